"""Nineteenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation, and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule
because of what it shows.

40 notes (998 planted identifier parts in 859 (kind, parts) entries; 264 clinical strings), mostly in English, written
the way clinicians write them, in document types and from places the eighteenth set did not use: a community health aide
encounter with a telemedicine consult and medevac, an emergency department provider note, an anticipatory care plan made
at a home visit, a workers' compensation physician's report form, an ISBAR handover from the ED to ICU, an infectious
diseases consult note, an office-based opioid treatment SOAP note, a tuberculosis notification with a contact
investigation request, a referral form from a CHPS compound, a medical discharge summary, a medical certificate of cause
of death, a weekly line list of suspected cases, an antenatal booking record, a community nurse home visit record, a
telehealth consultation record, a neurology consultation, a rural surgery referral note, an ACC45 injury claim form, a
pneumoconiosis medical board assessment, a dictated operative report with its transcription line, a transfer center call
log, a chemotherapy administration record, a floating health unit attendance record, a trauma team primary survey
record, a home birth record, a residency visa medical fitness review, a personal doctor's home visit note, a
high-altitude aid post record with a helicopter evacuation, a nephrology clinic list, an outpatient record, a suspected
transfusion reaction report, a pacemaker remote monitoring transmission report, a hospital discharge paper, a GP
out-of-hours home visit record, a referral letter from a Mennonite community clinic, a notifiable disease case report to
the public health agency, an aeromedical examiner's Class 2 medical record, a township health station referral form, a
visceral leishmaniasis treatment card and a medical genetics clinic letter. From the US (Alaska, Louisiana, West
Virginia, Hawaii, New Mexico, Maine), Canada (Newfoundland and Labrador, British Columbia, Nova Scotia), Scotland
(Orkney), Northern Ireland (Co. Fermanagh), England (Cornwall, Lincolnshire), Australia (Far North Queensland), New
Zealand (West Coast), Singapore, Ghana (Ashanti), Malta (Gozo), India (Karnataka, in English), Trinidad and Tobago
(Tobago), the Bahamas (Eleuthera), Zambia (Copperbelt), Uganda (Acholi), Brazil (Amazonas), Botswana (North-West), the
United Arab Emirates (Dubai), Nepal (Manang, in English), Sri Lanka (North Central Province), Zimbabwe (Harare), Vietnam
(Quảng Nam), Belize (Cayo), Ethiopia (Amhara), Greece (Chania, Lesvos, Evros), Cyprus (Limassol district), mainland
China (Yunnan, Xinjiang), Hong Kong and Taiwan (Hualien).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 5 (Chania), 16 (Lesvos), 26 (Limassol district)
and 35 (Evros) are in Greek script, with Greek names and patronymics (and a diminutive beside the given name),
addresses, phone numbers, facilities and Greek month names and holidays; notes 9 (Xishuangbanna) and 29 (Ili) are in
simplified Chinese and notes 13 (Hong Kong) and 37 (Hualien, with Republic of China calendar dates) in traditional
Chinese, with names, addresses, phone numbers, facilities and dates in Chinese; note 22 is in Brazilian Portuguese
(Parintins) and note 32 in Vietnamese (Bắc Trà My), each with dates in that language; all other notes (30) are in
English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, form fields, after relation words and titles (s/o, Mst.,
MD as a Bangladeshi name prefix, Smt., Opanin, Madam, Ato, Fr., Sister, Sr., Dona, Enf., bà, chồng, του with a
patronymic, 兒子, 丈夫), bare in prose, in sign-offs and in a dictation line; names in many customs (Yup'ik, Cajun,
Orcadian, Māori, Bangladeshi, Akan day names, Dai names beginning 玉 and 岩, Maltese with née, Karnataka initials, Sinhala
ancestral house names, Acholi, Uyghur names joined by a middle dot, a Hong Kong married woman's double surname, an Amis
name with its Chinese name, Vietnamese family-name-first, Ethiopian given, father's and grandfather's names, Mennonite
nicknames, Acadian names with née); addresses with and without house numbers (a rural route HC box, a Maltese house
name, a Cornish house name, an Orkney croft name, a Northern Ireland townland, a Kerala house name, a Ghana house number
and GhanaPost GPS code, a Dubai Makani number, a Singapore dormitory room, a Chitungwiza unit, a Zambian plot, a
Brazilian s/n, a Vietnamese thôn, an Ethiopian kebele, Chinese village group numbers, a Hong Kong flat, a Taiwanese road
section, a P.O. box), employers (a dive company, a fish-plant co-operative, a shipyard, an organic farm, a credit union,
a bonefishing lodge, a timber contractor, a copper mine, a heli-ski operator, a safari lodge, a construction firm, a
state rubber farm, a summer pasture, a market, a growers' business), schools, a college, a care home, a township health
station, a CHPS compound, a floating health unit, an aid post, a laboratory, named wards and maternity units, hospitals
and streets named after people (Leonard J. Chabert, Tan Tock Seng, McGann, Sir M. V., 律敦治及鄧肇堅, Benioff, Βοστάνειο,
Letsholathebe II, Princess Marina, Princess Margaret, Rashid, Mbuya Nehanda, Karl Heusner, Bolitho, Γρίβα Διγενή,
Αρχιεπισκόπου Μακαρίου, 中山路, Seddon), places named after people (Thoreau, Victoria, St. John's, Columbia Falls), and
places that are everyday words or first names (Eek, War, Seldom, Current, Volcano, Golden, Tempo, Garrison, Whiting,
Boston, Church Point, Evie, Mavis Enderby, Firth, Kumara, Yorkeys Knob, Palm Cove, Koro, Spanish Lookout, Bon Accord,
Moriah, Καλύβες, Δίκαια, Καλλονής, 光復鄉, Comunidade Nossa Senhora da Esperança, Yak Kharka, and Comfort, Patience, Gifty,
Memory, Talent, Blessing, Ελπίδα, Ευτυχία, Hoa, Lộc, Ngaio, Maria das Dores, Fee, Gill, Joe); also e-mail addresses, a
telehealth session URL, a PACS URL and a device portal URL, two IPv4 addresses, an Instagram handle and a WeChat ID,
vehicle plates and registrations (a pickup, a ute, a bakkie, an OOH car, a family car, four aircraft and a helicopter),
professional licences (CHAP, Louisiana, US DEA, WV DO, AHPRA, Singapore MCR, Ghana NMC, Malta Medical Council, KMC,
Trinidad and Tobago Nursing Council, Hong Kong nurse, Hawaii, MCNZ, HPCZ, CPSBC, CPSNL, GMC, UMDPC, CRM-AM, COREN-AM,
BHPC, NMC PIN, DHA, Cyprus Medical Council, Nepal Medical Council, Vietnamese CCHN, BMDC, UK AME and pilot licences,
Taiwan 醫字, Ethiopian GP licence, CPSNS), a Hawaii driver's licence, device serial numbers (a community alarm pendant, an
implant lot, a pacemaker), insurance and national numbers, claim, case, call, incident, application, notification, blood
unit and board reference numbers, a work permit, a passport, a trekking permit, and dates in many formats (full dates in
several orders and separators, dotted and dashed dates, dates with month names, year-less dates with slashes or words,
month and year, months alone, Christmas, Christmas Day, Hogmanay, New Year's Eve, Thanksgiving, Carnival Tuesday, the
feast of Santa Marija, 重陽節, 豐年祭, Χριστούγεννα and Κατακλυσμός, and Greek, Chinese, Republic of China, Bikram Sambat,
Ethiopian, Portuguese and Vietnamese dates). Where a real identifier has a check digit (US NPI, US DEA, Scottish CHI,
Northern Ireland H&C, NHS, Singapore NRIC and FIN, Hong Kong ID, Taiwan ID, Chinese resident ID, Brazilian CPF and CNS,
Greek AMKA, UAE Emirates ID, Aadhaar, Australian Medicare, BC PHN, NZ NHI) the planted one passes it; the other
national, insurance and licence numbers keep a valid format (Sri Lankan old and new NIC with the birth year and day of
year, Vietnamese CCCD with the province and birth-year code and BHYT card, Ghana Card, Zambian NRC, Zimbabwean national
ID, Botswana Omang, Ugandan NIN, Trinidad and Tobago national ID with the birth date, US Medicare MBI, Maltese Gozo ID
card, NL MCP, NS health card, Taiwan NHI card, Cyprus ID). No name, place or facility is planted in more than one note,
and none is reused from the eighteenth set. Four patients are aged 90 or over (notes 2, 10, 13 and 26), and for them the
age and every date element, bare years, months and holidays included, are planted; where a younger patient's note has a
bare year (notes 6, 12, 18, 24 and 31), it is left in the text and not planted. The strings that must survive include
eponyms and eponymous signs and scores (Kanavel, Naegele's rule, Schatzker, Lake Louise, Morison's pouch, Weil-Felix,
Rose Bengal, Wright, Giemsa, Montenegro, chiclero's ulcer, Guillain-Barré, Bruce protocol, Ishihara, Addison's disease,
Parkinson's disease, Hoehn and Yahr, Burkitt, St Jude/Murphy, Niemann-Pick, Irukandji, Sin Nombre, Buruli, Kyasanur
Forest Disease, Apgar, Braden, Child-Pugh), brand names of drugs and devices, organisms, lab values with units, ratios
and fractions that look like dates (Form 8/10, 8/2 mg and 400/100 mg doses, a 10/5/5 mg hydrocortisone regimen, HIV 1/2,
ILO profusion 2/2, kidney lengths 8.1/8.4 cm, Ishihara 24/24 and 14/14, a Weil-Felix titre 1/320, a Wright titre 1/640,
MoCA 14/30, MNA 16/30, 5-point screen 4/5, gestation 40+5 and 11+3), a year inside a classification name (ILO 2022), and
place or person names inside clinical terms that must stay (Montenegro skin test, Kyasanur Forest Disease, Buruli ulcer,
Irukandji syndrome, Morison's pouch). Entries per kind: NAME 176, LOCATION 169, DATE 148, HOSPITAL 87, ID 65, PHONE 56,
ADDRESS 40, LICENCE 35, MRN 28, POSTCODE 22, PLATE 10, AGE 8, EMAIL 5, SERIAL 3, URL 3, IP 2, HANDLE 2. The last 20
notes (505 identifier parts in 432 entries, 136 clinical strings) are in :mod:`deid_notes_heldout19_more`, only to keep
each file a readable length; this file holds 493 identifier parts in 427 entries and 128 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout19.deid_notes_heldout19_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Alaska (Yukon-Kuskokwim Delta): community health aide encounter with telemedicine consult, botulism
    ("Yukon-Kuskokwim Health Corporation - Eek Village Clinic\n"
     "COMMUNITY HEALTH AIDE/PRACTITIONER ENCOUNTER + TELEMEDICINE CONSULT | Jan 17, 2026 07:40\n"
     "Patient: Agnes Kasayulie-Tobeluk | 58 F | DOB 4/3/1967 | YKHC chart 418-27-39 | Medicaid ID 0418273951\n"
     "CC: double vision and \"heavy eyelids\" since last night, hard to swallow this morning, dry mouth.\n"
     "Hx: on 1/15 ate tepa (fermented fish heads) put up in a sealed plastic bucket behind the steambath; her "
     "husband ate some too and now has blurry vision. No fever. Lives in Eek with husband and 3 grandkids.\n"
     "Exam: T 36.8, P 64, BP 132/80, RR 22, SpO2 95% RA. Alert, oriented. Bilateral ptosis, dilated sluggish pupils, "
     "can't look out to either side; slurred speech, pooling saliva, weak gag reflex. Arm strength 4/5, legs 5/5. "
     "Sensation normal. Counted to 18 on one breath.\n"
     "Telemedicine (AFHCAN cart, photos + video): Dr. Halvard Ostrander-Beans, YKHC ED, 907-555-0147 - suspect "
     "foodborne botulism (descending flaccid paralysis), husband too.\n"
     "Plan per doctor: nothing by mouth, head up 30 degrees, O2 to keep sats over 92%, recheck breathing count every "
     "15 min. Medevac both to Yukon-Kuskokwim Delta Regional Hospital, Bethel, on King Air N418LM, ETA 09:15. "
     "State Section of Epidemiology called (907-555-0190) to release botulinum antitoxin (BAT) from CDC. Leftover "
     "tepa and the bucket bagged and labeled for the state lab.\n"
     "Husband Moses Tobeluk (62) flies with her. Daughter Lorraine will watch the grandkids.\n"
     "Verna Joe, CHP | CHAP cert. 4182",
     [("HOSPITAL", ["Yukon-Kuskokwim Health Corporation"]), ("HOSPITAL", ["Eek Village Clinic"]),
      ("DATE", ["Jan 17, 2026"]), ("NAME", ["Agnes", "Kasayulie-Tobeluk"]), ("DATE", ["4/3/1967"]),
      ("HOSPITAL", ["YKHC"]), ("MRN", ["418-27-39"]), ("ID", ["0418273951"]), ("DATE", ["1/15"]),
      ("LOCATION", ["Eek"]), ("NAME", ["Halvard", "Ostrander-Beans"]), ("PHONE", ["907-555-0147"]),
      ("HOSPITAL", ["Yukon-Kuskokwim Delta Regional Hospital"]), ("LOCATION", ["Bethel"]), ("PLATE", ["N418LM"]),
      ("PHONE", ["907-555-0190"]), ("NAME", ["Moses", "Tobeluk"]), ("NAME", ["Lorraine"]), ("NAME", ["Verna", "Joe"]),
      ("LICENCE", ["4182"])],
     ["Bilateral ptosis", "weak gag reflex", "Arm strength 4/5", "SpO2 95% RA", "descending flaccid paralysis",
      "botulinum antitoxin (BAT)"]),

    # 1 - USA, Louisiana (Terrebonne Parish): emergency department provider note, Vibrio vulnificus
    ("Terrebonne General Health System - Emergency Department\n"
     "8166 Main St, Houma, LA 70360\n"
     "ED PROVIDER NOTE | 08/09/2025 21:12 | Bed 6\n"
     "Pt: Alcide Boudreaux-Verdin | 61 M | DOB 11/23/1963 | MRN TG00418273 | Acct 7730418265\n"
     "HPI: shrimper out of Chauvin (home 2291 Little Caillou Rd). Nicked his L shin on a crab trap Thursday (8/7) "
     "working nets in Terrebonne Bay; by this afternoon the leg was red, hot and swelling with purple blisters. "
     "Drinks about a 12-pack a day; told at Leonard J. Chabert Medical Center last year that he had \"liver "
     "trouble\". Ate raw oysters at a crawfish boil Sunday.\n"
     "Exam: T 38.8, HR 122, BP 82/48 after 2 L LR, RR 24, SpO2 95%. L leg: erythema knee to ankle, tense "
     "hemorrhagic bullae over the shin, pain out of proportion, no crepitus. Scleral icterus, spider angiomata, "
     "shifting dullness.\n"
     "Labs: WBC 3.1, plt 71, lactate 5.6, Na 128, Cr 1.9, T bili 4.2, INR 1.9, CRP 241. LRINEC score 8.\n"
     "Dx: septic shock - Vibrio vulnificus necrotizing soft tissue infection L leg; alcohol-related cirrhosis, "
     "Child-Pugh C.\n"
     "Plan: blood cx x2, then doxycycline 100 mg IV + ceftazidime 2 g IV at 20:45; norepinephrine via R IJ CVC; gen "
     "surg (Dr. Anjali Fontenot-Rao) at bedside - OR tonight for debridement +/- fasciotomy. ICU after OR. LDH "
     "Infectious Disease Epidemiology notified.\n"
     "Wife Nicole (985-555-0164) at bedside; his truck (LA 418 BQK) is still at the marina in Cocodrie.\n"
     "Remy Chiasson-Abadie, MD | LA lic. MD.204183 | NPI 1648293078",
     [("HOSPITAL", ["Terrebonne General Health System"]), ("ADDRESS", ["8166 Main St"]), ("LOCATION", ["Houma"]),
      ("POSTCODE", ["70360"]), ("DATE", ["08/09/2025"]), ("NAME", ["Alcide", "Boudreaux-Verdin"]),
      ("DATE", ["11/23/1963"]), ("MRN", ["TG00418273"]), ("ID", ["7730418265"]), ("LOCATION", ["Chauvin"]),
      ("ADDRESS", ["2291 Little Caillou Rd"]), ("DATE", ["8/7"]), ("LOCATION", ["Terrebonne Bay"]),
      ("HOSPITAL", ["Leonard J. Chabert Medical Center"]), ("NAME", ["Anjali", "Fontenot-Rao"]), ("NAME", ["Nicole"]),
      ("PHONE", ["985-555-0164"]), ("PLATE", ["418 BQK"]), ("LOCATION", ["Cocodrie"]),
      ("NAME", ["Remy", "Chiasson-Abadie"]), ("LICENCE", ["MD.204183"]), ("ID", ["1648293078"])],
     ["hemorrhagic bullae", "LRINEC score 8", "Vibrio vulnificus", "Child-Pugh C", "doxycycline 100 mg IV",
      "ceftazidime 2 g IV"]),

    # 2 - Scotland, Orkney (West Mainland): anticipatory care plan at a home visit, patient aged 92
    ("Heddle Medical Practice, Kirkwall - ANTICIPATORY CARE PLAN (KIS updated)\n"
     "Home visit 09/01/2026 | Dr Ingrid Flett-Rousay\n"
     "Mrs Thora Linklater-Sinclair, aged 92, DOB 14/05/1933, CHI 1405334029, tel 01856 751 418\n"
     "Home: Quoyness, Evie, Orkney KW17 2PQ - croft house, lives alone; son Magnus farms next door (07700 900 615).\n"
     "Born on Papa Westray in 1933; taught at Firth Primary until 1988.\n"
     "Severe aortic stenosis: echo at The Balfour, Oct 2025 - AV Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2, "
     "LVEF 55%. Discussed with cardiology at Aberdeen Royal Infirmary: not for TAVI (frailty, and her own wish). Two "
     "faints since Hogmanay, one in the byre. Clinical Frailty Scale 6. Timed Up and Go 24 s. Bisoprolol stopped "
     "(HR 48); furosemide 20 mg OD for ankle swelling.\n"
     "What matters to her: to stay at home with the hens; not for CPR - DNACPR form signed today, copy in the kitchen "
     "drawer and on KIS; would accept admission to The Balfour for symptom control but does not want to go to "
     "Aberdeen. Wants to see the Ba' on Christmas Day one more year - she'll be 93 in May.\n"
     "Just-in-case meds in the house. District nurse Kirsten Rendall visiting weekly. Community alarm pendant "
     "serial 41A-77302 tested today.\n"
     "Dr I. Flett-Rousay, GMC 7418263",
     [("HOSPITAL", ["Heddle Medical Practice"]), ("LOCATION", ["Kirkwall"]), ("DATE", ["09/01/2026"]),
      ("NAME", ["Ingrid", "Flett-Rousay"]), ("NAME", ["Thora", "Linklater-Sinclair"]), ("AGE", ["aged 92"]),
      ("DATE", ["14/05/1933"]), ("ID", ["1405334029"]), ("PHONE", ["01856 751 418"]), ("ADDRESS", ["Quoyness"]),
      ("LOCATION", ["Evie"]), ("LOCATION", ["Orkney"]), ("POSTCODE", ["KW17 2PQ"]), ("NAME", ["Magnus"]),
      ("PHONE", ["07700 900 615"]), ("LOCATION", ["Papa Westray"]), ("DATE", ["1933"]),
      ("LOCATION", ["Firth Primary"]), ("DATE", ["1988"]), ("HOSPITAL", ["The Balfour"]), ("DATE", ["Oct 2025"]),
      ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("DATE", ["Hogmanay"]), ("LOCATION", ["Aberdeen"]),
      ("DATE", ["Christmas Day"]), ("AGE", ["93"]), ("DATE", ["May"]), ("NAME", ["Kirsten", "Rendall"]),
      ("SERIAL", ["41A-77302"]), ("LICENCE", ["7418263"])],
     ["AV Vmax 4.6 m/s", "mean gradient 52 mmHg", "TAVI", "Clinical Frailty Scale 6", "Timed Up and Go 24 s",
      "furosemide 20 mg OD", "DNACPR"]),

    # 3 - Canada, Newfoundland and Labrador (Fogo Island): workers' compensation physician's report form, seal finger
    ("WorkplaceNL - Form 8/10 Physician's / Nurse Practitioner's Report\n"
     "Claim No.: 26-0418273 | Date of this report: April 14, 2026\n"
     "Worker: Wilfred Keats-Penney | DOB 1981-09-02 | MCP 418 273 095 117\n"
     "Address: 12 Back Road, Seldom, Fogo Island NL A0G 3Z0\n"
     "Employer: Fogo Island Co-operative Society Ltd. (fish plant); sealer, owner-operator in season\n"
     "Date of injury: April 3 - nicked R index finger while skinning harp seals on the ice off Cape Freels.\n"
     "First seen: Fogo Island Health Centre, April 9. Nursing station gave cephalexin 500 mg QID x 5 days - no "
     "better.\n"
     "Findings: R index finger exquisitely painful, fusiform swelling over the PIP joint, stiff; Kanavel signs "
     "negative; no lymphangitis. X-ray: soft tissue swelling only, no foreign body.\n"
     "Diagnosis: seal finger (presumed Mycoplasma phocacensis).\n"
     "Treatment: tetracycline 500 mg QID for 6 weeks; splint, elevation. Tetanus up to date.\n"
     "Work capacity: off work - cannot grip a knife or haul. Estimated return 3-4 weeks. Hand clinic at the Health "
     "Sciences Centre, St. John's, if not settling by April 28.\n"
     "Provider: Dr. Oluwaseun Brinson-Coish, family physician | CPSNL lic. F 04182 | Tel 709-555-0139 | "
     "Fax 709-555-0140",
     [("ID", ["26-0418273"]), ("DATE", ["April 14, 2026"]), ("NAME", ["Wilfred", "Keats-Penney"]),
      ("DATE", ["1981-09-02"]), ("ID", ["418 273 095 117"]), ("ADDRESS", ["12 Back Road"]), ("LOCATION", ["Seldom"]),
      ("LOCATION", ["Fogo Island"]), ("POSTCODE", ["A0G 3Z0"]), ("LOCATION", ["Fogo Island Co-operative Society Ltd."]),
      ("DATE", ["April 3"]), ("LOCATION", ["Cape Freels"]), ("HOSPITAL", ["Fogo Island Health Centre"]),
      ("DATE", ["April 9"]), ("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["St. John's"]),
      ("DATE", ["April 28"]), ("NAME", ["Oluwaseun", "Brinson-Coish"]), ("LICENCE", ["F 04182"]),
      ("PHONE", ["709-555-0139"]), ("PHONE", ["709-555-0140"])],
     ["Form 8/10", "cephalexin 500 mg QID", "fusiform swelling", "Kanavel signs negative", "seal finger",
      "Mycoplasma phocacensis", "tetracycline 500 mg QID"]),

    # 4 - Australia, Queensland (Far North): ISBAR handover from the ED to ICU, Irukandji syndrome
    ("Cairns Hospital - Emergency Department to ICU\n"
     "ISBAR CLINICAL HANDOVER | 21/12/2025 16:05\n"
     "I: Ms Saoirse Delahunty-Kaur, 27 F, DOB 30/04/1998, URN 418273, Medicare 4182 73609 2. Dive instructor with "
     "Coral Tempest Dive Co.; lives at 7/22 Rutherford St, Yorkeys Knob QLD 4878. Partner Tamati on 0412 555 936.\n"
     "S: Irukandji syndrome after a sting on the L forearm snorkelling off Palm Cove at 12:20 (no stinger suit). "
     "Severe lower back and chest pain, hypertension, agitation, sense of doom.\n"
     "B: Nil PMHx, nil meds, NKDA. Vinegar on the beach by the lifeguards, then QAS (case 2512-41827) gave "
     "methoxyflurane.\n"
     "A: HR 128, BP 212/118, RR 26, SpO2 93% RA, diaphoretic, piloerection. Pain 10/10 despite fentanyl 25 mcg IV x 6. "
     "Troponin I 1,840 ng/L and rising; ECG sinus tachycardia with ST depression V4-V6. Bedside echo: global "
     "hypokinesis, EF ~35%. Bibasal crackles - early pulmonary oedema.\n"
     "R: ICU now for fentanyl infusion, magnesium sulfate 10 mmol IV bolus then infusion (per toxicology), GTN "
     "infusion for BP; cardiology review for Irukandji-related cardiomyopathy. Mum flying up from Toowoomba tonight.\n"
     "Handed over by Dr Lachlan Vassallo-Pryor, ED Registrar (AHPRA MED0002418736), to Dr Yuki Brannigan, ICU "
     "Registrar.",
     [("HOSPITAL", ["Cairns Hospital"]), ("DATE", ["21/12/2025"]), ("NAME", ["Saoirse", "Delahunty-Kaur"]),
      ("DATE", ["30/04/1998"]), ("MRN", ["418273"]), ("ID", ["4182 73609 2"]),
      ("LOCATION", ["Coral Tempest Dive Co."]), ("ADDRESS", ["7/22 Rutherford St"]), ("LOCATION", ["Yorkeys Knob"]),
      ("POSTCODE", ["4878"]), ("NAME", ["Tamati"]), ("PHONE", ["0412 555 936"]), ("LOCATION", ["Palm Cove"]),
      ("ID", ["2512-41827"]), ("LOCATION", ["Toowoomba"]), ("NAME", ["Lachlan", "Vassallo-Pryor"]),
      ("LICENCE", ["MED0002418736"]), ("NAME", ["Yuki", "Brannigan"])],
     ["Irukandji syndrome", "methoxyflurane", "Pain 10/10", "fentanyl 25 mcg IV", "Troponin I 1,840 ng/L",
      "magnesium sulfate 10 mmol"]),

    # 5 - Greece, Crete (Chania): infectious diseases consult note, Mediterranean spotted fever (Greek)
    ("Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος» - Παθολογική Κλινική\n"
     "Μουρνιές, 73300 Χανιά | τηλ. 28213 42 418\n"
     "ΣΗΜΕΙΩΜΑ ΛΟΙΜΩΞΙΟΛΟΓΙΚΗΣ ΕΚΤΙΜΗΣΗΣ | 22 Ιουλίου 2025\n"
     "Ασθενής: Αντώνιος (Αντώνης) Ψαρουδάκης του Ιωσήφ, 53 ετών, γεν. 22/06/1972, ΑΜΚΑ 22067204184, "
     "Αρ. Μητρώου 25/18427\n"
     "Κτηνοτρόφος (αιγοπρόβατα) από τις Καλύβες Αποκορώνου· έχει δύο τσοπανόσκυλα.\n"
     "Ιστορικό: πυρετός έως 39,8 °C από 5 ημέρες, κεφαλαλγία, μυαλγίες· από την 3η ημέρα κηλιδοβλατιδώδες εξάνθημα "
     "που πήρε και παλάμες και πέλματα. Θυμάται τσιμπούρι στην ιγνυακή χώρα στις 12 Ιουλίου.\n"
     "Εξέταση: μαύρη εσχάρα (tache noire) 8 mm στη δεξιά ιγνυακή χώρα με σύστοιχη λεμφαδενίτιδα· ήπια "
     "ηπατοσπληνομεγαλία.\n"
     "Εργαστηριακά: PLT 88.000/μL, CRP 9,6 mg/dL, AST 112 U/L, Na 131 mmol/L. IFA Rickettsia conorii IgM 1:256.\n"
     "Διάγνωση: Μεσογειακός κηλιδώδης πυρετός.\n"
     "Σύσταση: δοξυκυκλίνη 100 mg x2 από το στόμα για 7 ημέρες· έλεγχος και αντιπαρασιτική αγωγή των σκύλων από "
     "κτηνίατρο· δήλωση στον ΕΟΔΥ. Η σύζυγος, κ. Ευτυχία Ψαρουδάκη (κιν. 694 555 2718), ενημερώθηκε.\n"
     "Ο Λοιμωξιολόγος\n"
     "Στυλιανός Βλαζάκης",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Χανίων"]), ("HOSPITAL", ["Ο Άγιος Γεώργιος"]), ("LOCATION", ["Μουρνιές"]),
      ("POSTCODE", ["73300"]), ("LOCATION", ["Χανιά"]), ("PHONE", ["28213 42 418"]), ("DATE", ["22 Ιουλίου 2025"]),
      ("NAME", ["Αντώνιος", "Αντώνης", "Ψαρουδάκης"]), ("NAME", ["Ιωσήφ"]), ("DATE", ["22/06/1972"]),
      ("ID", ["22067204184"]), ("MRN", ["25/18427"]), ("LOCATION", ["Καλύβες"]), ("LOCATION", ["Αποκορώνου"]),
      ("DATE", ["12 Ιουλίου"]), ("NAME", ["Ευτυχία", "Ψαρουδάκη"]), ("PHONE", ["694 555 2718"]),
      ("NAME", ["Στυλιανός", "Βλαζάκης"])],
     ["tache noire", "PLT 88.000/μL", "CRP 9,6 mg/dL", "IFA Rickettsia conorii IgM 1:256",
      "Μεσογειακός κηλιδώδης πυρετός", "δοξυκυκλίνη 100 mg x2"]),

    # 6 - USA, West Virginia (McDowell County): office-based opioid treatment follow-up (SOAP)
    ("Elkhorn Valley Recovery Clinic - Welch, WV\n"
     "OBOT FOLLOW-UP (SOAP) | 02/11/2026 | visit 14\n"
     "Patient: Dustin Ray Shrewsbury | 34 M | DOB 07/19/1991 | MRN EVR-20418 | WV Medicaid 04182730615\n"
     "Address: HC 64 Box 118, War, WV 24892\n"
     "S: Doing well on buprenorphine/naloxone 8/2 mg film BID. No use since Thanksgiving. Cravings 2/10. Working "
     "at his uncle's tire shop in Iaeger. Girlfriend Kayla is expecting in June. Hep C found 2019, never treated.\n"
     "O: BP 128/78, HR 72. Pupils 4 mm, no fresh track marks, no abscess. COWS 1. Point-of-care UDS: buprenorphine +, "
     "norbuprenorphine +, fentanyl neg, methamphetamine neg. WV CSMP checked today - only this prescriber.\n"
     "A/P: 1. OUD, severe, early remission on MOUD - continue Suboxone 8 mg/2 mg film BID, #28, return 2 weeks. "
     "2. Chronic HCV, genotype 1a, RNA 2.4 million IU/mL, FIB-4 0.9 - start sofosbuvir/velpatasvir (Epclusa) "
     "400/100 mg daily x 12 weeks. 3. Narcan 4 mg nasal spray x2 refilled; Kayla shown how to use it. 4. Peer "
     "recovery coach Tonya Blankenship, 304-555-0176, weekly.\n"
     "Marguerite Stollings, DO | DEA BS4182731 | WV DO lic. 2418",
     [("HOSPITAL", ["Elkhorn Valley Recovery Clinic"]), ("LOCATION", ["Welch"]), ("DATE", ["02/11/2026"]),
      ("NAME", ["Dustin Ray", "Shrewsbury"]), ("DATE", ["07/19/1991"]), ("MRN", ["EVR-20418"]),
      ("ID", ["04182730615"]), ("ADDRESS", ["HC 64 Box 118"]), ("LOCATION", ["War"]), ("POSTCODE", ["24892"]),
      ("DATE", ["Thanksgiving"]), ("LOCATION", ["Iaeger"]), ("NAME", ["Kayla"]), ("DATE", ["June"]),
      ("NAME", ["Tonya", "Blankenship"]), ("PHONE", ["304-555-0176"]), ("NAME", ["Marguerite", "Stollings"]),
      ("LICENCE", ["BS4182731"]), ("LICENCE", ["2418"])],
     ["buprenorphine/naloxone 8/2 mg", "COWS 1", "Suboxone 8 mg/2 mg", "genotype 1a",
      "sofosbuvir/velpatasvir (Epclusa) 400/100 mg", "Narcan 4 mg nasal spray"]),

    # 7 - Singapore: tuberculosis notification with contact investigation, migrant worker dormitory
    ("Boon Lay Migrant Worker Medical Centre\n"
     "NOTIFICATION OF TUBERCULOSIS / CONTACT INVESTIGATION REQUEST | 5 Nov 2025\n"
     "To: TB Control Unit, Tan Tock Seng Hospital, 144 Moulmein Road\n"
     "Notifying doctor: Dr Goh Wei Ling Serena (MCR M61842K)\n"
     "Patient: MD ALAMGIR HOSSAIN | M | DOB 02-Feb-1993 | FIN G5418273U | Work permit WP 041827365 | Bangladeshi\n"
     "Employer: Benoi Marine Engineering Pte Ltd, Tuas (shipyard welder)\n"
     "Residence: Kian Teck Lodge, 9 Kian Teck Crescent, Singapore 628880, room K2-04-11 (12 men per room)\n"
     "Clinical: cough 6 weeks, night sweats, 5 kg weight loss. CXR: R upper lobe cavitation. Sputum AFB smear 2+. "
     "GeneXpert MTB/RIF Ultra: MTB detected (medium), rifampicin resistance not detected. HIV negative, HbA1c 5.6%.\n"
     "Plan: HRZE under DOT at the TB Control Unit; baseline VA 6/6 both eyes, Ishihara 14/14, LFTs normal. "
     "Medical leave 14 days, not to return to the dormitory until smear negative.\n"
     "Contacts: 11 roommates; site supervisor Mr Kumaresan s/o Subramaniam (NRIC S7841829Z, +65 8730 4182). Wife Mst. "
     "Rokeya Begum in Sylhet (+880 1711 418273) - informed by him.",
     [("HOSPITAL", ["Boon Lay Migrant Worker Medical Centre"]), ("DATE", ["5 Nov 2025"]),
      ("HOSPITAL", ["Tan Tock Seng Hospital"]), ("ADDRESS", ["144 Moulmein Road"]),
      ("NAME", ["Goh", "Wei Ling", "Serena"]), ("LICENCE", ["M61842K"]), ("NAME", ["ALAMGIR", "HOSSAIN"]),
      ("DATE", ["02-Feb-1993"]), ("ID", ["G5418273U"]), ("ID", ["WP 041827365"]),
      ("LOCATION", ["Benoi Marine Engineering Pte Ltd"]), ("LOCATION", ["Tuas"]), ("LOCATION", ["Kian Teck Lodge"]),
      ("ADDRESS", ["9 Kian Teck Crescent"]), ("POSTCODE", ["628880"]), ("ADDRESS", ["K2-04-11"]),
      ("NAME", ["Kumaresan", "Subramaniam"]), ("ID", ["S7841829Z"]), ("PHONE", ["+65 8730 4182"]),
      ("NAME", ["Rokeya", "Begum"]), ("LOCATION", ["Sylhet"]), ("PHONE", ["+880 1711 418273"])],
     ["R upper lobe cavitation", "AFB smear 2+", "GeneXpert MTB/RIF Ultra", "rifampicin resistance not detected",
      "HRZE", "Ishihara 14/14"]),

    # 8 - Ghana, Ashanti: referral form from a CHPS compound to a district hospital, Buruli ulcer
    ("GHANA HEALTH SERVICE - Ahafo Ano South West District\n"
     "Abesewa CHPS Compound\n"
     "REFERRAL FORM | Date: 14th March, 2026 | Time: 10:30\n"
     "To: The Medical Superintendent, Nkawie-Toase Government Hospital (Buruli ulcer clinic)\n"
     "Client: Comfort Adwoa Owusu-Agyemang | F | 11 yrs | DOB 03/09/2014 | Folder No. AASW/CHPS/0418/26 | "
     "NHIS No. 41827365\n"
     "Mother's Ghana Card: GHA-718204936-4\n"
     "Address: House No. AB-118, near the Methodist church, Abesewa (GhanaPost GPS AF-0418-2736). Class 5 pupil, "
     "Abesewa D/A Basic School.\n"
     "Complaint: painless swelling of the R forearm for 6 weeks, now an open sore; mother applied herbal paste. "
     "Family farms cocoa along the Offin River; the child bathes in the stream.\n"
     "Findings: T 36.9, wt 31 kg. Ulcer R forearm 5 x 4 cm, undermined edges, cotton-wool slough, painless; elbow "
     "full ROM. WHO Category II lesion. Suspected Buruli ulcer (Mycobacterium ulcerans). Swab taken for IS2404 PCR via "
     "the district BU focal person, Mr. Kwabena Amankwah-Sarpong.\n"
     "Action: started rifampicin 10 mg/kg OD + clarithromycin 7.5 mg/kg BD; saline dressing. Referred for "
     "confirmation, "
     "wound care and prevention-of-disability assessment.\n"
     "Mother: Madam Akosua Boatemaa, 024 555 1847. Father: Opanin Yaw Owusu, farming at Mpasaaso No. 2.\n"
     "Signed: Gifty Dzifa Agbeko, Community Health Nurse | NMC CHN 04182",
     [("LOCATION", ["Ahafo Ano South West District"]), ("HOSPITAL", ["Abesewa CHPS Compound"]),
      ("DATE", ["14th March, 2026"]), ("HOSPITAL", ["Nkawie-Toase Government Hospital"]),
      ("NAME", ["Comfort", "Adwoa", "Owusu-Agyemang"]), ("DATE", ["03/09/2014"]), ("MRN", ["AASW/CHPS/0418/26"]),
      ("ID", ["41827365"]), ("ID", ["GHA-718204936-4"]), ("ADDRESS", ["House No. AB-118"]), ("LOCATION", ["Abesewa"]),
      ("ADDRESS", ["AF-0418-2736"]), ("LOCATION", ["Abesewa D/A Basic School"]), ("LOCATION", ["Offin River"]),
      ("NAME", ["Kwabena", "Amankwah-Sarpong"]), ("NAME", ["Akosua", "Boatemaa"]), ("PHONE", ["024 555 1847"]),
      ("NAME", ["Yaw", "Owusu"]), ("LOCATION", ["Mpasaaso No. 2"]), ("NAME", ["Gifty", "Dzifa", "Agbeko"]),
      ("LICENCE", ["CHN 04182"])],
     ["undermined edges", "Category II lesion", "Buruli ulcer", "Mycobacterium ulcerans", "IS2404 PCR",
      "rifampicin 10 mg/kg", "clarithromycin 7.5 mg/kg"]),

    # 9 - China, Yunnan (Xishuangbanna): discharge summary, amanita mushroom poisoning (simplified)
    ("西双版纳傣族自治州人民医院　消化内科　出院小结\n"
     "住院号：ZY2507180427　床号：12床\n"
     "姓名：玉罕　性别：女　年龄：46岁　民族：傣族\n"
     "身份证号：532801197906113026\n"
     "住址：西双版纳州景洪市嘎洒镇曼景罕村14号\n"
     "职业：胶农（东风农场十二分场）　联系人：丈夫 岩温香　电话：139 8812 4173\n"
     "入院日期：2025年7月18日　出院日期：2025年8月2日\n"
     "入院情况：7月16日晚与丈夫、邻居共食自采野生菌（白色伞状，疑为致命鹅膏），食后约10小时出现恶心、呕吐、水样泻。入院时ALT 1120 U/L，次日升至4860 U/L，INR 3.2，总胆红素 86 μmol/L。\n"
     "诊断：急性野生菌中毒（鹅膏菌，急性肝损害型）；急性肝衰竭\n"
     "诊疗经过：血液灌流3次、血浆置换2次；静脉水飞蓟宾、大剂量乙酰半胱氨酸；护肝支持治疗。第6天转氨酶开始下降，INR恢复至1.3。\n"
     "出院医嘱：低脂饮食，2周后门诊复查肝功能；勿再采食野生菌。邻居岩香南同餐中毒，仍在本院ICU治疗。\n"
     "科室电话：0691-213 0418\n"
     "主治医师：刀美兰　住院医师：罗晓川",
     [("HOSPITAL", ["西双版纳傣族自治州人民医院"]), ("MRN", ["ZY2507180427"]), ("NAME", ["玉罕"]),
      ("ID", ["532801197906113026"]), ("LOCATION", ["西双版纳州"]), ("LOCATION", ["景洪市"]), ("LOCATION", ["嘎洒镇"]),
      ("LOCATION", ["曼景罕村"]), ("ADDRESS", ["14号"]), ("LOCATION", ["东风农场十二分场"]), ("NAME", ["岩温香"]),
      ("PHONE", ["139 8812 4173"]), ("DATE", ["2025年7月18日"]), ("DATE", ["2025年8月2日"]), ("DATE", ["7月16日"]),
      ("NAME", ["岩香南"]), ("PHONE", ["0691-213 0418"]), ("NAME", ["刀美兰"]), ("NAME", ["罗晓川"])],
     ["致命鹅膏", "INR 3.2", "总胆红素 86 μmol/L", "血液灌流", "水飞蓟宾", "乙酰半胱氨酸"]),

    # 10 - Malta (Gozo): medical certificate of cause of death, patient aged 98
    ("Gozo General Hospital, Victoria (Rabat), Gozo - Geriatrics, Ta' Pinu Ward\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH / NOTIFICATION TO THE PUBLIC REGISTRY\n"
     "Deceased: Carmela Xuereb-Grech (nee Attard) | F | aged 98 | DOB 15/08/1927 (born on the feast of Santa "
     "Marija) | ID card 0418927G\n"
     "Usual residence: 'Ta' Ġorġ', Triq il-Knisja, Għarb GRB 1041; from July 2019 at Dar Sant'Anna care home, "
     "Xagħra\n"
     "Date and time of death: 3rd February 2026 at 04:15 | Place: Ta' Pinu Ward, bed 6 | Admitted 30/01/2026\n"
     "Cause of death:\n"
     "I (a) Aspiration pneumonia (J69.0) - 4 days\n"
     "  (b) Oropharyngeal dysphagia - 2 years\n"
     "  (c) Parkinson's disease, Hoehn and Yahr stage 5 - 11 years\n"
     "II Chronic kidney disease stage 4; atrial fibrillation\n"
     "Expected death under medical care; no cause for referral to the Magistrate. No implanted device.\n"
     "Present at the death: daughter Ms Rita Cini (mob. 7941 8273) and son Fr. Ġużeppi Xuereb, parish priest of "
     "Nadur. She had told the nurses she meant to reach 100 \"for the letter from the President\".\n"
     "Certifying doctor: Dr Kurt Camilleri-Azzopardi, Resident Specialist (Geriatrics) | Medical Council reg. 5127",
     [("HOSPITAL", ["Gozo General Hospital"]), ("LOCATION", ["Victoria"]), ("LOCATION", ["Rabat"]),
      ("LOCATION", ["Gozo"]), ("LOCATION", ["Ta' Pinu Ward"]), ("NAME", ["Carmela", "Xuereb-Grech"]),
      ("NAME", ["Attard"]), ("AGE", ["aged 98"]), ("DATE", ["15/08/1927"]), ("DATE", ["Santa Marija"]),
      ("ID", ["0418927G"]), ("ADDRESS", ["Ta' Ġorġ", "Triq il-Knisja"]), ("LOCATION", ["Għarb"]),
      ("POSTCODE", ["GRB 1041"]), ("DATE", ["July 2019"]), ("HOSPITAL", ["Dar Sant'Anna"]), ("LOCATION", ["Xagħra"]),
      ("DATE", ["3rd February 2026"]), ("DATE", ["30/01/2026"]), ("NAME", ["Rita", "Cini"]),
      ("PHONE", ["7941 8273"]), ("NAME", ["Ġużeppi", "Xuereb"]), ("LOCATION", ["Nadur"]), ("AGE", ["100"]),
      ("NAME", ["Kurt", "Camilleri-Azzopardi"]), ("LICENCE", ["5127"])],
     ["Aspiration pneumonia", "J69.0", "Oropharyngeal dysphagia", "Parkinson's disease", "Hoehn and Yahr stage 5",
      "Chronic kidney disease stage 4"]),

    # 11 - India, Karnataka (Shivamogga): line list of suspected Kyasanur Forest Disease cases (in English)
    ("KYASANUR FOREST DISEASE - LINE LIST OF SUSPECTED CASES (IDSP, weekly)\n"
     "PHC Aralagodu, Sagar Taluk, Shivamogga District | week ending 14-02-2026\n"
     "1. H. R. Manjunatha, 42 M, s/o Ramappa, Aralagodu; Aadhaar 4827 1936 5043; areca plantation worker; onset "
     "06-02-2026; fever, myalgia, conj. congestion; plt 42,000/cmm; KFD RT-PCR positive (VRDL, SIMS Shivamogga); "
     "admitted McGann District Hospital. Ph 94481 41827.\n"
     "2. Smt. Kaveri, 38 F, wife of case 1 (same house); onset 09-02; fever, headache; sample sent, result awaited; "
     "OPD follow-up daily.\n"
     "3. K. S. Prasanna, 19 M, s/o Shivappa, Kanchikai hamlet; B.Sc. student at Sir M. V. Government Science College, "
     "Bhadravathi; collected dry leaves in the forest patch with friends; onset 11-02-2026; KFD RT-PCR positive; "
     "managed at PHC, plt 96,000/cmm.\n"
     "4. Smt. Gangamma, 67 F, Hosagadde; bleeding gums, melaena; plt 18,000/cmm; shifted to KMC Manipal.\n"
     "Vector: Haemaphysalis spinigera nymphs collected at the monkey death site (2 langur carcasses, reported by "
     "the Forest Range Officer).\n"
     "Actions: KFD vaccine booster camp on 18-02-2026; DMP oil distributed to 64 households; door-to-door fever "
     "survey by ASHAs.\n"
     "Reporting MO: Dr. Shwetha Gowda B., PHC Aralagodu (KMC Reg. No. 84127) | 08183-241827 | "
     "mo.phcaralagodu@kfdsurveillance.in",
     [("HOSPITAL", ["PHC Aralagodu"]), ("LOCATION", ["Sagar"]), ("LOCATION", ["Shivamogga"]),
      ("DATE", ["14-02-2026"]), ("NAME", ["H. R.", "Manjunatha"]), ("NAME", ["Ramappa"]), ("LOCATION", ["Aralagodu"]),
      ("ID", ["4827 1936 5043"]), ("DATE", ["06-02-2026"]), ("HOSPITAL", ["SIMS Shivamogga"]),
      ("HOSPITAL", ["McGann District Hospital"]), ("PHONE", ["94481 41827"]), ("NAME", ["Kaveri"]),
      ("DATE", ["09-02"]), ("NAME", ["K. S.", "Prasanna"]), ("NAME", ["Shivappa"]), ("LOCATION", ["Kanchikai"]),
      ("LOCATION", ["Sir M. V. Government Science College"]), ("LOCATION", ["Bhadravathi"]),
      ("DATE", ["11-02-2026"]), ("NAME", ["Gangamma"]), ("LOCATION", ["Hosagadde"]), ("HOSPITAL", ["KMC Manipal"]),
      ("DATE", ["18-02-2026"]), ("NAME", ["Shwetha", "Gowda"]), ("LICENCE", ["84127"]), ("PHONE", ["08183-241827"]),
      ("EMAIL", ["mo.phcaralagodu@kfdsurveillance.in"])],
     ["KYASANUR FOREST DISEASE", "conj. congestion", "plt 42,000/cmm", "KFD RT-PCR positive",
      "Haemaphysalis spinigera", "KFD vaccine booster", "DMP oil"]),

    # 12 - Trinidad and Tobago (Tobago): antenatal booking record at a health centre
    ("Tobago Regional Health Authority\n"
     "Scarborough Health Centre - Antenatal Clinic\n"
     "ANTENATAL BOOKING RECORD | 09/02/2026\n"
     "Name: Patience Roberts-Cudjoe | Age 31 | DOB 17/11/1994 | National ID 19941117043 | Clinic No. "
     "SHC/ANC/26-0418\n"
     "Address: #12 Mt. Moriah Road, Moriah, Tobago\n"
     "Occupation: loans officer, Crown Point Credit Union\n"
     "Husband: Kern Cudjoe, fisherman, Castara - cell 868-555-0172\n"
     "Obstetric history: G3 P1+1 - SVD 2019, 3.9 kg boy; miscarriage at 9 weeks 2022.\n"
     "LMP 12/10/2025, sure, regular cycles - EDD 19/07/2026 by Naegele's rule; dating scan at 11+3 weeks agrees. "
     "Back home since Carnival Tuesday after staying with family in Trinidad.\n"
     "Exam: BP 118/74, BMI 33.2, fundus at the umbilicus, FHR 148. Urine: glucose +, protein nil.\n"
     "Booking bloods: Hb 10.8 g/dL, group O Rh positive, VDRL NR, HIV NR, Hb electrophoresis HbAS (sickle trait - "
     "partner to be tested). OGTT 75 g: fasting 5.6 mmol/L, 2 h 9.1 mmol/L - gestational diabetes.\n"
     "Plan: dietitian; glucose diary; metformin if not at target in 2 weeks; folic acid 5 mg; ferrous sulphate; "
     "aspirin 150 mg nocte (BMI, mother had pre-eclampsia). Next visit 09/03/2026. Wants to deliver at Scarborough "
     "General Hospital; her mother, Ms Euphemia Roberts, lives in Bon Accord and will help.\n"
     "Midwife: Nurse Gemma Alleyne-Dillon, RM | Nursing Council reg. RM 2903",
     [("HOSPITAL", ["Tobago Regional Health Authority"]), ("HOSPITAL", ["Scarborough Health Centre"]),
      ("DATE", ["09/02/2026"]), ("NAME", ["Patience", "Roberts-Cudjoe"]), ("DATE", ["17/11/1994"]),
      ("ID", ["19941117043"]), ("MRN", ["SHC/ANC/26-0418"]), ("ADDRESS", ["#12 Mt. Moriah Road"]),
      ("LOCATION", ["Moriah"]), ("LOCATION", ["Tobago"]), ("LOCATION", ["Crown Point Credit Union"]),
      ("NAME", ["Kern", "Cudjoe"]), ("LOCATION", ["Castara"]), ("PHONE", ["868-555-0172"]), ("DATE", ["12/10/2025"]),
      ("DATE", ["19/07/2026"]), ("DATE", ["Carnival Tuesday"]), ("LOCATION", ["Trinidad"]), ("DATE", ["09/03/2026"]),
      ("HOSPITAL", ["Scarborough General Hospital"]), ("NAME", ["Euphemia", "Roberts"]), ("LOCATION", ["Bon Accord"]),
      ("NAME", ["Gemma", "Alleyne-Dillon"]), ("LICENCE", ["RM 2903"])],
     ["G3 P1+1", "Naegele's rule", "11+3 weeks", "HbAS", "OGTT 75 g", "fasting 5.6 mmol/L", "folic acid 5 mg"]),

    # 13 - Hong Kong (Wan Chai): community nurse home visit record, patient aged 91 (traditional)
    ("律敦治及鄧肇堅醫院　社康護理服務\n"
     "家居探訪紀錄　日期：2026年3月6日（星期五）上午10:20\n"
     "病人：梁蘇好　女　91歲　出生日期：1934年11月2日　香港身份證：D418273(2)　病歷號碼：HN04182736\n"
     "地址：灣仔石水渠街72號4樓B室\n"
     "同住：兒子 梁永昌（電話 9418 2736）；外籍家務助理 Maricel Dumlao（電話 6173 0418）\n"
     "背景：2型糖尿病、高血壓、認知障礙（2024年12月 MoCA 14/30）；2025年10月右髖骨折後以卧床為主。\n"
     "評估：骶骨壓瘡第三期，4 x 3 cm，少量黃色腐肉，無異味；Braden 11分；足跟皮膚完好。早餐後血糖 12.4 mmol/L，HbA1c 8.9%（二月）。\n"
     "處理：生理鹽水清洗，以Aquacel Ag敷料覆蓋，每兩日更換；每2小時轉身，已申請氣墊床。建議家庭醫生調整Metformin 500mg 每日兩次。下次探訪：3月9日。\n"
     "備註：病人說重陽節想上山拜祭丈夫；兒子說她十一月就滿92歲。\n"
     "註冊護士：麥穎欣（R041827）",
     [("HOSPITAL", ["律敦治及鄧肇堅醫院"]), ("DATE", ["2026年3月6日"]), ("NAME", ["梁蘇好"]), ("AGE", ["91歲"]),
      ("DATE", ["1934年11月2日"]), ("ID", ["D418273(2)"]), ("MRN", ["HN04182736"]), ("LOCATION", ["灣仔"]),
      ("ADDRESS", ["石水渠街72號4樓B室"]), ("NAME", ["梁永昌"]), ("PHONE", ["9418 2736"]), ("NAME", ["Maricel", "Dumlao"]),
      ("PHONE", ["6173 0418"]), ("DATE", ["2024年12月"]), ("DATE", ["2025年10月"]), ("DATE", ["二月"]), ("DATE", ["3月9日"]),
      ("DATE", ["重陽節"]), ("DATE", ["十一月"]), ("AGE", ["92歲"]), ("NAME", ["麥穎欣"]), ("LICENCE", ["R041827"])],
     ["MoCA 14/30", "壓瘡第三期", "Braden 11分", "HbA1c 8.9%", "Aquacel Ag", "Metformin 500mg"]),

    # 14 - The Bahamas (Eleuthera): telehealth consultation record, ciguatera fish poisoning
    ("Public Hospitals Authority - TELEHEALTH CONSULTATION RECORD\n"
     "Spoke site: Governor's Harbour Community Clinic, Eleuthera | Hub: Princess Margaret Hospital, Nassau (A&E)\n"
     "Session 2026-01-24 14:05-14:32 | https://telehealth.phabahamas.org/session/TH-260124-0418 | spoke IP "
     "24.51.188.47\n"
     "Patient: Delroy Pinder-Cartwright | 44 M | DOB 1981-06-30 | NIB 41827306 | Clinic chart GHC-7741\n"
     "Lives in Current; bonefishing guide for Current Cut Flats Lodge.\n"
     "HPI: ate steamed barracuda (~15 lb, speared off Current Cut) with his brother Wendall on the evening of 1/22. "
     "Within 4 h vomiting and diarrhoea, then tingling lips and fingertips, cold drinks \"burn\" (temperature "
     "reversal), itching, teeth feel loose. Brother milder.\n"
     "On site (Nurse Shavonne Rolle): BP 92/58, HR 48 - sinus brady on the transmitted 12-lead, SpO2 98%. "
     "Paraesthesias, no weakness.\n"
     "Assessment (Dr. Anton Kemp-Stubbs, hub EM physician): ciguatera fish poisoning with bradycardia and "
     "hypotension.\n"
     "Plan: NS 1 L bolus; atropine 0.5 mg IV if HR < 40 or symptomatic; mannitol 1 g/kg over 30 min considered (early, "
     "limited evidence) - given; no alcohol, fish, nuts for 3-6 months; amitriptyline 25 mg nocte if paraesthesias "
     "persist. Airlift to Nassau if HR falls further. Fish remains kept for the Department of Marine Resources.\n"
     "Contact: wife Tamika, 242-555-0163.",
     [("HOSPITAL", ["Public Hospitals Authority"]), ("HOSPITAL", ["Governor's Harbour Community Clinic"]),
      ("LOCATION", ["Eleuthera"]), ("HOSPITAL", ["Princess Margaret Hospital"]), ("LOCATION", ["Nassau"]),
      ("DATE", ["2026-01-24"]), ("URL", ["https://telehealth.phabahamas.org/session/TH-260124-0418"]),
      ("IP", ["24.51.188.47"]), ("NAME", ["Delroy", "Pinder-Cartwright"]), ("DATE", ["1981-06-30"]),
      ("ID", ["41827306"]), ("MRN", ["GHC-7741"]), ("LOCATION", ["Current"]),
      ("LOCATION", ["Current Cut Flats Lodge"]), ("LOCATION", ["Current Cut"]), ("NAME", ["Wendall"]),
      ("DATE", ["1/22"]), ("NAME", ["Shavonne", "Rolle"]), ("NAME", ["Anton", "Kemp-Stubbs"]), ("NAME", ["Tamika"]),
      ("PHONE", ["242-555-0163"])],
     ["temperature reversal", "sinus brady", "ciguatera fish poisoning", "atropine 0.5 mg IV", "mannitol 1 g/kg",
      "amitriptyline 25 mg nocte"]),

    # 15 - USA, Hawaii (Island of Hawai'i): neurology consultation, rat lungworm eosinophilic meningitis
    ("Hilo Benioff Medical Center - Neurology Consultation\n"
     "1190 Waianuenue Ave, Hilo, HI 96720\n"
     "Date of service: 10/14/2025 | Requesting: Dr. Malia Kealoha-Fujimoto, hospitalist\n"
     "Patient: Kaleolani Akana-Medeiros | 29 F | DOB 05/08/1996 | MRN HMC-0418273 | HI DL H04182736\n"
     "HPI: 2 weeks of severe headache, burning skin pain over the trunk and legs, neck stiffness, double vision "
     "looking left. Works at Kalapana Sunrise Farm in Puna; lives off 'Ōhi'a Lehua St in Volcano on catchment water. "
     "Eats raw greens from the farm, remembers a slug on the lettuce. Her tutu Leimomi, who raised her, drove her in "
     "(HI plate MVK 418).\n"
     "Exam: afebrile; meningismus; allodynia T4-L1 bilaterally; L CN VI palsy; strength 5/5; reflexes 2+.\n"
     "LP (10/12): opening pressure 32 cm H2O, WBC 640/uL with 28% eosinophils, protein 112 mg/dL, glucose 48. "
     "Peripheral eos 11%. MRI: scattered T2 foci, leptomeningeal enhancement. CSF RT-PCR sent to the state lab.\n"
     "Impression: eosinophilic meningitis, presumed neuroangiostrongyliasis (Angiostrongylus cantonensis).\n"
     "Recs: prednisone 60 mg daily x 14 days then taper; albendazole 15 mg/kg/day x 14 days with the steroid; "
     "therapeutic LP for headache; gabapentin 300 mg TID. Report to DOH. Counsel on washing produce and screening "
     "the catchment tank.\n"
     "Ezekiel Pahinui-Goldfarb, MD, Neurology | HI lic. MD-20418",
     [("HOSPITAL", ["Hilo Benioff Medical Center"]), ("ADDRESS", ["1190 Waianuenue Ave"]), ("LOCATION", ["Hilo"]),
      ("POSTCODE", ["96720"]), ("DATE", ["10/14/2025"]), ("NAME", ["Malia", "Kealoha-Fujimoto"]),
      ("NAME", ["Kaleolani", "Akana-Medeiros"]), ("DATE", ["05/08/1996"]), ("MRN", ["HMC-0418273"]),
      ("LICENCE", ["H04182736"]), ("LOCATION", ["Kalapana Sunrise Farm"]), ("LOCATION", ["Puna"]),
      ("ADDRESS", ["'Ōhi'a Lehua St"]), ("LOCATION", ["Volcano"]), ("NAME", ["Leimomi"]), ("PLATE", ["MVK 418"]),
      ("DATE", ["10/12"]), ("NAME", ["Ezekiel", "Pahinui-Goldfarb"]), ("LICENCE", ["MD-20418"])],
     ["CN VI palsy", "opening pressure 32 cm H2O", "28% eosinophils", "eosinophilic meningitis",
      "Angiostrongylus cantonensis", "prednisone 60 mg daily", "albendazole 15 mg/kg/day"]),

    # 16 - Greece, North Aegean (Lesvos): rural surgery referral note, brucellosis (Greek)
    ("Κέντρο Υγείας Αγίας Παρασκευής Λέσβου - Περιφερειακό Ιατρείο Σκαλοχωρίου\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ | 3 Απριλίου 2026\n"
     "Προς: Παθολογική Κλινική, Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο»\n"
     "Ασθενής: Γρηγόρης Χατζηπαναγιώτης του Στρατή, 67 ετών (γεν. 15/09/1958), ΑΜΚΑ 15095818272, κιν. 697 555 3041\n"
     "Διεύθυνση: Σκαλοχώρι, 81103 (πάνω από το καφενείο της πλατείας)\n"
     "Κτηνοτρόφος με 120 γίδια· τρώει φρέσκο τυρί από ανεπαστερίωτο γάλα του κοπαδιού, το υπόλοιπο γάλα το "
     "παραδίδει στο τυροκομείο της Καλλονής. Στο κοπάδι έγιναν αποβολές τον Ιανουάριο.\n"
     "Ιστορικό: από τα μέσα Φεβρουαρίου κυματοειδής πυρετός, νυχτερινές εφιδρώσεις, αρθραλγίες, απώλεια 6 κιλών, και "
     "από 3 εβδομάδες οσφυαλγία που τον ξυπνά τη νύχτα.\n"
     "Εξέταση: Θ 38,4 °C, ηπατοσπληνομεγαλία, ευαισθησία στην επίκρουση Ο3-Ο4.\n"
     "Εργαστηριακά: Rose Bengal θετική, Wright 1/640, ΤΚΕ 78 mm/h, CRP 4,1 mg/dL.\n"
     "Εκτίμηση: Βρουκέλλωση (μελιταίος πυρετός) με πιθανή σπονδυλοδισκίτιδα Ο3-Ο4. Παρακαλώ για MRI ΟΜΣΣ, "
     "αιμοκαλλιέργειες και έναρξη αγωγής (δοξυκυκλίνη + στρεπτομυκίνη). Έγινε δήλωση στον ΕΟΔΥ και ενημερώθηκε ο "
     "κτηνίατρος. Συνοδεύεται από τη σύζυγό του, Ελπίδα (κιν. 697 555 3042).\n"
     "Με εκτίμηση,\n"
     "Αναστασία Τζωρτζάτου, Ιατρός Υπηρεσίας Υπαίθρου",
     [("HOSPITAL", ["Κέντρο Υγείας Αγίας Παρασκευής"]), ("LOCATION", ["Λέσβου"]),
      ("HOSPITAL", ["Περιφερειακό Ιατρείο Σκαλοχωρίου"]), ("DATE", ["3 Απριλίου 2026"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Μυτιλήνης"]), ("HOSPITAL", ["Βοστάνειο"]),
      ("NAME", ["Γρηγόρης", "Χατζηπαναγιώτης"]), ("NAME", ["Στρατή"]), ("DATE", ["15/09/1958"]),
      ("ID", ["15095818272"]), ("PHONE", ["697 555 3041"]), ("LOCATION", ["Σκαλοχώρι"]), ("POSTCODE", ["81103"]),
      ("LOCATION", ["Καλλονής"]), ("DATE", ["Ιανουάριο"]), ("DATE", ["Φεβρουαρίου"]), ("NAME", ["Ελπίδα"]),
      ("PHONE", ["697 555 3042"]), ("NAME", ["Αναστασία", "Τζωρτζάτου"])],
     ["Rose Bengal θετική", "Wright 1/640", "ΤΚΕ 78 mm/h", "CRP 4,1 mg/dL", "σπονδυλοδισκίτιδα Ο3-Ο4",
      "δοξυκυκλίνη + στρεπτομυκίνη"]),

    # 17 - New Zealand, West Coast: ACC45 injury claim form, chainsaw laceration of the knee
    ("ACC45 INJURY CLAIM FORM - Te Nikau Grey Hospital & Health Centre, Greymouth (ED)\n"
     "ACC claim no. 100 4182 7306\n"
     "Patient: Ngaio Tainui-Brophy | M | DOB 22/08/1987 | NHI ZRT4187 | Ph 027 555 8103 | ngaio.tb@xtra.co.nz\n"
     "Address: 41 Seddon St, Kumara 7832\n"
     "Employer: Blackball Native Timber Ltd (contract faller)\n"
     "Date of injury: 17/01/2026, about 15:30 | First consultation: same day 18:10\n"
     "Scene: felling beech on a block off Arnold Valley Rd near Lake Brunner.\n"
     "How it happened: chainsaw kickback while limbing; cut through his chaps into the L knee. Partner Hinemoa drove "
     "him in (ute rego GZT215).\n"
     "Diagnosis: laceration L knee 7 cm, anterior, through the prepatellar bursa; patellar tendon intact, straight "
     "leg raise intact, no extensor lag; no joint breach on saline load test. X-ray: no foreign body.\n"
     "Treatment: washout under LA, cefazolin 2 g IV, Boostrix, closure with 3-0 nylon, knee immobiliser; wound check "
     "at his GP in 48 h, sutures out at 10-14 days.\n"
     "Work capacity: fully unfit 17/01/2026 to 31/01/2026.\n"
     "Health professional: Dr Fergus Lammerding-Tuhi, Rural Hospital Medicine Registrar | MCNZ 84215",
     [("HOSPITAL", ["Te Nikau Grey Hospital & Health Centre"]), ("LOCATION", ["Greymouth"]),
      ("ID", ["100 4182 7306"]), ("NAME", ["Ngaio", "Tainui-Brophy"]), ("DATE", ["22/08/1987"]), ("ID", ["ZRT4187"]),
      ("PHONE", ["027 555 8103"]), ("EMAIL", ["ngaio.tb@xtra.co.nz"]), ("ADDRESS", ["41 Seddon St"]),
      ("LOCATION", ["Kumara"]), ("POSTCODE", ["7832"]), ("LOCATION", ["Blackball Native Timber Ltd"]),
      ("DATE", ["17/01/2026"]), ("ADDRESS", ["Arnold Valley Rd"]), ("LOCATION", ["Lake Brunner"]),
      ("NAME", ["Hinemoa"]), ("PLATE", ["GZT215"]), ("DATE", ["31/01/2026"]), ("NAME", ["Fergus", "Lammerding-Tuhi"]),
      ("LICENCE", ["84215"])],
     ["prepatellar bursa", "patellar tendon intact", "saline load test", "cefazolin 2 g IV", "Boostrix",
      "3-0 nylon"]),

    # 18 - Zambia, Copperbelt (Kitwe): pneumoconiosis medical board assessment for compensation
    ("OCCUPATIONAL HEALTH AND SAFETY INSTITUTE\n"
     "Plot 4182 Freedom Avenue, Kitwe\n"
     "PNEUMOCONIOSIS MEDICAL BOARD - ASSESSMENT FOR COMPENSATION | Board sitting 26/03/2026 | Ref OHSI/PMB/26/0418\n"
     "Miner: Mr Bwalya Chileshe Mwansa | M | 57 y | NRC 418273/61/1 | Company No. MCM 0041827\n"
     "Address: Plot 27, Chamboli, Kitwe\n"
     "Employment: underground driller, Nkana Deep Copper Mine, 1996 to 2024 (28 years); medically boarded "
     "November 2024.\n"
     "History: exertional breathlessness mMRC 3, dry cough. Pulmonary TB treated 2015 at Nchanga North General "
     "Hospital, Chingola (completed).\n"
     "Examination: SpO2 91% on air, fine crackles upper zones, no clubbing.\n"
     "Spirometry: FEV1 1.62 L (51% predicted), FVC 2.40 L (58%), FEV1/FVC 0.68.\n"
     "Chest radiograph (ILO 2022 classification): small rounded opacities q/r, profusion 2/2, upper zones; large "
     "opacity B - progressive massive fibrosis. Sputum Xpert: MTB not detected.\n"
     "Decision: silicosis with progressive massive fibrosis; certified for compensation, impairment 60%. Refer for TB "
     "preventive therapy (3HP) and pulmonary rehabilitation.\n"
     "Board: Dr Chipo Nkandu-Sichone (Chair, HPCZ 30518); Dr Mwila Katongo.\n"
     "Next of kin: wife Mrs Esther Mwansa, +260 977 418 273.",
     [("HOSPITAL", ["OCCUPATIONAL HEALTH AND SAFETY INSTITUTE"]), ("ADDRESS", ["Plot 4182 Freedom Avenue"]),
      ("LOCATION", ["Kitwe"]), ("DATE", ["26/03/2026"]), ("ID", ["OHSI/PMB/26/0418"]),
      ("NAME", ["Bwalya", "Chileshe", "Mwansa"]), ("ID", ["418273/61/1"]), ("ID", ["MCM 0041827"]),
      ("ADDRESS", ["Plot 27"]), ("LOCATION", ["Chamboli"]), ("LOCATION", ["Nkana Deep Copper Mine"]),
      ("DATE", ["November 2024"]), ("HOSPITAL", ["Nchanga North General Hospital"]), ("LOCATION", ["Chingola"]),
      ("NAME", ["Chipo", "Nkandu-Sichone"]), ("LICENCE", ["30518"]), ("NAME", ["Mwila", "Katongo"]),
      ("NAME", ["Esther", "Mwansa"]), ("PHONE", ["+260 977 418 273"])],
     ["mMRC 3", "FEV1 1.62 L (51% predicted)", "FEV1/FVC 0.68", "ILO 2022 classification", "profusion 2/2",
      "progressive massive fibrosis", "3HP"]),

    # 19 - Canada, British Columbia (Interior): dictated operative report, tibial plateau fracture
    ("Kelowna General Hospital - OPERATIVE REPORT (dictated)\n"
     "Patient: BERGQUIST-ODUYA, Linnea | DOB 1990-12-04 | PHN 9418273068 | MRN KGH4182730 | Acct V00041827365\n"
     "Date of operation: 2026-02-27 | Surgeon: Dr. Ambrose Tkachuk-Heaney | Assistant: Dr. Sunita Gill (R3) | "
     "Anesthesia: Dr. Pieter van Rensburg\n"
     "Preoperative diagnosis: closed left tibial plateau fracture, Schatzker VI - tail guide for Dogtooth Heli-Ski, "
     "fell on a run out of Golden; spanning external fixator applied at Golden & District General Hospital on "
     "2026-02-25, transferred here.\n"
     "Procedure: removal of external fixator; ORIF left tibial plateau with dual plating (3.5 mm LCP lateral "
     "locking plate, posteromedial buttress plate); bone graft substitute.\n"
     "Anesthesia: general plus adductor canal block. Tourniquet time 94 minutes at 300 mmHg. EBL 250 mL. Ancef 2 g "
     "IV pre-incision.\n"
     "Description: patient supine on a radiolucent table comma left leg prepped and draped period new paragraph "
     "anterolateral approach, submeniscal arthrotomy, articular surface elevated and held with a raft of 3.5 mm "
     "screws; posteromedial approach for the buttress plate. Final fluoroscopy satisfactory; images at "
     "https://ihpacs.interiorhealth.ca/viewer?acc=KGH26-0418273. Lateral plate lot 7304182.\n"
     "Post-op: compartments soft, foot warm and perfused. NWB 6 weeks; enoxaparin 40 mg SC daily x 4 weeks.\n"
     "Dictated by Dr. A. Tkachuk-Heaney, CPSBC 31842, 2026-02-27 17:42 | Transcribed 2026-02-28 08:15 mlk | "
     "Job J-55219",
     [("HOSPITAL", ["Kelowna General Hospital"]), ("NAME", ["BERGQUIST-ODUYA", "Linnea"]), ("DATE", ["1990-12-04"]),
      ("ID", ["9418273068"]), ("MRN", ["KGH4182730"]), ("ID", ["V00041827365"]), ("DATE", ["2026-02-27"]),
      ("NAME", ["Ambrose", "Tkachuk-Heaney"]), ("NAME", ["Sunita", "Gill"]), ("NAME", ["Pieter", "van Rensburg"]),
      ("LOCATION", ["Dogtooth Heli-Ski"]), ("LOCATION", ["Golden"]),
      ("HOSPITAL", ["Golden & District General Hospital"]),
      ("DATE", ["2026-02-25"]), ("URL", ["https://ihpacs.interiorhealth.ca/viewer?acc=KGH26-0418273"]),
      ("SERIAL", ["7304182"]), ("LICENCE", ["31842"]), ("DATE", ["2026-02-28"]), ("ID", ["J-55219"])],
     ["Schatzker VI", "3.5 mm LCP", "adductor canal block", "Tourniquet time 94 minutes at 300 mmHg", "EBL 250 mL",
      "Ancef 2 g", "enoxaparin 40 mg SC daily"]),
] + MORE_NOTES
