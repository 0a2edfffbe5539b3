"""The second part of the eighth HELD-OUT note set (:mod:`deid_notes_heldout8`, whose docstring says how it was
written and how to use it), kept in its own file only for length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.deid_heldout import Note

NOTES: list[Note] = [
    ("ED PROVIDER NOTE - Pottstown Hospital, 03/02/2025 04:12\nPt: Thaddeus Wojcikowski-Brandt, 58M, MRN 7730-1142-9, "
     "SSN 211-48-4471. Brought by EMS from his home at 318 Keim St, Pottstown PA 19464. "
     "Crushing substernal CP x 40 min, diaphoretic. ECG: STE II, III, aVF with reciprocal changes - inferior STEMI. "
     "Cath lab activated 04:19, ASA 324 mg chewed, heparin bolus. Killip I. Wife Bernadette at bedside, cell "
     "(610) 555-0187. Works as a machinist at Flagg Brass Works. PCP Dr. Cornelius Aldred-Mbeki. Mark placed on R "
     "radial for access. - Octavia Lindqvist-Osei, DO",
     [("HOSPITAL", ["Pottstown Hospital"]), ("DATE", ["03/02/2025"]), ("NAME", ["Thaddeus", "Wojcikowski-Brandt"]),
      ("MRN", ["7730-1142-9"]), ("ID", ["211-48-4471"]), ("ADDRESS", ["318 Keim St"]), ("LOCATION", ["Pottstown"]),
      ("POSTCODE", ["19464"]), ("NAME", ["Bernadette"]), ("PHONE", ["(610) 555-0187"]),
      ("LOCATION", ["Flagg Brass Works"]), ("NAME", ["Cornelius", "Aldred-Mbeki"]),
      ("NAME", ["Octavia", "Lindqvist-Osei"])],
     ["STE II, III, aVF with reciprocal changes", "inferior STEMI", "ASA 324 mg chewed", "Killip I",
      "Mark placed on R radial for access"]),
    ("Nursing handover 07:30, Ward 12 (Care of the Elderly), Hexham General\nBay 2 bed 4 - Mrs Winifred Tulloch-Harbottle, "
     "DOB 11.04.1929 (95), NHS 599 925 9673, hosp no RF0442718. Admitted from Sele Court Care Home, Hexham, with "
     "delirium ?UTI. Overnight: pulled out cannula x1, restless until dawn, settled once the HCA sat with her "
     "and played her Vera Lynn. Intake poor, fluid chart started. Sacrum grade 1, repositioning 2-hrly. Niece Morag Fenwick-Lowes "
     "is NOK: 01434 608 215 or mob 07911 448 032. Parkinson's meds (Madopar 62.5) must be on time - alarm set. "
     "Dr Ilse Haverkamp (FY2) to review bloods.",
     [("HOSPITAL", ["Hexham General"]), ("NAME", ["Winifred", "Tulloch-Harbottle"]), ("DOB90", ["11.04.1929", "1929"]),
      ("AGE", ["(95)"]), ("ID", ["599 925 9673"]), ("MRN", ["RF0442718"]), ("HOSPITAL", ["Sele Court Care Home"]),
      ("LOCATION", ["Hexham"]), ("NAME", ["Morag", "Fenwick-Lowes"]), ("PHONE", ["01434 608 215"]),
      ("PHONE", ["07911 448 032"]), ("NAME", ["Ilse", "Haverkamp"])],
     ["delirium ?UTI", "pulled out cannula x1", "restless until dawn",
      "Sacrum grade 1, repositioning 2-hrly", "Parkinson's meds (Madopar 62.5) must be on time"]),
    ("Dear Dr Quenby,\nRe: Perpetua Oyelaran-Skeete, DOB 14/09/1977, NHS 573 555 6304\nFlat 3, 41 Pennywell Road, "
     "Bristol BS5 0TX\nThank you for referring this 47-year-old teaching assistant at Barton Hill Academy whom I saw "
     "in the Endocrine clinic at Southmead today. She has weight loss, tremor, heat intolerance and a smooth goitre "
     "with bruit; eyes show lid lag and mild proptosis. TSH <0.01, fT4 48. TRAb positive - Graves' disease with "
     "mild Graves orbitopathy. I have started carbimazole 30 mg od with propranolol 40 mg tds, and warned her about "
     "agranulocytosis (sore throat = urgent FBC). She is a smoker; I strongly advised stopping for her eyes. "
     "Review 6 weeks.\nYours sincerely\nDr Auberon Tregenza-Hales\nConsultant Endocrinologist\ncc: Ms Oyelaran-Skeete; "
     "Dr Saoirse Quenby, Lawrence Hill Health Centre",
     [("NAME", ["Quenby"]), ("NAME", ["Perpetua", "Oyelaran-Skeete"]), ("DATE", ["14/09/1977"]), ("ID", ["573 555 6304"]),
      ("ADDRESS", ["Flat 3, 41 Pennywell Road"]), ("LOCATION", ["Bristol"]), ("POSTCODE", ["BS5 0TX"]),
      ("LOCATION", ["Barton Hill Academy"]), ("HOSPITAL", ["Southmead"]), ("NAME", ["Auberon", "Tregenza-Hales"]),
      ("NAME", ["Saoirse"]), ("HOSPITAL", ["Lawrence Hill Health Centre"])],
     ["smooth goitre with bruit", "TRAb positive - Graves' disease", "mild Graves orbitopathy",
      "carbimazole 30 mg od with propranolol 40 mg tds", "sore throat = urgent FBC"]),
    ("TELEPHONE MESSAGE 14:05 taken by reception (Jolene)\nCaller: Mr Ossian Prendergast-Vail re his mother Hester "
     "Prendergast-Vail (DOB 2/2/1931). Says she had a fall at home last night, 7 Mill Lane, Little Snoring, no head "
     "injury, managed to get up. Now 'a bit muddled'. Wants a home visit. Call back on 01328 878 441 or his work "
     "line 020 7946 0312 ext 204. He will be at the house after 4. Message passed to Dr Kittredge (duty doc).",
     [("NAME", ["Jolene"]), ("NAME", ["Ossian", "Prendergast-Vail"]), ("NAME", ["Hester"]),
      ("DOB90", ["2/2/1931", "1931"]), ("ADDRESS", ["7 Mill Lane"]), ("LOCATION", ["Little Snoring"]),
      ("PHONE", ["01328 878 441"]), ("PHONE", ["020 7946 0312"]), ("NAME", ["Kittredge"])],
     ["fall at home last night", "no head injury", "a bit muddled", "home visit"]),
    ("RADIOLOGY REQUEST - CT abdomen/pelvis with contrast\nPatient: Aurelio Canizares-Whitby  MRN: 10094837  DOB: "
     "07/19/1966\nLocation: St. Elizabeth Edgewood, 5 North\nClinical: RLQ pain 2 days, migrating from periumbilical, "
     "WBC 15.2, Alvarado 8. Prior Crohn's disease? (pt unsure, had 'colitis' workup at Christ Hospital in 2009). eGFR "
     "74, no contrast allergy. Query appendicitis vs terminal ileitis.\nRequested by: Dr. Marguerite Feeney-Oduya, "
     "pager 4471, callback 859-301-5526\nInsurance: Anthem BCBS member ID XQB884410273, group 0041162",
     [("NAME", ["Aurelio", "Canizares-Whitby"]), ("MRN", ["10094837"]), ("DATE", ["07/19/1966"]),
      ("HOSPITAL", ["St. Elizabeth Edgewood"]), ("HOSPITAL", ["Christ Hospital"]), ("DATE", ["2009"]),
      ("NAME", ["Marguerite", "Feeney-Oduya"]), ("CODE", ["4471"]), ("PHONE", ["859-301-5526"]),
      ("ID", ["XQB884410273"]), ("ID", ["0041162"])],
     ["RLQ pain 2 days, migrating from periumbilical", "Alvarado 8", "Crohn's disease",
      "Query appendicitis vs terminal ileitis", "no contrast allergy"]),
    ("Social work note - Wagga Wagga Base Hospital, 21/01/2025\nMet with Mrs Dulcie Kernaghan (81), URN 40718833, "
     "Medicare 2757 80319 7, re discharge planning. Lives alone on a property off Tarcutta Road, RMB 1422, "
     "Ladysmith NSW 2652; nearest neighbour 3 km. Husband Lionel died 2019. Daughter Tamsin lives in Albury (0419 "
     "356 772), son Brodie works FIFO out of Kalgoorlie, contactable by email brodie.kernaghan@westnet.com.au. "
     "Has a My Aged Care referral (ID 1-8802194415) pending. Agreed to trial respite at Mercy Place Temora. Will "
     "follow up. - Phoebe Galbally-Ng, Social Worker, ext 6614",
     [("HOSPITAL", ["Wagga Wagga Base Hospital"]), ("DATE", ["21/01/2025"]), ("NAME", ["Dulcie", "Kernaghan"]),
      ("MRN", ["40718833"]), ("ID", ["2757 80319 7"]), ("ADDRESS", ["Tarcutta Road, RMB 1422"]),
      ("LOCATION", ["Ladysmith"]), ("POSTCODE", ["2652"]), ("NAME", ["Lionel"]), ("DATE", ["2019"]),
      ("NAME", ["Tamsin"]), ("LOCATION", ["Albury"]), ("PHONE", ["0419 356 772"]), ("NAME", ["Brodie"]),
      ("LOCATION", ["Kalgoorlie"]), ("EMAIL", ["brodie.kernaghan@westnet.com.au"]), ("ID", ["1-8802194415"]),
      ("HOSPITAL", ["Mercy Place Temora"]), ("NAME", ["Phoebe", "Galbally-Ng"]), ("CODE", ["6614"])],
     ["discharge planning", "My Aged Care referral", "trial respite"]),
    ("pt seen in clinic today . new paragraph . mrs philomena o'dwyer-ruane date of birth twelfth of march nineteen "
     "fifty four comma hospital number K as in kilo 2281904 full stop . she presents with a six month history of "
     "progressive dysphagia to solids comma heartburn and regurgitation full stop . oesophagogastroduodenoscopy at "
     "cavan general showed barrett's oesophagus prague C4M6 with no visible lesion full stop . biopsies showed "
     "intestinal metaplasia without dysplasia full stop . plan high dose PPI comma surveillance in two to three "
     "years per BSG guidelines full stop . she lives at number nine the orchard comma bailieborough comma county "
     "cavan comma eircode A82 F3K7 full stop . dictated by dr fionnuala mcgettigan not proofread",
     [("NAME", ["philomena", "o'dwyer-ruane"]), ("DATE", ["twelfth of march nineteen fifty four"]),
      ("MRN", ["K as in kilo 2281904"]), ("HOSPITAL", ["cavan general"]), ("ADDRESS", ["number nine the orchard"]),
      ("LOCATION", ["bailieborough"]), ("LOCATION", ["county cavan"]), ("POSTCODE", ["A82 F3K7"]),
      ("NAME", ["fionnuala", "mcgettigan"])],
     ["progressive dysphagia to solids", "barrett's oesophagus prague C4M6", "intestinal metaplasia without dysplasia",
      "high dose PPI", "BSG guidelines"]),
    ("Admission clerking - LUTH (Lagos University Teaching Hospital), Idi-Araba\nName: Mrs Folasade Adebimpe-Ogunleye, "
     "52F, Hosp No. LUTH/24/088315. Address: 14 Ajao Road, off Adeniyi Jones, Ikeja. Phone 0803 447 2190; husband "
     "Engr. Tokunbo Ogunleye 0812 660 3418.\nPC: polyuria, polydipsia x 3/12, blurred vision, foot ulcer R hallux "
     "x 2/52. RBS 24.6 mmol/L, HbA1c 11.2%. Wagner grade 2 ulcer, pedal pulses palpable. Ass: uncontrolled T2DM "
     "with diabetic foot ulcer. Plan: basal-bolus insulin, wound swab, X-ray R foot, offloading. NHIS no. "
     "HMO/AXA/22819045. Clerked by Dr Ifeoluwa Bamgbose (HO).",
     [("HOSPITAL", ["LUTH", "Lagos University Teaching Hospital"]), ("LOCATION", ["Idi-Araba"]),
      ("NAME", ["Folasade", "Adebimpe-Ogunleye"]), ("MRN", ["LUTH/24/088315"]), ("ADDRESS", ["14 Ajao Road"]),
      ("ADDRESS", ["Adeniyi Jones"]), ("LOCATION", ["Ikeja"]), ("PHONE", ["0803 447 2190"]), ("NAME", ["Tokunbo"]),
      ("PHONE", ["0812 660 3418"]), ("ID", ["HMO/AXA/22819045"]), ("NAME", ["Ifeoluwa", "Bamgbose"])],
     ["polyuria, polydipsia x 3/12", "foot ulcer R hallux", "HbA1c 11.2%", "Wagner grade 2 ulcer",
      "uncontrolled T2DM with diabetic foot ulcer", "basal-bolus insulin"]),
    ("Ο ασθενής Θεμιστοκλής Καραγιαννόπουλος, 67 ετών, ΑΜΚΑ 07035702310, κάτοικος Οδός Ερμού 18, Ναύπλιο 21100, "
     "προσήλθε στο Γενικό Νοσοκομείο Άργους με αιφνίδια δύσπνοια. Ιστορικό: ΧΑΠ, καπνιστής 40 pack-years. Ακρόαση: "
     "συρίττοντες. Αέρια αίματος: pH 7,31, pCO2 58. Διάγνωση: παρόξυνση ΧΑΠ. Σύζυγος Ευανθία, κιν. 697 215 4480. "
     "Θεράπων ιατρός: Δρ. Παναγιώτα Λιβανίου.",
     [("NAME", ["Θεμιστοκλής", "Καραγιαννόπουλος"]), ("ID", ["07035702310"]), ("ADDRESS", ["Οδός Ερμού 18"]),
      ("LOCATION", ["Ναύπλιο"]), ("POSTCODE", ["21100"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Άργους"]),
      ("NAME", ["Ευανθία"]), ("PHONE", ["697 215 4480"]), ("NAME", ["Παναγιώτα", "Λιβανίου"])],
     ["αιφνίδια δύσπνοια", "καπνιστής 40 pack-years", "pH 7,31, pCO2 58", "παρόξυνση ΧΑΠ"]),
    ("患者：钱慧琴，女，77岁，身份证号330681194703126431。住址：浙江省诸暨市暨阳街道望云路36号3单元。"
     "因“反复胸闷气短2年，加重3天”入住诸暨市人民医院心内科。既往高血压病史20年，服用氨氯地平。查体：双下肢凹陷性水肿，"
     "BNP 2860 pg/ml，心超EF 35%。诊断：慢性心力衰竭急性加重，NYHA III级。联系人：女儿俞晓燕，电话 138 5752 0914。"
     "主治医师：何振邦",
     [("NAME", ["钱慧琴"]), ("ID", ["330681194703126431"]), ("LOCATION", ["诸暨市"]),
      ("ADDRESS", ["暨阳街道望云路36号3单元"]), ("HOSPITAL", ["诸暨市人民医院"]), ("NAME", ["俞晓燕"]),
      ("PHONE", ["138 5752 0914"]), ("NAME", ["何振邦"])],
     ["反复胸闷气短2年，加重3天", "双下肢凹陷性水肿", "心超EF 35%", "慢性心力衰竭急性加重，NYHA III级"]),
]
