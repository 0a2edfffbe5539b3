"""Notes 20-39 of the eighteenth HELD-OUT set (see :mod:`deid_notes_heldout18` for how it was written and what it
holds).

These 20 notes hold 467 planted identifier parts in 401 (kind, parts) entries and 128 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a consent form for a below-knee amputation (Fiji); 21, a community
pharmacist's intervention and emergency supply record (Barbados); 22, a hospice admission at home for a patient aged 97
(Minnesota); 23, a child protection referral (Mombasa); 25, a ship's medical log with radio medical advice (Papua New
Guinea); 26, an animal bite treatment centre nursing record (Davao); 28, an NCD and diabetes clinic list (Samoa); 29, a
military heat illness record (Powys); 31, a pulmonology consult letter made with voice recognition and not corrected
(Arizona); 32, a patient safety incident report (Ontario); 34, a hospital social work assessment and discharge plan
(Saint Lucia); 35, a factory medical officer's periodic examination and return-to-work assessment (Tamil Nadu); 37, a
prison reception health assessment (Western Australia); 38, a speech-language therapy swallow assessment with a FEES
report (Penang); 39, an ENT outpatient letter (Co. Kerry). In Greek script: 24, an ambulance patient transport record
(Corfu); 33, a CT report (Rhodes). In Chinese: 27, a histopathology report (Guangdong, simplified); 36, a care home
nursing record for a resident aged 95 (Macau, traditional). In Romanian: 30, a family doctor's referral letter to
cardiology (Maramureș). Entries per kind here: LOCATION 91, NAME 83, DATE 70, HOSPITAL 37, ID 28, PHONE 22, ADDRESS 20,
LICENCE 12, MRN 11, POSTCODE 9, AGE 4, EMAIL 3, PLATE 3, SERIAL 3, HANDLE 2, URL 2, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Fiji, Vanua Levu (Labasa): consent form for a below-knee amputation
    ("MINISTRY OF HEALTH AND MEDICAL SERVICES, FIJI\n"
     "Labasa Hospital - Department of Surgery\n"
     "CONSENT FOR OPERATION / PROCEDURE\n"
     "Patient: Mr. Ravinesh Prasad-Naidu | 56 M | DOB 11/07/1969 | Hosp. No. LBS-118274 | FNPF No. 40182736\n"
     "Address: Lot 22, Vunimoli Road, Labasa. Cane farmer, supplies the Labasa Sugar Mill. Language: Fiji Hindi.\n"
     "Proposed operation: RIGHT below-knee amputation (BKA), Burgess long posterior flap, under spinal anaesthesia.\n"
     "Indication: wet gangrene of the R forefoot with ascending cellulitis, diabetic foot Wagner grade 4; HbA1c "
     "11.4%; ABI 0.6 on the right.\n"
     "Explained in Fiji Hindi through an interpreter (Ms. Litia Vakaloloma, ward clerk). Benefits: removes the "
     "infection and may save his life. Risks: bleeding and transfusion, wound infection or breakdown (up to 1 in 5), "
     "revision to above-knee level, phantom limb pain, DVT/PE, heart attack or stroke, death (about 1 in 20 with "
     "sepsis and diabetes). Alternatives: guillotine amputation first, or antibiotics alone (likely to fail). "
     "Prosthesis fitting later at the Colonial War Memorial Hospital, Suva.\n"
     "Patient's right thumbprint: [thumbprint]   Date: 03/03/2026 14:10\n"
     "Witness: son Mr. Ashneel Prasad, mob. 995 5418\n"
     "Surgeon: Dr. Isikeli Naivalurua, Surgical Registrar | FMDC Reg. 4187\n"
     "Anaesthetic review: ASA 3E, spinal planned.",
     [("HOSPITAL", ["Labasa Hospital"]), ("NAME", ["Ravinesh", "Prasad-Naidu"]), ("DATE", ["11/07/1969"]),
      ("MRN", ["LBS-118274"]), ("ID", ["40182736"]), ("ADDRESS", ["Lot 22, Vunimoli Road"]), ("LOCATION", ["Labasa"]),
      ("LOCATION", ["Labasa Sugar Mill"]), ("NAME", ["Litia", "Vakaloloma"]),
      ("HOSPITAL", ["Colonial War Memorial Hospital"]), ("LOCATION", ["Suva"]), ("DATE", ["03/03/2026"]),
      ("NAME", ["Ashneel", "Prasad"]), ("PHONE", ["995 5418"]), ("NAME", ["Isikeli", "Naivalurua"]),
      ("LICENCE", ["4187"])],
     ["Burgess long posterior flap", "Wagner grade 4", "HbA1c 11.4%", "ABI 0.6", "1 in 5", "phantom limb pain"]),

    # 21 - Barbados (St. Peter): community pharmacist intervention and emergency supply record
    ("SPEIGHTSTOWN APOTHECARY\n"
     "Queen Street, Speightstown, St. Peter | Tel (246) 555-0172\n"
     "PHARMACIST INTERVENTION & EMERGENCY SUPPLY RECORD | 15/08/2025 18:40\n"
     "Patient: Mrs. Marcia Yearwood-Bovell | DOB 22/02/1966 | NRN 660222-0418\n"
     "Address: Lot 7, Orange Hill, St. James\n"
     "GP: Dr. Ramón Greaves-Haynes, Black Rock Medical (surgery closed since Kadooment Day, reopens Monday)\n"
     "Request: emergency supply of warfarin 5 mg (ran out 2 days ago). Last INR 2.6 on 30th July at the Winston Scott "
     "Polyclinic; target 2-3 (AF).\n"
     "Also bought here today: miconazole oral gel (Daktarin) for denture stomatitis. Taking St John's Wort for low "
     "mood for 2 weeks (from a health food shop).\n"
     "Interventions:\n"
     "1. Miconazole oral gel + warfarin: major interaction (CYP2C9 inhibition, INR can double) - sale reversed; "
     "nystatin suspension 100,000 units/mL 1 mL QID supplied instead.\n"
     "2. St John's Wort induces CYP3A4/CYP2C9 - may lower the INR; advised to stop it and tell the GP. PHQ-2 score 4 "
     "- encouraged to see the GP about her mood this week.\n"
     "3. Emergency supply: warfarin 5 mg x 7 days, same dose; INR check at the polyclinic in 5-7 days.\n"
     "On-call GP phoned 19:05 on 246-555-0188 - agreed with all of the above.\n"
     "Collected by her daughter.\n"
     "Pharmacist: Kwame Harewood-Springer, B.Pharm | Barbados Pharmacy Council Reg. P-0318",
     [("HOSPITAL", ["SPEIGHTSTOWN APOTHECARY"]), ("ADDRESS", ["Queen Street"]), ("LOCATION", ["Speightstown"]),
      ("LOCATION", ["St. Peter"]), ("PHONE", ["(246) 555-0172"]), ("DATE", ["15/08/2025"]),
      ("NAME", ["Marcia", "Yearwood-Bovell"]), ("DATE", ["22/02/1966"]), ("ID", ["660222-0418"]),
      ("ADDRESS", ["Lot 7, Orange Hill"]), ("LOCATION", ["St. James"]), ("NAME", ["Ramón", "Greaves-Haynes"]),
      ("HOSPITAL", ["Black Rock Medical"]), ("DATE", ["Kadooment Day"]), ("DATE", ["30th July"]),
      ("HOSPITAL", ["Winston Scott Polyclinic"]), ("PHONE", ["246-555-0188"]), ("NAME", ["Kwame", "Harewood-Springer"]),
      ("LICENCE", ["P-0318"])],
     ["warfarin 5 mg", "Daktarin", "St John's Wort", "CYP2C9", "PHQ-2 score 4",
      "nystatin suspension 100,000 units/mL"]),

    # 22 - USA, Minnesota (Iron Range): hospice admission at home, patient aged 97
    ("Arrowhead Hospice & Palliative Care - Virginia, MN\n"
     "HOSPICE ADMISSION / INITIAL NURSING AND PHYSICIAN ASSESSMENT | 11/21/2025 | home visit\n"
     "Patient: Mrs. Aune Koskela-Lindgren | 97 y F | DOB 03/04/1928 | Medicare MBI 4TW7-HX2-RD58 | MRN AH-0041827\n"
     "Address: 5218 Highway 135, Embarrass MN 55732 (farmhouse; her son lives with her)\n"
     "Hospice diagnosis: end-stage heart failure, NYHA IV, EF 20% (echo at Essentia Health-Virginia, March 2025).\n"
     "History: born in Embarrass to Finnish parents; taught at the Tower school until 1986; widowed in 2009. Three "
     "admissions since August, the last 10/30 to 11/04.\n"
     "Today: PPS 30%, in bed most of the day, dyspnea with talking, 2 L O2 by concentrator (s/n IG5-0418273), 3+ "
     "edema to the knees, sacrum intact.\n"
     "Meds: furosemide 40 mg BID; metolazone 2.5 mg PRN weight gain; Roxanol 20 mg/mL 0.25 mL SL q2h PRN dyspnea; "
     "lorazepam 0.5 mg SL PRN anxiety; bowel regimen.\n"
     "POLST (signed 11/05/2025): DNR/DNI, comfort-focused treatment, no rehospitalization.\n"
     "Goals: to die at home. \"I've had 97 good winters, that's plenty.\" Hopes to make it to Thanksgiving with the "
     "family and to have Pastor Eero Mattila of Bethlehem Finnish Lutheran Church visit.\n"
     "Family: son Toivo Koskela (218-555-0132), primary caregiver; daughter Marjatta lives in Duluth.\n"
     "Admitting RN case manager present; plan agreed with son.\n"
     "Hospice medical director: Solveig Haugland-Pike, MD | NPI 1382705949",
     [("HOSPITAL", ["Arrowhead Hospice & Palliative Care"]), ("LOCATION", ["Virginia"]), ("DATE", ["11/21/2025"]),
      ("NAME", ["Aune", "Koskela-Lindgren"]), ("AGE", ["97 y"]), ("DATE", ["03/04/1928"]), ("ID", ["4TW7-HX2-RD58"]),
      ("MRN", ["AH-0041827"]), ("ADDRESS", ["5218 Highway 135"]), ("LOCATION", ["Embarrass"]), ("POSTCODE", ["55732"]),
      ("HOSPITAL", ["Essentia Health-Virginia"]), ("DATE", ["March 2025"]), ("LOCATION", ["Tower"]), ("DATE", ["1986"]),
      ("DATE", ["2009"]), ("DATE", ["August"]), ("DATE", ["10/30"]), ("DATE", ["11/04"]), ("SERIAL", ["IG5-0418273"]),
      ("DATE", ["11/05/2025"]), ("AGE", ["I've had 97"]), ("DATE", ["Thanksgiving"]), ("NAME", ["Eero", "Mattila"]),
      ("LOCATION", ["Bethlehem Finnish Lutheran Church"]), ("NAME", ["Toivo", "Koskela"]), ("PHONE", ["218-555-0132"]),
      ("NAME", ["Marjatta"]), ("LOCATION", ["Duluth"]), ("NAME", ["Solveig", "Haugland-Pike"]), ("ID", ["1382705949"])],
     ["NYHA IV", "EF 20%", "PPS 30%", "metolazone 2.5 mg", "Roxanol 20 mg/mL", "POLST"]),

    # 23 - Kenya, Mombasa: child protection referral, non-accidental scald
    ("COAST GENERAL TEACHING & REFERRAL HOSPITAL, MOMBASA - Department of Paediatrics\n"
     "CHILD PROTECTION REFERRAL (to the Sub-County Children's Officer, Children Act, 2022)\n"
     "Date: 21/10/2025 | IP No. CGTRH/PAED/25/41827 | Ward: Paediatric Burns Unit\n"
     "Child: Neema Wanjiru Kahindi | F | 3 yrs | DOB 08/05/2022 | Birth Cert. No. 4827316\n"
     "Address: Bangladesh informal settlement, Mikindani, Changamwe Sub-County. Lives with her mother, the mother's "
     "boyfriend and 2 siblings.\n"
     "Mother: Ms. Purity Kahindi, night shift at Mishi Garments EPZ. Brought in by a neighbour, Mrs. Rehema Chengo.\n"
     "History given: \"she stepped into a bucket of hot water\" 2 days ago; no care sought until the neighbour "
     "brought her.\n"
     "Findings: symmetrical glove-and-stocking scalds of both feet and lower legs and of the buttocks, sharp "
     "tide-marks, sparing of the flexion creases - forced immersion pattern; 12% TBSA (Lund and Browder chart), "
     "superficial and deep partial thickness. Several healed loop-shaped marks on the back. Withdrawn, flinches when "
     "approached. Weight-for-age Z-score -2.4.\n"
     "Skeletal survey: healing fracture of the left 7th posterior rib. Coagulation normal.\n"
     "Actions: admitted (place of safety); police informed - OB No. 41/21/10/2025, Changamwe Police Station; "
     "Children's Officer Mr. Kazungu Baya (0722 555 063) to see the siblings today (aged 5 and 7, both in primary "
     "school). The mother's boyfriend, Mr. Baraka Tsuma, is not to visit.\n"
     "Referring clinician: Dr. Halima Said-Mwamburi, Paediatric Registrar | KMPDC A14827",
     [("HOSPITAL", ["COAST GENERAL TEACHING & REFERRAL HOSPITAL"]), ("LOCATION", ["MOMBASA"]), ("DATE", ["21/10/2025"]),
      ("MRN", ["CGTRH/PAED/25/41827"]), ("NAME", ["Neema", "Wanjiru", "Kahindi"]), ("DATE", ["08/05/2022"]),
      ("ID", ["4827316"]), ("LOCATION", ["Bangladesh"]), ("LOCATION", ["Mikindani"]), ("LOCATION", ["Changamwe"]),
      ("NAME", ["Purity"]), ("LOCATION", ["Mishi Garments EPZ"]), ("NAME", ["Rehema", "Chengo"]),
      ("ID", ["41/21/10/2025"]), ("LOCATION", ["Changamwe Police Station"]), ("NAME", ["Kazungu", "Baya"]),
      ("PHONE", ["0722 555 063"]), ("NAME", ["Baraka", "Tsuma"]), ("NAME", ["Halima", "Said-Mwamburi"]),
      ("LICENCE", ["A14827"])],
     ["Children Act, 2022", "glove-and-stocking", "tide-marks", "12% TBSA", "Lund and Browder chart",
      "7th posterior rib"]),

    # 24 - Greece, Corfu: national ambulance service patient transport record, bee-sting anaphylaxis (Greek)
    ("ΕΚΑΒ - Παράρτημα Κέρκυρας\n"
     "ΔΕΛΤΙΟ ΔΙΑΚΟΜΙΔΗΣ ΑΣΘΕΝΟΥΣ | Ασθενοφόρο ΚΗΙ 4182 | Απινιδωτής LIFEPAK 15, σ/α 37261845\n"
     "Ημερομηνία: 27/06/2025 | Κλήση 16:42 | Άφιξη 17:01 | Αναχώρηση 17:14 | Νοσοκομείο 17:39\n"
     "Τόπος: μελισσοκομείο έξω από τους Άγιους Δούλους\n"
     "Ασθενής: Σπυρίδων Γιαννούλης του Νικηφόρου, 58 ετών, γεν. 30/01/1967, ΑΜΚΑ 30016721174\n"
     "Διεύθυνση: Ιωάννου Καποδιστρίου 44, Κέρκυρα. Μελισσοκόμος, μέλος του Μελισσοκομικού Συνεταιρισμού Λευκίμμης.\n"
     "Ιστορικό: τσίμπημα μέλισσας στον τράχηλο κατά τον τρύγο· γνωστή αλλεργία σε δηλητήριο μέλισσας, το EpiPen του "
     "είχε λήξει.\n"
     "Εκτίμηση ABCDE: οίδημα χειλέων και γλώσσας, βράγχος φωνής, συριγμός, γενικευμένη κνίδωση· ΑΠ 70/40, σφύξεις "
     "136, SpO2 88%, GCS 14 (E4V4M6). Αναφυλαξία βαθμού III κατά Ring-Messmer.\n"
     "Αντιμετώπιση: αδρεναλίνη 0,5 mg IM (1 mg/mL) στον έξω μηρό 17:03 και επανάληψη 17:08· O2 15 L/min με μάσκα "
     "επανεισπνοής· N/S 0,9% 1000 mL ταχέως· σαλβουταμόλη 5 mg με νεφελοποιητή· αφαίρεση κεντριού με ξύσιμο. Κατά την "
     "άφιξη ΑΠ 105/60, SpO2 95%.\n"
     "Διακομιδή: Γενικό Νοσοκομείο Κέρκυρας, ΤΕΠ.\n"
     "Συνοδός: η σύζυγος Πηνελόπη (κιν. 694 555 7218).\n"
     "Διασώστης: Ορέστης Μεταξάς-Ζερβός (Α.Μ. 5207)",
     [("LOCATION", ["Κέρκυρας"]), ("PLATE", ["ΚΗΙ 4182"]), ("SERIAL", ["37261845"]), ("DATE", ["27/06/2025"]),
      ("LOCATION", ["Άγιους Δούλους"]), ("NAME", ["Σπυρίδων", "Γιαννούλης"]), ("NAME", ["Νικηφόρου"]),
      ("DATE", ["30/01/1967"]), ("ID", ["30016721174"]), ("ADDRESS", ["Ιωάννου Καποδιστρίου 44"]),
      ("LOCATION", ["Κέρκυρα"]), ("LOCATION", ["Μελισσοκομικού Συνεταιρισμού Λευκίμμης"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Κέρκυρας"]), ("NAME", ["Πηνελόπη"]), ("PHONE", ["694 555 7218"]),
      ("NAME", ["Ορέστης", "Μεταξάς-Ζερβός"]), ("LICENCE", ["5207"])],
     ["LIFEPAK 15", "EpiPen", "GCS 14 (E4V4M6)", "Αναφυλαξία βαθμού III κατά Ring-Messmer", "αδρεναλίνη 0,5 mg IM",
      "σαλβουταμόλη 5 mg"]),

    # 25 - Papua New Guinea (Huon Gulf): ship's medical log and radio medical advice record, acute appendicitis
    ("SHIP'S MEDICAL LOG AND RADIO MEDICAL ADVICE RECORD\n"
     "MV Sepik Trader | IMO 9418274 | Call sign P2V4183 | container feeder, Madang to Lae, 14 crew\n"
     "Date: 19 August 2025, 02:15 LT | Position 06°12'S 147°58'E, Huon Gulf | ETA Lae 09:00\n"
     "In charge of medical care: Chief Officer Emil Dacanay-Ruiz (STCW medical care certificate)\n"
     "Patient: AB Joselito Baluyot-Tamayo | 36 M | DOB 12/12/1988 | Seafarer's Identification and Record Book no. "
     "C0418273 | home: Bantayan Island, Cebu\n"
     "History: 18 h of central abdominal pain moving to the RIF, anorexia, vomited twice. Last BM yesterday.\n"
     "Exam: T 38.3, HR 108, BP 124/80. RIF guarding and rebound; Rovsing's sign and psoas sign positive. Alvarado "
     "score 8.\n"
     "Radio medical advice: TMAS (Dr. Ngaire Sutcliffe-Hone) via Iridium +881 6316 41827 at 02:40 - probable acute "
     "appendicitis: nil by mouth, IV line, ceftriaxone 1 g IV and metronidazole 500 mg PR from the ship's medicine "
     "chest, paracetamol 1 g, hourly obs; proceed at best speed; medevac on berthing. International Medical Guide for "
     "Ships, chapter on abdominal pain, followed.\n"
     "Action: full speed; the ship's agent (ops@morobecoastal.com.pg) arranged an ambulance at the wharf to Angau "
     "Memorial Hospital. Owners informed.\n"
     "Master: Capt. Henrik Aalstad-Moresi",
     [("LOCATION", ["Sepik Trader"]), ("ID", ["9418274"]), ("PLATE", ["P2V4183"]), ("LOCATION", ["Madang"]),
      ("LOCATION", ["Lae"]), ("DATE", ["19 August 2025"]), ("LOCATION", ["06°12'S 147°58'E"]),
      ("LOCATION", ["Huon Gulf"]), ("NAME", ["Emil", "Dacanay-Ruiz"]), ("NAME", ["Joselito", "Baluyot-Tamayo"]),
      ("DATE", ["12/12/1988"]), ("ID", ["C0418273"]), ("LOCATION", ["Bantayan Island"]), ("LOCATION", ["Cebu"]),
      ("NAME", ["Ngaire", "Sutcliffe-Hone"]), ("PHONE", ["+881 6316 41827"]), ("EMAIL", ["ops@morobecoastal.com.pg"]),
      ("HOSPITAL", ["Angau Memorial Hospital"]), ("NAME", ["Henrik", "Aalstad-Moresi"])],
     ["RIF", "Rovsing's sign", "psoas sign", "Alvarado score 8", "metronidazole 500 mg PR",
      "International Medical Guide for Ships"]),

    # 26 - Philippines, Mindanao (Davao City): animal bite treatment center nursing record, rabies PEP
    ("SOUTHERN PHILIPPINES MEDICAL CENTER - Animal Bite Treatment Center (ABTC)\n"
     "J.P. Laurel Ave, Bajada, Davao City\n"
     "ABTC NURSING RECORD - October 3, 2025, 9:15 AM (Day 0) | ABTC Reg. No. SPMC-ABTC-2025-18427\n"
     "Patient: Honey Joy Maglinte-Apostol | 9/F | DOB 07/21/2016 | Wt 26 kg\n"
     "Address: Phase 2, Blk 9 Lot 14, Mintal, Tugbok District. Grade 4, Mintal Elementary School.\n"
     "Exposure: bitten on the R calf by a neighbor's dog (owned, unvaccinated, now tied up) on Oct 2 at about 6 PM "
     "while walking home from school. Washed with soap and water at home for ~5 minutes.\n"
     "Assessment: single transdermal puncture wound 1 cm with spontaneous bleeding - Category III exposure.\n"
     "Management: wound washed again for 15 min with soap and running water, povidone-iodine applied, not sutured. "
     "ERIG (Equirab) 40 IU/kg = 1,040 IU infiltrated into and around the wound. PVRV (Speeda) 0.1 mL ID at 2 sites, "
     "Day 0. Td 0.5 mL IM.\n"
     "Schedule: Day 3 - Oct 6; Day 7 - Oct 10. Dog to be observed for 14 days (until Oct 16); report at once if it "
     "gets sick, dies or disappears; the owner has been told.\n"
     "Mother: Mrs. Lovely Maglinte, 0917 555 6184 (reminders by Viber, @lovelymaglinte).\n"
     "Health teaching done: PEP schedule, wound care, signs to watch for.\n"
     "Kristine Mae Dagohoy, RN | PRC Lic. No. 0714528",
     [("HOSPITAL", ["SOUTHERN PHILIPPINES MEDICAL CENTER"]), ("ADDRESS", ["J.P. Laurel Ave"]), ("LOCATION", ["Bajada"]),
      ("LOCATION", ["Davao City"]), ("DATE", ["October 3, 2025"]), ("ID", ["SPMC-ABTC-2025-18427"]),
      ("NAME", ["Honey Joy", "Maglinte-Apostol"]), ("DATE", ["07/21/2016"]), ("ADDRESS", ["Phase 2, Blk 9 Lot 14"]),
      ("LOCATION", ["Mintal"]), ("LOCATION", ["Tugbok District"]), ("LOCATION", ["Mintal Elementary School"]),
      ("DATE", ["Oct 2"]), ("DATE", ["Oct 6"]), ("DATE", ["Oct 10"]), ("DATE", ["Oct 16"]),
      ("NAME", ["Lovely", "Maglinte"]), ("PHONE", ["0917 555 6184"]), ("HANDLE", ["@lovelymaglinte"]),
      ("NAME", ["Kristine Mae", "Dagohoy"]), ("LICENCE", ["0714528"])],
     ["Category III exposure", "povidone-iodine", "ERIG (Equirab) 40 IU/kg", "PVRV (Speeda) 0.1 mL ID",
      "Td 0.5 mL IM"]),

    # 27 - China, Guangdong (Jiangmen): histopathology report, nasopharyngeal carcinoma (simplified)
    ("江门市中心医院 病理科\n"
     "病理诊断报告书\n"
     "病理号：P2025-31847　送检日期：2025-09-16　报告日期：2025-09-19\n"
     "姓名：梁志坚　性别：男　年龄：46岁　住院号：JM0418273　科室：耳鼻咽喉头颈外科 12床\n"
     "身份证号：440781197811052411\n"
     "住址：台山市广海镇南湾村58号（渔民）\n"
     "送检医生：吴嘉欣\n"
     "临床诊断：鼻咽肿物；右颈部淋巴结肿大。EBV-DNA 8.6×10³ copies/mL，VCA-IgA 阳性。\n"
     "大体所见：（鼻咽）灰白色活检组织3粒，直径0.2-0.4 cm，全部取材。\n"
     "镜下所见：肿瘤细胞呈合体样片巢状分布，核大、空泡状，核仁明显，间质见大量淋巴细胞浸润，未见角化。\n"
     "免疫组化：CK(AE1/AE3)(+)，CK5/6(+)，p63(+)，EBER原位杂交(+)，Ki-67约70%(+)，CD20(背景淋巴细胞+)。\n"
     "病理诊断：（鼻咽）非角化性癌，未分化型。\n"
     "备注：请结合影像学行临床分期（AJCC第8版）。重要结果已于2025年9月19日 15:20电话通知临床（分机 3417）。\n"
     "报告查询：http://10.44.7.21/pis/report?id=P2025-31847\n"
     "诊断医师：区慧敏　审核医师：甄国栋",
     [("HOSPITAL", ["江门市中心医院"]), ("LOCATION", ["江门市"]), ("ID", ["P2025-31847"]), ("DATE", ["2025-09-16"]),
      ("DATE", ["2025-09-19"]), ("NAME", ["梁志坚"]), ("MRN", ["JM0418273"]), ("ID", ["440781197811052411"]),
      ("LOCATION", ["台山市"]), ("LOCATION", ["广海镇"]), ("ADDRESS", ["南湾村58号"]), ("NAME", ["吴嘉欣"]),
      ("DATE", ["2025年9月19日"]), ("PHONE", ["3417"]), ("URL", ["http://10.44.7.21/pis/report?id=P2025-31847"]),
      ("IP", ["10.44.7.21"]), ("NAME", ["区慧敏"]), ("NAME", ["甄国栋"])],
     ["EBV-DNA 8.6×10³ copies/mL", "VCA-IgA 阳性", "CK5/6(+)", "EBER原位杂交(+)", "Ki-67约70%(+)", "非角化性癌，未分化型", "AJCC第8版"]),

    # 28 - Samoa (Upolu): NCD and diabetes clinic list
    ("Tupua Tamasese Meaole Hospital (TTM), Moto'otua, Apia\n"
     "NCD / DIABETES CLINIC LIST - Thursday 12 February 2026 (AM)\n"
     "Doctor: Dr. Tafaoimalo Lemalu-Ah Kuoi | Diabetes nurse: Sister Fetu Leavasa\n"
     "\n"
     "1. TAUILIILI Fa'amanu, M/54, TTM-08417, Faleasi'u. Taxi driver; deacon at EFKS Faleasi'u. Diabetic since 2014. "
     "HbA1c 11.8% on metformin 1 g BD. Callus L hallux, monofilament 6/10 sites. Add gliclazide MR 60 mg mane; "
     "podiatry; foot care teaching.\n"
     "2. LEAUANAE Masina, F/61, TTM-11873, Lotopa. BP 172/98 on amlodipine 10 mg; eGFR 41, ACR 48 mg/mmol. Add "
     "losartan 25 mg; K and creatinine in 1/52. Her daughter helps with her tablets.\n"
     "3. AH SAM Fa'afetai, F/46, TTM-30618, Siusega. HbA1c 9.6%. Retinal photos: R proliferative diabetic retinopathy "
     "with new vessels at the disc. Urgent eye clinic referral for pan-retinal photocoagulation; no heavy lifting. "
     "Husband Iosefa drives her.",
     [("HOSPITAL", ["Tupua Tamasese Meaole Hospital"]), ("HOSPITAL", ["TTM"]), ("LOCATION", ["Moto'otua"]),
      ("LOCATION", ["Apia"]), ("DATE", ["12 February 2026"]), ("NAME", ["Tafaoimalo", "Lemalu-Ah Kuoi"]),
      ("NAME", ["Fetu", "Leavasa"]), ("NAME", ["TAUILIILI", "Fa'amanu"]), ("MRN", ["TTM-08417"]),
      ("LOCATION", ["Faleasi'u"]), ("LOCATION", ["EFKS Faleasi'u"]), ("NAME", ["LEAUANAE", "Masina"]),
      ("MRN", ["TTM-11873"]), ("LOCATION", ["Lotopa"]), ("NAME", ["AH SAM", "Fa'afetai"]), ("MRN", ["TTM-30618"]),
      ("LOCATION", ["Siusega"]), ("NAME", ["Iosefa"])],
     ["HbA1c 11.8%", "monofilament 6/10", "gliclazide MR 60 mg", "ACR 48 mg/mmol", "1/52",
      "pan-retinal photocoagulation"]),

    # 29 - Wales, Powys (Brecon): military heat illness clinical record and notification
    ("DEFENCE PRIMARY HEALTHCARE - Brecon Medical Centre, Dering Lines, Brecon\n"
     "HEAT ILLNESS CLINICAL RECORD AND NOTIFICATION | 16 Jul 25, 11:40\n"
     "Place: Sennybridge Training Area, grid SN 9412 3718, 16 km loaded march (25 kg)\n"
     "Patient: 30418726 Pte Kieran Llewellyn-Abara | 23 M | DOB 03/03/2002 | NHS 418 273 6508 | Infantry Battle "
     "School, section commanders' course\n"
     "History: collapsed at km 11 at 11:10, confused and aggressive, had stopped sweating per his section. WBGT 28.4 "
     "°C at the start. D&V 2 days before; slept 4 h.\n"
     "On scene (CMT LCpl Aled Rhys-Menon, 11:18): core temp (rectal) 41.2 °C, HR 152, BP 92/50, GCS 11. Strip, soak "
     "and fan with iced-water-soaked sheets and ice packs to groin and axillae; IV 0.9% saline 1 L. Rectal temp 38.9 "
     "°C at 11:36; GCS 14.\n"
     "Evac: by road to the ED at Prince Charles Hospital, Merthyr Tydfil. There: CK 4,100 U/L, creatinine 168 µmol/L, "
     "ALT 212 U/L, glucose 5.1 - exertional heat stroke with AKI and rhabdomyolysis; admitted.\n"
     "Disposition: JMES downgraded - MND, no exercise in heat; referral to the Heat Illness Clinic, Institute of "
     "Naval Medicine, Alverstoke. Chain of command informed.\n"
     "NOK: father Mr Gareth Llewellyn, 07700 900 913 - informed by the unit.\n"
     "Capt Siân Bevan-Oduya RAMC, Regimental Medical Officer | GMC 7148203",
     [("HOSPITAL", ["Brecon Medical Centre"]), ("LOCATION", ["Dering Lines"]), ("LOCATION", ["Brecon"]),
      ("DATE", ["16 Jul 25"]), ("LOCATION", ["Sennybridge Training Area"]), ("LOCATION", ["SN 9412 3718"]),
      ("ID", ["30418726"]), ("NAME", ["Kieran", "Llewellyn-Abara"]), ("DATE", ["03/03/2002"]), ("ID", ["418 273 6508"]),
      ("LOCATION", ["Infantry Battle School"]), ("NAME", ["Aled", "Rhys-Menon"]),
      ("HOSPITAL", ["Prince Charles Hospital"]), ("LOCATION", ["Merthyr Tydfil"]),
      ("HOSPITAL", ["Institute of Naval Medicine"]), ("LOCATION", ["Alverstoke"]), ("NAME", ["Gareth", "Llewellyn"]),
      ("PHONE", ["07700 900 913"]), ("NAME", ["Siân", "Bevan-Oduya"]), ("LICENCE", ["7148203"])],
     ["WBGT 28.4 °C", "core temp (rectal) 41.2 °C", "Strip, soak and fan", "exertional heat stroke", "JMES", "D&V"]),

    # 30 - Romania, Maramureș: family doctor's referral letter to cardiology (Romanian)
    ("CABINET MEDICAL INDIVIDUAL DR. ILEANA BUZDUGAN - Medicină de familie\n"
     "Str. Mihai Eminescu nr. 12, Sighetu Marmației, jud. Maramureș, cod poștal 435500\n"
     "Tel./fax 0262 555 418 | cabinet.buzdugan@medfam-mm.ro\n"
     "\n"
     "BILET DE TRIMITERE / SCRISOARE MEDICALĂ | Data: 17.11.2025\n"
     "Către: Ambulatoriul de specialitate Cardiologie, Spitalul Județean de Urgență „Dr. Constantin Opriș” Baia Mare\n"
     "\n"
     "Pacient: Vasile Hotea-Bizău, sex M, 61 ani, CNP 1640308244183, născut la 8 martie 1964\n"
     "Domiciliu: sat Săpânța nr. 218. Tâmplar; sculptează cruci pentru Cimitirul Vesel.\n"
     "\n"
     "Stimate coleg,\n"
     "Vă trimit pacientul pentru dispnee de efort progresivă de 3 luni (acum NYHA III), ortopnee cu 2 perne și edeme "
     "gambiere bilaterale. Fumător, 40 PA.\n"
     "Examen obiectiv: TA 150/95 mmHg, AV 104/min neregulată, raluri crepitante bazal bilateral, hepatomegalie, "
     "reflux hepatojugular prezent, edeme gambiere până la genunchi.\n"
     "EKG în cabinet: fibrilație atrială cu AV medie 110/min. NT-proBNP 3.840 pg/mL; creatinină 1,1 mg/dL.\n"
     "Diagnostic prezumtiv: insuficiență cardiacă congestivă; fibrilație atrială nou descoperită; scor CHA2DS2-VASc "
     "2.\n"
     "Tratament inițiat: furosemid 40 mg/zi, bisoprolol 2,5 mg/zi, apixaban (Eliquis) 5 mg de 2 ori/zi.\n"
     "Vă rog ecocardiografie și conduită terapeutică. Are programare pe 2 decembrie, ora 10:30.\n"
     "Soția, dna Floarea Hotea, tel. 0744 555 182.\n"
     "\n"
     "Cu stimă,\n"
     "Dr. Ileana Buzdugan, medic specialist medicină de familie | cod parafă A41827",
     [("NAME", ["ILEANA", "BUZDUGAN"]), ("ADDRESS", ["Str. Mihai Eminescu nr. 12"]),
      ("LOCATION", ["Sighetu Marmației"]), ("LOCATION", ["Maramureș"]), ("POSTCODE", ["435500"]),
      ("PHONE", ["0262 555 418"]), ("EMAIL", ["cabinet.buzdugan@medfam-mm.ro"]), ("DATE", ["17.11.2025"]),
      ("HOSPITAL", ["Spitalul Județean de Urgență"]), ("HOSPITAL", ["Dr. Constantin Opriș"]),
      ("LOCATION", ["Baia Mare"]), ("NAME", ["Vasile", "Hotea-Bizău"]), ("ID", ["1640308244183"]),
      ("DATE", ["8 martie 1964"]), ("LOCATION", ["Săpânța"]), ("ADDRESS", ["nr. 218"]),
      ("LOCATION", ["Cimitirul Vesel"]), ("DATE", ["2 decembrie"]), ("NAME", ["Floarea", "Hotea"]),
      ("PHONE", ["0744 555 182"]), ("NAME", ["Ileana", "Buzdugan"]), ("LICENCE", ["A41827"])],
     ["NYHA III", "40 PA", "reflux hepatojugular", "NT-proBNP 3.840 pg/mL", "CHA2DS2-VASc 2", "bisoprolol 2,5 mg/zi",
      "Eliquis"]),

    # 31 - USA, Arizona (Pima County): pulmonology consult letter, voice recognition not corrected, coccidioidomycosis
    ("Sonoran Desert Pulmonary Associates\n"
     "1840 E River Rd, Suite 210, Tucson AZ 85718 | Fax 520-555-0179\n"
     "*** This document was prepared with voice recognition software (Fluency Direct). Misrecognitions may occur; "
     "please call with any questions. ***\n"
     "Date of service: 9/12/2025\n"
     "\n"
     "Priyanka Oberholtzer-Desai, MD\n"
     "Ajo Family Clinic, Ajo AZ\n"
     "\n"
     "RE: Ezequiel Valenzuela-Tso | DOB 1/9/1981 | AHCCCS ID A41827390\n"
     "\n"
     "Dear Dr. Oberholtzer-Desai,\n"
     "Thank you for asking me to see Mr. Valenzuela toe, a 44-year-old haul truck driver at the New Cornelia pit who "
     "lives in Why. In July he had fever, night sweats, a dry cough and painful red nodules on both shins consistent "
     "with erythema nodosum. Chest x-ray at that time showed right hilar adenopathy, and he was started on "
     "fluconazole 400 mg daily buy your office.\n"
     "Cocci serologies: EIA IgM positive, IgG positive, complement fixation titer 1:32. CT chest today shows a 3.2 cm "
     "thin walled cavity in the right upper loaf with no air fluid level.\n"
     "Impression: chronic cavitary coccidioidomycosis (Valley fever) following primary infection. No dissemination "
     "clinically; he has no bone pain and no headache.\n"
     "Plan: continue fluconazole 400 mg daily for at least 12 months; CF titer and LFTs every 12 weeks; repeat CT in "
     "3 months. I explained that the cavity can rupture and cause a pyopneumothorax and he should go to the ER for "
     "sudden chest pain or shortness of breath. His wife Araceli asked about dust at work - a respirator in the cab "
     "is reasonable.\n"
     "\n"
     "Sincerely,\n"
     "Octavia Brennan-Haskie, MD, Pulmonary and Critical Care | NPI 1603958277",
     [("HOSPITAL", ["Sonoran Desert Pulmonary Associates"]), ("ADDRESS", ["1840 E River Rd, Suite 210"]),
      ("LOCATION", ["Tucson"]), ("POSTCODE", ["85718"]), ("PHONE", ["520-555-0179"]), ("DATE", ["9/12/2025"]),
      ("NAME", ["Priyanka", "Oberholtzer-Desai"]), ("HOSPITAL", ["Ajo Family Clinic"]), ("LOCATION", ["Ajo"]),
      ("NAME", ["Ezequiel", "Valenzuela-Tso"]), ("DATE", ["1/9/1981"]), ("ID", ["A41827390"]),
      ("NAME", ["Valenzuela", "toe"]), ("LOCATION", ["New Cornelia pit"]), ("LOCATION", ["Why"]), ("DATE", ["July"]),
      ("NAME", ["Araceli"]), ("NAME", ["Octavia", "Brennan-Haskie"]), ("ID", ["1603958277"])],
     ["erythema nodosum", "fluconazole 400 mg", "complement fixation titer 1:32", "thin walled cavity",
      "coccidioidomycosis", "Valley fever", "pyopneumothorax"]),

    # 32 - Canada, Ontario (Greater Sudbury): patient safety incident report, hydromorphone overdose
    ("Health Sciences North - Ramsey Lake Health Centre\n"
     "41 Ramsey Lake Rd, Sudbury ON P3E 5J1\n"
     "PATIENT SAFETY INCIDENT REPORT | Report # HSN-PS-2026-004187 | Event 2026-01-28 02:10 | Reported 2026-01-28 "
     "07:30\n"
     "Unit: Surgery 6 South, room 618B\n"
     "Patient: Gilles Lapointe-Chrétien | 71 M | DOB 1954-04-19 | MRN H0418273 | OHIP 4182-730-954 XT\n"
     "Retired underground miner; lives in Lively. POD 1 after open right hemicolectomy.\n"
     "Event: HYDROmorphone 2 mg IV given at 02:10 instead of the ordered HYDROmorphone 0.5 mg IV - a 10 mg/mL "
     "high-potency vial was taken from the Omnicell on override instead of the 2 mg/mL vial (4x dose).\n"
     "Detection: 02:40 on rounds - RR 6, SpO2 82%, POSS 4, pinpoint pupils. Naloxone 0.04 mg IV x3 titrated; RR 14, "
     "POSS 2. Rapid response team 02:45. Moved to step-down for monitoring; naloxone infusion 6 h. No lasting harm at "
     "24 h.\n"
     "Harm level: moderate (temporary harm, intervention required).\n"
     "Disclosure: to his wife Mme Huguette Lapointe (705-555-0144) by Dr. Ravi Oommen-Tremblay at 08:15.\n"
     "Contributing factors: HP hydromorphone stocked on the unit, look-alike vials, cabinet override, no independent "
     "double check, RN in her third week (1:7 assignment). PCA pump (Alaris 8120, s/n 18427301) not involved.\n"
     "Actions: HP hydromorphone removed from ward stock; report to ISMP Canada; unit huddle and education.\n"
     "Reported by: Chantal Bélanger-Moosomin, RN, charge nurse, ext. 3906",
     [("HOSPITAL", ["Health Sciences North"]), ("HOSPITAL", ["Ramsey Lake Health Centre"]),
      ("ADDRESS", ["41 Ramsey Lake Rd"]), ("LOCATION", ["Sudbury"]), ("POSTCODE", ["P3E 5J1"]),
      ("ID", ["HSN-PS-2026-004187"]), ("DATE", ["2026-01-28"]), ("NAME", ["Gilles", "Lapointe-Chrétien"]),
      ("DATE", ["1954-04-19"]), ("MRN", ["H0418273"]), ("ID", ["4182-730-954 XT"]), ("LOCATION", ["Lively"]),
      ("NAME", ["Huguette", "Lapointe"]), ("PHONE", ["705-555-0144"]), ("NAME", ["Ravi", "Oommen-Tremblay"]),
      ("SERIAL", ["18427301"]), ("NAME", ["Chantal", "Bélanger-Moosomin"]), ("PHONE", ["3906"])],
     ["HYDROmorphone 0.5 mg IV", "Omnicell", "POSS 4", "Naloxone 0.04 mg IV", "1:7", "Alaris 8120", "ISMP Canada"]),

    # 33 - Greece, Dodecanese (Rhodes): CT abdomen and pelvis report, perforated appendicitis (Greek)
    ("Γενικό Νοσοκομείο Ρόδου «Ανδρέας Παπανδρέου» - Ακτινολογικό Τμήμα\n"
     "Αγίου Σουλά 97, 85100 Ρόδος | εσωτ. 2418\n"
     "ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΚΟΙΛΙΑΣ - ΠΥΕΛΟΥ ΜΕ ΕΝΔΟΦΛΕΒΙΟ ΣΚΙΑΓΡΑΦΙΚΟ\n"
     "Αρ. εξέτασης: CT-25-04187 | Ημερομηνία: 08/10/2025\n"
     "Ασθενής: Εμμανουήλ Χατζηδάκης-Σαρίκας του Μιχαήλ, 44 ετών, γεν. 21/04/1981, ΑΜΚΑ 21048114538\n"
     "Κάτοικος Λίνδου, υπάλληλος υποδοχής στο ξενοδοχείο «Αιγαίο Φως».\n"
     "Παραπέμπουσα: Δρ Καλλιόπη Διακογεωργίου, Χειρουργική Κλινική\n"
     "Κλινικές πληροφορίες: άλγος δεξιού λαγονίου βόθρου 3 ημερών, πυρετός 38,6, WBC 16.400/μL, CRP 142 mg/L.\n"
     "Ευρήματα: Διατεταμένη σκωληκοειδής απόφυση (διάμετρος 14 mm) με πάχυνση και ενίσχυση του τοιχώματος, διήθηση "
     "του περιβάλλοντος λίπους και σκωληκοειδόλιθο 8 mm στη βάση. Εστιακή διακοπή του τοιχώματος στο άκρο, με "
     "περισκωληκοειδική συλλογή 3,2 x 2,8 cm με ενισχυόμενο τοίχωμα και φυσαλίδες αέρα. Μικρή ποσότητα υγρού στον "
     "δουγλάσειο χώρο. Ηπατικό αιμαγγείωμα 1,1 cm στο τμήμα VII κατά Couinaud. Απλή κύστη αριστερού νεφρού 2 cm "
     "(Bosniak I). Χωρίς ελεύθερο αέρα.\n"
     "Συμπέρασμα: Οξεία διάτρητη σκωληκοειδίτιδα με περισκωληκοειδικό απόστημα.\n"
     "Ενημερώθηκε τηλεφωνικά η παραπέμπουσα στις 08/10/2025, 14:25.\n"
     "Εικόνες: https://pacs.gnrodou.gr/viewer?study=CT-25-04187\n"
     "Η ακτινολόγος: Ζωή Καραβασίλη-Ντόκου",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Ρόδου"]), ("HOSPITAL", ["Ανδρέας Παπανδρέου"]), ("ADDRESS", ["Αγίου Σουλά 97"]),
      ("POSTCODE", ["85100"]), ("LOCATION", ["Ρόδος"]), ("PHONE", ["2418"]), ("ID", ["CT-25-04187"]),
      ("DATE", ["08/10/2025"]), ("NAME", ["Εμμανουήλ", "Χατζηδάκης-Σαρίκας"]), ("NAME", ["Μιχαήλ"]),
      ("DATE", ["21/04/1981"]), ("ID", ["21048114538"]), ("LOCATION", ["Λίνδου"]), ("LOCATION", ["Αιγαίο Φως"]),
      ("NAME", ["Καλλιόπη", "Διακογεωργίου"]), ("URL", ["https://pacs.gnrodou.gr/viewer?study=CT-25-04187"]),
      ("NAME", ["Ζωή", "Καραβασίλη-Ντόκου"])],
     ["WBC 16.400/μL", "CRP 142 mg/L", "διάμετρος 14 mm", "σκωληκοειδόλιθο 8 mm", "δουγλάσειο χώρο", "κατά Couinaud",
      "Bosniak I"]),

    # 34 - Saint Lucia (Castries; Choiseul): hospital medical social work assessment and discharge plan after stroke
    ("Owen King European Union Hospital (OKEU), Millennium Highway, Castries\n"
     "MEDICAL SOCIAL WORK - PSYCHOSOCIAL ASSESSMENT AND DISCHARGE PLAN | 24/11/2025\n"
     "Patient: Mr. Augustin Jn Baptiste | 78 M | DOB 06/05/1947 | Hosp. No. OKEU-0418273 | NIC No. 206417\n"
     "Ward: Victoria Ward (male medical), bed 9\n"
     "Referred by: Dr. Marie-Claire Descartes-Emmanuel, medical team\n"
     "Reason: admitted 3 weeks ago with a left middle cerebral artery stroke - right hemiplegia and expressive "
     "aphasia; Modified Rankin Scale 4, Barthel 35/100. Medically fit for discharge; needs help with all transfers.\n"
     "Home: Morne Sion, Choiseul - lives alone in a wooden house on a hillside, 6 steps to the door, no inside toilet "
     "(pit latrine), water from a standpipe. Former banana farmer; small pension. Roman Catholic, attends the "
     "Immaculate Conception Church.\n"
     "Family: daughter Ms. Bernadette Jn Baptiste in England (+44 7700 900 372, WhatsApp); nephew Mr. Cletus "
     "Harracksingh, a fisherman in Laborie (1-758-555-0181), visits twice a week.\n"
     "Assessment: high care needs, unsafe to return home alone; patient (by yes/no cards) wants to \"go home to "
     "Choiseul\"; capacity for this decision being assessed with SLT.\n"
     "Plan: 1. Family conference by WhatsApp video on 26/11 at 2 pm. 2. Application for a place at the Marian Home "
     "and, in parallel, home help through the Department of Equity. 3. Wheelchair and commode on loan. 4. "
     "Physiotherapy home programme; OT home visit if discharged home.\n"
     "Ms. Philomena Augier-Fontenelle, Medical Social Worker",
     [("HOSPITAL", ["Owen King European Union Hospital"]), ("HOSPITAL", ["OKEU"]), ("ADDRESS", ["Millennium Highway"]),
      ("LOCATION", ["Castries"]), ("DATE", ["24/11/2025"]), ("NAME", ["Augustin", "Jn Baptiste"]),
      ("DATE", ["06/05/1947"]), ("MRN", ["OKEU-0418273"]), ("ID", ["206417"]), ("LOCATION", ["Victoria Ward"]),
      ("NAME", ["Marie-Claire", "Descartes-Emmanuel"]), ("LOCATION", ["Morne Sion"]), ("LOCATION", ["Choiseul"]),
      ("LOCATION", ["Immaculate Conception Church"]), ("NAME", ["Bernadette", "Jn Baptiste"]),
      ("PHONE", ["+44 7700 900 372"]), ("NAME", ["Cletus", "Harracksingh"]), ("LOCATION", ["Laborie"]),
      ("PHONE", ["1-758-555-0181"]), ("DATE", ["26/11"]), ("LOCATION", ["Marian Home"]),
      ("NAME", ["Philomena", "Augier-Fontenelle"])],
     ["left middle cerebral artery stroke", "right hemiplegia", "expressive aphasia", "Modified Rankin Scale 4",
      "Barthel 35/100", "SLT"]),

    # 35 - India, Tamil Nadu (Sivakasi): factory medical officer's periodic examination and return-to-work assessment
    ("SRI MUTHUMARI FIREWORKS (P) LTD. - FACTORY MEDICAL ROOM\n"
     "Sattur Road, Sivakasi 626123, Virudhunagar Dist.\n"
     "PERIODIC MEDICAL EXAMINATION & RETURN-TO-WORK ASSESSMENT (Factories Act, 1948) | Date: 12.01.2026\n"
     "Worker: Tmt. Muthulakshmi, W/o Pandiyarajan | 34 F | DOB 15.06.1991 | ESIC IP No. 5102418273 | Aadhaar 3612 "
     "4078 8150\n"
     "Department: mixing and filling, chemical shed 4 - 9 years.\n"
     "Injury: flash burn in the mixing shed on 3rd October during the pre-Deepavali rush; 4 weeks in the burns ward "
     "of Government Rajaji Hospital, Madurai; split-skin grafts to the right forearm.\n"
     "Examination: healed partial-thickness burns of both forearms, neck and face, 14% TBSA by the Rule of Nines; "
     "hypertrophic scarring, Vancouver Scar Scale 7; right elbow flexion contracture (lacks 20° of extension). Jamar "
     "dynamometer grip R 14 kg / L 22 kg. Spirometry FEV1/FVC 0.81 (normal). Hb 9.4 g/dL.\n"
     "Opinion: temporarily unfit for mixing and filling (heat, friction and fine-powder work with grafted, poorly "
     "sweating skin). Fit for light duties in the packing section for 3 months with pressure garments; physiotherapy "
     "at ESI Dispensary Sivakasi 3 times a week; oral iron. Review 12.04.2026.\n"
     "Husband Mr. Pandiyarajan drives an auto-rickshaw (TN 67 K 4182); mobile +91 94431 55720.\n"
     "Dr. S. Karpagavalli, MBBS, AFIH, Factory Medical Officer | TNMC Reg. No. 92814",
     [("LOCATION", ["SRI MUTHUMARI FIREWORKS (P) LTD."]), ("ADDRESS", ["Sattur Road"]), ("LOCATION", ["Sivakasi"]),
      ("POSTCODE", ["626123"]), ("LOCATION", ["Virudhunagar"]), ("DATE", ["12.01.2026"]), ("NAME", ["Muthulakshmi"]),
      ("NAME", ["Pandiyarajan"]), ("DATE", ["15.06.1991"]), ("ID", ["5102418273"]), ("ID", ["3612 4078 8150"]),
      ("DATE", ["3rd October"]), ("DATE", ["Deepavali"]), ("HOSPITAL", ["Government Rajaji Hospital"]),
      ("LOCATION", ["Madurai"]), ("HOSPITAL", ["ESI Dispensary Sivakasi"]), ("DATE", ["12.04.2026"]),
      ("PLATE", ["TN 67 K 4182"]), ("PHONE", ["+91 94431 55720"]), ("NAME", ["Karpagavalli"]), ("LICENCE", ["92814"])],
     ["Factories Act, 1948", "14% TBSA", "Rule of Nines", "Vancouver Scar Scale 7", "Jamar dynamometer",
      "FEV1/FVC 0.81"]),

    # 36 - Macau: care home nursing record, resident aged 95, dysphagia after aspiration pneumonia (traditional)
    ("青洲頤康安老院　護理部\n"
     "澳門青洲大馬路88號\n"
     "院友護理紀錄　日期：2026年2月3日（星期二）\n"
     "院友：盧桂英　女　95歲　出生日期：1930年10月2日　澳門居民身份證：5418273(6)\n"
     "床號：二樓B區14床　入住日期：2019年6月\n"
     "背景：1950年代由新會來澳，曾在東興火柴廠工作多年。高血壓；阿茲海默症（2025年8月 MMSE 9/30）；2023年左股骨頸骨折後以輪椅代步。1月20日因吸入性肺炎入住仁伯爵綜合醫院，1月29日出院。\n"
     "08:00　T 37.9℃，P 98，BP 104/62，R 24次/分，SpO2 93%（室內空氣）。咳嗽有痰，早餐進食稀粥時多次嗆咳。\n"
     "評估：飲水測試（30 mL）失敗；Norton 10分；右下肺聽診有濕囉音。\n"
     "處置：暫停稀液；改為IDDSI第4級（糊狀）餐，飲品加稠至IDDSI第2級（微稠）；餵食時坐直90度，餐後坐30分鐘；口腔護理每日3次。已通知駐院醫生歐陽志明，囑抽血及照胸肺X光，轉介言語治療師評估吞嚥。\n"
     "家屬：女兒葉慧珊（電話 6655 2904）已電話通知。她說媽媽十月就滿96歲，家人希望春節接她回家吃團年飯。\n"
     "護士：容詩雅（註冊護士 E-3157）",
     [("HOSPITAL", ["青洲頤康安老院"]), ("LOCATION", ["青洲"]), ("ADDRESS", ["青洲大馬路88號"]), ("DATE", ["2026年2月3日"]),
      ("NAME", ["盧桂英"]), ("AGE", ["95歲"]), ("DATE", ["1930年10月2日"]), ("ID", ["5418273(6)"]), ("DATE", ["2019年6月"]),
      ("DATE", ["1950年代"]), ("LOCATION", ["新會"]), ("LOCATION", ["東興火柴廠"]), ("DATE", ["2025年8月"]), ("DATE", ["2023年"]),
      ("DATE", ["1月20日"]), ("HOSPITAL", ["仁伯爵綜合醫院"]), ("DATE", ["1月29日"]), ("NAME", ["歐陽志明"]), ("NAME", ["葉慧珊"]),
      ("PHONE", ["6655 2904"]), ("DATE", ["十月"]), ("AGE", ["96歲"]), ("DATE", ["春節"]), ("NAME", ["容詩雅"]),
      ("LICENCE", ["E-3157"])],
     ["阿茲海默症", "MMSE 9/30", "Norton 10分", "濕囉音", "IDDSI第4級", "IDDSI第2級"]),

    # 37 - Australia, Western Australia (Kimberley): prison reception health assessment
    ("West Kimberley Regional Prison - Health Centre, Derby WA\n"
     "RECEPTION HEALTH ASSESSMENT | 2025-05-14 15:20\n"
     "Prisoner: Levi Nargoodah | 24 M | DOB 17/09/2000 | DOC No. 271946D | IHI 8003 6041 8273 0696\n"
     "Received from the Broome Police lock-up; remanded by the Broome Magistrates Court. First time in custody.\n"
     "Home: Fitzroy Crossing; worked as a stockman on Mount Anderson Station.\n"
     "Health: rheumatic heart disease, moderate MR on the last echo; benzathine penicillin every 28 days - last dose "
     "30 April at Fitzroy Crossing Hospital, next due 28 May. Chronic suppurative otitis media R, hears better on the "
     "left. Asthma - Asmol PRN.\n"
     "Substances: cannabis daily, alcohol binges at weekends, no injecting. Last drink 2 days ago - no withdrawal "
     "(CIWA-Ar 3).\n"
     "Mental health: K10 28; no current thoughts of self-harm; first-time prisoner, so ARMS referral made as a "
     "precaution.\n"
     "Bloods offered and accepted: HIV, HCV Ab, HBsAg, syphilis RPR.\n"
     "Dental: 4 carious teeth - on the dental list.\n"
     "Next of kin: grandmother Doreen Marrala, 08 5550 9172.\n"
     "Plan: MO review with Dr. Hiroshi Tanaka-Pryor this week; penicillin due date on the clinic calendar; hearing "
     "test.\n"
     "Ciara Dunphy-Wolfe, RN | AHPRA NMW0002047318",
     [("LOCATION", ["West Kimberley Regional Prison"]), ("LOCATION", ["Derby"]), ("DATE", ["2025-05-14"]),
      ("NAME", ["Levi", "Nargoodah"]), ("DATE", ["17/09/2000"]), ("ID", ["271946D"]), ("ID", ["8003 6041 8273 0696"]),
      ("LOCATION", ["Broome"]), ("LOCATION", ["Broome Magistrates Court"]), ("LOCATION", ["Fitzroy Crossing"]),
      ("LOCATION", ["Mount Anderson Station"]), ("DATE", ["30 April"]), ("HOSPITAL", ["Fitzroy Crossing Hospital"]),
      ("DATE", ["28 May"]), ("NAME", ["Doreen", "Marrala"]), ("PHONE", ["08 5550 9172"]),
      ("NAME", ["Hiroshi", "Tanaka-Pryor"]), ("NAME", ["Ciara", "Dunphy-Wolfe"]), ("LICENCE", ["NMW0002047318"])],
     ["rheumatic heart disease", "benzathine penicillin", "Chronic suppurative otitis media", "Asmol", "CIWA-Ar 3",
      "K10 28", "syphilis RPR"]),

    # 38 - Malaysia, Penang (George Town): speech-language therapy swallow assessment and FEES report
    ("Hospital Pulau Pinang - Unit Terapi Pertuturan / Speech-Language Therapy Unit\n"
     "Jalan Residensi, 10450 George Town\n"
     "CLINICAL SWALLOW ASSESSMENT AND FEES REPORT | 22/07/2025 | Wad Melati (Neuromedical), bed 11\n"
     "Patient: TEOH Seng Huat | M/69 | MyKad 560214-07-5213 | RN HPP/25/071842\n"
     "Address: Blok C-12-7, Flat Taman Free School, 11600 Jelutong. Char kway teow hawker at Lorong Selamat.\n"
     "Referred by: Dr. Kavitha Ramasamy-Loh, Neurology\n"
     "Diagnosis: left lateral medullary infarct (Wallenberg syndrome), day 6.\n"
     "Bedside: alert, GCS 15; hoarse, mild dysarthria; L palatal weakness, weak volitional cough; wet voice and "
     "coughing after 5 mL water. NBM, on NG feeding.\n"
     "FEES (with Dr. Ramasamy-Loh): pooling of secretions in the L pyriform sinus; thin fluids - silent aspiration, "
     "Penetration-Aspiration Scale 8; IDDSI 3 moderately thick - PAS 3; moderate residue in the pyriform sinuses "
     "(Yale scale). Head turn to the left and chin tuck reduce the residue.\n"
     "Recommendations: continue NBM with NGT feeds (dietitian); swallow exercises - Mendelsohn manoeuvre, Shaker "
     "exercise, effortful swallow; oral care TDS; repeat FEES in 2/52; therapeutic trials of IDDSI 3 with head turn "
     "next week.\n"
     "Family: daughter Ms. Teoh Li Shan, 012-455 8173 (WeChat ID teohlishan_88), main carer.\n"
     "Pn. Farah Adibah binti Zulkifli, Speech-Language Therapist | MAHPC reg. SLT-04718",
     [("HOSPITAL", ["Hospital Pulau Pinang"]), ("ADDRESS", ["Jalan Residensi"]), ("POSTCODE", ["10450"]),
      ("LOCATION", ["George Town"]), ("DATE", ["22/07/2025"]), ("LOCATION", ["Wad Melati"]),
      ("NAME", ["TEOH", "Seng Huat"]), ("ID", ["560214-07-5213"]), ("MRN", ["HPP/25/071842"]),
      ("ADDRESS", ["Blok C-12-7, Flat Taman Free School"]), ("POSTCODE", ["11600"]), ("LOCATION", ["Jelutong"]),
      ("ADDRESS", ["Lorong Selamat"]), ("NAME", ["Kavitha", "Ramasamy-Loh"]), ("NAME", ["Teoh", "Li Shan"]),
      ("PHONE", ["012-455 8173"]), ("HANDLE", ["teohlishan_88"]), ("NAME", ["Farah Adibah", "Zulkifli"]),
      ("LICENCE", ["SLT-04718"])],
     ["Wallenberg syndrome", "Penetration-Aspiration Scale 8", "PAS 3", "IDDSI 3", "Mendelsohn manoeuvre",
      "Shaker exercise", "2/52"]),

    # 39 - Ireland, Co. Kerry (Tralee; Iveragh): ENT outpatient letter to a GP, vestibular schwannoma
    ("University Hospital Kerry - Department of Otolaryngology, Head and Neck Surgery\n"
     "Tralee, Co. Kerry V92 X2K7\n"
     "Dictated on the fourth of December 2025\n"
     "\n"
     "Dr Eoghan Ó Súilleabháin\n"
     "Waterville Medical Centre, Waterville, Co. Kerry\n"
     "\n"
     "Re: Ms Nuala Breen-Fitzmaurice, DOB 17/07/1971, MRN UHK0418273, An Dóirín, Ballinskelligs\n"
     "\n"
     "Dear Eoghan,\n"
     "I reviewed Nuala in the ENT clinic. She is a 54-year-old principal at Scoil Mhichíl Naofa with 18 months of "
     "progressive left-sided hearing loss, constant left tinnitus and mild unsteadiness in the dark, with no vertigo "
     "attacks and no facial weakness.\n"
     "On examination both drums are normal. Weber lateralises to the right, Rinne positive bilaterally. Facial nerve "
     "House-Brackmann grade I, corneal reflexes intact, Romberg negative, no nystagmus.\n"
     "Pure tone audiometry shows an asymmetric left sensorineural loss, 4-frequency average 48 dB versus 12 dB on the "
     "right, speech discrimination 64% on the left.\n"
     "The MRI of the internal auditory meatuses at the Bon Secours Hospital Tralee on 21/11/2025 shows a 14 mm "
     "enhancing left cerebellopontine angle lesion extending into the IAM - a vestibular schwannoma, Koos grade II.\n"
     "I have discussed her at the national skull base MDT at Beaumont Hospital. The options are watch-and-rescan, "
     "Gamma Knife radiosurgery or microsurgery; she favours surveillance, with a repeat MRI in 6 months. I have "
     "referred her for a left hearing aid. There is nothing to suggest NF2.\n"
     "\n"
     "Yours sincerely,\n"
     "Mr Cathal Moriarty-Quigley, Consultant ENT Surgeon | IMC 284517\n"
     "cc: Ms Nuala Breen-Fitzmaurice, nuala.breen@scoilmhichil.ie",
     [("HOSPITAL", ["University Hospital Kerry"]), ("LOCATION", ["Tralee"]), ("LOCATION", ["Co. Kerry"]),
      ("POSTCODE", ["V92 X2K7"]), ("DATE", ["the fourth of December 2025"]), ("NAME", ["Eoghan", "Ó Súilleabháin"]),
      ("HOSPITAL", ["Waterville Medical Centre"]), ("LOCATION", ["Waterville"]),
      ("NAME", ["Nuala", "Breen-Fitzmaurice"]), ("DATE", ["17/07/1971"]), ("MRN", ["UHK0418273"]),
      ("ADDRESS", ["An Dóirín"]), ("LOCATION", ["Ballinskelligs"]), ("LOCATION", ["Scoil Mhichíl Naofa"]),
      ("HOSPITAL", ["Bon Secours Hospital Tralee"]), ("DATE", ["21/11/2025"]), ("HOSPITAL", ["Beaumont Hospital"]),
      ("NAME", ["Cathal", "Moriarty-Quigley"]), ("LICENCE", ["284517"]), ("EMAIL", ["nuala.breen@scoilmhichil.ie"])],
     ["Weber lateralises to the right", "Rinne positive", "House-Brackmann grade I", "Romberg negative",
      "vestibular schwannoma", "Koos grade II", "Gamma Knife", "NF2"]),
]
