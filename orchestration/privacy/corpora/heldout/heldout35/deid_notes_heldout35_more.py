"""Notes 20-39 of the thirty-fifth HELD-OUT set (see :mod:`deid_notes_heldout35` for how it was written and what it
holds).

These 20 notes hold 637 planted identifier parts in 542 (kind, parts) entries and 267 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 21, a paediatric growth clinic note (Tonga); 22, a fracture liaison
letter for a patient aged 92 (Co. Fermanagh); 23, a pain clinic letter (Co. Mayo); 25, a renal dietitian review in an
outpatient hemodialysis unit (New Mexico, Navajo Nation); 27, a correctional health care note on opioid agonist
treatment and hepatitis C (British Columbia); 28, an initial health assessment of a newly arrived asylum seeker (Kent);
30, a school nurse diabetes log (Ohio); 31, a sports medicine consultation (West Yorkshire); 32, a care home to hospital
transfer form for a resident aged 98 (East Devon); 34, an adult audiology report (Drumchapel and Gartnavel); 36, a
pre-anaesthetic assessment (Torres Strait and Cairns); 38, a gynae-oncology MDT outcome (Ashanti); 39, a hospice nurse's
pronouncement of death for a patient aged 91 (Maine). In Greek script: 26, an ICU daily review (Thessaloniki and
Pieria); 37, a hospital pharmacist's medicines reconciliation (Patras and Aigio). In Chinese: 24, a discharge record
after wild mushroom poisoning (Xishuangbanna, simplified); 33, a notifiable disease report for scrub typhus (Hualien,
traditional, with Republic of China dates). In French: 20, an ICU discharge liaison letter (La Réunion). In Turkish: 29,
an emergency department discharge summary after mad honey poisoning (Trabzon). In Hindi (Devanagari): 35, a malnutrition
treatment centre discharge summary (Rajasthan).

Entries per kind in this file: DATE 118, NAME 115, LOCATION 103, HOSPITAL 41, ID 38, PHONE 32, ADDRESS 23, POSTCODE 21,
LICENCE 18, MRN 10, EMAIL 6, AGE 5, SERIAL 4, DOB90 3, PLATE 2, CODE 1, HANDLE 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - France, La Réunion (Le Tampon; Saint-Denis): ICU discharge liaison letter, Weil's disease (French)
    ("CHU de La Réunion - Site Félix Guyon, Saint-Denis | Service de Réanimation polyvalente\n"
     "Allée des Topazes, 97405 Saint-Denis Cedex | Secrétariat 0262 90 54 17\n"
     "LETTRE DE LIAISON À LA SORTIE\n"
     "Saint-Denis, le 14 mars 2026\n"
     "Destinataire : Dr Murielle Nativel-Grondin, médecin traitant, Trois-Mares, Le Tampon\n"
     "Copie : Dr Jean-Hugues Lauret, néphrologue, Clinique Durieux\n"
     "Patient : M. Loïc Payet-Técher, né le 21/06/1994 à Saint-Pierre | NIR 1 94 06 97 416 123 06 | IPP 40218537\n"
     "Domicile : 12 chemin Badamier, 97430 Le Tampon | tél. 0692 41 87 05\n"
     "Séjour : du mardi 3 mars au 14 mars 2026 (transféré de la Clinique Durieux le lendemain).\n"
     "Ouvrier agricole (coupe de cannes) dans une exploitation à l'Entre-Deux ; a nettoyé une ravine pieds nus après "
     "les fortes pluies de fin février.\n"
     "Diagnostic : leptospirose ictéro-hémorragique (syndrome de Weil) - PCR Leptospira positive dans le sang à J3, "
     "IgM ELISA positives ; Leptospira interrogans sérogroupe Icterohaemorrhagiae (CNR).\n"
     "Défaillances : insuffisance rénale aiguë KDIGO 3 (créatinine 412 µmol/L), thrombopénie à 38 G/L, bilirubine "
     "totale 186 µmol/L, hémorragie intra-alvéolaire avec SpO2 88 %. Score SOFA 9 à l'entrée.\n"
     "Traitement : ceftriaxone 1 g/j pendant 7 jours ; 4 séances d'hémodialyse intermittente ; oxygène à haut débit "
     "(Optiflow) sans intubation. Évolution favorable, créatinine 148 µmol/L à la sortie, diurèse conservée.\n"
     "Suites : bilan rénal à 1 semaine chez vous ; consultation de néphrologie le 8 avril avec le Dr Lauret. Arrêt de "
     "travail jusqu'au 12 avril. Déclaration de maladie professionnelle conseillée (régime agricole, MSA). Sa "
     "compagne Clothilde Hoarau souhaite être informée.\n"
     "Dr Anne-Sophie Boyer-Fontaine, praticien hospitalier | RPPS 10003481727 | "
     "as.boyerfontaine@chu-reunion.example.fr",
     [("HOSPITAL", ["CHU de La Réunion - Site Félix Guyon"]), ("LOCATION", ["Saint-Denis"]),
      ("ADDRESS", ["Allée des Topazes"]), ("POSTCODE", ["97405"]), ("PHONE", ["0262 90 54 17"]),
      ("DATE", ["14 mars 2026"]), ("NAME", ["Murielle", "Nativel-Grondin"]), ("LOCATION", ["Trois-Mares"]),
      ("LOCATION", ["Le Tampon"]), ("NAME", ["Jean-Hugues", "Lauret"]), ("HOSPITAL", ["Clinique Durieux"]),
      ("NAME", ["Loïc", "Payet-Técher"]), ("DATE", ["21/06/1994"]), ("LOCATION", ["Saint-Pierre"]),
      ("ID", ["1 94 06 97 416 123 06"]), ("MRN", ["40218537"]), ("ADDRESS", ["12 chemin Badamier"]),
      ("POSTCODE", ["97430"]), ("PHONE", ["0692 41 87 05"]), ("DATE", ["3 mars"]), ("LOCATION", ["l'Entre-Deux"]),
      ("DATE", ["fin février"]), ("DATE", ["8 avril"]), ("DATE", ["12 avril"]), ("NAME", ["Clothilde", "Hoarau"]),
      ("NAME", ["Anne-Sophie", "Boyer-Fontaine"]), ("LICENCE", ["10003481727"]),
      ("EMAIL", ["as.boyerfontaine@chu-reunion.example.fr"])],
     ["leptospirose ictéro-hémorragique", "syndrome de Weil", "PCR Leptospira positive", "IgM ELISA",
      "Leptospira interrogans sérogroupe Icterohaemorrhagiae", "KDIGO 3", "créatinine 412 µmol/L", "38 G/L",
      "bilirubine totale 186 µmol/L", "hémorragie intra-alvéolaire", "Score SOFA 9", "ceftriaxone 1 g/j",
      "hémodialyse intermittente", "Optiflow"]),

    # 21 - Tonga (Tongatapu): paediatric growth clinic note, stunting
    ("Vaiola Hospital, Nuku'alofa - Paediatric Outpatients, Growth & Nutrition Clinic (Tuesday clinic)\n"
     "Date: 07/10/2025 | Hospital No. VH-00418273\n"
     "Child: Sitani Lolohea Fifita | M | DOB 02/07/2023 (age 2 y 3 m) | born at Vaiola, 2.4 kg at 37 weeks\n"
     "Village: Kolonga, eastern Tongatapu | Mother: Lupe Fifita (phone 776 4180) | Father: Sione Fifita, on the RSE "
     "seasonal scheme picking apples for Te Mata Orchards in Hawke's Bay since May\n"
     "Grandmother Mele Havili cares for him while mother works at the Kolonga bakery. Family attend Kolonga Free "
     "Wesleyan church.\n"
     "Referred by: Nurse Kalolaine Taufa, Kolonga Health Centre, after the weighing day on King's Birthday week.\n"
     "Diet: breastfed to 9 months; now mostly tea with sugar, crackers, rice and taro; little meat or fish since "
     "father left; likes noodles.\n"
     "Measurements today (WHO Child Growth Standards 2006): weight 10.1 kg, length 81.2 cm, head circumference 46.5 "
     "cm. Length-for-age z-score -2.8 (stunted), weight-for-length z-score -1.2, MUAC 13.4 cm. Mid-parental height "
     "172 cm.\n"
     "Development: ASQ-3 communication in the monitoring zone; walks and climbs well.\n"
     "Bloods/stool: Hb 96 g/L, MCV 64 fL, ferritin 6 µg/L; stool microscopy - Giardia lamblia cysts.\n"
     "Plan: albendazole 400 mg single dose (and household); metronidazole 15 mg/kg/day for 5 days; iron 3 mg/kg/day; "
     "zinc sulfate 20 mg daily x 14 days; dietitian (Mrs Salote Vake) today - egg, fish, green leaves, peanut paste; "
     "ask the church women's group about food support. Review 06/01/2026 with repeat Hb.\n"
     "Dr Tevita Kauvai, Paediatric Registrar | Tonga Medical & Dental Council reg. 2418",
     [("HOSPITAL", ["Vaiola Hospital"]), ("LOCATION", ["Nuku'alofa"]), ("DATE", ["07/10/2025"]),
      ("MRN", ["VH-00418273"]), ("NAME", ["Sitani", "Lolohea", "Fifita"]), ("DATE", ["02/07/2023"]),
      ("HOSPITAL", ["Vaiola"]), ("LOCATION", ["Kolonga"]), ("LOCATION", ["Tongatapu"]), ("NAME", ["Lupe"]),
      ("PHONE", ["776 4180"]), ("NAME", ["Sione"]), ("LOCATION", ["Te Mata Orchards"]), ("LOCATION", ["Hawke's Bay"]),
      ("DATE", ["May"]), ("NAME", ["Mele", "Havili"]), ("LOCATION", ["Kolonga bakery"]),
      ("LOCATION", ["Kolonga Free Wesleyan church"]), ("NAME", ["Kalolaine", "Taufa"]),
      ("HOSPITAL", ["Kolonga Health Centre"]), ("DATE", ["King's Birthday week"]), ("NAME", ["Salote", "Vake"]),
      ("DATE", ["06/01/2026"]), ("NAME", ["Tevita", "Kauvai"]), ("LICENCE", ["2418"])],
     ["37 weeks", "WHO Child Growth Standards 2006", "head circumference 46.5 cm", "Length-for-age z-score -2.8",
      "weight-for-length z-score -1.2", "MUAC 13.4 cm", "ASQ-3", "Hb 96 g/L", "ferritin 6 µg/L", "Giardia lamblia",
      "albendazole 400 mg", "metronidazole 15 mg/kg/day", "zinc sulfate 20 mg"]),

    # 22 - Northern Ireland, Co. Fermanagh: fracture liaison service letter to a GP, patient aged 92
    ("Western Health and Social Care Trust - Fracture Liaison Service\n"
     "South West Acute Hospital, 124 Irvinestown Road, Enniskillen BT74 6DN\n"
     "24/11/2025\n"
     "Dr Rosaleen McCaffrey\n"
     "Lisnaskea Health Centre, Lisnaskea BT92 0JE\n"
     "\n"
     "Dear Dr McCaffrey,\n"
     "Re: Mrs Breege Teresa Maguire, aged 92, DOB 09/12/1932, H&C No. 328 415 7069\n"
     "Address: 3 Kilmore Brae, Teemore, Derrylin BT92 9BQ\n"
     "Mrs Maguire attended the fracture liaison clinic on 20 November after a left distal radius fracture. She fell "
     "on the Twelfth watching the parade in Lisbellaw and was treated in a cast at the fracture clinic here; it was "
     "removed on 22 August.\n"
     "Previous fragility fractures: right wrist in 2009, and a T12 fracture in May 2018 found on a chest X-ray. Her "
     "mother broke a hip in her seventies.\n"
     "Assessment: DXA femoral neck T-score -3.1, lumbar spine not interpretable (degenerative change). Vertebral "
     "fracture assessment: Genant grade 2 wedge fracture of T12, no new fractures. FRAX 10-year major osteoporotic "
     "fracture risk 34%, hip 17% - very high risk by the NOGG 2022 guideline. Timed Up and Go 19 seconds with a "
     "stick.\n"
     "Bloods: eGFR 28 mL/min/1.73m2, adjusted calcium 2.31 mmol/L, 25-OH vitamin D 31 nmol/L, ALP 94 U/L.\n"
     "Plan: alendronic acid is not suitable with this eGFR. I would suggest vitamin D loading (colecalciferol 40,000 "
     "units weekly for 7 weeks), then Adcal-D3 one tablet twice daily, then denosumab 60 mg (Prolia) subcutaneously "
     "every 6 months - first dose once calcium and vitamin D are checked in January, dental review first (she has a "
     "partial denture). Please do not stop denosumab without a plan. Falls team referral made; her daughter-in-law "
     "will bring her to the day centre for strength and balance classes from Monday 5 January.\n"
     "She hopes to be at her great-grandson's wedding in Belleek next June, her 94th year.\n"
     "\n"
     "Yours sincerely,\n"
     "Siobhán Tierney-Cassidy, Fracture Liaison Nurse Specialist | NMC 02K0418N",
     [("HOSPITAL", ["South West Acute Hospital"]), ("ADDRESS", ["124 Irvinestown Road"]), ("LOCATION", ["Enniskillen"]),
      ("POSTCODE", ["BT74 6DN"]), ("DATE", ["24/11/2025"]), ("NAME", ["Rosaleen", "McCaffrey"]),
      ("HOSPITAL", ["Lisnaskea Health Centre"]), ("LOCATION", ["Lisnaskea"]), ("POSTCODE", ["BT92 0JE"]),
      ("NAME", ["Breege", "Teresa", "Maguire"]), ("AGE", ["aged 92"]), ("DOB90", ["09/12/1932"]),
      ("ID", ["328 415 7069"]), ("ADDRESS", ["3 Kilmore Brae"]), ("LOCATION", ["Teemore"]), ("LOCATION", ["Derrylin"]),
      ("POSTCODE", ["BT92 9BQ"]), ("DATE", ["20 November"]), ("DATE", ["the Twelfth"]), ("LOCATION", ["Lisbellaw"]),
      ("DATE", ["22 August"]), ("DATE", ["2009"]), ("DATE", ["May 2018"]), ("DATE", ["January"]),
      ("DATE", ["5 January"]), ("LOCATION", ["Belleek"]), ("DATE", ["next June"]), ("AGE", ["94th year"]),
      ("NAME", ["Siobhán", "Tierney-Cassidy"]), ("LICENCE", ["02K0418N"])],
     ["left distal radius fracture", "DXA femoral neck T-score -3.1", "Genant grade 2 wedge fracture of T12",
      "FRAX 10-year major osteoporotic fracture risk 34%", "NOGG 2022 guideline", "Timed Up and Go 19 seconds",
      "eGFR 28 mL/min/1.73m2", "adjusted calcium 2.31 mmol/L", "25-OH vitamin D 31 nmol/L", "alendronic acid",
      "colecalciferol 40,000 units weekly", "Adcal-D3", "denosumab 60 mg (Prolia)"]),

    # 23 - Ireland, Co. Mayo (Castlebar; Erris): pain medicine outpatient letter to a GP, CRPS
    ("Mayo University Hospital - Pain Medicine Service\n"
     "Westport Road, Castlebar, Co. Mayo F23 H529 | Tel (094) 902 1733 | painclinic.muh@example.hse.ie\n"
     "Clinic date: 09/12/2025\n"
     "Dr Fiachra Geraghty\n"
     "Erris Family Practice, Belmullet, Co. Mayo\n"
     "\n"
     "Re: Ms Gobnait Treasa Conmy-Gaughan, DOB 27/07/1981, PPSN 6830417Q, MRN MUH2290174\n"
     "Address: Carrowteige, Bangor Erris, Co. Mayo F26 KX48 | mobile 087 418 2906\n"
     "\n"
     "Dear Fiachra,\n"
     "Thank you for referring this 44-year-old ranger at Wild Nephin Ballycroy National Park. She fractured her right "
     "ankle (Weber B) coming down a hill in April, had ORIF at University Hospital Galway, and since the cast came "
     "off in June has had burning pain, swelling and colour change in the right foot. She has had to stop training "
     "the Kiltane GAA under-12s.\n"
     "On examination: allodynia to light touch over the dorsum, mottled dusky foot, temperature asymmetry 1.8 °C, "
     "reduced ankle range and shiny skin. She meets the Budapest criteria for complex regional pain syndrome type 1. "
     "DN4 6/10, Brief Pain Inventory interference 7.4, HADS anxiety 12/21, Tampa Scale of Kinesiophobia 44.\n"
     "Plan:\n"
     "1. Pregabalin (Lyrica) 75 mg bd for one week then 150 mg bd; continue amitriptyline 10 mg nocte.\n"
     "2. Physiotherapy for graded motor imagery and mirror therapy - referral to Niamh Mulroy, senior "
     "physiotherapist, Belmullet Community Hospital.\n"
     "3. Lumbar sympathetic block on the day list on 20 January if no improvement.\n"
     "4. Pain psychology - she is on the waiting list for the pain management programme.\n"
     "Review in clinic after the block.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Fionnuala Kilbane-Prendergast, Consultant in Anaesthesia and Pain Medicine | IMC 408217\n"
     "cc: Ms G. Conmy-Gaughan",
     [("HOSPITAL", ["Mayo University Hospital"]), ("ADDRESS", ["Westport Road"]), ("LOCATION", ["Castlebar"]),
      ("LOCATION", ["Co. Mayo"]), ("POSTCODE", ["F23 H529"]), ("PHONE", ["(094) 902 1733"]),
      ("EMAIL", ["painclinic.muh@example.hse.ie"]), ("DATE", ["09/12/2025"]), ("NAME", ["Fiachra", "Geraghty"]),
      ("HOSPITAL", ["Erris Family Practice"]), ("LOCATION", ["Belmullet"]),
      ("NAME", ["Gobnait", "Treasa", "Conmy-Gaughan"]), ("DATE", ["27/07/1981"]), ("ID", ["6830417Q"]),
      ("MRN", ["MUH2290174"]), ("LOCATION", ["Carrowteige"]), ("LOCATION", ["Bangor Erris"]),
      ("POSTCODE", ["F26 KX48"]), ("PHONE", ["087 418 2906"]), ("LOCATION", ["Wild Nephin Ballycroy National Park"]),
      ("DATE", ["April"]), ("HOSPITAL", ["University Hospital Galway"]), ("DATE", ["June"]),
      ("LOCATION", ["Kiltane GAA"]), ("NAME", ["Niamh", "Mulroy"]), ("HOSPITAL", ["Belmullet Community Hospital"]),
      ("DATE", ["20 January"]), ("NAME", ["Fionnuala", "Kilbane-Prendergast"]), ("LICENCE", ["408217"])],
     ["Weber B", "ORIF", "allodynia", "temperature asymmetry 1.8 °C", "Budapest criteria",
      "complex regional pain syndrome type 1", "DN4 6/10", "Brief Pain Inventory interference 7.4",
      "HADS anxiety 12/21", "Tampa Scale of Kinesiophobia 44", "Pregabalin (Lyrica) 75 mg bd",
      "amitriptyline 10 mg nocte", "graded motor imagery", "Lumbar sympathetic block"]),

    # 24 - China, Yunnan (Xishuangbanna): discharge record, wild Amanita mushroom poisoning (simplified Chinese)
    ("西双版纳傣族自治州人民医院 消化内科 / 急诊ICU\n"
     "出 院 记 录\n"
     "姓名：岩应　性别：男　年龄：46岁　民族：傣族　住院号：2507-11864　身份证号：532801197903145719\n"
     "住址：景洪市勐罕镇曼听村民小组27号　职业：橡胶割胶工（勐罕橡胶专业合作社）\n"
     "联系人：妻子 玉罕，电话 187 8791 3402\n"
     "入院日期：2025年7月8日　出院日期：2025-07-19　住院天数：11天\n"
     "入院情况：患者于关门节前一天（7月7日）与妻子在寨子后山采食野生菌（自述\"白毛伞\"），食后约10小时出现剧烈呕吐、水样腹泻，次日在勐罕镇卫生院补液后转入我院。妻子进食较少，症状轻，已于7月12日出院。\n"
     "诊断：1. 急性鹅膏菌中毒（致命鹅膏可能性大，尿α-鹅膏毒肽检测阳性）；2. 急性肝衰竭；3. 急性肾损伤（KDIGO 1期）。\n"
     "诊疗经过：入院时 ALT 2860 U/L，AST 3114 U/L，总胆红素 96 μmol/L，INR 2.9，MELD评分 27。予血液灌流3次，水飞蓟宾 20 "
     "mg/kg/d，N-乙酰半胱氨酸静滴，青霉素G，补充凝血因子及白蛋白。经省第一人民医院肝移植团队远程会诊（7月10日，会诊医生 杨海涛），暂不移植。第7天起肝功能好转。\n"
     "出院情况：ALT 186 U/L，INR 1.2，进食可，无肝性脑病。\n"
     "出院医嘱：1. 禁酒，禁食野生菌；2. 一周后复查肝功能（7月26日，消化内科门诊）；3. 如出现黄疸、乏力加重随诊。\n"
     "已向疾控中心报告（食源性疾病报告编号 YN-XSBN-2025-0417），寨子里的村医 波罕 已通知全村。\n"
     "主治医师：刀丽萍　住院医师：石磊　2025年7月19日",
     [("HOSPITAL", ["西双版纳傣族自治州人民医院"]), ("NAME", ["岩应"]), ("MRN", ["2507-11864"]), ("ID", ["532801197903145719"]),
      ("LOCATION", ["景洪市"]), ("LOCATION", ["勐罕镇"]), ("ADDRESS", ["曼听村民小组27号"]), ("LOCATION", ["勐罕橡胶专业合作社"]),
      ("NAME", ["玉罕"]), ("PHONE", ["187 8791 3402"]), ("DATE", ["2025年7月8日"]), ("DATE", ["2025-07-19"]),
      ("DATE", ["关门节"]), ("DATE", ["7月7日"]), ("HOSPITAL", ["勐罕镇卫生院"]), ("DATE", ["7月12日"]), ("HOSPITAL", ["省第一人民医院"]),
      ("DATE", ["7月10日"]), ("NAME", ["杨海涛"]), ("DATE", ["7月26日"]), ("ID", ["YN-XSBN-2025-0417"]), ("NAME", ["波罕"]),
      ("NAME", ["刀丽萍"]), ("NAME", ["石磊"]), ("DATE", ["2025年7月19日"])],
     ["急性鹅膏菌中毒", "致命鹅膏", "尿α-鹅膏毒肽检测阳性", "急性肝衰竭", "KDIGO 1期", "ALT 2860 U/L", "总胆红素 96 μmol/L", "INR 2.9", "MELD评分 27",
      "血液灌流3次", "水飞蓟宾 20 mg/kg/d", "N-乙酰半胱氨酸", "青霉素G", "无肝性脑病"]),

    # 25 - USA, New Mexico (Navajo Nation, San Juan County): outpatient hemodialysis renal dietitian review
    ("Northern Navajo Medical Center - Outpatient Hemodialysis Unit, Shiprock NM 87420\n"
     "RENAL DIETITIAN MONTHLY REVIEW | 01/14/2026 | chair 9, Mon/Wed/Fri second shift\n"
     "Patient: Harrison Tsosie-Benally | 67 M | DOB 08/03/1958 | IHS chart NNMC-318447 | Navajo Nation census "
     "#0471852 | NM Medicaid 9004183276\n"
     "Home: HC 61 Box 2290, Sanostee NM 87461 (no running water; hauls water from the chapter house) | cell (505) "
     "368-2194\n"
     "Lives with wife Loretta and grandson Kayden. Drives 48 miles each way with his nephew, Darnell Deschenie, in a "
     "white Ford Ranger, NM plate BNH-418. Former uranium mill worker in Shiprock; sheep camp near Beclabito in "
     "summer.\n"
     "ESRD from diabetic nephropathy; HD since 06/2022 via L brachiocephalic AVF.\n"
     "Monthly labs (01/07/2026): Kt/V 1.38, URR 71%, albumin 3.3 g/dL, phosphorus 7.4 mg/dL, potassium 6.1 mEq/L, "
     "corrected Ca 8.9 mg/dL, PTH 612 pg/mL, hemoglobin A1c 7.2%, nPCR 0.8 g/kg/day.\n"
     "Weights: EDW 78.0 kg; average IDWG 3.9 kg (5%) - over the 4% goal.\n"
     "Malnutrition Inflammation Score 9. Appetite fair.\n"
     "Diet recall: mutton stew with potatoes, frybread made with Bluebird flour, blue corn mush, canned spam, Pepsi; "
     "lots of coffee. Took Velphoro with 1 of 3 meals only (\"it makes my stomach heavy\").\n"
     "Education (with interpreter Ms Verna Chee, in Navajo): leach potatoes (double boil), swap Pepsi for water in "
     "small cups, binder with every meal and snack; Nepro 1 can on dialysis days.\n"
     "Plan: Velphoro 500 mg chewable, 1 with each meal (discussed with Dr. Priya Ramaswamy, nephrology); recheck K "
     "and phosphorus 01/21/2026. Per KDOQI Clinical Practice Guideline for Nutrition in CKD: 2020 Update.\n"
     "Ruth-Ann Wauneka, MS, RDN, CSR | NPI 1760392583 | CDR 86071442 | ruthann.wauneka@ihs.example.gov",
     [("HOSPITAL", ["Northern Navajo Medical Center"]), ("LOCATION", ["Shiprock"]), ("POSTCODE", ["87420"]),
      ("DATE", ["01/14/2026"]), ("NAME", ["Harrison", "Tsosie-Benally"]), ("DATE", ["08/03/1958"]),
      ("MRN", ["NNMC-318447"]), ("ID", ["0471852"]), ("ID", ["9004183276"]), ("ADDRESS", ["HC 61 Box 2290"]),
      ("LOCATION", ["Sanostee"]), ("POSTCODE", ["87461"]), ("PHONE", ["(505) 368-2194"]), ("NAME", ["Loretta"]),
      ("NAME", ["Kayden"]), ("NAME", ["Darnell", "Deschenie"]), ("PLATE", ["BNH-418"]), ("LOCATION", ["Beclabito"]),
      ("DATE", ["06/2022"]), ("DATE", ["01/07/2026"]), ("NAME", ["Verna", "Chee"]), ("NAME", ["Priya", "Ramaswamy"]),
      ("DATE", ["01/21/2026"]), ("NAME", ["Ruth-Ann", "Wauneka"]), ("ID", ["1760392583"]), ("LICENCE", ["86071442"]),
      ("EMAIL", ["ruthann.wauneka@ihs.example.gov"])],
     ["diabetic nephropathy", "L brachiocephalic AVF", "Kt/V 1.38", "URR 71%", "albumin 3.3 g/dL",
      "phosphorus 7.4 mg/dL", "potassium 6.1 mEq/L", "PTH 612 pg/mL", "IDWG 3.9 kg",
      "Malnutrition Inflammation Score 9", "Bluebird flour", "Velphoro 500 mg chewable", "Nepro",
      "KDOQI Clinical Practice Guideline for Nutrition in CKD: 2020 Update"]),

    # 26 - Greece, Central Macedonia (Thessaloniki; Pieria): ICU daily review, influenza ARDS with aspergillosis (Greek)
    ("Γ.Ν. Θεσσαλονίκης «Γ. Παπανικολάου» - Μονάδα Εντατικής Θεραπείας\n"
     "ΗΜΕΡΗΣΙΑ ΕΚΤΙΜΗΣΗ ΜΕΘ | 18/01/2026 | Ημέρα νοσηλείας 7 | Κλίνη 5\n"
     "Ασθενής: Στέργιος Μπουρνάζος του Ιορδάνη | 58 ετών | ΑΜΚΑ 18076712647 | Αρ. Μητρώου 26/00418\n"
     "Κάτοικος Λιτόχωρου Πιερίας (Αγίας Κυριακής 9)· φύλακας του καταφυγίου «Σπήλιος Αγαπητός» στον Όλυμπο. Εισαγωγή "
     "12 Ιανουαρίου 2026 από το Γ.Ν. Κατερίνης.\n"
     "Διάγνωση: σοβαρό ARDS (κατά τον ορισμό του Βερολίνου, 2012) λόγω γρίπης A(H1N1)pdm09, με λοιμώδη πνευμονική "
     "ασπεργίλλωση σχετιζόμενη με γρίπη (IAPA).\n"
     "Νευρολογικό: RASS -4 σε προποφόλη/ρεμιφεντανίλη· CAM-ICU μη εκτιμήσιμο.\n"
     "Αναπνευστικό: PaO2/FiO2 112 με PEEP 14 cmH2O, Vt 6 mL/kg PBW, Pplat 28 cmH2O. Πρηνής θέση 16 ωρών χθες· "
     "αναμένεται απάντηση από το ΠΓΝΘ ΑΧΕΠΑ για ECMO (συνεννόηση με Δρ Φώτη Λαμπρινίδη, τηλ. 2313 303 418).\n"
     "Κυκλοφορικό: νοραδρεναλίνη 0,18 μg/kg/min, MAP 68 mmHg, γαλακτικό 2,1 mmol/L.\n"
     "Νεφρικό: CVVHDF από τις 15/01, ισοζύγιο -1,2 L.\n"
     "Λοιμώξεις: PCR γρίπης A θετική· οσελταμιβίρη 75 mg x 2 (ημέρα 7)· γαλακτομαννάνη BAL 1,2 και καλλιέργεια "
     "Aspergillus fumigatus → βορικοναζόλη IV, στάθμη την Τρίτη.\n"
     "SOFA 11 (χθες 12).\n"
     "Οικογένεια: ενημερώθηκε η σύζυγος Χρυσάνθη Βογιατζή (κιν. 6945 218 407) και ο γιος Νικήτας στις 13:00. Δεν είχε "
     "εμβολιαστεί για γρίπη τον Οκτώβριο.\n"
     "Ιατρός βάρδιας: Ξανθίππη Ζαφειρίου, επιμελήτρια Β' | Υπεύθυνος ΜΕΘ: Παντελής Κουκουλιάς, ΑΜ ΙΣΘ 12804",
     [("HOSPITAL", ["Γ.Ν. Θεσσαλονίκης «Γ. Παπανικολάου»"]), ("DATE", ["18/01/2026"]),
      ("NAME", ["Στέργιος", "Μπουρνάζος"]), ("NAME", ["Ιορδάνη"]), ("ID", ["18076712647"]), ("MRN", ["26/00418"]),
      ("LOCATION", ["Λιτόχωρου"]), ("LOCATION", ["Πιερίας"]), ("ADDRESS", ["Αγίας Κυριακής 9"]),
      ("LOCATION", ["«Σπήλιος Αγαπητός»"]), ("LOCATION", ["Όλυμπο"]), ("DATE", ["12 Ιανουαρίου 2026"]),
      ("HOSPITAL", ["Γ.Ν. Κατερίνης"]), ("HOSPITAL", ["ΠΓΝΘ ΑΧΕΠΑ"]), ("NAME", ["Φώτη", "Λαμπρινίδη"]),
      ("PHONE", ["2313 303 418"]), ("DATE", ["15/01"]), ("NAME", ["Χρυσάνθη", "Βογιατζή"]), ("PHONE", ["6945 218 407"]),
      ("NAME", ["Νικήτας"]), ("DATE", ["Οκτώβριο"]), ("NAME", ["Ξανθίππη", "Ζαφειρίου"]),
      ("NAME", ["Παντελής", "Κουκουλιάς"]), ("LICENCE", ["12804"])],
     ["σοβαρό ARDS", "ορισμό του Βερολίνου, 2012", "A(H1N1)pdm09", "IAPA", "RASS -4", "CAM-ICU", "PaO2/FiO2 112",
      "PEEP 14 cmH2O", "Vt 6 mL/kg PBW", "νοραδρεναλίνη 0,18 μg/kg/min", "CVVHDF", "οσελταμιβίρη 75 mg x 2",
      "Aspergillus fumigatus", "SOFA 11"]),

    # 27 - Canada, British Columbia (South Okanagan): correctional health services intake and follow-up note
    ("BC Correctional Health Services - Okanagan Correctional Centre, Oliver BC\n"
     "HEALTH CARE NOTE - OPIOID AGONIST TREATMENT / HCV | 2025-11-04 09:30 | Living Unit 3 Bravo, cell 14\n"
     "Client: Dakota Terbasket-Louie | 31 M | DOB 1994-05-22 | PHN 9852 074 616 | CS# 04418273\n"
     "Remanded 2025-10-28 from Penticton RCMP cells; next court date at the Penticton Law Courts Nov 19. Home "
     "community Keremeos; mother Shayla Terbasket (250-499-7182). Worked at Nk'Mip Cellars in Osoyoos until the "
     "summer.\n"
     "S: On arrival used fentanyl daily (smoked + injected). Started Suboxone on intake. Asking about the monthly "
     "injection so he doesn't have to line up at med call.\n"
     "O: COWS 3 (was Clinical Opiate Withdrawal Scale 14 on day 1). Vitals normal. Healing abscess L antecubital "
     "fossa - swab grew MRSA, completed doxycycline. Urine drug screen on intake: fentanyl, methamphetamine "
     "positive.\n"
     "Labs (drawn 2025-10-29): HCV antibody reactive, HCV RNA 1.2 million IU/mL, genotype 3a; APRI 0.6; HBsAg "
     "negative; HIV negative. PHQ-9 16/27, no suicidal ideation.\n"
     "A/P:\n"
     "1. OUD - stable on buprenorphine/naloxone (Suboxone) 16/4 mg SL daily for 7 days; first Sublocade 300 mg SC "
     "today, 09:20, lot 25A418, abdomen R; second dose in 4 weeks.\n"
     "2. HCV - sofosbuvir/velpatasvir (Epclusa) x 12 weeks, approved via PharmaCare; start Monday; must continue in "
     "the community if released - linked to the Penticton Outreach Health clinic (Stephanie Kruger, RN).\n"
     "3. Take Home Naloxone kit and overdose teaching before any release. Contact Elder Gabriel Marchand (spiritual "
     "care) at his request.\n"
     "Seen with Dr. Anand Whitford-Sohi (CPSBC 41822) by video from Kamloops.\n"
     "Signed: Kerri-Lynn Okeefe, RN (BCCNM 0418273) (KLO)",
     [("HOSPITAL", ["Okanagan Correctional Centre"]), ("LOCATION", ["Oliver"]), ("DATE", ["2025-11-04"]),
      ("LOCATION", ["Living Unit 3 Bravo"]), ("NAME", ["Dakota", "Terbasket-Louie"]), ("DATE", ["1994-05-22"]),
      ("ID", ["9852 074 616"]), ("ID", ["04418273"]), ("DATE", ["2025-10-28"]), ("LOCATION", ["Penticton"]),
      ("LOCATION", ["Penticton Law Courts"]), ("DATE", ["Nov 19"]), ("LOCATION", ["Keremeos"]),
      ("NAME", ["Shayla", "Terbasket"]), ("PHONE", ["250-499-7182"]), ("LOCATION", ["Nk'Mip Cellars"]),
      ("LOCATION", ["Osoyoos"]), ("DATE", ["2025-10-29"]), ("HOSPITAL", ["Penticton Outreach Health clinic"]),
      ("NAME", ["Stephanie", "Kruger"]), ("NAME", ["Gabriel", "Marchand"]), ("NAME", ["Anand", "Whitford-Sohi"]),
      ("LICENCE", ["41822"]), ("LOCATION", ["Kamloops"]), ("NAME", ["Kerri-Lynn", "Okeefe"]), ("LICENCE", ["0418273"]),
      ("NAME", ["KLO"])],
     ["fentanyl", "Suboxone", "COWS 3", "Clinical Opiate Withdrawal Scale 14", "MRSA", "HCV RNA 1.2 million IU/mL",
      "genotype 3a", "APRI 0.6", "PHQ-9 16/27", "buprenorphine/naloxone (Suboxone) 16/4 mg", "Sublocade 300 mg SC",
      "sofosbuvir/velpatasvir (Epclusa) x 12 weeks", "Take Home Naloxone kit"]),

    # 28 - England, Kent (Folkestone): initial health assessment of a newly arrived asylum seeker
    ("Kent Community Health NHS Foundation Trust - Asylum Seeker and Refugee Health Team\n"
     "INITIAL HEALTH ASSESSMENT | Clinic at The Pilgrim's Rest Hotel, Sandgate Road, Folkestone | 06/11/2025\n"
     "Name: Samiullah Hamidi | M | DOB 03/07/2002 (given as 1381/04/12 on his tazkira) | NHS No. 703 518 2640 | Home "
     "Office ref. H1184705\n"
     "Language: Dari (Pashto also) - telephone interpreter.\n"
     "Journey: left Kunduz after Nowruz; through Iran, Turkey and the Balkans; 3 months in the camp at Loon-Plage; "
     "arrived by small boat 28/10/2025, processed at Western Jet Foil, Dover, then Manston. Moved to this hotel on "
     "01/11/2025 (room 214). Worked as a mechanic in his uncle's garage. Brother Zabihullah lives in Peterborough, "
     "0748 133 2960.\n"
     "Physical: itchy rash between fingers and on wrists 3 weeks - burrows seen, scabies; healing laceration R shin. "
     "BMI 19.4. Dental pain LR6.\n"
     "Mental health: nightmares and flashbacks of the crossing and of detention; PHQ-9 19/27; PCL-5 52; Refugee "
     "Health Screener-15 score 29. No current suicidal intent; safety plan done.\n"
     "Screening: QuantiFERON-TB Gold Plus positive, CXR clear - latent TB infection, for treatment via the TB "
     "service; HBsAg negative, HIV negative, hepatitis C antibody negative, varicella IgG negative, Hb 131 g/L.\n"
     "Vaccines today: MMR dose 1, Td/IPV. Catch-up at the GP.\n"
     "Plan: permethrin 5% cream for him and room-mate (repeat in 7 days); registered with Harbourside Medical "
     "Practice, Hythe; referral to the Kent Refugee Action Network and to the trauma therapy service; dental urgent "
     "care slot 10/11/2025.\n"
     "Hotel welfare lead informed.\n"
     "Assessed by: Imara Bassett-Kowalski, Nurse Practitioner | NMC 14J0382E | imara.bassett@kentcht.example.nhs.uk",
     [("LOCATION", ["Kent"]), ("LOCATION", ["The Pilgrim's Rest Hotel"]), ("ADDRESS", ["Sandgate Road"]),
      ("LOCATION", ["Folkestone"]), ("DATE", ["06/11/2025"]), ("NAME", ["Samiullah", "Hamidi"]),
      ("DATE", ["03/07/2002"]), ("DATE", ["1381/04/12"]), ("ID", ["703 518 2640"]), ("ID", ["H1184705"]),
      ("LOCATION", ["Kunduz"]), ("DATE", ["Nowruz"]), ("LOCATION", ["Loon-Plage"]), ("DATE", ["28/10/2025"]),
      ("LOCATION", ["Western Jet Foil"]), ("LOCATION", ["Dover"]), ("LOCATION", ["Manston"]), ("DATE", ["01/11/2025"]),
      ("NAME", ["Zabihullah"]), ("LOCATION", ["Peterborough"]), ("PHONE", ["0748 133 2960"]),
      ("HOSPITAL", ["Harbourside Medical Practice"]), ("LOCATION", ["Hythe"]), ("DATE", ["10/11/2025"]),
      ("NAME", ["Imara", "Bassett-Kowalski"]), ("LICENCE", ["14J0382E"]),
      ("EMAIL", ["imara.bassett@kentcht.example.nhs.uk"])],
     ["scabies", "BMI 19.4", "PHQ-9 19/27", "PCL-5 52", "Refugee Health Screener-15 score 29",
      "QuantiFERON-TB Gold Plus positive", "latent TB infection", "HBsAg negative", "varicella IgG negative",
      "Hb 131 g/L", "MMR dose 1", "Td/IPV", "permethrin 5% cream"]),

    # 29 - Turkey, Trabzon (Of; Çaykara): emergency department discharge summary, mad honey poisoning (Turkish)
    ("T.C. Sağlık Bakanlığı - Trabzon Kanuni Eğitim ve Araştırma Hastanesi\n"
     "Acil Tıp Kliniği - EPİKRİZ\n"
     "Protokol No: 2025/418273 | Başvuru: 14 Temmuz 2025, 21:47 | Taburcu: 15.07.2025, 16:10\n"
     "Hasta: Recep Hacıoğlu | Erkek | 57 yaş | Doğum tarihi: 03.02.1968 | T.C. Kimlik No: 38470561936\n"
     "Adres: Uğurlu Mahallesi, Fındıklı Sokak No: 6, Of / Trabzon | Tel: 0532 418 27 60\n"
     "Yakını: eşi Hayriye Hacıoğlu, 0462 771 30 85. Hastayı oğlu Cevdet kendi aracıyla (61 AKT 482) getirdi.\n"
     "Şikâyet: baş dönmesi, bulantı, kusma, terleme, bayılma hissi. Akşam yemeğinden sonra, Çaykara'da Uzungöl "
     "yaylasındaki akrabasından aldığı \"deli bal\"dan 3-4 yemek kaşığı yemiş. Kurban Bayramı'nda da aynı baldan "
     "yemiş, o zaman bir şey olmamış.\n"
     "Fizik muayene: GKS 15, bilinç açık, soluk ve terli. TA 70/40 mmHg, nabız 38/dk, SpO2 %96.\n"
     "EKG: sinüs bradikardisi (KH 38/dk), aralıklı 2. derece AV blok Mobitz tip I (Wenckebach), QTc 452 ms.\n"
     "Laboratuvar: troponin I negatif, potasyum 4,1 mmol/L, glukoz 128 mg/dL.\n"
     "Tanı: Deli bal zehirlenmesi (grayanotoksin; Rhododendron ponticum nektarı).\n"
     "Tedavi: atropin 0,5 mg IV iki kez (22:05 ve 22:20), %0,9 NaCl 1000 mL, monitörize takip. 6. saatte nabız 64/dk, "
     "TA 118/72 mmHg, AV blok düzeldi.\n"
     "Öneriler: kaynağı bilinmeyen baldan kaçınması; şikâyet tekrarlarsa 112'yi araması. Ulusal Zehir Danışma Merkezi "
     "(114) ile görüşüldü. Kontrol: Of Devlet Hastanesi dahiliye polikliniği, 22 Temmuz.\n"
     "Sorumlu hekim: Dr. Gülşen Karadeniz-Yılmazer, Acil Tıp Uzmanı | Diploma tescil no: 104827 | Asistan: Dr. Emre "
     "Sarıalioğlu",
     [("HOSPITAL", ["Trabzon Kanuni Eğitim ve Araştırma Hastanesi"]), ("ID", ["2025/418273"]),
      ("DATE", ["14 Temmuz 2025"]), ("DATE", ["15.07.2025"]), ("NAME", ["Recep", "Hacıoğlu"]), ("DATE", ["03.02.1968"]),
      ("ID", ["38470561936"]), ("ADDRESS", ["Uğurlu Mahallesi", "Fındıklı Sokak No: 6"]), ("LOCATION", ["Of"]),
      ("LOCATION", ["Trabzon"]), ("PHONE", ["0532 418 27 60"]), ("NAME", ["Hayriye"]), ("PHONE", ["0462 771 30 85"]),
      ("NAME", ["Cevdet"]), ("PLATE", ["61 AKT 482"]), ("LOCATION", ["Çaykara"]), ("LOCATION", ["Uzungöl"]),
      ("DATE", ["Kurban Bayramı"]), ("HOSPITAL", ["Of Devlet Hastanesi"]), ("DATE", ["22 Temmuz"]),
      ("NAME", ["Gülşen", "Karadeniz-Yılmazer"]), ("LICENCE", ["104827"]), ("NAME", ["Emre", "Sarıalioğlu"])],
     ["baş dönmesi", "deli bal", "GKS 15", "TA 70/40 mmHg", "nabız 38/dk", "sinüs bradikardisi (KH 38/dk)",
      "2. derece AV blok Mobitz tip I (Wenckebach)", "QTc 452 ms", "troponin I negatif", "grayanotoksin",
      "Rhododendron ponticum", "atropin 0,5 mg IV", "%0,9 NaCl 1000 mL", "TA 118/72 mmHg"]),

    # 30 - USA, Ohio (Athens County): school nurse health office record, type 1 diabetes with hypoglycemia
    ("Sunday Creek Local Schools - Middle School Health Office, 5 Sprouse Ave, Glouster OH 45732\n"
     "STUDENT HEALTH RECORD - DIABETES LOG | Student: Braxton Cottrill-Mapes | Gr 7 | DOB 03/18/2013 | Student ID "
     "2013-048172\n"
     "Home: 23580 Sand Run Rd, Shade OH 45776 | Mom Crystal Cottrill (cell 740-591-2846, works at the Chauncey Dollar "
     "General)\n"
     "Endocrinology: Nationwide Children's Hospital, diabetes team NP Kimberly Yoder\n"
     "Devices: Dexcom G7 (sensor SN 3GT-07418829, changed 10/13); Omnipod 5 in automated mode (PDM SN OP5-2284170).\n"
     "Orders per 504 plan and DMMP: target 120 mg/dL, I:C ratio 1:12, correction factor 1:45, Rule of 15 for lows; "
     "Baqsimi 3 mg in health office and with PE teacher Mr. Haskins.\n"
     "\n"
     "Wed 10/15/2025\n"
     "10:42 (DS) CGM alarm in math class - 54 mg/dL with down arrow. Walked to office with a buddy. Shaky, pale, "
     "alert. 15 g fast-acting carbohydrate (4 glucose tabs).\n"
     "10:57 (DS) recheck fingerstick 72 mg/dL. Another 15 g. Pod had delivered a 6-unit bolus at 10:05 for a snack he "
     "then didn't eat (Fall Fest bake sale).\n"
     "11:12 (DS) 104 mg/dL, arrow flat. Crackers + cheese stick. Back to class 11:20.\n"
     "11:25 (DS) Left voicemail for mom; she called back 11:40 - will talk with endo about pre-bolus habits.\n"
     "13:30 (B. Sayre) Before PE: 188 mg/dL, ketones 0.4 mmol/L, OK to participate, water bottle.\n"
     "\n"
     "Last HbA1c 7.9% (09/02/2025). No DKA admissions since diagnosis at age 9. Will email the DMMP update to "
     "braxton.parents@example.com and the counselor.\n"
     "D. Scarberry, RN, LSN (OH RN 418276) | Brittany Sayre, LPN",
     [("LOCATION", ["Sunday Creek"]), ("ADDRESS", ["5 Sprouse Ave"]), ("LOCATION", ["Glouster"]),
      ("POSTCODE", ["45732"]), ("NAME", ["Braxton", "Cottrill-Mapes"]), ("DATE", ["03/18/2013"]),
      ("ID", ["2013-048172"]), ("ADDRESS", ["23580 Sand Run Rd"]), ("LOCATION", ["Shade"]), ("POSTCODE", ["45776"]),
      ("NAME", ["Crystal", "Cottrill"]), ("PHONE", ["740-591-2846"]), ("LOCATION", ["Chauncey"]),
      ("HOSPITAL", ["Nationwide Children's Hospital"]), ("NAME", ["Kimberly", "Yoder"]), ("SERIAL", ["3GT-07418829"]),
      ("DATE", ["10/13"]), ("SERIAL", ["OP5-2284170"]), ("NAME", ["Haskins"]), ("DATE", ["10/15/2025"]),
      ("NAME", ["DS"]), ("DATE", ["Fall Fest"]), ("DATE", ["09/02/2025"]), ("EMAIL", ["braxton.parents@example.com"]),
      ("NAME", ["D. Scarberry"]), ("LICENCE", ["418276"]), ("NAME", ["Brittany", "Sayre"])],
     ["Dexcom G7", "Omnipod 5", "504 plan", "I:C ratio 1:12", "correction factor 1:45", "Rule of 15", "Baqsimi 3 mg",
      "54 mg/dL with down arrow", "15 g fast-acting carbohydrate", "6-unit bolus", "ketones 0.4 mmol/L", "HbA1c 7.9%",
      "No DKA admissions"]),

    # 31 - England, West Yorkshire (Leeds; Bradford district): sports medicine clinic note, sprinter's hamstring injury
    ("Calverley Sports Medicine & Physiotherapy - 18 Carr Road, Calverley, Pudsey LS28 5NW | 0113 418 2267\n"
     "SPORTS MEDICINE CONSULTATION | Fri 06/02/26 | Clinician: Dr Jessamy Fenwick-Okonjo (SEM), GMC 7218406\n"
     "Athlete: Tyrese Bramley-Achebe | 22 M | DOB 29.08.2003 | NHS 401 836 5292 | England Athletics URN 3418207\n"
     "Address: 41 Highfield Road, Idle, Bradford BD10 8QE | 07935 218 406 | Instagram @tyrese_b100m\n"
     "Club: Aire Valley AC; coach Amara Pearce-Whitley.\n"
     "History: sharp pain R posterior thigh at ~50 m in the 60 m heat at the Northern Indoor Championships at EIS "
     "Sheffield on Sunday 1 February; pulled up, walked off. Previous L hamstring strain at the county champs last "
     "summer.\n"
     "Exam: bruising posteromedial R thigh. Tender 14 cm above the ischial tuberosity, 6 cm long. Passive straight "
     "leg raise 60° (L 85°). Askling H-test positive. Slump test negative. Prone knee flexion 4/5 with pain.\n"
     "MRI (04/02/26, Spire Leeds, acc. SPL-2602-8843): R biceps femoris long head injury at the musculotendinous "
     "junction, 8.5 cm craniocaudal, no intratendinous extension - BAMIC grade 3b.\n"
     "Plan: no NSAIDs for the first 72 h; progressive loading - isometrics, then Nordic hamstring exercise and "
     "high-speed running programme with the club physio Callan Battye; isokinetic testing (Biodex) before return, "
     "goal H:Q ratio above 0.6 and less than 10% side-to-side deficit. GPS max speed target 95% of his 9.8 m/s before "
     "spikes. Expected return to competition 6-8 weeks - aiming for the BUCS outdoors in May.",
     [("HOSPITAL", ["Calverley Sports Medicine & Physiotherapy"]), ("ADDRESS", ["18 Carr Road"]),
      ("LOCATION", ["Calverley"]), ("LOCATION", ["Pudsey"]), ("POSTCODE", ["LS28 5NW"]), ("PHONE", ["0113 418 2267"]),
      ("DATE", ["06/02/26"]), ("NAME", ["Jessamy", "Fenwick-Okonjo"]), ("LICENCE", ["7218406"]),
      ("NAME", ["Tyrese", "Bramley-Achebe"]), ("DATE", ["29.08.2003"]), ("ID", ["401 836 5292"]), ("ID", ["3418207"]),
      ("ADDRESS", ["41 Highfield Road"]), ("LOCATION", ["Idle"]), ("LOCATION", ["Bradford"]),
      ("POSTCODE", ["BD10 8QE"]), ("PHONE", ["07935 218 406"]), ("HANDLE", ["tyrese_b100m"]),
      ("LOCATION", ["Aire Valley AC"]), ("NAME", ["Amara", "Pearce-Whitley"]), ("LOCATION", ["EIS Sheffield"]),
      ("DATE", ["1 February"]), ("DATE", ["04/02/26"]), ("HOSPITAL", ["Spire Leeds"]), ("ID", ["SPL-2602-8843"]),
      ("NAME", ["Callan", "Battye"]), ("DATE", ["May"])],
     ["R posterior thigh", "60 m heat", "ischial tuberosity", "Passive straight leg raise 60°",
      "Askling H-test positive", "Slump test negative", "Prone knee flexion 4/5", "biceps femoris long head",
      "BAMIC grade 3b", "Nordic hamstring exercise", "isokinetic testing (Biodex)", "H:Q ratio above 0.6", "9.8 m/s"]),

    # 32 - England, Devon (East Devon coast): care home to hospital transfer form ("red bag"), resident aged 98
    ("HOSPITAL TRANSFER FORM - Red Bag Scheme | The Anchorage Residential Home, Fore Street, Beer, Devon EX12 3EQ\n"
     "Date/time of transfer: 22/11/2025 03:40 | Going to: Royal Devon University Hospital (Wonford), Emergency Dept\n"
     "Resident: Mrs Hilda Marjorie Pengelly | 98 years old | DOB 14/02/1927 | NHS No. 612 093 8478 | Room 7\n"
     "GP: Dr Nadine Gillard, Seaton and Colyton Medical Practice | Resident here since March 2019.\n"
     "Next of kin: son Sidney Pengelly, Seaton - 07711 418 392 (informed 03:25, meeting her at ED). Granddaughter "
     "Bessie Loveridge in Honiton holds LPA for health and welfare with him.\n"
     "Reason for transfer: new confusion, breathless, temp 38.4; NEWS2 7 (RR 26, SpO2 89% on air, HR 112, BP 104/60). "
     "Urine dark; catheter bag 80 mL since 20:00.\n"
     "Baseline: Lewy body dementia - normally chats, knows staff, feeds herself; walks 10 m with a frame and one "
     "carer. Clinical Frailty Scale 7. Widowed in 1994; she was a Wren in the war and likes to talk about it.\n"
     "Falls: last fall on Boxing Day, no injury.\n"
     "ReSPECT form (in bag, signed 12/06/2024): DNACPR; hospital treatment for reversible problems yes, no ICU.\n"
     "Medicines (MAR sheet in bag): apixaban 2.5 mg bd, donepezil 5 mg nocte, paracetamol 1 g qds, Laxido 1 sachet "
     "od. Allergy: trimethoprim (rash).\n"
     "Continence: long-term CH14 Foley catheter, last changed 08/11/2025 by the district nurse.\n"
     "Skin: Waterlow 21; grade 1 pressure area L heel, heel boots in bag.\n"
     "Eating & drinking: IDDSI Level 5 Minced & Moist diet, IDDSI Level 2 mildly thick fluids (SALT 04/09/2025). MUST "
     "2.\n"
     "Pain: Abbey Pain Scale 9 tonight (usually 2). Hearing aids and glasses in bag; dentures top only.\n"
     "She will be 99 on Valentine's Day and wants to be back home for it.\n"
     "Completed by: Kayleigh Vosper, senior carer, with Lorna Trewin RN (on call)",
     [("LOCATION", ["The Anchorage Residential Home"]), ("ADDRESS", ["Fore Street"]), ("LOCATION", ["Beer"]),
      ("LOCATION", ["Devon"]), ("POSTCODE", ["EX12 3EQ"]), ("DATE", ["22/11/2025"]),
      ("HOSPITAL", ["Royal Devon University Hospital"]), ("LOCATION", ["Wonford"]),
      ("NAME", ["Hilda", "Marjorie", "Pengelly"]), ("AGE", ["98 years old"]), ("DOB90", ["14/02/1927"]),
      ("ID", ["612 093 8478"]), ("NAME", ["Nadine", "Gillard"]), ("HOSPITAL", ["Seaton and Colyton Medical Practice"]),
      ("DATE", ["March 2019"]), ("NAME", ["Sidney"]), ("LOCATION", ["Seaton"]), ("PHONE", ["07711 418 392"]),
      ("NAME", ["Bessie", "Loveridge"]), ("LOCATION", ["Honiton"]), ("DATE", ["1994"]), ("DATE", ["Boxing Day"]),
      ("DATE", ["12/06/2024"]), ("DATE", ["08/11/2025"]), ("DATE", ["04/09/2025"]), ("AGE", ["99"]),
      ("DATE", ["Valentine's Day"]), ("NAME", ["Kayleigh", "Vosper"]), ("NAME", ["Lorna", "Trewin"])],
     ["NEWS2 7", "SpO2 89% on air", "BP 104/60", "Lewy body dementia", "Clinical Frailty Scale 7", "DNACPR",
      "apixaban 2.5 mg bd", "donepezil 5 mg nocte", "Laxido", "CH14 Foley catheter", "Waterlow 21",
      "IDDSI Level 5 Minced & Moist", "IDDSI Level 2 mildly thick fluids", "Abbey Pain Scale 9"]),

    # 33 - Taiwan, Hualien County: notifiable infectious disease report, scrub typhus (traditional Chinese)
    ("佛教慈濟醫療財團法人花蓮慈濟醫院 感染管制中心\n"
     "傳染病個案報告單（第四類法定傳染病：恙蟲病）｜通報編號 HL-1141006-0418｜通報日期：民國114年10月6日\n"
     "病人：林志豪（族名 Kacaw，阿美族）｜男｜出生日期：民國68年3月21日｜身分證字號：U118603924｜病歷號 08841727\n"
     "住址：花蓮縣光復鄉大安村中正路二段31號（馬太鞍部落）｜手機 0928-417-306\n"
     "職業：務農，種植箭筍與檳榔；9月27日至瑞穗鄉舞鶴台地割草、採野菜（過山貓），未穿長袖。\n"
     "主訴：發燒、頭痛、全身肌肉痠痛5天，9月30日曾至光復鄉衛生所就診，給予退燒藥。\n"
     "身體檢查：體溫 39.4°C，右腹股溝處焦痂（eschar）0.8 cm，右側腹股溝淋巴結腫大，軀幹斑丘疹。\n"
     "檢驗：血小板 62,000/μL，AST 156 U/L，ALT 122 U/L，CRP 9.8 mg/dL。Weil-Felix test OX-K 1:320；送疾管署昆陽實驗室間接免疫螢光抗體（IFA）IgM "
     "1:160，檢體編號 CDC-HL-4182。\n"
     "診斷：恙蟲病（Orientia tsutsugamushi 感染）。\n"
     "處置：doxycycline 100 mg bid 口服7天，退燒後出院；10月13日門診追蹤。\n"
     "接觸者：同行割草之妻 張美玲（0937-218-604）與鄰居 高文雄，已衛教自我健康監測至10月11日。\n"
     "通報醫師：陳冠廷　醫師證書字號：醫字第041827號　感管師：吳佩珊 分機 2137",
     [("HOSPITAL", ["佛教慈濟醫療財團法人花蓮慈濟醫院"]), ("ID", ["HL-1141006-0418"]), ("DATE", ["民國114年10月6日"]), ("NAME", ["林志豪"]),
      ("NAME", ["Kacaw"]), ("DATE", ["民國68年3月21日"]), ("ID", ["U118603924"]), ("MRN", ["08841727"]),
      ("LOCATION", ["花蓮縣"]), ("LOCATION", ["光復鄉"]), ("ADDRESS", ["大安村中正路二段31號"]), ("LOCATION", ["馬太鞍部落"]),
      ("PHONE", ["0928-417-306"]), ("DATE", ["9月27日"]), ("LOCATION", ["瑞穗鄉"]), ("LOCATION", ["舞鶴台地"]),
      ("DATE", ["9月30日"]), ("HOSPITAL", ["光復鄉衛生所"]), ("ID", ["CDC-HL-4182"]), ("DATE", ["10月13日"]), ("NAME", ["張美玲"]),
      ("PHONE", ["0937-218-604"]), ("NAME", ["高文雄"]), ("DATE", ["10月11日"]), ("NAME", ["陳冠廷"]),
      ("LICENCE", ["醫字第041827號"]), ("NAME", ["吳佩珊"]), ("PHONE", ["2137"])],
     ["第四類法定傳染病", "恙蟲病", "體溫 39.4°C", "焦痂（eschar）", "淋巴結腫大", "血小板 62,000/μL", "AST 156 U/L", "CRP 9.8 mg/dL",
      "Weil-Felix test OX-K 1:320", "間接免疫螢光抗體（IFA）IgM 1:160", "Orientia tsutsugamushi", "doxycycline 100 mg bid"]),

    # 34 - Scotland, Greater Glasgow and Clyde (Drumchapel; Gartnavel): adult audiology report, sudden hearing loss
    ("Audiology Department, Gartnavel General Hospital, 1053 Great Western Road, G12 0YN | Tel 0141 211 3418\n"
     "ADULT AUDIOLOGY REPORT | Tested 13 January 2026, 14:10 | Audiologist: Morven Carmichael-Grieve (RCCP 04182)\n"
     "Patient: Ms Shona McAulay | DOB 27/07/1969 | CHI 2707694142 | Tel 07918 341 726\n"
     "Address: 16 Kinfauns Drive, Drumchapel, G15 7TG\n"
     "Referred by: Dr Iain Lindsay, ENT, Queen's Park clinic, urgent - left sudden hearing loss noticed on waking on "
     "Hogmanay, with roaring tinnitus and fullness. Works as a bus driver for McGill's out of the Yoker depot - off "
     "sick since 02/01/26. Partick Thistle season-ticket holder at Firhill (\"the crowd noise is all on one side\").\n"
     "Otoscopy: clear canals, intact drums. Audiogram exported to the Noah workstation at 10.201.17.45.\n"
     "Tympanometry: Type A bilaterally. Acoustic reflexes: absent on left (ipsilateral and contralateral).\n"
     "Pure-tone audiometry (masked where needed): right within normal limits, pure-tone average 15 dB HL; left flat "
     "sensorineural loss, pure-tone average 68 dB HL (0.5-4 kHz). Stenger test negative.\n"
     "Speech: left speech discrimination 40% at 80 dB HL; right 100%.\n"
     "Tinnitus Handicap Inventory 56/100 (moderate).\n"
     "Summary: left sudden sensorineural hearing loss, no conductive element, asymmetry > 15 dB at two frequencies - "
     "needs MRI of the internal auditory meatus to exclude a retrocochlear cause. Reported to Dr Lindsay by phone "
     "today; he has started prednisolone 60 mg for 7 days and will arrange intratympanic dexamethasone if no "
     "recovery. Repeat audiogram 27/01/2026. CROS hearing aid trial (Phonak Audéo Lumity, demo unit serial 2417A0392) "
     "if there is no recovery by 3 months.\n"
     "Copy: Dr Ishbel Kerr, Blairdardie Medical Centre",
     [("HOSPITAL", ["Gartnavel General Hospital"]), ("ADDRESS", ["1053 Great Western Road"]), ("POSTCODE", ["G12 0YN"]),
      ("PHONE", ["0141 211 3418"]), ("DATE", ["13 January 2026"]), ("NAME", ["Morven", "Carmichael-Grieve"]),
      ("LICENCE", ["04182"]), ("NAME", ["Shona", "McAulay"]), ("DATE", ["27/07/1969"]), ("ID", ["2707694142"]),
      ("PHONE", ["07918 341 726"]), ("ADDRESS", ["16 Kinfauns Drive"]), ("LOCATION", ["Drumchapel"]),
      ("POSTCODE", ["G15 7TG"]), ("NAME", ["Iain", "Lindsay"]), ("HOSPITAL", ["Queen's Park clinic"]),
      ("DATE", ["Hogmanay"]), ("LOCATION", ["McGill's"]), ("LOCATION", ["Yoker"]), ("DATE", ["02/01/26"]),
      ("LOCATION", ["Partick Thistle"]), ("LOCATION", ["Firhill"]), ("IP", ["10.201.17.45"]), ("DATE", ["27/01/2026"]),
      ("SERIAL", ["2417A0392"]), ("NAME", ["Ishbel", "Kerr"]), ("HOSPITAL", ["Blairdardie Medical Centre"])],
     ["Type A bilaterally", "Acoustic reflexes: absent on left", "pure-tone average 15 dB HL",
      "pure-tone average 68 dB HL", "Stenger test negative", "speech discrimination 40% at 80 dB HL",
      "Tinnitus Handicap Inventory 56/100", "sudden sensorineural hearing loss", "internal auditory meatus",
      "retrocochlear", "prednisolone 60 mg", "intratympanic dexamethasone", "Phonak Audéo Lumity"]),

    # 35 - India, Rajasthan (Banswara): malnutrition treatment centre discharge summary, SAM (Hindi)
    ("महात्मा गांधी चिकित्सालय, बांसवाड़ा - कुपोषण उपचार केंद्र (MTC)\n"
     "डिस्चार्ज सारांश | MTC क्रमांक 418/2025 | IPD नं. 25-118472\n"
     "बच्चे का नाम: किशन डामोर | लिंग: पुरुष | आयु: 1 वर्ष 6 माह | जन्म तिथि: 02/05/2024\n"
     "माता: सीता डामोर (आधार 3951 7402 6886) | पिता: रमेश डामोर - सूरत की कपड़ा मिल में मज़दूरी करते हैं\n"
     "पता: गाँव बोरी, तहसील कुशलगढ़, ज़िला बांसवाड़ा, राजस्थान 327604 | मोबाइल: 98290 41736\n"
     "RCH ID: 108241730562 | जन आधार: 4180273615\n"
     "रेफ़र करने वाली आशा: कमला निनामा; ANM: पूजा गरासिया, उप स्वास्थ्य केंद्र छोटी सरवन\n"
     "भर्ती: 20 अक्टूबर 2025 (दीपावली के दिन; कार्तिक अमावस्या, विक्रम संवत 2082) | डिस्चार्ज: 04/11/2025\n"
     "भर्ती के समय: वज़न 6.1 किग्रा, लंबाई 74 सेमी, MUAC 10.8 सेमी, WHZ < -3 SD, द्विपक्षीय पिटिंग एडिमा (+), "
     "हीमोग्लोबिन 6.9 g/dL, दस्त और खाँसी। निदान: गंभीर तीव्र कुपोषण (SAM) जटिलताओं के साथ।\n"
     "उपचार: F-75 फिर F-100, ReSoMal, अमोक्सिसिलिन, विटामिन A, फोलिक एसिड, आयरन (14वें दिन से), रक्ताधान नहीं किया "
     "गया।\n"
     "डिस्चार्ज के समय: वज़न 6.9 किग्रा (15% वज़न वृद्धि), वज़न वृद्धि 9.4 ग्राम/किग्रा/दिन, एडिमा नहीं, भूख परीक्षण "
     "(appetite test) पास।\n"
     "सलाह: घर पर पोषण आहार, आंगनवाड़ी केंद्र बोरी से THR; 15 दिन पर चार फॉलो-अप - पहला 19/11/2025। माँ को ₹ 50 "
     "प्रतिदिन की क्षतिपूर्ति दी गई।\n"
     "चिकित्सा अधिकारी: डॉ. अंकित मेघवाल, RMC रजि. नं. 41827 | पोषण परामर्शदाता: रेखा खराड़ी",
     [("HOSPITAL", ["महात्मा गांधी चिकित्सालय"]), ("LOCATION", ["बांसवाड़ा"]), ("ID", ["418/2025"]),
      ("MRN", ["25-118472"]), ("NAME", ["किशन", "डामोर"]), ("DATE", ["02/05/2024"]), ("NAME", ["सीता"]),
      ("ID", ["3951 7402 6886"]), ("NAME", ["रमेश"]), ("LOCATION", ["सूरत"]), ("LOCATION", ["बोरी"]),
      ("LOCATION", ["कुशलगढ़"]), ("POSTCODE", ["327604"]), ("PHONE", ["98290 41736"]), ("ID", ["108241730562"]),
      ("ID", ["4180273615"]), ("NAME", ["कमला", "निनामा"]), ("NAME", ["पूजा", "गरासिया"]),
      ("HOSPITAL", ["उप स्वास्थ्य केंद्र छोटी सरवन"]), ("DATE", ["20 अक्टूबर 2025"]), ("DATE", ["दीपावली"]),
      ("DATE", ["कार्तिक अमावस्या, विक्रम संवत 2082"]), ("DATE", ["04/11/2025"]), ("DATE", ["19/11/2025"]),
      ("NAME", ["अंकित", "मेघवाल"]), ("LICENCE", ["41827"]), ("NAME", ["रेखा", "खराड़ी"])],
     ["MUAC 10.8 सेमी", "WHZ < -3 SD", "द्विपक्षीय पिटिंग एडिमा (+)", "गंभीर तीव्र कुपोषण (SAM)", "F-75", "F-100",
      "ReSoMal", "अमोक्सिसिलिन", "विटामिन A", "15% वज़न वृद्धि", "वज़न वृद्धि 9.4 ग्राम/किग्रा/दिन",
      "भूख परीक्षण (appetite test) पास"]),

    # 36 - Australia, Queensland (Torres Strait; Cairns): pre-anaesthetic assessment clinic, elective knee replacement
    ("Cairns Hospital - Pre-Admission and Anaesthetic Assessment Clinic (telehealth to Thursday Island Hospital)\n"
     "PRE-ANAESTHETIC ASSESSMENT | 03/03/2026 | URN 1184072\n"
     "Patient: Mrs Elsie Nona-Mosby | 54 F | DOB 16/09/1971 | Medicare 4163 05782 1 (IRN 3) | IHI 8003 6082 9501 "
     "7347\n"
     "Address: 22 Tamwoy Street, Thursday Island QLD 4875 (family from Saibai) | Ph (07) 4069 1827 | Mob 0428 173 "
     "640\n"
     "Works as a teacher aide at Tagai State College. Escort for surgery: husband Josiah Mosby. Flights and "
     "accommodation via PTSS (Patient Travel Subsidy Scheme), confirmed by Rydell Waia, PTSS officer.\n"
     "Procedure: elective R total knee arthroplasty, Dr Tamsin Aken-Ghee (orthopaedics), listed 21/04/2026.\n"
     "Background:\n"
     "- Rheumatic heart disease: moderate mitral stenosis, mitral valve area 1.4 cm2, mean gradient 8 mmHg (TTE "
     "12/01/2026); AF rate controlled. On benzathine benzylpenicillin (Bicillin L-A) 1.2 million units 4-weekly - "
     "next due 10/03.\n"
     "- T2DM, HbA1c 8.1%; eGFR 52; BMI 41.3.\n"
     "- OSA on CPAP - ResMed AirSense 11, serial 23461874209, uses it most nights.\n"
     "Airway: Mallampati III, thyromental distance 5.5 cm, full dentition, neck extension good. STOP-BANG 6/8.\n"
     "Functional: Duke Activity Status Index 18.2 (METs < 4) - limited by the knee more than by breath.\n"
     "Risk: ASA 3; Revised Cardiac Risk Index 2.\n"
     "Plan: cardiology review with repeat echo before surgery (Cairns cardiology, Dr Kiri Anau); warfarin bridging "
     "plan from the haematology pharmacist; bring CPAP to hospital; spinal anaesthetic with adductor canal block; "
     "post-op HDU bed; endocarditis prophylaxis not routinely required. Interpreter not needed (English and Kala "
     "Lagaw Ya).\n"
     "Dr Lachlan Vasquez-Rourke, FANZCA | AHPRA MED0001418273",
     [("HOSPITAL", ["Cairns Hospital"]), ("HOSPITAL", ["Thursday Island Hospital"]), ("DATE", ["03/03/2026"]),
      ("MRN", ["1184072"]), ("NAME", ["Elsie", "Nona-Mosby"]), ("DATE", ["16/09/1971"]), ("ID", ["4163 05782 1"]),
      ("ID", ["8003 6082 9501 7347"]), ("ADDRESS", ["22 Tamwoy Street"]), ("LOCATION", ["Thursday Island"]),
      ("POSTCODE", ["4875"]), ("LOCATION", ["Saibai"]), ("PHONE", ["(07) 4069 1827"]), ("PHONE", ["0428 173 640"]),
      ("LOCATION", ["Tagai State College"]), ("NAME", ["Josiah", "Mosby"]), ("NAME", ["Rydell", "Waia"]),
      ("NAME", ["Tamsin", "Aken-Ghee"]), ("DATE", ["21/04/2026"]), ("DATE", ["12/01/2026"]), ("DATE", ["10/03"]),
      ("SERIAL", ["23461874209"]), ("LOCATION", ["Cairns"]), ("NAME", ["Kiri", "Anau"]),
      ("NAME", ["Lachlan", "Vasquez-Rourke"]), ("LICENCE", ["MED0001418273"])],
     ["R total knee arthroplasty", "Rheumatic heart disease", "mitral valve area 1.4 cm2", "mean gradient 8 mmHg",
      "benzathine benzylpenicillin (Bicillin L-A) 1.2 million units 4-weekly", "HbA1c 8.1%", "BMI 41.3",
      "ResMed AirSense 11", "Mallampati III", "STOP-BANG 6/8", "Duke Activity Status Index 18.2", "ASA 3",
      "Revised Cardiac Risk Index 2", "adductor canal block"]),

    # 37 - Greece, Achaea (Patras; Aigio): hospital pharmacist medicines reconciliation on admission (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών «Παναγία η Βοήθεια» - Φαρμακείο Νοσοκομείου\n"
     "Ρίο, 26504 | τηλ. 2613 603 418 | klinfarm@pgnp.example.gr\n"
     "ΣΥΜΦΙΛΙΩΣΗ ΦΑΡΜΑΚΕΥΤΙΚΗΣ ΑΓΩΓΗΣ ΚΑΤΑ ΤΗΝ ΕΙΣΑΓΩΓΗ | 06/02/2026 | Καρδιολογική Κλινική, θάλαμος 412\n"
     "Ασθενής: Γεράσιμος Τσαούσης | 71 ετών | ΑΜΚΑ 22035434186 | ΑΦΜ 047183269 | Εισαγωγή 05/02/2026 (οξεία "
     "απορρύθμιση καρδιακής ανεπάρκειας)\n"
     "Κατοικία: Ανδρέα Λόντου 17, Αίγιο | κιν. 6977 184 203\n"
     "Πηγές: ο ασθενής και η κόρη του Σπυριδούλα Ρουμελιώτη (6944 207 318)· ιστορικό ηλεκτρονικών συνταγών (τελευταία "
     "συνταγή 2601184172035, 14 Ιανουαρίου)· τηλέφωνο στο φαρμακείο της κ. Ευφροσύνης Λαζαρίδη, Αίγιο (26910 61 482)· "
     "σημείωμα του προσωπικού ιατρού Δρ Διονύση Καλαβρυτινού.\n"
     "INR 4,6 κατά την εισαγωγή· eGFR 34 mL/min/1,73 m².\n"
     "Φάρμακα στο σπίτι → απόφαση στο νοσοκομείο:\n"
     "1. Sintrom 4 mg (1 δισκίο Δευ/Τετ/Παρ, ½ τις άλλες) → διακοπή προσωρινά λόγω INR· ΣΚΟΠΙΜΗ ασυμφωνία.\n"
     "2. Glucophage 1000 mg x 2 → διακοπή (eGFR 34)· σκόπιμη.\n"
     "3. Lasix 40 mg x 1 → φουροσεμίδη 40 mg IV x 2· σκόπιμη.\n"
     "4. Concor 5 mg x 1 στο φύλλο οδηγιών - ο ασθενής παίρνει Concor 2,5 mg από τις 20 Δεκεμβρίου (ο ιατρός του το "
     "μείωσε) → ΜΗ ΣΚΟΠΙΜΗ ασυμφωνία δόσης, διορθώθηκε.\n"
     "5. Januvia 100 mg x 1 → πρόταση για Januvia 50 mg λόγω νεφρικής λειτουργίας.\n"
     "6. Xanax 0,25 mg επί ανάγκη → παραλείφθηκε· ΜΗ ΣΚΟΠΙΜΗ, ενημερώθηκε ο θεράπων.\n"
     "7. Ginkgo biloba (από λαϊκή αγορά) → διακοπή, αλληλεπίδραση με ασενοκουμαρόλη.\n"
     "Έλεγχος κατά STOPP/START v3 και κριτήρια Beers (2023): Xanax σε ηλικιωμένο με πτώση τον Νοέμβριο.\n"
     "Ο ασθενής θέλει να είναι σπίτι για την Τσικνοπέμπτη.\n"
     "Κλινικός φαρμακοποιός: Ανδριανή Κοτσαρίνη-Πάλλη | Θεράπων: Δρ Σωτήρης Μπεκιάρης",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών «Παναγία η Βοήθεια»"]), ("LOCATION", ["Ρίο"]),
      ("POSTCODE", ["26504"]), ("PHONE", ["2613 603 418"]), ("EMAIL", ["klinfarm@pgnp.example.gr"]),
      ("DATE", ["06/02/2026"]), ("NAME", ["Γεράσιμος", "Τσαούσης"]), ("ID", ["22035434186"]), ("ID", ["047183269"]),
      ("DATE", ["05/02/2026"]), ("ADDRESS", ["Ανδρέα Λόντου 17"]), ("LOCATION", ["Αίγιο"]), ("PHONE", ["6977 184 203"]),
      ("NAME", ["Σπυριδούλα", "Ρουμελιώτη"]), ("PHONE", ["6944 207 318"]), ("ID", ["2601184172035"]),
      ("DATE", ["14 Ιανουαρίου"]), ("NAME", ["Ευφροσύνης", "Λαζαρίδη"]), ("PHONE", ["26910 61 482"]),
      ("NAME", ["Διονύση", "Καλαβρυτινού"]), ("DATE", ["20 Δεκεμβρίου"]), ("DATE", ["Νοέμβριο"]),
      ("DATE", ["Τσικνοπέμπτη"]), ("NAME", ["Ανδριανή", "Κοτσαρίνη-Πάλλη"]), ("NAME", ["Σωτήρης", "Μπεκιάρης"])],
     ["οξεία απορρύθμιση καρδιακής ανεπάρκειας", "INR 4,6", "eGFR 34 mL/min/1,73 m²", "Sintrom 4 mg",
      "Glucophage 1000 mg x 2", "Lasix 40 mg x 1", "Concor 2,5 mg", "Januvia 100 mg", "Januvia 50 mg", "Xanax 0,25 mg",
      "Ginkgo biloba", "STOPP/START v3", "κριτήρια Beers (2023)", "ασενοκουμαρόλη"]),

    # 38 - Ghana, Ashanti Region (Kumasi; Asante Akim): gynaecological oncology MDT outcome, cervical cancer
    ("KOMFO ANOKYE TEACHING HOSPITAL, KUMASI - Oncology Directorate\n"
     "GYNAE-ONCOLOGY MULTIDISCIPLINARY TEAM MEETING - OUTCOME FORM\n"
     "Meeting date: 05/03/2026 | Case 6 of 11 | MDT ref. KATH-GO-26-0418\n"
     "Patient: Mrs Comfort Akosua Boatemaa | 47 F | DOB 12-10-1978 | Hosp. No. KATH/G/1184072 | Ghana Card "
     "GHA-718402613-4\n"
     "Address: H/No. KN 47, Odumase, Konongo, Asante Akim Central | Tel 024 418 7302; husband Kwaku Frimpong (cocoa "
     "farmer) 055 273 1846. Church of Pentecost, Konongo Assembly - her pastor came with her.\n"
     "Referred from: Agogo Presbyterian Hospital (Dr Efua Nsiah-Asare), post-coital bleeding for 8 months.\n"
     "Present: Dr Kwabena Adu-Gyamfi (gynae-oncology, chair), Dr Yaa Serwaa Owusu-Ansah (clinical oncology), Dr Kofi "
     "Agyeman-Badu (pathology), Dr Abena Asantewaa Prempeh (radiology), Nurse navigator Mercy Ofosuhene.\n"
     "Histology (biopsy 28/01/2026, lab no. KATH-H-26-00741): squamous cell carcinoma, moderately differentiated; p16 "
     "block-positive.\n"
     "MRI pelvis (19/02/2026): 5.8 cm cervical mass with parametrial invasion extending to the left pelvic sidewall; "
     "left hydronephrosis; no para-aortic nodes. CXR clear.\n"
     "Bloods: Hb 8.9 g/dL, creatinine 98 µmol/L; retroviral screen non-reactive. ECOG 1.\n"
     "MDT outcome: FIGO 2018 stage IIIB. Not for surgery. Radical chemoradiation - EBRT 50 Gy in 25 fractions with "
     "cisplatin 40 mg/m2 weekly, then HDR brachytherapy 7 Gy x 4. Left nephrostomy if creatinine rises. Transfuse to "
     "Hb > 10 before starting. Start after Independence Day; travel support through the hospital social welfare unit. "
     "Palliative care team to meet the family.\n"
     "Recorded by: Dr Nana Ama Kyeremeh, Senior Resident | MDC Reg. No. MDC/RN/18427",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("LOCATION", ["KUMASI"]), ("DATE", ["05/03/2026"]),
      ("ID", ["KATH-GO-26-0418"]), ("NAME", ["Comfort", "Akosua", "Boatemaa"]), ("DATE", ["12-10-1978"]),
      ("MRN", ["KATH/G/1184072"]), ("ID", ["GHA-718402613-4"]), ("ADDRESS", ["H/No. KN 47"]), ("LOCATION", ["Odumase"]),
      ("LOCATION", ["Konongo"]), ("LOCATION", ["Asante Akim Central"]), ("PHONE", ["024 418 7302"]),
      ("NAME", ["Kwaku", "Frimpong"]), ("PHONE", ["055 273 1846"]),
      ("LOCATION", ["Church of Pentecost, Konongo Assembly"]), ("HOSPITAL", ["Agogo Presbyterian Hospital"]),
      ("NAME", ["Efua", "Nsiah-Asare"]), ("NAME", ["Kwabena", "Adu-Gyamfi"]),
      ("NAME", ["Yaa", "Serwaa", "Owusu-Ansah"]), ("NAME", ["Kofi", "Agyeman-Badu"]),
      ("NAME", ["Abena", "Asantewaa", "Prempeh"]), ("NAME", ["Mercy", "Ofosuhene"]), ("DATE", ["28/01/2026"]),
      ("ID", ["KATH-H-26-00741"]), ("DATE", ["19/02/2026"]), ("DATE", ["Independence Day"]),
      ("NAME", ["Nana", "Ama", "Kyeremeh"]), ("LICENCE", ["MDC/RN/18427"])],
     ["post-coital bleeding", "squamous cell carcinoma, moderately differentiated", "p16 block-positive",
      "parametrial invasion", "left hydronephrosis", "Hb 8.9 g/dL", "creatinine 98 µmol/L",
      "retroviral screen non-reactive", "ECOG 1", "FIGO 2018 stage IIIB", "EBRT 50 Gy in 25 fractions",
      "cisplatin 40 mg/m2 weekly", "HDR brachytherapy 7 Gy x 4"]),

    # 39 - USA, Maine (Knox County): hospice RN death pronouncement, patient aged 91
    ("Pen Bay Hospice & Home Care - 6 Glen Cove Drive, Rockport ME 04856\n"
     "REGISTERED NURSE PRONOUNCEMENT OF DEATH (expected death at home)\n"
     "Patient: Elwin Amos Wotton | 91 y/o M | DOB 04/03/1934 | Medicare MBI 4TW7-KC2-RP58\n"
     "Residence: 118 Martin Point Road, Friendship ME 04547\n"
     "Hospice diagnosis: metastatic prostate cancer (Gleason 4+5=9), bone mets; admitted to hospice 11/26/2025. POLST "
     "on the fridge: DNR / comfort measures only (signed 03/14/2024).\n"
     "Lobsterman out of Friendship Harbor for 70 years; Korean War veteran (Army, 1952-1954); widowed since his wife "
     "Nettie died in 2019. Last Fourth of July he still rode in the parade.\n"
     "Course: PPS 10% for 3 days; Cheyne-Stokes respirations and mottling of the knees and feet noted on my visit "
     "yesterday (01/16/2026, 15:30). Last doses: morphine sulfate oral solution 20 mg/mL (Roxanol) 5 mg SL at 04:00, "
     "hyoscyamine 0.125 mg SL at 04:00.\n"
     "Called by daughter Louella Genthner (cell 207-542-0917) at 05:52 - \"Dad's gone quiet\".\n"
     "Arrived 06:25 (house key in the lockbox by the shed door, code 7402). Findings: no response to verbal or "
     "tactile stimuli, no respiratory effort, absence of carotid pulse, no heart sounds on auscultation for 1 full "
     "minute, pupils fixed and dilated.\n"
     "Date and time of death: 01/17/2026 at 06:31 (pronounced). Family present: daughter Louella and grandson Tyler "
     "Genthner.\n"
     "Notified: attending physician Dr. Harriet Coombs-Lermond, NPI 2157384068, at 06:50 - she will sign the death "
     "certificate; Hatch & Kinney Funeral Home, Waldoboro, arrived 08:10. Medications: remaining morphine (12 mL) and "
     "lorazepam 0.5 mg tablets (9) destroyed with the daughter as witness. Bereavement follow-up referred.\n"
     "Pronouncing RN: Jolie Simmons-Prescott, RN (ME RN 2298418)",
     [("HOSPITAL", ["Pen Bay Hospice & Home Care"]), ("ADDRESS", ["6 Glen Cove Drive"]), ("LOCATION", ["Rockport"]),
      ("POSTCODE", ["04856"]), ("NAME", ["Elwin", "Amos", "Wotton"]), ("AGE", ["91 y/o"]), ("DOB90", ["04/03/1934"]),
      ("ID", ["4TW7-KC2-RP58"]), ("ADDRESS", ["118 Martin Point Road"]), ("LOCATION", ["Friendship"]),
      ("POSTCODE", ["04547"]), ("DATE", ["11/26/2025"]), ("DATE", ["03/14/2024"]), ("LOCATION", ["Friendship Harbor"]),
      ("DATE", ["1952"]), ("DATE", ["1954"]), ("NAME", ["Nettie"]), ("DATE", ["2019"]), ("DATE", ["Fourth of July"]),
      ("DATE", ["01/16/2026"]), ("NAME", ["Louella", "Genthner"]), ("PHONE", ["207-542-0917"]), ("CODE", ["7402"]),
      ("DATE", ["01/17/2026"]), ("NAME", ["Tyler"]), ("NAME", ["Harriet", "Coombs-Lermond"]), ("ID", ["2157384068"]),
      ("LOCATION", ["Hatch & Kinney Funeral Home"]), ("LOCATION", ["Waldoboro"]),
      ("NAME", ["Jolie", "Simmons-Prescott"]), ("LICENCE", ["2298418"])],
     ["metastatic prostate cancer", "Gleason 4+5=9", "DNR / comfort measures only", "PPS 10%",
      "Cheyne-Stokes respirations", "mottling of the knees", "morphine sulfate oral solution 20 mg/mL (Roxanol)",
      "hyoscyamine 0.125 mg SL", "no respiratory effort", "absence of carotid pulse",
      "no heart sounds on auscultation for 1 full minute", "pupils fixed and dilated", "lorazepam 0.5 mg"]),
]
