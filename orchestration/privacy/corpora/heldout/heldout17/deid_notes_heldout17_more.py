"""Notes 20-39 of the seventeenth HELD-OUT set (see :mod:`deid_notes_heldout17` for how it was written and what it
holds).

These 20 notes hold 435 planted identifier parts in 370 (kind, parts) entries and 129 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a lung cancer MDM list (Belfast); 21, a patient-portal message
thread (Nova Scotia); 22, a nursing home GP visit for a resident aged 101 (Connemara); 23, a hospital social work
assessment (Eastern Cape); 24, a school echocardiography screening result and referral (Tonga); 25, an MRI brain report
(Lagos); 26, an after-hours nurse telephone triage record (Hawaii); 29, a podiatry high-risk foot assessment (Tasmania);
30, a hospital pharmacist's medicines reconciliation (Lincolnshire); 31, a consent form for cataract surgery (Gwynedd);
32, a patient safety incident report (Singapore); 34, a histopathology report (Highland); 36, a hospice admission note
(Otago); 38, a dental note with consent for a later extraction (the Bahamas); 39, an occupational medicine assessment
(British Columbia). In Greek script: 27, a community nursing home visit for a patient aged 92 (Limassol district,
Cyprus); 35, a microbiology laboratory report (Patras). In Chinese: 28, an emergency record (Yunnan, simplified); 37, a
community nurse home visit for a patient aged 96 (Hong Kong, traditional). In Vietnamese: 33, a hospital discharge paper
(Hanoi). Entries per kind here: NAME 80, DATE 76, LOCATION 67, HOSPITAL 38, ID 28, ADDRESS 18, PHONE 17, POSTCODE 13,
LICENCE 10, AGE 6, EMAIL 4, MRN 4, SERIAL 3, IP 2, URL 2, HANDLE 1, PLATE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Northern Ireland, Belfast: regional lung cancer MDM list
    ("Regional Lung Cancer MDM\n"
     "Belfast City Hospital, Belfast BT9 7AB | Wednesday 4 March 2026, 13:00, seminar room and MS Teams\n"
     "Chair: respiratory consultant of the week | MDM coordinator: lungmdm.bch@belfasttrust.hscni.net\n"
     "\n"
     "1. Mr Eamon Quinlivan, 67, DOB 15/06/1958, H&C 320 417 8595. Holywood.\n"
     "   RUL 3.4 cm spiculated mass; EBUS-TBNA 4R/7 positive - adenocarcinoma, PD-L1 TPS 80%, EGFR/ALK/ROS1 negative. "
     "cT2a N2 M0 (stage IIIA). PS 1.\n"
     "   Outcome: concurrent chemoradiotherapy then durvalumab (Imfinzi).\n"
     "2. Mrs Heather Magowan, 72, DOB 02/11/1953, H&C 335 092 8145. Comber.\n"
     "   Right apical mass invading the 1st rib and T1 root with Horner's syndrome - Pancoast tumour. Squamous cell "
     "carcinoma on CT-guided biopsy. cT3 N0 M0.\n"
     "   Outcome: induction chemoradiotherapy, then thoracic surgical opinion.\n"
     "3. Mr Gerard Ferguson-Agnew, 59, DOB 19/08/1966, H&C 348 150 6279. Newtownards.\n"
     "   Caulker at Harland & Wolff 1983-1998. Left pleural thickening and effusion; VATS biopsy: epithelioid "
     "mesothelioma. IPC in situ.\n"
     "   Outcome: nivolumab + ipilimumab; industrial injuries benefit and legal advice discussed.\n"
     "4. Ms Bronagh Lavery, 48, DOB 07/12/1977, H&C 361 207 5381. Saintfield.\n"
     "   Extensive-stage small cell lung cancer, liver metastases; SIADH (Na 118).\n"
     "   Outcome: carboplatin/etoposide + atezolizumab (Tecentriq); fluid restriction; oncology clinic Friday.",
     [("HOSPITAL", ["Belfast City Hospital"]), ("LOCATION", ["Belfast"]), ("POSTCODE", ["BT9 7AB"]),
      ("DATE", ["4 March 2026"]), ("EMAIL", ["lungmdm.bch@belfasttrust.hscni.net"]), ("NAME", ["Eamon", "Quinlivan"]),
      ("DATE", ["15/06/1958"]), ("ID", ["320 417 8595"]), ("LOCATION", ["Holywood"]), ("NAME", ["Heather", "Magowan"]),
      ("DATE", ["02/11/1953"]), ("ID", ["335 092 8145"]), ("LOCATION", ["Comber"]),
      ("NAME", ["Gerard", "Ferguson-Agnew"]), ("DATE", ["19/08/1966"]), ("ID", ["348 150 6279"]),
      ("LOCATION", ["Newtownards"]), ("LOCATION", ["Harland & Wolff"]), ("NAME", ["Bronagh", "Lavery"]),
      ("DATE", ["07/12/1977"]), ("ID", ["361 207 5381"]), ("LOCATION", ["Saintfield"])],
     ["EBUS-TBNA 4R/7", "PD-L1 TPS 80%", "Imfinzi", "Horner's syndrome", "Pancoast tumour", "epithelioid mesothelioma",
      "Tecentriq"]),

    # 21 - Canada, Nova Scotia: patient-portal secure message thread, warfarin and a mechanical valve
    ("MyHealthNS - secure messages (filed to chart 2025-10-08 16:32)\n"
     "https://myhealthns.ca/portal/messages/conversation/8841207\n"
     "Patient: Colby MacIsaac-Doucette | DOB 1993-02-14 | NS HCN 3927 418 506 | Debert Family Practice (Dr. Ewan "
     "Chisholm-Boutilier)\n"
     "\n"
     "10/6 8:12 PM - Colby (signed in from 142.68.201.77; colby.macisaac@eastlink.ca):\n"
     "Hi Dr. Chisholm-Boutilier, my home CoaguChek (meter s/n UP41827309) read INR 4.8 tonight. I was put on Cipro at "
     "the walk-in clinic on Friday for a bladder infection. Gums bled when I brushed. Still taking the warfarin 7.5 "
     "mg. I have the St. Jude mechanical mitral valve so I'm scared to skip it. I'm at work at Five Islands Blueberry "
     "Co. till 11 - can someone call me at 902-555-0147?\n"
     "\n"
     "10/7 8:05 AM - Heidi Langille, RN, Anticoagulation Clinic, Colchester East Hants Health Centre:\n"
     "Hi Colby, thanks for letting us know. Ciprofloxacin raises the INR. Your target range for the valve is 2.5-3.5. "
     "Please hold tonight's warfarin dose, take 5 mg tomorrow and recheck Thursday (Oct 9). No vitamin K needed at "
     "4.8 without major bleeding. Go to the ER right away for black stool, blood in the urine, a bad headache or any "
     "fall.\n"
     "\n"
     "10/7 8:40 AM - Colby: OK thank you. I'll be in Economy at my mom's Thursday, can I do the test there?\n"
     "10/7 9:02 AM - Heidi Langille, RN: Yes - test at home and message the result here.",
     [("DATE", ["2025-10-08"]), ("URL", ["https://myhealthns.ca/portal/messages/conversation/8841207"]),
      ("NAME", ["Colby", "MacIsaac-Doucette"]), ("DATE", ["1993-02-14"]), ("ID", ["3927 418 506"]),
      ("HOSPITAL", ["Debert Family Practice"]), ("NAME", ["Ewan", "Chisholm-Boutilier"]), ("DATE", ["10/6"]),
      ("IP", ["142.68.201.77"]), ("EMAIL", ["colby.macisaac@eastlink.ca"]), ("SERIAL", ["UP41827309"]),
      ("LOCATION", ["Five Islands Blueberry Co."]), ("PHONE", ["902-555-0147"]), ("DATE", ["10/7"]),
      ("NAME", ["Heidi", "Langille"]), ("HOSPITAL", ["Colchester East Hants Health Centre"]), ("DATE", ["Oct 9"]),
      ("LOCATION", ["Economy"])],
     ["CoaguChek", "INR 4.8", "Cipro", "warfarin 7.5 mg", "St. Jude mechanical mitral valve", "2.5-3.5"]),

    # 22 - Ireland, Connemara (Galway): nursing home GP visit, resident aged 101
    ("Cois Fharraige Nursing Home, Spiddal, Co. Galway H91 XP73 - GP VISIT\n"
     "Date: 14/01/2026 | GP: Dr Pádraigín Mac Fhionnlaoich, An Spidéal Medical Practice\n"
     "Resident: Mrs Brídín Uí Chonghaile, aged 101, DOB 19/10/1924, PPSN 1947356H, room 6\n"
     "Native Irish speaker from the Aran Islands; retired national school teacher; widowed 1987; resident here since "
     "March 2019.\n"
     "Reason: nurse concern - more confused since yesterday, not eating, picking at her clothes. Fall on Christmas "
     "Eve (no injury); in University Hospital Galway 28/12/2025-02/01/2026 with pneumonia.\n"
     "O/E: T 37.8, HR 96, BP 118/64, RR 20, SpO2 94% RA. Drowsy, inattentive - 4AT 6. Chest clear. Suprapubic "
     "tenderness, dry mucosa. Abbey Pain Scale 9. Dipstick nitrites ++, leucocytes +++.\n"
     "Imp: hypoactive delirium, probable UTI; background Alzheimer's dementia, Clinical Frailty Scale 7.\n"
     "Plan: MSU; cefalexin 500 mg TDS 5/7 (eGFR 34, so no nitrofurantoin); fluids 1.5 L/day; paracetamol 500 mg QDS "
     "(weight 41 kg); no antipsychotics; family to visit and talk to her in Irish. Not for transfer unless comfort "
     "cannot be kept - in line with the advance care plan signed in November 2024.\n"
     "Son Peadar Ó Conghaile (087 555 3021) phoned. Granddaughter Clíodhna hopes she will see her 102nd birthday in "
     "October.\n"
     "Nurse in charge: Nóirín Folan, CNM2",
     [("HOSPITAL", ["Cois Fharraige Nursing Home"]), ("LOCATION", ["Spiddal"]), ("LOCATION", ["Co. Galway"]),
      ("POSTCODE", ["H91 XP73"]), ("DATE", ["14/01/2026"]), ("NAME", ["Pádraigín", "Mac Fhionnlaoich"]),
      ("HOSPITAL", ["An Spidéal Medical Practice"]), ("NAME", ["Brídín", "Uí Chonghaile"]), ("AGE", ["aged 101"]),
      ("DATE", ["19/10/1924"]), ("ID", ["1947356H"]), ("LOCATION", ["Aran Islands"]), ("DATE", ["1987"]),
      ("DATE", ["March 2019"]), ("DATE", ["Christmas Eve"]), ("HOSPITAL", ["University Hospital Galway"]),
      ("DATE", ["28/12/2025"]), ("DATE", ["02/01/2026"]), ("DATE", ["November 2024"]),
      ("NAME", ["Peadar", "Ó Conghaile"]), ("PHONE", ["087 555 3021"]), ("NAME", ["Clíodhna"]), ("AGE", ["102nd"]),
      ("DATE", ["October"]), ("NAME", ["Nóirín", "Folan"])],
     ["4AT 6", "Abbey Pain Scale 9", "hypoactive delirium", "Alzheimer's dementia", "Clinical Frailty Scale 7", "5/7"]),

    # 23 - South Africa, Eastern Cape (Mthatha): hospital social work psychosocial assessment
    ("Nelson Mandela Academic Hospital, Mthatha - Department of Social Work\n"
     "PSYCHOSOCIAL ASSESSMENT - 2025-08-19 | Ward: Paediatric Medical\n"
     "Patient: Lwandile Ndamase-Dyantyi, 13 y M, DOB 2012-03-02, SA ID 1203025107086\n"
     "Referred by: Dr Thembeka Gcaba-Mlonyeni (paediatrics) - admitted three weeks ago with TB meningitis (TBM stage "
     "II), GeneXpert MTB/RIF Ultra positive on CSF, HIV negative; on Rifafour with high-dose rifampicin and "
     "prednisone; VP shunt on 4 August. Now GCS 15/15, mild left hemiparesis, needs a wheelchair for distances.\n"
     "Family: mother died in 2021; father unknown. Lives with maternal grandmother, Mrs Nomvuyo Dyantyi (71, old age "
     "grant), and three cousins in Lujizweni village, Ngqeleni. Nearest clinic: Mampondomiseni Clinic (1.5 h walk). "
     "Grade 7 at Mvilo Junior Secondary School. Uncle Mr Siyabonga Ndamase works in the city and sends money "
     "irregularly; cell 073 555 2916.\n"
     "Issues: no birth certificates for two of the cousins; no Child Support Grant in place for Lwandile; household "
     "food insecure; a DOT supporter is needed for 10 more months of TB treatment.\n"
     "Plan: 1. Foster Child Grant application with the DSD Ngqeleni service office (ref. EC-FCG-25-318406). 2. Late "
     "registration of birth at Home Affairs for the cousins. 3. Ward-based outreach team to act as DOT supporter. 4. "
     "Letter to the school for wheelchair access and catch-up support. 5. Social Relief of Distress food parcel.\n"
     "Ms Zukiswa Mpahlwa, Social Worker | SACSSP 10-31847",
     [("HOSPITAL", ["Nelson Mandela Academic Hospital"]), ("LOCATION", ["Mthatha"]), ("DATE", ["2025-08-19"]),
      ("NAME", ["Lwandile", "Ndamase-Dyantyi"]), ("DATE", ["2012-03-02"]), ("ID", ["1203025107086"]),
      ("NAME", ["Thembeka", "Gcaba-Mlonyeni"]), ("DATE", ["4 August"]), ("NAME", ["Nomvuyo", "Dyantyi"]),
      ("LOCATION", ["Lujizweni"]), ("LOCATION", ["Ngqeleni"]), ("HOSPITAL", ["Mampondomiseni Clinic"]),
      ("LOCATION", ["Mvilo Junior Secondary School"]), ("NAME", ["Siyabonga", "Ndamase"]), ("PHONE", ["073 555 2916"]),
      ("ID", ["EC-FCG-25-318406"]), ("NAME", ["Zukiswa", "Mpahlwa"]), ("LICENCE", ["10-31847"])],
     ["TB meningitis", "TBM stage II", "GeneXpert MTB/RIF Ultra", "Rifafour", "GCS 15/15", "left hemiparesis"]),

    # 24 - Tonga: school echocardiography screening result and referral, rheumatic heart disease
    ("Ministry of Health, Tonga - Vaiola Hospital, Nuku'alofa\n"
     "Rheumatic Heart Disease Control Programme - SCHOOL ECHO SCREENING: RESULT AND REFERRAL\n"
     "School: Queen Salote College | Screening day: Tuesday 11 March 2025 | Handheld echo (Vscan Air)\n"
     "Student: Mele Fifita-Taufa | Form 3 | 14 y F | DOB 21/06/2010 | Student ID QSC-2025-0417 | hosp. no. VH-118406\n"
     "Village: Kolomotu'a. Church: Free Wesleyan Church, Saione parish.\n"
     "Findings (confirmed on full echo): pathological mitral regurgitation, jet 2.4 cm in two views, peak velocity "
     "3.2 m/s, pansystolic; anterior mitral leaflet thickened to 4 mm with restricted motion. Aortic valve normal.\n"
     "Classification: definite RHD (WHF 2023 criteria, Stage B). No symptoms. ASO titre 400 IU/mL.\n"
     "Recommendation: benzathine penicillin G (Bicillin L-A) 1.2 MU deep IM every 28 days for at least 10 years or to "
     "age 21, whichever is longer; dental check at the school dental clinic; repeat echo in 1 year.\n"
     "Letter to parents: Dear Mr and Mrs Fifita, Mele has rheumatic heart disease. Please bring her to the RHD clinic "
     "at the hospital on Friday 28 March at 9 am for her first injection. Call Sister Lesieli Moala on +676 775 5182 "
     "with any questions. (Father: Sitani Fifita, taxi driver.)\n"
     "Dr 'Ana Kioa-Vainikolo, RHD Programme Medical Officer",
     [("HOSPITAL", ["Vaiola Hospital"]), ("LOCATION", ["Nuku'alofa"]), ("LOCATION", ["Queen Salote College"]),
      ("DATE", ["11 March 2025"]), ("NAME", ["Mele", "Fifita-Taufa"]), ("DATE", ["21/06/2010"]),
      ("ID", ["QSC-2025-0417"]), ("MRN", ["VH-118406"]), ("LOCATION", ["Kolomotu'a"]), ("LOCATION", ["Saione"]),
      ("NAME", ["Fifita"]), ("DATE", ["28 March"]), ("NAME", ["Lesieli", "Moala"]), ("PHONE", ["+676 775 5182"]),
      ("NAME", ["Sitani"]), ("NAME", ["'Ana", "Kioa-Vainikolo"])],
     ["Vscan Air", "pathological mitral regurgitation", "peak velocity 3.2 m/s", "WHF 2023 criteria, Stage B",
      "ASO titre 400 IU/mL", "Bicillin L-A"]),

    # 25 - Nigeria, Lagos: MRI brain report
    ("LAGOS UNIVERSITY TEACHING HOSPITAL (LUTH)\n"
     "Surulere, Lagos | Department of Radiodiagnosis - MRI Suite\n"
     "MRI BRAIN (PRE- AND POST-GADOLINIUM) - REPORT\n"
     "Exam date: 23-06-2025 | Hosp. No. LUTH/0829174\n"
     "Patient: Mrs. Adebisi Ogunleye-Bankole | 41 Y / F | DOB 09-11-1983 | NIN 70418293651\n"
     "Address: 12 Adeniran Ogunsanya Street, Surulere. Banker, Fidelis Trust Bank.\n"
     "Referred by: Dr. Chukwuemeka Nwosu-Adeyemi, Neurosurgery\n"
     "Clinical details: progressive headaches 6/12, one focal seizure of the right arm, mild right pronator drift.\n"
     "Technique: 1.5 T; T1, T2, FLAIR, DWI, SWI and post-contrast 3D T1 after Gadovist 7.5 mL IV.\n"
     "Findings: 4.2 x 3.8 x 3.5 cm extra-axial dural-based mass over the left frontoparietal convexity, isointense on "
     "T1, mildly hyperintense on T2, with avid homogeneous enhancement, a dural tail sign and a CSF cleft. Adjacent "
     "vasogenic oedema; midline shift 6 mm to the right. No restricted diffusion. Superior sagittal sinus patent. No "
     "hydrocephalus. Incidental mucosal thickening of both maxillary sinuses.\n"
     "Impression: left convexity meningioma (probable WHO CNS5 grade 1) with mass effect. Suggest neurosurgical "
     "review; MR venography if surgery is planned.\n"
     "Images: http://10.18.4.62/pacs/viewer?acc=RAD-MR-25-061843\n"
     "Reported by Dr. Funmilayo Akinwande-Coker, Consultant Radiologist (MDCN/R/38417), on the twenty-fourth of June, "
     "2025.\n"
     "Her husband, Mr. Blessing Bankole, collected the CD.",
     [("HOSPITAL", ["LAGOS UNIVERSITY TEACHING HOSPITAL"]), ("HOSPITAL", ["LUTH"]), ("LOCATION", ["Surulere"]),
      ("LOCATION", ["Lagos"]), ("DATE", ["23-06-2025"]), ("MRN", ["LUTH/0829174"]),
      ("NAME", ["Adebisi", "Ogunleye-Bankole"]), ("DATE", ["09-11-1983"]), ("ID", ["70418293651"]),
      ("ADDRESS", ["12 Adeniran Ogunsanya Street"]), ("LOCATION", ["Fidelis Trust Bank"]),
      ("NAME", ["Chukwuemeka", "Nwosu-Adeyemi"]), ("URL", ["http://10.18.4.62/pacs/viewer?acc=RAD-MR-25-061843"]),
      ("IP", ["10.18.4.62"]), ("NAME", ["Funmilayo", "Akinwande-Coker"]), ("LICENCE", ["MDCN/R/38417"]),
      ("DATE", ["the twenty-fourth of June, 2025"]), ("NAME", ["Blessing", "Bankole"])],
     ["6/12", "pronator drift", "Gadovist 7.5 mL", "dural tail sign", "meningioma", "WHO CNS5 grade 1"]),

    # 26 - USA, Hawaii (Island of Hawaii): after-hours nurse telephone triage, rat lungworm
    ("Hilo Benioff Medical Center - Nurse Advice Line (after hours)\n"
     "TELEPHONE TRIAGE RECORD | 04/05/2026 19:22 HST | Protocol: Schmitt-Thompson Adult Headache\n"
     "Caller: Leimomi Kealoha-Santos (wife) | call-back 808-555-0174\n"
     "Patient: Kainoa Santos | 39 M | DOB 12/30/1986 | HMSA member ID XHJ418273906 | PCP: Dr. Ikaika Yoshimoto-Bell, "
     "Keaau Family Health\n"
     "Address: 15-1960 Maikai St, Keaau HI 96749\n"
     "Reason for call: 5 days of the worst headache of his life, stiff neck, and burning, tingling skin over his back "
     "and legs \"like sunburn from the inside\". Vomited twice today. No fever measured. Works at Kapapala Mac Nut "
     "Farm near Volcano; eats greens from the backyard garden and the household uses a catchment tank. Saw semi-slugs "
     "on the lettuce last week.\n"
     "Pain 9/10. Alert, answering questions, speech normal per wife. No rash, no weakness.\n"
     "Red flags: severe headache with stiff neck - YES.\n"
     "Disposition: go to ED now (within 1 hour), driver other than the patient. Caller agrees; wife will drive him to "
     "Hilo.\n"
     "Care advice given: sips only; Tylenol 1000 mg is ok; avoid ibuprofen until seen. Advised that rat lungworm "
     "(Angiostrongylus cantonensis) is possible - eosinophilic meningitis; ED to consider LP and CSF eosinophils. ED "
     "charge nurse notified at 19:40.\n"
     "Triage RN: Makana Higa, RN",
     [("HOSPITAL", ["Hilo Benioff Medical Center"]), ("DATE", ["04/05/2026"]), ("NAME", ["Leimomi", "Kealoha-Santos"]),
      ("PHONE", ["808-555-0174"]), ("NAME", ["Kainoa", "Santos"]), ("DATE", ["12/30/1986"]), ("ID", ["XHJ418273906"]),
      ("NAME", ["Ikaika", "Yoshimoto-Bell"]), ("HOSPITAL", ["Keaau Family Health"]), ("ADDRESS", ["15-1960 Maikai St"]),
      ("LOCATION", ["Keaau"]), ("POSTCODE", ["96749"]), ("LOCATION", ["Kapapala Mac Nut Farm"]),
      ("LOCATION", ["Volcano"]), ("LOCATION", ["Hilo"]), ("NAME", ["Makana", "Higa"])],
     ["Schmitt-Thompson", "Pain 9/10", "Tylenol 1000 mg", "rat lungworm", "Angiostrongylus cantonensis",
      "eosinophilic meningitis"]),

    # 27 - Cyprus, Limassol district: community nursing home visit, patient aged 92 (Greek)
    ("ΟΚΥπΥ - Κοινοτική Νοσηλευτική, Επαρχία Λεμεσού\n"
     "Νοσηλευτική επίσκεψη κατ' οίκον - Τρίτη, 18 Νοεμβρίου 2025, 10:30\n"
     "Ασθενής: Ευανθία Χατζηπαναγή, 92 ετών, γεν. 06/02/1933, Α.Δ.Τ. 0391642\n"
     "Διεύθυνση: Αρχιεπισκόπου Μακαρίου Γ΄ 12, 4180 Ύψωνας\n"
     "Προσωπικός ιατρός: Δρ Κυριάκος Ευαγόρου\n"
     "Ιστορικό: φλεβικό έλκος δεξιάς κνήμης από το 2019· κολπική μαρμαρυγή· χήρα από το 1974. Νοσηλεία στο Γενικό "
     "Νοσοκομείο Λεμεσού τον Σεπτέμβριο για κυτταρίτιδα.\n"
     "Σήμερα: έλκος 5,5 x 4 cm, ινώδης βάση 30%, μέτριο εξίδρωμα, χωρίς οσμή. ABPI 0,92. Καλλιέργεια (28/10): "
     "Staphylococcus aureus, MRSA αρνητικό. Braden 14, Barthel 55/100.\n"
     "Παρέμβαση: καθαρισμός με φυσιολογικό ορό, Aquacel Extra, επίδεσμος Unna (Unna boot) και πολυστρωματική "
     "συμπίεση. Eliquis 2,5 mg x2 συνεχίζεται.\n"
     "Κοινωνικά: ζει μόνη· η κόρη της Ανδρούλλα (κιν. 99 555418) μένει στο διπλανό σπίτι. Η κυρία Ευανθία θέλει να "
     "γιορτάσει τα 93α γενέθλιά της τον Φεβρουάριο στο σπίτι της.\n"
     "Επόμενη επίσκεψη: Παρασκευή 21/11.\n"
     "Κοινοτική νοσηλεύτρια: Γεωργία Πιερίδου",
     [("LOCATION", ["Λεμεσού"]), ("DATE", ["18 Νοεμβρίου 2025"]), ("NAME", ["Ευανθία", "Χατζηπαναγή"]),
      ("AGE", ["92 ετών"]), ("DATE", ["06/02/1933"]), ("ID", ["0391642"]),
      ("ADDRESS", ["Αρχιεπισκόπου Μακαρίου Γ΄ 12"]), ("POSTCODE", ["4180"]), ("LOCATION", ["Ύψωνας"]),
      ("NAME", ["Κυριάκος", "Ευαγόρου"]), ("DATE", ["2019"]), ("DATE", ["1974"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("DATE", ["Σεπτέμβριο"]), ("DATE", ["28/10"]),
      ("NAME", ["Ανδρούλλα"]), ("PHONE", ["99 555418"]), ("AGE", ["93α"]), ("DATE", ["Φεβρουάριο"]),
      ("DATE", ["21/11"]), ("NAME", ["Γεωργία", "Πιερίδου"])],
     ["ABPI 0,92", "Staphylococcus aureus", "Braden 14", "Barthel 55/100", "Aquacel Extra", "Unna boot"]),

    # 28 - China, Yunnan (Chuxiong): emergency record, wild mushroom poisoning (simplified Chinese)
    ("楚雄彝族自治州人民医院 急诊科 急诊病历\n"
     "就诊时间：2025年7月19日 21:40　急诊号：CX2507190386\n"
     "姓名：李成福　性别：男　年龄：56岁　民族：彝族\n"
     "身份证号：532301196905153710\n"
     "住址：楚雄市东瓜镇团结村委会小河村民小组28号\n"
     "职业：种植烤烟　联系人：妻子 普秀兰　电话：158-8713-2064\n"
     "主诉：进食自采野生菌后呕吐、腹泻14小时。\n"
     "现病史：7月18日晚餐与家人共食自采野生菌（含\"见手青\"及一种白色伞菌），约10小时后出现剧烈呕吐、水样腹泻十余次。儿媳同食后出现\"小人国幻视\"，已在禄丰市人民医院留观。患者今日由120从东瓜镇卫生院转入。\n"
     "查体：T 36.8℃，P 112次/分，BP 92/58 mmHg，皮肤干燥，巩膜轻度黄染，肝区叩痛。\n"
     "辅助检查：ALT 1860 U/L，AST 2140 U/L，总胆红素 68 μmol/L，PT 28 s，INR 2.6，肌酐 164 μmol/L。\n"
     "诊断：1. 急性野生菌中毒（鹅膏毒肽类可能，急性肝损伤型）2. 急性肾损伤\n"
     "处理：洗胃已超时，予活性炭 50 g、补液；水飞蓟宾、N-乙酰半胱氨酸；急诊血液灌流；请肝病科及ICU会诊，必要时人工肝治疗；已上报疾控。同餐家人均需就诊观察。\n"
     "家属车辆（云E·8K217）停于急诊通道，已通知挪车。\n"
     "接诊医师：字丽萍　上级医师：杨勇",
     [("HOSPITAL", ["楚雄彝族自治州人民医院"]), ("DATE", ["2025年7月19日"]), ("MRN", ["CX2507190386"]), ("NAME", ["李成福"]),
      ("ID", ["532301196905153710"]), ("LOCATION", ["楚雄市"]), ("LOCATION", ["东瓜镇"]), ("LOCATION", ["团结村委会"]),
      ("ADDRESS", ["小河村民小组28号"]), ("NAME", ["普秀兰"]), ("PHONE", ["158-8713-2064"]), ("DATE", ["7月18日"]),
      ("HOSPITAL", ["禄丰市人民医院"]), ("HOSPITAL", ["东瓜镇卫生院"]), ("PLATE", ["云E·8K217"]), ("NAME", ["字丽萍"]),
      ("NAME", ["杨勇"])],
     ["见手青", "小人国幻视", "ALT 1860 U/L", "INR 2.6", "鹅膏毒肽", "水飞蓟宾", "血液灌流"]),

    # 29 - Australia, Tasmania: high-risk foot service podiatry assessment, Charcot foot
    ("Tasmanian Health Service - North West High Risk Foot Service (Podiatry)\n"
     "Mersey Community Hospital, Torquay Road, Latrobe\n"
     "Appointment: 12/06/2025 10:00 | Referral from: Dr Abigail Tabart, Ulverstone Family Practice\n"
     "Patient: Mr Clifford Dunham-Pickett | DOB 21/05/1958 | Medicare 2731 04980 1 (IRN 1)\n"
     "Address: 37 Main Road, Penguin TAS 7316 | mob 0491 570 406\n"
     "Hx: T2DM 22 yrs (HbA1c 8.9%), peripheral neuropathy, retired from the paper mill. Ex-RAN. Lives with his wife "
     "Wilma.\n"
     "Presenting: R midfoot warm and swollen for 3/52 after tripping on the step at the Penguin Surf Club; no pain.\n"
     "Assessment: 10 g monofilament (Semmes-Weinstein) 0/10 sites bilat; VPT >50 V. R midfoot 3.4 °C warmer than L "
     "(infrared). DP and PT pulses palpable; ABPI 1.3 (non-compressible); TBI 0.48. Plantar R 1st MPJ: neuropathic "
     "ulcer 1.2 x 0.9 cm, probe-to-bone negative - University of Texas grade 1A. SINBAD 2. X-ray: fragmentation at "
     "the Lisfranc joint.\n"
     "Impression: active Charcot neuroarthropathy R midfoot (Eichenholtz stage I) with a neuropathic plantar ulcer.\n"
     "Plan: total contact cast applied today, changed weekly; knee scooter; urgent MRI and referral to the tertiary "
     "diabetes foot clinic; sharp debridement, Acticoat. Educated re cast care. Wilma will drive him (no driving in "
     "the cast).\n"
     "Imelda Roskam, Podiatrist | AHPRA POD0001742391",
     [("HOSPITAL", ["Mersey Community Hospital"]), ("ADDRESS", ["Torquay Road"]), ("LOCATION", ["Latrobe"]),
      ("DATE", ["12/06/2025"]), ("NAME", ["Abigail", "Tabart"]), ("HOSPITAL", ["Ulverstone Family Practice"]),
      ("NAME", ["Clifford", "Dunham-Pickett"]), ("DATE", ["21/05/1958"]), ("ID", ["2731 04980 1"]),
      ("ADDRESS", ["37 Main Road"]), ("LOCATION", ["Penguin"]), ("POSTCODE", ["7316"]), ("PHONE", ["0491 570 406"]),
      ("NAME", ["Wilma"]), ("LOCATION", ["Penguin Surf Club"]), ("NAME", ["Imelda", "Roskam"]),
      ("LICENCE", ["POD0001742391"])],
     ["3/52", "10 g monofilament (Semmes-Weinstein)", "University of Texas grade 1A", "SINBAD 2", "Lisfranc joint",
      "Charcot neuroarthropathy", "Eichenholtz stage I"]),

    # 30 - England, Lincolnshire: hospital pharmacist medicines reconciliation and intervention note
    ("Pilgrim Hospital, Sibsey Road, Boston PE21 9QS\n"
     "PHARMACY: MEDICINES RECONCILIATION & CLINICAL INTERVENTION | Collingwood Ward, bed 9 | 02/10/2025 11:15 | bleep "
     "2247\n"
     "Patient: Mrs Olive Baggaley, 83, DOB 09/03/1942, NHS 603 917 2487\n"
     "Home: Rose Cottage, Mavis Enderby, Spilsby PE23 4EJ. Lives with her husband; medicines in a blister pack from "
     "Well Pharmacy, Spilsby.\n"
     "Sources: SCR, GP repeat list, patient's own drugs, husband (Reginald Baggaley).\n"
     "Admitted 30/09 with falls, nausea and yellow-green vision; AF with slow ventricular rate 44.\n"
     "Discrepancies / interventions:\n"
     "1. Digoxin 125 micrograms OD (GP list) - level on admission 2.9 micrograms/L (toxic), K 3.1, eGFR 28. WITHHELD; "
     "repeat level and U&E in 48 h; DigiFab if arrhythmia - discussed with Dr Obinna Fairclough, SpR.\n"
     "2. Clarithromycin 500 mg BD started in ED for CAP, with simvastatin 40 mg ON and digoxin - interaction (CYP3A4 "
     "and P-gp). Changed to doxycycline; simvastatin held during the course.\n"
     "3. Apixaban 5 mg BD - meets 2 of 3 dose-reduction criteria (age 80 or over, creatinine 141 µmol/L; weight 62 "
     "kg) -> 2.5 mg BD. Cockcroft-Gault CrCl 24 mL/min.\n"
     "4. Adcal-D3 not in the blister pack - husband gives it separately; added to the chart.\n"
     "Discharge: DMS referral to update the blister pack; GP letter to stop digoxin pending cardiology review.\n"
     "Kelechi Onwuzulike-Barnes, Specialist Clinical Pharmacist | GPhC 2091847",
     [("HOSPITAL", ["Pilgrim Hospital"]), ("ADDRESS", ["Sibsey Road"]), ("LOCATION", ["Boston"]),
      ("POSTCODE", ["PE21 9QS"]), ("LOCATION", ["Collingwood Ward"]), ("DATE", ["02/10/2025"]), ("PHONE", ["2247"]),
      ("NAME", ["Olive", "Baggaley"]), ("DATE", ["09/03/1942"]), ("ID", ["603 917 2487"]),
      ("ADDRESS", ["Rose Cottage"]), ("LOCATION", ["Mavis Enderby"]), ("LOCATION", ["Spilsby"]),
      ("POSTCODE", ["PE23 4EJ"]), ("HOSPITAL", ["Well Pharmacy"]), ("NAME", ["Reginald"]), ("DATE", ["30/09"]),
      ("NAME", ["Obinna", "Fairclough"]), ("NAME", ["Kelechi", "Onwuzulike-Barnes"]), ("LICENCE", ["2091847"])],
     ["Digoxin 125 micrograms OD", "2.9 micrograms/L", "DigiFab", "CYP3A4", "Cockcroft-Gault CrCl 24 mL/min",
      "Adcal-D3"]),

    # 31 - Wales, Gwynedd: consent form for cataract surgery
    ("Betsi Cadwaladr University Health Board\n"
     "Ysbyty Gwynedd, Bangor - Eye Department / Adran Llygaid\n"
     "CONSENT FORM 1 / FFURFLEN GANIATÂD 1 - PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT\n"
     "Patient: Mr Gruffydd Parry-Pritchard | DOB 05/02/1948 | NHS No. 486 302 9179\n"
     "Address: Bryn Awel, Nebo, Caernarfon LL54 6EE | Preferred language: Welsh (Cymraeg)\n"
     "Proposed procedure: LEFT phacoemulsification cataract extraction with posterior chamber intraocular lens (Alcon "
     "AcrySof SN60WF, +21.5 D), under topical and sub-Tenon's local anaesthesia.\n"
     "Pre-op: VA R 6/9, L 6/36 (Snellen); axial length L 23.42 mm; pseudoexfoliation L; on tamsulosin - risk of "
     "intraoperative floppy iris syndrome.\n"
     "Benefits: clearer vision in the left eye; more comfortable driving.\n"
     "Risks discussed: posterior capsule rupture / vitreous loss about 1 in 50 for him (higher than average), "
     "endophthalmitis about 1 in 1,000, retinal detachment, cystoid macular oedema, further surgery, refractive "
     "surprise, posterior capsule opacification needing YAG laser later, rarely loss of sight.\n"
     "Patient information leaflet given in Welsh. Quarryman at Penrhyn Quarry, Bethesda, for 40 years; wants to keep "
     "driving his sheepdog to the trials.\n"
     "Statement of health professional: Mr Rhodri Llewelyn-Gwilym, Consultant Ophthalmologist, GMC 4718203 - "
     "11/11/2025\n"
     "Statement of patient: signed 11/11/2025; wife Gwyneth present.\n"
     "Confirmation on the day (02/12/2025): no new questions, wishes to proceed - Dr Ffion Hughes-Ogunbiyi, ST3.",
     [("HOSPITAL", ["Betsi Cadwaladr University Health Board"]), ("HOSPITAL", ["Ysbyty Gwynedd"]),
      ("LOCATION", ["Bangor"]), ("NAME", ["Gruffydd", "Parry-Pritchard"]), ("DATE", ["05/02/1948"]),
      ("ID", ["486 302 9179"]), ("ADDRESS", ["Bryn Awel"]), ("LOCATION", ["Nebo"]), ("LOCATION", ["Caernarfon"]),
      ("POSTCODE", ["LL54 6EE"]), ("LOCATION", ["Penrhyn Quarry"]), ("LOCATION", ["Bethesda"]),
      ("NAME", ["Rhodri", "Llewelyn-Gwilym"]), ("LICENCE", ["4718203"]), ("DATE", ["11/11/2025"]),
      ("NAME", ["Gwyneth"]), ("DATE", ["02/12/2025"]), ("NAME", ["Ffion", "Hughes-Ogunbiyi"])],
     ["Alcon AcrySof SN60WF", "sub-Tenon's", "6/9", "6/36", "intraoperative floppy iris syndrome", "1 in 50",
      "YAG laser"]),

    # 32 - Singapore: patient safety incident report, inpatient fall with hip fracture
    ("Changi General Hospital - PATIENT SAFETY INCIDENT REPORT (confidential; QA privileged)\n"
     "Incident No. CGH-IR-2025-041873 | Incident: 12 Jul 2025, ~03:20 | Reported: 12 Jul 2025, 07:45\n"
     "Location: Ward 46 (geriatric medicine), bed 12\n"
     "Patient: Mdm KOH Bee Hwa, F/81, NRIC S0427361C, MRN CGH4418206\n"
     "Address on record: Blk 412 Bedok North Ave 2, #08-146, S(460412)\n"
     "Event: unwitnessed fall. Found on the floor beside the bed by SN Siti Khadijah binte Osman at 03:20 on rounds; "
     "patient said she wanted the toilet. Bed exit alarm (asset no. CGH-BE-07715) was switched off - reason not "
     "documented. Bed rails 2 of 4 up. Morse Fall Scale 55 on admission (high risk).\n"
     "Immediate actions: seen by the night MO, Dr Aravind Pillai (MCR M81472J), at 03:35 - R hip pain, R leg "
     "shortened and externally rotated. On apixaban 2.5 mg BD. CT brain: no intracranial haemorrhage. X-ray pelvis: R "
     "intertrochanteric fracture (AO 31-A2). 4AT 5 after the fall (2 on admission).\n"
     "Harm: severe (SAC 2). Disclosure to son Mr LOW Jun Hao (HP 8555 3017) by Dr Pillai at 05:10; open disclosure "
     "meeting being arranged.\n"
     "Contributing factors: delirium; alarm off; 2 RNs for 28 beds on night shift; urinary urgency after frusemide "
     "given at 22:00.\n"
     "Reported by: SN Siti Khadijah binte Osman | Reviewed by: NM Chong Li Ling, ext 3172",
     [("HOSPITAL", ["Changi General Hospital"]), ("ID", ["CGH-IR-2025-041873"]), ("DATE", ["12 Jul 2025"]),
      ("NAME", ["KOH", "Bee Hwa"]), ("ID", ["S0427361C"]), ("MRN", ["CGH4418206"]),
      ("ADDRESS", ["Blk 412 Bedok North Ave 2, #08-146"]), ("POSTCODE", ["460412"]),
      ("NAME", ["Siti Khadijah", "Osman"]), ("SERIAL", ["CGH-BE-07715"]), ("NAME", ["Aravind", "Pillai"]),
      ("LICENCE", ["M81472J"]), ("NAME", ["LOW", "Jun Hao"]), ("PHONE", ["8555 3017"]), ("NAME", ["Chong", "Li Ling"]),
      ("PHONE", ["3172"])],
     ["Morse Fall Scale 55", "apixaban 2.5 mg BD", "AO 31-A2", "4AT 5", "SAC 2", "frusemide"]),

    # 33 - Vietnam, Hanoi: hospital discharge paper, Streptococcus suis meningitis (Vietnamese)
    ("BỘ Y TẾ - BỆNH VIỆN BỆNH NHIỆT ĐỚI TRUNG ƯƠNG\n"
     "Cơ sở Đống Đa: 78 đường Giải Phóng, quận Đống Đa, Hà Nội\n"
     "GIẤY RA VIỆN\n"
     "Họ tên người bệnh: ĐỖ VĂN THẮNG   Tuổi: 53   Giới: Nam   Dân tộc: Kinh\n"
     "Ngày sinh: 14/02/1973   Số CCCD: 034073018264   Mã thẻ BHYT: GD4343418273906\n"
     "Nghề nghiệp: giết mổ lợn\n"
     "Địa chỉ: thôn Đông Hòa, huyện Vũ Thư, tỉnh Thái Bình\n"
     "Vào viện lúc: 15 giờ 20 phút, ngày 3 tháng 3 năm 2026 (chuyển từ Bệnh viện Đa khoa tỉnh Thái Bình)\n"
     "Ra viện lúc: 9 giờ 00 phút, ngày 17/03/2026\n"
     "Chẩn đoán: Viêm màng não mủ do Streptococcus suis; điếc tiếp nhận hai tai.\n"
     "Tóm tắt: sốt cao, đau đầu, nôn sau khi ăn tiết canh lợn tại đám giỗ ngày 28/2. Vào viện Glasgow 11 điểm, cứng "
     "gáy, dấu hiệu Kernig dương tính; dịch não tủy đục, bạch cầu 3.200/mm³, cấy ra Streptococcus suis type 2. Điều "
     "trị ceftriaxone 2 g mỗi 12 giờ x 14 ngày, dexamethason 0,15 mg/kg mỗi 6 giờ x 4 ngày. Ra viện tỉnh táo, còn "
     "nghe kém hai tai, đi lại vững.\n"
     "Lời dặn: không ăn tiết canh, thịt lợn ốm chết; đeo găng khi giết mổ; đo thính lực và khám tai mũi họng sau 1 "
     "tháng.\n"
     "Người nhà: vợ Trần Thị Mến, SĐT 0912 555 317\n"
     "Hà Nội, ngày 17 tháng 3 năm 2026\n"
     "Trưởng khoa: TS.BS. Phạm Thị Hồng Nhung        Bác sĩ điều trị: BS. Lê Quang Vinh",
     [("HOSPITAL", ["BỆNH VIỆN BỆNH NHIỆT ĐỚI TRUNG ƯƠNG"]), ("ADDRESS", ["78 đường Giải Phóng"]),
      ("LOCATION", ["Đống Đa"]), ("LOCATION", ["Hà Nội"]), ("NAME", ["ĐỖ", "VĂN THẮNG"]), ("DATE", ["14/02/1973"]),
      ("ID", ["034073018264"]), ("ID", ["GD4343418273906"]), ("ADDRESS", ["thôn Đông Hòa"]), ("LOCATION", ["Vũ Thư"]),
      ("LOCATION", ["Thái Bình"]), ("DATE", ["ngày 3 tháng 3 năm 2026"]),
      ("HOSPITAL", ["Bệnh viện Đa khoa tỉnh Thái Bình"]), ("DATE", ["17/03/2026"]), ("DATE", ["28/2"]),
      ("NAME", ["Trần", "Thị Mến"]), ("PHONE", ["0912 555 317"]), ("DATE", ["ngày 17 tháng 3 năm 2026"]),
      ("NAME", ["Phạm", "Thị Hồng Nhung"]), ("NAME", ["Lê", "Quang Vinh"])],
     ["Streptococcus suis", "điếc tiếp nhận hai tai", "Glasgow 11 điểm", "dấu hiệu Kernig dương tính",
      "bạch cầu 3.200/mm³", "dexamethason 0,15 mg/kg"]),

    # 34 - Scotland, Highland: histopathology report, melanoma
    ("NHS Highland - Raigmore Hospital, Inverness IV2 3UJ\n"
     "Department of Cellular Pathology - HISTOPATHOLOGY REPORT\n"
     "Received 04/06/2025 | Authorised 11/06/2025\n"
     "Patient: Mrs Morag Sutherland-Mackay | DOB 22/09/1964 | CHI 2209643325 | F\n"
     "Address: 2 Braetongue, Tongue IV27 4XN\n"
     "Requesting clinician: Dr Ishbel Gunn, Tongue Medical Practice | copy: Dermatology\n"
     "Clinical details: crofter and ghillie on the Ben Loyal estate. Changing pigmented lesion L upper back, 9 mm, "
     "irregular border, ?melanoma. Excised with 2 mm margins.\n"
     "Macroscopy: skin ellipse 24 x 11 x 6 mm with a central irregular brown-black macule 9 x 7 mm. Inked, serially "
     "sliced, all embedded (A1-A6).\n"
     "Microscopy: superficial spreading melanoma, invasive, vertical growth phase. Breslow thickness 1.6 mm. Clark "
     "level IV. No ulceration. Dermal mitoses 3/mm². Tumour-infiltrating lymphocytes brisk. No lymphovascular or "
     "perineural invasion, no microsatellites. Regression under 25%. Melan-A and SOX10 confirm the melanocytic nature "
     "and the depth.\n"
     "Margins: peripheral 1.2 mm (closest at 3 o'clock), deep 0.9 mm.\n"
     "Conclusion: superficial spreading malignant melanoma, Breslow 1.6 mm, pT2a (AJCC 8th edition). Recommend wide "
     "local excision (1-2 cm) and discussion of sentinel lymph node biopsy at the skin cancer MDT.\n"
     "Dr Ailidh Matheson-Rao, Consultant Histopathologist | GMC 6210384",
     [("HOSPITAL", ["NHS Highland"]), ("HOSPITAL", ["Raigmore Hospital"]), ("LOCATION", ["Inverness"]),
      ("POSTCODE", ["IV2 3UJ"]), ("DATE", ["04/06/2025"]), ("DATE", ["11/06/2025"]),
      ("NAME", ["Morag", "Sutherland-Mackay"]), ("DATE", ["22/09/1964"]), ("ID", ["2209643325"]),
      ("ADDRESS", ["2 Braetongue"]), ("LOCATION", ["Tongue"]), ("POSTCODE", ["IV27 4XN"]), ("NAME", ["Ishbel", "Gunn"]),
      ("HOSPITAL", ["Tongue Medical Practice"]), ("LOCATION", ["Ben Loyal"]), ("NAME", ["Ailidh", "Matheson-Rao"]),
      ("LICENCE", ["6210384"])],
     ["superficial spreading melanoma", "Breslow thickness 1.6 mm", "Clark level IV", "mitoses 3/mm²", "Melan-A",
      "SOX10", "pT2a"]),

    # 35 - Greece, Patras: microbiology laboratory report, brucellosis (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών - Εργαστήριο Κλινικής Μικροβιολογίας\n"
     "26504 Ρίο | τηλ. 2610 555 418 | mikrobiologiko@pgnp-rio.gr\n"
     "ΑΠΟΤΕΛΕΣΜΑΤΑ ΜΙΚΡΟΒΙΟΛΟΓΙΚΩΝ ΕΞΕΤΑΣΕΩΝ\n"
     "Αρ. πρωτοκόλλου: ΜΙΚ-25-071842 | Λήψη: 28/04/2025 | Έκδοση: 05/05/2025\n"
     "Ασθενής: Γεράσιμος Κουρμπέτης του Διονυσίου, γεν. 14/05/1977, ΑΜΚΑ 14057705833, Παθολογική Κλινική, κλίνη 14\n"
     "Κατοικία: Δάφνη Καλαβρύτων. Κτηνοτρόφος (αιγοπρόβατα) και τυροκόμος.\n"
     "Παραπομπή: Κέντρο Υγείας Καλαβρύτων, Δρ Σταυρούλα Μπιτσάνη - πυρετός 3 εβδομάδων με εφιδρώσεις, αρθραλγίες, "
     "οσφυαλγία.\n"
     "Αιμοκαλλιέργειες (BACTEC, 2 σετ): θετικές σε 4,2 ημέρες - Gram-αρνητικοί κοκκοβάκιλοι. Ταυτοποίηση MALDI-TOF: "
     "Brucella melitensis.\n"
     "Ορολογικός έλεγχος: Rose Bengal θετική. Wright 1/640. Coombs-Wright 1/1280. Brucella IgM και IgG (ELISA) "
     "θετικές.\n"
     "Σχόλιο: η καλλιέργεια χειρίστηκε σε θάλαμο βιοασφάλειας επιπέδου 3 - ενημερώθηκε το προσωπικό που εκτέθηκε. "
     "Υποχρεωτική δήλωση στον ΕΟΔΥ. Προτεινόμενη αγωγή: δοξυκυκλίνη 100 mg x2 για 6 εβδομάδες + γενταμικίνη 5 mg/kg "
     "για 7 ημέρες. Έλεγχος για σπονδυλοδισκίτιδα (MRI ΟΜΣΣ).\n"
     "Ενημερώθηκε τηλεφωνικά ο θεράπων ιατρός στις 05/05/2025, 12:40.\n"
     "Η Διευθύντρια: Ασπασία Νικολοπούλου-Ράπτη, Μικροβιολόγος",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών"]), ("POSTCODE", ["26504"]), ("LOCATION", ["Ρίο"]),
      ("PHONE", ["2610 555 418"]), ("EMAIL", ["mikrobiologiko@pgnp-rio.gr"]), ("ID", ["ΜΙΚ-25-071842"]),
      ("DATE", ["28/04/2025"]), ("DATE", ["05/05/2025"]), ("NAME", ["Γεράσιμος", "Κουρμπέτης"]),
      ("NAME", ["Διονυσίου"]), ("DATE", ["14/05/1977"]), ("ID", ["14057705833"]), ("LOCATION", ["Δάφνη"]),
      ("LOCATION", ["Καλαβρύτων"]), ("HOSPITAL", ["Κέντρο Υγείας Καλαβρύτων"]), ("NAME", ["Σταυρούλα", "Μπιτσάνη"]),
      ("NAME", ["Ασπασία", "Νικολοπούλου-Ράπτη"])],
     ["MALDI-TOF", "Brucella melitensis", "Rose Bengal θετική", "Wright 1/640", "Coombs-Wright 1/1280",
      "δοξυκυκλίνη 100 mg", "γενταμικίνη 5 mg/kg"]),

    # 36 - New Zealand, Otago: hospice inpatient unit admission note
    ("Otago Community Hospice - Inpatient Unit\n"
     "293 North Road, Dunedin\n"
     "ADMISSION NOTE - 19/08/2025 14:30\n"
     "Patient: Mr Roderick Cuthbertson-Tipene | 68 | DOB 03/06/1957 | NHI ZMU7302\n"
     "Home: 6 Swansea Street, Middlemarch. Iwi: Kāi Tahu; marae: Puketeraki Marae, Karitāne.\n"
     "Transferred from Dunedin Hospital, Ward 7A, after radiotherapy for MSCC at T10.\n"
     "GP: Dr Wiremu Ruatapu-Grant.\n"
     "Background: metastatic prostate adenocarcinoma, Gleason 4+5=9, castrate-resistant; PSA 1,420 µg/L; widespread "
     "bone metastases. Retired shearer who ran a shearing gang for 30 years.\n"
     "Today: AKPS 40. Paraplegic below T10 since the cord compression, IDC in situ. Pain mostly controlled. Anxious "
     "at night. Eating little.\n"
     "Medications: CSCI via Niki T34 syringe driver (s/n 30418-7726): oxycodone 20 mg + midazolam 5 mg / 24 h; "
     "dexamethasone 4 mg mane; laxatives; enzalutamide stopped.\n"
     "Goals: comfort; would like karakia with the kaumātua and his mokopuna to visit; not for readmission to "
     "hospital. Advance care plan and Enduring Power of Attorney (wife Marama Cuthbertson, 021 555 0397) on file.\n"
     "Plan: pressure care (Waterlow 20); bowel regime; family meeting Thursday with the social worker; chaplain.\n"
     "Dr Kahurangi Whitlock-Rewi, Hospice Medical Officer | MCNZ 27184",
     [("HOSPITAL", ["Otago Community Hospice"]), ("ADDRESS", ["293 North Road"]), ("LOCATION", ["Dunedin"]),
      ("DATE", ["19/08/2025"]), ("NAME", ["Roderick", "Cuthbertson-Tipene"]), ("DATE", ["03/06/1957"]),
      ("ID", ["ZMU7302"]), ("ADDRESS", ["6 Swansea Street"]), ("LOCATION", ["Middlemarch"]),
      ("LOCATION", ["Puketeraki Marae"]), ("LOCATION", ["Karitāne"]), ("HOSPITAL", ["Dunedin Hospital"]),
      ("NAME", ["Wiremu", "Ruatapu-Grant"]), ("SERIAL", ["30418-7726"]), ("NAME", ["Marama", "Cuthbertson"]),
      ("PHONE", ["021 555 0397"]), ("NAME", ["Kahurangi", "Whitlock-Rewi"]), ("LICENCE", ["27184"])],
     ["MSCC at T10", "Gleason 4+5=9", "PSA 1,420 µg/L", "Niki T34", "oxycodone 20 mg + midazolam 5 mg / 24 h",
      "Waterlow 20"]),

    # 37 - Hong Kong: community nursing home visit, patient aged 96 (traditional Chinese)
    ("醫院管理局 葛量洪醫院 社康護理服務\n"
     "家居探訪記錄　探訪日期：2026年1月20日（星期二）上午10時\n"
     "病人：譚麗珍　女　96歲　出生日期：1929年8月15日　香港身份證：C517308(4)\n"
     "地址：香港仔石排灣邨碧輝樓18樓1814室（與外傭同住）\n"
     "聯絡人：女兒 鄧美華（電話 9555 2618）；外傭 Marites Dalisay\n"
     "背景：1995年確診2型糖尿病，注射胰島素（Mixtard 30 早10單位、晚6單位）；2018年右髖骨折後需用助行架；中度認知障礙（MMSE 14/30）。1月9日由葛量洪醫院出院（吸入性肺炎）。\n"
     "今次評估：BP 132/70，P 84，SpO2 96%，體溫 36.7℃。血糖紀錄：早餐前 4.1–9.8 mmol/L；去年12月冬至前後曾有一次低血糖（2.9 mmol/L）。HbA1c 7.9%。骶骨 Stage "
     "2 壓瘡 1.5 x 1 cm，Braden 13分，Norton 12分。\n"
     "護理：教導外傭以 Mepilex Border 更換敷料、每2小時轉身；建議醫生調低晚間胰島素；轉介老人科日間醫院及職業治療師評估家居安全。\n"
     "婆婆精神好，說今年8月想在家慶祝97歲生日，也想再到香港仔街坊福利會長者中心打麻雀。\n"
     "下次探訪：1月27日。\n"
     "社康護士：馮綺雯（註冊護士）　聯絡電話：2555 4117",
     [("HOSPITAL", ["葛量洪醫院"]), ("DATE", ["2026年1月20日"]), ("NAME", ["譚麗珍"]), ("AGE", ["96歲"]), ("DATE", ["1929年8月15日"]),
      ("ID", ["C517308(4)"]), ("LOCATION", ["香港仔"]), ("ADDRESS", ["石排灣邨碧輝樓18樓1814室"]), ("NAME", ["鄧美華"]),
      ("PHONE", ["9555 2618"]), ("NAME", ["Marites", "Dalisay"]), ("DATE", ["1995年"]), ("DATE", ["2018年"]),
      ("DATE", ["1月9日"]), ("DATE", ["12月"]), ("DATE", ["冬至"]), ("DATE", ["8月"]), ("AGE", ["97歲"]),
      ("LOCATION", ["香港仔街坊福利會長者中心"]), ("DATE", ["1月27日"]), ("NAME", ["馮綺雯"]), ("PHONE", ["2555 4117"])],
     ["Mixtard 30", "MMSE 14/30", "HbA1c 7.9%", "Stage 2 壓瘡", "Braden 13分", "Norton 12分", "Mepilex Border"]),

    # 38 - The Bahamas (Nassau): dental progress note with consent for a later extraction
    ("VILLAGE ROAD DENTAL CENTRE\n"
     "Village Road, Nassau | (242) 555-0138 | frontdesk@villageroaddental.bs\n"
     "DENTAL PROGRESS NOTE - Oct. 9, 2025, 4:10 pm\n"
     "Pt: Ms. Shantell Rolle-Pinder | DOB 14/04/1990\n"
     "Home: Current, Eleuthera (in Nassau for work); bartender at Conch Fritter Cove. IG @shantell_current242 "
     "(prefers DMs for appointment reminders).\n"
     "C/O: severe throbbing pain LL jaw radiating to the ear, 3 days after extraction of 38 at the Princess Margaret "
     "Hospital dental clinic. Bad taste. Smokes ~5/day, restarted the next day.\n"
     "O/E: 38 socket empty, no clot, exposed bone, food debris; halitosis. No swelling, no trismus, afebrile. 48 "
     "partially erupted, mesioangular (Winter's classification), Pell and Gregory class II, position B; distal caries "
     "47.\n"
     "Dx: alveolar osteitis (dry socket) 38.\n"
     "Tx: LA 2% lidocaine 1:100,000 epi, 1 carpule; socket irrigated with warm saline and chlorhexidine 0.12% "
     "(Peridex); Alvogyl dressing placed. Ibuprofen 600 mg QID with food x3 days. No smoking, no straws.\n"
     "Consent (verbal and written) for removal of 48 at a later visit: risks incl. IAN paraesthesia (~1 in 100, "
     "usually temporary), dry socket, infection, damage to 47. Her mother, Precious Rolle, will come with her.\n"
     "Review 10/13 or sooner if worse.\n"
     "Dr. Deangelo Sweeting-Knowles, DDS | Bahamas Dental Council reg. 0417",
     [("HOSPITAL", ["VILLAGE ROAD DENTAL CENTRE"]), ("ADDRESS", ["Village Road"]), ("LOCATION", ["Nassau"]),
      ("PHONE", ["(242) 555-0138"]), ("EMAIL", ["frontdesk@villageroaddental.bs"]), ("DATE", ["Oct. 9, 2025"]),
      ("NAME", ["Shantell", "Rolle-Pinder"]), ("DATE", ["14/04/1990"]), ("LOCATION", ["Current"]),
      ("LOCATION", ["Eleuthera"]), ("LOCATION", ["Conch Fritter Cove"]), ("HANDLE", ["@shantell_current242"]),
      ("HOSPITAL", ["Princess Margaret Hospital"]), ("NAME", ["Precious", "Rolle"]), ("DATE", ["10/13"]),
      ("NAME", ["Deangelo", "Sweeting-Knowles"]), ("LICENCE", ["0417"])],
     ["Winter's classification", "Pell and Gregory class II, position B", "alveolar osteitis", "2% lidocaine 1:100,000",
      "chlorhexidine 0.12% (Peridex)", "Alvogyl", "IAN paraesthesia"]),

    # 39 - Canada, British Columbia: occupational medicine assessment, western red cedar asthma
    ("Kootenay Rockies Occupational Medicine Clinic\n"
     "835 9th Ave S, Golden BC V0A 1H0\n"
     "OCCUPATIONAL HEALTH ASSESSMENT - March 3, 2026 | WorkSafeBC claim 41827036\n"
     "Worker: Pavandeep Sidhu-Grewal | 46 M | DOB 1979-09-11 | PHN 9417 283 059 | SIN 527 193 841\n"
     "Employer: Kicking Horse Cedar Products Ltd. - edger/trimmer operator in the sawmill for 11 years. Lives in "
     "Parson.\n"
     "Family physician: Dr. Yvonne Ashdown-Mirza, Golden Family Physicians.\n"
     "History: 2 years of cough, wheeze and chest tightness starting a few hours into a shift, settling on days off "
     "and holidays (much better on a trip to Amritsar last winter). Worse since the mill switched mostly to western "
     "red cedar. Never smoked. No childhood asthma. Uses Ventolin 4-6 times a shift.\n"
     "Investigations: FEV1 2.61 L (72% pred), FEV1/FVC 0.66, +14% post-BD. Methacholine PC20 1.2 mg/mL. Serial PEF "
     "4x/day for 4 weeks: OASYS-2 score 3.4 with a clear work-related pattern. FeNO 48 ppb.\n"
     "Opinion: occupational asthma due to western red cedar dust (plicatic acid), sensitizer-induced; not "
     "irritant-induced (no single high exposure).\n"
     "Recommendations: complete removal from cedar dust - respirators are not enough once sensitized; Symbicort 200/6 "
     "as maintenance and reliever; report to WorkSafeBC (Form 8/11 sent); vocational rehabilitation. Review in 3 "
     "months with spirometry.\n"
     "Teodor Wrzesniewski, MD, FRCPC (Occupational Medicine) | CPSBC 41728",
     [("HOSPITAL", ["Kootenay Rockies Occupational Medicine Clinic"]), ("ADDRESS", ["835 9th Ave S"]),
      ("LOCATION", ["Golden"]), ("POSTCODE", ["V0A 1H0"]), ("DATE", ["March 3, 2026"]), ("ID", ["41827036"]),
      ("NAME", ["Pavandeep", "Sidhu-Grewal"]), ("DATE", ["1979-09-11"]), ("ID", ["9417 283 059"]),
      ("ID", ["527 193 841"]), ("LOCATION", ["Kicking Horse Cedar Products Ltd."]), ("LOCATION", ["Parson"]),
      ("NAME", ["Yvonne", "Ashdown-Mirza"]), ("HOSPITAL", ["Golden Family Physicians"]), ("LOCATION", ["Amritsar"]),
      ("NAME", ["Teodor", "Wrzesniewski"]), ("LICENCE", ["41728"])],
     ["Ventolin", "FEV1/FVC 0.66", "Methacholine PC20 1.2 mg/mL", "OASYS-2 score 3.4", "FeNO 48 ppb", "plicatic acid",
      "Symbicort 200/6"]),
]
