"""Notes 12-23 of the forty-first HELD-OUT set (see :mod:`deid_notes_heldout41` for how it was written and what it
holds).

These 12 notes hold 379 planted identifier parts in 331 (kind, parts) entries and 153 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 12, a note of an Adults with Incapacity section 47 certificate and
treatment plan for a patient aged 94 (Isle of Skye, Gaelic names, a croft and a nurse's initials IM); 14, an obstetric
fistula centre admission summary and operation note (Kano, Hausa and Igbo names, Malam and Hajiya); 16, a Form 10
brain-stem death certificate with a brainstem reflex table, a board of four doctors and consent to organ donation
(Kerala, a house name as address, initials after names); 18, a colposcopy report with see-and-treat LLETZ (Guyana,
Georgetown and East Coast Demerara, a lot and section address, staff initials NR and GA); 20, a safeguarding strategy
meeting minute for an infant with an attendance table and speakers' initials (Birmingham, a case-management URL, a
TikTok handle and the father's car); 21, a skin lesion clinic referral letter for a melanoma (Canterbury, Christchurch
and Little River, an IPv4 address and a teledermatology URL); 22, a civil surgeon's worksheet for a Form I-693
immigration medical examination (Louisville, Kentucky, an Afghan applicant and his family, an A-Number, a passport and
an interpreter ID); 23, a cholera treatment centre patient card with a fluid chart and nurses' initials TM and PS
(Bulawayo and Tsholotsho, Christmas Day). In other scripts: 13, a blood donor adverse reaction report with a vital
signs table and dotted staff initials (Alexandroupoli and Feres, Greek, an ISBT 128 donation number); 15, a
radiotherapy completion summary with a linear accelerator serial number (Qingdao, simplified Chinese, 国庆节 and
11月中旬); 17, a paediatric emergency note for a simple febrile seizure on Orthodox Easter Sunday (Kalamata and Koroni,
Greek, an EKAB ambulance plate); 19, an advance care planning consultation record under the Patient Right to Autonomy
Act for a patient aged 94 (Tainan, traditional Chinese, Republic of China calendar dates, the age also in Chinese
numerals, 端午節). Where a real identifier has a check digit (Scottish CHI, Greek AMKA, Aadhaar, Chinese resident ID,
Taiwan ID, NHS number, NZ NHI, US NPI) the planted one passes it. Entries per kind here: NAME 90, LOCATION 58, DATE 54,
HOSPITAL 24, ID 22, PHONE 21, ADDRESS 18, POSTCODE 11, LICENCE 10, MRN 6, AGE 4, EMAIL 3, PLATE 3, DOB90 2, URL 2,
SERIAL 1, HANDLE 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Scotland, Highland (Isle of Skye): Adults with Incapacity section 47 certificate note, patient aged 94
    ("NHS Highland - Portree Medical Centre, Portree, Isle of Skye IV51 9BZ | 01478 555 300\n"
     "Adults with Incapacity (Scotland) Act 2000 - section 47 certificate: note of assessment and treatment plan\n"
     "Date of assessment: 03/03/2026, at home\n"
     "Adult: Mrs Morag Nicolson | DOB 17/06/1931 | aged 94 | CHI 1706312342\n"
     "Address: 4 Balmeanach, Braes, Portree IV51 9LJ (croft house; her son lives with her)\n"
     "Born on Raasay; postmistress at the Portree post office until 1991; widowed 2011. Gaelic first language.\n"
     "Condition: Alzheimer's disease, advanced - MMSE 9/30 in March 2025, now unable to complete it. Cannot "
     "understand, retain or weigh information about treatment; assessed in Gaelic with her son present.\n"
     "Treatment covered by the certificate: routine GP and district nursing care; blood tests; hydroxocobalamin "
     "1 mg intramuscular every 12 weeks; antibiotics for infection; pressure ulcer care (Category 2, L heel; "
     "Waterlow 18; MUST score 2); seasonal flu and COVID vaccination; admission for care to the Dr MacKinnon "
     "Memorial Hospital, Broadford, if needed.\n"
     "Not covered: CPR - DNACPR form and Anticipatory Care Plan in place since Christmas; any surgery or anaesthetic "
     "(would need a separate assessment).\n"
     "Consulted: welfare and continuing Power of Attorney - son, Alasdair Nicolson (OPG registration seen; "
     "07700 900 418), in agreement. Daughter Catriona (\"Trina\") MacLeod in Inverness updated by phone.\n"
     "Duration: 12 months, to 02/03/2027.\n"
     "She sang to me as I left and told me she will be 95 in June.\n"
     "Dr Euan Matheson, GP | GMC 7041826\n"
     "cc: DN team (Iona MacAskill, IM); Care at Home Skye, Kyle office",
     [("HOSPITAL", ["Portree Medical Centre"]), ("LOCATION", ["Portree"]), ("LOCATION", ["Skye"]),
      ("POSTCODE", ["IV51 9BZ"]), ("PHONE", ["01478 555 300"]), ("DATE", ["03/03/2026"]),
      ("NAME", ["Morag", "Nicolson"]), ("DOB90", ["17/06/1931"]), ("AGE", ["94"]), ("ID", ["1706312342"]),
      ("ADDRESS", ["4 Balmeanach"]), ("LOCATION", ["Braes"]), ("POSTCODE", ["IV51 9LJ"]), ("LOCATION", ["Raasay"]),
      ("LOCATION", ["Portree post office"]), ("DATE", ["1991"]), ("DATE", ["2011"]), ("DATE", ["March 2025"]),
      ("HOSPITAL", ["Dr MacKinnon Memorial Hospital"]), ("LOCATION", ["Broadford"]), ("DATE", ["Christmas"]),
      ("NAME", ["Alasdair"]), ("PHONE", ["07700 900 418"]), ("NAME", ["Catriona", "Trina", "MacLeod"]),
      ("LOCATION", ["Inverness"]), ("DATE", ["02/03/2027"]), ("AGE", ["95"]), ("DATE", ["June"]),
      ("NAME", ["Euan", "Matheson"]), ("LICENCE", ["7041826"]), ("NAME", ["Iona", "MacAskill"]), ("NAME", ["IM"]),
      ("LOCATION", ["Kyle"])],
     ["Adults with Incapacity (Scotland) Act 2000", "Alzheimer's disease", "MMSE 9/30", "hydroxocobalamin 1 mg",
      "Category 2", "Waterlow 18", "MUST score 2", "CPR", "DNACPR", "Anticipatory Care Plan", "Power of Attorney"]),

    # 13 - Greece, Eastern Macedonia and Thrace (Alexandroupoli, Feres): blood donor adverse reaction report (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης - Υπηρεσία Αιμοδοσίας\n"
     "Δραγάνα, 681 00 Αλεξανδρούπολη | τηλ. 25513 51 418 | aimodosia@pgna-hosp.gr\n"
     "ΔΕΛΤΙΟ ΑΝΕΠΙΘΥΜΗΤΗΣ ΑΝΤΙΔΡΑΣΗΣ ΑΙΜΟΔΟΤΗ\n"
     "Σάββατο 7 Φεβρουαρίου 2026 - κινητό συνεργείο στο Πολιτιστικό Κέντρο Φερών (εξόρμηση του Συλλόγου Εθελοντών "
     "Αιμοδοτών Φερών «Η Αλληλεγγύη»)\n"
     "Αιμοδότης: Αθανάσιος Παπαδόγλου του Ιωάννη («Θάνος»), 19 ετών, φοιτητής Ιατρικής στο ΔΠΘ, ΑΜΚΑ 05100614188\n"
     "Διεύθυνση: Μάκρης 27, 684 00 Φέρες | κιν. 699 555 3047\n"
     "Αρ. αιμοδότη: ΑΛΞ-26-0418 | Αρ. μονάδας (ISBT 128 DIN): G0418 26 004187\n"
     "Πρώτη αιμοδοσία. Προαιμοδοτικός έλεγχος: Hb 14,6 g/dL, ΑΠ 122/74, σφύξεις 78, ΒΣ 68 kg. Είχε φάει πρωινό.\n"
     "Συλλογή: ασκός CPD-SAGM τετραπλός, 470 mL σε 8 λεπτά, δεξιά βασιλική φλέβα.\n"
     "Συμβάν: 2 λεπτά μετά το τέλος, όρθιος στο τραπέζι με τα αναψυκτικά: ωχρότητα, εφίδρωση, ναυτία, συγκοπή ~10 "
     "δευτερόλεπτα· χωρίς κάκωση (τον συγκράτησε ο εθελοντής Στέλιος), χωρίς σπασμούς ή ακράτεια.\n"
     "Ώρα  | ΑΠ     | Σφύξεις | Υπογρ.\n"
     "11:12 | 82/48  | 46      | Α.Τ.\n"
     "11:20 | 104/66 | 64      | Α.Τ.\n"
     "11:35 | 118/72 | 74      | Χ.Ζ.\n"
     "Αντιμετώπιση: θέση Trendelenburg, ανύψωση κάτω άκρων, Ringer 500 mL ΕΦ, υγρά από το στόμα.\n"
     "Ταξινόμηση (ISBT/IHN): αγγειοπνευμονογαστρική αντίδραση με απώλεια συνείδησης, μέτριας βαρύτητας, άμεση.\n"
     "Αποχώρησε 12:10 με τον πατέρα του, Ιωάννη (κιν. 694 555 7210), που οδήγησε. Οδηγίες για τις επόμενες 24 ώρες.\n"
     "Ιατρός: Χρυσούλα Ζαφειρίου (Χ.Ζ.) | Νοσηλεύτρια: Αγάπη Τσολάκη (Α.Τ.)",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης"]), ("LOCATION", ["Δραγάνα"]),
      ("POSTCODE", ["681 00"]), ("LOCATION", ["Αλεξανδρούπολη"]), ("PHONE", ["25513 51 418"]),
      ("EMAIL", ["aimodosia@pgna-hosp.gr"]), ("DATE", ["7 Φεβρουαρίου 2026"]),
      ("LOCATION", ["Πολιτιστικό Κέντρο Φερών"]), ("LOCATION", ["Συλλόγου Εθελοντών Αιμοδοτών Φερών"]),
      ("LOCATION", ["Η Αλληλεγγύη"]), ("NAME", ["Αθανάσιος", "Παπαδόγλου"]), ("NAME", ["Ιωάννη"]), ("NAME", ["Θάνος"]),
      ("LOCATION", ["ΔΠΘ"]), ("ID", ["05100614188"]), ("ADDRESS", ["Μάκρης 27"]), ("POSTCODE", ["684 00"]),
      ("LOCATION", ["Φέρες"]), ("PHONE", ["699 555 3047"]), ("ID", ["ΑΛΞ-26-0418"]), ("ID", ["G0418 26 004187"]),
      ("NAME", ["Στέλιος"]), ("NAME", ["Α.Τ."]), ("NAME", ["Χ.Ζ."]), ("PHONE", ["694 555 7210"]),
      ("NAME", ["Χρυσούλα", "Ζαφειρίου"]), ("NAME", ["Αγάπη", "Τσολάκη"])],
     ["ISBT 128", "Hb 14,6 g/dL", "ΑΠ 122/74", "CPD-SAGM", "470 mL", "χωρίς κάκωση", "Trendelenburg", "Ringer 500 mL",
      "ISBT/IHN", "αγγειοπνευμονογαστρική αντίδραση"]),

    # 14 - Nigeria, Kano State: obstetric fistula centre admission summary and operation note
    ("MURTALA MUHAMMAD SPECIALIST HOSPITAL, KANO - Laure Fistula Centre\n"
     "OBSTETRIC FISTULA: ADMISSION SUMMARY AND OPERATION NOTE\n"
     "Date of surgery: Wednesday 22/10/2025 | Theatre 2 | Hosp. No. MMSH/VVF/25/0418 | NIN 70418293516\n"
     "Patient: Hauwa'u Musa | 19 F | Para 1+0, no living child\n"
     "Address: Kafin Maiyaki village, Kiru LGA. Husband: Malam Idris Bello, farmer (0803 555 4182).\n"
     "History: married at 15; laboured 3 days at home in March 2024, then taken by okada to Kiru General Hospital - "
     "fresh stillbirth delivered by vacuum. Continuous leakage of urine since; L foot drop, resolved by 6 months. "
     "Was living with her mother in Tudun Wada; brought by her mother-in-law, Hajiya Binta, after a radio "
     "announcement of the free repair camp.\n"
     "EUA: single midvaginal fistula, 2.5 cm, 3 cm from the external urethral meatus; urethra intact; moderate "
     "fibrosis. Goh type 2b ii; Waaldijk IIAa. Bladder capacity ~150 mL. Methylene blue dye test: dye through the "
     "defect; ureteric orifices clear.\n"
     "Pre-op: Hb 10.4 g/dL; HIV non-reactive; urine m/c/s - no growth.\n"
     "Operation: transvaginal layered repair under spinal (bupivacaine heavy 0.5% 2.5 mL). Martius flap not needed. "
     "Repeat methylene blue dye test: no leak. Foley 16Fr to stay 14 days; IV ceftriaxone 1 g, single dose.\n"
     "Post-op: oral fluids 4-5 L/day, strict input/output chart, catheter kept free-draining, bed rest 24 h.\n"
     "Surgeon: Dr. Aminu Kabir Danjuma, FWACS (MDCN 30518) | Assistant: Dr. Chiamaka Eze-Ugwu | Nurse anaesthetist: "
     "Mr. Yakubu Garba | Scrub: Sister Fatima\n"
     "Dye test witnessed: AKD / CEU",
     [("HOSPITAL", ["MURTALA MUHAMMAD SPECIALIST HOSPITAL"]), ("LOCATION", ["KANO"]),
      ("HOSPITAL", ["Laure Fistula Centre"]), ("DATE", ["22/10/2025"]), ("MRN", ["MMSH/VVF/25/0418"]),
      ("ID", ["70418293516"]), ("NAME", ["Hauwa'u", "Musa"]), ("LOCATION", ["Kafin Maiyaki"]), ("LOCATION", ["Kiru"]),
      ("NAME", ["Idris", "Bello"]), ("PHONE", ["0803 555 4182"]), ("DATE", ["March 2024"]),
      ("HOSPITAL", ["Kiru General Hospital"]), ("LOCATION", ["Tudun Wada"]), ("NAME", ["Binta"]),
      ("NAME", ["Aminu", "Kabir", "Danjuma"]), ("LICENCE", ["30518"]), ("NAME", ["Chiamaka", "Eze-Ugwu"]),
      ("NAME", ["Yakubu", "Garba"]), ("NAME", ["Fatima"]), ("NAME", ["AKD"]), ("NAME", ["CEU"])],
     ["Para 1+0", "foot drop", "EUA", "Goh type 2b ii", "Waaldijk IIAa", "Methylene blue dye test", "Hb 10.4 g/dL",
      "HIV non-reactive", "bupivacaine heavy 0.5% 2.5 mL", "Martius flap", "Foley 16Fr", "ceftriaxone 1 g"]),

    # 15 - China, Shandong (Qingdao, Laoshan): radiotherapy completion summary, oesophageal cancer (simplified)
    ("青岛大学附属医院　放射治疗科（崂山院区）\n"
     "青岛市崂山区海尔路59号　科室电话：0532-8291 4187\n"
     "放射治疗小结\n"
     "住院号：QD2504187　放疗号：RT25-0418\n"
     "姓名：孙桂兰　性别：女　年龄：67岁　出生日期：1958年3月16日\n"
     "身份证号：370212195803164520\n"
     "住址：崂山区沙子口街道南窑村33号　联系人：女儿 王海燕，手机 155-6392-0418\n"
     "诊断：食管鳞状细胞癌（胸中段），cT3N1M0，IIIA期（AJCC第8版）\n"
     "治疗方式：同步放化疗\n"
     "放疗技术：VMAT，6MV X线，Elekta Versa HD 直线加速器（设备编号 VHD-153418），每日CBCT图像引导\n"
     "处方剂量：PTV 50.4 Gy/28 F（1.8 Gy/F）\n"
     "放疗时间：2025年9月1日至10月10日，共28次，国庆节期间未中断（周末照常休息）\n"
     "同步化疗：紫杉醇 50 mg/m² + 卡铂 AUC 2，每周一次，共5周\n"
     "不良反应：放射性食管炎 2级（RTOG），骨髓抑制 I度（WBC 3.2×10⁹/L），体重下降 3.5 kg，NRS2002 3分\n"
     "出院医嘱：1. 流质或半流质饮食，康复新液 10 ml 每日三次；2. 放疗结束后4-6周（约11月中旬）复查胃镜及胸部增强CT；"
     "3. 如吞咽梗阻加重、发热、呕血或进食时呛咳，及时就诊。\n"
     "主管医师：刘洋　上级医师：于振华（主任医师）　物理师：隋明月\n"
     "小结日期：2025-10-10",
     [("HOSPITAL", ["青岛大学附属医院"]), ("LOCATION", ["崂山院区"]), ("LOCATION", ["青岛市"]), ("LOCATION", ["崂山区"]),
      ("ADDRESS", ["海尔路59号"]), ("PHONE", ["0532-8291 4187"]), ("MRN", ["QD2504187"]), ("ID", ["RT25-0418"]),
      ("NAME", ["孙桂兰"]), ("DATE", ["1958年3月16日"]), ("ID", ["370212195803164520"]), ("LOCATION", ["沙子口街道"]),
      ("ADDRESS", ["南窑村33号"]), ("NAME", ["王海燕"]), ("PHONE", ["155-6392-0418"]), ("SERIAL", ["VHD-153418"]),
      ("DATE", ["2025年9月1日"]), ("DATE", ["10月10日"]), ("DATE", ["国庆节"]), ("DATE", ["11月中旬"]), ("NAME", ["刘洋"]),
      ("NAME", ["于振华"]), ("NAME", ["隋明月"]), ("DATE", ["2025-10-10"])],
     ["食管鳞状细胞癌", "cT3N1M0", "IIIA期", "AJCC第8版", "VMAT", "6MV", "Elekta Versa HD", "CBCT", "50.4 Gy/28 F",
      "1.8 Gy/F", "紫杉醇 50 mg/m²", "卡铂 AUC 2", "放射性食管炎 2级（RTOG）", "NRS2002 3分"]),

    # 16 - India, Kerala (Kochi, Kottayam district): Form 10 brain-stem death certificate and organ donation
    ("Vembanad Institute of Medical Sciences (VIMS), Kochi - Neuro ICU\n"
     "FORM 10: CERTIFICATE OF BRAIN-STEM DEATH under the Transplantation of Human Organs and Tissues Act, 1994\n"
     "Patient: Mr. Jithin Varghese | 28 M | UHID VIMS-2511-04187 | Aadhaar 4830 5172 9663\n"
     "Address: Thekkumthala House, Kizhathadiyoor, Pala, Kottayam Dist. 686574. Sales executive, Malanad Motors.\n"
     "Admitted 15/11/2025 after a two-wheeler vs KSRTC bus collision on the MC Road near Ettumanoor (no helmet). "
     "CT: diffuse SAH, effaced basal cisterns, midline shift 9 mm (Marshall class IV). GCS 3/15 since day 2; off "
     "sedation > 48 h; T 36.4, Na 149, glucose 142 mg/dL, no neuromuscular blockade.\n"
     "Brainstem reflexes | Test 1 (17/11, 06:00) | Test 2 (17/11, 12:10)\n"
     "Pupils to light | fixed 6 mm, absent | fixed 6 mm, absent\n"
     "Corneal | absent | absent\n"
     "Oculocephalic (doll's eye) | absent | absent\n"
     "Vestibulo-ocular (cold caloric, 50 mL) | absent | absent\n"
     "Gag and cough | absent | absent\n"
     "Apnoea test, PaCO2 (mmHg) | 41 -> 66, pH 7.18 | 43 -> 70, pH 7.16\n"
     "Conclusion: brain-stem death; time of death 12:10 on 17/11/2025 (second test).\n"
     "Board of medical experts:\n"
     "1. Dr. Rajeev Menon, Medical Superintendent, RMP in charge - TCMC 41827\n"
     "2. Dr. Fathima Beevi K., Neurologist, from the approved panel - TCMC 52390\n"
     "3. Dr. Anand Krishnan Nair, Neurosurgeon - TCMC 38815\n"
     "4. Dr. Sreelakshmi P., treating intensivist - TCMC 60472\n"
     "Support: noradrenaline 0.2 mcg/kg/min, vasopressin 0.03 U/min; diabetes insipidus on desmopressin.\n"
     "Donation: father Mr. Varghese Mathew and mother Mrs. Annamma Varghese consented (Form 8). K-SOTTO donor no. "
     "K-SOTTO/DD/2025/418: heart, liver, both kidneys and corneas for allocation.\n"
     "Transplant coordinator: Ms. Liji Jose, 94470 55418, liji.jose@vims-kochi.in",
     [("HOSPITAL", ["Vembanad Institute of Medical Sciences"]), ("HOSPITAL", ["VIMS"]), ("LOCATION", ["Kochi"]),
      ("NAME", ["Jithin", "Varghese"]), ("MRN", ["VIMS-2511-04187"]), ("ID", ["4830 5172 9663"]),
      ("ADDRESS", ["Thekkumthala House"]), ("LOCATION", ["Kizhathadiyoor"]), ("LOCATION", ["Pala"]),
      ("LOCATION", ["Kottayam"]), ("POSTCODE", ["686574"]), ("LOCATION", ["Malanad Motors"]), ("DATE", ["15/11/2025"]),
      ("LOCATION", ["MC Road"]), ("LOCATION", ["Ettumanoor"]), ("DATE", ["17/11"]), ("DATE", ["17/11/2025"]),
      ("NAME", ["Rajeev", "Menon"]), ("LICENCE", ["41827"]), ("NAME", ["Fathima", "Beevi", "K."]),
      ("LICENCE", ["52390"]), ("NAME", ["Anand", "Krishnan", "Nair"]), ("LICENCE", ["38815"]),
      ("NAME", ["Sreelakshmi", "P."]), ("LICENCE", ["60472"]), ("NAME", ["Mathew"]), ("NAME", ["Annamma"]),
      ("ID", ["K-SOTTO/DD/2025/418"]), ("NAME", ["Liji", "Jose"]), ("PHONE", ["94470 55418"]),
      ("EMAIL", ["liji.jose@vims-kochi.in"])],
     ["FORM 10", "Transplantation of Human Organs and Tissues Act, 1994", "SAH", "Marshall class IV", "GCS 3/15",
      "doll's eye", "cold caloric", "Apnoea test", "PaCO2", "noradrenaline 0.2 mcg/kg/min",
      "vasopressin 0.03 U/min", "diabetes insipidus", "desmopressin", "Form 8"]),

    # 17 - Greece, Peloponnese (Kalamata, Messinia): paediatric emergency note, simple febrile seizure on Easter (Greek)
    ("Γενικό Νοσοκομείο Μεσσηνίας - Νοσηλευτική Μονάδα Καλαμάτας, Παιδιατρική Κλινική\n"
     "Αντικάλαμος, 241 00 Καλαμάτα | τηλ. 27213 63 418\n"
     "ΤΜΗΜΑ ΕΠΕΙΓΟΝΤΩΝ ΠΕΡΙΣΤΑΤΙΚΩΝ - ΙΑΤΡΙΚΟ ΣΗΜΕΙΩΜΑ\n"
     "Κυριακή του Πάσχα, 12 Απριλίου 2026, ώρα 16:40 | Αρ. πρωτ. ΤΕΠ 2604-1187\n"
     "Ασθενής: Παναγιώτα Δημητρακοπούλου του Χρήστου («Γιωτούλα»), 2 ετών και 10 μηνών, γεν. 22/05/2023, ΑΜΚΑ "
     "22052314279\n"
     "Διεύθυνση: Ευαγγελιστρίας 14, Μικρή Μαντίνεια | κιν. μητέρας 697 255 5418\n"
     "Ιστορικό: πυρετός από το πρωί (μέγιστος 39,6 °C). Στο τραπέζι, στο σπίτι της γιαγιάς της στην Κορώνη, "
     "γενικευμένοι τονικοκλονικοί σπασμοί ~3 λεπτά, υποχώρησαν αυτόματα· διακομιδή με ΕΚΑΒ (ασθενοφόρο ΚΗΙ 4182). "
     "Πρώτο επεισόδιο. Ο πατέρας, Χρήστος, είχε πυρετικούς σπασμούς ως παιδί. Εμβόλια πλήρη.\n"
     "Διαλογή: ESI 2 | Θ 39,1 °C, ΣΦ 148, SpO2 98%, σάκχαρο 96 mg/dL (νοσ. Β.Μ.)\n"
     "Εξέταση: GCS 15 στα 40 λεπτά, ευερέθιστη, χωρίς εστιακά σημεία· σημεία Kernig και Brudzinski αρνητικά, "
     "πρόσθια πηγή κλειστή. Ωτοσκόπηση: ερυθρός, προπέτων τυμπανικός υμένας αριστερά.\n"
     "Διάγνωση: Απλοί πυρετικοί σπασμοί· οξεία μέση ωτίτιδα (ΟΜΩ) αριστερά.\n"
     "Αγωγή: παρακεταμόλη 15 mg/kg (Depon σιρόπι), αμοξικιλλίνη 90 mg/kg/ημ σε 2 δόσεις για 7 ημέρες. Παραμονή για "
     "παρακολούθηση 6 ωρών. Εκπαίδευση γονέων· συνταγή Buccolam 5 mg για σπασμούς πάνω από 5 λεπτά.\n"
     "Μητέρα: Μαρία Δημητρακοπούλου. Η γιαγιά, Ασημίνα, έμεινε με τον αδελφό της, Γιάννη.\n"
     "Επανεκτίμηση: Τρίτη 14/4 στο εξωτερικό ιατρείο.\n"
     "Η εφημερεύουσα: Σταυρούλα Κουτσογιαννοπούλου, Επιμελήτρια Α΄ Παιδιατρικής",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Μεσσηνίας"]), ("HOSPITAL", ["Νοσηλευτική Μονάδα Καλαμάτας"]),
      ("LOCATION", ["Αντικάλαμος"]), ("POSTCODE", ["241 00"]), ("LOCATION", ["Καλαμάτα"]), ("PHONE", ["27213 63 418"]),
      ("DATE", ["Πάσχα"]), ("DATE", ["12 Απριλίου 2026"]), ("ID", ["2604-1187"]),
      ("NAME", ["Παναγιώτα", "Δημητρακοπούλου"]), ("NAME", ["Χρήστου"]), ("NAME", ["Γιωτούλα"]),
      ("DATE", ["22/05/2023"]),
      ("ID", ["22052314279"]), ("ADDRESS", ["Ευαγγελιστρίας 14"]), ("LOCATION", ["Μικρή Μαντίνεια"]),
      ("PHONE", ["697 255 5418"]), ("LOCATION", ["Κορώνη"]), ("PLATE", ["ΚΗΙ 4182"]), ("NAME", ["Χρήστος"]),
      ("NAME", ["Β.Μ."]), ("NAME", ["Μαρία"]), ("NAME", ["Ασημίνα"]), ("NAME", ["Γιάννη"]), ("DATE", ["14/4"]),
      ("NAME", ["Σταυρούλα", "Κουτσογιαννοπούλου"])],
     ["39,6 °C", "ESI 2", "SpO2 98%", "GCS 15", "Kernig", "Brudzinski", "Απλοί πυρετικοί σπασμοί", "ΟΜΩ",
      "παρακεταμόλη 15 mg/kg", "Depon", "αμοξικιλλίνη 90 mg/kg/ημ", "Buccolam 5 mg"]),

    # 18 - Guyana (Georgetown, East Coast Demerara): colposcopy report with see-and-treat LLETZ
    ("Georgetown Public Hospital Corporation (GPHC) - Colposcopy Clinic, Gynaecology Outpatients\n"
     "New Market Street, North Cummingsburg, Georgetown\n"
     "COLPOSCOPY REPORT | Date: 09-Jan-2026\n"
     "Patient: Ms. Shondell Persaud-Fraser | 34 F | DOB 14-Aug-1991 | Reg. No. GPHC/GYN/0418273 | NIS No. 4182736\n"
     "Address: Lot 27 Section 'B', Non Pareil, East Coast Demerara | tel 592-655-4182\n"
     "Works as a teller, Republic Bank, Water Street branch.\n"
     "Referred from Ann's Grove Health Centre: VIA positive at screening (Dec 2025); hrHPV (cobas): HPV 16 "
     "detected; cytology: HSIL.\n"
     "G3P2, LMP 29/12/25; contraception: Jadelle implant in situ. Smokes 5/day. HIV negative (Dec 2025).\n"
     "Findings: transformation zone type 2 (TZ2), fully seen with the endocervical speculum - adequate. Dense "
     "acetowhite lesion 12 to 3 o'clock, 2 quadrants, sharp border, coarse mosaicism and punctation, inner border "
     "sign present. Lugol's iodine: non-staining (Schiller test positive). Swede score 7.\n"
     "Impression: high-grade lesion, ?CIN 2/3. No features of invasion.\n"
     "Procedure (see and treat, consented): LLETZ under local - lignocaine 2% with adrenaline, 4 mL; single pass, "
     "18 x 14 x 9 mm, to histopathology (lab no. H26-00418). Haemostasis with ball diathermy and Monsel's "
     "solution.\n"
     "Advice: no intercourse, tampons or swimming for 4 weeks; come back for heavy bleeding or fever.\n"
     "Follow-up: histology review 30/01; test of cure (hrHPV) at 6 months.\n"
     "Her partner Rawle drove her home.\n"
     "Colposcopist: Dr. Nalini Ramcharran (NR), MBBS, DM (O&G) | Guyana Medical Council reg. 2418\n"
     "Nurse: Sister Grace Adams (GA)",
     [("HOSPITAL", ["Georgetown Public Hospital Corporation"]), ("HOSPITAL", ["GPHC"]),
      ("ADDRESS", ["New Market Street"]), ("LOCATION", ["North Cummingsburg"]), ("LOCATION", ["Georgetown"]),
      ("DATE", ["09-Jan-2026"]), ("NAME", ["Shondell", "Persaud-Fraser"]), ("DATE", ["14-Aug-1991"]),
      ("MRN", ["GPHC/GYN/0418273"]), ("ID", ["4182736"]), ("ADDRESS", ["Lot 27 Section 'B'"]),
      ("LOCATION", ["Non Pareil"]), ("LOCATION", ["East Coast Demerara"]), ("PHONE", ["592-655-4182"]),
      ("LOCATION", ["Republic Bank"]), ("ADDRESS", ["Water Street"]), ("HOSPITAL", ["Ann's Grove Health Centre"]),
      ("DATE", ["Dec 2025"]), ("DATE", ["29/12/25"]), ("ID", ["H26-00418"]), ("DATE", ["30/01"]), ("NAME", ["Rawle"]),
      ("NAME", ["Nalini", "Ramcharran"]), ("NAME", ["NR"]), ("LICENCE", ["2418"]), ("NAME", ["Grace", "Adams"]),
      ("NAME", ["GA"])],
     ["VIA positive", "cobas", "HPV 16", "HSIL", "G3P2", "Jadelle", "TZ2", "inner border sign", "Lugol's iodine",
      "Schiller test", "Swede score 7", "CIN 2/3", "LLETZ", "Monsel's solution"]),

    # 19 - Taiwan, Tainan (Yongkang, Qigu): advance care planning consultation record, patient aged 94 (traditional)
    ("奇美醫學中心　預立醫療照護諮商門診\n"
     "臺南市永康區中華路901號　諮商專線：(06)281-4187\n"
     "預立醫療照護諮商紀錄（依《病人自主權利法》）\n"
     "諮商日期：民國115年1月20日（星期二）14:00-15:10\n"
     "意願人：黃吳月娥　女　94歲　出生日期：民國20年8月15日\n"
     "身分證統一編號：D204173859　病歷號：CM-3418276\n"
     "住址：臺南市七股區篤加里12鄰28號（與長子同住）\n"
     "背景：年輕時在七股鹽場曬鹽，直到民國91年鹽場停曬。民國108年輕度中風，之後行走需助行器。心房顫動，服用 Apixaban 2.5 mg "
     "BID。慢性腎臟病（eGFR 32）。評估：CDR 0.5、MMSE 24/30、ECOG 3，經評估具完全意思能力。\n"
     "參與者：意願人本人；長子 黃志明（醫療委任代理人，0935-555-418）；長女 黃麗雲（自高雄返回）；諮商醫師 許雅婷；諮商護理師 "
     "陳怡君；社工師 蔡宗翰。\n"
     "意願（預立醫療決定）：\n"
     "臨床條件　　　　　｜維持生命治療｜人工營養及流體餵養\n"
     "末期病人　　　　　｜不希望接受　｜限時嘗試（2週）\n"
     "不可逆轉之昏迷　　｜不希望接受　｜不希望接受\n"
     "永久植物人狀態　　｜不希望接受　｜不希望接受\n"
     "極重度失智　　　　｜不希望接受　｜不希望接受\n"
     "其他經公告之疾病　｜由代理人決定｜由代理人決定\n"
     "阿嬤說：「我活到九十四歲夠了，只想再吃一次端午節的肉粽，然後在家裡睡著走。」\n"
     "後續：預立醫療決定書已簽署，由兩位見證人（鄰長 郭金水、外孫女 林佩君）見證，送主管機關註記於健保IC卡；DNR 意願書另簽。"
     "2月3日回診確認。",
     [("HOSPITAL", ["奇美醫學中心"]), ("LOCATION", ["臺南市"]), ("LOCATION", ["永康區"]), ("ADDRESS", ["中華路901號"]),
      ("PHONE", ["(06)281-4187"]), ("DATE", ["民國115年1月20日"]), ("NAME", ["黃吳月娥"]), ("AGE", ["94歲"]),
      ("DOB90", ["民國20年8月15日"]), ("ID", ["D204173859"]), ("MRN", ["CM-3418276"]), ("LOCATION", ["七股區"]),
      ("LOCATION", ["篤加里"]), ("ADDRESS", ["12鄰28號"]), ("LOCATION", ["七股鹽場"]), ("DATE", ["民國91年"]),
      ("DATE", ["民國108年"]), ("NAME", ["黃志明"]), ("PHONE", ["0935-555-418"]), ("NAME", ["黃麗雲"]),
      ("LOCATION", ["高雄"]), ("NAME", ["許雅婷"]), ("NAME", ["陳怡君"]), ("NAME", ["蔡宗翰"]), ("AGE", ["九十四歲"]),
      ("DATE", ["端午節"]), ("NAME", ["郭金水"]), ("NAME", ["林佩君"]), ("DATE", ["2月3日"])],
     ["《病人自主權利法》", "心房顫動", "Apixaban 2.5 mg", "eGFR 32", "CDR 0.5", "MMSE 24/30", "ECOG 3", "維持生命治療",
      "人工營養及流體餵養", "永久植物人狀態", "極重度失智", "預立醫療決定書", "DNR"]),

    # 20 - England, West Midlands (Birmingham): safeguarding strategy meeting minutes for an infant
    ("Birmingham Children's Trust - Assessment Team (South)\n"
     "Strategy meeting minutes - section 47, Children Act 1989\n"
     "Wednesday 4 March 2026, 14:00-15:05, MS Teams | Eclipse case: "
     "https://eclipse.birminghamchildrenstrust.co.uk/case/4182736\n"
     "Child: Kai-Leon Mensah-Bryan | DOB 19/11/2024 (15 months) | NHS 943 476 5919\n"
     "Address: Flat 6, 112 Stoney Lane, Sparkbrook, Birmingham B12 8AF\n"
     "Mother: Chantelle Bryan (19). Father: Kwabena \"Kobby\" Mensah (22), not at the address; drives a silver Golf, "
     "YR19 KFE. Maternal grandmother Ms Lorraine Bryan lives in Small Heath.\n"
     "Present:\n"
     "Farida Qureshi (FQ) | Chair, Team Manager | BCT\n"
     "DS Paul Whitehouse (PW) | Child Abuse Investigation Team | West Midlands Police\n"
     "Dr Oluwaseun Adeyemi (OA) | Consultant Paediatrician | Birmingham Children's Hospital\n"
     "Rachel Amos (RA) | Health Visitor | BCHC\n"
     "Hollie Jarrett (HJ) | Social Worker, minutes | BCT\n"
     "OA: seen in ED 02/03/2026 with bruising to the L pinna and both cheeks; TEN-4-FACESp positive. Skeletal survey: "
     "healing posterior rib fractures R 6th and 7th and a classic metaphyseal lesion of the L distal tibia. CT head "
     "normal; no retinal haemorrhages. FBC, clotting and VWF screen, bone profile, PTH and vitamin D normal; nothing "
     "to "
     "suggest osteogenesis imperfecta. \"Rolled off the sofa\" does not explain these injuries in a non-mobile child.\n"
     "RA: missed 12-month review; mother posted a photo of his bruised face on TikTok (@chantelle.b_x) on 28/02, "
     "captioned \"clumsy boy\".\n"
     "PW: father known to police (domestic abuse call-out, Oct 2025).\n"
     "Decisions: threshold for a section 47 enquiry met - joint investigation; Kai-Leon to stay on the ward, "
     "supervised contact only; repeat skeletal survey 16/03; ICPC by 25/03/2026. Rationale recorded in line with "
     "Working Together to Safeguard Children 2023.\n"
     "Minutes: HJ",
     [("LOCATION", ["Birmingham"]), ("DATE", ["4 March 2026"]),
      ("URL", ["https://eclipse.birminghamchildrenstrust.co.uk/case/4182736"]),
      ("NAME", ["Kai-Leon", "Mensah-Bryan"]), ("DATE", ["19/11/2024"]), ("ID", ["943 476 5919"]),
      ("ADDRESS", ["Flat 6", "112 Stoney Lane"]), ("LOCATION", ["Sparkbrook"]), ("POSTCODE", ["B12 8AF"]),
      ("NAME", ["Chantelle", "Bryan"]), ("NAME", ["Kwabena", "Kobby", "Mensah"]), ("PLATE", ["YR19 KFE"]),
      ("NAME", ["Lorraine"]), ("LOCATION", ["Small Heath"]), ("NAME", ["Farida", "Qureshi"]), ("NAME", ["FQ"]),
      ("NAME", ["Paul", "Whitehouse"]), ("NAME", ["PW"]), ("NAME", ["Oluwaseun", "Adeyemi"]), ("NAME", ["OA"]),
      ("HOSPITAL", ["Birmingham Children's Hospital"]), ("NAME", ["Rachel", "Amos"]), ("NAME", ["RA"]),
      ("HOSPITAL", ["BCHC"]), ("NAME", ["Hollie", "Jarrett"]), ("NAME", ["HJ"]), ("DATE", ["02/03/2026"]),
      ("HANDLE", ["chantelle.b_x"]), ("DATE", ["28/02"]), ("DATE", ["Oct 2025"]), ("DATE", ["16/03"]),
      ("DATE", ["25/03/2026"])],
     ["section 47", "Children Act 1989", "TEN-4-FACESp", "Skeletal survey", "classic metaphyseal lesion", "CT head",
      "retinal haemorrhages", "VWF", "PTH", "osteogenesis imperfecta", "non-mobile child", "ICPC",
      "Working Together to Safeguard Children 2023"]),

    # 21 - New Zealand, Canterbury (Christchurch, Banks Peninsula): skin lesion clinic referral letter, melanoma
    ("Merivale Skin Clinic - Dr Mereana Pōtae-Smith, GPwSI (skin lesions)\n"
     "204 Papanui Road, Merivale, Christchurch 8014 | ph 03 555 0418 | fax 03 555 0419\n"
     "To: Plastic Surgery Outpatients, Christchurch Hospital (e-referral)\n"
     "21 January 2026\n"
     "Re: Mr Gareth Frost, DOB 07/02/1963, NHI PKR2732, 1184 Christchurch Akaroa Road, Little River 7591, mob 027 "
     "555 8326\n"
     "Dear colleague,\n"
     "Thank you for seeing Gareth, who grows cherries on Gebbies Pass Road. Fitzpatrick II, a lifetime outdoors; "
     "BCC excised from his nose in 2017. His wife Leonie noticed a changing mole on his L upper back before "
     "Christmas.\n"
     "Dermoscopy (images uploaded from 10.41.8.27 to the teledermatology service, "
     "https://teledermnz.health.nz/ref/TD-26-04187): 8 mm asymmetric lesion, atypical network, regression "
     "structures, blue-white veil - 7-point checklist score 6. Excision biopsy, 2 mm margins, 08/01/2026.\n"
     "Histology (Awanui Labs, CH26-018274): superficial spreading melanoma, Breslow thickness 0.9 mm, Clark level IV, "
     "mitoses 1/mm², no ulceration, no LVI, margins clear (closest 1.6 mm): pT1b (AJCC 8th edition). BRAF V600E not "
     "requested at this stage.\n"
     "I would be grateful for wide local excision with 1 cm margins and a discussion about SLNB. Rest of the skin "
     "check: two seborrhoeic keratoses, nothing else of concern. SunSmart advice given; 6-monthly full skin checks.\n"
     "Kind regards\n"
     "Dr Mereana Pōtae-Smith, MBChB, FRNZCGP | MCNZ 52174\n"
     "cc: Dr Tom Ashby, Halswell Medical Centre",
     [("HOSPITAL", ["Merivale Skin Clinic"]), ("NAME", ["Mereana", "Pōtae-Smith"]), ("ADDRESS", ["204 Papanui Road"]),
      ("LOCATION", ["Merivale"]), ("LOCATION", ["Christchurch"]), ("POSTCODE", ["8014"]), ("PHONE", ["03 555 0418"]),
      ("PHONE", ["03 555 0419"]), ("HOSPITAL", ["Christchurch Hospital"]), ("DATE", ["21 January 2026"]),
      ("NAME", ["Gareth", "Frost"]), ("DATE", ["07/02/1963"]), ("ID", ["PKR2732"]),
      ("ADDRESS", ["1184 Christchurch Akaroa Road"]), ("LOCATION", ["Little River"]), ("POSTCODE", ["7591"]),
      ("PHONE", ["027 555 8326"]), ("ADDRESS", ["Gebbies Pass Road"]), ("NAME", ["Leonie"]), ("DATE", ["Christmas"]),
      ("IP", ["10.41.8.27"]), ("URL", ["https://teledermnz.health.nz/ref/TD-26-04187"]), ("DATE", ["08/01/2026"]),
      ("HOSPITAL", ["Awanui Labs"]), ("ID", ["CH26-018274"]), ("LICENCE", ["52174"]), ("NAME", ["Tom", "Ashby"]),
      ("HOSPITAL", ["Halswell Medical Centre"])],
     ["Fitzpatrick II", "BCC", "blue-white veil", "7-point checklist score 6", "superficial spreading melanoma",
      "Breslow thickness 0.9 mm", "Clark level IV", "mitoses 1/mm²", "pT1b", "AJCC 8th edition", "BRAF V600E",
      "SLNB", "seborrhoeic keratoses", "SunSmart"]),

    # 22 - USA, Kentucky (Louisville): civil surgeon worksheet for a Form I-693 immigration medical examination
    ("Highlands Family Health - USCIS Designated Civil Surgeon\n"
     "2418 Bardstown Rd, Louisville, KY 40205 | (502) 555-0172 | fax (502) 555-0173\n"
     "CIVIL SURGEON WORKSHEET - Form I-693, Report of Immigration Medical Examination and Vaccination Record\n"
     "Exam 01/12/2026; IGRA resulted 01/14/2026; CXR 01/15/2026; form signed and sealed 01/16/2026\n"
     "Applicant: Ahmad Zia Noorzai | DOB 03/21/1990 | A-Number A218-471-936 | Passport P04187362\n"
     "Address: 3810 Poplar Level Rd, Apt 12, Louisville, KY 40213 | cell (502) 555-0148 | "
     "ahmadzia.noorzai90@gmail.com\n"
     "Interpreter: Dari, by phone (LanguageLine interpreter ID 418273).\n"
     "Arrived 2021 (SIV); works nights as a package handler at UPS Worldport. Wife Farzana and children Mursal (7) "
     "and Omid (4) were examined here on 01/05/2026.\n"
     "History: shrapnel wound L thigh 2019, healed; no TB history or known contact; no psychiatric history; no "
     "substance use.\n"
     "Exam: BP 132/84, BMI 27.1, Snellen 20/20 OU; healed scars L thigh; otherwise normal.\n"
     "TB: QuantiFERON-TB Gold Plus POSITIVE (TB1 minus Nil 2.14 IU/mL, TB2 minus Nil 2.60 IU/mL). CXR PA and "
     "lateral: no findings suggestive of TB. Latent TB infection - no Class A condition. Referred to the Louisville "
     "Metro Public Health TB clinic for 4R (rifampin 600 mg daily x 4 months).\n"
     "Syphilis: RPR non-reactive. Gonorrhea NAAT: not required (over 24).\n"
     "Vaccines: MMR dose 1 given today (one documented dose on his Kabul card), Tdap given, varicella IgG positive "
     "(immune), hepatitis B series complete per record, influenza given.\n"
     "Completed per the CDC Technical Instructions for Civil Surgeons.\n"
     "Lindsay Okafor-Brennan, MD | KY license 38210 | NPI 1374920688",
     [("HOSPITAL", ["Highlands Family Health"]), ("ADDRESS", ["2418 Bardstown Rd"]), ("LOCATION", ["Louisville"]),
      ("POSTCODE", ["40205"]), ("PHONE", ["(502) 555-0172"]), ("PHONE", ["(502) 555-0173"]), ("DATE", ["01/12/2026"]),
      ("DATE", ["01/14/2026"]), ("DATE", ["01/15/2026"]), ("DATE", ["01/16/2026"]),
      ("NAME", ["Ahmad", "Zia", "Noorzai"]),
      ("DATE", ["03/21/1990"]), ("ID", ["A218-471-936"]), ("ID", ["P04187362"]),
      ("ADDRESS", ["3810 Poplar Level Rd", "Apt 12"]), ("POSTCODE", ["40213"]), ("PHONE", ["(502) 555-0148"]),
      ("EMAIL", ["ahmadzia.noorzai90@gmail.com"]), ("ID", ["418273"]), ("LOCATION", ["UPS Worldport"]),
      ("NAME", ["Farzana"]), ("NAME", ["Mursal"]), ("NAME", ["Omid"]), ("DATE", ["01/05/2026"]),
      ("LOCATION", ["Kabul"]),
      ("NAME", ["Lindsay", "Okafor-Brennan"]), ("LICENCE", ["38210"]), ("ID", ["1374920688"])],
     ["Form I-693", "IGRA", "BMI 27.1", "Snellen 20/20 OU", "QuantiFERON-TB Gold Plus", "TB1 minus Nil 2.14 IU/mL",
      "Latent TB infection", "Class A", "4R", "rifampin 600 mg", "RPR non-reactive", "MMR", "Tdap",
      "CDC Technical Instructions"]),

    # 23 - Zimbabwe, Bulawayo (and Tsholotsho): cholera treatment centre patient card with a fluid chart
    ("Ministry of Health and Child Care | City of Bulawayo Health Services\n"
     "Cholera Treatment Centre, Thorngrove Infectious Diseases Hospital, Bulawayo\n"
     "CTC PATIENT CARD\n"
     "CTC No. BYO-CTC-25/0418 | Admitted 28/12/2025 03:15 | Male tent B, bed 6\n"
     "Name: Thandolwenkosi Moyo | 42 M | National ID 08-418273 K 21 | cell +263 77 555 4182\n"
     "Address: Stand 4187, Cowdray Park, Bulawayo. Vendor at Renkini bus terminus.\n"
     "Exposure: attended a funeral in Tsholotsho on Christmas Day, shared food; drank borehole water at the "
     "homestead. Watery diarrhoea from the night of 27/12.\n"
     "On arrival: more than 10 rice-water stools, vomiting; lethargic, sunken eyes, skin pinch >2 s, radial pulse "
     "weak, BP 80/40 - severe dehydration, WHO plan C. Weight 61 kg.\n"
     "RDT (Crystal VC): O1 positive; stool for culture sent to the Mpilo Central Hospital lab.\n"
     "Time  | Given                | Stools | Vomits | Sign\n"
     "03:20 | Ringer's lactate 2 L | 2      | 1      | TM\n"
     "04:05 | Ringer's lactate 2 L | 1      | 0      | TM\n"
     "06:30 | RL 1.5 L + ORS 1 L   | 1      | 0      | PS\n"
     "10:00 | ORS 2 L              | 1      | 0      | PS\n"
     "Reassessed 06:30: alert, pulse strong, skin pinch normal - changed to plan A, ORS to match losses.\n"
     "Doxycycline 300 mg PO stat.\n"
     "Household: wife Nomvula and their 3 children given ORS sachets and Aquatabs; all line-listed. EHT Mr. Dube to "
     "visit the homestead and the funeral house.\n"
     "Brought in by City ambulance AEZ 4182.\n"
     "Discharged 30/12/2025, well, eating.\n"
     "Clinician: Dr. Tapiwa Mlambo | MDPCZ reg. 38104\n"
     "Nurses: Thembeka Mpofu (TM), Patience Sibanda (PS)",
     [("LOCATION", ["Bulawayo"]), ("HOSPITAL", ["Thorngrove Infectious Diseases Hospital"]),
      ("MRN", ["BYO-CTC-25/0418"]), ("DATE", ["28/12/2025"]), ("NAME", ["Thandolwenkosi", "Moyo"]),
      ("ID", ["08-418273 K 21"]), ("PHONE", ["+263 77 555 4182"]), ("ADDRESS", ["Stand 4187"]),
      ("LOCATION", ["Cowdray Park"]), ("LOCATION", ["Renkini"]), ("LOCATION", ["Tsholotsho"]),
      ("DATE", ["Christmas Day"]), ("DATE", ["27/12"]), ("HOSPITAL", ["Mpilo Central Hospital"]), ("NAME", ["TM"]),
      ("NAME", ["PS"]), ("NAME", ["Nomvula"]), ("NAME", ["Dube"]), ("PLATE", ["AEZ 4182"]), ("DATE", ["30/12/2025"]),
      ("NAME", ["Tapiwa", "Mlambo"]), ("LICENCE", ["38104"]), ("NAME", ["Thembeka", "Mpofu"]),
      ("NAME", ["Patience", "Sibanda"])],
     ["rice-water stools", "skin pinch >2 s", "BP 80/40", "WHO plan C", "Crystal VC", "O1 positive",
      "Ringer's lactate", "ORS", "plan A", "Doxycycline 300 mg PO", "Aquatabs", "EHT"]),
]
