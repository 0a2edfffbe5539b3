"""Third HELD-OUT set of hand-written notes (``evaluate --set heldout3``), written blind after the second held-out
set was spent: its author had not read the de-identification rules, and its people, places and institutions appear
in neither the DEV set (:mod:`deid_notes_dev`) nor the second held-out set. It is measured, never used to change
rules: its figures are the honest ones.

Styles: ED notes, discharge letters, handovers, referrals, radiology requests and reports, social-work notes,
telephone messages and shorthand, in UK, US, Australian, New Zealand, Irish, Indian, Nigerian and Canadian English,
and in Greek, Chinese, Russian and Hindi. Numbers that carry a check digit in real life (NHS, Medicare, NHI, PPS,
OHIP, PHN, AMKA, Chinese resident ID, SNILS, Aadhaar) carry a valid one here. The second half of the notes lives in
:mod:`deid_notes_heldout3_more`, only to keep both files a readable size.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout3.deid_notes_heldout3_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    ("ED CLERKING 02:15\nPt: Terence Blakiston, 63M. Hosp no: RTD 0557 213. Brought in by wife (Lorna) from 14 Whinfell "
     "Crescent, Morpeth NE61 2TX. Crushing central chest pain radiating to L arm since 00:30. ECG: ST elevation II, III, "
     "aVF. Killip class I. Aspirin 300 mg given by crew. Cath lab at the Freeman alerted. Lorna's mobile 07855 310 642.",
     [("NAME", ["Terence", "Blakiston"]), ("MRN", ["RTD 0557 213"]), ("NAME", ["Lorna"]),
      ("ADDRESS", ["14 Whinfell Crescent"]), ("LOCATION", ["Morpeth"]), ("POSTCODE", ["NE61 2TX"]),
      ("HOSPITAL", ["Freeman"]), ("PHONE", ["07855 310 642"])],
     ["Crushing central chest pain", "ST elevation II, III, aVF", "Killip class I", "Aspirin 300 mg", "Cath lab"]),
    ("ED Provider Note. 64 y/o M w/ hx of Crohn's ileocolitis s/p ileocecal resection (2011) p/w SBO sx x 2 days.\n"
     "Name: Delbert Ruszkowski  MRN: 004417286  DOB: 07/19/1960\nCT A/P: transition point in distal ileum. NGT placed, "
     "1.2 L bilious output. Surgery (Dr. Anita Ramaswamy) following. Lives in Cicero, IL 60804 w/ daughter Krystyna, "
     "cell (708) 555-0162. PCP: Dr. Wendell Adewusi at Loyola.",
     [("NAME", ["Delbert", "Ruszkowski"]), ("MRN", ["004417286"]), ("DATE", ["07/19/1960"]),
      ("NAME", ["Anita", "Ramaswamy"]), ("LOCATION", ["Cicero"]), ("POSTCODE", ["60804"]), ("NAME", ["Krystyna"]),
      ("PHONE", ["(708) 555-0162"]), ("NAME", ["Wendell", "Adewusi"]), ("HOSPITAL", ["Loyola"])],
     ["Crohn's ileocolitis", "ileocecal resection", "transition point in distal ileum", "NGT placed",
      "1.2 L bilious output"]),
    ("Handover, Ward 21 (Care of the Elderly), nights to days.\nBed 4: Mrs Edith Lamberton, DOB 03/02/1932, 92 yo. "
     "#NOF R, DHS Tues. 4AT 5 overnight, pulled out cannula x2. Will need bloods re-checked: Na 129. May go to Larchfield "
     "House (step-down) if a bed comes up. Daughter Hilary Lamberton-Pryor rang 06:10, wants a call after ward round: "
     "01670 521 884.",
     [("NAME", ["Edith", "Lamberton"]), ("DOB90", ["03/02/1932", "1932"]), ("AGE", ["92 yo"]),
      ("HOSPITAL", ["Larchfield House"]), ("NAME", ["Hilary", "Lamberton-Pryor"]), ("PHONE", ["01670 521 884"])],
     ["#NOF R", "4AT 5 overnight", "Will need bloods re-checked: Na 129", "May go to"]),
    ("Dear Colleague,\nRe: Mr Gideon Harrowby  DOB 21.11.1958  NHS No. 612 480 3372\n12 Pennywell Road, Lanchester, "
     "Co. Durham DH7 0PJ\nThank you for seeing this 66-year-old man with a 3-month history of dysphagia to solids and 6 kg "
     "weight loss. Barrett's was never documented. FIT negative; Hb 108, MCV 74. I would be grateful for an urgent OGD on "
     "the 2WW pathway.\nKind regards,\nDr R. J. Ellerby\nFellside Medical Group",
     [("NAME", ["Gideon", "Harrowby"]), ("DATE", ["21.11.1958"]), ("ID", ["612 480 3372"]), ("ADDRESS", ["12 Pennywell Road"]),
      ("LOCATION", ["Lanchester"]), ("LOCATION", ["Durham"]), ("POSTCODE", ["DH7 0PJ"]), ("NAME", ["Ellerby"]),
      ("HOSPITAL", ["Fellside"])],
     ["66-year-old man", "dysphagia to solids", "6 kg weight loss", "Barrett's", "FIT negative", "Hb 108, MCV 74",
      "2WW pathway"]),
    ("CT REQUEST: CT chest/abdomen/pelvis with contrast. Requested 12th March 2024.\nPatient: Shona Birkett  Hosp No "
     "H4471982\nClinical details: 58F, Hodgkin lymphoma in remission (Ann Arbor IIB, treated 2019). New night sweats, LDH "
     "480. ?relapse. eGFR 78, no contrast allergy.\nRequested by Dr Haroon Mahmood-Lees, Haematology SpR, ext 64118.",
     [("DATE", ["12th March 2024"]), ("NAME", ["Shona", "Birkett"]), ("MRN", ["H4471982"]),
      ("NAME", ["Haroon", "Mahmood-Lees"]), ("PHONE", ["64118"])],
     ["Hodgkin lymphoma in remission", "Ann Arbor IIB", "night sweats", "LDH 480", "eGFR 78", "no contrast allergy"]),
    ("Social work assessment, 14 May 2024. Royston Kettleborough, 72, lives alone in a first-floor flat at 9 Tanners "
     "Yard, Otley LS21 3AW; key safe by the door, code 3817. Vascular dementia (MoCA 17/30). Neighbour Mrs Pauline "
     "Raistrick does his shopping. Universal Credit claim ref 6QT44821A; building society account 31926819, statements "
     "unopened. Daughter Lynsey lives in Peterhead, tel 01779 558 702. Referred to the Memory Assessment Service; care "
     "package of 2 calls/day.",
     [("DATE", ["14 May 2024"]), ("NAME", ["Royston", "Kettleborough"]), ("ADDRESS", ["9 Tanners Yard"]),
      ("LOCATION", ["Otley"]), ("POSTCODE", ["LS21 3AW"]), ("CODE", ["3817"]), ("NAME", ["Pauline", "Raistrick"]),
      ("ID", ["6QT44821A"]), ("ID", ["31926819"]), ("NAME", ["Lynsey"]), ("LOCATION", ["Peterhead"]),
      ("PHONE", ["01779 558 702"])],
     ["Vascular dementia", "MoCA 17/30", "Memory Assessment Service", "2 calls/day"]),
    ("PHONE MSG 3/14/24 10:42. Caller: Bernadette Quinlivan (daughter) re her father, Augustus Quinlivan, MRN "
     "2210-448-7. States he fell again last night at home (88 Birchwood Terrace, Ithaca NY 14850), no head strike, "
     "'can't bear weight on L hip'. Advised ED now. Callback 607-555-0127. Msg taken by Kaylee R., MA; routed to "
     "Dr. Lucinda Varga.",
     [("DATE", ["3/14/24"]), ("NAME", ["Bernadette", "Quinlivan"]), ("NAME", ["Augustus", "Quinlivan"]),
      ("MRN", ["2210-448-7"]), ("ADDRESS", ["88 Birchwood Terrace"]), ("LOCATION", ["Ithaca"]), ("POSTCODE", ["14850"]),
      ("PHONE", ["607-555-0127"]), ("NAME", ["Kaylee"]), ("NAME", ["Lucinda", "Varga"])],
     ["no head strike", "can't bear weight on L hip", "Advised ED now"]),
    ("RBWH Emergency. 27M, polyarthralgia, maculopapular rash and fever 38.6 after a fortnight camping near Gympie. "
     "Ross River virus serology pending; NSAIDs and rest. Pt: Brodie Tremlett, UR 7733102, Medicare 2771 39481 1. Lives in "
     "Paddington QLD 4064, works as a ranger. Partner Jacinta on 0431 226 875.",
     [("HOSPITAL", ["RBWH"]), ("LOCATION", ["Gympie"]), ("NAME", ["Brodie", "Tremlett"]), ("MRN", ["7733102"]),
      ("ID", ["2771 39481 1"]), ("LOCATION", ["Paddington"]), ("POSTCODE", ["4064"]), ("NAME", ["Jacinta"]),
      ("PHONE", ["0431 226 875"])],
     ["polyarthralgia", "maculopapular rash", "fever 38.6", "Ross River virus serology pending", "NSAIDs and rest"]),
    ("GP consult, Paraparaumu. Rawiri Te Huia, 57, NHI ZBN7843. Type 2 diabetes, HbA1c 78 mmol/mol despite metformin 1 g "
     "BD; started Trulicity 1.5 mg weekly (special authority approved). Works shifts at the Ōtaki sawmill. Wife Mereana "
     "keen to join the Kāpiti Coast diabetes group; her cell 021 774 3190. Copy to Wellington Regional diabetes service.",
     [("LOCATION", ["Paraparaumu"]), ("NAME", ["Rawiri", "Te Huia"]), ("ID", ["ZBN7843"]), ("LOCATION", ["Ōtaki"]),
      ("NAME", ["Mereana"]), ("LOCATION", ["Kāpiti Coast"]), ("PHONE", ["021 774 3190"]),
      ("HOSPITAL", ["Wellington Regional"])],
     ["Type 2 diabetes", "HbA1c 78 mmol/mol", "metformin 1 g BD", "Trulicity 1.5 mg weekly"]),
    ("CORK UNIVERSITY HOSPITAL - DISCHARGE SUMMARY\nName: Pádraig Ó Súilleabháin  MRN: 0784412  DOB: 30/01/1971\n"
     "Address: Apt 12, Lee View, Model Farm Road, Cork T12 X2E5\nDiagnosis: Crohn's colitis flare, Montreal L2. IV "
     "hydrocortisone 100 mg QDS for 5 days, then infliximab 5 mg/kg (induction). GP: Dr Fionnuala Creagh, Bishopstown. "
     "PPS No. 6403178Q. Car 221-C-4471 left in the multi-storey; wife Deirdre collecting it (086 412 9930).",
     [("HOSPITAL", ["CORK UNIVERSITY HOSPITAL"]), ("NAME", ["Pádraig", "Ó Súilleabháin"]), ("MRN", ["0784412"]),
      ("DATE", ["30/01/1971"]), ("ADDRESS", ["Lee View", "Model Farm Road"]), ("LOCATION", ["Cork"]),
      ("POSTCODE", ["T12 X2E5"]), ("NAME", ["Fionnuala", "Creagh"]), ("LOCATION", ["Bishopstown"]), ("ID", ["6403178Q"]),
      ("PLATE", ["221-C-4471"]), ("NAME", ["Deirdre"]), ("PHONE", ["086 412 9930"])],
     ["Crohn's colitis flare", "Montreal L2", "hydrocortisone 100 mg QDS", "infliximab 5 mg/kg"]),
    ("DISCHARGE SUMMARY - Dept. of General Medicine, St. John's Medical College Hospital, Bengaluru\nName: Mr. Venkatesh "
     "Gowda  Age/Sex: 52/M  IP No: 2024/17732  UHID: SJ10442871\nDOA: 04-03-2024  DOD: 11-03-2024\nDiagnosis: Dengue "
     "fever with warning signs; platelet nadir 18,000/cumm. Managed with IV fluids, no transfusion required.\nAttender: "
     "son Prajwal, Mob: +91 98450 31267. Address: No. 44, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011.\n"
     "Consultant: Dr. Lakshmi Narasimhan (KMC Reg. No. 48812)",
     [("HOSPITAL", ["St. John's Medical College"]), ("LOCATION", ["Bengaluru"]), ("NAME", ["Venkatesh", "Gowda"]),
      ("MRN", ["2024/17732"]), ("MRN", ["SJ10442871"]), ("DATE", ["04-03-2024"]), ("DATE", ["11-03-2024"]),
      ("NAME", ["Prajwal"]), ("PHONE", ["+91 98450 31267"]), ("ADDRESS", ["No. 44, 3rd Cross"]),
      ("LOCATION", ["Jayanagar"]), ("POSTCODE", ["560011"]), ("NAME", ["Lakshmi", "Narasimhan"]), ("LICENCE", ["48812"])],
     ["52/M", "Dengue fever with warning signs", "platelet nadir 18,000/cumm", "IV fluids"]),
    ("LAGOS UNIVERSITY TEACHING HOSPITAL, IDI-ARABA\nMrs Folasade Adeleke-Ogundipe, 45F, Hosp. No. LUTH/24/08812. "
     "Presented with fever of 6/7 duration and bleeding from the gums. Lassa fever suspected; samples sent to ISTH (Irrua). "
     "Ribavirin commenced, barrier nursing. Husband, Engr. Babatunde Adeleke, +234 803 412 7765, of 17 Adeniran "
     "Ogunsanya Street, Surulere. NHIA no: 0412-118-7740.",
     [("HOSPITAL", ["LAGOS UNIVERSITY TEACHING HOSPITAL"]), ("LOCATION", ["IDI-ARABA"]),
      ("NAME", ["Folasade", "Adeleke-Ogundipe"]), ("MRN", ["LUTH/24/08812"]), ("HOSPITAL", ["ISTH", "Irrua"]),
      ("NAME", ["Babatunde", "Adeleke"]), ("PHONE", ["+234 803 412 7765"]),
      ("ADDRESS", ["17 Adeniran Ogunsanya Street"]), ("LOCATION", ["Surulere"]), ("ID", ["0412-118-7740"])],
     ["fever of 6/7 duration", "bleeding from the gums", "Lassa fever suspected", "Ribavirin", "barrier nursing"]),
    ("Sunnybrook HSC, Trauma Team note, Oct. 3, 2024. 19M, restrained driver, T-boned at Bayview and Lawrence. Pt: "
     "Nathaniel Boisvert-Chen, OHIP 5584-229-115 KT. Plate CBXR 417 per police. GCS 15, FAST neg. Canadian C-Spine Rule: imaging "
     "required (dangerous mechanism). Mom (Geneviève) driving in from Oshawa, cell 905-555-0148.",
     [("HOSPITAL", ["Sunnybrook"]), ("DATE", ["Oct. 3, 2024"]), ("ADDRESS", ["Bayview", "Lawrence"]),
      ("NAME", ["Nathaniel", "Boisvert-Chen"]), ("ID", ["5584-229-115 KT"]), ("PLATE", ["CBXR 417"]), ("NAME", ["Geneviève"]),
      ("LOCATION", ["Oshawa"]), ("PHONE", ["905-555-0148"])],
     ["restrained driver", "GCS 15, FAST neg", "Canadian C-Spine Rule", "dangerous mechanism"]),
    ("DISCHARGE SUMMARY, Providence St. Peter Hospital, Olympia WA\nPatient: Harlan Pettibone  DOB: 05/02/1951  MRN: "
     "PSP-0093318\nSSN: 531-72-4406  Medicare MBI: 3WK7-QJ2-XN58\nAdmitted 2/26/2024, discharged 3/02/2024. Dx: CAP, RLL, "
     "CURB-65 2. Ceftriaxone 1 g + azithromycin 500 mg, switched to PO cefpodoxime day 3. Wife Arlene at bedside. Home: "
     "2207 Cooper Point Rd NW, Olympia, WA 98502. F/u PCP Dr. Mei-Ling Foss, Westside Family Medicine, 1 week. Grace "
     "period on his Part D plan ends Friday; case manager aware.",
     [("HOSPITAL", ["Providence St. Peter"]), ("LOCATION", ["Olympia"]), ("NAME", ["Harlan", "Pettibone"]),
      ("DATE", ["05/02/1951"]), ("MRN", ["PSP-0093318"]), ("ID", ["531-72-4406"]), ("ID", ["3WK7-QJ2-XN58"]),
      ("DATE", ["2/26/2024"]), ("DATE", ["3/02/2024"]), ("NAME", ["Arlene"]), ("ADDRESS", ["2207 Cooper Point Rd NW"]),
      ("POSTCODE", ["98502"]), ("NAME", ["Mei-Ling", "Foss"]), ("HOSPITAL", ["Westside Family Medicine"])],
     ["CAP, RLL", "CURB-65 2", "Ceftriaxone 1 g", "azithromycin 500 mg", "PO cefpodoxime", "Grace period"]),
    ("52M BIB EMS from the supermarket on S Range Line Rd, Joplin; collapsed at the register. AF w/ pre-excitation, "
     "HR 210s, wide + irregular. Old ECG: Wolff-Parkinson-White. Procainamide 17 mg/kg. NO AV nodal blockers. Pt: Dwight "
     "Lamoreaux, DOB 9/9/71, MO DL S530442199. Wife Cindy 417-555-0109 on her way.",
     [("ADDRESS", ["Range Line Rd"]), ("LOCATION", ["Joplin"]), ("NAME", ["Dwight", "Lamoreaux"]),
      ("DATE", ["9/9/71"]), ("LICENCE", ["S530442199"]), ("NAME", ["Cindy"]), ("PHONE", ["417-555-0109"])],
     ["AF w/ pre-excitation", "Wolff-Parkinson-White", "Procainamide 17 mg/kg", "NO AV nodal blockers"]),
    ("Cardiac physiology, remote monitoring alert. ICD (Boston Scientific Resonate EL, serial 582114) recorded VT treated "
     "with ATP x1, then a 31 J shock at 03:12 on 17/09/2024. Transmission via LATITUDE from the home hub at 81.149.22.108 "
     "at 03:40. Patient Mr Alban Scorer, 61, phoned on 01482 655 731: felt the shock, now well. Advised no driving for 6 "
     "months. Wife Noreen will bring him to Castle Hill on Monday for a device check.",
     [("SERIAL", ["582114"]), ("DATE", ["17/09/2024"]), ("IP", ["81.149.22.108"]), ("NAME", ["Alban", "Scorer"]),
      ("PHONE", ["01482 655 731"]), ("NAME", ["Noreen"]), ("HOSPITAL", ["Castle Hill"])],
     ["Boston Scientific Resonate EL", "VT treated with ATP x1", "31 J shock", "no driving for 6 months"]),
    ("Τμήμα Επειγόντων, Γ.Ν. Καβάλας. Ασθενής: Γεώργιος Παπαδόγιαννης του Ιωάννη, 67 ετών. Δ/νση: "
     "Ομονοίας 58, 654 03 Καβάλα. Τηλ. 2510 224 118, κιν. 6932 771 045. Προσήλθε με δύσπνοια και οιδήματα κάτω "
     "άκρων. NT-proBNP 4.200 pg/mL. Φουροσεμίδη 40 mg ΕΦ. Συνοδός: η κόρη του Παρασκευή.",
     [("HOSPITAL", ["Γ.Ν. Καβάλας"]), ("NAME", ["Γεώργιος", "Παπαδόγιαννης", "Ιωάννη"]),
      ("ADDRESS", ["Ομονοίας 58"]), ("POSTCODE", ["654 03"]), ("LOCATION", ["Καβάλα"]),
      ("PHONE", ["2510 224 118"]), ("PHONE", ["6932 771 045"]), ("NAME", ["Παρασκευή"])],
     ["67 ετών", "δύσπνοια και οιδήματα κάτω άκρων", "NT-proBNP 4.200 pg/mL", "Φουροσεμίδη 40 mg ΕΦ"]),
    ("Εξιτήριο Ορθοπαιδικής Κλινικής. Ασθενής: Χρυσούλα Βλάχου, ημ. γέννησης 15/08/1931 (93 ετών), ΑΜΚΑ 15083100246. "
     "Κάτοικος Ρόδου, οδός Αμμοχώστου 9. Διάγνωση: κάταγμα αυχένα μηριαίου αριστερά, ημιαρθροπλαστική. Ενοξαπαρίνη 40 mg "
     "υποδορίως για 35 ημέρες. Θεράπων ιατρός: Μιλτιάδης Κουτσουράκης. Επικοινωνία με την εγγονή: m.vlachou88@gmail.com",
     [("NAME", ["Χρυσούλα", "Βλάχου"]), ("DOB90", ["15/08/1931", "1931"]), ("AGE", ["93 ετών"]), ("ID", ["15083100246"]),
      ("LOCATION", ["Ρόδου"]), ("ADDRESS", ["Αμμοχώστου 9"]), ("NAME", ["Μιλτιάδης", "Κουτσουράκης"]),
      ("EMAIL", ["m.vlachou88@gmail.com"])],
     ["κάταγμα αυχένα μηριαίου", "ημιαρθροπλαστική", "Ενοξαπαρίνη 40 mg υποδορίως"]),
    ("门诊病历\n姓名：孙丽萍  性别：女  年龄：63岁  就诊日期：2024年4月9日\n主诉：反复上腹痛半年。\n胃镜：胃窦溃疡，幽门螺杆菌阳性。"
     "处理：四联疗法14天。\n联系电话：0731-8465 2217\n住址：长沙市开福区芙蓉中路一段418号2栋502室\n医师：马文韬，中南大学湘雅医院，消化内科",
     [("NAME", ["孙丽萍"]), ("DATE", ["2024年4月9日"]), ("PHONE", ["0731-8465 2217"]), ("LOCATION", ["长沙市"]),
      ("LOCATION", ["开福区"]), ("ADDRESS", ["芙蓉中路一段418号2栋502室", "长沙市开福区芙蓉中路一段418号2栋502室"]),
      ("NAME", ["马文韬"]), ("HOSPITAL", ["中南大学湘雅医院"])],
     ["63岁", "反复上腹痛半年", "胃窦溃疡", "幽门螺杆菌阳性", "四联疗法14天"]),
    ("急诊病历\n患者：郭海涛，男，35岁，身份证号：530102198811253019\n主诉：骑电动车摔伤致左前臂畸形、疼痛1小时。\n"
     "既往史：血友病B（Christmas disease），凝血因子IX活性2%。\n辅助检查：X线示左尺桡骨双骨折。\n处理：输注凝血因子IX后手法复位。\n"
     "联系人：何淑珍（妻子），手机：18607126649\n车牌号：云A·3F829\n住址：昆明市五华区青年路376号",
     [("NAME", ["郭海涛"]), ("ID", ["530102198811253019"]), ("NAME", ["何淑珍"]), ("PHONE", ["18607126649"]), ("PLATE", ["云A·3F829"]),
      ("LOCATION", ["昆明市"]), ("LOCATION", ["五华区"]), ("ADDRESS", ["青年路376号", "昆明市五华区青年路376号"])],
     ["35岁", "左前臂畸形", "血友病B", "Christmas disease", "凝血因子IX活性2%", "尺桡骨双骨折"]),
    ("Выписной эпикриз. ФИО: Смирнова Татьяна Петровна, 62 года. Адрес: г. Екатеринбург, ул. Малышева, д. 12, кв. 45. "
     "Тел.: +7 (912) 604-18-33. Полис ОМС 6651 2309 8844 1170. Дата выписки: 18.04.2024. Диагноз: болезнь Грейвса "
     "(диффузный токсический зоб), св. Т4 52 пмоль/л. Тиамазол 30 мг/сут. Лечащий врач: Кузнецов А. В.",
     [("NAME", ["Смирнова", "Татьяна", "Петровна"]), ("LOCATION", ["Екатеринбург"]), ("ADDRESS", ["Малышева", "д. 12, кв. 45"]),
      ("PHONE", ["+7 (912) 604-18-33"]), ("ID", ["6651 2309 8844 1170"]), ("DATE", ["18.04.2024"]),
      ("NAME", ["Кузнецов"])],
     ["62 года", "болезнь Грейвса", "диффузный токсический зоб", "св. Т4 52 пмоль/л", "Тиамазол 30 мг/сут"]),
    ("Приёмное отделение ГКБ № 34, г. Новосибирск. Пациент: Орлов Дмитрий Сергеевич, 48 лет, дата рождения 03.06.1976, "
     "СНИЛС 147-258-369 88. Жалобы: слабость в правой руке, нарушение речи 2 часа. NIHSS 9. Проведён тромболизис альтеплазой. "
     "Жена: Орлова Ирина Викторовна, тел. 8-913-742-55-06. Место работы: завод «Сибсельмаш», слесарь.",
     [("HOSPITAL", ["ГКБ № 34"]), ("LOCATION", ["Новосибирск"]), ("NAME", ["Орлов", "Дмитрий", "Сергеевич"]),
      ("DATE", ["03.06.1976"]), ("ID", ["147-258-369 88"]), ("NAME", ["Орлова", "Ирина", "Викторовна"]),
      ("PHONE", ["8-913-742-55-06"]), ("LOCATION", ["Сибсельмаш"])],
     ["48 лет", "слабость в правой руке", "нарушение речи 2 часа", "NIHSS 9", "тромболизис альтеплазой"]),
    ("रोगी का नाम: सुनीता देवी शर्मा, आयु 58 वर्ष। पता: मकान नं. 14, गली नं. 3, लाजपत नगर, नई दिल्ली 110024। मोबाइल: "
     "98110 45672। आधार: 4821 7733 9018। निदान: टाइप 2 मधुमेह, HbA1c 9.1%। मेटफॉर्मिन 500 mg दिन में दो बार। पति: रमेश शर्मा। "
     "डॉक्टर: डॉ. अनिल वर्मा, सफदरजंग अस्पताल।",
     [("NAME", ["सुनीता", "देवी", "शर्मा"]), ("ADDRESS", ["मकान नं. 14, गली नं. 3"]), ("LOCATION", ["लाजपत नगर"]),
      ("LOCATION", ["नई दिल्ली"]), ("POSTCODE", ["110024"]), ("PHONE", ["98110 45672"]), ("ID", ["4821 7733 9018"]),
      ("NAME", ["रमेश"]), ("NAME", ["अनिल", "वर्मा"]), ("HOSPITAL", ["सफदरजंग"])],
     ["आयु 58 वर्ष", "टाइप 2 मधुमेह", "HbA1c 9.1%", "मेटफॉर्मिन 500 mg दिन में दो बार"]),
    ("Women's and Children's Hospital, Adelaide. Paeds ED.\n4yo boy, Archer Quintrell, brought by mum Tahlia after "
     "possibly swallowing a button battery at childcare (Little Wattles ELC, Prospect). CXR: 20 mm disc in the oesophagus "
     "with a double-ring sign. Honey 10 mL given. To theatre for rigid oesophagoscopy. Mum mob 0422 871 306; Dad (Shane) "
     "on his way from work at the Osborne shipyard.",
     [("HOSPITAL", ["Women's and Children's Hospital"]), ("LOCATION", ["Adelaide"]), ("NAME", ["Archer", "Quintrell"]),
      ("NAME", ["Tahlia"]), ("LOCATION", ["Little Wattles ELC"]), ("LOCATION", ["Prospect"]),
      ("PHONE", ["0422 871 306"]), ("NAME", ["Shane"]), ("LOCATION", ["Osborne"])],
     ["button battery", "20 mm disc in the oesophagus", "double-ring sign", "Honey 10 mL", "rigid oesophagoscopy"]),
    ("Antenatal clinic, 32+1/40. Keisha Amankwah-Reid, 36, G3P2. Combined screening 1 in 24 for Down syndrome; NIPT low "
     "chance. Gestational diabetes, fasting glucose 5.9, on metformin 500 mg BD. Previous LSCS x1, VBAC discussed; Bishop "
     "score at 39 weeks. Edinburgh Postnatal Depression Scale 11. Booked at St Helier; lives in Mitcham, Surrey. Partner "
     "Jermaine Reid, a driver at the Croydon bus garage, 07958 224 613. Growth scan 09/09/2024. Midwife: Rosalind Kaye.",
     [("NAME", ["Keisha", "Amankwah-Reid"]), ("HOSPITAL", ["St Helier"]), ("LOCATION", ["Mitcham"]),
      ("LOCATION", ["Surrey"]), ("NAME", ["Jermaine", "Reid"]), ("LOCATION", ["Croydon"]), ("PHONE", ["07958 224 613"]),
      ("DATE", ["09/09/2024"]), ("NAME", ["Rosalind", "Kaye"])],
     ["Down syndrome", "NIPT low chance", "Gestational diabetes", "metformin 500 mg BD", "VBAC discussed", "Bishop score",
      "Edinburgh Postnatal Depression Scale 11"]),
    ("RADIOLOGY REQUISITION: MRI brain w/ and w/o gadolinium\nPatient: Priscilla Vandermolen  DOB 12/30/1988  MRN "
     "81-447-209  Acc# RAD24-0339187\nIndication: 35F, new-onset focal seizures; ?demyelination vs mass. Hx Graves' "
     "orbitopathy s/p RAI. eGFR >90.\nOrdering: Dr. Oluwakemi Hartsfield, Neurology, Butterworth Hospital, Grand Rapids "
     "MI. Fax results to 616-555-0193. Insurance: Priority Health member ID 90218-44761.",
     [("NAME", ["Priscilla", "Vandermolen"]), ("DATE", ["12/30/1988"]), ("MRN", ["81-447-209"]),
      ("MRN", ["RAD24-0339187"]), ("NAME", ["Oluwakemi", "Hartsfield"]), ("HOSPITAL", ["Butterworth"]),
      ("LOCATION", ["Grand Rapids"]), ("PHONE", ["616-555-0193"]), ("ID", ["90218-44761"])],
     ["gadolinium", "new-onset focal seizures", "?demyelination vs mass", "Graves' orbitopathy", "s/p RAI", "eGFR >90"]),
    ("Care home review: The Laurels Residential Home, 31 Station Road, Hessle HU13 0BB.\nResident: Mrs Ada Cullingworth, "
     "DOB 29-Feb-1932, 92 years. Moved in on 5 Jan 2023. Weight 41.2 kg (MUST 3). Grade 3 pressure ulcer L heel; air "
     "mattress asset no. AM-448127 checked. Hope is that she stays comfortable here; son Leonard agrees, no hospital "
     "transfer. Seen with senior carer Joanne Pickersgill.",
     [("HOSPITAL", ["Laurels"]), ("ADDRESS", ["31 Station Road"]), ("LOCATION", ["Hessle"]), ("POSTCODE", ["HU13 0BB"]),
      ("NAME", ["Ada", "Cullingworth"]), ("DOB90", ["29-Feb-1932", "1932"]), ("AGE", ["92 years"]),
      ("DATE", ["5 Jan 2023"]), ("SERIAL", ["AM-448127"]), ("NAME", ["Leonard"]), ("NAME", ["Joanne", "Pickersgill"])],
     ["Weight 41.2 kg", "MUST 3", "Grade 3 pressure ulcer L heel", "Hope is that she stays comfortable",
      "no hospital transfer"]),
    ("Crisis team assessment. Mr Lewis Drinkwater, 44, sheep farmer, Mill House Farm, Cray, near Settle. Low mood since "
     "the TB reactor cull on the farm; PHQ-9 22, GAD-7 15. Passive suicidal ideation, no plan. Holds a shotgun "
     "certificate (14/NYP/3321): with his consent firearms licensing informed, guns held by his brother Alistair. Posts on "
     "a farming forum as dalesman_lew. Sertraline 50 mg started. GP: Dr Penelope Aske, Ribblesdale Practice.",
     [("NAME", ["Lewis", "Drinkwater"]), ("ADDRESS", ["Mill House Farm"]), ("LOCATION", ["Cray"]),
      ("LOCATION", ["Settle"]), ("LICENCE", ["14/NYP/3321"]), ("NAME", ["Alistair"]), ("HANDLE", ["dalesman_lew"]),
      ("NAME", ["Penelope", "Aske"]), ("HOSPITAL", ["Ribblesdale"])],
     ["TB reactor cull", "PHQ-9 22", "GAD-7 15", "Passive suicidal ideation, no plan", "Sertraline 50 mg"]),
    ("Peds Neuro consult. 11 yo F, fever, headache, then flaccid weakness of the R leg. CSF: WBC 210 (lymph 70%), protein "
     "98. West Nile virus IgM positive in CSF; Lyme disease and enterovirus D68 also considered. MRI: anterior horn T2 "
     "signal. Pt: Harper Ostrowski-Baines, MRN 7002-18-4471, 6th grade at Jefferson Middle School in Fort Collins. "
     "Parents Dustin & Kelsey; dad's work line (970) 555-0116 x214.",
     [("NAME", ["Harper", "Ostrowski-Baines"]), ("MRN", ["7002-18-4471"]), ("LOCATION", ["Jefferson Middle School"]),
      ("LOCATION", ["Fort Collins"]), ("NAME", ["Dustin"]), ("NAME", ["Kelsey"]), ("PHONE", ["(970) 555-0116 x214"])],
     ["flaccid weakness of the R leg", "protein 98", "West Nile virus IgM positive in CSF", "Lyme disease",
      "enterovirus D68", "anterior horn T2 signal"]),
    ("Dear Dr,\nI'd value your opinion on Mrs Nuala Rabbitte-Tighe (DOB 17/04/1949) of 22 Kilrush Road, Cloughleigh, Ennis "
     "V95 X4C7. She has Parkinson's (Hoehn and Yahr stage 3) with falls and new visual hallucinations. Madopar 125 mg QDS. "
     "Her daughter Sorcha is the main carer: 087 660 2391; her son Cathal is in Worcester, +1 508 555 0148. She was in UHL in "
     "March 2023.\nIs mise le meas,\nDr C. Mac Giolla Rua\nCloughleigh Family Practice, Tel (065) 682 4388",
     [("NAME", ["Nuala", "Rabbitte-Tighe"]), ("DATE", ["17/04/1949"]), ("ADDRESS", ["22 Kilrush Road"]),
      ("LOCATION", ["Cloughleigh"]), ("LOCATION", ["Ennis"]), ("POSTCODE", ["V95 X4C7"]), ("NAME", ["Sorcha"]),
      ("PHONE", ["087 660 2391"]), ("NAME", ["Cathal"]), ("LOCATION", ["Worcester"]), ("PHONE", ["+1 508 555 0148"]),
      ("HOSPITAL", ["UHL"]), ("DATE", ["March 2023"]), ("NAME", ["Mac Giolla Rua"]), ("PHONE", ["(065) 682 4388"])],
     ["Parkinson's", "Hoehn and Yahr stage 3", "new visual hallucinations", "Madopar 125 mg QDS"]),
] + MORE_NOTES
