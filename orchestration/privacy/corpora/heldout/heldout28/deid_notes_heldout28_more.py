"""Notes 20-39 of the twenty-eighth HELD-OUT set (see :mod:`deid_notes_heldout28` for how it was written and what it
holds).

These 20 notes hold 581 planted identifier parts in 487 (kind, parts) entries and 250 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a tea estate hospital obstetric referral slip (Assam); 21, a
military cold injury case sheet (Sikkim); 22, a CT report (Balochistan); 25, the minutes of a drug-resistant TB clinical
review committee (Georgia); 26, a ferry's ship hospital log with telemedical advice and helicopter evacuation (Åland);
27, an emergency dental treatment record for an insurer (Montenegro); 28, a prison reception health assessment
(Lesotho); 31, an emergency medical team note at a refugee border crossing (Moldova); 32, a medical report for a travel
insurance claim (Albania); 34, an emergency detention assessment note (Outer Hebrides); 35, a medical retina clinic
letter (Sligo and Leitrim); 36, a delivery note with a postnatal summary (Solomon Islands); 37, a home care nursing
visit note for a client aged 96 (Yukon); 38, a haemodialysis session record (Torres Strait); 39, a physical therapy
initial evaluation (Maine). In Greek script: 30, a pre-anaesthetic assessment (Alexandroupoli). In Chinese: 23, a
discharge record (Inner Mongolia, simplified); 29, a telestroke consultation for a patient aged 92 (Kinmen, traditional,
with Republic of China dates). In Russian: 24, a discharge epicrisis (Kyrgyzstan). In French: 33, a plague case
notification and investigation form (Madagascar). Entries per kind here: LOCATION 96, NAME 94, DATE 70, ID 56,
HOSPITAL 38, PHONE 38, ADDRESS 27, POSTCODE 18, LICENCE 14, MRN 9, PLATE 9, SERIAL 6, EMAIL 5, AGE 2, HANDLE 2, URL 2,
IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - India, Assam (Dibrugarh): tea estate garden hospital obstetric referral slip
    ("NAHORJAN TEA ESTATE HOSPITAL (Garden Hospital) - P.O. Chabua, Dist. Dibrugarh, Assam 786184\n"
     "REFERRAL SLIP - OBSTETRIC | 12.01.2026 | Ref. No. NTE/H/26/0031\n"
     "To: The Superintendent / Unit II, Dept. of Obstetrics & Gynaecology, Assam Medical College & Hospital, "
     "Dibrugarh\n"
     "Name: Smt. Sumitra Tanti, W/o Sri Bijoy Tanti | Age 24 yrs | No. 4 Line, Nahorjan Bagan | Garden worker "
     "(plucker), PF No. AS/DIB/3307/1162\n"
     "Aadhaar: 4827 1936 5085 | RCH ID 118200736915 | MCP card issued at Chabua CHC\n"
     "Obstetric: G4P3L3, 32+4 weeks by dates (LMP 28/05/2025; EDD 04/03/2026). Booked late; 2 ANC visits only.\n"
     "C/O: breathlessness while plucking, swelling of both feet, headache x 2 days. No bleeding P/V, FM felt.\n"
     "O/E: pallor +++, BP 150/100 mmHg (repeat 154/102), pedal oedema, fundal height 30 cm, FHS 148/min, cephalic. "
     "Urine albumin 2+.\n"
     "Inv: Hb 6.1 g/dL (Sahli), sickling (solubility) test negative, RBS 96 mg/dL, malaria RDT (Pf/Pv) negative.\n"
     "Impression: severe anaemia in pregnancy with pre-eclampsia (no severe features yet) at 32 weeks.\n"
     "Given before transfer: labetalol 100 mg PO stat; MgSO4 loading dose by Zuspan regimen (4 g IV over 15 min) as "
     "a precaution, maintenance 1 g/h not started; ferric carboxymaltose NOT given (pre-eclampsia work-up first); "
     "inj. betamethasone 12 mg IM first dose at 14:10.\n"
     "Escort: ASHA Purnima Kurmi (mob. 94350 62718) and husband. Transport: 108 ambulance AS-06-C-7731. JSY papers "
     "attached. Previous two deliveries at Lahowal PHC, the third at home in the line.\n"
     "Dr. Pranjal Borgohain, MBBS | Estate Medical Officer | Assam Medical Council Reg. No. 14827 | Ph 0373-2381206",
     [("HOSPITAL", ["NAHORJAN TEA ESTATE HOSPITAL"]), ("LOCATION", ["Chabua"]), ("LOCATION", ["Dibrugarh"]),
      ("POSTCODE", ["786184"]), ("DATE", ["12.01.2026"]), ("ID", ["NTE/H/26/0031"]),
      ("HOSPITAL", ["Assam Medical College & Hospital"]), ("NAME", ["Sumitra", "Tanti"]), ("NAME", ["Bijoy", "Tanti"]),
      ("ADDRESS", ["No. 4 Line, Nahorjan Bagan"]), ("ID", ["AS/DIB/3307/1162"]), ("ID", ["4827 1936 5085"]),
      ("ID", ["118200736915"]), ("HOSPITAL", ["Chabua CHC"]), ("DATE", ["28/05/2025"]), ("DATE", ["04/03/2026"]),
      ("NAME", ["Purnima", "Kurmi"]), ("PHONE", ["94350 62718"]), ("PLATE", ["AS-06-C-7731"]),
      ("HOSPITAL", ["Lahowal PHC"]), ("NAME", ["Pranjal", "Borgohain"]), ("LICENCE", ["14827"]),
      ("PHONE", ["0373-2381206"])],
     ["G4P3L3", "32+4 weeks", "BP 150/100 mmHg", "FHS 148/min", "Urine albumin 2+", "Hb 6.1 g/dL (Sahli)",
      "labetalol 100 mg", "Zuspan regimen", "MgSO4", "ferric carboxymaltose", "betamethasone 12 mg IM",
      "108 ambulance"]),

    # 21 - India, Sikkim (East Sikkim): military hospital cold injury case sheet, frostbite after a winter patrol
    ("MILITARY HOSPITAL GANGTOK - SURGICAL WARD\n"
     "COLD INJURY CASE SHEET / NOTE FOR MEDICAL BOARD | 02 Jan 26\n"
     "Personal No. 15447391K Sep (GD) Pema Wangchuk Bhutia | 24 yrs | Unit: 4 GRENADIERS, c/o 99 APO\n"
     "Home: Vill. Lingdok, PO Ranka, East Sikkim 737135 | NOK: father Sh. Sonam Tshering Bhutia, +91 97330 52814\n"
     "Circumstances: 3-day long-range patrol from the post at Kupup towards the Jelep La ridge, 29-31 Dec 25; boots "
     "soaked crossing a nala, ambient -22 C with wind. Reported numbness of both feet on return; evacuated by road in "
     "ambulance BA No. 16D 084173P to the Field Hospital at Sherathang and then to MH Gangtok, arr. 01 Jan 26 at "
     "2310 h.\n"
     "Findings: rapid rewarming done at the FH in a 37-39 C whirlpool bath for 45 min. Now clear blisters over R toes "
     "1-3 and L toe 1; haemorrhagic blisters L toes 2-4 with cyanosis to the PIP joints - Cauchy classification "
     "grade 3 (L), grade 2 (R). Pedal pulses palpable. No infection.\n"
     "Tc-99m bone scan (triple phase) requested at Command Hospital to define the level.\n"
     "Rx: iloprost 0.5-2 ng/kg/min IV 6 h daily x5 days (started within 48 h of rewarming; no tPA - beyond 24 h); "
     "ibuprofen 400 mg 12-hourly; aloe vera to intact blisters, haemorrhagic blisters left intact; tetanus toxoid; no "
     "weight-bearing; no amputation before demarcation at 6-8 weeks ('frostbite in January, amputate in July').\n"
     "Injury report IAFY-2006 initiated; Court of Inquiry convened by the unit; the soldier was in authorised "
     "clothing (ECC Level III).\n"
     "Disposal: to Command Hospital (Eastern Command), Kolkata, by IAF Mi-17 V5 from Libing helipad on 03 Jan 26.\n"
     "Maj (Dr) Anirban Sengupta, AMC, Surgical Specialist | IC-78214K\n"
     "Capt (NS) Reena Thapa, MNS | NR-19432Y",
     [("HOSPITAL", ["MILITARY HOSPITAL GANGTOK", "MH Gangtok"]), ("DATE", ["02 Jan 26"]), ("ID", ["15447391K"]),
      ("NAME", ["Pema", "Wangchuk", "Bhutia"]), ("LOCATION", ["4 GRENADIERS"]), ("ADDRESS", ["99 APO"]),
      ("LOCATION", ["Lingdok"]), ("LOCATION", ["Ranka"]), ("LOCATION", ["East Sikkim"]), ("POSTCODE", ["737135"]),
      ("NAME", ["Sonam", "Tshering", "Bhutia"]), ("PHONE", ["+91 97330 52814"]), ("LOCATION", ["Kupup"]),
      ("LOCATION", ["Jelep La"]), ("DATE", ["29-31 Dec 25"]), ("PLATE", ["16D 084173P"]), ("LOCATION", ["Sherathang"]),
      ("DATE", ["01 Jan 26"]), ("HOSPITAL", ["Command Hospital"]), ("LOCATION", ["Kolkata"]), ("LOCATION", ["Libing"]),
      ("DATE", ["03 Jan 26"]), ("NAME", ["Anirban", "Sengupta"]), ("ID", ["IC-78214K"]), ("NAME", ["Reena", "Thapa"]),
      ("ID", ["NR-19432Y"])],
     ["Cauchy classification grade 3", "Tc-99m bone scan", "iloprost 0.5-2 ng/kg/min", "tPA", "ibuprofen 400 mg",
      "frostbite in January, amputate in July", "IAFY-2006", "ECC Level III", "Mi-17 V5", "37-39 C"]),

    # 22 - Pakistan, Balochistan (Quetta): CT report, hepatic cystic echinococcosis
    ("SANDEMAN PROVINCIAL HOSPITAL, QUETTA - DEPARTMENT OF RADIOLOGY\n"
     "Zarghoon Road, Quetta | Ph 081-9202231\n"
     "CT ABDOMEN & PELVIS WITH CONTRAST - REPORT\n"
     "Patient: Mst. Gul Bibi W/O Abdul Raziq Kakar | 38 Y / F | CNIC 54401-7261938-2 | MR No. SPH-26-006610 | "
     "Rad. No. CT-2026-01147\n"
     "Address: Mohalla Killi Karbala, Tehsil Karezat, District Pishin\n"
     "Referred by: Dr. Naseebullah Tareen, Surgical Unit II | Date of scan: 14-01-2026\n"
     "Clinical: RUQ heaviness 6 months; family keeps sheep and dogs; USG at a private clinic in Pishin showed a liver "
     "cyst.\n"
     "Technique: 128-slice MDCT (Siemens SOMATOM go.Top), portal venous phase, 80 mL Omnipaque 350 IV.\n"
     "Findings:\n"
     "- Liver enlarged (18.6 cm). A well-defined multiloculated cystic lesion 11.2 x 9.4 x 9.0 cm in the right lobe "
     "(segments VII/VIII) with multiple peripheral daughter cysts giving a rosette / honeycomb appearance and a thin "
     "enhancing wall; no solid component, no calcification. Consistent with WHO-IWGE type CE2 (Gharbi type III) "
     "hydatid cyst.\n"
     "- Mild compression of the right hepatic vein; IVC patent. No biliary dilatation (CBD 5 mm) - no direct sign of "
     "cysto-biliary communication, but a small wall defect cannot be excluded.\n"
     "- Spleen, kidneys and pancreas normal. Lung bases: a 2.1 cm thin-walled cyst in the RLL - suggest HRCT chest.\n"
     "Impression: active hepatic cystic echinococcosis, CE2 (Gharbi III), with a probable pulmonary cyst. Not "
     "suitable for PAIR (multivesicular); surgical referral under albendazole 400 mg BD cover.\n"
     "Reported by: Dr. Saima Baloch, FCPS (Radiology) | PMDC Reg. 48271-B | 14-01-2026 16:20\n"
     "Verified: Prof. Dr. Abdul Wahid Mengal",
     [("HOSPITAL", ["SANDEMAN PROVINCIAL HOSPITAL"]), ("LOCATION", ["QUETTA", "Quetta"]), ("ADDRESS",
      ["Zarghoon Road"]),
      ("PHONE", ["081-9202231"]), ("NAME", ["Gul", "Bibi"]), ("NAME", ["Abdul", "Raziq", "Kakar"]),
      ("ID", ["54401-7261938-2"]), ("MRN", ["SPH-26-006610"]), ("ID", ["CT-2026-01147"]),
      ("ADDRESS", ["Mohalla Killi Karbala"]), ("LOCATION", ["Karezat"]), ("LOCATION", ["Pishin"]),
      ("NAME", ["Naseebullah", "Tareen"]), ("DATE", ["14-01-2026"]), ("NAME", ["Saima", "Baloch"]),
      ("LICENCE", ["48271-B"]), ("NAME", ["Abdul", "Wahid", "Mengal"])],
     ["Siemens SOMATOM go.Top", "Omnipaque 350", "11.2 x 9.4 x 9.0 cm", "segments VII/VIII", "WHO-IWGE type CE2",
      "Gharbi type III", "CBD 5 mm", "HRCT", "PAIR", "albendazole 400 mg BD"]),

    # 23 - China, Inner Mongolia (Hohhot): discharge record in simplified Chinese, brucellar spondylitis in a herder
    ("内蒙古医科大学附属医院 感染性疾病科\n"
     "出 院 记 录\n"
     "姓名：巴特尔　性别：男　年龄：52岁　民族：蒙古族　职业：牧民\n"
     "住院号：NM-0521736　身份证号：150929197305174033\n"
     "住址：乌兰察布市四子王旗江岸苏木巴音敖包嘎查\n"
     "联系人：妻子 其其格，电话 15947208361\n"
     "入院日期：2026年2月9日　出院日期：2026年3月6日　住院天数：25天\n"
     "入院诊断：发热待查；腰痛待查\n"
     "出院诊断：1. 布鲁氏菌病（慢性期）；2. 布鲁氏菌性脊柱炎（L4-L5）；3. 2型糖尿病\n"
     "入院情况：反复发热、多汗、乏力2月，腰痛1月。接羔期间曾徒手处理流产羊羔，未戴手套。\n"
     "诊疗经过：虎红平板凝集试验（RBPT）阳性，试管凝集试验（SAT）1:400 (++)；血培养（BACTEC FX）第5天报阳，"
     "鉴定为羊种布鲁氏菌（Brucella melitensis，又称马耳他布鲁氏菌）。腰椎MRI：L4-L5椎间隙变窄，终板骨髓水肿，"
     "椎旁小脓肿 1.2 cm，未压迫硬膜囊。ESR 68 mm/h → 31 mm/h，CRP 54 mg/L → 8 mg/L。"
     "予多西环素 100 mg bid + 利福平 600 mg qd + 庆大霉素 240 mg qd（前2周），体温于第9天恢复正常。"
     "HbA1c 8.6%，予二甲双胍 0.5 g tid。\n"
     "出院情况：无发热，腰痛 VAS 3/10，可独立行走。\n"
     "出院医嘱：1. 多西环素+利福平至少服满3个月（至2026年5月上旬）；2. 每2周复查肝功能、血常规；"
     "3. 在四子王旗人民医院随诊，6周后复查腰椎MRI；4. 羊群须报苏木兽医站检疫，家人（尤其儿子"
     "额尔敦毕力格）如有发热应检测；5. 本病为乙类传染病，已网络直报（报告卡号 1509291843）。\n"
     "出院带药：多西环素片 100 mg×56片；利福平胶囊 150 mg×112粒；二甲双胍片 0.5 g×84片。\n"
     "健康教育：接羔、剪毛、屠宰时须戴手套和口罩；不饮生奶；羊群报苏木兽医站后再出售。患者受雇于那仁宝力格牧业合作社，"
     "已开具休假证明3个月。嘱3个月内避免负重及弯腰搬运，佩戴腰围。\n"
     "既往史：无结核病史，PPD试验阴性；胸部CT未见活动性病灶。\n"
     "随访：科室电话 0471-3451297；下次门诊 2026年4月3日上午，感染性疾病科 乌云其木格主治医师。\n"
     "主治医师：乌云其木格　住院医师：张磊　2026年3月6日",
     [("HOSPITAL", ["内蒙古医科大学附属医院"]), ("NAME", ["巴特尔"]), ("MRN", ["NM-0521736"]),
      ("ID", ["150929197305174033"]), ("LOCATION", ["乌兰察布市"]), ("LOCATION", ["四子王旗"]),
      ("LOCATION", ["江岸苏木"]), ("LOCATION", ["巴音敖包嘎查"]), ("NAME", ["其其格"]), ("PHONE", ["15947208361"]),
      ("DATE", ["2026年2月9日"]), ("DATE", ["2026年3月6日"]), ("DATE", ["2026年5月上旬"]),
      ("HOSPITAL", ["四子王旗人民医院"]), ("NAME", ["额尔敦毕力格"]), ("ID", ["1509291843"]),
      ("LOCATION", ["那仁宝力格牧业合作社"]), ("PHONE", ["0471-3451297"]), ("DATE", ["2026年4月3日"]),
      ("NAME", ["乌云其木格"]), ("NAME", ["张磊"])],
     ["虎红平板凝集试验", "1:400", "BACTEC FX", "Brucella melitensis", "马耳他布鲁氏菌", "L4-L5", "ESR 68 mm/h",
      "多西环素 100 mg bid", "利福平 600 mg qd", "庆大霉素 240 mg qd", "HbA1c 8.6%", "二甲双胍 0.5 g tid", "PPD试验阴性", "VAS 3/10",
      "乙类传染病", "利福平胶囊 150 mg"]),

    # 24 - Kyrgyzstan, Naryn: discharge epicrisis in Russian, femoral shaft fracture after a fall in kok-boru
    ("Министерство здравоохранения Кыргызской Республики\n"
     "НАРЫНСКАЯ ОБЛАСТНАЯ ОБЪЕДИНЁННАЯ БОЛЬНИЦА, отделение травматологии и ортопедии\n"
     "г. Нарын, ул. Ленина 64 | тел. (03522) 5-04-18\n"
     "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № 2026/0187\n"
     "Ф.И.О.: Асанбеков Эрлан Турдубаевич, 34 года (дата рождения 14.03.1991)\n"
     "ПИН 21403199100528 | полис ОМС № 0739264 | место работы: КФХ «Ак-Жайлоо», чабан\n"
     "Адрес: Нарынская обл., Ат-Башинский р-н, с. Кара-Суу, ул. Жусупа Баласагына 12\n"
     "Находился на лечении с 11.01.2026 по 24.01.2026.\n"
     "Диагноз: Закрытый оскольчатый перелом диафиза левой бедренной кости со смещением отломков (AO/OTA 32-B2). "
     "Ушиб грудной клетки слева.\n"
     "Анамнез: 10.01.2026 во время игры в кок-бору на ипподроме в с. Кочкор упал с лошади, лошадь наступила на левое "
     "бедро. Доставлен братом Нурбеком на автомашине (гос. номер 04 725 ABT) в Кочкорскую ТБ, после иммобилизации "
     "шиной Крамера переведён к нам.\n"
     "Проведено лечение: 12.01.2026 - закрытый интрамедуллярный блокируемый остеосинтез левой бедренной кости "
     "штифтом (ChM, 11 x 380 мм) под спинальной анестезией. Цефазолин 2 г в/в за 30 мин до разреза. Эноксапарин 40 мг "
     "п/к 1 раз в сутки (шкала Caprini 5 баллов). Кеторолак 30 мг в/м при болях.\n"
     "Анализы: Hb при поступлении 118 г/л, на 2-е сутки 96 г/л, при выписке 108 г/л; лейкоциты 8,2 × 10⁹/л; глюкоза "
     "5,1 ммоль/л. Рентгенография при выписке: стояние отломков удовлетворительное.\n"
     "Состояние при выписке удовлетворительное, ходит на костылях без нагрузки на левую ногу.\n"
     "Рекомендации: наблюдение травматолога ЦОВП по месту жительства (Ат-Башинский р-н); эноксапарин 40 мг п/к до 35 "
     "дней после операции; ходьба с костылями, дозированная нагрузка с 6-й недели; контрольная рентгенография через "
     "6 недель; ЛФК. Листок нетрудоспособности № 0063519 продлён по 07.02.2026.\n"
     "Жена - Айгуль Асанбекова, тел. +996 555 362 814.\n"
     "Лечащий врач: Осмонова А. Т.    Зав. отделением: Токтогулов Б. К.\n"
     "24.01.2026",
     [("HOSPITAL", ["НАРЫНСКАЯ ОБЛАСТНАЯ ОБЪЕДИНЁННАЯ БОЛЬНИЦА"]), ("LOCATION", ["Нарын"]),
      ("ADDRESS", ["ул. Ленина 64"]), ("PHONE", ["(03522) 5-04-18"]), ("MRN", ["2026/0187"]),
      ("NAME", ["Асанбеков", "Эрлан", "Турдубаевич"]), ("DATE", ["14.03.1991"]), ("ID", ["21403199100528"]),
      ("ID", ["0739264"]), ("LOCATION", ["Ак-Жайлоо"]), ("LOCATION", ["Ат-Башинский"]), ("LOCATION", ["Кара-Суу"]),
      ("ADDRESS", ["ул. Жусупа Баласагына 12"]), ("DATE", ["11.01.2026"]), ("DATE", ["24.01.2026"]),
      ("DATE", ["10.01.2026"]), ("LOCATION", ["Кочкор"]), ("NAME", ["Нурбеком"]), ("PLATE", ["04 725 ABT"]),
      ("HOSPITAL", ["Кочкорскую ТБ"]), ("DATE", ["12.01.2026"]), ("ID", ["0063519"]), ("DATE", ["07.02.2026"]),
      ("NAME", ["Айгуль", "Асанбекова"]), ("PHONE", ["+996 555 362 814"]), ("NAME", ["Осмонова"]),
      ("NAME", ["Токтогулов"])],
     ["AO/OTA 32-B2", "шиной Крамера", "ChM", "спинальной анестезией", "Цефазолин 2 г", "Эноксапарин 40 мг",
      "шкала Caprini 5 баллов", "Кеторолак 30 мг", "Hb при поступлении 118 г/л", "лейкоциты 8,2 × 10⁹/л"]),

    # 25 - Georgia (Tbilisi, Rustavi): DR-TB clinical review committee minutes
    ("NATIONAL CENTER FOR TUBERCULOSIS AND LUNG DISEASES (NCTLD)\n"
     "50 Maruashvili Street, Tbilisi 0101, Georgia | +995 32 291 0763\n"
     "DR-TB CLINICAL REVIEW COMMITTEE (CONSILIUM) - MINUTES, CASE 3 | 11 December 2025\n"
     "Present: Dr Tamar Chikovani (chair), Dr Zurab Avalishvili, Dr Nana Kiria (pharmacist), Nurse Eka Kiladze, Ms "
     "Salome Beridze (social worker)\n"
     "Patient: Levan Gelashvili | 39 M | personal no. 01024018273 | Registration GEO-DRTB-2025-0592\n"
     "Address: 12 Mshvidoba Street, apt. 43, Rustavi 3700 | Welder, Rustavi Metallurgical Plant, shop 4 | mob. +995 "
     "595 41 82 73\n"
     "Summary: new case, bilateral cavitary disease; Xpert MTB/RIF Ultra (13/10/2025): MTB detected high, rifampicin "
     "resistance detected. GenoType MTBDRsl: no fluoroquinolone or second-line injectable mutations. pDST (MGIT 960) "
     "pending for bedaquiline and linezolid. Baseline QTcF 418 ms; Hb 128 g/L; ALT 31 U/L; HIV negative; HbA1c 5.6%.\n"
     "Started BPaLM on 24/10/2025: bedaquiline 400 mg daily x2 weeks then 200 mg three times weekly, pretomanid 200 mg "
     "daily, linezolid 600 mg daily, moxifloxacin 400 mg daily - 6 months planned.\n"
     "Month 2 review: sputum smear 1+ -> negative; culture of 20/11/2025 pending. Weight 58 -> 63 kg. QTcF 448 ms "
     "(Fridericia); K 3.9, Mg 0.74. Mild tingling in both feet (BPNS grade 1); visual acuity 6/6 and Ishihara "
     "normal.\n"
     "Decision: continue BPaLM unchanged; weekly ECG for 4 weeks; pyridoxine 50 mg daily; stop moxifloxacin only if "
     "QTcF >500 ms. Video-observed therapy continues through the NCTLD app (user lgelashvili84, phone IMEI "
     "356938109630278). Wife Nino Tsiklauri and both children (Rustavi Public School No. 21) - contact screening done, "
     "TPT with levofloxacin for the 6-year-old. Food parcels through the Red Cross for 3 months.\n"
     "Next review: month 4.\n"
     "Minutes: Nurse E. Kiladze | e.kiladze@nctld.ge",
     [("HOSPITAL", ["NATIONAL CENTER FOR TUBERCULOSIS AND LUNG DISEASES", "NCTLD"]),
      ("ADDRESS", ["50 Maruashvili Street"]), ("LOCATION", ["Tbilisi"]), ("POSTCODE", ["0101"]),
      ("PHONE", ["+995 32 291 0763"]), ("DATE", ["11 December 2025"]), ("NAME", ["Tamar", "Chikovani"]),
      ("NAME", ["Zurab", "Avalishvili"]), ("NAME", ["Nana", "Kiria"]), ("NAME", ["Eka", "Kiladze"]),
      ("NAME", ["Salome", "Beridze"]), ("NAME", ["Levan", "Gelashvili"]), ("ID", ["01024018273"]),
      ("ID", ["GEO-DRTB-2025-0592"]), ("ADDRESS", ["12 Mshvidoba Street, apt. 43"]), ("LOCATION", ["Rustavi"]),
      ("POSTCODE", ["3700"]), ("LOCATION", ["Rustavi Metallurgical Plant"]), ("PHONE", ["+995 595 41 82 73"]),
      ("DATE", ["13/10/2025"]), ("DATE", ["24/10/2025"]), ("DATE", ["20/11/2025"]), ("HANDLE", ["lgelashvili84"]),
      ("SERIAL", ["356938109630278"]), ("NAME", ["Nino", "Tsiklauri"]), ("LOCATION", ["Rustavi Public School No. 21"]),
      ("EMAIL", ["e.kiladze@nctld.ge"])],
     ["Xpert MTB/RIF Ultra", "GenoType MTBDRsl", "MGIT 960", "QTcF 418 ms", "HbA1c 5.6%", "BPaLM",
      "bedaquiline 400 mg daily", "pretomanid 200 mg daily", "linezolid 600 mg daily", "moxifloxacin 400 mg daily",
      "Fridericia", "BPNS grade 1", "visual acuity 6/6", "Ishihara", "pyridoxine 50 mg daily", "QTcF >500 ms",
      "levofloxacin"]),

    # 26 - Åland (Finland), Baltic ferry: ship's hospital log, STEMI with helicopter evacuation
    ("M/S BALTIC SKÄRGÅRD - SHIP'S HOSPITAL LOG | IMO 9351725 | Call sign OJKR | Flag: Finland, port of registry "
     "Mariehamn\n"
     "Route Mariehamn - Kapellskär | Date 2025-11-28 (LT = UTC+2)\n"
     "21:14 Called to cabin 6142 (deck 6) by the passenger's wife, Birgitta Åberg. Patient: Gunnar Åberg-Lindholm, 66 "
     "M, personnummer 19590812-4190, address Stora Brogatan 7, 761 30 Norrtälje, Sweden. Booking ref. ESK-8842719.\n"
     "21:16 Crushing central chest pain since 20:50 after dinner in the buffet, radiating to the jaw; sweaty, grey. "
     "PMH: hypertension (amlodipine 5 mg), smoker. No allergies.\n"
     "21:20 Ship's hospital: BP 148/92, HR 96, SpO2 95%. 12-lead ECG (corpuls3): ST elevation 3-4 mm V1-V4 - anterior "
     "STEMI. ECG transmitted to TMAS.\n"
     "21:24 Ship position 60°02.1'N 019°38.6'E (approx. 14 nm W of Eckerö). Master, Capt. Mikael Fagerholm, "
     "informed.\n"
     "21:27 TMAS (Radio Medical, Helsinki) on sat phone - Dr Lotta Häggblom: ASA 500 mg chewed (given 21:29), "
     "ticagrelor 180 mg PO (21:31), heparin 5000 IU IV (21:34), GTN 0.4 mg SL x2 (BP stayed >110). Morphine 2.5 mg IV "
     "for pain 8/10. Killip class II (bibasal crackles). Helicopter evacuation requested.\n"
     "21:40 MRCC Turku tasked the Border Guard helicopter OH-HVK; ship slowed to 8 kn and turned into the wind, "
     "helideck cleared by the bosun.\n"
     "22:31 Patient winched with the rescue swimmer in a stretcher, defib pads on. Flown to Åland Central Hospital "
     "(ÅCS), Mariehamn, for thrombolysis (tenecteplase) or onward flight to Turku University Hospital for PCI. Wife "
     "stays on board to Kapellskär and will drive to Turku via the morning ferry; her mobile +46 70 318 27 35.\n"
     "Drugs entered in the ship's narcotic register (morphine, ampoule 4 of 10).\n"
     "Signed: Jonna Sundblom, ship's nurse (Valvira reg. 101630581) | Countersigned: Capt. M. Fagerholm",
     [("PLATE", ["BALTIC SKÄRGÅRD"]), ("ID", ["9351725"]), ("PLATE", ["OJKR"]), ("LOCATION", ["Mariehamn"]),
      ("LOCATION", ["Kapellskär"]), ("DATE", ["2025-11-28"]), ("NAME", ["Birgitta", "Åberg"]),
      ("NAME", ["Gunnar", "Åberg-Lindholm"]), ("ID", ["19590812-4190"]), ("ADDRESS", ["Stora Brogatan 7"]),
      ("POSTCODE", ["761 30"]), ("LOCATION", ["Norrtälje"]), ("ID", ["ESK-8842719"]),
      ("LOCATION", ["60°02.1'N 019°38.6'E"]), ("LOCATION", ["Eckerö"]), ("NAME", ["Mikael", "Fagerholm"]),
      ("LOCATION", ["Helsinki"]), ("NAME", ["Lotta", "Häggblom"]), ("LOCATION", ["Turku"]), ("PLATE", ["OH-HVK"]),
      ("HOSPITAL", ["Åland Central Hospital", "ÅCS"]), ("HOSPITAL", ["Turku University Hospital"]),
      ("PHONE", ["+46 70 318 27 35"]), ("NAME", ["Jonna", "Sundblom"]), ("LICENCE", ["101630581"])],
     ["amlodipine 5 mg", "SpO2 95%", "corpuls3", "ST elevation 3-4 mm V1-V4", "STEMI", "TMAS", "ASA 500 mg",
      "ticagrelor 180 mg", "heparin 5000 IU IV", "GTN 0.4 mg SL", "Morphine 2.5 mg IV", "Killip class II",
      "tenecteplase", "PCI"]),

    # 27 - Montenegro (Budva): emergency dental treatment record for a tourist's insurer
    ("JADRAN DENT - PRIVATE DENTAL PRACTICE\n"
     "Mediteranska 14, 85310 Budva, Montenegro | +382 33 451 907 | info@jadrandent.me\n"
     "EMERGENCY DENTAL TREATMENT RECORD (English copy for the patient's insurer) | 17.08.2025, 11:05\n"
     "Patient: Mr Oliver Pennington-Hale | 44 M | DOB 02.12.1980 | UK passport 548217396 | holiday address: Hotel "
     "Mogren Bay, room 312 | UK mobile +44 7700 900 518\n"
     "Insurer: Coverwise Travel, policy CWT-UK-77295063 (EHIC/GHIC not valid in Montenegro).\n"
     "History: fell from a rental e-scooter on the promenade at Slovenska plaža at about 23:30 last night and hit his "
     "face on the kerb. No LOC, no vomiting. Upper front tooth broken, sensitive to air and cold drinks.\n"
     "Exam: abrasions of the upper lip, no lacerations needing sutures. 11 (UR1): Ellis class III fracture, pinpoint "
     "pulp exposure (about 1 mm), tooth not mobile, mildly TTP. 21: Ellis class I (enamel chip). 12 and 22 intact. No "
     "alveolar step; occlusion normal. Periapical radiograph: closed apex, no root fracture.\n"
     "Treatment: articaine 4% with adrenaline 1:100,000, 1.7 mL buccal infiltration; rubber dam; partial (Cvek) "
     "pulpotomy of 11 with Biodentine; composite build-up with Filtek Z550 shade A2; enamel chip of 21 polished. "
     "Tetanus booster in 2019 per patient.\n"
     "Advice: soft diet for 1 week, chlorhexidine 0.12% rinse twice daily, ibuprofen 400 mg as needed. Review with "
     "his own dentist (Chapel Allerton Dental Care, Leeds) in 6-8 weeks: sensibility tests, radiograph and a "
     "definitive crown if needed.\n"
     "Fee: 140 EUR, paid by card (Visa ending 5093), receipt no. 2025-0891.\n"
     "dr Milena Vukčević-Radonjić, DMD | Dental Chamber of Montenegro licence 0387\n"
     "Assistant: Jelena Đurović",
     [("HOSPITAL", ["JADRAN DENT"]), ("ADDRESS", ["Mediteranska 14"]), ("POSTCODE", ["85310"]),
      ("LOCATION", ["Budva"]), ("PHONE", ["+382 33 451 907"]), ("EMAIL", ["info@jadrandent.me"]),
      ("DATE", ["17.08.2025"]), ("NAME", ["Oliver", "Pennington-Hale"]), ("DATE", ["02.12.1980"]),
      ("ID", ["548217396"]), ("LOCATION", ["Hotel Mogren Bay"]), ("PHONE", ["+44 7700 900 518"]),
      ("ID", ["CWT-UK-77295063"]), ("LOCATION", ["Slovenska plaža"]), ("HOSPITAL", ["Chapel Allerton Dental Care"]),
      ("LOCATION", ["Leeds"]), ("ID", ["5093"]), ("ID", ["2025-0891"]), ("NAME", ["Milena", "Vukčević-Radonjić"]),
      ("LICENCE", ["0387"]), ("NAME", ["Jelena", "Đurović"])],
     ["11 (UR1)", "Ellis class III fracture", "Ellis class I", "articaine 4%", "1:100,000", "Cvek", "Biodentine",
      "Filtek Z550 shade A2", "chlorhexidine 0.12%", "ibuprofen 400 mg"]),

    # 28 - Lesotho (Maseru): prison reception health assessment
    ("LESOTHO CORRECTIONAL SERVICE - MASERU CENTRAL CORRECTIONAL INSTITUTION, Health Unit\n"
     "Private Bag A34, Maseru 100 | Tel +266 2232 5061\n"
     "RECEPTION HEALTH ASSESSMENT (within 24 h of admission) | 19 January 2026, 15:40\n"
     "Inmate: Tšeliso Ramakatsa | 29 M | DOB 03/06/1996 | Inmate No. MCCI/26/0592 | NID 0190637251\n"
     "Status: remand - Maseru Magistrate's Court, case CR 1187/2026; arrested at Pitso Ground on 17/01/2026.\n"
     "Home: Ha Abia, Maseru; mother 'Mamotšelisi Ramakatsa, cell +266 5841 8273. Taxi driver on the Maseru-Roma "
     "route.\n"
     "TB screen: cough 3 weeks, night sweats, weight loss 6 kg. CXR (portable, CAD4TB v7) score 72 - R upper-zone "
     "infiltrate. Sputum Xpert MTB/RIF Ultra: MTB detected low, rifampicin resistance not detected -> isolation cell "
     "C-iso; start 2HRZE/4HR by weight band (55-69 kg: 4 FDC tablets daily).\n"
     "HIV: known positive since 2021, on TLD (tenofovir/lamivudine/dolutegravir); last VL <50 copies/mL 6 months ago "
     "at Queen 'Mamohato Memorial Hospital.\n"
     "Substance use: AUDIT 22 (harmful); cannabis (matekoane) daily. CIWA-Ar 9 on arrival.\n"
     "Mental health: PHQ-9 14; previous overdose; SAD PERSONS score 5 - on 15-minute observations for 48 h, to be "
     "reviewed by the psychiatric nurse.\n"
     "Injuries: bruise L periorbital and abrasions of both wrists - alleged assault at arrest; photographed and "
     "recorded (injury register no. 26/014), reported to the Officer-in-Charge.\n"
     "Other: BP 132/84, BMI 19.8, syphilis RPR negative, HBsAg negative. Continue TLD 1 tab daily, cotrimoxazole 960 "
     "mg daily and pyridoxine 25 mg daily.\n"
     "Consent for sharing with the TB programme (LS-TB-26-00612) signed.\n"
     "Sr Palesa Lebona, Correctional Health Nurse (LNC reg. RN 05271) | MO informed: Dr Kananelo Mphutlane",
     [("LOCATION", ["MASERU CENTRAL CORRECTIONAL INSTITUTION"]), ("ADDRESS", ["Private Bag A34"]),
      ("LOCATION", ["Maseru"]), ("POSTCODE", ["100"]), ("PHONE", ["+266 2232 5061"]), ("DATE", ["19 January 2026"]),
      ("NAME", ["Tšeliso", "Ramakatsa"]), ("DATE", ["03/06/1996"]), ("ID", ["MCCI/26/0592"]), ("ID", ["0190637251"]),
      ("LOCATION", ["Maseru Magistrate's Court"]), ("ID", ["CR 1187/2026"]), ("LOCATION", ["Pitso Ground"]),
      ("DATE", ["17/01/2026"]), ("LOCATION", ["Ha Abia"]), ("NAME", ["Mamotšelisi", "Ramakatsa"]),
      ("PHONE", ["+266 5841 8273"]), ("LOCATION", ["Roma"]), ("HOSPITAL", ["Queen 'Mamohato Memorial Hospital"]),
      ("ID", ["26/014"]), ("ID", ["LS-TB-26-00612"]), ("NAME", ["Palesa", "Lebona"]), ("LICENCE", ["RN 05271"]),
      ("NAME", ["Kananelo", "Mphutlane"])],
     ["CAD4TB v7", "Xpert MTB/RIF Ultra", "2HRZE/4HR", "4 FDC tablets", "TLD (tenofovir/lamivudine/dolutegravir)",
      "VL <50 copies/mL", "AUDIT 22", "CIWA-Ar 9", "PHQ-9 14", "SAD PERSONS score 5", "cotrimoxazole 960 mg daily",
      "pyridoxine 25 mg daily"]),

    # 29 - Taiwan, Kinmen: telestroke consultation in traditional Chinese for a patient aged 92
    ("衛生福利部金門醫院 急診部 - 遠距會診紀錄（急性腦中風）\n"
     "地址：金門縣金湖鎮復興路2號　電話：082-332546\n"
     "會診時間：民國115年3月2日 14:36（發病約13:50，最後正常時間 13:45）\n"
     "病人：許添丁　男　92歲　民國22年6月3日生　身分證字號 W106372855　病歷號 KM-00736152\n"
     "住址：金門縣金湖鎮瓊林里瓊林58號（與長子同住）\n"
     "主訴：午飯後在自家菜園突然右側無力、說話不清，鄰居發現後撥打119，由金門縣消防局金湖分隊救護車送院。\n"
     "病史：高血壓、心房顫動（去年中秋後自行停用抗凝血劑 apixaban），前年清明曾跌倒致左橈骨骨折；民國109年於臺北榮總置放永久性"
     "心律調節器（Medtronic Azure XT DR MRI，序號 RNB609175S）。榮民，民國38年隨軍來金門。健保卡號 0000 6371 9250。"
     "長照2.0個案，居家服務員 陳美玲 每日到宅。\n"
     "視訊會診：臺北榮民總醫院神經內科 林怡君主治醫師（平台 https://telestroke.vghtpe.gov.tw/r/KM-0302，端點 IP 10.31.4.18）\n"
     "評估：NIHSS 14分（右側偏癱、全失語）、GCS E4V1M6、BP 182/96 mmHg、血糖 136 mg/dL、INR 1.0、血小板 18.6萬。"
     "腦部CT（14:20）：無出血，ASPECTS 9分，左側MCA hyperdense sign；CTA：左側M1閉塞。\n"
     "處置：先以 labetalol 10 mg IV 將 BP 降至 <185/110，14:52 予 rt-PA（Actilyse）0.9 mg/kg（體重 58 kg，總量 52 mg，"
     "10% bolus）。經家屬同意，安排空中轉診至臺北榮總行動脈取栓術（EVT）：內政部空中勤務總隊 UH-60M（NA-706），"
     "預計 15:40 起飛。\n"
     "禁忌症核對：近3個月無手術、無顱內出血病史、無消化道出血；抗凝血劑已停用數月（家屬確認）。\n"
     "家屬：長子 許文雄（0932-507-615）已於14:40簽署同意書；孫女 許雅婷 隨機陪同。預計 16:45 抵達松山機場，"
     "由榮總救護車接駁至急診。\n"
     "病前功能：改良式Rankin量表（mRS）2分。\n"
     "備註：已通報本院腦中風品質指標（到院至給藥時間 DTN 34 分鐘）。\n"
     "會診紀錄醫師：急診科 楊志偉（醫字第036814號）",
     [("HOSPITAL", ["金門醫院"]), ("LOCATION", ["金門縣"]), ("LOCATION", ["金湖鎮"]), ("ADDRESS", ["復興路2號"]),
      ("PHONE", ["082-332546"]), ("DATE", ["民國115年3月2日"]), ("NAME", ["許添丁"]), ("AGE", ["92歲"]),
      ("DATE", ["民國22年6月3日"]), ("ID", ["W106372855"]), ("MRN", ["KM-00736152"]), ("LOCATION", ["瓊林里"]),
      ("ADDRESS", ["瓊林58號"]), ("LOCATION", ["金湖分隊"]), ("DATE", ["去年中秋"]), ("DATE", ["前年清明"]),
      ("DATE", ["民國109年"]), ("SERIAL", ["RNB609175S"]), ("DATE", ["民國38年"]), ("LOCATION", ["金門"]),
      ("ID", ["0000 6371 9250"]), ("NAME", ["陳美玲"]), ("LOCATION", ["松山機場"]), ("HOSPITAL", ["臺北榮民總醫院", "臺北榮總"]), ("NAME",
      ["林怡君"]),
      ("URL", ["https://telestroke.vghtpe.gov.tw/r/KM-0302"]), ("IP", ["10.31.4.18"]), ("PLATE", ["NA-706"]),
      ("NAME", ["許文雄"]), ("PHONE", ["0932-507-615"]), ("NAME", ["許雅婷"]), ("NAME", ["楊志偉"]),
      ("LICENCE", ["醫字第036814號"])],
     ["NIHSS 14分", "GCS E4V1M6", "BP 182/96 mmHg", "INR 1.0", "ASPECTS 9分", "hyperdense sign", "M1閉塞",
      "labetalol 10 mg IV", "rt-PA（Actilyse）0.9 mg/kg", "UH-60M", "改良式Rankin量表", "mRS", "Medtronic Azure XT DR MRI",
      "長照2.0", "DTN 34 分鐘"]),

    # 30 - Greece, Evros (Alexandroupoli): pre-anaesthetic assessment in Greek before knee arthroplasty
    ("ΠΑΝΕΠΙΣΤΗΜΙΑΚΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΑΛΕΞΑΝΔΡΟΥΠΟΛΗΣ - Αναισθησιολογική Κλινική\n"
     "Δραγάνα, 681 00 Αλεξανδρούπολη | Ιατρείο Προαναισθητικής Εκτίμησης, τηλ. 25513 51230\n"
     "ΠΡΟΑΝΑΙΣΘΗΤΙΚΗ ΕΚΤΙΜΗΣΗ | Δευτέρα 19 Ιανουαρίου 2026\n"
     "Ασθενής: Χρυσούλα Μπαλτζή-Καραγιάννη του Σωτηρίου | 63 ετών | ΑΜΚΑ 08116241855 | Αρ. Μητρώου ΠΓΝΑ 2026-00735\n"
     "Διεύθυνση: Λεωφόρος Δημοκρατίας 214, 681 32 Αλεξανδρούπολη | κατάγεται από το Σουφλί | κιν. 698 304 1175\n"
     "Συνταξιούχος φιλόλογος (2ο Γυμνάσιο Σουφλίου). Σύζυγος: Κωνσταντίνος Καραγιάννης.\n"
     "Προγραμματισμένη επέμβαση: ολική αρθροπλαστική δεξιού γόνατος, 26/01/2026 (Ορθοπαιδική Κλινική, Δρ Παύλος "
     "Ντρίζης).\n"
     "Ιστορικό: ΣΔ τύπου 2 (μετφορμίνη 850 mg x2, HbA1c 7,4%), αρτηριακή υπέρταση (ολμεσαρτάνη 20 mg), κολπική "
     "μαρμαρυγή (απιξαμπάνη 5 mg x2), σύνδρομο αποφρακτικής άπνοιας ύπνου με CPAP (ResMed AirSense 10, S/N "
     "23181827364), BMI 36,2. Αλλεργία: πενικιλλίνη (ήπιο εξάνθημα).\n"
     "Εξέταση: Mallampati III, θυρεοπηχεϊκή απόσταση 5,5 cm, περιορισμένη έκταση αυχένα. ΑΠ 142/86 mmHg, ΣΦ 78 "
     "άρρυθμος, SpO2 96%.\n"
     "Κλίμακες: ASA III, STOP-BANG 6/8, RCRI (Lee) 1, λειτουργική ικανότητα < 4 METs.\n"
     "Εργαστηριακά: Hb 12,8 g/dL, κρεατινίνη 1,1 mg/dL, eGFR 54 mL/min/1,73 m², K 4,6 mmol/L. ΗΚΓ: κολπική μαρμαρυγή "
     "με ελεγχόμενη κοιλιακή συχνότητα 78/λεπτό.\n"
     "Σχέδιο: ραχιαία αναισθησία και αποκλεισμός προσαγωγού σωλήνα (ACB) υπό υπερηχογραφική καθοδήγηση· διακοπή "
     "απιξαμπάνης 72 ώρες πριν (eGFR < 60 και νευραξονικός αποκλεισμός) - τελευταία δόση 22/01 το βράδυ· όχι "
     "μετφορμίνη το πρωί της επέμβασης· να φέρει τη συσκευή CPAP. Προετοιμασία για δύσκολο αεραγωγό "
     "(βιντεολαρυγγοσκόπιο McGrath). Προφύλαξη: κεφαζολίνη 2 g ΕΦ (ήπια αλλεργία σε πενικιλλίνη, όχι αναφυλαξία).\n"
     "Δρ Ευάγγελος Τσολάκης, Αναισθησιολόγος | ΑΜ Ι.Σ. Έβρου 0861",
     [("HOSPITAL", ["ΑΛΕΞΑΝΔΡΟΥΠΟΛΗΣ"]), ("LOCATION", ["Δραγάνα"]), ("POSTCODE", ["681 00"]),
      ("LOCATION", ["Αλεξανδρούπολη"]), ("PHONE", ["25513 51230"]), ("DATE", ["19 Ιανουαρίου 2026"]),
      ("NAME", ["Χρυσούλα", "Μπαλτζή-Καραγιάννη", "Σωτηρίου"]), ("ID", ["08116241855"]), ("MRN", ["2026-00735"]),
      ("ADDRESS", ["Λεωφόρος Δημοκρατίας 214"]), ("POSTCODE", ["681 32"]), ("LOCATION", ["Σουφλί"]),
      ("PHONE", ["698 304 1175"]), ("LOCATION", ["2ο Γυμνάσιο Σουφλίου"]), ("NAME", ["Κωνσταντίνος", "Καραγιάννης"]),
      ("DATE", ["26/01/2026"]), ("NAME", ["Παύλος", "Ντρίζης"]), ("SERIAL", ["23181827364"]), ("DATE", ["22/01"]),
      ("NAME", ["Ευάγγελος", "Τσολάκης"]), ("LICENCE", ["0861"])],
     ["μετφορμίνη 850 mg", "HbA1c 7,4%", "ολμεσαρτάνη 20 mg", "απιξαμπάνη 5 mg", "ResMed AirSense 10",
      "Mallampati III", "SpO2 96%", "ASA III", "STOP-BANG 6/8", "RCRI (Lee) 1", "4 METs", "eGFR 54 mL/min/1,73 m²",
      "McGrath", "κεφαζολίνη 2 g"]),

    # 31 - Moldova (Palanca border crossing): emergency medical team note, refugee with diabetic ketoacidosis
    ("MINISTRY OF HEALTH OF THE REPUBLIC OF MOLDOVA / WHO-supported EMERGENCY MEDICAL TEAM (EMT Type 1 Mobile)\n"
     "Border crossing point Palanca - Mayaky-Udobnoe | Refugee health point, tent 2\n"
     "CLINICAL ENCOUNTER NOTE | 23 February 2026, 16:20 | Encounter EMT-PAL-26-03318\n"
     "Patient: Olena Hryhorivna Savchuk | 36 F | DOB 04.09.1989 | Ukrainian ID card 006351936 | from "
     "Bilhorod-Dnistrovskyi, Odesa oblast; travelling with her son Danylo (9) to her sister in Chisinau, str. "
     "Alba-Iulia 75, ap. 18. Husband Serhii remains in Ukraine.\n"
     "Phones: +380 67 503 2736 (UA), +373 691 74 205 (MD SIM) | Telegram @olena_bd_t1d\n"
     "Presenting: type 1 diabetes since age 12; ran out of insulin glargine (Lantus) 3 days ago during the journey; "
     "vomiting since the morning, thirsty, abdominal pain.\n"
     "Device: FreeStyle Libre 2 sensor (serial 0M00731K7FX), readings 'HI' since yesterday; reader left at home.\n"
     "Obs: HR 112, BP 108/70, RR 24 (Kussmaul), T 36.8, dry mucosa. Capillary glucose 21.4 mmol/L, capillary ketones "
     "2.1 mmol/L; venous gas (i-STAT CG4+): pH 7.31, HCO3 17 mmol/L, lactate 1.9.\n"
     "Assessment: mild diabetic ketoacidosis (JBDS 2023 criteria), dehydration about 5%.\n"
     "Treatment in the tent: 0.9% NaCl 1 L over 1 h, ondansetron 4 mg IV; insulin glargine 20 units SC (donated "
     "stock, batch recorded); no IV insulin pump in the field.\n"
     "Referral: by ambulance (plate SV AB 627) to the Spitalul Raional Ștefan Vodă for fixed-rate IV insulin 0.1 "
     "units/kg/h and K replacement; then endocrinology at the Spitalul Clinic Republican \"Timofei Moșneaga\", "
     "Chișinău, for an insulin supply under temporary protection (TP no. MD-TP-2026-063195). Son looked after by the "
     "UNHCR protection officer, Ms Aurelia Ceban, +373 600 52 318, until the sister arrives.\n"
     "Team lead: Dr Sergiu Grosu-Lupan (MD, licence 12471) | Nurse: Ana-Maria Rusu | Interpreter: Yevhen Moroz",
     [("LOCATION", ["Palanca"]), ("LOCATION", ["Mayaky-Udobnoe"]), ("DATE", ["23 February 2026"]),
      ("ID", ["EMT-PAL-26-03318"]), ("NAME", ["Olena", "Hryhorivna", "Savchuk"]), ("DATE", ["04.09.1989"]),
      ("ID", ["006351936"]), ("LOCATION", ["Bilhorod-Dnistrovskyi"]), ("NAME", ["Danylo"]),
      ("LOCATION", ["Chisinau", "Chișinău"]), ("ADDRESS", ["str. Alba-Iulia 75, ap. 18"]), ("NAME", ["Serhii"]),
      ("PHONE", ["+380 67 503 2736"]), ("PHONE", ["+373 691 74 205"]), ("HANDLE", ["olena_bd_t1d"]),
      ("SERIAL", ["0M00731K7FX"]), ("PLATE", ["SV AB 627"]), ("HOSPITAL", ["Spitalul Raional Ștefan Vodă"]),
      ("HOSPITAL", ["Spitalul Clinic Republican", "Timofei Moșneaga"]), ("ID", ["MD-TP-2026-063195"]),
      ("NAME", ["Aurelia", "Ceban"]), ("PHONE", ["+373 600 52 318"]), ("NAME", ["Sergiu", "Grosu-Lupan"]),
      ("LICENCE", ["12471"]), ("NAME", ["Ana-Maria", "Rusu"]), ("NAME", ["Yevhen", "Moroz"])],
     ["EMT Type 1 Mobile", "insulin glargine (Lantus)", "FreeStyle Libre 2", "Kussmaul",
      "Capillary glucose 21.4 mmol/L",
      "2.1 mmol/L", "i-STAT CG4+", "pH 7.31", "HCO3 17 mmol/L", "JBDS 2023 criteria", "0.9% NaCl 1 L",
      "ondansetron 4 mg IV", "insulin glargine 20 units SC", "0.1 units/kg/h"]),

    # 32 - Albania (Gjirokastër): medical report for a travel insurance claim, distal radius fracture
    ("SPITALI RAJONAL GJIROKASTËR - Shërbimi i Ortopedisë dhe Traumatologjisë\n"
     "Lagjja 18 Shtatori, Gjirokastër 6001, Albania | Tel +355 84 263 590 | ortopedia.gjk@shendetesia.gov.al\n"
     "MEDICAL REPORT FOR TRAVEL INSURANCE CLAIM (English)\n"
     "Insurer: Allianz Travel Nederland | Policy no. ATN-60352917-02 | Claim no. CL-2025-0918274\n"
     "Insured: Mr Sander van der Kooij-Brink | 52 M | DOB 30-04-1973 | Dutch passport NXR4L82J6 | BSN 603928171\n"
     "Home address: Prinsengracht 537-II, 1016 HK Amsterdam, the Netherlands | e-mail s.vdkooij@ziggo.nl | mobile +31 "
     "6 2094 7365\n"
     "Date of injury: 14 September 2025, about 18:10 | First treatment: same day, 19:05\n"
     "Circumstances: fell from a rented bicycle on the cobbled road below the castle in the old bazaar, onto the "
     "outstretched left hand. Staying at Guesthouse Kodra in the Varosh quarter; his rental car (AB 736 KD) was not "
     "involved.\n"
     "Diagnosis: closed fracture of the distal left radius, dorsally displaced and angulated (Colles fracture), "
     "AO/OTA 23-A2, with an ulnar styloid fracture. ICD-10 S52.50.\n"
     "Imaging: X-ray left wrist, 2 views - dorsal tilt 25 degrees, radial shortening 4 mm.\n"
     "Treatment: closed reduction under haematoma block (lidocaine 2% 10 mL), below-elbow dorsal plaster slab; "
     "post-reduction X-ray: dorsal tilt 0 degrees, radial height restored. Neurovascular intact (median nerve "
     "normal). Analgesia: paracetamol 1 g QID, ibuprofen 400 mg TID x5 days. Arm sling.\n"
     "Fit to fly: yes, after 48 h, with the slab split (risk of swelling); aisle seat advised; no DVT prophylaxis "
     "needed (low risk).\n"
     "Follow-up: fracture clinic at OLVG, Amsterdam, within 7 days; repeat X-ray at 1 and 2 weeks for loss of "
     "reduction - possible ORIF (volar plate).\n"
     "Costs: ER + X-ray + reduction + cast = 11,400 ALL (paid in cash, receipt no. 00592/2025). Refund to IBAN "
     "NL14RABO0318274651.\n"
     "Dr Arben Hoxha-Leka, Orthopaedic Surgeon | Order of Physicians of Albania licence no. 03917 | stamp",
     [("HOSPITAL", ["SPITALI RAJONAL GJIROKASTËR"]), ("ADDRESS", ["Lagjja 18 Shtatori"]),
      ("LOCATION", ["Gjirokastër"]), ("POSTCODE", ["6001"]), ("PHONE", ["+355 84 263 590"]),
      ("EMAIL", ["ortopedia.gjk@shendetesia.gov.al"]), ("ID", ["ATN-60352917-02"]), ("ID", ["CL-2025-0918274"]),
      ("NAME", ["Sander", "van der Kooij-Brink"]), ("DATE", ["30-04-1973"]), ("ID", ["NXR4L82J6"]),
      ("ID", ["603928171"]), ("ADDRESS", ["Prinsengracht 537-II"]), ("POSTCODE", ["1016 HK"]),
      ("LOCATION", ["Amsterdam"]), ("EMAIL", ["s.vdkooij@ziggo.nl"]), ("PHONE", ["+31 6 2094 7365"]),
      ("DATE", ["14 September 2025"]), ("LOCATION", ["Guesthouse Kodra"]), ("LOCATION", ["Varosh"]),
      ("PLATE", ["AB 736 KD"]), ("HOSPITAL", ["OLVG"]), ("ID", ["00592/2025"]), ("ID", ["NL14RABO0318274651"]),
      ("NAME", ["Arben", "Hoxha-Leka"]), ("LICENCE", ["03917"])],
     ["Colles fracture", "AO/OTA 23-A2", "ICD-10 S52.50", "dorsal tilt 25 degrees", "haematoma block",
      "lidocaine 2% 10 mL", "paracetamol 1 g QID", "ibuprofen 400 mg TID", "ORIF", "volar plate", "median nerve"]),

    # 33 - Madagascar (Analamanga, Ankazobe): plague case notification and investigation form in French
    ("REPOBLIKAN'I MADAGASIKARA - MINISTÈRE DE LA SANTÉ PUBLIQUE\n"
     "Direction de la Veille Sanitaire - FICHE DE NOTIFICATION ET D'INVESTIGATION DE CAS DE PESTE\n"
     "Formation sanitaire : CSB II d'Ankazobe, District sanitaire d'Ankazobe, Région Analamanga\n"
     "N° de cas : MDG-ANK-PES-2025-0047 | Date de notification : 14 novembre 2025\n"
     "Patient : RAKOTOARISOA Fidy Andriamalala | sexe M | 27 ans | né le 02/08/1998 | CIN 101 211 048 273\n"
     "Adresse : Fokontany Ambohitromby, lot IVB 118, Commune rurale d'Ankazobe | Profession : riziculteur, "
     "collecteur de charbon de bois pour la société Anjara Charbon SARL\n"
     "Personne à contacter : RASOANAIVO Voahangy (épouse), tél. 034 52 309 36\n"
     "Date de début des signes : 11/11/2025 | Consultation : 13/11/2025 à 09 h 30\n"
     "Signes : fièvre 39,8 °C, céphalées, frissons, bubon inguinal droit très douloureux de 4 cm, ni toux ni "
     "hémoptysie. Rats morts dans la maison depuis une semaine ; puces.\n"
     "Forme clinique : peste bubonique (cas probable) - pas de forme pulmonaire.\n"
     "Examens : TDR antigène F1 (bandelette) POSITIF sur ponction du bubon ; prélèvement envoyé en milieu Cary-Blair "
     "au Laboratoire Central de la Peste pour culture et PCR (n° labo LCP-25-1187).\n"
     "Traitement : streptomycine 15 mg/kg IM toutes les 12 h pendant 3 jours, relais ciprofloxacine 500 mg 2 fois "
     "par jour jusqu'à J10 ; paracétamol 1 g 3 fois par jour.\n"
     "Contacts : 7 contacts familiaux et 3 voisins - chimioprophylaxie par cotrimoxazole 800/160 mg 2 fois par jour "
     "pendant 5 jours ; désinsectisation (deltaméthrine) des 12 maisons du hameau le 15/11/2025 par l'équipe du "
     "SDSP.\n"
     "Notifié par : Dr RANDRIANARISOA Tiana, médecin-chef du CSB II | tél. 033 12 506 77 | "
     "sds.ankazobe.veille@gmail.com\n"
     "Reçu par l'Équipe d'Intervention Rapide du district : M. RAZAFINDRAKOTO Hery, le 14/11/2025 à 16 h 10",
     [("HOSPITAL", ["CSB II d'Ankazobe"]), ("LOCATION", ["Ankazobe"]), ("ID", ["MDG-ANK-PES-2025-0047"]),
      ("DATE", ["14 novembre 2025"]), ("NAME", ["RAKOTOARISOA", "Fidy", "Andriamalala"]), ("DATE", ["02/08/1998"]),
      ("ID", ["101 211 048 273"]), ("LOCATION", ["Ambohitromby"]), ("ADDRESS", ["lot IVB 118"]),
      ("LOCATION", ["Anjara Charbon SARL"]), ("NAME", ["RASOANAIVO", "Voahangy"]), ("PHONE", ["034 52 309 36"]),
      ("DATE", ["11/11/2025"]), ("DATE", ["13/11/2025"]), ("ID", ["LCP-25-1187"]), ("DATE", ["15/11/2025"]),
      ("NAME", ["RANDRIANARISOA", "Tiana"]), ("PHONE", ["033 12 506 77"]), ("EMAIL", ["sds.ankazobe.veille@gmail.com"]),
      ("NAME", ["RAZAFINDRAKOTO", "Hery"]), ("DATE", ["14/11/2025"])],
     ["fièvre 39,8 °C", "bubon inguinal", "peste bubonique", "TDR antigène F1", "Cary-Blair", "PCR",
      "streptomycine 15 mg/kg", "ciprofloxacine 500 mg", "cotrimoxazole 800/160 mg", "deltaméthrine"]),

    # 34 - Scotland, Outer Hebrides (Isle of Lewis): emergency detention assessment note
    ("NHS WESTERN ISLES - WESTERN ISLES HOSPITAL, MacAulay Road, Stornoway, Isle of Lewis HS1 2AF\n"
     "Acute Psychiatric Unit (Clisham Ward) | Tel 01851 708 230\n"
     "EMERGENCY DETENTION - ASSESSMENT NOTE AND CERTIFICATE SUMMARY\n"
     "Mental Health (Care and Treatment) (Scotland) Act 2003, section 36 | Saturday 7 February 2026, 02:40\n"
     "Patient: Ruairidh Iain MacLeod | 36 M | DOB 14/03/1989 | CHI 1403894175\n"
     "Address: 9 Cnoc Ard, North Tolsta, Isle of Lewis HS2 0NW | Weaver of Harris Tweed for the mill at Shawbost (off "
     "sick)\n"
     "Brought in by Police Scotland (incident PS-20260206-3318) after being found at the standing stones at Callanish "
     "in the snow at 23:00, barefoot, believing he had been 'chosen' and that his sister was being poisoned through "
     "the water supply.\n"
     "History from his sister, Peigi MacLeod (01851 890 417), who drove over from Back: 3 weeks of no sleep, stopped "
     "olanzapine 10 mg nocte in the autumn, heavy cannabis use, 1 previous admission to the IPCU at New Craigs "
     "Hospital.\n"
     "MSE: unkempt, hypothermic on arrival (35.1 C, warmed); guarded; thought disorder with derailment; persecutory "
     "and grandiose delusions; second-person command hallucinations telling him to 'walk into the sea'; no insight. "
     "Declined informal admission and oral medication.\n"
     "Risk: high to self (exposure, command hallucinations, previous overdose in 2019); moderate to others.\n"
     "Diagnosis: ICD-11 6A20 schizophrenia, relapse; ? cannabis-induced psychotic disorder (6C41.6).\n"
     "Emergency detention certificate (72 hours) granted by Dr Seonaidh Nicolson, ST4 Psychiatry (GMC 7063518), with "
     "the consent of the MHO, Catriona Morrison (Comhairle nan Eilean Siar), contacted at 02:15. Named person: his "
     "sister. A short-term detention certificate to be considered by the consultant, Dr Ailsa Grant-Mackenzie, by "
     "Monday.\n"
     "Plan: lorazepam 1 mg PO/IM PRN (max 4 mg/24 h); restart olanzapine 10 mg nocte; level 2 observations; bloods "
     "incl. FBC, U&E, LFT, UDS; EWS 4-hourly while rewarming; Mental Welfare Commission to be notified.\n"
     "S. Nicolson, ST4",
     [("HOSPITAL", ["WESTERN ISLES HOSPITAL"]), ("ADDRESS", ["MacAulay Road"]), ("LOCATION", ["Stornoway"]),
      ("LOCATION", ["Isle of Lewis"]), ("POSTCODE", ["HS1 2AF"]), ("HOSPITAL", ["Clisham Ward"]),
      ("PHONE", ["01851 708 230"]), ("DATE", ["7 February 2026"]), ("NAME", ["Ruairidh", "Iain", "MacLeod"]),
      ("DATE", ["14/03/1989"]), ("ID", ["1403894175"]), ("ADDRESS", ["9 Cnoc Ard"]), ("LOCATION", ["North Tolsta"]),
      ("POSTCODE", ["HS2 0NW"]), ("LOCATION", ["Shawbost"]), ("ID", ["PS-20260206-3318"]), ("LOCATION", ["Callanish"]),
      ("NAME", ["Peigi", "MacLeod"]), ("PHONE", ["01851 890 417"]), ("LOCATION", ["Back"]),
      ("HOSPITAL", ["New Craigs Hospital"]), ("NAME", ["Seonaidh", "Nicolson"]), ("LICENCE", ["7063518"]),
      ("NAME", ["Catriona", "Morrison"]), ("LOCATION", ["Comhairle nan Eilean Siar"]),
      ("NAME", ["Ailsa", "Grant-Mackenzie"])],
     ["Mental Health (Care and Treatment) (Scotland) Act 2003", "section 36", "Harris Tweed",
      "olanzapine 10 mg nocte", "ICD-11 6A20", "6C41.6", "Emergency detention certificate (72 hours)",
      "lorazepam 1 mg", "Mental Welfare Commission"]),

    # 35 - Ireland, Co. Sligo / Co. Leitrim: medical retina clinic letter to a GP
    ("SLIGO UNIVERSITY HOSPITAL - Department of Ophthalmology, Medical Retina Clinic\n"
     "The Mall, Sligo F91 H684 | Tel 071 917 1111 | Fax 071 917 4642\n"
     "14th January 2026\n"
     "Dr Aoife Gilheany\n"
     "Manorhamilton Medical Centre, Main Street, Manorhamilton, Co. Leitrim F91 YR62\n"
     "Re: Mr Francis (Francie) McSharry, DOB 09/11/1961, 'Carrigeencor', Glenade, Co. Leitrim | MRN SUH0739126 | "
     "PPSN 6093527S | GMS 60357291\n"
     "Dear Dr Gilheany,\n"
     "I reviewed Francie today with his son, Ciarán. He was referred by Diabetic RetinaScreen (graded R2M1 left) after "
     "his screening in the mobile unit at Drumshanbo. He is a 64-year-old cattle farmer and part-time clerk at the "
     "Manorhamilton Co-op Mart, with type 2 diabetes for 14 years (HbA1c 71 mmol/mol, on metformin 1 g BD and "
     "Jardiance 10 mg), hypertension and a previous MI.\n"
     "Visual acuity: R 6/9, L 6/24 (LogMAR 0.60), no improvement with pinhole; Amsler grid: distortion inferonasal to "
     "fixation L. IOP 16/17 mmHg (Goldmann). Lens: early nuclear sclerosis.\n"
     "Fundi: R moderate non-proliferative diabetic retinopathy, no maculopathy. L moderate NPDR with centre-involving "
     "diabetic macular oedema and circinate exudates. OCT: central subfield thickness L 412 µm (R 268 µm).\n"
     "Plan: loading course of intravitreal aflibercept (Eylea) 2 mg to the left eye, monthly x5, the first given "
     "today (povidone-iodine 5%, consent signed), then treat-and-extend. I would be grateful for your help with his "
     "glycaemic control (target HbA1c below 53 mmol/mol) and blood pressure - 158/92 today.\n"
     "Next injection: 11/02/2026 at the Eye Day Unit.\n"
     "Yours sincerely,\n"
     "Ms Róisín Durkan-Feeney, FRCSI (Ophth), Consultant Ophthalmic Surgeon | IMC 396154\n"
     "cc: Mr F. McSharry; Diabetic RetinaScreen",
     [("HOSPITAL", ["SLIGO UNIVERSITY HOSPITAL"]), ("ADDRESS", ["The Mall"]), ("LOCATION", ["Sligo"]),
      ("POSTCODE", ["F91 H684"]), ("PHONE", ["071 917 1111"]), ("PHONE", ["071 917 4642"]),
      ("DATE", ["14th January 2026"]), ("NAME", ["Aoife", "Gilheany"]), ("HOSPITAL", ["Manorhamilton Medical Centre"]),
      ("ADDRESS", ["Main Street"]), ("LOCATION", ["Manorhamilton"]), ("LOCATION", ["Co. Leitrim"]),
      ("POSTCODE", ["F91 YR62"]), ("NAME", ["Francis", "Francie", "McSharry"]), ("DATE", ["09/11/1961"]),
      ("ADDRESS", ["Carrigeencor"]), ("LOCATION", ["Glenade"]), ("MRN", ["SUH0739126"]), ("ID", ["6093527S"]),
      ("ID", ["60357291"]), ("NAME", ["Ciarán"]), ("LOCATION", ["Drumshanbo"]),
      ("LOCATION", ["Manorhamilton Co-op Mart"]), ("DATE", ["11/02/2026"]), ("NAME", ["Róisín", "Durkan-Feeney"]),
      ("LICENCE", ["396154"])],
     ["Diabetic RetinaScreen", "R2M1", "HbA1c 71 mmol/mol", "metformin 1 g BD", "Jardiance 10 mg", "R 6/9, L 6/24",
      "LogMAR 0.60", "Amsler grid", "IOP 16/17 mmHg (Goldmann)", "NPDR", "central subfield thickness L 412 µm",
      "aflibercept (Eylea) 2 mg", "povidone-iodine 5%", "treat-and-extend"]),

    # 36 - Solomon Islands, Malaita (Auki): delivery note and postnatal summary with postpartum haemorrhage
    ("MALAITA PROVINCIAL HEALTH - KILU'UFI HOSPITAL, AUKI | Maternity Ward\n"
     "DELIVERY NOTE AND POSTNATAL SUMMARY | 28/01/2026\n"
     "Mother: Joy Maetoloa | 22 yrs | DOB 19/07/2003 | Hosp. No. KH-040592 | G2P1 -> P2 | Village: Talakali, Langa "
     "Langa Lagoon\n"
     "Husband: John Kwaimani (mob. 7492 318) | Church: SSEC Talakali\n"
     "Admitted 27/01/2026 21:50 in active labour; came by outboard canoe from the lagoon with the nurse aide from Buma "
     "clinic, Sister Florence Tahu.\n"
     "On admission: 37+5 weeks, cephalic, 6 cm, Bishop score 9, membranes intact, FHR 140. Hb 9.8 g/dL, malaria RDT "
     "negative, VDRL non-reactive, HIV negative.\n"
     "Labour: partograph crossed the alert line at 02:00 - ARM, clear liquor; full dilatation at 03:55.\n"
     "Delivery 04:17: SVD, live female, birth weight 2.61 kg, Apgar 7 at 1 min and 9 at 5 min; dried, skin-to-skin, "
     "breastfed within 1 hour. Vitamin K 1 mg IM, BCG and hepatitis B birth dose given. Baby's name: Hope Kwaimani.\n"
     "Third stage: AMTSL - oxytocin 10 IU IM within 1 min, CCT; placenta complete at 04:29. Then uterine atony with "
     "PPH 750 mL - bimanual compression, misoprostol 800 mcg SL, second IV line, Hartmann's 1 L; tone restored by "
     "04:50. Second-degree tear repaired (Vicryl Rapide 2-0). Post-delivery Hb 8.1 g/dL: ferrous sulphate + folic "
     "acid for 3 months.\n"
     "Discharge plan (day 2 if stable): family planning - Jadelle implant offered and accepted; postnatal check at "
     "Buma clinic on day 7; baby weight check and OPV/HepB schedule per the EPI card.\n"
     "Midwife: Sr Loretta Ifunaoa, RM (SINMC reg. 2218) | MO: Dr Kelly Houasia",
     [("HOSPITAL", ["KILU'UFI HOSPITAL"]), ("LOCATION", ["AUKI"]), ("DATE", ["28/01/2026"]),
      ("NAME", ["Joy", "Maetoloa"]), ("DATE", ["19/07/2003"]), ("MRN", ["KH-040592"]), ("LOCATION", ["Talakali"]),
      ("LOCATION", ["Langa Langa Lagoon"]), ("NAME", ["John", "Kwaimani"]), ("PHONE", ["7492 318"]),
      ("DATE", ["27/01/2026"]), ("HOSPITAL", ["Buma clinic"]), ("NAME", ["Florence", "Tahu"]),
      ("NAME", ["Hope", "Kwaimani"]), ("NAME", ["Loretta", "Ifunaoa"]), ("LICENCE", ["2218"]),
      ("NAME", ["Kelly", "Houasia"])],
     ["37+5 weeks", "Bishop score 9", "Hb 9.8 g/dL", "VDRL non-reactive", "birth weight 2.61 kg",
      "Apgar 7 at 1 min and 9 at 5 min", "Vitamin K 1 mg IM", "oxytocin 10 IU IM", "PPH 750 mL",
      "misoprostol 800 mcg SL", "Hartmann's 1 L", "Vicryl Rapide 2-0", "Jadelle"]),

    # 37 - Canada, Yukon (Dawson City): home care nursing visit for a client aged 96
    ("YUKON HOME AND COMMUNITY CARE - DAWSON CITY\n"
     "Dawson City Community Hospital, 501 Sixth Avenue, Dawson City, YT Y0B 1G0 | Home care office 867-993-4326\n"
     "HOME CARE NURSING VISIT NOTE | Thursday, February 12, 2026, 13:30\n"
     "Client: Mrs. Clementine Beaulieu-Jonas | F | 96 years | DOB June 14, 1929 | YHCIP 002-593-716 | Chart DCH-1147\n"
     "Address: 1204 Fifth Avenue (blue house behind the Westminster Hotel), Dawson City | lives with her son Gordon "
     "Beaulieu (867-993-5186) | Lifeline pendant ID LL-0362815\n"
     "Visit purpose: wound care - sacral pressure injury; weekly weight.\n"
     "Background: widowed in 1987; came to Dawson in 1952 to cook for the dredge crews; has refused a bed at McDonald "
     "Lodge since Discovery Day. Heart failure (EF 35%), AF on apixaban 2.5 mg BID, CKD 4, OA hips. Mostly "
     "bed-to-chair since Christmas.\n"
     "Assessment: sacral pressure injury stage 3 (NPIAP 2016), 3.2 x 2.4 x 0.6 cm, 20% slough, moderate serous "
     "exudate, no odour, periwound macerated. PUSH tool 11 (last week 12). Braden score 13 (moderate risk). Weight "
     "46.1 kg (-0.6). T 36.7, HR 84 irregular, BP 112/64, SpO2 94%. Mild ankle oedema, chest clear.\n"
     "Intervention: wound cleansed with NS, Aquacel Ag+ Extra to the base, Mepilex Border Sacrum as secondary "
     "dressing, skin prep to periwound. Repositioning q2h reviewed with Gordon; air mattress (Invacare microAIR, "
     "serial MA593027Y) checked and set for 45-55 kg. Nutrition: Ensure Plus prescribed twice daily, mostly taking "
     "one.\n"
     "Plan: dressing change Mon/Thu; PUSH weekly; ask Dr Fenwick about zinc and a dietitian (telehealth from "
     "Whitehorse); respite bed in March to be discussed. Gordon to call the office, or 811, for fever or increasing "
     "breathlessness.\n"
     "Ruth-Anne Mervyn, RN | YRNA #2957",
     [("LOCATION", ["DAWSON CITY"]), ("HOSPITAL", ["Dawson City Community Hospital"]),
      ("ADDRESS", ["501 Sixth Avenue"]), ("LOCATION", ["Dawson City", "Dawson"]), ("POSTCODE", ["Y0B 1G0"]),
      ("PHONE", ["867-993-4326"]), ("DATE", ["February 12, 2026"]), ("NAME", ["Clementine", "Beaulieu-Jonas"]),
      ("AGE", ["96 years"]), ("DATE", ["June 14, 1929"]), ("ID", ["002-593-716"]), ("MRN", ["DCH-1147"]),
      ("ADDRESS", ["1204 Fifth Avenue"]), ("LOCATION", ["Westminster Hotel"]), ("NAME", ["Gordon", "Beaulieu"]),
      ("PHONE", ["867-993-5186"]), ("ID", ["LL-0362815"]), ("DATE", ["1987"]), ("DATE", ["1952"]),
      ("HOSPITAL", ["McDonald Lodge"]), ("DATE", ["Discovery Day"]), ("DATE", ["Christmas"]),
      ("SERIAL", ["MA593027Y"]), ("NAME", ["Fenwick"]), ("LOCATION", ["Whitehorse"]), ("DATE", ["March"]),
      ("NAME", ["Ruth-Anne", "Mervyn"]), ("LICENCE", ["2957"])],
     ["EF 35%", "apixaban 2.5 mg BID", "CKD 4", "stage 3 (NPIAP 2016)", "PUSH tool 11", "Braden score 13",
      "SpO2 94%", "Aquacel Ag+ Extra", "Mepilex Border Sacrum", "Invacare microAIR", "Ensure Plus", "811"]),

    # 38 - Australia, Torres Strait (Thursday Island): haemodialysis session record
    ("QUEENSLAND HEALTH - THURSDAY ISLAND HOSPITAL, Renal Unit\n"
     "163 Douglas Street, Thursday Island QLD 4875 | (07) 4069 0222\n"
     "HAEMODIALYSIS SESSION RECORD | Wed 04/02/2026 | Session 3 of 3 this week (Mon/Wed/Fri schedule)\n"
     "Patient: Mr Kapua Namok-Whap | 57 M | DOB 21/06/1968 | URN TIH-118274 | Medicare 5184 39277 1 | IHI 8003 6081 "
     "7364 8254\n"
     "Home: Badu Island; relocated for dialysis, staying at the Tagai renal hostel on Waiben. Wife Daisy Namok "
     "(0408 182 735) stays on Badu.\n"
     "Access: L radiocephalic AVF (Brescia-Cimino), good thrill; buttonhole cannulation, 15G x2.\n"
     "Machine: Fresenius 5008S, serial 5008S-7Z60391, chair 2 | Dialyser FX80 | Dialysate K 2.0, Ca 1.25, Na 138\n"
     "Pre: weight 85.7 kg (dry weight 82.5 kg; IDWG 3.2 kg), BP 168/94, HR 82, T 36.5. Pre K 6.1 mmol/L.\n"
     "Prescription: 5 h, Qb 350 mL/min, Qd 500 mL/min, UF goal 3.2 L; heparin 2000 IU bolus then 1000 IU/h, stopped 1 "
     "h before the end.\n"
     "Intra: cramps at 4 h with BP 102/60 - UF paused 15 min, 200 mL NS, settled. Final UF 3.0 L.\n"
     "Post: weight 82.7 kg, BP 138/80. Kt/V 1.31, URR 69%.\n"
     "Monthly bloods: Hb 98 g/L, ferritin 412 ug/L, TSAT 24%, PO4 2.1 mmol/L, PTH 48 pmol/L, albumin 33 g/L.\n"
     "Given: Mircera 100 mcg IV (monthly), Venofer 100 mg IV. Sevelamer 800 mg TDS with meals - admits missing the "
     "lunch doses when out fishing.\n"
     "Nephrology telehealth (Dr Lachlan Okonjo-Reeve, Cairns Hospital renal service) on 02/02/2026: increase "
     "sevelamer to 1600 mg with the main meal, repeat K next session, stays on the transplant work-up list - needs "
     "dental clearance and a CT coronary angiogram in Cairns.\n"
     "RN: Bianca Pitt-Lowah | EN: Sana Mosby | Next session Fri 06/02/2026 07:00",
     [("HOSPITAL", ["THURSDAY ISLAND HOSPITAL"]), ("ADDRESS", ["163 Douglas Street"]), ("LOCATION",
      ["Thursday Island"]),
      ("POSTCODE", ["4875"]), ("PHONE", ["(07) 4069 0222"]), ("DATE", ["04/02/2026"]),
      ("NAME", ["Kapua", "Namok-Whap"]), ("DATE", ["21/06/1968"]), ("MRN", ["TIH-118274"]), ("ID", ["5184 39277 1"]),
      ("ID", ["8003 6081 7364 8254"]), ("LOCATION", ["Badu Island", "Badu"]), ("LOCATION", ["Tagai renal hostel"]),
      ("LOCATION", ["Waiben"]), ("NAME", ["Daisy", "Namok"]), ("PHONE", ["0408 182 735"]),
      ("SERIAL", ["5008S-7Z60391"]), ("NAME", ["Lachlan", "Okonjo-Reeve"]), ("HOSPITAL", ["Cairns Hospital"]),
      ("LOCATION", ["Cairns"]), ("DATE", ["02/02/2026"]), ("NAME", ["Bianca", "Pitt-Lowah"]), ("NAME", ["Sana",
      "Mosby"]),
      ("DATE", ["06/02/2026"])],
     ["Brescia-Cimino", "Fresenius 5008S", "FX80", "dry weight 82.5 kg", "Pre K 6.1 mmol/L", "Qb 350 mL/min",
      "heparin 2000 IU bolus", "Kt/V 1.31", "URR 69%", "Hb 98 g/L", "PTH 48 pmol/L", "Mircera 100 mcg IV",
      "Venofer 100 mg IV", "Sevelamer 800 mg TDS"]),

    # 39 - USA, Maine (Aroostook County): physical therapy initial evaluation after ACL reconstruction
    ("AROOSTOOK PHYSICAL THERAPY & SPORTS REHAB\n"
     "263 Main Street, Presque Isle, ME 04769 | Tel (207) 555-0193 | Fax (207) 555-0194\n"
     "PHYSICAL THERAPY INITIAL EVALUATION | February 16, 2026\n"
     "Patient: Lucien Thibodeau-Ouellette | DOB 03/09/1979 | Acct # APT-20736 | Anthem BCBS member ID XQK590317265 | "
     "Workers' comp claim WC-2026-03319\n"
     "Referring surgeon: Marcus Leclair, MD, Northern Light A.R. Gould Hospital - R ACL reconstruction (BTB "
     "autograft) and partial medial meniscectomy on 01/27/2026.\n"
     "Subjective: 46 y/o potato farmer and harvester operator for Rivard Russet Farms in Mars Hill; injured on "
     "12/29/2025 jumping down from the harvester when the R knee buckled. Lives in Fort Fairfield with his wife "
     "Mireille (cell 207-555-0116) in a 2-storey farmhouse (14 steps). Case manager: Tracy Dionne, insurer's Caribou "
     "office.\n"
     "Objective: ROM R knee 0-105 deg flexion vs L 0-140; effusion 2+ (sweep test); quad lag 10 deg; poor quad "
     "activation - NMES indicated. Lachman deferred (graft protection). Gait with 1 crutch, antalgic. Lysholm score "
     "58/100; IKDC subjective 42.5.\n"
     "Assessment: 3 weeks s/p R ACL-R, progressing per protocol; main barriers are effusion and quad inhibition.\n"
     "Plan: 2x/week for 12 weeks; NMES (Empi); BFR training with the Delfi PTS at 80% LOP from week 4; closed-chain "
     "strengthening; Game Ready cryotherapy after sessions. No pivoting until return-to-sport testing (Y-balance, hop "
     "tests LSI >90%) at 6-9 months. Light duty letter sent to Rivard Russet Farms (no climbing onto equipment, no "
     "lifting >20 lb). Home exercise program on the portal (https://apt-rehab.medbridgego.com, access code KQ7T2M).\n"
     "Danielle Gagnon, PT, DPT | Maine PT license PT3507 | NPI 1518427368",
     [("HOSPITAL", ["AROOSTOOK PHYSICAL THERAPY & SPORTS REHAB"]), ("ADDRESS", ["263 Main Street"]),
      ("LOCATION", ["Presque Isle"]), ("POSTCODE", ["04769"]), ("PHONE", ["(207) 555-0193"]),
      ("PHONE", ["(207) 555-0194"]), ("DATE", ["February 16, 2026"]), ("NAME", ["Lucien", "Thibodeau-Ouellette"]),
      ("DATE", ["03/09/1979"]), ("ID", ["APT-20736"]), ("ID", ["XQK590317265"]), ("ID", ["WC-2026-03319"]),
      ("NAME", ["Marcus", "Leclair"]), ("HOSPITAL", ["Northern Light A.R. Gould Hospital"]), ("DATE", ["01/27/2026"]),
      ("LOCATION", ["Rivard Russet Farms"]), ("LOCATION", ["Mars Hill"]), ("DATE", ["12/29/2025"]),
      ("LOCATION", ["Fort Fairfield"]), ("NAME", ["Mireille"]), ("PHONE", ["207-555-0116"]),
      ("NAME", ["Tracy", "Dionne"]), ("LOCATION", ["Caribou"]), ("URL", ["https://apt-rehab.medbridgego.com"]),
      ("ID", ["KQ7T2M"]), ("NAME", ["Danielle", "Gagnon"]), ("LICENCE", ["PT3507"]), ("ID", ["1518427368"])],
     ["BTB autograft", "partial medial meniscectomy", "effusion 2+ (sweep test)", "quad lag 10 deg", "NMES (Empi)",
      "Lachman", "Lysholm score 58/100", "IKDC subjective 42.5", "Delfi PTS", "80% LOP", "Game Ready", "Y-balance",
      "LSI >90%"]),
]
