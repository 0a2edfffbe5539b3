"""Twenty-third HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1193 planted identifier parts in 1019 (kind, parts) entries; 381 clinical strings), mostly in English, written
the way clinicians write them: an emergency department clinician note after a creel hauler injury, a black lung
respiratory examination form, a nursing station inter-facility transfer note, a flying doctor retrieval record, an
internal medicine discharge note, an out-of-hours GP home visit, a medical certificate of cause of death, a general
hospital referral letter, a sickle cell clinic list, an emergency admission record, a medical college discharge summary,
a telephone referral log, a discharge note, a critical access hospital ED note, an accident and emergency note, an
orthopaedic discharge note, a report of a death to the coroner, a GP referral letter to infectious diseases, a district
hospital referral letter and a medical discharge summary; then a community health aide telephone consult, a TB and HIV
discharge summary, an inter-hospital transfer note, a surgical transfer record, a cholera outbreak line list, an
occupational health periodic examination of a miner, a paediatric referral, a high-altitude discharge summary, a
long-term care nursing note with abbreviations, a dengue admission note, a community clinic referral letter, an
orthopaedic discharge summary (epikrise), a home health skilled nursing visit, a paediatric discharge summary with a
register notification, a medical certificate of death, a sharps injury occupational health record, a handwritten-style
post-operative ward round, a home care nursing record, an accident and emergency note after a crocodile bite and a
discharge summary after West Nile neuroinvasive disease. From Scotland (Isle of Lewis, Shetland, Highland Perthshire),
England (County Durham), Northern Ireland (Co. Fermanagh), Ireland (Co. Mayo), the US (West Virginia, Kansas, Alaska,
Mississippi), Canada (Manitoba, Newfoundland, Alberta), Australia (Queensland's Channel Country, Tasmania), Kenya
(Turkana), Nigeria (Kano State), Ghana (Northern Region), Uganda (Kasese), Zambia (Copperbelt), South Africa (Eastern
Cape), Botswana (Ngamiland), India (Kerala, in English), Pakistan (Gilgit-Baltistan, in English), Sri Lanka (Hambantota,
in English), the Philippines (Bohol), Trinidad and Tobago, Guyana, The Bahamas, Tonga, Cyprus (Limassol), Greece
(Chania, Chalkidiki, Kalamata), mainland China (Yunnan, Sichuan), Hong Kong, Taiwan (Hualien), Portugal (Trás-os-Montes)
and Norway (Finnmark).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 4 (Limassol), 15 (Chania), 26 (Polygyros) and 34
(Kalamata) are in Greek script, with Greek names, patronymics, addresses, phone numbers, facilities and Greek dates and
month names; notes 9 (Dali) and 23 (Garzê) are in simplified Chinese and notes 19 (Hong Kong, with a romanised name as
well) and 37 (Hualien, with Republic of China calendar dates) in traditional Chinese, with names, addresses, phone
numbers, facilities and dates in Chinese; note 12 is in Portuguese (Bragança) and note 31 in Norwegian (Kautokeino, with
Sami names and places), each with dates in that language; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (S/o, s/o, Smt., Sr,
Sister, Malam, Hajiya, Fr, Garda, Medex, του and της with a patronymic), bare in prose, in pipe tables, in sign-offs, as
nicknames in quotes or brackets (Dodo, Ceit, Lachie, Minnie, Tintin, Onding, Bobo, Mikey Joe, Tom Pat, Shorty, Candy,
Apaq, Clarrie, Uri, Shay, Zeke, Sumpta, Λάμπης), as initials with a surname, in capitals (surname first in lists), as a
romanised name next to a Chinese one and an Amis name next to a Chinese one; addresses with and without house numbers
(house names, a Kerala house name, lots, plots, a purok, a Chinese village group, a Hong Kong estate flat, a Pakistani
mohallah, a rural route, a P.O. box and a P.M.B.), employers (a creel boat, coal mines, a farm and a co-op elevator, a
fabrication yard, a tie-dye workshop, a paddy polder, an estate, a trekking company, a tyre retreader, a dive resort, a
lodge, a bar, a copper mine shaft, a tea restaurant, a hotel), schools and a nursery, a church, a tribal council, a
returned servicemen's club, a police station, a Hutterite colony, a cattle station, summer pastures, a siida's lake, and
hospitals, clinics and streets named after people (Celestino Gallares, Nelson Mandela, Letsholathebe II, Princess
Margaret, J.W. Ruby, Ιπποκράτειο, Ο Άγιος Γεώργιος, 伊利沙伯醫院, Queen Salote College, Solomon Hochoy Highway, Abade de
Baçal, Αρχιεπισκόπου Μακαρίου Γ', Ελευθερίου Βενιζέλου, Αγίου Νικολάου), and places that are everyday words or first
names (War, Protection, Dull, Current, Success, Penal, Alligator, Paradise, Nowhere Else, Pity Me, Little Heart's Ease,
Concordia, Carmen, Catalina, Cleveland, Sheffield, Toft, Panay, and the people Mercy, Patience, Comfort, Jupiter, Sara,
Self-Hampton, Gunn); also e-mail addresses, a DHIS2 URL, a telehealth portal URL and an occupational health portal URL,
IPv4 addresses, a Facebook Messenger handle, an Instagram handle and a Viber name, road vehicle plates (a station Land
Cruiser, three ambulances, a maxi-taxi and a car, a tractor, a family car, a snowmobile), eight aircraft registrations
(two of them helicopters) and a fishing boat's port letters and number, professional licences (GMC, NMC, IMC, AHPRA,
CRNM, KMPDC, MDCN, TCMC, MBTT, HPCSA, HPCZ, BHPC, PMDC, SLMC, CPSA, Guyana and Bahamas medical councils, Cyprus and
Messinia medical associations, Ordem dos Médicos, a Norwegian HPR number, a Hong Kong medical council number, a Taiwan
nurse certificate, US state medical and nursing licences and a B Reader certificate), device serial numbers (a
defibrillator, a telecare pendant, a pacemaker, an oxygen concentrator, a negative-pressure wound pump, a PCA pump),
insurance and national numbers, register, claim, certificate, police and incident numbers, a death certificate serial, a
health facility code, fax, bleep and extension numbers, and dates in many formats (full dates in several orders and
separators, US and day-first dates, year-less dates with slashes or words, "the 11th", month and year, dates in words,
Christmas, New Year, Easter Eve, Shrove Tuesday, the Fourth of July, Juneteenth, Thanksgiving, Anzac Day, Heritage Day,
Independence Day, Arrival Day, Botswana Day, Carnival Monday, Up Helly Aa, the Glorious Twelfth, Slaviq, Thiruvonam,
Vesak Poya, the Assumption, Πρωτοχρονιά, 重陽節, 火把節, 洛萨, 豐年祭 and 春節, and Greek, Chinese, Republic of China, Portuguese and
Norwegian dates). Where a real identifier has a check digit (Scottish CHI, NHS, Northern Irish H&C, Irish PPSN, US NPI,
Australian Medicare and IHI, South African ID, Aadhaar, Greek AMKA, Chinese resident ID, Hong Kong ID, Taiwan ID,
Norwegian fødselsnummer, Portuguese NIF) the planted one passes it; the other national, insurance and licence numbers
keep a plausible format (US Medicare MBI, Manitoba PHIN, Alberta PHN, Newfoundland MCP, Kansas driving licence, Kenyan
ID, Ghana NHIS, PhilHealth, Trinidad national ID, Guyana national ID, Bahamas NIB, Zambian NRC, Botswana Omang,
Pakistani CNIC, Sri Lankan NIC, Cypriot ID, Greek identity card, DVA file number, the last four digits of a US SSN). No
name, place or facility is planted in more than one note, and none is reused from the eighteenth set. Five patients are
aged 90 or over (notes 5, 15, 22, 28 and 37), and for them the age and every date element, bare years, months, decades
and holidays included, are planted; where a younger patient's note has a bare year (notes 1 and 24), it is left in the
text and not planted. The strings that must survive include eponyms and eponymous signs, tests and classifications
(Allen's test, Gustilo-Anderson, Elek test, Weil's disease, Zuspan regimen, Le Fort II, Thomas splint, Perthes syndrome,
Bell's palsy, Bannwarth syndrome, Stokes-Adams attack, Rankin in Chinese, Braden, Barthel in Chinese, Ishihara, Hinchey,
Hartmann's procedure, Killip, Jones criteria, Sydenham chorea, Weber B in Norwegian, Kawasaki in Greek, Wright and Rose
Bengal in Greek, Gamow bag), disease and score names that hold a place name (Lyme, West Nile, Lake Louise, World Heart
Federation), syndromes, scores and classifications with their numbers, brand names of drugs and devices, organisms, lab
values with units, ratios and fractions that look like dates (an ILO profusion and category, Snellen acuity, titres, a
murmur grade, a muscle power grade, co-codamol strength, pain and colour-vision scores, an MMSE), a year inside two
statutes, and everyday words that must stay (temperature reversal, great barracuda, fluid quota, Plan C). Entries per
kind: LOCATION 196, NAME 195, DATE 173, HOSPITAL 88, PHONE 85, ID 69, ADDRESS 55, MRN 37, POSTCODE 33, LICENCE 30, PLATE
18, EMAIL 15, AGE 11, SERIAL 6, HANDLE 3, URL 3, IP 2. The last 20 notes (574 identifier parts in 497 entries, 191
clinical strings) are in :mod:`deid_notes_heldout23_more`, only to keep each file a readable length; this file holds 619
identifier parts in 522 entries and 190 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout23.deid_notes_heldout23_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Outer Hebrides (Isle of Lewis): emergency department clinician note, creel hauler hand injury
    ("Western Isles Hospital / Ospadal nan Eilean Siar - Emergency Department\n"
     "Macaulay Road, Stornoway, Isle of Lewis HS1 2AF | ED 01851 555 704\n"
     "ED CLINICIAN NOTE | Arrived 26/11/2025 03:12 | ED no. WIH-ED-25-11873\n"
     "Name: Murdo \"Dodo\" MacLeod-Morrison | M | 47 | DOB 15/03/1978 | CHI 1503784177\n"
     "Address: 14 Cross Skigersta Road, Port of Ness HS2 0TT | GP: Dr Iseabail Gunn, Ness Medical Practice\n"
     "HPI: crewman on the creel boat Ocean Gleaner (SY 287) fishing out of Port of Ness. At ~23:40 his R glove was "
     "caught in the hauler while they were shooting creels off the Butt of Lewis in a heavy swell; index and middle "
     "fingers crushed, then he went over the side for ~3 min before the skipper, his brother-in-law Kenny-John "
     "Macritchie, got him back aboard. Landed at the harbour and brought by land ambulance.\n"
     "O/E: shivering, alert, GCS 15. HR 58, BP 128/76, RR 16, SpO2 97% RA, tympanic 34.6 °C. R index and middle "
     "fingers: open wounds over the middle phalanges with bone visible, nail bed laceration of the index; both "
     "fingers pink, cap refill < 2 s. Allen's test normal. Sensation intact both digital nerves on each side.\n"
     "XR R hand: comminuted fractures of the middle phalanges of the index and middle fingers, no joint involvement.\n"
     "VBG: pH 7.33, lactate 3.1 mmol/L, glucose 6.8.\n"
     "Imp: open fractures R index and middle fingers (Gustilo-Anderson IIIA); mild hypothermia after immersion.\n"
     "Plan: co-amoxiclav 1.2 g IV given 03:40; tetanus booster; wounds photographed, irrigated and dressed with "
     "saline gauze; splinted. Active rewarming with a Bair Hugger and warmed fluids. D/w plastics on call at Raigmore "
     "Hospital, Inverness (Mr Tobias Achterberg-Keane): needs debridement and fixation today - transfer on the "
     "Air Ambulance fixed wing (G-SASX) at first light.\n"
     "Wife Catriona (Ceit) MacLeod-Morrison at the bedside, mobile 07700 900 417.\n"
     "Dr Eilidh Nicolson-Barre, ED Staff Grade | GMC 7184302",
     [("HOSPITAL", ["Western Isles Hospital"]), ("HOSPITAL", ["Ospadal nan Eilean Siar"]),
      ("ADDRESS", ["Macaulay Road"]), ("LOCATION", ["Stornoway"]), ("LOCATION", ["Isle of Lewis"]),
      ("POSTCODE", ["HS1 2AF"]), ("PHONE", ["01851 555 704"]), ("DATE", ["26/11/2025"]), ("MRN", ["WIH-ED-25-11873"]),
      ("NAME", ["Murdo", "Dodo", "MacLeod-Morrison"]), ("DATE", ["15/03/1978"]), ("ID", ["1503784177"]),
      ("ADDRESS", ["14 Cross Skigersta Road"]), ("LOCATION", ["Port of Ness"]), ("POSTCODE", ["HS2 0TT"]),
      ("NAME", ["Iseabail", "Gunn"]), ("HOSPITAL", ["Ness Medical Practice"]), ("LOCATION", ["Ocean Gleaner"]),
      ("PLATE", ["SY 287"]), ("LOCATION", ["Butt of Lewis"]), ("NAME", ["Kenny-John", "Macritchie"]),
      ("HOSPITAL", ["Raigmore Hospital"]), ("LOCATION", ["Inverness"]), ("NAME", ["Tobias", "Achterberg-Keane"]),
      ("PLATE", ["G-SASX"]), ("NAME", ["Catriona", "Ceit"]), ("PHONE", ["07700 900 417"]),
      ("NAME", ["Eilidh", "Nicolson-Barre"]), ("LICENCE", ["7184302"])],
     ["tympanic 34.6 °C", "nail bed laceration", "cap refill < 2 s", "Allen's test normal", "comminuted fractures",
      "lactate 3.1 mmol/L", "Gustilo-Anderson IIIA", "co-amoxiclav 1.2 g IV", "Bair Hugger"]),

    # 1 - USA, West Virginia (McDowell County): black lung occupational respiratory examination form
    ("TUG VALLEY BLACK LUNG CLINIC\n"
     "8 Riverside Drive, Welch, WV 24801 | Ph 304-555-0139 | Fax 304-555-0188\n"
     "MINER'S RESPIRATORY EXAMINATION (Federal Black Lung Program) | Exam date: March 3, 2026\n"
     "Miner: Dewey Ray Hatfield-Compton | DOB 9/14/1961 | SSN xxx-xx-6619 | DOL file no. BL-2026-04187 | "
     "Clinic chart 77-0418\n"
     "Home: 117 Hollow Branch Rd, War, WV 24892 (McDowell Co.)\n"
     "Occupational history: 31 years underground - roof bolter, then continuous-miner operator at the Big Creek No. 7 "
     "Mine (Clear Fork Coal Co.) until it idled on Nov. 22, 2024; before that 6 years at Bradshaw Mountain Energy. "
     "Smoked 1/2 ppd for 20 years, quit 2009.\n"
     "Symptoms: short of breath walking up to his mailbox, cough with black sputum most mornings, sleeps on 3 "
     "pillows.\n"
     "Exam: BP 146/88, HR 92, SpO2 91% RA at rest, 85% after 2 flights of stairs. No clubbing. Scattered rhonchi, "
     "fine crackles both upper zones.\n"
     "Chest X-ray (ILO classification, B Reader Dr. Lorna Pettibone-Akers, certificate 04187): small rounded "
     "opacities q/r, profusion 2/1, upper and mid zones; large opacity category B - progressive massive fibrosis.\n"
     "Spirometry: FEV1 1.62 L (48% pred), FVC 2.90 L (71% pred), FEV1/FVC 0.56, no significant bronchodilator "
     "response. DLCO 52% pred. ABG at rest: pO2 62 mmHg.\n"
     "Assessment: complicated coal workers' pneumoconiosis with PMF; mixed obstructive/restrictive defect; totally "
     "disabled from his last coal mine job.\n"
     "Plan: Stiolto Respimat 2 puffs daily; pulmonary rehab at Welch Community Hospital; overnight oximetry and "
     "home O2 evaluation; refer to the transplant pulmonary clinic at WVU Medicine J.W. Ruby Memorial Hospital, "
     "Morgantown. Daughter Shawna Compton (cell 304-555-0172, shawnac1984@frontiernet.net) is helping him with the "
     "claim paperwork.\n"
     "Examining physician: Harlan Odum-Whitt, MD | NPI 1647283906 | WV license 29418",
     [("HOSPITAL", ["TUG VALLEY BLACK LUNG CLINIC"]),
      ("ADDRESS", ["8 Riverside Drive"]), ("LOCATION", ["Welch"]), ("POSTCODE", ["24801"]),
      ("PHONE", ["304-555-0139"]), ("PHONE", ["304-555-0188"]), ("DATE", ["March 3, 2026"]),
      ("NAME", ["Dewey Ray", "Hatfield-Compton"]), ("DATE", ["9/14/1961"]), ("ID", ["6619"]),
      ("ID", ["BL-2026-04187"]), ("MRN", ["77-0418"]), ("ADDRESS", ["117 Hollow Branch Rd"]), ("LOCATION", ["War"]),
      ("POSTCODE", ["24892"]), ("LOCATION", ["McDowell Co."]), ("LOCATION", ["Big Creek No. 7 Mine"]),
      ("LOCATION", ["Clear Fork Coal Co."]), ("DATE", ["Nov. 22, 2024"]), ("LOCATION", ["Bradshaw Mountain Energy"]),
      ("NAME", ["Lorna", "Pettibone-Akers"]), ("LICENCE", ["04187"]), ("HOSPITAL", ["Welch Community Hospital"]),
      ("HOSPITAL", ["J.W. Ruby Memorial Hospital"]), ("LOCATION", ["Morgantown"]), ("NAME", ["Shawna", "Compton"]),
      ("PHONE", ["304-555-0172"]), ("EMAIL", ["shawnac1984@frontiernet.net"]), ("NAME", ["Harlan", "Odum-Whitt"]),
      ("ID", ["1647283906"]), ("LICENCE", ["29418"])],
     ["q/r", "profusion 2/1", "large opacity category B", "progressive massive fibrosis", "FEV1 1.62 L (48% pred)",
      "FEV1/FVC 0.56", "DLCO 52% pred", "pO2 62 mmHg", "Stiolto Respimat"]),

    # 2 - Canada, Manitoba (Nelson House): nursing station inter-facility transfer note, inferior STEMI
    ("NISICHAWAYASIHK CREE NATION NURSING STATION, Nelson House, MB R0B 1A0 | 204-555-0143\n"
     "INTER-FACILITY TRANSFER NOTE | 2026-01-19 | departed station 07:52\n"
     "Patient: Ernest Linklater-Spence | 58 M | DOB 1967-10-02 | MB PHIN 418273905 | Registry no. 3130418201 | "
     "Station chart NH-2287\n"
     "Route: Nelson House -> Thompson General Hospital (ER) -> Health Sciences Centre Winnipeg (cath lab)\n"
     "History: band office maintenance worker. Crushing central chest pain radiating to jaw from 04:30 after "
     "shovelling snow off the arena roof. Type 2 DM, smoker.\n"
     "05:10 ECG: ST elevation II, III, aVF 3 mm with reciprocal depression I and aVL - inferior STEMI. RV leads "
     "no elevation.\n"
     "Phone consult 05:20 with Dr. Marguerite Kovalchuk-Bighetty, ER physician, Thompson (204-555-0177): first "
     "medical contact to PCI well over 120 min -> fibrinolysis. Tenecteplase 45 mg IV bolus (weight 82 kg) at 05:41; "
     "ASA 160 mg chewed; clopidogrel 300 mg PO; enoxaparin 30 mg IV then 1 mg/kg SC.\n"
     "06:40 ECG: > 50% ST resolution; pain 2/10. HR 64 SR, BP 122/74, SpO2 96% RA. Killip class I. TIMI risk score "
     "4.\n"
     "Pads on, LIFEPAK 15 (s/n 44418273) travelling with him. Two IVs. Keep NPO.\n"
     "Transport: medevac Pilatus PC-12 C-GKSZ from the Nelson House airstrip, 1 nurse escort. Wife Verna Spence "
     "is driving to Thompson on Highway 391 (cell 204-555-0126).\n"
     "Jolene Wastesicoot, RN | CRNM 418273",
     [("HOSPITAL", ["NISICHAWAYASIHK CREE NATION NURSING STATION"]), ("LOCATION", ["Nelson House"]),
      ("POSTCODE", ["R0B 1A0"]), ("PHONE", ["204-555-0143"]), ("DATE", ["2026-01-19"]),
      ("NAME", ["Ernest", "Linklater-Spence"]), ("DATE", ["1967-10-02"]), ("ID", ["418273905"]),
      ("ID", ["3130418201"]), ("MRN", ["NH-2287"]), ("HOSPITAL", ["Thompson General Hospital"]),
      ("HOSPITAL", ["Health Sciences Centre Winnipeg"]), ("NAME", ["Marguerite", "Kovalchuk-Bighetty"]),
      ("LOCATION", ["Thompson"]), ("PHONE", ["204-555-0177"]), ("SERIAL", ["44418273"]), ("PLATE", ["C-GKSZ"]),
      ("NAME", ["Verna", "Spence"]), ("PHONE", ["204-555-0126"]), ("NAME", ["Jolene", "Wastesicoot"]),
      ("LICENCE", ["418273"])],
     ["inferior STEMI", "Tenecteplase 45 mg IV", "ASA 160 mg", "clopidogrel 300 mg", "enoxaparin 30 mg IV",
      "pain 2/10", "Killip class I", "TIMI risk score 4", "LIFEPAK 15"]),

    # 3 - Australia, Queensland (Channel Country): Royal Flying Doctor Service retrieval record, horse-fall chest injury
    ("ROYAL FLYING DOCTOR SERVICE - Queensland Section, Mount Isa Base\n"
     "CLINICAL RETRIEVAL RECORD | Task RFDS-MI-260214-07 | 14/02/2026\n"
     "Request 15:20 from the RN at Birdsville Primary Health Care Centre (07 4555 0183)\n"
     "Patient: Lachlan \"Lachie\" Brumby-Kerr | 23 M | DOB 30/06/2002 | Medicare 4182 73618 1 | Clinic UR 004187\n"
     "Ringer at Cuttaburra Downs Station, about 140 km east of Birdsville. Thrown from a young horse while mustering "
     "at ~13:00 and kicked in the R chest. Station owner Robyn Steinhardt-Dunne drove him in to the clinic in the "
     "station Land Cruiser (QLD 418 KZP), 2.5 h on the dirt.\n"
     "On arrival of the team (16:55, Birdsville aerodrome): HR 128, BP 94/60, RR 32, SpO2 86% on 15 L NRB, GCS 15. "
     "Paradoxical movement R 4th-7th ribs laterally - flail segment. Reduced air entry R, trachea midline. eFAST: "
     "no lung sliding R with a lung point, no free fluid, no pericardial effusion.\n"
     "Interventions: finger thoracostomy R 5th ICS mid-axillary line -> rush of air, SpO2 94%; 28 Fr ICC placed "
     "and secured, 300 mL blood. Fentanyl 50 mcg IV x 3, ketamine 20 mg IV; cefazolin 2 g IV. Serratus anterior "
     "plane block with ropivacaine 0.375% 20 mL.\n"
     "Flight: King Air B350 VH-FMZ departed 17:40, direct to Townsville University Hospital (Level 1 trauma), "
     "handover to the trauma team 20:05.\n"
     "NOK: mother Jenny Brumby, Longreach, 0491 570 156 - phoned by the flight nurse Tamsin Ah-Chee.\n"
     "Retrieval MO: Dr Ngaio Oduya-Pemberton | AHPRA MED0001847302",
     [("LOCATION", ["Mount Isa"]),
      ("ID", ["RFDS-MI-260214-07"]), ("DATE", ["14/02/2026"]),
      ("HOSPITAL", ["Birdsville Primary Health Care Centre"]), ("PHONE", ["07 4555 0183"]),
      ("NAME", ["Lachlan", "Lachie", "Brumby-Kerr"]), ("DATE", ["30/06/2002"]), ("ID", ["4182 73618 1"]),
      ("MRN", ["004187"]), ("LOCATION", ["Cuttaburra Downs Station"]), ("LOCATION", ["Birdsville"]),
      ("NAME", ["Robyn", "Steinhardt-Dunne"]), ("PLATE", ["418 KZP"]), ("PLATE", ["VH-FMZ"]),
      ("HOSPITAL", ["Townsville University Hospital"]), ("NAME", ["Jenny", "Brumby"]), ("LOCATION", ["Longreach"]),
      ("PHONE", ["0491 570 156"]), ("NAME", ["Tamsin", "Ah-Chee"]), ("NAME", ["Ngaio", "Oduya-Pemberton"]),
      ("LICENCE", ["MED0001847302"])],
     ["SpO2 86%", "flail segment", "eFAST", "lung point", "finger thoracostomy", "28 Fr ICC", "Fentanyl 50 mcg IV",
      "ketamine 20 mg IV", "cefazolin 2 g IV", "ropivacaine 0.375% 20 mL"]),

    # 4 - Cyprus, Limassol district (Pachna): medical discharge note, brucellosis with spondylodiscitis (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Παθολογική Κλινική\n"
     "Οδός Νίκαιας, 4131 Λεμεσός | τηλ. 25 555 418 | loimoxeis.gnl@shso-cy.org\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ | Αρ. Φακέλου ΓΝΛ-25-08417\n"
     "Ασθενής: Χαράλαμπος (Λάμπης) Χατζηκωστής, 52 ετών, γεν. 11/07/1973, Αρ. Ταυτότητας 0841827, Αρ. Δικαιούχου "
     "ΓεΣΥ 4182736\n"
     "Διεύθυνση: Αρχιεπισκόπου Μακαρίου Γ' 23, 4650 Πάχνα. Κτηνοτρόφος με αιγοπρόβατα, η μάντρα του είναι στη "
     "θέση Κάμπος του Καπή.\n"
     "Εισαγωγή: 2 Δεκεμβρίου 2025 - Έξοδος: 16 Δεκεμβρίου 2025\n"
     "Ιστορικό: κυματοειδής πυρετός 4 εβδομάδων με νυχτερινές εφιδρώσεις, αρθραλγίες και πόνο στη μέση που "
     "χειροτερεύει τη νύχτα. Τρώει χαλλούμι από άβραστο γάλα που φτιάχνει η σύζυγός του, Ελένη.\n"
     "Ευρήματα: ηπατοσπληνομεγαλία, ευαισθησία στην επίκρουση της ΟΜΣΣ. Rose Bengal θετική, Wright 1/640. "
     "Αιμοκαλλιέργειες (BACTEC, 5η ημέρα): Brucella melitensis. MRI ΟΜΣΣ: σπονδυλοδισκίτιδα Ο4-Ο5 χωρίς "
     "επισκληρίδιο απόστημα.\n"
     "Διάγνωση: Βρουκέλλωση με σπονδυλοδισκίτιδα Ο4-Ο5.\n"
     "Αγωγή: γενταμικίνη 5 mg/kg ΕΦ για 7 ημέρες· δοξυκυκλίνη 100 mg x2 και ριφαμπικίνη 900 mg x1 από το στόμα "
     "για 12 εβδομάδες.\n"
     "Έγινε δήλωση στις Υγειονομικές Υπηρεσίες· ενημερώθηκαν οι Κτηνιατρικές Υπηρεσίες για έλεγχο του κοπαδιού.\n"
     "Επανεξέταση στο εξωτερικό ιατρείο λοιμώξεων στις 13 Ιανουαρίου. Προσωπικός ιατρός: Δρ Ανδρέας Ευσταθίου, "
     "Αγρός.\n"
     "Μαρίνα Κουρουσίδη-Ηλιάδου, Παθολόγος-Λοιμωξιολόγος | Αρ. Εγγραφής ΙΣΚ 4187",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("ADDRESS", ["Οδός Νίκαιας"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 555 418"]), ("EMAIL", ["loimoxeis.gnl@shso-cy.org"]),
      ("MRN", ["ΓΝΛ-25-08417"]), ("NAME", ["Χαράλαμπος", "Λάμπης", "Χατζηκωστής"]), ("DATE", ["11/07/1973"]),
      ("ID", ["0841827"]), ("ID", ["4182736"]), ("ADDRESS", ["Αρχιεπισκόπου Μακαρίου Γ' 23"]), ("POSTCODE", ["4650"]),
      ("LOCATION", ["Πάχνα"]), ("LOCATION", ["Κάμπος του Καπή"]), ("DATE", ["2 Δεκεμβρίου 2025"]),
      ("DATE", ["16 Δεκεμβρίου 2025"]), ("NAME", ["Ελένη"]), ("DATE", ["13 Ιανουαρίου"]),
      ("NAME", ["Ανδρέας", "Ευσταθίου"]), ("LOCATION", ["Αγρός"]), ("NAME", ["Μαρίνα", "Κουρουσίδη-Ηλιάδου"]),
      ("LICENCE", ["4187"])],
     ["κυματοειδής πυρετός", "ηπατοσπληνομεγαλία", "Rose Bengal θετική", "Wright 1/640", "Brucella melitensis",
      "σπονδυλοδισκίτιδα Ο4-Ο5", "γενταμικίνη 5 mg/kg", "δοξυκυκλίνη 100 mg", "ριφαμπικίνη 900 mg"]),

    # 5 - Scotland, Shetland (Unst): out-of-hours GP home visit, fall and hip fracture, resident aged 92
    ("NHS SHETLAND - OUT OF HOURS GP HOME VISIT RECORD\n"
     "Visit: Sunday 9 November 2025, 08:55 | Visiting GP: Dr Fraser Tulloch-Abiodun (Unst Health Centre, "
     "Baltasound)\n"
     "Patient: Mrs Williamina \"Minnie\" Jamieson-Sandison | aged 92 | DOB 04/08/1933 | CHI 0408335246\n"
     "Address: Nordabrake, Haroldswick, Unst ZE2 9EF. Lives alone since her husband Lowrie died in 1998. Taught at "
     "Baltasound Junior High School until 1993; still knits.\n"
     "History: carer found her on the kitchen floor at 07:30; had got up in the night for the toilet and slipped. "
     "Telecare pendant (TC-60418273) round her neck but not pressed - \"didna want to bother anybody\". Pain L hip, "
     "cannot weight-bear.\n"
     "PMH: AF on apixaban; stroke at Christmas 2019 with mild R weakness; osteoporosis (on alendronic acid since "
     "March 2020); CKD 3a.\n"
     "O/E: alert, oriented, 4AT 2. HR 96 irregular, BP 142/84, SpO2 95% RA, T 36.1. L leg shortened and externally "
     "rotated, pain on any movement. NEWS2 4. Clinical Frailty Scale 5.\n"
     "Imp: probable L neck of femur fracture.\n"
     "Plan: oral morphine sulfate 2.5 mg and paracetamol 1 g given; apixaban withheld (last dose 20:00). 999 "
     "ambulance to the Gilbert Bain Hospital, Lerwick, via the Gutcher and Toft ferries; likely onward transfer to "
     "Aberdeen Royal Infirmary for fixation. ReSPECT form reviewed - for full treatment.\n"
     "Son Magnus Jamieson (07700 900 652) informed; he flies home from Aberdeen tonight and had meant to come for Up "
     "Helly Aa. She says she wants to be home for her 93rd in August.",
     [("HOSPITAL", ["NHS SHETLAND"]), ("DATE", ["Sunday 9 November 2025"]), ("NAME", ["Fraser", "Tulloch-Abiodun"]),
      ("HOSPITAL", ["Unst Health Centre"]), ("LOCATION", ["Baltasound"]),
      ("NAME", ["Williamina", "Minnie", "Jamieson-Sandison"]), ("AGE", ["aged 92"]), ("DATE", ["04/08/1933"]),
      ("ID", ["0408335246"]), ("ADDRESS", ["Nordabrake"]), ("LOCATION", ["Haroldswick"]), ("LOCATION", ["Unst"]),
      ("POSTCODE", ["ZE2 9EF"]), ("NAME", ["Lowrie"]), ("DATE", ["1998"]),
      ("LOCATION", ["Baltasound Junior High School"]), ("DATE", ["1993"]), ("SERIAL", ["TC-60418273"]),
      ("DATE", ["Christmas 2019"]), ("DATE", ["March 2020"]), ("HOSPITAL", ["Gilbert Bain Hospital"]),
      ("LOCATION", ["Lerwick"]), ("LOCATION", ["Gutcher"]), ("LOCATION", ["Toft"]),
      ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("NAME", ["Magnus", "Jamieson"]), ("PHONE", ["07700 900 652"]),
      ("LOCATION", ["Aberdeen"]), ("DATE", ["Up Helly Aa"]), ("AGE", ["93rd"]), ("DATE", ["August"])],
     ["apixaban", "CKD 3a", "4AT 2", "shortened and externally rotated", "NEWS2 4", "Clinical Frailty Scale 5",
      "neck of femur fracture", "oral morphine sulfate 2.5 mg", "paracetamol 1 g", "ReSPECT form"]),

    # 6 - Kenya, Turkana County: medical certificate of cause of death, visceral leishmaniasis in a child
    ("REPUBLIC OF KENYA - MINISTRY OF HEALTH\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH (Births and Deaths Registration Act, Cap. 149) | Serial No. D1 0418273\n"
     "Facility: Lodwar County Referral Hospital, P.O. Box 7-30500, Lodwar, Turkana County | MFL code 15006\n"
     "Name of deceased: EKIRU LOKOL EWOI | Sex: M | Age: 14 years | IP No. LCRH/IP/26/00418\n"
     "Usual residence: Nadoto village, Katilu location, Turkana South sub-county. Herds goats with his father; "
     "pupil at Katilu Mixed Day Primary School until September.\n"
     "Date of admission: 12/01/2026 | Date and time of death: 21st January 2026, 04:40 | Place: Paediatric "
     "ward (Kala-azar unit)\n"
     "CAUSE OF DEATH\n"
     "I (a) Severe anaemia with uncontrolled epistaxis | interval: 3 days\n"
     "  (b) Visceral leishmaniasis (kala-azar) - rK39 RDT positive, splenic aspirate LD bodies 4+ | interval: about "
     "3 months\n"
     "  (c) -\n"
     "II Severe acute malnutrition (MUAC 11.2 cm), HIV negative\n"
     "Treatment given: SSG 20 mg/kg + PM 15 mg/kg daily (SSG/PM) from 13/01/2026; 2 units whole blood; Hb 3.8 g/dL on "
     "admission.\n"
     "Parents: father Lomuria Ewoi (herder), mother Akai Nakiru - tel. 0722 555 418.\n"
     "Body released to the uncle, Ekuwom Lomuria, ID No. 29418273, for burial at Nadoto.\n"
     "Certifying medical officer: Dr Nyambura Kamau-Ochieng | KMPDC reg. no. A9418 | date 21/01/2026",
     [("ID", ["D1 0418273"]), ("HOSPITAL", ["Lodwar County Referral Hospital"]), ("ADDRESS", ["P.O. Box 7-30500"]),
      ("LOCATION", ["Lodwar"]), ("ID", ["15006"]),
      ("NAME", ["EKIRU", "LOKOL", "EWOI"]), ("MRN", ["LCRH/IP/26/00418"]), ("LOCATION", ["Nadoto"]),
      ("LOCATION", ["Katilu"]), ("LOCATION", ["Turkana South"]), ("LOCATION", ["Katilu Mixed Day Primary School"]),
      ("DATE", ["September"]), ("DATE", ["12/01/2026"]), ("DATE", ["21st January 2026"]),
      ("NAME", ["Lomuria", "Ewoi"]), ("NAME", ["Akai", "Nakiru"]), ("PHONE", ["0722 555 418"]),
      ("NAME", ["Ekuwom", "Lomuria"]), ("ID", ["29418273"]), ("DATE", ["13/01/2026"]),
      ("NAME", ["Nyambura", "Kamau-Ochieng"]), ("LICENCE", ["A9418"]), ("DATE", ["21/01/2026"])],
     ["Severe anaemia", "epistaxis", "Visceral leishmaniasis (kala-azar)", "rK39 RDT positive", "LD bodies 4+",
      "Severe acute malnutrition", "MUAC 11.2 cm", "SSG 20 mg/kg", "PM 15 mg/kg", "Hb 3.8 g/dL"]),

    # 7 - Nigeria, Kano State (Bichi): general hospital referral letter, respiratory diphtheria in a child
    ("KANO STATE HOSPITALS MANAGEMENT BOARD\n"
     "GENERAL HOSPITAL BICHI - Paediatric Unit | P.M.B. 3021, Bichi, Kano State | 0803 555 1742\n"
     "REFERRAL LETTER | 17th October, 2025 | Our ref: GHB/PAED/25/418\n"
     "\n"
     "To: The Consultant Paediatrician on call, Infectious Diseases Hospital, Kwanar Dawaki, Kano\n"
     "\n"
     "Dear Sir/Ma,\n"
     "RE: FATIMA SANI ABDULLAHI, 7-YEAR-OLD GIRL, HOSP. NO. GHB/041827\n"
     "Kindly see this child from Danzabuwa village, Bichi LGA, a pupil of Nurul Huda Islamiyya, with 4 days of fever "
     "and sore throat. Since this morning she has a \"bull neck\" and inspiratory stridor. There is a grey adherent "
     "pseudomembrane over both tonsils extending onto the uvula that bleeds when touched. SpO2 93% in air, HR 138. "
     "She has received no routine immunisation. Her brother Yusuf (5 years) died at home on Monday with the same "
     "illness.\n"
     "We suspect respiratory diphtheria (Corynebacterium diphtheriae). Throat swab taken for culture and Elek test. "
     "IV crystalline penicillin 50,000 IU/kg given at 10:15. We have no diphtheria antitoxin (DAT) here. Household "
     "contacts (14) are line-listed and started on erythromycin 12.5 mg/kg QID; the LGA DSNO, Hajiya Rakiya "
     "Musa-Danladi (0806 555 9120), has been notified.\n"
     "She comes with her father, Malam Sani Abdullahi (0806 555 3927), in our ambulance BCH 418 KN with nurse "
     "Habiba Lawan.\n"
     "\n"
     "Thank you.\n"
     "Yours faithfully,\n"
     "Dr Aminu Garba-Yakasai, Medical Officer | MDCN/R/94182",
     [("HOSPITAL", ["GENERAL HOSPITAL BICHI"]), ("ADDRESS", ["P.M.B. 3021"]), ("LOCATION", ["Bichi"]),
      ("PHONE", ["0803 555 1742"]), ("DATE", ["17th October, 2025"]), ("ID", ["GHB/PAED/25/418"]),
      ("HOSPITAL", ["Infectious Diseases Hospital, Kwanar Dawaki"]), ("LOCATION", ["Kwanar Dawaki"]),
      ("NAME", ["FATIMA", "SANI", "ABDULLAHI"]), ("MRN", ["GHB/041827"]), ("LOCATION", ["Danzabuwa"]),
      ("LOCATION", ["Nurul Huda Islamiyya"]), ("NAME", ["Yusuf"]), ("NAME", ["Rakiya", "Musa-Danladi"]),
      ("PHONE", ["0806 555 9120"]), ("NAME", ["Sani", "Abdullahi"]), ("PHONE", ["0806 555 3927"]),
      ("PLATE", ["BCH 418 KN"]), ("NAME", ["Habiba", "Lawan"]), ("NAME", ["Aminu", "Garba-Yakasai"]),
      ("LICENCE", ["MDCN/R/94182"])],
     ["bull neck", "inspiratory stridor", "pseudomembrane", "SpO2 93%", "Corynebacterium diphtheriae", "Elek test",
      "crystalline penicillin 50,000 IU/kg", "diphtheria antitoxin (DAT)", "erythromycin 12.5 mg/kg QID"]),

    # 8 - Ghana, Northern Region (Tamale): paediatric sickle cell clinic list with pipes
    ("TAMALE TEACHING HOSPITAL - PAEDIATRIC SICKLE CELL CLINIC\n"
     "Clinic list: Tuesday, 10 March 2026 | Consultant: Dr Abdul-Rahman Iddrisu-Baba | Clinic nurse: Ms Mariama "
     "Seidu (mothers' WhatsApp group 024 555 6019)\n"
     "No | Name | Age/Sex | Folder | NHIS | Town | Review\n"
     "1 | FUSEINI Wunpini | 6/F | TTH/SC/01418 | 04182736 | Savelugu | HbSS. Hb 7.4 g/dL. TCD 212 cm/s - abnormal: "
     "start hydroxyurea 20 mg/kg; FBC in 2 weeks. Mother Ayishetu, 024 555 8170.\n"
     "2 | ABUKARI Sumaila | 11/M | TTH/SC/00733 | 07318264 | Kumbungu | HbSC. Two painful crises since Christmas, "
     "one admission (Children's Ward B, 02/01-06/01). Misses school at Kumbungu D/A JHS - letter to the head "
     "teacher.\n"
     "3 | ASANTE Mercy Akosua | 9/F | TTH/SC/02094 | 05527319 | Tolon | HbSS. Acute chest syndrome on 14 Feb "
     "(ICU 3 days). On folic acid 5 mg OD and penicillin V 250 mg BD - mother admits missed doses. Adherence talk; "
     "pneumococcal vaccine due.\n"
     "4 | WUMBEI Patience | 14/F | TTH/SC/00268 | 03061847 | Walewale | HbS beta-zero thalassaemia. Spleen 4 cm. "
     "Hb 8.1 g/dL. Menarche last month. Boards at Walewale Senior High School - housemistress Mrs Comfort Adongo to "
     "call if fever.\n"
     "5 | ALHASSAN Nasara (twin of Nasiha, also HbSS, seen last month) | 4/M | TTH/SC/03310 | 09915273 | Nyankpala | "
     "Fever 39.2 today, looks well. Blood culture, FBC; ceftriaxone 50 mg/kg IM stat; review tomorrow. Father "
     "Iddi 020 555 4477.",
     [("HOSPITAL", ["TAMALE TEACHING HOSPITAL"]), ("DATE", ["Tuesday, 10 March 2026"]),
      ("NAME", ["Abdul-Rahman", "Iddrisu-Baba"]), ("NAME", ["Mariama", "Seidu"]), ("PHONE", ["024 555 6019"]),
      ("NAME", ["FUSEINI", "Wunpini"]), ("MRN", ["TTH/SC/01418"]), ("ID", ["04182736"]), ("LOCATION", ["Savelugu"]),
      ("NAME", ["Ayishetu"]), ("PHONE", ["024 555 8170"]), ("NAME", ["ABUKARI", "Sumaila"]),
      ("MRN", ["TTH/SC/00733"]), ("ID", ["07318264"]), ("LOCATION", ["Kumbungu"]), ("DATE", ["Christmas"]),
      ("DATE", ["02/01"]), ("DATE", ["06/01"]), ("LOCATION", ["Kumbungu D/A JHS"]),
      ("NAME", ["ASANTE", "Mercy", "Akosua"]), ("MRN", ["TTH/SC/02094"]), ("ID", ["05527319"]),
      ("LOCATION", ["Tolon"]), ("DATE", ["14 Feb"]), ("NAME", ["WUMBEI", "Patience"]), ("MRN", ["TTH/SC/00268"]),
      ("ID", ["03061847"]), ("LOCATION", ["Walewale"]), ("LOCATION", ["Walewale Senior High School"]),
      ("NAME", ["Comfort", "Adongo"]), ("NAME", ["ALHASSAN", "Nasara"]), ("NAME", ["Nasiha"]),
      ("MRN", ["TTH/SC/03310"]), ("ID", ["09915273"]), ("LOCATION", ["Nyankpala"]), ("NAME", ["Iddi"]),
      ("PHONE", ["020 555 4477"])],
     ["HbSS", "Hb 7.4 g/dL", "TCD 212 cm/s", "hydroxyurea 20 mg/kg", "HbSC", "Acute chest syndrome",
      "folic acid 5 mg OD", "penicillin V 250 mg BD", "HbS beta-zero thalassaemia", "ceftriaxone 50 mg/kg IM"]),

    # 9 - China, Yunnan (Dali): emergency admission record, wild mushroom poisoning (simplified)
    ("大理大学第一附属医院 急诊科 入院记录\n"
     "入院时间：2025年8月3日 14:30　住院号：DL25080317\n"
     "姓名：杨秀英　性别：女　年龄：54岁　民族：白族　出生日期：1971年5月23日\n"
     "身份证号：532901197105232020\n"
     "住址：大理市喜洲镇周城村5组42号\n"
     "职业：扎染工人（璞真扎染坊）　联系人：丈夫 段建华　电话：138-8725-4172\n"
     "主诉：进食野生菌后呕吐、腹泻14小时。\n"
     "现病史：火把节后第三天（8月2日）晚与丈夫、儿媳在家食用自采于苍山的野生菌，约10小时后出现剧烈呕吐、水样腹泻十余次。"
     "丈夫症状较轻，儿媳李春梅在洱源县人民医院留观。由丈夫驾车（云L·5K418）送来。\n"
     "查体：T 36.8℃，P 112次/分，BP 96/60 mmHg，皮肤干燥，巩膜轻度黄染，肝区叩痛。\n"
     "辅助检查：谷丙转氨酶（ALT）1860 U/L，谷草转氨酶（AST）2140 U/L，总胆红素 48 μmol/L，凝血酶原时间（PT）28秒，"
     "INR 2.6，肌酐 142 μmol/L。\n"
     "诊断：急性毒蕈中毒（鹅膏菌可能，肝损害型）；急性肝损伤。\n"
     "处理：补液；血液灌流2次；水飞蓟宾、N-乙酰半胱氨酸静滴；青霉素G；已联系云南省第一人民医院（昆明）肝病科，"
     "必要时转院行人工肝。已上报大理州疾控中心。\n"
     "接诊医师：赵志红　上级医师：何建平",
     [("HOSPITAL", ["大理大学第一附属医院"]), ("DATE", ["2025年8月3日"]), ("MRN", ["DL25080317"]), ("NAME", ["杨秀英"]),
      ("DATE", ["1971年5月23日"]), ("ID", ["532901197105232020"]), ("LOCATION", ["大理市"]), ("LOCATION", ["喜洲镇"]),
      ("LOCATION", ["周城村"]), ("ADDRESS", ["5组42号"]), ("LOCATION", ["璞真扎染坊"]), ("NAME", ["段建华"]),
      ("PHONE", ["138-8725-4172"]), ("DATE", ["火把节后第三天"]), ("DATE", ["8月2日"]), ("LOCATION", ["苍山"]),
      ("NAME", ["李春梅"]), ("HOSPITAL", ["洱源县人民医院"]), ("PLATE", ["云L·5K418"]), ("HOSPITAL", ["云南省第一人民医院"]),
      ("LOCATION", ["昆明"]), ("LOCATION", ["大理州"]), ("NAME", ["赵志红"]), ("NAME", ["何建平"])],
     ["野生菌", "谷丙转氨酶（ALT）1860 U/L", "凝血酶原时间（PT）28秒", "INR 2.6", "鹅膏菌", "肝损害型", "血液灌流", "水飞蓟宾",
      "N-乙酰半胱氨酸", "青霉素G"]),

    # 10 - India, Kerala (Kuttanad), in English: medical college discharge summary, Weil's disease
    ("GOVERNMENT T.D. MEDICAL COLLEGE HOSPITAL, ALAPPUZHA (Vandanam)\n"
     "Department of General Medicine - Unit III | DISCHARGE SUMMARY\n"
     "Name: Mr. Shibu Kuriakose, S/o Kuriakose Varkey | Age/Sex: 44/M | IP No. 2025/MED/41827 | UHID GMCA-0731846 | "
     "Aadhaar 7341 8206 9155\n"
     "Address: Kunnathuparambil House, Kainakary P.O., Kuttanad, Alappuzha Dist. - 688501\n"
     "Occupation: paddy farmer (Chathurthyakary padasekharam) and duck rearer\n"
     "Referred by: Dr. Anitha Sreekumar, FHC Kainakary\n"
     "DOA: 12-09-2025 | DOD: 24-09-2025\n"
     "Diagnosis: Leptospirosis - Weil's disease with AKI (AKIN stage 3), hepatic dysfunction and thrombocytopenia\n"
     "History: fever with myalgia and calf pain from the day after Thiruvonam, jaundice and reduced urine output "
     "from 10/9. Had been working in flood water in the polder without boots.\n"
     "Investigations: Lepto IgM ELISA positive; MAT 1:800 (serovar Icterohaemorrhagiae). Serum bilirubin 12.4 mg/dL, "
     "creatinine 5.8 mg/dL, platelets 38,000/cmm, CPK 2,140 U/L. USG: bilateral echogenic kidneys, no obstruction.\n"
     "Course: Inj. Ceftriaxone 1 g IV BD for 7 days. Three sessions of haemodialysis (14/9, 16/9, 18/9); urine "
     "output recovered from day 6. No pulmonary haemorrhage. Creatinine 1.6 mg/dL at discharge.\n"
     "Advice at discharge: Tab. Doxycycline 200 mg weekly as prophylaxis during the paddy season; boots and gloves "
     "in the field. Review in Medicine OP (Unit III, Thursday) on 2/10 with RFT.\n"
     "Bystander: wife Smt. Leelamma Shibu, Ph: +91 94470 55183 | shibu.kuriakose75@gmail.com\n"
     "Dr. Rekha Raghunath Menon, Assistant Professor (TCMC Reg. No. 41827) | Unit Chief: Prof. K. S. Balakrishnan",
     [("HOSPITAL", ["GOVERNMENT T.D. MEDICAL COLLEGE HOSPITAL, ALAPPUZHA"]), ("LOCATION", ["Vandanam"]),
      ("NAME", ["Shibu", "Kuriakose"]), ("NAME", ["Varkey"]), ("MRN", ["2025/MED/41827"]), ("MRN", ["GMCA-0731846"]),
      ("ID", ["7341 8206 9155"]), ("ADDRESS", ["Kunnathuparambil House"]), ("LOCATION", ["Kainakary"]),
      ("LOCATION", ["Kuttanad"]), ("LOCATION", ["Alappuzha"]), ("POSTCODE", ["688501"]),
      ("LOCATION", ["Chathurthyakary padasekharam"]), ("NAME", ["Anitha", "Sreekumar"]),
      ("HOSPITAL", ["FHC Kainakary"]), ("DATE", ["12-09-2025"]), ("DATE", ["24-09-2025"]),
      ("DATE", ["the day after Thiruvonam"]), ("DATE", ["10/9"]), ("DATE", ["14/9"]), ("DATE", ["16/9"]),
      ("DATE", ["18/9"]), ("DATE", ["2/10"]), ("NAME", ["Leelamma"]), ("PHONE", ["+91 94470 55183"]),
      ("EMAIL", ["shibu.kuriakose75@gmail.com"]), ("NAME", ["Rekha", "Raghunath Menon"]), ("LICENCE", ["41827"]),
      ("NAME", ["Balakrishnan"])],
     ["Weil's disease", "AKIN stage 3", "Lepto IgM ELISA positive", "MAT 1:800", "Icterohaemorrhagiae",
      "Serum bilirubin 12.4 mg/dL", "creatinine 5.8 mg/dL", "platelets 38,000/cmm", "Inj. Ceftriaxone 1 g IV BD",
      "Doxycycline 200 mg weekly"]),

    # 11 - Philippines, Bohol: referral telephone call log, severe pre-eclampsia
    ("GOV. CELESTINO GALLARES MEMORIAL REGIONAL HOSPITAL - Tagbilaran City, Bohol\n"
     "Department of Obstetrics and Gynecology | TELEPHONE REFERRAL / MESSAGE LOG\n"
     "Date/time: 07 March 2026, 01:45 | Received by: Dr. Kristine Joy Bernales-Uy, OB resident\n"
     "Caller: Midwife Marites Cabahug-Tan, Carmen Rural Health Unit Birthing Home, Carmen, Bohol | 0917 555 3382\n"
     "Patient: Ma. Cristina \"Tintin\" Lumapas-Gementiza, 19 y/o, G1P0, 36 wks AOG by LMP June 28, 2025 "
     "(EDD April 4, 2026) | PhilHealth 01-025418273-6\n"
     "Address: Purok 3, Barangay Katipunan, Carmen. Prenatal checks at the RHU since Christmas.\n"
     "Message: BP 168/112 and 164/110 fifteen minutes apart, severe frontal headache, blurring of vision, +3 "
     "proteinuria by dipstick; no seizure; FHT 148. She first messaged the midwife on FB Messenger "
     "(@tintin.lumapas) at midnight.\n"
     "Advice given: MgSO4 per Zuspan regimen - 4 g IV slowly over 20 min, then 1 g/h via the MDRRMO ambulance "
     "pump; nifedipine 10 mg PO now, repeat after 30 min if BP still 160/110 or more; IV line, foley catheter, "
     "monitor RR and patellar reflex. Watch for HELLP - CBC and platelets on arrival. Refer now.\n"
     "Transport: Carmen MDRRMO ambulance (plate SJD 4182), ETA 03:30. Husband Rolando \"Onding\" Gementiza, "
     "tricycle driver, 0999 555 1046, is coming with her.\n"
     "ER and DR informed (Nurse Jessa Mae Boiser, ext. 2214).",
     [("HOSPITAL", ["GOV. CELESTINO GALLARES MEMORIAL REGIONAL HOSPITAL"]), ("LOCATION", ["Tagbilaran City"]),
      ("DATE", ["07 March 2026"]), ("NAME", ["Kristine Joy", "Bernales-Uy"]), ("NAME", ["Marites", "Cabahug-Tan"]),
      ("HOSPITAL", ["Carmen Rural Health Unit Birthing Home"]), ("LOCATION", ["Carmen"]),
      ("PHONE", ["0917 555 3382"]), ("NAME", ["Ma. Cristina", "Tintin", "Lumapas-Gementiza"]),
      ("DATE", ["June 28, 2025"]), ("DATE", ["April 4, 2026"]), ("ID", ["01-025418273-6"]), ("ADDRESS", ["Purok 3"]),
      ("LOCATION", ["Barangay Katipunan"]), ("DATE", ["Christmas"]), ("HANDLE", ["@tintin.lumapas"]),
      ("PLATE", ["SJD 4182"]), ("NAME", ["Rolando", "Onding", "Gementiza"]), ("PHONE", ["0999 555 1046"]),
      ("NAME", ["Jessa Mae", "Boiser"]), ("PHONE", ["2214"])],
     ["G1P0", "36 wks AOG", "BP 168/112", "+3 proteinuria", "MgSO4", "Zuspan regimen", "4 g IV", "1 g/h",
      "nifedipine 10 mg PO", "HELLP"]),

    # 12 - Portugal, Trás-os-Montes (Bragança): medical discharge note, Mediterranean spotted fever (Portuguese)
    ("Unidade Local de Saúde do Nordeste - Hospital de Bragança\n"
     "Serviço de Medicina Interna | Av. Abade de Baçal, 5301-852 Bragança | tel. 273 555 418\n"
     "NOTA DE ALTA\n"
     "Utente: Sr. Abílio Fernandes Pires | 67 anos | n. 12/04/1958 | N.º SNS 284173906 | NIF 218473060 | "
     "Processo 0418273\n"
     "Morada: Rua da Fonte 12, Rio de Onor, 5300-081 Bragança. Pastor e apicultor; vive com a esposa, D. Olinda.\n"
     "Internamento: 19/08/2025 a 27/08/2025\n"
     "Motivo: febre alta, cefaleias e mialgias desde o dia da Assunção; exantema a partir do 3.º dia.\n"
     "Exame: T 39,4 °C; exantema maculopapular generalizado, incluindo palmas e plantas; escara negra (tache "
     "noire) de 8 mm na face posterior da perna esquerda, onde retirou uma carraça do cão pastor.\n"
     "Exames: trombocitopenia 84 000/µL, ALT 112 U/L, PCR 14,2 mg/dL, Na 131 mmol/L. IFI para Rickettsia conorii "
     "IgM positiva, título 1/160.\n"
     "Diagnóstico: Febre escaro-nodular (Rickettsia conorii) - forma moderada.\n"
     "Terapêutica: doxiciclina 100 mg 12/12 h durante 7 dias (termina a 29 de agosto). Apirético desde as 48 h.\n"
     "Seguimento: Médica de Família, Dra. Graça Morais-Teixeira, UCSP Santa Maria; consulta externa de Medicina a "
     "15 de setembro. Declaração obrigatória feita no SINAVE.\n"
     "Contacto: filha Sandra Pires, tel. 932 555 418, sandra.pires.rio@sapo.pt\n"
     "O médico: Dr. Nuno Carrilho-Esteves, Assistente Hospitalar de Medicina Interna | Cédula Profissional 54187",
     [("HOSPITAL", ["Unidade Local de Saúde do Nordeste"]), ("HOSPITAL", ["Hospital de Bragança"]),
      ("ADDRESS", ["Av. Abade de Baçal"]), ("POSTCODE", ["5301-852"]), ("LOCATION", ["Bragança"]),
      ("PHONE", ["273 555 418"]), ("NAME", ["Abílio", "Fernandes", "Pires"]), ("DATE", ["12/04/1958"]),
      ("ID", ["284173906"]), ("ID", ["218473060"]), ("MRN", ["0418273"]), ("ADDRESS", ["Rua da Fonte 12"]),
      ("LOCATION", ["Rio de Onor"]), ("POSTCODE", ["5300-081"]), ("NAME", ["Olinda"]), ("DATE", ["19/08/2025"]),
      ("DATE", ["27/08/2025"]), ("DATE", ["dia da Assunção"]), ("DATE", ["29 de agosto"]),
      ("NAME", ["Graça", "Morais-Teixeira"]), ("HOSPITAL", ["UCSP Santa Maria"]), ("DATE", ["15 de setembro"]),
      ("NAME", ["Sandra"]), ("PHONE", ["932 555 418"]), ("EMAIL", ["sandra.pires.rio@sapo.pt"]),
      ("NAME", ["Nuno", "Carrilho-Esteves"]), ("LICENCE", ["54187"])],
     ["exantema maculopapular", "tache noire", "trombocitopenia 84 000/µL", "ALT 112 U/L", "Rickettsia conorii",
      "título 1/160", "Febre escaro-nodular", "doxiciclina 100 mg 12/12 h"]),

    # 13 - USA, Kansas (Comanche County): critical access hospital ED physician note, grain bin engulfment
    ("COMANCHE COUNTY HOSPITAL - EMERGENCY DEPARTMENT\n"
     "202 S Frisco St, Coldwater, KS 67029 | (620) 555-0110\n"
     "ED PHYSICIAN NOTE | 10/14/2025 | Arrival 16:52 by Coldwater EMS (Medic 2)\n"
     "Pt: Travis Lee Unruh | 34 M | DOB 06/02/1991 | MRN CCH-0418273 | KS DL K00-41-8273\n"
     "Address: 21004 US-183, Protection, KS 67127. Farms with his dad (Unruh Bros. Farms); seasonal hand at the "
     "Protection Co-op elevator.\n"
     "HPI: walking down crusted corn in a 30,000-bu bin on the home place when it gave way at ~15:30; engulfed to "
     "the upper chest for ~40 min until Protection VFD cut a hole and built a rescue tube. Cannot remember the last "
     "10 min. Last tetanus around the Fourth of July 2023.\n"
     "Exam: GCS 14, anxious. HR 118, BP 104/62, RR 28, SpO2 88% RA -> 94% NRB. Facial petechiae, corn dust in "
     "nares and oropharynx. Coarse crackles R > L. Both legs tense, cool, pulses dopplerable only; sensation "
     "decreased below the knees.\n"
     "Labs: CK 9,840 U/L, K 5.9, creatinine 1.8 mg/dL, lactate 4.4 mmol/L, myoglobinuria (UA large blood, 0-2 RBC). "
     "CXR: bilateral patchy airspace opacities (aspiration).\n"
     "Tx: Lactated Ringer's 2 L bolus then 300 mL/h, calcium gluconate 2 g IV, insulin/dextrose; target urine "
     "output 200 mL/h; Tdap. Bilateral lower leg compartment syndrome likely - no surgeon here.\n"
     "Dispo: EagleMed fixed wing (N418EM) to Wesley Medical Center, Wichita - accepted by trauma surgery, "
     "Dr. Ruben Castellanos-Pike. Wife Kaylee Unruh (620-555-0164) following by car; her mother has the kids.\n"
     "Ingrid Vossberg-Tatum, DO | NPI 1283746505 | KS license 05-41827",
     [("HOSPITAL", ["COMANCHE COUNTY HOSPITAL"]), ("ADDRESS", ["202 S Frisco St"]), ("LOCATION", ["Coldwater"]),
      ("POSTCODE", ["67029"]), ("PHONE", ["(620) 555-0110"]), ("DATE", ["10/14/2025"]),
      ("NAME", ["Travis Lee", "Unruh"]), ("DATE", ["06/02/1991"]), ("MRN", ["CCH-0418273"]),
      ("LICENCE", ["K00-41-8273"]), ("ADDRESS", ["21004 US-183"]), ("LOCATION", ["Protection"]),
      ("POSTCODE", ["67127"]), ("LOCATION", ["Unruh Bros. Farms"]), ("LOCATION", ["Protection Co-op"]),
      ("DATE", ["the Fourth of July 2023"]), ("PLATE", ["N418EM"]), ("HOSPITAL", ["Wesley Medical Center"]),
      ("LOCATION", ["Wichita"]), ("NAME", ["Ruben", "Castellanos-Pike"]), ("NAME", ["Kaylee", "Unruh"]),
      ("PHONE", ["620-555-0164"]), ("NAME", ["Ingrid", "Vossberg-Tatum"]), ("ID", ["1283746505"]),
      ("LICENCE", ["05-41827"])],
     ["SpO2 88% RA", "Facial petechiae", "CK 9,840 U/L", "creatinine 1.8 mg/dL", "myoglobinuria",
      "Lactated Ringer's 2 L bolus", "calcium gluconate 2 g IV", "urine output 200 mL/h", "Tdap",
      "compartment syndrome"]),

    # 14 - Trinidad and Tobago (Penal): accident and emergency note, maxi-taxi collision on Carnival Monday
    ("SAN FERNANDO GENERAL HOSPITAL - Accident & Emergency Department\n"
     "South-West Regional Health Authority | Independence Avenue, San Fernando\n"
     "A&E NOTE | 16/02/2026 (Carnival Monday) 23:10 | A&E No. SFGH-AE-26-041827\n"
     "Patient: Kerwin \"Bobo\" Ramdass-Charles | 28 M | DOB 09/09/1997 | National ID 19970909037\n"
     "Address: LP 12, Clarke Road, Penal. Welder at Gulf View Fabrication Yard, La Brea.\n"
     "Mechanism: front-seat passenger in a maxi-taxi (HBX 4172) that hit a car (PCK 9184) head-on on the Solomon "
     "Hochoy Highway near Debe at ~22:15; unrestrained; struck the windscreen. Brought by private car; his friends "
     "had already put the video on Instagram (@bobo.ramdass).\n"
     "Primary survey: A - patent, blood in oropharynx, suctioned; B - RR 22, SpO2 96%; C - HR 112, BP 108/70; "
     "D - GCS 13 (E3V4M6), pupils equal; E - L thigh deformed.\n"
     "Secondary: bilateral periorbital ecchymosis, midface mobile with the hard palate - Le Fort II; malocclusion. "
     "FAST negative. Hb 9.8 g/dL.\n"
     "CT head/face/C-spine: no intracranial bleed; Le Fort II fracture; C-spine clear. XR: L mid-shaft femur "
     "fracture.\n"
     "Management: tranexamic acid 1 g IV over 10 min then 1 g over 8 h; morphine 5 mg IV; Thomas splint; cefuroxime; "
     "tetanus toxoid. Referred to OMFS and orthopaedics; HDU bed requested.\n"
     "Police: PC Kamla Alexis-Baptiste (Penal Police Station), station diary ref. 418/26.\n"
     "NOK: mother Savitri Ramdass, 868-555-3071.\n"
     "Dr. Shivanand Persad-Mohammed, A&E registrar | MBTT 4817",
     [("HOSPITAL", ["SAN FERNANDO GENERAL HOSPITAL"]), ("ADDRESS", ["Independence Avenue"]),
      ("LOCATION", ["San Fernando"]), ("DATE", ["16/02/2026"]), ("DATE", ["Carnival Monday"]),
      ("MRN", ["SFGH-AE-26-041827"]), ("NAME", ["Kerwin", "Bobo", "Ramdass-Charles"]), ("DATE", ["09/09/1997"]),
      ("ID", ["19970909037"]), ("ADDRESS", ["LP 12, Clarke Road"]), ("LOCATION", ["Penal"]),
      ("LOCATION", ["Gulf View Fabrication Yard"]), ("LOCATION", ["La Brea"]), ("PLATE", ["HBX 4172"]),
      ("PLATE", ["PCK 9184"]), ("ADDRESS", ["Solomon Hochoy Highway"]), ("LOCATION", ["Debe"]),
      ("HANDLE", ["@bobo.ramdass"]),
      ("NAME", ["Kamla", "Alexis-Baptiste"]), ("LOCATION", ["Penal Police Station"]), ("ID", ["418/26"]),
      ("NAME", ["Savitri", "Ramdass"]), ("PHONE", ["868-555-3071"]), ("NAME", ["Shivanand", "Persad-Mohammed"]),
      ("LICENCE", ["4817"])],
     ["GCS 13 (E3V4M6)", "periorbital ecchymosis", "Le Fort II", "FAST negative", "Hb 9.8 g/dL",
      "mid-shaft femur fracture", "tranexamic acid 1 g IV", "morphine 5 mg IV", "Thomas splint", "tetanus toxoid"]),

    # 15 - Greece, Crete (Chania): orthopaedic discharge note, trochanteric hip fracture, patient aged 94 (Greek)
    ("Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος» - Ορθοπαιδική Κλινική\n"
     "Μουρνιές, 73300 Χανιά | τηλ. 28210 55 204\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Ευτέρπη Μαρκογιαννάκη του Μανούσου, 94 ετών, γεν. 14/09/1931, ΑΜΚΑ 14093104181, Αρ. Μητρώου "
     "25/04187\n"
     "Κάτοικος Βάμου Αποκορώνου, Ελευθερίου Βενιζέλου 9. Χήρα από το 1987, ζει με την κόρη της.\n"
     "Εισαγωγή: 3 Ιανουαρίου 2026 - Έξοδος: 12 Ιανουαρίου 2026\n"
     "Ιστορικό: πτώση στο σπίτι την Πρωτοχρονιά, με άλγος και αδυναμία βάδισης· προσήλθε μετά από δύο ημέρες. "
     "Αρτηριακή υπέρταση, κολπική μαρμαρυγή από το 2015, καταρράκτης και στα δύο μάτια (χειρουργήθηκε στο "
     "Ηράκλειο το 2009).\n"
     "Διάγνωση: Διατροχαντήριο κάταγμα δεξιού μηριαίου (AO 31-A2).\n"
     "Χειρουργείο 5/1: κλειστή ανάταξη και οστεοσύνθεση με ενδομυελικό ήλο PFNA. Μετάγγιση 2 μονάδων (Hb 8,9 g/dL "
     "την 1η μετεγχειρητική). Παροδική σύγχυση τη 2η ημέρα, υποχώρησε· MMSE 21/30 στην έξοδο.\n"
     "Οδηγίες: βάδιση με περπατούρα με πλήρη φόρτιση· ενοξαπαρίνη 40 mg υποδορίως για 35 ημέρες· ασβέστιο και "
     "βιταμίνη D3· ζολεδρονικό οξύ 5 mg ΕΦ σε 6 εβδομάδες. Φυσικοθεραπεία κατ' οίκον.\n"
     "Επανεξέταση στο τακτικό ιατρείο στις 16 Φεβρουαρίου με ακτινογραφία.\n"
     "Συνοδός: η κόρη της, Κατερίνα Σαρρή, τηλ. 697 555 3184. Η ασθενής λέει ότι θέλει να γιορτάσει τα 95 της τον "
     "Σεπτέμβρη στο χωριό.\n"
     "Ο θεράπων ιατρός: Ιωσήφ Παπαδογιαννάκης, Ορθοπαιδικός, Διευθυντής ΕΣΥ",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Χανίων"]), ("HOSPITAL", ["Ο Άγιος Γεώργιος"]), ("LOCATION", ["Μουρνιές"]),
      ("POSTCODE", ["73300"]), ("LOCATION", ["Χανιά"]), ("PHONE", ["28210 55 204"]),
      ("NAME", ["Ευτέρπη", "Μαρκογιαννάκη"]), ("NAME", ["Μανούσου"]), ("AGE", ["94 ετών"]), ("DATE", ["14/09/1931"]),
      ("ID", ["14093104181"]), ("MRN", ["25/04187"]), ("LOCATION", ["Βάμου"]), ("LOCATION", ["Αποκορώνου"]),
      ("ADDRESS", ["Ελευθερίου Βενιζέλου 9"]), ("DATE", ["1987"]), ("DATE", ["3 Ιανουαρίου 2026"]),
      ("DATE", ["12 Ιανουαρίου 2026"]), ("DATE", ["Πρωτοχρονιά"]), ("DATE", ["2015"]), ("LOCATION", ["Ηράκλειο"]),
      ("DATE", ["2009"]), ("DATE", ["5/1"]), ("DATE", ["16 Φεβρουαρίου"]), ("NAME", ["Κατερίνα", "Σαρρή"]),
      ("PHONE", ["697 555 3184"]), ("AGE", ["95"]), ("DATE", ["Σεπτέμβρη"]), ("NAME", ["Ιωσήφ", "Παπαδογιαννάκης"])],
     ["κολπική μαρμαρυγή", "Διατροχαντήριο κάταγμα", "AO 31-A2", "PFNA", "Hb 8,9 g/dL", "MMSE 21/30",
      "ενοξαπαρίνη 40 mg", "βιταμίνη D3", "ζολεδρονικό οξύ 5 mg"]),

    # 16 - Ireland, Co. Mayo (Erris): emergency department report of a death to the coroner, tractor overturn
    ("MAYO UNIVERSITY HOSPITAL - Emergency Department\n"
     "Westport Road, Castlebar, Co. Mayo F23 H529 | ED 094 555 2140\n"
     "REPORT OF A DEATH TO THE CORONER (Coroners Act 1962, s.18)\n"
     "To: Mr Seosamh Kilbane, Coroner for the District of North Mayo, The Mall, Ballina\n"
     "Deceased: Michael Joseph (\"Mikey Joe\") Reilly-Lavelle | DOB 03/12/1963 | PPSN 7418236U | MRN MUH4182736\n"
     "Address: Cnoc an Daimh, Pullathomas, Ballina, Co. Mayo F26 K7T4. Suckler farmer; drives the school bus for "
     "Scoil Náisiúnta Dhún Chaocháin.\n"
     "Circumstances: at about 16:30 on Saturday 14 June 2025 his tractor (08-MO-4172) overturned on the steep hill "
     "field above Glenamoy while he was topping rushes; he was pinned under the rear wheel for an estimated 30-40 "
     "min before his neighbour Tomás (\"Tom Pat\") Gaughan found him and lifted it with a teleporter. Bystander "
     "CPR; the National Ambulance Service crew from Belmullet found him in asystole.\n"
     "In ED (arrival 17:48): asystole throughout; CPR 40 min in total with adrenaline x 8; Hs and Ts considered, "
     "bilateral finger thoracostomies - no change. Deep facial and upper chest cyanosis with conjunctival petechiae "
     "(traumatic asphyxia, Perthes syndrome) and a flail chest. Pronounced dead at 18:05 on 14/06/2025.\n"
     "Gardaí: Garda Aoife Conmy, Belmullet Garda Station - PULSE incident 24187300. HSA to be informed by the Gardaí.\n"
     "Next of kin: wife Assumpta (Sumpta) Reilly, informed in the family room with Fr Declan Mangan, Kilcommon "
     "parish; mobile 087 555 2913.\n"
     "Reporting doctor: Dr Oluwaseun Adeyemi-Horkan, Registrar in Emergency Medicine | IMC 418273 | bleep 512",
     [("HOSPITAL", ["MAYO UNIVERSITY HOSPITAL"]), ("ADDRESS", ["Westport Road"]), ("LOCATION", ["Castlebar"]),
      ("LOCATION", ["Co. Mayo"]),
      ("POSTCODE", ["F23 H529"]), ("PHONE", ["094 555 2140"]), ("NAME", ["Seosamh", "Kilbane"]),
      ("LOCATION", ["North Mayo"]), ("ADDRESS", ["The Mall"]), ("LOCATION", ["Ballina"]),
      ("NAME", ["Michael Joseph", "Mikey Joe", "Reilly-Lavelle"]), ("DATE", ["03/12/1963"]), ("ID", ["7418236U"]),
      ("MRN", ["MUH4182736"]), ("ADDRESS", ["Cnoc an Daimh"]), ("LOCATION", ["Pullathomas"]),
      ("POSTCODE", ["F26 K7T4"]), ("LOCATION", ["Scoil Náisiúnta Dhún Chaocháin"]),
      ("DATE", ["Saturday 14 June 2025"]), ("PLATE", ["08-MO-4172"]), ("LOCATION", ["Glenamoy"]),
      ("NAME", ["Tomás", "Tom Pat", "Gaughan"]), ("LOCATION", ["Belmullet"]), ("DATE", ["14/06/2025"]),
      ("NAME", ["Aoife", "Conmy"]), ("LOCATION", ["Belmullet Garda Station"]), ("ID", ["24187300"]),
      ("NAME", ["Assumpta", "Sumpta", "Reilly"]), ("NAME", ["Declan", "Mangan"]), ("LOCATION", ["Kilcommon"]),
      ("PHONE", ["087 555 2913"]), ("NAME", ["Oluwaseun", "Adeyemi-Horkan"]), ("LICENCE", ["418273"]),
      ("PHONE", ["512"])],
     ["Coroners Act 1962", "asystole", "CPR 40 min", "adrenaline x 8", "Hs and Ts", "finger thoracostomies",
      "conjunctival petechiae", "traumatic asphyxia", "Perthes syndrome", "flail chest"]),

    # 17 - Scotland, Highland Perthshire: GP referral letter to infectious diseases, Lyme neuroborreliosis
    ("Breadalbane Medical Practice\n"
     "Crieff Road, Aberfeldy PH15 2DH | Tel 01887 555 310 | tay.breadalbanemp@nhs.scot\n"
     "\n"
     "2nd September 2025\n"
     "\n"
     "Dr Hamish Ogilvy-Nwachukwu\n"
     "Consultant in Infectious Diseases, Ninewells Hospital, Dundee DD1 9SY\n"
     "\n"
     "Dear Dr Ogilvy-Nwachukwu,\n"
     "Re: Mr Ruaridh Menzies-Okonkwo, DOB 22/10/1969, CHI 2210694116\n"
     "Keeper's Cottage, Dull, Aberfeldy PH15 2JQ\n"
     "\n"
     "Thank you for seeing this 55-year-old head stalker on the Drumcroy Estate, who pulls several ticks off himself "
     "most weeks. He had an expanding red ring on the left thigh (about 14 cm, central clearing) from around the "
     "Glorious Twelfth, which he ignored - classic erythema migrans from his photos. Over the last 10 days he has "
     "developed burning, band-like pain around the left chest wall that keeps him awake, and since Saturday a left "
     "lower motor neurone facial weakness that his partner Isla Robertson first noticed. He initially thought it "
     "was Bell's palsy.\n"
     "Lyme ELISA is positive and the immunoblot is positive for IgM and IgG. FBC, CRP and LFTs are normal. I have "
     "started doxycycline 200 mg once daily and he has an eye patch and lubricants for the left eye.\n"
     "I would be grateful for your opinion on whether he needs a lumbar puncture and IV ceftriaxone; I suspect Lyme "
     "neuroborreliosis (Bannwarth syndrome). He is happy to come to Dundee at short notice - mobile "
     "07700 900 128, or email ruaridh.stalker@drumcroy-estate.co.uk.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Morag Fleming-Adeyinka, GP | GMC 7032418",
     [("HOSPITAL", ["Breadalbane Medical Practice"]), ("ADDRESS", ["Crieff Road"]), ("LOCATION", ["Aberfeldy"]),
      ("POSTCODE", ["PH15 2DH"]), ("PHONE", ["01887 555 310"]), ("EMAIL", ["tay.breadalbanemp@nhs.scot"]),
      ("DATE", ["2nd September 2025"]), ("NAME", ["Hamish", "Ogilvy-Nwachukwu"]), ("HOSPITAL", ["Ninewells Hospital"]),
      ("LOCATION", ["Dundee"]), ("POSTCODE", ["DD1 9SY"]), ("NAME", ["Ruaridh", "Menzies-Okonkwo"]),
      ("DATE", ["22/10/1969"]), ("ID", ["2210694116"]), ("ADDRESS", ["Keeper's Cottage"]), ("LOCATION", ["Dull"]),
      ("POSTCODE", ["PH15 2JQ"]), ("LOCATION", ["Drumcroy Estate"]), ("DATE", ["Glorious Twelfth"]),
      ("NAME", ["Isla", "Robertson"]), ("PHONE", ["07700 900 128"]),
      ("EMAIL", ["ruaridh.stalker@drumcroy-estate.co.uk"]),
      ("NAME", ["Morag", "Fleming-Adeyinka"]), ("LICENCE", ["7032418"])],
     ["erythema migrans", "lower motor neurone facial weakness", "Bell's palsy", "Lyme ELISA", "immunoblot",
      "doxycycline 200 mg once daily", "IV ceftriaxone", "Lyme neuroborreliosis", "Bannwarth syndrome"]),

    # 18 - Guyana, Region 8 (Potaro-Siparuni): district hospital referral letter, severe falciparum malaria
    ("MINISTRY OF HEALTH - REGION 8 (POTARO-SIPARUNI)\n"
     "Mahdia District Hospital, Mahdia | Tel. +592 555 0183\n"
     "REFERRAL | Monday 5th May 2025 (Arrival Day), 14:20\n"
     "\n"
     "To: The Medical Officer on call, Accident & Emergency Unit, Georgetown Public Hospital Corporation, New Market "
     "Street, Georgetown\n"
     "\n"
     "Re: Mr. Devon \"Shorty\" Fredericks-Bacchus, 36 y, DOB 17-11-1988, National ID 081418273, Hosp. No. MDH 25-0417\n"
     "Home: Lot 41 Public Road, Success, East Coast Demerara. Works as a pork-knocker at the Konawaruk backdam "
     "(Eagle Mountain area) for the last 6 months.\n"
     "Kindly accept this gentleman with 5 days of fever and rigors, vomiting, dark urine since yesterday and "
     "confusion since this morning. Malaria three times this year.\n"
     "O/E: T 39.8, HR 124, BP 92/56, GCS 12 (E3V4M5), jaundiced, no neck stiffness.\n"
     "Smear: Plasmodium falciparum 4+, parasitaemia about 6%, with schizonts; no P. vivax seen. Hb 6.2 g/dL, "
     "glucose 3.1 mmol/L.\n"
     "Impression: severe malaria (cerebral, severe anaemia, probable AKI).\n"
     "Treatment: IV artesunate 2.4 mg/kg at 10:05 (second dose due 22:05); 10% dextrose 50 mL then D5W; "
     "paracetamol 1 g; catheterised, 40 mL dark urine. G6PD not done.\n"
     "Transfer: Trans Guyana Airways charter 8R-GHT from the Mahdia airstrip to Ogle; please send ambulance to Ogle "
     "Airport. Accompanied by Medex Clement Jupiter. Common-law wife Candace (\"Candy\") Persaud, 592 555 7419, "
     "is travelling by road.\n"
     "\n"
     "Dr. Nadira Baksh-Gonsalves, Medical Officer | Guyana Medical Council Reg. No. 2418",
     [("HOSPITAL", ["Mahdia District Hospital"]), ("LOCATION", ["Mahdia"]), ("PHONE", ["+592 555 0183"]),
      ("DATE", ["Monday 5th May 2025"]), ("DATE", ["Arrival Day"]),
      ("HOSPITAL", ["Georgetown Public Hospital Corporation"]), ("ADDRESS", ["New Market Street"]),
      ("LOCATION", ["Georgetown"]), ("NAME", ["Devon", "Shorty", "Fredericks-Bacchus"]), ("DATE", ["17-11-1988"]),
      ("ID", ["081418273"]), ("MRN", ["MDH 25-0417"]), ("ADDRESS", ["Lot 41 Public Road"]), ("LOCATION", ["Success"]),
      ("LOCATION", ["East Coast Demerara"]), ("LOCATION", ["Konawaruk"]), ("LOCATION", ["Eagle Mountain"]),
      ("PLATE", ["8R-GHT"]), ("LOCATION", ["Ogle"]), ("NAME", ["Clement", "Jupiter"]),
      ("NAME", ["Candace", "Candy", "Persaud"]), ("PHONE", ["592 555 7419"]), ("NAME", ["Nadira", "Baksh-Gonsalves"]),
      ("LICENCE", ["2418"])],
     ["GCS 12 (E3V4M5)", "Plasmodium falciparum 4+", "parasitaemia about 6%", "schizonts", "P. vivax", "Hb 6.2 g/dL",
      "severe malaria", "IV artesunate 2.4 mg/kg", "10% dextrose", "G6PD"]),

    # 19 - Hong Kong (Tuen Mun): medical discharge summary, ischaemic stroke after thrombolysis (traditional)
    ("醫院管理局 屯門醫院 內科及老人科 出院摘要\n"
     "新界屯門青松觀路23號 | 電話：2555 4182\n"
     "姓名：鄧慧珊（TANG, Wai Shan）　性別：女　年齡：63歲　出生日期：1962年7月30日\n"
     "身份證號碼：K418273(1)　醫院編號：HN250418273\n"
     "地址：新界屯門兆康苑兆輝閣12樓G室\n"
     "職業：茶餐廳收銀員（元朗「興記茶餐廳」）\n"
     "入院日期：2025年11月2日　出院日期：2025年11月18日\n"
     "病史：重陽節掃墓後已覺右手間歇無力，未有求診。11月2日早上7時被丈夫發現右側偏癱及失語，送院時距最後正常時間約2.5小時。\n"
     "檢查：NIHSS 12分；CT：ASPECTS 9分；CTA：左側大腦中動脈M1段閉塞。心電圖：心房顫動（新發現）。\n"
     "治療：靜脈溶栓 阿替普酶 0.9 mg/kg；轉伊利沙伯醫院行機械取栓，TICI 2b 再通；翌日轉返本院。\n"
     "診斷：左側大腦中動脈缺血性中風（心源性栓塞）；心房顫動，CHA2DS2-VASc 4分。\n"
     "出院情況：右上肢肌力 4/5，輕度表達性失語；改良Rankin量表 2分。\n"
     "出院藥物：阿哌沙班 5 mg 每日兩次（第7日開始）；阿托伐他汀 40 mg 每晚。\n"
     "覆診：2025年12月15日 腦神經科專科門診；言語治療及職業治療（日間醫院）。\n"
     "緊急聯絡人：女兒 陳嘉欣　9555 2731（電郵 kayan.chan.hk@outlook.com）\n"
     "主診醫生：梁國華醫生（香港醫務委員會註冊編號 M18427）",
     [("HOSPITAL", ["屯門醫院"]), ("ADDRESS", ["青松觀路23號"]), ("LOCATION", ["屯門"]), ("PHONE", ["2555 4182"]),
      ("NAME", ["鄧慧珊"]), ("NAME", ["TANG", "Wai Shan"]), ("DATE", ["1962年7月30日"]), ("ID", ["K418273(1)"]),
      ("MRN", ["HN250418273"]), ("ADDRESS", ["兆康苑兆輝閣12樓G室"]), ("LOCATION", ["元朗"]), ("LOCATION", ["興記茶餐廳"]),
      ("DATE", ["2025年11月2日"]), ("DATE", ["2025年11月18日"]), ("DATE", ["重陽節"]), ("DATE", ["11月2日"]),
      ("HOSPITAL", ["伊利沙伯醫院"]), ("DATE", ["2025年12月15日"]), ("NAME", ["陳嘉欣"]), ("PHONE", ["9555 2731"]),
      ("EMAIL", ["kayan.chan.hk@outlook.com"]), ("NAME", ["梁國華"]), ("LICENCE", ["M18427"])],
     ["NIHSS 12分", "ASPECTS 9分", "M1段閉塞", "心房顫動", "阿替普酶 0.9 mg/kg", "TICI 2b", "CHA2DS2-VASc 4分",
      "改良Rankin量表 2分", "阿哌沙班 5 mg"]),
] + MORE_NOTES
