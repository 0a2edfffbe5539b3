"""Notes 20-39 of the twenty-seventh HELD-OUT set (see :mod:`deid_notes_heldout27` for how it was written and what it
holds).

These 20 notes hold 621 planted identifier parts in 535 (kind, parts) entries and 229 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, an HIV clinic letter on suspected treatment failure (Lesotho); 22,
a military consultation record for a non-freezing cold injury (Falkland Islands); 23, a One Health outbreak
investigation of cutaneous anthrax from hippopotamus meat (Namibia, Zambezi); 25, a surgical consultant ward round on an
infected diabetic foot (Mauritius); 26, a school nurse encounter record for acute asthma (Seychelles); 28, an SBAR
handover for an upper GI bleed before an air transfer (Orkney); 29, a medical certificate of cause of death for a
patient aged 93 (Isle of Man); 30, a prison reception health screen (Jersey); 31, a notifiable conditions report form
for acute Q fever (Queensland); 33, a cumulative laboratory report for trichinellosis from black bear meat (Labrador);
34, a community health practitioner encounter with a medevac for foodborne botulism (Alaska); 36, a teledermatology
video consultation for a suspected melanoma (Isles of Scilly); 37, an inter-facility transfer form for an acute subdural
haematoma (Belize); 38, a rheumatology clinic letter on lupus nephritis (Sri Lanka, Jaffna); 39, a high-altitude aid
post record with a helicopter evacuation for HAPE (Nepal, Manang). In Greek script: 24, a cardiology clinic letter on
Brugada syndrome (Limassol, Cyprus); 32, an internal medicine admission note for a patient aged 92 (Mytilene, Lesvos).
In Chinese: 27, a discharge record for scrub typhus (Hainan, simplified); 35, an emergency triage record for a pit viper
bite (Hualien, traditional, with Republic of China dates). In Japanese: 21, a home-visit medical record for a patient
aged 99 (Okinawa, with Japanese era dates). Entries per kind here: NAME 118, LOCATION 107, DATE 81, PHONE 49, HOSPITAL
44, ID 40, ADDRESS 24, LICENCE 18, POSTCODE 15, EMAIL 11, MRN 11, AGE 6, PLATE 5, HANDLE 2, SERIAL 2, IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Lesotho (Mokhotlong): HIV clinic letter to the national referral hospital, suspected treatment failure
    ("MOKHOTLONG GOVERNMENT HOSPITAL - ART Clinic\n"
     "Private Bag A14, Mokhotlong 500 | Tel +266 2292 0418\n"
     "6 March 2026\n"
     "To: The Infectious Diseases Clinic, Queen 'Mamohato Memorial Hospital, Maseru\n"
     "Re: 'Mathabo Lerotholi (Mrs), 36 yrs, DOB 14/10/1989, ART no. MKH-ART-04187, Bukana no. 0418273, national ID "
     "008921418273\n"
     "Village: Ha Sekoting, Mapholaneng, Mokhotlong district. Cell +266 5841 7306 (own), +266 6297 1840 (husband).\n"
     "Dear Colleague,\n"
     "Kindly see this lady, a machinist at Maluti Knitwear (Pty) Ltd in the Thetsane industrial area until last year, "
     "now back home in the village. HIV diagnosed 2014 (WHO clinical stage 3 at diagnosis), on TLD "
     "(tenofovir/lamivudine/dolutegravir) since the 2019 transition, before that TDF/3TC/EFV.\n"
     "Viral load 14,800 copies/mL (Sept 2025) and 22,300 copies/mL on 12/02/2026 after three enhanced adherence "
     "counselling sessions with our counsellor Ntate Tšepo Mokoena. She admits missing doses around Moshoeshoe's Day "
     "when she travelled, and when her husband Rethabile Lerotholi was away at the mines in Rustenburg.\n"
     "CD4 212 cells/µL. TB LAM negative, GeneXpert negative, CrAg negative. Hb 11.2 g/dL, creatinine 74 µmol/L.\n"
     "Weight 49 kg (from 56 kg). Oral candidiasis treated with fluconazole 200 mg.\n"
     "We request an HIV drug resistance genotype (INSTI included) and your advice on a second-line regimen; she is on "
     "cotrimoxazole prophylaxis 960 mg daily and completed 3HP in 2023.\n"
     "She will travel on the Mokhotlong-Maseru bus with her sister 'Malineo Ramakatane.\n"
     "Yours faithfully,\n"
     "Dr. Limpho Sekhesa, Medical Officer (LMDC reg. 0841) | limpho.sekhesa@mkh-health.example.ls",
     [("HOSPITAL", ["MOKHOTLONG GOVERNMENT HOSPITAL"]), ("ADDRESS", ["Private Bag A14"]), ("LOCATION", ["Mokhotlong"]),
      ("POSTCODE", ["500"]), ("PHONE", ["+266 2292 0418"]), ("DATE", ["6 March 2026"]),
      ("HOSPITAL", ["Queen 'Mamohato Memorial Hospital"]), ("LOCATION", ["Maseru"]),
      ("NAME", ["'Mathabo", "Lerotholi"]), ("DATE", ["14/10/1989"]), ("MRN", ["MKH-ART-04187"]), ("ID", ["0418273"]),
      ("ID", ["008921418273"]), ("LOCATION", ["Ha Sekoting"]), ("LOCATION", ["Mapholaneng"]),
      ("PHONE", ["+266 5841 7306"]), ("PHONE", ["+266 6297 1840"]), ("LOCATION", ["Maluti Knitwear (Pty) Ltd"]),
      ("LOCATION", ["Thetsane"]), ("DATE", ["Sept 2025"]), ("DATE", ["12/02/2026"]), ("NAME", ["Tšepo", "Mokoena"]),
      ("DATE", ["Moshoeshoe's Day"]), ("NAME", ["Rethabile", "Lerotholi"]), ("LOCATION", ["Rustenburg"]),
      ("NAME", ["'Malineo", "Ramakatane"]), ("NAME", ["Limpho", "Sekhesa"]), ("LICENCE", ["0841"]),
      ("EMAIL", ["limpho.sekhesa@mkh-health.example.ls"])],
     ["WHO clinical stage 3", "TLD", "tenofovir/lamivudine/dolutegravir", "TDF/3TC/EFV", "14,800 copies/mL",
      "enhanced adherence counselling", "CD4 212 cells/µL", "TB LAM negative", "CrAg negative", "fluconazole 200 mg",
      "INSTI", "cotrimoxazole prophylaxis 960 mg", "3HP"]),

    # 21 - Japan, Okinawa (Ōgimi): home-visit medical record in Japanese for a patient aged 99
    ("やんばる在宅診療所　訪問診療記録\n"
     "訪問日：令和8年2月10日（火）14:00〜14:40　定期訪問（月2回）\n"
     "患者氏名：宮城 カマド　様　女性　99歳（大正15年4月3日生）\n"
     "住所：沖縄県国頭郡大宜味村字大兼久118番地　電話：0980-44-2187\n"
     "後期高齢者医療　保険者番号 39472014　被保険者番号 00418273　要介護4\n"
     "介護保険被保険者番号 0003918264\n"
     "キーパーソン：三男の妻 宮城 典子（同居、三男 宮城 進 は漁協勤務）／長女 大城 ハル子（那覇市在住、090-8418-2736）\n"
     "担当ケアマネ：居宅介護支援事業所「ゆいまーる大宜味」新垣 亜紀 さん\n"
     "【S】典子さんより「最近むくみが増えて、夜に息が苦しそう」。食事は全粥5割。昨年4月に村の公民館で白寿のお祝いをした時よりも元気がないとのこと。4月で100歳を迎えるのを家族は楽しみにしている。\n"
     "【O】BT 36.5℃、BP 108/62 mmHg、HR 88 不整、SpO2 94%（室内気）、体重 38.2 kg（2週間で+1.6 kg）。両下腿に圧痕性浮腫2+。両側下肺野に coarse "
     "crackles。仙骨部褥瘡 DESIGN-R®2020 d2-e1s6i0g0n0p0:7点。長谷川式簡易知能評価スケール（HDS-R）12点（前回13点）。MNA-SF 6点。BNP 486 "
     "pg/mL（1月28日採血）。\n"
     "【A】慢性心不全の増悪（NYHA III度）、心房細動。\n"
     "【P】フロセミド 20 mg を 40 mg に増量（朝）、スピロノラクトン 25 mg 継続。訪問看護（金城 めぐみ 看護師）を週3回に増やし体重・尿量を確認。ACP：昭和63年にご主人を亡くされてから「最期はこの家で」と繰"
     "り返しており、DNAR を家族と再確認。喜如嘉の芭蕉布工房で長年働いていた話を嬉しそうにされた。\n"
     "【処方】在宅酸素療法（酸素濃縮装置 製造番号 TJ7-2206581）夜間 1 L/分。フロセミド錠 20 mg 2錠 分1 朝、スピロノラクトン錠 25 mg 1錠 分1 朝、エドキサバン錠 15 mg 1錠 分1 "
     "朝、酸化マグネシウム 330 mg 3錠 分3。褥瘡：ブロメライン軟膏→ゲーベンクリームに変更。\n"
     "【次回】2月24日（火）定期訪問。増悪時は24時間対応（当院 0980-43-7715）。独居ではないが夜間は典子さん一人のため、孫の 宮城 大翔（名桜大学在学中）が週末に泊まりに来るとのこと。\n"
     "医師：比嘉 健太郎（医籍登録番号 527106）",
     [("HOSPITAL", ["やんばる在宅診療所"]), ("DATE", ["令和8年2月10日"]), ("NAME", ["宮城", "カマド"]), ("AGE", ["99歳"]),
      ("DATE", ["大正15年4月3日"]), ("LOCATION", ["国頭郡"]), ("LOCATION", ["大宜味村"]), ("ADDRESS", ["字大兼久118番地"]),
      ("PHONE", ["0980-44-2187"]), ("ID", ["39472014"]), ("ID", ["00418273"]), ("ID", ["0003918264"]),
      ("SERIAL", ["TJ7-2206581"]), ("NAME", ["典子"]), ("NAME", ["進"]), ("NAME", ["大城", "ハル子"]), ("LOCATION", ["那覇市"]),
      ("PHONE", ["090-8418-2736"]), ("HOSPITAL", ["ゆいまーる大宜味"]), ("NAME", ["新垣", "亜紀"]), ("DATE", ["昨年4月"]),
      ("AGE", ["白寿"]), ("DATE", ["4月"]), ("AGE", ["100歳"]), ("DATE", ["1月28日"]), ("NAME", ["金城", "めぐみ"]),
      ("DATE", ["昭和63年"]), ("LOCATION", ["喜如嘉の芭蕉布工房"]), ("DATE", ["2月24日"]), ("PHONE", ["0980-43-7715"]),
      ("NAME", ["大翔"]), ("LOCATION", ["名桜大学"]), ("NAME", ["比嘉", "健太郎"]), ("LICENCE", ["527106"])],
     ["要介護4", "SpO2 94%", "圧痕性浮腫2+", "coarse crackles", "DESIGN-R®2020 d2-e1s6i0g0n0p0:7点", "長谷川式簡易知能評価スケール（HDS-R）12点",
      "MNA-SF 6点", "BNP 486 pg/mL", "慢性心不全の増悪（NYHA III度）", "フロセミド 20 mg", "スピロノラクトン 25 mg", "DNAR", "エドキサバン錠 15 mg",
      "在宅酸素療法", "酸化マグネシウム 330 mg", "ゲーベンクリーム"]),

    # 22 - Falkland Islands (Mount Pleasant): military medical record, non-freezing cold injury after an exercise
    ("DEFENCE PRIMARY HEALTHCARE - MPC MEDICAL CENTRE, MOUNT PLEASANT COMPLEX, FALKLAND ISLANDS\n"
     "CONSULTATION RECORD (DMICP) | DTG 141530Z MAR 26\n"
     "Patient: 30418273 LCpl MADDOX-HALE Jordan | A Coy, 1st Battalion The Mercian Regiment (1 MERCIAN), roulement "
     "infantry company | DOB 09/12/2002\n"
     "NOK: mother Mrs Lorraine Maddox, Kidderminster, 07912 418 553\n"
     "Presented with Sgt Priya Rathore (CMT1) after a 72-hour section exercise in the training area north of Mount "
     "Kent (last harbour at grid 21F VC 4180 7350) and a night patrol to Goose Green. Wet feet for ~40 h; boots did "
     "not dry; air temp +2 C, wind chill about -9 C.\n"
     "Symptoms: both feet numb on the patrol, then on rewarming last night severe burning pain and swelling, worse at "
     "night; unable to sleep.\n"
     "O/E: feet warm, hyperaemic, mild oedema to the ankles; reduced light touch and pinprick over all toes both feet; "
     "no blisters, no tissue loss; cap refill < 2 s; pedal pulses present.\n"
     "Imp: bilateral non-freezing cold injury (NFCI), hyperaemic phase - reported per JSP 539.\n"
     "Plan: feet elevated, kept cool and dry, no rubbing or heating; ibuprofen 400 mg TDS, amitriptyline 10 mg nocte "
     "for neuropathic pain; reviewed daily. Referred for thermal imaging and cold sensitivity testing at the UK cold "
     "injury clinic on return; KEMH Stanley aware (King Edward VII Memorial Hospital) if tissue loss. JMES downgraded "
     "to MLD (A4 L3 M4 E1) pending review; no cold-weather duties. Chain of command informed: OC, Maj Rupert "
     "Ashworth-Keane.\n"
     "Capt (Dr) Euan Gillanders RAMC, Regimental Medical Officer | GMC 7218304 | euan.gillanders101@mod-example.uk",
     [("HOSPITAL", ["MPC MEDICAL CENTRE"]), ("LOCATION", ["MOUNT PLEASANT COMPLEX"]), ("DATE", ["141530Z MAR 26"]),
      ("ID", ["30418273"]), ("NAME", ["MADDOX-HALE", "Jordan"]), ("LOCATION", ["1st Battalion The Mercian Regiment"]),
      ("LOCATION", ["1 MERCIAN"]), ("DATE", ["09/12/2002"]), ("NAME", ["Lorraine", "Maddox"]),
      ("LOCATION", ["Kidderminster"]), ("PHONE", ["07912 418 553"]), ("NAME", ["Priya", "Rathore"]),
      ("LOCATION", ["Mount Kent"]), ("LOCATION", ["21F VC 4180 7350"]), ("LOCATION", ["Goose Green"]),
      ("HOSPITAL", ["KEMH"]), ("LOCATION", ["Stanley"]), ("HOSPITAL", ["King Edward VII Memorial Hospital"]),
      ("NAME", ["Rupert", "Ashworth-Keane"]), ("NAME", ["Euan", "Gillanders"]), ("LICENCE", ["7218304"]),
      ("EMAIL", ["euan.gillanders101@mod-example.uk"])],
     ["DMICP", "non-freezing cold injury (NFCI)", "hyperaemic phase", "JSP 539", "ibuprofen 400 mg TDS",
      "amitriptyline 10 mg nocte", "thermal imaging", "cold sensitivity testing", "JMES downgraded to MLD",
      "A4 L3 M4 E1"]),

    # 23 - Namibia, Zambezi Region (Katima Mulilo): One Health zoonosis report, cutaneous anthrax from hippo meat
    ("MINISTRY OF HEALTH AND SOCIAL SERVICES - Zambezi Regional Health Directorate\n"
     "ONE HEALTH OUTBREAK INVESTIGATION: CUTANEOUS ANTHRAX | Ref ZBZ/OH/ANT/2025/02 | 6 October 2025\n"
     "Investigators: Ms. Ndapewa Hamutenya (Regional Surveillance Officer, +264 66 253 418), State Veterinarian Dr. "
     "Hilma Nangolo (Directorate of Veterinary Services, Katima Mulilo), ranger Mr. Lubinda Simasiku (MEFT).\n"
     "Background: on 24 September 2025 a hippopotamus carcass was found at the edge of Lake Liambezi (GPS S 17°53.41' "
     "E 24°06.22'), within reach of Muyako and Kasheshe villages. Residents cut and shared the meat before rangers "
     "arrived.\n"
     "Cases (4, all cutaneous, none fatal):\n"
     "1. Mubita Sitali, 38 M, Muyako, ID 87031200418, cell +264 81 418 2736 - butchered the carcass; painless black "
     "eschar R forearm with marked oedema; Katima Mulilo State Hospital ward 3, IP no. KMH-2025-4187.\n"
     "2. Inonge Mwilima, 31 F, Muyako - eschar L hand.\n"
     "3. Kachana Mwilima, 9 M (son of case 2), pupil at Muyako Combined School - eschar on the neck; admitted (risk of "
     "airway oedema).\n"
     "4. Sililo Kabuku, 55 M, Kasheshe - eschar R thumb.\n"
     "Lab: swabs from all eschars - Gram-positive rods in chains; capsule on McFadyean stain (polychrome methylene "
     "blue); Bacillus anthracis PCR positive at the Central Veterinary Laboratory, Windhoek. Carcass blood smear "
     "positive.\n"
     "Treatment: ciprofloxacin 500 mg BD for 7-10 days (adults), amoxicillin for case 3 after sensitivity; no "
     "debridement of eschars.\n"
     "Control: remaining meat (est. 40 kg) collected and burnt; carcass site covered with lime and fenced; livestock "
     "in a 10 km radius vaccinated with Sterne vaccine (412 cattle); community meetings with Induna Mwilima at the "
     "Muyako khuta on 02/10/2025.\n"
     "Report compiled by N. Hamutenya | ndapewa.hamutenya@mhss-example.na",
     [("ID", ["ZBZ/OH/ANT/2025/02"]), ("DATE", ["6 October 2025"]), ("NAME", ["Ndapewa", "Hamutenya"]),
      ("PHONE", ["+264 66 253 418"]), ("NAME", ["Hilma", "Nangolo"]), ("LOCATION", ["Katima Mulilo"]),
      ("NAME", ["Lubinda", "Simasiku"]), ("DATE", ["24 September 2025"]), ("LOCATION", ["Lake Liambezi"]),
      ("LOCATION", ["S 17°53.41' E 24°06.22'"]), ("LOCATION", ["Muyako"]), ("LOCATION", ["Kasheshe"]),
      ("NAME", ["Mubita", "Sitali"]), ("ID", ["87031200418"]), ("PHONE", ["+264 81 418 2736"]),
      ("HOSPITAL", ["Katima Mulilo State Hospital"]), ("MRN", ["KMH-2025-4187"]), ("NAME", ["Inonge", "Mwilima"]),
      ("NAME", ["Kachana", "Mwilima"]), ("LOCATION", ["Muyako Combined School"]), ("NAME", ["Sililo", "Kabuku"]),
      ("LOCATION", ["Windhoek"]), ("NAME", ["Mwilima"]), ("LOCATION", ["Muyako khuta"]), ("DATE", ["02/10/2025"]),
      ("NAME", ["N. Hamutenya"]), ("EMAIL", ["ndapewa.hamutenya@mhss-example.na"])],
     ["CUTANEOUS ANTHRAX", "painless black eschar", "Gram-positive rods in chains", "McFadyean stain",
      "polychrome methylene blue", "Bacillus anthracis PCR positive", "ciprofloxacin 500 mg BD", "Sterne vaccine",
      "ONE HEALTH"]),

    # 24 - Cyprus (Limassol): cardiology clinic letter in Greek to the personal doctor, Brugada syndrome
    ("Γενικό Νοσοκομείο Λεμεσού - Καρδιολογική Κλινική\n"
     "Οδός Νίκαιας, 4131 Κάτω Πολεμίδια, Λεμεσός | Τηλ. 25 801 418 | Φαξ 25 801 419\n"
     "Λεμεσός, 20 Ιανουαρίου 2026\n"
     "Προς: Δρα Ελένη Σάββα, Προσωπική Ιατρό ΓεΣΥ, Ιατρείο Αγίου Αθανασίου\n"
     "Θέμα: κ. Σωτήρης Χατζηπαναγής, 58 ετών, Α.Δ.Τ. 0814273, Αρ. δικαιούχου ΓεΣΥ 1041827, Αρ. φακέλου ΓΝΛ 2026/04187\n"
     "Διεύθυνση: Οδός Αγίου Γεωργίου 12, 4870 Πάχνα. Κιν. 99 536718\n"
     "Αγαπητή συνάδελφε,\n"
     "Είδα τον κ. Χατζηπαναγή, οινολόγο στο Οινοποιείο Αμπελίτης, μετά από συγκοπτικό επεισόδιο κατά τη διάρκεια "
     "εμπύρετης λοίμωξης (πυρετός 39,2 °C) τον Δεκέμβριο. Ο αδελφός του Κυριάκος πέθανε αιφνίδια στον ύπνο του σε "
     "ηλικία 41 ετών.\n"
     "Το ΗΚΓ κατά τον πυρετό έδειξε ανάσπαση ST τύπου «κοίλου» στις V1-V2. Η δοκιμασία με αϊμαλίνη (1 mg/kg) ήταν "
     "θετική για σύνδρομο Brugada τύπου 1. Shanghai score 4,5 (πιθανό/βέβαιο). Holter 24ωρου: χωρίς αρρυθμίες. "
     "Υπερηχοκαρδιογράφημα: ΚΕ 60%, χωρίς δομική νόσο.\n"
     "Συστάσεις:\n"
     "1. Άμεση αντιπυρετική αγωγή με παρακεταμόλη 1 g σε κάθε πυρετό.\n"
     "2. Αποφυγή φαρμάκων της λίστας brugadadrugs.org (π.χ. φλεκαϊνίδη, λίθιο, τρικυκλικά).\n"
     "3. Παραπομπή για ηλεκτροφυσιολογική μελέτη και συζήτηση εμφύτευσης ICD λόγω συγκοπής.\n"
     "4. Γενετικός έλεγχος SCN5A και καρδιολογικός έλεγχος των παιδιών του (Ανδρέας και Μαρία).\n"
     "Η σύζυγός του Άντρη ενημερώθηκε και εκπαιδεύεται στην ΚΑΡΠΑ.\n"
     "Με εκτίμηση,\n"
     "Δρ Μάριος Ευαγόρου, Καρδιολόγος | Αρ. εγγραφής ΙΣΚ 3592 | m.evagorou@okypy-example.cy",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("ADDRESS", ["Οδός Νίκαιας"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Κάτω Πολεμίδια"]), ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 801 418"]), ("PHONE", ["25 801 419"]),
      ("DATE", ["20 Ιανουαρίου 2026"]), ("NAME", ["Ελένη", "Σάββα"]), ("HOSPITAL", ["Ιατρείο Αγίου Αθανασίου"]),
      ("NAME", ["Σωτήρης", "Χατζηπαναγής"]), ("ID", ["0814273"]), ("ID", ["1041827"]), ("MRN", ["2026/04187"]),
      ("ADDRESS", ["Οδός Αγίου Γεωργίου 12"]), ("POSTCODE", ["4870"]), ("LOCATION", ["Πάχνα"]),
      ("PHONE", ["99 536718"]), ("NAME", ["Χατζηπαναγή"]), ("LOCATION", ["Οινοποιείο Αμπελίτης"]),
      ("DATE", ["Δεκέμβριο"]), ("NAME", ["Κυριάκος"]), ("NAME", ["Ανδρέας"]), ("NAME", ["Μαρία"]), ("NAME", ["Άντρη"]),
      ("NAME", ["Μάριος", "Ευαγόρου"]), ("LICENCE", ["3592"]), ("EMAIL", ["m.evagorou@okypy-example.cy"])],
     ["πυρετός 39,2 °C", "αϊμαλίνη (1 mg/kg)", "σύνδρομο Brugada τύπου 1", "Shanghai score 4,5", "Holter 24ωρου",
      "ΚΕ 60%", "παρακεταμόλη 1 g", "brugadadrugs.org", "φλεκαϊνίδη", "ICD", "SCN5A", "ΚΑΡΠΑ"]),

    # 25 - Mauritius (Pamplemousses): surgical ward round note, infected diabetic foot ulcer
    ("SIR SEEWOOSAGUR RAMGOOLAM NATIONAL HOSPITAL (SSRN), Pamplemousses - Surgical Ward 9\n"
     "CONSULTANT WARD ROUND - Thursday 26.02.26, 09:15\n"
     "Pt: Mr. Vikash Ramdenee, 63 M | Hosp. No. SSRN/26/004187 | NIC R1506624104127 | Tel 5728 4136\n"
     "Address: Royal Road, Triolet (near the Maheswarnath Mandir). Retired bus driver, formerly with the National "
     "Transport Corporation.\n"
     "Present: Mr. R. Seeruttun (Consultant Surgeon), Dr. Anaïs Li Kwong Wing (Registrar), Dr. Oumeshwar Gopee (MO), "
     "Sister Marie-Josée Labonne (Ward Manager).\n"
     "Day 4 of admission: infected plantar ulcer R 1st MTP head, 3 x 2.5 cm, probe-to-bone test negative.\n"
     "University of Texas classification 2B; PEDIS grade 3; SINBAD score 4. ABPI 0.7 R / 0.9 L.\n"
     "X-ray R foot: no cortical erosion, no gas. Wound swab: Staphylococcus aureus (MSSA) + Proteus mirabilis.\n"
     "Obs: afebrile x 48 h, cellulitis margin receding (marked 23/02). CRP 212 -> 96 mg/L. WCC 13.1.\n"
     "Glycaemia: HbA1c 10.2%; CBG 9-16 mmol/L on Mixtard 30 18 U mane / 10 U nocte.\n"
     "Patient (in Kreol): \"Mo pa le perdi mo lipie, dokter.\"\n"
     "Plan:\n"
     "1. Continue ceftriaxone 2 g IV OD + metronidazole 500 mg IV TDS; switch to oral amoxicillin-clavulanate 1 g BD "
     "when CRP < 50.\n"
     "2. Sharp debridement under LA today, NPWT (V.A.C.) dressing, 125 mmHg continuous (unit s/n UTLA25771).\n"
     "3. Vascular review (Dr. Jean-Noël Ah-Kee) re ABPI - arterial duplex.\n"
     "4. Offloading: total contact cast once infection settles; podiatry.\n"
     "5. Diabetologist to review insulin; dietitian.\n"
     "Son Kevin Ramdenee (taxi driver, Grand Baie, 5941 2087) updated by Dr. Gopee at the bedside.\n"
     "Signed Dr. A. Li Kwong Wing, MCM reg. 4182",
     [("HOSPITAL", ["SIR SEEWOOSAGUR RAMGOOLAM NATIONAL HOSPITAL"]), ("LOCATION", ["Pamplemousses"]),
      ("DATE", ["Thursday 26.02.26"]), ("NAME", ["Vikash", "Ramdenee"]), ("MRN", ["SSRN/26/004187"]),
      ("ID", ["R1506624104127"]), ("SERIAL", ["UTLA25771"]), ("PHONE", ["5728 4136"]), ("ADDRESS", ["Royal Road"]),
      ("LOCATION", ["Triolet"]), ("LOCATION", ["Maheswarnath Mandir"]),
      ("LOCATION", ["National Transport Corporation"]), ("NAME", ["Seeruttun"]), ("NAME", ["Anaïs", "Li Kwong Wing"]),
      ("NAME", ["Oumeshwar", "Gopee"]), ("NAME", ["Marie-Josée", "Labonne"]), ("DATE", ["23/02"]),
      ("NAME", ["Jean-Noël", "Ah-Kee"]), ("NAME", ["Kevin"]), ("LOCATION", ["Grand Baie"]), ("PHONE", ["5941 2087"]),
      ("LICENCE", ["4182"])],
     ["probe-to-bone test negative", "University of Texas classification 2B", "PEDIS grade 3", "SINBAD score 4",
      "ABPI 0.7", "Staphylococcus aureus (MSSA)", "Proteus mirabilis", "HbA1c 10.2%", "Mixtard 30",
      "ceftriaxone 2 g IV OD", "metronidazole 500 mg IV TDS", "NPWT (V.A.C.)", "total contact cast"]),

    # 26 - Seychelles (Mahé): school nurse record, acute asthma after a PE lesson
    ("MINISTRY OF HEALTH - SCHOOL HEALTH PROGRAMME\n"
     "Anse Royale Secondary School, Mahé | School nurse's room ext. 218\n"
     "SCHOOL NURSE ENCOUNTER RECORD | Tuesday 3rd March 2026, 10:35\n"
     "Student: Shania Hoareau | F | DOB 12/09/2011 (14 y) | Class S3 Blue | NIN 0911-4182-1-73 | School health record "
     "no. ARSS-SH-2011-087\n"
     "Parent/guardian: mother Mrs. Marie-Ange Hoareau, tel. 2 518 473 (work: Seychelles Fishing Authority, 4 224 187); "
     "father Mr. Jean-Paul Payet.\n"
     "Home: Les Canelles, Mahé. Registered at Anse Royale Health Centre.\n"
     "Known asthmatic (personal asthma action plan on file, GINA step 3: budesonide-formoterol). Forgot her inhaler at "
     "home.\n"
     "Event: brought by PE teacher Mr. Ronny Bristol after running laps in the heat - wheeze, cough, speaking in "
     "phrases.\n"
     "Assessment 10:40: RR 32, HR 124, SpO2 93% (school pulse oximeter), peak flow 180 L/min (best 380), using "
     "accessory muscles; no cyanosis.\n"
     "Action: salbutamol (Ventolin Evohaler) 100 mcg 10 puffs via spacer (school emergency inhaler, lot VN4187B); "
     "repeated 10:55 - PEF 260 L/min, SpO2 96%, talking in sentences. Mother phoned 10:45, arrived 11:20.\n"
     "Outcome: escorted by mother to Anse Royale Health Centre for review (Dr. Véronique Larue); given prednisolone 40 "
     "mg there. Letter sent home: bring her own reliever and spacer every day; reminder that the asthma action plan "
     "needs updating before the inter-school athletics on 20/03.\n"
     "Nurse: Jeanine Pothin, RN (Seychelles Nurses and Midwives Council reg. 0418) | jpothin@schoolhealth-example.sc",
     [("LOCATION", ["Anse Royale Secondary School"]), ("PHONE", ["218"]), ("DATE", ["Tuesday 3rd March 2026"]),
      ("NAME", ["Shania", "Hoareau"]), ("DATE", ["12/09/2011"]), ("ID", ["0911-4182-1-73"]),
      ("ID", ["ARSS-SH-2011-087"]), ("NAME", ["Marie-Ange", "Hoareau"]), ("PHONE", ["2 518 473"]),
      ("LOCATION", ["Seychelles Fishing Authority"]), ("PHONE", ["4 224 187"]), ("NAME", ["Jean-Paul", "Payet"]),
      ("LOCATION", ["Les Canelles"]), ("HOSPITAL", ["Anse Royale Health Centre"]), ("NAME", ["Ronny", "Bristol"]),
      ("NAME", ["Véronique", "Larue"]), ("DATE", ["20/03"]), ("NAME", ["Jeanine", "Pothin"]), ("LICENCE", ["0418"]),
      ("EMAIL", ["jpothin@schoolhealth-example.sc"])],
     ["personal asthma action plan", "GINA step 3", "budesonide-formoterol", "SpO2 93%", "peak flow 180 L/min",
      "salbutamol (Ventolin Evohaler) 100 mcg 10 puffs via spacer", "PEF 260 L/min", "prednisolone 40 mg"]),

    # 27 - China, Hainan (Haikou): discharge record in simplified Chinese, scrub typhus
    ("海口市人民医院　感染性疾病科\n"
     "出院记录\n"
     "姓名：符美玲　性别：女　年龄：38岁　住院号：2604318　床号：12\n"
     "身份证号：460106198709243524　医保卡号：H46010604182735\n"
     "住址：海南省海口市龙华区城西镇苍东村委会下苍村27号　职业：割胶工（海南农垦红岭农场）\n"
     "联系人：丈夫 王海军　电话 138 7690 4127\n"
     "入院日期：2026年5月3日　出院日期：2026年5月10日　住院天数：7天\n"
     "既往史：体健，否认高血压、糖尿病史；青霉素过敏。\n"
     "入院情况：发热6天，最高40.0℃，伴头痛、全身肌痛、咳嗽。4月下旬曾在红岭农场橡胶林中割胶，草丛中有鼠类活动。查体：右侧腋窝可见一直径约6 mm黑色焦痂，周围红晕，右腋下淋巴结肿大、压痛。肝肋下1 cm，脾未及。入院时 T "
     "39.6℃，HR 112次/分，BP 102/64 mmHg，RR 22次/分，SpO2 95%。\n"
     "诊疗经过：血常规 WBC 4.2×10^9/L，PLT 86×10^9/L；ALT 128 U/L，AST 156 U/L；CRP 92 mg/L；外斐反应 OX-K 1:320；恙虫病东方体 IgM 阳性，焦痂 PCR "
     "检出恙虫病东方体。胸部CT：双肺少许渗出。qSOFA 1分。诊断明确后予多西环素 100 mg 每日2次口服，48小时内体温降至正常，肝功能逐渐好转。住院期间予护肝（多烯磷脂酰胆碱）及补液支持治疗，未出现多器官功能障碍。\n"
     "出院时情况：体温正常4天，焦痂结痂，ALT 64 U/L，PLT 215×10^9/L；已通过传染病网络直报（报告卡编号 460106-2026-00377）。同班组工友陈小燕、邢春花近日亦有发热，已通知农场卫生所排查。\n"
     "出院诊断：1. 恙虫病（恙虫病东方体感染）；2. 肝功能损害；3. 社区获得性肺炎（轻症）。\n"
     "出院带药：多西环素片 100 mg×6片；复方甘草酸苷片 50 mg tid×7天。\n"
     "出院医嘱：继续口服多西环素 100 mg bid 至总疗程7天；野外作业时穿长袖、扎紧裤脚、涂驱避剂（含DEET）；1周后复查肝功能（门诊：周三上午 林晓 医师）；如再发热及时就诊。\n"
     "主治医师：吴振华　住院医师：林晓　记录日期：2026年5月10日\n"
     "科室电话：0898-66188 418　随访微信群：符美玲家属已加入科室随访群（微信号 hkrmyy_grk2026）",
     [("HOSPITAL", ["海口市人民医院"]), ("NAME", ["符美玲"]), ("MRN", ["2604318"]), ("ID", ["460106198709243524"]),
      ("ID", ["H46010604182735"]), ("LOCATION", ["海口市"]), ("LOCATION", ["龙华区"]), ("LOCATION", ["城西镇"]),
      ("ADDRESS", ["苍东村委会下苍村27号"]), ("LOCATION", ["海南农垦红岭农场"]), ("NAME", ["王海军"]), ("PHONE", ["138 7690 4127"]),
      ("DATE", ["2026年5月3日"]), ("DATE", ["2026年5月10日"]), ("DATE", ["4月下旬"]), ("LOCATION", ["红岭农场"]), ("NAME", ["林晓"]),
      ("NAME", ["吴振华"]), ("PHONE", ["0898-66188 418"]), ("ID", ["460106-2026-00377"]), ("NAME", ["陈小燕"]),
      ("NAME", ["邢春花"]), ("HANDLE", ["hkrmyy_grk2026"])],
     ["焦痂", "WBC 4.2×10^9/L", "ALT 128 U/L", "CRP 92 mg/L", "外斐反应 OX-K 1:320", "复方甘草酸苷片 50 mg tid", "多烯磷脂酰胆碱", "含DEET",
      "恙虫病东方体 IgM 阳性", "qSOFA 1分", "多西环素 100 mg", "恙虫病", "社区获得性肺炎", "青霉素过敏"]),

    # 28 - Scotland, Orkney (Kirkwall / Papa Westray): SBAR nursing-to-doctor handover, upper GI bleed for transfer
    ("THE BALFOUR, KIRKWALL - Acute Receiving Unit\n"
     "SBAR HANDOVER | 06/01/2026 20:10 | from SN Morven Rendall to Dr Sigurd Linklater (FY2, night cover)\n"
     "S - Mrs Ingrid Flett, 64, CHI 140361 2846, Bed 4. Upper GI bleed: 3 episodes of coffee-ground vomiting and "
     "melaena since this afternoon. Now HR 112, BP 96/60, RR 22, SpO2 96% on air, NEWS2 6. Hb 72 g/L (was 128 in "
     "November).\n"
     "B - Lives at Holland Cottage, Papa Westray KW17 2BU with husband Magnus (tel. 01857 644 218). Flew in on the "
     "Loganair Westray-Papa Westray-Kirkwall service this afternoon with the island nurse, Rhona Tulloch. Knee OA - "
     "has been taking naproxen 500 mg BD bought in Aberdeen, plus aspirin 75 mg. Drank more than usual over Hogmanay. "
     "No liver disease known. Not anticoagulated.\n"
     "A - Glasgow-Blatchford score 12, pre-endoscopy Rockall score 4. Melaena on PR. Two large-bore cannulae, group "
     "and crossmatch 4 units sent; 1 unit O-neg given 19:40. Omeprazole 80 mg IV given, 8 mg/h infusion running. "
     "Naproxen and aspirin stopped. Urea 18.6 mmol/L. Catheterised, UO 25 mL/h.\n"
     "R - No on-call endoscopy in Orkney tonight; Dr Alasdair Spence (consultant) spoke to the GI bleed team at "
     "Aberdeen Royal Infirmary - accepted for OGD tonight. Scottish Ambulance Service air ambulance (G-SASN) booked, "
     "ETD 21:30; EMRS North consulted. Please review now, prescribe 2nd unit, and re-check Hb and lactate before she "
     "flies. Husband cannot travel until the flight on 08/01; daughter Freya Flett in Aberdeen (07789 416 202) will "
     "meet her.",
     [("HOSPITAL", ["THE BALFOUR"]), ("LOCATION", ["KIRKWALL"]), ("DATE", ["06/01/2026"]),
      ("NAME", ["Morven", "Rendall"]), ("NAME", ["Sigurd", "Linklater"]), ("NAME", ["Ingrid", "Flett"]),
      ("ID", ["140361 2846"]), ("DATE", ["November"]), ("ADDRESS", ["Holland Cottage"]), ("LOCATION", ["Papa Westray"]),
      ("POSTCODE", ["KW17 2BU"]), ("NAME", ["Magnus"]), ("PHONE", ["01857 644 218"]), ("LOCATION", ["Westray"]),
      ("LOCATION", ["Kirkwall"]), ("NAME", ["Rhona", "Tulloch"]), ("LOCATION", ["Aberdeen"]), ("DATE", ["Hogmanay"]),
      ("NAME", ["Alasdair", "Spence"]), ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("PLATE", ["G-SASN"]),
      ("DATE", ["08/01"]), ("NAME", ["Freya", "Flett"]), ("PHONE", ["07789 416 202"])],
     ["coffee-ground vomiting", "melaena", "NEWS2 6", "Hb 72 g/L", "naproxen 500 mg BD", "aspirin 75 mg",
      "Glasgow-Blatchford score 12", "Rockall score 4", "Omeprazole 80 mg IV", "8 mg/h infusion", "Urea 18.6 mmol/L",
      "OGD"]),

    # 29 - Isle of Man (Braddan): medical certificate of cause of death for a patient aged 93
    ("ISLE OF MAN - MEDICAL CERTIFICATE OF CAUSE OF DEATH (MCCD)\n"
     "Certificate no. IOM-D 0418/2026 | Health & Care no. 604 127 3899\n"
     "Name of deceased: Mona Elizabeth Cregeen (née Kinvig)\n"
     "Date of birth: 17th August 1932 | Age: 93 years | Sex: F\n"
     "Date of death: 04/01/2026 | Time: 03:40\n"
     "Place of death: Noble's Hospital, Strang, Braddan, Ward 11\n"
     "Usual address: Thie Meanagh Residential Home, Croit-e-Caley, Colby IM9 4BZ (resident since 2021); formerly 2 "
     "Ballakilley Road, Port St Mary\n"
     "Last seen alive by me: 03/01/2026\n"
     "CAUSE OF DEATH\n"
     "Ia  Aspiration pneumonia\n"
     "Ib  Parkinson's disease (Hoehn and Yahr stage 5)\n"
     "II  Chronic kidney disease stage 4 (eGFR 22), type 2 diabetes mellitus\n"
     "Circumstances: fall at the home on Boxing Day, admitted 29 December 2025 with reduced intake and coughing on "
     "fluids (SALT: unsafe swallow, for comfort feeding). Madopar continued via NG until 02/01, then palliative care. "
     "Not referred to the Coroner of Inquests - natural causes, no fracture, fall not contributory.\n"
     "Informant: son Mr Juan Cregeen, 12 Peel Road, Douglas (tel. 01624 618 247), present at death. Her late husband "
     "Illiam, a Steam Packet engineer, died in 1998; she had last been out to Tynwald Day at St John's in 2019 and "
     "celebrated her ninetieth birthday at the home in 2022.\n"
     "Certifying doctor: Dr Fenella Quilliam, Consultant Geriatrician, Noble's Hospital | GMC 6184203 | Tel 01624 650 "
     "418 | fenella.quilliam@gov-example.im",
     [("ID", ["IOM-D 0418/2026"]), ("ID", ["604 127 3899"]), ("NAME", ["Mona Elizabeth", "Cregeen"]),
      ("NAME", ["Kinvig"]), ("DATE", ["17th August 1932"]), ("AGE", ["93 years"]), ("DATE", ["04/01/2026"]),
      ("HOSPITAL", ["Noble's Hospital"]), ("LOCATION", ["Strang"]), ("LOCATION", ["Braddan"]),
      ("HOSPITAL", ["Thie Meanagh Residential Home"]), ("LOCATION", ["Croit-e-Caley"]), ("LOCATION", ["Colby"]),
      ("POSTCODE", ["IM9 4BZ"]), ("DATE", ["2021"]), ("ADDRESS", ["2 Ballakilley Road"]),
      ("LOCATION", ["Port St Mary"]), ("DATE", ["03/01/2026"]), ("DATE", ["Boxing Day"]),
      ("DATE", ["29 December 2025"]), ("DATE", ["02/01"]), ("NAME", ["Juan", "Cregeen"]), ("ADDRESS", ["12 Peel Road"]),
      ("LOCATION", ["Douglas"]), ("PHONE", ["01624 618 247"]), ("NAME", ["Illiam"]), ("LOCATION", ["Steam Packet"]),
      ("DATE", ["1998"]), ("DATE", ["Tynwald Day"]), ("LOCATION", ["St John's"]), ("DATE", ["2019"]),
      ("AGE", ["ninetieth birthday"]), ("DATE", ["2022"]), ("NAME", ["Fenella", "Quilliam"]), ("LICENCE", ["6184203"]),
      ("PHONE", ["01624 650 418"]), ("EMAIL", ["fenella.quilliam@gov-example.im"])],
     ["Aspiration pneumonia", "Parkinson's disease", "Hoehn and Yahr stage 5", "Chronic kidney disease stage 4",
      "eGFR 22", "type 2 diabetes mellitus", "SALT", "unsafe swallow", "Madopar"]),

    # 30 - Jersey (St Brelade): prison reception health screen, opioid dependence
    ("HMP LA MOYE - Healthcare Department\n"
     "Route de la Moye, St Brelade, Jersey JE3 8HQ | Healthcare 01534 441 873\n"
     "RECEPTION HEALTH SCREEN (first night) | 11/05/2026 18:25\n"
     "Prisoner: Kyle Le Brocq | prison no. LM/26/0392 | DOB 02/06/1996 (29) | Social Security no. JY 61 73 20 C\n"
     "Remanded today by the Magistrate's Court, St Helier; SoJP custody ref CUS/26/05531. Arrested after Liberation "
     "Day (9 May) celebrations in the Royal Square.\n"
     "Last address: 4 Clos de la Mare, St Clement JE2 6QT. Employer: labourer, Le Feuvre Landscaping. GP: Les Saints "
     "Medical Practice. Mother Sandrine Le Brocq, 07797 731 245 (consented to contact). Instagram @kylelb_je (noted by "
     "custody as a risk re victim contact).\n"
     "Substance use: heroin smoked ~0.5 g/day, pregabalin bought online, alcohol 10-12 units/day. Known to the Alcohol "
     "and Drugs Service at Le Bas Centre; on buprenorphine (Espranor) 16 mg OD dispensed daily by Boots, King Street - "
     "last dose 10/05, confirmed by phone with pharmacist Ms Nirmala Doshi.\n"
     "Screens: COWS 9 (mild withdrawal), CIWA-Ar 8, AUDIT 19, PHQ-9 14, GAD-7 12. No current suicidal intent; one "
     "overdose 2023. ACCT not opened - reviewed by RMN. Urine drug screen: opiates, buprenorphine, cannabinoids.\n"
     "Physical: BP 132/84, HR 98, BMI 22. Injection sites none (denies ever injecting). Hep C antibody positive 2024 - "
     "RNA never done.\n"
     "Plan: continue Espranor 16 mg OD (first prison dose 08:00 tomorrow), thiamine 100 mg TDS, chlordiazepoxide "
     "reducing regime per CIWA; BBV bloods incl. HCV RNA; naloxone (Prenoxad) kit on release; GP appointment 13/05.\n"
     "RMN Tiago Freitas | NMC 18H0427J | reviewed by Dr Hannah Vibert (GMC 7391066)",
     [("LOCATION", ["HMP LA MOYE"]), ("ADDRESS", ["Route de la Moye"]), ("LOCATION", ["St Brelade"]),
      ("POSTCODE", ["JE3 8HQ"]), ("PHONE", ["01534 441 873"]), ("DATE", ["11/05/2026"]), ("NAME", ["Kyle", "Le Brocq"]),
      ("ID", ["LM/26/0392"]), ("DATE", ["02/06/1996"]), ("ID", ["JY 61 73 20 C"]), ("LOCATION", ["St Helier"]),
      ("ID", ["CUS/26/05531"]), ("DATE", ["Liberation Day"]), ("DATE", ["9 May"]), ("LOCATION", ["Royal Square"]),
      ("ADDRESS", ["4 Clos de la Mare"]), ("LOCATION", ["St Clement"]), ("POSTCODE", ["JE2 6QT"]),
      ("LOCATION", ["Le Feuvre Landscaping"]), ("HOSPITAL", ["Les Saints Medical Practice"]),
      ("NAME", ["Sandrine", "Le Brocq"]), ("PHONE", ["07797 731 245"]), ("HANDLE", ["@kylelb_je"]),
      ("HOSPITAL", ["Le Bas Centre"]), ("LOCATION", ["Boots, King Street"]), ("DATE", ["10/05"]),
      ("NAME", ["Nirmala", "Doshi"]), ("DATE", ["13/05"]), ("NAME", ["Tiago", "Freitas"]), ("LICENCE", ["18H0427J"]),
      ("NAME", ["Hannah", "Vibert"]), ("LICENCE", ["7391066"])],
     ["pregabalin", "buprenorphine (Espranor) 16 mg OD", "COWS 9", "CIWA-Ar 8", "AUDIT 19", "PHQ-9 14", "GAD-7 12",
      "ACCT not opened", "Hep C antibody positive", "thiamine 100 mg TDS", "chlordiazepoxide", "HCV RNA",
      "naloxone (Prenoxad)"]),

    # 31 - Australia, Queensland (Darling Downs): notifiable condition report, acute Q fever in an abattoir worker
    ("QUEENSLAND HEALTH - NOTIFIABLE CONDITIONS REPORT FORM (clinical + laboratory)\n"
     "To: Darling Downs Public Health Unit, Toowoomba | Fax (07) 4699 8221 | ddphu@health-qld.example.gov.au\n"
     "Condition: Q fever (Coxiella burnetii) | Date of notification: 23/02/2026\n"
     "Patient: Brodie Gillespie-Tran | M | DOB 18/11/1998 | Medicare 5203 91842 1 (IRN 2)\n"
     "Address: Unit 6, 27 Herries Street, Newtown QLD 4350 | Mob 0413 627 908\n"
     "Indigenous status: neither | Occupation: boner/slicer, Darling Downs Premium Meats, Oakey (started November 2025 "
     "- no pre-employment Q fever screen recorded)\n"
     "Onset: 09/02/2026 - fevers to 40 C, drenching sweats, severe retro-orbital headache, myalgia, dry cough.\n"
     "Lab (Sullivan Nicolaides Pathology, accession 26-7305518-QF): Coxiella burnetii PCR (blood) positive; phase II "
     "IgM 1:640, phase II IgG 1:160, phase I IgG < 1:10 - acute infection. ALT 184 U/L, plt 112 x10^9/L, CRP 140 "
     "mg/L.\n"
     "Vaccination: no Q-VAX, never skin-tested.\n"
     "Treatment: doxycycline 100 mg BD for 14 days from 20/02/2026. TTE requested (no known valvulopathy) to stratify "
     "for Q fever endocarditis risk - modified Duke criteria not met. Serology to be repeated at 3 and 6 months.\n"
     "Contacts/exposure: works on the slaughter floor (sheep and goats); housemate Jayden Rowe works in the same "
     "boning room and has a fever - advised to see GP. Employer's WHS officer Ms Kirsten Pfeffer informed with the "
     "patient's consent.\n"
     "Notifying doctor: Dr Harpreet Sandhu, Oakey Family Practice, 56 Campbell St, Oakey QLD 4401 | Ph (07) 4691 1570 "
     "| AHPRA MED0001837264 | Prescriber no. 2418736",
     [("HOSPITAL", ["Darling Downs Public Health Unit"]), ("LOCATION", ["Toowoomba"]), ("PHONE", ["(07) 4699 8221"]),
      ("EMAIL", ["ddphu@health-qld.example.gov.au"]), ("DATE", ["23/02/2026"]), ("NAME", ["Brodie", "Gillespie-Tran"]),
      ("DATE", ["18/11/1998"]), ("ID", ["5203 91842 1"]), ("ADDRESS", ["Unit 6, 27 Herries Street"]),
      ("LOCATION", ["Newtown"]), ("POSTCODE", ["4350"]), ("PHONE", ["0413 627 908"]),
      ("LOCATION", ["Darling Downs Premium Meats"]), ("LOCATION", ["Oakey"]), ("DATE", ["November 2025"]),
      ("DATE", ["09/02/2026"]), ("HOSPITAL", ["Sullivan Nicolaides Pathology"]), ("ID", ["26-7305518-QF"]),
      ("DATE", ["20/02/2026"]), ("NAME", ["Jayden", "Rowe"]), ("NAME", ["Kirsten", "Pfeffer"]),
      ("NAME", ["Harpreet", "Sandhu"]), ("HOSPITAL", ["Oakey Family Practice"]), ("ADDRESS", ["56 Campbell St"]),
      ("POSTCODE", ["4401"]), ("PHONE", ["(07) 4691 1570"]), ("LICENCE", ["MED0001837264"]), ("LICENCE", ["2418736"])],
     ["Q fever (Coxiella burnetii)", "retro-orbital headache", "Coxiella burnetii PCR (blood) positive",
      "phase II IgM 1:640", "phase II IgG 1:160", "phase I IgG < 1:10", "ALT 184 U/L", "Q-VAX", "doxycycline 100 mg BD",
      "Q fever endocarditis", "modified Duke criteria"]),

    # 32 - Greece, Lesvos (Mytilene): internal medicine admission note in Greek for a patient aged 92
    ("Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο» - Β' Παθολογική Κλινική\n"
     "ΣΗΜΕΙΩΜΑ ΕΙΣΑΓΩΓΗΣ | Τρίτη 17 Φεβρουαρίου 2026, 11:20 | Αρ. μητρώου 26/01873\n"
     "Ασθενής: Ευανθία Ψαρρού του Ευστρατίου, 92 ετών (γενν. 3 Μαΐου 1933), ΑΜΚΑ 03053301242\n"
     "Διεύθυνση: Οδός Αγίας Παρασκευής 9, Αγιάσος, 811 01 Λέσβος. Τηλ. 22520 22 418\n"
     "Συνοδός: η κόρη της Μυρσίνη Καραγιάννη (μόνιμη κάτοικος Αθηνών, κιν. 697 205 3318). Γείτονας: κ. Πρόδρομος "
     "Σκλαβούνος, που την βρήκε στο πάτωμα.\n"
     "Αιτία εισαγωγής: σύγχυση και πτώση στο σπίτι από χθες το βράδυ. Δεν χτύπησε το κεφάλι.\n"
     "Ιστορικό: Αρτηριακή υπέρταση με υδροχλωροθειαζίδη 25 mg (έναρξη τον Ιανουάριο από τον ιδιώτη καρδιολόγο), "
     "οστεοπόρωση, καταρράκτης. Νοσηλεύτηκε ξανά εδώ το Πάσχα του 2024 για πνευμονία. Συνταξιούχος δασκάλα στο "
     "Δημοτικό Σχολείο Αγιάσου μέχρι το 1993. Χήρα από το 2008. Μένει μόνη, με βοήθεια από το πρόγραμμα «Βοήθεια στο "
     "Σπίτι» του Δήμου.\n"
     "Κλινική εξέταση: ΑΠ 112/64 mmHg, σφύξεις 84, SpO2 96%, ελαφρώς αφυδατωμένη, CAM θετικό (παραλήρημα), χωρίς "
     "εστιακή νευρολογική σημειολογία.\n"
     "Εργαστηριακά: Na 121 mmol/L, K 3,1 mmol/L, ωσμωτικότητα ορού 254 mOsm/kg, ωσμωτικότητα ούρων 380 mOsm/kg, Na "
     "ούρων 46 mmol/L, TSH 2,1, κορτιζόλη πρωινή 18 μg/dL.\n"
     "Εκτίμηση: υπονατριαιμία από θειαζίδη, οξεία σύγχυση. Κλίμακα Barthel 35/100, κλίμακα Braden 13, Clinical Frailty "
     "Scale 6.\n"
     "Σχέδιο: διακοπή υδροχλωροθειαζίδης· NaCl 0,9% 1000 mL/24ωρο με στόχο αύξηση Na ≤ 8 mmol/L/24ωρο (κίνδυνος "
     "ωσμωτικής απομυελίνωσης), Na ανά 6ωρο, υποκατάσταση καλίου, πρόληψη πτώσεων και κατακλίσεων.\n"
     "Ιατροί: Ιουλία Πανάγου (ειδικευόμενη) | Διευθυντής: Στρατής Καραβασίλης",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο»"]), ("DATE", ["Τρίτη 17 Φεβρουαρίου 2026"]),
      ("MRN", ["26/01873"]), ("NAME", ["Ευανθία", "Ψαρρού"]), ("NAME", ["Ευστρατίου"]), ("AGE", ["92 ετών"]),
      ("DATE", ["3 Μαΐου 1933"]), ("ID", ["03053301242"]), ("ADDRESS", ["Οδός Αγίας Παρασκευής 9"]),
      ("LOCATION", ["Αγιάσος"]), ("POSTCODE", ["811 01"]), ("PHONE", ["22520 22 418"]),
      ("NAME", ["Μυρσίνη", "Καραγιάννη"]), ("LOCATION", ["Αθηνών"]), ("PHONE", ["697 205 3318"]),
      ("NAME", ["Πρόδρομος", "Σκλαβούνος"]), ("DATE", ["Ιανουάριο"]), ("DATE", ["Πάσχα"]), ("DATE", ["2024"]),
      ("LOCATION", ["Δημοτικό Σχολείο Αγιάσου"]), ("DATE", ["1993"]), ("DATE", ["2008"]),
      ("NAME", ["Ιουλία", "Πανάγου"]), ("NAME", ["Στρατής", "Καραβασίλης"])],
     ["υδροχλωροθειαζίδη 25 mg", "SpO2 96%", "CAM θετικό", "Na 121 mmol/L", "ωσμωτικότητα ορού 254 mOsm/kg",
      "υπονατριαιμία από θειαζίδη", "Κλίμακα Barthel 35/100", "κλίμακα Braden 13", "Clinical Frailty Scale 6",
      "NaCl 0,9%", "ωσμωτικής απομυελίνωσης"]),

    # 33 - Canada, Labrador (Happy Valley-Goose Bay / Rigolet): laboratory report, trichinellosis from black bear meat
    ("LABRADOR-GRENFELL HEALTH - Labrador Health Centre, Laboratory Services\n"
     "227 Hamilton River Road, Happy Valley-Goose Bay, NL A0P 1E0 | Lab (709) 897-2178\n"
     "CUMULATIVE LABORATORY REPORT - FINAL\n"
     "Patient: MICHELIN-POTTLE, Joanna | F | DOB 1984-07-19 | MCP 731 045 286 119 | Chart LHC-0722619\n"
     "Address: General Delivery, Rigolet, NL A0P 1P0 | Tel (709) 947-3386\n"
     "Ordering: Dr. Rhiannon Baikie, Rigolet Community Clinic | cc: Regional Medical Officer of Health\n"
     "Accession LHC-26-0302-0173 | Collected 2026-03-02 14:20 | Received 2026-03-03 09:02 (Air Borealis) | Reported "
     "2026-03-09 10:05\n"
     "HAEMATOLOGY: WBC 11.8 x10^9/L (H); eosinophils 4.2 x10^9/L (H, 36%); Hb 131 g/L; plt 288 x10^9/L.\n"
     "CHEMISTRY: CK 1840 U/L (H); AST 96 U/L (H); LDH 410 U/L (H); creatinine 64 umol/L.\n"
     "SEROLOGY (referred to the National Reference Centre for Parasitology, Montreal): Trichinella ELISA "
     "(excretory-secretory antigen) POSITIVE; Western blot confirmatory - POSITIVE.\n"
     "Microbiologist comment: Picture consistent with acute trichinellosis. History of black bear meat eaten "
     "dried/undercooked at a family gathering on 2026-02-08; frozen bear meat does not reliably kill the "
     "freeze-resistant Trichinella nativa. Suggest albendazole 400 mg BID x 10-14 days +/- prednisone for myositis; "
     "public health follow-up of others who ate the meat. Meat sample (if any remains) to CFIA via the conservation "
     "officer - husband Gordon Pottle holds big game licence NL-BG-25-30719.\n"
     "Reported by: Dr. Lise Arsenault, Medical Microbiologist (pager 3318) | Verified: Genevieve Oliver, MLT | Called "
     "to Dr. Baikie 2026-03-09 10:20",
     [("HOSPITAL", ["LABRADOR-GRENFELL HEALTH"]), ("HOSPITAL", ["Labrador Health Centre"]),
      ("ADDRESS", ["227 Hamilton River Road"]), ("LOCATION", ["Happy Valley-Goose Bay"]), ("POSTCODE", ["A0P 1E0"]),
      ("PHONE", ["(709) 897-2178"]), ("NAME", ["MICHELIN-POTTLE", "Joanna"]), ("DATE", ["1984-07-19"]),
      ("ID", ["731 045 286 119"]), ("MRN", ["LHC-0722619"]), ("ADDRESS", ["General Delivery"]),
      ("LOCATION", ["Rigolet"]), ("POSTCODE", ["A0P 1P0"]), ("PHONE", ["(709) 947-3386"]),
      ("NAME", ["Rhiannon", "Baikie"]), ("HOSPITAL", ["Rigolet Community Clinic"]), ("ID", ["LHC-26-0302-0173"]),
      ("DATE", ["2026-03-02"]), ("DATE", ["2026-03-03"]), ("DATE", ["2026-03-09"]), ("LOCATION", ["Montreal"]),
      ("DATE", ["2026-02-08"]), ("NAME", ["Gordon", "Pottle"]), ("LICENCE", ["NL-BG-25-30719"]),
      ("NAME", ["Lise", "Arsenault"]), ("PHONE", ["3318"]), ("NAME", ["Genevieve", "Oliver"])],
     ["eosinophils 4.2 x10^9/L", "CK 1840 U/L", "LDH 410 U/L", "Trichinella ELISA", "excretory-secretory antigen",
      "Western blot", "acute trichinellosis", "Trichinella nativa", "albendazole 400 mg BID", "prednisone", "CFIA"]),

    # 34 - USA, Alaska (Yukon-Kuskokwim Delta): community health practitioner encounter and medevac, foodborne botulism
    ("YUKON-KUSKOKWIM HEALTH CORPORATION - Kipnuk Subregional Clinic\n"
     "CHA/P ENCOUNTER NOTE with physician consult | 3/14/26 16:05\n"
     "Patient: Agnes Paniyak | 58 F | DOB 11/30/1967 | YKHC chart # YK-2203918 | Alaska Medicaid 1072384519\n"
     "Address: PO Box 71, Kipnuk AK 99614 | home (907) 896-5927\n"
     "CC: \"eyes droopy, hard to swallow\" since this morning; double vision; dry mouth; weak arms.\n"
     "Hx: Last night she and her husband Nick Paniyak ate stink flipper (fermented seal flipper) made in a sealed "
     "plastic bucket in the porch, from a bearded seal he got on the spring hunt near Kuskokwim Bay. Nick now has "
     "blurred vision too (seen separately, chart # YK-2204016).\n"
     "Exam: alert, no fever. Bilateral ptosis, pupils 5 mm sluggish, facial weakness, dysarthria, pools saliva. Arm "
     "strength 4/5 proximal. No sensory loss. RR 22, SpO2 95% RA, peak flow 190 (usual ~350), can count to 12 in one "
     "breath.\n"
     "Assessment (CHP Martha Chanar with Dr. Astrid Sørlie-Amos, YK Delta Regional Hospital ER, by phone + video at "
     "16:20): suspected foodborne botulism - symmetric descending flaccid paralysis.\n"
     "Plan: urgent medevac (Guardian Flight, King Air N736GF, ETA 17:30) to YKDRH Bethel then ANMC Anchorage ICU; "
     "Alaska Section of Epidemiology called (907-269-8000) - heptavalent botulinum antitoxin (BAT) released from the "
     "CDC stock in Anchorage; keep bucket and leftover flipper for the state lab; nothing by mouth; elevate head; "
     "monitor count-breath and SpO2 q15 min.\n"
     "Son Wassillie Paniyak (cell 907-545-0366) to stay with the grandchildren.\n"
     "Martha Chanar, CHP, certificate #1841 | reviewed: A. Sørlie-Amos, MD, NPI 1937462087",
     [("HOSPITAL", ["YUKON-KUSKOKWIM HEALTH CORPORATION"]), ("HOSPITAL", ["Kipnuk Subregional Clinic"]),
      ("DATE", ["3/14/26"]), ("NAME", ["Agnes", "Paniyak"]), ("DATE", ["11/30/1967"]), ("MRN", ["YK-2203918"]),
      ("ID", ["1072384519"]), ("ADDRESS", ["PO Box 71"]), ("LOCATION", ["Kipnuk"]), ("POSTCODE", ["99614"]),
      ("PHONE", ["(907) 896-5927"]), ("NAME", ["Nick", "Paniyak"]), ("LOCATION", ["Kuskokwim Bay"]),
      ("MRN", ["YK-2204016"]), ("NAME", ["Martha", "Chanar"]), ("NAME", ["Astrid", "Sørlie-Amos"]),
      ("HOSPITAL", ["YK Delta Regional Hospital"]), ("PLATE", ["N736GF"]), ("HOSPITAL", ["YKDRH"]),
      ("LOCATION", ["Bethel"]), ("HOSPITAL", ["ANMC"]), ("LOCATION", ["Anchorage"]), ("NAME", ["Wassillie", "Paniyak"]),
      ("PHONE", ["907-269-8000"]), ("PHONE", ["907-545-0366"]), ("LICENCE", ["1841"]), ("NAME", ["A. Sørlie-Amos"]),
      ("ID", ["1937462087"])],
     ["stink flipper", "bearded seal", "Bilateral ptosis", "dysarthria", "SpO2 95% RA", "foodborne botulism",
      "symmetric descending flaccid paralysis", "heptavalent botulinum antitoxin (BAT)", "count-breath"]),

    # 35 - Taiwan, Hualien (Fengbin): emergency triage record in traditional Chinese, pit viper bite
    ("佛教慈濟醫療財團法人花蓮慈濟醫院　急診部\n"
     "急診檢傷分類紀錄\n"
     "到院日期時間：民國115年1月9日 15:42　急診號：ER1150109-0273　到院方式：救護車（豐濱鄉消防分隊，車號 BBL-3072）\n"
     "姓名：林秀蘭（阿美族名 Panay）　性別：女　出生：民國62年8月14日（52歲）　語言：阿美語、國語\n"
     "身分證字號：U220841730　健保卡號：0000 1847 3621\n"
     "住址：花蓮縣豐濱鄉港口村5鄰港口32號　電話：03-8781 264　手機：0933-726-418\n"
     "聯絡人：兒子 林志明（Kacaw）0921-305-847，於花蓮市某汽車修理廠工作，已通知。\n"
     "過去病史：高血壓（服 Amlodipine 5 mg QD），無糖尿病；過敏史：無。上次破傷風疫苗：不詳。\n"
     "主訴：約14:30在港口部落附近田裡採野菜時右小腿被蛇咬，家人描述蛇身有褐色塊狀斑紋、頭呈三角形，疑似龜殼花。\n"
     "生命徵象：T 36.8℃，HR 108，RR 22，BP 152/94 mmHg，SpO2 98%，GCS E4V5M6，疼痛 NRS 8分。\n"
     "局部：右小腿外側兩個牙痕，間距約1 cm，腫脹範圍約15 cm並往膝部擴散，皮下瘀斑，無水泡。\n"
     "檢傷級數：TTAS 第2級（危急）。15:45 完成檢傷，15:50 醫師評估，心電圖：竇性心搏過速，無ST變化。\n"
     "到院前處置：衛生所已以夾板固定、移除束縛物；無自行綁紮。\n"
     "初步處置：抬高患肢、移除戒指及腳鍊、不可切開吸吮或綁止血帶；抽血 CBC、PT/aPTT、fibrinogen、D-dimer、CK。\n"
     "檢驗回報（16:30）：fibrinogen 98 mg/dL，PT INR 1.6，PLT 132×10^3/µL。\n"
     "病人及兒子林志明（電話同意）已簽署抗蛇毒血清使用說明同意書；說明可能之過敏及血清病。\n"
     "醫囑：抗龜殼花及赤尾鮐蛇毒血清 4 vials IV drip（1小時內）；Tdap 0.5 mL IM；觀察有無過敏反應；每30分鐘量測腫脹周徑。\n"
     "通報：已諮詢臺北榮民總醫院毒藥物諮詢中心（電話 02-2875 7525），建議若腫脹持續擴散或 fibrinogen < 100 mg/dL 再追加 2 "
     "vials。留觀急診觀察室第6床，預計轉入一般病房；衛教家屬勿自行放血、敷草藥。\n"
     "檢傷護理師：潘怡君　主治醫師：高振宇（醫字第 048312 號）",
     [("HOSPITAL", ["佛教慈濟醫療財團法人花蓮慈濟醫院"]), ("DATE", ["民國115年1月9日"]), ("ID", ["ER1150109-0273"]),
      ("HOSPITAL", ["豐濱鄉消防分隊"]), ("PLATE", ["BBL-3072"]), ("NAME", ["林秀蘭"]), ("NAME", ["Panay"]),
      ("DATE", ["民國62年8月14日"]), ("ID", ["U220841730"]), ("ID", ["0000 1847 3621"]), ("LOCATION", ["花蓮縣"]),
      ("LOCATION", ["豐濱鄉"]), ("ADDRESS", ["港口村5鄰港口32號"]), ("PHONE", ["03-8781 264"]), ("PHONE", ["0933-726-418"]),
      ("NAME", ["林志明"]), ("NAME", ["Kacaw"]), ("PHONE", ["0921-305-847"]), ("LOCATION", ["花蓮市"]),
      ("LOCATION", ["港口部落"]), ("HOSPITAL", ["臺北榮民總醫院"]), ("PHONE", ["02-2875 7525"]), ("NAME", ["潘怡君"]),
      ("NAME", ["高振宇"]), ("LICENCE", ["醫字第 048312 號"])],
     ["SpO2 98%", "GCS E4V5M6", "NRS 8分", "竇性心搏過速", "血清病", "TTAS 第2級", "fibrinogen 98 mg/dL", "PT INR 1.6",
      "抗龜殼花及赤尾鮐蛇毒血清 4 vials", "Tdap 0.5 mL IM", "龜殼花", "Amlodipine 5 mg QD"]),

    # 36 - England, Isles of Scilly (St Mary's / St Martin's): dermatology video consultation, suspected melanoma
    ("ISLES OF SCILLY - St Mary's Community Hospital & Health Centre, Hugh Town, St Mary's TR21 0HE\n"
     "TELEDERMATOLOGY VIDEO CONSULTATION (Attend Anywhere) with Royal Cornwall Hospital (Treliske), Truro\n"
     "Date: Tue 12 May 2026, 11:00-11:25 | Link: https://waiting-room.attend-anywhere-example.nhs.uk/rcht/derm/TRK-6602"
     " | Session host IP 10.244.18.73\n"
     "Patient: Mr Tristan Hicks-Pender | DOB 29/02/1964 | NHS No. 731 845 2061 | Tel 01720 422 907 / 07813 260 448\n"
     "Address: Lower Town, St Martin's, Isles of Scilly TR25 0QW. Gardener at Tresco Abbey Garden; crosses daily by "
     "boat.\n"
     "Present in St Mary's: Mr Hicks-Pender, practice nurse Tamsin Jenkins (imaging with DermLite DL4 on the clinic "
     "iPhone), GP Dr Oluwaseun Adeyemi-Hart. Remote: Dr Kerensa Trewin, consultant dermatologist.\n"
     "History: 6-month change in a mole on the L upper back noticed by his partner Loveday; itch, occasional bleeding. "
     "Lifelong outdoor work, multiple blistering sunburns as a child; Fitzpatrick skin type I. Father had melanoma in "
     "his 70s.\n"
     "Findings: 11 x 8 mm asymmetric lesion, two shades of brown with a blue-grey area; 7-point checklist score 4. "
     "Dermoscopy: atypical pigment network, irregular streaks and a blue-white veil. No palpable axillary or cervical "
     "nodes (examined by the GP).\n"
     "Impression: suspected melanoma - urgent suspected cancer (2-week wait) pathway.\n"
     "Plan: excision biopsy with 2 mm margins at West Cornwall Hospital, Penzance on 19/05/2026 (travel on the "
     "Scillonian, travel costs claimed under the Healthcare Travel Costs Scheme); Breslow thickness will guide wide "
     "local excision and SLNB; sun protection advice given.\n"
     "Dr Kerensa Trewin | GMC 6093418 | kerensa.trewin@rcht-example.nhs.uk",
     [("HOSPITAL", ["St Mary's Community Hospital & Health Centre"]), ("LOCATION", ["Hugh Town"]),
      ("LOCATION", ["St Mary's"]), ("POSTCODE", ["TR21 0HE"]), ("HOSPITAL", ["Royal Cornwall Hospital"]),
      ("HOSPITAL", ["Treliske"]), ("LOCATION", ["Truro"]), ("DATE", ["Tue 12 May 2026"]),
      ("URL", ["https://waiting-room.attend-anywhere-example.nhs.uk/rcht/derm/TRK-6602"]), ("IP", ["10.244.18.73"]),
      ("NAME", ["Tristan", "Hicks-Pender"]), ("DATE", ["29/02/1964"]), ("ID", ["731 845 2061"]),
      ("PHONE", ["01720 422 907"]), ("PHONE", ["07813 260 448"]), ("ADDRESS", ["Lower Town"]),
      ("LOCATION", ["St Martin's"]), ("POSTCODE", ["TR25 0QW"]), ("LOCATION", ["Tresco Abbey Garden"]),
      ("NAME", ["Tamsin", "Jenkins"]), ("NAME", ["Oluwaseun", "Adeyemi-Hart"]), ("NAME", ["Kerensa", "Trewin"]),
      ("NAME", ["Loveday"]), ("HOSPITAL", ["West Cornwall Hospital"]), ("LOCATION", ["Penzance"]),
      ("DATE", ["19/05/2026"]), ("LICENCE", ["6093418"]), ("EMAIL", ["kerensa.trewin@rcht-example.nhs.uk"])],
     ["Attend Anywhere", "DermLite DL4", "Fitzpatrick skin type I", "7-point checklist score 4",
      "atypical pigment network", "blue-white veil", "suspected melanoma", "2-week wait",
      "excision biopsy with 2 mm margins", "Breslow thickness", "SLNB"]),

    # 37 - Belize (Dangriga -> Belize City): inter-facility transfer form, acute subdural haematoma
    ("MINISTRY OF HEALTH & WELLNESS, BELIZE - SOUTHERN REGIONAL HOSPITAL, Dangriga, Stann Creek District\n"
     "INTER-FACILITY TRANSFER FORM | 19/11/2025 | Time of departure 13:40 | Hosp. No. SRH-25-07731\n"
     "Patient: Florencio Arzu | 52 M | DOB 03/04/1973 | SSB No. 302 781 506 | Garifuna; speaks Garifuna, Kriol and "
     "English\n"
     "Address: Lot 57, Front Street, Hopkins village, Stann Creek. Fisherman and drummer at the Lebeha drumming "
     "centre.\n"
     "NOK: wife Dionisia Arzu, cell +501 633-7029 (travelling separately by bus).\n"
     "Receiving facility: Karl Heusner Memorial Hospital, Princess Margaret Drive, Belize City - neurosurgery accepted "
     "by Dr. Tsai Ming-Hsien (Taiwan medical mission) at 12:55.\n"
     "Reason for transfer: acute L subdural haematoma needing craniotomy - no neurosurgery in the south.\n"
     "History: fell ~6 m from a coconut tree early this morning while picking for the Garifuna Settlement Day "
     "celebrations; brief LOC, then headache and vomiting x3; became drowsy at 11:30.\n"
     "Current status: GCS 11 (E3V3M5), L pupil 5 mm sluggish, R 3 mm reactive; R-sided weakness 4/5. BP 164/88, HR 62, "
     "RR 16 - no full Cushing's triad. SpO2 97% on 4 L O2. Cervical spine: NEXUS criteria not met (intoxication "
     "excluded, distracting injury R wrist) - C-collar on.\n"
     "CT head (11:50): acute L frontoparietal SDH 14 mm, midline shift 7 mm.\n"
     "Treatment given: mannitol 1 g/kg (80 g) IV 12:30; levetiracetam (Keppra) 1 g IV; tranexamic acid 1 g IV (within "
     "3 h, per CRASH-3); head up 30 degrees; ondansetron 4 mg.\n"
     "Escort: RN Keisha Westby + paramedic; ambulance SC-C-12718. Sending doctor: Dr. Yolanda Bol, MO (Medical Board "
     "reg. 1187), tel. 522-3704.",
     [("HOSPITAL", ["SOUTHERN REGIONAL HOSPITAL"]), ("LOCATION", ["Dangriga"]), ("DATE", ["19/11/2025"]),
      ("MRN", ["SRH-25-07731"]), ("NAME", ["Florencio", "Arzu"]), ("DATE", ["03/04/1973"]), ("ID", ["302 781 506"]),
      ("ADDRESS", ["Lot 57, Front Street"]), ("LOCATION", ["Hopkins"]), ("LOCATION", ["Lebeha"]),
      ("NAME", ["Dionisia", "Arzu"]), ("PHONE", ["+501 633-7029"]), ("HOSPITAL", ["Karl Heusner Memorial Hospital"]),
      ("ADDRESS", ["Princess Margaret Drive"]), ("LOCATION", ["Belize City"]), ("NAME", ["Tsai Ming-Hsien"]),
      ("DATE", ["Garifuna Settlement Day"]), ("NAME", ["Keisha", "Westby"]), ("PLATE", ["SC-C-12718"]),
      ("NAME", ["Yolanda", "Bol"]), ("LICENCE", ["1187"]), ("PHONE", ["522-3704"])],
     ["GCS 11 (E3V3M5)", "Cushing's triad", "NEXUS criteria", "C-collar", "SDH 14 mm", "midline shift 7 mm",
      "mannitol 1 g/kg", "levetiracetam (Keppra) 1 g IV", "tranexamic acid 1 g IV", "CRASH-3", "ondansetron 4 mg"]),

    # 38 - Sri Lanka, Northern Province (Jaffna): rheumatology clinic letter, lupus nephritis
    ("TEACHING HOSPITAL JAFFNA - Rheumatology Clinic (Clinic 14), Hospital Road, Jaffna\n"
     "Tel 021 222 3348 | rheum.thj@health-lk.example.org\n"
     "21/04/2026\n"
     "Dr. (Mrs.) Vasuki Thambirajah, MBBS, Family Physician, Thambirajah Medical Centre, Kandy Road, Chavakachcheri\n"
     "Dear Dr. Thambirajah,\n"
     "Re: Ms. Tharshika Sivakumaran, 31 yrs, NIC 199471502843, Clinic No. THJ/RHEU/2026/0311\n"
     "No. 27, Temple Road, Nallur, Jaffna | Mobile 077 962 3148\n"
     "Thank you for referring this 31-year-old teacher at Kokuvil Hindu College with 4 months of photosensitive malar "
     "rash, inflammatory polyarthritis of the hands, oral ulcers and, over the last 3 weeks, facial and ankle oedema.\n"
     "Investigations: ANA 1:1280 homogeneous; anti-dsDNA 186 IU/mL; C3 0.52 g/L, C4 0.06 g/L; direct Coombs positive; "
     "Hb 9.8 g/dL; urine PCR 180 mg/mmol with red cell casts; serum creatinine 118 umol/L. Renal biopsy (Dr. S. "
     "Ketheeswaran, histopathology, 16/04/2026): ISN/RPS class IV-G (A) lupus nephritis.\n"
     "She fulfils the 2019 EULAR/ACR classification criteria (score 26) and the SLICC 2012 criteria. SLEDAI-2K 18.\n"
     "Plan: IV methylprednisolone 500 mg daily x 3 then prednisolone 30 mg daily with taper; mycophenolate mofetil "
     "titrated to 1 g BD; hydroxychloroquine 200 mg daily (baseline eye screening at the Jaffna eye clinic); losartan "
     "25 mg; calcium and vitamin D. Mycophenolate is teratogenic - her wedding is planned for August and her fiancé "
     "Mr. Prashanth Yogarajah (living in Toronto) joined by phone; she has agreed to reliable contraception and "
     "pre-pregnancy counselling.\n"
     "Review in 2 weeks with FBC, creatinine and UPCR.\n"
     "Yours sincerely,\n"
     "Dr. Kumaran Nadarajah, MBBS, MD, Consultant Rheumatologist | SLMC Reg. No. 23906",
     [("HOSPITAL", ["TEACHING HOSPITAL JAFFNA"]), ("ADDRESS", ["Hospital Road"]), ("LOCATION", ["Jaffna"]),
      ("PHONE", ["021 222 3348"]), ("EMAIL", ["rheum.thj@health-lk.example.org"]), ("DATE", ["21/04/2026"]),
      ("NAME", ["Vasuki", "Thambirajah"]), ("HOSPITAL", ["Thambirajah Medical Centre"]), ("ADDRESS", ["Kandy Road"]),
      ("LOCATION", ["Chavakachcheri"]), ("NAME", ["Tharshika", "Sivakumaran"]), ("ID", ["199471502843"]),
      ("MRN", ["THJ/RHEU/2026/0311"]), ("ADDRESS", ["No. 27, Temple Road"]), ("LOCATION", ["Nallur"]),
      ("PHONE", ["077 962 3148"]), ("LOCATION", ["Kokuvil Hindu College"]), ("NAME", ["S. Ketheeswaran"]),
      ("DATE", ["16/04/2026"]), ("DATE", ["August"]), ("NAME", ["Prashanth", "Yogarajah"]), ("LOCATION", ["Toronto"]),
      ("NAME", ["Kumaran", "Nadarajah"]), ("LICENCE", ["23906"])],
     ["malar rash", "ANA 1:1280", "anti-dsDNA 186 IU/mL", "C3 0.52 g/L", "direct Coombs positive",
      "urine PCR 180 mg/mmol", "ISN/RPS class IV-G (A) lupus nephritis", "2019 EULAR/ACR classification criteria",
      "SLICC 2012 criteria", "SLEDAI-2K 18", "methylprednisolone 500 mg", "mycophenolate mofetil",
      "hydroxychloroquine 200 mg daily", "losartan 25 mg"]),

    # 39 - Nepal, Manang (Annapurna circuit): high-altitude aid post record with helicopter evacuation, HAPE
    ("HIMALAYAN RESCUE ASSOCIATION NEPAL - Manang Aid Post (3,540 m)\n"
     "PATIENT RECORD | 20/10/2025 (first day of Tihar) 06:10 | HRA reg. MNG-25-0612\n"
     "Name: Ms. Saoirse Costigan-Whyte | 27 F | Irish | Passport PX7305184 | DOB 05/01/1998\n"
     "Trekking agency: Annapurna Snowline Treks Pvt. Ltd., Thamel, Kathmandu (office 01-4701 592). Guide: Pasang Nuru "
     "Sherpa, +977 9851 073 264. TIMS no. A-2025-0738114; ACAP entry permit 25-41902.\n"
     "Insurance: VHI Multi-Trip, policy MT-77413952, assistance line +353 1 907 2245 - helicopter authorised 05:55.\n"
     "Travel contact: her brother Cillian Costigan in Galway (cillian.costigan@example.ie).\n"
     "History: ascended Besisahar to Yak Kharka (4,050 m) in 6 days, skipping the Manang rest day. Two days of cough, "
     "breathlessness at rest since last night at the Hotel Tilicho teahouse; headache, nausea; pink frothy sputum this "
     "morning. Not on acetazolamide.\n"
     "Exam: HR 128, RR 34, T 37.6, SpO2 68% on air -> 88% on 4 L O2; bilateral crackles R > L; ataxic heel-toe walk, "
     "mild confusion.\n"
     "Lake Louise AMS score 9 (severe). Diagnosis: HAPE with probable early HACE.\n"
     "Treatment: O2 4 L/min; nifedipine MR 30 mg PO; dexamethasone 8 mg IM then 4 mg q6h; Gamow bag 1 h at 2 psi while "
     "waiting for the weather to clear.\n"
     "Evacuation: helicopter 9N-ALK (Kailash Helicopter Services) departed 07:20 to CIWEC Hospital, Kathmandu; guide "
     "accompanied. Advised no re-ascent on this trip.\n"
     "Doctors: Dr. Anjali Gurung (NMC No. 21894) and volunteer Dr. Barnaby Everard (UK) | "
     "manang.hra@hra-example.org.np",
     [("HOSPITAL", ["Manang Aid Post"]), ("DATE", ["20/10/2025"]), ("DATE", ["first day of Tihar"]),
      ("ID", ["MNG-25-0612"]), ("NAME", ["Saoirse", "Costigan-Whyte"]), ("ID", ["PX7305184"]), ("DATE", ["05/01/1998"]),
      ("LOCATION", ["Annapurna Snowline Treks Pvt. Ltd."]), ("LOCATION", ["Thamel"]), ("LOCATION", ["Kathmandu"]),
      ("PHONE", ["01-4701 592"]), ("NAME", ["Pasang Nuru", "Sherpa"]), ("PHONE", ["+977 9851 073 264"]),
      ("ID", ["A-2025-0738114"]), ("ID", ["25-41902"]), ("ID", ["MT-77413952"]), ("PHONE", ["+353 1 907 2245"]),
      ("NAME", ["Cillian", "Costigan"]), ("LOCATION", ["Galway"]), ("EMAIL", ["cillian.costigan@example.ie"]),
      ("LOCATION", ["Besisahar"]), ("LOCATION", ["Yak Kharka"]), ("LOCATION", ["Manang"]),
      ("LOCATION", ["Hotel Tilicho"]), ("PLATE", ["9N-ALK"]), ("LOCATION", ["Kailash Helicopter Services"]),
      ("HOSPITAL", ["CIWEC Hospital"]), ("NAME", ["Anjali", "Gurung"]), ("LICENCE", ["21894"]),
      ("NAME", ["Barnaby", "Everard"]), ("EMAIL", ["manang.hra@hra-example.org.np"])],
     ["SpO2 68% on air", "Lake Louise AMS score 9", "HAPE", "HACE", "nifedipine MR 30 mg", "dexamethasone 8 mg IM",
      "Gamow bag", "acetazolamide", "pink frothy sputum", "ataxic heel-toe walk"]),
]
