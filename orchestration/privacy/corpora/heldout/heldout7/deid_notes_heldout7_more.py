"""The second part of the seventh HELD-OUT note set (:mod:`deid_notes_heldout7`, whose docstring says how it was
written and how to use it), kept in its own file only for length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("ED - Te Kūiti Hospital, 06/01/2025 16:20\n17F Lagimaina Tuiasosopo-Faleolo, NHI KAL9556, lives 22 Rora St, "
     "Piopio. Yr 12 at Te Kūiti High School. Fever, flitting polyarthritis knees/ankles x 5 days after sore throat 3 "
     "wks ago. New apical pansystolic murmur. ASOT 800, CRP 96, PR 220 ms. Jones criteria met: acute rheumatic fever "
     "with carditis. Echo booked; benzathine penicillin (Bicillin L-A) monthly to start. On the RF register from "
     "today. Came in with aunty Fetu and uncle Sefo - their car (KPL482) is in the drop-off bay. Mum Losa on 022 718 "
     "4406. Paediatric reg: Dr Hinewai Matheson-Kūpapa.",
     [("HOSPITAL", ["Te Kūiti Hospital"]), ("DATE", ["06/01/2025"]), ("NAME", ["Lagimaina", "Tuiasosopo-Faleolo"]),
      ("ID", ["KAL9556"]), ("ADDRESS", ["22 Rora St"]), ("LOCATION", ["Piopio"]),
      ("LOCATION", ["Te Kūiti High School"]), ("NAME", ["Fetu"]), ("NAME", ["Sefo"]), ("PLATE", ["KPL482"]),
      ("NAME", ["Losa"]), ("PHONE", ["022 718 4406"]), ("NAME", ["Hinewai", "Matheson-Kūpapa"])],
     ["flitting polyarthritis", "apical pansystolic murmur", "ASOT 800, CRP 96, PR 220 ms",
      "Jones criteria met: acute rheumatic fever with carditis", "benzathine penicillin (Bicillin L-A)"]),
    ("BEHAVIORAL HEALTH - telehealth follow-up (video), Klamath Falls clinic\nClient: Rainer Okafor-Lindholm, 34M, "
     "DOB 02/14/1990, MRN KBH-118402. Oregon Health Plan ID: YN48821J. Reports low mood x 2 mo after layoff from "
     "Jeld-Wen; PHQ-9 19, no active SI, passive thoughts 'it'd be easier'. Safety plan updated; sister Annelise "
     "(541-555-0164) holds his hunting rifles. Sleeping 3-4 h. Continuing sertraline, increase to 100 mg. He runs a "
     "fundraiser page at gofundme.com/f/rainer-rebuilds and posts on Reddit as u/klamath_drifter. Session connected "
     "from 71.36.207.14. Next visit 1/28. - Lucian Ibekwe-Marsh, PMHNP",
     [("LOCATION", ["Klamath Falls"]), ("NAME", ["Rainer", "Okafor-Lindholm"]), ("DATE", ["02/14/1990"]),
      ("MRN", ["KBH-118402"]), ("ID", ["YN48821J"]), ("LOCATION", ["Jeld-Wen"]), ("NAME", ["Annelise"]),
      ("PHONE", ["541-555-0164"]), ("URL", ["gofundme.com/f/rainer-rebuilds"]), ("HANDLE", ["klamath_drifter"]),
      ("IP", ["71.36.207.14"]), ("DATE", ["1/28"]), ("NAME", ["Lucian", "Ibekwe-Marsh"])],
     ["PHQ-9 19, no active SI", "Safety plan updated", "Continuing sertraline, increase to 100 mg"]),
    ("ED St Columcille's Hospital 28/07/2024\nMr Pádraic Ó Tuathail, 44, MRN 1183307, from Roundwood, Co. Wicklow; "
     "works as a ranger in Glendalough. Expanding red annular rash L thigh (erythema migrans, 14 cm) 10 days after a "
     "tick bite on the hill, with fatigue and arthralgia. No facial weakness. Dx: early localised Lyme disease. "
     "Doxycycline 100 mg bd x 21 days. Advised re sun. Partner Blánaid on 086 471 2093. GP Dr Fiacc Mac Aodha, "
     "Annamoe. Seen by Dr Kavitha Rooney.",
     [("HOSPITAL", ["St Columcille's Hospital"]), ("DATE", ["28/07/2024"]), ("NAME", ["Pádraic", "Ó Tuathail"]),
      ("MRN", ["1183307"]), ("LOCATION", ["Roundwood"]), ("LOCATION", ["Wicklow"]), ("LOCATION", ["Glendalough"]),
      ("NAME", ["Blánaid"]), ("PHONE", ["086 471 2093"]), ("NAME", ["Fiacc", "Mac Aodha"]), ("LOCATION", ["Annamoe"]),
      ("NAME", ["Kavitha", "Rooney"])],
     ["erythema migrans, 14 cm", "No facial weakness", "early localised Lyme disease",
      "Doxycycline 100 mg bd x 21 days"]),
    ("Referral to Butterwick Hospice, Bishop Auckland - community palliative care\nFrom: Rowhope Lodge Nursing Home, "
     "3 Front Street, Sacriston DH7 6JW. Tel 0191 371 0558\nResident: Mrs Clementina (Clemmie) Brydon, DOB 23/05/1929 "
     "(aged 95), NHS 416 324 4190. Admitted to the home 14/03/2021.\nMetastatic breast cancer, now with "
     "hypercalcaemia (adj Ca 3.1) and increasing bone pain despite MST 20 mg bd. Sleeping most of the day since 2nd "
     "December. Preferred place of death: the home; family would consider hospice for symptom control. Next of kin: "
     "granddaughter Kirsty-Ann Lumsden 07958 203 174. GP Dr Abimbola Ferriday, Sacriston Surgery. ReSPECT form "
     "completed.\nSigned: Marian Crozier RN, deputy manager",
     [("HOSPITAL", ["Butterwick Hospice"]), ("LOCATION", ["Bishop Auckland"]),
      ("HOSPITAL", ["Rowhope Lodge Nursing Home"]), ("ADDRESS", ["3 Front Street"]), ("LOCATION", ["Sacriston"]),
      ("POSTCODE", ["DH7 6JW"]), ("PHONE", ["0191 371 0558"]), ("NAME", ["Clementina", "Brydon"]),
      ("NAME", ["Clemmie"]), ("DOB90", ["23/05/1929", "1929"]), ("AGE", ["aged 95"]), ("ID", ["416 324 4190"]),
      ("DATE", ["14/03/2021"]), ("DATE", ["2nd December"]), ("NAME", ["Kirsty-Ann", "Lumsden"]),
      ("PHONE", ["07958 203 174"]), ("NAME", ["Abimbola", "Ferriday"]), ("HOSPITAL", ["Sacriston Surgery"]),
      ("NAME", ["Marian", "Crozier"])],
     ["Metastatic breast cancer", "hypercalcaemia (adj Ca 3.1)", "MST 20 mg bd", "Preferred place of death",
      "ReSPECT form completed"]),
    ("Gove District Hospital - medical admission, wet season\nMr Jeremiah Wurramarrba, 52M, HRN 0072418, Medicare "
     "2719 82157 6. From Gapuwiyak community, works with the Yirrkala rangers. 4 days fever, cough, rigors; diabetic "
     "(HbA1c 10.8), heavy grog. CXR multilobar consolidation, splenic abscesses on US. Blood cultures: Burkholderia "
     "pseudomallei -> melioidosis. IV meropenem 2 g tds (intensive phase 2 wks), then co-trimoxazole eradication 3 "
     "months. Miwatj clinic informed. Wife Leonie on (08) 8987 5312 (clinic phone, message). Dr Zofia Szymczak (AMO).",
     [("HOSPITAL", ["Gove District Hospital"]), ("NAME", ["Jeremiah", "Wurramarrba"]), ("MRN", ["0072418"]),
      ("ID", ["2719 82157 6"]), ("LOCATION", ["Gapuwiyak"]), ("LOCATION", ["Yirrkala"]), ("HOSPITAL", ["Miwatj"]),
      ("NAME", ["Leonie"]), ("PHONE", ["(08) 8987 5312"]), ("NAME", ["Zofia", "Szymczak"])],
     ["multilobar consolidation, splenic abscesses", "Burkholderia pseudomallei -> melioidosis", "IV meropenem 2 g tds",
      "co-trimoxazole eradication 3 months"]),
    ("HOME HEALTH SKILLED NURSING VISIT 12/03/2024\nPt: Elzie Sizemore-Combs, 71M. Address: RR 3 Box 207, Hindman KY "
     "41822 (gravel drive past the Little Carr Church). Ph 606-785-2297. Medicaid ID 6120048813, Medicare MBI "
     "2TR4-HF8-WN63.\nWound: L plantar diabetic foot ulcer 2.1 x 1.6 x 0.4 cm, Wagner grade 2, moderate serous "
     "drainage, no frank pus, no probe to bone. Cleansed NS, silver alginate, offloading boot reinforced. BS 212. "
     "Daughter Reba Combs does dressings on non-visit days. Next visit Thurs. Report called to Dr. Orville "
     "Ratliff-Oyeyemi at Hindman Family Clinic.\n- Sherrilyn Prater, RN",
     [("DATE", ["12/03/2024"]), ("NAME", ["Elzie", "Sizemore-Combs"]), ("ADDRESS", ["RR 3 Box 207"]),
      ("LOCATION", ["Hindman"]), ("POSTCODE", ["41822"]), ("LOCATION", ["Little Carr Church"]),
      ("PHONE", ["606-785-2297"]), ("ID", ["6120048813"]), ("ID", ["2TR4-HF8-WN63"]), ("NAME", ["Reba", "Combs"]),
      ("NAME", ["Orville", "Ratliff-Oyeyemi"]), ("HOSPITAL", ["Hindman Family Clinic"]),
      ("NAME", ["Sherrilyn", "Prater"])],
     ["L plantar diabetic foot ulcer 2.1 x 1.6 x 0.4 cm", "Wagner grade 2", "no frank pus, no probe to bone",
      "silver alginate, offloading boot"]),
    ("RFDS retrieval summary - Longreach\nPt: Clancy Fitzwater-Noonan, 38M stockman, Medicare 3054 33051 1, of "
     "'Wirrilla Downs' via Isisford. Postal: PO Box 212, Longreach QLD 4730. Sat phone +61 147 118 502. Bitten R hand "
     "by a brown snake while mustering, pressure immobilisation bandage applied by station manager Tully Hocking. 20 "
     "min WBCT: incoherent; INR >10, fibrinogen <0.5 - venom-induced consumption coagulopathy. 1 vial brown snake "
     "antivenom given at Longreach Hospital, then flown to Rockhampton. Flight nurse: Roslyn Athelstan-Kiely; MO Dr "
     "Vikram Halloran.",
     [("LOCATION", ["Longreach"]), ("NAME", ["Clancy", "Fitzwater-Noonan"]), ("ID", ["3054 33051 1"]),
      ("LOCATION", ["Wirrilla Downs"]), ("LOCATION", ["Isisford"]), ("ADDRESS", ["PO Box 212"]), ("POSTCODE", ["4730"]),
      ("PHONE", ["+61 147 118 502"]), ("NAME", ["Tully", "Hocking"]), ("HOSPITAL", ["Longreach Hospital"]),
      ("LOCATION", ["Rockhampton"]), ("NAME", ["Roslyn", "Athelstan-Kiely"]), ("NAME", ["Vikram", "Halloran"])],
     ["pressure immobilisation bandage", "20 min WBCT: incoherent", "venom-induced consumption coagulopathy",
      "brown snake antivenom"]),
    ("Haematology Clinic\nFederal Medical Centre Keffi, Nasarawa State\n04/02/2025\nDear Dr Agbo,\nRe: Miss Nanret "
     "Dakwak, 19 yrs, hosp. no. FMCK/HM/0418893, of No. 12 Angwan Lambu Street, Keffi. Tel +234 806 714 5529.\nThank "
     "you for seeing Nanret, who has sickle cell anaemia (HbSS) with 5 vaso-occlusive crises this year and a TCD "
     "velocity of 188 cm/s last month. Steady-state Hb 7.2 g/dL, HbF 6%. We have started hydroxyurea 15 mg/kg and "
     "folic acid; she is a 200 level student at the Nasarawa State University and wants to stay in her hostel. Her "
     "mother, Mrs Rifkatu Dakwak, can be reached on 0703 448 2176 or rifkatu.dakwak@gmail.com.\nYours faithfully,\nDr "
     "Nanle Pam-Bitrus, Senior Registrar",
     [("HOSPITAL", ["Federal Medical Centre Keffi"]), ("DATE", ["04/02/2025"]), ("NAME", ["Agbo"]),
      ("NAME", ["Nanret", "Dakwak"]), ("MRN", ["FMCK/HM/0418893"]), ("ADDRESS", ["No. 12 Angwan Lambu Street"]),
      ("LOCATION", ["Keffi"]), ("PHONE", ["+234 806 714 5529"]), ("LOCATION", ["Nasarawa State University"]),
      ("NAME", ["Rifkatu"]), ("PHONE", ["0703 448 2176"]), ("EMAIL", ["rifkatu.dakwak@gmail.com"]),
      ("NAME", ["Nanle", "Pam-Bitrus"])],
     ["sickle cell anaemia (HbSS)", "5 vaso-occlusive crises", "TCD velocity of 188 cm/s",
      "Steady-state Hb 7.2 g/dL, HbF 6%", "hydroxyurea 15 mg/kg and folic acid"]),
    ("CIVIL HOSPITAL MOGA - REQUISITION FOR X-RAY / CT\nName: Gurpartap Singh Dhaliwal S/o Balkar Singh   Age: 27 Y   "
     "Sex: M   OPD/Reg No: 2024/MG/771840\nVill. Dhudike, Teh. & Distt. Moga. Ph 98157 62013. Aadhaar 7667 1006 "
     "0125\nH/o RTA - motorcycle (PB 29 K 4471) vs tractor-trolley, 11/10/2024. C/o pain L hip, unable to bear "
     "weight; shortening and external rotation L lower limb. ?Fracture neck femur ?acetabulum. Kindly do X-ray pelvis "
     "AP + L hip lateral, CT if X-ray inconclusive. MLR No. 188/24 (police case).\nDr. Harjot Kaur Sekhon, EMO",
     [("HOSPITAL", ["CIVIL HOSPITAL MOGA"]), ("NAME", ["Gurpartap", "Singh", "Dhaliwal"]), ("NAME", ["Balkar"]),
      ("MRN", ["2024/MG/771840"]), ("LOCATION", ["Dhudike"]), ("LOCATION", ["Moga"]), ("PHONE", ["98157 62013"]),
      ("ID", ["7667 1006 0125"]), ("PLATE", ["PB 29 K 4471"]), ("DATE", ["11/10/2024"]), ("ID", ["188/24"]),
      ("NAME", ["Harjot", "Kaur", "Sekhon"])],
     ["unable to bear weight", "shortening and external rotation L lower limb", "?Fracture neck femur ?acetabulum",
      "X-ray pelvis AP + L hip lateral"]),
    ("Ceres Hospital - Emergency Centre, 19/03/2025\nPt: Jan-Hendrik Swartbooi, 33M, farm worker on Bokveldskloof "
     "farm, Op-die-Berg. ID 9104215962086. Folder 25-118472. Found collapsed in the vineyard after spraying. Pinpoint "
     "pupils, hypersalivation, bronchorrhoea, HR 44, fasciculations -> organophosphate poisoning (cholinergic "
     "toxidrome). Atropine doubling doses to dry chest (total 18 mg), pralidoxime not given per local protocol. "
     "Intubated, to ICU. Foreman Dawid Pietersen brought the container (chlorpyrifos). Wife Magrieta: 073 552 8041. "
     "Poisons Centre consulted. Dr Ijeoma van Rooyen-Obi.",
     [("HOSPITAL", ["Ceres Hospital"]), ("DATE", ["19/03/2025"]), ("NAME", ["Jan-Hendrik", "Swartbooi"]),
      ("LOCATION", ["Bokveldskloof"]), ("LOCATION", ["Op-die-Berg"]), ("ID", ["9104215962086"]), ("MRN", ["25-118472"]),
      ("NAME", ["Dawid", "Pietersen"]), ("NAME", ["Magrieta"]), ("PHONE", ["073 552 8041"]),
      ("NAME", ["Ijeoma", "van Rooyen-Obi"])],
     ["Pinpoint pupils, hypersalivation, bronchorrhoea", "organophosphate poisoning (cholinergic toxidrome)",
      "Atropine doubling doses to dry chest", "pralidoxime not given", "(chlorpyrifos)"]),
    ("Mills Memorial Hospital, Terrace BC - ED note 2024-09-06\nPt Cody Skjelbred-Quock, 26M, PHN 9257 350 062, chart "
     "MM-0449187. Faller at a logging block off the Nisga'a Hwy; struck by a limb. WorkSafeBC claim 7004418 pending. "
     "Deformed R forearm, distal radius + ulna shaft #, NV intact. Closed reduction under Bier block, above-elbow "
     "backslab. BC driver's licence 4471829 (noted for WorkSafe). Lives at 4612 Straume Ave, Terrace V8G 4R3; "
     "girlfriend Kenzie 250-615-8834. Ortho Dr. Anneliese Moukharskaya to see for ORIF. - Dr. Caspian Tsai-Whitfield",
     [("HOSPITAL", ["Mills Memorial Hospital"]), ("LOCATION", ["Terrace"]), ("DATE", ["2024-09-06"]),
      ("NAME", ["Cody", "Skjelbred-Quock"]), ("ID", ["9257 350 062"]), ("MRN", ["MM-0449187"]),
      ("ADDRESS", ["Nisga'a Hwy"]), ("ID", ["7004418"]), ("LICENCE", ["4471829"]), ("ADDRESS", ["4612 Straume Ave"]),
      ("POSTCODE", ["V8G 4R3"]), ("NAME", ["Kenzie"]), ("PHONE", ["250-615-8834"]),
      ("NAME", ["Anneliese", "Moukharskaya"]), ("NAME", ["Caspian", "Tsai-Whitfield"])],
     ["distal radius + ulna shaft #", "NV intact", "Closed reduction under Bier block", "above-elbow backslab",
      "ORIF"]),
    ("Nephrology progress note - Big Sandy Dialysis, Prestonsburg KY\nPt: Loretta Jean Blankenbeckler, 63F, DOB "
     "07/21/1961, MRN BSD00418. ESRD 2/2 diabetic nephropathy, MWF HD via L brachiocephalic AVF - good thrill and "
     "bruit. Kt/V 1.31. K 5.9 pre - reviewed diet (loves tomatoes). Phos 6.8 -> start sevelamer 800 mg tid with "
     "meals. Hep B sAb 8, booster given. Insurance: Anthem BCBS member ID XKM908214471, group 00417-HD; secondary "
     "Medicaid. Transplant referral to UK HealthCare - she hopes to be listed. Ride: Sandy Valley Transit. Husband "
     "Royce 606-886-7743. Nephrologist: Dr. Chibuzo Adkins-Whitt.",
     [("HOSPITAL", ["Big Sandy Dialysis"]), ("LOCATION", ["Prestonsburg"]),
      ("NAME", ["Loretta", "Jean", "Blankenbeckler"]), ("DATE", ["07/21/1961"]), ("MRN", ["BSD00418"]),
      ("ID", ["XKM908214471"]), ("ID", ["00417-HD"]), ("HOSPITAL", ["UK HealthCare"]),
      ("LOCATION", ["Sandy Valley Transit"]), ("NAME", ["Royce"]), ("PHONE", ["606-886-7743"]),
      ("NAME", ["Chibuzo", "Adkins-Whitt"])],
     ["ESRD 2/2 diabetic nephropathy", "L brachiocephalic AVF - good thrill and bruit", "Kt/V 1.31",
      "start sevelamer 800 mg tid with meals", "Hep B sAb 8, booster given"]),
    ("Annual Health Check (learning disability) - Bramcote Surgery, Beeston\nPatient: Jonty Halloran-Peake, 31, NHS "
     "757 856 7721. Down syndrome, moderate LD, hypothyroidism on levothyroxine 100 mcg. Lives in supported living at "
     "6 Chilwell Meadow Court, Chilwell NG9 4PL with 24h staff (provider: Trentside Support Services). Attends "
     "Broxtowe Day Opportunities Mon-Wed. Accompanied by keyworker Amarachi Thornhill. Weight up 4 kg, BMI 33. TSH "
     "3.1. No symptoms of early-onset dementia; baseline DSQIID done. Hearing: wax both ears. Mark on his shin is a "
     "healing graze from football. Sunny and chatty as ever. Mum Gillian has LPA for health and welfare (07806 115 "
     "283). Seen by Dr Posy Ashdown-Kaur.",
     [("HOSPITAL", ["Bramcote Surgery"]), ("LOCATION", ["Beeston"]), ("NAME", ["Jonty", "Halloran-Peake"]),
      ("ID", ["757 856 7721"]), ("ADDRESS", ["6 Chilwell Meadow Court"]), ("LOCATION", ["Chilwell"]),
      ("POSTCODE", ["NG9 4PL"]), ("LOCATION", ["Trentside Support Services"]),
      ("LOCATION", ["Broxtowe Day Opportunities"]), ("NAME", ["Amarachi", "Thornhill"]), ("NAME", ["Gillian"]),
      ("PHONE", ["07806 115 283"]), ("NAME", ["Posy", "Ashdown-Kaur"])],
     ["Down syndrome, moderate LD", "levothyroxine 100 mcg", "early-onset dementia", "baseline DSQIID done",
      "Mark on his shin is a healing graze", "Sunny and chatty as ever"]),
    ("Παράδοση βάρδιας 14:00 - Νευρολογική Κλινική, Μαμάτσειο Γενικό Νοσοκομείο Κοζάνης\nΚλίνη 3: Πολυχρόνης "
     "Ζησόπουλος, 58 ετών, ΑΜΚΑ 21036622229. Ισχαιμικό ΑΕΕ αριστερού ημισφαιρίου, θρομβόλυση με αλτεπλάση χθες 19:40, "
     "NIHSS από 12 σε 6. Αφασία βελτιωμένη. Δυσφαγία - νήστις μέχρι αξιολόγηση λογοθεραπευτή. Σύζυγος Σταματία "
     "Ζησοπούλου, τηλ. 694 558 3017, μένουν στη Σιάτιστα, οδός Παπαναστασίου 22. Θεράπων: Δρ. Αναστάσιος "
     "Παπαθεοχάρους.",
     [("HOSPITAL", ["Μαμάτσειο Γενικό Νοσοκομείο Κοζάνης"]), ("NAME", ["Πολυχρόνης", "Ζησόπουλος"]),
      ("ID", ["21036622229"]), ("NAME", ["Σταματία", "Ζησοπούλου"]), ("PHONE", ["694 558 3017"]),
      ("LOCATION", ["Σιάτιστα"]), ("ADDRESS", ["Παπαναστασίου 22"]), ("NAME", ["Αναστάσιος", "Παπαθεοχάρους"])],
     ["58 ετών", "Ισχαιμικό ΑΕΕ αριστερού ημισφαιρίου", "θρομβόλυση με αλτεπλάση", "NIHSS από 12 σε 6", "Δυσφαγία"]),
    ("埔里基督教醫院 急診病歷\n病人：林秀鳳　女　78歲　病歷號：PC0448127\n身分證字號：M221847300\n住址：南投縣埔里鎮中正路三段218巷7號\n電話：049-298-4471；兒子 黃志明 手機 "
     "0933-718-205\n主訴：今晨突發右側肢體無力及言語不清。到院NIHSS 9分，電腦斷層無出血，給予靜脈血栓溶解劑。轉診至中國醫藥大學附設醫院行取栓。\n急診醫師：蔡宗翰",
     [("HOSPITAL", ["埔里基督教醫院"]), ("NAME", ["林秀鳳"]), ("MRN", ["PC0448127"]), ("ID", ["M221847300"]),
      ("ADDRESS", ["中正路三段218巷7號"]), ("LOCATION", ["埔里鎮"]), ("LOCATION", ["南投縣"]), ("PHONE", ["049-298-4471"]),
      ("NAME", ["黃志明"]), ("PHONE", ["0933-718-205"]), ("HOSPITAL", ["中國醫藥大學附設醫院"]), ("NAME", ["蔡宗翰"])],
     ["右側肢體無力及言語不清", "NIHSS 9分", "電腦斷層無出血", "靜脈血栓溶解劑"]),
    ("Выписной эпикриз. ГБУЗ «Великоустюгская центральная районная больница», терапевтическое отделение.\nПациент: "
     "Корнилова Ефросинья Прокопьевна, 74 года. Дата рождения 11.07.1950. СНИЛС 513-271-730 51, полис ОМС 3558 8900 "
     "1247 6618.\nАдрес: г. Великий Устюг, ул. Красная, д. 41, кв. 8. Тел. +7 921 130-44-17.\nНаходилась на лечении с "
     "14.01.2025 по 24.01.2025. Диагноз: хроническая сердечная недостаточность, фибрилляция предсердий, постоянная "
     "форма. Назначено: апиксабан 5 мг 2 раза в день, торасемид 10 мг. Дочь — Людмила Корнилова. Лечащий врач: "
     "Шестакова Е. В.",
     [("HOSPITAL", ["Великоустюгская центральная районная больница"]),
      ("NAME", ["Корнилова", "Ефросинья", "Прокопьевна"]), ("DATE", ["11.07.1950"]), ("ID", ["513-271-730 51"]),
      ("ID", ["3558 8900 1247 6618"]), ("LOCATION", ["Великий Устюг"]), ("ADDRESS", ["ул. Красная, д. 41, кв. 8"]),
      ("PHONE", ["+7 921 130-44-17"]), ("DATE", ["14.01.2025"]), ("DATE", ["24.01.2025"]), ("NAME", ["Людмила"]),
      ("NAME", ["Шестакова"])],
     ["74 года", "хроническая сердечная недостаточность", "фибрилляция предсердий, постоянная форма",
      "апиксабан 5 мг 2 раза в день", "торасемид 10 мг"]),
    ("Mental Health Crisis team - Gore (phone + home visit) 03/02/2025\nClient: Kingsley Pettigrew-Hautapu, 41M, NHI "
     "NCZ2501, sheep and beef farmer on Waikaka Valley Rd, RD 4 Gore 9774. Ph 03 208 6614, cell 021 337 908. Wife "
     "Maraea called: he had talked of 'ending it' after losing the lease. PHQ-9 22. Holds a firearms licence (no. NZ "
     "1047283) with 3 rifles; Police arranged voluntary surrender of firearms to Gore station (Constable Danika "
     "Rewi). Safety plan done; he agreed to daily contact and to see his GP Dr Raewyn Quennell at Gore Health "
     "tomorrow. Started sertraline 50 mg.",
     [("LOCATION", ["Gore"]), ("DATE", ["03/02/2025"]), ("NAME", ["Kingsley", "Pettigrew-Hautapu"]),
      ("ID", ["NCZ2501"]), ("ADDRESS", ["Waikaka Valley Rd"]), ("ADDRESS", ["RD 4"]), ("POSTCODE", ["9774"]),
      ("PHONE", ["03 208 6614"]), ("PHONE", ["021 337 908"]), ("NAME", ["Maraea"]), ("LICENCE", ["NZ 1047283"]),
      ("NAME", ["Danika", "Rewi"]), ("NAME", ["Raewyn", "Quennell"]), ("HOSPITAL", ["Gore Health"])],
     ["PHQ-9 22", "voluntary surrender of firearms", "Safety plan done", "Started sertraline 50 mg"]),
    ("OCCUPATIONAL HEALTH - sharps exposure\nStaff member: Wren Ogunbiyi-Castell, RN, AHPRA reg. NMW0002184473, "
     "employee no. 551908, Ward 2 (medical), Dalby Hospital. 21/08/2024 23:10: hollow-bore needlestick L index finger "
     "while resiting a cannula. Wound bled freely, washed. Source patient (UR 1140662) consented: HIV Ag/Ab neg, HCV "
     "Ab neg, HBsAg neg. Staff member HBsAb 412 (immune). No PEP indicated. Baseline bloods stored. Follow-up in 6 "
     "weeks at Staff Health, Nicholson St. Contact: 0432 608 114, wren.og@health.qld.gov.au. Reviewed by Dr Ondine "
     "Bartholomeusz.",
     [("NAME", ["Wren", "Ogunbiyi-Castell"]), ("LICENCE", ["NMW0002184473"]), ("ID", ["551908"]),
      ("HOSPITAL", ["Dalby Hospital"]), ("DATE", ["21/08/2024"]), ("MRN", ["1140662"]), ("ADDRESS", ["Nicholson St"]),
      ("PHONE", ["0432 608 114"]), ("EMAIL", ["wren.og@health.qld.gov.au"]), ("NAME", ["Ondine", "Bartholomeusz"])],
     ["hollow-bore needlestick L index finger", "HIV Ag/Ab neg, HCV Ab neg, HBsAg neg", "HBsAb 412 (immune)",
      "No PEP indicated"]),
    ("Midland Regional Hospital Tullamore - Acute Medical Unit, 11/12/2024\nMs Caoimhe Dunphy-Kenneally, 27F, MRN "
     "T0731184, PPSN 3432137O, of 5 Cloncollig Park, Tullamore, Co. Offaly R35 H2V9. Known Addison's disease on "
     "hydrocortisone 10/5/5 mg. 2 days vomiting (norovirus at the crèche where she works - Tiny Steps, Clara), didn't "
     "double her dose. BP 78/40, Na 124, K 6.0. Dx: adrenal crisis. Hydrocortisone 100 mg IV stat then 50 mg qds, 2 L "
     "saline. Reinforced sick day rules + emergency injection kit; she wears a MedicAlert bracelet. Mother Assumpta: "
     "085 219 4470. Dr Cianán O'Keeffe-Balogun, SHO.",
     [("HOSPITAL", ["Midland Regional Hospital Tullamore"]), ("DATE", ["11/12/2024"]),
      ("NAME", ["Caoimhe", "Dunphy-Kenneally"]), ("MRN", ["T0731184"]), ("ID", ["3432137O"]),
      ("ADDRESS", ["5 Cloncollig Park"]), ("LOCATION", ["Tullamore"]), ("LOCATION", ["Offaly"]),
      ("POSTCODE", ["R35 H2V9"]), ("LOCATION", ["Tiny Steps"]), ("LOCATION", ["Clara"]), ("NAME", ["Assumpta"]),
      ("PHONE", ["085 219 4470"]), ("NAME", ["Cianán", "O'Keeffe-Balogun"])],
     ["Addison's disease on hydrocortisone 10/5/5 mg", "BP 78/40, Na 124, K 6.0", "adrenal crisis",
      "Hydrocortisone 100 mg IV stat then 50 mg qds", "sick day rules", "MedicAlert bracelet"]),
    ("WR 09:00 Ward 22 (Gastro) - Cons Dr Athelstan Kettlewell / SpR Dr Yusra Fairclough-Bhatti\nBed 4 Mr Rodney "
     "Purkiss 66 (RBK 4471082)\nS: no further haematemesis o/n. Eating.\nO: obs stable, Hb 94 stable x2.\nOGD yday: "
     "Los Angeles grade C oesophagitis, 4 cm Barrett's segment (Prague C3M4), no varices, no active bleeding. "
     "Biopsies taken.\nP: PPI high dose 8/52 then repeat OGD + Seattle protocol bx. H. pylori neg. TTO today if Hb "
     "holds. Daughter Kerry-Lou to collect (07940 318 552). F/u GI clinic Royal Berkshire - letter to GP Dr Prentice, "
     "Crowthorne.",
     [("NAME", ["Athelstan", "Kettlewell"]), ("NAME", ["Yusra", "Fairclough-Bhatti"]), ("NAME", ["Rodney", "Purkiss"]),
      ("MRN", ["RBK 4471082"]), ("NAME", ["Kerry-Lou"]), ("PHONE", ["07940 318 552"]),
      ("HOSPITAL", ["Royal Berkshire"]), ("NAME", ["Prentice"]), ("LOCATION", ["Crowthorne"])],
     ["no further haematemesis", "Los Angeles grade C oesophagitis", "4 cm Barrett's segment (Prague C3M4)",
      "Seattle protocol bx", "H. pylori neg"]),
    ("Oncology follow-up - Essentia Health St. Mary's\nPt: Tryggve Eklund-Beaulieu, 17M, DOB 05/02/2007, MRN "
     "EH-2274403. Classic Hodgkin lymphoma, nodular sclerosing, stage IIA bulky mediastinal, post 4 cycles ABVE-PC; "
     "interim PET Deauville 2 - rapid early responder, no RT planned. Neuropathy grade 1. Senior at Detroit Lakes "
     "High School, wants to play hockey again - cleared once port out. Mark on CXR is the port tip at cavoatrial "
     "junction. Mom Tawnya (218-555-0117, tawnya.eklund@paulbunyan.net). Lives on Irvine Ave NW. Insurance: Medica "
     "member 4471190028. Next PET 02/2025. - Dr. Ragnhild Anand-Hagen",
     [("HOSPITAL", ["Essentia Health St. Mary's"]), ("NAME", ["Tryggve", "Eklund-Beaulieu"]), ("DATE", ["05/02/2007"]),
      ("MRN", ["EH-2274403"]), ("LOCATION", ["Detroit Lakes High School"]), ("NAME", ["Tawnya"]),
      ("PHONE", ["218-555-0117"]), ("EMAIL", ["tawnya.eklund@paulbunyan.net"]), ("ADDRESS", ["Irvine Ave NW"]),
      ("ID", ["4471190028"]), ("DATE", ["02/2025"]), ("NAME", ["Ragnhild", "Anand-Hagen"])],
     ["Classic Hodgkin lymphoma, nodular sclerosing", "stage IIA bulky mediastinal", "ABVE-PC",
      "interim PET Deauville 2", "Mark on CXR is the port tip"]),
    ("Teleconsultation note - Davangere, Karnataka\nPatient: Smt. Gowramma Siddalingaiah, 58 F, UHID BJM-24-330182, "
     "Aadhaar 2734 2108 7633. Connected via WhatsApp video from her son Mahantesh's phone +91 99020 48816. Village: "
     "Honnali taluk, Kyasinakere. Known T2DM + HTN, HbA1c 9.8, on metformin 1 g bd + glimepiride 2 mg. Burning feet, "
     "monofilament reduced both feet - diabetic peripheral neuropathy. Start pregabalin 75 mg HS. Lab report link "
     "sent: https://reports.shreeharidiagnostics.in/v/KA-88213. Review in person at Bapuji Hospital OPD. Dr. "
     "Raghavendra Kulkarni-Desai, KMC reg. no. 88412",
     [("LOCATION", ["Davangere"]), ("NAME", ["Gowramma", "Siddalingaiah"]), ("MRN", ["BJM-24-330182"]),
      ("ID", ["2734 2108 7633"]), ("NAME", ["Mahantesh"]), ("PHONE", ["+91 99020 48816"]), ("LOCATION", ["Honnali"]),
      ("LOCATION", ["Kyasinakere"]), ("URL", ["https://reports.shreeharidiagnostics.in/v/KA-88213"]),
      ("HOSPITAL", ["Bapuji Hospital"]), ("NAME", ["Raghavendra", "Kulkarni-Desai"]), ("LICENCE", ["88412"])],
     ["T2DM + HTN, HbA1c 9.8", "metformin 1 g bd + glimepiride 2 mg", "monofilament reduced both feet",
      "diabetic peripheral neuropathy", "pregabalin 75 mg HS"]),
    ("PHARMACIST CARE NOTE - Medicine Shoppe, Drumheller AB, 2024-08-19\nPatient: Garnet Oosterhuis, 60M, AB PHN "
     "40418-2273, DOB 1964-05-02. 4 Railway Ave W, Drumheller T0J 0Y4, ph 403-823-4417.\nRx hydromorphone 4 mg q4h "
     "PRN #120 from Dr. Ewa Szczepanik-Holt (CPSA 021887) - early refill requested, 6 days early. PIN shows a second "
     "prescriber in Red Deer last month. Will not fill early; called prescriber's office (fax 403-823-9920), who will "
     "discuss a treatment agreement. Offered naloxone kit - accepted. Patient was upset; Will follow up Friday. "
     "Pharmacist: Sorcha-Lee Lattimore, ACP licence 4471.",
     [("LOCATION", ["Drumheller"]), ("DATE", ["2024-08-19"]), ("NAME", ["Garnet", "Oosterhuis"]),
      ("ID", ["40418-2273"]), ("DATE", ["1964-05-02"]), ("ADDRESS", ["4 Railway Ave W"]), ("POSTCODE", ["T0J 0Y4"]),
      ("PHONE", ["403-823-4417"]), ("NAME", ["Ewa", "Szczepanik-Holt"]), ("LICENCE", ["021887"]),
      ("LOCATION", ["Red Deer"]), ("PHONE", ["403-823-9920"]), ("NAME", ["Sorcha-Lee", "Lattimore"]),
      ("LICENCE", ["4471"])],
     ["hydromorphone 4 mg q4h PRN #120", "early refill requested", "treatment agreement",
      "Offered naloxone kit - accepted"]),
    ("Pinecrest Assisted Living - nursing note 05/12/2025 (late entry)\nResident: Mrs. Ottilia Hakala-Ruud, 101 years "
     "old, DOB 02/09/1924, Rm 12B. Found on floor beside bed at 0540, no head strike per resident, able to weight "
     "bear. Hip exam normal. Pacemaker (Boston Scientific Accolade, SN 718204) - no dizziness. Hearing aids (Phonak, "
     "R serial 2317AB4418) found under bed. Vitals WNL, BG 6.4. May have been reaching for call light - moved closer. "
     "Son Torvald (Eveleth, 218-262-0174) notified 0715. Dr. Oluchi Fredrikson-Mbeki faxed. Fall #2 this month; PT "
     "referral, bed alarm.",
     [("HOSPITAL", ["Pinecrest Assisted Living"]), ("DATE", ["05/12/2025"]), ("NAME", ["Ottilia", "Hakala-Ruud"]),
      ("AGE", ["101 years old"]), ("DOB90", ["02/09/1924", "1924"]), ("SERIAL", ["718204"]), ("SERIAL", ["2317AB4418"]),
      ("NAME", ["Torvald"]), ("LOCATION", ["Eveleth"]), ("PHONE", ["218-262-0174"]),
      ("NAME", ["Oluchi", "Fredrikson-Mbeki"])],
     ["no head strike per resident, able to weight bear", "Boston Scientific Accolade",
      "May have been reaching for call light", "PT referral, bed alarm"]),
    ("CAMHS referral (school nurse) - Appleby, Cumbria\nYoung person: Esmé Threapland-Oduya, 14, DOB 22/01/2011, Year "
     "9 at Appleby Grammar School. Lives with dad Thelonius at 31 Scattergate Close, Appleby CA16 6SP (tel 017683 "
     "51104).\nSelf-harm (superficial cuts to forearms) disclosed after online bullying. Other pupils shared "
     "screenshots in a Snapchat group; she posts as esme.inthe.fells and the group was set up by an account called "
     "fellrunner_boi07. She also talks to an adult she met on Discord (user wolfhollow_88) - safeguarding referral "
     "made to Cumbria MASH today, ref MASH-25-04471. No plans or intent, protective factors: her dog and fell "
     "running. Mood low 6 weeks. School nurse: Mrs Rhonwen Ashbridge.",
     [("LOCATION", ["Appleby"]), ("LOCATION", ["Cumbria"]), ("NAME", ["Esmé", "Threapland-Oduya"]),
      ("DATE", ["22/01/2011"]), ("LOCATION", ["Appleby Grammar School"]), ("NAME", ["Thelonius"]),
      ("ADDRESS", ["31 Scattergate Close"]), ("POSTCODE", ["CA16 6SP"]), ("PHONE", ["017683 51104"]),
      ("HANDLE", ["esme.inthe.fells"]), ("HANDLE", ["fellrunner_boi07"]), ("HANDLE", ["wolfhollow_88"]),
      ("ID", ["MASH-25-04471"]), ("NAME", ["Rhonwen", "Ashbridge"])],
     ["Self-harm (superficial cuts to forearms)", "safeguarding referral", "protective factors", "Mood low 6 weeks"]),
]
