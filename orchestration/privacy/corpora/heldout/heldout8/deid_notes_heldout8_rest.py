"""The third part of the eighth HELD-OUT note set (:mod:`deid_notes_heldout8`, whose docstring says how it was
written and how to use it), kept in its own file only for length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("المريض: عبد الرحيم يوسف الزعبي، 64 سنة، رقم الملف الطبي 2290174، الرقم الوطني 9601028833. العنوان: شارع الملك "
     "عبدالله الثاني، عمارة 15، الطفيلة. راجع مستشفى الطفيلة الحكومي بسبب ألم في البطن ويرقان. التصوير: حصوات في "
     "القناة الصفراوية. التشخيص: التهاب الأقنية الصفراوية. هاتف الابن مازن: \u200e+962 79 551 8043. الطبيب المعالج: "
     "د. ريم الرواشدة.",
     [("NAME", ["عبد الرحيم", "الزعبي"]), ("MRN", ["2290174"]), ("ID", ["9601028833"]),
      ("ADDRESS", ["شارع الملك عبدالله الثاني، عمارة 15"]), ("LOCATION", ["الطفيلة"]),
      ("HOSPITAL", ["مستشفى الطفيلة الحكومي"]), ("NAME", ["مازن"]), ("PHONE", ["+962 79 551 8043"]),
      ("NAME", ["ريم", "الرواشدة"])],
     ["ألم في البطن ويرقان", "حصوات في القناة الصفراوية", "التهاب الأقنية الصفراوية"]),
    ("病人姓名：鄺淑芬　性別：女　年齡：68歲\n身份證號碼：K482190(4)　病歷號：HN09117452\n地址：新界大埔廣福道88號富雅花園5座12樓C室\n主訴：右側肢體無力及言語不清3小時。"
     "CT：左側基底節出血約18 ml。診斷：高血壓性腦出血。入住雅麗氏何妙齡那打素醫院神經外科。緊急聯絡人：丈夫黎志強，電話 9461 2087。主診醫生：溫家俊醫生",
     [("NAME", ["鄺淑芬"]), ("ID", ["K482190(4)"]), ("MRN", ["HN09117452"]), ("LOCATION", ["大埔"]),
      ("ADDRESS", ["廣福道88號富雅花園5座12樓C室"]), ("HOSPITAL", ["雅麗氏何妙齡那打素醫院"]), ("NAME", ["黎志強"]), ("PHONE", ["9461 2087"]),
      ("NAME", ["溫家俊"])],
     ["右側肢體無力及言語不清3小時", "左側基底節出血約18 ml", "高血壓性腦出血"]),
    ("Η κα Ασπασία Τσολακίδου, 91 ετών (γενν. 14/02/1933), κάτοικος Καλαμάτας, οδός Αριστομένους 62, μεταφέρθηκε από "
     "το Γηροκομείο «Άγιος Νικόλαος» Μεσσήνης με πυρετό και βήχα. Ακτινογραφία: πνευμονία δεξιάς βάσης. Έναρξη "
     "κεφτριαξόνης. Ενημερώθηκε ο γιος της Διονύσης, τηλ. +30 6973 408 215. Ιατρός: Γεράσιμος Μαυρομμάτης.",
     [("NAME", ["Ασπασία", "Τσολακίδου"]), ("AGE", ["91 ετών"]), ("DOB90", ["14/02/1933", "1933"]),
      ("LOCATION", ["Καλαμάτας"]), ("ADDRESS", ["Αριστομένους 62"]), ("HOSPITAL", ["Άγιος Νικόλαος"]),
      ("LOCATION", ["Μεσσήνης"]), ("NAME", ["Διονύσης"]), ("PHONE", ["+30 6973 408 215"]),
      ("NAME", ["Γεράσιμος", "Μαυρομμάτης"])],
     ["πυρετό και βήχα", "πνευμονία δεξιάς βάσης", "κεφτριαξόνης"]),
    ("Discharge summary, Dept of Gastroenterology, Christian Medical College Vellore\nName: Mr. Senthilnathan "
     "Arumugam, 46/M, Hosp. No. 418227H, Aadhaar 7309 4418 2059. Address: 3/112, Kamarajar Street, Gudiyatham, "
     "Vellore Dist., Tamil Nadu - 632602. Ph: +91 94433 70218.\nDiagnosis: Wilson disease with decompensated chronic "
     "liver disease (Child-Pugh B, MELD 17). KF rings on slit lamp, serum ceruloplasmin 6 mg/dL, 24-h urine copper "
     "410 ug. On D-penicillamine and zinc. Siblings to be screened; brother Murugesan (+91 98421 06654). Consultant: "
     "Dr. Thenmozhi Sivagnanam. Reviewed by Dr. Jibin Mathew-Kurian.",
     [("HOSPITAL", ["Christian Medical College Vellore"]), ("NAME", ["Senthilnathan", "Arumugam"]),
      ("MRN", ["418227H"]), ("ID", ["7309 4418 2059"]), ("ADDRESS", ["3/112, Kamarajar Street"]),
      ("LOCATION", ["Gudiyatham"]), ("LOCATION", ["Vellore Dist."]), ("POSTCODE", ["632602"]),
      ("PHONE", ["+91 94433 70218"]), ("NAME", ["Murugesan"]), ("PHONE", ["+91 98421 06654"]),
      ("NAME", ["Thenmozhi", "Sivagnanam"]), ("NAME", ["Jibin", "Mathew-Kurian"])],
     ["Wilson disease with decompensated chronic liver disease", "Child-Pugh B, MELD 17", "KF rings on slit lamp",
      "D-penicillamine and zinc"]),
    ("Obs & Gynae - Federal Medical Centre, Abeokuta. 14/01/2025\nMrs Kehinde Adetokunbo-Sowemimo, 29, G3P2, hosp no "
     "FMCA/OG/25/0042. Lives at Plot 7, Oke-Ilewo, Abeokuta, Ogun State. BP 168/112, proteinuria 3+, headache, visual "
     "blurring at 35/40 -> severe pre-eclampsia. MgSO4 (Pritchard regimen) started, labetalol, for delivery. Husband "
     "Mr Akintunde Sowemimo, +234 803 552 1946, email k.sowemimo@yahoo.com. Booked at Sacred Heart Hospital, Lantoro. "
     "Registrar Dr Ayotunde Fashola-Briggs.",
     [("HOSPITAL", ["Federal Medical Centre"]), ("LOCATION", ["Abeokuta"]), ("DATE", ["14/01/2025"]),
      ("NAME", ["Kehinde", "Adetokunbo-Sowemimo"]), ("MRN", ["FMCA/OG/25/0042"]), ("ADDRESS", ["Plot 7, Oke-Ilewo"]),
      ("NAME", ["Akintunde", "Sowemimo"]), ("PHONE", ["+234 803 552 1946"]), ("EMAIL", ["k.sowemimo@yahoo.com"]),
      ("HOSPITAL", ["Sacred Heart Hospital"]), ("LOCATION", ["Lantoro"]), ("NAME", ["Ayotunde", "Fashola-Briggs"])],
     ["proteinuria 3+", "severe pre-eclampsia", "MgSO4 (Pritchard regimen)", "labetalol, for delivery"]),
    ("IT/clinical incident note: the infusion pump (Alaris 8100, asset tag BMC-IP-30417, serial 800244917) on Bed 9, "
     "Ward Ocean, Broomfield Hospital lost its connection to the server at 10.48.112.23 and the dose library did not "
     "update. Patient Mr Tancred Quaife (MRN BRM2210833) received heparin at 18 mL/h instead of 14 mL/h for about 2 "
     "h; APTT ratio 3.9 -> paused 1 h then restarted per protocol. No bleeding. Datix ID 481027 raised by Sr Afia "
     "Adomako-Pryce. Family (daughter Sabrina, sabrina.quaife@gmail.com) informed under duty of candour.",
     [("SERIAL", ["BMC-IP-30417"]), ("SERIAL", ["800244917"]), ("HOSPITAL", ["Broomfield Hospital"]),
      ("IP", ["10.48.112.23"]), ("NAME", ["Tancred", "Quaife"]), ("MRN", ["BRM2210833"]), ("ID", ["481027"]),
      ("NAME", ["Afia", "Adomako-Pryce"]), ("NAME", ["Sabrina"]), ("EMAIL", ["sabrina.quaife@gmail.com"])],
     ["Alaris 8100", "heparin at 18 mL/h instead of 14 mL/h", "APTT ratio 3.9", "No bleeding", "duty of candour"]),
    ("Patient portal message (received 02/03/2025 21:14 from IP 73.162.48.205):\n\"hi its Brayden Kowalczyk-Dunn (dob "
     "6/11/99) - my Dexcom G7 keeps losing signal and my sugars were 40s last night. also can u send my Humalog rx to "
     "the CVS on Lakeview Ave in Ravenna instead. u can text me at 330-555-0114 or my instagram @brayden.kd_. "
     "thx\"\nReply by RN Maricela Quintanilla-Hart: advised glucagon at home, CGM troubleshooting, script moved. "
     "Portal user: bkdunn99.",
     [("DATE", ["02/03/2025"]), ("IP", ["73.162.48.205"]), ("NAME", ["Brayden", "Kowalczyk-Dunn"]),
      ("DATE", ["6/11/99"]), ("ADDRESS", ["Lakeview Ave"]), ("LOCATION", ["Ravenna"]), ("PHONE", ["330-555-0114"]),
      ("HANDLE", ["brayden.kd_"]), ("NAME", ["Maricela", "Quintanilla-Hart"]), ("HANDLE", ["bkdunn99"])],
     ["Dexcom G7 keeps losing signal", "Humalog rx", "advised glucagon at home", "CGM troubleshooting"]),
    ("Firearms licensing - medical information request (reply)\nTo: Firearms Licensing Unit, Dyfed-Powys Police\nRe: "
     "Mr Idris Pumphrey-Lloyd, DOB 27/08/1961, certificate no. FAC/DP/08814 (shotgun SGC 22/1183). Address: Penlan "
     "Farm, Cwmann, Lampeter SA48 8DU.\nI confirm no history of mental illness, dementia, epilepsy or substance "
     "misuse. He has hypertension and Dupuytren's contracture of the L hand (not affecting grip). Signed: Dr Branwen "
     "Hopcyn-Eddy, Lampeter Medical Practice, GMC 6119024, 20/01/2025.",
     [("HOSPITAL", ["Dyfed-Powys Police"]), ("NAME", ["Idris", "Pumphrey-Lloyd"]), ("DATE", ["27/08/1961"]),
      ("LICENCE", ["FAC/DP/08814"]), ("LICENCE", ["SGC 22/1183"]), ("ADDRESS", ["Penlan Farm"]),
      ("LOCATION", ["Cwmann"]), ("LOCATION", ["Lampeter"]), ("POSTCODE", ["SA48 8DU"]),
      ("NAME", ["Branwen", "Hopcyn-Eddy"]), ("HOSPITAL", ["Lampeter Medical Practice"]), ("LICENCE", ["GMC 6119024"]),
      ("DATE", ["20/01/2025"])],
     ["no history of mental illness, dementia, epilepsy", "Dupuytren's contracture of the L hand"]),
    ("ward rnd - 4W - AM\nbed 22 - Clementine Bracegirdle 44F - d3 acute panc (Atlanta: moderately severe, transient "
     "organ failure <48h), gallstone. lipase 3400 on adm. now eating. plan lap chole same admission (Mr Quarshie list "
     "thurs). LFTs downtrending. husb Hiram asking re sick note for work (Airbus Broughton). d/w sis Honoria 07723 "
     "604 119. TTO: none new.\n- KO (FY1) for Dr Steinhauer-Mensah",
     [("NAME", ["Clementine", "Bracegirdle"]), ("NAME", ["Quarshie"]), ("NAME", ["Hiram"]),
      ("LOCATION", ["Airbus Broughton"]), ("NAME", ["Honoria"]), ("PHONE", ["07723 604 119"]), ("NAME", ["KO"]),
      ("NAME", ["Steinhauer-Mensah"])],
     ["acute panc (Atlanta: moderately severe", "transient organ failure <48h", "lipase 3400 on adm",
      "plan lap chole same admission", "LFTs downtrending"]),
    ("Endoscopy report - Waikato Hospital, Hamilton\nPatient: Hoani Te Huia-Blackwood  NHI: CQU1441  DOB: "
     "02-Oct-1969\nIndication: reflux, dysphagia. Findings: LA grade C oesophagitis (Los Angeles classification), 8 "
     "cm hiatus hernia, no Barrett's. Biopsies x4 taken from the lower oesophagus to exclude EoE. H. pylori CLO "
     "negative. Plan: PPI double dose 8 weeks, repeat OGD. Endoscopist: Dr Robyn-Lee Ashbolt. Nurse: Matiu. Lives "
     "Ngāruawāhia, mob 021 904 3377.",
     [("HOSPITAL", ["Waikato Hospital"]), ("LOCATION", ["Hamilton"]), ("NAME", ["Hoani", "Te Huia-Blackwood"]),
      ("ID", ["CQU1441"]), ("DATE", ["02-Oct-1969"]), ("NAME", ["Robyn-Lee", "Ashbolt"]), ("NAME", ["Matiu"]),
      ("LOCATION", ["Ngāruawāhia"]), ("PHONE", ["021 904 3377"])],
     ["LA grade C oesophagitis (Los Angeles classification)", "8 cm hiatus hernia, no Barrett's",
      "H. pylori CLO negative", "PPI double dose 8 weeks"]),
    ("Endocrinology consult - Royal University Hospital\nPt: Ms Zenovia Kuzyk-Bellegarde, 41F, HSN 730 418 266, MRN "
     "RUH-2207714. Mailing: PO Box 1127, Wakaw SK S0K 4P0. Referred by Dr Nelson Ratushniak (Wakaw Medical Clinic, "
     "fax 306-233-4411). 18 mo weight gain, purple striae, proximal myopathy, new T2DM, BP 168/102. Late-night "
     "salivary cortisol x2 elevated, 1 mg dex suppression: cortisol 412. ACTH 2.1 (suppressed) -> ACTH-independent "
     "Cushing syndrome; CT adrenals ordered. Works at the Cameco office. Husband Orest 306-555-0148.",
     [("HOSPITAL", ["Royal University Hospital"]), ("NAME", ["Zenovia", "Kuzyk-Bellegarde"]), ("ID", ["730 418 266"]),
      ("MRN", ["RUH-2207714"]), ("ADDRESS", ["PO Box 1127"]), ("LOCATION", ["Wakaw"]), ("POSTCODE", ["S0K 4P0"]),
      ("NAME", ["Nelson", "Ratushniak"]), ("HOSPITAL", ["Wakaw Medical Clinic"]), ("PHONE", ["306-233-4411"]),
      ("LOCATION", ["Cameco"]), ("NAME", ["Orest"]), ("PHONE", ["306-555-0148"])],
     ["purple striae, proximal myopathy", "1 mg dex suppression: cortisol 412", "ACTH-independent Cushing syndrome",
      "CT adrenals ordered"]),
    ("TB clinic - Brooklyn Chest Hospital, Cape Town. 09/12/2024\nMrs Lindiwe Gqirana-Adams, 36F, ID 8804022114083, "
     "folder BCH/24/5517. 27 Msobomvu Crescent, Site C, Khayelitsha 7784. Cell 073 418 2290. Xpert MTB/RIF Ultra: MTB "
     "detected, rif resistance detected -> RR-TB. HIV+, CD4 212, on TLD. Started BPaLM regimen. Works at a Shoprite "
     "in Mitchells Plain; employer informed with consent. Household contacts: partner Kagiso and 2 kids (grade 3 at "
     "Intshayelelo Primary) for screening. Ward clerk Zukiswa. Dr Francois Uys-Mabandla.",
     [("HOSPITAL", ["Brooklyn Chest Hospital"]), ("LOCATION", ["Cape Town"]), ("DATE", ["09/12/2024"]),
      ("NAME", ["Lindiwe", "Gqirana-Adams"]), ("ID", ["8804022114083"]), ("MRN", ["BCH/24/5517"]),
      ("ADDRESS", ["27 Msobomvu Crescent, Site C"]), ("LOCATION", ["Khayelitsha"]), ("POSTCODE", ["7784"]),
      ("PHONE", ["073 418 2290"]), ("LOCATION", ["Mitchells Plain"]), ("NAME", ["Kagiso"]),
      ("LOCATION", ["Intshayelelo Primary"]), ("NAME", ["Zukiswa"]), ("NAME", ["Francois", "Uys-Mabandla"])],
     ["Xpert MTB/RIF Ultra", "rif resistance detected -> RR-TB", "HIV+, CD4 212, on TLD", "Started BPaLM regimen"]),
    ("Cardiology - Sri Jayadeva Institute, Kalaburagi unit. IP no. SJM/2025/00871\nMr. Channabasappa "
     "Hiremath-Kulkarni, 74/M, r/o #45, 3rd Cross, Jewargi Colony, Kalaburagi - 585102, mob +91 98450 22671. Syncope "
     "x2, HR 32, ECG: complete heart block with broad escape. Dual-chamber pacemaker implanted 21/01/2025: Medtronic "
     "Azure XT DR, serial RNB318842H; RA lead s/n PJN7724196, RV lead s/n PJN7724388. Pacemaker ID card issued. Son "
     "Girish (Infosys, Kalaburagi office) girish.hk@gmail.com. PMJAY card no. KA-PMJ-58810342. Dr. Vasudha Ranganath.",
     [("HOSPITAL", ["Sri Jayadeva Institute"]), ("LOCATION", ["Kalaburagi"]), ("MRN", ["SJM/2025/00871"]),
      ("NAME", ["Channabasappa", "Hiremath-Kulkarni"]), ("ADDRESS", ["#45, 3rd Cross, Jewargi Colony"]),
      ("POSTCODE", ["585102"]), ("PHONE", ["+91 98450 22671"]), ("DATE", ["21/01/2025"]), ("SERIAL", ["RNB318842H"]),
      ("SERIAL", ["PJN7724196"]), ("SERIAL", ["PJN7724388"]), ("NAME", ["Girish"]), ("LOCATION", ["Infosys"]),
      ("EMAIL", ["girish.hk@gmail.com"]), ("ID", ["KA-PMJ-58810342"]), ("NAME", ["Vasudha", "Ranganath"])],
     ["complete heart block with broad escape", "Dual-chamber pacemaker implanted", "Medtronic Azure XT DR"]),
    ("Transfer letter - Skiddaw View Nursing Home, Keswick\nTo: Cumberland Infirmary ED\nResident: Mrs Gladwys "
     "Armistead, born 03 January 1929, aged 96. NHS 699 468 9123. Admitted to Skiddaw View 14 March 2021. Today found "
     "on floor, unable to weight bear R leg. Known vascular dementia, AF on apixaban, CKD 3b. Has a DNACPR and "
     "ReSPECT (copy enclosed). Usually mobile with a frame. Wears a hearing aid in R ear - please send it back with "
     "her! Next of kin: granddaughter Darcia Armistead-Pugh, 07563 204 981. Nurse in charge: Teodora Baciu (NMC "
     "19I4471E).",
     [("HOSPITAL", ["Skiddaw View Nursing Home"]), ("LOCATION", ["Keswick"]), ("HOSPITAL", ["Cumberland Infirmary"]),
      ("NAME", ["Gladwys", "Armistead"]), ("DOB90", ["03 January 1929", "1929"]), ("AGE", ["aged 96"]),
      ("ID", ["699 468 9123"]), ("HOSPITAL", ["Skiddaw View"]), ("DATE", ["14 March 2021"]),
      ("NAME", ["Darcia", "Armistead-Pugh"]), ("PHONE", ["07563 204 981"]), ("NAME", ["Teodora", "Baciu"]),
      ("LICENCE", ["NMC 19I4471E"])],
     ["unable to weight bear R leg", "vascular dementia, AF on apixaban, CKD 3b", "Usually mobile with a frame"]),
    ("ED - Letterkenny University Hospital 02:40\n24M Kilian Mac Giolla Bhríde, MRN L0993347, lives Malin Road, "
     "Carndonagh, Co. Donegal F93 R6K2. Returned 9 days ago from volunteering with a clinic in Makeni, Sierra Leone. "
     "Fever 39.4, myalgia, vomiting, no bleeding. Risk-assessed per VHF algorithm: possible Ebola virus disease vs "
     "malaria. Isolated in side room, PPE level 2, HSE national isolation unit (Mater) contacted. Malaria RDT "
     "positive (falciparum). Mother Mairéad on +353 74 937 0215. Seen by Dr Cathaoir Ó Gallchobhair.",
     [("HOSPITAL", ["Letterkenny University Hospital"]), ("MRN", ["L0993347"]),
      ("NAME", ["Kilian", "Mac Giolla Bhríde"]), ("ADDRESS", ["Malin Road"]), ("LOCATION", ["Carndonagh"]),
      ("LOCATION", ["Co. Donegal"]), ("POSTCODE", ["F93 R6K2"]), ("LOCATION", ["Makeni"]), ("HOSPITAL", ["Mater"]),
      ("NAME", ["Mairéad"]), ("PHONE", ["+353 74 937 0215"]), ("NAME", ["Cathaoir", "Ó Gallchobhair"])],
     ["Fever 39.4, myalgia, vomiting, no bleeding", "VHF algorithm", "possible Ebola virus disease vs malaria",
      "Malaria RDT positive (falciparum)"]),
    ("GP note (Dr Heremaia Tarawhiti-Ross, Te Kaha Health Centre)\n08/11/24 Mihiata Horomona-Cribb 38F NHI GLZ7095. "
     "1/7 R facial weakness incl forehead, can't close R eye, taste altered. No vesicles, ears clear. Bell's palsy. "
     "Pred 60 mg 5/7 + taper, lubricant + tape eye at night. Off work (teacher aide, Te Kaha School) this wk, med "
     "cert given. Lives 12 Maraehako Rd Te Kaha 3199. Ph 07 315 6682. Husb Hōne may bring her back if worse.",
     [("NAME", ["Heremaia", "Tarawhiti-Ross"]), ("HOSPITAL", ["Te Kaha Health Centre"]), ("DATE", ["08/11/24"]),
      ("NAME", ["Mihiata", "Horomona-Cribb"]), ("ID", ["GLZ7095"]), ("LOCATION", ["Te Kaha School"]),
      ("ADDRESS", ["12 Maraehako Rd"]), ("LOCATION", ["Te Kaha"]), ("POSTCODE", ["3199"]), ("PHONE", ["07 315 6682"]),
      ("NAME", ["Hōne"])],
     ["R facial weakness incl forehead", "Bell's palsy", "Pred 60 mg 5/7 + taper", "lubricant + tape eye at night"]),
    ("Telederm e-consult (asynchronous), submitted 01/23/2025 via portal from 98.207.31.144\nPt: Thelonious "
     "Pettigrew-Amadi, 29M, MRN 61-004-882, Kaiser member 000018827461. Photos show a 9 cm expanding annular erythema "
     "with central clearing on L thigh, 10 days after hiking near Old Lyme; fatigue, arthralgia. Consistent with "
     "erythema migrans - early localized Lyme disease. Serology not needed. Doxycycline 100 mg bid x 10 d. He sent "
     "extra photos through his shared album (photos.app.goo.gl/Vq7tKz3mRw) and asked to be messaged on Signal at "
     "dash.pett.01. Works at Electric Boat, Groton. Reviewer: Dr. Philomène Crutchfield, Derm.",
     [("DATE", ["01/23/2025"]), ("IP", ["98.207.31.144"]), ("NAME", ["Thelonious", "Pettigrew-Amadi"]),
      ("MRN", ["61-004-882"]), ("ID", ["000018827461"]), ("LOCATION", ["Old Lyme"]),
      ("URL", ["photos.app.goo.gl/Vq7tKz3mRw"]), ("HANDLE", ["dash.pett.01"]), ("LOCATION", ["Electric Boat"]),
      ("LOCATION", ["Groton"]), ("NAME", ["Philomène", "Crutchfield"])],
     ["annular erythema with central clearing", "erythema migrans - early localized Lyme disease",
      "Serology not needed", "Doxycycline 100 mg bid x 10 d"]),
    ("MVA - ED Mildura Base Public Hospital 17:50\n45M driver Brenton Sedgwick-Muir, UR M772016, Medicare 3599 10757 "
     "8. Ute (Vic rego 1XK-4PD) vs roo on the Calder Hwy near Ouyen ~80 km/h, belted, airbag deployed. GCS 15. "
     "Seatbelt sign across abdo, tender LUQ. FAST: free fluid. CT: grade III splenic laceration, haemodynamically "
     "stable -> non-operative mgmt, HDU, serial Hb. Vic licence 042 118 557. Blood alcohol taken (police request, Sgt "
     "Rourke). Wife Kayleen driving up from Swan Hill, 0437 902 618.",
     [("HOSPITAL", ["Mildura Base Public Hospital"]), ("NAME", ["Brenton", "Sedgwick-Muir"]), ("MRN", ["M772016"]),
      ("ID", ["3599 10757 8"]), ("PLATE", ["1XK-4PD"]), ("ADDRESS", ["Calder Hwy"]), ("LOCATION", ["Ouyen"]),
      ("LICENCE", ["042 118 557"]), ("NAME", ["Rourke"]), ("NAME", ["Kayleen"]), ("LOCATION", ["Swan Hill"]),
      ("PHONE", ["0437 902 618"])],
     ["Seatbelt sign across abdo, tender LUQ", "FAST: free fluid", "grade III splenic laceration",
      "non-operative mgmt, HDU, serial Hb"]),
    ("Haemato-oncology OPD, UDUTH Sokoto\nName: Mal. Abubakar Sadiq Danjuma-Yelwa, 19M, Hosp No. UDU/H/19-44217. "
     "Address: No. 12 Gawon Nama Quarters, Sokoto North. Phone +234 706 118 4520. Known HbSS, 3rd vaso-occlusive "
     "crisis this year; now priapism x 5 h. Hb 7.1, retics 14%. Urology called for aspiration. Hydroxyurea to be "
     "optimised (currently 15 mg/kg). Student at Nagarta College. Brother Yusuf (+234 803 660 1127) accompanies. Hope "
     "to avoid exchange transfusion. Dr Hauwa Lere-Tsafe.",
     [("HOSPITAL", ["UDUTH"]), ("LOCATION", ["Sokoto"]), ("NAME", ["Abubakar Sadiq", "Danjuma-Yelwa"]),
      ("MRN", ["UDU/H/19-44217"]), ("ADDRESS", ["No. 12 Gawon Nama Quarters"]), ("LOCATION", ["Sokoto North"]),
      ("PHONE", ["+234 706 118 4520"]), ("LOCATION", ["Nagarta College"]), ("NAME", ["Yusuf"]),
      ("PHONE", ["+234 803 660 1127"]), ("NAME", ["Hauwa", "Lere-Tsafe"])],
     ["Known HbSS", "vaso-occlusive crisis", "priapism x 5 h", "Hb 7.1, retics 14%", "Hydroxyurea to be optimised",
      "Hope to avoid exchange transfusion"]),
    ("Hospice home visit - 02/05/2025. Pt Hulda Vanbuskirk, 102 y/o (b. 1922), Medicare 5RT2-XN4-HG81, acct "
     "HSP-77104. Lives with daughter (Mrs. Rosemary Lindgren-Tate, 78) at 2291 County Rd 14, Wanamingo MN 55983. Dx: "
     "end-stage heart failure, hospice since 11/2024. Comfortable, PPS 30%. Morphine 5 mg SL q2h prn used x2. Mild "
     "terminal secretions - glycopyrrolate started. Chaplain Arnfinn visited; pt asked for 'Amazing Grace'. Oxygen "
     "concentrator serial INV-7720418. Family updated. RN Case Mgr Kjersti Haugland.",
     [("DATE", ["02/05/2025"]), ("NAME", ["Hulda", "Vanbuskirk"]), ("AGE", ["102 y/o"]), ("DOB90", ["1922"]),
      ("ID", ["5RT2-XN4-HG81"]), ("ID", ["HSP-77104"]), ("NAME", ["Rosemary", "Lindgren-Tate"]),
      ("ADDRESS", ["2291 County Rd 14"]), ("LOCATION", ["Wanamingo"]), ("POSTCODE", ["55983"]), ("DATE", ["11/2024"]),
      ("NAME", ["Arnfinn"]), ("SERIAL", ["INV-7720418"]), ("NAME", ["Kjersti", "Haugland"])],
     ["end-stage heart failure", "PPS 30%", "Morphine 5 mg SL q2h prn", "glycopyrrolate started"]),
    ("Psych liaison - Maroondah Hospital ED 03:30\n19F Jazmyn Kolovos-Reid, UR 4418207X, DOB 12/08/2005. Brought by "
     "police under s351 after posting a goodbye video on TikTok (@jazzykr_05) - a friend saw it and called 000. "
     "Overdose ~20 x 500 mg paracetamol 6 h ago; level pending, NAC started. Uni student (Deakin, Burwood). Lives in "
     "share house 4/17 Mount Dandenong Rd, Ringwood East 3135. Mum Soula on +61 412 778 305 (lives in Shepparton). "
     "Her Instagram is private (jazzy.kolo). Safety: 1:1 special. Psych reg: Dr Mirela Oancea.",
     [("HOSPITAL", ["Maroondah Hospital"]), ("NAME", ["Jazmyn", "Kolovos-Reid"]), ("MRN", ["4418207X"]),
      ("DATE", ["12/08/2005"]), ("HANDLE", ["@jazzykr_05"]), ("LOCATION", ["Deakin"]), ("LOCATION", ["Burwood"]),
      ("ADDRESS", ["4/17 Mount Dandenong Rd"]), ("LOCATION", ["Ringwood East"]), ("POSTCODE", ["3135"]),
      ("NAME", ["Soula"]), ("PHONE", ["+61 412 778 305"]), ("LOCATION", ["Shepparton"]), ("HANDLE", ["jazzy.kolo"]),
      ("NAME", ["Mirela", "Oancea"])],
     ["Overdose ~20 x 500 mg paracetamol 6 h ago", "level pending, NAC started", "Safety: 1:1 special"]),
    ("Phone note 10:25 - Sandringham Family Practice, Ontario\nCaller: Mr Gerben Oosterhoff (son) about father Gerrit "
     "Oosterhoff, aged 93 (DOB 17 Nov 1931), OHIP 4493344453 RN. Dad lives at Birchwood Manor retirement home, 55 "
     "Queen St W, Elora ON N0B 1S0, room 212. Since Sunday more confused, urine smells, one fall no injury. No fever "
     "per staff. Gerben asks if Dr can see him there Thursday. Bill OHIP for home visit. Callback 519-555-0179 (cell) "
     "or home 519-843-2206. Message for Dr Dagny Gorecki.",
     [("HOSPITAL", ["Sandringham Family Practice"]), ("NAME", ["Gerben", "Oosterhoff"]), ("NAME", ["Gerrit"]),
      ("AGE", ["aged 93"]), ("DOB90", ["17 Nov 1931", "1931"]), ("ID", ["4493344453 RN"]),
      ("HOSPITAL", ["Birchwood Manor"]), ("ADDRESS", ["55 Queen St W"]), ("LOCATION", ["Elora"]),
      ("POSTCODE", ["N0B 1S0"]), ("PHONE", ["519-555-0179"]), ("PHONE", ["519-843-2206"]),
      ("NAME", ["Dagny", "Gorecki"])],
     ["more confused, urine smells, one fall no injury", "Bill OHIP for home visit"]),
    ("ED shorthand - Gilgandra MPS 22:15\n23M Jayce Kurrajong-Timms MRN GM0447218. Bitten by brown snake? on property "
     "'Wirraway', Goonoo Forest Rd, Mogriguy. Pressure bandage applied by mate (Macca). 20WBCT clotted. INR 1.1, "
     "fibrinogen nl, CK 210. No envenomation sx. Obs 12 h, repeat bloods 1h/6h/12h. Ute left in carpark, NSW rego DK "
     "44 RL. Mum Raelyn 0428 116 045. Farm mgr at Mogriguy Pastoral Co.\n- MO Dr Oyelade",
     [("HOSPITAL", ["Gilgandra MPS"]), ("NAME", ["Jayce", "Kurrajong-Timms"]), ("MRN", ["GM0447218"]),
      ("ADDRESS", ["'Wirraway', Goonoo Forest Rd"]), ("LOCATION", ["Mogriguy"]), ("NAME", ["Macca"]),
      ("PLATE", ["DK 44 RL"]), ("NAME", ["Raelyn"]), ("PHONE", ["0428 116 045"]),
      ("LOCATION", ["Mogriguy Pastoral Co"]), ("NAME", ["Oyelade"])],
     ["Bitten by brown snake?", "Pressure bandage applied", "20WBCT clotted", "No envenomation sx",
      "repeat bloods 1h/6h/12h"]),
    ("Sexual health clinic (walk-in), 14/02/2025\nClient ID SH-25-01187 (uses first name only: 'Kit'), 27, pronouns "
     "they/them. Booked online via www.sxhealthbrum.org.uk/book?ref=KX4471. Contact by text only 07391 558 204. "
     "Presents with painless genital ulcer 10 days; RPR 1:64, TPPA reactive: primary syphilis. Benzathine penicillin "
     "2.4 MU IM today. Partner notification: 2 partners in 3 months, one known only by app username sk8rboi_brum. "
     "PrEP eligibility discussed; HIV 4th gen negative. Works at the Bullring Primark (weekend shifts). HA: "
     "Marisa-Jane Tolputt.",
     [("DATE", ["14/02/2025"]), ("ID", ["SH-25-01187"]), ("NAME", ["Kit"]),
      ("URL", ["www.sxhealthbrum.org.uk/book?ref=KX4471"]), ("PHONE", ["07391 558 204"]), ("HANDLE", ["sk8rboi_brum"]),
      ("LOCATION", ["Bullring Primark"]), ("NAME", ["Marisa-Jane", "Tolputt"])],
     ["painless genital ulcer 10 days", "RPR 1:64, TPPA reactive: primary syphilis",
      "Benzathine penicillin 2.4 MU IM today", "HIV 4th gen negative"]),
    ("Video consult log - rural GP, Ceduna SA\nPt Kylan Dunstan-Wiltshire (Medicare 4110 61094 5, DVA file QX41183) "
     "joined from the Penong community hall, connection dropped twice; audit shows it came from 203.45.118.62. "
     "Ongoing Barrett's surveillance due (last scope 2022 at the QEH). Also BP review: 152/94 on perindopril 5 mg, "
     "increased to 10 mg. Unable to drive to the city - his ute (SA rego S 882 BFK) is off the road. Grandson Lochie "
     "will drive him in March. Email k.dunstan.w@bigpond.com. Dr Clemence Ellery-Nguyen.",
     [("LOCATION", ["Ceduna"]), ("NAME", ["Kylan", "Dunstan-Wiltshire"]), ("ID", ["4110 61094 5"]),
      ("ID", ["QX41183"]), ("LOCATION", ["Penong"]), ("IP", ["203.45.118.62"]), ("DATE", ["2022"]),
      ("HOSPITAL", ["QEH"]), ("PLATE", ["S 882 BFK"]), ("NAME", ["Lochie"]), ("EMAIL", ["k.dunstan.w@bigpond.com"]),
      ("NAME", ["Clemence", "Ellery-Nguyen"])],
     ["Barrett's surveillance due", "152/94 on perindopril 5 mg, increased to 10 mg"]),
]
