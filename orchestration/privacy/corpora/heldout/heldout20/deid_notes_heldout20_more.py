"""Notes 20-39 of the twentieth HELD-OUT set (see :mod:`deid_notes_heldout20` for how it was written and what it holds).

These 20 notes hold 558 planted identifier parts in 474 (kind, parts) entries and 135 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a cholera treatment centre line list (Lusaka); 22, a haemodialysis
run sheet (Anuradhapura); 23, a transthoracic echocardiogram report (Malta, for a patient from Gozo); 24, a medical
certificate of cause of death for a patient aged 96 (Bermuda); 25, a medical report for a travel insurer (Nepal); 27, a
rheumatic heart disease register entry with a benzathine penicillin injection record (Tonga); 28, a WorkSafeBC
physician's first report (Haida Gwaii); 30, an online consultation form with the GP's reply (Jersey); 31, a telehealth
video visit note (Hawaii); 33, a community clinic referral form (Belize); 34, a diabetic retinopathy screening report
(Torres Strait); 36, an occupational therapy pre-discharge home assessment (Cornwall); 37, a viral haemorrhagic fever
case investigation form (Kenema); 39, a polysomnography report (Al Ain). In Greek script: 26, a neonatal ICU shift
handover (Thessaloniki); 35, an emergency endoscopy report (Patras). In Chinese: 21, a paediatric discharge summary
(Hong Kong, traditional); 29, a consultation record (Guizhou, simplified); 38, a home medical care visit record for a
patient aged 93 (Hualien, traditional, with Republic of China dates). In Spanish: 32, an epicrisis (Chilean Patagonia).
Entries per kind here: LOCATION 102, NAME 93, DATE 83, HOSPITAL 37, PHONE 34, ID 28, ADDRESS 25, MRN 16, LICENCE 15,
POSTCODE 12, PLATE 6, EMAIL 5, SERIAL 5, AGE 4, URL 4, IP 3, HANDLE 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Zambia, Lusaka: cholera treatment centre line list
    ("MINISTRY OF HEALTH, ZAMBIA - LUSAKA DISTRICT HEALTH OFFICE\n"
     "CHOLERA TREATMENT CENTRE, HEROES STADIUM - LINE LIST, admissions in the 24 h ending 08:00 on 11/01/2026\n"
     "Compiled by: Mr. Mwansa Chisanga, Surveillance Officer, 097 555 4182\n"
     "Stool culture (UTH lab, sent 09/01): Vibrio cholerae O1 Ogawa.\n"
     "\n"
     "1 | Bwalya Mulenga | M | 34 | Kanyama, near the Chibolya water kiosk | NRC 418273/61/1 | 096 555 0183 | onset "
     "10/01 14:00, profuse rice-water stools | severe dehydration | Plan C: Ringer's lactate 100 mL/kg, then ORS; "
     "doxycycline 300 mg stat | RDT + | bed 14\n"
     "2 | Precious Tembo | F | 7 | George compound, behind the Pentecostal church | mother Mutinta, 077 555 2816 | "
     "onset 10/01 | some dehydration | Plan B: ORS 75 mL/kg over 4 h, zinc 20 mg | RDT + | bed 22\n"
     "3 | Gift Banda | M | 52 | Chawama, House No. 18/2 | NRC 205817/11/1 | no phone | onset 09/01, came in late "
     "| severe, shocked | Plan C, doxycycline 300 mg stat | RDT + | died 04:15 on 11/01; safe burial team called\n"
     "4 | Memory Phiri | F | 29 | Matero, Mutanda Road | 28 weeks pregnant | onset 10/01 | some dehydration | Plan B, "
     "azithromycin 1 g stat (pregnant) | RDT + | bed 9, midwife reviewed\n"
     "5 | Lubinda Sitali | M | 19 | Misisi; sells at Soweto Market | no phone | onset 10/01 | no dehydration | Plan A, "
     "ORS to take home | RDT - (culture sent) | discharged 07:30\n"
     "\n"
     "Totals: 5 admissions, 1 death (CFR 20%). Oral cholera vaccine drive planned for Kanyama and George.\n"
     "Checked by: Dr. Chanda Mwila-Lungu, CTC clinician in charge",
     [("LOCATION", ["LUSAKA"]), ("LOCATION", ["HEROES STADIUM"]), ("DATE", ["11/01/2026"]),
      ("NAME", ["Mwansa", "Chisanga"]),
      ("PHONE", ["097 555 4182"]), ("HOSPITAL", ["UTH"]), ("DATE", ["09/01"]), ("NAME", ["Bwalya", "Mulenga"]),
      ("LOCATION", ["Kanyama"]), ("LOCATION", ["Chibolya"]), ("ID", ["418273/61/1"]), ("PHONE", ["096 555 0183"]),
      ("DATE", ["10/01"]), ("NAME", ["Precious", "Tembo"]), ("LOCATION", ["George"]), ("NAME", ["Mutinta"]),
      ("PHONE", ["077 555 2816"]), ("NAME", ["Gift", "Banda"]), ("LOCATION", ["Chawama"]),
      ("ADDRESS", ["House No. 18/2"]), ("ID", ["205817/11/1"]), ("DATE", ["11/01"]), ("NAME", ["Memory", "Phiri"]),
      ("LOCATION", ["Matero"]), ("ADDRESS", ["Mutanda Road"]), ("NAME", ["Lubinda", "Sitali"]),
      ("LOCATION", ["Misisi"]),
      ("LOCATION", ["Soweto Market"]), ("NAME", ["Chanda", "Mwila-Lungu"])],
     ["Vibrio cholerae O1 Ogawa", "rice-water stools", "Ringer's lactate 100 mL/kg", "doxycycline 300 mg stat",
      "ORS 75 mL/kg", "azithromycin 1 g stat", "CFR 20%"]),

    # 21 - Hong Kong, New Territories (Sha Tin / Tai Po): paediatric discharge summary, Kawasaki disease
    # (traditional Chinese)
    ("醫院管理局　威爾斯親王醫院　兒科部\n"
     "香港新界沙田銀城街30-32號\n"
     "出院摘要\n"
     "病人姓名：陳樂晴（CHAN LOK CHING）　性別：女　年齡：3歲3個月\n"
     "出生日期：2022年8月19日　身份證明文件號碼：Y528164(2)　病歷編號：HN25041827(3)\n"
     "住址：新界大埔大尾督村41號\n"
     "入院日期：2025年12月2日　出院日期：2025年12月9日\n"
     "診斷：川崎病（完全型）\n"
     "病史：發燒6天，雙眼結膜充血（無分泌物）、草莓舌、口唇乾裂、手足硬腫、頸部淋巴結腫大 1.8 cm 及多形皮疹。"
     "就讀快樂種籽幼稚園 K1 班，同班無類似病例。\n"
     "檢查：CRP 142 mg/L，白血球 18.6 ×10⁹/L，血小板 512 ×10⁹/L，ALT 88 U/L，白蛋白 28 g/L。"
     "心臟超聲波：左前降支 Z-score +2.6（擴張），未見動脈瘤。\n"
     "治療：12月3日靜脈注射免疫球蛋白（IVIG）2 g/kg，24小時內退燒；阿士匹靈 80 mg/kg/日，退燒48小時後改為 "
     "3–5 mg/kg/日。\n"
     "出院安排：繼續低劑量阿士匹靈；11個月內暫停活疫苗（麻疹、水痘）。覆診：2026年1月6日兒科專科門診，同日覆查心臟超聲波。\n"
     "家長：母親 何嘉敏　電話 9555 4182\n"
     "主診醫生：黃志聰醫生（醫委會註冊編號 M18274）",
     [("HOSPITAL", ["威爾斯親王醫院"]), ("LOCATION", ["新界"]), ("LOCATION", ["沙田"]), ("ADDRESS", ["銀城街30-32號"]),
      ("NAME", ["陳樂晴"]),
      ("NAME", ["CHAN", "LOK CHING"]), ("DATE", ["2022年8月19日"]), ("ID", ["Y528164(2)"]), ("MRN", ["HN25041827(3)"]),
      ("LOCATION", ["大埔"]), ("ADDRESS", ["大尾督村41號"]), ("DATE", ["2025年12月2日"]), ("DATE", ["2025年12月9日"]),
      ("LOCATION", ["快樂種籽幼稚園"]), ("DATE", ["12月3日"]), ("DATE", ["2026年1月6日"]), ("NAME", ["何嘉敏"]),
      ("PHONE", ["9555 4182"]), ("NAME", ["黃志聰"]), ("LICENCE", ["M18274"])],
     ["川崎病", "草莓舌", "CRP 142 mg/L", "Z-score +2.6", "IVIG", "2 g/kg", "阿士匹靈 80 mg/kg/日"]),

    # 22 - Sri Lanka, North Central Province (Anuradhapura): haemodialysis run sheet, CKD of unknown aetiology
    ("TEACHING HOSPITAL ANURADHAPURA - Renal Unit, Haemodialysis Unit\n"
     "HAEMODIALYSIS TREATMENT RECORD (RUN SHEET) | 25/11/2025 | Morning shift | Station 6\n"
     "Machine: Nipro Surdial X, serial no. 18SX41827\n"
     "Name in full: Wijesinghe Mudiyanselage Sunil Bandara | 52 y | M | NIC 197312804182 | Clinic No. RU/AP/18274 | "
     "BHT 4182/25\n"
     "Address: No. 118, Yaya 4, Padaviya | Paddy farmer; comes by three-wheeler (NC QB-4182) with his son Chaminda "
     "(071 555 4182).\n"
     "Diagnosis: CKDu, on MHD twice weekly since May.\n"
     "Access: L radiocephalic AV fistula - thrill and bruit present, no signs of infection. 16G needles, rope-ladder "
     "sites.\n"
     "Pre: weight 61.8 kg (dry weight 58.5 kg), BP 168/92, HR 84, T 36.8. UF goal 3.0 L.\n"
     "Prescription: 4 h, Qb 250 mL/min, Qd 500 mL/min, heparin 2000 IU bolus + 500 IU/h, FX80 dialyser, "
     "bicarbonate bath K 2.\n"
     "Intra: 2nd hour BP 88/50 with cramps - intradialytic hypotension: UF off 15 min, NS 200 mL, legs up; resumed "
     "at lower UF rate.\n"
     "Post: weight 59.1 kg, BP 142/80. Kt/V 1.21, URR 67%.\n"
     "Bloods sent: Hb 8.4 - EPO 4000 IU given post-dialysis. Next session 28/11.\n"
     "Nursing Officer: G.P. Nilmini Perera | MO: Dr. Thevarajah Sivakumaran, SLMC Reg. No. 28174\n"
     "Note: Mr. Bandara asked about the transplant list at Kandy again - discussed at the next clinic.",
     [("HOSPITAL", ["TEACHING HOSPITAL ANURADHAPURA"]), ("DATE", ["25/11/2025"]), ("SERIAL", ["18SX41827"]),
      ("NAME", ["Wijesinghe", "Mudiyanselage", "Sunil", "Bandara"]), ("ID", ["197312804182"]),
      ("MRN", ["RU/AP/18274"]), ("MRN", ["4182/25"]), ("ADDRESS", ["No. 118, Yaya 4"]), ("LOCATION", ["Padaviya"]),
      ("PLATE", ["NC QB-4182"]), ("NAME", ["Chaminda"]), ("PHONE", ["071 555 4182"]), ("DATE", ["May"]),
      ("DATE", ["28/11"]), ("NAME", ["Nilmini", "Perera"]), ("NAME", ["Thevarajah", "Sivakumaran"]),
      ("LICENCE", ["28174"]), ("NAME", ["Bandara"]), ("LOCATION", ["Kandy"])],
     ["CKDu", "thrill and bruit present", "Qb 250 mL/min", "heparin 2000 IU", "intradialytic hypotension",
      "Kt/V 1.21", "URR 67%"]),

    # 23 - Malta (Gozo): transthoracic echocardiogram report, acute pulmonary embolism
    ("MATER DEI HOSPITAL - Cardiac Investigations Unit\n"
     "Triq Dun Karm, L-Imsida MSD 2090 | tel 2545 4182\n"
     "TRANSTHORACIC ECHOCARDIOGRAM REPORT | Study date: 04/03/2026 | Accession ECHO-26-041827\n"
     "Images: https://pacs.materdei.gov.mt/viewer?acc=ECHO-26-041827 | Scanner: Vivid E95, s/n VE95-418273\n"
     "Patient: Ms Guzeppa (Josephine) Vella-Borg | F | DOB 11/11/1959 | ID card 0418273M\n"
     "Referred by: Dr Kevin Xuereb, Gozo General Hospital (transferred by air from Victoria this morning)\n"
     "Works on the Gozo Channel ferry (catering). Flight back from Toronto 3 days ago; sudden dyspnoea and a "
     "syncope on the quay at Mgarr.\n"
     "Findings:\n"
     "- LV normal size, LVEF 60% (Simpson's biplane), hyperdynamic. D-shaped septum in systole and diastole.\n"
     "- RV dilated, RV/LV ratio 1.3; free wall akinesia with apical sparing (McConnell's sign). TAPSE 13 mm.\n"
     "- TR peak gradient 48 mmHg, PASP 58 mmHg; RVOT acceleration time 58 ms with mid-systolic notching - "
     "60/60 sign present.\n"
     "- IVC 2.4 cm, <50% collapse. No pericardial effusion. Mobile thrombus in transit in the RA: none seen.\n"
     "Conclusion: acute RV pressure overload, in keeping with acute pulmonary embolism; intermediate-high risk.\n"
     "Phoned to the medical registrar on call, Dr Ramona Spiteri, at 10:42.\n"
     "Reported by: Dr Albert Farrugia-Camilleri, Consultant Cardiologist, Medical Council Malta Reg. No. 4182 | "
     "Sonographer: Rebekah Mifsud, cardiac physiologist",
     [("HOSPITAL", ["MATER DEI HOSPITAL"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["L-Imsida"]),
      ("POSTCODE", ["MSD 2090"]), ("PHONE", ["2545 4182"]), ("DATE", ["04/03/2026"]), ("ID", ["ECHO-26-041827"]),
      ("URL", ["https://pacs.materdei.gov.mt/viewer?acc=ECHO-26-041827"]), ("SERIAL", ["VE95-418273"]),
      ("NAME", ["Guzeppa", "Josephine", "Vella-Borg"]), ("DATE", ["11/11/1959"]), ("ID", ["0418273M"]),
      ("NAME", ["Kevin", "Xuereb"]), ("HOSPITAL", ["Gozo General Hospital"]), ("LOCATION", ["Victoria"]),
      ("LOCATION", ["Gozo Channel"]), ("LOCATION", ["Toronto"]), ("LOCATION", ["Mgarr"]),
      ("NAME", ["Ramona", "Spiteri"]),
      ("NAME", ["Albert", "Farrugia-Camilleri"]), ("LICENCE", ["4182"]), ("NAME", ["Rebekah", "Mifsud"])],
     ["LVEF 60% (Simpson's biplane)", "D-shaped septum", "RV/LV ratio 1.3", "McConnell's sign", "TAPSE 13 mm",
      "PASP 58 mmHg", "60/60 sign"]),

    # 24 - Bermuda (Devonshire and Paget parishes): medical certificate of cause of death, aged 96
    ("GOVERNMENT OF BERMUDA - REGISTRY GENERAL\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH | Certificate No. MC 2026/0418\n"
     "Name of deceased: Mrs. Ernestine Louise Trott-Burrows\n"
     "Date of death: 27th February 2026 | Time: 04:35\n"
     "Place of death: at home, \"Kindley Cottage\", 7 Middle Road, Devonshire DV 05\n"
     "Date of birth: 14 August 1929 | Age: 96 years | Sex: F\n"
     "Occupation: retired schoolteacher (Warwick Academy); organist at St. Mark's Church for many years\n"
     "CAUSE OF DEATH\n"
     "I (a) Aspiration pneumonia - approx. interval 5 days\n"
     "  (b) Parkinson's disease, Hoehn and Yahr stage 5 - approx. interval 15 years (diagnosed 2011)\n"
     "II  Chronic kidney disease stage 4; atrial fibrillation\n"
     "Last seen alive by me: 25/02/2026. Seen after death by me: yes. Post-mortem: no. Reported to the Coroner: no - "
     "expected death, on a palliative plan since her admission to King Edward VII Memorial Hospital on 3 January "
     "2026 (discharged 9 January 2026).\n"
     "Note for the Registrar: she stopped eating around her 96th birthday in August and chose comfort care; the "
     "family wish the funeral to be at St. Mark's.\n"
     "Informant: son Mr. Desmond Trott, 441-555-0167, desmond.trott@logic.bm\n"
     "Certifying practitioner: Dr. Kamau Simmons-Ratteray, MB BS | Bermuda Medical Council Reg. 418\n"
     "Paget Family Practice, 2 Lover's Lane, Paget PG 02 | tel 441-555-0184",
     [("ID", ["MC 2026/0418"]), ("NAME", ["Ernestine", "Louise", "Trott-Burrows"]), ("DATE", ["27th February 2026"]),
      ("ADDRESS", ["Kindley Cottage"]), ("ADDRESS", ["7 Middle Road"]), ("LOCATION", ["Devonshire"]),
      ("POSTCODE", ["DV 05"]), ("DATE", ["14 August 1929"]), ("AGE", ["96 years"]),
      ("LOCATION", ["Warwick Academy"]), ("LOCATION", ["St. Mark's Church"]), ("DATE", ["2011"]),
      ("DATE", ["25/02/2026"]), ("HOSPITAL", ["King Edward VII Memorial Hospital"]), ("DATE", ["3 January 2026"]),
      ("DATE", ["9 January 2026"]), ("AGE", ["96th"]), ("DATE", ["August"]), ("LOCATION", ["St. Mark's"]),
      ("NAME", ["Desmond", "Trott"]), ("PHONE", ["441-555-0167"]), ("EMAIL", ["desmond.trott@logic.bm"]),
      ("NAME", ["Kamau", "Simmons-Ratteray"]), ("LICENCE", ["418"]), ("HOSPITAL", ["Paget Family Practice"]),
      ("ADDRESS", ["2 Lover's Lane"]), ("LOCATION", ["Paget"]), ("POSTCODE", ["PG 02"]), ("PHONE", ["441-555-0184"])],
     ["Aspiration pneumonia", "Parkinson's disease", "Hoehn and Yahr stage 5", "Chronic kidney disease stage 4",
      "atrial fibrillation", "approx. interval 5 days"]),

    # 25 - Nepal (Khumbu / Kathmandu): medical report for a travel insurer, high-altitude pulmonary oedema
    ("CIWEC Hospital, Lainchaur, Kathmandu 44600 | +977 1 555 4182 | intl.desk@ciwec-clinic.com\n"
     "MEDICAL REPORT FOR TRAVEL INSURER - CLAIM SUPPORT | 19 October 2025\n"
     "To: Medical Assistance Team, Summit Assist - claims portal https://claims.summitassist.eu/case/CLM-2025-0918274\n"
     "Policy No. POL-NL-7741-418273 | Claim No. CLM-2025-0918274 | Our ref: CW-25-4182\n"
     "Patient: Ms Femke Hoogendoorn-Bakker | F | 41 | DOB 23/06/1984 | passport NXK41R8J2 | home: Amersfoort\n"
     "History: day 9 of an Everest Base Camp trek with Sherpa Adventure Treks (guide Mr. Pasang Nuru Sherpa). At "
     "Lobuche (4,940 m) on the evening of 14 October she developed dyspnoea at rest, a wet cough and pink frothy "
     "sputum; Lake Louise score 6 the night before (headache, nausea) was ignored. She had not taken acetazolamide "
     "125 mg BD as advised. At the HRA aid post in Pheriche: SpO2 62% on air, crackles to mid-zones; treated with "
     "oxygen, nifedipine SR 30 mg and 2 h in a Gamow bag, then carried down. Helicopter evacuation on 15/10 (9N-ALQ) "
     "to Lukla and on to Kathmandu.\n"
     "Here 15/10-18/10/2025: SpO2 89% on air at 1,400 m on arrival, 97% at discharge. CXR: patchy R mid and lower "
     "zone opacities, clearing by day 3. Echo: normal LV, PASP 38 mmHg. Diagnosis: HAPE, resolved.\n"
     "Fitness to fly: fit for a commercial flight from 20/10/2025 without supplemental oxygen.\n"
     "Husband Joost Hoogendoorn (+31 6 5554 1827) travelling with her. She posted the whole evacuation on Instagram "
     "as @femke.opreis - we have asked her to take the photo of her wristband down.\n"
     "Dr. Bishnu Hari Adhikari-Thapa, MD | NMC Reg. No. 14182",
     [("HOSPITAL", ["CIWEC Hospital"]), ("LOCATION", ["Lainchaur"]), ("LOCATION", ["Kathmandu"]),
      ("POSTCODE", ["44600"]),
      ("PHONE", ["+977 1 555 4182"]), ("EMAIL", ["intl.desk@ciwec-clinic.com"]), ("DATE", ["19 October 2025"]),
      ("URL", ["https://claims.summitassist.eu/case/CLM-2025-0918274"]), ("ID", ["POL-NL-7741-418273"]),
      ("ID", ["CLM-2025-0918274"]), ("ID", ["CW-25-4182"]), ("NAME", ["Femke", "Hoogendoorn-Bakker"]),
      ("DATE", ["23/06/1984"]), ("ID", ["NXK41R8J2"]), ("LOCATION", ["Amersfoort"]),
      ("LOCATION", ["Everest Base Camp"]), ("LOCATION", ["Sherpa Adventure Treks"]),
      ("NAME", ["Pasang", "Nuru", "Sherpa"]), ("LOCATION", ["Lobuche"]),
      ("DATE", ["14 October"]), ("LOCATION", ["Pheriche"]), ("DATE", ["15/10"]), ("PLATE", ["9N-ALQ"]),
      ("LOCATION", ["Lukla"]), ("DATE", ["18/10/2025"]), ("DATE", ["20/10/2025"]), ("NAME", ["Joost", "Hoogendoorn"]),
      ("PHONE", ["+31 6 5554 1827"]), ("HANDLE", ["@femke.opreis"]), ("NAME", ["Bishnu", "Hari", "Adhikari-Thapa"]),
      ("LICENCE", ["14182"])],
     ["pink frothy sputum", "Lake Louise score 6", "acetazolamide 125 mg BD", "SpO2 62%", "nifedipine SR 30 mg",
      "Gamow bag", "HAPE"]),

    # 26 - Greece, Central Macedonia (Thessaloniki): neonatal intensive care shift handover (Greek)
    ("Γ.Ν. Θεσσαλονίκης «Ιπποκράτειο» - Μονάδα Εντατικής Νοσηλείας Νεογνών\n"
     "Κωνσταντινουπόλεως 49, 546 42 Θεσσαλονίκη | τηλ. 2313 312 418\n"
     "ΠΑΡΑΔΟΣΗ ΒΑΡΔΙΑΣ (πρωινή προς απογευματινή) | Τρίτη 24 Μαρτίου 2026, 14:30\n"
     "Θερμοκοιτίδα 4: Νεογνό θήλυ Παπαδημητρίου, αβάπτιστο | ΑΜ 26-04182 | γεν. 17/03/2026, 28+4 εβδομάδων, "
     "1.080 g\n"
     "Γεννήθηκε στο Μαιευτήριο Γένεσις, διακομιδή με ΕΚΑΒ. Apgar 6/8. Μητέρα: Σταματία Παπαδημητρίου του Νικολάου, "
     "34 ετών, από τη Νέα Μηχανιώνα, κιν. 694 555 1827· πατέρας Ιορδάνης Ζήσης.\n"
     "Αναπνευστικό: nCPAP 6 cmH2O, FiO2 0,28. Curosurf 200 mg/kg με LISA στις 17 Μαρτίου. Κιτρική καφεΐνη 5 mg/kg/ημ. "
     "Άπνοιες: 2 με βραδυκαρδία στη βάρδια, αυτοϊάσιμες.\n"
     "Κυκλοφορικό: σταθερό, ΑΠ μέση 34. PDA 2,1 mm στο υπερηχογράφημα χθες, χωρίς αγωγή.\n"
     "Γαστρεντερικό: μητρικό γάλα 2 ml/3ωρο. Στις 12:00 κοιλιά ελαφρώς διατεταμένη, χολώδες γαστρικό υπόλειμμα "
     "1,5 ml - σε NPO, ακτινογραφία κοιλίας χωρίς πνευμάτωση· υποψία NEC, Bell στάδιο IA. Επανεκτίμηση στις 18:00.\n"
     "Λοιμώξεις: αμπικιλλίνη και γενταμικίνη διακόπηκαν στις 48 ώρες (CRP και καλλιέργεια αρνητικές). Νέα "
     "καλλιέργεια αίματος σήμερα.\n"
     "ΚΝΣ: υπερηχογράφημα εγκεφάλου - IVH βαθμού I κατά Papile αριστερά.\n"
     "Γονείς ενημερώθηκαν από τον Δρ Θεμιστοκλή Αναστασιάδη-Ρίζο στις 13:00.\n"
     "Παραδίδει: Ευανθία Τσολάκη | Παραλαμβάνει: Κυριακή Μαυρίδου",
     [("HOSPITAL", ["Ιπποκράτειο"]), ("LOCATION", ["Θεσσαλονίκης"]), ("ADDRESS", ["Κωνσταντινουπόλεως 49"]),
      ("POSTCODE", ["546 42"]), ("LOCATION", ["Θεσσαλονίκη"]), ("PHONE", ["2313 312 418"]),
      ("DATE", ["24 Μαρτίου 2026"]), ("NAME", ["Παπαδημητρίου"]), ("MRN", ["26-04182"]), ("DATE", ["17/03/2026"]),
      ("HOSPITAL", ["Μαιευτήριο Γένεσις"]), ("NAME", ["Σταματία", "Παπαδημητρίου"]), ("NAME", ["Νικολάου"]),
      ("LOCATION", ["Νέα Μηχανιώνα"]), ("PHONE", ["694 555 1827"]), ("NAME", ["Ιορδάνης", "Ζήσης"]),
      ("DATE", ["17 Μαρτίου"]), ("NAME", ["Θεμιστοκλή", "Αναστασιάδη-Ρίζο"]), ("NAME", ["Ευανθία", "Τσολάκη"]),
      ("NAME", ["Κυριακή", "Μαυρίδου"])],
     ["28+4 εβδομάδων", "Apgar 6/8", "nCPAP 6 cmH2O", "Curosurf 200 mg/kg", "LISA", "Bell στάδιο IA",
      "IVH βαθμού I κατά Papile"]),

    # 27 - Tonga (Tongatapu): rheumatic heart disease register entry and benzathine penicillin injection record
    ("VAIOLA HOSPITAL, NUKU'ALOFA - Rheumatic Heart Disease Control Programme\n"
     "RHD REGISTER ENTRY & SECONDARY PROPHYLAXIS (BPG) CARD | Register No. RHD-TBU-0418 | Patient No. VH 418273\n"
     "Name: Losaline Mele Fifita | F | 13 y | DOB 21/05/2012 | Form 2, Queen Salote College\n"
     "Village: Kolomotu'a, Tongatapu. Father Sione Fifita (fisherman, Tonga Fish Export); mother 'Ana Fifita, "
     "mobile 775 5418.\n"
     "History: acute rheumatic fever, first episode in March 2025 - carditis and migratory polyarthritis, fever, "
     "ASOT 800 IU/mL; met the Revised Jones criteria (AHA 2015).\n"
     "Echo (WHF 2023 criteria): definite RHD - moderate MR, mild AR, thickened anterior mitral leaflet. Carey Coombs "
     "murmur heard in the acute phase, now gone.\n"
     "Prophylaxis: benzathine penicillin G (Bicillin L-A) 1,200,000 units deep IM every 28 days, until she is 25 at "
     "least. Lignocaine 1% 0.25 mL in the syringe for pain.\n"
     "INJECTION RECORD\n"
     "Due 05/08/2025 - given 05/08/2025, L ventrogluteal, Sr Kalolaine Taufa\n"
     "Due 02/09/2025 - given 04/09/2025, R ventrogluteal, Sr Kalolaine Taufa\n"
     "Due 30/09/2025 - given 30/09/2025, L ventrogluteal, Sr Kalolaine Taufa\n"
     "Due 28/10/2025 - missed: family on 'Eua for her grandfather's funeral; given 03/11/2025 at home by outreach "
     "nurse Siosaia Vaipulu\n"
     "Days covered in the last 12 months: 96%.\n"
     "Reviewing doctor: Dr Viliami Tangitau, Paediatrician",
     [("HOSPITAL", ["VAIOLA HOSPITAL"]), ("LOCATION", ["NUKU'ALOFA"]), ("ID", ["RHD-TBU-0418"]), ("MRN", ["VH 418273"]),
      ("NAME", ["Losaline", "Mele", "Fifita"]), ("DATE", ["21/05/2012"]), ("LOCATION", ["Queen Salote College"]),
      ("LOCATION", ["Kolomotu'a"]), ("LOCATION", ["Tongatapu"]), ("NAME", ["Sione", "Fifita"]),
      ("LOCATION", ["Tonga Fish Export"]), ("NAME", ["'Ana", "Fifita"]), ("PHONE", ["775 5418"]),
      ("DATE", ["March 2025"]), ("DATE", ["05/08/2025"]), ("NAME", ["Kalolaine", "Taufa"]), ("DATE", ["02/09/2025"]),
      ("DATE", ["04/09/2025"]), ("DATE", ["30/09/2025"]), ("DATE", ["28/10/2025"]), ("LOCATION", ["'Eua"]),
      ("DATE", ["03/11/2025"]), ("NAME", ["Siosaia", "Vaipulu"]), ("NAME", ["Viliami", "Tangitau"])],
     ["ASOT 800 IU/mL", "Revised Jones criteria (AHA 2015)", "WHF 2023 criteria", "Carey Coombs murmur",
      "Bicillin L-A", "1,200,000 units", "every 28 days"]),

    # 28 - Canada, British Columbia (Haida Gwaii): WorkSafeBC physician's first report, chainsaw hand injury
    ("WorkSafeBC - PHYSICIAN'S REPORT (Form 8) | faxed to 1-888-555-0142\n"
     "Claim No. 41827364 | Date of service: 2025-08-12\n"
     "Practitioner: Dr. Rowan Achterberg-Nair | MSP Practitioner No. 41827 | Northern Haida Gwaii Hospital and "
     "Health Centre, Masset\n"
     "Worker: Shane Edenshaw-Bellis | DOB 1990-11-04 | PHN 9418273645 | 1418 Tow Hill Road, Masset BC V0T 1M0 | "
     "250-555-0171\n"
     "Employer: Taan Forest, Port Clements | contact: Deb Moody, safety coordinator, 250-555-0149\n"
     "Date of injury: 2025-08-11, about 14:30, in a cutblock off the Juskatla mainline.\n"
     "How it happened: chainsaw kickback while limbing; the chain caught the back of his left hand through the glove.\n"
     "First seen: 2025-08-11 17:10 here, after a 2 h drive out.\n"
     "Findings: 6 cm ragged laceration over the dorsum of the L hand; EDC to index and middle fingers partially "
     "divided (about 60%), zone VI; extension lag 20 degrees at the index MCP. Sensation intact. Allen test normal. "
     "X-ray: no fracture, no foreign body.\n"
     "Treatment: wrist block, washout, cefazolin 2 g IV, Tdap; tendons repaired with 4-0 Ethibond core sutures; skin "
     "closed; relative motion extension splint.\n"
     "Diagnosis: laceration L hand with partial extensor tendon injury, zone VI.\n"
     "Fit for work: no. Estimated time off: 6-8 weeks. Hand therapy referral sent to Daajing Giids. Review "
     "2025-08-26.",
     [("PHONE", ["1-888-555-0142"]), ("ID", ["41827364"]), ("DATE", ["2025-08-12"]),
      ("NAME", ["Rowan", "Achterberg-Nair"]), ("LICENCE", ["41827"]),
      ("HOSPITAL", ["Northern Haida Gwaii Hospital and Health Centre"]), ("LOCATION", ["Masset"]),
      ("NAME", ["Shane", "Edenshaw-Bellis"]), ("DATE", ["1990-11-04"]), ("ID", ["9418273645"]),
      ("ADDRESS", ["1418 Tow Hill Road"]), ("POSTCODE", ["V0T 1M0"]), ("PHONE", ["250-555-0171"]),
      ("LOCATION", ["Taan Forest"]), ("LOCATION", ["Port Clements"]), ("NAME", ["Deb", "Moody"]),
      ("PHONE", ["250-555-0149"]), ("DATE", ["2025-08-11"]), ("LOCATION", ["Juskatla"]),
      ("LOCATION", ["Daajing Giids"]),
      ("DATE", ["2025-08-26"])],
     ["EDC", "zone VI", "Allen test normal", "cefazolin 2 g IV", "Tdap", "4-0 Ethibond",
      "relative motion extension splint"]),

    # 29 - China, Guizhou (Qiandongnan, Leishan): consultation record, severe hand, foot and mouth disease
    # (simplified Chinese)
    ("雷山县人民医院　会诊记录\n"
     "申请科室：儿科　住院号：LS20250418　床号：6\n"
     "患儿：杨雨萱　女　3岁10个月　出生日期：2021年6月23日　身份证号：522634202106232041\n"
     "住址：雷山县西江镇羊排村　就读：西江镇中心幼儿园\n"
     "监护人：母亲 杨秀英（电话 15185541827）；父亲在东莞市长安镇一家电子厂打工，已通知。\n"
     "会诊时间：2025年5月20日 16:30\n"
     "病情摘要：发热3天，手、足、臀部疱疹，口腔溃疡。今日出现易惊、肢体抖动、呕吐2次，精神差。"
     "查体：T 39.2℃，HR 168次/分，RR 38次/分，BP 128/84 mmHg，CRT 3秒，四肢末梢凉；肌阵挛（+），克氏征阴性。"
     "血糖 9.8 mmol/L，白细胞 17.2×10⁹/L。EV71 核酸阳性。\n"
     "会诊意见：重症手足口病（3期，心肺衰竭前期）。1. 立即转州人民医院PICU；2. 甘露醇 0.5 g/kg 静滴；"
     "3. 丙种球蛋白 1 g/kg；4. 米力农泵入；5. 转运途中心电监护，备气管插管。由120救护车（贵H·12041）转运，"
     "已电话联系黔东南州人民医院PICU。\n"
     "会诊医师：黔东南州人民医院PICU 副主任医师 吴光荣\n"
     "申请医师：龙晓燕",
     [("HOSPITAL", ["雷山县人民医院"]), ("MRN", ["LS20250418"]), ("NAME", ["杨雨萱"]), ("DATE", ["2021年6月23日"]),
      ("ID", ["522634202106232041"]), ("LOCATION", ["雷山县"]), ("LOCATION", ["西江镇"]), ("ADDRESS", ["羊排村"]),
      ("LOCATION", ["西江镇中心幼儿园"]), ("NAME", ["杨秀英"]), ("PHONE", ["15185541827"]), ("LOCATION", ["东莞市"]),
      ("LOCATION", ["长安镇"]), ("DATE", ["2025年5月20日"]), ("HOSPITAL", ["州人民医院"]), ("PLATE", ["贵H·12041"]),
      ("HOSPITAL", ["黔东南州人民医院"]), ("NAME", ["吴光荣"]), ("NAME", ["龙晓燕"])],
     ["克氏征阴性", "EV71 核酸阳性", "3期", "甘露醇 0.5 g/kg", "丙种球蛋白 1 g/kg", "米力农", "CRT 3秒"]),

    # 30 - Jersey (Channel Islands): online consultation (e-consult) form with the GP's reply, migraine with aura
    ("ONLINE CONSULTATION - Grouville Medical Practice, La Rue a Don, Grouville JE3 9DB\n"
     "Submitted 14/05/2026 06:52 via https://grouvillemedical.je/econsult/form?ref=EC-5518274 from IP 82.148.237.19 | "
     "Ref EC-5518274\n"
     "Patient: Ms Elodie Le Brocq | DOB 09/09/1993 | Social Security No. JY418273A | Practice No. GMP-20418\n"
     "Address: Les Vignes, La Rue de la Fosse, Trinity JE3 5AA | 07797 555418 | elodie.lebrocq93@jerseymail.co.uk\n"
     "\n"
     "Q: What would you like help with?\n"
     "A: My migraines are getting worse. For the last 2 months I get zigzag lights in my left eye for about 20 "
     "minutes, then the headache. Never had that before. I've been on Rigevidon since my daughter Isla was born.\n"
     "Q: Red flags (worst headache ever, weakness, fever, headache on waking)?\n"
     "A: No to all.\n"
     "Q: Work?\n"
     "A: Staff nurse, nights, at Jersey General Hospital.\n"
     "Q: Smoking? A: No. BP at work last week 118/76.\n"
     "\n"
     "GP reply, 14/05/2026 11:20 - Dr Matthieu de Gruchy-Pallot:\n"
     "Dear Elodie, thank you. Because you now have migraine with aura, the combined pill is no longer safe for you "
     "(UKMEC 4 - it raises the risk of stroke). Please stop Rigevidon today and start desogestrel 75 micrograms once "
     "daily (progestogen-only pill), using condoms for the first 2 days. For attacks take sumatriptan 50 mg at the "
     "start of the headache, not during the aura, with ibuprofen 400 mg; no more than 2 days a week. Please keep a "
     "headache diary. I have booked you a review with our practice nurse, Kerry Pallister, on 19 May at 08:40 - "
     "reply here if that clashes with your shifts. Dr de Gruchy-Pallot",
     [("HOSPITAL", ["Grouville Medical Practice"]), ("ADDRESS", ["La Rue a Don"]), ("LOCATION", ["Grouville"]),
      ("POSTCODE", ["JE3 9DB"]), ("DATE", ["14/05/2026"]),
      ("URL", ["https://grouvillemedical.je/econsult/form?ref=EC-5518274"]), ("IP", ["82.148.237.19"]),
      ("ID", ["EC-5518274"]), ("NAME", ["Elodie", "Le Brocq"]), ("DATE", ["09/09/1993"]), ("ID", ["JY418273A"]),
      ("MRN", ["GMP-20418"]), ("ADDRESS", ["Les Vignes"]), ("ADDRESS", ["La Rue de la Fosse"]),
      ("LOCATION", ["Trinity"]),
      ("POSTCODE", ["JE3 5AA"]), ("PHONE", ["07797 555418"]), ("EMAIL", ["elodie.lebrocq93@jerseymail.co.uk"]),
      ("NAME", ["Isla"]), ("HOSPITAL", ["Jersey General Hospital"]), ("NAME", ["Matthieu", "de Gruchy-Pallot"]),
      ("NAME", ["Elodie"]), ("NAME", ["Kerry", "Pallister"]), ("DATE", ["19 May"])],
     ["Rigevidon", "migraine with aura", "UKMEC 4", "desogestrel 75 micrograms", "sumatriptan 50 mg",
      "ibuprofen 400 mg"]),

    # 31 - USA, Hawaii (Hawaii Island / Oahu): telehealth video visit, leprosy with erythema nodosum leprosum
    ("HAWAII DEPARTMENT OF HEALTH - HANSEN'S DISEASE COMMUNITY PROGRAM\n"
     "Clinic: Leahi Hospital, 3675 Kilauea Ave, Honolulu | 808-555-0131\n"
     "TELEHEALTH VIDEO VISIT NOTE | 2025-09-16 10:00 HST\n"
     "Link: https://hawaii-doh.zoom.us/j/84182736512 (meeting ID 841 8273 6512); patient joined from 172.58.41.207\n"
     "Patient: Ms. Limenmaan \"Limen\" Anjain-Jibas | 38 F | DOB 1987-04-02 | MRN HD-04182 | Med-QUEST ID 4182736501\n"
     "Location during visit: her home in Keaukaha, Hilo. Provider in Honolulu. Consent for video visit: verbal, "
     "documented.\n"
     "Marshallese interpreter: Mr. Kenneth Lajikit (on the call). Born on Ebeye, Kwajalein Atoll; works nights "
     "stocking shelves at KTA Super Stores.\n"
     "Dx: lepromatous leprosy (LL on Ridley-Jopling), multibacillary - Hansen's disease; WHO MDT-MB month 7 of 12: "
     "rifampin 600 mg and clofazimine 300 mg once a month, clofazimine 50 mg and dapsone 100 mg daily. G6PD normal.\n"
     "S: 5 days of painful red lumps on forearms and shins, fever 38.2 on her home thermometer, aching knees; "
     "tingling in the L ring and little fingers since Sunday.\n"
     "O (video): multiple tender erythematous nodules on both forearms and shins, some pustular; no ulceration. Could "
     "not palpate nerves.\n"
     "A: erythema nodosum leprosum (type 2 reaction), possible L ulnar neuritis.\n"
     "P: prednisone 40 mg daily with taper over 12 weeks; continue MDT; CBC, CMP, UA at Hilo Medical Center lab "
     "tomorrow; PHN Leilani Kamakau-Souza (covers Volcano and Pahoa) to visit Thursday for VMT/ST and foot check. "
     "Husband's phone 808-555-0172. She prefers reminders on Messenger (@limen.anjain).\n"
     "Malia Kealoha-Brandt, MD | HI license MD-18274",
     [("HOSPITAL", ["Leahi Hospital"]), ("ADDRESS", ["3675 Kilauea Ave"]), ("LOCATION", ["Honolulu"]),
      ("PHONE", ["808-555-0131"]), ("DATE", ["2025-09-16"]), ("URL", ["https://hawaii-doh.zoom.us/j/84182736512"]),
      ("ID", ["841 8273 6512"]), ("IP", ["172.58.41.207"]), ("NAME", ["Limenmaan", "Limen", "Anjain-Jibas"]),
      ("DATE", ["1987-04-02"]), ("MRN", ["HD-04182"]), ("ID", ["4182736501"]), ("LOCATION", ["Keaukaha"]),
      ("LOCATION", ["Hilo"]), ("NAME", ["Kenneth", "Lajikit"]), ("LOCATION", ["Ebeye"]),
      ("LOCATION", ["Kwajalein Atoll"]),
      ("LOCATION", ["KTA Super Stores"]), ("HOSPITAL", ["Hilo Medical Center"]), ("NAME", ["Leilani", "Kamakau-Souza"]),
      ("LOCATION", ["Volcano"]), ("LOCATION", ["Pahoa"]), ("PHONE", ["808-555-0172"]), ("HANDLE", ["@limen.anjain"]),
      ("NAME", ["Malia", "Kealoha-Brandt"]), ("LICENCE", ["MD-18274"])],
     ["Ridley-Jopling", "Hansen's disease", "rifampin 600 mg", "clofazimine 300 mg", "dapsone 100 mg", "G6PD normal",
      "erythema nodosum leprosum"]),

    # 32 - Chile, Aysén (Coyhaique): discharge summary (epicrisis), paralytic shellfish poisoning (Spanish)
    ("HOSPITAL REGIONAL DE COYHAIQUE - Unidad de Paciente Crítico\n"
     "Jorge Ibar 68, Coyhaique | Fono (67) 255 4182\n"
     "EPICRISIS\n"
     "Nombre: Sr. Juan Segundo Millalonco Huenchupán | RUT 12.418.736-2 | Ficha clínica 418273 | Previsión: "
     "FONASA B\n"
     "Edad: 52 años | Fecha de nacimiento: 4 de abril de 1973\n"
     "Domicilio: Pasaje Las Gaviotas 27, Puerto Aguirre | Fono +56 9 5554 1827\n"
     "Ocupación: buzo mariscador, socio de la Cooperativa de Buzos de Caleta Andrade.\n"
     "Fecha de ingreso: 3 de marzo de 2026 | Fecha de egreso: 7 de marzo de 2026\n"
     "Derivado desde la Posta de Salud Rural Puerto Aguirre; traslado en lancha y ambulancia SAMU (patente "
     "KTRW-41).\n"
     "Anamnesis: a las 2 horas de comer cholgas y choritos crudos sacados de un sector con veda por marea roja, "
     "presenta parestesias peribucales, disartria, debilidad ascendente y disnea.\n"
     "Examen de ingreso: Glasgow 13, pupilas midriáticas, tetraparesia, capacidad vital baja. Se intuba por "
     "insuficiencia respiratoria.\n"
     "Laboratorio: saxitoxina en los mariscos remanentes 1.850 µg STX eq/100 g (límite 80 µg/100 g).\n"
     "Evolución: ventilación mecánica por 46 horas, extubado el 5 de marzo sin incidentes. Sin secuelas "
     "neurológicas al alta.\n"
     "Diagnóstico de egreso: Intoxicación por veneno paralizante de los mariscos (VPM). Notificación obligatoria "
     "realizada a la SEREMI de Salud.\n"
     "Indicaciones: control en el Cesfam Víctor Domingo Silva en 7 días. No consumir mariscos de zonas con veda.\n"
     "Contacto: esposa Sra. Dolores Huichamán; su hija Rosario vive en La Junta.\n"
     "Médico tratante: Dra. Consuelo Ancapichún Ruiz | RNPI 418273-5",
     [("HOSPITAL", ["HOSPITAL REGIONAL DE COYHAIQUE"]), ("ADDRESS", ["Jorge Ibar 68"]), ("LOCATION", ["Coyhaique"]),
      ("PHONE", ["(67) 255 4182"]), ("NAME", ["Juan", "Segundo", "Millalonco", "Huenchupán"]),
      ("ID", ["12.418.736-2"]), ("MRN", ["418273"]), ("DATE", ["4 de abril de 1973"]),
      ("ADDRESS", ["Pasaje Las Gaviotas 27"]), ("LOCATION", ["Puerto Aguirre"]), ("PHONE", ["+56 9 5554 1827"]),
      ("LOCATION", ["Cooperativa de Buzos de Caleta Andrade"]), ("DATE", ["3 de marzo de 2026"]),
      ("DATE", ["7 de marzo de 2026"]), ("HOSPITAL", ["Posta de Salud Rural Puerto Aguirre"]), ("PLATE", ["KTRW-41"]),
      ("DATE", ["5 de marzo"]), ("HOSPITAL", ["Cesfam Víctor Domingo Silva"]), ("NAME", ["Dolores", "Huichamán"]),
      ("NAME", ["Rosario"]), ("LOCATION", ["La Junta"]), ("NAME", ["Consuelo", "Ancapichún", "Ruiz"]),
      ("LICENCE", ["418273-5"])],
     ["marea roja", "parestesias peribucales", "Glasgow 13", "saxitoxina", "80 µg/100 g",
      "veneno paralizante de los mariscos"]),

    # 33 - Belize (Spanish Lookout / Belmopan): referral form from a community clinic, cutaneous leishmaniasis
    ("MINISTRY OF HEALTH & WELLNESS, BELIZE - REFERRAL FORM\n"
     "From: Spanish Lookout Community Clinic, Center Road, Spanish Lookout | Tel 823-4182\n"
     "To: Medical Officer, Outpatient Department, Western Regional Hospital, Belmopan\n"
     "Date: 02/02/2026 | Clinic record no. SLC-0418\n"
     "Patient: Peter Klassen Wiebe | M | 46 | DOB 12/12/1979 | Social Security No. 418273650\n"
     "Address: Farm 41, Center Road, Spanish Lookout | Language: Plautdietsch (wife Aganetha Wiebe, nee Reimer, "
     "interprets; 671-5541)\n"
     "Occupation: runs Wiebe Lumber; clears bush for new fields near More Tomorrow and Never Delay, often after "
     "dark.\n"
     "History: 3 painless sores on the left forearm for 10 weeks, slowly getting bigger, not healing with "
     "cephalexin. A doctor at La Loma Luz Hospital, Santa Elena scraped one in December but he never went back for "
     "the result.\n"
     "Findings: three round ulcers, largest 3 x 2.5 cm, raised indurated rolled edge and a granular base, no "
     "discharge; small satellite nodules along the lymphatics. No mucosal lesions. Afebrile. Lymph nodes not "
     "enlarged.\n"
     "Skin scraping, Giemsa (our lab, 30/01): Leishman-Donovan bodies (amastigotes) seen.\n"
     "Impression: cutaneous leishmaniasis - \"chiclero's ulcer\", probably Leishmania mexicana.\n"
     "Request: confirm species if possible, and advise treatment (sodium stibogluconate, or local thermotherapy / "
     "cryotherapy). He will drive himself (pickup CY-C-41827).\n"
     "Referred by: Helena Dyck, Registered Nurse | Nurses and Midwives Council of Belize No. 418",
     [("HOSPITAL", ["Spanish Lookout Community Clinic"]), ("ADDRESS", ["Center Road"]),
      ("LOCATION", ["Spanish Lookout"]),
      ("PHONE", ["823-4182"]), ("HOSPITAL", ["Western Regional Hospital"]), ("LOCATION", ["Belmopan"]),
      ("DATE", ["02/02/2026"]), ("MRN", ["SLC-0418"]), ("NAME", ["Peter", "Klassen", "Wiebe"]),
      ("DATE", ["12/12/1979"]),
      ("ID", ["418273650"]), ("ADDRESS", ["Farm 41"]), ("NAME", ["Aganetha", "Wiebe"]), ("NAME", ["Reimer"]),
      ("PHONE", ["671-5541"]), ("LOCATION", ["Wiebe Lumber"]), ("LOCATION", ["More Tomorrow"]),
      ("LOCATION", ["Never Delay"]), ("HOSPITAL", ["La Loma Luz Hospital"]), ("LOCATION", ["Santa Elena"]),
      ("DATE", ["December"]), ("DATE", ["30/01"]), ("PLATE", ["CY-C-41827"]), ("NAME", ["Helena", "Dyck"]),
      ("LICENCE", ["418"])],
     ["cephalexin", "Giemsa", "Leishman-Donovan bodies", "cutaneous leishmaniasis", "chiclero's ulcer",
      "Leishmania mexicana", "sodium stibogluconate"]),

    # 34 - Australia, Queensland (Torres Strait): diabetic retinopathy screening report (teleophthalmology)
    ("Torres and Cape Hospital and Health Service - Thursday Island Hospital\n"
     "Douglas Street, Thursday Island QLD 4875 | Eye health program 07 4069 0418\n"
     "DIABETIC RETINOPATHY SCREENING REPORT\n"
     "Images captured: 18/06/2025 at Badu Island Primary Health Care Centre by Tahlia Gela, Advanced Health Worker\n"
     "Camera: Topcon TRC-NW400, serial no. 2418273 | Graded: 23/06/2025\n"
     "Patient: Mr Thomas Kris Nona | M | 57 | DOB 02/10/1967 | UR TIH-041827 | Medicare 2817 40365 1 / 3\n"
     "Home: Badu Island. Dives for crayfish for the Badu Island Seafood Co-op. T2DM for 14 years, insulin since "
     "2019; HbA1c 9.8% (84 mmol/mol) in May.\n"
     "VA: R 6/18, pinhole 6/12; L 6/9, pinhole 6/7.5.\n"
     "Right eye: moderate NPDR - multiple dot-blot haemorrhages in 3 quadrants, hard exudates within 1 disc diameter "
     "of the fovea = clinically significant macular oedema. Grade R2 M1.\n"
     "Left eye: mild NPDR, a few microaneurysms; no maculopathy. Grade R1 M0.\n"
     "Outcome: REFER R eye - OCT and likely aflibercept injections; booked with the visiting ophthalmology team from "
     "Cairns Hospital at the Thursday Island outreach clinic on 12 August. Rescreen L eye in 12 months. Message to "
     "the Badu clinic to keep working on his sugars.\n"
     "Grader: Dr Hemant Kulkarni-Rhodes, Ophthalmologist | AHPRA MED0001827364\n"
     "Copy to: badu.phcc@health.qld.gov.au",
     [("HOSPITAL", ["Torres and Cape Hospital and Health Service"]), ("HOSPITAL", ["Thursday Island Hospital"]),
      ("ADDRESS", ["Douglas Street"]), ("LOCATION", ["Thursday Island"]),
      ("POSTCODE", ["4875"]), ("PHONE", ["07 4069 0418"]), ("DATE", ["18/06/2025"]),
      ("HOSPITAL", ["Badu Island Primary Health Care Centre"]), ("NAME", ["Tahlia", "Gela"]), ("SERIAL", ["2418273"]),
      ("DATE", ["23/06/2025"]), ("NAME", ["Thomas", "Kris", "Nona"]), ("DATE", ["02/10/1967"]), ("MRN", ["TIH-041827"]),
      ("ID", ["2817 40365 1 / 3"]), ("LOCATION", ["Badu Island"]), ("LOCATION", ["Badu Island Seafood Co-op"]),
      ("DATE", ["May"]), ("HOSPITAL", ["Cairns Hospital"]), ("DATE", ["12 August"]), ("LOCATION", ["Badu"]),
      ("NAME", ["Hemant", "Kulkarni-Rhodes"]), ("LICENCE", ["MED0001827364"]),
      ("EMAIL", ["badu.phcc@health.qld.gov.au"])],
     ["HbA1c 9.8%", "moderate NPDR", "hard exudates", "clinically significant macular oedema", "R2 M1", "aflibercept",
      "6/18"]),

    # 35 - Greece, Western Greece (Patras / Aigio): emergency upper GI endoscopy report (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών - Γαστρεντερολογική Κλινική, Ενδοσκοπικό Τμήμα\n"
     "Ρίο, 265 04 Πάτρα | τηλ. 2613 603 418\n"
     "ΕΚΘΕΣΗ ΕΠΕΙΓΟΥΣΑΣ ΓΑΣΤΡΟΣΚΟΠΗΣΗΣ | 31/01/2026, 02:15\n"
     "Ασθενής: Θεόδωρος (Θοδωρής) Αλεξανδρόπουλος του Διονυσίου, 66 ετών | ΑΜΚΑ 21045904188 | "
     "Αρ. Μητρώου 26/004182\n"
     "Από το Αίγιο· ελαιοπαραγωγός, δουλεύει τον χειμώνα στο Ελαιουργείο Ροδοδάφνης.\n"
     "Ένδειξη: μέλαινες κενώσεις από χθες και μία αιματέμεση· παίρνει ναπροξένη για οσφυαλγία και ασπιρίνη. "
     "Hb 7,1 g/dl, ουρία 98 mg/dl, ΑΠ 96/58, σφ. 112. Glasgow-Blatchford 13. Έγινε ήδη παντοπραζόλη 80 mg ΕΦ και 2 "
     "μονάδες συμπυκνωμένων ερυθρών.\n"
     "Ενδοσκόπιο: Olympus GIF-H190, σειριακός αριθμός 2907615. Καταστολή: μιδαζολάμη 2 mg, παρουσία "
     "αναισθησιολόγου.\n"
     "Ευρήματα: Οισοφάγος χωρίς ιδιαιτερότητες. Στόμαχος: αιματηρό υγρό, χωρίς βλάβη. Βολβός δωδεκαδακτύλου: "
     "έλκος οπίσθιου τοιχώματος 15 mm με ορατό μη αιμορραγούν αγγείο - Forrest IIa.\n"
     "Θεραπεία: έγχυση αδρεναλίνης 1:10.000 (8 ml συνολικά) και τοποθέτηση 2 αιμοστατικών clips. Αιμόσταση "
     "επιτεύχθηκε. Λήψη βιοψιών από άντρο για CLO test.\n"
     "Complete Rockall 6.\n"
     "Σχέδιο: παντοπραζόλη 8 mg/h για 72 ώρες, διακοπή ΜΣΑΦ, έλεγχος Hb ανά 6ωρο, επανάληψη ενδοσκόπησης μόνο αν "
     "επανααιμορραγήσει. Ενημερώθηκε η σύζυγος Γαρυφαλλιά (τηλ. 26910 55 418).\n"
     "Ενδοσκόπος: Δρ Ιφιγένεια Λαμπροπούλου-Καρρά | Νοσηλευτής: Χρυσόστομος Μπεζεβέγκης",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών"]), ("LOCATION", ["Ρίο"]), ("POSTCODE", ["265 04"]),
      ("LOCATION", ["Πάτρα"]), ("PHONE", ["2613 603 418"]), ("DATE", ["31/01/2026"]),
      ("NAME", ["Θεόδωρος", "Θοδωρής", "Αλεξανδρόπουλος"]), ("NAME", ["Διονυσίου"]), ("ID", ["21045904188"]),
      ("MRN", ["26/004182"]), ("LOCATION", ["Αίγιο"]), ("LOCATION", ["Ελαιουργείο Ροδοδάφνης"]),
      ("SERIAL", ["2907615"]), ("NAME", ["Γαρυφαλλιά"]), ("PHONE", ["26910 55 418"]),
      ("NAME", ["Ιφιγένεια", "Λαμπροπούλου-Καρρά"]), ("NAME", ["Χρυσόστομος", "Μπεζεβέγκης"])],
     ["Hb 7,1 g/dl", "Glasgow-Blatchford 13", "παντοπραζόλη 80 mg", "Forrest IIa", "αδρεναλίνης 1:10.000", "CLO test",
      "Complete Rockall 6"]),

    # 36 - England, Cornwall (Truro and Clay Country): occupational therapy pre-discharge home assessment report
    ("Royal Cornwall Hospitals NHS Trust - Occupational Therapy Department\n"
     "Royal Cornwall Hospital, Treliske, Truro TR1 3LJ | OT office 01872 255 418\n"
     "PRE-DISCHARGE HOME ASSESSMENT REPORT | Visit: Thursday 5 March 2026, 10:00-11:30 | Ward: Tintagel Ward\n"
     "Patient: Mr Jory Trebilcock | DOB 27/02/1946 | NHS 485 271 9365 | Hosp No. RCH4182736\n"
     "Home: \"Chy an Gwyns\", 3 Fore Street, Playing Place, Truro TR3 6EE - two-storey terraced cottage, lives alone.\n"
     "Present: patient, daughter Tamsin Pascoe (NOK, 07700 900 652), OT and OT assistant.\n"
     "Background: fell in the garden 11/02/2026 - R intracapsular NOF fracture, Garden IV, R hemiarthroplasty on "
     "12/02/2026. Retired china clay worker (Wheal Martyn pit). Grew up in Mousehole; his brother in Indian Queens "
     "does the shopping, and the son-in-law drives for the clay works at London Apprentice.\n"
     "Findings: 2 steps to the front door (18 cm) with no rail; stairs 14 steps with one banister on the left; "
     "bathroom upstairs with an over-bath shower; low toilet. Mobilised with a Zimmer frame throughout; TUG 24 s. "
     "Managed the steps with supervision using the frame and door frame. Barthel 15/20. 4AT 0. Hip precautions "
     "understood and repeated back.\n"
     "Recommendations: 2 grab rails at the front steps and a second stair rail (ordered via Cornwall Council), "
     "bath board, raised toilet seat 4 inch with frame, perching stool in the kitchen, key safe and a pendant alarm. "
     "Reablement 2 calls a day for 2 weeks. Safe to go home once the rails are fitted.\n"
     "Kerensa Angove, Occupational Therapist | HCPC OT61827",
     [("HOSPITAL", ["Royal Cornwall Hospitals NHS Trust"]), ("HOSPITAL", ["Royal Cornwall Hospital"]),
      ("LOCATION", ["Treliske"]), ("LOCATION", ["Truro"]), ("POSTCODE", ["TR1 3LJ"]), ("PHONE", ["01872 255 418"]),
      ("DATE", ["5 March 2026"]), ("LOCATION", ["Tintagel Ward"]), ("NAME", ["Jory", "Trebilcock"]),
      ("DATE", ["27/02/1946"]), ("ID", ["485 271 9365"]), ("MRN", ["RCH4182736"]), ("ADDRESS", ["Chy an Gwyns"]),
      ("ADDRESS", ["3 Fore Street"]), ("LOCATION", ["Playing Place"]), ("POSTCODE", ["TR3 6EE"]),
      ("NAME", ["Tamsin", "Pascoe"]), ("PHONE", ["07700 900 652"]), ("DATE", ["11/02/2026"]), ("DATE", ["12/02/2026"]),
      ("LOCATION", ["Wheal Martyn"]), ("LOCATION", ["Mousehole"]), ("LOCATION", ["Indian Queens"]),
      ("LOCATION", ["London Apprentice"]), ("LOCATION", ["Cornwall Council"]), ("NAME", ["Kerensa", "Angove"]),
      ("LICENCE", ["OT61827"])],
     ["Garden IV", "hemiarthroplasty", "Zimmer frame", "TUG 24 s", "Barthel 15/20", "4AT 0"]),

    # 37 - Sierra Leone, Eastern Province (Kenema): viral haemorrhagic fever case investigation form, Lassa fever
    ("MINISTRY OF HEALTH, SIERRA LEONE - KENEMA GOVERNMENT HOSPITAL, LASSA FEVER WARD\n"
     "VIRAL HAEMORRHAGIC FEVER CASE INVESTIGATION FORM | EPID No. SLE-KEN-26-0418 | Date of report: 09/02/2026\n"
     "Reporting officer: Mr. Sahr Aiah Nyuma, District Surveillance Officer | +232 76 555418\n"
     "Case: Miss Hawa Musu Kallon | F | 22 y | DOB 15/07/2003 | NIN ABD418273 | Ward record KGH/LF/26/041\n"
     "Residence: Panguma, Lower Bambara Chiefdom, Kenema District; petty trader in Panguma market, travels to Tongo "
     "Field on Saturdays.\n"
     "Onset: 01/02/2026 - fever, sore throat, retrosternal pain, vomiting; day 6 facial swelling and bleeding gums.\n"
     "On admission: T 39.4, BP 90/60, HR 118, conjunctival injection, facial oedema, exudative pharyngitis. Not "
     "pregnant.\n"
     "Exposure: rats (Mastomys natalensis) in the house, rice stored in open bags; her sister-in-law Kadiatu died "
     "after a fever on 20 January and she nursed her. No travel outside the district.\n"
     "Laboratory (KGH Lassa lab, 08/02/2026): Lassa RT-PCR positive, Ct 24. AST 412 U/L, creatinine 2.1 mg/dL.\n"
     "Treatment: IV ribavirin 33 mg/kg loading dose started 08/02/2026 18:00; fluids; monitored for hearing loss.\n"
     "Contacts listed: 14 (household 6, market 5, health centre 3) - 21 days of follow-up. Husband Alusine Sesay "
     "(088 555 2718), mother Mamie Kallon, son Fodie (4 y).\n"
     "Form completed by: Nurse Christiana Bockarie-Lahai, SLNMC PIN 0418-RN",
     [("HOSPITAL", ["KENEMA GOVERNMENT HOSPITAL"]), ("ID", ["SLE-KEN-26-0418"]), ("DATE", ["09/02/2026"]),
      ("NAME", ["Sahr", "Aiah", "Nyuma"]), ("PHONE", ["+232 76 555418"]), ("NAME", ["Hawa", "Musu", "Kallon"]),
      ("DATE", ["15/07/2003"]), ("ID", ["ABD418273"]), ("MRN", ["KGH/LF/26/041"]), ("LOCATION", ["Panguma"]),
      ("LOCATION", ["Lower Bambara Chiefdom"]), ("LOCATION", ["Kenema District"]), ("LOCATION", ["Tongo Field"]),
      ("DATE", ["01/02/2026"]), ("NAME", ["Kadiatu"]), ("DATE", ["20 January"]), ("HOSPITAL", ["KGH"]),
      ("DATE", ["08/02/2026"]), ("NAME", ["Alusine", "Sesay"]), ("PHONE", ["088 555 2718"]),
      ("NAME", ["Mamie", "Kallon"]), ("NAME", ["Fodie"]), ("NAME", ["Christiana", "Bockarie-Lahai"]),
      ("LICENCE", ["0418-RN"])],
     ["conjunctival injection", "Mastomys natalensis", "Lassa RT-PCR positive", "Ct 24", "AST 412 U/L",
      "ribavirin 33 mg/kg", "21 days"]),

    # 38 - Taiwan, Hualien County (Guangfu): home medical care visit record, Amis patient aged 93
    # (traditional Chinese, Republic of China calendar)
    ("門諾醫院　居家醫療整合照護\n"
     "花蓮縣花蓮市民權路44號　電話：03-824-1418\n"
     "居家醫療訪視紀錄\n"
     "訪視日期：民國115年1月20日\n"
     "個案：林阿春（阿美族名 Panay）　女　93歲　出生：民國21年8月3日　身分證字號：U220418277　病歷號：MCH-0418273\n"
     "住址：花蓮縣光復鄉大安村中山路三段118巷7號（太巴塱部落）\n"
     "主要照顧者：媳婦 張美玲 0912-555-418；印尼籍看護 Siti Aminah\n"
     "診斷：血管型失智症、薦骨壓瘡第三級、第二型糖尿病、慢性腎臟病第4期\n"
     "個案年輕時在光復糖廠工作，民國65年退休；最大的心願是今年八月豐年祭回部落看孫子跳舞，說今年就94歲了。\n"
     "生命徵象：BP 118/62 mmHg，HR 78，SpO2 96%，血糖 164 mg/dL。\n"
     "評估：Norton score 10（高危險），MNA-SF 6。薦骨傷口 3×2.5 cm，黃色腐肉約 50%，少量滲液，無異味。\n"
     "處置：傷口清創、水膠體敷料；更換鼻胃管 16 Fr（上次更換 民國114年12月22日）；衛教每2小時翻身及氣墊床使用。\n"
     "下次訪視：2月3日。\n"
     "醫師：陳怡君　居家護理師：高美珠（護理師證書 護字第418273號）",
     [("HOSPITAL", ["門諾醫院"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["花蓮市"]), ("ADDRESS", ["民權路44號"]),
      ("PHONE", ["03-824-1418"]),
      ("DATE", ["民國115年1月20日"]), ("NAME", ["林阿春"]), ("NAME", ["Panay"]), ("AGE", ["93歲"]),
      ("DATE", ["民國21年8月3日"]), ("ID", ["U220418277"]), ("MRN", ["MCH-0418273"]), ("LOCATION", ["光復鄉"]),
      ("LOCATION", ["大安村"]), ("ADDRESS", ["中山路三段118巷7號"]), ("LOCATION", ["太巴塱部落"]), ("NAME", ["張美玲"]),
      ("PHONE", ["0912-555-418"]), ("NAME", ["Siti", "Aminah"]), ("LOCATION", ["光復糖廠"]), ("DATE", ["民國65年"]),
      ("DATE", ["八月"]), ("DATE", ["豐年祭"]), ("AGE", ["94歲"]), ("DATE", ["民國114年12月22日"]), ("DATE", ["2月3日"]),
      ("NAME", ["陳怡君"]), ("NAME", ["高美珠"]), ("LICENCE", ["護字第418273號"])],
     ["血管型失智症", "薦骨壓瘡第三級", "慢性腎臟病第4期", "Norton score 10", "MNA-SF 6", "鼻胃管 16 Fr"]),

    # 39 - United Arab Emirates (Al Ain): polysomnography report, severe obstructive sleep apnoea in a truck driver
    ("Tawam Hospital - Sleep Disorders Centre, Al Ain | +971 3 555 4182 | sleep.lab@tawam-hosp.ae\n"
     "POLYSOMNOGRAPHY REPORT (Level I, attended, diagnostic) | Study night: 11/12/2025 | Report: 15/12/2025\n"
     "Patient: Mr. Shah Wali Afridi | M | 40 | DOB 01/01/1985 | Emirates ID 784-1985-1482736-3 | MRN TWM-2418273\n"
     "Heavy vehicle driver, Al Jimi Heavy Transport LLC - licence no. 418273, truck AD 5-41827.\n"
     "Referred by Dr. Reem Al Kaabi, occupational health, Oasis Hospital, after he fell asleep at the wheel on the "
     "Sweihan road (near-miss, no injury).\n"
     "Questionnaires: ESS 17/24; STOP-BANG 6/8. BMI 36.8, neck 46 cm.\n"
     "Recording: Compumedics Grael, serial no. GR4-18273; data on the sleep server 10.41.8.27.\n"
     "Results: TST 362 min, sleep efficiency 78%, N3 6%, REM 14%. AHI 48.6/h (supine 71.2/h, REM 55.0/h), mostly "
     "obstructive apnoeas; ODI 44; nadir SpO2 71%; T90 18%. PLMI 4/h. ECG: sinus rhythm, no arrhythmia.\n"
     "Conclusion: severe obstructive sleep apnoea with significant nocturnal hypoxaemia.\n"
     "Recommendations: CPAP titration night booked for 22/12/2025 (expected 11-13 cmH2O, full-face mask); not fit "
     "for heavy vehicle driving until on CPAP with documented adherence (4 h a night on 70% of nights); weight "
     "reduction; avoid sedatives and alcohol.\n"
     "Reported by: Dr. Lina Haddad-Kuruvilla, Consultant Sleep Medicine | DoH licence GD41827",
     [("HOSPITAL", ["Tawam Hospital"]), ("LOCATION", ["Al Ain"]), ("PHONE", ["+971 3 555 4182"]),
      ("EMAIL", ["sleep.lab@tawam-hosp.ae"]), ("DATE", ["11/12/2025"]), ("DATE", ["15/12/2025"]),
      ("NAME", ["Shah Wali", "Afridi"]), ("DATE", ["01/01/1985"]), ("ID", ["784-1985-1482736-3"]),
      ("MRN", ["TWM-2418273"]), ("LOCATION", ["Al Jimi Heavy Transport LLC"]), ("LICENCE", ["418273"]),
      ("PLATE", ["AD 5-41827"]), ("NAME", ["Reem", "Al Kaabi"]), ("HOSPITAL", ["Oasis Hospital"]),
      ("LOCATION", ["Sweihan"]), ("SERIAL", ["GR4-18273"]), ("IP", ["10.41.8.27"]), ("DATE", ["22/12/2025"]),
      ("NAME", ["Lina", "Haddad-Kuruvilla"]), ("LICENCE", ["GD41827"])],
     ["ESS 17/24", "STOP-BANG 6/8", "AHI 48.6/h", "ODI 44", "nadir SpO2 71%", "T90 18%",
      "severe obstructive sleep apnoea"]),
]
