"""Notes 20-39 of the twenty-sixth HELD-OUT set (see :mod:`deid_notes_heldout26` for how it was written and what it
holds).

These 20 notes hold 555 planted identifier parts in 457 (kind, parts) entries and 219 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, an internal medicine frostbite consultation (Yukon); 21, a cholera
treatment centre admission line list (Malawi); 23, a dermatology outpatient ticket (Bangladesh); 25, a haemodialysis run
sheet (Singapore); 26, a transfer center call record (New Mexico); 27, a forensic post-mortem report for a coroner
(Tobago); 28, a community midwife's home birth record (Northumberland); 29, a DR-TB treatment initiation note
(Zimbabwe); 30, a colposcopy report (Belize); 31, an ED referral to ICU for an overseas tourist (Queensland); 32, an
infectious diseases clinic letter (Gozo, Malta); 34, an eye camp cataract surgery list with Bikram Sambat dates (Nepal);
35, an organ donation referral and family approach record (Lincolnshire); 36, a rheumatic heart disease register
enrolment (Vanuatu); 37, a cardiology consult note (Maine); 38, a paediatric concussion clinic assessment (Nova Scotia);
39, an HIV-exposed infant follow-up card (Botswana). In Greek script: 22, an orthopaedic ward nursing shift handover for
a patient aged 94 (Alexandroupoli); 33, a colonoscopy report (Kalamata). In Chinese: 24, an outpatient record with a
communicable disease notification (Hualien, traditional). Entries per kind here: NAME 116, LOCATION 88, DATE 71,
HOSPITAL 40, PHONE 37, ID 33, LICENCE 19, MRN 16, ADDRESS 14, POSTCODE 8, PLATE 4, SERIAL 4, AGE 2, EMAIL 2, HANDLE 1,
IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Canada, Yukon (Whitehorse): frostbite consultation with thrombolysis, dog musher
    ("Yukon Hospitals - Whitehorse General Hospital | Emergency Department / Internal Medicine\n"
     "FROSTBITE CONSULTATION | 2026-02-11 04:30\n"
     "Patient: Marguerite Strand-Kushniruk | 44 F | DOB 1981-07-26 | YHCIP 002-619-537 | MRN WGH-284917\n"
     "Home: Tatchun Creek Kennels, km 12 Mica Lake Road, near Little Salmon Crossing, YT\n"
     "HPI: distance musher, 300-mile race; at ~-41 C with wind she broke through overflow ice at about 19:00 and "
     "ran 5 h with wet mitts to the Scatter Creek checkpoint; hands rewarmed there in warm water by the race medic "
     "(~00:30), driven in by road. No EtOH. Tetanus up to date.\n"
     "Exam: R hand - haemorrhagic blisters digits 2-4 extending to the PIP joints; L hand - digits 3-5 cyanotic to "
     "the DIP joints, cold, no capillary refill after rewarming, no Doppler signal at the L 4th digit tip. Feet "
     "intact (vapour-barrier boots).\n"
     "Imp: deep frostbite both hands, Cauchy grade 3 (L 3-5, R 2-4), < 24 h since rewarming.\n"
     "Discussed with Dr. Benedikt Aalto-Ferreira, burn/plastics, Vancouver General Hospital (604-555-0138): no "
     "Tc-99m bone scan available tonight; iloprost not stocked here (Special Access Programme). Agreed: alteplase "
     "0.15 mg/kg IV bolus then 0.15 mg/kg/h x 6 h (max 100 mg) with heparin; ibuprofen 12 mg/kg/day; aloe vera to "
     "blisters; splint and elevate; bone scan at day 2.\n"
     "Medevac to Vancouver in the morning (Alkan Air C-GYKQ).\n"
     "Husband Teodor Kushniruk (867-555-0171) on his way in; her dogs are with handler Remi Bouchard-Tizya at the "
     "checkpoint.\n"
     "Dr. Rekha Raghunathan-Moss, Internal Medicine | YMC licence 2146",
     [("HOSPITAL", ["Yukon Hospitals"]), ("HOSPITAL", ["Whitehorse General Hospital"]), ("DATE", ["2026-02-11"]),
      ("NAME", ["Marguerite", "Strand-Kushniruk"]), ("DATE", ["1981-07-26"]), ("ID", ["002-619-537"]),
      ("MRN", ["WGH-284917"]), ("LOCATION", ["Tatchun Creek Kennels"]), ("ADDRESS", ["km 12 Mica Lake Road"]),
      ("LOCATION", ["Little Salmon Crossing"]), ("LOCATION", ["Scatter Creek"]),
      ("NAME", ["Benedikt", "Aalto-Ferreira"]), ("HOSPITAL", ["Vancouver General Hospital"]),
      ("PHONE", ["604-555-0138"]), ("LOCATION", ["Vancouver"]), ("LOCATION", ["Alkan Air"]), ("PLATE", ["C-GYKQ"]),
      ("NAME", ["Teodor", "Kushniruk"]), ("PHONE", ["867-555-0171"]), ("NAME", ["Remi", "Bouchard-Tizya"]),
      ("NAME", ["Rekha", "Raghunathan-Moss"]), ("LICENCE", ["2146"])],
     ["haemorrhagic blisters", "Cauchy grade 3", "Tc-99m bone scan", "iloprost", "Special Access Programme",
      "alteplase 0.15 mg/kg IV bolus", "ibuprofen 12 mg/kg/day", "aloe vera", "Doppler signal"]),

    # 21 - Malawi, Lower Shire (Nsanje): cholera treatment centre admission line list
    ("MINISTRY OF HEALTH - MALAWI | NSANJE DISTRICT HOSPITAL\n"
     "CHOLERA TREATMENT CENTRE (tent 2) - ADMISSION LINE LIST, page 3 of 5\n"
     "Reporting date: 14/02/2026 | compiled by CTC clinician on duty\n"
     "No | Name | Age/Sex | Village (GVH) | TA | Onset | Dehydration | Rx | RDT | Outcome\n"
     "41 | Chisomo Phiri-Kandulu | 34/F | Mchacha-Nthole (GVH Mwalija) | Kambalame | 12/02 | Severe | Plan C: RL 6 "
     "L | + | improving\n"
     "42 | Yohane Kandulu | 9/M | Mchacha-Nthole (GVH Mwalija) | Kambalame | 13/02 | Some | Plan B: ORS 750 mL | + "
     "| discharged 14/02\n"
     "43 | Alinafe Mwalija Tembo | 61/F | Bereu-Chipondeni (GVH Sayenda) | Kambalame | 13/02 | Severe, shocked | "
     "Plan C: RL + doxycycline 300 mg stat | + | critical, NGT ORS\n"
     "44 | Mercy Chiwaya | 2/F | Bereu-Chipondeni (GVH Sayenda) | Kambalame | 13/02 | Some | Plan B + zinc 20 mg | "
     "- | stable\n"
     "45 | Pemphero Banda-Nkhoma | 27/M | Mtambo Beach fishing camp | Nyachisale | 14/02 | Severe | Plan C: RL 5 L "
     "+ azithromycin 1 g | + | improving\n"
     "Contacts / guardians: #41 husband and #42 father Kondwani Kandulu 0995 517 208; #43 daughter Tiyamike Tembo "
     "0885 206 913; #44 mother (no phone); #45 wife Tamanda Nkhoma 0993 661 504.\n"
     "Lab: 3 stool samples in Cary-Blair sent to CHSU (Lilongwe) 14/02 - culture pending; earlier isolates this "
     "outbreak Vibrio cholerae O1 Ogawa.\n"
     "WASH: chlorine distributed to Mchacha-Nthole and Bereu-Chipondeni; borehole at Mtambo Beach shallow well "
     "closed by EHO.\n"
     "Clinician in charge: Chimwemwe Gondwe, Clinical Officer | MCM reg. CO-3719\n"
     "DHO informed: Dr. Thokozani Mbewe-Liwonde",
     [("HOSPITAL", ["NSANJE DISTRICT HOSPITAL"]), ("DATE", ["14/02/2026"]), ("NAME", ["Chisomo", "Phiri-Kandulu"]),
      ("LOCATION", ["Mchacha-Nthole"]), ("NAME", ["Mwalija"]), ("LOCATION", ["Kambalame"]), ("DATE", ["12/02"]),
      ("NAME", ["Yohane", "Kandulu"]), ("DATE", ["13/02"]), ("DATE", ["14/02"]), ("NAME", ["Alinafe", "Tembo"]),
      ("LOCATION", ["Bereu-Chipondeni"]), ("NAME", ["Sayenda"]), ("NAME", ["Mercy", "Chiwaya"]),
      ("NAME", ["Pemphero", "Banda-Nkhoma"]), ("LOCATION", ["Mtambo Beach"]), ("LOCATION", ["Nyachisale"]),
      ("NAME", ["Kondwani"]), ("PHONE", ["0995 517 208"]), ("NAME", ["Tiyamike"]), ("PHONE", ["0885 206 913"]),
      ("NAME", ["Tamanda", "Nkhoma"]), ("PHONE", ["0993 661 504"]), ("LOCATION", ["Lilongwe"]),
      ("NAME", ["Chimwemwe", "Gondwe"]), ("LICENCE", ["CO-3719"]), ("NAME", ["Thokozani", "Mbewe-Liwonde"])],
     ["Plan C", "Plan B", "ORS 750 mL", "doxycycline 300 mg stat", "zinc 20 mg", "azithromycin 1 g", "Cary-Blair",
      "Vibrio cholerae O1 Ogawa", "Severe, shocked", "NGT ORS"]),

    # 22 - Greece, Evros (Alexandroupoli): nursing shift handover, hip fracture, patient aged 94 (Greek)
    ("ΠΑΝΕΠΙΣΤΗΜΙΑΚΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΑΛΕΞΑΝΔΡΟΥΠΟΛΗΣ - Ορθοπαιδική Κλινική, 3ος όροφος\n"
     "ΝΟΣΗΛΕΥΤΙΚΗ ΠΑΡΑΔΟΣΗ ΒΑΡΔΙΑΣ (πρωινή → απογευματινή) | 07/03/2026 | Θάλαμος 4, κλίνη 12\n"
     "Ασθενής: Σουλτάνα Καραγιαννίδου του Χαράλαμπου, 94 ετών (γεν. 19/05/1931), ΑΜΚΑ 19053102745, Αρ. Μητρώου "
     "26/04127\n"
     "Κάτοικος Κάτω Δαφνουδίου Έβρου, μένει με την κόρη της. Γεννήθηκε στην Ορεστιάδα.\n"
     "Ιστορικό: πτώση στο σπίτι 05/03 → διατροχαντήριο κάταγμα Α ισχίου. Χειρουργήθηκε χθες (06/03): ενδομυελική "
     "ήλωση (Gamma nail). Άνοια τύπου Alzheimer, ήπια, από το 2019· κολπική μαρμαρυγή σε Eliquis 2,5 mg x2 "
     "(διακοπή 48 ώρες προεγχειρητικά, επανέναρξη αύριο), ΣΔ2 με Trajenta.\n"
     "Κατάσταση τώρα: νυχτερινό παραλήρημα (CAM θετικό), ήρεμη το πρωί με την κόρη της. ΑΠ 108/62, σφ. 88, SpO2 "
     "96% με 2 L. Hb 8,4 → 1 μονάδα συμπυκνωμένων ερυθρών στις 10:30, χωρίς αντίδραση. Πόνος: VAS 4/10, "
     "παρακεταμόλη 1 g x3.\n"
     "Δέρμα: Braden 12, Waterlow 20 → αερόστρωμα, αλλαγή θέσης ανά 2 ώρες, ιερό ακέραιο. Τραύμα στεγνό.\n"
     "Αποβολή: καθετήρας Foley, διούρηση 900 ml/12ωρο. Clexane 40 mg υποδορίως 18:00.\n"
     "Κινητοποίηση: φυσικοθεραπεία αύριο, όρθια με περπατούρα.\n"
     "Οικογένεια: κόρη Ευανθία Μπούρα (κιν. 694 517 2038), εγγονός Στέλιος. Ρωτούν αν θα είναι σπίτι για το Πάσχα· "
     "τον Μάιο κλείνει τα 95.\n"
     "Εφημερεύων ιατρός: Δρ Κωνσταντίνος Παπαθεοδώρου, ειδικευόμενος ορθοπαιδικής, εσωτ. 3562\n"
     "Παραδίδει: Αναστασία Τερζή, ΠΕ Νοσηλεύτρια | Παραλαμβάνει: Δέσποινα Χατζηκυριάκου, ΤΕ Νοσηλεύτρια",
     [("HOSPITAL", ["ΠΑΝΕΠΙΣΤΗΜΙΑΚΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΑΛΕΞΑΝΔΡΟΥΠΟΛΗΣ"]), ("DATE", ["07/03/2026"]),
      ("NAME", ["Σουλτάνα", "Καραγιαννίδου"]), ("NAME", ["Χαράλαμπου"]), ("AGE", ["94 ετών"]),
      ("DATE", ["19/05/1931"]), ("ID", ["19053102745"]), ("MRN", ["26/04127"]),
      ("LOCATION", ["Κάτω Δαφνουδίου Έβρου"]), ("LOCATION", ["Ορεστιάδα"]), ("DATE", ["05/03"]), ("DATE", ["06/03"]),
      ("DATE", ["2019"]), ("NAME", ["Ευανθία", "Μπούρα"]), ("PHONE", ["694 517 2038"]), ("NAME", ["Στέλιος"]),
      ("DATE", ["Πάσχα"]), ("DATE", ["Μάιο"]), ("AGE", ["95"]), ("NAME", ["Κωνσταντίνος", "Παπαθεοδώρου"]),
      ("PHONE", ["3562"]), ("NAME", ["Αναστασία", "Τερζή"]), ("NAME", ["Δέσποινα", "Χατζηκυριάκου"])],
     ["διατροχαντήριο κάταγμα", "Gamma nail", "Άνοια τύπου Alzheimer", "Eliquis 2,5 mg", "Trajenta", "CAM θετικό",
      "Hb 8,4", "Braden 12", "Waterlow 20", "καθετήρας Foley", "Clexane 40 mg", "VAS 4/10"]),

    # 23 - Bangladesh, Dhaka Division (Faridpur): dermatology outpatient ticket, chronic arsenicosis from a tube-well
    ("Faridpur Medical College Hospital - Department of Dermatology & Venereology (OPD Room 112)\n"
     "OUTPATIENT TICKET No. 58174 | Date: 18.01.2026 | Reg. 26-0739\n"
     "Name: Mst. Rahima Khatun | W/O Md. Nurul Islam Sheikh | Age 52 | F\n"
     "Address: Vill. Purba Shibrampur, P.O. Gopalpur Hat, Upazila Bhanga, Dist. Faridpur | Mobile 01819-552746 | "
     "NID 6024318579\n"
     "Complaint: dark spots on body and hard rough palms and soles for 3 years; a non-healing scaly patch on the "
     "left thigh for 6 months.\n"
     "Water history: family has drunk from their own tube-well (marked TW-27, painted red by DPHE; arsenic 0.21 "
     "mg/L, BD standard 0.05 mg/L) for 18 years. Husband and son Sumon have similar palm lesions.\n"
     "O/E: raindrop pigmentation with leukomelanosis over trunk; palmoplantar arsenical keratosis (grade II), "
     "multiple papules; L thigh: 3 x 2.5 cm erythematous scaly plaque with well-defined edge - ?Bowen's disease; "
     "Mees' lines on fingernails. No lymphadenopathy.\n"
     "Dx: Chronic arsenicosis with ?Bowen's disease (SCC in situ).\n"
     "Plan:\n"
     "1. Punch biopsy L thigh (histopath. no. H/26/0318) - report in 7 days.\n"
     "2. Salicylic acid 6% + urea 10% ointment to palms/soles BD; emollient.\n"
     "3. Stop drinking from TW-27 - use the green-marked deep tube-well at Gopalpur Hat Govt. Primary School or "
     "pond sand filter; Upazila DPHE office informed.\n"
     "4. Screen family (husband, son, daughter-in-law Rupa); follow-up 2 weeks.\n"
     "Dr. Tahmina Akter Chowdhury, MBBS, FCPS (Derm) | BMDC Reg. A-52963",
     [("HOSPITAL", ["Faridpur Medical College Hospital"]), ("ID", ["58174"]), ("DATE", ["18.01.2026"]),
      ("MRN", ["26-0739"]), ("NAME", ["Rahima", "Khatun"]), ("NAME", ["Nurul Islam", "Sheikh"]),
      ("LOCATION", ["Purba Shibrampur"]), ("LOCATION", ["Gopalpur Hat"]), ("LOCATION", ["Bhanga"]),
      ("LOCATION", ["Faridpur"]), ("PHONE", ["01819-552746"]), ("ID", ["6024318579"]), ("ID", ["TW-27"]),
      ("NAME", ["Sumon"]), ("ID", ["H/26/0318"]), ("LOCATION", ["Gopalpur Hat Govt. Primary School"]),
      ("NAME", ["Rupa"]), ("NAME", ["Tahmina", "Akter", "Chowdhury"]), ("LICENCE", ["A-52963"])],
     ["raindrop pigmentation", "leukomelanosis", "arsenical keratosis (grade II)", "Bowen's disease", "Mees' lines",
      "Chronic arsenicosis", "arsenic 0.21 mg/L", "0.05 mg/L", "Salicylic acid 6%", "Punch biopsy", "green-marked"]),

    # 24 - Taiwan, Hualien (Guangfu): outpatient record and notification, scrub typhus (traditional)
    ("衛生福利部花蓮醫院 家庭醫學科門診\n"
     "門診病歷暨傳染病通報紀錄\n"
     "就診日期：2025/10/14　病歷號：HL00627395\n"
     "姓名：Panay Kacaw（漢名：陳秀蘭）　性別：女　年齡：52歲　出生日期：1973/06/21\n"
     "身分證字號：U205963182　健保卡號：0000 6274 1953\n"
     "住址：花蓮縣光復鄉沙浪岸部落 12鄰 27號\n"
     "電話：0933-526-174（先生 陳國雄）　LINE ID：panay_0621\n"
     "主訴：發燒7天、頭痛、全身痠痛。\n"
     "病史：10月3日至6日上山到自家箭筍田工作及採野菜，未穿長袖。10/8 開始發燒，最高 39.6 ℃，曾在光復鄉衛生所就醫，"
     "服退燒藥無效。\n"
     "理學檢查：右腋下焦痂（eschar）約 1 cm，周圍紅暈；右腋下淋巴結腫大、壓痛；結膜充血；無皮疹。\n"
     "檢驗：WBC 5.2 x10^3/μL，PLT 86k，AST 142 U/L，ALT 118 U/L，CRP 9.8 mg/dL。Weil-Felix OX-K 1:320。\n"
     "診斷：恙蟲病（Orientia tsutsugamushi 感染）疑似\n"
     "處置：Doxycycline 100 mg BID × 7 天；衛教上山時穿長袖、使用防蚊液；三天後回診。\n"
     "通報：已於 2025/10/14 以法定傳染病（第四類）通報花蓮縣衛生局，通報單號 1141014-0627；採檢送疾管署。\n"
     "女兒在台北市上班，今天由先生陪同就診。\n"
     "醫師：廖育成　醫字第052917號",
     [("HOSPITAL", ["衛生福利部花蓮醫院"]), ("DATE", ["2025/10/14"]), ("MRN", ["HL00627395"]),
      ("NAME", ["Panay", "Kacaw"]), ("NAME", ["陳秀蘭"]), ("DATE", ["1973/06/21"]), ("ID", ["U205963182"]),
      ("ID", ["0000 6274 1953"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["光復鄉"]), ("LOCATION", ["沙浪岸部落"]),
      ("ADDRESS", ["12鄰 27號"]), ("PHONE", ["0933-526-174"]), ("NAME", ["陳國雄"]), ("HANDLE", ["panay_0621"]),
      ("DATE", ["10月3日至6日"]), ("DATE", ["10/8"]), ("HOSPITAL", ["光復鄉衛生所"]), ("ID", ["1141014-0627"]),
      ("LOCATION", ["台北市"]), ("NAME", ["廖育成"]), ("LICENCE", ["醫字第052917號"])],
     ["焦痂（eschar）", "淋巴結腫大", "PLT 86k", "Weil-Felix OX-K 1:320", "恙蟲病", "Orientia tsutsugamushi",
      "Doxycycline 100 mg BID", "CRP 9.8 mg/dL", "法定傳染病（第四類）"]),

    # 25 - Singapore: haemodialysis treatment record, dialysis centre run sheet
    ("NKF Dialysis Centre (Bukit Batok West) | Tel 6567 2094\n"
     "HAEMODIALYSIS TREATMENT RECORD | 17 Sep 2025 (Wed) | Shift 2 | Station 14\n"
     "Machine: Fresenius 5008S, s/n 8AKB305174 | Dialyser: FX80\n"
     "Patient: Mr Tan Kok Wah | 57 M | NRIC S6827104E | DOB 03/04/1968 | Patient ID NKF-BBW-0419\n"
     "Address: Blk 294 Bukit Batok West Ave 6 #11-273, Singapore 650294 | HP 9681 2043\n"
     "NOK: daughter Tan Hui Min, 8127 4063 (works at Jurong Point, comes on Saturdays)\n"
     "Primary renal dx: diabetic nephropathy. HD since Feb 2021. Renal transplant wait-listed at Singapore General "
     "Hospital since Mar 2023.\n"
     "Access: L radiocephalic AVF (Brescia-Cimino), thrill +, bruit +; 16G needles, rope-ladder.\n"
     "Prescription: 4 h, Qb 300, Qd 500, UF goal 3.2 kg, dry weight 61.5 kg, heparin 2000 u bolus + 500 u/h.\n"
     "Pre: wt 64.8 kg, BP 168/92, HR 84, T 36.7.\n"
     "Intradialytic: at 2 h 45 min BP 88/50 with cramps - UF paused, NS 200 mL, Trendelenburg; BP 112/64 after 15 "
     "min; UF goal reduced to 2.6 kg.\n"
     "Post: wt 62.3 kg, BP 132/78. Needle sites haemostasis 10 min.\n"
     "Monthly bloods (12/09): Kt/V 1.32, URR 69%, Hb 9.6, K 5.8, PO4 2.1, Ca 2.2, iPTH 64 pmol/L, albumin 34.\n"
     "Meds: Mircera 100 mcg monthly; Venofer 100 mg weekly; Renvela 800 mg TDS with meals; Mimpara 30 mg ON.\n"
     "Run data exported to https://ehd.nkf-dialysis.sg/pt/BBW0419/run/250917-2.\n"
     "Issues: intra-dialytic hypotension x3 this month - review dry weight; diet counselling for K and PO4 "
     "(dietitian next week).\n"
     "SN Nur Aisyah Binte Rahmat (RN, SNB R52904J) | Nephrologist: Dr. Vikram Sundaresan, Tan Tock Seng Hospital "
     "(MCR M16372C)",
     [("HOSPITAL", ["NKF Dialysis Centre (Bukit Batok West)"]), ("PHONE", ["6567 2094"]), ("DATE", ["17 Sep 2025"]),
      ("SERIAL", ["8AKB305174"]), ("NAME", ["Tan", "Kok Wah"]), ("ID", ["S6827104E"]), ("DATE", ["03/04/1968"]),
      ("MRN", ["NKF-BBW-0419"]), ("ADDRESS", ["Blk 294 Bukit Batok West Ave 6 #11-273"]), ("POSTCODE", ["650294"]),
      ("PHONE", ["9681 2043"]), ("NAME", ["Tan", "Hui Min"]), ("PHONE", ["8127 4063"]),
      ("LOCATION", ["Jurong Point"]), ("DATE", ["Feb 2021"]), ("HOSPITAL", ["Singapore General Hospital"]),
      ("DATE", ["Mar 2023"]), ("URL", ["https://ehd.nkf-dialysis.sg/pt/BBW0419/run/250917-2"]), ("DATE", ["12/09"]),
      ("NAME", ["Nur Aisyah", "Binte Rahmat"]), ("LICENCE", ["R52904J"]), ("NAME", ["Vikram", "Sundaresan"]),
      ("HOSPITAL", ["Tan Tock Seng Hospital"]), ("LICENCE", ["M16372C"])],
     ["Fresenius 5008S", "heparin 2000 u bolus", "Brescia-Cimino", "Trendelenburg", "Kt/V 1.32", "URR 69%",
      "iPTH 64 pmol/L", "Mircera 100 mcg", "Venofer 100 mg", "Renvela 800 mg TDS", "Mimpara 30 mg",
      "intra-dialytic hypotension"]),

    # 26 - USA, New Mexico (McKinley County): transfer center call record, hantavirus syndrome for ECMO
    ("University of New Mexico Hospital - Transfer Center | CALL RECORD # TC-25-06-2817\n"
     "Date/time: 06/08/2025 02:14 MT | Call taken by: Kiah Wauneka-Ortiz, RN (ext 7-2290)\n"
     "Referring facility: Gallup Indian Medical Center (GIMC), Gallup NM - Dr. Renata Begay-Lindqvist, ED "
     "physician, callback 505-555-0119; telemedicine cart on IP 172.16.48.203\n"
     "Patient: Darnell Nez-Tsinajinnie | 27 M | DOB 11/02/1997 | GIMC chart 7031-46 | Navajo Nation census # 306519\n"
     "Home: Whirlwind Mesa Chapter, ~12 mi north of Red Willow Springs. Works as a ranch hand for the Yellowhorse "
     "family's sheep operation.\n"
     "Story: 2 wks ago (~05/24) cleaned out a closed-up storage hogan full of mouse droppings without a mask. 4 "
     "days fever, myalgias, headache, vomiting; tonight rapidly worsening SOB.\n"
     "At GIMC: SpO2 78% on NRB 15 L, RR 36, HR 128, BP 86/52 on norepinephrine 8 mcg/min. Not yet intubated.\n"
     "Labs: WBC 18.2 with left shift, plt 62K, Hct 54% (hemoconcentration), >10% immunoblasts on smear - Koster's "
     "five-point screen 4/5; lactate 4.8; albumin 2.4. CXR: bilateral interstitial edema, no effusions earlier, "
     "now bilateral effusions.\n"
     "Impression: presumptive hantavirus cardiopulmonary syndrome (Sin Nombre virus), cardiopulmonary phase.\n"
     "Accepted by: MICU attending Dr. Jorge Valdespino-Reyes; ECMO team activated - VA-ECMO cannulation on arrival "
     "if cardiogenic shock progresses. Advice for transport: avoid fluid boluses, intubate only if needed before "
     "flight.\n"
     "Transport: UNM Lifeguard fixed wing N917LG, ETA 03:40 at Sunport; ground crew to UNMH.\n"
     "NM Department of Health Epidemiology on-call notified (505-555-0144); Hantavirus serology (IgM) sent with "
     "patient.\n"
     "Mother Lorena Nez (505-555-0163) driving to Albuquerque.",
     [("HOSPITAL", ["University of New Mexico Hospital"]), ("ID", ["TC-25-06-2817"]), ("DATE", ["06/08/2025"]),
      ("NAME", ["Kiah", "Wauneka-Ortiz"]), ("PHONE", ["7-2290"]), ("HOSPITAL", ["Gallup Indian Medical Center"]),
      ("HOSPITAL", ["GIMC"]), ("LOCATION", ["Gallup"]), ("NAME", ["Renata", "Begay-Lindqvist"]),
      ("PHONE", ["505-555-0119"]), ("IP", ["172.16.48.203"]), ("NAME", ["Darnell", "Nez-Tsinajinnie"]),
      ("DATE", ["11/02/1997"]), ("MRN", ["7031-46"]), ("ID", ["306519"]), ("LOCATION", ["Whirlwind Mesa Chapter"]),
      ("LOCATION", ["Red Willow Springs"]), ("NAME", ["Yellowhorse"]), ("DATE", ["05/24"]),
      ("NAME", ["Jorge", "Valdespino-Reyes"]), ("PLATE", ["N917LG"]), ("LOCATION", ["Sunport"]),
      ("HOSPITAL", ["UNMH"]), ("PHONE", ["505-555-0144"]), ("NAME", ["Lorena", "Nez"]), ("PHONE", ["505-555-0163"]),
      ("LOCATION", ["Albuquerque"])],
     ["SpO2 78% on NRB 15 L", "norepinephrine 8 mcg/min", "plt 62K", "Hct 54%", "immunoblasts",
      "Koster's five-point screen 4/5", "hantavirus cardiopulmonary syndrome", "Sin Nombre virus", "VA-ECMO",
      "Hantavirus serology (IgM)"]),

    # 27 - Trinidad and Tobago (Tobago): post-mortem report for the coroner, drowning
    ("TOBAGO REGIONAL HEALTH AUTHORITY - Scarborough General Hospital, Department of Pathology (Forensic)\n"
     "POST-MORTEM EXAMINATION REPORT | PM No. FS/T/25/062\n"
     "Coroner's Order dated 30th August 2025, Her Worship Magistrate Natalie Roopnarine-Alleyne (Coroner), "
     "Scarborough Magistrates' Court\n"
     "Deceased: Jabari Nathaniel Cudjoe | 31 y | M | NIS No. 7295163\n"
     "Last address: Lower Anse Gardé Village, Tobago\n"
     "Identified to me by his brother Marlon Cudjoe, in the presence of PC Rondell Baptiste, Reg. No. 19736, "
     "Roxborough Police Station.\n"
     "History (from police): fisherman; left Anse Gardé landing alone in the pirogue \"Mama Dee\" (reg. "
     "TOB-3162-F) before dawn on 27/08/2025; boat found drifting; body recovered by the Coast Guard off Pigeon "
     "Rock on 29/08/2025.\n"
     "Date and time of examination: 01/09/2025, 09:00, hospital mortuary.\n"
     "External: well-nourished adult male, 172 cm. Early decomposition. Washerwoman's hands and feet (wrinkling of "
     "palms and soles). Fine white froth at nostrils and mouth (champignon de mousse). Post-mortem marine animal "
     "predation of ears and nose. Abrasion 3 cm over L forehead, no underlying fracture.\n"
     "Internal: lungs heavy (R 880 g, L 790 g), voluminous, overlapping the heart - emphysema aquosum; Paltauf's "
     "spots on the pleural surfaces. Fluid in the sphenoid sinus (Svechnikov's sign). Stomach: fluid in three "
     "layers (Wydler's sign). No natural disease of significance; coronary arteries normal.\n"
     "Toxicology: blood alcohol 182 mg/100 mL; cannabinoids detected in urine.\n"
     "Diatom test: diatoms present in femoral bone marrow, consistent with the water sample from the recovery site.\n"
     "Cause of death: I(a) Drowning.\n"
     "Comment: alcohol intoxication may have contributed. Manner of death for the Coroner.\n"
     "Dr. Anjali Maharaj-Teelucksingh, MBBS, DM (Anat. Path.) | Medical Board of T&T Reg. 4392 | 02/09/2025",
     [("HOSPITAL", ["Scarborough General Hospital"]), ("ID", ["FS/T/25/062"]), ("DATE", ["30th August 2025"]),
      ("NAME", ["Natalie", "Roopnarine-Alleyne"]), ("LOCATION", ["Scarborough Magistrates' Court"]),
      ("NAME", ["Jabari", "Nathaniel", "Cudjoe"]), ("ID", ["7295163"]), ("LOCATION", ["Lower Anse Gardé Village"]),
      ("NAME", ["Marlon", "Cudjoe"]), ("NAME", ["Rondell", "Baptiste"]), ("ID", ["19736"]),
      ("LOCATION", ["Roxborough Police Station"]), ("LOCATION", ["Anse Gardé"]), ("PLATE", ["TOB-3162-F"]),
      ("DATE", ["27/08/2025"]), ("LOCATION", ["Pigeon Rock"]), ("DATE", ["29/08/2025"]), ("DATE", ["01/09/2025"]),
      ("NAME", ["Anjali", "Maharaj-Teelucksingh"]), ("LICENCE", ["4392"]), ("DATE", ["02/09/2025"])],
     ["Washerwoman's hands", "champignon de mousse", "emphysema aquosum", "Paltauf's spots", "Svechnikov's sign",
      "Wydler's sign", "blood alcohol 182 mg/100 mL", "I(a) Drowning", "Diatom test", "sphenoid sinus"]),

    # 28 - England, Northumberland (Redesdale): community midwife's planned home birth record
    ("Northumbria Healthcare NHS Foundation Trust - Community Midwifery, Hexham Team\n"
     "HOME BIRTH RECORD (midwife's contemporaneous notes) | 24/05/2026\n"
     "Mother: Mrs Rowan Heslop | DOB 21/12/1993 | NHS No. 471 082 9365 | Hosp No. NHF0615327 | G2 P1, 40+3\n"
     "Address: Blackcleugh Farm, Redesdale, Northumberland NE19 1XQ (grid ref on file, 4 miles of farm track)\n"
     "Partner: Joss Heslop (mob 07700 900 632). Older son Alfie (3) at his grandmother's in Ravenscleugh Cottages.\n"
     "Booking: low risk, GBS negative, Hb 118 at 28/40. Planned home birth, pool.\n"
     "02:10 SROM, clear liquor; irregular tightenings. 03:40 phoned - 1st midwife arrived 04:25: 5 cm, cephalic, "
     "FHR 136, contracting 3:10.\n"
     "05:52 fully dilated, urge to push; 2nd midwife Briony Armstrong-Tait arrived 05:55.\n"
     "06:14 spontaneous vaginal birth in the pool, live girl, 3.71 kg. Apgars 9 at 1 min, 10 at 5 min. "
     "Skin-to-skin.\n"
     "Physiological third stage - placenta and membranes complete 06:41; EBL 350 mL.\n"
     "Perineum: 2nd degree tear - sutured at 07:20 with Vicryl Rapide 2-0 under lidocaine 1% 10 mL; PR check "
     "normal.\n"
     "Analgesia: Entonox only.\n"
     "Baby: named Isla Hope; vitamin K (Konakion MM) 1 mg IM with parental consent; first breastfeed 06:50; passed "
     "urine. NIPE to be done by GP/midwife within 72 h.\n"
     "Mother: BP 118/74, P 78, fundus well contracted, lochia normal, passed urine 08:05.\n"
     "Left 09:30; advised to phone Hexham General Hospital maternity (01434 655 318) or 999 if concerned. "
     "Postnatal visit tomorrow by Gemma.\n"
     "Gemma Robson-Lowes, Registered Midwife | NMC PIN 09I4127E",
     [("HOSPITAL", ["Northumbria Healthcare NHS Foundation Trust"]), ("LOCATION", ["Hexham Team"]),
      ("DATE", ["24/05/2026"]), ("NAME", ["Rowan", "Heslop"]), ("DATE", ["21/12/1993"]), ("ID", ["471 082 9365"]),
      ("MRN", ["NHF0615327"]), ("ADDRESS", ["Blackcleugh Farm"]), ("LOCATION", ["Redesdale"]),
      ("LOCATION", ["Northumberland"]), ("POSTCODE", ["NE19 1XQ"]), ("NAME", ["Joss", "Heslop"]),
      ("PHONE", ["07700 900 632"]), ("NAME", ["Alfie"]), ("LOCATION", ["Ravenscleugh Cottages"]),
      ("NAME", ["Briony", "Armstrong-Tait"]), ("NAME", ["Isla", "Hope"]), ("HOSPITAL", ["Hexham General Hospital"]),
      ("PHONE", ["01434 655 318"]), ("NAME", ["Gemma"]), ("NAME", ["Robson-Lowes"]), ("LICENCE", ["09I4127E"])],
     ["G2 P1, 40+3", "GBS negative", "28/40", "SROM, clear liquor", "contracting 3:10",
      "Apgars 9 at 1 min, 10 at 5 min", "Physiological third stage", "2nd degree tear", "Vicryl Rapide 2-0",
      "Entonox", "Konakion MM", "NIPE"]),

    # 29 - Zimbabwe (Harare): DR-TB unit treatment initiation note, rifampicin-resistant TB in a gold panner with HIV
    ("MINISTRY OF HEALTH AND CHILD CARE - ZIMBABWE\n"
     "Beatrice Road Infectious Diseases Hospital, Harare - DR-TB Unit\n"
     "DR-TB TREATMENT INITIATION NOTE | 09/12/2025\n"
     "Patient: Tafadzwa Blessing Chikwanha | 36 M | National ID 63-2184706 N 42 | DR-TB Reg. No. DRTB/HRE/25/071 | "
     "Cell +263 77 555 6194\n"
     "Address: House No. 27, Section 4, Glen View 3, Harare\n"
     "Work: artisanal gold panner, Nyamakate Gold Syndicate claim near Shamva (underground shafts, dusty, no "
     "masks).\n"
     "History: DS-TB in the past, treated at Mabvuku Polyclinic, completed. Now 2 months cough, haemoptysis x2, "
     "weight loss 7 kg, night sweats.\n"
     "Investigations: Xpert MTB/XDR - MTB detected, RIF resistance detected, INH resistance detected (katG), FQ "
     "resistance not detected, low-level ETH not detected. LPA and culture/DST sent to NMRL. CXR: R upper lobe "
     "cavity, silicotic nodules.\n"
     "HIV positive on TLD since diagnosis, CD4 214, VL < 50 copies/mL.\n"
     "Baseline: ECG QTcF 428 ms; Hb 11.2 g/dL; ALT 31; creatinine 82; K 4.0; visual acuity 6/6 both eyes; Ishihara "
     "14/14 plates; BPNS grade 0; PHQ-9 6.\n"
     "Regimen (26 weeks): BPaLM - bedaquiline 400 mg daily x 2 weeks then 200 mg three times a week; pretomanid "
     "200 mg daily; linezolid 600 mg daily; moxifloxacin 400 mg daily. Pyridoxine 50 mg. Continue TLD (no dose "
     "change).\n"
     "Monitoring: ECG at weeks 2, 4, 8, 12, 24; FBC monthly (linezolid); visual acuity and colour vision monthly.\n"
     "Household contacts: wife Ruvimbo Chikwanha; children Tanaka (7) and Nyasha (4) - screened today, "
     "symptom-free; levofloxacin TPT per guidelines.\n"
     "DOT supporter: VHW Mai Chipo Marufu (cell +263 71 555 0382).\n"
     "Dr. Farai Munyaradzi Dube-Sibanda, Medical Officer | MDPCZ Reg. No. 5293",
     [("HOSPITAL", ["Beatrice Road Infectious Diseases Hospital"]), ("LOCATION", ["Harare"]),
      ("DATE", ["09/12/2025"]), ("NAME", ["Tafadzwa", "Blessing", "Chikwanha"]), ("ID", ["63-2184706 N 42"]),
      ("MRN", ["DRTB/HRE/25/071"]), ("PHONE", ["+263 77 555 6194"]), ("ADDRESS", ["House No. 27, Section 4"]),
      ("LOCATION", ["Glen View 3"]), ("LOCATION", ["Nyamakate Gold Syndicate"]), ("LOCATION", ["Shamva"]),
      ("HOSPITAL", ["Mabvuku Polyclinic"]), ("NAME", ["Ruvimbo", "Chikwanha"]), ("NAME", ["Tanaka"]),
      ("NAME", ["Nyasha"]), ("NAME", ["Chipo", "Marufu"]), ("PHONE", ["+263 71 555 0382"]),
      ("NAME", ["Farai", "Munyaradzi", "Dube-Sibanda"]), ("LICENCE", ["5293"])],
     ["Xpert MTB/XDR", "katG", "QTcF 428 ms", "visual acuity 6/6", "Ishihara 14/14", "BPNS grade 0", "BPaLM",
      "bedaquiline 400 mg daily", "pretomanid 200 mg", "linezolid 600 mg", "moxifloxacin 400 mg", "VL < 50 copies/mL"]),

    # 30 - Belize (Cayo / Belize City): colposcopy clinic report with see-and-treat LLETZ
    ("Karl Heusner Memorial Hospital Authority - Women's Health Unit, Colposcopy Clinic\n"
     "Princess Margaret Drive, Belize City | tel 223-1764\n"
     "COLPOSCOPY REPORT | 03 Mar 2026\n"
     "Patient: Ms. Dalila Coc-Chiac | 33 | DOB 14-Feb-1992 | SSB No. 000627419 | Hosp. No. KHMH-26-05391\n"
     "Address: San Isidro Chiquibul village, Cayo District | cell 623-5817\n"
     "Referred by: Nurse Marleny Guerra, San Ignacio Community Hospital (mobile screening clinic).\n"
     "History: VIA positive at the mobile clinic on 12 Jan 2026; HPV 16 positive (GeneXpert HPV). G4P4, youngest "
     "14 months, still breastfeeding. Contraception: Depo-Provera, last dose 06/02/2026. Non-smoker. No previous "
     "screening.\n"
     "Colposcopy: adequate; SCJ fully visible; transformation zone type 2. After 5% acetic acid: dense, rapidly "
     "appearing acetowhite epithelium on the anterior lip from 11 to 1 o'clock with sharp border, coarse mosaic "
     "and coarse punctation. Lugol's iodine: mustard-yellow (iodine negative) area corresponding. Swede score 7. "
     "No atypical vessels.\n"
     "Impression: high-grade lesion, CIN 2+ suspected.\n"
     "Procedure (see and treat, consent signed, husband present): LLETZ under local (lidocaine 2% with adrenaline, "
     "intracervical), single pass loop 20 x 10 mm; haemostasis with rollerball and Monsel's paste. Specimen to "
     "pathology, Histology No. H26-0571.\n"
     "Advice: no intercourse or tampons 4 weeks; return if heavy bleeding or fever. Results clinic in 6 weeks; HPV "
     "co-test at 6 months.\n"
     "Husband: Santiago Chiac (same cell).\n"
     "Dr. Imani Castillo-Tillett, Obstetrician-Gynaecologist | Belize Medical and Dental Council Reg. No. 4185",
     [("HOSPITAL", ["Karl Heusner Memorial Hospital"]), ("ADDRESS", ["Princess Margaret Drive"]),
      ("LOCATION", ["Belize City"]), ("PHONE", ["223-1764"]), ("DATE", ["03 Mar 2026"]),
      ("NAME", ["Dalila", "Coc-Chiac"]), ("DATE", ["14-Feb-1992"]), ("ID", ["000627419"]),
      ("MRN", ["KHMH-26-05391"]), ("LOCATION", ["San Isidro Chiquibul"]), ("LOCATION", ["Cayo District"]),
      ("PHONE", ["623-5817"]), ("NAME", ["Marleny", "Guerra"]), ("HOSPITAL", ["San Ignacio Community Hospital"]),
      ("DATE", ["12 Jan 2026"]), ("DATE", ["06/02/2026"]), ("ID", ["H26-0571"]), ("NAME", ["Santiago", "Chiac"]),
      ("NAME", ["Imani", "Castillo-Tillett"]), ("LICENCE", ["4185"])],
     ["VIA positive", "HPV 16 positive", "G4P4", "Depo-Provera", "transformation zone type 2",
      "acetowhite epithelium", "Lugol's iodine", "Swede score 7", "CIN 2+", "LLETZ", "Monsel's paste",
      "11 to 1 o'clock"]),

    # 31 - Australia, Queensland (Cairns): ED referral to ICU, Irukandji syndrome in a tourist
    ("Cairns and Hinterland Hospital and Health Service - Cairns Hospital, Emergency Department\n"
     "ED REFERRAL TO ICU | 22/12/2025 15:05 | URN 1067352\n"
     "Patient: Ms Annika Brückner | 26 F | DOB 30/07/1999 | German passport C7HX2R4KP | Travel insurance: "
     "HanseReise policy HR-7729-51046\n"
     "Home: Kastanienallee 14, 79102 Freiburg, Germany. In Cairns: Reef Fig Hostel, room 9.\n"
     "HPI: snorkelling from the dive boat MV Coral Drifter (Reefsong Dive Co.) at Ribbon Bommie on the outer reef; "
     "felt a mild sting R forearm at ~11:30. 30 min later severe low back pain, abdominal cramps, sweating, "
     "nausea, \"feeling of doom\". Crew applied vinegar, radioed; QAS met the boat at the marina.\n"
     "Obs: HR 128, BP 198/112, RR 26, SpO2 93% RA, T 37.1. Bibasal crackles. Sting site barely visible.\n"
     "ED Rx: fentanyl 350 mcg IV total, magnesium sulfate 10 mmol IV then infusion, GTN infusion up to 100 "
     "mcg/min, ondansetron 4 mg.\n"
     "Ix: troponin I 2,480 ng/L (rising); ECG sinus tachycardia, lateral TWI; bedside echo LVEF ~35% with global "
     "hypokinesis; CXR pulmonary oedema.\n"
     "Impression: Irukandji syndrome (Carukia barnesi likely) complicated by catecholamine-induced cardiomyopathy "
     "(Takotsubo-like) and pulmonary oedema.\n"
     "Request: ICU admission for HFNP (Airvo 2), GTN titration, serial troponin and formal echo; cardiology aware.\n"
     "Partner Jonas Albrecht (+49 151 5550 4718, jonas.albrecht@posteo.de) at bedside; Consulate not needed yet.\n"
     "Dr Toby Waddington-Ng, ED Registrar | AHPRA MED0002741955 | pager 4471",
     [("HOSPITAL", ["Cairns and Hinterland Hospital and Health Service"]), ("HOSPITAL", ["Cairns Hospital"]),
      ("DATE", ["22/12/2025"]), ("MRN", ["1067352"]), ("NAME", ["Annika", "Brückner"]), ("DATE", ["30/07/1999"]),
      ("ID", ["C7HX2R4KP"]), ("ID", ["HR-7729-51046"]), ("ADDRESS", ["Kastanienallee 14"]), ("POSTCODE", ["79102"]),
      ("LOCATION", ["Freiburg"]), ("LOCATION", ["Cairns"]), ("LOCATION", ["Reef Fig Hostel"]),
      ("LOCATION", ["MV Coral Drifter"]), ("LOCATION", ["Reefsong Dive Co."]), ("LOCATION", ["Ribbon Bommie"]),
      ("NAME", ["Jonas", "Albrecht"]), ("PHONE", ["+49 151 5550 4718"]), ("EMAIL", ["jonas.albrecht@posteo.de"]),
      ("NAME", ["Toby", "Waddington-Ng"]), ("LICENCE", ["MED0002741955"]), ("PHONE", ["4471"])],
     ["vinegar", "fentanyl 350 mcg", "magnesium sulfate 10 mmol", "GTN infusion", "troponin I 2,480 ng/L",
      "LVEF ~35%", "Irukandji syndrome", "Carukia barnesi", "Takotsubo-like", "Airvo 2", "SpO2 93% RA"]),

    # 32 - Malta (Gozo): infectious diseases outpatient letter to the family doctor, brucellosis from raw-milk cheese
    ("Mater Dei Hospital - Infectious Diseases Unit, Outpatients Department\n"
     "Triq Dun Karm, Msida MSD 2418 | tel 2545 6130\n"
     "11 November 2025\n"
     "Dr Joanna Xuereb-Camilleri\n"
     "Family Doctor, Triq il-Knisja Clinic, Ħal Mirsien, Gozo\n"
     "Dear Dr Xuereb-Camilleri,\n"
     "Re: Mr Salvu Mifsud-Attard, DOB 04.07.1961, ID card 27461G, Hospital No. MDH 4093715\n"
     "Thank you for referring Salvu, a 64-year-old shepherd who keeps 40 sheep and goats at his farm in Ħal "
     "Mirsien and makes ġbejniet from their raw milk, which he sells at the Saturday market in Victoria.\n"
     "He has had 6 weeks of undulant fever with drenching night sweats, left buttock pain that wakes him at night, "
     "and 6 kg weight loss.\n"
     "Investigations: Rose Bengal test positive; serum agglutination test (SAT) 1:640; blood cultures (BacT/ALERT) "
     "flagged at day 5 - Brucella melitensis (the lab was alerted in advance for biosafety). MRI pelvis: left "
     "sacroiliitis with a small periarticular collection. LFTs mildly raised (ALT 62).\n"
     "Diagnosis: Malta fever (brucellosis) with left sacroiliitis.\n"
     "Treatment: doxycycline 100 mg bd plus rifampicin 600 mg od for 12 weeks (because of the sacroiliitis), with "
     "gentamicin 5 mg/kg daily for the first 7 days given as a day case here. Please repeat LFTs at 2 and 6 weeks.\n"
     "Public health: notified to the Infectious Disease Prevention and Control Unit; the Veterinary Regulation "
     "Directorate will test his flock (holding GZ-0517) and the cheese. His wife Rita and son Karmenu also eat the "
     "cheese and have been sent for serology.\n"
     "I will see him again on 9 December.\n"
     "Yours sincerely,\n"
     "Dr Kurt Spiteri-Farrugia, Consultant Infectious Diseases Physician | Medical Council Reg. No. 3916\n"
     "cc: Mr S. Mifsud-Attard",
     [("HOSPITAL", ["Mater Dei Hospital"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["Msida"]),
      ("POSTCODE", ["MSD 2418"]), ("PHONE", ["2545 6130"]), ("DATE", ["11 November 2025"]),
      ("NAME", ["Joanna", "Xuereb-Camilleri"]), ("HOSPITAL", ["Triq il-Knisja Clinic"]),
      ("LOCATION", ["Ħal Mirsien"]), ("LOCATION", ["Gozo"]), ("NAME", ["Salvu", "Mifsud-Attard"]),
      ("DATE", ["04.07.1961"]), ("ID", ["27461G"]), ("MRN", ["MDH 4093715"]), ("LOCATION", ["Victoria"]),
      ("ID", ["GZ-0517"]), ("NAME", ["Rita"]), ("NAME", ["Karmenu"]), ("DATE", ["9 December"]),
      ("NAME", ["Kurt", "Spiteri-Farrugia"]), ("LICENCE", ["3916"])],
     ["undulant fever", "Rose Bengal test positive", "serum agglutination test (SAT) 1:640", "BacT/ALERT",
      "Brucella melitensis", "left sacroiliitis", "Malta fever", "doxycycline 100 mg bd", "rifampicin 600 mg od",
      "gentamicin 5 mg/kg", "ġbejniet"]),

    # 33 - Greece, Messinia (Kalamata): colonoscopy report after a positive screening FIT (Greek)
    ("Γενικό Νοσοκομείο Μεσσηνίας - Νοσηλευτική Μονάδα Καλαμάτας\n"
     "Γαστρεντερολογικό Τμήμα, Ενδοσκοπικό Εργαστήριο | τηλ. 27213 63 528\n"
     "ΕΚΘΕΣΗ ΚΟΛΟΝΟΣΚΟΠΗΣΗΣ | 22 Ιανουαρίου 2026 | Αρ. εξέτασης ΕΝΔ-26-0073\n"
     "Ασθενής: Γεώργιος Κουτσογιαννόπουλος του Δημητρίου, 61 ετών, γεν. 14/08/1964, ΑΜΚΑ 14086412971\n"
     "Διεύθυνση: Ναυαρίνου 140, 24100 Καλαμάτα. Καταγωγή από το Άνω Ριζοχώρι Μάνης. Συνταξιούχος λιμενικός.\n"
     "Παραπομπή: πρόγραμμα προληπτικού ελέγχου «Προλαμβάνω» - FIT θετικό (Δεκέμβριος). Παραπέμπων: Δρ Ιωάννα "
     "Σαρρή, Κέντρο Υγείας Κυπαρισσίας.\n"
     "Προετοιμασία: Moviprep σε διαιρεμένη δόση. Boston Bowel Preparation Scale 7 (2-2-3).\n"
     "Ενδοσκόπιο: Olympus CF-HQ190L, αρ. σειράς 2750146. Καταστολή: προποφόλη 140 mg (αναισθησιολόγος Δρ Νικόλαος "
     "Μπαλτάς).\n"
     "Ευρήματα:\n"
     "- Πλήρης έλεγχος έως το τυφλό (ειλεοτυφλική βαλβίδα και στόμιο σκωληκοειδούς φωτογραφήθηκαν). Χρόνος "
     "απόσυρσης 9 λεπτά.\n"
     "- Σιγμοειδές (30 cm): άμισχος πολύποδας 18 mm, Paris 0-Is, NICE type 2 - αφαιρέθηκε en bloc με EMR (έγχυση "
     "Eleview), σύγκλειση με 2 clips Resolution.\n"
     "- Εγκάρσιο: 2 πολύποδες 4-5 mm, αφαίρεση με cold snare.\n"
     "- Εκκολπώματα σιγμοειδούς. Εσωτερικές αιμορροΐδες 2ου βαθμού.\n"
     "Συμπέρασμα: 3 πολύποδες αφαιρέθηκαν, ιστολογική σε 10 ημέρες. Επανέλεγχος σύμφωνα με τις οδηγίες ESGE 2020 "
     "μετά το αποτέλεσμα.\n"
     "Συνοδός: ο γιος του Άγγελος, κιν. 697 552 1804.\n"
     "Ενδοσκόπος: Δρ Παρασκευή Λαμπροπούλου-Ζαφειροπούλου, Γαστρεντερολόγος | ΙΣ Μεσσηνίας ΑΜ 1527\n"
     "Νοσηλεύτρια: Χρυσούλα Γιαννακέα",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Μεσσηνίας"]), ("HOSPITAL", ["Νοσηλευτική Μονάδα Καλαμάτας"]),
      ("PHONE", ["27213 63 528"]), ("DATE", ["22 Ιανουαρίου 2026"]), ("ID", ["ΕΝΔ-26-0073"]),
      ("NAME", ["Γεώργιος", "Κουτσογιαννόπουλος"]), ("NAME", ["Δημητρίου"]), ("DATE", ["14/08/1964"]),
      ("ID", ["14086412971"]), ("ADDRESS", ["Ναυαρίνου 140"]), ("POSTCODE", ["24100"]), ("LOCATION", ["Καλαμάτα"]),
      ("LOCATION", ["Άνω Ριζοχώρι Μάνης"]), ("DATE", ["Δεκέμβριος"]), ("NAME", ["Ιωάννα", "Σαρρή"]),
      ("HOSPITAL", ["Κέντρο Υγείας Κυπαρισσίας"]), ("SERIAL", ["2750146"]), ("NAME", ["Νικόλαος", "Μπαλτάς"]),
      ("NAME", ["Άγγελος"]), ("PHONE", ["697 552 1804"]), ("NAME", ["Παρασκευή", "Λαμπροπούλου-Ζαφειροπούλου"]),
      ("LICENCE", ["1527"]), ("NAME", ["Χρυσούλα", "Γιαννακέα"])],
     ["FIT θετικό", "Moviprep", "Boston Bowel Preparation Scale 7 (2-2-3)", "Olympus CF-HQ190L", "Paris 0-Is",
      "NICE type 2", "EMR", "Eleview", "cold snare", "ESGE 2020", "Χρόνος απόσυρσης 9 λεπτά"]),

    # 34 - Nepal, Karnali Province (Surkhet): outreach microsurgical eye camp cataract surgery list with day-1 review
    ("OUTREACH MICROSURGICAL EYE CAMP - CATARACT SURGERY LIST\n"
     "Organised by Karnali Netra Sewa Samiti with Bheri Eye Hospital, Nepalgunj\n"
     "Venue: Shree Janajyoti Secondary School, Chhapre Danda, Surkhet | Camp dates: 2082 Poush 12-14 (27-29 Dec "
     "2025)\n"
     "Surgeon: Dr. Sushila Thapa-Magar, MD (Ophth) | NMC Reg. No. 14176 | OT: 2 tables, Aurolab IOLs\n"
     "Reg | Name | Age/Sex | Address (Ward) | Eye | Pre-op VA | Surgery | IOL | Day-1 VA | Remarks\n"
     "C-031 | Dhan Bahadur Rokaya | 67/M | Chaukhutte-5 | RE | HM | SICS + PCIOL | +21.5 D | 6/18 | mild corneal "
     "oedema\n"
     "C-032 | Kali Devi B.K. | 58/F | Chaukhutte-3 | LE | CF 1 m | SICS + PCIOL | +22.0 D | 6/12 | -\n"
     "C-033 | Man Maya Budha | 72/F | Lekhgaun-7 | RE | PL+ | SICS + ACIOL | +18.0 D | 6/36 | pseudoexfoliation, "
     "posterior capsule rupture, anterior vitrectomy\n"
     "C-034 | Jit Bahadur Shahi | 63/M | Lekhgaun-2 | LE | 6/60 | SICS + PCIOL | +21.0 D | 6/9 | -\n"
     "C-035 | Tulasa Kumari Bohara | 55/F | Jumla road, Kalikot side | RE | CF 2 m | SICS + PCIOL | +23.0 D | 6/12 "
     "| diabetic, RBS 212\n"
     "Post-op for all: moxifloxacin-dexamethasone eye drops 6 times a day tapering over 6 weeks, dark glasses, no "
     "bending or lifting; review at 1 week (Surkhet follow-up clinic) and 6 weeks for refraction.\n"
     "Patient C-033: counselled by the surgeon; IOP 24 mmHg day 1 - acetazolamide 250 mg BD x 3 days; daughter "
     "Sita Budha (98485 26071) to bring her to Nepalgunj on 2082 Poush 21.\n"
     "Camp coordinator: Mr. Gopal Raj Khadka, 98580 41736",
     [("LOCATION", ["Karnali Netra Sewa Samiti"]), ("HOSPITAL", ["Bheri Eye Hospital"]), ("LOCATION", ["Nepalgunj"]),
      ("LOCATION", ["Shree Janajyoti Secondary School"]), ("LOCATION", ["Chhapre Danda"]), ("LOCATION", ["Surkhet"]),
      ("DATE", ["2082 Poush 12-14"]), ("DATE", ["27-29 Dec 2025"]), ("NAME", ["Sushila", "Thapa-Magar"]),
      ("LICENCE", ["14176"]), ("NAME", ["Dhan Bahadur", "Rokaya"]), ("LOCATION", ["Chaukhutte-5"]),
      ("NAME", ["Kali Devi", "B.K."]), ("LOCATION", ["Chaukhutte-3"]), ("NAME", ["Man Maya", "Budha"]),
      ("LOCATION", ["Lekhgaun-7"]), ("NAME", ["Jit Bahadur", "Shahi"]), ("LOCATION", ["Lekhgaun-2"]),
      ("NAME", ["Tulasa Kumari", "Bohara"]), ("LOCATION", ["Kalikot"]), ("NAME", ["Sita", "Budha"]),
      ("PHONE", ["98485 26071"]), ("DATE", ["2082 Poush 21"]), ("NAME", ["Gopal Raj", "Khadka"]),
      ("PHONE", ["98580 41736"])],
     ["SICS + PCIOL", "+21.5 D", "6/18", "CF 1 m", "pseudoexfoliation", "posterior capsule rupture",
      "anterior vitrectomy", "moxifloxacin-dexamethasone eye drops", "IOP 24 mmHg", "acetazolamide 250 mg BD",
      "Aurolab IOLs"]),

    # 35 - England, Lincolnshire (Boston): organ donation referral and family approach record
    ("NHS Blood and Transplant - Organ Donation Services, Midlands Team\n"
     "SN-OD REFERRAL AND FAMILY APPROACH RECORD | Referral No. ODR-26-73915\n"
     "Date: Sat 14 March 2026 | Unit: ICU, Pilgrim Hospital, Boston (United Lincolnshire Teaching Hospitals)\n"
     "Patient: Mr Dale Frusher | 44 M | DOB 02/11/1981 | NHS No. 534 906 2182 | Hosp No. PHB2287301\n"
     "Address: 6 Fen Reeve Cottages, Northlands Tofts, near Boston PE22 8QT. HGV mechanic at Witham Haulage.\n"
     "Event: motorcycle RTC 12/03 at 22:40 on Langrick Fen Road; police incident ref. LP-0412-12032026. GCS 3/15 "
     "at scene; CT: diffuse SAH, bilateral SDH, effacement of basal cisterns; coning 13/03 with Cushing reflex.\n"
     "Brainstem death testing: 1st set 14/03 10:20 (Dr Oluwaseun Adeyemi-Pratt, Consultant Intensivist) and 2nd "
     "set 14:05 (Dr Agata Szczepanska, Consultant Anaesthetist) - pupils fixed, corneal, oculovestibular, cough "
     "and gag absent; apnoea test PaCO2 rise from 6.1 to 6.9 kPa with pH 7.28, no respiratory effort. Death "
     "confirmed 14/03/2026 10:58 (completion of 1st set).\n"
     "Physiology: diabetes insipidus (UO 600 mL/h, Na 154) - vasopressin 2.4 units/h and DDAVP 4 mcg; "
     "noradrenaline weaned off; T3 not given.\n"
     "ODR: registered opt-in decision (ODR ID 7790-3162-48) - Max and Keira's Law (Organ Donation (Deemed Consent) "
     "Act 2019) applies but he had expressed a decision.\n"
     "Family approach 15:30 with Dr Adeyemi-Pratt: wife Kerry Frusher (next of kin), mother Pauline Frusher and "
     "his brother. Supported by the hospital chaplain (St Botolph's). Family support donation of heart, lungs, "
     "liver, kidneys, pancreas; declined tissue (corneas).\n"
     "Coroner: HM Coroner for Lincolnshire - coroner's officer agreed, no restriction.\n"
     "NORS teams: cardiothoracic and abdominal teams mobilised; theatre at 23:00.\n"
     "Hollie Marfleet, Specialist Nurse - Organ Donation | NMC PIN 11J2618E | mob 07700 900 845",
     [("DATE", ["Sat 14 March 2026"]), ("HOSPITAL", ["Pilgrim Hospital"]), ("LOCATION", ["Boston"]),
      ("HOSPITAL", ["United Lincolnshire Teaching Hospitals"]), ("NAME", ["Dale", "Frusher"]),
      ("DATE", ["02/11/1981"]), ("ID", ["534 906 2182"]), ("MRN", ["PHB2287301"]),
      ("ADDRESS", ["6 Fen Reeve Cottages"]), ("LOCATION", ["Northlands Tofts"]), ("POSTCODE", ["PE22 8QT"]),
      ("LOCATION", ["Witham Haulage"]), ("DATE", ["12/03"]), ("LOCATION", ["Langrick Fen Road"]),
      ("ID", ["LP-0412-12032026"]), ("DATE", ["13/03"]), ("DATE", ["14/03"]),
      ("NAME", ["Oluwaseun", "Adeyemi-Pratt"]), ("NAME", ["Agata", "Szczepanska"]), ("DATE", ["14/03/2026"]),
      ("ID", ["7790-3162-48"]), ("NAME", ["Kerry", "Frusher"]), ("NAME", ["Pauline", "Frusher"]),
      ("LOCATION", ["St Botolph's"]), ("LOCATION", ["Lincolnshire"]), ("NAME", ["Hollie", "Marfleet"]),
      ("LICENCE", ["11J2618E"]), ("PHONE", ["07700 900 845"])],
     ["GCS 3/15", "Cushing reflex", "oculovestibular", "apnoea test", "PaCO2 rise from 6.1 to 6.9 kPa",
      "diabetes insipidus", "vasopressin 2.4 units/h", "DDAVP 4 mcg", "Max and Keira's Law",
      "Organ Donation (Deemed Consent) Act 2019", "NORS"]),

    # 36 - Vanuatu (Espiritu Santo): rheumatic heart disease register enrolment and secondary prophylaxis record
    ("MINISTRY OF HEALTH - REPUBLIC OF VANUATU | Northern Provincial Hospital, Luganville - Paediatric Outpatients\n"
     "RHEUMATIC HEART DISEASE REGISTER: ENROLMENT & SECONDARY PROPHYLAXIS | Register No. SAN-RHD-0412\n"
     "Date: 27/08/2025\n"
     "Patient: Nerida Tarimaewia Kalo | 13 F | DOB 05/04/2012 | Hosp. No. NPH-061739\n"
     "Village: Tavuvu, West Coast Santo (2 h by truck + boat). School: Nambauk Primary School, Year 7.\n"
     "Mother/guardian: Annie Kalo, mobile 771 5306. Chief: Jimmy Tarisesei (messages via the Tavuvu health post).\n"
     "History: sore joints and fever 2 years ago, treated here for acute rheumatic fever, lost to follow-up, no "
     "prophylaxis since. Now SOB climbing to the garden, palpitations. No chorea.\n"
     "Exam: wt 34 kg, HR 104, BP 100/60, SpO2 98%. Pansystolic murmur grade 3/6 at apex radiating to axilla. No "
     "oedema, liver not palpable.\n"
     "Echo (handheld, GE Vscan Air s/n VA-2716053, by Dr Kalmet): moderate mitral regurgitation (jet 2.2 cm, "
     "pansystolic), thickened anterior mitral leaflet with restricted posterior leaflet motion; aortic valve "
     "normal; LV mildly dilated, function normal. WHF 2023 criteria: definite RHD, stage B.\n"
     "ASO titre 400 IU/mL (taken for the register).\n"
     "Plan:\n"
     "1. Benzathine penicillin G (Bicillin L-A) 1,200,000 units IM every 28 days - 1st dose given today L thigh "
     "with lidocaine (no reaction). Next due 24/09/2025; the Tavuvu health post nurse to give it locally and phone "
     "the register.\n"
     "2. Dental check (Luganville dental clinic); no amoxicillin allergy.\n"
     "3. Refer to the visiting cardiac team at Vila Central Hospital, Port Vila in November.\n"
     "4. School letter - may do light sport.\n"
     "RHD nurse: Priscilla Vatu-Lengkon | Paediatrician: Dr. Jean-Baptiste Tari-Kalmet | phone 36 195",
     [("HOSPITAL", ["Northern Provincial Hospital"]), ("LOCATION", ["Luganville"]), ("ID", ["SAN-RHD-0412"]),
      ("DATE", ["27/08/2025"]), ("NAME", ["Nerida", "Tarimaewia", "Kalo"]), ("DATE", ["05/04/2012"]),
      ("MRN", ["NPH-061739"]), ("LOCATION", ["Tavuvu"]), ("LOCATION", ["Nambauk Primary School"]),
      ("NAME", ["Annie", "Kalo"]), ("PHONE", ["771 5306"]), ("NAME", ["Jimmy", "Tarisesei"]),
      ("SERIAL", ["VA-2716053"]), ("NAME", ["Kalmet"]), ("DATE", ["24/09/2025"]),
      ("HOSPITAL", ["Vila Central Hospital"]), ("LOCATION", ["Port Vila"]), ("DATE", ["November"]),
      ("NAME", ["Priscilla", "Vatu-Lengkon"]), ("NAME", ["Jean-Baptiste", "Tari-Kalmet"]), ("PHONE", ["36 195"])],
     ["acute rheumatic fever", "Pansystolic murmur grade 3/6", "GE Vscan Air", "moderate mitral regurgitation",
      "anterior mitral leaflet", "WHF 2023 criteria", "ASO titre 400 IU/mL", "Benzathine penicillin G",
      "Bicillin L-A", "1,200,000 units IM every 28 days"]),

    # 37 - USA, Maine (Penobscot Bay): cardiology consult note, Lyme carditis with complete heart block in a lobsterman
    ("MaineHealth Maine Medical Center - Portland, ME | Cardiology Consult Note\n"
     "Date: 07/29/2025 | Requested by: Dr. Sigrid Oakes-Brewer (Hospitalist) | transferred from Pen Bay Medical "
     "Center 07/28\n"
     "Patient: Wendell Pettegrow | 52 M | DOB 12/11/1972 | MRN MMC-0631852 | Anthem ID YRK8841207593\n"
     "Address: 14 Tibbetts Harbor Rd, Outer Fox Island, ME 04863\n"
     "Occupation: commercial lobsterman (F/V Hannah & Jolene, reg. ME 5127 BK; Class II lobster license #61043).\n"
     "HPI: 2 weeks of fatigue and headache; expanding \"target\" rash L flank ~3 weeks ago after clearing brush at "
     "his camp on Holbrook Pond; near-syncope while hauling traps on 07/27; came across on the ferry. EMS: "
     "2nd-degree AV block Mobitz I (Wenckebach); in ED intermittent complete heart block with ventricular escape "
     "~38/min.\n"
     "Exam: erythema migrans 12 cm annular L flank, fading; HR 42-70; BP 128/70; no murmur; no meningism; no "
     "facial palsy.\n"
     "ECG: PR 380 ms when conducting, alternating with 3rd-degree AV block.\n"
     "Lab: Lyme C6 ELISA positive; IgM Western blot 3/3 bands, IgG 4/10 bands. Troponin 0.03. Echo EF 55%.\n"
     "SILC score 6 (high risk of Lyme carditis).\n"
     "Assessment: Lyme carditis (Borrelia burgdorferi) with high-grade AV block - expected to be reversible.\n"
     "Recommendations:\n"
     "1. Ceftriaxone 2 g IV daily; switch to doxycycline 100 mg BID when PR < 300 ms, for 21 days total.\n"
     "2. Temporary transvenous pacing wire placed via R IJ 07/29 (Medtronic 5388 external pacemaker, s/n "
     "PNK603194), backup rate 50. Avoid permanent pacemaker unless block persists.\n"
     "3. Telemetry; daily ECG.\n"
     "Wife Jolene Pettegrow (207-555-0181) at bedside; daughter Hannah will take the boat out.\n"
     "Thuy-Anh Delacroix-Moody, MD, Cardiology | ME lic. MD19572 | NPI 1396205746",
     [("HOSPITAL", ["MaineHealth Maine Medical Center"]), ("LOCATION", ["Portland"]), ("DATE", ["07/29/2025"]),
      ("HOSPITAL", ["Pen Bay Medical Center"]), ("DATE", ["07/28"]), ("NAME", ["Sigrid", "Oakes-Brewer"]),
      ("NAME", ["Wendell", "Pettegrow"]), ("DATE", ["12/11/1972"]), ("MRN", ["MMC-0631852"]),
      ("ID", ["YRK8841207593"]), ("ADDRESS", ["14 Tibbetts Harbor Rd"]), ("LOCATION", ["Outer Fox Island"]),
      ("POSTCODE", ["04863"]), ("NAME", ["Hannah", "Jolene"]), ("PLATE", ["ME 5127 BK"]), ("LICENCE", ["61043"]),
      ("LOCATION", ["Holbrook Pond"]), ("DATE", ["07/27"]), ("DATE", ["07/29"]), ("SERIAL", ["PNK603194"]),
      ("NAME", ["Jolene", "Pettegrow"]), ("PHONE", ["207-555-0181"]), ("NAME", ["Hannah"]),
      ("NAME", ["Thuy-Anh", "Delacroix-Moody"]), ("LICENCE", ["MD19572"]), ("ID", ["1396205746"])],
     ["Mobitz I (Wenckebach)", "complete heart block", "erythema migrans", "PR 380 ms", "Lyme C6 ELISA positive",
      "IgM Western blot 3/3 bands", "SILC score 6", "Lyme carditis", "Borrelia burgdorferi",
      "Ceftriaxone 2 g IV daily", "doxycycline 100 mg BID", "Medtronic 5388"]),

    # 38 - Canada, Nova Scotia (Halifax): paediatric concussion clinic assessment, minor hockey injury
    ("IWK Health - Pediatric Concussion Clinic, 5850/5980 University Ave, Halifax NS\n"
     "CONCUSSION CLINIC ASSESSMENT | 2025-11-18 | visit 1\n"
     "Patient: Liam Boutilier-Chiasson | 15 M | DOB 2010-06-04 | MSI 0072 918 463 | IWK MRN 3719-2046\n"
     "Address: 88 Ridgecrest Lane, Fundy Mills NS B0P 1K4 | School: Fundy Shore Regional High School (Grade 10)\n"
     "Team: Valley Tidal Bores U16 AA (defence); coach Darren Fougere removed him from play.\n"
     "Injury: 2025-11-02, away game at the Tidewater Community Arena - checked from behind into the boards, head "
     "struck glass; LOC ~20 s, retrograde amnesia for the shift. Seen that night at Valley Regional Hospital ED, "
     "CT head not done (PECARN low risk apart from LOC - observed 4 h).\n"
     "Since: daily headaches, light sensitivity, trouble reading in class, sleeping 11 h, irritable. Missed 6 "
     "school days.\n"
     "SCAT6: 14/22 symptoms, symptom severity 38/132. Orientation normal. Immediate memory 19/30, delayed recall "
     "4/10. mBESS 9 errors. VOMS: provoked headache and dizziness with convergence (NPC 9 cm) and horizontal VOR.\n"
     "Buffalo Concussion Treadmill Test: symptom exacerbation at HR 152 bpm (min 9) - prescribe "
     "sub-symptom-threshold aerobic exercise at 80% = HR 122 bpm, 20 min daily (stationary bike).\n"
     "Plan: Return to Learn stage 3 (half days, reduced screen load, extra time on tests - school letter to Ms. "
     "Carla Nickerson, guidance); Return to Sport stage 1; vestibular/oculomotor physiotherapy with Kristen Hatt, "
     "PT; acetaminophen max 3 days/week; review in 2 weeks.\n"
     "Mother: Nadine Chiasson, 902-555-0176, nadine.chiasson@eastlink.ca\n"
     "Dr. Aleksandra Wojcik-MacLean, Pediatric Sport Medicine | CPSNS licence 017492",
     [("HOSPITAL", ["IWK Health"]), ("ADDRESS", ["5850/5980 University Ave"]), ("LOCATION", ["Halifax"]),
      ("DATE", ["2025-11-18"]), ("NAME", ["Liam", "Boutilier-Chiasson"]), ("DATE", ["2010-06-04"]),
      ("ID", ["0072 918 463"]), ("MRN", ["3719-2046"]), ("ADDRESS", ["88 Ridgecrest Lane"]),
      ("LOCATION", ["Fundy Mills"]), ("POSTCODE", ["B0P 1K4"]), ("LOCATION", ["Fundy Shore Regional High School"]),
      ("LOCATION", ["Valley Tidal Bores U16 AA"]), ("NAME", ["Darren", "Fougere"]), ("DATE", ["2025-11-02"]),
      ("LOCATION", ["Tidewater Community Arena"]), ("HOSPITAL", ["Valley Regional Hospital"]),
      ("NAME", ["Carla", "Nickerson"]), ("NAME", ["Kristen", "Hatt"]), ("NAME", ["Nadine", "Chiasson"]),
      ("PHONE", ["902-555-0176"]), ("EMAIL", ["nadine.chiasson@eastlink.ca"]),
      ("NAME", ["Aleksandra", "Wojcik-MacLean"]), ("LICENCE", ["017492"])],
     ["PECARN", "SCAT6", "14/22 symptoms", "38/132", "delayed recall 4/10", "mBESS 9 errors", "VOMS", "NPC 9 cm",
      "Buffalo Concussion Treadmill Test", "HR 152 bpm", "Return to Learn stage 3", "Return to Sport stage 1"]),

    # 39 - Botswana, Central District (Serowe): infant HIV exposure follow-up (early infant diagnosis) card at 8 weeks
    ("REPUBLIC OF BOTSWANA - MINISTRY OF HEALTH\n"
     "Sekgoma Memorial Hospital, Serowe - Child Welfare / PMTCT Clinic\n"
     "HIV-EXPOSED INFANT FOLLOW-UP (EID) | Date: 19/01/2026 | Infant No. SMH-EID-0593\n"
     "Infant: Kagiso Mothibi | M | DOB 22/11/2025 (8 weeks) | birth weight 2.9 kg, born here, SVD\n"
     "Mother: Lesego Mothibi | 29 | Omang 906523417 | Plot 2718, Ward Tshwenyego, Serowe | cell 71 552 604\n"
     "Father: Kabelo Nkwe (works at the Morupule-East coal siding; cell 72 608 315). Family also stays at the "
     "Matlhakola lands in the ploughing season.\n"
     "Maternal: on TLD since ANC booking at Tshwenyego Clinic (Aug 2025); VL at 36 weeks < 40 copies/mL; "
     "breastfeeding exclusively.\n"
     "Infant history: birth POC HIV PCR negative (m-PIMA); NVP prophylaxis 6 weeks completed (weight-band dosing), "
     "no missed doses per mother's card.\n"
     "Today: wt 5.1 kg (WAZ 0), length 56 cm, HC 38 cm. Active, feeding well, no thrush, no rash, no "
     "lymphadenopathy. Development: social smile +.\n"
     "Immunisations today (Road to Health booklet): Penta 1, OPV 1, PCV13 1, Rota 1. BCG scar present.\n"
     "Plan: HIV DNA PCR (DBS) at 8 weeks sent to the Serowe lab; cotrimoxazole 120 mg daily started; continue "
     "exclusive breastfeeding to 6 months; results in 2 weeks - mother to be phoned; next visit 16/02/2026 (Penta "
     "2).\n"
     "Nurse: Gaone Motswagole, RN/Midwife | NMCB Reg. 2719 | Clinic tel 463 0958",
     [("HOSPITAL", ["Sekgoma Memorial Hospital"]), ("LOCATION", ["Serowe"]), ("DATE", ["19/01/2026"]),
      ("MRN", ["SMH-EID-0593"]), ("NAME", ["Kagiso", "Mothibi"]), ("DATE", ["22/11/2025"]),
      ("NAME", ["Lesego", "Mothibi"]), ("ID", ["906523417"]), ("ADDRESS", ["Plot 2718"]),
      ("LOCATION", ["Ward Tshwenyego"]), ("PHONE", ["71 552 604"]), ("NAME", ["Kabelo", "Nkwe"]),
      ("LOCATION", ["Morupule-East coal siding"]), ("PHONE", ["72 608 315"]), ("LOCATION", ["Matlhakola lands"]),
      ("HOSPITAL", ["Tshwenyego Clinic"]), ("DATE", ["Aug 2025"]), ("DATE", ["16/02/2026"]),
      ("NAME", ["Gaone", "Motswagole"]), ("LICENCE", ["2719"]), ("PHONE", ["463 0958"])],
     ["TLD", "VL at 36 weeks < 40 copies/mL", "POC HIV PCR negative (m-PIMA)", "NVP prophylaxis 6 weeks", "WAZ 0",
      "Road to Health", "PCV13", "BCG scar present", "HIV DNA PCR (DBS)", "cotrimoxazole 120 mg daily", "Penta 2"]),
]
