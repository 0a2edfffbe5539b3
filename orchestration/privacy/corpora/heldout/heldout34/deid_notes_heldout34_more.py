"""Notes 20-39 of the thirty-fourth HELD-OUT set (see :mod:`deid_notes_heldout34` for how it was written and what it
holds).

These 20 notes hold 614 planted identifier parts in 529 (kind, parts) entries and 240 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a clinical trial serious adverse event report (Maharashtra); 22, a
maternity triage telephone assessment (Cornwall); 24, an interpreter-assisted newcomer consultation (Manitoba); 26, a
high-altitude rescue aid post record (Khumbu); 28, a leprosy clinic record (Ethiopia); 29, a medical certificate of
cause of death for a woman aged 91 (Malta); 31, an aviation medical examination (Botswana); 32, a prosthetic limb
fitting record (Cambodia); 34, a poisons information centre call log (Sri Lanka); 35, a Lassa fever isolation ward
admission (Sierra Leone); 36, a home health skilled nursing visit for a woman aged 98 (West Virginia); 37, a diabetic
eye screening outreach list (Tonga); 38, a malaria case register for mining camps (Guyana); 39, a serious AEFI case
investigation form (Bangladesh). In Russian: 21, a burns transfer summary (Norilsk). In Japanese: 23, a telehealth
consultation from a small island (Okinawa). In Italian: 25, an integrated home care nursing visit for a woman aged 94
(Sardinia). In Greek script: 27, an orthopaedic discharge note for a woman aged 96 (Chios). In Korean: 30, a
polysomnography report (Daejeon). In traditional Chinese: 33, a long-term home oxygen assessment with Republic of China
calendar dates (Hualien). Entries per kind here: NAME 126, DATE 118, LOCATION 105, HOSPITAL 46, PHONE 30, ID 28,
LICENCE 18, ADDRESS 16, MRN 16, POSTCODE 8, AGE 5, PLATE 5, SERIAL 3, EMAIL 2, HANDLE 1, IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - India, Maharashtra (Pune): serious adverse event report at a clinical trial site
    ("SITE 014 - B.J. Government Medical College & Sassoon General Hospitals, Pune\n"
     "CLINICAL TRIAL SERIOUS ADVERSE EVENT (SAE) REPORT - INITIAL\n"
     "Protocol KRT-DM-301: phase III, randomised, double-blind, placebo-controlled trial of an add-on oral agent "
     "(blinded IP) in type 2 diabetes with CKD\n"
     "Subject no. 014-0872 | Initials S-D-K | Sex M | Age 54 | Randomised 12/02/2025 | Arm: blinded\n"
     "Site file only (not for sponsor): Mr. Sandeep Dattatray Kulkarni, Flat 6, Shree Ganesh Apartments, Hadapsar, "
     "Pune 411028 | Aadhaar 7381 9264 0517 | wife Smt. Vaishali Kulkarni +91 98220 41736 | machinist, Bajaj Auto, "
     "Chakan plant\n"
     "\n"
     "Event: Euglycaemic diabetic ketoacidosis (MedDRA PT: Euglycaemic diabetic ketoacidosis)\n"
     "Onset: 28/08/2025, after a day of fasting for Ganesh Chaturthi; vomiting x6, abdominal pain, breathlessness.\n"
     "Hospitalised: 29/08/2025 at Deenanath Mangeshkar Hospital, Erandwane (ICU), transferred to Sassoon on "
     "31/08/2025.\n"
     "Labs on admission: pH 7.12 | HCO3 9 mmol/L | anion gap 24 | glucose 168 mg/dL | beta-hydroxybutyrate 6.2 "
     "mmol/L | K 4.9 mmol/L | creatinine 1.9 mg/dL (baseline 1.4) | lipase normal.\n"
     "Treatment: IV fluids, insulin infusion with 10% dextrose, potassium; IP held from 29/08/2025. Resolved "
     "02/09/2025 without sequelae.\n"
     "Seriousness: hospitalisation, medically important | Severity: CTCAE v5.0 Grade 3 | Causality (WHO-UMC): "
     "probable | Expectedness: listed in the IB (class effect) | Unblinding: not required\n"
     "Reported to sponsor within 24 h and to the Ethics Committee and CDSCO as required by the New Drugs and Clinical "
     "Trials Rules, 2019.\n"
     "Site aware: 29/08/2025 10:15 (call from wife to study coordinator Ms. Rutuja Pawar, "
     "rutuja.pawar@medisphere-cro.in); SAE form entered in the EDC at "
     "https://edc.medisphere-cro.in/krt301/site014/subject/0872.\n"
     "PI: Dr. Aparna Deshpande-Wagh, Professor of Medicine | MMC 078214 | signed 30/08/2025",
     [("HOSPITAL", ["B.J. Government Medical College"]), ("HOSPITAL", ["Sassoon General Hospitals"]),
      ("LOCATION", ["Pune"]), ("ID", ["014-0872"]), ("NAME", ["S-D-K"]), ("DATE", ["12/02/2025"]),
      ("NAME", ["Sandeep", "Dattatray", "Kulkarni"]), ("ADDRESS", ["Flat 6, Shree Ganesh Apartments"]),
      ("LOCATION", ["Hadapsar"]), ("POSTCODE", ["411028"]), ("ID", ["7381 9264 0517"]), ("NAME", ["Vaishali"]),
      ("PHONE", ["+91 98220 41736"]), ("LOCATION", ["Bajaj Auto, Chakan plant"]), ("DATE", ["28/08/2025"]),
      ("DATE", ["Ganesh Chaturthi"]), ("DATE", ["29/08/2025"]), ("HOSPITAL", ["Deenanath Mangeshkar Hospital"]),
      ("LOCATION", ["Erandwane"]), ("HOSPITAL", ["Sassoon"]), ("DATE", ["31/08/2025"]), ("DATE", ["02/09/2025"]),
      ("NAME", ["Rutuja", "Pawar"]), ("EMAIL", ["rutuja.pawar@medisphere-cro.in"]),
      ("URL", ["https://edc.medisphere-cro.in/krt301/site014/subject/0872"]),
      ("NAME", ["Aparna", "Deshpande-Wagh"]), ("LICENCE", ["078214"]), ("DATE", ["30/08/2025"])],
     ["type 2 diabetes with CKD", "Euglycaemic diabetic ketoacidosis", "pH 7.12", "HCO3 9 mmol/L", "anion gap 24",
      "glucose 168 mg/dL", "beta-hydroxybutyrate 6.2 mmol/L", "creatinine 1.9 mg/dL", "CTCAE v5.0 Grade 3",
      "WHO-UMC", "New Drugs and Clinical Trials Rules, 2019", "10% dextrose"]),

    # 21 - Russia, Krasnoyarsk Krai (Norilsk, Talnakh; Russian): transfer summary of a burns patient
    ("КГБУЗ «Норильская межрайонная больница № 1», хирургическое отделение\n"
     "ПЕРЕВОДНОЙ ЭПИКРИЗ | История болезни № 418/27 | 15 января 2025 г.\n"
     "Ф.И.О.: Гайнуллин Рустам Ильдарович | 34 года | дата рождения 22.07.1990\n"
     "Полис ОМС 2475 8830 1946 0182 | СНИЛС 148-276-593 02\n"
     "Адрес: г. Норильск, район Талнах, ул. Бегичева, д. 21, кв. 47 | жена Гайнуллина Алсу Раисовна, "
     "тел. +7 913 507 28 64\n"
     "Место работы: машинист ПДМ, рудник «Таймырский», Заполярный филиал ГМК «Норильский никель».\n"
     "\n"
     "Обстоятельства: травма 13.01.2025 около 23:30, в ночь на Старый Новый год - ожог пламенем при розжиге печи "
     "бензином в гараже. Доставлен бригадой СМП в 00:20.\n"
     "Диагноз: Термический ожог пламенем II-III степени лица, шеи, обеих верхних конечностей, передней поверхности "
     "туловища, S = 28% (III ст. 12%) по правилу девяток (МКБ-10 T31.2). Индекс Франка 64 ед. Ожоговый шок II "
     "степени. Термоингаляционная травма I ст. (бронхоскопия: катаральный эндобронхит).\n"
     "Лечение: инфузия по формуле Паркленда (4 мл х кг х % ожога), 1-е сутки - 9,4 л; некротомия обоих предплечий "
     "14.01.2025; повязки с Бранолинд; омепразол; эноксапарин 40 мг.\n"
     "При переводе: сознание ясное, ЧСС 108, АД 112/70, SpO2 95% на O2 4 л/мин, диурез 0,6 мл/кг/ч; Hb 168 г/л, "
     "Ht 52%, лактат 3,8 ммоль/л.\n"
     "Согласовано по телемедицине с комбустиологом ожогового центра КГБУЗ «КМКБСМП им. Н.С. Карповой» "
     "(д-р Мельников Д.Г.). Перевод рейсом санавиации, борт RA-67218, аэропорт Алыкель - Емельяново.\n"
     "Лечащий врач: Степанов А.В. | Зав. отделением: Ширяева Ольга Николаевна",
     [("HOSPITAL", ["Норильская межрайонная больница № 1"]), ("MRN", ["418/27"]), ("DATE", ["15 января 2025 г."]),
      ("NAME", ["Гайнуллин", "Рустам", "Ильдарович"]), ("DATE", ["22.07.1990"]), ("ID", ["2475 8830 1946 0182"]),
      ("ID", ["148-276-593 02"]), ("LOCATION", ["Норильск"]), ("LOCATION", ["Талнах"]),
      ("ADDRESS", ["ул. Бегичева, д. 21, кв. 47"]), ("NAME", ["Алсу", "Раисовна"]), ("PHONE", ["+7 913 507 28 64"]),
      ("LOCATION", ["рудник «Таймырский»"]), ("DATE", ["13.01.2025"]), ("DATE", ["Старый Новый год"]),
      ("DATE", ["14.01.2025"]), ("HOSPITAL", ["КМКБСМП им. Н.С. Карповой"]), ("NAME", ["Мельников Д.Г."]),
      ("PLATE", ["RA-67218"]), ("LOCATION", ["Алыкель"]), ("LOCATION", ["Емельяново"]), ("NAME", ["Степанов А.В."]),
      ("NAME", ["Ширяева", "Ольга", "Николаевна"])],
     ["II-III степени", "S = 28%", "правилу девяток", "МКБ-10 T31.2", "Индекс Франка 64", "Ожоговый шок II степени",
      "катаральный эндобронхит", "формуле Паркленда", "некротомия", "Бранолинд", "эноксапарин 40 мг", "АД 112/70",
      "Hb 168 г/л", "лактат 3,8 ммоль/л"]),

    # 22 - England, Cornwall (Praze-an-Beeble, Truro): maternity triage telephone assessment
    ("Royal Cornwall Hospitals NHS Trust - Maternity Triage Line | 01872 258 061\n"
     "TELEPHONE TRIAGE RECORD (BSOTS) | Sun 26/10/2025 02:14 (clocks went back tonight) | Taken by: MC\n"
     "Caller: the woman herself | Kerensa Trevithick-Pascoe | 29 | G2P1 | 34+5 weeks | EDD 16/11/2025\n"
     "NHS 485 771 2601 | Hosp no. RCH-K582096 | mob 07712 480 936\n"
     "Address: Chy an Dowr, 3 Fore Street, Praze-an-Beeble TR14 0JY\n"
     "Booked with the Camborne and Redruth community midwives (MW Lowenna Kitto); previous SVD at Helston Community "
     "Hospital.\n"
     "\n"
     "Reason for call: headache since teatime not helped by paracetamol, 'sparkly lights' in her eyes, and the baby "
     "quieter than usual. Home BP machine 152/98 twice. Home urine dip protein ++. Some epigastric pain. No bleeding, "
     "no fluid loss, no tightenings.\n"
     "Partner Jago at sea (fishing out of Newlyn); her mum, Tamsin Pascoe, will drive her - about 35 min.\n"
     "Advice: BSOTS category RED - attend now; 999 if fits, worse pain or bleeding. Left-lateral for the journey. "
     "Bring maternity notes.\n"
     "\n"
     "Arrival 03:02 (MC): BP 156/102, repeat 160/104; HR 92; reflexes brisk, 2 beats clonus. CTG 40 min: Dawes-Redman "
     "criteria met at 20 min, STV 8.4 ms. PCR 48 mg/mmol; ALT 61 U/L; plt 132; sFlt-1/PlGF ratio 112.\n"
     "Impression: pre-eclampsia with severe features (NICE NG133).\n"
     "Plan (Dr Ifeoma Nwachukwu-Rowe, ST6 O&G, 03:25): labetalol 200 mg PO stat, MgSO4 per protocol, dexamethasone "
     "12 mg IM x2 (betamethasone unavailable), Delivery Suite, neonatal team aware.\n"
     "Morwenna Chegwidden RM (MC) | NMC PIN 18E2741C",
     [("HOSPITAL", ["Royal Cornwall Hospitals NHS Trust"]), ("PHONE", ["01872 258 061"]), ("DATE", ["Sun 26/10/2025"]),
      ("NAME", ["MC"]), ("NAME", ["Kerensa", "Trevithick-Pascoe"]), ("DATE", ["16/11/2025"]), ("ID", ["485 771 2601"]),
      ("MRN", ["RCH-K582096"]), ("PHONE", ["07712 480 936"]), ("ADDRESS", ["Chy an Dowr, 3 Fore Street"]),
      ("LOCATION", ["Praze-an-Beeble"]), ("POSTCODE", ["TR14 0JY"]), ("LOCATION", ["Camborne"]),
      ("LOCATION", ["Redruth"]), ("NAME", ["Lowenna", "Kitto"]), ("HOSPITAL", ["Helston Community Hospital"]),
      ("NAME", ["Jago"]), ("LOCATION", ["Newlyn"]), ("NAME", ["Tamsin", "Pascoe"]),
      ("NAME", ["Ifeoma", "Nwachukwu-Rowe"]), ("NAME", ["Morwenna", "Chegwidden"]), ("LICENCE", ["18E2741C"])],
     ["BSOTS", "G2P1", "34+5 weeks", "152/98", "protein ++", "category RED", "BP 156/102", "2 beats clonus",
      "Dawes-Redman criteria", "STV 8.4 ms", "PCR 48 mg/mmol", "sFlt-1/PlGF ratio 112",
      "pre-eclampsia with severe features", "NICE NG133", "labetalol 200 mg", "MgSO4"]),

    # 23 - Japan, Okinawa (Yonaguni island, Ishigaki; Japanese): telehealth consultation note
    ("沖縄県立八重山病院 総合診療科 遠隔診療記録\n"
     "日時：令和7年8月14日（木）15:20〜15:45 | 接続：与那国町診療所 ⇔ 八重山病院（ビデオ通話）\n"
     "診療所側：医師 當山 航平、看護師 田島 さやか | 病院側：医師 新垣 美咲\n"
     "患者：崎原 正吉 様 男性 67歳 昭和33年2月9日生 | 診療所ID 0027341\n"
     "住所：沖縄県八重山郡与那国町字祖納 ／ 妻 ハツ子様 電話 0980-87-2154\n"
     "職業：カジキ漁の漁師（久部良漁港）。旧盆の準備で8月10日から田畑の草刈りと水路の掃除をしていた。\n"
     "\n"
     "S）3日前から38℃台の発熱、強い頭痛、ふくらはぎの痛み、下痢。昨日から尿の色が濃い。\n"
     "O）体温 38.4℃、血圧 98/60、脈拍 112、SpO2 97%（室内気）。画面上、眼球結膜の充血と黄染あり。両下腿に圧痛。"
     "診療所の迅速検査：CRP 12.4 mg/dL、血小板 6.8万/μL、T-Bil 3.1 mg/dL、Cr 1.8 mg/dL。伝送心電図：洞性頻脈。"
     "qSOFA 1点。\n"
     "A）淡水曝露後の急性発熱・結膜充血・腎機能障害・黄疸からレプトスピラ症（Weil病）を強く疑う。\n"
     "P）診療所にてセフトリアキソン 2 g 点滴を開始。本日最終の定期便が欠航のため、海上保安庁ヘリで石垣空港へ搬送し、"
     "八重山病院に入院予定。血液・尿のLAMP法／MAT用検体を持参。家族へはビデオ通話で説明済み。\n"
     "記載：新垣 美咲（医籍登録番号 612748）",
     [("HOSPITAL", ["沖縄県立八重山病院"]), ("DATE", ["令和7年8月14日（木）"]), ("HOSPITAL", ["与那国町診療所"]),
      ("HOSPITAL", ["八重山病院"]), ("NAME", ["當山 航平"]), ("NAME", ["田島 さやか"]), ("NAME", ["新垣 美咲"]),
      ("NAME", ["崎原 正吉"]), ("DATE", ["昭和33年2月9日"]), ("MRN", ["0027341"]), ("LOCATION", ["八重山郡"]),
      ("LOCATION", ["与那国町"]), ("LOCATION", ["祖納"]), ("NAME", ["ハツ子"]), ("PHONE", ["0980-87-2154"]),
      ("LOCATION", ["久部良漁港"]), ("DATE", ["旧盆"]), ("DATE", ["8月10日"]), ("LOCATION", ["石垣空港"]),
      ("LICENCE", ["612748"])],
     ["体温 38.4℃", "血圧 98/60", "SpO2 97%", "眼球結膜の充血", "CRP 12.4 mg/dL", "血小板 6.8万/μL", "T-Bil 3.1 mg/dL",
      "qSOFA 1点", "レプトスピラ症（Weil病）", "セフトリアキソン 2 g", "LAMP法", "MAT"]),

    # 24 - Canada, Manitoba (Winnipeg): interpreter-assisted newcomer health consultation (Dari)
    ("Bridgeway Newcomer Health Clinic\n"
     "545 Broadway, Winnipeg MB R3C 0W3 | 204-555-0119\n"
     "INTERPRETER-ASSISTED CONSULTATION | Thu 13/11/2025 | 60 min booked\n"
     "Interpreter: Mr. Wahid Noorzai (Dari), in person, interpreter ID WRHA-INT-2187. Patient declined her nephew as "
     "interpreter; female interpreter not available today - she accepted Mr. Noorzai.\n"
     "Patient: Mrs. Zarmina Haidari | 42 F | Tazkira DOB 14 Asad 1362 (recorded here as 05/08/1983) | PHIN 218 473 "
     "905\n"
     "Address: Apt 1208, 185 Smith Street, Winnipeg R3C 3G1 | cell 204-555-0162\n"
     "Arrived as a government-assisted refugee via Islamabad; husband killed in Kunduz. Children Mursal (14) and "
     "Ahmad Shah (11) attend Hugh John Macdonald School. Brother in Mashhad.\n"
     "\n"
     "S: 'pain everywhere', palpitations, poor sleep with nightmares since Nowruz, when news came about her mother. "
     "Tearful. Denies thoughts of ending her life (asked directly via interpreter; she says her children keep her "
     "going).\n"
     "Screening (Dari versions, read aloud): PHQ-9 19, GAD-7 16, PCL-5 52; Harvard Trauma Questionnaire trauma "
     "events 9/16.\n"
     "Labs from intake: Hb 98 g/L, ferritin 6 ug/L, vitamin D 21 nmol/L, Strongyloides serology positive, "
     "Schistosoma negative, HBsAg negative, IGRA negative.\n"
     "O: BP 118/72, HR 96, thyroid normal, MSK exam non-focal, pale conjunctivae.\n"
     "A/P:\n"
     "1. Iron-deficiency anaemia - ferrous fumarate 300 mg alternate days; ask about menorrhagia at next visit.\n"
     "2. Strongyloidiasis - ivermectin 200 mcg/kg daily x 2 days (CCIRH 2011 guidelines).\n"
     "3. Probable PTSD and major depression - sertraline 25 mg; referral to the Aurora Family Therapy Centre "
     "trauma program; Dari-speaking counsellor requested.\n"
     "4. Vitamin D 1000 IU daily.\n"
     "Understanding checked by teach-back through the interpreter. Next visit 27/11 with the same interpreter; "
     "settlement worker Fernanda Quispe (IRCOM) to help with transit.\n"
     "Dr. Teresa Kowalchuk-Ibrahim, Family Physician | CPSM 28471",
     [("HOSPITAL", ["Bridgeway Newcomer Health Clinic"]), ("ADDRESS", ["545 Broadway"]), ("LOCATION", ["Winnipeg"]),
      ("POSTCODE", ["R3C 0W3"]), ("PHONE", ["204-555-0119"]), ("DATE", ["Thu 13/11/2025"]),
      ("NAME", ["Wahid", "Noorzai"]), ("ID", ["WRHA-INT-2187"]), ("NAME", ["Zarmina", "Haidari"]),
      ("DATE", ["14 Asad 1362"]), ("DATE", ["05/08/1983"]), ("ID", ["218 473 905"]),
      ("ADDRESS", ["Apt 1208, 185 Smith Street"]), ("POSTCODE", ["R3C 3G1"]), ("PHONE", ["204-555-0162"]),
      ("LOCATION", ["Islamabad"]), ("LOCATION", ["Kunduz"]), ("NAME", ["Mursal"]), ("NAME", ["Ahmad Shah"]),
      ("LOCATION", ["Hugh John Macdonald School"]), ("LOCATION", ["Mashhad"]), ("DATE", ["Nowruz"]),
      ("HOSPITAL", ["Aurora Family Therapy Centre"]), ("DATE", ["27/11"]), ("NAME", ["Fernanda", "Quispe"]),
      ("LOCATION", ["IRCOM"]), ("NAME", ["Teresa", "Kowalchuk-Ibrahim"]), ("LICENCE", ["28471"])],
     ["PHQ-9 19", "GAD-7 16", "PCL-5 52", "Harvard Trauma Questionnaire", "9/16", "Hb 98 g/L", "ferritin 6 ug/L",
      "vitamin D 21 nmol/L", "Strongyloides serology positive", "IGRA negative", "ferrous fumarate 300 mg",
      "ivermectin 200 mcg/kg", "CCIRH 2011 guidelines", "sertraline 25 mg"]),

    # 25 - Italy, Sardinia (Ogliastra, Baunei; Italian): integrated home care nursing visit, woman aged 94
    ("ASL n. 4 dell'Ogliastra - Distretto di Lanusei\n"
     "ASSISTENZA DOMICILIARE INTEGRATA (ADI) - SCHEDA DI VISITA INFERMIERISTICA\n"
     "Assistita: Sig.ra Giovanna Maria Lai, ved. Mulas | nata a Baunei il 03/04/1931 | 94 anni | C.F. "
     "LAIGNN31D43A722I\n"
     "Domicilio: Via Giuseppe Garibaldi 21, 08040 Baunei | Caregiver: la figlia Bonaria Mulas, cell. 347 218 9064\n"
     "MMG: dott. Salvatore Piras, Ambulatorio di Baunei | Infermiera ADI: Tonina Mereu (T.M.)\n"
     "\n"
     "Anamnesi: vedova dal 1987; ha lavorato al telaio fino agli anni '60. Ricoverata all'Ospedale Nostra Signora "
     "della Mercede di Lanusei ad agosto per frattura pertrocanterica del femore dx (chiodo endomidollare), dimessa il "
     "29/08 allettata. Demenza moderata, CDR 2.\n"
     "Lesione: lesione da pressione sacrale, categoria 3 secondo NPIAP/EPUAP, 4 x 3 cm, profondità 0,8 cm, fondo "
     "60% granuleggiante e 40% fibrina, essudato moderato, cute perilesionale macerata.\n"
     "Scale: Braden 11 | PUSH Tool 12 | MNA 17/30 | NRS dolore 4 alla mobilizzazione (PAINAD 3).\n"
     "\n"
     "Data | Medicazione | Note | Firma\n"
     "giovedì 11/09 | detersione con Prontosan, Mepilex Border Sacrum | posizionato materasso ad aria alternata | "
     "T.M.\n"
     "lunedì 15/09 | idem, sbrigliamento della fibrina con curette | PUSH 11 | T.M.\n"
     "giovedì 18/09 | idem | PUSH 10; cute perilesionale migliorata; Fortimel 2 bottiglie/die | G.C.\n"
     "\n"
     "Note: la figlia chiede di poterla portare in carrozzina alla festa di San Nicola a novembre, se la lesione "
     "migliora; l'anno scorso era ancora andata a piedi alla festa di San Pietro a Santa Maria Navarrese e in piazza "
     "a Ferragosto. Il nipote Efisio (Cagliari) vorrebbe una consulenza al Brotzu.\n"
     "Prossima visita: lunedì 22/09. Firma: Inf. Tonina Mereu / Inf. Gavino Cocco (G.C.)",
     [("HOSPITAL", ["ASL n. 4 dell'Ogliastra"]), ("LOCATION", ["Lanusei"]), ("NAME", ["Giovanna Maria", "Lai"]),
      ("NAME", ["Mulas"]), ("LOCATION", ["Baunei"]), ("DATE", ["03/04/1931"]), ("AGE", ["94 anni"]),
      ("ID", ["LAIGNN31D43A722I"]), ("ADDRESS", ["Via Giuseppe Garibaldi 21"]), ("POSTCODE", ["08040"]),
      ("NAME", ["Bonaria"]), ("PHONE", ["347 218 9064"]), ("NAME", ["Salvatore", "Piras"]),
      ("HOSPITAL", ["Ambulatorio di Baunei"]), ("NAME", ["Tonina", "Mereu"]), ("NAME", ["T.M."]), ("DATE", ["1987"]),
      ("DATE", ["anni '60"]), ("HOSPITAL", ["Ospedale Nostra Signora della Mercede"]), ("DATE", ["agosto"]),
      ("DATE", ["29/08"]), ("DATE", ["giovedì 11/09"]), ("DATE", ["lunedì 15/09"]), ("DATE", ["giovedì 18/09"]),
      ("NAME", ["G.C."]), ("DATE", ["festa di San Pietro"]), ("LOCATION", ["Santa Maria Navarrese"]),
      ("DATE", ["Ferragosto"]), ("DATE", ["novembre"]), ("DATE", ["festa di San Nicola"]), ("NAME", ["Efisio"]),
      ("LOCATION", ["Cagliari"]), ("HOSPITAL", ["Brotzu"]), ("DATE", ["lunedì 22/09"]), ("NAME", ["Gavino", "Cocco"])],
     ["frattura pertrocanterica del femore", "chiodo endomidollare", "CDR 2", "categoria 3 secondo NPIAP/EPUAP",
      "Braden 11", "PUSH Tool 12", "MNA 17/30", "PAINAD 3", "Prontosan", "Mepilex Border Sacrum",
      "materasso ad aria alternata", "Fortimel"]),

    # 26 - Nepal, Khumbu (Pheriche): high-altitude rescue aid post record, HACE in a trekker
    ("HIMALAYAN RESCUE ASSOCIATION NEPAL - Pheriche Aid Post (4,371 m)\n"
     "PATIENT RECORD no. PH-25-0873 | 22/10/2025 (Tihar - lodges full) | sat phone +881 6314 82715\n"
     "Name: Ms Femke van der Sluis-Bakker | 36 F | Dutch | passport NXK8R41P7 | insurer policy 4820-77413\n"
     "Trekking with: guide Pasang Nuru Sherpa (from Khumjung), porter Mingma Tenzing; agency Summit Yak Treks, "
     "Thamel (01-4701 285)\n"
     "Itinerary: flew into Lukla 17/10; Namche Bazaar 1 night only; Dingboche 20/10; walked up from Dingboche to "
     "Lobuche yesterday against advice.\n"
     "\n"
     "Time | Findings / action | By\n"
     "06:10 | carried down by guide and porter; headache, vomiting, confused since 04:00 | LD\n"
     "06:15 | GCS 13 (E3 V4 M6), SpO2 68% RA, HR 122, RR 26, BP 134/86, T 36.9; heel-to-toe walking test failed; "
     "Lake Louise AMS score 9 | LD\n"
     "06:20 | O2 4 L/min -> SpO2 84%; dexamethasone 8 mg IM, then 4 mg PO 6-hourly | LD\n"
     "06:45 | crackles R base, SpO2 79% on O2 when lying flat - HAPE as well; nifedipine MR 30 mg | TA-R\n"
     "07:00 | Gamow bag 2 psi for 60 min while waiting for the weather to clear | TA-R\n"
     "08:35 | helicopter 9N-ANJ landed; handed over, GCS 14 | LD\n"
     "\n"
     "Diagnosis: high-altitude cerebral oedema with HAPE (Lake Louise criteria). Evacuated to CIWEC Hospital, "
     "Kathmandu. Insurer's assistance line informed; her partner Joris (+31 6 4827 1190) informed by e-mail at "
     "femke.joris@ziggo.nl - he had already seen her last Instagram post (@femke.loopt.bergop) from Lobuche.\n"
     "Doctors: Dr Lhakpa Doma Sherpa (LD), NMC 14736 | Dr Tomas Adeyemi-Ross (TA-R), volunteer",
     [("HOSPITAL", ["Pheriche Aid Post"]), ("ID", ["PH-25-0873"]), ("DATE", ["22/10/2025"]), ("DATE", ["Tihar"]),
      ("PHONE", ["+881 6314 82715"]), ("NAME", ["Femke", "van der Sluis-Bakker"]), ("ID", ["NXK8R41P7"]),
      ("ID", ["4820-77413"]), ("NAME", ["Pasang Nuru", "Sherpa"]), ("LOCATION", ["Khumjung"]),
      ("NAME", ["Mingma Tenzing"]), ("LOCATION", ["Summit Yak Treks"]), ("LOCATION", ["Thamel"]),
      ("PHONE", ["01-4701 285"]), ("LOCATION", ["Lukla"]), ("DATE", ["17/10"]), ("LOCATION", ["Namche Bazaar"]),
      ("LOCATION", ["Dingboche"]), ("DATE", ["20/10"]), ("LOCATION", ["Lobuche"]), ("NAME", ["LD"]),
      ("NAME", ["TA-R"]), ("PLATE", ["9N-ANJ"]), ("HOSPITAL", ["CIWEC Hospital"]), ("LOCATION", ["Kathmandu"]),
      ("NAME", ["Joris"]), ("PHONE", ["+31 6 4827 1190"]), ("EMAIL", ["femke.joris@ziggo.nl"]), ("HANDLE",
      ["femke.loopt.bergop"]),
      ("NAME", ["Lhakpa Doma"]), ("LICENCE", ["14736"]), ("NAME", ["Tomas", "Adeyemi-Ross"])],
     ["GCS 13 (E3 V4 M6)", "SpO2 68% RA", "heel-to-toe walking test failed", "Lake Louise AMS score 9",
      "dexamethasone 8 mg IM", "HAPE", "nifedipine MR 30 mg", "Gamow bag 2 psi", "high-altitude cerebral oedema",
      "Lake Louise criteria"]),

    # 27 - Greece, Chios (Pyrgi; Greek script): orthopaedic discharge note for a woman aged 96
    ("ΣΚΥΛΙΤΣΕΙΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΧΙΟΥ - Ορθοπαιδική Κλινική\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Αγγελική Καλαμαρά-Φραγκούλη του Στυλιανού | 96 ετών | γεν. 07/04/1929 | ΑΜΚΑ 07042901632\n"
     "Κατοικία: Πυργί Χίου | Αρ. Μητρώου Ασθενούς 25-06713\n"
     "Εισαγωγή: 15 Αυγούστου 2025 | Χειρουργείο: 16/08 | Έξοδος: 24/08/2025\n"
     "\n"
     "Ιστορικό: Έπεσε το πρωί του Δεκαπενταύγουστου στο προαύλιο της εκκλησίας της Κοιμήσεως της Θεοτόκου στο Πυργί. "
     "Χήρα από το 1998, μαστιχοπαραγωγός μέχρι το 1990. ΑΕΕ το 2016 χωρίς υπολειπόμενη αναπηρία. Κολπική μαρμαρυγή "
     "υπό απιξαμπάνη.\n"
     "Διάγνωση: Διατροχαντήριο κάταγμα αριστερού ισχίου, AO/OTA 31A2.\n"
     "Επέμβαση: Κλειστή ανάταξη και οστεοσύνθεση με ενδομυελικό ήλο Gamma3, υπό ραχιαία αναισθησία (ASA III). "
     "Nottingham Hip Fracture Score 6.\n"
     "Πορεία: Παραλήρημα τη 2η μετεγχειρητική ημέρα (4AT 6), υποχώρησε. Hb 8,4 g/dL → 1 μονάδα συμπυκνωμένων "
     "ερυθρών. Κάθαρση κρεατινίνης κατά Cockcroft-Gault 28 ml/min. Κινητοποίηση με περπατούρα από την 2η ημέρα.\n"
     "Οδηγίες: απιξαμπάνη 2,5 mg x2 από 18/08· δενοσουμάμπη (Prolia) 60 mg υποδορίως, επόμενη δόση σε 6 μήνες· "
     "βιταμίνη D 2000 IU· φυσικοθεραπεία στο ΚΑΠΗ Πυργίου. Αφαίρεση ραμμάτων στο Κέντρο Υγείας Βολισσού στις 29 "
     "Αυγούστου. Επανεξέταση στα τακτικά ιατρεία τη Δευτέρα 8 Σεπτεμβρίου, πριν από τη γιορτή του Σταυρού.\n"
     "Συνοδοί: ο γιος της Στέλιος, ναυτικός, τηλ. 694 512 8830· η κόρη της Ρήνη ήρθε από την Αστόρια.\n"
     "Ο θεράπων ιατρός: Δρ Παντελής Χαλκιάς, Ορθοπαιδικός | ΙΣ Χίου αρ. 318",
     [("HOSPITAL", ["ΣΚΥΛΙΤΣΕΙΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΧΙΟΥ"]), ("NAME", ["Αγγελική", "Καλαμαρά-Φραγκούλη"]),
      ("NAME", ["Στυλιανού"]), ("LOCATION", ["Χίου"]), ("AGE", ["96 ετών"]), ("DATE", ["07/04/1929"]), ("ID",
      ["07042901632"]),
      ("LOCATION", ["Πυργί"]), ("MRN", ["25-06713"]), ("DATE", ["15 Αυγούστου 2025"]), ("DATE", ["16/08"]),
      ("DATE", ["24/08/2025"]), ("DATE", ["Δεκαπενταύγουστου"]),
      ("LOCATION", ["εκκλησίας της Κοιμήσεως της Θεοτόκου"]), ("DATE", ["1998"]), ("DATE", ["1990"]),
      ("DATE", ["2016"]), ("DATE", ["18/08"]), ("LOCATION", ["ΚΑΠΗ Πυργίου"]), ("HOSPITAL", ["Κέντρο Υγείας Βολισσού"]),
      ("DATE", ["29 Αυγούστου"]), ("DATE", ["Δευτέρα 8 Σεπτεμβρίου"]), ("DATE", ["γιορτή του Σταυρού"]),
      ("NAME", ["Στέλιος"]), ("PHONE", ["694 512 8830"]), ("NAME", ["Ρήνη"]), ("LOCATION", ["Αστόρια"]),
      ("NAME", ["Παντελής", "Χαλκιάς"]), ("LICENCE", ["318"])],
     ["Διατροχαντήριο κάταγμα", "AO/OTA 31A2", "Gamma3", "ASA III", "Nottingham Hip Fracture Score 6", "4AT 6",
      "Hb 8,4 g/dL", "Cockcroft-Gault 28 ml/min", "απιξαμπάνη 2,5 mg", "δενοσουμάμπη (Prolia) 60 mg",
      "βιταμίνη D 2000 IU"]),

    # 28 - Ethiopia (Addis Ababa, Debre Markos): leprosy clinic record with Ethiopian calendar dates
    ("ALERT Comprehensive Specialized Hospital - Dermatology & Leprosy Clinic, Addis Ababa\n"
     "LEPROSY CLINIC RECORD | Card no. ALR-2018-06215\n"
     "Date: Meskerem 27, 2018 E.C. (07/10/2025)\n"
     "Patient: Ato Tesfaye Gebremedhin Alemu | 38 M | Fayda FIN 4182 7730 5196 | tel +251 911 482 307\n"
     "From: Gozamen woreda, near Debre Markos, East Gojjam; farmer (teff and barley). Wife W/ro Almaz Bekele, "
     "5 children.\n"
     "Referred from: Debre Markos Comprehensive Specialized Hospital (Dr. Yonas Mulugeta), after 2 years of "
     "'itchy patches' treated with holy water at Debre Libanos.\n"
     "\n"
     "Findings: >20 symmetrical hypopigmented, partly infiltrated plaques; ear lobes thickened; both ulnar and the "
     "right common peroneal nerves thickened and tender. VMT: little finger abduction 2/5 R, 4/5 L. ST "
     "(monofilaments): loss of 10 g sensation R palm and both soles. Early claw of the R 4th and 5th fingers. Painful "
     "red nodules on the forearms since Meskel, with fever.\n"
     "Slit-skin smear: BI 4+, MI 2%.\n"
     "Classification: borderline lepromatous (BL) leprosy per Ridley-Jopling; WHO multibacillary; WHO disability "
     "grade 2 (R hand). Erythema nodosum leprosum (ENL), moderate, with R ulnar neuritis.\n"
     "\n"
     "Plan:\n"
     "- MDT-MB for 12 months (rifampicin 600 mg + clofazimine 300 mg monthly supervised; clofazimine 50 mg + dapsone "
     "100 mg daily). G6PD not tested - watch for haemolysis.\n"
     "- Prednisolone 40 mg daily tapering over 12 weeks; splint R hand at night; physiotherapy with Sr. Hiwot Abebe.\n"
     "- Protective footwear from the ALERT shoe workshop.\n"
     "- 5 household contacts screened today: no lesions; SDR-PEP (single-dose rifampicin) given per the WHO 2018 "
     "guidelines.\n"
     "- Review after Timket (Tir 11), or earlier if new weakness.\n"
     "Dr. Meron Tadesse-Woldemariam, Dermatovenereologist | EFDA/MoH licence 04821",
     [("HOSPITAL", ["ALERT Comprehensive Specialized Hospital"]), ("LOCATION", ["Addis Ababa"]),
      ("MRN", ["ALR-2018-06215"]), ("DATE", ["Meskerem 27, 2018 E.C."]), ("DATE", ["07/10/2025"]),
      ("NAME", ["Tesfaye", "Gebremedhin", "Alemu"]), ("ID", ["4182 7730 5196"]), ("PHONE", ["+251 911 482 307"]),
      ("LOCATION", ["Gozamen"]), ("LOCATION", ["East Gojjam"]), ("NAME", ["Almaz", "Bekele"]),
      ("HOSPITAL", ["Debre Markos Comprehensive Specialized Hospital"]), ("LOCATION", ["Debre Markos"]),
      ("NAME", ["Yonas", "Mulugeta"]), ("LOCATION", ["Debre Libanos"]), ("DATE", ["Meskel"]),
      ("NAME", ["Hiwot", "Abebe"]), ("LOCATION", ["ALERT shoe workshop"]), ("DATE", ["Timket (Tir 11)"]),
      ("NAME", ["Meron", "Tadesse-Woldemariam"]), ("LICENCE", ["04821"])],
     ["ulnar and the right common peroneal nerves thickened", "2/5", "4/5", "10 g", "BI 4+, MI 2%",
      "borderline lepromatous (BL) leprosy", "Ridley-Jopling", "WHO multibacillary", "WHO disability grade 2",
      "Erythema nodosum leprosum", "MDT-MB", "rifampicin 600 mg", "clofazimine 50 mg", "Prednisolone 40 mg",
      "SDR-PEP", "WHO 2018 guidelines"]),

    # 29 - Malta (Għaxaq, Msida, Gozo): certificate of cause of death, woman aged 91
    ("MATER DEI HOSPITAL, Triq Dun Karm, Msida MSD 2090 - Department of Medicine, Ward M6\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH (for the Public Registry) | Serial MCCD-25-00931\n"
     "Deceased: Rozina Zammit-Borg, née Farrugia | F | aged 91 years | born 03/12/1933 in Victoria, Gozo | ID card "
     "0421833M\n"
     "Last address: 14, Triq Santa Marija, Ħal Għaxaq GXQ 1120\n"
     "Date and time of death: Monday 06/01/2025 at 04:40 (Epiphany), on Ward M6.\n"
     "Admitted: 31/12/2024, from St Vincent de Paul Long Term Care Facility, where she had lived since March 2021 "
     "after "
     "rehabilitation at Karin Grech Hospital.\n"
     "\n"
     "Cause of death:\n"
     "I (a) Aspiration pneumonia - 6 days\n"
     "  (b) Oropharyngeal dysphagia - 2 years\n"
     "  (c) Parkinson's disease (Hoehn and Yahr stage 5) - 14 years\n"
     "II Chronic kidney disease stage G4; permanent pacemaker for complete heart block\n"
     "Clinical Frailty Scale 8. Ceiling of care agreed with the family on admission (not for CPR, not for ICU). "
     "Sputum grew Klebsiella pneumoniae (ESBL); meropenem given.\n"
     "Pacemaker in situ: Medtronic Azure XT DR, serial RNB418273H - to be noted by the undertaker.\n"
     "Seen after death by me at 05:05. Not a case for the Magistrate.\n"
     "Informant: her son, Fr Ġużeppi Zammit, parish priest, Għaxaq (7942 1183). She had hoped to live to see the "
     "Santa Marija festa once more; married in 1956, widowed 1999.\n"
     "Certifying doctor: Dr Miriam Cassar-Sciberras, Medical Council Malta reg. 4821 | 06/01/2025",
     [("HOSPITAL", ["MATER DEI HOSPITAL"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["Msida"]),
      ("POSTCODE", ["MSD 2090"]), ("ID", ["MCCD-25-00931"]), ("NAME", ["Rozina", "Zammit-Borg"]),
      ("NAME", ["Farrugia"]), ("AGE", ["aged 91 years"]), ("DATE", ["03/12/1933"]), ("LOCATION", ["Victoria"]),
      ("LOCATION", ["Gozo"]), ("ID", ["0421833M"]), ("ADDRESS", ["14, Triq Santa Marija"]),
      ("LOCATION", ["Ħal Għaxaq"]), ("POSTCODE", ["GXQ 1120"]), ("DATE", ["Monday 06/01/2025"]), ("DATE", ["Epiphany"]),
      ("DATE", ["31/12/2024"]), ("HOSPITAL", ["St Vincent de Paul Long Term Care Facility"]), ("DATE", ["March 2021"]),
      ("HOSPITAL", ["Karin Grech Hospital"]), ("SERIAL", ["RNB418273H"]), ("NAME", ["Ġużeppi", "Zammit"]),
      ("LOCATION", ["Għaxaq"]), ("PHONE", ["7942 1183"]), ("DATE", ["Santa Marija festa"]), ("DATE", ["1956"]),
      ("DATE", ["1999"]), ("NAME", ["Miriam", "Cassar-Sciberras"]), ("LICENCE", ["4821"]), ("DATE", ["06/01/2025"])],
     ["Aspiration pneumonia", "Oropharyngeal dysphagia", "Parkinson's disease", "Hoehn and Yahr stage 5",
      "Chronic kidney disease stage G4", "complete heart block", "Clinical Frailty Scale 8",
      "Klebsiella pneumoniae (ESBL)", "meropenem", "Medtronic Azure XT DR"]),

    # 30 - South Korea, Daejeon (Korean): polysomnography report
    ("을지대학교병원 수면의학센터\n"
     "수면다원검사 결과지 | 등록번호 31847205\n"
     "검사일: 2025년 9월 24일(수) 22:10 ~ 9월 25일 06:05\n"
     "환자: 김순자 | 여 | 58세 | 주민등록번호 670824-2548178\n"
     "주소: 대전광역시 서구 계룡로 512번길 17, 101동 1204호 | 남편 최영수 010-4827-3310\n"
     "직업: 한국타이어 대전공장 생산직 (3교대 근무)\n"
     "의뢰: 둔산연세내과의원 박재민 원장 - 코골이, 목격된 무호흡, 주간 졸음\n"
     "\n"
     "설문: Epworth 졸음척도(ESS) 16점, STOP-Bang 6점, PSQI 12점. BMI 31.4, 목둘레 39 cm.\n"
     "검사 결과 (AASM 판정기준 v3):\n"
     "총 수면시간 | 346분 | 수면효율 72%\n"
     "수면 단계 | N1 18%, N2 61%, N3 4%, REM 17% | REM 잠복기 148분\n"
     "AHI | 38.2회/시간 (앙와위 61.5, 측와위 14.2) | RDI 41.5\n"
     "최저 산소포화도 | 78% | ODI 35.1, SpO2 <90% 시간 11.8%\n"
     "PLMI | 18회/시간 | 심전도: 동리듬, 무호흡 후 서맥-빈맥 교대\n"
     "\n"
     "원시 데이터: 수면검사 서버 10.42.118.27 (Compumedics Profusion) 저장.\n"
     "판독: 중증 폐쇄성 수면무호흡증 (앙와위 의존성). 주기성 사지운동 경도.\n"
     "권고: 양압기(CPAP) 적정검사 - ResMed AirSense 11 처방 예정, 체중 감량, 야간 교대근무 조정 상담, 음주 자제. "
     "추석 연휴 전 결과 설명 예정이었으나 10월 13일 외래로 변경.\n"
     "판독의: 이서연 (신경과 전문의, 면허번호 98214) | 검사 기사: 정민호 RPSGT",
     [("HOSPITAL", ["을지대학교병원"]), ("MRN", ["31847205"]), ("IP", ["10.42.118.27"]), ("DATE", ["2025년 9월 24일(수)"]),
      ("DATE", ["9월 25일"]),
      ("NAME", ["김순자"]), ("ID", ["670824-2548178"]), ("LOCATION", ["대전광역시"]), ("LOCATION", ["서구"]),
      ("ADDRESS", ["계룡로 512번길 17, 101동 1204호"]), ("NAME", ["최영수"]), ("PHONE", ["010-4827-3310"]),
      ("LOCATION", ["한국타이어 대전공장"]), ("HOSPITAL", ["둔산연세내과의원"]), ("NAME", ["박재민"]), ("DATE", ["추석"]),
      ("DATE", ["10월 13일"]), ("NAME", ["이서연"]), ("LICENCE", ["98214"]), ("NAME", ["정민호"])],
     ["Epworth 졸음척도(ESS) 16점", "STOP-Bang 6점", "PSQI 12점", "BMI 31.4", "AASM 판정기준 v3", "수면효율 72%",
      "REM 잠복기 148분", "38.2회/시간", "ODI 35.1", "중증 폐쇄성 수면무호흡증", "ResMed AirSense 11"]),

    # 31 - Botswana, Ngamiland (Maun, Okavango Delta): aviation medical examination of a bush pilot
    ("CIVIL AVIATION AUTHORITY OF BOTSWANA - Designated Aviation Medical Examiner\n"
     "Okavango Family Practice, Plot 482, Sir Seretse Khama Road, Maun | 686 2419\n"
     "MEDICAL EXAMINATION REPORT - CLASS 1 (renewal) | Ref AME-MUB-25-0312 | 19/09/2025\n"
     "Applicant: Ms Goitseone Mmolawa | F | DOB 12/03/1994 | Omang 471528310 | licence CPL(A) BW-CPL-0827\n"
     "Employer: Delta Skies Charters - Cessna 208 Caravan, registration A2-MKB; daily shuttles to the Xakanaxa and "
     "Khwai airstrips\n"
     "Next of kin: husband Tumelo Mmolawa, Kasane, 71 482 306\n"
     "\n"
     "History: P. falciparum malaria in March, treated with Coartem, full recovery. Pregnant, 14 weeks by scan (LMP "
     "13/06/2025), uncomplicated. No medication apart from folic acid.\n"
     "Exam: Ht 168 cm, Wt 61 kg, BMI 21.6, BP 118/74, HR 72. Distant vision 6/6 each eye uncorrected; near N5; "
     "colour vision Ishihara 24/24. Audiometry: <35 dB at 500, 1000 and 2000 Hz, <50 dB at 3000 Hz. ECG normal. Hb "
     "11.9 g/dL. Urine NAD.\n"
     "Assessment: FIT Class 1 under ICAO Annex 1 and the Civil Aviation Act 2011. Pregnancy: fit until the end of the "
     "26th week (about 12/12/2025) if uncomplicated; must report any complication; reassess after delivery.\n"
     "Dr Kagiso Ntsima-Pule, AME | CAAB AME no. 017 | BHPC reg. MP1827",
     [("HOSPITAL", ["Okavango Family Practice"]), ("ADDRESS", ["Plot 482, Sir Seretse Khama Road"]),
      ("LOCATION", ["Maun"]), ("PHONE", ["686 2419"]), ("ID", ["AME-MUB-25-0312"]), ("DATE", ["19/09/2025"]),
      ("NAME", ["Goitseone", "Mmolawa"]), ("DATE", ["12/03/1994"]), ("ID", ["471528310"]),
      ("LICENCE", ["BW-CPL-0827"]), ("LOCATION", ["Delta Skies Charters"]), ("PLATE", ["A2-MKB"]),
      ("LOCATION", ["Xakanaxa"]), ("LOCATION", ["Khwai"]), ("NAME", ["Tumelo"]), ("LOCATION", ["Kasane"]),
      ("PHONE", ["71 482 306"]), ("DATE", ["March"]), ("DATE", ["13/06/2025"]), ("DATE", ["12/12/2025"]),
      ("NAME", ["Kagiso", "Ntsima-Pule"]), ("LICENCE", ["017"]), ("LICENCE", ["MP1827"])],
     ["P. falciparum malaria", "Coartem", "500, 1000 and 2000 Hz", "14 weeks", "BMI 21.6", "BP 118/74", "6/6",
      "near N5", "Ishihara 24/24",
      "Hb 11.9 g/dL", "ICAO Annex 1", "Civil Aviation Act 2011"]),

    # 32 - Cambodia, Battambang (Kamrieng, near Pailin): prosthetic limb assessment and fitting record
    ("BATTAMBANG PHYSICAL REHABILITATION CENTRE - Prosthetics & Orthotics Department\n"
     "CLIENT ASSESSMENT AND FITTING RECORD | Client no. BPRC-10482\n"
     "Date: 10 April 2025 (BE 2568), the last working day before Khmer New Year\n"
     "Client: Mr Chhim Sareth | 52 M | Khmer ID 010482736 | rice and cassava farmer\n"
     "Address: Phum Ou Da, Khum Ta Krei, Kamrieng district, Battambang province | wife Mrs Nhem Sophy, 012 482 730\n"
     "History: PMN-2 landmine injury on 03/02/1997 while clearing land near Pailin; left transtibial amputation at "
     "the Battambang Referral Hospital. This is his 6th prosthesis from us; previous socket cracked during harvest.\n"
     "Residual limb: left transtibial, 14 cm from the medial tibial plateau, conical, well healed, no neuroma; "
     "callus over the fibular head. Knee ROM full, hip and knee extensors 5/5. Phantom sensation, no phantom pain.\n"
     "Functional level: K3 (Medicare Functional Classification Level). Houghton Scale 9/12.\n"
     "Prosthesis: PTB socket with Pe-Lite liner, ICRC polypropylene technology, SACH foot size 25, supracondylar "
     "strap. Static and dynamic alignment done; gait: slight lateral trunk lean, corrected.\n"
     "Gait training with physiotherapist Ms Keo Sreyneang; walking 200 m on uneven ground without aids.\n"
     "Follow-up: outreach team at Kamrieng health centre after Pchum Ben, or earlier if skin breaks down.\n"
     "Technician: Mr Meas Rithy, P&O (ISPO Cat II) | transport paid by the centre (moto-taxi to Pailin)",
     [("HOSPITAL", ["BATTAMBANG PHYSICAL REHABILITATION CENTRE"]), ("MRN", ["BPRC-10482"]),
      ("DATE", ["10 April 2025 (BE 2568)"]), ("DATE", ["Khmer New Year"]), ("NAME", ["Chhim", "Sareth"]),
      ("ID", ["010482736"]), ("ADDRESS", ["Phum Ou Da"]), ("LOCATION", ["Khum Ta Krei"]), ("LOCATION", ["Kamrieng"]),
      ("LOCATION", ["Battambang"]), ("NAME", ["Nhem", "Sophy"]), ("PHONE", ["012 482 730"]), ("DATE", ["03/02/1997"]),
      ("LOCATION", ["Pailin"]), ("HOSPITAL", ["Battambang Referral Hospital"]), ("NAME", ["Keo", "Sreyneang"]),
      ("DATE", ["Pchum Ben"]), ("NAME", ["Meas", "Rithy"])],
     ["PMN-2 landmine", "left transtibial amputation", "5/5", "K3 (Medicare Functional Classification Level)",
      "Houghton Scale 9/12", "PTB socket", "Pe-Lite", "ICRC polypropylene technology", "SACH foot",
      "ISPO Cat II"]),

    # 33 - Taiwan, Hualien (Ji'an; traditional Chinese, ROC calendar): long-term home oxygen assessment
    ("佛教慈濟醫療財團法人花蓮慈濟醫院 胸腔內科\n"
     "居家氧氣治療評估單 | 病歷號 3307142 | 評估日期：民國114年10月20日\n"
     "個案：林秀蘭（阿美族名 Panay）| 女 | 出生：民國46年3月8日 | 身分證 U203184763\n"
     "住址：花蓮縣吉安鄉南昌村中正路二段112號 | 女兒 林美惠 0912-483-706\n"
     "職業史：年輕時在台泥和平廠包裝部工作十五年（粉塵暴露），抽菸 30 包年，已於民國110年戒菸。\n"
     "\n"
     "診斷：慢性阻塞性肺病 COPD GOLD 3，group E（去年急性惡化住院兩次，最近一次 8月3日至8月12日於門諾醫院）。\n"
     "肺功能：FEV1 0.78 L（38%預測值），FEV1/FVC 0.46。\n"
     "動脈血氣（室內空氣，穩定期）：pH 7.38、PaO2 52 mmHg、PaCO2 48 mmHg、SaO2 86%。\n"
     "六分鐘步行 220 m，最低 SpO2 82%。mMRC 3、CAT 24 分。Hb 15.8 g/dL，無紅血球增多症。\n"
     "\n"
     "評估結果：符合長期氧氣治療（LTOT）條件，依 GOLD 2025 報告建議每日 ≥15 小時，流量 2 L/min（鼻導管），"
     "目標 SpO2 88-92%。\n"
     "設備：氧氣製造機 Everflo（序號 EV4820731）+ 攜帶式氧氣鋼瓶。居家禁菸、遠離瓦斯爐與神明廳香火已衛教。\n"
     "個案希望明年七月豐年祭可以回部落參加，已說明攜帶式氧氣的使用。\n"
     "主治醫師：黃建文（醫字第 032748 號）| 呼吸治療師：吳佩珊",
     [("HOSPITAL", ["花蓮慈濟醫院"]), ("MRN", ["3307142"]), ("DATE", ["民國114年10月20日"]), ("NAME", ["林秀蘭"]),
      ("NAME", ["Panay"]), ("DATE", ["民國46年3月8日"]), ("ID", ["U203184763"]), ("LOCATION", ["花蓮縣"]),
      ("LOCATION", ["吉安鄉"]), ("ADDRESS", ["南昌村中正路二段112號"]), ("NAME", ["林美惠"]), ("PHONE", ["0912-483-706"]),
      ("LOCATION", ["台泥和平廠"]), ("DATE", ["民國110年"]), ("DATE", ["8月3日"]), ("DATE", ["8月12日"]),
      ("HOSPITAL", ["門諾醫院"]), ("SERIAL", ["EV4820731"]), ("DATE", ["七月豐年祭"]), ("NAME", ["黃建文"]),
      ("LICENCE", ["032748"]), ("NAME", ["吳佩珊"])],
     ["COPD GOLD 3", "group E", "FEV1 0.78 L（38%預測值）", "FEV1/FVC 0.46", "PaO2 52 mmHg", "PaCO2 48 mmHg",
      "mMRC 3", "CAT 24 分", "LTOT", "GOLD 2025 報告", "2 L/min", "Everflo"]),

    # 34 - Sri Lanka (Colombo, Peradeniya, Gampola): poisons information centre call log, yellow oleander
    ("NATIONAL POISONS INFORMATION CENTRE - National Hospital of Sri Lanka, Colombo | 24-h line 011 269 1132\n"
     "CALL LOG | Sat 10/05/2025 (Vesak Poya) | Call no. NPIC-25-1147\n"
     "21:52 | Caller: Dr Nirosha Wijekoon, MO, Ward 12, Teaching Hospital Peradeniya (081 238 8841) | taken by HKJ\n"
     "Patient: Miss W.M. Dilini Sandamali Wijeratne | 19 F | DOB 04/05/2006 | NIC 200662410837 | BHT 25/11873\n"
     "Address: No. 27/3, Temple Road, Gampola | A/L student, Ananda Balika Vidyalaya | mother Mrs Chandrika "
     "Wijeratne 077 418 2093\n"
     "Exposure: about 2 crushed seeds of yellow oleander (Thevetia peruviana, 'kaneru') at 20:30 after a quarrel, "
     "vomited x3. Transferred from Divisional Hospital Galagedara.\n"
     "Clinical at 21:45: HR 48, BP 100/60, K+ 5.8 mmol/L; ECG: second-degree AV block, Mobitz type I (Wenckebach), "
     "with ST 'reverse tick'. GCS 15/15.\n"
     "Advice given (HKJ / SR): cardiac monitor; atropine 0.6 mg IV for symptomatic bradycardia, repeat as needed; "
     "do NOT give calcium; single-dose activated charcoal 50 g; K+ 2-hourly; digoxin-specific Fab (DigiFab) if "
     "high-grade AV block or K+ >6 - available at Kandy, arrange transfer; psychiatric review before discharge.\n"
     "23:40 | follow-up call to ward: HR 56 after atropine 1.2 mg total, K+ 5.4, no new arrhythmia | SR\n"
     "02:15 (11/05) | complete heart block, HR 34 - DigiFab 2 vials given at Kandy after transfer; reverted | SR\n"
     "Note: Poson and Avurudu season calls expected to rise - roster to add one PO.\n"
     "Staff: H.K. Jayasuriya, PO (HKJ) | Dr Shamila Rajapaksha, MO (SR) | SLMC 31827",
     [("HOSPITAL", ["National Hospital of Sri Lanka"]), ("LOCATION", ["Colombo"]), ("PHONE", ["011 269 1132"]),
      ("DATE", ["Sat 10/05/2025"]), ("DATE", ["Vesak Poya"]), ("ID", ["NPIC-25-1147"]), ("NAME", ["Nirosha",
      "Wijekoon"]),
      ("HOSPITAL", ["Teaching Hospital Peradeniya"]), ("PHONE", ["081 238 8841"]), ("NAME", ["HKJ"]),
      ("NAME", ["W.M.", "Dilini", "Sandamali", "Wijeratne"]), ("DATE", ["04/05/2006"]), ("ID", ["200662410837"]),
      ("MRN", ["25/11873"]), ("ADDRESS", ["No. 27/3, Temple Road"]), ("LOCATION", ["Gampola"]),
      ("LOCATION", ["Ananda Balika Vidyalaya"]), ("NAME", ["Chandrika"]), ("PHONE", ["077 418 2093"]),
      ("HOSPITAL", ["Divisional Hospital Galagedara"]), ("NAME", ["SR"]), ("LOCATION", ["Kandy"]), ("DATE", ["11/05"]),
      ("DATE", ["Poson"]), ("DATE", ["Avurudu"]), ("NAME", ["H.K.", "Jayasuriya"]), ("NAME", ["Shamila", "Rajapaksha"]),
      ("LICENCE", ["31827"])],
     ["yellow oleander", "Thevetia peruviana", "HR 48", "K+ 5.8 mmol/L", "second-degree AV block",
      "Mobitz type I (Wenckebach)", "reverse tick", "GCS 15/15", "atropine 0.6 mg IV", "activated charcoal 50 g",
      "DigiFab", "complete heart block"]),

    # 35 - Sierra Leone, Eastern Province (Kenema, Tongo Field): Lassa fever isolation ward admission note
    ("KENEMA GOVERNMENT HOSPITAL - Lassa Fever Isolation Ward\n"
     "ADMISSION NOTE | Wed 02/04/2025 22:15 | Bed LF-4 | Hosp no. KGH 25/1182 | Lassa lab no. KLL-0457\n"
     "Patient: Mr Foday Musa Kamara-Lansana | 27 M | artisanal diamond miner, Tongo Field, Lower Bambara chiefdom\n"
     "Next of kin: wife Kadiatu Kamara, +232 76 418 209; brother Alusine at Hangha Road, Kenema\n"
     "Transferred from: Panguma Mission Hospital (Dr Josephine Koroma-Bangura), after 3 days of IV ceftriaxone and "
     "artesunate without response.\n"
     "\n"
     "HPI: 8 days fever, severe sore throat, retrosternal pain, vomiting; since yesterday facial swelling and bleeding "
     "gums. Came back to Tongo after Pray Day; rats (Mastomys natalensis) in the house and the rice store; a "
     "neighbour died with bleeding two weeks ago.\n"
     "O/E: T 39.2, HR 118, BP 92/58, RR 28, SpO2 94%. Facial oedema, conjunctival injection, exudative pharyngitis, "
     "gum bleeding. Chest clear. No jaundice.\n"
     "Lab: Lassa RT-PCR POSITIVE (Ct 22); Ebola RDT negative; malaria RDT negative. AST 412 U/L, ALT 108 U/L "
     "(AST:ALT 3.8), creatinine 2.8 mg/dL, K 5.6 mmol/L, Hb 10.9 g/dL.\n"
     "Impression: Lassa fever, severe (AST >150, AKI, bleeding).\n"
     "Plan: IV ribavirin loading 33 mg/kg then per the ward protocol; IV fluids titrated (capillary leak risk); "
     "strict IPC in the red zone, full PPE; notify the DHMT under the Public Health Act 2022; contact list: 14 "
     "household, 3 health workers at Panguma - follow-up for 21 days.\n"
     "Dr Abu Bakarr Conteh-Jalloh, MO i/c | SLMDC 2736 | Nurse Fatmata Sesay (FS) 22:40",
     [("HOSPITAL", ["KENEMA GOVERNMENT HOSPITAL"]), ("DATE", ["Wed 02/04/2025"]), ("MRN", ["KGH 25/1182"]),
      ("ID", ["KLL-0457"]), ("NAME", ["Foday Musa", "Kamara-Lansana"]), ("LOCATION", ["Tongo Field"]),
      ("LOCATION", ["Lower Bambara"]), ("NAME", ["Kadiatu", "Kamara"]), ("PHONE", ["+232 76 418 209"]),
      ("NAME", ["Alusine"]), ("ADDRESS", ["Hangha Road"]), ("LOCATION", ["Kenema"]),
      ("HOSPITAL", ["Panguma Mission Hospital"]), ("NAME", ["Josephine", "Koroma-Bangura"]), ("LOCATION", ["Tongo"]),
      ("DATE", ["Pray Day"]), ("LOCATION", ["Panguma"]), ("NAME", ["Abu Bakarr", "Conteh-Jalloh"]),
      ("LICENCE", ["2736"]), ("NAME", ["Fatmata", "Sesay"]), ("NAME", ["FS"])],
     ["Mastomys natalensis", "T 39.2", "BP 92/58", "exudative pharyngitis", "Lassa RT-PCR POSITIVE (Ct 22)",
      "Ebola RDT negative", "AST 412 U/L", "AST:ALT 3.8", "creatinine 2.8 mg/dL", "Lassa fever",
      "ribavirin loading 33 mg/kg", "Public Health Act 2022"]),

    # 36 - USA, West Virginia (McDowell County: War, Welch): home health skilled nursing visit, woman aged 98
    ("Appalachian Home Health Services - Welch, WV | (304) 555-0193\n"
     "SKILLED NURSING VISIT NOTE | 11/05/2025 09:40-10:35 | Episode start of care 09/12/2025\n"
     "Patient: Mrs. Opal Lorene Estep | 98 y F | DOB 02/14/1927 | Medicare MBI 5JX7-KR3-TN62 | MRN AHH-207713\n"
     "Address: HC 64 Box 118, War, WV 24892 | daughter Wanda Estep-Lambert in Man, WV (304-555-0127)\n"
     "Physician: Dr. Prakash Venkataraman, Tug River Health Association, Gary clinic | NPI 1329584704\n"
     "\n"
     "Background: born in the coal camp at Keystone; husband Delbert, a miner, died of black lung in 1979; she ran "
     "the counter at the company store until 1962. Hospitalized at Welch Community Hospital 09/02-09/08 for CHF "
     "exacerbation; weaker since Easter per daughter.\n"
     "Vitals: BP 108/62, HR 88 irregular (AF), RR 20, SpO2 93% RA, T 97.6. Weight 118.4 lb, up 3.2 lb in 3 days.\n"
     "Assessment: 2+ pitting edema to mid-shin bilaterally, bibasilar crackles, JVD to angle of jaw sitting up. "
     "Orthopnea - sleeping in recliner. Alert, oriented x3, sharp as ever. Braden 15; TUG 28 sec with walker; PHQ-2 "
     "0. Skin intact.\n"
     "Meds reviewed: furosemide (Lasix) 40 mg daily, apixaban (Eliquis) 2.5 mg bid, metoprolol succinate 25 mg, "
     "KCl 10 mEq. Pill box filled for 7 days.\n"
     "Intervention: called Dr. Venkataraman 10:15 - new order Lasix 40 mg bid x 3 days, BMP on next visit, call if "
     "weight gain >2 lb/day. Teach-back on low-salt diet (she likes her soup beans and cornbread).\n"
     "Goals: stay home; wants to make Decoration Day at the family cemetery on Cub Branch and her 99th birthday. "
     "Pastor Clovis Mullins of Iaeger Freewill Baptist Church visits weekly.\n"
     "Next visit 11/07/2025. Crystal Bailey-Rose, RN | WV RN 0892714",
     [("HOSPITAL", ["Appalachian Home Health Services"]), ("LOCATION", ["Welch"]), ("PHONE", ["(304) 555-0193"]),
      ("DATE", ["11/05/2025"]), ("DATE", ["09/12/2025"]), ("NAME", ["Opal", "Lorene", "Estep"]), ("AGE", ["98 y"]),
      ("DATE", ["02/14/1927"]), ("ID", ["5JX7-KR3-TN62"]), ("MRN", ["AHH-207713"]), ("ADDRESS", ["HC 64 Box 118"]),
      ("LOCATION", ["War"]), ("POSTCODE", ["24892"]), ("NAME", ["Wanda", "Estep-Lambert"]), ("LOCATION", ["Man"]),
      ("PHONE", ["304-555-0127"]), ("NAME", ["Prakash", "Venkataraman"]), ("HOSPITAL",
      ["Tug River Health Association"]),
      ("LOCATION", ["Gary"]), ("ID", ["1329584704"]), ("LOCATION", ["Keystone"]), ("NAME", ["Delbert"]),
      ("DATE", ["1979"]), ("DATE", ["1962"]), ("HOSPITAL", ["Welch Community Hospital"]), ("DATE", ["09/02"]),
      ("DATE", ["09/08"]), ("DATE", ["Easter"]), ("DATE", ["Decoration Day"]), ("LOCATION", ["Cub Branch"]),
      ("AGE", ["99th birthday"]), ("NAME", ["Clovis", "Mullins"]), ("LOCATION", ["Iaeger Freewill Baptist Church"]),
      ("DATE", ["11/07/2025"]), ("NAME", ["Crystal", "Bailey-Rose"]), ("LICENCE", ["0892714"])],
     ["CHF exacerbation", "BP 108/62", "SpO2 93% RA", "2+ pitting edema", "bibasilar crackles", "Braden 15",
      "TUG 28 sec", "PHQ-2 0", "furosemide (Lasix) 40 mg", "apixaban (Eliquis) 2.5 mg bid", "KCl 10 mEq",
      ">2 lb/day"]),

    # 37 - Tonga, Vava'u (Neiafu): diabetic eye screening outreach list
    ("MINISTRY OF HEALTH, KINGDOM OF TONGA - Vaiola Hospital Eye Clinic\n"
     "DIABETIC EYE SCREENING OUTREACH - Prince Ngu Hospital, Neiafu, Vava'u | 18-22 August 2025\n"
     "Camera: Topcon NW400, s/n 2418573 | Grading: Scottish Diabetic Retinopathy Grading Scheme | Screener: Sr "
     "Salote Mafi (SM) | Grader: Dr 'Aisea Pulu-Taufa (AP)\n"
     "\n"
     "No | Name | Age/Sex | Village | Hosp no. | VA R / L | Grade R / L | Action\n"
     "1 | Sione Havili Fifita | 58 M | Leimatu'a | PNH-30417 | 6/9 / 6/12 | R1 M0 / R2 M0 | rescreen 6 months | SM\n"
     "2 | Mele Kaufusi | 63 F | Holonga | PNH-22981 | 6/60 / 6/18 | R3A M1 / R2 M1 | urgent Vaiola: anti-VEGF (Avastin "
     "1.25 mg) and PRP; HbA1c 11.2% | AP\n"
     "3 | 'Ana Lose Taufa | 47 F | Tu'anekivale | PNH-41760 | 6/6 / 6/6 | R0 M0 / R0 M0 | annual | SM\n"
     "4 | Viliami Tu'ipulotu | 71 M | Pangaimotu | PNH-10893 | 6/24 / HM | R2 M0 / ungradable (dense cataract) | "
     "cataract list + B-scan | AP\n"
     "5 | Losaline Vake | 55 F | Taoa | PNH-38842 | 6/12 / 6/9 | R1 M1 / R1 M0 | OCT at Vaiola | SM\n"
     "\n"
     "Notes: No 2 (Mele) missed her appointment in June because she stayed in Nuku'alofa for the Heilala Festival; "
     "her son Tevita (+676 77 48219) will bring her on the 'Otuanga'ofa ferry on Tuesday 26 August. No 4 attends the "
     "Free Wesleyan Church in Pangaimotu - the minister helped with the recall. Results given to the NCD nurse, "
     "Kalolaine Fonua, Neiafu.\n"
     "Signed: Dr 'Aisea Pulu-Taufa, Ophthalmologist | TMDC reg. 0318",
     [("HOSPITAL", ["Vaiola Hospital"]), ("HOSPITAL", ["Prince Ngu Hospital"]), ("LOCATION", ["Neiafu"]),
      ("LOCATION", ["Vava'u"]), ("DATE", ["18-22 August 2025"]), ("SERIAL", ["2418573"]), ("NAME", ["Salote", "Mafi"]),
      ("NAME", ["SM"]), ("NAME", ["'Aisea", "Pulu-Taufa"]), ("NAME", ["AP"]), ("NAME", ["Sione", "Havili", "Fifita"]),
      ("LOCATION", ["Leimatu'a"]), ("MRN", ["PNH-30417"]), ("NAME", ["Mele", "Kaufusi"]), ("LOCATION", ["Holonga"]),
      ("MRN", ["PNH-22981"]), ("NAME", ["'Ana Lose", "Taufa"]), ("LOCATION", ["Tu'anekivale"]), ("MRN", ["PNH-41760"]),
      ("NAME", ["Viliami", "Tu'ipulotu"]), ("LOCATION", ["Pangaimotu"]), ("MRN", ["PNH-10893"]),
      ("NAME", ["Losaline", "Vake"]), ("LOCATION", ["Taoa"]), ("MRN", ["PNH-38842"]), ("DATE", ["June"]),
      ("LOCATION", ["Nuku'alofa"]), ("DATE", ["Heilala Festival"]), ("NAME", ["Tevita"]), ("PHONE", ["+676 77 48219"]),
      ("DATE", ["Tuesday 26 August"]), ("LOCATION", ["Free Wesleyan Church in Pangaimotu"]),
      ("NAME", ["Kalolaine", "Fonua"]), ("LICENCE", ["0318"])],
     ["Topcon NW400", "Scottish Diabetic Retinopathy Grading Scheme", "6/9", "R1 M0", "6/60", "R3A M1",
      "anti-VEGF (Avastin 1.25 mg)", "PRP", "HbA1c 11.2%", "dense cataract", "B-scan", "OCT"]),

    # 38 - Guyana, Region 7 (Bartica, Cuyuni-Mazaruni goldfields): malaria clinic register for mining camps
    ("MINISTRY OF HEALTH, GUYANA - Vector Control Services, Region 7 (Cuyuni-Mazaruni)\n"
     "Bartica Regional Hospital Malaria Clinic | 2nd Avenue, Bartica | tel 455-2308\n"
     "MALARIA CASE REGISTER - week of 14 to 18 July 2025 (backlog after Caricom Day)\n"
     "\n"
     "Date | Name | Age/Sex | Camp / landing | RDT | Smear (species, density/uL) | Treatment | By\n"
     "14/07 | Ramesh Persaud | 34 M | Puruni, Sandaka backdam | Pf+ | P. falciparum 12,480 | Coartem 6 doses + "
     "primaquine 0.25 mg/kg single dose | SA\n"
     "14/07 | Leon 'Shortman' Fraser | 41 M | Aranka, Kaburi landing | Pv+ | P. vivax 3,200 | chloroquine + "
     "primaquine 0.5 mg/kg x 7 days (G6PD normal) | SA\n"
     "15/07 | Joaquín Rodríguez Mata | 29 M | Kurupung (came over from Tumeremo, Venezuela) | Pf+ | P. falciparum "
     "86,000, schizonts seen | severe malaria per WHO criteria - IV artesunate 2.4 mg/kg, referred | DH\n"
     "16/07 | Sharmila Singh-Ramdeen | 26 F | cook, Eagle Mountain camp | neg | neg | not malaria - to OPD | DH\n"
     "17/07 | Clyde Benjamin | 52 M | Puruni | Pv+ | P. vivax 900 (relapse, treated in Phagwah week) | chloroquine + "
     "primaquine x 14 days, DOT by camp medic | SA\n"
     "\n"
     "Referral: Mr Rodríguez Mata (no ID; Venezuelan cédula V-24.817.306 seen) to Georgetown Public Hospital by "
     "speedboat to Parika, then ambulance PAB 7314; escorted by Nurse Deborah Tull. Interpreter by phone: Ms Yusleidy "
     "Marcano, 600-4172.\n"
     "Camp owner at Aranka (Mr Dhanraj Sukhu, 621-8830) agreed to bed nets and a test-and-treat kit for the camp.\n"
     "Compiled: MEDEX Shondell Adams (SA) and Health Visitor Dwayne Hinds (DH)",
     [("HOSPITAL", ["Bartica Regional Hospital"]), ("ADDRESS", ["2nd Avenue"]), ("LOCATION", ["Bartica"]),
      ("PHONE", ["455-2308"]), ("DATE", ["14 to 18 July 2025"]), ("DATE", ["Caricom Day"]), ("DATE", ["14/07"]),
      ("NAME", ["Ramesh", "Persaud"]), ("LOCATION", ["Puruni"]), ("LOCATION", ["Sandaka"]), ("NAME", ["SA"]),
      ("NAME", ["Leon", "Shortman", "Fraser"]), ("LOCATION", ["Aranka"]), ("LOCATION", ["Kaburi"]), ("DATE", ["15/07"]),
      ("NAME", ["Joaquín", "Rodríguez Mata"]), ("LOCATION", ["Kurupung"]), ("LOCATION", ["Tumeremo"]), ("NAME", ["DH"]),
      ("DATE", ["16/07"]), ("NAME", ["Sharmila", "Singh-Ramdeen"]), ("LOCATION", ["Eagle Mountain"]),
      ("DATE", ["17/07"]), ("NAME", ["Clyde", "Benjamin"]), ("DATE", ["Phagwah"]), ("ID", ["V-24.817.306"]),
      ("HOSPITAL", ["Georgetown Public Hospital"]), ("LOCATION", ["Parika"]), ("PLATE", ["PAB 7314"]),
      ("NAME", ["Deborah", "Tull"]), ("NAME", ["Yusleidy", "Marcano"]), ("PHONE", ["600-4172"]),
      ("NAME", ["Dhanraj", "Sukhu"]), ("PHONE", ["621-8830"]), ("NAME", ["Shondell", "Adams"]),
      ("NAME", ["Dwayne", "Hinds"])],
     ["P. falciparum 12,480", "Coartem", "primaquine 0.25 mg/kg", "P. vivax 3,200", "G6PD normal", "schizonts seen",
      "severe malaria per WHO criteria", "IV artesunate 2.4 mg/kg", "chloroquine", "bed nets"]),

    # 39 - Bangladesh, Sylhet (Golapganj): serious AEFI case investigation after typhoid conjugate vaccine
    ("GOVERNMENT OF THE PEOPLE'S REPUBLIC OF BANGLADESH - DGHS, Expanded Programme on Immunization\n"
     "SERIOUS AEFI CASE INVESTIGATION FORM | Case ID BD-SYL-AEFI-25-0091 | Investigation: 16/10/2025\n"
     "Child: Tahmina Akter Ruma | 7 F | DOB 21/03/2018 | Birth registration no. 20189111248173092\n"
     "Father: Md. Abdul Kuddus, rickshaw puller, mobile 01712-483906 | Mother: Mst. Rokeya Begum\n"
     "Address: Vill. Dhaka Dakshin, Union Dhaka Dakshin, Upazila Golapganj, Dist. Sylhet\n"
     "Session site: Dhaka Dakshin Govt. Primary School (TCV campaign, school session), the week after Durga Puja\n"
     "\n"
     "Vaccine: typhoid conjugate vaccine (Typbar-TCV) 0.5 mL IM, left deltoid, 10:20 on 14/10/2025; vaccinator "
     "Health Assistant Jahanara Khatun (JK). Same vial used for 9 other children - none had a reaction.\n"
     "Event: 10:35 pallor, limp, unresponsive for about 1 minute after standing in the queue since 08:00 without "
     "breakfast; no urticaria, no wheeze, no vomiting. BP 70/40 (lying), pulse 56, SpO2 96%. Adrenaline 0.15 mg IM "
     "given by JK per the anaphylaxis kit. Recovered in 5 min.\n"
     "Taken by CNG auto-rickshaw (Sylhet-Tha 11-4827) to Sylhet MAG Osmani Medical College Hospital, paediatric ward; "
     "observed 24 h; normal; discharged 15/10/2025.\n"
     "Causality (WHO AEFI causality assessment): B? - most consistent with an immunization stress-related response "
     "(ISRR) with vasovagal syncope; anaphylaxis unlikely (Brighton criteria not met). Vaccine and vial quality "
     "issues excluded.\n"
     "Investigators: Dr Farhana Chowdhury-Rahman, UH&FPO Golapganj (BMDC A-62093); Mr Ripon Das, EPI Superintendent "
     "| Report to the civil surgeon, Sylhet",
     [("ID", ["BD-SYL-AEFI-25-0091"]), ("DATE", ["16/10/2025"]), ("NAME", ["Tahmina", "Akter", "Ruma"]),
      ("DATE", ["21/03/2018"]), ("ID", ["20189111248173092"]), ("NAME", ["Abdul Kuddus"]), ("PHONE", ["01712-483906"]),
      ("NAME", ["Rokeya", "Begum"]), ("LOCATION", ["Dhaka Dakshin"]), ("LOCATION", ["Golapganj"]),
      ("LOCATION", ["Sylhet"]), ("LOCATION", ["Dhaka Dakshin Govt. Primary School"]), ("DATE", ["Durga Puja"]),
      ("DATE", ["14/10/2025"]), ("NAME", ["Jahanara", "Khatun"]), ("NAME", ["JK"]), ("PLATE", ["Sylhet-Tha 11-4827"]),
      ("HOSPITAL", ["Sylhet MAG Osmani Medical College Hospital"]), ("DATE", ["15/10/2025"]),
      ("NAME", ["Farhana", "Chowdhury-Rahman"]), ("LICENCE", ["A-62093"]), ("NAME", ["Ripon", "Das"])],
     ["Typbar-TCV", "0.5 mL IM", "BP 70/40", "SpO2 96%", "Adrenaline 0.15 mg IM",
      "immunization stress-related response", "ISRR", "vasovagal syncope", "Brighton criteria not met",
      "WHO AEFI causality assessment"]),
]
