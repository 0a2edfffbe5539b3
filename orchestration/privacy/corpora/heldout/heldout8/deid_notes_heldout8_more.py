"""The second part of the eighth HELD-OUT note set (:mod:`deid_notes_heldout8`, whose docstring says how it was
written and how to use it), kept in its own file only for length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("ED PROVIDER NOTE - Pottstown Hospital, 03/02/2025 04:12\nPt: Kazimierz Wojcikowski-Brandt, 58M, MRN "
     "7730-1142-9, SSN 211-48-4471. Brought by EMS from his home at 318 Keim St, Pottstown PA 19464. Crushing "
     "substernal CP x 40 min, diaphoretic. ECG: STE II, III, aVF with reciprocal changes - inferior STEMI. Cath lab "
     "activated 04:19, ASA 324 mg chewed, heparin bolus. Killip I. Wife Jadwiga at bedside, cell (610) 555-0187. "
     "Works as a machinist at Flagg Brass Works. PCP Dr. Lemuel Aldred-Mbeki. Mark placed on R radial for access. - "
     "Octavia Lindqvist-Osei, DO",
     [("HOSPITAL", ["Pottstown Hospital"]), ("DATE", ["03/02/2025"]), ("NAME", ["Kazimierz", "Wojcikowski-Brandt"]),
      ("MRN", ["7730-1142-9"]), ("ID", ["211-48-4471"]), ("ADDRESS", ["318 Keim St"]), ("LOCATION", ["Pottstown"]),
      ("POSTCODE", ["19464"]), ("NAME", ["Jadwiga"]), ("PHONE", ["(610) 555-0187"]),
      ("LOCATION", ["Flagg Brass Works"]), ("NAME", ["Lemuel", "Aldred-Mbeki"]),
      ("NAME", ["Octavia", "Lindqvist-Osei"])],
     ["STE II, III, aVF with reciprocal changes", "inferior STEMI", "ASA 324 mg chewed", "Killip I",
      "Mark placed on R radial for access"]),
    ("Nursing handover 07:30, Ward 12 (Care of the Elderly), Hexham General\nBay 2 bed 4 - Mrs Nancy-Ellen "
     "Tulloch-Harbottle, DOB 11.04.1929 (95), NHS 599 925 9673, hosp no RF0442718. Admitted from Sele Court Care "
     "Home, Hexham, with delirium ?UTI. Overnight: pulled out cannula x1, restless until dawn, settled once the HCA "
     "sat with her and played her Vera Lynn. Intake poor, fluid chart started. Sacrum grade 1, repositioning 2-hrly. "
     "Niece Dorcas Fenwick-Lowes is NOK: 01434 608 215 or mob 07911 448 032. Parkinson's meds (Madopar 62.5) must be "
     "on time - alarm set. Dr Ilse Vanderkolk (FY2) to review bloods.",
     [("HOSPITAL", ["Hexham General"]), ("NAME", ["Nancy-Ellen", "Tulloch-Harbottle"]),
      ("DOB90", ["11.04.1929", "1929"]), ("AGE", ["(95)"]), ("ID", ["599 925 9673"]), ("MRN", ["RF0442718"]),
      ("HOSPITAL", ["Sele Court Care Home"]), ("LOCATION", ["Hexham"]), ("NAME", ["Dorcas", "Fenwick-Lowes"]),
      ("PHONE", ["01434 608 215"]), ("PHONE", ["07911 448 032"]), ("NAME", ["Ilse", "Vanderkolk"])],
     ["delirium ?UTI", "pulled out cannula x1", "restless until dawn", "Sacrum grade 1, repositioning 2-hrly",
      "Parkinson's meds (Madopar 62.5) must be on time"]),
    ("Dear Dr Quenby,\nRe: Candace Oyelaran-Skeete, DOB 14/09/1977, NHS 573 555 6304\nFlat 3, 41 Tredworth Road, "
     "Gloucester GL1 4QU\nThank you for referring this 47-year-old teaching assistant at Linden Primary School whom I "
     "saw in the Endocrine clinic at Gloucestershire Royal today. She has weight loss, tremor, heat intolerance and a "
     "smooth goitre with bruit; eyes show lid lag and mild proptosis. TSH <0.01, fT4 48. TRAb positive - Graves' "
     "disease with mild Graves orbitopathy. I have started carbimazole 30 mg od with propranolol 40 mg tds, and "
     "warned her about agranulocytosis (sore throat = urgent FBC). She is a smoker; I strongly advised stopping for "
     "her eyes. Review 6 weeks.\nYours sincerely\nDr Auberon Tregenza-Hales\nConsultant Endocrinologist\ncc: Ms "
     "Oyelaran-Skeete; Dr Úna Quenby, Severnvale Surgery",
     [("NAME", ["Quenby"]), ("NAME", ["Candace", "Oyelaran-Skeete"]), ("DATE", ["14/09/1977"]),
      ("ID", ["573 555 6304"]), ("ADDRESS", ["Flat 3, 41 Tredworth Road"]), ("LOCATION", ["Gloucester"]),
      ("POSTCODE", ["GL1 4QU"]), ("LOCATION", ["Linden Primary School"]), ("HOSPITAL", ["Gloucestershire Royal"]),
      ("NAME", ["Auberon", "Tregenza-Hales"]), ("NAME", ["Úna"]), ("HOSPITAL", ["Severnvale Surgery"])],
     ["smooth goitre with bruit", "TRAb positive - Graves' disease", "mild Graves orbitopathy",
      "carbimazole 30 mg od with propranolol 40 mg tds", "sore throat = urgent FBC"]),
    ("TELEPHONE MESSAGE 14:05 taken by reception (Tiffani)\nCaller: Mr Godfrey Prendergast-Vail re his mother Mavis "
     "Prendergast-Vail (DOB 2/2/1931). Says she had a fall at home last night, 7 Mill Lane, Little Snoring, no head "
     "injury, managed to get up. Now 'a bit muddled'. Wants a home visit. Call back on 01328 878 441 or his work line "
     "020 7946 0312 ext 204. He will be at the house after 4. Message passed to Dr Ellerbeck (duty doc).",
     [("NAME", ["Tiffani"]), ("NAME", ["Godfrey", "Prendergast-Vail"]), ("NAME", ["Mavis"]),
      ("DOB90", ["2/2/1931", "1931"]), ("ADDRESS", ["7 Mill Lane"]), ("LOCATION", ["Little Snoring"]),
      ("PHONE", ["01328 878 441"]), ("PHONE", ["020 7946 0312"]), ("NAME", ["Ellerbeck"])],
     ["fall at home last night", "no head injury", "a bit muddled", "home visit"]),
    ("RADIOLOGY REQUEST - CT abdomen/pelvis with contrast\nPatient: Evaristo Canizares-Whitby  MRN: 10094837  DOB: "
     "07/19/1966\nLocation: St. Elizabeth Edgewood, 5 North\nClinical: RLQ pain 2 days, migrating from periumbilical, "
     "WBC 15.2, Alvarado 8. Prior Crohn's disease? (pt unsure, had 'colitis' workup at Christ Hospital in 2009). eGFR "
     "74, no contrast allergy. Query appendicitis vs terminal ileitis.\nRequested by: Dr. Leocadia Feeney-Oduya, "
     "pager 4471, callback 859-301-5526\nInsurance: Anthem BCBS member ID XQB884410273, group 0041162",
     [("NAME", ["Evaristo", "Canizares-Whitby"]), ("MRN", ["10094837"]), ("DATE", ["07/19/1966"]),
      ("HOSPITAL", ["St. Elizabeth Edgewood"]), ("HOSPITAL", ["Christ Hospital"]), ("DATE", ["2009"]),
      ("NAME", ["Leocadia", "Feeney-Oduya"]), ("CODE", ["4471"]), ("PHONE", ["859-301-5526"]),
      ("ID", ["XQB884410273"]), ("ID", ["0041162"])],
     ["RLQ pain 2 days, migrating from periumbilical", "Alvarado 8", "Crohn's disease",
      "Query appendicitis vs terminal ileitis", "no contrast allergy"]),
    ("Social work note - Wagga Wagga Base Hospital, 21/01/2025\nMet with Mrs Ivy-Maude Kernaghan (81), URN 40718833, "
     "Medicare 2757 80319 7, re discharge planning. Lives alone on a property off Tarcutta Road, RMB 1422, Ladysmith "
     "NSW 2652; nearest neighbour 3 km. Husband Hereward died 2019. Daughter Kylie-Jo lives in Albury (0419 356 772), "
     "son Braxton works FIFO out of Kalgoorlie, contactable by email braxton.kernaghan@westnet.com.au. Has a My Aged "
     "Care referral (ID 1-8802194415) pending. Agreed to trial respite at Mercy Place Temora. Will follow up. - "
     "Phoebe Galbally-Ng, Social Worker, ext 6614",
     [("HOSPITAL", ["Wagga Wagga Base Hospital"]), ("DATE", ["21/01/2025"]), ("NAME", ["Ivy-Maude", "Kernaghan"]),
      ("MRN", ["40718833"]), ("ID", ["2757 80319 7"]), ("ADDRESS", ["Tarcutta Road, RMB 1422"]),
      ("LOCATION", ["Ladysmith"]), ("POSTCODE", ["2652"]), ("NAME", ["Hereward"]), ("DATE", ["2019"]),
      ("NAME", ["Kylie-Jo"]), ("LOCATION", ["Albury"]), ("PHONE", ["0419 356 772"]), ("NAME", ["Braxton"]),
      ("LOCATION", ["Kalgoorlie"]), ("EMAIL", ["braxton.kernaghan@westnet.com.au"]), ("ID", ["1-8802194415"]),
      ("HOSPITAL", ["Mercy Place Temora"]), ("NAME", ["Phoebe", "Galbally-Ng"]), ("CODE", ["6614"])],
     ["discharge planning", "My Aged Care referral", "trial respite"]),
    ("pt seen in clinic today . new paragraph . mrs dymphna o'dwyer-ruane date of birth twelfth of march nineteen "
     "fifty four comma hospital number K as in kilo 2281904 full stop . she presents with a six month history of "
     "progressive dysphagia to solids comma heartburn and regurgitation full stop . oesophagogastroduodenoscopy at "
     "cavan general showed barrett's oesophagus prague C4M6 with no visible lesion full stop . biopsies showed "
     "intestinal metaplasia without dysplasia full stop . plan high dose PPI comma surveillance in two to three years "
     "per BSG guidelines full stop . she lives at number nine the orchard comma bailieborough comma county cavan "
     "comma eircode A82 F3K7 full stop . dictated by dr máire mcgettigan not proofread",
     [("NAME", ["dymphna", "o'dwyer-ruane"]), ("DATE", ["twelfth of march nineteen fifty four"]),
      ("MRN", ["K as in kilo 2281904"]), ("HOSPITAL", ["cavan general"]), ("ADDRESS", ["number nine the orchard"]),
      ("LOCATION", ["bailieborough"]), ("LOCATION", ["county cavan"]), ("POSTCODE", ["A82 F3K7"]),
      ("NAME", ["máire", "mcgettigan"])],
     ["progressive dysphagia to solids", "barrett's oesophagus prague C4M6", "intestinal metaplasia without dysplasia",
      "high dose PPI", "BSG guidelines"]),
    ("Admission clerking - EKSUTH (Ekiti State University Teaching Hospital), Ado-Ekiti\nName: Mrs Motunrayo "
     "Adebimpe-Olaniyan, 52F, Hosp No. EKSUTH/24/088315. Address: 14 Ajilosun Street, off Iyin Road, Ado-Ekiti. Phone "
     "0803 447 2190; husband Engr. Tokunbo Olaniyan 0812 660 3418.\nPC: polyuria, polydipsia x 3/12, blurred vision, "
     "foot ulcer R hallux x 2/52. RBS 24.6 mmol/L, HbA1c 11.2%. Wagner grade 2 ulcer, pedal pulses palpable. Ass: "
     "uncontrolled T2DM with diabetic foot ulcer. Plan: basal-bolus insulin, wound swab, X-ray R foot, offloading. "
     "NHIS no. HMO/AXA/22819045. Clerked by Dr Oluwaseyi Bamgbose (HO).",
     [("HOSPITAL", ["EKSUTH", "Ekiti State University Teaching Hospital"]), ("LOCATION", ["Ado-Ekiti"]),
      ("NAME", ["Motunrayo", "Adebimpe-Olaniyan"]), ("MRN", ["EKSUTH/24/088315"]), ("ADDRESS", ["14 Ajilosun Street"]),
      ("ADDRESS", ["Iyin Road"]), ("PHONE", ["0803 447 2190"]), ("NAME", ["Tokunbo", "Olaniyan"]),
      ("PHONE", ["0812 660 3418"]), ("ID", ["HMO/AXA/22819045"]), ("NAME", ["Oluwaseyi", "Bamgbose"])],
     ["polyuria, polydipsia x 3/12", "foot ulcer R hallux", "HbA1c 11.2%", "Wagner grade 2 ulcer",
      "uncontrolled T2DM with diabetic foot ulcer", "basal-bolus insulin"]),
    ("Ο ασθενής Παντελεήμων Καραγιαννόπουλος, 67 ετών, ΑΜΚΑ 07035702310, κάτοικος Οδός Ερμού 18, Ναύπλιο 21100, "
     "προσήλθε στο Γενικό Νοσοκομείο Άργους με αιφνίδια δύσπνοια. Ιστορικό: ΧΑΠ, καπνιστής 40 pack-years. Ακρόαση: "
     "συρίττοντες. Αέρια αίματος: pH 7,31, pCO2 58. Διάγνωση: παρόξυνση ΧΑΠ. Σύζυγος Καλλιόπη, κιν. 697 215 4480. "
     "Θεράπων ιατρός: Δρ. Φωτεινή Λιβανίου.",
     [("NAME", ["Παντελεήμων", "Καραγιαννόπουλος"]), ("ID", ["07035702310"]), ("ADDRESS", ["Οδός Ερμού 18"]),
      ("LOCATION", ["Ναύπλιο"]), ("POSTCODE", ["21100"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Άργους"]),
      ("NAME", ["Καλλιόπη"]), ("PHONE", ["697 215 4480"]), ("NAME", ["Φωτεινή", "Λιβανίου"])],
     ["αιφνίδια δύσπνοια", "καπνιστής 40 pack-years", "pH 7,31, pCO2 58", "παρόξυνση ΧΑΠ"]),
    ("患者：钱慧琴，女，77岁，身份证号330681194703126431。住址：浙江省诸暨市暨阳街道望云路36号3单元。因“反复胸闷气短2年，加重3天”入住诸暨市人民医院心内科。既往高血压病史20年，服用氨氯地平。"
     "查体：双下肢凹陷性水肿，BNP 2860 pg/ml，心超EF 35%。诊断：慢性心力衰竭急性加重，NYHA III级。联系人：女儿俞晓燕，电话 138 5752 0914。主治医师：何振邦",
     [("NAME", ["钱慧琴"]), ("ID", ["330681194703126431"]), ("LOCATION", ["诸暨市"]), ("ADDRESS", ["暨阳街道望云路36号3单元"]),
      ("HOSPITAL", ["诸暨市人民医院"]), ("NAME", ["俞晓燕"]), ("PHONE", ["138 5752 0914"]), ("NAME", ["何振邦"])],
     ["反复胸闷气短2年，加重3天", "双下肢凹陷性水肿", "心超EF 35%", "慢性心力衰竭急性加重，NYHA III级"]),
    ("GP REFERRAL - urgent suspected cancer (2WW) - Colorectal\nFrom: Dr Aldric Threlkeld, Bridge Street Surgery, 22 "
     "Bridge St, Garstang, Preston PR3 1YB. Tel 01995 602 118 Fax 01995 602 119. Practice code P81714.\nPatient: Mr "
     "Algernon 'Algy' Hothersall, DOB 30-06-1948, NHS 570 387 1042. 4 Pilling Lane, Preesall FY6 0HJ. Home 01253 811 "
     "594.\nChange in bowel habit to looser stools > 6 wks, age > 60, FIT 212 ug/g Hb. Fe deficiency anaemia (Hb 98, "
     "ferritin 9). No PR bleed. Abdo soft, no mass; PR: no palpable lesion. On apixaban for AF. His wife Gwendolen "
     "has dementia and he is her carer - please allow for this with appointment times. Prefers contact via his son "
     "Crispian (crispian.hothersall@btinternet.com, 07718 203 665).",
     [("NAME", ["Aldric", "Threlkeld"]), ("HOSPITAL", ["Bridge Street Surgery"]), ("ADDRESS", ["22 Bridge St"]),
      ("LOCATION", ["Garstang"]), ("LOCATION", ["Preston"]), ("POSTCODE", ["PR3 1YB"]), ("PHONE", ["01995 602 118"]),
      ("PHONE", ["01995 602 119"]), ("ID", ["P81714"]), ("NAME", ["Algernon", "Hothersall"]), ("NAME", ["Algy"]),
      ("DATE", ["30-06-1948"]), ("ID", ["570 387 1042"]), ("ADDRESS", ["4 Pilling Lane"]), ("LOCATION", ["Preesall"]),
      ("POSTCODE", ["FY6 0HJ"]), ("PHONE", ["01253 811 594"]), ("NAME", ["Gwendolen"]), ("NAME", ["Crispian"]),
      ("EMAIL", ["crispian.hothersall@btinternet.com"]), ("PHONE", ["07718 203 665"])],
     ["Change in bowel habit to looser stools > 6 wks", "FIT 212 ug/g Hb", "Fe deficiency anaemia (Hb 98, ferritin 9)",
      "On apixaban for AF"]),
    ("ICU progress note day 6 - Vernon Jubilee Hospital, Vernon\nPt: Radoslaw Kwasniewski, 44M, PHN 9398 259 797 "
     "(BC), MRN VJH00558213. Ascending weakness over 5 days after a GI illness, areflexia, now FVC 14 mL/kg -> "
     "intubated D2. NCS: demyelinating pattern. Dx Guillain-Barre syndrome (AIDP). IVIG 2 g/kg completed. Autonomic "
     "instability overnight (HR 48-140). Campylobacter on stool culture. Partner Renske van Hulzen at bedside, cell "
     "250-555-0193; she asked that his employer (the Tolko mill in Lumby) not be given updates. Intensivist: Dr. "
     "Jotham Nakashima-Brock.",
     [("HOSPITAL", ["Vernon Jubilee Hospital"]), ("LOCATION", ["Vernon"]), ("NAME", ["Radoslaw", "Kwasniewski"]),
      ("ID", ["9398 259 797"]), ("MRN", ["VJH00558213"]), ("NAME", ["Renske", "van Hulzen"]),
      ("PHONE", ["250-555-0193"]), ("LOCATION", ["Tolko mill"]), ("LOCATION", ["Lumby"]),
      ("NAME", ["Jotham", "Nakashima-Brock"])],
     ["Ascending weakness over 5 days", "FVC 14 mL/kg", "Guillain-Barre syndrome (AIDP)", "IVIG 2 g/kg completed",
      "Campylobacter on stool culture"]),
    ("Paeds ED, Starship - 12/12 19:45\n3yo Tamatea Tuilagi-Hemara, NHI NWN1094. Fever day 6, bilat non-purulent "
     "conjunctivitis, strawberry tongue, cracked lips, polymorphous rash, swollen red hands. CRP 142, plt 520, ALT "
     "88. Meets criteria: complete Kawasaki disease. IVIG 2 g/kg + aspirin. Echo: no coronary dilatation (Z +1.1). "
     "Lives with nana Whetu at 5 Tupaki Pl, Mangere East, Auckland 2024. Mum Sina on 021 558 0417; dad Iosefa works "
     "nights at the airport. Kindy: Te Puna Reo o Mangere. Seen by Dr Kiriana Whitcombe-Lemalu and reg Faleolo.",
     [("HOSPITAL", ["Starship"]), ("DATE", ["12/12"]), ("NAME", ["Tamatea", "Tuilagi-Hemara"]), ("ID", ["NWN1094"]),
      ("NAME", ["Whetu"]), ("ADDRESS", ["5 Tupaki Pl"]), ("LOCATION", ["Mangere East"]), ("LOCATION", ["Auckland"]),
      ("POSTCODE", ["2024"]), ("NAME", ["Sina"]), ("PHONE", ["021 558 0417"]), ("NAME", ["Iosefa"]),
      ("LOCATION", ["Te Puna Reo o Mangere"]), ("NAME", ["Kiriana", "Whitcombe-Lemalu"]), ("NAME", ["Faleolo"])],
     ["bilat non-purulent conjunctivitis, strawberry tongue", "complete Kawasaki disease", "IVIG 2 g/kg + aspirin",
      "no coronary dilatation (Z +1.1)"]),
    ("Occupational health - fitness for work review\nEmployee: Ms Palesa Achterberg-Moyo, Staff no. 0048817, forklift "
     "operator, Tesco Distribution Centre Daventry. DOB 05/05/1983. Home: 11 Badby Close, Weedon Bec NN7 4QH. First "
     "seizure 08/11/2024 at work (witnessed by supervisor Obinna). EEG normal, MRI normal. Told she must not drive "
     "and must inform DVLA; driving licence no. ACHTE855053R99KL surrendered voluntarily. Advise no forklift / MHE / "
     "working at height for 6 months seizure-free. Hope to review on 14/05/2025. Dr Yannick Szczepaniak, OH Physician "
     "(GMC 7038812).",
     [("NAME", ["Palesa", "Achterberg-Moyo"]), ("ID", ["0048817"]),
      ("LOCATION", ["Tesco Distribution Centre Daventry"]), ("DATE", ["05/05/1983"]), ("ADDRESS", ["11 Badby Close"]),
      ("LOCATION", ["Weedon Bec"]), ("POSTCODE", ["NN7 4QH"]), ("DATE", ["08/11/2024"]), ("NAME", ["Obinna"]),
      ("LICENCE", ["ACHTE855053R99KL"]), ("DATE", ["14/05/2025"]), ("NAME", ["Yannick", "Szczepaniak"]),
      ("LICENCE", ["GMC 7038812"])],
     ["First seizure", "EEG normal, MRI normal", "must not drive and must inform DVLA",
      "no forklift / MHE / working at height for 6 months seizure-free", "Hope to review"]),
    ("PHARMACY NOTE - Ward 6A\nMedicines reconciliation for Mr Hezekiah Njoku-Ashworth (RM no. 118-20-447). Sources: "
     "patient, GP summary (Dr Zinnia Bhambra, Chapelfield Medical Practice), community pharmacy (Boots, Gaol Hill, "
     "tel 01603 620 188). On lithium (Priadel 800 mg nocte) - level 1.6 on admission with tremor, ataxia and AKI: "
     "lithium toxicity. Lithium held, team aware; recheck 12 h. Also on ramipril and bendroflumethiazide, both likely "
     "contributors - held. Sunny disposition today per nursing. Pharmacist: Horatio Ferreira-Clegg (GPhC 2087415), "
     "bleep 3318.",
     [("NAME", ["Hezekiah", "Njoku-Ashworth"]), ("MRN", ["118-20-447"]), ("NAME", ["Zinnia", "Bhambra"]),
      ("HOSPITAL", ["Chapelfield Medical Practice"]), ("ADDRESS", ["Gaol Hill"]), ("PHONE", ["01603 620 188"]),
      ("NAME", ["Horatio", "Ferreira-Clegg"]), ("LICENCE", ["GPhC 2087415"]), ("CODE", ["3318"])],
     ["Priadel 800 mg nocte", "tremor, ataxia and AKI: lithium toxicity", "ramipril and bendroflumethiazide",
      "Sunny disposition today"]),
    ("शिकायत: रोगी श्रीमती सुशीला देवी रघुवंशी, 63 वर्ष, निवासी मकान नं. 27, गांधी चौक, सीहोर, मध्य प्रदेश 466001, को "
     "जिला अस्पताल सीहोर में तेज़ बुखार और जोड़ों में दर्द के साथ भर्ती किया गया। NS1 पॉज़िटिव - डेंगू बुखार, "
     "प्लेटलेट 38,000। बेटा राजकुमार रघुवंशी, मोबाइल 94253 61870। आधार 4821 7730 6615। डॉ. अनुपमा खंडेलवाल।",
     [("NAME", ["सुशीला", "रघुवंशी"]), ("ADDRESS", ["मकान नं. 27, गांधी चौक"]), ("LOCATION", ["सीहोर"]),
      ("POSTCODE", ["466001"]), ("HOSPITAL", ["जिला अस्पताल सीहोर"]), ("NAME", ["राजकुमार"]),
      ("PHONE", ["94253 61870"]), ("ID", ["4821 7730 6615"]), ("NAME", ["अनुपमा", "खंडेलवाल"])],
     ["तेज़ बुखार और जोड़ों में दर्द", "NS1 पॉज़िटिव - डेंगू बुखार", "प्लेटलेट 38,000"]),
    ("Custody healthcare - Bodmin Custody Suite 02:15\nDP: Piran Pengelly-Rowse, 29, custody ref CR/0571/25. Arrested "
     "for drink driving, vehicle WF68 KZT. Known T1DM on Novorapid/Tresiba, CGM Libre 2 sensor (serial 3MH00A4KT92). "
     "CBG 3.1 -> Lucozade 200 ml, recheck 5.8. Not fit to be interviewed until 07:00. No injuries. Mother in St "
     "Mabyn, 01208 841 667, informed by custody sgt. Recorded by HCP Jowan Pascoe-Nance (NMC 98H0442E).",
     [("HOSPITAL", ["Bodmin Custody Suite"]), ("NAME", ["Piran", "Pengelly-Rowse"]), ("ID", ["CR/0571/25"]),
      ("PLATE", ["WF68 KZT"]), ("SERIAL", ["3MH00A4KT92"]), ("LOCATION", ["St Mabyn"]), ("PHONE", ["01208 841 667"]),
      ("NAME", ["Jowan", "Pascoe-Nance"]), ("LICENCE", ["NMC 98H0442E"])],
     ["T1DM on Novorapid/Tresiba", "CGM Libre 2 sensor", "CBG 3.1 -> Lucozade 200 ml", "Not fit to be interviewed"]),
    ("Discharge summary - Kalgoorlie Health Campus\nName: Mr Clement Yarran-Doolan  UR 0391177  DOB "
     "19.02.1970\nAdmitted 02/02/25, discharged 09/02/25. Dx: melioidosis (Burkholderia pseudomallei bacteraemia) "
     "with R upper lobe consolidation; diabetes newly diagnosed (HbA1c 10.4). Had been working on a station near "
     "Leonora after the wet. Meropenem 14 days via PICC, then co-trimoxazole eradication 3 months. Follow-up Dr "
     "Briony Straczynski, Ngaanyatjarra Health Service (08 9080 1100). Partner: Kaylee-Ann, 0408 772 516, same "
     "address: 14 Maritana St, Kalgoorlie WA 6430.",
     [("HOSPITAL", ["Kalgoorlie Health Campus"]), ("NAME", ["Clement", "Yarran-Doolan"]), ("MRN", ["0391177"]),
      ("DATE", ["19.02.1970"]), ("DATE", ["02/02/25"]), ("DATE", ["09/02/25"]), ("LOCATION", ["Leonora"]),
      ("NAME", ["Briony", "Straczynski"]), ("HOSPITAL", ["Ngaanyatjarra Health Service"]), ("PHONE", ["08 9080 1100"]),
      ("NAME", ["Kaylee-Ann"]), ("PHONE", ["0408 772 516"]), ("ADDRESS", ["14 Maritana St"]),
      ("LOCATION", ["Kalgoorlie"]), ("POSTCODE", ["6430"])],
     ["melioidosis (Burkholderia pseudomallei bacteraemia)", "R upper lobe consolidation", "HbA1c 10.4",
      "co-trimoxazole eradication 3 months"]),
    ("Home health visit - Visiting Nurse Service\n01/17/2025. Pt Ida Mae Stoltzfus (DOB 08/03/1930, age 94), Medicare "
     "1EG4-TE5-MK73. RR 1 Box 47A, Gap, PA 17527. Lives with grandson Menno and his family. Stage 3 pressure injury L "
     "heel, 2.1 x 1.8 cm, granulating, no odor. Wound vac (KCI serial VAC-881204) functioning. On Lasix 40, weights "
     "stable. Grace said before meal; pt in good spirits. Skilled need continues. Call Menno 717-555-0121 with any "
     "change. RN: Keturah Bontrager.",
     [("DATE", ["01/17/2025"]), ("NAME", ["Ida Mae", "Stoltzfus"]), ("DOB90", ["08/03/1930", "1930"]),
      ("AGE", ["age 94"]), ("ID", ["1EG4-TE5-MK73"]), ("ADDRESS", ["RR 1 Box 47A"]), ("LOCATION", ["Gap"]),
      ("POSTCODE", ["17527"]), ("NAME", ["Menno"]), ("SERIAL", ["VAC-881204"]), ("PHONE", ["717-555-0121"]),
      ("NAME", ["Keturah", "Bontrager"])],
     ["Stage 3 pressure injury L heel", "Wound vac", "Lasix 40", "Grace said before meal"]),
    ("Clinic - Dr George Mukhari Academic Hospital, Neurology OPD\nPt: Mr Lebogang Mthembu-Radebe, ID 6208155320081, "
     "file no. GMA 2290418. 12 Mokgalakwena St, Zone 16, Ga-Rankuwa 0208. Cell 082 447 9160. 62M retired mineworker "
     "with 3 yr resting tremor R hand, bradykinesia, micrographia. Dx idiopathic Parkinson disease, H&Y 2. Started "
     "Sinemet 25/100 tds. Wife Dikeledi accompanies. Medical aid: Bonitas no. 3104478821. Next visit 3 months. Dr "
     "Lerato Fourie-Mahlangu.",
     [("HOSPITAL", ["Dr George Mukhari Academic Hospital"]), ("NAME", ["Lebogang", "Mthembu-Radebe"]),
      ("ID", ["6208155320081"]), ("MRN", ["GMA 2290418"]), ("ADDRESS", ["12 Mokgalakwena St"]),
      ("LOCATION", ["Zone 16"]), ("LOCATION", ["Ga-Rankuwa"]), ("POSTCODE", ["0208"]), ("PHONE", ["082 447 9160"]),
      ("NAME", ["Dikeledi"]), ("ID", ["3104478821"]), ("NAME", ["Lerato", "Fourie-Mahlangu"])],
     ["resting tremor R hand, bradykinesia, micrographia", "idiopathic Parkinson disease, H&Y 2",
      "Sinemet 25/100 tds"]),
    ("Allergy clinic, Bon Secours Hospital Cork - telephone review 05/02/2025\nMs Ailbhe-Rose Twomey-Adebayo, DOB "
     "19/05/1996, MRN C7731048. Peanut and tree-nut anaphylaxis; had a reaction at work (Apple campus, Hollyhill) on "
     "27/01 after a shared cake: urticaria, wheeze, used Epipen 300 x1, BIBA to the Bon Secours, biphasic reaction "
     "not seen. Plan: 2 x adrenaline pens to carry at all times, allergy action plan updated, workplace first-aider "
     "training. May consider oral immunotherapy trial later. Tryptase 6.2 (baseline). She keeps her plan on her phone "
     "and on her blog at ailbhesallergylife.ie/my-plan. Mob 086 204 7715. Eircode T23 YK58. Clinic nurse Bernie.",
     [("HOSPITAL", ["Bon Secours Hospital Cork"]), ("DATE", ["05/02/2025"]),
      ("NAME", ["Ailbhe-Rose", "Twomey-Adebayo"]), ("DATE", ["19/05/1996"]), ("MRN", ["C7731048"]),
      ("LOCATION", ["Apple campus, Hollyhill"]), ("DATE", ["27/01"]), ("HOSPITAL", ["Bon Secours"]),
      ("URL", ["ailbhesallergylife.ie/my-plan"]), ("PHONE", ["086 204 7715"]), ("POSTCODE", ["T23 YK58"]),
      ("NAME", ["Bernie"])],
     ["Peanut and tree-nut anaphylaxis", "urticaria, wheeze, used Epipen 300 x1", "biphasic reaction not seen",
      "May consider oral immunotherapy", "Tryptase 6.2 (baseline)"]),
    ("Remote monitoring alert 04:11 - ICD transmission\nPatient: Cyprian Lasbrey-Nkemelu, MRN 400-2281-7, device "
     "Boston Scientific Resonate EL ICD, serial 112904S, LATITUDE communicator ID LAT-8830127. Event: VT at 210 bpm, "
     "ATP x1 unsuccessful, 41 J shock delivered, converted to SR. Pt contacted at home (1422 Wyndmoor Ct, Lansdale PA "
     "19446; 267-555-0122): felt 'a kick', now well, no syncope. Advised ED visit for K/Mg and review. The home "
     "communicator last synced from 24.101.57.219. EP on call Dr Saoradh Imrie-Castellanos informed; check at "
     "heartrhythm.abingtonhealth.org/latitude/pt/88301 shows prior VT 3 wks ago. Will adjust amiodarone.",
     [("NAME", ["Cyprian", "Lasbrey-Nkemelu"]), ("MRN", ["400-2281-7"]), ("SERIAL", ["112904S"]),
      ("SERIAL", ["LAT-8830127"]), ("ADDRESS", ["1422 Wyndmoor Ct"]), ("LOCATION", ["Lansdale"]),
      ("POSTCODE", ["19446"]), ("PHONE", ["267-555-0122"]), ("IP", ["24.101.57.219"]),
      ("NAME", ["Saoradh", "Imrie-Castellanos"]), ("URL", ["heartrhythm.abingtonhealth.org/latitude/pt/88301"])],
     ["VT at 210 bpm", "ATP x1 unsuccessful, 41 J shock delivered, converted to SR", "Advised ED visit for K/Mg",
      "Will adjust amiodarone"]),
    ("Orthopaedic fracture clinic, Groote Schuur - 13/01/2025\nMr Deon Fortuin-Abrahams, 52, folder GSH 6119480. "
     "Address: 8 Kiewiet Street, Bonteheuwel 7764. Cell +27 82 661 0934. Bus driver (MyCiTi). Fell off a ladder: R "
     "distal radius # dorsally angulated 25 deg, MUA and POP in ED. Today XR: lost position. Plan ORIF volar plate "
     "next list. Medical aid: Discovery KeyCare, member 449 118 2207. Wife Shireen to collect. Seen by Dr Barend "
     "Jonck-Mthiyane (reg) with Prof. Esterhuizen.",
     [("HOSPITAL", ["Groote Schuur"]), ("DATE", ["13/01/2025"]), ("NAME", ["Deon", "Fortuin-Abrahams"]),
      ("MRN", ["GSH 6119480"]), ("ADDRESS", ["8 Kiewiet Street"]), ("LOCATION", ["Bonteheuwel"]),
      ("POSTCODE", ["7764"]), ("PHONE", ["+27 82 661 0934"]), ("LOCATION", ["MyCiTi"]), ("ID", ["449 118 2207"]),
      ("NAME", ["Shireen"]), ("NAME", ["Barend", "Jonck-Mthiyane"]), ("NAME", ["Esterhuizen"])],
     ["R distal radius # dorsally angulated 25 deg", "MUA and POP in ED", "lost position", "ORIF volar plate"]),
]
