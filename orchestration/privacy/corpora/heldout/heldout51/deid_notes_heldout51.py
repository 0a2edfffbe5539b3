"""Fifty-first HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation
(only the ``Note`` type, the corpus module for the names of the identifier kinds, the eighteenth set for the format and
the first docstrings of sets 19 to 50, to choose settings not used before), and never ran the de-identifier or the
evaluation on these notes. Measure it; do not change a rule because of what it shows.

24 notes (965 planted identifier parts in 815 (kind, parts) entries; 389 clinical strings, all distinct), each a
different kind of clinical document, from countries, territories, regions and towns that sets 19 to 50 did not use or
used least. The even-numbered notes (0, 2, ..., 22) are in English, in US (Montana, Vermont), Irish (Co. Offaly),
Canadian (Ontario's James Bay coast), Malaysian (Sabah), Papua New Guinean (Bougainville), Caribbean Netherlands
(Saba), English (Shropshire), Australian (Victoria's Mallee), Tanzanian (Pemba, Zanzibar), Mauritian (Rodrigues) and
Micronesian (Yap) usage; each odd-numbered note is in another language and script: simplified Chinese (1), Greek (9),
Hebrew (11, with a Hebrew calendar date) and Gujarati (5, Gujarati digits in dates, phone numbers, Aadhaar and PIN code,
with a Vikram Samvat date), and eight in which the docstrings of sets 19 to 50 show no note written: Sorani Kurdish (3,
Arabic script, Eastern Arabic-Indic digits, a Kurdish solar calendar date beside the Gregorian one), Tajik (7, Cyrillic,
surname, given name and patronymic), Finnish (13), Latvian (15, declined names and feminine surname forms), Croatian
(17, spaced dotted dates), Afrikaans (19), Basque (21, Basque month names in the genitive and inessive) and Icelandic
(23, patronymics declined in the genitive, accusative and dative).

This file holds notes 0-11 (477 identifier parts in 404 entries, 192 clinical strings):
0, USA, Montana, Hi-Line (Havre, Kremlin, Joplin, Chinook, Box Elder, Fort Belknap Agency; Great Falls): a hospital
mass casualty incident triage and tracking log after a charter bus rollover, with five tagged patients (one aged 91),
triage tag numbers, a county incident number, a bus plate, an ambulance plate and an aircraft registration, a DOT
custody and control form number, a CDL, towns named like the Moscow fortress and a Missouri city (Kremlin, Joplin),
a college and a casino, a fax number, a Montana licence and an NPI;
1, China, Shaanxi, Yulin (Mizhi County: Yangjiagou town, a village group and house number; Xi'an): a PICC insertion and
maintenance record for adjuvant FOLFOX chemotherapy (simplified Chinese), with an inpatient number, a resident ID, a
catheter lot number, a WeChat ID, a nurse's practising certificate number, a maintenance booklet number and a county
hospital's PICC clinic;
2, Ireland, Co. Offaly (Tullamore, Clara, Birr, Ferbane; Lanzarote): a dermatology patch test report for a hairdresser,
with a PPSN, Eircodes, a town that is a given name (Clara), a salon with an everyday-phrase name, a street named
Bachelor's Walk, a month, an e-mail address and an IMC number;
3, Iraq, Kurdistan Region, Halabja (Kani Ashqan, Pirmohammed, Byara, Tawella; Sulaymaniyah; Tehran): a long-term
follow-up card of a survivor of the 1988 chemical attack (Sorani Kurdish), with a file number, a national card number,
a victims' registry number, a lane and house address, Eastern Arabic-Indic digits in every number, a Kurdish solar date,
the anniversary date of her exposure, a school and a medical syndicate number;
4, Canada, Ontario, James Bay (Moose Factory, Moosonee; Timmins): an emergency procedural sedation and Bier block record
for a distal radius fracture, with an OHIP number with its version code, a status registry number, a P.O. box and
postal code, a First Nation, the Northern Store, a Cree interpreter, a fax number and CPSO and CNO numbers;
5, India, Gujarat, Kutch (Adesar, Rapar taluka, the Little Rann; Bhuj): a pre-operative IOL biometry and cataract
surgery record of an Agariya salt-pan worker (Gujarati), with Gujarati digits, a Vikram Samvat date, an OT register and
OPD number, an Aadhaar and a MA Amrutam card number, a biometer serial and an IOL lot number, a camp at a primary health
centre, Uttarayan and a Gujarat Medical Council number;
6, Malaysia, Sabah (Lahad Datu: Taman Fajar; Segama) with a worker from South Sulawesi (Bone, Awangpone, Watampone): a
foreign worker medical examination (FOMEMA) with an unsuitable result for pulmonary tuberculosis, with an examination
number, a panel clinic code, an Indonesian passport, a PLKS work permit, a laboratory and an X-ray reference, an estate
line-house address, Hari Raya, a regency whose name is an everyday word (Bone) and an MMC number;
7, Tajikistan, Khatlon (Kulob; Vose district: Hulbuk, Guliston; Dushanbe; Yekaterinburg): a neonatal resuscitation
record in a maternity hospital (Tajik), with birth and newborn history numbers, a passport number, a street and house
address, Tajik phone numbers, a Telegram handle, a father working in Russia, an ambulance plate and a licence number;
8, Papua New Guinea, Autonomous Region of Bougainville (Wakunai district: Manetai, Karato; Arawa; Buka; Port Moresby):
a yaws case investigation and total targeted treatment form, with a case number, a clinic book number, household GPS
coordinates, a school named after a saint, a specimen number, a government vehicle plate, a DHIS2 tracker URL, a
chief and a catechist, an e-mail address and a PNGMB registration;
9, Greece, Western Macedonia (Kastoria, Argos Orestiko; Florina; Stuttgart): a urodynamic pressure-flow study report
(Greek), with a patronymic, an AMKA, a Greek identity card number, a fur workshop, a hospital named after a person, a
urodynamics system serial number, Greek month names and a medical association number;
10, Saba, Caribbean Netherlands (The Bottom, Zion's Hill also called Hell's Gate, Windwardside; St. Maarten; St.
Thomas, USVI): a physician's certificate for the international transport of the remains of a woman aged 93, with a
BSN, a Dutch passport, a pacemaker serial number, a coffin seal number, a flight number, airports named after people,
Saba Day, bare years and month-and-year dates, fax and US Virgin Islands phone numbers, an e-mail address and a BIG
number;
11, Israel, Western Galilee (Nahariya, Kfar Vradim, Ma'alot-Tarshiha): a neonatal hip ultrasound report (Graf) with a
Pavlik harness plan (Hebrew), with Teudat Zehut numbers for the baby and the mother, a Hebrew calendar date, Hanukkah,
an ultrasound machine serial number, a fax number, an e-mail address and two מ.ר. licence numbers.

Notes 12-23 are in :mod:`deid_notes_heldout51_more`, only to keep each file a readable length (see its docstring). Where
a real identifier has a check digit (US NPI, Irish PPSN, Ontario health number, Chinese resident ID, Aadhaar, Greek
AMKA, Dutch BSN, Israeli ID, NHS number, Finnish henkilötunnus, Australian Medicare and IHI, Latvian personas kods,
Croatian OIB, South African ID, Spanish DNI, Icelandic kennitala) the planted one passes it; the others keep a plausible
format (US Medicare MBI, Iraqi national card, Indonesian passport, Malaysian PLKS, Tajik passport, Tanzanian NIDA,
Mauritian NIC, Croatian MBO, FSM social security and MiCare numbers). Two patients are aged 90 or over (notes 0 and 10),
and for them the age, the birth date (DOB90) and every other date element, bare years, months and holidays included, are
planted; a great-grandfather aged 93 is mentioned in note 19, where every date is planted as well. Where a younger
patient's note has a bare year (notes 3, 12, 13, 14, 15, 16, 18 and 20), it is left in the text and not planted. No
identifier part is planted in more than one note. The strings that must survive include eponyms, eponymous signs,
scales, techniques and stains (Morison's pouch, Chance fracture, Seldinger, Caprini, Bier block, Colles' fracture,
Esmarch, Mallampati, Pasero, Tenon's, Hansen's disease, Sarnat, Schäfer, Ortolani, Barlow, Galeazzi, Graf, Pavlik,
Epley, Meniere's disease, Dupuytren's contracture, Tubiana, Lasègue, Oswestry, Lachman (Lahmana), Segond, Outerbridge,
Baker (Beikera), Nabothian cysts, Lugol's iodine, Hashimoto, Hürthle, May-Grünwald-Giemsa, Papanicolaou, Parkinson's
disease, Hoehn and Yahr, Griffiths, Beery, Conners, Hoyme, Simpson-Angus, Barnes, Rankin, Barthel, Ashworth, Tardieu,
Fugl-Meyer, Wickham's striae, Agatston, Simon Broome, Killip, Alzheimer's dementia), place names inside clinical terms
(Balsam of Peru, Morges strategy, Oswestry Disability Index, Dutch Lipid Clinic Network, Agreement of Berlin 1937,
Strasbourg Agreement 1973), statutes, regulations and criteria with years (Prevention and Control of Infectious Diseases
Act 1988, Firearms Act 1968, International Health Regulations (2005), Hoyme-kriteria 2016), drug and device brand names
(Kcentra, SAM Pelvic Sling, PowerPICC, Finn Chambers, Dermovate, Protopic, IOLMaster 700, Pred Forte, Symbicort
Turbuhaler, Duodart, Laborie Aquarius, Philips EPIQ Elite, Arcoxia, Optisulin, Tandem t:slim X2, Dexcom G7, Baqsimi,
MAGNETOM Sola, Liger, Euthyrox, ThyroSeq, Rytary, Medtronic Percept PC, Ritalin, Modecate, Botox, Vicryl, Repatha,
Jadelle), organisms, lab values with units, and scores, ratios and fractions that look like dates (FEV1/FVC 0.61,
160/4.5, 6/60, K1/K2, Apgar 3/6/8, 3:1, IPSS 24/35, 4/27, 3/21, 6CIT 0/28, 6/9, 1:10, 4/5, 3/5, 7/10, 1:32, 25/100,
26/30, 28/66, 1:100,000, Anti-HIV 1/2). Entries per kind in the whole set: NAME 161, LOCATION 157, DATE 126, ID 71,
HOSPITAL 68, PHONE 59, ADDRESS 38, LICENCE 33, POSTCODE 28, MRN 22, SERIAL 16, EMAIL 11, FAX 7, PLATE 6, AGE 3, URL 3,
DOB90 2, HANDLE 2, IP 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout51.deid_notes_heldout51_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Montana, Hi-Line (Havre, Kremlin, Joplin, Chester, Box Elder; Great Falls): mass casualty incident triage and tracking log
    ("NORTHERN MONTANA HOSPITAL - EMERGENCY DEPARTMENT\n"
     "30 13th St, Havre, MT 59501 | ED charge desk 406-555-0147 | fax 406-555-0148\n"
     "MASS CASUALTY INCIDENT - TRIAGE AND TRACKING LOG (hospital copy, scanned to the incident file)\n"
     "Incident: charter bus rollover, US Highway 2 eastbound at mile marker 364, about 2 miles west of Kremlin\n"
     "Date: 10/18/2025 | MCI declared 14:52 by Hill County DES, incident no. HC-25-10418 | Code Triage called 14:55\n"
     "Hospital incident commander: Dr. Marisol Quenneville-Haugen (ED) | Triage officer: Travis Lindqvist-Bearchief, RN\n"
     "Bus: Hi-Line Coachways, MT plate 14-2287A, carrying 23 passengers of the Chester Senior Center day trip to "
     "the Northern Winz Casino. Field START triage by Havre Fire Department; units Medic 2 (MT plate 4-1187G) and "
     "Blaine County Ambulance from Chinook.\n"
     "\n"
     "Tag 0418-221 | RED | 15:18 | Harlan Oyuela-Stenberg, 67 M, DOB 02/09/1958, MRN NMH-0771254\n"
     "  Front-row passenger, thrown into the stairwell. SBP 78, HR 128. FAST positive in Morison's pouch. Suspected "
     "open-book pelvic fracture - SAM Pelvic Sling on, TXA 1 g IV, 2 units O-negative uncrossmatched. To CT then "
     "Benefis Health System, Great Falls, fixed-wing N417HL, wheels up 16:40.\n"
     "Tag 0418-222 | RED | 15:21 | Delphine Morsette-Eagleman, 54 F, DOB 07/30/1971, MRN NMH-0771255\n"
     "  RR 34, absent breath sounds L, trachea deviated to R: tension pneumothorax. Needle decompression L 2nd ICS by "
     "Medic 2 en route, 28 Fr chest tube here at 15:35. Works at Stone Child College, Box Elder. Sister Loretta "
     "Morsette on her way, 406-555-0172.\n"
     "Tag 0418-223 | YELLOW | 15:26 | Agnes Thorbjornsen, 91 F, DOB 03/14/1934, MRN NMH-0213377\n"
     "  From Joplin. L leg shortened and externally rotated, femoral neck fracture on film. On warfarin, INR 2.8: "
     "Kcentra 25 units/kg and vitamin K 10 mg IV per ortho. GCS 14, confused about the date. Daughter Linnea "
     "Thorbjornsen-Pfaff (406-555-0193) is her health care POA.\n"
     "Tag 0418-224 | YELLOW | 15:30 | Benito Ahlquist-Running Crane, 72 M, DOB 11/02/1952, MRN NMH-0771256\n"
     "  Lap belt only. Seat belt sign across the lower abdomen, midline L1 tenderness: ?Chance fracture, CT "
     "abdomen/pelvis and T/L spine. Lactated Ringer's 1 L.\n"
     "Tag 0418-225 | GREEN | 15:41 | Gerald Stiffarm, 48 M, bus driver, DOB 05/19/1977, MRN NMH-0771257\n"
     "  Of Fort Belknap Agency. Scalp laceration 6 cm, stapled. Post-accident DOT testing: breath alcohol 0.000, urine "
     "collected 16:05 (CCF 1472093). CDL MT 0813197744617. Hill County Sheriff Deputy Kade Ostrander took a "
     "statement at the bedside.\n"
     "\n"
     "15:58 surgeon on call Dr. Obiageli Nwankwo-Sorensen in. 16:10 second fixed-wing requested for tag 0418-222. "
     "17:25 all RED and YELLOW patients dispositioned; 18 GREEN passengers seen and released to the Chester Senior "
     "Center van with director Phyllis Grevenitz. Chaplain Rev. Aldo Pinsonneault with families in the cafeteria.\n"
     "Code Triage cleared 18:02.\n"
     "Signed: Marisol Quenneville-Haugen, MD | NPI 1639284755 | MT MED-PHYS-LIC-61473",
     [("HOSPITAL", ["NORTHERN MONTANA HOSPITAL"]), ("ADDRESS", ["30 13th St"]), ("LOCATION", ["Havre"]),
      ("POSTCODE", ["59501"]), ("PHONE", ["406-555-0147"]), ("FAX", ["406-555-0148"]), ("LOCATION", ["Kremlin"]),
      ("DATE", ["10/18/2025"]), ("LOCATION", ["Hill County"]), ("ID", ["HC-25-10418"]),
      ("NAME", ["Marisol", "Quenneville-Haugen"]), ("NAME", ["Travis", "Lindqvist-Bearchief"]),
      ("LOCATION", ["Hi-Line Coachways"]), ("PLATE", ["14-2287A"]), ("LOCATION", ["Chester Senior Center"]),
      ("LOCATION", ["Northern Winz Casino"]), ("PLATE", ["4-1187G"]), ("LOCATION", ["Chinook"]),
      ("ID", ["0418-221"]), ("NAME", ["Harlan", "Oyuela-Stenberg"]), ("DATE", ["02/09/1958"]), ("MRN", ["NMH-0771254"]),
      ("HOSPITAL", ["Benefis Health System"]), ("LOCATION", ["Great Falls"]), ("PLATE", ["N417HL"]),
      ("ID", ["0418-222"]), ("NAME", ["Delphine", "Morsette-Eagleman"]), ("DATE", ["07/30/1971"]), ("MRN", ["NMH-0771255"]),
      ("LOCATION", ["Stone Child College"]), ("LOCATION", ["Box Elder"]), ("NAME", ["Loretta", "Morsette"]),
      ("PHONE", ["406-555-0172"]), ("ID", ["0418-223"]), ("NAME", ["Agnes", "Thorbjornsen"]), ("AGE", ["91"]), ("DOB90", ["03/14/1934"]),
      ("MRN", ["NMH-0213377"]), ("LOCATION", ["Joplin"]), ("NAME", ["Linnea", "Thorbjornsen-Pfaff"]),
      ("PHONE", ["406-555-0193"]), ("ID", ["0418-224"]), ("NAME", ["Benito", "Ahlquist-Running Crane"]), ("DATE", ["11/02/1952"]),
      ("MRN", ["NMH-0771256"]), ("ID", ["0418-225"]), ("NAME", ["Gerald", "Stiffarm"]), ("DATE", ["05/19/1977"]), ("MRN", ["NMH-0771257"]),
      ("LOCATION", ["Fort Belknap Agency"]), ("ID", ["1472093"]), ("LICENCE", ["0813197744617"]),
      ("NAME", ["Kade", "Ostrander"]), ("NAME", ["Obiageli", "Nwankwo-Sorensen"]), ("NAME", ["Phyllis", "Grevenitz"]),
      ("NAME", ["Aldo", "Pinsonneault"]), ("ID", ["1639284755"]), ("LICENCE", ["MED-PHYS-LIC-61473"])],
     ["START triage", "FAST positive in Morison's pouch", "open-book pelvic fracture", "SAM Pelvic Sling", "TXA 1 g IV",
      "O-negative uncrossmatched", "tension pneumothorax", "Needle decompression", "28 Fr chest tube",
      "femoral neck fracture", "INR 2.8", "Kcentra 25 units/kg", "Seat belt sign", "Chance fracture",
      "breath alcohol 0.000", "Lactated Ringer's"]),

    # 1 - China, Shaanxi, Yulin (Mizhi County: Yangjiagou; Xi'an): PICC insertion and maintenance record (simplified Chinese)
    ("榆林市第一医院 肿瘤内科\n"
     "经外周静脉穿刺中心静脉置管（PICC）置管及维护记录单\n"
     "姓名：常玉梅　性别：女　年龄：53岁　住院号：ZY2511060387　床号：12床\n"
     "身份证号：610827197203184428\n"
     "住址：陕西省榆林市米脂县杨家沟镇马家坪村二组17号\n"
     "联系人：丈夫 李宏斌　手机：139-9128-4706；女儿 李静怡（在西安市工作）手机：186-0291-5538，微信号：lijingyi_0611\n"
     "诊断：乙状结肠腺癌术后（pT3N1bM0，IIIB期），拟行FOLFOX6方案辅助化疗（奥沙利铂＋亚叶酸钙＋氟尿嘧啶持续泵入46小时），共12个周期。\n"
     "\n"
     "一、置管前评估（2025年11月6日）\n"
     "血常规、凝血功能正常，血小板 212×10⁹/L。右上肢无手术及放疗史。Caprini评分 5分（高危），已告知血栓风险。患者及丈夫签署知情同意书。\n"
     "\n"
     "二、置管记录（2025年11月6日 10:20-10:58）\n"
     "导管：巴德 PowerPICC 4Fr 单腔，批号 REFY25C0871\n"
     "穿刺方式：超声引导下改良Seldinger技术，一次穿刺成功\n"
     "穿刺血管：右侧贵要静脉，肘上 10 cm 处穿刺\n"
     "预测长度 39 cm，置入长度 38 cm，外露长度 0 cm，臂围（肘上10 cm）26.5 cm\n"
     "尖端定位：腔内心电图定位，P波振幅最高后回撤 1 cm；术后胸片示导管尖端位于第6胸椎下缘，相当于上腔静脉与右心房交界处（CAJ）。\n"
     "术中出血约 3 mL，无心律失常。2%葡萄糖酸氯己定消毒，透明敷料固定。\n"
     "置管护士：杨文娟（PICC专科护士，执业证书编号 201961002873）　主管医生：郝建军\n"
     "\n"
     "三、维护记录\n"
     "2025年11月13日：第1周期化疗结束后维护。穿刺点无红肿渗液，臂围 26.8 cm。0.9%氯化钠注射液 10 mL 脉冲式冲管，肝素钠封管液 10 U/mL 正压封管，更换敷料及无针接头。维护护士：白雪琴\n"
     "2025年11月20日：患者诉右上臂酸胀，臂围 29.0 cm（较基线增加 2.5 cm）。急查血管彩超：右侧腋静脉部分性血栓形成。报告郝建军医生：导管功能良好、仍需使用，暂不拔管，予低分子肝素钙 4100 IU 皮下注射 q12h，抬高患肢，禁止测血压及热敷。\n"
     "\n"
     "四、出院宣教及随访\n"
     "嘱每7天维护一次，可就近在米脂县医院PICC维护门诊维护（电话 0912-6221375），勿提重物超过 5 kg，可淋浴但需保护敷料。出现发热寒战（警惕导管相关性血流感染，CRBSI）、胸闷或上肢肿胀加重立即返院。维护手册编号 YL-PICC-2025-1147，随访护士每周通过微信提醒。\n"
     "患者签名：常玉梅　家属签名：李宏斌　记录时间：2025年11月20日 16:40",
     [("HOSPITAL", ["榆林市第一医院"]), ("NAME", ["常玉梅"]), ("MRN", ["ZY2511060387"]), ("ID", ["610827197203184428"]),
      ("LOCATION", ["榆林市"]), ("LOCATION", ["米脂县"]), ("LOCATION", ["杨家沟镇"]), ("LOCATION", ["马家坪村"]),
      ("ADDRESS", ["二组17号"]), ("NAME", ["李宏斌"]), ("PHONE", ["139-9128-4706"]), ("NAME", ["李静怡"]),
      ("LOCATION", ["西安市"]), ("PHONE", ["186-0291-5538"]), ("HANDLE", ["lijingyi_0611"]), ("DATE", ["2025年11月6日"]),
      ("SERIAL", ["REFY25C0871"]), ("NAME", ["杨文娟"]), ("LICENCE", ["201961002873"]), ("NAME", ["郝建军"]),
      ("DATE", ["2025年11月13日"]), ("NAME", ["白雪琴"]), ("DATE", ["2025年11月20日"]), ("HOSPITAL", ["米脂县医院"]),
      ("PHONE", ["0912-6221375"]), ("ID", ["YL-PICC-2025-1147"])],
     ["乙状结肠腺癌", "pT3N1bM0", "FOLFOX6方案", "奥沙利铂", "Caprini评分 5分", "巴德 PowerPICC 4Fr", "改良Seldinger技术",
      "右侧贵要静脉", "腔内心电图定位", "上腔静脉与右心房交界处（CAJ）", "2%葡萄糖酸氯己定", "肝素钠封管液 10 U/mL",
      "右侧腋静脉部分性血栓形成", "低分子肝素钙 4100 IU", "导管相关性血流感染，CRBSI"]),

    # 2 - Ireland, Co. Offaly (Tullamore, Clara, Birr, Ferbane, Banagher): dermatology patch test report to the GP
    ("Midland Regional Hospital Tullamore - Department of Dermatology, Contact Dermatitis Clinic\n"
     "Arden Road, Tullamore, Co. Offaly R35 X2F8 | Tel 057 935 8614 | derm.patchtest@mrht-hse.ie\n"
     "\n"
     "PATCH TEST REPORT\n"
     "Patient: Ms Siobhán Guinan-Dolan | DOB 22/04/1987 | MRN MRHT 0874213 | PPSN 4720581JA\n"
     "Address: 14 Bachelor's Walk, Clara, Co. Offaly R35 KT60 | mobile 087 318 4429\n"
     "Occupation: hairdresser and salon owner, Curl Up & Dye, Main Street, Birr\n"
     "Referred by: Dr Fergal Moloney-Kehoe, Ferbane Medical Centre, Ferbane\n"
     "\n"
     "History: 14 months of hand eczema, worse on the dorsal fingers and finger webs, improving on her week in "
     "Lanzarote in August and flaring within two days of returning to colouring. Uses vinyl gloves for tinting, none "
     "for washing. HECSI 46 at the first visit. Atopy: childhood asthma. Her sister Clodagh, who does the salon's "
     "nails, has no rash.\n"
     "\n"
     "Method: applied Monday 03/11/2025 on Finn Chambers on Scanpor tape to the upper back. Series: European Baseline "
     "Series, Hairdressing series and her own products (diluted as per protocol). Read at D2 (05/11/2025) and D4 "
     "(07/11/2025); ICDRG grading.\n"
     "\n"
     "Results (D4):\n"
     "  p-phenylenediamine 1% pet: +++ (spreading, vesicular)\n"
     "  toluene-2,5-diamine sulfate 1% pet: ++\n"
     "  methylisothiazolinone 0.2% aq: +\n"
     "  Myroxylon pereirae (Balsam of Peru) 25% pet: ?+ (doubtful, not relevant)\n"
     "  ammonium persulfate 2.5% pet: negative; glyceryl thioglycolate 1% pet: negative; Quaternium-15: negative\n"
     "  Own permanent colour (1:100): ++\n"
     "\n"
     "Conclusion: allergic contact dermatitis to p-phenylenediamine with cross-reaction to toluene-2,5-diamine, on a "
     "background of irritant hand dermatitis; secondary sensitisation to methylisothiazolinone (leave-on products).\n"
     "\n"
     "Advice given in clinic and in writing: nitrile gloves for all colouring, rinsing and washing; no PPD or PTD "
     "dyes on her own hair and no black henna tattoos; check cosmetic labels for MI. Dermovate ointment nightly for "
     "two weeks to the fingers, then Protopic 0.1% twice weekly. Emollient at every hand wash.\n"
     "She is concerned about the business; I have given her the HSA leaflet and the contact for the HSE Occupational "
     "Health service. Review in the clinic on 20/01/2026 with a repeat HECSI.\n"
     "\n"
     "Dr Ruairí Mac Conmara-Fahy, Consultant Dermatologist | IMC 412906\n"
     "Patch tests applied and read by Clinical Nurse Specialist Deirdre Nolan-Cuffe\n"
     "cc: Ms Siobhán Guinan-Dolan (by post)",
     [("HOSPITAL", ["Midland Regional Hospital Tullamore"]), ("ADDRESS", ["Arden Road"]), ("LOCATION", ["Tullamore"]),
      ("LOCATION", ["Co. Offaly"]), ("POSTCODE", ["R35 X2F8"]), ("PHONE", ["057 935 8614"]),
      ("EMAIL", ["derm.patchtest@mrht-hse.ie"]), ("NAME", ["Siobhán", "Guinan-Dolan"]), ("DATE", ["22/04/1987"]),
      ("MRN", ["MRHT 0874213"]), ("ID", ["4720581JA"]), ("ADDRESS", ["14 Bachelor's Walk"]), ("LOCATION", ["Clara"]),
      ("POSTCODE", ["R35 KT60"]), ("PHONE", ["087 318 4429"]), ("LOCATION", ["Curl Up & Dye"]),
      ("ADDRESS", ["Main Street"]), ("LOCATION", ["Birr"]), ("NAME", ["Fergal", "Moloney-Kehoe"]),
      ("HOSPITAL", ["Ferbane Medical Centre"]), ("LOCATION", ["Ferbane"]), ("LOCATION", ["Lanzarote"]),
      ("DATE", ["August"]), ("NAME", ["Clodagh"]), ("DATE", ["03/11/2025"]), ("DATE", ["05/11/2025"]),
      ("DATE", ["07/11/2025"]), ("DATE", ["20/01/2026"]), ("NAME", ["Ruairí", "Mac Conmara-Fahy"]),
      ("LICENCE", ["412906"]), ("NAME", ["Deirdre", "Nolan-Cuffe"])],
     ["hand eczema", "HECSI 46", "Finn Chambers on Scanpor tape", "European Baseline Series", "ICDRG grading",
      "p-phenylenediamine 1% pet: +++", "toluene-2,5-diamine sulfate 1% pet: ++", "methylisothiazolinone 0.2% aq: +",
      "Myroxylon pereirae (Balsam of Peru)", "Quaternium-15", "allergic contact dermatitis", "irritant hand dermatitis",
      "nitrile gloves", "Dermovate ointment", "Protopic 0.1%"]),

    # 3 - Iraq, Kurdistan Region, Halabja (Kani Ashqan, Byara, Tawella; Sulaymaniyah): long-term follow-up card of a chemical weapons survivor (Sorani Kurdish, Arabic script)
    ("حکومەتی هەرێمی کوردستان - وەزارەتی تەندروستی\n"
     "نەخۆشخانەی شەهیدانی هەڵەبجە - نۆڕینگەی قوربانیانی کیمیاباران\n"
     "کارتی بەدواداچوونی درێژخایەن بۆ ڕزگاربووانی چەکی کیمیایی\n"
     "ژمارەی فایل: ھ.ک-٠٤٨٨١٧\n"
     "بەروار: ١٦ی تشرینی دووەمی ٢٠٢٥ (٢٥ی خەزەڵوەری ٢٧٢٥)\n"
     "\n"
     "ناوی سیانی: نەسرین عومەر مەحموود\n"
     "تەمەن: ٥٠ ساڵ - لەدایکبوو: ٠٣/٠٢/١٩٧٥\n"
     "ژمارەی کارتی نیشتمانی: ١٩٩٨٤٥٢٠٣٧١٦\n"
     "ژمارەی تۆماری قوربانی لە بەڕێوەبەرایەتیی شەهیدان و ئەنفالکراوان: ق-ک/٢٢٠٩٣\n"
     "ناونیشان: هەڵەبجە، گەڕەکی کانی ئاشقان، کۆڵانی ١٢، خانووی ٣٤\n"
     "مۆبایل: ٠٧٧٠ ١٤٣ ٢٨٥٩ - هاوسەر: کاروان ئەحمەد حەمە سەعید ٠٧٥٠ ٨٢١ ٤٠٦٧\n"
     "\n"
     "مێژووی ڕووبەڕووبوونەوە: لە بۆردومانی ساڵی ١٩٨٨ لە تەمەنی ١٣ ساڵیدا لە ژێرزەمینی ماڵەکەیان لە گەڕەکی پیرمحەمەد "
     "بووە؛ دایک و دوو خوشکی گیانیان لەدەستدا. بۆ چارەسەر گوازرایەوە بۆ نەخۆشخانەیەک لە تاران. ئێستا مامۆستای "
     "قوتابخانەی بنەڕەتیی ئاڵاڵە لە بیارە یە.\n"
     "\n"
     "سکاڵا: هەناسەتەنگی لەگەڵ ماندووبوون (mMRC 3)، کۆکەی بەردەوام بە بەڵغەمەوە، سووتانەوەی چاو و ترس لە ڕووناکی.\n"
     "پشکنین: SpO2 91% لە هەوای ژوور، ترپەی دڵ ٩٦، ویزینگ لە هەردوو سییەکان. چاو: کێراتۆپاتیی گازی خەردەل لەگەڵ "
     "limbal stem cell deficiency لە چاوی ڕاست.\n"
     "تاقیکردنەوەکان: سپیرۆمەتری: FEV1 48%، FEV1/FVC 0.61، بێ وەڵامی بەرچاو بۆ سالبیوتامۆڵ. HRCT: mosaic "
     "attenuation و air trapping لە دەرهەناسەدا - گونجاوە لەگەڵ برۆنکیۆلایتیسی ئۆبلیتەرانس. 6MWT: 320 m، کەمترین "
     "SpO2 86%.\n"
     "دەروونی: PCL-5: 52 - PTSDی درێژخایەن؛ خەوی ناخۆش لە نزیک ساڵیادی ١٦ی ئازار.\n"
     "\n"
     "دەستنیشانکردن: برۆنکیۆلایتیسی ئۆبلیتەرانس دوای گازی خەردەل (sulfur mustard)، کێراتۆپاتیی درەنگ، PTSD.\n"
     "چارەسەر: Symbicort Turbuhaler 160/4.5 دوو پەف دوو جار لە ڕۆژێکدا؛ tiotropium 18 µg یەک جار؛ "
     "azithromycin 250 mg سێ جار لە هەفتەیەکدا؛ دڵۆپی چاوی بێ پارێزەر. ڕەوانەکردن بۆ نۆڕینگەی سییەکان لە "
     "نەخۆشخانەی فێرکاریی سلێمانی لای د. دیاری جەمال حەسەن، و بۆ نۆڕینگەی قەرنیە. ڕەوانە بۆ ڕاوێژکاری دەروونی "
     "لە سەنتەری تەندروستیی دەروونیی تەوێڵە.\n"
     "سەردانی داهاتوو: ١٥ی شوباتی ٢٠٢٦.\n"
     "\n"
     "پزیشک: د. هێمن عەبدولڕەحمان قادر - ژمارەی سەندیکای پزیشکانی کوردستان: ٧٤١٢\n"
     "پەرستار: شیلان فەریدوون",
     [("HOSPITAL", ["نەخۆشخانەی شەهیدانی هەڵەبجە"]), ("MRN", ["ھ.ک-٠٤٨٨١٧"]), ("DATE", ["١٦ی تشرینی دووەمی ٢٠٢٥"]),
      ("DATE", ["٢٥ی خەزەڵوەری ٢٧٢٥"]), ("NAME", ["نەسرین", "عومەر", "مەحموود"]), ("DATE", ["٠٣/٠٢/١٩٧٥"]),
      ("ID", ["١٩٩٨٤٥٢٠٣٧١٦"]), ("ID", ["ق-ک/٢٢٠٩٣"]), ("LOCATION", ["هەڵەبجە"]), ("LOCATION", ["کانی ئاشقان"]),
      ("ADDRESS", ["کۆڵانی ١٢، خانووی ٣٤"]), ("PHONE", ["٠٧٧٠ ١٤٣ ٢٨٥٩"]), ("NAME", ["کاروان", "ئەحمەد", "حەمە سەعید"]),
      ("PHONE", ["٠٧٥٠ ٨٢١ ٤٠٦٧"]), ("LOCATION", ["پیرمحەمەد"]), ("LOCATION", ["تاران"]),
      ("LOCATION", ["قوتابخانەی بنەڕەتیی ئاڵاڵە"]), ("LOCATION", ["بیارە"]),
      ("HOSPITAL", ["نەخۆشخانەی فێرکاریی سلێمانی"]), ("NAME", ["دیاری", "جەمال", "حەسەن"]),
      ("HOSPITAL", ["سەنتەری تەندروستیی دەروونیی تەوێڵە"]), ("DATE", ["١٦ی ئازار"]), ("DATE", ["١٥ی شوباتی ٢٠٢٦"]),
      ("NAME", ["هێمن", "عەبدولڕەحمان", "قادر"]), ("LICENCE", ["٧٤١٢"]), ("NAME", ["شیلان", "فەریدوون"])],
     ["mMRC 3", "کێراتۆپاتیی گازی خەردەل", "limbal stem cell deficiency", "FEV1 48%", "FEV1/FVC 0.61", "سالبیوتامۆڵ",
      "mosaic attenuation", "برۆنکیۆلایتیسی ئۆبلیتەرانس", "6MWT: 320 m", "PCL-5: 52", "sulfur mustard",
      "Symbicort Turbuhaler 160/4.5", "tiotropium 18 µg", "azithromycin 250 mg", "air trapping"]),

    # 4 - Canada, Ontario, James Bay (Moose Factory, Moosonee; Timmins): emergency procedural sedation and Bier block record for a distal radius fracture
    ("Weeneebayko Area Health Authority - Weeneebayko General Hospital, Emergency Department\n"
     "P.O. Box 664, Moose Factory, ON P0L 1W0 | ED 705-555-0116 | fax 705-555-0117\n"
     "PROCEDURAL SEDATION / REGIONAL ANAESTHESIA RECORD - INTRAVENOUS REGIONAL ANAESTHESIA (BIER BLOCK)\n"
     "Date: 2026-01-14 | Procedure start 21:05 | Location: ED resus bay 2\n"
     "Patient: Maryanne Kapashesit-Faries | F | DOB 1981-09-27 | Chart WGH-220417\n"
     "OHIP 5284 917 308 KT | Registry (status) no. 1420385517\n"
     "Moose Cree First Nation; lives on Pehdabun Road, Moose Factory. Cashier at the Northern Store in Moosonee. "
     "Cree interpreter: Eliza Tozer (patient prefers Cree for consent).\n"
     "\n"
     "History: slipped on the ice road crossing to Moosonee at ~18:30 today, FOOSH R. Pain and deformity R wrist. "
     "No head strike, no LOC. Last ate 13:00. Allergies: codeine (vomiting). Meds: metformin. Weight 74 kg.\n"
     "Exam: dinner fork deformity R wrist, skin intact, radial pulse 2+, cap refill < 2 s, median nerve sensation "
     "intact, no snuffbox tenderness. Elbow normal.\n"
     "X-ray: extra-articular distal radius fracture with dorsal angulation 25 degrees, radial height 8 mm, ulnar styloid "
     "tip fracture - Colles' fracture.\n"
     "\n"
     "Pre-procedure: ASA II, Mallampati II. Consent explained with the interpreter, verbal and signed. Husband Redfern "
     "Cheechoo at the bedside (cell 705-555-0139).\n"
     "Bier block: 20 G IV L hand for drugs/fluids, 22 G IV R hand for the block. Limb exsanguinated by elevation and "
     "Esmarch bandage. Double-cuff tourniquet, proximal cuff inflated to 250 mmHg (cuff pressure 250 mmHg checked q5 "
     "min). Lidocaine 0.5% 3 mg/kg = 44 mL (plain, preservative-free) over 90 s at 21:14. Distal cuff inflated and "
     "proximal released at 21:22. Good anaesthesia by 21:24.\n"
     "Monitoring: SpO2, ECG, NIBP, capnography throughout; EtCO2 36-38. No tinnitus, no perioral tingling, no "
     "arrhythmia.\n"
     "Reduction: traction-countertraction with finger traps, three-point moulding; sugar-tong splint applied. "
     "Post-reduction film: dorsal tilt neutral, radial height restored.\n"
     "Cuff time 31 min; deflated in two cycles at 21:45. Observed 30 min: Pasero Opioid-induced Sedation Scale 1, "
     "fentanyl 50 mcg IV given once before the block.\n"
     "\n"
     "Disposition: home with husband. Ortho follow-up by OTN video link with Timmins and District Hospital fracture "
     "clinic on 2026-01-21; repeat film at day 7. Return for worse pain, numb fingers or a tight splint (compartment "
     "syndrome explained). Work note for 6 weeks for the Northern Store.\n"
     "Sedation/block physician: Dr. Yannick Beausoleil-Oduya, CPSO 113948 | Sedation RN: Kendra Linklater-Hardisty, "
     "RN, CNO 0821437",
     [("HOSPITAL", ["Weeneebayko Area Health Authority"]), ("HOSPITAL", ["Weeneebayko General Hospital"]),
      ("ADDRESS", ["P.O. Box 664"]), ("LOCATION", ["Moose Factory"]), ("POSTCODE", ["P0L 1W0"]),
      ("PHONE", ["705-555-0116"]), ("FAX", ["705-555-0117"]), ("DATE", ["2026-01-14"]),
      ("NAME", ["Maryanne", "Kapashesit-Faries"]), ("DATE", ["1981-09-27"]), ("MRN", ["WGH-220417"]),
      ("ID", ["5284 917 308 KT"]), ("ID", ["1420385517"]), ("LOCATION", ["Moose Cree First Nation"]),
      ("ADDRESS", ["Pehdabun Road"]), ("LOCATION", ["Northern Store"]), ("LOCATION", ["Moosonee"]),
      ("NAME", ["Eliza", "Tozer"]), ("NAME", ["Redfern", "Cheechoo"]), ("PHONE", ["705-555-0139"]),
      ("HOSPITAL", ["Timmins and District Hospital"]), ("DATE", ["2026-01-21"]),
      ("NAME", ["Yannick", "Beausoleil-Oduya"]), ("LICENCE", ["113948"]), ("NAME", ["Kendra", "Linklater-Hardisty"]),
      ("LICENCE", ["0821437"])],
     ["Bier block", "FOOSH", "dinner fork deformity", "median nerve sensation", "snuffbox tenderness",
      "dorsal angulation 25 degrees", "Colles' fracture", "ASA II", "Mallampati II", "Esmarch bandage",
      "Double-cuff tourniquet", "Lidocaine 0.5% 3 mg/kg", "capnography", "three-point moulding", "sugar-tong splint",
      "Pasero Opioid-induced Sedation Scale 1", "fentanyl 50 mcg IV", "compartment syndrome"]),

    # 5 - India, Gujarat, Kutch (Adesar, Rapar taluka, Little Rann; Bhuj): pre-operative IOL biometry and cataract surgery record of a salt-pan worker (Gujarati)
    ("શ્રી જલારામ નેત્ર ચિકિત્સાલય, હોસ્પિટલ રોડ, ભુજ - ૩૭૦૦૦૧ | ફોન: ૦૨૮૩૨ ૨૫૧૪૭૩\n"
     "મોતિયાના ઓપરેશન પહેલાંની બાયોમેટ્રી અને ઓપરેશન નોંધ\n"
     "ઓ.ટી. રજિસ્ટર નં.: JNC/OT/૨૦૨૫/૧૮૭૪ | ઓ.પી.ડી. નં.: ૨૫-૧૧-૦૪૪૯\n"
     "\n"
     "દર્દીનું નામ: ભીખાભાઈ રામજીભાઈ કોળી | ઉંમર: ૫૮ વર્ષ | પુરુષ\n"
     "સરનામું: મુ. આડેસર, તા. રાપર, જિ. કચ્છ - ૩૭૦૧૫૫\n"
     "મોબાઈલ: ૯૮૨૫૦ ૪૧૭૬૩ | પુત્ર રમેશભાઈ: ૯૭૨૪૫ ૨૦૮૧૯\n"
     "આધાર નં.: ૪૭૩૧ ૮૨૦૫ ૯૬૧૦ | મા અમૃતમ્ કાર્ડ નં.: MA-KUT-૦૩૩૮૧૯૨\n"
     "વ્યવસાય: અગરિયા - નાના રણમાં મીઠાના અગરમાં ૩૫ વર્ષથી કામ કરે છે. પત્ની જીવીબેન સાથે આવ્યા.\n"
     "રેફરલ: આડેસર પ્રાથમિક આરોગ્ય કેન્દ્ર પર તા. ૦૨/૧૧/૨૦૨૫ ના રોજ યોજાયેલ નેત્ર નિદાન કેમ્પમાંથી.\n"
     "\n"
     "ફરિયાદ: બંને આંખે ધૂંધળું દેખાય, જમણી આંખે વધારે; તડકામાં ચમકારો. ડાબી આંખે ટેરીજિયમ.\n"
     "તપાસ (તા. ૧૨/૧૧/૨૦૨૫, કારતક વદ ૭, વિ.સં. ૨૦૮૨):\n"
     "દ્રષ્ટિ: જમણી 6/60, ડાબી 6/24 (પિનહોલથી સુધારો નથી)\n"
     "IOP (NCT): 16 mmHg / 15 mmHg\n"
     "સ્લિટ લેમ્પ: જમણી આંખે ન્યુક્લિયર મોતિયો, LOCS III NO4 NC4; ડાબી આંખે નેઝલ ટેરીજિયમ ગ્રેડ 2.\n"
     "ફંડસ: ડાયલેટેડ તપાસમાં જમણી આંખે ઝાંખું દેખાય છે, B-scan નોર્મલ.\n"
     "RBS 148 mg/dL, BP 142/88 mmHg, ECG નોર્મલ.\n"
     "\n"
     "બાયોમેટ્રી (જમણી આંખ) - IOLMaster 700, મશીન સીરીયલ નં. 1108-2274; ઓપ્ટોમેટ્રિસ્ટ: જિજ્ઞેશ સોની\n"
     "અક્ષીય લંબાઈ 23.42 mm | K1 43.25 D / K2 44.00 D | ACD 2.91 mm\n"
     "ફોર્મ્યુલા: SRK/T +21.5 D, Barrett Universal II +21.5 D (ટાર્ગેટ -0.25 D)\n"
     "\n"
     "ઓપરેશન નોંધ (તા. ૧૩/૧૧/૨૦૨૫): જમણી આંખ - SICS (સ્મોલ ઇન્સિઝન કેટરેક્ટ સર્જરી) + PCIOL +21.5 D, લેન્સ લોટ નં. "
     "AU25-0917K. એનેસ્થેસિયા: sub-Tenon's બ્લોક (2% લિગ્નોકેઈન 3 mL). ગૂંચવણ નથી.\n"
     "સર્જન: ડૉ. નિમિષા અંજારિયા (ગુજરાત મેડિકલ કાઉન્સિલ રજિ. નં. G-34817)\n"
     "\n"
     "ડિસ્ચાર્જ સલાહ: મોક્સીફ્લોક્સાસિન ટીપાં દિવસમાં ૪ વાર, Pred Forte ટીપાં ૬ અઠવાડિયા ઘટાડતા ક્રમે; કાળા ચશ્મા "
     "પહેરવા; એક મહિનો મીઠાના અગરમાં કામ નહીં, આંખ ઘસવી નહીં. પહેલું ફોલો-અપ તા. ૧૪/૧૧/૨૦૨૫, પછી તા. "
     "૧૧/૧૨/૨૦૨૫ ના રોજ ચશ્માના નંબર માટે. ડાબી આંખનું ઓપરેશન ઉત્તરાયણ પછી.\n"
     "ડિસ્ચાર્જ: ૧૪/૧૧/૨૦૨૫ ના બીજા દિવસે સવારે દ્રષ્ટિ 6/12.",
     [("HOSPITAL", ["શ્રી જલારામ નેત્ર ચિકિત્સાલય"]), ("ADDRESS", ["હોસ્પિટલ રોડ"]), ("LOCATION", ["ભુજ"]),
      ("POSTCODE", ["૩૭૦૦૦૧"]), ("PHONE", ["૦૨૮૩૨ ૨૫૧૪૭૩"]), ("ID", ["JNC/OT/૨૦૨૫/૧૮૭૪"]), ("MRN", ["૨૫-૧૧-૦૪૪૯"]),
      ("NAME", ["ભીખાભાઈ", "રામજીભાઈ", "કોળી"]), ("LOCATION", ["આડેસર"]), ("LOCATION", ["રાપર"]),
      ("LOCATION", ["કચ્છ"]), ("POSTCODE", ["૩૭૦૧૫૫"]), ("PHONE", ["૯૮૨૫૦ ૪૧૭૬૩"]), ("NAME", ["રમેશભાઈ"]),
      ("PHONE", ["૯૭૨૪૫ ૨૦૮૧૯"]), ("ID", ["૪૭૩૧ ૮૨૦૫ ૯૬૧૦"]), ("ID", ["MA-KUT-૦૩૩૮૧૯૨"]), ("LOCATION", ["નાના રણ"]),
      ("NAME", ["જીવીબેન"]), ("HOSPITAL", ["આડેસર પ્રાથમિક આરોગ્ય કેન્દ્ર"]), ("DATE", ["૦૨/૧૧/૨૦૨૫"]),
      ("DATE", ["૧૨/૧૧/૨૦૨૫"]), ("DATE", ["કારતક વદ ૭, વિ.સં. ૨૦૮૨"]), ("SERIAL", ["1108-2274"]),
      ("NAME", ["જિજ્ઞેશ", "સોની"]), ("DATE", ["૧૩/૧૧/૨૦૨૫"]), ("SERIAL", ["AU25-0917K"]),
      ("NAME", ["નિમિષા", "અંજારિયા"]), ("LICENCE", ["G-34817"]), ("DATE", ["૧૪/૧૧/૨૦૨૫"]), ("DATE", ["૧૧/૧૨/૨૦૨૫"]), ("DATE", ["ઉત્તરાયણ"])],
     ["ટેરીજિયમ", "6/60", "IOP (NCT): 16 mmHg", "ન્યુક્લિયર મોતિયો", "LOCS III NO4 NC4", "B-scan", "RBS 148 mg/dL",
      "IOLMaster 700", "અક્ષીય લંબાઈ 23.42 mm", "K1 43.25 D / K2 44.00 D", "SRK/T", "Barrett Universal II",
      "SICS (સ્મોલ ઇન્સિઝન કેટરેક્ટ સર્જરી)", "PCIOL +21.5 D", "sub-Tenon's બ્લોક", "મોક્સીફ્લોક્સાસિન", "Pred Forte"]),

    # 6 - Malaysia, Sabah (Lahad Datu, Segama; Sandakan) with a worker from South Sulawesi (Bone, Watampone): foreign worker medical examination (FOMEMA) with an unsuitable result
    ("KLINIK CHONG & RAKAN-RAKAN (FOMEMA panel clinic, code SBH-LDU-0217)\n"
     "Lot 12, Block C, Taman Fajar, Jalan Teratai, 91100 Lahad Datu, Sabah | Tel 089-882 416\n"
     "\n"
     "FOREIGN WORKER MEDICAL EXAMINATION - DOCTOR'S REPORT (copy for clinic file)\n"
     "Examination no.: FM-SBH-25-0881734 | Date of examination: 08/12/2025 | Renewal (year 3)\n"
     "Worker: MUHAMMAD RIDWAN BIN ABDUL RAHMAN | Male | DOB 15/06/1993 | Nationality: Indonesia\n"
     "Passport no.: C8734521 | PLKS (work permit) no.: PLKS/SBH/2023/447918\n"
     "Home address: Desa Mallari, Kecamatan Awangpone, Kabupaten Bone, Sulawesi Selatan\n"
     "Next of kin: wife Andi Nurhayati, Watampone, +62 812-4290-7735\n"
     "Employer: Bukit Segama Plantations Sdn Bhd, Ladang Segama 3 (harvester) | estate clinic hospital assistant: "
     "En. Jeffrey Gumpil\n"
     "Identity verified against passport photo and fingerprint scan at 09:12.\n"
     "\n"
     "History (via estate supervisor Mandur Syamsul Bahri, interpreting in Bugis): no previous TB treatment, no known "
     "illness. Cough for about 3 weeks, night sweats, weight loss ~4 kg since Hari Raya. Smokes 10 kretek a day.\n"
     "\n"
     "Physical examination: BP 126/78 mmHg, pulse 92/min, BMI 19.6 kg/m2, Snellen 6/6 both eyes. Chest: crepitations "
     "right upper zone. No lymphadenopathy. Skin: no anaesthetic patches, no thickened nerves (Hansen's disease "
     "screen negative). Mental state normal. No hernia.\n"
     "\n"
     "Investigations (Makmal Borneo Diagnostik, lab no. MBD-251208-0419):\n"
     "  Anti-HIV 1/2: non-reactive | HBsAg: non-reactive | VDRL: non-reactive\n"
     "  BFMP: no malaria parasites seen | Urine opiates: negative | Cannabinoids: negative\n"
     "  Urine albumin and sugar: nil | FBS 5.1 mmol/L\n"
     "Chest X-ray PA (Pusat X-Ray Sinar Segama, ref XR-25-77120, radiographer Vivian Lojinga): fibronodular opacities "
     "in the right upper zone with a 2 cm cavity; no effusion.\n"
     "\n"
     "Assessment: radiological findings consistent with active pulmonary tuberculosis.\n"
     "Result entered in the FOMEMA system: UNSUITABLE (category: tuberculosis). Referred to the Klinik Kesihatan Lahad "
     "Datu chest clinic today for sputum AFB smear x2 and GeneXpert MTB/RIF; notified under the Prevention and Control "
     "of Infectious Diseases Act 1988. Estate manager Mr. Adrian Tsen Ket Fui informed that the worker must not return "
     "to the harvesting line pending review and that household contacts in the estate quarters (Line 7, Rumah 14) need "
     "screening. Worker counselled with interpreter; appeal and treatment pathway explained.\n"
     "\n"
     "Examining doctor: Dr. Chong Wei Ling, MMC 41827 | Signature and clinic stamp | 08/12/2025",
     [("HOSPITAL", ["KLINIK CHONG & RAKAN-RAKAN"]), ("ID", ["SBH-LDU-0217"]), ("ADDRESS", ["Lot 12, Block C"]),
      ("LOCATION", ["Taman Fajar"]), ("ADDRESS", ["Jalan Teratai"]), ("POSTCODE", ["91100"]), ("LOCATION", ["Lahad Datu"]),
      ("PHONE", ["089-882 416"]), ("ID", ["FM-SBH-25-0881734"]), ("DATE", ["08/12/2025"]),
      ("NAME", ["MUHAMMAD RIDWAN", "ABDUL RAHMAN"]), ("DATE", ["15/06/1993"]), ("ID", ["C8734521"]),
      ("ID", ["PLKS/SBH/2023/447918"]), ("LOCATION", ["Desa Mallari"]), ("LOCATION", ["Awangpone"]),
      ("LOCATION", ["Bone"]), ("NAME", ["Andi Nurhayati"]), ("LOCATION", ["Watampone"]), ("PHONE", ["+62 812-4290-7735"]),
      ("LOCATION", ["Bukit Segama Plantations Sdn Bhd"]), ("LOCATION", ["Ladang Segama 3"]), ("NAME", ["Jeffrey", "Gumpil"]),
      ("NAME", ["Syamsul Bahri"]), ("DATE", ["Hari Raya"]), ("LOCATION", ["Makmal Borneo Diagnostik"]),
      ("ID", ["MBD-251208-0419"]), ("LOCATION", ["Pusat X-Ray Sinar Segama"]), ("ID", ["XR-25-77120"]),
      ("NAME", ["Vivian", "Lojinga"]), ("HOSPITAL", ["Klinik Kesihatan Lahad Datu"]), ("NAME", ["Adrian", "Tsen Ket Fui"]),
      ("ADDRESS", ["Line 7, Rumah 14"]), ("NAME", ["Chong Wei Ling"]), ("LICENCE", ["41827"])],
     ["kretek", "BMI 19.6 kg/m2", "Snellen 6/6", "crepitations right upper zone", "Hansen's disease",
      "Anti-HIV 1/2: non-reactive", "HBsAg: non-reactive", "VDRL: non-reactive", "BFMP: no malaria parasites seen",
      "Cannabinoids: negative", "FBS 5.1 mmol/L", "fibronodular opacities", "active pulmonary tuberculosis",
      "sputum AFB smear x2", "GeneXpert MTB/RIF", "Prevention and Control of Infectious Diseases Act 1988"]),

    # 7 - Tajikistan, Khatlon (Kulob; Vose district: Hulbuk, Guliston; Dushanbe; Yekaterinburg): neonatal resuscitation record in a maternity hospital (Tajik, Cyrillic)
    ("Вазорати тандурустӣ ва ҳифзи иҷтимоии аҳолии Ҷумҳурии Тоҷикистон\n"
     "Таваллудхонаи шаҳри Кӯлоб - шуъбаи навзодон\n"
     "ВАРАҚАИ ЭҲЁИ АВВАЛИЯИ НАВЗОД\n"
     "Таърихи таваллуд № 3417 | Таърихи инкишофи навзод № Н-1182\n"
     "Сана: 12 декабри соли 2025 | Вақти таваллуд: 03:47\n"
     "\n"
     "Модар: Шарипова Меҳрангез Давлатовна, 24-сола, шиносномаи № А 02718453\n"
     "Суроға: ноҳияи Восеъ, ҷамоати деҳоти Ҳулбук, деҳаи Гулистон, кӯчаи Сомонӣ, хонаи 27\n"
     "Тел.: +992 93 571 24 08 (модар), +992 98 304 66 19 (хушдоман - Шарипова Савсан), Telegram: @mehrangez_sh\n"
     "Падар: Шарипов Фирӯз Қурбоналиевич - муҳоҷири меҳнатӣ дар шаҳри Екатеринбург; бо видеозанг хабар дода шуд.\n"
     "Ҳомиладории якум, 40 ҳафта. Давраи беобӣ 19 соат. Моеъи амниотикии ғафси меконийдор. Дар давраи дуюм "
     "брадикардияи ҳомила то 90 зарба дар дақиқа; таваллуд бо вакуум-экстрактор (акушер-гинеколог Ашуров Баҳодур "
     "Раҳмонович).\n"
     "\n"
     "Ҳолати навзод ҳангоми таваллуд: писар, вазни бадан 3450 г, қад 52 см. Нафас нест, мушакҳо суст, ХСС 60 зарба дар "
     "дақиқа.\n"
     "Эҳё (аз рӯи алгоритми Helping Babies Breathe ва протоколи миллӣ):\n"
     "03:47 - гарм кардан, хушк кардан, ҷойгир кардани сар; аспиратсияи даҳон ва бинӣ (меконий дар ҳалқ нест).\n"
     "03:48 - вентилятсия бо халтаи Амбу ва ниқоб, ҳавои хона, 40 нафас дар як дақиқа.\n"
     "03:49 - ХСС 50: интубатсияи трахея (найчаи 3,5), вентилятсия бо O2 100%; массажи берунии дил 3:1.\n"
     "03:51 - катетери вариди ноф; эпинефрин 0,01 мг/кг ба варид (0,35 мл аз маҳлули 1:10 000).\n"
     "03:53 - ХСС 110; массаж қатъ карда шуд. SpO2 (преидуктал) 85% дар дақиқаи 10.\n"
     "04:05 - нафаси мустақили нодуруст; вентилятсия идома дорад.\n"
     "Баҳои Апгар: Апгар 3/6/8 (дақиқаҳои 1, 5 ва 10).\n"
     "Гази хуни ноф: pH 6,98; BE -16 ммол/л; лактат 11,2 ммол/л. Глюкозаи хун 2,1 ммол/л - глюкозаи 10% 2 мл/кг.\n"
     "Дар соати 1: гипотония, рефлекси макидан суст, судорогаи кӯтоҳ - шкалаи Сарнат: дараҷаи II.\n"
     "\n"
     "Ташхис: асфиксияи вазнини навзод; энсефалопатияи гипоксикӣ-ишемикӣ, дараҷаи II; синдроми аспиратсияи меконий "
     "истисно карда намешавад.\n"
     "Амал: гипотермияи терапевтӣ то 6 соатии ҳаёт лозим аст; бо духтури навбатдори Маркази ҷумҳуриявии илмии ҳифзи "
     "модар ва кӯдак дар шаҳри Душанбе Раҳимов Абдуқодир маслиҳат шуд (тел. +992 37 236 14 80). Навзод дар инкубатори "
     "сайёр бо мошини ёрии таъҷилӣ (рақами давлатӣ 7781 АА 03) соати 05:20 ба Душанбе фиристода шуд, бо ҳамроҳии "
     "неонатолог. Модар дар таваллудхона монд; ба хушдоман фаҳмонда шуд.\n"
     "\n"
     "Неонатолог: Назарова Зебо Ҳакимовна (рақами иҷозатнома 03-0917) | Момодоя: Қодирова Гулчеҳра",
     [("HOSPITAL", ["Таваллудхонаи шаҳри Кӯлоб"]), ("MRN", ["3417"]), ("MRN", ["Н-1182"]),
      ("DATE", ["12 декабри соли 2025"]), ("NAME", ["Шарипова", "Меҳрангез", "Давлатовна"]), ("ID", ["А 02718453"]),
      ("LOCATION", ["Восеъ"]), ("LOCATION", ["Ҳулбук"]), ("LOCATION", ["Гулистон"]), ("ADDRESS", ["кӯчаи Сомонӣ, хонаи 27"]),
      ("PHONE", ["+992 93 571 24 08"]), ("PHONE", ["+992 98 304 66 19"]), ("NAME", ["Савсан"]), ("HANDLE", ["mehrangez_sh"]),
      ("NAME", ["Шарипов", "Фирӯз", "Қурбоналиевич"]), ("LOCATION", ["Екатеринбург"]),
      ("NAME", ["Ашуров", "Баҳодур", "Раҳмонович"]), ("HOSPITAL", ["Маркази ҷумҳуриявии илмии ҳифзи модар ва кӯдак"]),
      ("LOCATION", ["Душанбе"]), ("NAME", ["Раҳимов", "Абдуқодир"]), ("PHONE", ["+992 37 236 14 80"]),
      ("PLATE", ["7781 АА 03"]), ("NAME", ["Назарова", "Зебо", "Ҳакимовна"]), ("LICENCE", ["03-0917"]),
      ("NAME", ["Қодирова", "Гулчеҳра"])],
     ["Моеъи амниотикии ғафси меконийдор", "брадикардияи ҳомила", "вакуум-экстрактор", "Helping Babies Breathe",
      "халтаи Амбу", "интубатсияи трахея", "массажи берунии дил 3:1", "эпинефрин 0,01 мг/кг", "SpO2 (преидуктал) 85%",
      "Апгар 3/6/8", "pH 6,98", "Глюкозаи хун 2,1 ммол/л", "шкалаи Сарнат: дараҷаи II", "энсефалопатияи гипоксикӣ-ишемикӣ",
      "синдроми аспиратсияи меконий", "гипотермияи терапевтӣ"]),

    # 8 - Papua New Guinea, Autonomous Region of Bougainville (Wakunai district: Manetai, Karato; Arawa; Buka; Port Moresby): yaws case investigation and total targeted treatment record
    ("AUTONOMOUS BOUGAINVILLE GOVERNMENT - DEPARTMENT OF HEALTH\n"
     "Disease Control Unit, Arawa | Yaws eradication programme\n"
     "YAWS CASE INVESTIGATION AND TOTAL TARGETED TREATMENT (TTT) FORM\n"
     "Case no.: ARB-YAWS-25-031 | Reporting facility: Manetai Health Centre, Wakunai District\n"
     "Date of first visit: 21/10/2025 | Date of investigation: 24/10/2025\n"
     "\n"
     "1. CASE\n"
     "Name: Clement Tsiroa-Hanuvi | Sex: M | Age: 8 yrs | DOB 03/05/2017 (clinic book)\n"
     "Clinic book no.: MHC-2017-0442 | Village: Karato, Manetai Constituency\n"
     "Household GPS: -6.0892, 155.2183 | Grade 2 pupil, St Brendan's Primary School, Karato\n"
     "Father: Benedict Hanuvi (cocoa grower, mobile +675 7218 4406) | Mother: Magdalene Kovi\n"
     "\n"
     "2. CLINICAL\n"
     "Painless ulcer L lower leg 3 x 2.5 cm, 5 weeks, raised edges, granular raspberry-like base (framboesioma), and "
     "two smaller satellite papillomas on the L ankle. Swollen tender fingers R hand (dactylitis) - ?secondary yaws "
     "osteoperiostitis. No fever. Weight 22 kg. Differential: tropical ulcer, Haemophilus ducreyi cutaneous ulcer.\n"
     "\n"
     "3. LABORATORY\n"
     "DPP Syphilis Screen & Confirm at the health centre: treponemal line POSITIVE, non-treponemal line POSITIVE "
     "(dual positive). Ulcer swab (specimen ARB-Y-0917) sent in the cool box with the district vehicle (ZBG 417) to "
     "Arawa and on to the Central Public Health Laboratory, Port Moresby, for PCR for Treponema pallidum subsp. pertenue "
     "and for macrolide resistance (A2058G/A2059G). Serum RPR at Buka General Hospital laboratory: RPR 1:32.\n"
     "\n"
     "4. TREATMENT\n"
     "Index case: azithromycin 30 mg/kg single oral dose = 660 mg, directly observed 24/10/2025 by CHW Rosaline "
     "Pisiana. No penicillin allergy.\n"
     "Total targeted treatment (TTT) of contacts, per the Morges strategy: household (7 persons, all treated), "
     "neighbouring households of the clan hamlet (19 persons), and the whole Grade 2 class with their teacher Mrs "
     "Jacinta Ropa-Tsuma (31 persons). Children under 2 years, weighed; one pregnant woman given azithromycin (safe). "
     "One contact with penicillin allergy history: no issue (azithromycin). Contact register kept at the health "
     "centre and entered in the DHIS2 tracker (https://dhis2.abghealth.gov.pg/tracker/case/ARB-YAWS-25-031).\n"
     "Community meeting 25/10/2025 with Chief Raymond Masiu and the catechist of Karato chapel; soap and wound "
     "dressings left with the VHV.\n"
     "\n"
     "5. FOLLOW-UP\n"
     "Review ulcer at 4 weeks (21/11/2025): healing expected; if not healed, repeat swab for resistance and give "
     "benzathine penicillin G 0.6 MU IM. Active case search in Karato and neighbouring villages with the school "
     "skin survey in week of 10/11/2025.\n"
     "\n"
     "Investigating officer: Lawrence Kepsi-Nisira, Disease Control Officer, ABG Health | Mobile +675 7390 2618 | "
     "lkepsi.dcu@abghealth.gov.pg\n"
     "Health Extension Officer in charge: Ms Theresia Bainu, PNGMB reg. HEO-2211",
     [("HOSPITAL", ["Disease Control Unit, Arawa"]), ("LOCATION", ["Arawa"]), ("ID", ["ARB-YAWS-25-031"]),
      ("HOSPITAL", ["Manetai Health Centre"]), ("LOCATION", ["Wakunai District"]), ("DATE", ["21/10/2025"]),
      ("DATE", ["24/10/2025"]), ("NAME", ["Clement", "Tsiroa-Hanuvi"]), ("DATE", ["03/05/2017"]),
      ("MRN", ["MHC-2017-0442"]), ("LOCATION", ["Karato"]), ("LOCATION", ["Manetai Constituency"]),
      ("LOCATION", ["-6.0892, 155.2183"]), ("LOCATION", ["St Brendan's Primary School"]),
      ("NAME", ["Benedict", "Hanuvi"]), ("PHONE", ["+675 7218 4406"]), ("NAME", ["Magdalene", "Kovi"]),
      ("ID", ["ARB-Y-0917"]), ("PLATE", ["ZBG 417"]), ("HOSPITAL", ["Central Public Health Laboratory"]),
      ("LOCATION", ["Port Moresby"]), ("HOSPITAL", ["Buka General Hospital"]), ("NAME", ["Rosaline", "Pisiana"]),
      ("NAME", ["Jacinta", "Ropa-Tsuma"]), ("URL", ["https://dhis2.abghealth.gov.pg/tracker/case/ARB-YAWS-25-031"]), ("DATE", ["25/10/2025"]), ("NAME", ["Raymond", "Masiu"]),
      ("DATE", ["21/11/2025"]), ("DATE", ["10/11/2025"]), ("NAME", ["Lawrence", "Kepsi-Nisira"]),
      ("PHONE", ["+675 7390 2618"]), ("EMAIL", ["lkepsi.dcu@abghealth.gov.pg"]), ("NAME", ["Theresia", "Bainu"]),
      ("LICENCE", ["HEO-2211"])],
     ["raspberry-like base (framboesioma)", "dactylitis", "secondary yaws", "osteoperiostitis", "tropical ulcer",
      "Haemophilus ducreyi", "DPP Syphilis Screen & Confirm", "dual positive", "Treponema pallidum subsp. pertenue",
      "macrolide resistance (A2058G/A2059G)", "RPR 1:32", "azithromycin 30 mg/kg", "Total targeted treatment (TTT)",
      "Morges strategy", "benzathine penicillin G 0.6 MU IM"]),

    # 9 - Greece, Western Macedonia (Kastoria, Argos Orestiko; Florina; Stuttgart): urodynamic pressure-flow study report (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΣΤΟΡΙΑΣ - ΟΥΡΟΛΟΓΙΚΗ ΚΛΙΝΙΚΗ\n"
     "Εργαστήριο Ουροδυναμικού Ελέγχου | Μαυριώτισσα, 52100 Καστοριά | τηλ. 24670 55 218\n"
     "\n"
     "ΕΚΘΕΣΗ ΟΥΡΟΔΥΝΑΜΙΚΟΥ ΕΛΕΓΧΟΥ (ΜΕΛΕΤΗ ΠΙΕΣΗΣ-ΡΟΗΣ)\n"
     "Αρ. πρωτοκόλλου: ΟΥΡ-2025/0613 | Ημερομηνία εξέτασης: 18 Νοεμβρίου 2025\n"
     "\n"
     "Ασθενής: Αθανάσιος Καραγιαννόπουλος του Στεφάνου\n"
     "Ημ. γέννησης: 14/09/1958 | ΑΜΚΑ: 14095803673 | ΑΔΤ: ΑΖ 418273\n"
     "Διεύθυνση: Μεγάλου Αλεξάνδρου 41, 52200 Άργος Ορεστικό | κιν. 6945 318 207\n"
     "Επάγγελμα: συνταξιούχος γουνοποιός (τέως εργαστήριο «Γουναρικά Ορεστιάδα Ο.Ε.»)\n"
     "Παραπέμπων ιατρός: Δρ Ευάγγελος Τσιάρας, Ουρολόγος, Γενικό Νοσοκομείο Φλώρινας «Ελένη Θ. Δημητρίου»\n"
     "\n"
     "Ιστορικό: συμπτώματα κατώτερου ουροποιητικού επί 3 ετών, με επιτακτικότητα, νυκτουρία x4 και ασθενή ακτίνα. "
     "IPSS 24/35, δείκτης ποιότητας ζωής 5. Λαμβάνει τασουλοσίνη 0,4 mg από τον Μάρτιο και τα τελευταία 2 χρόνια "
     "Duodart χωρίς βελτίωση. PSA 3,1 ng/ml, δακτυλική εξέταση: αδένωμα ~50 ml, λείο. Καλλιέργεια ούρων στείρα. "
     "Διορθική υπερηχογραφία: όγκος προστάτη 56 ml με ενδοκυστική προβολή μέσου λοβού.\n"
     "\n"
     "Τεχνική: μηχάνημα Laborie Aquarius (αρ. σειράς AQ-TT-30472), διουρηθρικός καθετήρας 7 Fr διπλού αυλού, ορθικός "
     "μπαλονοκαθετήρας, πλήρωση με φυσιολογικό ορό 50 ml/min σε καθιστή θέση. Αρχική ελεύθερη ροομετρία: Qmax 7,2 "
     "ml/s, όγκος ούρησης 186 ml, υπολειπόμενο ούρο (PVR) 140 ml.\n"
     "\n"
     "Κυστεομετρία πλήρωσης: πρώτη αίσθηση στα 110 ml, ισχυρή επιθυμία στα 240 ml, κυστική χωρητικότητα 310 ml. "
     "Φασικές συσπάσεις υπερδραστήριου εξωστήρα από τα 190 ml (έως 38 cmH2O) με επιτακτικότητα, χωρίς διαφυγή. "
     "Ενδοτικότητα φυσιολογική.\n"
     "Μελέτη πίεσης-ροής: Pdet@Qmax 82 cmH2O, Qmax 6,8 ml/s. BOOI 68 (αποφρακτικό), BCI 116 (φυσιολογική "
     "συσταλτικότητα). Νομόγραμμα Schäfer: βαθμός IV.\n"
     "\n"
     "Συμπέρασμα: σαφής απόφραξη εξόδου κύστεως από καλοήθη υπερπλασία προστάτη με δευτεροπαθή υπερδραστήριο "
     "εξωστήρα και διατηρημένη συσταλτικότητα. Ενδείκνυται χειρουργική αντιμετώπιση - διουρηθρική προστατεκτομή (TURP) "
     "ή HoLEP. Συστήνεται να μην διακοπεί η τασουλοσίνη έως την επέμβαση.\n"
     "Ο ασθενής και η σύζυγός του Ελισάβετ ενημερώθηκαν· ο γιος του Στέφανος (Στουτγάρδη) θα έρθει για την επέμβαση "
     "τον Ιανουάριο.\n"
     "\n"
     "Η εξέταση διενεργήθηκε από: Δρ Χρυσούλα Μπακάλη-Ζήση, Ουρολόγος (ΑΜ Ιατρικού Συλλόγου Καστοριάς 587)\n"
     "Νοσηλεύτρια: Παρασκευή Γκιούλη\n"
     "Καστοριά, 18 Νοεμβρίου 2025",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΣΤΟΡΙΑΣ"]), ("ADDRESS", ["Μαυριώτισσα"]), ("POSTCODE", ["52100"]),
      ("LOCATION", ["Καστοριά"]), ("PHONE", ["24670 55 218"]), ("ID", ["ΟΥΡ-2025/0613"]), ("DATE", ["18 Νοεμβρίου 2025"]),
      ("NAME", ["Αθανάσιος", "Καραγιαννόπουλος"]), ("NAME", ["Στεφάνου"]), ("DATE", ["14/09/1958"]), ("ID", ["14095803673"]),
      ("ID", ["ΑΖ 418273"]), ("ADDRESS", ["Μεγάλου Αλεξάνδρου 41"]), ("POSTCODE", ["52200"]),
      ("LOCATION", ["Άργος Ορεστικό"]), ("PHONE", ["6945 318 207"]), ("LOCATION", ["Γουναρικά Ορεστιάδα Ο.Ε."]),
      ("NAME", ["Ευάγγελος", "Τσιάρας"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Φλώρινας «Ελένη Θ. Δημητρίου»"]),
      ("DATE", ["Μάρτιο"]), ("SERIAL", ["AQ-TT-30472"]), ("NAME", ["Ελισάβετ"]), ("NAME", ["Στέφανος"]),
      ("LOCATION", ["Στουτγάρδη"]), ("DATE", ["Ιανουάριο"]), ("NAME", ["Χρυσούλα", "Μπακάλη-Ζήση"]),
      ("LOCATION", ["Ιατρικού Συλλόγου Καστοριάς"]), ("LICENCE", ["587"]), ("NAME", ["Παρασκευή", "Γκιούλη"])],
     ["νυκτουρία x4", "IPSS 24/35", "τασουλοσίνη 0,4 mg", "Duodart", "PSA 3,1 ng/ml", "Laborie Aquarius",
      "καθετήρας 7 Fr διπλού αυλού", "Qmax 7,2", "υπολειπόμενο ούρο (PVR) 140 ml", "Κυστεομετρία πλήρωσης",
      "υπερδραστήριου εξωστήρα", "Pdet@Qmax 82 cmH2O", "BOOI 68", "BCI 116", "Νομόγραμμα Schäfer: βαθμός IV",
      "καλοήθη υπερπλασία προστάτη", "HoLEP"]),

    # 10 - Saba, Caribbean Netherlands (The Bottom, Zion's Hill, Windwardside; St. Maarten; St. Thomas, USVI): physician's certificate for the international transport of human remains, woman aged 93
    ("SABA HEALTH CARE FOUNDATION (Saba Cares) - A.M. Edwards Medical Center\n"
     "Princess Juliana Road, The Bottom, Saba, Caribbean Netherlands | Tel +599 416 3288 | fax +599 416 3290\n"
     "\n"
     "MEDICAL CERTIFICATE FOR THE INTERNATIONAL TRANSPORT OF HUMAN REMAINS\n"
     "(Certificate of non-infectious cause of death - to accompany the death certificate and the laissez-passer)\n"
     "Certificate no.: SHCF-LP-2025-014\n"
     "\n"
     "Deceased: Mrs. Olive Adelina Heyliger, née Every | female | age 93\n"
     "Date of birth: 14-02-1932, Zion's Hill (Hell's Gate), Saba | BSN 104285734 | Dutch passport NXR7K4P21\n"
     "Last address: Crispeen Track 6, The Bottom, Saba\n"
     "Widow of Mr. Elroy Heyliger (died 1998).\n"
     "Date and time of death: Friday 05-12-2025 (Saba Day), 06:40, in the inpatient unit of this hospital.\n"
     "Medical record: SHCF 004471\n"
     "\n"
     "Medical facts: admitted 02-12-2025 with chest pain and pulmonary oedema. Background of type 2 diabetes mellitus "
     "for 30 years, CKD stage 4 (eGFR 22 mL/min/1.73 m2), complete heart block with a permanent pacemaker since "
     "October 2019 and early Alzheimer's dementia. ECG: paced rhythm; troponin I 4.8 ng/mL rising. Killip class III. "
     "Transfer to St. Maarten declined by the patient and her family (comfort care, written in her advance directive "
     "of March 2021). Died peacefully with her daughter present.\n"
     "Cause of death (Ia) acute myocardial infarction; (Ib) coronary artery disease; (II) type 2 diabetes mellitus, "
     "chronic kidney disease.\n"
     "\n"
     "I certify that the deceased did not die of, and was not known to be carrying, any infectious or contagious "
     "disease notifiable under the International Health Regulations (2005), and that there is no medical objection to "
     "the transport of the remains.\n"
     "Implanted device: permanent pacemaker Medtronic Azure XT DR, serial RNB417209S - left in situ (burial, not "
     "cremation).\n"
     "Preparation: formaldehyde-based arterial embalming by Hassell's Funeral Services, Windwardside (licensed embalmer "
     "Mr. Winston Zagers-Hassell), on 06-12-2025; hermetically sealed zinc-lined coffin, seal no. SB-0071-25, as "
     "required by the Agreement of Berlin 1937 and the Strasbourg Agreement 1973.\n"
     "Route: Juancho E. Yrausquin Airport (Saba) - Princess Juliana International Airport (St. Maarten), Winair flight "
     "WM 1021 on Monday 08-12-2025; onward as cargo to Cyril E. King Airport, St. Thomas, USVI.\n"
     "Receiving funeral home: Bayside Memorial Chapel, Charlotte Amalie, St. Thomas, VI 00802, tel (340) 555-0147.\n"
     "Burial: beside her late sister at the Western Cemetery, St. Thomas, on 12-12-2025.\n"
     "Next of kin / applicant: daughter Ms. Elmira Heyliger-Johnson, elmira.hj@viaccess.net, (340) 555-0162; son "
     "Mr. Carl Heyliger, Windwardside, +599 416 5127.\n"
     "\n"
     "Attending physician: Dr. Marloes van Rijswijk-Peterson, general practitioner | BIG 19063418801\n"
     "Signature and hospital stamp | The Bottom, 06-12-2025\n"
     "Seen and approved: Public Health Department, Public Entity Saba (Openbaar Lichaam Saba), ref. PHD-2025-318",
     [("HOSPITAL", ["SABA HEALTH CARE FOUNDATION"]), ("HOSPITAL", ["Saba Cares"]),
      ("HOSPITAL", ["A.M. Edwards Medical Center"]), ("ADDRESS", ["Princess Juliana Road"]), ("LOCATION", ["The Bottom"]), ("LOCATION", ["Saba"]),
      ("PHONE", ["+599 416 3288"]), ("FAX", ["+599 416 3290"]), ("ID", ["SHCF-LP-2025-014"]),
      ("NAME", ["Olive", "Adelina", "Heyliger", "Every"]), ("AGE", ["age 93"]), ("DOB90", ["14-02-1932"]),
      ("LOCATION", ["Zion's Hill"]), ("LOCATION", ["Hell's Gate"]), ("ID", ["104285734"]), ("ID", ["NXR7K4P21"]),
      ("ADDRESS", ["Crispeen Track 6"]), ("NAME", ["Elroy"]), ("DATE", ["1998"]), ("DATE", ["Friday 05-12-2025"]),
      ("DATE", ["Saba Day"]), ("MRN", ["SHCF 004471"]), ("DATE", ["02-12-2025"]), ("DATE", ["October 2019"]),
      ("LOCATION", ["St. Maarten"]), ("DATE", ["March 2021"]), ("SERIAL", ["RNB417209S"]),
      ("LOCATION", ["Hassell's Funeral Services"]), ("LOCATION", ["Windwardside"]), ("NAME", ["Winston", "Zagers-Hassell"]),
      ("DATE", ["06-12-2025"]), ("SERIAL", ["SB-0071-25"]), ("LOCATION", ["Juancho E. Yrausquin Airport"]),
      ("LOCATION", ["Princess Juliana International Airport"]), ("ID", ["WM 1021"]), ("DATE", ["Monday 08-12-2025"]),
      ("LOCATION", ["Cyril E. King Airport"]), ("LOCATION", ["St. Thomas"]), ("LOCATION", ["Bayside Memorial Chapel"]),
      ("LOCATION", ["Charlotte Amalie"]), ("POSTCODE", ["VI 00802"]), ("PHONE", ["(340) 555-0147"]),
      ("LOCATION", ["Western Cemetery"]), ("DATE", ["12-12-2025"]), ("NAME", ["Elmira", "Heyliger-Johnson"]),
      ("EMAIL", ["elmira.hj@viaccess.net"]), ("PHONE", ["(340) 555-0162"]), ("NAME", ["Carl"]), ("PHONE", ["+599 416 5127"]),
      ("NAME", ["Marloes", "van Rijswijk-Peterson"]), ("LICENCE", ["19063418801"]), ("ID", ["PHD-2025-318"])],
     ["pulmonary oedema", "type 2 diabetes mellitus", "CKD stage 4", "eGFR 22 mL/min/1.73 m2", "complete heart block",
      "permanent pacemaker", "Alzheimer's dementia", "troponin I 4.8 ng/mL", "Killip class III",
      "acute myocardial infarction", "coronary artery disease", "International Health Regulations (2005)",
      "Medtronic Azure XT DR", "formaldehyde-based arterial embalming", "hermetically sealed zinc-lined coffin",
      "Agreement of Berlin 1937", "Strasbourg Agreement 1973"]),

    # 11 - Israel, Western Galilee (Nahariya, Kfar Vradim, Ma'alot-Tarshiha): neonatal hip ultrasound report (Graf) with a Pavlik harness plan (Hebrew)
    ("המרכז הרפואי לגליל, נהריה\n"
     "היחידה לאורתופדיה ילדים - מרפאת אולטרסאונד מפרקי ירכיים\n"
     "ת.ד. 21, נהריה 2210001 | טל׳ 04-9107431 | פקס 04-9107432\n"
     "\n"
     "דו״ח בדיקת אולטרסאונד מפרקי ירכיים בתינוק (שיטת Graf)\n"
     "מספר בדיקה: US-HIP-25-08817 | תאריך: 16/11/2025 (כ״ה בחשוון התשפ״ו)\n"
     "\n"
     "שם התינוקת: נגה כהן | ת.ז. 348719261 | תאריך לידה: 05/10/2025 | גיל: 6 שבועות\n"
     "שם האם: שירן אבוטבול-כהן, ת.ז. 041837253 | שם האב: אלעד כהן\n"
     "כתובת: רחוב האלה 8, כפר ורדים | נייד האם: 052-6618403\n"
     "קופת חולים: כללית, מרפאת מעלות-תרשיחא | רופאת הילדים המפנה: ד״ר מרינה גולדשטיין-עזרא\n"
     "\n"
     "סיבת ההפניה: לידה ראשונה במצג עכוז (ניתוח קיסרי בשבוע 39), אם עם DDH בילדותה שטופלה ברתמה. בבדיקת "
     "הילוד במחלקת היולדות: Ortolani חיובי משמאל, Barlow שלילי. סימן Galeazzi חיובי משמאל, הגבלה קלה בהרחקה "
     "משמאל.\n"
     "\n"
     "ממצאים (מתמר ליניארי 7.5 MHz, מכשיר Philips EPIQ Elite, מס׳ סידורי US-EP-60417, שכיבה על הצד):\n"
     "ירך ימין: קו הכסל ישר, גג עצמי טוב, זווית אלפא 56°, זווית בטא 62°. Graf type IIa (בהתאם לגיל 6 שבועות - "
     "בשלות פיזיולוגית מאוחרת).\n"
     "ירך שמאל: גג עצמי לקוי, גג סחוסי מוסט, ראש הירך לא ממורכז; זווית אלפא 46°, זווית בטא 80°. Graf type D. "
     "בבדיקה דינמית (מבחן לחץ) תת-פריקה.\n"
     "\n"
     "סיכום: התפתחות לא תקינה של מפרק הירך (DDH) משמאל, סיווג Graf type D; ירך ימין type IIa.\n"
     "המלצות: רתמת פבליק (Pavlik harness) במשרה מלאה, 23 שעות ביממה, החל מהיום; הותאמה במרפאה ע״י הפיזיותרפיסטית "
     "טליה סרוסי. ביקורת קלינית בעוד שבוע לבדיקת מיקום הרצועות ותפקוד עצב הירך (femoral nerve palsy). אולטרסאונד "
     "חוזר ברתמה בעוד 3 שבועות - 07/12/2025 (י״ז בכסלו), לפני חנוכה. אם אין מירכוז לאחר 3-4 שבועות: הפסקת הרתמה "
     "ושקילת רדוקציה סגורה והגבסת ספיקה בהרדמה כללית.\n"
     "ההורים קיבלו הסבר ודף הדרכה על הרחצה, החלפת חיתולים ושינה ברתמה. האם ביקשה לשלוח סיכום לדוא״ל: "
     "shiran.ac@walla.co.il\n"
     "\n"
     "ד״ר יונתן בן-שושן, אורתופד ילדים | מ.ר. 41728\n"
     "ד״ר עאידה חורי-נסאר, רדיולוגית ילדים | מ.ר. 38116",
     [("HOSPITAL", ["המרכז הרפואי לגליל"]), ("LOCATION", ["נהריה"]), ("ADDRESS", ["ת.ד. 21"]), ("POSTCODE", ["2210001"]),
      ("PHONE", ["04-9107431"]), ("FAX", ["04-9107432"]), ("ID", ["US-HIP-25-08817"]), ("DATE", ["16/11/2025"]),
      ("DATE", ["כ״ה בחשוון התשפ״ו"]), ("NAME", ["נגה", "כהן"]), ("ID", ["348719261"]), ("DATE", ["05/10/2025"]),
      ("NAME", ["שירן", "אבוטבול-כהן"]), ("ID", ["041837253"]), ("NAME", ["אלעד"]), ("ADDRESS", ["רחוב האלה 8"]),
      ("LOCATION", ["כפר ורדים"]), ("PHONE", ["052-6618403"]), ("HOSPITAL", ["מרפאת מעלות-תרשיחא"]),
      ("NAME", ["מרינה", "גולדשטיין-עזרא"]), ("SERIAL", ["US-EP-60417"]), ("NAME", ["טליה", "סרוסי"]),
      ("DATE", ["07/12/2025"]), ("DATE", ["י״ז בכסלו"]), ("DATE", ["חנוכה"]), ("EMAIL", ["shiran.ac@walla.co.il"]),
      ("NAME", ["יונתן", "בן-שושן"]), ("LICENCE", ["41728"]), ("NAME", ["עאידה", "חורי-נסאר"]), ("LICENCE", ["38116"])],
     ["מצג עכוז", "Ortolani חיובי משמאל", "Barlow שלילי", "סימן Galeazzi חיובי", "Philips EPIQ Elite", "זווית אלפא 56°",
      "זווית בטא 62°", "Graf type IIa", "זווית אלפא 46°", "Graf type D", "התפתחות לא תקינה של מפרק הירך (DDH)",
      "רתמת פבליק (Pavlik harness)", "femoral nerve palsy", "רדוקציה סגורה והגבסת ספיקה", "מתמר ליניארי 7.5 MHz"]),
] + MORE_NOTES
