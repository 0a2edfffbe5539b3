"""Notes 12-23 of the fortieth HELD-OUT set (see :mod:`deid_notes_heldout40` for how it was written and what it
holds).

These 12 notes hold 413 planted identifier parts in 353 (kind, parts) entries and 130 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 12, a memory assessment service clinic letter for a patient aged 91,
with a bilingual Welsh and English letterhead and date (Anglesey); 14, an outpatient chemotherapy infusion treatment
record with an administration table and nurses' initials (Los Angeles, Koreatown); 16, a health visitor's new birth
visit record (Bristol, Somali family); 18, a code stroke proforma for a visitor from Chile (Calgary); 20, a bariatric
surgery multidisciplinary pre-operative assessment (Salt Lake Valley, Samoan patient); 21, a police custody healthcare
professional assessment of a Polish detainee (Co. Armagh); 22, a renal transplant clinic letter to the GP (Adelaide,
Lebanese-Australian patient); 23, a detailed fetal anomaly ultrasound report (Eastern Cape, Mthatha). In other scripts:
13, an IVF/ICSI stimulation cycle monitoring sheet with a monitoring table (Thessaloniki, Greek); 15, a long-term care
needs assessment for a client aged 90 (Hualien, traditional Chinese, Republic of China calendar dates); 17, a pre-travel
consultation and vaccination record (Nicosia, Cyprus, Greek); 19, a traditional Chinese medicine acupuncture clinic
record (Singapore, simplified Chinese). Identifiers include a health board and a hospital named after people (Betsi
Cadwaladr, Παπαγεωργίου, 陈笃生医院, Nelson Mandela, Frere), places that are ordinary words or names (Paradise, Murray,
Bethesda, East London, Santiago, Fan as a name), a matai title, a chapel, a primary school named after a person, a
bakery, a hawker centre, a church and a power company as workplaces, a postcode that looks like a year (2029), e-mail
addresses, an interpreter ID, insurance member IDs, a passport and vaccination certificate number, a chemotherapy pump
serial number, the plates of a private hire car, a family car and a detainee's car, a driving licence number and
professional registrations (GMC, NMC, AHPRA, HPCSA, CPSA, NRPSI, the Cyprus medical register, a Singapore TCM
registration). Where a real identifier has a check digit (NHS number, Greek AMKA, US NPI, Taiwan ID, Singapore NRIC,
Chilean RUT, Polish PESEL, Northern Ireland H&C number, Australian Medicare and IHI, South African ID) the planted one
passes it. Entries per kind here: NAME 97, DATE 65, LOCATION 58, HOSPITAL 31, ID 24, PHONE 18, ADDRESS 18, POSTCODE 17,
LICENCE 10, MRN 5, EMAIL 4, PLATE 3, AGE 2, SERIAL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Wales, Anglesey (Ynys Môn): memory assessment service clinic letter, patient aged 91
    ("Betsi Cadwaladr University Health Board / Bwrdd Iechyd Prifysgol Betsi Cadwaladr\n"
     "Memory Assessment Service (Ynys Môn), Ysbyty Penrhos Stanley, Holyhead LL65 2QA | Tel 01407 766418\n"
     "\n"
     "Dyddiad / Date: 21 Tachwedd 2025 / 21 November 2025\n"
     "\n"
     "Dr Iolo ap Dafydd\n"
     "Meddygfa Cefni, Llangefni\n"
     "\n"
     "Dear Dr ap Dafydd,\n"
     "Re: Mrs Myfanwy Eluned Hughes-Parry (\"Nain Fan\" to the family), aged 91, DOB 09/05/1934, NHS No. 672 418 "
     "3057\n"
     "Bryn Awel, Ffordd Tŷ Mawr, Llannerch-y-medd LL71 8AB\n"
     "\n"
     "I saw Mrs Hughes-Parry in clinic on Tuesday 18th November with her son Huw Parry and daughter-in-law Nia. We "
     "did the assessment in Welsh, her first language.\n"
     "History: about 18 months of gradual forgetfulness - repeating questions, twice missed the Sunday service at "
     "Capel Bethesda because she thought it was Saturday, left the Rayburn on. No hallucinations, no falls, no REM "
     "sleep behaviour disorder. She taught at Ysgol Gynradd Llannerch-y-medd from 1956 until she retired in 1994 "
     "and is still word-perfect in the hymns. Widowed in 1998; stopped driving in 2016. Lives alone; Huw farms at "
     "Bodorgan and calls in daily, and her granddaughter Catrin is a staff nurse in Cardiff.\n"
     "Cognition (in Welsh): ACE-III 71/100 (attention 15/18, memory 12/26, fluency 7/14, language 23/26, "
     "visuospatial 14/16). Clock drawing 3/5. 4AT 0. GDS-15 3/15.\n"
     "CT head (Ysbyty Gwynedd, 04/11/2025): generalised atrophy with mesial temporal predominance, Fazekas grade 2 "
     "small vessel change, no infarct or mass.\n"
     "Bloods: B12, folate, TFTs and calcium normal; eGFR 48.\n"
     "Diagnosis: mild dementia, mixed Alzheimer's disease and vascular.\n"
     "Plan: donepezil 5 mg nocte for 4 weeks, then 10 mg if tolerated (pulse 72, ECG sinus rhythm). Lasting Power of "
     "Attorney discussed - Huw will apply. Our dementia support worker, Sioned Bowen (SB), will visit at home. I "
     "will see her again in May.\n"
     "\n"
     "Yn gywir / Yours sincerely,\n"
     "Dr Rhodri Wyn Jones-Ellis, Consultant Old Age Psychiatrist, GMC 4718273\n"
     "cc: Mrs M. E. Hughes-Parry; SB",
     [("HOSPITAL", ["Betsi Cadwaladr University Health Board"]),
      ("HOSPITAL", ["Bwrdd Iechyd Prifysgol Betsi Cadwaladr"]), ("LOCATION", ["Ynys Môn"]),
      ("HOSPITAL", ["Ysbyty Penrhos Stanley"]), ("LOCATION", ["Holyhead"]), ("POSTCODE", ["LL65 2QA"]),
      ("PHONE", ["01407 766418"]), ("DATE", ["21 Tachwedd 2025"]), ("DATE", ["21 November 2025"]),
      ("NAME", ["Iolo", "ap Dafydd"]), ("HOSPITAL", ["Meddygfa Cefni"]), ("LOCATION", ["Llangefni"]),
      ("NAME", ["Myfanwy", "Eluned", "Hughes-Parry"]), ("NAME", ["Fan"]), ("AGE", ["aged 91"]),
      ("DATE", ["09/05/1934"]), ("ID", ["672 418 3057"]), ("ADDRESS", ["Bryn Awel", "Ffordd Tŷ Mawr"]),
      ("LOCATION", ["Llannerch-y-medd"]), ("POSTCODE", ["LL71 8AB"]), ("DATE", ["18th November"]),
      ("NAME", ["Huw", "Parry"]), ("NAME", ["Nia"]), ("LOCATION", ["Capel Bethesda"]),
      ("LOCATION", ["Ysgol Gynradd Llannerch-y-medd"]), ("DATE", ["1956"]), ("DATE", ["1994"]), ("DATE", ["1998"]),
      ("DATE", ["2016"]), ("LOCATION", ["Bodorgan"]), ("NAME", ["Catrin"]), ("LOCATION", ["Cardiff"]),
      ("HOSPITAL", ["Ysbyty Gwynedd"]), ("DATE", ["04/11/2025"]), ("NAME", ["Sioned", "Bowen"]), ("NAME", ["SB"]),
      ("DATE", ["May"]), ("NAME", ["Rhodri Wyn", "Jones-Ellis"]), ("LICENCE", ["4718273"])],
     ["REM sleep behaviour disorder", "ACE-III 71/100", "memory 12/26", "Clock drawing 3/5", "4AT 0", "GDS-15 3/15",
      "Fazekas grade 2", "Alzheimer's disease", "donepezil 5 mg nocte", "Lasting Power of Attorney", "B12"]),

    # 13 - Greece, Central Macedonia (Thessaloniki): IVF/ICSI stimulation cycle monitoring sheet (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ «ΙΠΠΟΚΡΑΤΕΙΟ»\n"
     "Μονάδα Ιατρικώς Υποβοηθούμενης Αναπαραγωγής (ΜΙΥΑ)\n"
     "Κωνσταντινουπόλεως 49, 546 42 Θεσσαλονίκη | τηλ. 2313 312 650 | miya.lab@ippokrateio-thess.gr\n"
     "ΦΥΛΛΟ ΠΑΡΑΚΟΛΟΥΘΗΣΗΣ ΚΥΚΛΟΥ ΕΞΩΣΩΜΑΤΙΚΗΣ (ICSI) – 2ος κύκλος\n"
     "Γυναίκα: Δέσποινα Καραγιαννίδου του Παύλου, γεν. 22/02/1990, ΑΜΚΑ 22021990415\n"
     "Σύζυγος: Νικόλαος (Νίκος) Τσολάκης, γεν. 06/10/1995, ΑΜΚΑ 06101995535\n"
     "Διεύθυνση: Μεταμορφώσεως 12, Καλαμαριά – κιν. 694 731 2208\n"
     "Αρ. φακέλου: ΜΙΥΑ-2025/0418\n"
     "Ιστορικό: υπογονιμότητα 3 ετών· ενδομητρίωση σταδίου ΙΙΙ (λαπαροσκόπηση στο Παπαγεωργίου, Μάιος 2023). "
     "AMH 0,9 ng/mL, AFC 7. Σπερμοδιάγραμμα συζύγου: ολιγοασθενοζωοσπερμία (κριτήρια WHO 2021). 1ος κύκλος "
     "(Φεβρουάριος 2025): 4 ωάρια, κανένα έμβρυο δεν έφτασε σε βλαστοκύστη.\n"
     "Πρωτόκολλο ανταγωνιστή GnRH: Gonal-f 300 IU + Menopur 150 IU από την 1η ημέρα του κύκλου (28/10), Cetrotide "
     "0,25 mg από την 6η ημέρα.\n"
     "| Ημ/νία | Ημ. διέγερσης | E2 (pg/mL) | Ωοθυλάκια ≥14 mm | Σχόλιο | Υπογρ. |\n"
     "| 02/11 | 6 | 640 | 2 | έναρξη Cetrotide | Α.Π. |\n"
     "| 04/11 | 8 | 1320 | 5 | – | Α.Π. |\n"
     "| 06/11 | 10 | 2180 | 8 | πυροδότηση Ovitrelle 250 µg στις 22:30 | Θ.Ζ. |\n"
     "Ωοληψία 08/11/2025 υπό μέθη: 9 ωάρια (7 MII). ICSI: 6 γονιμοποιήθηκαν (2PN).\n"
     "Ημέρα 5 (13/11): 2 βλαστοκύστεις, Gardner 4AA και 3BB – μεταφορά μίας (4AA), υαλοποίηση της άλλης.\n"
     "Αγωγή: προγεστερόνη κολπικά 200 mg x3 (Utrogestan). Κίνδυνος OHSS χαμηλός.\n"
     "β-hCG: 24 Νοεμβρίου.\n"
     "Ειδικευόμενη: Αθηνά Πολυχρονίου (Α.Π.) | Εμβρυολόγος: Ελευθερία (Ρία) Μπακάλη\n"
     "Υπεύθυνη ιατρός: Θεοδώρα Ζαφειρίου-Λαζαρίδη (Θ.Ζ.), Μαιευτήρας-Γυναικολόγος",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΘΕΣΣΑΛΟΝΙΚΗΣ"]), ("HOSPITAL", ["ΙΠΠΟΚΡΑΤΕΙΟ"]),
      ("ADDRESS", ["Κωνσταντινουπόλεως 49"]), ("POSTCODE", ["546 42"]), ("LOCATION", ["Θεσσαλονίκη"]),
      ("PHONE", ["2313 312 650"]), ("EMAIL", ["miya.lab@ippokrateio-thess.gr"]),
      ("NAME", ["Δέσποινα", "Καραγιαννίδου"]), ("NAME", ["Παύλου"]), ("DATE", ["22/02/1990"]),
      ("ID", ["22021990415"]), ("NAME", ["Νικόλαος", "Τσολάκης"]), ("NAME", ["Νίκος"]), ("DATE", ["06/10/1995"]),
      ("ID", ["06101995535"]), ("ADDRESS", ["Μεταμορφώσεως 12"]), ("LOCATION", ["Καλαμαριά"]),
      ("PHONE", ["694 731 2208"]), ("MRN", ["ΜΙΥΑ-2025/0418"]), ("HOSPITAL", ["Παπαγεωργίου"]),
      ("DATE", ["Μάιος 2023"]), ("DATE", ["Φεβρουάριος 2025"]), ("DATE", ["28/10"]), ("DATE", ["02/11"]),
      ("DATE", ["04/11"]), ("DATE", ["06/11"]), ("NAME", ["Α.Π."]), ("NAME", ["Θ.Ζ."]), ("DATE", ["08/11/2025"]),
      ("DATE", ["13/11"]), ("DATE", ["24 Νοεμβρίου"]), ("NAME", ["Αθηνά", "Πολυχρονίου"]),
      ("NAME", ["Ελευθερία", "Μπακάλη"]), ("NAME", ["Ρία"]), ("NAME", ["Θεοδώρα", "Ζαφειρίου-Λαζαρίδη"])],
     ["ενδομητρίωση σταδίου ΙΙΙ", "AMH 0,9 ng/mL", "AFC 7", "κριτήρια WHO 2021", "Gonal-f 300 IU",
      "Menopur 150 IU", "Cetrotide", "Ovitrelle 250 µg", "ICSI", "Gardner 4AA", "Utrogestan", "OHSS"]),

    # 14 - USA, California (Los Angeles, Koreatown): outpatient chemotherapy infusion treatment record, FLOT
    ("Wilshire Oncology & Infusion Center\n"
     "3600 Wilshire Blvd, Suite 418, Los Angeles, CA 90010 | (213) 555-0174\n"
     "CHEMOTHERAPY TREATMENT RECORD - FLOT Cycle 3 Day 1 | 11/18/2025\n"
     "Patient: Daniel Sung-min Cho | DOB 03/22/1971 | 54 M | MRN WOC-2287419 | CA DL D5092718 (ID checked)\n"
     "Ins: Blue Shield of California PPO, member ID XEA903617254\n"
     "Dx: gastric adenocarcinoma (GE junction, Siewert II), cT3N1M0, HER2 negative (IHC 1+), PD-L1 CPS 6 - "
     "perioperative FLOT; surgery planned at Cedars-Sinai after C4.\n"
     "Oncologist: Helen Yoo-Marquez, MD | NPI 1482739061\n"
     "Ht 172 cm, Wt 76.2 kg (-1.1 kg since C2), BSA 1.91 m²\n"
     "Pre-checks: ECOG 1; CTCAE grade 1 peripheral neuropathy (cold-induced, fingertips); no mucositis. ANC 1.6, plt "
     "142, Hb 11.4, Cr 0.9, bili 0.6 - OK to treat per Dr. Yoo-Marquez (verbal 09:05, co-signed).\n"
     "| Time | Drug / dose | Route | RN | 2nd check |\n"
     "| 09:40 | ondansetron 16 mg + dexamethasone 12 mg | IV | JKL | - |\n"
     "| 10:05 | docetaxel 96 mg (50 mg/m²) in 250 mL NS | IV over 1 h | JKL | MT |\n"
     "| 11:10 | oxaliplatin 162 mg (85 mg/m²) in D5W | IV over 2 h | JKL | MT |\n"
     "| 11:10 | leucovorin 382 mg (200 mg/m²) | IV over 2 h, Y-site | JKL | MT |\n"
     "| 13:20 | fluorouracil 4966 mg (2600 mg/m²) over 24 h, CADD-Solis pump SN 73306150 | port | MT | JKL |\n"
     "Port R chest: good blood return, dressing changed. Tolerated well, no reaction.\n"
     "Pump disconnect 11/19 at 13:20 at home by the Angel Home Infusion nurse. Neulasta Onpro applied L arm.\n"
     "Teaching: no cold drinks or ice x 5 days (oxaliplatin). Wife Eunice Cho (213-555-0139) present. His mother, "
     "Cho Soon-ja, speaks Korean only and calls the nurse line - LanguageLine Korean interpreter ID 60294 used.\n"
     "Next: C4D1 12/02/2025, the week after Thanksgiving; restaging CT 12/16.\n"
     "RNs: Jennifer Kang-Lim, RN, OCN (JKL); Mateo Torres, RN (MT)",
     [("HOSPITAL", ["Wilshire Oncology & Infusion Center"]), ("ADDRESS", ["3600 Wilshire Blvd, Suite 418"]),
      ("LOCATION", ["Los Angeles"]), ("POSTCODE", ["90010"]), ("PHONE", ["(213) 555-0174"]),
      ("DATE", ["11/18/2025"]), ("NAME", ["Daniel", "Sung-min", "Cho"]), ("DATE", ["03/22/1971"]),
      ("MRN", ["WOC-2287419"]), ("LICENCE", ["D5092718"]), ("ID", ["XEA903617254"]), ("HOSPITAL", ["Cedars-Sinai"]),
      ("NAME", ["Helen", "Yoo-Marquez"]), ("ID", ["1482739061"]), ("NAME", ["JKL"]), ("NAME", ["MT"]),
      ("SERIAL", ["73306150"]), ("DATE", ["11/19"]), ("HOSPITAL", ["Angel Home Infusion"]),
      ("NAME", ["Eunice", "Cho"]), ("PHONE", ["213-555-0139"]), ("NAME", ["Cho", "Soon-ja"]), ("ID", ["60294"]),
      ("DATE", ["12/02/2025"]), ("DATE", ["Thanksgiving"]), ("DATE", ["12/16"]), ("NAME", ["Jennifer", "Kang-Lim"]),
      ("NAME", ["Mateo", "Torres"])],
     ["FLOT", "Siewert II", "HER2 negative (IHC 1+)", "PD-L1 CPS 6", "BSA 1.91 m²", "ECOG 1",
      "CTCAE grade 1 peripheral neuropathy", "docetaxel 96 mg (50 mg/m²)", "oxaliplatin 162 mg (85 mg/m²)",
      "fluorouracil 4966 mg (2600 mg/m²)", "CADD-Solis", "Neulasta Onpro"]),

    # 15 - Taiwan, Hualien County: long-term care needs assessment, client aged 90 (traditional Chinese)
    ("花蓮縣長期照顧管理中心\n"
     "長期照顧需要評估紀錄（照顧管理評估量表）\n"
     "評估日期：民國114年11月5日（週三）上午10時　評估地點：個案住家\n"
     "地址：花蓮縣吉安鄉仁安村福興路88巷12號\n"
     "個案：林阿嬌　女　90歲　民國24年3月2日生　身分證統一編號：U220418375\n"
     "電話：03-852-4183；女兒手機 0937-602-551\n"
     "主要照顧者：女兒 林美惠（同住，退休國小老師）；另有印尼籍看護工 Siti Rahayu（今年7月來台）。\n"
     "其他家屬：兒子 林志明 住臺北市內湖區，每月回來一次。\n"
     "病史：高血壓；失智症（民國111年於門諾醫院神經內科診斷，Donepezil 5 mg qd）；民國108年右髖骨骨折術後；"
     "去年中秋後反覆泌尿道感染。\n"
     "｜項目｜結果｜\n"
     "｜巴氏量表 ADL｜35分（進食、移位需協助）｜\n"
     "｜工具性日常生活活動 IADL｜1分｜\n"
     "｜SPMSQ｜錯5題（中度認知障礙）｜\n"
     "｜Braden 壓傷風險量表｜14分（薦骨1級壓傷）｜\n"
     "｜跌倒｜近半年2次｜\n"
     "長照需要等級：CMS 第6級\n"
     "建議服務：居家照顧服務（每週3次協助沐浴）、居家護理（壓傷換藥）、輔具（氣墊床、移位腰帶）、喘息服務；"
     "交通接送至門諾醫院回診（11月19日神經內科陳醫師）。\n"
     "個案表示：「我90歲了，不要去住養護中心。」\n"
     "照管專員：王怡君（WYC）　督導：黃淑芬",
     [("HOSPITAL", ["花蓮縣長期照顧管理中心"]), ("LOCATION", ["花蓮縣"]), ("DATE", ["民國114年11月5日"]),
      ("LOCATION", ["吉安鄉"]), ("LOCATION", ["仁安村"]), ("ADDRESS", ["福興路88巷12號"]), ("NAME", ["林阿嬌"]),
      ("AGE", ["90歲"]), ("DATE", ["民國24年3月2日"]), ("ID", ["U220418375"]), ("PHONE", ["03-852-4183"]),
      ("PHONE", ["0937-602-551"]), ("NAME", ["林美惠"]), ("NAME", ["Siti", "Rahayu"]), ("DATE", ["今年7月"]),
      ("NAME", ["林志明"]), ("LOCATION", ["臺北市"]), ("LOCATION", ["內湖區"]), ("DATE", ["民國111年"]),
      ("HOSPITAL", ["門諾醫院"]), ("DATE", ["民國108年"]), ("DATE", ["中秋"]), ("DATE", ["11月19日"]), ("NAME", ["陳"]),
      ("NAME", ["王怡君"]), ("NAME", ["WYC"]), ("NAME", ["黃淑芬"])],
     ["失智症", "Donepezil 5 mg qd", "右髖骨骨折", "巴氏量表 ADL", "IADL", "SPMSQ", "Braden 壓傷風險量表", "薦骨1級壓傷",
      "CMS 第6級", "氣墊床"]),

    # 16 - England, Bristol (Easton): health visitor new birth visit record, Somali family
    ("Sirona care & health - Health Visiting Team, Easton & Lawrence Hill\n"
     "NEW BIRTH VISIT (day 12) | 14/11/2025 | home visit, Somali interpreter by phone (Language Line ID 582093)\n"
     "Baby: Ayaan Abdiweli Jama | F | born 02/11/2025 03:48 at Southmead Hospital, SVD at 39+2 | NHS 720 481 7362\n"
     "Mother: Hodan Abdirahman Warsame | 31 | NHS 485 777 3104 | P3\n"
     "Address: Flat 4, 27 Stapleton Road, Easton, Bristol BS5 0QR | mum's mobile 07700 900 627\n"
     "Father: Abdiweli Mohamed Jama, private hire driver (car YK19 XTN) - at work during the visit.\n"
     "Siblings: Abdirahman (6, Hannah More Primary School) and Sumaya (3, nursery). Baby's ayeeyo, Faadumo, is "
     "staying from Hargeisa until the new year and helps with the older two.\n"
     "GP: Lawrence Hill Health Centre - registered.\n"
     "Baby: birth weight 3.56 kg; today 3.48 kg (-2%). Exclusively breastfed, 8-10 feeds/24 h, good latch seen. "
     "6+ wet nappies, yellow stools. Cord separated. Mild jaundice at day 4 - now resolved. Newborn blood spot taken "
     "day 5 (results normal); NIPE done at Southmead - hips normal, red reflex present both eyes.\n"
     "Mum: EPDS 6; sleeping when baby sleeps; perineum healing. FGM-IS alert is on the baby's record (maternity "
     "documented maternal FGM) - discussed in line with the team's safeguarding guidance; mum says the family does "
     "not want it for their daughters.\n"
     "Advice: safe sleep (Lullaby Trust), car seat, Vitamin D 400 IU daily from 1 month if breastfed (Healthy Start "
     "vitamins), BCG - eligible, appointment 28 Nov at the community clinic.\n"
     "Next: 6-8 week review 22/12/2025 at the clinic; ASQ-3 at 9-12 months.\n"
     "Bethan Rees, SCPHN (HV), NMC 09I4182E - BR",
     [("HOSPITAL", ["Sirona care & health"]), ("LOCATION", ["Easton"]), ("LOCATION", ["Lawrence Hill"]),
      ("DATE", ["14/11/2025"]), ("ID", ["582093"]), ("NAME", ["Ayaan", "Abdiweli", "Jama"]), ("DATE", ["02/11/2025"]),
      ("HOSPITAL", ["Southmead Hospital"]), ("ID", ["720 481 7362"]), ("NAME", ["Hodan", "Abdirahman", "Warsame"]),
      ("ID", ["485 777 3104"]), ("ADDRESS", ["Flat 4, 27 Stapleton Road"]), ("LOCATION", ["Bristol"]),
      ("POSTCODE", ["BS5 0QR"]), ("PHONE", ["07700 900 627"]), ("NAME", ["Abdiweli", "Mohamed", "Jama"]),
      ("PLATE", ["YK19 XTN"]), ("NAME", ["Abdirahman"]), ("LOCATION", ["Hannah More Primary School"]),
      ("NAME", ["Sumaya"]), ("NAME", ["Faadumo"]), ("LOCATION", ["Hargeisa"]),
      ("HOSPITAL", ["Lawrence Hill Health Centre"]), ("LOCATION", ["Southmead"]), ("DATE", ["28 Nov"]),
      ("DATE", ["22/12/2025"]), ("NAME", ["Bethan", "Rees"]), ("LICENCE", ["09I4182E"]), ("NAME", ["BR"])],
     ["39+2", "birth weight 3.56 kg", "Exclusively breastfed", "Newborn blood spot", "NIPE", "red reflex", "EPDS 6",
      "FGM-IS", "Lullaby Trust", "Vitamin D 400 IU", "BCG", "ASQ-3"]),

    # 17 - Cyprus, Nicosia District: pre-travel consultation and vaccination record (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΥΚΩΣΙΑΣ – Ιατρείο Ταξιδιωτικής Ιατρικής και Εμβολιασμών\n"
     "Λεωφόρος Λεμεσού 215, 2029 Στρόβολος, Λευκωσία | τηλ. 22 603950\n"
     "ΣΥΜΒΟΥΛΕΥΤΙΚΗ ΠΡΙΝ ΑΠΟ ΤΑΞΙΔΙ – Ημερομηνία: 20/11/2025\n"
     "Όνομα: Χαράλαμπος (Μπάμπης) Κυριακίδης | 39 ετών | Αρ. Δελτίου Ταυτότητας 1041827 | Διαβατήριο K07736125\n"
     "Διεύθυνση: Αρχιεπισκόπου Μακαρίου Γ΄ 44, 2324 Λακατάμια | κιν. 99 582614 | bkyriakides@cytanet-mail.com.cy\n"
     "Ταξίδι: πολιτικός μηχανικός της «Χατζηπαύλου Κατασκευαστική Λτδ», εργοτάξιο λιμανιού στην Τέμα (Γκάνα). "
     "Αναχώρηση 3 Δεκεμβρίου, επιστροφή αρχές Μαρτίου· ένα Σαββατοκύριακο στο Κέιπ Κόουστ. Αγροτικές περιοχές: όχι.\n"
     "Ιστορικό: β-θαλασσαιμικό στίγμα· G6PD φυσιολογικό (έλεγχος στο στρατό). Χωρίς αλλεργίες. Δεν έχει κάνει ποτέ "
     "εμβόλιο κίτρινου πυρετού.\n"
     "| Εμβόλιο | Άκρο | Νοσ. |\n"
     "| Stamaril (κίτρινος πυρετός) | Α δελτοειδής | Κ.Χ. |\n"
     "| Typhim Vi | Δ δελτοειδής | Κ.Χ. |\n"
     "| Havrix 1440 (ηπατίτιδα Α) | Δ δελτοειδής | Κ.Χ. |\n"
     "| Verorab (λύσσα, PrEP ημ. 0) | Α δελτοειδής | Κ.Χ. |\n"
     "Εκδόθηκε Διεθνές Πιστοποιητικό Εμβολιασμού (ICVP), αρ. CY-YF-25-04183.\n"
     "Ελονοσία: ατοβακουόνη/προγουανίλη (Malarone 250/100 mg) 1 δισκίο ημερησίως, από 1-2 ημέρες πριν την άφιξη έως 7 "
     "ημέρες μετά την αναχώρηση· DEET 50%, κουνουπιέρα. Οδηγίες για διάρροια ταξιδιωτών.\n"
     "Verorab ημ. 7: 27/11/2025.\n"
     "Η σύζυγος Έλενα (δεν ταξιδεύει) ρώτησε τηλεφωνικά για τα εμβόλια.\n"
     "Ιατρός: Δρ Ανδρούλλα Παντελή-Ιωάννου, Λοιμωξιολόγος, Αρ. Εγγραφής ΙΣΚ 2957",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΥΚΩΣΙΑΣ"]), ("ADDRESS", ["Λεωφόρος Λεμεσού 215"]), ("POSTCODE", ["2029"]),
      ("LOCATION", ["Στρόβολος"]), ("LOCATION", ["Λευκωσία"]), ("PHONE", ["22 603950"]), ("DATE", ["20/11/2025"]),
      ("NAME", ["Χαράλαμπος", "Κυριακίδης"]), ("NAME", ["Μπάμπης"]), ("ID", ["1041827"]), ("ID", ["K07736125"]),
      ("ADDRESS", ["Αρχιεπισκόπου Μακαρίου Γ΄ 44"]), ("POSTCODE", ["2324"]), ("LOCATION", ["Λακατάμια"]),
      ("PHONE", ["99 582614"]), ("EMAIL", ["bkyriakides@cytanet-mail.com.cy"]),
      ("LOCATION", ["Χατζηπαύλου Κατασκευαστική Λτδ"]), ("LOCATION", ["Τέμα"]), ("DATE", ["3 Δεκεμβρίου"]),
      ("DATE", ["αρχές Μαρτίου"]), ("LOCATION", ["Κέιπ Κόουστ"]), ("NAME", ["Κ.Χ."]), ("ID", ["CY-YF-25-04183"]),
      ("DATE", ["27/11/2025"]), ("NAME", ["Έλενα"]), ("NAME", ["Ανδρούλλα", "Παντελή-Ιωάννου"]),
      ("LICENCE", ["2957"])],
     ["β-θαλασσαιμικό στίγμα", "G6PD", "Stamaril", "Typhim Vi", "Havrix 1440", "Verorab", "ICVP",
      "Malarone 250/100 mg", "DEET 50%"]),

    # 18 - Canada, Alberta (Calgary): code stroke proforma, visitor from Chile
    ("Foothills Medical Centre - Calgary Stroke Program\n"
     "CODE STROKE PROFORMA | 2025-11-23 | EMS pre-notification 13:52, door 14:06\n"
     "Patient: José Ignacio Fuentealba Riquelme | 66 M | DOB 1959-04-12 | visitor from Temuco, Chile, here since "
     "Oct 30 - no Alberta coverage; travel insurance policy AC-CL-7741852; Chilean RUT 9.874.215-8\n"
     "LKW 13:15 at his daughter's home, 124 Panorama Hills Way NW, Calgary T3K 0R3 - witnessed by daughter Javiera "
     "Fuentealba Soto (403-555-0147), who followed the ambulance in her car (AB plate CKR-4183).\n"
     "Spanish only; daughter interpreted until the staff interpreter, Ximena Ortúzar, arrived at 14:20.\n"
     "PMH: HTN (losartan 50 mg), T2DM (metformin), ex-smoker. No anticoagulants.\n"
     "Exam 14:09: BP 176/98, glucose 8.2, R face/arm/leg weakness, global aphasia, L gaze preference. NIHSS 14.\n"
     "CT 14:15: ASPECTS 9, no haemorrhage. Multiphase CTA: L M1 occlusion, good collaterals.\n"
     "Tenecteplase 0.25 mg/kg (20 mg) IV bolus 14:24 - DTN 18 min. BP kept < 180/105.\n"
     "EVT decision 14:30 (FOL/ASH); groin puncture 14:52; mTICI 2c after 1 pass at 15:20.\n"
     "24 h: NIHSS 3; no sICH on follow-up CT.\n"
     "Wife Carmen Gloria Soto flies in from Santiago on Nov 25; son Matías stays in Temuco.\n"
     "Stroke neurologist: Dr. Aparna Subramaniam-Hughes (ASH) | CPSA 024183\n"
     "Stroke fellow: Dr. Felipe Okoro-Lindqvist (FOL) | Code stroke RN: Kaylee Brandt (KB)",
     [("HOSPITAL", ["Foothills Medical Centre"]), ("LOCATION", ["Calgary"]), ("DATE", ["2025-11-23"]),
      ("NAME", ["José Ignacio", "Fuentealba", "Riquelme"]), ("DATE", ["1959-04-12"]), ("LOCATION", ["Temuco"]),
      ("DATE", ["Oct 30"]), ("ID", ["AC-CL-7741852"]), ("ID", ["9.874.215-8"]),
      ("ADDRESS", ["124 Panorama Hills Way NW"]), ("POSTCODE", ["T3K 0R3"]),
      ("NAME", ["Javiera", "Fuentealba", "Soto"]),
      ("PHONE", ["403-555-0147"]), ("PLATE", ["CKR-4183"]), ("NAME", ["Ximena", "Ortúzar"]), ("NAME", ["FOL"]),
      ("NAME", ["ASH"]), ("NAME", ["Carmen Gloria", "Soto"]), ("LOCATION", ["Santiago"]), ("DATE", ["Nov 25"]),
      ("NAME", ["Matías"]), ("NAME", ["Aparna", "Subramaniam-Hughes"]), ("LICENCE", ["024183"]),
      ("NAME", ["Felipe", "Okoro-Lindqvist"]), ("NAME", ["Kaylee", "Brandt"]), ("NAME", ["KB"])],
     ["losartan 50 mg", "global aphasia", "NIHSS 14", "ASPECTS 9", "L M1 occlusion", "Tenecteplase 0.25 mg/kg",
      "DTN 18 min", "BP kept < 180/105", "mTICI 2c", "sICH"]),

    # 19 - Singapore (Toa Payoh): traditional Chinese medicine acupuncture clinic record (simplified Chinese)
    ("仁心中医诊所（大巴窑）\n"
     "大巴窑8巷 第175座 #01-418 新加坡邮区310175　电话：6254 1837\n"
     "针灸门诊病历　就诊日期：2025年11月12日（复诊第3次）\n"
     "姓名：郑亚妹（Tay Ah Moi）　性别：女　年龄：55岁　NRIC：S7046218D\n"
     "住址：大巴窑4巷 第84座 #12-173 邮区310084　手机：9720 3361\n"
     "职业：杂饭摊主（大巴窑东熟食中心）\n"
     "主诉：腰痛伴右下肢放射痛2个月，久站加重。\n"
     "现病史：2025年9月搬货时扭伤。陈笃生医院MRI示L4/5椎间盘突出，压迫右L5神经根；服Arcoxia 90 mg后胃不适，已停药。\n"
     "舌脉：舌淡暗，苔薄白；脉弦细。\n"
     "查体：直腿抬高试验右40°（+）；VAS 6/10（初诊8/10）。\n"
     "中医诊断：腰痛病（气滞血瘀，兼肝肾不足）　西医诊断：腰椎间盘突出症\n"
     "治疗：针刺肾俞、大肠俞、腰阳关、环跳、委中、阳陵泉、昆仑（右侧）；电针20分钟；TDP照射。\n"
     "中药：独活寄生汤加减，7剂，每日1剂，分2次温服。\n"
     "医嘱：避免弯腰搬重物；如出现大小便失禁或下肢无力加重，立即到急症室。\n"
     "女儿黄丽珊陪同，代为预约：lishan.huang88@mailbox.sg\n"
     "下次复诊：11月19日\n"
     "注册中医师：陈俊豪（TCM Reg. A04183J）　助理：LMY",
     [("HOSPITAL", ["仁心中医诊所"]), ("LOCATION", ["大巴窑"]), ("ADDRESS", ["8巷 第175座 #01-418"]),
      ("POSTCODE", ["310175"]), ("PHONE", ["6254 1837"]), ("DATE", ["2025年11月12日"]), ("NAME", ["郑亚妹"]),
      ("NAME", ["Tay", "Ah Moi"]), ("ID", ["S7046218D"]), ("ADDRESS", ["4巷 第84座 #12-173"]), ("POSTCODE", ["310084"]),
      ("PHONE", ["9720 3361"]), ("LOCATION", ["大巴窑东熟食中心"]), ("DATE", ["2025年9月"]), ("HOSPITAL", ["陈笃生医院"]),
      ("NAME", ["黄丽珊"]), ("EMAIL", ["lishan.huang88@mailbox.sg"]), ("DATE", ["11月19日"]), ("NAME", ["陈俊豪"]),
      ("LICENCE", ["A04183J"]), ("NAME", ["LMY"])],
     ["L4/5椎间盘突出", "Arcoxia 90 mg", "舌淡暗，苔薄白", "脉弦细", "直腿抬高试验右40°", "VAS 6/10", "腰椎间盘突出症",
      "肾俞", "委中", "昆仑", "电针20分钟", "独活寄生汤"]),

    # 20 - USA, Utah (Salt Lake Valley): bariatric surgery multidisciplinary pre-operative assessment, Samoan patient
    ("Intermountain Medical Center - Bariatric Surgery Program\n"
     "5121 S Cottonwood St, Murray, UT 84107\n"
     "BARIATRIC SURGERY PRE-OPERATIVE ASSESSMENT (MDT) | 12/03/2025\n"
     "Patient: Ioane Lealaiauloto Sapolu | 44 M | DOB 02/14/1981 | MRN IMC-30418276 | SelectHealth member "
     "957201846\n"
     "Address: 4183 S 2700 W, West Valley City, UT 84119 | cell 801-555-0193 | ioane.sapolu81@gmail.com\n"
     "Referred by: Dr. Lani Fonoti-Christensen, Kearns Family Clinic\n"
     "Social: lineman for Rocky Mountain Power; married to Losa; 5 children; deacon at the Samoan Congregational "
     "Christian Church in Taylorsville - Sunday to'ona'i is the big meal of the week. His father holds the matai "
     "title Leota in Falealupo, Savai'i.\n"
     "Hx: obesity since his teens; T2DM, HbA1c 8.1%, on metformin 1000 mg BID + semaglutide (Ozempic) 1 mg weekly "
     "since March 2024 (lost 9 kg, then plateaued); HTN; OSA on CPAP (AHI 46 on the 2023 study); GERD; knee OA. "
     "Brother died of an MI at 49.\n"
     "Wt 162.4 kg, Ht 176 cm, BMI 52.4, neck 48 cm. STOP-BANG 7.\n"
     "EGD 11/10/2025 (Dr. Ruth Amituanai): LA grade B esophagitis, 2 cm hiatal hernia, H. pylori negative on "
     "biopsy.\n"
     "Psychology (K. Whitehorse, PhD): cleared, binge-eating screen negative. Dietitian (A. Soliai, RD): 6 sessions "
     "done; 2-week pre-op liquid diet.\n"
     "Plan: Roux-en-Y gastric bypass rather than sleeve gastrectomy (GERD with esophagitis). Hold semaglutide 1 week "
     "pre-op (aspiration risk). Surgery 01/12/2026. Pre-op vitamin D, B12, ferritin, iron studies.\n"
     "Surgeon: Tavita Matagi-Holbrook, MD, FACS | NPI 1628405734",
     [("HOSPITAL", ["Intermountain Medical Center"]), ("ADDRESS", ["5121 S Cottonwood St"]), ("LOCATION", ["Murray"]),
      ("POSTCODE", ["84107"]), ("DATE", ["12/03/2025"]), ("NAME", ["Ioane", "Lealaiauloto", "Sapolu"]),
      ("DATE", ["02/14/1981"]), ("MRN", ["IMC-30418276"]), ("ID", ["957201846"]), ("ADDRESS", ["4183 S 2700 W"]),
      ("LOCATION", ["West Valley City"]), ("POSTCODE", ["84119"]), ("PHONE", ["801-555-0193"]),
      ("EMAIL", ["ioane.sapolu81@gmail.com"]), ("NAME", ["Lani", "Fonoti-Christensen"]),
      ("HOSPITAL", ["Kearns Family Clinic"]), ("LOCATION", ["Rocky Mountain Power"]), ("NAME", ["Losa"]),
      ("LOCATION", ["Samoan Congregational Christian Church"]), ("LOCATION", ["Taylorsville"]), ("NAME", ["Leota"]),
      ("LOCATION", ["Falealupo"]), ("LOCATION", ["Savai'i"]), ("DATE", ["March 2024"]), ("DATE", ["11/10/2025"]),
      ("NAME", ["Ruth", "Amituanai"]), ("NAME", ["Whitehorse"]), ("NAME", ["Soliai"]), ("DATE", ["01/12/2026"]),
      ("NAME", ["Tavita", "Matagi-Holbrook"]), ("ID", ["1628405734"])],
     ["HbA1c 8.1%", "metformin 1000 mg BID", "semaglutide (Ozempic) 1 mg", "OSA on CPAP", "BMI 52.4", "STOP-BANG 7",
      "LA grade B esophagitis", "H. pylori negative", "Roux-en-Y gastric bypass", "sleeve gastrectomy"]),

    # 21 - Northern Ireland, Co. Armagh (Lurgan): police custody healthcare professional assessment, Polish detainee
    ("PSNI Lurgan Custody Suite - HEALTHCARE PROFESSIONAL ASSESSMENT (Forensic Medical Officer)\n"
     "Sat 22/11/2025 02:15 | Custody record CR/L/25/04183\n"
     "Arrested 23:40 on 21/11 - suspected drink driving, stopped on the Lurgan Road at Magheralin (car LXZ 6721), "
     "failed the preliminary breath test.\n"
     "Detained person: Tomasz Wojciechowski | 37 M | DOB 14/07/1988 | PESEL 88071418379 | H&C 382 417 0655\n"
     "Lives: Flat 2, 14 Obins Street, Portadown BT62 1BN; works nights at a poultry plant in Craigavon.\n"
     "Polish speaker - interpreter Agnieszka Zielińska by phone (NRPSI 15903); consented to examination through her.\n"
     "Hx: 8-10 cans a day since his father died in Gdańsk; last drink 22:30. Withdrawal seizure in 2022 (admitted "
     "to Craigavon Area Hospital). No head injury. No regular meds. GP Dr Ciarán Mallon, Edenderry Medical "
     "Practice.\n"
     "O/E 02:20: alert, GCS 15, orientated; smells of alcohol; breath alcohol at station 71 µg/100 mL. HR 104, BP "
     "152/94, T 37.2, SpO2 98%. Fine tremor, sweating. No nystagmus, no ataxia, no ophthalmoplegia. CIWA-Ar 12.\n"
     "Opinion: fit to detain; NOT fit for interview before 10:00 - reassess; risk of alcohol withdrawal and "
     "seizures.\n"
     "Plan: chlordiazepoxide 20 mg PO now, then per CIWA-Ar 4-hourly; thiamine 100 mg PO TDS - Pabrinex and "
     "transfer to ED if any sign of Wernicke's; rousing checks every 30 min; food and fluids offered.\n"
     "Partner Katarzyna (\"Kasia\") Nowak-Ruiz rang the station on 07700 900 735 - told he is safe (he consented).\n"
     "Custody Sgt Kerr informed 02:45.\n"
     "FMO: Dr Siobhán Doherty-McCann, GMC 6082417 | Custody nurse: Lorraine Magee, RGN (LM) - LM to reassess 06:00.",
     [("LOCATION", ["Lurgan Custody Suite"]), ("DATE", ["22/11/2025"]), ("ID", ["CR/L/25/04183"]), ("DATE", ["21/11"]),
      ("LOCATION", ["Lurgan Road"]), ("LOCATION", ["Magheralin"]), ("PLATE", ["LXZ 6721"]),
      ("NAME", ["Tomasz", "Wojciechowski"]), ("DATE", ["14/07/1988"]), ("ID", ["88071418379"]),
      ("ID", ["382 417 0655"]), ("ADDRESS", ["Flat 2, 14 Obins Street"]), ("LOCATION", ["Portadown"]),
      ("POSTCODE", ["BT62 1BN"]), ("LOCATION", ["Craigavon"]), ("NAME", ["Agnieszka", "Zielińska"]),
      ("LICENCE", ["15903"]), ("LOCATION", ["Gdańsk"]), ("HOSPITAL", ["Craigavon Area Hospital"]),
      ("NAME", ["Ciarán", "Mallon"]), ("HOSPITAL", ["Edenderry Medical Practice"]),
      ("NAME", ["Katarzyna", "Nowak-Ruiz"]), ("NAME", ["Kasia"]), ("PHONE", ["07700 900 735"]), ("NAME", ["Kerr"]),
      ("NAME", ["Siobhán", "Doherty-McCann"]), ("LICENCE", ["6082417"]), ("NAME", ["Lorraine", "Magee"]),
      ("NAME", ["LM"])],
     ["GCS 15", "breath alcohol at station 71 µg/100 mL", "No nystagmus", "CIWA-Ar 12", "fit to detain",
      "chlordiazepoxide 20 mg", "thiamine 100 mg", "Pabrinex", "Wernicke's", "Withdrawal seizure"]),

    # 22 - Australia, South Australia (Adelaide): renal transplant clinic letter to the GP, Lebanese-Australian patient
    ("Central Northern Adelaide Renal and Transplantation Service (CNARTS)\n"
     "Royal Adelaide Hospital, Port Road, Adelaide SA 5000 | Ph (08) 7074 4183\n"
     "\n"
     "24 November 2025\n"
     "\n"
     "Dr Maroun Sfeir\n"
     "Campbelltown Family Medical Practice, Campbelltown SA 5074\n"
     "\n"
     "Dear Maroun,\n"
     "Re: Mr Georges (George) Haddad-Khoury, DOB 08/08/1977, Medicare 2941 73853 1, IHI 8003 6081 6429 3714, UR "
     "5520916\n"
     "22 Darley Road, Paradise SA 5075\n"
     "\n"
     "I reviewed Georges in the transplant clinic today, six years after his living-donor kidney transplant from his "
     "brother Elie (2019). He is well and back at work full-time at the family business, Haddad's Lebanese Bakery on "
     "Glynburn Road, Hectorville.\n"
     "Immunosuppression: tacrolimus (Envarsus XR) 4 mg mane - trough 6.2 µg/L (target 5-8); mycophenolate sodium "
     "(Myfortic) 720 mg BD; prednisolone 5 mg daily.\n"
     "Results: creatinine 128 µmol/L, eGFR 58 (stable), uPCR 18 mg/mmol; BK virus PCR not detected; CMV PCR not "
     "detected; HbA1c 6.9% (post-transplant diabetes, on linagliptin). No DSA on the latest Luminex single antigen "
     "screen (10/11/2025).\n"
     "BP 138/84 - I have increased amlodipine to 10 mg daily.\n"
     "Skin: Dr Yasmin Kaddour (dermatology) treated an SCC in situ on the L ear with cryotherapy; yearly skin checks "
     "are important on tacrolimus.\n"
     "Vaccines: Shingrix (non-live) is fine - 2 doses, please give at your practice. No live vaccines.\n"
     "His wife Rania and the children are well; they go to Zahlé for a family wedding in July - I have given him a "
     "letter for his medicines and advice on food and water.\n"
     "Bloods 3-monthly; clinic review in 6 months.\n"
     "\n"
     "Kind regards,\n"
     "Dr Nadia Ibrahim-Walsh, Nephrologist | AHPRA MED0001482736\n"
     "cc: Mr G. Haddad-Khoury; Transplant Nurse Coordinator (MH)",
     [("HOSPITAL", ["Central Northern Adelaide Renal and Transplantation Service"]), ("HOSPITAL", ["CNARTS"]),
      ("HOSPITAL", ["Royal Adelaide Hospital"]), ("ADDRESS", ["Port Road"]), ("LOCATION", ["Adelaide"]),
      ("POSTCODE", ["5000"]), ("PHONE", ["(08) 7074 4183"]), ("DATE", ["24 November 2025"]),
      ("NAME", ["Maroun", "Sfeir"]), ("HOSPITAL", ["Campbelltown Family Medical Practice"]),
      ("LOCATION", ["Campbelltown"]), ("POSTCODE", ["5074"]), ("NAME", ["Georges", "Haddad-Khoury"]),
      ("NAME", ["George"]), ("DATE", ["08/08/1977"]), ("ID", ["2941 73853 1"]), ("ID", ["8003 6081 6429 3714"]),
      ("MRN", ["5520916"]), ("ADDRESS", ["22 Darley Road"]), ("LOCATION", ["Paradise"]), ("POSTCODE", ["5075"]),
      ("NAME", ["Elie"]), ("LOCATION", ["Haddad's Lebanese Bakery"]), ("ADDRESS", ["Glynburn Road"]),
      ("LOCATION", ["Hectorville"]), ("DATE", ["10/11/2025"]), ("NAME", ["Yasmin", "Kaddour"]), ("NAME", ["Rania"]),
      ("LOCATION", ["Zahlé"]), ("DATE", ["July"]), ("NAME", ["Nadia", "Ibrahim-Walsh"]),
      ("LICENCE", ["MED0001482736"]), ("NAME", ["MH"])],
     ["tacrolimus (Envarsus XR) 4 mg", "trough 6.2 µg/L", "mycophenolate sodium (Myfortic) 720 mg BD",
      "uPCR 18 mg/mmol", "BK virus PCR not detected", "CMV PCR", "DSA", "Luminex single antigen", "SCC in situ",
      "amlodipine to 10 mg", "Shingrix"]),

    # 23 - South Africa, Eastern Cape (Mthatha): detailed fetal anomaly ultrasound report
    ("Nelson Mandela Academic Hospital - Department of Radiology, Obstetric Ultrasound\n"
     "Sisson Street, Fort Gale, Mthatha 5099 | Tel 047 502 4183\n"
     "DETAILED FETAL ANOMALY SCAN REPORT | 2025/11/19\n"
     "Patient: Siphokazi Nomvuyo Mqhayi | 27 F | SA ID 9802231144080 | Hosp No. 4182796 | G2P1\n"
     "Referred by: Sr Thandeka Gxumisa, Mqanduli CHC (maternity case record) - BANC booked 2025/09/02\n"
     "Address: Lower Ngqwarha, Mqanduli (no street address - near the Methodist church) | cell 072 639 1150\n"
     "LMP 30 June 2025 (sure); EDD by early scan 2026/04/06.\n"
     "Scan: TA, Voluson E8. Performed NM, reported LZ.\n"
     "| Parameter | Measurement | Centile |\n"
     "| BPD | 50 mm | 50th |\n"
     "| HC | 184 mm | 45th |\n"
     "| AC | 160 mm | 40th |\n"
     "| FL | 35 mm | 50th |\n"
     "| EFW (Hadlock) | 415 g | 45th |\n"
     "GA by biometry 21w3d - concordant with dates.\n"
     "Single live intrauterine fetus, cephalic, FHR 148 bpm. Placenta posterior upper, not low-lying. Liquor normal "
     "(deepest pool 5.2 cm).\n"
     "Anatomy: lateral ventricle atrium 11 mm (mild ventriculomegaly, isolated); echogenic intracardiac focus in the "
     "LV; bilateral talipes equinovarus; 4-chamber view and outflow tracts, spine, kidneys and face normal.\n"
     "Uterine artery Doppler: mean PI 1.02.\n"
     "Impression: mild isolated ventriculomegaly with bilateral talipes. Refer to the fetal medicine clinic at Frere "
     "Hospital, East London, for counselling, TORCH screen (CMV) and the offer of amniocentesis (karyotype and "
     "microarray). Rescan at 28 weeks.\n"
     "Her partner Lwazi Ndamase works in Johannesburg and has been told by the patient; her mother, Nokuthula, came "
     "with her.\n"
     "Dr Luvuyo Zenani, Radiologist | HPCSA MP 0741286 - LZ\n"
     "Sonographer: Nomsa Majola (NM)",
     [("HOSPITAL", ["Nelson Mandela Academic Hospital"]), ("ADDRESS", ["Sisson Street"]), ("LOCATION", ["Fort Gale"]),
      ("LOCATION", ["Mthatha"]), ("POSTCODE", ["5099"]), ("PHONE", ["047 502 4183"]), ("DATE", ["2025/11/19"]),
      ("NAME", ["Siphokazi", "Nomvuyo", "Mqhayi"]), ("ID", ["9802231144080"]), ("MRN", ["4182796"]),
      ("NAME", ["Thandeka", "Gxumisa"]), ("HOSPITAL", ["Mqanduli CHC"]), ("DATE", ["2025/09/02"]),
      ("LOCATION", ["Lower Ngqwarha"]), ("LOCATION", ["Mqanduli"]), ("PHONE", ["072 639 1150"]),
      ("DATE", ["30 June 2025"]), ("DATE", ["2026/04/06"]), ("NAME", ["NM"]), ("NAME", ["LZ"]),
      ("HOSPITAL", ["Frere Hospital"]), ("LOCATION", ["East London"]), ("NAME", ["Lwazi", "Ndamase"]),
      ("LOCATION", ["Johannesburg"]), ("NAME", ["Nokuthula"]), ("NAME", ["Luvuyo", "Zenani"]),
      ("LICENCE", ["MP 0741286"]), ("NAME", ["Nomsa", "Majola"])],
     ["G2P1", "Voluson E8", "Hadlock", "21w3d", "FHR 148 bpm", "ventriculomegaly", "echogenic intracardiac focus",
      "talipes equinovarus", "mean PI 1.02", "TORCH", "amniocentesis"]),
]
