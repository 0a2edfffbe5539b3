"""Notes 12-23 of the forty-second HELD-OUT set (see :mod:`deid_notes_heldout42` for how it was written and what
it holds).

These 12 notes hold 436 planted identifier parts in 371 (kind, parts) entries and 180 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 12, a paediatric dengue ward nursing endorsement and shift handover log
(the Philippines, Iloilo); 14, an attended split-night polysomnography report (US, Nebraska); 16, a medical certificate
of death for a patient aged 91 (Canada, Prince Edward Island); 18, a pharmacist-run anticoagulation clinic INR log and
visit note (US, Delaware); 20, a poison control centre case record (US, Arkansas); 21, a care home fall incident report
and post-fall review for a resident aged 96 (Guernsey); 22, a concussion evaluation and graduated return-to-sport
clearance form (US, South Dakota); 23, an area health centre referral letter to nephrology (Mauritius). In Greek: 13, an
orthopaedic referral for physiotherapy (Kavala); 17, a health centre injury certificate for the police (Naxos). In
Chinese: 15, an ICU nursing shift handover (Hainan, simplified); 19, a discharge summary with Republic of China dates
(Taiwan, Yilan, traditional). Entries per kind here: NAME 87, LOCATION 73, DATE 71, HOSPITAL 30, PHONE 25, ADDRESS 18,
ID 16, POSTCODE 12, LICENCE 11, MRN 11, EMAIL 4, SERIAL 3, PLATE 3, AGE 3, DOB90 2, IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Philippines, Iloilo: paediatric dengue ward nursing endorsement (shift handover log, table)
    ("WESTERN VISAYAS MEDICAL CENTER - Pedia Ward 3 (Dengue Cohort)\n"
     "Q. Abeto St., Mandurriao, Iloilo City 5000 | Nurse station loc. 2231\n"
     "NURSING ENDORSEMENT / SHIFT HANDOVER LOG | 11-7 shift to 7-3 shift | Oct 14, 2025\n"
     "Endorsing: Maricel Gallardo-Tupas, RN (PRC 0718342) | Receiving: Joven Sumagaysay, RN\n"
     "Charge nurse on duty: Ma'am Lovely Dela Pena\n"
     "\n"
     "BED | PATIENT | AGE/SEX | HOSP NO. | DOI | ENDORSEMENT\n"
     "3-01 | Princess Joy Belarmino | 9/F | WVMC-25-118406 | D5 | Dengue with warning signs (DHF gr II). Hct 44 -> 47%, "
     "plt 38,000. PNSS at 7 cc/kg/hr, tapered to 5 at 05:00. Tourniquet test positive on admission. Mother Rosalie "
     "at bedside. Had Dengvaxia in 2017 per mother.\n"
     "3-02 | Angelo Catalan | 12/M | WVMC-25-118512 | D4 | Febrile, Tmax 39.2. NS1 Ag positive. RUQ pain, liver 2 cm "
     "BCM. Paracetamol 15 mg/kg q4h PRN. NO NSAIDs. Father \"Dodong\" (Rodolfo) is a vendor at Jaro Public Market, "
     "cp 0917 555 2846.\n"
     "3-03 | Erika Mae Oquendo | 2/F | WVMC-25-118530 | D3 | Irritable, CRT <2 s. Plt 96,000. Oral fluids fair, "
     "ORESOL 75 mL/kg/4h. Urine output 1.4 mL/kg/hr. Grandmother Nanay Pacita watching, from Brgy. Tabuc Suba.\n"
     "3-04 | Kristoffer \"Toto\" Villanueva | 15/M | WVMC-25-118577 | D6 | Recovery phase; plt 22,000 -> 31,000. "
     "Pleural effusion R on CXR, minimal ascites on UTZ. Off IVF since 03:00; I&O 1,420/1,650. Convalescent rash "
     "(\"isles of white in a sea of red\"). Transferred from Guimbal District Hospital; home in Brgy. Tacas, Miagao. "
     "Classmates at Miagao National High School also sick - for ESU.\n"
     "\n"
     "OTHERS:\n"
     "- IV infiltration 02:15 bed 3-02, re-sited to L hand by RN Sumagaysay. Infusion pump SN BBR-4428617 tagged and "
     "sent to BIOMED.\n"
     "- Dengue line-list (beds 3-01 to 3-04) forwarded to PIDSR focal, Ms. Gemma Tirol, by e-mail "
     "(g.tirol.esu@wvmc-pidsr.ph) 05:30.\n"
     "- Dr. Ramon \"Bong\" Ledesma (Pedia resident on duty) to see 3-01 first on rounds - Hct trend.\n"
     "\n"
     "Endorsed by: M. Gallardo-Tupas, RN 06:55 | Received by: J. Sumagaysay, RN 07:02",
     [("HOSPITAL", ["WESTERN VISAYAS MEDICAL CENTER"]), ("ADDRESS", ["Q. Abeto St."]), ("LOCATION", ["Mandurriao"]),
      ("LOCATION", ["Iloilo City"]), ("POSTCODE", ["5000"]), ("PHONE", ["2231"]), ("DATE", ["Oct 14, 2025"]),
      ("NAME", ["Maricel", "Gallardo-Tupas"]), ("LICENCE", ["0718342"]), ("NAME", ["Joven", "Sumagaysay"]),
      ("NAME", ["Lovely", "Dela Pena"]), ("NAME", ["Princess Joy", "Belarmino"]), ("MRN", ["WVMC-25-118406"]),
      ("NAME", ["Rosalie"]), ("NAME", ["Angelo", "Catalan"]), ("MRN", ["WVMC-25-118512"]), ("NAME", ["Dodong"]),
      ("NAME", ["Rodolfo"]), ("LOCATION", ["Jaro Public Market"]), ("PHONE", ["0917 555 2846"]),
      ("NAME", ["Erika Mae", "Oquendo"]), ("MRN", ["WVMC-25-118530"]), ("NAME", ["Pacita"]),
      ("LOCATION", ["Tabuc Suba"]), ("NAME", ["Kristoffer", "Toto", "Villanueva"]), ("MRN", ["WVMC-25-118577"]),
      ("HOSPITAL", ["Guimbal District Hospital"]), ("LOCATION", ["Tacas"]), ("LOCATION", ["Miagao"]),
      ("LOCATION", ["Miagao National High School"]), ("SERIAL", ["BBR-4428617"]), ("NAME", ["Sumagaysay"]),
      ("NAME", ["Gemma", "Tirol"]), ("EMAIL", ["g.tirol.esu@wvmc-pidsr.ph"]), ("NAME", ["Ramon", "Bong", "Ledesma"]),
      ("NAME", ["M. Gallardo-Tupas"]), ("NAME", ["J. Sumagaysay"])],
     ["11-7 shift", "Dengue with warning signs", "DHF gr II", "Hct 44 -> 47%", "PNSS at 7 cc/kg/hr",
      "Tourniquet test positive", "Dengvaxia", "NS1 Ag positive", "Paracetamol 15 mg/kg q4h PRN", "NO NSAIDs",
      "CRT <2 s", "ORESOL 75 mL/kg/4h", "Pleural effusion", "isles of white in a sea of red", "PIDSR"]),

    # 13 - Greece, Eastern Macedonia (Kavala): orthopaedic outpatient referral for physiotherapy after ankle ORIF (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΒΑΛΑΣ - Ορθοπαιδική Κλινική\n"
     "Τακτικά Εξωτερικά Ιατρεία | Περιοχή Άγιος Σίλας, 65500 Καβάλα | τηλ. 2513 501 274\n"
     "\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΓΙΑ ΦΥΣΙΚΟΘΕΡΑΠΕΙΑ\n"
     "Ημερομηνία: 3 Νοεμβρίου 2025\n"
     "Ασθενής: Σταυρούλα Καραμανλίδου του Δημητρίου | 46 ετών | γεν. 21/06/1979\n"
     "ΑΜΚΑ 21067904528 | Α.Μ. ασφάλισης ΕΦΚΑ 4418207\n"
     "Διεύθυνση: Ομονοίας 84, 65302 Καβάλα | κιν. 697 555 0418\n"
     "Εργασία: διαλογή αλιευμάτων στον Αλιευτικό Συνεταιρισμό Νέας Περάμου.\n"
     "\n"
     "Ιστορικό: Στις 12/09 γλίστρησε στην προβλήτα στη Νέα Καρβάλη. Κάταγμα έξω σφυρού αριστερά, Weber B, με "
     "διάσταση της έσω κνημοειδούς πτυχής. ORIF με πλάκα 1/3 σωληνοειδή και 6 βίδες στις 14/09 από τον Δρ Ιορδάνη "
     "Τσολάκη. Γύψος 6 εβδομάδες. Enoxaparin 4000 IU υποδορίως x 6 εβδομάδες, ολοκληρώθηκε.\n"
     "Σημερινή εξέταση: οίδημα +, ουλή καθαρή. Ραχιαία κάμψη 5°, πελματιαία κάμψη 25°. VAS 4/10. Thompson test "
     "αρνητική. Ακτινογραφία: πώρωση σε εξέλιξη, υλικό σε θέση.\n"
     "\n"
     "Παραπέμπεται για: 15 συνεδρίες φυσικοθεραπείας (κινησιοθεραπεία, ενδυνάμωση, ιδιοδεκτικότητα, "
     "ηλεκτροθεραπεία TENS). Βάδιση με φόρτιση 50% με 2 βακτηρίες, πλήρης φόρτιση σε 2 εβδομάδες.\n"
     "Φυσικοθεραπευτήριο επιλογής ασθενούς: «Κίνηση» - Ελένη Παπαθεοδώρου, Ερυθρού Σταυρού 19, Καβάλα.\n"
     "Η ασθενής θα μείνει τον Δεκέμβριο στην αδελφή της, τη Χρυσάνθη, στη Θάσο (Λιμένας) - μπορεί να συνεχίσει "
     "εκεί στο Κέντρο Υγείας Πρίνου.\n"
     "Αντενδείξεις: όχι υπέρηχοι πάνω στο μεταλλικό υλικό. Έλεγχος για σύνδρομο σύνθετου περιοχικού πόνου (CRPS) "
     "αν αυξηθεί ο πόνος ή αλλάξει το χρώμα του δέρματος. Συνέχιση βιταμίνης D3 1000 IU ημερησίως.\n"
     "Επανεξέταση: 8/12 στο ΤΕΙ Ορθοπαιδικής.\n"
     "\n"
     "Ο ιατρός\n"
     "Αθανάσιος Μπουρνάζος, Ορθοπαιδικός Χειρουργός | ΑΜ ΙΣΚ 3182",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΒΑΛΑΣ"]), ("LOCATION", ["Άγιος Σίλας"]), ("POSTCODE", ["65500"]),
      ("LOCATION", ["Καβάλα"]), ("PHONE", ["2513 501 274"]), ("DATE", ["3 Νοεμβρίου 2025"]),
      ("NAME", ["Σταυρούλα", "Καραμανλίδου", "Δημητρίου"]), ("DATE", ["21/06/1979"]), ("ID", ["21067904528"]),
      ("ID", ["4418207"]), ("ADDRESS", ["Ομονοίας 84"]), ("POSTCODE", ["65302"]), ("PHONE", ["697 555 0418"]),
      ("LOCATION", ["Αλιευτικό Συνεταιρισμό Νέας Περάμου"]), ("DATE", ["12/09"]), ("LOCATION", ["Νέα Καρβάλη"]),
      ("DATE", ["14/09"]), ("NAME", ["Ιορδάνη", "Τσολάκη"]), ("LOCATION", ["Κίνηση"]),
      ("NAME", ["Ελένη", "Παπαθεοδώρου"]), ("ADDRESS", ["Ερυθρού Σταυρού 19"]), ("DATE", ["Δεκέμβριο"]), ("NAME", ["Χρυσάνθη"]),
      ("LOCATION", ["Θάσο"]), ("LOCATION", ["Λιμένας"]), ("HOSPITAL", ["Κέντρο Υγείας Πρίνου"]), ("DATE", ["8/12"]),
      ("NAME", ["Αθανάσιος", "Μπουρνάζος"]), ("LICENCE", ["3182"])],
     ["Κάταγμα έξω σφυρού", "Weber B", "ORIF", "1/3 σωληνοειδή", "Enoxaparin 4000 IU", "VAS 4/10",
      "Thompson test", "Ραχιαία κάμψη 5°", "CRPS", "D3 1000 IU", "TENS", "φόρτιση 50%", "15 συνεδρίες φυσικοθεραπείας"]),

    # 14 - USA, Nebraska (Lincoln County / Cherry County): attended polysomnography and split-night CPAP report
    ("Great Plains Health - Sleep Disorders Center\n"
     "601 W Leota St, North Platte, NE 69101 | Ph (308) 555-0147 | Fax (308) 555-0149\n"
     "POLYSOMNOGRAPHY REPORT - SPLIT-NIGHT (Type I, attended)\n"
     "Study date: 09/23/2025 (night of 9/23 into 9/24) | Study # PSG-25-0931\n"
     "Patient: Curtis Wayne Yellowhorse | M | DOB 11/02/1969 | MRN 00884172\n"
     "Address: 214 N Cherry St, Valentine, NE 69201\n"
     "Referring: Dr. Annika Brosz-Feeney, Cherry County Hospital, Valentine\n"
     "Occupation: long-haul driver for Sandhills Cattle Transport (Kenworth, NE plate 37-A418); CDL on medical hold "
     "pending this study.\n"
     "\n"
     "Indication: loud snoring, witnessed apneas (wife Bernadette), drowsy at the wheel twice near Thedford. Epworth "
     "Sleepiness Scale 16/24. BMI 38.2, neck 18.5 in, Mallampati IV, Friedman tongue position III. STOP-BANG 7.\n"
     "\n"
     "DIAGNOSTIC PORTION (22:41-01:58, TST 171 min): sleep efficiency 82%; REM 9%. AHI 58.6/h (AASM 1A hypopnea "
     "rule, 3% desaturation or arousal), supine AHI 74.0, RDI 63.1. Central apnea index 1.2; no Cheyne-Stokes "
     "respiration. SpO2 nadir 71%, T90 38%. PLMI 6/h. ECG: sinus rhythm, brief sinus brady to 44 during apneas.\n"
     "CPAP TITRATION (02:10-06:05): started 5 cm H2O, titrated to 13 cm H2O; at 13 cm H2O residual AHI 3.1/h "
     "including supine REM, SpO2 nadir 89%. Medium F20 full-face mask (mouth breathing at 9 cm H2O).\n"
     "\n"
     "IMPRESSION: 1. Severe obstructive sleep apnea (G47.33). 2. Effective CPAP at 13 cm H2O.\n"
     "RECOMMENDATIONS: ResMed AirSense 11 AutoSet set 11-15 cm H2O via DME (Prairie Home Medical, Ogallala); "
     "device SN 23221847615 registered to myAir; compliance download at 30 days (goal >=4 h on 70% of nights) "
     "before FMCSA recertification. No commercial driving until compliant. Weight management referral.\n"
     "Scored by: Trevor Lindquist, RPSGT (BRPT #1048276)\n"
     "Interpreted by: Mariela Okonkwo-Vance, MD, D-ABSM | NPI 1962485032 | mokonkwovance@gphealth-sleep.org\n"
     "Raw EDF uploaded from acquisition PC 172.20.14.63 (bed 2) for remote scoring.\n"
     "Report portal: https://portal.gphealth-sleep.org/psg/PSG-25-0931",
     [("HOSPITAL", ["Great Plains Health"]), ("ADDRESS", ["601 W Leota St"]), ("LOCATION", ["North Platte"]),
      ("POSTCODE", ["69101"]), ("PHONE", ["(308) 555-0147"]), ("PHONE", ["(308) 555-0149"]), ("DATE", ["09/23/2025"]),
      ("DATE", ["9/23"]), ("DATE", ["9/24"]), ("ID", ["PSG-25-0931"]), ("NAME", ["Curtis", "Wayne", "Yellowhorse"]),
      ("DATE", ["11/02/1969"]), ("MRN", ["00884172"]), ("ADDRESS", ["214 N Cherry St"]), ("LOCATION", ["Valentine"]),
      ("POSTCODE", ["69201"]), ("NAME", ["Annika", "Brosz-Feeney"]), ("HOSPITAL", ["Cherry County Hospital"]),
      ("LOCATION", ["Sandhills Cattle Transport"]), ("PLATE", ["37-A418"]), ("NAME", ["Bernadette"]),
      ("LOCATION", ["Thedford"]), ("LOCATION", ["Prairie Home Medical"]), ("LOCATION", ["Ogallala"]),
      ("SERIAL", ["23221847615"]), ("NAME", ["Trevor", "Lindquist"]), ("LICENCE", ["1048276"]),
      ("NAME", ["Mariela", "Okonkwo-Vance"]), ("ID", ["1962485032"]), ("EMAIL", ["mokonkwovance@gphealth-sleep.org"]),
      ("IP", ["172.20.14.63"]), ("URL", ["https://portal.gphealth-sleep.org/psg/PSG-25-0931"])],
     ["Epworth Sleepiness Scale 16/24", "Mallampati IV", "Friedman tongue position III", "STOP-BANG 7",
      "AHI 58.6/h", "AASM 1A hypopnea rule", "Cheyne-Stokes respiration", "SpO2 nadir 71%", "T90 38%",
      "13 cm H2O", "G47.33", "ResMed AirSense 11 AutoSet", "F20 full-face mask", "FMCSA", "PLMI 6/h"]),

    # 15 - China, Hainan (Haikou): ICU nursing shift handover record, melioidosis septic shock (simplified Chinese)
    ("海南医学院第一附属医院 重症医学科\n"
     "护理交班记录（夜班→白班） 2025年8月19日 07:30\n"
     "床号：ICU-12 住院号：HY2508163 姓名：符海峰 性别：男 年龄：58岁\n"
     "身份证号：469002196703123511 籍贯：琼海市博鳌镇 现住址：海口市美兰区海甸五西路28号3栋602\n"
     "联系人：妻 王秀兰 电话：138-0898-4173；儿子 符志强（在万宁市和乐镇养虾）\n"
     "\n"
     "诊断：脓毒性休克；类鼻疽（Burkholderia pseudomallei，血培养阳性）；2型糖尿病。\n"
     "病史：稻田劳作后发热5天，8月15日由琼海市人民医院转入。\n"
     "\n"
     "夜班情况：\n"
     "1. 神志：嗜睡，GCS 13分（E3V4M6），RASS -1，瞳孔等大等圆3 mm，对光反射灵敏。\n"
     "2. 循环：去甲肾上腺素 0.12 μg/kg/min 泵入（02:00由0.2下调），MAP 68-74 mmHg，HR 102次/分，"
     "CVP 9 cmH2O，乳酸 2.8 mmol/L（前日4.6）。\n"
     "3. 呼吸：经鼻高流量 FiO2 45% 40 L/min，SpO2 95%，RR 24次/分。\n"
     "4. 抗感染：美罗培南 1 g q8h 静滴（06:00已给），复方磺胺甲噁唑待强化期结束后口服。\n"
     "5. 血糖：胰岛素 2 U/h 泵入，指尖血糖 8.6-11.2 mmol/L。\n"
     "6. 皮肤：Braden 评分 12分，骶尾部皮肤完整，q2h翻身。右股静脉CVC第4天，敷料干燥。\n"
     "7. 出入量：入 2860 mL，出 2210 mL（尿量 1.1 mL/kg/h）。\n"
     "8. 其他：家属要求今日下午探视；病人的工友“阿福”打电话询问，未透露病情。\n"
     "9. 检验（05:00）：WBC 18.6×10^9/L，N 91%，PLT 86×10^9/L，PCT 12.4 ng/mL，肌酐 168 μmol/L，"
     "总胆红素 32 μmol/L，ALT 96 U/L，白蛋白 26 g/L，pH 7.31，PaO2/FiO2 182。\n"
     "10. 影像：床旁胸片示双肺多发斑片影；腹部超声示肝脾多发低回声灶（考虑脓肿），待病情稳定后复查增强CT。\n"
     "11. 管路：经口胃管已拔除，改流质饮食，今晨吞咽评估洼田饮水试验 2级；导尿管第5天，尿色清。\n"
     "12. 隔离：接触隔离，病房消毒按院感科要求执行；已上报传染病报告卡（报告人：刘春梅，院感科）。\n"
     "13. 心理：病人夜间焦虑，多次询问家中虾塘情况，已安抚；睡眠约4小时。\n"
     "\n"
     "白班重点：\n"
     "- 09:00 随主任查房（邢德明 主任医师），讨论去甲肾上腺素撤除及是否行肝脓肿穿刺引流。\n"
     "- 复查血培养两套（外周+CVC），留取痰培养。\n"
     "- 监测血糖 q1h，目标 7.8-10.0 mmol/L；防跌倒、防非计划拔管（Morse 评分 45分）。\n"
     "- 若家属到院，请通知医生谈话并签署穿刺知情同意书。\n"
     "\n"
     "交班护士：黎小燕（N2） 接班护士：吴晓婷 签名时间：07:45\n"
     "值班医生：陈国栋 主治医师 分机 6218",
     [("HOSPITAL", ["海南医学院第一附属医院"]), ("DATE", ["2025年8月19日"]), ("MRN", ["HY2508163"]),
      ("NAME", ["符海峰"]), ("ID", ["469002196703123511"]), ("LOCATION", ["琼海市"]), ("LOCATION", ["博鳌镇"]),
      ("LOCATION", ["海口市"]), ("LOCATION", ["美兰区"]), ("ADDRESS", ["海甸五西路28号3栋602"]), ("NAME", ["王秀兰"]),
      ("PHONE", ["138-0898-4173"]), ("NAME", ["符志强"]), ("LOCATION", ["万宁市"]), ("LOCATION", ["和乐镇"]),
      ("DATE", ["8月15日"]), ("HOSPITAL", ["琼海市人民医院"]), ("NAME", ["阿福"]), ("NAME", ["黎小燕"]),
      ("NAME", ["吴晓婷"]), ("NAME", ["陈国栋"]), ("PHONE", ["6218"]), ("NAME", ["刘春梅"]), ("NAME", ["邢德明"])],
     ["脓毒性休克", "类鼻疽", "Burkholderia pseudomallei", "2型糖尿病", "GCS 13分", "RASS -1",
      "去甲肾上腺素 0.12 μg/kg/min", "CVP 9 cmH2O", "乳酸 2.8 mmol/L", "美罗培南 1 g q8h", "复方磺胺甲噁唑",
      "Braden 评分 12分", "FiO2 45%", "PCT 12.4 ng/mL", "洼田饮水试验 2级", "Morse 评分 45分", "PaO2/FiO2 182"]),

    # 16 - Canada, Prince Edward Island (Kings County): medical certificate of death, patient aged 91
    ("PROVINCE OF PRINCE EDWARD ISLAND - Vital Statistics\n"
     "MEDICAL CERTIFICATE OF DEATH (Part II, completed by the attending physician)\n"
     "Registration No. 2025-PE-004718\n"
     "\n"
     "1. Name of deceased: MacPhail, Agnes Theresa (née Gallant)\n"
     "2. Sex: F   3. Age: 91 years   4. Date of birth: March 3, 1934\n"
     "5. PEI Health No.: 0341 827 596   6. Marital status: widowed (husband Lorne d. 2016)\n"
     "7. Usual residence: 38 Breakwater St, Souris, PE C0A 2B0\n"
     "8. Place of death: Kings County Memorial Hospital, Montague - Palliative bed 2\n"
     "9. Date and time of death: November 28, 2025 at 04:10\n"
     "10. Transferred from: Colville Manor, Souris (resident since 2021)\n"
     "\n"
     "CAUSE OF DEATH                                              Interval onset -> death\n"
     "I (a) Aspiration pneumonia                                  6 days\n"
     "  (b) Oropharyngeal dysphagia                               about 14 months\n"
     "  (c) Parkinson's disease (Hoehn and Yahr stage 5)          about 11 years\n"
     "II Other significant conditions: Chronic kidney disease G3b; atrial fibrillation on apixaban until admission; "
     "osteoporotic hip fracture at Christmas 2023 (R hemiarthroplasty at Queen Elizabeth Hospital).\n"
     "ICD-10 (underlying): G20   Manner: natural   Autopsy: no   Coroner notified: no\n"
     "MAID: not applicable. Palliative Performance Scale 10% on day of death.\n"
     "\n"
     "Informant: daughter, Colleen MacPhail-Arsenault, 12 Rte 335, Kingsboro; cell 902-555-0176\n"
     "Funeral home: Hennessey & Lumsden Funeral Home, Souris\n"
     "Pronounced by: RN Dawn Chaisson at 04:22; family (son Francis, from Crapaud) present at death.\n"
     "\n"
     "Clinical summary: 91-year-old with advanced PD since the 2010s, modified texture diet (IDDSI level 4 / mildly "
     "thick fluids level 2) since August 2024; admitted November 22 with fever, SpO2 86%, RLL consolidation. Goals of "
     "care documented (Level 3, comfort). Treated with ceftriaxone 1 g IV daily x 3 days, then comfort measures only: "
     "hydromorphone 0.25 mg SC q1h PRN, glycopyrrolate 0.2 mg SC q4h PRN. She was last at home for Easter.\n"
     "\n"
     "Certifying physician: Dr. Raymond J. Doiron-Keough, Family Medicine\n"
     "CPSPEI licence 1462 | Souris Hospital, 17 Knights Ave | Date signed: Nov. 28, 2025",
     [("ID", ["2025-PE-004718"]), ("NAME", ["MacPhail", "Agnes", "Theresa", "Gallant"]), ("AGE", ["91 years"]),
      ("DOB90", ["March 3, 1934"]), ("ID", ["0341 827 596"]), ("NAME", ["Lorne"]), ("DATE", ["2016"]),
      ("ADDRESS", ["38 Breakwater St"]), ("LOCATION", ["Souris"]), ("POSTCODE", ["C0A 2B0"]),
      ("HOSPITAL", ["Kings County Memorial Hospital"]), ("LOCATION", ["Montague"]), ("DATE", ["November 28, 2025"]),
      ("LOCATION", ["Colville Manor"]), ("DATE", ["2021"]), ("DATE", ["Christmas 2023"]),
      ("HOSPITAL", ["Queen Elizabeth Hospital"]), ("NAME", ["Colleen", "MacPhail-Arsenault"]),
      ("ADDRESS", ["12 Rte 335"]), ("LOCATION", ["Kingsboro"]), ("PHONE", ["902-555-0176"]),
      ("LOCATION", ["Hennessey & Lumsden Funeral Home"]), ("NAME", ["Dawn", "Chaisson"]), ("NAME", ["Francis"]),
      ("LOCATION", ["Crapaud"]), ("AGE", ["91-year-old"]), ("DATE", ["2010s"]), ("DATE", ["August 2024"]),
      ("DATE", ["November 22"]), ("DATE", ["Easter"]), ("NAME", ["Raymond", "J.", "Doiron-Keough"]),
      ("LICENCE", ["1462"]), ("HOSPITAL", ["Souris Hospital"]), ("ADDRESS", ["17 Knights Ave"]),
      ("DATE", ["Nov. 28, 2025"])],
     ["Aspiration pneumonia", "Oropharyngeal dysphagia", "Parkinson's disease", "Hoehn and Yahr stage 5",
      "Chronic kidney disease G3b", "apixaban", "R hemiarthroplasty", "G20", "Palliative Performance Scale 10%",
      "IDDSI level 4", "SpO2 86%", "ceftriaxone 1 g IV daily", "hydromorphone 0.25 mg SC q1h PRN",
      "glycopyrrolate 0.2 mg SC q4h PRN", "MAID"]),

    # 17 - Greece, Cyclades (Naxos): health centre injury certificate for the police after a quad-bike collision (Greek)
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΝΑΞΟΥ (Γενικό Νοσοκομείο - Κέντρο Υγείας Νάξου)\n"
     "Χώρα Νάξου, 84300 | Τμήμα Επειγόντων | τηλ. 22853 60 514\n"
     "\n"
     "ΙΑΤΡΙΚΗ ΒΕΒΑΙΩΣΗ ΚΑΚΩΣΕΩΝ\n"
     "(κατόπιν αιτήματος του Αστυνομικού Τμήματος Νάξου, αρ. πρωτ. 1072/15-8-2025)\n"
     "\n"
     "Βεβαιώνεται ότι ο Μανόλης (Εμμανουήλ) Γλέζος του Νικολάου, 34 ετών, γεν. 02/02/1991, κάτοικος Φιλοτίου "
     "Νάξου, κτηνοτρόφος, ΑΔΤ ΑΚ 418207, προσήλθε στο ΤΕΠ την Παρασκευή του Δεκαπενταύγουστου, 15/08/2025, ώρα "
     "23:40, μεταφερόμενος από το ΕΚΑΒ (πλήρωμα του Μιχάλη Κουτελιέρη), μετά από σύγκρουση γουρούνας "
     "(ATV, πινακίδα ΕΜΖ-4821) με αυτοκίνητο στον δρόμο Χαλκί-Απείρανθος, κοντά στο πανηγύρι της Παναγίας στο "
     "Φιλότι.\n"
     "\n"
     "Ευρήματα: GCS 15/15. Αλκοολόμετρο από την Τροχαία. Θλαστικό τραύμα μετώπου 4 cm - συρραφή με 5 ράμματα "
     "Ethilon 5-0. Εκδορές αριστερού αντιβραχίου και γόνατος. Παραμόρφωση δεξιάς κλείδας: ακτινογραφία - κάταγμα "
     "μέσου τριτημορίου κλείδας (Allman I / Neer n/a), χωρίς ενδείξεις νευροαγγειακής βλάβης. FAST αρνητικό. "
     "Αντιτετανική κάλυψη: Tdap IM. Ακινητοποίηση με φάρδελα (figure-of-eight) και ανάρτηση.\n"
     "Αγωγή: Παρακεταμόλη 1 g x 3, Ιβουπροφαίνη 400 mg x 2 για 5 ημέρες, Amoxicillin/Clavulanate 875/125 mg x 2.\n"
     "Ανικανότητα για εργασία: 21 ημέρες. Επανεκτίμηση από ορθοπαιδικό στο ΓΝ Σύρου «Βαρδάκειο και Πρώιο» ή στο "
     "Κ.Υ. σε 10 ημέρες.\n"
     "Ο συνοδός του, ο ξάδερφός του Σήφης Μαυρογιάννης (κιν. 694 555 2307), ενημερώθηκε.\n"
     "\n"
     "Νάξος, 16 Αυγούστου 2025\n"
     "Ο εφημερεύων ιατρός\n"
     "Αγγελική Σκορδίλη, Γενική Ιατρός | ΑΜ ΙΣ Κυκλάδων 611",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΝΑΞΟΥ"]), ("HOSPITAL", ["Γενικό Νοσοκομείο - Κέντρο Υγείας Νάξου"]),
      ("LOCATION", ["Χώρα Νάξου"]), ("POSTCODE", ["84300"]), ("PHONE", ["22853 60 514"]),
      ("LOCATION", ["Αστυνομικού Τμήματος Νάξου"]), ("ID", ["1072/15-8-2025"]),
      ("NAME", ["Μανόλης", "Εμμανουήλ", "Γλέζος", "Νικολάου"]), ("DATE", ["02/02/1991"]), ("LOCATION", ["Φιλοτίου"]),
      ("LOCATION", ["Νάξου"]), ("ID", ["ΑΚ 418207"]), ("DATE", ["Δεκαπενταύγουστου"]), ("DATE", ["15/08/2025"]),
      ("NAME", ["Μιχάλη", "Κουτελιέρη"]), ("PLATE", ["ΕΜΖ-4821"]), ("LOCATION", ["Χαλκί"]),
      ("LOCATION", ["Απείρανθος"]), ("LOCATION", ["Φιλότι"]), ("HOSPITAL", ["ΓΝ Σύρου «Βαρδάκειο και Πρώιο»"]),
      ("NAME", ["Σήφης", "Μαυρογιάννης"]), ("PHONE", ["694 555 2307"]), ("LOCATION", ["Νάξος"]),
      ("DATE", ["16 Αυγούστου 2025"]), ("NAME", ["Αγγελική", "Σκορδίλη"]), ("LICENCE", ["611"])],
     ["GCS 15/15", "Θλαστικό τραύμα", "Ethilon 5-0", "κάταγμα μέσου τριτημορίου κλείδας", "Allman I", "FAST αρνητικό",
      "Tdap", "figure-of-eight", "Παρακεταμόλη 1 g x 3", "Ιβουπροφαίνη 400 mg", "Amoxicillin/Clavulanate 875/125 mg",
      "ATV"]),

    # 18 - USA, Delaware (Sussex County): pharmacist-run anticoagulation clinic INR log and visit note
    ("Beebe Healthcare - Pharmacist Anticoagulation Clinic\n"
     "Rehoboth Health Campus, 18947 John J Williams Hwy, Rehoboth Beach, DE 19971 | (302) 555-0193\n"
     "WARFARIN MANAGEMENT LOG\n"
     "Patient: Delphine Milton-Okafor | DOB 04/30/1957 | MRN BH-3381705 | Acct 770041862\n"
     "Home: 9 Bay Ave, Slaughter Beach, DE 19963 | cell (302) 555-0164 | alt: husband Reggie (302) 555-0118\n"
     "Indication: mechanical mitral valve (On-X, 2014) + AF | Goal INR 2.5-3.5 | Warfarin 5 mg tabs (peach)\n"
     "Referring cardiologist: Dr. Sunil Varghese-Holt, Bayhealth Sussex Campus, Milford\n"
     "\n"
     "DATE     | INR | WEEKLY DOSE | CHANGE            | NEXT   | BY\n"
     "07/08/25 | 2.9 | 42.5 mg     | none              | 07/29  | PE\n"
     "07/29/25 | 2.2 | 42.5 mg     | +10% -> 47.5 mg   | 08/12  | PE\n"
     "08/12/25 | 3.1 | 47.5 mg     | none              | 09/09  | KJ\n"
     "09/09/25 | 4.6 | 47.5 mg     | hold x1, -10%     | 09/16  | PE\n"
     "09/16/25 | 3.3 | 42.5 mg     | none              | 10/07  | PE\n"
     "(PE = Priya Easwaran, PharmD; KJ = Kevin Jablonski, PharmD)\n"
     "\n"
     "09/09/25 visit note: INR 4.6 by POC CoaguChek XS (meter SN UP71046288). No bleeding, no bruising, no dark "
     "stools. Started clarithromycin 500 mg BID 09/04 from urgent care in Lewes for sinusitis (CYP3A4 interaction) "
     "and had been eating less. Plan: hold tonight's dose, then 42.5 mg/wk; recheck 1 week. Vitamin K not needed "
     "(no bleeding, INR <10). Reviewed bleeding signs and to call 911 for head injury. HAS-BLED 2, CHA2DS2-VASc 3.\n"
     "Patient asks about switching to apixaban - not an option with a mechanical valve (DOACs contraindicated); "
     "explained. She walks the Junction and Breakwater Trail daily; spinach salads stable at ~3/week.\n"
     "Next visit 09/16 at the Milford office if the Rehoboth slot is full.\n"
     "Documented by: Priya Easwaran, PharmD, BCACP | DE Pharmacist Lic. A1-0007284 | peaswaran@beebehc.example.org",
     [("HOSPITAL", ["Beebe Healthcare"]), ("HOSPITAL", ["Rehoboth Health Campus"]),
      ("ADDRESS", ["18947 John J Williams Hwy"]), ("LOCATION", ["Rehoboth Beach"]), ("POSTCODE", ["19971"]),
      ("PHONE", ["(302) 555-0193"]), ("NAME", ["Delphine", "Milton-Okafor"]), ("DATE", ["04/30/1957"]),
      ("MRN", ["BH-3381705"]), ("ID", ["770041862"]), ("ADDRESS", ["9 Bay Ave"]), ("LOCATION", ["Slaughter Beach"]),
      ("POSTCODE", ["19963"]), ("PHONE", ["(302) 555-0164"]), ("NAME", ["Reggie"]), ("PHONE", ["(302) 555-0118"]),
      ("NAME", ["Sunil", "Varghese-Holt"]), ("HOSPITAL", ["Bayhealth Sussex Campus"]), ("LOCATION", ["Milford"]),
      ("DATE", ["07/08/25"]), ("DATE", ["07/29"]), ("DATE", ["07/29/25"]), ("DATE", ["08/12"]), ("DATE", ["08/12/25"]),
      ("DATE", ["09/09"]), ("DATE", ["09/09/25"]), ("DATE", ["09/16"]), ("DATE", ["09/16/25"]), ("DATE", ["10/07"]),
      ("NAME", ["PE"]), ("NAME", ["KJ"]), ("NAME", ["Priya", "Easwaran"]), ("NAME", ["Kevin", "Jablonski"]),
      ("SERIAL", ["UP71046288"]), ("DATE", ["09/04"]), ("LOCATION", ["Lewes"]),
      ("LOCATION", ["Junction and Breakwater Trail"]), ("LICENCE", ["A1-0007284"]),
      ("EMAIL", ["peaswaran@beebehc.example.org"])],
     ["mechanical mitral valve", "On-X", "Goal INR 2.5-3.5", "Warfarin 5 mg", "42.5 mg", "+10% -> 47.5 mg",
      "CoaguChek XS", "clarithromycin 500 mg BID", "CYP3A4", "Vitamin K", "INR <10", "HAS-BLED 2",
      "CHA2DS2-VASc 3", "apixaban", "DOACs contraindicated", "BCACP"]),

    # 19 - Taiwan, Yilan County (Luodong): discharge summary, scrub typhus (traditional Chinese, ROC calendar)
    ("天主教靈醫會羅東聖母醫院 感染科\n"
     "宜蘭縣羅東鎮中正南路160號 | 總機 (03)954-4106\n"
     "出院病歷摘要\n"
     "病歷號碼：LD-01947362　床號：7A-15\n"
     "姓名：潘志明　性別：男　出生日期：民國66年4月9日　身分證字號：G220847366\n"
     "住址：宜蘭縣三星鄉天福村拱照二路42號\n"
     "入院日期：民國114年7月2日　出院日期：民國114年7月9日\n"
     "主治醫師：游淑惠 醫師　住院醫師：蔡承翰\n"
     "\n"
     "入院診斷：不明熱，疑似恙蟲病。\n"
     "出院診斷：1. 恙蟲病（scrub typhus, Orientia tsutsugamushi），合併肝炎及血小板低下。2. 高血壓。\n"
     "\n"
     "病史摘要：48歲男性，於三星鄉種植三星蔥，6月下旬在大洲村田裡除草後出現發燒、頭痛、全身肌肉痠痛一週，"
     "在地診所（安農溪診所）給予退燒藥無效，由太太林美玲陪同至本院急診。\n"
     "理學檢查：體溫 39.6°C，右腹股溝有一處 6 mm 焦痂（eschar），周圍紅暈；右側腹股溝淋巴結腫大。無黃疸。\n"
     "檢驗：WBC 4.1×10^3/μL，PLT 62×10^3/μL，AST 188 U/L，ALT 146 U/L，CRP 9.8 mg/dL，"
     "Weil-Felix 試驗 OX-K 1:320，恙蟲病 IgM 陽性，PCR 陽性（疾管署檢驗）。\n"
     "住院經過：給予 Doxycycline 100 mg BID 口服，48小時內退燒；qSOFA 1分，未入加護病房。血小板於第5天回升至 "
     "128×10^3/μL，肝指數下降。已於7月3日依法通報（第四類傳染病）。\n"
     "出院用藥：Doxycycline 100 mg BID 共7天；Amlodipine 5 mg QD。\n"
     "衛教：下田請穿長袖長褲及雨鞋、使用防蚊液；如再發燒請回診。\n"
     "門診追蹤：民國114年7月16日 感染科 游淑惠醫師門診。\n"
     "聯絡電話：0935-217-846（本人），緊急聯絡人：林美玲（妻）0921-555-308\n"
     "\n"
     "醫師簽章：游淑惠（醫字第047213號）　民國114年7月9日",
     [("HOSPITAL", ["天主教靈醫會羅東聖母醫院"]), ("LOCATION", ["宜蘭縣"]), ("LOCATION", ["羅東鎮"]),
      ("ADDRESS", ["中正南路160號"]), ("PHONE", ["(03)954-4106"]), ("MRN", ["LD-01947362"]), ("NAME", ["潘志明"]),
      ("DATE", ["民國66年4月9日"]), ("ID", ["G220847366"]), ("LOCATION", ["三星鄉"]), ("LOCATION", ["天福村"]),
      ("ADDRESS", ["拱照二路42號"]), ("DATE", ["民國114年7月2日"]), ("DATE", ["民國114年7月9日"]), ("NAME", ["游淑惠"]),
      ("NAME", ["蔡承翰"]), ("DATE", ["6月下旬"]), ("LOCATION", ["大洲村"]), ("HOSPITAL", ["安農溪診所"]),
      ("NAME", ["林美玲"]), ("DATE", ["7月3日"]), ("DATE", ["民國114年7月16日"]), ("PHONE", ["0935-217-846"]),
      ("PHONE", ["0921-555-308"]), ("LICENCE", ["醫字第047213號"])],
     ["恙蟲病", "Orientia tsutsugamushi", "血小板低下", "焦痂（eschar）", "Weil-Felix 試驗", "OX-K 1:320",
      "Doxycycline 100 mg BID", "qSOFA 1分", "第四類傳染病", "Amlodipine 5 mg QD", "CRP 9.8 mg/dL", "三星蔥"]),

    # 20 - USA, Arkansas (Hempstead County): poison control centre call record, toddler calcium channel blocker ingestion
    ("ARKANSAS POISON & DRUG INFORMATION CENTER - Case Record\n"
     "Case # AR25-118734 | Call 1 of 6 | Opened 06/14/2025 19:52 | Line: 1-800-222-1222 (routed)\n"
     "Specialist in Poison Information: DM (Dana Mullinax, RN, CSPI) | Toxicologist on call: Dr. Hollis "
     "Atkinson-Reyes\n"
     "\n"
     "Caller: grandmother, Mrs. Wanda Fay Culpepper, from home in Hope, AR; callback (870) 555-0133\n"
     "Patient: Jaxon Culpepper-Briggs | 2 yr M | wt 13 kg (per caller)\n"
     "Substance: amlodipine 10 mg tablets (grandmother's, pill organizer left on the coffee table) - up to 2 tabs "
     "missing; also possibly metoprolol tartrate 25 mg from the same organizer.\n"
     "Time of exposure: ~19:30. Route: ingestion. Asymptomatic at call.\n"
     "Assessment: potentially toxic - any amlodipine in a toddler (one pill can kill); risk of delayed, prolonged "
     "hypotension. Beta-blocker co-ingestion possible.\n"
     "Recommendation: refer to ED now by car (caller declined EMS, 4 min away). No induced vomiting. Call ahead to "
     "Wadley Regional Medical Center at Hope ED - spoke to charge RN Tamika Broadnax 19:58.\n"
     "\n"
     "FOLLOW-UP CALLS\n"
     "20:30 HCF: HR 128, BP 98/60, glucose 104. Activated charcoal 1 g/kg given (within 1 h). ECG normal, QTc 412.\n"
     "22:15 HCF: BP 84/46, HR 146. 20 mL/kg NS bolus; calcium chloride 20 mg/kg IV via IO. Advised transfer to "
     "Arkansas Children's Hospital, Little Rock (PICU accepting Dr. Nwosu-Pryor); high-dose insulin euglycemia "
     "therapy (HIET) 1 unit/kg bolus then 1 unit/kg/h with dextrose, glucose and K q30-60 min. Glucagon if beta-blocker "
     "effect.\n"
     "23:05 Angel One flight team (N319AC) departing Hope.\n"
     "06/15/2025 08:40 PICU: on HIET 2 units/kg/h, off norepinephrine, alert, eating. Amlodipine level sent.\n"
     "06/17 12:10 PICU: HIET weaned off 06/16 pm; discharged home with grandmother; safe storage counseled; "
     "Mom Kaylee Briggs to pick up locking pill box from the Hempstead County Health Unit.\n"
     "Outcome: moderate effect. Closed 06/17/2025 - DM\n"
     "Medical record (outside): ACH 4471926",
     [("ID", ["AR25-118734"]), ("DATE", ["06/14/2025"]), ("NAME", ["DM"]), ("NAME", ["Dana", "Mullinax"]),
      ("NAME", ["Hollis", "Atkinson-Reyes"]), ("NAME", ["Wanda", "Fay", "Culpepper"]), ("LOCATION", ["Hope, AR"]),
      ("PHONE", ["(870) 555-0133"]), ("NAME", ["Jaxon", "Culpepper-Briggs"]),
      ("HOSPITAL", ["Wadley Regional Medical Center at Hope"]), ("NAME", ["Tamika", "Broadnax"]),
      ("HOSPITAL", ["Arkansas Children's Hospital"]), ("LOCATION", ["Little Rock"]), ("NAME", ["Nwosu-Pryor"]),
      ("PLATE", ["N319AC"]), ("LOCATION", ["Hope"]), ("DATE", ["06/15/2025"]), ("DATE", ["06/17"]),
      ("DATE", ["06/16"]), ("NAME", ["Kaylee", "Briggs"]), ("HOSPITAL", ["Hempstead County Health Unit"]),
      ("DATE", ["06/17/2025"]), ("MRN", ["4471926"])],
     ["amlodipine 10 mg", "metoprolol tartrate 25 mg", "one pill can kill", "Activated charcoal 1 g/kg",
      "QTc 412", "calcium chloride 20 mg/kg", "high-dose insulin euglycemia therapy (HIET)", "Glucagon",
      "norepinephrine", "20 mL/kg NS bolus", "1-800-222-1222", "CSPI", "HCF"]),

    # 21 - Guernsey (Channel Islands): care home fall incident report and post-fall review, resident aged 96
    ("LA HOUGUETTE LODGE RESIDENTIAL & NURSING HOME\n"
     "Route de la Houguette, Forest, Guernsey GY8 0DL | Tel 01481 555 206\n"
     "INCIDENT REPORT - FALL (Datix ref GHC-F-25-0632)\n"
     "\n"
     "Resident: Mrs Elsie Marguerite Le Page (known as \"Peggy\") | 96-year-old | DOB 09/06/1929 | Room 4 (Sark wing)\n"
     "Social Security No. GY 412786 C | GP: Dr Anselm Brehaut, Queen's Road Medical Practice\n"
     "NOK: son Trevor Le Page (lives in Torteval), 07781 555 492; granddaughter Jess in St Sampson's\n"
     "\n"
     "Date/time of fall: 18/10/2025, 02:35 (unwitnessed). Found by HCA Lorna Ozanne on the floor beside the bed, "
     "sitting, bed rails down as per care plan, sensor mat had alarmed. Walking frame out of reach. Says she was "
     "going to the toilet and \"the floor came up\".\n"
     "Immediate check (RGN Filipa Sequeira): no head strike reported, no loss of consciousness. Hips: no shortening "
     "or external rotation, full pain-free ROM. Small skin tear L forearm 3 cm (Payne-Martin category 1) - "
     "Steri-Strips and Mepitel One. Obs: BP 104/58 lying, 92/50 standing (postural drop), HR 88 irregular, RR 18, "
     "SpO2 95% RA, T 36.8, BM 6.4. NEWS2 2. 4AT 2 (baseline 1). On apixaban 2.5 mg BD, so neuro obs 4-hourly x 24 h "
     "per protocol.\n"
     "Out-of-hours: Doctors on Call (Dr Ronan Mahy) phoned 03:10 - not for ED unless change; review in the morning.\n"
     "\n"
     "Post-fall review (18/10, day team):\n"
     "- Third fall since she came to us in March 2023; last one on Liberation Day (9 May). Morse Fall Scale 65 -> "
     "high risk. Clinical Frailty Scale 7. Waterlow 18. Barthel 40/100.\n"
     "- Contributors: nocturia (furosemide 40 mg moved to 08:00 only), postural hypotension, low-lit route to the "
     "en-suite. Urine dip not done (not indicated without symptoms per new guidance).\n"
     "- Actions: low-profile bed, motion-sensor night light, frame within reach, hip protectors, toileting round at "
     "02:00, physio referral (MSG community physio), medication review by Mr Duquemin (pharmacist) for the "
     "amlodipine.\n"
     "- Family informed: son Trevor at 08:15. She asked that her friend from the Methodist chapel at Les Camps, "
     "Mrs Winifred Bisson, be told she is well.\n"
     "Peggy has lived in the parish all her life; she was 10 when the islands were occupied in 1940 and was "
     "evacuated to Stockport - still tells the staff about it.\n"
     "Completed by: Filipa Sequeira, RGN (NMC 14G3721E) | Reviewed: Home manager Carol Robilliard, 18/10/2025",
     [("LOCATION", ["LA HOUGUETTE LODGE RESIDENTIAL & NURSING HOME"]), ("ADDRESS", ["Route de la Houguette"]),
      ("LOCATION", ["Forest"]), ("LOCATION", ["Guernsey"]), ("POSTCODE", ["GY8 0DL"]), ("PHONE", ["01481 555 206"]),
      ("ID", ["GHC-F-25-0632"]), ("NAME", ["Elsie", "Marguerite", "Le Page"]), ("NAME", ["Peggy"]),
      ("AGE", ["96-year-old"]), ("DOB90", ["09/06/1929"]), ("LOCATION", ["Sark wing"]), ("ID", ["GY 412786 C"]), ("NAME", ["Anselm", "Brehaut"]),
      ("HOSPITAL", ["Queen's Road Medical Practice"]), ("NAME", ["Trevor", "Le Page"]), ("LOCATION", ["Torteval"]),
      ("PHONE", ["07781 555 492"]), ("NAME", ["Jess"]), ("LOCATION", ["St Sampson's"]), ("DATE", ["18/10/2025"]),
      ("NAME", ["Lorna", "Ozanne"]), ("NAME", ["Filipa", "Sequeira"]), ("NAME", ["Ronan", "Mahy"]),
      ("DATE", ["18/10"]), ("DATE", ["March 2023"]), ("DATE", ["Liberation Day"]), ("DATE", ["9 May"]),
      ("NAME", ["Duquemin"]), ("NAME", ["Trevor"]), ("LOCATION", ["Les Camps"]), ("NAME", ["Winifred", "Bisson"]),
      ("DATE", ["1940"]), ("LOCATION", ["Stockport"]), ("LICENCE", ["14G3721E"]),
      ("NAME", ["Carol", "Robilliard"])],
     ["unwitnessed", "sensor mat", "shortening", "external rotation", "Payne-Martin category 1", "Steri-Strips",
      "Mepitel One", "postural drop", "NEWS2 2", "4AT 2", "apixaban 2.5 mg BD", "Morse Fall Scale 65",
      "Clinical Frailty Scale 7", "Waterlow 18", "Barthel 40/100", "furosemide 40 mg", "hip protectors",
      "amlodipine"]),

    # 22 - USA, South Dakota (Meade and Pennington Counties): sports concussion return-to-play clearance form, rodeo
    ("Monument Health Rapid City Hospital - Sports Medicine & Concussion Clinic\n"
     "353 Fairmont Blvd, Rapid City, SD 57701 | (605) 555-0172\n"
     "CONCUSSION EVALUATION & GRADUATED RETURN-TO-SPORT CLEARANCE (SDHSAA form)\n"
     "\n"
     "Athlete: Colter James Heupel (\"Tater\") | DOB 05/11/2008 | 17 y | MRN MH-6620915\n"
     "School/Team: Faith High School Rodeo / SD High School Rodeo Association - saddle bronc, bareback\n"
     "Parent/guardian: Shawna Heupel, 16420 Cheyenne River Rd, Faith, SD 57626 | (605) 555-0109 | "
     "shawna.heupel.ranch@plainsmail.example.com\n"
     "Athletic trainer: Brody Ketterling, ATC (SD AT license 0914) | Coach: Lyle \"Cotton\" Tschetter\n"
     "\n"
     "Date of injury: 08/30/2025 at the Interior Ranch Rodeo - thrown from a bareback horse, occipital impact on "
     "arena dirt, helmet (Troxel) worn. Dazed ~1 min, no LOC. Seen that evening at Philip Health Services ED: CT head "
     "negative (Canadian CT Head Rule applied).\n"
     "\n"
     "Visit 1 (09/02/2025): SCAT6 symptom number 12/22, severity 41/132. Maddocks questions 4/5. BESS 18 errors. "
     "VOMS positive (convergence 9 cm, symptom provocation). Buffalo Concussion Treadmill Test deferred.\n"
     "Visit 2 (09/12/2025): symptom number 2/22, severity 4/132. BESS 6. VOMS normal. ImPACT (baseline 07/2025) "
     "within RCI on all composites. BCTT: reached 20 min without symptom exacerbation (HR 178).\n"
     "Return to learn: full days at school since 09/08, no accommodations.\n"
     "\n"
     "GRADUATED RETURN TO SPORT (each step >= 24 h, symptom-free)\n"
     "Step 1 symptom-limited activity - done 09/05\n"
     "Step 2 aerobic exercise - done 09/13\n"
     "Step 3 sport-specific (riding, no bucking stock) - 09/15\n"
     "Step 4 non-contact drills (practice barrel/spur board) - 09/17\n"
     "Step 5 full practice on bucking horses - after written clearance below\n"
     "Step 6 competition - not before the Sturgis Fall Rodeo, 10/04/2025\n"
     "\n"
     "Advice: neck-strengthening program, rodeo vest and helmet every ride. Any recurrence of headache, "
     "dizziness or vision change -> stop and return to clinic. Second impact syndrome discussed.\n"
     "\n"
     "Cleared for Step 5 on 09/18/2025 if Steps 3-4 completed without symptoms (AT to confirm by phone).\n"
     "Signed: Esperanza Whitebird-Lund, DO, CAQSM | SD BMOE license 8843 | NPI 1295716847",
     [("HOSPITAL", ["Monument Health Rapid City Hospital"]), ("ADDRESS", ["353 Fairmont Blvd"]),
      ("LOCATION", ["Rapid City"]), ("POSTCODE", ["57701"]), ("PHONE", ["(605) 555-0172"]),
      ("NAME", ["Colter", "James", "Heupel"]), ("NAME", ["Tater"]), ("DATE", ["05/11/2008"]), ("MRN", ["MH-6620915"]),
      ("LOCATION", ["Faith High School"]), ("NAME", ["Shawna", "Heupel"]), ("ADDRESS", ["16420 Cheyenne River Rd"]),
      ("LOCATION", ["Faith"]), ("POSTCODE", ["57626"]), ("PHONE", ["(605) 555-0109"]),
      ("EMAIL", ["shawna.heupel.ranch@plainsmail.example.com"]), ("NAME", ["Brody", "Ketterling"]),
      ("LICENCE", ["0914"]), ("NAME", ["Lyle", "Cotton", "Tschetter"]), ("DATE", ["08/30/2025"]),
      ("LOCATION", ["Interior"]), ("HOSPITAL", ["Philip Health Services"]), ("DATE", ["09/02/2025"]),
      ("DATE", ["09/12/2025"]), ("DATE", ["07/2025"]), ("DATE", ["09/08"]), ("DATE", ["09/05"]), ("DATE", ["09/13"]),
      ("DATE", ["09/15"]), ("DATE", ["09/17"]), ("LOCATION", ["Sturgis"]), ("DATE", ["10/04/2025"]),
      ("DATE", ["09/18/2025"]), ("NAME", ["Esperanza", "Whitebird-Lund"]), ("LICENCE", ["8843"]),
      ("ID", ["1295716847"])],
     ["SCAT6", "12/22", "41/132", "Maddocks questions 4/5", "BESS 18 errors", "VOMS", "convergence 9 cm",
      "Buffalo Concussion Treadmill Test", "ImPACT", "RCI", "Canadian CT Head Rule", "Second impact syndrome",
      "Troxel", "CAQSM", "no LOC"]),

    # 23 - Mauritius (Pamplemousses / Rivière du Rempart): area health centre referral letter to nephrology
    ("MINISTRY OF HEALTH AND WELLNESS - REPUBLIC OF MAURITIUS\n"
     "Goodlands Area Health Centre, Royal Road, Goodlands | Tel 283 5541\n"
     "\n"
     "7 November 2025\n"
     "\n"
     "To: The Consultant Nephrologist (Dr Vikash Ramdewar-Seeburn)\n"
     "Renal Unit, Sir Seewoosagur Ramgoolam National Hospital, Pamplemousses\n"
     "\n"
     "Dear Doctor,\n"
     "\n"
     "Re: Mrs Devika Ramnarain-Soobrah, 61 yrs, NIC R1503642104117, Hosp. card SSRN-0771642\n"
     "Address: Morc. Ste Claire, Avenue des Flamboyants, Triolet\n"
     "Contact: 5 7294 1183 (self); daughter Anjali, 5 9821 4406\n"
     "\n"
     "Kindly see this lady, a known case of T2DM x 22 yrs, HTN and diabetic retinopathy (on laser at Subramania "
     "Bharati Eye Hospital, Moka), for progressive CKD. Followed at our NCD clinic every 3 months.\n"
     "\n"
     "Results (our lab / SSRNH lab):\n"
     "  Creatinine 118 -> 164 -> 212 umol/L (Mar / Jul / Oct)\n"
     "  eGFR (CKD-EPI 2021) 44 -> 30 -> 21 mL/min/1.73m2\n"
     "  Urine ACR 84 mg/mmol; K 5.6 mmol/L; HCO3 18; Hb 9.4 g/dL, normocytic; HbA1c 8.9%\n"
     "  USS KUB: kidneys 9.1 / 9.4 cm, increased echogenicity, no hydronephrosis.\n"
     "KDIGO G4A3. Probably diabetic nephropathy (Kimmelstiel-Wilson) but the fall is steep over 7 months.\n"
     "\n"
     "Current Rx: Metformin 850 mg BD (STOPPED today), Gliclazide MR 60 mg OD, Insulin Mixtard 30/70 18 U mane "
     "12 U nocte (started today), Losartan 50 mg OD (held because of K 5.6), Amlodipine 10 mg OD, Atorvastatin 20 mg "
     "nocte. She had been taking a 'tisane' from a herbalist at the Centre de Flacq market and ibuprofen for knee "
     "pain - both stopped.\n"
     "\n"
     "I would be grateful for your opinion regarding the cause of the rapid decline, anaemia (? ESA), acidosis and "
     "K management, and counselling about renal replacement therapy. She is keen on peritoneal dialysis if needed, "
     "as her son-in-law works nights at the Mon Loisir sugar estate and transport to a haemodialysis unit would be "
     "difficult. Her husband, Mr Harish Soobrah, is a retired teacher from the Rivière du Rempart SSS.\n"
     "\n"
     "Thank you.\n"
     "Yours sincerely,\n"
     "\n"
     "Dr N. B. Fokeerbux-Lan Hing Po\n"
     "Medical Officer, Goodlands AHC | MCM Reg. No. 04127",
     [("HOSPITAL", ["Goodlands Area Health Centre"]), ("ADDRESS", ["Royal Road"]), ("LOCATION", ["Goodlands"]),
      ("PHONE", ["283 5541"]), ("DATE", ["7 November 2025"]), ("NAME", ["Vikash", "Ramdewar-Seeburn"]),
      ("HOSPITAL", ["Sir Seewoosagur Ramgoolam National Hospital"]), ("LOCATION", ["Pamplemousses"]),
      ("NAME", ["Devika", "Ramnarain-Soobrah"]), ("ID", ["R1503642104117"]), ("MRN", ["SSRN-0771642"]),
      ("ADDRESS", ["Morc. Ste Claire, Avenue des Flamboyants"]), ("LOCATION", ["Triolet"]),
      ("PHONE", ["5 7294 1183"]), ("NAME", ["Anjali"]), ("PHONE", ["5 9821 4406"]),
      ("HOSPITAL", ["Subramania Bharati Eye Hospital"]), ("LOCATION", ["Moka"]), ("HOSPITAL", ["SSRNH"]),
      ("DATE", ["Mar"]), ("DATE", ["Jul"]), ("DATE", ["Oct"]), ("LOCATION", ["Centre de Flacq"]),
      ("LOCATION", ["Mon Loisir"]), ("NAME", ["Harish", "Soobrah"]), ("LOCATION", ["Rivière du Rempart SSS"]),
      ("NAME", ["N. B.", "Fokeerbux-Lan Hing Po"]), ("HOSPITAL", ["Goodlands AHC"]), ("LICENCE", ["04127"])],
     ["T2DM x 22 yrs", "HTN", "diabetic retinopathy", "CKD-EPI 2021", "Urine ACR 84 mg/mmol", "K 5.6 mmol/L",
      "Hb 9.4 g/dL", "HbA1c 8.9%", "USS KUB", "KDIGO G4A3", "Kimmelstiel-Wilson", "Metformin 850 mg BD",
      "Gliclazide MR 60 mg OD", "Insulin Mixtard 30/70", "Losartan 50 mg OD", "Amlodipine 10 mg OD",
      "Atorvastatin 20 mg", "peritoneal dialysis", "ESA"]),
]
