"""Forty-third HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

24 notes (965 planted identifier parts in 817 (kind, parts) entries; 437 clinical strings), written the way clinicians
write them. Notes 0-11 (this file): a GP referral letter for a home oxygen assessment and virtual pulmonary
rehabilitation (Scotland, Isle of Islay), an emergency upper GI endoscopy report for a bleeding duodenal ulcer (Greece,
Tripoli in Arcadia), a hospital-at-home virtual ward admission for a patient aged 92 (England, Herefordshire), a
discharge record for brucellosis in a shepherd (China, Gansu), an outpatient therapeutic programme card for severe acute
malnutrition with a weekly visit table (The Gambia, West Coast Region), a home-visit nursing monthly report for ALS on
NPPV (Japan, Kochi), a telestroke consult note with tenecteplase and an air transfer (US, the Missouri Ozarks), a health
centre referral to hospital for pneumonia in a patient aged 94 (Greece, Kefalonia), an operation note for a strangulated
inguinal hernia (Cameroon, North West Region), a kala-azar patient treatment card (India, Bihar), a sharps injury
incident report and HIV PEP record (Seychelles, Mahé) and a diabetes in pregnancy clinic visit summary (Israel, Upper
Galilee). Notes 12-23 are described in :mod:`deid_notes_heldout43_more`: a rheumatic fever secondary prophylaxis
register card (New Zealand, Hawke's Bay), a histopathology report of a cutaneous melanoma (Greece, Phthiotis), a
haemodialysis unit monthly review (St Kitts and Nevis), an advanced schistosomiasis outpatient record (China, Jiangxi),
a goals of care designation and medical travel note for an Elder aged 91 (Canada, Northwest Territories), an inpatient
discharge extract after an open tibial fracture from a chainsaw (Ukraine, Zakarpattia), a pacemaker follow-up report
(England, Isle of Wight), a paediatric allergy clinic letter after an oral food challenge (Cyprus, Larnaca), a maternal
emergency referral form for postpartum haemorrhage with its feedback slip (Liberia, Bong County), a home medical care
visit record for a patient aged 96 (Taiwan, Penghu), a metabolic clinic note for an Amish boy with maple syrup urine
disease (US, Pennsylvania) and a casualty note for ciguatera fish poisoning (Grenada, Carriacou).

Scripts and languages (positions in ``NOTES``, counted from 0): English (Latin script) at 0, 2, 4, 6, 8, 10, 12, 14, 16,
18, 20, 22 and 23 (13 notes); Greek at 1 (Tripoli), 7 (Kefalonia), 13 (Lamia) and 19 (Larnaca, Cyprus), with patronymics
in the genitive, nicknames, Greek month names and Easter; simplified Chinese at 3 (Gansu) and 15 (Jiangxi) and
traditional Chinese at 21 (Penghu, Republic of China calendar dates and festivals); Japanese at 5, with Reiwa and Showa
era dates and a name with its katakana reading; Hindi (Devanagari) at 9, with Devanagari digits in dates, phone number
and PIN code; Hebrew at 11, with a Hebrew calendar date; Ukrainian at 17, with a patronymic, dotted initials and a
Ukrainian month name.

Identifiers sit in letterheads (some in capitals), labels, table cells (a weekly visit table, an injection record, a
laboratory table, a visit calendar), line starts and sign-offs, after titles and relation words (Dr, Mrs, Mr, Ms,
Sister, Father, Koro, Ma, deacon, Paramedic, VHW, TTM, LPN, HCA, née, του with a patronymic, Δρ, κ., ד"ר, स्व., श्री,
डॉ., 先生, 様, 主任), bare in prose, in referral and transfer lines, employers (a distillery, a canoe outfitter, a forestry
enterprise), schools, a care agency, a long-term care home, a parish, a credit union and a post office; addresses with
and without house numbers (a Scottish and an English house name, a Gambian family compound, a Cameroonian quarter, a
Bihar tola and ward, a Chinese village group, a Japanese 番地, a Taiwanese village, a Kefalonian family home); staff
initials that look like clinical abbreviations (AF, MD, PR, IM, BD, RF, NP, CP, SG) and dotted initials (Ε.Μ., Δ.Φ.,
Μ.Π., Ε.Κ., N.E., K.H., E.L., Л.С., О. І., М. В., वि. कु., आर. के., ת.ל.); nicknames (Win, Buck, Τάκης, Αντρίκκο, Tama,
Bunny, Junior, Shortie, Mama Kaddy, 阿珠); names that are ordinary words or places (Heather, Divine, Blessing, Precious,
Comfort, Patience, Prince, Bonnie, Ivy, Marsh, Weaver, King, Fisher, Norwegian, Lamin, Παρασκευή, Γαρυφαλλιά, Вовк, 水生,
春花, שני); places that are everyday words (Much Birch, Eminence, Success, Licking, Paradise, Gap, Fig Tree, Cotton
Ground, Gingerland, Freshwater, Enterprise, Windward, Six Roads, Cascade, Στάδιο, Φάρσα, Μώλος, Περβόλια, Ζύγι, Нижні
Ворота, 桃花村, 螺蛳山村, 花宅, 七美, דפנה, ראש פינה, पोखर टोला, and かつお and ひまわり as facility names); hospitals and streets named
after people (Thomas Traherne, Nell Gwynne, St Mungo's, Θεόδωρος Κολοκοτρώνης, Κοσμετάτειο, Fr. Gerard Nkwain, Alhagi
Foday Kinteh, Sir Percival Lablache, יוסף טרומפלדור, विद्यापति स्मृति, 伏羲, 陶渊明, 蔡廷蘭, 龍馬, Pettibone, Dr Wendell Brookes,
Marguerite Sabourin, St Boniface, Άγιος Λάζαρος, Rev. Abednego Kollie, Dame Ivy Cromwell, Андрія Новака; Frederick
Crescent, Αθανασίου Διάκου, Ιωάννου Μεταξά, Υψηλάντου, Γρίβα Διγενή, Αρχιεπισκόπου Μακαρίου Γ', Tennyson Road, Hanley's
Road, Antoine Drive, вул. Пушкіна); also e-mail addresses, URLs (a video-consultation room, a telestroke session, a
clinic website), IPv4 addresses, handles (WeChat, Messenger, LINE, Telegram), vehicle plates (cars, a campervan, a
pickup, a taxi, two ambulances, a Japanese and a Chinese plate), two aircraft registrations, a Chinese fishing boat
number and a Carriacou fishing boat's name and registration, device serial numbers (endoscope, NPPV ventilator, remote
monitoring kit, pendant alarm, glucose sensor, dialysis machine, pacemaker and leads, home monitor), national, health
and insurance numbers with valid check digits where the scheme has one (CHI, NHS, Greek AMKA and AFM, Chinese resident
ID, Aadhaar, Israeli ID, Ukrainian RNOKPP, NZ NHI, US NPI, Taiwan ID, Japanese insurer number) and in a valid format
where it has none (Medicare MBI, NWT health card, Canadian status card registration, Cameroon CNI, Seychelles NIN,
Gambian NHIS, Cyprus identity card and GeSY numbers, Grenada NIS, St Kitts social security, Japanese long-term care
insurance, Taiwan NHI card, Chinese medical insurance), professional licences and registrations (GMC, NMC, AHCS, NCNZ,
CPSNT, RNANT/NU, Missouri, ONMC, Bihar Medical Council, Greek and Cypriot medical associations, Israeli, Chinese and
Taiwanese licences, Gambian, Liberian, Grenadian, Seychellois and Kittitian councils), case, register, referral,
incident, bank account and sick-leave numbers, extensions and bleeps, and dates in many formats (day-first and
month-first, ISO, dotted, year-less, month and year, ranges, dates in words, Japanese era, Republic of China, Hebrew
calendar, Greek, Hindi and Ukrainian month names). Four patients are aged 90 or over (notes 2, 7, 16 and 21): their age
is AGE (also in words, ενενηντατετράχρονη and 九十六歲), their birth date DOB90, and every other date element (bare years,
the 1940s, the 1950s, δεκαετία του '60, months, Christmas, Easter, Treaty Day, 端午節, 中秋節, Republic of China years) is
planted as DATE; bare years in younger patients' notes (notes 0, 5, 6, 9, 10, 11, 12, 13, 14 and 23) are left in the
text and not planted. The strings that must survive include eponymous signs, scales and techniques (Hoover,
Glasgow-Blatchford, Rockall, Forrest, Barrett, Parkinson, Rockwood, Patrick, Lasègue, Waterlow, Gomez, Barthel, Rankin,
Broca, Colles, Norton, Velcro, Nyhus, Hesselbach, Poupart, Lichtenstein, Bassini, Hickman, Ziehl-Neelsen,
Carpenter-Coustan, Hadlock, Jones, Carey Coombs, Sydenham, Breslow, Clark, Brescia-Cimino, Child-Pugh, Kennedy,
Gustilo-Anderson, Ilizarov, Volkmann, Stokes-Adams, Wenckebach, Holter, Sampson, Ringer, Bakri, B-Lynch, Foley, Guthrie,
Crigler-Najjar, Romberg, Chvostek), scores with their numbers, drugs with doses, devices, organisms, fractions and
ratios that look like dates (Trelegy Ellipta 92/55/22, co-careldopa 25/100 mg, SAT 1:400, adrenaline 1:10.000,
98/192/176/148, DDD 60/130 bpm, 2:1 AV block, Qb 350 / Qd 500, MMSE 14/30), and place names used clinically (Los Angeles
grade, Sydney protocol, Cincinnati Prehospital Stroke Scale, Los Angeles Motor Scale, Bristol stool type, Edmonton
Symptom Assessment System, Denver II, Pennsylvania Dutch).

Entries per kind: NAME 188, DATE 146, LOCATION 131, PHONE 76, HOSPITAL 64, ID 49, ADDRESS 39, POSTCODE 25, LICENCE 23,
EMAIL 16, PLATE 16, MRN 13, SERIAL 10, AGE 8, DOB90 4, HANDLE 4, URL 3, IP 2. This file holds notes 0-11 (476 identifier
parts in 399 entries, 223 clinical strings); the other 12 (489 parts in 418 entries, 214 clinical strings) are in
:mod:`deid_notes_heldout43_more`, only to keep each file a readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout43.deid_notes_heldout43_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Argyll and Bute (Isle of Islay): GP referral for home oxygen assessment and virtual pulmonary rehab
    ("ISLAY & JURA LOCHSIDE MEDICAL PRACTICE\n"
     "Old Mill House, Frederick Crescent, Port Ellen, Isle of Islay PA42 7BD\n"
     "Tel 01496 302 418 | Fax 01496 302 419 | lochside.practice@nhs.scot\n\n"
     "Dr Rona Galbraith-Kerr, Consultant Respiratory Physician\n"
     "Respiratory Medicine, Dunollie General Hospital, Glengallan Road, Oban PA34 4HH\n\n"
     "22 September 2025\n\n"
     "Dear Dr Galbraith-Kerr,\n\n"
     "Re: Mrs Seonag Bannatyne, DOB 14/03/1958, CHI 1403582645\n"
     "Tigh na Mara, 3 Shore Street, Portnahaven, Isle of Islay PA47 7SJ\n\n"
     "Thank you for seeing this 67-year-old retired distillery cooper (Caol Dubh distillery) with severe COPD, GOLD E, "
     "for a formal home oxygen assessment and pulmonary rehabilitation. Spirometry here by AF on 08/09/25: FEV1 0.92 L "
     "(38% predicted), FEV1/FVC 0.51, no reversibility. MRC dyspnoea scale 4, CAT score 27, BODE index 6.\n\n"
     "Four exacerbations since January: two admissions to Kilarrow Community Hospital, Bowmore, and one retrieval by "
     "air to St Mungo's University Hospital, Glasgow (3-7 June). Sputum grew Haemophilus influenzae in July and "
     "Pseudomonas aeruginosa on 02/08/2025. Resting SpO2 87-88% on air at two surgery visits (12/08 and 05/09); ABG on "
     "the Kilarrow ward on 29 Aug: pH 7.39, pO2 7.1 kPa, pCO2 6.2 kPa, HCO3 28. Hoover's sign present, no ankle "
     "oedema, Hb 158 g/L. Echo (Feb 2024) PASP 38 mmHg.\n\n"
     "Current medication:\n"
     "- Trelegy Ellipta 92/55/22 one inhalation OD\n"
     "- Salbutamol 100 micrograms 2 puffs PRN via AeroChamber\n"
     "- Carbocisteine 375 mg 2 caps TDS\n"
     "- Rescue pack: prednisolone 30 mg OD x5 days, doxycycline 200 mg day 1 then 100 mg OD\n"
     "We wondered about azithromycin 250 mg three times weekly (QTc 438 ms, audiogram awaited).\n\n"
     "Social: stopped smoking in 2019 (46 pack-years) but her husband Alasdair still smokes indoors; fire safety "
     "visit booked. Her daughter Heather Bannatyne (07781 224 590) drives her over on the ferry from Port Askaig to "
     "Kennacraig (car SK68 VWT) - please allow for the 07:00 sailing. She would manage a virtual programme from home; "
     "our community respiratory nurse Mhairi Dunlop (MD) can set up Near Me at "
     "https://nearme.scot/rooms/lochside-resp-bannatyne on the practice tablet (IP 10.48.112.37).\n\n"
     "Yours sincerely,\n\n"
     "Dr Niall MacEachern, GP Principal (GMC 7029461)\n"
     "cc: Mhairi Dunlop, Community Respiratory Nurse, Bowmore; Mrs Bannatyne",
     [("HOSPITAL", ["ISLAY", "JURA", "LOCHSIDE"]), ("ADDRESS", ["Old Mill House", "Frederick Crescent"]),
      ("LOCATION", ["Port Ellen"]), ("LOCATION", ["Islay"]), ("POSTCODE", ["PA42 7BD"]), ("PHONE", ["01496 302 418"]),
      ("PHONE", ["01496 302 419"]), ("EMAIL", ["lochside.practice@nhs.scot"]), ("NAME", ["Rona", "Galbraith-Kerr"]),
      ("HOSPITAL", ["Dunollie"]), ("ADDRESS", ["Glengallan Road"]), ("LOCATION", ["Oban"]),
      ("POSTCODE", ["PA34 4HH"]), ("DATE", ["22 September 2025"]), ("NAME", ["Seonag", "Bannatyne"]),
      ("DATE", ["14/03/1958"]), ("ID", ["1403582645"]), ("ADDRESS", ["Tigh na Mara", "3 Shore Street"]),
      ("LOCATION", ["Portnahaven"]), ("POSTCODE", ["PA47 7SJ"]), ("LOCATION", ["Caol Dubh"]), ("NAME", ["AF"]),
      ("DATE", ["08/09/25"]), ("HOSPITAL", ["Kilarrow"]), ("LOCATION", ["Bowmore"]), ("HOSPITAL", ["St Mungo's"]),
      ("LOCATION", ["Glasgow"]), ("DATE", ["3-7 June"]), ("DATE", ["02/08/2025"]), ("DATE", ["12/08"]),
      ("DATE", ["05/09"]), ("DATE", ["29 Aug"]), ("DATE", ["Feb 2024"]), ("NAME", ["Alasdair"]),
      ("NAME", ["Heather", "Bannatyne"]), ("PHONE", ["07781 224 590"]), ("LOCATION", ["Port Askaig"]),
      ("LOCATION", ["Kennacraig"]), ("PLATE", ["SK68 VWT"]), ("NAME", ["Mhairi", "Dunlop"]), ("NAME", ["MD"]),
      ("URL", ["https://nearme.scot/rooms/lochside-resp-bannatyne"]), ("IP", ["10.48.112.37"]),
      ("NAME", ["Niall", "MacEachern"]), ("LICENCE", ["7029461"])],
     ["COPD, GOLD E", "FEV1 0.92 L", "FEV1/FVC 0.51", "MRC dyspnoea scale 4", "CAT score 27", "BODE index 6",
      "Haemophilus influenzae", "Pseudomonas aeruginosa", "SpO2 87-88% on air", "pO2 7.1 kPa", "Hoover's sign present",
      "PASP 38 mmHg", "Trelegy Ellipta 92/55/22", "Salbutamol 100 micrograms", "AeroChamber",
      "Carbocisteine 375 mg", "prednisolone 30 mg OD x5 days", "doxycycline 200 mg", "azithromycin 250 mg",
      "QTc 438 ms", "46 pack-years"]),
    # 1 - Greece, Arcadia (Tripoli), in Greek: upper GI endoscopy report for a bleeding duodenal ulcer
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΤΡΙΠΟΛΗΣ «ΘΕΟΔΩΡΟΣ ΚΟΛΟΚΟΤΡΩΝΗΣ»\n"
     "Γαστρεντερολογικό Τμήμα - Ενδοσκοπική Μονάδα\n"
     "Αθανασίου Διάκου 14, 221 00 Τρίπολη | τηλ. 2710 238 455, εσωτ. 3172 | endoskopisi@gnt-kolokotronis.gr\n\n"
     "ΕΚΘΕΣΗ ΓΑΣΤΡΟΣΚΟΠΗΣΗΣ (επείγουσα)\n"
     "Ημ/νία: 12 Σεπτεμβρίου 2025, ώρα 02:40 | Αρ. εξέτασης ΕΝΔ-25/1184\n"
     "Ασθενής: Ευστάθιος Μπουρλέτσης του Ηλία («Τάκης»), 64 ετών\n"
     "Ημ. γέννησης: 05/11/1961 | ΑΜΚΑ 05116142174 | ΑΦΜ 047381526 | Ασφ. φορέας ΕΟΠΥΥ\n"
     "Διεύθυνση: Κεντρική πλατεία 3, Στάδιο Αρκαδίας, 220 02\n"
     "Παραπέμπων: Κ.Υ. Λεβιδίου, Δρ Κωνσταντίνα Ραυτοπούλου\n\n"
     "Ιστορικό: μέλαινες κενώσεις από 10/9, λιποθυμικό επεισόδιο στο καφενείο του χωριού. Λαμβάνει ναπροξένη "
     "500 mg x2 για οσφυαλγία και ασπιρίνη 100 mg. Hb 7,4 g/dL (από 13,1 τον Μάρτιο), ουρία 98 mg/dL, "
     "ΑΠ 96/58 mmHg, ΣΦ 112/λεπτό. Κλίμακα Glasgow-Blatchford 13, προ-ενδοσκοπικό Rockall 3. "
     "Χορηγήθηκαν 2 μονάδες συμπυκνωμένων ερυθρών και παντοπραζόλη 80 mg IV bolus, κατόπιν 8 mg/ώρα.\n\n"
     "Καταστολή: μιδαζολάμη 3 mg IV, πεθιδίνη 25 mg IV (αναισθησιολόγος Δρ Ορέστης Καλαμαράς).\n"
     "Ενδοσκόπιο: Olympus GIF-H190, S/N 2812457.\n\n"
     "Ευρήματα:\n"
     "Οισοφάγος: οισοφαγίτιδα βαθμού B κατά Los Angeles, χωρίς ενδείξεις Barrett.\n"
     "Στόμαχος: διάχυτο ερύθημα άντρου, λήψη βιοψιών κατά το πρωτόκολλο Sydney. CLO test θετικό.\n"
     "Δωδεκαδάκτυλο: έλκος οπίσθιου τοιχώματος βολβού 14 mm με ορατό αγγείο (Forrest IIa).\n"
     "Θεραπεία: έγχυση αδρεναλίνης 1:10.000 συνολικά 8 ml και τοποθέτηση 3 hemoclips. Αιμόσταση επιτεύχθηκε.\n\n"
     "Σχέδιο: ΜΕΘ-Μονάδα Αυξημένης Φροντίδας για 24ωρο, νηστεία 12 ωρών, παντοπραζόλη 40 mg x2 για 8 εβδομάδες, "
     "διακοπή ΜΣΑΦ, εκρίζωση H. pylori (αμοξικιλλίνη 1 g x2, κλαριθρομυκίνη 500 mg x2, μετρονιδαζόλη 500 mg x2 για "
     "14 ημέρες). Επανέλεγχος με ενδοσκόπηση στις 7 Νοεμβρίου.\n"
     "Ενημερώθηκε η σύζυγος Γαρυφαλλιά Μπουρλέτση, κιν. 697 441 2083.\n\n"
     "Νοσηλεύτρια ενδοσκοπίου: Ε.Μ.\n"
     "Ο ενδοσκόπος\n"
     "Αγλαΐα Σκαλτσά, Γαστρεντερολόγος, Επιμελήτρια Α' | ΑΜ ΙΣ Αρκαδίας 1927",
     [("HOSPITAL", ["ΤΡΙΠΟΛΗΣ", "ΘΕΟΔΩΡΟΣ ΚΟΛΟΚΟΤΡΩΝΗΣ"]), ("ADDRESS", ["Αθανασίου Διάκου 14"]),
      ("POSTCODE", ["221 00"]),
      ("LOCATION", ["Τρίπολη"]), ("PHONE", ["2710 238 455"]), ("PHONE", ["3172"]),
      ("EMAIL", ["endoskopisi@gnt-kolokotronis.gr"]), ("DATE", ["12 Σεπτεμβρίου 2025"]), ("ID", ["ΕΝΔ-25/1184"]),
      ("NAME", ["Ευστάθιος", "Μπουρλέτσης", "Ηλία"]), ("NAME", ["Τάκης"]), ("DATE", ["05/11/1961"]),
      ("ID", ["05116142174"]), ("ID", ["047381526"]), ("ADDRESS", ["Κεντρική πλατεία 3"]),
      ("LOCATION", ["Στάδιο Αρκαδίας"]), ("POSTCODE", ["220 02"]), ("HOSPITAL", ["Λεβιδίου"]),
      ("NAME", ["Κωνσταντίνα", "Ραυτοπούλου"]), ("DATE", ["10/9"]), ("NAME", ["Ορέστης", "Καλαμαράς"]),
      ("SERIAL", ["2812457"]), ("DATE", ["7 Νοεμβρίου"]), ("NAME", ["Γαρυφαλλιά", "Μπουρλέτση"]),
      ("PHONE", ["697 441 2083"]), ("NAME", ["Ε.Μ."]), ("NAME", ["Αγλαΐα", "Σκαλτσά"]), ("LICENCE", ["1927"])],
     ["ναπροξένη 500 mg", "ασπιρίνη 100 mg", "Hb 7,4 g/dL", "ουρία 98 mg/dL", "ΑΠ 96/58 mmHg",
      "Κλίμακα Glasgow-Blatchford 13", "Rockall 3", "παντοπραζόλη 80 mg IV bolus", "μιδαζολάμη 3 mg IV",
      "Olympus GIF-H190", "βαθμού B κατά Los Angeles", "Barrett", "πρωτόκολλο Sydney", "CLO test θετικό",
      "Forrest IIa", "αδρεναλίνης 1:10.000", "hemoclips", "H. pylori", "κλαριθρομυκίνη 500 mg x2"]),
    # 2 - England, Herefordshire (Much Birch, Fownhope): hospital-at-home virtual ward admission, patient aged 92
    ("MARCHES HOSPITAL AT HOME - VIRTUAL WARD ADMISSION\n"
     "Hub: Nell Gwynne Unit, Thomas Traherne Hospital, Holme Lacy Road, Hereford HR2 6BQ | 01432 817 260\n\n"
     "Name: Winifred Apperley (\"Win\")    NHS No: 648 213 5706\n"
     "DOB: 3rd January 1933 (92 y)    Admitted to VW: 14/10/2025 10:15\n"
     "Address: Pear Tree Cottage, Tump Lane, Much Birch, Herefordshire HR2 8HT\n"
     "GP: Dr Felicity Pargeter, Fownhope Surgery, tel 01432 860 331\n"
     "NOK: son Clement Apperley, Abergavenny, 07964 318 227; daughter-in-law Sandra (main contact)\n\n"
     "Referred by: Paramedic Padraig Reeve (PR), West Midlands Ambulance, call ref 1410-0733\n\n"
     "Presenting: 92-year-old widow found by her Golden Valley Home Care carer on the kitchen floor at 07:30, "
     "unable to get up, new confusion since Sunday. No head injury, no long lie (>1 h unlikely - carer visited 21:00). "
     "Urine cloudy, offensive. Obs on arrival: T 38.1, HR 96 irreg, BP 128/70, RR 20, SpO2 95% RA, NEWS2 4.\n"
     "4AT score 6 (acute confusion). Rockwood Clinical Frailty Scale 6. Timed Up and Go 31 s with frame.\n"
     "PMH: Parkinson's disease (dx 2009), AF on apixaban 2.5 mg BD, CKD 3b (eGFR 34), OA knees, cataracts. "
     "Widowed 1998; nursed at Hereford General in the 1950s.\n"
     "Meds: co-careldopa 25/100 mg 2 tablets QDS (times critical: 07:00, 11:00, 15:00, 19:00), rivastigmine patch "
     "4.6 mg/24 h, apixaban 2.5 mg BD, paracetamol 1 g QDS, Laxido 1 sachet OD.\n"
     "Impression: urosepsis with hypoactive/hyperactive delirium; urine dip nitrite +, leucocytes +++; MSU sent.\n\n"
     "Plan:\n"
     "1. Pivmecillinam 400 mg stat then 200 mg TDS x5 days (nitrofurantoin avoided, eGFR 34; trimethoprim resistant "
     "E. coli in March).\n"
     "2. Bloods today via district nurse: FBC, U&E, CRP. Bristol stool type 5, bowels opened today.\n"
     "3. Remote monitoring kit RM-04417 (pulse oximeter and BP cuff) - readings uploaded 3x daily to the hub.\n"
     "4. Lifeline pendant (serial LL9C-228047) tested OK. Carers increased to QDS from tomorrow.\n"
     "5. Do not miss Parkinson's doses. ReSPECT form: for hospital transfer if deteriorates, not for cardiopulmonary "
     "resuscitation (discussed "
     "with Win and Sandra; copy in the red folder).\n"
     "6. Review at home by Dr Ogechi Lindahl-Price (ANP) 15/10; expected discharge from VW before Christmas? - aim "
     "21/10.\n\n"
     "Clerked by: Tamsin Voyle, Advanced Clinical Practitioner, NMC PIN 09I4427E | bleep 4402",
     [("HOSPITAL", ["MARCHES"]), ("HOSPITAL", ["Nell Gwynne"]), ("HOSPITAL", ["Thomas Traherne"]),
      ("ADDRESS", ["Holme Lacy Road"]), ("LOCATION", ["Hereford"]), ("POSTCODE", ["HR2 6BQ"]),
      ("PHONE", ["01432 817 260"]), ("NAME", ["Winifred", "Apperley"]), ("NAME", ["Win"]), ("ID", ["648 213 5706"]),
      ("DOB90", ["3rd January 1933"]), ("AGE", ["92 y"]), ("DATE", ["14/10/2025"]),
      ("ADDRESS", ["Pear Tree Cottage", "Tump Lane"]), ("LOCATION", ["Much Birch"]), ("LOCATION", ["Herefordshire"]),
      ("POSTCODE", ["HR2 8HT"]), ("NAME", ["Felicity", "Pargeter"]), ("HOSPITAL", ["Fownhope"]),
      ("PHONE", ["01432 860 331"]), ("NAME", ["Clement", "Apperley"]), ("LOCATION", ["Abergavenny"]),
      ("PHONE", ["07964 318 227"]), ("NAME", ["Sandra"]), ("NAME", ["Padraig", "Reeve"]), ("NAME", ["PR"]),
      ("ID", ["1410-0733"]), ("AGE", ["92-year-old"]), ("HOSPITAL", ["Golden Valley"]), ("DATE", ["2009"]),
      ("DATE", ["1998"]), ("HOSPITAL", ["Hereford General"]), ("DATE", ["1950s"]), ("DATE", ["March"]),
      ("SERIAL", ["RM-04417"]), ("SERIAL", ["LL9C-228047"]), ("NAME", ["Ogechi", "Lindahl-Price"]),
      ("DATE", ["15/10"]), ("DATE", ["Christmas"]), ("DATE", ["21/10"]), ("NAME", ["Tamsin", "Voyle"]),
      ("LICENCE", ["09I4427E"]), ("PHONE", ["4402"])],
     ["T 38.1", "NEWS2 4", "4AT score 6", "Rockwood Clinical Frailty Scale 6", "Timed Up and Go 31 s",
      "Parkinson's disease", "apixaban 2.5 mg BD", "CKD 3b (eGFR 34)", "co-careldopa 25/100 mg",
      "rivastigmine patch 4.6 mg/24 h", "paracetamol 1 g QDS", "Laxido 1 sachet OD", "urosepsis",
      "leucocytes +++", "Pivmecillinam 400 mg", "trimethoprim resistant E. coli", "Bristol stool type 5",
      "Lifeline pendant", "ReSPECT form", "not for cardiopulmonary resuscitation"]),
    # 3 - China, Gansu (Tianshui, Maiji District), in simplified Chinese: discharge record for brucellosis
    ("天水伏羲医院 感染性疾病科\n"
     "地址：甘肃省天水市秦州区羲皇大道中路188号　电话：0938-8216455\n\n"
     "出 院 记 录\n"
     "姓名：牛建军　　性别：男　　年龄：54岁　　住院号：ZY2025-041736　　床号：感染科12床\n"
     "身份证号：62050319710814035X　　医保卡号：6205 0300 7712 4458\n"
     "职业：牧民（养羊）　　住址：天水市麦积区甘泉镇桃花村三组12号\n"
     "联系人：何秀兰（妻子）　电话：139 1938 6207　微信：tsmaiji_niu1971\n"
     "入院日期：2025年8月4日　　出院日期：2025年8月22日　　住院18天\n\n"
     "入院情况：患者因\"反复发热、多汗、乏力伴腰骶部疼痛1月余\"入院。发热呈波状热，最高39.6℃，夜间大汗。今年3月"
     "起家中羊群有流产，曾自行接生羔羊，未戴手套。曾在甘泉镇卫生院予\"头孢\"静滴5天无效。查体：T 38.7℃，"
     "肝肋下2 cm，脾肋下可及，左侧骶髂关节压痛，Patrick征阳性，Lasègue征阴性。\n\n"
     "辅助检查：虎红平板凝集试验阳性；试管凝集试验（SAT）1:400 ++；血培养（8月5日）：羊种布鲁氏菌"
     "（Brucella melitensis）生长，报警时间72小时。WBC 4.1×10⁹/L，ALT 86 U/L，CRP 42 mg/L，ESR 58 mm/h。"
     "骶髂关节MRI：左侧骶髂关节炎。\n\n"
     "诊疗经过：确诊为布鲁氏菌病（急性期）合并左侧骶髂关节炎。予多西环素100 mg 口服 每日2次 + 利福平600 mg "
     "口服 每日1次，加用庆大霉素5 mg/kg 静滴 每日1次 ×7天。疫情已于8月6日网络直报，并通知麦积区疾控中心"
     "（流调员：杨帆）对其家中羊群检疫。\n\n"
     "出院情况：体温正常9天，腰骶痛VAS 2分。\n"
     "出院医嘱：1. 多西环素100 mg bid + 利福平600 mg qd，共12周；2. 每2周复查肝功能、血常规；"
     "3. 接触病羊须戴手套，羊奶煮沸后饮用；4. 9月19日感染科门诊复诊（马文娟主任），如再发热随诊。\n"
     "护送车辆：甘E·7K318（家属自驾）\n\n"
     "主治医师：马文娟　　住院医师：汪振宇　　医师执业证书编码：110620000047183",
     [("HOSPITAL", ["天水伏羲医院"]), ("ADDRESS", ["羲皇大道中路188号"]), ("LOCATION", ["甘肃省天水市秦州区"]),
      ("PHONE", ["0938-8216455"]), ("NAME", ["牛建军"]), ("MRN", ["ZY2025-041736"]), ("ID", ["62050319710814035X"]),
      ("ID", ["6205 0300 7712 4458"]), ("LOCATION", ["天水市麦积区"]), ("ADDRESS", ["桃花村三组12号"]),
      ("LOCATION", ["甘泉镇"]), ("NAME", ["何秀兰"]), ("PHONE", ["139 1938 6207"]), ("HANDLE", ["tsmaiji_niu1971"]),
      ("DATE", ["2025年8月4日"]), ("DATE", ["2025年8月22日"]), ("DATE", ["8月5日"]), ("DATE", ["8月6日"]),
      ("LOCATION", ["麦积区"]), ("NAME", ["杨帆"]), ("DATE", ["9月19日"]), ("NAME", ["马文娟"]),
      ("PLATE", ["甘E·7K318"]), ("NAME", ["汪振宇"]), ("LICENCE", ["110620000047183"])],
     ["反复发热、多汗、乏力", "波状热", "39.6℃", "Patrick征阳性", "Lasègue征阴性", "虎红平板凝集试验阳性",
      "试管凝集试验（SAT）1:400 ++", "羊种布鲁氏菌", "Brucella melitensis", "WBC 4.1×10⁹/L", "ALT 86 U/L",
      "ESR 58 mm/h", "布鲁氏菌病（急性期）", "骶髂关节炎", "多西环素100 mg", "利福平600 mg", "庆大霉素5 mg/kg",
      "VAS 2分"]),
    # 4 - The Gambia, West Coast Region (Lamin, Sifoe): OTP card for severe acute malnutrition with a weekly visit table
    ("MINISTRY OF HEALTH - THE GAMBIA | NATIONAL NUTRITION AGENCY\n"
     "OUTPATIENT THERAPEUTIC PROGRAMME (OTP) CARD - Severe Acute Malnutrition\n"
     "Facility: Alhagi Foday Kinteh Memorial Health Centre, Sifoe, Kombo South | Tel 4490 318\n"
     "OTP reg. no.: WCR/OTP/25/0612    NHIS no.: GNHIS 0418 8877 120\n\n"
     "Child: Binta Touray    Sex: F    DOB: 02/09/2024 (14 months)    Road to Health card no. 5531\n"
     "Mother/caregiver: Haddy Jatta    Father: Ousman Touray (driver, taxi BJL 2741 H)\n"
     "Address: Touray Kunda compound, behind Kerr Jabang mosque, Lamin, West Coast Region\n"
     "Contact: mother 771 4523 | father 390 8816\n"
     "Referred by: VHW Lamin Sowe (community screening, MUAC red) on 03/11/2025\n\n"
     "ADMISSION (03/11/2025)\n"
     "Weight 6.1 kg, length 71.5 cm, WHZ -3.4 SD, MUAC 10.9 cm. Bilateral pitting oedema: + (feet only).\n"
     "Appetite test: PASSED (ate 1/3 sachet Plumpy'Nut 92 g in 30 min). Medical complications: none; alert, drinking.\n"
     "Malaria RDT negative. Hb 8.2 g/dL. Measles and Penta 3 given at Brikama clinic; Vitamin A 100 000 IU given "
     "today.\n"
     "Routine treatment: amoxicillin 80 mg/kg/day divided twice daily x7 days; albendazole at week 2.\n"
     "Classification: SAM with oedema grade + (Waterlow wasting; Gomez grade III). Admitted to OTP, not SC.\n\n"
     "WEEKLY VISITS\n"
     "Date   | Wt (kg) | MUAC (cm) | Oedema | RUTF sachets | Sign\n"
     "10/11  | 6.3     | 11.0      | 0      | 14           | IM\n"
     "17/11  | 6.6     | 11.2      | 0      | 14           | IM\n"
     "24/11  | 6.6     | 11.1      | 0      | 14 + home visit | BD\n"
     "01/12  | 6.9     | 11.4      | 0      | 14           | BD\n\n"
     "Note 24/11: static weight. Home visit by BD and VHW Sowe: RUTF shared with twin brother Alieu; grandmother "
     "(\"Mama Kaddy\") counselled. Twin screened: MUAC 12.0 cm (MAM) - enrolled in TSFP.\n"
     "Plan: continue RUTF 2 sachets/day (200 kcal/kg/day), ReSoMal only if diarrhoea with dehydration; if appetite "
     "test fails or oedema ++ refer to Kombo South District Hospital stabilisation centre for F-75.\n"
     "Discharge criteria: MUAC >= 12.5 cm x2 visits and no oedema x2 weeks.\n\n"
     "IM = Isatou Manneh, SRN (Nurses and Midwives Council reg. RN/2016/0881)\n"
     "BD = Bakary Darboe, Community Nutrition Officer, bakary.darboe@nna.gov.gm",
     [("HOSPITAL", ["Alhagi Foday Kinteh"]), ("LOCATION", ["Sifoe"]), ("LOCATION", ["Kombo South"]),
      ("PHONE", ["4490 318"]), ("ID", ["WCR/OTP/25/0612"]), ("ID", ["GNHIS 0418 8877 120"]),
      ("NAME", ["Binta", "Touray"]), ("DATE", ["02/09/2024"]), ("ID", ["5531"]), ("NAME", ["Haddy", "Jatta"]),
      ("NAME", ["Ousman", "Touray"]), ("PLATE", ["BJL 2741 H"]), ("ADDRESS", ["Touray Kunda"]),
      ("LOCATION", ["Kerr Jabang"]), ("LOCATION", ["Lamin"]), ("PHONE", ["771 4523"]), ("PHONE", ["390 8816"]),
      ("NAME", ["Lamin", "Sowe"]), ("DATE", ["03/11/2025"]), ("LOCATION", ["Brikama"]), ("DATE", ["10/11"]),
      ("NAME", ["IM"]), ("DATE", ["17/11"]), ("DATE", ["24/11"]), ("NAME", ["BD"]), ("DATE", ["01/12"]),
      ("NAME", ["Sowe"]), ("NAME", ["Alieu"]), ("NAME", ["Mama Kaddy"]), ("NAME", ["Isatou", "Manneh"]),
      ("LICENCE", ["RN/2016/0881"]), ("NAME", ["Bakary", "Darboe"]), ("EMAIL", ["bakary.darboe@nna.gov.gm"])],
     ["Severe Acute Malnutrition", "WHZ -3.4 SD", "MUAC 10.9 cm", "Bilateral pitting oedema", "Plumpy'Nut 92 g",
      "Malaria RDT negative", "Hb 8.2 g/dL", "Penta 3", "Vitamin A 100 000 IU", "amoxicillin 80 mg/kg/day",
      "albendazole", "Waterlow wasting", "Gomez grade III", "ReSoMal", "F-75", "MUAC 12.0 cm (MAM)", "TSFP",
      "200 kcal/kg/day"]),
    # 5 - Japan, Kochi (Shimanto, Kuroshio), in Japanese: home-visit nursing monthly report for ALS on NPPV
    ("訪問看護報告書（令和7年10月分）\n\n"
     "四万十市 龍馬記念病院 脳神経内科\n"
     "主治医　浜渦 誠一郎 先生 御侍史\n\n"
     "訪問看護ステーションかつお\n"
     "〒787-0012 高知県四万十市中村大橋通4丁目12-3　TEL 0880-34-6172　FAX 0880-34-6173\n"
     "管理者：西森 あかね（看護師）\n\n"
     "利用者氏名：岡林 寛治（オカバヤシ カンジ）　男\n"
     "生年月日：昭和33年2月14日（67歳）\n"
     "住所：高知県幡多郡黒潮町入野2261番地\n"
     "保険者番号：392084　被保険者証 記号 黒潮 番号 1187\n"
     "介護保険被保険者番号：0000451296　要介護4\n"
     "緊急連絡先：妻 岡林 ミチ 090-7381-2244／長男 岡林 拓也（大阪市在住）080-4412-9036\n\n"
     "訪問日：10/1, 10/3, 10/6, 10/8, 10/10, 10/14, 10/17, 10/20, 10/22, 10/24, 10/27, 10/29, 10/31（計13回）\n\n"
     "病状の経過：\n"
     "筋萎縮性側索硬化症（平成30年診断）。ALSFRS-R 28点（前月31点）。%FVC 48%（10月9日 龍馬記念病院にて測定）。"
     "NPPV（Trilogy Evo、S/N TV125061457）夜間＋日中2時間装着、IPAP 14 / EPAP 5 cmH2O、装着下SpO2 95%、"
     "非装着時92〜93%。ETCO2 46 mmHg。\n"
     "嚥下：とろみ中間、むせ増加のため経口は楽しみ程度。胃瘻（PEG 20Fr、バンパー型、"
     "10月17日交換済）からエンシュア・H 250 mL×3。体重 52.4 kg（−0.8 kg）。\n"
     "内服：リルゾール 50 mg 1日2回、酸化マグネシウム 330 mg 1日3回。エダラボン内用懸濁液 105 mg（10日服薬/14日休薬）。\n"
     "ADL：Barthel指数 40点。移乗は妻の介助。褥瘡なし（OH スケール 3点）。\n\n"
     "看護の内容：呼吸状態観察、排痰補助装置（カフアシスト）、口腔ケア、胃瘻管理、妻への吸引指導。\n"
     "特記事項：10月20日 22時頃 NPPV のマスクリーク警報で妻より電話あり、訪問して再装着（担当 西森）。"
     "台風接近時の停電に備え、外部バッテリー確保を依頼。車両 高知 300 さ 45-71 で通院予定。\n"
     "ケアマネジャー：居宅介護支援事業所ひまわり 宮地 千尋 様へ写し送付。\n\n"
     "令和7年11月4日\n"
     "報告者：看護師 西森 あかね",
     [("DATE", ["令和7年10月"]), ("HOSPITAL", ["龍馬記念病院"]), ("LOCATION", ["四万十市"]), ("NAME", ["浜渦", "誠一郎"]),
      ("HOSPITAL", ["かつお"]), ("POSTCODE", ["787-0012"]), ("LOCATION", ["高知県"]), ("ADDRESS", ["中村大橋通4丁目12-3"]),
      ("PHONE", ["0880-34-6172"]), ("PHONE", ["0880-34-6173"]), ("NAME", ["西森", "あかね"]),
      ("NAME", ["岡林", "寛治", "オカバヤシ", "カンジ"]), ("DATE", ["昭和33年2月14日"]), ("LOCATION", ["幡多郡黒潮町入野"]),
      ("ADDRESS", ["2261番地"]), ("ID", ["392084"]), ("LOCATION", ["黒潮"]), ("ID", ["1187"]), ("ID", ["0000451296"]),
      ("NAME", ["ミチ"]), ("PHONE", ["090-7381-2244"]), ("NAME", ["拓也"]), ("LOCATION", ["大阪市"]),
      ("PHONE", ["080-4412-9036"]), ("DATE", ["10/1"]), ("DATE", ["10/3"]), ("DATE", ["10/6"]), ("DATE", ["10/8"]),
      ("DATE", ["10/10"]), ("DATE", ["10/14"]), ("DATE", ["10/17"]), ("DATE", ["10/20"]), ("DATE", ["10/22"]),
      ("DATE", ["10/24"]), ("DATE", ["10/27"]), ("DATE", ["10/29"]), ("DATE", ["10/31"]), ("DATE", ["10月9日"]),
      ("SERIAL", ["TV125061457"]), ("DATE", ["10月17日"]), ("DATE", ["10月20日"]), ("PLATE", ["高知 300 さ 45-71"]),
      ("HOSPITAL", ["ひまわり"]), ("NAME", ["宮地", "千尋"]), ("DATE", ["令和7年11月4日"])],
     ["筋萎縮性側索硬化症", "ALSFRS-R 28点", "%FVC 48%", "NPPV", "Trilogy Evo", "IPAP 14 / EPAP 5 cmH2O",
      "ETCO2 46 mmHg", "PEG 20Fr", "エンシュア・H 250 mL×3", "リルゾール 50 mg 1日2回", "酸化マグネシウム 330 mg",
      "エダラボン内用懸濁液 105 mg", "10日服薬/14日休薬", "Barthel指数 40点", "OH スケール 3点", "カフアシスト", "要介護4"]),
    # 6 - USA, Missouri Ozarks (Eminence, Shannon County): telestroke consult note with tenecteplase and air transfer
    ("PETTIBONE NEUROSCIENCE INSTITUTE - TELESTROKE CONSULT NOTE\n"
     "Hub: Ozark Plateau Medical Center, 1960 E Battlefield Rd, Springfield MO 65804\n"
     "Spoke: Current River Regional Hospital ED, Eminence MO | spoke ED (573) 226-3417\n"
     "Video cart IP 172.20.14.88 | session https://telestroke.ozarkplateau.org/s/CRR-25-1108-02\n\n"
     "Date/time of consult: 11/08/2025 14:31 CST\n"
     "Patient: Dale Eugene Brawley (\"Buck\")   71 M   DOB 04/22/1954   Spoke MRN CRR0087214\n"
     "Medicare MBI 4TM9-KD2-WX61\n"
     "Home: 4417 County Road 19-212, Alley Spring, MO 65466\n\n"
     "HPI: LKW 13:40 - was loading canoes at Jacks Fork Outfitters (his employer) when a coworker, Tripp Hanlon, "
     "noticed slurred speech and right arm drop. EMS (Shannon County Ambulance District, Medic 2) called 13:52; "
     "Cincinnati Prehospital Stroke Scale 3/3, Los Angeles Motor Scale 4. Arrived spoke ED 14:18.\n"
     "PMH: HTN, HLD, TIA in 2021 (no residual), T2DM. Meds: lisinopril 20 mg, metformin 1000 mg BID, aspirin 81 mg. "
     "No anticoagulant. Baseline modified Rankin Scale 0; runs a trotline on the river.\n\n"
     "Exam (via video, spoke RN Kaylee Dunnigan at bedside): BP 182/96, HR 88 reg, glucose 132 mg/dL. NIHSS 9 "
     "(LOC-Q 1, best language 2, dysarthria 1, R face 2, R arm 3). Expressive deficit c/w Broca's aphasia. "
     "No gaze deviation.\n"
     "Imaging (read by me, images pushed to hub PACS): NCCT no haemorrhage, ASPECTS 9. CTA: L M2 superior division "
     "occlusion, good collaterals (Tan score 3).\n\n"
     "Assessment/Plan: acute L MCA ischemic stroke, disabling deficit, 51 min from LKW.\n"
     "- Labetalol 10 mg IV to BP < 185/110, then tenecteplase 0.25 mg/kg = 23 mg IV push at 14:58 (wt 92 kg). "
     "Door-to-needle 40 min.\n"
     "- Discussed with neurointerventionalist Dr Ifeoma Castellane-Webb: accept for thrombectomy.\n"
     "- Transfer by Ozark Air 3 (N417OA) to OPMC; ground backup Licking station.\n"
     "- Hold aspirin 24 h; post-tPA neuro checks q15 min x2 h; BP < 180/105.\n"
     "Consent: risks of sICH ~3% discussed with patient and wife Bonnie Brawley (cell 417-838-2290), who agreed. "
     "Daughter Shawna drove from Success to Springfield in her truck (MO plate KR7 M4P).\n\n"
     "Teleneurologist: Harlan J. Whitmire, MD | NPI 1648293052 | MO lic. 2011029834\n"
     "Spoke ED physician: Anjali Rosecrans-Tuttle, DO | NPI 1293746107",
     [("HOSPITAL", ["PETTIBONE"]), ("HOSPITAL", ["Ozark Plateau"]), ("ADDRESS", ["1960 E Battlefield Rd"]),
      ("LOCATION", ["Springfield"]), ("POSTCODE", ["65804"]), ("HOSPITAL", ["Current River Regional"]),
      ("LOCATION", ["Eminence"]), ("PHONE", ["(573) 226-3417"]), ("IP", ["172.20.14.88"]),
      ("URL", ["https://telestroke.ozarkplateau.org/s/CRR-25-1108-02"]), ("DATE", ["11/08/2025"]),
      ("NAME", ["Dale", "Eugene", "Brawley"]), ("NAME", ["Buck"]), ("DATE", ["04/22/1954"]), ("MRN", ["CRR0087214"]),
      ("ID", ["4TM9-KD2-WX61"]), ("ADDRESS", ["4417 County Road 19-212"]), ("LOCATION", ["Alley Spring"]),
      ("POSTCODE", ["65466"]), ("LOCATION", ["Jacks Fork Outfitters"]), ("NAME", ["Tripp", "Hanlon"]),
      ("LOCATION", ["Shannon County"]), ("NAME", ["Kaylee", "Dunnigan"]), ("NAME", ["Ifeoma", "Castellane-Webb"]),
      ("PLATE", ["N417OA"]), ("HOSPITAL", ["OPMC"]), ("LOCATION", ["Licking"]), ("NAME", ["Bonnie", "Brawley"]),
      ("PHONE", ["417-838-2290"]), ("NAME", ["Shawna"]), ("LOCATION", ["Success"]), ("PLATE", ["KR7 M4P"]),
      ("NAME", ["Harlan", "J.", "Whitmire"]), ("ID", ["1648293052"]), ("LICENCE", ["2011029834"]),
      ("NAME", ["Anjali", "Rosecrans-Tuttle"]), ("ID", ["1293746107"])],
     ["Cincinnati Prehospital Stroke Scale 3/3", "Los Angeles Motor Scale 4", "TIA", "lisinopril 20 mg",
      "metformin 1000 mg BID", "aspirin 81 mg", "modified Rankin Scale 0", "glucose 132 mg/dL", "NIHSS 9",
      "Broca's aphasia", "ASPECTS 9", "L M2 superior division", "Tan score 3", "Labetalol 10 mg IV",
      "tenecteplase 0.25 mg/kg", "Door-to-needle 40 min", "thrombectomy", "BP < 180/105", "sICH ~3%"]),
    # 7 - Greece, Kefalonia (Sami, Argostoli), in Greek: health centre referral to hospital, patient aged 94
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΣΑΜΗΣ - 6η ΥΠΕ\n"
     "Λεωφ. Ιωάννου Μεταξά 8, 280 82 Σάμη Κεφαλονιάς | τηλ. 26740 22 418 | ky.samis@6ype.gr\n\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ - ΔΙΑΚΟΜΙΔΗ\n"
     "Προς: Τμήμα Επειγόντων Περιστατικών, Γ.Ν. Κεφαλληνίας «Κοσμετάτειο», Αργοστόλι\n"
     "Ημερομηνία: Κυριακή 9 Νοεμβρίου 2025, ώρα 11:20\n\n"
     "Ασθενής: Ευανθία Βαλλιανάτου του Σπυρίδωνος, 94 ετών\n"
     "Ημ. γέννησης: 17/06/1931 | ΑΜΚΑ 17063120830\n"
     "Κατοικία: οικία Βαλλιανάτου, Φάρσα Κεφαλονιάς (πλησίον της εκκλησίας του Αγίου Γερασίμου)\n"
     "Συνοδός: η κόρη της Γερασιμούλα Δενδρινού, κιν. 694 208 3317\n\n"
     "Η ενενηντατετράχρονη ασθενής προσκομίζεται με το ΙΧ της κόρης (ΚΕΑ 4716) λόγω πυρετού 38,8 °C από την "
     "Παρασκευή, βήχα με πυώδη απόχρεμψη και σύγχυση από χθες. Ζει μόνη από το 1987 (χήρα), αυτοεξυπηρετούμενη με "
     "Π-Π μέχρι τον Αύγουστο. Έχασε το σπίτι της στον σεισμό του 1953 και έζησε στη Μελβούρνη τη δεκαετία του '60.\n\n"
     "ΑΤΟΜΙΚΟ: κολπική μαρμαρυγή σε Sintrom 4 mg κατά σχήμα (INR 2,9 στις 3/11), ΣΔ2 σε γλικλαζίδη 30 mg, "
     "υπέρταση, οστεοπόρωση (κάταγμα Colles αριστερά το Πάσχα του 2016), ελαφρά άνοια.\n\n"
     "ΚΛΙΝΙΚΗ ΕΞΕΤΑΣΗ: ΑΠ 98/54 mmHg, ΣΦ 108/λεπτό αρρυθμοι, ΑΣ 28/λεπτό, SpO2 88% σε ατμοσφαιρικό αέρα, "
     "ρόγχοι τύπου Velcro δεξιά βάση, αμβλύτητα ΔΕ κάτω πνευμονικό πεδίο. GCS 14/15. Κλίμακα Norton 11.\n"
     "Εργαστηριακά (point-of-care): CRP 186 mg/L, σάκχαρο 214 mg/dL, ουρία 72 mg/dL.\n"
     "ΗΚΓ: κολπική μαρμαρυγή 104/λεπτό, χωρίς οξείες ισχαιμικές αλλοιώσεις.\n\n"
     "ΕΚΤΙΜΗΣΗ: πνευμονία κοινότητας ΔΕ κάτω λοβού, CURB-65 = 4, σηπτική εικόνα.\n"
     "ΑΓΩΓΗ ΠΡΙΝ ΤΗ ΔΙΑΚΟΜΙΔΗ: O2 με μάσκα Venturi 35%, N/S 0,9% 500 ml, κεφτριαξόνη 2 g IV, "
     "αζιθρομυκίνη 500 mg IV, παρακεταμόλη 1 g IV. Διακοπή Sintrom.\n\n"
     "Διακομίδη με ασθενοφόρο ΕΚΑΒ (πλήρωμα: Δ.Φ. και Μ.Π.), αναχώρηση 11:45. Ο γιος Σπυρίδων Βαλλιανάτος "
     "(Μελβούρνη, +61 412 885 034) ενημερώθηκε τηλεφωνικά.\n\n"
     "Ο ιατρός\n"
     "Παναγής Τυπάλδος-Φωκάς, Γενικός Ιατρός, ΑΜ ΙΣ Κεφαλληνίας 388",
     [("HOSPITAL", ["ΣΑΜΗΣ"]), ("ADDRESS", ["Ιωάννου Μεταξά 8"]), ("POSTCODE", ["280 82"]), ("LOCATION", ["Σάμη"]),
      ("LOCATION", ["Κεφαλονιάς"]), ("PHONE", ["26740 22 418"]), ("EMAIL", ["ky.samis@6ype.gr"]),
      ("HOSPITAL", ["Κεφαλληνίας", "Κοσμετάτειο"]), ("LOCATION", ["Αργοστόλι"]), ("DATE", ["9 Νοεμβρίου 2025"]),
      ("NAME", ["Ευανθία", "Βαλλιανάτου", "Σπυρίδωνος"]), ("AGE", ["94 ετών"]), ("DOB90", ["17/06/1931"]),
      ("ID", ["17063120830"]), ("LOCATION", ["Φάρσα"]), ("HOSPITAL", ["Αγίου Γερασίμου"]),
      ("NAME", ["Γερασιμούλα", "Δενδρινού"]), ("PHONE", ["694 208 3317"]), ("AGE", ["ενενηντατετράχρονη"]),
      ("PLATE", ["ΚΕΑ 4716"]), ("DATE", ["1987"]), ("DATE", ["Αύγουστο"]), ("DATE", ["1953"]),
      ("LOCATION", ["Μελβούρνη"]), ("DATE", ["δεκαετία του '60"]), ("DATE", ["3/11"]), ("DATE", ["Πάσχα του 2016"]),
      ("NAME", ["Δ.Φ."]), ("NAME", ["Μ.Π."]), ("NAME", ["Σπυρίδων", "Βαλλιανάτος"]), ("PHONE", ["+61 412 885 034"]),
      ("NAME", ["Παναγής", "Τυπάλδος-Φωκάς"]), ("LICENCE", ["388"])],
     ["πυρετού 38,8 °C", "πυώδη απόχρεμψη", "κολπική μαρμαρυγή", "Sintrom 4 mg", "INR 2,9", "γλικλαζίδη 30 mg",
      "κάταγμα Colles", "ΑΠ 98/54 mmHg", "SpO2 88%", "ρόγχοι τύπου Velcro", "GCS 14/15", "Κλίμακα Norton 11",
      "CRP 186 mg/L", "CURB-65 = 4", "μάσκα Venturi 35%", "κεφτριαξόνη 2 g IV", "αζιθρομυκίνη 500 mg IV",
      "παρακεταμόλη 1 g IV"]),
    # 8 - Cameroon, North West Region (Bambui, Bafut, Bamenda): operation note for a strangulated inguinal hernia
    ("FR. GERARD NKWAIN MEMORIAL HOSPITAL, BAMBUI\n"
     "P.O. Box 412 Bamenda, North West Region | +237 6 77 41 28 09 | theatre.fgnmh@gmail.com\n"
     "OPERATION NOTE                                   Theatre register no. 2025/0917\n\n"
     "Patient: ACHU Divine Tanyi      Sex: M      Age: 46 yrs      Hosp. No. FGN-11-4826\n"
     "CNI no.: 112847365      Ward: St Joseph (Male Surgical), bed 7\n"
     "Address: Mbebeli quarter, Bafut (near Ntare market)\n"
     "Next of kin: wife, Mrs Blessing Achu - 6 95 20 17 44\n"
     "Date of operation: 14th October 2025     Start 21:10     End 22:35\n\n"
     "Surgeon: Dr Fomukong Nkeng Peter      Assistant: Dr Ngum Clarisse (intern)\n"
     "Anaesthesia: Mr Che Precious (nurse anaesthetist)      Scrub: N.E.\n"
     "Anaesthesia: spinal, bupivacaine 0.5% heavy 3 mL at L3/L4; ASA II E.\n\n"
     "Pre-op diagnosis: strangulated right inguinal hernia (12 h irreducible, vomiting, tender, no peritonism). "
     "Hb 12.4 g/dL, WBC 13 600/mm3. Brought by okada from Bafut to Bambui, then transferred from Nkwen Health "
     "Centre.\n\n"
     "Findings: indirect sac (Nyhus type IIIb) with 25 cm of congested ileum, dark but viable after 10 min of warm "
     "packs and return of peristalsis and colour; no resection. Posterior wall weak across Hesselbach's triangle.\n\n"
     "Procedure: right oblique groin incision 2 cm above Poupart's ligament. External oblique opened, ilioinguinal "
     "nerve identified and preserved, sac dissected off the cord, opened, contents inspected, reduced; sac transfixed "
     "with Vicryl 2/0 and excised. Lichtenstein tension-free repair with polypropylene (Prolene) mesh 6 x 11 cm, "
     "Prolene 2/0 continuous to the shelving edge, tails crossed around the cord. Bassini not used. Skin closed "
     "with nylon 3/0 interrupted.\n"
     "EBL 80 mL. Swab and instrument count correct x2 (N.E.).\n\n"
     "Post-op orders: ceftriaxone 1 g IV daily x3 days, metronidazole 500 mg IV TDS x48 h, tramadol 100 mg IM TDS, "
     "paracetamol 1 g PO QDS; NPO until bowel sounds, then sips; scrotal support; ambulate tomorrow.\n"
     "Review 22nd October in SOPD; remove stitches day 10.\n"
     "Family to pay at the Njinikom Credit Union window; mobile money to +237 6 51 80 33 19 (hospital bursar).\n\n"
     "Signed: Dr Fomukong N. P., General Surgeon (ONMC reg. 3318)",
     [("HOSPITAL", ["GERARD NKWAIN"]), ("LOCATION", ["BAMBUI"]), ("ADDRESS", ["P.O. Box 412"]),
      ("LOCATION", ["Bamenda"]),
      ("PHONE", ["+237 6 77 41 28 09"]), ("EMAIL", ["theatre.fgnmh@gmail.com"]), ("ID", ["2025/0917"]),
      ("NAME", ["ACHU", "Divine", "Tanyi"]), ("MRN", ["FGN-11-4826"]), ("ID", ["112847365"]),
      ("HOSPITAL", ["St Joseph"]), ("ADDRESS", ["Mbebeli quarter"]), ("LOCATION", ["Bafut"]), ("LOCATION", ["Ntare"]),
      ("NAME", ["Blessing", "Achu"]), ("PHONE", ["6 95 20 17 44"]), ("DATE", ["14th October 2025"]),
      ("NAME", ["Fomukong", "Nkeng", "Peter"]), ("NAME", ["Ngum", "Clarisse"]), ("NAME", ["Che", "Precious"]),
      ("NAME", ["N.E."]), ("LOCATION", ["Bambui"]), ("HOSPITAL", ["Nkwen"]), ("DATE", ["22nd October"]),
      ("LOCATION", ["Njinikom"]), ("PHONE", ["+237 6 51 80 33 19"]), ("NAME", ["Fomukong", "N. P."]),
      ("LICENCE", ["3318"])],
     ["bupivacaine 0.5% heavy 3 mL", "L3/L4", "ASA II E", "strangulated right inguinal hernia", "Hb 12.4 g/dL",
      "WBC 13 600/mm3", "Nyhus type IIIb", "Hesselbach's triangle", "Poupart's ligament", "ilioinguinal",
      "Vicryl 2/0", "Lichtenstein tension-free repair", "Prolene", "mesh 6 x 11 cm", "Bassini", "nylon 3/0",
      "EBL 80 mL", "ceftriaxone 1 g IV", "metronidazole 500 mg IV TDS", "tramadol 100 mg IM TDS"]),
    # 9 - India, Bihar (Darbhanga district, Baheri block), in Hindi: kala-azar patient treatment card
    ("राष्ट्रीय वेक्टर जनित रोग नियंत्रण कार्यक्रम (NVBDCP) - बिहार\n"
     "कालाजार रोगी उपचार एवं अनुश्रवण कार्ड\n"
     "उपचार केंद्र: प्राथमिक स्वास्थ्य केंद्र, बहेड़ी, जिला दरभंगा - ८४७१०५ | दूरभाष: ०६२७२-२५४४१८\n"
     "रोगी पंजीकरण सं.: DBG/BHR/KA/2025/047      OPD सं.: 25-18873\n\n"
     "रोगी का नाम: रामबाबू सहनी      पिता: स्व. जगदीश सहनी      उम्र: 38 वर्ष      लिंग: पुरुष\n"
     "पता: ग्राम रसलपुर, पोखर टोला, वार्ड नं. 9, पो. बहेड़ी\n"
     "आधार सं.: 5821 4730 9160      मोबाइल: 98351 60427\n"
     "व्यवसाय: मछुआरा (कमला नदी), पिछले वर्ष पंजाब (लुधियाना) में मजदूरी\n"
     "सूचना देने वाली आशा: सुनैना देवी (मो. 79034 18826)\n\n"
     "इतिहास: ३ सप्ताह से बुखार (रुक-रुक कर), भूख न लगना, पेट में बायीं ओर भारीपन, वजन घटा। पहले गाँव के "
     "डॉक्टर से मलेरिया की दवा ली, आराम नहीं। परिवार में पड़ोसी की माँ को 2022 में कालाजार हुआ था।\n\n"
     "जाँच (दिनांक १२/०९/२०२५):\n"
     "rK39 RDT: धनात्मक | मलेरिया RDT: ऋणात्मक | HIV: ऋणात्मक\n"
     "Hb 7.8 g/dL, TLC 2900/cumm, प्लेटलेट 88,000/cumm\n"
     "तिल्ली: कॉस्टल मार्जिन से 6 सेमी नीचे, यकृत 2 सेमी; वजन 48 किग्रा\n"
     "निदान: कालाजार (Visceral leishmaniasis, Leishmania donovani), नया रोगी\n\n"
     "उपचार: लाइपोसोमल एम्फोटेरिसिन बी (AmBisome) 10 mg/kg एकल खुराक = 480 mg IV, 5% डेक्सट्रोज़ 500 mL में "
     "2 घंटे में; पूर्व-औषधि: पैरासिटामोल 500 mg, क्लोरफेनिरामिन 4 mg। दिनांक १३/०९/२०२५ को दी गई, "
     "कोई rigors नहीं। आयरन-फोलिक एसिड 1 गोली प्रतिदिन ×3 माह।\n\n"
     "अनुश्रवण: १ माह, ३ माह एवं ६ माह पर तिल्ली व Hb; PKDL हेतु त्वचा जाँच ६-१२ माह पर।\n"
     "गाँव में IRS (SP) छिड़काव हेतु सूचना: Phlebotomus argentipes नियंत्रण, KTS श्री वि. कु. झा को २२ सितंबर २०२५।\n"
     "श्रम क्षति प्रोत्साहन राशि ₹6600 - बैंक खाता सं. 34172200018841 (बैंक ऑफ बड़ौदा, बहेड़ी शाखा)।\n\n"
     "चिकित्सा पदाधिकारी: डॉ. आर. के. मिश्र, MBBS (बिहार मेडिकल काउंसिल पंजी. सं. 41287)\n"
     "रेफरल (आवश्यकता पड़ने पर): विद्यापति स्मृति सदर अस्पताल, दरभंगा",
     [("LOCATION", ["बहेड़ी"]), ("LOCATION", ["दरभंगा"]), ("POSTCODE", ["८४७१०५"]), ("PHONE", ["०६२७२-२५४४१८"]),
      ("ID", ["DBG/BHR/KA/2025/047"]), ("MRN", ["25-18873"]), ("NAME", ["रामबाबू", "सहनी"]), ("NAME", ["जगदीश"]),
      ("LOCATION", ["रसलपुर"]), ("ADDRESS", ["पोखर टोला", "वार्ड नं. 9"]), ("ID", ["5821 4730 9160"]),
      ("PHONE", ["98351 60427"]), ("LOCATION", ["लुधियाना"]), ("NAME", ["सुनैना", "देवी"]), ("PHONE", ["79034 18826"]),
      ("DATE", ["१२/०९/२०२५"]), ("DATE", ["१३/०९/२०२५"]), ("NAME", ["वि. कु.", "झा"]), ("DATE", ["२२ सितंबर २०२५"]),
      ("ID", ["34172200018841"]), ("NAME", ["आर. के.", "मिश्र"]), ("LICENCE", ["41287"]),
      ("HOSPITAL", ["विद्यापति स्मृति"])],
     ["rK39 RDT", "मलेरिया RDT", "Hb 7.8 g/dL", "TLC 2900/cumm", "प्लेटलेट 88,000/cumm", "6 सेमी", "कालाजार",
      "Visceral leishmaniasis", "Leishmania donovani", "लाइपोसोमल एम्फोटेरिसिन बी", "AmBisome", "10 mg/kg",
      "पैरासिटामोल 500 mg", "क्लोरफेनिरामिन 4 mg", "आयरन-फोलिक एसिड", "PKDL", "IRS (SP)", "Phlebotomus argentipes"]),
    # 10 - Seychelles (Mahé: Victoria, Cascade, Takamaka; Praslin): sharps injury incident report and HIV PEP record
    ("HEALTH CARE AGENCY - SEYCHELLES\n"
     "Sir Percival Lablache Memorial Hospital, Mont Fleuri, Victoria, Mahé | Tel 438 8000 ext. 2291\n"
     "OCCUPATIONAL EXPOSURE (SHARPS / BODY FLUID) INCIDENT REPORT AND PEP RECORD\n"
     "Incident no. OH-INC-2025-0388      Reported to Occupational Health: occhealth.hca@health.gov.sc\n\n"
     "SECTION A - EXPOSED WORKER\n"
     "Name: Marie-Ange Hoareau (née Labiche)      Staff no. 20417      Post: Staff Nurse, Ward 4 (Medical)\n"
     "NIN: 988-0417-1-2-36      DOB: 29/07/1988      Mobile: 2 581 344\n"
     "Home: Anse aux Pins, near the Craft Village; husband Gervais Hoareau (fisherman, Praslin-Mahé boat)\n\n"
     "SECTION B - INCIDENT\n"
     "Date/time: 06 Nov 2025, 03:15      Location: Ward 4, bay C\n"
     "Hollow-bore 20G Venflon stylet after IV cannulation; glove punctured, bled freely, L index finger pulp. Washed "
     "under running water, no scrubbing. Sharps bin was full (reported). Witness: HCA Joséphine Vidot.\n"
     "Risk grade: HIGH (hollow-bore, visible blood on device, source HIV status unknown at the time).\n\n"
     "SECTION C - SOURCE PATIENT (hosp. no. only, consent obtained by Dr Wavel Ah-Time)\n"
     "Hosp. no. SH-0318842, admitted from Takamaka with fever, weight loss; Hickman line in situ (oncology). "
     "Sputum AFB (Ziehl-Neelsen) pending. HIV 1/2 rapid test (Determine) REACTIVE, confirmed with Bioline; "
     "HBsAg negative, HCV Ab negative.\n\n"
     "SECTION D - EXPOSED WORKER BASELINE & PEP\n"
     "HIV rapid non-reactive; HBsAg negative; anti-HBs 124 mIU/mL (immune, 3 doses 2011); HCV Ab negative; "
     "creatinine 68 umol/L; urine beta-hCG negative.\n"
     "PEP: TDF/3TC/DTG (tenofovir 300 mg / lamivudine 300 mg / dolutegravir 50 mg) 1 tab OD x28 days, first dose "
     "04:55 (1 h 40 min after exposure), 28-day pack dispensed by pharmacist Ronny Pillay.\n"
     "Counselled: condoms until 4-month test, not to donate blood, report rash or jaundice. Off duty 07/11 and "
     "08/11.\n\n"
     "FOLLOW-UP: 2 weeks (LFT, creatinine) 20/11/2025; HIV test at 6 weeks 18-Dec-2025 and 4 months 06/03/26; "
     "appointments at Cascade Health Centre staff clinic (Dr Ah-Time), tel 437 6612.\n\n"
     "Completed by: Sister Josianne Pillay, Ward Manager, SNMC reg. RN 1184\n"
     "Reviewed: Dr Wavel Ah-Time, Occupational Health Physician, 06/11/2025 09:40",
     [("HOSPITAL", ["Sir Percival Lablache"]), ("LOCATION", ["Mont Fleuri"]), ("LOCATION", ["Victoria"]),
      ("LOCATION", ["Mahé"]), ("PHONE", ["438 8000"]), ("PHONE", ["2291"]), ("ID", ["OH-INC-2025-0388"]),
      ("EMAIL", ["occhealth.hca@health.gov.sc"]), ("NAME", ["Marie-Ange", "Hoareau", "Labiche"]), ("ID", ["20417"]),
      ("ID", ["988-0417-1-2-36"]), ("DATE", ["29/07/1988"]), ("PHONE", ["2 581 344"]), ("LOCATION", ["Anse aux Pins"]),
      ("LOCATION", ["Craft Village"]),
      ("NAME", ["Gervais", "Hoareau"]), ("LOCATION", ["Praslin"]), ("DATE", ["06 Nov 2025"]),
      ("NAME", ["Joséphine", "Vidot"]), ("NAME", ["Wavel", "Ah-Time"]), ("MRN", ["SH-0318842"]),
      ("LOCATION", ["Takamaka"]), ("NAME", ["Ronny", "Pillay"]), ("DATE", ["07/11"]), ("DATE", ["08/11"]),
      ("DATE", ["20/11/2025"]), ("DATE", ["18-Dec-2025"]), ("DATE", ["06/03/26"]), ("HOSPITAL", ["Cascade"]),
      ("PHONE", ["437 6612"]), ("NAME", ["Josianne", "Pillay"]), ("LICENCE", ["RN 1184"]), ("DATE", ["06/11/2025"])],
     ["Hollow-bore 20G Venflon", "IV cannulation", "Sharps bin", "Hickman line", "Sputum AFB (Ziehl-Neelsen)",
      "HIV 1/2 rapid test (Determine)", "Bioline", "HBsAg negative", "HCV Ab negative", "anti-HBs 124 mIU/mL",
      "creatinine 68 umol/L", "urine beta-hCG negative", "TDF/3TC/DTG", "tenofovir 300 mg", "lamivudine 300 mg",
      "dolutegravir 50 mg", "1 h 40 min after exposure", "HIV test at 6 weeks"]),
    # 11 - Israel, Upper Galilee (Kiryat Shmona, Kibbutz Dafna, Rosh Pina), in Hebrew: diabetes in pregnancy clinic
    # visit
    ("המרכז הרפואי גליל עליון ע\"ש יוסף טרומפלדור\n"
     "מרפאת סוכרת בהריון | שדרות תל חי 27, קריית שמונה 1101502 | טל' 04-6952318 | פקס 04-6952319\n\n"
     "סיכום ביקור - 15/09/2025 (כ\"ב באלול תשפ\"ה)\n"
     "שם המטופלת: אורטל שושן-דהן      ת.ז. 304182579      גיל: 31\n"
     "כתובת: קיבוץ דפנה, ד.נ. גליל עליון 1223500      נייד: 052-4817306\n"
     "קופה: מכבי, סניף ראש פינה      בן זוג: עומר דהן, 054-9923117\n"
     "רופאת משפחה מפנה: ד\"ר נעמה ויסבורד\n\n"
     "רקע: G3P2, שבוע 28+3 (לפי US שליש ראשון). סוכרת הריונית אובחנה בהעמסת סוכר 100 גרם בתאריך 28/08/2025: "
     "98/192/176/148 מ\"ג/ד\"ל - 3 ערכים חריגים לפי Carpenter-Coustan. HbA1c 5.6%. בהריון הקודם (2021) GDM מאוזנת "
     "בדיאטה, לידה בשבוע 39 במשקל 3,850 גרם. Rh שלילי.\n\n"
     "ניטור: חיישן FreeStyle Libre 3 (מס' סידורי 3MH0042TK7L), 14 יום: TIR 63-140 = 81%, צום 96-104, "
     "שעה אחרי ארוחת ערב עד 162.\n"
     "בדיקה: ל\"ד 118/74, משקל 84.2 ק\"ג (+9.1 מתחילת ההריון), חלבון בשתן שלילי.\n"
     "US היום: EFW 1,320 גרם (אחוזון 72 לפי Hadlock), AFI 18 ס\"מ, דופלר עורק טבורי תקין.\n\n"
     "המלצות:\n"
     "1. התחלת אינסולין NPH (Insulatard) 6 יחידות לפני השינה, עלייה ב-2 יחידות כל 3 ימים עד צום < 95.\n"
     "2. המשך תזונה מותאמת - הדיאטנית שני אבוטבול, 45 גרם פחמימה בארוחה.\n"
     "3. Anti-D 1500 IU בשבוע 28 - ניתן היום (אחות ת.ל.).\n"
     "4. אספירין 150 מ\"ג עד שבוע 36.\n"
     "5. ביקור חוזר 29/9 (לא בערב יום כיפור), הדרכת הזרקה עם האחות טליה לוזון.\n"
     "העלאת נתוני החיישן: libreview, כתובת דוא\"ל של המרפאה: gdm.galil@tromp-med.org.il\n\n"
     "ד\"ר יגאל פינקלשטיין, מומחה ברפואת נשים ומיילדות, מ.ר. 38215",
     [("HOSPITAL", ["גליל עליון", "יוסף טרומפלדור"]), ("ADDRESS", ["שדרות תל חי 27"]), ("LOCATION", ["קריית שמונה"]),
      ("POSTCODE", ["1101502"]), ("PHONE", ["04-6952318"]), ("PHONE", ["04-6952319"]), ("DATE", ["15/09/2025"]),
      ("DATE", ["כ\"ב באלול תשפ\"ה"]), ("NAME", ["אורטל", "שושן-דהן"]), ("ID", ["304182579"]), ("LOCATION", ["דפנה"]),
      ("POSTCODE", ["1223500"]), ("PHONE", ["052-4817306"]), ("LOCATION", ["ראש פינה"]), ("NAME", ["עומר", "דהן"]),
      ("PHONE", ["054-9923117"]), ("NAME", ["נעמה", "ויסבורד"]), ("DATE", ["28/08/2025"]),
      ("SERIAL", ["3MH0042TK7L"]), ("NAME", ["שני", "אבוטבול"]), ("NAME", ["ת.ל."]), ("DATE", ["29/9"]),
      ("NAME", ["טליה", "לוזון"]), ("EMAIL", ["gdm.galil@tromp-med.org.il"]), ("NAME", ["יגאל", "פינקלשטיין"]),
      ("LICENCE", ["38215"])],
     ["סוכרת הריונית", "שבוע 28+3", "העמסת סוכר 100 גרם", "98/192/176/148", "Carpenter-Coustan", "HbA1c 5.6%",
      "Rh שלילי", "FreeStyle Libre 3", "TIR 63-140 = 81%", "EFW 1,320 גרם", "אחוזון 72 לפי Hadlock", "AFI 18 ס\"מ",
      "אינסולין NPH (Insulatard) 6 יחידות", "Anti-D 1500 IU", "אספירין 150 מ\"ג", "ל\"ד 118/74", "G3P2"]),
] + MORE_NOTES
