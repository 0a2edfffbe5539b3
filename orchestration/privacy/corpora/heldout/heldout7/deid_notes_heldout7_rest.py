"""The third part of the seventh HELD-OUT note set (:mod:`deid_notes_heldout7`, whose docstring says how it was
written and how to use it), kept in its own file only for length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("SICU progress note, Billings Clinic - HD 4\nPt: Rayleen Vosburgh-Tate, 49F, MRN BC-40718826, DOB 10/09/1975, "
     "transferred from West Park Hospital, Cody. Gallstone pancreatitis, revised Atlanta classification moderately "
     "severe (transient AKI resolved <48 h). Lipase 4,800 on arrival. CT d3: acute necrotic collection ~20% of "
     "body/tail, no gas. Tolerating NJ feeds at 45 mL/h. ERCP with sphincterotomy done yesterday for CBD stone. Plan "
     "cholecystectomy at the same admission once collection settles. Husband Dale (307-527-6619) works at the "
     "Absaroka gas plant. - Dr. Sigrid Mbatha-Sorensen",
     [("HOSPITAL", ["Billings Clinic"]), ("NAME", ["Rayleen", "Vosburgh-Tate"]), ("MRN", ["BC-40718826"]),
      ("DATE", ["10/09/1975"]), ("HOSPITAL", ["West Park Hospital"]), ("LOCATION", ["Cody"]), ("NAME", ["Dale"]),
      ("PHONE", ["307-527-6619"]), ("LOCATION", ["Absaroka gas plant"]), ("NAME", ["Sigrid", "Mbatha-Sorensen"])],
     ["Gallstone pancreatitis", "revised Atlanta classification moderately severe", "acute necrotic collection",
      "NJ feeds at 45 mL/h", "ERCP with sphincterotomy"]),
    ("CIUSSS de l'Estrie - CHUS Hôpital Fleurimont, clinique des MII\nSherbrooke, le 2024-10-15\nDr Évariste "
     "Thibodeau-Nkemelu, gastro-entérologue\nObjet: M. Maxence Bourdages-Lapalme, né le 1990-03-27, RAMQ BOUM 9003 "
     "2715, dossier 00-441872, 118 rue Child, Coaticook J1A 2B4, tél. 819-849-3307\nCher confrère,\nYour patient has "
     "ileocolonic Crohn's disease, Montreal classification A2 L3 B2 (short ileal stricture on MRE, no upstream "
     "dilatation). Failed adalimumab (secondary loss of response, antibodies). Started ustekinumab (Stelara) 390 mg "
     "IV induction today, then 90 mg SC q8w. Faecal calprotectin 1,140. He works at the Fromagerie La Station in "
     "Compton and can take the injections at the CLSC. Bien à vous.",
     [("LOCATION", ["Estrie"]), ("HOSPITAL", ["CHUS Hôpital Fleurimont"]), ("LOCATION", ["Sherbrooke"]),
      ("DATE", ["2024-10-15"]), ("NAME", ["Évariste", "Thibodeau-Nkemelu"]), ("NAME", ["Maxence", "Bourdages-Lapalme"]),
      ("DATE", ["1990-03-27"]), ("ID", ["BOUM 9003 2715"]), ("MRN", ["00-441872"]), ("ADDRESS", ["118 rue Child"]),
      ("LOCATION", ["Coaticook"]), ("POSTCODE", ["J1A 2B4"]), ("PHONE", ["819-849-3307"]),
      ("LOCATION", ["Fromagerie La Station"]), ("LOCATION", ["Compton"])],
     ["ileocolonic Crohn's disease", "Montreal classification A2 L3 B2", "short ileal stricture on MRE",
      "secondary loss of response", "ustekinumab (Stelara) 390 mg IV induction", "Faecal calprotectin 1,140"]),
    ("ICU ADMISSION - Kearney Regional Medical Center, Kearney NE\n68M Elmer Lautenschlager, MRN 00739812, DOB "
     "06/18/1956, corn and cattle farmer from Gibbon. Fever 39.6, confusion, then asymmetric flaccid weakness L arm "
     "over 48 h. CSF: WBC 210 (60% neutrophils), protein 112. MRI: T2 signal bilateral thalami and anterior horns. "
     "West Nile virus IgM positive in CSF -> West Nile neuroinvasive disease (encephalitis + acute flaccid "
     "paralysis). Supportive care, aspiration precautions, watching bulbar function. Reported to Nebraska DHHS. Wife "
     "Marvella 308-368-5524; son Gunnar runs the farm at 4471 E Hwy 30. Intensivist: Dr. Nnaemeka Lindgren-Hale.",
     [("HOSPITAL", ["Kearney Regional Medical Center"]), ("LOCATION", ["Kearney"]),
      ("NAME", ["Elmer", "Lautenschlager"]), ("MRN", ["00739812"]), ("DATE", ["06/18/1956"]), ("LOCATION", ["Gibbon"]),
      ("NAME", ["Marvella"]), ("PHONE", ["308-368-5524"]), ("NAME", ["Gunnar"]), ("ADDRESS", ["4471 E Hwy 30"]),
      ("NAME", ["Nnaemeka", "Lindgren-Hale"])],
     ["asymmetric flaccid weakness L arm", "CSF: WBC 210 (60% neutrophils), protein 112",
      "West Nile virus IgM positive", "West Nile neuroinvasive disease", "aspiration precautions"]),
    ("Pediatric admission H&P - Choctaw Nation Health Care Center, Talihina OK, 06/22/2024\n8yo F Kaylani "
     "Wolfe-Tecumseh, chart 118-40-27, tribal citizen #44718. 4 days fever 40.1, headache, myalgia; rash began at "
     "wrists/ankles, now on palms and soles, petechial. Tick removed from scalp by Grandma last week after camping at "
     "Sardis Lake. Plt 78, Na 129, AST 210. Clinical dx Rocky Mountain spotted fever - started doxycycline 2.2 mg/kg "
     "bid immediately (do not wait for serology). Grandma Imogene Tecumseh (legal guardian), 918-567-4471, 712 Dallas "
     "St, Talihina 74571. Goes to Buffalo Valley Elementary. - Dr. Nayeli Harjo-Feldman",
     [("HOSPITAL", ["Choctaw Nation Health Care Center"]), ("LOCATION", ["Talihina"]), ("DATE", ["06/22/2024"]),
      ("NAME", ["Kaylani", "Wolfe-Tecumseh"]), ("MRN", ["118-40-27"]), ("ID", ["44718"]), ("LOCATION", ["Sardis Lake"]),
      ("NAME", ["Imogene", "Tecumseh"]), ("PHONE", ["918-567-4471"]), ("ADDRESS", ["712 Dallas St"]),
      ("POSTCODE", ["74571"]), ("LOCATION", ["Buffalo Valley Elementary"]), ("NAME", ["Nayeli", "Harjo-Feldman"])],
     ["rash began at wrists/ankles, now on palms and soles", "Plt 78, Na 129, AST 210", "Rocky Mountain spotted fever",
      "doxycycline 2.2 mg/kg bid"]),
    ("VHF risk assessment - Emergency Dept, Hinchingbrooke Hospital, 07/05/2025 02:15\nMs Morenike "
     "Sandercock-Adebayo, 36F, MRN HH2218470, logistician with an NGO, flew in yesterday from Conakry after 6 weeks "
     "at a clinic in Guéckédou. Fever 38.9 today, headache, no bleeding, no diarrhoea. Reports no direct contact with "
     "known Ebola virus disease cases; PPE breach: none. Category: possible VHF, low risk -> malaria RDT and blood "
     "film urgent, isolated in side room 4, UKHSA Imported Fever Service discussed. Malaria RDT positive (P. "
     "falciparum, 1.8%). Treated with artesunate IV. Partner Tobenna (07385 226 719) at home in St Neots, PE19 2QT.",
     [("HOSPITAL", ["Hinchingbrooke Hospital"]), ("DATE", ["07/05/2025"]), ("NAME", ["Morenike", "Sandercock-Adebayo"]),
      ("MRN", ["HH2218470"]), ("LOCATION", ["Conakry"]), ("LOCATION", ["Guéckédou"]), ("NAME", ["Tobenna"]),
      ("PHONE", ["07385 226 719"]), ("LOCATION", ["St Neots"]), ("POSTCODE", ["PE19 2QT"])],
     ["Ebola virus disease", "possible VHF, low risk", "malaria RDT and blood film", "P. falciparum, 1.8%",
      "artesunate IV"]),
    ("डिस्चार्ज सारांश — मेडिसिन विभाग, दरभंगा मेडिकल कॉलेज एवं अस्पताल\nरोगी: राजीव कुमार झा, उम्र 19 वर्ष, पुरुष, "
     "पंजीकरण सं. DMCH/24/38812\nपता: ग्राम बहेड़ी, जिला दरभंगा, बिहार 847105. मोबाइल: 70048 21936 (पिता श्री "
     "सुरेंद्र झा)\nभर्ती 05.08.2024, छुट्टी 16.08.2024\nनिदान: विल्सन रोग — आँखों में KF रिंग, सीरम सेरुलोप्लाज्मिन "
     "कम, 24 घंटे मूत्र तांबा अधिक। पेनिसिलामाइन और जिंक शुरू किया गया।\nचिकित्सक: डॉ. अपर्णा मिश्रा",
     [("HOSPITAL", ["दरभंगा मेडिकल कॉलेज एवं अस्पताल"]), ("NAME", ["राजीव", "झा"]), ("MRN", ["DMCH/24/38812"]),
      ("LOCATION", ["बहेड़ी"]), ("LOCATION", ["दरभंगा"]), ("POSTCODE", ["847105"]), ("PHONE", ["70048 21936"]),
      ("NAME", ["सुरेंद्र"]), ("DATE", ["05.08.2024"]), ("DATE", ["16.08.2024"]), ("NAME", ["अपर्णा", "मिश्रा"])],
     ["विल्सन रोग", "KF रिंग", "सीरम सेरुलोप्लाज्मिन कम", "पेनिसिलामाइन और जिंक"]),
    ("Endocrinology Clinic, Macclesfield District General Hospital\nDate: 13/01/2025\nPatient: Ms Jemima "
     "Greenhalgh-Oyelowo  DOB 29/11/1983  NHS 879 917 3557  Hosp no MDG0441823\nAddress: 27 Hurdsfield Road, "
     "Bollington, SK10 5LP\nDear Dr Whittingslow,\nThank you for referring Ms Greenhalgh-Oyelowo, a teaching "
     "assistant at Pott Shrigley Primary, with weight gain, purple abdominal striae, proximal myopathy and new "
     "hypertension. Overnight 1 mg dexamethasone suppression test: cortisol 412 nmol/L (not suppressed); late-night "
     "salivary cortisol raised twice. ACTH 3.8 (suppressed). This is ACTH-independent Cushing's syndrome; CT adrenals "
     "shows a 3.2 cm L adrenal adenoma. Referral to Mr Okpara-Leadbetter for laparoscopic adrenalectomy.\nYours "
     "sincerely, Dr Clarimond Schofield-Anand",
     [("HOSPITAL", ["Macclesfield District General Hospital"]), ("DATE", ["13/01/2025"]),
      ("NAME", ["Jemima", "Greenhalgh-Oyelowo"]), ("DATE", ["29/11/1983"]), ("ID", ["879 917 3557"]),
      ("MRN", ["MDG0441823"]), ("ADDRESS", ["27 Hurdsfield Road"]), ("LOCATION", ["Bollington"]),
      ("POSTCODE", ["SK10 5LP"]), ("NAME", ["Whittingslow"]), ("LOCATION", ["Pott Shrigley Primary"]),
      ("NAME", ["Okpara-Leadbetter"]), ("NAME", ["Clarimond", "Schofield-Anand"])],
     ["purple abdominal striae, proximal myopathy", "1 mg dexamethasone suppression test",
      "late-night salivary cortisol", "ACTH-independent Cushing's syndrome", "laparoscopic adrenalectomy"]),
    ("Lake of the Woods District Hospital, Kenora ON - ED 2025-01-19 04:40\nPt: Delmer 'Sparky' Keewatin-Beardy, 54M, "
     "OHIP 3891741161, no fixed address - staying at the Morningstar shelter on Second St S. Brought by OPP after "
     "found in a bus shelter, T 34.8. Confused, nystagmus, wide-based ataxic gait, ophthalmoplegia -> Wernicke "
     "encephalopathy (EtOH use disorder). Thiamine 500 mg IV tid started before glucose. CIWA 14, lorazepam per "
     "protocol. Frostnip both hands. Sister Gloria Beardy in Red Lake, 807-737-1148. Outreach worker Makwa at Kenora "
     "Chiefs Advisory. - Dr. Ebere Olufemi-Grant",
     [("HOSPITAL", ["Lake of the Woods District Hospital"]), ("LOCATION", ["Kenora"]), ("DATE", ["2025-01-19"]),
      ("NAME", ["Delmer", "Keewatin-Beardy"]), ("NAME", ["Sparky"]), ("ID", ["3891741161"]),
      ("HOSPITAL", ["Morningstar shelter"]), ("ADDRESS", ["Second St S"]), ("NAME", ["Gloria", "Beardy"]),
      ("LOCATION", ["Red Lake"]), ("PHONE", ["807-737-1148"]), ("NAME", ["Makwa"]),
      ("LOCATION", ["Kenora Chiefs Advisory"]), ("NAME", ["Ebere", "Olufemi-Grant"])],
     ["nystagmus, wide-based ataxic gait, ophthalmoplegia", "Wernicke encephalopathy",
      "Thiamine 500 mg IV tid started before glucose", "CIWA 14", "Frostnip both hands"]),
    ("Endocrine Clinic, LAUTECH Teaching Hospital, Ogbomoso\n09/09/2024\nName: Mrs Titilayo Oyewumi-Balogun, 34F, "
     "Hosp No LTH/E/22/04418, of 7 Agbo-Oba Close, Oyo Road, Ogbomoso. Tel 0813 554 2719.\nDiagnosis: Graves' disease "
     "- diffuse goitre with bruit, proptosis (Graves orbitopathy CAS 2/7), FT4 58 pmol/L, TSH <0.01, TRAb positive. "
     "On carbimazole 30 mg daily + propranolol 40 mg tds. Planning pregnancy - counselled to switch to "
     "propylthiouracil in first trimester. Husband Mr Olayinka Oyewumi, +234 703 118 4427, teacher at Saint Anthony's "
     "College, Offa. Next visit 4 weeks. Dr Halimat Abdulkareem-Ajayi",
     [("HOSPITAL", ["LAUTECH Teaching Hospital"]), ("LOCATION", ["Ogbomoso"]), ("DATE", ["09/09/2024"]),
      ("NAME", ["Titilayo", "Oyewumi-Balogun"]), ("MRN", ["LTH/E/22/04418"]),
      ("ADDRESS", ["7 Agbo-Oba Close, Oyo Road"]), ("PHONE", ["0813 554 2719"]), ("NAME", ["Olayinka", "Oyewumi"]),
      ("PHONE", ["+234 703 118 4427"]), ("LOCATION", ["Saint Anthony's College"]), ("LOCATION", ["Offa"]),
      ("NAME", ["Halimat", "Abdulkareem-Ajayi"])],
     ["Graves' disease", "diffuse goitre with bruit", "Graves orbitopathy CAS 2/7", "TRAb positive",
      "carbimazole 30 mg daily + propranolol 40 mg tds", "propylthiouracil in first trimester"]),
    ("Tel msg 11:20 for Dr Ferrandino (GP) - from Corran Surgery reception\nMr Hadrian Kinvig's son Ptolemy rang from "
     "Dubai (+971 50 448 2173) and his daughter Cosima from Valencia (+34 612 708 355). Their father (DOB "
     "17/08/1946), 3 Shore Road, Port St Mary, IM9 5LX, was discharged from Ramsey District Cottage Hospital "
     "yesterday after a COPD exacerbation and they want to know if the rescue pack (amoxicillin + prednisolone 30 mg) "
     "has been issued and whether the respiratory nurses will visit. Cosima is flying home Friday. Please ring either "
     "- happy for you to email too: cosima.kinvig@icloud.com. Taken by Rhoswen.",
     [("NAME", ["Ferrandino"]), ("HOSPITAL", ["Corran Surgery"]), ("NAME", ["Hadrian", "Kinvig"]),
      ("NAME", ["Ptolemy"]), ("LOCATION", ["Dubai"]), ("PHONE", ["+971 50 448 2173"]), ("NAME", ["Cosima"]),
      ("LOCATION", ["Valencia"]), ("PHONE", ["+34 612 708 355"]), ("DATE", ["17/08/1946"]),
      ("ADDRESS", ["3 Shore Road"]), ("LOCATION", ["Port St Mary"]), ("POSTCODE", ["IM9 5LX"]),
      ("HOSPITAL", ["Ramsey District Cottage Hospital"]), ("EMAIL", ["cosima.kinvig@icloud.com"]),
      ("NAME", ["Rhoswen"])],
     ["COPD exacerbation", "rescue pack (amoxicillin + prednisolone 30 mg)", "respiratory nurses"]),
    ("ED NOTE - St. Luke's Magic Valley, Twin Falls ID\n22M Tavish Kronberg-Alcala, MRN 60448127. T1DM on Tandem "
     "t:slim X2 pump (serial 1147802) with Control-IQ; pump site fell out at a party, no insulin ~9 h. Vomiting, "
     "Kussmaul breathing. pH 7.11, HCO3 8, BHB 5.9, glucose 486 -> DKA moderate. Insulin infusion per protocol, 2 L "
     "LR, K 5.1 -> add KCl once <5.0. Roommate Bodhi Sandvik drove him (208-420-5513). Works at Chobani in Twin "
     "Falls. Pump cloud upload failed - endo portal shows last sync from 184.155.62.201. Dr. Anuli Okonjo-Ruiz.",
     [("HOSPITAL", ["St. Luke's Magic Valley"]), ("LOCATION", ["Twin Falls"]), ("NAME", ["Tavish", "Kronberg-Alcala"]),
      ("MRN", ["60448127"]), ("SERIAL", ["1147802"]), ("NAME", ["Bodhi", "Sandvik"]), ("PHONE", ["208-420-5513"]),
      ("LOCATION", ["Chobani"]), ("IP", ["184.155.62.201"]), ("NAME", ["Anuli", "Okonjo-Ruiz"])],
     ["Tandem t:slim X2 pump", "Control-IQ", "Kussmaul breathing", "pH 7.11, HCO3 8, BHB 5.9", "DKA moderate",
      "add KCl once <5.0"]),
    ("VA Black Hills Health Care System - Mental Health Clinic Note\nVeteran: THORSRUD, ARVID M   T4418   SSN "
     "501-64-4418   DOB 01/30/1968\nAddress: 1206 Lazelle St, Sturgis SD 57785. Ph 605-347-2210.\nOIF combat veteran "
     "(USMC 2003-2007). PTSD, chronic; PCL-5 54. Nightmares improved on prazosin 6 mg qhs; hypervigilance persists. "
     "Restarting CPT with Dr. Osei-Brandvold. Uses cannabis occasionally. Lethal means: keeps 2 shotguns at brother "
     "Sigurd's farm near Whitewood. Wife Tove supportive. C-SSRS negative. Next appt 3/4/25.",
     [("HOSPITAL", ["VA Black Hills Health Care System"]), ("NAME", ["THORSRUD", "ARVID"]), ("ID", ["T4418"]),
      ("ID", ["501-64-4418"]), ("DATE", ["01/30/1968"]), ("ADDRESS", ["1206 Lazelle St"]), ("LOCATION", ["Sturgis"]),
      ("POSTCODE", ["57785"]), ("PHONE", ["605-347-2210"]), ("NAME", ["Osei-Brandvold"]), ("NAME", ["Sigurd"]),
      ("LOCATION", ["Whitewood"]), ("NAME", ["Tove"]), ("DATE", ["3/4/25"])],
     ["PTSD, chronic; PCL-5 54", "prazosin 6 mg qhs", "Restarting CPT", "Lethal means", "C-SSRS negative"]),
    ("Community midwife booking - Faversham\nName: Tegen Pettifer-Quaye, G2P1, 31, DOB 02/03/1994, NHS 531 640 5056. "
     "EDD 19/09/2025 by dating scan at the Kent and Canterbury Hospital. Lives at 14 Davington Hill, Faversham ME13 "
     "7EX with partner Kwesi Quaye (07415 920 338). Previous LSCS 2021 (failure to progress) - wishes VBAC. BMI 27. "
     "Booking bloods incl. HIV, syphilis, hep B, Hb 118. Works as a vet nurse at Oare Veterinary Practice. Parking "
     "permit for clinic for partner's car, reg GK21 VZT. Fundal height to be plotted on GROW chart from 24/40. "
     "Aspirin 150 mg from 12/40 (2 moderate risk factors). Bryher, her sister, will be birth partner. Midwife: Hester "
     "Trenoweth.",
     [("LOCATION", ["Faversham"]), ("NAME", ["Tegen", "Pettifer-Quaye"]), ("DATE", ["02/03/1994"]),
      ("ID", ["531 640 5056"]), ("DATE", ["19/09/2025"]), ("HOSPITAL", ["Kent and Canterbury Hospital"]),
      ("ADDRESS", ["14 Davington Hill"]), ("POSTCODE", ["ME13 7EX"]), ("NAME", ["Kwesi", "Quaye"]),
      ("PHONE", ["07415 920 338"]), ("LOCATION", ["Oare Veterinary Practice"]), ("PLATE", ["GK21 VZT"]),
      ("NAME", ["Bryher"]), ("NAME", ["Hester", "Trenoweth"])],
     ["Previous LSCS 2021 (failure to progress)", "wishes VBAC", "Fundal height to be plotted on GROW chart",
      "Aspirin 150 mg from 12/40"]),
    ("Police custody healthcare assessment - Kittybrewster custody suite\nDetained person: Eachann Taggart-Ennis, "
     "29M, custody ref KB/25/004471, DOB 30/06/1995, CHI 300695 5315. Driving licence TAGGA906305R99KM seized. "
     "Arrested after RTC; vehicle SP68 WLK. Head wound 3 cm occipital, GCS 15, no LOC per witness, alcohol 2 units. "
     "Frank remorse. Steri-strips applied. Fit to detain and interview with 2-hourly rousing. Takes methadone 60 mL "
     "daily from Fraserburgh pharmacy - dose confirmed. FME: Dr Morven Achebe-Lyall, GMC 7148820.",
     [("LOCATION", ["Kittybrewster"]), ("NAME", ["Eachann", "Taggart-Ennis"]), ("ID", ["KB/25/004471"]),
      ("DATE", ["30/06/1995"]), ("ID", ["300695 5315"]), ("LICENCE", ["TAGGA906305R99KM"]), ("PLATE", ["SP68 WLK"]),
      ("LOCATION", ["Fraserburgh"]), ("NAME", ["Morven", "Achebe-Lyall"]), ("LICENCE", ["7148820"])],
     ["Head wound 3 cm occipital, GCS 15, no LOC", "Frank remorse", "Steri-strips applied", "2-hourly rousing",
      "methadone 60 mL daily"]),
    ("Launceston General Hospital - Geriatric Medicine admission 17/02/2025\nMr Wystan Stanislaus Penketh, 92, DOB "
     "04/11/1932, DVA Gold Card TX441872, Medicare 2193 70419 2, URN LG0218440. Korean War veteran (RAN). Lives with "
     "his wife Nola (also 90) at 8 Cottage Crescent, Scottsdale TAS 7260. Tas driver licence 8K2204 (still driving - "
     "discussed). 3 days of increasing confusion and fall at home; UTI with delirium, CAM positive. Hypernatraemia "
     "151. IV fluids, cefalexin per culture. OT driving assessment before any return to the wheel. GP Dr Bellamy "
     "Chua-Radcliffe, Scottsdale Medical Centre. Daughter Prudence Ogilvie 0409 772 316.",
     [("HOSPITAL", ["Launceston General Hospital"]), ("DATE", ["17/02/2025"]),
      ("NAME", ["Wystan", "Stanislaus", "Penketh"]), ("AGE", ["92"]), ("DOB90", ["04/11/1932", "1932"]),
      ("ID", ["TX441872"]), ("ID", ["2193 70419 2"]), ("MRN", ["LG0218440"]), ("NAME", ["Nola"]), ("AGE", ["90"]),
      ("ADDRESS", ["8 Cottage Crescent"]), ("LOCATION", ["Scottsdale"]), ("POSTCODE", ["7260"]),
      ("LICENCE", ["8K2204"]), ("NAME", ["Bellamy", "Chua-Radcliffe"]), ("HOSPITAL", ["Scottsdale Medical Centre"]),
      ("NAME", ["Prudence", "Ogilvie"]), ("PHONE", ["0409 772 316"])],
     ["UTI with delirium, CAM positive", "Hypernatraemia 151", "cefalexin per culture", "OT driving assessment"]),
    ("护理交班记录 烟台毓璜顶医院 神经内科\n3床 王桂兰，女，81岁，住院号 YH20250138。脑梗死后第5天，右侧偏瘫，肌力2级。吞咽功能评估洼田饮水试验3级，鼻饲饮食。夜间睡眠可。家属：儿子 孙建国，电话 "
     "15853571246，微信号 sunjg_yt1970，住烟台市芝罘区南大街137号。明日行康复科会诊。值班护士：曲晓燕",
     [("HOSPITAL", ["烟台毓璜顶医院"]), ("NAME", ["王桂兰"]), ("MRN", ["YH20250138"]), ("NAME", ["孙建国"]),
      ("PHONE", ["15853571246"]), ("HANDLE", ["sunjg_yt1970"]), ("LOCATION", ["烟台市"]), ("LOCATION", ["芝罘区"]),
      ("ADDRESS", ["南大街137号"]), ("NAME", ["曲晓燕"])],
     ["脑梗死后第5天", "右侧偏瘫", "洼田饮水试验3级", "鼻饲饮食", "康复科会诊"]),
    ("MRI L KNEE - request\nPatient: Kieron Abbiss-Nwosu, 16, DOB 21/04/2008, Hosp no SHR7718402, NHS 629 693 "
     "6826\nAddress: 42 Hardenhuish Lane, Chippenham SN14 6HH\nClinical details: Academy footballer (Chippenham Town "
     "U18s). Twisting injury 3/52 ago, immediate effusion, locking episodes, medial joint line tenderness, McMurray "
     "+ve. Background Osgood-Schlatter disease both knees (quiescent). Also ?Baker's cyst popliteal fossa. Query "
     "bucket-handle medial meniscal tear / ACL.\nRequested by: Dr Garrett Wethered, Great Western Hospital "
     "Orthopaedics. Bleep 4471.",
     [("NAME", ["Kieron", "Abbiss-Nwosu"]), ("DATE", ["21/04/2008"]), ("MRN", ["SHR7718402"]), ("ID", ["629 693 6826"]),
      ("ADDRESS", ["42 Hardenhuish Lane"]), ("LOCATION", ["Chippenham"]), ("POSTCODE", ["SN14 6HH"]),
      ("LOCATION", ["Chippenham Town U18s"]), ("NAME", ["Garrett", "Wethered"]),
      ("HOSPITAL", ["Great Western Hospital"])],
     ["immediate effusion, locking episodes", "McMurray +ve", "Osgood-Schlatter disease",
      "?Baker's cyst popliteal fossa", "bucket-handle medial meniscal tear"]),
    ("Stanton Territorial Hospital, Yellowknife - TB program, contact tracing note 2024-12-04\nIndex case: Noella "
     "Mantla-Zoe, 24F, NWT HCN N0417728, chart ST-118092, smear-positive pulmonary TB (cavitary RUL), from Behchokǫ̀. "
     "Household contacts (same house, 18 Mine Rd): partner Jace Rabesca (TST 14 mm, CXR clear -> TPT with 3HP), her "
     "son Tyrese 3y (window prophylaxis isoniazid), and her grandmother Elise Mantla (IGRA pending). Works at the "
     "Tłı̨chǫ Government office; coworkers to be screened. Started HRZE by DOT at Behchokǫ̀ Health Centre. CHR "
     "Florence Erasmus will do DOT. Phone 867-392-6610.",
     [("HOSPITAL", ["Stanton Territorial Hospital"]), ("LOCATION", ["Yellowknife"]), ("DATE", ["2024-12-04"]),
      ("NAME", ["Noella", "Mantla-Zoe"]), ("ID", ["N0417728"]), ("MRN", ["ST-118092"]), ("LOCATION", ["Behchokǫ̀"]),
      ("ADDRESS", ["18 Mine Rd"]), ("NAME", ["Jace", "Rabesca"]), ("NAME", ["Tyrese"]), ("NAME", ["Elise", "Mantla"]),
      ("LOCATION", ["Tłı̨chǫ Government office"]), ("HOSPITAL", ["Behchokǫ̀ Health Centre"]),
      ("NAME", ["Florence", "Erasmus"]), ("PHONE", ["867-392-6610"])],
     ["smear-positive pulmonary TB (cavitary RUL)", "TST 14 mm, CXR clear", "TPT with 3HP",
      "window prophylaxis isoniazid", "Started HRZE by DOT"]),
    ("Cecilia Makiwane Hospital, Mdantsane - Paediatric ward 14/01/2025\nChild: Luthando Sokutu, 18 months M, folder "
     "CMH 4471-20, Road-to-Health booklet seen. Lives with granny Nomalungelo Sokutu at NU 12 No. 2213, Mdantsane "
     "5219; mother working in Gqeberha. Cell 078 441 9032. Oedematous malnutrition (kwashiorkor): pitting pedal "
     "oedema, flaky paint dermatosis, WHZ -2.4, MUAC 11.8. HIV PCR neg. Started WHO 10 steps: F-75, amoxicillin, "
     "vitamin A. SASSA child support grant application started with social worker Ms Andiswa Goniwe-Maqoma. Dr "
     "Rashieda Hendricks-Ntloko.",
     [("HOSPITAL", ["Cecilia Makiwane Hospital"]), ("LOCATION", ["Mdantsane"]), ("DATE", ["14/01/2025"]),
      ("NAME", ["Luthando", "Sokutu"]), ("MRN", ["CMH 4471-20"]), ("NAME", ["Nomalungelo"]),
      ("ADDRESS", ["NU 12 No. 2213"]), ("POSTCODE", ["5219"]), ("LOCATION", ["Gqeberha"]), ("PHONE", ["078 441 9032"]),
      ("NAME", ["Andiswa", "Goniwe-Maqoma"]), ("NAME", ["Rashieda", "Hendricks-Ntloko"])],
     ["Oedematous malnutrition (kwashiorkor)", "flaky paint dermatosis", "WHZ -2.4, MUAC 11.8",
      "WHO 10 steps: F-75, amoxicillin, vitamin A"]),
    ("Regional Hospital Mullingar - discharge to nursing home 28/01/2025\nMrs Nóra Gertrude Walsh-Gannon, aged 97, "
     "born 2nd February 1927, MRN M0411872, Medical card 4471 0388 ML. From Castlepollard, Co. Westmeath. Admitted "
     "20/01/2025 with aspiration pneumonia after a stroke in 2023; modified diet IDDSI level 5, mildly thick fluids. "
     "Returning to Delvin Community Nursing Unit. May need subcutaneous fluids if intake poor. Son Seosamh (087 552 "
     "1190) is NOK; daughter Sr. Dympna in Multyfarnham. Dr Feidhlim Mac Suibhne, Medicine for the Elderly.",
     [("HOSPITAL", ["Regional Hospital Mullingar"]), ("DATE", ["28/01/2025"]),
      ("NAME", ["Nóra", "Gertrude", "Walsh-Gannon"]), ("AGE", ["aged 97"]), ("DOB90", ["2nd February 1927", "1927"]),
      ("MRN", ["M0411872"]), ("ID", ["4471 0388 ML"]), ("LOCATION", ["Castlepollard"]), ("LOCATION", ["Westmeath"]),
      ("DATE", ["20/01/2025"]), ("HOSPITAL", ["Delvin Community Nursing Unit"]), ("NAME", ["Seosamh"]),
      ("PHONE", ["087 552 1190"]), ("NAME", ["Dympna"]), ("LOCATION", ["Multyfarnham"]),
      ("NAME", ["Feidhlim", "Mac Suibhne"])],
     ["aspiration pneumonia after a stroke", "IDDSI level 5, mildly thick fluids",
      "May need subcutaneous fluids if intake poor"]),
    ("District nursing visit - Llanidloes, 27/01/2025 10:15\nPt: Mr Idwal Breeze-Pryddy, 83, NHS 284 681 2195, Bryn "
     "Eithin, 4 Maesydail, Llanidloes SY18 6BX. Key safe by back door, code 1-9-3-8; front door keypad 4471# if key "
     "safe jammed. Venous leg ulcer R gaiter 4.5 x 3 cm, slough 30%, moderate exudate. ABPI 0.92 in 2024. Cleansed, "
     "Cutimed Sorbact, 2-layer compression (K-Two). Pain 3/10. Grandson Rhys-Owen staying this week, his van (reg "
     "CU19 HKD) in the drive - asked him to move it for the ambulance on Thurs. GP Dr Glesni Tudur-Halloway, "
     "Llanidloes Health Centre. Next visit Thurs. N. Vaughan-Eze, DN",
     [("LOCATION", ["Llanidloes"]), ("DATE", ["27/01/2025"]), ("NAME", ["Idwal", "Breeze-Pryddy"]),
      ("ID", ["284 681 2195"]), ("ADDRESS", ["Bryn Eithin, 4 Maesydail"]), ("POSTCODE", ["SY18 6BX"]),
      ("CODE", ["1-9-3-8"]), ("CODE", ["4471#"]), ("NAME", ["Rhys-Owen"]), ("PLATE", ["CU19 HKD"]),
      ("NAME", ["Glesni", "Tudur-Halloway"]), ("HOSPITAL", ["Llanidloes Health Centre"]), ("NAME", ["Vaughan-Eze"])],
     ["Venous leg ulcer R gaiter 4.5 x 3 cm", "ABPI 0.92", "Cutimed Sorbact", "2-layer compression (K-Two)"]),
    ("Neurology OPD, Karl Bremer Hospital, Bellville - 18/09/2024\nMr Lonwabo Ntshinga-Adams, 36M, folder KBH "
     "2214479, ID 8805178211086. Minibus taxi driver (route Kraaifontein - Bellville), holds a PrDP no. 0418827561 "
     "and drives a Quantum, reg CA 448-217. Two witnessed generalised tonic-clonic seizures in 3 weeks, tongue "
     "bitten, post-ictal confusion. EEG: L temporal sharp waves. CT: L temporal neurocysticercosis (calcified + one "
     "ring-enhancing lesion). Started albendazole + prednisone, then levetiracetam 500 mg bd. Told clearly he may not "
     "drive until seizure-free for 12 months; licensing authority form given. Lives at 17 Umhlanga Street, "
     "Wallacedene, Kraaifontein 7570. Wife Zintle: 061 227 4418. Dr Petronella Abrahams-Qwabe",
     [("HOSPITAL", ["Karl Bremer Hospital"]), ("LOCATION", ["Bellville"]), ("DATE", ["18/09/2024"]),
      ("NAME", ["Lonwabo", "Ntshinga-Adams"]), ("MRN", ["KBH 2214479"]), ("ID", ["8805178211086"]),
      ("LOCATION", ["Kraaifontein"]), ("LICENCE", ["0418827561"]), ("PLATE", ["CA 448-217"]),
      ("ADDRESS", ["17 Umhlanga Street"]), ("LOCATION", ["Wallacedene"]), ("POSTCODE", ["7570"]), ("NAME", ["Zintle"]),
      ("PHONE", ["061 227 4418"]), ("NAME", ["Petronella", "Abrahams-Qwabe"])],
     ["generalised tonic-clonic seizures", "L temporal sharp waves", "neurocysticercosis", "albendazole + prednisone",
      "levetiracetam 500 mg bd", "seizure-free for 12 months"]),
    ("ADDENDUM - CT CAROTID ANGIOGRAM, Grafton Base Hospital\nPatient: HOLLINGWORTH, Norm (Norman Ewing), URN "
     "0931147, DOB 12/12/1951. Accession GBH-CT-25-004418.\nPrior carotid duplex from Lismore Base Hospital was not "
     "available at the time of reporting; it has now been retrieved from the external archive node 10.201.8.44 and "
     "compared. Stenosis of the L ICA is 70-79% by NASCET criteria, unchanged from the duplex. No change to "
     "conclusion: symptomatic severe L ICA stenosis - vascular surgery (Dr Thorvald Okereke-Lamb) notified by phone "
     "02 6640 2291 on 20/02/2025.\nReported by Dr Liesbet Spittle-Ramaswamy, radiologist.",
     [("HOSPITAL", ["Grafton Base Hospital"]), ("NAME", ["HOLLINGWORTH", "Norm"]), ("NAME", ["Norman", "Ewing"]),
      ("MRN", ["0931147"]), ("DATE", ["12/12/1951"]), ("ID", ["GBH-CT-25-004418"]),
      ("HOSPITAL", ["Lismore Base Hospital"]), ("IP", ["10.201.8.44"]), ("NAME", ["Thorvald", "Okereke-Lamb"]),
      ("PHONE", ["02 6640 2291"]), ("DATE", ["20/02/2025"]), ("NAME", ["Liesbet", "Spittle-Ramaswamy"])],
     ["70-79% by NASCET criteria", "symptomatic severe L ICA stenosis", "vascular surgery"]),
    ("Memory clinic - Cookeville Regional Medical Center, 11/18/2024\nMr. Delmus Cordell Hixenbaugh, 91, DOB "
     "03/04/1933, Humana Gold Plus member H4471-0218-33. Retired tobacco farmer, lives on Shipley Rd, Baxter TN 38544 "
     "with wife Ozella (88). MoCA 14/30, FAST 5, getting lost driving to Sparta. Dx: Alzheimer's disease, moderate, "
     "with behavioral disturbance (accusing Ozella of theft). Started donepezil 5 mg. Driving: recommended he stop; "
     "TN DL 081447213 - family will hold the keys to the truck (TN tag 4B7-XK1). Holds a handgun carry permit (no. "
     "HCP-2204418); grandson Dashawn Hixenbaugh (dashawn.hix@gmail.com, 931-526-0148) will store firearms. Caregiver "
     "support: www.uppercumberlanddementia.org. - Clarabel Olanrewaju-Frost, NP",
     [("HOSPITAL", ["Cookeville Regional Medical Center"]), ("DATE", ["11/18/2024"]),
      ("NAME", ["Delmus", "Cordell", "Hixenbaugh"]), ("AGE", ["91"]), ("DOB90", ["03/04/1933", "1933"]),
      ("ID", ["H4471-0218-33"]), ("ADDRESS", ["Shipley Rd"]), ("LOCATION", ["Baxter"]), ("POSTCODE", ["38544"]),
      ("NAME", ["Ozella"]), ("LOCATION", ["Sparta"]), ("LICENCE", ["081447213"]), ("PLATE", ["4B7-XK1"]),
      ("LICENCE", ["HCP-2204418"]), ("NAME", ["Dashawn"]), ("EMAIL", ["dashawn.hix@gmail.com"]),
      ("PHONE", ["931-526-0148"]), ("URL", ["www.uppercumberlanddementia.org"]),
      ("NAME", ["Clarabel", "Olanrewaju-Frost"])],
     ["MoCA 14/30, FAST 5", "Alzheimer's disease, moderate, with behavioral disturbance", "Started donepezil 5 mg"]),
    ("Paediatrics - Yorkton Regional Health Centre, 2024-05-09\n4yo M Maksym Kowalczuk-Dmytryshyn, Sask HSN 847 219 "
     "306, chart YRHC-0417726, from Wadena. Day 6 of fever 39-40 despite ibuprofen, bilateral conjunctival injection "
     "without exudate, red cracked lips, polymorphous rash, swollen red hands; one 1.8 cm cervical node. CRP 142, ALT "
     "88, albumin 29, plt 510. Incomplete Kawasaki disease meets AHA algorithm. IVIG 2 g/kg started, ASA 30-50 "
     "mg/kg/day. Echo today: LAD z-score +1.9. Transfer for cardiology to Jim Pattison Children's Hospital arranged "
     "(Dr. Oksana Ledingham-Price accepting). Dad Yurko (306-554-7781, yurko.kd@sasktel.net) drives a grain truck for "
     "Wadena Co-op. - Dr. Ugochi Brauer",
     [("HOSPITAL", ["Yorkton Regional Health Centre"]), ("DATE", ["2024-05-09"]),
      ("NAME", ["Maksym", "Kowalczuk-Dmytryshyn"]), ("ID", ["847 219 306"]), ("MRN", ["YRHC-0417726"]),
      ("LOCATION", ["Wadena"]), ("HOSPITAL", ["Jim Pattison Children's Hospital"]),
      ("NAME", ["Oksana", "Ledingham-Price"]), ("NAME", ["Yurko"]), ("PHONE", ["306-554-7781"]),
      ("EMAIL", ["yurko.kd@sasktel.net"]), ("LOCATION", ["Wadena Co-op"]), ("NAME", ["Ugochi", "Brauer"])],
     ["bilateral conjunctival injection without exudate", "red cracked lips, polymorphous rash",
      "Incomplete Kawasaki disease", "IVIG 2 g/kg started, ASA 30-50 mg/kg/day", "LAD z-score +1.9"]),
    ("Tipperary University Hospital - Hepatology clinic\n12/03/2025\nDear Dr Cashman,\nRe: Ms Muireann "
     "Ouseley-Hennessy, DOB 08/10/2002, MRN TUH0552817, PPSN 5537015C, Rathcool, Cashel, Co. Tipperary E25 KX40, "
     "mobile 083 702 6614\nThank you for referring Muireann, a 22 year old student nurse at UL, with ALT 640, IgG 24 "
     "g/L and positive anti-smooth muscle antibody (1:160). Ceruloplasmin and 24 h urinary copper are normal and "
     "there are no Kayser-Fleischer rings, so Wilson's disease is excluded. Viral screen negative; no new medicines "
     "apart from Microgynon. Liver biopsy shows interface hepatitis with plasma cells - autoimmune hepatitis type 1. "
     "Prednisolone 30 mg daily with azathioprine to follow once TPMT is back.\nKind regards,\nDr Lucan "
     "Ferriter-Obasi, Consultant Hepatologist",
     [("HOSPITAL", ["Tipperary University Hospital"]), ("DATE", ["12/03/2025"]), ("NAME", ["Cashman"]),
      ("NAME", ["Muireann", "Ouseley-Hennessy"]), ("DATE", ["08/10/2002"]), ("MRN", ["TUH0552817"]),
      ("ID", ["5537015C"]), ("LOCATION", ["Rathcool"]), ("LOCATION", ["Cashel"]), ("LOCATION", ["Tipperary"]),
      ("POSTCODE", ["E25 KX40"]), ("PHONE", ["083 702 6614"]), ("LOCATION", ["UL"]),
      ("NAME", ["Lucan", "Ferriter-Obasi"])],
     ["positive anti-smooth muscle antibody (1:160)", "no Kayser-Fleischer rings", "Wilson's disease is excluded",
      "interface hepatitis with plasma cells", "autoimmune hepatitis type 1",
      "Prednisolone 30 mg daily with azathioprine"]),
    ("SSG Hospital, Vadodara - Medicine Unit 4, case sheet\nName: Hetalben Jignesh Parmar, 24/F, IPD No. "
     "2024/M4/18806, R/o 22 Swaminarayan Nagar, Dabhoi Road, Dabhoi, Dist. Vadodara 391110. Mob 97243 15508 (husband "
     "Jigneshbhai).\nC/o fever 9 days, stepwise rise, relative bradycardia (HR 84 at 39.8), coated tongue, "
     "splenomegaly 2 cm. Rose spots on the abdomen seen on day 8. Blood culture: Salmonella Typhi, ceftriaxone "
     "sensitive, nalidixic acid resistant. Widal not done. Dx: enteric fever. Inj. ceftriaxone 2 g OD + oral "
     "azithromycin. Works at a pharma packing unit in Karjan. Dr. Khushbu Chaudhari (SR)",
     [("HOSPITAL", ["SSG Hospital"]), ("LOCATION", ["Vadodara"]), ("NAME", ["Hetalben", "Jignesh", "Parmar"]),
      ("MRN", ["2024/M4/18806"]), ("ADDRESS", ["22 Swaminarayan Nagar, Dabhoi Road"]), ("LOCATION", ["Dabhoi"]),
      ("POSTCODE", ["391110"]), ("PHONE", ["97243 15508"]), ("NAME", ["Jigneshbhai"]), ("LOCATION", ["Karjan"]),
      ("NAME", ["Khushbu", "Chaudhari"])],
     ["relative bradycardia (HR 84 at 39.8)", "Rose spots on the abdomen", "Salmonella Typhi, ceftriaxone sensitive",
      "nalidixic acid resistant", "enteric fever"]),
]
