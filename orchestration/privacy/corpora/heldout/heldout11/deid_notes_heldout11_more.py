"""The last 20 notes of the eleventh held-out set (:mod:`deid_notes_heldout11`; positions 20-39 of its ``NOTES``),
split off only to keep each file a readable length and written blind like the rest of that set: 334 planted identifier
parts in 284 (kind, parts) entries, 100 clinical strings. Notes 26 (Russian) and 27 (Arabic) are in a non-Latin
script; note 25 is a patient aged 91, with the age and every date element planted.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Ghana: obstetric referral form
    ("GHANA HEALTH SERVICE - REFERRAL FORM\n"
     "From: Zenu Road Maternity Home   To: Korle Bu Teaching Hospital, Labour Ward\n"
     "Date: 07/05/2025, 03:15\n"
     "Client: Mrs Akosua Serwaa Amedzro, 27 yrs, G3P2, 34+2 weeks by dates\n"
     "NHIS No. 48172635   Ghana Card GHA-718204395-3\n"
     "Residence: House No. ZN-14; GhanaPost GPS GT-153-7842. Phone 024 555 8317. Husband Kwame (trotro driver) "
     "020 555 4129.\n"
     "Reason: severe pre-eclampsia, BP 172/114, proteinuria 3+, headache and epigastric pain. MgSO4 by the "
     "Pritchard regimen (4 g IV + 10 g IM) at 02:40, nifedipine 20 mg. Malaria RDT positive, Plasmodium falciparum. "
     "Hb 8.4 g/dL, platelets 96, ?HELLP syndrome.\n"
     "Escort: midwife Comfort Adjei-Larbi. No ambulance available, so transported by taxi GT 4418-19.\n"
     "Referring officer: Dr Nyarko, MO",
     [("HOSPITAL", ["Zenu Road Maternity Home"]), ("HOSPITAL", ["Korle Bu Teaching Hospital"]),
      ("DATE", ["07/05/2025"]), ("NAME", ["Akosua", "Serwaa", "Amedzro"]), ("ID", ["48172635"]),
      ("ID", ["GHA-718204395-3"]), ("ADDRESS", ["House No. ZN-14"]), ("ADDRESS", ["GT-153-7842"]),
      ("PHONE", ["024 555 8317"]), ("NAME", ["Kwame"]), ("PHONE", ["020 555 4129"]),
      ("NAME", ["Comfort", "Adjei-Larbi"]), ("PLATE", ["GT 4418-19"]), ("NAME", ["Nyarko"])],
     ["34+2 weeks", "BP 172/114", "Pritchard regimen", "Plasmodium falciparum", "HELLP syndrome"]),

    # 21 - Uganda: histopathology request form
    ("MAKERERE UNIVERSITY - DEPARTMENT OF PATHOLOGY\n"
     "HISTOPATHOLOGY REQUEST   Lab No. S25-08817\n"
     "Patient: Atim Odongkara, F, 34 yrs   NIN CF91034105XKPD\n"
     "Referring facility: Arua Regional Referral Hospital, HIV clinic, ART No. AR-ART-04418\n"
     "Home: Ombaci village. Tel +256 772 555 418. NOK: brother.\n"
     "Clinical summary: WHO stage 4 HIV, on TLD for two years. CD4 112 cells/uL; viral load 48,000 copies/mL on "
     "05/06/2025. Violaceous plaques on both soles and the hard palate, leg oedema. Cough 6/52; "
     "GeneXpert MTB/RIF Ultra negative, sputum Ziehl-Neelsen negative.\n"
     "Specimen: 4 mm punch biopsy, L sole, in 10% formalin, taken 18/06/2025 11:30.\n"
     "Clinical diagnosis: Kaposi sarcoma. DDx bacillary angiomatosis (Bartonella), pyogenic granuloma.\n"
     "Requesting clinician: Dr Irene Nakato, MO, tel 0782 555 630; results to aruahivclinic@gmail.com",
     [("HOSPITAL", ["MAKERERE UNIVERSITY"]), ("ID", ["S25-08817"]), ("NAME", ["Atim", "Odongkara"]),
      ("ID", ["CF91034105XKPD"]), ("HOSPITAL", ["Arua Regional Referral Hospital"]), ("ID", ["AR-ART-04418"]),
      ("LOCATION", ["Ombaci"]), ("PHONE", ["+256 772 555 418"]), ("DATE", ["05/06/2025"]), ("DATE", ["18/06/2025"]),
      ("NAME", ["Irene", "Nakato"]), ("PHONE", ["0782 555 630"]), ("EMAIL", ["aruahivclinic@gmail.com"])],
     ["CD4 112 cells/uL", "GeneXpert MTB/RIF Ultra negative", "Ziehl-Neelsen", "Kaposi sarcoma", "Bartonella"]),

    # 22 - Pakistan: discharge slip
    ("Mayo Hospital, Lahore - East Medical Ward - Discharge Slip\n"
     "Name: Muhammad Imran S/O Ghulam Rasool   Age/Sex: 38/M\n"
     "CNIC: 35202-4817263-5   MR No. MH-2025-771842\n"
     "Address: House No. 27, Street 9, Bilal Park, Shadbagh, Lahore\n"
     "Contact: 0300-5558241\n"
     "DOA: 14-06-2025   DOD: 26-06-2025\n"
     "Diagnosis: Crimean-Congo haemorrhagic fever, PCR positive at the national reference lab. Slaughtered a "
     "sacrificial goat bought at the cattle mandi; Hyalomma tick found on R forearm.\n"
     "Course: fever, gum bleeding, melaena; platelets nadir 18 x10^9/L, ALT 640. Six units of platelets. Oral "
     "ribavirin for 10 days. Dengue NS1 and Widal test negative. Isolated in side room; wife and two sons monitored "
     "by the DHO.\n"
     "Advice: no heavy work for 2 weeks (butcher at Rasool Meat Shop, Ichhra Bazaar). Medical OPD in 2 weeks with "
     "CBC and LFTs.\n"
     "Dr. Sana Tariq, PGR Medicine",
     [("HOSPITAL", ["Mayo Hospital"]), ("LOCATION", ["Lahore"]), ("NAME", ["Muhammad", "Imran"]),
      ("NAME", ["Ghulam", "Rasool"]), ("ID", ["35202-4817263-5"]), ("MRN", ["MH-2025-771842"]),
      ("ADDRESS", ["House No. 27, Street 9", "Bilal Park"]), ("LOCATION", ["Shadbagh"]), ("PHONE", ["0300-5558241"]),
      ("DATE", ["14-06-2025"]), ("DATE", ["26-06-2025"]), ("LOCATION", ["Ichhra Bazaar"]),
      ("NAME", ["Sana", "Tariq"])],
     ["Crimean-Congo haemorrhagic fever", "Hyalomma", "platelets nadir 18 x10^9/L", "ribavirin",
      "Widal test negative"]),

    # 23 - Sri Lanka: consultant ward round
    ("Teaching Hospital Anuradhapura - Ward 12 - consultant ward round 09.11.2025\n"
     "BHT 25/48217   W. M. Sunil Bandara, 52 y, male   NIC 197318404512\n"
     "No. 114, Yaya 6, Thambuttegama. Wife Kumari 071 555 4826.\n"
     "Day 3 after a Russell's viper bite (dead snake brought, identified as Daboia russelii) while working in his "
     "paddy field at Galnewa on 6 November about 17:30. 20WBCT unclotted on admission; polyvalent antivenom 20 vials "
     "in total, one reaction treated with IM adrenaline. 20WBCT now clotted. Ptosis settling. Hump-nosed viper "
     "(Hypnale) not likely.\n"
     "Creatinine 386 umol/L and rising, UOP 300 mL/24 h. Background CKDu screening negative last year.\n"
     "Plan: haemodialysis; discuss with Dr Nishantha Gunawardena (nephrology). His son will stay with him.\n"
     "Dr Tharindu Rathnayake, SHO",
     [("HOSPITAL", ["Teaching Hospital Anuradhapura"]), ("DATE", ["09.11.2025"]), ("MRN", ["25/48217"]),
      ("NAME", ["Sunil", "Bandara"]), ("ID", ["197318404512"]), ("ADDRESS", ["No. 114, Yaya 6"]),
      ("LOCATION", ["Thambuttegama"]), ("NAME", ["Kumari"]), ("PHONE", ["071 555 4826"]), ("LOCATION", ["Galnewa"]),
      ("DATE", ["6 November"]), ("NAME", ["Nishantha", "Gunawardena"]), ("NAME", ["Tharindu", "Rathnayake"])],
     ["Russell's viper", "Daboia russelii", "20WBCT unclotted", "Hypnale", "Creatinine 386 umol/L"]),

    # 24 - Trinidad and Tobago: health centre consultation
    ("Tumpuna Road Health Centre, Arima - Mon 18 Aug 2025\n"
     "Keisha-Ann Ramdeen, 41F, DOB 3rd March 1984, reg. no. TRHC-10472, NIS 7318204\n"
     "LP 27 Mt Pleasant Road, Arima. Cell 1-868-555-0184.\n"
     "5/7 fever to 39, severe headache, pain behind the eyes, myalgia, arthralgia of both wrists. Field supervisor "
     "at Tamana Agro, forest edge, many midges; two co-workers ill too. Rash day 4.\n"
     "O/E: T 38.7, no bleeding, tourniquet test negative.\n"
     "Ix: dengue NS1 negative, Chikungunya IgM pending; RT-PCR for Oropouche and Mayaro virus sent to CARPHA in "
     "Port of Spain. Platelets 142.\n"
     "Imp: acute febrile illness, ?Oropouche fever vs dengue vs Mayaro virus. No NSAIDs until dengue excluded: "
     "Panadol 1 g QDS, fluids. Sick leave 18/8-22/8.\n"
     "Dr Vishnu Maharaj",
     [("HOSPITAL", ["Tumpuna Road Health Centre"]), ("LOCATION", ["Arima"]), ("DATE", ["18 Aug 2025"]),
      ("NAME", ["Keisha-Ann", "Ramdeen"]), ("DATE", ["3rd March 1984"]), ("MRN", ["TRHC-10472"]), ("ID", ["7318204"]),
      ("ADDRESS", ["LP 27 Mt Pleasant Road"]), ("PHONE", ["1-868-555-0184"]), ("LOCATION", ["Tamana Agro"]),
      ("LOCATION", ["Port of Spain"]), ("DATE", ["18/8", "22/8"]), ("NAME", ["Vishnu", "Maharaj"])],
     ["dengue NS1 negative", "Chikungunya IgM", "Oropouche fever", "Mayaro virus", "Panadol 1 g QDS"]),

    # 25 - Malta: medical admission clerking, patient aged 91
    ("Mater Dei Hospital - Medical Admission, 02/07/2025 23:10\n"
     "Sinjura Carmelina Micallef Zammit, 91 years old, DOB 21 September 1933, ID card 0274933M\n"
     "14, Triq San Filep, Żebbuġ ZBG 1134. Lives with her carer Jocelyn. NOK niece Doris, 7955 2184. GP at "
     "Qormi Health Centre.\n"
     "HPI: 3 weeks of undulating fevers, night sweats and low back pain. Eats fresh ġbejniet from a neighbour who "
     "keeps goats at Wied Qirda. Previous admission 14 May 2025 with UTI.\n"
     "Ix: Brucella melitensis in blood cultures, Rose Bengal test positive, CRP 98. MRI: L3-L4 spondylodiscitis.\n"
     "Dx: brucellosis (Malta fever) with spondylodiscitis. Plan: doxycycline 100 mg BD + rifampicin 600 mg OD for 12 "
     "weeks; gentamicin avoided, eGFR 34. Notified on 04/07/2025.\n"
     "Dr Luke Azzopardi, BST1",
     [("HOSPITAL", ["Mater Dei Hospital"]), ("DATE", ["02/07/2025"]), ("NAME", ["Carmelina", "Micallef", "Zammit"]),
      ("AGE", ["91 years old"]), ("DATE", ["21 September 1933"]), ("ID", ["0274933M"]),
      ("ADDRESS", ["14, Triq San Filep"]), ("LOCATION", ["Żebbuġ"]), ("POSTCODE", ["ZBG 1134"]),
      ("NAME", ["Jocelyn"]), ("NAME", ["Doris"]), ("PHONE", ["7955 2184"]), ("HOSPITAL", ["Qormi Health Centre"]),
      ("LOCATION", ["Wied Qirda"]), ("DATE", ["14 May 2025"]), ("DATE", ["04/07/2025"]),
      ("NAME", ["Luke", "Azzopardi"])],
     ["Brucella melitensis", "Rose Bengal test positive", "Malta fever", "spondylodiscitis", "eGFR 34"]),

    # 26 - Russia (in Russian): neurology discharge summary
    ("ГАУЗ СО «Городская клиническая больница № 40», г. Екатеринбург\n"
     "Неврологическое отделение\n"
     "ВЫПИСНОЙ ЭПИКРИЗ\n"
     "Пациент: Воробьёв Алексей Геннадьевич, дата рождения 14.05.1979, медицинская карта № 4471/25\n"
     "СНИЛС 128-473-916 86\n"
     "Адрес: 620137, г. Екатеринбург, ул. Академическая, д. 14, кв. 52. Тел. +7 912 555-38-17\n"
     "Находился на лечении с 03.06.2025 по 24.06.2025.\n"
     "Диагноз: Клещевой энцефалит, менингоэнцефалитическая форма. Омская геморрагическая лихорадка и болезнь Лайма "
     "исключены.\n"
     "Анамнез: 22 мая присасывание клеща (Ixodes persulcatus) на садовом участке в СНТ «Рябинка». Не вакцинирован. "
     "Работает инженером.\n"
     "При поступлении шкала Глазго 13. В ликворе цитоз 214 клеток/мкл. Лечение: противоклещевой иммуноглобулин, "
     "дексаметазон.\n"
     "Жена Наталья, тел. +7 922 555-71-40.\n"
     "Лечащий врач: Хабибуллина Р. И.",
     [("HOSPITAL", ["Городская клиническая больница № 40"]), ("LOCATION", ["Екатеринбург"]),
      ("NAME", ["Воробьёв", "Алексей", "Геннадьевич"]), ("DATE", ["14.05.1979"]), ("MRN", ["4471/25"]),
      ("ID", ["128-473-916 86"]), ("POSTCODE", ["620137"]), ("ADDRESS", ["ул. Академическая, д. 14, кв. 52"]),
      ("PHONE", ["+7 912 555-38-17"]), ("DATE", ["03.06.2025"]), ("DATE", ["24.06.2025"]), ("DATE", ["22 мая"]),
      ("LOCATION", ["Рябинка"]), ("NAME", ["Наталья"]), ("PHONE", ["+7 922 555-71-40"]), ("NAME", ["Хабибуллина"])],
     ["Клещевой энцефалит", "Омская геморрагическая лихорадка", "болезнь Лайма", "Ixodes persulcatus",
      "шкала Глазго 13"]),

    # 27 - Egypt (in Arabic): medical admission note
    ("مستشفى الميري الجامعي - الإسكندرية\n"
     "قسم الباطنة - ملاحظة دخول\n"
     "التاريخ: ١٢/٠٣/٢٠٢٥\n"
     "الاسم: محمود عبد الحميد الشرقاوي، ٥٨ سنة، مزارع من أبو حمص\n"
     "الرقم القومي: 26608151801234   رقم الملف: 2025/18734\n"
     "العنوان: ١٤ شارع السلام، أبو حمص. التليفون: ٠١٠٠٥٥٥٣٢٨١\n"
     "الشكوى: قيء دموي منذ ٦ ساعات.\n"
     "التاريخ المرضي: بلهارسيا في الصغر (Schistosoma mansoni)، تليف كبدي Child-Pugh B8، دوالي المريء.\n"
     "الفحص: الضغط ٩٠/٥٥، النبض ١١٨. Hb 6.8 g/dL. Glasgow-Blatchford score 14.\n"
     "الخطة: Sandostatin و Ceftriaxone، منظار عاجل لربط الدوالي، ثم Inderal بعد الاستقرار.\n"
     "المرافق: ابنه أحمد (٠١١٥٥٥٧٢٩٤٠).\n"
     "الطبيب المقيم: د. ريهام فتحي",
     [("HOSPITAL", ["مستشفى الميري الجامعي"]), ("LOCATION", ["الإسكندرية"]), ("DATE", ["١٢/٠٣/٢٠٢٥"]),
      ("NAME", ["محمود", "عبد الحميد", "الشرقاوي"]), ("LOCATION", ["أبو حمص"]), ("ID", ["26608151801234"]),
      ("MRN", ["2025/18734"]), ("ADDRESS", ["١٤ شارع السلام"]), ("PHONE", ["٠١٠٠٥٥٥٣٢٨١"]), ("NAME", ["أحمد"]),
      ("PHONE", ["٠١١٥٥٥٧٢٩٤٠"]), ("NAME", ["ريهام", "فتحي"])],
     ["٥٨ سنة", "بلهارسيا", "Schistosoma mansoni", "Child-Pugh B8", "Glasgow-Blatchford score 14"]),

    # 28 - England: Mental Health Act assessment record
    ("Mental Health Act assessment - Leicestershire Partnership NHS Trust\n"
     "30/01/2026 16:00 at Flat 6, Wycliffe House, 41 Narborough Road, Leicester LE3 0LE\n"
     "Patient: Mr Tobenna Okwuosa, DOB 17/07/1995, NHS 489 126 3571, NI no. JK 48 27 19 C\n"
     "Present: AMHP Bernadette Quill; s12 doctor from the Bradgate Unit; GP; police.\n"
     "Known schizophrenia; Clozaril stopped in the autumn after a neutropenia scare. Since mid-December more "
     "isolated; his sister says he posts on Instagram as @toby.okh.prophet about neighbours implanting trackers. "
     "Believes his mother has been replaced by an impostor (Capgras delusion). Threatened the downstairs neighbour "
     "with a knife last week.\n"
     "MSE: unkempt, guarded, thought block, responding to unseen stimuli, no insight. Reading glasses smashed on the "
     "floor. HoNOS 28.\n"
     "Outcome: detained under Section 2 of the Mental Health Act 1983; bed on Belvoir Ward. Conveyed by ambulance "
     "YJ19 KXE. Nearest relative, mother Patience, informed by phone.",
     [("HOSPITAL", ["Leicestershire Partnership NHS Trust"]), ("DATE", ["30/01/2026"]),
      ("ADDRESS", ["Flat 6, Wycliffe House", "41 Narborough Road"]), ("LOCATION", ["Leicester"]),
      ("POSTCODE", ["LE3 0LE"]), ("NAME", ["Tobenna", "Okwuosa"]), ("DATE", ["17/07/1995"]), ("ID", ["489 126 3571"]),
      ("ID", ["JK 48 27 19 C"]), ("NAME", ["Bernadette", "Quill"]), ("HOSPITAL", ["Bradgate Unit"]),
      ("DATE", ["mid-December"]), ("HANDLE", ["toby.okh.prophet"]), ("HOSPITAL", ["Belvoir Ward"]),
      ("PLATE", ["YJ19 KXE"]), ("NAME", ["Patience"])],
     ["Clozaril", "Capgras delusion", "Reading glasses", "HoNOS 28", "Section 2 of the Mental Health Act 1983"]),

    # 29 - England: radiology request and report
    ("RADIOLOGY REQUEST - CT abdomen/pelvis, pancreatic protocol - Freeman Hospital, Newcastle upon Tyne\n"
     "Mr Wayne Thirlwell   DOB 02/12/1979   Hosp no. F1184273   NHS 573 019 2843\n"
     "27 Benwell Grange Terrace, NE4 8AP\n"
     "Requested by Dr Olusegun Fairclough, FY2, on 16/05/2025 09:12.\n"
     "Clinical details: 46M, 80 units/week, door staff at a bar in the Bigg Market. Day 3 acute pancreatitis, lipase "
     "2840 U/L, now febrile, CRP 348, Glasgow-Imrie score 4. Grey Turner's sign and Cullen's sign this morning. "
     "?Necrosis ?collection. eGFR 62.\n"
     "REPORT 16/05/2025 14:40: acute necrotising pancreatitis with about 40% necrosis of body and tail; 9 x 6 cm "
     "acute necrotic collection in the lesser sac; splenic vein thrombosis. CT severity index 8 (Balthazar grade E). "
     "Revised Atlanta classification: moderately severe.\n"
     "Dr Marcus Oyewole, Consultant Radiologist. Phoned to the HPB registrar 14:55.",
     [("HOSPITAL", ["Freeman Hospital"]), ("LOCATION", ["Newcastle upon Tyne"]), ("NAME", ["Wayne", "Thirlwell"]),
      ("DATE", ["02/12/1979"]), ("MRN", ["F1184273"]), ("ID", ["573 019 2843"]),
      ("ADDRESS", ["27 Benwell Grange Terrace"]), ("POSTCODE", ["NE4 8AP"]), ("NAME", ["Olusegun", "Fairclough"]),
      ("DATE", ["16/05/2025"]), ("LOCATION", ["Bigg Market"]), ("NAME", ["Marcus", "Oyewole"])],
     ["Glasgow-Imrie score 4", "Grey Turner's sign", "Cullen's sign", "Balthazar grade E",
      "Revised Atlanta classification"]),

    # 30 - Scotland: ambulance ATMIST handover
    ("Scottish Ambulance Service - ATMIST handover, Perth Royal Infirmary ED, 21/08/2025 17:38\n"
     "Crew from Pitlochry station, vehicle SV19 HKN.\n"
     "A: 58M, Iain Fairbairn, DOB 05/11/1966, CHI 0511662378.\n"
     "T: 16:52, RTC on the A9; driver of a car (SY68 PWX) in collision with an HGV at about 50 mph, restrained, "
     "airbags deployed, 35 min extrication.\n"
     "M: seatbelt sign across chest and abdomen; L shoulder-tip pain with LUQ tenderness (Kehr's sign). "
     "Canadian C-spine rule high risk, immobilised.\n"
     "I: GCS 14 (E4V4M6), HR 118, BP 96/60, RR 24, SpO2 95% on 15 L.\n"
     "S: as above, pain 8/10.\n"
     "T: Entonox, morphine 10 mg IV in total, TXA 1 g at 17:10.\n"
     "Lives at 3 Tummel Crescent, PH16 5DF. Licence in wallet FAIRB611056ID9XY. Gamekeeper on the Atholl Estates. "
     "Wife Morag on her way from Blair Atholl (07700 900 417).\n"
     "Received by Dr Shreya Ramnarine, ED registrar, 17:41.",
     [("HOSPITAL", ["Perth Royal Infirmary"]), ("DATE", ["21/08/2025"]), ("LOCATION", ["Pitlochry"]),
      ("PLATE", ["SV19 HKN"]), ("NAME", ["Iain", "Fairbairn"]), ("DATE", ["05/11/1966"]), ("ID", ["0511662378"]),
      ("PLATE", ["SY68 PWX"]), ("ADDRESS", ["3 Tummel Crescent"]), ("POSTCODE", ["PH16 5DF"]),
      ("LICENCE", ["FAIRB611056ID9XY"]), ("LOCATION", ["Atholl Estates"]), ("NAME", ["Morag"]),
      ("LOCATION", ["Blair Atholl"]), ("PHONE", ["07700 900 417"]), ("NAME", ["Shreya", "Ramnarine"])],
     ["seatbelt sign", "Kehr's sign", "Canadian C-spine rule", "GCS 14 (E4V4M6)", "pain 8/10"]),

    # 31 - USA, Massachusetts: occupational health blood and body fluid exposure report
    ("UMass Memorial Medical Center - Employee Health\n"
     "Blood/Body Fluid Exposure Report\n"
     "Exposure 04/22/2025 02:15, reported 02:40\n"
     "Employee: Thuy-Linh Pemberton, RN, employee ID E0048213, DOB 09/30/1991, SSN 041-62-7385\n"
     "Home: 88 June Street, Worcester MA 01602. Cell 508-555-0163, tlpemberton91@yahoo.com\n"
     "Exposure: deep percutaneous injury, hollow-bore IV stylet, visible blood, R index finger.\n"
     "Source patient MRN 0006128374: HIV Ag/Ab negative, HCV RNA 1.2 million IU/mL, HBsAg negative.\n"
     "Employee baseline: anti-HBs 8 mIU/mL, HCV Ab negative, HIV negative, ALT 22.\n"
     "Plan: HIV PEP not indicated, so no Truvada or Isentress. HBIG x1 and Heplisav-B booster. HCV RNA at 3 and 6 "
     "weeks. No work restrictions. Workers' comp claim WC-25-004412; nurse manager informed.\n"
     "Seen by J. Kowalski, PA-C",
     [("HOSPITAL", ["UMass Memorial Medical Center"]), ("DATE", ["04/22/2025"]), ("NAME", ["Thuy-Linh", "Pemberton"]),
      ("ID", ["E0048213"]), ("DATE", ["09/30/1991"]), ("ID", ["041-62-7385"]), ("ADDRESS", ["88 June Street"]),
      ("LOCATION", ["Worcester"]), ("POSTCODE", ["01602"]), ("PHONE", ["508-555-0163"]),
      ("EMAIL", ["tlpemberton91@yahoo.com"]), ("MRN", ["0006128374"]), ("ID", ["WC-25-004412"]),
      ("NAME", ["J. Kowalski"])],
     ["HCV RNA 1.2 million IU/mL", "anti-HBs 8 mIU/mL", "Truvada", "Isentress", "Heplisav-B"]),

    # 32 - Canada, Manitoba: hospital social work progress note
    ("Health Sciences Centre Winnipeg - Social Work progress note, 2025-12-09\n"
     "Client: Darryl Keeper   PHIN 918 437 265   Status card 2690184571   DOB 1978-03-21\n"
     "From Peguis First Nation; in Winnipeg for two months, first at the Main Street Project shelter, now sleeping "
     "on his cousin's couch at 817 Selkirk Ave.\n"
     "Admitted 2025-12-02 with alcohol withdrawal (CIWA-Ar 22), one seizure, and Wernicke's encephalopathy treated "
     "with high-dose thiamine; CIWA-Ar now 2. HCV RNA positive, referral made.\n"
     "EIA case 5517209, worker Geraldine Fontaine, 204-555-0147. Meds covered by NIHB. Jordan's Principle does not "
     "apply (adult).\n"
     "He wants to go home; the band housing coordinator says a unit may be ready. Medical travel booked. SIN "
     "641 938 204 given for the EIA form.\n"
     "Lucía Benedetti, MSW, RSW",
     [("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["Winnipeg"]), ("DATE", ["2025-12-09"]),
      ("NAME", ["Darryl", "Keeper"]), ("ID", ["918 437 265"]), ("ID", ["2690184571"]), ("DATE", ["1978-03-21"]),
      ("LOCATION", ["Peguis First Nation"]), ("LOCATION", ["Main Street Project"]), ("ADDRESS", ["817 Selkirk Ave"]),
      ("DATE", ["2025-12-02"]), ("ID", ["5517209"]), ("NAME", ["Geraldine", "Fontaine"]), ("PHONE", ["204-555-0147"]),
      ("ID", ["641 938 204"]), ("NAME", ["Lucía", "Benedetti"])],
     ["CIWA-Ar 22", "Wernicke's encephalopathy", "thiamine", "HCV RNA positive", "Jordan's Principle"]),

    # 33 - USA, Florida: hospice RN home visit
    ("Gulf Breeze Hospice & Palliative Care, Tampa - RN home visit 01/28/2026 10:05-11:20\n"
     "Mr. Harold Whitsett, 71, Medicare MBI 1EG4-TE5-MK73\n"
     "4417 W San Rafael St, Tampa FL 33629; gate code 2580, friendly dog.\n"
     "Dx: ALS (Lou Gehrig's disease), bulbar onset; riluzole stopped. BiPAP 20 h/day on a ResMed AirCurve 10 VAuto, "
     "serial 23201874551. Power chair Permobil M3, SN PM3-00418827.\n"
     "Assessment: PPS 30%, Cheyne-Stokes breathing asleep per wife, thick secretions - glycopyrrolate. Roxanol 5 mg "
     "SL used x3 for dyspnea.\n"
     "Caregivers: wife (813-555-0177); daughter visits weekends. Meds from MedWay Hospice Pharmacy. Chaplain visit "
     "requested.\n"
     "Ximena Carrasco, RN, CHPN, FL license RN9384172",
     [("HOSPITAL", ["Gulf Breeze Hospice & Palliative Care"]), ("LOCATION", ["Tampa"]), ("DATE", ["01/28/2026"]),
      ("NAME", ["Harold", "Whitsett"]), ("ID", ["1EG4-TE5-MK73"]), ("ADDRESS", ["4417 W San Rafael St"]),
      ("POSTCODE", ["33629"]), ("CODE", ["2580"]), ("SERIAL", ["23201874551"]), ("SERIAL", ["PM3-00418827"]),
      ("PHONE", ["813-555-0177"]), ("HOSPITAL", ["MedWay Hospice Pharmacy"]), ("NAME", ["Ximena", "Carrasco"]),
      ("LICENCE", ["RN9384172"])],
     ["Lou Gehrig's disease", "ResMed AirCurve 10 VAuto", "Permobil M3", "Cheyne-Stokes", "Roxanol 5 mg"]),

    # 34 - England: GP telephone consultation about a child
    ("Telephone consultation - Lydiard Fields Surgery, Swindon - 12 Mar 2025 08:52\n"
     "Caller: mother Kimberley Atterbury (ID checked), callback 07700 900 925\n"
     "Patient: Oscar Atterbury, DOB 30/06/2021, NHS 731 820 9469, 9 Kingfisher Drive, SN3 5BZ. Attends "
     "Little Acorns Day Nursery, where two children are off with slapped cheek.\n"
     "Fever 5 days up to 39.8, red eyes without discharge, cracked red lips, strawberry tongue, rash on trunk, puffy "
     "hands. No Koplik spots; had MMR. Not German measles clinically. Photos sent at 08:47.\n"
     "Imp: ?Kawasaki disease, fever 5 days plus 4 of 5 features. Scarlet fever less likely.\n"
     "Plan: to the Paediatric Assessment Unit at Great Western Hospital now; paeds registrar expecting him. Dad Kojo "
     "leaving work at Nationwide to meet them.\n"
     "Dr Imogen Tredinnick",
     [("HOSPITAL", ["Lydiard Fields Surgery"]), ("LOCATION", ["Swindon"]), ("DATE", ["12 Mar 2025"]),
      ("NAME", ["Kimberley", "Atterbury"]), ("PHONE", ["07700 900 925"]), ("NAME", ["Oscar"]),
      ("DATE", ["30/06/2021"]), ("ID", ["731 820 9469"]), ("ADDRESS", ["9 Kingfisher Drive"]),
      ("POSTCODE", ["SN3 5BZ"]), ("LOCATION", ["Little Acorns Day Nursery"]),
      ("HOSPITAL", ["Great Western Hospital"]), ("NAME", ["Kojo"]), ("LOCATION", ["Nationwide"]),
      ("NAME", ["Imogen", "Tredinnick"])],
     ["slapped cheek", "strawberry tongue", "Koplik spots", "German measles", "Kawasaki disease"]),

    # 35 - Australia, Northern Territory: remote clinic note
    ("Borroloola Health Centre - clinic note 14/02/2025\n"
     "Tiarne Jinmarra, 12 y, HRN 0007718342, Medicare 4318 76201 2, DOB 06/08/2012\n"
     "With mother Delphine (0491 570 842) and her nan.\n"
     "2/52 painful joints moving from ankles to knees, fevers, now jerky hand movements; her teacher says she can't "
     "hold a pencil. Skin sores last month, Streptococcus pyogenes on the swab of 09/01/2025.\n"
     "O/E: T 38.1, new apical pansystolic murmur, Sydenham's chorea, no erythema marginatum.\n"
     "ESR 96, CRP 81, ASOT 800 IU/mL, PR 220 ms.\n"
     "Dx: definite acute rheumatic fever by the 2020 Jones criteria. Tele-consult with the DMO; medevac to "
     "Royal Darwin Hospital for echo. Bicillin L-A 1,200,000 units IM today, then every 28 days; RHD register ID "
     "RHD-NT-04417.\n"
     "Bronwyn Hargitay, RAN (AHPRA NMW0002184736)",
     [("HOSPITAL", ["Borroloola Health Centre"]), ("DATE", ["14/02/2025"]), ("NAME", ["Tiarne", "Jinmarra"]),
      ("MRN", ["0007718342"]), ("ID", ["4318 76201 2"]), ("DATE", ["06/08/2012"]), ("NAME", ["Delphine"]),
      ("PHONE", ["0491 570 842"]), ("DATE", ["09/01/2025"]), ("HOSPITAL", ["Royal Darwin Hospital"]),
      ("ID", ["RHD-NT-04417"]), ("NAME", ["Bronwyn", "Hargitay"]), ("ID", ["NMW0002184736"])],
     ["Streptococcus pyogenes", "Sydenham's chorea", "ASOT 800 IU/mL", "2020 Jones criteria",
      "Bicillin L-A 1,200,000 units"]),

    # 36 - Malaysia, Sabah: malaria request and laboratory report
    ("HOSPITAL QUEEN ELIZABETH, KOTA KINABALU - Makmal Patologi - malaria request and report\n"
     "Lab no. MAL/25/03318   received 19/10/2025 08:20\n"
     "Patient: Rudyanto Majumbin, 37 M, IC 880712-12-5481, RN KK-2025-118342\n"
     "Address: Kg. Bundu Tuhan, Ranau. Oil palm worker, Ladang Tenom Jaya. Tel 013-555 9042.\n"
     "Clinical: fever 6 days with rigors after a hunting trip in forest near Ranau, macaques seen. Jaundiced. "
     "Platelets 38, creatinine 168.\n"
     "Requested by Dr Ng Siew Ling, MO.\n"
     "Report: thick and thin films (Giemsa): Plasmodium knowlesi, looks like P. malariae on morphology, PCR "
     "confirmed. Parasitaemia 2.4% (about 112,000/uL). Severe malaria criteria met; IV artesunate started 10:15. "
     "Notified, ref. 2025/SBH/0418812.\n"
     "Verified by the duty pathologist",
     [("HOSPITAL", ["HOSPITAL QUEEN ELIZABETH"]), ("LOCATION", ["KOTA KINABALU"]), ("ID", ["MAL/25/03318"]),
      ("DATE", ["19/10/2025"]), ("NAME", ["Rudyanto", "Majumbin"]), ("ID", ["880712-12-5481"]),
      ("MRN", ["KK-2025-118342"]), ("ADDRESS", ["Kg. Bundu Tuhan"]), ("LOCATION", ["Ranau"]),
      ("LOCATION", ["Ladang Tenom Jaya"]), ("PHONE", ["013-555 9042"]), ("NAME", ["Ng", "Siew Ling"]),
      ("ID", ["2025/SBH/0418812"])],
     ["Giemsa", "Plasmodium knowlesi", "P. malariae", "Parasitaemia 2.4%", "artesunate"]),

    # 37 - USA, Ohio: pulmonary clinic letter to the family doctor
    ("UC Health - Pulmonary Medicine, 3120 Burnet Ave, Cincinnati OH 45229\n"
     "\n"
     "November 18, 2025\n"
     "\n"
     "Dr. Ruhlmann, Mason Family Practice, Mason OH\n"
     "\n"
     "RE: Cornelius 'Neil' Vanderhoff, DOB 5/14/1963, MRN 20418873\n"
     "\n"
     "Dear Dr. Ruhlmann,\n"
     "I saw Mr. Vanderhoff, who manages the layer barns at Loramie Valley Poultry, about the RLL nodule and "
     "mediastinal nodes found on CT at The Christ Hospital last month. He grew up in the Ohio River valley and "
     "recently cleared out an old barn full of bats. The 1.4 cm nodule and subcarinal nodes are densely calcified. "
     "Urine Histoplasma antigen negative; Histoplasma capsulatum immunodiffusion M band positive. This is old "
     "histoplasmosis and needs no treatment. Nothing to suggest Löfgren syndrome. FEV1 82% predicted.\n"
     "Separately: Mallampati 4, STOP-BANG 6, Epworth Sleepiness Scale 14, so I have ordered a sleep study. He and "
     "his wife can reach us at 513-555-0118 or via https://mychart.uchealth.com/patient.\n"
     "\n"
     "Sincerely,\n"
     "Oluwaseun Hartigan, MD",
     [("HOSPITAL", ["UC Health"]), ("ADDRESS", ["3120 Burnet Ave"]), ("LOCATION", ["Cincinnati"]),
      ("POSTCODE", ["45229"]), ("DATE", ["November 18, 2025"]), ("NAME", ["Ruhlmann"]),
      ("HOSPITAL", ["Mason Family Practice"]), ("LOCATION", ["Mason"]), ("NAME", ["Cornelius", "Neil", "Vanderhoff"]),
      ("DATE", ["5/14/1963"]), ("MRN", ["20418873"]), ("LOCATION", ["Loramie Valley Poultry"]),
      ("HOSPITAL", ["The Christ Hospital"]), ("PHONE", ["513-555-0118"]),
      ("URL", ["https://mychart.uchealth.com/patient"]), ("NAME", ["Oluwaseun", "Hartigan"])],
     ["Ohio River valley", "Histoplasma capsulatum", "Löfgren syndrome", "Mallampati 4",
      "Epworth Sleepiness Scale 14"]),

    # 38 - England: histopathology report
    ("Histopathology - St James's University Hospital, Beckett Street, Leeds LS9 7TF\n"
     "Report H25-41827   Specimen: L breast WLE + SLNB   Received 03/03/2025   Reported 10/03/2025\n"
     "Patient: Mrs Gurpreet Sandhu-Whitaker, DOB 21.01.1968, NHS 604 928 3753, hosp no. L2418830\n"
     "Requested by the breast surgeon. GP: Harehills Lane Medical Centre.\n"
     "Clinical: screen-detected 18 mm mass, L breast 2 o'clock, B5b on core.\n"
     "Micro: invasive carcinoma of no special type, Nottingham grade 3, 21 mm; high-grade DCIS 8 mm; LVI present. "
     "Closest margin 1.5 mm. SLNB: 1/2 nodes with a 4 mm macrometastasis. ER Allred 8/8, PR Allred 6/8, HER2 IHC 3+, "
     "Ki-67 40%. pT2 pN1a(sn). Nottingham Prognostic Index 5.42.\n"
     "Comment: for MDT on 13/03/2025; Herceptin-based adjuvant therapy to be discussed.\n"
     "Dr Wilhelmina Achterberg, Consultant Histopathologist",
     [("HOSPITAL", ["St James's University Hospital"]), ("ADDRESS", ["Beckett Street"]), ("LOCATION", ["Leeds"]),
      ("POSTCODE", ["LS9 7TF"]), ("ID", ["H25-41827"]), ("DATE", ["03/03/2025"]), ("DATE", ["10/03/2025"]),
      ("NAME", ["Gurpreet", "Sandhu-Whitaker"]), ("DATE", ["21.01.1968"]), ("ID", ["604 928 3753"]),
      ("MRN", ["L2418830"]), ("HOSPITAL", ["Harehills Lane Medical Centre"]), ("DATE", ["13/03/2025"]),
      ("NAME", ["Wilhelmina", "Achterberg"])],
     ["Nottingham grade 3", "Allred 8/8", "HER2 IHC 3+", "Nottingham Prognostic Index 5.42", "Herceptin"]),

    # 39 - Canada, Nova Scotia: occupational therapy home safety assessment
    ("Continuing Care - Occupational Therapy home safety assessment, 2025-10-07\n"
     "Client: Angus MacNeil, 79, NS health card 0041 829 371, DOB 1946-02-19\n"
     "62 Pleasant St, Dartmouth NS B2Y 3P5. Referred by his family physician, Woodlawn Medical Clinic.\n"
     "Dx: Parkinson's disease, Hoehn and Yahr stage 3, Sinemet 100/25 QID. Freezing at doorways. Two recent falls, "
     "one on 14 Sept with a scalp laceration sutured at Dartmouth General.\n"
     "Timed Up and Go 24 s; Berg Balance Scale 38/56.\n"
     "Bathroom: tub-shower with no grab bars; recommend tub transfer bench and two grab bars. Stairs: 14 to the "
     "bedroom, rail one side only; second rail advised. Wife Colleen has macular degeneration; son visits weekends. "
     "Philips Lifeline pendant, subscriber LL-4482071. Still driving on licence MACNE190246007; driving assessment "
     "recommended.\n"
     "Oksana Demchuk, OT Reg (NS)",
     [("DATE", ["2025-10-07"]), ("NAME", ["Angus", "MacNeil"]), ("ID", ["0041 829 371"]), ("DATE", ["1946-02-19"]),
      ("ADDRESS", ["62 Pleasant St"]), ("LOCATION", ["Dartmouth"]), ("POSTCODE", ["B2Y 3P5"]),
      ("HOSPITAL", ["Woodlawn Medical Clinic"]), ("DATE", ["14 Sept"]), ("HOSPITAL", ["Dartmouth General"]),
      ("NAME", ["Colleen"]), ("ID", ["LL-4482071"]), ("LICENCE", ["MACNE190246007"]),
      ("NAME", ["Oksana", "Demchuk"])],
     ["Parkinson's disease", "Hoehn and Yahr stage 3", "Sinemet 100/25", "Berg Balance Scale 38/56",
      "Philips Lifeline"]),
]
