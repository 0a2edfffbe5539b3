"""Fortieth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

24 notes (776 planted identifier parts in 664 (kind, parts) entries; 253 clinical strings), 14 in English and 10 in
other scripts, written the way clinicians write them, in settings and note types not used in the eighteenth or the
thirty-ninth set. From Scotland (Shetland), Greece (Crete, Thessaloniki), Nigeria (Enugu State), mainland China
(Sichuan), New Zealand (Bay of Plenty), Russia (Sakha Republic), England (London, Bristol), Jordan (Irbid), Canada
(British Columbia, Alberta, with a visitor from Chile), Sri Lanka (Northern Province), the Philippines (Ilocos Norte),
Bangladesh (Sylhet), Wales (Anglesey), the USA (California, Utah), Taiwan (Hualien), Cyprus (Nicosia), Singapore,
Northern Ireland (Co. Armagh), Australia (South Australia) and South Africa (Eastern Cape).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 1 (Chania), 13 (Thessaloniki) and 17 (Nicosia)
are in Greek script, with Greek names, patronymics, nicknames, addresses, phone numbers and dates; note 3 (Chengdu) and
note 19 (Singapore) are in simplified Chinese and note 15 (Hualien, with Republic of China calendar dates) in
traditional Chinese, with names without spaces, Chinese addresses and dates such as 2025年11月3日; note 5 is in Russian
(Cyrillic, with patronymics and Russian month names), note 7 in Arabic (with Arabic-Indic digits and a Hijri date), note
9 in Tamil (with a Tamil calendar date) and note 11 in Bengali (with Bengali digits and a Bengali calendar date); all
other notes (14: 0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 21, 22, 23) are in English, with Shetland Scots, Igbo and
Yoruba, Maori, Jamaican-British, Haida, Ilocano and Filipino, Welsh, Korean-American, Somali, Chilean, Samoan, Polish,
Northern Irish, Lebanese-Australian and Xhosa names. Three patients are aged 90 or over (notes 0, 12 and 15), and for
them the age and every date element, bare years, months, year-less dates and a festival included, are planted; where a
younger patient's note has a bare year (notes 2, 20, 21 and 22), it is left in the text and not planted. Entries per
kind in the whole set: NAME 189, LOCATION 116, DATE 112, HOSPITAL 53, ID 38, PHONE 36, ADDRESS 32, POSTCODE 25, LICENCE
18, MRN 15, PLATE 10, SERIAL 6, EMAIL 6, AGE 4, IP 2, HANDLE 1, URL 1.

Notes 0-11 (this file): an anticoagulation clinic warfarin dosing record with a dosing table and staff initials for a
patient aged 93 (Shetland, Yell); an operation note for a cholecystectomy converted to open (Crete, Chania, in Greek); a
newborn special care unit admission note (Nigeria, Enugu); a polysomnography report (Chengdu, in simplified Chinese); a
diabetes high-risk foot podiatry clinic record (New Zealand, Rotorua); a burns centre primary examination for frostbite
(Yakutsk, in Russian); a sexual health clinic partner notification record with a partner table (London, Brixton); a
transthoracic echocardiography report with a measurement table (Jordan, Irbid, in Arabic); a cardiac device clinic
pacemaker follow-up (British Columbia, Prince Rupert and Haida Gwaii); a diabetic retinopathy screening report and laser
referral (Sri Lanka, Jaffna, in Tamil); a medico-legal certificate after a road accident (Philippines, Laoag City); a
discharge against medical advice undertaking in a coronary care unit (Bangladesh, Sylhet, in Bengali). Notes 12-23 are
in :mod:`deid_notes_heldout40_more`, only to keep each file a readable length.

Identifiers sit where clinicians put them: letterheads, labels and table cells, after titles and relation words (Dr,
Mrs, Sr., Nurse, PSSg, daughter, son-in-law, wife, grandmother, σύζυγος, γιος, του with a patronymic, жена, брат, زوجها,
ابنتها, மனைவி, மகன், ছেলে, মেয়ে, মেয়ের জামাই, 丈夫, 女儿), bare in prose, in brackets, in sign-offs and as staff initials
used again alone later (EJ, RMcK, NU, YXY, KWS, JF, BNR, Ε.Κ., م.ع, கு.பா, SD); nicknames (Minnie, Bill, Jun-Jun, Boyet,
Auntie Dee, Μανόλης, Ρηνιώ, Кеша, ராசா), hyphenated and multi-part names, names that are also ordinary words or virtues
(Blessing, Goodness, Charity, Bill, Mere, Ver, Ελπίδα, Ειρήνη); house names, barangay, village, post office, upazila,
ulus and street addresses with and without numbers; hospitals, a maternity home, health centres, schools, a haulage
firm, a police station and a highway; cities, districts, villages and postcodes; phone numbers in local formats, e-mail
addresses, a PACS URL and private and public IPv4 addresses, an Instagram handle; national, insurance, health card,
clinic, case, blotter and ML case numbers; professional registrations (GPhC, MDCN, GMC, SLMC, PRC, BMDC, Jordanian
licence, NZ podiatry APC); pacemaker, lead, echo machine and PSG device serial numbers; vehicle plates (a taxi, a
logging truck, a UAZ, tricycles, a van, a government ambulance, a Bangladeshi ambulance); and dates in many styles
(numeric with slashes, dashes and dots, year-less, written, ordinal, Greek, Chinese, Russian, Tamil, Bengali and Hijri).
Where a real identifier has a check digit (Scottish CHI, Greek AMKA, Chinese resident ID, NZ NHI, Russian SNILS, NHS
number, British Columbia PHN) the planted one passes it; the others (Russian OMS policy, Jordanian national number, Sri
Lankan NIC, PhilHealth PIN, Bangladeshi NID) keep a valid format. Entries per kind here: NAME 92, LOCATION 58, DATE 47,
HOSPITAL 22, PHONE 18, ID 14, ADDRESS 14, MRN 10, LICENCE 8, POSTCODE 8, PLATE 7, SERIAL 5, AGE 2, EMAIL 2, IP 2, HANDLE
1, URL 1; this file holds 363 identifier parts in 311 entries and 123 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout40.deid_notes_heldout40_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Shetland (Yell): anticoagulation clinic warfarin dosing record, patient aged 93
    ("NHS Shetland - Gilbert Bain Hospital, Lerwick\n"
     "ANTICOAGULATION CLINIC (near-patient INR) - WARFARIN DOSING RECORD\n"
     "Patient: Mrs Williamina (\"Minnie\") Tulloch, nee Halcrow | CHI 1403324166 | DOB 14/03/1932 | Age 93\n"
     "Address: Nort-a-Voe, Mid Yell, Shetland ZE2 9BT | Tel 01957 702418\n"
     "GP: Dr Magnus Jamieson, Yell Health Centre\n"
     "Indication: non-valvular AF since 2009. CHA2DS2-VASc 5, HAS-BLED 3. Target INR 2.0-3.0.\n"
     "Not for a DOAC: CrCl 24 mL/min (Cockcroft-Gault, wt 51 kg), and GI bleed on dabigatran in 2019 - family "
     "prefer warfarin. Tablets: warfarin 1 mg (brown) and 3 mg (blue).\n"
     "\n"
     "| Date | INR | Dose | Next | Sign |\n"
     "|---|---|---|---|---|\n"
     "| 02/10/2025 | 2.4 | 3 mg daily, 2 mg Sun | 4 wks | EJ |\n"
     "| 30/10 | 3.8 | omit x1, then 2.5 mg daily | 1 wk | EJ |\n"
     "| 06/11/25 | 3.1 | 2.5 mg daily | 1 wk | RMcK |\n"
     "| 13 Nov | 2.6 | 2.5 mg daily | 2 wks | RMcK/EJ |\n"
     "\n"
     "30/10: INR up after clarithromycin 500 mg BD (chest infection, OOH doctor). No bruising, no melaena. Vit K "
     "not needed.\n"
     "Daughter Morag Halcrow-Irvine fills the dosette box; son-in-law Ertie drives her to the Ulsta ferry and in by "
     "Toft on clinic days. Minnie says she will be 94 in March and is \"no gaun sooth tae Aberdeen\" again.\n"
     "Next INR: 27/11/2025 at the Mid Yell outreach clinic. Yellow book updated.\n"
     "Eilidh Johnson, Anticoagulation Nurse Specialist - EJ\n"
     "Checked: Ruaridh McKerrow, Pharmacist, GPhC 2218473 - RMcK",
     [("LOCATION", ["Shetland"]), ("HOSPITAL", ["Gilbert Bain Hospital"]), ("LOCATION", ["Lerwick"]),
      ("NAME", ["Williamina", "Tulloch"]), ("NAME", ["Minnie"]), ("NAME", ["Halcrow"]), ("ID", ["1403324166"]),
      ("DATE", ["14/03/1932"]), ("AGE", ["93"]), ("ADDRESS", ["Nort-a-Voe"]), ("LOCATION", ["Mid Yell"]),
      ("POSTCODE", ["ZE2 9BT"]), ("PHONE", ["01957 702418"]), ("NAME", ["Magnus", "Jamieson"]),
      ("HOSPITAL", ["Yell Health Centre"]), ("DATE", ["2009"]), ("DATE", ["2019"]), ("DATE", ["02/10/2025"]),
      ("NAME", ["EJ"]), ("DATE", ["30/10"]), ("DATE", ["06/11/25"]), ("NAME", ["RMcK"]), ("DATE", ["13 Nov"]),
      ("NAME", ["Morag", "Halcrow-Irvine"]), ("NAME", ["Ertie"]), ("LOCATION", ["Ulsta"]), ("LOCATION", ["Toft"]),
      ("AGE", ["94"]), ("DATE", ["March"]), ("LOCATION", ["Aberdeen"]), ("DATE", ["27/11/2025"]),
      ("NAME", ["Eilidh", "Johnson"]), ("NAME", ["Ruaridh", "McKerrow"]), ("LICENCE", ["2218473"])],
     ["AF", "CHA2DS2-VASc 5", "HAS-BLED 3", "Target INR 2.0-3.0", "DOAC", "CrCl 24 mL/min", "Cockcroft-Gault",
      "dabigatran", "clarithromycin 500 mg BD", "Vit K"]),

    # 1 - Greece, Crete (Chania): operation note, cholecystectomy converted to open (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΧΑΝΙΩΝ «Ο ΑΓΙΟΣ ΓΕΩΡΓΙΟΣ» - Χειρουργική Κλινική\n"
     "Μουρνιές, 73300 Χανιά | τηλ. 28210 22418\n"
     "ΠΡΑΚΤΙΚΟ ΧΕΙΡΟΥΡΓΕΙΟΥ (ΕΚΘΕΣΗ ΕΠΕΜΒΑΣΗΣ)\n"
     "Ημερομηνία: 18/11/2025 | Αίθουσα 3 | Έναρξη 09:10 - Λήξη 11:55\n"
     "Ασθενής: Εμμανουήλ (Μανόλης) Χαιρετάκης του Γεωργίου, 67 ετών, ΑΜΚΑ 03041958418, Αρ. Μητρώου "
     "ΧΝ-2025/041827\n"
     "Κάτοικος Βάμου Αποκορώνου, συνταξιούχος ελαιοπαραγωγός.\n"
     "Χειρουργός: Ευτυχία Μαρκογιαννάκη, Διευθύντρια ΕΣΥ | Βοηθοί: Σ. Παπαδερός, Ελπίδα Τζανάκη (ειδικευόμενη)\n"
     "Αναισθησιολόγος: Αναστάσιος Λιονάκης | Εργαλειοδότρια: Ε.Κ.\n"
     "Προεγχειρητική διάγνωση: οξεία λιθιασική χολοκυστίτιδα, βαθμού ΙΙ κατά Tokyo Guidelines 2018· εισαγωγή στις "
     "14 Νοεμβρίου από το ΤΕΠ.\n"
     "ASA II. Αναισθησία: γενική ενδοτραχειακή. Αντιβίωση: κεφουροξίμη 1,5 g ΕΦ στην εισαγωγή.\n"
     "Επέμβαση: λαπαροσκοπική χολοκυστεκτομή με μετατροπή σε ανοικτή (τομή Kocher).\n"
     "Ευρήματα: χοληδόχος κύστη διατεταμένη, γαγγραινώδης στον πυθμένα, πυκνές συμφύσεις με το δωδεκαδάκτυλο "
     "(Parkland grade 4). Το τρίγωνο του Calot δεν αναγνωρίστηκε με ασφάλεια, δεν επιτεύχθηκε Critical View of "
     "Safety - μετατροπή στις 10:05. Δεν υπήρχε σύνδρομο Mirizzi.\n"
     "Χολοκυστεκτομή από τον πυθμένα προς τον τράχηλο (fundus-first). Ο κυστικός πόρος απολινώθηκε με Vicryl 2-0. "
     "Παροχέτευση Redon στον υποηπατικό χώρο. Απώλεια αίματος ~250 mL.\n"
     "Παρασκεύασμα: χοληδόχος κύστη με λίθους, για ιστολογική.\n"
     "Μετεγχειρητικές οδηγίες: ΝΒΣ 12 ώρες, ενοξαπαρίνη 40 mg υποδορίως, καταγραφή παροχέτευσης· LFTs αύριο· αν "
     "ανέβει η χολερυθρίνη, MRCP.\n"
     "Ενημερώθηκαν η σύζυγος Ειρήνη (Ρηνιώ) και ο γιος Στέλιος, κιν. 697 418 2265, στην αίθουσα αναμονής.\n"
     "Η χειρουργός\n"
     "Ε. Μαρκογιαννάκη",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΧΑΝΙΩΝ"]), ("HOSPITAL", ["Ο ΑΓΙΟΣ ΓΕΩΡΓΙΟΣ"]), ("LOCATION", ["Μουρνιές"]),
      ("POSTCODE", ["73300"]), ("LOCATION", ["Χανιά"]), ("PHONE", ["28210 22418"]), ("DATE", ["18/11/2025"]),
      ("NAME", ["Εμμανουήλ", "Χαιρετάκης"]), ("NAME", ["Μανόλης"]), ("NAME", ["Γεωργίου"]), ("ID", ["03041958418"]),
      ("MRN", ["ΧΝ-2025/041827"]), ("LOCATION", ["Βάμου"]), ("LOCATION", ["Αποκορώνου"]),
      ("NAME", ["Ευτυχία", "Μαρκογιαννάκη"]), ("NAME", ["Παπαδερός"]), ("NAME", ["Ελπίδα", "Τζανάκη"]),
      ("NAME", ["Αναστάσιος", "Λιονάκης"]), ("NAME", ["Ε.Κ."]), ("DATE", ["14 Νοεμβρίου"]), ("NAME", ["Ειρήνη"]),
      ("NAME", ["Ρηνιώ"]), ("NAME", ["Στέλιος"]), ("PHONE", ["697 418 2265"])],
     ["Tokyo Guidelines 2018", "ASA II", "κεφουροξίμη 1,5 g", "τομή Kocher", "Parkland grade 4", "Calot",
      "Critical View of Safety", "Mirizzi", "Redon", "ενοξαπαρίνη 40 mg", "MRCP"]),

    # 2 - Nigeria, Enugu State: newborn special care unit admission note, severe neonatal jaundice
    ("UNIVERSITY OF NIGERIA TEACHING HOSPITAL (UNTH), Ituku-Ozalla, Enugu State\n"
     "Department of Paediatrics - Newborn Special Care Unit (NSCU)\n"
     "ADMISSION NOTE | 03/11/2025 | 14:25 | Hosp. No. UNTH/NSCU/25/1184\n"
     "Name: Baby Boy of Mrs Chiamaka Blessing Nwachukwu (naming ceremony not yet done - family will call him "
     "Chukwuemeka)\n"
     "Sex: M | Age: 4 days | DOB 30th October 2025 (SVD, term) | BW 3.1 kg\n"
     "Referred from: Divine Mercy Maternity Home, Abakpa Nike, with a note from Nurse Goodness Eze. Came by taxi "
     "(ENU 741 KJ) with father and grandmother.\n"
     "HPI: yellowness noticed on day 2, now to the soles; poor suck since this morning; no fever, no seizures. "
     "Mother O Rh+, baby's group awaited. An older sibling had \"jaundice that needed blood change\" in 2021.\n"
     "O/E: deeply jaundiced to soles (Kramer zone 5), lethargic, weak suck, mild hypertonia, no opisthotonus, no "
     "high-pitched cry. Wt 2.9 kg. T 36.8, HR 148, RR 46, SpO2 97%.\n"
     "Ix: TSB 24.6 mg/dL (conjugated 0.8); PCV 38%; G6PD screen deficient; retics 6%.\n"
     "Imp: severe neonatal hyperbilirubinaemia with early ABE (BIND score 4) - G6PD deficiency ?ABO incompatibility.\n"
     "Plan: intensive phototherapy (double surface) now; NPO 2 h, then EBM 60 mL/kg/day via NGT; IVF 10% dextrose; "
     "urgent DVET - blood bank informed, consent from father Mr. Ikenna Nwachukwu (0803 418 2276); repeat SB in 4 "
     "h; phenobarbital NOT indicated. Counselled: no mentholated spirit, no camphor or naphthalene balls in the house "
     "(G6PD).\n"
     "Grandmother (Mama Nkechi) is from Nsukka and will stay with the mother in the unit. Home address: No. 12 "
     "Ezeaku Street, Ogui New Layout, Enugu.\n"
     "Dr. Oluwaseun Adeyemi-Okafor, Registrar (MDCN/R/48127), for Dr. Adaeze Onwubiko, Consultant Neonatologist\n"
     "Admitting nurse: Sr. N. Ugwuanyi (NU)",
     [("HOSPITAL", ["UNIVERSITY OF NIGERIA TEACHING HOSPITAL"]), ("HOSPITAL", ["UNTH"]),
      ("LOCATION", ["Ituku-Ozalla"]), ("LOCATION", ["Enugu"]), ("DATE", ["03/11/2025"]),
      ("MRN", ["UNTH/NSCU/25/1184"]), ("NAME", ["Chiamaka", "Blessing", "Nwachukwu"]), ("NAME", ["Chukwuemeka"]),
      ("DATE", ["30th October 2025"]), ("HOSPITAL", ["Divine Mercy Maternity Home"]), ("LOCATION", ["Abakpa Nike"]),
      ("NAME", ["Goodness", "Eze"]), ("PLATE", ["ENU 741 KJ"]), ("NAME", ["Ikenna", "Nwachukwu"]),
      ("PHONE", ["0803 418 2276"]), ("NAME", ["Nkechi"]), ("LOCATION", ["Nsukka"]),
      ("ADDRESS", ["No. 12 Ezeaku Street"]), ("LOCATION", ["Ogui New Layout"]),
      ("NAME", ["Oluwaseun", "Adeyemi-Okafor"]), ("LICENCE", ["MDCN/R/48127"]), ("NAME", ["Adaeze", "Onwubiko"]),
      ("NAME", ["Ugwuanyi"]), ("NAME", ["NU"])],
     ["Kramer zone 5", "TSB 24.6 mg/dL", "G6PD", "BIND score 4", "ABO incompatibility", "intensive phototherapy",
      "DVET", "EBM 60 mL/kg/day", "phenobarbital", "PCV 38%"]),

    # 3 - mainland China, Sichuan (Chengdu): polysomnography report (simplified Chinese)
    ("四川大学华西医院 睡眠医学中心\n"
     "成都市武侯区国学巷37号　预约电话：028-8542 2418\n"
     "多导睡眠监测（PSG）报告\n"
     "监测日期：2025年11月3日 22:15 至 11月4日 06:20　报告日期：2025年11月5日\n"
     "姓名：罗秀英　性别：女　年龄：58岁　身份证号：51010419670318452X\n"
     "病案号：HX-0041827　床号：睡眠监测室4床\n"
     "住址：成都市锦江区书院街道下东大街88号2栋3单元601\n"
     "联系电话：138 8012 4417（本人）；丈夫何建国 139 8177 2036\n"
     "职业：退休小学教师（原锦江区红星路小学）\n"
     "主诉：打鼾10余年，夜间憋醒、白天嗜睡加重半年，丈夫发现其睡眠中呼吸暂停。\n"
     "既往史：高血压（氨氯地平 5 mg qd），2型糖尿病（二甲双胍 0.5 g bid）。BMI 29.4 kg/m²，颈围 39 cm。\n"
     "Epworth嗜睡量表 14分；STOP-Bang 5分。\n"
     "监测设备：Compumedics Grael 4K PSG，序列号 GR4K-0418273\n"
     "结果：总睡眠时间 351 min，睡眠效率 84%；N3期 6%，REM期 14%。\n"
     "AHI 38.6次/小时（仰卧位 52.1次/小时），以阻塞性呼吸暂停为主；最低血氧饱和度 78%，T90 11.2%。\n"
     "未见周期性肢体运动异常（PLMI 3）。心电：窦性心律，偶发房早。\n"
     "诊断：阻塞性睡眠呼吸暂停低通气综合征（重度）\n"
     "建议：CPAP压力滴定；减重；侧卧睡眠；避免饮酒及镇静催眠药；耳鼻喉科会诊评估上气道。\n"
     "监测技师：杨晓燕（YXY）　报告医师：唐志明　审核：唐志明 主任医师",
     [("HOSPITAL", ["四川大学华西医院"]), ("LOCATION", ["成都市"]), ("LOCATION", ["武侯区"]), ("ADDRESS", ["国学巷37号"]),
      ("PHONE", ["028-8542 2418"]), ("DATE", ["2025年11月3日"]), ("DATE", ["11月4日"]), ("DATE", ["2025年11月5日"]),
      ("NAME", ["罗秀英"]), ("ID", ["51010419670318452X"]), ("MRN", ["HX-0041827"]), ("LOCATION", ["锦江区"]),
      ("LOCATION", ["书院街道"]), ("ADDRESS", ["下东大街88号2栋3单元601"]), ("PHONE", ["138 8012 4417"]),
      ("NAME", ["何建国"]), ("PHONE", ["139 8177 2036"]), ("LOCATION", ["红星路小学"]),
      ("SERIAL", ["GR4K-0418273"]), ("NAME", ["杨晓燕"]), ("NAME", ["YXY"]), ("NAME", ["唐志明"])],
     ["Epworth嗜睡量表 14分", "STOP-Bang 5分", "AHI 38.6次/小时", "最低血氧饱和度 78%", "阻塞性睡眠呼吸暂停低通气综合征",
      "CPAP压力滴定", "氨氯地平 5 mg", "二甲双胍 0.5 g", "Compumedics Grael 4K", "PLMI 3"]),

    # 4 - New Zealand, Bay of Plenty (Rotorua): high-risk foot podiatry clinic record, neuropathic ulcer
    ("Te Whatu Ora - Rotorua Hospital, Pukeroa Street, Rotorua 3010\n"
     "DIABETES HIGH-RISK FOOT CLINIC (PODIATRY) | Tues 4/11/25\n"
     "Patient: Wiremu \"Bill\" Te Kōwhai-Ranginui | 61 M | DOB 17/08/1964 | NHI ZRK4183\n"
     "Address: 23 Tūtānekai Street, Ōhinemutu, Rotorua | Ph 027 418 3392\n"
     "GP: Dr Rachel Koroheke-Aldridge, Ngongotahā Health Centre\n"
     "Whānau: wife Mere came with him today; daughter Hinewai Ranginui works nights at the hospital laundry and can "
     "bring him to morning appts.\n"
     "Hx: T2DM 19 yrs, HbA1c 88 mmol/mol, eGFR 41, background retinopathy, ex-smoker. Drives a logging truck for "
     "Kaingaroa Haulage (truck KLG418) - on his feet in steel caps 10 h/day.\n"
     "PC: ulcer R 1st MTPJ plantar x 3/52, noticed blood on his sock. Painless.\n"
     "Assessment: 10 g monofilament (Semmes-Weinstein) 0/10 sites both feet. DP/PT faint R. ABPI R 0.62 / L 0.91, "
     "TBI R 0.41.\n"
     "Ulcer: 2.1 x 1.6 cm, depth 0.5 cm, probes to capsule not bone, slough 30%, cellulitis 1.5 cm around, mild "
     "malodour.\n"
     "University of Texas grade 2B; SINBAD 4; IWGDF/IDSA infection grade 2 (mild).\n"
     "Plan: sharp debridement (done); Inadine + foam; offload in a removable knee-high walker (Aircast) - TCC if not "
     "healing in 4/52; flucloxacillin 500 mg QID x 7/7; X-ray R foot today (r/o OM / Charcot); urgent vascular "
     "referral for arterial duplex. Medical certificate: not to drive trucks until reviewed.\n"
     "Next: Tues 11 Nov, then weekly. DN Mon/Thu dressings at home.\n"
     "Kiri Waaka-Stewart, Podiatrist (APC 40-18273) - KWS",
     [("HOSPITAL", ["Rotorua Hospital"]), ("ADDRESS", ["Pukeroa Street"]), ("LOCATION", ["Rotorua"]),
      ("POSTCODE", ["3010"]), ("DATE", ["4/11/25"]), ("NAME", ["Wiremu", "Te Kōwhai-Ranginui"]), ("NAME", ["Bill"]),
      ("DATE", ["17/08/1964"]), ("ID", ["ZRK4183"]), ("ADDRESS", ["23 Tūtānekai Street"]),
      ("LOCATION", ["Ōhinemutu"]), ("PHONE", ["027 418 3392"]), ("NAME", ["Rachel", "Koroheke-Aldridge"]),
      ("HOSPITAL", ["Ngongotahā Health Centre"]), ("NAME", ["Mere"]), ("NAME", ["Hinewai", "Ranginui"]),
      ("LOCATION", ["Kaingaroa Haulage"]), ("PLATE", ["KLG418"]), ("DATE", ["11 Nov"]),
      ("NAME", ["Kiri", "Waaka-Stewart"]), ("LICENCE", ["40-18273"]), ("NAME", ["KWS"])],
     ["HbA1c 88 mmol/mol", "Semmes-Weinstein", "ABPI R 0.62", "University of Texas grade 2B", "SINBAD 4",
      "IWGDF/IDSA infection grade 2", "Inadine", "Aircast", "TCC", "flucloxacillin 500 mg QID", "Charcot"]),

    # 5 - Russia, Sakha Republic (Yakutsk): burns centre primary examination, frostbite (Russian, Cyrillic)
    ("ГБУ РС(Я) «Республиканская больница № 2 – Центр экстренной медицинской помощи»\n"
     "Ожоговое отделение (республиканский ожоговый центр), 677005, г. Якутск, ул. Стадухина, д. 81\n"
     "ПЕРВИЧНЫЙ ОСМОТР ВРАЧА-КОМБУСТИОЛОГА\n"
     "Дата и время: 12.01.2026, 04:40\n"
     "Пациент: Слепцов Иннокентий Прокопьевич (Кеша), 44 года, д.р. 05.09.1981\n"
     "Полис ОМС 1455 4182 7390 1846; СНИЛС 148-273-659 92; медкарта № 418/26-О\n"
     "Адрес: 678380, Республика Саха (Якутия), Намский улус, с. Намцы, ул. Октябрьская, д. 12, кв. 3\n"
     "Доставлен бригадой СМП из ЦРБ Намского улуса (направление врача Дьячковской М. Е.).\n"
     "Анамнез: 10 января около 19:00 на трассе «Колыма» заглох УАЗ (гос. номер К 418 ТМ 14), температура воздуха "
     "−52 °C. Около 9 часов ждал помощи в резиновых сапогах. Найден водителем попутного грузовика. Алкоголь "
     "отрицает. Прививку от столбняка последний раз получал в армии.\n"
     "Объективно: состояние средней тяжести. Т 36,1 °C, ЧСС 96, АД 150/90. Обе стопы отёчные, багрово-синюшные, "
     "на пальцах пузыри с геморрагическим содержимым, чувствительность отсутствует до уровня плюсневых костей; на "
     "кистях пузыри с серозным содержимым.\n"
     "Диагноз: Отморожение обеих стоп III–IV степени (предварительно), кистей II степени. Общее охлаждение лёгкой "
     "степени.\n"
     "Назначено: пентоксифиллин 300 мг в/в капельно 2 р/д; гепарин 5000 ЕД п/к 4 р/д; асептические повязки с "
     "повидон-йодом; столбнячный анатоксин 0,5 мл + ПСС 3000 МЕ; сцинтиграфия стоп с Tc-99m на 5-е сутки для "
     "определения границы некроза.\n"
     "Родственники: жена Сардаана Николаевна, тел. +7 914 227-41-83; брат Айсен выезжает из Покровска.\n"
     "Врач-комбустиолог Гаврильев Д. С.\n"
     "Заведующая отделением Никифорова Л. А.",
     [("HOSPITAL", ["Республиканская больница № 2", "Центр экстренной медицинской помощи"]),
      ("POSTCODE", ["677005"]), ("LOCATION", ["Якутск"]), ("ADDRESS", ["Стадухина, д. 81"]),
      ("DATE", ["12.01.2026"]), ("NAME", ["Слепцов", "Иннокентий", "Прокопьевич"]), ("NAME", ["Кеша"]),
      ("DATE", ["05.09.1981"]), ("ID", ["1455 4182 7390 1846"]), ("ID", ["148-273-659 92"]), ("MRN", ["418/26-О"]),
      ("POSTCODE", ["678380"]), ("LOCATION", ["Республика Саха (Якутия)"]), ("LOCATION", ["Намский улус"]),
      ("LOCATION", ["Намцы"]), ("ADDRESS", ["Октябрьская, д. 12, кв. 3"]), ("LOCATION", ["Намского улуса"]),
      ("NAME", ["Дьячковской"]), ("DATE", ["10 января"]), ("LOCATION", ["Колыма"]), ("PLATE", ["К 418 ТМ 14"]),
      ("NAME", ["Сардаана", "Николаевна"]), ("PHONE", ["+7 914 227-41-83"]), ("NAME", ["Айсен"]),
      ("LOCATION", ["Покровска"]), ("NAME", ["Гаврильев"]), ("NAME", ["Никифорова"])],
     ["Отморожение обеих стоп III–IV степени", "пузыри с геморрагическим содержимым", "Общее охлаждение лёгкой",
      "пентоксифиллин 300 мг", "гепарин 5000 ЕД", "повидон-йодом", "столбнячный анатоксин 0,5 мл", "ПСС 3000 МЕ",
      "Tc-99m"]),

    # 6 - England, London (Lambeth/Southwark): sexual health clinic partner notification record, syphilis
    ("Cheynell Court Sexual Health Clinic, 18 Coldharbour Lane, London SE5 9PR - Health Adviser Team\n"
     "PARTNER NOTIFICATION (PN) RECORD - CONFIDENTIAL, GUM notes kept separate from hospital notes\n"
     "Clinic no. CC-25-04183 | NHS no. 401 837 2604 (no consent to share with GP)\n"
     "Index: Kemar Ricketts-Bonner | 29 M | DOB 11/07/1996 | lives in Brixton, bus driver out of the Stockwell "
     "garage\n"
     "Dx 12/11/2025: secondary syphilis - RPR 1:64, TPPA reactive; palmar rash and condylomata lata. HIV Ag/Ab (4th "
     "gen) negative; GC/CT NAAT negative.\n"
     "Rx today: benzathine penicillin G 2.4 MU IM (Extencilline) stat. Warned re Jarisch-Herxheimer. RPR at 3 and 6 "
     "months, expect a 4-fold fall. Offered PrEP - wants to think about it.\n"
     "Look-back: 6 months + duration of symptoms, i.e. from mid-April.\n"
     "\n"
     "| # | Partner | Contact | Last sex | Method | Outcome |\n"
     "| 1 | Tamika Ellis-Grant, regular partner, Thornton Heath | 07700 900 418 | 2 Nov | patient referral | "
     "attended here 13/11, treated, RPR pending - JF |\n"
     "| 2 | \"Shan\", met on Instagram (@shaniq.bby_x), lives Peckham | DM only | 5 Sept | provider referral by DM "
     "from the clinic account, pt consented | read 13/11, not attended yet - JF |\n"
     "| 3 | not known, Notting Hill Carnival weekend (24/08) | none | 24/08 | not contactable | - |\n"
     "\n"
     "His mum, Mrs Yvonne Ricketts, rang reception for his results - nothing disclosed, as the pt asked.\n"
     "Results by e-mail: kemar.rb96@inbox-mail.co.uk (consented).\n"
     "Health Adviser: Jolene Forde-Achampong (JF) | Clinician: Dr Jyoti Raithatha, Specialty Doctor GUM, GMC 7418263\n"
     "PN review 19/11/2025; RPR due 12/02/2026.",
     [("HOSPITAL", ["Cheynell Court Sexual Health Clinic"]), ("ADDRESS", ["18 Coldharbour Lane"]),
      ("LOCATION", ["London"]), ("POSTCODE", ["SE5 9PR"]), ("MRN", ["CC-25-04183"]), ("ID", ["401 837 2604"]),
      ("NAME", ["Kemar", "Ricketts-Bonner"]), ("DATE", ["11/07/1996"]), ("LOCATION", ["Brixton"]),
      ("LOCATION", ["Stockwell"]), ("DATE", ["12/11/2025"]), ("DATE", ["mid-April"]),
      ("NAME", ["Tamika", "Ellis-Grant"]), ("LOCATION", ["Thornton Heath"]), ("PHONE", ["07700 900 418"]),
      ("DATE", ["2 Nov"]), ("DATE", ["13/11"]), ("NAME", ["JF"]), ("NAME", ["Shan"]), ("HANDLE", ["shaniq.bby_x"]),
      ("LOCATION", ["Peckham"]), ("DATE", ["5 Sept"]), ("LOCATION", ["Notting Hill"]), ("DATE", ["24/08"]),
      ("NAME", ["Yvonne", "Ricketts"]), ("EMAIL", ["kemar.rb96@inbox-mail.co.uk"]),
      ("NAME", ["Jolene", "Forde-Achampong"]), ("NAME", ["Jyoti", "Raithatha"]), ("LICENCE", ["7418263"]),
      ("DATE", ["19/11/2025"]), ("DATE", ["12/02/2026"])],
     ["secondary syphilis", "RPR 1:64", "TPPA reactive", "condylomata lata", "HIV Ag/Ab (4th gen) negative",
      "GC/CT NAAT", "benzathine penicillin G 2.4 MU IM", "Extencilline", "Jarisch-Herxheimer", "PrEP"]),

    # 7 - Jordan, Irbid Governorate: transthoracic echocardiography report, rheumatic mitral stenosis (Arabic)
    ("مستشفى الأميرة بسمة التعليمي – إربد\n"
     "قسم أمراض القلب – مختبر تخطيط صدى القلب\n"
     "تقرير تخطيط صدى القلب عبر الصدر (TTE)\n"
     "التاريخ: ١٥/١١/٢٠٢٥ م، الموافق ٢٤ جمادى الأولى ١٤٤٧ هـ\n"
     "اسم المريضة: سلمى عبد الرحيم بني هاني      العمر: ٤٧ سنة\n"
     "الرقم الوطني: 2000418273      رقم الملف الطبي: PBH-562913\n"
     "العنوان: الحصن، شارع الملك طلال، بناية رقم ١٧ – الهاتف: 0795 418 273\n"
     "المهنة: معلمة في مدرسة الحصن الثانوية للبنات\n"
     "الطبيب المحوِّل: د. خالد الشرع – عيادة الباطنية\n"
     "سبب الطلب: ضيق نفس عند الجهد (NYHA II-III) وخفقان، رجفان أذيني جديد AF على تخطيط القلب الكهربائي.\n"
     "الجهاز: GE Vivid E95 (الرقم التسلسلي VE95-60127)\n"
     "| LVEDD | 52 mm |\n"
     "| EF (Simpson biplane) | 50% |\n"
     "| LA volume index | 58 mL/m² |\n"
     "| TAPSE | 17 mm |\n"
     "| PASP | 52 mmHg |\n"
     "النتائج:\n"
     "- الصمام التاجي: وريقات متسمكة مع التحام الصوارين، تضيق تاجي روماتيزمي شديد: MVA 1.0 cm² بالتخطيط و 1.1 cm² "
     "بطريقة PHT، متوسط الممال 11 mmHg، Wilkins score 8، قلس تاجي خفيف.\n"
     "- الأذين الأيسر متوسع، لا خثرة مرئية في الزائدة الأذينية (يحتاج TEE).\n"
     "- البطين الأيمن بحجم طبيعي، قلس ثلاثي الشرف متوسط.\n"
     "الخلاصة: تضيق تاجي روماتيزمي شديد مع رجفان أذيني وارتفاع متوسط في ضغط الشريان الرئوي. مناسبة لتوسيع الصمام "
     "بالبالون (PTMC) بعد استبعاد الخثرة بتخطيط عبر المريء.\n"
     "التوصيات: وارفارين (INR 2-3)، بيسوبرولول 2.5 ملغ يومياً، مراجعة عيادة القلب خلال أسبوعين.\n"
     "رافقها زوجها محمد فلاح بني هاني (0777 209 164) وابنتها لينا.\n"
     "أجرت الفحص: د. رنا العمري، أخصائية أمراض القلب – رقم الترخيص 30915\n"
     "المصوّرة: م.ع\n"
     "الصور: http://10.12.4.18/pacs/echo?acc=PBH25-7730154 (محطة العمل 10.12.4.27)",
     [("HOSPITAL", ["مستشفى الأميرة بسمة التعليمي"]), ("LOCATION", ["إربد"]), ("DATE", ["١٥/١١/٢٠٢٥"]),
      ("DATE", ["٢٤ جمادى الأولى ١٤٤٧"]), ("NAME", ["سلمى", "عبد الرحيم", "بني هاني"]), ("ID", ["2000418273"]),
      ("MRN", ["PBH-562913"]), ("LOCATION", ["الحصن"]), ("ADDRESS", ["شارع الملك طلال، بناية رقم ١٧"]),
      ("PHONE", ["0795 418 273"]), ("LOCATION", ["مدرسة الحصن الثانوية للبنات"]), ("NAME", ["خالد", "الشرع"]),
      ("SERIAL", ["VE95-60127"]), ("NAME", ["محمد", "فلاح", "بني هاني"]), ("PHONE", ["0777 209 164"]),
      ("NAME", ["لينا"]), ("NAME", ["رنا", "العمري"]), ("LICENCE", ["30915"]), ("NAME", ["م.ع"]),
      ("URL", ["http://10.12.4.18/pacs/echo?acc=PBH25-7730154"]), ("IP", ["10.12.4.27"])],
     ["TTE", "NYHA II-III", "AF", "GE Vivid E95", "Simpson biplane", "TAPSE", "MVA 1.0 cm²", "PHT",
      "Wilkins score 8", "PTMC", "وارفارين (INR 2-3)", "بيسوبرولول 2.5 ملغ"]),

    # 8 - Canada, British Columbia (Prince Rupert, Haida Gwaii): cardiac device clinic pacemaker follow-up
    ("Prince Rupert Regional Hospital - Cardiac Device Clinic\n"
     "1305 Summit Ave, Prince Rupert BC V8J 2A6\n"
     "PACEMAKER FOLLOW-UP (in-clinic interrogation) | Nov 20, 2025\n"
     "Patient: Doreen Yeltatzie-Brown (\"Auntie Dee\") | 71 F | DOB 1954-06-08 | PHN 9874 652 138 | MRN "
     "PRRH-0418273\n"
     "Home: PO Box 218, Old Massett, Haida Gwaii BC V0T 1M0 | 250-626-4183\n"
     "Came over on the ferry from Skidegate with her daughter Cheryl Yeltatzie; staying with a cousin in Port Edward.\n"
     "Device: Medtronic Azure XT DR MRI SureScan (W1DR01), SN RNB418273S, implanted 2021-03-03 at Kelowna General "
     "Hospital. Leads: RA CapSureFix Novus MRI 5076-52 (SN PJN4182736), RV 5076-58 (SN PJN4182791).\n"
     "Indication: sick sinus syndrome (tachy-brady).\n"
     "| | RA | RV |\n"
     "| Sensing | 2.8 mV | 11.2 mV |\n"
     "| Threshold | 0.75 V @ 0.4 ms | 1.0 V @ 0.4 ms |\n"
     "| Impedance | 456 ohms | 532 ohms |\n"
     "Mode AAI<=>DDD (MVP), LR 60. AP 62%, VP <1%. Battery 9.8 yrs.\n"
     "AT/AF burden 3.1%, longest episode 14 h on Oct 29 (new since last check). CHA2DS2-VASc 3 (F, HTN, 65-74).\n"
     "Remote: MyCareLink Heart app paired to her phone; last 2 transmissions from 24.69.118.47 failed (poor cell "
     "coverage at home).\n"
     "Plan: apixaban 5 mg BID started after discussion with Dr. Priya Sandhu-Wong (cardiology, by phone) - no dose "
     "reduction criteria. GP Dr. Tomás Villanueva-Ross at Northern Haida Gwaii Hospital informed. Next in-clinic "
     "check Nov 2026, remote q3 months.\n"
     "Device tech: Bartholomew Nakamura-Reid, CCDS - BNR",
     [("HOSPITAL", ["Prince Rupert Regional Hospital"]), ("ADDRESS", ["1305 Summit Ave"]),
      ("LOCATION", ["Prince Rupert"]), ("POSTCODE", ["V8J 2A6"]), ("DATE", ["Nov 20, 2025"]),
      ("NAME", ["Doreen", "Yeltatzie-Brown"]), ("NAME", ["Dee"]), ("DATE", ["1954-06-08"]), ("ID", ["9874 652 138"]),
      ("MRN", ["PRRH-0418273"]), ("ADDRESS", ["PO Box 218"]), ("LOCATION", ["Old Massett"]),
      ("LOCATION", ["Haida Gwaii"]), ("POSTCODE", ["V0T 1M0"]), ("PHONE", ["250-626-4183"]),
      ("LOCATION", ["Skidegate"]), ("NAME", ["Cheryl", "Yeltatzie"]), ("LOCATION", ["Port Edward"]),
      ("SERIAL", ["RNB418273S"]), ("DATE", ["2021-03-03"]), ("HOSPITAL", ["Kelowna General Hospital"]),
      ("SERIAL", ["PJN4182736"]), ("SERIAL", ["PJN4182791"]), ("DATE", ["Oct 29"]), ("IP", ["24.69.118.47"]),
      ("NAME", ["Priya", "Sandhu-Wong"]), ("NAME", ["Tomás", "Villanueva-Ross"]),
      ("HOSPITAL", ["Northern Haida Gwaii Hospital"]), ("DATE", ["Nov 2026"]),
      ("NAME", ["Bartholomew", "Nakamura-Reid"]), ("NAME", ["BNR"])],
     ["Medtronic Azure XT DR MRI SureScan", "CapSureFix Novus MRI 5076", "sick sinus syndrome", "MVP", "AP 62%",
      "VP <1%", "AT/AF burden 3.1%", "CHA2DS2-VASc 3", "apixaban 5 mg BID", "MyCareLink"]),

    # 9 - Sri Lanka, Northern Province (Jaffna): diabetic retinopathy screening and laser referral (Tamil)
    ("போதனா வைத்தியசாலை, யாழ்ப்பாணம் – கண் சிகிச்சைப் பிரிவு\n"
     "நீரிழிவு விழித்திரை பரிசோதனை அறிக்கை / லேசர் சிகிச்சைக்கான பரிந்துரை\n"
     "திகதி: 2025.11.14 (ஐப்பசி 28)\n"
     "நோயாளர்: திரு. சின்னத்தம்பி இராசலிங்கம் (ராசா)   வயது: 62   ஆண்\n"
     "தே.அ.அ. இல: 196312401837   கிளினிக் இல: EC/25/4183\n"
     "முகவரி: இல. 24, கோவில் வீதி, நல்லூர், யாழ்ப்பாணம்   தொலைபேசி: 077 418 2736\n"
     "பரிந்துரைத்தவர்: வைத்தியர் க. சிவகுமார், கோப்பாய் பிரதேச வைத்தியசாலை\n"
     "வரலாறு: 2 ஆம் வகை நீரிழிவு 14 வருடங்கள்; Metformin 1 g bd, Gliclazide 80 mg bd; HbA1c 9.4%; இரத்த அழுத்தம் "
     "150/92.\n"
     "பார்வைக் கூர்மை: வலது 6/18, இடது 6/60 (pinhole 6/36)\n"
     "கண் அழுத்தம் (IOP): 16 / 17 mmHg\n"
     "விழித்திரை: இடது கண் – Proliferative diabetic retinopathy (NVD), vitreous haemorrhage; வலது கண் – Severe NPDR "
     "with CSME.\n"
     "OCT: வலது CMT 412 µm.\n"
     "முடிவு: இடது கண்ணுக்கு PRP லேசர் + bevacizumab (Avastin) 1.25 mg ஊசி; வலது கண்ணுக்கு anti-VEGF ஊசிகள்.\n"
     "அடுத்த சந்திப்பு: 2025.11.21 லேசர் கிளினிக்.\n"
     "மனைவி பத்மாவதி உடன் வந்தார்; மகன் கஜன் கனடாவில் (ரொறன்ரோ) வசிக்கிறார் – செலவுக்கு உதவுவார்.\n"
     "தொடர்புக்கு: eyeunit.thjaffna@health.gov.lk\n"
     "கண் வைத்திய நிபுணர்: வைத்தியர் நிரஞ்சனா சந்திரகுமார் (SLMC 18273)\n"
     "பார்வை அளவீட்டாளர்: கு.பா",
     [("HOSPITAL", ["போதனா வைத்தியசாலை, யாழ்ப்பாணம்"]), ("LOCATION", ["யாழ்ப்பாணம்"]), ("DATE", ["2025.11.14"]),
      ("DATE", ["ஐப்பசி 28"]), ("NAME", ["சின்னத்தம்பி", "இராசலிங்கம்"]), ("NAME", ["ராசா"]),
      ("ID", ["196312401837"]), ("MRN", ["EC/25/4183"]), ("ADDRESS", ["இல. 24, கோவில் வீதி"]),
      ("LOCATION", ["நல்லூர்"]), ("PHONE", ["077 418 2736"]), ("NAME", ["சிவகுமார்"]),
      ("HOSPITAL", ["கோப்பாய் பிரதேச வைத்தியசாலை"]), ("DATE", ["2025.11.21"]), ("NAME", ["பத்மாவதி"]),
      ("NAME", ["கஜன்"]), ("LOCATION", ["ரொறன்ரோ"]), ("EMAIL", ["eyeunit.thjaffna@health.gov.lk"]),
      ("NAME", ["நிரஞ்சனா", "சந்திரகுமார்"]), ("LICENCE", ["18273"]), ("NAME", ["கு.பா"])],
     ["Metformin 1 g bd", "Gliclazide 80 mg bd", "HbA1c 9.4%", "6/18", "6/60", "IOP",
      "Proliferative diabetic retinopathy", "CSME", "PRP லேசர்", "bevacizumab (Avastin) 1.25 mg"]),

    # 10 - Philippines, Ilocos Norte (Laoag City): medico-legal certificate after a road traffic accident
    ("Republic of the Philippines\n"
     "Province of Ilocos Norte\n"
     "GOV. ROQUE B. ABLAN SR. MEMORIAL HOSPITAL\n"
     "Laoag City | Tel. (077) 772-0418\n"
     "MEDICO-LEGAL CERTIFICATE\n"
     "Date issued: November 10, 2025 | Hosp. No. GRBASMH-25-18427 | ML Case No. ML-2025-0418\n"
     "TO WHOM IT MAY CONCERN:\n"
     "This is to certify that RODELIO AGCAOILI PASCUA JR. (\"Jun-Jun\"), 34 years old, male, married, tricycle "
     "driver, resident of Brgy. 23 San Matias, Laoag City, PhilHealth PIN 12-050418273-6, was examined and treated "
     "at the Emergency Room of this hospital on November 8, 2025 at about 9:40 PM, brought in by the CDRRMO ambulance "
     "(plate SAA 4183) with his sister Charity Pascua-Dumlao.\n"
     "HISTORY (per patient and companion): alleged vehicular accident (tricycle vs. private van) along the "
     "Maharlika Highway, Brgy. Balatong, Laoag City at about 9:00 PM same date. Patient was driving his tricycle "
     "(plate 187-AKP) when reportedly hit by a van (plate NCT 4819) driven by one Rolando Ver. Recorded at the Laoag "
     "City Police Station, blotter Entry No. 2025-11-0418, by PSSg Marvin Ulep.\n"
     "PHYSICAL FINDINGS:\n"
     "1. Abrasion, 4 x 2 cm, forehead, left.\n"
     "2. Lacerated wound, 3 cm, chin - sutured, 4 stitches nylon 4-0.\n"
     "3. Swelling and deformity, left wrist. X-ray: closed fracture, distal radius, left (Colles' fracture), reduced, "
     "long arm cast applied.\n"
     "4. Contusion, left knee.\n"
     "GCS 15/15. Breath smelled of alcoholic beverage (patient denies drinking).\n"
     "TREATMENT: wound care, ATS 1,500 IU, tetanus toxoid 0.5 mL IM, cefalexin 500 mg QID x 7 days, paracetamol "
     "500 mg PRN.\n"
     "HEALING PERIOD: 30 to 45 days barring complications; unable to work as a tricycle driver for the same period.\n"
     "Issued upon the request of MRS. ROWENA B. PASCUA (wife) for police/legal purposes.\n"
     "MARIA THERESA V. AGUSTIN-VENTURA, M.D.\n"
     "ER Resident Physician | PRC Lic. No. 0118273\n"
     "Noted: DR. FELIX \"Boyet\" CASTRO-RAMOS, Chief of Clinics",
     [("LOCATION", ["Ilocos Norte"]), ("HOSPITAL", ["GOV. ROQUE B. ABLAN SR. MEMORIAL HOSPITAL"]),
      ("LOCATION", ["Laoag City"]), ("PHONE", ["(077) 772-0418"]), ("DATE", ["November 10, 2025"]),
      ("MRN", ["GRBASMH-25-18427"]), ("ID", ["ML-2025-0418"]), ("NAME", ["RODELIO", "AGCAOILI", "PASCUA"]),
      ("NAME", ["Jun-Jun"]), ("ADDRESS", ["Brgy. 23 San Matias"]), ("ID", ["12-050418273-6"]),
      ("DATE", ["November 8, 2025"]), ("PLATE", ["SAA 4183"]), ("NAME", ["Charity", "Pascua-Dumlao"]),
      ("LOCATION", ["Maharlika Highway"]), ("LOCATION", ["Brgy. Balatong"]), ("PLATE", ["187-AKP"]),
      ("PLATE", ["NCT 4819"]), ("NAME", ["Rolando", "Ver"]), ("LOCATION", ["Laoag City Police Station"]),
      ("ID", ["2025-11-0418"]), ("NAME", ["Marvin", "Ulep"]), ("NAME", ["ROWENA", "PASCUA"]),
      ("NAME", ["MARIA THERESA", "AGUSTIN-VENTURA"]), ("LICENCE", ["0118273"]), ("NAME", ["FELIX", "CASTRO-RAMOS"]),
      ("NAME", ["Boyet"])],
     ["Colles' fracture", "closed fracture, distal radius, left", "long arm cast", "nylon 4-0", "GCS 15/15",
      "ATS 1,500 IU", "tetanus toxoid 0.5 mL IM", "cefalexin 500 mg QID", "HEALING PERIOD: 30 to 45 days"]),

    # 11 - Bangladesh, Sylhet Division: discharge against medical advice undertaking, STEMI (Bengali)
    ("সিলেট এম এ জি ওসমানী মেডিকেল কলেজ হাসপাতাল\n"
     "কার্ডিওলজি বিভাগ – করোনারি কেয়ার ইউনিট (CCU)\n"
     "চিকিৎসকের পরামর্শের বিরুদ্ধে স্বেচ্ছায় হাসপাতাল ত্যাগের অঙ্গীকারনামা (DAMA)\n"
     "তারিখ: ১৬/১১/২০২৫ ইং, ১ অগ্রহায়ণ ১৪৩২ বাং – সময়: রাত ১১:২০\n"
     "রোগীর নাম: মোঃ আব্দুল হান্নান চৌধুরী   বয়স: ৫৮ বছর   লিঙ্গ: পুরুষ\n"
     "রেজিঃ নং: ৪১৮২৭/২৫   বেড নং: CCU-৭\n"
     "পিতা: মরহুম আব্দুস সাত্তার চৌধুরী\n"
     "ঠিকানা: গ্রাম ও ডাকঘর: ঢাকাদক্ষিণ, উপজেলা: গোলাপগঞ্জ, জেলা: সিলেট\n"
     "জাতীয় পরিচয়পত্র নং: 5541827390   মোবাইল: ০১৭১১-৪১৮২৭৩\n"
     "ভর্তির তারিখ: ১৪ নভেম্বর ২০২৫\n"
     "রোগ নির্ণয়: Acute anterior STEMI (Killip class II)। ১৪/১১ তারিখে Streptokinase ১৫ লক্ষ ইউনিট দেওয়া হয়েছে। "
     "ECG: V1–V4 এ ST elevation; Troponin I 18.6 ng/mL; ইকো: EF 40%।\n"
     "চলমান চিকিৎসা: Aspirin 75 mg, Clopidogrel 75 mg, Enoxaparin 60 mg s/c q12h, Atorvastatin 40 mg, Furosemide।\n"
     "চিকিৎসকের পরামর্শ: আরও অন্তত ৫ দিন CCU-তে থাকা এবং পরে জাতীয় হৃদরোগ ইনস্টিটিউটে (ঢাকা) এনজিওগ্রাম।\n"
     "আমাকে বুঝিয়ে বলা হয়েছে যে এই অবস্থায় হাসপাতাল ত্যাগ করলে হঠাৎ মৃত্যু, হার্ট ফেইলিউর বা আবার হার্ট অ্যাটাক হতে "
     "পারে। তবুও আমরা নিজ দায়িত্বে রোগীকে জিন্দাবাজারের সুরমা কার্ডিয়াক সেন্টারে নিয়ে যাচ্ছি "
     "(অ্যাম্বুলেন্স: সিলেট-ছ ৭১-০৪১৮)। এর জন্য হাসপাতাল কর্তৃপক্ষ দায়ী থাকবে না।\n"
     "অঙ্গীকারকারী: রুহুল আমিন চৌধুরী (ছেলে), মোবাইল: ০১৮১৯-২৭৩৬৪১\n"
     "সাক্ষী: মেয়ের জামাই জুবায়ের আহমদ\n"
     "রোগীর মেয়ে ফাহমিদা চৌধুরী লন্ডন থেকে ফোনে কথা বলেছেন: +44 7700 900 186\n"
     "কর্তব্যরত চিকিৎসক: ডা. তানজিলা রহমান, সহকারী রেজিস্ট্রার (বিএমডিসি রেজি. নং A-48127)\n"
     "স্টাফ নার্স: SD",
     [("HOSPITAL", ["সিলেট এম এ জি ওসমানী মেডিকেল কলেজ হাসপাতাল"]), ("DATE", ["১৬/১১/২০২৫"]),
      ("DATE", ["১ অগ্রহায়ণ ১৪৩২"]), ("NAME", ["আব্দুল হান্নান", "চৌধুরী"]), ("MRN", ["৪১৮২৭/২৫"]),
      ("NAME", ["আব্দুস সাত্তার"]), ("LOCATION", ["ঢাকাদক্ষিণ"]), ("LOCATION", ["গোলাপগঞ্জ"]), ("LOCATION", ["সিলেট"]),
      ("ID", ["5541827390"]), ("PHONE", ["০১৭১১-৪১৮২৭৩"]), ("DATE", ["১৪ নভেম্বর ২০২৫"]), ("DATE", ["১৪/১১"]),
      ("HOSPITAL", ["জাতীয় হৃদরোগ ইনস্টিটিউট"]), ("LOCATION", ["ঢাকা"]), ("LOCATION", ["জিন্দাবাজার"]),
      ("HOSPITAL", ["সুরমা কার্ডিয়াক সেন্টার"]), ("PLATE", ["সিলেট-ছ ৭১-০৪১৮"]), ("NAME", ["রুহুল আমিন", "চৌধুরী"]),
      ("PHONE", ["০১৮১৯-২৭৩৬৪১"]), ("NAME", ["জুবায়ের আহমদ"]), ("NAME", ["ফাহমিদা", "চৌধুরী"]),
      ("LOCATION", ["লন্ডন"]), ("PHONE", ["+44 7700 900 186"]), ("NAME", ["তানজিলা রহমান"]),
      ("LICENCE", ["A-48127"]), ("NAME", ["SD"])],
     ["Acute anterior STEMI", "Killip class II", "Streptokinase ১৫ লক্ষ ইউনিট", "ST elevation",
      "Troponin I 18.6 ng/mL", "EF 40%", "Aspirin 75 mg", "Clopidogrel 75 mg", "Enoxaparin 60 mg",
      "Atorvastatin 40 mg", "এনজিওগ্রাম"]),
] + MORE_NOTES
