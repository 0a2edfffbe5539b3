"""Twenty-fourth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1123 planted identifier parts in 970 (kind, parts) entries; 398 clinical strings), mostly in English, written
the way clinicians write them: an emergency department clinician note, a community health aide encounter with a
telemedicine consult and medevac, a paediatric discharge summary, a nephrology clinic letter, an emergency department
note, a federal black lung benefits examination, a medical certificate of cause of death, a medical ward discharge
summary, an emergency record with a poisoning, a dermatology clinic list, a telephone message and nursing action record,
a community health centre referral letter, an emergency note written by a locum, a medical discharge summary, ward
nursing notes over 24 hours, an advanced HIV disease clinic review list, an inter-facility transfer note, a care home
nursing record, an out-of-hours GP note in handwritten style and a health centre referral letter to a neurologist (in
this file); an accident compensation injury claim with a medical certificate, an emergency department note with
Ethiopian calendar dates, a labour ward night nursing note, a police medical report, a care home GP visit, a ward round
note in handwritten style, a hospital telephone and radio referral log, a discharge record, a district hospital transfer
form, a mountain medical evacuation report, a clinical trial case report form, a district nursing palliative care
record, a discharge summary in Swedish, a pre-anaesthetic assessment, a family doctor's referral letter to cardiology, a
malaria microscopy register, a township health station referral form, an operation note from a surgical camp, a
haemodialysis session record and a reportable disease case report with a contact list (in
:mod:`deid_notes_heldout24_more`). From Wales (Gwynedd), Northern Ireland (Co. Fermanagh), Scotland (Outer Hebrides),
Ireland's west coast (Co. Mayo), the US (Alaska, Kentucky in Appalachia), Canada (Quebec's Gaspésie, Newfoundland,
Yukon), Australia (Tasmania), New Zealand's South Island (West Coast), Iceland (Westfjords), Sweden (Norrbotten), Greece
(Crete, Evros, Lesvos), Cyprus (Paphos), Uganda (Acholi), Zambia (Copperbelt), Cameroon (North West), Ethiopia (Jimma),
Namibia (Kunene), Ghana (Tamale), Pakistan (Swat), Bangladesh (Sylhet division), Nepal (Karnali), Sri Lanka
(Anuradhapura), Malaysia (Sarawak), Indonesia (Flores), Papua New Guinea (Eastern Highlands), Vanuatu (Tanna), mainland
China (Yunnan, Sichuan), Hong Kong, Taiwan (Hualien), Belize (Toledo), Guyana (Rupununi), Trinidad and Tobago (Tobago),
Argentina (Mendoza) and Colombia (Amazonas).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 4 (Chania), 13 (Alexandroupoli), 24 (Lesvos) and
34 (Paphos, Cyprus) are in Greek script, with Greek names, patronymics and a nickname, addresses, phone numbers,
facilities, Greek month names and Greek feast days used as dates; notes 8 (Dali) and 27 (Liangshan) are in simplified
Chinese and notes 17 (Hong Kong) and 36 (Hualien, with Republic of China calendar dates) in traditional Chinese, with
names (Yi and Amis names among them), addresses, phone numbers, facilities, lunar-calendar dates and festivals; note 11
is in Indonesian (Flores) and note 32 in Swedish (Kiruna), each with dates in that language; all other notes (30) are in
English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (s/o, w/o, d/o, ak,
Bapak, Pa, Sr, Sister, Constable, Alhaji, Lic., του with a patronymic), bare in prose, in table cells between pipes, in
sign-offs, addresses with and without house numbers (a Welsh farmhouse name, a Sri Lankan irrigation tract, a tea-estate
labour line, an Ethiopian kebele, a Ghanaian house number, a Tobago lot, a Yukon placer lot, a Hebridean township
number, Chinese village group and street numbers, a Cameroon and a Ugandan P.O. box), employers and workplaces (a hill
farm, a quarry, a rice mill, a coal company and its mine with an MSHA mine ID, a copper and railway company, a copper
mine shaft, an iron ore mine, a tie-dye workshop, a hotel, a cheese dairy, a cacao growers' association, markets, a
forestry company, a shea butter women's group, a lobster boat, a trawler, a fishing shelter, an expedition company, a
guesthouse, a placer gold camp, a local government division, a Sami reindeer-herding community), schools and an
institute, care homes, police stations, a church, a ship's position, hospitals and streets named after people (James
Paton, St. Mary's Lacor, T.C. Hillers, St Brendan's, l'Enfant-Jésus, Robert Service School, Ο Άγιος Γεώργιος, Άγιος
Θεράπων, Ελευθερίου Βενιζέλου, Αποστόλου Παύλου, Αγίου Γεωργίου, Hjalmar Lundbohmsvägen, Seddon St, Ballance St,
Michel-Pouliot airport), and places that are everyday words, first names or other countries (Bethesda, Garrison, Seldom,
Tilting, Farewell, Penguin, Nowhere Else, Keel, Coldiron, Lynch, Poor Fork, Blue Creek, Big Falls, Sandy Beach, Up
Station, Mile 4, Bali, Bahrain, Macedonia, Lowlands, Signal Hill, Destruction Bay, Old Crow, Port Resolution,
Whitesands, White Grass, Crown Camp, Tatopani, Τυχερό, 悬崖村, and a ship called Veteran), with people called Precious,
Given, Memory, Gift, Blessings, Loveness, Blessing, Comfort, Divine, Grace, Rose, Bride, Hand, Graves, Bell, Pop, Cal,
Choc, Joe, Paul, Element, Wellington and B.C., names in Welsh, Irish and Scottish Gaelic, Yup'ik, Acholi, Pashto,
Sinhala, Iban, Bai, Yi, Amis, Oromo, Otjiherero, Q'eqchi', Tikuna and Papua New Guinea Highlands communities, nicknames
(Pokey, Les, Kenny, Jhon, Cholo, Σήφης, Χαμπής, Mòrag Bheag) and surnames after initials (P.K.S. Dissanayake, K.G.
Somawathie, R.M.S.B. Rathnayake, C. Ní Mhurchú, Wong S.L.); also e-mail addresses, a trial database URL and a public
health case URL, two IPv4 addresses, an Instagram and a Facebook handle, road vehicle plates (a Land Rover, a
snowmachine, a moped, a taxi, a crew ute, a three-wheeler, two ambulances, a Land Cruiser, a clinic truck, two
government vehicles, two family cars), six aircraft registrations, a fishing vessel number, professional licences,
device serial numbers (a glucose sensor, an oxygen concentrator, a syringe driver, a G6PD analyser, a dialysis machine),
insurance and national numbers, claim, case, trial subject, referral, police occurrence-book and clinic numbers,
extension and fax numbers, and dates in many formats (full dates in several orders and separators, year-less and
month-only dates, a week range, dates in words, Ethiopian, Bikram Sambat, Chinese lunar and Republic of China dates, and
holidays and feasts used as dates: St Stephen's Day, Vesak, Δεκαπενταύγουστος, Eid ul Adha, Sjómannadagurinn, 火把节, 年初二,
元宵節, Paddy's Day, Meskel, Durga Puja, Christmas Eve, Τρίτη and Κυριακή του Πάσχα, Gawai, Independence Day, 彝族年, Día de
Reyes, Hogmanay, New Year, Candlemas, midsommar, Κατακλυσμός, Πεντηκοστή, Dashain, Carnival Monday, Discovery Day, 豐年祭).
Where a real identifier has a check digit (NHS and Northern Ireland H&C numbers, US NPI, Australian Medicare, Irish
PPSN, Icelandic kennitala, Swedish personnummer, Scottish CHI, Greek AMKA, Chinese resident ID, Hong Kong ID, Taiwan ID,
the old-format NZ NHI) the planted one passes it; the other national, insurance and licence numbers keep a valid format
(Pakistani CNIC with the sex digit, Malaysian MyKad with a Sarawak state code, Sri Lankan NIC with the day of the year,
Quebec RAMQ built from the name and birth date, Indonesian NIK, Zambian NRC, Namibian ID, Ghana Card, Ugandan NIN,
Argentine DNI, Colombian cédula, Trinidad and Tobago national ID). No name, place or facility is planted in more than
one note, and none is reused from the eighteenth set. Four patients are aged 90 or over (notes 6, 17, 24 and 31), and
for them the age and every date element, bare years, months and holidays included, are planted; where a younger
patient's note has a bare year (notes 5, 20 and 38), it is left in the text and not planted. The strings that must
survive include eponyms and eponymous signs (Osborn waves, Kussmaul, Kehr, Kernig, Hoehn and Yahr, Parkinson's and
Alzheimer's disease in English, Greek and Chinese, Allen's test, Pedro Pons, Todd's paresis, Del Brutto, Wright, Rose
Bengal, Hunt and Hess, Fisher, circle of Willis, Battle's sign, Weil's disease, Froment's sign, Gustilo-Anderson, Lake
Louise, Gamow, Wells, Pemberton's sign, Mallampati, Holter, McCall, Sims, Foley, Brescia-Cimino, Kessler, McKinley,
King's College criteria, the Zagreb regimen), scores and classifications with their numbers, brand names of drugs and
devices, organisms, lab values with units, ratios and fractions that look like dates (UK duration notation, an ILO
profusion of 2/1, a GCS of 11/15 and 14/15, an Apgar of 8/9, a carbidopa/levodopa strength, an insulin:carbohydrate
ratio, a CSF titre, a Wright titre, scale scores out of a total), a year inside a guideline, a radiograph classification
and a statute, and everyday words that must stay (Just in Case medicines, red snapper, crocodile).

Entries per kind: LOCATION 230, NAME 203, DATE 152, HOSPITAL 85, PHONE 78, ID 57, ADDRESS 33, LICENCE 33, MRN 32,
POSTCODE 23, PLATE 21, AGE 7, EMAIL 5, SERIAL 5, HANDLE 2, IP 2, URL 2. The last 20 notes (536 identifier parts in 461
entries, 199 clinical strings) are in :mod:`deid_notes_heldout24_more`, only to keep each file a readable length; this
file holds 587 identifier parts in 509 entries and 199 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout24.deid_notes_heldout24_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Wales, Gwynedd (Dyffryn Ogwen): emergency department clinician note, quad bike rollover with a flail chest
    ("Ysbyty Gwynedd - Adran Achosion Brys / Emergency Department\n"
     "Penrhosgarnedd, Bangor, Gwynedd LL57 2PW\n"
     "ED CLINICIAN NOTE | 11/10/2025 15:22 | Majors 6 | MTS category 2 (orange)\n"
     "Patient: Mr Gwilym ap Dafydd Pritchard-Owen | 61 M | DOB 04/03/1964 | NHS 718 402 6632 | Hosp No. G418273W\n"
     "Address: Tyddyn Bach, Rachub, Bethesda LL57 3EY | tel 01248 555 604 | first language Welsh\n"
     "GP: Meddygfa Ogwen (Dr Rhodri Bell)\n"
     "HPI: hill farmer (sheep) at Fferm Cwm Caseg, on the mountain above Gerlan. Quad bike rolled backwards on a "
     "steep slope while he was gathering ewes at ~12:30 and pinned him across the R chest for ~40 min, until his "
     "neighbour Elfed Hughes-Jones found him and lifted it off with the tractor. Brought down in Elfed's Land Rover "
     "(CU68 RKD) to meet the WAST crew at the road end. Wearing a helmet. No LOC.\n"
     "PMH: HTN on amlodipine 5 mg. Ex-smoker. NKDA.\n"
     "Primary survey: A patent, talking. B RR 28, SpO2 91% on air -> 96% on 15 L NRB; paradoxical movement of the R "
     "lateral chest = flail segment; reduced AE R base; trachea central. C HR 114, BP 106/70, CRT 3 s; eFAST: small "
     "R haemothorax, no free fluid, no pericardial fluid. D GCS 15, pupils equal. E T 35.4, abrasions R flank.\n"
     "CT trauma (head to pelvis): R haemopneumothorax; fractures of R ribs 4-9, segmental 5-8; R lung contusion; R "
     "L1 transverse process fracture; no solid organ injury. C-spine cleared clinically (Canadian C-spine rule).\n"
     "Procedures: 28Fr chest drain R 5th ICS mid-axillary line, in the triangle of safety, under local: 550 mL "
     "blood, swinging and bubbling. Serratus anterior plane block with levobupivacaine 0.25% 20 mL: pain 9/10 -> "
     "3/10.\n"
     "Scores: RibScore 4; STUMBL score 31.\n"
     "Plan: 1. Admit HDU (trauma unit). Discussed with the Major Trauma Centre at Royal Stoke University Hospital; "
     "thoracic surgeons at Liverpool Heart and Chest Hospital to review the CT for SSRF. 2. Multimodal analgesia, "
     "incentive spirometry, physio. 3. Tetanus up to date.\n"
     "NOK: wife Eirlys, 07700 900 517 - on her way; son Gethin is seeing to the flock.\n"
     "Dr Bethan Lloyd-Tudur, ST5 Emergency Medicine | GMC 7184205",
     [("HOSPITAL", ["Ysbyty Gwynedd"]), ("LOCATION", ["Penrhosgarnedd"]), ("LOCATION", ["Bangor"]),
      ("LOCATION", ["Gwynedd"]), ("POSTCODE", ["LL57 2PW"]), ("DATE", ["11/10/2025"]),
      ("NAME", ["Gwilym", "ap Dafydd", "Pritchard-Owen"]), ("DATE", ["04/03/1964"]), ("ID", ["718 402 6632"]),
      ("MRN", ["G418273W"]), ("ADDRESS", ["Tyddyn Bach"]), ("LOCATION", ["Rachub"]), ("LOCATION", ["Bethesda"]),
      ("POSTCODE", ["LL57 3EY"]), ("PHONE", ["01248 555 604"]), ("HOSPITAL", ["Meddygfa Ogwen"]),
      ("NAME", ["Rhodri", "Bell"]), ("LOCATION", ["Fferm Cwm Caseg"]), ("LOCATION", ["Gerlan"]),
      ("NAME", ["Elfed", "Hughes-Jones"]), ("PLATE", ["CU68 RKD"]), ("HOSPITAL", ["Royal Stoke University Hospital"]),
      ("HOSPITAL", ["Liverpool Heart and Chest Hospital"]), ("NAME", ["Eirlys"]), ("PHONE", ["07700 900 517"]),
      ("NAME", ["Gethin"]), ("NAME", ["Bethan", "Lloyd-Tudur"]), ("LICENCE", ["7184205"])],
     ["flail segment", "eFAST", "haemopneumothorax", "Canadian C-spine rule", "28Fr chest drain", "triangle of safety",
      "Serratus anterior plane block", "levobupivacaine 0.25% 20 mL", "RibScore 4", "STUMBL score 31"]),

    # 1 - USA, Alaska (Yukon-Kuskokwim Delta): community health aide encounter with a telemedicine consult and medevac, immersion hypothermia
    ("Yukon-Kuskokwim Health Corporation | Napaskiak Clinic\n"
     "COMMUNITY HEALTH AIDE ENCOUNTER - TELEMEDICINE / PHONE CONSULT (CHAM) | 01/14/2026 19:40\n"
     "Patient: Wassilie J. Nicolai-Andrew | 24 M | DOB 06/09/2001 | YKHC MRN 1041827 | AK Medicaid ID 4182730165\n"
     "History per partner (Yup'ik, interpreted by the CHA): left Oscarville on his snowmachine (AK reg. SN 41827B) "
     "around 18:00 heading for Bethel on the Kuskokwim River trail; broke through thin ice near the Napakiak cutoff. "
     "Partner Maggie Evan pulled him out with a rope after ~5 min in the water, then 40 min riding in wet clothes, "
     "wind chill about -30 F. Drank \"a little\" beforehand.\n"
     "Vitals 19:45: T 33.6°C rectal (low-reading thermometer), HR 50 irregular, BP 96/58, RR 10, SpO2 93% (cold "
     "fingers), BG 74. Shivering has stopped. Confused, GCS 13 (E3V4M6).\n"
     "ECG sent over the telemed cart: sinus brady with Osborn (J) waves, QTc 520.\n"
     "Consult 19:55: Dr. Petra Lindqvist-Ayagalria, ER physician, YK Delta Regional Hospital, Bethel, 907-555-0147 - "
     "stage II hypothermia (Swiss staging). Keep him horizontal and handle gently (VF risk); cut off the wet "
     "clothes; hypothermia wrap with heat packs to chest and axillae; warmed NS 500 mL IV; no walking, do not rub or "
     "rewarm the limbs first (afterdrop). Medevac now.\n"
     "Medevac: LifeMed Alaska King Air N418LM out of Bethel, on the ground at the Napaskiak airstrip 20:35, departed "
     "20:50 with the flight nurse. Father Evon Andrew following by snowmachine.\n"
     "Martina Kasayulie, CHA/P Level III | CHAP cert. 2184",
     [("HOSPITAL", ["Yukon-Kuskokwim Health Corporation"]), ("HOSPITAL", ["Napaskiak Clinic"]),
      ("DATE", ["01/14/2026"]), ("NAME", ["Wassilie", "Nicolai-Andrew"]), ("DATE", ["06/09/2001"]),
      ("MRN", ["1041827"]), ("ID", ["4182730165"]), ("LOCATION", ["Oscarville"]), ("PLATE", ["SN 41827B"]),
      ("LOCATION", ["Bethel"]), ("LOCATION", ["Kuskokwim River"]), ("LOCATION", ["Napakiak"]),
      ("NAME", ["Maggie", "Evan"]), ("NAME", ["Petra", "Lindqvist-Ayagalria"]),
      ("HOSPITAL", ["YK Delta Regional Hospital"]), ("PHONE", ["907-555-0147"]), ("LOCATION", ["LifeMed Alaska"]),
      ("PLATE", ["N418LM"]), ("LOCATION", ["Napaskiak"]), ("NAME", ["Evon", "Andrew"]),
      ("NAME", ["Martina", "Kasayulie"]), ("LICENCE", ["2184"])],
     ["CHAM", "T 33.6°C", "GCS 13 (E3V4M6)", "Osborn (J) waves", "QTc 520", "stage II hypothermia", "Swiss staging",
      "hypothermia wrap", "warmed NS 500 mL IV", "afterdrop"]),

    # 2 - Northern Ireland, Co. Fermanagh (Enniskillen): paediatric discharge summary, new type 1 diabetes in diabetic ketoacidosis
    ("Western Health and Social Care Trust\n"
     "South West Acute Hospital, 124 Irvinestown Road, Enniskillen BT74 6DN\n"
     "Children's Ward - DISCHARGE SUMMARY\n"
     "Patient: Caoimhe Maguire-Corrigan | 11 y F | DOB 19/05/2014 | H&C No. 321 874 0657 | Hosp No. SWA/418273\n"
     "Address: 2 Cashel Lane, Belcoo, Co. Fermanagh BT93 5FJ | School: P7, Garrison Primary School\n"
     "Admitted: 29/12/2025 via ED | Discharged: 03/01/2026 | Consultant: Dr Niamh Addison-Keown, Consultant "
     "Paediatrician\n"
     "Diagnosis: new-onset type 1 diabetes presenting in moderate DKA.\n"
     "Presentation: 3 weeks of thirst, polyuria and 4 kg weight loss; vomiting and abdominal pain since St Stephen's "
     "Day, while the family were staying at her granny's in Blacklion, Co. Cavan. In ED: Kussmaul breathing, ~5% "
     "dehydrated, BG 31.4 mmol/L, blood ketones 5.8 mmol/L, venous pH 7.14, bicarbonate 9 mmol/L.\n"
     "Management: BSPED DKA guideline 2021 - fluid deficit over 48 h, insulin infusion at 0.05 units/kg/h, hourly "
     "neuro obs; no signs of cerebral oedema. DKA resolved at 19 h. Basal-bolus started: Tresiba 10 units OD and "
     "NovoRapid at an insulin:carbohydrate ratio of 1:10. HbA1c 112 mmol/mol; GAD and IA-2 antibodies positive; tTG "
     "and TFTs normal.\n"
     "Education: DSN Sharon Elliott - carb counting, hypo treatment, sick-day rules. FreeStyle Libre 3 sensor "
     "applied (sensor serial 3MH00K418273). GlucaGen HypoKit prescribed; school care plan to be sent to the school "
     "nurse.\n"
     "Follow-up: Children's Diabetes Clinic Friday 09/01/2026; DSN phone review daily this week (DSN line 028 6638 "
     "2418).\n"
     "Parents: mother Róisín Maguire (07700 900 622); father Fergal Corrigan, works at the quarry at Derrylin.\n"
     "GP: Dr Colm Treacy, Knockninny Group Practice.\n"
     "Dr Aoibheann Feely, ST3 Paediatrics | GMC 7418206\n"
     "cc: sharon.elliott@westerntrust.hscni.net",
     [("HOSPITAL", ["Western Health and Social Care Trust"]), ("HOSPITAL", ["South West Acute Hospital"]),
      ("ADDRESS", ["124 Irvinestown Road"]), ("LOCATION", ["Enniskillen"]), ("POSTCODE", ["BT74 6DN"]),
      ("NAME", ["Caoimhe", "Maguire-Corrigan"]), ("DATE", ["19/05/2014"]), ("ID", ["321 874 0657"]),
      ("MRN", ["SWA/418273"]), ("ADDRESS", ["2 Cashel Lane"]), ("LOCATION", ["Belcoo"]),
      ("LOCATION", ["Co. Fermanagh"]), ("POSTCODE", ["BT93 5FJ"]), ("LOCATION", ["Garrison Primary School"]),
      ("DATE", ["29/12/2025"]), ("DATE", ["03/01/2026"]), ("NAME", ["Niamh", "Addison-Keown"]),
      ("DATE", ["St Stephen's Day"]), ("LOCATION", ["Blacklion"]), ("LOCATION", ["Co. Cavan"]),
      ("NAME", ["Sharon", "Elliott"]), ("SERIAL", ["3MH00K418273"]), ("DATE", ["09/01/2026"]),
      ("PHONE", ["028 6638 2418"]), ("NAME", ["Róisín", "Maguire"]), ("PHONE", ["07700 900 622"]),
      ("NAME", ["Fergal", "Corrigan"]), ("LOCATION", ["Derrylin"]), ("NAME", ["Colm", "Treacy"]),
      ("HOSPITAL", ["Knockninny Group Practice"]), ("NAME", ["Aoibheann", "Feely"]), ("LICENCE", ["7418206"]),
      ("EMAIL", ["sharon.elliott@westerntrust.hscni.net"])],
     ["Kussmaul breathing", "BG 31.4 mmol/L", "blood ketones 5.8 mmol/L", "pH 7.14", "bicarbonate 9 mmol/L",
      "BSPED DKA guideline 2021", "0.05 units/kg/h", "cerebral oedema", "1:10", "HbA1c 112 mmol/mol",
      "FreeStyle Libre 3", "GlucaGen HypoKit"]),

    # 3 - Sri Lanka, North Central Province (Anuradhapura): nephrology clinic letter to a divisional hospital, CKD of uncertain aetiology
    ("RENAL CLINIC - TEACHING HOSPITAL ANURADHAPURA\n"
     "Tel: 025 555 2184 | Fax: 025 555 2190 | renalclinic.tha@gmail.com\n"
     "Clinic No: TH/ANP/REN/2025/4182 | Date: 12.06.2025\n"
     "\n"
     "Dr. (Mrs.) P.K.S. Dissanayake\n"
     "Medical Officer in Charge, Divisional Hospital Padaviya\n"
     "\n"
     "Dear Doctor,\n"
     "Re: Mr. H.M. Sumanadasa (Herath Mudiyanselage Sumanadasa), 58 years, NIC 196708104182, No. 41, Yaya 4, Padaviya\n"
     "Thank you for referring this paddy farmer, who also works as a labourer at the Parakrama Rice Mill, "
     "Kebithigollewa. He missed his first appointment because of Vesak.\n"
     "He has had nocturia for 3 years and ankle swelling for 2 months. Serum creatinine 2.9 mg/dL, eGFR 24 "
     "mL/min/1.73 m², urine protein 1+, uACR 48 mg/g. He is not diabetic (HbA1c 5.4%) and BP is 138/86. Ultrasound: "
     "both kidneys small (8.6 cm and 8.9 cm) with increased cortical echogenicity. He sprays glyphosate and MCPA "
     "without protection, drinks well water and works long hours in the sun; two of his brothers are on "
     "haemodialysis in this unit.\n"
     "Diagnosis: chronic kidney disease of uncertain aetiology (CKDu), stage 4. A kidney biopsy is not indicated at "
     "this stage.\n"
     "Plan: losartan 25 mg nocte; sodium bicarbonate 500 mg tds; folic acid 5 mg daily. Please stop the diclofenac "
     "he buys from the village boutique. Hb 9.4 g/dL - after iron studies we will start erythropoietin 4000 IU SC "
     "weekly. He should drink only water from the RO plant at Kebithigollewa. We will discuss an AV fistula at the "
     "next clinic on 10.07.2025.\n"
     "His wife, Mrs. K.G. Somawathie (071 555 6184), knows the plan.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. R.M.S.B. Rathnayake, Consultant Nephrologist | SLMC Reg. No. 21847",
     [("HOSPITAL", ["TEACHING HOSPITAL ANURADHAPURA"]), ("PHONE", ["025 555 2184"]), ("PHONE", ["025 555 2190"]),
      ("EMAIL", ["renalclinic.tha@gmail.com"]), ("MRN", ["TH/ANP/REN/2025/4182"]), ("DATE", ["12.06.2025"]),
      ("NAME", ["Dissanayake"]), ("HOSPITAL", ["Divisional Hospital Padaviya"]),
      ("NAME", ["Herath Mudiyanselage", "Sumanadasa"]), ("ID", ["196708104182"]), ("ADDRESS", ["No. 41, Yaya 4"]),
      ("LOCATION", ["Padaviya"]), ("LOCATION", ["Parakrama Rice Mill"]), ("LOCATION", ["Kebithigollewa"]),
      ("DATE", ["Vesak"]), ("DATE", ["10.07.2025"]), ("NAME", ["Somawathie"]), ("PHONE", ["071 555 6184"]),
      ("NAME", ["Rathnayake"]), ("LICENCE", ["21847"])],
     ["Serum creatinine 2.9 mg/dL", "eGFR 24 mL/min/1.73 m²", "uACR 48 mg/g", "HbA1c 5.4%", "MCPA", "CKDu",
      "losartan 25 mg nocte", "sodium bicarbonate 500 mg tds", "Hb 9.4 g/dL", "erythropoietin 4000 IU"]),

    # 4 - Greece, Crete (Chania): emergency department note, moped crash with a splenic injury (Greek)
    ("Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος» - Τμήμα Επειγόντων Περιστατικών\n"
     "Μουρνιές, 73300 Χανιά | τηλ. 28210 55 418\n"
     "ΙΑΤΡΙΚΟ ΣΗΜΕΙΩΜΑ ΤΕΠ | 15/08/2025 23:10 | αρ. πρωτοκόλλου ΤΕΠ 25-041827\n"
     "Ασθενής: Ιωσήφ (Σήφης) Βιδάκης του Γεωργίου, 19 ετών, γεν. 22/05/2006, ΑΜΚΑ 22050604184\n"
     "Διεύθυνση: Ελευθερίου Βενιζέλου 12, Βάμος Αποκορώνου. Σερβιτόρος στο Ξενοδοχείο Κυανή Ακτή στον Πλατανιά.\n"
     "Ιστορικό: πτώση με μοτοποδήλατο (ΧΝΡ 418) τον Δεκαπενταύγουστο, γύρω στις 22:15, στον δρόμο προς το Γεράνι, "
     "χωρίς κράνος, μετά τη βάρδια. Πόνος στο αριστερό υποχόνδριο με αντανάκλαση στον αριστερό ώμο (σημείο Kehr).\n"
     "Εξέταση: ΑΠ 92/56, σφύξεις 124, SpO2 97%, GCS 15· εκδορές αριστερού ισχίου· ευαισθησία αριστερού άνω "
     "τεταρτημορίου.\n"
     "FAST θετικό (υγρό στον σπληνονεφρικό χώρο)· Hb 9,6 g/dL και μετά από μία ώρα Hb 8,4 g/dL.\n"
     "CT κοιλίας με σκιαγραφικό: ρήξη σπλήνα AAST βαθμού III χωρίς ενεργό διαφυγή σκιαγραφικού.\n"
     "Αντιμετώπιση: δύο φλεβικές γραμμές, τρανεξαμικό οξύ 1 g ΕΦ, 2 μονάδες συμπυκνωμένων ερυθρών· συντηρητική "
     "αντιμετώπιση στη ΜΑΦ. Ενημερώθηκε ο χειρουργός εφημερίας Στυλιανός Τζανακάκης και το Τμήμα Τροχαίας Χανίων.\n"
     "Μητέρα: Ελπίδα Βιδάκη, κιν. 697 555 2184.\n"
     "Ιατρός ΤΕΠ: Αριάδνη Κουκουράκη-Σπανουδάκη",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Χανίων"]), ("HOSPITAL", ["Ο Άγιος Γεώργιος"]), ("LOCATION", ["Μουρνιές"]),
      ("POSTCODE", ["73300"]), ("LOCATION", ["Χανιά"]), ("PHONE", ["28210 55 418"]), ("DATE", ["15/08/2025"]),
      ("MRN", ["25-041827"]), ("NAME", ["Ιωσήφ", "Σήφης", "Βιδάκης"]), ("NAME", ["Γεωργίου"]), ("DATE", ["22/05/2006"]),
      ("ID", ["22050604184"]), ("ADDRESS", ["Ελευθερίου Βενιζέλου 12"]), ("LOCATION", ["Βάμος"]),
      ("LOCATION", ["Αποκορώνου"]), ("LOCATION", ["Ξενοδοχείο Κυανή Ακτή"]), ("LOCATION", ["Πλατανιά"]),
      ("PLATE", ["ΧΝΡ 418"]), ("DATE", ["Δεκαπενταύγουστο"]), ("LOCATION", ["Γεράνι"]),
      ("NAME", ["Στυλιανός", "Τζανακάκης"]), ("LOCATION", ["Τμήμα Τροχαίας Χανίων"]), ("NAME", ["Ελπίδα", "Βιδάκη"]),
      ("PHONE", ["697 555 2184"]), ("NAME", ["Αριάδνη", "Κουκουράκη-Σπανουδάκη"])],
     ["σημείο Kehr", "ΑΠ 92/56", "GCS 15", "FAST θετικό", "σπληνονεφρικό", "Hb 8,4 g/dL", "CT κοιλίας με σκιαγραφικό",
      "AAST βαθμού III", "τρανεξαμικό οξύ 1 g"]),

    # 5 - USA, Kentucky (Harlan County): federal black lung benefits medical examination, complicated coal workers' pneumoconiosis
    ("U.S. DEPARTMENT OF LABOR - Division of Coal Mine Workers' Compensation\n"
     "MEDICAL HISTORY AND EXAMINATION FOR COAL MINE WORKERS' PNEUMOCONIOSIS (Form CM-988)\n"
     "Examining facility: Cumberland Valley Black Lung Clinic, 81 Ball Park Road, Harlan, KY 40831 | ph 606-555-0142 "
     "| fax 606-555-0149\n"
     "Exam date: 02/24/2026 | DOL Case No. 418273096\n"
     "Miner: Delmer Ray \"Pokey\" Caudill-Shepherd | DOB 09/15/1961 | age 64\n"
     "Address: 2 Ivy Hollow Rd, Coldiron, KY 40819 | phone 606-555-0171\n"
     "Coal mine employment: 31 years underground (1979-2010) - roof bolter, then continuous miner operator at the "
     "face. Last employer Looney Creek Energy LLC, Darby Fork No. 2 Mine, Lynch, KY (MSHA ID 15-18427); before that "
     "at mines around Benham and Evarts.\n"
     "Smoking: 1/2 ppd for 20 years, quit 2005 (10 pack-years).\n"
     "Symptoms: short of breath walking 100 yards on the level (mMRC 3); productive cough every morning; wheeze; "
     "sleeps on 3 pillows. Can no longer climb the steps at Poor Fork Baptist Church.\n"
     "Exam: thin, BMI 21; no clubbing; distant breath sounds, scattered rhonchi; no edema.\n"
     "Chest X-ray (ILO 2022), read by a NIOSH B Reader: small opacities q/r, profusion 2/1, all six zones; large "
     "opacity category B - progressive massive fibrosis.\n"
     "PFTs (post-bronchodilator): FEV1 1.42 L (41% predicted), FVC 2.45 L (58%), FEV1/FVC 0.58; DLCO 38%. ABG at "
     "rest: PaO2 58 mmHg.\n"
     "Diagnosis: complicated coal workers' pneumoconiosis with a mixed obstructive and restrictive defect; totally "
     "disabled for his last coal mine work.\n"
     "Medications: Spiriva Respimat 2.5 mcg 2 puffs daily; albuterol HFA PRN; home O2 2 L/min by concentrator "
     "(serial 41827305).\n"
     "Wife Loretta present; she drove him over from Coldiron.\n"
     "Examining physician: Wendell A. Graves, MD, Pulmonology | NPI 1382746059 | KY license 41827",
     [("HOSPITAL", ["Cumberland Valley Black Lung Clinic"]), ("ADDRESS", ["81 Ball Park Road"]),
      ("LOCATION", ["Harlan"]), ("POSTCODE", ["40831"]), ("PHONE", ["606-555-0142"]), ("PHONE", ["606-555-0149"]),
      ("DATE", ["02/24/2026"]), ("ID", ["418273096"]), ("NAME", ["Delmer Ray", "Pokey", "Caudill-Shepherd"]),
      ("DATE", ["09/15/1961"]), ("ADDRESS", ["2 Ivy Hollow Rd"]), ("LOCATION", ["Coldiron"]), ("POSTCODE", ["40819"]),
      ("PHONE", ["606-555-0171"]), ("LOCATION", ["Looney Creek Energy LLC"]), ("LOCATION", ["Darby Fork No. 2 Mine"]),
      ("LOCATION", ["Lynch"]), ("ID", ["15-18427"]), ("LOCATION", ["Benham"]), ("LOCATION", ["Evarts"]),
      ("LOCATION", ["Poor Fork Baptist Church"]), ("SERIAL", ["41827305"]), ("NAME", ["Loretta"]),
      ("NAME", ["Wendell", "Graves"]), ("ID", ["1382746059"]), ("LICENCE", ["41827"])],
     ["mMRC 3", "ILO 2022", "B Reader", "q/r", "profusion 2/1", "progressive massive fibrosis",
      "FEV1 1.42 L (41% predicted)", "FEV1/FVC 0.58", "DLCO 38%", "PaO2 58 mmHg", "Spiriva Respimat 2.5 mcg"]),

    # 6 - Australia, Tasmania (West Coast): medical certificate of cause of death, retired miner aged 91
    ("Births, Deaths and Marriages Tasmania\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH\n"
     "Deceased: Leslie Archibald (\"Les\") Hocking-Turnbull | Sex: M | Date of birth: 19/06/1934 | Age: 91 years | "
     "Medicare 2184 73067 1\n"
     "Place of death: West Coast District Hospital, Orr Street, Queenstown TAS 7467 (admitted 04/02/2026 from "
     "Gormanston House aged care)\n"
     "Date of death: Sunday 8 February 2026 | Time: 04:35\n"
     "Usual residence: 17 Cutten Street, Queenstown\n"
     "Usual occupation: underground miner (retired), Mount Lyell Mining and Railway Company, 1952 to 1994. Born at "
     "Zeehan.\n"
     "CAUSE OF DEATH\n"
     "Part I (a) Aspiration pneumonia - interval 4 days\n"
     "       (b) Dysphagia - 18 months\n"
     "       (c) Parkinson's disease - 9 years (Hoehn and Yahr stage 5; on levodopa/carbidopa 100/25)\n"
     "Part II Asbestosis with pleural plaques (diagnosed 2011); chronic kidney disease stage 3. Clinical Frailty "
     "Scale 8.\n"
     "Reported to a coroner? Discussed with the coroner's associate by phone on 08/02/2026: not a reportable death "
     "under the Coroners Act 1995, the asbestosis contributing only.\n"
     "I last saw the deceased alive on 7/2/2026 at 17:00 and have viewed the body after death.\n"
     "Certifying practitioner: Dr Ashok Venkataraman-Lee, Queenstown Medical Centre | AHPRA MED0001827364 | ph 03 "
     "5550 4186\n"
     "Informant: daughter Gwenda Hocking, 12 Crescent Street, Penguin TAS 7316, 0491 570 156. Son Trevor (Nowhere "
     "Else) also notified.",
     [("NAME", ["Leslie Archibald", "Les", "Hocking-Turnbull"]), ("DATE", ["19/06/1934"]), ("AGE", ["91 years"]),
      ("ID", ["2184 73067 1"]), ("HOSPITAL", ["West Coast District Hospital"]), ("ADDRESS", ["Orr Street"]),
      ("LOCATION", ["Queenstown"]), ("POSTCODE", ["7467"]), ("DATE", ["04/02/2026"]),
      ("LOCATION", ["Gormanston House"]), ("DATE", ["8 February 2026"]), ("ADDRESS", ["17 Cutten Street"]),
      ("LOCATION", ["Mount Lyell Mining and Railway Company"]), ("DATE", ["1952"]), ("DATE", ["1994"]),
      ("LOCATION", ["Zeehan"]), ("DATE", ["2011"]), ("DATE", ["08/02/2026"]), ("DATE", ["7/2/2026"]),
      ("NAME", ["Ashok", "Venkataraman-Lee"]), ("HOSPITAL", ["Queenstown Medical Centre"]),
      ("LICENCE", ["MED0001827364"]), ("PHONE", ["03 5550 4186"]), ("NAME", ["Gwenda", "Hocking"]),
      ("ADDRESS", ["12 Crescent Street"]), ("LOCATION", ["Penguin"]), ("POSTCODE", ["7316"]),
      ("PHONE", ["0491 570 156"]), ("NAME", ["Trevor"]), ("LOCATION", ["Nowhere Else"])],
     ["Aspiration pneumonia", "Dysphagia", "Parkinson's disease", "Hoehn and Yahr stage 5", "levodopa/carbidopa 100/25",
      "Asbestosis", "pleural plaques", "chronic kidney disease stage 3", "Clinical Frailty Scale 8",
      "Coroners Act 1995"]),

    # 7 - Uganda, Acholi sub-region (Gulu): medical ward discharge summary, HIV with cryptococcal meningitis
    ("ST. MARY'S HOSPITAL LACOR\n"
     "P.O. Box 180, Gulu | Tel 0471 555 418\n"
     "MEDICAL WARD - DISCHARGE SUMMARY\n"
     "Name: Lakot Harriet Aber | Sex: F | Age: 31 | IP No. LAC/MED/25/04182 | NIN CF94012101KTPA\n"
     "ART: on ART at the Gulu Regional Referral Hospital ART clinic, ART No. 0418/GRRH\n"
     "Address: Labworomor village, Pabbo Sub-county, Amuru District. Tomato trader at Gulu Main Market.\n"
     "Admitted: 03/11/2025 | Discharged: 21/11/2025\n"
     "Diagnoses: advanced HIV disease; cryptococcal meningitis; oral candidiasis.\n"
     "History: 2 weeks of headache, vomiting, neck pain and blurred vision. Stopped her ART around Easter when she "
     "moved to her mother's home in Pabbo.\n"
     "Findings: GCS 14/15, neck stiffness, Kernig's sign positive, no papilloedema. CD4 38 cells/µL. Serum CrAg LFA "
     "positive. LP: opening pressure 34 cmH2O, India ink positive, CSF CrAg titre 1:1280, CSF GeneXpert negative.\n"
     "Treatment: single-dose liposomal amphotericin B (AmBisome) 10 mg/kg with flucytosine 100 mg/kg/day and "
     "fluconazole 1200 mg/day for 14 days; 4 therapeutic LPs; then fluconazole 800 mg daily for 8 weeks, then 200 mg "
     "daily.\n"
     "ART: restart TLD at 4-6 weeks of antifungal treatment, around 15/12/2025, not earlier (risk of IRIS).\n"
     "At discharge: no headache, walking without support, eating well.\n"
     "Follow-up: Lacor medical clinic on 05/12/2025; the VHT will visit at home.\n"
     "Next of kin: husband Ojok Denis Komakech, 0772 555 184; her mother Mrs. Adong Rose lives in Pabbo.\n"
     "Ward nurse: Sr. Akello Grace\n"
     "Discharging doctor: Dr. Opiyo Patrick Lamwaka, Medical Officer | UMDPC Reg. No. 38164",
     [("HOSPITAL", ["ST. MARY'S HOSPITAL LACOR"]), ("ADDRESS", ["P.O. Box 180"]), ("LOCATION", ["Gulu"]),
      ("PHONE", ["0471 555 418"]), ("NAME", ["Lakot", "Harriet", "Aber"]), ("MRN", ["LAC/MED/25/04182"]),
      ("ID", ["CF94012101KTPA"]), ("HOSPITAL", ["Gulu Regional Referral Hospital"]), ("ID", ["0418/GRRH"]),
      ("LOCATION", ["Labworomor"]), ("LOCATION", ["Pabbo"]), ("LOCATION", ["Amuru"]),
      ("LOCATION", ["Gulu Main Market"]), ("DATE", ["03/11/2025"]), ("DATE", ["21/11/2025"]), ("DATE", ["Easter"]),
      ("DATE", ["15/12/2025"]), ("HOSPITAL", ["Lacor"]), ("DATE", ["05/12/2025"]),
      ("NAME", ["Ojok", "Denis", "Komakech"]), ("PHONE", ["0772 555 184"]), ("NAME", ["Adong", "Rose"]),
      ("NAME", ["Akello", "Grace"]), ("NAME", ["Opiyo", "Patrick", "Lamwaka"]), ("LICENCE", ["38164"])],
     ["GCS 14/15", "Kernig's sign", "CD4 38 cells/µL", "CrAg LFA", "opening pressure 34 cmH2O", "India ink", "1:1280",
      "AmBisome", "flucytosine 100 mg/kg/day", "fluconazole 1200 mg/day", "TLD", "IRIS"]),

    # 8 - China, Yunnan (Dali): emergency record, amatoxin mushroom poisoning with acute liver failure (simplified Chinese)
    ("大理大学第一附属医院　急诊医学科\n"
     "急诊病历　就诊时间：2025年7月21日 09:40　急诊号：DL25072104182\n"
     "姓名：段秀英　性别：女　年龄：52岁　民族：白族　出生日期：1973年3月8日\n"
     "身份证号：532901197303082625\n"
     "住址：大理市喜洲镇周城村7组26号\n"
     "职业：扎染工人（周城璞真扎染坊）\n"
     "联系人：丈夫 杨国富　电话：138-8725-4182\n"
     "主诉：进食自采野生菌后呕吐、腹泻3天，乏力、尿黄1天。\n"
     "现病史：火把节（农历六月二十四，7月18日）当天上午在苍山脚下采\"白毛菌\"，与丈夫、女儿杨慧炒食。食后约10小时出现剧烈呕吐、水样泻，次日症状减轻（假愈期），今日再次出现乏力、纳差、皮肤巩膜黄染。丈夫仅进食少量，症状较轻，留观中；女儿未进食。\n"
     "查体：T 36.8℃，P 102次/分，BP 102/64 mmHg，神清，皮肤巩膜轻度黄染，肝区叩痛（+），扑翼样震颤（-）。\n"
     "辅助检查：ALT 3218 U/L，AST 2875 U/L，TBil 68 μmol/L，PT 38秒，INR 3.6，血糖 3.1 mmol/L。尿液鹅膏毒肽检测阳性。\n"
     "诊断：急性毒蕈中毒（致命鹅膏，鹅膏毒肽型）；急性肝衰竭。\n"
     "处理：收入EICU；N-乙酰半胱氨酸、水飞蓟宾静脉滴注；血液灌流联合血浆置换；按King's College标准评估，已联系昆明医科大学第一附属医院肝移植中心；已上报大理市疾控中心。\n"
     "接诊医师：赵建华　上级医师：李映红",
     [("HOSPITAL", ["大理大学第一附属医院"]), ("DATE", ["2025年7月21日"]), ("MRN", ["DL25072104182"]), ("NAME", ["段秀英"]),
      ("DATE", ["1973年3月8日"]), ("ID", ["532901197303082625"]), ("LOCATION", ["大理市"]), ("LOCATION", ["喜洲镇"]),
      ("LOCATION", ["周城村"]), ("ADDRESS", ["7组26号"]), ("LOCATION", ["周城璞真扎染坊"]), ("NAME", ["杨国富"]),
      ("PHONE", ["138-8725-4182"]), ("DATE", ["火把节"]), ("DATE", ["农历六月二十四"]), ("DATE", ["7月18日"]), ("LOCATION", ["苍山"]),
      ("NAME", ["杨慧"]), ("HOSPITAL", ["昆明医科大学第一附属医院"]), ("NAME", ["赵建华"]), ("NAME", ["李映红"])],
     ["ALT 3218 U/L", "PT 38秒", "INR 3.6", "鹅膏毒肽", "致命鹅膏", "急性肝衰竭", "N-乙酰半胱氨酸", "水飞蓟宾", "血液灌流", "King's College标准"]),

    # 9 - Pakistan, Khyber Pakhtunkhwa (Swat): dermatology outpatient clinic list, cutaneous leishmaniasis
    ("SAIDU GROUP OF TEACHING HOSPITALS, SAIDU SHARIF, SWAT\n"
     "Dermatology OPD - Cutaneous Leishmaniasis Clinic - Monday 16-06-2025 (first clinic after the Eid ul Adha "
     "holidays)\n"
     "Consultant: Prof. Dr. Shahida Yousafzai | Registrar: Dr. Imran Khan Achakzai, ext. 3184\n"
     "S# | Name | Parentage | Age/Sex | CNIC / B-Form | Address | Mobile | Lesions | Smear | Plan\n"
     "1 | Gul Rahman | s/o Sher Zaman | 34/M | 15602-4182736-5 | Mohallah Banr, Mingora | 0346-5554182 | 3 ulcerated "
     "nodules R forearm, largest 2.5 cm, 4 months | LD bodies ++ | intralesional meglumine antimoniate (Glucantime) "
     "weekly + cryotherapy\n"
     "2 | Bibi Hajira | w/o Fazal Wahid | 41/F | 15602-7038415-2 | Village Shakardara, Kabal | 0312-5550918 | single "
     "crusted plaque L cheek 3 cm | LD bodies +++ | intralesional Glucantime weekly x 6; no cryo near the eye\n"
     "3 | Zarmina | d/o Amjad Ali | 9/F | B-Form 15602-9141827-0 | near Government Girls Primary School No. 2, Matta "
     "| father 0300-5557431 | 6 lesions on both arms and face | LD bodies + | systemic meglumine antimoniate 20 mg "
     "Sb/kg/day IM x 20 days; baseline ECG QTc 420 ms, LFTs, RFTs, amylase\n"
     "4 | Niaz Muhammad | s/o Khan Bahadur | 67/M | 15602-1827364-7 | Bahrain bazaar; cook at a hotel in Madyan | "
     "0345-5552204 | ulcer dorsum L hand | smear negative, PCR L. tropica | thermotherapy (ThermoMed), 1 session\n"
     "All four notified to the DHO through DHIS2. Bed nets for the families in Kabal and Matta.\n"
     "Dr. Imran Khan Achakzai | PMDC 41827-N",
     [("HOSPITAL", ["SAIDU GROUP OF TEACHING HOSPITALS"]), ("LOCATION", ["SAIDU SHARIF"]), ("LOCATION", ["SWAT"]),
      ("DATE", ["16-06-2025"]), ("DATE", ["Eid ul Adha"]), ("NAME", ["Shahida", "Yousafzai"]),
      ("NAME", ["Imran Khan", "Achakzai"]), ("PHONE", ["3184"]), ("NAME", ["Gul Rahman"]), ("NAME", ["Sher Zaman"]),
      ("ID", ["15602-4182736-5"]), ("LOCATION", ["Mohallah Banr"]), ("LOCATION", ["Mingora"]),
      ("PHONE", ["0346-5554182"]), ("NAME", ["Hajira"]), ("NAME", ["Fazal Wahid"]), ("ID", ["15602-7038415-2"]),
      ("LOCATION", ["Shakardara"]), ("LOCATION", ["Kabal"]), ("PHONE", ["0312-5550918"]), ("NAME", ["Zarmina"]),
      ("NAME", ["Amjad Ali"]), ("ID", ["15602-9141827-0"]), ("LOCATION", ["Government Girls Primary School No. 2"]),
      ("LOCATION", ["Matta"]), ("PHONE", ["0300-5557431"]), ("NAME", ["Niaz Muhammad"]), ("NAME", ["Khan Bahadur"]),
      ("ID", ["15602-1827364-7"]), ("LOCATION", ["Bahrain"]), ("LOCATION", ["Madyan"]), ("PHONE", ["0345-5552204"]),
      ("LICENCE", ["41827-N"])],
     ["LD bodies ++", "meglumine antimoniate (Glucantime)", "cryotherapy", "LD bodies +++", "20 mg Sb/kg/day",
      "QTc 420 ms", "L. tropica", "ThermoMed"]),

    # 10 - Canada, Newfoundland (Fogo Island): telephone message and nursing action record, critical INR on warfarin
    ("Central Health - Fogo Island Health Centre\n"
     "TELEPHONE MESSAGE / NURSING ACTION RECORD\n"
     "Received: Fri Jan 30/26 16:05 | From: lab, James Paton Memorial Regional Health Centre, Gander (tech Darlene, "
     "ext 4418)\n"
     "Re: Ambrose Penney | DOB 1949-11-02 | MCP 418 273 906 518 | Chart FIHC-004182\n"
     "Critical value: INR 6.8 (drawn here this morning). On warfarin 5 mg daily for AF (CHA2DS2-VASc 4); INR was 2.6 "
     "on Jan 9.\n"
     "16:15 Called home, 709-555-0134 (Seldom). Wife Bride says he is in the woods at Tilting cutting firewood; she "
     "will get him to call back.\n"
     "16:40 Ambrose called back on his cell, 709-555-0188. Denies bleeding - no melena, no hematuria, no nosebleeds, "
     "no new bruising. Started clarithromycin 500 mg BID last week at the walk-in clinic in Twillingate for a chest "
     "cold (interaction). Eating less.\n"
     "16:50 Discussed with the on-call physician, Dr. Oluwaseun Adeyemi-Hann: hold warfarin x 2 doses; vitamin K1 2 "
     "mg PO tonight (clinic stock - he will come in at 18:00); repeat INR Mon Feb 2 and restart warfarin 4 mg daily "
     "if INR < 3. Told to come straight to the Fogo ER for any bleeding, fall or head knock. If he needs transfer "
     "and the MV Veteran isn't running from Farewell, medevac from the airstrip.\n"
     "Daughter Tina (Joe Batt's Arm) will check on them tonight.\n"
     "Charmaine Cobb, RN | CRNNL 28163",
     [("HOSPITAL", ["Central Health"]), ("HOSPITAL", ["Fogo Island Health Centre"]), ("DATE", ["Jan 30/26"]),
      ("HOSPITAL", ["James Paton Memorial Regional Health Centre"]), ("LOCATION", ["Gander"]), ("NAME", ["Darlene"]),
      ("PHONE", ["4418"]), ("NAME", ["Ambrose", "Penney"]), ("DATE", ["1949-11-02"]), ("ID", ["418 273 906 518"]),
      ("MRN", ["FIHC-004182"]), ("DATE", ["Jan 9"]), ("PHONE", ["709-555-0134"]), ("LOCATION", ["Seldom"]),
      ("NAME", ["Bride"]), ("LOCATION", ["Tilting"]), ("PHONE", ["709-555-0188"]), ("LOCATION", ["Twillingate"]),
      ("NAME", ["Oluwaseun", "Adeyemi-Hann"]), ("DATE", ["Feb 2"]), ("LOCATION", ["Fogo"]), ("LOCATION", ["Veteran"]),
      ("LOCATION", ["Farewell"]), ("NAME", ["Tina"]), ("LOCATION", ["Joe Batt's Arm"]), ("NAME", ["Charmaine", "Cobb"]),
      ("LICENCE", ["28163"])],
     ["INR 6.8", "warfarin 5 mg daily", "CHA2DS2-VASc 4", "melena", "hematuria", "clarithromycin 500 mg BID",
      "vitamin K1 2 mg PO", "warfarin 4 mg daily", "INR < 3"]),

    # 11 - Indonesia, East Nusa Tenggara (Flores, Sikka): community health centre referral letter, category III dog bite (Indonesian)
    ("PEMERINTAH KABUPATEN SIKKA - DINAS KESEHATAN\n"
     "UPTD PUSKESMAS NITA\n"
     "Jl. Trans Flores Km 11, Nita | Telp. (0382) 555-418\n"
     "\n"
     "SURAT RUJUKAN\n"
     "No.: 045/PKM-NITA/I/2026\n"
     "\n"
     "Kepada Yth. Dokter Jaga IGD RSUD dr. T.C. Hillers Maumere\n"
     "di Maumere\n"
     "\n"
     "Dengan hormat,\n"
     "Mohon pemeriksaan dan penanganan lebih lanjut untuk pasien:\n"
     "Nama: Yohanes Bosco Parera (panggilan: Jhon)\n"
     "Umur/JK: 7 tahun / L, tgl lahir 03-08-2018\n"
     "NIK: 5307050308180002 | No. BPJS/KIS: 0002418273091\n"
     "Alamat: Dusun Wolorega, Desa Koting A, Kec. Koting; siswa kelas 1 SDK Koting\n"
     "Orang tua: Bapak Agustinus Moa Parera (ayah, petani), HP 0813-5554-1827\n"
     "Anamnesis: digigit anjing milik tetangga (Bapak Kornelis Lado) di pipi kanan dan tangan kiri pada tanggal 11 "
     "Januari 2026 sekitar pukul 17.00 saat bermain di kebun. Anjing belum divaksin dan sekarang hilang. Luka sudah "
     "dicuci dengan sabun dan air mengalir 15 menit oleh ibunya.\n"
     "Pemeriksaan: KU baik, N 98x/menit, S 37,2 °C. Luka gigitan kategori III: luka robek 3 cm di pipi kanan dan 2 "
     "luka tusuk di punggung tangan kiri.\n"
     "Tindakan: cuci luka ulang, povidon iodin; VAR dosis pertama 0,5 mL IM di deltoid kiri dan kanan (regimen "
     "Zagreb 2-1-1) diberikan 12/01/2026 pukul 08.30; amoksisilin 250 mg 3x1.\n"
     "Alasan rujukan: SAR (serum anti rabies) 40 IU/kg untuk infiltrasi luka di wajah tidak tersedia di Puskesmas.\n"
     "Demikian, atas kerja samanya kami ucapkan terima kasih.\n"
     "\n"
     "Nita, 12 Januari 2026\n"
     "Dokter pemeriksa,\n"
     "dr. Maria Fransiska Da Silva\n"
     "NIP 19890412 201503 2 004 | SIP 445/118/SIP/2024",
     [("LOCATION", ["KABUPATEN SIKKA"]), ("HOSPITAL", ["PUSKESMAS NITA"]), ("ADDRESS", ["Jl. Trans Flores Km 11"]),
      ("LOCATION", ["Nita"]), ("PHONE", ["(0382) 555-418"]), ("ID", ["045/PKM-NITA/I/2026"]),
      ("HOSPITAL", ["RSUD dr. T.C. Hillers"]), ("LOCATION", ["Maumere"]), ("NAME", ["Yohanes Bosco", "Parera"]),
      ("NAME", ["Jhon"]), ("DATE", ["03-08-2018"]), ("ID", ["5307050308180002"]), ("ID", ["0002418273091"]),
      ("LOCATION", ["Wolorega"]), ("LOCATION", ["Koting"]), ("LOCATION", ["SDK Koting"]),
      ("NAME", ["Agustinus", "Moa"]), ("PHONE", ["0813-5554-1827"]), ("NAME", ["Kornelis", "Lado"]),
      ("DATE", ["11 Januari 2026"]), ("DATE", ["12/01/2026"]), ("DATE", ["12 Januari 2026"]),
      ("NAME", ["Maria Fransiska", "Da Silva"]), ("ID", ["19890412 201503 2 004"]), ("LICENCE", ["445/118/SIP/2024"])],
     ["S 37,2 °C", "Luka gigitan kategori III", "povidon iodin", "VAR", "0,5 mL IM", "regimen Zagreb 2-1-1",
      "amoksisilin 250 mg", "SAR (serum anti rabies) 40 IU/kg"]),

    # 12 - Iceland, Westfjords (Ísafjörður): hospital emergency note written in English by a locum, trawler winch injury with helicopter transfer
    ("Heilbrigðisstofnun Vestfjarða - Sjúkrahúsið á Ísafirði\n"
     "Torfnes, 400 Ísafjörður\n"
     "EMERGENCY NOTE (locum physician, written in English) | 11.06.2026 09:40\n"
     "Patient: Guðmundur Hrafn Þórisson | 47 M | DOB 12.04.1978 | kt. 120478-3119\n"
     "Occupation: deckhand on the trawler Sólborg (ÍS 418), home port Bolungarvík; back at sea since "
     "Sjómannadagurinn.\n"
     "HPI: R hand caught in the trawl winch at ~05:40, at 66°38'N 23°52'W, about 38 nm NW of Straumnes. Crew applied "
     "a pressure dressing; the skipper, Kristján Elíasson, called the Coast Guard, and the patient was winched up by "
     "helicopter TF-GNX and flown here, arriving 08:55.\n"
     "Exam: subtotal amputation of the R index and middle fingers at the level of the PIP joints, with a degloving "
     "injury of the dorsum of the R hand; flexor and extensor tendons of the 2nd and 3rd fingers exposed. Allen's "
     "test normal; capillary refill < 2 s in the ring and little fingers. XR: comminuted fractures of the proximal "
     "phalanges of the 2nd and 3rd fingers.\n"
     "Treatment: fentanyl 50 mcg IN x 2, then morphine IV; cefazolin 2 g IV; Tdap; digital block; saline-soaked "
     "dressing, hand elevated.\n"
     "Plan: transfer for replantation assessment to hand surgery at Landspítali (Fossvogur) - TF-GNX departed 11:15 "
     "with the doctor on board.\n"
     "Wife Sigrún Ásgeirsdóttir (s. 856 5541) informed by phone.\n"
     "Dr. Anneli Håkansson-Berg, locum physician | Icelandic licence 18427",
     [("HOSPITAL", ["Heilbrigðisstofnun Vestfjarða"]), ("HOSPITAL", ["Sjúkrahúsið á Ísafirði"]),
      ("ADDRESS", ["Torfnes"]), ("POSTCODE", ["400"]), ("LOCATION", ["Ísafjörður"]), ("DATE", ["11.06.2026"]),
      ("NAME", ["Guðmundur Hrafn", "Þórisson"]), ("DATE", ["12.04.1978"]), ("ID", ["120478-3119"]),
      ("LOCATION", ["Sólborg"]), ("PLATE", ["ÍS 418"]), ("LOCATION", ["Bolungarvík"]), ("DATE", ["Sjómannadagurinn"]),
      ("LOCATION", ["66°38'N 23°52'W"]), ("LOCATION", ["Straumnes"]), ("NAME", ["Kristján", "Elíasson"]),
      ("PLATE", ["TF-GNX"]), ("HOSPITAL", ["Landspítali"]), ("LOCATION", ["Fossvogur"]),
      ("NAME", ["Sigrún", "Ásgeirsdóttir"]), ("PHONE", ["856 5541"]), ("NAME", ["Anneli", "Håkansson-Berg"]),
      ("LICENCE", ["18427"])],
     ["subtotal amputation", "PIP joints", "degloving injury", "Allen's test", "capillary refill < 2 s",
      "fentanyl 50 mcg IN", "cefazolin 2 g IV", "Tdap", "digital block", "replantation"]),

    # 13 - Greece, Eastern Macedonia and Thrace (Alexandroupoli): medical discharge summary, brucellar spondylodiscitis in a shepherd (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης - Παθολογική Κλινική\n"
     "Δραγάνα, 68100 Αλεξανδρούπολη | τηλ. 25513 55 418\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Χρήστος Καραγιαννίδης του Σάββα, 58 ετών, γεν. 14/03/1967, ΑΜΚΑ 14036704188, Αρ. Μητρώου 2025/041827\n"
     "Διεύθυνση: Τυχερό Έβρου. Κτηνοτρόφος (αιγοπρόβατα)· δίνει το γάλα στο Τυροκομείο Δαδιάς.\n"
     "Εισαγωγή: 3 Οκτωβρίου 2025 - Έξοδος: 24/10/2025\n"
     "Αιτία εισαγωγής: πυρετός με νυχτερινές εφιδρώσεις από τον Αύγουστο, οσφυαλγία, απώλεια βάρους 6 kg. Τρώει "
     "ανεπεξέργαστο κατσικίσιο τυρί· τον Ιούλιο είχε αποβολές στο κοπάδι.\n"
     "Εργαστηριακά: Rose Bengal θετική, οροσυγκόλληση Wright 1/640· αιμοκαλλιέργειες: Brucella melitensis. CRP 64 "
     "mg/L, ΤΚΕ 78 mm.\n"
     "MRI ΟΜΣΣ: σπονδυλοδισκίτιδα Ο4-Ο5 με οίδημα του μυελού των οστών και σημείο Pedro Pons, χωρίς παρασπονδυλικό "
     "απόστημα.\n"
     "Διάγνωση: βρουκέλλωση με σπονδυλοδισκίτιδα Ο4-Ο5.\n"
     "Αγωγή: δοξυκυκλίνη 100 mg x2 και ριφαμπικίνη 600 mg x1 για 12 εβδομάδες· στρεπτομυκίνη 1 g ΙΜ τις πρώτες 14 "
     "ημέρες (ολοκληρώθηκε).\n"
     "Έγινε δήλωση στον ΕΟΔΥ και ενημερώθηκε ο κτηνίατρος της ΔΑΟΚ Σουφλίου.\n"
     "Επανέλεγχος στο ιατρείο λοιμώξεων στις 21 Νοεμβρίου. Να ελεγχθεί και η σύζυγός του Σταματία (κιν. 698 555 "
     "1744).\n"
     "Ο θεράπων ιατρός: Αναστάσιος Μπαμπαλίδης-Ξανθόπουλος, Επιμελητής Α΄ Παθολογίας | Α.Μ. ΙΣ Έβρου 4182",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης"]), ("LOCATION", ["Δραγάνα"]),
      ("POSTCODE", ["68100"]), ("LOCATION", ["Αλεξανδρούπολη"]), ("PHONE", ["25513 55 418"]),
      ("NAME", ["Χρήστος", "Καραγιαννίδης"]), ("NAME", ["Σάββα"]), ("DATE", ["14/03/1967"]), ("ID", ["14036704188"]),
      ("MRN", ["2025/041827"]), ("LOCATION", ["Τυχερό"]), ("LOCATION", ["Έβρου"]), ("LOCATION", ["Τυροκομείο Δαδιάς"]),
      ("DATE", ["3 Οκτωβρίου 2025"]), ("DATE", ["24/10/2025"]), ("DATE", ["Αύγουστο"]), ("DATE", ["Ιούλιο"]),
      ("LOCATION", ["Σουφλίου"]), ("DATE", ["21 Νοεμβρίου"]), ("NAME", ["Σταματία"]), ("PHONE", ["698 555 1744"]),
      ("NAME", ["Αναστάσιος", "Μπαμπαλίδης-Ξανθόπουλος"]), ("LICENCE", ["4182"])],
     ["Rose Bengal θετική", "Wright 1/640", "Brucella melitensis", "CRP 64 mg/L", "ΤΚΕ 78 mm",
      "σπονδυλοδισκίτιδα Ο4-Ο5", "σημείο Pedro Pons", "δοξυκυκλίνη 100 mg x2", "ριφαμπικίνη 600 mg",
      "στρεπτομυκίνη 1 g ΙΜ"]),

    # 14 - Belize, Toledo District (Punta Gorda): ward nursing notes, fer-de-lance bite with antivenom reaction
    ("Punta Gorda Community Hospital - Male Ward\n"
     "NURSING NOTES (24 h)\n"
     "Patient: Marcos Pop Cal | 38 M | DOB 22 Nov 1987 | SSB # 041827309 | Hosp # PGH-25-1182\n"
     "Address: Blue Creek village, Toledo District. Cacao farmer, sells to the Toledo Cacao Growers Association. "
     "Speaks Q'eqchi', some Kriol.\n"
     "Wife: Juana Choc, phone 622-5418\n"
     "07/03/2026\n"
     "14:30 Admitted from A&E. Bitten on the L foot by a \"tommygoff\" (Bothrops asper - snake killed and brought "
     "in) at 11:00 while clearing his cacao near Big Falls. Came by bus to PG.\n"
     "14:45 BP 118/76, P 98, R 20, T 37.4, SpO2 98%. L foot and leg swollen to mid-calf; leg circumference marked "
     "and measured hourly. Oozing from the fang marks. 20WBCT: unclotted at 20 min.\n"
     "15:00 Antivipmyn 10 vials in 250 mL NS over 1 h started per Dr. Rigoberto Aldana; adrenaline 0.5 mg IM drawn "
     "up at the bedside. Tdap 0.5 mL IM given R deltoid.\n"
     "15:40 Itchy urticarial rash over the chest, BP stable: infusion stopped, hydrocortisone 200 mg IV and "
     "chlorphenamine 10 mg IV per Dr. Aldana; infusion restarted slowly at 16:05 and completed 17:10.\n"
     "18:00 Swelling to the knee. Pain 7/10. Pedal pulses present, no paraesthesia, compartments soft. Platelets 64 "
     "x10^9/L, fibrinogen < 100 mg/dL.\n"
     "21:00 20WBCT clotted. Urine clear, 60 mL/h.\n"
     "08/03/2026\n"
     "06:00 Slept on and off. Swelling unchanged. Brother Santiago visited from Blue Creek.\n"
     "RN Deshawn Arnold-Flowers | Nursing Council N-2184",
     [("HOSPITAL", ["Punta Gorda Community Hospital"]), ("NAME", ["Marcos", "Pop", "Cal"]), ("DATE", ["22 Nov 1987"]),
      ("ID", ["041827309"]), ("MRN", ["PGH-25-1182"]), ("LOCATION", ["Blue Creek"]), ("LOCATION", ["Toledo District"]),
      ("LOCATION", ["Toledo Cacao Growers Association"]), ("NAME", ["Juana", "Choc"]), ("PHONE", ["622-5418"]),
      ("DATE", ["07/03/2026"]), ("LOCATION", ["Big Falls"]), ("LOCATION", ["PG"]), ("NAME", ["Rigoberto", "Aldana"]),
      ("DATE", ["08/03/2026"]), ("NAME", ["Santiago"]), ("NAME", ["Deshawn", "Arnold-Flowers"]),
      ("LICENCE", ["N-2184"])],
     ["Bothrops asper", "20WBCT", "Antivipmyn", "adrenaline 0.5 mg IM", "Tdap 0.5 mL IM", "hydrocortisone 200 mg IV",
      "chlorphenamine 10 mg IV", "Pain 7/10", "Platelets 64 x10^9/L", "fibrinogen < 100 mg/dL"]),

    # 15 - Zambia, Copperbelt (Chingola): advanced HIV disease review list at an integrated ART and TB clinic
    ("CHIWEMPALA CLINIC - ART / TB INTEGRATED CLINIC, CHINGOLA\n"
     "ADVANCED HIV DISEASE (AHD) REVIEW LIST | Thursday, 13 November 2025\n"
     "Clinician: Dr Mutale Mulenga-Banda | Nurse in charge: Sr Loveness Phiri\n"
     "# | SmartCare No. | Name | Age/Sex | NRC | Residence / work | Phone | Findings | Plan\n"
     "1 | 5008-0041-827-3 | Precious Mwansa | 29/F | 418273/61/1 | Kabundi East; trader at Chingola Central Market | "
     "0977 555 418 | CD4 86; TB LAM positive; GeneXpert MTB/RIF Ultra: MTB detected, Rif resistance not detected | "
     "start RHZE 4 tabs daily; continue TLD\n"
     "2 | 5008-0038-114-9 | Given Chanda | 41/M | 204816/61/1 | Nchanga North; underground miner, KCM Nchanga shaft "
     "| 0966 555 207 | HIV VL 1,240 copies/mL after 3 EAC sessions; CXR nodular opacities both upper zones | "
     "adherence review, repeat VL in 3 months; refer to OHSI Kitwe for silicosis assessment\n"
     "3 | 5008-0044-902-1 | Memory Bwalya | 6/F | (child) | Lulamba; Grade 1, Kasompe Primary School | mother Gift "
     "Musonda 0955 555 634 | MUAC 11.2 cm, weight-for-age below -3 Z | pDTG; refer to Nchanga North General Hospital "
     "for therapeutic feeding\n"
     "4 | 5008-0029-771-5 | Blessings Kunda | 35/M | 331472/65/1 | Chiwempala; taxi driver (ABT 4182) | 0763 555 910 "
     "| CD4 42; serum CrAg positive; LP: CSF CrAg negative | pre-emptive fluconazole 1200 mg daily x 2 weeks\n"
     "Next AHD review: 27/11/2025",
     [("HOSPITAL", ["CHIWEMPALA CLINIC"]), ("LOCATION", ["CHINGOLA"]), ("DATE", ["13 November 2025"]),
      ("NAME", ["Mutale", "Mulenga-Banda"]), ("NAME", ["Loveness", "Phiri"]), ("MRN", ["5008-0041-827-3"]),
      ("NAME", ["Precious", "Mwansa"]), ("ID", ["418273/61/1"]), ("LOCATION", ["Kabundi East"]),
      ("LOCATION", ["Chingola Central Market"]), ("PHONE", ["0977 555 418"]), ("MRN", ["5008-0038-114-9"]),
      ("NAME", ["Given", "Chanda"]), ("ID", ["204816/61/1"]), ("LOCATION", ["Nchanga North"]), ("LOCATION", ["KCM"]),
      ("LOCATION", ["Nchanga shaft"]), ("PHONE", ["0966 555 207"]), ("LOCATION", ["Kitwe"]),
      ("MRN", ["5008-0044-902-1"]), ("NAME", ["Memory", "Bwalya"]), ("LOCATION", ["Lulamba"]),
      ("LOCATION", ["Kasompe Primary School"]), ("NAME", ["Gift", "Musonda"]), ("PHONE", ["0955 555 634"]),
      ("HOSPITAL", ["Nchanga North General Hospital"]), ("MRN", ["5008-0029-771-5"]), ("NAME", ["Blessings", "Kunda"]),
      ("ID", ["331472/65/1"]), ("LOCATION", ["Chiwempala"]), ("PLATE", ["ABT 4182"]), ("PHONE", ["0763 555 910"]),
      ("DATE", ["27/11/2025"])],
     ["CD4 86", "TB LAM positive", "GeneXpert MTB/RIF Ultra", "Rif resistance not detected", "RHZE", "TLD",
      "HIV VL 1,240 copies/mL", "MUAC 11.2 cm", "CrAg negative", "fluconazole 1200 mg"]),

    # 16 - Canada, Quebec (Gaspésie): inter-facility transfer note written in English, aneurysmal subarachnoid haemorrhage
    ("CISSS de la Gaspésie - Hôpital de Gaspé\n"
     "215 boul. de York Ouest, Gaspé QC G4X 2W2\n"
     "INTERFACILITY TRANSFER NOTE (in English, at the family's request) | 2025-08-23 02:50\n"
     "To: Neurosurgery, Hôpital de l'Enfant-Jésus (CHU de Québec) - accepted by Dr Mathieu Gagnon-Lévesque; transfer "
     "ref. 25-041827\n"
     "Patient: Kenneth \"Kenny\" Element | 63 M | DOB 1962-04-15 | RAMQ ELEK 6204 1518 | Dossier 418273\n"
     "Lives in Sandy Beach; lobster fisherman out of Rivière-au-Renard.\n"
     "HPI: thunderclap headache at 22:30 while winching his boat, the Miss Germaine II, onto the trailer at the "
     "Douglastown wharf; vomited x 3, stiff neck. Arrived by ambulance 23:40.\n"
     "Exam: GCS 14 (E3V5M6), no focal deficit, BP 186/98. WFNS grade II; Hunt and Hess grade 2.\n"
     "CT head: diffuse SAH in the basal cisterns, modified Fisher grade 3, no hydrocephalus. CTA circle of Willis: 7 "
     "mm anterior communicating artery aneurysm.\n"
     "Treatment: labetalol 10 mg IV x 2 for SBP < 160; nimodipine 60 mg PO q4h started 01:30; ondansetron 4 mg IV; "
     "hydromorphone 0.5 mg IV; HOB 30°. No seizure.\n"
     "Transport: ÉVAQ Challenger C-GQEV from Michel-Pouliot airport, wheels up 04:30, with an ICU nurse.\n"
     "Wife Germaine (418-555-0193) and daughter Shirley are driving to Québec.\n"
     "Dr Émilie Boudreau-Sams, emergency physician | CMQ 18427",
     [("HOSPITAL", ["CISSS de la Gaspésie"]), ("HOSPITAL", ["Hôpital de Gaspé"]),
      ("ADDRESS", ["215 boul. de York Ouest"]), ("LOCATION", ["Gaspé"]), ("POSTCODE", ["G4X 2W2"]),
      ("DATE", ["2025-08-23"]), ("HOSPITAL", ["Hôpital de l'Enfant-Jésus"]), ("HOSPITAL", ["CHU de Québec"]),
      ("NAME", ["Mathieu", "Gagnon-Lévesque"]), ("ID", ["25-041827"]), ("NAME", ["Kenneth", "Kenny", "Element"]),
      ("DATE", ["1962-04-15"]), ("ID", ["ELEK 6204 1518"]), ("MRN", ["418273"]), ("LOCATION", ["Sandy Beach"]),
      ("LOCATION", ["Rivière-au-Renard"]), ("LOCATION", ["Miss Germaine II"]), ("LOCATION", ["Douglastown"]),
      ("PLATE", ["C-GQEV"]), ("LOCATION", ["Michel-Pouliot"]), ("NAME", ["Germaine"]), ("PHONE", ["418-555-0193"]),
      ("NAME", ["Shirley"]), ("NAME", ["Émilie", "Boudreau-Sams"]), ("LICENCE", ["18427"])],
     ["thunderclap headache", "GCS 14 (E3V5M6)", "WFNS grade II", "Hunt and Hess grade 2", "modified Fisher grade 3",
      "CTA circle of Willis", "anterior communicating artery aneurysm", "labetalol 10 mg IV", "SBP < 160",
      "nimodipine 60 mg PO q4h"]),

    # 17 - Hong Kong (Tai Po): care home nursing record around the Lunar New Year, resident aged 93 with aspiration pneumonia (traditional Chinese)
    ("頌恩護老院（大埔）　護理記錄\n"
     "地址：大埔運頭街18號地下至二樓　電話：2655 4182\n"
     "院友：麥鳳嬌　女　93歲　出生日期：1932年9月9日　身份證：D418273(2)　床號：B-12　入住日期：2019年6月\n"
     "醫院編號：HN25041827\n"
     "病歷：柏金遜症、阿茲海默症（MMSE 9/30）、糖尿病；泥狀餐（IDDSI 第4級）。\n"
     "2026年2月18日（年初二）\n"
     "07:30 早餐餵食時嗆咳，之後氣促；SpO2 91%，T 38.2℃，呼吸 26 次/分，右下肺有濕囉音。\n"
     "08:00 致電到診醫生 梁家豪醫生（9555 4180），建議送院。\n"
     "08:20 召救護車，送雅麗氏何妙齡那打素醫院急症室。已通知女兒 陳美玲（手機 6555 2718），她到醫院會合。\n"
     "2026年2月21日\n"
     "15:00 出院返院，診斷吸入性肺炎；處方 Augmentin 375 mg 每日三次，共5日。言語治療師建議繼續 IDDSI 第4級餐，飲品加凝固粉。\n"
     "皮膚：尾骶部壓瘡第二期，Braden 評分 11，每兩小時轉身，用氣墊床。\n"
     "備註：女兒希望元宵節（3月3日）帶她外出吃湯圓，已提醒只可進食泥狀食物。院友說今年九月便94歲。\n"
     "護士：何嘉欣（註冊護士 RN 071843）",
     [("HOSPITAL", ["頌恩護老院"]), ("LOCATION", ["大埔"]), ("ADDRESS", ["運頭街18號"]), ("PHONE", ["2655 4182"]),
      ("NAME", ["麥鳳嬌"]), ("AGE", ["93歲"]), ("DATE", ["1932年9月9日"]), ("ID", ["D418273(2)"]), ("DATE", ["2019年6月"]),
      ("MRN", ["HN25041827"]), ("DATE", ["2026年2月18日"]), ("DATE", ["年初二"]), ("NAME", ["梁家豪"]), ("PHONE", ["9555 4180"]),
      ("HOSPITAL", ["雅麗氏何妙齡那打素醫院"]), ("NAME", ["陳美玲"]), ("PHONE", ["6555 2718"]), ("DATE", ["2026年2月21日"]),
      ("DATE", ["元宵節"]), ("DATE", ["3月3日"]), ("DATE", ["九月"]), ("AGE", ["94歲"]), ("NAME", ["何嘉欣"]),
      ("LICENCE", ["RN 071843"])],
     ["柏金遜症", "阿茲海默症", "MMSE 9/30", "IDDSI 第4級", "SpO2 91%", "T 38.2℃", "吸入性肺炎", "Augmentin 375 mg", "壓瘡第二期",
      "Braden 評分 11"]),

    # 18 - Ireland, Co. Mayo (Achill Island): out-of-hours GP note in handwritten style, peritonsillar abscess
    ("WestDoc OOH - Achill Sound treatment centre\n"
     "Thurs 19/3 23:10 - F2F\n"
     "Pt: Siobhán Lavelle-Hand 38F, DOB 02/09/1987, PPSN 7418273D\n"
     "Add: Keel, Achill Island, Co. Mayo F28 K2X9. Chef @ the Cliff House, Dooagh - off work since Paddy's Day.\n"
     "Own GP: Dr Moran, Achill Medical Centre\n"
     "c/o ST x4/7, worse ++, now can't swallow own saliva, \"hot potato\" voice, can't open mouth. Pen V from own GP "
     "Tues.\n"
     "O/E: T 38.9 P 112 BP 124/78 SpO2 98% RA. Drooling. Trismus (~2 FB). L peritonsillar bulge, uvula deviated to "
     "R. No stridor. Centor 4.\n"
     "Imp: L PTA (quinsy)\n"
     "Plan: not for aspiration here. D/W ENT reg Dr Fionnuala Keady @ UHG via switch 091 555 544 - accepted to ED.\n"
     "Benzylpenicillin 1.2 g IV + metronidazole 500 mg IV 23:30, dexamethasone 8 mg IV, paracetamol 1 g IV.\n"
     "Husband Tommy Hand driving her (191-MO-4182), ~2 h. 112/999 if any breathing difficulty. Kids minded by her "
     "mam in Dugort.\n"
     "Dr C. Ní Mhurchú (locum) | IMC 421873",
     [("HOSPITAL", ["WestDoc"]), ("LOCATION", ["Achill Sound"]), ("DATE", ["19/3"]),
      ("NAME", ["Siobhán", "Lavelle-Hand"]), ("DATE", ["02/09/1987"]), ("ID", ["7418273D"]), ("LOCATION", ["Keel"]),
      ("LOCATION", ["Achill Island"]), ("LOCATION", ["Co. Mayo"]), ("POSTCODE", ["F28 K2X9"]),
      ("LOCATION", ["Cliff House"]), ("LOCATION", ["Dooagh"]), ("DATE", ["Paddy's Day"]), ("NAME", ["Moran"]),
      ("HOSPITAL", ["Achill Medical Centre"]), ("NAME", ["Fionnuala", "Keady"]), ("HOSPITAL", ["UHG"]),
      ("PHONE", ["091 555 544"]), ("NAME", ["Tommy", "Hand"]), ("PLATE", ["191-MO-4182"]), ("LOCATION", ["Dugort"]),
      ("NAME", ["Ní Mhurchú"]), ("LICENCE", ["421873"])],
     ["x4/7", "Pen V", "T 38.9", "Trismus", "uvula deviated to R", "Centor 4", "PTA (quinsy)",
      "Benzylpenicillin 1.2 g IV", "metronidazole 500 mg IV", "dexamethasone 8 mg IV"]),

    # 19 - Cameroon, North West Region (Bamenda): health centre referral letter, new focal seizures from neurocysticercosis
    ("NKWEN BAPTIST HEALTH CENTRE\n"
     "Cameroon Baptist Convention Health Services\n"
     "P.O. Box 1, Nkwen - Bamenda, North West Region | Tel +237 6 77 55 41 82 | nbhc.records@cbchs-nw.org\n"
     "\n"
     "09 February 2026\n"
     "\n"
     "To: The Neurologist, Mbingo Baptist Hospital, Boyo Division\n"
     "\n"
     "Dear Doctor,\n"
     "RE: Miss Blessing Ngwa Fru, 14 years, DOB 11/05/2011, Hosp. No. NBHC/26/0418\n"
     "Form 2 student at Presbyterian Secondary School, Mankon; lives at Mile 4 Nkwen, off the Up Station road.\n"
     "She has had 3 focal seizures of the right arm with secondary generalisation in the past 2 weeks, the last one "
     "yesterday, followed by 6 hours of right arm weakness (Todd's paresis). No fever, no headache between attacks.\n"
     "The family keeps pigs in the compound at Bambui, and her father, Pa Divine Fru Tanyi, is a butcher in the Bali "
     "market.\n"
     "On examination she is alert, with no neck stiffness, normal fundi and power 5/5 in all limbs today.\n"
     "CT brain at Bamenda Regional Hospital on 06/02/2026: a single ring-enhancing lesion of 14 mm in the left "
     "frontal lobe with an eccentric dot (scolex) and perilesional oedema.\n"
     "Impression: single parenchymal neurocysticercosis, definitive by the Del Brutto criteria.\n"
     "We started carbamazepine 200 mg bd and prednisolone 1 mg/kg. We have not started albendazole 15 mg/kg/day, "
     "pending your review.\n"
     "Her mother, Mrs. Comfort Ngum, can be reached on +237 6 99 55 72 18 (also WhatsApp).\n"
     "\n"
     "Sincerely,\n"
     "Dr. Nfor Clovis Awah, Medical Officer | ONMC No. 4182",
     [("HOSPITAL", ["NKWEN BAPTIST HEALTH CENTRE"]), ("ADDRESS", ["P.O. Box 1"]), ("LOCATION", ["Nkwen"]),
      ("LOCATION", ["Bamenda"]), ("PHONE", ["+237 6 77 55 41 82"]), ("EMAIL", ["nbhc.records@cbchs-nw.org"]),
      ("DATE", ["09 February 2026"]), ("HOSPITAL", ["Mbingo Baptist Hospital"]), ("LOCATION", ["Boyo Division"]),
      ("NAME", ["Blessing", "Ngwa", "Fru"]), ("DATE", ["11/05/2011"]), ("MRN", ["NBHC/26/0418"]),
      ("LOCATION", ["Presbyterian Secondary School"]), ("LOCATION", ["Mankon"]), ("LOCATION", ["Mile 4"]),
      ("LOCATION", ["Up Station"]), ("LOCATION", ["Bambui"]), ("NAME", ["Divine", "Tanyi"]), ("LOCATION", ["Bali"]),
      ("HOSPITAL", ["Bamenda Regional Hospital"]), ("DATE", ["06/02/2026"]), ("NAME", ["Comfort", "Ngum"]),
      ("PHONE", ["+237 6 99 55 72 18"]), ("NAME", ["Nfor", "Clovis", "Awah"]), ("LICENCE", ["4182"])],
     ["Todd's paresis", "power 5/5", "ring-enhancing lesion", "scolex", "perilesional oedema", "neurocysticercosis",
      "Del Brutto criteria", "carbamazepine 200 mg bd", "prednisolone 1 mg/kg", "albendazole 15 mg/kg/day"]),
] + MORE_NOTES
