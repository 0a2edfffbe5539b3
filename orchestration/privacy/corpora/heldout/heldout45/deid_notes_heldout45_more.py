"""Notes 12-23 of the forty-fifth HELD-OUT set (see :mod:`deid_notes_heldout45` for how it was written and what it
holds).

These 12 notes hold 441 planted identifier parts in 372 (kind, parts) entries (30 to 32 a note) and 207 clinical strings
(15 to 21 a note). Positions below are those in the combined ``NOTES``. In English: 12, an aeromedical evacuation (ÉVAQ)
request form for foodborne botulism after aged seal fat, with French labels and Inuit names (Canada, Quebec, Nunavik:
Kangiqsualujjuaq and Kuujjuaq, to Montréal); 14, an inter-hospital transfer form (ISBAR) of a toddler with
intussusception, sent to Perth by jet while the red crab migration closes the roads (Australia, Christmas Island); 16, a
pre-deployment medical fitness certificate for a fisheries observer (Marshall Islands: Majuro Atoll, Laura, Rita, Delap,
and Ebeye); 18, a medico-legal certificate for hacking and incised wounds, with a police blotter entry (the Philippines,
Palawan: Puerto Princesa City and Coron); 20, a surgical admission clerking of a harpoon injury of the thigh during the
humpback whale hunt, on Easter Saturday (St Vincent and the Grenadines: Kingstown and Bequia); 22, an emergency
department discharge letter to the GP after boar tusk and dog bite injuries while pig hunting on Matariki (New Zealand,
Tairāwhiti: Gisborne, Ruatoria, Tikitiki, Te Puia Springs). In Bulgarian (Cyrillic): 13, an infectious diseases
discharge summary (epikriza) for Crimean-Congo haemorrhagic fever in a shepherd, with St George's Day (Smolyan province,
the Rhodopes). In Khmer: 15, a paediatric ICU nursing admission assessment for suspected Japanese encephalitis, with
Khmer digits, a Khmer lunar date and Pchum Ben (Siem Reap province). In Armenian: 17, a family doctor's home visit
record of heart failure in a patient aged 91 whose husband died in the 1988 earthquake (Shirak province, Gyumri). In
Hindi (Devanagari): 19, an RBSK school health screening referral card for a suspected patent ductus arteriosus, with
Dussehra (Himachal Pradesh, Kinnaur, to Shimla). In Gujarati: 21, a pneumoconiosis board silicosis diagnosis certificate
for an agate polisher, with a Vikram Samvat date and Uttarayan (Gujarat, Anand district: Khambhat and Karamsad). In
simplified Chinese: 23, an orthopaedic pre-operative case discussion record for a femoral neck fracture in a woman aged
102, with a lunar birth date and the Third of March festival (Guangxi, Bama Yao Autonomous County). Two patients here
are aged 90 or over (notes 17 and 23), and for them the age, the birth date and every other date element are planted; no
younger patient's note here has a bare year. Entries per kind here: NAME 89, LOCATION 68, DATE 57, HOSPITAL 49, PHONE
25, ID 21, ADDRESS 15, LICENCE 12, PLATE 9, POSTCODE 8, MRN 6, AGE 5, EMAIL 4, DOB90 2, HANDLE 1, SERIAL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Canada, Quebec, Nunavik (Kangiqsualujjuaq, Kuujjuaq): aeromedical evacuation (EVAQ) request form for
    # foodborne botulism after aged seal fat, French and English labels, Inuit names
    ("CENTRE DE SANTÉ TULATTAVIK DE L'UNGAVA - Kuujjuaq\n"
     "DEMANDE D'ÉVACUATION AÉROMÉDICALE (ÉVAQ) / AEROMEDICAL EVACUATION REQUEST\n"
     "Date / heure: 2026-03-04 13:20 | Priorité / Priority: 1\n"
     "Site demandeur / Requesting site: CLSC Kangiqsualujjuaq, tel. 819-555-0134\n"
     "Infirmière / Nurse: Marie-Ève Gagnon-Annanack (OIIQ 2114873)\n"
     "Médecin de garde / MD on call (Kuujjuaq): Dr Jérôme Bellefleur (CMQ 08437)\n"
     "Centre receveur / Receiving: Hôpital général de Montréal, ICU - accepted by Dr Naomi Weisbrod-Carrier\n"
     "\n"
     "Patient: Lizzie QUMALUK-ETOK | F | 40 | DDN / DOB 1985-04-12 | RAMQ QUML 8554 1219 | Dossier TUL-118427\n"
     "Adresse: House 217, Kangiqsualujjuaq QC J0M 1N0\n"
     "Interprète / Interpreter (Inuktitut): Putulik, CHR\n"
     "Conjoint / Spouse: Jobie Etok, 819-555-0188 (ate the same food, no symptoms so far)\n"
     "\n"
     "Histoire: le soir du 2 mars, five family members ate misiraq (aged seal fat) from a seal her brother Tivi took "
     "near the mouth of the George River. From about 36 h later: blurred vision, diplopia, dysphagia, dry mouth, "
     "dysarthria and weakness moving down from the face to the arms. Her mother Annie now has early ptosis and will "
     "be reassessed at 16:00.\n"
     "Examen: afebrile, GCS 15, mentation normal. Bilateral ptosis, pupils 6 mm sluggish, ophthalmoplegia, pooled "
     "secretions. Neck flexion 3/5, arms 4/5, legs 5/5, reflexes reduced. Single breath count 14. FVC 1.9 L "
     "(bedside), NIF -28 cmH2O. SpO2 95% on 2 L.\n"
     "Impression: foodborne botulism, probably Clostridium botulinum type E - descending flaccid paralysis with "
     "impending respiratory failure.\n"
     "Demande: Challenger C-FEVQ direct to Montréal, team ready to intubate. Heptavalent botulinum antitoxin (BAT) "
     "requested through the Centre antipoison du Québec; to be given on arrival. Leftover misiraq kept frozen for the "
     "Laboratoire de santé publique du Québec. Direction de santé publique du Nunavik notified 12:50.",
     [("HOSPITAL", ["CENTRE DE SANTÉ TULATTAVIK DE L'UNGAVA"]), ("LOCATION", ["Kuujjuaq"]), ("DATE", ["2026-03-04"]),
      ("HOSPITAL", ["CLSC Kangiqsualujjuaq"]), ("PHONE", ["819-555-0134"]), ("NAME", ["Marie-Ève", "Gagnon-Annanack"]),
      ("LICENCE", ["2114873"]), ("NAME", ["Jérôme", "Bellefleur"]), ("LICENCE", ["08437"]),
      ("HOSPITAL", ["Hôpital général de Montréal"]), ("NAME", ["Naomi", "Weisbrod-Carrier"]),
      ("NAME", ["Lizzie", "QUMALUK-ETOK"]), ("DATE", ["1985-04-12"]), ("ID", ["QUML 8554 1219"]),
      ("MRN", ["TUL-118427"]), ("ADDRESS", ["House 217"]), ("LOCATION", ["Kangiqsualujjuaq"]),
      ("POSTCODE", ["J0M 1N0"]), ("NAME", ["Putulik"]), ("NAME", ["Jobie", "Etok"]), ("PHONE", ["819-555-0188"]),
      ("DATE", ["2 mars"]), ("NAME", ["Tivi"]), ("LOCATION", ["George River"]), ("NAME", ["Annie"]),
      ("PLATE", ["C-FEVQ"]), ("LOCATION", ["Montréal"]), ("HOSPITAL", ["Centre antipoison du Québec"]),
      ("HOSPITAL", ["Laboratoire de santé publique du Québec"]),
      ("HOSPITAL", ["Direction de santé publique du Nunavik"])],
     ["misiraq (aged seal fat)", "diplopia", "dysphagia", "dysarthria", "Bilateral ptosis", "pupils 6 mm sluggish",
      "ophthalmoplegia", "Neck flexion 3/5", "Single breath count 14", "FVC 1.9 L", "NIF -28 cmH2O", "SpO2 95% on 2 L",
      "foodborne botulism", "Clostridium botulinum type E", "descending flaccid paralysis",
      "Heptavalent botulinum antitoxin (BAT)"]),

    # 13 - Bulgaria, Smolyan province (Momchilovtsi, Shiroka Laka, the Rhodopes): infectious diseases discharge summary
    # (epikriza), Crimean-Congo haemorrhagic fever in a shepherd (Bulgarian, Cyrillic)
    ("МБАЛ „Д-р Братан Шукеров“ АД – Смолян\n"
     "Инфекциозно отделение\n"
     "бул. „България“ № 2, 4700 Смолян, тел. 0301 6 25 14\n"
     "\n"
     "ЕПИКРИЗА\n"
     "ИЗ № 4127/2026\n"
     "Пациент: Стойко Ангелов Карагьозов, ЕГН 6802114846, на 58 г.\n"
     "Адрес: с. Момчиловци, ул. „Зорница“ № 14, общ. Смолян; тел. на съпругата 0885 553 172\n"
     "Постъпил: 14.06.2026 г. Изписан: 25.06.2026 г.\n"
     "\n"
     "Окончателна диагноза: Кримска-Конго хеморагична треска (A98.0).\n"
     "Анамнеза: Овчар на стадото на кооперация „Родопа-Агро“, на лятна паша в местността Карлък над Широка лъка от "
     "Гергьовден. На 09.06 свалил кърлеж от дясната подбедрица (донесен – Hyalomma marginatum). От 11 юни температура "
     "до 39.8 °C, миалгии, главоболие, повръщане. Насочен от ОПЛ д-р Милко Чолаков (ИППМП „Здраве-Момчиловци“).\n"
     "Статус при приемането: петехии по торса, кръвонасядания по местата на убождане, хеморагии от венците, "
     "хепатомегалия.\n"
     "Изследвания: тромбоцити 42 × 10⁹/l, левкоцити 2,1 × 10⁹/l, АСАТ 486 U/l, АЛАТ 212 U/l, КФК 1240 U/l, aPTT 52 s. "
     "RT-PCR за ККХТ – положителна (НЦЗПБ, София).\n"
     "Лечение: изолация, рибавирин перорално по схема, тромбоцитна маса 4 единици, свежозамразена плазма, "
     "симптоматично.\n"
     "Епидемиологично: съпругата Райна и синът Светлин под наблюдение 14 дни. Уведомени РЗИ – Смолян и ОДБХ за "
     "обработка на стадото с акарицид.\n"
     "Изписва се в добро общо състояние. Контролен преглед на 09.07.2026 г.\n"
     "\n"
     "Лекуващ лекар: д-р Веселина Тодорова-Бахнева, УИН 2200014873\n"
     "Началник отделение: д-р Сава Пешев",
     [("HOSPITAL", ["МБАЛ „Д-р Братан Шукеров“ АД"]), ("LOCATION", ["Смолян"]), ("ADDRESS", ["бул. „България“ № 2"]),
      ("POSTCODE", ["4700"]), ("PHONE", ["0301 6 25 14"]), ("MRN", ["4127/2026"]),
      ("NAME", ["Стойко", "Ангелов", "Карагьозов"]), ("ID", ["6802114846"]), ("LOCATION", ["Момчиловци"]),
      ("ADDRESS", ["ул. „Зорница“ № 14"]), ("PHONE", ["0885 553 172"]), ("DATE", ["14.06.2026"]),
      ("DATE", ["25.06.2026"]), ("HOSPITAL", ["Родопа-Агро"]), ("LOCATION", ["Карлък"]), ("LOCATION", ["Широка лъка"]),
      ("DATE", ["Гергьовден"]), ("DATE", ["09.06"]), ("DATE", ["11 юни"]), ("NAME", ["Милко", "Чолаков"]),
      ("HOSPITAL", ["Здраве-Момчиловци"]), ("HOSPITAL", ["НЦЗПБ"]), ("LOCATION", ["София"]), ("NAME", ["Райна"]),
      ("NAME", ["Светлин"]), ("DATE", ["09.07.2026"]), ("NAME", ["Веселина", "Тодорова-Бахнева"]),
      ("LICENCE", ["2200014873"]), ("NAME", ["Сава", "Пешев"]), ("HOSPITAL", ["РЗИ – Смолян"])],
     ["Кримска-Конго хеморагична треска", "A98.0", "кърлеж", "Hyalomma marginatum", "39.8 °C", "миалгии", "петехии",
      "хеморагии от венците", "хепатомегалия", "тромбоцити 42 × 10⁹/l", "левкоцити 2,1 × 10⁹/l", "АСАТ 486 U/l",
      "АЛАТ 212 U/l", "КФК 1240 U/l", "aPTT 52 s", "RT-PCR", "рибавирин", "тромбоцитна маса", "свежозамразена плазма",
      "акарицид"]),

    # 14 - Australia, Christmas Island (Poon Saan, Drumsite) to Perth: inter-hospital transfer form (ISBAR) for a
    # toddler with intussusception, during the red crab migration
    ("INDIAN OCEAN TERRITORIES HEALTH SERVICE - CHRISTMAS ISLAND HOSPITAL\n"
     "Murray Road, Christmas Island WA 6798 | Ph 08 9164 7322\n"
     "INTER-HOSPITAL TRANSFER - ISBAR | 17/11/2026 10:05\n"
     "Receiving: Perth Children's Hospital, Nedlands - ED; accepted by Mr Tobias Rennick, paediatric surgeon (via Dr "
     "Fionnuala Ashcroft-Ng, registrar, 08 5550 4418). Aeromedical jet VH-WXN ETA 14:30.\n"
     "\n"
     "I: Nur Aisyah binti Hafiz | F | 2 y 3 m | DOB 14/08/2024 | Medicare 2953 41761 1 (3) | IHI 8003 6081 6247 3193 "
     "| MRN CIH 00418\n"
     "Address: Blk 402 Unit 7, Poon Saan. Father Hafiz bin Rahman (IOT Marine Services), 0491 570 156; mother Siti "
     "Mariam binti Osman will travel with her. Grandmother in Drumsite.\n"
     "S: 18 h of episodes of inconsolable crying with drawing up of the legs, pale and floppy in between; vomited x5, "
     "the last one bilious; redcurrant jelly stool at 06:00.\n"
     "B: term baby, immunised incl. Rotarix, well until now. NKDA. Weight 12.4 kg.\n"
     "A: HR 168, RR 34, BP 92/50, CRT 3 s, T 37.9. Sausage-shaped mass in the RUQ, empty RIF (Dance's sign). POCUS: "
     "target sign 3.1 cm in the RUQ, pseudokidney sign on the long view, no free fluid. FLACC 7/10 during episodes. "
     "VBG lactate 2.8. Imp: ileocolic intussusception.\n"
     "Rx: 2 x 22G IV, 0.9% sodium chloride 20 mL/kg x2, ondansetron 1.8 mg IV, NGT on free drainage, fentanyl 15 "
     "microg IN, NBM. Volumetric pump (S/N 800417263) goes with her.\n"
     "R: urgent transfer for air enema reduction, laparotomy if it fails; no paediatric surgeon or fluoroscopy on "
     "island. Lily Beach Road closed for the red crab migration - police escort (Sgt Dean Kovacs) to the airport via "
     "Gaze Road.\n"
     "Dr Priyanka Wickramaratne, MO (AHPRA MED0001847261) | RN Chua Mei Ling",
     [("HOSPITAL", ["INDIAN OCEAN TERRITORIES HEALTH SERVICE"]), ("HOSPITAL", ["CHRISTMAS ISLAND HOSPITAL"]),
      ("ADDRESS", ["Murray Road"]), ("LOCATION", ["Christmas Island"]), ("POSTCODE", ["6798"]),
      ("PHONE", ["08 9164 7322"]), ("DATE", ["17/11/2026"]), ("HOSPITAL", ["Perth Children's Hospital"]),
      ("LOCATION", ["Nedlands"]), ("NAME", ["Tobias", "Rennick"]), ("NAME", ["Fionnuala", "Ashcroft-Ng"]),
      ("PHONE", ["08 5550 4418"]), ("PLATE", ["VH-WXN"]), ("SERIAL", ["800417263"]), ("NAME", ["Nur Aisyah"]),
      ("DATE", ["14/08/2024"]), ("ID", ["2953 41761 1"]), ("ID", ["8003 6081 6247 3193"]), ("MRN", ["CIH 00418"]),
      ("ADDRESS", ["Blk 402 Unit 7"]), ("LOCATION", ["Poon Saan"]), ("NAME", ["Hafiz", "Rahman"]),
      ("HOSPITAL", ["IOT Marine Services"]), ("PHONE", ["0491 570 156"]), ("NAME", ["Siti", "Mariam", "Osman"]),
      ("LOCATION", ["Drumsite"]), ("ADDRESS", ["Lily Beach Road"]), ("ADDRESS", ["Gaze Road"]),
      ("NAME", ["Dean", "Kovacs"]), ("NAME", ["Priyanka", "Wickramaratne"]), ("LICENCE", ["MED0001847261"]),
      ("NAME", ["Chua", "Mei Ling"])],
     ["inconsolable crying", "bilious", "redcurrant jelly stool", "Rotarix", "Weight 12.4 kg", "HR 168", "CRT 3 s",
      "Sausage-shaped mass", "Dance's sign", "POCUS", "target sign", "pseudokidney sign", "FLACC 7/10",
      "VBG lactate 2.8", "ileocolic intussusception", "0.9% sodium chloride 20 mL/kg", "ondansetron 1.8 mg IV",
      "fentanyl 15 microg IN", "air enema reduction", "red crab migration"]),
    # 15 - Cambodia, Siem Reap province (Puok district): paediatric ICU nursing admission assessment, suspected Japanese
    # encephalitis, with a Khmer lunar date and Pchum Ben (Khmer)
    ("មន្ទីរពេទ្យគន្ធបុប្ផា ជ័យវរ្ម័នទី៧ ខេត្តសៀមរាប - ផ្នែកថែទាំជំងឺធ្ងន់ធ្ងរកុមារ (PICU)\n"
     "ទូរស័ព្ទ ០៦៣ ៩៦៣ ៤០៩\n"
     "ការវាយតម្លៃរបស់គិលានុបដ្ឋាក ពេលចូលសម្រាកព្យាបាល\n"
     "ថ្ងៃអង្គារ ១២កើត ខែភទ្របទ ឆ្នាំមមី អដ្ឋស័ក ព.ស. ២៥៧០ ត្រូវនឹងថ្ងៃទី២២ ខែកញ្ញា ឆ្នាំ២០២៦ ម៉ោង ០៩:១៥\n"
     "លេខឯកសារ៖ KB7-2026-118304\n"
     "ឈ្មោះ៖ សុខ វិសាល (SOK Visal) ភេទ៖ ប្រុស អាយុ៖ ៦ឆ្នាំ ថ្ងៃកំណើត៖ ០៣/០២/២០២០\n"
     "អាសយដ្ឋាន៖ ភូមិស្វាយចេក ឃុំស្ពានត្នោត ស្រុកពួក ខេត្តសៀមរាប\n"
     "ម្តាយ៖ ឈឹម ស្រីពៅ (បុគ្គលិកសណ្ឋាគារផ្កាឈូក) ទូរស័ព្ទ ០១២ ៥៥៥ ៤១៧ Telegram @sreypov_chhim\n"
     "ឪពុក៖ សុខ ចាន់ថា អ្នកបើករ៉ឺម៉កនៅប្រាសាទអង្គរវត្ត (ស្លាកលេខ សៀមរាប 1A-2745)\n"
     "ប័ណ្ណសមធម៌ (IDPoor) លេខ 17-03-284175\n"
     "បញ្ជូនមកពី៖ មណ្ឌលសុខភាពពួក ដោយគិលានុបដ្ឋាក ម៉ៅ សុភា\n"
     "\n"
     "ប្រវត្តិ៖ គ្រុនក្តៅ ៤ថ្ងៃ (ចាប់ពី ១៨/០៩) ឈឺក្បាល ក្អួត ប្រកាច់ ២ដង ព្រឹកនេះ ងងុយគេងខ្លាំង។ "
     "គ្រួសារចិញ្ចឹមជ្រូកនៅជិតស្រែ មានមូសច្រើន (Culex tritaeniorhynchus)។ មិនទាន់ចាក់ JE vaccine។ បងស្រី ស្រីនាង "
     "រៀននៅសាលាបឋមសិក្សាស្វាយចេក មិនឈឺទេ។ បងប្រុស រតនា ធ្វើការនៅរោងចក្រកាត់ដេរ ហ្គោលដិនស្ទារ ភ្នំពេញ។ មេភូមិ លោក ញឹក "
     "ប៊ុនធឿន ជួយដឹកមក។\n"
     "ការពិនិត្យ៖ GCS 9/15 (E2 V2 M5) កែវភ្នែក 3 mm ឆ្លើយតបនឹងពន្លឺ ករឹង (+) សីតុណ្ហភាព 39.6 °C ជីពចរ 142/នាទី ដង្ហើម "
     "36/នាទី SpO2 93% ទម្ងន់ 18 kg ជាតិស្ករក្នុងឈាម 6.2 mmol/L\n"
     "ការព្យាបាលដែលបានផ្តល់៖ Diazepam 0.3 mg/kg IV (ម៉ោង 08:40 នៅមណ្ឌលសុខភាព), Phenobarbital 20 mg/kg IV, Paracetamol "
     "15 mg/kg, Mannitol 0.5 g/kg\n"
     "រោគវិនិច្ឆ័យបឋម៖ សង្ស័យរលាកខួរក្បាល Japanese encephalitis\n"
     "ផែនការថែទាំ៖ ហានិភ័យស្រូបចូលសួត - ដាក់ NG tube និងដេកផ្អៀង។ ការពារការប្រកាច់។ Braden Q 14 - បង្វិលខ្លួនរៀងរាល់ "
     "២ម៉ោង។ Lumbar puncture និង JE IgM ELISA (CSF និងសេរ៉ូម) តាមវេជ្ជបញ្ជា។\n"
     "ឪពុកសុំឱ្យកូនចេញមុនបុណ្យភ្ជុំបិណ្ឌ - បានពន្យល់ហើយ។\n"
     "គិលានុបដ្ឋាយិកា៖ ហេង សុខលីដា | វេជ្ជបណ្ឌិតទទួលខុសត្រូវ៖ គឹម សុវណ្ណារ៉ា (CMC 04127)",
     [("HOSPITAL", ["មន្ទីរពេទ្យគន្ធបុប្ផា ជ័យវរ្ម័នទី៧"]), ("LOCATION", ["ខេត្តសៀមរាប"]), ("PHONE", ["០៦៣ ៩៦៣ ៤០៩"]),
      ("DATE", ["១២កើត ខែភទ្របទ ឆ្នាំមមី អដ្ឋស័ក ព.ស. ២៥៧០"]), ("DATE", ["ថ្ងៃទី២២ ខែកញ្ញា ឆ្នាំ២០២៦"]),
      ("MRN", ["KB7-2026-118304"]), ("NAME", ["សុខ វិសាល", "SOK Visal"]), ("DATE", ["០៣/០២/២០២០"]),
      ("LOCATION", ["ភូមិស្វាយចេក"]), ("LOCATION", ["ឃុំស្ពានត្នោត"]), ("LOCATION", ["ស្រុកពួក"]),
      ("NAME", ["ឈឹម ស្រីពៅ"]), ("HOSPITAL", ["សណ្ឋាគារផ្កាឈូក"]), ("PHONE", ["០១២ ៥៥៥ ៤១៧"]),
      ("HANDLE", ["sreypov_chhim"]), ("NAME", ["សុខ ចាន់ថា"]), ("LOCATION", ["ប្រាសាទអង្គរវត្ត"]),
      ("PLATE", ["សៀមរាប 1A-2745"]), ("ID", ["17-03-284175"]), ("HOSPITAL", ["មណ្ឌលសុខភាពពួក"]), ("NAME", ["ម៉ៅ សុភា"]),
      ("DATE", ["១៨/០៩"]), ("NAME", ["ស្រីនាង"]), ("HOSPITAL", ["សាលាបឋមសិក្សាស្វាយចេក"]), ("NAME", ["រតនា"]),
      ("HOSPITAL", ["ហ្គោលដិនស្ទារ"]), ("LOCATION", ["ភ្នំពេញ"]), ("NAME", ["ញឹក ប៊ុនធឿន"]),
      ("DATE", ["បុណ្យភ្ជុំបិណ្ឌ"]), ("NAME", ["ហេង សុខលីដា"]), ("NAME", ["គឹម សុវណ្ណារ៉ា"]), ("LICENCE", ["04127"])],
     ["Culex tritaeniorhynchus", "JE vaccine", "GCS 9/15 (E2 V2 M5)", "ករឹង (+)", "39.6 °C", "SpO2 93%", "ទម្ងន់ 18 kg",
      "ជាតិស្ករក្នុងឈាម 6.2 mmol/L", "Diazepam 0.3 mg/kg IV", "Phenobarbital 20 mg/kg IV", "Paracetamol 15 mg/kg",
      "Mannitol 0.5 g/kg", "Japanese encephalitis", "NG tube", "Braden Q 14", "Lumbar puncture", "JE IgM ELISA"]),

    # 16 - Marshall Islands, Majuro Atoll (Laura, Rita, Delap) and Ebeye: pre-deployment medical fitness certificate for
    # a fisheries observer
    ("REPUBLIC OF THE MARSHALL ISLANDS - MINISTRY OF HEALTH AND HUMAN SERVICES\n"
     "MAJURO HOSPITAL - OCCUPATIONAL HEALTH CLINIC | Tel (692) 625-3019\n"
     "MEDICAL FITNESS CERTIFICATE - FISHERIES OBSERVER (PRE-DEPLOYMENT)\n"
     "Date of examination: 03/11/2026 (deferred from March 1, Nuclear Victims Remembrance Day)\n"
     "Employer: Marshall Islands Marine Resources Authority (MIMRA), Observer Program, Delap\n"
     "\n"
     "Examinee: Jeadrik \"Jed\" LANINVELIK | M | DOB 11/03/1997 (28) | Passport RM0428175 | Social Security No. "
     "04-118273\n"
     "Address: Laura village, Majuro Atoll, near Laura Elementary School. Born on Ebeye, Kwajalein Atoll.\n"
     "NOK: mother Emlain Laninvelik, (692) 625-4417; partner Limiko lives in Rita.\n"
     "Deployment: purse seiner FV Marshalls 207 (call sign V7QX2), 6 to 8 weeks, transhipping at Pohnpei.\n"
     "\n"
     "Examination: height 175 cm, weight 96 kg, BMI 31.4; BP 126/78, pulse 72 regular. Vision 6/6 R, 6/9 L "
     "uncorrected; Ishihara 17/17. Hearing: whispered voice test normal both ears, Audiometry < 25 dB at all "
     "frequencies. Two dental caries - referred to the dental clinic. Skin: no anaesthetic patches or thickened "
     "nerves (Hansen's disease screen negative). Chest clear. Able to swim 200 m.\n"
     "Investigations: urine dipstick negative; HbA1c 6.1% (prediabetes - lifestyle advice given); hepatitis B sAg "
     "negative; QuantiFERON-TB Gold Plus negative; CXR normal.\n"
     "\n"
     "Certificate: FIT FOR SEA DUTY without restrictions. Valid until 11 March 2028. Copy to be collected at the "
     "observer office in Uliga.\n"
     "Examining physician: Dr Hilda Anjain-Reimers, Health Professions Licensing Board Reg. 0342\n"
     "HAR/tl | observer.desk@mimra-rmi.org",
     [("HOSPITAL", ["MAJURO HOSPITAL"]), ("PHONE", ["(692) 625-3019"]), ("DATE", ["03/11/2026"]), ("DATE", ["March 1"]),
      ("DATE", ["Nuclear Victims Remembrance Day"]), ("HOSPITAL", ["Marshall Islands Marine Resources Authority"]),
      ("HOSPITAL", ["MIMRA"]), ("LOCATION", ["Delap"]), ("NAME", ["Jeadrik", "Jed", "LANINVELIK"]),
      ("DATE", ["11/03/1997"]), ("ID", ["RM0428175"]), ("ID", ["04-118273"]), ("LOCATION", ["Laura"]),
      ("LOCATION", ["Majuro Atoll"]), ("HOSPITAL", ["Laura Elementary School"]), ("LOCATION", ["Ebeye"]),
      ("LOCATION", ["Kwajalein Atoll"]), ("NAME", ["Emlain", "Laninvelik"]), ("PHONE", ["(692) 625-4417"]),
      ("NAME", ["Limiko"]), ("LOCATION", ["Rita"]), ("LOCATION", ["Marshalls 207"]), ("PLATE", ["V7QX2"]),
      ("LOCATION", ["Pohnpei"]), ("DATE", ["11 March 2028"]), ("LOCATION", ["Uliga"]),
      ("NAME", ["Hilda", "Anjain-Reimers"]), ("LICENCE", ["0342"]), ("NAME", ["HAR/tl"]),
      ("EMAIL", ["observer.desk@mimra-rmi.org"])],
     ["BMI 31.4", "BP 126/78", "6/9 L uncorrected", "Ishihara 17/17", "whispered voice test", "Audiometry < 25 dB",
      "dental caries", "anaesthetic patches", "Hansen's disease", "swim 200 m", "urine dipstick negative", "HbA1c 6.1%",
      "prediabetes", "hepatitis B sAg negative", "QuantiFERON-TB Gold Plus negative", "FIT FOR SEA DUTY"]),

    # 17 - Armenia, Shirak province (Gyumri, Akhuryan, Artik): family doctor's home visit record, heart failure in a
    # patient aged 91 who lost her husband in the 1988 earthquake (Armenian)
    ("Գյումրու թիվ 3 պոլիկլինիկա\n"
     "Շիրակի մարզ, ք. Գյումրի, Ռուստավելի փողոց 27, հեռ. 0312 5 41 87\n"
     "\n"
     "ԸՆՏԱՆԵԿԱՆ ԲԺՇԿԻ ՏՆԱՅԻՆ ԱՅՑԻ ԳՐԱՆՑՈՒՄ\n"
     "Ամսաթիվ՝ 2026 թ. մարտի 12\n"
     "Հիվանդ՝ Անուշ Հովհաննեսի Մկրտչյան\n"
     "Ծննդյան ամսաթիվ՝ 05.01.1935 (91 տարեկան)\n"
     "ՀԾՀ՝ 2105350481\n"
     "Հասցե՝ ք. Գյումրի, Գորկու փող. 41, բն. 12, հեռ. +374 93 55 41 82 (դուստրը)\n"
     "\n"
     "Սոցիալական պատմություն՝ Ապրում է դստեր՝ Անահիտ Սահակյանի և թոռան՝ Նարեկի հետ։ Ամուսինը զոհվել է 1988 թ. "
     "դեկտեմբերի 7-ի երկրաշարժի ժամանակ, և մինչև 2012 թ. ապրել են դոմիկում։ 32 տարի աշխատել է Գյումրու տեքստիլ "
     "կոմբինատում։ Ծնվել է Ախուրյան գյուղում։ Որդին՝ Սամվելը, ապրում է Արթիկում, փեսան՝ Կարենը, աշխատում է "
     "Կրասնոդարում, թոռը սովորում է Երևանում։\n"
     "Գանգատներ՝ Նոր տարուց ի վեր քայլելիս հևոց, օրթոպնոէ (2 բարձ), սրունքների այտուցներ, մեկ շաբաթում քաշն ավելացել "
     "է 3 կգ-ով։\n"
     "Օբյեկտիվ՝ ԶՃ 150/90 մմ ս.ս., ՍԿՀ 88 զ/ր, SpO2 90%, թոքերի ստորին հատվածներում խոնավ խզզոցներ, սրունքների "
     "այտուցներ 2+, պարանոցային երակների լցվածություն։\n"
     "Հետազոտություններ (Գյումրու Ավստրիական հիվանդանոց, 05.03.2026)՝ NT-proBNP 3240 pg/mL, կրեատինին 118 մկմոլ/լ, K "
     "4.9 մմոլ/լ։\n"
     "Ախտորոշում՝ Քրոնիկ սրտային անբավարարություն, NYHA III, HFpEF։ Զարկերակային հիպերտենզիա։\n"
     "Նշանակումներ՝ ֆուրոսեմիդ 40 մգ առավոտյան, սպիրոնոլակտոն 25 մգ, բիսոպրոլոլ 2.5 մգ, դապագլիֆլոզին 10 մգ։ Ամեն "
     "առավոտ կշռվել, հեղուկ՝ մինչև 1.5 լ օրական։\n"
     "Ֆունկցիոնալ վիճակ՝ MMSE 22/30, Katz 4/6։ Իննսունմեկամյա տատիկը ցանկանում է Զատիկը նշել տանը։\n"
     "Հաջորդ այց՝ 19.03.2026 թ.\n"
     "\n"
     "Ընտանեկան բժիշկ՝ Տիգրան Ղազարյան (լիցենզիա № ԲԳ-018462)\n"
     "Բուժքույր՝ Գայանե Սարգսյան",
     [("HOSPITAL", ["Գյումրու թիվ 3 պոլիկլինիկա"]), ("LOCATION", ["Շիրակի մարզ"]), ("LOCATION", ["Գյումրի"]),
      ("ADDRESS", ["Ռուստավելի փողոց 27"]), ("PHONE", ["0312 5 41 87"]), ("DATE", ["2026 թ. մարտի 12"]),
      ("NAME", ["Անուշ", "Հովհաննեսի", "Մկրտչյան"]), ("DOB90", ["05.01.1935"]), ("AGE", ["91 տարեկան"]),
      ("ID", ["2105350481"]), ("ADDRESS", ["Գորկու փող. 41", "բն. 12"]), ("PHONE", ["+374 93 55 41 82"]),
      ("NAME", ["Անահիտ", "Սահակյանի"]), ("NAME", ["Նարեկի"]), ("DATE", ["1988 թ. դեկտեմբերի 7"]), ("DATE", ["2012"]),
      ("HOSPITAL", ["Գյումրու տեքստիլ կոմբինատ"]), ("LOCATION", ["Ախուրյան"]), ("NAME", ["Սամվելը"]),
      ("LOCATION", ["Արթիկում"]), ("NAME", ["Կարենը"]), ("LOCATION", ["Կրասնոդարում"]), ("LOCATION", ["Երևանում"]),
      ("DATE", ["Նոր տարուց"]), ("HOSPITAL", ["Գյումրու Ավստրիական հիվանդանոց"]), ("DATE", ["05.03.2026"]),
      ("AGE", ["Իննսունմեկամյա"]), ("DATE", ["Զատիկը"]), ("DATE", ["19.03.2026"]), ("NAME", ["Տիգրան", "Ղազարյան"]),
      ("LICENCE", ["ԲԳ-018462"]), ("NAME", ["Գայանե", "Սարգսյան"])],
     ["հևոց", "օրթոպնոէ (2 բարձ)", "ԶՃ 150/90 մմ ս.ս.", "ՍԿՀ 88 զ/ր", "SpO2 90%", "խոնավ խզզոցներ", "այտուցներ 2+",
      "NT-proBNP 3240 pg/mL", "կրեատինին 118 մկմոլ/լ", "NYHA III", "HFpEF", "ֆուրոսեմիդ 40 մգ", "սպիրոնոլակտոն 25 մգ",
      "բիսոպրոլոլ 2.5 մգ", "դապագլիֆլոզին 10 մգ", "MMSE 22/30", "Katz 4/6"]),
    # 18 - Philippines, Palawan (Puerto Princesa City: Barangay Mangingisda; Coron): medico-legal certificate for
    # hacking and incised wounds
    ("Republic of the Philippines\n"
     "Province of Palawan\n"
     "OSPITAL NG PALAWAN\n"
     "Malvar Street, Puerto Princesa City 5300 | ER (048) 555-0192\n"
     "\n"
     "MEDICO-LEGAL CERTIFICATE\n"
     "ML No. 2026-0188 | May 18, 2026\n"
     "\n"
     "TO WHOM IT MAY CONCERN:\n"
     "\n"
     "This is to certify that REYNALDO \"BOYET\" MACARAIG SABADO, 38 years old (born February 2, 1988), male, "
     "married, fisherman on the F/B Lady Grace 3, a native of Coron and a resident of Purok Pag-asa, Barangay "
     "Mangingisda, this city, PhilHealth No. 12-025487136-4, was examined at the Emergency Room of this hospital on "
     "May 17, 2026 at 11:40 PM. He was brought in by tricycle (plate 4821-KP) with his wife Analyn \"Inday\" Sabado "
     "(0917-555-2841) and Pat. Jericho Dimaano of Puerto Princesa City Police Station 2 (Police Blotter Entry No. "
     "2026-0517-041). Alleged hacking by one alias \"Kulot\" during a drinking session at around 10:30 PM of the same "
     "date in Barangay Maligaya.\n"
     "\n"
     "PHYSICAL FINDINGS:\n"
     "1. Hacking wound, 6 cm x 1 cm, left forearm, dorsal aspect, middle third, with exposed muscle; tendon intact; "
     "Allen test normal.\n"
     "2. Incised wound, 3 cm, left parietal area, with minimal bleeding.\n"
     "3. Abrasion, 2 x 1 cm, right knee.\n"
     "GCS 15/15, BP 130/80, with alcoholic breath.\n"
     "\n"
     "TREATMENT: wound debridement and suturing (simple interrupted, Nylon 3-0, 8 sutures); anti-tetanus serum 1,500 "
     "IU; Td 0.5 mL IM; cefalexin 500 mg QID for 7 days; mefenamic acid 500 mg as needed.\n"
     "\n"
     "Barring complications, the above injuries will require medical attendance and will heal within a healing period "
     "of 10 to 14 days.\n"
     "\n"
     "Follow-up of the forearm wound at Palawan Adventist Hospital. This certificate is issued upon the request of "
     "PLtCol. Rommel Villafuerte, Chief of Police, for whatever legal purpose it may serve.\n"
     "\n"
     "MA. CRISTINA ABAD-DIMACULANGAN, MD\n"
     "Medico-Legal Officer | PRC Lic. No. 0112847\n"
     "ER nurse on duty: Lovely Joy Sumagaysay, RN | Records: medrec.onp@palawan.gov.ph",
     [("HOSPITAL", ["OSPITAL NG PALAWAN"]), ("LOCATION", ["Palawan"]), ("ADDRESS", ["Malvar Street"]),
      ("LOCATION", ["Puerto Princesa City"]), ("POSTCODE", ["5300"]), ("PHONE", ["(048) 555-0192"]),
      ("ID", ["2026-0188"]), ("DATE", ["May 18, 2026"]), ("NAME", ["REYNALDO", "BOYET", "MACARAIG", "SABADO"]),
      ("DATE", ["February 2, 1988"]), ("LOCATION", ["Lady Grace 3"]), ("LOCATION", ["Coron"]),
      ("ADDRESS", ["Purok Pag-asa"]), ("LOCATION", ["Barangay Mangingisda"]), ("ID", ["12-025487136-4"]),
      ("DATE", ["May 17, 2026"]), ("PLATE", ["4821-KP"]), ("NAME", ["Analyn", "Inday", "Sabado"]),
      ("PHONE", ["0917-555-2841"]), ("NAME", ["Jericho", "Dimaano"]),
      ("HOSPITAL", ["Puerto Princesa City Police Station 2"]), ("ID", ["2026-0517-041"]), ("NAME", ["Kulot"]),
      ("LOCATION", ["Barangay Maligaya"]), ("NAME", ["MA. CRISTINA", "ABAD-DIMACULANGAN"]), ("LICENCE", ["0112847"]),
      ("NAME", ["Lovely Joy", "Sumagaysay"]), ("HOSPITAL", ["Palawan Adventist Hospital"]),
      ("NAME", ["Rommel", "Villafuerte"]), ("EMAIL", ["medrec.onp@palawan.gov.ph"])],
     ["Hacking wound, 6 cm x 1 cm", "exposed muscle", "tendon intact", "Allen test normal", "Incised wound, 3 cm",
      "Abrasion, 2 x 1 cm", "GCS 15/15", "BP 130/80", "alcoholic breath", "simple interrupted", "Nylon 3-0",
      "anti-tetanus serum 1,500 IU", "Td 0.5 mL IM", "cefalexin 500 mg QID", "mefenamic acid 500 mg",
      "Barring complications", "healing period of 10 to 14 days"]),
    # 19 - India, Himachal Pradesh, Kinnaur (Sangla valley: Batseri, Sangla; Reckong Peo; Shimla): RBSK school health
    # screening referral card, suspected patent ductus arteriosus (Hindi, Devanagari)
    ("राष्ट्रीय बाल स्वास्थ्य कार्यक्रम (RBSK)\n"
     "मोबाइल हेल्थ टीम - खंड कल्पा, ज़िला किन्नौर, हिमाचल प्रदेश | दूरभाष 01786-555412 | rbsk.kalpa.mht@gmail.com\n"
     "रेफ़रल कार्ड (DEIC / उच्च संस्थान हेतु) | क्रमांक KNR/RBSK/2026/0311\n"
     "दिनांक: 09/10/2026\n"
     "\n"
     "बच्चे का नाम: तन्वी नेगी | बालिका | आयु 6 वर्ष | जन्म तिथि १४/०३/२०२०\n"
     "पिता: श्री दलीप सिंह नेगी (सेब बागान, किन्नौर फल उत्पादक सहकारी सभा) | माता: श्रीमती सोनम डोलमा\n"
     "पता: गाँव बटसेरी, डाकघर सांगला, तहसील सांगला, ज़िला किन्नौर - 172106 | मोबाइल 98160 55427\n"
     "आधार (बच्चे का): 4827 1365 9027\n"
     "स्कूल: राजकीय प्राथमिक पाठशाला बटसेरी, कक्षा 1 | स्क्रीनिंग की तिथि: ०८ अक्टूबर\n"
     "\n"
     "जाँच में पाया गया (4D):\n"
     "- हृदय: बाएँ ऊपरी स्टर्नल किनारे पर निरंतर मर्मर (continuous machinery murmur) - Gibson murmur, PDA की आशंका।\n"
     "- बार-बार छाती संक्रमण, जल्दी थकान। वज़न 16 किग्रा (WAZ -2.1)।\n"
     "- SpO2 96% (दोनों पैरों में)।\n"
     "- आँखें: Snellen 6/6 दोनों आँखें; Bitot's spots नहीं।\n"
     "- हीमोग्लोबिन 10.2 g/dL (HemoCue)।\n"
     "\n"
     "रेफ़र किया गया: DEIC, क्षेत्रीय अस्पताल रिकांग पिओ, वहाँ से इंदिरा गांधी मेडिकल कॉलेज, शिमला (बाल हृदय रोग OPD) "
     "में इकोकार्डियोग्राफी हेतु। परिवार दशहरा अवकाश के बाद शिमला जाएगा; मामा श्री राजेंद्र कुमार, संजौली, साथ "
     "रहेंगे।\n"
     "\n"
     "टीम: डॉ. सुनयना कंवर (चिकित्सा अधिकारी, HPMC पंजीकरण 9174) | ANM रीता ठाकुर | वाहन HP 25A 3418\n"
     "हस्ताक्षर: सु. कं.",
     [("LOCATION", ["कल्पा"]), ("LOCATION", ["किन्नौर"]), ("PHONE", ["01786-555412"]),
      ("EMAIL", ["rbsk.kalpa.mht@gmail.com"]), ("ID", ["KNR/RBSK/2026/0311"]), ("DATE", ["09/10/2026"]),
      ("NAME", ["तन्वी", "नेगी"]), ("DATE", ["१४/०३/२०२०"]), ("NAME", ["दलीप सिंह"]),
      ("HOSPITAL", ["किन्नौर फल उत्पादक सहकारी सभा"]), ("NAME", ["सोनम", "डोलमा"]), ("LOCATION", ["बटसेरी"]),
      ("LOCATION", ["सांगला"]), ("POSTCODE", ["172106"]), ("PHONE", ["98160 55427"]), ("ID", ["4827 1365 9027"]),
      ("HOSPITAL", ["राजकीय प्राथमिक पाठशाला बटसेरी"]), ("DATE", ["०८ अक्टूबर"]),
      ("HOSPITAL", ["क्षेत्रीय अस्पताल रिकांग पिओ"]), ("LOCATION", ["रिकांग पिओ"]),
      ("HOSPITAL", ["इंदिरा गांधी मेडिकल कॉलेज"]), ("LOCATION", ["शिमला"]), ("DATE", ["दशहरा"]),
      ("NAME", ["राजेंद्र", "कुमार"]), ("LOCATION", ["संजौली"]), ("NAME", ["सुनयना", "कंवर"]), ("LICENCE", ["9174"]),
      ("NAME", ["रीता", "ठाकुर"]), ("PLATE", ["HP 25A 3418"]), ("NAME", ["सु. कं."])],
     ["4D", "निरंतर मर्मर", "continuous machinery murmur", "Gibson murmur", "PDA", "बार-बार छाती संक्रमण",
      "वज़न 16 किग्रा", "WAZ -2.1", "SpO2 96% (दोनों पैरों में)", "Snellen 6/6", "Bitot's spots",
      "हीमोग्लोबिन 10.2 g/dL", "HemoCue", "इकोकार्डियोग्राफी", "बाल हृदय रोग OPD"]),

    # 20 - St Vincent and the Grenadines (Kingstown; Bequia: Paget Farm, Port Elizabeth, Friendship): surgical admission
    # clerking, harpoon injury of the thigh during the humpback whale hunt
    ("MILTON CATO MEMORIAL HOSPITAL, KINGSTOWN - DEPARTMENT OF SURGERY\n"
     "SURGICAL ADMISSION CLERKING | Male Surgical Ward | 04/04/2026 (Easter Saturday) 16:20\n"
     "Name: Desmond \"Tallboy\" OLLIVIERRE | 44 M | DOB 12/09/1981 | Hosp No MCMH-2261847 | NIS No. 118273-4\n"
     "Address: Paget Farm, Bequia | Tel (784) 555-0139\n"
     "NOK: wife Vernetta Ollivierre (784) 555-0176; brother Kenroy was in the same boat\n"
     "Referred from: Bequia Casualty Hospital, Port Elizabeth (Dr Anselm Quashie); brought across on the coast guard "
     "vessel Hairoun (SVG 08).\n"
     "\n"
     "PC: harpoon injury R thigh.\n"
     "HPC: crewman on the whaleboat Persistence during the humpback hunt off Semple Cay at about 11:00; the line "
     "fouled and the harpoon iron struck his R thigh. Iron pulled out by the crew on the beach at Friendship Bay, "
     "pressure dressing applied, bleeding controlled. No LOC.\n"
     "PMH: nil. Smoker. No regular meds. NKDA. Tetanus status unknown. Works as a shipwright at the Bequia Slipway; "
     "GP Dr Yvette Hazell-Simmons, Paget Farm Health Centre. Third season on the boat; this season opened on 1 "
     "February.\n"
     "O/E: alert, Glasgow Coma Scale 15, pale. HR 112, BP 104/66, MAP 79, RR 20, SpO2 98%. R anteromedial thigh: 4 cm "
     "entry wound, no exit wound, no expanding haematoma, no bruit or thrill. Distal pulses palpable, ABPI 0.95. Hard "
     "signs of vascular injury absent. Thigh compartments soft. Saphenous sensation intact.\n"
     "Ix: Hb 96 g/L, lactate 2.6. XR R femur: no fracture, no retained metal. FAST negative. G&XM 2 units.\n"
     "Imp: penetrating harpoon injury R thigh, soft tissue only so far.\n"
     "Plan: Ringer's lactate 1 L; co-amoxiclav 1.2 g IV TDS; tetanus toxoid 0.5 mL IM and HTIG 250 IU; exploration, "
     "washout and debridement in theatre tonight under Mr Ravindra Lewis-Providence; CTA if the ABPI falls below 0.9; "
     "hourly neurovascular obs. Fisheries Division informed by the boat captain, Othniel \"Bosun\" King.\n"
     "Dr Kezia Horne-Baptiste, SHO Surgery | SVG Medical Board Reg. No. 1487 | surgery.mcmh@health.gov.vc",
     [("HOSPITAL", ["MILTON CATO MEMORIAL HOSPITAL"]), ("LOCATION", ["KINGSTOWN"]), ("DATE", ["04/04/2026"]),
      ("DATE", ["Easter Saturday"]), ("NAME", ["Desmond", "Tallboy", "OLLIVIERRE"]), ("DATE", ["12/09/1981"]),
      ("MRN", ["MCMH-2261847"]), ("ID", ["118273-4"]), ("LOCATION", ["Paget Farm"]), ("LOCATION", ["Bequia"]),
      ("PHONE", ["(784) 555-0139"]), ("NAME", ["Vernetta", "Ollivierre"]), ("PHONE", ["(784) 555-0176"]),
      ("NAME", ["Kenroy"]), ("HOSPITAL", ["Bequia Casualty Hospital"]), ("LOCATION", ["Port Elizabeth"]),
      ("NAME", ["Anselm", "Quashie"]), ("LOCATION", ["Hairoun"]), ("PLATE", ["SVG 08"]), ("LOCATION", ["Persistence"]),
      ("LOCATION", ["Semple Cay"]), ("LOCATION", ["Friendship Bay"]), ("NAME", ["Ravindra", "Lewis-Providence"]),
      ("NAME", ["Kezia", "Horne-Baptiste"]), ("LICENCE", ["1487"]), ("HOSPITAL", ["Bequia Slipway"]),
      ("NAME", ["Yvette", "Hazell-Simmons"]), ("HOSPITAL", ["Paget Farm Health Centre"]), ("DATE", ["1 February"]),
      ("NAME", ["Othniel", "Bosun", "King"]), ("EMAIL", ["surgery.mcmh@health.gov.vc"])],
     ["Glasgow Coma Scale 15", "HR 112", "BP 104/66", "MAP 79", "no expanding haematoma", "ABPI 0.95",
      "signs of vascular injury absent", "compartments soft", "Hb 96 g/L", "lactate 2.6", "no retained metal",
      "FAST negative", "Ringer's lactate 1 L", "co-amoxiclav 1.2 g IV TDS", "tetanus toxoid 0.5 mL IM", "HTIG 250 IU",
      "CTA"]),
    # 21 - India, Gujarat, Anand district (Khambhat, Akbarpur; Karamsad): pneumoconiosis board silicosis diagnosis
    # certificate for an agate polisher, with a Vikram Samvat date and Uttarayan (Gujarati)
    ("ન્યુમોકોનિઓસિસ (સિલિકોસિસ) નિદાન બોર્ડ\n"
     "સરકારી હોસ્પિટલ, ખંભાત, જિ. આણંદ | ફોન 02698-555218\n"
     "સિલિકોસિસ નિદાન પ્રમાણપત્ર | પ્રમાણપત્ર નં. ANA/SIL/2026/0083\n"
     "તારીખ: ૨૦/૦૧/૨૦૨૬ (મહા સુદ ૨, વિ.સં. ૨૦૮૨)\n"
     "\n"
     "દર્દીનું નામ: રમેશભાઈ કાનજીભાઈ વાઘેલા | પુરુષ | ઉંમર ૪૬ વર્ષ | જન્મ તારીખ 01/06/1979\n"
     "સરનામું: ૧૨, ચોકસીવાડ, અકબરપુર, ખંભાત - 388620 | મોબાઈલ 98250 55418\n"
     "આધાર: 7394 6150 2889 | નિક્ષય ID 47182036\n"
     "વ્યવસાય: અકીક ઘસાઈ (agate polishing), ૨૨ વર્ષ - ગણેશ અકીક ઉદ્યોગ (માલિક શ્રી જયંતીલાલ ચોકસી)\n"
     "\n"
     "ઇતિહાસ: ત્રણ વર્ષથી શ્વાસ ચડે છે, હવે mMRC grade 3; સૂકી ઉધરસ. 2022 માં ફેફસાંનો TB - ટીબી યુનિટ ખંભાતમાં "
     "સારવાર પૂર્ણ. ઉત્તરાયણ (૧૪ જાન્યુઆરી) એ પતંગ ચગાવવા ધાબે ચડતાં ખૂબ શ્વાસ ચડ્યો.\n"
     "તપાસ: SpO2 92%, બંને ફેફસાંમાં crepitations, clubbing નથી.\n"
     "છાતીનો X-ray (ILO વર્ગીકરણ): ILO 2/2 q/q, બંને ઉપલા ભાગમાં; hilar lymph nodes માં eggshell calcification.\n"
     "HRCT (શ્રી કૃષ્ણ હોસ્પિટલ, કરમસદ, 12/01/2026): centrilobular nodules; જમણા ઉપલા lobe માં progressive massive "
     "fibrosis.\n"
     "Spirometry: FVC 58% predicted, FEV1/FVC 0.68. 6MWT 280 m.\n"
     "GeneXpert MTB/RIF: Not detected.\n"
     "\n"
     "નિદાન: ક્રોનિક સિલિકોસિસ, PMF સાથે (વ્યવસાયજન્ય).\n"
     "ભલામણ: ધૂળવાળું કામ તુરંત બંધ; રાજ્ય સિલિકોસિસ પુનર્વસન સહાય માટે પાત્ર; દર ૬ મહિને TB તપાસ; pneumococcal "
     "vaccine. પત્ની સવિતાબેન અને પુત્ર કિશનને સમજાવ્યું. શ્રમિક આરોગ્ય મંડળના કાર્યકર શ્રી ઈકબાલ મલેક સાથે હતા.\n"
     "\n"
     "બોર્ડ સભ્યો: ડૉ. હેતલ દેસાઈ (છાતી રોગ નિષ્ણાત, GMC Reg. G-28417), ડૉ. ઈમ્તિયાઝ શેખ (રેડિયોલોજિસ્ટ), ડૉ. નીલા "
     "ત્રિવેદી (વ્યવસાયિક આરોગ્ય)",
     [("HOSPITAL", ["સરકારી હોસ્પિટલ, ખંભાત"]), ("LOCATION", ["ખંભાત"]), ("LOCATION", ["આણંદ"]),
      ("PHONE", ["02698-555218"]), ("ID", ["ANA/SIL/2026/0083"]), ("DATE", ["૨૦/૦૧/૨૦૨૬"]),
      ("DATE", ["મહા સુદ ૨, વિ.સં. ૨૦૮૨"]), ("NAME", ["રમેશભાઈ", "કાનજીભાઈ", "વાઘેલા"]), ("DATE", ["01/06/1979"]),
      ("ADDRESS", ["૧૨, ચોકસીવાડ"]), ("LOCATION", ["અકબરપુર"]), ("POSTCODE", ["388620"]), ("PHONE", ["98250 55418"]),
      ("ID", ["7394 6150 2889"]), ("ID", ["47182036"]), ("HOSPITAL", ["ગણેશ અકીક ઉદ્યોગ"]),
      ("NAME", ["જયંતીલાલ", "ચોકસી"]), ("HOSPITAL", ["ટીબી યુનિટ ખંભાત"]), ("DATE", ["ઉત્તરાયણ"]),
      ("DATE", ["૧૪ જાન્યુઆરી"]), ("HOSPITAL", ["શ્રી કૃષ્ણ હોસ્પિટલ"]), ("LOCATION", ["કરમસદ"]),
      ("DATE", ["12/01/2026"]), ("NAME", ["સવિતાબેન"]), ("NAME", ["કિશન"]), ("HOSPITAL", ["શ્રમિક આરોગ્ય મંડળ"]),
      ("NAME", ["ઈકબાલ", "મલેક"]), ("NAME", ["હેતલ", "દેસાઈ"]), ("LICENCE", ["G-28417"]), ("NAME", ["ઈમ્તિયાઝ", "શેખ"]),
      ("NAME", ["નીલા", "ત્રિવેદી"])],
     ["agate polishing", "mMRC grade 3", "સૂકી ઉધરસ", "SpO2 92%", "crepitations", "clubbing નથી", "ILO 2/2 q/q",
      "eggshell calcification", "HRCT", "centrilobular nodules", "FVC 58% predicted", "FEV1/FVC 0.68", "6MWT 280 m",
      "GeneXpert MTB/RIF", "ક્રોનિક સિલિકોસિસ", "pneumococcal vaccine"]),

    # 22 - New Zealand, Tairāwhiti (Gisborne; Ruatoria, Tikitiki, Te Puia Springs): emergency department discharge
    # letter to the GP, boar tusk and dog bite injuries while pig hunting on Matariki
    ("Te Whatu Ora - Hauora Tairāwhiti\n"
     "GISBORNE HOSPITAL - EMERGENCY DEPARTMENT\n"
     "421 Ormond Road, Gisborne 4010 | Ph 06 555 0184\n"
     "ED DISCHARGE LETTER TO GP | 11/07/2026 02:10\n"
     "To: Dr Erana Walker-Haenga, Ngāti Porou Hauora, Te Puia Springs\n"
     "\n"
     "Patient: Tamati Pōhatu-Kerekere | 36 M | DOB 17/02/1990 | NHI ZLM4050\n"
     "Address: 1428 State Highway 35, RD 3, Ruatoria 4083 | Mob 027 555 0961\n"
     "NOK: partner Mereana Kerekere, 027 555 0628 | ACC claim 10047218653\n"
     "\n"
     "Presentation: out pig hunting on Matariki in the bush behind Tikitiki with his mate Hone \"Snow\" Tāwhiri and "
     "three dogs. A boar of about 70 kg ripped his R calf with a tusk while the dogs held it, and one of his own dogs "
     "bit his L hand in the scrap. Snow drove him to Te Puia Springs Hospital in his ute (QTR592); St John brought "
     "him on to us.\n"
     "Findings: R calf 12 cm ragged laceration through the fascia into gastrocnemius, soil and fern in the wound; "
     "distal pulses present, neurovascularly intact. L hand: 2 puncture wounds over the dorsum, no tendon "
     "involvement. X-rays: no gas, no retained tusk fragment.\n"
     "Treatment: lidocaine 1% with adrenaline 1:200,000; irrigated with 2 L saline and debrided; calf left open for "
     "delayed primary closure, hand wounds left open. Augmentin 625 mg TDS for 7 days (covers Pasteurella multocida "
     "and Capnocytophaga canimorsus). Boostrix given; tetanus immunoglobulin not needed.\n"
     "Advice: pig hunters are at risk of leptospirosis - come back with fever, headache or muscle pains over the next "
     "3 weeks.\n"
     "Follow-up: wound check at Te Puia Springs Hospital on 13/07; delayed primary closure here on 14/07 with Mr Hēmi "
     "Tūpara, general surgeon.\n"
     "Dr Sophie van der Merwe-Ngata, ED Registrar (MCNZ 61832) | RN Kiri Brown",
     [("HOSPITAL", ["Hauora Tairāwhiti"]), ("HOSPITAL", ["GISBORNE HOSPITAL"]), ("ADDRESS", ["421 Ormond Road"]),
      ("LOCATION", ["Gisborne"]), ("POSTCODE", ["4010"]), ("PHONE", ["06 555 0184"]), ("DATE", ["11/07/2026"]),
      ("NAME", ["Erana", "Walker-Haenga"]), ("HOSPITAL", ["Ngāti Porou Hauora"]), ("LOCATION", ["Te Puia Springs"]),
      ("NAME", ["Tamati", "Pōhatu-Kerekere"]), ("DATE", ["17/02/1990"]), ("ID", ["ZLM4050"]),
      ("ADDRESS", ["1428 State Highway 35", "RD 3"]), ("LOCATION", ["Ruatoria"]), ("POSTCODE", ["4083"]),
      ("PHONE", ["027 555 0961"]), ("NAME", ["Mereana", "Kerekere"]), ("PHONE", ["027 555 0628"]),
      ("ID", ["10047218653"]), ("DATE", ["Matariki"]), ("LOCATION", ["Tikitiki"]),
      ("NAME", ["Hone", "Snow", "Tāwhiri"]), ("HOSPITAL", ["Te Puia Springs Hospital"]), ("PLATE", ["QTR592"]),
      ("HOSPITAL", ["St John"]), ("DATE", ["13/07"]), ("DATE", ["14/07"]), ("NAME", ["Hēmi", "Tūpara"]),
      ("NAME", ["Sophie", "van der Merwe-Ngata"]), ("LICENCE", ["61832"]), ("NAME", ["Kiri", "Brown"])],
     ["12 cm ragged laceration", "gastrocnemius", "neurovascularly intact", "2 puncture wounds",
      "no tendon involvement", "no retained tusk fragment", "lidocaine 1% with adrenaline 1:200,000",
      "irrigated with 2 L saline", "delayed primary closure", "Augmentin 625 mg TDS", "Pasteurella multocida",
      "Capnocytophaga canimorsus", "Boostrix", "tetanus immunoglobulin", "leptospirosis"]),

    # 23 - China, Guangxi, Hechi (Bama Yao Autonomous County: Jiazhuan, Poyue village): orthopaedic pre-operative case
    # discussion record, femoral neck fracture in a woman aged 102, with a lunar birth date and the Third of March
    # festival (simplified Chinese)
    ("巴马瑶族自治县人民医院\n"
     "骨科 术前讨论记录\n"
     "讨论时间：2026年5月18日 16:00　地点：骨科医生办公室\n"
     "主持人：韦国强 主任医师\n"
     "参加人员：覃立新 主治医师、陆海燕 麻醉科副主任医师、黄丽萍 护士长、规培医师 蒙小川\n"
     "\n"
     "患者：黄妈桂，女，102岁，住院号 2026-051384，骨科3病区12床\n"
     "身份证号：451227192311050422　出生日期：1923年11月5日（农历九月廿八）\n"
     "住址：河池市巴马瑶族自治县甲篆镇坡月村巴盘屯12号\n"
     "联系人：孙子 黄永福（电话 138-7780-5521）；女儿 罗美桃（住南宁市）\n"
     "医保：城乡居民医保 卡号 H45122700418273\n"
     "\n"
     "病史摘要：患者于2026年5月16日在自家院子喂鸡时跌倒，右髋疼痛、不能站立，由村医蓝志明陪同，经120救护车（桂M·3A120）送入我院。既往高血压20余年，服氨氯地平 5 mg "
     "qd；1958年曾患疟疾；上世纪六十年代起一直务农。受伤前生活基本自理，每年三月三还去唱山歌；2023年村里为她办过百岁寿宴。\n"
     "查体：T 36.8℃，P 88次/分，BP 156/82 mmHg。右下肢短缩外旋畸形，右髋叩痛（+）。\n"
     "辅助检查：X线示右股骨颈骨折（Garden III型，Pauwels II型）。血红蛋白 98 g/L，白蛋白 31 g/L，NT-proBNP 890 pg/ml，肌酐 102 μmol/L。心脏彩超 EF 58%。\n"
     "评估：ASA III级；Caprini评分 5分（高危）；NRS 6分；伤前 Barthel 指数 70分；Norton 评分 12分。\n"
     "\n"
     "讨论意见：\n"
     "韦国强：患者一百零二岁高龄，但伤前活动能力尚可，保守治疗卧床并发症风险高，建议48小时内行右侧人工股骨头置换术（骨水泥型）。\n"
     "陆海燕：建议腰硬联合麻醉，术前超声引导下髂筋膜间隙阻滞镇痛；警惕骨水泥植入综合征。\n"
     "覃立新：低分子肝素 4000 IU 皮下注射 qd，术前12小时停用。\n"
     "黄丽萍：加强压力性损伤预防，每2小时翻身。\n"
     "\n"
     "结论：拟于2026年5月19日行右侧人工股骨头置换术，孙子黄永福已签署知情同意书。\n"
     "记录人：蒙小川",
     [("HOSPITAL", ["巴马瑶族自治县人民医院"]), ("DATE", ["2026年5月18日"]), ("NAME", ["韦国强"]), ("NAME", ["覃立新"]), ("NAME", ["陆海燕"]),
      ("NAME", ["黄丽萍"]), ("NAME", ["蒙小川"]), ("NAME", ["黄妈桂"]), ("AGE", ["102岁"]), ("MRN", ["2026-051384"]),
      ("ID", ["451227192311050422"]), ("DOB90", ["1923年11月5日", "农历九月廿八"]), ("LOCATION", ["河池市"]),
      ("LOCATION", ["巴马瑶族自治县"]), ("LOCATION", ["甲篆镇"]), ("LOCATION", ["坡月村"]), ("ADDRESS", ["巴盘屯12号"]),
      ("NAME", ["黄永福"]), ("PHONE", ["138-7780-5521"]), ("NAME", ["罗美桃"]), ("LOCATION", ["南宁市"]),
      ("ID", ["H45122700418273"]), ("DATE", ["2026年5月16日"]), ("NAME", ["蓝志明"]), ("PLATE", ["桂M·3A120"]),
      ("DATE", ["1958年"]), ("DATE", ["上世纪六十年代"]), ("DATE", ["三月三"]), ("DATE", ["2023年"]), ("AGE", ["百岁"]),
      ("AGE", ["一百零二岁"]), ("DATE", ["2026年5月19日"])],
     ["氨氯地平 5 mg", "疟疾", "右下肢短缩外旋畸形", "右股骨颈骨折", "Garden III型", "Pauwels II型", "血红蛋白 98 g/L", "白蛋白 31 g/L",
      "NT-proBNP 890 pg/ml", "肌酐 102 μmol/L", "EF 58%", "ASA III级", "Caprini评分 5分", "NRS 6分", "Barthel 指数 70分",
      "Norton 评分 12分", "人工股骨头置换术", "腰硬联合麻醉", "髂筋膜间隙阻滞", "骨水泥植入综合征", "低分子肝素 4000 IU"]),
]
