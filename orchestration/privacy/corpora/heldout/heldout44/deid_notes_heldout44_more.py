"""Notes 12-23 of the forty-fourth HELD-OUT set (see :mod:`deid_notes_heldout44` for how it was written and what it
holds).

These 12 notes hold 471 planted identifier parts in 399 (kind, parts) entries and 223 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 12, a dermatology skin cancer prevention outreach record for a
fisherman with albinism, actinic keratoses and a suspected squamous cell carcinoma, and his daughter (Tanzania, Mwanza
region: Ukerewe island, Nansio, Ilangala and Bwiro); 14, an emergency room record of a stonefish envenomation in a tour
guide (Palau: Koror, Malakal and the Rock Islands); 16, a wheelchair and seating service home assessment record for a
powered wheelchair user with secondary progressive multiple sclerosis (Scotland, Dumfries and Galloway: Dumfries,
Stoneykirk and Stranraer); 18, a pre-Hajj health screening form at a government health clinic, with Malay labels
(Malaysia, Terengganu: Kuala Nerus, Seberang Takir and Batu Rakit); 20, an inpatient geriatric medicine consultation for
delirium in a woman aged 93 (US, Rhode Island: Providence, Harmony, Chepachet and Woonsocket); 22, a GP notification
letter of leptospirosis in a dairy farm worker to the Medical Officer of Health (New Zealand, Southland: Gore, Waikaka,
Riversdale and Balfour); 23, a hand trauma clinic letter to a GP after a zone II flexor tendon and digital nerve injury
in a trawlerman (Northern Ireland, Co. Down: Kilkeel and Annalong, with surgery at Dundonald). In Greek: 13, a health
centre transfer report for an air transfer to Athens of a woman aged 96 with an intracapsular hip fracture (Dodecanese,
Karpathos: Pigadia and Olympos). In Korean: 15, a county health and medical centre transfer referral by helicopter for a
man aged 94 with acute urinary retention and urosepsis (North Gyeongsang, Ulleungdo: Ulleung-eup, the Nari basin and
Jeodong). In Hebrew: 17, an internal medicine discharge letter for an attack of familial Mediterranean fever after
stopping colchicine (Haifa district: Haifa, Nesher and Hadar). In Ukrainian: 19, an anti-rabies care record with
category III post-exposure prophylaxis after a rabid fox attack (Poltava oblast: Poltava, Dykanka and Velyki Budyshcha).
In simplified Chinese: 21, a hepatobiliary surgery discharge record for hepatic cystic echinococcosis in a Tibetan
herder (Qinghai: Golog prefecture, Maqen county, Xueshan township; Xining). Entries per kind here: NAME 84, DATE 68,
LOCATION 63, PHONE 37, ID 31, HOSPITAL 25, ADDRESS 19, POSTCODE 16, LICENCE 12, PLATE 9, EMAIL 8, MRN 7, URL 6, SERIAL
4, AGE 4, DOB90 3, HANDLE 2, CODE 1.
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Tanzania, Mwanza region (Ukerewe island, Nansio and Ilangala): dermatology outreach clinic record for a
    # fisherman with albinism, actinic keratoses and a suspected squamous cell carcinoma
    ("BUGANDO MEDICAL CENTRE - Department of Dermatology\n"
     "Skin Cancer Prevention Outreach at Ukerewe District Hospital, Nansio | derm.outreach@bugando-example.ac.tz\n"
     "OUTREACH CLINIC RECORD - PERSON WITH ALBINISM | Clinic day 14 March 2026 | Reg. no. UKR/ALB/087\n"
     "Client: Zakayo Masanja Mabula | 34 M | DOB 12.04.1991 | NIDA 19910412-33107-00002-19 | NHIF 101993347861\n"
     "Residence: Kijiji cha Bwiro, Kata ya Ilangala, Wilaya ya Ukerewe | mobile +255 754 555 218\n"
     "Wife: Rehema, +255 768 555 430. Brother Deus Masanja in Kakukuru keeps the boat. Daughter Furaha (6 y) also "
     "has albinism - seen today, registered "
     "UKR/ALB/088.\n"
     "\n"
     "Works: dagaa fisherman on Lake Victoria, night fishing but mends nets in the day without cover. Previous SCC of "
     "the lower lip excised at Bugando in 2023. Kilisun ran out in December; no supply since.\n"
     "Known oculocutaneous albinism (clinically OCA2), nystagmus, photophobia; VA 6/60 both eyes.\n"
     "Exam: Fitzpatrick type I, marked solar elastosis, freckles and lentigines. 11 actinic keratoses (forehead, "
     "both ears, dorsal hands). L pinna: 1.4 cm ulcerated keratotic nodule, indurated - suspicious for squamous cell "
     "carcinoma. R dorsal hand: 2 cm scaly plaque, ?Bowen's disease. No palpable cervical nodes.\n"
     "Procedures: cryotherapy with liquid nitrogen (CryoPro unit serial CP-2210457), double freeze-thaw (10 s), to 9 "
     "AKs. Punch biopsy 4 mm of the L "
     "pinna nodule and R hand plaque, sent to Bugando histopathology (lab no. H-26-01184).\n"
     "Plan:\n"
     "  1. Excision of the L pinna lesion with 4 mm margins at Bugando - booked 02/04/2026; transport with the "
     "outreach Land Cruiser T 418 DKM from the Nansio ferry.\n"
     "  2. 5-fluorouracil 5% cream BD for 3 weeks to the dorsal hands if biopsy benign.\n"
     "  3. Kilisun SPF 50 - 3 bottles each for him and Furaha; wide-brimmed hat and long sleeves issued; avoid sun "
     "10:00-16:00.\n"
     "  4. Low-vision clinic for magnifier; school letter for Furaha (front row, large print).\n"
     "  5. Safety: family worried after the attacks in the Lake Zone; linked with the Ukerewe Albinism Society chair, "
     "Mzee Josephat Lubasha (+255 713 555 902).\n"
     "Seen by Dr Elias Kazimoto Mshana, Dermatologist (MCT reg. 7184) with Sr Agnes Tibaijuka (TNMC RN 21337).",
     [("HOSPITAL", ["BUGANDO MEDICAL CENTRE", "Bugando"]), ("HOSPITAL", ["Ukerewe District Hospital"]),
      ("LOCATION", ["Nansio"]), ("EMAIL", ["derm.outreach@bugando-example.ac.tz", "derm.outreach"]),
      ("DATE", ["14 March 2026"]), ("MRN", ["UKR/ALB/087"]), ("NAME", ["Zakayo", "Masanja", "Mabula"]),
      ("DATE", ["12.04.1991"]), ("ID", ["19910412-33107-00002-19"]), ("ID", ["101993347861"]),
      ("LOCATION", ["Bwiro"]), ("LOCATION", ["Ilangala"]), ("LOCATION", ["Ukerewe"]),
      ("PHONE", ["+255 754 555 218"]), ("NAME", ["Rehema"]), ("PHONE", ["+255 768 555 430"]), ("NAME", ["Deus"]),
      ("LOCATION", ["Kakukuru"]), ("NAME", ["Furaha"]),
      ("MRN", ["UKR/ALB/088"]), ("DATE", ["December"]), ("ID", ["H-26-01184"]), ("SERIAL", ["CP-2210457"]),
      ("DATE", ["02/04/2026"]),
      ("PLATE", ["T 418 DKM"]), ("LOCATION", ["Ukerewe Albinism Society"]), ("NAME", ["Josephat", "Lubasha"]),
      ("PHONE", ["+255 713 555 902"]), ("NAME", ["Elias", "Kazimoto", "Mshana"]), ("LICENCE", ["7184"]),
      ("NAME", ["Agnes", "Tibaijuka"]), ("LICENCE", ["21337"])],
     ["SCC of the lower lip", "Kilisun", "oculocutaneous albinism", "OCA2", "nystagmus", "photophobia", "VA 6/60",
      "Fitzpatrick type I", "solar elastosis", "lentigines", "actinic keratoses", "squamous cell carcinoma",
      "Bowen's disease", "cryotherapy with liquid nitrogen", "double freeze-thaw", "Punch biopsy 4 mm",
      "4 mm margins", "5-fluorouracil 5% cream", "SPF 50"]),
    # 13 - Greece, Dodecanese (Karpathos: Pigadia and Olympos): health centre transfer report for an air transfer to
    # Athens, intracapsular hip fracture in a woman aged 96 (Greek; all date elements planted, name day as date)
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΡΠΑΘΟΥ\n"
     "Πηγάδια, 857 00 Κάρπαθος | τηλ. 22450 23117 | fax 22450 23119\n"
     "ΕΚΘΕΣΗ ΔΙΑΚΟΜΙΔΗΣ - ΠΑΡΑΠΕΜΠΤΙΚΟ | Δευτέρα 27 Οκτωβρίου 2025, 07:15 | Αρ. πρωτ. 1884\n"
     "\n"
     "Ασθενής: Καλλιόπη Χατζηπαπά του Μηνά (κυρα-Πόπη), 96 ετών, γεν. 12/03/1929, ΑΜΚΑ 12032901857\n"
     "Κάτοικος Ολύμπου Καρπάθου. Συνοδός: ο γιος της Γιάννης Χατζηπαπάς, κιν. 6945 118 207. Εγγονή Ειρήνη στον "
     "Πειραιά (6977 402 315) θα την περιμένει.\n"
     "\n"
     "Ιστορικό: ανήμερα του Αγίου Δημητρίου (26/10) γύρω στις 21:00 γλίστρησε στο σκαλί του σοφά στο σπίτι της στην "
     "Όλυμπο και δεν μπορούσε να σηκωθεί. Μεταφέρθηκε με το ασθενοφόρο του Κέντρου Υγείας (ΚΗΥ 4127) από τον "
     "οδηγό Σταμάτη. Ζει μόνη από το 1987 που πέθανε ο σύζυγος· έζησε στη Βαλτιμόρη τη δεκαετία του '60. Αντιγριπικό "
     "τον Σεπτέμβριο. Κατέβηκε στα Πηγάδια τελευταία φορά το Πάσχα.\n"
     "ΑΠ: κολπική μαρμαρυγή σε apixaban 2,5 mg x 2 (τελευταία δόση 26/10 08:00), υπέρταση, ήπια άνοια, βαρηκοΐα.\n"
     "Εξέταση: ΑΠ 150/80 mmHg, σφύξεις 96/min άρρυθμες, SpO2 95%, Θ 36,4 °C. Δεξί κάτω άκρο σε βράχυνση και έξω "
     "στροφή, έντονος πόνος στην παθητική κίνηση του ισχίου. Περιφερικές σφύξεις ψηλαφητές.\n"
     "Ακτινογραφία ισχίων: διαυχενικό κάταγμα δεξιού μηριαίου, Garden IV.\n"
     "Εργαστηριακά: Hb 10,8 g/dL, INR 1,1, κρεατινίνη 1,3 mg/dL, K 4,6 mmol/L.\n"
     "Κλίμακες: Clinical Frailty Scale 6, 4AT 3, Norton 12.\n"
     "Αγωγή: fascia iliaca block με λεβοβουπιβακαΐνη 0,25% 30 mL, παρακεταμόλη 1 g IV, N/S 0,9% 500 mL, "
     "καθετήρας Foley 14 Fr, αντιεμβολικές κάλτσες στο αριστερό.\n"
     "\n"
     "Διακομιδή: αεροδιακομιδή ΕΚΑΒ (SX-KTR) από τον Αερολιμένα Καρπάθου στο Γ.Ν.Α. «ΚΑΤ», Κηφισιά, Ορθοπαιδική "
     "Κλινική - συνεννόηση με την εφημερεύουσα Δρ Αριάδνη Σφακιανάκη (τηλ. 213 555 0147).\n"
     "\n"
     "Ο ιατρός\n"
     "Νικηφόρος Διακογεωργίου, Γενικός Ιατρός - Ιατρικός Σύλλογος Δωδεκανήσου, ΑΜ 1128\n"
     "Νοσηλεύτρια βάρδιας: Ε.Φ.",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΡΠΑΘΟΥ", "Κέντρου Υγείας"]), ("LOCATION", ["Πηγάδια"]),
      ("POSTCODE", ["857 00"]), ("LOCATION", ["Κάρπαθος", "Καρπάθου"]), ("PHONE", ["22450 23117"]),
      ("PHONE", ["22450 23119"]), ("DATE", ["27 Οκτωβρίου 2025"]), ("ID", ["1884"]),
      ("NAME", ["Καλλιόπη", "Χατζηπαπά"]), ("NAME", ["Μηνά"]), ("NAME", ["Πόπη"]), ("AGE", ["96 ετών"]),
      ("DOB90", ["12/03/1929", "1929"]), ("ID", ["12032901857"]), ("LOCATION", ["Ολύμπου", "Όλυμπο"]),
      ("NAME", ["Γιάννης", "Χατζηπαπάς"]), ("PHONE", ["6945 118 207"]), ("NAME", ["Ειρήνη"]),
      ("LOCATION", ["Πειραιά"]), ("PHONE", ["6977 402 315"]), ("DATE", ["Αγίου Δημητρίου"]), ("DATE", ["26/10"]),
      ("PLATE", ["ΚΗΥ 4127"]), ("NAME", ["Σταμάτη"]), ("DATE", ["1987"]), ("LOCATION", ["Βαλτιμόρη"]),
      ("DATE", ["τη δεκαετία του '60"]), ("DATE", ["Σεπτέμβριο"]), ("DATE", ["Πάσχα"]), ("PLATE", ["SX-KTR"]),
      ("LOCATION", ["Αερολιμένα Καρπάθου"]), ("HOSPITAL", ["Γ.Ν.Α. «ΚΑΤ»"]), ("LOCATION", ["Κηφισιά"]),
      ("NAME", ["Αριάδνη", "Σφακιανάκη"]), ("PHONE", ["213 555 0147"]), ("NAME", ["Νικηφόρος", "Διακογεωργίου"]),
      ("LICENCE", ["1128"]), ("NAME", ["Ε.Φ."])],
     ["κολπική μαρμαρυγή", "apixaban 2,5 mg x 2", "ήπια άνοια", "ΑΠ 150/80 mmHg", "SpO2 95%", "Θ 36,4 °C",
      "βράχυνση και έξω στροφή", "διαυχενικό κάταγμα δεξιού μηριαίου", "Garden IV", "Hb 10,8 g/dL", "INR 1,1",
      "κρεατινίνη 1,3 mg/dL", "Clinical Frailty Scale 6", "4AT 3", "Norton 12", "fascia iliaca block",
      "λεβοβουπιβακαΐνη 0,25% 30 mL", "παρακεταμόλη 1 g IV", "N/S 0,9% 500 mL", "καθετήρας Foley 14 Fr"]),
    # 14 - Palau (Koror, Malakal, the Rock Islands): emergency room record, stonefish envenomation in a tour guide
    ("BELAU NATIONAL HOSPITAL - EMERGENCY ROOM\n"
     "P.O. Box 6027, Koror, Republic of Palau 96940 | ER (680) 488-5517\n"
     "ER RECORD | 12/06/2025 15:40 | Triage ESI 3 | BNH No. 0349218\n"
     "Patient: Dilbei Ngiraibuuch ('Dilly') | 29 F | DOB 07/21/1996 | Palau Social Security 088-412-36 | "
     "Palau Health Insurance PHI-0771842\n"
     "Address: Ngerchemai hamlet, Koror | cell 775-2291 | Instagram @dilly.dives.palau\n"
     "Employer: Rock Islands Reefwalkers, Malakal (tour guide) - manager Kemal Skebong, 779-4410, "
     "www.reefwalkers-example.pw, "
     "ops@reefwalkers-example.pw\n"
     "\n"
     "HPI: ~14:10 today stepped on a stonefish while wading with a tour group on the reef flat at Long Beach, Rock "
     "Islands. Immediate excruciating pain R sole, swelling to the ankle. Boat PW-1184 (captain Rdechor) ran her to "
     "the Malakal dock; taxi to BNH. Her mother Ebil came in with her.\n"
     "O/E: HR 108, BP 142/90, RR 18, SpO2 99%, T 37.1. Pain NRS 9/10. Two puncture wounds R plantar forefoot with "
     "bluish discoloration, oedema to the ankle, no ascending lymphangitis. No hypotension, no dyspnoea, no "
     "weakness.\n"
     "XR foot: no radio-opaque foreign body.\n"
     "Dx: Stonefish envenomation (Synanceia verrucosa), R foot.\n"
     "Tx: hot water immersion 45 °C for 90 min (temp checked on the unaffected foot) -> NRS 3/10; posterior tibial "
     "nerve block with lidocaine 1% 5 mL; morphine 4 mg IV x1; wounds irrigated and explored, no spine fragment. "
     "Stonefish antivenom not indicated. Tdap 0.5 mL IM. Doxycycline 100 mg BD x 5 days (marine wound, Vibrio "
     "cover).\n"
     "Dispo: home 20:15. Wound check at the BNH Family Clinic on Dec 8; return at once for fever, spreading "
     "redness or signs of compartment syndrome. Work note: off duty until 12/10/2025; employer incident report "
     "RR-IR-0712.\n"
     "Dr. Tutii Rengiil-Sugiyama, MD (Palau MOH license MD-0448) | RN H.K.",
     [("HOSPITAL", ["BELAU NATIONAL HOSPITAL", "BNH"]), ("ADDRESS", ["P.O. Box 6027"]), ("LOCATION", ["Koror"]),
      ("POSTCODE", ["96940"]), ("PHONE", ["(680) 488-5517", "488-5517"]), ("DATE", ["12/06/2025"]),
      ("MRN", ["0349218"]), ("NAME", ["Dilbei", "Ngiraibuuch"]), ("NAME", ["Dilly"]), ("DATE", ["07/21/1996"]),
      ("ID", ["088-412-36"]), ("ID", ["PHI-0771842"]), ("LOCATION", ["Ngerchemai"]), ("PHONE", ["775-2291"]),
      ("HANDLE", ["@dilly.dives.palau", "dilly.dives.palau"]), ("LOCATION", ["Rock Islands Reefwalkers"]),
      ("LOCATION", ["Malakal"]), ("NAME", ["Kemal", "Skebong"]), ("PHONE", ["779-4410"]),
      ("URL", ["www.reefwalkers-example.pw"]),
      ("EMAIL", ["ops@reefwalkers-example.pw"]), ("LOCATION", ["Long Beach"]), ("LOCATION", ["Rock Islands"]),
      ("PLATE", ["PW-1184"]), ("NAME", ["Rdechor"]), ("NAME", ["Ebil"]), ("DATE", ["Dec 8"]),
      ("DATE", ["12/10/2025"]), ("ID", ["RR-IR-0712"]), ("NAME", ["Tutii", "Rengiil-Sugiyama"]),
      ("LICENCE", ["MD-0448"]),
      ("NAME", ["H.K."])],
     ["Triage ESI 3", "stonefish", "reef flat", "NRS 9/10", "puncture wounds", "BP 142/90", "lymphangitis",
      "XR foot: no radio-opaque foreign body", "Stonefish envenomation", "Synanceia verrucosa",
      "hot water immersion 45 °C for 90 min", "NRS 3/10", "posterior tibial nerve block", "lidocaine 1% 5 mL",
      "morphine 4 mg IV", "Stonefish antivenom", "Tdap 0.5 mL IM", "Doxycycline 100 mg BD x 5 days", "Vibrio",
      "compartment syndrome"]),
    # 15 - South Korea, North Gyeongsang (Ulleungdo: Ulleung-eup, Nari basin, Jeo-dong): county health and medical
    # centre transfer referral by helicopter, acute urinary retention with urosepsis in a man aged 94 (Korean; all
    # date elements planted, Seollal as a date)
    ("진료의뢰서 (전원)\n"
     "울릉군보건의료원 | 경상북도 울릉군 울릉읍 보건의료원길 17 (우편번호 40221) | 응급실 054-791-6120\n"
     "의뢰일: 2025년 12월 3일 04:40\n"
     "받는 곳: 포항세명기독병원 비뇨의학과 당직 선생님께\n"
     "\n"
     "환자: 최만복 (남, 94세) | 1931년 3월 2일생 | 주민등록번호 310302-1567146 | 건강보험 증번호 51208847213\n"
     "주소: 울릉군 북면 나리 12 (나리분지) | 자택 054-791-3348\n"
     "보호자: 아들 최바다 (저동항 오징어배 선장) 010-4482-7719 / 딸 최순옥 (대구 수성구) 010-9013-2250\n"
     "\n"
     "병력: 전립선비대증 (탐스로신 0.2 mg), 2019년 뇌경색 (후유증 경미). 1970년대 오징어잡이 선원. 지난 설날 이후 "
     "거동이 줄어 집 안에서만 생활.\n"
     "현병력: 11월 30일부터 배뇨 곤란, 12월 2일 밤부터 소변이 전혀 나오지 않고 하복부 팽만, 오한 동반 발열.\n"
     "진찰: 혈압 88/52 mmHg, 맥박 118회/분, 체온 38.9 ℃, 의식 혼미 (평소 K-MMSE 17/30). 치골상부 방광 팽만, "
     "압통. CFS 7.\n"
     "처치: 방광스캐너(일련번호 BVI94-31187)로 확인 후 Foley 카테터 16Fr 삽입 - 잔뇨 920 mL, 경미한 decompression hematuria. 생리식염수 1,000 mL, "
     "세프트리악손 2 g IV, 혈액배양 2쌍 채취 후 투여.\n"
     "검사: WBC 18,900/μL, Cr 2.1 mg/dL, 프로칼시토닌 12.4 ng/mL, 소변 그람염색 Gram-negative rods (E. coli 의심). "
     "qSOFA 2점.\n"
     "인상: 급성 요폐에 동반된 요로패혈증, 급성 신손상\n"
     "이송: 기상 악화로 여객선 결항 - 경북소방 헬기 HL9658 로 사동 헬기장에서 05:30 이륙 예정. 아들 동승.\n"
     "\n"
     "울릉군보건의료원 공중보건의사(내과) 정여름 (면허번호 제138842호) | 담당 간호사 K.B.",
     [("HOSPITAL", ["울릉군보건의료원"]), ("LOCATION", ["울릉군", "울릉읍"]), ("ADDRESS", ["보건의료원길 17"]),
      ("POSTCODE", ["40221"]), ("PHONE", ["054-791-6120"]), ("DATE", ["2025년 12월 3일"]),
      ("HOSPITAL", ["포항세명기독병원"]), ("NAME", ["최만복"]), ("AGE", ["94세"]),
      ("DOB90", ["1931년 3월 2일생", "1931년 3월 2일"]), ("ID", ["310302-1567146"]), ("ID", ["51208847213"]),
      ("LOCATION", ["북면"]), ("ADDRESS", ["나리 12"]), ("LOCATION", ["나리분지"]), ("PHONE", ["054-791-3348"]),
      ("NAME", ["최바다"]), ("LOCATION", ["저동항"]), ("PHONE", ["010-4482-7719"]), ("NAME", ["최순옥"]),
      ("LOCATION", ["대구 수성구"]), ("PHONE", ["010-9013-2250"]), ("DATE", ["2019년"]), ("DATE", ["1970년대"]),
      ("DATE", ["설날"]), ("DATE", ["11월 30일"]), ("DATE", ["12월 2일"]), ("SERIAL", ["BVI94-31187"]), ("PLATE", ["HL9658"]),
      ("LOCATION", ["사동 헬기장"]), ("NAME", ["정여름"]), ("LICENCE", ["138842"]), ("NAME", ["K.B."])],
     ["전립선비대증", "탐스로신 0.2 mg", "혈압 88/52 mmHg", "체온 38.9 ℃", "K-MMSE 17/30", "방광 팽만", "CFS 7", "Foley 카테터 16Fr",
      "잔뇨 920 mL", "decompression hematuria", "세프트리악손 2 g IV", "혈액배양 2쌍", "WBC 18,900/μL", "Cr 2.1 mg/dL",
      "프로칼시토닌 12.4 ng/mL", "Gram-negative rods", "qSOFA 2점", "급성 요폐", "요로패혈증", "급성 신손상"]),
    # 16 - Scotland, Dumfries and Galloway (Dumfries; Stoneykirk and Stranraer in the Rhins): wheelchair and seating
    # service home assessment record, powered wheelchair review in secondary progressive MS
    ("NHS Dumfries and Galloway - Wheelchair and Seating Service\n"
     "Mountainhall Treatment Centre, Bankend Road, Dumfries DG1 4AP | 01632 960 802 | "
     "dg.wheelchairs@dg-example.scot.nhs.uk\n"
     "ASSESSMENT RECORD - POWERED WHEELCHAIR REVIEW (home visit) | 21/01/2026 | ref WSS-26-0142\n"
     "Client: Mr Alasdair (Ally) McCubbin | 47 | DOB 17/06/1978 | CHI 170678 4317\n"
     "Address: 3 Sandhead Road, Stoneykirk, Stranraer DG9 9DQ | key safe 4082 | WAV SN70 GXK\n"
     "GP: Dr Hamish Agnew, Rhins Medical Practice | Neurology: Dr Eilidh Maxwell-Hutton, Dumfries and Galloway Royal "
     "Infirmary\n"
     "Carer: wife Morag (07700 900 731); personal assistant mornings from Galloway Care at Home.\n"
     "\n"
     "Diagnosis: secondary progressive multiple sclerosis, diagnosed 2008; EDSS 7.5. Full-time wheelchair user, "
     "transfers with a ceiling hoist.\n"
     "Current equipment: Quickie Q500 M powered chair, serial Q500M-2291837; Jay J3 cushion.\n"
     "Problems: slides into posterior pelvic tilt through the day; pelvic obliquity (R low 2 cm); category 1 "
     "pressure injury over the sacrum (blanching redness, skin intact); R hip pain after 2 h sitting. Waterlow "
     "score 18.\n"
     "Spasticity: modified Ashworth scale 3 hip adductors; on baclofen 20 mg TDS and fampridine 10 mg BD; "
     "intrathecal baclofen pump to be discussed at neurology.\n"
     "Measurements: seat width 46 cm, seat depth 48 cm, back height 58 cm; popliteal angle 110° R / 100° L; Thomas "
     "test: hip flexion contracture 15° bilaterally.\n"
     "Pressure mapping (Xsensor): peak pressure 182 mmHg at the R ischial tuberosity, 74 mmHg with tilt-in-space 25°.\n"
     "Sitting ability: Chailey levels of sitting ability - level 4.\n"
     "\n"
     "Plan: trial Jay J3 deep contour with an obliquity wedge; lateral thoracic supports; tilt 25° every 30 min with "
     "a joystick timer; powered elevating leg rests; 24-hour postural management with the community OT; ramp for the "
     "back door. Photos at https://dg-seating-example.scot/c/WSS-26-0142. Review 18/03/2026.\n"
     "Isla Crosbie, Occupational Therapist (HCPC OT72218) | Fergus Threave, Rehabilitation Engineer | IC/FT",
     [("HOSPITAL", ["Mountainhall Treatment Centre"]), ("ADDRESS", ["Bankend Road"]),
      ("LOCATION", ["Dumfries", "Galloway"]),
      ("POSTCODE", ["DG1 4AP"]), ("PHONE", ["01632 960 802"]),
      ("EMAIL", ["dg.wheelchairs@dg-example.scot.nhs.uk", "dg.wheelchairs"]), ("DATE", ["21/01/2026"]),
      ("ID", ["WSS-26-0142"]), ("NAME", ["Alasdair", "McCubbin"]), ("NAME", ["Ally"]), ("DATE", ["17/06/1978"]),
      ("ID", ["170678 4317"]), ("ADDRESS", ["3 Sandhead Road"]), ("LOCATION", ["Stoneykirk"]),
      ("LOCATION", ["Stranraer"]), ("POSTCODE", ["DG9 9DQ"]), ("CODE", ["4082"]), ("PLATE", ["SN70 GXK"]),
      ("NAME", ["Hamish", "Agnew"]), ("HOSPITAL", ["Rhins Medical Practice"]), ("NAME", ["Eilidh", "Maxwell-Hutton"]),
      ("HOSPITAL", ["Dumfries and Galloway Royal Infirmary"]), ("NAME", ["Morag"]), ("PHONE", ["07700 900 731"]),
      ("LOCATION", ["Galloway Care at Home"]), ("SERIAL", ["Q500M-2291837"]), ("DATE", ["18/03/2026"]),
      ("URL", ["https://dg-seating-example.scot/c/WSS-26-0142"]),
      ("NAME", ["Isla", "Crosbie"]), ("LICENCE", ["OT72218"]), ("NAME", ["Fergus", "Threave"]),
      ("NAME", ["IC/FT"])],
     ["Wheelchair and Seating Service", "secondary progressive multiple sclerosis", "EDSS 7.5", "Quickie Q500 M",
      "Jay J3", "posterior pelvic tilt", "pelvic obliquity", "category 1 pressure injury", "Waterlow score 18",
      "modified Ashworth scale 3", "baclofen 20 mg TDS", "fampridine 10 mg BD", "intrathecal baclofen pump",
      "popliteal angle 110°", "Thomas test", "hip flexion contracture 15°", "peak pressure 182 mmHg",
      "tilt-in-space 25°", "Chailey levels of sitting ability", "24-hour postural management"]),
    # 17 - Israel, Haifa district (Haifa, Nesher, Hadar): internal medicine discharge letter, attack of familial
    # Mediterranean fever after stopping colchicine (Hebrew, Hebrew calendar dates and Tu B'Av)
    ("הקריה הרפואית רמב״ם - המחלקה לרפואה פנימית ה׳\n"
     "שדרות העלייה השנייה 8, חיפה 3109601 | טל׳ 04-855-2917 | פקס 04-855-2920 | pnimit.h@rambam-example.org.il\n"
     "מכתב שחרור | 12/08/2025 (י״ח באב תשפ״ה)\n"
     "שם: אלון שמש | ת״ז 314578204 | גיל 24 | רחוב ההגנה 12, נשר | נייד 052-6148830\n"
     "קופת חולים כללית, מרפאת נשר, רופאת משפחה ד״ר נאדיה סעאב | מספר אשפוז 2508-44172\n"
     "קרובים: אמו מזל שמש 054-3307185; אחותו רוני\n"
     "תאריך קבלה: 09/08/2025 (ט״ו באב)\n"
     "\n"
     "אבחנות:\n"
     "1. קדחת ים תיכונית משפחתית (FMF) - התקף של פריטוניטיס ופלאוריטיס\n"
     "2. הפסקת טיפול בקולכיצין\n"
     "רקע: FMF מגיל 6, הומוזיגוט M694V בגן MEFV. טופל בקולכיצין 1.5 מ״ג ליום, הפסיק לפני כשלושה חודשים כשעבר לגור "
     "בנשר והתחיל לעבוד במשמרות במסעדת ׳הזית׳ בשכונת הדר.\n"
     "מהלך: התקבל עם כאבי בטן מפושטים, חום 39.2 וכאב פלאוריטי משמאל. CT בטן: מעט נוזל חופשי, ללא אפנדיציטיס. "
     "CRP 186 מ״ג/ל, WBC 16,400, SAA גבוה, שקיעת דם 64. עונה על Tel Hashomer criteria ועל Livneh criteria. "
     "חלבון/קריאטינין בשתן 0.1 - ללא עדות לעמילואידוזיס AA.\n"
     "טיפול: נפרוקסן 500 מ״ג פעמיים ביום, חידוש קולכיצין 2 מ״ג ליום. החום ירד תוך 48 שעות, הכאבים חלפו.\n"
     "המלצות: קולכיצין 2 מ״ג ליום בשתי מנות; אם יחזרו התקפים למרות היענות - לשקול קנאקינומאב (Ilaris) 150 מ״ג. "
     "ספירת דם ותפקודי כבד בעוד חודש; חלבון בשתן כל 6 חודשים. תור במרפאת FMF אצל ד״ר עמית גולדנברג ב-28/09/2025.\n"
     "\n"
     "סיכום זמין לעיון: https://my.rambam-example.org.il/p/2508-44172\n"
     "ד״ר יעל בן-שושן, מתמחה (מ.ר. 1-54872) | פרופ׳ סלים חורי, מנהל המחלקה | הוקלד: י.ב.ש.",
     [("HOSPITAL", ["רמב״ם"]), ("ADDRESS", ["שדרות העלייה השנייה 8"]), ("LOCATION", ["חיפה"]),
      ("POSTCODE", ["3109601"]), ("PHONE", ["04-855-2917"]), ("PHONE", ["04-855-2920"]),
      ("EMAIL", ["pnimit.h@rambam-example.org.il"]),
      ("DATE", ["12/08/2025"]), ("DATE", ["י״ח באב תשפ״ה"]), ("NAME", ["אלון", "שמש"]), ("ID", ["314578204"]),
      ("ADDRESS", ["רחוב ההגנה 12"]), ("LOCATION", ["נשר"]), ("PHONE", ["052-6148830"]), ("NAME", ["נאדיה", "סעאב"]),
      ("MRN", ["2508-44172"]),
      ("NAME", ["מזל"]), ("PHONE", ["054-3307185"]), ("NAME", ["רוני"]), ("DATE", ["09/08/2025"]),
      ("DATE", ["ט״ו באב"]), ("LOCATION", ["מסעדת ׳הזית׳"]), ("LOCATION", ["שכונת הדר", "הדר"]),
      ("NAME", ["עמית", "גולדנברג"]),
      ("DATE", ["28/09/2025"]), ("URL", ["https://my.rambam-example.org.il/p/2508-44172"]),
      ("NAME", ["יעל", "בן-שושן"]), ("LICENCE", ["1-54872"]), ("NAME", ["סלים", "חורי"]),
      ("NAME", ["י.ב.ש."])],
     ["קדחת ים תיכונית משפחתית (FMF)", "פריטוניטיס", "פלאוריטיס", "הפסקת טיפול בקולכיצין", "M694V", "MEFV",
      "קולכיצין 1.5 מ״ג ליום", "חום 39.2", "ללא אפנדיציטיס", "CRP 186 מ״ג/ל", "WBC 16,400", "SAA", "שקיעת דם 64",
      "Tel Hashomer criteria", "Livneh criteria", "חלבון/קריאטינין בשתן 0.1", "עמילואידוזיס AA", "נפרוקסן 500 מ״ג",
      "קולכיצין 2 מ״ג ליום", "קנאקינומאב (Ilaris) 150 מ״ג"]),
    # 18 - Malaysia, Terengganu (Kuala Nerus: Seberang Takir, Batu Rakit; Kuala Terengganu): pre-Hajj health
    # screening form at a government health clinic (English with Malay labels)
    ("KLINIK KESIHATAN SEBERANG TAKIR, 21300 Kuala Nerus, Terengganu | 09-555 6140 | "
     "kkseberangtakir@moh-example.gov.my\n"
     "BORANG PEMERIKSAAN KESIHATAN JEMAAH HAJI - Pre-Hajj Health Screening\n"
     "Tarikh / Date: 19/01/2026 | No. Rujukan KKST/HAJI/0447\n"
     "Jemaah: Che Gayah binti Mamat | 66 F | MyKad 590823-11-5126 | Tabung Haji no. TH-0194772318 | "
     "Flight group KT-27\n"
     "Alamat: Lot 1128, Kampung Batu Rakit, 21020 Kuala Nerus | tel 013-928 4417\n"
     "Mahram: husband Haji Muda bin Awang (MyKad 560411-11-5339, 013-772 0938), drives her in (car TBN 4127); son "
     "Zulkifli in Shah Alam.\n"
     "\n"
     "History: T2DM since 2011, hypertension, OA both knees. Echo at Hospital Sultanah Nur Zahirah in 2024: EF 60%, "
     "no valve disease. No admissions since Hari Raya Aidilfitri last year.\n"
     "Medications: metformin 1 g BD, gliclazide MR 60 mg OD, amlodipine 10 mg OD.\n"
     "Examination: BP 142/86, HR 78, BMI 29.8. Feet: monofilament intact, no ulcers, callus R hallux.\n"
     "Investigations: HbA1c 7.4%, FBS 7.8 mmol/L, eGFR 68, urine protein negative, ECG: sinus rhythm, CXR normal.\n"
     "Function: 6-minute walk test 380 m with knee pain at the end; Katz ADL 6/6.\n"
     "Tahap Kesihatan: Tahap 2 (fit to perform Hajj with conditions - wheelchair for tawaf if knees flare).\n"
     "Vaccination: meningococcal ACWY conjugate (Menactra) 0.5 mL IM L deltoid, batch U7782AA; influenza (Vaxigrip "
     "Tetra) 0.5 mL IM; PCV13 offered - accepted. International Certificate of Vaccination no. ICV-TRG-2026-044817.\n"
     "Advice: heat stroke and dehydration in Mina and Arafah, diabetic foot care (no barefoot walking), carry glucose "
     "tablets, medication letter in English and Arabic. If she fasts in Ramadan, reduce gliclazide and check sugars.\n"
     "Review: 16/03/2026 with repeat HbA1c. Form uploaded to https://sistem-haji-example.gov.my/j/0194772318.\n"
     "Dr Nurul Ain binti Hasan, Pegawai Perubatan (MMC 61842) | JM Siti Khadijah",
     [("HOSPITAL", ["KLINIK KESIHATAN SEBERANG TAKIR"]), ("POSTCODE", ["21300"]), ("LOCATION", ["Kuala Nerus"]),
      ("PHONE", ["09-555 6140"]), ("EMAIL", ["kkseberangtakir@moh-example.gov.my", "kkseberangtakir"]),
      ("DATE", ["19/01/2026"]), ("ID", ["KKST/HAJI/0447"]), ("NAME", ["Che Gayah", "Gayah", "Mamat"]),
      ("ID", ["590823-11-5126"]), ("ID", ["TH-0194772318"]), ("ID", ["KT-27"]), ("ADDRESS", ["Lot 1128"]),
      ("LOCATION", ["Kampung Batu Rakit", "Batu Rakit"]), ("POSTCODE", ["21020"]), ("PHONE", ["013-928 4417"]),
      ("NAME", ["Muda", "Awang"]), ("ID", ["560411-11-5339"]), ("PHONE", ["013-772 0938"]), ("PLATE", ["TBN 4127"]),
      ("NAME", ["Zulkifli"]),
      ("LOCATION", ["Shah Alam"]), ("HOSPITAL", ["Hospital Sultanah Nur Zahirah"]),
      ("DATE", ["Hari Raya Aidilfitri"]), ("ID", ["ICV-TRG-2026-044817"]), ("DATE", ["Ramadan"]),
      ("DATE", ["16/03/2026"]), ("URL", ["https://sistem-haji-example.gov.my/j/0194772318"]),
      ("NAME", ["Nurul Ain", "Hasan"]), ("LICENCE", ["61842"]),
      ("NAME", ["Siti Khadijah"])],
     ["T2DM", "EF 60%", "metformin 1 g BD", "gliclazide MR 60 mg OD", "amlodipine 10 mg OD", "BP 142/86", "BMI 29.8",
      "monofilament intact", "HbA1c 7.4%", "FBS 7.8 mmol/L", "eGFR 68", "urine protein negative", "ECG: sinus rhythm",
      "6-minute walk test 380 m", "Katz ADL 6/6", "Tahap 2", "meningococcal ACWY conjugate (Menactra) 0.5 mL IM",
      "Vaxigrip", "PCV13", "diabetic foot care"]),
    # 19 - Ukraine, Poltava oblast (Poltava; Dykanka and Velyki Budyshcha): anti-rabies care record after a rabid fox
    # attack, category III post-exposure prophylaxis (Ukrainian, patronymics, dotted initials, Ukrainian month names)
    ("КНП «Полтавська обласна клінічна лікарня ім. М. В. Скліфосовського»\n"
     "Антирабічний кабінет | вул. Шевченка, 23, м. Полтава, 36011 | тел. (0532) 55-74-18\n"
     "КАРТА ЗВЕРНЕННЯ ЗА АНТИРАБІЧНОЮ ДОПОМОГОЮ № 1147\n"
     "Дата звернення: 14 жовтня 2025 р., 10:25\n"
     "П.І.Б.: Мороз Василь Петрович | 46 років | РНОКПП 2899713712\n"
     "Адреса: смт Диканька, вул. Гоголя, 41 | тел. +380 67 555 41 28\n"
     "Місце роботи: тракторист, ТОВ «Агрофірма Лан»\n"
     "Дружина: Мороз Галина Іванівна, +380 50 555 19 07\n"
     "\n"
     "Обставини: 13.10.2025 близько 18:00 на полі біля с. Великі Будища лисиця, що не боялася людей, вкусила за ліву "
     "гомілку через штани та за праву кисть, коли відганяв її. Тварину вбив колега Ігор Сорока; тушку передано до "
     "регіональної лабораторії ветеринарної медицини (експертиза № В-2271).\n"
     "Ушкодження: множинні укуси, рвані рани правої кисті (2) та лівої гомілки (3), кровотеча зупинена. Категорія "
     "контакту III (ВООЗ).\n"
     "Обробка ран: промито мильним розчином 15 хв, оброблено повідон-йодом; краї не висікали, шви не накладали.\n"
     "Профілактика:\n"
     "  - антирабічний імуноглобулін (кінський) 40 МО/кг = 3200 МО, інфільтрація навколо ран, залишок в/м; "
     "введення дробне за Безредкою, проба негативна;\n"
     "  - вакцина Rabipur 1,0 мл в/м у дельтоподібний м'яз, схема Essen: 14.10, 17.10, 21.10, 28.10 та 11.11.2025;\n"
     "  - правець: АДП-м 0,5 мл (останнє щеплення у 2012 р.);\n"
     "  - амоксицилін/клавуланат 875/125 мг двічі на добу 5 днів.\n"
     "Пацієнта попереджено про обов'язкове завершення курсу; лист непрацездатності до 20.10.2025.\n"
     "Екстрене повідомлення до обласного центру контролю та профілактики хвороб надіслано 14.10.2025 о 11:40.\n"
     "Сімейний лікар: Бондар І. С., АЗПСМ смт Диканька; електронне направлення № 4471-2291-6630-8812.\n"
     "Лікар-хірург Литвиненко О. В. | м/с Ковальчук Н. М.",
     [("HOSPITAL", ["Полтавська обласна клінічна лікарня ім. М. В. Скліфосовського"]),
      ("ADDRESS", ["вул. Шевченка, 23"]), ("LOCATION", ["Полтава"]), ("POSTCODE", ["36011"]),
      ("PHONE", ["(0532) 55-74-18", "55-74-18"]), ("ID", ["1147"]), ("DATE", ["14 жовтня 2025"]),
      ("NAME", ["Мороз", "Василь", "Петрович"]), ("ID", ["2899713712"]), ("LOCATION", ["Диканька"]),
      ("ADDRESS", ["вул. Гоголя, 41"]), ("PHONE", ["+380 67 555 41 28"]), ("LOCATION", ["ТОВ «Агрофірма Лан»"]),
      ("NAME", ["Галина", "Іванівна"]), ("PHONE", ["+380 50 555 19 07"]), ("DATE", ["13.10.2025"]),
      ("LOCATION", ["Великі Будища"]), ("NAME", ["Ігор", "Сорока"]), ("ID", ["В-2271"]), ("DATE", ["14.10"]),
      ("DATE", ["17.10"]), ("DATE", ["21.10"]), ("DATE", ["28.10"]), ("DATE", ["11.11.2025"]),
      ("DATE", ["20.10.2025"]), ("DATE", ["14.10.2025"]), ("NAME", ["Бондар І. С.", "Бондар"]),
      ("HOSPITAL", ["АЗПСМ смт Диканька"]), ("ID", ["4471-2291-6630-8812"]),
      ("NAME", ["Литвиненко О. В.", "Литвиненко"]),
      ("NAME", ["Ковальчук Н. М.", "Ковальчук"])],
     ["АНТИРАБІЧНОЮ ДОПОМОГОЮ", "рвані рани", "Категорія контакту III (ВООЗ)", "мильним розчином 15 хв",
      "повідон-йодом", "антирабічний імуноглобулін (кінський) 40 МО/кг", "за Безредкою", "Rabipur 1,0 мл в/м",
      "схема Essen", "АДП-м 0,5 мл", "амоксицилін/клавуланат 875/125 мг", "лисиця",
      "множинні укуси", "дельтоподібний м'яз"]),
    # 20 - USA, Rhode Island (Providence; Harmony in Glocester; Chepachet; Woonsocket): inpatient geriatric medicine
    # consultation for delirium in a woman aged 93 (all date elements planted, Veterans Day)
    ("THE MIRIAM HOSPITAL - Geriatric Medicine Consult Service\n"
     "164 Summit Avenue, Providence, RI 02906 | consult pager 401-555-0129\n"
     "GERIATRIC MEDICINE CONSULTATION | 11/14/2025 | requested by hospitalist Dr. Rafael Quintanilla\n"
     "Patient: Ruth Ellen Tourtellot ('Hattie' to the family) | 93-year-old F | DOB 04/09/1932 | MRN 6112047 | "
     "Medicare MBI 5EG7-QK2-TW48\n"
     "Home: 17 Putnam Pike, Harmony, RI 02829 - lives alone, cat named Dusty.\n"
     "HCPOA: daughter Nancy Tourtellot-Greene, Woonsocket, 401-555-0164, with proxy access at "
     "https://mychart.lifespan-example.org/proxy/6112047. Son Ed in Sarasota.\n"
     "PCP: Dr. Prudence Aldrich, Chepachet.\n"
     "\n"
     "Reason: acute confusion. Admitted on Veterans Day (11/11/2025) after a neighbor found her on the kitchen floor; "
     "UA > 100 WBC, urine culture Klebsiella pneumoniae >100,000 CFU/mL, on ceftriaxone 1 g IV daily. Na 131.\n"
     "Background: turned 93 in April; taught English at Ponaganset High from 1955 until she retired; widowed since the "
     "'80s. R hip fracture in 2017 (hemiarthroplasty). HTN, overactive bladder, macular degeneration, hearing aids. "
     "Baseline: walks with a cane, Katz 5/6, Lawton IADL 3/8; MoCA 22/30 at her PCP in May.\n"
     "Exam: drowsy, then picking at sheets; days of the week backwards failed. CAM positive (acute onset, "
     "inattention, disorganized thinking). No focal deficits.\n"
     "Meds of concern (Beers Criteria): oxybutynin 5 mg BID at home; diphenhydramine 25 mg given x2 overnight. "
     "Anticholinergic Cognitive Burden score 4.\n"
     "\n"
     "Recommendations:\n"
     "  1. Delirium bundle with the HELP volunteers: glasses and hearing aids in, lights on by day, family visits, "
     "melatonin 3 mg at 21:00. No restraints.\n"
     "  2. STOP oxybutynin and diphenhydramine. Haloperidol 0.25 mg only for distress or danger.\n"
     "  3. PT/OT daily; Morse Fall Scale 65 - bed alarm (unit s/n BA-77120). Braden 14 - turns q2h.\n"
     "  4. MOLST on file (DNR/DNI) confirmed with Nancy by phone.\n"
     "  5. Dispo: short-term rehab at Steere House if she cannot manage stairs; will follow.\n"
     "Oluwaseyi Fairbanks-Nwosu, MD, Geriatrics | NPI 1193745209 | RI license MD12788",
     [("HOSPITAL", ["THE MIRIAM HOSPITAL"]), ("ADDRESS", ["164 Summit Avenue"]), ("LOCATION", ["Providence"]),
      ("POSTCODE", ["02906"]), ("PHONE", ["401-555-0129"]), ("DATE", ["11/14/2025"]),
      ("NAME", ["Rafael", "Quintanilla"]), ("NAME", ["Ruth Ellen", "Tourtellot"]), ("NAME", ["Hattie"]),
      ("AGE", ["93-year-old"]), ("DOB90", ["04/09/1932", "1932"]), ("MRN", ["6112047"]), ("ID", ["5EG7-QK2-TW48"]),
      ("ADDRESS", ["17 Putnam Pike"]), ("LOCATION", ["Harmony"]), ("POSTCODE", ["02829"]), ("NAME", ["Dusty"]),
      ("NAME", ["Nancy", "Tourtellot-Greene"]), ("LOCATION", ["Woonsocket"]), ("PHONE", ["401-555-0164"]),
      ("URL", ["https://mychart.lifespan-example.org/proxy/6112047"]),
      ("NAME", ["Ed"]), ("LOCATION", ["Sarasota"]), ("NAME", ["Prudence", "Aldrich"]), ("LOCATION", ["Chepachet"]),
      ("DATE", ["Veterans Day"]), ("DATE", ["11/11/2025"]), ("AGE", ["turned 93"]), ("DATE", ["April"]),
      ("LOCATION", ["Ponaganset High"]), ("DATE", ["1955"]), ("DATE", ["the '80s"]), ("DATE", ["2017"]),
      ("DATE", ["May"]), ("SERIAL", ["BA-77120"]), ("HOSPITAL", ["Steere House"]),
      ("NAME", ["Oluwaseyi", "Fairbanks-Nwosu"]),
      ("ID", ["1193745209"]), ("LICENCE", ["MD12788"])],
     ["Geriatric Medicine Consult Service", "UA > 100 WBC", "Klebsiella pneumoniae >100,000 CFU/mL",
      "ceftriaxone 1 g IV daily", "Na 131", "hemiarthroplasty", "Katz 5/6", "Lawton IADL 3/8", "MoCA 22/30",
      "CAM positive", "Beers Criteria", "oxybutynin 5 mg BID", "diphenhydramine 25 mg",
      "Anticholinergic Cognitive Burden score 4", "HELP", "melatonin 3 mg", "Haloperidol 0.25 mg",
      "Morse Fall Scale 65", "Braden 14", "MOLST"]),
    # 21 - China, Qinghai (Golog Tibetan prefecture: Maqen county, Xueshan township; Xining): hepatobiliary surgery
    # discharge record, hepatic cystic echinococcosis in a Tibetan herder (simplified Chinese, Tibetan New Year)
    ("青海大学附属医院 肝胆胰外科\n"
     "西宁市城西区同仁路29号 | 科室电话 0971-555-6213\n"
     "出 院 记 录\n"
     "姓名: 才让卓玛　性别: 女　年龄: 44岁　民族: 藏族　住院号: 00718425\n"
     "身份证号: 632621198106110428　职业: 牧民（在阿尼玛卿山下夏季牧场放牧）　医保卡号: 63262100482117\n"
     "住址: 青海省果洛州玛沁县雪山乡浪日村三社　电话: 139 0975 4421\n"
     "联系人: 丈夫 多杰 136 2975 0318；女儿 拉毛（西宁读大学，微信 lhamo_xn2004）\n"
     "入院日期: 2025年7月3日　　出院日期: 2025年7月19日\n"
     "\n"
     "入院诊断: 肝囊型包虫病（WHO-IRWGE CE3a，Gharbi III型）\n"
     "入院情况: 右上腹胀痛半年，藏历新年前后加重。家中养藏獒及牧羊犬，常以生羊内脏喂狗。玛沁县人民医院超声发现肝右叶囊性"
     "占位 9.6×8.2 cm，囊内可见水上浮莲征，由该院桑杰医生转诊我院。丈夫开家里的车（青F 2H7K8）送来。\n"
     "辅助检查: 包虫IgG ELISA 阳性；嗜酸性粒细胞 8.2%；ALT 56 U/L；血红蛋白 198 g/L（高原红细胞增多症）；"
     "Child-Pugh A级。\n"
     "诊疗经过: 术前1周开始口服阿苯达唑 400 mg 每日2次。7月7日全麻下行肝包虫内囊摘除术+外囊次全切除术，术中先以 "
     "20% 高渗盐水浸泡囊腔 10 分钟，严防囊液外溢；病理证实细粒棘球绦虫（Echinococcus granulosus）。术后恢复顺利，"
     "7月12日拔除引流管，无胆漏。\n"
     "出院诊断: 肝囊型包虫病术后\n"
     "出院医嘱: 1. 阿苯达唑 400 mg 每日2次，连服3个月，每月复查肝功能、血常规；2. 3个月后复查超声或CT；3. 家犬每月用"
     "吡喹酮驱虫，饭前洗手，不喂生内脏；4. 雪山乡卫生院随访，2025年10月20日门诊复诊。\n"
     "检查报告查询: https://zhyy.qhu-example.edu.cn/report?id=00718425\n"
     "主治医师: 马平安　住院医师: 韩冰",
     [("HOSPITAL", ["青海大学附属医院"]), ("LOCATION", ["西宁市城西区", "西宁"]), ("ADDRESS", ["同仁路29号"]),
      ("PHONE", ["0971-555-6213"]), ("NAME", ["才让卓玛"]), ("MRN", ["00718425"]), ("ID", ["632621198106110428"]),
      ("LOCATION", ["阿尼玛卿山"]), ("ID", ["63262100482117"]),
      ("LOCATION", ["果洛州"]), ("LOCATION", ["玛沁县"]), ("LOCATION", ["雪山乡"]), ("ADDRESS", ["浪日村三社"]),
      ("PHONE", ["139 0975 4421"]), ("NAME", ["多杰"]), ("PHONE", ["136 2975 0318"]), ("NAME", ["拉毛"]),
      ("HANDLE", ["lhamo_xn2004"]), ("DATE", ["2025年7月3日"]), ("DATE", ["2025年7月19日"]), ("DATE", ["藏历新年"]),
      ("HOSPITAL", ["玛沁县人民医院"]), ("NAME", ["桑杰"]), ("PLATE", ["青F 2H7K8"]), ("DATE", ["7月7日"]), ("DATE", ["7月12日"]),
      ("HOSPITAL", ["雪山乡卫生院"]), ("DATE", ["2025年10月20日"]),
      ("URL", ["https://zhyy.qhu-example.edu.cn/report?id=00718425"]), ("NAME", ["马平安"]), ("NAME", ["韩冰"])],
     ["肝胆胰外科", "肝囊型包虫病", "WHO-IRWGE CE3a", "Gharbi III型", "9.6×8.2 cm", "水上浮莲征", "包虫IgG ELISA 阳性",
      "嗜酸性粒细胞 8.2%", "ALT 56 U/L", "血红蛋白 198 g/L", "高原红细胞增多症", "Child-Pugh A级", "阿苯达唑 400 mg",
      "肝包虫内囊摘除术", "20% 高渗盐水", "细粒棘球绦虫（Echinococcus granulosus）", "吡喹酮"]),
    # 22 - New Zealand, Southland (Gore, Waikaka, Riversdale, Balfour; Invercargill): GP notification letter to the
    # Medical Officer of Health, leptospirosis in a dairy farm worker
    ("Mataura Valley Medical Centre\n"
     "14 Main Street, Gore 9710 | (03) 208 4417 | admin@mataura-valley-example.co.nz\n"
     "\n"
     "5 February 2026\n"
     "\n"
     "Medical Officer of Health, Public Health South, Invercargill\n"
     "by secure email: notifications@publichealthsouth-example.nz\n"
     "\n"
     "NOTIFICATION - LEPTOSPIROSIS (confirmed)\n"
     "Re: Brendon James KERRISK ('Fish') | DOB 30/09/1987 | NHI ZKD4183\n"
     "412 Waikaka Valley Road, RD 4, Gore 9774 | mobile 027 555 0186 | ACC claim 10039384125\n"
     "\n"
     "Dear Dr Tuhiwai,\n"
     "Brendon is 2IC on Wendonside Dairies Ltd near Riversdale (600 cows, rotary shed). He fell ill on 24/01/2026 "
     "with fever, severe frontal headache, calf myalgia and conjunctival suffusion. He was seen at Gore Hospital ED "
     "on 27/01 and admitted to Southland Hospital the next day with an AKI: creatinine 148 µmol/L, bilirubin "
     "38 µmol/L, platelets 84. Leptospira PCR on blood was positive (Southern Community Laboratories, lab no. "
     "SCL-26-118204) with a MAT titre 1:1600 to serovar Hardjo, 1:200 to Pomona, negative to Ballum and "
     "Copenhageni; the convalescent sample is due on 11 February. Not Weil's disease. He had benzylpenicillin 1.2 g IV "
     "q6h with a mild Jarisch-Herxheimer reaction, then doxycycline 100 mg BD to complete 7 days.\n"
     "Exposure: urine splash at milking without a face shield; the herd's Hardjo/Pomona booster was missed this "
     "season. Two workmates, Sione and Gurpreet, have had fevers - I have asked them to come in. I have spoken to "
     "the herd vet, Sophie Te Awa-Balfour at Riversdale Vets (03 202 5518). His partner Jade is staying with her "
     "mother in Balfour.\n"
     "\n"
     "Nga mihi,\n"
     "Dr Willem van Rooyen, GP (MCNZ 48217)\n"
     "cc: WorkSafe; Brendon Kerrisk",
     [("HOSPITAL", ["Mataura Valley Medical Centre"]), ("ADDRESS", ["14 Main Street"]), ("LOCATION", ["Gore"]),
      ("POSTCODE", ["9710"]), ("PHONE", ["(03) 208 4417", "208 4417"]),
      ("EMAIL", ["admin@mataura-valley-example.co.nz"]), ("DATE", ["5 February 2026"]),
      ("LOCATION", ["Invercargill"]), ("EMAIL", ["notifications@publichealthsouth-example.nz"]),
      ("NAME", ["Brendon James", "Brendon", "KERRISK", "Kerrisk"]), ("NAME", ["Fish"]), ("DATE", ["30/09/1987"]),
      ("ID", ["ZKD4183"]), ("ADDRESS", ["412 Waikaka Valley Road", "Waikaka Valley Road", "RD 4"]),
      ("POSTCODE", ["9774"]), ("PHONE", ["027 555 0186"]), ("ID", ["10039384125"]), ("NAME", ["Tuhiwai"]),
      ("LOCATION", ["Wendonside Dairies Ltd"]), ("LOCATION", ["Riversdale"]), ("DATE", ["24/01/2026"]),
      ("HOSPITAL", ["Gore Hospital"]), ("DATE", ["27/01"]), ("HOSPITAL", ["Southland Hospital"]),
      ("ID", ["SCL-26-118204"]), ("DATE", ["11 February"]), ("NAME", ["Sione"]), ("NAME", ["Gurpreet"]),
      ("NAME", ["Sophie", "Te Awa-Balfour"]), ("PHONE", ["03 202 5518"]), ("NAME", ["Jade"]),
      ("LOCATION", ["Balfour"]), ("NAME", ["Willem", "van Rooyen"]), ("LICENCE", ["48217"])],
     ["LEPTOSPIROSIS", "calf myalgia", "conjunctival suffusion", "creatinine 148 µmol/L", "bilirubin 38 µmol/L",
      "platelets 84", "Leptospira PCR", "MAT titre 1:1600", "serovar Hardjo", "Pomona", "Ballum", "Copenhageni",
      "Weil's disease", "benzylpenicillin 1.2 g IV q6h", "Jarisch-Herxheimer reaction", "doxycycline 100 mg BD"]),
    # 23 - Northern Ireland, Co. Down (Kilkeel, Annalong; Dundonald): hand trauma clinic letter to a GP after a
    # flexor tendon and digital nerve injury in a trawlerman caught in a net drum
    ("Regional Plastic Surgery Hand Trauma Clinic\n"
     "Ulster Hospital, Upper Newtownards Road, Dundonald BT16 1RH | 028 9649 6521 | "
     "handtrauma@setrust-example.hscni.net\n"
     "\n"
     "Clinic date: 02/12/2025 | Dictated 02/12/2025, typed 04/12/2025 | KB/mh\n"
     "\n"
     "Dr Ruairi Annett\n"
     "Mourne Family Surgery, Newry Street, Kilkeel BT34 4DN\n"
     "\n"
     "Dear Dr Annett,\n"
     "Re: Mr Glenn Donnan, DOB 08/04/1991, H&C 327 481 9069, Hosp No. UH2288714\n"
     "22 Harbour Road, Annalong BT34 4RS | mobile 07700 900 448\n"
     "\n"
     "Glenn is a deckhand on the prawn trawler Girl Grace (N 318, skipper Jackie Chambers). On 12/11/2025, east of "
     "Ballyquintin Point, his right (dominant) hand was pulled into the net drum. The RNLI Kilkeel lifeboat met the "
     "boat and he was flown in by Rescue 199. That evening I repaired zone II flexor digitorum profundus and "
     "superficialis of the index and middle fingers through Bruner incisions (4-strand Adelaide technique core "
     "suture, 6/0 Prolene epitendinous) and the radial digital nerve of the index finger with 9-0 nylon under the "
     "microscope. He had co-amoxiclav 625 mg TDS for five days.\n"
     "At three weeks the wounds have healed. He is in a dorsal blocking splint on the Belfast regime with Roisin "
     "Mussen, our hand therapist, rather than the Saint John protocol. TAM 150° index and 165° middle. 2-point "
     "discrimination 10 mm on the radial side of the index, Semmes-Weinstein 4.31. Some cold intolerance already. "
     "QuickDASH 61.4. No grip testing with the Jamar dynamometer until 12 weeks.\n"
     "He will not be fit for sea before 24/02/2026; fit note given. He hopes to be back for the prawns after St "
     "Patrick's Day. The Fishermen's Mission in Kilkeel is helping with money meanwhile. Review with me on "
     "13/01/2026.\n"
     "\n"
     "Yours sincerely,\n"
     "Mr Kieran Bleakley, Consultant Plastic Surgeon, GMC 7011842\n"
     "Roisin Mussen, Clinical Specialist OT (HCPC OT59120)\n"
     "cc: Mr G. Donnan",
     [("HOSPITAL", ["Ulster Hospital"]), ("ADDRESS", ["Upper Newtownards Road"]), ("LOCATION", ["Dundonald"]),
      ("POSTCODE", ["BT16 1RH"]), ("PHONE", ["028 9649 6521"]),
      ("EMAIL", ["handtrauma@setrust-example.hscni.net", "handtrauma"]), ("DATE", ["02/12/2025"]),
      ("DATE", ["04/12/2025"]), ("NAME", ["KB/mh"]), ("NAME", ["Ruairi", "Annett"]),
      ("HOSPITAL", ["Mourne Family Surgery"]), ("ADDRESS", ["Newry Street"]), ("LOCATION", ["Kilkeel"]),
      ("POSTCODE", ["BT34 4DN"]), ("NAME", ["Glenn", "Donnan"]), ("DATE", ["08/04/1991"]), ("ID", ["327 481 9069"]),
      ("MRN", ["UH2288714"]), ("ADDRESS", ["22 Harbour Road"]), ("LOCATION", ["Annalong"]), ("POSTCODE", ["BT34 4RS"]),
      ("PHONE", ["07700 900 448"]), ("LOCATION", ["Girl Grace"]), ("PLATE", ["N 318"]),
      ("NAME", ["Jackie", "Chambers"]), ("DATE", ["12/11/2025"]), ("LOCATION", ["Ballyquintin Point"]),
      ("LOCATION", ["RNLI Kilkeel lifeboat"]), ("NAME", ["Roisin", "Mussen"]), ("DATE", ["24/02/2026"]),
      ("DATE", ["St Patrick's Day"]), ("LOCATION", ["Fishermen's Mission"]), ("DATE", ["13/01/2026"]),
      ("NAME", ["Kieran", "Bleakley"]), ("LICENCE", ["7011842"]), ("LICENCE", ["OT59120"]), ("NAME", ["G. Donnan"])],
     ["Hand Trauma Clinic", "zone II flexor digitorum profundus", "Bruner incisions", "4-strand Adelaide technique",
      "6/0 Prolene", "radial digital nerve", "9-0 nylon", "co-amoxiclav 625 mg TDS", "dorsal blocking splint",
      "Belfast regime", "Saint John protocol", "TAM 150°", "2-point discrimination 10 mm", "Semmes-Weinstein 4.31",
      "cold intolerance", "QuickDASH 61.4", "Jamar dynamometer"]),
]
