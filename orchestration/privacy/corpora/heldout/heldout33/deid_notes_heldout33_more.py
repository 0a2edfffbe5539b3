"""Notes 20-39 of the thirty-third HELD-OUT set (see :mod:`deid_notes_heldout33` for how it was written and what it
holds).

These 20 notes hold 585 planted identifier parts in 483 (kind, parts) entries and 233 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a child protection medical assessment (Northern Ireland); 22, a
rheumatology biologics review (Malta); 24, an emergency department triage log (USA); 26, a medical practitioner's report
of a death to the coroner, for a patient in his nineties (Australia); 28, a child welfare clinic immunisation record
(Sri Lanka); 30, an offshore platform sickbay record and medevac log (Norway); 32, a UN peacekeeping field hospital log
(South Sudan); 34, a diabetic foot and wound clinic note (Mauritius); 35, an eating disorders unit admission note (South
Africa); 36, an office-based addiction treatment review (USA); 37, a gender service clinic letter (Wales); 38, a travel
clinic record (England); 39, a physiotherapy discharge summary (Tonga). In Hebrew: 21, a cancer genetics clinic letter
with a pedigree that includes a grandmother aged 96 (Israel). In Russian: 23, an air ambulance evacuation card (Russia).
In Turkish: 25, a notifiable zoonosis report (Turkey). In simplified Chinese: 27, a polysomnography report (mainland
China). In Japanese: 29, an occupational therapy pre-discharge home visit for a patient aged 92 (Japan). In Greek
script: 31, a community pharmacist's medication review for a patient aged 90 (Cyprus). In French: 33, a cystic fibrosis
annual review (Canada). Entries per kind here: DATE 103, NAME 101, LOCATION 81, HOSPITAL 32, ADDRESS 29, PHONE 29, ID
24, POSTCODE 23, LICENCE 18, MRN 13, PLATE 7, EMAIL 6, AGE 5, HANDLE 4, IP 3, URL 3, SERIAL 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Northern Ireland: child protection medical assessment, inflicted bruising in a toddler
    ("Royal Belfast Hospital for Sick Children\n"
     "274 Grosvenor Road, Belfast BT12 6BA | Child Safeguarding Medical Team | tel 028 9504 7182\n"
     "CHILD PROTECTION MEDICAL ASSESSMENT (joint protocol, Article 66 Children (NI) Order 1995)\n"
     "Date/time: Wednesday 28 January 2026, 14:30-16:10 | PSNI ref CC-2026-01270593\n"
     "Child: Ellie-Mae CORRIGAN | F | 2 y 3 m | DOB 19/10/2023 | H&C 320 471 5868 | Hosp no. RBHSC 7731502\n"
     "Address: 22 Silverstream Avenue, Ballysillan, Belfast BT14 8GH. Attends Little Acorns Day Nursery.\n"
     "Present: mother Tracey-Ann McStravick; social worker Ms Orlaith Gribben (Gateway Team); a detective constable "
     "from the Public Protection Branch.\n"
     "Referral: nursery staff noticed bruises on both cheeks and the left ear yesterday; the mother's partner, Darren "
     "Nugent, minds her on her days off nursery.\n"
     "Account (mother): 'She fell off the sofa at the weekend.' No account of the ear bruising. Child says 'Dazzer "
     "sore' when asked about her ear.\n"
     "Examination: alert, playful, wary of male staff. Weight 11.9 kg (25th centile), height 87 cm. L pinna - 3 "
     "bruises with petechiae on the helix and the back of the ear; L cheek - 4 parallel linear bruises 4-5 cm long "
     "with sparing between them (slap pattern); R cheek - 2 oval bruises 1 cm; torn upper labial frenum (healing). "
     "Congenital dermal melanocytosis (Mongolian blue spots) over the sacrum - documented, not bruising. Body maps "
     "and medical photography (18 images). No other injuries; anogenital examination not indicated.\n"
     "TEN-4-FACESp: positive (ear, cheek, frenum; age under 4).\n"
     "Investigations: FBC, coagulation screen and von Willebrand screen normal; skeletal survey (RCR/SCoR protocol) - "
     "no fractures, follow-up views in 11-14 days; CT head normal; ophthalmology - no retinal haemorrhages.\n"
     "Opinion: the pattern (slap marks, ear bruising with petechiae, torn frenum) is highly suggestive of inflicted "
     "injury and is not explained by the account. Discharged with her mother to the maternal grandmother, Siobhan "
     "McStravick, in Carrickfergus under a safety plan agreed with social services; no contact with Mr Nugent pending "
     "investigation. The mother has given police the Snapchat account the partner uses (@dazzer_ng88).\n"
     "Dr Roisin Agnew-Farrelly, Consultant Paediatrician | GMC 6094217",
     [("HOSPITAL", ["Royal Belfast Hospital for Sick Children"]), ("ADDRESS", ["274 Grosvenor Road"]),
      ("LOCATION", ["Belfast"]), ("POSTCODE", ["BT12 6BA"]), ("PHONE", ["028 9504 7182"]),
      ("DATE", ["Wednesday 28 January 2026"]), ("ID", ["CC-2026-01270593"]), ("NAME", ["Ellie-Mae", "CORRIGAN"]),
      ("DATE", ["19/10/2023"]), ("ID", ["320 471 5868"]), ("MRN", ["RBHSC 7731502"]),
      ("ADDRESS", ["22 Silverstream Avenue"]), ("LOCATION", ["Ballysillan"]), ("POSTCODE", ["BT14 8GH"]),
      ("LOCATION", ["Little Acorns Day Nursery"]), ("NAME", ["Tracey-Ann", "McStravick"]),
      ("NAME", ["Orlaith", "Gribben"]), ("NAME", ["Darren", "Nugent", "Dazzer"]), ("NAME", ["Siobhan"]),
      ("LOCATION", ["Carrickfergus"]), ("HANDLE", ["dazzer_ng88"]), ("NAME", ["Roisin", "Agnew-Farrelly"]),
      ("LICENCE", ["6094217"])],
     ["Article 66 Children (NI) Order 1995", "25th centile", "petechiae", "torn upper labial frenum",
      "Congenital dermal melanocytosis (Mongolian blue spots)", "TEN-4-FACESp", "von Willebrand screen",
      "skeletal survey", "CT head normal", "retinal haemorrhages"]),

    # 21 - Israel: cancer genetics clinic letter with a three-generation pedigree (Hebrew)
    ("המרכז הרפואי ע״ש חיים שיבא, תל השומר - המכון לגנטיקה, מרפאת הסרטן התורשתי\n"
     "דרך שיבא 2, רמת גן | טל׳ 03-530-7418\n"
     "\n"
     "תאריך: 12.03.2026\n"
     "לכבוד: ד״ר יואב אלמוג, רופא משפחה, מכבי שירותי בריאות, סניף רעננה\n"
     "\n"
     "הנדון: גב׳ נועה בן-דוד, ת״ז 038472619, ילידת 21.06.1987\n"
     "כתובת: רח׳ אחוזה 118, דירה 9, רעננה 4345201 | נייד 054-7316284\n"
     "\n"
     "רופא יקר,\n"
     "גב׳ בן-דוד, בת 38, מורה לביולוגיה בתיכון ברעננה, נשואה ואם לשניים, הגיעה לייעוץ גנטי לאחר שאמה, רחל בן-דוד, "
     "אובחנה בחודש אלול בסרטן שחלה (high-grade serous, FIGO שלב IIIC) בגיל 63.\n"
     "אילן יוחסין (שלושה דורות): צד האם - מוצא אשכנזי (פולין וליטא). הסבתא, צביה גולדברג, ילידת 1929, בת 96, חלתה "
     "בסרטן שד בגיל 58 ומתגוררת בבית אבות בחיפה; הדודה (אחות האם) - סרטן שד דו-צדדי בגיל 44, נפטרה; בן דוד מצד האם - "
     "סרטן ערמונית בגיל 52. צד האב - מוצא עיראקי, ללא סרטן ידוע. אחות, מיכל, בת 35; אח, יונתן, בן 41.\n"
     "הערכת סיכון לפני הבדיקה: Manchester score 24; BOADICEA (CanRisk) - סיכון לסרטן שד לאורך החיים 31%. עומדת "
     "בקריטריונים לבדיקה (NCCN 2025).\n"
     "תוצאות: מוטציות מייסד אשכנזיות - BRCA2 c.5946delT (6174delT) - נשאית הטרוזיגוטית; BRCA1 185delAG ו-5382insC - "
     "לא נמצאו. פאנל רב-גני (NGS, 30 גנים) - ללא ממצא נוסף; אין עדות לתסמונת לינץ׳.\n"
     "המלצות: 1. MRI שדיים שנתי וממוגרפיה שנתית, ובדיקת שד קלינית כל 6 חודשים במרפאת המעקב. 2. שיחה על כריתת שד מונעת "
     "דו-צדדית. 3. כריתת שחלות וחצוצרות מונעת (RRSO) בגיל 40-45, לאחר השלמת הילודה. 4. בדיקה מכוונת לקרובים בסיכון "
     "50%: האחות מיכל, האח יונתן (גם לעניין סרטן ערמונית ולבלב), והילדים בהגיעם לגיל 18. 5. לאם מומלץ טיפול אחזקה "
     "ב-PARP inhibitor (olaparib) - האונקולוגית המטפלת עודכנה.\n"
     "המטופלת ביקשה לדחות את ה-MRI עד אחרי פסח; נקבע מעקב בעוד חודשיים.\n"
     "\n"
     "בברכה,\n"
     "ד״ר אורית שטרנברג-לוי, גנטיקאית קלינית, מ.ר. 28536 | יועצת גנטית: הדס ורד",
     [("HOSPITAL", ["המרכז הרפואי ע״ש חיים שיבא"]), ("LOCATION", ["תל השומר"]), ("ADDRESS", ["דרך שיבא 2"]),
      ("LOCATION", ["רמת גן"]), ("PHONE", ["03-530-7418"]), ("DATE", ["12.03.2026"]), ("NAME", ["יואב", "אלמוג"]),
      ("LOCATION", ["רעננה"]), ("NAME", ["נועה", "בן-דוד"]), ("ID", ["038472619"]), ("DATE", ["21.06.1987"]),
      ("ADDRESS", ["רח׳ אחוזה 118, דירה 9"]), ("POSTCODE", ["4345201"]), ("PHONE", ["054-7316284"]), ("NAME", ["רחל"]),
      ("DATE", ["אלול"]), ("NAME", ["צביה", "גולדברג"]), ("DATE", ["1929"]), ("AGE", ["בת 96"]), ("LOCATION", ["חיפה"]),
      ("NAME", ["מיכל"]), ("NAME", ["יונתן"]), ("DATE", ["פסח"]), ("NAME", ["אורית", "שטרנברג-לוי"]),
      ("LICENCE", ["28536"]), ("NAME", ["הדס", "ורד"])],
     ["high-grade serous", "FIGO שלב IIIC", "Manchester score 24", "BOADICEA (CanRisk)", "NCCN 2025",
      "BRCA2 c.5946delT (6174delT)", "BRCA1 185delAG", "5382insC", "תסמונת לינץ׳", "RRSO",
      "PARP inhibitor (olaparib)"]),

    # 22 - Malta: rheumatology biologics review, psoriatic arthritis
    ("Mater Dei Hospital - Department of Rheumatology, Outpatients Block B, Level 0\n"
     "Triq Dun Karm, Msida MSD 2090\n"
     "BIOLOGICS REVIEW | Thursday 9 July 2026 | Clinic list B3 | seen by Dr Luke Camilleri Schembri (LCS) with CNS "
     "Marthese Xuereb (MX)\n"
     "Patient: Ms Rita AZZOPARDI BONELLO | 46 F | DOB 08/12/1979 | ID card 0593186M | Hosp. no. MDH-1983374\n"
     "Address: 27, Triq San Ġużepp, Żebbuġ ZBG 1340 | mob 7941 2803 | teacher at St Aloysius' College\n"
     "Dx: psoriatic arthritis (CASPAR criteria 4) - polyarticular with dactylitis and enthesitis; plaque psoriasis. "
     "On secukinumab (Cosentyx) 150 mg SC monthly since October, after methotrexate 20 mg weekly (stopped for "
     "transaminitis) and adalimumab (Amgevita) with secondary loss of response.\n"
     "Today: much better since the switch; L 3rd toe dactylitis flared after walking at Buskett for L-Imnarja; "
     "morning stiffness 20 min. TJC 3, SJC 1, LEI (Leeds Enthesitis Index) 1, dactylitis 1 digit; PASI 1.8 (elbows); "
     "PtGA 30 mm; pain VAS 25 mm. DAPSA 12.4. MDA 5 of 7 - achieved. HAQ-DI 0.5.\n"
     "Labs: CRP 4 mg/L; FBC, LFTs and U&E normal. QuantiFERON-TB Gold Plus negative (annual). No serious infections, "
     "no IBD symptoms.\n"
     "Vaccines: Shingrix dose 2 due; influenza in the autumn.\n"
     "Plan: continue Cosentyx 150 mg - Entitlement Unit renewal signed; podiatry for insoles; review in 6 months or "
     "sooner if she flares. Husband aware of the plan. PROMs completed on the clinic tablet (session logged from "
     "10.40.7.112).\n"
     "LCS | Medical Council Malta reg. 4962",
     [("HOSPITAL", ["Mater Dei Hospital"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["Msida"]),
      ("POSTCODE", ["MSD 2090"]), ("DATE", ["Thursday 9 July 2026"]), ("NAME", ["Luke", "Camilleri Schembri", "LCS"]),
      ("NAME", ["Marthese", "Xuereb", "MX"]), ("NAME", ["Rita", "AZZOPARDI BONELLO"]), ("DATE", ["08/12/1979"]),
      ("ID", ["0593186M"]), ("MRN", ["MDH-1983374"]), ("ADDRESS", ["27, Triq San Ġużepp"]), ("LOCATION", ["Żebbuġ"]),
      ("POSTCODE", ["ZBG 1340"]), ("PHONE", ["7941 2803"]), ("LOCATION", ["St Aloysius' College"]),
      ("DATE", ["October"]), ("LOCATION", ["Buskett"]), ("IP", ["10.40.7.112"]), ("DATE", ["L-Imnarja"]),
      ("LICENCE", ["4962"])],
     ["psoriatic arthritis", "CASPAR criteria 4", "secukinumab (Cosentyx) 150 mg", "methotrexate 20 mg weekly",
      "adalimumab (Amgevita)", "LEI (Leeds Enthesitis Index) 1", "PASI 1.8", "DAPSA 12.4", "HAQ-DI 0.5",
      "QuantiFERON-TB Gold Plus negative", "Shingrix"]),

    # 23 - Russia: air ambulance evacuation card, ruptured ectopic pregnancy (Russian)
    ("ГБУ РС(Я) «Республиканский центр медицины катастроф» - отделение санитарной авиации\n"
     "677005, г. Якутск, ул. Стадухина, д. 81, корп. 6 | диспетчер +7 (4112) 39-05-18\n"
     "КАРТА САНИТАРНО-АВИАЦИОННОЙ ЭВАКУАЦИИ № 0093/26 | 15.01.2026\n"
     "Вызов: 07:40 из ГБУ РС(Я) «Томпонская ЦРБ» (п. Хандыга); фельдшер ФАП с. Тополиное Аммосова Т. П.\n"
     "Борт: вертолёт Ми-8АМТ RA-22784, АК «Полярные авиалинии». Вылет 09:55 (задержка - туман, −47 °C), посадка в с. "
     "Тополиное 11:50.\n"
     "Бригада: врач анестезиолог-реаниматолог Дьячковский В. С., медсестра-анестезист.\n"
     "Пациентка: СЛЕПЦОВА Сардаана Егоровна, 31 год, дата рождения 04.11.1994, полис ОМС 1457 8920 3316 4072, СНИЛС "
     "148-527-306 79. Адрес: с. Тополиное, ул. Оленеводов, д. 7. Чумработница.\n"
     "Анамнез: задержка менструации 7 недель; с утра резкая боль внизу живота справа, обморок дома в 06:30. Муж - "
     "Слепцов Айаал Николаевич.\n"
     "Объективно (12:00): сознание ясное, по шкале Глазго 15 баллов; кожа бледная, холодный пот; ЧСС 124, АД 86/52, "
     "шоковый индекс Альговера 1,4; ЧДД 22, SpO2 96 %. Живот напряжён, болезненный в нижних отделах, "
     "симптом Щёткина-Блюмберга положительный справа. Экспресс-тест на ХГЧ положительный. Hb (HemoCue) 84 г/л.\n"
     "Диагноз: Нарушенная трубная беременность справа. Внутрибрюшное кровотечение. Геморрагический шок II степени.\n"
     "Лечение на месте и в полёте: 2 периферических катетера 16G; кристаллоиды 1000 мл (пермиссивная гипотензия, "
     "целевое САД 80-90 мм рт. ст.); транексамовая кислота 1 г в/в; O2 5 л/мин; согревание.\n"
     "Вылет 12:35, посадка в Якутске 14:40; передана в приёмное отделение ГАУ РС(Я) «Республиканская больница № 1 - "
     "Национальный центр медицины» (перинатальный центр), дежурный гинеколог Местникова Е. В. В 15:20 - лапаротомия.\n"
     "Врач: Дьячковский В. С.",
     [("HOSPITAL", ["Республиканский центр медицины катастроф"]), ("POSTCODE", ["677005"]), ("LOCATION", ["Якутск"]),
      ("ADDRESS", ["ул. Стадухина, д. 81, корп. 6"]), ("PHONE", ["+7 (4112) 39-05-18"]), ("ID", ["0093/26"]),
      ("DATE", ["15.01.2026"]), ("HOSPITAL", ["Томпонская ЦРБ"]), ("LOCATION", ["Хандыга"]),
      ("LOCATION", ["Тополиное"]), ("NAME", ["Аммосова", "Т. П."]), ("PLATE", ["RA-22784"]),
      ("LOCATION", ["Полярные авиалинии"]), ("NAME", ["Дьячковский", "В. С."]),
      ("NAME", ["СЛЕПЦОВА", "Сардаана", "Егоровна"]), ("DATE", ["04.11.1994"]), ("ID", ["1457 8920 3316 4072"]),
      ("ID", ["148-527-306 79"]), ("ADDRESS", ["ул. Оленеводов, д. 7"]), ("NAME", ["Слепцов", "Айаал", "Николаевич"]),
      ("HOSPITAL", ["Республиканская больница № 1"]), ("HOSPITAL", ["Национальный центр медицины"]),
      ("NAME", ["Местникова", "Е. В."])],
     ["по шкале Глазго 15 баллов", "шоковый индекс Альговера 1,4", "симптом Щёткина-Блюмберга", "ХГЧ",
      "Hb (HemoCue) 84 г/л", "Нарушенная трубная беременность", "Внутрибрюшное кровотечение",
      "Геморрагический шок II степени", "пермиссивная гипотензия", "транексамовая кислота 1 г", "лапаротомия"]),

    # 24 - USA: emergency department triage log, hantavirus and plague suspects
    ("GALLUP INDIAN MEDICAL CENTER - EMERGENCY DEPARTMENT TRIAGE LOG\n"
     "516 E Nizhoni Blvd, Gallup NM 87301 | Fri 10/17/2025, evening shift | triage kiosk 10.96.14.203\n"
     "Triage RNs: Kateri Tsinajinnie (KTs), Bryce Holyan (BHy)\n"
     "\n"
     "1912 | BEGAY, Lorraine | 58 F | MRN 00-4471-902 | Crownpoint | SOB, fever, myalgia x4 d; swept out the feed "
     "shed full of mouse droppings 2 wk ago | T 38.9, HR 122, BP 92/58, RR 28, SpO2 86% RA | ESI 2 | ?hantavirus "
     "(Sin Nombre virus) - isolation room, CBC with smear for thrombocytopenia and immunoblasts, MD to bedside | KTs\n"
     "1931 | YAZZIE, Harrison Jr. | 23 M | MRN 00-5128-337 | Church Rock | rollover MVC on I-40 east of Gallup, "
     "unrestrained; pickup (Navajo Nation plate 7B 2215) towed | GCS 14 (E3V5M6), scalp laceration, C-collar by EMS, "
     "NEXUS positive (intoxicated) | ESI 2 | trauma team activated | BHy\n"
     "2005 | TSOSIE, Ruth | 6 F | MRN 00-6690-114 | Tohatchi | mother Alberta at bedside; fever 40.1, tender R "
     "inguinal bubo, family cat sick, prairie dogs dying near the house | ESI 2 | ?bubonic plague (Yersinia pestis) - "
     "droplet precautions, blood cultures, notify state epi | KTs\n"
     "2022 | BENALLY, Kee | 71 M | MRN 00-2287-561 | Thoreau | found confused by his daughter; BG 38 mg/dL on "
     "glipizide, missed supper | D50 25 g IV at 2026 -> BG 142, alert | ESI 2 | BHy\n"
     "2047 | JOE, Wilson | 34 M | Zuni Pueblo | inversion injury L ankle at a basketball game; weight-bearing 4 steps "
     "| Ottawa ankle rules negative | ESI 5 | fast track | KTs\n"
     "\n"
     "Log reviewed 2300 by the ED attending.",
     [("HOSPITAL", ["GALLUP INDIAN MEDICAL CENTER"]), ("ADDRESS", ["516 E Nizhoni Blvd"]), ("LOCATION", ["Gallup"]),
      ("POSTCODE", ["87301"]), ("DATE", ["Fri 10/17/2025"]), ("IP", ["10.96.14.203"]),
      ("NAME", ["Kateri", "Tsinajinnie", "KTs"]), ("NAME", ["Bryce", "Holyan", "BHy"]), ("NAME", ["BEGAY", "Lorraine"]),
      ("MRN", ["00-4471-902"]), ("LOCATION", ["Crownpoint"]), ("NAME", ["YAZZIE", "Harrison"]),
      ("MRN", ["00-5128-337"]), ("LOCATION", ["Church Rock"]), ("PLATE", ["7B 2215"]), ("NAME", ["TSOSIE", "Ruth"]),
      ("MRN", ["00-6690-114"]), ("LOCATION", ["Tohatchi"]), ("NAME", ["Alberta"]), ("NAME", ["BENALLY", "Kee"]),
      ("MRN", ["00-2287-561"]), ("LOCATION", ["Thoreau"]), ("NAME", ["JOE", "Wilson"]), ("LOCATION", ["Zuni Pueblo"])],
     ["SpO2 86% RA", "ESI 2", "Sin Nombre virus", "thrombocytopenia", "GCS 14 (E3V5M6)", "NEXUS positive",
      "Yersinia pestis", "droplet precautions", "BG 38 mg/dL", "glipizide", "D50 25 g IV",
      "Ottawa ankle rules negative", "ESI 5"]),

    # 25 - Turkey: notifiable disease report, Crimean-Congo haemorrhagic fever (Turkish)
    ("T.C. SAĞLIK BAKANLIĞI - Tokat Gaziosmanpaşa Üniversitesi Araştırma ve Uygulama Hastanesi\n"
     "Enfeksiyon Hastalıkları ve Klinik Mikrobiyoloji Kliniği | Merkez/Tokat | Tel: 0 (356) 212 95 04\n"
     "BULAŞICI HASTALIK BİLDİRİM FORMU - Kırım-Kongo Kanamalı Ateşi (KKKA) | Bildirim no: TKT-2025-KKKA-0311\n"
     "Bildirim tarihi: 12 Haziran 2025 Perşembe\n"
     "Hasta: Hüseyin KOCABIYIK | E | 54 yaş | doğum tarihi 03.02.1971 | T.C. Kimlik No: 38410652908\n"
     "Adres: Üzümören Köyü, Çeşme Sok. No: 14, 60800 Pazar/Tokat | Cep: 0532 417 83 26\n"
     "Meslek: çiftçi, 12 baş sığır besliyor; kurbanlık hayvan satıyor.\n"
     "Öykü: Kurban Bayramı'nın 1. günü (6 Haziran) köyde kurban kesimine katılmış; iki gün sonra sol koltuk altında "
     "yapışmış bir kene fark edip eliyle koparmış. İki gündür ateş (39,4 °C), halsizlik, kas ağrısı, bulantı, ishal; "
     "dün diş eti kanaması. Pazar Devlet Hastanesi'nden ambulansla (60 AC 417) sevk edildi.\n"
     "Fizik muayene: TA 110/70, nabız 104, konjonktival hiperemi, gövde ve alt ekstremitelerde peteşiler, sol "
     "aksillada kene ısırığı yeri; hepatomegali yok.\n"
     "Laboratuvar: lökosit 1.900/mm³, trombosit 38.000/mm³, AST 386 U/L, ALT 214 U/L, LDH 1.120 U/L, CK 1.860 U/L, "
     "aPTT 52 sn, INR 1,3, fibrinojen 145 mg/dL.\n"
     "Kene: Hyalomma marginatum (tür tayini İl Sağlık Müdürlüğü vektör birimi).\n"
     "Örnek: serum, KKKA RT-PCR ve IgM için Ulusal Arbovirüs ve Viral Zoonotik Hastalıklar Referans Laboratuvarı'na "
     "gönderildi; 13 Haziran: RT-PCR POZİTİF.\n"
     "Ağırlık: Swanepoel kriterleri; SGS (Severity Grading Score) orta risk.\n"
     "Tedavi ve önlemler: izolasyon odası, standart + temas + damlacık önlemleri; destek tedavisi, gerektikçe "
     "trombosit süspansiyonu ve taze donmuş plazma; ribavirin başlanmadı (6. gün). Temaslılar: eşi Emine Kocabıyık ve "
     "kesimde birlikte olan oğlu 14 gün ateş takibinde; sağlık personeli temas listesi çıkarıldı.\n"
     "Bildiren hekim: Uzm. Dr. Zeynep Aydoğan-Kılıç | Diploma tescil no: 118842 | "
     "zeynep.aydogan@gop-enfeksiyon.edu.tr",
     [("HOSPITAL", ["Tokat Gaziosmanpaşa Üniversitesi Araştırma ve Uygulama Hastanesi"]), ("LOCATION", ["Tokat"]),
      ("PHONE", ["0 (356) 212 95 04"]), ("ID", ["TKT-2025-KKKA-0311"]), ("DATE", ["12 Haziran 2025 Perşembe"]),
      ("NAME", ["Hüseyin", "KOCABIYIK"]), ("DATE", ["03.02.1971"]), ("ID", ["38410652908"]),
      ("LOCATION", ["Üzümören Köyü"]), ("ADDRESS", ["Çeşme Sok. No: 14"]), ("POSTCODE", ["60800"]),
      ("LOCATION", ["Pazar"]), ("PHONE", ["0532 417 83 26"]), ("DATE", ["Kurban Bayramı"]), ("DATE", ["6 Haziran"]),
      ("HOSPITAL", ["Pazar Devlet Hastanesi"]), ("PLATE", ["60 AC 417"]), ("DATE", ["13 Haziran"]),
      ("NAME", ["Emine", "Kocabıyık"]), ("NAME", ["Zeynep", "Aydoğan-Kılıç"]), ("LICENCE", ["118842"]),
      ("EMAIL", ["zeynep.aydogan@gop-enfeksiyon.edu.tr"])],
     ["Kırım-Kongo Kanamalı Ateşi (KKKA)", "konjonktival hiperemi", "peteşiler", "trombosit 38.000/mm³", "AST 386 U/L",
      "fibrinojen 145 mg/dL", "Hyalomma marginatum", "RT-PCR POZİTİF", "Swanepoel kriterleri",
      "SGS (Severity Grading Score)", "taze donmuş plazma", "ribavirin"]),

    # 26 - Australia: medical practitioner's report of a death to the coroner, patient in his nineties
    ("NORTH WEST REGIONAL HOSPITAL - Medical Administration\n"
     "23 Brickport Road, Burnie TAS 7320 | ph (03) 6493 6417\n"
     "REPORT OF A DEATH TO THE CORONER (Coroners Act 1995 (Tas), s.19) - medical practitioner's report\n"
     "To: Coronial Division | coroners.reports@justice-tas.gov.au\n"
     "Deceased: Mr Bertram Ernest YOUL | male | aged 94 | DOB 11/11/1931 | Medicare 2275 04183 3 | URN 0622719\n"
     "Usual address: Unit 4, 36 King Edward Street, Penguin TAS 7316 (independent living unit)\n"
     "Date and time of death: Sunday 8 February 2026, 03:47 | Place: surgical ward, this hospital\n"
     "Why reportable: the death appears to have resulted, directly or indirectly, from an accident (fall at home).\n"
     "Circumstances: tripped on a mat in his unit at about 19:30 on Thursday 5 February; found on the floor by his "
     "daughter, Marlene Youl-Barker, at 21:00; ambulance to this hospital. L intracapsular "
     "fractured neck of femur (Garden IV). Background: Parkinson's disease (Hoehn and Yahr stage 3) on "
     "Madopar 125 mg QID; AF on apixaban 2.5 mg BD; CKD 3b; COPD; Clinical Frailty Scale 6. Served in Korea with the "
     "army; worked at the Burnie paper mill until 1991; widowed in 2017.\n"
     "Course: L hemiarthroplasty on Friday 6 February (apixaban held; operated at 40 h after discussion; ASA 4). "
     "Post-operative delirium (4AT 9), aspiration pneumonia on 7 February; goals-of-care discussion with the family - "
     "Goals of Care C (comfort); died peacefully with family present.\n"
     "Proposed cause of death: 1(a) aspiration pneumonia; 1(b) post-operative delirium and immobility; 1(c) fractured "
     "neck of femur (fall); II Parkinson's disease, atrial fibrillation, chronic kidney disease.\n"
     "Family: daughter Marlene Youl-Barker (0417 362 905); son Clifford Youl. Marlene says he was looking forward to "
     "turning 95 on Remembrance Day.\n"
     "GP informed. Police attended (report to follow).\n"
     "Reported by: Dr Oliver Ransley-Bowe, orthopaedic registrar, 8 February 2026 at 07:15 | AHPRA MED0001873566",
     [("HOSPITAL", ["NORTH WEST REGIONAL HOSPITAL"]), ("ADDRESS", ["23 Brickport Road"]), ("LOCATION", ["Burnie"]),
      ("POSTCODE", ["7320"]), ("PHONE", ["(03) 6493 6417"]), ("EMAIL", ["coroners.reports@justice-tas.gov.au"]),
      ("NAME", ["Bertram Ernest", "YOUL"]), ("AGE", ["aged 94"]), ("DATE", ["11/11/1931"]), ("ID", ["2275 04183 3"]),
      ("MRN", ["0622719"]), ("ADDRESS", ["Unit 4, 36 King Edward Street"]), ("LOCATION", ["Penguin"]),
      ("POSTCODE", ["7316"]), ("DATE", ["Sunday 8 February 2026"]), ("DATE", ["Thursday 5 February"]),
      ("NAME", ["Marlene", "Youl-Barker"]), ("LOCATION", ["Burnie paper mill"]), ("DATE", ["1991"]), ("DATE", ["2017"]),
      ("DATE", ["Friday 6 February"]), ("DATE", ["7 February"]), ("PHONE", ["0417 362 905"]),
      ("NAME", ["Clifford", "Youl"]), ("AGE", ["turning 95"]), ("DATE", ["Remembrance Day"]),
      ("DATE", ["8 February 2026"]), ("NAME", ["Oliver", "Ransley-Bowe"]), ("LICENCE", ["MED0001873566"])],
     ["Coroners Act 1995 (Tas), s.19", "fractured neck of femur (Garden IV)", "Hoehn and Yahr stage 3",
      "Madopar 125 mg QID", "apixaban 2.5 mg BD", "Clinical Frailty Scale 6", "hemiarthroplasty", "ASA 4", "4AT 9",
      "aspiration pneumonia", "Goals of Care C", "Parkinson's disease"]),

    # 27 - China (mainland): polysomnography report, severe obstructive sleep apnoea (simplified Chinese)
    ("四川大学华西医院 睡眠医学中心\n"
     "成都市武侯区国学巷37号　睡眠中心预约 028-8542 3716\n"
     "多导睡眠监测（PSG）报告\n"
     "监测编号：PSG-2025-1118-04　监测日期：2025年11月18日22:10至11月19日06:20　设备：Compumedics Grael 4K（序列号 GR4K-20931）\n"
     "姓名：罗建军　性别：男　年龄：42岁　身份证号：510107198309050353　登记号：0012773419\n"
     "住址：成都市郫都区百草路88号7栋1单元302　手机：139-8176-2054（微信号 luojj_1983）\n"
     "职业：货车司机（蓉城物流有限公司），车牌 川A·7K4B9\n"
     "主诉：打鼾10余年，妻子刘小芳发现夜间呼吸暂停；白天嗜睡，国庆节期间在高速上开车打瞌睡险些追尾。\n"
     "体格检查：BMI 31.8 kg/m²，颈围 43 cm，Mallampati IV级，Friedman分期 III期，扁桃体 II度。血压 152/96 mmHg。\n"
     "量表：Epworth嗜睡量表（ESS）16分；STOP-Bang 7分。\n"
     "监测结果：总记录时间 490 min，总睡眠时间 412 min，睡眠效率 84.1%；N3 期 4.2%，REM 期 11.6%；呼吸暂停低通气指数（AHI）46.2次/小时（仰卧位 71.5次/小时），以阻塞性为主；氧减指数（ODI）44.8次/小时；最低血氧饱和度 72%，SpO2<90% 时间占 21%；微觉醒指数 38.5次/小时；周期性肢体运动指数 3.1次/小时；心电：窦性心律，偶发房早。\n"
     "判读标准：AASM 判读手册 2.6 版（低通气按 3% 氧减或伴觉醒）。\n"
     "结论：重度阻塞性睡眠呼吸暂停低通气综合征（OSAHS），伴重度夜间低氧血症。\n"
     "建议：1. 尽快行 CPAP 压力滴定（拟用 ResMed AirSense 10 AutoSet），复诊日期 2025年12月2日；2. 减重、戒酒、侧卧位睡眠；3. 治疗有效前暂停长途驾驶，已告知患者及其单位；4. 心内科随诊高血压。\n"
     "报告查询：https://sleep.wchscu-report.cn/psg?id=PSG-2025-1118-04\n"
     "技师：周敏　报告医师：唐锐（主治医师，执业证书编号 110510000318846）",
     [("HOSPITAL", ["四川大学华西医院"]), ("LOCATION", ["成都市"]), ("LOCATION", ["武侯区"]), ("ADDRESS", ["国学巷37号"]),
      ("PHONE", ["028-8542 3716"]), ("ID", ["PSG-2025-1118-04"]), ("DATE", ["2025年11月18日"]), ("DATE", ["11月19日"]),
      ("SERIAL", ["GR4K-20931"]), ("NAME", ["罗建军"]), ("ID", ["510107198309050353"]), ("MRN", ["0012773419"]),
      ("LOCATION", ["郫都区"]), ("ADDRESS", ["百草路88号7栋1单元302"]), ("PHONE", ["139-8176-2054"]), ("HANDLE", ["luojj_1983"]),
      ("LOCATION", ["蓉城物流有限公司"]), ("PLATE", ["川A·7K4B9"]), ("NAME", ["刘小芳"]), ("DATE", ["国庆节"]),
      ("DATE", ["2025年12月2日"]), ("URL", ["https://sleep.wchscu-report.cn/psg?id=PSG-2025-1118-04"]), ("NAME", ["周敏"]),
      ("NAME", ["唐锐"]), ("LICENCE", ["110510000318846"])],
     ["Compumedics Grael 4K", "BMI 31.8 kg/m²", "Mallampati IV级", "Friedman分期 III期", "Epworth嗜睡量表（ESS）16分",
      "STOP-Bang 7分", "呼吸暂停低通气指数（AHI）46.2次/小时", "氧减指数（ODI）44.8次/小时", "最低血氧饱和度 72%", "AASM 判读手册 2.6 版",
      "重度阻塞性睡眠呼吸暂停低通气综合征（OSAHS）", "ResMed AirSense 10 AutoSet"]),

    # 28 - Sri Lanka: child welfare clinic immunisation record
    ("MOH OFFICE, KURUNEGALA - Child Welfare Clinic, Wilgoda PHM area\n"
     "Clinic held at the school hall\n"
     "IMMUNISATION & CHILD WELFARE CLINIC RECORD | Tuesday, 09.12.2025\n"
     "Child: K. M. Sithumi Nethmini BANDARA | F | DOB 03.06.2024 (18 months)\n"
     "Mother: W. A. Dilrukshi Kumari Wijesinghe | NIC 199472301845 | mob 071 482 3917\n"
     "Father: K. M. Chaminda Bandara - three-wheeler driver (NW YK-2816)\n"
     "Address: No. 47/2, Kandy Road, Malkaduwawa, Kurunegala 60000\n"
     "PHM: Mrs. R. M. Anoma Herath\n"
     "CHDR immunisation record (checked against the card):\n"
     "BCG - at birth, Teaching Hospital Kurunegala - scar present\n"
     "Pentavalent (DTwP-HepB-Hib) + OPV 1, 2, 3 at 2, 4, 6 months - given; fIPV 1 and 2 given\n"
     "  -> after Pentavalent 3 on 05.12.2024: fever 39.2 °C next day, no convulsion - AEFI form filled (minor)\n"
     "MMR 1 - 9 months, 10.03.2025 - given\n"
     "Live JE (SA 14-14-2) - 12 months, on the Monday after Poson Poya, 16.06.2025 - given\n"
     "TODAY (18 months): DTP 4th dose (booster) IM L thigh + OPV 4th dose; batch numbers in the vaccine register. "
     "Vitamin A 200,000 IU mega-dose given. Observed 30 min - no reaction.\n"
     "Growth: weight 9.6 kg (weight-for-age Z-score -1.6, yellow zone), length 79 cm; dropped out of the green zone "
     "after two bouts of diarrhoea around Avurudu. Thriposha issued (2 packets/month); feeding counselling given.\n"
     "Development: walks alone, says 6 words, points - normal for age.\n"
     "Next: MMR 2 at 3 years (June 2027); monthly growth monitoring - next clinic Tuesday 13 January 2026 at the same "
     "hall.\n"
     "Signed: R. M. Anoma Herath, PHM | reg. no. 18/2209",
     [("LOCATION", ["KURUNEGALA"]), ("LOCATION", ["Wilgoda"]), ("DATE", ["Tuesday, 09.12.2025"]),
      ("NAME", ["Sithumi", "Nethmini", "BANDARA"]), ("DATE", ["03.06.2024"]),
      ("NAME", ["Dilrukshi", "Kumari", "Wijesinghe"]), ("ID", ["199472301845"]), ("PHONE", ["071 482 3917"]),
      ("NAME", ["K. M.", "Chaminda", "Bandara"]), ("PLATE", ["NW YK-2816"]), ("ADDRESS", ["No. 47/2, Kandy Road"]),
      ("LOCATION", ["Malkaduwawa"]), ("LOCATION", ["Kurunegala"]), ("POSTCODE", ["60000"]),
      ("NAME", ["Anoma", "Herath"]), ("HOSPITAL", ["Teaching Hospital Kurunegala"]), ("DATE", ["05.12.2024"]),
      ("DATE", ["10.03.2025"]), ("DATE", ["Poson Poya"]), ("DATE", ["16.06.2025"]), ("DATE", ["Avurudu"]),
      ("DATE", ["June 2027"]), ("DATE", ["Tuesday 13 January 2026"]), ("LICENCE", ["18/2209"])],
     ["BCG", "Pentavalent (DTwP-HepB-Hib)", "fIPV", "AEFI", "Live JE (SA 14-14-2)", "DTP 4th dose", "OPV 4th dose",
      "Vitamin A 200,000 IU", "weight-for-age Z-score -1.6", "Thriposha"]),

    # 29 - Japan: occupational therapy pre-discharge home visit, patient aged 92 (Japanese)
    ("洛北リハビリテーション病院　リハビリテーション科\n"
     "〒606-8103 京都市左京区高野西開町34\n"
     "退院前訪問指導記録（作業療法）\n"
     "訪問日：令和7年10月3日（金）14:00～15:30\n"
     "訪問者：作業療法士 西田 真琴、理学療法士 岡 翼、退院支援看護師 井上 さくら、担当介護支援専門員\n"
     "対象者：藤原 キヨ（ふじわら きよ）様　女性　92歳　昭和8年4月29日生　入院ID 07-382215\n"
     "自宅：京都市左京区下鴨松ノ木町52番地（木造2階建て、長男夫婦と同居）\n"
     "キーパーソン：長男 藤原 茂（携帯 080-5527-1946）、長女 村瀬 ゆかり（市外在住）\n"
     "介護保険：要介護2\n"
     "経過：令和7年8月16日、五山送り火を見に出た際に自宅前で転倒し、右大腿骨転子部骨折。8月18日、京都第二赤十字病院にてGamma3ネイルによる骨接合術。9月2日、当院回復期リハビリテーション病棟へ転院。既往：高血圧、骨粗鬆症、軽度認知障害（MMSE 23/30）。\n"
     "現在の状態：FIM 86点（運動 58点、認知 28点）、Barthel Index 65点、Berg Balance Scale 38点、TUG 18.4秒（四点杖）。屋内は四点杖で見守り歩行、階段は手すりと見守りで昇降可。\n"
     "家屋評価：玄関の上がり框 28 cm（手すりなし）、廊下の段差 3 cm、浴室入口の段差 12 cm・浴槽縁の高さ 55 cm、トイレは洋式（手すりなし）、寝室は2階。\n"
     "提案：1. 寝室を1階の和室へ移し、介護用ベッドをレンタル。2. 玄関に縦手すりと式台を設置し、上がり框の昇降練習。3. トイレにL字手すり。4. 浴室はシャワーチェアとバスボード、入浴はデイサービスで週2回。5. 夜間はポータブルトイレ、廊下に足元灯。\n"
     "本人の希望：「お正月は家で迎えたい」。長女は年末に帰省して手伝う予定。\n"
     "退院予定日：令和7年10月24日（金）。住宅改修は介護保険で申請、ケアマネジャーと調整済み。\n"
     "記録：作業療法士 西田 真琴（作業療法士免許 第58213号）",
     [("HOSPITAL", ["洛北リハビリテーション病院"]), ("POSTCODE", ["606-8103"]), ("LOCATION", ["京都市"]), ("LOCATION", ["左京区"]),
      ("ADDRESS", ["高野西開町34"]), ("DATE", ["令和7年10月3日（金）"]), ("NAME", ["西田", "真琴"]), ("NAME", ["岡", "翼"]),
      ("NAME", ["井上", "さくら"]), ("NAME", ["藤原", "キヨ", "ふじわら", "きよ"]), ("AGE", ["92歳"]), ("DATE", ["昭和8年4月29日"]),
      ("MRN", ["07-382215"]), ("ADDRESS", ["下鴨松ノ木町52番地"]), ("NAME", ["茂"]), ("PHONE", ["080-5527-1946"]),
      ("NAME", ["村瀬", "ゆかり"]), ("DATE", ["令和7年8月16日"]), ("DATE", ["五山送り火"]), ("DATE", ["8月18日"]),
      ("HOSPITAL", ["京都第二赤十字病院"]), ("DATE", ["9月2日"]), ("DATE", ["お正月"]), ("DATE", ["年末"]), ("DATE", ["令和7年10月24日（金）"]),
      ("LICENCE", ["第58213号"])],
     ["要介護2", "右大腿骨転子部骨折", "Gamma3ネイル", "骨粗鬆症", "軽度認知障害", "MMSE 23/30", "FIM 86点", "Barthel Index 65点",
      "Berg Balance Scale 38点", "TUG 18.4秒", "四点杖"]),

    # 30 - Norway (North Sea): offshore platform sickbay record and medevac log, inferior STEMI
    ("NORDHAV ENERGI ASA - TORDENSKJOLD B (fixed production platform), licence block 34/7, North Sea\n"
     "OFFSHORE SICKBAY - PATIENT RECORD AND MEDEVAC LOG | sickbay@tordenskjold-b.nordhav.no\n"
     "Date: Tuesday 14 April 2026 | Incident no. NHE-TDB-26-0412 | Offshore nurse: Siri Bjørkhaug (SBj) | Topside "
     "doctor: Dr Tormod Kvalheim (TKv), Haukeland universitetssjukehus\n"
     "Patient: Kristoffer MYRVOLD-HAUGE | 32 M | f.nr. 14079342883 | scaffolder (contractor) | cabin A-214\n"
     "Home: Strandgata 19, 6900 Florø | NOK: wife Ragnhild Myrvold, +47 917 42 836\n"
     "Medical: offshore health certificate valid; smoker, 15 pack-years; father had an MI at 48.\n"
     "LOG\n"
     "0612 SBj  Walked into sickbay: central crushing chest pain since 0545 radiating to the L arm, sweaty, "
     "nauseated. HR 58, BP 104/66, SpO2 96%.\n"
     "0616 SBj  12-lead ECG (corpuls3, s/n C3-1187420): ST elevation II, III, aVF 3 mm with reciprocal depression in "
     "I and aVL - inferior STEMI. ECG sent by telemedicine from 172.20.4.61.\n"
     "0620 SBj  Aspirin 300 mg chewed; GTN withheld (SBP 104, V4R 1 mm ST elevation - RV involvement).\n"
     "0624 TKv  Video consult: agree inferior STEMI with RV involvement, Killip I; time to a PCI centre > 120 min - "
     "prehospital thrombolysis.\n"
     "0631 SBj  Tenecteplase (Metalyse) 45 mg IV bolus (84 kg); enoxaparin 30 mg IV then 1 mg/kg SC; "
     "clopidogrel 300 mg PO.\n"
     "0700 SBj  Pain 2/10; ST resolution > 50% on repeat ECG; 40 s of accelerated idioventricular rhythm (reperfusion "
     "arrhythmia), self-terminating.\n"
     "0705 SBj  Medevac requested through the rescue coordination centre at Sola; S-92 LN-ONQ tasked.\n"
     "0748 SBj  LN-ONQ on the helideck; handover to the rescue doctor; airborne 0756 for Haukeland - cath lab "
     "informed.\n"
     "0810 SBj  Installation manager informed. NOK phoned by the contractor's onshore contact, Ingeborg Lie. He was "
     "due home at crew change on 17. mai.\n"
     "Siri Bjørkhaug, offshore nurse | HPR 9183264",
     [("LOCATION", ["NORDHAV ENERGI ASA"]), ("LOCATION", ["TORDENSKJOLD B"]), ("LOCATION", ["34/7"]),
      ("EMAIL", ["sickbay@tordenskjold-b.nordhav.no"]), ("DATE", ["Tuesday 14 April 2026"]),
      ("ID", ["NHE-TDB-26-0412"]), ("NAME", ["Siri", "Bjørkhaug", "SBj"]), ("NAME", ["Tormod", "Kvalheim", "TKv"]),
      ("HOSPITAL", ["Haukeland universitetssjukehus"]), ("NAME", ["Kristoffer", "MYRVOLD-HAUGE"]),
      ("ID", ["14079342883"]), ("ADDRESS", ["Strandgata 19"]), ("POSTCODE", ["6900"]), ("LOCATION", ["Florø"]),
      ("NAME", ["Ragnhild", "Myrvold"]), ("PHONE", ["+47 917 42 836"]), ("SERIAL", ["C3-1187420"]),
      ("IP", ["172.20.4.61"]), ("LOCATION", ["Sola"]), ("PLATE", ["LN-ONQ"]), ("HOSPITAL", ["Haukeland"]),
      ("NAME", ["Ingeborg", "Lie"]), ("DATE", ["17. mai"]), ("LICENCE", ["9183264"])],
     ["corpuls3", "ST elevation II, III, aVF", "inferior STEMI", "Aspirin 300 mg", "GTN withheld", "V4R", "Killip I",
      "Tenecteplase (Metalyse) 45 mg", "enoxaparin 30 mg IV", "clopidogrel 300 mg",
      "accelerated idioventricular rhythm"]),

    # 31 - Cyprus: community pharmacist medication review, patient aged 90 (Greek)
    ("ΦΑΡΜΑΚΕΙΟ ΧΡΥΣΤΑΛΛΑΣ ΕΥΑΓΟΡΟΥ\n"
     "Λεωφ. Αρχιεπισκόπου Μακαρίου Γ΄ 214, 3030 Λεμεσός | τηλ. 25 362 918\n"
     "ΑΝΑΣΚΟΠΗΣΗ ΦΑΡΜΑΚΕΥΤΙΚΗΣ ΑΓΩΓΗΣ (ΓεΣΥ) | Παρασκευή 5 Ιουνίου 2026\n"
     "Δικαιούχος: κ. Κυριάκος Χατζηπαναγή, 90 ετών, γεν. 17/01/1936, ΑΔΤ 0593027\n"
     "Διεύθυνση: Πάχνα. Μένει μόνος· η κόρη του, Παναγιώτα Χατζηπαναγή-Ζαχαρίου (κιν. 99 418 306), έρχεται "
     "καθημερινά.\n"
     "Προσωπικός ιατρός: Δρ Νεόφυτος Ιακωβίδης\n"
     "Αιτία: πτώση τον Μάρτιο, σύγχυση τα βράδια και δυσκοιλιότητα, 12 φάρμακα· από τον Κατακλυσμό είναι πιο "
     "μπερδεμένος. Στο σπίτι βρέθηκαν κουτιά Lexotanil της συζύγου του, Ελένης, που πέθανε το 2019, και τα παίρνει "
     "από το Πάσχα για ύπνο.\n"
     "Φάρμακα (brown bag): Xarelto 20 mg 1x1· Lipitor 40 mg· Concor 5 mg· Lasix 40 mg· Zyloric 300 mg· "
     "Duodart 0,5/0,4 mg· Ditropan 5 mg 1x2· Lexotanil 3 mg το βράδυ· Nexium 40 mg· Arcoxia 90 mg· Tebokan 80 mg· "
     "Dulcolax.\n"
     "Εργαστηριακά (04/2026): κρεατινίνη 1,7 mg/dL, eGFR 36 mL/min/1,73 m², CrCl (Cockcroft-Gault) 29 mL/min, K 5,1 "
     "mmol/L, Hb 11,2 g/dL.\n"
     "Ευρήματα (STOPP/START v3, Beers Criteria 2023): 1. Xarelto 20 mg με CrCl 29 - ενδείκνυνται 15 mg. 2. Ditropan "
     "και Lexotanil: αντιχολινεργικό φορτίο (ACB score 5) - σύγχυση, πτώσεις, δυσκοιλιότητα. 3. Arcoxia με Xarelto "
     "και ΧΝΝ - κίνδυνος αιμορραγίας και οξείας νεφρικής βλάβης. 4. Zyloric 300 mg - υψηλή δόση για το eGFR. 5. "
     "Tebokan με Xarelto - αλληλεπίδραση. 6. START: βιταμίνη D και ασβέστιο μετά από πτώση.\n"
     "Ενέργειες: τηλεφώνησα στον προσωπικό ιατρό στις 11:20 - συμφώνησε: Xarelto 15 mg, διακοπή Arcoxia, Lexotanil "
     "και Tebokan, Betmiga 50 mg αντί για Ditropan, Zyloric 100 mg. Εβδομαδιαίο δοσομετρικό κουτί, το γεμίζει η κόρη. "
     "Επόμενη ανασκόπηση τον Σεπτέμβριο.\n"
     "Φαρμακοποιός: Χρυστάλλα Ευαγόρου | Αρ. εγγραφής Συμβουλίου Φαρμακευτικής 2187",
     [("HOSPITAL", ["ΦΑΡΜΑΚΕΙΟ ΧΡΥΣΤΑΛΛΑΣ ΕΥΑΓΟΡΟΥ"]), ("ADDRESS", ["Λεωφ. Αρχιεπισκόπου Μακαρίου Γ΄ 214"]),
      ("POSTCODE", ["3030"]), ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 362 918"]),
      ("DATE", ["Παρασκευή 5 Ιουνίου 2026"]), ("NAME", ["Κυριάκος", "Χατζηπαναγή"]), ("AGE", ["90 ετών"]),
      ("DATE", ["17/01/1936"]), ("ID", ["0593027"]), ("LOCATION", ["Πάχνα"]),
      ("NAME", ["Παναγιώτα", "Χατζηπαναγή-Ζαχαρίου"]), ("PHONE", ["99 418 306"]), ("NAME", ["Νεόφυτος", "Ιακωβίδης"]),
      ("DATE", ["Μάρτιο"]), ("DATE", ["Κατακλυσμό"]), ("NAME", ["Ελένης"]), ("DATE", ["2019"]), ("DATE", ["Πάσχα"]),
      ("DATE", ["04/2026"]), ("DATE", ["Σεπτέμβριο"]), ("NAME", ["Χρυστάλλα", "Ευαγόρου"]), ("LICENCE", ["2187"])],
     ["Xarelto 20 mg", "Duodart 0,5/0,4 mg", "Ditropan 5 mg", "Lexotanil 3 mg", "Arcoxia 90 mg",
      "eGFR 36 mL/min/1,73 m²", "CrCl (Cockcroft-Gault) 29 mL/min", "STOPP/START v3", "Beers Criteria 2023",
      "ACB score 5", "Betmiga 50 mg", "Zyloric 100 mg"]),

    # 32 - South Sudan: UN peacekeeping Level I hospital log, severe falciparum malaria
    ("UNITED NATIONS MISSION IN SOUTH SUDAN (UNMISS) - Sector East\n"
     "NEPBATT-2 LEVEL I HOSPITAL, Bor Team Site | MEDICAL LOG / PATIENT RECORD\n"
     "DTG of entry: 121630C FEB 26\n"
     "Patient: 10284719 Havildar (Sgt) Bir Bahadur GURUNG | 36 M | B Coy, NEPBATT-2 | Nepali Army | blood group O+\n"
     "Home: Ghandruk; wife Sita Gurung (+977 984 612 7305) lives in Pokhara.\n"
     "Deployed the week after Dashain. On doxycycline 100 mg daily prophylaxis but admits missed doses on a "
     "long-range patrol.\n"
     "Hx: fever with rigors 3 days, headache, vomiting.\n"
     "O/E (1630C): T 40.1, HR 124, BP 96/60, RR 26, SpO2 94%, GCS 13 (E3V4M6), jaundiced, no neck stiffness. RDT Pf "
     "positive; thick/thin film: Plasmodium falciparum 6% parasitaemia. Glucose 3.4 mmol/L.\n"
     "Dx: severe falciparum malaria (impaired consciousness, hyperparasitaemia, jaundice).\n"
     "Rx: IV artesunate 2.4 mg/kg (170 mg) at 0, 12 and 24 h; 10% dextrose; paracetamol; NS 500 mL; strict fluid "
     "balance.\n"
     "121745C: CASEVAC 9-line sent to the Sector East JOC; accepted by the Level II Hospital, UN House, Juba.\n"
     "121915C: Mi-8 UNO-212P airborne from the Bor helipad; escort Capt (Dr) Anisha Thapa Magar and Cpl Ramesh KC "
     "(nursing assistant); MIST handover prepared.\n"
     "122040C: handed over at UN House to the Level II ICU team (Maj (Dr) Li Wenbo). CO informed; NOK notification "
     "through Army HQ.\n"
     "Also this date (1500C): civilian boy Mabior, 6 y, from Anyidi, brought to the gate by his mother Nyibol Ajak "
     "Deng - fever 4 days, convulsed once; Blantyre coma score 3; RDT Pf positive; IM artesunate 3 mg/kg (54 mg) and "
     "rectal diazepam; taken to Bor State Hospital in a UN vehicle with a medic.\n"
     "Maj (Dr) Suman Shrestha, SMO NEPBATT-2 | NMC reg. 7721",
     [("LOCATION", ["NEPBATT-2"]), ("LOCATION", ["Bor"]), ("DATE", ["121630C FEB 26"]), ("ID", ["10284719"]),
      ("NAME", ["Bir Bahadur", "GURUNG"]), ("LOCATION", ["Ghandruk"]), ("NAME", ["Sita", "Gurung"]),
      ("PHONE", ["+977 984 612 7305"]), ("LOCATION", ["Pokhara"]), ("DATE", ["Dashain"]), ("DATE", ["121745C"]),
      ("LOCATION", ["UN House"]), ("LOCATION", ["Juba"]), ("DATE", ["121915C"]), ("PLATE", ["UNO-212P"]),
      ("NAME", ["Anisha", "Thapa Magar"]), ("NAME", ["Ramesh", "KC"]), ("DATE", ["122040C"]), ("NAME", ["Li", "Wenbo"]),
      ("NAME", ["Mabior"]), ("LOCATION", ["Anyidi"]), ("NAME", ["Nyibol", "Ajak", "Deng"]),
      ("HOSPITAL", ["Bor State Hospital"]), ("NAME", ["Suman", "Shrestha"]), ("LICENCE", ["7721"])],
     ["doxycycline 100 mg", "GCS 13 (E3V4M6)", "Plasmodium falciparum 6% parasitaemia", "severe falciparum malaria",
      "IV artesunate 2.4 mg/kg", "10% dextrose", "CASEVAC 9-line", "MIST handover", "Blantyre coma score 3",
      "IM artesunate 3 mg/kg", "rectal diazepam"]),

    # 33 - Canada: cystic fibrosis annual review (French)
    ("CIUSSS du Saguenay-Lac-Saint-Jean - Hôpital de Chicoutimi\n"
     "Clinique de fibrose kystique (adultes) | 305, rue Saint-Vallier, Chicoutimi (Québec) G7H 5H6 | tél. "
     "418 541-1172\n"
     "BILAN ANNUEL - FIBROSE KYSTIQUE | le jeudi 4 septembre 2025\n"
     "Patiente : Maëlle GAUTHIER-SIMARD | 19 ans | née le 21 juillet 2006 | RAMQ GAUM 0657 2114 | dossier "
     "CHI-2291476\n"
     "Adresse : 1482, rue des Bouleaux, Saint-Honoré (Québec) G0V 1L0 | cell. 418 690-2217\n"
     "Étudiante en techniques d'inhalothérapie au Cégep de Jonquière; l'été, cueilleuse à la Bleuetière Girard. "
     "Accompagnée de sa mère, Nathalie Simard (418 695-3390).\n"
     "Génotype : F508del / 621+1G>T. Sous elexacaftor-tezacaftor-ivacaftor (Trikafta) depuis deux ans. Une "
     "exacerbation à la Saint-Jean, après un feu de camp (Bactrim per os, 14 jours).\n"
     "Bilan :\n"
     "- Fonction respiratoire : VEMS 3,02 L = 88 % de la prédite (81 % l'an dernier); CVF 102 %.\n"
     "- Chlorure sudoral : 38 mmol/L (112 mmol/L avant Trikafta).\n"
     "- Expectorations : Staphylococcus aureus sensible à la méthicilline; Pseudomonas aeruginosa non isolé depuis 2 "
     "ans; pas de Burkholderia cepacia complex; mycobactéries non tuberculeuses négatives.\n"
     "- Aspergillus fumigatus : IgE totales 84 kUI/L - pas d'ABPA.\n"
     "- Nutrition : IMC 21,4 kg/m²; Créon 25 000, 3 capsules aux repas et 2 aux collations; "
     "élastase fécale < 15 µg/g; vitamine D 78 nmol/L.\n"
     "- Glycémie : HGPO 75 g - à 2 h 9,8 mmol/L (intolérance au glucose, pas de diabète associé à la FK); "
     "HbA1c 5,7 %.\n"
     "- Os : DXA, score Z -0,8 au col fémoral.\n"
     "- Santé mentale : PHQ-9 6, GAD-7 8.\n"
     "Traitement : Trikafta 2 comprimés le matin et 1 le soir; Pulmozyme 2,5 mg die; salin hypertonique 7 % BID; "
     "physiothérapie respiratoire (PEP). Arrêt du TOBI Podhaler.\n"
     "Plan : HGPO dans 1 an; vaccin antigrippal cet automne; contraception et grossesse discutées. Prochaine visite "
     "avant les Fêtes.\n"
     "Bilan transmis au portail : https://fk-chicoutimi.portail-ciusss.ca/bilan/CHI-2291476\n"
     "Dre Évangéline Harvey-Bouchard, pneumologue | CMQ 1-09215",
     [("HOSPITAL", ["CIUSSS du Saguenay-Lac-Saint-Jean"]), ("HOSPITAL", ["Hôpital de Chicoutimi"]),
      ("ADDRESS", ["305, rue Saint-Vallier"]), ("LOCATION", ["Chicoutimi"]), ("POSTCODE", ["G7H 5H6"]),
      ("PHONE", ["418 541-1172"]), ("DATE", ["le jeudi 4 septembre 2025"]), ("NAME", ["Maëlle", "GAUTHIER-SIMARD"]),
      ("DATE", ["21 juillet 2006"]), ("ID", ["GAUM 0657 2114"]), ("MRN", ["CHI-2291476"]),
      ("ADDRESS", ["1482, rue des Bouleaux"]), ("LOCATION", ["Saint-Honoré"]), ("POSTCODE", ["G0V 1L0"]),
      ("PHONE", ["418 690-2217"]), ("LOCATION", ["Cégep de Jonquière"]), ("LOCATION", ["Bleuetière Girard"]),
      ("NAME", ["Nathalie", "Simard"]), ("PHONE", ["418 695-3390"]), ("DATE", ["la Saint-Jean"]),
      ("DATE", ["les Fêtes"]), ("URL", ["https://fk-chicoutimi.portail-ciusss.ca/bilan/CHI-2291476"]),
      ("NAME", ["Évangéline", "Harvey-Bouchard"]), ("LICENCE", ["1-09215"])],
     ["F508del / 621+1G>T", "elexacaftor-tezacaftor-ivacaftor (Trikafta)", "VEMS 3,02 L = 88 % de la prédite",
      "Chlorure sudoral : 38 mmol/L", "Staphylococcus aureus", "Pseudomonas aeruginosa", "Burkholderia cepacia complex",
      "Aspergillus fumigatus", "Créon 25 000", "élastase fécale < 15 µg/g", "HbA1c 5,7 %", "Pulmozyme 2,5 mg",
      "TOBI Podhaler"]),

    # 34 - Mauritius: diabetic foot and wound clinic note after a barefoot pilgrimage
    ("SIR SEEWOOSAGUR RAMGOOLAM NATIONAL HOSPITAL (SSRN) - Diabetic Foot & Wound Care Clinic\n"
     "Pamplemousses\n"
     "WOUND CLINIC NOTE | Monday 23 February 2026\n"
     "Patient: Mr Dhaneshwar RAMDHONY | 63 M | DOB 15/07/1962 | NIC R150762240018C | Hosp. no. SSRN-662301\n"
     "Address: Royal Road, Triolet | mob 5728 4136\n"
     "Retired field supervisor, Beau Plan sugar estate. Son Avinash Ramdhony brought him.\n"
     "History: T2DM 20 years, HbA1c 9.4% on Mixtard 30 (28/16 units). Walked barefoot with his kanwar from Triolet to "
     "Grand Bassin (Ganga Talao) for Maha Shivaratri; blister under the L 1st MTP head on 14 February, now an ulcer. "
     "Seen at Triolet Area Health Centre on 17 February - flucloxacillin started.\n"
     "Exam: L plantar ulcer under the 1st MTPJ, 2.8 x 2.1 cm, depth 0.6 cm; base 60% granulation / 40% slough; callus "
     "rim; mild serous exudate; periwound erythema 1.5 cm; probe-to-bone negative. DP and PT pulses palpable; "
     "ABPI 0.96 L, 1.02 R. Monofilament 3/10 sites L; vibration (128 Hz) absent to the ankle - peripheral neuropathy. "
     "Claw toes, hallux limitus.\n"
     "Classification: University of Texas grade 1B; Wagner grade 1; SINBAD score 3; IWGDF/IDSA infection grade 2 "
     "(mild).\n"
     "Swab: Staphylococcus aureus (MSSA), flucloxacillin-sensitive. X-ray L foot: no osteomyelitis, no gas.\n"
     "Treatment: sharp debridement of callus and slough; normal saline cleanse; Aquacel Ag+ Extra with foam secondary "
     "dressing (PBA). Offloading: total contact cast declined - removable knee-high walker (Aircast) fitted. "
     "Flucloxacillin 500 mg QID to complete 10 days; insulin titration with the diabetes nurse.\n"
     "Education: never barefoot, including on pilgrimage; daily foot check by his daughter-in-law Vidoushi.\n"
     "Review: Thursday 26 February with the podiatrist, Mr Jean-Noël Li Kwong Ken.\n"
     "Nursing Officer Priscilla Bégué-Appadoo (PBA) | NCM reg. 3104",
     [("HOSPITAL", ["SIR SEEWOOSAGUR RAMGOOLAM NATIONAL HOSPITAL"]), ("HOSPITAL", ["SSRN"]),
      ("LOCATION", ["Pamplemousses"]), ("DATE", ["Monday 23 February 2026"]), ("NAME", ["Dhaneshwar", "RAMDHONY"]),
      ("DATE", ["15/07/1962"]), ("ID", ["R150762240018C"]), ("MRN", ["SSRN-662301"]), ("ADDRESS", ["Royal Road"]),
      ("LOCATION", ["Triolet"]), ("PHONE", ["5728 4136"]), ("LOCATION", ["Beau Plan sugar estate"]),
      ("NAME", ["Avinash", "Ramdhony"]), ("LOCATION", ["Grand Bassin"]), ("LOCATION", ["Ganga Talao"]),
      ("DATE", ["Maha Shivaratri"]), ("DATE", ["14 February"]), ("HOSPITAL", ["Triolet Area Health Centre"]),
      ("DATE", ["17 February"]), ("NAME", ["Vidoushi"]), ("DATE", ["Thursday 26 February"]),
      ("NAME", ["Jean-Noël", "Li Kwong Ken"]), ("NAME", ["Priscilla", "Bégué-Appadoo", "PBA"]), ("LICENCE", ["3104"])],
     ["HbA1c 9.4%", "Mixtard 30", "probe-to-bone negative", "ABPI 0.96", "Monofilament 3/10",
      "University of Texas grade 1B", "Wagner grade 1", "SINBAD score 3", "IWGDF/IDSA infection grade 2",
      "Staphylococcus aureus (MSSA)", "Aquacel Ag+ Extra", "total contact cast", "Aircast"]),

    # 35 - South Africa: eating disorders unit admission note, anorexia nervosa
    ("GROOTE SCHUUR HOSPITAL - Department of Psychiatry, Protea Eating Disorders Unit\n"
     "Main Road, Observatory, Cape Town 7925\n"
     "ADMISSION NOTE | Heritage Day, Wednesday 24 September 2025, 11:20 | Folder no. GSH 4102735\n"
     "Patient: Ilse BEZUIDENHOUT-NAIDOO | 17 F | DOB 2008-03-14 | SA ID 0803140417087\n"
     "Address: 14 Lytton Street, Observatory | Grade 11 learner at Rustenburg Girls' High School; provincial rhythmic "
     "gymnast.\n"
     "Referred by: Dr Nasreen Hendricks-Davids, GP.\n"
     "Collateral: mother Mrs Elna Bezuidenhout (083 615 2904) and father Mr Devan Naidoo, both present.\n"
     "HPC: restricting since the June school holidays after a coach's comment about her weight; about 800 kcal/day of "
     "'safe foods'; 2-3 h of exercise daily plus secret night-time sit-ups; self-induced vomiting twice; no bingeing; "
     "amenorrhoea since May. Follows pro-ana accounts; her own Instagram (@ilse.flips.08) posts 'what I eat in a day' "
     "videos. Weight 58 -> 39.8 kg in 4 months.\n"
     "Exam: height 1.69 m, weight 39.8 kg, BMI 13.9 kg/m² (%mBMI 69%); HR 38 lying, 62 standing; BP 84/52; T 35.4 °C; "
     "lanugo on back and forearms; acrocyanosis; faint Russell's sign on the R knuckles; SUSS test: sit-up 1, "
     "squat-stand 1.\n"
     "Bloods: K 3.1 mmol/L, phosphate 0.71 mmol/L, Mg 0.68 mmol/L, glucose 3.2 mmol/L, ALT 96 U/L. ECG: sinus "
     "bradycardia, QTc 468 ms.\n"
     "Assessment: anorexia nervosa, restricting type with occasional purging (DSM-5-TR); high medical risk - red on "
     "MEED 2022 (HR < 40, %mBMI < 70%, QTc > 460 ms); high risk of refeeding syndrome.\n"
     "Plan: admit - bed rest, cardiac monitoring; thiamine 100 mg TDS before feeds; Phosphate-Sandoz 1 tab BD; K "
     "replacement; meal plan from 1400 kcal/day, NG top-up if < 75% taken; daily U&E, PO4, Mg for 5 days; EDE-Q "
     "global 4.6 at screening, full EDE-Q and CIA on day 3; family-based treatment discussed with the parents; school "
     "informed through the counsellor, with consent.\n"
     "Dr Zanele Mahlangu-Jacobs, psychiatry registrar | HPCSA MP 0893241 | admitting nurse Sr Precious Nkosi (PNk)",
     [("HOSPITAL", ["GROOTE SCHUUR HOSPITAL"]), ("LOCATION", ["Protea Eating Disorders Unit"]),
      ("ADDRESS", ["Main Road"]), ("LOCATION", ["Observatory"]), ("LOCATION", ["Cape Town"]), ("POSTCODE", ["7925"]),
      ("DATE", ["Heritage Day"]), ("DATE", ["Wednesday 24 September 2025"]), ("MRN", ["GSH 4102735"]),
      ("NAME", ["Ilse", "BEZUIDENHOUT-NAIDOO"]), ("DATE", ["2008-03-14"]), ("ID", ["0803140417087"]),
      ("ADDRESS", ["14 Lytton Street"]), ("LOCATION", ["Rustenburg Girls' High School"]),
      ("NAME", ["Nasreen", "Hendricks-Davids"]), ("NAME", ["Elna", "Bezuidenhout"]), ("PHONE", ["083 615 2904"]),
      ("NAME", ["Devan", "Naidoo"]), ("DATE", ["June"]), ("DATE", ["May"]), ("HANDLE", ["ilse.flips.08"]),
      ("NAME", ["Zanele", "Mahlangu-Jacobs"]), ("LICENCE", ["MP 0893241"]), ("NAME", ["Precious", "Nkosi", "PNk"])],
     ["BMI 13.9 kg/m²", "%mBMI 69%", "lanugo", "acrocyanosis", "Russell's sign", "SUSS test", "phosphate 0.71 mmol/L",
      "QTc 468 ms", "anorexia nervosa, restricting type", "DSM-5-TR", "MEED 2022", "refeeding syndrome",
      "thiamine 100 mg TDS", "Phosphate-Sandoz"]),

    # 36 - USA: office-based addiction treatment 90-day review
    ("TUG FORK COMPREHENSIVE RECOVERY CLINIC\n"
     "118 E Second Ave, Williamson WV 25661 | ph 304-235-0917\n"
     "OFFICE-BASED ADDICTION TREATMENT - 90-DAY REVIEW | Thu 07/10/2025 | visit #14\n"
     "Patient: Cody Wayne HATFIELD-DINGESS | 34 M | DOB 11/02/1990 | WV Medicaid ID 4409187326\n"
     "Address: 6 Sandy Huff Branch Rd, War WV 24892 | cell 304-875-0143 | Facebook: codyhatfield.wv\n"
     "Work: laid off by the mine in March; now part-time at the Kermit Dairy Bar.\n"
     "Hx: OUD, severe (DSM-5-TR) - pills from 19 after a roof-bolter injury, heroin then fentanyl from 26; 3 "
     "overdoses, the last at his cousin's place in Man, revived with naloxone by his sister Kayla.\n"
     "Current treatment: Sublocade 300 mg monthly x2 then 100 mg monthly - last injection a month ago; no "
     "supplemental Suboxone since May.\n"
     "Today: cravings 0/10. UDS (POC): buprenorphine +, norbuprenorphine +, fentanyl + (slip at a Fourth of July "
     "cookout, disclosed before the test), xylazine test strip negative, methamphetamine -, benzodiazepines -. PDMP "
     "checked - no other prescribers. COWS 0. PHQ-9 11, GAD-7 9. BP 128/78. Previous injection site: small non-tender "
     "nodule.\n"
     "HCV: RNA detected, genotype 1a, 1.2 million IU/mL; APRI 0.4 - Mavyret 3 tablets daily for 8 weeks approved by "
     "Medicaid, start next week.\n"
     "Harm reduction: Narcan 4 mg nasal spray x2 refilled; fentanyl test strips; never use alone.\n"
     "Plan: Sublocade 100 mg SC given today (abdomen, L); weekly group (https://tugfork-recovery.doxy.me/group14) "
     "with the peer recovery coach, Dusty Maynard; counselling with an LPC; phone check-in next week; next injection "
     "08/07/2025.\n"
     "Emergency contact: sister Kayla Dingess (304-426-0759), who drives him.\n"
     "Dr. Roxanne Blankenship-Oyelowo, DO, addiction medicine | DEA BB5281744",
     [("HOSPITAL", ["TUG FORK COMPREHENSIVE RECOVERY CLINIC"]), ("ADDRESS", ["118 E Second Ave"]),
      ("LOCATION", ["Williamson"]), ("POSTCODE", ["25661"]), ("PHONE", ["304-235-0917"]), ("DATE", ["Thu 07/10/2025"]),
      ("NAME", ["Cody Wayne", "HATFIELD-DINGESS"]), ("DATE", ["11/02/1990"]), ("ID", ["4409187326"]),
      ("ADDRESS", ["6 Sandy Huff Branch Rd"]), ("LOCATION", ["War"]), ("POSTCODE", ["24892"]),
      ("PHONE", ["304-875-0143"]), ("HANDLE", ["codyhatfield.wv"]), ("DATE", ["March"]),
      ("LOCATION", ["Kermit Dairy Bar"]), ("LOCATION", ["Man"]), ("NAME", ["Kayla", "Dingess"]), ("DATE", ["May"]),
      ("DATE", ["Fourth of July"]), ("URL", ["https://tugfork-recovery.doxy.me/group14"]),
      ("NAME", ["Dusty", "Maynard"]), ("DATE", ["08/07/2025"]), ("PHONE", ["304-426-0759"]),
      ("NAME", ["Roxanne", "Blankenship-Oyelowo"]), ("LICENCE", ["BB5281744"])],
     ["OUD, severe (DSM-5-TR)", "Sublocade 300 mg", "Suboxone", "norbuprenorphine", "xylazine test strip negative",
      "COWS 0", "PHQ-9 11", "GAD-7 9", "genotype 1a", "APRI 0.4", "Mavyret", "Narcan 4 mg nasal spray"]),

    # 37 - Wales: gender service endocrine clinic letter to a GP
    ("Welsh Gender Service - St David's Hospital, Cardiff CF11 9XB\n"
     "Tel 029 2183 6520 | wgs.admin@wales-gender.nhs.uk\n"
     "\n"
     "Clinic date: 2 March 2026 (the day after St David's Day)\n"
     "\n"
     "Dr Iestyn Pugh\n"
     "Cadoxton Medical Practice, Barry\n"
     "\n"
     "Dear Dr Pugh,\n"
     "Re: Ms Ffion Angharad TREHARNE-COLE, DOB 19/05/1996, NHS no. 694 218 3075, 9 Dock View Road, Barry CF63 4JH\n"
     "\n"
     "I saw Ffion, who uses she/her pronouns, for her 12-month review on gender-affirming hormones. She works as a "
     "veterinary nurse and lives in Barry with her partner, Rhodri.\n"
     "Current treatment: estradiol gel (Oestrogel) 4 pumps daily and Decapeptyl SR 11.25 mg IM every 12 weeks (last "
     "given 4 weeks ago by the practice nurse). No cyproterone. Non-smoker; alcohol about 8 units a week.\n"
     "Today she feels 'much more myself'; breast development Tanner stage 3; no headaches, calf symptoms or visual "
     "disturbance. BP 118/74, BMI 24.6.\n"
     "Bloods (19/02/2026): estradiol 412 pmol/L, testosterone 0.8 nmol/L, prolactin 468 mIU/L, LH and FSH suppressed, "
     "Hb 131 g/L, eGFR 94, ALT 22, LDL 2.6 mmol/L. QRISK3 1.2%.\n"
     "Plan: 1. Continue Oestrogel 4 pumps and Decapeptyl SR 11.25 mg 12-weekly under shared care (WPATH SOC-8). 2. "
     "Repeat estradiol, prolactin and U&E in 6 months; if prolactin is above 700 mIU/L please repeat it and we will "
     "arrange an MRI pituitary. 3. Referral for voice and communication therapy, as she asked. 4. Gamete storage "
     "declined at the start of treatment; discussed again, still declined. 5. She remains on the waiting list for "
     "vaginoplasty with the national provider.\n"
     "She would prefer letters by e-mail (ffion.treharne@proton.me) rather than to the house.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Carys Meredith-Adeyemi, Consultant Endocrinologist, Welsh Gender Service | GMC 6170943\n"
     "cc: Ms Ffion Treharne-Cole (by e-mail)",
     [("HOSPITAL", ["Welsh Gender Service"]), ("HOSPITAL", ["St David's Hospital"]), ("LOCATION", ["Cardiff"]),
      ("POSTCODE", ["CF11 9XB"]), ("PHONE", ["029 2183 6520"]), ("EMAIL", ["wgs.admin@wales-gender.nhs.uk"]),
      ("DATE", ["2 March 2026"]), ("DATE", ["St David's Day"]), ("NAME", ["Iestyn", "Pugh"]),
      ("HOSPITAL", ["Cadoxton Medical Practice"]), ("LOCATION", ["Barry"]),
      ("NAME", ["Ffion Angharad", "TREHARNE-COLE"]), ("DATE", ["19/05/1996"]), ("ID", ["694 218 3075"]),
      ("ADDRESS", ["9 Dock View Road"]), ("POSTCODE", ["CF63 4JH"]), ("NAME", ["Rhodri"]), ("DATE", ["19/02/2026"]),
      ("EMAIL", ["ffion.treharne@proton.me"]), ("NAME", ["Carys", "Meredith-Adeyemi"]), ("LICENCE", ["6170943"]),
      ("NAME", ["Ffion", "Treharne-Cole"])],
     ["estradiol gel (Oestrogel)", "Decapeptyl SR 11.25 mg", "cyproterone", "Tanner stage 3", "estradiol 412 pmol/L",
      "testosterone 0.8 nmol/L", "prolactin 468 mIU/L", "Hb 131 g/L", "QRISK3 1.2%", "WPATH SOC-8", "MRI pituitary"]),

    # 38 - England: nurse-led travel clinic record, family visiting relatives in India
    ("Belgrave Travel Health Clinic - nurse-led travel clinic\n"
     "212 Melton Road, Belgrave, Leicester LE4 7PE | 0116 266 0913\n"
     "PRE-TRAVEL RISK ASSESSMENT AND VACCINATION RECORD | Sat 29 November 2025\n"
     "Travellers (visiting friends and relatives):\n"
     "1. Mr Nilesh Chauhan, 41 M, DOB 12/08/1984, NHS 150 364 2186 - bus driver\n"
     "2. Mrs Hetal Chauhan, 38 F, DOB 03/02/1987 - 19 weeks pregnant\n"
     "3. Dev Chauhan, 4 M, DOB 27/06/2021\n"
     "Address: 41 Harrison Road, Leicester LE4 6QA | mob 07700 900 651\n"
     "Trip: 14 Dec 2025 to 20 Jan 2026 - Anand and Nadiad for a family wedding, then 5 days at the coast; staying "
     "with relatives; in Ahmedabad for Uttarayan.\n"
     "Risk assessment: typhoid (VFR - highest risk), hepatitis A, rabies (street dogs; the child at most risk), "
     "dengue (day-biting Aedes), malaria low risk for these areas per the ACMP guidance - bite avoidance only, no "
     "chemoprophylaxis. Zika: India is a risk area - the pregnant traveller was advised to consider postponing; after "
     "discussion she will travel; strict bite avoidance (DEET 50% is safe in pregnancy) and condoms for the rest of "
     "the pregnancy.\n"
     "Vaccines given today:\n"
     "Nilesh - Typhim Vi (typhoid Vi polysaccharide) L deltoid; Havrix Monodose 1440 ELISA units R deltoid; rabies "
     "pre-exposure Verorab 0.5 mL IM day 0 (day 7 due 06/12/2025).\n"
     "Hetal - Havrix Monodose and Typhim Vi (inactivated; benefit outweighs risk); rabies pre-exposure declined (will "
     "seek post-exposure treatment if bitten); Boostrix-IPV given (from 16 weeks).\n"
     "Dev - Typhim Vi; Havrix Junior Monodose; Verorab day 0 (day 7 due 06/12/2025). MMR x2 confirmed in the red "
     "book.\n"
     "Advice: food and water hygiene, ORS sachets, dog bite first aid; Green Book chapter 33 and TravelHealthPro "
     "leaflets given.\n"
     "Shilpa Mistry-Lowe, RGN, travel health nurse | NMC PIN 09H1738E | PGD signed off by the pharmacist",
     [("HOSPITAL", ["Belgrave Travel Health Clinic"]), ("ADDRESS", ["212 Melton Road"]), ("LOCATION", ["Belgrave"]),
      ("LOCATION", ["Leicester"]), ("POSTCODE", ["LE4 7PE"]), ("PHONE", ["0116 266 0913"]),
      ("DATE", ["Sat 29 November 2025"]), ("NAME", ["Nilesh", "Chauhan"]), ("DATE", ["12/08/1984"]),
      ("ID", ["150 364 2186"]), ("NAME", ["Hetal"]), ("DATE", ["03/02/1987"]), ("NAME", ["Dev"]),
      ("DATE", ["27/06/2021"]), ("ADDRESS", ["41 Harrison Road"]), ("POSTCODE", ["LE4 6QA"]),
      ("PHONE", ["07700 900 651"]), ("DATE", ["14 Dec 2025"]), ("DATE", ["20 Jan 2026"]), ("LOCATION", ["Anand"]),
      ("LOCATION", ["Nadiad"]), ("LOCATION", ["Ahmedabad"]), ("DATE", ["Uttarayan"]), ("DATE", ["06/12/2025"]),
      ("NAME", ["Shilpa", "Mistry-Lowe"]), ("LICENCE", ["09H1738E"])],
     ["19 weeks pregnant", "Aedes", "ACMP", "Zika", "DEET 50%", "Typhim Vi (typhoid Vi polysaccharide)",
      "Havrix Monodose 1440 ELISA units", "Verorab 0.5 mL IM", "Boostrix-IPV", "Havrix Junior Monodose",
      "Green Book chapter 33"]),

    # 39 - Tonga: physiotherapy discharge summary after stroke
    ("MINISTRY OF HEALTH, TONGA - Vaiola Hospital, Nuku'alofa\n"
     "Physiotherapy & Rehabilitation Department | ph (+676) 23 200 | physio.vaiola@health-tonga.to\n"
     "PHYSIOTHERAPY DISCHARGE SUMMARY | Friday 27 March 2026 | Hosp. no. VH-206814\n"
     "Patient: Mrs Losaline Vaipulu FIFITA | 58 F | DOB 09/10/1967 | NID 4417-0913\n"
     "Home: Pangai, Ha'apai - returning on the ferry 'Otuanga'ofa on Monday 30 March. Lives with her husband, Sione "
     "Fifita, and her daughter Sela, a teacher at Taufa'ahau Pilolevu College; sings in the church choir in Pangai.\n"
     "Diagnosis: L MCA ischaemic stroke on 20 January 2026 (admitted to Vaiola Hospital) - R hemiparesis, mild "
     "expressive dysphasia; HTN; T2DM, HbA1c 8.6%.\n"
     "Physiotherapy: 26 sessions, inpatient then outpatient.\n"
     "Outcome measures (admission -> discharge): Berg Balance Scale 18/56 -> 44/56; TUG unable -> 16.2 s with a "
     "quad stick; 10-metre walk test 0.35 -> 0.78 m/s; Modified Ashworth Scale R elbow flexors 1+ -> 1; "
     "Fugl-Meyer upper extremity 24/66 -> 41/66; Brunnstrom stage III -> V (upper limb); MRC (Oxford scale) R hip "
     "flexion 2/5 -> 4/5; Barthel Index 45 -> 85.\n"
     "At discharge: walks 200 m with a quad stick and supervision; stairs with a rail and supervision; independent "
     "transfers; R hand - gross grasp, weak pinch.\n"
     "Home programme (in Tongan and English): sit-to-stand x10 three times a day, step-ups, standing balance at the "
     "kitchen bench, reaching tasks, mirror therapy 20 min daily, walking to church with Sela.\n"
     "Equipment: quad stick, shower chair, raised toilet seat (on loan - return to Niu'ui Hospital).\n"
     "Follow-up: physiotherapy at Niu'ui Hospital (Mr Tevita Lolohea) fortnightly; tele-review in 4 weeks; she hopes "
     "to be dancing by the Heilala Festival.\n"
     "Physiotherapist: 'Ofa Tu'ipulotu-Havili | TMDC reg. 2207",
     [("HOSPITAL", ["Vaiola Hospital"]), ("LOCATION", ["Nuku'alofa"]), ("PHONE", ["(+676) 23 200"]),
      ("EMAIL", ["physio.vaiola@health-tonga.to"]), ("DATE", ["Friday 27 March 2026"]), ("MRN", ["VH-206814"]),
      ("NAME", ["Losaline", "Vaipulu", "FIFITA"]), ("DATE", ["09/10/1967"]), ("ID", ["4417-0913"]),
      ("LOCATION", ["Pangai"]), ("LOCATION", ["Ha'apai"]), ("LOCATION", ["'Otuanga'ofa"]),
      ("DATE", ["Monday 30 March"]), ("NAME", ["Sione", "Fifita"]), ("NAME", ["Sela"]),
      ("LOCATION", ["Taufa'ahau Pilolevu College"]), ("DATE", ["20 January 2026"]), ("HOSPITAL", ["Niu'ui Hospital"]),
      ("NAME", ["Tevita", "Lolohea"]), ("DATE", ["Heilala Festival"]), ("NAME", ["'Ofa", "Tu'ipulotu-Havili"]),
      ("LICENCE", ["2207"])],
     ["L MCA ischaemic stroke", "R hemiparesis", "HbA1c 8.6%", "Berg Balance Scale 18/56", "10-metre walk test",
      "Modified Ashworth Scale", "Fugl-Meyer upper extremity 24/66", "Brunnstrom stage III", "MRC (Oxford scale)",
      "Barthel Index 45", "quad stick", "mirror therapy"]),
]
