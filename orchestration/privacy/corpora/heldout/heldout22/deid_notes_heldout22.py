"""Twenty-second HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation, and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule
because of what it shows.

40 notes (1152 planted identifier parts in 1010 (kind, parts) entries; 343 clinical strings), mostly in English, written
the way clinicians write them, in document types and places that the eighteenth set did not use: an emergency department
physician note, a dictated family medicine office note left "dictated but not read", a fixed-wing flight nurse patient
care record and bedside handover, a consultant pharmacist's comprehensive medication review with a home medication list,
a discharge summary, a workers' compensation physician's report, a commercial driver's medical examination report, an
immediate discharge letter, a Chinese discharge record, an occupational therapy pre-discharge home visit report, a
dermatology letter to a GP, a GP consultation with an accident compensation claim, a Turkish emergency discharge summary
(epikriz), an emergency record of a tourist at altitude, a polyclinic pharmacist's medication reconciliation with a home
medication list, a patient safety incident report, an accident and emergency record, a Buruli ulcer wound care and
antibiotic record, a hyperacute stroke and thrombolysis record, a community nurse home visit record, a national TB
programme treatment card with its DOT record, an HIV clinic telephone tracing note, a Sri Lankan ward diagnosis card,
burns unit admission notes, an oncology referral for genetic testing with a family-history section, a malaria case
notification and investigation form, a rheumatic heart disease clinic list, a trauma team activation record, a
patient-portal message thread with a pre-operative anaesthetic assessment, a Chinese emergency record, an Austrian
intensive care transfer letter (Verlegungsbrief), a falls and bone health clinic letter, a haemovigilance transfusion
reaction report, a community midwife antenatal booking record, an inpatient neurology consultation, a nurse-midwife home
birth record with the 24-hour postpartum visit, an emergency obstetric referral slip, a ward nursing handover sheet, a
life extinct form with a death discussion note and a pre-travel consultation. From the US (Louisiana, Maine, New Mexico,
Florida, Hawaii, Ohio), Canada (Newfoundland and Labrador, Yukon), Scotland (Highland), England (Cornwall, North
Yorkshire), Wales (Gwynedd), Northern Ireland (Co. Fermanagh), the Isle of Man, Australia (Tasmania, Queensland), New
Zealand (West Coast), India (Ladakh, in English), Singapore, Sri Lanka, Pakistan (Khyber Pakhtunkhwa), Bangladesh
(Sylhet), the United Arab Emirates (Dubai), Ghana (Ashanti), Uganda (Acholi), Botswana, Trinidad and Tobago, Guyana,
Tonga, Malta, Greece (Crete, Evros, Messinia), Cyprus (Limassol), mainland China (Sichuan, Yunnan), Hong Kong, Taiwan
(Hualien), Turkey (Trabzon) and Austria (Tyrol).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 4 (Heraklion), 15 (Alexandroupolis), 24 (Kalamata)
and 32 (Limassol, Cyprus) are in Greek script, with Greek and Cypriot names and patronymics (του with the father's name
in the genitive), addresses, phone numbers, facilities and Greek month names; notes 8 (Garzê, Sichuan) and 29
(Xishuangbanna, Yunnan) are in simplified Chinese and notes 19 (Hong Kong) and 37 (Hualien, with Republic of China
calendar dates) in traditional Chinese, with names (Tibetan and Dai names without a surname, and an Amis name),
addresses, phone numbers, facilities and dates in Chinese; note 12 is in Turkish (Trabzon) and note 30 in German
(Tyrol), each with dates in that language; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (D/o, S/o, W/o, Shri,
Mdm, bte, d/o, Sister, Nyrs, Rev., Medex, FWV, Hanım, eniştesi, OÄ, Ass. Dr., Mrs. with the husband's first name, ap
as a Welsh patronymic, του with a patronymic), bare in prose, in sign-offs, in lists of relatives in a family
history, and in clinic lists; addresses with and without house numbers (a Cornish and a Manx house name, a Welsh
house name and a street in Welsh, a Maltese house name, a Maine road without a number, a Yukon box number, a Trinidad
light-pole number, a Hawaiian hyphenated house number, a Botswana plot, a Guyana lot, a Sri Lankan slashed house
number, a Singapore HDB block and unit, a Pakistani house and street, a tea estate labour line, a Ghana digital
address, a Hong Kong estate block, floor and flat, Chinese village and group numbers, a Taiwanese road section and
number), "transferred from" and "referred from", employers (a shrimp trawler, a seed potato grader, an air ambulance
company, a fishermen's co-operative crab plant, an ore haulage firm, docks, a software firm, a tank-cleaning
contractor at a refinery, a copper mine, a scaffolding firm, a freeport, a gold mining company, a tea estate, a
quarry, a cable company, a ski lift company, a beach hotel, a coble), schools, a college and universities, a
polyclinic, a GP travel clinic, a midwifery practice, health boards and trusts, a pharmacy, a named ward, a cattle
station, a cattle mart, an estate, a hotel, a taxi firm, hospitals and streets named after people (Cary, A.R. Gould,
James Paton, Lawson Memorial, Sonam Norboo, Komfo Anokye, Betsi Cadwaladr, Princess Marina, Lady Reading, MAG Osmani,
Rashid, Pomerene, Aultman, James Cook, Queen's, Αλεξάνδρα, 李鄭屋; Ελευθερίου Βενιζέλου, Αρχιεπισκόπου Μακαρίου Γ',
Seddon Street, Rochard Douglas Road, 中山路), places named after people (Thoreau, Joe Batt's Arm, Julia Creek, Madiba
Ward, Queen Salote College), and places that are everyday words or first names (Cut Off, Caribou, Limestone, Seldom,
Fogo, Mayo, Tongue, Wick, Par Docks, London Apprentice, Indian Queens, Penguin, Snug, Kumara, Of, Penal, Independence
Avenue, Better Hope, Charm, Berlin, Canton, Volcano, Sleights, Good Intent, Tamale, Bethesda, Going, Αφροδίτη Beach,
and Goodwill, Precious, Innocent, Gift, Grace, Lorato, Ευτυχία, Κυριακή, Λίτσα, Χρυσάνθη, Eirlys, Temel as people);
also e-mail addresses, a patient-portal URL, a maternity notes app URL and a teaching video URL, IPv4 addresses, an
Instagram handle, a WeChat ID and a LINE ID, road vehicle plates (a taxi in Ladakh, a company ambulance, a Hong Kong
taxi, a Ugandan motorcycle, a rescue ambulance, a Dubai pick-up, a Bangladeshi ambulance, a hired van, a golf cart
tag), an aircraft and a helicopter registration, a shrimp trawler's and a fishing coble's registration, professional
licences (DEA, Florida pharmacist, New Mexico RN, CPSNL, Yukon Medical Council, GMC, HCPC, AHPRA, MCNZ, a Turkish
diploma registration, JKMC, Singapore Pharmacy Council, MBTT, Ghana MDC, NMCB, UMDPC, SLMC, PMDC, Guyana Medex, DHA,
Malta Medical Council, NMC PINs, Ohio APRN, BMDC, a Hong Kong nurse registration), a driver's licence, device serial
numbers (a CPAP machine, an ECMO console, an infusion pump), insurance, health card and national numbers, an account
number, a telecare account, a blood unit number, case, claim, mission, job, call, appointment, ambulance and incident
numbers, fax, bleep and pager numbers, and dates in many formats (full dates in several orders and separators
including dotted Sri Lankan and Turkish dates, year-less dates with slashes or words, month alone, month and year,
dates in words, decades, and Memorial Day, Canada Day, Anzac Day, Divali, Phagwah, Eid ul Azha, Kurban Bayramı,
Pohela Boishakh, Chinese New Year, Halloween, Christmas, Tynwald Day, Ostern, Θεοφάνια and 中秋節, with Greek, Chinese,
Republic of China, Turkish and German dates). Where a real identifier has a check digit (US NPI, DEA number, NHS
number in England, Wales and the Isle of Man, Scottish CHI, Northern Ireland H&C, Australian Medicare, NZ NHI,
Aadhaar, Singapore NRIC and FIN, Emirates ID, Chinese resident ID, Taiwan ID, Hong Kong ID, Turkish TC Kimlik,
Austrian SVNR, Greek AMKA) the planted one passes it; the other national, insurance and licence numbers keep a valid
format (Botswana Omang with its sex digit, Sri Lankan NIC with birth year and day, Pakistani CNIC with its sex digit,
Ghana Card, Uganda NIN, Bangladesh NID, Trinidad ID with the birth date, US Medicare MBI, Maltese ID card, Cypriot ID
card, Newfoundland MCP, Yukon health card, NMC PIN, DHA licence). No name, place or facility is planted in more than
one note, and none is reused from the eighteenth set. Four patients are aged 90 or over (notes 3, 15, 19 and 31), and
for them the age and every date element, bare years, months, decades and holidays included, are planted; where a
younger patient's note has a bare year (notes 1, 10, 20, 28, 32, 33 and 38, and a year inside a criteria name in note
26), it is left in the text and not planted. The strings that must survive include eponyms and eponymous signs
(Kanavel, Finkelstein, Bannwarth, Breslow, Clark, Fitzpatrick, Barthel, Zimmer frame, Garden, Morse Fall Scale,
Weil's disease, Sydenham, Jones criteria, Parkland, Ringer's, Bhutani, Apgar, Mallampati, Gamow, Osborn-Welle, Coombs
in Greek, Weil-Felix in Chinese, Braden in Chinese, Wright and Rose Bengal in Greek), place names inside clinical
terms (Lake Louise Score, Otago exercise programme, Sin Nombre virus, Manchester score, Swiss Staging), syndromes,
scores and classifications with their numbers, brand names of drugs and devices, organisms, lab values with units,
ratios and fractions that look like dates (a titre, a Weil-Felix titre, Kanavel signs out of 4, Barthel out of 20,
gestation in weeks plus days, day 5/7, a 2:1 block, a 4:4:1 transfusion ratio, drug strengths such as 300/300/50 mg,
20/120 mg and 250/100 mg, pulse oximetry pairs, a regimen written 2RHZE/4RH), numbers with dotted thousands that look
like dates (18.400, 2.400) and a year inside a criteria name. Entries per kind: NAME 207, DATE 200, LOCATION 196,
HOSPITAL 92, PHONE 67, ID 56, ADDRESS 55, MRN 35, POSTCODE 32, LICENCE 31, PLATE 13, AGE 8, EMAIL 7, HANDLE 3, SERIAL
3, URL 3, IP 2. The last 20 notes (573 identifier parts in 497 entries, 179 clinical strings) are in
:mod:`deid_notes_heldout22_more`, only to keep each file a readable length; this file holds 579 identifier parts in
513 entries and 164 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout22.deid_notes_heldout22_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Louisiana (Lafourche Parish): emergency department physician note, Vibrio vulnificus infection
    ("Lady of the Sea General Hospital - Emergency Department\n"
     "200 W 134th Pl, Cut Off, LA 70345 | ED main (985) 555-0163 | fax (985) 555-0177\n"
     "ED PHYSICIAN NOTE | 08/16/2025 22:10 | Bed 3\n"
     "Pt: Hubert \"T-Bob\" Boudreaux Jr. | 61 M | DOB 10/04/1963 | MRN LSG-0418273 | LA Medicaid 2184173650914\n"
     "HPI: shrimper, deckhand on the trawler Lady Jolene (reg. LA 4182 FM) out of Golden Meadow. Scraped his L shin "
     "on a crab trap Aug 14 while pulling the try-net in Bayou Lafourche; by this afternoon the leg was swollen, "
     "purple and blistering. Fever, rigors, confusion per wife. Drinks a case of beer a day; known alcoholic "
     "cirrhosis, followed by Dr. Landry-Pitre at Thibodaux Regional Health System. Ate raw oysters at the Galliano "
     "fish fry last weekend.\n"
     "Exam: T 39.6, HR 128, BP 82/46, RR 26, SpO2 94%. Confused, jaundiced. L leg: tense edema knee to ankle, "
     "violaceous skin with hemorrhagic bullae, pain out of proportion to exam, no crepitus.\n"
     "Labs: WBC 3.1, plt 41, Cr 2.4, lactate 4.6, Na 128, CRP 286, T bili 4.8. LRINEC score 8. Gram stain of bulla "
     "fluid: curved gram-negative rods.\n"
     "Imp: Vibrio vulnificus necrotizing soft tissue infection with septic shock; cirrhosis Child-Pugh B.\n"
     "Plan: 30 mL/kg LR, norepi via R IJ; doxycycline 100 mg IV + ceftazidime 2 g IV given 22:25; blood cx x2. Gen "
     "surg (Dr. Aucoin) at bedside - needs debridement tonight, no OR capacity here: transfer to University Medical "
     "Center New Orleans, accepted by Dr. Nakamura-Broussard (acute care surgery), ETA 00:30. Wife Claudette (985) "
     "555-0149 aware; she'll drive up with their son Rémy. Told her - no more raw oysters for him, ever.\n"
     "Marguerite Thibodeaux-Vidrine, MD | Emergency Medicine | NPI 1634928174",
     [("HOSPITAL", ["Lady of the Sea General Hospital"]), ("ADDRESS", ["200 W 134th Pl"]), ("LOCATION", ["Cut Off"]),
      ("POSTCODE", ["70345"]), ("PHONE", ["(985) 555-0163"]), ("PHONE", ["(985) 555-0177"]), ("DATE", ["08/16/2025"]),
      ("NAME", ["Hubert", "T-Bob", "Boudreaux"]), ("DATE", ["10/04/1963"]), ("MRN", ["LSG-0418273"]),
      ("ID", ["2184173650914"]), ("LOCATION", ["Lady Jolene"]), ("PLATE", ["LA 4182 FM"]),
      ("LOCATION", ["Golden Meadow"]), ("DATE", ["Aug 14"]), ("LOCATION", ["Bayou Lafourche"]),
      ("NAME", ["Landry-Pitre"]), ("HOSPITAL", ["Thibodaux Regional Health System"]), ("LOCATION", ["Galliano"]),
      ("NAME", ["Aucoin"]), ("HOSPITAL", ["University Medical Center New Orleans"]), ("NAME", ["Nakamura-Broussard"]),
      ("NAME", ["Claudette"]), ("PHONE", ["(985) 555-0149"]), ("NAME", ["Rémy"]),
      ("NAME", ["Marguerite", "Thibodeaux-Vidrine"]), ("ID", ["1634928174"])],
     ["hemorrhagic bullae", "LRINEC score 8", "curved gram-negative rods", "Vibrio vulnificus", "Child-Pugh B",
      "doxycycline 100 mg IV", "ceftazidime 2 g IV", "lactate 4.6"]),

    # 1 - USA, Maine (Aroostook County): dictated family medicine office note, human granulocytic anaplasmosis
    ("Pines Health Services - Caribou Family Medicine\n"
     "74 Access Hwy, Caribou, ME 04736 | Tel 207-555-0186\n"
     "OFFICE VISIT - DICTATED | DOS 06/03/2025 | Job #TX-6630418 | transcribed 06/04/2025 08:05 by Kimberly "
     "Ouellette\n"
     "PATIENT: Levesque, Normand A. | DOB 11/22/1958 | Acct 00418273-01 | MRN 0672194\n"
     "This is a 66-year-old potato farmer from Fort Fairfield who comes in with his daughter Josée for 4 days of "
     "fevers to 103, shaking chills, headache and muscle aches. He was cutting brush along the tree line behind the "
     "seed house on May 27 and pulled two ticks off his left thigh the next morning; his wife Pauline kept one in a "
     "pill bottle and it looks like a black-legged tick. No rash. He runs the grading line at Northern Star Seed "
     "Potatoes and lives out on the Noyes Road in Limestone.\n"
     "PAST HISTORY: Hypertension. Laparoscopic cholecystectomy in 2015. Right TKA 2019 at Cary Medical Center.\n"
     "EXAM: Temperature 102.4, pulse 104, blood pressure 118/70. Tired but nontoxic. No eschar, no rash, no "
     "meningismus. Mild RUQ tenderness.\n"
     "LABS: White count 2.9, platelets 62, ALT 142, AST 118. Peripheral smear read by pathology shows morulae in "
     "neutrophils.\n"
     "ASSESSMENT: Human granulocytic anaplasmosis, Anaplasma phagocytophilum, smear positive. Babesia smear "
     "negative; PCR for Babesia microti and Lyme serologies pending.\n"
     "PLAN: Doxycycline 100 mg b.i.d. for 10 days. Recheck CBC and LFTs Monday at the lab at A.R. Gould Hospital in "
     "Presque Isle. If he gets short of breath or confused he goes to the ED. Reported to Maine CDC. Daughter's cell "
     "for results 207-555-0139.\n"
     "Dictated by Rosaire Michaud-Kelley, DO | NPI 1528740362 | DEA BM4182731\n"
     "DICTATED BUT NOT READ",
     [("HOSPITAL", ["Pines Health Services"]), ("HOSPITAL", ["Caribou Family Medicine"]),
      ("ADDRESS", ["74 Access Hwy"]), ("LOCATION", ["Caribou"]), ("POSTCODE", ["04736"]), ("PHONE", ["207-555-0186"]),
      ("DATE", ["06/03/2025"]), ("ID", ["TX-6630418"]), ("DATE", ["06/04/2025"]), ("NAME", ["Kimberly", "Ouellette"]),
      ("NAME", ["Levesque", "Normand"]), ("DATE", ["11/22/1958"]), ("ID", ["00418273-01"]), ("MRN", ["0672194"]),
      ("LOCATION", ["Fort Fairfield"]), ("NAME", ["Josée"]), ("DATE", ["May 27"]), ("NAME", ["Pauline"]),
      ("LOCATION", ["Northern Star Seed Potatoes"]), ("ADDRESS", ["Noyes Road"]), ("LOCATION", ["Limestone"]),
      ("HOSPITAL", ["Cary Medical Center"]), ("HOSPITAL", ["A.R. Gould Hospital"]), ("LOCATION", ["Presque Isle"]),
      ("PHONE", ["207-555-0139"]), ("NAME", ["Rosaire", "Michaud-Kelley"]), ("ID", ["1528740362"]),
      ("LICENCE", ["BM4182731"])],
     ["black-legged tick", "platelets 62", "ALT 142", "morulae in neutrophils", "Anaplasma phagocytophilum",
      "Babesia microti", "Doxycycline 100 mg b.i.d. for 10 days"]),

    # 2 - USA, New Mexico (McKinley County): fixed-wing flight nurse patient care record and bedside handover,
    # hantavirus cardiopulmonary syndrome
    ("Enchanted Air Care - Fixed-Wing Patient Care Record / Bedside Handover\n"
     "Mission # EAC-25-10418 | 2025-10-02 | Aircraft N418GM (King Air 350)\n"
     "Sending: Gallup Indian Medical Center ED | Receiving: UNM Hospital MICU, Albuquerque\n"
     "Pt: Delbert Yazzie-Begay | 27 M | DOB 1998-01-19 | IHS chart 418-27-36 | Navajo census # 82-0417365\n"
     "Hx (from the sending team and his aunt Loretta Tsosie): herds sheep at his grandmother's place outside "
     "Crownpoint; swept out a storage shed full of mouse droppings on 9/18. Fever, myalgia, low back pain since "
     "9/26, then dry cough and SOB overnight. Family called EMS from the Thoreau chapter house this morning.\n"
     "At sending facility: Hct 58%, plt 48, WBC 19.2 with left shift and immunoblasts; CXR bilateral interstitial "
     "edema with small effusions; intubated 11:40.\n"
     "Handover @ 15:05: AC 16/400/PEEP 14/FiO2 1.0, SpO2 88%; norepinephrine 0.2 mcg/kg/min, BP 84/52, HR 132; "
     "lactate 5.3; bedside echo EF 25%.\n"
     "Imp: hantavirus cardiopulmonary syndrome (HCPS) - Sin Nombre virus serology sent.\n"
     "Recommend ECMO evaluation on arrival - UNM ECMO team (Dr. Harjo-Whitehorse) notified by radio en route.\n"
     "Family: aunt driving from Gallup, cell 505-555-0192; grandmother speaks Diné only - Navajo interpreter "
     "needed.\n"
     "Flight RN: Consuelo Archuleta, RN, CFRN | NM lic. RN-83214 | Flight medic: Tyrell Benally, NRP",
     [("LOCATION", ["Enchanted Air Care"]), ("ID", ["EAC-25-10418"]), ("DATE", ["2025-10-02"]), ("PLATE", ["N418GM"]),
      ("HOSPITAL", ["Gallup Indian Medical Center"]), ("HOSPITAL", ["UNM Hospital"]), ("LOCATION", ["Albuquerque"]),
      ("NAME", ["Delbert", "Yazzie-Begay"]), ("DATE", ["1998-01-19"]), ("MRN", ["418-27-36"]), ("ID", ["82-0417365"]),
      ("NAME", ["Loretta", "Tsosie"]), ("LOCATION", ["Crownpoint"]), ("DATE", ["9/18"]), ("DATE", ["9/26"]),
      ("LOCATION", ["Thoreau"]), ("NAME", ["Harjo-Whitehorse"]), ("LOCATION", ["Gallup"]), ("PHONE", ["505-555-0192"]),
      ("NAME", ["Consuelo", "Archuleta"]), ("LICENCE", ["RN-83214"]), ("NAME", ["Tyrell", "Benally"])],
     ["Hct 58%", "plt 48", "immunoblasts", "norepinephrine 0.2 mcg/kg/min", "EF 25%",
      "hantavirus cardiopulmonary syndrome", "Sin Nombre virus", "ECMO"]),

    # 3 - USA, Florida (Sumter County): consultant pharmacist's comprehensive medication review with a home medication
    # list, patient aged 92
    ("Comprehensive Medication Review (CMR) - Medicare Part D MTM Program\n"
     "Pharmacist: Desmond Achterberg-Reyes, PharmD, BCGP | FL license PS 48217 | Publix Pharmacy #1418, Brownwood "
     "Paddock Square\n"
     "Date of review: 01/21/2026 (in-home visit, Village of Fenney)\n"
     "Patient: Mrs. Imogene Crutchfield-Voss | 92 y F | DOB 07/30/1933 | Medicare MBI 5EG4-TE8-MK72\n"
     "Address: 1418 Sugar Maple Loop, The Villages, FL 32163 | Home 352-555-0174\n"
     "Daughter/POA: Roberta Voss-Kimball, roberta.vk@bellsouth.net, 352-555-0118\n"
     "PCP: Dr. Oyinkansola Ferreira-Hatch, Colony Family Practice\n"
     "Social: lives alone since her husband Lowell died in 1998; moved down from Scranton in 2004. Fell in the "
     "garage on Memorial Day; admitted to UF Health The Villages Hospital May 26 to May 29, 2025 with a L distal "
     "radius fracture (ORIF) and delirium. Brown-bag review with patient and daughter at the kitchen table.\n"
     "Home medication list (as found):\n"
     "1. Eliquis (apixaban) 5 mg BID - for AF since March 2019\n"
     "2. donepezil 10 mg at bedtime\n"
     "3. oxybutynin 5 mg TID - started by urology in the 1990s\n"
     "4. metoprolol succinate 50 mg daily\n"
     "5. Tylenol PM 2 tabs at bedtime (OTC, \"for sleep\")\n"
     "6. omeprazole 20 mg daily - \"since forever\"\n"
     "7. alendronate 70 mg weekly (Sundays)\n"
     "8. vitamin D3 2,000 units daily\n"
     "Findings: weight 54 kg; Cr 1.3, eGFR 38 (12/2025); BP sitting 132/70, standing 104/62 with dizziness - "
     "orthostatic hypotension. Oxybutynin and diphenhydramine work against donepezil; ACB score 6. AGS Beers "
     "Criteria: oxybutynin, diphenhydramine, PPI > 8 weeks.\n"
     "Recommendations to PCP (faxed 01/21/2026 to 352-555-0190):\n"
     "1. Eliquis dose to 2.5 mg BID (age 80 or over and weight 60 kg or under).\n"
     "2. Stop Tylenol PM; plain acetaminophen 500 mg for pain; sleep hygiene.\n"
     "3. Taper off oxybutynin; if still needed consider mirabegron 25 mg.\n"
     "4. Hold metoprolol if standing SBP < 100; recheck orthostatics in 2 weeks.\n"
     "5. Omeprazole 10 mg x 4 weeks, then stop.\n"
     "She reminded me she will be 93 on July 30 and wants to keep driving her golf cart (cart tag 4182-VL) to line "
     "dancing at the Savannah Center.",
     [("NAME", ["Desmond", "Achterberg-Reyes"]), ("LICENCE", ["PS 48217"]), ("HOSPITAL", ["Publix Pharmacy #1418"]),
      ("LOCATION", ["Brownwood Paddock Square"]), ("DATE", ["01/21/2026"]), ("LOCATION", ["Village of Fenney"]),
      ("NAME", ["Imogene", "Crutchfield-Voss"]), ("AGE", ["92 y"]), ("DATE", ["07/30/1933"]), ("ID", ["5EG4-TE8-MK72"]),
      ("ADDRESS", ["1418 Sugar Maple Loop"]), ("LOCATION", ["The Villages"]), ("POSTCODE", ["32163"]),
      ("PHONE", ["352-555-0174"]), ("NAME", ["Roberta", "Voss-Kimball"]), ("EMAIL", ["roberta.vk@bellsouth.net"]),
      ("PHONE", ["352-555-0118"]), ("NAME", ["Oyinkansola", "Ferreira-Hatch"]),
      ("HOSPITAL", ["Colony Family Practice"]), ("NAME", ["Lowell"]), ("DATE", ["1998"]), ("LOCATION", ["Scranton"]),
      ("DATE", ["2004"]), ("DATE", ["Memorial Day"]), ("HOSPITAL", ["UF Health The Villages Hospital"]),
      ("DATE", ["May 26"]), ("DATE", ["May 29, 2025"]), ("DATE", ["March 2019"]), ("DATE", ["the 1990s"]),
      ("DATE", ["12/2025"]), ("PHONE", ["352-555-0190"]), ("AGE", ["93"]), ("DATE", ["July 30"]),
      ("PLATE", ["4182-VL"]), ("LOCATION", ["Savannah Center"])],
     ["Eliquis (apixaban) 5 mg BID", "donepezil 10 mg", "oxybutynin 5 mg TID", "Tylenol PM", "eGFR 38",
      "orthostatic hypotension", "ACB score 6", "AGS Beers Criteria", "mirabegron 25 mg"]),

    # 4 - Greece, Crete (Heraklion): discharge summary, brucellosis with spondylodiscitis (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου - Κλινική Λοιμώξεων\n"
     "Βούτες, 71500 Ηράκλειο | τηλ. 2810 555 318 | φαξ 2810 555 390\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Μανούσος Ψαρουδάκης του Ζαχαρία, 57 ετών, γεν. 22/05/1968, ΑΜΚΑ 22056804135, Α.Μ. 2025/41827\n"
     "Κάτοικος Ανωγείων (Αγίου Δημητρίου 12), κτηνοτρόφος· φτιάχνει τυρί στο μιτάτο του στον Ψηλορείτη.\n"
     "Εισαγωγή: 18 Σεπτεμβρίου 2025 - Έξοδος: 3 Οκτωβρίου 2025\n"
     "Παραπέμφθηκε από το Κέντρο Υγείας Ανωγείων (Δρ Ειρήνη Σμπώκου) λόγω κυματοειδούς πυρετού από τον Ιούλιο, "
     "νυχτερινών ιδρώτων και οσφυαλγίας. Έτρωγε ανεπεξέργαστη μυζήθρα από τα δικά του γιδοπρόβατα.\n"
     "Κλινικά: πυρετός 39,2 °C, ηπατοσπληνομεγαλία, ευαισθησία στην επίκρουση της ΟΜΣΣ.\n"
     "Εργαστηριακά: Rose Bengal θετική, Wright 1/640, αιμοκαλλιέργεια: Brucella melitensis (ημέρα 6). CRP 48 mg/L, "
     "ΤΚΕ 72 mm/1η ώρα. MRI ΟΜΣΣ: σπονδυλοδισκίτιδα Ο4-Ο5 χωρίς επισκληρίδιο απόστημα.\n"
     "Διάγνωση: Βρουκέλλωση με σπονδυλοδισκίτιδα Ο4-Ο5.\n"
     "Αγωγή εξόδου: δοξυκυκλίνη 100 mg x 2 και ριφαμπικίνη 600 mg x 1 για 12 εβδομάδες (τις πρώτες 7 ημέρες και "
     "γενταμικίνη 5 mg/kg ΕΦ). Έγινε δήλωση στον ΕΟΔΥ. Να ελεγχθούν και η σύζυγός του Ευτυχία και ο γιος του "
     "Γιώργης, που αρμέγουν μαζί του.\n"
     "Επανεξέταση στο εξωτερικό ιατρείο λοιμώξεων 14 Νοεμβρίου, 10:00 (ραντεβού στο 2810 555 322).\n"
     "Η Διευθύντρια: Σταυρούλα Χνάρη-Μαυράκη, Παθολόγος-Λοιμωξιολόγος\n"
     "Ο θεράπων: Νικηφόρος Δασκαλάκης, ειδικευόμενος",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου"]), ("LOCATION", ["Βούτες"]), ("POSTCODE", ["71500"]),
      ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2810 555 318"]), ("PHONE", ["2810 555 390"]),
      ("NAME", ["Μανούσος", "Ψαρουδάκης"]), ("NAME", ["Ζαχαρία"]), ("DATE", ["22/05/1968"]), ("ID", ["22056804135"]),
      ("MRN", ["2025/41827"]), ("LOCATION", ["Ανωγείων"]), ("ADDRESS", ["Αγίου Δημητρίου 12"]),
      ("LOCATION", ["Ψηλορείτη"]), ("DATE", ["18 Σεπτεμβρίου 2025"]), ("DATE", ["3 Οκτωβρίου 2025"]),
      ("HOSPITAL", ["Κέντρο Υγείας Ανωγείων"]), ("NAME", ["Ειρήνη", "Σμπώκου"]), ("DATE", ["Ιούλιο"]),
      ("NAME", ["Ευτυχία"]), ("NAME", ["Γιώργης"]), ("DATE", ["14 Νοεμβρίου"]), ("PHONE", ["2810 555 322"]),
      ("NAME", ["Σταυρούλα", "Χνάρη-Μαυράκη"]), ("NAME", ["Νικηφόρος", "Δασκαλάκης"])],
     ["ηπατοσπληνομεγαλία", "Rose Bengal θετική", "Wright 1/640", "Brucella melitensis", "CRP 48 mg/L",
      "σπονδυλοδισκίτιδα Ο4-Ο5", "δοξυκυκλίνη 100 mg x 2", "ριφαμπικίνη 600 mg", "γενταμικίνη 5 mg/kg"]),

    # 5 - Canada, Newfoundland and Labrador (Fogo Island): workers' compensation physician's report, seal finger
    ("WorkplaceNL - PHYSICIAN'S / NURSE PRACTITIONER'S REPORT (Form 8/10)\n"
     "Claim no. 25-0418273 | Date of accident: 11 Apr 2025 | Date first seen: 17 Apr 2025\n"
     "Worker: Dwight Penney-Foley | DOB 1989-09-02 | MCP 418 273 650 182 | Tel 709-555-0137\n"
     "Address: 12 Back Harbour Road, Joe Batt's Arm, NL A0G 2X0\n"
     "Employer: Fogo Island Co-operative Society, crab and cod plant at Seldom. Occupation: sealer in the spring, "
     "plant worker in the summer.\n"
     "History: skinning harp seals on the ice off Twillingate on 11 Apr, small cut to R index finger from the pelt. "
     "Six days later the finger was hugely swollen and throbbing and he could not bend it. Seen at Fogo Island "
     "Health Centre, then sent to James Paton Memorial Regional Health Centre, Gander for plastics review on 18 "
     "Apr.\n"
     "Findings: R index finger fusiform swelling, held flexed, tender along the flexor sheath, severe pain on "
     "passive extension - Kanavel signs 3/4. No fluctuance. WBC 11.8, CRP 64. X-ray: no foreign body, no "
     "osteomyelitis.\n"
     "Diagnosis: \"seal finger\" (Mycoplasma phocacerebrale) with early flexor tenosynovitis, R index finger.\n"
     "Treatment: tetracycline 500 mg QID for 6 weeks; plastics (Dr. Hiscock-Pardy) - no sheath washout needed for "
     "now; splint and hand therapy.\n"
     "Work capacity: no work with the R hand. Expected return to modified duties on the twenty-sixth of May.\n"
     "Physician: Dr. Siobhan Cluett-Abbott | CPSNL licence F 04182 | Fogo Island Health Centre, Fogo, NL | Fax "
     "709-555-0155",
     [("ID", ["25-0418273"]), ("DATE", ["11 Apr 2025"]), ("DATE", ["17 Apr 2025"]),
      ("NAME", ["Dwight", "Penney-Foley"]), ("DATE", ["1989-09-02"]), ("ID", ["418 273 650 182"]),
      ("PHONE", ["709-555-0137"]), ("ADDRESS", ["12 Back Harbour Road"]), ("LOCATION", ["Joe Batt's Arm"]),
      ("POSTCODE", ["A0G 2X0"]), ("LOCATION", ["Fogo Island Co-operative Society"]), ("LOCATION", ["Seldom"]),
      ("LOCATION", ["Twillingate"]), ("DATE", ["11 Apr"]), ("HOSPITAL", ["Fogo Island Health Centre"]),
      ("HOSPITAL", ["James Paton Memorial Regional Health Centre"]), ("LOCATION", ["Gander"]), ("DATE", ["18 Apr"]),
      ("NAME", ["Hiscock-Pardy"]), ("DATE", ["the twenty-sixth of May"]), ("NAME", ["Siobhan", "Cluett-Abbott"]),
      ("LICENCE", ["F 04182"]), ("LOCATION", ["Fogo"]), ("PHONE", ["709-555-0155"])],
     ["fusiform swelling", "Kanavel signs 3/4", "CRP 64", "seal finger", "Mycoplasma phocacerebrale",
      "flexor tenosynovitis", "tetracycline 500 mg QID"]),

    # 6 - Canada, Yukon (Mayo): commercial driver's medical examination report, juvenile myoclonic epilepsy
    ("Government of Yukon - Motor Vehicles\n"
     "DRIVER'S MEDICAL EXAMINATION REPORT (Commercial, Class 1)\n"
     "Driver: Kaden Tizya-Profeit | DOB 1996-12-08 | Yukon driver's licence no. 041827-365 | YHCIP no. 002 418 273\n"
     "Address: Box 418, Mayo, YT Y0B 1M0 | Cell 867-555-0163\n"
     "Employer: Klondike Ore Haulers Ltd. - ore haul from Keno City to the Whitehorse rail yard\n"
     "Examined 2025-11-14 at Mayo Health Centre (telehealth with the Whitehorse General Hospital neurology clinic)\n"
     "History: two generalized tonic-clonic seizures - the first at a Canada Day party in Dawson City after no "
     "sleep, the second in his bunk at camp on Aug 9. Morning myoclonic jerks since his teens (drops his coffee). No "
     "seizure at the wheel. EEG at Whitehorse General Hospital 2025-08-21: 4-6 Hz generalized polyspike-and-wave "
     "with a photoparoxysmal response. MRI brain normal.\n"
     "Diagnosis: juvenile myoclonic epilepsy. On levetiracetam 1000 mg BID since Aug 12, adherent, no further "
     "events.\n"
     "Opinion (CCMTA Medical Standards for Drivers): NOT fit for Class 1 or any commercial class - needs 5 years "
     "seizure-free on treatment. Class 5 (private) may be considered once seizure-free for 6 months, i.e. not before "
     "Feb 9. Driver told he must not drive the haul truck and must report this himself; his supervisor Travis Hager "
     "was told by the driver, not by us.\n"
     "Physician: Dr. Anouk Lindqvist-Charlie | Yukon Medical Council reg. 20418 | Mayo Health Centre | fax "
     "867-555-0148 | signed 2025-11-14",
     [("NAME", ["Kaden", "Tizya-Profeit"]), ("DATE", ["1996-12-08"]), ("LICENCE", ["041827-365"]),
      ("ID", ["002 418 273"]), ("ADDRESS", ["Box 418"]), ("LOCATION", ["Mayo"]), ("POSTCODE", ["Y0B 1M0"]),
      ("PHONE", ["867-555-0163"]), ("LOCATION", ["Klondike Ore Haulers Ltd."]), ("LOCATION", ["Keno City"]),
      ("LOCATION", ["Whitehorse"]), ("DATE", ["2025-11-14"]), ("HOSPITAL", ["Mayo Health Centre"]),
      ("HOSPITAL", ["Whitehorse General Hospital"]), ("DATE", ["Canada Day"]), ("LOCATION", ["Dawson City"]),
      ("DATE", ["Aug 9"]), ("DATE", ["2025-08-21"]), ("DATE", ["Aug 12"]), ("DATE", ["Feb 9"]),
      ("NAME", ["Travis", "Hager"]), ("NAME", ["Anouk", "Lindqvist-Charlie"]), ("LICENCE", ["20418"]),
      ("PHONE", ["867-555-0148"])],
     ["generalized tonic-clonic seizures", "myoclonic jerks", "4-6 Hz generalized polyspike-and-wave",
      "photoparoxysmal response", "juvenile myoclonic epilepsy", "levetiracetam 1000 mg BID",
      "CCMTA Medical Standards for Drivers"]),

    # 7 - Scotland, Highland (Sutherland): immediate discharge letter, Lyme neuroborreliosis with bilateral facial palsy
    ("NHS Highland - Raigmore Hospital, Old Perth Road, Inverness IV2 3UJ\n"
     "IMMEDIATE DISCHARGE LETTER | Ward 5C (Infectious Diseases) | Discharged 19/08/2025\n"
     "Patient: Mr Ruaridh MacAskill-Bain | DOB 14/03/1961 | CHI 1403617252 | Unit no. R0418273\n"
     "Address: 2 Coldbackie, Tongue, Lairg IV27 4XJ\n"
     "GP: Dr Fenella Strachan-Mowat, Tongue Medical Practice (fax 01847 555 418)\n"
     "Admitted 11/08/2025, transferred from Caithness General Hospital, Wick.\n"
     "Presentation: bilateral facial weakness over 4 days (R then L) after 3 weeks of severe radicular pain across "
     "both shoulders, worse at night. Works as a ghillie on the Borgie estate and is on the hill daily; several tick "
     "bites since June; no erythema migrans recalled.\n"
     "Findings: bilateral LMN facial palsy, unable to close either eye fully; limbs normal. MRI: bilateral facial "
     "nerve enhancement. LP: CSF WCC 186 (96% lymphocytes), protein 1.42 g/L, glucose normal. Borrelia IgG/IgM "
     "positive with raised CSF/serum antibody index (confirmed by the Scottish reference laboratory).\n"
     "Diagnosis: Lyme neuroborreliosis (Bannwarth syndrome) with bilateral facial nerve palsy.\n"
     "Treatment: ceftriaxone 2 g IV OD 11/08 to 15/08, then doxycycline 200 mg OD orally to complete 21 days (last "
     "dose 01/09/2025). Eyes: Lacri-Lube nocte with taping, hypromellose drops 2-hourly; ophthalmology - no exposure "
     "keratopathy.\n"
     "Follow-up: ID clinic with Dr Iain Mathieson in 6 weeks; facial physiotherapy at Lawson Memorial Hospital, "
     "Golspie.\n"
     "NOK: wife Morag, 07700 900 418. He hopes to be back on the hill for the stalking in September.\n"
     "Dr Kirsty Urquhart-Dunnet, ST5 Infectious Diseases, for Dr Ewan Macrae, Consultant | GMC 7418273",
     [("HOSPITAL", ["Raigmore Hospital"]), ("ADDRESS", ["Old Perth Road"]), ("LOCATION", ["Inverness"]),
      ("POSTCODE", ["IV2 3UJ"]), ("DATE", ["19/08/2025"]), ("NAME", ["Ruaridh", "MacAskill-Bain"]),
      ("DATE", ["14/03/1961"]), ("ID", ["1403617252"]), ("MRN", ["R0418273"]), ("ADDRESS", ["2 Coldbackie"]),
      ("LOCATION", ["Tongue"]), ("LOCATION", ["Lairg"]), ("POSTCODE", ["IV27 4XJ"]),
      ("NAME", ["Fenella", "Strachan-Mowat"]), ("HOSPITAL", ["Tongue Medical Practice"]), ("PHONE", ["01847 555 418"]),
      ("DATE", ["11/08/2025"]), ("HOSPITAL", ["Caithness General Hospital"]), ("LOCATION", ["Wick"]),
      ("LOCATION", ["Borgie estate"]), ("DATE", ["June"]), ("DATE", ["11/08"]), ("DATE", ["15/08"]),
      ("DATE", ["01/09/2025"]), ("NAME", ["Iain", "Mathieson"]), ("HOSPITAL", ["Lawson Memorial Hospital"]),
      ("LOCATION", ["Golspie"]), ("NAME", ["Morag"]), ("PHONE", ["07700 900 418"]), ("DATE", ["September"]),
      ("NAME", ["Kirsty", "Urquhart-Dunnet"]), ("NAME", ["Ewan", "Macrae"]), ("LICENCE", ["7418273"])],
     ["erythema migrans", "bilateral LMN facial palsy", "CSF WCC 186", "protein 1.42 g/L", "Lyme neuroborreliosis",
      "Bannwarth syndrome", "ceftriaxone 2 g IV OD", "doxycycline 200 mg OD", "Lacri-Lube"]),

    # 8 - China, Sichuan (Garzê): discharge record, hepatic cystic echinococcosis (simplified Chinese)
    ("四川大学华西医院 肝脏外科 出院记录\n"
     "住院号：0418273    床号：23\n"
     "姓名：扎西多吉  性别：男  年龄：41岁  民族：藏族  出生日期：1984年5月12日\n"
     "身份证号：513332198405124172\n"
     "住址：四川省甘孜藏族自治州石渠县色须镇德荣马村4组\n"
     "职业：牧民（牦牛，家中养藏獒两只）\n"
     "联系人：妻子 央金卓玛，电话 138 8360 4172；翻译：侄子 洛绒，电话 199 8175 0418\n"
     "入院日期：2025年7月28日    出院日期：2025年8月14日\n"
     "入院情况：右上腹胀痛半年，加重伴发热3天。在石渠县人民医院B超发现肝内巨大囊性占位，转入我院。\n"
     "辅助检查：嗜酸性粒细胞 9.8%；包虫IgG抗体（ELISA）阳性；ALT 86 U/L。CT：肝右叶14×11 "
     "cm囊性病灶，内见多个子囊（“车轮征”），按WHO-IWGE分型为CE2型。\n"
     "出院诊断：1. 肝囊型包虫病（CE2型） 2. 囊肿继发感染\n"
     "诊疗经过：术前阿苯达唑 400 mg bid 口服1周，7月31日全麻下行肝包虫外囊完整剥除术，术中以20%高渗盐水纱布保护术野，"
     "无囊液外溢，无过敏性休克。术后恢复顺利。\n"
     "出院医嘱：1. 阿苯达唑 400 mg bid，连服3个月，每月复查肝功能及血常规；2. 家中藏獒定期用吡喹酮驱虫，勿用生的牲畜"
     "内脏喂狗；3. 3个月后复查腹部CT，可在甘孜州人民医院或本院门诊复查；4. 不适随诊。\n"
     "主治医师：文思远    住院医师：蒲晓燕    2025年8月14日",
     [("HOSPITAL", ["四川大学华西医院"]), ("MRN", ["0418273"]), ("NAME", ["扎西多吉"]), ("DATE", ["1984年5月12日"]),
      ("ID", ["513332198405124172"]), ("LOCATION", ["甘孜藏族自治州"]), ("LOCATION", ["石渠县"]),
      ("LOCATION", ["色须镇"]), ("ADDRESS", ["德荣马村4组"]), ("NAME", ["央金卓玛"]), ("PHONE", ["138 8360 4172"]),
      ("NAME", ["洛绒"]), ("PHONE", ["199 8175 0418"]), ("DATE", ["2025年7月28日"]), ("DATE", ["2025年8月14日"]),
      ("HOSPITAL", ["石渠县人民医院"]), ("DATE", ["7月31日"]), ("HOSPITAL", ["甘孜州人民医院"]), ("NAME", ["文思远"]),
      ("NAME", ["蒲晓燕"])],
     ["嗜酸性粒细胞 9.8%", "包虫IgG抗体", "车轮征", "CE2型", "肝囊型包虫病", "阿苯达唑 400 mg bid", "20%高渗盐水",
      "过敏性休克", "吡喹酮"]),

    # 9 - England, Cornwall (St Austell): occupational therapy pre-discharge home visit report after hip fracture
    ("Royal Cornwall Hospitals NHS Trust - Occupational Therapy\n"
     "PRE-DISCHARGE HOME VISIT REPORT\n"
     "Patient: Mrs Tamsin Penhaligon-Rowe | DOB 02/12/1946 | NHS No. 648 291 0378 | Hosp No. RCH4182736\n"
     "Ward: Wheal Prosper Ward, Royal Cornwall Hospital, Treliske, Truro\n"
     "Visit: 24/06/2025, 10:30-11:45. Present: patient, son Jory Rowe, OT (author), physiotherapist Kerensa Trewin.\n"
     "Home: Chy an Gwel, Pentewan Road, London Apprentice, St Austell PL26 7AR - two-storey granite cottage, lives "
     "alone.\n"
     "Background: admitted 09/06/2025 after a fall on the cliff path at Mevagissey; R intracapsular NOF fracture, "
     "cemented hemiarthroplasty (posterior approach) 10/06/2025. AF, OA knees, macular degeneration "
     "(sight-impaired). Son lives in Indian Queens and works shifts at Par Docks; visits daily after work.\n"
     "Access: 3 granite steps to the front door, no rail. Stairs steep and narrow, single rail on the L going up. "
     "Bathroom upstairs: bath only, low toilet.\n"
     "Assessment: Zimmer frame indoors, TUG 28 seconds; stairs with rail and stick under supervision, safe. Toilet "
     "transfer independent with toilet frame and raised toilet seat (4 inch). Kitchen: seated on a perching stool, "
     "trolley for carrying. Barthel Index 14/20 on the ward. Posterior hip precautions for 6 weeks understood.\n"
     "Recommendations: second stair rail; toilet frame; raised toilet seat; perching stool; bath board not suitable "
     "- strip wash at the basin for now; pendant alarm (telecare account CL-418273) set up today. Safe for discharge "
     "on 26/06/2025 with reablement twice daily.\n"
     "Son's mobile 07811 555 418. GP: Dr Demelza Hocking, Mevagissey Surgery.\n"
     "Morwenna Tregaskis-Bray, Occupational Therapist | HCPC OT41827 | bleep 2217",
     [("HOSPITAL", ["Royal Cornwall Hospitals NHS Trust"]), ("NAME", ["Tamsin", "Penhaligon-Rowe"]),
      ("DATE", ["02/12/1946"]), ("ID", ["648 291 0378"]), ("MRN", ["RCH4182736"]), ("LOCATION", ["Wheal Prosper Ward"]),
      ("HOSPITAL", ["Royal Cornwall Hospital"]), ("LOCATION", ["Treliske"]), ("LOCATION", ["Truro"]),
      ("DATE", ["24/06/2025"]), ("NAME", ["Jory", "Rowe"]), ("NAME", ["Kerensa", "Trewin"]),
      ("ADDRESS", ["Chy an Gwel"]), ("ADDRESS", ["Pentewan Road"]), ("LOCATION", ["London Apprentice"]),
      ("LOCATION", ["St Austell"]), ("POSTCODE", ["PL26 7AR"]), ("DATE", ["09/06/2025"]), ("LOCATION", ["Mevagissey"]),
      ("DATE", ["10/06/2025"]), ("LOCATION", ["Indian Queens"]), ("LOCATION", ["Par Docks"]), ("ID", ["CL-418273"]),
      ("DATE", ["26/06/2025"]), ("PHONE", ["07811 555 418"]), ("NAME", ["Demelza", "Hocking"]),
      ("HOSPITAL", ["Mevagissey Surgery"]), ("NAME", ["Morwenna", "Tregaskis-Bray"]), ("LICENCE", ["OT41827"]),
      ("PHONE", ["2217"])],
     ["intracapsular NOF fracture", "cemented hemiarthroplasty", "Zimmer frame", "TUG 28 seconds", "raised toilet seat",
      "perching stool", "Barthel Index 14/20", "Posterior hip precautions"]),

    # 10 - Australia, Tasmania (North-West Coast): dermatology outpatient letter to a GP, superficial spreading melanoma
    ("North West Regional Hospital - Dermatology Outpatients\n"
     "23 Brickport Road, Burnie TAS 7320 | Ph (03) 6555 4182 | Fax (03) 6555 4190\n"
     "\n"
     "7 October 2025\n"
     "\n"
     "Dr Bronwyn Gaffney-Toll\n"
     "Penguin Family Practice, 82 Main Road, Penguin TAS 7316\n"
     "\n"
     "Dear Bronwyn,\n"
     "Re: Mr Graeme Whitehead-Laskey, DOB 30/01/1971, Medicare 5291 83745 2, UR 0741829, 14 Ironcliffe Road, "
     "Penguin\n"
     "\n"
     "Thank you for referring Graeme, a 54-year-old dairy farmer who milks at Riana, with a changing pigmented "
     "lesion on his left upper back that his wife Shelley noticed in August on a trip to Snug to see their daughter. "
     "He had a BCC excised from the right ear in 2019 and is otherwise well. Fitzpatrick II, more than 100 naevi, "
     "and his father had a melanoma.\n"
     "Dermoscopy showed an 11 mm asymmetric lesion with an atypical pigment network, blue-white veil and regression "
     "structures, and I excised it on 16/09/2025. Histology: superficial spreading melanoma, Breslow thickness 1.4 "
     "mm, Clark level IV, no ulceration, 2 mitoses/mm2, peripheral and deep margins clear; pT2a.\n"
     "I have booked him for wide local excision with 1-2 cm margins and sentinel lymph node biopsy at the Royal "
     "Hobart Hospital on 29 October. BRAF testing will follow if the SLNB is positive. He will need full skin checks "
     "every 3 months for 2 years; sun protection discussed at length.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Ingrid Vos-Pemberton, FACD, Dermatologist | AHPRA MED0002418273",
     [("HOSPITAL", ["North West Regional Hospital"]), ("ADDRESS", ["23 Brickport Road"]), ("LOCATION", ["Burnie"]),
      ("POSTCODE", ["7320"]), ("PHONE", ["(03) 6555 4182"]), ("PHONE", ["(03) 6555 4190"]),
      ("DATE", ["7 October 2025"]), ("NAME", ["Bronwyn", "Gaffney-Toll"]), ("HOSPITAL", ["Penguin Family Practice"]),
      ("ADDRESS", ["82 Main Road"]), ("LOCATION", ["Penguin"]), ("POSTCODE", ["7316"]),
      ("NAME", ["Graeme", "Whitehead-Laskey"]), ("DATE", ["30/01/1971"]), ("ID", ["5291 83745 2"]),
      ("MRN", ["0741829"]), ("ADDRESS", ["14 Ironcliffe Road"]), ("LOCATION", ["Riana"]), ("NAME", ["Shelley"]),
      ("DATE", ["August"]), ("LOCATION", ["Snug"]), ("DATE", ["16/09/2025"]), ("HOSPITAL", ["Royal Hobart Hospital"]),
      ("DATE", ["29 October"]), ("NAME", ["Ingrid", "Vos-Pemberton"]), ("LICENCE", ["MED0002418273"])],
     ["Fitzpatrick II", "blue-white veil", "superficial spreading melanoma", "Breslow thickness 1.4 mm",
      "Clark level IV", "pT2a", "sentinel lymph node biopsy", "BRAF"]),

    # 11 - New Zealand, West Coast (Westland): GP consultation with an ACC45 injury claim, clinical scaphoid fracture
    ("Westland Medical Centre, Hokitika - CONSULTATION NOTE + ACC45 INJURY CLAIM\n"
     "Date 28/04/2025 | ACC claim no. KD41827\n"
     "Patient: Ngaio Jamieson-Tainui | DOB 05/03/2003 | NHI ZKD4183 | 021 555 0416 | ngaio.jt@xtra.co.nz\n"
     "Address: 31 Seddon Street, Kumara 7832\n"
     "Occupation: visitor host at the Ross Goldfields Information Centre\n"
     "Injury: came off her mountain bike on the gravel near Lake Kaniere on Anzac Day - FOOSH onto the R hand. Pain "
     "at the radial side of the wrist since, worse gripping. Mum Ripeka drove her in.\n"
     "O/E: anatomical snuffbox tenderness, scaphoid tubercle tenderness, pain on axial compression of the thumb. "
     "Finkelstein negative. Distal NV intact. No other injury.\n"
     "X-ray (scaphoid series) at Te Nikau Grey Hospital, Greymouth on 26/04: no fracture seen.\n"
     "Dx: clinical scaphoid fracture, R - treated as a fracture until proven otherwise. ACC read code S62.0.\n"
     "Plan: below-elbow thumb spica cast applied today; repeat X-ray in 10-14 days or MRI if still tender; ibuprofen "
     "400 mg TDS with food for 5 days, paracetamol 1 g QID. ACC18 medical certificate: fully unfit until 12/05/2025. "
     "No driving in the cast.\n"
     "Dr Cormac Fitzgibbon-Hāwea, GP | MCNZ 41827",
     [("HOSPITAL", ["Westland Medical Centre"]), ("LOCATION", ["Hokitika"]), ("DATE", ["28/04/2025"]),
      ("ID", ["KD41827"]), ("NAME", ["Ngaio", "Jamieson-Tainui"]), ("DATE", ["05/03/2003"]), ("ID", ["ZKD4183"]),
      ("PHONE", ["021 555 0416"]), ("EMAIL", ["ngaio.jt@xtra.co.nz"]), ("ADDRESS", ["31 Seddon Street"]),
      ("LOCATION", ["Kumara"]), ("POSTCODE", ["7832"]), ("LOCATION", ["Ross Goldfields Information Centre"]),
      ("LOCATION", ["Lake Kaniere"]), ("DATE", ["Anzac Day"]), ("NAME", ["Ripeka"]),
      ("HOSPITAL", ["Te Nikau Grey Hospital"]), ("LOCATION", ["Greymouth"]), ("DATE", ["26/04"]),
      ("DATE", ["12/05/2025"]), ("NAME", ["Cormac", "Fitzgibbon-Hāwea"]), ("LICENCE", ["41827"])],
     ["FOOSH", "anatomical snuffbox tenderness", "Finkelstein negative", "scaphoid series", "S62.0", "thumb spica cast",
      "paracetamol 1 g QID"]),

    # 12 - Turkey, Trabzon (Black Sea coast): emergency department discharge summary (epikriz), mad honey poisoning
    # (Turkish)
    ("T.C. Sağlık Bakanlığı\n"
     "Trabzon Kanuni Eğitim ve Araştırma Hastanesi - Acil Tıp Kliniği\n"
     "EPİKRİZ\n"
     "Hasta: Temel Hamzaoğlu | TC Kimlik No: 41827365040 | Protokol No: 2025/418273 | Doğum tarihi: 03.02.1967 | "
     "Yaş: 58\n"
     "Başvuru: 17 Temmuz 2025, 14:20\n"
     "Adres: Yeni Mahalle, Sahil Caddesi No: 14, Of / Trabzon | Tel: 0 (532) 555 18 27 | Eşi Fadime Hanım: 0 (535) "
     "555 41 82\n"
     "Şikâyet: eniştesi Hüseyin'in Çamlıhemşin'deki yayladan (Ayder) getirdiği \"deli bal\"dan kahvaltıda 3 yemek "
     "kaşığı yedikten yaklaşık 1 saat sonra baş dönmesi, bulantı, kusma, terleme ve bayılma hissi. Kurban "
     "Bayramı'nda aynı baldan yediğinde de hafif baş dönmesi olmuş.\n"
     "Fizik muayene: bilinç açık, KB 70/40 mmHg, nabız 38/dk, SpO2 %96, solunum 18/dk; terli ve soluk.\n"
     "EKG: sinüs bradikardisi, 2:1 AV blok dönemleri.\n"
     "Tanı: Deli bal zehirlenmesi (grayanotoksin).\n"
     "Tedavi: atropin 0,5 mg IV iki kez (toplam 1 mg), %0,9 NaCl 1000 mL. Sonrasında nabız 72/dk, KB 110/70 mmHg. 12 "
     "saat monitörde izlendi, AV blok tekrarlamadı. Troponin negatif.\n"
     "Taburculuk: 18 Temmuz 2025. Öneriler: deli bal tüketmemesi; göğüs ağrısı veya bayılmada 112'yi araması. "
     "Kontrol: Rize yerine Trabzon'da dahiliye polikliniği, 25 Temmuz.\n"
     "Dr. Zeynep Kalyoncu-Aksu, Acil Tıp Uzmanı | Diploma Tescil No: 184273",
     [("HOSPITAL", ["Trabzon Kanuni Eğitim ve Araştırma Hastanesi"]), ("NAME", ["Temel", "Hamzaoğlu"]),
      ("ID", ["41827365040"]), ("MRN", ["2025/418273"]), ("DATE", ["03.02.1967"]), ("DATE", ["17 Temmuz 2025"]),
      ("LOCATION", ["Yeni Mahalle"]), ("ADDRESS", ["Sahil Caddesi No: 14"]), ("LOCATION", ["Of"]),
      ("LOCATION", ["Trabzon"]), ("PHONE", ["0 (532) 555 18 27"]), ("NAME", ["Fadime"]),
      ("PHONE", ["0 (535) 555 41 82"]), ("NAME", ["Hüseyin"]), ("LOCATION", ["Çamlıhemşin"]), ("LOCATION", ["Ayder"]),
      ("DATE", ["Kurban Bayramı"]), ("DATE", ["18 Temmuz 2025"]), ("LOCATION", ["Rize"]), ("DATE", ["25 Temmuz"]),
      ("NAME", ["Zeynep", "Kalyoncu-Aksu"]), ("LICENCE", ["184273"])],
     ["deli bal", "KB 70/40 mmHg", "nabız 38/dk", "sinüs bradikardisi", "2:1 AV blok", "grayanotoksin",
      "atropin 0,5 mg IV", "Troponin negatif"]),

    # 13 - India, Ladakh (Leh): emergency department record of a tourist, high-altitude pulmonary oedema
    ("Sonam Norboo Memorial Hospital, Leh - Casualty / Emergency\n"
     "ED Reg. No. SNM/ED/2025/41827 | 12-06-2025 06:40\n"
     "Name: Ms. Aishwarya Deshpande-Kulkarni | 34/F | D/o Shri Vinayak Deshpande | Aadhaar 4827 1930 5617 | Mob +91 "
     "98220 55418 | Instagram @aishwanders\n"
     "Home address: Flat 402, Tulip Towers, Baner Road, Pune 411045. Software tester, Deccan Datasoft Pvt Ltd, "
     "Hinjewadi.\n"
     "Staying at: Hotel Snow Leopard Inn, Changspa.\n"
     "History: flew from Pune via Mumbai, landed 9 June; against advice went by taxi (LA 02 6418) over Khardung La "
     "to Nubra on day 2 and slept at Pangong (4,250 m) on 10/6. Progressive breathlessness, dry cough, then pink "
     "frothy sputum since last night. Not on acetazolamide prophylaxis.\n"
     "O/E: HR 124, RR 32, BP 128/84, T 37.8, SpO2 68% on room air, 86% on 6 L/min O2. Bilateral crepitations R > L. "
     "Lake Louise Score 7 (headache, nausea, fatigue, dizziness). No ataxia, tandem gait normal.\n"
     "CXR: patchy fluffy opacities R mid and lower zones. ECG: sinus tachycardia, RV strain.\n"
     "Dx: HAPE with mild AMS.\n"
     "Rx: O2 via NRM; nifedipine SR 30 mg stat, then 12-hourly; dexamethasone 8 mg stat, then 4 mg 6-hourly; Gamow "
     "bag kept ready. Admit HDU. Fly out to lower altitude once SpO2 > 90% and fit to fly.\n"
     "Companion: husband Mr. Rohan Kulkarni (same hotel), 98230 55702.\n"
     "CMO on duty: Dr. Tsewang Dolma Angmo, MD | JKMC Reg. 18427",
     [("HOSPITAL", ["Sonam Norboo Memorial Hospital"]), ("LOCATION", ["Leh"]), ("MRN", ["SNM/ED/2025/41827"]),
      ("DATE", ["12-06-2025"]), ("NAME", ["Aishwarya", "Deshpande-Kulkarni"]), ("NAME", ["Vinayak", "Deshpande"]),
      ("ID", ["4827 1930 5617"]), ("PHONE", ["+91 98220 55418"]), ("HANDLE", ["@aishwanders"]),
      ("ADDRESS", ["Flat 402, Tulip Towers"]), ("ADDRESS", ["Baner Road"]), ("LOCATION", ["Pune"]),
      ("POSTCODE", ["411045"]), ("LOCATION", ["Deccan Datasoft Pvt Ltd"]), ("LOCATION", ["Hinjewadi"]),
      ("LOCATION", ["Hotel Snow Leopard Inn"]), ("LOCATION", ["Changspa"]), ("LOCATION", ["Mumbai"]),
      ("DATE", ["9 June"]), ("PLATE", ["LA 02 6418"]), ("LOCATION", ["Khardung La"]), ("LOCATION", ["Nubra"]),
      ("LOCATION", ["Pangong"]), ("DATE", ["10/6"]), ("NAME", ["Rohan", "Kulkarni"]), ("PHONE", ["98230 55702"]),
      ("NAME", ["Tsewang Dolma", "Angmo"]), ("LICENCE", ["18427"])],
     ["pink frothy sputum", "acetazolamide", "SpO2 68%", "Lake Louise Score 7", "HAPE", "nifedipine SR 30 mg",
      "dexamethasone 8 mg", "Gamow bag"]),

    # 14 - Singapore (Bedok): polyclinic pharmacist-led medication reconciliation with a home medication list
    ("SingHealth Polyclinics - Bedok Polyclinic, 11 Bedok North Street 1, Singapore 469662\n"
     "PHARMACIST-LED MEDICATION RECONCILIATION | 05/09/2025 | Appt ref PX-25-418273\n"
     "Patient: Mdm Goh Ah Moi | NRIC S0418273A | 77 F | DOB 14/02/1948\n"
     "Address: Blk 418 Bedok North Avenue 2, #09-127, Singapore 460418 | Home 6555 4182\n"
     "Main caregiver: daughter Ms Lim Hui Ling, 9555 0418, huiling.lim88@gmail.com\n"
     "Helper: Ms Marites Dumalagan (FIN G5182734T) gives the morning and evening medicines.\n"
     "Speaks Teochew and some Mandarin; helper and daughter speak English.\n"
     "Problems: T2DM (HbA1c 8.2%), HTN, HLD, CKD G3a (eGFR 52, uACR 38 mg/mmol), knee OA, L cataract op at Changi "
     "General Hospital.\n"
     "Brown-bag review - medicines from 3 sources (polyclinic, the Changi General Hospital clinic, and a GP in "
     "Simei), plus herbs from a medicine shop on Bedok Reservoir Road:\n"
     "1. Metformin 850 mg BD - taking\n"
     "2. Forxiga (dapagliflozin) 10 mg OM - taking\n"
     "3. Januvia (sitagliptin) 100 mg OM - from the hospital clinic\n"
     "4. Linagliptin 5 mg OM - from the polyclinic\n"
     "5. Amlodipine 10 mg OM; Losartan 50 mg OM\n"
     "6. Atorvastatin 40 mg ON - stopped by herself since Chinese New Year (\"leg pain\")\n"
     "7. Arcoxia 90 mg OM PRN knee pain - from the Simei GP\n"
     "8. Huang qi herbal tea daily\n"
     "Drug-related problems and actions:\n"
     "(a) two DPP-4 inhibitors (Januvia + linagliptin) - linagliptin stopped.\n"
     "(b) Arcoxia with losartan and dapagliflozin in CKD - \"triple whammy\" risk: Arcoxia stopped; paracetamol 1 g "
     "TDS PRN and topical diclofenac gel.\n"
     "(c) statin stopped by patient: CK 98 U/L, LDL-C 3.4 mmol/L - rechallenge rosuvastatin 5 mg 3 times a week.\n"
     "(d) weekly pill box filled with helper; helper taught.\n"
     "Pharmacist: Nurul Ain bte Mohd Yusof | SPC reg. P418273H\n"
     "Next review with Dr Rajeswari d/o Kuppusamy on 03/10/2025.",
     [("HOSPITAL", ["SingHealth Polyclinics"]), ("HOSPITAL", ["Bedok Polyclinic"]),
      ("ADDRESS", ["11 Bedok North Street 1"]), ("POSTCODE", ["469662"]), ("DATE", ["05/09/2025"]),
      ("ID", ["PX-25-418273"]), ("NAME", ["Goh", "Ah Moi"]), ("ID", ["S0418273A"]), ("DATE", ["14/02/1948"]),
      ("ADDRESS", ["Blk 418 Bedok North Avenue 2, #09-127"]), ("POSTCODE", ["460418"]), ("PHONE", ["6555 4182"]),
      ("NAME", ["Lim", "Hui Ling"]), ("PHONE", ["9555 0418"]), ("EMAIL", ["huiling.lim88@gmail.com"]),
      ("NAME", ["Marites", "Dumalagan"]), ("ID", ["G5182734T"]), ("HOSPITAL", ["Changi General Hospital"]),
      ("LOCATION", ["Simei"]), ("ADDRESS", ["Bedok Reservoir Road"]), ("DATE", ["Chinese New Year"]),
      ("NAME", ["Nurul Ain", "Mohd Yusof"]), ("LICENCE", ["P418273H"]), ("NAME", ["Rajeswari", "Kuppusamy"]),
      ("DATE", ["03/10/2025"])],
     ["HbA1c 8.2%", "eGFR 52", "uACR 38 mg/mmol", "Metformin 850 mg BD", "Forxiga", "Januvia", "Linagliptin 5 mg",
      "Arcoxia 90 mg", "triple whammy", "LDL-C 3.4 mmol/L"]),

    # 15 - Greece, Evros (Alexandroupolis): patient safety incident report, in-hospital fall of a patient aged 91
    # (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης\n"
     "Γραφείο Ποιότητας και Ασφάλειας Ασθενών - ΕΝΤΥΠΟ ΑΝΑΦΟΡΑΣ ΣΥΜΒΑΝΤΟΣ\n"
     "Αρ. αναφοράς: ΣΑ-2025/0418 | Ημερομηνία και ώρα συμβάντος: 28/12/2025, 03:40 | Β' Παθολογική, θάλαμος 7, κλίνη "
     "2\n"
     "Ασθενής: Ευδοκία Τσολακίδου του Παντελή, 91 ετών, γεν. 04/11/1934, ΑΜΚΑ 04113401824, Α.Μ. 418273\n"
     "Κάτοικος Σουφλίου (Ελευθερίου Βενιζέλου 41). Γεννήθηκε στο Μεγάλο Δέρειο, έζησε στις Φέρες τη δεκαετία του '60 "
     "και δούλευε στο μεταξουργείο από το 1950. Εισήχθη στις 22 Δεκεμβρίου με ουρολοίμωξη και σύγχυση.\n"
     "Περιγραφή: Η ασθενής βρέθηκε από τη νοσηλεύτρια βάρδιας Κυριακή Μουρατίδου στο πάτωμα δίπλα στην κλίνη, με "
     "κατεβασμένο το πλαϊνό κάγκελο· προσπάθησε να πάει μόνη στην τουαλέτα. Morse Fall Scale 65 κατά την εισαγωγή "
     "(υψηλός κίνδυνος)· δεν είχε τοποθετηθεί αισθητήρας εξόδου από την κλίνη. Λαμβάνει ασενοκουμαρόλη (Sintrom) για "
     "κολπική μαρμαρυγή, INR 3,4.\n"
     "Άμεσες ενέργειες: εκτίμηση από τον εφημερεύοντα Δρ Ορέστη Παπαδόπουλο-Ζήκα: GCS 15, αιμάτωμα δεξιού ισχίου, "
     "βράχυνση και έξω στροφή του δεξιού κάτω άκρου. Αξονική εγκεφάλου: χωρίς ενδοκράνια αιμορραγία. Ακτινογραφία: "
     "υποκεφαλικό κάταγμα αυχένα δεξιού μηριαίου, Garden III. Χορηγήθηκε βιταμίνη K 2 mg ΕΦ. Ενημερώθηκαν η κόρη της "
     "Σοφία (697 555 0418) και ο γιος της Θεόδωρος. Η κόρη ζητά να είναι στο σπίτι ως τα Θεοφάνια.\n"
     "Αναφέρουσα: Κυριακή Μουρατίδου, Νοσηλεύτρια ΤΕ | Προϊσταμένη: Αθηνά Γκουγκουσκίδου | Ημερομηνία αναφοράς: "
     "28/12/2025",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης"]), ("ID", ["ΣΑ-2025/0418"]),
      ("DATE", ["28/12/2025"]), ("NAME", ["Ευδοκία", "Τσολακίδου"]), ("NAME", ["Παντελή"]), ("AGE", ["91 ετών"]),
      ("DATE", ["04/11/1934"]), ("ID", ["04113401824"]), ("MRN", ["418273"]), ("LOCATION", ["Σουφλίου"]),
      ("ADDRESS", ["Ελευθερίου Βενιζέλου 41"]), ("LOCATION", ["Μεγάλο Δέρειο"]), ("LOCATION", ["Φέρες"]),
      ("DATE", ["τη δεκαετία του '60"]), ("DATE", ["1950"]), ("DATE", ["22 Δεκεμβρίου"]),
      ("NAME", ["Κυριακή", "Μουρατίδου"]), ("NAME", ["Ορέστη", "Παπαδόπουλο-Ζήκα"]), ("NAME", ["Σοφία"]),
      ("PHONE", ["697 555 0418"]), ("NAME", ["Θεόδωρος"]), ("DATE", ["Θεοφάνια"]),
      ("NAME", ["Αθηνά", "Γκουγκουσκίδου"])],
     ["Morse Fall Scale 65", "ασενοκουμαρόλη (Sintrom)", "κολπική μαρμαρυγή", "INR 3,4", "GCS 15",
      "κάταγμα αυχένα δεξιού μηριαίου", "Garden III", "βιταμίνη K 2 mg ΕΦ"]),

    # 16 - Trinidad and Tobago (Penal-Debe): accident and emergency record, hydrogen sulphide knockdown at a refinery
    ("San Fernando General Hospital - Accident & Emergency Department\n"
     "Independence Avenue, San Fernando | Tel (868) 555-3418\n"
     "A&E RECORD | Reg. No. SFGH 25-418273 | 03/11/2025 11:48 | Triage category 2\n"
     "Name: Kavish Rampersad-Sookdeo | 36 M | DOB 21/05/1989 | NIS No. 1804-27365 | ID card 19890521037\n"
     "Address: LP 47, Rochard Douglas Road, Penal\n"
     "Employer: Gulf Coast Tank Services Ltd., contractor at the Pointe-à-Pierre refinery. Brought in the company "
     "ambulance (PCT 4182).\n"
     "History: cleaning a crude tank when the gas alarm went off; \"one breath\" knockdown at about 11:05, "
     "unconscious about 2 minutes, dragged out by co-worker Deodath Ragoonanan (seen separately, well). Smelled "
     "rotten eggs, then nothing (olfactory fatigue). Vomited twice, headache, burning eyes. Back at work 2 days "
     "after Divali.\n"
     "O/E: GCS 13/15 (E3V4M6) on arrival, 15/15 by 12:30; HR 112, BP 100/64, RR 24, SpO2 91% RA; bilateral "
     "conjunctival injection with photophobia (\"gas eye\"); chest clear.\n"
     "ABG: pH 7.29, pCO2 32, HCO3 15, lactate 5.1; COHb 1.2%, MetHb 0.8%. ECG sinus tachycardia, no ischaemia; "
     "troponin pending.\n"
     "Imp: acute hydrogen sulphide poisoning with metabolic acidosis; chemical keratoconjunctivitis.\n"
     "Plan: 100% O2 via NRB 15 L/min; IV 0.9% saline; eye irrigation, chloramphenicol eye ointment; observe 24 h for "
     "delayed pulmonary oedema, repeat CXR at 6 h; sodium nitrite not given as he is improving. Employer to notify "
     "OSHA. Wife Shalini (868) 555-7102 informed; his mother in Debe told by phone.\n"
     "Dr. Anika Baboolal-Mohammed, Registrar, Emergency Medicine | MBTT Reg. 4182",
     [("HOSPITAL", ["San Fernando General Hospital"]), ("ADDRESS", ["Independence Avenue"]),
      ("LOCATION", ["San Fernando"]), ("PHONE", ["(868) 555-3418"]), ("MRN", ["SFGH 25-418273"]),
      ("DATE", ["03/11/2025"]), ("NAME", ["Kavish", "Rampersad-Sookdeo"]), ("DATE", ["21/05/1989"]),
      ("ID", ["1804-27365"]), ("ID", ["19890521037"]), ("ADDRESS", ["LP 47, Rochard Douglas Road"]),
      ("LOCATION", ["Penal"]), ("LOCATION", ["Gulf Coast Tank Services Ltd."]), ("LOCATION", ["Pointe-à-Pierre"]),
      ("PLATE", ["PCT 4182"]), ("NAME", ["Deodath", "Ragoonanan"]), ("DATE", ["Divali"]), ("NAME", ["Shalini"]),
      ("PHONE", ["(868) 555-7102"]), ("LOCATION", ["Debe"]), ("NAME", ["Anika", "Baboolal-Mohammed"]),
      ("LICENCE", ["4182"])],
     ["olfactory fatigue", "GCS 13/15 (E3V4M6)", "conjunctival injection", "pH 7.29", "lactate 5.1", "COHb 1.2%",
      "hydrogen sulphide poisoning", "chloramphenicol eye ointment", "sodium nitrite"]),

    # 17 - Ghana, Ashanti (Asante Akim North): Buruli ulcer treatment centre wound care and antibiotic record
    ("Agogo Presbyterian Hospital - Buruli Ulcer Treatment Centre\n"
     "WOUND CARE AND ANTIBIOTIC RECORD (BU01)\n"
     "Patient: Akosua Boatemaa Asante | F | 12 yrs | DOB 14/01/2013 | Folder No. APH/BU/25/0418 | NHIS 41827365\n"
     "Guardian's Ghana Card: GHA-718273640-2 | Digital address AK-482-7731 | House No. B27, Juansa\n"
     "Mother: Afua Konadu (trader, Agogo market), 024 555 8127. Father: Kofi Asante, cocoa farmer near the Afram "
     "River.\n"
     "School: Juansa D/A Basic School, JHS 1\n"
     "History: painless nodule on the R forearm since March, broke down into an ulcer in April; treated with herbs "
     "first.\n"
     "Lesion at start: 6 x 4 cm ulcer, R forearm, undermined edges, cotton-wool necrotic slough, no bone "
     "involvement, elbow movement full - WHO Category II.\n"
     "Lab: IS2404 PCR positive (sample sent to Kumasi); ZN smear AFB positive. Dx: Mycobacterium ulcerans disease.\n"
     "Treatment: rifampicin 10 mg/kg (450 mg) OD + clarithromycin 7.5 mg/kg (300 mg) BD for 8 weeks, started "
     "08/07/2025 under daily observation by the ward nurse.\n"
     "22/07/2025 (day 14): ulcer 5.5 x 3.8 cm, edges flattening, granulating; dressing changed by Nurse Yaw "
     "Adjei-Mensah; elbow exercises taught. Plan: review for split-skin graft at week 8 with the plastics team at "
     "Komfo Anokye Teaching Hospital.\n"
     "Signed: Dr Ewurabena Quaye-Donkor, Medical Officer | MDC Reg. MDC/RN/18427",
     [("HOSPITAL", ["Agogo Presbyterian Hospital"]), ("NAME", ["Akosua", "Boatemaa", "Asante"]),
      ("DATE", ["14/01/2013"]), ("MRN", ["APH/BU/25/0418"]), ("ID", ["41827365"]), ("ID", ["GHA-718273640-2"]),
      ("ADDRESS", ["AK-482-7731"]), ("ADDRESS", ["House No. B27"]), ("LOCATION", ["Juansa"]),
      ("NAME", ["Afua", "Konadu"]), ("LOCATION", ["Agogo"]), ("PHONE", ["024 555 8127"]), ("NAME", ["Kofi", "Asante"]),
      ("LOCATION", ["Afram River"]), ("LOCATION", ["Juansa D/A Basic School"]), ("DATE", ["March"]),
      ("DATE", ["April"]), ("LOCATION", ["Kumasi"]), ("DATE", ["08/07/2025"]), ("DATE", ["22/07/2025"]),
      ("NAME", ["Yaw", "Adjei-Mensah"]), ("HOSPITAL", ["Komfo Anokye Teaching Hospital"]),
      ("NAME", ["Ewurabena", "Quaye-Donkor"]), ("LICENCE", ["MDC/RN/18427"])],
     ["undermined edges", "WHO Category II", "IS2404 PCR positive", "ZN smear AFB positive", "Mycobacterium ulcerans",
      "rifampicin 10 mg/kg", "clarithromycin 7.5 mg/kg", "split-skin graft"]),

    # 18 - Wales, Gwynedd (Bangor): hyperacute stroke and thrombolysis record, Welsh-speaking patient
    ("Betsi Cadwaladr University Health Board / Bwrdd Iechyd Prifysgol Betsi Cadwaladr\n"
     "Ysbyty Gwynedd, Penrhosgarnedd, Bangor LL57 2PW - Emergency Department / Adran Achosion Brys\n"
     "HYPERACUTE STROKE AND THROMBOLYSIS RECORD | 14/02/2026 | ambulance pre-alert 16:52, call ref 2602140418\n"
     "Patient: Gwilym ap Rhys Pritchard | 71 M | DOB 05/09/1954 | NHS 671 049 2834 | Hosp No. G418273 | first "
     "language Welsh\n"
     "Home: Tŷ Capel, Stryd Fawr, Bethesda. Retired quarryman (Penrhyn Quarry).\n"
     "Last known well 15:40 (wife Eirlys, watching the rugby with him): sudden R arm and leg weakness and "
     "word-finding difficulty; FAST positive.\n"
     "Arrival 17:18. ROSIER +4. NIHSS 14.\n"
     "CT head 17:31: no haemorrhage, ASPECTS 9. CTA: L MCA M1 occlusion, good collaterals. Glucose 7.2, INR 1.0, plt "
     "212. BP 176/94 - labetalol 10 mg IV, BP then 164/88. Not anticoagulated; pre-morbid mRS 0; contraindication "
     "checklist negative.\n"
     "Tenecteplase 0.25 mg/kg (20 mg) IV bolus at 17:49 - door-to-needle 31 min.\n"
     "Thrombectomy discussed with the on-call neuroradiologist at the Walton Centre (Dr Okonjo-Richards): accepted, "
     "transfer to Liverpool by ambulance with nurse escort.\n"
     "Wife Eirlys and son Iestyn (07700 900 627) informed in Welsh by Nyrs Ffion Hughes.\n"
     "Stroke registrar: Dr Siôn Llewelyn-Owen | GMC 7184273 | bleep 3418",
     [("HOSPITAL", ["Betsi Cadwaladr University Health Board"]),
      ("HOSPITAL", ["Bwrdd Iechyd Prifysgol Betsi Cadwaladr"]), ("HOSPITAL", ["Ysbyty Gwynedd"]),
      ("LOCATION", ["Penrhosgarnedd"]), ("LOCATION", ["Bangor"]), ("POSTCODE", ["LL57 2PW"]), ("DATE", ["14/02/2026"]),
      ("ID", ["2602140418"]), ("NAME", ["Gwilym", "ap Rhys", "Pritchard"]), ("DATE", ["05/09/1954"]),
      ("ID", ["671 049 2834"]), ("MRN", ["G418273"]), ("ADDRESS", ["Tŷ Capel"]), ("ADDRESS", ["Stryd Fawr"]),
      ("LOCATION", ["Bethesda"]), ("LOCATION", ["Penrhyn Quarry"]), ("NAME", ["Eirlys"]),
      ("HOSPITAL", ["Walton Centre"]), ("NAME", ["Okonjo-Richards"]), ("LOCATION", ["Liverpool"]), ("NAME", ["Iestyn"]),
      ("PHONE", ["07700 900 627"]), ("NAME", ["Ffion", "Hughes"]), ("NAME", ["Siôn", "Llewelyn-Owen"]),
      ("LICENCE", ["7184273"]), ("PHONE", ["3418"])],
     ["ROSIER +4", "NIHSS 14", "ASPECTS 9", "L MCA M1 occlusion", "labetalol 10 mg IV", "mRS 0",
      "Tenecteplase 0.25 mg/kg", "door-to-needle 31 min"]),

    # 19 - Hong Kong (Sham Shui Po): community nurse home visit record for a patient aged 93 (traditional Chinese)
    ("明愛醫院 社康護理服務（長沙灣永康街111號）\n"
     "社康護士家訪記錄\n"
     "家訪日期：2025年12月3日 上午10時15分\n"
     "病人：黃燕卿（女，93歲）  出生日期：1932年8月15日  身分證號碼：C418273(A)  病歷編號：HN04182736\n"
     "地址：九龍深水埗石硤尾邨美映樓14樓1418室  電話：2555 4182（住宅）\n"
     "照顧者：兒子 何志強（的士司機，車牌 KL 4182），手提電話 9555 1827\n"
     "病歷：糖尿病（Mixtard 30 胰島素，早上18單位、晚上10單位）、高血壓、帕金森病（Madopar 125 mg "
     "每日三次）；1990年中風後左側偏癱，長期臥床。2025年11月因肺炎入住明愛醫院，出院後轉介社康護理。\n"
     "評估：骶骨第二期壓瘡 3 x 2 cm，Braden 量表 12分（高危）；早餐前血糖 14.2 mmol/L；留置導尿管 Foley "
     "14Fr，上次更換 11月20日；體重 38 kg。\n"
     "處理：傷口以 Mepilex Border 敷料覆蓋，每三日更換；教導兒子每2小時協助轉身；已安排租用氣墊床。Mixtard 30 "
     "早上劑量減至16單位，已通知李鄭屋普通科門診診所梁國豪醫生。\n"
     "病人表示希望明年中秋節仍可在家過，又說「我就快94歲」。\n"
     "下次家訪：2025年12月10日\n"
     "社康護士：麥嘉欣（註冊護士 編號 R41827）",
     [("HOSPITAL", ["明愛醫院"]), ("LOCATION", ["長沙灣"]), ("ADDRESS", ["永康街111號"]), ("DATE", ["2025年12月3日"]),
      ("NAME", ["黃燕卿"]), ("AGE", ["93歲"]), ("DATE", ["1932年8月15日"]), ("ID", ["C418273(A)"]),
      ("MRN", ["HN04182736"]), ("LOCATION", ["九龍"]), ("LOCATION", ["深水埗"]), ("LOCATION", ["石硤尾邨"]),
      ("ADDRESS", ["美映樓14樓1418室"]), ("PHONE", ["2555 4182"]), ("NAME", ["何志強"]), ("PLATE", ["KL 4182"]),
      ("PHONE", ["9555 1827"]), ("DATE", ["1990年"]), ("DATE", ["2025年11月"]), ("DATE", ["11月20日"]),
      ("HOSPITAL", ["李鄭屋普通科門診診所"]), ("NAME", ["梁國豪"]), ("DATE", ["中秋節"]), ("AGE", ["94歲"]),
      ("DATE", ["2025年12月10日"]), ("NAME", ["麥嘉欣"]), ("LICENCE", ["R41827"])],
     ["Mixtard 30", "帕金森病", "Madopar 125 mg", "第二期壓瘡", "Braden 量表 12分", "血糖 14.2 mmol/L", "Foley 14Fr",
      "Mepilex Border", "氣墊床"]),
] + MORE_NOTES
