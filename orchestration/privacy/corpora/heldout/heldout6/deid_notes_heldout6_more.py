"""The second part of the sixth HELD-OUT note set (:mod:`deid_notes_heldout6`, whose docstring says how it was
written), kept apart only so that no file grows past the size the project keeps its modules to.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("डिस्चार्ज सारांश - ज़िला अस्पताल, सीकर\nमरीज़: श्रीमती कमला देवी सैनी, उम्र 58 वर्ष, पंजीकरण सं. "
     "SKR/2024/55190\nपता: वार्ड नं. 12, पिपराली रोड, सीकर 332001. मोबाइल: 94141 72630 (पति रामनिवास सैनी)\nनिदान: "
     "डेंगू बुखार, प्लेटलेट 38,000; NS1 पॉज़िटिव। IV फ्लूइड और पैरासिटामोल दिया गया। भर्ती 02.10.2024, छुट्टी "
     "07.10.2024.\nचिकित्सक: डॉ. हरप्रीत बाजवा",
     [("HOSPITAL", ["ज़िला अस्पताल, सीकर"]), ("LOCATION", ["सीकर"]), ("NAME", ["कमला", "सैनी"]),
      ("MRN", ["SKR/2024/55190"]), ("ADDRESS", ["वार्ड नं. 12, पिपराली रोड"]), ("POSTCODE", ["332001"]),
      ("PHONE", ["94141 72630"]), ("NAME", ["रामनिवास"]), ("DATE", ["02.10.2024"]), ("DATE", ["07.10.2024"]),
      ("NAME", ["हरप्रीत", "बाजवा"])],
     ["डेंगू बुखार", "प्लेटलेट 38,000", "NS1 पॉज़िटिव", "पैरासिटामोल"]),
    ("تقرير خروج - مستشفى معان الحكومي، قسم الباطنية\nالمريض: سالم مطلق الحويطات، العمر 71 سنة، رقم الملف 448120، "
     "الرقم الوطني 9531022874\nالعنوان: حي الطيبة، شارع الشهداء، معان. هاتف: 0795 418 336 (ابنه فيصل)\nالتشخيص: داء "
     "السكري من النوع الثاني مع قدم سكرية (تصنيف واغنر 3) والتهاب العظم. بدأ بيبراسيلين/تازوباكتام. تاريخ الدخول "
     "2024/11/03.\nالطبيب المعالج: د. رنا الخصاونة",
     [("HOSPITAL", ["مستشفى معان الحكومي"]), ("NAME", ["سالم", "مطلق", "الحويطات"]), ("MRN", ["448120"]),
      ("ID", ["9531022874"]), ("ADDRESS", ["حي الطيبة", "شارع الشهداء"]), ("LOCATION", ["معان"]),
      ("PHONE", ["0795 418 336"]), ("NAME", ["فيصل"]), ("DATE", ["2024/11/03"]), ("NAME", ["رنا", "الخصاونة"])],
     ["داء السكري من النوع الثاني", "تصنيف واغنر 3", "التهاب العظم", "بيبراسيلين/تازوباكتام"]),
    ("Παράδοση βάρδιας 22:00 - Ορθοπαιδική, Γενικό Νοσοκομείο Ιεράπετρας\nΚλίνη 6: Μανόλης Χατζηδάκης, 93 ετών, γεν. "
     "02/05/1931. Κάταγμα αυχένα μηριαίου δεξιά, χειρουργείο αύριο. Νηστεία από τα μεσάνυχτα. Παραλήρημα τη νύχτα. "
     "Λαμβάνει Sintrom, INR πρωί. Μένει στην Κριτσά, Καπετάν Μιχάλη 5. Η εγγονή του Ειρήνη: 693 804 1127.",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Ιεράπετρας"]), ("NAME", ["Μανόλης", "Χατζηδάκης"]), ("AGE", ["93"]),
      ("DOB90", ["02/05/1931", "1931"]), ("LOCATION", ["Κριτσά"]), ("ADDRESS", ["Καπετάν Μιχάλη 5"]),
      ("NAME", ["Ειρήνη"]), ("PHONE", ["693 804 1127"])],
     ["Κάταγμα αυχένα μηριαίου δεξιά", "Νηστεία από τα μεσάνυχτα", "Sintrom"]),
    ("臺東馬偕紀念醫院 急診 2025/01/18\n病人：林阿福，男，67歲，病歷號 TT00713582，身分證 V124805373\n住址：臺東縣池上鄉中山路 126 號。電話 089-862-417，手機 "
     "0912-558-306（女兒 林佩君）。\n主訴：胸悶 2 小時，冒冷汗。心電圖 V1-V4 ST 上升，前壁 STEMI。啟動心導管室，給予 aspirin 300 mg、ticagrelor 180 "
     "mg。Killip I 級。\n醫師：葉冠廷",
     [("HOSPITAL", ["臺東馬偕紀念醫院"]), ("DATE", ["2025/01/18"]), ("NAME", ["林阿福"]), ("MRN", ["TT00713582"]),
      ("ID", ["V124805373"]), ("LOCATION", ["臺東縣"]), ("LOCATION", ["池上鄉"]), ("ADDRESS", ["中山路 126 號"]),
      ("PHONE", ["089-862-417"]), ("PHONE", ["0912-558-306"]), ("NAME", ["林佩君"]), ("NAME", ["葉冠廷"])],
     ["冒冷汗", "前壁 STEMI", "aspirin 300 mg", "ticagrelor 180 mg", "Killip I 級"]),
    ("Skilled nursing visit - start of care 11/19/2024\nPt: Alvah Crumpacker, 84M. Medicare MBI 7RC4-HJ9-XM21, "
     "secondary BCBS ID ZGP884102973.\nAddress: Rural Route 3, Box 41A, Kahoka MO 63445 (mail goes to PO Box 207). "
     "Phone (660) 727-3318.\nDx: stage 3 sacral pressure injury, T2DM, Parkinson's. Wound 3.2 x 2.1 x 0.4 cm, no "
     "tunneling; Mepilex Border applied. Sunny day, pt sitting out on the porch with wife Verlie, who is the "
     "caregiver. Ordering MD: Dr. Amoako-Birdsall, Clark County Family Health.\nDana Kratochvil, RN",
     [("DATE", ["11/19/2024"]), ("NAME", ["Alvah", "Crumpacker"]), ("ID", ["7RC4-HJ9-XM21"]), ("ID", ["ZGP884102973"]),
      ("ADDRESS", ["Rural Route 3, Box 41A"]), ("LOCATION", ["Kahoka"]), ("POSTCODE", ["63445"]),
      ("ADDRESS", ["PO Box 207"]), ("PHONE", ["(660) 727-3318"]), ("NAME", ["Verlie"]), ("NAME", ["Amoako-Birdsall"]),
      ("HOSPITAL", ["Clark County Family Health"]), ("NAME", ["Dana", "Kratochvil"])],
     ["stage 3 sacral pressure injury", "Parkinson's", "Mepilex Border applied", "Sunny day"]),
    ("Southland Hospital ED, Invercargill 22/03/25 1640\n52M Tamahou Te Maiharoa-Crump, NHI NWC2398. Quad bike "
     "rollover on the farm at Otautau, pinned ~20 min. L chest wall tender, SpO2 93%. CXR: 4 rib #s L, small "
     "haemothorax -> ICC 28Fr. C-spine cleared clinically (NEXUS). Employer Mossburn Dairies Ltd aware. ACC claim "
     "10048823115. Wife Kiri 027 391 8840. Address 284 Otautau-Tuatapere Road, RD 1, Otautau 9689.",
     [("HOSPITAL", ["Southland Hospital"]), ("LOCATION", ["Invercargill"]), ("DATE", ["22/03/25"]),
      ("NAME", ["Tamahou", "Te Maiharoa-Crump"]), ("ID", ["NWC2398"]), ("LOCATION", ["Otautau"]),
      ("LOCATION", ["Mossburn Dairies Ltd"]), ("ID", ["10048823115"]), ("NAME", ["Kiri"]), ("PHONE", ["027 391 8840"]),
      ("ADDRESS", ["284 Otautau-Tuatapere Road", "RD 1"]), ("POSTCODE", ["9689"])],
     ["Quad bike rollover", "4 rib #s L, small haemothorax", "ICC 28Fr", "cleared clinically (NEXUS)"]),
    ("SCI Gateway referral\nFrom: Dr Seonag Struthers, Benbecula Medical Practice, Balivanich HS7 5LA\nTo: "
     "Respiratory, Western Isles Hospital, Stornoway\nPatient: Mr Calum Iain MacSween, CHI 1403520976, Iochdar, South "
     "Uist. Tel 01870 610 426\n72 y/o weaver, ex-smoker 40 pack years, 3 months of haemoptysis and weight loss. CXR "
     "shows a 3 cm RUL mass. Please see under the urgent suspected cancer pathway. The ferry is difficult in winter; "
     "a Near Me video appointment would suit, his daughter Ealasaid set up the account "
     "(ealasaid.macsween@hotmail.co.uk).",
     [("NAME", ["Seonag", "Struthers"]), ("HOSPITAL", ["Benbecula Medical Practice"]), ("LOCATION", ["Balivanich"]),
      ("POSTCODE", ["HS7 5LA"]), ("HOSPITAL", ["Western Isles Hospital"]), ("LOCATION", ["Stornoway"]),
      ("NAME", ["Calum", "Iain", "MacSween"]), ("ID", ["1403520976"]), ("LOCATION", ["Iochdar"]),
      ("LOCATION", ["South Uist"]), ("PHONE", ["01870 610 426"]), ("NAME", ["Ealasaid"]),
      ("EMAIL", ["ealasaid.macsween@hotmail.co.uk"])],
     ["40 pack years", "haemoptysis and weight loss", "3 cm RUL mass", "urgent suspected cancer pathway"]),
    ("Behavioral Health - SW note 05/06/2025\nClient: Brynlee Skarsten, 16F, MRN 7734012, DOB 09/23/2008. Referred by "
     "school counselor Mr. Wojtaszek at Mandan High School after posts on TikTok (@kayb_xo) and messages from her "
     "Discord account moonmoth4471 suggesting self-harm. Denies current SI/plan; PHQ-A 17, C-SSRS screen positive for "
     "past ideation. Safety plan completed with mom Rochelle (701-555-0162). Lives with mom and stepdad Curtis at "
     "2208 Sunset Dr NW, Mandan ND 58554. ND Medicaid ID 000417736. F/u with Dr. Lommen (psychiatry) at Sanford "
     "Health Bismarck within 1 week.",
     [("DATE", ["05/06/2025"]), ("NAME", ["Brynlee", "Skarsten"]), ("MRN", ["7734012"]), ("DATE", ["09/23/2008"]),
      ("NAME", ["Wojtaszek"]), ("LOCATION", ["Mandan High School"]), ("HANDLE", ["kayb_xo"]),
      ("HANDLE", ["moonmoth4471"]), ("NAME", ["Rochelle"]), ("PHONE", ["701-555-0162"]), ("NAME", ["Curtis"]),
      ("ADDRESS", ["2208 Sunset Dr NW"]), ("LOCATION", ["Mandan"]), ("POSTCODE", ["58554"]), ("ID", ["000417736"]),
      ("NAME", ["Lommen"]), ("HOSPITAL", ["Sanford Health Bismarck"])],
     ["Denies current SI/plan", "PHQ-A 17", "C-SSRS screen positive for past ideation", "Safety plan completed"]),
    ("OPD - Paediatric Surgery, KIMS Hubballi. 14/1/25\nBaby of Shwetha Angadi, 5 wk M, UHID 1124558903, ABHA "
     "91-4471-2208-3390. R/o Kalaghatagi, Dharwad dist. Ph 97316 48022.\nProjectile non-bilious vomiting x 1 wk, "
     "olive palpable, USG pyloric muscle 4.5 mm -> IHPS. Hypochloraemic alkalosis - correct before Ramstedt "
     "pyloromyotomy. Father Shivalingappa works at the Tata Marcopolo plant, Dharwad.",
     [("HOSPITAL", ["KIMS"]), ("LOCATION", ["Hubballi"]), ("DATE", ["14/1/25"]), ("NAME", ["Shwetha", "Angadi"]),
      ("MRN", ["1124558903"]), ("ID", ["91-4471-2208-3390"]), ("LOCATION", ["Kalaghatagi"]), ("LOCATION", ["Dharwad"]),
      ("PHONE", ["97316 48022"]), ("NAME", ["Shivalingappa"]), ("LOCATION", ["Tata Marcopolo plant"])],
     ["Projectile non-bilious vomiting", "olive palpable", "pyloric muscle 4.5 mm", "IHPS", "Hypochloraemic alkalosis",
      "Ramstedt pyloromyotomy"]),
    ("ANC booking - General Hospital Ikot Ekpene, 09/09/2024\nName: Mrs Idorenyin Udofia-Essien, 29yrs, G3P1+1. LMP "
     "02/06/2024, EDD 09/03/2025. Address: 7 Ikot Obong Road, Ikot Ekpene, Akwa Ibom State. Phone 0813 557 2904. "
     "Husband Mr Aniekan Essien (teacher, Holy Family College Abak), 0902 118 4476. NHIA no. AKS/0041873/2.\nBP "
     "150/98, proteinuria ++ -> ?pre-eclampsia. Start methyldopa 250 mg tds and aspirin 75 mg. Hb genotype AS.\nSeen "
     "by Dr Ekaette Inyang-Bassey",
     [("HOSPITAL", ["General Hospital Ikot Ekpene"]), ("DATE", ["09/09/2024"]),
      ("NAME", ["Idorenyin", "Udofia-Essien"]), ("DATE", ["02/06/2024"]), ("DATE", ["09/03/2025"]),
      ("ADDRESS", ["7 Ikot Obong Road"]), ("LOCATION", ["Ikot Ekpene"]), ("PHONE", ["0813 557 2904"]),
      ("NAME", ["Aniekan", "Essien"]), ("LOCATION", ["Holy Family College Abak"]), ("PHONE", ["0902 118 4476"]),
      ("ID", ["AKS/0041873/2"]), ("NAME", ["Ekaette", "Inyang-Bassey"])],
     ["G3P1+1", "proteinuria ++", "?pre-eclampsia", "methyldopa 250 mg tds and aspirin 75 mg", "Hb genotype AS"]),
    ("Yarmouth Regional Hospital ED 2024-07-15\n46F Yolande Amirault-Surette, NS health card 4410 228 317. Erythema "
     "migrans 12 cm on R thigh, tick bite while clearing brush at her camp near Pubnico. Lyme disease is endemic "
     "here. No facial droop, no carditis on ECG. Doxycycline 100 mg bid x 14 d. Works at Acadian Seaplants in "
     "Pubnico. Husband Réal 902-742-5581. Home 41 Forest St, Yarmouth NS B5A 1L4.\nDr. M. Thibodeau-Harnish",
     [("HOSPITAL", ["Yarmouth Regional Hospital"]), ("DATE", ["2024-07-15"]), ("NAME", ["Yolande", "Amirault-Surette"]),
      ("ID", ["4410 228 317"]), ("LOCATION", ["Pubnico"]), ("LOCATION", ["Acadian Seaplants"]), ("NAME", ["Réal"]),
      ("PHONE", ["902-742-5581"]), ("ADDRESS", ["41 Forest St"]), ("LOCATION", ["Yarmouth"]), ("POSTCODE", ["B5A 1L4"]),
      ("NAME", ["Thibodeau-Harnish"])],
     ["Erythema migrans 12 cm on R thigh", "Lyme disease is endemic here", "no carditis on ECG",
      "Doxycycline 100 mg bid x 14 d"]),
    ("Transfer letter - Fernhill House Nursing Home, 2 Church Lane, Stow Longa, Huntingdon PE28 0TN. Tel 01480 860 "
     "377\nResident: Mrs Olwen Pettengell, aged 96, DOB 01.02.1928, NHS 413 588 9808. GP Dr Pranab Bhattacharjee, "
     "Kimbolton Surgery.\nIvy was found on the floor at 05:40 by night carer Fungai; unable to weight bear, R leg "
     "shortened and externally rotated. Known Alzheimer's dementia. DNACPR in place (ReSPECT form with her). On "
     "apixaban 2.5 mg bd, last dose 20:00 yesterday; MAR sheet attached. Next of kin: niece Edwina Sillitoe, 07700 "
     "918 442.",
     [("HOSPITAL", ["Fernhill House Nursing Home"]), ("ADDRESS", ["2 Church Lane"]), ("LOCATION", ["Stow Longa"]),
      ("LOCATION", ["Huntingdon"]), ("POSTCODE", ["PE28 0TN"]), ("PHONE", ["01480 860 377"]),
      ("NAME", ["Olwen", "Pettengell"]), ("AGE", ["96"]), ("DOB90", ["01.02.1928", "1928"]), ("ID", ["413 588 9808"]),
      ("NAME", ["Pranab", "Bhattacharjee"]), ("HOSPITAL", ["Kimbolton Surgery"]), ("NAME", ["Fungai"]),
      ("NAME", ["Edwina", "Sillitoe"]), ("PHONE", ["07700 918 442"])],
     ["R leg shortened and externally rotated", "Alzheimer's dementia", "DNACPR in place (ReSPECT form with her)",
      "apixaban 2.5 mg bd"]),
    ("ED 01:55. 24M Oran Mulhearn-Tate, hosp no RWP7718204. Pedestrian struck by a car; driver stopped and police (PC "
     "Sugden, collar 4471) have the reg, YF19 KXP. GCS 14 (E3V5M6), scalp haematoma, vomited x2 -> CT head within 1 "
     "hr per NICE. ?L ankle # - Ottawa ankle rules positive, XR requested. Lives 15 Tenterfield Rise, Ripponden HX6 "
     "4DF. Flatmate Joel (07955 214 880) with him. Works nights at a distribution depot in Brighouse.",
     [("NAME", ["Oran", "Mulhearn-Tate"]), ("MRN", ["RWP7718204"]), ("NAME", ["Sugden"]), ("ID", ["4471"]),
      ("PLATE", ["YF19 KXP"]), ("ADDRESS", ["15 Tenterfield Rise"]), ("LOCATION", ["Ripponden"]),
      ("POSTCODE", ["HX6 4DF"]), ("NAME", ["Joel"]), ("PHONE", ["07955 214 880"]), ("LOCATION", ["Brighouse"])],
     ["GCS 14 (E3V5M6)", "scalp haematoma, vomited x2", "CT head within 1 hr per NICE", "Ottawa ankle rules positive"]),
    ("Cardiology consult - Madison Memorial Hospital, Rexburg\n58M Lavar Hollenbeck, MRN MMH-118204, DOB 02/17/1967, "
     "admitted 8/2/24 after syncope while driving a forklift at Basic American Foods in Blackfoot. Telemetry: 7 s "
     "pause with Mobitz II -> dual-chamber pacemaker 8/4/24 (Boston Scientific Accolade, SN 772204A). Holds an Idaho "
     "enhanced concealed carry license ECW-0418227. Advised no driving x 1 wk. LATITUDE communicator paired from home "
     "IP 73.180.44.219. Wife LaRae, cell 208-555-0134.\n- Moana Kealoha-Pratt, MD",
     [("HOSPITAL", ["Madison Memorial Hospital"]), ("LOCATION", ["Rexburg"]), ("NAME", ["Lavar", "Hollenbeck"]),
      ("MRN", ["MMH-118204"]), ("DATE", ["02/17/1967"]), ("DATE", ["8/2/24"]), ("LOCATION", ["Basic American Foods"]),
      ("LOCATION", ["Blackfoot"]), ("DATE", ["8/4/24"]), ("SERIAL", ["772204A"]), ("LICENCE", ["ECW-0418227"]),
      ("IP", ["73.180.44.219"]), ("NAME", ["LaRae"]), ("PHONE", ["208-555-0134"]),
      ("NAME", ["Moana", "Kealoha-Pratt"])],
     ["7 s pause with Mobitz II", "dual-chamber pacemaker", "Boston Scientific Accolade", "LATITUDE communicator"]),
    ("Phone consult 14/10/24 1130 - Dr Kirsten Vandenberg (Ceduna Family Medical Practice)\nPt Noel Brumby, 63M, DOB "
     "30/06/1961, Medicare 4796 51417 1, DVA file QX41882. Lives at Smoky Bay on the Eyre Peninsula, works an oyster "
     "lease. 3 days of cellulitis L shin after a cut on the racks. Afebrile on partner's thermometer. Photo emailed "
     "from noel.brumby@bigpond.com. Plan: cephalexin 500 mg qid x 5 days, mark the edge with a pen, review Fri or "
     "present to Ceduna Hospital if spreading. Partner Tarni 0429 883 106.",
     [("DATE", ["14/10/24"]), ("NAME", ["Kirsten", "Vandenberg"]), ("HOSPITAL", ["Ceduna Family Medical Practice"]),
      ("NAME", ["Noel", "Brumby"]), ("DATE", ["30/06/1961"]), ("ID", ["4796 51417 1"]), ("ID", ["QX41882"]),
      ("LOCATION", ["Smoky Bay"]), ("LOCATION", ["Eyre Peninsula"]), ("EMAIL", ["noel.brumby@bigpond.com"]),
      ("HOSPITAL", ["Ceduna Hospital"]), ("NAME", ["Tarni"]), ("PHONE", ["0429 883 106"])],
     ["cellulitis L shin", "cephalexin 500 mg qid x 5 days", "mark the edge with a pen"]),
    ("Our Lady of Lourdes Hospital, Drogheda - Neurology discharge letter\nDear Dr Maguire-Tierney,\nYour patient Mr "
     "Ruadhán Ó Colmáin (Rowan Coleman on older records), DOB 23/04/1980, MRN OLOL0073318, PPSN 7368826S, of "
     "Tullyallen, Collon, was admitted 02/09/2024 with ascending weakness after a diarrhoeal illness. NCS confirmed "
     "Guillain-Barré syndrome (AIDP). IVIG 0.4 g/kg x 5 days; FVC nadir 2.1 L, no ICU. Walking with a frame, "
     "discharged 20/09/2024 to rehab in Dundalk. He is a postman out of the Ardee delivery office. Wife Bláthnaid: "
     "087 224 6618.\nDr Fionntán Ó Dubhda, SpR Neurology",
     [("HOSPITAL", ["Our Lady of Lourdes Hospital"]), ("LOCATION", ["Drogheda"]), ("NAME", ["Maguire-Tierney"]),
      ("NAME", ["Ruadhán", "Ó Colmáin"]), ("NAME", ["Rowan", "Coleman"]), ("DATE", ["23/04/1980"]),
      ("MRN", ["OLOL0073318"]), ("ID", ["7368826S"]), ("LOCATION", ["Tullyallen"]), ("LOCATION", ["Collon"]),
      ("DATE", ["02/09/2024"]), ("DATE", ["20/09/2024"]), ("LOCATION", ["Dundalk"]), ("LOCATION", ["Ardee"]),
      ("NAME", ["Bláthnaid"]), ("PHONE", ["087 224 6618"]), ("NAME", ["Fionntán", "Ó Dubhda"])],
     ["ascending weakness after a diarrhoeal illness", "Guillain-Barré syndrome (AIDP)", "IVIG 0.4 g/kg x 5 days",
      "FVC nadir 2.1 L", "Walking with a frame"]),
    ("Montagu Hospital, Internal Medicine - discharge 03/02/2025\nMnr Jacobus (Kobus) Steenkamp-Visagie, 71, hosp no "
     "RH-2281447, ID 5307085061087.\nAddress: Plot 14, Koo, Montagu 6720; post to PO Box 332, McGregor 6708. Tel 023 "
     "626 1180, cell 083 661 2094.\nAdmitted with hyperkalaemia (K 7.1) and AKI on enalapril + spironolactone; peaked "
     "T waves on ECG. Calcium gluconate, insulin-dextrose, Lokelma. Stop spironolactone. Addisonian crisis excluded "
     "(random cortisol 612). Daughter Riana Fourie will fetch him. F/u Dr Wouter Bezuidenhout at Bonnievale Clinic.",
     [("HOSPITAL", ["Montagu Hospital"]), ("DATE", ["03/02/2025"]), ("NAME", ["Jacobus", "Steenkamp-Visagie"]),
      ("NAME", ["Kobus"]), ("MRN", ["RH-2281447"]), ("ID", ["5307085061087"]), ("ADDRESS", ["Plot 14"]),
      ("LOCATION", ["Koo"]), ("LOCATION", ["Montagu"]), ("POSTCODE", ["6720"]), ("ADDRESS", ["PO Box 332"]),
      ("LOCATION", ["McGregor"]), ("POSTCODE", ["6708"]), ("PHONE", ["023 626 1180"]), ("PHONE", ["083 661 2094"]),
      ("NAME", ["Riana", "Fourie"]), ("NAME", ["Wouter", "Bezuidenhout"]), ("HOSPITAL", ["Bonnievale Clinic"])],
     ["hyperkalaemia (K 7.1)", "peaked T waves on ECG", "Calcium gluconate, insulin-dextrose, Lokelma",
      "Stop spironolactone", "Addisonian crisis excluded"]),
    ("Infectious Disease clinic 06/21/2024\nRE: Arlis Tankersley, 61M, MRN 20448193, acct 88100273. Referred by Dr. "
     "Annaliese Brandt (Boxley Valley Family Medicine, Harrison AR). Tick exposure clearing timber near Ponca; fever, "
     "petechial rash on wrists/ankles spreading centrally, plt 88. Rocky Mountain spotted fever most likely - "
     "doxycycline started empirically, R. rickettsii serology sent; ehrlichiosis also considered. He writes a turkey "
     "hunting blog at www.ozarkgobbler.net and holds Arkansas hunting license 5501728836. Wife Wanda 870-555-0191. "
     "Address 4417 Hwy 7 N, Ponca AR 72670.",
     [("DATE", ["06/21/2024"]), ("NAME", ["Arlis", "Tankersley"]), ("MRN", ["20448193"]), ("ID", ["88100273"]),
      ("NAME", ["Annaliese", "Brandt"]), ("HOSPITAL", ["Boxley Valley Family Medicine"]), ("LOCATION", ["Harrison"]),
      ("LOCATION", ["Ponca"]), ("URL", ["www.ozarkgobbler.net"]), ("LICENCE", ["5501728836"]), ("NAME", ["Wanda"]),
      ("PHONE", ["870-555-0191"]), ("ADDRESS", ["4417 Hwy 7 N"]), ("POSTCODE", ["72670"])],
     ["petechial rash on wrists/ankles spreading centrally", "Rocky Mountain spotted fever",
      "doxycycline started empirically", "R. rickettsii serology sent", "ehrlichiosis also considered"]),
    ("Maternity handover 07:00 - Thames Hospital\nRm 3: Ngāwai Ngatai-Whyte, 24, G1P1, NVB at 03:12 today, baby girl "
     "3.46 kg named Ataahua. EBL 450 mL. Breastfeeding well. GBS neg. O neg - anti-D given. LMC midwife Kahurangi "
     "Priddle (021 447 092) will visit at home in Whitianga tomorrow. Partner Tane here. NHI HLN1309, baby NHI "
     "UKE6086. Whānau would like to take the whenua home.",
     [("HOSPITAL", ["Thames Hospital"]), ("NAME", ["Ngāwai", "Ngatai-Whyte"]), ("NAME", ["Ataahua"]),
      ("NAME", ["Kahurangi", "Priddle"]), ("PHONE", ["021 447 092"]), ("LOCATION", ["Whitianga"]), ("NAME", ["Tane"]),
      ("ID", ["HLN1309"]), ("ID", ["UKE6086"])],
     ["G1P1, NVB", "EBL 450 mL", "Breastfeeding well", "O neg - anti-D given", "take the whenua home"]),
    ("CT HEAD WITHOUT CONTRAST\nAccession: RAD-2025-0339182\nPatient: Eudora Pflueger   MRN 60077213   DOB 11/30/1929 "
     "(95 y)\nReferring: Casimir Wenceslao, DO - Schoolcraft Memorial Hospital ED\nHistory: 95F, unwitnessed fall at "
     "Manistique Lakeview Care Center, on apixaban.\nFindings: 9 mm left convexity acute subdural hematoma with 3 mm "
     "midline shift. Chronic small vessel ischemic change. Old right cerebellar infarct.\nImpression: Acute left SDH. "
     "Critical result called to Dr. Wenceslao at 14:22 on 01/07/2025 by Dr. Marit Saarinen, read from home "
     "workstation 192.168.44.17.",
     [("ID", ["RAD-2025-0339182"]), ("NAME", ["Eudora", "Pflueger"]), ("MRN", ["60077213"]),
      ("DOB90", ["11/30/1929", "1929"]), ("AGE", ["95"]), ("NAME", ["Casimir", "Wenceslao"]),
      ("HOSPITAL", ["Schoolcraft Memorial Hospital"]), ("HOSPITAL", ["Manistique Lakeview Care Center"]),
      ("DATE", ["01/07/2025"]), ("NAME", ["Marit", "Saarinen"]), ("IP", ["192.168.44.17"])],
     ["9 mm left convexity acute subdural hematoma", "3 mm midline shift", "Chronic small vessel ischemic change",
      "Old right cerebellar infarct"]),
    ("Dept of Medical Gastroenterology, Tirunelveli Medical College Hospital\nTo Dr. S. Arulmozhi, Arul Clinic, "
     "Sankarankovil.\nRe: Master Karthikeyan Pandiarajan, 14/M, UHID TVL-0420993, s/o Pandiarajan Muthuvel, 4/118 "
     "Pillaiyar Kovil Street, Sivagiri, Tenkasi Dt - 627757. Ph 94432 80517.\nThank you for referring this boy with "
     "jaundice and tremor. KF rings present on slit lamp, serum ceruloplasmin 6 mg/dL, 24-h urine copper 412 mcg. "
     "Diagnosis: Wilson disease with hepatic and neurological involvement. Started D-penicillamine with pyridoxine "
     "and zinc. Siblings to be screened.\nRegards, Dr. Meenakshi Sundaravadivel, Asst Prof.",
     [("HOSPITAL", ["Tirunelveli Medical College Hospital"]), ("NAME", ["Arulmozhi"]), ("HOSPITAL", ["Arul Clinic"]),
      ("LOCATION", ["Sankarankovil"]), ("NAME", ["Karthikeyan", "Pandiarajan"]), ("MRN", ["TVL-0420993"]),
      ("NAME", ["Muthuvel"]), ("ADDRESS", ["4/118 Pillaiyar Kovil Street"]), ("LOCATION", ["Sivagiri"]),
      ("LOCATION", ["Tenkasi"]), ("POSTCODE", ["627757"]), ("PHONE", ["94432 80517"]),
      ("NAME", ["Meenakshi", "Sundaravadivel"])],
     ["KF rings present on slit lamp", "serum ceruloplasmin 6 mg/dL", "24-h urine copper 412 mcg",
      "Wilson disease with hepatic and neurological involvement", "D-penicillamine with pyridoxine and zinc"]),
    ("Crisis line call 08/12/2024 21:40 - Westmorland crisis team\nCaller Fenella Wroughton, 31, NHS 952 890 8403, "
     "from Staveley. Tearful; says she has stockpiled sertraline and co-codamol. Vet nurse at Mintsfeet Veterinary "
     "Practice, her manager Araminta knows she is off sick. Partner away offshore. A friend flagged a post on her "
     "Instagram, fen_wroughton_art. Agreed: partner's mother Lavinia Croasdale (015394 82166) to stay tonight, "
     "tablets handed in to the pharmacy, GP Dr Nwankwo at Staveley Surgery 9am tomorrow. Risk: moderate. Will call "
     "back at 23:00.",
     [("DATE", ["08/12/2024"]), ("LOCATION", ["Westmorland"]), ("NAME", ["Fenella", "Wroughton"]),
      ("ID", ["952 890 8403"]), ("LOCATION", ["Staveley"]), ("LOCATION", ["Mintsfeet Veterinary Practice"]),
      ("NAME", ["Araminta"]), ("HANDLE", ["fen_wroughton_art"]), ("NAME", ["Lavinia", "Croasdale"]),
      ("PHONE", ["015394 82166"]), ("NAME", ["Nwankwo"]), ("HOSPITAL", ["Staveley Surgery"])],
     ["stockpiled sertraline and co-codamol", "Risk: moderate", "Will call back at 23:00"]),
]
