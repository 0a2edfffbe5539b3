"""Forty-second HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

24 notes (832 planted identifier parts in 701 (kind, parts) entries; 381 clinical strings), written the way clinicians
write them. Notes 0-11 (this file): a DVLA D4 driving medical for a Group 2 licence (Wales, Pembrokeshire), an exercise
stress test report (Greece, Kozani), a pre-operative anaesthetic assessment (Northern Ireland, Co. Tyrone), an
occupational pneumoconiosis diagnosis certificate (China, Guizhou), a TB/HIV clinic transfer-out form (South Africa,
Limpopo), a rheumatology outpatient progress note (South Korea, Gangwon), an obstetric SBAR transfer handover (Jamaica,
St. Elizabeth), a paediatric discharge summary (Oman, North Al Batinah), a geriatric day hospital discharge summary for
a patient aged 93 (Singapore), a pulmonology outpatient extract for a sanatorium referral (Russia, Vologda Oblast), an
intravitreal injection record (Malta and Gozo) and a community hospital referral form (Thailand, Udon Thani). Notes
12-23 are described in :mod:`deid_notes_heldout42_more`: a paediatric dengue ward shift handover log (the Philippines,
Iloilo), a physiotherapy referral (Greece, Kavala), a polysomnography report (US, Nebraska), an ICU nursing handover
(China, Hainan), a medical certificate of death for a patient aged 91 (Canada, Prince Edward Island), an injury
certificate for the police (Greece, Naxos), an anticoagulation clinic INR log (US, Delaware), a discharge summary
(Taiwan, Yilan), a poison centre case record (US, Arkansas), a care home fall incident report for a resident aged 96
(Guernsey), a concussion return-to-sport clearance form (US, South Dakota) and a nephrology referral letter (Mauritius).

Scripts and languages (positions in ``NOTES``, counted from 0): English (Latin script) at 0, 2, 4, 6, 8, 10, 12, 14, 16,
18, 20, 21, 22 and 23 (14 notes); Greek at 1 (Kozani), 13 (Kavala) and 17 (Naxos), with patronymics in the genitive and
Greek month names and a festival; simplified Chinese at 3 (Guizhou) and 15 (Hainan) and traditional Chinese at 19
(Taiwan, Republic of China calendar dates); Korean (Hangul) at 5; Arabic at 7, with Eastern Arabic digits in dates,
civil number, file number, phone and licence; Russian at 9, with a patronymic, dotted initials and cities in the
locative after a preposition; Thai at 11, with Buddhist-era dates.

Identifiers sit in letterheads, labels, table cells, line starts and sign-offs, after titles and relation words (Mdm,
Mrs, Sr, Sister, Nurse, Nanay, Ma'am, s/o, bte, @, bin, bint, του with a patronymic, Thai and Korean titles), bare in
prose, in transfer and referral lines, employers, schools, a funeral home, a care home, a fishing cooperative, a mine, a
power station, a port and markets, a rodeo and a trail; addresses with and without house numbers (a Maltese house name,
an HDB block and unit, a South African stand, a Mauritian morcellement, a Thai moo, a Korean lot number, a Chinese
village group); staff initials that look like clinical abbreviations (PE, KJ, DM) and dotted initials (Π.Κ., S.J.K., Л.
Н.); nicknames in quotes (Toto, Bong, Dodong, Scrappy, Tater, Cotton, Peggy, 阿福); names that are ordinary words or
places (Wood, Lovely, Hope, Faith, Valentine, Milton, Victoria, Paola, Lucky, Dawn, Angle); places that are everyday
words (Angle, Interior, Faith, Forest, Souris, Crapaud, Slaughter Beach, Goodlands, Triolet, Сокол, 太平村, 和乐镇, 三星鄉,
الحمراء); hospitals and streets named after people (Tan Tock Seng, Sir Seewoosagur Ramgoolam, Subramania Bharati, Queen
Elizabeth, Wadley, Beebe, Mamatsio, Vardakeio and Proio, Dr Nelson Mandela Dr, Triq Dun Karm, Triq il-Kappillan Mifsud,
John J Williams Hwy); also e-mail addresses, a URL, an IPv4 address, a Line handle, vehicle and aircraft plates, device
serial numbers, national, health-card and insurance numbers (with valid check digits for the NHS and H&C numbers, the
Chinese, Taiwan, Korean, Thai and South African ID numbers, the Singapore NRIC and the Russian SNILS), professional
licences, case and register numbers, extensions and bleeps, and dates in many formats. Three patients are aged 90 or
over (notes 8, 16 and 21): their age is AGE, their birth date DOB90, and every other date element (bare years, a decade,
months, Christmas, Easter, Chinese New Year, Hari Raya Haji, Liberation Day) is planted as DATE; bare years in younger
patients' notes are left in the text and not planted. The strings that must survive include eponymous signs and scales
(Heberden, Weber B, Thompson, Bruce, Duke, Goldmann, Snellen, Esterman, Cheyne-Stokes, Kimmelstiel-Wilson, Weil-Felix,
Weil's disease, Hoehn and Yahr, Payne-Martin, Zuspan, Mallampati, Friedman, Maddocks, Buffalo, Morse, Waterlow, Barthel,
Tinetti, Braden), scores with their numbers, drugs with doses, devices, organisms, and fractions and ratios that look
like dates.

Entries per kind: NAME 162, LOCATION 140, DATE 120, HOSPITAL 67, PHONE 52, ADDRESS 36, ID 35, LICENCE 24, POSTCODE 21,
MRN 20, EMAIL 6, PLATE 5, AGE 4, DOB90 3, SERIAL 3, HANDLE 1, IP 1, URL 1. This file holds notes 0-11 (396 identifier
parts in 330 entries, 201 clinical strings); the other 12 (436 parts in 371 entries, 180 clinical strings) are in
:mod:`deid_notes_heldout42_more`, only to keep each file a readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout42.deid_notes_heldout42_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Wales, Pembrokeshire: DVLA medical examination report (D4) for a Group 2 (HGV) licence renewal
    ("Withybush General Hospital, Haverfordwest - Diabetes & Endocrinology Outpatients\n"
     "D4 MEDICAL EXAMINATION REPORT (DVLA, Swansea SA99) - completed by the examining doctor\n"
     "\n"
     "Applicant: Mr Gareth Emlyn Wood | DOB 14/07/1966 | Driver number WOOD9607146GE9AB\n"
     "Address: Tŷ Gwyn, 3 Maes yr Haf, Angle, Pembroke SA71 5AP | Tel 07700 900 613\n"
     "Hospital No. W1187342 | NHS 395 217 8403\n"
     "Employer: tanker driver for Milford Haven Fuels (Waterston terminal) - licence categories C, C+E\n"
     "GP: Dr Siân Prosser-Mathias, Argyle Medical Group, Pembroke Dock\n"
     "\n"
     "Section 1 Vision: VA R 6/6, L 6/9 (Snellen, with glasses); binocular Esterman field: no defects within "
     "120 degrees, 0 missed points (done at Specsavers Haverfordwest 02/09/2025). Meets Group 2 standard.\n"
     "Section 2 Diabetes: T2DM since 2011, insulin since 2023 (Abasaglar 24 units nocte) + metformin 1 g BD, "
     "dapagliflozin 10 mg. HbA1c 61 mmol/mol. Uses Libre 2 with alarms; 3 months of continuous readings reviewed. "
     "No severe hypoglycaemia (needing help of another person) in the last 12 months; impaired awareness: no (Gold "
     "score 2). Carries fast-acting glucose in cab; checks < 2 h before driving and every 2 h.\n"
     "Section 3 Neurology: nil. Section 4 Cardiac: STEMI 2019, PCI to LAD; echo LVEF 52%; Bruce protocol exercise "
     "test 03/2025: 9 min 40 s, no ischaemia - meets Group 2 exercise test requirement. Ramipril 5 mg, atorvastatin "
     "80 mg, aspirin 75 mg.\n"
     "Section 5 Sleep: Epworth 6/24, STOP-BANG 3; no excessive sleepiness.\n"
     "Section 6 Psychiatric / Alcohol: nil; AUDIT-C 2.\n"
     "BP 136/82. BMI 31.4.\n"
     "\n"
     "Declaration: I examined the applicant on 22/09/2025 at the hospital above. He was accompanied by his wife "
     "Rhiannon. I am not his usual doctor.\n"
     "Dr Ioan Llewellyn-Rees, Consultant Diabetologist | GMC 6138420 | Hywel Dda UHB\n"
     "Secretary: Mrs Bethan Gwynne, ext. 5328 | bethan.gwynne@wales.nhs.example.uk",
     [("HOSPITAL", ["Withybush General Hospital"]), ("LOCATION", ["Haverfordwest"]), ("LOCATION", ["Swansea"]),
      ("POSTCODE", ["SA99"]), ("NAME", ["Gareth", "Emlyn", "Wood"]), ("DATE", ["14/07/1966"]),
      ("ID", ["WOOD9607146GE9AB"]), ("ADDRESS", ["Tŷ Gwyn, 3 Maes yr Haf"]), ("LOCATION", ["Angle"]),
      ("LOCATION", ["Pembroke"]), ("POSTCODE", ["SA71 5AP"]), ("PHONE", ["07700 900 613"]), ("MRN", ["W1187342"]),
      ("ID", ["395 217 8403"]), ("LOCATION", ["Milford Haven Fuels"]), ("LOCATION", ["Waterston"]),
      ("NAME", ["Siân", "Prosser-Mathias"]), ("HOSPITAL", ["Argyle Medical Group"]), ("LOCATION", ["Pembroke Dock"]),
      ("LOCATION", ["Specsavers Haverfordwest"]), ("DATE", ["02/09/2025"]), ("DATE", ["03/2025"]),
      ("DATE", ["22/09/2025"]), ("NAME", ["Rhiannon"]), ("NAME", ["Ioan", "Llewellyn-Rees"]), ("LICENCE", ["6138420"]),
      ("NAME", ["Bethan", "Gwynne"]), ("PHONE", ["5328"]), ("EMAIL", ["bethan.gwynne@wales.nhs.example.uk"]), ("HOSPITAL", ["Hywel Dda UHB"])],
     ["Group 2", "VA R 6/6, L 6/9", "Snellen", "Esterman", "T2DM", "Abasaglar 24 units nocte", "metformin 1 g BD",
      "dapagliflozin 10 mg", "HbA1c 61 mmol/mol", "Libre 2", "Gold score 2", "STEMI", "LVEF 52%", "Bruce protocol",
      "Ramipril 5 mg", "Epworth 6/24", "STOP-BANG 3", "AUDIT-C 2"]),

    # 1 - Greece, Western Macedonia (Kozani): exercise stress test report, cardiology outpatients (Greek)
    ("ΜΑΜΑΤΣΕΙΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΟΖΑΝΗΣ - Καρδιολογική Κλινική\n"
     "Εργαστήριο Δοκιμασίας Κόπωσης | Μαμάτσειο, 50100 Κοζάνη | τηλ. 24613 52 311\n"
     "\n"
     "ΕΚΘΕΣΗ ΔΟΚΙΜΑΣΙΑΣ ΚΟΠΩΣΗΣ (ΚΥΛΙΟΜΕΝΟΣ ΤΑΠΗΤΑΣ)\n"
     "Ημερομηνία: 17/10/2025 | Αρ. εξέτασης ΔΚ-2025/1184\n"
     "Ασθενής: Κυριάκος Τσιρογιάννης του Αποστόλου | Άρρεν, 57 ετών | γεν. 08/03/1968 | ΑΜΚΑ 08036802473\n"
     "Διεύθυνση: Ευξείνου Πόντου 12, Σιάτιστα | κιν. 698 555 4120\n"
     "Επάγγελμα: χειριστής εκσκαφέα στο ορυχείο λιγνίτη του ΑΗΣ Αγίου Δημητρίου.\n"
     "Παραπέμπων: Δρ Ευθυμία Λιάκου, Κέντρο Υγείας Σιάτιστας.\n"
     "\n"
     "Ένδειξη: οπισθοστερνικό σφίξιμο στην ανηφόρα προς το Βελβεντό, 2 μήνες. Παράγοντες κινδύνου: καπνιστής "
     "35 pack-years, ΑΥ, δυσλιπιδαιμία (LDL 168 mg/dL). Φάρμακα: ασπιρίνη 100 mg, βαλσαρτάνη 160 mg.\n"
     "Πρωτόκολλο: Bruce. ΗΚΓ ηρεμίας: φλεβοκομβικός ρυθμός 76/λεπτό, χωρίς διαταραχές ST.\n"
     "Διάρκεια άσκησης: 6 λεπτά 20 δευτ. (στάδιο III), 7,2 METs. Μέγιστη ΚΣ 142/λεπτό (87% της προβλεπόμενης). "
     "ΑΠ ηρεμίας 138/86, μέγιστη 196/94 mmHg.\n"
     "Διακοπή λόγω: τυπικού στηθαγχικού πόνου (4/10) και οριζόντιας κατάσπασης ST 2 mm στις V4-V6, II, III, aVF, "
     "που επέμεινε 5 λεπτά στην αποκατάσταση. Χωρίς αρρυθμίες.\n"
     "Duke treadmill score: -9,8 (υψηλού κινδύνου).\n"
     "\n"
     "Συμπέρασμα: Θετική δοκιμασία κόπωσης για ισχαιμία, υψηλού κινδύνου. Συστήνεται στεφανιογραφία (προγραμματισμός "
     "στο Αιμοδυναμικό Εργαστήριο του ΠΓΝ Λάρισας ή ΠΓΝ Ιωαννίνων). Έναρξη ατορβαστατίνης 80 mg, μετοπρολόλης 50 mg "
     "x 2, νιτρογλυκερίνη 0,4 mg υπογλώσσια επί πόνου. Διακοπή καπνίσματος - παραπομπή στο Ιατρείο Διακοπής "
     "Καπνίσματος. Ενημερώθηκε η σύζυγός του, κ. Παρθένα, στο κινητό.\n"
     "\n"
     "Η ιατρός\n"
     "Ζωή-Μαρία Γκουντάρα, Καρδιολόγος, Επιμελήτρια Β' | ΑΜ ΙΣ Κοζάνης 1047\n"
     "Τεχνολόγος: Π.Κ.",
     [("HOSPITAL", ["ΜΑΜΑΤΣΕΙΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΟΖΑΝΗΣ"]), ("LOCATION", ["Μαμάτσειο"]), ("POSTCODE", ["50100"]),
      ("LOCATION", ["Κοζάνη"]), ("PHONE", ["24613 52 311"]), ("DATE", ["17/10/2025"]), ("ID", ["ΔΚ-2025/1184"]),
      ("NAME", ["Κυριάκος", "Τσιρογιάννης", "Αποστόλου"]), ("DATE", ["08/03/1968"]), ("ID", ["08036802473"]),
      ("ADDRESS", ["Ευξείνου Πόντου 12"]), ("LOCATION", ["Σιάτιστα"]), ("PHONE", ["698 555 4120"]),
      ("LOCATION", ["ΑΗΣ Αγίου Δημητρίου"]), ("NAME", ["Ευθυμία", "Λιάκου"]), ("HOSPITAL", ["Κέντρο Υγείας Σιάτιστας"]),
      ("LOCATION", ["Βελβεντό"]), ("HOSPITAL", ["ΠΓΝ Λάρισας"]), ("HOSPITAL", ["ΠΓΝ Ιωαννίνων"]), ("NAME", ["Παρθένα"]),
      ("NAME", ["Ζωή-Μαρία", "Γκουντάρα"]), ("LICENCE", ["1047"]), ("NAME", ["Π.Κ."])],
     ["Bruce", "35 pack-years", "LDL 168 mg/dL", "ασπιρίνη 100 mg", "βαλσαρτάνη 160 mg", "7,2 METs",
      "κατάσπασης ST 2 mm", "V4-V6", "aVF", "Duke treadmill score: -9,8", "στεφανιογραφία", "ατορβαστατίνης 80 mg",
      "νιτρογλυκερίνη 0,4 mg"]),

    # 2 - Northern Ireland, Co. Tyrone (Omagh): pre-operative anaesthetic assessment clinic record
    ("Western Health and Social Care Trust\n"
     "Omagh Hospital and Primary Care Complex - Pre-operative Assessment Clinic\n"
     "Listed for: laparoscopic cholecystectomy, Altnagelvin Area Hospital, Day Surgery (Mr Cathal Devlin-Ferris)\n"
     "\n"
     "PRE-OP ASSESSMENT | 29/08/2025 | Nurse-led with anaesthetic review\n"
     "Patient: Mrs Roisin Bernadette Mullan-Quigley | F | 63 | DOB 11/12/1961\n"
     "H&C No. 320 458 8165 | Hosp No. TY0448721\n"
     "Address: 27 Mullaghmore Road, Dromore, Co. Tyrone BT78 3EL\n"
     "Phone: 028 8289 5517 / mobile 07700 900 731 | Lift home: husband Seamus (will stay 24 h)\n"
     "\n"
     "History: recurrent biliary colic, 2 admissions (last at South West Acute Hospital in June). OSA on CPAP "
     "(bring machine). T2DM on gliclazide 80 mg BD + sitagliptin. HTN. AF - CHA2DS2-VASc 4, on rivaroxaban 20 mg. "
     "Previous GA 2009 (hysterectomy) - severe PONV.\n"
     "Exam: Wt 104 kg, BMI 41.2. BP 148/86, HR 78 irregular, SpO2 96%. Airway: Mallampati 3, thyromental 6 cm, "
     "neck circumference 43 cm, full dentition (upper bridge). Chest clear.\n"
     "Scores: ASA III. STOP-BANG 6 (known OSA). RCRI 1. DASI 28.45 (~5.6 METs) - climbs 2 flights of stairs at the "
     "Sixmilecross chapel without stopping. Apfel 3. Rockwood CFS 3.\n"
     "Bloods: Hb 131, plt 244, U&E normal, eGFR 71, HbA1c 57 mmol/mol, group & save not needed. ECG: AF 74, no acute "
     "changes.\n"
     "\n"
     "PLAN (discussed with Dr Fionnuala Hegarty, Consultant Anaesthetist, bleep 1904):\n"
     "1. Rivaroxaban: last dose 48 h pre-op (eGFR > 50) - no bridging.\n"
     "2. Diabetes: omit gliclazide and sitagliptin on the morning of surgery; first on the list; CBG on arrival.\n"
     "3. PONV prophylaxis: dexamethasone 6.6 mg + ondansetron 4 mg; consider TIVA.\n"
     "4. OSA: own CPAP in recovery; opioid-sparing analgesia; not suitable for same-day discharge - book 23-hour bed.\n"
     "5. Weight: referral to the Tyrone weight management service at the Ulster American Folk Park health hub.\n"
     "Patient information leaflet given; consent to be taken on the day by surgical team.\n"
     "Nurse: Aoife Cush, Staff Nurse (NMC 09H1746N) | Anaesthetist: F. Hegarty, GMC 4718203",
     [("HOSPITAL", ["Western Health and Social Care Trust"]), ("HOSPITAL", ["Omagh Hospital and Primary Care Complex"]),
      ("HOSPITAL", ["Altnagelvin Area Hospital"]), ("NAME", ["Cathal", "Devlin-Ferris"]), ("DATE", ["29/08/2025"]),
      ("NAME", ["Roisin", "Bernadette", "Mullan-Quigley"]), ("DATE", ["11/12/1961"]), ("ID", ["320 458 8165"]),
      ("MRN", ["TY0448721"]), ("ADDRESS", ["27 Mullaghmore Road"]), ("LOCATION", ["Dromore"]),
      ("LOCATION", ["Co. Tyrone"]), ("POSTCODE", ["BT78 3EL"]), ("PHONE", ["028 8289 5517"]),
      ("PHONE", ["07700 900 731"]), ("NAME", ["Seamus"]), ("HOSPITAL", ["South West Acute Hospital"]),
      ("DATE", ["June"]), ("LOCATION", ["Sixmilecross"]), ("NAME", ["Fionnuala", "Hegarty"]), ("PHONE", ["1904"]),
      ("LOCATION", ["Tyrone"]), ("LOCATION", ["Ulster American Folk Park"]), ("NAME", ["Aoife", "Cush"]),
      ("LICENCE", ["09H1746N"]), ("NAME", ["F. Hegarty"]), ("LICENCE", ["4718203"])],
     ["laparoscopic cholecystectomy", "biliary colic", "OSA on CPAP", "gliclazide 80 mg BD", "sitagliptin",
      "CHA2DS2-VASc 4", "rivaroxaban 20 mg", "PONV", "Mallampati 3", "thyromental 6 cm", "ASA III", "STOP-BANG 6",
      "RCRI 1", "DASI 28.45", "Apfel 3", "Rockwood CFS 3", "HbA1c 57 mmol/mol", "dexamethasone 6.6 mg",
      "ondansetron 4 mg", "TIVA"]),

    # 3 - China, Guizhou (Zunyi): occupational disease (pneumoconiosis) diagnosis certificate (simplified Chinese)
    ("遵义医科大学附属医院 职业病科\n"
     "贵州省遵义市汇川区大连路149号 电话：0851-2860 3317\n"
     "职业病诊断证明书\n"
     "编号：黔遵职诊〔2025〕第0318号\n"
     "\n"
     "劳动者姓名：罗德贵　性别：男　出生日期：1971年8月5日　身份证号：520322197108052813\n"
     "住址：遵义市桐梓县太平村大湾组17号　联系电话：139-8521-6604\n"
     "用人单位：桐梓县鸿福煤矿（已关闭）　工种：掘进工　接尘工龄：19年（1993年至2012年）\n"
     "申请日期：2025年5月12日　诊断日期：2025年7月3日\n"
     "\n"
     "诊断依据：\n"
     "1. 职业史：据用人单位劳动合同、工友证明（工友杨正明、何光荣）及桐梓县卫生健康局提供的资料，确认有矽尘接触史。\n"
     "2. 高千伏胸片及HRCT：双肺中上肺区可见小阴影，形态 p/q，总体密集度1级，分布范围达4个肺区；无大阴影。\n"
     "3. 肺功能：FVC 78% 预计值，FEV1 62% 预计值，FEV1/FVC 0.66，轻度混合性通气功能障碍。\n"
     "4. 结核感染T细胞斑点试验（T-SPOT.TB）阴性；痰抗酸染色 3次阴性。\n"
     "5. 依据《职业性尘肺病的诊断》（GBZ 70-2015）。\n"
     "\n"
     "诊断结论：职业性矽肺壹期。\n"
     "处理意见：1. 调离粉尘作业，定期复查（每年一次胸片及肺功能）。2. 建议申请工伤认定及劳动能力鉴定。"
     "3. 肺康复治疗，接种流感及肺炎球菌疫苗。4. 戒烟（吸烟20包年）。\n"
     "\n"
     "诊断医师（签名）：田晓红（职业病诊断医师资格证号 黔职诊字第0417号）、冉光辉、班文杰\n"
     "诊断机构（盖章）　2025年7月3日\n"
     "本证明书一式五份：劳动者、用人单位、桐梓县医疗保障局各一份，诊断机构存档两份。\n"
     "劳动者家属：妻子 邹桂芬 已领取。",
     [("HOSPITAL", ["遵义医科大学附属医院"]), ("LOCATION", ["贵州省"]), ("LOCATION", ["遵义市"]), ("LOCATION", ["汇川区"]),
      ("ADDRESS", ["大连路149号"]), ("PHONE", ["0851-2860 3317"]), ("ID", ["黔遵职诊〔2025〕第0318号"]),
      ("NAME", ["罗德贵"]), ("DATE", ["1971年8月5日"]), ("ID", ["520322197108052813"]), ("LOCATION", ["桐梓县"]),
      ("LOCATION", ["太平村"]), ("ADDRESS", ["大湾组17号"]), ("PHONE", ["139-8521-6604"]), ("LOCATION", ["鸿福煤矿"]),
      ("DATE", ["2025年5月12日"]), ("DATE", ["2025年7月3日"]), ("NAME", ["杨正明"]), ("NAME", ["何光荣"]),
      ("NAME", ["田晓红"]), ("LICENCE", ["黔职诊字第0417号"]), ("NAME", ["冉光辉"]), ("NAME", ["班文杰"]),
      ("NAME", ["邹桂芬"])],
     ["高千伏胸片", "HRCT", "小阴影", "p/q", "总体密集度1级", "FVC 78%", "FEV1/FVC 0.66", "T-SPOT.TB",
      "痰抗酸染色", "GBZ 70-2015", "职业性矽肺壹期", "肺康复治疗", "20包年", "轻度混合性通气功能障碍"]),

    # 4 - South Africa, Limpopo (Capricorn District): TB/HIV clinic transfer-out form with treatment card summary
    ("LIMPOPO DEPARTMENT OF HEALTH\n"
     "Mankweng Gateway Clinic (Mankweng Hospital) - TB/HIV Integrated Care\n"
     "TB TRANSFER-OUT / REFERRAL FORM\n"
     "\n"
     "Date: 16/09/2025 | TB register no. CAP-MKW-25/0412 | Tier.Net no. 0441-2087\n"
     "Name: Mmapula Grace Ramaphala | F | 37 yrs | DOB 1988-04-17\n"
     "SA ID 8804175563086 | Cell 072 555 3381\n"
     "Address: Stand 1124, Ga-Molepo, Houtbosdorp road; moving to her sister Thabitha at 47 Dr Nelson Mandela Dr, "
     "Mokopane\n"
     "Treatment supporter: Mr Solly Mphahlele (CHW, ward-based outreach team 3)\n"
     "Transferred to: Mokopane Hospital (Voortrekker) TB clinic / nearest PHC: Mahwelereng Clinic\n"
     "\n"
     "DIAGNOSIS: Pulmonary TB, bacteriologically confirmed, new. Xpert MTB/RIF Ultra: MTB detected (medium), "
     "Rif resistance not detected (sputum 05/06/2025). TB-LAM positive. CXR: RUL cavity.\n"
     "HIV: positive since 2016; CD4 148 cells/uL at diagnosis; VL 18,400 copies/mL. CrAg negative.\n"
     "\n"
     "REGIMEN: 2HRZE/4HR (FDC, 4 tabs daily, wt 54 kg). Intensive phase 09/06 - 03/08/2025, completed; "
     "continuation phase from 04/08/2025. Smear conversion at month 2: negative.\n"
     "ART: TLD (tenofovir/lamivudine/dolutegravir) restarted 2 weeks after TB Rx, dolutegravir 50 mg BD while on "
     "rifampicin. Cotrimoxazole 960 mg daily. Pyridoxine 25 mg.\n"
     "Doses missed: 3 (ward card checked). Adherence counselling x2.\n"
     "Contacts screened: 4 household (daughter Lerato 9 y on TPT 3HP; son Karabo 14 y; mother; partner "
     "Lucky Sebola - started 3HP). TB symptom screen negative for all.\n"
     "Side effects: peripheral neuropathy grade 1 - pyridoxine increased to 50 mg. ALT 42.\n"
     "\n"
     "Next due at receiving facility: 30/09/2025 (collect month 3 supply, VL at month 6 of ART).\n"
     "Referring clinician: Sr Nkateko Baloyi, PN (SANC 14822907) | Dr Mosibudi Phatudi-Kekana, MO, MP 0827411\n"
     "Receiving facility to return slip to: tbclinic.mankweng@limpopohealth.example.za | Fax 015 555 2094",
     [("HOSPITAL", ["Mankweng Gateway Clinic"]), ("HOSPITAL", ["Mankweng Hospital"]), ("DATE", ["16/09/2025"]),
      ("ID", ["CAP-MKW-25/0412"]), ("ID", ["0441-2087"]), ("NAME", ["Mmapula", "Grace", "Ramaphala"]),
      ("DATE", ["1988-04-17"]), ("ID", ["8804175563086"]), ("PHONE", ["072 555 3381"]), ("ADDRESS", ["Stand 1124"]),
      ("LOCATION", ["Ga-Molepo"]), ("LOCATION", ["Houtbosdorp"]), ("NAME", ["Thabitha"]),
      ("ADDRESS", ["47 Dr Nelson Mandela Dr"]), ("LOCATION", ["Mokopane"]), ("NAME", ["Solly", "Mphahlele"]),
      ("HOSPITAL", ["Mokopane Hospital"]), ("HOSPITAL", ["Voortrekker"]), ("HOSPITAL", ["Mahwelereng Clinic"]),
      ("DATE", ["05/06/2025"]), ("DATE", ["09/06"]), ("DATE", ["03/08/2025"]), ("DATE", ["04/08/2025"]),
      ("NAME", ["Lerato"]), ("NAME", ["Karabo"]), ("NAME", ["Lucky", "Sebola"]), ("DATE", ["30/09/2025"]),
      ("NAME", ["Nkateko", "Baloyi"]), ("LICENCE", ["14822907"]), ("NAME", ["Mosibudi", "Phatudi-Kekana"]),
      ("LICENCE", ["0827411"]), ("EMAIL", ["tbclinic.mankweng@limpopohealth.example.za"]), ("PHONE", ["015 555 2094"])],
     ["Xpert MTB/RIF Ultra", "Rif resistance not detected", "TB-LAM positive", "CD4 148 cells/uL",
      "VL 18,400 copies/mL", "CrAg negative", "2HRZE/4HR", "FDC", "TLD", "dolutegravir 50 mg BD", "rifampicin",
      "Cotrimoxazole 960 mg", "Pyridoxine 25 mg", "TPT 3HP", "peripheral neuropathy grade 1", "ALT 42"]),

    # 5 - South Korea, Gangwon (Chuncheon): rheumatology outpatient progress note (Korean)
    ("강원대학교병원 류마티스내과 외래 경과기록\n"
     "강원특별자치도 춘천시 백령로 156 | 대표전화 033-555-2114\n"
     "\n"
     "진료일: 2025년 10월 21일 (화) | 등록번호 KNUH-00731458\n"
     "환자: 박순자 (여, 67세) | 생년월일 1958년 9월 14일 | 주민등록번호 580914-2093612\n"
     "주소: 춘천시 신북읍 율문리 88-3 | 연락처 010-5552-8174 | 보호자: 딸 최은정 010-5553-0962\n"
     "의뢰: 홍천군 내촌면 보건지소 (공중보건의 정민혁)\n"
     "\n"
     "S) 양손 손가락 관절 통증과 아침 강직 2시간, 6개월. 소양강 근처 감자밭 일을 못 함. 최근 2주간 좌측 무릎 부종.\n"
     "O) 압통 관절 9개, 종창 관절 6개 (양측 MCP 2-3, 우측 PIP 2, 좌측 손목, 좌측 무릎). 원위지절 Heberden 결절 양측.\n"
     "   ESR 58 mm/h, CRP 2.4 mg/dL, 류마티스인자 128 IU/mL (양성), anti-CCP 340 U/mL.\n"
     "   손 X-선: 양측 MCP 관절 주위 골감소, 우측 MCP 2 미란 1개.\n"
     "   IGRA (QuantiFERON-TB Gold Plus) 음성, HBsAg 음성, anti-HBc 음성, HCV Ab 음성.\n"
     "   골밀도: 요추 T-score -2.6 (골다공증).\n"
     "A) 혈청양성 류마티스관절염 (2010 ACR/EULAR 분류기준 8점), DAS28-ESR 5.6 (높은 질병활성도).\n"
     "   골다공증. 무릎 골관절염 동반 가능.\n"
     "P) 1. 메토트렉세이트 10 mg 주 1회 (토요일) 시작, 4주 후 15 mg으로 증량. 엽산 5 mg 주 1회 (월요일).\n"
     "   2. 프레드니솔론 5 mg 1일 1회 (bridging, 3개월 내 감량).\n"
     "   3. 하이드록시클로로퀸 200 mg 1일 1회 - 안과 (망막 검사) 의뢰: 춘천성심병원 안과 이승훈 교수.\n"
     "   4. 알렌드로네이트 70 mg 주 1회, 칼슘/비타민 D.\n"
     "   5. 좌측 무릎 관절천자 및 트리암시놀론 40 mg 주사 시행 - 활액 WBC 8,200, 결정 없음.\n"
     "   6. 4주 후 CBC, LFT, Cr 확인. 음주 금지 교육 (남편 최기석 씨에게도 설명).\n"
     "   다음 외래: 2025년 11월 18일.\n"
     "\n"
     "담당의: 류마티스내과 한지원 (의사면허 제98317호) / 기록: 전공의 S.J.K.",
     [("HOSPITAL", ["강원대학교병원"]), ("LOCATION", ["강원특별자치도"]), ("LOCATION", ["춘천시"]),
      ("ADDRESS", ["백령로 156"]), ("PHONE", ["033-555-2114"]), ("DATE", ["2025년 10월 21일"]),
      ("MRN", ["KNUH-00731458"]), ("NAME", ["박순자"]), ("DATE", ["1958년 9월 14일"]), ("ID", ["580914-2093612"]),
      ("LOCATION", ["신북읍"]), ("LOCATION", ["율문리"]), ("ADDRESS", ["88-3"]), ("PHONE", ["010-5552-8174"]),
      ("NAME", ["최은정"]), ("PHONE", ["010-5553-0962"]), ("LOCATION", ["홍천군"]), ("LOCATION", ["내촌면"]),
      ("NAME", ["정민혁"]), ("LOCATION", ["소양강"]), ("HOSPITAL", ["춘천성심병원"]),
      ("NAME", ["이승훈"]), ("NAME", ["최기석"]), ("DATE", ["2025년 11월 18일"]), ("NAME", ["한지원"]),
      ("LICENCE", ["제98317호"]), ("NAME", ["S.J.K."])],
     ["Heberden 결절", "ESR 58 mm/h", "CRP 2.4 mg/dL", "anti-CCP 340 U/mL", "QuantiFERON-TB Gold Plus",
      "T-score -2.6", "2010 ACR/EULAR", "DAS28-ESR 5.6", "메토트렉세이트 10 mg 주 1회", "엽산 5 mg",
      "프레드니솔론 5 mg", "하이드록시클로로퀸 200 mg", "알렌드로네이트 70 mg", "트리암시놀론 40 mg", "MCP", "PIP"]),

    # 6 - Jamaica, St. Elizabeth: obstetric SBAR handover for transfer, severe pre-eclampsia
    ("SOUTHERN REGIONAL HEALTH AUTHORITY\n"
     "Black River Hospital - Maternity Ward\n"
     "SBAR TRANSFER HANDOVER to Cornwall Regional Hospital, Montego Bay (High-Risk Obstetrics)\n"
     "Date: 12/05/2025 | Time of call: 14:20 | Accepting: Dr. Kemar Ricketts-Hylton (SR, O&G), ext 2204\n"
     "\n"
     "S - Miss Tamoy Shanice Gayle-Whyte, 24 yrs, G3P2, 33+4/40 by dating scan, BP 168/112 and 172/110 15 min "
     "apart, severe headache, epigastric pain. Pre-eclampsia with severe features.\n"
     "B - Docket no. BRH-25-03917 | TRN 118-604-372 | DOB 09/03/2001 | From Treasure Beach (Calabash Bay), lives "
     "with partner Odane \"Scrappy\" Lindo, fisherman; mother Mrs. Hyacinth Whyte in Santa Cruz, 876-555-0247. ANC "
     "at Lacovia Health Centre (6 visits). Previous 2 SVDs at Mandeville Regional Hospital, no complications.\n"
     "A - Alert, GCS 15. Brisk reflexes, 3 beats clonus. Urine protein 3+. Plt 96 x10^9/L, ALT 88, LDH 640, "
     "creatinine 92, uric acid 480 - not yet HELLP but trending. CTG: baseline 145, variability reduced <5 bpm for "
     "40 min, no decelerations. EFW 1,850 g (10th centile). Bishop score 3.\n"
     "   Given: MgSO4 4 g IV over 20 min at 13:05 then 1 g/h (Zuspan regimen); labetalol 20 mg IV x2 -> BP 152/98; "
     "hydralazine available. Betamethasone 12 mg IM dose 1 at 13:30 (dose 2 due 13:30 on 13/05). Foley catheter: "
     "UO 40 mL/h. Nifedipine 10 mg PO given.\n"
     "R - Needs delivery planning with NICU on site (no NICU at BRH). Transfer by type 2 ambulance JA 5418 SE with "
     "midwife Nurse Petrona Blagrove (RM) and MgSO4 infusion running; calcium gluconate 10% 10 mL in the bag. ETA "
     "~1 h 30 via Middle Quarters and Ipswich.\n"
     "\n"
     "Handed over by: Dr. Adaeze Okoro-Bryan, MO (MCJ reg. 7731) | Witness: Sister Millicent Brissett, Ward Sister\n"
     "Cell (MO): 876-555-0189 | Report faxed 14:35",
     [("HOSPITAL", ["SOUTHERN REGIONAL HEALTH AUTHORITY"]), ("HOSPITAL", ["Black River Hospital"]),
      ("HOSPITAL", ["Cornwall Regional Hospital"]), ("LOCATION", ["Montego Bay"]), ("DATE", ["12/05/2025"]),
      ("NAME", ["Kemar", "Ricketts-Hylton"]), ("PHONE", ["2204"]), ("NAME", ["Tamoy", "Shanice", "Gayle-Whyte"]),
      ("MRN", ["BRH-25-03917"]), ("ID", ["118-604-372"]), ("DATE", ["09/03/2001"]), ("LOCATION", ["Treasure Beach"]),
      ("LOCATION", ["Calabash Bay"]), ("NAME", ["Odane", "Scrappy", "Lindo"]), ("NAME", ["Hyacinth", "Whyte"]),
      ("LOCATION", ["Santa Cruz"]), ("PHONE", ["876-555-0247"]), ("HOSPITAL", ["Lacovia Health Centre"]),
      ("HOSPITAL", ["Mandeville Regional Hospital"]), ("DATE", ["13/05"]), ("HOSPITAL", ["BRH"]),
      ("PLATE", ["JA 5418 SE"]), ("NAME", ["Petrona", "Blagrove"]), ("LOCATION", ["Middle Quarters"]),
      ("LOCATION", ["Ipswich"]), ("NAME", ["Adaeze", "Okoro-Bryan"]), ("LICENCE", ["7731"]),
      ("NAME", ["Millicent", "Brissett"]), ("PHONE", ["876-555-0189"])],
     ["SBAR", "G3P2", "33+4/40", "Pre-eclampsia with severe features", "3 beats clonus", "Urine protein 3+",
      "HELLP", "CTG", "EFW 1,850 g", "Bishop score 3", "MgSO4 4 g IV", "Zuspan regimen", "labetalol 20 mg IV",
      "hydralazine", "Betamethasone 12 mg IM", "Nifedipine 10 mg", "calcium gluconate 10%", "NICU"]),

    # 7 - Oman, North Al Batinah (Sohar): paediatric discharge summary, sickle cell crisis (Arabic, Eastern digits)
    ("سلطنة عُمان - وزارة الصحة\n"
     "مستشفى صحار - قسم طب الأطفال (جناح ٣)\n"
     "ملخص الخروج من المستشفى\n"
     "\n"
     "اسم المريض: سالم بن خلفان بن سعيد البادي | ذكر | العمر: ٩ سنوات\n"
     "تاريخ الميلاد: ١٤/٠٢/٢٠١٦ | الرقم المدني: ١٣٠٤٨٢٧٦ | رقم الملف: SH-٤٤٠٩١٢\n"
     "العنوان: ولاية لوى، قرية غضفان، سكة ٢١٧، منزل ٤٥ | هاتف ولي الأمر: ٩٩٥٥٥٣١٨\n"
     "ولي الأمر: الأب خلفان بن سعيد البادي (يعمل في ميناء صحار)، والأم شيخة بنت ناصر المقبالي\n"
     "\n"
     "تاريخ الدخول: ٣ أكتوبر ٢٠٢٥ | تاريخ الخروج: ٩ أكتوبر ٢٠٢٥\n"
     "الطبيب المعالج: د. منى بنت حمد الكلباني، استشارية أطفال\n"
     "\n"
     "التشخيص: فقر الدم المنجلي (HbSS) - نوبة انسداد وعائي مؤلمة مع متلازمة الصدر الحادة (acute chest syndrome).\n"
     "\n"
     "سير الحالة: حضر إلى الطوارئ بألم شديد في الظهر والساقين وحمى ٣٨٫٩ درجة بعد رحلة عائلية إلى الحمراء. "
     "في اليوم الثاني ظهر ضيق في التنفس وانخفاض الأكسجين إلى ٨٨٪ مع ارتشاح جديد في الفص السفلي الأيمن. "
     "أُعطي Ceftriaxone 75 mg/kg و Azithromycin 10 mg/kg، ومورفين بالتسريب المستمر، وأكسجين بالقناع، "
     "ونقل دم بسيط ١٠ مل/كغ (Hb من ٦٫٤ إلى ٨٫٩ غ/دل، HbS قبل النقل ٨٤٪). التنفس التحفيزي (incentive spirometry) كل ساعتين.\n"
     "تحسن تدريجياً، بدون حمى لمدة ٤٨ ساعة، الأكسجين ٩٧٪ على هواء الغرفة.\n"
     "\n"
     "أدوية الخروج: Hydroxyurea 20 mg/kg يومياً، Folic acid 5 mg يومياً، Penicillin V 250 mg مرتين يومياً، "
     "Paracetamol عند الحاجة.\n"
     "المتابعة: عيادة أمراض الدم للأطفال بعد أسبوعين (٢٣/١٠/٢٠٢٥)، و Transcranial Doppler في المستشفى السلطاني "
     "بمسقط. فحص الأشقاء: الأخت مريم (٦ سنوات) حاملة للصفة.\n"
     "ملاحظة: المعلمة أ. بدرية الشامسي من مدرسة غضفان للتعليم الأساسي طلبت تقريراً للغياب.\n"
     "\n"
     "الطبيب المقيم: د. يوسف بن علي الحوسني | ترخيص OMSB رقم ٤٧١٨٢ | التوقيع: ٩/١٠/٢٠٢٥",
     [("HOSPITAL", ["مستشفى صحار"]), ("NAME", ["سالم", "خلفان", "سعيد", "البادي"]), ("DATE", ["١٤/٠٢/٢٠١٦"]),
      ("ID", ["١٣٠٤٨٢٧٦"]), ("MRN", ["SH-٤٤٠٩١٢"]), ("LOCATION", ["ولاية لوى"]), ("LOCATION", ["غضفان"]),
      ("ADDRESS", ["سكة ٢١٧، منزل ٤٥"]), ("PHONE", ["٩٩٥٥٥٣١٨"]), ("NAME", ["خلفان", "سعيد", "البادي"]),
      ("LOCATION", ["ميناء صحار"]), ("NAME", ["شيخة", "ناصر", "المقبالي"]), ("DATE", ["٣ أكتوبر ٢٠٢٥"]),
      ("DATE", ["٩ أكتوبر ٢٠٢٥"]), ("NAME", ["منى", "حمد", "الكلباني"]), ("LOCATION", ["الحمراء"]),
      ("DATE", ["٢٣/١٠/٢٠٢٥"]), ("HOSPITAL", ["المستشفى السلطاني"]), ("LOCATION", ["مسقط"]), ("NAME", ["مريم"]),
      ("NAME", ["بدرية", "الشامسي"]), ("LOCATION", ["مدرسة غضفان للتعليم الأساسي"]),
      ("NAME", ["يوسف", "علي", "الحوسني"]), ("LICENCE", ["٤٧١٨٢"]), ("DATE", ["٩/١٠/٢٠٢٥"])],
     ["فقر الدم المنجلي", "HbSS", "acute chest syndrome", "Ceftriaxone 75 mg/kg", "Azithromycin 10 mg/kg",
      "HbS قبل النقل ٨٤٪", "incentive spirometry", "Hydroxyurea 20 mg/kg", "Folic acid 5 mg", "Penicillin V 250 mg",
      "Transcranial Doppler", "١٠ مل/كغ"]),

    # 8 - Singapore (Novena / Bukit Merah): geriatric day hospital discharge summary, patient aged 93
    ("Tan Tock Seng Hospital - Department of Geriatric Medicine\n"
     "Geriatric Day Hospital, 11 Jalan Tan Tock Seng, Singapore 308433 | Tel 6355 5801\n"
     "DAY HOSPITAL DISCHARGE SUMMARY\n"
     "\n"
     "Name: Mdm Lim Ah Moi @ Lim Siew Moi | F | 93-year-old | DOB 12 Feb 1932 | NRIC S0214783A\n"
     "Case No. TTSH-GDH-25-00871 | Address: Blk 58 Lengkok Bahru #07-213, Singapore 150058\n"
     "Caregivers: son Mr Tan Boon Huat (HP 9155 0347); FDW Ms Marites Caballero (from the Philippines, with her "
     "since 2019)\n"
     "Referred by: Dr Goh Wei Ling, Bukit Merah Polyclinic\n"
     "Attendance: 12 sessions, 2x/week, 07/07/2025 to 15/08/2025 (missed 2 sessions over Hari Raya Haji)\n"
     "\n"
     "Reason for referral: 3 falls in 6 months, slowing down after a fall at the Redhill market during Chinese New "
     "Year (Jan 2025); lives with son on the 7th floor; had been walking to the Lengkok Bahru void deck daily until "
     "2024.\n"
     "Problems: 1. Falls - multifactorial (orthostatic hypotension, sarcopenia, poor vision, polypharmacy). 2. Mild "
     "dementia, likely mixed (MoCA 17/30 in Hokkien via interpreter). 3. HTN. 4. Knee OA. 5. Bilateral cataracts.\n"
     "\n"
     "              Admission     Discharge\n"
     "Barthel       65/100        80/100\n"
     "TUG           24 s (frame)  16 s (quad stick)\n"
     "Tinetti       14/28         20/28\n"
     "Gait speed    0.42 m/s      0.61 m/s\n"
     "CFS           6             5\n"
     "FES-I         38/64         27/64\n"
     "\n"
     "Medication changes: stopped amlodipine 10 mg (postural drop 28 mmHg) - BP now 132/74 sitting, no drop. "
     "Stopped chlorpheniramine. Started vitamin D3 1000 IU OM, Ensure 1 serving BD. Donepezil 5 mg ON continued.\n"
     "Home: OT home visit 28/07 - grab bars in toilet, shower chair, removed floor mats. EASE application done via "
     "HDB. Personal alarm (PAB) installed.\n"
     "Follow-up: Geriatric clinic (Dr Ong Kah Seng) in 3 months; cataract listing at the eye clinic, TTSH; "
     "Senior Activity Centre at Blk 55 for exercise programme twice weekly.\n"
     "\n"
     "Prepared by: Dr Nur Aisyah bte Rahmat, Resident Physician (MCR 21847J) | 18 Aug 2025\n"
     "Physiotherapist: Mr Venkatesh s/o Ramasamy | OT: Ms Chua Hui Min",
     [("HOSPITAL", ["Tan Tock Seng Hospital"]), ("ADDRESS", ["11 Jalan Tan Tock Seng"]), ("LOCATION", ["Singapore"]),
      ("POSTCODE", ["308433"]), ("PHONE", ["6355 5801"]), ("NAME", ["Lim", "Ah Moi", "Siew Moi"]),
      ("AGE", ["93-year-old"]), ("DOB90", ["12 Feb 1932"]), ("ID", ["S0214783A"]), ("MRN", ["TTSH-GDH-25-00871"]),
      ("ADDRESS", ["Blk 58 Lengkok Bahru #07-213"]), ("POSTCODE", ["150058"]), ("NAME", ["Tan", "Boon Huat"]),
      ("PHONE", ["9155 0347"]), ("NAME", ["Marites", "Caballero"]), ("DATE", ["2019"]),
      ("NAME", ["Goh", "Wei Ling"]), ("HOSPITAL", ["Bukit Merah Polyclinic"]), ("DATE", ["07/07/2025"]),
      ("DATE", ["15/08/2025"]), ("DATE", ["Hari Raya Haji"]), ("LOCATION", ["Redhill"]),
      ("DATE", ["Chinese New Year"]), ("DATE", ["Jan 2025"]), ("LOCATION", ["Lengkok Bahru"]), ("DATE", ["2024"]),
      ("DATE", ["28/07"]), ("NAME", ["Ong", "Kah Seng"]), ("HOSPITAL", ["TTSH"]), ("ADDRESS", ["Blk 55"]),
      ("NAME", ["Nur Aisyah", "Rahmat"]), ("LICENCE", ["21847J"]), ("DATE", ["18 Aug 2025"]),
      ("NAME", ["Venkatesh", "Ramasamy"]), ("NAME", ["Chua", "Hui Min"])],
     ["orthostatic hypotension", "sarcopenia", "polypharmacy", "MoCA 17/30", "Barthel", "65/100", "TUG",
      "Tinetti", "14/28", "Gait speed", "CFS", "FES-I", "amlodipine 10 mg", "postural drop 28 mmHg",
      "chlorpheniramine", "vitamin D3 1000 IU OM", "Ensure", "Donepezil 5 mg ON", "EASE", "Knee OA"]),

    # 9 - Russia, Vologda Oblast: pulmonology outpatient extract (form 027/u) for a sanatorium referral (Russian)
    ("БУЗ ВО «Вологодская областная клиническая больница»\n"
     "Пульмонологический центр | г. Вологда, ул. Лечебная, д. 17 | тел. (8172) 55-41-08\n"
     "\n"
     "ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ АМБУЛАТОРНОГО БОЛЬНОГО (форма 027/у)\n"
     "для оформления санаторно-курортной карты\n"
     "\n"
     "Пациент: Шелепов Геннадий Аркадьевич, 14.05.1963 г.р. (62 года)\n"
     "СНИЛС 148-302-917 58 | Полис ОМС 3551 8804 2917 6630 | Амб. карта № П-25/4471\n"
     "Адрес: Вологодская обл., г. Сокол, ул. Суворова, д. 9, кв. 31 | тел. +7 921 555-38-17\n"
     "Место работы: до 2023 г. - прессовщик на Сокольском ЦБК; проживал также в Череповце.\n"
     "\n"
     "Диагноз: ХОБЛ, эмфизематозный фенотип, GOLD 3, группа E (по GOLD 2023). ДН I ст. Хроническое лёгочное "
     "сердце, компенсированное. Курение: 40 пачко-лет, бросил в марте 2024 г.\n"
     "Анамнез: обострения 2 раза за год, последнее - госпитализация в пульмонологическое отделение "
     "Сокольской ЦРБ с 02.06 по 14.06.2025.\n"
     "Обследование (01.09.2025): спирометрия после бронхолитика ОФВ1 41% от должн., ОФВ1/ФЖЕЛ 0,52; тест с "
     "6-минутной ходьбой 310 м, SpO2 в покое 93%, после нагрузки 87%. mMRC 3, CAT 24 балла. ЭхоКГ: СДЛА 42 мм рт. "
     "ст. Эозинофилы крови 310 кл/мкл. Альфа-1-антитрипсин в норме.\n"
     "Лечение: тиотропий/олодатерол (Спиолто Респимат) 2,5/2,5 мкг по 2 вдоха 1 раз/сут; с учётом эозинофилов "
     "добавлен будесонид; сальбутамол по потребности. Вакцинация: пневмококковая (ПКВ13), грипп - 2025.\n"
     "Рекомендовано: санаторно-курортное лечение, климат средней полосы (санаторий «Новый Источник», "
     "Вологодская обл.) или лечение в Кисловодске не рекомендуется (высокогорье). Лёгочная реабилитация.\n"
     "Со слов жены, Шелеповой Л. Н., одышка усиливается в сырую погоду.\n"
     "\n"
     "Лечащий врач-пульмонолог: Кокорина Т. В.\n"
     "Заведующий центром: к.м.н. Баландин-Лебедев О. С.\n"
     "Дата выдачи: 03.09.2025 | Печать ЛПУ",
     [("HOSPITAL", ["Вологодская областная клиническая больница"]), ("LOCATION", ["Вологда"]),
      ("ADDRESS", ["ул. Лечебная, д. 17"]), ("PHONE", ["(8172) 55-41-08"]),
      ("NAME", ["Шелепов", "Геннадий", "Аркадьевич"]), ("DATE", ["14.05.1963"]), ("ID", ["148-302-917 58"]),
      ("ID", ["3551 8804 2917 6630"]), ("MRN", ["П-25/4471"]), ("LOCATION", ["Вологодская обл."]), ("LOCATION", ["Сокол"]),
      ("ADDRESS", ["ул. Суворова, д. 9, кв. 31"]), ("PHONE", ["+7 921 555-38-17"]), ("LOCATION", ["Сокольском ЦБК"]),
      ("LOCATION", ["Череповце"]), ("DATE", ["марте 2024"]), ("HOSPITAL", ["Сокольской ЦРБ"]), ("DATE", ["02.06"]),
      ("DATE", ["14.06.2025"]), ("DATE", ["01.09.2025"]), ("LOCATION", ["Новый Источник"]),
      ("LOCATION", ["Кисловодске"]), ("NAME", ["Шелеповой", "Л. Н."]), ("NAME", ["Кокорина", "Т. В."]),
      ("NAME", ["Баландин-Лебедев", "О. С."]), ("DATE", ["03.09.2025"])],
     ["ХОБЛ", "GOLD 3", "GOLD 2023", "ДН I ст.", "40 пачко-лет", "ОФВ1 41%", "ОФВ1/ФЖЕЛ 0,52",
      "6-минутной ходьбой 310 м", "mMRC 3", "CAT 24 балла", "СДЛА 42 мм рт. ст.", "Эозинофилы крови 310 кл/мкл",
      "Альфа-1-антитрипсин", "Спиолто Респимат", "будесонид", "сальбутамол", "ПКВ13", "форма 027/у"]),

    # 10 - Malta (Mater Dei / Gozo): ophthalmology intravitreal injection record, diabetic macular oedema
    ("MATER DEI HOSPITAL - Ophthalmic Department, Intravitreal Injection Suite (Level -1)\n"
     "Triq Dun Karm, Msida MSD 2090 | Tel 2545 6140\n"
     "INTRAVITREAL INJECTION RECORD & CLINIC NOTE\n"
     "\n"
     "Date: 24.09.2025 | Patient: Mr Carmelo Vella Zammit | M | 59 | DOB 02.11.1965\n"
     "ID card 0412765M | Hospital No. MDH-1407726 | Address: \"Ta' Pawla\", 14, Triq il-Kappillan Mifsud, Paola PLA 1205\n"
     "Mobile 7955 3172 | Works at the Marsaxlokk fish market; wife Doris drives him (they go to their flat in "
     "Victoria, Gozo at weekends - asks for follow-up at Gozo General Hospital when possible).\n"
     "Referred by Dr Josianne Camilleri, Paola Health Centre (DR screening programme).\n"
     "\n"
     "Diagnosis: R centre-involving diabetic macular oedema; moderate NPDR both eyes (R3? no - R2 M1 per screening "
     "grading). T2DM 14 yrs, HbA1c 8.2%.\n"
     "Today:             RE                 LE\n"
     "VA (Snellen)       6/18 (ph 6/12)     6/9\n"
     "IOP (Goldmann)     16 mmHg            15 mmHg\n"
     "OCT CST            412 um             286 um\n"
     "Lens               NS1                NS1\n"
     "No rubeosis. Fundus: dot-blot haemorrhages, hard exudates in a circinate ring temporal to R fovea.\n"
     "\n"
     "Procedure (RE, injection 3 of loading 5): aflibercept (Eylea) 2 mg/0.05 mL, 30G, 4 mm from limbus "
     "inferotemporal. Povidone-iodine 5%, lid speculum, topical tetracaine. Time-out done. Post-injection: CF at "
     "1 m, optic disc perfused, IOP 24 mmHg at 10 min. No complications.\n"
     "Batch: KT0A8831 | Exp. 03/2027.\n"
     "Advice: endophthalmitis warning signs (pain, worse vision, redness) - call Eye Casualty 2545 4020 any time.\n"
     "Plan: next injection in 4 weeks (22.10.2025), then treat-and-extend. Consider focal laser (micropulse) later. "
     "Diabetes clinic to optimise control; BP 148/90 - GP informed.\n"
     "\n"
     "Injector: Dr Kurt Borg Cardona, Higher Specialist Trainee (MCM reg. 4418) | Supervising: Mr Reuben Gatt, "
     "Consultant Ophthalmic Surgeon | Nurse: SN Maria Dolores Farrugia",
     [("HOSPITAL", ["MATER DEI HOSPITAL"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["Msida"]),
      ("POSTCODE", ["MSD 2090"]), ("PHONE", ["2545 6140"]), ("DATE", ["24.09.2025"]),
      ("NAME", ["Carmelo", "Vella Zammit"]), ("DATE", ["02.11.1965"]), ("ID", ["0412765M"]), ("MRN", ["MDH-1407726"]),
      ("ADDRESS", ["Ta' Pawla", "14, Triq il-Kappillan Mifsud"]), ("LOCATION", ["Paola"]), ("POSTCODE", ["PLA 1205"]),
      ("PHONE", ["7955 3172"]), ("LOCATION", ["Marsaxlokk"]), ("NAME", ["Doris"]), ("LOCATION", ["Victoria"]),
      ("LOCATION", ["Gozo"]), ("HOSPITAL", ["Gozo General Hospital"]), ("NAME", ["Josianne", "Camilleri"]),
      ("HOSPITAL", ["Paola Health Centre"]), ("PHONE", ["2545 4020"]), ("DATE", ["22.10.2025"]),
      ("NAME", ["Kurt", "Borg Cardona"]), ("LICENCE", ["4418"]), ("NAME", ["Reuben", "Gatt"]),
      ("NAME", ["Maria Dolores", "Farrugia"])],
     ["diabetic macular oedema", "NPDR", "R2 M1", "HbA1c 8.2%", "6/18", "Goldmann", "OCT CST", "412 um", "NS1",
      "rubeosis", "dot-blot haemorrhages", "circinate", "aflibercept (Eylea) 2 mg/0.05 mL", "30G",
      "Povidone-iodine 5%", "tetracaine", "CF at 1 m", "IOP 24 mmHg", "endophthalmitis", "treat-and-extend"]),

    # 11 - Thailand, Udon Thani (Kumphawapi): community hospital referral form, severe leptospirosis (Thai)
    ("โรงพยาบาลกุมภวาปี อำเภอกุมภวาปี จังหวัดอุดรธานี 41110 โทร 042-555-318\n"
     "ใบส่งตัวผู้ป่วย (แบบส่งต่อ) เลขที่ส่งต่อ KPW-2568/1937\n"
     "\n"
     "ส่งถึง: โรงพยาบาลศูนย์อุดรธานี แผนกอายุรกรรม (ผู้รับ: พญ.ศิริพร วงศ์สุวรรณ)\n"
     "วันที่ 12 ก.ย. 2568 เวลา 10.45 น.\n"
     "\n"
     "ชื่อผู้ป่วย: นายสมชาย แก้วมณีวงศ์ อายุ 48 ปี เพศชาย HN 0651247\n"
     "เลขประจำตัวประชาชน 3410500218731 สิทธิ: บัตรทอง (UC)\n"
     "ที่อยู่: 57 หมู่ 6 บ้านหนองหาน ตำบลเชียงแหว อำเภอกุมภวาปี จังหวัดอุดรธานี\n"
     "ผู้ติดต่อ: นางบุญเรือน แก้วมณีวงศ์ (ภรรยา) โทร 081-555-7264\n"
     "\n"
     "อาการสำคัญ: ไข้สูง ปวดน่องมาก 5 วัน ตาแดง ปัสสาวะออกน้อย 1 วัน\n"
     "ประวัติ: ทำนา ลุยน้ำท่วมขังในนาข้าวที่บ้านโนนสะอาด หลังฝนตกหนัก ไม่ได้ใส่รองเท้าบูท\n"
     "ตรวจร่างกาย: T 39.2 °C, BP 92/58 mmHg, PR 118/min, RR 26/min, SpO2 93% (room air), GCS E4V5M6 "
     "ตาเหลือง (jaundice), conjunctival suffusion, กดเจ็บกล้ามเนื้อน่องทั้งสองข้าง\n"
     "ผลตรวจ: Hct 34%, WBC 15,800, PLT 48,000, BUN 62 mg/dL, Creatinine 3.4 mg/dL, K 3.1 mmol/L, "
     "Total bilirubin 8.6 mg/dL, CPK 2,150 U/L, UA: protein 2+, RBC 10-20\n"
     "Leptospira rapid test (IgM) positive\n"
     "CXR: bilateral patchy infiltration สงสัย pulmonary hemorrhage\n"
     "\n"
     "การวินิจฉัย: Severe leptospirosis (Weil's disease) with AKI (KDIGO stage 3) และ ภาวะเลือดออกในปอดระยะแรก\n"
     "การรักษาที่ให้: Ceftriaxone 2 g IV stat (09.30 น.), 0.9% NSS 1,000 mL load แล้ว 100 mL/hr, "
     "O2 cannula 3 LPM, on Foley cath - urine 15 mL/hr\n"
     "เหตุผลที่ส่งต่อ: ต้องการ hemodialysis และ ICU\n"
     "นำส่งโดย: รถพยาบาล ทะเบียน กข 4518 อุดรธานี พร้อมพยาบาลวิชาชีพ นางสาวปวีณา ศรีบุญเรือง\n"
     "แจ้งงานควบคุมโรค สสอ.กุมภวาปี แล้ว (รายงาน 506)\n"
     "\n"
     "แพทย์ผู้ส่ง: นพ.ธนวัฒน์ บุญประเสริฐ เลขที่ใบประกอบวิชาชีพ ว.54127\n"
     "ติดต่อกลับ Line ID: @kpwrefer",
     [("HOSPITAL", ["โรงพยาบาลกุมภวาปี"]), ("LOCATION", ["อำเภอกุมภวาปี"]), ("LOCATION", ["จังหวัดอุดรธานี"]),
      ("POSTCODE", ["41110"]), ("PHONE", ["042-555-318"]), ("ID", ["KPW-2568/1937"]),
      ("HOSPITAL", ["โรงพยาบาลศูนย์อุดรธานี"]), ("NAME", ["ศิริพร", "วงศ์สุวรรณ"]), ("DATE", ["12 ก.ย. 2568"]),
      ("NAME", ["สมชาย", "แก้วมณีวงศ์"]), ("MRN", ["0651247"]), ("ID", ["3410500218731"]),
      ("ADDRESS", ["57 หมู่ 6"]), ("LOCATION", ["บ้านหนองหาน"]), ("LOCATION", ["ตำบลเชียงแหว"]),
      ("NAME", ["บุญเรือน", "แก้วมณีวงศ์"]), ("PHONE", ["081-555-7264"]), ("LOCATION", ["บ้านโนนสะอาด"]),
      ("PLATE", ["กข 4518 อุดรธานี"]), ("NAME", ["ปวีณา", "ศรีบุญเรือง"]), ("LOCATION", ["สสอ.กุมภวาปี"]),
      ("NAME", ["ธนวัฒน์", "บุญประเสริฐ"]), ("LICENCE", ["ว.54127"]), ("HANDLE", ["@kpwrefer"])],
     ["ปวดน่อง", "conjunctival suffusion", "GCS E4V5M6", "Creatinine 3.4 mg/dL", "CPK 2,150 U/L",
      "Leptospira rapid test (IgM) positive", "pulmonary hemorrhage", "Severe leptospirosis", "Weil's disease",
      "KDIGO stage 3", "Ceftriaxone 2 g IV", "0.9% NSS", "hemodialysis", "ICU", "Total bilirubin 8.6 mg/dL",
      "รายงาน 506"]),
] + MORE_NOTES
