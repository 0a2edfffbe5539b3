"""Notes 20-39 of the twenty-first HELD-OUT set (see :mod:`deid_notes_heldout21` for how it was written and what it
holds).

These 20 notes hold 539 planted identifier parts in 476 (kind, parts) entries and 139 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a patient safety incident report (Lincolnshire); 22, a federal
black lung benefits examination form (West Virginia); 23, bed head ticket entries (Anuradhapura); 24, an infectious
diseases clinic letter (Gozo); 25, a home health wound care visit for a patient aged 96 (Maine); 28, an ACC45 injury
claim form (West Coast, New Zealand); 29, a Medex clinical record (Guyana); 31, a medical certificate of cause of death
(Botswana); 32, a patient-portal message thread (Haida Gwaii); 33, a memory clinic letter (Gwynedd); 34, an antenatal
booking record (Tonga); 35, an upper GI endoscopy report (North Yorkshire); 37, a community clinic nursing record with
an airlift request (Eleuthera); 39, a dictated plastic surgery consultation (Yukon). In Greek script: 26, a health
centre referral note to paediatrics (Lesvos); 36, a statutory disease notification form (Ilia, notified from Patras). In
Chinese: 21, an admission nursing assessment and nursing record (Hualien, traditional); 30, a county hospital transfer
record (Sichuan, simplified); 38, a geriatric discharge summary for a patient aged 92 (Hong Kong, traditional). In
Dutch: 27, a discharge letter to the GP (Friesland). Entries per kind here: LOCATION 97, DATE 91, NAME 89, HOSPITAL 44,
ID 32, PHONE 27, ADDRESS 20, POSTCODE 18, LICENCE 17, MRN 15, PLATE 8, EMAIL 5, AGE 4, URL 3, HANDLE 2, IP 2, SERIAL 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - England, Lincolnshire (East Lindsey): patient safety incident report, wrong blood in tube near miss
    ("United Lincolnshire Hospitals NHS Trust - PATIENT SAFETY INCIDENT REPORT (LFPSE)\n"
     "Ref: W418273 | https://datixweb.ulh.nhs.uk/index.php?action=incident&recordid=418273\n"
     "Reported: 02/03/2026 14:20 by Transfusion Laboratory, Pilgrim Hospital, Sibsey Road, Boston PE21 9QS (ext 3418)\n"
     "Incident: 01/03/2026 about 23:15 | Location: A&E Majors, Pilgrim Hospital\n"
     "Category: Wrong blood in tube (WBIT) - near miss, no harm.\n"
     "Description: a Group and save sample labelled for Mr Terence Oglesby-Vickers (DOB 12/08/1948, NHS 455 018 2733, "
     "Hosp No. P0418273), 77, of New York, Lincs, admitted with melaena and Hb 71 g/L, grouped as A RhD positive. His "
     "historical group on LIMS (elective hernia repair in 2019) is O RhD positive. A second sample taken by a "
     "different member of staff grouped O RhD positive. The first sample had been drawn from the patient in the next "
     "cubicle, Mrs Mavis Clixby (DOB 30/05/1951, from Ingoldmells), and labelled away from the bedside with a "
     "pre-printed addressograph label printed at workstation AE-PC-14 (IP 10.118.4.27). The two-sample rule stopped an "
     "ABO-incompatible transfusion. He received 2 units of O RhD positive red cells after a correct crossmatch.\n"
     "Immediate actions: both patients re-bled; no transfusion given on the first sample. Patient told by Dr Faisal "
     "Hussain-Riley, A&E registrar. Reported to SHOT and MHRA SABRE (report 73915).\n"
     "Learning: label at the bedside only, positive patient ID against the wristband - BSH guideline.\n"
     "Reporter: Julia Stennett-Fox, Transfusion Practitioner, julia.stennett-fox@ulh.nhs.uk",
     [("HOSPITAL", ["United Lincolnshire Hospitals NHS Trust"]), ("ID", ["W418273"]),
      ("URL", ["https://datixweb.ulh.nhs.uk/index.php?action=incident&recordid=418273"]), ("DATE", ["02/03/2026"]),
      ("HOSPITAL", ["Pilgrim Hospital"]), ("ADDRESS", ["Sibsey Road"]), ("LOCATION", ["Boston"]),
      ("POSTCODE", ["PE21 9QS"]), ("PHONE", ["3418"]), ("DATE", ["01/03/2026"]),
      ("NAME", ["Terence", "Oglesby-Vickers"]), ("DATE", ["12/08/1948"]), ("ID", ["455 018 2733"]),
      ("MRN", ["P0418273"]), ("LOCATION", ["New York"]), ("LOCATION", ["Lincs"]), ("NAME", ["Mavis", "Clixby"]),
      ("DATE", ["30/05/1951"]), ("LOCATION", ["Ingoldmells"]), ("IP", ["10.118.4.27"]),
      ("NAME", ["Faisal", "Hussain-Riley"]), ("ID", ["73915"]), ("NAME", ["Julia", "Stennett-Fox"]),
      ("EMAIL", ["julia.stennett-fox@ulh.nhs.uk"])],
     ["Wrong blood in tube (WBIT)", "Group and save", "melaena", "Hb 71 g/L", "A RhD", "O RhD positive",
      "two-sample rule", "ABO-incompatible"]),

    # 21 - Taiwan, Hualien County: admission nursing assessment and nursing record, scrub typhus (traditional)
    ("臺灣基督教門諾會醫療財團法人門諾醫院　內科病房7B\n"
     "入院護理評估暨護理紀錄\n"
     "日期：2025年6月12日　病歷號：MN-0735182　床號：7B-12\n"
     "姓名：潘麗娟（阿美族名 Panay）　性別：女　年齡：46歲　出生日期：1979年3月5日\n"
     "身分證字號：U269503715　健保卡號：0000 7315 2694\n"
     "住址：花蓮縣光復鄉大馬村建國路一段18號\n"
     "職業：瑞穗鄉鶴岡文旦果園採收工\n"
     "聯絡人：女兒 林思妤　手機 0928-555-418　LINE ID：siyu_panay41\n"
     "主訴：發燒7天，畏寒、頭痛、全身痠痛。\n"
     "評估：T 39.4℃，P 112次/分，R 22次/分，BP 98/60 mmHg。右腋下焦痂（eschar）約0.8 cm，周圍紅暈；軀幹斑丘疹。GOT 186 U/L，血小板 "
     "68×10³/μL。病人表示6月初在果園除草時未穿長袖長褲。\n"
     "醫囑：Doxycycline 100 mg PO BID；疑似恙蟲病（Orientia tsutsugamushi），已完成第四類傳染病通報並採檢送驗。\n"
     "護理問題：1. 體溫過高　2. 舒適改變：疼痛（疼痛指數 6/10）\n"
     "護理措施：每4小時監測體溫，溫水拭浴，鼓勵攝取水分；依醫囑給藥並觀察腸胃不適；衛教返回果園工作時著長袖衣褲、使用防蚊液。\n"
     "護理師：張雅婷（護理師證書 護字第058316號）",
     [("HOSPITAL", ["臺灣基督教門諾會醫療財團法人門諾醫院"]), ("DATE", ["2025年6月12日"]), ("MRN", ["MN-0735182"]), ("NAME", ["潘麗娟"]),
      ("NAME", ["Panay"]), ("DATE", ["1979年3月5日"]), ("ID", ["U269503715"]), ("ID", ["0000 7315 2694"]),
      ("LOCATION", ["花蓮縣"]), ("LOCATION", ["光復鄉"]), ("LOCATION", ["大馬村"]), ("ADDRESS", ["建國路一段18號"]),
      ("LOCATION", ["瑞穗鄉"]), ("LOCATION", ["鶴岡文旦果園"]), ("NAME", ["林思妤"]), ("PHONE", ["0928-555-418"]),
      ("HANDLE", ["siyu_panay41"]), ("DATE", ["6月初"]), ("NAME", ["張雅婷"]), ("LICENCE", ["護字第058316號"])],
     ["焦痂（eschar）", "GOT 186 U/L", "血小板 68×10³/μL", "Doxycycline 100 mg PO BID", "恙蟲病（Orientia tsutsugamushi）",
      "疼痛指數 6/10"]),

    # 22 - USA, West Virginia (McDowell County): federal black lung benefits examination form
    ("U.S. DEPARTMENT OF LABOR - Division of Coal Mine Workers' Compensation\n"
     "MEDICAL HISTORY AND EXAMINATION FOR COAL MINE WORKERS' PNEUMOCONIOSIS (CM-988)\n"
     "Examining facility: Tug Fork Black Lung Clinic, 418 McDowell Street, Welch, WV 24801 | Fax 304-555-0117\n"
     "Miner: Everett Dale Hatfield-Blankenship | DOB 05/09/1958 | SSN 232-41-8273 | OWCP file no. 503186274\n"
     "Address: HC 61 Box 418, War, WV 24892 | Phone 304-555-0116\n"
     "Date of examination: 10/02/2025 | Accompanied by his wife, Loretta\n"
     "Coal mine employment: 33 years underground (1979-2012), roof bolter then continuous miner operator; last "
     "employer Big Creek Energy, Bradshaw portal.\n"
     "Smoking: 1/2 ppd for 20 years, quit 1998.\n"
     "Symptoms: dyspnea after one flight of stairs (mMRC 3), daily productive cough, wheeze, two-pillow orthopnea.\n"
     "Exam: BMI 27, no clubbing, scattered rhonchi, prolonged expiration.\n"
     "Chest x-ray 10/02/2025, read by B Reader Dr. Alton Vickery-Shumate (NIOSH B Reader cert. B-60913): ILO "
     "classification 2/1 q/r, six zones, large opacity category A.\n"
     "Spirometry post-BD: FEV1 1.62 L (52% predicted), FVC 2.66 L (67%), FEV1/FVC 0.61. DLCO 48% predicted. Resting "
     "ABG: pO2 58 mmHg, pCO2 38 mmHg.\n"
     "Diagnoses: 1) coal workers' pneumoconiosis with progressive massive fibrosis (complicated pneumoconiosis); 2) "
     "chronic bronchitis (industrial bronchitis).\n"
     "Opinion: totally disabled from his last coal mine job from a pulmonary standpoint; coal mine dust exposure is a "
     "substantially contributing cause.\n"
     "Physician: Philippa Stallard-Pruitt, MD, Pulmonology | NPI 1295370815 | WV license 28174",
     [("HOSPITAL", ["Tug Fork Black Lung Clinic"]), ("ADDRESS", ["418 McDowell Street"]), ("LOCATION", ["Welch"]),
      ("POSTCODE", ["24801"]), ("PHONE", ["304-555-0117"]), ("NAME", ["Everett Dale", "Hatfield-Blankenship"]),
      ("DATE", ["05/09/1958"]), ("ID", ["232-41-8273"]), ("ID", ["503186274"]), ("ADDRESS", ["HC 61 Box 418"]),
      ("LOCATION", ["War"]), ("POSTCODE", ["24892"]), ("PHONE", ["304-555-0116"]), ("DATE", ["10/02/2025"]),
      ("NAME", ["Loretta"]), ("LOCATION", ["Big Creek Energy"]), ("LOCATION", ["Bradshaw"]),
      ("NAME", ["Alton", "Vickery-Shumate"]), ("LICENCE", ["B-60913"]), ("NAME", ["Philippa", "Stallard-Pruitt"]),
      ("ID", ["1295370815"]), ("LICENCE", ["28174"])],
     ["mMRC 3", "ILO classification 2/1 q/r", "FEV1 1.62 L (52% predicted)", "FEV1/FVC 0.61", "DLCO 48% predicted",
      "pO2 58 mmHg", "progressive massive fibrosis"]),

    # 23 - Sri Lanka, North Central Province (Anuradhapura): bed head ticket entries, Russell's viper envenoming
    ("TEACHING HOSPITAL ANURADHAPURA - Medical Ward 18\n"
     "BED HEAD TICKET - continuation sheet | BHT No. 41827/25\n"
     "Name: Wanninayake Mudiyanselage Tikiri Banda | Age 57 | Sex M | NIC 196813604182\n"
     "Address: No. 41, Yaya 6, Galnewa\n"
     "03/01/2026 (Duruthu Poya) 21:40 - Admission. Paddy farmer, bitten on the R foot at about 19:30 walking on the "
     "bund of his field in the dark. Son brought him by three-wheeler (NC QX-4182) to Divisional Hospital Galnewa, "
     "transferred here. Snake killed and brought: Russell's viper (Daboia russelii).\n"
     "O/E: R foot swelling to mid-calf, oozing at bite site, bilateral ptosis, BP 110/70, PR 96, UOP 20 mL/h. 20WBCT: "
     "unclotted.\n"
     "Mx (Dr. Tharindu Senanayake, SHO): adrenaline 0.25 mg SC pre-medication, then Indian polyvalent AVS 10 vials in "
     "200 mL NS over 1 h. At 21:55 urticaria and wheeze - AVS paused, adrenaline 0.5 mg IM, hydrocortisone 200 mg IV, "
     "chlorphenamine 10 mg IV; AVS restarted at half rate and completed.\n"
     "04/01 - 20WBCT clotted 6 h after AVS. Serum creatinine 412 µmol/L, K 5.8, oliguric. Nephrology review: temporary "
     "HD catheter, haemodialysis session 1 today.\n"
     "Wife: Mrs. Kumari Menike, 071 555 4182.\n"
     "Consultant Physician: Dr. Dilrukshi Rathnayake | SLMC Reg. No. 24182",
     [("HOSPITAL", ["TEACHING HOSPITAL ANURADHAPURA"]), ("MRN", ["41827/25"]),
      ("NAME", ["Wanninayake Mudiyanselage", "Tikiri Banda"]), ("ID", ["196813604182"]),
      ("ADDRESS", ["No. 41, Yaya 6"]), ("LOCATION", ["Galnewa"]), ("DATE", ["03/01/2026"]), ("DATE", ["Duruthu Poya"]),
      ("PLATE", ["NC QX-4182"]), ("HOSPITAL", ["Divisional Hospital Galnewa"]), ("NAME", ["Tharindu", "Senanayake"]),
      ("DATE", ["04/01"]), ("NAME", ["Kumari", "Menike"]), ("PHONE", ["071 555 4182"]),
      ("NAME", ["Dilrukshi", "Rathnayake"]), ("LICENCE", ["24182"])],
     ["Russell's viper", "Daboia russelii", "bilateral ptosis", "20WBCT: unclotted", "adrenaline 0.25 mg SC",
      "Indian polyvalent AVS 10 vials", "hydrocortisone 200 mg IV", "Serum creatinine 412 µmol/L"]),

    # 24 - Malta (Gozo): infectious diseases clinic letter to the family doctor, brucellosis
    ("Mater Dei Hospital\n"
     "Triq Dun Karm, L-Imsida MSD 2090\n"
     "Infectious Diseases Unit | Tel: 2545 6031\n"
     "\n"
     "18 September 2025\n"
     "\n"
     "Dr Josianne Camilleri-Vella\n"
     "14 Triq San Filep, Ħaż-Żebbuġ ZBG 1203\n"
     "\n"
     "Dear Dr Camilleri-Vella,\n"
     "Re: Mr Ġużeppi (Joe) Grech, ID card 418273M, DOB 04/02/1967, MDH Reg. 0627195\n"
     "27, Triq il-Ġgantija, Xagħra, Gozo XRA 1104 | mobile 7955 8126\n"
     "\n"
     "Thank you for referring Joe, whom I saw in clinic on 16/09. He keeps 40 sheep and makes ġbejniet from their raw "
     "milk, which he sells at the market in Victoria. He became unwell in August with five weeks of undulant fever, "
     "drenching night sweats, low back pain and 7 kg weight loss.\n"
     "Blood cultures at Gozo General Hospital grew Brucella melitensis on day 6 of incubation; Rose Bengal test "
     "positive; SAT titre 1:640. MRI lumbosacral spine: left sacroiliitis, no spondylodiscitis or collection.\n"
     "Diagnosis: brucellosis (Malta fever) with sacroiliitis.\n"
     "Treatment: doxycycline 100 mg BD for 12 weeks, with gentamicin 5 mg/kg IV OD for the first 7 days at the Gozo "
     "General Hospital day ward; U&E and audiology while on gentamicin. The laboratory staff have been told of the "
     "exposure risk.\n"
     "Public health: notified to the IDCU; the veterinary services will test his flock and the households that bought "
     "his cheese, including his sister-in-law Rita Grech and his neighbour Ċensu Attard.\n"
     "He hopes to be well enough to play the shepherd at the living crib in Għajnsielem in December.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Matthew Zammit-Agius MD MRCP(UK)\n"
     "Consultant Infectious Diseases | MMC Reg. No. 4718",
     [("HOSPITAL", ["Mater Dei Hospital"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["L-Imsida"]),
      ("POSTCODE", ["MSD 2090"]), ("PHONE", ["2545 6031"]), ("DATE", ["18 September 2025"]),
      ("NAME", ["Josianne", "Camilleri-Vella"]), ("ADDRESS", ["14 Triq San Filep"]), ("LOCATION", ["Ħaż-Żebbuġ"]),
      ("POSTCODE", ["ZBG 1203"]), ("NAME", ["Ġużeppi", "Joe", "Grech"]), ("ID", ["418273M"]), ("DATE", ["04/02/1967"]),
      ("MRN", ["0627195"]), ("ADDRESS", ["27, Triq il-Ġgantija"]), ("LOCATION", ["Xagħra"]), ("LOCATION", ["Gozo"]),
      ("POSTCODE", ["XRA 1104"]), ("PHONE", ["7955 8126"]), ("DATE", ["16/09"]), ("LOCATION", ["Victoria"]),
      ("DATE", ["August"]), ("HOSPITAL", ["Gozo General Hospital"]), ("NAME", ["Rita", "Grech"]),
      ("NAME", ["Ċensu", "Attard"]), ("LOCATION", ["Għajnsielem"]), ("DATE", ["December"]),
      ("NAME", ["Matthew", "Zammit-Agius"]), ("LICENCE", ["4718"])],
     ["Brucella melitensis", "Rose Bengal test", "SAT titre 1:640", "left sacroiliitis", "Malta fever",
      "doxycycline 100 mg BD", "gentamicin 5 mg/kg IV OD"]),

    # 25 - USA, Maine (Aroostook County, St. John Valley): home health skilled nursing wound visit, patient aged 96
    ("St. John Valley Home Health & Hospice\n"
     "SKILLED NURSING VISIT NOTE - WOUND CARE | Visit date 01/14/2026, 09:30-10:25\n"
     "Patient: Mrs. Thérèse Ouellette-Cyr | age 96 | DOB 08/25/1929 | Medicare MBI 5TQ8-WE4-HK72 | MaineCare 72904158R "
     "| Agency MRN SJV-061842\n"
     "Address: 418 Main Street, Frenchville, ME 04745 (daughter's farmhouse; moved in after her husband died in 2017)\n"
     "Diagnoses: stage 3 pressure injury, sacrum (first noted 12/02 at Northern Maine Medical Center, Fort Kent, "
     "during an admission for pneumonia, discharged 12/19); PAD; HFpEF; Alzheimer's dementia, FAST 6c.\n"
     "Wound: 3.2 x 2.1 x 0.4 cm, 80% red granulation, 20% yellow slough, moderate serous drainage, no odor; periwound "
     "macerated at the 6 o'clock edge. Braden score 13.\n"
     "Treatment: cleansed with NS; Santyl to slough; calcium alginate; Mepilex Border Sacrum; change q48h and PRN. "
     "Low-air-loss mattress from Valley Medical Supply in place (s/n LAL-2736-0418), turning q2h, heels floated.\n"
     "Nutrition: albumin 2.9, weight down 3 lb since Christmas - Ensure BID added.\n"
     "Caregivers: daughter Jeannine Cyr-Daigle (207-555-0148), son-in-law Réal; granddaughter Mélissa, an RN, helps at "
     "weekends. Patient speaks French; daughter interprets. She talked about picking potatoes in Grand Isle in the "
     "1940s and about her wedding at St. Luce Church on the fifth of June, 1948; she wants to make it to 97 in "
     "August.\n"
     "Plan: PCP Dr. Bruno Thibault notified re maceration and ABI 0.7 - vascular referral faxed to 207-555-0149. Next "
     "visit 01/16.\n"
     "Annick Pelletier-Gagnon, RN, WCC | Maine RN license RN62417",
     [("HOSPITAL", ["St. John Valley Home Health & Hospice"]), ("DATE", ["01/14/2026"]),
      ("NAME", ["Thérèse", "Ouellette-Cyr"]), ("AGE", ["age 96"]), ("DATE", ["08/25/1929"]), ("ID", ["5TQ8-WE4-HK72"]),
      ("ID", ["72904158R"]), ("MRN", ["SJV-061842"]), ("ADDRESS", ["418 Main Street"]), ("LOCATION", ["Frenchville"]),
      ("POSTCODE", ["04745"]), ("DATE", ["2017"]), ("DATE", ["12/02"]), ("HOSPITAL", ["Northern Maine Medical Center"]),
      ("LOCATION", ["Fort Kent"]), ("DATE", ["12/19"]), ("LOCATION", ["Valley Medical Supply"]),
      ("SERIAL", ["LAL-2736-0418"]), ("DATE", ["Christmas"]), ("NAME", ["Jeannine", "Cyr-Daigle"]),
      ("PHONE", ["207-555-0148"]), ("NAME", ["Réal"]), ("NAME", ["Mélissa"]), ("LOCATION", ["Grand Isle"]),
      ("DATE", ["the 1940s"]), ("LOCATION", ["St. Luce Church"]), ("DATE", ["the fifth of June, 1948"]),
      ("AGE", ["97"]), ("DATE", ["August"]), ("NAME", ["Bruno", "Thibault"]), ("PHONE", ["207-555-0149"]),
      ("DATE", ["01/16"]), ("NAME", ["Annick", "Pelletier-Gagnon"]), ("LICENCE", ["RN62417"])],
     ["stage 3 pressure injury", "FAST 6c", "3.2 x 2.1 x 0.4 cm", "Braden score 13", "Santyl", "Mepilex Border Sacrum",
      "ABI 0.7"]),

    # 26 - Greece, North Aegean (Lesvos): health centre referral note to paediatrics, Kawasaki disease (Greek)
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΛΛΟΝΗΣ - Νομός Λέσβου\n"
     "Τηλ. 22530 55418 | Φαξ 22530 55419\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ\n"
     "Καλλονή, 27/07/2025, ώρα 13:10\n"
     "Προς: Παιδιατρική Κλινική, Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο»\n"
     "Παραπέμπεται ο Ιάσονας Πατερέλλης του Στρατή και της Μυρσίνης, 6 ετών, γεν. 08/06/2019, ΑΜΚΑ 08061914274, "
     "κάτοικος Πέτρας Λέσβου, οδός Θεοφίλου 12.\n"
     "Ιστορικό: πυρετός έως 40 °C από τις 21 Ιουλίου (7η ημέρα) που δεν υποχωρεί με αντιπυρετικά. Αμφοτερόπλευρη μη "
     "πυώδης επιπεφυκίτιδα, ερυθρά σκασμένα χείλη, γλώσσα «φράουλα», πολύμορφο εξάνθημα κορμού, σκληρό οίδημα άκρων "
     "χεριών και ποδιών, τραχηλική λεμφαδενοπάθεια 2 cm αριστερά. Ήταν σε κατασκήνωση στη Σκάλα Καλλονής (Κατασκήνωση "
     "«Αιολίς») έως τις 19 Ιουλίου.\n"
     "Εργαστηριακά: CRP 118 mg/L, ΤΚΕ 86 mm/h, λευκά 17.400/μL (πολυμορφοπύρηνα 78%), αιμοπετάλια 468.000/μL, ALT 64 "
     "U/L, λευκωματίνη 3,0 g/dL. Γενική ούρων: 10-15 πυοσφαίρια κ.ο.π., καλλιέργεια σε εξέλιξη (στείρα πυουρία).\n"
     "Πιθανή διάγνωση: πλήρης νόσος Kawasaki (5/5 κριτήρια και πυρετός ≥5 ημερών).\n"
     "Παρακαλώ για εισαγωγή, υπερηχογράφημα καρδιάς για τις στεφανιαίες και IVIG 2 g/kg με ασπιρίνη εντός του "
     "10ημέρου.\n"
     "Μεταφέρεται με το ΙΧ του πατέρα (ΜΥΕ 4127), κιν. 694 555 2718.\n"
     "Η θεράπουσα ιατρός\n"
     "Ελευθερία Χατζηγεωργίου-Βουνάτσου, Παιδίατρος, Επιμελήτρια Β΄ ΕΣΥ",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΛΛΟΝΗΣ"]), ("LOCATION", ["Λέσβου"]), ("PHONE", ["22530 55418"]),
      ("PHONE", ["22530 55419"]), ("LOCATION", ["Καλλονή"]), ("DATE", ["27/07/2025"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο»"]), ("NAME", ["Ιάσονας", "Πατερέλλης"]),
      ("NAME", ["Στρατή"]), ("NAME", ["Μυρσίνης"]), ("DATE", ["08/06/2019"]), ("ID", ["08061914274"]),
      ("LOCATION", ["Πέτρας"]), ("ADDRESS", ["οδός Θεοφίλου 12"]), ("DATE", ["21 Ιουλίου"]),
      ("LOCATION", ["Σκάλα Καλλονής"]), ("LOCATION", ["Κατασκήνωση «Αιολίς»"]), ("DATE", ["19 Ιουλίου"]),
      ("PLATE", ["ΜΥΕ 4127"]), ("PHONE", ["694 555 2718"]), ("NAME", ["Ελευθερία", "Χατζηγεωργίου-Βουνάτσου"])],
     ["γλώσσα «φράουλα»", "CRP 118 mg/L", "ΤΚΕ 86 mm/h", "στείρα πυουρία", "νόσος Kawasaki", "5/5 κριτήρια",
      "IVIG 2 g/kg"]),

    # 27 - Netherlands, Friesland (Noardeast-Fryslân): discharge letter to the GP, accidental hypothermia (Dutch)
    ("Medisch Centrum Leeuwarden - Intensive Care en Interne Geneeskunde\n"
     "Henri Dunantweg 2, 8934 AD Leeuwarden | tel. 058 555 4182\n"
     "\n"
     "ONTSLAGBRIEF\n"
     "Leeuwarden, 23 januari 2026\n"
     "\n"
     "Aan: mw. T. Postma-Dijkstra, huisarts, Huisartsenpraktijk Holwerd, Foarstrjitte 8, 9151 AH Holwerd\n"
     "\n"
     "Betreft: dhr. Sjoerd Wiebren Bouma, geb. 14-02-1971, BSN 260395171, patiëntnummer 5203746\n"
     "Adres: Seedyk 12, 9142 VE Moddergat | mobiel 06-5551 8274\n"
     "Opname: 17 januari 2026 - ontslag: 23 januari 2026\n"
     "\n"
     "Geachte collega Postma,\n"
     "Uw patiënt werd opgenomen na een ijsongeval: tijdens een toertocht over het Dokkumer Grootdiep zakte hij bij Ee "
     "door het ijs en lag ongeveer 40 minuten in het water voordat omstanders en de brandweer hem eruit haalden. "
     "Ambulance: kerntemperatuur 31,4 °C (oesofageaal), GCS 11, sinusbradycardie 38/min met Osborn-golven op het ECG; "
     "Swiss staging HT II.\n"
     "Beloop: actieve externe en interne opwarming (Bair Hugger, verwarmde infusievloeistoffen); ECMO was niet nodig. "
     "Kalium 4,1 mmol/l, lactaat 3,2 mmol/l, CK 3.400 U/l. Na 6 uur normotherm. Op dag 2 een aspiratiepneumonie, "
     "behandeld met amoxicilline/clavulaanzuur 625 mg 3dd.\n"
     "Voorgeschiedenis: hypertensie; alcoholgebruik 4 E/dag - besproken.\n"
     "Medicatie bij ontslag: amoxicilline/clavulaanzuur 625 mg 3dd t/m 25 januari; amlodipine 5 mg 1dd.\n"
     "Beleid: controle bij u over een week. Zijn broer Hylke haalt hem op.\n"
     "Zorgverzekering: polisnummer 318640572.\n"
     "\n"
     "Met collegiale groet,\n"
     "dr. Marijke Tjalsma-de Boer, internist-intensivist | BIG 49041827301",
     [("HOSPITAL", ["Medisch Centrum Leeuwarden"]), ("ADDRESS", ["Henri Dunantweg 2"]), ("POSTCODE", ["8934 AD"]),
      ("LOCATION", ["Leeuwarden"]), ("PHONE", ["058 555 4182"]), ("DATE", ["23 januari 2026"]),
      ("NAME", ["Postma-Dijkstra"]), ("HOSPITAL", ["Huisartsenpraktijk Holwerd"]), ("ADDRESS", ["Foarstrjitte 8"]),
      ("POSTCODE", ["9151 AH"]), ("LOCATION", ["Holwerd"]), ("NAME", ["Sjoerd Wiebren", "Bouma"]),
      ("DATE", ["14-02-1971"]), ("ID", ["260395171"]), ("MRN", ["5203746"]), ("ADDRESS", ["Seedyk 12"]),
      ("POSTCODE", ["9142 VE"]), ("LOCATION", ["Moddergat"]), ("PHONE", ["06-5551 8274"]),
      ("DATE", ["17 januari 2026"]), ("NAME", ["Postma"]), ("LOCATION", ["Dokkumer Grootdiep"]), ("LOCATION", ["Ee"]),
      ("DATE", ["25 januari"]), ("NAME", ["Hylke"]), ("ID", ["318640572"]), ("NAME", ["Marijke", "Tjalsma-de Boer"]),
      ("LICENCE", ["49041827301"])],
     ["kerntemperatuur 31,4 °C", "GCS 11", "Osborn-golven", "Swiss staging HT II", "Bair Hugger", "Kalium 4,1 mmol/l",
      "lactaat 3,2 mmol/l", "amoxicilline/clavulaanzuur 625 mg 3dd"]),

    # 28 - New Zealand, West Coast (Grey district): ACC45 injury claim form, chainsaw laceration
    ("ACC45 INJURY CLAIM FORM - provider copy\n"
     "Provider organisation: Te Nīkau Grey Hospital & Health Centre, Greymouth - Emergency Department\n"
     "ACC claim number: 10058362714\n"
     "Patient: Shane Tamihana-Coulter | DOB 03/12/1988 | NHI ZHT5268 | ph 027 555 8136 | shane.tc88@xtra.co.nz\n"
     "Address: 41 Seddon Street, Kumara 7832\n"
     "Occupation: possum trapper and whitebaiter, contracted to Taramakau Fur & Fibre\n"
     "Date of injury: 14/10/2025, about 11:00 | First visit: 14/10/2025 | Where: private bush block, Blackball | "
     "Work-related: yes\n"
     "What happened (patient's words): \"Saw kicked back cutting firewood, got me in the left thigh through the "
     "chaps.\"\n"
     "Injury and diagnosis: laceration L anterior thigh 12 cm, through fascia into quadriceps muscle belly; distal "
     "pulses present, sensation intact, knee extension 5/5. Read code / ICD-10 S71.1 open wound of thigh.\n"
     "Treatment: ketamine sedation, lidocaine 1% with adrenaline 20 mL, washout, layered closure; cefazolin 2 g IV; "
     "tetanus booster (Boostrix).\n"
     "Fitness for work: fully unfit 14/10/2025 to 04/11/2025. Follow-up: wound check and removal of sutures at Māwhera "
     "Medical Centre in 10-14 days.\n"
     "Provider: Dr Hamish Coyle-Tipene | MCNZ 52917 | ACC provider ID GK8127",
     [("HOSPITAL", ["Te Nīkau Grey Hospital & Health Centre"]), ("LOCATION", ["Greymouth"]), ("ID", ["10058362714"]),
      ("NAME", ["Shane", "Tamihana-Coulter"]), ("DATE", ["03/12/1988"]), ("ID", ["ZHT5268"]),
      ("PHONE", ["027 555 8136"]), ("EMAIL", ["shane.tc88@xtra.co.nz"]), ("ADDRESS", ["41 Seddon Street"]),
      ("LOCATION", ["Kumara"]), ("POSTCODE", ["7832"]), ("LOCATION", ["Taramakau Fur & Fibre"]),
      ("DATE", ["14/10/2025"]), ("LOCATION", ["Blackball"]), ("DATE", ["04/11/2025"]),
      ("HOSPITAL", ["Māwhera Medical Centre"]), ("NAME", ["Hamish", "Coyle-Tipene"]), ("LICENCE", ["52917"]),
      ("ID", ["GK8127"])],
     ["laceration L anterior thigh 12 cm", "distal pulses present", "S71.1", "ketamine sedation",
      "lidocaine 1% with adrenaline", "cefazolin 2 g IV", "Boostrix"]),

    # 29 - Guyana, Region 8 (Mahdia): Medex clinical record, falciparum malaria in a gold miner
    ("MINISTRY OF HEALTH - REGION 8\n"
     "Mahdia District Hospital - MEDEX CLINICAL RECORD (MALARIA CASE)\n"
     "Date: 11/11/2025 | Reg. No. MDH/OPD/25/04182\n"
     "Patient: Devon Harripersaud-Joseph | M | 36 | DOB 19/06/1989 | NIS No. A-418273\n"
     "Residence: Bartica; works as a dredge operator at a backdam on the Konawaruk River (Persaud & Sons Mining "
     "Inc.).\n"
     "Complaint: fever with chills every other day x 4 days, headache, vomiting x2. Took Coartem bought at a camp shop "
     "2 weeks ago and stopped after 2 days when he felt better.\n"
     "Exam: T 39.6, P 114, BP 100/64. Pallor +, no jaundice, spleen tip palpable. Alert, no convulsions, walking "
     "unaided.\n"
     "Tests: RDT (Pf/Pan) Pf positive. Thick/thin smear: Plasmodium falciparum, parasite density 12,400/µL, "
     "gametocytes seen. Hb 9.8 g/dL.\n"
     "Treatment: artemether-lumefantrine (Coartem) 4 tabs BD x 3 days, first dose observed with food; primaquine 0.25 "
     "mg/kg single dose; paracetamol. No danger signs - treated here. If he gets worse, he goes out to Georgetown "
     "Public Hospital Corporation on the next flight (8R-GHT from the Mahdia strip).\n"
     "Follow-up: smear day 3 and day 28. Case form sent to Vector Control Services, Georgetown.\n"
     "Contact: wife Shonette Joseph, +592 655 4182.\n"
     "Medex: Orlando Fredericks-Allicock | Reg. No. 418/M",
     [("HOSPITAL", ["Mahdia District Hospital"]), ("DATE", ["11/11/2025"]), ("MRN", ["MDH/OPD/25/04182"]),
      ("NAME", ["Devon", "Harripersaud-Joseph"]), ("DATE", ["19/06/1989"]), ("ID", ["A-418273"]),
      ("LOCATION", ["Bartica"]), ("LOCATION", ["Konawaruk River"]), ("LOCATION", ["Persaud & Sons Mining Inc."]),
      ("HOSPITAL", ["Georgetown Public Hospital Corporation"]), ("PLATE", ["8R-GHT"]), ("LOCATION", ["Mahdia"]),
      ("LOCATION", ["Georgetown"]), ("NAME", ["Shonette", "Joseph"]), ("PHONE", ["+592 655 4182"]),
      ("NAME", ["Orlando", "Fredericks-Allicock"]), ("LICENCE", ["418/M"])],
     ["spleen tip palpable", "RDT (Pf/Pan)", "Plasmodium falciparum", "parasite density 12,400/µL", "Hb 9.8 g/dL",
      "artemether-lumefantrine (Coartem)", "primaquine 0.25 mg/kg single dose"]),

    # 30 - China, Sichuan (Ngawa, Zoige): county hospital transfer record, high-altitude pulmonary oedema (simplified)
    ("若尔盖县人民医院\n"
     "转院记录（上转）\n"
     "转出时间：2025年7月26日 21:30　住院号：RG250726-18\n"
     "姓名：何俊杰　性别：男　年龄：32岁　身份证号：510107199305062810\n"
     "住址：四川省成都市武侯区玉林北路27号3单元502室\n"
     "工作单位：成都蓝鲸云科技有限公司\n"
     "联系人：妻子 宋雨涵　电话：181-2804-1736　微信号：yuhan_song0812\n"
     "病史：患者7月23日驾私家车（川A·5K27Q）自成都出发，经九寨沟至若尔盖花湖（海拔约3400 m），24日起咳嗽、活动后气促，今晨咳粉红色泡沫痰，由景区工作人员送至我院急诊。\n"
     "查体：T 37.8℃，P 126次/分，R 32次/分，BP 132/86 mmHg，SpO2 68%（未吸氧），口唇发绀，双肺可闻及湿啰音。Lake Louise评分 7分。\n"
     "辅助检查：胸片双肺斑片影，右侧为著；白细胞 11.2×10⁹/L；心电图示窦性心动过速。\n"
     "诊断：1. 高原肺水肿（HAPE）　2. 急性高原病\n"
     "处理：面罩高流量吸氧后SpO2升至89%；硝苯地平缓释片 20 mg q12h；地塞米松 8 mg 静推；绝对卧床，半卧位。\n"
     "转院原因：需下送至低海拔地区进一步治疗及监护。\n"
     "转往：四川大学华西医院急诊科（已电话联系急诊科罗志刚医师）。\n"
     "转运方式：我院救护车（川U·A0418），医护人员陪同，途中持续吸氧。\n"
     "经治医师：泽仁拉姆　科主任：尼玛次仁",
     [("HOSPITAL", ["若尔盖县人民医院"]), ("DATE", ["2025年7月26日"]), ("MRN", ["RG250726-18"]), ("NAME", ["何俊杰"]),
      ("ID", ["510107199305062810"]), ("LOCATION", ["成都市"]), ("LOCATION", ["武侯区"]), ("ADDRESS", ["玉林北路27号3单元502室"]),
      ("LOCATION", ["成都蓝鲸云科技有限公司"]), ("NAME", ["宋雨涵"]), ("PHONE", ["181-2804-1736"]), ("HANDLE", ["yuhan_song0812"]),
      ("DATE", ["7月23日"]), ("PLATE", ["川A·5K27Q"]), ("LOCATION", ["成都"]), ("LOCATION", ["九寨沟"]),
      ("LOCATION", ["若尔盖花湖"]), ("DATE", ["24日"]), ("HOSPITAL", ["四川大学华西医院"]), ("NAME", ["罗志刚"]),
      ("PLATE", ["川U·A0418"]), ("NAME", ["泽仁拉姆"]), ("NAME", ["尼玛次仁"])],
     ["SpO2 68%", "Lake Louise评分 7分", "胸片双肺斑片影", "高原肺水肿（HAPE）", "硝苯地平缓释片 20 mg", "地塞米松 8 mg"]),

    # 31 - Botswana, North West District (Ngamiland): medical certificate of cause of death
    ("REPUBLIC OF BOTSWANA - MINISTRY OF HEALTH\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH\n"
     "Certificate serial no. MCCD 0583927\n"
     "Health facility: Gumare Primary Hospital, Ngamiland, North West District\n"
     "Deceased: Kagiso Lesedi Molefe-Sebego | Sex: M | Age: 38 years | DOB 11/06/1987 | Omang 418217305\n"
     "Usual residence: Plot 418, Mokgacha Ward, Etsha 6\n"
     "Occupation: fishing guide, Nxamaseri Fishing Lodge\n"
     "Date of death: 02 October 2025 at 04:50 | Place: male ward, Gumare Primary Hospital | Admitted 27/09/2025\n"
     "CAUSE OF DEATH\n"
     "I (a) Cryptococcal meningitis - interval 3 weeks\n"
     "  (b) Advanced HIV disease (CD4 34 cells/µL) - interval unknown; defaulted ART in 2023\n"
     "II Raised intracranial pressure; oral candidiasis\n"
     "Manner: natural. Post-mortem: not done. Reported to police: no.\n"
     "Clinical summary: serum and CSF CrAg positive, CrAg titre 1:2560; CSF opening pressure 42 cm H2O. Amphotericin B "
     "deoxycholate 1 mg/kg/day + flucytosine 100 mg/kg/day from 28/09, therapeutic LPs x3. GCS fell to 6 on 01/10; "
     "transfer to Letsholathebe II Memorial Hospital in Maun was arranged but he died before the ambulance left "
     "Gumare.\n"
     "Informant: brother Boitumelo Molefe, +267 71 555 418.\n"
     "Certifying medical officer: Dr. Goitseone Kgosietsile-Tau | BHPC Reg. No. MP 04182 | Date 02/10/2025",
     [("ID", ["MCCD 0583927"]), ("HOSPITAL", ["Gumare Primary Hospital"]), ("LOCATION", ["Ngamiland"]),
      ("LOCATION", ["North West District"]), ("NAME", ["Kagiso Lesedi", "Molefe-Sebego"]), ("DATE", ["11/06/1987"]),
      ("ID", ["418217305"]), ("ADDRESS", ["Plot 418"]), ("LOCATION", ["Mokgacha Ward"]), ("LOCATION", ["Etsha 6"]),
      ("LOCATION", ["Nxamaseri Fishing Lodge"]), ("DATE", ["02 October 2025"]), ("DATE", ["27/09/2025"]),
      ("DATE", ["28/09"]), ("DATE", ["01/10"]), ("HOSPITAL", ["Letsholathebe II Memorial Hospital"]),
      ("LOCATION", ["Maun"]), ("LOCATION", ["Gumare"]), ("NAME", ["Boitumelo", "Molefe"]),
      ("PHONE", ["+267 71 555 418"]), ("NAME", ["Goitseone", "Kgosietsile-Tau"]), ("LICENCE", ["MP 04182"]),
      ("DATE", ["02/10/2025"])],
     ["Cryptococcal meningitis", "CD4 34 cells/µL", "CrAg titre 1:2560", "opening pressure 42 cm H2O",
      "flucytosine 100 mg/kg/day", "GCS fell to 6"]),

    # 32 - Canada, British Columbia (Haida Gwaii): patient portal message thread, giant cell arteritis
    ("Northern Health - MyHealthPortal secure messages | thread filed to chart 2025-09-08 12:31\n"
     "Northern Haida Gwaii Hospital and Health Centre, Masset\n"
     "Patient: Marguerite Edenshaw-Bellis | PHN 9627 308 152 | DOB 1951-04-17 | MRN NHG-052917\n"
     "\n"
     "2025-09-08 07:12 - Marguerite (signed in from 24.87.141.209; m.edenshaw51@telus.net):\n"
     "Dr. Okafor-Lindqvist, I've had a new headache on the right side for 2 weeks, my scalp hurts when I brush my hair "
     "and my jaw aches after a few bites of dried halibut. This morning the vision in my right eye went grey for about "
     "5 minutes. I'm staying at my sister Delphine's in Old Massett.\n"
     "\n"
     "2025-09-08 07:40 - Tasha Cuthbert, RN (care team):\n"
     "Marguerite, please come to the emergency department at the hospital in Masset now - vision loss with these "
     "symptoms needs to be seen today. If you can't get a ride, call 911.\n"
     "\n"
     "2025-09-08 12:20 - Dr. Tamsin Okafor-Lindqvist:\n"
     "Thank you for coming in so quickly. As we discussed: ESR 88 mm/h and CRP 64 mg/L, and with the jaw claudication "
     "and the eye symptoms this is very likely giant cell arteritis. You have started prednisone 60 mg daily today - "
     "do not stop it suddenly. Also take pantoprazole 40 mg daily and calcium with vitamin D. Temporal artery "
     "ultrasound (looking for a halo sign) is booked at Mills Memorial Hospital in Terrace on Sept 10, and a video "
     "visit with rheumatology (Dr. Gurpreet Sandhu-Mackay, Vancouver) on Sept 12: "
     "https://nhvirtual.zoom.us/j/84182730516. The travel assistance form is faxed; the ferry from Skidegate is booked "
     "for Sept 9.\n"
     "\n"
     "2025-09-08 12:31 - Marguerite: Thank you. My grandson Declan will drive me down to Skidegate.",
     [("HOSPITAL", ["Northern Health"]), ("DATE", ["2025-09-08"]),
      ("HOSPITAL", ["Northern Haida Gwaii Hospital and Health Centre"]), ("LOCATION", ["Masset"]),
      ("NAME", ["Marguerite", "Edenshaw-Bellis"]), ("ID", ["9627 308 152"]), ("DATE", ["1951-04-17"]),
      ("MRN", ["NHG-052917"]), ("IP", ["24.87.141.209"]), ("EMAIL", ["m.edenshaw51@telus.net"]),
      ("NAME", ["Okafor-Lindqvist"]), ("NAME", ["Delphine"]), ("LOCATION", ["Old Massett"]),
      ("NAME", ["Tasha", "Cuthbert"]), ("NAME", ["Tamsin", "Okafor-Lindqvist"]),
      ("HOSPITAL", ["Mills Memorial Hospital"]), ("LOCATION", ["Terrace"]), ("DATE", ["Sept 10"]),
      ("NAME", ["Gurpreet", "Sandhu-Mackay"]), ("LOCATION", ["Vancouver"]), ("DATE", ["Sept 12"]),
      ("URL", ["https://nhvirtual.zoom.us/j/84182730516"]), ("LOCATION", ["Skidegate"]), ("DATE", ["Sept 9"]),
      ("NAME", ["Declan"])],
     ["ESR 88 mm/h", "CRP 64 mg/L", "jaw claudication", "giant cell arteritis", "prednisone 60 mg",
      "pantoprazole 40 mg", "halo sign"]),

    # 33 - Wales, Gwynedd (Eifionydd): memory clinic letter to the GP, dementia with Lewy bodies
    ("Bwrdd Iechyd Prifysgol Betsi Cadwaladr\n"
     "Betsi Cadwaladr University Health Board\n"
     "Memory Assessment Service (Gwynedd) - Ysbyty Alltwen, Tremadog, Porthmadog LL49 9AQ | Tel: 01766 555 271\n"
     "\n"
     "Dictated 04/11/2025 | Typed 07/11/2025\n"
     "\n"
     "Dr Gethin Lloyd-Pritchard\n"
     "Feddygfa Criccieth, Criccieth\n"
     "\n"
     "Dear Dr Lloyd-Pritchard,\n"
     "Re: Mr Iolo ap Dafydd Roberts, DOB 22/07/1955, NHS 448 190 2639\n"
     "Tyddyn Uchaf, Garndolbenmaen LL51 9UT\n"
     "\n"
     "Diagnosis: probable dementia with Lewy bodies (2017 McKeith criteria).\n"
     "I saw Mr Roberts, a retired headteacher of Ysgol Gynradd Llanystumdwy, with his wife Gwenllian on 04/11/2025; "
     "the assessment was done in Welsh, his first language. Over two years he has had well-formed visual "
     "hallucinations of children in the garden, marked day-to-day fluctuation, and he has acted out his dreams for "
     "many years. Three falls since August.\n"
     "Examination: mild bradykinesia and rigidity, right more than left, no rest tremor. Lying BP 142/84, standing "
     "118/70 at 3 minutes.\n"
     "Cognition: ACE-III 71/100 (attention 14/18, memory 18/26, fluency 6/14, language 22/26, visuospatial 11/16). "
     "DaTscan at Ysbyty Glan Clwyd on 17/10/2025: reduced putaminal uptake on both sides.\n"
     "Plan: rivastigmine patch 4.6 mg/24 h, increasing to 9.5 mg/24 h after 4 weeks if tolerated; melatonin 2 mg at "
     "night for REM sleep behaviour disorder. Please avoid antipsychotics because of the risk of severe neuroleptic "
     "sensitivity - I have added an alert to his record.\n"
     "Driving: he holds a full licence (DVLA driving licence no. ROBER507225ID9WX). I have advised him to stop driving "
     "and to tell the DVLA; Gwenllian now does the driving.\n"
     "Our dementia support worker, Bethan Ellis-Humphreys (bethan.ellis-humphreys@wales.nhs.uk), will visit; review in "
     "3 months.\n"
     "\n"
     "Yn gywir / Yours sincerely,\n"
     "Dr Rhodri Vaughan-Owen, Consultant in Old Age Psychiatry | GMC 5418276",
     [("HOSPITAL", ["Bwrdd Iechyd Prifysgol Betsi Cadwaladr"]),
      ("HOSPITAL", ["Betsi Cadwaladr University Health Board"]), ("LOCATION", ["Gwynedd"]),
      ("HOSPITAL", ["Ysbyty Alltwen"]), ("LOCATION", ["Tremadog"]), ("LOCATION", ["Porthmadog"]),
      ("POSTCODE", ["LL49 9AQ"]), ("PHONE", ["01766 555 271"]), ("DATE", ["04/11/2025"]), ("DATE", ["07/11/2025"]),
      ("NAME", ["Gethin", "Lloyd-Pritchard"]), ("HOSPITAL", ["Feddygfa Criccieth"]), ("LOCATION", ["Criccieth"]),
      ("NAME", ["Iolo", "ap Dafydd", "Roberts"]), ("DATE", ["22/07/1955"]), ("ID", ["448 190 2639"]),
      ("ADDRESS", ["Tyddyn Uchaf"]), ("LOCATION", ["Garndolbenmaen"]), ("POSTCODE", ["LL51 9UT"]),
      ("LOCATION", ["Ysgol Gynradd Llanystumdwy"]), ("NAME", ["Gwenllian"]), ("DATE", ["August"]),
      ("HOSPITAL", ["Ysbyty Glan Clwyd"]), ("DATE", ["17/10/2025"]), ("LICENCE", ["ROBER507225ID9WX"]),
      ("NAME", ["Bethan", "Ellis-Humphreys"]), ("EMAIL", ["bethan.ellis-humphreys@wales.nhs.uk"]),
      ("NAME", ["Rhodri", "Vaughan-Owen"]), ("LICENCE", ["5418276"])],
     ["dementia with Lewy bodies", "2017 McKeith criteria", "ACE-III 71/100", "memory 18/26", "DaTscan",
      "rivastigmine patch 4.6 mg/24 h", "neuroleptic sensitivity"]),

    # 34 - Tonga (Tongatapu): antenatal booking record, gestational diabetes and rheumatic heart disease
    ("VAIOLA HOSPITAL - Antenatal Clinic, Nuku'alofa, Tongatapu\n"
     "ANTENATAL BOOKING RECORD\n"
     "Booking date: 05/08/2025 | ANC No. VH-ANC-25-0418 | Hospital No. 061827\n"
     "Name: Mele 'Ofa Fifita-Taufa | Age 36 | DOB 12/02/1989 | Husband: Siaosi Taufa, fisherman\n"
     "Village: Kolonga, Hahake district | Phone +676 775 5418\n"
     "Occupation: teacher, Queen Sālote College\n"
     "Obstetric history: G5 P3+1 - SVD 2011 and 2014; LSCS 2021 for fetal distress (here at Vaiola), GDM on insulin in "
     "that pregnancy; miscarriage 2023.\n"
     "Dates: LMP 28/03/2025, EDD 02/01/2026; 18+4/40 today by dates, dating scan booked.\n"
     "Exam: BMI 41.2, BP 138/86, fundal height 20 cm, FHR 148. Urine glucose 2+, protein trace. Hb 10.2 g/dL.\n"
     "OGTT (75 g) today: fasting 5.8, 2-h 9.4 mmol/L -> GDM. Mother has type 2 diabetes.\n"
     "RHD: mild mitral regurgitation on the RHD register (no. TT-1184), benzathine penicillin 1.2 MU IM every 28 days, "
     "last dose 22/07.\n"
     "Plan: metformin 500 mg BD; dietitian; aspirin 150 mg nocte to 36 weeks; echo; high-risk clinic with Dr Sione "
     "Vaipulu - VBAC counselling. She plans to go to Ha'apai in September for her grandmother's funeral - advised to "
     "take her metformin and glucometer.\n"
     "Midwife: Losaline Tu'ipulotu, RM | Nursing Council reg. no. 1827",
     [("HOSPITAL", ["VAIOLA HOSPITAL"]), ("LOCATION", ["Nuku'alofa"]), ("LOCATION", ["Tongatapu"]),
      ("DATE", ["05/08/2025"]), ("MRN", ["VH-ANC-25-0418"]), ("MRN", ["061827"]),
      ("NAME", ["Mele 'Ofa", "Fifita-Taufa"]), ("DATE", ["12/02/1989"]), ("NAME", ["Siaosi", "Taufa"]),
      ("LOCATION", ["Kolonga"]), ("LOCATION", ["Hahake"]), ("PHONE", ["+676 775 5418"]),
      ("LOCATION", ["Queen Sālote College"]), ("HOSPITAL", ["Vaiola"]), ("DATE", ["28/03/2025"]),
      ("DATE", ["02/01/2026"]), ("ID", ["TT-1184"]), ("DATE", ["22/07"]), ("NAME", ["Sione", "Vaipulu"]),
      ("LOCATION", ["Ha'apai"]), ("DATE", ["September"]), ("NAME", ["Losaline", "Tu'ipulotu"]), ("LICENCE", ["1827"])],
     ["G5 P3+1", "18+4/40", "BMI 41.2", "OGTT (75 g)", "2-h 9.4 mmol/L", "benzathine penicillin 1.2 MU IM",
      "metformin 500 mg BD", "aspirin 150 mg nocte"]),

    # 35 - England, North Yorkshire (Swaledale / Arkengarthdale): upper GI endoscopy report, Barrett's oesophagus
    ("The Friarage Hospital, Northallerton DL6 1JG - Endoscopy Unit\n"
     "UPPER GI ENDOSCOPY (OGD) REPORT | 19/01/2026 10:42 | Room 2 | Scope: Olympus GIF-H190, s/n 2817340\n"
     "Patient: Mr Arthur Hebblethwaite-Kirkby | DOB 09/09/1962 | NHS 493 027 1851 | Hosp No. F4173920\n"
     "Address: Booze, Arkengarthdale DL11 6EN\n"
     "Referrer: Dr Priya Ramaswamy-Holt, Reeth Medical Centre\n"
     "Indication: 20 years of reflux, new intermittent dysphagia to solids, weight stable.\n"
     "Endoscopist: Dr Oluwaseun Adeyemi-Thwaite, Consultant Gastroenterologist | Nurses: Charlotte Bainbridge, Gemma "
     "Tindall\n"
     "Sedation: midazolam 2 mg + lidocaine throat spray. Comfort score 2.\n"
     "Findings: oesophagus - salmon-pink mucosa, Prague C3M5, no nodules or ulcers on high-definition and NBI views; "
     "LA grade B oesophagitis above the segment; 3 cm sliding hiatus hernia. Stomach - mild antral erythema, CLO test "
     "taken. Duodenum normal to D2.\n"
     "Histology: Seattle protocol biopsies (quadrantic every 2 cm), 4 pots.\n"
     "Diagnosis: Barrett's oesophagus C3M5; reflux oesophagitis LA grade B.\n"
     "Plan: omeprazole 40 mg BD for 8 weeks then OD; repeat OGD after 8 weeks of high-dose PPI to re-biopsy once the "
     "oesophagitis has healed; results to GP and patient.\n"
     "Discharge: daughter Jodie collecting him and driving him home to Booze; not to drive for 24 h after sedation - "
     "his Land Rover (YJ19 KFT) stays in the hospital car park overnight.\n"
     "Images: http://10.41.8.122/endobase/exam/5183047",
     [("HOSPITAL", ["The Friarage Hospital"]), ("LOCATION", ["Northallerton"]), ("POSTCODE", ["DL6 1JG"]),
      ("DATE", ["19/01/2026"]), ("SERIAL", ["2817340"]), ("NAME", ["Arthur", "Hebblethwaite-Kirkby"]),
      ("DATE", ["09/09/1962"]), ("ID", ["493 027 1851"]), ("MRN", ["F4173920"]), ("LOCATION", ["Booze"]),
      ("LOCATION", ["Arkengarthdale"]), ("POSTCODE", ["DL11 6EN"]), ("NAME", ["Priya", "Ramaswamy-Holt"]),
      ("HOSPITAL", ["Reeth Medical Centre"]), ("NAME", ["Oluwaseun", "Adeyemi-Thwaite"]),
      ("NAME", ["Charlotte", "Bainbridge"]), ("NAME", ["Gemma", "Tindall"]), ("NAME", ["Jodie"]),
      ("PLATE", ["YJ19 KFT"]), ("URL", ["http://10.41.8.122/endobase/exam/5183047"])],
     ["midazolam 2 mg", "Prague C3M5", "LA grade B", "CLO test", "Seattle protocol", "Barrett's oesophagus",
      "omeprazole 40 mg BD"]),

    # 36 - Greece, Western Greece (Ilia; Patras): disease notification form, West Nile neuroinvasive disease (Greek)
    ("ΕΘΝΙΚΟΣ ΟΡΓΑΝΙΣΜΟΣ ΔΗΜΟΣΙΑΣ ΥΓΕΙΑΣ (ΕΟΔΥ)\n"
     "ΔΕΛΤΙΟ ΔΗΛΩΣΗΣ ΝΟΣΗΜΑΤΟΣ - Λοίμωξη από τον ιό του Δυτικού Νείλου\n"
     "Αρ. δελτίου: ΔΔ-25-06317\n"
     "Φορέας δήλωσης: Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών, Κλινική Λοιμώξεων, Ρίο 26504 | τηλ. 2613 555 418 | fax "
     "2613 555 419 | loimokseis@pgnp.gr\n"
     "Ημερομηνία δήλωσης: 02/09/2025\n"
     "ΣΤΟΙΧΕΙΑ ΑΣΘΕΝΟΥΣ\n"
     "Επώνυμο: ΚΟΥΤΣΟΓΙΑΝΝΟΠΟΥΛΟΣ | Όνομα: ΔΙΟΝΥΣΙΟΣ | Πατρώνυμο: ΓΕΡΑΣΙΜΟΣ | Φύλο: Α | Ημ. γέννησης: 22/07/1958 | "
     "ΑΜΚΑ: 22075801831\n"
     "Διεύθυνση: Αγίου Αθανασίου 9, Βάρδα, Δήμος Ανδραβίδας-Κυλλήνης, Π.Ε. Ηλείας, ΤΚ 27052 | τηλ. 26230 41 827\n"
     "Επάγγελμα: αγρότης (ορυζώνες), μέλος του Αγροτικού Συνεταιρισμού Βάρδας\n"
     "ΚΛΙΝΙΚΑ ΣΤΟΙΧΕΙΑ\n"
     "Έναρξη συμπτωμάτων: 24/08/2025 | Εισαγωγή: 28/08/2025 (διακομιδή από το Γενικό Νοσοκομείο Αμαλιάδας)\n"
     "Κλινική εικόνα: πυρετός 39,5 °C, σύγχυση, αυχενική δυσκαμψία, χαλαρή πάρεση ΑΡ άνω άκρου - μηνιγγοεγκεφαλίτιδα. "
     "Ταξίδι τις 15 ημέρες πριν: μόνο στο πανηγύρι του Δεκαπενταύγουστου στην Κυλλήνη. Πολλά κουνούπια στο σπίτι, δεν "
     "χρησιμοποιεί σήτες.\n"
     "Εργαστηριακά: ΕΝΥ λευκά 186/μL (λεμφοκύτταρα 70%), λεύκωμα 112 mg/dL, σάκχαρο 62 mg/dL. IgM αντισώματα έναντι "
     "WNV θετικά σε ΕΝΥ και ορό (ELISA), επιβεβαίωση με δοκιμασία εξουδετέρωσης στο εργαστήριο αναφοράς.\n"
     "Ταξινόμηση: επιβεβαιωμένο κρούσμα - νευροδιηθητική νόσος. Έκβαση: νοσηλεύεται, σταθερός.\n"
     "Δηλών ιατρός: Σοφία Παπαδημητροπούλου-Ρήγα, Παθολόγος-Λοιμωξιολόγος | ΑΜ Ιατρικού Συλλόγου Αχαΐας 30958",
     [("ID", ["ΔΔ-25-06317"]), ("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών"]), ("LOCATION", ["Ρίο"]),
      ("POSTCODE", ["26504"]), ("PHONE", ["2613 555 418"]), ("PHONE", ["2613 555 419"]),
      ("EMAIL", ["loimokseis@pgnp.gr"]), ("DATE", ["02/09/2025"]), ("NAME", ["ΚΟΥΤΣΟΓΙΑΝΝΟΠΟΥΛΟΣ", "ΔΙΟΝΥΣΙΟΣ"]),
      ("NAME", ["ΓΕΡΑΣΙΜΟΣ"]), ("DATE", ["22/07/1958"]), ("ID", ["22075801831"]), ("ADDRESS", ["Αγίου Αθανασίου 9"]),
      ("LOCATION", ["Βάρδα"]), ("LOCATION", ["Ανδραβίδας-Κυλλήνης"]), ("LOCATION", ["Ηλείας"]), ("POSTCODE", ["27052"]),
      ("PHONE", ["26230 41 827"]), ("LOCATION", ["Αγροτικού Συνεταιρισμού Βάρδας"]), ("DATE", ["24/08/2025"]),
      ("DATE", ["28/08/2025"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Αμαλιάδας"]), ("DATE", ["Δεκαπενταύγουστου"]),
      ("LOCATION", ["Κυλλήνη"]), ("NAME", ["Σοφία", "Παπαδημητροπούλου-Ρήγα"]), ("LOCATION", ["Αχαΐας"]),
      ("LICENCE", ["30958"])],
     ["ιό του Δυτικού Νείλου", "πυρετός 39,5 °C", "αυχενική δυσκαμψία", "μηνιγγοεγκεφαλίτιδα", "λεύκωμα 112 mg/dL",
      "IgM αντισώματα έναντι WNV", "νευροδιηθητική νόσος"]),

    # 37 - The Bahamas, Eleuthera: community clinic nursing record with airlift request, ciguatera poisoning
    ("Governor's Harbour Community Clinic, Eleuthera - Department of Public Health\n"
     "NURSING RECORD - EMERGENCY / AIRLIFT REQUEST | 26 December 2025 (Boxing Day) 02:15\n"
     "Patient: Garvin Rolle-Pinder | 47 M | DOB 30/04/1978 | NIB 7250631 | Clinic chart GHC-4182\n"
     "Lives in Current, North Eleuthera; dockmaster at the Hatchet Bay marina.\n"
     "History: ate barracuda (about 12 lb, caught off Current Cut on Christmas Eve) at Christmas Day dinner with 4 "
     "family members. Within 4 hours vomiting and diarrhoea, then tingling lips, itchy palms, cold water feels hot "
     "(temperature reversal), weakness; now dizzy on standing.\n"
     "Obs: HR 46, BP 84/50, RR 18, SpO2 97% RA, T 36.4, BGL 6.1. Alert and oriented. ECG: sinus bradycardia 46, no "
     "block.\n"
     "Impression: ciguatera fish poisoning with symptomatic bradycardia and hypotension.\n"
     "Actions (telephone orders, Dr. Kendra Sands-McKinney, on call, Princess Margaret Hospital, Nassau, "
     "242-555-0168): IV NS 1 L bolus; atropine 0.5 mg IV x2 -> HR 62, BP 98/60; ondansetron 4 mg IV; mannitol "
     "discussed - not given; amitriptyline to be considered later for the paraesthesiae. Airlift requested; aircraft "
     "C6-BFK ETA 04:30.\n"
     "Family also seen: wife Latoya Rolle (mild, observed), son Dameko (mild), mother-in-law Miss Ivy Pinder, 83, "
     "watched overnight in the clinic.\n"
     "Nurse: Shavonne Culmer-Knowles, RN | Nursing Council reg. RN 20734",
     [("HOSPITAL", ["Governor's Harbour Community Clinic"]), ("LOCATION", ["Eleuthera"]),
      ("DATE", ["26 December 2025"]), ("DATE", ["Boxing Day"]), ("NAME", ["Garvin", "Rolle-Pinder"]),
      ("DATE", ["30/04/1978"]), ("ID", ["7250631"]), ("MRN", ["GHC-4182"]), ("LOCATION", ["Current"]),
      ("LOCATION", ["Hatchet Bay"]), ("LOCATION", ["Current Cut"]), ("DATE", ["Christmas Eve"]),
      ("DATE", ["Christmas Day"]), ("NAME", ["Kendra", "Sands-McKinney"]), ("HOSPITAL", ["Princess Margaret Hospital"]),
      ("LOCATION", ["Nassau"]), ("PHONE", ["242-555-0168"]), ("PLATE", ["C6-BFK"]), ("NAME", ["Latoya", "Rolle"]),
      ("NAME", ["Dameko"]), ("NAME", ["Ivy", "Pinder"]), ("NAME", ["Shavonne", "Culmer-Knowles"]),
      ("LICENCE", ["RN 20734"])],
     ["temperature reversal", "sinus bradycardia 46", "ciguatera fish poisoning", "atropine 0.5 mg IV",
      "ondansetron 4 mg IV", "mannitol", "amitriptyline"]),

    # 38 - Hong Kong (Lantau, Tai O): medical and geriatric discharge summary, patient aged 92 (traditional)
    ("醫院管理局　瑪嘉烈醫院　內科及老人科\n"
     "出院摘要\n"
     "姓名：黃亞娣（WONG Ah Tai）　性別：女　年齡：92歲　出生日期：1933年7月8日\n"
     "香港身份證號碼：C627815(7)　住院編號：HN18273046(5)\n"
     "地址：大嶼山大澳吉慶後街23號地下\n"
     "入院日期：2025年10月24日（由北大嶼山醫院轉入）　出院日期：2025年11月3日\n"
     "背景：獨居大澳棚屋，1968年喪夫，年輕時曬鹹魚、做蝦膏。女兒陳美蓮住東涌，每日探望。\n"
     "病史：10月21日起發燒、咳嗽、氣促，進食時常嗆咳。\n"
     "診斷：1. 吸入性肺炎　2. 吞嚥困難（言語治療評估：IDDSI 4級糊狀餐、0級稀流質需加凝固粉）　3. 慢性腎病第4期（eGFR 22）\n"
     "治療：Amoxicillin-clavulanate 1.2 g IV q8h 共7天，其後轉口服；胸肺物理治療；職業治療家居評估。重陽節當日仍在病房，由姨甥孫女帶糕點探望。\n"
     "出院安排：回家；東涌社康護理中心護士家訪；飲食IDDSI 4級。病人說「九十二歲都未試過住院咁耐」，希望農曆新年可以回大澳祠堂拜祭。\n"
     "覆診：2025年12月15日　老人科專科門診（瑪嘉烈醫院）\n"
     "聯絡人：女兒 陳美蓮　電話：9555 4182\n"
     "主診醫生：劉振邦醫生（香港醫務委員會註冊編號 M18273）",
     [("HOSPITAL", ["瑪嘉烈醫院"]), ("NAME", ["黃亞娣"]), ("NAME", ["WONG", "Ah Tai"]), ("AGE", ["92歲"]),
      ("DATE", ["1933年7月8日"]), ("ID", ["C627815(7)"]), ("MRN", ["HN18273046(5)"]), ("LOCATION", ["大嶼山"]),
      ("LOCATION", ["大澳"]), ("ADDRESS", ["吉慶後街23號地下"]), ("DATE", ["2025年10月24日"]), ("HOSPITAL", ["北大嶼山醫院"]),
      ("DATE", ["2025年11月3日"]), ("DATE", ["1968年"]), ("NAME", ["陳美蓮"]), ("LOCATION", ["東涌"]), ("DATE", ["10月21日"]),
      ("DATE", ["重陽節"]), ("HOSPITAL", ["東涌社康護理中心"]), ("AGE", ["九十二歲"]), ("DATE", ["農曆新年"]), ("DATE", ["2025年12月15日"]),
      ("PHONE", ["9555 4182"]), ("NAME", ["劉振邦"]), ("LICENCE", ["M18273"])],
     ["吸入性肺炎", "IDDSI 4級", "慢性腎病第4期", "eGFR 22", "Amoxicillin-clavulanate 1.2 g IV q8h", "胸肺物理治療"]),

    # 39 - Canada, Yukon (Kluane): dictated plastic surgery consultation, deep frostbite of the hand
    ("Whitehorse General Hospital - Yukon Hospitals\n"
     "5 Hospital Road, Whitehorse, YT Y1A 3H7\n"
     "CONSULTATION - PLASTIC SURGERY | Job #77215 | D: 02/09/2026 T: 02/10/2026\n"
     "Patient: Rory Fitzsimmons-Kwok | DOB 1990-11-22 | YHCIP 004182736 | MRN WGH-0627193\n"
     "Referring: Dr. Anneliese Ekwueme-Lindholm, Emergency\n"
     "cc: Destruction Bay Health Centre\n"
     "\n"
     "HISTORY: Thank you for asking me to see this 35-year-old highway maintenance worker with Yukon Highways and "
     "Public Works at the Destruction Bay camp. On 02/06 his snowmachine broke down near Burwash Landing at minus 38 "
     "and he spent the night in the open; his co-worker Dale Johnny found him at 07:00. He was rewarmed at the health "
     "centre and flown in on C-GKWR the same day.\n"
     "EXAMINATION: left hand - hemorrhagic blisters over the dorsum of the index to little fingers, digits cold and "
     "mottled, no capillary refill distal to the PIP joints. Right hand - clear blisters only. Feet superficial.\n"
     "INVESTIGATIONS: Tc-99m bone scan 02/07: absent uptake in the distal and middle phalanges of the left index, "
     "middle and ring fingers.\n"
     "TREATMENT SO FAR: iloprost infusion 2 ng/kg/min over 6 h daily, day 3 today; tPA not given, as more than 24 h "
     "had passed since rewarming. Aloe vera to blisters, ibuprofen 400 mg q12h, tetanus up to date.\n"
     "IMPRESSION: deep frostbite left hand, Cauchy grade 3.\n"
     "PLAN: complete 5 days of iloprost; hand therapy; no surgery until demarcation, likely 4-6 weeks. Follow-up in my "
     "clinic 02/23. He will go home to Haines Junction with his partner Cheyenne; phone 867-555-0172.\n"
     "\n"
     "Dictated but not read.\n"
     "Lachlan Aucoin-Sato, MD, FRCSC, Plastic Surgery | YMC licence 1264 | fax 867-555-0199",
     [("HOSPITAL", ["Whitehorse General Hospital"]), ("HOSPITAL", ["Yukon Hospitals"]),
      ("ADDRESS", ["5 Hospital Road"]), ("LOCATION", ["Whitehorse"]), ("POSTCODE", ["Y1A 3H7"]), ("ID", ["77215"]),
      ("DATE", ["02/09/2026"]), ("DATE", ["02/10/2026"]), ("NAME", ["Rory", "Fitzsimmons-Kwok"]),
      ("DATE", ["1990-11-22"]), ("ID", ["004182736"]), ("MRN", ["WGH-0627193"]),
      ("NAME", ["Anneliese", "Ekwueme-Lindholm"]), ("HOSPITAL", ["Destruction Bay Health Centre"]),
      ("LOCATION", ["Yukon Highways and Public Works"]), ("LOCATION", ["Destruction Bay"]), ("DATE", ["02/06"]),
      ("LOCATION", ["Burwash Landing"]), ("NAME", ["Dale", "Johnny"]), ("PLATE", ["C-GKWR"]), ("DATE", ["02/07"]),
      ("DATE", ["02/23"]), ("LOCATION", ["Haines Junction"]), ("NAME", ["Cheyenne"]), ("PHONE", ["867-555-0172"]),
      ("NAME", ["Lachlan", "Aucoin-Sato"]), ("LICENCE", ["1264"]), ("PHONE", ["867-555-0199"])],
     ["hemorrhagic blisters", "Tc-99m bone scan", "iloprost infusion 2 ng/kg/min", "tPA", "ibuprofen 400 mg q12h",
      "Cauchy grade 3"]),
]

MORE_NOTES = NOTES
