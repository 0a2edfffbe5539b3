"""Notes 20-39 of the twenty-fourth HELD-OUT set (see :mod:`deid_notes_heldout24` for how it was written and what it
holds).

These 20 notes hold 536 planted identifier parts in 461 (kind, parts) entries and 199 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, an accident compensation injury claim with a medical certificate
(New Zealand, West Coast); 21, an emergency department note with Ethiopian calendar dates (Jimma); 22, a labour ward
night nursing note (Sreemangal); 23, a police medical report (Goroka); 25, a ward round note in handwritten style
(Kapit, Sarawak); 26, a hospital telephone and radio referral log (Tanna, Vanuatu); 28, a district hospital patient
transfer form (Opuwo, Namibia); 29, a mountain medical evacuation report (Aconcagua, Argentina); 30, a clinical trial
case report form (Leticia, Colombia); 31, a district nursing palliative care record for a patient aged 96 (Isle of
Barra); 33, a pre-anaesthetic assessment (Tamale, Ghana); 35, a malaria microscopy register (Lethem, Guyana); 37, an
operation note from a uterine prolapse surgery camp with Bikram Sambat dates (Jumla, Nepal); 38, a haemodialysis session
record (Tobago); 39, a reportable tuberculosis case report with a contact list (Yukon). In Greek script: 24, a care home
GP visit for a resident aged 90 (Lesvos); 34, a family doctor's referral letter to cardiology (Paphos, Cyprus). In
Chinese: 27, a discharge record (Liangshan, simplified); 36, a township health station referral form with Republic of
China dates (Hualien, traditional). In Swedish: 32, a discharge summary (Kiruna). Entries per kind here: LOCATION 101,
NAME 100, DATE 77, HOSPITAL 38, PHONE 35, ID 26, ADDRESS 16, LICENCE 16, MRN 15, PLATE 12, POSTCODE 10, AGE 4, SERIAL 3,
EMAIL 2, HANDLE 2, IP 2, URL 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - New Zealand, South Island (West Coast): accident compensation injury claim and medical certificate, chainsaw injury to the thumb extensor
    ("ACC45 INJURY CLAIM (lodged electronically) + ACC MEDICAL CERTIFICATE\n"
     "Provider: Rūnanga Health Centre, 7 Seddon St, Runanga 7803 | Dr Hamish Rutherford | MCNZ 29384\n"
     "Claim no. KB41827 | Date of injury: 16/04/2026 | Date seen: 16/04/2026 13:10\n"
     "Patient: Liam Te Rangi Costello | 29 M | DOB 01/12/1996 | NHI ZHC4189\n"
     "Address: 22 Ballance St, Blackball 7804 | Occupation: tree feller, Paparoa Forestry Ltd\n"
     "How it happened: chainsaw kicked back while he was felling pine on the block above Rapahoe at 10:20; cut "
     "across the back of the R wrist and thumb. Wearing chaps, no glove on that hand. Crew boss Gavin Heslop drove "
     "him down in the crew ute (LMK412).\n"
     "Exam: 6 cm laceration, dorsoradial R wrist. Cannot extend the IP joint of the thumb: complete division of the "
     "EPL tendon. Reduced sensation in the superficial radial nerve territory. Radial pulse present, hand well "
     "perfused. XR: no fracture, no foreign body.\n"
     "Treatment: washout, cefazolin 2 g IV, Boostrix; wound dressed, thumb spica splint.\n"
     "Referral: acute hand clinic, Plastic Surgery, Christchurch Hospital, 08:00 tomorrow, for EPL repair (Kessler "
     "core suture) - booked through Te Nīkau Grey Hospital & Health Centre, Greymouth.\n"
     "Diagnosis (ICD-10): S66.2 - injury of extensor muscle and tendon of thumb at wrist and hand level.\n"
     "Fitness for work: fully unfit 16/04/2026 to 30/04/2026, then review; light duties likely after that.\n"
     "Previous ACC claim: L ankle sprain, 2019.\n"
     "Partner: Kiri Costello-Ruru, 027 555 6418.",
     [("HOSPITAL", ["Rūnanga Health Centre"]), ("ADDRESS", ["7 Seddon St"]), ("LOCATION", ["Runanga"]),
      ("POSTCODE", ["7803"]), ("NAME", ["Hamish", "Rutherford"]), ("LICENCE", ["29384"]), ("ID", ["KB41827"]),
      ("DATE", ["16/04/2026"]), ("NAME", ["Liam", "Te Rangi", "Costello"]), ("DATE", ["01/12/1996"]),
      ("ID", ["ZHC4189"]), ("ADDRESS", ["22 Ballance St"]), ("LOCATION", ["Blackball"]), ("POSTCODE", ["7804"]),
      ("LOCATION", ["Paparoa Forestry Ltd"]), ("LOCATION", ["Rapahoe"]), ("NAME", ["Gavin", "Heslop"]),
      ("PLATE", ["LMK412"]), ("HOSPITAL", ["Christchurch Hospital"]),
      ("HOSPITAL", ["Te Nīkau Grey Hospital & Health Centre"]), ("LOCATION", ["Greymouth"]), ("DATE", ["30/04/2026"]),
      ("NAME", ["Kiri", "Costello-Ruru"]), ("PHONE", ["027 555 6418"])],
     ["ACC45", "IP joint", "EPL tendon", "superficial radial nerve", "cefazolin 2 g IV", "Boostrix", "thumb spica",
      "Kessler core suture", "S66.2"]),

    # 21 - Ethiopia, Oromia (Jimma): emergency department note with Ethiopian calendar dates, epidural haematoma after a three-wheeler crash
    ("JIMMA UNIVERSITY MEDICAL CENTER - Adult Emergency Department\n"
     "ED NOTE | Meskerem 17, 2018 E.C. (27/09/2025 G.C.), 21:40 | MRN 418273 | ED card JUMC/ED/2018/0417\n"
     "Name: Abdella Abba Gidi Temam | 24 M | Address: Agaro town, kebele 03 | Bajaj (three-wheeler) driver | Phone "
     "0917 555 418\n"
     "Brought by: traffic police, Constable Tesfaye Gemechu.\n"
     "HPI: his Bajaj (plate 3-OR 41827) collided with an Isuzu truck at about 19:00 on the Agaro-Jimma road near "
     "Seka, on his way back from the Meskel Demera bonfire. No helmet. LOC ~10 min, then talking (lucid interval), "
     "then increasingly drowsy and vomiting in the ambulance.\n"
     "Exam: BP 152/88, PR 58, RR 14, SpO2 95%. GCS 11/15 (E3V3M5). R pupil 5 mm, sluggish; L 3 mm reactive. Battle's "
     "sign on the R; no raccoon eyes; CSF otorrhoea R ear. Moves all limbs, L weaker.\n"
     "CT brain (non-contrast): R temporoparietal epidural hematoma, ~38 mL, midline shift 6 mm; linear fracture of "
     "the R temporal bone.\n"
     "Management: head up 30°, mannitol 1 g/kg IV, phenytoin 20 mg/kg loading, tranexamic acid 1 g IV (CRASH-3), "
     "ceftriaxone. Neurosurgery (Dr. Hana Girma) - for craniotomy and evacuation tonight.\n"
     "Family: brother Kedir (0911 555 207) is here; the rest of the family are coming from Limmu Kosa.\n"
     "Follow-up: neurosurgery OPD on Tikimt 5.\n"
     "Dr. Yonas Bekele-Haile, R2 Emergency Medicine | MoH reg. 18427/GP",
     [("HOSPITAL", ["JIMMA UNIVERSITY MEDICAL CENTER"]), ("DATE", ["Meskerem 17, 2018 E.C."]), ("DATE", ["27/09/2025"]),
      ("MRN", ["418273"]), ("MRN", ["JUMC/ED/2018/0417"]), ("NAME", ["Abdella", "Abba Gidi", "Temam"]),
      ("LOCATION", ["Agaro"]), ("ADDRESS", ["kebele 03"]), ("PHONE", ["0917 555 418"]),
      ("NAME", ["Tesfaye", "Gemechu"]), ("PLATE", ["3-OR 41827"]), ("LOCATION", ["Jimma"]), ("LOCATION", ["Seka"]),
      ("DATE", ["Meskel"]), ("NAME", ["Hana", "Girma"]), ("NAME", ["Kedir"]), ("PHONE", ["0911 555 207"]),
      ("LOCATION", ["Limmu Kosa"]), ("DATE", ["Tikimt 5"]), ("NAME", ["Yonas", "Bekele-Haile"]),
      ("LICENCE", ["18427/GP"])],
     ["GCS 11/15 (E3V3M5)", "Battle's sign", "raccoon eyes", "CSF otorrhoea", "epidural hematoma", "midline shift 6 mm",
      "mannitol 1 g/kg", "phenytoin 20 mg/kg", "tranexamic acid 1 g IV", "CRASH-3"]),

    # 22 - Bangladesh, Sylhet Division (Sreemangal): labour ward night nursing note, postpartum haemorrhage with transfer
    ("SREEMANGAL UPAZILA HEALTH COMPLEX, MOULVIBAZAR - Labour Room\n"
     "NURSING NOTE (night duty) | 01/10/2025 (Durga Puja, Maha Nabami)\n"
     "Patient: Lakshmi Munda, 23 yrs, w/o Sanjit Munda | Reg. No. 4182/25 | NID 7318 4026 63\n"
     "Address: Line No. 6, Rajghat Tea Estate, Sreemangal. Tea plucker. Husband's mobile 01711-555418.\n"
     "G2P1+0, term. Normal vaginal delivery at 22:40 of a live male baby, 2.6 kg, Apgar 8/9. AMTSL: oxytocin 10 IU "
     "IM within 1 minute.\n"
     "23:05 Sudden heavy bleeding PV (~800 mL); uterus boggy; pulse 118, BP 84/50, shock index 1.4. Called the MO on "
     "duty, Dr. Farzana Chowdhury-Rahman, and senior staff nurse Shefali Das.\n"
     "23:08 Uterine massage; two 16G cannulae; Ringer's lactate 1 L fast; oxytocin 20 IU in 500 mL NS; misoprostol "
     "800 mcg SL; tranexamic acid 1 g IV over 10 min; catheterised (urine 60 mL). Placenta checked: complete.\n"
     "23:25 Still bleeding: condom balloon tamponade inserted by the MO (400 mL saline). NASG applied.\n"
     "23:40 Bleeding controlled. Hb (bedside) 6.2 g/dL. Blood group B+. Donor: brother-in-law Bishu.\n"
     "00:10 Decision: transfer to Moulvibazar 250-Bed District Sadar Hospital for transfusion; ambulance "
     "Moulvibazar-Chha-71-0418.\n"
     "00:30 Left with SSN Shefali Das, husband and baby. Total EBL ~1,300 mL. Partograph and MNH register completed.\n"
     "Senior Staff Nurse Rupa Sinha | BNMC Reg. 41827",
     [("HOSPITAL", ["SREEMANGAL UPAZILA HEALTH COMPLEX"]), ("LOCATION", ["MOULVIBAZAR"]), ("DATE", ["01/10/2025"]),
      ("DATE", ["Durga Puja"]), ("DATE", ["Maha Nabami"]), ("NAME", ["Lakshmi", "Munda"]), ("NAME", ["Sanjit"]),
      ("MRN", ["4182/25"]), ("ID", ["7318 4026 63"]), ("ADDRESS", ["Line No. 6"]), ("LOCATION", ["Rajghat Tea Estate"]),
      ("LOCATION", ["Sreemangal"]), ("PHONE", ["01711-555418"]), ("NAME", ["Farzana", "Chowdhury-Rahman"]),
      ("NAME", ["Shefali", "Das"]), ("NAME", ["Bishu"]), ("HOSPITAL", ["Moulvibazar 250-Bed District Sadar Hospital"]),
      ("PLATE", ["Moulvibazar-Chha-71-0418"]), ("NAME", ["Rupa", "Sinha"]), ("LICENCE", ["41827"])],
     ["G2P1+0", "Apgar 8/9", "AMTSL", "oxytocin 10 IU IM", "shock index 1.4", "misoprostol 800 mcg SL",
      "tranexamic acid 1 g IV", "condom balloon tamponade", "NASG", "Hb (bedside) 6.2 g/dL"]),

    # 23 - Papua New Guinea, Eastern Highlands (Goroka): police medical report, bush-knife assault with flexor tendon and ulnar nerve injury
    ("GOROKA PROVINCIAL HOSPITAL - Accident & Emergency\n"
     "POLICE MEDICAL REPORT (medico-legal examination) - requested by Goroka Police Station, OB No. 418/25\n"
     "Date and time of examination: 24/12/2025 (Christmas Eve), 20:15 | Hosp. No. GPH-AE-25-3184\n"
     "Name of person examined: Jenny Kave | F | about 30 years | Village: Kama, Lower Asaro | Vegetable seller at "
     "the Goroka market\n"
     "Accompanied by: Constable Lucas Yawa Kuman and her sister Dorcas.\n"
     "History (from the examinee, in Tok Pisin): she says she was attacked with a bush knife by her husband's "
     "brother, Mathias Kave, at about 16:00 today at the roadside market on the Highlands Highway near Kama, and "
     "raised her left arm to protect her head. The assailant left in a Land Cruiser, LBH 418.\n"
     "Findings:\n"
     "1. Incised wound 12 cm, ulnar border of the L forearm, deep, exposing the flexor tendons; FDP to the ring and "
     "little fingers divided.\n"
     "2. Ulnar nerve: numb little finger, Froment's sign positive, weak finger abduction.\n"
     "3. Superficial laceration 4 cm, scalp, L parietal.\n"
     "4. Older bruises of different ages (yellow-green) on both upper arms.\n"
     "Opinion: the injuries are consistent with the history of a bush-knife assault. Injuries 1 and 2 amount to "
     "grievous bodily harm, with possible permanent loss of function of the hand.\n"
     "Treatment: tetanus toxoid 0.5 mL IM, ceftriaxone 1 g IV; washout with tendon and nerve repair in theatre "
     "tonight.\n"
     "Examining medical officer: Dr. Rhoda Kaupa-Sine | PNGMC reg. 3318 | A&E phone 532 1418",
     [("HOSPITAL", ["GOROKA PROVINCIAL HOSPITAL"]), ("LOCATION", ["Goroka Police Station"]), ("ID", ["418/25"]),
      ("DATE", ["24/12/2025"]), ("DATE", ["Christmas Eve"]), ("MRN", ["GPH-AE-25-3184"]), ("NAME", ["Jenny", "Kave"]),
      ("LOCATION", ["Kama"]), ("LOCATION", ["Lower Asaro"]), ("LOCATION", ["Goroka"]),
      ("NAME", ["Lucas", "Yawa", "Kuman"]), ("NAME", ["Dorcas"]), ("NAME", ["Mathias"]),
      ("LOCATION", ["Highlands Highway"]), ("PLATE", ["LBH 418"]), ("NAME", ["Rhoda", "Kaupa-Sine"]),
      ("LICENCE", ["3318"]), ("PHONE", ["532 1418"])],
     ["Incised wound 12 cm", "flexor tendons", "FDP", "Ulnar nerve", "Froment's sign", "L parietal",
      "grievous bodily harm", "tetanus toxoid 0.5 mL IM", "ceftriaxone 1 g IV"]),

    # 24 - Greece, North Aegean (Lesvos): care home GP visit on Easter Tuesday, resident aged 90 with sulfonylurea hypoglycaemia (Greek)
    ("Οίκος Ευγηρίας Μυτιλήνης «Άγιος Θεράπων»\n"
     "Καβέτσου 21, 81100 Μυτιλήνη\n"
     "ΕΠΙΣΚΕΨΗ ΙΑΤΡΟΥ | 14 Απριλίου 2026, Τρίτη του Πάσχα, 09:30\n"
     "Φιλοξενούμενη: Ευανθία Κουρτζή-Παπαλά του Ευστρατίου, 90 ετών, γεν. 07/11/1935, ΑΜΚΑ 07113504182\n"
     "Καταγωγή από την Αγιάσο· ζούσε με τον γιο της στο Πλωμάρι ως το 2023.\n"
     "Ιστορικό: ΣΔ τύπου 2 από το 1998, νόσος Alzheimer, ΧΝΝ (eGFR 34), ΑΥ.\n"
     "Συμβάν: στις 06:40 βρέθηκε ιδρωμένη και συγχυτική, γλυκόζη 42 mg/dL. Ο νοσηλευτής έδωσε γλυκαγόνη 1 mg ΙΜ· "
     "στις 07:10 γλυκόζη 128 mg/dL, ξύπνια, τρώει. Από την Κυριακή του Πάσχα τρώει ελάχιστα. Έπαιρνε γλικλαζίδη 60 "
     "mg (Diamicron MR) 1x1. HbA1c 6,1% τον Μάρτιο.\n"
     "Αλλαγές: διακοπή της γλικλαζίδης· έναρξη linagliptin 5 mg 1x1· στόχος HbA1c < 8% λόγω ευθραυστότητας (Clinical "
     "Frailty Scale 7)· μέτρηση σακχάρου x4 ημερησίως για 3 ημέρες.\n"
     "Ενημερώθηκε ο γιος της, Παναγιώτης (κιν. 694 555 0812). Η κ. Ευανθία λέει ότι θα κλείσει τα 91 τον Νοέμβριο.\n"
     "Ιωάννης Σταυρέλλης, Γενικός Ιατρός | κιν. 697 555 4410",
     [("HOSPITAL", ["Οίκος Ευγηρίας Μυτιλήνης"]), ("HOSPITAL", ["Άγιος Θεράπων"]), ("ADDRESS", ["Καβέτσου 21"]),
      ("POSTCODE", ["81100"]), ("LOCATION", ["Μυτιλήνη"]), ("DATE", ["14 Απριλίου 2026"]),
      ("DATE", ["Τρίτη του Πάσχα"]), ("NAME", ["Ευανθία", "Κουρτζή-Παπαλά"]), ("NAME", ["Ευστρατίου"]),
      ("AGE", ["90 ετών"]), ("DATE", ["07/11/1935"]), ("ID", ["07113504182"]), ("LOCATION", ["Αγιάσο"]),
      ("LOCATION", ["Πλωμάρι"]), ("DATE", ["2023"]), ("DATE", ["1998"]), ("DATE", ["Κυριακή του Πάσχα"]),
      ("DATE", ["Μάρτιο"]), ("NAME", ["Παναγιώτης"]), ("PHONE", ["694 555 0812"]), ("AGE", ["91"]),
      ("DATE", ["Νοέμβριο"]), ("NAME", ["Ιωάννης", "Σταυρέλλης"]), ("PHONE", ["697 555 4410"])],
     ["νόσος Alzheimer", "eGFR 34", "γλυκόζη 42 mg/dL", "γλυκαγόνη 1 mg ΙΜ", "γλικλαζίδη 60 mg", "Diamicron MR",
      "HbA1c 6,1%", "linagliptin 5 mg", "HbA1c < 8%", "Clinical Frailty Scale 7"]),

    # 25 - Malaysia, Sarawak (Kapit): medical ward round note in handwritten style, severe leptospirosis with acute kidney injury
    ("HOSP KAPIT - Wad Lelaki (Male Medical) | WR 0830 Sun 8/6/25 - MO Dr Wong Siew Ling, HO Sim\n"
     "Pt: Jimbun ak Lang 46M | MyKad 790314-13-5417 | RN KPT/25/06418\n"
     "Fr Rh Entawa, Sg Baleh (3 h by longboat). Padi farmer - cleared his flooded farm after Gawai.\n"
     "D3 of admission\n"
     "S: fever less, myalgia less, calf pain ++, poor UO overnight. No SOB.\n"
     "O: T 37.9, BP 104/62, PR 96, SpO2 97% RA. Jaundiced +, conjunctival suffusion +, calf tenderness +. Chest "
     "clear.\n"
     "UO 0.3 mL/kg/h x 6 h. Wt 58 kg.\n"
     "Ix: Lepto IgM (RDT) +ve; MAT sent. Cr 412 (from 236), urea 28, K+ 5.9, plt 48, TB 86.\n"
     "A: severe leptospirosis (Weil's disease) with AKI (KDIGO 3), hyperK, thrombocytopenia\n"
     "P: 1) IV ceftriaxone 2g OD, D3/7\n"
     "   2) hyperK regime - insulin-dextrose, Ca gluconate 10 mL 10%; repeat ECG and K+ 4 h\n"
     "   3) refer Sibu Hospital nephro for HD - d/w Dr Lau (nephro reg) 084-555 418, accepted\n"
     "   4) transfer by road today, ambulance QP 4182 A, with SN\n"
     "Wife Sendi ak Ngumbang (013-555 8247) informed. Neighbour in the same longhouse has fever - notify PKD Kapit "
     "for cluster investigation.\n"
     "Dr Wong S.L. | MMC 61827",
     [("HOSPITAL", ["HOSP KAPIT"]), ("DATE", ["8/6/25"]), ("NAME", ["Wong", "Siew Ling"]), ("NAME", ["Sim"]),
      ("NAME", ["Jimbun", "Lang"]), ("ID", ["790314-13-5417"]), ("MRN", ["KPT/25/06418"]), ("LOCATION", ["Rh Entawa"]),
      ("LOCATION", ["Sg Baleh"]), ("DATE", ["Gawai"]), ("HOSPITAL", ["Sibu Hospital"]), ("NAME", ["Lau"]),
      ("PHONE", ["084-555 418"]), ("PLATE", ["QP 4182 A"]), ("NAME", ["Sendi", "Ngumbang"]),
      ("PHONE", ["013-555 8247"]), ("LOCATION", ["Kapit"]), ("LICENCE", ["61827"])],
     ["conjunctival suffusion", "UO 0.3 mL/kg/h", "Lepto IgM", "MAT", "Cr 412", "K+ 5.9", "Weil's disease", "KDIGO 3",
      "IV ceftriaxone 2g OD", "Ca gluconate 10 mL 10%"]),

    # 26 - Vanuatu, Tafea Province (Tanna): hospital telephone and radio referral log, ciguatera poisoning
    ("LENAKEL HOSPITAL, TANNA - Telephone / HF Radio Referral Log\n"
     "Date: 30/07/2025 (Independence Day - most staff at the celebrations in Isangel)\n"
     "14:20 Call from Nurse Esline Naupa, Port Resolution Dispensary, mobile 775 4182.\n"
     "Patient: Kapiel Nako | 34 M | from Ipikel village | Hosp. No. LKH-4182\n"
     "Story: ate a large red snapper caught off the reef at Port Resolution last night; 6 h later vomiting, "
     "diarrhoea, tingling lips and hands, itchy, \"cold water feels hot\" (paradoxical temperature reversal). Wife "
     "Nancy Iaruel and brother Tom ate the same fish, milder symptoms.\n"
     "Nurse's obs: HR 44, BP 80/50, RR 18, SpO2 97%.\n"
     "Advice (Dr. Kalo Iatika): likely ciguatera; bring him in now lying flat on the back of the clinic truck (T "
     "4187); IV fluids if a line can be placed.\n"
     "15:35 Arrived Lenakel. HR 46. Atropine 0.6 mg IV x 2 -> HR 68. NS 1 L. Mannitol 1 g/kg over 30 min for the "
     "neurological symptoms.\n"
     "16:10 Phoned Vila Central Hospital, physician on call Dr. Jocelyn Tabi-Kalsakau (ext 218): keep 48h ECG "
     "monitoring here; no medevac needed unless BP falls again - then the charter Islander YJ-RV10 from White Grass "
     "airport. His sister at Whitesands has been told.\n"
     "17:00 Fish bought at Lenakel market from Mama Rosalie's stall - reported to Tafea Provincial Health; the rest "
     "of the catch set aside.\n"
     "Dr. Kalo Iatika, Medical Officer | VMDC reg. 284",
     [("HOSPITAL", ["LENAKEL HOSPITAL"]), ("LOCATION", ["TANNA"]), ("DATE", ["30/07/2025"]),
      ("DATE", ["Independence Day"]), ("LOCATION", ["Isangel"]), ("NAME", ["Esline", "Naupa"]),
      ("HOSPITAL", ["Port Resolution Dispensary"]), ("PHONE", ["775 4182"]), ("NAME", ["Kapiel", "Nako"]),
      ("LOCATION", ["Ipikel"]), ("MRN", ["LKH-4182"]), ("LOCATION", ["Port Resolution"]), ("NAME", ["Nancy", "Iaruel"]),
      ("NAME", ["Tom"]), ("NAME", ["Kalo", "Iatika"]), ("PLATE", ["T 4187"]), ("LOCATION", ["Lenakel"]),
      ("HOSPITAL", ["Vila Central Hospital"]), ("NAME", ["Jocelyn", "Tabi-Kalsakau"]), ("PHONE", ["218"]),
      ("PLATE", ["YJ-RV10"]), ("LOCATION", ["Whitesands"]), ("LOCATION", ["White Grass"]), ("NAME", ["Rosalie"]),
      ("LICENCE", ["284"])],
     ["red snapper", "paradoxical temperature reversal", "HR 44", "BP 80/50", "ciguatera", "Atropine 0.6 mg IV",
      "Mannitol 1 g/kg", "48h ECG monitoring"]),

    # 27 - China, Sichuan (Liangshan Yi Autonomous Prefecture): respiratory medicine discharge record, tuberculous pleurisy (simplified Chinese)
    ("凉山彝族自治州第一人民医院　呼吸与危重症医学科\n"
     "出院记录\n"
     "姓名：吉克阿依（汉名：李玉芬）　性别：女　年龄：27岁　住院号：LS2511041827\n"
     "身份证号：513431199803041720\n"
     "住址：昭觉县支尔莫乡阿土列尔村（\"悬崖村\"）\n"
     "职业：西昌市建昌古城\"月城人家\"民宿服务员\n"
     "入院日期：2025年11月4日　出院日期：2025年11月21日\n"
     "入院诊断：右侧胸腔积液待查　出院诊断：结核性胸膜炎（右侧）\n"
     "入院情况：发热、右侧胸痛、活动后气促2周。\n"
     "诊疗经过：胸部CT示右侧中量胸腔积液，行胸腔穿刺置管引流（胸腔闭式引流），共引出淡黄色胸水2100 mL；胸水ADA 58 U/L，LDH 612 U/L，以淋巴细胞为主；T-SPOT.TB 阳性；胸水GeneXpert "
     "MTB/RIF检出结核分枝杆菌，利福平敏感。予HRZE方案：异烟肼 0.3 g、利福平 0.45 g、吡嗪酰胺 1.5 g、乙胺丁醇 0.75 g，每日一次。体温正常，复查胸片积液明显减少。\n"
     "出院医嘱：继续抗结核治疗，强化期2个月后改HR；每2周复查肝功能；由昭觉县疾控中心结核门诊督导服药。患者要求回家过彝族年，已交代按时服药。\n"
     "联系人：丈夫 阿西木呷　电话：159-8240-4182\n"
     "主治医师：沙马阿果　住院医师：王静怡",
     [("HOSPITAL", ["凉山彝族自治州第一人民医院"]), ("NAME", ["吉克阿依"]), ("NAME", ["李玉芬"]), ("MRN", ["LS2511041827"]),
      ("ID", ["513431199803041720"]), ("LOCATION", ["昭觉县"]), ("LOCATION", ["支尔莫乡"]), ("LOCATION", ["阿土列尔村"]),
      ("LOCATION", ["悬崖村"]), ("LOCATION", ["西昌市"]), ("LOCATION", ["建昌古城"]), ("LOCATION", ["月城人家"]),
      ("DATE", ["2025年11月4日"]), ("DATE", ["2025年11月21日"]), ("DATE", ["彝族年"]), ("NAME", ["阿西木呷"]),
      ("PHONE", ["159-8240-4182"]), ("NAME", ["沙马阿果"]), ("NAME", ["王静怡"])],
     ["结核性胸膜炎", "胸腔闭式引流", "ADA 58 U/L", "LDH 612 U/L", "T-SPOT.TB 阳性", "GeneXpert MTB/RIF", "利福平敏感", "HRZE",
      "异烟肼 0.3 g", "乙胺丁醇 0.75 g"]),

    # 28 - Namibia, Kunene Region (Opuwo): district hospital patient transfer form, crocodile attack with an open tibial fracture
    ("MINISTRY OF HEALTH AND SOCIAL SERVICES - OPUWO DISTRICT HOSPITAL\n"
     "PATIENT TRANSFER FORM | 18/09/2025 06:40\n"
     "To: Orthopaedics, Oshakati Intermediate Hospital - accepted by Dr Ndapewa Shikongo-Haufiku (ortho registrar), "
     "065 555 2418\n"
     "Patient: Kaunozondunge Tjambiru | M | 16 yrs | DOB 04/04/2009 | ID 09040400418 | Hosp. No. OPW-25-41827\n"
     "Residence: cattle post near Epupa, Okangwati area. Herds the family's cattle. Speaks Otjiherero - interpreted "
     "by Nurse Uerikua Muharukua.\n"
     "History: attacked by a crocodile while watering cattle in the Kunene River below the falls at ~17:00 "
     "yesterday; dragged into the water and freed when his uncle, Kazeongere Tjiuma, beat the animal with a stick. "
     "Carried by donkey cart to Okangwati Clinic, then brought here in the clinic vehicle (GRN 41827), 4 h on gravel.\n"
     "On arrival 23:10: HR 124, BP 94/56 (shock index 1.3), GCS 15. R leg: multiple deep puncture wounds and a 15 cm "
     "laceration of the calf with exposed tibia - open tibial fracture, Gustilo-Anderson IIIB. Foot warm, dorsalis "
     "pedis palpable. Hb 7.9 g/dL.\n"
     "Given: 2 L crystalloid, 1 unit of blood (O pos), ceftriaxone 2 g IV and metronidazole 500 mg IV (cover for "
     "Aeromonas hydrophila), tetanus toxoid and tetanus immunoglobulin 250 IU IM, morphine; washout and backslab in "
     "theatre.\n"
     "Transport: ambulance GRN 52183 with a nurse, departed 06:55.\n"
     "Guardian: father Tjitiza Tjambiru (no phone) - contact through Sr Albertina Kavari at Okangwati, 081 555 4127.\n"
     "Referring MO: Dr Pieter Kotzé-Hengari | HPCNA MD 1827",
     [("HOSPITAL", ["OPUWO DISTRICT HOSPITAL"]), ("DATE", ["18/09/2025"]),
      ("HOSPITAL", ["Oshakati Intermediate Hospital"]), ("NAME", ["Ndapewa", "Shikongo-Haufiku"]),
      ("PHONE", ["065 555 2418"]), ("NAME", ["Kaunozondunge", "Tjambiru"]), ("DATE", ["04/04/2009"]),
      ("ID", ["09040400418"]), ("MRN", ["OPW-25-41827"]), ("LOCATION", ["Epupa"]), ("LOCATION", ["Okangwati"]),
      ("NAME", ["Uerikua", "Muharukua"]), ("LOCATION", ["Kunene River"]), ("NAME", ["Kazeongere", "Tjiuma"]),
      ("HOSPITAL", ["Okangwati Clinic"]), ("PLATE", ["GRN 41827"]), ("PLATE", ["GRN 52183"]), ("NAME", ["Tjitiza"]),
      ("NAME", ["Albertina", "Kavari"]), ("PHONE", ["081 555 4127"]), ("NAME", ["Pieter", "Kotzé-Hengari"]),
      ("LICENCE", ["MD 1827"])],
     ["crocodile", "shock index 1.3", "GCS 15", "Gustilo-Anderson IIIB", "dorsalis pedis", "Hb 7.9 g/dL",
      "ceftriaxone 2 g IV", "metronidazole 500 mg IV", "Aeromonas hydrophila", "tetanus immunoglobulin 250 IU IM"]),

    # 29 - Argentina, Mendoza (Aconcagua): mountain medical service evacuation report in English, high-altitude pulmonary oedema in a porter
    ("PARQUE PROVINCIAL ACONCAGUA - Park Medical Service\n"
     "MEDICAL EVACUATION REPORT (English version for the insurer) | 06/01/2026 (Día de Reyes) | Report no. "
     "SMA-2026-0418\n"
     "Medical post: Plaza de Mulas base camp (4,300 m)\n"
     "Patient: Nahuel Ramírez Quiroga (\"el Cholo\") | 33 M | DOB 17/10/1992 | DNI 37.418.273\n"
     "High-altitude porter for Andes Cumbre Expediciones (Mendoza). Home: Uspallata, Las Heras department. Phone +54 "
     "9 261 555-4182 | Instagram @cholo.porteador\n"
     "History: carried loads to Nido de Cóndores (5,560 m) on 3 consecutive days. Since last night dry cough and "
     "breathless at rest; pink frothy sputum this morning. Mild headache and fatigue; no ataxia, no confusion.\n"
     "Exam 07:20: SpO2 64% on air, HR 124, RR 32, T 37.8; crackles both lungs; lung ultrasound: B-lines in all "
     "fields. Lake Louise score 3.\n"
     "Diagnosis: HAPE. No HACE; AMS mild.\n"
     "Treatment: O2 6 L/min -> SpO2 86%; nifedipine SR 30 mg PO; portable hyperbaric chamber (Gamow bag) at 2 psi "
     "for 1 h while waiting for the helicopter.\n"
     "Evacuation: park helicopter LV-FQZ (pilot Sergio Maldonado-Funes) at 09:05 to Confluencia (3,400 m), then to "
     "the Horcones ranger post, then by ambulance via Puente del Inca and Penitentes to Hospital Central, Mendoza.\n"
     "Employer informed: operaciones@andescumbre.com.ar\n"
     "Dra. Valentina Ocaña-Bermúdez, mountain physician | MP 18274",
     [("LOCATION", ["PARQUE PROVINCIAL ACONCAGUA"]), ("DATE", ["06/01/2026"]), ("DATE", ["Día de Reyes"]),
      ("ID", ["SMA-2026-0418"]), ("LOCATION", ["Plaza de Mulas"]), ("NAME", ["Nahuel", "Ramírez Quiroga", "Cholo"]),
      ("DATE", ["17/10/1992"]), ("ID", ["37.418.273"]), ("LOCATION", ["Andes Cumbre Expediciones"]),
      ("LOCATION", ["Mendoza"]), ("LOCATION", ["Uspallata"]), ("LOCATION", ["Las Heras"]),
      ("PHONE", ["+54 9 261 555-4182"]), ("HANDLE", ["@cholo.porteador"]), ("LOCATION", ["Nido de Cóndores"]),
      ("PLATE", ["LV-FQZ"]), ("NAME", ["Sergio", "Maldonado-Funes"]), ("LOCATION", ["Confluencia"]),
      ("LOCATION", ["Horcones"]), ("LOCATION", ["Puente del Inca"]), ("LOCATION", ["Penitentes"]),
      ("HOSPITAL", ["Hospital Central"]), ("EMAIL", ["operaciones@andescumbre.com.ar"]),
      ("NAME", ["Valentina", "Ocaña-Bermúdez"]), ("LICENCE", ["MP 18274"])],
     ["pink frothy sputum", "SpO2 64%", "B-lines", "Lake Louise score 3", "HAPE", "HACE", "AMS", "nifedipine SR 30 mg",
      "Gamow bag", "2 psi"]),

    # 30 - Colombia, Amazonas (Leticia): clinical trial case report form at enrolment, Plasmodium vivax malaria
    ("PRIMA-AMAZ trial (radical cure of P. vivax) - CASE REPORT FORM, Day 0 (enrolment)\n"
     "Site 03: Hospital San Rafael de Leticia | Subject ID 03-0418 | Enrolment 14-Mar-2026\n"
     "Consent form version 2.1 (02-Feb-2026) signed by the participant; witness Lic. Marleny Gómez (nurse).\n"
     "Participant: Clemencia Ahué Coello | F | 32 | DOB 1993-07-21 | Cédula 1.121.418.273 | Ethnicity: Tikuna\n"
     "Community: Macedonia (Tikuna resguardo on the Amazon, 1.5 h by boat) | artisan, sells at the Leticia market; "
     "her mother lives in Puerto Nariño\n"
     "Phone +57 311 555 4182 | husband Gildardo Pereira +57 320 555 0913 | Facebook page @clemenciartesanias\n"
     "Malaria: fever for 3 days. Thick smear: Plasmodium vivax, parasitaemia 6,400/µL. RDT (SD Bioline Malaria Ag "
     "P.f/P.v): Pv line positive.\n"
     "Haematocrit 34%, Hb 11.2 g/dL. G6PD activity 8.4 U/g Hb (normal) - STANDARD G6PD analyser S/N GA-0418273. "
     "Urine β-hCG negative.\n"
     "Randomisation: arm B - chloroquine 25 mg/kg over 3 days + primaquine 0.5 mg/kg/day for 7 days, supervised.\n"
     "Entered in REDCap (https://redcap.sanrafael-leticia.org/surveys/?s=K4T8M2P7) from the site workstation "
     "10.118.4.27.\n"
     "Next visits: Day 3 (17-Mar-2026), Day 7, Day 28 (11-Apr-2026).\n"
     "Site investigator: Dr. Andrés Felipe Mejía-Tangarife | RETHUS 1121874903",
     [("HOSPITAL", ["Hospital San Rafael de Leticia"]), ("ID", ["03-0418"]), ("DATE", ["14-Mar-2026"]),
      ("DATE", ["02-Feb-2026"]), ("NAME", ["Marleny", "Gómez"]), ("NAME", ["Clemencia", "Ahué Coello"]),
      ("DATE", ["1993-07-21"]), ("ID", ["1.121.418.273"]), ("LOCATION", ["Macedonia"]), ("LOCATION", ["Leticia"]),
      ("LOCATION", ["Puerto Nariño"]), ("PHONE", ["+57 311 555 4182"]), ("NAME", ["Gildardo", "Pereira"]),
      ("PHONE", ["+57 320 555 0913"]), ("HANDLE", ["@clemenciartesanias"]), ("SERIAL", ["GA-0418273"]),
      ("URL", ["https://redcap.sanrafael-leticia.org/surveys/?s=K4T8M2P7"]), ("IP", ["10.118.4.27"]),
      ("DATE", ["17-Mar-2026"]), ("DATE", ["11-Apr-2026"]), ("NAME", ["Andrés Felipe", "Mejía-Tangarife"]),
      ("LICENCE", ["1121874903"])],
     ["Plasmodium vivax", "parasitaemia 6,400/µL", "SD Bioline Malaria Ag P.f/P.v", "Haematocrit 34%", "Hb 11.2 g/dL",
      "G6PD activity 8.4 U/g Hb", "β-hCG negative", "chloroquine 25 mg/kg", "primaquine 0.5 mg/kg/day", "Day 28"]),

    # 31 - Scotland, Outer Hebrides (Isle of Barra): district nursing palliative care contact record, patient aged 96 at home
    ("NHS Western Isles - Community Nursing, Barra & Vatersay\n"
     "DISTRICT NURSE CONTACT RECORD - palliative care\n"
     "Patient: Mrs Mòrag Mhàiri MacNeil (\"Mòrag Bheag\") | aged 96 | DOB 02/02/1929 | CHI 020229 0425\n"
     "Address: 5 Eoligarry, Isle of Barra HS9 5YD\n"
     "GP: Dr Rory MacKinnon-Kerr, Castlebay Medical Practice | Community hospital: St Brendan's Hospital, Castlebay\n"
     "Visit: Tue 30/12/2025 10:15 - CSN Ceit MacLean with HCSW\n"
     "Background: metastatic carcinoma of the pancreas (diagnosed Oct 2025); type 2 diabetes. Lives with her son "
     "Calum Iain (07700 900 731). Daughter Peigi flies in from Glasgow tomorrow on the plane that lands on the "
     "Cockle Strand at Traigh Mhòr, for Hogmanay.\n"
     "Today: sleepier, taking sips only, mouth dry. Restless overnight - son gave one dose of midazolam 2.5 mg SC at "
     "03:00 from the Just in Case medicines. Some chest secretions. Pain score 4/10 on turning. Sacrum intact, "
     "Waterlow 24, repositioned.\n"
     "Actions: syringe driver (McKinley T34, serial T34-2210-0617) started 10:40 over 24 h: morphine sulfate 10 "
     "mg/24 h, midazolam 10 mg/24 h, glycopyrronium 600 micrograms/24 h. PRN: morphine sulfate 2.5 mg SC, "
     "levomepromazine 6.25 mg SC. DNACPR form (dated 15/11/2025) is in the house. Preferred place of death: home.\n"
     "She told us she wants to see the New Year in, and that she will be 97 at Candlemas, as she was born at "
     "Candlemas 1929.\n"
     "Next visit 16:00 today; overnight - NHS 24 on 111.\n"
     "Ceit MacLean, Community Staff Nurse | NMC 09I4182E",
     [("HOSPITAL", ["NHS Western Isles"]), ("LOCATION", ["Barra"]), ("LOCATION", ["Vatersay"]),
      ("NAME", ["Mòrag Mhàiri", "MacNeil"]), ("NAME", ["Mòrag Bheag"]), ("AGE", ["aged 96"]), ("DATE", ["02/02/1929"]),
      ("ID", ["020229 0425"]), ("ADDRESS", ["5 Eoligarry"]), ("LOCATION", ["Isle of Barra"]), ("POSTCODE", ["HS9 5YD"]),
      ("NAME", ["Rory", "MacKinnon-Kerr"]), ("HOSPITAL", ["Castlebay Medical Practice"]),
      ("HOSPITAL", ["St Brendan's Hospital"]), ("LOCATION", ["Castlebay"]), ("DATE", ["30/12/2025"]),
      ("NAME", ["Ceit", "MacLean"]), ("DATE", ["Oct 2025"]), ("NAME", ["Calum Iain"]), ("PHONE", ["07700 900 731"]),
      ("NAME", ["Peigi"]), ("LOCATION", ["Glasgow"]), ("LOCATION", ["Cockle Strand"]), ("LOCATION", ["Traigh Mhòr"]),
      ("DATE", ["Hogmanay"]), ("SERIAL", ["T34-2210-0617"]), ("DATE", ["15/11/2025"]), ("DATE", ["New Year"]),
      ("AGE", ["97"]), ("DATE", ["Candlemas"]), ("DATE", ["1929"]), ("LICENCE", ["09I4182E"])],
     ["midazolam 2.5 mg SC", "Just in Case", "Pain score 4/10", "Waterlow 24", "McKinley T34",
      "morphine sulfate 10 mg/24 h", "glycopyrronium 600 micrograms/24 h", "levomepromazine 6.25 mg SC", "DNACPR",
      "NHS 24"]),

    # 32 - Sweden, Norrbotten (Kiruna): medical discharge summary, bilateral pulmonary embolism after knee arthroscopy (Swedish)
    ("Kiruna sjukhus, Medicinavdelningen\n"
     "Thulegatan 29, 981 35 Kiruna | tfn 0980-55 41 82\n"
     "EPIKRIS\n"
     "Patient: Nils-Anders Labba, 19680915-4179\n"
     "Adress: Hjalmar Lundbohmsvägen 41, 981 31 Kiruna | mobil 070-555 18 27\n"
     "Yrke: bergarbetare vid LKAB Kiirunavaara; renskötare i Gabna sameby på fritiden.\n"
     "Inskriven: 2026-03-12 | Utskriven: 2026-03-17\n"
     "Diagnoser: Lungemboli bilateralt (I26.9). Djup ventrombos vänster underben (I80.2).\n"
     "Anamnes: 57-årig man som artroskoperades för meniskskada på Gällivare sjukhus 2026-02-26 utan trombosprofylax. "
     "Svullnad i vänster vad sedan en vecka och andfåddhet sedan två dagar, märkt vid skoterkörning ut till renhagen "
     "vid Jukkasjärvi.\n"
     "Status vid inkomst: AF 24, SpO2 91 %, puls 112, BT 128/84. Wells score 6. D-dimer 4,2 mg/L. Troponin T 38 "
     "ng/L, NT-proBNP 840 ng/L.\n"
     "DT-angiografi: bilaterala centrala lungembolier med tecken på höger kammarbelastning (RV/LV 1,1). Ultraljud: "
     "DVT i v. poplitea vänster. sPESI 1.\n"
     "Behandling: Innohep 175 IE/kg första dygnet, sedan apixaban (Eliquis) 10 mg x 2 i 7 dagar, därefter 5 mg x 2 i "
     "minst 3 månader.\n"
     "Uppföljning: ekokardiografi om 3 månader. Sjukskriven 100 % till 2026-04-06. Han vill vara tillbaka i gruvan "
     "till midsommar.\n"
     "Anhörig: sambo Britt-Marie Päiviö, 070-555 62 04.\n"
     "Aino Kuoksu-Lindmark, specialistläkare internmedicin | förskrivarkod 4182735",
     [("HOSPITAL", ["Kiruna sjukhus"]), ("ADDRESS", ["Thulegatan 29"]), ("POSTCODE", ["981 35"]),
      ("LOCATION", ["Kiruna"]), ("PHONE", ["0980-55 41 82"]), ("NAME", ["Nils-Anders", "Labba"]),
      ("ID", ["19680915-4179"]), ("ADDRESS", ["Hjalmar Lundbohmsvägen 41"]), ("POSTCODE", ["981 31"]),
      ("PHONE", ["070-555 18 27"]), ("LOCATION", ["LKAB Kiirunavaara"]), ("LOCATION", ["Gabna sameby"]),
      ("DATE", ["2026-03-12"]), ("DATE", ["2026-03-17"]), ("HOSPITAL", ["Gällivare sjukhus"]), ("DATE", ["2026-02-26"]),
      ("LOCATION", ["Jukkasjärvi"]), ("DATE", ["2026-04-06"]), ("DATE", ["midsommar"]),
      ("NAME", ["Britt-Marie", "Päiviö"]), ("PHONE", ["070-555 62 04"]), ("NAME", ["Aino", "Kuoksu-Lindmark"]),
      ("LICENCE", ["4182735"])],
     ["Lungemboli", "I26.9", "Wells score 6", "D-dimer 4,2 mg/L", "Troponin T 38 ng/L", "NT-proBNP 840 ng/L",
      "DT-angiografi", "höger kammarbelastning", "RV/LV 1,1", "sPESI 1", "apixaban (Eliquis) 10 mg x 2"]),

    # 33 - Ghana, Northern Region (Tamale): pre-anaesthetic assessment before thyroidectomy for a retrosternal goitre
    ("TAMALE TEACHING HOSPITAL - Department of Anaesthesia\n"
     "PRE-ANAESTHETIC ASSESSMENT | 04-11-2025 | Female Surgical Ward\n"
     "Patient: Memunatu Alhassan-Iddrisu | 44 F | Folder No. TTH/S/25/041827 | NHIS 41827306 | Ghana Card "
     "GHA-718402663-7\n"
     "Address: House No. SK 41, Sakasaka, Tamale. Hometown Savelugu; shea butter processor with the Pagsung Shea "
     "Women's Group.\n"
     "Planned: total thyroidectomy on 06-11-2025 (surgeon Dr. Abdul-Wahab Seidu), Theatre 2, first case.\n"
     "History: multinodular goitre for 15 years, growing; breathless lying flat, snores; no change in voice. "
     "Euthyroid on carbimazole 10 mg daily.\n"
     "Exam: weight 78 kg, BMI 31. Goitre 20 x 15 cm with retrosternal extension; tracheal deviation to the R on CXR. "
     "Pemberton's sign positive. Mallampati III; thyromental distance 5.5 cm; mouth opening 4 cm; neck extension "
     "limited.\n"
     "Investigations: Hb 11.9 g/dL; FT4 14 pmol/L; TSH 0.9 mIU/L. CT neck/thorax: trachea narrowed to 8 mm at the "
     "thoracic inlet. ENT indirect laryngoscopy: both cords mobile.\n"
     "ASA II. Plan: awake fibreoptic intubation with a reinforced ETT 6.0, videolaryngoscope on standby; "
     "cardiothoracic surgeon on standby for sternotomy; ICU bed booked.\n"
     "Consent discussed in Dagbani with the patient and her husband, Alhaji Fuseini Iddrisu (0244 555 418), through "
     "the nurse interpreter Azara Mahama.\n"
     "Dr. Kwabena Owusu-Mensah, Anaesthetist | MDC/RN/41827",
     [("HOSPITAL", ["TAMALE TEACHING HOSPITAL"]), ("DATE", ["04-11-2025"]), ("NAME", ["Memunatu", "Alhassan-Iddrisu"]),
      ("MRN", ["TTH/S/25/041827"]), ("ID", ["41827306"]), ("ID", ["GHA-718402663-7"]), ("ADDRESS", ["House No. SK 41"]),
      ("LOCATION", ["Sakasaka"]), ("LOCATION", ["Tamale"]), ("LOCATION", ["Savelugu"]),
      ("LOCATION", ["Pagsung Shea Women's Group"]), ("DATE", ["06-11-2025"]), ("NAME", ["Abdul-Wahab", "Seidu"]),
      ("NAME", ["Fuseini", "Iddrisu"]), ("PHONE", ["0244 555 418"]), ("NAME", ["Azara", "Mahama"]),
      ("NAME", ["Kwabena", "Owusu-Mensah"]), ("LICENCE", ["MDC/RN/41827"])],
     ["multinodular goitre", "carbimazole 10 mg", "retrosternal extension", "tracheal deviation", "Pemberton's sign",
      "Mallampati III", "thyromental distance 5.5 cm", "FT4 14 pmol/L", "ASA II", "awake fibreoptic intubation"]),

    # 34 - Cyprus (Paphos): family doctor's referral letter to cardiology, new atrial fibrillation with suspected hyperthyroidism (Greek)
    ("Δρ Μαρίνα Χριστοδούλου-Ευαγόρου, Προσωπική Ιατρός ΓεΣΥ (αρ. παρόχου ΠΙ-20517)\n"
     "Λεωφόρος Αποστόλου Παύλου 41, 8046 Πάφος | τηλ. 26 555418\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΠΡΟΣ ΚΑΡΔΙΟΛΟΓΟ - Γενικό Νοσοκομείο Πάφου, Καρδιολογικό Τμήμα\n"
     "Πάφος, 10/06/2025, την επομένη του Κατακλυσμού\n"
     "Ασθενής: Χαράλαμπος (Χαμπής) Χατζηπαναγιώτου, 71 ετών, γεν. 29/09/1953, ΑΔΤ 0418273\n"
     "Διεύθυνση: Αγίου Γεωργίου 12, 8560 Πέγεια. Συνταξιούχος ψαράς, περνά τα πρωινά στο Καταφύγιο Αλιευτικών Σκαφών "
     "Πάφου. Email: champis.chp53@cytanet.com.cy\n"
     "Αγαπητέ συνάδελφε,\n"
     "παραπέμπω τον κ. Χατζηπαναγιώτου για αίσθημα παλμών, ζάλη και κόπωση από την Κυριακή της Πεντηκοστής (στο "
     "πανηγύρι στην παραλία). ΗΚΓ στο ιατρείο: κολπική μαρμαρυγή με ταχεία κοιλιακή ανταπόκριση 128/λεπτό.\n"
     "Ιστορικό: ΑΥ· ΣΔ τύπου 2 με μετφορμίνη 1000 mg x2. TSH 0,02 mIU/L, FT4 28 pmol/L - πιθανός υπερθυρεοειδισμός.\n"
     "CHA₂DS₂-VASc 3, HAS-BLED 1, EHRA IIb.\n"
     "Ξεκίνησα bisoprolol 2,5 mg x1 και apixaban 5 mg x2. Παρακαλώ για ηχοκαρδιογράφημα, Holter 24ώρου και εκτίμηση "
     "για ανάταξη.\n"
     "Η σύζυγός του Ελένη (κιν. 99 555418) τον συνοδεύει· η κόρη του, Μαρία-Ελένη, μένει στη Λεμεσό.\n"
     "Με εκτίμηση,\n"
     "Μαρίνα Χριστοδούλου-Ευαγόρου | Αρ. Εγγραφής ΙΣΚ 4182",
     [("NAME", ["Μαρίνα", "Χριστοδούλου-Ευαγόρου"]), ("ID", ["ΠΙ-20517"]),
      ("ADDRESS", ["Λεωφόρος Αποστόλου Παύλου 41"]), ("POSTCODE", ["8046"]), ("LOCATION", ["Πάφος"]),
      ("PHONE", ["26 555418"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Πάφου"]), ("DATE", ["10/06/2025"]),
      ("DATE", ["Κατακλυσμού"]), ("NAME", ["Χαράλαμπος", "Χαμπής", "Χατζηπαναγιώτου"]), ("DATE", ["29/09/1953"]),
      ("ID", ["0418273"]), ("ADDRESS", ["Αγίου Γεωργίου 12"]), ("POSTCODE", ["8560"]), ("LOCATION", ["Πέγεια"]),
      ("LOCATION", ["Καταφύγιο Αλιευτικών Σκαφών Πάφου"]), ("EMAIL", ["champis.chp53@cytanet.com.cy"]),
      ("DATE", ["Κυριακή της Πεντηκοστής"]), ("NAME", ["Ελένη"]), ("PHONE", ["99 555418"]), ("NAME", ["Μαρία-Ελένη"]),
      ("LOCATION", ["Λεμεσό"]), ("LICENCE", ["4182"])],
     ["κολπική μαρμαρυγή", "128/λεπτό", "μετφορμίνη 1000 mg x2", "TSH 0,02 mIU/L", "FT4 28 pmol/L", "CHA₂DS₂-VASc 3",
      "HAS-BLED 1", "EHRA IIb", "bisoprolol 2,5 mg", "Holter 24ώρου"]),

    # 35 - Guyana, Region 9 (Rupununi, Lethem): malaria microscopy register extract, mining-related cases across the Brazil border
    ("LETHEM REGIONAL HOSPITAL - MALARIA MICROSCOPY REGISTER (extract) | 13-19 Oct 2025\n"
     "Microscopist: Mr. Orrin Atkinson-James\n"
     "Date | Lab No. | Patient | Age/Sex | ID | Village / where infected | Phone | Species | Density | Treatment\n"
     "13/10/25 | LRH-M-25-4182 | Cyril Marco Melville | 27/M | 418273961 | Aishalton; infected at the Marudi "
     "Mountain gold workings | 592-555-4182 | P. falciparum | 48,000/µL | artemether-lumefantrine (Coartem) 4 tabs "
     "BD x 3 days + primaquine 0.25 mg/kg single dose\n"
     "14/10/25 | LRH-M-25-4187 | Sherlina Andrews | 19/F | 418274105 | Annai; student at the Bina Hill Institute | "
     "592-555-0617 | P. vivax | 3,200/µL | chloroquine x 3 days + primaquine 0.5 mg/kg x 7 days (G6PD normal, hCG "
     "neg)\n"
     "15/10/25 | LRH-M-25-4190 | Wellington dos Santos | 41/M | Brazilian passport FX418273 | lives in Bonfim, shop "
     "in Lethem; infected at a farm at Moco Moco | +55 95 98555-4182 | mixed P.f + P.v | 12,400/µL | Coartem + "
     "primaquine 14 days\n"
     "16/10/25 | LRH-M-25-4195 | Baby Kezia Williams | 3/F | - | St Ignatius | mother 592-555-2290 | P. falciparum | "
     "210,000/µL (>5%) - severe | IV artesunate 3 mg/kg; medevac to Georgetown Public Hospital on 8R-GTH\n"
     "Remarks: two cases from Marudi are from the same camp (Crown Camp). RDT stock low.",
     [("HOSPITAL", ["LETHEM REGIONAL HOSPITAL"]), ("DATE", ["13-19 Oct 2025"]), ("NAME", ["Orrin", "Atkinson-James"]),
      ("DATE", ["13/10/25"]), ("MRN", ["LRH-M-25-4182"]), ("NAME", ["Cyril Marco", "Melville"]), ("ID", ["418273961"]),
      ("LOCATION", ["Aishalton"]), ("LOCATION", ["Marudi"]), ("PHONE", ["592-555-4182"]), ("DATE", ["14/10/25"]),
      ("MRN", ["LRH-M-25-4187"]), ("NAME", ["Sherlina", "Andrews"]), ("ID", ["418274105"]), ("LOCATION", ["Annai"]),
      ("LOCATION", ["Bina Hill Institute"]), ("PHONE", ["592-555-0617"]), ("DATE", ["15/10/25"]),
      ("MRN", ["LRH-M-25-4190"]), ("NAME", ["Wellington", "dos Santos"]), ("ID", ["FX418273"]),
      ("LOCATION", ["Bonfim"]), ("LOCATION", ["Lethem"]), ("LOCATION", ["Moco Moco"]), ("PHONE", ["+55 95 98555-4182"]),
      ("DATE", ["16/10/25"]), ("MRN", ["LRH-M-25-4195"]), ("NAME", ["Kezia", "Williams"]),
      ("LOCATION", ["St Ignatius"]), ("PHONE", ["592-555-2290"]), ("HOSPITAL", ["Georgetown Public Hospital"]),
      ("PLATE", ["8R-GTH"]), ("LOCATION", ["Crown Camp"])],
     ["P. falciparum", "48,000/µL", "artemether-lumefantrine (Coartem)", "primaquine 0.25 mg/kg", "P. vivax",
      "primaquine 0.5 mg/kg", "G6PD normal", "mixed P.f + P.v", "(>5%)", "IV artesunate 3 mg/kg"]),

    # 36 - Taiwan, Hualien County (Guangfu): township health station referral form with Republic of China calendar dates, suspected scrub typhus (traditional Chinese)
    ("花蓮縣光復鄉衛生所　轉診單\n"
     "地址：花蓮縣光復鄉建國路二段41號　電話：(03)870-5418\n"
     "轉診日期：民國114年8月18日　轉診單號：GF1140818-07\n"
     "病人姓名：林美玉（阿美族名 Panay Ofad）　性別：女　年齡：52歲　出生日期：民國62年4月9日\n"
     "身分證字號：U224182732\n"
     "住址：光復鄉馬太鞍部落（Fata'an）　職業：務農（芋頭田、檳榔園）\n"
     "主訴：發燒、頭痛、畏寒5天，全身倦怠。\n"
     "病史：豐年祭（Ilisin）前，於8月上旬在部落附近草叢除草。\n"
     "理學檢查：T 39.2℃，右腋下約8 mm 黑色焦痂（eschar），周圍紅暈；右腋淋巴結腫大；軀幹散在斑丘疹。\n"
     "檢驗：WBC 4,200/μL，血小板 62,000/μL，AST 186 U/L，ALT 142 U/L，CRP 9.8 mg/dL。\n"
     "臆斷：恙蟲病（Orientia tsutsugamushi 感染），需排除鉤端螺旋體病。\n"
     "處置：已給 doxycycline 100 mg BID 首劑；已通報（法定傳染病第四類）。\n"
     "轉診至：門諾醫院（花蓮市民權路44號）感染科\n"
     "聯絡人：女兒 林佳慧（手機 0933-555-418）\n"
     "轉診醫師：陳志明　醫師證書：醫字第041827號",
     [("HOSPITAL", ["光復鄉衛生所"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["光復鄉"]), ("ADDRESS", ["建國路二段41號"]),
      ("PHONE", ["(03)870-5418"]), ("DATE", ["民國114年8月18日"]), ("ID", ["GF1140818-07"]), ("NAME", ["林美玉"]),
      ("NAME", ["Panay", "Ofad"]), ("DATE", ["民國62年4月9日"]), ("ID", ["U224182732"]), ("LOCATION", ["馬太鞍"]),
      ("LOCATION", ["Fata'an"]), ("DATE", ["豐年祭"]), ("DATE", ["Ilisin"]), ("DATE", ["8月上旬"]), ("HOSPITAL", ["門諾醫院"]),
      ("LOCATION", ["花蓮市"]), ("ADDRESS", ["民權路44號"]), ("NAME", ["林佳慧"]), ("PHONE", ["0933-555-418"]), ("NAME", ["陳志明"]),
      ("LICENCE", ["醫字第041827號"])],
     ["T 39.2℃", "焦痂（eschar）", "血小板 62,000/μL", "AST 186 U/L", "CRP 9.8 mg/dL", "恙蟲病", "Orientia tsutsugamushi",
      "鉤端螺旋體病", "doxycycline 100 mg BID", "法定傳染病第四類"]),

    # 37 - Nepal, Karnali Province (Jumla): operation note from a reproductive health camp with Bikram Sambat dates, uterine prolapse repair
    ("KARNALI ACADEMY OF HEALTH SCIENCES (KAHS), Chandannath, Jumla\n"
     "Reproductive Health Camp - Uterine Prolapse Surgery | OPERATION NOTE\n"
     "Date: 2082 Magh 14 (28 January 2026) | Reg. No. KAHS-RHC-2082-0418\n"
     "Patient: Dhan Kumari Rokaya | 52 F | w/o Bir Bahadur Rokaya | Citizenship cert. no. 61-01-75-04182\n"
     "Address: Tatopani Rural Municipality, ward 4, Jumla. Farmer; carries firewood and fodder. Contact: son Karna, "
     "9845554182.\n"
     "Indication: G7P6; prolapse for 15 years, much worse since Dashain. POP-Q stage III (Ba +3, C +4). Cervical "
     "decubitus ulcer healed after 2 weeks of packing. Hb 11.6 g/dL.\n"
     "Surgeon: Dr. Sabina Thapa-Magar (OB/GYN) | NMC 18274 | Assistant: Dr. Kiran B.C. | Anaesthesia: Mr. Hem Raj "
     "Shahi (anaesthesia assistant)\n"
     "Anaesthesia: spinal, bupivacaine 0.5% heavy 2.8 mL at L3-L4. Antibiotic: Cefazolin 1 g IV before incision.\n"
     "Procedure: vaginal hysterectomy with McCall culdoplasty, anterior colporrhaphy and posterior "
     "colpoperineorrhaphy. Sims speculum; uterosacral and cardinal ligaments clamped, cut and ligated with Vicryl 1; "
     "ovaries conserved. Vault well supported.\n"
     "EBL 250 mL. Foley catheter 16 Fr and vaginal pack for 24 h.\n"
     "Post-op: discharge day 3 if voiding; no heavy loads for 3 months; follow-up at the Sinja health post with FCHV "
     "Maya Devi Budha.",
     [("HOSPITAL", ["KARNALI ACADEMY OF HEALTH SCIENCES"]), ("LOCATION", ["Chandannath"]), ("LOCATION", ["Jumla"]),
      ("DATE", ["2082 Magh 14"]), ("DATE", ["28 January 2026"]), ("MRN", ["KAHS-RHC-2082-0418"]),
      ("NAME", ["Dhan Kumari", "Rokaya"]), ("NAME", ["Bir Bahadur"]), ("ID", ["61-01-75-04182"]),
      ("LOCATION", ["Tatopani"]), ("NAME", ["Karna"]), ("PHONE", ["9845554182"]), ("DATE", ["Dashain"]),
      ("NAME", ["Sabina", "Thapa-Magar"]), ("LICENCE", ["18274"]), ("NAME", ["Kiran", "B.C."]),
      ("NAME", ["Hem Raj", "Shahi"]), ("LOCATION", ["Sinja"]), ("NAME", ["Maya Devi", "Budha"])],
     ["G7P6", "POP-Q stage III", "Ba +3", "bupivacaine 0.5% heavy 2.8 mL", "Cefazolin 1 g IV", "vaginal hysterectomy",
      "McCall culdoplasty", "anterior colporrhaphy", "Sims speculum", "Vicryl 1", "Foley catheter 16 Fr"]),

    # 38 - Trinidad and Tobago (Tobago): haemodialysis session record on Carnival Monday, hyperkalaemia after a missed session
    ("TOBAGO REGIONAL HEALTH AUTHORITY - Scarborough General Hospital, Signal Hill\n"
     "HAEMODIALYSIS SESSION RECORD | Carnival Monday 16/02/2026 | Chair 4 | Shift 1 (06:00)\n"
     "Patient: Marlon Anthony Dillon-Quashie | 56 M | DOB 12/08/1969 | Hosp No. SGH-HD-0418 | National ID 19690812041\n"
     "Address: Lot 19, Lowlands. Retired mechanic, Tobago House of Assembly Division of Infrastructure.\n"
     "Diagnosis: ESRD secondary to hypertensive nephropathy; HD three times a week since 2023. Access: L "
     "radiocephalic AV fistula (Brescia-Cimino) - good thrill, no signs of infection.\n"
     "Machine: Fresenius 4008S, serial 6YAB4182; dialyser FX80.\n"
     "Pre-HD: weight 78.6 kg (dry weight 75.5 kg), BP 168/94, HR 84, T 36.7. Missed Saturday's session. K 6.1 mmol/L.\n"
     "Prescription: 4 h, Qb 350 mL/min, Qd 500 mL/min, dialysate K 2.0 / Ca 1.25, heparin 5000 IU bolus then 1000 "
     "IU/h, UF goal 3.2 L.\n"
     "08:10 Cramps in both calves - UF paused, NS 200 mL, resolved.\n"
     "Post-HD: weight 75.8 kg, BP 142/82. URR 68%, Kt/V 1.2. EPO 4000 IU IV and iron sucrose 100 mg IV after the "
     "session.\n"
     "Counselled again on fluids and salt over the Carnival fetes. Wife Jennifer (868-555-0147) collected him in the "
     "family car, PCZ 4182.\n"
     "Nephrologist: Dr. Rajesh Maharaj-Bissoon | Nurse in charge: Sister Allison Paul, RN 10418",
     [("HOSPITAL", ["TOBAGO REGIONAL HEALTH AUTHORITY"]), ("HOSPITAL", ["Scarborough General Hospital"]),
      ("LOCATION", ["Signal Hill"]), ("DATE", ["Carnival Monday"]), ("DATE", ["16/02/2026"]),
      ("NAME", ["Marlon Anthony", "Dillon-Quashie"]), ("DATE", ["12/08/1969"]), ("MRN", ["SGH-HD-0418"]),
      ("ID", ["19690812041"]), ("ADDRESS", ["Lot 19"]), ("LOCATION", ["Lowlands"]),
      ("LOCATION", ["Tobago House of Assembly Division of Infrastructure"]), ("SERIAL", ["6YAB4182"]),
      ("NAME", ["Jennifer"]), ("PHONE", ["868-555-0147"]), ("PLATE", ["PCZ 4182"]),
      ("NAME", ["Rajesh", "Maharaj-Bissoon"]), ("NAME", ["Allison", "Paul"]), ("LICENCE", ["RN 10418"])],
     ["ESRD", "Brescia-Cimino", "Fresenius 4008S", "K 6.1 mmol/L", "Qb 350 mL/min", "dialysate K 2.0",
      "heparin 5000 IU", "UF goal 3.2 L", "URR 68%", "Kt/V 1.2", "EPO 4000 IU"]),

    # 39 - Canada, Yukon (Dawson City): reportable disease case report, smear-positive pulmonary tuberculosis with a contact list
    ("YUKON COMMUNICABLE DISEASE CONTROL (YCDC)\n"
     "#4 Hospital Road, Whitehorse YT Y1A 3H8 | fax 867-555-0188\n"
     "REPORTABLE DISEASE CASE REPORT - TUBERCULOSIS (active, respiratory) | Reported 2025-08-20\n"
     "Reporting clinician: Dr. Imke Vanderwal-Nez, Dawson City Community Hospital, 867-555-0163\n"
     "Case: Jonah Peter Kendi | 38 M | DOB 1987-03-05 | YHCIP 004-182-736\n"
     "Address: Lot 9 Bonanza Creek Road, Dawson City YT Y0B 1G0. Seasonal placer miner, Klondike Gold Fields Ltd "
     "camp on Hunker Creek.\n"
     "Clinical: cough for 10 weeks, night sweats, 8 kg weight loss; much worse since Discovery Day. Sputum AFB 2+ x "
     "2; GeneXpert MTB/RIF: MTB detected, RIF resistance not detected. CXR: cavitation RUL. HIV negative. HbA1c 5.6%.\n"
     "Treatment started 2025-08-19: isoniazid 300 mg, rifampin 600 mg, pyrazinamide 1500 mg, ethambutol 1200 mg and "
     "pyridoxine 25 mg daily by DOT through the Dawson City Community Health Centre (nurse Kyla Roberts).\n"
     "Isolation: at home, no visitors; N95 for staff.\n"
     "Contacts:\n"
     "1. partner Shauna Joe, 34 F, same address\n"
     "2. son Kobe, 9 - Grade 4, Robert Service School\n"
     "3. camp cook Lorraine Dubois-Tizya, Hunker Creek camp, 867-555-0122\n"
     "4. brother Wilfred, Old Crow - visited 14-16 July; Old Crow Health Centre notified\n"
     "5. mother, Destruction Bay - visited by the case over the long weekend\n"
     "Case entered in Panorama: https://panorama.gov.yk.ca/case/TB-2025-0418 (submitted from 142.33.41.82).",
     [("HOSPITAL", ["YUKON COMMUNICABLE DISEASE CONTROL"]), ("ADDRESS", ["#4 Hospital Road"]),
      ("LOCATION", ["Whitehorse"]), ("POSTCODE", ["Y1A 3H8"]), ("PHONE", ["867-555-0188"]), ("DATE", ["2025-08-20"]),
      ("NAME", ["Imke", "Vanderwal-Nez"]), ("HOSPITAL", ["Dawson City Community Hospital"]),
      ("PHONE", ["867-555-0163"]), ("NAME", ["Jonah Peter", "Kendi"]), ("DATE", ["1987-03-05"]),
      ("ID", ["004-182-736"]), ("ADDRESS", ["Lot 9 Bonanza Creek Road"]), ("LOCATION", ["Dawson City"]),
      ("POSTCODE", ["Y0B 1G0"]), ("LOCATION", ["Klondike Gold Fields Ltd"]), ("LOCATION", ["Hunker Creek"]),
      ("DATE", ["Discovery Day"]), ("DATE", ["2025-08-19"]), ("HOSPITAL", ["Dawson City Community Health Centre"]),
      ("NAME", ["Kyla", "Roberts"]), ("NAME", ["Shauna", "Joe"]), ("NAME", ["Kobe"]),
      ("LOCATION", ["Robert Service School"]), ("NAME", ["Lorraine", "Dubois-Tizya"]), ("PHONE", ["867-555-0122"]),
      ("NAME", ["Wilfred"]), ("LOCATION", ["Old Crow"]), ("DATE", ["14-16 July"]),
      ("HOSPITAL", ["Old Crow Health Centre"]), ("LOCATION", ["Destruction Bay"]),
      ("URL", ["https://panorama.gov.yk.ca/case/TB-2025-0418"]), ("IP", ["142.33.41.82"])],
     ["AFB 2+", "GeneXpert MTB/RIF", "RIF resistance not detected", "cavitation RUL", "isoniazid 300 mg",
      "rifampin 600 mg", "pyrazinamide 1500 mg", "ethambutol 1200 mg", "pyridoxine 25 mg", "N95"]),
]
