"""Thirty-sixth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read only the note format (:mod:`deid_heldout`) and the layout of the eighteenth set, none of
the de-identification rules, their word lists, their tests or their documentation, and never ran the de-identifier or
the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (1269 planted identifier parts in 1069 (kind, parts) entries, 23 to 32 entries a note; 537 clinical strings, 12
to 14 a note), mostly in English, each a different kind of document, written the way clinicians write them: a GP urgent
suspected-cancer referral letter, an emergency department triage note, a registered nurse's verification of an expected
death, an operation note, an anaesthetic record, a CT pulmonary angiogram report, a histopathology report, a nursing
shift handover (SBAR), a discharge summary, a safeguarding adults referral, an antenatal booking record, a district
nursing home visit log, a doctor's opinion for long-term care insurance, an occupational health report to management, a
pharmacist's medication reconciliation, an ambulance call card, an ICU progress note, a home palliative care plan, a
tumour board list, an infection control notification of a multi-resistant organism, an oral and maxillofacial outpatient
dental record, a prison reception health screen, an audiology report, a refugee new-arrival health screening, a school
health nurse record, a sports medicine concussion follow-up, an ophthalmology outpatient record, an out-of-hours
telephone triage and home visit log, a paediatric medication administration record, a care home outbreak line list, a
medico-legal personal injury report, an inter-hospital transfer form, a TB specialist nurse's DOTS log, a responsible
clinician's report to the mental health tribunal, a laboratory requisition with its report, a child vaccination
certificate, a clinic letter to a patient, a comprehensive geriatric assessment, a diarrhoeal disease treatment record
and a haemodialysis treatment record. From England (Lancashire, Cornwall, Lincolnshire, Birmingham), Scotland (Fife),
Wales (Bridgend), Northern Ireland (Lisburn, Belfast), Ireland (Co. Mayo), the US (Louisiana, Colorado, Florida, Guam),
Canada (Nova Scotia), Australia (Queensland), New Zealand (West Coast), South Africa (Western Cape), Nigeria (Oyo),
Ghana (Ashanti), Kenya (Kisumu), Uganda (Adjumani, a South Sudanese household), Egypt (Alexandria), India (Kerala, in
English), Pakistan (Punjab), Bangladesh (Dhaka), Sri Lanka (Kandy), Nepal (Pokhara), the Philippines (Negros
Occidental), Malaysia (Sarawak), Singapore, Hong Kong, mainland China (Sichuan, Zhejiang), Japan (Nagano), Trinidad and
Tobago, Brazil (Minas Gerais), Greece (Patras, Heraklion), Cyprus (Limassol district), Russia (Novosibirsk) and Austria
(Tyrol).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 4 (Patras), 17 (Omodos, Cyprus) and 29 (Heraklion)
are in Greek script, with Greek names and patronymics (του Παντελή, του Κυριάκου, του Γεωργίου), addresses, phone
numbers, facilities, Greek month names and feast days (του Αγίου Δημητρίου, του Κωνσταντίνου και Ελένης, του Αγίου
Τρύφωνα, Χριστούγεννα); notes 8 (Sichuan) and 35 (Hangzhou) are in simplified Chinese and note 22 (Hong Kong) in
traditional Chinese, with names with and without titles, addresses, phone numbers, hospitals, a WeChat ID, lunar dates
and festivals (农历冬月廿四, 正月初八, 春节, 农历二月廿四, 元宵节, 農曆十月十四, 冬至); note 12 is in Japanese (Shōwa, Heisei and Reiwa era dates, お盆
and 正月), note 15 in Russian (Cyrillic, surname, name and patronymic), note 19 in Portuguese (Brazil), note 26 in Arabic
(with a Hijri date and Ramadan), note 31 in German (Austria) and note 38 in Bengali (with a Bengali calendar date and
Pohela Boishakh); all other notes (28) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, patient labels, tables and medication charts, log lines with
times and staff initials, after relation words and titles (W/o, s/o, S/O, anak, binti, née, Master, Mdm, Smt., Sister,
Mama, tuai rumah, του with a patronymic, 先生, 醫生, মোছাঃ, স্বামী), bare in prose, in sign-offs and cc lines; relatives and
carers after relation words; addresses with and without house numbers (a farm and a cottage name, a flat, an HDB block
and unit, a Trinidad light-pole number, a GhanaPost GPS code, a Philippine purok, a Guam lot, a longhouse, a Ugandan
settlement block and village, a Chinese building and unit, a Japanese chōme, a Russian flat with a door code); employers
(a seafood company, a tile factory, a steel tube works, a medical devices plant, a power utility, an energy services
firm, a sawmill, a scaffolding firm, a container terminal, a garment factory, a construction company, a bus company, a
ski school, a petroleum company, an air force base), schools, a college, a university and a kindergarten, churches, a
cathedral, a mosque, a monastery and a temple, markets, a male voice choir, a fire department, a rugby club, a GAA club,
a stadium, a student residence, a funeral director, a law firm, a pharmacy, a magistrates' court and a prison, care
homes, a day service and a care agency, named wards, units and buildings, hospitals, clinics and practices named after
people (Komfo Anokye, Jaramogi Oginga Odinga, Lumumba, Sir Ganga Ram, Tan Tock Seng, Risoleta Tolentino Neves, Corazon
Locsin Montelibano, Mary Seacole, Gamal Abdel Nasser, Otunba Tunwase, Abbie J. Lane, St Vincent's, St. Mary's, 小宮山) or
after everyday words (Baby Memorial, Ring Road, Lady of the Sea, Pendle View, Pilgrim, Oleaster, Winter Haven, 聖母, 北山,
Άγιος Μηνάς), streets named after people (Indira Gandhi Road, William Gopallawa Mawatha, Gov. Carlos G. Camacho Rd, ul.
Блюхера, شارع خالد بن الوليد, Αγίου Ανδρέου), and places that are everyday words, weekdays or first names (Barley,
Fence, Nelson, Star, Leslie, Cut Off, Economy, Rifle, Parachute, Blackball, Kumara, Knock, Moira, Wilderness, Penal,
Going, Boston, New York, Frostproof, Esperança, Indian Queens, Playing Place, Crows Nest, Woodlands, Small Heath, 彩虹邨,
СНТ «Рассвет»), and people whose names are everyday words or weekdays (Sunday, Patience, Blessing, Comfort, Gifty,
Grace, Faith, Ivy, Opal, Seren, Princess Angel, Ευτυχία, Ειρήνη, ふく, 孝). Also e-mail addresses, a PACS URL, an
occupational health portal URL and a laboratory report URL, IPv4 addresses (a tele-ICU feed and a dialysis machine
link), a Snapchat handle and a WeChat ID, road vehicle plates (pickups, trucks, cars and a van, a boda boda, a tricycle,
a taxi and two ambulances), professional licences and registrations (GMC, NMC, IMC, LSBN, MDCN, NSCN, AHPRA and a
Medicare provider number, TCMC, NCK, PMDC, Punjab Pharmacy Council, SMC, COREN and CRM, MDC Ghana, HPCSA, a Greek and a
Cyprus medical association number, an HK audiologist, UAHPC, PRC, ÖÄK, LJM, NMC and NHPC Nepal, SLMC, BMDC, a Guam RN
licence, a Nursing Council of Trinidad and Tobago number), device serial numbers (a syringe pump, a ventilator, a
medical alarm pendant, a dialysis machine), key-safe and door codes, medical record, accession, laboratory, folder,
case, call, crime, tribunal, referral, incident and claim numbers, national, health and insurance numbers, phone and fax
numbers in national and international formats, and dates in many formats (full dates in several orders and separators,
two-digit years, year-less dates with slashes or words, month and year, dates in words and ordinals, holidays and feast
days, and Japanese era, Chinese lunar, Hijri, Bengali and Bikram Sambat dates). Where a real number has a check digit
(NHS, CHI, US NPI, Australian Medicare and provider number, NZ NHI, South African ID, Aadhaar, Greek AMKA, Chinese
resident ID, Irish PPSN, Hong Kong ID, Singapore NRIC, Russian SNILS, Brazilian CPF and CNS, Austrian SV-Nummer,
Egyptian national ID) the planted one passes it; the others keep a valid format (Medicare MBI, Malaysian MyKad with
birth date and state code, Pakistani CNIC, Sri Lankan NIC with birth year and day, Kenyan ID, Ghana Card, Nova Scotia
MSI, Russian OMS policy and passport, Nepali citizenship number, Bangladeshi NID, PhilHealth PIN, UK prison and PNC
numbers, a British Army number).

No name, place or facility is planted in more than one note, and none is reused from the eighteenth set. Six patients
are aged 90 or over (notes 2, 11, 12, 17, 27 and 37), and for them the age, the birth date (kind DOB90, with its year as
a part of its own) and every other date element - bare years, months, a model year, holidays and feast days - are
planted; elsewhere a year stands alone only inside a clinical string. The strings that must survive include eponyms and
eponymous signs, tests, scores and classifications (Rockwood, Child-Pugh, Ringer, Ryle, Peyer, Mallampati,
Cormack-Lehane, Macintosh, Aldrete, Hampton, Westermark, Nottingham, Allred, Naegele, Tinel, Phalen, Jamar, Boston,
Killip, Cheyne-Stokes, Siewert, Ivor Lewis, Whipple, Ludwig, Penrose, Rinne, Weber, Maddocks, Goldmann, Shaffer,
Humphrey, Adams, Snellen, Spurling, Hoffmann, Quebec Task Force, Schatzker, Ishihara, Mantoux, Weil-Felix, Graves,
Lawton, Katz, Alzheimer, Braden, Morse, Waterlow, Beers, Bristol), drug and device brand names, organisms, scores with
their values, lab values with units, ratios and fractions that look like dates (scores out of a total, Snellen acuity in
metres and feet, blood pressures, gestation, weeks after delivery, doses per kg, titres, suture sizes, a dialysate bath,
insulin and co-codamol strengths, a dosing interval, ranges of movement), guidelines, statutes, regulations and
criteria, most with a year (NICE NG12, Care Act 2014, Mental Capacity Act 2005, Safety, Health and Welfare at Work Act
2005, Beers Criteria 2023, Portaria MS nº 2.616/1998, Mental Health Act 1983, a Northern Ireland seat belt regulation of
1993) and everyday clinical phrases in each note's language.

Entries per kind: NAME 242, LOCATION 215, DATE 176, ID 84, HOSPITAL 80, PHONE 70, ADDRESS 50, LICENCE 36, POSTCODE 33,
MRN 24, EMAIL 15, PLATE 14, AGE 9, DOB90 6, CODE 4, SERIAL 4, URL 3, HANDLE 2, IP 2. The last 20 notes (614 identifier
parts in 519 entries, 268 clinical strings) are in :mod:`deid_notes_heldout36_more`, only to keep each file a readable
length; this file holds 655 identifier parts in 550 entries and 269 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout36.deid_notes_heldout36_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - England, Lancashire (Pendle): GP urgent suspected cancer referral letter, lower GI
    ("Pendle View Surgery\n"
     "14 Manchester Road, Nelson BB9 7HQ | Tel 01282 555 613 | Fax 01282 555 614 | pendleview.referrals@nhs.net\n"
     "\n"
     "3 March 2026\n"
     "\n"
     "Colorectal Two-Week-Wait Clinic, Royal Blackburn Teaching Hospital, Haslingden Road, Blackburn BB2 3HH\n"
     "Sent via e-RS, UBRN 0418 2736 5091\n"
     "\n"
     "Dear Colleague,\n"
     "\n"
     "Re: Mr Gideon Lumb-Ashcroft, DOB 19/10/1961, NHS No. 603 918 2741\n"
     "Lower Laithe Farm, Barley, Burnley BB12 9JX | mob 07700 900 517 | home 01282 555 208\n"
     "\n"
     "Thank you for seeing this 64-year-old retired dry-stone waller under the suspected lower GI cancer pathway (NICE "
     "NG12). He came in on 24/02/26 with six weeks of a change in bowel habit to looser stools, dark blood mixed in "
     "with the stool most days, and 4 kg weight loss. FIT result 212 µg Hb/g faeces (sample of 26 Feb). Bloods: Hb 104 "
     "g/L, MCV 76 fL, ferritin 9 µg/L, platelets 452. PR: no palpable mass, dark blood on the glove. Abdomen soft, no "
     "masses.\n"
     "PMH: type 2 diabetes (metformin 1 g BD, HbA1c 58 mmol/mol); hypertension (ramipril 5 mg OD). His father died of "
     "bowel cancer in his seventies. NKDA.\n"
     "Social: lives with his wife Maureen; their son Joel farms near Fence and will drive him to appointments. He "
     "sings with the Trawden Male Voice Choir and still walks most days. Rockwood Clinical Frailty Scale 2; WHO "
     "performance status 0.\n"
     "He understands this is an urgent referral to rule out cancer and is happy to have a telephone pre-assessment and "
     "straight-to-test colonoscopy. He cannot attend on Thursdays, when he looks after his sister Winifred in Colne.\n"
     "\n"
     "Yours sincerely,\n"
     "\n"
     "Dr Harriet Tattersall-Boyd, GP Partner | GMC 7194826\n"
     "cc: patient",
     [("HOSPITAL", ["Pendle View Surgery"]), ("ADDRESS", ["14 Manchester Road"]), ("LOCATION", ["Nelson"]),
      ("POSTCODE", ["BB9 7HQ"]), ("PHONE", ["01282 555 613"]), ("PHONE", ["01282 555 614"]),
      ("EMAIL", ["pendleview.referrals@nhs.net"]), ("DATE", ["3 March 2026"]),
      ("HOSPITAL", ["Royal Blackburn Teaching Hospital"]), ("ADDRESS", ["Haslingden Road"]),
      ("LOCATION", ["Blackburn"]), ("POSTCODE", ["BB2 3HH"]), ("ID", ["0418 2736 5091"]),
      ("NAME", ["Gideon", "Lumb-Ashcroft"]), ("DATE", ["19/10/1961"]), ("ID", ["603 918 2741"]),
      ("ADDRESS", ["Lower Laithe Farm"]), ("LOCATION", ["Barley"]), ("LOCATION", ["Burnley"]),
      ("POSTCODE", ["BB12 9JX"]), ("PHONE", ["07700 900 517"]), ("PHONE", ["01282 555 208"]), ("DATE", ["24/02/26"]),
      ("DATE", ["26 Feb"]), ("NAME", ["Maureen"]), ("NAME", ["Joel"]), ("LOCATION", ["Fence"]),
      ("LOCATION", ["Trawden Male Voice Choir"]), ("NAME", ["Winifred"]), ("LOCATION", ["Colne"]),
      ("NAME", ["Harriet", "Tattersall-Boyd"]), ("LICENCE", ["7194826"])],
     ["NICE NG12", "change in bowel habit", "FIT result 212 µg Hb/g", "Hb 104 g/L", "MCV 76 fL", "ferritin 9 µg/L",
      "metformin 1 g BD", "HbA1c 58 mmol/mol", "ramipril 5 mg OD", "NKDA", "Rockwood Clinical Frailty Scale 2",
      "WHO performance status 0", "straight-to-test colonoscopy"]),

    # 1 - USA, Louisiana (Terrebonne Parish): emergency department triage note, Vibrio wound infection
    ("Terrebonne General Health System - Emergency Department\n"
     "8166 Main St, Houma, LA 70360 | ED (985) 555-0161\n"
     "TRIAGE ASSESSMENT | 08/14/2025 21:12 | Triage RN: Kaylee Thibodeaux, RN (LSBN RN-218473)\n"
     "Pt: Remy Pitre-Boudreaux | 58 M | DOB 04/09/1967 | MRN TG00471829 | Acct 7730418265 | Healthy Louisiana ID "
     "4418273906\n"
     "Arrival: POV, wife driving their pickup (LA plate 418 BKT). Ambulatory with assist, limping.\n"
     "CC: \"my leg's on fire\" - R lower leg pain and swelling since last night. Cut his shin on a crab trap Tuesday "
     "while shrimping out of Cocodrie; deckhand for Chauvin Brothers Seafood. Lives in Cut Off.\n"
     "Triage VS: T 38.9 C (102.0 F), HR 124, BP 86/52, RR 24, SpO2 95% RA, pain 9/10. Cap refill 4 s.\n"
     "Assessment: R shin erythema to the knee, tense and shiny, hemorrhagic bullae over the calf, dusky skin around a "
     "3 cm laceration; pain out of proportion to exam. Confused to date.\n"
     "PMH: alcohol-related cirrhosis (Child-Pugh B), hep C, T2DM. Meds: propranolol 20 mg BID, Lasix 40 mg daily, "
     "spironolactone 100 mg daily, Lantus 20 units HS. Allergies: sulfa (rash).\n"
     "Seen 7/2 at Lady of the Sea General Hospital ED for a paracentesis.\n"
     "qSOFA 2. ESI 2.\n"
     "21:15 Sepsis alert called; ED attending Dr. Graciela Quintanilla-Webb (NPI 1509483727) to bedside 21:17. Concern "
     "for necrotizing soft tissue infection / Vibrio vulnificus. Blood cultures x2, lactate 4.6 mmol/L (i-STAT), 30 "
     "mL/kg LR bolus started. Doxycycline 100 mg IV and ceftazidime 2 g IV ordered. Surgery paged for LRINEC and OR.\n"
     "Wife Lorette Pitre (985-555-0143) at bedside. PCP: Dr. Alcide Fontenot-Guidry, Bayou Blue Family Clinic.\n"
     "K. Thibodeaux, RN 21:24",
     [("HOSPITAL", ["Terrebonne General Health System"]), ("ADDRESS", ["8166 Main St"]), ("LOCATION", ["Houma"]),
      ("POSTCODE", ["70360"]), ("PHONE", ["(985) 555-0161"]), ("DATE", ["08/14/2025"]),
      ("NAME", ["Kaylee", "Thibodeaux"]), ("LICENCE", ["RN-218473"]), ("NAME", ["Remy", "Pitre-Boudreaux"]),
      ("DATE", ["04/09/1967"]), ("MRN", ["TG00471829"]), ("ID", ["7730418265"]), ("ID", ["4418273906"]),
      ("PLATE", ["418 BKT"]), ("LOCATION", ["Cocodrie"]), ("LOCATION", ["Chauvin Brothers Seafood"]),
      ("LOCATION", ["Cut Off"]), ("DATE", ["7/2"]), ("HOSPITAL", ["Lady of the Sea General Hospital"]),
      ("NAME", ["Graciela", "Quintanilla-Webb"]), ("ID", ["1509483727"]), ("NAME", ["Lorette", "Pitre"]),
      ("PHONE", ["985-555-0143"]), ("NAME", ["Alcide", "Fontenot-Guidry"]), ("HOSPITAL", ["Bayou Blue Family Clinic"])],
     ["BP 86/52", "pain 9/10", "hemorrhagic bullae", "pain out of proportion to exam", "Child-Pugh B", "Lasix 40 mg",
      "Lantus 20 units", "qSOFA 2", "ESI 2", "Vibrio vulnificus", "lactate 4.6 mmol/L", "30 mL/kg",
      "ceftazidime 2 g IV", "LRINEC"]),

    # 2 - Scotland, Fife (Glenrothes): registered nurse verification of expected death, patient aged 96
    ("NHS Fife - Community Nursing, Glenrothes Locality (Out of Hours)\n"
     "VERIFICATION OF EXPECTED DEATH - REGISTERED NURSE RECORD\n"
     "Name: Mrs Euphemia (Effie) Ballingall, née Moncur | Age: 96 | DOB 07/12/1929 | CHI 0712293868\n"
     "Address: Rose Cottage, Millfield Road, Star, Glenrothes KY7 6LE | Key safe 2691\n"
     "GP: Dr Fergus Imrie, Markinch Medical Practice\n"
     "Place of death: own home, downstairs bedroom. Expected: YES - Anticipatory Care Plan and DNACPR (signed April "
     "2025) in the house.\n"
     "Date of death: 16/01/2026. Last seen alive at 04:10 by her daughter-in-law Sheena Ballingall, who found her at "
     "04:55 and phoned 111. Nurse arrived 05:35.\n"
     "Verification: no palpable central (carotid) pulse for 1 min; no heart sounds for 1 min; no breath sounds or "
     "respiratory effort for 1 min; pupils fixed and dilated; no response to supraorbital pressure. Time of "
     "verification 05:44.\n"
     "Devices: permanent pacemaker (fitted 2011, Royal Infirmary of Edinburgh) - funeral director told, to be removed "
     "before cremation. McKinley T34 pump, serial 41827-T34-0615, running since 14/01 with morphine sulfate 10 mg and "
     "midazolam 10 mg over 24 h: 2.5 mL left, discarded and witnessed by HCSW Craig Duthie.\n"
     "Infection risk: none known. Wedding ring left on at the family's request.\n"
     "Family present: her son and Sheena. Funeral director J. Honeyman & Son, Leslie (01592 555 730), to collect at "
     "08:00.\n"
     "Effie was born in Leslie and widowed in 1988; she would have been 97 in December and had the whole family round "
     "at Hogmanay.\n"
     "Not a Procurator Fiscal case. GP to issue the MCCD; e-mail sent to fife.markinch-gp@nhs.scot.\n"
     "Verified by: Lorna Greig-Pattullo, Staff Nurse, NMC PIN 02F1847S",
     [("LOCATION", ["Fife"]), ("LOCATION", ["Glenrothes"]), ("NAME", ["Euphemia", "Effie", "Ballingall"]),
      ("NAME", ["Moncur"]), ("AGE", ["96"]), ("DOB90", ["1929", "07/12/1929"]), ("ID", ["0712293868"]),
      ("ADDRESS", ["Rose Cottage", "Millfield Road"]), ("LOCATION", ["Star"]), ("POSTCODE", ["KY7 6LE"]),
      ("CODE", ["2691"]), ("NAME", ["Fergus", "Imrie"]), ("HOSPITAL", ["Markinch Medical Practice"]),
      ("DATE", ["April 2025"]), ("DATE", ["16/01/2026"]), ("NAME", ["Sheena"]), ("DATE", ["2011"]),
      ("HOSPITAL", ["Royal Infirmary of Edinburgh"]), ("SERIAL", ["41827-T34-0615"]), ("DATE", ["14/01"]),
      ("NAME", ["Craig", "Duthie"]), ("LOCATION", ["J. Honeyman & Son"]), ("LOCATION", ["Leslie"]),
      ("PHONE", ["01592 555 730"]), ("DATE", ["1988"]), ("AGE", ["97"]), ("DATE", ["December"]), ("DATE", ["Hogmanay"]),
      ("EMAIL", ["fife.markinch-gp@nhs.scot"]), ("NAME", ["Lorna", "Greig-Pattullo"]), ("LICENCE", ["02F1847S"])],
     ["VERIFICATION OF EXPECTED DEATH", "Anticipatory Care Plan", "DNACPR", "no palpable central (carotid) pulse",
      "no heart sounds for 1 min", "pupils fixed and dilated", "supraorbital pressure", "permanent pacemaker",
      "McKinley T34", "morphine sulfate 10 mg", "midazolam 10 mg", "Procurator Fiscal", "MCCD"]),

    # 3 - Nigeria, Oyo (Ibadan): operation note, typhoid ileal perforation in a 13-year-old
    ("University College Hospital, Ibadan - Department of Surgery, Paediatric Surgery Unit\n"
     "OPERATION NOTE | Emergency Theatre 3 | 12th October 2025 | knife to skin 22:35, skin closed 00:20\n"
     "Patient: Master Oluwaseun Ogunleye | 13 yrs M | Hosp. No. UCH/25/418273 | NHIA No. 0418-2736-51\n"
     "Ward: Otunba Tunwase Paediatric Ward, bed 6\n"
     "Referred from Ring Road State Hospital with 2 weeks of fever and 2 days of abdominal pain and distension; had "
     "been given \"typhoid drugs\" at a patent medicine store in Apete. Lives with his parents at No. 7 Olorunsogo "
     "Street, Oke-Ado, Ibadan. JSS2 pupil at Lagelu Grammar School.\n"
     "Surgeon: Dr. Folake Adeyemi-Bankole (MDCN/R/41827). Assistant: Dr. Babatunde Oyewole. Anaesthetist: Dr. "
     "Chukwuemeka Nwosu-Ibe. Scrub nurse: N/S Blessing Oyelade.\n"
     "Anaesthesia: GA, RSI, cuffed ETT 6.0. ASA 3E.\n"
     "Pre-op: Hb 9.2 g/dL, K+ 3.1 mmol/L, Widal O 1/320, erect CXR: free gas under the diaphragm. Resuscitated with 40 "
     "mL/kg Ringer's lactate; Ryle's tube on free drainage; urethral catheter.\n"
     "Incision: midline laparotomy.\n"
     "Findings: about 600 mL of faeculent peritoneal fluid with fibrinous exudate over the loops; single 0.8 cm "
     "antimesenteric perforation of the terminal ileum 20 cm from the ileocaecal valve; Peyer's patches thickened and "
     "inflamed; rest of the bowel viable.\n"
     "Procedure: edges debrided, two-layer primary closure (Vicryl 2/0 then 3/0), peritoneal lavage with 6 L warm "
     "saline, pelvic drain, mass closure with PDS loop 1, skin left open for delayed primary closure. EBL 150 mL. "
     "Perforation edge sent for histology; peritoneal fluid for M/C/S.\n"
     "Post-op: NPO, NG to drainage, IV ceftriaxone 2 g daily and metronidazole 500 mg 8-hourly, strict fluid chart, "
     "transfuse if Hb below 8 g/dL (blood bank request BB/4471 - mother Mrs. Patience Ogunleye has donated).\n"
     "Father, Mr. Sunday Ogunleye (0803 555 4182), a vulcaniser at Bodija Market, counselled before surgery and "
     "consented. Their pastor from CAC Oke-Bola Assembly prayed with the family. Handed over to ward sister Nurse "
     "Kehinde Adigun.\n"
     "Dr. F. Adeyemi-Bankole, Senior Registrar, 13/10/2025 00:45",
     [("HOSPITAL", ["University College Hospital"]), ("LOCATION", ["Ibadan"]), ("DATE", ["12th October 2025"]),
      ("NAME", ["Oluwaseun", "Ogunleye"]), ("MRN", ["UCH/25/418273"]), ("ID", ["0418-2736-51"]),
      ("LOCATION", ["Otunba Tunwase Paediatric Ward"]), ("HOSPITAL", ["Ring Road State Hospital"]),
      ("LOCATION", ["Apete"]), ("ADDRESS", ["No. 7 Olorunsogo Street"]), ("LOCATION", ["Oke-Ado"]),
      ("LOCATION", ["Lagelu Grammar School"]), ("NAME", ["Folake", "Adeyemi-Bankole"]), ("LICENCE", ["MDCN/R/41827"]),
      ("NAME", ["Babatunde", "Oyewole"]), ("NAME", ["Chukwuemeka", "Nwosu-Ibe"]), ("NAME", ["Blessing", "Oyelade"]),
      ("ID", ["BB/4471"]), ("NAME", ["Patience"]), ("NAME", ["Sunday"]), ("PHONE", ["0803 555 4182"]),
      ("LOCATION", ["Bodija Market"]), ("LOCATION", ["CAC Oke-Bola Assembly"]), ("NAME", ["Kehinde", "Adigun"]),
      ("DATE", ["13/10/2025"])],
     ["ASA 3E", "Hb 9.2 g/dL", "K+ 3.1 mmol/L", "Widal O 1/320", "free gas under the diaphragm", "40 mL/kg",
      "Ringer's lactate", "Ryle's tube", "ileocaecal valve", "Peyer's patches", "Vicryl 2/0", "PDS loop 1",
      "ceftriaxone 2 g daily", "metronidazole 500 mg 8-hourly"]),

    # 4 - Greece, Western Greece (Patras): anaesthetic record, laparoscopic cholecystectomy (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών - Κλινική Αναισθησιολογίας\n"
     "Ρίο, 26504 Πάτρα | τηλ. 2610 999 418\n"
     "ΦΥΛΛΟ ΑΝΑΙΣΘΗΣΙΑΣ | Χειρουργική αίθουσα 4 | Τρίτη 14 Οκτωβρίου 2025\n"
     "Ασθενής: Δημήτριος Καραγιαννόπουλος του Παντελή | 63 ετών | Ημ. γέν. 22/05/1962 | ΑΜΚΑ 22056204187 | Αρ. μητρώου "
     "5530918 | Ασφ. φορέας: ΕΦΚΑ\n"
     "Διεύθυνση: Αγίου Ανδρέου 118, 26221 Πάτρα | κινητό 697 555 4182\n"
     "Καταγωγή από τα Καλάβρυτα· εργάζεται στον Οργανισμό Λιμένος Πατρών.\n"
     "Β΄ Χειρουργική Κλινική, θάλαμος 12 | Επέμβαση: λαπαροσκοπική χολοκυστεκτομή | Χειρουργός: Γεράσιμος Λιβανός\n"
     "Προαναισθητική εκτίμηση (13/10): ASA II. Αρτηριακή υπέρταση, ΣΔ τύπου 2 (μετφορμίνη). Mallampati II, "
     "θυρεοπρογενειακή απόσταση > 6,5 cm, STOP-BANG 4. Νηστεία από τα μεσάνυχτα. Αλλεργία στην πενικιλίνη (κνίδωση). "
     "Υπογράφηκε συναίνεση· παρούσα η σύζυγος Σταυρούλα.\n"
     "08:20 Εισαγωγή: προποφόλη 150 mg, φαιντανύλη 150 μg, Esmeron 50 mg. Λαρυγγοσκόπηση με Macintosh 3, "
     "Cormack-Lehane 1, τραχειοσωλήνας 8,0 με cuff. Διατήρηση με σεβοφλουράνιο, BIS 40-60. Κεφαζολίνη 2 g ΕΦ στις "
     "08:30.\n"
     "08:30 ΑΠ 135/80, ΣΦ 72, SpO2 99% | 09:00 ΑΠ 118/70, ΣΦ 64, EtCO2 36 | 09:40 τέλος επέμβασης.\n"
     "Αναστροφή: Bridion 200 mg, ποσοτικό TOF 0,94· αποσωλήνωση 09:52. Ondansetron 4 mg, παρακεταμόλη 1 g.\n"
     "Μονάδα μετααναισθητικής φροντίδας: Aldrete 9/10 στις 10:25, επιστροφή στον θάλαμο.\n"
     "Σημείωση: ζητά να βγει έγκαιρα για να γιορτάσει στο σπίτι του Αγίου Δημητρίου (26 Οκτωβρίου). Ενημερώθηκε "
     "τηλεφωνικά η κόρη του Παναγιώτα (694 555 7301).\n"
     "Αναισθησιολόγος: Ευανθία Λυμπεροπούλου (ΑΜ ΙΣΑ 7036) | Ειδικευόμενος: Άγγελος Τζαννετάκος | Νοσηλεύτρια "
     "αναισθησίας: Χρυσούλα Μπακάλη",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών"]), ("LOCATION", ["Ρίο"]), ("POSTCODE", ["26504"]),
      ("LOCATION", ["Πάτρα"]), ("PHONE", ["2610 999 418"]), ("DATE", ["14 Οκτωβρίου 2025"]),
      ("NAME", ["Δημήτριος", "Καραγιαννόπουλος"]), ("NAME", ["Παντελή"]), ("DATE", ["22/05/1962"]),
      ("ID", ["22056204187"]), ("MRN", ["5530918"]), ("ADDRESS", ["Αγίου Ανδρέου 118"]), ("POSTCODE", ["26221"]),
      ("PHONE", ["697 555 4182"]), ("LOCATION", ["Καλάβρυτα"]), ("LOCATION", ["Οργανισμό Λιμένος Πατρών"]),
      ("NAME", ["Γεράσιμος", "Λιβανός"]), ("DATE", ["13/10"]), ("NAME", ["Σταυρούλα"]),
      ("DATE", ["του Αγίου Δημητρίου"]), ("DATE", ["26 Οκτωβρίου"]), ("NAME", ["Παναγιώτα"]),
      ("PHONE", ["694 555 7301"]), ("NAME", ["Ευανθία", "Λυμπεροπούλου"]), ("LICENCE", ["7036"]),
      ("NAME", ["Άγγελος", "Τζαννετάκος"]), ("NAME", ["Χρυσούλα", "Μπακάλη"])],
     ["λαπαροσκοπική χολοκυστεκτομή", "ASA II", "Mallampati II", "STOP-BANG 4", "Esmeron 50 mg", "Macintosh 3",
      "Cormack-Lehane 1", "σεβοφλουράνιο", "BIS 40-60", "Κεφαζολίνη 2 g", "ΑΠ 135/80", "Bridion 200 mg", "TOF 0,94",
      "Aldrete 9/10"]),

    # 5 - Australia, Queensland (Darling Downs): CT pulmonary angiogram report
    ("Darling Downs Health - Toowoomba Hospital, Medical Imaging\n"
     "Pechey Street, Toowoomba QLD 4350 | Ph (07) 5550 4182\n"
     "CT PULMONARY ANGIOGRAM\n"
     "Patient: Ms Tahlia Kirkwood-Byrne | DOB 11.08.1989 | UR 1206734 | Medicare 4381 72658 1 / 2\n"
     "Address: 27 Littleton Street, Crows Nest QLD 4355 | Teacher, Crows Nest State School (on parental leave)\n"
     "Exam date: 21.11.2025 14:02 | Accession TWB-CT-25-104182\n"
     "Referrer: Dr Hamish Gallagher-Tuilagi, Highfields Medical Centre, provider no. 2418273H\n"
     "Clinical details: 36F, 6/52 postpartum (LSCS at St Vincent's Private Hospital), sudden pleuritic R chest pain, "
     "SpO2 92%, HR 112. D-dimer 2.9 mg/L FEU. Wells score 4.5. ?PE.\n"
     "Technique: CTPA with 60 mL Omnipaque 350 IV via a R antecubital 18G cannula at 4.5 mL/s, bolus tracking. DLP 284 "
     "mGy.cm.\n"
     "Findings: Filling defects in the right lower lobe segmental and subsegmental arteries (posterior and lateral "
     "basal) and in a right middle lobe segmental artery. No saddle or main pulmonary artery embolus. RV/LV ratio 0.9; "
     "no septal bowing and no contrast reflux into the IVC. Peripheral wedge-shaped opacity in the posterior right "
     "lower lobe (Hampton hump), in keeping with a pulmonary infarct. Small right pleural effusion. No Westermark "
     "sign. Heart size normal.\n"
     "CONCLUSION: Acute right-sided segmental and subsegmental pulmonary emboli with a small pulmonary infarct. No CT "
     "evidence of right heart strain.\n"
     "Result phoned to Dr Gallagher-Tuilagi at 14:31 on 0491 570 418 by Dr Oisín Feeney (registrar). Partner Corey "
     "(0491 570 156) waiting with the baby in ED.\n"
     "Reported by: Dr Shalini Raghunathan-Elliott, Radiologist | AHPRA MED0001827364\n"
     "Images: https://pacs.ddh.health.qld.gov.au/viewer?acc=TWB-CT-25-104182",
     [("LOCATION", ["Darling Downs"]), ("HOSPITAL", ["Toowoomba Hospital"]), ("ADDRESS", ["Pechey Street"]),
      ("LOCATION", ["Toowoomba"]), ("POSTCODE", ["4350"]), ("PHONE", ["(07) 5550 4182"]),
      ("NAME", ["Tahlia", "Kirkwood-Byrne"]), ("DATE", ["11.08.1989"]), ("MRN", ["1206734"]),
      ("ID", ["4381 72658 1 / 2"]), ("ADDRESS", ["27 Littleton Street"]), ("LOCATION", ["Crows Nest"]),
      ("POSTCODE", ["4355"]), ("LOCATION", ["Crows Nest State School"]), ("DATE", ["21.11.2025"]),
      ("ID", ["TWB-CT-25-104182"]), ("NAME", ["Hamish", "Gallagher-Tuilagi"]),
      ("HOSPITAL", ["Highfields Medical Centre"]), ("LICENCE", ["2418273H"]),
      ("HOSPITAL", ["St Vincent's Private Hospital"]), ("PHONE", ["0491 570 418"]), ("NAME", ["Oisín", "Feeney"]),
      ("NAME", ["Corey"]), ("PHONE", ["0491 570 156"]), ("NAME", ["Shalini", "Raghunathan-Elliott"]),
      ("LICENCE", ["MED0001827364"]), ("URL", ["https://pacs.ddh.health.qld.gov.au/viewer?acc=TWB-CT-25-104182"])],
     ["6/52 postpartum", "LSCS", "pleuritic", "SpO2 92%", "D-dimer 2.9 mg/L FEU", "Wells score 4.5", "Omnipaque 350",
      "4.5 mL/s", "DLP 284 mGy.cm", "segmental and subsegmental arteries", "RV/LV ratio 0.9", "Hampton hump",
      "Westermark sign", "pulmonary infarct"]),

    # 6 - India, Kerala (Kozhikode): histopathology report, modified radical mastectomy
    ("Baby Memorial Hospital, Kozhikode - Department of Histopathology\n"
     "Indira Gandhi Road, Kozhikode 673004 | Ph 0495 272 9418 | histo@babymhospital.org\n"
     "HISTOPATHOLOGY REPORT\n"
     "Lab No.: HP/25/07418 | UHID: BMH-1129604 | Ward: Sahya, bed 22\n"
     "Name: Smt. Sreelatha K., 52 yrs F, W/o Rajeevan P. | Aadhaar: 5738 4192 0631\n"
     "Address: Thekkeveettil House, Feroke, Kozhikode 673631 | Mobile: +91 94470 55182 | Packer at the Commonwealth "
     "Tile Factory\n"
     "Surgeon: Dr. Mohammed Ashraf Pulikkal, Surgical Oncology | Surgery: 14-09-2025 | Received: 17-09-2025 | "
     "Reported: 22-09-2025\n"
     "Clinical details: lump right breast for 8 months. Core biopsy at the Co-operative Hospital, Vadakara (report "
     "VH/B/2291): invasive carcinoma. Neoadjuvant chemotherapy declined.\n"
     "Specimen: right modified radical mastectomy with axillary clearance.\n"
     "Gross: mastectomy 24 x 18 x 4 cm with axillary tail; grey-white firm tumour 3.2 x 2.8 x 2.5 cm in the upper "
     "outer quadrant, 2.1 cm from the nipple; deep margin 0.4 cm. 14 lymph nodes isolated.\n"
     "Microscopy: Invasive breast carcinoma of no special type (NST), Nottingham grade 2 (tubules 3, pleomorphism 2, "
     "mitoses 2; total 7/9). Associated DCIS, solid type, high nuclear grade, about 10% of the tumour. LVI present. "
     "Margins free; closest deep margin 4 mm. Nipple and skin free.\n"
     "Lymph nodes: 2/14 positive, largest deposit 9 mm, no extranodal extension.\n"
     "IHC: ER positive (Allred 8/8); PR positive (Allred 6/8); HER2 2+ (equivocal) - reflex FISH requested; Ki-67 "
     "25%.\n"
     "pTNM (AJCC 8th edition): pT2 pN1a.\n"
     "Dr. Anitha Varghese-Pillai, MD (Path) | TCMC Reg. No. 41827\n"
     "Checked by: Dr. Jayakrishnan Nair, Senior Consultant\n"
     "Report collected by daughter Athira on 23-09-2025.",
     [("HOSPITAL", ["Baby Memorial Hospital"]), ("LOCATION", ["Kozhikode"]), ("ADDRESS", ["Indira Gandhi Road"]),
      ("POSTCODE", ["673004"]), ("PHONE", ["0495 272 9418"]), ("EMAIL", ["histo@babymhospital.org"]),
      ("ID", ["HP/25/07418"]), ("MRN", ["BMH-1129604"]), ("LOCATION", ["Sahya"]), ("NAME", ["Sreelatha"]),
      ("NAME", ["Rajeevan"]), ("ID", ["5738 4192 0631"]), ("ADDRESS", ["Thekkeveettil House"]),
      ("LOCATION", ["Feroke"]), ("POSTCODE", ["673631"]), ("PHONE", ["+91 94470 55182"]),
      ("LOCATION", ["Commonwealth Tile Factory"]), ("NAME", ["Mohammed Ashraf", "Pulikkal"]), ("DATE", ["14-09-2025"]),
      ("DATE", ["17-09-2025"]), ("DATE", ["22-09-2025"]), ("HOSPITAL", ["Co-operative Hospital"]),
      ("LOCATION", ["Vadakara"]), ("ID", ["VH/B/2291"]), ("NAME", ["Anitha", "Varghese-Pillai"]),
      ("LICENCE", ["41827"]), ("NAME", ["Jayakrishnan", "Nair"]), ("NAME", ["Athira"]), ("DATE", ["23-09-2025"])],
     ["modified radical mastectomy", "Invasive breast carcinoma of no special type", "Nottingham grade 2", "total 7/9",
      "DCIS", "LVI present", "2/14 positive", "Allred 8/8", "Allred 6/8", "HER2 2+ (equivocal)", "FISH", "Ki-67 25%",
      "AJCC 8th edition", "pT2 pN1a"]),

    # 7 - Canada, Nova Scotia (Halifax): medical unit nursing shift handover (SBAR), COPD and alcohol withdrawal
    ("Nova Scotia Health - QEII Health Sciences Centre, Halifax Infirmary site\n"
     "Abbie J. Lane Building, Unit 5A Medicine | Unit desk 902-555-0177\n"
     "SHIFT HANDOVER (SBAR) - nights to days | 2025-11-23 06:50 | M.L. to J.P.\n"
     "Room 5A-14: Mr. Angus MacIsaac-Doucette, 71 M, DOB 1954-03-02, MSI 0418 273 619, MRN VG2093418, admitted Nov 20\n"
     "S: Day 3 of an AECOPD with alcohol withdrawal.\n"
     "B: COPD GOLD 3 (home O2 2 L), about 12 beers a day. Lives alone in Economy; retired lobster fisherman; volunteer "
     "with the Five Islands Fire Department. NOK sister Flora MacIsaac in Stewiacke (902-555-0138). Family doctor Dr. "
     "Ruairidh Sinclair-Abiola, Bass River Medical Clinic. Came by EHS from Colchester East Hants Health Centre in "
     "Truro. His truck (NS plate HXR 418) is still in their lot; neighbour Gus Henneberry has the dog.\n"
     "A: 01:30 CIWA-Ar 14 (tremor, sweats, anxious) - lorazepam 1 mg SL given (M.L.); 03:30 CIWA-Ar 8. Thiamine 100 mg "
     "IV TID continues. SpO2 89-91% on 2 L NP, target 88-92%. Salbutamol/ipratropium nebs q4h; prednisone 40 mg PO day "
     "3 of 5; Spiriva held while on nebs. Braden 15; Morse 55 - bed alarm on, non-slip socks. Voided 350 mL. BG 9.8 "
     "mmol/L at 04:00 (steroids). Phos 0.62 mmol/L - replacing, recheck at noon.\n"
     "R: CIWA-Ar q1h while 10 or more; RT at 08:00; physio to mobilise; SW about going home alone. Sister visiting at "
     "10.\n"
     "Given by: Mairi Lafontaine, RN (NSCN 418273) | Received by: Josée Paquette, RN (J.P.)",
     [("HOSPITAL", ["QEII Health Sciences Centre"]), ("HOSPITAL", ["Halifax Infirmary"]), ("LOCATION", ["Halifax"]),
      ("LOCATION", ["Abbie J. Lane Building"]), ("PHONE", ["902-555-0177"]), ("DATE", ["2025-11-23"]),
      ("NAME", ["Angus", "MacIsaac-Doucette"]), ("DATE", ["1954-03-02"]), ("ID", ["0418 273 619"]),
      ("MRN", ["VG2093418"]), ("DATE", ["Nov 20"]), ("LOCATION", ["Economy"]),
      ("LOCATION", ["Five Islands Fire Department"]), ("NAME", ["Flora", "MacIsaac"]), ("LOCATION", ["Stewiacke"]),
      ("PHONE", ["902-555-0138"]), ("NAME", ["Ruairidh", "Sinclair-Abiola"]),
      ("HOSPITAL", ["Bass River Medical Clinic"]), ("HOSPITAL", ["Colchester East Hants Health Centre"]),
      ("LOCATION", ["Truro"]), ("PLATE", ["HXR 418"]), ("NAME", ["Gus", "Henneberry"]),
      ("NAME", ["Mairi", "Lafontaine", "M.L."]), ("LICENCE", ["418273"]), ("NAME", ["Josée", "Paquette", "J.P."])],
     ["SBAR", "AECOPD", "COPD GOLD 3", "CIWA-Ar 14", "lorazepam 1 mg SL", "Thiamine 100 mg IV TID", "target 88-92%",
      "ipratropium", "prednisone 40 mg PO", "Spiriva", "Braden 15", "Morse 55", "BG 9.8 mmol/L", "Phos 0.62 mmol/L"]),

    # 8 - China, Sichuan (Meishan, treated in Chengdu): discharge summary, community-acquired pneumonia (simplified)
    ("四川省人民医院　呼吸与危重症医学科\n"
     "出院记录\n"
     "姓名：蒋桂芬　　性别：女　　年龄：71岁　　住院号：0118274　　医保卡号：51142100418273\n"
     "身份证号：511421195411033729\n"
     "住址：眉山市仁寿县文林镇红旗路36号　　联系人：女儿 张晓燕　电话 138 8055 4182\n"
     "入院日期：2026年1月3日　　出院日期：2026年1月12日（农历冬月廿四）\n"
     "入院情况：因\"咳嗽、咳痰伴发热5天，气促1天\"入院。退休前在成都无缝钢管厂工作。外院（仁寿县人民医院）予口服抗生素3天无好转。查体：T 38.6℃，P 108次/分，R 26次/分，BP 142/84 mmHg，SpO2 "
     "89%（未吸氧），右下肺闻及湿啰音。\n"
     "辅助检查：WBC 14.2×10^9/L，中性粒细胞 86%，CRP 128 mg/L，PCT 1.8 ng/mL；胸部CT示右下肺实变；痰培养：肺炎链球菌。CURB-65 评分 2 分。\n"
     "出院诊断：1. 社区获得性肺炎（非重症） 2. 2型糖尿病 3. 高血压病3级（很高危）\n"
     "诊疗经过：予头孢曲松 2 g qd 静滴联合阿奇霉素 0.5 g qd，鼻导管吸氧，控制血糖。体温第3天恢复正常，复查CRP 18 mg/L。\n"
     "出院医嘱：1. 奥格门汀 1 片 bid，再服5天；2. 二甲双胍 0.5 g tid，监测血糖；3. 春节后（正月初八左右）呼吸科门诊复诊，复查胸部CT；4. 如再发热或气促，及时到文林镇卫生院或我院急诊就诊。\n"
     "儿子蒋国强开出租车（川Z 7T418）接患者回家。科室电话：028-8739 6021。\n"
     "主治医师：王德明　　住院医师：刘思琪",
     [("HOSPITAL", ["四川省人民医院"]), ("NAME", ["蒋桂芬"]), ("MRN", ["0118274"]), ("ID", ["51142100418273"]),
      ("ID", ["511421195411033729"]), ("LOCATION", ["眉山市"]), ("LOCATION", ["仁寿县"]), ("LOCATION", ["文林镇"]),
      ("ADDRESS", ["红旗路36号"]), ("NAME", ["张晓燕"]), ("PHONE", ["138 8055 4182"]), ("DATE", ["2026年1月3日"]),
      ("DATE", ["2026年1月12日"]), ("DATE", ["农历冬月廿四"]), ("LOCATION", ["成都无缝钢管厂"]), ("HOSPITAL", ["仁寿县人民医院"]),
      ("DATE", ["春节"]), ("DATE", ["正月初八"]), ("HOSPITAL", ["文林镇卫生院"]), ("NAME", ["蒋国强"]), ("PLATE", ["川Z 7T418"]),
      ("PHONE", ["028-8739 6021"]), ("NAME", ["王德明"]), ("NAME", ["刘思琪"])],
     ["咳嗽、咳痰伴发热5天", "BP 142/84 mmHg", "SpO2 89%", "右下肺闻及湿啰音", "WBC 14.2×10^9/L", "CRP 128 mg/L", "PCT 1.8 ng/mL",
      "肺炎链球菌", "CURB-65 评分 2 分", "社区获得性肺炎", "2型糖尿病", "头孢曲松 2 g qd", "阿奇霉素 0.5 g qd", "奥格门汀"]),

    # 9 - England, Cornwall: safeguarding adults referral, financial abuse of a man with a learning disability
    ("SAFEGUARDING ADULTS REFERRAL - Multi-Agency Referral Unit (MARU)\n"
     "Care Act 2014, section 42 | Date of referral: 18/11/2025\n"
     "Referrer: Tamsin Hocking-Penrose, Community Learning Disability Nurse, Cornwall Partnership NHS Foundation "
     "Trust, Trevillis House, Bodmin | 01208 555 041 | tamsin.hocking@nhs.net\n"
     "Adult at risk: Mr Jory Trevithick | DOB 02/05/1967 | NHS 450 218 7364\n"
     "Address: 4 Chapel Row, Indian Queens TR9 6HW - supported living flat (provider: Kernow Supported Living)\n"
     "GP: Petroc Group Practice\n"
     "Communication: moderate learning disability and Down syndrome; uses Makaton and short sentences. Hypothyroidism "
     "(levothyroxine 75 micrograms).\n"
     "Concern: a man Jory calls his friend, Darren Kitto, has been taking him to the cash machine on Fore Street in St "
     "Austell most Fridays since the summer and keeping most of his money. Staff found no food in the flat last week. "
     "Jory has lost 6 kg in two months (BMI 19.8 kg/m2, MUST score 2). Last withdrawal seen on 14 Nov. Mr Kitto drives "
     "a silver Vauxhall Corsa, reg WK19 ZRD, and messages Jory on Facebook as \"Dazza Kitto\" and on Snapchat as "
     "@dazzak_kernow.\n"
     "Jory goes to the Tuesday social at Playing Place village hall and the Gateway Club in Newquay; staff there have "
     "seen Mr Kitto waiting outside. His brother Kevin lives in Plymouth and is his DWP appointee.\n"
     "Police informed: crime reference CR/041827/25.\n"
     "Views of the adult (Making Safeguarding Personal): \"I want Darren to stop taking my money but still be my "
     "mate.\" He agreed to this referral. A Mental Capacity Act 2005 assessment about managing his money is needed.\n"
     "Immediate risk: no; provider has put a food plan in place.",
     [("DATE", ["18/11/2025"]), ("NAME", ["Tamsin", "Hocking-Penrose"]),
      ("HOSPITAL", ["Cornwall Partnership NHS Foundation Trust"]), ("LOCATION", ["Trevillis House"]),
      ("LOCATION", ["Bodmin"]), ("PHONE", ["01208 555 041"]), ("EMAIL", ["tamsin.hocking@nhs.net"]),
      ("NAME", ["Jory", "Trevithick"]), ("DATE", ["02/05/1967"]), ("ID", ["450 218 7364"]),
      ("ADDRESS", ["4 Chapel Row"]), ("LOCATION", ["Indian Queens"]), ("POSTCODE", ["TR9 6HW"]),
      ("LOCATION", ["Kernow Supported Living"]), ("HOSPITAL", ["Petroc Group Practice"]), ("NAME", ["Darren", "Kitto"]),
      ("ADDRESS", ["Fore Street"]), ("LOCATION", ["St Austell"]), ("DATE", ["14 Nov"]), ("PLATE", ["WK19 ZRD"]),
      ("NAME", ["Dazza"]), ("HANDLE", ["dazzak_kernow"]), ("LOCATION", ["Playing Place"]),
      ("LOCATION", ["Gateway Club"]), ("LOCATION", ["Newquay"]), ("NAME", ["Kevin"]), ("LOCATION", ["Plymouth"]),
      ("ID", ["CR/041827/25"])],
     ["Care Act 2014", "section 42", "moderate learning disability", "Down syndrome", "Makaton", "Hypothyroidism",
      "levothyroxine 75 micrograms", "6 kg", "BMI 19.8 kg/m2", "MUST score 2", "Making Safeguarding Personal",
      "Mental Capacity Act 2005"]),

    # 10 - Kenya, Kisumu: antenatal booking visit in the mother and child health handbook
    ("MOTHER & CHILD HEALTH HANDBOOK - ANTENATAL PROFILE (1st visit)\n"
     "Facility: Jaramogi Oginga Odinga Teaching and Referral Hospital (JOOTRH), Kisumu - ANC clinic | MFL code 13667\n"
     "Date of booking: 05/11/2025 | ANC No. 2291/KSM\n"
     "Name: Millicent Achieng Owino | Age 27 | ID No. 31842736 | SHA No. SHA-2025-0937-1146 | Tel 0722 555 309\n"
     "Residence: Nyalenda B, Kisumu (home village: Rusinga Island) | Occupation: sells omena at Kibuye Market\n"
     "Husband: Wycliffe Otieno, boda boda rider (KMFD 418Q) | Church: ACK St. Stephen's Cathedral\n"
     "Next of kin: mother-in-law Dorka Owino, 0733 555 812\n"
     "Obstetric history: G3 P2+0. First child born at Lumumba Sub-County Hospital, SVD, now 6 years. Second born at "
     "home in Seme 3 years ago with a TBA; PPH, was transfused at Lumumba.\n"
     "LMP 14/07/2025 (sure). EDD 21/04/2026 by Naegele's rule. Gestation by dates 16+2 weeks.\n"
     "Examination: BP 112/70, weight 58 kg, height 160 cm, MUAC 24 cm, mild pallor, no oedema. Fundal height 16 cm.\n"
     "Tests: Hb 10.2 g/dL; blood group O, Rh D positive; VDRL non-reactive; HIV non-reactive (PMTCT counselling done, "
     "partner testing offered); HBsAg negative; urinalysis: protein nil, glucose nil; mRDT negative.\n"
     "Given: IFAS 1 tab daily, IPTp-SP dose 1 (DOT), Td 2, mebendazole 500 mg stat, LLIN issued.\n"
     "Birth plan: deliver at JOOTRH; previous PPH - facility delivery strongly advised; emergency transport: husband's "
     "motorbike, savings group at church.\n"
     "CHP: Mama Pamela Akinyi (Nyalenda B CHU). Next visit: 03/12/2025.\n"
     "Nurse-midwife: Nancy Adhiambo Ochieng | NCK Reg. No. 58214",
     [("HOSPITAL", ["Jaramogi Oginga Odinga Teaching and Referral Hospital", "JOOTRH"]), ("LOCATION", ["Kisumu"]),
      ("ID", ["13667"]), ("DATE", ["05/11/2025"]), ("ID", ["2291/KSM"]), ("NAME", ["Millicent", "Achieng", "Owino"]),
      ("ID", ["31842736"]), ("ID", ["SHA-2025-0937-1146"]), ("PHONE", ["0722 555 309"]), ("LOCATION", ["Nyalenda B"]),
      ("LOCATION", ["Rusinga Island"]), ("LOCATION", ["Kibuye Market"]), ("NAME", ["Wycliffe", "Otieno"]),
      ("PLATE", ["KMFD 418Q"]), ("LOCATION", ["ACK St. Stephen's Cathedral"]), ("NAME", ["Dorka"]),
      ("PHONE", ["0733 555 812"]), ("HOSPITAL", ["Lumumba Sub-County Hospital", "Lumumba"]), ("LOCATION", ["Seme"]),
      ("DATE", ["14/07/2025"]), ("DATE", ["21/04/2026"]), ("NAME", ["Pamela", "Akinyi"]), ("DATE", ["03/12/2025"]),
      ("NAME", ["Nancy", "Adhiambo", "Ochieng"]), ("LICENCE", ["58214"])],
     ["G3 P2+0", "PPH", "Naegele's rule", "16+2 weeks", "BP 112/70", "MUAC 24 cm", "Fundal height 16 cm",
      "Hb 10.2 g/dL", "VDRL non-reactive", "PMTCT", "IFAS", "IPTp-SP dose 1", "Td 2", "mebendazole 500 mg"]),

    # 11 - New Zealand, West Coast (Grey District): district nursing home visit log, patient aged 91
    ("Te Whatu Ora - Te Tai o Poutini West Coast | District Nursing, Greymouth\n"
     "HOME VISIT LOG\n"
     "Client: Mrs Ivy Margaret Scoullar | 91 yrs | DOB 23/04/1934 | NHI ZJM5278\n"
     "Address: 6 Herbert Street, Blackball 7804 | Key safe 5813 (front porch)\n"
     "GP: Dr Anahera Whaanga, Tainui Street Medical Centre | NOK: daughter-in-law Raewyn Scoullar, 027 555 0946 "
     "(Kumara)\n"
     "St John medical alarm pendant SJ-MA-220917 | Meals on Wheels from Te Nīkau Grey Hospital kitchen, weekdays\n"
     "Background: R venous leg ulcer since a fall in March; # NOF fixed at Christchurch Hospital; AF on apixaban; T2DM "
     "diet controlled. Her son works at Stockton Mine and calls in on the way home.\n"
     "02/02/26 10:20 CW: R gaiter ulcer 4.2 x 3.1 cm, sloughy base, moderate exudate, malodour. Swab taken. ABPI 0.9 "
     "on Doppler. Cleansed, Acticoat, Coban 2 applied. Pain 4/10 - paracetamol 1 g QID. BGL 7.4 mmol/L. Waterlow 16. "
     "Ivy chatty, eating well.\n"
     "04/02/26 09:55 TH: swab grew Pseudomonas aeruginosa (heavy). Discussed with Dr Whaanga: ciprofloxacin 500 mg BD "
     "x 7 days, e-script to the pharmacy. Dressing intact; strikethrough small. Raewyn to collect tablets.\n"
     "06/02 11:05 MT: Waitangi Day - on-call visit. Ulcer edges pinker, less slough, exudate reduced. Coban 2 "
     "reapplied. Taking the ciprofloxacin.\n"
     "09/02/26 10:40 CW: 3.8 x 2.9 cm. Plan twice weekly, re-measure and photograph each Monday.\n"
     "Ivy has lived on the West Coast since she married in 1956; she turns 92 in April and wants to lay her wreath at "
     "the Blackball cenotaph on Anzac Day.\n"
     "Signatures: CW - Charlotte Wyllie RN | TH - Tama Hohaia EN | MT - Moana Tipene RN",
     [("LOCATION", ["Te Tai o Poutini", "West Coast"]), ("LOCATION", ["Greymouth"]),
      ("NAME", ["Ivy", "Margaret", "Scoullar"]), ("AGE", ["91 yrs"]), ("DOB90", ["1934", "23/04/1934"]),
      ("ID", ["ZJM5278"]), ("ADDRESS", ["6 Herbert Street"]), ("LOCATION", ["Blackball"]), ("POSTCODE", ["7804"]),
      ("CODE", ["5813"]), ("NAME", ["Anahera", "Whaanga"]), ("HOSPITAL", ["Tainui Street Medical Centre"]),
      ("NAME", ["Raewyn"]), ("PHONE", ["027 555 0946"]), ("LOCATION", ["Kumara"]), ("SERIAL", ["SJ-MA-220917"]),
      ("HOSPITAL", ["Te Nīkau Grey Hospital"]), ("DATE", ["March"]), ("HOSPITAL", ["Christchurch Hospital"]),
      ("LOCATION", ["Stockton Mine"]), ("DATE", ["02/02/26"]), ("DATE", ["04/02/26"]), ("DATE", ["06/02"]),
      ("DATE", ["Waitangi Day"]), ("DATE", ["09/02/26"]), ("DATE", ["1956"]), ("AGE", ["92"]), ("DATE", ["April"]),
      ("DATE", ["Anzac Day"]), ("NAME", ["Charlotte", "Wyllie", "CW"]), ("NAME", ["Tama", "Hohaia", "TH"]),
      ("NAME", ["Moana", "Tipene", "MT"])],
     ["venous leg ulcer", "apixaban", "sloughy base", "ABPI 0.9", "Doppler", "Acticoat", "Coban 2", "Pain 4/10",
      "paracetamol 1 g QID", "BGL 7.4 mmol/L", "Waterlow 16", "Pseudomonas aeruginosa", "ciprofloxacin 500 mg BD"]),

    # 12 - Japan, Nagano (Ueda): attending physician's opinion for long-term care insurance, patient aged 93 (Japanese)
    ("主治医意見書　　　記入日：令和8年2月9日\n"
     "申請者　（ふりがな）やまぎし ふく\n"
     "氏名：山岸 ふく　　女　　生年月日：昭和7年3月18日（93歳）\n"
     "住所：長野県上田市真田町傍陽8127　　連絡先：0268-72-5531\n"
     "被保険者番号：0009371146\n"
     "医師氏名：小宮山 誠一　　医療機関名：小宮山内科医院　　所在地：上田市中央3丁目5-18　　電話：0268-22-7410\n"
     "(1) 最終診察日：令和8年2月2日　　(2) 意見書作成回数：2回目以上　　(3) 他科受診：整形外科（信州上田医療センター）\n"
     "1. 傷病に関する意見\n"
     "(1) 診断名：1. アルツハイマー型認知症（発症 令和3年頃）　2. 変形性膝関節症（両側、発症 平成20年頃）　3. 高血圧症\n"
     "(2) 症状としての安定性：不安定。昨年のお盆の頃から夜間の徘徊があり、正月に千曲市の長男宅で転倒した（骨折なし）。\n"
     "(3) 経過及び治療内容：HDS-R 14/30点（令和7年11月）。ドネペジル（アリセプト）5 mg、アムロジピン 5 mg を内服中。血圧 148/82 mmHg。\n"
     "2. 特別な医療：なし\n"
     "3. 心身の状態に関する意見\n"
     "障害高齢者の日常生活自立度 A2　／　認知症高齢者の日常生活自立度 IIb\n"
     "短期記憶：問題あり。服薬管理は長男の嫁（由美子さん）が行っている。\n"
     "4. 生活機能とサービスに関する意見\n"
     "屋外歩行は杖で見守りが必要。通所介護「デイサービスひだまり」を週2回利用中、週3回への増回が望ましい。\n"
     "5. 特記すべき事項\n"
     "同居の長男 山岸 孝 と嫁 由美子 が介護。担当ケアマネジャー：居宅介護支援事業所さくら　宮下 恵。\n"
     "本人は「畑に出たい」と話す。93歳で独歩困難だが、転倒予防と夜間の見守りの強化をお願いしたい。",
     [("DATE", ["令和8年2月9日"]), ("NAME", ["やまぎし", "ふく", "山岸"]), ("DOB90", ["昭和7年", "昭和7年3月18日"]), ("AGE", ["93歳"]),
      ("LOCATION", ["上田市"]), ("LOCATION", ["真田町"]), ("ADDRESS", ["傍陽8127"]), ("PHONE", ["0268-72-5531"]),
      ("ID", ["0009371146"]), ("NAME", ["小宮山 誠一"]), ("HOSPITAL", ["小宮山内科医院"]), ("ADDRESS", ["中央3丁目5-18"]),
      ("PHONE", ["0268-22-7410"]), ("DATE", ["令和8年2月2日"]), ("HOSPITAL", ["信州上田医療センター"]), ("DATE", ["令和3年"]),
      ("DATE", ["平成20年"]), ("DATE", ["お盆"]), ("DATE", ["正月"]), ("LOCATION", ["千曲市"]), ("DATE", ["令和7年11月"]),
      ("NAME", ["由美子"]), ("LOCATION", ["デイサービスひだまり"]), ("NAME", ["孝"]), ("LOCATION", ["居宅介護支援事業所さくら"]),
      ("NAME", ["宮下 恵"])],
     ["アルツハイマー型認知症", "変形性膝関節症", "高血圧症", "夜間の徘徊", "HDS-R 14/30点", "ドネペジル", "アリセプト", "アムロジピン 5 mg", "血圧 148/82 mmHg",
      "障害高齢者の日常生活自立度 A2", "認知症高齢者の日常生活自立度 IIb", "短期記憶"]),

    # 13 - Ireland, Co. Mayo: occupational health report to management, return to work after carpal tunnel release
    ("OCCUPATIONAL HEALTH SERVICE - CONFIDENTIAL REPORT TO MANAGEMENT\n"
     "Clew Bay Medical Devices Ltd, Westport, Co. Mayo | OH suite (098) 555 2718\n"
     "Employee: Ms Siobhán Durcan-Loftus | DOB 30/06/1984 | PPSN 7364182D | Employee No. CBMD-05529\n"
     "Role: cleanroom assembly operator, Line 4, nights | Manager: Declan Prendergast "
     "(declan.prendergast@clewbaymd.ie)\n"
     "Referral received 07/01/2026; seen 14/01/2026 with her consent to this report.\n"
     "Question asked: is she fit to return after a right carpal tunnel release (Mr Eoin Keaveney, Mayo University "
     "Hospital, Castlebar, on 28/11/2025), and is the left hand work related?\n"
     "Findings: right scar healed, grip R 18 kg vs L 24 kg (Jamar dynamometer). Left: night numbness of the thumb, "
     "index and middle fingers; Tinel's sign positive at the left wrist; Phalen's test positive at 30 s. Nerve "
     "conduction studies (Dr Ruth Mannion, Galway Clinic) show moderate L CTS. Boston Carpal Tunnel Questionnaire "
     "symptom severity 2.4. Hypothyroidism on levothyroxine 100 mcg; BMI 31.\n"
     "She lives in Knock (Churchfields, F12 Y6P3), drives 40 minutes each way and coaches the under-12 camogie team at "
     "Knockmore GAA.\n"
     "Opinion: fit for a phased return from 26/01/2026: 4-hour shifts in week 1, 6 hours in week 2, full shifts from "
     "week 3; no crimping tool for 6 weeks; rotate tasks every 60 minutes. The left CTS is likely aggravated by "
     "repeated pinch grip on Line 4; I recommend an ergonomic risk assessment of the line under the Safety, Health and "
     "Welfare at Work Act 2005.\n"
     "Review in 4 weeks. This report is also on the OH portal: https://ohportal.clewbaymd.ie/cases/CBMD-05529\n"
     "Dr Aoife Gannon-McHale, Specialist in Occupational Medicine | IMC 427716\n"
     "cc: Dr Peadar Ó Ceallaigh, Knock Medical Centre",
     [("LOCATION", ["Clew Bay Medical Devices"]), ("LOCATION", ["Westport"]), ("LOCATION", ["Co. Mayo"]),
      ("PHONE", ["(098) 555 2718"]), ("NAME", ["Siobhán", "Durcan-Loftus"]), ("DATE", ["30/06/1984"]),
      ("ID", ["7364182D"]), ("ID", ["CBMD-05529"]), ("URL", ["https://ohportal.clewbaymd.ie/cases/CBMD-05529"]),
      ("NAME", ["Declan", "Prendergast"]), ("EMAIL", ["declan.prendergast@clewbaymd.ie"]), ("DATE", ["07/01/2026"]),
      ("DATE", ["14/01/2026"]), ("NAME", ["Eoin", "Keaveney"]), ("HOSPITAL", ["Mayo University Hospital"]),
      ("LOCATION", ["Castlebar"]), ("DATE", ["28/11/2025"]), ("NAME", ["Ruth", "Mannion"]),
      ("HOSPITAL", ["Galway Clinic"]), ("LOCATION", ["Knock"]), ("ADDRESS", ["Churchfields"]),
      ("POSTCODE", ["F12 Y6P3"]), ("LOCATION", ["Knockmore GAA"]), ("DATE", ["26/01/2026"]),
      ("NAME", ["Aoife", "Gannon-McHale"]), ("LICENCE", ["427716"]), ("NAME", ["Peadar", "Ó Ceallaigh"]),
      ("HOSPITAL", ["Knock Medical Centre"])],
     ["carpal tunnel release", "grip R 18 kg", "Jamar dynamometer", "Tinel's sign positive", "Phalen's test positive",
      "Nerve conduction studies", "moderate L CTS", "Boston Carpal Tunnel Questionnaire", "symptom severity 2.4",
      "levothyroxine 100 mcg", "BMI 31", "phased return", "pinch grip", "Safety, Health and Welfare at Work Act 2005"]),

    # 14 - Pakistan, Punjab (Lahore): clinical pharmacist's medication reconciliation on admission
    ("Sir Ganga Ram Hospital, Lahore - Department of Pharmacy\n"
     "MEDICATION RECONCILIATION ON ADMISSION | Medical Unit II, Bed 23 | 19-12-2025\n"
     "Patient: Muhammad Saleem s/o Abdul Rashid | 67 M | MR No. SGRH-25-770195 | CNIC 35202-6609147-3\n"
     "Sehat Card family no. PB-2210-0647 | Address: House 41, Street 7, Block C, Model Town, Lahore\n"
     "Contact: son Bilal Saleem, 0300-5559274 | Retired WAPDA lineman\n"
     "Admitted with: hypoglycaemia (BSR 48 mg/dL at home) and AKI on CKD. Creatinine 2.9 mg/dL, eGFR 24, K+ 5.6 "
     "mmol/L, HbA1c 8.9%.\n"
     "Sources: patient and son; medicine bag; prescription from Dr. Tariq Mehmood's clinic in Ichhra; receipts from "
     "Fazal Din's Pharma Plus, Gulberg III, dated 02-12-2025; daughter-in-law Nabila, who gives the medicines at "
     "home.\n"
     "Drug | before admission | admission order | action\n"
     "Glucophage 850 mg | 1 tab TDS | held | eGFR 24 - metformin stopped; MO informed\n"
     "Amaryl 4 mg | 1 tab morning | held | recurrent hypoglycaemia; sulfonylurea in CKD - STOP (Beers Criteria 2023)\n"
     "Concor 5 mg | OD | continued | -\n"
     "Lasix 40 mg | BD | 40 mg OD | dehydrated on arrival\n"
     "Ecosprin 75 mg | OD | continued | -\n"
     "Nexum 40 mg | OD | 20 mg OD | no indication for high dose\n"
     "Dicloran 50 mg | PRN, bought over the counter | stopped | NSAID with AKI\n"
     "\"Kushta\" powder from Hakeem Nazir in Shahdara | daily | stopped | unknown content, heavy metals possible\n"
     "New: Mixtard 30/70 8 units BD with meals; SMBG QID.\n"
     "Discussed with Dr. Sana Iqbal, Medical Officer (PMDC 71936-P), on Prof. Khalid Javed's unit. Son and Nabila "
     "counselled with a pictorial chart in Urdu.\n"
     "Ayesha Siddiqui-Rana, Clinical Pharmacist | Punjab Pharmacy Council Reg. No. 8273-B | clinpharm.mu2@sgrh.edu.pk",
     [("HOSPITAL", ["Sir Ganga Ram Hospital"]), ("LOCATION", ["Lahore"]), ("DATE", ["19-12-2025"]),
      ("NAME", ["Muhammad Saleem"]), ("NAME", ["Abdul Rashid"]), ("MRN", ["SGRH-25-770195"]),
      ("ID", ["35202-6609147-3"]), ("ID", ["PB-2210-0647"]), ("ADDRESS", ["House 41", "Street 7", "Block C"]),
      ("LOCATION", ["Model Town"]), ("NAME", ["Bilal"]), ("PHONE", ["0300-5559274"]), ("LOCATION", ["WAPDA"]),
      ("NAME", ["Tariq", "Mehmood"]), ("LOCATION", ["Ichhra"]), ("LOCATION", ["Fazal Din's Pharma Plus"]),
      ("LOCATION", ["Gulberg III"]), ("DATE", ["02-12-2025"]), ("NAME", ["Nabila"]), ("NAME", ["Nazir"]),
      ("LOCATION", ["Shahdara"]), ("NAME", ["Sana", "Iqbal"]), ("LICENCE", ["71936-P"]), ("NAME", ["Khalid", "Javed"]),
      ("NAME", ["Ayesha", "Siddiqui-Rana"]), ("LICENCE", ["8273-B"]), ("EMAIL", ["clinpharm.mu2@sgrh.edu.pk"])],
     ["BSR 48 mg/dL", "Creatinine 2.9 mg/dL", "eGFR 24", "K+ 5.6 mmol/L", "HbA1c 8.9%", "Glucophage 850 mg",
      "Amaryl 4 mg", "Beers Criteria 2023", "Concor 5 mg", "Lasix 40 mg", "Ecosprin 75 mg", "Nexum 40 mg",
      "NSAID with AKI", "Mixtard 30/70"]),

    # 15 - Russia, Novosibirsk: ambulance call card, inferior STEMI (Russian)
    ("ГБУЗ НСО «Станция скорой медицинской помощи», г. Новосибирск, подстанция Октябрьского района\n"
     "КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № 7306 от 12.02.2026\n"
     "Бригада фельдшерская № 14, автомобиль «ГАЗель Next», гос. номер А418ВК 154\n"
     "Время: приём вызова 06:12, выезд 06:14, прибытие 06:29, начало транспортировки 07:02, прибытие в МО 07:24\n"
     "Пациент: Кузьмин Геннадий Степанович, 64 года, дата рождения 03.09.1961\n"
     "Адрес вызова: ул. Блюхера, д. 41, кв. 18, подъезд 2, код домофона 4471\n"
     "Полис ОМС 5450 9127 3386 0125 | СНИЛС 152-739-604 77 | паспорт 5009 662318\n"
     "Вызвала жена, Кузьмина Людмила Ивановна, тел. +7 913 555-60-29.\n"
     "Жалобы: давящая боль за грудиной с 05:30 с иррадиацией в левую руку, холодный пот, слабость.\n"
     "Анамнез: гипертоническая болезнь, курит 40 лет. Бывший сварщик завода «Сибсельмаш». Вчера весь день чистил снег "
     "на даче в СНТ «Рассвет».\n"
     "Объективно: состояние тяжёлое. Кожа бледная, влажная. АД 100/60 мм рт. ст., ЧСС 52 в мин, ЧДД 20, SpO2 94%. "
     "Хрипов нет. Killip I.\n"
     "ЭКГ: элевация ST в II, III, aVF до 3 мм, реципрокная депрессия ST в I, aVL; АВ-блокада I ст. ЭКГ передана "
     "дистанционно в региональный сосудистый центр, консультант кардиолог Белоусова Т. А. (тел. 383 555-18-40).\n"
     "Диагноз: ОКС с подъёмом сегмента ST нижней стенки ЛЖ (I21.1).\n"
     "Помощь: ацетилсалициловая кислота 250 мг разжевать, Брилинта 180 мг внутрь, гепарин 4000 ЕД в/в, морфин 3 мг в/в "
     "дробно. Нитраты не давали (нижний ИМ, АД 100/60).\n"
     "Результат: доставлен в ГБУЗ НСО «Городская клиническая больница № 1», передан в рентгеноперационную. Сын Олег "
     "сопровождал.\n"
     "Фельдшер: Мухаметшин Рустам Ильдарович | Фельдшер: Ковалёва А. С. | Старший врач смены: Гринберг М. Л.",
     [("LOCATION", ["Новосибирск"]), ("LOCATION", ["Октябрьского района"]), ("ID", ["7306"]), ("DATE", ["12.02.2026"]),
      ("PLATE", ["А418ВК 154"]), ("NAME", ["Кузьмин", "Геннадий", "Степанович"]), ("DATE", ["03.09.1961"]),
      ("ADDRESS", ["ул. Блюхера", "д. 41", "кв. 18"]), ("CODE", ["4471"]), ("ID", ["5450 9127 3386 0125"]),
      ("ID", ["152-739-604 77"]), ("ID", ["5009 662318"]), ("NAME", ["Кузьмина", "Людмила", "Ивановна"]),
      ("PHONE", ["+7 913 555-60-29"]), ("LOCATION", ["«Сибсельмаш»"]), ("LOCATION", ["СНТ «Рассвет»"]),
      ("NAME", ["Белоусова Т. А."]), ("PHONE", ["383 555-18-40"]), ("HOSPITAL", ["Городская клиническая больница № 1"]),
      ("NAME", ["Олег"]), ("NAME", ["Мухаметшин", "Рустам", "Ильдарович"]), ("NAME", ["Ковалёва А. С."]),
      ("NAME", ["Гринберг М. Л."])],
     ["давящая боль за грудиной", "АД 100/60 мм рт. ст.", "ЧСС 52", "SpO2 94%", "Killip I",
      "элевация ST в II, III, aVF", "АВ-блокада I ст.", "ОКС с подъёмом сегмента ST", "I21.1",
      "ацетилсалициловая кислота 250 мг", "Брилинта 180 мг", "гепарин 4000 ЕД", "морфин 3 мг"]),

    # 16 - USA, Colorado (Mesa County): medical ICU daily progress note, influenza ARDS
    ("St. Mary's Medical Center - Medical ICU\n"
     "2635 N 7th St, Grand Junction, CO 81501\n"
     "ICU PROGRESS NOTE - hospital day 5 | 01/27/2026 07:45 | Bed MICU-9\n"
     "Pt: Tobias \"Toby\" Rennick-Vasquez | 44 M | DOB 10/30/1981 | MRN SMGJ-3065512 | CSN 91730266\n"
     "HPI (brief): pumper for Piceance Energy Services, lives in Rifle. Found hypoxic in his truck (CO plate BXR-418) "
     "at a well pad near Parachute by coworker Lupe Archuleta on 1/23; intubated at Grand River Hospital ED and flown "
     "here.\n"
     "Dx: ARDS from influenza A (H1N1)pdm09 with MSSA superinfection.\n"
     "24 h: proned 16 h overnight; P/F ratio 88 supine -> 164 prone. Plateau 27, driving pressure 13.\n"
     "Vent: Hamilton C6 (SN HC6-0731942), VC, Vt 6 mL/kg PBW (420 mL), PEEP 14, FiO2 0.55, RR 30.\n"
     "Neuro: RASS -4 on propofol 40 mcg/kg/min and fentanyl 100 mcg/h; cisatracurium off at 01:00. CAM-ICU unable to "
     "assess.\n"
     "CV: Levophed 0.06 mcg/kg/min, MAP > 65. Bedside echo: RV normal size.\n"
     "ID: oseltamivir 75 mg BID day 5; cefazolin 2 g q8h for MSSA in sputum; MRSA nares PCR negative. PCT 3.2 ng/mL.\n"
     "Renal: Cr 1.6 mg/dL, UOP 0.6 mL/kg/h. SOFA 9.\n"
     "ECMO: discussed with Dr. Rohan Castellanos, University of Colorado Hospital ECMO team - not a candidate now; "
     "call back if P/F below 80 for 6 h (EOLIA criteria).\n"
     "Family: wife Marisa (970-555-0112) and sister Genevieve; family meeting 14:00.\n"
     "Tele-ICU camera feed 10.218.41.27 on.\n"
     "Ingrid Solvang-Tafoya, MD, Critical Care | NPI 1928374614 | pager 970-555-0199",
     [("HOSPITAL", ["St. Mary's Medical Center"]), ("ADDRESS", ["2635 N 7th St"]), ("LOCATION", ["Grand Junction"]),
      ("POSTCODE", ["81501"]), ("DATE", ["01/27/2026"]), ("NAME", ["Tobias", "Toby", "Rennick-Vasquez"]),
      ("DATE", ["10/30/1981"]), ("MRN", ["SMGJ-3065512"]), ("ID", ["91730266"]),
      ("LOCATION", ["Piceance Energy Services"]), ("LOCATION", ["Rifle"]), ("PLATE", ["BXR-418"]),
      ("LOCATION", ["Parachute"]), ("NAME", ["Lupe", "Archuleta"]), ("DATE", ["1/23"]),
      ("HOSPITAL", ["Grand River Hospital"]), ("SERIAL", ["HC6-0731942"]), ("NAME", ["Rohan", "Castellanos"]),
      ("HOSPITAL", ["University of Colorado Hospital"]), ("NAME", ["Marisa"]), ("PHONE", ["970-555-0112"]),
      ("NAME", ["Genevieve"]), ("IP", ["10.218.41.27"]), ("NAME", ["Ingrid", "Solvang-Tafoya"]), ("ID", ["1928374614"]),
      ("PHONE", ["970-555-0199"])],
     ["ARDS", "influenza A (H1N1)pdm09", "MSSA", "P/F ratio 88", "Hamilton C6", "Vt 6 mL/kg PBW", "PEEP 14", "RASS -4",
      "propofol 40 mcg/kg/min", "Levophed", "oseltamivir 75 mg BID", "MRSA nares PCR negative", "SOFA 9", "EOLIA"]),

    # 17 - Cyprus, Limassol district (Omodos): home palliative care plan, patient aged 92 (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Υπηρεσία Ανακουφιστικής Φροντίδας κατ' οίκον\n"
     "ΣΧΕΔΙΟ ΑΝΑΚΟΥΦΙΣΤΙΚΗΣ ΦΡΟΝΤΙΔΑΣ | Ημερομηνία: 9 Δεκεμβρίου 2025\n"
     "Ασθενής: Ελένη Χατζηπαύλου του Κυριάκου | 92 ετών | Ημ. γέν. 21/05/1933 | Αρ. ταυτότητας 0639215 | Αρ. "
     "δικαιούχου ΓεΣΥ 100392718\n"
     "Διεύθυνση: Σωκράτους 12, 4760 Όμοδος | τηλ. σπιτιού 25 555 418\n"
     "Κόρη (φροντίστρια): Μαρούλλα, 99 555 736 | Γιος: Γιώργος, ζει στο Λονδίνο, έρχεται τον Ιανουάριο\n"
     "Προσωπικός ιατρός: Δρ Μάριος Κωνσταντινίδης (Πλάτρες) | Νοσηλεύτρια κατ' οίκον: Στέλλα Χριστοδούλου\n"
     "Διάγνωση: Καρδιακή ανεπάρκεια τελικού σταδίου (NYHA IV, LVEF 20%), ΧΝΝ σταδίου 4. Έμφραγμα το 1998. Τρεις "
     "εισαγωγές από τον Οκτώβριο. Χήρα από το 2009.\n"
     "Λειτουργική κατάσταση: PPS 30%, κλινήρης τις περισσότερες ώρες.\n"
     "Επιθυμίες της ασθενούς: να μείνει στο σπίτι της· όχι νέα εισαγωγή στο νοσοκομείο· δεν επιθυμεί ΚΑΡΠΑ (DNACPR, "
     "υπογράφηκε με την κόρη της). Θέλει να κοινωνήσει πριν τα Χριστούγεννα από τον ιερέα της Μονής Τιμίου Σταυρού. "
     "Γιορτάζει του Κωνσταντίνου και Ελένης (21 Μαΐου) και «θέλει να τη φτάσει».\n"
     "Συμπτώματα και αγωγή:\n"
     "- Δύσπνοια: μορφίνη 2,5 mg υποδορίως έως κάθε 4 ώρες, ανεμιστήρας, ημικαθιστή θέση.\n"
     "- Κατακράτηση υγρών: Lasix - φουροσεμίδη 40 mg υποδορίως το πρωί.\n"
     "- Ανησυχία: μιδαζολάμη 2,5 mg υποδορίως όταν χρειάζεται.\n"
     "- Ρόγχος επιθανάτιος: Buscopan 20 mg υποδορίως.\n"
     "- Αναπνοή Cheyne-Stokes στον ύπνο: εξηγήθηκε στην οικογένεια.\n"
     "Φάρμακα «για ώρα ανάγκης» στο σπίτι από 9/12. Επόμενη επίσκεψη σε 3 ημέρες.\n"
     "Ιατρός ανακουφιστικής φροντίδας: Δρ Χριστιάνα Σολομωνίδου (ΑΜ ΙΣΚ 4127) | paliatiki.lemesos@shso.org.cy",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("DATE", ["9 Δεκεμβρίου 2025"]), ("NAME", ["Ελένη", "Χατζηπαύλου"]),
      ("NAME", ["Κυριάκου"]), ("AGE", ["92 ετών"]), ("DOB90", ["1933", "21/05/1933"]), ("ID", ["0639215"]),
      ("ID", ["100392718"]), ("ADDRESS", ["Σωκράτους 12"]), ("POSTCODE", ["4760"]), ("LOCATION", ["Όμοδος"]),
      ("PHONE", ["25 555 418"]), ("NAME", ["Μαρούλλα"]), ("PHONE", ["99 555 736"]), ("NAME", ["Γιώργος"]),
      ("LOCATION", ["Λονδίνο"]), ("DATE", ["Ιανουάριο"]), ("NAME", ["Μάριος", "Κωνσταντινίδης"]),
      ("LOCATION", ["Πλάτρες"]), ("NAME", ["Στέλλα", "Χριστοδούλου"]), ("DATE", ["1998"]), ("DATE", ["Οκτώβριο"]),
      ("DATE", ["2009"]), ("DATE", ["Χριστούγεννα"]), ("LOCATION", ["Μονής Τιμίου Σταυρού"]),
      ("DATE", ["του Κωνσταντίνου και Ελένης"]), ("DATE", ["21 Μαΐου"]), ("DATE", ["9/12"]),
      ("NAME", ["Χριστιάνα", "Σολομωνίδου"]), ("LICENCE", ["4127"]), ("EMAIL", ["paliatiki.lemesos@shso.org.cy"])],
     ["Καρδιακή ανεπάρκεια τελικού σταδίου", "NYHA IV", "LVEF 20%", "ΧΝΝ σταδίου 4", "PPS 30%", "DNACPR", "Δύσπνοια",
      "μορφίνη 2,5 mg υποδορίως", "φουροσεμίδη 40 mg", "Lasix", "μιδαζολάμη 2,5 mg", "Buscopan 20 mg",
      "Cheyne-Stokes"]),

    # 18 - Singapore: upper GI and hepatobiliary tumour board list, three patients
    ("Tan Tock Seng Hospital - Upper GI & Hepatobiliary Multidisciplinary Tumour Board\n"
     "Thursday 15 Jan 2026, 07:30 | Coordinator: Sarah Tay, Cancer Care Nurse (6555 8039, ugi.mdt@ttsh.com.sg)\n"
     "Chair: Dr Benedict Koh Jun Hao (Surgery, MCR M41827J) | Dr Priya Ramanathan (Medical Oncology) | Dr Ong Li Ting "
     "(Radiology)\n"
     "\n"
     "1. Mdm Goh Siew Lan | 68F | NRIC S5741827C | MRN TT2091734\n"
     "Address: Blk 209 Toa Payoh Lor 8 #07-1182, Singapore 310209. Runs a kopi stall at Toa Payoh Lorong 8 Market; "
     "daughter Irene accompanies.\n"
     "HBV cirrhosis, Child-Pugh A6. 6.2 cm LI-RADS 5 lesion in segment VIII, no vascular invasion; AFP 812 ng/mL. BCLC "
     "B.\n"
     "Outcome: TACE; hepatology to start entecavir; review after the first TACE.\n"
     "\n"
     "2. Mr Muthusamy Rajendran | 59M | NRIC S6641273C | MRN TT1874406\n"
     "Referred by Dr Chua Boon Keat, Ang Mo Kio Polyclinic. Bus captain with SBS Transit.\n"
     "Adenocarcinoma of the gastro-oesophageal junction, Siewert II, cT3N1M0 on PET-CT; ECOG 1.\n"
     "Outcome: neoadjuvant chemoradiotherapy (CROSS regimen) then Ivor Lewis oesophagectomy; dietitian - lost 7% body "
     "weight.\n"
     "\n"
     "3. Mdm Siti Aisyah binti Kamarudin | 45F | NRIC S8036152A | MRN TT2230958\n"
     "Lives in Woodlands; husband Faizal works nights, prefers calls after 2 pm.\n"
     "Pancreatic head adenocarcinoma, borderline resectable (NCCN) - SMV abutment under 180 degrees; CA 19-9 1,240 "
     "U/mL; germline BRCA2 pathogenic variant.\n"
     "Outcome: FOLFIRINOX for 4 months, restage, then Whipple's if no progression; genetic counselling for her "
     "siblings.",
     [("HOSPITAL", ["Tan Tock Seng Hospital"]), ("DATE", ["15 Jan 2026"]), ("NAME", ["Sarah", "Tay"]),
      ("PHONE", ["6555 8039"]), ("EMAIL", ["ugi.mdt@ttsh.com.sg"]), ("NAME", ["Benedict", "Koh Jun Hao"]),
      ("LICENCE", ["M41827J"]), ("NAME", ["Priya", "Ramanathan"]), ("NAME", ["Ong Li Ting"]),
      ("NAME", ["Goh Siew Lan"]), ("ID", ["S5741827C"]), ("MRN", ["TT2091734"]),
      ("ADDRESS", ["Blk 209", "Lor 8", "#07-1182"]), ("LOCATION", ["Toa Payoh"]), ("POSTCODE", ["310209"]),
      ("LOCATION", ["Toa Payoh Lorong 8 Market"]), ("NAME", ["Irene"]), ("NAME", ["Muthusamy", "Rajendran"]),
      ("ID", ["S6641273C"]), ("MRN", ["TT1874406"]), ("NAME", ["Chua Boon Keat"]),
      ("HOSPITAL", ["Ang Mo Kio Polyclinic"]), ("LOCATION", ["SBS Transit"]), ("NAME", ["Siti Aisyah", "Kamarudin"]),
      ("ID", ["S8036152A"]), ("MRN", ["TT2230958"]), ("LOCATION", ["Woodlands"]), ("NAME", ["Faizal"])],
     ["Child-Pugh A6", "LI-RADS 5", "AFP 812 ng/mL", "BCLC B", "TACE", "Siewert II", "cT3N1M0", "ECOG 1",
      "CROSS regimen", "Ivor Lewis oesophagectomy", "CA 19-9 1,240 U/mL", "BRCA2", "FOLFIRINOX", "Whipple's"]),

    # 19 - Brazil, Minas Gerais (Belo Horizonte): KPC Klebsiella notification by infection control (Portuguese)
    ("Hospital Risoleta Tolentino Neves - Serviço de Controle de Infecção Hospitalar (SCIH)\n"
     "Rua das Gabirobas, 1 - Vila Cloris, Belo Horizonte - MG, 31744-012\n"
     "NOTIFICAÇÃO DE MICRORGANISMO MULTIRRESISTENTE - Enterobacterales produtora de carbapenemase\n"
     "Data: 12 de janeiro de 2026 | Nº SCIH 0418/26\n"
     "Paciente: Geraldo Aparecido dos Santos | masculino, 61 anos | DN 04/08/1964 | Prontuário 2041827\n"
     "CNS 700 4182 7365 0910 | CPF 418.273.690-78\n"
     "Endereço: Rua Beija-Flor, 118, bairro Esperança, Contagem - MG, CEP 32041-000\n"
     "Internação: 02/01/2026, vindo da UPA Venda Nova; antes, 10 dias no Hospital Municipal de Contagem.\n"
     "Setor: CTI Adulto 2, leito 08.\n"
     "Dados clínicos: pneumonia associada à ventilação mecânica. Swab retal de vigilância de 09/01 positivo para "
     "Klebsiella pneumoniae; aspirado traqueal de 10/01 com Klebsiella pneumoniae, CIM meropenem ≥ 16 µg/mL, sensível "
     "a ceftazidima-avibactam; teste imunocromatográfico positivo para KPC.\n"
     "Medidas: precaução de contato, quarto privativo, banho diário com clorexidina 2%, ceftazidima-avibactam 2,5 g EV "
     "8/8 h (ajustada à função renal); coorte de enfermagem; comunicação à Vigilância Sanitária conforme a Portaria MS "
     "nº 2.616/1998.\n"
     "Contatos: esposa Maria das Graças dos Santos, (31) 9 8555-4182; filho Wellington. O paciente é motorista de "
     "ônibus da Viação Santa Edwiges e frequenta a Igreja Batista da Lagoinha - família orientada sobre visitas.\n"
     "Responsáveis: Enf. Débora Cristina Fagundes (COREN-MG 527.118) e Dra. Luiza Helena Matos, infectologista (CRM-MG "
     "41.827) | scih.risoleta@hrtn.ufmg.br",
     [("HOSPITAL", ["Hospital Risoleta Tolentino Neves"]), ("ADDRESS", ["Rua das Gabirobas, 1"]),
      ("LOCATION", ["Vila Cloris"]), ("LOCATION", ["Belo Horizonte"]), ("POSTCODE", ["31744-012"]),
      ("DATE", ["12 de janeiro de 2026"]), ("ID", ["0418/26"]), ("NAME", ["Geraldo Aparecido", "dos Santos"]),
      ("DATE", ["04/08/1964"]), ("MRN", ["2041827"]), ("ID", ["700 4182 7365 0910"]), ("ID", ["418.273.690-78"]),
      ("ADDRESS", ["Rua Beija-Flor, 118"]), ("LOCATION", ["Esperança"]), ("LOCATION", ["Contagem"]),
      ("POSTCODE", ["32041-000"]), ("DATE", ["02/01/2026"]), ("HOSPITAL", ["UPA Venda Nova"]),
      ("HOSPITAL", ["Hospital Municipal de Contagem"]), ("DATE", ["09/01"]), ("DATE", ["10/01"]),
      ("NAME", ["Maria das Graças"]), ("PHONE", ["(31) 9 8555-4182"]), ("NAME", ["Wellington"]),
      ("LOCATION", ["Viação Santa Edwiges"]), ("LOCATION", ["Igreja Batista da Lagoinha"]),
      ("NAME", ["Débora Cristina", "Fagundes"]), ("LICENCE", ["527.118"]), ("NAME", ["Luiza Helena", "Matos"]),
      ("LICENCE", ["41.827"]), ("EMAIL", ["scih.risoleta@hrtn.ufmg.br"])],
     ["MULTIRRESISTENTE", "pneumonia associada à ventilação mecânica", "Swab retal", "Klebsiella pneumoniae",
      "CIM meropenem ≥ 16 µg/mL", "teste imunocromatográfico", "KPC", "precaução de contato", "clorexidina 2%",
      "ceftazidima-avibactam 2,5 g EV 8/8 h", "Portaria MS nº 2.616/1998", "CTI Adulto"]),
] + MORE_NOTES
