"""Twenty-first HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and looked at no file of the repository but the three files of the eighteenth set, for their format only; the
de-identifier and the evaluation were never run on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1128 planted identifier parts in 978 (kind, parts) entries; 282 clinical strings), mostly in English, written
the way clinicians write them: a community health aide encounter with a telemedicine consult, an emergency department
provider note, a pre-operative anaesthetic assessment for a hip fracture, a GP referral letter to haematology, a
night-to-day nursing handover (SBAR) for four patients, a thalassaemia centre discharge note, an attended
polysomnography report with fitness-to-drive advice, a telephone encounter for a critical laboratory result, a discharge
summary, a discharge record, a district hospital referral letter to a teaching hospital, a public health nurse's
postnatal home visit record, a paediatric ward night nursing report, a hospital discharge letter to a GP, a community
palliative care home visit record, an operation note, a health centre home visit note, an acute flaccid paralysis case
investigation form, an inpatient neurology consultation, an advanced HIV disease clinic list, a patient safety incident
report, an admission nursing assessment and nursing record, a federal black lung benefits examination form, bed head
ticket entries, an infectious diseases clinic letter, a home health wound care visit note, a health centre referral note
to paediatrics, a discharge letter to a GP, an ACC45 injury claim form, a Medex clinical record, a county hospital
transfer record, a medical certificate of cause of death, a patient-portal message thread, a memory clinic letter, an
antenatal booking record, an upper GI endoscopy report, a statutory disease notification form, a community clinic
nursing record with an airlift request, a geriatric discharge summary and a dictated plastic surgery consultation. From
the US (Alaska, Louisiana, New Mexico, Hawaii, West Virginia, Maine), Canada (Newfoundland and Labrador, British
Columbia, Yukon), England (Cornwall, Lincolnshire, North Yorkshire), Scotland (Shetland), Northern Ireland (Co.
Fermanagh), Wales (Gwynedd), Australia (Tasmania), New Zealand (West Coast), Singapore, Ghana (Ashanti), Uganda (Gulu),
Zambia (Copperbelt), Botswana (Ngamiland), India (Kerala, in English), Pakistan (Khyber Pakhtunkhwa, in English), Sri
Lanka (North Central), Trinidad, Guyana, the Bahamas (Eleuthera), Tonga, Malta (Gozo), Cyprus (Limassol), Greece (Crete,
Lesvos, Ilia and Achaia), mainland China (Yunnan, Sichuan), Taiwan (Hualien), Hong Kong, Italy (Sardinia) and the
Netherlands (Friesland).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 5 (Limassol, Cyprus), 16 (Chania, Crete), 26
(Lesvos) and 36 (Ilia, notified from Patras) are in Greek script, with Greek names, patronymics (and a mother's name),
addresses, phone numbers, facilities, Greek dates and Greek month names; notes 9 (Dali, Yunnan) and 30 (Zoige, Sichuan)
are in simplified Chinese and notes 21 (Hualien) and 38 (Hong Kong) in traditional Chinese, with names, addresses, phone
numbers, facilities and dates in Chinese; note 13 is in Italian (Sardinia) and note 27 in Dutch (Friesland), each with
dates in that language; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, form fields, after relation words and titles (s/o, S/o,
Sr., Br., Mdm, Madam, Master, Hon., Sig., Dott.ssa, dhr., mw., Dr, PC, του with a patronymic and της with a mother's
name), bare in prose, in lists, in sign-offs and in message headers; names in many customs (a Welsh ap patronymic, a
Sinhala vasagama, Acholi surname-first capitals, Kerala initials, an Amis name, a romanised Cantonese name, Tibetan,
Yup'ik, Navajo, Hawaiian, Tongan, Frisian, Maltese with a nickname, a Dutch name with a tussenvoegsel, Greek form fields
in capitals); addresses with and without house numbers (a Trinidad light-pole number, a US Highway Contract box, a
Mahaweli Yaya number, a Kerala house name with its post office, Welsh and Shetland house names, a GhanaPost digital
address and a P.O. box, a Zambian house number, a Botswana plot and ward, a Singapore HDB block and unit, a Hong Kong
ground floor, a Taiwan road section, a Chinese building unit and flat, a Pakistani mohalla, union council and tehsil, a
Tongan village and district, Dutch and Maltese postcodes); employers (a gravel pit, a haulage firm, a welding yard, a
tie-dye workshop, a winery, a beedi co-operative, a copper mine, a fur and fibre trapper, a gold-mining company, a
software company, a fishing lodge, a farmers' market, a coal company, a highways department, a pomelo orchard, a
farmers' co-operative), schools and a college, a church, a summer camp, GP practices, health centres, clinics and
polyclinics, named wards, and hospitals and streets named after people (Abrom Kaplan, Khoo Teck Puat, St. Martin de
Porres, Komfo Anokye, Letsholathebe II, Mills Memorial, Hilo Benioff, Betsi Cadwaladr, Princess Margaret, 瑪嘉烈; McDowell
Street, Via Grazia Deledda, Henri Dunantweg, Triq Dun Karm, Seddon Street, Οδός Θεοφίλου, Αγίου Αθανασίου, Αγίου
Γεωργίου), and places and names that are everyday words (Eek, Platinum, Mousehole, Ding Dong, Tempo, Nowhere Else, Sheep
Springs, Volcano, Mountain View, War, Current, Booze, Kumara, Blackball, Terrace, Destruction Bay, Heart's Content, Come
By Chance, Little Heart's Ease, New York, Victoria, Ee, Moddergat, Πέτρα, Ανύδροι, Vaila, and Loveday, Precious, Gift,
Given, Memory, Blessings, Loveness, Patience, Grace, Réal, Devon, Cheyenne, 'Ofa, Ευτυχία, Ελευθερία); also e-mail
addresses, a sleep-study URL, an incident-system URL, a video-visit URL and an endoscopy image-archive URL, IPv4
addresses, a LINE ID and a WeChat ID, vehicle plates (a pickup, a home-care vehicle, a three-wheeler, family cars, a
Land Rover, an ambulance), four aircraft registrations and a fishing boat's port number, professional licences (GMC,
AHPRA, Singapore MCR, Ghana MDC, CRNNL, UNMC, an Italian Ordine number, TCMC, MBTT, the Cyprus Medical Council and Greek
medical associations, PMDC, a Taiwan nurse certificate, a NIOSH B Reader certificate and a West Virginia licence, SLMC,
Malta MMC, a Maine RN licence, BIG, MCNZ, a Guyana Medex number, BHPC, Tonga and Bahamas nursing councils, MCHK, Yukon
Medical Council, a community health practitioner certificate) and two driving licences, device serial numbers (a
pacemaker, a CPAP machine, an oxygen concentrator, a pressure-relief mattress, an endoscope), insurance, benefit and
national numbers, claim, case, encounter, study, certificate, incident and transcription-job numbers, a police service
number, fax, bleep and extension numbers, and dates in many formats (full dates in several orders and separators, a
night spanning two dates, year-less dates with slashes or words, month and year, months alone, a decade, dates in words,
Mardi Gras, Up Helly Aa, the Twelfth, Carnival Monday, Presidents' Day, Eid-ul-Adha, Thiruvonam, Duruthu Poya,
Pasquetta, Christmas Eve, Christmas Day, Boxing Day, Δεκαπενταύγουστος, 重陽節 and 農曆新年, and Greek, Chinese, Italian and
Dutch dates).

Where a real identifier has a check digit (US NPI, NHS and Northern Ireland H&C numbers, Scottish CHI with the birth
date, Australian Medicare, Singapore NRIC, Chinese resident ID, Aadhaar, Greek AMKA with the birth date, Italian codice
fiscale, Taiwan ID, Dutch BSN, NZ NHI, BC PHN, Hong Kong ID) the planted one passes it; the UK driving licence number
encodes the birth date, and the other national, insurance and licence numbers keep a valid format (Sri Lankan NIC with
birth year and day, Trinidad ID with the birth date, Botswana Omang with its sex digit, Pakistani CNIC, Zambian NRC,
Ghana Card, US SSN and Medicare MBI, Malta ID card, Newfoundland MCP, Yukon health number, Cyprus ID). No name, place or
facility is planted in more than one note, and none was knowingly taken from the eighteenth set. Four patients are aged
90 or over (notes 2, 16, 25 and 38), and for them the age and every date element, bare years, months, a decade and
holidays included, are planted; the bedbound mother, 92, of the patient in note 14 has her age planted too. Where a
younger patient's note has a bare year (notes 3, 20, 22, 31 and 34), it is left in the text and not planted. The strings
that must survive include eponyms and eponymous signs and scores (Kendrick, Child-Pugh, LRINEC, Garden, Mallampati,
Nottingham, Glasgow-Blatchford, Apgar, Bakri, Blantyre, Heinz, Coombs, Karnofsky, Kessler, Allen, Guillain-Barré,
Braden, Kawasaki, Osborn, Lewy, McKeith, Barrett, Prague, Cauchy), brand names of drugs and devices, organisms, lab
values with units, ratios and fractions that look like dates (a sleepiness score, a TB regimen, a gestation, an ILO
reading, cognitive test scores, a titre, suture sizes, a nurse-to-patient ratio), a year inside a guideline title and
inside a criteria name, and place names inside clinical terms that must stay (Malta fever, Lake Louise, Swiss staging,
Seattle protocol, LA grade B, Indian polyvalent AVS, Rose Bengal, Glasgow-Blatchford, West Nile in Greek). Entries per
kind: NAME 203, LOCATION 200, DATE 181, HOSPITAL 86, ID 65, PHONE 61, ADDRESS 39, MRN 37, LICENCE 32, POSTCODE 32, PLATE
12, AGE 9, EMAIL 8, SERIAL 5, URL 4, HANDLE 2, IP 2.

The last 20 notes (539 identifier parts in 476 entries, 139 clinical strings) are in :mod:`deid_notes_heldout21_more`,
only to keep each file a readable length; this file holds 589 identifier parts in 502 entries and 143 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout21.deid_notes_heldout21_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Alaska (Yukon-Kuskokwim Delta): community health aide encounter and tele-consult, snowmachine crash
    ("YUKON-KUSKOKWIM HEALTH CORPORATION | Community Health Aide Program\n"
     "Eek Village Clinic - CHA/P PATIENT ENCOUNTER + TELEMEDICINE CONSULT\n"
     "Date/time: 01/19/2026 15:05 | Encounter # EEK-26-0037\n"
     "Patient: Nicolai Wassillie-Chikigak | 27 M | DOB 04/30/1998 | YKHC chart 0741829 | AK Medicaid 2214187306\n"
     "Lives in Eek with his grandparents; seasonal laborer at the Platinum gravel pit in summer.\n"
     "CC: snowmachine crash on the river trail from Tuntutuliak about 13:30 - hit a pressure ridge, was thrown, and "
     "the machine landed on his L leg. Cousin Alvin brought him in on a freight sled behind his machine.\n"
     "Findings: alert, GCS 15, talking in full sentences. HR 118, BP 132/84, RR 22, SpO2 96% RA, temp 35.1 tympanic. L "
     "thigh swollen and deformed, shortened and externally rotated, skin intact. DP and PT pulses present, cap refill "
     "< 2 s, moves toes, feels light touch. No midline C-spine tenderness. Chest and belly OK, pelvis stable.\n"
     "Tele-consult (photos + video): Dr. Mireille Ostrander-Haakanson, ER physician on call, YK Delta Regional "
     "Hospital, Bethel, 907-555-0147 - likely closed mid-shaft femur fracture. Kendrick traction device put on per "
     "her; intranasal fentanyl 1.5 mcg/kg, repeated once after 10 min (pain 9 -> 5). Wet clothes off, warm blankets, "
     "Bair Hugger from the clinic closet. IV x2 attempts failed - hold, no more tries.\n"
     "Medevac: fixed wing N418LM requested 14:40, ETA 17:10, weather OK for the strip.\n"
     "Grandmother Ella Wassillie (907-555-0163) told; girlfriend Rosalyn will go on the flight.\n"
     "CHA/P: Theodora Kasayulie-Pavila, Community Health Practitioner | CHAP certificate #2217",
     [("HOSPITAL", ["YUKON-KUSKOKWIM HEALTH CORPORATION"]), ("HOSPITAL", ["Eek Village Clinic"]),
      ("DATE", ["01/19/2026"]), ("ID", ["EEK-26-0037"]), ("NAME", ["Nicolai", "Wassillie-Chikigak"]),
      ("DATE", ["04/30/1998"]), ("MRN", ["0741829"]), ("ID", ["2214187306"]), ("LOCATION", ["Eek"]),
      ("LOCATION", ["Platinum"]), ("LOCATION", ["Tuntutuliak"]), ("NAME", ["Alvin"]),
      ("NAME", ["Mireille", "Ostrander-Haakanson"]), ("HOSPITAL", ["YK Delta Regional Hospital"]),
      ("LOCATION", ["Bethel"]), ("PHONE", ["907-555-0147"]), ("PLATE", ["N418LM"]), ("NAME", ["Ella", "Wassillie"]),
      ("PHONE", ["907-555-0163"]), ("NAME", ["Rosalyn"]), ("NAME", ["Theodora", "Kasayulie-Pavila"]),
      ("LICENCE", ["2217"])],
     ["GCS 15", "cap refill < 2 s", "mid-shaft femur fracture", "Kendrick traction device",
      "intranasal fentanyl 1.5 mcg/kg", "Bair Hugger"]),

    # 1 - USA, Louisiana (Vermilion Parish): emergency department provider note, Vibrio vulnificus soft tissue infection
    ("Abrom Kaplan Memorial Hospital - Emergency Department\n"
     "1310 W 7th St, Kaplan LA 70548 | ED fax 337-555-0190\n"
     "ED PROVIDER NOTE | DOS 02/17/2026 (Mardi Gras) 21:12 | Bed 3\n"
     "Pt: Alcide Broussard-Guidry, 58 M, DOB 09/03/1967, MRN AKM-00729154, LA Medicaid 1539062874\n"
     "HPI: commercial crabber working out of Intracoastal City, lives on the ridge near Pecan Island, Vermilion "
     "Parish. Cut his L shin on trap wire on Saturday, kept working in the marsh. Since this AM rapidly spreading "
     "redness and purple blisters L leg, rigors, vomiting. Alcoholic cirrhosis (Child-Pugh B), drinks ~12 beers/day. "
     "Wife Maudrey drove him in their truck (LA plate 418 BTQ) - they skipped the Courir in Gueydan because he "
     "couldn't stand.\n"
     "Exam: T 39.2, HR 126, BP 84/48, RR 24, SpO2 95%. L leg: erythema knee to ankle, 3 hemorrhagic bullae up to 5 cm, "
     "pain out of proportion to exam, no crepitus. Scleral icterus. Not encephalopathic.\n"
     "Labs: WBC 3.1, plt 61, lactate 4.8 mmol/L, Cr 2.1, Na 129, CRP 284, CK 1,930, T bili 4.2. LRINEC score 7.\n"
     "Impression: septic shock - suspected Vibrio vulnificus necrotizing soft tissue infection in a cirrhotic.\n"
     "Plan: blood cx x2, bulla fluid cx (lab told: ?Vibrio, TCBS agar). 30 mL/kg LR, norepinephrine via L IJ CVC. "
     "Doxycycline 100 mg IV + ceftazidime 2 g IV given 21:30. No surgeon in house - accepted by Dr. Ferrand "
     "Landry-Mouton, general surgery, Ochsner Lafayette General Medical Center, for emergent debridement; ground "
     "transport ETA 22:00. OPH Region 4 epidemiology notified.\n"
     "Wife Maudrey Broussard, cell 337-555-0129.\n"
     "Evangeline Thériot-Hebert, MD | NPI 1827305149",
     [("HOSPITAL", ["Abrom Kaplan Memorial Hospital"]), ("ADDRESS", ["1310 W 7th St"]), ("LOCATION", ["Kaplan"]),
      ("POSTCODE", ["70548"]), ("PHONE", ["337-555-0190"]), ("DATE", ["02/17/2026"]), ("DATE", ["Mardi Gras"]),
      ("NAME", ["Alcide", "Broussard-Guidry"]), ("DATE", ["09/03/1967"]), ("MRN", ["AKM-00729154"]),
      ("ID", ["1539062874"]), ("LOCATION", ["Intracoastal City"]), ("LOCATION", ["Pecan Island"]),
      ("LOCATION", ["Vermilion Parish"]), ("NAME", ["Maudrey"]), ("PLATE", ["418 BTQ"]), ("LOCATION", ["Gueydan"]),
      ("NAME", ["Ferrand", "Landry-Mouton"]), ("HOSPITAL", ["Ochsner Lafayette General Medical Center"]),
      ("NAME", ["Maudrey", "Broussard"]), ("PHONE", ["337-555-0129"]), ("NAME", ["Evangeline", "Thériot-Hebert"]),
      ("ID", ["1827305149"])],
     ["Child-Pugh B", "hemorrhagic bullae", "lactate 4.8 mmol/L", "LRINEC score 7", "Vibrio vulnificus", "TCBS agar",
      "Doxycycline 100 mg IV", "ceftazidime 2 g IV"]),

    # 2 - England, Cornwall (Penwith): pre-operative anaesthetic assessment, hip fracture, patient aged 91
    ("Royal Cornwall Hospital, Treliske, Truro TR1 3LJ - Department of Anaesthesia\n"
     "PRE-OPERATIVE ANAESTHETIC ASSESSMENT - #NOF pathway | Wheal Agar Ward, bed 9 | 06/12/2025 07:50\n"
     "Mrs Morwenna Tregenza-Pascoe | 91 years | DOB 19/02/1934 | NHS 430 188 2731 | Hosp No. K592047\n"
     "Fell in her kitchen in Mousehole last evening; found by a neighbour at 06:00 (long lie ~8 h). L intracapsular "
     "#NOF, Garden IV.\n"
     "Social: ran the post office in Newlyn until 1994; widowed 2011 - her husband mined at Ding Dong as a boy. Lives "
     "alone, independent with a stick; son-in-law Jago Penhaligon calls in daily.\n"
     "PMH: moderate aortic stenosis (echo at West Cornwall Hospital, Penzance, March 2025: Vmax 3.6 m/s, AVA 1.1 cm2); "
     "dual-chamber pacemaker for CHB 2019 (Medtronic Azure, s/n PZK604318S); AF on apixaban - last dose 20:00 "
     "yesterday; CKD 3a; mild cognitive impairment, 4AT 2 this morning.\n"
     "DH: apixaban 5 mg BD, bisoprolol 2.5 mg OD, ramipril 2.5 mg OD, alendronic acid weekly. NKDA.\n"
     "O/E: 48 kg. HR 72 paced, BP 148/76, SpO2 95% RA. ESM radiating to carotids. Airway: Mallampati 2, edentulous, "
     "good neck movement.\n"
     "Bloods: Hb 104 g/L, eGFR 48, K 4.6, INR 1.2. G&S x2 done.\n"
     "Scores: ASA 3 | Clinical Frailty Scale 6 | Nottingham Hip Fracture Score 6.\n"
     "Plan: fascia iliaca block given in ED at 02:30 - effective. For GA (no neuraxial - DOAC < 48 h), arterial line "
     "before induction given AS, cautious induction. Pacemaker: bipolar diathermy only, no reprogramming needed - "
     "cardiac physiologist informed. Theatre this afternoon.\n"
     "Discussed with her and her daughter Loveday Pascoe (07700 900 418). She wants to be home in time for Christmas "
     "and to reach her 92nd birthday in February. ReSPECT form completed 06/12/2025: full ward-based treatment, not "
     "for CPR.\n"
     "Dr Kerenza Angove-Rashleigh, ST6 Anaesthesia | GMC 7304182 | bleep 2418",
     [("HOSPITAL", ["Royal Cornwall Hospital"]), ("LOCATION", ["Treliske"]), ("LOCATION", ["Truro"]),
      ("POSTCODE", ["TR1 3LJ"]), ("LOCATION", ["Wheal Agar Ward"]), ("DATE", ["06/12/2025"]),
      ("NAME", ["Morwenna", "Tregenza-Pascoe"]), ("AGE", ["91 years"]), ("DATE", ["19/02/1934"]),
      ("ID", ["430 188 2731"]), ("MRN", ["K592047"]), ("LOCATION", ["Mousehole"]), ("LOCATION", ["Newlyn"]),
      ("DATE", ["1994"]), ("DATE", ["2011"]), ("LOCATION", ["Ding Dong"]), ("NAME", ["Jago", "Penhaligon"]),
      ("HOSPITAL", ["West Cornwall Hospital"]), ("LOCATION", ["Penzance"]), ("DATE", ["March 2025"]),
      ("DATE", ["2019"]), ("SERIAL", ["PZK604318S"]), ("NAME", ["Loveday", "Pascoe"]), ("PHONE", ["07700 900 418"]),
      ("DATE", ["Christmas"]), ("AGE", ["92nd"]), ("DATE", ["February"]), ("NAME", ["Kerenza", "Angove-Rashleigh"]),
      ("LICENCE", ["7304182"]), ("PHONE", ["2418"])],
     ["Garden IV", "4AT 2", "Mallampati 2", "Hb 104 g/L", "Clinical Frailty Scale 6", "Nottingham Hip Fracture Score 6",
      "fascia iliaca block"]),

    # 3 - Scotland, Shetland (Whalsay): GP referral letter to haematology, polycythaemia vera
    ("Whalsay Health Centre, Symbister, Whalsay, Shetland ZE2 9AE\n"
     "Tel 01806 555 218 | Fax 01806 555 219\n"
     "\n"
     "14 November 2025\n"
     "\n"
     "Dr Ishbel Gray-Macaulay\n"
     "Consultant Haematologist\n"
     "Aberdeen Royal Infirmary, Foresterhill, Aberdeen AB25 2ZN\n"
     "(visiting haematology clinic, Gilbert Bain Hospital, Lerwick)\n"
     "\n"
     "Dear Dr Gray-Macaulay,\n"
     "Re: Magnus Irvine-Hutchison, DOB 14/03/1961, CHI 1403614172\n"
     "'Vaila', Brough, Whalsay\n"
     "\n"
     "Thank you for seeing this 64-year-old skipper of the whitefish boat LK 418, whom I saw on 7th November with "
     "three months of itching after a hot shower (aquagenic pruritus), headaches and a ruddy face. He marched with the "
     "Jarl Squad at Up Helly Aa in January and says he felt 'heavy in the head' all that night.\n"
     "FBC on 7/11: Hb 196 g/L, Hct 0.58, WCC 12.1, plt 512; similar on 12/11. Ferritin 14, EPO low. JAK2 V617F "
     "positive. Spleen palpable 3 cm below costal margin. BP 152/94, BMI 29, ex-smoker. He had a DVT after a long "
     "steam to Peterhead in 2019.\n"
     "I think this is polycythaemia vera. I have started aspirin 75 mg od and arranged venesection at the Gilbert Bain "
     "this week, aiming for Hct < 0.45, and would value your advice on cytoreduction with hydroxycarbamide given the "
     "previous thrombosis.\n"
     "He is at sea Monday to Thursday most weeks; best reached through his wife Ingrid on 07700 900 671 or by e-mail "
     "at magnus.irvine61@btinternet.com.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Ruaridh Tulloch-Anderson\n"
     "General Practitioner | GMC 6418273",
     [("HOSPITAL", ["Whalsay Health Centre"]), ("LOCATION", ["Symbister"]), ("LOCATION", ["Whalsay"]),
      ("LOCATION", ["Shetland"]), ("POSTCODE", ["ZE2 9AE"]), ("PHONE", ["01806 555 218"]), ("PHONE", ["01806 555 219"]),
      ("DATE", ["14 November 2025"]), ("NAME", ["Ishbel", "Gray-Macaulay"]), ("HOSPITAL", ["Aberdeen Royal Infirmary"]),
      ("LOCATION", ["Foresterhill"]), ("LOCATION", ["Aberdeen"]), ("POSTCODE", ["AB25 2ZN"]),
      ("HOSPITAL", ["Gilbert Bain Hospital"]), ("LOCATION", ["Lerwick"]), ("NAME", ["Magnus", "Irvine-Hutchison"]),
      ("DATE", ["14/03/1961"]), ("ID", ["1403614172"]), ("ADDRESS", ["Vaila"]), ("LOCATION", ["Brough"]),
      ("PLATE", ["LK 418"]), ("DATE", ["7th November"]), ("DATE", ["Up Helly Aa"]), ("DATE", ["January"]),
      ("DATE", ["7/11"]), ("DATE", ["12/11"]), ("LOCATION", ["Peterhead"]), ("HOSPITAL", ["Gilbert Bain"]),
      ("NAME", ["Ingrid"]), ("PHONE", ["07700 900 671"]), ("EMAIL", ["magnus.irvine61@btinternet.com"]),
      ("NAME", ["Ruaridh", "Tulloch-Anderson"]), ("LICENCE", ["6418273"])],
     ["aquagenic pruritus", "Hb 196 g/L", "JAK2 V617F", "3 cm below costal margin", "polycythaemia vera",
      "aspirin 75 mg od", "Hct < 0.45", "hydroxycarbamide"]),

    # 4 - Northern Ireland, Co. Fermanagh: night-to-day nursing handover (SBAR) for four patients
    ("SOUTH WEST ACUTE HOSPITAL, ENNISKILLEN - Ward 7 North (Medicine)\n"
     "NURSING HANDOVER (SBAR) night -> day | 12/07/2025 07:45 | NIC nights: Siobhán McCaffrey-Love | NIC days: Róisín "
     "Maguire\n"
     "Bed 1 - Mr Eamon Gallagher-Breen, 67, H&C 462 907 3159, from Belcoo. S: infective exacerbation of COPD. B: "
     "ex-smoker, home O2 2 L. A: on 28% Venturi, target SpO2 88-92%; NEWS2 5 at 04:00, 3 now. R: repeat ABG 08:00, "
     "prednisolone 30 mg due, resp nurse to review. Wife Assumpta ringing at 9.\n"
     "Bed 2 - Mrs Attracta Corrigan, 79, H&C 489 301 7268, from Derrygonnelly. S: urosepsis with hyperactive delirium. "
     "A: 4AT 6, pulled out two cannulas overnight, slept 2 h; no restraint used, low bed + falls mat. R: bloods + new "
     "cannula; daughter Gráinne (07700 900 512) holds health LPA - asked to come in to settle her.\n"
     "Bed 3 - Mr Wilbert Armstrong-Elliott, 84, H&C 401 582 9379, farmer from Tempo. S: upper GI bleed, "
     "Glasgow-Blatchford 12. A: Hb 78 overnight -> 1 unit RCC, post Hb due 08:00; no further melaena, BP 118/70. R: "
     "NBM for OGD on the list this morning. His son Trevor is marching with the Tempo accordion band at the Twelfth in "
     "Lisnaskea today, so family visiting this evening.\n"
     "Bed 4 - Miss Orla Keenan, 19, H&C 472 310 6480, from Florencecourt, first-year student at South West College. S: "
     "paracetamol overdose (~40 x 500 mg at 21:00). A: level 168 at 4 h, over the line - IV acetylcysteine SNAP "
     "regimen, bag 2 finishes 09:15; on 1:1 (special). R: LFTs/INR/U&E at end of bag 2; mental health liaison - Dr "
     "Ciarán Mulligan - will see her after 10.\n"
     "Signed: S. McCaffrey-Love, RN",
     [("HOSPITAL", ["SOUTH WEST ACUTE HOSPITAL"]), ("LOCATION", ["ENNISKILLEN"]), ("DATE", ["12/07/2025"]),
      ("NAME", ["Siobhán", "McCaffrey-Love"]), ("NAME", ["Róisín", "Maguire"]), ("NAME", ["Eamon", "Gallagher-Breen"]),
      ("ID", ["462 907 3159"]), ("LOCATION", ["Belcoo"]), ("NAME", ["Assumpta"]), ("NAME", ["Attracta", "Corrigan"]),
      ("ID", ["489 301 7268"]), ("LOCATION", ["Derrygonnelly"]), ("NAME", ["Gráinne"]), ("PHONE", ["07700 900 512"]),
      ("NAME", ["Wilbert", "Armstrong-Elliott"]), ("ID", ["401 582 9379"]), ("LOCATION", ["Tempo"]),
      ("NAME", ["Trevor"]), ("DATE", ["the Twelfth"]), ("LOCATION", ["Lisnaskea"]), ("NAME", ["Orla", "Keenan"]),
      ("ID", ["472 310 6480"]), ("LOCATION", ["Florencecourt"]), ("LOCATION", ["South West College"]),
      ("NAME", ["Ciarán", "Mulligan"])],
     ["28% Venturi", "SpO2 88-92%", "NEWS2 5", "4AT 6", "Glasgow-Blatchford 12", "acetylcysteine SNAP regimen"]),

    # 5 - Cyprus, Limassol district: discharge note from a thalassaemia centre, cardiac iron overload (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ - Κέντρο Θαλασσαιμίας\n"
     "Οδός Νίκαιας, 4131 Πολεμίδια, Λεμεσός | Τηλ. 25 555 418 | thal.centre.lem@shso.org.cy\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Ανδρέας Χατζηπαναγιώτου του Σάββα | 34 ετών | Ημ. γέννησης 21/05/1991 | Αρ. Ταυτότητας 1062873 | Αρ. "
     "Δικαιούχου ΓεΣΥ 0739154 | Αρ. φακέλου ΓΝΛ-392741\n"
     "Διεύθυνση: Οδός Αγίου Γεωργίου 14, 4755 Πάχνα, επαρχία Λεμεσού\n"
     "Εισαγωγή: 3 Φεβρουαρίου 2026 - Έξοδος: 11 Φεβρουαρίου 2026\n"
     "Διάγνωση: β-θαλασσαιμία μείζων με καρδιακή αιμοσιδήρωση και καρδιακή ανεπάρκεια.\n"
     "Ιστορικό: μεταγγίσεις κάθε 3 εβδομάδες από τη βρεφική ηλικία. Δεν έπαιρνε τη χηλοθεραπεία από τον Αύγουστο, όταν "
     "άρχισε νυχτερινή βάρδια στο Οινοποιείο Πετρίτης. Προσήλθε με δύσπνοια NYHA III και οιδήματα κάτω άκρων.\n"
     "Ευρήματα: φερριτίνη 3.850 ng/mL, T2* μυοκαρδίου 8 ms, LIC 14 mg/g, κλάσμα εξώθησης 45%, Hb πριν τη μετάγγιση 8,9 "
     "g/dL.\n"
     "Θεραπεία: εντατική χηλοθεραπεία με δεφεροξαμίνη 50 mg/kg/24ωρο σε συνεχή ΕΦ έγχυση και δεφεριπρόνη 75 mg/kg "
     "ημερησίως· βισοπρολόλη 1,25 mg. Βελτίωση της δύσπνοιας, απώλεια 3 kg υγρών.\n"
     "Οδηγίες: συνεχίζει δεφεροξαμίνη υποδόρια με αντλία στο σπίτι 5 νύχτες/εβδομάδα και δεφεριπρόνη· επανέλεγχος στο "
     "Κέντρο σε 1 εβδομάδα, MRI T2* σε 6 μήνες. Ενημερώθηκε η μητέρα του, κα Ελένη Χατζηπαναγιώτου, κιν. 99 555 418.\n"
     "Θεράπων ιατρός: Δρ Στέλιος Κυριακίδης-Ευαγόρου, Αιματολόγος | Αρ. Εγγραφής Ιατρικού Συμβουλίου 3316",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ"]), ("ADDRESS", ["Οδός Νίκαιας"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Πολεμίδια"]), ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 555 418"]),
      ("EMAIL", ["thal.centre.lem@shso.org.cy"]), ("NAME", ["Ανδρέας", "Χατζηπαναγιώτου"]), ("NAME", ["Σάββα"]),
      ("DATE", ["21/05/1991"]), ("ID", ["1062873"]), ("ID", ["0739154"]), ("MRN", ["ΓΝΛ-392741"]),
      ("ADDRESS", ["Οδός Αγίου Γεωργίου 14"]), ("POSTCODE", ["4755"]), ("LOCATION", ["Πάχνα"]),
      ("LOCATION", ["Λεμεσού"]), ("DATE", ["3 Φεβρουαρίου 2026"]), ("DATE", ["11 Φεβρουαρίου 2026"]),
      ("DATE", ["Αύγουστο"]), ("LOCATION", ["Οινοποιείο Πετρίτης"]), ("NAME", ["Ελένη", "Χατζηπαναγιώτου"]),
      ("PHONE", ["99 555 418"]), ("NAME", ["Στέλιος", "Κυριακίδης-Ευαγόρου"]), ("LICENCE", ["3316"])],
     ["β-θαλασσαιμία μείζων", "NYHA III", "φερριτίνη 3.850 ng/mL", "T2* μυοκαρδίου 8 ms", "κλάσμα εξώθησης 45%",
      "δεφεροξαμίνη 50 mg/kg", "δεφεριπρόνη 75 mg/kg"]),

    # 6 - Australia, Tasmania (West Coast): attended polysomnography report with fitness-to-drive advice
    ("LAUNCESTON GENERAL HOSPITAL - Respiratory & Sleep Medicine\n"
     "274-280 Charles Street, Launceston TAS 7250 | Ph (03) 6555 4182 | Fax (03) 6555 4183\n"
     "DIAGNOSTIC POLYSOMNOGRAPHY REPORT (Level 1, attended)\n"
     "Study: night of 23-24/09/2025 | Study no. PSG25-0611 | UR 730215\n"
     "Patient: Mr Bradley Cuthbertson-Viney | DOB 30/11/1979 | Medicare 2704 18369 1\n"
     "Address: 12 Murchison Highway, Zeehan TAS 7469\n"
     "Referrer: Dr Annika Stolz, West Coast District Hospital, Queenstown\n"
     "Indication: log truck driver for Heemskirk Haulage, Zeehan to Burnie runs. Loud snoring, witnessed apnoeas "
     "(partner, who lives at Nowhere Else near Sheffield), unrefreshing sleep, two near-misses this winter.\n"
     "Results: TST 5 h 48 min, sleep efficiency 71%. AHI 48/h (supine 71/h, REM 62/h). ODI 41. Nadir SpO2 72%, T90 "
     "18%. No periodic limb movements of note. ECG: sinus rhythm.\n"
     "Clinical: ESS 17/24, BMI 38.6, neck 46 cm, Mallampati IV.\n"
     "Conclusion: severe obstructive sleep apnoea.\n"
     "Recommendations: auto-titrating CPAP - loan unit ResMed AirSense 11 AutoSet, s/n 23201884512, 5-15 cm H2O, "
     "medium full-face mask. Under Assessing Fitness to Drive 2022 (commercial standard) he should not drive heavy "
     "vehicles until effective treatment and compliance (>= 4 h/night on >= 70% of nights) are shown. He was told he "
     "must tell the licensing authority; Tas licence no. D591742 (HC) recorded.\n"
     "Raw data and hypnogram: https://sleep.ths.tas.gov.au/studies/PSG25-0611\n"
     "Reported by Dr Tobias Wenzel-McQuarrie, Sleep Physician | AHPRA MED0001841827\n"
     "Scored by Kirrily Ashdown, senior sleep scientist",
     [("HOSPITAL", ["LAUNCESTON GENERAL HOSPITAL"]), ("ADDRESS", ["274-280 Charles Street"]),
      ("LOCATION", ["Launceston"]), ("POSTCODE", ["7250"]), ("PHONE", ["(03) 6555 4182"]),
      ("PHONE", ["(03) 6555 4183"]), ("DATE", ["23-24/09/2025"]), ("ID", ["PSG25-0611"]), ("MRN", ["730215"]),
      ("NAME", ["Bradley", "Cuthbertson-Viney"]), ("DATE", ["30/11/1979"]), ("ID", ["2704 18369 1"]),
      ("ADDRESS", ["12 Murchison Highway"]), ("LOCATION", ["Zeehan"]), ("POSTCODE", ["7469"]),
      ("NAME", ["Annika", "Stolz"]), ("HOSPITAL", ["West Coast District Hospital"]), ("LOCATION", ["Queenstown"]),
      ("LOCATION", ["Heemskirk Haulage"]), ("LOCATION", ["Burnie"]), ("LOCATION", ["Nowhere Else"]),
      ("LOCATION", ["Sheffield"]), ("SERIAL", ["23201884512"]), ("LICENCE", ["D591742"]),
      ("URL", ["https://sleep.ths.tas.gov.au/studies/PSG25-0611"]), ("NAME", ["Tobias", "Wenzel-McQuarrie"]),
      ("LICENCE", ["MED0001841827"]), ("NAME", ["Kirrily", "Ashdown"])],
     ["AHI 48/h", "ODI 41", "Nadir SpO2 72%", "ESS 17/24", "BMI 38.6", "Mallampati IV", "ResMed AirSense 11 AutoSet",
      "Assessing Fitness to Drive 2022"]),

    # 7 - USA, New Mexico (Navajo Nation): telephone encounter for a critical laboratory result, bubonic plague
    ("Northern Navajo Medical Center - Shiprock, NM | Inpatient Medicine\n"
     "TELEPHONE ENCOUNTER | 06/28/2025 16:42 | Caller: NNMC Microbiology (critical value)\n"
     "Patient: Lorenzo Begay-Tsosie | 63 M | DOB 10/14/1961 | Chart # 0527391-NN | Census # 88174\n"
     "Reported by Shawnadine Yazzie, MLS(ASCP), lab ext. 4417: blood culture drawn 6/26 growing gram-negative rods "
     "with bipolar (safety-pin) staining; MALDI-TOF ID unreliable - presumptive Yersinia pestis; isolate to the state "
     "lab and to CDC Fort Collins for confirmation. Read-back done.\n"
     "Context: seen in ED 6/26 with fever, rigors and an exquisitely tender L inguinal bubo, admitted on ceftriaxone. "
     "Herds sheep at his mother's place at Sheep Springs; dead prairie dogs by the corral last week; his cat brought "
     "in a dead rodent.\n"
     "Actions by phone: 1) Charge RN - droplet precautions now (pneumonic plague not excluded; CXR 6/26 clear, repeat "
     "ordered). 2) Stop ceftriaxone; gentamicin 5 mg/kg IV daily, levels per pharmacy. 3) Discussed with Dr. Harriet "
     "Nakai-Walters, ID on call, UNM Hospital, Albuquerque, 505-555-0174 - agrees. 4) NMDOH epidemiology on-call "
     "notified, 505-555-0103; Navajo Nation Division of Health to do the field investigation. 5) Doxycycline "
     "prophylaxis for close contacts: mother Lucinda Begay (Two Grey Hills, no phone - reach through niece Kateri, "
     "505-555-0185) and the ED nurse who drained the node without an N95.\n"
     "Patient updated by phone in his room; daughter Darlene interpreted in Diné. Understands and agrees.\n"
     "Ronan Kiyoshi-Platero, MD (hospitalist) | NPI 1472039688",
     [("HOSPITAL", ["Northern Navajo Medical Center"]), ("LOCATION", ["Shiprock"]), ("DATE", ["06/28/2025"]),
      ("HOSPITAL", ["NNMC"]), ("NAME", ["Lorenzo", "Begay-Tsosie"]), ("DATE", ["10/14/1961"]), ("MRN", ["0527391-NN"]),
      ("ID", ["88174"]), ("NAME", ["Shawnadine", "Yazzie"]), ("PHONE", ["4417"]), ("DATE", ["6/26"]),
      ("LOCATION", ["Fort Collins"]), ("LOCATION", ["Sheep Springs"]), ("NAME", ["Harriet", "Nakai-Walters"]),
      ("HOSPITAL", ["UNM Hospital"]), ("LOCATION", ["Albuquerque"]), ("PHONE", ["505-555-0174"]),
      ("PHONE", ["505-555-0103"]), ("NAME", ["Lucinda", "Begay"]), ("LOCATION", ["Two Grey Hills"]),
      ("NAME", ["Kateri"]), ("PHONE", ["505-555-0185"]), ("NAME", ["Darlene"]), ("NAME", ["Ronan", "Kiyoshi-Platero"]),
      ("ID", ["1472039688"])],
     ["gram-negative rods", "MALDI-TOF", "Yersinia pestis", "inguinal bubo", "droplet precautions",
      "gentamicin 5 mg/kg IV daily", "Doxycycline prophylaxis"]),

    # 8 - Singapore (Yishun): discharge summary, dengue with warning signs
    ("KHOO TECK PUAT HOSPITAL\n"
     "90 Yishun Central, Singapore 768828\n"
     "DISCHARGE SUMMARY - General Medicine\n"
     "Name: Karthigesu s/o Ramasamy | NRIC S8241837G | M/43 | MRN KTPH-25-630418 | Ward 76, Bed 12\n"
     "Admitted 04/10/2025 | Discharged 09/10/2025\n"
     "Address: Blk 418 Yishun Ring Road #07-1183, Singapore 760418\n"
     "Occupation: welder, Admiralty Marine Engineering Pte Ltd\n"
     "Principal diagnosis: Dengue fever with warning signs (DENV-2), day 5 of illness on admission.\n"
     "Course: NS1 antigen positive at Yishun Polyclinic on 2 Oct. Admitted with persistent vomiting and abdominal "
     "pain. Platelet nadir 18 x10^9/L on 6/10 with Hct rise to 48% (baseline 41%); IV crystalloids per protocol, "
     "tapered as Hct settled. No bleeding, no transfusion. Entered recovery phase day 7 with convalescent rash.\n"
     "Discharge medication: paracetamol 1 g QDS PRN fever. Avoid NSAIDs and aspirin.\n"
     "Follow-up: FBC at Yishun Polyclinic on 11/10. MC 04/10 to 14/10/2025 (MC no. 82741093).\n"
     "Notified to NEA. Wife Mdm Vasanthi Karthigesu, HP 9555 4182.\n"
     "Dr Goh Hui Min, Resident Physician | MCR M41827J",
     [("HOSPITAL", ["KHOO TECK PUAT HOSPITAL"]), ("ADDRESS", ["90 Yishun Central"]), ("POSTCODE", ["768828"]),
      ("NAME", ["Karthigesu", "Ramasamy"]), ("ID", ["S8241837G"]), ("MRN", ["KTPH-25-630418"]),
      ("DATE", ["04/10/2025"]), ("DATE", ["09/10/2025"]), ("ADDRESS", ["Blk 418 Yishun Ring Road #07-1183"]),
      ("POSTCODE", ["760418"]), ("LOCATION", ["Admiralty Marine Engineering Pte Ltd"]),
      ("HOSPITAL", ["Yishun Polyclinic"]), ("DATE", ["2 Oct"]), ("DATE", ["6/10"]), ("DATE", ["11/10"]),
      ("DATE", ["04/10"]), ("DATE", ["14/10/2025"]), ("ID", ["82741093"]), ("NAME", ["Vasanthi", "Karthigesu"]),
      ("PHONE", ["9555 4182"]), ("NAME", ["Goh", "Hui Min"]), ("LICENCE", ["M41827J"])],
     ["Dengue fever with warning signs", "DENV-2", "NS1 antigen positive", "18 x10^9/L", "Hct rise to 48%",
      "paracetamol 1 g QDS", "Avoid NSAIDs"]),

    # 9 - China, Yunnan (Dali): discharge record, Amanita mushroom poisoning with acute liver failure (simplified)
    ("大理大学第一附属医院　消化内科\n"
     "出院记录\n"
     "住院号：DL25080417　床号：23\n"
     "姓名：段丽华　性别：女　年龄：57岁　民族：白族\n"
     "身份证号：532901196807124126\n"
     "住址：云南省大理市喜洲镇周城村4组27号\n"
     "职业：扎染工人（蓝花布扎染坊）\n"
     "联系人：丈夫 杨建国　电话：139-8725-4183\n"
     "入院日期：2025年8月3日　出院日期：2025年8月19日\n"
     "入院情况：7月31日与家人在苍山采食野生菌（白色菌盖、菌柄有菌环及菌托，疑为致命鹅膏），约10小时后出现剧烈呕吐、腹泻，经补液后好转（假愈期），8月2日起出现乏力、黄疸。同食的女儿杨小芬症状较轻，已在喜洲卫生院观察后回家。\n"
     "诊疗经过：入院时ALT 2860 U/L，总胆红素 96 μmol/L，凝血酶原活动度 32%，尿α-鹅膏毒肽检测阳性。予水飞蓟宾、N-乙酰半胱氨酸、血液灌流3次及血浆置换2次等治疗，肝功能及凝血功能逐渐恢复，未行肝移植。\n"
     "出院诊断：1. 急性鹅膏菌中毒　2. 急性肝衰竭（已恢复）\n"
     "出院医嘱：勿采食野生菌；1周后复查肝功能、凝血功能；消化内科门诊随访。\n"
     "主治医师：李春燕　住院医师：赵明轩",
     [("HOSPITAL", ["大理大学第一附属医院"]), ("MRN", ["DL25080417"]), ("NAME", ["段丽华"]), ("ID", ["532901196807124126"]),
      ("LOCATION", ["大理市"]), ("LOCATION", ["喜洲镇"]), ("LOCATION", ["周城村"]), ("ADDRESS", ["4组27号"]),
      ("LOCATION", ["蓝花布扎染坊"]), ("NAME", ["杨建国"]), ("PHONE", ["139-8725-4183"]), ("DATE", ["2025年8月3日"]),
      ("DATE", ["2025年8月19日"]), ("DATE", ["7月31日"]), ("LOCATION", ["苍山"]), ("DATE", ["8月2日"]), ("NAME", ["杨小芬"]),
      ("HOSPITAL", ["喜洲卫生院"]), ("NAME", ["李春燕"]), ("NAME", ["赵明轩"])],
     ["假愈期", "ALT 2860 U/L", "凝血酶原活动度 32%", "α-鹅膏毒肽", "水飞蓟宾", "N-乙酰半胱氨酸", "血液灌流3次"]),

    # 10 - Ghana, Ashanti (Amansie West): district hospital referral letter to a teaching hospital, Buruli ulcer
    ("ST. MARTIN DE PORRES HOSPITAL\n"
     "Agroyesum, Amansie West District | P.O. Box 24, Manso Nkwanta | Tel 0322 555 418 | GhanaPost AK-418-2739\n"
     "\n"
     "3rd March, 2026\n"
     "\n"
     "The Head of Department,\n"
     "Reconstructive Plastic Surgery and Burns Unit,\n"
     "Komfo Anokye Teaching Hospital, Kumasi.\n"
     "\n"
     "Dear Sir/Madam,\n"
     "RE: REFERRAL OF MASTER KWABENA OWUSU-ANSAH (10 YRS) - FOLDER NO. SMDP/OPD/0418/25\n"
     "NHIS No. 53917264 | Ghana Card (mother) GHA-718204935-3\n"
     "Kindly see the above-named, a class 4 pupil of Agroyesum D/A Basic School who lives in Mpatuam. His mother, "
     "Madam Adwoa Serwaa Boateng, a cocoa farmer, brought him on the fourteenth of February with a painless nodule on "
     "the right forearm which has since broken down into an ulcer of 7 x 5 cm with undermined edges and a necrotic "
     "slough, now reaching the elbow crease. No fever; no bone pain. The family farm is beside the Offin River, where "
     "he swims and fetches water.\n"
     "Swab IS2404 PCR was positive for Mycobacterium ulcerans (result 24/02/2026). WHO Category II. He was started on "
     "rifampicin 10 mg/kg daily + clarithromycin 7.5 mg/kg BD on 25th February (day 7 today) with daily dressings.\n"
     "I am referring him for surgical debridement and skin grafting, and for physiotherapy to prevent an elbow flexion "
     "contracture.\n"
     "Mother's phone: 024 555 1837. The Assembly Member, Hon. Kofi Darko-Amponsah, has kindly offered transport.\n"
     "\n"
     "Yours faithfully,\n"
     "Dr Efua Nyarko-Asamoah\n"
     "Medical Officer | MDC/RN/7316",
     [("HOSPITAL", ["ST. MARTIN DE PORRES HOSPITAL"]), ("LOCATION", ["Agroyesum"]),
      ("LOCATION", ["Amansie West District"]), ("ADDRESS", ["P.O. Box 24"]), ("LOCATION", ["Manso Nkwanta"]),
      ("PHONE", ["0322 555 418"]), ("ADDRESS", ["AK-418-2739"]), ("DATE", ["3rd March, 2026"]),
      ("HOSPITAL", ["Komfo Anokye Teaching Hospital"]), ("LOCATION", ["Kumasi"]), ("NAME", ["KWABENA", "OWUSU-ANSAH"]),
      ("MRN", ["SMDP/OPD/0418/25"]), ("ID", ["53917264"]), ("ID", ["GHA-718204935-3"]),
      ("LOCATION", ["Agroyesum D/A Basic School"]), ("LOCATION", ["Mpatuam"]), ("NAME", ["Adwoa Serwaa", "Boateng"]),
      ("DATE", ["the fourteenth of February"]), ("LOCATION", ["Offin River"]), ("DATE", ["24/02/2026"]),
      ("DATE", ["25th February"]), ("PHONE", ["024 555 1837"]), ("NAME", ["Kofi", "Darko-Amponsah"]),
      ("NAME", ["Efua", "Nyarko-Asamoah"]), ("LICENCE", ["MDC/RN/7316"])],
     ["7 x 5 cm", "undermined edges", "IS2404 PCR", "Mycobacterium ulcerans", "WHO Category II", "rifampicin 10 mg/kg",
      "clarithromycin 7.5 mg/kg BD"]),

    # 11 - Canada, Newfoundland and Labrador (Trinity Bay): public health nurse postnatal home visit after a PPH
    ("Eastern Health - Community Health Nursing, Carbonear Office\n"
     "POSTNATAL HOME VISIT RECORD | Visit date: October 21, 2025, 10:30\n"
     "Mother: Chantelle Parsons-Snook | DOB 1996-02-11 | MCP 418273051627 | Carbonear General Hospital MRN CGH "
     "0594172\n"
     "Infant: baby boy Brody Snook | born October 17, 2025 at 03:12, Carbonear General Hospital | BW 3,640 g | Apgar 8 "
     "and 9\n"
     "Address: 14 Southside Road, Heart's Content, NL A0B 1Z0\n"
     "Delivery: SVD complicated by PPH 1,450 mL (atony): oxytocin 40 units infusion, carboprost (Hemabate) 250 mcg IM "
     "x2, Bakri balloon 24 h, 2 units PRBC. Discharged day 3 on ferrous fumarate, Hb 78 g/L at discharge.\n"
     "Today (day 4 since the seventeenth): mother pale and tired, light-headed on standing; HR 104, BP 102/64. Lochia "
     "moderate, no clots, no odour; fundus firm 2 FB below umbilicus. EPDS 9. Breastfeeding well, good latch, 6+ wet "
     "diapers. Baby 3,480 g (-4.4%); jaundiced to the chest, TcB 212 µmol/L.\n"
     "Plan: phoned Dr. Gideon Strickland at Carbonear Medical Clinic - CBC and ferritin for mom tomorrow, consider IV "
     "iron; serum bilirubin for baby today 13:00 at the CGH lab. Partner Dwayne Snook is on rotation at the Come By "
     "Chance refinery - home Nov 2. Her nan, Gertie Parsons, has come from Little Heart's Ease to help.\n"
     "Next visit Oct 24.\n"
     "Wanda Crewe-Pinsent, RN BN | CRNNL 31946 | cell 709-555-0138",
     [("HOSPITAL", ["Eastern Health"]), ("LOCATION", ["Carbonear"]), ("DATE", ["October 21, 2025"]),
      ("NAME", ["Chantelle", "Parsons-Snook"]), ("DATE", ["1996-02-11"]), ("ID", ["418273051627"]),
      ("HOSPITAL", ["Carbonear General Hospital"]), ("MRN", ["CGH 0594172"]), ("NAME", ["Brody", "Snook"]),
      ("DATE", ["October 17, 2025"]), ("ADDRESS", ["14 Southside Road"]), ("LOCATION", ["Heart's Content"]),
      ("POSTCODE", ["A0B 1Z0"]), ("DATE", ["the seventeenth"]), ("NAME", ["Gideon", "Strickland"]),
      ("HOSPITAL", ["Carbonear Medical Clinic"]), ("HOSPITAL", ["CGH"]), ("NAME", ["Dwayne", "Snook"]),
      ("LOCATION", ["Come By Chance"]), ("DATE", ["Nov 2"]), ("NAME", ["Gertie", "Parsons"]),
      ("LOCATION", ["Little Heart's Ease"]), ("DATE", ["Oct 24"]), ("NAME", ["Wanda", "Crewe-Pinsent"]),
      ("LICENCE", ["31946"]), ("PHONE", ["709-555-0138"])],
     ["Apgar 8 and 9", "PPH 1,450 mL", "carboprost (Hemabate) 250 mcg", "Bakri balloon", "Hb 78 g/L", "EPDS 9",
      "TcB 212 µmol/L"]),

    # 12 - Uganda, Acholi sub-region (Gulu): paediatric ward night nursing report
    ("ST. MARY'S HOSPITAL LACOR - Paediatric Ward\n"
     "NIGHT NURSING REPORT | 12/05/2025 20:00 - 13/05/2025 08:00\n"
     "Ward state: 46 patients (12 on floor mattresses), 3 admissions, 1 death, 0 discharges. Nurse to patient 1:23 "
     "overnight.\n"
     "1. AKELLO Scovia, 4 yrs, IP No. 25/PW/4182, from Unyama, Gulu City. Mother Lanyero Grace, 0772 555 418. Dx: "
     "severe malaria with severe anaemia (RDT positive, P. falciparum). Hb 4.2 g/dL on admission; whole blood 20 mL/kg "
     "transfused 22:30-02:30, no reaction. IV artesunate 3 mg/kg, 3rd dose at 00:00. RBS 2.1 mmol/L at 03:00 -> 5 "
     "mL/kg D10 bolus, recheck 5.8. Blantyre coma score 2/5 at midnight, 4/5 this morning, taking breast milk.\n"
     "2. OJOK Denis, 11 yrs, IP No. 25/PW/4190, from Awach sub-county, P.5 pupil at Awach Primary School. Dx: sickle "
     "cell disease, vaso-occlusive crisis (both legs, lower back). Oral morphine 0.1 mg/kg 4-hourly, IV fluids, pain "
     "8/10 -> 4/10. Father Okot Charles stayed overnight, 0789 555 062.\n"
     "3. Death: infant of APIYO Sharon (IP No. 25/PW/4177), 5 months, severe pneumonia with hypoxaemia. The oxygen "
     "concentrator (s/n DV5-1841827) alarmed at 02:00 and was swapped; child deteriorated and died at 04:10 despite "
     "resuscitation. Certified by Dr. Opio Geoffrey (intern). Body released to the father, Komakech, at 06:30 with the "
     "chaplain present.\n"
     "Reported by: Sr. Atim Florence Lakot, RN (UNMC Reg. No. RN/41827)\n"
     "Handed over to: Br. Oryem Patrick, RN",
     [("HOSPITAL", ["ST. MARY'S HOSPITAL LACOR"]), ("DATE", ["12/05/2025"]), ("DATE", ["13/05/2025"]),
      ("NAME", ["AKELLO", "Scovia"]), ("MRN", ["25/PW/4182"]), ("LOCATION", ["Unyama"]), ("LOCATION", ["Gulu City"]),
      ("NAME", ["Lanyero", "Grace"]), ("PHONE", ["0772 555 418"]), ("NAME", ["OJOK", "Denis"]), ("MRN", ["25/PW/4190"]),
      ("LOCATION", ["Awach"]), ("LOCATION", ["Awach Primary School"]), ("NAME", ["Okot", "Charles"]),
      ("PHONE", ["0789 555 062"]), ("NAME", ["APIYO", "Sharon"]), ("MRN", ["25/PW/4177"]), ("SERIAL", ["DV5-1841827"]),
      ("NAME", ["Opio", "Geoffrey"]), ("NAME", ["Komakech"]), ("NAME", ["Atim", "Florence", "Lakot"]),
      ("LICENCE", ["RN/41827"]), ("NAME", ["Oryem", "Patrick"])],
     ["1:23", "Hb 4.2 g/dL", "whole blood 20 mL/kg", "artesunate 3 mg/kg", "RBS 2.1 mmol/L", "5 mL/kg D10",
      "Blantyre coma score 2/5", "morphine 0.1 mg/kg"]),

    # 13 - Italy, Sardinia (Barbagia): hospital discharge letter to the GP, favism (Italian)
    ("AZIENDA SOCIO-SANITARIA LOCALE DI NUORO\n"
     "Presidio Ospedaliero San Francesco - S.C. Medicina Interna\n"
     "Via Mannironi 1, 08100 Nuoro - tel. 0784 555 214\n"
     "\n"
     "LETTERA DI DIMISSIONE\n"
     "Nuoro, 11 aprile 2026\n"
     "\n"
     "Alla Collega Dott.ssa Bonaria Cossu-Ladu, Medico di Medicina Generale, Mamoiada\n"
     "\n"
     "Paziente: Sig. Salvatore Mereu, nato a Nuoro il 12/04/1994, C.F. MRESVT94D12F979B, residente a Orgosolo in Via "
     "Grazia Deledda 27, cell. 347 555 8813. N. nosologico 2026/004182.\n"
     "Ricoverato dal 7 aprile 2026 all'11 aprile 2026.\n"
     "Motivo del ricovero: astenia intensa, ittero e urine color marsala comparsi la sera di Pasquetta, dopo aver "
     "mangiato fave crude a una scampagnata sul Supramonte con gli amici.\n"
     "Anamnesi: pastore, lavora nell'azienda del padre, Giovanni Antonio, in località Funtana Bona. Nessun farmaco "
     "abituale. Riferisce un episodio simile da bambino, mai indagato.\n"
     "Esami all'ingresso: emoglobina 6,8 g/dL, reticolociti 9%, LDH 1.240 U/L, bilirubina indiretta 5,2 mg/dL, "
     "aptoglobina < 10 mg/dL, emoglobinuria. Striscio periferico: corpi di Heinz e bite cells. Test di Coombs diretto "
     "negativo. Attività G6PD: deficit grave (variante Mediterranea).\n"
     "Decorso: trasfuse 2 unità di emazie concentrate; idratazione; funzione renale sempre nella norma. Hb alla "
     "dimissione 9,4 g/dL.\n"
     "Diagnosi di dimissione: Favismo - crisi emolitica acuta da deficit di G6PD.\n"
     "Indicazioni: evitare fave e piselli freschi e i farmaci ossidanti (elenco consegnato: primachina, dapsone, "
     "rasburicase, nitrofurantoina, sulfamidici). Emocromo di controllo tra 7 giorni. Consigliato lo screening G6PD "
     "alla sorella Antonella e al figlio Gavino.\n"
     "\n"
     "Cordiali saluti,\n"
     "Dott. Efisio Pittalis, Dirigente Medico - iscr. Ordine dei Medici di Nuoro n. 1842",
     [("LOCATION", ["NUORO"]), ("HOSPITAL", ["Presidio Ospedaliero San Francesco"]), ("ADDRESS", ["Via Mannironi 1"]),
      ("POSTCODE", ["08100"]), ("LOCATION", ["Nuoro"]), ("PHONE", ["0784 555 214"]), ("DATE", ["11 aprile 2026"]),
      ("NAME", ["Bonaria", "Cossu-Ladu"]), ("LOCATION", ["Mamoiada"]), ("NAME", ["Salvatore", "Mereu"]),
      ("DATE", ["12/04/1994"]), ("ID", ["MRESVT94D12F979B"]), ("LOCATION", ["Orgosolo"]),
      ("ADDRESS", ["Via Grazia Deledda 27"]), ("PHONE", ["347 555 8813"]), ("MRN", ["2026/004182"]),
      ("DATE", ["7 aprile 2026"]), ("DATE", ["Pasquetta"]), ("LOCATION", ["Supramonte"]),
      ("NAME", ["Giovanni Antonio"]), ("LOCATION", ["Funtana Bona"]), ("NAME", ["Antonella"]), ("NAME", ["Gavino"]),
      ("NAME", ["Efisio", "Pittalis"]), ("LICENCE", ["1842"])],
     ["emoglobina 6,8 g/dL", "LDH 1.240 U/L", "emoglobinuria", "corpi di Heinz", "Test di Coombs diretto negativo",
      "deficit di G6PD", "primachina"]),

    # 14 - India, Kerala (Kozhikode district): community palliative care home visit record (English)
    ("KUNNAMANGALAM PAIN AND PALLIATIVE CARE SOCIETY - Home Care Unit\n"
     "HOME CARE VISIT RECORD | 16-08-2025 | Team: doctor, nurse, 2 volunteers | Vehicle KL 11 BX 4182\n"
     "Patient: P. K. Kunhiraman, 68/M, S/o (late) Kelappan | Reg. No. PC/KNM/0418 | Aadhaar 6293 0517 4840\n"
     "Address: Puthenpurayil House, Chathamangalam P.O., Kozhikode - 673601 (Ward 9, Chathamangalam Panchayat)\n"
     "Diagnosis: Ca left buccal mucosa (T4aN2b), post-RT at MVR Cancer Centre; local recurrence with fungating lesion "
     "L cheek, not for further oncological treatment. Ex-worker of Dinesh Beedi co-operative; chewed pan for 40 "
     "years.\n"
     "Home: lives with wife Sreedevi and his mother, 92, who is bedbound; son Rajeesh works in Muscat.\n"
     "Today: ESAS pain 7/10, foul smell from the wound, bleeding on dressing change twice this week, eating "
     "semi-solids only. Karnofsky 40%, ECOG 3. Family coping but wife exhausted.\n"
     "Plan: oral morphine 5 mg 4-hourly (up from 2.5 mg) + bisacodyl 10 mg HS; metronidazole powder to the wound; "
     "tranexamic acid 500 mg TDS; adrenaline-soaked gauze and dark-coloured towels kept ready for a bleed. Preferred "
     "place of death discussed: home. Volunteer Fathima Beevi to visit on Thursday; team visit 23-08-2025 or earlier "
     "if needed; unit closed on Thiruvonam - 24-hour line 0495 255 4182.\n"
     "Dr. Shahina Basheer, Medical Officer | TCMC Reg. No. 58201",
     [("HOSPITAL", ["KUNNAMANGALAM PAIN AND PALLIATIVE CARE SOCIETY"]), ("DATE", ["16-08-2025"]),
      ("PLATE", ["KL 11 BX 4182"]), ("NAME", ["P. K.", "Kunhiraman"]), ("NAME", ["Kelappan"]), ("MRN", ["PC/KNM/0418"]),
      ("ID", ["6293 0517 4840"]), ("ADDRESS", ["Puthenpurayil House"]), ("LOCATION", ["Chathamangalam"]),
      ("LOCATION", ["Kozhikode"]), ("POSTCODE", ["673601"]), ("HOSPITAL", ["MVR Cancer Centre"]),
      ("LOCATION", ["Dinesh Beedi"]), ("NAME", ["Sreedevi"]), ("AGE", ["92"]), ("NAME", ["Rajeesh"]),
      ("LOCATION", ["Muscat"]), ("NAME", ["Fathima Beevi"]), ("DATE", ["23-08-2025"]), ("DATE", ["Thiruvonam"]),
      ("PHONE", ["0495 255 4182"]), ("NAME", ["Shahina", "Basheer"]), ("LICENCE", ["58201"])],
     ["T4aN2b", "fungating lesion", "ESAS pain 7/10", "Karnofsky 40%", "ECOG 3", "morphine 5 mg 4-hourly",
      "metronidazole powder", "tranexamic acid 500 mg TDS"]),

    # 15 - Trinidad and Tobago (south Trinidad): operation note, cutlass wound, flexor tendon and median nerve repair
    ("SAN FERNANDO GENERAL HOSPITAL - South-West Regional Health Authority\n"
     "Department of Surgery - Plastics & Hand | OPERATION NOTE\n"
     "Date: 16/02/2026 (Carnival Monday) | Knife to skin 23:40 | Theatre 2 (emergency list)\n"
     "Patient: Vishnu Ramlogan | 24 M | DOB 27/10/2001 | Reg. No. SFGH-26-117395 | ID card 20011027048\n"
     "Address: LP 41 Mohess Road, Barrackpore\n"
     "Surgeon: Dr. Nalini Maharaj-Baptiste | Assistant: Dr. Kwesi Phillip | Anaesthetist: Dr. Sherwin Ali-Mohammed\n"
     "Anaesthesia: GA + L supraclavicular block. Tourniquet 250 mmHg, 94 min.\n"
     "Indication: cutlass wound to the L wrist in a fight at a fete in Debe earlier this evening. Allen test normal "
     "pre-op; numbness of thumb, index and middle finger.\n"
     "Findings: 6 cm transverse laceration, L volar wrist, zone V. FDP and FDS to index and middle fingers divided, "
     "FCR divided, median nerve 70% laceration, radial and ulnar arteries intact.\n"
     "Procedure: washout; FDP to index and middle repaired with 4-strand modified Kessler core suture (3/0 Prolene) "
     "and 6/0 running epitendinous suture; FDS and FCR repaired; median nerve epineural repair with 8/0 nylon under "
     "loupes. Skin 4/0 nylon. Dorsal blocking splint: wrist 20 degrees flexion, MCPJs 60 degrees, IPJs straight.\n"
     "Post-op: cefuroxime 750 mg IV 8-hourly x 24 h; tetanus toxoid given in A&E; early active motion protocol - hand "
     "therapy referral to Occupational Therapy, SFGH. Elevate. Review in Plastics clinic in 1 week.\n"
     "Brother Anil Ramlogan (1-868-555-4182) informed. Police escort present: PC Dexter Sobers, Reg. No. 17418.\n"
     "Signed: Dr N. Maharaj-Baptiste, Consultant Plastic Surgeon | MBTT Reg. No. 2294",
     [("HOSPITAL", ["SAN FERNANDO GENERAL HOSPITAL"]), ("HOSPITAL", ["South-West Regional Health Authority"]),
      ("DATE", ["16/02/2026"]), ("DATE", ["Carnival Monday"]), ("NAME", ["Vishnu", "Ramlogan"]),
      ("DATE", ["27/10/2001"]), ("MRN", ["SFGH-26-117395"]), ("ID", ["20011027048"]),
      ("ADDRESS", ["LP 41 Mohess Road"]), ("LOCATION", ["Barrackpore"]), ("NAME", ["Nalini", "Maharaj-Baptiste"]),
      ("NAME", ["Kwesi", "Phillip"]), ("NAME", ["Sherwin", "Ali-Mohammed"]), ("LOCATION", ["Debe"]),
      ("HOSPITAL", ["SFGH"]), ("NAME", ["Anil", "Ramlogan"]), ("PHONE", ["1-868-555-4182"]),
      ("NAME", ["Dexter", "Sobers"]), ("ID", ["17418"]), ("LICENCE", ["2294"])],
     ["Allen test normal", "zone V", "median nerve 70% laceration", "4-strand modified Kessler", "8/0 nylon",
      "4/0 nylon", "Dorsal blocking splint", "cefuroxime 750 mg IV"]),

    # 16 - Greece, Crete (Chania, Selino): health centre home visit to a woman aged 94 (Greek)
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΝΤΑΝΟΥ - Π.Ε. Χανίων\n"
     "ΣΗΜΕΙΩΜΑ ΚΑΤ' ΟΙΚΟΝ ΕΠΙΣΚΕΨΗΣ | Παρασκευή 14 Νοεμβρίου 2025, 11:20\n"
     "Ασθενής: Ευτυχία Μαρκογιαννάκη του Ζαχαρία, 94 ετών, γεν. 19/03/1931, ΑΜΚΑ 19033102740\n"
     "Κατοικία: οικισμός Ανύδροι, Δήμος Καντάνου-Σελίνου. Χήρα από το 1987· δούλευε στα λιόφυτα, έξι παιδιά. Ζει με "
     "την κόρη της Κατερίνα Σαριδάκη (κιν. 697 555 4182).\n"
     "Αιτία: από τις αρχές Οκτωβρίου ανορεξία, απώλεια 6 kg, σύγχυση τις νύχτες, δύο πτώσεις χωρίς κάκωση.\n"
     "Ιστορικό: ΣΔ τύπου 2 (HbA1c 6,9% τον Ιούνιο), υπέρταση, επέμβαση καταρράκτη ΑΜ στο Γενικό Νοσοκομείο Χανίων «Ο "
     "Άγιος Γεώργιος» το 2016.\n"
     "Φάρμακα: μετφορμίνη 850 mg x2, περινδοπρίλη 5 mg x1, γλικλαζίδη 30 mg x1.\n"
     "Εξέταση: ΑΠ 104/58 ύπτια, 88/50 όρθια, ΣΦ 92 ρυθμική, SpO2 95%. Τριχοειδικό σάκχαρο 52 mg/dL πριν το πρωινό. "
     "Ξηροί βλεννογόνοι. MMSE 19/30. Χωρίς εστιακή σημειολογία.\n"
     "Εκτίμηση: επαναλαμβανόμενες υπογλυκαιμίες από γλικλαζίδη και ορθοστατική υπόταση, με επεισόδια παραληρήματος.\n"
     "Οδηγίες: διακοπή γλικλαζίδης και περινδοπρίλης· μετφορμίνη 500 mg x1· μέτρηση σακχάρου πρωί-βράδυ για 2 "
     "εβδομάδες· αιμοληψία (γενική αίματος, ουρία, κρεατινίνη, Na, K, B12) την Τρίτη στο Κέντρο Υγείας. Θα κλείσει τα "
     "95 τον Μάρτιο και θέλει να τα γιορτάσει στο χωριό.\n"
     "Επόμενη επίσκεψη 21/11.\n"
     "Ο ιατρός: Μιχάλης Τζανακάκης-Βαρδάκης, Γενικός Ιατρός | Α.Μ. Ιατρικού Συλλόγου Χανίων 2736",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΝΤΑΝΟΥ"]), ("LOCATION", ["Χανίων"]), ("DATE", ["14 Νοεμβρίου 2025"]),
      ("NAME", ["Ευτυχία", "Μαρκογιαννάκη"]), ("NAME", ["Ζαχαρία"]), ("AGE", ["94 ετών"]), ("DATE", ["19/03/1931"]),
      ("ID", ["19033102740"]), ("LOCATION", ["Ανύδροι"]), ("LOCATION", ["Καντάνου-Σελίνου"]), ("DATE", ["1987"]),
      ("NAME", ["Κατερίνα", "Σαριδάκη"]), ("PHONE", ["697 555 4182"]), ("DATE", ["Οκτωβρίου"]), ("DATE", ["Ιούνιο"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος»"]), ("DATE", ["2016"]), ("AGE", ["95"]),
      ("DATE", ["Μάρτιο"]), ("DATE", ["21/11"]), ("NAME", ["Μιχάλης", "Τζανακάκης-Βαρδάκης"]), ("LICENCE", ["2736"])],
     ["HbA1c 6,9%", "μετφορμίνη 850 mg", "γλικλαζίδη 30 mg", "Τριχοειδικό σάκχαρο 52 mg/dL", "MMSE 19/30",
      "ορθοστατική υπόταση"]),

    # 17 - Pakistan, Khyber Pakhtunkhwa (Bannu): acute flaccid paralysis case investigation form (English)
    ("EXPANDED PROGRAMME ON IMMUNIZATION - KHYBER PAKHTUNKHWA\n"
     "ACUTE FLACCID PARALYSIS (AFP) CASE INVESTIGATION FORM\n"
     "EPID No.: PAK-KP-BNU-25-0418 | Date of notification: 09/09/2025 | Date of investigation: 10/09/2025\n"
     "Reporting site: District Headquarters Hospital Bannu, Paediatric OPD | Focal person: Dr. Ihsanullah Wazir, "
     "0300-5554182\n"
     "Name of child: Haris Khan | S/o Sher Alam Khan | Sex: M | Age: 2 yrs 3 mo | DOB 14/05/2023\n"
     "Father's CNIC: 11101-4182730-5 | Mobile: 0333-5558127\n"
     "Address: Mohalla Jhandu Khel, Village Mandan, Union Council Mandan-II, Tehsil & District Bannu. Landmark: behind "
     "Government Girls Primary School Mandan.\n"
     "Onset of paralysis: 03/09/2025 | Fever at onset: Yes | Progression ≤3 days: Yes | Asymmetric: Yes (R leg) | "
     "Sensory loss: No | DTR R knee/ankle: absent | Provisional diagnosis: AFP ?poliomyelitis; differentials "
     "Guillain-Barré syndrome, traumatic neuritis (IM injection R buttock on 01/09/2025 at Shifa Clinic, Bannu "
     "Cantt).\n"
     "Vaccination: OPV doses 3 (routine) + 4 (campaigns), IPV 1; last OPV in the campaign of April 2025.\n"
     "Travel in the last 35 days: none. Family went to Mir Ali, North Waziristan for Eid-ul-Adha in June.\n"
     "Stool specimens: #1 10/09/2025, #2 11/09/2025 (≥24 h apart, both within 14 days of onset), reverse cold chain to "
     "the Regional Reference Laboratory, NIH Islamabad. Adequate: Yes. Contacts sampled: 3 cousins under 5 years "
     "(Ayesha, Bilal, Hamza).\n"
     "60-day follow-up due: 02/11/2025.\n"
     "Investigator: Dr. Sana Gul Marwat, District Surveillance Officer | PMDC 41827-N",
     [("ID", ["PAK-KP-BNU-25-0418"]), ("DATE", ["09/09/2025"]), ("DATE", ["10/09/2025"]),
      ("HOSPITAL", ["District Headquarters Hospital Bannu"]), ("NAME", ["Ihsanullah", "Wazir"]),
      ("PHONE", ["0300-5554182"]), ("NAME", ["Haris", "Khan"]), ("NAME", ["Sher Alam", "Khan"]),
      ("DATE", ["14/05/2023"]), ("ID", ["11101-4182730-5"]), ("PHONE", ["0333-5558127"]),
      ("ADDRESS", ["Mohalla Jhandu Khel"]), ("LOCATION", ["Mandan"]), ("LOCATION", ["Mandan-II"]),
      ("LOCATION", ["Bannu"]), ("LOCATION", ["Government Girls Primary School Mandan"]), ("DATE", ["03/09/2025"]),
      ("DATE", ["01/09/2025"]), ("HOSPITAL", ["Shifa Clinic"]), ("LOCATION", ["Bannu Cantt"]), ("DATE", ["April 2025"]),
      ("LOCATION", ["Mir Ali"]), ("LOCATION", ["North Waziristan"]), ("DATE", ["Eid-ul-Adha"]), ("DATE", ["June"]),
      ("DATE", ["11/09/2025"]), ("LOCATION", ["Islamabad"]), ("NAME", ["Ayesha"]), ("NAME", ["Bilal"]),
      ("NAME", ["Hamza"]), ("DATE", ["02/11/2025"]), ("NAME", ["Sana Gul", "Marwat"]), ("LICENCE", ["41827-N"])],
     ["Progression ≤3 days", "DTR R knee/ankle: absent", "Guillain-Barré syndrome", "OPV doses 3", "IPV 1",
      "≥24 h apart", "reverse cold chain"]),

    # 18 - USA, Hawaii (Puna district, Big Island): inpatient neurology consultation, rat lungworm disease
    ("Hilo Benioff Medical Center - Neurology\n"
     "1190 Waianuenue Ave, Hilo, HI 96720\n"
     "INPATIENT NEUROLOGY CONSULTATION | 03/11/2026 | Requested by Dr. Makana Kealoha-Pires (hospitalist)\n"
     "Patient: Keoni Akana-Delacruz | 34 M | DOB 07/22/1991 | MRN HBMC-04718236 | Med-QUEST ID 0062719483\n"
     "Reason: severe headache and burning skin pain in both legs x 10 days.\n"
     "HPI: organic farmer in Volcano; makes smoothies with unwashed lettuce and kale from his garden, where he has "
     "seen semi-slugs (Parmarion martensi). Sells produce Sundays at Maku'u Farmers Market outside Pahoa. Brother "
     "Kainoa, who lives in Mountain View, shared the smoothies over Presidents' Day weekend and has a milder headache. "
     "Partner Leilani Spencer at bedside.\n"
     "Exam: afebrile. Mild meningismus. Allodynia and hyperesthesia both legs and trunk below T10. Strength 5/5, "
     "reflexes 2+ and symmetric, toes down. No papilledema. Cranial nerves intact.\n"
     "LP 3/10: opening pressure 34 cm H2O; WBC 620/µL with 32% eosinophils; protein 98 mg/dL; glucose 48 mg/dL. "
     "Peripheral eosinophils 14%. MRI brain: a few nonspecific T2 hyperintensities, no hemorrhage.\n"
     "Assessment: eosinophilic meningitis - probable neuroangiostrongyliasis (Angiostrongylus cantonensis, rat "
     "lungworm disease). CSF PCR sent through the state lab.\n"
     "Recommendations: prednisolone 60 mg daily x 14 days then taper; albendazole 15 mg/kg/day in 2 divided doses x 14 "
     "days, with the steroid; gabapentin 300 mg TID for the neuropathic pain; repeat LP for pressure relief if "
     "headache escalates. Brother to see his own PCP. Hawaii DOH notified. Questions: "
     "neuro.consults@hilomedicalcenter.org.\n"
     "Pualani Nakamura-Hasegawa, MD, Neurology | NPI 1608314278 | pager 808-555-0193",
     [("HOSPITAL", ["Hilo Benioff Medical Center"]), ("ADDRESS", ["1190 Waianuenue Ave"]), ("LOCATION", ["Hilo"]),
      ("POSTCODE", ["96720"]), ("DATE", ["03/11/2026"]), ("NAME", ["Makana", "Kealoha-Pires"]),
      ("NAME", ["Keoni", "Akana-Delacruz"]), ("DATE", ["07/22/1991"]), ("MRN", ["HBMC-04718236"]),
      ("ID", ["0062719483"]), ("LOCATION", ["Volcano"]), ("LOCATION", ["Maku'u Farmers Market"]),
      ("LOCATION", ["Pahoa"]), ("NAME", ["Kainoa"]), ("LOCATION", ["Mountain View"]), ("DATE", ["Presidents' Day"]),
      ("NAME", ["Leilani", "Spencer"]), ("DATE", ["3/10"]), ("EMAIL", ["neuro.consults@hilomedicalcenter.org"]),
      ("NAME", ["Pualani", "Nakamura-Hasegawa"]), ("ID", ["1608314278"]), ("PHONE", ["808-555-0193"])],
     ["Parmarion martensi", "opening pressure 34 cm H2O", "32% eosinophils", "eosinophilic meningitis",
      "Angiostrongylus cantonensis", "prednisolone 60 mg daily", "albendazole 15 mg/kg/day"]),

    # 19 - Zambia, Copperbelt (Kitwe): advanced HIV disease clinic list
    ("CHAMBOLI URBAN HEALTH CENTRE - ART Clinic, Kitwe District\n"
     "ADVANCED HIV DISEASE (AHD) CLINIC LIST | Thursday 21/08/2025\n"
     "Clinician: Dr. Mwansa Chileshe-Banda | Nurses: Sr. Memory Mulenga, Mr. Given Phiri (ART nurse)\n"
     "1. Precious Mwale, 29 F | ART No. CHB-0418-27 | NRC 418273/61/1 | H/No. 418 Mutende Road, Kwacha East | cell "
     "0977 555 418. New diagnosis; CD4 88 cells/µL; serum CrAg positive (LFA). LP at Kitwe Teaching Hospital 19/08: "
     "CSF CrAg negative. On fluconazole 1200 mg daily (pre-emptive). TLD to start 04/09. Cotrimoxazole.\n"
     "2. Gift Chanda, 41 M | ART No. CHB-0211-15 | NRC 702118/65/1 | Chimwemwe | underground miner, Mopani Copper "
     "Mines. Cough 3 weeks, night sweats. Xpert MTB/RIF Ultra: MTB detected, RIF resistance not detected; TB LAM "
     "positive. Start 2RHZE/4RH; continue TLD, pyridoxine. VL 1,200 copies/mL -> enhanced adherence counselling "
     "session 1 today. Wife Blessings Chanda also on ART at this clinic - offer TPT review.\n"
     "3. Mrs. Loveness Tembo-Sakala, 52 F | ART No. CHB-0098-09 | Nkana East | retired teacher, Kitwe Boys Secondary "
     "School. VL <50 copies/mL. BP 168/104 twice -> amlodipine 5 mg OD, refer NCD corner.\n"
     "4. Mutale Kasonde, 9 mo | HEI No. HEI-CHB-25-041 | mother Patience Kasonde (ART No. CHB-0377-22). 9-month DNA "
     "PCR negative; still breastfeeding; continue cotrimoxazole, rapid test at 18 months.\n"
     "Next AHD clinic: 28/08/2025.",
     [("HOSPITAL", ["CHAMBOLI URBAN HEALTH CENTRE"]), ("LOCATION", ["Kitwe District"]), ("DATE", ["21/08/2025"]),
      ("NAME", ["Mwansa", "Chileshe-Banda"]), ("NAME", ["Memory", "Mulenga"]), ("NAME", ["Given", "Phiri"]),
      ("NAME", ["Precious", "Mwale"]), ("MRN", ["CHB-0418-27"]), ("ID", ["418273/61/1"]),
      ("ADDRESS", ["H/No. 418 Mutende Road"]), ("LOCATION", ["Kwacha East"]), ("PHONE", ["0977 555 418"]),
      ("HOSPITAL", ["Kitwe Teaching Hospital"]), ("DATE", ["19/08"]), ("DATE", ["04/09"]), ("NAME", ["Gift", "Chanda"]),
      ("MRN", ["CHB-0211-15"]), ("ID", ["702118/65/1"]), ("LOCATION", ["Chimwemwe"]),
      ("LOCATION", ["Mopani Copper Mines"]), ("NAME", ["Blessings", "Chanda"]), ("NAME", ["Loveness", "Tembo-Sakala"]),
      ("MRN", ["CHB-0098-09"]), ("LOCATION", ["Nkana East"]), ("LOCATION", ["Kitwe Boys Secondary School"]),
      ("NAME", ["Mutale", "Kasonde"]), ("MRN", ["HEI-CHB-25-041"]), ("NAME", ["Patience", "Kasonde"]),
      ("MRN", ["CHB-0377-22"]), ("DATE", ["28/08/2025"])],
     ["CD4 88 cells/µL", "CrAg positive", "fluconazole 1200 mg", "Xpert MTB/RIF Ultra", "TB LAM", "2RHZE/4RH",
      "VL <50 copies/mL"]),
] + MORE_NOTES
