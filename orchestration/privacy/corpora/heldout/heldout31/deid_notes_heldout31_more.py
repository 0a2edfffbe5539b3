"""Notes 20-39 of the thirty-first HELD-OUT set (see :mod:`deid_notes_heldout31` for how it was written and what it
holds).

These 20 notes hold 510 planted identifier parts in 414 (kind, parts) entries and 202 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a sexual health clinic record with partner notification and an
SMS log (Lusaka); 21, a diphtheria case investigation and contact tracing form in a refugee camp (Cox's Bazar); 23, a
travel clinic pre-travel consultation (Singapore); 24, a short school dental team record with Malay labels (Kelantan);
25, a laboratory information system critical value log (Iloilo); 27, a short sports medicine note (Port of Spain);
28, a school echocardiography screening list for rheumatic heart disease (Vava'u); 30, an infectious diseases
follow-up after bubonic plague with the veterinarian's findings (New Mexico); 32, a community hospital nursing
handover sheet with one patient aged 92 (Northumberland); 33, a community pharmacy opioid treatment dosing record
(Tasmania); 34, a navy independent duty corpsman's record with a medevac (a destroyer in the Philippine Sea); 36, a
cremation medical certificate for a woman aged 96 (Gwynedd); 37, a GP practice valproate audit list (Co. Fermanagh);
39, a very short nurse telephone note (Rarotonga). In Greek script: 29, a newborn diagnostic hearing assessment
(Thessaloniki). In Chinese: 22, a care home death record and doctor's certificate for cremation for a resident aged 97
(Hong Kong, traditional); 35, a township health station emergency record with a helicopter evacuation (Orchid Island,
traditional, Republic of China dates). In Spanish: 26, an aeromedical transfer summary (Rapa Nui). In French: 31, a
school doctor's child protection referral (Lorraine). In Italian: 38, a first-aid record at a migrant landing
(Lampedusa). Entries per kind here: NAME 107, DATE 79, LOCATION 69, HOSPITAL 33, ID 30, PHONE 28, LICENCE 17, ADDRESS
14, MRN 9, POSTCODE 7, SERIAL 6, AGE 5, PLATE 4, EMAIL 3, HANDLE 1, IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Zambia, Lusaka: sexual health clinic record with partner notification and an SMS log
    ("CHAWAMA LEVEL 1 HOSPITAL - STI / Sexual and Reproductive Health Clinic, Lusaka\n"
     "Client record | 03/02/2026 | STI register no. 26/0187 | ART no. 5004-0418-00273\n"
     "Client: Memory Banda | 24 F | NRC 418273/61/1 | Matero, off Lumumba Road | cell 0977 555 318\n"
     "Complaint: painless sore on the vulva for 2 weeks; now a rash on the palms and soles. Last sex 1 week ago with "
     "her regular partner; one other partner in December.\n"
     "Exam: healing 1 cm indurated ulcer L labium majus; rubbery inguinal nodes; macular rash on palms and soles; no "
     "condylomata lata. No discharge.\n"
     "Tests: RPR reactive 1:32; TPHA positive. HIV: Determine reactive, Uni-Gold reactive - NEW POSITIVE (post-test "
     "counselling done). Pregnancy test negative. HBsAg negative.\n"
     "Dx: secondary syphilis (Treponema pallidum); HIV infection, WHO stage 1.\n"
     "Rx: benzathine penicillin 2.4 MU IM stat, observed 30 min - warned about the Jarisch-Herxheimer reaction. "
     "Same-day ART: TLD (tenofovir/lamivudine/dolutegravir) 1 tab OD. CD4 and VL sent. Condoms given.\n"
     "Partner notification (client referral plus provider-assisted, consent given):\n"
     "- Bright Mwansa, regular partner, minibus driver on the Kamwala route - contact slip given to the client; SMS "
     "sent.\n"
     "- December partner: knows him only as Chanda, on Facebook as @mr_chanda_zm - she will message him herself.\n"
     "SMS log (clinic phone 0966 555 204):\n"
     "04/02 08:12 to Bright: \"Hello, this is Chawama clinic. Please come to the SRH room about an important health "
     "matter. Bring this message and ask for Sister Mulenga.\"\n"
     "04/02 19:40 from Bright: \"who gave u my number?? ok i will come thursday\"\n"
     "06/02 10:05 Bright attended - RPR reactive 1:8, HIV negative -> BPG 2.4 MU, PrEP started (TDF/FTC).\n"
     "Nurse: Sister Charity Mulenga, RN | NMCZ 041827",
     [("HOSPITAL", ["CHAWAMA LEVEL 1 HOSPITAL"]), ("LOCATION", ["Lusaka"]), ("DATE", ["03/02/2026"]),
      ("MRN", ["26/0187"]), ("MRN", ["5004-0418-00273"]), ("NAME", ["Memory", "Banda"]), ("ID", ["418273/61/1"]),
      ("LOCATION", ["Matero"]), ("ADDRESS", ["Lumumba Road"]), ("PHONE", ["0977 555 318"]), ("DATE", ["December"]),
      ("NAME", ["Bright", "Mwansa"]), ("LOCATION", ["Kamwala"]), ("NAME", ["Chanda"]), ("HANDLE", ["mr_chanda_zm"]),
      ("PHONE", ["0966 555 204"]), ("DATE", ["04/02"]), ("HOSPITAL", ["Chawama clinic"]), ("DATE", ["06/02"]),
      ("NAME", ["Charity", "Mulenga"]), ("LICENCE", ["041827"])],
     ["condylomata lata", "RPR reactive 1:32", "TPHA positive", "Determine reactive", "Uni-Gold reactive",
      "Treponema pallidum", "WHO stage 1", "benzathine penicillin 2.4 MU IM", "Jarisch-Herxheimer reaction",
      "TLD (tenofovir/lamivudine/dolutegravir)", "RPR reactive 1:8", "PrEP started (TDF/FTC)"]),

    # 21 - Bangladesh, Cox's Bazar (Ukhia): diphtheria case investigation and contact tracing in a refugee camp
    ("DIPHTHERIA TREATMENT CENTRE - Camp 15 (Jamtoli), Ukhia, Cox's Bazar\n"
     "CASE INVESTIGATION AND CONTACT TRACING FORM | Case ID DIPH-CXB-26-0041 | 21-01-2026\n"
     "Patient: Nur Ayesha | 7 F | FCN 180418273 | Block C-7, shelter 112, Camp 15 | father Abul Hussain (day "
     "labourer), mother Rahima Khatun\n"
     "Vaccination: none documented (family arrived in 2017, before the camp Penta campaigns).\n"
     "Onset 17-01-2026: fever, sore throat, painful swallowing; grey adherent pseudomembrane over both tonsils and the "
     "uvula that bleeds when scraped; bull neck. HR 132.\n"
     "Lab: throat swab - Corynebacterium diphtheriae on tellurite agar; toxigenicity by Elek test pending.\n"
     "Treatment: diphtheria antitoxin (DAT) 40,000 IU IV after a negative test dose; azithromycin 10 mg/kg OD for 14 "
     "days; isolation. Daily ECG - QTc 440 ms, no block so far (myocarditis watch).\n"
     "Close contacts (azithromycin prophylaxis, vaccination, swabs taken):\n"
     "1. Abul Hussain, father, 38 M - azithromycin, Td\n"
     "2. Rahima Khatun, mother, 30 F - azithromycin, Td\n"
     "3. Mohammed Toyub, brother, 10 M - azithromycin, Penta 1; swab positive (carrier) - 14 days\n"
     "4. Sokina, sister, 3 F - azithromycin, Penta 1\n"
     "5. Neighbour's child Ruma Akter, 6 F (shelter 113) - azithromycin, Penta 1\n"
     "6. Hafez Jamal Uddin, teacher at the learning centre she attends - azithromycin, Td\n"
     "Block majhi: Mohammed Salim, +880 1855-418273 - informed; community health workers to visit every shelter in "
     "Block C-7 daily for 10 days.\n"
     "Reported by: Dr. Farhana Chowdhury-Rahman, Medical Officer | BMDC A-71842",
     [("LOCATION", ["Camp 15"]), ("LOCATION", ["Jamtoli"]), ("LOCATION", ["Ukhia"]), ("LOCATION", ["Cox's Bazar"]),
      ("ID", ["DIPH-CXB-26-0041"]), ("DATE", ["21-01-2026"]), ("NAME", ["Nur", "Ayesha"]), ("ID", ["180418273"]),
      ("ADDRESS", ["Block C-7", "shelter 112"]), ("NAME", ["Abul", "Hussain"]), ("NAME", ["Rahima", "Khatun"]),
      ("DATE", ["17-01-2026"]), ("NAME", ["Mohammed", "Toyub"]), ("NAME", ["Sokina"]), ("NAME", ["Ruma", "Akter"]),
      ("ADDRESS", ["shelter 113"]), ("NAME", ["Jamal", "Uddin"]), ("NAME", ["Mohammed", "Salim"]),
      ("PHONE", ["+880 1855-418273"]), ("NAME", ["Farhana", "Chowdhury-Rahman"]), ("LICENCE", ["A-71842"])],
     ["pseudomembrane", "bull neck", "Corynebacterium diphtheriae", "tellurite agar", "Elek test",
      "diphtheria antitoxin (DAT) 40,000 IU", "azithromycin 10 mg/kg", "QTc 440 ms", "Td", "Penta 1"]),

    # 22 - Hong Kong (Tai Po): care home death record and doctor's certificate for cremation, resident aged 97
    # (traditional Chinese)
    ("慈暉護老院（大埔）　護理部\n"
     "新界大埔運頭街18號地下至2樓　電話：2655 4182\n"
     "院友死亡記錄及醫生證明（供火葬申請參考）\n"
     "院友：何陳金好（何太）　女　97歲　出生日期：1928年3月12日　香港身份證：C418273(A)\n"
     "床號：2樓B區12床　入住日期：2017年9月\n"
     "病歷：血管性認知障礙症；心房顫動；2019年因完全性房室傳導阻滯於威爾斯親王醫院植入心臟起搏器（Medtronic Azure，序號 RNB418273S）；慢性腎病第4期；長期胃喉餵食。"
     "已簽署預設醫療指示（AD）及不作心肺復甦術（DNACPR）表格（2025年6月）。\n"
     "經過：1月24日起發燒、痰多，巡診醫生診斷吸入性肺炎，按AD意願留院舒緩治療（Augmentin 經胃喉、氧氣 2 L/min）。2026年1月27日凌晨4時15分，夜更護士發現院友無呼吸、無脈搏，"
     "瞳孔放大固定。\n"
     "醫生證明：本人於2026年1月25日最後一次為院友診症（死亡前14日內），並於1月27日早上7時40分到院確認死亡。死因：(a) 吸入性肺炎；(b) 血管性認知障礙症。"
     "並無可疑，毋須向死因裁判官報告（已核對《死因裁判官條例》第504章附表1）。\n"
     "注意：遺體帶有心臟起搏器，火化前須由殯儀館安排移除。\n"
     "家屬：兒子何志強（電話 9418 2736）、孫女何詠欣（電郵 wingyan.ho@netvigator.com）已到場。何太常說「過咗年就九十八」，家人原本打算農曆新年接她回家食團年飯。\n"
     "巡診醫生：冼嘉倫（香港醫務委員會註冊編號 M18427）\n"
     "當值護士：麥寶珠（註冊護士 RN 104827）",
     [("HOSPITAL", ["慈暉護老院"]), ("LOCATION", ["大埔"]), ("ADDRESS", ["運頭街18號"]), ("PHONE", ["2655 4182"]),
      ("NAME", ["何陳金好"]), ("NAME", ["何太"]), ("AGE", ["97歲"]), ("DATE", ["1928年3月12日"]), ("ID", ["C418273(A)"]),
      ("DATE", ["2017年9月"]), ("DATE", ["2019年"]), ("HOSPITAL", ["威爾斯親王醫院"]), ("SERIAL", ["RNB418273S"]),
      ("DATE", ["2025年6月"]), ("DATE", ["1月24日"]), ("DATE", ["2026年1月27日"]), ("DATE", ["2026年1月25日"]),
      ("DATE", ["1月27日"]), ("NAME", ["何志強"]), ("PHONE", ["9418 2736"]), ("NAME", ["何詠欣"]),
      ("EMAIL", ["wingyan.ho@netvigator.com"]), ("AGE", ["九十八"]), ("DATE", ["農曆新年"]), ("NAME", ["冼嘉倫"]),
      ("LICENCE", ["M18427"]), ("NAME", ["麥寶珠"]), ("LICENCE", ["RN 104827"])],
     ["血管性認知障礙症", "心房顫動", "完全性房室傳導阻滯", "Medtronic Azure", "慢性腎病第4期", "預設醫療指示（AD）", "不作心肺復甦術（DNACPR）",
      "吸入性肺炎", "Augmentin", "《死因裁判官條例》第504章附表1"]),

    # 23 - Singapore (Novena): travel clinic pre-travel consultation for Peru
    ("Novena Travel Medicine Clinic\n"
     "10 Sinaran Drive, #09-17, Singapore 307506 | Tel 6355 4182\n"
     "PRE-TRAVEL CONSULTATION | 02 Apr 2026\n"
     "Traveller: ONG Wei Jie, Marcus | M/25 | NRIC T0018427B | DOB 21 Sep 2000 | Mobile +65 9184 5517 | "
     "marcus.ongwj@gmail.com\n"
     "Trip: 14 Apr - 26 May 2026, Peru - Lima, Cusco (3,400 m), the Inca Trail (Dead Woman's Pass, 4,215 m), then 3 "
     "weeks volunteering at a wildlife rescue centre near Puerto Maldonado (Madre de Dios). Travelling with his "
     "girlfriend, Chloe Lim Hui Min (seen separately). Hostels; will handle animals (monkeys; bats possible).\n"
     "PMH: G6PD deficiency (found at birth) - no primaquine or tafenoquine. Childhood vaccines complete per the "
     "National Childhood Immunisation Schedule; NS vaccines 2019.\n"
     "Given today: yellow fever (Stamaril, batch V3B418) - ICVP issued, valid for life; typhoid (Typhim Vi); "
     "hepatitis A (Havrix 1440) dose 1; rabies PrEP (Verorab) day 0, day 7 due 09 Apr.\n"
     "Prescribed: acetazolamide 125 mg BD from the day before flying to Cusco; atovaquone-proguanil (Malarone) 1 tab "
     "daily for Madre de Dios, from 1 day before to 7 days after; azithromycin 1 g stat for severe travellers' "
     "diarrhoea.\n"
     "Advice: Lake Louise AMS score explained - descend if it rises; DEET 50% and permethrin-treated clothing (dengue, "
     "Oropouche); after any animal bite wash for 15 min and get PEP even after PrEP; travel insurance with "
     "evacuation cover.\n"
     "Dr Tay Kah Hwee | MCR M12874B",
     [("HOSPITAL", ["Novena Travel Medicine Clinic"]), ("ADDRESS", ["10 Sinaran Drive, #09-17"]),
      ("POSTCODE", ["307506"]), ("PHONE", ["6355 4182"]), ("DATE", ["02 Apr 2026"]),
      ("NAME", ["ONG", "Wei Jie", "Marcus"]), ("ID", ["T0018427B"]), ("DATE", ["21 Sep 2000"]),
      ("PHONE", ["+65 9184 5517"]), ("EMAIL", ["marcus.ongwj@gmail.com"]), ("DATE", ["14 Apr"]),
      ("DATE", ["26 May 2026"]), ("LOCATION", ["Lima"]), ("LOCATION", ["Cusco"]), ("LOCATION", ["Inca Trail"]),
      ("LOCATION", ["Dead Woman's Pass"]), ("LOCATION", ["Puerto Maldonado"]), ("NAME", ["Chloe", "Lim", "Hui Min"]),
      ("SERIAL", ["V3B418"]), ("DATE", ["09 Apr"]), ("NAME", ["Tay", "Kah Hwee"]), ("LICENCE", ["M12874B"])],
     ["G6PD deficiency", "Stamaril", "ICVP", "Typhim Vi", "Havrix 1440", "Verorab", "acetazolamide 125 mg BD",
      "atovaquone-proguanil (Malarone)", "azithromycin 1 g stat", "Lake Louise AMS score", "DEET 50%", "Oropouche"]),

    # 24 - Malaysia, Kelantan (Pasir Mas): short mobile school dental team record
    ("Perkhidmatan Pergigian Sekolah - Pasukan Pergigian Bergerak, Pasir Mas | SK Kampung Chetok, 13/05/2025\n"
     "Murid: Siti Aisyah Humaira binti Che Mat | Tahun 2 | 8 thn | MyKid 170301-03-0418 | ibu Puan Rohana binti "
     "Ismail, 019-933 2816\n"
     "dmft 7, DMFT 0. 74 abscess - extracted under LA (lignocaine 2% + adrenaline 1:80,000, 1.1 mL infiltration); 54 "
     "and 64 Class II - GIC (Fuji IX). Fissure sealant 36, 46. Fluoride varnish (Duraphat 22,600 ppm) all teeth. OHI "
     "given with the mother present.\n"
     "Dr. Nik Farhana binti Nik Mahmud, Pegawai Pergigian | MDC 8274",
     [("LOCATION", ["Pasir Mas"]), ("LOCATION", ["SK Kampung Chetok"]), ("DATE", ["13/05/2025"]),
      ("NAME", ["Siti Aisyah Humaira", "Che Mat"]), ("ID", ["170301-03-0418"]), ("NAME", ["Rohana", "Ismail"]),
      ("PHONE", ["019-933 2816"]), ("NAME", ["Nik Farhana", "Nik Mahmud"]), ("LICENCE", ["8274"])],
     ["dmft 7", "DMFT 0", "lignocaine 2% + adrenaline 1:80,000", "Class II", "GIC (Fuji IX)", "Fissure sealant",
      "Duraphat 22,600 ppm"]),

    # 25 - Philippines, Iloilo City: laboratory information system export of the critical value notification log
    ("WESTERN VISAYAS MEDICAL CENTER - Department of Pathology and Laboratories, Mandurriao, Iloilo City\n"
     "LIS EXPORT: CRITICAL VALUE NOTIFICATION LOG | 2025-08-19 00:00-08:00 | workstation 10.20.4.117\n"
     "Accession | Patient (Hosp. No.) | Ward | Test | Result | Notified | Time | Read-back | MedTech\n"
     "25H190412 | DELA PEÑA, Ma. Luzviminda (WV-0841827) | Medicine Ward 2 | Potassium | 6.8 mmol/L (no hemolysis) | "
     "RN Jessa Mae Villanueva | 00:42 | Y | Palmares\n"
     "25H190455 | CABALLERO, Jun-Jun (WV-0918463) | Pedia Dengue Unit | Platelet count | 9 x10^9/L | Dr. Ramil "
     "Tordesillas (ROD) | 01:15 | Y | Palmares\n"
     "25H190503 | TAN, Li (WV-0630012) | ER | Glucose (POC confirmed) | 1.9 mmol/L | RN Carlo Gumban | 02:03 | Y | "
     "Sarmiento\n"
     "25H190517 | SUMAGAYSAY, Teodoro (WV-0277719) | ICU | Blood culture set 1 | Gram-negative rods, 11 h to "
     "positivity | Dr. Mylene Jalandoni-Sy | 05:48 | Y | Sarmiento\n"
     "Note: the LIS interface to the ward printers was down 02:50-03:25 (IT notified); results phoned as above.\n"
     "Report viewer: http://10.20.4.117/lis/critical?date=2025-08-19\n"
     "Verified: Kristel Anne Palmares, RMT | PRC Reg. No. 0081274; John Benedict Sarmiento, RMT | PRC Reg. No. "
     "0092813\n"
     "Policy: critical results phoned within 30 minutes with read-back (ISO 15189:2022).",
     [("HOSPITAL", ["WESTERN VISAYAS MEDICAL CENTER"]), ("LOCATION", ["Mandurriao"]), ("LOCATION", ["Iloilo City"]),
      ("DATE", ["2025-08-19"]), ("IP", ["10.20.4.117"]), ("ID", ["25H190412"]),
      ("NAME", ["DELA PEÑA", "Ma. Luzviminda"]), ("MRN", ["WV-0841827"]), ("NAME", ["Jessa Mae", "Villanueva"]),
      ("ID", ["25H190455"]), ("NAME", ["CABALLERO", "Jun-Jun"]), ("MRN", ["WV-0918463"]),
      ("NAME", ["Ramil", "Tordesillas"]), ("ID", ["25H190503"]), ("NAME", ["TAN", "Li"]), ("MRN", ["WV-0630012"]),
      ("NAME", ["Carlo", "Gumban"]), ("ID", ["25H190517"]), ("NAME", ["SUMAGAYSAY", "Teodoro"]),
      ("MRN", ["WV-0277719"]), ("NAME", ["Mylene", "Jalandoni-Sy"]),
      ("URL", ["http://10.20.4.117/lis/critical?date=2025-08-19"]), ("NAME", ["Kristel Anne", "Palmares"]),
      ("LICENCE", ["0081274"]), ("NAME", ["John Benedict", "Sarmiento"]), ("LICENCE", ["0092813"])],
     ["Potassium", "6.8 mmol/L (no hemolysis)", "Platelet count", "9 x10^9/L", "Glucose (POC confirmed)",
      "1.9 mmol/L", "Blood culture set 1", "Gram-negative rods, 11 h to positivity", "read-back",
      "ISO 15189:2022"]),

    # 26 - Chile, Rapa Nui (Easter Island): aeromedical transfer summary, open tibial fracture after a fall from a
    # horse (Spanish)
    ("HOSPITAL HANGA ROA - Servicio de Urgencia | Isla de Pascua (Rapa Nui)\n"
     "EPICRISIS DE TRASLADO AEROMÉDICO | 9 de marzo de 2026\n"
     "Paciente: Benedicto Tepano Hotus | 61 años | RUT 8.417.362-2 | Ficha N° HHR-041827 | FONASA tramo B\n"
     "Domicilio: sector Tahai s/n, Hanga Roa. Guía turístico a caballo; vive con su señora, Verónica Pakarati.\n"
     "Motivo: caída de caballo el 8 de marzo a las 18:30 cerca de Anakena; fractura expuesta de pierna derecha.\n"
     "Examen: PA 128/76, FC 104, Glasgow 15. Herida de 12 cm en la cara anterior de la pierna con exposición ósea y "
     "tierra; pulsos pedio y tibial posterior presentes; sin déficit sensitivo.\n"
     "Rx: fractura diafisaria desplazada de tibia y peroné derechos. Clasificación Gustilo-Anderson IIIA.\n"
     "Manejo: aseo con 6 L de suero fisiológico, cefazolina 2 g EV + gentamicina 240 mg EV, toxoide tetánico, "
     "morfina 3 mg EV (EVA 8/10 → 3/10), férula de Thomas; Hb 12,1 g/dL.\n"
     "Traslado: avión ambulancia Learjet 35 matrícula CC-AMV, salida el 9 de marzo a las 06:10 con enfermero; 5 h 30 "
     "de vuelo.\n"
     "Destino: Hospital Carlos van Buren, Valparaíso - aceptado por el Dr. Matías Undurraga Lobos (traumatología), "
     "fono +56 32 255 4182.\n"
     "Contacto: hija Mahina Tepano Pakarati, +56 9 5418 2736.\n"
     "Médico tratante: Dra. Javiera Montalva Rojas | Registro SIS 418273",
     [("HOSPITAL", ["HOSPITAL HANGA ROA"]), ("LOCATION", ["Isla de Pascua"]), ("LOCATION", ["Rapa Nui"]),
      ("DATE", ["9 de marzo de 2026"]), ("NAME", ["Benedicto", "Tepano", "Hotus"]), ("ID", ["8.417.362-2"]),
      ("MRN", ["HHR-041827"]), ("ADDRESS", ["sector Tahai s/n"]), ("LOCATION", ["Hanga Roa"]),
      ("NAME", ["Verónica", "Pakarati"]), ("DATE", ["8 de marzo"]), ("LOCATION", ["Anakena"]), ("PLATE", ["CC-AMV"]),
      ("DATE", ["9 de marzo"]), ("HOSPITAL", ["Hospital Carlos van Buren"]), ("LOCATION", ["Valparaíso"]),
      ("NAME", ["Matías", "Undurraga", "Lobos"]), ("PHONE", ["+56 32 255 4182"]),
      ("NAME", ["Mahina", "Tepano", "Pakarati"]), ("PHONE", ["+56 9 5418 2736"]),
      ("NAME", ["Javiera", "Montalva", "Rojas"]), ("LICENCE", ["418273"])],
     ["Glasgow 15", "fractura expuesta", "pulsos pedio y tibial posterior presentes", "Gustilo-Anderson IIIA",
      "cefazolina 2 g EV", "gentamicina 240 mg EV", "toxoide tetánico", "morfina 3 mg EV", "EVA 8/10",
      "férula de Thomas", "Hb 12,1 g/dL"]),

    # 27 - Trinidad and Tobago (Port of Spain): short sports medicine clinic note, netball ankle sprain
    ("Sports Medicine Clinic, Hasely Crawford Stadium, Port of Spain | 22/09/25\n"
     "Kezia Ramdeen-Alleyne, 19, national U-21 netball squad (goal defence). L ankle inversion injury at training on "
     "Saturday, landing from a rebound. Ottawa ankle rules negative - no X-ray. Anterior drawer test 2+, talar tilt "
     "negative; tender over the ATFL only. Dx: ATFL grade II sprain. RICE, Aircast brace, crutches 3 days, physio "
     "with Shiva Gopaul from Monday. Return to play when the single-leg hop test is at least 90% of the other side. "
     "Will review in 10 days.\n"
     "Dr Marlon Baptiste-Noel, MBBS, Dip Sports Med | MBTT 3418 | 868-555-0174",
     [("LOCATION", ["Hasely Crawford Stadium"]), ("LOCATION", ["Port of Spain"]), ("DATE", ["22/09/25"]),
      ("NAME", ["Kezia", "Ramdeen-Alleyne"]), ("NAME", ["Shiva", "Gopaul"]), ("NAME", ["Marlon", "Baptiste-Noel"]),
      ("LICENCE", ["3418"]), ("PHONE", ["868-555-0174"])],
     ["Ottawa ankle rules negative", "Anterior drawer test 2+", "talar tilt negative", "ATFL grade II sprain", "RICE",
      "Aircast", "single-leg hop test", "Will review in 10 days."]),

    # 28 - Tonga, Vava'u: school echocardiography screening list for rheumatic heart disease
    ("Prince Wellington Ngu Hospital, Neiafu, Vava'u - Paediatric and Cardiac Outreach\n"
     "RHEUMATIC HEART DISEASE SCHOOL ECHO SCREENING - POSITIVE LIST | Vava'u High School, Forms 1-3 | 15/10/2025\n"
     "212 students screened with the portable echo (2023 World Heart Federation criteria): 205 normal, 4 borderline, "
     "3 definite.\n"
     "Visiting cardiologist: Dr. Losana Vaipulu-Harding | Screening nurse: Sister 'Ana Kioa\n"
     "Definite RHD - start secondary prophylaxis, BPG 1.2 MU IM every 28 days at the hospital or at the Leimatu'a "
     "health centre:\n"
     "1. 'Ofa Fifita, 13 F, Form 2, from Tu'anuku - pathological MR, jet 2.1 cm, mitral leaflet thickening 4 mm; "
     "father Sione Fifita, +676 771 5418\n"
     "2. Tevita Latu-Moala, 14 M, Form 3, from Leimatu'a - moderate MR and mild AR, restricted posterior leaflet; "
     "mother Seini, +676 884 2730\n"
     "3. Siosaia Havili, 12 M, Form 1, from Hunga - pathological AR; boards in Neiafu with his aunt, 'Ilaisaane "
     "Havili\n"
     "Borderline (repeat echo in 12 months, no prophylaxis): 4 students - names on the clinic list.\n"
     "ASOT in the three definite cases: 400, 320 and 200 IU/mL. Dental review booked; penicillin allergy asked before "
     "the first Bicillin L-A. Parents' meeting in the school hall on Friday.\n"
     "Dr. L. Vaipulu-Harding | Tonga Medical and Dental Council reg. 0418",
     [("HOSPITAL", ["Prince Wellington Ngu Hospital"]), ("LOCATION", ["Neiafu"]), ("LOCATION", ["Vava'u"]),
      ("LOCATION", ["Vava'u High School"]), ("DATE", ["15/10/2025"]), ("NAME", ["Losana", "Vaipulu-Harding"]),
      ("NAME", ["'Ana", "Kioa"]), ("LOCATION", ["Leimatu'a"]), ("NAME", ["'Ofa", "Fifita"]), ("LOCATION", ["Tu'anuku"]),
      ("NAME", ["Sione", "Fifita"]), ("PHONE", ["+676 771 5418"]), ("NAME", ["Tevita", "Latu-Moala"]),
      ("NAME", ["Seini"]), ("PHONE", ["+676 884 2730"]), ("NAME", ["Siosaia", "Havili"]), ("LOCATION", ["Hunga"]),
      ("NAME", ["'Ilaisaane", "Havili"]), ("LICENCE", ["0418"])],
     ["2023 World Heart Federation criteria", "Definite RHD", "secondary prophylaxis", "BPG 1.2 MU IM every 28 days",
      "pathological MR", "jet 2.1 cm", "mitral leaflet thickening 4 mm", "mild AR", "ASOT", "Bicillin L-A"]),

    # 29 - Greece, Central Macedonia (Thessaloniki; Chalkidiki): newborn diagnostic hearing assessment, congenital
    # CMV (Greek)
    ("Γενικό Νοσοκομείο Θεσσαλονίκης «Ιπποκράτειο» - Ακοολογικό - Νευροωτολογικό Ιατρείο\n"
     "Κωνσταντινουπόλεως 49, 54642 Θεσσαλονίκη | τηλ. 2313 555 471\n"
     "ΑΠΟΤΕΛΕΣΜΑΤΑ ΔΙΑΓΝΩΣΤΙΚΟΥ ΑΚΟΟΛΟΓΙΚΟΥ ΕΛΕΓΧΟΥ ΝΕΟΓΝΟΥ | 3 Φεβρουαρίου 2026\n"
     "Βρέφος: άρρεν Πετρίδη (δεν έχει ακόμη όνομα) | γεν. 20/01/2026 | ΑΜΚΑ 20012601355\n"
     "Μητέρα: Σταυρούλα Πετρίδου-Καλαμαρά | Πατέρας: Κυριάκος Πετρίδης | Νέα Μουδανιά Χαλκιδικής, κιν. 697 555 3041\n"
     "Γέννηση: μαιευτική κλινική «Αγία Λουκία», 36+4 εβδομάδες, ΒΓ 2.380 g, οριακή μικροκεφαλία, πετέχειες στον κορμό.\n"
     "Screening (2η ημέρα): TEOAE - ΑΠΟΤΥΧΙΑ αμφοτερόπλευρα· AABR - ΑΠΟΤΥΧΙΑ δεξιά.\n"
     "Διαγνωστικός έλεγχος σήμερα (σε φυσικό ύπνο, συσκευή Interacoustics Eclipse, σ/α 2218471): ABR - ουδός V κύματος "
     "Δ 70 dB nHL, Α 40 dB nHL· τυμπανομετρία 1000 Hz: τύπος A αμφοτερόπλευρα.\n"
     "cCMV: PCR σιέλου θετικό (ημέρα 9), επιβεβαίωση στα ούρα· διαφοντανελλιαίο υπερηχογράφημα: περικοιλιακές "
     "ασβεστώσεις.\n"
     "Συμπέρασμα: αισθητηριονευρική βαρηκοΐα, μέτρια έως σοβαρή δεξιά, ήπια αριστερά, πιθανώς από συγγενή λοίμωξη CMV.\n"
     "Σχέδιο: βαλγανσικλοβίρη (Valcyte) 16 mg/kg x2 για 6 μήνες, με παρακολούθηση από το Λοιμωξιολογικό Παίδων· "
     "ακουστικό βαρηκοΐας δεξιά έως τον 3ο μήνα (στόχοι JCIH 1-3-6)· επανέλεγχος 17 Φεβρουαρίου.\n"
     "Ακοολόγος: Ξανθίππη Ρεμπελάκου | ΩΡΛ: Δρ Αχιλλέας Τσολάκης-Μπίκας",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Θεσσαλονίκης"]), ("HOSPITAL", ["Ιπποκράτειο"]),
      ("ADDRESS", ["Κωνσταντινουπόλεως 49"]), ("POSTCODE", ["54642"]), ("LOCATION", ["Θεσσαλονίκη"]),
      ("PHONE", ["2313 555 471"]), ("DATE", ["3 Φεβρουαρίου 2026"]), ("NAME", ["Πετρίδη"]), ("DATE", ["20/01/2026"]),
      ("ID", ["20012601355"]), ("NAME", ["Σταυρούλα", "Πετρίδου-Καλαμαρά"]), ("NAME", ["Κυριάκος", "Πετρίδης"]),
      ("LOCATION", ["Νέα Μουδανιά"]), ("LOCATION", ["Χαλκιδικής"]), ("PHONE", ["697 555 3041"]),
      ("HOSPITAL", ["Αγία Λουκία"]), ("SERIAL", ["2218471"]), ("DATE", ["17 Φεβρουαρίου"]),
      ("NAME", ["Ξανθίππη", "Ρεμπελάκου"]), ("NAME", ["Αχιλλέας", "Τσολάκης-Μπίκας"])],
     ["36+4 εβδομάδες", "TEOAE", "AABR", "Interacoustics Eclipse", "ουδός V κύματος", "70 dB nHL", "τύπος A", "cCMV",
      "αισθητηριονευρική βαρηκοΐα", "Valcyte", "16 mg/kg x2", "JCIH 1-3-6"]),

    # 30 - USA, New Mexico (Catron County): infectious diseases follow-up after bubonic plague, cat and fleas traced
    ("UNM Hospital - Infectious Diseases Clinic, Albuquerque NM\n"
     "ID CLINIC FOLLOW-UP | 08/14/2025\n"
     "Patient: Colt Yazzie-Harlan | 38 M | DOB 11/27/1986 | MRN 004187362\n"
     "Address: HC 61 Box 418, Pie Town NM 87827 (cattle ranch, Catron County) | cell 575-555-0147\n"
     "Hx: admitted 07/26-08/02 with bubonic plague - fever 40.1, tender 4 cm L inguinal bubo. Bubo aspirate: "
     "gram-negative coccobacilli with bipolar \"safety pin\" staining; F1 antigen positive; culture Yersinia pestis, "
     "confirmed by the state lab. Gentamicin 5 mg/kg IV daily x 5 days, then doxycycline 100 mg BID to complete 14 "
     "days (finished 08/09).\n"
     "Source: his barn cat had a draining submandibular abscess in mid-July - seen by Lorena Etsitty, DVM, Quemado "
     "Veterinary Clinic (NM veterinary licence 2214; DEA BE4182731); the cat's aspirate also grew Y. pestis and it was "
     "euthanized. Prairie dog die-off on the ranch; he had hauled dead prairie dogs in the bed of his truck (NM "
     "MHR-418) without gloves. Fleas (Oropsylla montana) collected by the NMDOH Zoonoses Program on 07/30.\n"
     "Today: afebrile; bubo 2 cm, non-tender, no fluctuance; LFTs and creatinine normal. Convalescent F1 antibody "
     "1:256 (acute <1:16) - four-fold rise, confirmed case.\n"
     "Household: wife Shiloh and son Wyatt finished 7 days of doxycycline PEP, both well. Dogs now on Frontline Plus; "
     "hay and feed moved away from the house; burrows dusted by the county.\n"
     "Work: back to ranch work 08/18; gloves for any dead animal.\n"
     "Anika Sandoval-Reinholt, MD, Infectious Diseases | NPI 1548273964",
     [("HOSPITAL", ["UNM Hospital"]), ("LOCATION", ["Albuquerque"]), ("DATE", ["08/14/2025"]),
      ("NAME", ["Colt", "Yazzie-Harlan"]), ("DATE", ["11/27/1986"]), ("MRN", ["004187362"]),
      ("ADDRESS", ["HC 61 Box 418"]), ("LOCATION", ["Pie Town"]), ("POSTCODE", ["87827"]),
      ("LOCATION", ["Catron County"]), ("PHONE", ["575-555-0147"]), ("DATE", ["07/26"]), ("DATE", ["08/02"]),
      ("DATE", ["08/09"]), ("DATE", ["mid-July"]), ("NAME", ["Lorena", "Etsitty"]),
      ("HOSPITAL", ["Quemado Veterinary Clinic"]), ("LICENCE", ["2214"]), ("LICENCE", ["BE4182731"]),
      ("PLATE", ["MHR-418"]), ("DATE", ["07/30"]), ("NAME", ["Shiloh"]), ("NAME", ["Wyatt"]), ("DATE", ["08/18"]),
      ("NAME", ["Anika", "Sandoval-Reinholt"]), ("ID", ["1548273964"])],
     ["bubonic plague", "bipolar \"safety pin\" staining", "F1 antigen positive", "Yersinia pestis",
      "Gentamicin 5 mg/kg IV", "doxycycline 100 mg BID", "Oropsylla montana", "F1 antibody 1:256",
      "four-fold rise", "Frontline Plus"]),

    # 31 - France, Lorraine (Meurthe-et-Moselle): school doctor's "information préoccupante" to the child protection
    # unit (French)
    ("Direction des services départementaux de l'Éducation nationale de Meurthe-et-Moselle\n"
     "Service de santé scolaire - secteur de Pont-à-Mousson\n"
     "\n"
     "INFORMATION PRÉOCCUPANTE\n"
     "Destinataire : CRIP 54 (Cellule de recueil des informations préoccupantes), Conseil départemental, Nancy\n"
     "Pont-à-Mousson, le 5 février 2026\n"
     "\n"
     "Émetteur : Dr Claire Humbert-Loiseau, médecin de l'Éducation nationale - tél. 03 83 55 41 82 - "
     "claire.humbert-loiseau@ac-nancy-metz.fr\n"
     "Enfant : Enzo Marchal, né le 14/05/2014, élève de CM2 à l'école élémentaire Louise-Michel, 18 rue "
     "Saint-Laurent, 54700 Pont-à-Mousson.\n"
     "Responsables légaux : Mme Aurélie Marchal (mère), 06 12 55 84 37, n° de sécurité sociale "
     "2 85 07 54 395 041 55, qui vit avec son compagnon, M. Kévin Thiriet ; père, M. Yannick Bouzid, à Metz (droit de visite un "
     "week-end sur deux).\n"
     "Faits : le 3 février, l'enseignante, Mme Sandrine Colin, a vu des marques sur les bras d'Enzo en cours d'EPS et "
     "me l'a adressé. Enzo dit : « c'est Kévin quand il a bu ».\n"
     "Constatations (examen limité, en présence de l'infirmière scolaire, Mme Hélène Vautrin) : ecchymoses d'âges "
     "différents sur la face externe des deux bras (empreintes de doigts ?) et une ecchymose linéaire en boucle de 6 cm "
     "sur le dos ; visage indemne. Poids 29 kg, IMC 14,2 kg/m² (cassure de la courbe de corpulence depuis 2024). "
     "12 demi-journées d'absence depuis la Toussaint.\n"
     "Aucune pathologie connue ; un bilan d'hémostase (NFS, TP, TCA, facteur Willebrand) reste à faire pour écarter "
     "une maladie de von Willebrand.\n"
     "Évaluation : enfant en danger ou en risque de l'être (article L226-2-1 du Code de l'action sociale et des "
     "familles ; loi du 5 mars 2007 réformant la protection de l'enfance). Les parents n'ont pas été informés, dans "
     "l'intérêt de l'enfant. Tout nouvel élément grave fera l'objet d'un signalement direct au procureur de la "
     "République.\n"
     "Dr C. Humbert-Loiseau - RPPS 10101841822",
     [("LOCATION", ["Meurthe-et-Moselle"]), ("LOCATION", ["Pont-à-Mousson"]), ("LOCATION", ["Nancy"]),
      ("DATE", ["5 février 2026"]), ("NAME", ["Claire", "Humbert-Loiseau"]), ("PHONE", ["03 83 55 41 82"]),
      ("EMAIL", ["claire.humbert-loiseau@ac-nancy-metz.fr"]), ("NAME", ["Enzo", "Marchal"]), ("DATE", ["14/05/2014"]),
      ("LOCATION", ["école élémentaire Louise-Michel"]), ("ADDRESS", ["18 rue Saint-Laurent"]),
      ("POSTCODE", ["54700"]), ("NAME", ["Aurélie", "Marchal"]), ("PHONE", ["06 12 55 84 37"]),
      ("ID", ["2 85 07 54 395 041 55"]), ("NAME", ["Kévin", "Thiriet"]), ("NAME", ["Yannick", "Bouzid"]),
      ("LOCATION", ["Metz"]), ("DATE", ["3 février"]), ("NAME", ["Sandrine", "Colin"]),
      ("NAME", ["Hélène", "Vautrin"]), ("DATE", ["Toussaint"]), ("LICENCE", ["10101841822"])],
     ["ecchymoses d'âges différents", "IMC 14,2 kg/m²", "courbe de corpulence", "bilan d'hémostase", "TCA",
      "facteur Willebrand", "maladie de von Willebrand", "article L226-2-1 du Code de l'action sociale et des familles",
      "loi du 5 mars 2007 réformant la protection de l'enfance"]),

    # 32 - England, Northumberland (Coquetdale): community hospital nursing handover sheet, one patient aged 92
    ("Rothbury Community Hospital - Coquet Ward | ward ext. 2214\n"
     "NURSING HANDOVER (night -> day) | Sat 14/03/2026 07:30 | Night NIC: Abbie Charlton, RN | Day NIC: Sister Morven "
     "Tait\n"
     "Bed 1 | Mrs Ivy Robson | 92 | DOB 21/09/1933 | NHS 602 418 7734 | step-down from Wansbeck General after a R #NOF "
     "(DHS 02/03); here since 06/03. From Cragside View Care Home, Once Brewed. Delirium settling, 4AT 3 overnight "
     "(was 8). Waterlow 18, grade 2 sacral PU - Mepilex Border, changed 22:00. Walked 4 m with a Zimmer frame and 1. "
     "Daughter Pauline rings daily; wants her back at the home for Mothering Sunday. Physio at 10.\n"
     "Bed 2 | Mr Tom Hedley | 78 | NHS 431 208 5560 | end of life - metastatic prostate ca. Syringe driver (T34, s/n "
     "418-27306): morphine 15 mg + midazolam 10 mg / 24 h, re-sited 02:00. Comfortable; mouth care 2-hourly. Wife Nan "
     "stayed overnight in the side room. Rev. Jonty Armstrong to visit this afternoon. DNACPR and ReSPECT form in the "
     "notes.\n"
     "Bed 3 | Mr Stanley Fenwick | 81 | NHS 559 204 8815 | L leg cellulitis, Eron class II, day 3 of IV "
     "flucloxacillin 2 g QDS via midline; on apixaban for AF. Frank haematuria since 04:00 - apixaban held, urine "
     "sent, bladder scan 90 mL. For GP review first thing.\n"
     "Bed 4 | EMPTY - admission 11:00 from the Northumbria (NSECH, Cramlington): Mrs Daphne Gallon, 74, rehab after "
     "a L TKR.\n"
     "On call: Dr Ailsa Nattrass, Coquetdale Medical Group, via the practice bleep 4471.",
     [("HOSPITAL", ["Rothbury Community Hospital"]), ("LOCATION", ["Coquet Ward"]), ("PHONE", ["2214"]),
      ("DATE", ["14/03/2026"]), ("NAME", ["Abbie", "Charlton"]), ("NAME", ["Morven", "Tait"]), ("NAME", ["Ivy", "Robson"]),
      ("AGE", ["92"]), ("DATE", ["21/09/1933"]), ("ID", ["602 418 7734"]), ("HOSPITAL", ["Wansbeck General"]),
      ("DATE", ["02/03"]), ("DATE", ["06/03"]), ("HOSPITAL", ["Cragside View Care Home"]),
      ("LOCATION", ["Once Brewed"]), ("NAME", ["Pauline"]), ("DATE", ["Mothering Sunday"]), ("NAME", ["Tom", "Hedley"]),
      ("ID", ["431 208 5560"]), ("SERIAL", ["418-27306"]), ("NAME", ["Nan"]), ("NAME", ["Jonty", "Armstrong"]),
      ("NAME", ["Stanley", "Fenwick"]), ("ID", ["559 204 8815"]), ("HOSPITAL", ["Northumbria"]), ("HOSPITAL", ["NSECH"]),
      ("LOCATION", ["Cramlington"]), ("NAME", ["Daphne", "Gallon"]), ("NAME", ["Ailsa", "Nattrass"]),
      ("HOSPITAL", ["Coquetdale Medical Group"]), ("PHONE", ["4471"])],
     ["#NOF", "4AT 3", "Waterlow 18", "Mepilex Border", "Zimmer frame", "morphine 15 mg + midazolam 10 mg / 24 h",
      "ReSPECT form", "Eron class II", "flucloxacillin 2 g QDS", "Frank haematuria", "bladder scan 90 mL"]),

    # 33 - Australia, Tasmania (Huon Valley): community pharmacy opioid treatment dosing record and pharmacist notes
    ("Cygnet Community Pharmacy - 14 Mary Street, Cygnet TAS 7112 | ph 03 5550 6183\n"
     "OPIOID TREATMENT PROGRAM - DOSING RECORD AND PHARMACIST NOTES | client card TOP-418273\n"
     "Client: Brodie Whitmore | DOB 02/02/1989 | Medicare 3184 27393 1 (IRN 1) | IHI 8003 6082 4418 2739\n"
     "Address: 27 Silverhill Road, Wattle Grove | mob 0491 570 417\n"
     "Prescriber: Dr Ngoc Anh Pham, Alcohol and Drug Service, Hobart | authority TAS-OTP-26-0931\n"
     "Regimen: methadone (Biodone Forte 5 mg/mL) 85 mg daily, supervised; takeaways Sat and Sun.\n"
     "Mon 05/01/26 08:12 - dosed 85 mg, observed, no intoxication. Takeaway bottles returned empty.\n"
     "Tue 06/01 - not in.\n"
     "Wed 07/01 - not in. Rang 0491 570 417 - no answer.\n"
     "Thu 08/01 09:40 - presented; says he was at his sister's in Geeveston with no lift. Alert, pupils normal, "
     "COWS 9. 3 consecutive missed doses - NOT dosed per program policy; Dr Pham rang back at 10:05: restart 40 mg "
     "today, +10 mg every 3 days up to 85 mg, no takeaways for 2 weeks. Dosed 40 mg at 10:20.\n"
     "Take-home naloxone: Nyxoid 1.8 mg nasal spray x 2 supplied, batch 4L117A; shown how to use it, his sister to "
     "keep one.\n"
     "ECG due - last QTc 472 ms (06/2025) on 85 mg.\n"
     "Declan Hurd, pharmacist | AHPRA PHA0001873649",
     [("HOSPITAL", ["Cygnet Community Pharmacy"]), ("ADDRESS", ["14 Mary Street"]), ("LOCATION", ["Cygnet"]),
      ("POSTCODE", ["7112"]), ("PHONE", ["03 5550 6183"]), ("ID", ["TOP-418273"]), ("NAME", ["Brodie", "Whitmore"]),
      ("DATE", ["02/02/1989"]), ("ID", ["3184 27393 1"]), ("ID", ["8003 6082 4418 2739"]),
      ("ADDRESS", ["27 Silverhill Road"]), ("LOCATION", ["Wattle Grove"]), ("PHONE", ["0491 570 417"]),
      ("NAME", ["Ngoc Anh", "Pham"]), ("LOCATION", ["Hobart"]), ("ID", ["TAS-OTP-26-0931"]), ("DATE", ["05/01/26"]),
      ("DATE", ["06/01"]), ("DATE", ["07/01"]), ("DATE", ["08/01"]), ("LOCATION", ["Geeveston"]),
      ("SERIAL", ["4L117A"]), ("DATE", ["06/2025"]), ("NAME", ["Declan", "Hurd"]), ("LICENCE", ["PHA0001873649"])],
     ["methadone (Biodone Forte 5 mg/mL)", "85 mg daily", "pupils normal", "COWS 9", "3 consecutive missed doses",
      "restart 40 mg", "+10 mg every 3 days", "Nyxoid 1.8 mg nasal spray", "QTc 472 ms"]),

    # 34 - US Navy, destroyer underway in the Philippine Sea: independent duty corpsman record, testicular torsion
    ("CHRONOLOGICAL RECORD OF MEDICAL CARE (SF 600)\n"
     "USS Harold Tellkamp (DDG-141) - Medical Department | underway, Philippine Sea\n"
     "18JUN2025 0315 | after-hours sick call\n"
     "Patient: FN Dominic Ruiz-Achterberg | 20 M | DoD ID 1418273695 | DOB 03NOV2004 | Engineering Dept, M Division\n"
     "Emergency contact on file: mother, Mrs Ingrid Achterberg, Sioux Falls SD, 605-555-0186\n"
     "S: sudden severe R testicular pain woke him at 0230, nausea, vomited x1. No trauma, no urinary symptoms, never "
     "had this before.\n"
     "O: T 98.9 F, HR 112, BP 138/84. R testis high-riding with a horizontal lie, diffusely tender and swollen; absent "
     "cremasteric reflex on the R; Prehn's sign negative (no relief on elevation). L normal.\n"
     "A: R testicular torsion until proven otherwise, TWIST score 7. No ultrasound or Doppler aboard.\n"
     "P: 1. Ketorolac (Toradol) 30 mg IM, ondansetron (Zofran) 4 mg ODT. 2. Manual detorsion attempted 0335 (\"open "
     "book\", 2 turns lateral) - pain 9/10 -> 3/10, testis lower. 3. Telemedicine with the SMO, LT Yusuf "
     "Adebanjo-Hart, MC, USN - concurs; urgent MEDEVAC for surgical exploration within 6 h of onset. 4. CO approved; "
     "MH-60R launched 0410 to U.S. Naval Hospital Guam, Agana Heights; received by urology. 5. DIVO and LPO "
     "notified.\n"
     "HM1 Alana Kekumu-Boyd, USN, IDC",
     [("LOCATION", ["USS Harold Tellkamp"]), ("ID", ["DDG-141"]), ("LOCATION", ["Philippine Sea"]),
      ("DATE", ["18JUN2025"]), ("NAME", ["Dominic", "Ruiz-Achterberg"]), ("ID", ["1418273695"]),
      ("DATE", ["03NOV2004"]), ("NAME", ["Ingrid", "Achterberg"]), ("LOCATION", ["Sioux Falls"]),
      ("PHONE", ["605-555-0186"]), ("NAME", ["Yusuf", "Adebanjo-Hart"]), ("HOSPITAL", ["U.S. Naval Hospital Guam"]),
      ("LOCATION", ["Agana Heights"]), ("NAME", ["Alana", "Kekumu-Boyd"])],
     ["horizontal lie", "absent cremasteric reflex", "Prehn's sign negative", "testicular torsion", "TWIST score 7",
      "Doppler", "Ketorolac (Toradol) 30 mg IM", "ondansetron (Zofran) 4 mg ODT", "pain 9/10",
      "within 6 h of onset"]),

    # 35 - Taiwan, Taitung County (Orchid Island): township health station emergency record and helicopter evacuation,
    # tension pneumothorax (traditional Chinese)
    ("臺東縣蘭嶼鄉衛生所　急診紀錄／空中緊急後送申請\n"
     "日期：民國115年2月3日　時間：14:20\n"
     "病歷號：LY-0041827\n"
     "姓名：希·嘎那恩（漢名：謝俊雄）　性別：男　年齡：22歲　出生日期：民國92年11月30日\n"
     "身分證字號：V121847360\n"
     "住址：臺東縣蘭嶼鄉東清村8鄰12號　電話：089-732418\n"
     "職業：漁民（飛魚季隨父親出海）；身高185 cm、體重58 kg。\n"
     "主訴：下午1時搬運漁獲時突發右側胸痛、呼吸急促。\n"
     "理學檢查：BP 86/52 mmHg，HR 136，RR 32，SpO2 82%（室內空氣）；右側呼吸音消失、叩診過度反響、氣管偏左、頸靜脈怒張。\n"
     "診斷：右側張力性氣胸（自發性，疑原發性）\n"
     "處置：14:28 右側第2肋間鎖骨中線 14G 針刺減壓，氣體噴出，SpO2 升至 94%；14:50 放置胸管（28Fr）接水封瓶；O2 NRM 15 L/min。\n"
     "後送：天候不佳、無航班，申請內政部空中勤務總隊直升機（UH-60M，編號 NA-709）後送至臺東馬偕紀念醫院急診，15:40 起飛。\n"
     "病人體型瘦高、手指細長，建議後續評估馬凡氏症候群（Marfan syndrome）。\n"
     "家屬：母親 希婻·嘎那恩（電話 0928-555-163）陪同後送。\n"
     "醫師：柯孟軒　護理師：黃春嬌",
     [("LOCATION", ["臺東縣"]), ("HOSPITAL", ["蘭嶼鄉衛生所"]), ("DATE", ["民國115年2月3日"]), ("MRN", ["LY-0041827"]),
      ("NAME", ["希·嘎那恩"]), ("NAME", ["謝俊雄"]), ("DATE", ["民國92年11月30日"]), ("ID", ["V121847360"]),
      ("LOCATION", ["蘭嶼鄉"]), ("LOCATION", ["東清村"]), ("ADDRESS", ["8鄰12號"]), ("PHONE", ["089-732418"]),
      ("PLATE", ["NA-709"]), ("HOSPITAL", ["臺東馬偕紀念醫院"]), ("NAME", ["希婻·嘎那恩"]), ("PHONE", ["0928-555-163"]),
      ("NAME", ["柯孟軒"]), ("NAME", ["黃春嬌"])],
     ["BP 86/52 mmHg", "SpO2 82%", "氣管偏左", "頸靜脈怒張", "張力性氣胸", "14G 針刺減壓", "胸管（28Fr）", "O2 NRM 15 L/min",
      "馬凡氏症候群（Marfan syndrome）", "叩診過度反響"]),

    # 36 - Wales, Gwynedd (Eryri): cremation medical certificate (Form Cremation 4), deceased aged 96
    ("FORM CREMATION 4 - MEDICAL CERTIFICATE\n"
     "The Cremation (England and Wales) Regulations 2008 (as amended)\n"
     "Part 1 - Deceased: Gwenllian Mair Rowlands-Jenkins | Date of birth: 01/03/1929 | Age: 96 years | "
     "NHS No. 650 418 2736\n"
     "Address: Tŷ Isaf, Nant Gwynant, Beddgelert, Gwynedd LL55 4NT\n"
     "Occupation: retired sub-postmistress (Beddgelert Post Office, 1961-1994)\n"
     "Place of death: Ysbyty Alltwen, Tremadog (Glaslyn ward) | Date and time of death: 11 February 2026, 03:20\n"
     "Part 2 - I attended the deceased during her last illness: yes, as ward doctor, from her admission on "
     "28/01/2026. Last saw her alive: 10/02/2026 at 16:00. Saw and examined the body after death: 11/02/2026 at "
     "08:15.\n"
     "Cause of death: I (a) Community-acquired pneumonia; II Frailty of old age; atrial fibrillation; chronic kidney "
     "disease stage 4.\n"
     "Symptoms and course: 2 weeks of increasing breathlessness and confusion; oral doxycycline, then comfort care "
     "only from 06/02 after discussion with her family (DNACPR since 2023).\n"
     "Operation in the last year: no. Post-mortem: no. Referred to the coroner: no - scrutinised by the medical "
     "examiner, Dr Iolo ap Dafydd, Betsi Cadwaladr University Health Board, on 12/02/2026.\n"
     "Implants: cardiac pacemaker (Abbott Assurity MRI, serial 7418273, implanted at Glan Clwyd Hospital in 2017) - "
     "REMOVED in the mortuary on 12/02/2026; no radioactive implants; no other hazardous implants.\n"
     "Relatives informed: daughter Mrs Eirlys Hughes-Parry (NOK), 07700 900 657, who says her mother 'would have "
     "turned 97 on St David's Day'. No concerns raised by the family.\n"
     "Certifying doctor: Dr Manon Gwilym-Asante, Specialty Doctor, Ysbyty Alltwen | GMC 7093615",
     [("NAME", ["Gwenllian", "Mair", "Rowlands-Jenkins"]), ("DATE", ["01/03/1929"]), ("AGE", ["96 years"]),
      ("ID", ["650 418 2736"]), ("ADDRESS", ["Tŷ Isaf"]), ("LOCATION", ["Nant Gwynant"]), ("LOCATION", ["Beddgelert"]),
      ("LOCATION", ["Gwynedd"]), ("POSTCODE", ["LL55 4NT"]), ("LOCATION", ["Beddgelert Post Office"]),
      ("DATE", ["1961"]), ("DATE", ["1994"]), ("HOSPITAL", ["Ysbyty Alltwen"]), ("LOCATION", ["Tremadog"]),
      ("LOCATION", ["Glaslyn ward"]), ("DATE", ["11 February 2026"]), ("DATE", ["28/01/2026"]),
      ("DATE", ["10/02/2026"]), ("DATE", ["11/02/2026"]), ("DATE", ["06/02"]), ("DATE", ["2023"]),
      ("NAME", ["Iolo", "ap Dafydd"]), ("HOSPITAL", ["Betsi Cadwaladr University Health Board"]),
      ("DATE", ["12/02/2026"]), ("SERIAL", ["7418273"]), ("HOSPITAL", ["Glan Clwyd Hospital"]), ("DATE", ["2017"]),
      ("NAME", ["Eirlys", "Hughes-Parry"]), ("PHONE", ["07700 900 657"]), ("AGE", ["turned 97"]),
      ("DATE", ["St David's Day"]), ("NAME", ["Manon", "Gwilym-Asante"]), ("LICENCE", ["7093615"])],
     ["The Cremation (England and Wales) Regulations 2008", "Community-acquired pneumonia", "Frailty of old age",
      "atrial fibrillation", "chronic kidney disease stage 4", "doxycycline", "DNACPR", "cardiac pacemaker",
      "Abbott Assurity MRI", "no radioactive implants"]),

    # 37 - Northern Ireland, Co. Fermanagh: GP practice audit list, valproate pregnancy prevention programme
    ("Irvinestown Medical Practice - VALPROATE PREGNANCY PREVENTION PROGRAMME AUDIT\n"
     "Search run 04/11/2025 (females aged 12-55 issued sodium valproate in the last 6 months) | by Clodagh "
     "McVeigh-Ruddy, practice pharmacist | for the practice meeting on 12/11\n"
     "\n"
     "H&C no.     | Patient           | Age | Indication | Contraception | ARAF signed | Specialist | Action\n"
     "320 418 2738 | Shannon Maguire | 24 | JME | Nexplanon (2024) | 12/03/2025 | Dr Kerr, neurology, SWAH | none - "
     "recall 03/2026\n"
     "334 071 8822 | Orla Treacy-Boyle | 31 | bipolar affective disorder | none | not signed | CMHT Omagh | URGENT - "
     "GP appointment 06/11; psychiatry to review a switch; Mirena discussed\n"
     "347 260 9915 | Niamh Corrigan | 17 | focal epilepsy | none (not sexually active, per her mum) | not signed | "
     "paediatric neurology, RBHSC | ARAF with paediatric neurology; patient guide given\n"
     "351 908 4422 | Leanne McCusker | 44 | migraine prophylaxis (off-label) | Mirena (2022) | 17/10/2025 | - | stop "
     "valproate - switch to propranolol or candesartan\n"
     "\n"
     "Summary: 4 women; 2 ARAFs missing; 1 off-label use; all on Epilim Chrono or Depakote; folic acid 5 mg advised "
     "for all who could become pregnant. Community pharmacy reminded to dispense in the original pack with the patient "
     "card.",
     [("HOSPITAL", ["Irvinestown Medical Practice"]), ("DATE", ["04/11/2025"]), ("NAME", ["Clodagh", "McVeigh-Ruddy"]),
      ("DATE", ["12/11"]), ("ID", ["320 418 2738"]), ("NAME", ["Shannon", "Maguire"]), ("DATE", ["12/03/2025"]),
      ("NAME", ["Kerr"]), ("HOSPITAL", ["SWAH"]), ("DATE", ["03/2026"]), ("ID", ["334 071 8822"]),
      ("NAME", ["Orla", "Treacy-Boyle"]), ("LOCATION", ["Omagh"]), ("DATE", ["06/11"]), ("ID", ["347 260 9915"]),
      ("NAME", ["Niamh", "Corrigan"]), ("HOSPITAL", ["RBHSC"]), ("ID", ["351 908 4422"]),
      ("NAME", ["Leanne", "McCusker"]), ("DATE", ["17/10/2025"])],
     ["sodium valproate", "JME", "Nexplanon", "ARAF", "bipolar affective disorder", "Mirena", "focal epilepsy",
      "migraine prophylaxis (off-label)", "propranolol or candesartan", "Epilim Chrono", "Depakote",
      "folic acid 5 mg"]),

    # 38 - Italy, Sicily (Lampedusa): first-aid health record at a migrant landing, fuel burns and scabies (Italian)
    ("ASP Agrigento - Poliambulatorio di Lampedusa\n"
     "Contrada Grecale, 92031 Lampedusa e Linosa (AG) | tel. 0922 555 412\n"
     "SCHEDA SANITARIA DI PRIMO SOCCORSO ALLO SBARCO | 23 agosto 2025, ore 04:30 | Molo Favarolo\n"
     "Paziente: dichiara di chiamarsi Mamadou Saliou Diallo, nato il 01/01/2008 (17 anni dichiarati - minore "
     "straniero non accompagnato) | codice STP1900840018427\n"
     "Provenienza dichiarata: Labé (Guinea); partito da Sfax (Tunisia) il 21 agosto su un barchino di ferro con 46 "
     "persone.\n"
     "Accompagnato da un cugino dichiarato, Alpha Oumar Bah, 19 anni. Mediatore culturale (fulfulde/francese): sig. "
     "Ibrahima Sow.\n"
     "Anamnesi: 2 giorni in mare, seduto sul fondo della barca tra acqua di mare e carburante.\n"
     "Esame obiettivo: PA 100/60, FC 118, FR 22, SpO2 97%, TC 37,8 °C; glicemia 82 mg/dL. Disidratato. Ustioni "
     "chimiche da miscela carburante-acqua salata a glutei, scroto e cosce posteriori, di 2° grado superficiale e "
     "profondo, circa 9% SC (regola del 9 di Wallace). Lesioni da scabbia (Sarcoptes scabiei) a mani e polsi.\n"
     "Terapia: lavaggio abbondante con soluzione fisiologica, medicazione con sulfadiazina argentica (Sofargen), "
     "Ringer lattato secondo la formula di Parkland (4 mL/kg/%SC), paracetamolo 1 g EV; profilassi antitetanica; "
     "permetrina 5% crema dopo la guarigione delle ustioni.\n"
     "Disposizione: trasferimento con elisoccorso (I-EDRP) al Centro Grandi Ustionati dell'ARNAS Civico di Palermo, "
     "ore 06:10. Segnalato come minore non accompagnato alla Procura della Repubblica presso il Tribunale per i "
     "minorenni di Palermo.\n"
     "Medico: Dott.ssa Rosalia Giammona | Ordine dei Medici di Agrigento n. 4187",
     [("LOCATION", ["Agrigento"]), ("HOSPITAL", ["Poliambulatorio di Lampedusa"]), ("ADDRESS", ["Contrada Grecale"]),
      ("POSTCODE", ["92031"]), ("LOCATION", ["Lampedusa e Linosa"]), ("PHONE", ["0922 555 412"]),
      ("DATE", ["23 agosto 2025"]), ("LOCATION", ["Molo Favarolo"]), ("NAME", ["Mamadou", "Saliou", "Diallo"]),
      ("DATE", ["01/01/2008"]), ("ID", ["STP1900840018427"]), ("LOCATION", ["Labé"]), ("LOCATION", ["Sfax"]),
      ("DATE", ["21 agosto"]), ("NAME", ["Alpha", "Oumar", "Bah"]), ("NAME", ["Ibrahima", "Sow"]),
      ("PLATE", ["I-EDRP"]), ("HOSPITAL", ["ARNAS Civico"]), ("LOCATION", ["Palermo"]),
      ("NAME", ["Rosalia", "Giammona"]), ("LICENCE", ["4187"])],
     ["PA 100/60", "glicemia 82 mg/dL", "9% SC", "regola del 9 di Wallace", "Sarcoptes scabiei",
      "sulfadiazina argentica (Sofargen)", "Ringer lattato", "formula di Parkland", "4 mL/kg/%SC",
      "paracetamolo 1 g EV", "permetrina 5% crema"]),

    # 39 - Cook Islands, Rarotonga: very short nurse telephone note, dengue in a child
    ("Rarotonga Hospital, Avarua - telephone note 03/03/2026 16:05\n"
     "Rang Teina Marsters about her daughter Moana, 9, dengue NS1 positive on Sunday: fever gone since this morning, "
     "plt 88 today, drinking well, passed urine x4, no abdominal pain, no vomiting, no bleeding - no warning signs "
     "(WHO 2009 dengue classification). Critical phase now - paracetamol only, no ibuprofen or aspirin. Mark the "
     "fluid chart at home. Will bring her in at 08:00 tomorrow for FBC/HCT. Ph 54182.\n"
     "RN Tuaine Short",
     [("HOSPITAL", ["Rarotonga Hospital"]), ("LOCATION", ["Avarua"]), ("DATE", ["03/03/2026"]),
      ("NAME", ["Teina", "Marsters"]), ("NAME", ["Moana"]), ("PHONE", ["54182"]), ("NAME", ["Tuaine", "Short"])],
     ["NS1 positive", "plt 88", "no warning signs", "WHO 2009 dengue classification", "Critical phase",
      "paracetamol only, no ibuprofen or aspirin", "Mark the fluid chart", "FBC/HCT"]),
]
