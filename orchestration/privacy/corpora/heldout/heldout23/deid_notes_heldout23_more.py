"""Notes 20-39 of the twenty-third HELD-OUT set (see :mod:`deid_notes_heldout23` for how it was written and what it
holds).

These 20 notes hold 574 planted identifier parts in 497 (kind, parts) entries and 191 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a community health aide telephone consult with a medevac for an
infant (Alaska); 21, a TB and HIV discharge summary (Eastern Cape); 22, an inter-hospital transfer note for a patient
aged 96 with pacing lead failure (Tasmania); 24, a cholera outbreak line list (Kasese); 25, an occupational health
periodic examination of an underground miner (Copperbelt); 27, a discharge summary after high-altitude pulmonary oedema
(Skardu); 28, a long-term care nursing note with abbreviations for a resident aged 90 (Newfoundland); 29, a dengue
admission and monitoring note (Hambantota); 30, a community clinic referral letter for ciguatera poisoning (Eleuthera);
32, a home health skilled nursing visit note (Mississippi Delta); 33, a paediatric discharge summary with an RHD
register notification (Tonga); 35, a sharps injury and blood-borne virus exposure record (County Durham); 36, a
handwritten-style post-operative ward round (Co. Fermanagh); 38, an accident and emergency note after a crocodile bite
(Okavango Delta); 39, a discharge summary after West Nile neuroinvasive disease (southern Alberta). In Greek script: 26,
a health centre paediatric referral (Chalkidiki); 34, a medical certificate of death (Kalamata). In Chinese: 23, a
surgical transfer record (Garzê, simplified); 37, a home care nursing record for a resident aged 91 (Hualien,
traditional, Republic of China dates). In Norwegian: 31, an orthopaedic discharge summary after a snowmobile accident
(Finnmark). Entries per kind here: NAME 94, LOCATION 92, DATE 88, HOSPITAL 45, PHONE 45, ID 35, ADDRESS 26, MRN 15,
POSTCODE 14, LICENCE 13, EMAIL 8, AGE 7, PLATE 5, SERIAL 4, URL 3, IP 2, HANDLE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - USA, Alaska (Yukon-Kuskokwim Delta): community health aide telephone consult, infant pneumonia and medevac
    ("YUKON-KUSKOKWIM HEALTH CORPORATION - Community Health Aide Program\n"
     "Chefornak Clinic | TELEPHONE CONSULT RECORD | 1/6/2026 21:35\n"
     "CHA: Agatha Kassaiuli, CHA II (clinic 907-555-0121)\n"
     "Consulting provider: Dr. Nathaniel Brower-Tsosie, Yukon-Kuskokwim Delta Regional Hospital ED, Bethel, "
     "907-555-0149\n"
     "Patient: Joseph \"Apaq\" Tunuchuk-Kassel | 14 mo M | DOB 11/02/2024 | Chart YK-0418273 | Medicaid ID 418273064\n"
     "S: fever 3 days, fast breathing and grunting tonight, not nursing well, 1 wet diaper today. Mom Rosalie "
     "Tunuchuk says the whole house has colds - the family was out starring for Slaviq this week.\n"
     "O: T 39.4 ax, HR 176, RR 62, SpO2 86% RA -> 93% on 2 L NC, subcostal and intercostal retractions, nasal "
     "flaring, crackles R base. Cap refill 3 s. Wt 9.6 kg.\n"
     "A: severe pneumonia / possible RSV bronchiolitis with hypoxia and dehydration.\n"
     "P (per Dr. Brower-Tsosie): ceftriaxone 50 mg/kg IM (480 mg) given 21:50; acetaminophen 15 mg/kg; O2 to keep "
     "SpO2 > 90%; small frequent breastfeeds. Medevac requested - Guardian Flight King Air N4182G, weather OK, "
     "ETA 23:30; to the YKDRH pediatric unit, may need Anchorage (Alaska Native Medical Center) for high-flow.\n"
     "Dad Peter Kassel (907-555-0107) works nights at the Chefornak Tribal Council; big sister at Chaputnguak School "
     "to stay with grandma Martha.",
     [("HOSPITAL", ["YUKON-KUSKOKWIM HEALTH CORPORATION"]), ("HOSPITAL", ["Chefornak Clinic"]), ("DATE", ["1/6/2026"]),
      ("NAME", ["Agatha", "Kassaiuli"]), ("PHONE", ["907-555-0121"]), ("NAME", ["Nathaniel", "Brower-Tsosie"]),
      ("HOSPITAL", ["Yukon-Kuskokwim Delta Regional Hospital"]), ("LOCATION", ["Bethel"]), ("PHONE", ["907-555-0149"]),
      ("NAME", ["Joseph", "Apaq", "Tunuchuk-Kassel"]), ("DATE", ["11/02/2024"]), ("MRN", ["YK-0418273"]),
      ("ID", ["418273064"]), ("NAME", ["Rosalie", "Tunuchuk"]), ("DATE", ["Slaviq"]), ("PLATE", ["N4182G"]),
      ("HOSPITAL", ["YKDRH"]), ("LOCATION", ["Anchorage"]), ("HOSPITAL", ["Alaska Native Medical Center"]),
      ("NAME", ["Peter", "Kassel"]), ("PHONE", ["907-555-0107"]), ("LOCATION", ["Chefornak Tribal Council"]),
      ("LOCATION", ["Chaputnguak School"]), ("NAME", ["Martha"])],
     ["RR 62", "SpO2 86% RA", "subcostal and intercostal retractions", "nasal flaring", "RSV bronchiolitis",
      "ceftriaxone 50 mg/kg IM", "acetaminophen 15 mg/kg", "high-flow"]),

    # 21 - South Africa, Eastern Cape (Mthatha): internal medicine discharge summary, disseminated TB with advanced HIV
    ("NELSON MANDELA ACADEMIC HOSPITAL - Department of Internal Medicine, Ward M3\n"
     "Nelson Mandela Drive, Mthatha 5099 | 047 555 2180\n"
     "DISCHARGE SUMMARY\n"
     "Patient: Ms Nomvuyo Mqhayi-Ntshinga | 39 F | DOB 1986-12-07 | SA ID 8612070835081 | Hosp. no. 1041827-3\n"
     "Address: Lower Mpako, Mqanduli. Grade R teacher at Jongilanga Junior Secondary School.\n"
     "Admitted: 2025-10-02 | Discharged: 2025-10-20\n"
     "Diagnoses: 1. Disseminated TB (sputum GeneXpert MTB/RIF Ultra positive, rifampicin resistance not detected; "
     "urine TB-LAM positive; abdominal lymphadenopathy and splenic microabscesses on ultrasound). 2. Advanced HIV "
     "disease, CD4 38 cells/µL, VL 286,000 copies/mL, ART defaulted since Heritage Day 2023. 3. Serum CrAg positive, "
     "CSF CrAg negative.\n"
     "Course: RHZE started 2025-10-04 (Rifafour e-275, 4 tablets daily). Fluconazole 800 mg daily for 2 weeks. TLD "
     "restarted on 2025-10-18 with counselling. No TB-IRIS so far. Pyridoxine 25 mg daily.\n"
     "Discharge medication: Rifafour e-275 4 tabs daily; TLD 1 tab daily; fluconazole 800 mg daily to 2025-10-18 "
     "then 400 mg daily for 8 weeks; cotrimoxazole 960 mg daily; pyridoxine 25 mg daily.\n"
     "Follow-up: Mqanduli Community Health Centre TB clinic (Sr Nolitha Gxowa) on 2025-10-27; HIV VL at 3 months. "
     "Referral letter e-mailed to mqanduli.chc.tb@echealth-gov.co.za.\n"
     "NOK: sister Zandile Mqhayi, 072 555 6410.\n"
     "Dr Sipho Mbotho-Naidoo, Medical Officer | HPCSA MP 0741827",
     [("HOSPITAL", ["NELSON MANDELA ACADEMIC HOSPITAL"]), ("ADDRESS", ["Nelson Mandela Drive"]),
      ("LOCATION", ["Mthatha"]), ("POSTCODE", ["5099"]), ("PHONE", ["047 555 2180"]),
      ("NAME", ["Nomvuyo", "Mqhayi-Ntshinga"]), ("DATE", ["1986-12-07"]), ("ID", ["8612070835081"]),
      ("MRN", ["1041827-3"]), ("LOCATION", ["Lower Mpako"]), ("LOCATION", ["Mqanduli"]),
      ("LOCATION", ["Jongilanga Junior Secondary School"]), ("DATE", ["2025-10-02"]), ("DATE", ["2025-10-20"]),
      ("DATE", ["Heritage Day 2023"]), ("DATE", ["2025-10-04"]), ("DATE", ["2025-10-18"]),
      ("HOSPITAL", ["Mqanduli Community Health Centre"]), ("NAME", ["Nolitha", "Gxowa"]), ("DATE", ["2025-10-27"]),
      ("EMAIL", ["mqanduli.chc.tb@echealth-gov.co.za"]), ("NAME", ["Zandile", "Mqhayi"]), ("PHONE", ["072 555 6410"]),
      ("NAME", ["Sipho", "Mbotho-Naidoo"]), ("LICENCE", ["MP 0741827"])],
     ["GeneXpert MTB/RIF Ultra", "TB-LAM positive", "CD4 38 cells/µL", "VL 286,000 copies/mL", "CrAg positive",
      "Rifafour e-275", "Fluconazole 800 mg daily", "TLD", "TB-IRIS", "cotrimoxazole 960 mg daily"]),

    # 22 - Australia, Tasmania (Kentish): inter-hospital transfer note, pacing lead failure, patient aged 96
    ("MERSEY COMMUNITY HOSPITAL - Torquay Road, Latrobe TAS 7307 | (03) 5550 4180\n"
     "INTER-HOSPITAL TRANSFER | 21/07/2025 14:10 | to Launceston General Hospital, Coronary Care Unit\n"
     "Patient: Mr Clarence \"Clarrie\" Haberle | 96 y | DOB 11/03/1929 | URN 4172830 | Medicare 2739 04186 2 | "
     "IHI 8003608173924416 | DVA Gold Card TX418273\n"
     "Lives alone at 1184 Nowhere Else Road, Nowhere Else TAS 7306; daughter lives nearby at Paradise. Korea "
     "veteran (1951-52), retired apple orchardist.\n"
     "Reason: two syncopal episodes today, one at the Sheffield RSL during the raffle. Dual-chamber pacemaker "
     "(Medtronic, s/n PJN418273S) implanted at the Royal Hobart Hospital in March 2014 for complete heart block; "
     "last GP review with Dr Winifred Achampong-Lowe at Sheffield Medical Centre on Anzac Day.\n"
     "Findings: intermittent loss of ventricular capture with ventricular escape at 32/min (Stokes-Adams attack "
     "witnessed in ED at 12:40). Device check by phone with the Launceston pacing technician: RV lead impedance "
     "> 3,000 ohms - likely RV lead fracture. K 4.6, Mg 0.92, troponin 22 ng/L. eGFR 34.\n"
     "Treatment: isoprenaline 1-2 mcg/min infusion with HR 52-60; transcutaneous pacing pads on (not needed so far); "
     "atropine 600 mcg given once with little effect.\n"
     "Clinical Frailty Scale 5; ACD on file - wants treatment, not CPR. He turned 96 in March and wants to see 97.\n"
     "Ambulance Tasmania ICP crew, departed 14:25. NOK: daughter Glenys Purton, 0491 570 313.\n"
     "Dr Saoirse Hennessy-Mabaso, Medical Registrar | AHPRA MED0002184730",
     [("HOSPITAL", ["MERSEY COMMUNITY HOSPITAL"]), ("ADDRESS", ["Torquay Road"]), ("LOCATION", ["Latrobe"]),
      ("POSTCODE", ["7307"]), ("PHONE", ["(03) 5550 4180"]), ("DATE", ["21/07/2025"]),
      ("HOSPITAL", ["Launceston General Hospital"]), ("NAME", ["Clarence", "Clarrie", "Haberle"]), ("AGE", ["96 y"]),
      ("DATE", ["11/03/1929"]), ("MRN", ["4172830"]), ("ID", ["2739 04186 2"]), ("ID", ["8003608173924416"]),
      ("ID", ["TX418273"]), ("ADDRESS", ["1184 Nowhere Else Road"]), ("LOCATION", ["Nowhere Else"]),
      ("POSTCODE", ["7306"]), ("LOCATION", ["Paradise"]), ("DATE", ["1951-52"]), ("LOCATION", ["Sheffield RSL"]),
      ("SERIAL", ["PJN418273S"]), ("HOSPITAL", ["Royal Hobart Hospital"]), ("DATE", ["March 2014"]),
      ("NAME", ["Winifred", "Achampong-Lowe"]), ("HOSPITAL", ["Sheffield Medical Centre"]), ("DATE", ["Anzac Day"]),
      ("LOCATION", ["Launceston"]), ("AGE", ["turned 96"]), ("DATE", ["March"]), ("AGE", ["97"]),
      ("NAME", ["Glenys", "Purton"]), ("PHONE", ["0491 570 313"]), ("NAME", ["Saoirse", "Hennessy-Mabaso"]),
      ("LICENCE", ["MED0002184730"])],
     ["complete heart block", "Stokes-Adams attack", "RV lead impedance", "troponin 22 ng/L", "eGFR 34",
      "isoprenaline 1-2 mcg/min", "transcutaneous pacing", "atropine 600 mcg", "Clinical Frailty Scale 5"]),

    # 23 - China, Sichuan (Garzê prefecture): surgical transfer record, hepatic echinococcosis (simplified)
    ("甘孜藏族自治州人民医院 普外科 转院记录\n"
     "地址：康定市炉城镇光明路18号\n"
     "转出时间：2025年4月9日 09:00　住院号：GZ2504-01873　电话：0836-5554182\n"
     "姓名：扎西多吉　性别：男　年龄：36岁　民族：藏族　出生日期：1988年9月17日\n"
     "身份证号：513328198809174112\n"
     "住址：甘孜县斯俄乡亚龙村2组　职业：牧民（夏季在雅拉牧场放牧）\n"
     "联系人：妻子 卓玛拉姆　电话：139-8365-2041\n"
     "主诉：右上腹胀痛半年，加重伴发热、皮肤发黄3天。\n"
     "现病史：藏历新年（洛萨）后出现右上腹胀痛，家中养有牧犬4只，未定期驱虫。3天前出现寒战、高热及黄疸，在甘孜县人民医院输液无好转。\n"
     "辅助检查：CT示肝右叶囊性占位 12×10 cm，内见多个子囊，囊壁钙化，肝内胆管扩张，考虑囊肿破入胆道。包虫抗体（ELISA）阳性。"
     "总胆红素 68 μmol/L，嗜酸性粒细胞 9.2%，WBC 14.6×10^9/L。\n"
     "诊断：肝囊型包虫病（CE2型，WHO-IWGE分型）合并胆道瘘、急性胆管炎。\n"
     "处理：头孢哌酮舒巴坦 2 g 每12小时静滴；阿苯达唑 400 mg 每日2次口服。\n"
     "转院理由：需行ERCP及肝包虫内囊摘除术，转四川大学华西医院肝脏外科，已与该科刘建国主任电话联系同意接收。"
     "患者由本院救护车（川V·12041）护送。\n"
     "转出医师：李晓梅　科主任：泽仁邓珠",
     [("HOSPITAL", ["甘孜藏族自治州人民医院"]), ("LOCATION", ["康定市"]), ("LOCATION", ["炉城镇"]), ("ADDRESS", ["光明路18号"]),
      ("DATE", ["2025年4月9日"]),
      ("MRN", ["GZ2504-01873"]), ("PHONE", ["0836-5554182"]), ("NAME", ["扎西多吉"]), ("DATE", ["1988年9月17日"]),
      ("ID", ["513328198809174112"]), ("LOCATION", ["甘孜县"]), ("LOCATION", ["斯俄乡"]), ("LOCATION", ["亚龙村"]),
      ("ADDRESS", ["2组"]), ("LOCATION", ["雅拉牧场"]), ("NAME", ["卓玛拉姆"]), ("PHONE", ["139-8365-2041"]),
      ("DATE", ["藏历新年（洛萨）"]), ("HOSPITAL", ["甘孜县人民医院"]), ("HOSPITAL", ["四川大学华西医院"]), ("NAME", ["刘建国"]),
      ("PLATE", ["川V·12041"]), ("NAME", ["李晓梅"]), ("NAME", ["泽仁邓珠"])],
     ["子囊", "囊壁钙化", "包虫抗体（ELISA）阳性", "总胆红素 68 μmol/L", "嗜酸性粒细胞 9.2%", "肝囊型包虫病", "CE2型",
      "WHO-IWGE分型", "头孢哌酮舒巴坦 2 g", "阿苯达唑 400 mg", "ERCP"]),

    # 24 - Uganda, Kasese District (Rwenzori border): cholera outbreak line list with pipes
    ("KASESE DISTRICT LOCAL GOVERNMENT - DISTRICT HEALTH OFFICE\n"
     "CHOLERA OUTBREAK LINE LIST (extract, Bwera General Hospital CTC) | Epi week 7/2026 | compiled 18/02/2026\n"
     "Surveillance focal person: Mr. Baluku Masereka, 0772 555 418 | uploaded to DHIS2 "
     "https://hmis.kasese-dho.go.ug/dhis-web-tracker/cholera?ou=KAS-BWR-0418 from 196.43.184.27\n"
     "Case ID | Name | Age/Sex | Village, Parish | Onset | Admitted | RDT | Culture | Dehydration | Outcome\n"
     "KAS-26-031 | Kabugho Jovia | 27/F | Kanyatsi, Mpondwe | 11/02 | 12/02 | +ve | V. cholerae O1 Ogawa | Severe "
     "(Plan C) | Discharged 15/02\n"
     "KAS-26-032 | Muhindo Yosia | 54/M | Kanyatsi, Mpondwe | 12/02 | 12/02 | +ve | pending | Severe (Plan C) | Died "
     "13/02, 02:10 - arrived in shock\n"
     "KAS-26-033 | Biira Esther | 6/F | Kisinga trading centre | 12/02 | 13/02 | +ve | V. cholerae O1 Ogawa | Some "
     "(Plan B) | Admitted\n"
     "KAS-26-034 | Bwambale Kule Moses | 33/M | Katwe fishing village | 13/02 | 13/02 | -ve | not done | None (Plan A) "
     "| ORS at home\n"
     "KAS-26-035 | Masika Immaculate | 19/F | Kasindi (DRC), crossed at Mpondwe | 14/02 | 14/02 | +ve | pending | "
     "Severe (Plan C) | Admitted\n"
     "Notes: index cluster = funeral of Mzee Kambale Nzanzu in Kanyatsi on 09/02 (shared food, washing of the body). "
     "Treatment: Ringer's lactate 100 mL/kg over 3 h for Plan C; ORS; doxycycline 300 mg stat for adults with "
     "severe dehydration; zinc for children. Water source: Nyamugasani river. OCV campaign requested from the "
     "Ministry.",
     [("LOCATION", ["KASESE DISTRICT"]), ("HOSPITAL", ["Bwera General Hospital"]), ("DATE", ["18/02/2026"]),
      ("NAME", ["Baluku", "Masereka"]), ("PHONE", ["0772 555 418"]),
      ("URL", ["https://hmis.kasese-dho.go.ug/dhis-web-tracker/cholera?ou=KAS-BWR-0418"]),
      ("IP", ["196.43.184.27"]), ("ID", ["KAS-26-031"]), ("NAME", ["Kabugho", "Jovia"]), ("LOCATION", ["Kanyatsi"]),
      ("LOCATION", ["Mpondwe"]), ("DATE", ["11/02"]), ("DATE", ["12/02"]), ("DATE", ["15/02"]), ("ID", ["KAS-26-032"]),
      ("NAME", ["Muhindo", "Yosia"]), ("DATE", ["13/02"]), ("ID", ["KAS-26-033"]), ("NAME", ["Biira", "Esther"]),
      ("LOCATION", ["Kisinga"]), ("ID", ["KAS-26-034"]), ("NAME", ["Bwambale", "Kule", "Moses"]),
      ("LOCATION", ["Katwe"]), ("ID", ["KAS-26-035"]), ("NAME", ["Masika", "Immaculate"]), ("LOCATION", ["Kasindi"]),
      ("DATE", ["14/02"]), ("NAME", ["Kambale", "Nzanzu"]), ("DATE", ["09/02"]), ("LOCATION", ["Nyamugasani"])],
     ["V. cholerae O1 Ogawa", "Plan C", "Plan B", "ORS", "Ringer's lactate 100 mL/kg", "doxycycline 300 mg stat",
      "severe dehydration", "zinc", "OCV"]),

    # 25 - Zambia, Copperbelt (Kitwe): occupational health periodic medical examination of an underground miner
    ("OCCUPATIONAL HEALTH AND SAFETY INSTITUTE - KITWE\n"
     "Plot 2274, Nkana East, Kitwe | +260 212 555 418 | ohsi.exams@ohsi-zm.org\n"
     "PERIODIC MEDICAL EXAMINATION - UNDERGROUND WORKER (Occupational Health and Safety Act 2010)\n"
     "Certificate of fitness no. OHSI/CF/25/04187 | Date of examination: 23 September 2025\n"
     "Worker: Mr Mwansa Chileshe Mulenga | M | DOB 08/08/1983 | NRC 418273/64/1 | Employee no. NEC-041827\n"
     "Residence: House 1184, Chimwemwe Township, Kitwe | Cell 0966 555 182\n"
     "Employer/site: Nkana East Shaft, 1,100 m level - jackleg drill operator (14 years underground)\n"
     "Personal dosimetry: 96 dB(A) TWA.\n"
     "Findings: BP 138/86; BMI 31.2; visual acuity Snellen R 6/6, L 6/9; colour vision normal (Ishihara 17/17).\n"
     "Audiometry: bilateral high-frequency loss with a 4 kHz notch, 45 dB R and 50 dB L - noise-induced hearing loss "
     "(worse than last year's test on 19/09/2024).\n"
     "Spirometry: FEV1 3.21 L, FVC 4.06 L, FEV1/FVC 0.79 - normal. Chest X-ray: ILO 0/0, no silicosis. Sputum AFB x2 "
     "negative. Random glucose 6.1 mmol/L.\n"
     "Result: FIT WITH RESTRICTION - dual hearing protection (plugs and muffs) compulsory; no further noise exposure "
     "above 85 dB(A) without it; repeat audiometry in 6 months; referral to ENT, Kitwe Teaching Hospital. Lifestyle "
     "advice for BMI and BP.\n"
     "Shaft safety officer informed: Mr I. Phiri (ext. 4418).\n"
     "Examining medical officer: Dr Chanda Mwape-Sikazwe | HPCZ reg. no. DMO/4182",
     [("HOSPITAL", ["OCCUPATIONAL HEALTH AND SAFETY INSTITUTE - KITWE"]), ("ADDRESS", ["Plot 2274"]),
      ("LOCATION", ["Nkana East"]), ("LOCATION", ["Kitwe"]), ("PHONE", ["+260 212 555 418"]),
      ("EMAIL", ["ohsi.exams@ohsi-zm.org"]), ("ID", ["OHSI/CF/25/04187"]), ("DATE", ["23 September 2025"]),
      ("NAME", ["Mwansa", "Chileshe", "Mulenga"]), ("DATE", ["08/08/1983"]), ("ID", ["418273/64/1"]),
      ("ID", ["NEC-041827"]), ("ADDRESS", ["House 1184"]), ("LOCATION", ["Chimwemwe Township"]),
      ("PHONE", ["0966 555 182"]), ("LOCATION", ["Nkana East Shaft"]), ("DATE", ["19/09/2024"]),
      ("HOSPITAL", ["Kitwe Teaching Hospital"]), ("NAME", ["Phiri"]), ("PHONE", ["4418"]),
      ("NAME", ["Chanda", "Mwape-Sikazwe"]), ("LICENCE", ["DMO/4182"])],
     ["Occupational Health and Safety Act 2010", "96 dB(A) TWA", "BMI 31.2", "Snellen R 6/6, L 6/9",
      "Ishihara 17/17", "4 kHz notch", "noise-induced hearing loss", "FEV1/FVC 0.79", "ILO 0/0", "Sputum AFB"]),

    # 26 - Greece, Chalkidiki (Polygyros): health centre paediatric referral, Kawasaki disease (Greek)
    ("Κέντρο Υγείας Πολυγύρου - Παιδιατρικό Ιατρείο\n"
     "63100 Πολύγυρος Χαλκιδικής | τηλ. 23710 55 204 | fax 23710 55 219\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ | Παρασκευή 8 Αυγούστου 2025\n"
     "Προς: Εφημερεύοντα Παιδίατρο, Α' Παιδιατρική Κλινική ΑΠΘ, Γ.Ν. Θεσσαλονίκης «Ιπποκράτειο»\n"
     "\n"
     "Αγαπητέ συνάδελφε,\n"
     "Σας παραπέμπω τον Φοίβο Καραμανλίδη του Στεφάνου, 3 ετών (γεν. 18/06/2022), ΑΜΚΑ 18062209145, κάτοικο "
     "Νικήτης Σιθωνίας (οδός Ποσειδώνος 14), που πηγαίνει στον Παιδικό Σταθμό Νικήτης. Οι γονείς εργάζονται στο "
     "ξενοδοχείο «Αζούρ Σιθωνία».\n"
     "Πυρετός έως 40,1 °C από την Κυριακή 3 Αυγούστου που δεν υποχωρεί με αντιπυρετικά. Αμφοτερόπλευρη μη πυώδης "
     "επιπεφυκίτιδα, ερυθρά ραγισμένα χείλη, γλώσσα φράουλα, πολύμορφο εξάνθημα κορμού, οίδημα και ερυθρότητα "
     "άκρων χεριών και ποδιών, τραχηλική λεμφαδενοπάθεια 2 cm αριστερά.\n"
     "Εργαστηριακά (σήμερα): Λευκά 17.800 με 78% πολυμορφοπύρηνα, Hb 10,6 g/dL, PLT 480.000, CRP 148 mg/L, "
     "ΤΚΕ 92 mm/h, Αλβουμίνη 3,0 g/dL, SGPT 68 U/L, πυοσφαίρια στα ούρα 10-15/κοπ.\n"
     "Πιθανή διάγνωση: πλήρης νόσος Kawasaki (ημέρα νόσου 6η).\n"
     "Παρακαλώ για υπερηχοκαρδιογράφημα και έναρξη ανοσοσφαιρίνης (IVIG) 2 g/kg και ασπιρίνης εντός της πρώτης "
     "10ήμερου.\n"
     "Η μητέρα, Δέσποινα Καραμανλίδη (694 555 7103, despoina.karam@yahoo.gr), τον συνοδεύει με το ΙΧ τους.\n"
     "\n"
     "Με τιμή,\n"
     "Θεόδωρος Ζαφειρίου-Νάτσης, Παιδίατρος, Επιμελητής Α' ΕΣΥ",
     [("HOSPITAL", ["Κέντρο Υγείας Πολυγύρου"]), ("POSTCODE", ["63100"]), ("LOCATION", ["Πολύγυρος"]),
      ("LOCATION", ["Χαλκιδικής"]),
      ("PHONE", ["23710 55 204"]), ("PHONE", ["23710 55 219"]), ("DATE", ["Παρασκευή 8 Αυγούστου 2025"]),
      ("HOSPITAL", ["Γ.Ν. Θεσσαλονίκης «Ιπποκράτειο»"]), ("NAME", ["Φοίβο", "Καραμανλίδη"]), ("NAME", ["Στεφάνου"]),
      ("DATE", ["18/06/2022"]), ("ID", ["18062209145"]), ("LOCATION", ["Νικήτης"]), ("LOCATION", ["Σιθωνίας"]),
      ("ADDRESS", ["Ποσειδώνος 14"]), ("LOCATION", ["Παιδικό Σταθμό Νικήτης"]), ("LOCATION", ["Αζούρ Σιθωνία"]),
      ("DATE", ["Κυριακή 3 Αυγούστου"]), ("NAME", ["Δέσποινα", "Καραμανλίδη"]), ("PHONE", ["694 555 7103"]),
      ("EMAIL", ["despoina.karam@yahoo.gr"]), ("NAME", ["Θεόδωρος", "Ζαφειρίου-Νάτσης"])],
     ["μη πυώδης επιπεφυκίτιδα", "γλώσσα φράουλα", "PLT 480.000", "CRP 148 mg/L", "ΤΚΕ 92 mm/h", "νόσος Kawasaki",
      "υπερηχοκαρδιογράφημα", "ανοσοσφαιρίνης (IVIG) 2 g/kg", "ασπιρίνης"]),

    # 27 - Pakistan, Gilgit-Baltistan (Skardu), in English: discharge summary, high-altitude pulmonary oedema
    ("DISTRICT HEADQUARTER HOSPITAL SKARDU - Medical Unit\n"
     "Hospital Road, Skardu, Gilgit-Baltistan | 05815-555418\n"
     "DISCHARGE SUMMARY | MR No. DHQS-25-04187\n"
     "Name: Ghulam Hussain Sadpara s/o Muhammad Ibrahim | Age 31 Y | Male | CNIC 71101-4182736-3\n"
     "Address: Mohallah Ghowari, Sadpara village, Skardu | Occupation: high-altitude porter with Baltoro Summit "
     "Treks\n"
     "Date of admission: 28-07-2025 | Date of discharge: 02-08-2025\n"
     "History: carrying 25 kg loads to K2 Base Camp; on the fourth day above Concordia (about 4,600 m) developed "
     "breathlessness at rest, dry cough then frothy pink sputum, and headache. Lake Louise score 6 at camp. Treated "
     "in a Gamow bag for 2 h by the expedition doctor and evacuated by Askari Aviation helicopter to Skardu on the "
     "morning of 28th July.\n"
     "On admission: SpO2 62% on air, RR 34, HR 124, crepitations both lung fields; CXR patchy bilateral infiltrates, "
     "normal heart size. Echo: PASP 58 mmHg, normal LV.\n"
     "Diagnosis: High-altitude pulmonary oedema (HAPE) with acute mountain sickness.\n"
     "Treatment: oxygen 6 L/min, nifedipine 20 mg SR 8-hourly, dexamethasone 4 mg 6-hourly x 48 h; SpO2 95% on air by "
     "day 4.\n"
     "Advice: no ascent above 2,500 m for 4 weeks; may work again after Independence Day with acetazolamide 125 mg "
     "BD from 1 day before ascent, and slow ascent (300-500 m per day above 3,000 m).\n"
     "Attendant: brother Mohammad Hassan, 0355 555 4182. Expedition leader Mr. Pierre-Yves Lachenal "
     "(py.lachenal@altitude-expe.fr) informed.\n"
     "Dr. Farzana Baig, Medical Officer | PMDC Reg. No. 41827-N",
     [("HOSPITAL", ["DISTRICT HEADQUARTER HOSPITAL SKARDU"]), ("ADDRESS", ["Hospital Road"]), ("LOCATION", ["Skardu"]),
      ("PHONE", ["05815-555418"]), ("MRN", ["DHQS-25-04187"]), ("NAME", ["Ghulam Hussain", "Sadpara"]),
      ("NAME", ["Muhammad Ibrahim"]), ("ID", ["71101-4182736-3"]), ("ADDRESS", ["Mohallah Ghowari"]),
      ("LOCATION", ["Sadpara village"]), ("LOCATION", ["Baltoro Summit Treks"]), ("DATE", ["28-07-2025"]),
      ("DATE", ["02-08-2025"]), ("LOCATION", ["K2 Base Camp"]), ("LOCATION", ["Concordia"]),
      ("DATE", ["28th July"]), ("DATE", ["Independence Day"]), ("NAME", ["Mohammad Hassan"]),
      ("PHONE", ["0355 555 4182"]), ("NAME", ["Pierre-Yves", "Lachenal"]), ("EMAIL", ["py.lachenal@altitude-expe.fr"]),
      ("NAME", ["Farzana", "Baig"]), ("LICENCE", ["41827-N"])],
     ["Lake Louise score 6", "Gamow bag", "SpO2 62% on air", "PASP 58 mmHg",
      "High-altitude pulmonary oedema (HAPE)", "acute mountain sickness", "nifedipine 20 mg SR",
      "dexamethasone 4 mg", "acetazolamide 125 mg"]),

    # 28 - Canada, Newfoundland (Bonavista Peninsula): long-term care nursing note with abbreviations, resident aged 90
    ("NSG NOTE - Cabot Shores Manor LTC, 2 West, rm 12 | 03-Mar-26 1400h\n"
     "Res: PENNEY-IVANY, Uriah \"Uri\" | 90 y/o M | DOB 17-Jan-1936 | MCP 418 273 906 047 | Chart # CSM-0418\n"
     "From Little Heart's Ease orig.; fished out of Catalina til '88; widowed '09. Adm here Oct 2021.\n"
     "S: c/o SOB ↑ since Shrove Tues, \"can't get me breath\" lying flat, slept in recliner x2 nights. Appetite ↓.\n"
     "O: T 37.9, HR 98 irreg, BP 102/58, RR 26, SpO2 87% on 2L via home O2 conc. (Invacare s/n 18AK0418273) -> 90% "
     "on 4L. ↑ crackles bil bases, 2+ pitting edema to knees, wt ↑ 2.4 kg in 3 days (74.1 kg). Alert, oriented x2.\n"
     "A: ?CHF exac vs pneumonia. Hx CHF (EF 35%), COPD, AF.\n"
     "P: Dr. Oyelowo on call paged @ 1415 (709-555-0193) - orders: Lasix 40 mg IV now, then 40 mg PO BID; CXR "
     "portable; CBC, lytes, Cr, BNP in AM; O2 to keep SpO2 88-92% (COPD); strict I&O; daily wt.\n"
     "Daughter/POA Loretta Penney-Pardy notified @ 1430 (709-555-0188). Level of care 2 - no CPR, OK for transfer "
     "to Bonavista Peninsula Health Centre if needed. Res says he's \"goin' for 91 in January, b'y\".\n"
     "K. Hiscock RN / S. Abbott-Crewe LPN",
     [("HOSPITAL", ["Cabot Shores Manor"]), ("DATE", ["03-Mar-26"]), ("NAME", ["PENNEY-IVANY", "Uriah", "Uri"]),
      ("AGE", ["90 y/o"]), ("DATE", ["17-Jan-1936"]), ("ID", ["418 273 906 047"]), ("MRN", ["CSM-0418"]),
      ("LOCATION", ["Little Heart's Ease"]), ("LOCATION", ["Catalina"]), ("DATE", ["'88"]), ("DATE", ["'09"]),
      ("DATE", ["Oct 2021"]), ("DATE", ["Shrove Tues"]), ("SERIAL", ["18AK0418273"]), ("NAME", ["Oyelowo"]),
      ("PHONE", ["709-555-0193"]), ("NAME", ["Loretta", "Penney-Pardy"]), ("PHONE", ["709-555-0188"]),
      ("HOSPITAL", ["Bonavista Peninsula Health Centre"]), ("AGE", ["91"]), ("DATE", ["January"]),
      ("NAME", ["Hiscock"]), ("NAME", ["Abbott-Crewe"])],
     ["SpO2 87% on 2L", "crackles bil bases", "2+ pitting edema", "wt ↑ 2.4 kg", "CHF exac", "EF 35%",
      "Lasix 40 mg IV", "SpO2 88-92%", "BNP"]),

    # 29 - Sri Lanka, Southern Province (Hambantota), in English: medical ward admission note, dengue haemorrhagic fever
    ("DISTRICT GENERAL HOSPITAL HAMBANTOTA - Medical Ward 7 (Dengue HDU)\n"
     "ADMISSION NOTE AND DENGUE MONITORING | BHT No. 25/07/4187 | 14/05/2025 10:30\n"
     "Name: Mr. W. A. Chaminda Kumara Wickramarachchi | 38 Y | M | NIC 198736504182\n"
     "Address: No. 41/2, Siribopura Housing Scheme, Hambantota | Machine operator at the Mirijjawila industrial "
     "zone (Lanka Tyre Retreaders Ltd.)\n"
     "History: fever from the evening of Vesak Poya day, with retro-orbital pain, myalgia and vomiting; fever "
     "settled this morning (day 4) but abdominal pain and dizziness. Neighbour's son admitted to Tangalle Base "
     "Hospital with dengue last week.\n"
     "Exam: HR 104, BP 100/84 (pulse pressure 16), cap refill 3 s, cold peripheries, tender liver 2 cm, R pleural "
     "effusion on USS, no bleeding.\n"
     "Ix: NS1 antigen positive (day 2, MOH office). PCV 50% (baseline 41%), WBC 2,900/mm3, platelet count "
     "18,000/mm3, AST 286 U/L, ALT 194 U/L.\n"
     "Imp: Dengue haemorrhagic fever - critical phase, entered ~06:00 today; compensated shock.\n"
     "Plan: fluid quota calculated for 48 h (weight 70 kg -> ideal 66 kg, M + 5%); 0.9% NaCl 10 mL/kg/h x 1 h then "
     "step down per PCV and haemodynamics; Dextran 40 10 mL/kg if PCV rises with shock; hourly vitals, UOP, PCV "
     "4-6 hourly; no NSAIDs, no IM injections.\n"
     "Informant: wife Dilani Kumari Wickramarachchi, 077 555 4183 (also on Viber: dilani.kumari.w).\n"
     "Dr. Fathima Rizna Nizar, Medical Officer | SLMC Reg. No. 41827",
     [("HOSPITAL", ["DISTRICT GENERAL HOSPITAL HAMBANTOTA"]), ("MRN", ["25/07/4187"]), ("DATE", ["14/05/2025"]),
      ("NAME", ["W. A.", "Chaminda Kumara", "Wickramarachchi"]), ("ID", ["198736504182"]),
      ("ADDRESS", ["No. 41/2, Siribopura Housing Scheme"]), ("LOCATION", ["Hambantota"]),
      ("LOCATION", ["Mirijjawila"]), ("LOCATION", ["Lanka Tyre Retreaders Ltd."]), ("DATE", ["Vesak Poya day"]),
      ("HOSPITAL", ["Tangalle Base Hospital"]), ("NAME", ["Dilani Kumari"]), ("PHONE", ["077 555 4183"]),
      ("HANDLE", ["dilani.kumari.w"]), ("NAME", ["Fathima Rizna", "Nizar"]), ("LICENCE", ["41827"])],
     ["pulse pressure 16", "pleural effusion", "NS1 antigen positive", "PCV 50%", "platelet count 18,000/mm3",
      "Dengue haemorrhagic fever", "critical phase", "fluid quota", "M + 5%", "Dextran 40 10 mL/kg"]),

    # 30 - The Bahamas (Eleuthera): community clinic referral letter, ciguatera fish poisoning
    ("Governor's Harbour Community Clinic\n"
     "Queen's Highway, Governor's Harbour, Eleuthera, The Bahamas | Tel. (242) 555-0142 | Fax (242) 555-0143\n"
     "\n"
     "12th July 2025\n"
     "\n"
     "Dr. Theodora Knowles-Saunders\n"
     "Department of Medicine, Princess Margaret Hospital, Shirley Street, Nassau\n"
     "\n"
     "Dear Dr. Knowles-Saunders,\n"
     "Re: Mr. Ezekiel \"Zeke\" Pinder-Cambridge, DOB 23/04/1980, NIB No. 41827306, clinic no. GHC-7814\n"
     "Of Current, North Eleuthera; fisherman, and works weekends at the dive shop at Sea Grape Cove Resort, Gregory "
     "Town.\n"
     "On Independence Day he and his brother-in-law, Ansel Sands, ate a great barracuda he had speared off Current "
     "Cut. Six hours later both had vomiting and watery diarrhoea, followed by perioral paraesthesia, itching, "
     "aching teeth and temperature reversal (cold water feels hot). Ansel recovered within 3 days. Zeke's symptoms "
     "are worse: bradycardia 48 bpm with BP 90/58 on the 11th, improving after IV fluids and atropine 0.6 mg IV. "
     "Today HR 58, BP 108/70, but he has marked dysaesthesia of both feet and cannot work.\n"
     "Impression: ciguatera fish poisoning with cardiovascular and persistent neurological features. Mannitol "
     "1 g/kg was not available here. I have started amitriptyline 25 mg nocte and advised him to avoid fish, "
     "alcohol and nuts for 6 months.\n"
     "I would be grateful if you could see him in clinic. He will fly over on Bahamasair; his wife, Antoinette "
     "Pinder, (242) 555-0177, zekepinder242@bahamasmail.net, will accompany him.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. Marcellus Rolle-Ferguson, MBBS, Medical Officer | Bahamas Medical Council Reg. 1184",
     [("HOSPITAL", ["Governor's Harbour Community Clinic"]), ("ADDRESS", ["Queen's Highway"]),
      ("LOCATION", ["Governor's Harbour"]), ("LOCATION", ["Eleuthera"]), ("PHONE", ["(242) 555-0142"]),
      ("PHONE", ["(242) 555-0143"]), ("DATE", ["12th July 2025"]), ("NAME", ["Theodora", "Knowles-Saunders"]),
      ("HOSPITAL", ["Princess Margaret Hospital"]), ("ADDRESS", ["Shirley Street"]), ("LOCATION", ["Nassau"]),
      ("NAME", ["Ezekiel", "Zeke", "Pinder-Cambridge"]), ("DATE", ["23/04/1980"]), ("ID", ["41827306"]),
      ("MRN", ["GHC-7814"]), ("LOCATION", ["Current"]), ("LOCATION", ["North Eleuthera"]),
      ("LOCATION", ["Sea Grape Cove Resort"]), ("LOCATION", ["Gregory Town"]), ("DATE", ["Independence Day"]),
      ("NAME", ["Ansel", "Sands"]), ("LOCATION", ["Current Cut"]), ("DATE", ["the 11th"]),
      ("NAME", ["Antoinette", "Pinder"]), ("PHONE", ["(242) 555-0177"]), ("EMAIL", ["zekepinder242@bahamasmail.net"]),
      ("NAME", ["Marcellus", "Rolle-Ferguson"]), ("LICENCE", ["1184"])],
     ["great barracuda", "perioral paraesthesia", "temperature reversal", "bradycardia 48 bpm", "atropine 0.6 mg IV",
      "dysaesthesia", "ciguatera fish poisoning", "Mannitol 1 g/kg", "amitriptyline 25 mg nocte"]),

    # 31 - Norway, Finnmark (Kautokeino): surgical discharge summary, snowmobile ankle fracture (Norwegian)
    ("Finnmarkssykehuset HF, Hammerfest sykehus - Kirurgisk avdeling, ortopedisk seksjon\n"
     "Sykehusveien 35, 9613 Hammerfest | tlf. 78 55 54 18\n"
     "EPIKRISE | Innlagt 2026-04-05 | Utskrevet 2026-04-10\n"
     "Pasient: Nils Ánte Eira Sara | f. 14.03.72 | fnr. 14037249581\n"
     "Adresse: Bredbuktnesveien 18, 9520 Guovdageaidnu/Kautokeino. Reindriftsutøver i siidaen på Šuoššjávri.\n"
     "Fastlege: Berit Hætta-Mikkelsen, Kautokeino legekontor.\n"
     "Anamnese: Påskeaften kjørte han snøscooter (reg. JU 4182) inn i en skavl under flytting av flokken ved "
     "Šuoššjávri og fikk venstre fot i klem under scooteren. Hentet av luftambulansen (LN-OOH) og fløyet til "
     "Hammerfest.\n"
     "Funn: GCS 15. Hevelse og feilstilling venstre ankel, distal status intakt. Rtg./CT: Weber B-fraktur i "
     "laterale malleol med medial ruptur og syndesmoseskade. Ingen andre skader (CT traume).\n"
     "Behandling: Åpen reposisjon og osteosyntese (ORIF) med plate og skruer samt én syndesmoseskrue 2026-04-06. "
     "Ukomplisert forløp.\n"
     "Diagnose: S82.6 Brudd i laterale malleol, venstre.\n"
     "Medikamenter ved utskrivning: Paracet 1 g x 4, Fragmin 5000 IE x 1 s.c. i 6 uker, Oxynorm 5 mg ved behov "
     "(maks 4 per døgn, de første dagene).\n"
     "Videre: Gips/ortose, avlastning 6 uker. Kontroll med røntgen ved poliklinikken i Hammerfest etter 2 uker "
     "(time sendes) og etter 6 uker; fjerning av syndesmoseskrue vurderes etter 8-12 uker. Sykmeldt.\n"
     "Kontaktperson: kona Inger Marit Eira, tlf. 412 55 418.\n"
     "Sigurd Kvalsvik-Nnamdi, overlege | HPR-nr. 4182736",
     [("HOSPITAL", ["Finnmarkssykehuset HF"]), ("HOSPITAL", ["Hammerfest sykehus"]), ("ADDRESS", ["Sykehusveien 35"]),
      ("POSTCODE", ["9613"]), ("LOCATION", ["Hammerfest"]), ("PHONE", ["78 55 54 18"]), ("DATE", ["2026-04-05"]),
      ("DATE", ["2026-04-10"]), ("NAME", ["Nils Ánte", "Eira", "Sara"]), ("DATE", ["14.03.72"]),
      ("ID", ["14037249581"]), ("ADDRESS", ["Bredbuktnesveien 18"]), ("POSTCODE", ["9520"]),
      ("LOCATION", ["Guovdageaidnu"]), ("LOCATION", ["Kautokeino"]), ("LOCATION", ["Šuoššjávri"]),
      ("NAME", ["Berit", "Hætta-Mikkelsen"]), ("HOSPITAL", ["Kautokeino legekontor"]), ("DATE", ["Påskeaften"]),
      ("PLATE", ["JU 4182"]), ("PLATE", ["LN-OOH"]), ("DATE", ["2026-04-06"]), ("NAME", ["Inger Marit", "Eira"]),
      ("PHONE", ["412 55 418"]), ("NAME", ["Sigurd", "Kvalsvik-Nnamdi"]), ("LICENCE", ["4182736"])],
     ["GCS 15", "Weber B-fraktur", "syndesmoseskade", "ORIF", "syndesmoseskrue", "S82.6", "Paracet 1 g x 4",
      "Fragmin 5000 IE", "Oxynorm 5 mg"]),

    # 32 - USA, Mississippi Delta (Bolivar County): home health skilled nursing visit note
    ("DELTA HOME HEALTH SERVICES - 201 Sunflower Ave, Clarksdale, MS 38614 | Office 662-555-0120 | Fax 662-555-0129\n"
     "SKILLED NURSING VISIT NOTE | Visit #6 of 9 | 06/16/2025 10:05-11:10\n"
     "Patient: Ora Lee Washington-Pickens | 71 F | DOB 05/30/1954 | Medicare MBI 4TE3-HX7-QM62 | MS Medicaid "
     "418273046 | Agency ID DHH-04187\n"
     "Address: 308 Lake Street, Alligator, MS 38720. Lives with granddaughter. Usher at Greater New Hope M.B. "
     "Church.\n"
     "Ordering physician: Dr. Emmanuel Okafor-Brandt, Bolivar Medical Center, Cleveland MS | NPI 1958203741\n"
     "Homebound status: SOB walking > 15 ft, needs walker and 1 assist.\n"
     "Vitals: BP 148/84, HR 78, RR 18, SpO2 95% RA, wt 212 lb (up 1 lb). Telehealth hub readings reviewed on the "
     "portal (https://portal.deltahhs-telehealth.com/patient/OW041827, hub IP 10.18.4.27): no weight gain "
     "over 3 lb this week.\n"
     "Wound: stage 3 pressure injury sacrum 4.0 x 3.2 x 0.6 cm, 80% red granulation, 20% yellow slough, moderate "
     "serosanguineous drainage, no odor, periwound intact. NPWT at 125 mmHg continuous, canister changed, dressing "
     "changed per order (KCI ActiV.A.C. s/n VAC4182736). Braden score 14.\n"
     "DM: FSBS log 142-218; on Lantus 22 units qhs and metformin 500 mg BID. Last HbA1c 8.9% (05/02/2025).\n"
     "CHF: furosemide 40 mg daily, taking. 1+ edema ankles.\n"
     "Teaching: offloading q2h, protein intake, signs of infection, when to call. Granddaughter Keisha Pickens "
     "(662-555-0136) return-demonstrated the dressing.\n"
     "Next SN visit 06/20/2025 (the day after Juneteenth).\n"
     "Latoya Self-Hampton, RN | MS RN license R-841827",
     [("HOSPITAL", ["DELTA HOME HEALTH SERVICES"]), ("ADDRESS", ["201 Sunflower Ave"]), ("LOCATION", ["Clarksdale"]),
      ("POSTCODE", ["38614"]), ("PHONE", ["662-555-0120"]), ("PHONE", ["662-555-0129"]), ("DATE", ["06/16/2025"]),
      ("NAME", ["Ora Lee", "Washington-Pickens"]), ("DATE", ["05/30/1954"]), ("ID", ["4TE3-HX7-QM62"]),
      ("ID", ["418273046"]), ("MRN", ["DHH-04187"]), ("ADDRESS", ["308 Lake Street"]), ("LOCATION", ["Alligator"]),
      ("POSTCODE", ["38720"]), ("LOCATION", ["Greater New Hope M.B. Church"]), ("NAME", ["Emmanuel", "Okafor-Brandt"]),
      ("HOSPITAL", ["Bolivar Medical Center"]), ("LOCATION", ["Cleveland"]), ("ID", ["1958203741"]),
      ("URL", ["https://portal.deltahhs-telehealth.com/patient/OW041827"]), ("IP", ["10.18.4.27"]),
      ("SERIAL", ["VAC4182736"]), ("DATE", ["05/02/2025"]), ("NAME", ["Keisha", "Pickens"]),
      ("PHONE", ["662-555-0136"]), ("DATE", ["06/20/2025"]), ("DATE", ["Juneteenth"]),
      ("NAME", ["Latoya", "Self-Hampton"]), ("LICENCE", ["R-841827"])],
     ["stage 3 pressure injury", "4.0 x 3.2 x 0.6 cm", "NPWT at 125 mmHg continuous", "ActiV.A.C.",
      "Braden score 14", "Lantus 22 units", "metformin 500 mg BID", "HbA1c 8.9%", "furosemide 40 mg daily",
      "1+ edema"]),

    # 33 - Tonga (patient from Ha'apai): paediatric discharge summary, acute rheumatic fever with carditis
    ("VAIOLA HOSPITAL - Department of Paediatrics, Tofoa, Nuku'alofa, Kingdom of Tonga | Tel. 23 555\n"
     "DISCHARGE SUMMARY / RHD REGISTER NOTIFICATION\n"
     "Name: Losana Fifita-Taufa | 13 F | DOB 02/05/2012 | Hosp. No. VH-041827 | RHD register no. TO-RHD-0418\n"
     "Home: 'Uiha, Ha'apai; boards in Nuku'alofa with her aunt in Kolofo'ou while at Queen Salote College (Form 2).\n"
     "Admitted 03/02/2026 - discharged 24/02/2026.\n"
     "Presentation: migratory polyarthritis of knees and ankles, fever 38.6, then 2 weeks later clumsy, jerky "
     "movements of both hands and dropping her cup; teacher noticed messy handwriting. Sore throat at New Year, "
     "not treated.\n"
     "Findings: Sydenham chorea; apical pansystolic murmur 3/6. ESR 88 mm/h, CRP 64 mg/L, ASOT 800 IU/mL. ECG PR "
     "interval 0.22 s. Echo (Dr. Siosaia Vake): moderate mitral regurgitation, thickened anterior mitral leaflet - "
     "definite RHD by World Heart Federation criteria.\n"
     "Diagnosis: acute rheumatic fever (revised Jones criteria: carditis, polyarthritis, chorea) with moderate "
     "rheumatic mitral regurgitation.\n"
     "Treatment: naproxen 10 mg/kg BD; carbamazepine 7.5 mg/kg BD for chorea; benzathine penicillin G 1.2 million "
     "units IM given 04/02 - then every 28 days until age 21 at least (next doses 04/03 and 01/04, at Vaiola or "
     "Niu'ui Hospital in Ha'apai).\n"
     "Father Sione Fifita, ph 775 5418; aunt Mele Taufa, ph 884 1273. Register nurse: Sister 'Ana Vainikolo.\n"
     "Dr. 'Ofa Tu'ipulotu-Havili, Paediatric Registrar",
     [("HOSPITAL", ["VAIOLA HOSPITAL"]), ("LOCATION", ["Tofoa"]), ("LOCATION", ["Nuku'alofa"]), ("PHONE", ["23 555"]),
      ("NAME", ["Losana", "Fifita-Taufa"]), ("DATE", ["02/05/2012"]), ("MRN", ["VH-041827"]), ("ID", ["TO-RHD-0418"]),
      ("LOCATION", ["'Uiha"]), ("LOCATION", ["Ha'apai"]), ("LOCATION", ["Kolofo'ou"]),
      ("LOCATION", ["Queen Salote College"]), ("DATE", ["03/02/2026"]), ("DATE", ["24/02/2026"]),
      ("DATE", ["New Year"]), ("NAME", ["Siosaia", "Vake"]), ("DATE", ["04/02"]), ("DATE", ["04/03"]),
      ("DATE", ["01/04"]), ("HOSPITAL", ["Vaiola"]), ("HOSPITAL", ["Niu'ui Hospital"]), ("NAME", ["Sione", "Fifita"]),
      ("PHONE", ["775 5418"]), ("NAME", ["Mele", "Taufa"]), ("PHONE", ["884 1273"]), ("NAME", ["'Ana", "Vainikolo"]),
      ("NAME", ["'Ofa", "Tu'ipulotu-Havili"])],
     ["migratory polyarthritis", "Sydenham chorea", "pansystolic murmur 3/6", "ESR 88 mm/h", "ASOT 800 IU/mL",
      "PR interval 0.22 s", "moderate mitral regurgitation", "World Heart Federation criteria", "Jones criteria",
      "naproxen 10 mg/kg BD", "benzathine penicillin G 1.2 million units IM"]),

    # 34 - Greece, Messinia (Kalamata): medical certificate of death after cardiogenic shock (Greek)
    ("ΙΑΤΡΙΚΗ ΒΕΒΑΙΩΣΗ ΘΑΝΑΤΟΥ\n"
     "Γενικό Νοσοκομείο Μεσσηνίας - Νοσηλευτική Μονάδα Καλαμάτας | Αντικάλαμος, 24100 Καλαμάτα | τηλ. 27210 55 418\n"
     "Αριθμός βεβαίωσης: ΓΝΜ-Κ 0418/2026\n"
     "Θανών: Παναγιώτης Δημητρακόπουλος του Γεωργίου και της Αγγελικής | Φύλο: Άρρεν | Ημ. γέννησης: 22/11/1955 | "
     "ΑΜΚΑ 22115507315 | ΑΔΤ ΑΚ 418273\n"
     "Μόνιμη κατοικία: Μικρή Μαντίνεια, Δήμος Καλαμάτας, οδός Αγίου Νικολάου 3 | Επάγγελμα: ελαιοπαραγωγός\n"
     "Ημερομηνία και ώρα θανάτου: 7 Φεβρουαρίου 2026, 03:40 | Τόπος θανάτου: Μονάδα Εντατικής Θεραπείας\n"
     "Εισαγωγή στο νοσοκομείο: 4/2/2026 (με ΕΚΑΒ από την οικία του· πρώτη εκτίμηση στο Κέντρο Υγείας Καρδαμύλης)\n"
     "ΑΙΤΙΑ ΘΑΝΑΤΟΥ\n"
     "Ι. α) Ανθεκτική καρδιογενής καταπληξία - διάρκεια 2 ημέρες\n"
     "   β) Οξύ έμφραγμα μυοκαρδίου προσθίου τοιχώματος (STEMI), Killip IV - διάρκεια 3 ημέρες\n"
     "   γ) Σακχαρώδης διαβήτης τύπου 2 - διάρκεια 15 έτη\n"
     "ΙΙ. Χρόνια νεφρική νόσος σταδίου 4\n"
     "Παρατηρήσεις: Αγγειοπλαστική με stent στον πρόσθιο κατιόντα, ενδοαορτική αντλία (IABP), νοραδρεναλίνη έως "
     "0,5 mcg/kg/min. Νεκροψία: δεν ζητήθηκε.\n"
     "Δηλών: γιος Γεώργιος Δημητρακόπουλος, τηλ. 697 555 2184.\n"
     "Ο βεβαιών ιατρός: Αναστασία Λυμπεροπούλου-Ζάχου, Καρδιολόγος | ΑΜ Ιατρικού Συλλόγου Μεσσηνίας 1874",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Μεσσηνίας"]), ("HOSPITAL", ["Νοσηλευτική Μονάδα Καλαμάτας"]),
      ("LOCATION", ["Αντικάλαμος"]), ("POSTCODE", ["24100"]), ("LOCATION", ["Καλαμάτα"]),
      ("PHONE", ["27210 55 418"]), ("ID", ["ΓΝΜ-Κ 0418/2026"]), ("NAME", ["Παναγιώτης", "Δημητρακόπουλος"]),
      ("NAME", ["Γεωργίου"]), ("NAME", ["Αγγελικής"]), ("DATE", ["22/11/1955"]), ("ID", ["22115507315"]),
      ("ID", ["ΑΚ 418273"]), ("LOCATION", ["Μικρή Μαντίνεια"]), ("LOCATION", ["Δήμος Καλαμάτας"]),
      ("ADDRESS", ["Αγίου Νικολάου 3"]), ("DATE", ["7 Φεβρουαρίου 2026"]), ("DATE", ["4/2/2026"]),
      ("HOSPITAL", ["Κέντρο Υγείας Καρδαμύλης"]),
      ("NAME", ["Γεώργιος", "Δημητρακόπουλος"]), ("PHONE", ["697 555 2184"]),
      ("NAME", ["Αναστασία", "Λυμπεροπούλου-Ζάχου"]), ("LICENCE", ["1874"])],
     ["καρδιογενής καταπληξία", "Οξύ έμφραγμα μυοκαρδίου προσθίου τοιχώματος", "STEMI", "Killip IV",
      "Σακχαρώδης διαβήτης τύπου 2", "Χρόνια νεφρική νόσος σταδίου 4", "πρόσθιο κατιόντα", "ενδοαορτική αντλία (IABP)",
      "νοραδρεναλίνη"]),

    # 35 - England, County Durham: occupational health sharps injury and blood-borne virus exposure record
    ("County Durham and Darlington NHS Foundation Trust - Occupational Health Service\n"
     "University Hospital of North Durham, North Road, Durham DH1 5TW | OH 0191 555 0823 | cddft.ohs@nhs.net\n"
     "SHARPS / BLOOD-BORNE VIRUS EXPOSURE - OCCUPATIONAL HEALTH RECORD | OH ref. OH-25-04187 | Datix W418273\n"
     "Case portal: https://ohportal.cddft.nhs.uk/case/OH-25-04187\n"
     "Employee: Staff Nurse Chantelle Featherstone-Obi | DOB 12/01/1994 | NHS 485 203 9178 | Assignment no. "
     "20418736 | Ward 16 (Acute Medicine)\n"
     "Home: 7 Front Street, Pity Me, Durham DH1 5DE | mobile 07700 900 761\n"
     "Exposure: 23:15 on Saturday 1 November 2025; deep percutaneous injury to the L index finger from a hollow-bore "
     "needle (used 21G cannula introducer) while resiting a cannula on a confused patient. Wound bled freely, washed "
     "under running water, no scrubbing. Reported to the site manager and seen in ED at 23:50.\n"
     "Source: identified (Hosp. no. D0418273, consented for testing): HIV Ab/Ag negative, HBsAg negative, HCV Ab "
     "positive, HCV RNA pending. Known injecting drug use.\n"
     "Employee status: HBsAb 112 mIU/mL (checked 03/2024 - immune, no booster needed). Baseline serum stored.\n"
     "Risk assessment: significant exposure to a HCV-positive source; PEPSE not indicated (source HIV negative).\n"
     "Plan: HCV RNA at 6 and 12 weeks; HCV Ab and ALT at 24 weeks; safer sex and no blood donation until cleared; "
     "can continue exposure-prone work pending results (not EPP). Referral to the ward manager, Sister Joanne "
     "Tweddle, about safety cannulae on Ward 16.\n"
     "OH nurse: Gemma Lumsden-Okoro, OH Advisor | NMC PIN 94A2187E",
     [("HOSPITAL", ["County Durham and Darlington NHS Foundation Trust"]),
      ("HOSPITAL", ["University Hospital of North Durham"]), ("ADDRESS", ["North Road"]), ("LOCATION", ["Durham"]),
      ("POSTCODE", ["DH1 5TW"]), ("PHONE", ["0191 555 0823"]), ("EMAIL", ["cddft.ohs@nhs.net"]),
      ("ID", ["OH-25-04187"]), ("ID", ["W418273"]), ("URL", ["https://ohportal.cddft.nhs.uk/case/OH-25-04187"]),
      ("NAME", ["Chantelle", "Featherstone-Obi"]), ("DATE", ["12/01/1994"]), ("ID", ["485 203 9178"]),
      ("ID", ["20418736"]), ("ADDRESS", ["7 Front Street"]), ("LOCATION", ["Pity Me"]), ("POSTCODE", ["DH1 5DE"]),
      ("PHONE", ["07700 900 761"]), ("DATE", ["Saturday 1 November 2025"]), ("MRN", ["D0418273"]),
      ("DATE", ["03/2024"]), ("NAME", ["Joanne", "Tweddle"]), ("NAME", ["Gemma", "Lumsden-Okoro"]),
      ("LICENCE", ["94A2187E"])],
     ["hollow-bore needle", "21G cannula", "HIV Ab/Ag negative", "HBsAg negative", "HCV Ab positive", "HCV RNA",
      "HBsAb 112 mIU/mL", "PEPSE not indicated", "6 and 12 weeks"]),

    # 36 - Northern Ireland, Co. Fermanagh: post-operative surgical ward round entry in handwritten style
    ("SWAH - Ward 4 (Erne Ward) - WR Mr Fitzsimons (Cons) / SpR Dr Bhattacharjee / FY1 | 29/8 0815\n"
     "Pt: McCAFFREY-MAGUIRE, Seamus \"Shay\" | 67M | H&C 341 870 2961 | MRN SWAH0418273 | Bed 12\n"
     "Home: Drumcoo Rd, Belcoo BT93 5FF - runs McCaffrey's Bar, Derrylin\n"
     "D2 post Hartmann's procedure (27/8) for perforated sigmoid diverticulitis, Hinchey III\n"
     "S: sore ++ overnight, ?flatus, no vomit. Slept ~3h. Wants a cup of tea.\n"
     "O: Alert. T 37.8, HR 96, BP 124/76, RR 18, SpO2 95% 2L. Abdo soft, approp. tender, wound clean/dry, stoma "
     "pink + healthy, no output yet. NGT 200 mL bilious/24h. UO 0.6 mL/kg/h. Calves SNT.\n"
     "Bloods: CRP 188 -> 142, WCC 14.1, Hb 112, K 3.2, Cr 98, Mg 0.64\n"
     "Imp: D2 post-op, progressing; hypoK/hypoMg\n"
     "P: 1. sips -> free fluids if no N&V; NGT on free drainage, remove if < 200 mL\n"
     "   2. IVI 1 L 0.9% NaCl + KCl 40 mmol 8-hrly; Mg sulphate 20 mmol IV\n"
     "   3. cont pip-taz 4.5 g TDS (day 3/5)\n"
     "   4. co-codamol 30/500 PRN + PCA (s/n 4182-PCA-073) wean today\n"
     "   5. LMWH (enoxaparin 40 mg) + TEDs\n"
     "   6. mobilise w/ physio; stoma nurse (Aoibheann) to see\n"
     "   7. wife Roisin (07700 900 523) to bring his glasses + hearing aid\n"
     "Dr N. Okonjo-Devlin FY1 #4418",
     [("HOSPITAL", ["SWAH"]), ("LOCATION", ["Erne Ward"]), ("NAME", ["Fitzsimons"]), ("NAME", ["Bhattacharjee"]),
      ("DATE", ["29/8"]), ("NAME", ["McCAFFREY-MAGUIRE", "Seamus", "Shay"]), ("ID", ["341 870 2961"]),
      ("MRN", ["SWAH0418273"]), ("ADDRESS", ["Drumcoo Rd"]), ("LOCATION", ["Belcoo"]), ("POSTCODE", ["BT93 5FF"]),
      ("LOCATION", ["McCaffrey's Bar"]), ("LOCATION", ["Derrylin"]), ("DATE", ["27/8"]), ("SERIAL", ["4182-PCA-073"]),
      ("NAME", ["Aoibheann"]), ("NAME", ["Roisin"]), ("PHONE", ["07700 900 523"]), ("NAME", ["Okonjo-Devlin"]),
      ("PHONE", ["4418"])],
     ["Hartmann's procedure", "sigmoid diverticulitis", "Hinchey III", "NGT 200 mL", "UO 0.6 mL/kg/h", "CRP 188",
      "KCl 40 mmol", "pip-taz 4.5 g TDS", "co-codamol 30/500", "enoxaparin 40 mg"]),

    # 37 - Taiwan, Hualien (Guangfu): home care nursing record, Amis resident aged 91, ROC dates (traditional)
    ("門諾醫院附設居家護理所\n"
     "花蓮縣花蓮市民權路44號　電話：03-855-4182\n"
     "居家護理訪視紀錄　訪視日期：民國115年1月20日（星期二）　個案編號：HC-1150418\n"
     "個案：潘秀英（阿美族名 Panay）　女　91歲　出生：民國23年11月2日\n"
     "身分證字號：U204182736\n"
     "住址：花蓮縣光復鄉大安村大安街18號（馬太鞍部落）\n"
     "主要照顧者：兒子 林志明（0933-555-218）；外籍看護 Siti Rahayu（印尼籍，白天照顧）\n"
     "診斷：陳舊性腦中風（民國104年）合併右側偏癱、臥床；第2型糖尿病；失智症。\n"
     "評估：T 36.6℃，P 84，R 18，BP 132/70，SpO2 96%。意識：可叫醒，僅能以阿美語簡單回應。"
     "薦骨壓傷第3級 3×2.5 cm，傷口底部紅色肉芽70%、黃色腐肉30%，少量滲液；Braden量表 12分；巴氏量表 10分。"
     "鼻胃管 16 Fr（上次更換：12月23日），留置導尿管（16 Fr，矽質）。\n"
     "檢驗（1月13日抽血）：白蛋白 2.8 g/dL，HbA1c 7.1%，血紅素 10.4 g/dL。\n"
     "處置：傷口以生理食鹽水清洗後使用親水性敷料；更換鼻胃管；指導看護每2小時翻身、氣墊床壓力調整；建議增加蛋白質灌食配方。\n"
     "衛教：家屬表示女兒林美華預計豐年祭時從台北回來；個案明年春節後就滿92歲。\n"
     "下次訪視：1月27日\n"
     "居家護理師：吳美玲（護理師證書 護字第041827號）",
     [("HOSPITAL", ["門諾醫院"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["花蓮市"]), ("ADDRESS", ["民權路44號"]),
      ("PHONE", ["03-855-4182"]), ("DATE", ["民國115年1月20日"]), ("MRN", ["HC-1150418"]), ("NAME", ["潘秀英"]),
      ("NAME", ["Panay"]), ("AGE", ["91歲"]), ("DATE", ["民國23年11月2日"]), ("ID", ["U204182736"]), ("LOCATION", ["光復鄉"]),
      ("LOCATION", ["大安村"]), ("ADDRESS", ["大安街18號"]), ("LOCATION", ["馬太鞍部落"]), ("NAME", ["林志明"]),
      ("PHONE", ["0933-555-218"]), ("NAME", ["Siti", "Rahayu"]), ("DATE", ["民國104年"]), ("DATE", ["12月23日"]),
      ("DATE", ["1月13日"]), ("NAME", ["林美華"]), ("DATE", ["豐年祭"]), ("LOCATION", ["台北"]), ("DATE", ["春節"]),
      ("AGE", ["92歲"]), ("DATE", ["1月27日"]), ("NAME", ["吳美玲"]), ("LICENCE", ["護字第041827號"])],
     ["陳舊性腦中風", "第2型糖尿病", "薦骨壓傷第3級", "Braden量表 12分", "巴氏量表 10分", "鼻胃管 16 Fr", "導尿管",
      "白蛋白 2.8 g/dL", "HbA1c 7.1%", "親水性敷料"]),

    # 38 - Botswana, Ngamiland (Maun, Okavango Delta): accident and emergency note, crocodile bite
    ("LETSHOLATHEBE II MEMORIAL HOSPITAL - Accident & Emergency, Maun\n"
     "A&E NOTE | 30/09/2025 (Botswana Day) 17:35 | Patient no. LMH-25-04187\n"
     "Name: Mr Oabile Tshekiso-Moremi | 41 M | Omang 418217306 | Cell 71 555 418\n"
     "Address: Plot 212, Shorobe. Poler (mokoro guide) at Delta Lechwe Lodge on the Boro River.\n"
     "History: at ~14:30 a crocodile (about 3 m) grabbed his R leg from the water while he was poling guests through "
     "a channel; he fought it off with his pole; tourniquet with a belt by the guests. Flown in by Okavango Air "
     "Rescue helicopter (A2-ORZ). Lodge manager Kelly-Anne du Preez (ops@deltalechwe.co.bw, 72 555 903) "
     "arranged the flight.\n"
     "Exam: HR 118, BP 102/64, GCS 15. R calf: multiple deep puncture wounds and a 12 cm flap laceration with "
     "degloving over tibialis anterior, muscle torn but viable; dorsalis pedis palpable; toes move. No fracture on XR. "
     "Hb 10.1 g/dL.\n"
     "Treatment: tourniquet off 17:45 (on ~3 h) - bleeding controlled with pressure; 2 L Ringer's lactate; "
     "morphine 5 mg IV; tetanus toxoid; IV ceftriaxone 2 g + metronidazole 500 mg, and ciprofloxacin 500 mg BD to "
     "cover Aeromonas hydrophila. To theatre tonight for wound exploration and debridement, leave open, delayed "
     "closure. Watch for compartment syndrome after the long tourniquet time.\n"
     "Wife Mpho Tshekiso informed by phone (74 555 612).\n"
     "Dr Refilwe Kgathi-Lekoko, Medical Officer | BHPC reg. 4182",
     [("HOSPITAL", ["LETSHOLATHEBE II MEMORIAL HOSPITAL"]), ("LOCATION", ["Maun"]), ("DATE", ["30/09/2025"]),
      ("DATE", ["Botswana Day"]), ("MRN", ["LMH-25-04187"]), ("NAME", ["Oabile", "Tshekiso-Moremi"]),
      ("ID", ["418217306"]), ("PHONE", ["71 555 418"]), ("ADDRESS", ["Plot 212"]), ("LOCATION", ["Shorobe"]),
      ("LOCATION", ["Delta Lechwe Lodge"]), ("LOCATION", ["Boro River"]), ("PLATE", ["A2-ORZ"]),
      ("NAME", ["Kelly-Anne", "du Preez"]), ("EMAIL", ["ops@deltalechwe.co.bw"]), ("PHONE", ["72 555 903"]),
      ("NAME", ["Mpho", "Tshekiso"]), ("PHONE", ["74 555 612"]), ("NAME", ["Refilwe", "Kgathi-Lekoko"]),
      ("LICENCE", ["4182"])],
     ["degloving", "tibialis anterior", "dorsalis pedis", "Hb 10.1 g/dL", "Ringer's lactate", "morphine 5 mg IV",
      "tetanus toxoid", "IV ceftriaxone 2 g", "metronidazole 500 mg", "ciprofloxacin 500 mg BD",
      "Aeromonas hydrophila"]),

    # 39 - Canada, southern Alberta (Vulcan County): discharge summary, West Nile neuroinvasive disease
    ("Chinook Regional Hospital - Internal Medicine\n"
     "960 19 Street South, Lethbridge AB T1J 1W5 | 403-555-0180\n"
     "DISCHARGE SUMMARY\n"
     "Patient: Jacob Wurz-Hofer | 52 M | DOB 1973-07-08 | AB PHN 41827-3069 | MRN CRH0418273\n"
     "Address: Riverbend Colony, RR 1, Vulcan AB T0L 2B0 - farm boss (cattle and irrigated canola) at the colony\n"
     "Admitted: 2025-08-21 | Discharged: 2025-09-12 | Attending: Dr. Oyinkansola Bakare-Lindqvist\n"
     "Diagnosis: West Nile neuroinvasive disease - meningoencephalitis with acute flaccid paralysis of the L arm.\n"
     "History: 5 days of fever, headache and confusion after weeks of irrigating in the evenings, many mosquito "
     "bites, no DEET. L arm weakness from day 3.\n"
     "Investigations: CSF WBC 148 x10^6/L (62% lymphocytes) - lymphocytic pleocytosis; CSF protein 0.98 g/L; "
     "glucose normal. West Nile virus IgM positive in CSF and serum (ProvLab). MRI: T2 signal in the L anterior "
     "horn C5-C7 and both thalami. NCS/EMG: motor axonopathy L C5-C7.\n"
     "Course: supportive; ICU 4 days (GCS nadir 10, no intubation). Confusion cleared by day 9. L deltoid and "
     "biceps MRC 2/5 at discharge, wrist and hand 4/5.\n"
     "Plan: inpatient rehab at the Glenrose Rehabilitation Hospital, Edmonton (transfer 2025-09-12); follow-up "
     "with Dr. Marta Tschetter-Ng, Vulcan Community Health Centre, in 6 weeks; public health notified (Culex tarsalis "
     "season - colony told about standing water). The family hopes he is home for Thanksgiving.\n"
     "Contacts: wife Susanna Wurz and the colony minister, Rev. Paul Entz - colony office 403-555-0152, "
     "riverbendcolony.office@gmail.com.\n"
     "Dr. Oyinkansola Bakare-Lindqvist, MD FRCPC | CPSA 041827",
     [("HOSPITAL", ["Chinook Regional Hospital"]), ("ADDRESS", ["960 19 Street South"]), ("LOCATION", ["Lethbridge"]),
      ("POSTCODE", ["T1J 1W5"]), ("PHONE", ["403-555-0180"]), ("NAME", ["Jacob", "Wurz-Hofer"]),
      ("DATE", ["1973-07-08"]), ("ID", ["41827-3069"]), ("MRN", ["CRH0418273"]), ("LOCATION", ["Riverbend Colony"]),
      ("ADDRESS", ["RR 1"]), ("LOCATION", ["Vulcan"]), ("POSTCODE", ["T0L 2B0"]), ("DATE", ["2025-08-21"]),
      ("DATE", ["2025-09-12"]), ("NAME", ["Oyinkansola", "Bakare-Lindqvist"]),
      ("HOSPITAL", ["Glenrose Rehabilitation Hospital"]), ("LOCATION", ["Edmonton"]),
      ("NAME", ["Marta", "Tschetter-Ng"]), ("HOSPITAL", ["Vulcan Community Health Centre"]), ("DATE", ["Thanksgiving"]),
      ("NAME", ["Susanna", "Wurz"]), ("NAME", ["Paul", "Entz"]), ("PHONE", ["403-555-0152"]),
      ("EMAIL", ["riverbendcolony.office@gmail.com"]), ("LICENCE", ["041827"])],
     ["West Nile neuroinvasive disease", "meningoencephalitis", "acute flaccid paralysis", "DEET",
      "lymphocytic pleocytosis", "CSF protein 0.98 g/L", "West Nile virus IgM", "MRC 2/5", "Culex tarsalis"]),
]
