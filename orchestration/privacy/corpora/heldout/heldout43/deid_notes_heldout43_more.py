"""Notes 12-23 of the forty-third HELD-OUT set (see :mod:`deid_notes_heldout43` for how it was written and what it
holds).

These 12 notes hold 489 planted identifier parts in 418 (kind, parts) entries and 214 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 12, a rheumatic fever secondary prophylaxis register card with an
injection record and nurses' initials (New Zealand, Hawke's Bay: Wairoa and Nūhaka); 14, a haemodialysis unit monthly
multidisciplinary review with a results table (St Kitts and Nevis: Basseterre and Gingerland); 16, a goals of care
designation and medical travel note for a Dene Elder aged 91 (Canada, Northwest Territories: Fort Simpson and Jean Marie
River); 18, a pacemaker follow-up report six weeks after a dual-chamber implant (England, Isle of Wight: Newport and
Freshwater); 20, a maternal emergency referral form for postpartum haemorrhage with the receiving hospital's feedback
slip (Liberia, Bong County: Salala and Gbarnga); 22, a metabolic clinic note for an Amish boy with maple syrup urine
disease and his sister with Crigler-Najjar syndrome (US, Pennsylvania, Lancaster County); 23, a casualty note for
ciguatera fish poisoning (Grenada, Carriacou). In Greek: 13, a histopathology report of a cutaneous melanoma excision
(Lamia, Phthiotis); 19, a paediatric allergy clinic letter after an oral food challenge (Larnaca, Cyprus). In Chinese:
15, an advanced schistosomiasis outpatient record (Jiangxi, Duchang county on Poyang Lake, simplified); 21, a home
medical care visit record for a patient aged 96, with Republic of China calendar dates (Taiwan, Penghu, traditional). In
Ukrainian: 17, an inpatient discharge extract after an open tibial fracture from a chainsaw (Zakarpattia, Mukachevo).
Entries per kind here: NAME 102, LOCATION 70, DATE 69, PHONE 38, HOSPITAL 33, ID 22, ADDRESS 20, LICENCE 12, POSTCODE
11, EMAIL 9, PLATE 9, MRN 8, SERIAL 5, AGE 4, HANDLE 3, DOB90 2, URL 1.
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - New Zealand, Hawke's Bay (Wairoa, Nūhaka, Frasertown): rheumatic fever secondary prophylaxis register card
    ("TE MATAU A MĀUI - RHEUMATIC FEVER SECONDARY PROPHYLAXIS REGISTER\n"
     "Coordinator: Kahungunu House, Queen Street, Wairoa 4108 | ph 06 838 7415 | rfprophylaxis@tematau.health.nz\n\n"
     "Name: Tamati Hohaia-Ruru (\"Tama\")      NHI: KRT5271      DOB: 11/02/2012 (13 y)      M\n"
     "Address: 27 Marine Parade, Wairoa 4108 (stays with Koro Hemi Ruru at Nūhaka on weekends)\n"
     "School: Te Kura o Nūhaka, Year 9 (school nurse Ngaio Pōtae, 027 418 3390)\n"
     "Whānau contact: mum Aroha Hohaia 021 604 7752 (Messenger: aroha.hohaia.77)\n"
     "GP: Dr Crispin Faulknor-Tane, Frasertown Road Medical Centre\n"
     "Cardiologist: Dr Yevgenia Marsh, Te Matau Regional Hospital, Hastings\n\n"
     "DIAGNOSIS (March 2024): acute rheumatic fever, revised Jones criteria 2015 (moderate-risk population): "
     "polyarthritis, carditis, fever 38.9, ASOT 800 IU/mL, anti-DNase B 480 U/mL, CRP 96. Group A Streptococcus "
     "throat swab positive. Carey Coombs murmur at presentation; Sydenham chorea not present.\n"
     "Echo (last 02/09/2025): mild MR, mild AR, WHF 2023 criteria: definite RHD (mild). EF 62%.\n\n"
     "PROPHYLAXIS: Bicillin L-A 1,200,000 units (1.2 MU) deep IM every 28 days, with lignocaine 1% 0.25 mL, "
     "Buzzy device and ice. Planned minimum 10 years or until age 30 (whichever longer). Allergy: nil known.\n\n"
     "INJECTION RECORD\n"
     "Due      | Given    | Site            | Batch     | Where            | Nurse\n"
     "05/06/25 | 05/06/25 | R ventrogluteal | BX4471    | home             | RF\n"
     "03/07/25 | 04/07/25 | L ventrogluteal | BX4471    | school           | NP\n"
     "31/07/25 | 31/07/25 | R ventrogluteal | BX5102    | Nūhaka marae     | RF\n"
     "28/08/25 | 01/09/25 | L ventrogluteal | BX5102    | home (4 d late)  | RF\n"
     "25/09/25 | 25/09/25 | R ventrogluteal | BX5388    | school           | NP\n"
     "23/10/25 | 23/10/25 | L ventrogluteal | BX5388    | home             | RF\n"
     "Next due 20 November - whānau away at tangi in Ruatōria that week, injection arranged at Ngāti Porou "
     "Hauora clinic (fax 06 864 8812).\n"
     "Adherence 2025: 6/6 within 7 days (100%). Dental check booked with Wairoa Community Dental.\n\n"
     "RF = Rangi Fitzherbert, RN (NCNZ 287114); NP = Ngaio Pōtae, RN (school)",
     [("HOSPITAL", ["TE MATAU A MĀUI"]), ("HOSPITAL", ["Kahungunu House"]), ("ADDRESS", ["Queen Street"]),
      ("LOCATION", ["Wairoa"]), ("POSTCODE", ["4108"]), ("PHONE", ["06 838 7415"]),
      ("EMAIL", ["rfprophylaxis@tematau.health.nz"]), ("NAME", ["Tamati", "Hohaia-Ruru"]), ("NAME", ["Tama"]),
      ("ID", ["KRT5271"]), ("DATE", ["11/02/2012"]), ("ADDRESS", ["27 Marine Parade"]), ("NAME", ["Hemi", "Ruru"]),
      ("LOCATION", ["Nūhaka"]), ("HOSPITAL", ["Te Kura o Nūhaka"]), ("NAME", ["Ngaio", "Pōtae"]),
      ("PHONE", ["027 418 3390"]), ("NAME", ["Aroha", "Hohaia"]), ("PHONE", ["021 604 7752"]),
      ("HANDLE", ["aroha.hohaia.77"]), ("NAME", ["Crispin", "Faulknor-Tane"]), ("HOSPITAL", ["Frasertown Road"]),
      ("NAME", ["Yevgenia", "Marsh"]), ("HOSPITAL", ["Te Matau Regional"]), ("LOCATION", ["Hastings"]),
      ("DATE", ["March 2024"]), ("DATE", ["02/09/2025"]), ("DATE", ["05/06/25"]), ("DATE", ["03/07/25"]),
      ("DATE", ["04/07/25"]), ("DATE", ["31/07/25"]), ("DATE", ["28/08/25"]), ("DATE", ["01/09/25"]),
      ("DATE", ["25/09/25"]), ("DATE", ["23/10/25"]), ("NAME", ["RF"]), ("NAME", ["NP"]), ("DATE", ["20 November"]),
      ("LOCATION", ["Ruatōria"]), ("HOSPITAL", ["Ngāti Porou Hauora"]), ("PHONE", ["06 864 8812"]),
      ("HOSPITAL", ["Wairoa Community Dental"]), ("NAME", ["Rangi", "Fitzherbert"]), ("LICENCE", ["287114"])],
     ["acute rheumatic fever", "revised Jones criteria 2015", "polyarthritis", "ASOT 800 IU/mL",
      "anti-DNase B 480 U/mL", "Group A Streptococcus", "Carey Coombs murmur", "Sydenham chorea", "mild MR",
      "WHF 2023 criteria", "definite RHD (mild)", "EF 62%", "Bicillin L-A 1,200,000 units (1.2 MU)",
      "lignocaine 1% 0.25 mL", "Buzzy device", "R ventrogluteal", "6/6 within 7 days (100%)"]),
    # 13 - Greece, Phthiotis (Lamia, Molos, Stylida), in Greek: histopathology report of a cutaneous melanoma excision
    ("ΙΣΤΟΔΙΑΓΝΩΣΤΙΚΗ ΦΘΙΩΤΙΔΑΣ - Εργαστήριο Παθολογικής Ανατομικής\n"
     "Υψηλάντου 31, 351 00 Λαμία | τηλ. 22310 46 927 | histodiag.lamia@otenet.gr\n\n"
     "ΙΣΤΟΛΟΓΙΚΗ ΕΞΕΤΑΣΗ - Αρ. πρωτ. ΙΣΤ 25-3318\n"
     "Ασθενής: Χαράλαμπος Ζυγογιάννης του Αθανασίου, 58 ετών, ΑΜΚΑ 23046701571\n"
     "Διεύθυνση: Παραλία Μώλου, 350 09 Μώλος\n"
     "Παραπέμπουσα ιατρός: Δρ Πηνελόπη Τσιαμούλου, Δερματολόγος, Στυλίδα\n"
     "Λήψη: 03/10/2025 | Παραλαβή: 06/10/2025 | Έκδοση: 14 Οκτωβρίου 2025\n\n"
     "Κλινικές πληροφορίες: μελαχρωματική βλάβη ράχης 11 x 8 mm, ασύμμετρη, ABCDE 4/5, δερματοσκόπηση με ατυπικό "
     "δίκτυο. Ψαράς, έντονη ηλιακή έκθεση. Αδελφός με μελάνωμα (2019).\n\n"
     "Μακροσκοπικά: ατρακτοειδές τεμάχιο δέρματος 32 x 14 x 6 mm με κεντρική μελαχρωματική βλάβη 10 x 7 mm. "
     "Ράμμα στις 12 η ώρα. Όλο το υλικό σε 6 κασέτες (Α1-Α6).\n\n"
     "Μικροσκοπικά - Διάγνωση:\n"
     "Κακόηθες μελάνωμα, επιπολής εξαπλούμενου τύπου, σε κάθετη φάση ανάπτυξης.\n"
     "- Πάχος κατά Breslow: 1,8 mm\n"
     "- Επίπεδο κατά Clark: IV\n"
     "- Εξέλκωση: απούσα\n"
     "- Μιτωτικός δείκτης: 3/mm²\n"
     "- TILs: non-brisk | Αγγειολεμφική διήθηση: όχι | Νευροτροπισμός: όχι | Δορυφορικές εστίες: όχι\n"
     "- Όρια εκτομής: ελεύθερα, πλησιέστερο περιφερικό 4 mm, εν τω βάθει 3,5 mm\n"
     "- Ανοσοϊστοχημεία: SOX10 (+), Melan-A (+), HMB-45 (+ επιφανειακά), Ki-67 ~15%\n"
     "- Σταδιοποίηση: pT2a (AJCC 8η έκδοση)\n\n"
     "Σχόλιο: προτείνεται ευρεία επανεκτομή με όρια 1-2 cm και συζήτηση για βιοψία λεμφαδένα φρουρού. Έλεγχος "
     "μετάλλαξης BRAF V600E κατόπιν αιτήματος. Η περίπτωση συζητήθηκε με τη Δρ Τσιαμούλου τηλεφωνικά στις 14/10, "
     "ώρα 12:10, και δόθηκε αντίγραφο στη σύζυγο Βούλα (Παρασκευή) Ζυγογιάννη.\n\n"
     "Ο Παθολογοανατόμος\n"
     "Αριστείδης Κουτσοκέρας, MD, PhD | ΑΜ ΙΣ Φθιώτιδας 2284\n"
     "Επανέλεγχος ιστοτεμαχίων: Ε.Κ.",
     [("HOSPITAL", ["ΙΣΤΟΔΙΑΓΝΩΣΤΙΚΗ ΦΘΙΩΤΙΔΑΣ"]), ("ADDRESS", ["Υψηλάντου 31"]), ("POSTCODE", ["351 00"]),
      ("LOCATION", ["Λαμία"]), ("PHONE", ["22310 46 927"]), ("EMAIL", ["histodiag.lamia@otenet.gr"]),
      ("ID", ["ΙΣΤ 25-3318"]), ("NAME", ["Χαράλαμπος", "Ζυγογιάννης", "Αθανασίου"]), ("ID", ["23046701571"]),
      ("ADDRESS", ["Παραλία Μώλου"]), ("POSTCODE", ["350 09"]), ("LOCATION", ["Μώλος"]),
      ("NAME", ["Πηνελόπη", "Τσιαμούλου"]), ("LOCATION", ["Στυλίδα"]), ("DATE", ["03/10/2025"]),
      ("DATE", ["06/10/2025"]), ("DATE", ["14 Οκτωβρίου 2025"]), ("DATE", ["14/10"]),
      ("NAME", ["Βούλα", "Παρασκευή", "Ζυγογιάννη"]), ("NAME", ["Αριστείδης", "Κουτσοκέρας"]), ("LICENCE", ["2284"]),
      ("NAME", ["Ε.Κ."])],
     ["μελαχρωματική βλάβη ράχης 11 x 8 mm", "ABCDE 4/5", "Κακόηθες μελάνωμα", "επιπολής εξαπλούμενου τύπου",
      "Πάχος κατά Breslow: 1,8 mm", "Επίπεδο κατά Clark: IV", "Εξέλκωση: απούσα", "Μιτωτικός δείκτης: 3/mm²",
      "TILs: non-brisk", "Όρια εκτομής: ελεύθερα", "SOX10 (+)", "Melan-A (+)", "HMB-45", "Ki-67 ~15%",
      "pT2a (AJCC 8η έκδοση)", "βιοψία λεμφαδένα φρουρού", "BRAF V600E"]),
    # 14 - St Kitts and Nevis (Basseterre; Gingerland, Fig Tree on Nevis): haemodialysis unit monthly review
    ("DR WENDELL BROOKES RENAL CENTRE\n"
     "Pond Road, Basseterre, St Kitts | (869) 465-2274 ext 118 | renal.wbrc@health.gov.kn\n"
     "HAEMODIALYSIS - MONTHLY MULTIDISCIPLINARY REVIEW                       Month: November 2025\n\n"
     "Patient: Elroy Augustine Liburd (\"Bunny\")      Unit no.: HD-0073      DOB: 19/05/1962\n"
     "SS no.: 078413320      Address: Hanley's Road, Fig Tree, Gingerland, Nevis\n"
     "Phone: (869) 469-3382 / cell (869) 662-0917      NOK: sister Merline Liburd-Claxton, Cotton Ground, "
     "(869) 469-7140\n"
     "Schedule: Mon/Wed/Fri, shift 2 (11:00). Crosses on the 07:00 Sea Bridge ferry; driver Vernon Pemberton "
     "(car P 4416) meets him at Major's Bay.\n"
     "Primary renal disease: hypertensive nephrosclerosis / T2DM; HD since 2019.\n\n"
     "ACCESS: L radiocephalic (Brescia-Cimino) AVF created 2019 by Mr Tobias Oduya (visiting surgeon). Good thrill "
     "and bruit, no aneurysm, buttonhole cannulation 15G. Transonic flow 920 mL/min (12/11).\n\n"
     "PRESCRIPTION: 4 h, FX80 dialyser, Qb 350 / Qd 500 mL/min, K 2 / Ca 1.5 dialysate, heparin 2000 IU bolus + "
     "1000 IU/h, dry weight 71.5 kg. Machine: 4008S, serial 2MBA1427 (chair 6).\n\n"
     "RESULTS            Oct 2025    Nov 2025   Target\n"
     "URR                66%         68%        >65%\n"
     "spKt/V             1.24        1.28       >=1.2\n"
     "Hb (g/dL)          9.1         9.6        10-12\n"
     "Ferritin (ug/L)    390         480        200-500\n"
     "TSAT               19%         22%        >20%\n"
     "Phosphate (mmol/L) 2.3         2.1        1.1-1.7\n"
     "Corr. Ca (mmol/L)  2.28        2.31\n"
     "PTH (pmol/L)       58          62         (2-9x ULN)\n"
     "Albumin (g/L)      33          34\n"
     "Mean IDWG 3.2 kg; pre-HD BP 164/88 average.\n\n"
     "PLAN:\n"
     "- Epoetin alfa increase to 6000 IU IV x3/week; iron sucrose 100 mg IV weekly x5.\n"
     "- Calcium carbonate 1250 mg with meals; dietitian (Ms Kadeen Hanley) re: breadfruit and salt fish, cola.\n"
     "- Start cinacalcet 30 mg OD; amlodipine 10 mg on non-HD days.\n"
     "- Hep B: anti-HBs 18 mIU/mL - booster Engerix-B 40 mcg.\n"
     "- Transplant work-up: HLA typing sent to Barbados 21/11/2025; cousin Desmond Liburd volunteering.\n\n"
     "Present: Dr Anya Phipps-Maynard (nephrologist, MC reg. SKN/1147), Sister Doreen Hanley (charge nurse), "
     "K.H. (dietitian), E.L. (patient)",
     [("HOSPITAL", ["WENDELL BROOKES"]), ("ADDRESS", ["Pond Road"]), ("LOCATION", ["Basseterre"]),
      ("LOCATION", ["St Kitts"]),
      ("PHONE", ["(869) 465-2274"]), ("PHONE", ["118"]), ("EMAIL", ["renal.wbrc@health.gov.kn"]),
      ("DATE", ["November 2025"]), ("NAME", ["Elroy", "Augustine", "Liburd"]), ("NAME", ["Bunny"]),
      ("MRN", ["HD-0073"]), ("DATE", ["19/05/1962"]), ("ID", ["078413320"]), ("ADDRESS", ["Hanley's Road"]),
      ("LOCATION", ["Fig Tree"]), ("LOCATION", ["Gingerland"]), ("LOCATION", ["Nevis"]), ("PHONE", ["(869) 469-3382"]),
      ("PHONE", ["(869) 662-0917"]), ("NAME", ["Merline", "Liburd-Claxton"]), ("LOCATION", ["Cotton Ground"]),
      ("PHONE", ["(869) 469-7140"]), ("NAME", ["Vernon", "Pemberton"]), ("PLATE", ["P 4416"]),
      ("LOCATION", ["Major's Bay"]), ("NAME", ["Tobias", "Oduya"]), ("DATE", ["12/11"]), ("SERIAL", ["2MBA1427"]),
      ("DATE", ["Oct 2025"]), ("DATE", ["Nov 2025"]), ("NAME", ["Kadeen", "Hanley"]), ("DATE", ["21/11/2025"]),
      ("NAME", ["Desmond", "Liburd"]), ("NAME", ["Anya", "Phipps-Maynard"]), ("LICENCE", ["SKN/1147"]),
      ("NAME", ["Doreen", "Hanley"]), ("NAME", ["K.H."]), ("NAME", ["E.L."])],
     ["hypertensive nephrosclerosis", "Brescia-Cimino", "AVF", "buttonhole cannulation 15G",
      "Transonic flow 920 mL/min", "FX80 dialyser", "Qb 350 / Qd 500 mL/min", "heparin 2000 IU bolus",
      "dry weight 71.5 kg", "spKt/V", "Mean IDWG 3.2 kg", "Epoetin alfa", "iron sucrose 100 mg IV",
      "Calcium carbonate 1250 mg", "cinacalcet 30 mg OD", "amlodipine 10 mg", "anti-HBs 18 mIU/mL",
      "Engerix-B 40 mcg", "HLA typing"]),
    # 15 - China, Jiangxi (Duchang county on Poyang Lake, Jiujiang), in simplified Chinese: advanced schistosomiasis
    # outpatient record and treatment registration
    ("九江陶渊明纪念医院　血吸虫病专科门诊\n"
     "地址：江西省九江市濂溪区十里大道1066号　电话：0792-8176620　邮箱：xfzk@jjtym-hosp.cn\n\n"
     "门 诊 病 历（晚期血吸虫病救治）\n"
     "就诊日期：2025年10月27日　　门诊号：MZ25102700418　　晚血救治登记号：JX-DC-2025-0093\n"
     "姓名：余水生　　性别：男　　年龄：61岁　　职业：渔民\n"
     "身份证号：360428196403150714　　医保号：36042800150732\n"
     "住址：九江市都昌县周溪镇螺蛳山村五组　　渔船号：赣都昌渔0417\n"
     "陪诊：妻子曹春花（电话 135 7920 4461）；儿子余志强在深圳打工，电话 186 2733 0158\n"
     "转诊单位：都昌县周溪镇卫生院（接诊医生：汪小燕）\n\n"
     "主诉：反复腹胀、乏力2年，黑便1次（3天前）。\n"
     "现病史：自幼在鄱阳湖打鱼，多次疫水接触，20余年前曾查出\"血吸虫病\"，服过吡喹酮。近2年腹胀渐加重，"
     "10月24日解柏油样便1次，量约200 g，无呕血。\n"
     "查体：BP 108/66 mmHg，贫血貌，肝掌（+），蜘蛛痣2枚，腹膨隆，移动性浊音（+），脾肋下4 cm，质硬。\n\n"
     "辅助检查：\n"
     "间接血凝试验（IHA）1:40 阳性；环卵沉淀试验（COPT）环沉率 5%；粪便毛蚴孵化 阴性。\n"
     "Hb 86 g/L，PLT 52×10⁹/L，ALB 29 g/L，TBil 31 μmol/L，INR 1.4。\n"
     "B超：肝实质呈网格状改变（血吸虫性肝纤维化 III 级），门静脉内径 14 mm，脾厚 58 mm，中等量腹水。\n"
     "胃镜（10月25日，本院内镜室）：食管静脉曲张（重度，红色征阳性），门脉高压性胃病。\n"
     "Child-Pugh B 级（8分），MELD 12分。\n\n"
     "诊断：1. 晚期血吸虫病（腹水型）；2. 肝硬化失代偿期，门静脉高压；3. 食管静脉曲张破裂出血（已止）。\n"
     "处理：1. 收入消化内科，择期内镜下套扎（EVL）；2. 普萘洛尔 10 mg bid（心率目标 55-60 次/分）；"
     "3. 螺内酯 40 mg qd + 呋塞米 20 mg qd；4. 腹水控制后吡喹酮 60 mg/kg 分2日服用；5. 按晚血救治项目报销，"
     "登记表已传都昌县血防站（联系人：胡国庆）。\n"
     "健康教育：避免接触湖水，家中钉螺（Oncomelania hupensis）查螺灭螺，日本血吸虫（Schistosoma japonicum）"
     "防护。\n\n"
     "医师：邹丽萍（主任医师）　　签名日期：2025.10.27",
     [("HOSPITAL", ["九江陶渊明纪念医院"]), ("ADDRESS", ["十里大道1066号"]), ("LOCATION", ["九江市濂溪区"]),
      ("PHONE", ["0792-8176620"]), ("EMAIL", ["xfzk@jjtym-hosp.cn"]), ("DATE", ["2025年10月27日"]),
      ("MRN", ["MZ25102700418"]), ("ID", ["JX-DC-2025-0093"]), ("NAME", ["余水生"]), ("ID", ["360428196403150714"]),
      ("ID", ["36042800150732"]), ("LOCATION", ["九江市都昌县"]), ("LOCATION", ["周溪镇"]), ("ADDRESS", ["螺蛳山村五组"]),
      ("PLATE", ["赣都昌渔0417"]), ("NAME", ["曹春花"]), ("PHONE", ["135 7920 4461"]), ("NAME", ["余志强"]),
      ("LOCATION", ["深圳"]), ("PHONE", ["186 2733 0158"]), ("LOCATION", ["都昌县"]), ("NAME", ["汪小燕"]),
      ("DATE", ["10月24日"]), ("DATE", ["10月25日"]), ("NAME", ["胡国庆"]), ("NAME", ["邹丽萍"]),
      ("DATE", ["2025.10.27"])],
     ["反复腹胀、乏力2年", "柏油样便", "肝掌（+）", "移动性浊音（+）", "间接血凝试验（IHA）1:40 阳性",
      "环卵沉淀试验（COPT）环沉率 5%", "Hb 86 g/L", "PLT 52×10⁹/L", "ALB 29 g/L", "血吸虫性肝纤维化 III 级",
      "门静脉内径 14 mm", "食管静脉曲张（重度，红色征阳性）", "Child-Pugh B 级（8分）", "MELD 12分",
      "晚期血吸虫病（腹水型）", "普萘洛尔 10 mg bid", "螺内酯 40 mg qd", "吡喹酮 60 mg/kg", "Oncomelania hupensis",
      "Schistosoma japonicum"]),
    # 16 - Canada, Northwest Territories (Fort Simpson, Jean Marie River, Enterprise): goals of care designation and
    # medical travel note for an Elder aged 91
    ("DEH CHO REGIONAL HEALTH CENTRE - FORT SIMPSON, NT\n"
     "10 Antoine Drive, Fort Simpson NT X0E 0N0 | Ph 867-695-3214 | Fax 867-695-3216\n"
     "GOALS OF CARE DESIGNATION (GCD) AND MEDICAL TRAVEL NOTE\n\n"
     "Patient: Philomène Tetcho      NT HCN: N0418823      Status card reg. no. 7170051503\n"
     "DOB: 12 Mar 1934 (91 yrs)      Chart no. FSH-22107\n"
     "Residence: Marguerite Sabourin Long Term Care, Fort Simpson (since August 2023); home community Jean Marie "
     "River\n"
     "Language: South Slavey; interpreter Mary Jane Norwegian (867-695-4471)\n"
     "Date of note: 2025-11-18 16:40\n\n"
     "Background: 91-year-old Dene Elder, raised on the land; attended residential school at Fort Providence in the "
     "1940s; trapped with her late husband Alphonse until 1999. HFrEF (EF 25%, NYHA IV), CKD 4, moderate dementia "
     "(Mini-Cog 1/5), Clinical Frailty Scale 7. Recurrent admissions to Ptarmigan Territorial Hospital, Yellowknife "
     "(June and September 2025).\n"
     "Now: 3 days of increasing dyspnoea, orthopnoea, poor intake; sacral Kennedy terminal ulcer noted by LPN "
     "Cassidy Bonnetrouge this morning. SpO2 86% on room air, RR 28, crackles to mid-zones. Palliative Performance "
     "Scale 30%. Edmonton Symptom Assessment System: breathlessness 8/10, pain 4/10.\n\n"
     "Family meeting today (in person and by phone): daughter Bernadette Tetcho-Cli (867-695-2298), son Raymond "
     "Tetcho in Enterprise (867-984-3107), grandson \"Junior\" (Hay River). Elder said through the interpreter she "
     "wants to stay in the Deh Cho and not fly south again; she wants to be at the fish camp one more time, as at "
     "Christmas 2019, and to see everyone at Treaty Day.\n\n"
     "GCD: C1 (comfort care, no transfer to Yellowknife unless for symptom control that cannot be given here). "
     "No CPR, no intubation, no BiPAP.\n"
     "Plan: furosemide 40 mg SC BID, hydromorphone 0.5 mg SC q4h PRN for dyspnoea, haloperidol 0.5 mg SC q8h PRN "
     "agitation, glycopyrrolate 0.4 mg SC q4h PRN secretions; O2 2 L/min NP for comfort; repositioning q2h; "
     "pressure-relieving mattress. Father Anselm (Sacred Heart Parish) and Elder's sister Agathe to visit. "
     "If transfer becomes necessary: medevac Nahanni Air 201 (C-GNHX) - not expected.\n\n"
     "Physician: Dr Saoirse Delorme-Whitecalf, CPSNT licence 2016-0448\n"
     "Nurse in charge: Ruben Lafferty, RN (RNANT/NU 7431)",
     [("HOSPITAL", ["DEH CHO"]), ("LOCATION", ["FORT SIMPSON"]), ("ADDRESS", ["10 Antoine Drive"]),
      ("LOCATION", ["Fort Simpson"]), ("POSTCODE", ["X0E 0N0"]), ("PHONE", ["867-695-3214"]),
      ("PHONE", ["867-695-3216"]), ("NAME", ["Philomène", "Tetcho"]), ("ID", ["N0418823"]), ("ID", ["7170051503"]),
      ("DOB90", ["12 Mar 1934"]), ("AGE", ["91 yrs"]), ("MRN", ["FSH-22107"]), ("HOSPITAL", ["Marguerite Sabourin"]),
      ("DATE", ["August 2023"]), ("LOCATION", ["Jean Marie River"]), ("NAME", ["Mary Jane", "Norwegian"]),
      ("PHONE", ["867-695-4471"]), ("DATE", ["2025-11-18"]), ("AGE", ["91-year-old"]),
      ("LOCATION", ["Fort Providence"]),
      ("DATE", ["1940s"]), ("NAME", ["Alphonse"]), ("DATE", ["1999"]), ("HOSPITAL", ["Ptarmigan Territorial"]),
      ("LOCATION", ["Yellowknife"]), ("DATE", ["June"]), ("DATE", ["September 2025"]),
      ("NAME", ["Cassidy", "Bonnetrouge"]), ("NAME", ["Bernadette", "Tetcho-Cli"]), ("PHONE", ["867-695-2298"]),
      ("NAME", ["Raymond", "Tetcho"]), ("LOCATION", ["Enterprise"]), ("PHONE", ["867-984-3107"]), ("NAME", ["Junior"]),
      ("LOCATION", ["Hay River"]), ("LOCATION", ["Deh Cho"]), ("DATE", ["Christmas 2019"]), ("DATE", ["Treaty Day"]),
      ("NAME", ["Anselm"]), ("HOSPITAL", ["Sacred Heart Parish"]), ("NAME", ["Agathe"]), ("PLATE", ["C-GNHX"]),
      ("NAME", ["Saoirse", "Delorme-Whitecalf"]), ("LICENCE", ["2016-0448"]), ("NAME", ["Ruben", "Lafferty"]),
      ("LICENCE", ["7431"])],
     ["HFrEF (EF 25%, NYHA IV)", "CKD 4", "Mini-Cog 1/5", "Clinical Frailty Scale 7", "orthopnoea",
      "Kennedy terminal ulcer", "SpO2 86% on room air", "Palliative Performance Scale 30%",
      "Edmonton Symptom Assessment System", "breathlessness 8/10", "GCD: C1", "No CPR", "furosemide 40 mg SC BID",
      "hydromorphone 0.5 mg SC q4h PRN", "haloperidol 0.5 mg SC q8h PRN", "glycopyrrolate 0.4 mg SC q4h PRN",
      "O2 2 L/min NP"]),
    # 17 - Ukraine, Zakarpattia (Mukachevo, Volovets, Nyzhni Vorota), in Ukrainian: inpatient discharge extract after
    # an open tibial fracture from a chainsaw accident
    ("КНП «МУКАЧІВСЬКА БАГАТОПРОФІЛЬНА ЛІКАРНЯ ІМ. АНДРІЯ НОВАКА» МУКАЧІВСЬКОЇ МІСЬКОЇ РАДИ\n"
     "89600, Закарпатська обл., м. Мукачево, вул. Пушкіна, 22 | тел. (03131) 2-41-86 | travma@mbl-novak.org.ua\n"
     "Травматологічне відділення\n\n"
     "ВИПИСКА ІЗ МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО № 6112 (ф. 027/о)\n"
     "ПІБ: Гайдур Василь Юрійович      Дата народження: 22.04.1979 (46 р.)\n"
     "РНОКПП: 2896604179      Декларація з лікарем ПМД: Кеселиця Ганна Іванівна (АЗПСМ с. Нижні Ворота)\n"
     "Адреса: Закарпатська обл., Мукачівський р-н, с. Нижні Ворота, вул. Лісова, 7\n"
     "Місце роботи: ДП «Свалявське лісове господарство», вальник лісу\n"
     "Перебував на лікуванні з 03.09.2025 по 19.09.2025 (16 ліжко-днів)\n\n"
     "Діагноз заключний: Відкритий уламковий перелом обох кісток лівої гомілки в с/3, тип IIIA за Gustilo-Anderson "
     "(S82.21). Рвано-різана рана 12 х 4 см. Травма виробнича (бензопила), 03.09.2025 близько 10:30 на лісоділянці "
     "біля полонини Кук.\n\n"
     "Анамнез: доставлений бригадою ЕМД (а/м АО 4172 ВМ) через 2 год після травми; першу допомогу (джгут о 10:45) "
     "надав бригадир Вовк Степан. Протиправцевий захист: правцевий анатоксин 0,5 мл.\n"
     "Лікування: 03.09 - ПХО рани, фіксація апаратом Ілізарова; цефазолін 2 г в/в кожні 8 год + гентаміцин 240 мг "
     "в/в 1 р/добу 72 год; VAC-терапія 125 мм рт. ст. 3 сеанси; 12.09 - вторинні шви. Еноксапарин 40 мг п/ш 1 р/добу. "
     "Ознак компартмент-синдрому та ішемічної контрактури Фолькмана не було.\n"
     "Обстеження: Hb 98 г/л (при вступі 131), лейкоцити 11,2 х 10⁹/л, ШОЕ 34 мм/год; посів з рани - "
     "Staphylococcus epidermidis 10³ КУО/мл. Рентген контроль 18.09: стояння уламків задовільне.\n\n"
     "Стан при виписці: задовільний, рана загоюється первинним натягом, біль ВАШ 3/10.\n"
     "Рекомендації: нагляд травматолога за місцем проживання (Воловецька лікарня), перев'язки спиць через день; "
     "ривароксабан 10 мг 1 р/добу 35 днів; ходьба на милицях без навантаження 8 тижнів; контроль 20 жовтня 2025 р. "
     "Лист непрацездатності № 1482-0937-5512-7360 продовжено. Дружина Марічка (тел. +380 50 417 22 93) "
     "забирає власним авто. Зв'язок з лікарем - Telegram @dr_gecha_travma.\n\n"
     "Лікар-травматолог: О. І. Ґеча      Зав. відділенням: М. В. Пайда\n"
     "Старша медсестра: Л.С.",
     [("HOSPITAL", ["МУКАЧІВСЬКА", "АНДРІЯ НОВАКА"]), ("LOCATION", ["МУКАЧІВСЬКОЇ"]), ("POSTCODE", ["89600"]),
      ("LOCATION", ["Мукачево"]), ("ADDRESS", ["вул. Пушкіна, 22"]), ("PHONE", ["(03131) 2-41-86"]),
      ("EMAIL", ["travma@mbl-novak.org.ua"]), ("MRN", ["6112"]), ("NAME", ["Гайдур", "Василь", "Юрійович"]),
      ("DATE", ["22.04.1979"]), ("ID", ["2896604179"]), ("NAME", ["Кеселиця", "Ганна", "Іванівна"]),
      ("LOCATION", ["Нижні Ворота"]), ("LOCATION", ["Мукачівський р-н"]), ("ADDRESS", ["вул. Лісова, 7"]),
      ("LOCATION", ["Свалявське лісове господарство"]), ("DATE", ["03.09.2025"]), ("DATE", ["19.09.2025"]),
      ("LOCATION", ["полонини Кук"]), ("PLATE", ["АО 4172 ВМ"]), ("NAME", ["Вовк", "Степан"]), ("DATE", ["03.09"]),
      ("DATE", ["12.09"]), ("DATE", ["18.09"]), ("HOSPITAL", ["Воловецька"]), ("DATE", ["20 жовтня 2025"]),
      ("ID", ["1482-0937-5512-7360"]), ("NAME", ["Марічка"]), ("PHONE", ["+380 50 417 22 93"]),
      ("HANDLE", ["dr_gecha_travma"]), ("NAME", ["О. І.", "Ґеча"]), ("NAME", ["М. В.", "Пайда"]), ("NAME", ["Л.С."])],
     ["Відкритий уламковий перелом обох кісток лівої гомілки", "тип IIIA за Gustilo-Anderson", "S82.21",
      "правцевий анатоксин 0,5 мл", "ПХО рани", "апаратом Ілізарова", "цефазолін 2 г", "гентаміцин 240 мг",
      "VAC-терапія 125 мм рт. ст.", "Еноксапарин 40 мг", "контрактури Фолькмана", "Hb 98 г/л",
      "ШОЕ 34 мм/год", "Staphylococcus epidermidis 10³ КУО/мл", "ВАШ 3/10", "ривароксабан 10 мг"]),
    # 18 - England, Isle of Wight (Newport, Freshwater, Niton): pacemaker clinic check after dual-chamber implant
    ("ST BONIFACE HOSPITAL - CARDIAC PHYSIOLOGY DEPARTMENT\n"
     "Parkhurst Lane, Newport, Isle of Wight PO30 5TG | Device clinic 01983 552 419 | iow.deviceclinic@nhs.net\n\n"
     "PACEMAKER FOLLOW-UP REPORT - 6-week wound and device check\n"
     "Patient: Mr Ambrose Tiltman      DOB: 30/01/1946      NHS No: 485 127 7369      Hosp No: SBH1184027\n"
     "Address: Brambles, 14 Tennyson Road, Freshwater PO40 9AQ      Tel: 01983 754 206\n"
     "Referring: Dr Odhran Mace, Consultant Cardiologist      GP: Niton & Whitwell Surgery\n"
     "Date of check: 25/09/2025      Implant: 14/08/2025 (Dr Mace)\n\n"
     "Indication: symptomatic 2:1 AV block with Stokes-Adams attack (collapsed at Yarmouth bus station, "
     "12 Aug), on a background of Wenckebach on Holter in June.\n"
     "Device: Medtronic Azure XT DR MRI SureScan, serial RNB612847S\n"
     "Leads: RA CapSureFix Novus 5076-52 cm, serial PJN4471823; RV CapSureFix Novus 5076-58 cm, serial PJN4471907\n\n"
     "Measurements          RA          RV\n"
     "Threshold             0.75 V @ 0.4 ms   0.5 V @ 0.4 ms\n"
     "Sensing               P 2.8 mV    R 11.2 mV\n"
     "Impedance             532 Ω       608 Ω\n"
     "Battery: 9.5 years (OK). Pacing: AP 34%, VP 88%. AHRE burden <0.1%, no VHR episodes.\n"
     "Programmed: DDD 60/130 bpm, paced/sensed AV delay 180/150 ms, MVP off, rate response off.\n\n"
     "Wound: healed, Steri-Strips removed, no haematoma. Left arm movements unrestricted now.\n"
     "Symptoms: no further syncope; walks to the Needles Battery with his wife Ivy.\n"
     "Driving: DVLA Group 1 - may drive (1 week post implant passed); he drives a campervan (HW14 KPD) on the "
     "Wightlink ferry Fishbourne to Portsmouth to visit his son Crispin in Emsworth.\n"
     "Remote monitoring: MyCareLink Smart monitor serial MCS-0627719 paired to his phone; transmissions enrolled.\n\n"
     "Plan: next clinic 6 months (March 2026) or sooner if alerts; MRI conditional - give card (MR conditional "
     "1.5T/3T). Bisoprolol 1.25 mg remains stopped (bradycardia); apixaban not indicated.\n\n"
     "Checked by: CP (Chloe Pardew, Chief Cardiac Physiologist, AHCS reg. 14782)\n"
     "Reviewed: Dr Odhran Mace (GMC 6139902)",
     [("HOSPITAL", ["ST BONIFACE"]), ("ADDRESS", ["Parkhurst Lane"]), ("LOCATION", ["Newport"]),
      ("LOCATION", ["Isle of Wight"]), ("POSTCODE", ["PO30 5TG"]), ("PHONE", ["01983 552 419"]),
      ("EMAIL", ["iow.deviceclinic@nhs.net"]), ("NAME", ["Ambrose", "Tiltman"]), ("DATE", ["30/01/1946"]),
      ("ID", ["485 127 7369"]), ("MRN", ["SBH1184027"]), ("ADDRESS", ["Brambles", "14 Tennyson Road"]),
      ("LOCATION", ["Freshwater"]), ("POSTCODE", ["PO40 9AQ"]), ("PHONE", ["01983 754 206"]),
      ("NAME", ["Odhran", "Mace"]), ("HOSPITAL", ["Niton & Whitwell"]), ("DATE", ["25/09/2025"]),
      ("DATE", ["14/08/2025"]), ("LOCATION", ["Yarmouth"]), ("DATE", ["12 Aug"]), ("SERIAL", ["RNB612847S"]),
      ("SERIAL", ["PJN4471823"]), ("SERIAL", ["PJN4471907"]), ("LOCATION", ["Needles Battery"]), ("NAME", ["Ivy"]),
      ("PLATE", ["HW14 KPD"]), ("LOCATION", ["Fishbourne"]), ("LOCATION", ["Portsmouth"]), ("NAME", ["Crispin"]),
      ("LOCATION", ["Emsworth"]), ("SERIAL", ["MCS-0627719"]), ("DATE", ["March 2026"]), ("NAME", ["CP"]),
      ("NAME", ["Chloe", "Pardew"]), ("LICENCE", ["14782"]), ("LICENCE", ["6139902"])],
     ["2:1 AV block", "Stokes-Adams attack", "Wenckebach", "Holter", "Medtronic Azure XT DR MRI SureScan",
      "CapSureFix Novus 5076-52 cm", "0.75 V @ 0.4 ms", "R 11.2 mV", "532 Ω", "AP 34%, VP 88%", "AHRE burden <0.1%",
      "DDD 60/130 bpm", "AV delay 180/150 ms", "MVP off", "Steri-Strips", "DVLA Group 1", "MyCareLink Smart",
      "MR conditional 1.5T/3T", "Bisoprolol 1.25 mg"]),
    # 19 - Cyprus, Larnaca district (Pervolia, Zygi, Xylofagou), in Greek: paediatric allergy clinic letter after an
    # oral food challenge
    ("ΙΑΤΡΙΚΟ ΚΕΝΤΡΟ «ΑΓΙΟΣ ΛΑΖΑΡΟΣ» - Παιδιατρικό Αλλεργιολογικό Ιατρείο\n"
     "Λεωφ. Γρίβα Διγενή 58, 6031 Λάρνακα | τηλ. 24 818 440 | allergy@agioslazaros-mc.com.cy\n\n"
     "Λάρνακα, 21 Οκτωβρίου 2025\n\n"
     "Προς: Δρα Στέλλα Κληρίδου-Ιακώβου, Παιδίατρο (Προσωπική Ιατρός ΓεΣΥ), Ζύγι\n\n"
     "Θέμα: Ανδρέας Χατζηπαναγή, ημ. γεν. 03/05/2018 (7 ετών), Αρ. Δικαιούχου ΓεΣΥ 1004417263, "
     "Αρ. Ταυτότητας 1318842\n"
     "Διεύθυνση: Οδός Αρχιεπισκόπου Μακαρίου Γ' 12, 7560 Περβόλια\n\n"
     "Αγαπητή συνάδελφε,\n\n"
     "Είδαμε τον Ανδρέα (\"Αντρίκκο\") με τη μητέρα του Ελένη (99 612 418) για πρόκληση από του στόματος (OFC) με "
     "κάσιους. Ιστορικό: αναφυλαξία μετά από παστέλι με φιστίκια σε γάμο στην Ξυλοφάγου το Πάσχα του 2024 "
     "(κνίδωση, έμετοι, συριγμός - βαθμός 3 κατά Sampson), με χορήγηση αδρεναλίνης IM στο ΤΑΕΠ του Γ.Ν. Λάρνακας.\n\n"
     "Εξετάσεις (02/10/2025):\n"
     "- SPT αράπικο φιστίκι: πομφός 9 mm | φουντούκι 3 mm | κάσιους 2 mm | ιστ. 8 mm / αρνητ. μάρτυρας 0\n"
     "- ειδική IgE: Ara h 2 4,8 kUA/L, Cor a 14 0,21 kUA/L, Ana o 3 <0,10 kUA/L\n"
     "- τρυπτάση ορού (βασική) 4,1 μg/L\n\n"
     "OFC κάσιους (20/10/2025): σταδιακή χορήγηση 3-10-30-100-300-1000-3000 mg πρωτεΐνης ανά 20 λεπτά, συνολικά "
     "4.443 mg. Καμία αντίδραση, PEF 210/215 L/min σταθερό, ΑΠ 102/64. Παρακολούθηση 2 ωρών. ΑΡΝΗΤΙΚΗ.\n\n"
     "Συμπεράσματα:\n"
     "1. Αλλεργία σε αράπικο φιστίκι (Ara h 2 ευαισθητοποίηση) - αυστηρή αποφυγή.\n"
     "2. Ανοχή στα κάσιους - να τα τρώει τακτικά (τουλάχιστον 2 φορές/εβδομάδα).\n"
     "3. EpiPen Jr 0,15 mg x2 πάντοτε μαζί του (βάρος 24 kg· στα 25 kg αλλαγή σε 0,3 mg). "
     "Σετιριζίνη 5 mg σε ήπια συμπτώματα.\n"
     "4. Γραπτό πλάνο αναφυλαξίας για το Δημοτικό Σχολείο Περβολιών (διευθύντρια κ. Ρένα Αντωνίου) και για τον "
     "παππού Χαράλαμπο που τον μεταφέρει με το αυτοκίνητο (KMZ 418).\n"
     "5. Επανέλεγχος με φουντούκι τον Μάρτιο.\n\n"
     "Με εκτίμηση,\n"
     "Δρ Νεόφυτος Παπαλεοντίου, Παιδίατρος - Αλλεργιολόγος, Αρ. Εγγρ. ΙΣΚ 4417\n"
     "Κοιν.: πατέρας Μάριος Χατζηπαναγή, marios.chp@cytanet.com.cy",
     [("HOSPITAL", ["ΑΓΙΟΣ ΛΑΖΑΡΟΣ"]), ("ADDRESS", ["Γρίβα Διγενή 58"]), ("POSTCODE", ["6031"]),
      ("LOCATION", ["Λάρνακα"]), ("PHONE", ["24 818 440"]), ("EMAIL", ["allergy@agioslazaros-mc.com.cy"]),
      ("DATE", ["21 Οκτωβρίου 2025"]), ("NAME", ["Στέλλα", "Κληρίδου-Ιακώβου"]), ("LOCATION", ["Ζύγι"]),
      ("NAME", ["Ανδρέας", "Χατζηπαναγή"]), ("DATE", ["03/05/2018"]), ("ID", ["1004417263"]), ("ID", ["1318842"]),
      ("ADDRESS", ["Οδός Αρχιεπισκόπου Μακαρίου Γ' 12"]), ("POSTCODE", ["7560"]), ("LOCATION", ["Περβόλια"]),
      ("NAME", ["Ανδρέα"]), ("NAME", ["Αντρίκκο"]), ("NAME", ["Ελένη"]), ("PHONE", ["99 612 418"]),
      ("LOCATION", ["Ξυλοφάγου"]), ("DATE", ["Πάσχα του 2024"]), ("HOSPITAL", ["Γ.Ν. Λάρνακας"]),
      ("DATE", ["02/10/2025"]), ("DATE", ["20/10/2025"]), ("HOSPITAL", ["Δημοτικό Σχολείο Περβολιών"]),
      ("NAME", ["Ρένα", "Αντωνίου"]), ("NAME", ["Χαράλαμπο"]), ("PLATE", ["KMZ 418"]),
      ("NAME", ["Νεόφυτος", "Παπαλεοντίου"]), ("LICENCE", ["4417"]), ("NAME", ["Μάριος", "Χατζηπαναγή"]),
      ("EMAIL", ["marios.chp@cytanet.com.cy"])],
     ["πρόκληση από του στόματος (OFC)", "αναφυλαξία", "βαθμός 3 κατά Sampson", "αδρεναλίνης IM",
      "SPT αράπικο φιστίκι: πομφός 9 mm", "Ara h 2 4,8 kUA/L", "Cor a 14 0,21 kUA/L", "Ana o 3 <0,10 kUA/L",
      "τρυπτάση ορού (βασική) 4,1 μg/L", "3-10-30-100-300-1000-3000 mg", "PEF 210/215 L/min", "ΑΠ 102/64",
      "EpiPen Jr 0,15 mg x2", "Σετιριζίνη 5 mg", "πλάνο αναφυλαξίας"]),
    # 20 - Liberia, Bong County (Salala, Totota, Gbarnga): maternal emergency referral for postpartum haemorrhage with
    # the receiving hospital's feedback slip
    ("REPUBLIC OF LIBERIA - MINISTRY OF HEALTH | BONG COUNTY HEALTH TEAM\n"
     "MATERNAL EMERGENCY REFERRAL FORM                       Referral no. BCHT/REF/25/1137\n\n"
     "Referring facility: Salala Community Clinic, Salala District      Tel: 0777 418 226\n"
     "Receiving facility: Rev. Abednego Kollie Memorial Hospital, Gbarnga (maternity)\n"
     "Date: 8 November 2025      Time of call: 19:20      Time left: 19:45\n\n"
     "Patient: Musu Flomo      Age: 27      G4P4      Hosp. card no. SCC-3381\n"
     "Address: Yarkpai Town, behind the Lutheran church, Totota road, Bong County\n"
     "Husband: Saah Gbarpor (0886 512 094)      Escort: sister Youngor Flomo\n\n"
     "History: SVD at 17:40 of live male, 3.6 kg, after 14 h labour (partograph crossed action line at 13:00). "
     "TTM Ma Gbelee called us when bleeding started at home; brought by motorbike. AMTSL given: oxytocin 10 IU IM. "
     "Placenta delivered 17:55, appeared complete.\n"
     "Problem: primary postpartum haemorrhage, uterine atony. Estimated blood loss 1200 mL (drape).\n"
     "Vitals at 19:15: BP 84/50, pulse 128, RR 26, temp 36.4, shock index 1.5, conscious but drowsy.\n"
     "Hb (HemoCue) 6.1 g/dL. Blood group unknown.\n\n"
     "Treatment before referral:\n"
     "- Bimanual uterine compression, bladder emptied (Foley catheter, 250 mL)\n"
     "- Oxytocin 20 IU in 1 L Ringer's lactate, 2 large-bore cannulas (16G); second litre normal saline\n"
     "- Misoprostol 800 mcg SL at 18:50; tranexamic acid 1 g IV at 18:55\n"
     "- NASG applied at 19:30 (all segments)\n"
     "Accompanied by: certified midwife Comfort Zoegar. Ambulance GL-2217, driver Prince Tokpah.\n"
     "Referral made by: Patience Kerkula, OIC (LBNM RM-04172), cell 0777 983 310\n\n"
     "------------------------------------------------------------\n"
     "FEEDBACK SLIP (to be returned to referring facility)\n"
     "Arrived 20:35. Bakri balloon inserted (400 mL), 3 units whole blood (O pos) from donor husband and church "
     "members. No hysterectomy. B-Lynch not required. Discharged 12/11/2025 with ferrous sulfate 200 mg BD, "
     "Hb 8.4 g/dL. Baby well, BCG and OPV0 given.\n"
     "Comments: good referral, NASG saved her. Please send blood group with future ANC referrals.\n"
     "Signed: Dr Garmai Tarpeh-Sirleaf, Obstetrician (LMDC 1418), 12/11/25",
     [("ID", ["BCHT/REF/25/1137"]), ("HOSPITAL", ["Salala Community Clinic"]), ("LOCATION", ["Salala"]),
      ("PHONE", ["0777 418 226"]), ("HOSPITAL", ["Abednego Kollie"]), ("LOCATION", ["Gbarnga"]),
      ("DATE", ["8 November 2025"]), ("NAME", ["Musu", "Flomo"]), ("MRN", ["SCC-3381"]), ("LOCATION", ["Yarkpai Town"]),
      ("LOCATION", ["Totota"]), ("NAME", ["Saah", "Gbarpor"]), ("PHONE", ["0886 512 094"]),
      ("NAME", ["Youngor", "Flomo"]), ("NAME", ["Ma Gbelee"]), ("NAME", ["Comfort", "Zoegar"]), ("PLATE", ["GL-2217"]),
      ("NAME", ["Prince", "Tokpah"]), ("NAME", ["Patience", "Kerkula"]), ("LICENCE", ["RM-04172"]),
      ("PHONE", ["0777 983 310"]), ("DATE", ["12/11/2025"]), ("NAME", ["Garmai", "Tarpeh-Sirleaf"]),
      ("LICENCE", ["1418"]), ("DATE", ["12/11/25"])],
     ["G4P4", "partograph crossed action line", "AMTSL", "oxytocin 10 IU IM", "primary postpartum haemorrhage",
      "uterine atony", "Estimated blood loss 1200 mL", "BP 84/50", "shock index 1.5", "Hb (HemoCue) 6.1 g/dL",
      "Bimanual uterine compression", "Foley catheter", "Ringer's lactate", "Misoprostol 800 mcg SL",
      "tranexamic acid 1 g IV", "NASG", "Bakri balloon", "B-Lynch", "ferrous sulfate 200 mg BD", "BCG and OPV0"]),
    # 21 - Taiwan, Penghu (Wang'an, Magong), in traditional Chinese with Republic of China calendar dates: home medical
    # care visit record for a patient aged 96
    ("蔡廷蘭紀念醫院　居家醫療整合照護計畫\n"
     "澎湖縣馬公市中華路207號　電話：(06)926-1185　傳真：(06)926-1186\n\n"
     "居 家 醫 療 訪 視 紀 錄\n"
     "訪視日期：民國114年10月8日（星期三）　病歷號：PH0041827　收案編號：HC-114-0312\n"
     "姓名：陳許罔市　性別：女　出生日期：民國18年3月9日　年齡：96歲\n"
     "身分證字號：X204183752　健保卡號：0000 4172 9936\n"
     "住址：澎湖縣望安鄉中社村（花宅）42號\n"
     "主要照顧者：媳婦 黃秀琴（0932-618-447）；兒子 陳文雄 住高雄市，LINE ID：wenhsiung_0915\n"
     "居服員：阿珠（望安鄉長照站）\n\n"
     "病史：高血壓、巴金森氏症（民國101年診斷）、失智症（CDR 1）、慢性便秘。民國38年自七美嫁來望安，一生"
     "曬魚乾、種花生。今年端午節後跌倒一次，之後多臥床。\n"
     "社會狀況：丈夫陳水木民國89年過世；與媳婦及孫女陳怡君（將軍國小老師，週末返家）同住。醫療人員由馬公南海遊客中心搭交通船至望安，約1小時。\n\n"
     "本次評估：\n"
     "生命徵象：BP 148/72 mmHg，HR 68，RR 18，BT 36.6℃，SpO2 96%\n"
     "巴氏量表（Barthel）35分；IADL 1分；MMSE 14/30；MNA-SF 7分（有營養不良風險）\n"
     "薦骨壓力性損傷 第2級 3×2 cm，滲液少量。\n"
     "長照需要等級：CMS 第6級。\n\n"
     "用藥：Amlodipine 5 mg qd、Madopar 125 mg tid、Sennoside 12 mg 2# hs、Donepezil 5 mg hs。\n\n"
     "處置與計畫：\n"
     "1. 傷口以 Duoderm 覆蓋，居家護理師每週2次換藥（呂佳蓉）。\n"
     "2. 申請氣墊床（長照輔具 B 碼）；個管師許雅婷協助。\n"
     "3. 九十六歲高齡，與家屬討論預立醫療照護諮商（ACP）；家屬希望中秋節全家回來後再簽署，預約民國114年"
     "10月22日。\n"
     "4. 冬季東北季風船班停駛時，緊急狀況由望安鄉衛生所（06-999-1207）先處理，必要時空中轉診至高雄。\n"
     "5. 下次訪視：11/5。\n\n"
     "醫師：洪振榮（醫字第038214號）　護理師：呂佳蓉",
     [("HOSPITAL", ["蔡廷蘭紀念醫院"]), ("LOCATION", ["澎湖縣馬公市"]), ("ADDRESS", ["中華路207號"]),
      ("PHONE", ["(06)926-1185"]), ("PHONE", ["(06)926-1186"]), ("DATE", ["民國114年10月8日"]), ("MRN", ["PH0041827"]),
      ("ID", ["HC-114-0312"]), ("NAME", ["陳許罔市"]), ("DOB90", ["民國18年3月9日"]), ("AGE", ["96歲"]),
      ("ID", ["X204183752"]), ("ID", ["0000 4172 9936"]), ("LOCATION", ["澎湖縣望安鄉中社村"]), ("LOCATION", ["花宅"]),
      ("ADDRESS", ["42號"]), ("NAME", ["黃秀琴"]), ("PHONE", ["0932-618-447"]), ("NAME", ["陳文雄"]),
      ("LOCATION", ["高雄市"]), ("HANDLE", ["wenhsiung_0915"]), ("NAME", ["阿珠"]), ("HOSPITAL", ["望安鄉長照站"]),
      ("DATE", ["民國101年"]), ("DATE", ["民國38年"]), ("LOCATION", ["七美"]), ("LOCATION", ["望安"]),
      ("DATE", ["端午節"]), ("NAME", ["陳水木"]), ("DATE", ["民國89年"]), ("NAME", ["陳怡君"]), ("HOSPITAL", ["將軍國小"]),
      ("LOCATION", ["馬公"]), ("LOCATION", ["南海遊客中心"]), ("NAME", ["呂佳蓉"]), ("NAME", ["許雅婷"]), ("AGE", ["九十六歲"]),
      ("DATE", ["中秋節"]),
      ("DATE", ["民國114年10月22日"]), ("HOSPITAL", ["望安鄉衛生所"]), ("PHONE", ["06-999-1207"]),
      ("LOCATION", ["高雄"]), ("DATE", ["11/5"]), ("NAME", ["洪振榮"]), ("LICENCE", ["038214"])],
     ["高血壓", "巴金森氏症", "失智症（CDR 1）", "BP 148/72 mmHg", "巴氏量表（Barthel）35分", "IADL 1分",
      "MMSE 14/30", "MNA-SF 7分", "壓力性損傷 第2級", "CMS 第6級", "Amlodipine 5 mg qd", "Madopar 125 mg tid",
      "Sennoside 12 mg", "Donepezil 5 mg hs", "Duoderm", "氣墊床", "預立醫療照護諮商（ACP）"]),
    # 22 - USA, Pennsylvania, Lancaster County (Paradise, Gap, Bird-in-Hand): metabolic clinic note for an Amish boy
    # with maple syrup urine disease, with his sister's Crigler-Najjar follow-up
    ("CONESTOGA CLINIC FOR PLAIN CHILDREN\n"
     "535 Bowmansville Pike, Strasburg, PA 17579 | (717) 687-2210 | fax (717) 687-2211 | www.conestogaclinic.org\n"
     "METABOLIC CLINIC - PROGRESS NOTE                                    October 30, 2025\n\n"
     "Patient: Levi S. King        DOB: 02/18/2021 (4 y 8 m)        Chart #: CCPC-04418\n"
     "Parents: Amos and Sadie (Stoltzfus) King, 2871 Black Horse Rd, Paradise PA 17562\n"
     "Contact: phone shanty 717-442-0836 (shared with the Esh family; leave message) or driver Carol Weaver "
     "717-768-3349\n"
     "Payer: self-pay / Amish Church Aid (Leacock East district, deacon Benuel Glick), acct 88-4417\n\n"
     "Dx: maple syrup urine disease, classic, BCKDHA c.1312T>A (p.Tyr438Asn) homozygous - Mennonite/Plain founder "
     "variant. Identified on Guthrie card newborn screen (leucine 1240 umol/L), started formula day 4.\n\n"
     "Interval: admitted to Susquehanna Valley Children's Hospital Sept 14-19 with metabolic decompensation during "
     "a hand-foot-mouth illness (peak leucine 1480 umol/L, DNPH positive, lethargic). Managed with leucine-free "
     "parenteral nutrition and D10 at 1.5x maintenance, insulin infusion; no dialysis. Back to baseline.\n\n"
     "Today: Wt 16.2 kg (48th centile), Ht 104 cm. Alert, playing, Denver II age-appropriate (speaks Pennsylvania "
     "Dutch at home). No ataxia, no dystonia. Plasma leucine (filter paper, 10/27): 268 umol/L; "
     "isoleucine 95, valine 210; alloisoleucine present.\n"
     "Diet: MSUD Anamix Junior 100 g/day + natural protein 7 g/day (leucine 60 mg/kg/day); isoleucine and valine "
     "supplements 50 mg/mL, 1 mL each BID; thiamine 50 mg daily (trial).\n\n"
     "Sick-day plan reviewed with Sadie: leucine-free formula only, DNPH urine test twice daily, come in if vomiting "
     "or DNPH ++ (clinic van via driver). Emergency letter given for Lancaster General ED.\n\n"
     "Sibling: Naomi King (7) - Crigler-Najjar syndrome type 1, phototherapy 12 h/night, bilirubin 17.8 mg/dL; "
     "liver transplant evaluation letter to Dr Hensel-Ober in Pittsburgh. Brother Mervin (2) unaffected carrier.\n"
     "Next visit: 3 months; filter-paper leucine every 2 weeks, mailed from the Gap post office.\n\n"
     "Elias T. Brubacher, MD, Medical Geneticist | NPI 1839204777\n"
     "cc: Dorcas Fisher, CRNP, White Horse Family Practice",
     [("HOSPITAL", ["CONESTOGA"]), ("ADDRESS", ["535 Bowmansville Pike"]), ("LOCATION", ["Strasburg"]),
      ("POSTCODE", ["17579"]), ("PHONE", ["(717) 687-2210"]), ("PHONE", ["(717) 687-2211"]),
      ("URL", ["www.conestogaclinic.org"]), ("DATE", ["October 30, 2025"]), ("NAME", ["Levi", "S.", "King"]),
      ("DATE", ["02/18/2021"]), ("MRN", ["CCPC-04418"]), ("NAME", ["Amos"]), ("NAME", ["Sadie", "Stoltzfus", "King"]),
      ("ADDRESS", ["2871 Black Horse Rd"]), ("LOCATION", ["Paradise"]), ("POSTCODE", ["17562"]),
      ("PHONE", ["717-442-0836"]), ("NAME", ["Esh"]), ("NAME", ["Carol", "Weaver"]), ("PHONE", ["717-768-3349"]),
      ("LOCATION", ["Leacock East"]), ("NAME", ["Benuel", "Glick"]), ("ID", ["88-4417"]),
      ("HOSPITAL", ["Susquehanna Valley Children's"]), ("DATE", ["Sept 14-19"]), ("DATE", ["10/27"]),
      ("HOSPITAL", ["Lancaster General"]), ("NAME", ["Naomi", "King"]), ("NAME", ["Hensel-Ober"]),
      ("LOCATION", ["Pittsburgh"]), ("NAME", ["Mervin"]), ("LOCATION", ["Gap"]), ("NAME", ["Elias", "T.", "Brubacher"]),
      ("ID", ["1839204777"]), ("NAME", ["Dorcas", "Fisher"]), ("HOSPITAL", ["White Horse Family Practice"])],
     ["maple syrup urine disease", "BCKDHA c.1312T>A (p.Tyr438Asn)", "Guthrie card", "leucine 1240 umol/L",
      "DNPH positive", "leucine-free", "D10 at 1.5x maintenance", "Denver II", "Pennsylvania Dutch",
      "Plasma leucine", "268 umol/L", "alloisoleucine present", "MSUD Anamix Junior 100 g/day",
      "leucine 60 mg/kg/day", "50 mg/mL", "thiamine 50 mg", "Crigler-Najjar syndrome type 1",
      "bilirubin 17.8 mg/dL"]),
    # 23 - Grenada, Carriacou (Hillsborough, Windward, Six Roads): casualty note for ciguatera fish poisoning in three
    # fishermen, with the discharge advice
    ("DAME IVY CROMWELL HOSPITAL - CASUALTY DEPARTMENT\n"
     "Belair Road, Hillsborough, Carriacou, Grenada W.I. | (473) 443-7400 | casualty.dich@gov.gd\n\n"
     "Date: 16/08/2025      Time seen: 06:25      Casualty no.: DIC-25-2209\n"
     "Name: Kervin Alexis McLawrence (\"Shortie\")      Sex: M      Age: 44\n"
     "DOB: 09-Mar-1981      NIS no.: 81-0309-4471\n"
     "Address: Top Hill, Windward, Carriacou      Tel: (473) 443-8126 / cell (473) 418-2290\n"
     "Occupation: fisherman (boat \"Sweet Mercy\", reg. CAR 117, moored Tyrrel Bay)\n"
     "Brought by: brother-in-law Simeon Bethel in his pickup, PB 4172\n\n"
     "C/O: tingling lips and hands, diarrhoea x6, vomiting x3, \"cold feel hot\" since 10 pm. At 7 pm ate a "
     "barracuda (~12 lb) caught off Sandy Island, curried, shared with Simeon and his cousin Dexter Noel (also "
     "unwell, seen at Six Roads clinic). No alcohol. Had same illness in 2017 after amberjack.\n"
     "O/E: alert, GCS 15/15, dry mucosa. HR 48 sinus brady, BP 92/58, RR 16, T 36.2, SpO2 98% RA, RBS 6.1 mmol/L.\n"
     "Neuro: perioral and distal paraesthesia, temperature dysaesthesia (cold water feels burning), pruritus palms; "
     "power 5/5, reflexes normal, Romberg negative, Chvostek sign negative. No wheeze, no urticaria "
     "(scombroid less likely).\n"
     "ECG: sinus bradycardia 46, PR 0.18 s, QTc 410 ms.\n\n"
     "Dx: ciguatera fish poisoning (ciguatoxin, Gambierdiscus toxicus food chain), with bradycardia and "
     "hypotension.\n"
     "Rx: Normal saline 1 L stat then 1 L over 4 h; atropine 0.6 mg IV at 06:50 - HR 64; ondansetron 4 mg IV; "
     "mannitol 20% 1 g/kg (85 g) IV over 45 min at 07:30 (within 48 h of onset); observe 6 h on monitor.\n"
     "Nursing: obs hourly - SG (Sharlene Gibbs, RN).\n\n"
     "13:30 review: HR 62, BP 110/70, diarrhoea settled, paraesthesia persists. Discharged home with brother-in-law.\n"
     "Advice: amitriptyline 25 mg nocte x2 weeks for dysaesthesia; avoid alcohol, fish, shellfish, nuts and "
     "caffeine for 3-6 months; do not sell or give away the rest of the catch (reported to the Fisheries officer, "
     "Mr Cuthbert Alexis, and to the Ministry of Health, Hillsborough). Return if faint or weak.\n"
     "Review: Harvey Vale clinic 23 Aug, or Dr Forde here on Thursday.\n\n"
     "Dr Ngozika Forde-St. Bernard, MO (GMDC reg. 0881)",
     [("HOSPITAL", ["DAME IVY CROMWELL"]), ("ADDRESS", ["Belair Road"]), ("LOCATION", ["Hillsborough"]),
      ("LOCATION", ["Carriacou"]), ("PHONE", ["(473) 443-7400"]), ("EMAIL", ["casualty.dich@gov.gd"]),
      ("DATE", ["16/08/2025"]), ("ID", ["DIC-25-2209"]), ("NAME", ["Kervin", "Alexis", "McLawrence"]),
      ("NAME", ["Shortie"]), ("DATE", ["09-Mar-1981"]), ("ID", ["81-0309-4471"]), ("LOCATION", ["Top Hill"]),
      ("LOCATION", ["Windward"]), ("PHONE", ["(473) 443-8126"]), ("PHONE", ["(473) 418-2290"]),
      ("PLATE", ["Sweet Mercy", "CAR 117"]), ("LOCATION", ["Tyrrel Bay"]), ("NAME", ["Simeon", "Bethel"]),
      ("PLATE", ["PB 4172"]), ("LOCATION", ["Sandy Island"]), ("NAME", ["Dexter", "Noel"]), ("HOSPITAL", ["Six Roads"]),
      ("NAME", ["SG"]), ("NAME", ["Sharlene", "Gibbs"]), ("NAME", ["Cuthbert", "Alexis"]),
      ("LOCATION", ["Harvey Vale"]),
      ("DATE", ["23 Aug"]), ("NAME", ["Forde"]), ("NAME", ["Ngozika", "Forde-St. Bernard"]), ("LICENCE", ["0881"])],
     ["tingling lips", "barracuda (~12 lb)", "amberjack", "GCS 15/15", "HR 48 sinus brady", "BP 92/58",
      "RBS 6.1 mmol/L", "temperature dysaesthesia", "Romberg negative", "Chvostek sign negative", "scombroid",
      "PR 0.18 s", "QTc 410 ms", "ciguatera fish poisoning", "Gambierdiscus toxicus", "atropine 0.6 mg IV",
      "ondansetron 4 mg IV", "mannitol 20% 1 g/kg", "amitriptyline 25 mg nocte"]),
]
