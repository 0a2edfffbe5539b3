"""Eighteenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (898 planted identifier parts in 768 (kind, parts) entries; 251 clinical strings), mostly in English, written
the way clinicians write them: an emergency department physician note, a nursing station encounter with a physician
phone consult and medevac, a post-take ward round, a demyelinating disease clinic letter to a health centre GP, a
patient-portal message thread, a nursing home GP visit, an ICU admission note, an emergency record with a hyperbaric
medicine consult, a remote area nurse record with an aeromedical retrieval, a paediatric discharge summary, a GP
consultation, a district hospital referral letter to an obstetric unit, a multidisciplinary tumour board list, a school
nurse visit record, an orthopaedic discharge summary, an inter-hospital transfer note, a psychiatric emergency
assessment, a laboratory request form with its result, an oral surgery outpatient record with consent for a later
extraction, a registered nurse telephone triage record, a consent form for an amputation, a community pharmacist's
intervention and emergency supply record, a hospice admission at home, a child protection referral, an ambulance patient
transport record, a ship's medical log with radio medical advice, an animal bite treatment centre nursing record, a
histopathology report, an NCD and diabetes clinic list, a military heat illness record, a family doctor's referral
letter to cardiology, a pulmonology consult letter made with voice recognition and not corrected, a patient safety
incident report, a CT report, a hospital social work assessment and discharge plan, a factory medical officer's periodic
examination and return-to-work assessment, a care home nursing record, a prison reception health assessment, a
speech-language therapy swallow assessment with a FEES report and an ENT outpatient letter. From the US (Montana,
Vermont, Texas, Minnesota, Arizona), Canada (Nunavut, Saskatchewan, Ontario), England (Cumbria, Norfolk), Wales (Powys),
Ireland (Co. Donegal, Co. Kerry), Australia (Northern Territory, Western Australia), New Zealand (Northland), South
Africa (KwaZulu-Natal), India (Punjab and Tamil Nadu, in English), Nigeria (Edo), Kenya (Mombasa), Tanzania (Zanzibar),
Jamaica, Barbados, Saint Lucia, Malaysia (Sabah, Penang), the Philippines (Davao), Fiji, Samoa, Papua New Guinea, Greece
(Ioannina, Larissa, Corfu, Rhodes), mainland China (Heilongjiang, Guangdong), Taiwan (Taichung), Macau and Romania
(Maramureș).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 3 (Ioannina), 14 (Larissa), 24 (Corfu) and 33
(Rhodes) are in Greek script, with Greek names and patronymics, addresses, phone numbers, facilities and Greek month
names; notes 7 (Harbin) and 27 (Jiangmen) are in simplified Chinese and notes 18 (Taichung, with Republic of China
calendar dates) and 36 (Macau) in traditional Chinese, with names, addresses, phone numbers, facilities and dates in
Chinese; note 11 is in Swahili (Zanzibar) and note 30 in Romanian (Maramureș), each with dates in that language; all
other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (Sh., Smt., Tmt., w/o,
W/o, anak, binti, Bw., Dkt., Pn., Sister, Pte, Capt, του with a patronymic), bare in prose, in sign-offs, addresses with
and without house numbers (an Irish house name, a Barbados and a Fijian lot, a Philippine phase, block and lot, a
Malaysian flat block and unit, a Chinese village group number, a Romanian village house number, a Macau street number, a
Zanzibar P.O. box), "transferred from", employers (an outfitter, hot-tub holiday lodges, a village store, a bearing
factory, a bank, a border bridge, a potash mine, a rural market, an oil palm estate, a sugar mill, an export-zone
garment factory, a beekeepers' cooperative, a hotel, a cemetery whose crosses he carves, an open-pit copper mine, a
fireworks company, a match factory, a cattle station), schools, a kindergarten and a university, care homes and a
hospice, a prison, a magistrates court and a police station, a pharmacy, GP practices and a polyclinic, named wards and
a named wing, churches, a football club, a military barracks and training area with an OS grid reference, a ship's
position, hospitals and streets named after people (Billings Clinic, Inkosi Albert Luthuli, Bustamante, Queen Elizabeth,
Guru Gobind Singh, Κουτλιμπάνειο & Τριανταφύλλειο, Ανδρέας Παπανδρέου, Dr. Constantin Opriș, Owen King, Government
Rajaji, Prince Charles, Winston Scott, Beaumont, Tupua Tamasese Meaole, Dubé Centre, 中山醫學大學, 仁伯爵綜合醫院; Λεωφόρος Σταύρου
Νιάρχου, Παύλου Μελά, Τσακάλωφ, Ιωάννου Καποδιστρίου, Αγίου Κοσμά, Αγίου Σουλά, Str. Mihai Eminescu, J.P. Laurel Ave, N
Conway Ave, Ogbemudia Road), places named after people (Pompeys Pillar, Columbus, Speightstown, St. Peter, St. James,
George Town, Fitzroy Crossing, Merthyr Tydfil, Choiseul, Mount Anderson Station, Virginia), and places that are everyday
words or first names (Molt, Mission, Why, Embarrass, Tower, Lively, Derby, Holt, Great Snoring, Little Snoring,
Wait-a-Bit, Bangladesh as a Mombasa settlement, Black Rock, Orange Hill, Waterville, Queen Street, Lorong Selamat, Taman
Free School, Wad Melati, Cimitirul Vesel, Άγιους Δούλους, Αιγαίο Φως, 友谊村, 南區, 广海镇, 南湾村, 青洲, and Destiny, Purity,
Baraka, Lovely, Honey Joy, Aroha, Nikau, Masina, Fetu, Fa'afetai, Floarea, Neema, Mzee, Ζωή, 区 and a surname misheard by
voice recognition as "toe" as people); also e-mail addresses, a patient-portal URL, a PACS URL and a pathology report
URL, IPv4 addresses, a Viber handle and a WeChat ID, road vehicle plates (a pickup, three ambulances, a family car, an
auto-rickshaw), two aircraft registrations and a ship's call sign, professional licences (GMC, HPCSA, AHPRA nursing,
RNANT/NU, MCJ, ZMC, Texas RN, MMC, CPSS, MLSCN, a Taiwan dentist certificate, NCNZ, FMDC, Barbados Pharmacy Council, an
EKAB crew number, PRC, a Romanian parafă code, KMPDC, TNMC, a Macau nurse registration, MAHPC, IMC), device serial
numbers (oxygen concentrator, defibrillator, PCA pump), insurance and national numbers, case, call, incident,
laboratory, examination and police occurrence-book numbers, a service number, fax, bleep and extension numbers, and
dates in many formats (full dates in several orders and separators, year-less dates with slashes or words, month and
year, dates in words, Christmas, Easter, Thanksgiving, Kadooment Day, Deepavali and 春節, and Greek, Chinese, Republic of
China, Swahili and Romanian dates). Where a real identifier has a check digit (US NPI, NHS, Irish PPSN, Australian
Medicare and IHI, NZ NHI, South African ID, Aadhaar, Greek AMKA, Chinese resident ID, Taiwan ID, Romanian CNP, Ontario
health number, IMO ship number) the planted one passes it; the other national, insurance and licence numbers keep a
valid format (Malaysian MyKad with birth date and state code, Barbados national registration number with the birth date,
US Medicare MBI, Macau resident ID, Saskatchewan HSN, Nunavut health card, Arizona AHCCCS ID, Nigerian NIN, Indian ESIC
number, Philippine seafarer's SIRB, British Army number). No name, place or facility is planted in more than one note,
and none is reused from the seventeenth set. Four patients are aged 90 or over (notes 5, 14, 22 and 36), and for them
the age and every date element, bare years, months, decades and holidays included, are planted; where a younger
patient's note has a bare year (notes 10 and 28), it is left in the text and not planted. The strings that must survive
include eponyms and eponymous signs (Marcus Gunn, Lhermitte, Dawson's fingers, Rovsing, Rood, Wallenberg, Mendelsohn,
Shaker, Weber, Rinne, House-Brackmann, Romberg, Koos, Couinaud, Bosniak, Ring-Messmer, Lund and Browder, Burgess,
Wagner, Alvarado, Ivor Lewis, Pritchard and McCormick regimens, and the Babinski sign, Alzheimer's disease and the pouch
of Douglas in Chinese and Greek), syndromes, scores and classifications with their numbers, brand names of drugs and
devices, organisms, lab values with units, ratios and fractions that look like dates (UK duration notation, scale scores
out of a total, Snellen acuity, a titre, an AST:ALT ratio, radiotherapy dose per fraction, a nurse-to-patient ratio), a
year inside three statutes and inside a criteria name, and everyday words or name-like words that must stay (Valley
fever, Natasha's Law, St John's Wort, Shaker exercise). Entries per kind: LOCATION 168, NAME 159, DATE 137, HOSPITAL 71,
ID 50, PHONE 46, ADDRESS 35, MRN 27, LICENCE 24, POSTCODE 18, PLATE 9, AGE 8, EMAIL 6, SERIAL 3, URL 3, HANDLE 2, IP 2.
The last 20 notes (467 identifier parts in 401 entries, 128 clinical strings) are in :mod:`deid_notes_heldout18_more`,
only to keep each file a readable length; this file holds 431 identifier parts in 367 entries and 123 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout18.deid_notes_heldout18_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Montana (Yellowstone County): emergency department physician note, prairie rattlesnake bite
    ("Billings Clinic - Emergency Department\n"
     "2800 10th Ave N, Billings MT 59101\n"
     "ED PHYSICIAN NOTE | 07/22/2025 17:48 | Room 14\n"
     "Patient: Wade Hollenbeck-Sorensen | 52 M | DOB 02/17/1973 | MRN BC-5540871\n"
     "HPI: cattle rancher from Molt, brought in by a neighbor in his pickup (MT plate 3-48217B) after a prairie "
     "rattlesnake struck him on the R hand at ~16:20 while he was moving hay bales on the lease out by Pompeys "
     "Pillar. Killed the snake with a shovel and brought it in a cooler (~3 ft, Crotalus viridis). Tingling lips, "
     "metallic taste, nausea.\n"
     "Exam: HR 104, BP 138/82, RR 18, SpO2 97%. Two fang marks dorsum R hand 1 cm apart; tense swelling to "
     "mid-forearm on arrival, to the elbow by 18:15 (leading edge marked q15 min). Ecchymosis. No bleeding gums, no "
     "fasciculations.\n"
     "Labs: plt 98 K, fibrinogen 110 mg/dL, INR 1.4, CK 640 U/L.\n"
     "Snakebite Severity Score 6.\n"
     "MDM/Plan: moderate crotalid envenomation with progression and coagulopathy. CroFab 6 vials IV at 17:55, second "
     "6 vials at 18:40 for progression, then 2 vials q6h x3. Tdap given. Elevate; no tourniquet, no ice, no incision. "
     "Poison center consulted. Admit to ICU step-down; serial compartment checks.\n"
     "Wife Darla Hollenbeck (406-555-0182) on her way from Columbus.\n"
     "Thaddeus Oyelaran-Whitfield, MD | NPI 1748293069",
     [("HOSPITAL", ["Billings Clinic"]), ("ADDRESS", ["2800 10th Ave N"]), ("LOCATION", ["Billings"]),
      ("POSTCODE", ["59101"]), ("DATE", ["07/22/2025"]), ("NAME", ["Wade", "Hollenbeck-Sorensen"]),
      ("DATE", ["02/17/1973"]), ("MRN", ["BC-5540871"]), ("LOCATION", ["Molt"]), ("PLATE", ["3-48217B"]),
      ("LOCATION", ["Pompeys Pillar"]), ("NAME", ["Darla", "Hollenbeck"]), ("PHONE", ["406-555-0182"]),
      ("LOCATION", ["Columbus"]), ("NAME", ["Thaddeus", "Oyelaran-Whitfield"]), ("ID", ["1748293069"])],
     ["prairie rattlesnake", "Crotalus viridis", "fibrinogen 110 mg/dL", "Snakebite Severity Score 6", "CroFab",
      "Tdap"]),

    # 1 - Canada, Nunavut (Baffin Island): nursing station encounter with physician phone consult, trichinellosis
    ("Pangnirtung Health Centre\n"
     "NURSING STATION ENCOUNTER / PHYSICIAN PHONE CONSULT | 2026-02-09 10:15 | nurse in charge\n"
     "Client: Jaypeetee Akulukjuk-Kilabuk | 34 M | DOB 1991-08-03 | NU health card 104 827 316 | Chart 0318-4\n"
     "Seen with the CHR interpreting (Inuktitut).\n"
     "CC: fever, swollen eyelids and aching muscles x 5 days. Works as a guide for Auyuittuq Outfitting. Ate igunaq "
     "(fermented walrus) from the walrus his uncle Ipeelie took on Jan 18; at least 4 others who ate it at the feast "
     "are sick too.\n"
     "O/E: T 38.9, HR 112, BP 118/72, RR 20, SpO2 97% RA. Periorbital oedema, subconjunctival haemorrhages, splinter "
     "haemorrhages in 3 nails, tender calves and masseters. No rash.\n"
     "Labs (i-STAT here, CBC sent): eosinophils 4.1 x10^9/L (32%), CK 2100 U/L, K 4.2.\n"
     "Imp: probable trichinellosis (Trichinella nativa) - community cluster.\n"
     "Consult: Dr. Rosalind Thibeault-Nakoolak, on call, Qikiqtani General Hospital, Iqaluit, 867-555-0126 - "
     "albendazole 400 mg BID x 14 days with prednisone 40 mg daily; medevac today because of the CK and the "
     "tachycardia (myocarditis risk), troponin and ECG on arrival. King Air C-FNKQ ETA 14:30.\n"
     "Public health: CMOH office notified; the rest of the meat is bagged in the community freezer for testing; list "
     "of everyone at the feast started. Wife Leesee will stay in Pangnirtung with the kids.\n"
     "Solange Pelletier, RN | RNANT/NU 8314",
     [("HOSPITAL", ["Pangnirtung Health Centre"]), ("DATE", ["2026-02-09"]),
      ("NAME", ["Jaypeetee", "Akulukjuk-Kilabuk"]), ("DATE", ["1991-08-03"]), ("ID", ["104 827 316"]),
      ("MRN", ["0318-4"]), ("LOCATION", ["Auyuittuq Outfitting"]), ("NAME", ["Ipeelie"]), ("DATE", ["Jan 18"]),
      ("NAME", ["Rosalind", "Thibeault-Nakoolak"]), ("HOSPITAL", ["Qikiqtani General Hospital"]),
      ("LOCATION", ["Iqaluit"]), ("PHONE", ["867-555-0126"]), ("PLATE", ["C-FNKQ"]), ("NAME", ["Leesee"]),
      ("LOCATION", ["Pangnirtung"]), ("NAME", ["Solange", "Pelletier"]), ("LICENCE", ["8314"])],
     ["Periorbital oedema", "splinter haemorrhages", "eosinophils 4.1 x10^9/L", "CK 2100 U/L", "Trichinella nativa",
      "albendazole 400 mg BID"]),

    # 2 - England, Cumbria (Copeland): acute medical unit post-take ward round, Legionnaires' disease
    ("West Cumberland Hospital, Whitehaven - Acute Medical Unit, Ennerdale Ward\n"
     "POST-TAKE WARD ROUND 14/09/2025 09:40 | Consultant: Dr Perpetua Ashburner-Olsen | FY1 scribing, bleep 4417\n"
     "Mr Callum Tyson-Fearon, 47, DOB 25/01/1978, NHS 478 210 3360, Hosp No. WCH0938172\n"
     "Lives in Egremont with his partner. Self-employed plumber; services the hot tubs at Lakeland Fell Lodges near "
     "Keswick. Plays five-a-side for Cleator Moor Celtic.\n"
     "PC: 5/7 fever, dry cough, watery diarrhoea; new confusion overnight per partner.\n"
     "O/E: T 39.4, HR 118, BP 96/58, RR 28, SpO2 91% on air -> 95% on 4 L NC. AMT 7/10. Coarse crackles R base. Abdo "
     "soft.\n"
     "Bloods: Na 126 mmol/L, CRP 312, WCC 14.8, ALT 98, CK 1,850, PO4 0.6, urea 11.2. CXR: R lower lobe "
     "consolidation.\n"
     "Legionella urinary antigen POSITIVE; pneumococcal urinary antigen negative.\n"
     "Imp: Legionnaires' disease (L. pneumophila serogroup 1) - severe CAP, CURB-65 3; hyponatraemia; rhabdo.\n"
     "Plan: 1. Stop co-amoxiclav; levofloxacin 500 mg IV BD + clarithromycin 500 mg IV BD for 48 h, then review. 2. "
     "Outreach/HDU review today - low threshold for ICU. 3. Na: slow correction, max 8 mmol/L in 24 h, strict fluid "
     "balance. 4. Sputum for Legionella culture. 5. Notify UKHSA HPT today - hot tub source at the lodges; partner "
     "and co-workers to be told the symptoms.\n"
     "NOK: partner Keeley Stobart, 07700 900 284.\n"
     "Dr P. Ashburner-Olsen, Consultant Acute Physician, GMC 7052183",
     [("HOSPITAL", ["West Cumberland Hospital"]), ("LOCATION", ["Whitehaven"]), ("LOCATION", ["Ennerdale Ward"]),
      ("DATE", ["14/09/2025"]), ("NAME", ["Perpetua", "Ashburner-Olsen"]), ("PHONE", ["4417"]),
      ("NAME", ["Callum", "Tyson-Fearon"]), ("DATE", ["25/01/1978"]), ("ID", ["478 210 3360"]), ("MRN", ["WCH0938172"]),
      ("LOCATION", ["Egremont"]), ("LOCATION", ["Lakeland Fell Lodges"]), ("LOCATION", ["Keswick"]),
      ("LOCATION", ["Cleator Moor Celtic"]), ("NAME", ["Keeley", "Stobart"]), ("PHONE", ["07700 900 284"]),
      ("LICENCE", ["7052183"])],
     ["5/7", "AMT 7/10", "Legionella urinary antigen", "Legionnaires' disease", "L. pneumophila serogroup 1",
      "CURB-65 3"]),

    # 3 - Greece, Epirus (Ioannina): demyelinating disease clinic letter to a health centre GP (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ιωαννίνων - Νευρολογική Κλινική\n"
     "Ιατρείο Απομυελινωτικών Νοσημάτων | Λεωφόρος Σταύρου Νιάρχου, 45500 Ιωάννινα | τηλ. 26510 55 418 | "
     "ms.iatreio@pgni-neuro.gr\n"
     "\n"
     "Ιωάννινα, 12 Μαρτίου 2026\n"
     "\n"
     "Προς: Δρ Παναγιώτη Τσιούμα, Γενικό Ιατρό, Κέντρο Υγείας Κόνιτσας\n"
     "\n"
     "Αγαπητέ συνάδελφε,\n"
     "Είδα σήμερα στο ιατρείο την κ. Αικατερίνη Μπαλτογιάννη του Ευαγγέλου, 31 ετών, γεν. 04/09/1994, ΑΜΚΑ "
     "04099440184, κάτοικο Κόνιτσας (Αγίου Κοσμά 7), νηπιαγωγό στο 2ο Νηπιαγωγείο Κόνιτσας.\n"
     "Ιστορικό: τον Νοέμβριο οπισθοβολβική οπτική νευρίτιδα δεξιά με πόνο στις κινήσεις του οφθαλμού, οπτική οξύτητα "
     "2/10, θετικό σημείο Marcus Gunn· ανάρρωση σε 6 εβδομάδες. Από τις 20 Φεβρουαρίου αιμωδίες και στα δύο κάτω άκρα "
     "και σημείο Lhermitte θετικό.\n"
     "MRI εγκεφάλου και ΑΜΣΣ: πολλαπλές περικοιλιακές βλάβες κάθετες στο μεσολόβιο (Dawson's fingers), μία "
     "παραφλοιώδης, και ενισχυόμενη βλάβη στο Α3-Α4. ΕΝΥ: ολιγοκλωνικές ζώνες IgG θετικές (τύπος 2).\n"
     "Διάγνωση: Πολλαπλή σκλήρυνση, υποτροπιάζουσα-διαλείπουσα μορφή (κριτήρια McDonald 2017). EDSS 2,5.\n"
     "Αγωγή: ώσεις μεθυλπρεδνιζολόνης 1 g ΕΦ x 3 ημέρες· μετά τον έλεγχο HBV, VZV και ανοσοσφαιρινών, έναρξη "
     "ocrelizumab (Ocrevus). Επανεκτίμηση σε 3 μήνες.\n"
     "\n"
     "Με συναδελφικούς χαιρετισμούς,\n"
     "Λεωνίδας Κωστούλας-Γκέκας, Νευρολόγος",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ιωαννίνων"]), ("ADDRESS", ["Λεωφόρος Σταύρου Νιάρχου"]),
      ("POSTCODE", ["45500"]), ("LOCATION", ["Ιωάννινα"]), ("PHONE", ["26510 55 418"]),
      ("EMAIL", ["ms.iatreio@pgni-neuro.gr"]), ("DATE", ["12 Μαρτίου 2026"]), ("NAME", ["Παναγιώτη", "Τσιούμα"]),
      ("HOSPITAL", ["Κέντρο Υγείας Κόνιτσας"]), ("NAME", ["Αικατερίνη", "Μπαλτογιάννη"]), ("NAME", ["Ευαγγέλου"]),
      ("DATE", ["04/09/1994"]), ("ID", ["04099440184"]), ("LOCATION", ["Κόνιτσας"]), ("ADDRESS", ["Αγίου Κοσμά 7"]),
      ("LOCATION", ["2ο Νηπιαγωγείο Κόνιτσας"]), ("DATE", ["Νοέμβριο"]), ("DATE", ["20 Φεβρουαρίου"]),
      ("NAME", ["Λεωνίδας", "Κωστούλας-Γκέκας"])],
     ["οπτική οξύτητα 2/10", "σημείο Marcus Gunn", "σημείο Lhermitte", "Dawson's fingers", "κριτήρια McDonald 2017",
      "EDSS 2,5", "Ocrevus"]),

    # 4 - USA, Vermont (Mad River Valley): patient-portal message thread, hypothyroidism and a positive pregnancy test
    ("MyChart - UVM Health Network | message thread filed to chart 2025-11-03 09:14\n"
     "https://mychart.uvmhealthnet.org/MyChart/app/communication-center/conversation?id=77418204\n"
     "Patient: Kinsley Thibodeau-Marsh | DOB 1996-05-29 | MRN 004418273 | Green Mountain Care ID 4182730051\n"
     "PCP: Dr. Anselm Verhoeven-Church, Mad River Family Practice, Waitsfield VT\n"
     "\n"
     "11/1 10:48 PM - Kinsley (signed in from 73.219.44.18; kinsleytm96@gmavt.net):\n"
     "Hi Dr. Verhoeven-Church! I took 2 home tests tonight and both are positive!! My last period started Sept 24. "
     "I'm on levothyroxine 88 mcg for Hashimoto's since my son was born - I read I might need more now? I work the "
     "deli at the Warren Store and I'm on my feet all day, is that ok?\n"
     "\n"
     "11/2 9:02 AM - Ruthanne Giguere, RN (care team):\n"
     "Congratulations Kinsley! Yes - thyroid needs go up early in pregnancy. Per Dr. Verhoeven-Church: starting now "
     "take 2 extra tablets a week (88 mcg, 9 tablets a week - a double dose on Mondays and Thursdays), and get TSH "
     "and free T4 drawn this week, then every 4 weeks until 20 weeks. Goal TSH under 2.5 in the first trimester. "
     "Start a prenatal vitamin with 400 mcg folic acid, taken 4 hours apart from the levothyroxine. Working on your "
     "feet is fine. Your first OB visit is Nov 19 at 2:40 PM with our midwife.\n"
     "\n"
     "11/2 9:30 AM - Kinsley: thank you!! can I do the blood draw in Moretown instead?\n"
     "11/2 9:41 AM - Ruthanne Giguere, RN: Yes, the Moretown draw station is fine - no appointment needed.",
     [("HOSPITAL", ["UVM Health Network"]), ("DATE", ["2025-11-03"]),
      ("URL", ["https://mychart.uvmhealthnet.org/MyChart/app/communication-center/conversation?id=77418204"]),
      ("NAME", ["Kinsley", "Thibodeau-Marsh"]), ("DATE", ["1996-05-29"]), ("MRN", ["004418273"]),
      ("ID", ["4182730051"]), ("NAME", ["Anselm", "Verhoeven-Church"]), ("HOSPITAL", ["Mad River Family Practice"]),
      ("LOCATION", ["Waitsfield"]), ("DATE", ["11/1"]), ("IP", ["73.219.44.18"]), ("EMAIL", ["kinsleytm96@gmavt.net"]),
      ("DATE", ["Sept 24"]), ("LOCATION", ["Warren Store"]), ("DATE", ["11/2"]), ("NAME", ["Ruthanne", "Giguere"]),
      ("DATE", ["Nov 19"]), ("LOCATION", ["Moretown"])],
     ["levothyroxine 88 mcg", "Hashimoto's", "free T4", "TSH under 2.5", "400 mcg folic acid", "first trimester"]),

    # 5 - Ireland, Co. Donegal (Gaeltacht): nursing home GP visit, resident aged 93
    ("Áras Naomh Colmcille Nursing Home, Gortahork, Co. Donegal F92 X4K7 - GP VISIT\n"
     "Date: 03/02/2026 | GP: Dr Caoimhín Mac Giolla Bhríde, Cloughaneely Medical Practice\n"
     "Resident: Mrs Sadhbh Ní Fhearraigh, aged 93, DOB 11/06/1932, PPSN 6182734T, room 14 (Tory View wing)\n"
     "Born on Tory Island; worked in the knitwear factory in Gaoth Dobhair; widowed in 1991; here since August 2022, "
     "after her stroke.\n"
     "Reason: nurse found an irregular pulse on the morning obs; more breathless walking to the day room.\n"
     "O/E: pulse irregularly irregular 112, BP 124/70, SpO2 95% RA, RR 20, bibasal crackles, pitting oedema to "
     "mid-shin. ECG (home's machine): AF, rate 108, no acute ST change.\n"
     "Background: left MCA infarct 2022 with expressive dysphasia; vascular dementia; T12 wedge fracture 2019; CKD 3b "
     "(eGFR 38); weight 46 kg.\n"
     "Imp: new AF with mild heart failure. CHA2DS2-VASc 6, HAS-BLED 2.\n"
     "Plan: discussed with her (she follows simple Irish better than English) and by phone with her daughter Úna (086 "
     "555 4172): bisoprolol 1.25 mg OD; furosemide 20 mg mane; apixaban 2.5 mg BD (age over 80, weight under 60 kg). "
     "U&E, FBC, TFTs and NT-proBNP Monday. Review Friday. DNACPR since Easter 2024 stands; transfer to hospital only "
     "if comfort cannot be kept here.\n"
     "She wants to be at her great-grandson's Confirmation in May, and says she'll be 94 in June.\n"
     "Nurse in charge: Bríd Ní Bhaoill, CNM1",
     [("HOSPITAL", ["Áras Naomh Colmcille Nursing Home"]), ("LOCATION", ["Gortahork"]), ("LOCATION", ["Co. Donegal"]),
      ("POSTCODE", ["F92 X4K7"]), ("DATE", ["03/02/2026"]), ("NAME", ["Caoimhín", "Mac Giolla Bhríde"]),
      ("HOSPITAL", ["Cloughaneely Medical Practice"]), ("NAME", ["Sadhbh", "Ní Fhearraigh"]), ("AGE", ["aged 93"]),
      ("DATE", ["11/06/1932"]), ("ID", ["6182734T"]), ("LOCATION", ["Tory View wing"]), ("LOCATION", ["Tory Island"]),
      ("LOCATION", ["Gaoth Dobhair"]), ("DATE", ["1991"]), ("DATE", ["August 2022"]), ("DATE", ["2022"]),
      ("DATE", ["2019"]), ("NAME", ["Úna"]), ("PHONE", ["086 555 4172"]), ("DATE", ["Easter 2024"]), ("DATE", ["May"]),
      ("AGE", ["94"]), ("DATE", ["June"]), ("NAME", ["Bríd", "Ní Bhaoill"])],
     ["left MCA infarct", "CKD 3b", "CHA2DS2-VASc 6", "HAS-BLED 2", "bisoprolol 1.25 mg OD", "apixaban 2.5 mg BD"]),

    # 6 - South Africa, KwaZulu-Natal (Durban): ICU admission note, organophosphate ("two-step") poisoning
    ("Inkosi Albert Luthuli Central Hospital - Multidisciplinary ICU\n"
     "800 Bellair Road, Mayville, Durban 4058\n"
     "ICU ADMISSION NOTE | 2025-12-04 02:30 | Bed 7\n"
     "Patient: Sibusiso Mkhwanazi-Zondo | 19 y M | DOB 2006-06-21 | SA ID 0606215841085 | Hosp no. 60418273\n"
     "Transferred from Edendale Hospital, Pietermaritzburg, after deliberate ingestion of 'two-step' (terbufos "
     "granules bought from a street vendor) at about 16:00 yesterday after a fight with his girlfriend. Lives with "
     "his mother in Imbali; matric learner at Sobantu Secondary School.\n"
     "At the referring hospital: GCS 7, pinpoint pupils, bronchorrhoea, fasciculations, HR 42; intubated; atropine 38 "
     "mg in total, pralidoxime 2 g IV; charcoal not given (airway).\n"
     "Now: SIMV, FiO2 0.5, PEEP 8; coarse crackles R base (aspiration). HR 96 on atropine infusion 2 mg/h, BP 108/64, "
     "pupils 3 mm, axillae dry, chest clearing. Plasma cholinesterase 410 U/L (ref 5,300-12,900). Lactate 2.8. CXR: "
     "RLL aspiration.\n"
     "Assessment: severe organophosphate poisoning, POP scale 9; aspiration pneumonia; high risk of intermediate "
     "syndrome (neck flexion and cranial nerves daily, days 1-4).\n"
     "Plan: titrate atropine to a clear chest, HR over 80, SBP over 80 and dry axillae; pralidoxime 500 mg/h "
     "infusion; co-amoxiclav; daily NIF and neck flexion strength before any SBT. Psychiatry once extubated (72-hour "
     "assessment, Mental Health Care Act 17 of 2002); social worker.\n"
     "Mother Mrs Thandiwe Mkhwanazi, 082 555 7143, updated at the bedside.\n"
     "Dr Nokuthula Ramsaroop-Dlamini, ICU registrar | HPCSA MP 0718426",
     [("HOSPITAL", ["Inkosi Albert Luthuli Central Hospital"]), ("ADDRESS", ["800 Bellair Road"]),
      ("LOCATION", ["Mayville"]), ("LOCATION", ["Durban"]), ("POSTCODE", ["4058"]), ("DATE", ["2025-12-04"]),
      ("NAME", ["Sibusiso", "Mkhwanazi-Zondo"]), ("DATE", ["2006-06-21"]), ("ID", ["0606215841085"]),
      ("MRN", ["60418273"]), ("HOSPITAL", ["Edendale Hospital"]), ("LOCATION", ["Pietermaritzburg"]),
      ("LOCATION", ["Imbali"]), ("LOCATION", ["Sobantu Secondary School"]), ("NAME", ["Thandiwe", "Mkhwanazi"]),
      ("PHONE", ["082 555 7143"]), ("NAME", ["Nokuthula", "Ramsaroop-Dlamini"]), ("LICENCE", ["MP 0718426"])],
     ["terbufos", "atropine 38 mg", "pralidoxime 2 g IV", "Plasma cholinesterase 410 U/L", "POP scale 9",
      "Mental Health Care Act 17 of 2002"]),

    # 7 - China, Heilongjiang (Harbin): emergency record with hyperbaric consult, carbon monoxide poisoning (simplified)
    ("哈尔滨医科大学附属第一医院 急诊科 急诊病历 / 高压氧科会诊\n"
     "就诊时间：2026年1月11日 06:20　急诊号：HE2601110417\n"
     "姓名：王凤琴　性别：女　年龄：61岁　出生日期：1964年12月3日\n"
     "身份证号：230102196412031427\n"
     "住址：哈尔滨市道里区新农镇友谊村3组18号\n"
     "退休前单位：哈尔滨轴承厂　联系人：儿子 赵磊　电话：186-4518-2731\n"
     "主诉：被家人发现意识模糊2小时。\n"
     "现病史：平房内以蜂窝煤炉取暖，昨夜门窗紧闭，与老伴同室就寝。今晨5时儿子来访，发现二人呼之不应。老伴赵德明同时中毒，已收入ICU。\n"
     "查体：T 36.5℃，P 108次/分，BP 148/90 mmHg，SpO2 98%（指脉氧，读数不可靠），口唇樱桃红色，GCS 12分（E3V4M5），双侧巴氏征阴性。\n"
     "辅助检查：碳氧血红蛋白（COHb）32%，乳酸 4.2 mmol/L，肌钙蛋白I 0.18 ng/mL，心电图窦性心动过速伴ST段压低。头颅CT未见异常。\n"
     "诊断：急性一氧化碳中毒（重度）\n"
     "处理：面罩高流量吸氧；高压氧科会诊后今日首次高压氧治疗（2.5 ATA，60分钟）；警惕一氧化碳中毒迟发性脑病，出院后随访2个月；已通知镇政府上门检查烟道。\n"
     "接诊医师：韩冬梅　会诊医师：佟立国",
     [("HOSPITAL", ["哈尔滨医科大学附属第一医院"]), ("DATE", ["2026年1月11日"]), ("MRN", ["HE2601110417"]), ("NAME", ["王凤琴"]),
      ("DATE", ["1964年12月3日"]), ("ID", ["230102196412031427"]), ("LOCATION", ["哈尔滨市"]), ("LOCATION", ["道里区"]),
      ("LOCATION", ["新农镇"]), ("LOCATION", ["友谊村"]), ("ADDRESS", ["3组18号"]), ("LOCATION", ["哈尔滨轴承厂"]), ("NAME", ["赵磊"]),
      ("PHONE", ["186-4518-2731"]), ("NAME", ["赵德明"]), ("NAME", ["韩冬梅"]), ("NAME", ["佟立国"])],
     ["GCS 12分（E3V4M5）", "巴氏征阴性", "碳氧血红蛋白（COHb）32%", "肌钙蛋白I 0.18 ng/mL", "2.5 ATA", "一氧化碳中毒迟发性脑病"]),

    # 8 - Australia, Northern Territory (Roper Gulf): remote area nurse record and retrieval, melioidosis
    ("Ngukurr Health Centre - Remote Area Nurse clinical record (CARPA STM)\n"
     "14/02/2026 20:10 | after-hours call-out\n"
     "Client: Jacinta Wurramarrba-Daniels | 46 F | DOB 08/10/1979 | HRN 0418273 | Medicare 2953 71047 2 (IRN 3)\n"
     "Lives at Urapunga outstation; school cleaner.\n"
     "Hx: T2DM (HbA1c 10.2% in Nov), drinks heavily at weekends. Fevers 4 days, cough, R thigh swelling; was fishing "
     "and wading in the Roper River after the rains.\n"
     "Obs: T 39.6, HR 124, BP 86/50, RR 30, SpO2 89% RA, BGL 24.1 mmol/L. Crackles R upper zone. Hot fluctuant "
     "swelling R thigh 8 cm. qSOFA 3.\n"
     "Imp: sepsis, ?melioidosis (Burkholderia pseudomallei) with pneumonia and a thigh abscess.\n"
     "Phone consult DMO Dr Leopold Kranz-Whitehurst (08 5550 4172): blood cultures x2, then meropenem 1 g IV from the "
     "clinic stock (not ceftriaxone), 2 L N/Saline, O2 to 94%, IDC, insulin per protocol.\n"
     "Retrieval: PC-24 VH-WZK to Royal Darwin Hospital, wheels up 23:05.\n"
     "Escort: daughter Kaylene, 0491 570 922.\n"
     "Bridie McAlister-Oates, RN RAN | AHPRA NMW0001928374",
     [("HOSPITAL", ["Ngukurr Health Centre"]), ("DATE", ["14/02/2026"]), ("NAME", ["Jacinta", "Wurramarrba-Daniels"]),
      ("DATE", ["08/10/1979"]), ("MRN", ["0418273"]), ("ID", ["2953 71047 2"]), ("LOCATION", ["Urapunga"]),
      ("DATE", ["Nov"]), ("LOCATION", ["Roper River"]), ("NAME", ["Leopold", "Kranz-Whitehurst"]),
      ("PHONE", ["08 5550 4172"]), ("PLATE", ["VH-WZK"]), ("HOSPITAL", ["Royal Darwin Hospital"]),
      ("NAME", ["Kaylene"]), ("PHONE", ["0491 570 922"]), ("NAME", ["Bridie", "McAlister-Oates"]),
      ("LICENCE", ["NMW0001928374"])],
     ["CARPA STM", "HbA1c 10.2%", "BGL 24.1 mmol/L", "qSOFA 3", "Burkholderia pseudomallei", "meropenem 1 g IV"]),

    # 9 - Jamaica (Kingston; Trelawny): paediatric discharge summary, ackee poisoning
    ("Bustamante Hospital for Children\n"
     "Kingston 5 | Medical Ward 4\n"
     "DISCHARGE SUMMARY\n"
     "Patient: Tianna-Kay Brissett | 6 y F | DOB 13/03/2019 | Docket BHC-25-041827\n"
     "Admitted: 28/01/2026 (transfer from Falmouth Hospital)   Discharged: 02/02/2026\n"
     "Address: Wait-a-Bit district, Trelawny. Grade 1, Duncans All Age School.\n"
     "Presenting complaint: ate boiled ackee from the yard tree on the evening of 27th January - fruit picked before "
     "the pods had opened; vomited 6 times overnight, then drowsy; at the referring hospital BG 1.4 mmol/L and a "
     "generalised seizure.\n"
     "Diagnosis: Jamaican vomiting sickness (hypoglycin A toxicity) with hypoglycaemic seizures and encephalopathy.\n"
     "Course: 10% dextrose 2 mL/kg bolus, then D10 infusion (GIR up to 8 mg/kg/min); phenobarbital 20 mg/kg load; "
     "PICU for 2 days. AST 212 U/L, lactate 3.9. Urine organic acids: dicarboxylic aciduria. EEG on day 4 normal.\n"
     "At discharge: eating well, BG 4.6-6.2 mmol/L off fluids, neurologically normal.\n"
     "Advice: eat ackee only when the pods open on the tree by themselves; never eat the seeds or the pink part; boil "
     "and throw away the water.\n"
     "Follow-up: paediatric clinic in 2/52. Ministry of Health surveillance informed.\n"
     "Mother: Ms Shereece Brissett-Lawrence, 876-555-0193.\n"
     "Dr Oneika Gayle-Thwaites, Paediatric Resident, for the consultant paediatrician | MCJ 3095",
     [("HOSPITAL", ["Bustamante Hospital for Children"]), ("LOCATION", ["Kingston 5"]),
      ("NAME", ["Tianna-Kay", "Brissett"]), ("DATE", ["13/03/2019"]), ("MRN", ["BHC-25-041827"]),
      ("DATE", ["28/01/2026"]), ("HOSPITAL", ["Falmouth Hospital"]), ("DATE", ["02/02/2026"]),
      ("LOCATION", ["Wait-a-Bit"]), ("LOCATION", ["Trelawny"]), ("LOCATION", ["Duncans All Age School"]),
      ("DATE", ["27th January"]), ("NAME", ["Shereece", "Brissett-Lawrence"]), ("PHONE", ["876-555-0193"]),
      ("NAME", ["Oneika", "Gayle-Thwaites"]), ("LICENCE", ["3095"])],
     ["Jamaican vomiting sickness", "hypoglycin A", "GIR up to 8 mg/kg/min", "phenobarbital 20 mg/kg",
      "dicarboxylic aciduria", "2/52"]),

    # 10 - England, Norfolk (North Norfolk): GP consultation, suspected giant cell arteritis
    ("Glaven Valley Surgery, Holt - consultation 18-Mar-2026 08:50 (phone, then face to face) - Dr Imogen Thurtell\n"
     "Mrs Wendy Gotts-Bunting, DOB 09/12/1949, NHS No. 612 904 8351, 3 The Loke, Great Snoring, Fakenham NR21 0HP, "
     "tel 01632 960 418, wendy.gotts@talktalk.net\n"
     "Hx: R temporal headache 10 days, scalp sore when brushing her hair, jaw aches after a few minutes of chewing, "
     "one 5-minute episode of blurred vision R eye on Sunday. Shoulders and hips stiff every morning since Christmas. "
     "R cataract op 2021. Retired; runs the lunch club at Little Snoring village hall.\n"
     "O/E: R temporal artery thickened, tender, pulseless. VA 6/6 R and L, no RAPD, fundi normal. Wt 64 kg.\n"
     "Bloods (urgent, today): ESR 86 mm/hr, CRP 74 mg/L, plt 512.\n"
     "Imp: suspected giant cell arteritis with jaw claudication and transient visual loss - GCAPS high risk.\n"
     "Plan: prednisolone 60 mg, first dose given in surgery; same-day referral to the fast-track GCA pathway at the "
     "Norfolk and Norwich University Hospital (rheum reg agreed, temporal artery US tomorrow 09:30). Lansoprazole 30 "
     "mg OD, Accrete D3 one BD, DXA requested. Husband Clive to drive her; 999 or eye casualty for any loss of vision.",
     [("HOSPITAL", ["Glaven Valley Surgery"]), ("LOCATION", ["Holt"]), ("DATE", ["18-Mar-2026"]),
      ("NAME", ["Imogen", "Thurtell"]), ("NAME", ["Wendy", "Gotts-Bunting"]), ("DATE", ["09/12/1949"]),
      ("ID", ["612 904 8351"]), ("ADDRESS", ["3 The Loke"]), ("LOCATION", ["Great Snoring"]),
      ("LOCATION", ["Fakenham"]), ("POSTCODE", ["NR21 0HP"]), ("PHONE", ["01632 960 418"]),
      ("EMAIL", ["wendy.gotts@talktalk.net"]), ("DATE", ["Christmas"]), ("LOCATION", ["Little Snoring"]),
      ("HOSPITAL", ["Norfolk and Norwich University Hospital"]), ("NAME", ["Clive"])],
     ["6/6", "ESR 86 mm/hr", "jaw claudication", "GCAPS", "prednisolone 60 mg", "Accrete D3"]),

    # 11 - Tanzania, Zanzibar (Unguja): district hospital referral letter, severe pre-eclampsia (Swahili)
    ("WIZARA YA AFYA ZANZIBAR\n"
     "HOSPITALI YA WILAYA YA MAKUNDUCHI\n"
     "S.L.P. 212, Makunduchi, Unguja\n"
     "\n"
     "Tarehe: 14 Machi 2026\n"
     "\n"
     "Kwa: Daktari Bingwa wa Magonjwa ya Wanawake na Uzazi,\n"
     "Hospitali ya Rufaa Mnazi Mmoja\n"
     "\n"
     "YAH: RUFAA YA BI. MWANAISHA SALUM KHAMIS, MIAKA 24, G2P1, UJAUZITO WA WIKI 33\n"
     "Namba ya faili: MKH/ANC/2026/0418 | ZAN ID: 020418273\n"
     "\n"
     "Mpendwa Daktari,\n"
     "Tafadhali mpokee mama huyu, mkazi wa Kijiji cha Kajengwa na mkulima wa mwani. Amefika leo saa 4 asubuhi akiwa "
     "na maumivu makali ya kichwa, kuona maruweruwe, maumivu chini ya mbavu upande wa kulia na kuvimba miguu na uso.\n"
     "Vipimo: BP 168/112 mmHg (mara mbili, dakika 15 tofauti), protini kwenye mkojo +++, mapigo ya moyo ya mtoto "
     "142/dakika, Hb 10.8 g/dL.\n"
     "Hedhi ya mwisho: 26 Julai 2025; tarehe ya kujifungua inayotarajiwa: 2 Mei 2026.\n"
     "Uchunguzi: Pre-eclampsia kali (severe pre-eclampsia).\n"
     "Matibabu aliyopewa: Magnesium sulphate 4 g IV na 5 g IM kila tako (Pritchard regimen) saa 4:40; nifedipine 10 "
     "mg kwa mdomo; dexamethasone 6 mg IM dozi ya kwanza; catheter ya mkojo imewekwa.\n"
     "Anasafirishwa kwa gari la wagonjwa SMZ 4418 akiambatana na muuguzi na mumewe, Bw. Haji Makame Vuai (simu 0777 "
     "555 318).\n"
     "\n"
     "Wako katika kazi,\n"
     "Dkt. Fatma Juma Mzee, Daktari wa Hospitali | ZMC 1847",
     [("HOSPITAL", ["HOSPITALI YA WILAYA YA MAKUNDUCHI"]), ("ADDRESS", ["S.L.P. 212"]), ("LOCATION", ["Makunduchi"]),
      ("LOCATION", ["Unguja"]), ("DATE", ["14 Machi 2026"]), ("HOSPITAL", ["Hospitali ya Rufaa Mnazi Mmoja"]),
      ("NAME", ["MWANAISHA", "SALUM", "KHAMIS"]), ("MRN", ["MKH/ANC/2026/0418"]), ("ID", ["020418273"]),
      ("LOCATION", ["Kajengwa"]), ("DATE", ["26 Julai 2025"]), ("DATE", ["2 Mei 2026"]), ("PLATE", ["SMZ 4418"]),
      ("NAME", ["Haji", "Makame", "Vuai"]), ("PHONE", ["0777 555 318"]), ("NAME", ["Fatma", "Juma", "Mzee"]),
      ("LICENCE", ["1847"])],
     ["G2P1", "BP 168/112 mmHg", "protini kwenye mkojo +++", "Pre-eclampsia kali", "Magnesium sulphate 4 g IV",
      "Pritchard regimen"]),

    # 12 - India, Punjab (Faridkot): multidisciplinary tumour board list
    ("GURU GOBIND SINGH MEDICAL COLLEGE & HOSPITAL, FARIDKOT\n"
     "MULTIDISCIPLINARY TUMOUR BOARD - Saturday 21-02-2026, 2:30 PM, Seminar Hall, Block C\n"
     "Convener: Dr. Harpreet Kaur Sandhu-Brar (Radiation Oncology), ext. 2184 | Surgical Oncology, Medical Oncology, "
     "Radiology and Pathology present\n"
     "\n"
     "1. Sh. Gurnam Singh Dhillon, 58/M, UHID GGS-2602-10417, Vill. Jaito, Distt. Faridkot. Tractor mechanic; zarda "
     "chewing 30 yrs. Ca L buccal mucosa - WD SCC; CECT: erosion of the outer cortex of the mandible, level Ib node "
     "2.4 cm. cT4a N1 M0 (stage IVA).\n"
     "   Decision: composite resection + MRND + PMMC flap; adjuvant RT 60 Gy/30#.\n"
     "2. Smt. Baljinder Kaur w/o S. Mohinder Singh Brar, 49/F, UHID GGS-2602-10588, Aadhaar 5271 8304 9612, "
     "Kotkapura, mob. +91 98140 55273. Ca gallbladder with obstructive jaundice (bilirubin 14.2 mg/dL), liver "
     "infiltration, CA 19-9 612 U/mL. PTBD done.\n"
     "   Decision: unresectable - gemcitabine-cisplatin once bilirubin < 3; palliative care referral.\n"
     "3. Sh. Ravinder Kumar Arora, 63/M, UHID GGS-2601-09942, Sri Muktsar Sahib. Retired clerk, Punjab National Bank, "
     "Malout branch. SCC mid-third oesophagus, cT3 N1 M0.\n"
     "   Decision: CROSS regimen (carboplatin/paclitaxel + 41.4 Gy/23#), then Ivor Lewis oesophagectomy at 6-8 weeks.",
     [("HOSPITAL", ["GURU GOBIND SINGH MEDICAL COLLEGE & HOSPITAL"]), ("LOCATION", ["FARIDKOT"]),
      ("DATE", ["21-02-2026"]), ("NAME", ["Harpreet Kaur", "Sandhu-Brar"]), ("PHONE", ["2184"]),
      ("NAME", ["Gurnam Singh", "Dhillon"]), ("MRN", ["GGS-2602-10417"]), ("LOCATION", ["Jaito"]),
      ("LOCATION", ["Faridkot"]), ("NAME", ["Baljinder", "Kaur"]), ("NAME", ["Mohinder Singh", "Brar"]),
      ("MRN", ["GGS-2602-10588"]), ("ID", ["5271 8304 9612"]), ("LOCATION", ["Kotkapura"]),
      ("PHONE", ["+91 98140 55273"]), ("NAME", ["Ravinder Kumar", "Arora"]), ("MRN", ["GGS-2601-09942"]),
      ("LOCATION", ["Sri Muktsar Sahib"]), ("LOCATION", ["Punjab National Bank"]), ("LOCATION", ["Malout"])],
     ["cT4a N1 M0", "PMMC flap", "60 Gy/30#", "CA 19-9 612 U/mL", "CROSS regimen", "41.4 Gy/23#",
      "Ivor Lewis oesophagectomy"]),

    # 13 - USA, Texas (Rio Grande Valley): school nurse visit record, sports concussion
    ("Rio Bravo Early College High School - Health Office\n"
     "NURSE VISIT RECORD | Date 10/17/2025 | In 16:05 (after-school football practice) | Out 17:20\n"
     "Student: Mateo Garza-Villarreal | Grade 10 | DOB 04/30/2010 | Student ID 2108417\n"
     "Address: 4118 N Conway Ave, Mission TX 78573\n"
     "Parents: Yesenia Villarreal (mother) 956-555-0148; Rogelio Garza (father, CBP officer at the Pharr-Reynosa "
     "International Bridge)\n"
     "Sent in by: the head coach\n"
     "Mechanism: helmet-to-helmet hit in a tackling drill at 15:50. No LOC. \"Saw stars\", headache 6/10, nausea, "
     "feels \"in a fog\", light bothers him.\n"
     "Assessment (SCAT6, off-field): 11 of 22 symptoms, symptom severity score 34; orientation 5/5; immediate memory "
     "21/30; digits backwards 2/4; months in reverse order incorrect; tandem gait 16 s; no midline neck tenderness; "
     "pupils equal and reactive.\n"
     "Action: removed from practice and play today per Natasha's Law (HB 2038) and the district concussion oversight "
     "team protocol. Mother called 16:20, picked him up 17:20. Advised ER for worsening headache, repeated vomiting, "
     "confusion, unequal pupils or seizure. Return-to-learn plan sent to the counselor.\n"
     "No return to play until written clearance from Dr. Luz Marina Cantú-Olivares, Hidalgo Sports Medicine Clinic "
     "(form faxed to 956-555-0199), and completion of the graduated return-to-play protocol.\n"
     "Brenda Ximénez-Tovar, BSN, RN, school nurse | TX RN License 918274",
     [("LOCATION", ["Rio Bravo Early College High School"]), ("DATE", ["10/17/2025"]),
      ("NAME", ["Mateo", "Garza-Villarreal"]), ("DATE", ["04/30/2010"]), ("ID", ["2108417"]),
      ("ADDRESS", ["4118 N Conway Ave"]), ("LOCATION", ["Mission"]), ("POSTCODE", ["78573"]),
      ("NAME", ["Yesenia", "Villarreal"]), ("PHONE", ["956-555-0148"]), ("NAME", ["Rogelio", "Garza"]),
      ("LOCATION", ["Pharr-Reynosa International Bridge"]), ("NAME", ["Luz Marina", "Cantú-Olivares"]),
      ("HOSPITAL", ["Hidalgo Sports Medicine Clinic"]), ("PHONE", ["956-555-0199"]),
      ("NAME", ["Brenda", "Ximénez-Tovar"]), ("LICENCE", ["918274"])],
     ["SCAT6", "orientation 5/5", "immediate memory 21/30", "digits backwards 2/4", "Natasha's Law", "headache 6/10"]),

    # 14 - Greece, Thessaly (Larissa): orthopaedic discharge summary, patient aged 91 (Greek)
    ("Γενικό Νοσοκομείο Λάρισας «Κουτλιμπάνειο & Τριανταφύλλειο» - Ορθοπαιδική Κλινική\n"
     "Τσακάλωφ 1, 41221 Λάρισα\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Βασιλική Ζαχαροπούλου του Αθανασίου, 91 ετών, γεν. 17/08/1934, ΑΜΚΑ 17083440366\n"
     "Διεύθυνση: Παύλου Μελά 23, Τύρναβος (μένει με την κόρη της).\n"
     "Εισαγωγή: 2 Δεκεμβρίου 2025 (πτώση στο σπίτι) - Έξοδος: 09/12/2025\n"
     "Ιστορικό: ΑΕΕ το 2016 χωρίς υπολειμματική αναπηρία· κολπική μαρμαρυγή σε Sintrom· οστεοπόρωση· ολική "
     "αρθροπλαστική δεξιού γόνατος το 1998.\n"
     "Διάγνωση: διατροχαντήριο κάταγμα αριστερού ισχίου (AO 31-A1).\n"
     "Πορεία: INR 3,1 κατά την εισαγωγή - βιταμίνη Κ 5 mg ΕΦ· χειρουργείο στις 4/12: ενδομυελική ήλωση με PFNA. "
     "Μετεγχειρητικό παραλήρημα (4AT 7) που υποχώρησε· Hb 8,1 g/dL - 1 μονάδα συμπυκνωμένων ερυθρών. Κινητοποίηση με "
     "περπατούρα από τη 2η ημέρα.\n"
     "Οδηγίες: ενοξαπαρίνη 40 mg (Clexane) υποδορίως για 5 ημέρες και μετά apixaban 2,5 mg x2 αντί του Sintrom· "
     "φυσικοθεραπεία κατ' οίκον· αφαίρεση ραμμάτων στις 18 Δεκεμβρίου· επανεξέταση στα εξωτερικά ιατρεία τον "
     "Ιανουάριο.\n"
     "Η κόρη της, Ευδοξία Ρίζου (κιν. 693 555 8104), θέλει να την έχει σπίτι για τα Χριστούγεννα· η κ. Βασιλική λέει "
     "πως θα κλείσει τα 92 τον Αύγουστο.\n"
     "Ο θεράπων ιατρός: Ηλίας Σαχίνης-Παπαδάμου, Επιμελητής Β΄ Ορθοπαιδικής",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λάρισας"]), ("HOSPITAL", ["Κουτλιμπάνειο & Τριανταφύλλειο"]),
      ("ADDRESS", ["Τσακάλωφ 1"]), ("POSTCODE", ["41221"]), ("LOCATION", ["Λάρισα"]),
      ("NAME", ["Βασιλική", "Ζαχαροπούλου"]), ("NAME", ["Αθανασίου"]), ("AGE", ["91 ετών"]), ("DATE", ["17/08/1934"]),
      ("ID", ["17083440366"]), ("ADDRESS", ["Παύλου Μελά 23"]), ("LOCATION", ["Τύρναβος"]),
      ("DATE", ["2 Δεκεμβρίου 2025"]), ("DATE", ["09/12/2025"]), ("DATE", ["2016"]), ("DATE", ["1998"]),
      ("DATE", ["4/12"]), ("DATE", ["18 Δεκεμβρίου"]), ("DATE", ["Ιανουάριο"]), ("NAME", ["Ευδοξία", "Ρίζου"]),
      ("PHONE", ["693 555 8104"]), ("DATE", ["Χριστούγεννα"]), ("AGE", ["92"]), ("DATE", ["Αύγουστο"]),
      ("NAME", ["Ηλίας", "Σαχίνης-Παπαδάμου"])],
     ["AO 31-A1", "INR 3,1", "4AT 7", "Hb 8,1 g/dL", "Clexane", "apixaban 2,5 mg x2", "Sintrom"]),

    # 15 - Malaysia, Sabah (Interior Division): inter-hospital transfer note, severe Plasmodium knowlesi malaria
    ("HOSPITAL KENINGAU, Sabah - Jabatan Perubatan / Medical Department\n"
     "INTER-HOSPITAL TRANSFER NOTE (Borang Pemindahan Pesakit) | 05/11/2025 14:20\n"
     "To: Medical ICU, Queen Elizabeth Hospital, Kota Kinabalu - accepted by Dr. Voon Kah Siang (ICU MO) on 088-517 "
     "418\n"
     "Patient: Julius Gimbad anak Sinsuat | 44 M | DOB 23/06/1981 | MyKad 810623-12-5447 | RN KGU/25/118406\n"
     "Address: Kampung Bingkor, Keningau. Harvester at Ladang Sinar Sook (oil palm), works at the forest edge; "
     "long-tailed macaques seen daily.\n"
     "History: fever with rigors 6 days, myalgia, vomiting; passing less urine since yesterday.\n"
     "Investigations: BFMP - malaria parasites, first reported as P. malariae; PCR (State Public Health Lab): "
     "Plasmodium knowlesi, parasitaemia 2.4% (~118,000/µL). Bilirubin 68 µmol/L, creatinine 284 µmol/L, plt 22 "
     "x10^9/L, lactate 4.1.\n"
     "Severity: severe knowlesi malaria (WHO criteria) - jaundice, AKI, shock (BP 82/50, on noradrenaline 0.08 "
     "mcg/kg/min).\n"
     "Given: IV artesunate 2.4 mg/kg (132 mg) at 0 and 12 h; IV ceftriaxone 2 g; 500 mL crystalloid only (avoid fluid "
     "overload).\n"
     "Reason for transfer: ICU care and haemodialysis not available here.\n"
     "Escort: staff nurse. Ambulance SAB 8341 G, departed 14:45.\n"
     "Wife: Pn. Evelyn Ginsos, 013-855 4172 (following by car).\n"
     "Transferring MO: Dr. Nurul Syafiqah binti Hamdan | MMC 71842",
     [("HOSPITAL", ["HOSPITAL KENINGAU"]), ("DATE", ["05/11/2025"]), ("HOSPITAL", ["Queen Elizabeth Hospital"]),
      ("LOCATION", ["Kota Kinabalu"]), ("NAME", ["Voon", "Kah Siang"]), ("PHONE", ["088-517 418"]),
      ("NAME", ["Julius", "Gimbad", "Sinsuat"]), ("DATE", ["23/06/1981"]), ("ID", ["810623-12-5447"]),
      ("MRN", ["KGU/25/118406"]), ("LOCATION", ["Kampung Bingkor"]), ("LOCATION", ["Keningau"]),
      ("LOCATION", ["Ladang Sinar Sook"]), ("PLATE", ["SAB 8341 G"]), ("NAME", ["Evelyn", "Ginsos"]),
      ("PHONE", ["013-855 4172"]), ("NAME", ["Nurul Syafiqah", "Hamdan"]), ("LICENCE", ["71842"])],
     ["P. malariae", "Plasmodium knowlesi", "parasitaemia 2.4%", "creatinine 284 µmol/L", "noradrenaline 0.08",
      "artesunate 2.4 mg/kg"]),

    # 16 - Canada, Saskatchewan (Saskatoon): psychiatric emergency assessment, suicide attempt
    ("Royal University Hospital - Emergency Department, Psychiatric Emergency Assessment\n"
     "103 Hospital Drive, Saskatoon SK S7N 0W8\n"
     "Date: January 6, 2026, 03:10\n"
     "Patient: Brayden Kequahtooway-Lafond | 27 M | DOB 1998-10-02 | HSN 418 273 906 | MRN RUH4182730\n"
     "Brought by Saskatoon Police Service under s.18 of The Mental Health Services Act after a passer-by found him at "
     "the railing of the University Bridge at 01:30.\n"
     "From Muskeg Lake Cree Nation; lives in the city with his kokum. Laid off from the Lanigan potash mine just "
     "before Christmas; girlfriend left 2 weeks ago; a cousin died by suicide in the summer. Drinking daily since.\n"
     "MSE: dishevelled, smells of alcohol (BAC 0.09), tearful, flat; hopeless, says he wanted to jump and still "
     "would; no psychosis; partial insight.\n"
     "Risk: C-SSRS - active ideation with method, intent and preparatory behaviour = high risk. SAD PERSONS 7. PHQ-9 "
     "22.\n"
     "Plan: involuntary admission (s.24 certificates x2) to the Dubé Centre; 1:1 constant observation, belongings and "
     "room search; CIWA-Ar q4h; an Elder (First Nations and Métis Health) asked to see him in the morning, at his "
     "request.\n"
     "Collateral: sister Destiny Lafond, 306-555-0163.\n"
     "Dr. Marisol Kuzyk-Ferreira, PGY-4 Psychiatry, for Dr. Anders Halvorsen-Bird, staff psychiatrist | CPSS 11874",
     [("HOSPITAL", ["Royal University Hospital"]), ("ADDRESS", ["103 Hospital Drive"]), ("LOCATION", ["Saskatoon"]),
      ("POSTCODE", ["S7N 0W8"]), ("DATE", ["January 6, 2026"]), ("NAME", ["Brayden", "Kequahtooway-Lafond"]),
      ("DATE", ["1998-10-02"]), ("ID", ["418 273 906"]), ("MRN", ["RUH4182730"]), ("LOCATION", ["University Bridge"]),
      ("LOCATION", ["Muskeg Lake Cree Nation"]), ("LOCATION", ["Lanigan"]), ("DATE", ["Christmas"]),
      ("HOSPITAL", ["Dubé Centre"]), ("NAME", ["Destiny", "Lafond"]), ("PHONE", ["306-555-0163"]),
      ("NAME", ["Marisol", "Kuzyk-Ferreira"]), ("NAME", ["Anders", "Halvorsen-Bird"]), ("LICENCE", ["11874"])],
     ["s.18", "The Mental Health Services Act", "C-SSRS", "SAD PERSONS 7", "PHQ-9 22", "1:1 constant observation"]),

    # 17 - Nigeria, Edo State (Irrua): laboratory request form and result, Lassa fever
    ("IRRUA SPECIALIST TEACHING HOSPITAL (ISTH), Irrua, Edo State\n"
     "Virology Laboratory (Lassa) - LABORATORY REQUEST FORM AND RESULT\n"
     "Request: 09/02/2026 11:40 | Lab No. ISTH/VL/26/00418 | Ward: Lassa Isolation Ward, bed 3\n"
     "Patient: Mr. Osagie Ehiremen-Aigbokhai | 36 Y / M | Hosp. No. ISTH/M/41827 | NIN 48127360915\n"
     "Address: No. 14 Ogbemudia Road, Ekpoma. Rice trader at Uromi Main Market.\n"
     "Clinical information: fever 7 days not responding to artemether-lumefantrine or ceftriaxone; sore throat, "
     "retrosternal pain, facial oedema, oozing from venepuncture sites, proteinuria. Rats (?Mastomys) in the house "
     "and the grain store.\n"
     "Requesting clinician: Dr. Iyobosa Okoduwa-Eguavoen\n"
     "Specimen: EDTA blood 3 mL, collected 10:55, triple-packaged as UN2814.\n"
     "RESULTS (authorised 16:05):\n"
     "Lassa virus RT-PCR (L gene): DETECTED, Ct 24.6\n"
     "Malaria RDT (HRP2/pLDH): negative\n"
     "Creatinine 248 µmol/L; AST 412 U/L; ALT 138 U/L (AST:ALT 3:1); K 5.4 mmol/L\n"
     "Comment: CRITICAL RESULT phoned to Dr. Okoduwa-Eguavoen at 16:10. NCDC and the State Epidemiologist notified "
     "(case ID EDO-LF-26-0418). Advise IV ribavirin (McCormick regimen) without delay and contact listing of "
     "household and ward staff, including his wife Mrs. Ivie Ehiremen (0803 555 2718).\n"
     "Medical Laboratory Scientist: Akhere Omoregbe-Iyamu | MLSCN RMLS/18427",
     [("HOSPITAL", ["IRRUA SPECIALIST TEACHING HOSPITAL"]), ("HOSPITAL", ["ISTH"]), ("LOCATION", ["Irrua"]),
      ("DATE", ["09/02/2026"]), ("ID", ["ISTH/VL/26/00418"]), ("NAME", ["Osagie", "Ehiremen-Aigbokhai"]),
      ("MRN", ["ISTH/M/41827"]), ("ID", ["48127360915"]), ("ADDRESS", ["No. 14 Ogbemudia Road"]),
      ("LOCATION", ["Ekpoma"]), ("LOCATION", ["Uromi Main Market"]), ("NAME", ["Iyobosa", "Okoduwa-Eguavoen"]),
      ("ID", ["EDO-LF-26-0418"]), ("NAME", ["Ivie", "Ehiremen"]), ("PHONE", ["0803 555 2718"]),
      ("NAME", ["Akhere", "Omoregbe-Iyamu"]), ("LICENCE", ["RMLS/18427"])],
     ["artemether-lumefantrine", "Mastomys", "UN2814", "Lassa virus RT-PCR", "AST:ALT 3:1", "McCormick regimen"]),

    # 18 - Taiwan, Taichung: oral and maxillofacial surgery outpatient record with extraction consent (traditional)
    ("中山醫學大學附設醫院 牙科部 口腔顎顏面外科\n"
     "台中市南區建國北路一段110號\n"
     "門診病歷　就診日期：民國114年9月23日\n"
     "病歷號：CS-07341826\n"
     "姓名：陳柏宇　性別：男　年齡：22歲　出生日期：民國92年5月8日\n"
     "身分證字號：B125830748\n"
     "地址：臺中市大里區德芳路二段57巷6號\n"
     "職業：學生（逢甲大學資訊工程學系四年級）\n"
     "主訴：右下智齒區腫痛3天，張口困難，吞嚥時痛。\n"
     "檢查：48 部分萌出、水平阻生，牙齦瓣紅腫有膿，張口度 25 mm，右頰輕度腫脹，右側顎下淋巴結腫大壓痛。T 37.6℃。環口X光片：48 牙根與下齒槽神經管重疊，牙根變暗、神經管白線中斷（Rood's signs）。\n"
     "診斷：48 智齒冠周炎（pericoronitis）\n"
     "處置：牙齦瓣下以生理食鹽水及優碘沖洗；Amoxicillin 500 mg TID x5天、Ibuprofen 400 mg PRN；溫鹽水漱口。\n"
     "說明：消炎後約兩週安排局部麻醉下拔除48，術前安排CBCT。已說明風險：下唇及下巴麻木（下齒槽神經損傷約1-5%，多為暫時性）、乾性齒槽炎、出血、感染、鄰牙47損傷。病人了解並簽署拔牙同意書。\n"
     "緊急聯絡人：母親 鍾淑貞　0912-555-418\n"
     "下次回診：10月7日\n"
     "主治醫師：許文彥　牙醫師證書：牙醫字第018274號",
     [("HOSPITAL", ["中山醫學大學附設醫院"]), ("LOCATION", ["台中市"]), ("LOCATION", ["南區"]), ("ADDRESS", ["建國北路一段110號"]),
      ("DATE", ["民國114年9月23日"]), ("MRN", ["CS-07341826"]), ("NAME", ["陳柏宇"]), ("DATE", ["民國92年5月8日"]),
      ("ID", ["B125830748"]), ("LOCATION", ["臺中市"]), ("LOCATION", ["大里區"]), ("ADDRESS", ["德芳路二段57巷6號"]),
      ("LOCATION", ["逢甲大學"]), ("NAME", ["鍾淑貞"]), ("PHONE", ["0912-555-418"]), ("DATE", ["10月7日"]), ("NAME", ["許文彥"]),
      ("LICENCE", ["牙醫字第018274號"])],
     ["水平阻生", "張口度 25 mm", "Rood's signs", "冠周炎（pericoronitis）", "Amoxicillin 500 mg TID", "乾性齒槽炎"]),

    # 19 - New Zealand, Northland (Whangaroa): registered nurse telephone triage record, infant bronchiolitis
    ("Healthline - Registered Nurse Telephone Triage Record\n"
     "Call received 22:47, Saturday 06/09/2025 | Call ref HL-250906-41827\n"
     "Caller: Aroha Te Whata-Nathan (mother) | call-back 021 555 0718\n"
     "Patient: Nikau Te Whata | 8 months M | DOB 02/01/2025 | NHI ZKP4188\n"
     "Address: 57 Station Road, Kaeo 0478 | GP: Kaeo Medical Centre\n"
     "Presenting: 2 days runny nose and cough; tonight breathing fast and \"sucking in under his ribs\"; taking less "
     "than half his usual feeds; 2 wet nappies since the morning. Born at 34 weeks. Mum smokes (outside).\n"
     "Heard over the phone: grunting audible; caller counted RR 64 over a full minute. Colour pink. No pauses. Temp "
     "37.9 (underarm).\n"
     "Likely bronchiolitis with increased work of breathing (subcostal recession, grunting) and poor feeding in an "
     "ex-preterm infant.\n"
     "Disposition: ED now, within 1 hour - Bay of Islands Hospital, Kawakawa (about 45 min). 111 ambulance offered; "
     "declined - grandfather Hemi is driving (car MKJ418, already outside). Call 111 straight away for any pauses in "
     "breathing, blue lips or floppiness. Safety-netting understood and repeated back.\n"
     "Consent to share with GP: yes, record sent to Kaeo Medical Centre.\n"
     "RN: Tessa Rangihuna | NCNZ 218374",
     [("DATE", ["06/09/2025"]), ("ID", ["HL-250906-41827"]), ("NAME", ["Aroha", "Te Whata-Nathan"]),
      ("PHONE", ["021 555 0718"]), ("NAME", ["Nikau", "Te Whata"]), ("DATE", ["02/01/2025"]), ("ID", ["ZKP4188"]),
      ("ADDRESS", ["57 Station Road"]), ("LOCATION", ["Kaeo"]), ("POSTCODE", ["0478"]),
      ("HOSPITAL", ["Kaeo Medical Centre"]), ("HOSPITAL", ["Bay of Islands Hospital"]), ("LOCATION", ["Kawakawa"]),
      ("NAME", ["Hemi"]), ("PLATE", ["MKJ418"]), ("NAME", ["Tessa", "Rangihuna"]), ("LICENCE", ["218374"])],
     ["Born at 34 weeks", "RR 64", "bronchiolitis", "subcostal recession", "ex-preterm", "2 wet nappies"]),
] + MORE_NOTES
