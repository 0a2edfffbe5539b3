"""Thirty-fifth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation), written blind: whoever wrote
it read only the note format (the ``Note`` type and ``notes_records`` in :mod:`deid_heldout`) and the layout of the
eighteenth set, and nothing of the de-identification rules, their word lists, their tests or their documentation; the
de-identifier and the evaluation were never run on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1279 planted identifier parts in 1085 (kind, parts) entries, 23 to 32 entries a note; 523 clinical strings, 10
to 14 a note), written the way clinicians write them: a GP teledermatology referral, an emergency department triage
note, a medical ward discharge summary, an antenatal booking, a histopathology report, a district nursing visit log, a
ward nursing handover, an adult safeguarding referral, an operative report, a rural health post referral form, a
community mental health home review, an ambulance patient care report, a radiology request with its CT report, a
physiotherapy discharge summary, an infection prevention and control notification, an ophthalmology outpatient note, an
emergency department triage record, an outbreak line list, an occupational fitness-for-offshore-work examination, a
dental referral, an ICU discharge liaison letter, a paediatric growth clinic note, a fracture liaison letter, a pain
clinic letter, a discharge record after mushroom poisoning, a renal dietitian review, an ICU daily review, a prison
health care note, a refugee initial health assessment, an emergency department discharge summary, a school nurse
diabetes log, a sports medicine consultation, a care home to hospital transfer form, a notifiable disease report, an
audiology report, a malnutrition treatment centre discharge summary, a pre-anaesthetic assessment, a hospital pharmacist
medicines reconciliation, a gynae-oncology MDT outcome and a hospice nurse's pronouncement of death. From Scotland (Isle
of Skye; Drumchapel and Gartnavel), England (Kent; West Yorkshire; East Devon), Wales (Ceredigion), Northern Ireland
(Co. Fermanagh), Ireland (Co. Mayo), the US (Louisiana, Alaska, New Mexico on the Navajo Nation, Ohio, Maine), Canada
(Newfoundland and Labrador, British Columbia), Australia (Tasmania, the Torres Strait and Cairns), New Zealand
(Canterbury), India (Kerala in English, Rajasthan in Hindi), Pakistan (Punjab), Nigeria (Enugu), Kenya (Kisumu), South
Africa (Eastern Cape), Ghana (Ashanti), the Philippines (Iloilo), Malaysia (Sarawak), Trinidad and Tobago, Tonga, Peru
(Cusco), La Réunion, Turkey (Trabzon), Greece (Crete, Thessaloniki and Pieria, Achaea), Cyprus (Limassol), mainland
China (Sichuan, Yunnan), Hong Kong and Taiwan (Hualien).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 2 (Crete), 12 (Cyprus), 26 (Thessaloniki) and 37
(Patras) are in Greek script, with Greek names and patronymics, addresses, phone numbers, facilities, Greek month names
and Greek feast days used as dates; notes 6 (Chengdu) and 24 (Xishuangbanna) are in simplified Chinese and notes 16
(Hong Kong) and 33 (Hualien, with Republic of China calendar dates) in traditional Chinese, with Han, Dai and Amis
names, addresses, phone numbers, facilities, lunar and festival dates; note 9 is in Spanish (Cusco), note 20 in French
(La Réunion), note 29 in Turkish (Trabzon) and note 35 in Hindi, in Devanagari (Rajasthan, with a Vikram Samvat date);
all other notes (28: 0, 1, 3, 4, 5, 7, 8, 10, 11, 13, 14, 15, 17, 18, 19, 21, 22, 23, 25, 27, 28, 30, 31, 32, 34, 36,
38, 39) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, tables and log lines with times and staff initials,
after relation words and titles (W/o, S/o, anak, binti, Smt., Sr, Lic. Enf., Elder, του with a patronymic), bare in
prose, in sign-offs and cc lines; addresses with and without house numbers (a Kerala house name, a Welsh house name, a
Sarawak longhouse, a Navajo Nation HC box, a Trinidad lot, a Ghanaian house number, a Chinese village group number, a
Hong Kong street number, Greek and Cypriot street numbers, a Turkish mahalle and street); employers (a shrimp company, a
coffee estate, a creamery, a catering business, an offshore marine company, an oilfield, an orchard, a rubber
cooperative, a winery, a bus company), schools and a nursery school, churches, a mandir and a mountain refuge named
after a person, sports clubs, a market, a hotel used as asylum accommodation, a court and an immigration processing
site, named wards and living units, care homes and a hospice; hospitals, clinics and practices named after people
(Leonard J. Chabert, James Paton, Antonio Lorena, Jaramogi Oginga Odinga, Nelson Mandela, Bahawal Victoria, Ramon
Tabiana, Félix Guyon, Komfo Anokye, Mahatma Gandhi, Dr Mackinnon, Venizelos, Papanikolaou, 瑪嘉烈) or everyday words (The
Anchorage, Pelita, Harbourside); towns, villages and places that are everyday words, weekdays or first names (Penguin,
Seldom, Farewell, Coffee Bay, Penal, Forest Reserve, Of, Idle, Beer, Shade, Chauncey, Oliver, Friendship, Sunday Creek,
Thursday Island, Le Tampon, Entre-Deux, Dingle, Homer, 高山 as a village and as a man) and people whose names are everyday
words (Bubba, Dusty, Sunny, Crystal, Rosa, Comfort, Mercy, Precious, Cherry, Lupe, 何平, 石磊, 岩应, पूजा); e-mail addresses,
a pathology report URL, a PACS URL and a caterer's social media URL, IPv4 addresses, two Instagram handles and a WeChat
ID, vehicle plates (a truck, a Golf, a pickup, a boda-boda, an ambulance, a taxi, a Ranger and a family car),
professional licences and registrations (GMC, NMC PINs, LA RN, CPSNL, MDCN, AHPRA, TCMC, CMP, CEP, NCK, AK MICP and EMT,
the Cyprus GHS and medical association numbers, the NZ physiotherapy board, SANC, PMDC, HK nurse registration, PRC, MMC
and DOSH, the Dental Council of T&T, RPPS, Tonga Medical & Dental Council, IMC, CDR, the Greek medical associations,
CPSBC, BCCNM, Turkish diploma registration, OH RN, Taiwan physician certificate, RCCP, RMC, MDC Ghana, ME RN), device
serial numbers (a phone camera, an energy device, a defibrillator monitor, a CGM sensor, an insulin pump, a CPAP
machine, a demonstration hearing aid), a key safe code and a lockbox code, medical record, folder, chart, accession,
laboratory, incident, referral and case numbers, and dates in many formats (full dates in several orders and separators,
two-digit years, year-less dates, month and year, month names alone, dates in words, dates in tables and logs, ANZAC
Day, Onam, Mashujaa Day, Heritage Day, Eid ul Adha, the Hijri calendar, Dinagyang, Gawai, Carnival Monday, Divali,
Matariki, King's Birthday, the Twelfth, Nowruz and the Solar Hijri calendar, Kurban Bayramı, Fall Fest, Hogmanay, Boxing
Day, Valentine's Day, the Fourth of July, Independence Day, Inti Raymi, Δεκαπενταύγουστος, Χριστούγεννα, Φώτα,
Τσικνοπέμπτη, 中秋節, 農曆 dates, 关门节, 民國 dates, दीपावली and the Vikram Samvat). Where a real identifier has a check digit
(NHS and CHI numbers, the Northern Ireland H&C number, US NPI, Irish PPSN, Australian Medicare and IHI, NZ NHI, South
African ID, Aadhaar, Greek AMKA and ΑΦΜ, Chinese resident ID, Taiwan ID, Hong Kong HKID, Turkish T.C. Kimlik No, French
NIR, BC PHN, French RPPS) the planted one passes it; the other national, insurance and registration numbers keep a
plausible format (Pakistani CNIC, Malaysian MyKad with birth date and Sarawak code, Ghana Card, Nigerian NIN, Kenyan ID
and SHA number, Peruvian DNI, US Medicare MBI and Medicaid numbers, Newfoundland MCP, UK National Insurance number,
Cyprus ID and GHS beneficiary number, Trinidad ID card, Rajasthan Jan Aadhaar and RCH ID, Navajo Nation census number, a
Home Office reference, a DVA file number). No name, place or facility is planted in more than one note, and none is
reused from the eighteenth set. Six patients are aged 90 or over (notes 2, 5, 16, 22, 32 and 39); for them the age and
every date element, birth dates (kind ``DOB90``), bare years, months, feast days and holidays included, are planted.
Elsewhere a year stands alone only inside a clinical string (an act, regulation, guideline or classification with its
year). The strings that must survive include eponyms and eponymous signs and tests (Naegele's rule, Hartmann's pouch,
Strasberg, Hasson, Blake drain, Carrión, Fiebre de la Oroya, Elek, Kendrick, Sager, Neer, Hawkins-Kennedy, Gharbi,
Miller, Kennedy, Weil, Genant, Budapest, Weber B, Askling, Foley, Lewy, Abbey, Cheyne-Stokes, Gleason, Mobitz and
Wenckebach, Weil-Felix, Stenger, Beers, Glasgow in a checklist and in a coma scale), scores and classifications with
their values, brand names of drugs, devices and foods, organisms, lab values with units, ratios and fractions that look
like dates (UK duration notation, scores out of a total, Snellen acuity, intraocular pressures, gestation, rotation
patterns, insulin ratios, a buprenorphine/naloxone strength, a titre, an attack rate), and years inside guideline,
classification and statute names. Entries per kind: NAME 229, DATE 215, LOCATION 205, HOSPITAL 85, ID 77, PHONE 72,
ADDRESS 46, LICENCE 41, POSTCODE 34, MRN 23, EMAIL 16, AGE 11, PLATE 8, SERIAL 7, DOB90 6, HANDLE 3, URL 3, CODE 2, IP
2. The last 20 notes (637 identifier parts in 542 entries, 267 clinical strings) are in
:mod:`deid_notes_heldout35_more`, only to keep each file a readable length; this file holds 642 identifier parts in 543
entries and 256 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout35.deid_notes_heldout35_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Highland (Isle of Skye): GP teledermatology referral, suspected melanoma
    ("NHS Highland - Teledermatology Referral (SCI Gateway)\n"
     "From: Tigh na Drochaid Surgery, Old Pier Road, Broadford, Isle of Skye IV49 9AE | Tel 01471 822 416\n"
     "To: Dermatology Department, Raigmore Hospital\n"
     "Date of referral: 03-Nov-2025 | Priority: Urgent suspicion of cancer\n"
     "Patient: Mr Ruaraidh Nicolson-Beaton | DOB 14/03/1958 | CHI 140358 2734\n"
     "Address: 2 Camuscross, Isleornsay, Sleat IV43 8QS | Mob 07831 406 219\n"
     "Crofter and part-time fisherman.\n"
     "Reason for referral: pigmented lesion on the posterior left calf, first noticed by his wife Morag at the Games "
     "in Portree in August; now larger and itchy, and it bled last Thursday after she pulled a tick off beside it.\n"
     "History: Fitzpatrick skin type I; many blistering sunburns on the boats in his teens. His brother had a "
     "melanoma excised.\n"
     "Examination: 11 x 8 mm asymmetrical macule with an irregular notched border and three colours (tan, dark brown, "
     "blue-grey). Glasgow 7-point checklist score 5. No popliteal or inguinal lymphadenopathy.\n"
     "Dermoscopy (DermLite DL4 on the practice iPhone, serial F2LZK8QHN72P): atypical pigment network, blue-white "
     "veil and irregular peripheral dots. ABCDE all positive.\n"
     "Images uploaded 03/11/25 at 10:42 from workstation 10.142.66.23.\n"
     "Medication: ramipril 5 mg OD, atorvastatin 20 mg ON. Allergy: penicillin (rash).\n"
     "Request: urgent review and excision biopsy; he could attend the visiting clinic at the Dr Mackinnon Memorial "
     "Hospital. He prefers Gaelic for consent discussions; his daughter Seonaid, a staff nurse, will come with him.\n"
     "Dr Eilidh Matheson-Rennie, GP | GMC 7430185 | eilidh.matheson-rennie@nhs.scot",
     [("LOCATION", ["Highland"]), ("HOSPITAL", ["Tigh na Drochaid Surgery"]), ("ADDRESS", ["Old Pier Road"]),
      ("LOCATION", ["Broadford"]), ("LOCATION", ["Isle of Skye"]), ("POSTCODE", ["IV49 9AE"]),
      ("PHONE", ["01471 822 416"]), ("HOSPITAL", ["Raigmore Hospital"]), ("DATE", ["03-Nov-2025"]),
      ("NAME", ["Ruaraidh", "Nicolson-Beaton"]), ("DATE", ["14/03/1958"]), ("ID", ["140358 2734"]),
      ("ADDRESS", ["2 Camuscross"]), ("LOCATION", ["Isleornsay"]), ("LOCATION", ["Sleat"]), ("POSTCODE", ["IV43 8QS"]),
      ("PHONE", ["07831 406 219"]), ("NAME", ["Morag"]), ("LOCATION", ["Portree"]), ("DATE", ["August"]),
      ("SERIAL", ["F2LZK8QHN72P"]), ("DATE", ["03/11/25"]), ("IP", ["10.142.66.23"]),
      ("HOSPITAL", ["Dr Mackinnon Memorial Hospital"]), ("NAME", ["Seonaid"]), ("NAME", ["Eilidh", "Matheson-Rennie"]),
      ("LICENCE", ["7430185"]), ("EMAIL", ["eilidh.matheson-rennie@nhs.scot"])],
     ["Urgent suspicion of cancer", "Fitzpatrick skin type I", "11 x 8 mm", "Glasgow 7-point checklist score 5",
      "DermLite DL4", "atypical pigment network", "blue-white veil", "ABCDE all positive", "ramipril 5 mg OD",
      "atorvastatin 20 mg ON", "penicillin (rash)", "excision biopsy"]),

    # 1 - USA, Louisiana (Terrebonne Parish): emergency department triage note, Vibrio vulnificus wound infection
    ("Leonard J. Chabert Medical Center - Emergency Department\n"
     "ED TRIAGE NOTE | Arrival 09/14/2025 21:37 by private vehicle | ESI 2\n"
     "Triage RN: Brandy Thibodeaux, RN (LA RN 187452)\n"
     "Pt: Alcide \"Bubba\" Guidry | 58 M | DOB 04/09/1967 | MRN LJC0042718 | Medicaid ID 2270048913\n"
     "Address: 4418 Grand Caillou Rd, Dulac, LA 70353 | Cell (985) 555-0147\n"
     "Works as a deckhand for Cocodrie Shrimp Co.\n"
     "CC: \"my leg's on fire\". R lower leg pain, swelling and blisters. Was wading in brackish water running crab "
     "traps off Isle de Jean Charles on Saturday afternoon (09/13); cut his shin on a trap wire.\n"
     "PMH: alcohol-related cirrhosis, Child-Pugh B, followed by Dr. Minh Nguyen-Broussard at the Bayou Liver Clinic "
     "in Houma; DM2 on metformin. Allergy: sulfa.\n"
     "Triage VS: T 38.9 C, HR 128, BP 84/46, RR 26, SpO2 94% RA, pain 10/10, GCS 15.\n"
     "Skin: hemorrhagic bullae R shin to knee, violaceous, pain out of proportion to exam; no crepitus felt.\n"
     "qSOFA 2 - sepsis alert called 21:41 (BT). POC lactate 5.1 mmol/L, glucose 212 mg/dL.\n"
     "Suspected Vibrio vulnificus necrotizing soft tissue infection.\n"
     "Actions: 2 large-bore IVs, LR 30 mL/kg, blood cultures x2 drawn before antibiotics, doxycycline 100 mg IV and "
     "ceftazidime 2 g IV. LRINEC labs sent. General surgery paged - Dr. Yvette Toups returning call.\n"
     "Brought in by his wife Charmaine (cell (985) 555-0193) in their truck, LA plate 718 BFK, parked in the "
     "ambulance bay - asked to move it.\n"
     "Handed off to Dr. Étienne Pellegrin, ED attending, at 21:55.",
     [("HOSPITAL", ["Leonard J. Chabert Medical Center"]), ("DATE", ["09/14/2025"]), ("NAME", ["Brandy", "Thibodeaux"]),
      ("LICENCE", ["187452"]), ("NAME", ["Alcide", "Guidry"]), ("NAME", ["Bubba"]), ("DATE", ["04/09/1967"]),
      ("MRN", ["LJC0042718"]), ("ID", ["2270048913"]), ("ADDRESS", ["4418 Grand Caillou Rd"]), ("LOCATION", ["Dulac"]),
      ("POSTCODE", ["70353"]), ("PHONE", ["(985) 555-0147"]), ("LOCATION", ["Cocodrie Shrimp Co."]),
      ("LOCATION", ["Isle de Jean Charles"]), ("DATE", ["09/13"]), ("NAME", ["Minh", "Nguyen-Broussard"]),
      ("HOSPITAL", ["Bayou Liver Clinic"]), ("LOCATION", ["Houma"]), ("NAME", ["BT"]), ("NAME", ["Yvette", "Toups"]),
      ("NAME", ["Charmaine"]), ("PHONE", ["(985) 555-0193"]), ("PLATE", ["718 BFK"]),
      ("NAME", ["Étienne", "Pellegrin"])],
     ["ESI 2", "Child-Pugh B", "BP 84/46", "pain 10/10", "hemorrhagic bullae", "pain out of proportion", "qSOFA 2",
      "lactate 5.1 mmol/L", "Vibrio vulnificus", "LR 30 mL/kg", "doxycycline 100 mg IV", "ceftazidime 2 g IV",
      "LRINEC"]),

    # 2 - Greece, Crete (Heraklion): medical ward discharge summary, patient aged 94 (Greek)
    ("Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου - Β' Παθολογική Κλινική\n"
     "Λεωφόρος Κνωσού, 71409 Ηράκλειο | τηλ. 2813 408 217\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Ευανθία Χατζηδάκη του Ζαχαρία | 94 ετών | γεν. 17/05/1931 | ΑΜΚΑ 17053102749\n"
     "Κατοικία: Καλοκαιρινού 12, Αρχάνες, ΤΚ 70100\n"
     "Εισαγωγή: 02/10/2025 - Έξοδος: 11 Οκτωβρίου 2025\n"
     "Διάγνωση εξόδου: Πνευμονία κοινότητας δεξιού κάτω λοβού (Streptococcus pneumoniae, θετικό αντιγόνο ούρων). "
     "Οξεία νεφρική βλάβη, στάδιο 2 κατά KDIGO. Υπονατριαιμία (Na 124 mmol/L).\n"
     "Ατομικό αναμνηστικό: κολπική μαρμαρυγή (CHA2DS2-VASc 5), σακχαρώδης διαβήτης τύπου 2, κάταγμα αριστερού ισχίου "
     "το 2019 που χειρουργήθηκε στο Γενικό Νοσοκομείο Αγίου Νικολάου. Χήρα από το 1998.\n"
     "Πορεία: Η 94χρονη ασθενής προσήλθε με πυρετό 38,7 °C, βήχα και σύγχυση· CURB-65 4. Έλαβε κεφτριαξόνη 2 g και "
     "κλαριθρομυκίνη, ενυδάτωση με προσοχή· η κρεατινίνη έπεσε από 2,4 σε 1,3 mg/dL. Την 4η ημέρα επεισόδιο delirium "
     "(4AT 7/12). Clinical Frailty Scale 6.\n"
     "Φάρμακα εξόδου: Eliquis 2,5 mg x 2, Trajenta 5 mg x 1, αμοξικιλλίνη/κλαβουλανικό 875/125 mg x 2 για 3 ημέρες.\n"
     "Οδηγίες: επανέλεγχος ηλεκτρολυτών στο Κέντρο Υγείας Αρχανών στις 20 Οκτωβρίου· ακτινογραφία θώρακος στις αρχές "
     "Δεκεμβρίου. Η κόρη της, Ειρήνη Παπαδογιαννάκη (κιν. 6972 418 305), ζήτησε να είναι σπίτι πριν τον "
     "Δεκαπενταύγουστο του χρόνου· θέλει να δει τα εγγόνια της τα Χριστούγεννα.\n"
     "Προσωπικός ιατρός: Δρ Στυλιανός Μαρκάκης, Αρχάνες.\n"
     "Διευθυντής: Αριστείδης Βλαχογιάννης, ΑΜ ΙΣΗ 3817",
     [("HOSPITAL", ["Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου"]), ("ADDRESS", ["Λεωφόρος Κνωσού"]),
      ("POSTCODE", ["71409"]), ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2813 408 217"]),
      ("NAME", ["Ευανθία", "Χατζηδάκη"]), ("NAME", ["Ζαχαρία"]), ("AGE", ["94 ετών"]), ("DOB90", ["17/05/1931"]),
      ("ID", ["17053102749"]), ("ADDRESS", ["Καλοκαιρινού 12"]), ("LOCATION", ["Αρχάνες"]), ("POSTCODE", ["70100"]),
      ("DATE", ["02/10/2025"]), ("DATE", ["11 Οκτωβρίου 2025"]), ("DATE", ["2019"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Αγίου Νικολάου"]), ("DATE", ["1998"]), ("AGE", ["94χρονη"]),
      ("HOSPITAL", ["Κέντρο Υγείας Αρχανών"]), ("DATE", ["20 Οκτωβρίου"]), ("DATE", ["αρχές Δεκεμβρίου"]),
      ("NAME", ["Ειρήνη", "Παπαδογιαννάκη"]), ("PHONE", ["6972 418 305"]), ("DATE", ["Δεκαπενταύγουστο"]),
      ("DATE", ["Χριστούγεννα"]), ("NAME", ["Στυλιανός", "Μαρκάκης"]), ("NAME", ["Αριστείδης", "Βλαχογιάννης"]),
      ("LICENCE", ["3817"])],
     ["Streptococcus pneumoniae", "στάδιο 2 κατά KDIGO", "Na 124 mmol/L", "CHA2DS2-VASc 5",
      "σακχαρώδης διαβήτης τύπου 2", "CURB-65 4", "38,7 °C", "4AT 7/12", "Clinical Frailty Scale 6",
      "Eliquis 2,5 mg x 2", "Trajenta 5 mg", "875/125 mg"]),

    # 3 - India, Kerala (Wayanad): antenatal booking visit at a family health centre (English)
    ("Family Health Centre, Meenangadi - Antenatal Clinic (Mother and Child Protection card issued)\n"
     "ANTENATAL BOOKING | 21.10.2025 | RCH ID 132004871529\n"
     "Name: Sreelakshmi Puthenveettil | 23 yrs | W/o Anoop Kizhakkedath\n"
     "Address: Kizhakkedath House, Near St. Sebastian's Church, Kolagappara, Sulthan Bathery, Wayanad 673592\n"
     "Mobile: +91 94470 36218 | Aadhaar: 7428 5093 1660\n"
     "Husband works as a supervisor at Chundakunnu Coffee Estate. She was a teacher at Little Flower Nursery School "
     "till the last term.\n"
     "Obstetric: G2P1L1. First baby (girl, 2.6 kg) by LSCS at District Hospital Mananthavady for fetal distress, born "
     "during Onam two years ago.\n"
     "LMP: 04/08/2025 (sure, regular cycles). EDD by Naegele's rule: 11/05/2026. Gestation today 11+1 weeks.\n"
     "Exam: Wt 46 kg, Ht 151 cm, BMI 20.2, BP 110/70, mild pallor, thyroid not enlarged. Uterus 12 weeks size.\n"
     "Investigations: Hb 9.4 g/dL, blood group B Rh positive, VDRL non-reactive, HIV and HBsAg non-reactive, TSH 3.1 "
     "mIU/L, sickle cell solubility test negative, urine albumin nil. GDM screening (DIPSI, 75 g OGCT): 126 mg/dL.\n"
     "Advice: Td first dose today; IFA 60 mg twice daily for anaemia; calcium 500 mg twice daily from 14 weeks. "
     "Dating and NT scan booked at Government Medical College Kozhikode on 30/10/2025. High-risk register (previous "
     "LSCS, anaemia) - for delivery at a centre with CEmONC.\n"
     "JPHN: Smt. Bindu Vettukattil | ASHA: Remya Chacko (+91 97450 11873)\n"
     "Medical Officer: Dr. Jithin Manakkadavil, TCMC Reg. No. 48215",
     [("HOSPITAL", ["Family Health Centre, Meenangadi"]), ("DATE", ["21.10.2025"]), ("ID", ["132004871529"]),
      ("NAME", ["Sreelakshmi", "Puthenveettil"]), ("NAME", ["Anoop", "Kizhakkedath"]),
      ("ADDRESS", ["Kizhakkedath House"]), ("LOCATION", ["St. Sebastian's Church"]), ("LOCATION", ["Kolagappara"]),
      ("LOCATION", ["Sulthan Bathery"]), ("LOCATION", ["Wayanad"]), ("POSTCODE", ["673592"]),
      ("PHONE", ["+91 94470 36218"]), ("ID", ["7428 5093 1660"]), ("LOCATION", ["Chundakunnu Coffee Estate"]),
      ("LOCATION", ["Little Flower Nursery School"]), ("HOSPITAL", ["District Hospital Mananthavady"]),
      ("DATE", ["Onam"]), ("DATE", ["04/08/2025"]), ("DATE", ["11/05/2026"]),
      ("HOSPITAL", ["Government Medical College Kozhikode"]), ("DATE", ["30/10/2025"]),
      ("NAME", ["Bindu", "Vettukattil"]), ("NAME", ["Remya", "Chacko"]), ("PHONE", ["+91 97450 11873"]),
      ("NAME", ["Jithin", "Manakkadavil"]), ("LICENCE", ["48215"])],
     ["G2P1L1", "LSCS", "Naegele's rule", "11+1 weeks", "BP 110/70", "Hb 9.4 g/dL", "B Rh positive", "TSH 3.1 mIU/L",
      "sickle cell solubility test negative", "DIPSI, 75 g OGCT", "IFA 60 mg twice daily", "CEmONC"]),

    # 4 - Nigeria, Enugu State: histopathology report, breast core biopsy
    ("UNIVERSITY OF NIGERIA TEACHING HOSPITAL, ITUKU-OZALLA\n"
     "Department of Morbid Anatomy - Histopathology Report\n"
     "Lab No.: S/25/04718 | Received: 12/08/2025 | Reported: 19-08-2025 | Report online: "
     "https://lis.unth-ozalla.ng/reports/S2504718\n"
     "Patient: Mrs Chiamaka Obiora-Nwankwo | Age/Sex: 41/F | Hosp. No.: UNTH/214903 | NIN 48120937615\n"
     "Address: No. 7 Ogui Road, Enugu | Phone: 0803 415 2790\n"
     "Next of kin: husband, Mr Ikechukwu Obiora-Nwankwo, trader at Ogbete Main Market.\n"
     "Referred from: Annunciation Specialist Hospital, Emene (Dr Nneka Ughamadu).\n"
     "Requesting clinician: Dr Chukwuemeka Anyaegbunam, Surgical Oncology Unit, Bed 14, Ward 6B.\n"
     "Clinical details: 4 x 3 cm hard, fixed lump, left breast, upper outer quadrant, 5 months; peau d'orange; "
     "ipsilateral axillary nodes. Mammogram BI-RADS 5. Mother died of breast cancer.\n"
     "Specimen: four cores of tan tissue, longest 1.6 cm, all embedded (A1-A2).\n"
     "Microscopy: cores infiltrated by sheets and nests of pleomorphic malignant cells with brisk mitoses (22 per 10 "
     "HPF) and central comedo-type necrosis. No tubule formation. Lymphovascular invasion seen. Focal ductal "
     "carcinoma in situ, high nuclear grade.\n"
     "Immunohistochemistry: ER Allred score 0/8, PR Allred score 0/8, HER2 score 0, Ki-67 about 70%.\n"
     "DIAGNOSIS: Left breast, core biopsy - Invasive carcinoma of no special type, Nottingham grade 3 (3+3+2 = 8/9); "
     "triple-negative phenotype (WHO Classification of Breast Tumours, 5th edition).\n"
     "Comment: discussed by phone with Dr Anyaegbunam on 19/08; suggest BRCA1 testing and referral to the tumour "
     "board.\n"
     "Reported by: Dr Adaeze Okafor-Umeh, FMCPath, MDCN Reg. No. 38412 | adaeze.okaforumeh@unth-ozalla.ng\n"
     "Verified by: Prof. Obinna Ezeugwu-Nnaji",
     [("HOSPITAL", ["UNIVERSITY OF NIGERIA TEACHING HOSPITAL"]), ("LOCATION", ["ITUKU-OZALLA"]), ("ID", ["S/25/04718"]),
      ("DATE", ["12/08/2025"]), ("DATE", ["19-08-2025"]), ("URL", ["https://lis.unth-ozalla.ng/reports/S2504718"]),
      ("NAME", ["Chiamaka", "Obiora-Nwankwo"]), ("MRN", ["UNTH/214903"]), ("ID", ["48120937615"]),
      ("ADDRESS", ["No. 7 Ogui Road"]), ("LOCATION", ["Enugu"]), ("PHONE", ["0803 415 2790"]),
      ("NAME", ["Ikechukwu", "Obiora-Nwankwo"]), ("LOCATION", ["Ogbete Main Market"]),
      ("HOSPITAL", ["Annunciation Specialist Hospital"]), ("LOCATION", ["Emene"]), ("NAME", ["Nneka", "Ughamadu"]),
      ("NAME", ["Chukwuemeka", "Anyaegbunam"]), ("LOCATION", ["Ward 6B"]), ("DATE", ["19/08"]),
      ("NAME", ["Adaeze", "Okafor-Umeh"]), ("LICENCE", ["38412"]), ("EMAIL", ["adaeze.okaforumeh@unth-ozalla.ng"]),
      ("NAME", ["Obinna", "Ezeugwu-Nnaji"])],
     ["peau d'orange", "BI-RADS 5", "22 per 10 HPF", "comedo-type necrosis", "Lymphovascular invasion",
      "ductal carcinoma in situ", "ER Allred score 0/8", "PR Allred score 0/8", "HER2 score 0", "Ki-67 about 70%",
      "Invasive carcinoma of no special type", "Nottingham grade 3 (3+3+2 = 8/9)",
      "WHO Classification of Breast Tumours, 5th edition", "BRCA1"]),

    # 5 - Australia, Tasmania (North-West coast): district nursing visit log, client aged 96, venous leg ulcer
    ("Tasmanian Health Service - Community Nursing (North West), Burnie office\n"
     "DISTRICT NURSING VISIT LOG\n"
     "Client: Mrs Winifred Ada Pinkerton | 96 y | DOB 29/01/1929 | Medicare 5128 40761 1 (ref 2) | IHI 8003 6081 6042 "
     "7159 | DVA Gold Card TX280574\n"
     "Address: 14 Ironcliffe Road, Penguin TAS 7316 | Keysafe at back door, code 2608 | Ph (03) 6437 2914\n"
     "NOK: daughter Lorraine Dobson, Ulverstone, 0418 362 705.\n"
     "Lives alone since her husband Cec died in 1987; still walks to church on Sundays. Frightened of hospital since "
     "her fall in March.\n"
     "Wound: venous leg ulcer L medial gaiter, present since last ANZAC Day. ABPI 0.92 (Doppler, last week).\n"
     "\n"
     "06/10/25 09:15 (JK) Ulcer 4.2 x 3.1 cm, 80% granulation, 20% slough, moderate serous exudate, periwound "
     "maceration. PUSH Tool score 11/17. Cleansed, Inadine, Zetuvit, Coban 2 Lite. Waterlow 16, Braden 15.\n"
     "09/10/25 10:40 (RW) Strikethrough; malodour. Swab taken. Daughter rang.\n"
     "11/10/25 08:50 (JK) Swab: Pseudomonas aeruginosa, heavy growth. No cellulitis, afebrile. Discussed with GP - no "
     "antibiotics; Acticoat for 2 weeks. Pain 3/10 on paracetamol 1 g qid.\n"
     "13/10/25 11:05 (RW) 3.8 x 2.9 cm. PUSH 9/17. MST score 2 - weight 51 kg (was 55 kg in July); dietitian "
     "referral. Her 97th birthday is 29 January - she says she wants \"both legs healed by then\".\n"
     "Next visit in 3 days, then twice weekly.\n"
     "Wound consult if not 40% smaller in 4 weeks: vascular clinic at the North West Regional Hospital.\n"
     "Key: JK Raelene Kowalczyk RN, RW Tobias Wooldridge RN (AHPRA NMW0002281465)",
     [("LOCATION", ["Burnie"]), ("NAME", ["Winifred", "Ada", "Pinkerton"]), ("AGE", ["96 y"]),
      ("DOB90", ["29/01/1929"]), ("ID", ["5128 40761 1"]), ("ID", ["8003 6081 6042 7159"]), ("ID", ["TX280574"]),
      ("ADDRESS", ["14 Ironcliffe Road"]), ("LOCATION", ["Penguin"]), ("POSTCODE", ["7316"]), ("CODE", ["2608"]),
      ("PHONE", ["(03) 6437 2914"]), ("NAME", ["Lorraine", "Dobson"]), ("LOCATION", ["Ulverstone"]),
      ("PHONE", ["0418 362 705"]), ("NAME", ["Cec"]), ("DATE", ["1987"]), ("DATE", ["March"]), ("DATE", ["ANZAC Day"]),
      ("DATE", ["06/10/25"]), ("NAME", ["JK"]), ("DATE", ["09/10/25"]), ("DATE", ["11/10/25"]), ("DATE", ["13/10/25"]),
      ("NAME", ["RW"]), ("DATE", ["July"]), ("AGE", ["97th birthday"]), ("DATE", ["29 January"]),
      ("HOSPITAL", ["North West Regional Hospital"]), ("NAME", ["Raelene", "Kowalczyk"]),
      ("NAME", ["Tobias", "Wooldridge"]), ("LICENCE", ["NMW0002281465"])],
     ["venous leg ulcer", "ABPI 0.92", "80% granulation", "PUSH Tool score 11/17", "Inadine", "Coban 2 Lite",
      "Waterlow 16", "Braden 15", "Pseudomonas aeruginosa", "Acticoat", "Pain 3/10", "paracetamol 1 g qid", "PUSH 9/17",
      "MST score 2"]),

    # 6 - China, Sichuan (Chengdu): respiratory ward nursing handover, four patients (simplified Chinese)
    ("成都市温江区人民医院 呼吸与危重症医学科 六病区\n"
     "护理交接班记录 2025年11月18日 夜班→白班（07:45）\n"
     "交班护士：蒲晓燕　接班护士：钟雪梅　值班医生：冉德明（分机 8213）\n"
     "\n"
     "12床 罗志强，男，68岁，住院号 0047821，COPD急性加重，入院第3天。夜间02:30气促加重，SpO2 86%，BiPAP（IPAP 16/EPAP 6 cmH2O）后升至92%。血气：PaCO2 62 "
     "mmHg。Braden评分 13分。其子罗健（手机 139 8176 5024）今早10点来签无创通气同意书。\n"
     "15床 杨秀英，女，71岁，住院号 0047839，社区获得性肺炎，痰培养：肺炎克雷伯菌。体温最高 38.6℃。Morse跌倒评分 55分，已加床栏。医保卡号 "
     "510124195402183428（家属说身份证号同）。家住郫都区犀浦镇高山村三组。\n"
     "17床 高山，男，45岁，住院号 0047855，肺结核待排，已转负压病房隔离。三次痰涂片抗酸杆菌待回报。工作单位：成都天府软件园某公司，同事3人已登记为密切接触者。\n"
     "20床 何平，女，38岁，住院号 0047860，支气管哮喘急性发作，今晨PEF 180 L/min（预计值的45%）。沙丁胺醇雾化 q4h。对阿司匹林过敏。丈夫邓宇航，微信号 dengyuhang_cd88。\n"
     "\n"
     "特殊事项：12床家属要求转回双流区中医医院，已告知主管医生冉德明。11月20日（周四）科室质控检查。\n"
     "签名：蒲晓燕 / 钟雪梅",
     [("HOSPITAL", ["成都市温江区人民医院"]), ("LOCATION", ["六病区"]), ("DATE", ["2025年11月18日"]), ("NAME", ["蒲晓燕"]),
      ("NAME", ["钟雪梅"]), ("NAME", ["冉德明"]), ("PHONE", ["8213"]), ("NAME", ["罗志强"]), ("MRN", ["0047821"]),
      ("NAME", ["罗健"]), ("PHONE", ["139 8176 5024"]), ("NAME", ["杨秀英"]), ("MRN", ["0047839"]),
      ("ID", ["510124195402183428"]), ("LOCATION", ["郫都区"]), ("LOCATION", ["犀浦镇"]), ("ADDRESS", ["高山村三组"]),
      ("NAME", ["高山"]), ("MRN", ["0047855"]), ("LOCATION", ["成都天府软件园"]), ("NAME", ["何平"]), ("MRN", ["0047860"]),
      ("NAME", ["邓宇航"]), ("HANDLE", ["dengyuhang_cd88"]), ("HOSPITAL", ["双流区中医医院"]), ("DATE", ["11月20日"])],
     ["COPD急性加重", "SpO2 86%", "IPAP 16/EPAP 6", "PaCO2 62 mmHg", "Braden评分 13分", "无创通气", "社区获得性肺炎", "肺炎克雷伯菌", "38.6℃",
      "Morse跌倒评分 55分", "抗酸杆菌", "PEF 180 L/min", "沙丁胺醇雾化 q4h", "对阿司匹林过敏"]),

    # 7 - Wales, Ceredigion: adult safeguarding referral by a district nurse (financial abuse and neglect)
    ("CEREDIGION COUNTY COUNCIL - ADULT AT RISK REPORT (section 126, Social Services and Well-being (Wales) Act "
     "2014)\n"
     "To: Ceredigion Adult Safeguarding Team | Tel 01545 574 000 | safeguarding.adults@ceredigion.example.gov.uk\n"
     "Date/time of report: Mon 17/11/2025 16:20\n"
     "Referrer: Glesni Pugh-Morgan, community staff nurse, Aberaeron District Nursing Team (NMC PIN 11I4829W), mobile "
     "07964 528 113\n"
     "Adult at risk: Mr Gwilym Tudor Rowlands | 79 | DOB 02.06.1946 | NHS No. 641 805 7295 | NI No. JT 48 27 61 C\n"
     "Address: Tŷ Capel, Heol y Dŵr, Llanon SY23 5HX\n"
     "GP: Dr Meirion Elis-Thomas, Minaeron Surgery, Aberaeron.\n"
     "Concerns: Mr Rowlands has Alzheimer's disease (MoCA 14/30 at the memory clinic at Bronglais in the spring) and "
     "lives with his grandson, Kyle Rowlands-Price (about 24). Since late September the fridge has been empty on most "
     "visits; weight down from 68 kg to 59.6 kg (MUST score 2, BMI 18.1). A grade 2 pressure ulcer on the sacrum has "
     "appeared since 03/11. Donepezil 10 mg and his other tablets were found unopened in a drawer.\n"
     "Mr Rowlands told me twice that \"the boy has my card\" and that his pension from the Felinfach creamery \"goes "
     "before Friday\". Kyle drives a new black Golf, registration CP68 WXF, and posts from it on Instagram as "
     "@kyle.rp_llanon. Neighbour Mrs Dilys Haverfield says strangers call late at night.\n"
     "Capacity: he could not retain information about his money on 14 November; no Lasting Power of Attorney known.\n"
     "Immediate safety: no physical injuries seen; he does not want to leave home. His daughter, who lives in "
     "Cardiff, has been told of the referral with his agreement.\n"
     "Actions: reported to my team leader Cerys Bowen-Lloyd; GP informed; Dyfed-Powys Police not contacted yet.\n"
     "Signed: G. Pugh-Morgan",
     [("LOCATION", ["CEREDIGION"]), ("LOCATION", ["Ceredigion"]), ("PHONE", ["01545 574 000"]),
      ("EMAIL", ["safeguarding.adults@ceredigion.example.gov.uk"]), ("DATE", ["17/11/2025"]),
      ("NAME", ["Glesni", "Pugh-Morgan"]), ("LOCATION", ["Aberaeron"]), ("LICENCE", ["11I4829W"]),
      ("PHONE", ["07964 528 113"]), ("NAME", ["Gwilym", "Tudor", "Rowlands"]), ("DATE", ["02.06.1946"]),
      ("ID", ["641 805 7295"]), ("ID", ["JT 48 27 61 C"]), ("ADDRESS", ["Tŷ Capel", "Heol y Dŵr"]),
      ("LOCATION", ["Llanon"]), ("POSTCODE", ["SY23 5HX"]), ("NAME", ["Meirion", "Elis-Thomas"]),
      ("HOSPITAL", ["Minaeron Surgery"]), ("HOSPITAL", ["Bronglais"]), ("NAME", ["Kyle", "Rowlands-Price"]),
      ("DATE", ["late September"]), ("DATE", ["03/11"]), ("LOCATION", ["Felinfach creamery"]), ("PLATE", ["CP68 WXF"]),
      ("HANDLE", ["kyle.rp_llanon"]), ("NAME", ["Dilys", "Haverfield"]), ("DATE", ["14 November"]),
      ("LOCATION", ["Cardiff"]), ("NAME", ["Cerys", "Bowen-Lloyd"]), ("LOCATION", ["Dyfed-Powys"])],
     ["Social Services and Well-being (Wales) Act 2014", "Alzheimer's disease", "MoCA 14/30", "MUST score 2",
      "BMI 18.1", "grade 2 pressure ulcer", "Donepezil 10 mg", "Lasting Power of Attorney", "68 kg to 59.6 kg",
      "no physical injuries seen"]),

    # 8 - Canada, Newfoundland and Labrador (Gander; Fogo Island): operative report, gangrenous cholecystitis
    ("Central Health - James Paton Memorial Regional Health Centre, Gander NL\n"
     "OPERATIVE REPORT | Date of surgery: October 21, 2025 | OR 2 | Dictation job #7730418\n"
     "Patient: Glenys Noseworthy-Pardy | F | 56 | DOB 1969-02-27 | MCP 420918573164 | Chart G-0381947\n"
     "Home: 12 Back Harbour Road, Seldom, Fogo Island NL A0G 3Z0\n"
     "Surgeon: Dr. Tariq Al-Samarrai (CPSNL F 04821) | Assistant: Dr. Hollis Keough, PGY-3\n"
     "Anesthesia: Dr. Marguerite Rideout | Scrub RN: Darlene Mercer | Circulating: Trevor Oram, LPN\n"
     "Preoperative diagnosis: acute calculous cholecystitis, Tokyo Guidelines 2018 grade II (TG18), symptoms x 5 "
     "days; delayed presentation because the Farewell ferry was cancelled by weather.\n"
     "Postoperative diagnosis: gangrenous cholecystitis.\n"
     "Procedure: laparoscopic subtotal fenestrating cholecystectomy; drain.\n"
     "Anesthesia: GA, ETT. ASA 2. Cefazolin 2 g IV at induction.\n"
     "Findings: Parkland grade 4 gallbladder with dense omental adhesions; large stone impacted in Hartmann's pouch; "
     "critical view of safety (Strasberg) NOT achieved after 40 min - bailout per SAGES Safe Cholecystectomy.\n"
     "Technique: Hasson open entry at the umbilicus, pneumoperitoneum 12 mmHg, three 5 mm ports. Fundus-first "
     "dissection with Harmonic ACE+7 (serial HAR7-2219406K). Gallbladder opened, 14 stones and pus removed, cystic "
     "duct orifice closed from inside with 2-0 Vicryl purse-string. 19 Fr Blake drain to the gallbladder fossa. 0 "
     "Vicryl fascia at umbilicus, 4-0 Monocryl subcuticular.\n"
     "EBL 150 mL. Specimen: gallbladder wall and stones to pathology (S25-11874). No complications; counts correct "
     "x2.\n"
     "Plan: piperacillin-tazobactam 4.5 g IV q8h; LFTs AM; if bile leak over 200 mL/day, ERCP at the Health Sciences "
     "Centre in St. John's. Clinic Fri Nov 7.\n"
     "Husband Clarence Pardy updated by phone, (709) 266-3041.\n"
     "T. Al-Samarrai, MD, FRCSC | transcribed 10/21/2025 by VR",
     [("HOSPITAL", ["James Paton Memorial Regional Health Centre"]), ("LOCATION", ["Gander"]),
      ("DATE", ["October 21, 2025"]), ("ID", ["7730418"]), ("NAME", ["Glenys", "Noseworthy-Pardy"]),
      ("DATE", ["1969-02-27"]), ("ID", ["420918573164"]), ("MRN", ["G-0381947"]), ("ADDRESS", ["12 Back Harbour Road"]),
      ("LOCATION", ["Seldom"]), ("LOCATION", ["Fogo Island"]), ("POSTCODE", ["A0G 3Z0"]),
      ("NAME", ["Tariq", "Al-Samarrai"]), ("LICENCE", ["F 04821"]), ("NAME", ["Hollis", "Keough"]),
      ("NAME", ["Marguerite", "Rideout"]), ("NAME", ["Darlene", "Mercer"]), ("NAME", ["Trevor", "Oram"]),
      ("LOCATION", ["Farewell"]), ("SERIAL", ["HAR7-2219406K"]), ("ID", ["S25-11874"]),
      ("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["St. John's"]), ("DATE", ["Nov 7"]),
      ("NAME", ["Clarence", "Pardy"]), ("PHONE", ["(709) 266-3041"]), ("DATE", ["10/21/2025"])],
     ["acute calculous cholecystitis", "Tokyo Guidelines 2018 grade II", "gangrenous cholecystitis", "ASA 2",
      "Cefazolin 2 g IV", "Parkland grade 4", "Hartmann's pouch", "critical view of safety (Strasberg)",
      "SAGES Safe Cholecystectomy", "Hasson open entry", "Harmonic ACE+7", "19 Fr Blake drain", "4-0 Monocryl",
      "piperacillin-tazobactam 4.5 g IV q8h"]),

    # 9 - Peru, Cusco (Quispicanchi): referral form from a rural health post, Carrion's disease (Spanish)
    ("HOJA DE REFERENCIA - SIS\n"
     "Establecimiento de origen: Puesto de Salud Ccatcca, Microred Urcos, provincia de Quispicanchi, Cusco\n"
     "Establecimiento de destino: Hospital Antonio Lorena - Servicio de Pediatría\n"
     "Fecha y hora: 03/07/2025, 06:40\n"
     "Paciente: Yoel Huamán Quispe | 6 años | masculino | F. nac.: 14-02-2019 | DNI 78451236 | HC 004127\n"
     "Domicilio: Comunidad Campesina de Huaracconi, anexo Kcallachaca (a 2 horas a pie de la carretera)\n"
     "Madre: Rosa Quispe Mamani, DNI 41720385, cel. 984 617 203. Padre: Florencio Huamán Ccahuana, cargador en el "
     "mercado de San Pedro.\n"
     "Antecedente epidemiológico: la familia viajó a La Convención (Quillabamba) para la cosecha de café en junio y "
     "volvió para el Inti Raymi, el 24 de junio. Picaduras de \"titira\" (Lutzomyia) referidas por la madre.\n"
     "Motivo de referencia: fiebre de 10 días, palidez marcada, ictericia y dolor abdominal.\n"
     "Examen: T 38,9 °C, FC 142 lpm, FR 36 rpm, SatO2 89% (aire ambiente, 3400 m s. n. m.), escala de Glasgow 14/15. "
     "Palidez ++++, ictericia, soplo sistólico II/VI, hepatoesplenomegalia (hígado a 4 cm del reborde costal).\n"
     "Exámenes: Hb 6,2 g/dL (HemoCue). Frotis de sangre periférica, tinción de Giemsa: Bartonella bacilliformis en "
     "más del 60% de los hematíes.\n"
     "Diagnóstico: Enfermedad de Carrión, fase aguda (Fiebre de la Oroya) con anemia hemolítica severa.\n"
     "Tratamiento iniciado: oxígeno por cánula binasal 2 L/min, ceftriaxona 75 mg/kg/día EV (primera dosis 06:10), "
     "según la NTS N.° 048-MINSA. Se solicita transfusión y evaluación por UCI pediátrica.\n"
     "Refiere: Dr. Wilber Ccorimanya Huillca, médico SERUMS, CMP 089174 | Acompaña: Lic. Enf. Marleny Choque Apaza, "
     "CEP 48213\n"
     "Traslado en la ambulancia de la Microred, placa EGK-318, conductor Sr. Teófilo Condori.",
     [("HOSPITAL", ["Puesto de Salud Ccatcca"]), ("LOCATION", ["Urcos"]), ("LOCATION", ["Quispicanchi"]),
      ("LOCATION", ["Cusco"]), ("HOSPITAL", ["Hospital Antonio Lorena"]), ("DATE", ["03/07/2025"]),
      ("NAME", ["Yoel", "Huamán", "Quispe"]), ("DATE", ["14-02-2019"]), ("ID", ["78451236"]), ("MRN", ["004127"]),
      ("LOCATION", ["Huaracconi"]), ("LOCATION", ["Kcallachaca"]), ("NAME", ["Rosa", "Mamani"]), ("ID", ["41720385"]),
      ("PHONE", ["984 617 203"]), ("NAME", ["Florencio", "Ccahuana"]), ("LOCATION", ["mercado de San Pedro"]),
      ("LOCATION", ["La Convención"]), ("LOCATION", ["Quillabamba"]), ("DATE", ["junio"]), ("DATE", ["Inti Raymi"]),
      ("DATE", ["24 de junio"]), ("NAME", ["Wilber", "Ccorimanya", "Huillca"]), ("LICENCE", ["089174"]),
      ("NAME", ["Marleny", "Choque", "Apaza"]), ("LICENCE", ["48213"]), ("PLATE", ["EGK-318"]),
      ("NAME", ["Teófilo", "Condori"])],
     ["Lutzomyia", "T 38,9 °C", "FC 142 lpm", "SatO2 89%", "escala de Glasgow 14/15", "soplo sistólico II/VI",
      "hepatoesplenomegalia", "Hb 6,2 g/dL", "tinción de Giemsa", "Bartonella bacilliformis", "Enfermedad de Carrión",
      "Fiebre de la Oroya", "ceftriaxona 75 mg/kg/día EV", "NTS N.° 048-MINSA"]),

    # 10 - Kenya, Kisumu County: community mental health nurse home review, schizophrenia on depot
    ("Kisumu County Department of Health - Community Mental Health Programme\n"
     "COMMUNITY PSYCHIATRIC REVIEW (home visit) | Thursday 16/10/2025 | Visit no. 14\n"
     "Client: Kevin Otieno Okumu | 29 M | ID No. 31847562 | SHA No. CR8021547732-6 | Clinic file JOOTRH/PSY/2231\n"
     "Residence: Nyalenda B, plot next to Got Owak Legio Maria church, off Nyamasaria Road. Phone (mother): 0722 418 "
     "603.\n"
     "Lives with mother Mrs Pamela Akoth Okumu (a fishmonger at Dunga Beach) and two younger sisters. Works as a "
     "boda-boda rider; motorcycle reg. KMFC 482J.\n"
     "Diagnosis: Schizophrenia (ICD-11 6A20), first episode under Dr Beatrice Nyakwar at Jaramogi Oginga Odinga "
     "Teaching and Referral Hospital; last admission ended 02.06.2025. HIV positive on TLD, viral load <50 copies/mL "
     "(July).\n"
     "Since last visit (18 September): took his depot on time; sleeping well; no voices since around Mashujaa Day, "
     "says mother. Cannabis (\"bhang\") twice weekly with friends at the stage near Kibuye market; alcohol on "
     "Saturdays, AUDIT score 14.\n"
     "MSE: calm, good eye contact, speech normal rate; mood \"fine\"; no delusions elicited; denies hallucinations "
     "and suicidal thoughts; insight partial.\n"
     "Scales: BPRS 38 (was 61 in June), AIMS 4, mild extrapyramidal side effects (cogwheel rigidity R wrist).\n"
     "Plan: fluphenazine decanoate (Modecate) 25 mg IM every 4 weeks - given today L gluteal, batch MD2417; benzhexol "
     "2 mg bd; brief intervention for cannabis; refer to the Kisumu Youth Empowerment Centre for the Nyalenda sober "
     "group. Next visit 13/11/2025. Mental Health (Amendment) Act 2022 - voluntary status continues.\n"
     "CHV for the household: Mr Fredrick Ouma (0733 250 917).\n"
     "Seen by: Rosemary Anyango Omolo, Community Psychiatric Nurse, NCK Reg. 49218 | "
     "rosemary.omolo@kisumuhealth.example.go.ke",
     [("LOCATION", ["Kisumu County"]), ("DATE", ["16/10/2025"]), ("NAME", ["Kevin", "Otieno", "Okumu"]),
      ("ID", ["31847562"]), ("ID", ["CR8021547732-6"]), ("MRN", ["JOOTRH/PSY/2231"]), ("LOCATION", ["Nyalenda B"]),
      ("LOCATION", ["Got Owak Legio Maria church"]), ("ADDRESS", ["Nyamasaria Road"]), ("PHONE", ["0722 418 603"]),
      ("NAME", ["Pamela", "Akoth"]), ("LOCATION", ["Dunga Beach"]), ("PLATE", ["KMFC 482J"]),
      ("NAME", ["Beatrice", "Nyakwar"]), ("HOSPITAL", ["Jaramogi Oginga Odinga Teaching and Referral Hospital"]),
      ("DATE", ["02.06.2025"]), ("DATE", ["July"]), ("DATE", ["18 September"]), ("DATE", ["Mashujaa Day"]),
      ("LOCATION", ["Kibuye market"]), ("DATE", ["June"]), ("LOCATION", ["Kisumu Youth Empowerment Centre"]),
      ("LOCATION", ["Nyalenda"]), ("DATE", ["13/11/2025"]), ("NAME", ["Fredrick", "Ouma"]), ("PHONE", ["0733 250 917"]),
      ("NAME", ["Rosemary", "Anyango", "Omolo"]), ("LICENCE", ["49218"]),
      ("EMAIL", ["rosemary.omolo@kisumuhealth.example.go.ke"])],
     ["Schizophrenia (ICD-11 6A20)", "HIV positive on TLD", "viral load <50 copies/mL", "AUDIT score 14",
      "no delusions elicited", "BPRS 38", "AIMS 4", "extrapyramidal side effects", "cogwheel rigidity",
      "fluphenazine decanoate (Modecate) 25 mg IM", "benzhexol 2 mg", "brief intervention for cannabis",
      "Mental Health (Amendment) Act 2022"]),

    # 11 - USA, Alaska (Kenai Peninsula): ambulance patient care report, moose-vehicle collision
    ("Anchor Point Fire & EMS - PATIENT CARE REPORT (ePCR)\n"
     "Incident #25-004187 | Unit Medic 51 | Date 12/02/2025 | Kenai Peninsula Borough dispatch (CAD 2512020611)\n"
     "Times: call 06:11 | enroute 06:13 | on scene 06:29 | pt contact 06:31 | depart 06:58 | at destination 07:36\n"
     "Location: Sterling Hwy MP 151, about 2 mi south of Ninilchik; pickup vs. cow moose; temp -12 F, dark, icy.\n"
     "Patient: Dusty Kvasnikoff | 34 M | DOB 07/19/1991 | home 58120 Kachemak Drive, Anchor Point AK 99556 | cell "
     "(907) 235-0618 | works on the boats out of the Homer Spit harbor\n"
     "Vehicle: Ford F-150, AK plate JHK 418, driver, belted, airbag deployed, roof intrusion ~8 in, self-extricated "
     "with help from a passer-by (Trygve Solberg, Kasilof, (907) 262-4471).\n"
     "Chief complaint: L thigh and neck pain.\n"
     "Assessment: GCS 14 (E3V5M6), amnesia for the impact. Midline C-spine tenderness - fails NEXUS criteria. Obvious "
     "deformity L femur, distal pulses present. Pelvis stable. Chest clear, equal.\n"
     "Vitals: 06:34 BP 146/92, HR 118, RR 22, SpO2 93% RA -> 96% on 4 L NC; 06:50 BP 138/88, HR 110, ETCO2 34 mmHg. "
     "12-lead: sinus tachycardia. BGL 141. Revised Trauma Score 11.\n"
     "Treatment: c-collar, Kendrick Extrication Device to the cot, Sager traction splint L leg, IV 18 g R AC, "
     "fentanyl 50 mcg IN at 06:41 then 50 mcg IV at 06:52 (JM). Warm blankets, heat packs.\n"
     "Monitor: LIFEPAK 15, serial 44817209, data uploaded to the hospital at 07:40.\n"
     "Transport priority 2 to South Peninsula Hospital, Homer; report to Charge RN Sunny Moonin at 07:20. Girlfriend "
     "Jolene Tuckerman notified by phone at patient's request.\n"
     "Crew: Jody Mikkelsen, Paramedic (AK MICP 4172) - lead (JM); Corbin Ashby, EMT-3 (AK E-92318) - driver",
     [("LOCATION", ["Anchor Point"]), ("ID", ["25-004187"]), ("DATE", ["12/02/2025"]),
      ("LOCATION", ["Kenai Peninsula Borough"]), ("ID", ["2512020611"]), ("ADDRESS", ["Sterling Hwy MP 151"]),
      ("LOCATION", ["Ninilchik"]), ("NAME", ["Dusty", "Kvasnikoff"]), ("DATE", ["07/19/1991"]),
      ("ADDRESS", ["58120 Kachemak Drive"]), ("POSTCODE", ["99556"]), ("PHONE", ["(907) 235-0618"]),
      ("LOCATION", ["Homer Spit"]), ("PLATE", ["JHK 418"]), ("NAME", ["Trygve", "Solberg"]), ("LOCATION", ["Kasilof"]),
      ("PHONE", ["(907) 262-4471"]), ("NAME", ["JM"]), ("SERIAL", ["44817209"]),
      ("HOSPITAL", ["South Peninsula Hospital"]), ("LOCATION", ["Homer"]), ("NAME", ["Sunny", "Moonin"]),
      ("NAME", ["Jolene", "Tuckerman"]), ("NAME", ["Jody", "Mikkelsen"]), ("LICENCE", ["4172"]),
      ("NAME", ["Corbin", "Ashby"]), ("LICENCE", ["E-92318"])],
     ["GCS 14 (E3V5M6)", "NEXUS criteria", "Obvious deformity L femur", "BP 146/92", "SpO2 93% RA", "ETCO2 34 mmHg",
      "sinus tachycardia", "Revised Trauma Score 11", "Kendrick Extrication Device", "Sager traction splint",
      "fentanyl 50 mcg IN", "LIFEPAK 15"]),

    # 12 - Cyprus, Limassol district: radiology request and CT report, hepatic hydatid cyst (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ - Ακτινολογικό Τμήμα\n"
     "ΑΙΤΗΣΗ ΑΚΤΙΝΟΛΟΓΙΚΗΣ ΕΞΕΤΑΣΗΣ | Παραπεμπτικό ΓεΣΥ αρ. 7104582931 | Ημ. παραπομπής: 29 Δεκεμβρίου 2025\n"
     "Αιτών ιατρός: Δρ Χαράλαμπος Κυριακίδης, Προσωπικός Ιατρός, Πλάτρες | Κωδ. ΓεΣΥ 40318 | τηλ. 25 421 318\n"
     "Ασθενής: Σάββας Χατζηπαναγής | 62 ετών | γεν. 09/11/1963 | Αρ. Ταυτότητας 718406 | Αρ. Δικαιούχου 2058314\n"
     "Διεύθυνση: Αγίου Γεωργίου 5, 4760 Όμοδος | κιν. 99 641 273\n"
     "Κτηνοτρόφος (αιγοπρόβατα, τρεις σκύλοι στη μάντρα). Σύζυγος: Γιαννού, κιν. 96 518 720.\n"
     "Κλινικές πληροφορίες: άλγος δεξιού υποχονδρίου 2 μηνών· υπερηχογράφημα στο Ιατρικό Κέντρο Αγρού έδειξε κυστική "
     "βλάβη ήπατος. Ηωσινοφιλία 9%. Ερώτημα: εχινόκοκκος;\n"
     "Κρεατινίνη 0,9 mg/dL. Αλλεργία σε σκιαγραφικό: όχι.\n"
     "\n"
     "ΕΚΘΕΣΗ - Αξονική τομογραφία άνω και κάτω κοιλίας με ενδοφλέβιο σκιαγραφικό\n"
     "Ημ. εξέτασης: 14/01/2026 (η πρώτη ελεύθερη ημέρα μετά τα Φώτα) | Αρ. πρόσβασης LIM-CT-2601-0417\n"
     "Ευρήματα: Στο τμήμα VII του δεξιού λοβού του ήπατος κυστική βλάβη 9,2 x 7,8 cm με πολλαπλές θυγατρικές κύστεις "
     "και αποκολλημένη, αναδιπλωμένη ενδοκύστη (σημείο του νούφαρου, water lily sign). Επασβεστώσεις στο τοίχωμα. "
     "Ήπια διάταση των ενδοηπατικών χοληφόρων πλησίον της βλάβης - πιθανή επικοινωνία με χοληφόρο. Σπλήνας, νεφροί "
     "και πνευμονικές βάσεις χωρίς κύστεις.\n"
     "Συμπέρασμα: Υδατιδώδης κύστη ήπατος, στάδιο CE3b κατά WHO-IWGE (τύπος III κατά Gharbi). Συστήνεται MRCP, "
     "χειρουργική εκτίμηση στο Γενικό Νοσοκομείο Λευκωσίας και αλβενδαζόλη 400 mg x 2. Όχι PAIR λόγω επικοινωνίας.\n"
     "Τηλεφωνική ενημέρωση του αιτούντα ιατρού την ίδια ημέρα, 12:40.\n"
     "Ακτινολόγος: Δρ Ανδρούλλα Μιχαηλίδου | ΑΜ ΠΙΣ 2914 | a.michaelidou@radiology-lim.example.cy\n"
     "Εικόνες: https://pacs.lim-gh.example.cy/viewer?acc=LIMCT26010417",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ"]), ("ID", ["7104582931"]), ("DATE", ["29 Δεκεμβρίου 2025"]),
      ("NAME", ["Χαράλαμπος", "Κυριακίδης"]), ("LOCATION", ["Πλάτρες"]), ("LICENCE", ["40318"]),
      ("PHONE", ["25 421 318"]), ("NAME", ["Σάββας", "Χατζηπαναγής"]), ("DATE", ["09/11/1963"]), ("ID", ["718406"]),
      ("ID", ["2058314"]), ("ADDRESS", ["Αγίου Γεωργίου 5"]), ("POSTCODE", ["4760"]), ("LOCATION", ["Όμοδος"]),
      ("PHONE", ["99 641 273"]), ("NAME", ["Γιαννού"]), ("PHONE", ["96 518 720"]),
      ("HOSPITAL", ["Ιατρικό Κέντρο Αγρού"]), ("DATE", ["14/01/2026"]), ("DATE", ["Φώτα"]),
      ("ID", ["LIM-CT-2601-0417"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Λευκωσίας"]),
      ("NAME", ["Ανδρούλλα", "Μιχαηλίδου"]), ("LICENCE", ["2914"]),
      ("EMAIL", ["a.michaelidou@radiology-lim.example.cy"]),
      ("URL", ["https://pacs.lim-gh.example.cy/viewer?acc=LIMCT26010417"])],
     ["άλγος δεξιού υποχονδρίου", "Ηωσινοφιλία 9%", "Κρεατινίνη 0,9 mg/dL", "τμήμα VII", "9,2 x 7,8 cm",
      "θυγατρικές κύστεις", "σημείο του νούφαρου", "water lily sign", "Υδατιδώδης κύστη ήπατος", "CE3b κατά WHO-IWGE",
      "τύπος III κατά Gharbi", "MRCP", "αλβενδαζόλη 400 mg x 2", "PAIR"]),

    # 13 - New Zealand, Canterbury (Hurunui): physiotherapy discharge summary after rotator cuff repair
    ("Hurunui Physio & Rehab - 41 Carters Road, Amberley 7410 | ph 03 314 9268\n"
     "PHYSIOTHERAPY DISCHARGE SUMMARY\n"
     "To: Dr Nerida Haldane, Cheviot Medical Centre | cc: Mr Hamish Sinclair-Tautahi, orthopaedic surgeon, Forte "
     "Health\n"
     "Patient: Wiremu Parata-Hosking | DOB 11 Apr 1979 | NHI PKT7280 | ACC claim 1085472910\n"
     "Address: 266 Hanmer Road, Cheviot | mob 027 418 5530\n"
     "Occupation: shearer (contract gang run by Tama Kereopa out of Waiau) and plays senior rugby.\n"
     "Injury: fell off a quad bike mustering on 4 March; full-thickness supraspinatus tear, arthroscopic repair at "
     "Forte on 19/03/2025. Sling for 6/52, then rehab here from 05/05/2025 (18 sessions, with a break over "
     "Matariki).\n"
     "Discharge assessment (12/09/2025):\n"
     "- AROM R shoulder: flexion 170°, abduction 165°, ER 60° (L 70°), IR to T8\n"
     "- Strength: ER 4+/5, empty can test 4/5 and pain-free; Hawkins-Kennedy negative; Neer's sign negative\n"
     "- Oxford Shoulder Score 41/48 (from 18/48); QuickDASH 11.4; work module 25\n"
     "- Sheared 120 sheep in a trial run last week without pain\n"
     "Goals met. Discharged to a home programme (Theraband green, sleeper stretch). Graded return: half days with the "
     "gang for 4 weeks, full tallies from the start of the main shearing in October. Rugby: non-contact until his "
     "6-month review with Mr Sinclair-Tautahi.\n"
     "Thanks for the referral - kia ora.\n"
     "Mereana Tipoki-Wallace, Physiotherapist | Physiotherapy Board reg. 81247 | mereana@hurunuiphysio.example.nz",
     [("HOSPITAL", ["Hurunui Physio & Rehab"]), ("ADDRESS", ["41 Carters Road"]), ("LOCATION", ["Amberley"]),
      ("POSTCODE", ["7410"]), ("PHONE", ["03 314 9268"]), ("NAME", ["Nerida", "Haldane"]),
      ("HOSPITAL", ["Cheviot Medical Centre"]), ("NAME", ["Hamish", "Sinclair-Tautahi"]),
      ("HOSPITAL", ["Forte Health"]), ("NAME", ["Wiremu", "Parata-Hosking"]), ("DATE", ["11 Apr 1979"]),
      ("ID", ["PKT7280"]), ("ID", ["1085472910"]), ("ADDRESS", ["266 Hanmer Road"]), ("LOCATION", ["Cheviot"]),
      ("PHONE", ["027 418 5530"]), ("NAME", ["Tama", "Kereopa"]), ("LOCATION", ["Waiau"]), ("DATE", ["4 March"]),
      ("HOSPITAL", ["Forte"]), ("DATE", ["19/03/2025"]), ("DATE", ["05/05/2025"]), ("DATE", ["Matariki"]),
      ("DATE", ["12/09/2025"]), ("DATE", ["October"]), ("NAME", ["Mereana", "Tipoki-Wallace"]), ("LICENCE", ["81247"]),
      ("EMAIL", ["mereana@hurunuiphysio.example.nz"])],
     ["full-thickness supraspinatus tear", "6/52", "ER 60°", "ER 4+/5", "empty can test 4/5",
      "Hawkins-Kennedy negative", "Neer's sign negative", "Oxford Shoulder Score 41/48", "QuickDASH 11.4",
      "Theraband green", "sleeper stretch"]),

    # 14 - South Africa, Eastern Cape (OR Tambo district): infection prevention and control notification, diphtheria
    ("Nelson Mandela Academic Hospital, Mthatha - Infection Prevention and Control Unit\n"
     "NOTIFIABLE MEDICAL CONDITION - CATEGORY 1 (immediate) | NMC case ID EC-NMAH-25-00712\n"
     "Notified to: OR Tambo District Communicable Disease Control, the NICD hotline and "
     "outbreak.ec@health.example.gov.za on 23/09/2025 at 17:05 - the eve of Heritage Day; the district CDC "
     "coordinator, Mr Luthando Gqirana, called back at 17:40.\n"
     "Case: Lwazi Mbangwa-Ntlabathi | 7 y M | DOB 14/02/2018 | ID 1802145631089 | Folder no. 2254183\n"
     "Admitted: paediatric isolation cubicle 3, Ward 12A, from Zithulele Hospital (transfer 22 Sept).\n"
     "Home: Mankosi village, near Coffee Bay, Mqanduli area; Grade 2 learner at Ntlonyana Junior Secondary School "
     "(about 640 learners).\n"
     "Mother: Ms Nosipho Mbangwa, ID 9504120817087, cell 073 418 2260.\n"
     "Clinical: sore throat and fever 4 days; \"bull neck\"; adherent grey pseudomembrane over both tonsils and "
     "uvula, bleeds when touched; stridor at rest. ECG: first-degree AV block. Troponin T 58 ng/L.\n"
     "Lab: throat swab culture - Corynebacterium diphtheriae biovar mitis; tox gene PCR positive (NICD); Elek test "
     "pending. Immunisation: Road to Health booklet - only the 6-week and 10-week doses; no hexavalent "
     "DTaP-IPV-Hib-HBV after that.\n"
     "Treatment: diphtheria antitoxin 40 000 IU IV (via NICD), benzylpenicillin IV, intubated in PICU on 23/09.\n"
     "Contacts: 6 household (prophylaxis azithromycin given, swabs taken), 2 school classes, Zithulele ward staff; "
     "taxi driver who brought them (plate HPW 418 EC).\n"
     "Reported under the Regulations Relating to the Surveillance and the Control of Notifiable Medical Conditions, "
     "2017.\n"
     "Reporting IPC nurse: Sr Thandeka Mqhayi-Ngcobo (SANC 11840239)",
     [("HOSPITAL", ["Nelson Mandela Academic Hospital"]), ("LOCATION", ["Mthatha"]), ("ID", ["EC-NMAH-25-00712"]),
      ("LOCATION", ["OR Tambo District"]), ("EMAIL", ["outbreak.ec@health.example.gov.za"]), ("DATE", ["23/09/2025"]),
      ("DATE", ["Heritage Day"]), ("NAME", ["Luthando", "Gqirana"]), ("NAME", ["Lwazi", "Mbangwa-Ntlabathi"]),
      ("DATE", ["14/02/2018"]), ("ID", ["1802145631089"]), ("MRN", ["2254183"]), ("LOCATION", ["Ward 12A"]),
      ("HOSPITAL", ["Zithulele Hospital"]), ("DATE", ["22 Sept"]), ("LOCATION", ["Mankosi"]),
      ("LOCATION", ["Coffee Bay"]), ("LOCATION", ["Mqanduli"]), ("LOCATION", ["Ntlonyana Junior Secondary School"]),
      ("NAME", ["Nosipho", "Mbangwa"]), ("ID", ["9504120817087"]), ("PHONE", ["073 418 2260"]), ("DATE", ["23/09"]),
      ("LOCATION", ["Zithulele"]), ("PLATE", ["HPW 418 EC"]), ("NAME", ["Thandeka", "Mqhayi-Ngcobo"]),
      ("LICENCE", ["11840239"])],
     ["CATEGORY 1", "bull neck", "grey pseudomembrane", "first-degree AV block", "Troponin T 58 ng/L",
      "Corynebacterium diphtheriae biovar mitis", "tox gene PCR positive", "Elek test", "Road to Health booklet",
      "DTaP-IPV-Hib-HBV", "diphtheria antitoxin 40 000 IU IV", "benzylpenicillin",
      "Regulations Relating to the Surveillance and the Control of Notifiable Medical Conditions, 2017"]),

    # 15 - Pakistan, Punjab (Bahawalpur): ophthalmology outpatient note, diabetic retinopathy with macular oedema
    ("Bahawal Victoria Hospital, Bahawalpur - Department of Ophthalmology, Eye OPD Room 4\n"
     "Date: 08-09-2025 (15 Rabi-ul-Awwal 1447) | OPD No. 25-EYE-38417 | MR No. BVH-1190342\n"
     "Name: Ghulam Rasool Sandila | S/o Allah Ditta | 58 Y | Male | CNIC 31202-4718305-7\n"
     "Address: Chak 112/DB, Tehsil Yazman, District Bahawalpur | Cell 0301-7846219 (son Kamran Rasool)\n"
     "Occupation: cotton picker, later supervisor at Al-Noor Cotton Ginners, Hasilpur Road.\n"
     "Referred by: Dr Rasheeda Naheed Akhtar, RHC Qaimpur, for blurred vision both eyes since Eid ul Adha.\n"
     "History: type 2 diabetes 14 years, on glibenclamide only, HbA1c 9.6% (August). Hypertension: BP 156/94 today. "
     "Smoker (huqqa).\n"
     "VA (Snellen): RE 6/36, PH 6/24; LE 6/18, PH 6/12. IOP (Goldmann applanation) 16/18 mmHg. RAPD negative. Amsler "
     "grid: metamorphopsia RE.\n"
     "Anterior segment: nuclear sclerosis grade 2 both eyes.\n"
     "Fundus (tropicamide 1% dilated): RE severe NPDR with clinically significant macular oedema, hard exudates "
     "within 500 µm of the fovea; LE proliferative diabetic retinopathy with NVD, no vitreous haemorrhage.\n"
     "OCT macula: RE central subfield thickness 412 µm with intraretinal cysts; LE 286 µm.\n"
     "Plan: RE intravitreal bevacizumab (Avastin) 1.25 mg/0.05 mL - consent taken, booked Saturday 13/09/2025; LE "
     "panretinal photocoagulation (PRP) in 3 sittings starting after the injection; refer to medical OPD for insulin. "
     "Counselled with son in Saraiki.\n"
     "Dr Usman Haroon Chaudhry, Senior Registrar | PMDC 48217-P\n"
     "Seen with Prof. Sughran Waseem Kalhoro",
     [("HOSPITAL", ["Bahawal Victoria Hospital"]), ("LOCATION", ["Bahawalpur"]), ("DATE", ["08-09-2025"]),
      ("DATE", ["15 Rabi-ul-Awwal 1447"]), ("ID", ["25-EYE-38417"]), ("MRN", ["BVH-1190342"]),
      ("NAME", ["Ghulam", "Rasool", "Sandila"]), ("NAME", ["Allah", "Ditta"]), ("ID", ["31202-4718305-7"]),
      ("LOCATION", ["Chak 112/DB"]), ("LOCATION", ["Yazman"]), ("PHONE", ["0301-7846219"]), ("NAME", ["Kamran"]),
      ("LOCATION", ["Al-Noor Cotton Ginners"]), ("ADDRESS", ["Hasilpur Road"]),
      ("NAME", ["Rasheeda", "Naheed", "Akhtar"]), ("HOSPITAL", ["RHC Qaimpur"]), ("DATE", ["Eid ul Adha"]),
      ("DATE", ["August"]), ("DATE", ["13/09/2025"]), ("NAME", ["Usman", "Haroon", "Chaudhry"]),
      ("LICENCE", ["48217-P"]), ("NAME", ["Sughran", "Waseem", "Kalhoro"])],
     ["HbA1c 9.6%", "BP 156/94", "RE 6/36", "LE 6/18", "PH 6/12", "16/18 mmHg", "RAPD negative",
      "nuclear sclerosis grade 2", "severe NPDR", "clinically significant macular oedema",
      "central subfield thickness 412 µm", "bevacizumab (Avastin) 1.25 mg/0.05 mL", "panretinal photocoagulation (PRP)",
      "tropicamide 1%"]),

    # 16 - Hong Kong (Kwai Tsing): emergency department triage record, care home resident aged 93 (traditional)
    ("瑪嘉烈醫院 急症室 分流紀錄\n"
     "到達：2025年11月3日 08:52（救護車，救護員編號 MA4172）｜急症室編號 AE25-1103-4187\n"
     "病人：鄺瑞蓮　女　93歲　出生日期：1932年4月17日　香港身份證：C215094(6)\n"
     "住址：新界葵涌和宜合道88號 安泰護老院 3樓B區12床（院舍電話 2425 6813）\n"
     "聯絡人：兒子 伍家輝　手機 9187 4302（在觀塘上班，約一小時後到）\n"
     "主訴：今早06:30在院舍洗手間跌倒，右髖痛，不能站立。院舍職員 黃翠屏 陪同。\n"
     "病史：高血壓；心房顫動，服華法林 (Warfarin)；阿茲海默症；2019年中風；去年中秋節跌倒，左腕骨折。農曆九月十三剛做完九十三歲大壽。\n"
     "生命表徵：血壓 168/92 mmHg，脈搏 96（不規則），SpO2 97%，體溫 36.8°C，GCS 14 (E4V4M6)，痛分 8/10，血糖 6.4 mmol/L。\n"
     "檢查：右下肢縮短及外旋；左前額瘀傷 3 x 2 cm。Abbreviated Mental Test 4/10（院舍記錄平日 5/10）。\n"
     "分流類別 2（危急）。即時 INR 2.8。\n"
     "處理：靜脈留置針，止痛 paracetamol 1 g IV；X光安排：骨盆及右髖。通知骨科當值醫生 區志明。\n"
     "分流護士：梁穎欣 RN（註冊編號 R118472）｜時間 09:01",
     [("HOSPITAL", ["瑪嘉烈醫院"]), ("DATE", ["2025年11月3日"]), ("ID", ["MA4172"]), ("MRN", ["AE25-1103-4187"]),
      ("NAME", ["鄺瑞蓮"]), ("AGE", ["93歲"]), ("DOB90", ["1932年4月17日"]), ("ID", ["C215094(6)"]), ("LOCATION", ["新界"]),
      ("LOCATION", ["葵涌"]), ("ADDRESS", ["和宜合道88號"]), ("HOSPITAL", ["安泰護老院"]), ("PHONE", ["2425 6813"]),
      ("NAME", ["伍家輝"]), ("PHONE", ["9187 4302"]), ("LOCATION", ["觀塘"]), ("NAME", ["黃翠屏"]), ("DATE", ["2019年"]),
      ("DATE", ["中秋節"]), ("DATE", ["農曆九月十三"]), ("AGE", ["九十三歲"]), ("NAME", ["區志明"]), ("NAME", ["梁穎欣"]),
      ("LICENCE", ["R118472"])],
     ["血壓 168/92 mmHg", "SpO2 97%", "GCS 14 (E4V4M6)", "痛分 8/10", "血糖 6.4 mmol/L", "右下肢縮短及外旋", "華法林 (Warfarin)",
      "阿茲海默症", "心房顫動", "Abbreviated Mental Test 4/10", "分流類別 2", "INR 2.8", "paracetamol 1 g IV"]),

    # 17 - Philippines, Iloilo (Pototan): outbreak line list, food poisoning after a barangay fiesta
    ("MUNICIPAL HEALTH OFFICE - POTOTAN, ILOILO | Rural Health Unit I\n"
     "OUTBREAK LINE LIST - suspected foodborne illness (PIDSR event-based report to PESU and RESU 6)\n"
     "Event: fiesta lunch for the barangay patron saint, Brgy. Lumbo covered court, 24 Jan 2026 (Dinagyang weekend), "
     "12:00-14:00. Food by Tita Nening's Lechon & Catering of Dingle (fb.com/TitaNeningsLechonDingle).\n"
     "Suspect foods: pancit molo, leche flan, chicken embutido kept unrefrigerated from 05:00.\n"
     "Attack rate so far 42/68 (61.8%); median incubation 3 h (range 1-6 h).\n"
     "\n"
     "No | Name | Age/Sex | Barangay | Onset | Signs | Disposition | Contact\n"
     "1 | Precious Villanueva | 9/F | Lumbo | 24/01 15:30 | V, D, abd pain | admitted WVMC | 0917 802 4416\n"
     "2 | Marvin Tolentino | 34/M | Lumbo | 24/01 16:10 | V, D | RHU, sent home | -\n"
     "3 | Rowena Gallardo-Sotero | 61/F | Naslo | 24/01 16:45 | V, D, BP 80/50 | admitted Iloilo Doctors' Hospital | "
     "0939 115 6082\n"
     "4 | Jhun-Jhun Amarante | 5/M | Naslo | 24/01 18:00 | V, D, severe dehydration, Plan C | admitted Ramon Tabiana "
     "Memorial District Hospital | 0906 227 9914\n"
     "5 | Cherry Dimaano | 27/F, 28/40 pregnant | Lumbo | 24/01 18:30 | V, cramps | observed at RHU, Plan B ORS | "
     "0915 336 2041\n"
     "(37 more on the attached sheet)\n"
     "\n"
     "Specimens: vomitus x4 and leftover leche flan and embutido sent 25/01/2026 to the regional laboratory (batch "
     "RESU6-FBD-0412); rectal swabs x3 for culture.\n"
     "Working hypothesis: Staphylococcus aureus enterotoxin (short incubation, vomiting predominant); Bacillus cereus "
     "considered. PIDSR Category II. Caterer's kitchen inspected 25/01 by the sanitary inspector.\n"
     "Noted by: Dr. Lorenzo Abellar, Municipal Health Officer, PRC Lic. 0128473 | mho.pototan@example.gov.ph",
     [("LOCATION", ["POTOTAN"]), ("LOCATION", ["ILOILO"]), ("LOCATION", ["Brgy. Lumbo"]), ("DATE", ["24 Jan 2026"]),
      ("DATE", ["Dinagyang weekend"]), ("LOCATION", ["Tita Nening's Lechon & Catering"]), ("LOCATION", ["Dingle"]),
      ("URL", ["fb.com/TitaNeningsLechonDingle"]), ("NAME", ["Precious", "Villanueva"]), ("LOCATION", ["Lumbo"]),
      ("DATE", ["24/01"]), ("HOSPITAL", ["WVMC"]), ("PHONE", ["0917 802 4416"]), ("NAME", ["Marvin", "Tolentino"]),
      ("NAME", ["Rowena", "Gallardo-Sotero"]), ("LOCATION", ["Naslo"]), ("HOSPITAL", ["Iloilo Doctors' Hospital"]),
      ("PHONE", ["0939 115 6082"]), ("NAME", ["Jhun-Jhun", "Amarante"]),
      ("HOSPITAL", ["Ramon Tabiana Memorial District Hospital"]), ("PHONE", ["0906 227 9914"]),
      ("NAME", ["Cherry", "Dimaano"]), ("PHONE", ["0915 336 2041"]), ("DATE", ["25/01/2026"]),
      ("ID", ["RESU6-FBD-0412"]), ("DATE", ["25/01"]), ("NAME", ["Lorenzo", "Abellar"]), ("LICENCE", ["0128473"]),
      ("EMAIL", ["mho.pototan@example.gov.ph"])],
     ["42/68 (61.8%)", "median incubation 3 h", "BP 80/50", "severe dehydration, Plan C", "28/40 pregnant",
      "Plan B ORS", "Staphylococcus aureus enterotoxin", "Bacillus cereus", "PIDSR Category II", "rectal swabs x3"]),

    # 18 - Malaysia, Sarawak (Miri): occupational health fitness-for-offshore-work assessment
    ("PELITA OCCUPATIONAL HEALTH CLINIC - Lot 1187, Jalan Merbau, 98000 Miri, Sarawak | Tel 085-428 615\n"
     "FITNESS TO WORK OFFSHORE - PERIODIC MEDICAL EXAMINATION\n"
     "Date: 27/08/2025 | Ref: POHC/FTW/25/0931\n"
     "Employee: Jefferson anak Ngelambong | Male | 38 | MyKad 870923-13-5417\n"
     "Employer: Luconia Marine Services Sdn Bhd, Lutong - crane operator, 28/28 rotation on the Temana Alpha "
     "platform\n"
     "Home: Rumah Ngelai longhouse, Sungai Bakong, Beluru | H/P 013-847 2290 | Next of kin: wife Dayang Suhaila, "
     "019-881 4037\n"
     "History: snores, wife notices pauses in breathing; falls asleep in the crane cab during the night shift (near "
     "miss reported in June). Epworth Sleepiness Scale 13/24. Smokes 15/day. Drinks tuak at Gawai.\n"
     "Examination: BMI 31.2 kg/m2, neck 44 cm, BP 148/92 (repeat 144/90). Snellen 6/6 both eyes, Ishihara 17/17. "
     "Chest clear.\n"
     "Tests: audiogram - bilateral notch at 4 kHz (R 45 dB, L 40 dB), standard threshold shift against baseline; "
     "spirometry FEV1/FVC 0.78, FEV1 92% predicted; fasting glucose 6.8 mmol/L; HbA1c 6.2%; ECG normal.\n"
     "Opinion: TEMPORARILY UNFIT for safety-critical crane duties pending sleep study (suspected obstructive sleep "
     "apnoea); fit for onshore yard work. Hearing loss notifiable under the Occupational Safety and Health (Noise "
     "Exposure) Regulations 2019 - JKKP 7 form to DOSH Sarawak. Referred to Dr Lau Kiong Hock (ENT/sleep) at Columbia "
     "Asia Hospital Miri; polysomnography booked 09/09/2025.\n"
     "HUET/BOSIET certificate valid to 03/2027.\n"
     "Examining OHD: Dr Nur Amalina binti Abang Zulkarnain | MMC 58214 | DOSH OHD reg. JKKP HQ/10/DOK/00/417 | "
     "nur.amalina@pelitaohc.example.my",
     [("HOSPITAL", ["PELITA OCCUPATIONAL HEALTH CLINIC"]), ("ADDRESS", ["Lot 1187, Jalan Merbau"]),
      ("POSTCODE", ["98000"]), ("LOCATION", ["Miri"]), ("PHONE", ["085-428 615"]), ("DATE", ["27/08/2025"]),
      ("ID", ["POHC/FTW/25/0931"]), ("NAME", ["Jefferson", "Ngelambong"]), ("ID", ["870923-13-5417"]),
      ("LOCATION", ["Luconia Marine Services Sdn Bhd"]), ("LOCATION", ["Lutong"]), ("LOCATION", ["Temana Alpha"]),
      ("ADDRESS", ["Rumah Ngelai"]), ("LOCATION", ["Sungai Bakong"]), ("LOCATION", ["Beluru"]),
      ("PHONE", ["013-847 2290"]), ("NAME", ["Dayang", "Suhaila"]), ("PHONE", ["019-881 4037"]), ("DATE", ["June"]),
      ("DATE", ["Gawai"]), ("NAME", ["Lau", "Kiong Hock"]), ("HOSPITAL", ["Columbia Asia Hospital Miri"]),
      ("DATE", ["09/09/2025"]), ("DATE", ["03/2027"]), ("NAME", ["Nur Amalina", "Abang Zulkarnain"]),
      ("LICENCE", ["58214"]), ("LICENCE", ["JKKP HQ/10/DOK/00/417"]), ("EMAIL", ["nur.amalina@pelitaohc.example.my"])],
     ["28/28 rotation", "Epworth Sleepiness Scale 13/24", "15/day", "BMI 31.2 kg/m2", "BP 148/92", "Snellen 6/6",
      "Ishihara 17/17", "notch at 4 kHz", "standard threshold shift", "FEV1/FVC 0.78", "fasting glucose 6.8 mmol/L",
      "obstructive sleep apnoea", "Occupational Safety and Health (Noise Exposure) Regulations 2019"]),

    # 19 - Trinidad and Tobago (Penal-Debe; San Fernando): dental referral to oral and maxillofacial surgery
    ("SOUTH-WEST REGIONAL HEALTH AUTHORITY - Siparia District Health Facility, Dental Clinic\n"
     "Allies Street, Siparia | Tel (868) 649-2176\n"
     "REFERRAL TO: Oral and Maxillofacial Surgery Clinic, San Fernando General Hospital\n"
     "Date: Tuesday 17th February 2026 (clinic reopened the day after Carnival Monday) | Priority: URGENT - suspected "
     "malignancy\n"
     "Patient: Mr Chandradath Ramkissoon-Deonarine | M | 63 | DOB 18/04/1962 | ID card 19620418031 | Clinic no. "
     "SDHF-D-22817\n"
     "Address: LP 47 Rock Road, Penal | Cell (868) 781-4026\n"
     "Retired pipefitter from the Forest Reserve oilfield, Fyzabad. Pundit's assistant at the Shiv Mandir on the same "
     "road.\n"
     "Presenting complaint: painless white-and-red patch on the tongue for about 4 months; his wife Indira noticed it "
     "when he went quiet at Divali.\n"
     "History: smokes 20/day for 45 years; rum on weekends. Atrial fibrillation on warfarin 5 mg (INR 2.6 on 10/02); "
     "managed by Dr Raffique Gopaul at the Debe health centre.\n"
     "Findings: speckled leukoplakia, right lateral border of tongue, 2.5 x 1.8 cm, indurated at the posterior edge; "
     "toluidine blue positive. Firm, mobile right level Ib lymph node about 1.5 cm. Poor oral hygiene, DMFT 21, FDI "
     "46 with Miller grade II mobility. Partially dentate - Kennedy Class II upper.\n"
     "OPG: no bone involvement seen.\n"
     "Request: incisional biopsy and staging (TNM 8th edition); please liaise about warfarin. I have started "
     "chlorhexidine 0.2% mouthwash and smoking cessation counselling.\n"
     "Daughter Anjali Persad-Ramkissoon will bring him - (868) 355-9184, anjali.persad@example.tt\n"
     "Dr Nadira Khan-Latchman, Dental Surgeon | Dental Council of T&T reg. D-0412",
     [("HOSPITAL", ["Siparia District Health Facility"]), ("ADDRESS", ["Allies Street"]), ("LOCATION", ["Siparia"]),
      ("PHONE", ["(868) 649-2176"]), ("HOSPITAL", ["San Fernando General Hospital"]), ("DATE", ["17th February 2026"]),
      ("DATE", ["Carnival Monday"]), ("NAME", ["Chandradath", "Ramkissoon-Deonarine"]), ("DATE", ["18/04/1962"]),
      ("ID", ["19620418031"]), ("MRN", ["SDHF-D-22817"]), ("ADDRESS", ["LP 47 Rock Road"]), ("LOCATION", ["Penal"]),
      ("PHONE", ["(868) 781-4026"]), ("LOCATION", ["Forest Reserve"]), ("LOCATION", ["Fyzabad"]),
      ("LOCATION", ["Shiv Mandir"]), ("NAME", ["Indira"]), ("DATE", ["Divali"]), ("DATE", ["10/02"]),
      ("NAME", ["Raffique", "Gopaul"]), ("LOCATION", ["Debe"]), ("NAME", ["Anjali", "Persad-Ramkissoon"]),
      ("PHONE", ["(868) 355-9184"]), ("EMAIL", ["anjali.persad@example.tt"]), ("NAME", ["Nadira", "Khan-Latchman"]),
      ("LICENCE", ["D-0412"])],
     ["20/day", "warfarin 5 mg", "INR 2.6", "speckled leukoplakia", "right lateral border of tongue", "2.5 x 1.8 cm",
      "toluidine blue positive", "level Ib lymph node", "DMFT 21", "FDI 46", "Miller grade II mobility",
      "Kennedy Class II", "TNM 8th edition", "chlorhexidine 0.2% mouthwash"]),
] + MORE_NOTES
