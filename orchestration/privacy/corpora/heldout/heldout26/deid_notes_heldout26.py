"""Twenty-sixth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1116 planted identifier parts in 938 (kind, parts) entries; 425 clinical strings), mostly in English, written
the way clinicians write them: a village clinic Community Health Aide encounter with a medevac, a pre-anaesthetic
assessment, a telestroke consultation, a cardiology discharge summary, an operative report, a CHPS compound maternal
referral form, an advanced HIV disease clinic visit, an inter-hospital transfer record, an occupational therapy home
visit, an emergency upper GI endoscopy report, a community psychiatric nurse home visit, an emergency department
discharge summary, a home sleep study report, a notifiable disease case report, a thalassaemia centre transfusion and
chelation record, an emergency care unit record of a scorpion sting, a teledermatology referral triage, an EICU
admission record, a bed head ticket, a federal black lung pulmonary evaluation, a frostbite consultation, a cholera
treatment centre line list, a nursing shift handover, a dermatology outpatient ticket, an outpatient record with a
communicable disease notification, a haemodialysis run sheet, a transfer center call record, a forensic post-mortem
report for a coroner, a home birth record, a DR-TB treatment initiation note, a colposcopy report, an ED referral to
ICU, an infectious diseases clinic letter, a colonoscopy report, an eye camp cataract surgery list, an organ donation
referral and family approach record, a rheumatic heart disease register enrolment, a cardiology consult note, a
concussion clinic assessment and an HIV-exposed infant follow-up card. From the US (Alaska, Louisiana, West Virginia,
New Mexico, Maine), Canada (Newfoundland and Labrador, Yukon, Nova Scotia), Scotland (Shetland), England (Cornwall,
Northumberland, Lincolnshire), Northern Ireland (Co. Fermanagh), Australia (Tasmania, Queensland), New Zealand (West
Coast), Ghana (Volta), Uganda (Acholi), Malawi (Lower Shire), Zimbabwe (Harare), Botswana (Central District), Pakistan
(Khyber Pakhtunkhwa), Bangladesh (Faridpur), Sri Lanka (North Central Province), Nepal (Karnali, with Bikram Sambat
dates), Singapore, Trinidad and Tobago (Tobago), Belize, Vanuatu (Espiritu Santo), Malta (Gozo), Turkey (Trabzon),
Brazil (Minas Gerais), Cyprus (Limassol), Greece (Crete, Evros, Messinia), mainland China (Sichuan, Yunnan), Hong Kong
and Taiwan (Hualien).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 3 (Heraklion), 14 (Limassol, Cyprus), 22
(Alexandroupoli) and 33 (Kalamata) are in Greek script, with Greek names and patronymics, addresses, phone numbers,
facilities and Greek month names; notes 7 (Garzê and Chengdu) and 17 (Dali) are in simplified Chinese and notes 10 (Hong
Kong) and 24 (Hualien, with an Amis name beside its Chinese name) in traditional Chinese, with names, addresses, phone
numbers, facilities and dates in Chinese; note 11 is in Turkish (Trabzon) and note 15 in Brazilian Portuguese (Minas
Gerais), each with that country's dates, numbers and address forms; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, table rows of a line list and an eye camp list, after
relation words and titles (s/o, W/O, Mst., Md., Mdm, Binte, Chief, GVH, TA, VHW Mai, Monsenhor, Dona, Her Worship, PC,
Rev., του with a patronymic), bare in prose, in sign-offs, in a boat's name, and in addresses of many forms (a GhanaPost
GPS digital address, a Pakistani mohallah and tehsil, a Sri Lankan Mahaweli tract and GN division, a Bangladeshi
village, post office and upazila, a Singapore HDB block and unit, a Zimbabwean high-density section, a Botswana plot and
ward, a Hong Kong estate block and flat, a Chinese village group number, a Taiwanese neighbourhood and house number, a
Turkish mahalle, sokak and daire, a Brazilian rua, bairro and CEP, a Maltese triq, a US highway contract box, a
Tasmanian farm road, a New Zealand rural delivery road, a Shetland croft, a Northumberland farm, a Fermanagh farm and
road, German, Cypriot, Greek, Canadian and UK postcodes); employers and other places (a native store, a fish plant, a
patient hostel, a seafood company, an agricultural cooperative, a city market, a software company, a sheltered workshop,
a dairy company, haulage firms, a shipping company, a gold syndicate, a coal siding, a colliery with its mine ID and a
union local, dog kennels and a race checkpoint, a hockey team and an arena, a dive boat, a dive company, a reef and a
hostel, two air carriers, an eye camp society, churches and schools), hospitals, clinics, health posts and labs, many
named after people (Gilbert Bain, Charles S. Curtis, Βενιζέλειο, Lady Reading, Kanuni, Dona Zizinha Magalhães, Monsenhor
Flávio D'Amato, Karl Heusner, Tan Tock Seng, Sekgoma, Mater Dei, Pilgrim, IWK) and streets named after people or events
(Princess Margaret Drive, Triq Dun Karm, Rua Dona Zica Ribeiro, Ναυαρίνου, Οδός Αγίου Αμβροσίου), places that are
everyday words or first names (Of, Victoria, Boston, Portland, Bethel, Yell, Latrobe, Sunport, Pigeon Rock, Happy
Valley-Goose Bay, Beatrice Road, Tidewater, Redesdale) and people whose names are everyday words (Comfort, Blessing,
Mercy, Hope, Rowan, Ruby, Reg, Skye, Tan); also e-mail addresses, a teledermatology case URL and a dialysis portal URL,
two IPv4 addresses (a practice workstation and a telemedicine cart), a WeChat ID and a LINE ID, plates and registrations
(a Sichuan new-energy car, a Turkish 112 ambulance, a Brazilian Mercosul SAMU ambulance, a Ghana government ambulance, a
Ugandan government ambulance, a Louisiana boat, a Maine fishing vessel, a Tobago pirogue, three aircraft and a
coastguard helicopter), professional licences (GMC, NMC UK PINs, RCCP, AHPRA medical and occupational therapy, CPSNL,
CPSNS, YMC, Louisiana, West Virginia and Maine medical licences, a DEA number, a NIOSH B Reader certificate, a CHAP
certificate, a Ghana midwife PIN, UAHPC, MCM, MDPCZ, NMCB, PMDC, BMDC, SLMC, Nepal Medical Council, a Chinese practising
certificate code, a Hong Kong psychiatric nurse registration, a Taiwan physician certificate, SNB and MCR, the Medical
Board of Trinidad and Tobago, the Belize Medical and Dental Council, the Medical Council of Malta, a Cypriot and a Greek
medical registration, a Turkish diploma registration, CRM-MG and COREN-MG, and a Maine lobster licence), device serial
numbers (a home sleep study recorder, two endoscopes, an infusion pump, a dialysis machine, a handheld echo probe, an
external pacemaker), insurance, national, health card and passport numbers, encounter, case, register, notification,
claim, police and histology numbers, pager and extension numbers, and dates in many formats (full dates in several
orders and separators, year-less dates with slashes or words, month and year, ranges of days and of years, a decade,
Bikram Sambat dates, Christmas, Easter, the Fourth of July, and Greek, Chinese, Turkish and Portuguese dates).

Where a real identifier has a check digit (US NPI and DEA number, NHS number, Northern Ireland H&C number, Scottish CHI,
Australian Medicare, NZ NHI, Greek AMKA, Chinese resident ID, Hong Kong ID, Taiwan ID, Singapore NRIC, Turkish T.C.
Kimlik No, Brazilian CPF and CNS) the planted one passes it; the other national, insurance, health card and passport
numbers keep a valid format (Sri Lankan 12-digit NIC with birth year and day, Pakistani CNIC with the gender digit,
Ugandan NIN, Ghana Card, Botswana Omang with the gender digit, Zimbabwean national ID, Malta ID card with the Gozo
letter, Cypriot ID card and GeSY number, Bangladeshi NID, Alaska Medicaid, Newfoundland and Labrador MCP, Yukon and Nova
Scotia health card, US SSN, German passport). No name, place or facility is planted in more than one note, and none is
reused from the eighteenth set. Four patients are aged 90 or over (notes 8, 16, 19 and 22), and for them the age and
every date element, bare years, a range of years, a decade, months and holidays included, are planted; no younger
patient's note has a bare year outside a guideline, criteria or statute name.

The strings that must survive include eponyms and eponymous signs (Cormack-Lehane, Macintosh, Mallampati,
Brescia-Cimino, Trendelenburg, Kernig, Weil's disease, Jarisch-Herxheimer, Weil-Felix, Bowen's disease, Mees' lines,
Lugol's iodine, Monsel's paste, Koster's five-point screen, Cauchy grade, Mobitz I (Wenckebach), Cushing reflex,
Paltauf's spots, Svechnikov's sign, Wydler's sign, Russell's viper, the Gamma nail, Parkinson's disease, Alzheimer's
disease in Greek, the Prescott regimen and King's College criteria in Chinese), scores and classifications with their
numbers, brand names of drugs and devices (Ozempic, McGrath, i-gel, Eylea, Sinemet, Brilique, Lipitor, Concor, Invega
Sustenna, Movicol, Exjade, Desferal, Crono S-PID 50, DermLite DL4, Mircera, Venofer, Renvela, Mimpara, Eliquis,
Trajenta, Clexane, Bicillin L-A, AmBisome, Depo-Provera, Konakion MM, Entonox, Moviprep, Eleview, Leptoshield, ResMed,
Olympus, Fresenius, Medtronic, GE Vscan Air, Airvo 2, Cessna 208), organisms, lab values with units, ratios and
fractions that look like dates (UK duration notation 3/12 and 4/52, gestation 28/40, 35+4 and 40+3, scale scores out of
a total, Snellen acuity, titres, a 2:1 AV block, contractions 3:10, an ILO profusion 2/1, a clock-face position, a BP
target, Sinemet 100/25), a dose that looks like a year (heparin 2000 u), a year inside a guideline, criteria or statute
name (ILO 2011, WHF 2023, ESGE 2020, the Federal Coal Mine Health and Safety Act of 1969 and the Organ Donation (Deemed
Consent) Act 2019), and words that look like places or people's names (Otago, Epworth, Boston Bowel Preparation Scale,
Paris 0-Is, NICE type 2, Buffalo Concussion Treadmill Test, Lake Louise, Malta fever, Sin Nombre virus, Rose Bengal
test, Max and Keira's Law, Saeed Six-Shooter, Rhododendron ponticum). Entries per kind: NAME 217, LOCATION 170, DATE
153, HOSPITAL 90, ID 73, PHONE 73, LICENCE 41, ADDRESS 32, MRN 30, POSTCODE 21, PLATE 12, AGE 7, SERIAL 7, EMAIL 6,
HANDLE 2, IP 2, URL 2.

The last 20 notes (555 identifier parts in 457 entries, 219 clinical strings) are in :mod:`deid_notes_heldout26_more`,
only to keep each file a readable length; this file holds 561 identifier parts in 481 entries and 206 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout26.deid_notes_heldout26_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Alaska (Yukon-Kuskokwim Delta): village clinic Community Health Aide encounter, foodborne botulism
    ("YKHC - Nunapiglut Village Clinic | Community Health Aide encounter (CHAM 4th ed.)\n"
     "Date 06/14/2025 07:55 | Encounter # VC-25-0614-03\n"
     "Pt: Louisa Nanuk-Andrew | 58 F | DOB 09/30/1966 | HRN 702954 | AK Medicaid ID 0075296318\n"
     "Lives in Nunapiglut with husband; works part time at the Nunapiglut Native Store.\n"
     "CC: seeing double + hard to swallow since last night.\n"
     "HPI: ate fermented fish heads (\"stinkheads\") that her brother-in-law Moses Chikigak made in a plastic "
     "bucket behind his smokehouse - eaten 06/12 at supper. Her husband Walter ate some too, no sx so far. Nobody "
     "else.\n"
     "VS: BP 142/88, P 96, R 22, T 97.8, SpO2 93% RA. Bilat ptosis, pupils 5 mm sluggish, slurred speech, pooling "
     "saliva, can't count to 20 on one breath. Arms 4/5 both sides. A&O x3.\n"
     "Assessment: ?foodborne botulism - descending flaccid paralysis.\n"
     "Called referral doctor at Bethel (Dr. Ximena Quintero-Ayers, ED, YKDRH, 907-555-0147) per CHAM: NPO, O2 2 L "
     "NC, keep upright, nothing by mouth. She called the State Section of Epidemiology for heptavalent botulinum "
     "antitoxin (BAT), to be released to ANMC.\n"
     "Medevac: Kusko Air Cessna 208 N618WT ETA 09:30 to Bethel, then jet to Alaska Native Medical Center, "
     "Anchorage. Walter to fly out with her and be watched for sx.\n"
     "Bucket + leftover fish kept in clinic fridge, labeled, for the State lab (Clostridium botulinum toxin "
     "testing).\n"
     "Niece Tabitha Andrew (907-555-0163, tabitha.andrew58@gci.net) will call family in Anchorage.\n"
     "CHA: Rosalie Kameroff, CHP | CHAP cert #3719",
     [("HOSPITAL", ["YKHC"]), ("HOSPITAL", ["Nunapiglut Village Clinic"]), ("DATE", ["06/14/2025"]),
      ("ID", ["VC-25-0614-03"]), ("NAME", ["Louisa", "Nanuk-Andrew"]), ("DATE", ["09/30/1966"]), ("MRN", ["702954"]),
      ("ID", ["0075296318"]), ("LOCATION", ["Nunapiglut"]), ("LOCATION", ["Nunapiglut Native Store"]),
      ("NAME", ["Moses", "Chikigak"]), ("DATE", ["06/12"]), ("NAME", ["Walter"]), ("LOCATION", ["Bethel"]),
      ("NAME", ["Ximena", "Quintero-Ayers"]), ("HOSPITAL", ["YKDRH"]), ("PHONE", ["907-555-0147"]),
      ("HOSPITAL", ["ANMC"]), ("LOCATION", ["Kusko Air"]), ("PLATE", ["N618WT"]),
      ("HOSPITAL", ["Alaska Native Medical Center"]), ("LOCATION", ["Anchorage"]), ("NAME", ["Tabitha", "Andrew"]),
      ("PHONE", ["907-555-0163"]), ("EMAIL", ["tabitha.andrew58@gci.net"]), ("NAME", ["Rosalie", "Kameroff"]),
      ("LICENCE", ["3719"])],
     ["Bilat ptosis", "can't count to 20 on one breath", "Arms 4/5", "descending flaccid paralysis",
      "heptavalent botulinum antitoxin (BAT)", "Clostridium botulinum", "SpO2 93% RA", "Cessna 208"]),

    # 1 - Canada, Newfoundland and Labrador (Labrador): pre-anaesthetic assessment clinic, difficult airway and OSA
    ("Labrador-Grenfell Health - Labrador Health Centre, Happy Valley-Goose Bay\n"
     "PRE-ANAESTHETIC ASSESSMENT CLINIC | 2025-10-21 | booked: lap cholecystectomy 2025-10-28 (Dr. Ingrid "
     "Solberg-Mercer)\n"
     "Patient: Clarence Pottle-Rumbolt | 61 M | DOB 1964-03-09 | MCP 5318 2047 6190 | Chart LHC-0927516\n"
     "Social: from Sculpin Harbour on the south coast, came up on the coastal boat; foreman at the Caplin Narrows "
     "Fish Plant. Staying at the Hamilton Inlet Patient Hostel.\n"
     "Hx: biliary colic x3, ERCP at the Health Sciences Centre, St. John's 3/12 ago. Snores, wife Florence says he "
     "stops breathing at night - never had a sleep study. T2DM on Ozempic 1 mg weekly + metformin 1 g BID (HbA1c "
     "7.9%). HTN on ramipril. Ex-smoker, 40 pack-years.\n"
     "Previous GA: inguinal hernia repair at Charles S. Curtis Memorial Hospital, St. Anthony - anaesthetic chart "
     "says Cormack-Lehane grade 3 with a Macintosh 4, intubated over a bougie on the 2nd attempt.\n"
     "Airway: Mallampati III, thyromental distance 5 cm, mouth opening 3 cm, neck circumference 46 cm, full beard, "
     "limited neck extension.\n"
     "STOP-BANG 7/8. BMI 41. ASA 3.\n"
     "Plan:\n"
     "1. Hold Ozempic for 7 days before surgery - last dose was Oct 20, skip the Oct 27 dose; clear fluids until 2 "
     "h pre-op, consider gastric US.\n"
     "2. Difficult airway trolley; videolaryngoscope (McGrath) first, bougie, i-gel as rescue; ramped position; "
     "sugammadex available.\n"
     "3. HDU bed x1 night with continuous SpO2, own CPAP not available - use hospital APAP; refer for sleep study.\n"
     "4. Metformin held morning of surgery.\n"
     "Escort: son Gordon Pottle, cell 709-555-0139.\n"
     "Dr. Aoife Brennan-Whalen, Anaesthesia | CPSNL 06291",
     [("HOSPITAL", ["Labrador-Grenfell Health"]), ("HOSPITAL", ["Labrador Health Centre"]),
      ("LOCATION", ["Happy Valley-Goose Bay"]), ("DATE", ["2025-10-21"]), ("DATE", ["2025-10-28"]),
      ("NAME", ["Ingrid", "Solberg-Mercer"]), ("NAME", ["Clarence", "Pottle-Rumbolt"]), ("DATE", ["1964-03-09"]),
      ("ID", ["5318 2047 6190"]), ("MRN", ["LHC-0927516"]), ("LOCATION", ["Sculpin Harbour"]),
      ("LOCATION", ["Caplin Narrows Fish Plant"]), ("LOCATION", ["Hamilton Inlet Patient Hostel"]),
      ("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["St. John's"]), ("NAME", ["Florence"]),
      ("HOSPITAL", ["Charles S. Curtis Memorial Hospital"]), ("LOCATION", ["St. Anthony"]), ("DATE", ["Oct 20"]),
      ("DATE", ["Oct 27"]), ("NAME", ["Gordon", "Pottle"]), ("PHONE", ["709-555-0139"]),
      ("NAME", ["Aoife", "Brennan-Whalen"]), ("LICENCE", ["06291"])],
     ["3/12 ago", "Ozempic 1 mg weekly", "Cormack-Lehane grade 3", "Macintosh 4", "Mallampati III",
      "thyromental distance 5 cm", "STOP-BANG 7/8", "ASA 3", "McGrath", "sugammadex", "i-gel"]),

    # 2 - Scotland, Shetland (Lerwick): telestroke consultation, thrombolysis and transfer for thrombectomy
    ("NHS Shetland - Gilbert Bain Hospital, Lerwick ZE1 0RX | Emergency Department\n"
     "TELESTROKE CONSULTATION (video) 03/11/2025 21:12\n"
     "Patient: Mr Magnus Jamieson-Tulloch, 68, DOB 12/08/1957, CHI 1208576135\n"
     "Address: Skeldawick Croft, Yell, Shetland ZE2 9QT. Retired salmon farm manager (Voeside Seafoods).\n"
     "History: wife Agnes found him slumped in his chair at 19:40 with a droopy face and unable to speak; last "
     "known well 19:15, when they came off the ferry at Westervoe. SAS crew drove him down on the 20:05 sailing. "
     "Background: HTN, AF not anticoagulated (declined), independent, mRS 0.\n"
     "Exam (with ED team): R hemiparesis (arm 0/5, leg 2/5), global aphasia, L gaze deviation, R homonymous "
     "hemianopia. NIHSS 17. ROSIER +4. BP 176/94, CBG 7.8, weight 82 kg.\n"
     "CT/CTA: no haemorrhage, ASPECTS 9, L M1 occlusion, good collaterals.\n"
     "Discussed by video with stroke consultant Dr Finlay Urquhart-Baird, Aberdeen Royal Infirmary: tenecteplase "
     "20 mg IV bolus (0.25 mg/kg) given at 21:31; door-to-needle 56 min. For mechanical thrombectomy at ARI - "
     "Coastguard helicopter G-MCGZ requested, lift 22:10; neuro obs q15 min, BP < 180/105.\n"
     "Daughter Kirsten Tulloch (07700 900 517) will meet him in Aberdeen; son Ewan stays with Agnes.\n"
     "Dr Eilidh Sandison, Specialty Doctor, Emergency Medicine | GMC 7194052 | ext 3364",
     [("HOSPITAL", ["NHS Shetland"]), ("HOSPITAL", ["Gilbert Bain Hospital"]), ("LOCATION", ["Lerwick"]),
      ("POSTCODE", ["ZE1 0RX"]), ("DATE", ["03/11/2025"]), ("NAME", ["Magnus", "Jamieson-Tulloch"]),
      ("DATE", ["12/08/1957"]), ("ID", ["1208576135"]), ("ADDRESS", ["Skeldawick Croft"]), ("LOCATION", ["Yell"]),
      ("POSTCODE", ["ZE2 9QT"]), ("LOCATION", ["Voeside Seafoods"]), ("NAME", ["Agnes"]),
      ("LOCATION", ["Westervoe"]), ("NAME", ["Finlay", "Urquhart-Baird"]),
      ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("HOSPITAL", ["ARI"]), ("PLATE", ["G-MCGZ"]),
      ("NAME", ["Kirsten", "Tulloch"]), ("PHONE", ["07700 900 517"]), ("LOCATION", ["Aberdeen"]), ("NAME", ["Ewan"]),
      ("NAME", ["Eilidh", "Sandison"]), ("LICENCE", ["7194052"]), ("PHONE", ["3364"])],
     ["mRS 0", "arm 0/5, leg 2/5", "NIHSS 17", "ROSIER +4", "ASPECTS 9", "L M1 occlusion",
      "tenecteplase 20 mg IV bolus", "0.25 mg/kg", "door-to-needle 56 min", "BP < 180/105"]),

    # 3 - Greece, Crete (Heraklion): cardiology discharge summary, inferior STEMI with primary PCI (Greek)
    ("Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου - Καρδιολογική Κλινική\n"
     "Λεωφόρος Κνωσού, 71409 Ηράκλειο | τηλ. 2810 368 412 | fax 2810 368 497\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Μανούσος Μαυρογιαννάκης του Γεωργίου, 58 ετών, γεν. 03/09/1967, ΑΜΚΑ 03096706357, Αρ. Μητρώου "
     "25/30817\n"
     "Διεύθυνση: Οδός Δαφνών 12, Μεσοχωράκι Πεδιάδος, Δήμος Μινώα Πεδιάδας. Ελαιοπαραγωγός, μέλος του Αγροτικού "
     "Συνεταιρισμού Μεσοχωρακίου.\n"
     "Εισαγωγή: 14/10/2025 - Έξοδος: 19/10/2025\n"
     "Διακομίστηκε με ΕΚΑΒ από το Κέντρο Υγείας Αρκαλοχωρίου με οπισθοστερνικό άλγος από τις 06:30 και ανάσπαση ST "
     "στις II, III, aVF.\n"
     "Διάγνωση: Οξύ έμφραγμα μυοκαρδίου με ανάσπαση ST (STEMI) κατώτερου τοιχώματος. Killip I, GRACE 138.\n"
     "Στεφανιογραφία (15/10): απόφραξη της δεξιάς στεφανιαίας (RCA) στο μέσο τμήμα - πρωτογενής αγγειοπλαστική με "
     "1 DES, τελική ροή TIMI 3. Στένωση 50% στον LAD, συντηρητικά.\n"
     "Υπερηχοκαρδιογράφημα: LVEF 45%, υποκινησία κατώτερου τοιχώματος.\n"
     "Αγωγή εξόδου: Brilique 90 mg x2 για 12 μήνες, Salospir 100 mg x1, Lipitor 80 mg x1, Concor 2,5 mg x1, "
     "Triatec 2,5 mg x1, Nexium 20 mg x1.\n"
     "Οδηγίες: διακοπή καπνίσματος, πρόγραμμα καρδιακής αποκατάστασης, όχι οδήγηση για 1 μήνα. Επανέλεγχος στο "
     "Ιατρείο Στεφανιαίας Νόσου στις 24 Νοεμβρίου με λιπιδαιμικό προφίλ.\n"
     "Συνοδός: η σύζυγος Ειρήνη Μαυρογιαννάκη, κιν. 697 418 2736.\n"
     "Θεράπων ιατρός: Ζαχαρίας Ψαρουδάκης, Επιμελητής Α'\n"
     "Διευθυντής: Σταύρος Χατζηδάκης-Φραγκιαδάκης",
     [("HOSPITAL", ["Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου"]), ("ADDRESS", ["Λεωφόρος Κνωσού"]),
      ("POSTCODE", ["71409"]), ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2810 368 412"]), ("PHONE", ["2810 368 497"]),
      ("NAME", ["Μανούσος", "Μαυρογιαννάκης"]), ("NAME", ["Γεωργίου"]), ("DATE", ["03/09/1967"]),
      ("ID", ["03096706357"]), ("MRN", ["25/30817"]), ("ADDRESS", ["Οδός Δαφνών 12"]),
      ("LOCATION", ["Μεσοχωράκι Πεδιάδος"]), ("LOCATION", ["Δήμος Μινώα Πεδιάδας"]),
      ("LOCATION", ["Αγροτικού Συνεταιρισμού Μεσοχωρακίου"]), ("DATE", ["14/10/2025"]), ("DATE", ["19/10/2025"]),
      ("HOSPITAL", ["Κέντρο Υγείας Αρκαλοχωρίου"]), ("DATE", ["15/10"]), ("DATE", ["24 Νοεμβρίου"]),
      ("NAME", ["Ειρήνη", "Μαυρογιαννάκη"]), ("PHONE", ["697 418 2736"]), ("NAME", ["Ζαχαρίας", "Ψαρουδάκης"]),
      ("NAME", ["Σταύρος", "Χατζηδάκης-Φραγκιαδάκης"])],
     ["STEMI", "Killip I", "GRACE 138", "ροή TIMI 3", "LVEF 45%", "Brilique 90 mg", "Lipitor 80 mg", "Concor 2,5 mg",
      "II, III, aVF", "Στένωση 50% στον LAD"]),

    # 4 - USA, Louisiana (Terrebonne Parish): operative report, Vibrio vulnificus necrotizing soft tissue infection
    ("Terrebonne General Health System - Houma, LA\n"
     "OPERATIVE REPORT\n"
     "Date of surgery: 08/09/2025 | Patient: THIBODEAUX, Alcide J. | DOB 05/22/1958 | MRN TGH-00731946 | Acct "
     "7712058\n"
     "Surgeon: Rene Fontenot-Guidry, MD | Assistant: Kaylee Arceneaux, PA-C | Anesthesia: Dr. Obinna Babineaux "
     "(general ETT)\n"
     "Preoperative diagnosis: necrotizing soft tissue infection, left leg - suspected Vibrio vulnificus.\n"
     "Postoperative diagnosis: same, fascia and subcutaneous tissue from ankle to proximal third of leg; muscle "
     "viable.\n"
     "Brief history: 67-year-old shrimper from Isle Pelote cut his left shin on crab-trap wire on his boat (LA "
     "reg. LA-6230-FK) in Bayou Terrebonne on 08/07; EtOH cirrhosis, Child-Pugh B. Pain out of proportion, "
     "hemorrhagic bullae, BP 84/50 on arrival. LRINEC 9.\n"
     "Procedure: radical debridement of left lower leg and dorsum of foot, four-compartment fasciotomy.\n"
     "Findings: thin grey \"dishwater\" fluid, dull grey fascia separating easily (positive finger test), no "
     "bleeding from the fascial plane; muscle pink and contracts to Bovie cautery. Approx. 18 x 11 cm excised.\n"
     "Specimens: tissue to micro - Gram stain curved gram-negative rods; tissue to path.\n"
     "EBL 350 mL; 2 u PRBC, 2 u FFP. Wound packed with saline-moistened Kerlix; no VAC at this stage.\n"
     "Plan: SICU; doxycycline 100 mg IV q12h + ceftazidime 2 g IV q8h; second look in OR within 24 h; LDH "
     "Infectious Disease Epidemiology notified.\n"
     "Wife Odalie Thibodeaux (985-555-0114) updated in the family room.\n"
     "Dictated 08/09/2025 23:40 by R. Fontenot-Guidry, MD | LA lic. MD.204187 | NPI 1529038642 | DEA BF5290375",
     [("HOSPITAL", ["Terrebonne General Health System"]), ("LOCATION", ["Houma"]), ("DATE", ["08/09/2025"]),
      ("NAME", ["THIBODEAUX", "Alcide"]), ("DATE", ["05/22/1958"]), ("MRN", ["TGH-00731946"]), ("ID", ["7712058"]),
      ("NAME", ["Rene", "Fontenot-Guidry"]), ("NAME", ["Kaylee", "Arceneaux"]), ("NAME", ["Obinna", "Babineaux"]),
      ("LOCATION", ["Isle Pelote"]), ("PLATE", ["LA-6230-FK"]), ("LOCATION", ["Bayou Terrebonne"]),
      ("DATE", ["08/07"]), ("NAME", ["Odalie", "Thibodeaux"]), ("PHONE", ["985-555-0114"]),
      ("NAME", ["Fontenot-Guidry"]), ("LICENCE", ["MD.204187"]), ("ID", ["1529038642"]), ("LICENCE", ["BF5290375"])],
     ["Vibrio vulnificus", "Child-Pugh B", "LRINEC 9", "positive finger test", "Bovie cautery",
      "curved gram-negative rods", "Kerlix", "doxycycline 100 mg IV q12h", "ceftazidime 2 g IV q8h",
      "four-compartment fasciotomy"]),

    # 5 - Ghana, Volta Region (Ho West): CHPS compound midwife's maternal referral, severe pre-eclampsia
    ("GHANA HEALTH SERVICE - HO WEST DISTRICT\n"
     "Tsatsadu-Agbenu CHPS Compound\n"
     "MATERNAL REFERRAL FORM | Date: 12-07-2025 | Time: 14:20\n"
     "Client: Elinam Dzidzornu | Age 27 | G3P2 | GA 35+4 wks by LMP (LMP 04-11-2024) | ANC card 0163/25 | NHIS No. "
     "68130425 | Ghana Card GHA-720153486-3\n"
     "Address: Agbenu-Kpota, near the Evangelical Presbyterian church | GhanaPost GPS VH-0613-5182\n"
     "Husband: Selorm Dzidzornu, 024 555 8127 (cassava farmer)\n"
     "Complaint: severe headache since morning, blurred vision, epigastric pain; noticed face swelling 3 days.\n"
     "Findings: BP 168/112 and 172/110 (15 min apart); proteinuria 3+ (dipstick); oedema ++ legs and face; "
     "reflexes brisk; fundal height 33 cm; cephalic, FHR 148 regular; no contractions; liquor not draining.\n"
     "Impression: Severe pre-eclampsia / ? imminent eclampsia.\n"
     "Treatment before referral: MgSO4 loading dose 4 g IV slowly + 5 g IM each buttock at 14:05; nifedipine 10 mg "
     "oral at 14:10; Foley catheter inserted, urine 40 mL clear; left lateral position; IV line (Ringer's lactate) "
     "KVO.\n"
     "Referred to: Ho Teaching Hospital, Maternity Block - attention: Dr Kwabena Asante-Mensah (O&G), informed by "
     "phone.\n"
     "Transport: National Ambulance Service, GV 3518-21, escorted by the midwife with MgSO4 and calcium gluconate.\n"
     "Referring midwife: Comfort Dela Agbesi, Midwife | NMC PIN RM 41932 | Tel 020 555 3018",
     [("LOCATION", ["HO WEST DISTRICT"]), ("HOSPITAL", ["Tsatsadu-Agbenu CHPS Compound"]), ("DATE", ["12-07-2025"]),
      ("NAME", ["Elinam", "Dzidzornu"]), ("DATE", ["04-11-2024"]), ("MRN", ["0163/25"]), ("ID", ["68130425"]),
      ("ID", ["GHA-720153486-3"]), ("LOCATION", ["Agbenu-Kpota"]), ("ADDRESS", ["VH-0613-5182"]),
      ("NAME", ["Selorm"]), ("PHONE", ["024 555 8127"]), ("HOSPITAL", ["Ho Teaching Hospital"]),
      ("NAME", ["Kwabena", "Asante-Mensah"]), ("PLATE", ["GV 3518-21"]), ("NAME", ["Comfort", "Dela", "Agbesi"]),
      ("LICENCE", ["RM 41932"]), ("PHONE", ["020 555 3018"])],
     ["G3P2", "35+4", "BP 168/112", "proteinuria 3+", "FHR 148", "Severe pre-eclampsia", "MgSO4 loading dose 4 g IV",
      "nifedipine 10 mg", "Foley catheter", "Ringer's lactate", "calcium gluconate"]),

    # 6 - Uganda, Acholi sub-region (Gulu): HIV clinic visit, advanced HIV disease with cryptococcal meningitis and TB
    ("Laminto-Oywak Health Centre IV - HIV Care / ART Clinic (Gulu District)\n"
     "ADVANCED HIV DISEASE - CLINIC VISIT | 03 Sep 2025\n"
     "Client: LAMUNU Beatrice Adong | F | 34 yrs | ART No. 05261 | Unique ID UG-GUL-0297153 | NIN CF91041102KX3P\n"
     "Village: Omiya-Pacwa, Koro-Abili sub-county. Treatment supporter: sister Aber Stella, tel 0772 555 906.\n"
     "History: re-started TLD 2 weeks ago after 8 months off treatment (was working at Owino market in Kampala, "
     "lost her card). Headache 10 days, vomiting, neck pain, blurred vision; cough 1 month, night sweats.\n"
     "Exam: T 38.4, BP 102/64, wt 41 kg (MUAC 21 cm), GCS 14/15, neck stiffness +, Kernig negative, oral thrush.\n"
     "Labs today: CD4 62 cells/uL (VISITECT). Serum CrAg LFA POSITIVE. Urine TB LAM positive. Sputum Xpert MTB/RIF "
     "Ultra: MTB detected (low), RIF resistance not detected.\n"
     "LP done (Dr Ochan): opening pressure 32 cm H2O, CSF CrAg positive, India ink positive; 20 mL removed.\n"
     "Assessment: cryptococcal meningitis + disseminated TB in advanced HIV disease; high risk of IRIS.\n"
     "Plan: refer today to Gulu Regional Referral Hospital - single high-dose liposomal amphotericin B (AmBisome "
     "10 mg/kg) + flucytosine 100 mg/kg/day + fluconazole 1200 mg/day x 14 days; daily therapeutic LPs if pressure "
     "high. Start RHZE now; continue TLD (defer ART changes, watch for IRIS). Cotrimoxazole 960 mg daily.\n"
     "Ambulance: UG 2094W (District Health Office).\n"
     "Clinician: Ojok Denis Komakech, Clinical Officer | UAHPC CO/7316\n"
     "MO on call: Dr. Akena Ochan | 0789 555 213",
     [("HOSPITAL", ["Laminto-Oywak Health Centre IV"]), ("LOCATION", ["Gulu District"]), ("DATE", ["03 Sep 2025"]),
      ("NAME", ["LAMUNU", "Beatrice", "Adong"]), ("MRN", ["05261"]), ("ID", ["UG-GUL-0297153"]),
      ("ID", ["CF91041102KX3P"]), ("LOCATION", ["Omiya-Pacwa"]), ("LOCATION", ["Koro-Abili"]),
      ("NAME", ["Aber", "Stella"]), ("PHONE", ["0772 555 906"]), ("LOCATION", ["Owino market"]),
      ("LOCATION", ["Kampala"]), ("NAME", ["Ochan"]), ("HOSPITAL", ["Gulu Regional Referral Hospital"]),
      ("PLATE", ["UG 2094W"]), ("NAME", ["Ojok", "Denis", "Komakech"]), ("LICENCE", ["CO/7316"]),
      ("NAME", ["Akena"]), ("PHONE", ["0789 555 213"])],
     ["TLD", "GCS 14/15", "Kernig negative", "CD4 62 cells/uL", "Serum CrAg LFA POSITIVE", "TB LAM positive",
      "Xpert MTB/RIF Ultra", "opening pressure 32 cm H2O", "India ink positive", "AmBisome 10 mg/kg",
      "fluconazole 1200 mg/day", "IRIS"]),

    # 7 - China, Sichuan (Garzê to Chengdu): inter-hospital transfer record, high-altitude pulmonary oedema (simplified)
    ("甘孜藏族自治州人民医院 急诊科 转院记录\n"
     "转入医院：四川大学华西医院 急诊科\n"
     "日期：2025年8月17日 10:40　急诊号：GZ250817031\n"
     "姓名：罗晓雯　性别：女　年龄：29岁　出生日期：1996年4月11日\n"
     "身份证号：510107199604110624　医保卡号：SC5101A0372846\n"
     "住址：成都市武侯区玉林西巷18号3栋2单元1104\n"
     "工作单位：成都锦程数智科技有限公司（软件测试）\n"
     "现病史：8月13日与男友自驾（川A·D62719）从成都出发经318国道至理塘县（海拔约4000 m），未逐级适应。8月15日出现头"
     "痛、乏力、食欲差，8月16日夜间咳嗽、咳粉红色泡沫痰，静息时气促，于理塘县人民医院给予吸氧、硝苯地平缓释片后下送"
     "我院。\n"
     "查体：T 37.6℃，P 124次/分，R 32次/分，BP 118/76 mmHg，SpO2 72%（未吸氧）→ 89%（面罩吸氧 8 L/min）。口唇发绀，"
     "双肺满布湿啰音，右侧为著。\n"
     "辅助检查：胸片示双肺斑片状模糊影，以右中下肺为著；心脏超声估测肺动脉收缩压 62 mmHg。Lake Louise急性高原病评分"
     " 8分。\n"
     "诊断：1. 高原肺水肿（HAPE）　2. 急性高原病（中度）\n"
     "处理：持续吸氧；硝苯地平缓释片 30 mg q12h；地塞米松 4 mg q6h；绝对卧床；因当地条件所限，经家属同意转至低海拔"
     "医院进一步治疗，救护车由我院医师陪同。\n"
     "同行家属：男友 邓子航　电话 138-8241-0736　微信 dzh_trail1996\n"
     "经治医师：泽仁卓玛　医师执业证书编码 110513300061274",
     [("HOSPITAL", ["甘孜藏族自治州人民医院"]), ("HOSPITAL", ["四川大学华西医院"]), ("DATE", ["2025年8月17日"]),
      ("MRN", ["GZ250817031"]), ("NAME", ["罗晓雯"]), ("DATE", ["1996年4月11日"]), ("ID", ["510107199604110624"]),
      ("ID", ["SC5101A0372846"]), ("LOCATION", ["成都市"]), ("LOCATION", ["成都"]), ("LOCATION", ["武侯区"]),
      ("ADDRESS", ["玉林西巷18号3栋2单元1104"]), ("LOCATION", ["成都锦程数智科技有限公司"]), ("DATE", ["8月13日"]),
      ("PLATE", ["川A·D62719"]), ("LOCATION", ["理塘县"]), ("DATE", ["8月15日"]), ("DATE", ["8月16日"]),
      ("HOSPITAL", ["理塘县人民医院"]), ("NAME", ["邓子航"]), ("PHONE", ["138-8241-0736"]),
      ("HANDLE", ["dzh_trail1996"]), ("NAME", ["泽仁卓玛"]), ("LICENCE", ["110513300061274"])],
     ["粉红色泡沫痰", "硝苯地平缓释片 30 mg q12h", "地塞米松 4 mg q6h", "SpO2 72%", "双肺满布湿啰音",
      "肺动脉收缩压 62 mmHg", "Lake Louise急性高原病评分 8分", "高原肺水肿（HAPE）"]),

    # 8 - Australia, Tasmania (North West): occupational therapy home visit, client aged 92
    ("Tasmanian Health Service - North West | Mersey Community Hospital, Latrobe - Occupational Therapy\n"
     "HOME VISIT / ENVIRONMENTAL ASSESSMENT | Tues 4 Nov 2025 10:00\n"
     "Client: Mrs Winifred Mae Cocker-Dobson | aged 92 | DOB 17 Jun 1933 | URN M0652817 | Medicare 2619 53075 1 | "
     "DVA Gold Card TX503918\n"
     "Address: 1472 Myrtlevale Creek Road, Whitcombe Hill TAS 7310\n"
     "Referral: discharge planning after ward 3B admission (fall, #L pubic rami, conservative).\n"
     "Social: lives alone in the weatherboard farmhouse since her husband Reg died in 2021; daughter Leonie "
     "Bramich lives in Burnie and visits Saturdays (0491 570 613). Still splits kindling for the wood heater. "
     "Plays euchre at the hall every Thursday.\n"
     "Background: Parkinson's disease (dx 2014) on Sinemet 100/25 QID; 3 falls since Easter; L NOF fracture in "
     "2019 - hemiarthroplasty; wet AMD R eye (Eylea).\n"
     "Function: TUG 26 s with 4WW; Berg 31/56; Clinical Frailty Scale 6; modified Barthel 70/100; MoCA 24/30 "
     "(education adjusted). Transfers sit-to-stand needs 3 attempts from low lounge chair.\n"
     "Home: 3 steps at the back door, no rail; bath-over-shower with no grab rail; loose rag rugs; outside toilet "
     "no longer used.\n"
     "Recommendations:\n"
     "1. DVA RAP: grab rails (bath, toilet), hand-held shower, shower chair, over-toilet frame, chair raisers, "
     "rail to back steps.\n"
     "2. Remove rugs; night lights hallway to toilet.\n"
     "3. Personal alarm pendant; Community Nursing referral; My Aged Care ID AC70513628 - support plan review.\n"
     "4. Physio home exercise program (Otago).\n"
     "She said she will be 93 in June and wants to be home for Christmas; her granddaughter Skye is getting "
     "married in Launceston in March.\n"
     "Jemima Saltmarsh-Pyke, Occupational Therapist | AHPRA OCC0001946285 | ph 03 6478 5120",
     [("HOSPITAL", ["Mersey Community Hospital"]), ("LOCATION", ["Latrobe"]), ("DATE", ["Tues 4 Nov 2025"]),
      ("NAME", ["Winifred", "Mae", "Cocker-Dobson"]), ("AGE", ["aged 92"]), ("DATE", ["17 Jun 1933"]),
      ("MRN", ["M0652817"]), ("ID", ["2619 53075 1"]), ("ID", ["TX503918"]),
      ("ADDRESS", ["1472 Myrtlevale Creek Road"]), ("LOCATION", ["Whitcombe Hill"]), ("POSTCODE", ["7310"]),
      ("NAME", ["Reg"]), ("DATE", ["2021"]), ("NAME", ["Leonie", "Bramich"]), ("LOCATION", ["Burnie"]),
      ("PHONE", ["0491 570 613"]), ("DATE", ["2014"]), ("DATE", ["Easter"]), ("DATE", ["2019"]),
      ("ID", ["AC70513628"]), ("AGE", ["93"]), ("DATE", ["June"]), ("DATE", ["Christmas"]), ("NAME", ["Skye"]),
      ("LOCATION", ["Launceston"]), ("DATE", ["March"]), ("NAME", ["Jemima", "Saltmarsh-Pyke"]),
      ("LICENCE", ["OCC0001946285"]), ("PHONE", ["03 6478 5120"])],
     ["Parkinson's disease", "Sinemet 100/25 QID", "Eylea", "TUG 26 s with 4WW", "Berg 31/56",
      "Clinical Frailty Scale 6", "modified Barthel 70/100", "MoCA 24/30", "over-toilet frame", "Otago"]),

    # 9 - Pakistan, Khyber Pakhtunkhwa (Peshawar): emergency upper GI endoscopy report, variceal bleed in HCV cirrhosis
    ("Lady Reading Hospital MTI, Peshawar - Department of Gastroenterology & Hepatology, Endoscopy Suite 2\n"
     "UPPER GI ENDOSCOPY REPORT (EMERGENCY)\n"
     "Date: 27-01-2026 | Time: 02:15 | Endoscopy No. END/26/0392 | MR No. 2026-0058314\n"
     "Patient: Mr. Noor Rehman s/o Sher Bahadar | 54 y | M | CNIC 17301-5920836-7\n"
     "Address: Mohallah Malakan, village Shahi Dheri Bala, Tehsil Takht Bhai, District Mardan\n"
     "Referred from: DHQ Hospital Charsadda (Dr. Irfanullah, MO). Attendant: son Waqas Rehman, 0333-5552718.\n"
     "Indication: haematemesis x3 and melaena since evening; known HCV cirrhosis (SVR after "
     "sofosbuvir/daclatasvir), ascites. Child-Pugh C (11), MELD-Na 23, Glasgow-Blatchford 14. Hb 6.9 g/dL.\n"
     "Pre-procedure: terlipressin 2 mg IV, ceftriaxone 1 g IV, IV esomeprazole; 2 pints cross-matched blood; "
     "airway protected (intubated by anaesthesia, Dr. Mehwish Durrani).\n"
     "Instrument: Olympus GIF-H190, s/n 2935172. Sedation: propofol by anaesthesia.\n"
     "Findings:\n"
     "- Oesophagus: 4 columns of large (F3) varices with red wale signs; white nipple sign at 32 cm (stigmata of "
     "recent haemorrhage).\n"
     "- Stomach: severe portal hypertensive gastropathy (snake-skin mosaic); GOV1 varices along lesser curve, not "
     "bleeding. Fresh blood in fundus, aspirated.\n"
     "- Duodenum: D1/D2 normal.\n"
     "Therapy: EVL with Saeed Six-Shooter multi-band ligator - 6 bands applied, starting at the GOJ; haemostasis "
     "achieved.\n"
     "Recommendations: continue terlipressin for 3-5 days (Baveno VII); ceftriaxone 1 g daily x 7 days; lactulose; "
     "start carvedilol 6.25 mg when off terlipressin and BP allows; repeat EVL in 2 weeks; HCC surveillance (AFP, "
     "USG 6-monthly).\n"
     "Endoscopist: Dr. Farzana Afridi, FCPS (Gastroenterology) | PMDC 52917-P\n"
     "Assistant: Dr. Hamza Tariq-Niazi, PGR | Nurse: Shabana Bibi",
     [("HOSPITAL", ["Lady Reading Hospital"]), ("LOCATION", ["Peshawar"]), ("DATE", ["27-01-2026"]),
      ("ID", ["END/26/0392"]), ("MRN", ["2026-0058314"]), ("NAME", ["Noor", "Rehman"]),
      ("NAME", ["Sher", "Bahadar"]), ("ID", ["17301-5920836-7"]), ("ADDRESS", ["Mohallah Malakan"]),
      ("LOCATION", ["Shahi Dheri Bala"]), ("LOCATION", ["Takht Bhai"]), ("LOCATION", ["Mardan"]),
      ("HOSPITAL", ["DHQ Hospital Charsadda"]), ("NAME", ["Irfanullah"]), ("NAME", ["Waqas", "Rehman"]),
      ("PHONE", ["0333-5552718"]), ("NAME", ["Mehwish", "Durrani"]), ("SERIAL", ["2935172"]),
      ("NAME", ["Farzana", "Afridi"]), ("LICENCE", ["52917-P"]), ("NAME", ["Hamza", "Tariq-Niazi"]),
      ("NAME", ["Shabana", "Bibi"])],
     ["Child-Pugh C (11)", "MELD-Na 23", "Glasgow-Blatchford 14", "terlipressin 2 mg IV", "Olympus GIF-H190",
      "red wale signs", "white nipple sign", "GOV1", "Saeed Six-Shooter", "Baveno VII", "carvedilol 6.25 mg",
      "snake-skin mosaic"]),

    # 10 - Hong Kong (Tuen Mun): community psychiatric nurse home visit record, schizophrenia on clozapine (traditional)
    ("醫院管理局 新界西醫院聯網 屯門醫院精神科 社康護理服務\n"
     "家訪紀錄\n"
     "日期：2025年12月3日（星期三）14:30　個案編號：CPN-TM-25-0719\n"
     "病人：梁志恒　男　41歲　身份證號碼：K602718(0)　病歷號碼：HN05127394(6)\n"
     "地址：新界屯門海晴邨晴朗樓22樓2207室\n"
     "同住：母親何美玲（電話 9527 1408）。姊姊梁詠詩住荃灣，每週探望。\n"
     "工作：屯門兆康庇護工場（包裝），每週五天。\n"
     "診斷：精神分裂症（ICD-10 F20.0）；酒精使用障礙（已戒酒六個月）。\n"
     "藥物：Clozapine 250 mg nocte；Invega Sustenna（paliperidone palmitate）100 mg 每4週肌肉注射，今日於左三角肌注"
     "射；Movicol 1包 daily。\n"
     "精神狀況：衣著整齊，合作，情緒平穩；無幻聽，無被害妄想；否認自殺念頭（C-SSRS 陰性）。BPRS 32。\n"
     "身體：心率 104/分，血壓 118/76；流口水（hypersalivation）夜間較多；便秘已改善。上次 Clozapine 血藥濃度 420 "
     "ng/mL（11月12日）；ANC 3.1 x10^9/L。\n"
     "母親表示病人按時服藥，有參加區內教會（屯門恩光堂）聚會。\n"
     "計劃：四週後再訪（12月31日）；下次覆診：屯門醫院精神科專科門診 2026年1月8日，黃嘉欣醫生。提醒每月抽血（ANC）"
     "。\n"
     "社康護士：陳綺雯 RN(Psy)　香港護士管理局註冊編號 RP063815　辦公室電話 2468 5173",
     [("HOSPITAL", ["新界西醫院聯網"]), ("HOSPITAL", ["屯門醫院"]), ("DATE", ["2025年12月3日"]),
      ("ID", ["CPN-TM-25-0719"]), ("NAME", ["梁志恒"]), ("ID", ["K602718(0)"]), ("MRN", ["HN05127394(6)"]),
      ("LOCATION", ["屯門"]), ("ADDRESS", ["海晴邨晴朗樓22樓2207室"]), ("NAME", ["何美玲"]),
      ("PHONE", ["9527 1408"]), ("NAME", ["梁詠詩"]), ("LOCATION", ["荃灣"]), ("LOCATION", ["屯門兆康庇護工場"]),
      ("DATE", ["11月12日"]), ("LOCATION", ["屯門恩光堂"]), ("DATE", ["12月31日"]), ("DATE", ["2026年1月8日"]),
      ("NAME", ["黃嘉欣"]), ("NAME", ["陳綺雯"]), ("LICENCE", ["RP063815"]), ("PHONE", ["2468 5173"])],
     ["ICD-10 F20.0", "Clozapine 250 mg nocte", "Invega Sustenna", "paliperidone palmitate", "Movicol",
      "C-SSRS 陰性", "BPRS 32", "420 ng/mL", "ANC 3.1 x10^9/L", "流口水（hypersalivation）"]),

    # 11 - Turkey, Trabzon (eastern Black Sea): ED discharge summary, mad honey poisoning (Turkish)
    ("T.C. Sağlık Bakanlığı\n"
     "Kanuni Eğitim ve Araştırma Hastanesi - Acil Tıp Kliniği, Trabzon\n"
     "ACİL SERVİS EPİKRİZİ\n"
     "Protokol No: 2025/306418 | Geliş: 21.07.2025 22:48 | Çıkış: 22.07.2025 16:10\n"
     "Hasta: Yaşar Hacısalihoğlu | 63 yaş | Erkek | T.C. Kimlik No: 36207194822 | Doğum tarihi: 09.03.1962\n"
     "Adres: Çamlıtepe Mah. Fındıklı Sok. No: 7 Daire: 3, 61830 Of/Trabzon | Tel: 0462 771 58 14\n"
     "Geliş şekli: 112 ambulansı (61 KT 3095) ile, Sarıyayla köyünden.\n"
     "Şikâyet: Akşam yemeğinden sonra komşusu Cemil Kalkavan'ın Karaçam yaylasındaki kovanlarından aldığı \"deli "
     "bal\"dan (Rhododendron ponticum balı) yaklaşık 3 yemek kaşığı yedikten 1 saat sonra baş dönmesi, bulantı, "
     "kusma, terleme ve bayılacak gibi olma.\n"
     "Fizik muayene: Bilinç açık, koopere, GKS 15. TA 70/40 mmHg, nabız 38/dk, SpO2 %96, ateş 36,4 °C. Terli, "
     "soluk. Nörolojik muayene doğal.\n"
     "EKG: sinüs bradikardisi 38/dk, aralıklı 2:1 AV blok; ST-T değişikliği yok.\n"
     "Tetkikler: Troponin I negatif, K 4,1 mmol/L, kreatinin 0,9 mg/dL.\n"
     "Tedavi: atropin 0,5 mg IV (2 doz, toplam 1 mg), SF %0,9 1000 mL bolus, kardiyak monitörizasyon. 2 saat sonra "
     "nabız 72/dk, TA 118/74 mmHg, sinüs ritmi.\n"
     "Tanı: Grayanotoksin zehirlenmesi (deli bal zehirlenmesi) - ICD-10 T62.2\n"
     "Ulusal Zehir Danışma Merkezi (UZEM) aranarak bilgi verildi. 14 saat monitörize izlendi, şikâyetleri geriledi.\n"
     "Öneriler: Deli bal tüketmemesi, baş dönmesi/bayılma olursa 112'yi araması, 1 hafta sonra aile hekimi "
     "kontrolü.\n"
     "Refakatçi: oğlu Emre Hacısalihoğlu, 0532 604 27 19\n"
     "Sorumlu hekim: Uzm. Dr. Zeynep Kurtoğlu-Aydın, Acil Tıp Uzmanı | Diploma Tescil No: 63158\n"
     "Konsültan: Doç. Dr. Selim Bayraktaroğlu (Kardiyoloji)",
     [("HOSPITAL", ["Kanuni Eğitim ve Araştırma Hastanesi"]), ("LOCATION", ["Trabzon"]), ("ID", ["2025/306418"]),
      ("DATE", ["21.07.2025"]), ("DATE", ["22.07.2025"]), ("NAME", ["Yaşar", "Hacısalihoğlu"]),
      ("ID", ["36207194822"]), ("DATE", ["09.03.1962"]),
      ("ADDRESS", ["Çamlıtepe Mah. Fındıklı Sok. No: 7 Daire: 3"]), ("POSTCODE", ["61830"]), ("LOCATION", ["Of"]),
      ("PHONE", ["0462 771 58 14"]), ("PLATE", ["61 KT 3095"]), ("LOCATION", ["Sarıyayla"]),
      ("NAME", ["Cemil", "Kalkavan"]), ("LOCATION", ["Karaçam"]), ("NAME", ["Emre"]), ("PHONE", ["0532 604 27 19"]),
      ("NAME", ["Zeynep", "Kurtoğlu-Aydın"]), ("LICENCE", ["63158"]), ("NAME", ["Selim", "Bayraktaroğlu"])],
     ["deli bal", "Rhododendron ponticum", "GKS 15", "TA 70/40 mmHg", "sinüs bradikardisi 38/dk", "2:1 AV blok",
      "atropin 0,5 mg IV", "SF %0,9 1000 mL", "Grayanotoksin zehirlenmesi", "ICD-10 T62.2", "Troponin I negatif"]),

    # 12 - England, Cornwall (Truro): home respiratory polygraphy (sleep study) report, severe OSA in an HGV driver
    ("Royal Cornwall Hospitals NHS Trust - Respiratory Sleep Service\n"
     "Royal Cornwall Hospital (Treliske), Truro TR1 3XQ | sleep.service@rcht-resp.nhs.uk | tel 01872 253 916\n"
     "HOME RESPIRATORY POLYGRAPHY REPORT (Level 3)\n"
     "Study night: 18/02/2026 | Reported: 24/02/2026\n"
     "Patient: Mr Jory Penhaligon-Trewin | DOB 14/03/1971 | NHS No. 648 213 9043 | Hosp No. RCH7062194\n"
     "Address: 4 Wheal Jenny Cottages, Carnkie Downs, Redruth TR16 6QZ\n"
     "Referred by: Dr Demelza Rowe-Pascoe, Dolcoath Surgery, Camborne\n"
     "Occupation: HGV driver (category C+E), Kernow Aggregates Haulage Ltd. Driving licence PENHA703141JR9AB.\n"
     "Device: ResMed ApneaLink Air, s/n 22181750396. Recording 23:05-06:17 (7 h 12 min), valid signal 6 h 48 min.\n"
     "Results: AHI 41.6/h (obstructive 39.8/h, central 1.8/h); ODI 4% 38.2/h; nadir SpO2 74%; T90 18%; supine AHI "
     "62.3/h, non-supine 19.4/h; snoring 48% of TST.\n"
     "Questionnaires: Epworth 16/24; STOP-BANG 6/8. BMI 37.2, neck 45 cm, Mallampati IV.\n"
     "Conclusion: Severe obstructive sleep apnoea with excessive daytime sleepiness.\n"
     "Plan:\n"
     "1. Auto-CPAP (ResMed AirSense 11 AutoSet), 4-20 cmH2O, nasal pillows; mask fitting clinic 03/03/2026.\n"
     "2. DVLA: Group 2 licence holder with excessive sleepiness - must not drive HGVs and must notify the DVLA "
     "until symptoms are controlled (DVLA Assessing fitness to drive). Advised in person today; he will tell his "
     "transport manager, Mr Jago Tregenza.\n"
     "3. CPAP download and Epworth at 4/52; weight management referral.\n"
     "Dr Tamsin Pengelly-Hosken, Consultant Respiratory Physician | GMC 6093174\n"
     "Study scored by Kerensa Tonkin, Clinical Physiologist | RCCP 507162",
     [("HOSPITAL", ["Royal Cornwall Hospitals NHS Trust"]), ("HOSPITAL", ["Royal Cornwall Hospital"]),
      ("LOCATION", ["Treliske"]), ("LOCATION", ["Truro"]), ("POSTCODE", ["TR1 3XQ"]),
      ("EMAIL", ["sleep.service@rcht-resp.nhs.uk"]), ("PHONE", ["01872 253 916"]), ("DATE", ["18/02/2026"]),
      ("DATE", ["24/02/2026"]), ("NAME", ["Jory", "Penhaligon-Trewin"]), ("DATE", ["14/03/1971"]),
      ("ID", ["648 213 9043"]), ("MRN", ["RCH7062194"]), ("ADDRESS", ["4 Wheal Jenny Cottages"]),
      ("LOCATION", ["Carnkie Downs"]), ("LOCATION", ["Redruth"]), ("POSTCODE", ["TR16 6QZ"]),
      ("NAME", ["Demelza", "Rowe-Pascoe"]), ("HOSPITAL", ["Dolcoath Surgery"]), ("LOCATION", ["Camborne"]),
      ("LOCATION", ["Kernow Aggregates Haulage Ltd"]), ("LICENCE", ["PENHA703141JR9AB"]),
      ("SERIAL", ["22181750396"]), ("DATE", ["03/03/2026"]), ("NAME", ["Jago", "Tregenza"]),
      ("NAME", ["Tamsin", "Pengelly-Hosken"]), ("LICENCE", ["6093174"]), ("NAME", ["Kerensa", "Tonkin"]),
      ("LICENCE", ["507162"])],
     ["AHI 41.6/h", "ODI 4% 38.2/h", "nadir SpO2 74%", "Epworth 16/24", "STOP-BANG 6/8", "Mallampati IV",
      "Severe obstructive sleep apnoea", "ResMed AirSense 11 AutoSet", "Group 2", "4/52", "ResMed ApneaLink Air"]),

    # 13 - New Zealand, West Coast (Greymouth): notifiable disease case report, leptospirosis
    ("Te Whatu Ora - Health New Zealand | Te Tai o Poutini West Coast - Public Health Service\n"
     "NOTIFIABLE DISEASE CASE REPORT: LEPTOSPIROSIS | EpiSurv No. 25-592817-WC\n"
     "Notified: 09/05/2025 by Dr Hamish McGlashan, Te Nikau Grey Hospital & Health Centre, Greymouth (ph 03 769 "
     "5172)\n"
     "Case: Brendon Tuhiwai-Crowe | M | 38 y | DOB 21/09/1986 | NHI PVF5066 | ACC claim 10063725148\n"
     "Address: 1127 Totara Downs Road, RD 1, Rakaunui Flat 7872\n"
     "Occupation: relief milker at Kanuka Downs Dairies Ltd (600-cow rotary shed); pig hunts with dogs at weekends.\n"
     "Illness: onset 28/04/2025 - fever, severe headache, calf myalgia, conjunctival suffusion. Admitted to Grey "
     "Hospital 02/05 with AKI (creat 284 umol/L), jaundice (bili 88 umol/L), plt 41. Transferred to Christchurch "
     "Hospital ICU 03/05 - Weil's disease; needed CRRT x 3 days. Now recovering on the ward.\n"
     "Lab (Canterbury Health Laboratories): Leptospira PCR (blood) positive; MAT titre 1:1600, serovar Hardjo "
     "(presumptive).\n"
     "Treatment: benzylpenicillin 1.2 g IV q6h, then doxycycline 100 mg BD; mild Jarisch-Herxheimer reaction on "
     "day 1.\n"
     "Exposure: milking without face shield or gloves; urine splash to face; herd Leptoshield booster overdue; "
     "also gutted wild pigs bare-handed.\n"
     "Actions: WorkSafe notified 09/05; farm owner Graeme Bruning-Hay (021 555 0187) advised on herd vaccination "
     "and PPE; partner Shontelle Rakena (027 555 6039) given information.\n"
     "Health Protection Officer: Anahera Pou-Tipene | anahera.pou-tipene@wcphs.health.nz | 03 768 2209",
     [("LOCATION", ["Te Tai o Poutini West Coast"]), ("ID", ["25-592817-WC"]), ("DATE", ["09/05/2025"]),
      ("NAME", ["Hamish", "McGlashan"]), ("HOSPITAL", ["Te Nikau Grey Hospital & Health Centre"]),
      ("LOCATION", ["Greymouth"]), ("PHONE", ["03 769 5172"]), ("NAME", ["Brendon", "Tuhiwai-Crowe"]),
      ("DATE", ["21/09/1986"]), ("ID", ["PVF5066"]), ("ID", ["10063725148"]),
      ("ADDRESS", ["1127 Totara Downs Road, RD 1"]), ("LOCATION", ["Rakaunui Flat"]), ("POSTCODE", ["7872"]),
      ("LOCATION", ["Kanuka Downs Dairies Ltd"]), ("DATE", ["28/04/2025"]), ("HOSPITAL", ["Grey Hospital"]),
      ("DATE", ["02/05"]), ("HOSPITAL", ["Christchurch Hospital"]), ("DATE", ["03/05"]),
      ("HOSPITAL", ["Canterbury Health Laboratories"]), ("DATE", ["09/05"]), ("NAME", ["Graeme", "Bruning-Hay"]),
      ("PHONE", ["021 555 0187"]), ("NAME", ["Shontelle", "Rakena"]), ("PHONE", ["027 555 6039"]),
      ("NAME", ["Anahera", "Pou-Tipene"]), ("EMAIL", ["anahera.pou-tipene@wcphs.health.nz"]),
      ("PHONE", ["03 768 2209"])],
     ["conjunctival suffusion", "creat 284 umol/L", "Weil's disease", "CRRT", "Leptospira PCR", "MAT titre 1:1600",
      "serovar Hardjo", "benzylpenicillin 1.2 g IV q6h", "doxycycline 100 mg BD", "Jarisch-Herxheimer reaction",
      "Leptoshield"]),

    # 14 - Cyprus (Limassol): thalassaemia centre transfusion and chelation visit record (Greek)
    ("ΟΡΓΑΝΙΣΜΟΣ ΚΡΑΤΙΚΩΝ ΥΓΕΙΟΝΟΜΙΚΩΝ ΥΠΗΡΕΣΙΩΝ\n"
     "Γενικό Νοσοκομείο Λεμεσού - Κέντρο Θαλασσαιμίας | τηλ. 25 801 637\n"
     "ΦΥΛΛΟ ΕΠΙΣΚΕΨΗΣ / ΜΕΤΑΓΓΙΣΗΣ | 15 Ιανουαρίου 2026\n"
     "Ασθενής: Αντρέας Χατζηπαναγή | 34 ετών | γεν. 11/02/1991 | Αρ. Ταυτότητας 1052793 | Δικαιούχος ΓεΣΥ 38160427 "
     "| Αρ. Φακέλου ΘΛ-0627\n"
     "Διεύθυνση: Οδός Αγίου Αμβροσίου 14, 4718 Λεμονοχώρι Λεμεσού | κιν. 99 620 418\n"
     "Εργασία: λογιστής στην Κιτίου Ναυτιλιακή Λτδ, Λεμεσός.\n"
     "Διάγνωση: β-θαλασσαιμία μείζων (β0/β+ IVS-I-110), εξαρτώμενη από μεταγγίσεις· σπληνεκτομή σε παιδική ηλικία.\n"
     "Σήμερα: Hb προ 9,1 g/dL. Μετάγγιση 2 μονάδων συμπυκνωμένων ερυθρών (λευκαφαιρεμένα), χωρίς αντίδραση. ΑΠ "
     "118/72, σφύξεις 78.\n"
     "Χηλική θεραπεία: Exjade (deferasirox) 1.400 mg/ημέρα + Desferal 2 g υποδορίως 5 νύχτες/εβδομάδα με αντλία "
     "Crono S-PID 50 (αρ. σειράς CR50-217493).\n"
     "Φερριτίνη 1.840 ng/mL (Νοέμβριος: 2.210). MRI T2* καρδιάς 16 ms, LIC 9,2 mg Fe/g (Δεκέμβριος).\n"
     "Κρεατινίνη 0,8 mg/dL, ALT 34 U/L. Ακοογράφημα και οφθαλμολογική εξέταση φυσιολογικά.\n"
     "Επόμενη μετάγγιση: 5 Φεβρουαρίου, 08:00.\n"
     "Συνοδός: η σύζυγος Μαρίνα Χατζηπαναγή, κιν. 96 318 205.\n"
     "Ιατρός: Δρ Ελένη Σολομωνίδου-Ιωάννου, Αιματολόγος | Αρ. Εγγραφής 4273 | e.solomonidou@gnl-thal.org.cy\n"
     "Νοσηλεύτρια: Χρυστάλλα Παπαχριστοφόρου",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("PHONE", ["25 801 637"]), ("DATE", ["15 Ιανουαρίου 2026"]),
      ("NAME", ["Αντρέας", "Χατζηπαναγή"]), ("DATE", ["11/02/1991"]), ("ID", ["1052793"]), ("ID", ["38160427"]),
      ("MRN", ["ΘΛ-0627"]), ("ADDRESS", ["Οδός Αγίου Αμβροσίου 14"]), ("POSTCODE", ["4718"]),
      ("LOCATION", ["Λεμονοχώρι Λεμεσού"]), ("PHONE", ["99 620 418"]), ("LOCATION", ["Κιτίου Ναυτιλιακή Λτδ"]),
      ("LOCATION", ["Λεμεσός"]), ("SERIAL", ["CR50-217493"]), ("DATE", ["Νοέμβριος"]), ("DATE", ["Δεκέμβριος"]),
      ("DATE", ["5 Φεβρουαρίου"]), ("NAME", ["Μαρίνα", "Χατζηπαναγή"]), ("PHONE", ["96 318 205"]),
      ("NAME", ["Ελένη", "Σολομωνίδου-Ιωάννου"]), ("LICENCE", ["4273"]),
      ("EMAIL", ["e.solomonidou@gnl-thal.org.cy"]), ("NAME", ["Χρυστάλλα", "Παπαχριστοφόρου"])],
     ["β-θαλασσαιμία μείζων", "IVS-I-110", "Hb προ 9,1 g/dL", "Exjade", "deferasirox", "Desferal", "Crono S-PID 50",
      "Φερριτίνη 1.840 ng/mL", "MRI T2* καρδιάς 16 ms", "LIC 9,2 mg Fe/g"]),

    # 15 - Brazil, Minas Gerais (Sete Lagoas): emergency unit record, scorpion sting (Brazilian Portuguese)
    ("PREFEITURA MUNICIPAL DE SETE LAGOAS - SECRETARIA MUNICIPAL DE SAÚDE\n"
     "UPA 24h Dona Zizinha Magalhães\n"
     "FICHA DE ATENDIMENTO - ACIDENTE POR ANIMAL PEÇONHENTO | Notificação SINAN nº 6183042\n"
     "Data: 23/03/2026 | Hora: 19:42 | Nº do atendimento: 2026031957\n"
     "Paciente: Davi Lucas Ferreira dos Santos | Sexo: M | Idade: 6 anos | DN: 04/08/2019 | CNS 703581904622717\n"
     "Responsável: mãe, Jéssica Ferreira Nunes | CPF 305.927.614-52 | Tel.: (31) 98527-1604\n"
     "Endereço: Rua Dona Zica Ribeiro, 127, Bairro Santa Luzia do Cedro, Sete Lagoas-MG, CEP 35702-519\n"
     "Escola: Escola Municipal Professora Alaíde Campos Viana (1º ano)\n"
     "História: picada no pé direito ao calçar o tênis há cerca de 40 minutos; mãe trouxe o escorpião num pote - "
     "escorpião-amarelo (Tityus serrulatus). Dor intensa local, vômitos (4 episódios), sudorese, sialorreia, "
     "agitação.\n"
     "Exame físico: FC 148 bpm, PA 130/90 mmHg, FR 36 irpm, SatO2 95%, TEC 3 s, Tax 36,8 °C. Glasgow 15. "
     "Extremidades frias. Ausculta pulmonar limpa.\n"
     "Classificação: acidente escorpiônico MODERADO (vômitos, sudorese, agitação).\n"
     "Conduta: soro antiescorpiônico (SAEsc) 3 ampolas IV em 20 min; lidocaína 2% sem vasoconstritor no local da "
     "picada; dipirona 15 mg/kg IV; ondansetrona; monitorização cardíaca; ECG, troponina, CK-MB, glicemia, "
     "gasometria, RX de tórax.\n"
     "Transferência solicitada via Central de Regulação para o Hospital Municipal Monsenhor Flávio D'Amato "
     "(pediatria). Ambulância SAMU USA-03, placa RTB4E27.\n"
     "Médica: Dra. Thaís Carvalho Mourão - CRM-MG 74.182\n"
     "Enfermeira: Rosângela Aparecida Pires - COREN-MG 529.418-ENF",
     [("LOCATION", ["SETE LAGOAS"]), ("HOSPITAL", ["UPA 24h Dona Zizinha Magalhães"]), ("ID", ["6183042"]),
      ("DATE", ["23/03/2026"]), ("ID", ["2026031957"]), ("NAME", ["Davi", "Lucas", "Ferreira dos Santos"]),
      ("DATE", ["04/08/2019"]), ("ID", ["703581904622717"]), ("NAME", ["Jéssica", "Ferreira Nunes"]),
      ("ID", ["305.927.614-52"]), ("PHONE", ["(31) 98527-1604"]), ("ADDRESS", ["Rua Dona Zica Ribeiro, 127"]),
      ("LOCATION", ["Santa Luzia do Cedro"]), ("LOCATION", ["Sete Lagoas"]), ("POSTCODE", ["35702-519"]),
      ("LOCATION", ["Escola Municipal Professora Alaíde Campos Viana"]),
      ("HOSPITAL", ["Hospital Municipal Monsenhor Flávio D'Amato"]), ("PLATE", ["RTB4E27"]),
      ("NAME", ["Thaís", "Carvalho Mourão"]), ("LICENCE", ["74.182"]), ("NAME", ["Rosângela", "Aparecida", "Pires"]),
      ("LICENCE", ["529.418-ENF"])],
     ["Tityus serrulatus", "sialorreia", "FC 148 bpm", "TEC 3 s", "Glasgow 15", "acidente escorpiônico MODERADO",
      "soro antiescorpiônico (SAEsc) 3 ampolas", "lidocaína 2% sem vasoconstritor", "dipirona 15 mg/kg", "CK-MB"]),

    # 16 - Northern Ireland, Co. Fermanagh (Enniskillen): teledermatology triage, lentigo maligna, patient aged 91
    ("Western Health and Social Care Trust - South West Acute Hospital, Enniskillen - Dermatology\n"
     "TELEDERMATOLOGY / DERMOSCOPY REFERRAL - CONSULTANT TRIAGE\n"
     "Received 09/01/2026 | Triaged 12/01/2026 | Case https://telederm-west.hscni.net/case/26-0163\n"
     "Patient: Mr Fergus Maguire-McCaffrey | aged 91 | DOB 02/10/1934 | H&C No. 903 518 2766 | Hosp No. SWA0739152\n"
     "Address: Drumcorran Farm, Killyreagh Road, Co. Fermanagh BT92 5QX\n"
     "Referring GP: Dr Orla Corrigan-Breen, Lisnaskea Health Centre (practice tel 028 6772 4195)\n"
     "Images: 3 clinical + 2 dermoscopic (DermLite DL4 on practice iPhone), good quality; uploaded 09/01 16:42 "
     "from practice workstation 10.214.37.152.\n"
     "History: pigmented patch L cheek, slowly enlarging since September; daughter-in-law Roisin noticed it "
     "darkening at Christmas. Lifelong beef and sheep farmer, outdoors every day; BCC excised from the nose in "
     "2017 (Altnagelvin). Lives with son Declan and Roisin, who drive him.\n"
     "Medication: apixaban 2.5 mg BD (AF), amlodipine. Hard of hearing; Rockwood CFS 4.\n"
     "Dermoscopy: asymmetric pigmented follicular openings, annular-granular pattern and rhomboidal structures at "
     "the inferior edge; grey dots. Size 28 x 19 mm. 7-point checklist 5.\n"
     "Triage outcome: RED FLAG - suspected lentigo maligna / lentigo maligna melanoma. Book Red Flag Skin Clinic, "
     "Omagh Hospital & Primary Care Complex, 22/01/2026 09:40 - incisional biopsy; do not stop apixaban.\n"
     "Letter to GP and patient; son asked to bring him.\n"
     "Dr Niamh Fee-Cassidy, Consultant Dermatologist | GMC 4617028",
     [("HOSPITAL", ["Western Health and Social Care Trust"]), ("HOSPITAL", ["South West Acute Hospital"]),
      ("LOCATION", ["Enniskillen"]), ("DATE", ["09/01/2026"]), ("DATE", ["12/01/2026"]), ("DATE", ["09/01"]),
      ("URL", ["https://telederm-west.hscni.net/case/26-0163"]), ("IP", ["10.214.37.152"]),
      ("NAME", ["Fergus", "Maguire-McCaffrey"]), ("AGE", ["aged 91"]), ("DATE", ["02/10/1934"]),
      ("ID", ["903 518 2766"]), ("MRN", ["SWA0739152"]), ("ADDRESS", ["Drumcorran Farm, Killyreagh Road"]),
      ("LOCATION", ["Co. Fermanagh"]), ("POSTCODE", ["BT92 5QX"]), ("NAME", ["Orla", "Corrigan-Breen"]),
      ("HOSPITAL", ["Lisnaskea Health Centre"]), ("PHONE", ["028 6772 4195"]), ("DATE", ["September"]),
      ("NAME", ["Roisin"]), ("DATE", ["Christmas"]), ("DATE", ["2017"]), ("HOSPITAL", ["Altnagelvin"]),
      ("NAME", ["Declan"]), ("HOSPITAL", ["Omagh Hospital & Primary Care Complex"]), ("DATE", ["22/01/2026"]),
      ("NAME", ["Niamh", "Fee-Cassidy"]), ("LICENCE", ["4617028"])],
     ["DermLite DL4", "apixaban 2.5 mg BD", "Rockwood CFS 4", "annular-granular pattern", "rhomboidal structures",
      "28 x 19 mm", "7-point checklist 5", "lentigo maligna melanoma", "BCC", "incisional biopsy"]),

    # 17 - China, Yunnan (Dali): EICU admission record, Amanita mushroom poisoning with acute liver injury (simplified)
    ("大理白族自治州人民医院 急诊重症监护室（EICU）\n"
     "入院记录\n"
     "入院时间：2025年7月9日 03:20　住院号：DL0529174　床号：EICU-6\n"
     "姓名：杨金凤（白族）　性别：女　年龄：62岁　出生日期：1962年9月17日\n"
     "身份证号：532901196209173024　联系电话：0872-2251836\n"
     "住址：云南省大理市凤仪镇石洞村委会上庄村民小组27号\n"
     "主诉：进食自采野生菌后呕吐、腹泻2天，乏力、尿黄1天。\n"
     "现病史：7月6日晚与丈夫李建国在家食用自采野生菌（外观白色，有菌环和菌托），约12小时后出现剧烈呕吐、水样泻10余"
     "次。7月7日于凤仪镇卫生院补液治疗，症状一度缓解。7月8日起乏力明显、尿色加深，遂来我院。丈夫同食后症状较轻，同"
     "时收住本科。婆婆段秀英当晚未食用。\n"
     "查体：T 36.9℃，P 112次/分，BP 96/58 mmHg。神清，皮肤巩膜轻度黄染，肝区叩痛阳性，扑翼样震颤阴性。\n"
     "辅助检查：ALT 2140 U/L，AST 1865 U/L，TBil 68 μmol/L，PT 28 s，INR 2.6，Cr 96 μmol/L，血糖 3.1 mmol/L。残余菌"
     "样经州疾控中心初步鉴定为致命鹅膏（Amanita exitialis）。\n"
     "诊断：1. 急性鹅膏菌中毒（急性肝损伤型）　2. 急性肝衰竭待排\n"
     "诊疗计划：1. 水飞蓟宾 20 mg/kg/d 静滴；N-乙酰半胱氨酸按 Prescott 方案；青霉素G 静滴。2. 血液灌流联合血浆置换"
     "。3. 监测血糖、凝血、血氨；按 King's College 标准动态评估，已联系昆明医科大学第一附属医院肝移植中心。\n"
     "联系人：女儿 李春梅　电话 158-8721-4027\n"
     "记录医师：段海燕　　上级医师：赵光荣 主任医师",
     [("HOSPITAL", ["大理白族自治州人民医院"]), ("DATE", ["2025年7月9日"]), ("MRN", ["DL0529174"]),
      ("NAME", ["杨金凤"]), ("DATE", ["1962年9月17日"]), ("ID", ["532901196209173024"]), ("PHONE", ["0872-2251836"]),
      ("LOCATION", ["大理市"]), ("LOCATION", ["凤仪镇"]), ("LOCATION", ["石洞村委会"]),
      ("LOCATION", ["上庄村民小组"]), ("ADDRESS", ["27号"]), ("DATE", ["7月6日"]), ("NAME", ["李建国"]),
      ("DATE", ["7月7日"]), ("HOSPITAL", ["凤仪镇卫生院"]), ("DATE", ["7月8日"]), ("NAME", ["段秀英"]),
      ("HOSPITAL", ["昆明医科大学第一附属医院"]), ("NAME", ["李春梅"]), ("PHONE", ["158-8721-4027"]),
      ("NAME", ["段海燕"]), ("NAME", ["赵光荣"])],
     ["菌环和菌托", "ALT 2140 U/L", "INR 2.6", "致命鹅膏（Amanita exitialis）", "水飞蓟宾 20 mg/kg/d",
      "N-乙酰半胱氨酸", "Prescott 方案", "血液灌流联合血浆置换", "King's College 标准", "扑翼样震颤阴性"]),

    # 18 - Sri Lanka, North Central Province (Anuradhapura): bed head ticket, Russell's viper envenoming
    ("Teaching Hospital Anuradhapura - Medical Ward 08\n"
     "BED HEAD TICKET | BHT No. 52719/25 | Admitted 16.11.2025 01:30 (transfer)\n"
     "Name: Wanninayaka Mudiyanselage Ranjith Bandara | 46 y | M | NIC 197932104618\n"
     "Address: No. 18, Yaya 6, Pahala Kumbukwewa, GN Division 612-B, Kekirawa DS Division\n"
     "Occupation: paddy farmer. Wife: Kumari Menike, 071 555 2946.\n"
     "Transferred from: Divisional Hospital Maha Ilukwewa (Dr. Nuwan Senarathne, 16.11.2025 00:10) with the killed "
     "snake - identified here as Russell's viper (Daboia russelii).\n"
     "History: bitten on the R ankle at dusk (~19:45, 15.11.2025) walking on the field bund; local pain and "
     "swelling, vomiting, bleeding gums.\n"
     "O/E: swelling up to mid-calf, fang marks; ptosis ++, no respiratory distress; BP 100/60, PR 108; passed only "
     "80 mL urine since bite.\n"
     "20WBCT: unclotted (at DH and on admission).\n"
     "Management: polyvalent AVS (VINS) 10 vials in 200 mL NS over 1 h after adrenaline 0.25 mg SC premedication - "
     "started 01:50, no reaction; repeat 20WBCT at 6 h unclotted -> further 10 vials at 08:05; 20WBCT clotted at "
     "14:10.\n"
     "S. creatinine 3.4 mg/dL, K 5.9, CPK 4200 - AKI; urine dark. Referred to renal unit for haemodialysis.\n"
     "17.11.2025 ward round: Consultant Physician Dr. Mahinda Rajakaruna-Herath - continue AVS monitoring; HD "
     "today; tetanus toxoid given.\n"
     "Signed: Dr. S.A. Dilrukshi Fernando (MO) | SLMC 38261",
     [("HOSPITAL", ["Teaching Hospital Anuradhapura"]), ("ID", ["52719/25"]), ("DATE", ["16.11.2025"]),
      ("NAME", ["Wanninayaka Mudiyanselage", "Ranjith", "Bandara"]), ("ID", ["197932104618"]),
      ("ADDRESS", ["No. 18, Yaya 6"]), ("LOCATION", ["Pahala Kumbukwewa"]), ("LOCATION", ["612-B"]),
      ("LOCATION", ["Kekirawa"]), ("NAME", ["Kumari", "Menike"]), ("PHONE", ["071 555 2946"]),
      ("HOSPITAL", ["Divisional Hospital Maha Ilukwewa"]), ("NAME", ["Nuwan", "Senarathne"]),
      ("DATE", ["15.11.2025"]), ("DATE", ["17.11.2025"]), ("NAME", ["Mahinda", "Rajakaruna-Herath"]),
      ("NAME", ["S.A.", "Dilrukshi", "Fernando"]), ("LICENCE", ["38261"])],
     ["Russell's viper", "Daboia russelii", "ptosis ++", "20WBCT", "polyvalent AVS (VINS)", "adrenaline 0.25 mg SC",
      "S. creatinine 3.4 mg/dL", "CPK 4200", "tetanus toxoid", "haemodialysis"]),

    # 19 - USA, West Virginia (southern coalfields): black lung pulmonary evaluation, miner aged 91
    ("Guyandotte Valley Black Lung Clinic - 418 Railroad Ave, Beckley WV 25802 | ph 304-555-0125\n"
     "U.S. DEPARTMENT OF LABOR COMPLETE PULMONARY EVALUATION (Form CM-988 narrative)\n"
     "Date of exam: 02/18/2026 | DOL case no. 2025-BLA-06173 | SSN 235-61-9074\n"
     "Miner: Okey Delmer Toler | age 91 | DOB 07/04/1934\n"
     "Address: HC 64 Box 219, Wolf Pen Hollow Rd, Bradshaw Fork WV 25617\n"
     "Coal mine employment: 38 years underground (1954-1992), roof bolter then continuous miner operator, last at "
     "Tug Fork Collieries No. 7 (MSHA ID 46-05238). UMWA Local 6027. Never smoked.\n"
     "Symptoms: dyspnea walking 50 ft on level ground, 2-pillow orthopnea, cough productive of black sputum "
     "\"since the 1970s\". Uses 2 L O2 at night (Lincare concentrator).\n"
     "Exam: thin, pursed-lip breathing, no clubbing, fine crackles at both bases, no edema.\n"
     "Chest x-ray (ILO 2011 classification, read by B Reader): small opacities q/r, profusion 2/1, all zones upper "
     "> lower; large opacity category B - complicated pneumoconiosis (progressive massive fibrosis, PMF).\n"
     "Spirometry (post-BD): FEV1 0.98 L (42% pred), FVC 1.72 L (57% pred), FEV1/FVC 0.57. DLCO 38% pred.\n"
     "ABG at rest (room air): pH 7.41, PaCO2 43, PaO2 58.\n"
     "Conclusions: 1. Complicated coal workers' pneumoconiosis (PMF), arising from coal mine employment. 2. "
     "Totally disabled from a respiratory standpoint; he could not return to his last coal mine job. Qualifies "
     "under the Federal Coal Mine Health and Safety Act of 1969 as amended (Black Lung Benefits Act).\n"
     "Widowed in 2013 (wife Ruby). Brought by daughter Wanda Toler-Blankenship (304-555-0176). He turned 91 on the "
     "Fourth of July and still goes to Laurel Fork Freewill Baptist Church.\n"
     "Harlan Vickers-Ashby, MD | NIOSH B Reader cert. 52190 | WV license 31827 | NPI 1673059287",
     [("HOSPITAL", ["Guyandotte Valley Black Lung Clinic"]), ("ADDRESS", ["418 Railroad Ave"]),
      ("LOCATION", ["Beckley"]), ("POSTCODE", ["25802"]), ("PHONE", ["304-555-0125"]), ("DATE", ["02/18/2026"]),
      ("ID", ["2025-BLA-06173"]), ("ID", ["235-61-9074"]), ("NAME", ["Okey", "Delmer", "Toler"]),
      ("AGE", ["age 91"]), ("DATE", ["07/04/1934"]), ("ADDRESS", ["HC 64 Box 219, Wolf Pen Hollow Rd"]),
      ("LOCATION", ["Bradshaw Fork"]), ("POSTCODE", ["25617"]), ("DATE", ["1954-1992"]),
      ("LOCATION", ["Tug Fork Collieries No. 7"]), ("ID", ["46-05238"]), ("LOCATION", ["UMWA Local 6027"]),
      ("DATE", ["1970s"]), ("DATE", ["2013"]), ("NAME", ["Ruby"]), ("NAME", ["Wanda", "Toler-Blankenship"]),
      ("PHONE", ["304-555-0176"]), ("AGE", ["91"]), ("DATE", ["Fourth of July"]),
      ("LOCATION", ["Laurel Fork Freewill Baptist Church"]), ("NAME", ["Harlan", "Vickers-Ashby"]),
      ("LICENCE", ["52190"]), ("LICENCE", ["31827"]), ("ID", ["1673059287"])],
     ["ILO 2011 classification", "B Reader", "q/r", "profusion 2/1", "large opacity category B",
      "progressive massive fibrosis", "FEV1/FVC 0.57", "DLCO 38% pred", "PaO2 58",
      "Federal Coal Mine Health and Safety Act of 1969", "Black Lung Benefits Act"]),
] + MORE_NOTES
