"""Notes 20-39 of the thirty-sixth HELD-OUT set (see :mod:`deid_notes_heldout36` for how it was written and what it
holds).

These 20 notes hold 614 planted identifier parts in 519 (kind, parts) entries and 268 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, an oral and maxillofacial outpatient dental record (Ashanti); 21, a
prison reception health screen (Bridgend); 23, a refugee new-arrival health screening (Adjumani); 24, a school health
nurse record (Trinidad); 25, a sports medicine concussion follow-up (Western Cape); 27, an out-of-hours telephone triage
and home visit log for a patient aged 98 (Lincolnshire); 28, a paediatric medication administration record (Negros
Occidental); 30, a medico-legal personal injury report (Northern Ireland); 32, a TB specialist nurse's DOTS log
(Sarawak); 33, a responsible clinician's report to the mental health tribunal (Birmingham); 34, a laboratory requisition
and report with Bikram Sambat dates (Pokhara); 36, a clinic letter to a patient (Kandy); 37, a comprehensive geriatric
assessment for a patient aged 94 (Florida); 39, a haemodialysis treatment record (Guam). In Greek script: 29, a care
home outbreak line list (Heraklion). In Chinese: 22, an audiology report (Hong Kong, traditional); 35, a child
vaccination certificate (Hangzhou, simplified). In Arabic: 26, an ophthalmology outpatient record (Alexandria). In
German: 31, an inter-hospital transfer form (Tyrol). In Bengali: 38, a diarrhoeal disease treatment record (Dhaka).
Entries per kind here: NAME 117, LOCATION 109, DATE 91, ID 41, HOSPITAL 35, PHONE 34, ADDRESS 25, LICENCE 19, POSTCODE
14, MRN 11, PLATE 7, EMAIL 6, AGE 3, DOB90 2, CODE 1, HANDLE 1, IP 1, SERIAL 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Ghana, Ashanti (Kumasi): oral and maxillofacial outpatient dental record, odontogenic space infection
    ("Komfo Anokye Teaching Hospital, Kumasi - Oral & Maxillofacial Surgery / Dental Clinic\n"
     "OUTPATIENT DENTAL RECORD | 2nd December 2025 | 10:15\n"
     "Folder No.: KATH/DEN/25/30917 | NHIS No.: 09271346 | Ghana Card: GHA-720914836-4\n"
     "Name: Kwadwo Prempeh-Asante | 34 M | sells mobile phones at Kejetia Market | Tel 024 555 7391\n"
     "Address: GhanaPost GPS AK-117-2093, Asokwa, Kumasi (hometown Ejisu)\n"
     "C/O: painful swelling of the right lower jaw for 5 days (since Friday 28/11), cannot open the mouth fully, pain "
     "on swallowing since yesterday. Bought \"Amoxiclav\" from a chemical shop at Adum and used a herbal mouthwash.\n"
     "O/E: T 38.4 °C, PR 104/min. Firm, tender, warm swelling of the right submandibular space, not crossing the "
     "midline. Floor of mouth soft, tongue not elevated, no stridor or drooling - not Ludwig's angina. Trismus: "
     "interincisal opening 15 mm. Tooth 46 grossly carious, tender to percussion, grade I mobility. 48 partially "
     "erupted. DMFT 9.\n"
     "OPG: periapical radiolucency at the mesial root of 46; 48 mesioangular.\n"
     "RBS 7.8 mmol/L, HIV non-reactive.\n"
     "Dx: right submandibular space infection from an acute apical abscess of 46.\n"
     "Plan: admit to the maxillofacial ward, Opoku Ware Block. Extraoral incision and drainage under LA with sedation, "
     "extraction of 46, Penrose drain; pus for culture (Lab No. MB-25-66120). IV Augmentin 1.2 g 8-hourly and "
     "metronidazole 500 mg IV 8-hourly; chlorhexidine 0.2% mouthwash; paracetamol 1 g 6-hourly. Airway observations "
     "hourly overnight.\n"
     "Consent: explained in Twi; patient signed; wife Gifty Prempeh (020 555 4418) present. Next of kin: brother Yaw "
     "Boakye, Ejisu.\n"
     "Review on the ward 03/12/2025; OPD review 09/12/2025.\n"
     "Dr. Efua Mensah-Bonsu, Dental Surgeon | MDC Reg. No. MDC/RN/7731\n"
     "House officer: Dr. Kojo Antwi | Nurse: Comfort Nyarko",
     [("HOSPITAL", ["Komfo Anokye Teaching Hospital"]), ("LOCATION", ["Kumasi"]), ("DATE", ["2nd December 2025"]),
      ("MRN", ["KATH/DEN/25/30917"]), ("ID", ["09271346"]), ("ID", ["GHA-720914836-4"]),
      ("NAME", ["Kwadwo", "Prempeh-Asante"]), ("LOCATION", ["Kejetia Market"]), ("PHONE", ["024 555 7391"]),
      ("ADDRESS", ["AK-117-2093"]), ("LOCATION", ["Asokwa"]), ("LOCATION", ["Ejisu"]), ("DATE", ["28/11"]),
      ("LOCATION", ["Adum"]), ("LOCATION", ["Opoku Ware Block"]), ("ID", ["MB-25-66120"]),
      ("NAME", ["Gifty", "Prempeh"]), ("PHONE", ["020 555 4418"]), ("NAME", ["Yaw", "Boakye"]),
      ("DATE", ["03/12/2025"]), ("DATE", ["09/12/2025"]), ("NAME", ["Efua", "Mensah-Bonsu"]),
      ("LICENCE", ["MDC/RN/7731"]), ("NAME", ["Kojo", "Antwi"]), ("NAME", ["Comfort", "Nyarko"])],
     ["submandibular space", "Ludwig's angina", "Trismus", "interincisal opening 15 mm", "Tooth 46", "DMFT 9", "OPG",
      "periapical radiolucency", "mesioangular", "RBS 7.8 mmol/L", "acute apical abscess", "Penrose drain",
      "Augmentin 1.2 g", "chlorhexidine 0.2%"]),

    # 21 - Wales, Bridgend: prison reception health screen and first-night substance misuse assessment
    ("HMP Parc, Bridgend - Healthcare Department\n"
     "RECEPTION HEALTH SCREEN (first night) | 11/03/2026 18:40 | Nurse: Bethan Rees-Gwilym, RN (NMC 11C3047W)\n"
     "Name: Jason Mark Hopkin-Davies | DOB 27/08/1991 | Prison No. A4719DZ | PNC 09/615204K | NHS 943 617 2052\n"
     "Remanded in custody today by Swansea Magistrates' Court; next appearance 08/04/2026. First time in custody.\n"
     "Home: Flat 3, 22 Commercial Street, Maesteg CF34 9DL; grew up in Caerau. Scaffolder with Tondu Scaffolding until "
     "last month. GP: Llynfi Valley Surgery.\n"
     "Substance use: smokes heroin about 1 g a day and crack at weekends. On methadone 40 mg daily with the community "
     "drug and alcohol team; last supervised dose 09/03 at Rowlands Pharmacy, Maesteg - confirmed with his key worker "
     "Ceri on 01656 555 213. Alcohol: AUDIT-C 10.\n"
     "Physical: BP 138/86, pulse 104, BMI 22. Yawning, rhinorrhoea, pupils 5 mm, gooseflesh. Clinical Opiate "
     "Withdrawal Scale (COWS) 11 at 20:10. Urine drug screen: opiates, cocaine and benzodiazepines positive. Hepatitis "
     "C antibody positive in the community - not treated. Injecting sites: none seen.\n"
     "Mental health: cut his left forearm two weeks ago after his partner left; no current plan; says he needs to stay "
     "alive for his daughter Seren (4). Partner Kayleigh, 07700 900 632. ACCT opened at reception (first night in "
     "custody, recent self-harm).\n"
     "Plan: discussed with Dr Owain Price-Hughes (on call) - methadone 30 mg tonight, supervised, then titration by "
     "the substance misuse team; COWS 4-hourly overnight; BBV nurse referral; naloxone training and Prenoxad on "
     "release. Officer Rhodri Jenkins informed of the ACCT and the first-night checks.",
     [("LOCATION", ["HMP Parc"]), ("LOCATION", ["Bridgend"]), ("DATE", ["11/03/2026"]),
      ("NAME", ["Bethan", "Rees-Gwilym"]), ("LICENCE", ["11C3047W"]), ("NAME", ["Jason", "Mark", "Hopkin-Davies"]),
      ("DATE", ["27/08/1991"]), ("ID", ["A4719DZ"]), ("ID", ["09/615204K"]), ("ID", ["943 617 2052"]),
      ("LOCATION", ["Swansea Magistrates' Court"]), ("DATE", ["08/04/2026"]),
      ("ADDRESS", ["Flat 3, 22 Commercial Street"]), ("LOCATION", ["Maesteg"]), ("POSTCODE", ["CF34 9DL"]),
      ("LOCATION", ["Caerau"]), ("LOCATION", ["Tondu Scaffolding"]), ("HOSPITAL", ["Llynfi Valley Surgery"]),
      ("DATE", ["09/03"]), ("LOCATION", ["Rowlands Pharmacy"]), ("NAME", ["Ceri"]), ("PHONE", ["01656 555 213"]),
      ("NAME", ["Seren"]), ("NAME", ["Kayleigh"]), ("PHONE", ["07700 900 632"]), ("NAME", ["Owain", "Price-Hughes"]),
      ("NAME", ["Rhodri", "Jenkins"])],
     ["methadone 40 mg", "AUDIT-C 10", "BP 138/86", "BMI 22", "pupils 5 mm",
      "Clinical Opiate Withdrawal Scale (COWS) 11", "Urine drug screen", "Hepatitis C antibody", "ACCT",
      "methadone 30 mg", "BBV nurse", "naloxone", "Prenoxad"]),

    # 22 - Hong Kong, Kowloon (Wong Tai Sin): audiology report, noise-induced hearing loss (traditional Chinese)
    ("瑪麗醫院　耳鼻喉科　聽力學部\n"
     "聽力測試報告　　日期：2025年12月3日（農曆十月十四）　　電話：2255 4861\n"
     "姓名：黎志強 先生　　性別：男　　年齡：52歲　　出生日期：1973年6月21日\n"
     "香港身份證號碼：R736019(2)　　醫院編號：HN05627193\n"
     "地址：九龍黃大仙彩虹邨金漢樓12樓1208室　　電話：9555 3186\n"
     "職業：紮鐵工人，受僱於恆昌建築工程有限公司，現於啟德地盤工作，約二十五年。\n"
     "轉介醫生：聖母醫院 李嘉欣醫生\n"
     "主訴：雙耳耳鳴及聽力下降約兩年，在嘈雜環境下聽不清楚。太太陳美玲話佢開電視開得好大聲。今日由兒子黎俊傑陪同。\n"
     "檢查：耳鏡檢查雙耳鼓膜完整。Rinne 試驗：雙耳陽性；Weber 試驗：居中。鼓室圖：雙耳 A 型。\n"
     "純音聽力測試：雙耳對稱性感音神經性聽力損失，4 kHz 凹陷（右耳 4 kHz 65 dB HL，左耳 4 kHz 60 dB HL）。平均聽閾（0.5-4 kHz）右耳 38 dB HL，左耳 35 dB "
     "HL。言語辨別率：右耳 88%，左耳 92%。\n"
     "印象：符合噪音所致聽力損失。\n"
     "建議：1. 試配助聽器（Phonak 耳背式）；2. 工作時必須佩戴護耳器；3. 可向勞工處查詢職業性失聰補償。\n"
     "覆診：2026年6月再做純音聽力測試。病人要求覆診避開冬至。\n"
     "聽力學家：何詠詩（註冊編號 AUD-0419）　　電郵：qmh.audiology@ha.org.hk",
     [("HOSPITAL", ["瑪麗醫院"]), ("DATE", ["2025年12月3日"]), ("DATE", ["農曆十月十四"]), ("PHONE", ["2255 4861"]),
      ("NAME", ["黎志強"]), ("DATE", ["1973年6月21日"]), ("ID", ["R736019(2)"]), ("MRN", ["HN05627193"]),
      ("LOCATION", ["九龍"]), ("LOCATION", ["黃大仙"]), ("LOCATION", ["彩虹邨"]), ("ADDRESS", ["金漢樓12樓1208室"]),
      ("PHONE", ["9555 3186"]), ("LOCATION", ["恆昌建築工程有限公司"]), ("LOCATION", ["啟德"]), ("HOSPITAL", ["聖母醫院"]),
      ("NAME", ["李嘉欣"]), ("NAME", ["陳美玲"]), ("NAME", ["黎俊傑"]), ("DATE", ["2026年6月"]), ("DATE", ["冬至"]),
      ("NAME", ["何詠詩"]), ("LICENCE", ["AUD-0419"]), ("EMAIL", ["qmh.audiology@ha.org.hk"])],
     ["耳鳴", "Rinne 試驗：雙耳陽性", "Weber 試驗：居中", "鼓室圖：雙耳 A 型", "純音聽力測試", "感音神經性聽力損失", "4 kHz 凹陷", "右耳 4 kHz 65 dB HL",
      "言語辨別率：右耳 88%", "噪音所致聽力損失", "助聽器", "Phonak", "護耳器"]),

    # 23 - Uganda, West Nile (Adjumani): refugee new-arrival health screening of a South Sudanese household
    ("Nyumanzi Reception Centre, Adjumani - Health Post\n"
     "NEW ARRIVAL HEALTH SCREENING | 17 Sept 2025 | household proGres no. UGA-25-C07715\n"
     "Head of household: Nyandeng Akech Garang, F, 31 | children: Deng (8 y), Achol (4 y), Majok (14 months, ind. ID "
     "387-25-11294)\n"
     "Route: fled their village near Kajo Keji in August; crossed at Elegu. Husband Garang Mabior stayed in Juba.\n"
     "Interpreter (Bari/Dinka): Mr. Lado Wani.\n"
     "Majok: weight 6.9 kg, length 74 cm, MUAC 11.2 cm (red), WHZ below -3, no bilateral pitting oedema, appetite test "
     "passed. Fever 2 days; malaria RDT positive for Plasmodium falciparum. Classified SAM without complications.\n"
     "- Coartem 1 tab twice daily for 3 days (first dose observed), paracetamol.\n"
     "- OTP enrolment (OTP/ADJ/0914): RUTF (Plumpy'Nut) 2 sachets/day, amoxicillin 5 days; weekly OTP review, next "
     "24/09/2025.\n"
     "- Vaccines: measles-rubella vaccine, bOPV; Vitamin A 200,000 IU.\n"
     "Deng and Achol: MUAC normal; albendazole 400 mg each; measles-rubella vaccine for both (no card).\n"
     "Nyandeng: BP 108/66, Hb 11.4 g/dL, not pregnant (urine hCG negative). Sleeps poorly, thinks about the road every "
     "night; PHQ-9 14 - referred to TPO Uganda for psychosocial support.\n"
     "Relocation: Pagirinya settlement, Block D, Village 4; follow-up at Pagirinya HC III. Contact via neighbour Mama "
     "Abuk, +256 772 555 640.\n"
     "Screened by: Grace Atim, Clinical Officer | UAHPC reg. CO-7719",
     [("LOCATION", ["Nyumanzi Reception Centre"]), ("LOCATION", ["Adjumani"]), ("DATE", ["17 Sept 2025"]),
      ("ID", ["UGA-25-C07715"]), ("NAME", ["Nyandeng", "Akech", "Garang"]), ("NAME", ["Deng"]), ("NAME", ["Achol"]),
      ("NAME", ["Majok"]), ("ID", ["387-25-11294"]), ("LOCATION", ["Kajo Keji"]), ("DATE", ["August"]),
      ("LOCATION", ["Elegu"]), ("NAME", ["Mabior"]), ("LOCATION", ["Juba"]), ("NAME", ["Lado", "Wani"]),
      ("ID", ["OTP/ADJ/0914"]), ("DATE", ["24/09/2025"]), ("LOCATION", ["TPO Uganda"]),
      ("LOCATION", ["Pagirinya settlement"]), ("ADDRESS", ["Block D, Village 4"]), ("HOSPITAL", ["Pagirinya HC III"]),
      ("NAME", ["Abuk"]), ("PHONE", ["+256 772 555 640"]), ("NAME", ["Grace", "Atim"]), ("LICENCE", ["CO-7719"])],
     ["MUAC 11.2 cm", "WHZ below -3", "no bilateral pitting oedema", "appetite test passed", "Plasmodium falciparum",
      "SAM without complications", "Coartem", "RUTF (Plumpy'Nut)", "measles-rubella vaccine", "bOPV",
      "Vitamin A 200,000 IU", "albendazole 400 mg", "PHQ-9 14", "Hb 11.4 g/dL"]),

    # 24 - Trinidad and Tobago (Penal-Debe): school health nurse record, asthma attack and screening
    ("Ministry of Health - School Health Programme, Penal/Debe\n"
     "SCHOOL HEALTH NURSE RECORD | Penal Secondary School | 24/09/2025 | school office 1-868-555-0163\n"
     "Student: Shivani Ramdial-Boodoo | Form 2 | DOB 12/03/2013 | Student ID PSS-1327\n"
     "Parents: mother Mrs Indra Ramdial (1-868-555-0147); father Kavir Boodoo works offshore for Heritage Petroleum. "
     "Address: LP 42, Ramkissoon Trace, Penal. Stays with her grandmother, Mrs Savitri Boodoo, in Siparia on "
     "weekends.\n"
     "Known: asthma (last bad attack at Divali, seen at a health centre); anaphylaxis to peanuts - EpiPen 0.3 mg kept "
     "in the staff room.\n"
     "09:35 Sent from PE by form teacher Ms. Faith Cudjoe: wheeze, speaking in phrases, RR 28, SpO2 94%, peak flow 180 "
     "L/min (best 330). Salbutamol 6 puffs via spacer (her own Ventolin), repeated at 09:55. 10:15 speaking in "
     "sentences, peak flow 270 L/min, SpO2 97%. Mother informed and collected her at 10:40; advised same-day review at "
     "San Fernando General Hospital if wheeze returns and GP review this week. Principal Mr. Dexter Ali told.\n"
     "Screening (Form 2 programme, same day): Snellen 6/9 right, 6/12 left - referral to optometrist. BMI 27.4 kg/m2 "
     "(above the 95th centile); acanthosis nigricans at the neck - letter to parents for HbA1c. Adams forward bend "
     "test negative. HPV vaccine dose 1 (Gardasil 9) given - consent form signed by mother.\n"
     "Individual Health Care Plan updated and copied to her uncle, who lives in Diego Martin and is her second "
     "emergency contact. Follow-up visit 01/10/2025.\n"
     "Nurse Anisa Khan-Persad, School Health Nurse | Nursing Council reg. RN 12964 | schoolhealth.penal@health.gov.tt",
     [("LOCATION", ["Penal"]), ("LOCATION", ["Debe"]), ("LOCATION", ["Penal Secondary School"]),
      ("DATE", ["24/09/2025"]), ("PHONE", ["1-868-555-0163"]), ("NAME", ["Shivani", "Ramdial-Boodoo"]),
      ("DATE", ["12/03/2013"]), ("ID", ["PSS-1327"]), ("NAME", ["Indra", "Ramdial"]), ("PHONE", ["1-868-555-0147"]),
      ("NAME", ["Kavir", "Boodoo"]), ("LOCATION", ["Heritage Petroleum"]), ("ADDRESS", ["LP 42", "Ramkissoon Trace"]),
      ("NAME", ["Savitri"]), ("LOCATION", ["Siparia"]), ("DATE", ["Divali"]), ("NAME", ["Faith", "Cudjoe"]),
      ("HOSPITAL", ["San Fernando General Hospital"]), ("NAME", ["Dexter", "Ali"]), ("LOCATION", ["Diego Martin"]),
      ("DATE", ["01/10/2025"]), ("NAME", ["Anisa", "Khan-Persad"]), ("LICENCE", ["12964"]),
      ("EMAIL", ["schoolhealth.penal@health.gov.tt"])],
     ["asthma", "anaphylaxis to peanuts", "EpiPen 0.3 mg", "SpO2 94%", "peak flow 180 L/min", "Salbutamol 6 puffs",
      "Ventolin", "Snellen 6/9", "6/12 left", "BMI 27.4 kg/m2", "95th centile", "acanthosis nigricans",
      "Adams forward bend test", "Gardasil 9"]),

    # 25 - South Africa, Western Cape (Cape Town / Stellenbosch): sports medicine concussion follow-up, rugby
    ("Sports Science Institute of South Africa - Sports Medicine Clinic\n"
     "Boundary Road, Newlands, Cape Town 7700 | 021 555 0182\n"
     "CONCUSSION FOLLOW-UP (day 7) | 23 August 2025\n"
     "Player: Ruan Steenkamp-Ndlovu | 19 M | DOB 2006-04-03 | SA ID 0604035271088 | Stellenbosch University student "
     "no. 23817460\n"
     "Club: Maties Rugby Club, flank | Medical aid: Discovery Health, member no. 190736521\n"
     "Lives in Huis Marais residence; family home in Wilderness. Mother Annelie Steenkamp, 082 555 3017.\n"
     "Injury: 16/08/2025 at Danie Craven Stadium against Hamiltons RFC, head-on-shoulder in a tackle at minute 34. "
     "HIA1 failed (Maddocks 3/5, unsteady), permanently removed; Glasgow Coma Scale 15/15 throughout, no red flags. "
     "Coach Hendrik \"Hennie\" Swart drove him home.\n"
     "Today (SCAT6): symptoms 4 of 22, symptom severity 9/132 (headache with screens, fatigue). Orientation 5/5. "
     "Immediate memory 21/30. Digits backwards 4/6. mBESS 5 errors; tandem gait 12.8 s. Delayed recall 7/10. VOMS: "
     "dizziness provoked with VOR.\n"
     "Plan: World Rugby Graduated Return to Play - stage 2 (light aerobic) from today, vestibular physio with Kyle "
     "Adonis; academic adjustments letter for his tests; no driving his VW Polo (CL 72419) until symptom-free. Review "
     "30/08; email ruan.steenkamp@sun.ac.za for the letter.\n"
     "Dr Naledi Khumalo-Fourie, Sports Physician | HPCSA MP 0736152",
     [("HOSPITAL", ["Sports Science Institute of South Africa"]), ("ADDRESS", ["Boundary Road"]),
      ("LOCATION", ["Newlands"]), ("LOCATION", ["Cape Town"]), ("POSTCODE", ["7700"]), ("PHONE", ["021 555 0182"]),
      ("DATE", ["23 August 2025"]), ("NAME", ["Ruan", "Steenkamp-Ndlovu"]), ("DATE", ["2006-04-03"]),
      ("ID", ["0604035271088"]), ("LOCATION", ["Stellenbosch University"]), ("ID", ["23817460"]),
      ("LOCATION", ["Maties Rugby Club"]), ("ID", ["190736521"]), ("LOCATION", ["Huis Marais"]),
      ("LOCATION", ["Wilderness"]), ("NAME", ["Annelie", "Steenkamp"]), ("PHONE", ["082 555 3017"]),
      ("DATE", ["16/08/2025"]), ("LOCATION", ["Danie Craven Stadium"]), ("LOCATION", ["Hamiltons RFC"]),
      ("NAME", ["Hendrik", "Hennie", "Swart"]), ("NAME", ["Kyle", "Adonis"]), ("PLATE", ["CL 72419"]),
      ("DATE", ["30/08"]), ("EMAIL", ["ruan.steenkamp@sun.ac.za"]), ("NAME", ["Naledi", "Khumalo-Fourie"]),
      ("LICENCE", ["MP 0736152"])],
     ["HIA1", "Maddocks 3/5", "Glasgow Coma Scale 15/15", "SCAT6", "symptom severity 9/132", "Orientation 5/5",
      "Immediate memory 21/30", "Digits backwards 4/6", "mBESS 5 errors", "tandem gait 12.8 s", "Delayed recall 7/10",
      "VOMS", "Graduated Return to Play", "stage 2"]),

    # 26 - Egypt, Alexandria: ophthalmology outpatient record, primary open-angle glaucoma (Arabic)
    ("مستشفى جمال عبد الناصر - الإسكندرية\n"
     "عيادة الرمد الخارجية - سجل كشف\n"
     "التاريخ: ١٢ يناير ٢٠٢٦ م، الموافق ٢٣ رجب ١٤٤٧ هـ\n"
     "اسم المريض: سيد محمود عبد الرحيم الشاذلي | السن: ٦٤ سنة | الرقم القومي: 26111040204711 | رقم الملف: ٤٢٧١٨٣\n"
     "رقم التأمين الصحي: 30158227 | إيصال رقم 55812\n"
     "العنوان: ١٥ شارع خالد بن الوليد، سيدي بشر، الإسكندرية | موبايل: 01055571934\n"
     "بالمعاش، كان يعمل في شركة الإسكندرية لتداول الحاويات. حضر مع زوجته فاطمة الزهراء.\n"
     "محوّل من: د. كريم صبري، مستشفى رأس التين العام.\n"
     "الشكوى: ضعف تدريجي في النظر بالعين اليسرى منذ سنة تقريبًا مع صداع متكرر.\n"
     "الفحص:\n"
     "حدة الإبصار: العين اليمنى 6/12، العين اليسرى 6/60.\n"
     "ضغط العين (Goldmann): اليمنى 24 مم زئبق، اليسرى 32 مم زئبق.\n"
     "نسبة الكأس إلى القرص: اليمنى 0.6، اليسرى 0.8. الزاوية مفتوحة بالجونيوسكوب (Shaffer 3).\n"
     "العدسة: مياه بيضاء نووية مبتدئة بالعينين.\n"
     "OCT: ترقق طبقة الألياف العصبية RNFL بالعين اليسرى.\n"
     "التشخيص: جلوكوما مزمنة مفتوحة الزاوية بالعينين، أشد باليسرى.\n"
     "العلاج: قطرة Xalatan مساءً بالعينين، وقطرة Cosopt مرتين يوميًا بالعين اليسرى. مجال إبصار Humphrey 24-2 قبل "
     "الزيارة القادمة (الفني: أ. هاني رزق).\n"
     "المتابعة: بعد ٤ أسابيع، قبل شهر رمضان. يصلي الجمعة في مسجد القائد إبراهيم، وطلب موعدًا صباحيًا.\n"
     "للتواصل: ابنه أحمد 01225554087.\n"
     "الطبيبة: د. منى فؤاد الجزار، أخصائي طب وجراحة العيون - رقم القيد بالنقابة ٨٧٢١٤",
     [("HOSPITAL", ["مستشفى جمال عبد الناصر"]), ("LOCATION", ["الإسكندرية"]), ("DATE", ["١٢ يناير ٢٠٢٦"]),
      ("DATE", ["٢٣ رجب ١٤٤٧"]), ("NAME", ["سيد", "محمود", "عبد الرحيم", "الشاذلي"]), ("ID", ["26111040204711"]),
      ("MRN", ["٤٢٧١٨٣"]), ("ID", ["30158227"]), ("ID", ["55812"]), ("ADDRESS", ["١٥ شارع خالد بن الوليد"]),
      ("LOCATION", ["سيدي بشر"]), ("PHONE", ["01055571934"]), ("LOCATION", ["شركة الإسكندرية لتداول الحاويات"]),
      ("NAME", ["فاطمة الزهراء"]), ("NAME", ["كريم صبري"]), ("HOSPITAL", ["مستشفى رأس التين العام"]),
      ("NAME", ["هاني رزق"]), ("DATE", ["رمضان"]), ("LOCATION", ["مسجد القائد إبراهيم"]), ("NAME", ["أحمد"]),
      ("PHONE", ["01225554087"]), ("NAME", ["منى فؤاد الجزار"]), ("LICENCE", ["٨٧٢١٤"])],
     ["حدة الإبصار", "6/12", "6/60", "Goldmann", "32 مم زئبق", "نسبة الكأس إلى القرص", "Shaffer 3", "مياه بيضاء",
      "RNFL", "جلوكوما مزمنة مفتوحة الزاوية", "Xalatan", "Cosopt", "Humphrey 24-2"]),

    # 27 - England, Lincolnshire (East Lindsey): out-of-hours GP telephone triage and home visit log, patient aged 98
    ("Lincolnshire Community Health Services - Out of Hours Clinical Assessment Service\n"
     "CALL LOG | Case ref LCHS-OOH-0318475 | referred by NHS 111\n"
     "Patient: Mr Walter Ernest Pocklington | 98 y | DOB 02/09/1927 | NHS 726 104 8534\n"
     "Address: The Old Forge, Church Lane, New York, Lincoln LN4 4XH | Tel 01526 555 207\n"
     "Registered GP: Kyme Road Surgery\n"
     "Caller: daughter Pauline Hewson, 07700 900 873 (lives in Boston)\n"
     "21/02/2026 19:42 111 disposition: speak to a clinician within 1 h. \"Dad's gone muddled since lunch, his water "
     "smells.\"\n"
     "19:58 JC: call-back, no answer, voicemail left.\n"
     "20:06 Dr Anjali Sethuraman-Moore: spoke to Pauline. Normally walks with a frame, carers twice daily from Fenland "
     "Home Care. Since lunch muddled, not eating, passing urine often, 38.1 on their thermometer. No falls, talking in "
     "full sentences. ReSPECT form (done at Pilgrim Hospital in October 2025): ward-based care, not for CPR. CKD - "
     "eGFR 28 in January; BPH; AF on apixaban. Plan: home visit within 2 h. Key safe at the back door, code 3108.\n"
     "21:55 Home visit (Dr Sethuraman-Moore, driver Terry): T 38.3, HR 96 irregular, BP 128/70, RR 20, SpO2 94% RA; "
     "NEWS2 5. 4AT 6. Suprapubic tenderness. Urine dip: leucocytes +++, nitrite +. Clinical Frailty Scale 6.\n"
     "Impression: lower UTI with delirium. Walter wants to stay at home, in line with his ReSPECT form; Pauline "
     "agrees.\n"
     "Pivmecillinam 400 mg stat then 200 mg TDS for 7 days (nitrofurantoin avoided, eGFR 28). Fluids; carers asked for "
     "an extra evening call; Pauline staying overnight. Safety-net: 111 if drowsy, not drinking or breathing fast. "
     "Message to his GP for Monday.\n"
     "He turned 98 in September, did his National Service in 1946, and is determined to see the great-grandchildren at "
     "Easter.",
     [("LOCATION", ["Lincolnshire"]), ("ID", ["LCHS-OOH-0318475"]), ("NAME", ["Walter", "Ernest", "Pocklington"]),
      ("AGE", ["98"]), ("DOB90", ["1927", "02/09/1927"]), ("ID", ["726 104 8534"]),
      ("ADDRESS", ["The Old Forge", "Church Lane"]), ("LOCATION", ["New York"]), ("LOCATION", ["Lincoln"]),
      ("POSTCODE", ["LN4 4XH"]), ("PHONE", ["01526 555 207"]), ("HOSPITAL", ["Kyme Road Surgery"]),
      ("NAME", ["Pauline", "Hewson"]), ("PHONE", ["07700 900 873"]), ("LOCATION", ["Boston"]), ("DATE", ["21/02/2026"]),
      ("NAME", ["JC"]), ("NAME", ["Anjali", "Sethuraman-Moore"]), ("LOCATION", ["Fenland Home Care"]),
      ("HOSPITAL", ["Pilgrim Hospital"]), ("DATE", ["October 2025"]), ("DATE", ["January"]), ("CODE", ["3108"]),
      ("NAME", ["Terry"]), ("DATE", ["September"]), ("DATE", ["1946"]), ("DATE", ["Easter"])],
     ["ReSPECT", "eGFR 28", "apixaban", "SpO2 94% RA", "NEWS2 5", "4AT 6", "Suprapubic tenderness", "leucocytes +++",
      "nitrite +", "Clinical Frailty Scale 6", "delirium", "Pivmecillinam 400 mg", "200 mg TDS", "nitrofurantoin"]),

    # 28 - Philippines, Negros Occidental (Bacolod): paediatric medication administration record, dengue
    ("Corazon Locsin Montelibano Memorial Regional Hospital (CLMMRH), Lacson Street, Bacolod City\n"
     "MEDICATION ADMINISTRATION RECORD | Pedia Ward - Sampaguita Ward, Bed 11\n"
     "Patient: Princess Angel Villanueva-Gatuslao | 9 y/o F | Wt 26 kg | Hosp. No. 25-114093 | PhilHealth PIN "
     "07-025781346-5\n"
     "Address: Purok Maligaya, Brgy. Mandalagan, Bacolod City | Grade 4, Bata Elementary School\n"
     "Mother: Honeylyn Gatuslao, 0917 555 2083 | Father: Rodel Villanueva, tricycle driver (plate 482 KTN) | family "
     "stayed at the grandmother's in Talisay the week before\n"
     "Admitted Aug 11 | Dx: Dengue with warning signs (NS1 positive), day 4 of fever\n"
     "ALLERGY: cotrimoxazole (rash). NO NSAIDs / NO aspirin.\n"
     "Attending: Dr. Ma. Teresa Lacson-Yulo (PRC Lic. 0098231) | Resident: Dr. Jerome Tupas\n"
     "DATE | TIME | MEDICATION / DOSE / ROUTE | GIVEN | INITIALS\n"
     "08/12/2025 | 07:55 | Plain NSS (PNSS) 1 L at 5 mL/kg/h = 130 mL/h, IV | hung | RB\n"
     "08/12/2025 | 08:00 | Paracetamol 250 mg/5 mL, 7.5 mL (about 15 mg/kg) PO q4h PRN T ≥ 38.5 °C | 08:10, T 38.9 | "
     "RB\n"
     "08/12/2025 | 14:00 | PNSS up to 7 mL/kg/h (180 mL/h) per Dr. Tupas - Hct 46% from 40% | 14:05 | JT / RB\n"
     "08/12/2025 | 16:00 | Hydrite ORS 100 mL PO as tolerated | took 60 mL | AMC\n"
     "08/12/2025 | 20:00 | Paracetamol 7.5 mL PO | held, afebrile | AMC\n"
     "08/13/2025 | 06:00 | PNSS down to 3 mL/kg/h (80 mL/h) - Hct 42%, plt 38 x10^9/L | 06:05 | AMC\n"
     "Initials: RB - Rhea Bantug, RN (PRC 0817463) | AMC - Arlene M. Cordova, RN | JT - Dr. Jerome Tupas",
     [("HOSPITAL", ["Corazon Locsin Montelibano Memorial Regional Hospital", "CLMMRH"]), ("ADDRESS", ["Lacson Street"]),
      ("LOCATION", ["Bacolod City"]), ("LOCATION", ["Sampaguita Ward"]),
      ("NAME", ["Princess Angel", "Villanueva-Gatuslao"]), ("MRN", ["25-114093"]), ("ID", ["07-025781346-5"]),
      ("ADDRESS", ["Purok Maligaya"]), ("LOCATION", ["Mandalagan"]), ("LOCATION", ["Bata Elementary School"]),
      ("NAME", ["Honeylyn", "Gatuslao"]), ("PHONE", ["0917 555 2083"]), ("NAME", ["Rodel", "Villanueva"]),
      ("PLATE", ["482 KTN"]), ("LOCATION", ["Talisay"]), ("DATE", ["Aug 11"]), ("NAME", ["Ma. Teresa", "Lacson-Yulo"]),
      ("LICENCE", ["0098231"]), ("NAME", ["Jerome", "Tupas", "JT"]), ("DATE", ["08/12/2025"]), ("DATE", ["08/13/2025"]),
      ("NAME", ["Rhea", "Bantug", "RB"]), ("LICENCE", ["0817463"]), ("NAME", ["Arlene M.", "Cordova", "AMC"])],
     ["Wt 26 kg", "Dengue with warning signs", "NS1 positive", "cotrimoxazole", "NO NSAIDs", "5 mL/kg/h",
      "Paracetamol 250 mg/5 mL", "15 mg/kg", "T ≥ 38.5 °C", "7 mL/kg/h", "Hct 46%", "Hydrite", "plt 38 x10^9/L",
      "Plain NSS"]),

    # 29 - Greece, Crete (Heraklion): care home gastroenteritis outbreak line list, norovirus (Greek)
    ("Μονάδα Φροντίδας Ηλικιωμένων «Άγιος Μηνάς» - Λεωφόρος Κνωσού 118, 71409 Ηράκλειο\n"
     "ΚΑΤΑΛΟΓΟΣ ΚΡΟΥΣΜΑΤΩΝ (LINE LIST) - ΕΞΑΡΣΗ ΓΑΣΤΡΕΝΤΕΡΙΤΙΔΑΣ | αρ. συμβάντος ΕΟΔΥ-ΚΡ-2026-0117\n"
     "Ημερομηνία αναφοράς: 4 Φεβρουαρίου 2026 | Υπεύθυνη: Ειρήνη Φραγκιαδάκη, προϊσταμένη νοσηλεύτρια | τηλ. 2810 555 "
     "307 | agiosminas.noshleia@gmail.com\n"
     "Ορισμός κρούσματος: ≥ 2 διαρροϊκές κενώσεις (Bristol τύπου 6-7) ή ≥ 1 έμετος σε 24 ώρες, από 1/2.\n"
     "Πιθανή πηγή: επίσκεψη εγγονού με γαστρεντερίτιδα την ημέρα του Αγίου Τρύφωνα.\n"
     "Α/Α | Ονοματεπώνυμο | Ηλικία | Δωμ. | Έναρξη | Συμπτώματα | Δείγμα | Έκβαση\n"
     "1 | Μανόλης Σφακιανάκης του Γεωργίου | 84 | 12 | 01/02 | έμετος, διάρροια | Norovirus GII θετικό (RT-PCR) | "
     "ανάρρωση 03/02\n"
     "2 | Ευτυχία Μαρκάκη | 88 | 14 | 02/02 | διάρροια, αφυδάτωση | Norovirus GII θετικό | νοσηλεία στο ΠΑΓΝΗ στις "
     "03/02, κρεατινίνη 2,1 mg/dl\n"
     "3 | Ζαχαρίας Παπαδογιάννης | 79 | 9 | 02/02 | έμετος | δεν ελήφθη | ανάρρωση\n"
     "4 | Αργυρώ Τζανάκη | 86 | 15 | 03/02 | διάρροια, πυρετός 37,9 | αναμένεται | σε εξέλιξη\n"
     "5 | Κατερίνα Βλαχάκη (βοηθός νοσηλεύτριας, μένει στις Αρχάνες) | 41 | - | 02/02 | έμετος | - | εκτός εργασίας "
     "έως 48 ώρες μετά τα συμπτώματα\n"
     "6 | Στέλιος Κορνάρος (μάγειρας) | 52 | - | 03/02 | διάρροια | αναμένεται | εκτός εργασίας\n"
     "Μέτρα: απομόνωση στα δωμάτια, υγιεινή των χεριών με νερό και σαπούνι, υποχλωριώδες νάτριο 1000 ppm, διακοπή "
     "επισκεπτηρίου έως 48 ώρες μετά το τελευταίο κρούσμα. Δείγματα στο Εργαστήριο Μικροβιολογίας του Πανεπιστημιακού "
     "Γενικού Νοσοκομείου Ηρακλείου (ΠΑΓΝΗ).\n"
     "Ιατρός μονάδας: Δρ Νικόλαος Ψαρουδάκης (ΑΜ ΙΣΗ 5816)",
     [("HOSPITAL", ["Άγιος Μηνάς"]), ("ADDRESS", ["Λεωφόρος Κνωσού 118"]), ("POSTCODE", ["71409"]),
      ("LOCATION", ["Ηράκλειο"]), ("ID", ["ΕΟΔΥ-ΚΡ-2026-0117"]), ("DATE", ["4 Φεβρουαρίου 2026"]),
      ("NAME", ["Ειρήνη", "Φραγκιαδάκη"]), ("PHONE", ["2810 555 307"]), ("EMAIL", ["agiosminas.noshleia@gmail.com"]),
      ("DATE", ["1/2"]), ("DATE", ["του Αγίου Τρύφωνα"]), ("NAME", ["Μανόλης", "Σφακιανάκης"]), ("NAME", ["Γεωργίου"]),
      ("DATE", ["01/02"]), ("DATE", ["03/02"]), ("NAME", ["Ευτυχία", "Μαρκάκη"]), ("DATE", ["02/02"]),
      ("HOSPITAL", ["ΠΑΓΝΗ", "Πανεπιστημιακού Γενικού Νοσοκομείου Ηρακλείου"]), ("NAME", ["Ζαχαρίας", "Παπαδογιάννης"]),
      ("NAME", ["Αργυρώ", "Τζανάκη"]), ("NAME", ["Κατερίνα", "Βλαχάκη"]), ("LOCATION", ["Αρχάνες"]),
      ("NAME", ["Στέλιος", "Κορνάρος"]), ("NAME", ["Νικόλαος", "Ψαρουδάκης"]), ("LICENCE", ["5816"])],
     ["Bristol τύπου 6-7", "έμετος", "διάρροια", "Norovirus GII", "RT-PCR", "αφυδάτωση", "κρεατινίνη 2,1 mg/dl",
      "πυρετός 37,9", "απομόνωση", "υγιεινή των χεριών", "υποχλωριώδες νάτριο 1000 ppm", "48 ώρες"]),

    # 30 - Northern Ireland (Lisburn / Belfast): medico-legal personal injury report, rear-end road traffic collision
    ("MEDICAL REPORT ON A CLAIMANT - PERSONAL INJURY (ROAD TRAFFIC COLLISION)\n"
     "Instructed by: McKeown & Rainey Solicitors, 41 Bachelors Walk, Lisburn BT28 1XN | their ref CMR/2291/PI\n"
     "Insurer's claim ref: AV-PI-0937-7716\n"
     "Claimant: Ms Niamh Cassidy-McGreevy | DOB 14/02/1990 | 7 Ballinderry Road, Moira BT67 0LQ\n"
     "Occupation: care assistant, Beechlawn Care Home, Lurgan\n"
     "Examined: 19/01/2026 at Kingsbridge Private Hospital, 811-815 Lisburn Road, Belfast BT9 7GX; 45 minutes; "
     "identity checked against her driving licence. Records seen: GP records (Lisburn Health Centre), ED notes (Lagan "
     "Valley Hospital), physiotherapy notes (Active Physio, Hillsborough).\n"
     "Accident: on 03/10/2025 at about 08:15 she was the driver of a stationary Ford Fiesta (KXZ 4127) queuing at the "
     "Nutts Corner roundabout when a van (TFZ 8830) struck the rear. Seatbelt worn, as required by the Motor Vehicles "
     "(Wearing of Seat Belts) Regulations (Northern Ireland) 1993; airbags did not deploy.\n"
     "Same day at Lagan Valley Hospital ED: neck strain, no imaging, discharged with co-codamol 30/500. Eight sessions "
     "of physiotherapy.\n"
     "Now: neck pain 4/10 most days, worse after lifting residents; occipital headaches twice a week; low back pain "
     "resolved by 8 weeks. Anxious as a driver; avoids that roundabout.\n"
     "Examination: cervical rotation R 60°/80°, L 70°/80°; tender paraspinal muscles; Spurling's test negative; "
     "Hoffmann's sign negative; upper limb power, reflexes and sensation normal. Neck Disability Index 32%. HADS "
     "anxiety 11/21, depression 6/21.\n"
     "Past history: a single GP visit for neck pain about four years ago, settled in 2 weeks - not relevant.\n"
     "Opinion: whiplash-associated disorder, Quebec Task Force WAD grade II, caused on the balance of probabilities by "
     "this collision. I expect the neck symptoms to settle by October 2026 (12 months after the accident). Travel "
     "anxiety should settle within 6 months with a short course of CBT, which I recommend.\n"
     "I confirm that I understand my duty to the court and have complied with it.\n"
     "Mr Conor Devlin-Ferguson FRCS (Tr & Orth), Consultant Orthopaedic Surgeon | GMC 4718263\n"
     "Medico-legal office: 028 9555 0194 | medicolegal@devlinortho.co.uk",
     [("LOCATION", ["McKeown & Rainey Solicitors"]), ("ADDRESS", ["41 Bachelors Walk"]), ("LOCATION", ["Lisburn"]),
      ("POSTCODE", ["BT28 1XN"]), ("ID", ["CMR/2291/PI"]), ("ID", ["AV-PI-0937-7716"]),
      ("NAME", ["Niamh", "Cassidy-McGreevy"]), ("DATE", ["14/02/1990"]), ("ADDRESS", ["7 Ballinderry Road"]),
      ("LOCATION", ["Moira"]), ("POSTCODE", ["BT67 0LQ"]), ("LOCATION", ["Beechlawn Care Home"]),
      ("LOCATION", ["Lurgan"]), ("DATE", ["19/01/2026"]), ("HOSPITAL", ["Kingsbridge Private Hospital"]),
      ("ADDRESS", ["811-815 Lisburn Road"]), ("LOCATION", ["Belfast"]), ("POSTCODE", ["BT9 7GX"]),
      ("HOSPITAL", ["Lisburn Health Centre"]), ("HOSPITAL", ["Lagan Valley Hospital"]), ("LOCATION", ["Active Physio"]),
      ("LOCATION", ["Hillsborough"]), ("DATE", ["03/10/2025"]), ("PLATE", ["KXZ 4127"]), ("LOCATION", ["Nutts Corner"]),
      ("PLATE", ["TFZ 8830"]), ("DATE", ["October 2026"]), ("NAME", ["Conor", "Devlin-Ferguson"]),
      ("LICENCE", ["4718263"]), ("PHONE", ["028 9555 0194"]), ("EMAIL", ["medicolegal@devlinortho.co.uk"])],
     ["Motor Vehicles (Wearing of Seat Belts) Regulations (Northern Ireland) 1993", "neck strain", "co-codamol 30/500",
      "neck pain 4/10", "cervical rotation R 60°/80°", "Spurling's test negative", "Hoffmann's sign negative",
      "Neck Disability Index 32%", "HADS anxiety 11/21", "depression 6/21", "whiplash-associated disorder",
      "Quebec Task Force WAD grade II", "CBT"]),

    # 31 - Austria, Tyrol (Kitzbühel district): inter-hospital transfer form after a skiing injury (German)
    ("Krankenhaus St. Johann in Tirol - Abteilung für Orthopädie und Traumatologie\n"
     "VERLEGUNGSBERICHT | 3. Februar 2026, 16:20 | Fallnr. 7309214\n"
     "Patient: Herr Lukas Oberhollenzer-Steindl, geb. 14.03.1987 | SV-Nr. 4188 140387\n"
     "Adresse: Dorfstraße 17, 6353 Going am Wilden Kaiser | Tel. +43 664 555 2718\n"
     "Beruf: Skilehrer bei der Skischule Going\n"
     "Unfall: 03.02.2026 um 11:40 Sturz beim Skifahren am Astberg; Bergung durch die Pistenrettung, Transport mit RTW "
     "(KB-418 RK) des Roten Kreuzes Kitzbühel.\n"
     "Diagnosen: Tibiakopffraktur links, Schatzker IV. Verdacht auf beginnendes Kompartmentsyndrom des linken "
     "Unterschenkels (Kompartmentdruck 38 mmHg, Delta-P 32 mmHg). Fußpulse tastbar, ABI 0,8.\n"
     "Maßnahmen: kniegelenksüberbrückender Fixateur externe am 03.02.2026, 14:10 Uhr. Cefazolin 2 g i.v. um 13:50. "
     "Analgesie: Novalgin 1 g i.v., Dipidolor 3 mg i.v. titriert.\n"
     "Labor: Hb 11,8 g/dl, CK 1240 U/l, Kreatinin 0,9 mg/dl, Gerinnung unauffällig.\n"
     "Vorerkrankungen: keine; Raucher. Allergien: keine bekannt. Nüchtern seit 07:00.\n"
     "Thromboseprophylaxe: Clexane 40 mg s.c. frühestens um 20:00.\n"
     "Grund der Verlegung: definitive Versorgung (ORIF) und Beurteilung der Kompartmentsituation.\n"
     "Zielklinik: Universitätsklinik für Orthopädie und Traumatologie, Anichstraße 35, 6020 Innsbruck; Übernahme um "
     "15:30 telefonisch zugesagt von OA Dr. Franziska Pöll-Wechselberger.\n"
     "Angehörige: Lebensgefährtin Theresa Mairhofer, +43 676 555 3049 (informiert); Mutter wohnt in Fieberbrunn.\n"
     "Verantwortlicher Arzt: Dr. Matthias Egger-Rainer, FA für Orthopädie und Traumatologie | ÖÄK-Arztnr. 82714\n"
     "Pflege: DGKP Sabine Hörl",
     [("HOSPITAL", ["Krankenhaus St. Johann in Tirol"]), ("DATE", ["3. Februar 2026"]), ("MRN", ["7309214"]),
      ("NAME", ["Lukas", "Oberhollenzer-Steindl"]), ("DATE", ["14.03.1987"]), ("ID", ["4188 140387"]),
      ("ADDRESS", ["Dorfstraße 17"]), ("POSTCODE", ["6353"]), ("LOCATION", ["Going am Wilden Kaiser"]),
      ("PHONE", ["+43 664 555 2718"]), ("LOCATION", ["Skischule Going"]), ("DATE", ["03.02.2026"]),
      ("LOCATION", ["Astberg"]), ("PLATE", ["KB-418 RK"]), ("LOCATION", ["Kitzbühel"]),
      ("HOSPITAL", ["Universitätsklinik für Orthopädie und Traumatologie"]), ("ADDRESS", ["Anichstraße 35"]),
      ("POSTCODE", ["6020"]), ("LOCATION", ["Innsbruck"]), ("NAME", ["Franziska", "Pöll-Wechselberger"]),
      ("NAME", ["Theresa", "Mairhofer"]), ("PHONE", ["+43 676 555 3049"]), ("LOCATION", ["Fieberbrunn"]),
      ("NAME", ["Matthias", "Egger-Rainer"]), ("LICENCE", ["82714"]), ("NAME", ["Sabine", "Hörl"])],
     ["Tibiakopffraktur links", "Schatzker IV", "Kompartmentsyndrom", "Kompartmentdruck 38 mmHg", "ABI 0,8",
      "Fixateur externe", "Cefazolin 2 g i.v.", "Novalgin 1 g", "Dipidolor 3 mg", "Hb 11,8 g/dl", "CK 1240 U/l",
      "Clexane 40 mg s.c.", "ORIF"]),

    # 32 - Malaysia, Sarawak (Kuching): TB specialist nurse DOTS log, smear-positive pulmonary TB
    ("Klinik Kesihatan Tanah Puteh, Kuching - TB/Leprosy Unit | 082-555 413\n"
     "TB CASE NURSE LOG (DOTS)\n"
     "Patient: Jugah anak Ngelai | 46 M | MyKad 790512-13-5227 | TB Reg. No. KCH/TB/25/1183 | WhatsApp +60 13-555 "
     "8174\n"
     "Address: Rumah Ugap (longhouse), Siburan | Works at Kilang Papan Batu Kitang (sawmill)\n"
     "14/10/25 09:30 NJ: New case. Sputum AFB 2+; GeneXpert MTB detected, RIF resistance not detected. CXR (Hospital "
     "Umum Sarawak): right upper lobe cavitation. HIV non-reactive. HbA1c 9.8% - new diabetes, referred to the "
     "diabetes clinic. Wt 51 kg. Started Akurit-4 3 tabs daily + pyridoxine 10 mg. Baseline VA 6/6 both eyes, Ishihara "
     "17/17, ALT 32 U/L. Counselled with wife Lucy anak Bakit, who is trained as DOT supporter.\n"
     "21/10/25 NJ: Home visit to the longhouse with the tuai rumah, Gerinang. 9 household contacts listed; Mantoux "
     "placed on the children.\n"
     "24/10/25 NJ: Mantoux read - son Kenny 16 mm, CXR clear -> TPT 3HP started; daughter Melissa 4 mm.\n"
     "18/11/25 RD: Missed 3 doses - went to a funeral in Sri Aman. Restarted; DOT diary checked with Lucy by phone.\n"
     "12/12/25 NJ: End of intensive phase. Sputum AFB negative (smear conversion). Wt 55 kg. VA 6/6, Ishihara 17/17. "
     "ALT 48 U/L. Dr. Wong Siaw Ling: start continuation phase (Akurit 2FDC). Plans to go home to Sri Aman for "
     "Christmas - 4 weeks of tablets given, DOT by video call.\n"
     "NJ - Norhayati binti Jamil, Jururawat Kesihatan (LJM 61827) | RD - Rachel Dayang, Jururawat Terlatih",
     [("HOSPITAL", ["Klinik Kesihatan Tanah Puteh"]), ("LOCATION", ["Kuching"]), ("PHONE", ["082-555 413"]),
      ("NAME", ["Jugah", "Ngelai"]), ("ID", ["790512-13-5227"]), ("ID", ["KCH/TB/25/1183"]),
      ("PHONE", ["+60 13-555 8174"]), ("ADDRESS", ["Rumah Ugap"]), ("LOCATION", ["Siburan"]),
      ("LOCATION", ["Kilang Papan Batu Kitang"]), ("DATE", ["14/10/25"]), ("HOSPITAL", ["Hospital Umum Sarawak"]),
      ("NAME", ["Lucy", "Bakit"]), ("DATE", ["21/10/25"]), ("NAME", ["Gerinang"]), ("DATE", ["24/10/25"]),
      ("NAME", ["Kenny"]), ("NAME", ["Melissa"]), ("DATE", ["18/11/25"]), ("LOCATION", ["Sri Aman"]),
      ("DATE", ["12/12/25"]), ("NAME", ["Wong Siaw Ling"]), ("DATE", ["Christmas"]),
      ("NAME", ["Norhayati", "Jamil", "NJ"]), ("LICENCE", ["LJM 61827"]), ("NAME", ["Rachel", "Dayang", "RD"])],
     ["Sputum AFB 2+", "GeneXpert MTB detected, RIF resistance not detected", "cavitation", "HbA1c 9.8%", "Akurit-4",
      "pyridoxine 10 mg", "VA 6/6", "Ishihara 17/17", "ALT 48 U/L", "Mantoux", "16 mm", "TPT 3HP", "smear conversion",
      "DOT"]),

    # 33 - England, West Midlands (Birmingham): responsible clinician's report to the mental health tribunal
    ("RESPONSIBLE CLINICIAN'S REPORT TO THE FIRST-TIER TRIBUNAL (MENTAL HEALTH)\n"
     "Patient: Mr Kamran Hussain-Akhtar | DOB 09/11/1996 | NHS 512 047 3962 | Hospital no. RXT4471092\n"
     "Tribunal ref: MP/2026/01827 | Hearing: 17/03/2026, at the hospital\n"
     "Detention: section 2 Mental Health Act 1983 from 11/11/2025; section 3 from 02/12/2025\n"
     "Hospital: Mary Seacole House, Winson Green, Birmingham - Larimar Ward\n"
     "1. Background. Mr Hussain-Akhtar is 29. He lives with his mother and two sisters in Small Heath and worked as a "
     "warehouse operative at Tyseley Logistics Park until last spring. He left an engineering course at Birmingham "
     "City University in his second year. He prays at Green Lane Masjid.\n"
     "2. History. First episode at 22 with persecutory beliefs; informal admission to the Oleaster unit three years "
     "ago. Diagnosis: paranoid schizophrenia. Poor adherence to risperidone and to depot; daily cannabis (skunk).\n"
     "3. This admission. Brought by police under s136 from Cannon Hill Park, shouting at traffic and believing that "
     "neighbours had put devices in his teeth. On 13/12/2025 he punched a nurse who was giving medication.\n"
     "4. Treatment. Treatment-resistant illness (two adequate antipsychotic trials). Clozaril started 08/01/2026 and "
     "titrated to 400 mg nocte; clozapine level 0.42 mg/L; ANC 3.1 x10^9/L (green). PANSS 96 on admission, 68 now. "
     "Urine drug screens negative since admission. Insight partial: accepts \"stress\" but not illness.\n"
     "5. Leave. Escorted section 17 leave in the grounds and to his mother's home, all used well.\n"
     "6. Risk. HCR-20 v3: moderate risk of violence to others, higher with cannabis and non-adherence.\n"
     "7. Views. His mother and Nearest Relative, Mrs Shazia Akhtar, supports continued treatment in hospital; his "
     "IMHA, Ms Deborah Okafor of POhWER, has helped him prepare his own statement. Care coordinator: Ryan Gilmore, "
     "Early Intervention Service.\n"
     "8. Recommendation. The nature and degree of his mental disorder make continued detention under section 3 "
     "appropriate, for his health and for the protection of others. Discharge planning is under way, with s117 "
     "aftercare.\n"
     "Dr Eleanor Marchbank, Consultant Psychiatrist and Approved Clinician | GMC 6093418",
     [("NAME", ["Kamran", "Hussain-Akhtar"]), ("DATE", ["09/11/1996"]), ("ID", ["512 047 3962"]),
      ("MRN", ["RXT4471092"]), ("ID", ["MP/2026/01827"]), ("DATE", ["17/03/2026"]), ("DATE", ["11/11/2025"]),
      ("DATE", ["02/12/2025"]), ("HOSPITAL", ["Mary Seacole House"]), ("LOCATION", ["Winson Green"]),
      ("LOCATION", ["Birmingham"]), ("LOCATION", ["Larimar Ward"]), ("LOCATION", ["Small Heath"]),
      ("LOCATION", ["Tyseley Logistics Park"]), ("LOCATION", ["Birmingham City University"]),
      ("LOCATION", ["Green Lane Masjid"]), ("HOSPITAL", ["Oleaster"]), ("LOCATION", ["Cannon Hill Park"]),
      ("DATE", ["13/12/2025"]), ("DATE", ["08/01/2026"]), ("NAME", ["Shazia", "Akhtar"]),
      ("NAME", ["Deborah", "Okafor"]), ("LOCATION", ["POhWER"]), ("NAME", ["Ryan", "Gilmore"]),
      ("NAME", ["Eleanor", "Marchbank"]), ("LICENCE", ["6093418"])],
     ["Mental Health Act 1983", "paranoid schizophrenia", "risperidone", "s136", "Treatment-resistant", "Clozaril",
      "400 mg nocte", "clozapine level 0.42 mg/L", "ANC 3.1 x10^9/L", "PANSS 96", "section 17 leave", "HCR-20 v3",
      "Nearest Relative", "s117 aftercare"]),

    # 34 - Nepal, Gandaki (Pokhara): laboratory requisition and report, scrub typhus (Bikram Sambat dates)
    ("Manipal Teaching Hospital, Phulbari, Pokhara-11, Kaski - Department of Laboratory Medicine\n"
     "LABORATORY REQUISITION & REPORT | Date: 2082/05/14 BS (30 Aug 2025) | Sample ID MTH-LAB-05-0913\n"
     "Patient: Hari Bahadur Gurung | 52 M | S/O Late Dil Bahadur Gurung | Hosp. No. MTH-882914\n"
     "Address: Lumle, Annapurna Rural Municipality-5, Kaski | Mobile 9856 555 027\n"
     "Citizenship no. 41-01-75-03817 | Health Insurance no. 9015827364 | ex-British Army, service no. 21172846\n"
     "Referred from: Lumle Health Post; 3 days of treatment at Gandaki Provincial Hospital before.\n"
     "Clinical details: fever 9 days, headache, myalgia, rice-planting in wet fields; eschar in the right axilla; "
     "?scrub typhus ?leptospirosis ?enteric fever. Empirical doxycycline 100 mg BD started after sampling.\n"
     "Tests requested: CBC, LFT, RFT, Scrub typhus IgM ELISA, Weil-Felix, Leptospira IgM, blood culture.\n"
     "Results:\n"
     "WBC 11.8 x10^9/L | Hb 12.9 g/dL | platelets 84,000/µL\n"
     "ALT 142 U/L | AST 168 U/L | creatinine 1.3 mg/dL\n"
     "Scrub typhus IgM ELISA positive (OD 2.1) | Weil-Felix OX-K 1:320, OX-2 and OX-19 1:40 | Leptospira IgM negative\n"
     "Blood culture: no growth at 5 days.\n"
     "Comment: consistent with Orientia tsutsugamushi infection. Online copy: "
     "http://lab.mth.edu.np/report?sid=MTH-LAB-05-0913\n"
     "Requested by: Dr. Sushmita Adhikari-Poudel, Medicine (NMC Reg. No. 18274)\n"
     "Performed by: Bimala Thapa Magar (NHPC A-1472 MLT) | Verified by: Dr. Prakash Shrestha, Pathologist\n"
     "Report collected by daughter Sabina Gurung (9846 555 731), who asked whether he can travel to Kathmandu for "
     "Dashain.",
     [("HOSPITAL", ["Manipal Teaching Hospital"]), ("LOCATION", ["Phulbari"]), ("LOCATION", ["Pokhara"]),
      ("LOCATION", ["Kaski"]), ("DATE", ["2082/05/14"]), ("DATE", ["30 Aug 2025"]), ("ID", ["MTH-LAB-05-0913"]),
      ("URL", ["http://lab.mth.edu.np/report?sid=MTH-LAB-05-0913"]), ("NAME", ["Hari Bahadur", "Gurung"]),
      ("NAME", ["Dil Bahadur"]), ("MRN", ["MTH-882914"]), ("LOCATION", ["Lumle"]),
      ("LOCATION", ["Annapurna Rural Municipality"]), ("PHONE", ["9856 555 027"]), ("ID", ["41-01-75-03817"]),
      ("ID", ["9015827364"]), ("ID", ["21172846"]), ("HOSPITAL", ["Lumle Health Post"]),
      ("HOSPITAL", ["Gandaki Provincial Hospital"]), ("NAME", ["Sushmita", "Adhikari-Poudel"]), ("LICENCE", ["18274"]),
      ("NAME", ["Bimala", "Thapa Magar"]), ("LICENCE", ["A-1472 MLT"]), ("NAME", ["Prakash", "Shrestha"]),
      ("NAME", ["Sabina"]), ("PHONE", ["9846 555 731"]), ("LOCATION", ["Kathmandu"]), ("DATE", ["Dashain"])],
     ["eschar", "doxycycline 100 mg BD", "Scrub typhus IgM ELISA", "Weil-Felix", "WBC 11.8 x10^9/L",
      "platelets 84,000/µL", "ALT 142 U/L", "AST 168 U/L", "creatinine 1.3 mg/dL", "OX-K 1:320",
      "Leptospira IgM negative", "no growth at 5 days", "Orientia tsutsugamushi"]),

    # 35 - China, Zhejiang (Hangzhou): child vaccination certificate and vaccination visit record (simplified)
    ("浙江省儿童预防接种证　　证号：330106-2303-00417\n"
     "接种单位：杭州市西湖区北山街道社区卫生服务中心　预防接种门诊　　电话：0571-8555 2160\n"
     "儿童姓名：沈一诺　　性别：女　　出生日期：2023年3月15日（农历二月廿四）　　出生体重 3.2 kg\n"
     "出生医院：浙江大学医学院附属妇产科医院\n"
     "身份证号：33010620230315402X\n"
     "父亲：沈浩然　电话 137 5555 6218　微信 shenhr_0315　　母亲：俞晓雯\n"
     "家庭住址：杭州市西湖区文三路259号5幢2单元301室　　托幼机构：小太阳幼儿园\n"
     "过敏史：鸡蛋过敏（轻度荨麻疹），麻腮风疫苗接种后无异常。\n"
     "疫苗名称 | 剂次 | 接种日期 | 部位 | 接种者\n"
     "乙肝疫苗 | 第1剂 | 2023-03-15 | 右上臂 | 出生医院\n"
     "卡介苗 | 第1剂 | 2023-03-16 | 左上臂三角肌 | 出生医院\n"
     "麻腮风疫苗 | 第1剂 | 2023-11-20 | 右上臂 | 王晓静\n"
     "乙脑减毒活疫苗 | 第1剂 | 2023-11-20 | 左上臂 | 王晓静\n"
     "百白破疫苗 | 第4剂 | 2024-09-18 | 左上臂三角肌 | 陈丽\n"
     "本次：2026年3月16日（元宵节后），满3周岁，接种A群C群脑膜炎球菌多糖疫苗第1剂，左上臂三角肌皮下注射。接种前体温 36.6℃，无发热，无接种禁忌。留观30分钟，无异常反应。\n"
     "下次：满4周岁（2027年3月）接种脊灰疫苗第4剂。\n"
     "接种医生：王晓静　　登记：陈丽",
     [("ID", ["330106-2303-00417"]), ("LOCATION", ["杭州市"]), ("LOCATION", ["西湖区"]), ("HOSPITAL", ["北山街道社区卫生服务中心"]),
      ("PHONE", ["0571-8555 2160"]), ("NAME", ["沈一诺"]), ("DATE", ["2023年3月15日"]), ("DATE", ["农历二月廿四"]),
      ("HOSPITAL", ["浙江大学医学院附属妇产科医院"]), ("ID", ["33010620230315402X"]), ("NAME", ["沈浩然"]), ("PHONE", ["137 5555 6218"]),
      ("HANDLE", ["shenhr_0315"]), ("NAME", ["俞晓雯"]), ("ADDRESS", ["文三路259号5幢2单元301室"]), ("LOCATION", ["小太阳幼儿园"]),
      ("DATE", ["2023-03-15"]), ("DATE", ["2023-03-16"]), ("DATE", ["2023-11-20"]), ("NAME", ["王晓静"]),
      ("DATE", ["2024-09-18"]), ("NAME", ["陈丽"]), ("DATE", ["2026年3月16日"]), ("DATE", ["元宵节"]), ("DATE", ["2027年3月"])],
     ["出生体重 3.2 kg", "鸡蛋过敏", "麻腮风疫苗", "乙肝疫苗", "卡介苗", "乙脑减毒活疫苗", "百白破疫苗", "左上臂三角肌", "A群C群脑膜炎球菌多糖疫苗", "体温 36.6℃", "无接种禁忌",
      "留观30分钟", "无异常反应", "脊灰疫苗"]),

    # 36 - Sri Lanka, Central Province (Kandy): endocrinology clinic letter to a patient, Graves' disease
    ("Diabetes & Endocrine Unit, National Hospital Kandy\n"
     "William Gopallawa Mawatha, Kandy 20000 | Clinic 081 555 2234 | endocrine.nhk@health.gov.lk\n"
     "\n"
     "05th December 2025\n"
     "\n"
     "Mrs. W. M. Kumudini Dissanayake\n"
     "No. 41/2, Temple Road, Katugastota | Mobile 077 555 3918\n"
     "Clinic No. END/NHK/07731 | NIC 198765404127\n"
     "\n"
     "Dear Mrs. Dissanayake,\n"
     "\n"
     "Thank you for coming to the clinic. As promised, I am writing to explain your results from 28th November.\n"
     "\n"
     "Your TSH is 0.01 mIU/L and your free T4 is 38 pmol/L, so your thyroid is overactive. The TRAb antibody test is "
     "9.4 IU/L. Together with your eye symptoms, this confirms Graves' disease.\n"
     "\n"
     "Treatment: please take carbimazole 20 mg once a day and propranolol 40 mg twice a day for the palpitations and "
     "tremor. Carbimazole rarely causes agranulocytosis (a fall in the white cells that fight infection). If you get a "
     "sore throat, mouth ulcers or fever, stop the carbimazole and have a full blood count the same day at any "
     "hospital.\n"
     "\n"
     "Your eyes: the clinical activity score is CAS 2/7, which means mild Graves' ophthalmopathy. Use lubricant drops, "
     "and please ask Mr. Ananda Dissanayake not to smoke in the house, as smoke makes the eyes worse.\n"
     "\n"
     "If you plan a pregnancy, tell us first; we would change the carbimazole to PTU.\n"
     "\n"
     "Your daughter Nethmi said you are finding it hard to teach at Mahamaya Girls' College; I have given you a letter "
     "for two weeks' leave. I know you like to walk to the Sri Dalada Maligawa on Poya days - please rest on Duruthu "
     "Poya until the palpitations settle.\n"
     "\n"
     "Your next clinic is on 16th January 2026 at 8.00 a.m. Please bring the blood results with you.\n"
     "\n"
     "Yours sincerely,\n"
     "\n"
     "Dr. Ruwan Jayasekara, Consultant Endocrinologist | SLMC Reg. No. 19462\n"
     "Copy: Dr. Chandrika Senanayake, Family Physician, Katugastota Medical Centre",
     [("HOSPITAL", ["National Hospital Kandy"]), ("ADDRESS", ["William Gopallawa Mawatha"]), ("LOCATION", ["Kandy"]),
      ("POSTCODE", ["20000"]), ("PHONE", ["081 555 2234"]), ("EMAIL", ["endocrine.nhk@health.gov.lk"]),
      ("DATE", ["05th December 2025"]), ("NAME", ["Kumudini", "Dissanayake"]), ("ADDRESS", ["No. 41/2, Temple Road"]),
      ("LOCATION", ["Katugastota"]), ("PHONE", ["077 555 3918"]), ("MRN", ["END/NHK/07731"]), ("ID", ["198765404127"]),
      ("DATE", ["28th November"]), ("NAME", ["Ananda"]), ("NAME", ["Nethmi"]),
      ("LOCATION", ["Mahamaya Girls' College"]), ("LOCATION", ["Sri Dalada Maligawa"]), ("DATE", ["Duruthu Poya"]),
      ("DATE", ["16th January 2026"]), ("NAME", ["Ruwan", "Jayasekara"]), ("LICENCE", ["19462"]),
      ("NAME", ["Chandrika", "Senanayake"]), ("HOSPITAL", ["Katugastota Medical Centre"])],
     ["TSH is 0.01 mIU/L", "free T4 is 38 pmol/L", "TRAb", "9.4 IU/L", "Graves' disease", "carbimazole 20 mg",
      "propranolol 40 mg", "agranulocytosis", "full blood count", "CAS 2/7", "Graves' ophthalmopathy", "PTU"]),

    # 37 - USA, Florida (Polk County): comprehensive geriatric assessment for falls and memory, patient aged 94
    ("Ridge Geriatric Associates - 30 E Wall St, Frostproof, FL 33843 | (863) 555-0190\n"
     "COMPREHENSIVE GERIATRIC ASSESSMENT | 02/19/2026\n"
     "Patient: Mrs. Opal Maybelle Yarbrough | 94 y/o F | DOB 06/27/1931 | MRN RGA-1107735 | Medicare MBI "
     "5TW2-HJ7-QK31\n"
     "Address: 218 N Scenic Hwy, Frostproof | Lives alone; granddaughter Kendra Yarbrough-Mims (POA), 863-555-0147, "
     "came with her.\n"
     "Referred by: Dr. Everett Hollis, PCP (NPI 1639204852) - falls and memory.\n"
     "Social: widow of a citrus grower; in the same house since 1958; taught third grade at Frostproof Elementary for "
     "30 years; active at First Baptist Church of Frostproof. Still drives her 2004 Buick (FL tag LQK W83) to church "
     "and the store.\n"
     "Falls: three since Thanksgiving; last on 02/08/2026 in the kitchen at night - seen at AdventHealth Lake Wales "
     "ED, no fracture.\n"
     "Meds reviewed (11): Beers Criteria concerns - Benadryl PM nightly, glyburide 5 mg, oxybutynin 5 mg.\n"
     "Assessment: MoCA 19/30 (education-adjusted); GDS-15 6/15; TUG 19 s with a cane; Katz ADL 5/6 (bathing); Lawton "
     "IADL 3/8; MNA-SF 9/14; orthostatic BP 142/78 lying, 118/70 standing; Snellen 20/70 both eyes; hearing aids "
     "(Oticon) not worn; A1c 6.4%; CFS 6.\n"
     "Impression: mild neurocognitive disorder, probably Alzheimer's type; recurrent falls (orthostasis, "
     "anticholinergic burden, nocturia, vision).\n"
     "Plan: stop Benadryl PM and oxybutynin; stop glyburide (A1c 6.4% too tight); home health PT for gait and balance; "
     "night lights; vitamin D level; DEXA; optometry; formal driving evaluation at Winter Haven Hospital; discussed "
     "living options with Kendra. She says she will turn 95 in June and intends to be driving still.\n"
     "Lucinda Okonkwo-Barrs, MD, Geriatric Medicine | NPI 1758392066",
     [("HOSPITAL", ["Ridge Geriatric Associates"]), ("ADDRESS", ["30 E Wall St"]), ("LOCATION", ["Frostproof"]),
      ("POSTCODE", ["33843"]), ("PHONE", ["(863) 555-0190"]), ("DATE", ["02/19/2026"]),
      ("NAME", ["Opal", "Maybelle", "Yarbrough"]), ("AGE", ["94 y/o"]), ("DOB90", ["1931", "06/27/1931"]),
      ("MRN", ["RGA-1107735"]), ("ID", ["5TW2-HJ7-QK31"]), ("ADDRESS", ["218 N Scenic Hwy"]),
      ("NAME", ["Kendra", "Yarbrough-Mims"]), ("PHONE", ["863-555-0147"]), ("NAME", ["Everett", "Hollis"]),
      ("ID", ["1639204852"]), ("DATE", ["1958"]), ("LOCATION", ["Frostproof Elementary"]),
      ("LOCATION", ["First Baptist Church of Frostproof"]), ("DATE", ["2004"]), ("PLATE", ["LQK W83"]),
      ("DATE", ["Thanksgiving"]), ("DATE", ["02/08/2026"]), ("HOSPITAL", ["AdventHealth Lake Wales"]),
      ("HOSPITAL", ["Winter Haven Hospital"]), ("AGE", ["turn 95"]), ("DATE", ["June"]),
      ("NAME", ["Lucinda", "Okonkwo-Barrs"]), ("ID", ["1758392066"])],
     ["Beers Criteria", "Benadryl PM", "Lawton IADL 3/8", "oxybutynin 5 mg", "MoCA 19/30", "GDS-15 6/15", "TUG 19 s",
      "Katz ADL 5/6", "MNA-SF 9/14", "142/78", "Snellen 20/70", "Oticon", "A1c 6.4%", "Alzheimer's type"]),

    # 38 - Bangladesh, Dhaka: diarrhoeal disease hospital admission and treatment record, cholera (Bengali)
    ("আইসিডিডিআর,বি ঢাকা হাসপাতাল, মহাখালী, ঢাকা-১২১২\n"
     "ডায়রিয়া চিকিৎসা রেকর্ড (ভর্তি) | তারিখ: ১২ বৈশাখ ১৪৩২ (২৫/০৪/২০২৫) | সময়: রাত ২:১৫ | রেজি. নং: DH-25-0473316\n"
     "রোগীর নাম: মোছাঃ রহিমা খাতুন | বয়স: ৩৪ বছর | স্বামী: মোঃ আবদুল করিম\n"
     "ঠিকানা: বাড়ি ১৪, রোড ৩, কামরাঙ্গীরচর, ঢাকা | গ্রামের বাড়ি: চরফ্যাশন, ভোলা\n"
     "মোবাইল: ০১৭১১-৫৫৫৪১৮ | এনআইডি: ১৯৯১২৬১৭৫২৪১৮৩০৯১\n"
     "পেশা: পোশাক শ্রমিক, রূপালী অ্যাপারেলস লিঃ, হাজারীবাগ\n"
     "অভিযোগ: ৮ ঘণ্টা ধরে চাল-ধোয়া পানির মতো পাতলা পায়খানা (২০ বারের বেশি) ও বমি। পহেলা বৈশাখের পর থেকে এলাকায় "
     "অনেকের ডায়রিয়া।\n"
     "পরীক্ষা: তীব্র পানিশূন্যতা - রেডিয়াল পালস পাওয়া যাচ্ছে না, চোখ বসে গেছে, চামড়া টানলে খুব ধীরে ফেরে। ওজন ৪৬ "
     "কেজি।\n"
     "চিকিৎসা: WHO প্ল্যান সি - রিঙ্গার্স ল্যাকটেট ১০০ মি.লি./কেজি (৪৬০০ মি.লি.) ৩ ঘণ্টায়, প্রথম ৩০ মি.লি./কেজি ৩০ "
     "মিনিটে। পালস ফিরে আসার পর ওআরএস। ডক্সিসাইক্লিন ৩০০ মি.গ্রা. একক মাত্রা।\n"
     "মল পরীক্ষা: ডার্ক-ফিল্ড মাইক্রোস্কোপিতে ক্রিয়াশীল জীবাণু; কালচারে Vibrio cholerae O1 (Ogawa)। সিরাম পটাশিয়াম "
     "৩.১ mmol/L।\n"
     "সঙ্গে আছেন বোন শাহনাজ বেগম (০১৮১৯-৫৫৫২৭৩); ছেলে রাফি বাড়িতে নানির কাছে।\n"
     "ছুটি: ২৭/০৪/২০২৫, ওআরএস প্যাকেট ও হাত ধোয়ার পরামর্শসহ।\n"
     "চিকিৎসক: ডাঃ তানজিলা হক (বিএমডিসি রেজি. নং এ-৭১৮২৬) | নার্স: সুমি আক্তার",
     [("HOSPITAL", ["আইসিডিডিআর,বি ঢাকা হাসপাতাল"]), ("LOCATION", ["মহাখালী"]), ("LOCATION", ["ঢাকা"]),
      ("POSTCODE", ["১২১২"]), ("DATE", ["১২ বৈশাখ ১৪৩২"]), ("DATE", ["২৫/০৪/২০২৫"]), ("MRN", ["DH-25-0473316"]),
      ("NAME", ["রহিমা খাতুন"]), ("NAME", ["আবদুল করিম"]), ("ADDRESS", ["বাড়ি ১৪, রোড ৩"]),
      ("LOCATION", ["কামরাঙ্গীরচর"]), ("LOCATION", ["চরফ্যাশন"]), ("LOCATION", ["ভোলা"]), ("PHONE", ["০১৭১১-৫৫৫৪১৮"]),
      ("ID", ["১৯৯১২৬১৭৫২৪১৮৩০৯১"]), ("LOCATION", ["রূপালী অ্যাপারেলস লিঃ"]), ("LOCATION", ["হাজারীবাগ"]),
      ("DATE", ["পহেলা বৈশাখ"]), ("NAME", ["শাহনাজ বেগম"]), ("PHONE", ["০১৮১৯-৫৫৫২৭৩"]), ("NAME", ["রাফি"]),
      ("DATE", ["২৭/০৪/২০২৫"]), ("NAME", ["তানজিলা হক"]), ("LICENCE", ["এ-৭১৮২৬"]), ("NAME", ["সুমি আক্তার"])],
     ["চাল-ধোয়া পানির মতো পাতলা পায়খানা", "তীব্র পানিশূন্যতা", "রেডিয়াল পালস পাওয়া যাচ্ছে না", "ওজন ৪৬ কেজি",
      "WHO প্ল্যান সি", "রিঙ্গার্স ল্যাকটেট", "১০০ মি.লি./কেজি", "ওআরএস", "ডক্সিসাইক্লিন ৩০০ মি.গ্রা.",
      "ডার্ক-ফিল্ড মাইক্রোস্কোপি", "Vibrio cholerae O1", "সিরাম পটাশিয়াম ৩.১ mmol/L"]),

    # 39 - Guam (Tamuning / Dededo): outpatient haemodialysis treatment record
    ("Marianas Kidney Care - Tamuning Dialysis Unit\n"
     "633 Gov. Carlos G. Camacho Rd, Tamuning, GU 96913 | (671) 555-0190\n"
     "HEMODIALYSIS TREATMENT RECORD | 07/21/2025 (Liberation Day - early shift moved to 05:30) | Station 7\n"
     "Patient: Vicente \"Ben\" Taitano Quitugua | 61 M | DOB 03/14/1964 | MRN MKC-004471 | Medicare MBI 7PK4-WD2-XN58\n"
     "Address: Lot 2209, Chalan Pale Duenas, Dededo, GU 96929 | Wife Rosalia, (671) 555-0148\n"
     "Ride: son Joseph (works at Andersen AFB) in their pickup, GU plate DCT 772\n"
     "Access: L brachiocephalic AVF - thrill and bruit present; two 16G needles, cannulated by FM.\n"
     "Machine: Fresenius 2008T, SN 8GWA47315, data link 10.71.4.23 | Dialyzer Optiflux F180NR | Bath 2K/2.5Ca | Qb 400 "
     "mL/min, Qd 600 mL/min\n"
     "Heparin 2,000 units bolus then 500 units/h. Pre-weight 88.4 kg; EDW 85.0 kg; UF goal 3.2 kg.\n"
     "05:40 BP 168/92, HR 78 - JSN\n"
     "06:40 BP 148/84, HR 80 - JSN\n"
     "07:40 BP 132/76, HR 84 - JSN\n"
     "08:40 BP 110/64, cramping both calves - UF off, NS 200 mL bolus; relieved - FM\n"
     "09:25 end of treatment; post-weight 85.6 kg; needles out, hemostasis 8 min - FM\n"
     "Monthly labs: Kt/V 1.3, URR 68%, Hgb 9.6 g/dL, K 5.8 mEq/L, phos 6.4 mg/dL, albumin 3.6 g/dL.\n"
     "Meds given: Epogen 4,000 units IV, Venofer 100 mg IV, calcitriol 0.5 mcg IV.\n"
     "Patient says he ate kelaguen and drank beer at the village fiesta in Dededo - diet reviewed. Next treatment "
     "07/23/2025.\n"
     "Nephrologist: Joleen Perez-Cruz, MD (NPI 1495720363)\n"
     "FM - Francine Mendiola, RN (Guam lic. RN-71836) | JSN - Jesse San Nicolas, PCT",
     [("HOSPITAL", ["Marianas Kidney Care"]), ("LOCATION", ["Tamuning"]),
      ("ADDRESS", ["633 Gov. Carlos G. Camacho Rd"]), ("POSTCODE", ["96913"]), ("PHONE", ["(671) 555-0190"]),
      ("DATE", ["07/21/2025"]), ("DATE", ["Liberation Day"]), ("NAME", ["Vicente", "Ben", "Taitano Quitugua"]),
      ("DATE", ["03/14/1964"]), ("MRN", ["MKC-004471"]), ("ID", ["7PK4-WD2-XN58"]),
      ("ADDRESS", ["Lot 2209, Chalan Pale Duenas"]), ("LOCATION", ["Dededo"]), ("POSTCODE", ["96929"]),
      ("NAME", ["Rosalia"]), ("PHONE", ["(671) 555-0148"]), ("NAME", ["Joseph"]), ("LOCATION", ["Andersen AFB"]),
      ("PLATE", ["DCT 772"]), ("SERIAL", ["8GWA47315"]), ("IP", ["10.71.4.23"]), ("DATE", ["07/23/2025"]),
      ("NAME", ["Joleen", "Perez-Cruz"]), ("ID", ["1495720363"]), ("NAME", ["Francine", "Mendiola", "FM"]),
      ("LICENCE", ["RN-71836"]), ("NAME", ["Jesse", "San Nicolas", "JSN"])],
     ["L brachiocephalic AVF", "thrill and bruit present", "Fresenius 2008T", "Optiflux F180NR", "2K/2.5Ca",
      "Qb 400 mL/min", "Heparin 2,000 units", "BP 168/92", "Kt/V 1.3", "URR 68%", "K 5.8 mEq/L", "Epogen 4,000 units",
      "Venofer 100 mg", "calcitriol 0.5 mcg"]),
]
