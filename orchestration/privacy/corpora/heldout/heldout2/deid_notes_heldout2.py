"""Second HELD-OUT set of hand-written notes (``evaluate --set heldout2``), written together with the DEV set
(:mod:`deid_notes_dev`) and before any rule change of the second round of issue 14, with other people,
places and phrasings. It is measured, never used to change rules: its figures are the honest ones.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("ADMISSION NOTE\nName: Cordelia Thistlethwaite\nD.O.B.: 1956-09-23\nHosp No: J448120\n"
     "NOK: Rupert Thistlethwaite (son) 07891 442 016\nPresenting complaint: acute confusion. Urinary "
     "sodium 12 mmol/L. Sodium 121 mmol/L. Likely thiazide-induced; bendroflumethiazide stopped.",
     [("NAME", ["Cordelia", "Thistlethwaite"]), ("DATE", ["1956-09-23"]), ("MRN", ["J448120"]),
      ("NAME", ["Rupert"]), ("PHONE", ["07891 442 016"])],
     ["acute confusion", "Urinary sodium 12 mmol/L", "Sodium 121 mmol/L", "bendroflumethiazide stopped",
      "thiazide-induced"]),
    ("Accompanied by her niece, Tamsin, who drove down from Penrith. Maud Heseltine is a retired "
     "headteacher with COPD (FEV1 0.9 L, 38% predicted) on Trelegy Ellipta one puff daily. Home oxygen "
     "assessment booked at Cumberland Infirmary for 28 Oct.",
     [("NAME", ["Tamsin"]), ("LOCATION", ["Penrith"]), ("NAME", ["Maud", "Heseltine"]),
      ("HOSPITAL", ["Cumberland"]), ("DATE", ["28 Oct"])],
     ["COPD", "FEV1 0.9 L, 38% predicted", "Trelegy Ellipta one puff daily", "Home oxygen"]),
    ("EMS brought 72 yo male from Shady Pines Assisted Living, 1500 Oakmont Blvd, Boca Raton FL 33431. "
     "Pt Irving Goldblatt, MRN 55-209-831, DNR/DNI per POLST. Stroke alert called: NIHSS 14, left MCA "
     "syndrome. tPA not given (on rivaroxaban 20 mg). Son Howard cell 561.555.0148.",
     [("HOSPITAL", ["Shady Pines"]), ("ADDRESS", ["1500 Oakmont Blvd"]), ("LOCATION", ["Boca Raton"]),
      ("POSTCODE", ["33431"]), ("NAME", ["Irving", "Goldblatt"]), ("MRN", ["55-209-831"]),
      ("NAME", ["Howard"]), ("PHONE", ["561.555.0148"])],
     ["NIHSS 14", "left MCA syndrome", "rivaroxaban 20 mg", "DNR/DNI", "Stroke alert"]),
    ("Summer Blackwood, 16, seen with her stepdad Craig. Type 1 diabetes, DKA: pH 7.08, bicarbonate 6, "
     "ketones 5.9 mmol/L. Fixed-rate insulin 0.1 units/kg/h. Attends Castle Vale Academy. Instagram "
     "summerrr.bw reported by school nurse.",
     [("NAME", ["Summer", "Blackwood"]), ("NAME", ["Craig"]), ("LOCATION", ["Castle Vale Academy"]),
      ("HANDLE", ["summerrr.bw"])],
     ["Type 1 diabetes", "pH 7.08", "bicarbonate 6", "ketones 5.9 mmol/L", "Fixed-rate insulin 0.1 units/kg/h"]),
    ("Letter to GP, Riverside Practice, 12 Quay Street, Truro TR1 2HE.\nRe: Jethro Penhaligon, born 2nd "
     "February 1961.\nSeen 14th November 2023. Hereditary haemochromatosis, ferritin 1,840 ug/L, transferrin "
     "saturation 78%. Venesection weekly. Brother Zeb should be screened. Signed, K. Trethewey, Hepatology SpR",
     [("HOSPITAL", ["Riverside Practice"]), ("ADDRESS", ["12 Quay Street"]), ("LOCATION", ["Truro"]),
      ("POSTCODE", ["TR1 2HE"]), ("NAME", ["Jethro", "Penhaligon"]), ("DATE", ["2nd February 1961"]),
      ("DATE", ["14th November 2023"]), ("NAME", ["Zeb"]), ("NAME", ["Trethewey"])],
     ["Hereditary haemochromatosis", "ferritin 1,840 ug/L", "transferrin saturation 78%", "Venesection weekly",
      "Hepatology SpR"]),
    ("Holly Marchetti-Quinn (33) G1P0 at 39 weeks with reduced fetal movements. CTG normal. Husband Gianluca "
     "present. Booking hospital: Liverpool Women's. Contact: holly.mq@yahoo.co.uk / 0151 702 4177.",
     [("NAME", ["Holly", "Marchetti-Quinn"]), ("NAME", ["Gianluca"]), ("HOSPITAL", ["Liverpool Women's"]),
      ("EMAIL", ["holly.mq@yahoo.co.uk"]), ("PHONE", ["0151 702 4177"])],
     ["reduced fetal movements", "CTG normal", "39 weeks"]),
    ("Wound review: dehisced laparotomy wound, VAC therapy at -125 mmHg. Pseudomonas on swab. "
     "Ignatius Obi, 61, lorry driver from Thurrock, HGV licence OBIIG605121I99LK. Partner Blessing asked "
     "for a fit note.",
     [("NAME", ["Ignatius", "Obi"]), ("LOCATION", ["Thurrock"]), ("LICENCE", ["OBIIG605121I99LK"]),
      ("NAME", ["Blessing"])],
     ["dehisced laparotomy wound", "VAC therapy at -125 mmHg", "Pseudomonas on swab", "fit note"]),
    ("Pt is a 90 y.o. widower, DOB Jan 4, 1934, residing at Maple Grove Senior Living in Eau Claire. "
     "Hip fx after ground-level fall. Hgb 10.2, Cr 1.6. Hospitalist: Dr. Priya Venkataraman. "
     "Daughter-in-law Deb Kowalski handles his affairs, ph 715-555-0186.",
     [("AGE", ["90 y.o."]), ("DOB90", ["Jan 4, 1934", "1934"]), ("HOSPITAL", ["Maple Grove"]),
      ("LOCATION", ["Eau Claire"]), ("NAME", ["Priya", "Venkataraman"]), ("NAME", ["Deb", "Kowalski"]),
      ("PHONE", ["715-555-0186"])],
     ["Hip fx", "ground-level fall", "Hgb 10.2", "Cr 1.6"]),
    ("Patient seen in the Motor Neurone Disease clinic. ALSFRS-R 34/48. Riluzole 50 mg BD. PEG discussed. "
     "Mr Caradog Pryce-Jones lives in Machynlleth; his carer Dilys Morgan visits twice daily. "
     "Hospital ID W2231987.",
     [("NAME", ["Caradog", "Pryce-Jones"]), ("LOCATION", ["Machynlleth"]), ("NAME", ["Dilys", "Morgan"]),
      ("MRN", ["W2231987"])],
     ["Motor Neurone Disease clinic", "ALSFRS-R 34/48", "Riluzole 50 mg BD", "PEG discussed"]),
    ("Sharps injury to staff nurse Precious Nkemelu on ward 22 at 14:05 on 05/03/2024. Source patient "
     "Dwayne Spratt, hepatitis C antibody positive, HCV RNA pending. Occupational health informed.",
     [("NAME", ["Precious", "Nkemelu"]), ("DATE", ["05/03/2024"]), ("NAME", ["Dwayne", "Spratt"])],
     ["Sharps injury", "hepatitis C antibody positive", "HCV RNA pending", "Occupational health"]),
    ("Bill Featherby, 74, retired farmer from near Thirsk. Polymyalgia rheumatica: bilateral shoulder girdle "
     "stiffness, ESR 54. Prednisolone 15 mg with rapid response. Bone protection: alendronic acid 70 mg weekly. "
     "Wife Marjorie; farm is Low Moor Farm, Sowerby.",
     [("NAME", ["Bill", "Featherby"]), ("LOCATION", ["Thirsk"]), ("NAME", ["Marjorie"]),
      ("ADDRESS", ["Low Moor Farm"]), ("LOCATION", ["Sowerby"])],
     ["Polymyalgia rheumatica", "shoulder girdle stiffness", "ESR 54", "Prednisolone 15 mg",
      "alendronic acid 70 mg weekly"]),
    ("Post-op day 1, total knee replacement (right). Tranexamic acid given. Hb 104. Mobilised with "
     "physio Ollie. Patient Dawn Eckersley (pt prefers 'Dee'). Going home to 8 Primrose Hill, Ramsbottom "
     "on Friday. Insurance policy BUPA 88127734.",
     [("NAME", ["Ollie"]), ("NAME", ["Dawn", "Eckersley", "Dee"]), ("ADDRESS", ["8 Primrose Hill"]),
      ("LOCATION", ["Ramsbottom"]), ("ID", ["88127734"])],
     ["total knee replacement", "Tranexamic acid", "Hb 104", "Mobilised"]),
    ("Neonatal: baby boy of Chantelle Okoro-Davies, born 03:12 on 11/04/2024 at 36+2 weeks, 2.41 kg. "
     "Apgars 7 and 9. Jaundice at 20 h, SBR 210 umol/L; phototherapy. Father Marcus. NHS number "
     "943 476 5919.",
     [("NAME", ["Chantelle", "Okoro-Davies"]), ("DATE", ["11/04/2024"]), ("NAME", ["Marcus"]),
      ("ID", ["943 476 5919"])],
     ["Apgars 7 and 9", "SBR 210 umol/L", "phototherapy", "36+2 weeks", "2.41 kg"]),
    ("Tasmania ED. 52F. Patient: Bronwyn Haddow. Anaphylaxis to jack jumper ant sting: BP 70/40, stridor. "
     "Adrenaline 0.5 mg IM x2. Lives in Kingston Beach with husband Rod. Ph (03) 6229 4410. "
     "Medicare 5102 66713 3.",
     [("NAME", ["Bronwyn", "Haddow"]), ("LOCATION", ["Kingston Beach"]), ("NAME", ["Rod"]),
      ("PHONE", ["(03) 6229 4410"]), ("ID", ["5102 66713 3"])],
     ["Anaphylaxis", "jack jumper ant sting", "BP 70/40", "stridor", "Adrenaline 0.5 mg IM"]),
    ("Kawasaki disease in a 3-year-old: fever 6 days, conjunctival injection, strawberry tongue. IVIG 2 g/kg "
     "and aspirin. Echo: coronary arteries normal. Child Aarav Kulkarni; parents Nikhil and Shreya. "
     "Family from Pune, now in Hounslow.",
     [("NAME", ["Aarav", "Kulkarni"]), ("NAME", ["Nikhil"]), ("NAME", ["Shreya"]), ("LOCATION", ["Pune"]),
      ("LOCATION", ["Hounslow"])],
     ["Kawasaki disease", "conjunctival injection", "strawberry tongue", "IVIG 2 g/kg",
      "coronary arteries normal"]),
    ("Cardiology clinic. Marfan syndrome, aortic root 4.6 cm. Losartan 50 mg. Patient is a 6'7\" basketball "
     "coach, Desmond Achebe-Lyons. Sister Ifeoma had root replacement at Harefield. Next echo 2025-01-14.",
     [("NAME", ["Desmond", "Achebe-Lyons"]), ("NAME", ["Ifeoma"]), ("HOSPITAL", ["Harefield"]),
      ("DATE", ["2025-01-14"])],
     ["Marfan syndrome", "aortic root 4.6 cm", "Losartan 50 mg", "root replacement"]),
    ("MENTAL HEALTH ACT ASSESSMENT\nPerson assessed: Liam Fogarty, 28, NFA, usually sleeps near Leeds station. "
     "AMHP: Gemma Rawcliffe. Section 2 applied. Paranoid ideation, PANSS positive 28. Olanzapine 10 mg. "
     "Brother Cian contacted via Facebook (cian.fogarty.79).",
     [("NAME", ["Liam", "Fogarty"]), ("LOCATION", ["Leeds"]), ("NAME", ["Gemma", "Rawcliffe"]),
      ("NAME", ["Cian"]), ("HANDLE", ["cian.fogarty.79"])],
     ["Section 2", "Paranoid ideation", "PANSS positive 28", "Olanzapine 10 mg"]),
    ("Transfer letter from Derriford Hospital to Mount Edgcumbe Hospice. Mrs Ivy Polglase, metastatic "
     "pancreatic cancer, syringe driver: morphine 20 mg, midazolam 10 mg, levomepromazine 6.25 mg over 24h. "
     "Husband Alfred and grandson Jory. Preferred place of death: hospice.",
     [("HOSPITAL", ["Derriford"]), ("HOSPITAL", ["Mount Edgcumbe"]), ("NAME", ["Ivy", "Polglase"]),
      ("NAME", ["Alfred"]), ("NAME", ["Jory"])],
     ["metastatic pancreatic cancer", "syringe driver", "morphine 20 mg", "midazolam 10 mg",
      "levomepromazine 6.25 mg over 24h", "Preferred place of death"]),
    ("Diabetic foot clinic: Charcot foot right, Wagner grade 2 ulcer, osteomyelitis on MRI. HbA1c 86 mmol/mol. "
     "Flucloxacillin 1 g QDS. Mr Hamid Qureshi, of Alum Rock Road, Saltley, Birmingham B8 1HU. "
     "Son Zubair is his interpreter; mobile 07423 665 190.",
     [("NAME", ["Hamid", "Qureshi"]), ("ADDRESS", ["Alum Rock Road"]), ("LOCATION", ["Saltley"]),
      ("LOCATION", ["Birmingham"]), ("POSTCODE", ["B8 1HU"]), ("NAME", ["Zubair"]), ("PHONE", ["07423 665 190"])],
     ["Charcot foot", "Wagner grade 2 ulcer", "osteomyelitis on MRI", "HbA1c 86 mmol/mol",
      "Flucloxacillin 1 g QDS"]),
    ("Patient portal message from jgreenhalgh1948@aol.com: 'Dr Sato, my ankles are still swollen on the new "
     "amlodipine 10 mg.' Replied: reduce to 5 mg. Joan Greenhalgh, DOB 3/8/48, chart #0044718.",
     [("EMAIL", ["jgreenhalgh1948@aol.com"]), ("NAME", ["Sato"]), ("NAME", ["Joan", "Greenhalgh"]),
      ("DATE", ["3/8/48"]), ("MRN", ["0044718"])],
     ["amlodipine 10 mg", "ankles are still swollen", "reduce to 5 mg"]),
    ("Cystic fibrosis annual review. FEV1 61%, BMI 19.8. Elexacaftor/tezacaftor/ivacaftor. Pseudomonas "
     "aeruginosa chronic. Patient Niamh Gallagher-Byrne, 24, lives in Letterkenny, studies in Derry. "
     "CF nurse specialist: Orla.",
     [("NAME", ["Niamh", "Gallagher-Byrne"]), ("LOCATION", ["Letterkenny"]), ("LOCATION", ["Derry"]),
      ("NAME", ["Orla"])],
     ["Cystic fibrosis", "FEV1 61%", "BMI 19.8", "Elexacaftor/tezacaftor/ivacaftor",
      "Pseudomonas aeruginosa chronic"]),
    ("Vaccination record: MMR dose 2 given 17-Mar-24 to Poppy Ashworth-Lane, left deltoid, batch "
     "W3491B. Parent: Sienna Ashworth. Surgery: Hartcliffe Health Centre, Bristol.",
     [("DATE", ["17-Mar-24"]), ("NAME", ["Poppy", "Ashworth-Lane"]), ("NAME", ["Sienna", "Ashworth"]),
      ("HOSPITAL", ["Hartcliffe"]), ("LOCATION", ["Bristol"])],
     ["MMR dose 2", "left deltoid"]),
    ("US ED. CC: abdominal pain. 41F, Hmong interpreter used. Pt name: Mai Vang. Appendicitis, Alvarado score 8. "
     "CT A/P with contrast: appendicolith. Surgery consulted (Dr. Brent Halvorsen). Husband Tou Vang. "
     "Address 914 Arcade St, St. Paul, MN 55106. Phone 651-555-0163.",
     [("NAME", ["Mai", "Vang"]), ("NAME", ["Brent", "Halvorsen"]), ("NAME", ["Tou"]),
      ("ADDRESS", ["914 Arcade St"]), ("LOCATION", ["St. Paul"]), ("POSTCODE", ["55106"]),
      ("PHONE", ["651-555-0163"])],
     ["abdominal pain", "Appendicitis", "Alvarado score 8", "appendicolith", "CT A/P with contrast"]),
    ("Reviewed on the stroke unit. Dysphagia: SALT recommend level 5 minced and moist. Atorvastatin 80 mg. "
     "Clopidogrel 75 mg. Felicity Marsh-Ibbotson, 69, was a choir director in Malvern. Husband Rex "
     "(07977 310 588) is anxious; daughter Portia lives in Leominster.",
     [("NAME", ["Felicity", "Marsh-Ibbotson"]), ("LOCATION", ["Malvern"]), ("NAME", ["Rex"]),
      ("PHONE", ["07977 310 588"]), ("NAME", ["Portia"]), ("LOCATION", ["Leominster"])],
     ["stroke unit", "Dysphagia", "level 5 minced and moist", "Atorvastatin 80 mg", "Clopidogrel 75 mg"]),
    ("Sickle cell crisis. Pain score 9/10, Hb 64 g/L, reticulocytes 12%. PCA morphine. Exchange transfusion "
     "considered. Kofi Mensah-Bonsu, 19, student at Goldsmiths; lives in Lewisham. Mother Akosua "
     "020 8690 4421.",
     [("NAME", ["Kofi", "Mensah-Bonsu"]), ("LOCATION", ["Goldsmiths"]), ("LOCATION", ["Lewisham"]),
      ("NAME", ["Akosua"]), ("PHONE", ["020 8690 4421"])],
     ["Sickle cell crisis", "Pain score 9/10", "Hb 64 g/L", "reticulocytes 12%", "PCA morphine",
      "Exchange transfusion"]),
    ("Optometry referral: Mr Ambrose Tilley, 58, HGV driver (vehicle YX21 KFD), visual field defect "
     "bitemporal. Pituitary macroadenoma on MRI, prolactin 410 mU/L. Referred to Hull Royal Infirmary "
     "neurosurgery. Contact via daughter Scarlett.",
     [("NAME", ["Ambrose", "Tilley"]), ("PLATE", ["YX21 KFD"]), ("HOSPITAL", ["Hull Royal Infirmary"]),
      ("NAME", ["Scarlett"])],
     ["visual field defect", "bitemporal", "Pituitary macroadenoma", "prolactin 410 mU/L"]),
    ("Insulin pump download: Tandem t:slim X2, SN 1187234. Time in range 58%. Basal 0.8 u/h. Patient "
     "Ingrid Solberg-Hayes, 35, runs an Etsy shop as knitbyingrid. Partner Torben.",
     [("SERIAL", ["1187234"]), ("NAME", ["Ingrid", "Solberg-Hayes"]), ("HANDLE", ["knitbyingrid"]),
      ("NAME", ["Torben"])],
     ["Time in range 58%", "Basal 0.8 u/h", "Insulin pump download"]),
    ("Home visit. Fred Cartwright, 101, ex-RAF. Born 9th July 1923. Lives with his carer at Ashdene, 2 Church "
     "Walk, Painswick. Pressure sore grade 2 heel. Paracetamol 1 g QDS. Nephew Clive Bunce is next of kin.",
     [("NAME", ["Fred", "Cartwright"]), ("AGE", ["101"]), ("DOB90", ["9th July 1923", "1923"]),
      ("ADDRESS", ["Ashdene", "Church Walk"]), ("LOCATION", ["Painswick"]), ("NAME", ["Clive", "Bunce"])],
     ["Pressure sore grade 2 heel", "Paracetamol 1 g QDS"]),
    ("Referral from Dr Sarah-Jane Whitlam, Moss Side Medical Practice. 45M, Angus Ferrier. Ménière's disease: "
     "episodic vertigo, tinnitus, low-frequency SNHL. Betahistine 16 mg TDS. Works at Manchester Airport.",
     [("NAME", ["Sarah-Jane", "Whitlam"]), ("HOSPITAL", ["Moss Side"]), ("NAME", ["Angus", "Ferrier"]),
      ("LOCATION", ["Manchester Airport"])],
     ["Ménière's disease", "episodic vertigo", "tinnitus", "low-frequency SNHL", "Betahistine 16 mg TDS"]),
    ("Chest pain pathway. HEART score 3. hs-troponin T 8 then 9 ng/L. Discharged. Patient Rich Delaney, "
     "a plumber; his van DE19 WPL was parked in bay 4. Email richdelaneyplumbing@hotmail.com.",
     [("NAME", ["Rich", "Delaney"]), ("PLATE", ["DE19 WPL"]), ("EMAIL", ["richdelaneyplumbing@hotmail.com"])],
     ["Chest pain pathway", "HEART score 3", "hs-troponin T 8 then 9 ng/L"]),
    ("Infectious diseases: returning traveller from Accra with fever. Malaria film: P. falciparum 3% "
     "parasitaemia. Artesunate 2.4 mg/kg IV. Patient Yaw Darko, 37, of Tottenham. Seen at the Hospital for "
     "Tropical Diseases. Wife Efua: 07402 118 930.",
     [("NAME", ["Yaw", "Darko"]), ("LOCATION", ["Tottenham"]), ("NAME", ["Efua"]), ("PHONE", ["07402 118 930"])],
     ["P. falciparum 3% parasitaemia", "Artesunate 2.4 mg/kg IV", "returning traveller", "Malaria film"]),
    ("Ο κ. Θεόδωρος Μαυρίδης, 71 ετών, κάτοικος Ηρακλείου Κρήτης, νοσηλεύεται με οξύ έμφραγμα μυοκαρδίου. "
     "Ασπιρίνη 100 mg και κλοπιδογρέλη 75 mg. Ο γιος του Μιχάλης (κιν. 6945 882 310) και η νύφη του Δέσποινα "
     "ενημερώθηκαν. Διεύθυνση: Οδός Καλοκαιρινού 112, 712 02.",
     [("NAME", ["Θεόδωρος", "Μαυρίδης"]), ("LOCATION", ["Ηρακλείου"]), ("NAME", ["Μιχάλης"]),
      ("PHONE", ["6945 882 310"]), ("NAME", ["Δέσποινα"]), ("ADDRESS", ["Καλοκαιρινού 112"]),
      ("POSTCODE", ["712 02"])],
     ["71 ετών", "οξύ έμφραγμα μυοκαρδίου", "Ασπιρίνη 100 mg", "κλοπιδογρέλη 75 mg"]),
    ("Εξιτήριο από το Πανεπιστημιακό Νοσοκομείο Ιωαννίνων. Ασθενής: Ευαγγελία Τσιρίγου, γεν. 12/07/1950. "
     "Διάγνωση: πνευμονία κοινότητας, CRP 186 mg/L. Αμοξικιλλίνη/κλαβουλανικό 1 g x2. Θεράπων ιατρός: "
     "Παναγιώτης Ζαχαρίου. Email: e.tsirigou@yahoo.gr",
     [("HOSPITAL", ["Ιωαννίνων"]), ("NAME", ["Ευαγγελία", "Τσιρίγου"]), ("DATE", ["12/07/1950"]),
      ("NAME", ["Παναγιώτης", "Ζαχαρίου"]), ("EMAIL", ["e.tsirigou@yahoo.gr"])],
     ["πνευμονία κοινότητας", "CRP 186 mg/L", "Αμοξικιλλίνη/κλαβουλανικό 1 g x2"]),
    ("出院小结：患者刘桂兰，女，76岁，住院号ZY20240318。诊断：2型糖尿病，糖尿病肾病，糖化血红蛋白9.2%。"
     "出院带药：胰岛素甘精注射液12单位睡前。联系人：儿子周文斌，手机15921876543。现住址：杭州市西湖区文三路259号。",
     [("NAME", ["刘桂兰"]), ("MRN", ["ZY20240318"]), ("NAME", ["周文斌"]), ("PHONE", ["15921876543"]),
      ("LOCATION", ["西湖区"]), ("ADDRESS", ["文三路259号"])],
     ["2型糖尿病", "糖尿病肾病", "糖化血红蛋白9.2%", "胰岛素甘精注射液12单位睡前"]),
    ("急诊记录：男，58岁，姓名黄志伟，突发右侧肢体无力3小时。NIHSS评分8分。由妻子吴美玲陪同从成都市武侯区送来。"
     "头颅CT未见出血，予阿替普酶静脉溶栓。病案号：0887213。",
     [("NAME", ["黄志伟"]), ("NAME", ["吴美玲"]), ("LOCATION", ["武侯区"]), ("MRN", ["0887213"])],
     ["右侧肢体无力3小时", "NIHSS评分8分", "头颅CT未见出血", "阿替普酶静脉溶栓"]),
    ("NZ GP note. Tama Ngata, 48, NHI ZAC4521. Gout, urate 0.62 mmol/L, allopurinol titrating to 300 mg. "
     "Colchicine 0.5 mg for flares. Whānau: wife Aroha, son Wiremu. Lives in Rotorua, works at the mill "
     "in Kawerau. Ph 027 384 1190.",
     [("NAME", ["Tama", "Ngata"]), ("ID", ["ZAC4521"]), ("NAME", ["Aroha"]), ("NAME", ["Wiremu"]),
      ("LOCATION", ["Rotorua"]), ("LOCATION", ["Kawerau"]), ("PHONE", ["027 384 1190"])],
     ["Gout", "urate 0.62 mmol/L", "allopurinol titrating to 300 mg", "Colchicine 0.5 mg"]),
    ("Perth. Bree Kowalski-Nguyen, 30, presented to Fiona Stanley Hospital with a DVT after a long-haul "
     "flight. Enoxaparin 1.5 mg/kg daily then rivaroxaban 15 mg BD for 21 days. Lives at 4/22 Marine Pde, "
     "Cottesloe WA 6011. Mobile 0438 902 117.",
     [("LOCATION", ["Perth"]), ("NAME", ["Bree", "Kowalski-Nguyen"]), ("HOSPITAL", ["Fiona Stanley"]),
      ("ADDRESS", ["22 Marine Pde"]), ("LOCATION", ["Cottesloe"]), ("POSTCODE", ["6011"]),
      ("PHONE", ["0438 902 117"])],
     ["DVT", "long-haul flight", "Enoxaparin 1.5 mg/kg daily", "rivaroxaban 15 mg BD for 21 days"]),
    ("Occupational asthma review. PEF variability 28%. Works as a baker at Warburtons, Bolton. Salbutamol "
     "PRN and Clenil 200 micrograms BD. Patient: Mr Kenneth Baker. Employer contact Denise Holt, "
     "dholt@warburtons.co.uk. Spirometry on 2024/02/19.",
     [("LOCATION", ["Bolton"]), ("NAME", ["Kenneth", "Baker"]), ("NAME", ["Denise", "Holt"]),
      ("EMAIL", ["dholt@warburtons.co.uk"]), ("DATE", ["2024/02/19"])],
     ["Occupational asthma", "PEF variability 28%", "Salbutamol PRN", "Clenil 200 micrograms BD", "Spirometry"]),
    ("Pt: Dolores Whitaker-Stone  Age: 94  Sex: F\nRoom 312, Sunrise of Fairfax. Hospice referral: end-stage "
     "CHF, EF 15%, NYHA class IV. Torsemide 40 mg BID. POA: grandson Trevor Stone, 703-555-0121, "
     "tstone@verizon.net. Attending: Dr. Harold Mbeki.",
     [("NAME", ["Dolores", "Whitaker-Stone"]), ("AGE", ["Age: 94"]), ("HOSPITAL", ["Sunrise of Fairfax"]),
      ("NAME", ["Trevor"]), ("PHONE", ["703-555-0121"]), ("EMAIL", ["tstone@verizon.net"]),
      ("NAME", ["Harold", "Mbeki"])],
     ["end-stage CHF", "EF 15%", "NYHA class IV", "Torsemide 40 mg BID", "Hospice referral"]),
    ("Dermatology. Melanoma left calf, Breslow 2.1 mm, Clark level IV. Wide local excision and sentinel "
     "node biopsy at the Royal Marsden. Patient Jasper Quilliam, 42, surfer from Newquay. Photos uploaded "
     "to https://derm-share.nhs.net/case/JQ-55102. Partner Mia.",
     [("HOSPITAL", ["Royal Marsden"]), ("NAME", ["Jasper", "Quilliam"]), ("LOCATION", ["Newquay"]),
      ("URL", ["https://derm-share.nhs.net/case/JQ-55102"]), ("NAME", ["Mia"])],
     ["Melanoma left calf", "Breslow 2.1 mm", "Clark level IV", "Wide local excision", "sentinel node biopsy"]),
    ("IT incident: lab interface 10.22.4.188 sent the potassium result (K 7.2) for the wrong patient. "
     "Correct patient: Oluwaseun Adebayo, MRN 3381029. Wrong patient: Graham Pettigrew, MRN 3381092. "
     "Reported by biomedical scientist Ffion Rees. Hyperkalaemia protocol started; ECG peaked T waves.",
     [("IP", ["10.22.4.188"]), ("NAME", ["Oluwaseun", "Adebayo"]), ("MRN", ["3381029"]),
      ("NAME", ["Graham", "Pettigrew"]), ("MRN", ["3381092"]), ("NAME", ["Ffion", "Rees"])],
     ["K 7.2", "Hyperkalaemia protocol", "peaked T waves"]),
    ("Antenatal booking. Sunita Rajapaksa, 31, from Colombo, now living in Harrow with husband Dilan. "
     "BMI 27, booking bloods: Hb 118, rubella immune, HIV negative. Down syndrome screening accepted. "
     "Folic acid 400 micrograms. NHS no. 401 223 9087. EDD 30/09/2024.",
     [("NAME", ["Sunita", "Rajapaksa"]), ("LOCATION", ["Colombo"]), ("LOCATION", ["Harrow"]),
      ("NAME", ["Dilan"]), ("ID", ["401 223 9087"]), ("DATE", ["30/09/2024"])],
     ["Hb 118", "rubella immune", "HIV negative", "Down syndrome screening", "Folic acid 400 micrograms"]),
    ("Falls clinic. Tinetti score 14/28. Postural drop 25 mmHg. Doxazosin stopped. Mrs Constance Iredale, "
     "89, and her friend Marigold from the same sheltered housing, Beech Court, Skipton. "
     "Telecare pendant ID TC-449201.",
     [("NAME", ["Constance", "Iredale"]), ("NAME", ["Marigold"]), ("HOSPITAL", ["Beech Court"]),
      ("LOCATION", ["Skipton"]), ("SERIAL", ["TC-449201"])],
     ["Tinetti score 14/28", "Postural drop 25 mmHg", "Doxazosin stopped"]),
    ("Endocrine. Conn's syndrome: aldosterone/renin ratio 95, potassium 3.1. Spironolactone 50 mg. "
     "Adrenal vein sampling at Barts. Mr Cyrus Pemberton-Okafor, 50, was referred by Dr Lindqvist. "
     "He lives on Cranbrook Avenue and uses WhatsApp +44 7521 880 614.",
     [("HOSPITAL", ["Barts"]), ("NAME", ["Cyrus", "Pemberton-Okafor"]), ("NAME", ["Lindqvist"]),
      ("ADDRESS", ["Cranbrook Avenue"]), ("PHONE", ["+44 7521 880 614"])],
     ["Conn's syndrome", "aldosterone/renin ratio 95", "potassium 3.1", "Spironolactone 50 mg",
      "Adrenal vein sampling"]),
    ("Ward round, 9/12/23: Stanley remains drowsy. Ammonia 92 umol/L, hepatic encephalopathy grade 2. "
     "Lactulose 20 ml QDS, rifaximin 550 mg BD. Child-Pugh C. Stanley Hargreaves' sister Edna visits from "
     "Morecambe.",
     [("DATE", ["9/12/23"]), ("NAME", ["Stanley", "Hargreaves"]), ("NAME", ["Edna"]), ("LOCATION", ["Morecambe"])],
     ["Ammonia 92 umol/L", "hepatic encephalopathy grade 2", "Lactulose 20 ml QDS", "rifaximin 550 mg BD",
      "Child-Pugh C"]),
    ("Discharge summary, St Mungo's Ward. Patient: Archibald (Archie) Lennox-Boyd. CHI: 2702481187. "
     "Admitted via Crosshouse A&E on 27/11/2023 with an upper GI bleed; Glasgow-Blatchford score 12. "
     "OGD: Forrest IIa ulcer, clipped. IV pantoprazole 80 mg then 8 mg/h. Lives at 61 Portland Road, "
     "Kilmarnock KA1 2DJ with partner Elspeth. GP: Dr Tobias Renwick.",
     [("NAME", ["Archibald", "Archie", "Lennox-Boyd"]), ("ID", ["2702481187"]), ("HOSPITAL", ["Crosshouse"]),
      ("DATE", ["27/11/2023"]), ("ADDRESS", ["61 Portland Road"]), ("LOCATION", ["Kilmarnock"]),
      ("POSTCODE", ["KA1 2DJ"]), ("NAME", ["Elspeth"]), ("NAME", ["Tobias", "Renwick"])],
     ["upper GI bleed", "Glasgow-Blatchford score 12", "Forrest IIa ulcer", "IV pantoprazole 80 mg",
      "8 mg/h"]),
    ("Paeds asthma. Jayden Okonjo-Price, 7, second admission this winter. Salbutamol back-to-back, "
     "magnesium sulphate 40 mg/kg IV. PEFR 45% of best. Mum Shanice says he's at Millbrook Primary, "
     "Swindon. Her number: 07311 928 446. Social media: @shanice_okp.",
     [("NAME", ["Jayden", "Okonjo-Price"]), ("NAME", ["Shanice"]), ("LOCATION", ["Millbrook Primary"]),
      ("LOCATION", ["Swindon"]), ("PHONE", ["07311 928 446"]), ("HANDLE", ["shanice_okp"])],
     ["Salbutamol back-to-back", "magnesium sulphate 40 mg/kg IV", "PEFR 45% of best"]),
    ("Urology. Frank haematuria, clots. Cystoscopy: papillary bladder tumour 3 cm. TURBT booked. "
     "Smoker 40 pack-years. Mr Winston Clarke-Ogunbiyi, 66, lives in Brixton; sister Hyacinth is NOK, "
     "tel 020 7274 6612. Booked under Mr Dimitri Alexandrou.",
     [("NAME", ["Winston", "Clarke-Ogunbiyi"]), ("LOCATION", ["Brixton"]), ("NAME", ["Hyacinth"]),
      ("PHONE", ["020 7274 6612"]), ("NAME", ["Dimitri", "Alexandrou"])],
     ["Frank haematuria", "papillary bladder tumour 3 cm", "TURBT booked", "40 pack-years", "Cystoscopy"]),
]
