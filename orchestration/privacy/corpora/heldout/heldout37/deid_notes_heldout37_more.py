"""Notes 20-39 of the thirty-seventh HELD-OUT set (see :mod:`deid_notes_heldout37` for how it was written and what it
holds).

These 20 notes hold 619 planted identifier parts in 521 (kind, parts) entries and 261 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 21, a residential aged care resident care plan for a resident aged 96
(Norfolk Island); 23, a medical report for an employment injury benefit claim (Tobago); 26, a certificate issuer's
mental capacity assessment for a Lasting Power of Attorney (Singapore); 28, a community health aide encounter with a
telemedicine consult (Alaska); 30, a care home outbreak log with a legend of staff initials (Gozo); 31, a Hansen's
disease treatment card (Guyana); 32, an urgent optometrist referral (Fermanagh); 33, a POLST form for a patient aged 91
(Maine); 34, a haemodialysis run sheet (Mauritius); 35, a high-altitude rescue aid post record (Nepal); 36, a
polysomnography report (Yukon); 37, a coronary angiography and PCI report (Rawalpindi); 38, a Lassa fever ward
medication administration record (Kenema); 39, a veterans' compensation and pension hearing examination (New Mexico). In
Hindi (Devanagari): 20, an ASHA home-based newborn care visit card (Rajasthan). In Persian (Arabic script): 22, a lumbar
spine MRI report (Yazd). In Greek script: 24, a ward nursing shift handover sheet (Chios). In Spanish: 25, an immediate
notification of hantavirus cardiopulmonary syndrome (Aysen). In simplified Chinese: 27, a laboratory report (Yunnan). In
French: 29, a death certificate with a cremation attestation, deceased aged 97 (Liege province). Entries per kind here:
NAME 119, DATE 94, LOCATION 86, PHONE 40, HOSPITAL 38, ID 36, ADDRESS 22, MRN 18, LICENCE 18, POSTCODE 13, PLATE 9,
EMAIL 7, SERIAL 5, AGE 3, CODE 3, DOB90 3, URL 3, IP 2, HANDLE 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - India, Rajasthan (Chittorgarh): ASHA home-based newborn care visit card for a baby born on Diwali (Hindi)
    ("गृह आधारित नवजात देखभाल (HBNC) – आशा गृह भ्रमण कार्ड\n"
     "उप-स्वास्थ्य केंद्र धनोरा | सामुदायिक स्वास्थ्य केंद्र बेगूं | ज़िला चित्तौड़गढ़\n"
     "माता का नाम: श्रीमती सुनीता देवी मीणा, पत्नी श्री रामनिवास मीणा | आयु 24 वर्ष\n"
     "आधार (माता): 4718 2936 5104 | RCH ID: 108241736925\n"
     "पता: वार्ड नं. 7, मंदिर वाली गली, गाँव धनोरा, तहसील बेगूं, पिन 312023 | मोबाइल: 94141 82736\n"
     "पिता का काम: सांवलिया स्टोन क्रशर पर मजदूरी\n"
     "प्रसव: 20/10/2025, दीपावली की रात (कार्तिक अमावस्या, वि.सं. 2082), सामुदायिक स्वास्थ्य केंद्र बेगूं में सामान्य "
     "प्रसव। गर्भावस्था 36 सप्ताह, जन्म के समय वजन 2.1 किग्रा, अपगार स्कोर 7 और 9। शिशु: बालक।\n"
     "जन्म पर: BCG, OPV-0, Hepatitis B जन्म खुराक तथा Vitamin K 1 mg दिए गए।\n"
     "भ्रमण | दिनांक | वजन | तापमान | श्वसन दर | स्तनपान | नाभि | हस्ताक्षर\n"
     "दिन 1 | 21/10/2025 | 2.1 किग्रा | 36.6°C | 48/मिनट | केवल स्तनपान | गीली, साफ | कमला\n"
     "दिन 3 | 23/10/2025 (भाई दूज) | 2.05 किग्रा | तापमान 36.2°C | श्वसन दर 52/मिनट | केवल स्तनपान | सूखी | कमला\n"
     "दिन 7 | 27/10/2025 | 2.15 किग्रा | 36.8°C | 46/मिनट | केवल स्तनपान | नाभि सूखी | कमला, सरोज\n"
     "दिन 14 | 03/11/2025 | 2.3 किग्रा | 36.9°C | 44/मिनट | केवल स्तनपान | गिर गई | कमला\n"
     "टिप्पणी: दिन 3 पर हल्का हाइपोथर्मिया – माँ को कंगारू मदर केयर सिखाया, टोपी-मोज़े पहनाए; कम वजन का शिशु (LBW) होने से "
     "ए.एन.एम. को सूचना। पीलिया नहीं, दौरे नहीं, दूध ठीक से पी रहा है।\n"
     "JSY भुगतान: माता के बैंक खाते 31847265019 (SBI शाखा बेगूं) में।\n"
     "आशा: कमला बैरवा (आशा आईडी 0812-27) | ए.एन.एम.: सरोज शर्मा, मो. 98290 41736",
     [("LOCATION", ["धनोरा"]), ("HOSPITAL", ["सामुदायिक स्वास्थ्य केंद्र बेगूं"]), ("LOCATION", ["चित्तौड़गढ़"]),
      ("NAME", ["सुनीता", "देवी", "मीणा"]), ("NAME", ["रामनिवास", "मीणा"]), ("ID", ["4718 2936 5104"]),
      ("ID", ["108241736925"]), ("ADDRESS", ["वार्ड नं. 7, मंदिर वाली गली"]), ("LOCATION", ["बेगूं"]),
      ("POSTCODE", ["312023"]), ("PHONE", ["94141 82736"]), ("LOCATION", ["सांवलिया स्टोन क्रशर"]),
      ("DATE", ["20/10/2025"]), ("DATE", ["दीपावली"]), ("DATE", ["कार्तिक अमावस्या, वि.सं. 2082"]),
      ("DATE", ["21/10/2025"]), ("DATE", ["23/10/2025"]), ("DATE", ["भाई दूज"]), ("DATE", ["27/10/2025"]),
      ("DATE", ["03/11/2025"]), ("NAME", ["कमला", "बैरवा"]), ("NAME", ["सरोज", "शर्मा"]), ("ID", ["31847265019"]),
      ("ID", ["0812-27"]), ("PHONE", ["98290 41736"])],
     ["गर्भावस्था 36 सप्ताह", "जन्म के समय वजन 2.1 किग्रा", "अपगार स्कोर 7 और 9", "BCG, OPV-0, Hepatitis B",
      "Vitamin K 1 mg", "केवल स्तनपान", "तापमान 36.2°C", "श्वसन दर 52/मिनट", "नाभि सूखी", "हाइपोथर्मिया",
      "कंगारू मदर केयर", "कम वजन का शिशु (LBW)", "पीलिया नहीं"]),

    # 21 - Australia, Norfolk Island: residential aged care resident care plan review, resident aged 96
    ("NORFOLK ISLAND HEALTH AND RESIDENTIAL AGED CARE SERVICE\n"
     "Grassy Road, Burnt Pine, Norfolk Island 2899 | Ph +672 3 22091\n"
     "RESIDENT CARE PLAN - 3-monthly review\n"
     "Review date: 14 January 2026\n"
     "Resident: Mrs Letitia (Lettie) Quintal-Nobbs | DOB 21/11/1929 | Age 96 | Medicare 2418 36758 1 | URN 000738\n"
     "Room 4, Hibiscus wing. Admitted September 2023 after a fall at home on Taylors Road, where she lived from 1952 "
     "with her late husband Elwyn (d. 2011). Speaks Norf'k with family.\n"
     "Representative: son Darrell Quintal, enduring guardian (+672 3 51276). Advance care directive signed 2024: no "
     "transfer to the mainland, comfort care on the island.\n"
     "Domain | Assessment | Goal | Interventions | Resp\n"
     "Falls | Morse Fall Scale 65; 2 falls in 2025 (May, Christmas Eve) | no injurious fall | hip protectors, sensor "
     "mat, low-low bed, 4WW with supervision | RN/PCA\n"
     "Skin | Waterlow 18 | intact skin | 2-hourly repositioning overnight, heel wedges | PCA\n"
     "Nutrition | MNA-SF 9, weight 44.2 kg | keep weight | IDDSI Level 5 minced & moist, mildly thick fluids (IDDSI 2), "
     "Sustagen | RN/cook\n"
     "Pain | Abbey Pain Scale 6 on movement (OA knees) | Abbey < 3 | Panadol Osteo 1330 mg BD, Endone 2.5 mg PRN "
     "before shower | RN\n"
     "Cognition | PAS cognitive impairment score 12 (moderate) | settled afternoons | secure garden; keypad on the wing "
     "door, code 1936 - do not tell the resident | all\n"
     "Continence | double incontinence, Movicol 1 sachet daily | comfort | 2-hourly toileting by day | PCA\n"
     "Social/spiritual | Anglican; son takes her to St Barnabas Chapel on the first Sunday of the month. "
     "Loves the Bounty Day re-enactment at Emily Bay and Thanksgiving lunch with the family.\n"
     "Reviewed by: Jodie Buffett, RN (AHPRA NMW0002417803) and Dr Harriet Vanderpoel (GP)",
     [("HOSPITAL", ["NORFOLK ISLAND HEALTH AND RESIDENTIAL AGED CARE SERVICE"]), ("ADDRESS", ["Grassy Road"]),
      ("LOCATION", ["Burnt Pine"]), ("POSTCODE", ["2899"]), ("PHONE", ["+672 3 22091"]),
      ("DATE", ["14 January 2026"]), ("NAME", ["Letitia", "Lettie", "Quintal-Nobbs"]),
      ("DOB90", ["1929", "21/11/1929"]), ("AGE", ["Age 96"]), ("ID", ["2418 36758 1"]), ("MRN", ["000738"]),
      ("HOSPITAL", ["Hibiscus wing"]), ("DATE", ["September 2023"]), ("ADDRESS", ["Taylors Road"]),
      ("DATE", ["1952"]), ("NAME", ["Elwyn"]), ("DATE", ["2011"]), ("NAME", ["Darrell", "Quintal"]),
      ("PHONE", ["+672 3 51276"]), ("DATE", ["2024"]), ("DATE", ["2025"]), ("DATE", ["May"]),
      ("DATE", ["Christmas Eve"]), ("CODE", ["1936"]), ("LOCATION", ["St Barnabas Chapel"]), ("LOCATION", ["Emily Bay"]),
      ("DATE", ["Bounty Day"]), ("DATE", ["Thanksgiving"]), ("NAME", ["Jodie", "Buffett"]), ("LICENCE", ["NMW0002417803"]),
      ("NAME", ["Harriet", "Vanderpoel"])],
     ["Morse Fall Scale 65", "hip protectors", "Waterlow 18", "MNA-SF 9", "IDDSI Level 5 minced & moist",
      "mildly thick fluids (IDDSI 2)", "Sustagen", "Abbey Pain Scale 6", "Panadol Osteo 1330 mg BD",
      "Endone 2.5 mg PRN", "PAS cognitive impairment score 12", "double incontinence", "Movicol 1 sachet daily"]),

    # 22 - Iran, Yazd province (Yazd and Meybod): lumbar spine MRI report (Persian, Solar Hijri dates)
    ("مرکز تصویربرداری پزشکی امیرچخماق\n"
     "یزد، بلوار جمهوری، کوچه ۱۴ | کد پستی: ۸۹۱۶۷۳۴۵۱۸ | تلفن: ۰۳۵-۳۶۲۴۱۸۷۳\n"
     "گزارش MRI ستون فقرات کمری (بدون تزریق)\n"
     "تاریخ: ۱۴۰۴/۰۸/۱۲ | شماره پذیرش: ۰۶۳۱۹۵۲\n"
     "نام بیمار: آقای محمدرضا دهقانی‌زاده | سن: ۴۴ سال | کد ملی: ۴۴۴۲۱۸۷۵۶۸\n"
     "بیمه: تأمین اجتماعی، شماره بیمه ۱۲۸۴۷۳۶۵۰۹ | تلفن همراه: ۰۹۱۳ ۲۵۱ ۴۸۷۶\n"
     "نشانی: میبد، محله بیده، کوچه شهید رحیمی، پلاک ۲۳\n"
     "شغل: بافنده در کارگاه ترمه‌بافی شیرکوه\n"
     "پزشک معالج: دکتر شیرین خسروی‌پور، متخصص مغز و اعصاب\n"
     "شرح حال: کمردرد و درد انتشاری به پای چپ از ایام عاشورا، پس از جابجا کردن فرش‌های حسینیه بیده. علامت لازگ (Lasègue) "
     "مثبت در ۴۰ درجه.\n"
     "یافته‌ها:\n"
     "- لوردوز کمری کاهش یافته است.\n"
     "- L4-L5: دیسک دژنره (Pfirrmann grade IV) با فتق پاراسانترال چپ از نوع extrusion که ریشه L5 چپ را تحت فشار قرار "
     "داده است.\n"
     "- L5-S1: تغییرات Modic type 1 در صفحات انتهایی مهره‌ها.\n"
     "- Schmorl's node در صفحه فوقانی L2.\n"
     "- کانال نخاعی در سطح L4-L5: قطر قدامی‌خلفی ۸ میلی‌متر (تنگی متوسط).\n"
     "- کیست Tarlov کوچک در سطح S2 (یافته اتفاقی).\n"
     "نتیجه: فتق دیسک L4-L5 سمت چپ با فشار بر ریشه L5؛ ارجاع به جراح ستون فقرات در صورت عدم بهبود با درمان "
     "محافظه‌کارانه پیشنهاد می‌شود.\n"
     "تصاویر: https://pacs.amirchakhmagh-sample.ir/study/0631952\n"
     "رادیولوژیست: دکتر آناهیتا مهرآیین | شماره نظام پزشکی ۸۴۱۲۷ | ۱۴۰۴/۰۸/۱۳",
     [("HOSPITAL", ["امیرچخماق"]), ("LOCATION", ["یزد"]), ("ADDRESS", ["بلوار جمهوری، کوچه ۱۴"]),
      ("POSTCODE", ["۸۹۱۶۷۳۴۵۱۸"]), ("PHONE", ["۰۳۵-۳۶۲۴۱۸۷۳"]), ("DATE", ["۱۴۰۴/۰۸/۱۲"]), ("MRN", ["۰۶۳۱۹۵۲"]),
      ("NAME", ["محمدرضا", "دهقانی‌زاده"]), ("ID", ["۴۴۴۲۱۸۷۵۶۸"]), ("ID", ["۱۲۸۴۷۳۶۵۰۹"]),
      ("PHONE", ["۰۹۱۳ ۲۵۱ ۴۸۷۶"]), ("LOCATION", ["میبد"]), ("LOCATION", ["محله بیده"]),
      ("ADDRESS", ["کوچه شهید رحیمی، پلاک ۲۳"]), ("LOCATION", ["کارگاه ترمه‌بافی شیرکوه"]),
      ("NAME", ["شیرین", "خسروی‌پور"]), ("DATE", ["ایام عاشورا"]), ("LOCATION", ["حسینیه بیده"]),
      ("URL", ["https://pacs.amirchakhmagh-sample.ir/study/0631952"]), ("NAME", ["آناهیتا", "مهرآیین"]),
      ("LICENCE", ["۸۴۱۲۷"]), ("DATE", ["۱۴۰۴/۰۸/۱۳"])],
     ["کمردرد", "درد انتشاری", "علامت لازگ (Lasègue)", "لوردوز کمری کاهش یافته", "Pfirrmann grade IV", "extrusion",
      "ریشه L5 چپ", "Modic type 1", "Schmorl's node", "قطر قدامی‌خلفی ۸ میلی‌متر", "تنگی متوسط", "کیست Tarlov",
      "درمان محافظه‌کارانه"]),

    # 23 - Trinidad and Tobago, Tobago: medical report for an employment injury benefit claim, kitchen burn
    ("NATIONAL INSURANCE BOARD OF TRINIDAD AND TOBAGO - EMPLOYMENT INJURY BENEFIT\n"
     "MEDICAL REPORT BY ATTENDING DOCTOR | Claim No. EI/TOB/25/00931\n"
     "Insured person: Mr Kerwin \"Bagga\" Alleyne-Baptiste | DOB 12/04/1981 | NIB No. 30672914 | National ID "
     "19810412037\n"
     "Address: LP 27, Milford Road, Canaan | Cell +1 868 781 2294\n"
     "Employer: Buccoo Bay Resort - sous-chef | Supervisor: Ms Anella Mc Kenna-Roberts (+1 868 639 7715)\n"
     "Accident: 01/08/2025, Emancipation Day, about 20:15 - hot oil from a deep fryer spilled over his right forearm "
     "and hand during the Emancipation Day buffet. First aid with cool running water for 20 min by co-worker Jevon.\n"
     "Seen at Scarborough General Hospital A&E 21:05: partial-thickness burns 9% TBSA (rule of nines) to the R "
     "forearm, dorsum of R hand and fingers; tetanus toxoid given. Admitted; IV fluids by the Parkland formula "
     "(4 mL/kg/%TBSA), Silvadene dressings.\n"
     "Course: wound swab grew Pseudomonas aeruginosa on day 5 - changed to Acticoat; split-thickness skin graft to the "
     "dorsum of the hand on 12/08/2025; 95% take. Discharged 19/08/2025. Hand therapy at the Plymouth health centre, "
     "twice weekly.\n"
     "Present state (review 10/11/2025): healed; hypertrophic scar, Vancouver Scar Scale 6; DASH score 38; full fist "
     "but grip 60% of the left.\n"
     "Opinion: temporary total incapacity from 01/08/2025 to 30/11/2025; permanent partial disablement assessed at 5% "
     "(loss of function of the dominant hand), subject to the Medical Board, under the National Insurance Act 1971.\n"
     "Doctor: Dr. Vashti Ramcharan-Lezama, Plastic Surgery, MBTT Reg. No. 3619 | Scarborough | "
     "vramcharan@tobagoplastics-sample.tt",
     [("MRN", ["EI/TOB/25/00931"]), ("NAME", ["Kerwin", "Bagga", "Alleyne-Baptiste"]), ("DATE", ["12/04/1981"]),
      ("ID", ["30672914"]), ("ID", ["19810412037"]), ("ADDRESS", ["LP 27, Milford Road"]), ("LOCATION", ["Canaan"]),
      ("PHONE", ["+1 868 781 2294"]), ("LOCATION", ["Buccoo Bay Resort"]),
      ("NAME", ["Anella", "Mc Kenna-Roberts"]), ("PHONE", ["+1 868 639 7715"]), ("DATE", ["01/08/2025"]),
      ("DATE", ["Emancipation Day"]), ("NAME", ["Jevon"]), ("HOSPITAL", ["Scarborough General Hospital"]),
      ("DATE", ["12/08/2025"]), ("DATE", ["19/08/2025"]), ("HOSPITAL", ["Plymouth health centre"]),
      ("DATE", ["10/11/2025"]), ("DATE", ["30/11/2025"]), ("NAME", ["Vashti", "Ramcharan-Lezama"]),
      ("LICENCE", ["3619"]), ("LOCATION", ["Scarborough"]), ("EMAIL", ["vramcharan@tobagoplastics-sample.tt"])],
     ["partial-thickness burns 9% TBSA", "rule of nines", "tetanus toxoid", "Parkland formula", "Silvadene",
      "Pseudomonas aeruginosa", "Acticoat", "split-thickness skin graft", "Vancouver Scar Scale 6", "DASH score 38",
      "temporary total incapacity", "permanent partial disablement", "National Insurance Act 1971"]),

    # 24 - Greece, North Aegean (Chios): medical ward nursing shift handover sheet (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΧΙΟΥ «ΣΚΥΛΙΤΣΕΙΟ» – Παθολογική Κλινική, 2ος όροφος (εσωτ. 2316)\n"
     "ΦΥΛΛΟ ΠΑΡΑΔΟΣΗΣ ΒΑΡΔΙΑΣ: πρωινή → απογευματινή | Δευτέρα 6 Ιανουαρίου 2025 – Θεοφάνια\n"
     "Κλ. 3 | Ευστράτιος Καραμανώλης, 76, ΑΜΚΑ 17034810410, από Βολισσό | Οξύ πνευμονικό οίδημα – βελτιωμένος, Lasix "
     "40 mg ΕΦ x2, ζύγισμα πρωί. Ο γιος του, Φώτης, γιορτάζει σήμερα· θα έρθει μετά τον Αγιασμό (6974 218 305).\n"
     "Κλ. 5 | Μαρουσώ Φραγκάκη, 85, ΑΜΚΑ 25113901273, από Πυργί | Ουρολοίμωξη με σηψαιμία, Klebsiella pneumoniae KPC "
     "– ceftazidime-avibactam (Zavicefta) ανά 8ωρο. NEWS2 7 στις 06:00: ΑΠ 90/55, SpO2 89%, GCS 13/15 – ενημερώθηκε "
     "ο εφημερεύων. Foley 16Fr, ωριαία διούρηση. Κλίμακα Norton 11 – αλλαγή θέσης ανά 2ωρο. Κόρη: Ροδάνθη.\n"
     "Κλ. 7 | Μιχάλης Κοντογιάννης, 53, ΑΜΚΑ 02097120436, από Καρδάμυλα, ναυτικός | Διαβητική κετοξέωση – pH 7,18 "
     "το πρωί, τώρα 7,31· ινσουλίνη σε αντλία, έναρξη Lantus 18 IU το βράδυ. Πιθανή διακομιδή στο ΠΓΝ «Αττικόν» "
     "αν χρειαστεί ΜΕΘ.\n"
     "Κλ. 8 | Ιουλία Μπουρνιά, 39, ΑΜΚΑ 08068502312, από Μεστά (διακομιδή από το Κέντρο Υγείας Βολισσού) | Σιδηροπενική "
     "αναιμία, μετάγγιση 1 μονάδας σε εξέλιξη· θερμοκρασία και ΑΠ ανά 15λεπτο.\n"
     "Εκκρεμότητες: καλλιέργειες κλ. 5· ΗΚΓ κλ. 3 στις 18:00.\n"
     "Παρέδωσε: Ε.Π. (Ελπίδα Πατεράκη) | Παρέλαβε: Σ.Φ. (Σοφία Φαφαλιού) | Εφημερεύων: Δρ Χρυσόστομος Λιβανός",
     [("LOCATION", ["ΧΙΟΥ"]), ("HOSPITAL", ["ΣΚΥΛΙΤΣΕΙΟ"]), ("PHONE", ["2316"]),
      ("DATE", ["Δευτέρα 6 Ιανουαρίου 2025"]), ("DATE", ["Θεοφάνια"]), ("NAME", ["Ευστράτιος", "Καραμανώλης"]),
      ("ID", ["17034810410"]), ("LOCATION", ["Βολισσό"]), ("NAME", ["Φώτης"]), ("PHONE", ["6974 218 305"]),
      ("NAME", ["Μαρουσώ", "Φραγκάκη"]), ("ID", ["25113901273"]), ("LOCATION", ["Πυργί"]), ("NAME", ["Ροδάνθη"]),
      ("NAME", ["Μιχάλης", "Κοντογιάννης"]), ("ID", ["02097120436"]), ("LOCATION", ["Καρδάμυλα"]),
      ("HOSPITAL", ["Αττικόν"]), ("NAME", ["Ιουλία", "Μπουρνιά"]), ("ID", ["08068502312"]), ("LOCATION", ["Μεστά"]),
      ("HOSPITAL", ["Κέντρο Υγείας Βολισσού"]), ("NAME", ["Ε.Π."]), ("NAME", ["Ελπίδα", "Πατεράκη"]),
      ("NAME", ["Σ.Φ."]), ("NAME", ["Σοφία", "Φαφαλιού"]), ("NAME", ["Χρυσόστομος", "Λιβανός"])],
     ["Οξύ πνευμονικό οίδημα", "Lasix 40 mg", "Klebsiella pneumoniae KPC", "ceftazidime-avibactam (Zavicefta)",
      "NEWS2 7", "ΑΠ 90/55", "SpO2 89%", "GCS 13/15", "Foley 16Fr", "Κλίμακα Norton 11", "Διαβητική κετοξέωση",
      "pH 7,18", "Lantus 18 IU", "μετάγγιση 1 μονάδας"]),

    # 25 - Chile, Aysen region (Coyhaique): immediate notification of hantavirus cardiopulmonary syndrome (Spanish)
    ("FORMULARIO DE NOTIFICACIÓN INMEDIATA – ENFERMEDADES DE NOTIFICACIÓN OBLIGATORIA (Decreto Supremo N° 7 de 2019)\n"
     "Establecimiento: Hospital Regional de Coyhaique – Unidad de Paciente Crítico | Jorge Ibar 68 | Fono +56 67 226 2140\n"
     "Fecha de notificación: 19/09/2025 (Fiestas Patrias) | Folio ENO-AYS-2025-0112\n"
     "Paciente: Bastián Ignacio Huenchumán Soto | RUN 16.418.273-8 | 37 años | M | Previsión: FONASA tramo B\n"
     "Domicilio: Pasaje Los Coigües 418, Población Gabriela Mistral, Coyhaique | Cel. +56 9 8416 2207\n"
     "Ocupación: motosierrista, Forestal Río Simpson Ltda., faena en el sector Villa Ortega; camioneta de la empresa "
     "patente RTKB-47.\n"
     "Fecha de inicio de síntomas: 12/09/2025 | Hospitalización: 16/09/2025\n"
     "Antecedente epidemiológico: durmió tres noches en un galpón de la faena con fecas de roedores; abundancia de "
     "ratón colilargo (Oligoryzomys longicaudatus) por la floración de la quila.\n"
     "Clínica: fiebre, mialgias, cefalea y vómitos, luego disnea. Hto 52%, plaquetas 48.000/mm3, inmunoblastos 14%; "
     "PaO2/FiO2 142. IgM hantavirus (+) en test rápido, confirmación en ISP pendiente.\n"
     "Diagnóstico: Síndrome Cardiopulmonar por Hantavirus (SCPH), virus Andes.\n"
     "Manejo: ventilación mecánica; noradrenalina 0,3 mcg/kg/min. Evaluado con el equipo ECMO del Hospital del "
     "Trabajador de Santiago para traslado aéreo.\n"
     "Contactos: esposa Maite Paillacar Nahuelpán (+56 9 7723 1840) – seguimiento por 6 semanas (transmisión "
     "persona a persona descrita para virus Andes); compañero de faena Jonathan Cárcamo Alarcón, sintomático leve.\n"
     "Notifica: Dra. Constanza Ferrada Ulloa, RUN 12.874.316-2 | Epidemiología: EU Pamela Tapia Bórquez, "
     "epi.hrc@redsalud-sample.cl",
     [("HOSPITAL", ["Hospital Regional de Coyhaique"]), ("ADDRESS", ["Jorge Ibar 68"]), ("PHONE", ["+56 67 226 2140"]),
      ("DATE", ["19/09/2025"]), ("DATE", ["Fiestas Patrias"]), ("MRN", ["ENO-AYS-2025-0112"]),
      ("NAME", ["Bastián", "Ignacio", "Huenchumán", "Soto"]), ("ID", ["16.418.273-8"]),
      ("ADDRESS", ["Pasaje Los Coigües 418"]), ("LOCATION", ["Población Gabriela Mistral"]), ("LOCATION", ["Coyhaique"]),
      ("PHONE", ["+56 9 8416 2207"]), ("LOCATION", ["Forestal Río Simpson Ltda."]), ("LOCATION", ["Villa Ortega"]),
      ("PLATE", ["RTKB-47"]), ("DATE", ["12/09/2025"]), ("DATE", ["16/09/2025"]),
      ("HOSPITAL", ["Hospital del Trabajador"]), ("LOCATION", ["Santiago"]), ("NAME", ["Maite", "Paillacar", "Nahuelpán"]),
      ("PHONE", ["+56 9 7723 1840"]), ("NAME", ["Jonathan", "Cárcamo", "Alarcón"]), ("NAME", ["Constanza", "Ferrada", "Ulloa"]),
      ("ID", ["12.874.316-2"]), ("NAME", ["Pamela", "Tapia", "Bórquez"]), ("EMAIL", ["epi.hrc@redsalud-sample.cl"])],
     ["Decreto Supremo N° 7 de 2019", "mialgias", "Oligoryzomys longicaudatus", "Hto 52%", "plaquetas 48.000/mm3",
      "inmunoblastos 14%", "PaO2/FiO2 142", "IgM hantavirus (+)", "Síndrome Cardiopulmonar por Hantavirus (SCPH)",
      "virus Andes", "ventilación mecánica", "noradrenalina 0,3 mcg/kg/min", "ECMO"]),

    # 26 - Singapore (Yishun): mental capacity assessment notes of a certificate issuer for a Lasting Power of Attorney
    ("Khoo Teck Puat Hospital - Geriatric Medicine Clinic\n"
     "MENTAL CAPACITY ASSESSMENT - CERTIFICATE ISSUER'S NOTES (LPA Form 1)\n"
     "Date of assessment: 3 February 2025 (sixth day of Chinese New Year) | Clinic ref. GM-2502-0384\n"
     "Donor: Mdm Lim Siew Hwa | NRIC S1736428F | 78 years\n"
     "Address: Blk 263 Yishun Street 22 #09-117, Singapore 760263 | Home 6752 3091\n"
     "Proposed donees: son Mr Tan Wei Jie (NRIC S7329154B, mobile 9128 4730) and daughter Ms Tan Hui Min (replacement "
     "donee).\n"
     "Also present for part of the interview: her helper, Ms Siti Rahayu (FIN G8127364U), from Cilacap, who has lived "
     "with her for 6 years.\n"
     "Background: retired hawker (wonton noodles) at Chong Pang Market; widowed. Vascular dementia diagnosed last year "
     "on CT brain: chronic lacunar infarcts. On Donepezil 5 mg ON. GDS 4/15 - not depressed.\n"
     "Cognitive screen: MoCA 17/30; AMT 6/10.\n"
     "Capacity to make an LPA (four-part functional test, Mental Capacity Act 2008):\n"
     "- Understand: she explained in Hokkien that her son would 'sign for her money and her doctor' if she becomes "
     "muddled, and that she can change her mind while she is well.\n"
     "- Retain: repeated the key points after 10 minutes.\n"
     "- Use or weigh: chose her son because he lives nearby in Sembawang; wants her daughter as back-up.\n"
     "- Communicate: clear, consistent.\n"
     "Seen alone for the key questions; no signs of pressure from family. Her GP, Dr Ong Boon Keat of Northpoint Family "
     "Clinic, agrees.\n"
     "Opinion: she has the mental capacity to make this LPA at this time.\n"
     "Certificate issuer: Dr Shanthi d/o Muniandy, Consultant Geriatrician, MCR M21847J | shanthi.m@ktph-sample.sg",
     [("HOSPITAL", ["Khoo Teck Puat Hospital"]), ("DATE", ["3 February 2025"]),
      ("DATE", ["sixth day of Chinese New Year"]), ("MRN", ["GM-2502-0384"]), ("NAME", ["Lim", "Siew Hwa"]),
      ("ID", ["S1736428F"]), ("ADDRESS", ["Blk 263 Yishun Street 22 #09-117"]), ("POSTCODE", ["760263"]),
      ("PHONE", ["6752 3091"]), ("NAME", ["Tan", "Wei Jie"]), ("ID", ["S7329154B"]), ("PHONE", ["9128 4730"]),
      ("NAME", ["Hui Min"]), ("NAME", ["Siti", "Rahayu"]), ("ID", ["G8127364U"]), ("LOCATION", ["Cilacap"]),
      ("LOCATION", ["Chong Pang Market"]), ("LOCATION", ["Sembawang"]), ("NAME", ["Ong", "Boon Keat"]),
      ("HOSPITAL", ["Northpoint Family Clinic"]), ("NAME", ["Shanthi", "Muniandy"]),
      ("LICENCE", ["M21847J"]), ("EMAIL", ["shanthi.m@ktph-sample.sg"])],
     ["LPA Form 1", "Vascular dementia", "CT brain: chronic lacunar infarcts", "Donepezil 5 mg ON", "GDS 4/15",
      "MoCA 17/30", "AMT 6/10", "four-part functional test", "Mental Capacity Act 2008", "Understand", "Retain",
      "Use or weigh", "mental capacity"]),

    # 27 - China, Yunnan (Dali, Binchuan county): laboratory report with a table of results (simplified Chinese)
    ("宾川县人民医院　检验报告单\n"
     "地址：宾川县金牛镇康宁路26号　电话：0872-7152630\n"
     "姓名：段丽华　性别：女　年龄：54岁　门诊号：MZ20251107-0263　科室：感染科门诊\n"
     "身份证号：532924197108150420　联系电话：138 8720 5136\n"
     "住址：宾川县州城镇西门村民小组12号　职业：宾居镇葡萄种植合作社社员\n"
     "送检医生：赵建平　标本类型：血清/全血（EDTA）\n"
     "采样时间：2025-11-07 08:42　接收时间：2025-11-07 09:05　报告时间：2025-11-07 15:31\n"
     "项目 | 结果 | 单位 | 参考区间\n"
     "白细胞计数 WBC | 11.8 ↑ | ×10^9/L | 3.5-9.5\n"
     "嗜酸性粒细胞百分比 | 18.2 ↑ | % | 0.4-8.0\n"
     "嗜酸性粒细胞绝对值 | 2.15 ↑ | ×10^9/L | 0.02-0.52\n"
     "血红蛋白 Hb | 128 | g/L | 115-150\n"
     "丙氨酸氨基转移酶 ALT | 86 ↑ | U/L | 7-40\n"
     "总IgE | 386 ↑ | IU/mL | <100\n"
     "囊尾蚴 IgG 抗体(ELISA) | 阳性(+) | - | 阴性\n"
     "旋毛虫 IgG 抗体(ELISA) | 阴性 | - | 阴性\n"
     "临床提示：患者自述火把节（农历六月二十四）期间在鸡足山镇表姐杨秀珍家多次食用生皮；请结合头颅MRI排除脑囊虫病，"
     "粪便查猪带绦虫（Taenia solium）虫卵。\n"
     "检验者：李娜　审核者：王春燕\n"
     "本报告仅对该标本负责。扫码查询：http://lis.bcxrmyy-sample.cn/r/MZ20251107-0263　打印终端：172.16.8.41\n"
     "患者微信（随访用）：duanlh_1971",
     [("HOSPITAL", ["宾川县人民医院"]), ("LOCATION", ["金牛镇"]), ("ADDRESS", ["康宁路26号"]),
      ("PHONE", ["0872-7152630"]), ("NAME", ["段丽华"]), ("MRN", ["MZ20251107-0263"]),
      ("ID", ["532924197108150420"]), ("PHONE", ["138 8720 5136"]), ("LOCATION", ["州城镇"]),
      ("ADDRESS", ["西门村民小组12号"]), ("LOCATION", ["宾居镇葡萄种植合作社"]), ("NAME", ["赵建平"]),
      ("DATE", ["2025-11-07"]), ("DATE", ["火把节"]), ("DATE", ["农历六月二十四"]), ("LOCATION", ["鸡足山镇"]),
      ("NAME", ["杨秀珍"]), ("NAME", ["李娜"]), ("NAME", ["王春燕"]),
      ("URL", ["http://lis.bcxrmyy-sample.cn/r/MZ20251107-0263"]), ("IP", ["172.16.8.41"]),
      ("HANDLE", ["duanlh_1971"]), ("LOCATION", ["宾川县"])],
     ["白细胞计数 WBC", "11.8 ↑", "×10^9/L", "3.5-9.5", "嗜酸性粒细胞百分比", "18.2 ↑", "0.4-8.0",
      "嗜酸性粒细胞绝对值", "总IgE", "囊尾蚴 IgG 抗体(ELISA)", "脑囊虫病", "生皮", "猪带绦虫（Taenia solium）"]),

    # 28 - USA, Alaska (Yukon-Kuskokwim Delta): community health aide encounter with telemedicine, foodborne botulism
    ("YUKON-KUSKOKWIM HEALTH CORPORATION - Community Health Aide Program\n"
     "Tuntutuliak Clinic | ENCOUNTER + TELEMEDICINE CONSULT\n"
     "Date: 01/07/2026 (Slaviq - starring in the village tonight) | Time 09:20\n"
     "Patient: Evon Nicolai-Kasayulie | 48 M | DOB 03/22/1977 | YKHC MRN 1173592 | Medicaid ID 8830274151\n"
     "Chief complaint: double vision and trouble swallowing since last night.\n"
     "History: on 01/05/2026 ate fermented fish heads (stinkheads) that his brother-in-law Walter Andrew from Kongiganak made in a "
     "plastic bucket behind the house. Walter and Evon's wife Nastasia ate some too - both well so far.\n"
     "Exam: T 36.4, HR 92, BP 132/80, RR 18, SpO2 95%. Peak flow 280 L/min (usual ~500). Bilateral ptosis, diplopia, "
     "pupils sluggish, slurred speech, dysphagia to water, gag reflex diminished; arms 4/5; no sensory loss; alert.\n"
     "Assessment (CHA/P manual): possible foodborne botulism (Clostridium botulinum) - descending paralysis.\n"
     "Telemedicine: photos and video sent from the AFHCAN cart (SN AF-3C-00871, IP 10.118.24.9) to the ED at YK "
     "Delta Regional Hospital, Bethel; Dr. Ingrid Oyelowo-Kasak called back in 6 min.\n"
     "Orders: NPO; head up; peak flow every 30 min; medevac now. State Section of Epidemiology (907-269-8306) "
     "called to release heptavalent botulinum antitoxin (HBAT) to Bethel. Keep the bucket and leftover fish for testing.\n"
     "Medevac: air ambulance N417YK, wheels down 11:05. Nastasia and Walter to be watched at the clinic tonight.\n"
     "CHA/P: Martha Egoak, CHP (Certification #2417) | Clinic (907) 256-2128",
     [("HOSPITAL", ["YUKON-KUSKOKWIM HEALTH CORPORATION"]), ("HOSPITAL", ["Tuntutuliak Clinic"]),
      ("DATE", ["01/07/2026"]), ("DATE", ["Slaviq"]), ("NAME", ["Evon", "Nicolai-Kasayulie"]),
      ("DATE", ["03/22/1977"]), ("MRN", ["1173592"]), ("ID", ["8830274151"]), ("DATE", ["01/05/2026"]),
      ("NAME", ["Walter", "Andrew"]), ("LOCATION", ["Kongiganak"]), ("NAME", ["Nastasia"]), ("SERIAL", ["AF-3C-00871"]), ("IP", ["10.118.24.9"]),
      ("HOSPITAL", ["YK Delta Regional Hospital"]), ("LOCATION", ["Bethel"]), ("NAME", ["Ingrid", "Oyelowo-Kasak"]),
      ("PHONE", ["907-269-8306"]), ("PLATE", ["N417YK"]), ("NAME", ["Martha", "Egoak"]), ("LICENCE", ["#2417"]),
      ("PHONE", ["(907) 256-2128"]), ("HOSPITAL", ["YKHC"])],
     ["double vision", "Peak flow 280 L/min", "Bilateral ptosis", "diplopia", "pupils sluggish", "dysphagia",
      "gag reflex diminished", "no sensory loss", "foodborne botulism", "Clostridium botulinum", "descending paralysis",
      "heptavalent botulinum antitoxin (HBAT)", "SpO2 95%"]),

    # 29 - Belgium, Liege province (Theux): death certificate with the cremation attestation, deceased aged 97 (French)
    ("CERTIFICAT DE DÉCÈS – Modèle IIIC (volet A) et attestation en vue de la crémation\n"
     "Lieu du décès : Résidence Les Hirondelles (maison de repos et de soins), Rue de la Station 14, 4910 Theux\n"
     "Défunte : Madame Germaine Lejeune, veuve de Monsieur Joseph Collard\n"
     "Née à Sart-lez-Spa le 12 avril 1928 – âgée de 97 ans – NN 28.04.12-086.73\n"
     "Domicile : même adresse, chambre 12 (résidente depuis Pâques 2019 ; mariée en 1951, veuve depuis 1994)\n"
     "Date et heure du décès : le 1er novembre 2025 (Toussaint), à 04h10 ; constaté à 05h30 par le médecin soussigné.\n"
     "Causes du décès :\n"
     "I a) pneumonie d'inhalation (2 jours)\n"
     "  b) troubles de la déglutition\n"
     "  c) maladie de Parkinson (connue depuis 2009), sous Sinemet 125 mg\n"
     "II fibrillation auriculaire ; insuffisance cardiaque NYHA IV\n"
     "Mort naturelle : oui. Obstacle médico-légal : non. Maladie contagieuse : non.\n"
     "Constatations : rigidité cadavérique débutante à la mâchoire, lividités déclives ; aucune trace de violence.\n"
     "Stimulateur cardiaque : oui – Medtronic Azure XT DR, n° de série RNB604215H – à retirer par les Pompes funèbres "
     "Delhez avant la crémation au crématorium de Robermont.\n"
     "Famille prévenue : sa fille, Madame Régine Collard (GSM +32 475 18 62 09), arrivée à 06h15.\n"
     "Médecin : Dr Amélie Thonon, médecin généraliste, Avenue Reine Astrid 31, 4900 Spa – INAMI 1-84127-76-004 – "
     "tél. +32 87 77 30 58\n"
     "Fait à Theux, le 1er novembre 2025.",
     [("HOSPITAL", ["Résidence Les Hirondelles"]), ("ADDRESS", ["Rue de la Station 14"]), ("POSTCODE", ["4910"]),
      ("LOCATION", ["Theux"]), ("NAME", ["Germaine", "Lejeune"]), ("NAME", ["Joseph", "Collard"]),
      ("LOCATION", ["Sart-lez-Spa"]), ("DOB90", ["1928", "12 avril 1928"]), ("AGE", ["âgée de 97 ans"]),
      ("ID", ["28.04.12-086.73"]), ("DATE", ["Pâques 2019"]), ("DATE", ["1951"]), ("DATE", ["1994"]),
      ("DATE", ["1er novembre 2025"]), ("DATE", ["Toussaint"]), ("DATE", ["2009"]), ("SERIAL", ["RNB604215H"]),
      ("LOCATION", ["Pompes funèbres Delhez"]), ("LOCATION", ["crématorium de Robermont"]),
      ("NAME", ["Régine"]), ("PHONE", ["+32 475 18 62 09"]), ("NAME", ["Amélie", "Thonon"]),
      ("ADDRESS", ["Avenue Reine Astrid 31"]), ("POSTCODE", ["4900"]), ("LOCATION", ["Spa"]),
      ("LICENCE", ["1-84127-76-004"]), ("PHONE", ["+32 87 77 30 58"])],
     ["Modèle IIIC", "pneumonie d'inhalation", "troubles de la déglutition", "maladie de Parkinson", "Sinemet 125 mg",
      "fibrillation auriculaire", "insuffisance cardiaque NYHA IV", "Mort naturelle", "Obstacle médico-légal",
      "rigidité cadavérique", "lividités déclives", "Medtronic Azure XT DR", "crémation"]),

    # 30 - Malta, Gozo (Xaghra): care home outbreak log for suspected norovirus, with a legend of staff initials
    ("Dar Santa Tereża - residential home for the elderly\n"
     "Triq il-Knisja, Xagħra XRA 1012 | Tel 2155 3904 | darsantatereza@gozo-sample.mt\n"
     "OUTBREAK LOG - suspected norovirus | opened 16/08/2025 | IPC link: Infection Control, Gozo General Hospital\n"
     "Background: 9 residents and 4 staff went to the Santa Marija festa in Rabat on the evening of the feast.\n"
     "Date/time | Room | Event | Action | Init\n"
     "16/08 06:40 | 3 | Ġużeppi Xuereb, 84 (ID 627493G): vomiting x2, Bristol stool chart type 7 x3 | isolated in room, "
     "stool for PCR | CA\n"
     "16/08 09:15 | 7 | Carmela Buttigieg, 88: diarrhoea x4, no fever | isolated, Dioralyte, fluid chart; loperamide "
     "withheld | CA\n"
     "16/08 14:00 | staff | Rosette Mifsud (carer) vomiting since 03:00 - off duty until 48 hours symptom-free | DG\n"
     "16/08 15:30 | all | Kaplan criteria met - Superintendence of Public Health informed; visits "
     "restricted; front door keypad code changed to 7025 | DG\n"
     "17/08 08:10 | 12 | Pawlu Grech, 86: NEWS2 5, creatinine 142 µmol/L - transferred to Gozo General Hospital, "
     "ambulance GZA 118; nephew Fr Anton Grech (parish priest, Nadur) informed, 7942 6108 | MV\n"
     "17/08 16:45 | lab | norovirus GII detected in rooms 3 and 7; Clostridioides difficile toxin negative | CA\n"
     "18/08 07:30 | all | Actichlor Plus, hypochlorite 1,000 ppm, twice daily on touch points; cohort nursing on the "
     "first floor; no new admissions | MV\n"
     "21/08 18:00 | all | no new cases for 72 h - outbreak closed with the IPC nurse | CA\n"
     "Initials: CA = Charlene Attard (nurse in charge, NMC Malta reg. 9184); DG = Josette Galea (deputy); MV = Mario "
     "Vella (senior carer)",
     [("HOSPITAL", ["Dar Santa Tereża"]), ("ADDRESS", ["Triq il-Knisja"]), ("LOCATION", ["Xagħra"]),
      ("POSTCODE", ["XRA 1012"]), ("PHONE", ["2155 3904"]), ("EMAIL", ["darsantatereza@gozo-sample.mt"]),
      ("DATE", ["16/08/2025"]), ("HOSPITAL", ["Gozo General Hospital"]), ("DATE", ["Santa Marija"]),
      ("LOCATION", ["Rabat"]), ("DATE", ["16/08"]), ("NAME", ["Ġużeppi", "Xuereb"]), ("ID", ["627493G"]),
      ("NAME", ["Carmela", "Buttigieg"]), ("NAME", ["Rosette", "Mifsud"]), ("CODE", ["7025"]),
      ("DATE", ["17/08"]), ("NAME", ["Pawlu", "Grech"]), ("PLATE", ["GZA 118"]), ("NAME", ["Anton"]),
      ("LOCATION", ["Nadur"]), ("PHONE", ["7942 6108"]), ("DATE", ["18/08"]), ("DATE", ["21/08"]),
      ("NAME", ["CA"]), ("NAME", ["DG"]), ("NAME", ["MV"]),
      ("NAME", ["Charlene", "Attard"]), ("LICENCE", ["9184"]), ("NAME", ["Josette", "Galea"]), ("NAME", ["Mario", "Vella"])],
     ["norovirus", "Bristol stool chart type 7", "PCR", "Dioralyte", "loperamide withheld", "48 hours symptom-free",
      "Kaplan criteria", "NEWS2 5", "creatinine 142 µmol/L", "norovirus GII", "Clostridioides difficile toxin negative",
      "hypochlorite 1,000 ppm", "cohort nursing"]),

    # 31 - Guyana, Region 9 (South Rupununi): Hansen's disease multibacillary treatment card with supervised doses
    ("MINISTRY OF HEALTH - GUYANA | Hansen's Disease Control Programme\n"
     "Patient treatment card (multibacillary) | Lethem Regional Hospital | Reg. No. HDCP/R9/25/006\n"
     "Registered: 11/03/2025 | Name: Rommel Andries-Fredericks | 44 M | DOB 19/09/1980 | National ID 087342619 | "
     "NIS 5172843\n"
     "Village: Shulinab, South Rupununi (Wapichan speaker). Vaquero at Dadanawa Ranch. Toshao: Mr Lennox Marslow. "
     "Phone via the village radio or +592 772 2247.\n"
     "Household contacts examined 11/03/2025: wife Mavis, son Jaden (12), daughter Keisha (9) - no lesions; single-dose "
     "rifampicin given as prophylaxis.\n"
     "Classification: Ridley-Jopling BL; slit-skin smear bacterial index 3+ (Mycobacterium leprae); 14 anaesthetic "
     "plaques; right ulnar nerve thickened and tender; WHO disability grade 1 (right hand) - Semmes-Weinstein monofilament "
     "10 g not felt on the right little finger. G6PD normal.\n"
     "Regimen: MB-MDT for 12 months - rifampicin 600 mg + clofazimine (Lamprene) 300 mg monthly, supervised; dapsone "
     "100 mg + clofazimine 50 mg daily.\n"
     "Dose | Date | Given by | Remarks\n"
     "1 | 11/03/2025 | SP | started; skin darkening from clofazimine explained\n"
     "2 | 08/04/2025 | SP | well\n"
     "3 | 06/05/2025 | BR | well\n"
     "4 | 03/06/2025 | SP | type 1 reaction - new pain in the right ulnar nerve; prednisolone 40 mg daily, taper over 20 "
     "weeks\n"
     "5 | 01/07/2025 | SP | nerve pain less\n"
     "6 | 29/07/2025 | BR | given at Aishalton health post on the Heritage Month village day\n"
     "Travel: Ministry pickup PWW 6182 to Shulinab each month.\n"
     "Key: SP = Sharmila Persaud, Medex; BR = Dr Belkis Cuesta Rojas (Cuban medical brigade), GMC Guyana reg. 4471",
     [("HOSPITAL", ["Lethem Regional Hospital"]), ("MRN", ["HDCP/R9/25/006"]), ("DATE", ["11/03/2025"]),
      ("NAME", ["Rommel", "Andries-Fredericks"]), ("DATE", ["19/09/1980"]), ("ID", ["087342619"]), ("ID", ["5172843"]),
      ("LOCATION", ["Shulinab"]), ("LOCATION", ["South Rupununi"]), ("LOCATION", ["Dadanawa Ranch"]),
      ("NAME", ["Lennox", "Marslow"]), ("PHONE", ["+592 772 2247"]), ("NAME", ["Mavis"]), ("NAME", ["Jaden"]),
      ("NAME", ["Keisha"]), ("DATE", ["08/04/2025"]), ("DATE", ["06/05/2025"]), ("DATE", ["03/06/2025"]),
      ("DATE", ["01/07/2025"]), ("DATE", ["29/07/2025"]), ("NAME", ["SP"]), ("NAME", ["BR"]),
      ("HOSPITAL", ["Aishalton health post"]), ("PLATE", ["PWW 6182"]), ("NAME", ["Sharmila", "Persaud"]),
      ("NAME", ["Belkis", "Cuesta", "Rojas"]), ("LICENCE", ["4471"])],
     ["single-dose rifampicin", "Ridley-Jopling BL", "bacterial index 3+", "Mycobacterium leprae",
      "right ulnar nerve thickened", "WHO disability grade 1", "Semmes-Weinstein monofilament", "G6PD normal",
      "MB-MDT", "rifampicin 600 mg", "clofazimine (Lamprene) 300 mg", "dapsone", "type 1 reaction"]),

    # 32 - Northern Ireland, Co. Fermanagh: urgent optometrist referral to ophthalmology, acute angle closure
    ("URGENT OPTOMETRIST REFERRAL - SAME DAY\n"
     "Erne Vision Opticians, 17 Darling Street, Enniskillen BT74 7DP | Tel 028 6632 5917 | ernevision@optom-sample.co.uk\n"
     "To: Ophthalmology on call, South West Acute Hospital\n"
     "Date: 12/07/2025 (the Twelfth - seen as an emergency at 21:30)\n"
     "Patient: Mr Eamon Love | DOB 03/05/1964 | H&C No. 338 417 2566\n"
     "Address: Cornagee Road, Belcoo BT93 5EL | Mobile 07712 604 318\n"
     "GP: Dr Niamh Corrigan, Lisnaskea Health Centre\n"
     "History: farmer. Severe right eye pain, haloes around lights, headache and vomiting since about 18:00, after "
     "an afternoon in the boat on Lough Macnean. Plays veterans' football for Garrison Erne Gaels. Hypermetrope "
     "(+4.50 DS both).\n"
     "Findings: VA R 6/60, L 6/6 (Snellen). IOP R 48 mmHg, L 16 mmHg (Goldmann applanation). R: ciliary injection, "
     "corneal oedema, mid-dilated pupil unreactive to light. Van Herick grade 1 in both eyes - shallow anterior chamber "
     "both sides.\n"
     "Impression: acute angle-closure, right eye; left eye at risk.\n"
     "Action: spoke to the on-call ophthalmologist, Dr Chidi Rooney, at 21:40 via switchboard (028 6638 9055) - to "
     "attend now for treatment to lower the pressure, gonioscopy and laser peripheral iridotomy to both eyes. Son "
     "Odhrán driving him (car KIG 3380).\n"
     "Optometrist: Aoibheann Cassidy, MCOptom | GOC 01-36592",
     [("HOSPITAL", ["Erne Vision Opticians"]), ("ADDRESS", ["17 Darling Street"]), ("LOCATION", ["Enniskillen"]),
      ("POSTCODE", ["BT74 7DP"]), ("PHONE", ["028 6632 5917"]), ("EMAIL", ["ernevision@optom-sample.co.uk"]),
      ("HOSPITAL", ["South West Acute Hospital"]), ("DATE", ["12/07/2025"]), ("DATE", ["the Twelfth"]),
      ("NAME", ["Eamon", "Love"]), ("DATE", ["03/05/1964"]), ("ID", ["338 417 2566"]), ("ADDRESS", ["Cornagee Road"]),
      ("LOCATION", ["Belcoo"]), ("POSTCODE", ["BT93 5EL"]), ("PHONE", ["07712 604 318"]), ("NAME", ["Niamh", "Corrigan"]),
      ("HOSPITAL", ["Lisnaskea Health Centre"]), ("LOCATION", ["Lough Macnean"]), ("LOCATION", ["Garrison Erne Gaels"]),
      ("NAME", ["Chidi", "Rooney"]), ("PHONE", ["028 6638 9055"]), ("NAME", ["Odhrán"]), ("PLATE", ["KIG 3380"]),
      ("NAME", ["Aoibheann", "Cassidy"]), ("LICENCE", ["01-36592"])],
     ["haloes around lights", "+4.50 DS", "VA R 6/60", "L 6/6", "Snellen", "IOP R 48 mmHg", "Goldmann applanation",
      "corneal oedema", "mid-dilated pupil", "Van Herick grade 1", "shallow anterior chamber", "acute angle-closure",
      "laser peripheral iridotomy"]),

    # 33 - USA, Maine (Aroostook County): POLST form with the clinical summary, patient aged 91
    ("MAINE POLST - Physician Orders for Life-Sustaining Treatment\n"
     "Patient: Aurèle Gédéon Violette | DOB 10/02/1934 | Age 91 | MBI 4TK7-QR2-HM63 | MRN CMC-0291746\n"
     "Address: 1186 Van Buren Road, Caribou ME 04736 (farmhouse; son next door)\n"
     "A. CPR: Do Not Attempt Resuscitation (DNAR).\n"
     "B. Medical interventions: Selective Treatment - hospital transfer, IV antibiotics and a BiPAP trial are "
     "acceptable; no intubation.\n"
     "C. Artificially administered nutrition: No artificial nutrition by tube.\n"
     "D. Discussed with: the patient (has capacity) and his health care agent, daughter Thérèse Violette-Dionne "
     "(207-498-2263); son Gérald present.\n"
     "Summary: retired potato farmer - farmed in Fort Fairfield from 1952 until 1999. COPD GOLD 3 (FEV1 38% predicted) "
     "on home oxygen 2 L/min; heart failure, ejection fraction 30%; Clinical Frailty Scale 7; PPS 40%. Spiriva "
     "Respimat, Eliquis 2.5 mg BID. Two admissions since Christmas, the last in March 2025. Married Lorraine on "
     "Thanksgiving 1956; she died in 2017. Speaks Valley French at home; parishioner at Sacred Heart Church. He wants "
     "to be home to see the potato harvest in September.\n"
     "Home health: key box on the side door, code 0914.\n"
     "Physician: Dr. Nkechi Daigle-Okafor, Cary Medical Center, Caribou | NPI 1628394177 | Maine license MD 27650\n"
     "Signed: 04/14/2025",
     [("NAME", ["Aurèle", "Gédéon", "Violette"]), ("DOB90", ["1934", "10/02/1934"]), ("AGE", ["Age 91"]),
      ("ID", ["4TK7-QR2-HM63"]), ("MRN", ["CMC-0291746"]), ("ADDRESS", ["1186 Van Buren Road"]),
      ("LOCATION", ["Caribou"]), ("POSTCODE", ["04736"]), ("NAME", ["Thérèse", "Violette-Dionne"]),
      ("PHONE", ["207-498-2263"]), ("NAME", ["Gérald"]), ("LOCATION", ["Fort Fairfield"]), ("DATE", ["1952"]),
      ("DATE", ["1999"]), ("DATE", ["Christmas"]), ("DATE", ["March 2025"]), ("NAME", ["Lorraine"]),
      ("DATE", ["Thanksgiving 1956"]), ("DATE", ["2017"]), ("LOCATION", ["Sacred Heart Church"]),
      ("DATE", ["September"]), ("CODE", ["0914"]), ("NAME", ["Nkechi", "Daigle-Okafor"]),
      ("HOSPITAL", ["Cary Medical Center"]), ("ID", ["1628394177"]), ("LICENCE", ["MD 27650"]), ("DATE", ["04/14/2025"])],
     ["Do Not Attempt Resuscitation (DNAR)", "Selective Treatment", "BiPAP", "no intubation",
      "No artificial nutrition by tube", "COPD GOLD 3", "FEV1 38% predicted", "home oxygen 2 L/min",
      "ejection fraction 30%", "Clinical Frailty Scale 7", "PPS 40%", "Spiriva", "Eliquis 2.5 mg BID"]),

    # 34 - Mauritius (Grand Port): haemodialysis run sheet with hourly observations and a legend of nurse initials
    ("MINISTRY OF HEALTH AND WELLNESS - Jawaharlal Nehru Hospital, Rose-Belle | Renal Unit, ext. 2214\n"
     "HAEMODIALYSIS RUN SHEET | 09/09/2025 - Père Laval feast day; patient 40 min late (pilgrim traffic to "
     "Sainte-Croix)\n"
     "Patient: Mr Vikash Seetaram | 58 M | NIC S2208674101235 | Hosp. No. JNH/RU/0774 | shift 2, station 6\n"
     "Address: Royal Road, Plaine Magnien | Tel 5741 2086 | Wife: Mrs Kamini Seetaram, 5892 3417\n"
     "Former field supervisor, Beau Vallon Sugar Estate. Transport: contracted taxi, plate 5482 ZR 14.\n"
     "Access: left radiocephalic AVF (Brescia-Cimino), good thrill and bruit.\n"
     "Machine: Fresenius 5008S, SN 5ABX207318 | dialyser FX80 | Qb 300 mL/min, Qd 500 mL/min | UF goal 2.8 L | "
     "heparin 5,000 IU bolus | 4 h\n"
     "Pre: weight 72.4 kg (dry weight 69.6 kg), BP 168/92, HR 84, T 36.7, K 5.9 mmol/L\n"
     "Time | BP | HR | Qb | VP | TMP | UF L | Init\n"
     "08:30 | 168/92 | 84 | 300 | 140 | 60 | 0.0 | PR\n"
     "09:30 | 150/86 | 80 | 300 | 150 | 70 | 0.7 | PR\n"
     "10:30 | 96/58 | 102 | 250 | 140 | 70 | 1.4 | JL - cramps, intradialytic hypotension: UF off, NaCl 0.9% 200 mL, "
     "Trendelenburg position\n"
     "11:30 | 124/74 | 86 | 300 | 145 | 65 | 2.1 | JL\n"
     "12:30 | 134/78 | 82 | 300 | 150 | 70 | 2.6 | PR\n"
     "Post: weight 69.9 kg; Kt/V 1.32; URR 68%; Hb 9.8 g/dL - Eprex 4,000 IU IV given.\n"
     "Initials: PR = Priya Ramlagun, NO; JL = Jean-Luc Lagesse, charge nurse (Nursing Council reg. NC/RN/8812)\n"
     "Nephrologist: Dr Yusuf Lallmahomed",
     [("HOSPITAL", ["Jawaharlal Nehru Hospital"]), ("LOCATION", ["Rose-Belle"]), ("PHONE", ["2214"]),
      ("DATE", ["09/09/2025"]), ("DATE", ["Père Laval feast day"]), ("LOCATION", ["Sainte-Croix"]),
      ("NAME", ["Vikash", "Seetaram"]), ("ID", ["S2208674101235"]), ("MRN", ["JNH/RU/0774"]),
      ("ADDRESS", ["Royal Road"]), ("LOCATION", ["Plaine Magnien"]), ("PHONE", ["5741 2086"]), ("NAME", ["Kamini"]),
      ("PHONE", ["5892 3417"]), ("LOCATION", ["Beau Vallon Sugar Estate"]), ("PLATE", ["5482 ZR 14"]),
      ("SERIAL", ["5ABX207318"]), ("NAME", ["PR"]), ("NAME", ["JL"]), ("NAME", ["Priya", "Ramlagun"]),
      ("NAME", ["Jean-Luc", "Lagesse"]), ("LICENCE", ["NC/RN/8812"]), ("NAME", ["Yusuf", "Lallmahomed"])],
     ["left radiocephalic AVF (Brescia-Cimino)", "Fresenius 5008S", "FX80", "Qb 300 mL/min", "UF goal 2.8 L",
      "heparin 5,000 IU", "BP 168/92", "K 5.9 mmol/L", "intradialytic hypotension", "Trendelenburg position",
      "Kt/V 1.32", "URR 68%", "Eprex 4,000 IU"]),

    # 35 - Nepal, Gandaki (Manang): high-altitude rescue aid post record of a foreign trekker, HAPE and HACE
    ("HIMALAYAN RESCUE ASSOCIATION NEPAL - Manang Aid Post (3,540 m) | hra.manang@hra-sample.org.np\n"
     "PATIENT RECORD | Reg. No. MNG-2082-0413 | 2025-10-04 (2082 Asoj 18), 16:40\n"
     "Patient: Ms Liisbet Tamm-Rebane | 34 F | Estonian | Passport KC2960714 | Travel insurance "
     "policy BR-25-771084 | TIMS 2025-AK-188204 | ACAP permit 0917362\n"
     "Home: Tartu. Emergency contact: partner Rasmus, +372 5612 4409. Posts her trek on Instagram as @liisbet.walks.\n"
     "Guide: Mingmar Gurung, Kora Trails Pvt. Ltd., Kathmandu (+977 984-6031257); porter Bikash Ghale.\n"
     "History: went up fast during the Dashain holidays - Chame, then Manang without the rest day, Yak "
     "Kharka, then 2 nights at Thorong Phedi (4,450 m), staying at the Thorong Base Camp Lodge. Breathless at rest since "
     "last night, cough with pink froth, staggering this morning. Brought down by horse and porter. Taking "
     "acetazolamide (Diamox) 125 mg bd since Chame.\n"
     "Exam: Lake Louise AMS score 9; failed the heel-to-toe walking test; drowsy but orientated; SpO2 68% on air, HR "
     "124, RR 28, T 37.6; crackles R base.\n"
     "Diagnosis: HAPE with early HACE.\n"
     "Treatment: oxygen 4 L/min - SpO2 88%; dexamethasone 8 mg IM then 4 mg q6h; nifedipine SR 30 mg; Gamow bag 1 h "
     "while oxygen was changed; further descent not possible tonight.\n"
     "Plan: helicopter evacuation at first light - 9N-AMJ booked through the insurer's assistance line, "
     "to CIWEC Hospital, Kathmandu. Managed as per the Wilderness Medical Society 2024 guidelines.\n"
     "Volunteer doctors: Dr Saskia Brennan-Holt (GMC 7482019); Dr Prakriti Adhikari (NMC 21936)",
     [("HOSPITAL", ["Manang Aid Post"]), ("EMAIL", ["hra.manang@hra-sample.org.np"]), ("MRN", ["MNG-2082-0413"]),
      ("DATE", ["2025-10-04"]), ("DATE", ["2082 Asoj 18"]), ("NAME", ["Liisbet", "Tamm-Rebane"]), ("ID", ["KC2960714"]),
      ("ID", ["BR-25-771084"]), ("ID", ["2025-AK-188204"]), ("ID", ["0917362"]), ("LOCATION", ["Tartu"]),
      ("NAME", ["Rasmus"]), ("PHONE", ["+372 5612 4409"]), ("HANDLE", ["@liisbet.walks"]),
      ("NAME", ["Mingmar", "Gurung"]), ("LOCATION", ["Kora Trails Pvt. Ltd."]),
      ("PHONE", ["+977 984-6031257"]), ("NAME", ["Bikash", "Ghale"]), ("DATE", ["Dashain"]), ("LOCATION", ["Chame"]),
      ("LOCATION", ["Manang"]), ("LOCATION", ["Yak Kharka"]), ("LOCATION", ["Thorong Phedi"]),
      ("LOCATION", ["Thorong Base Camp Lodge"]), ("PLATE", ["9N-AMJ"]),
      ("HOSPITAL", ["CIWEC Hospital"]), ("LOCATION", ["Kathmandu"]), ("NAME", ["Saskia", "Brennan-Holt"]),
      ("LICENCE", ["7482019"]), ("NAME", ["Prakriti", "Adhikari"]), ("LICENCE", ["21936"])],
     ["acetazolamide (Diamox) 125 mg bd", "Lake Louise AMS score 9", "heel-to-toe walking test", "SpO2 68% on air",
      "crackles R base", "HAPE", "HACE", "oxygen 4 L/min", "dexamethasone 8 mg", "nifedipine SR 30 mg", "Gamow bag",
      "descent", "Wilderness Medical Society 2024 guidelines"]),

    # 36 - Canada, Yukon (Whitehorse, Carmacks): polysomnography report for a long-haul truck driver
    ("WHITEHORSE GENERAL HOSPITAL - Sleep Laboratory\n"
     "5 Hospital Road, Whitehorse YT Y1A 3H7 | Tel 867-393-8710 | Fax 867-393-8712\n"
     "POLYSOMNOGRAPHY REPORT - Level 1, split-night | Study No. PSG-25-0197\n"
     "Study night: 2025-08-18 (Discovery Day) | Reported: 2025-08-22\n"
     "Patient: Mr Dallas Kremer-Joe | DOB 1979-11-02 | YHCIP 106 352 718 | MRN WGH-2207361\n"
     "Home: Box 118, Carmacks YT Y0B 1C0\n"
     "Occupation: long-haul driver for Tagish Lake Freight Ltd. on the North Klondike Highway to Dawson City; tractor "
     "unit plate TRK 2716. Referred by Dr Beatrix Huang-Mortimer (Carmacks Health Centre) after he drifted onto the "
     "shoulder near Pelly Crossing.\n"
     "Diagnostic part (TST 362 min): sleep efficiency 78%; AHI 38 events/h (supine 61/h, REM 52/h); ODI 34/h; SpO2 "
     "nadir 78%; T90 14%; Cheyne-Stokes respiration absent; PLMI 4/h.\n"
     "Titration part: CPAP 11 cmH2O abolished the obstructive events and snoring, with REM supine.\n"
     "Questionnaires and exam: Epworth Sleepiness Scale 16/24; STOP-BANG 6; BMI 39.1; Friedman tongue position III.\n"
     "Impression: severe obstructive sleep apnoea.\n"
     "Recommendations: APAP 8-14 cmH2O - ResMed AirSense 11 AutoSet issued, SN 23241718447, reporting to AirView "
     "(https://airview.resmed-sample.com/p/WGH-2207361). Not fit for commercial driving until treated with documented "
     "adherence (CCMTA Medical Standards for Drivers); this has been explained and reported as the Motor Vehicles Act "
     "requires.\n"
     "Technologist: Rhiannon Sidney, RPSGT #78314 | Physician: Dr Emeka Fitzgerald-Ola, FRCPC, Yukon Medical Council "
     "licence 1782",
     [("HOSPITAL", ["WHITEHORSE GENERAL HOSPITAL"]), ("ADDRESS", ["5 Hospital Road"]), ("LOCATION", ["Whitehorse"]),
      ("POSTCODE", ["Y1A 3H7"]), ("PHONE", ["867-393-8710"]), ("PHONE", ["867-393-8712"]), ("MRN", ["PSG-25-0197"]),
      ("DATE", ["2025-08-18"]), ("DATE", ["Discovery Day"]), ("DATE", ["2025-08-22"]), ("NAME", ["Dallas", "Kremer-Joe"]),
      ("DATE", ["1979-11-02"]), ("ID", ["106 352 718"]), ("MRN", ["WGH-2207361"]), ("ADDRESS", ["Box 118"]),
      ("LOCATION", ["Carmacks"]), ("POSTCODE", ["Y0B 1C0"]), ("LOCATION", ["Tagish Lake Freight Ltd."]),
      ("LOCATION", ["North Klondike Highway"]), ("LOCATION", ["Dawson City"]), ("PLATE", ["TRK 2716"]), ("NAME", ["Beatrix", "Huang-Mortimer"]),
      ("HOSPITAL", ["Carmacks Health Centre"]), ("LOCATION", ["Pelly Crossing"]), ("SERIAL", ["23241718447"]),
      ("URL", ["https://airview.resmed-sample.com/p/WGH-2207361"]), ("NAME", ["Rhiannon", "Sidney"]),
      ("LICENCE", ["#78314"]), ("NAME", ["Emeka", "Fitzgerald-Ola"]), ("LICENCE", ["1782"])],
     ["sleep efficiency 78%", "AHI 38 events/h", "ODI 34/h", "SpO2 nadir 78%", "T90 14%", "Cheyne-Stokes respiration",
      "CPAP 11 cmH2O", "Epworth Sleepiness Scale 16/24", "STOP-BANG 6", "BMI 39.1", "Friedman tongue position III",
      "severe obstructive sleep apnoea", "ResMed AirSense 11 AutoSet"]),

    # 37 - Pakistan, Punjab (Rawalpindi), patient from Gilgit-Baltistan (Hunza): coronary angiography and PCI report
    ("RAWAL HEART & VASCULAR CENTRE - Cardiac Catheterization Laboratory\n"
     "Plot 14, Murree Road, Satellite Town, Rawalpindi | 051-4926310 | cathlab@rhvc-sample.pk\n"
     "CORONARY ANGIOGRAPHY AND PCI REPORT | Procedure No. CL-25-3316 | Date: 09/06/2025\n"
     "Patient: Mr Sher Ali Baig s/o Ghulam Haider Baig | 56 M | CNIC 71101-3920641-7 | MR No. RHVC-081152\n"
     "Address: Mohallah Dorkhan, Aliabad, Hunza | Cell 0355-4126093 | Owns the Rakaposhi View Guest House.\n"
     "Referred from City Hospital Gilgit; chest pain at rest on Eid-ul-Adha (07/06/2025), driven down the Karakoram "
     "Highway overnight.\n"
     "Indication: NSTEMI - troponin I 4.8 ng/mL; echo LVEF 45%, anterior hypokinesia.\n"
     "Access: right radial, 6F sheath; Allen's test normal.\n"
     "Findings: LM normal. LAD: 95% proximal stenosis involving D1 (Medina 1,1,0), TIMI 2 flow. LCx: 40% mid. RCA "
     "(dominant): 50% mid. SYNTAX score 14. LVEDP 18 mmHg.\n"
     "PCI to LAD: EBU 3.5 guide, workhorse wire; predilatation 2.5 x 15 mm balloon; Xience Sierra 3.0 x 28 mm DES "
     "(lot 5062913) at 14 atm; NC 3.5 mm post-dilatation. Final TIMI 3 flow, no dissection. Heparin 7,500 IU; "
     "ticagrelor 180 mg loading.\n"
     "Plan: DAPT for 12 months, atorvastatin 80 mg, cardiac rehabilitation; staged assessment of the RCA.\n"
     "Operator: Dr Faiza Rehman Qureshi, FCPS (Cardiology), PMDC 36192-P | Assistant: Dr Usman Tariq Malik | "
     "Technologist: N. Khattak\n"
     "Attendant: son Karim Baig, 0300-5290466",
     [("HOSPITAL", ["RAWAL HEART & VASCULAR CENTRE"]), ("ADDRESS", ["Plot 14, Murree Road"]),
      ("LOCATION", ["Satellite Town"]), ("LOCATION", ["Rawalpindi"]), ("PHONE", ["051-4926310"]),
      ("EMAIL", ["cathlab@rhvc-sample.pk"]), ("MRN", ["CL-25-3316"]), ("DATE", ["09/06/2025"]),
      ("NAME", ["Sher Ali", "Baig"]), ("NAME", ["Ghulam Haider"]), ("ID", ["71101-3920641-7"]), ("MRN", ["RHVC-081152"]),
      ("LOCATION", ["Mohallah Dorkhan"]), ("LOCATION", ["Aliabad"]), ("LOCATION", ["Hunza"]), ("PHONE", ["0355-4126093"]),
      ("LOCATION", ["Rakaposhi View Guest House"]), ("HOSPITAL", ["City Hospital Gilgit"]), ("DATE", ["Eid-ul-Adha"]),
      ("DATE", ["07/06/2025"]), ("LOCATION", ["Karakoram Highway"]), ("SERIAL", ["5062913"]),
      ("NAME", ["Faiza", "Rehman", "Qureshi"]), ("LICENCE", ["36192-P"]), ("NAME", ["Usman", "Tariq", "Malik"]),
      ("NAME", ["Khattak"]), ("NAME", ["Karim"]), ("PHONE", ["0300-5290466"])],
     ["NSTEMI", "troponin I 4.8 ng/mL", "LVEF 45%", "6F sheath", "Allen's test", "95% proximal stenosis",
      "Medina 1,1,0", "TIMI 3 flow", "SYNTAX score 14", "LVEDP 18 mmHg", "Xience Sierra 3.0 x 28 mm",
      "Heparin 7,500 IU", "ticagrelor 180 mg"]),

    # 38 - Sierra Leone, Eastern Province (Kenema): Lassa fever ward medication administration record with initials
    ("KENEMA GOVERNMENT HOSPITAL - LASSA FEVER WARD\n"
     "MEDICATION ADMINISTRATION RECORD (continuation sheet 1)\n"
     "Patient: Jeneba Musu Kallon | 26 F | LF ID KGH-LF-25-072 | IP No. KGH/IP/25/4471 | Wt 58 kg | NKDA\n"
     "Home: Lalehun, Lower Bambara chiefdom; sells rice at the Kenema lorry park market. Referred from Panguma Catholic "
     "Hospital by ambulance AFV 277.\n"
     "Admitted 21/01/2025. Lassa virus RT-PCR positive 22/01/2025; malaria RDT positive (Plasmodium falciparum).\n"
     "Labs 22/01: AST 412 U/L, creatinine 2.1 mg/dL, Hb 8.4 g/dL. Bleeding gums, facial swelling.\n"
     "Date | Time | Drug | Dose | Route | Given | Checked\n"
     "22/01 | 10:00 | Ribavirin loading 33 mg/kg | 1,900 mg | IV over 30 min | FJ | YB\n"
     "22/01 | 10:30 | Artemether-lumefantrine (Coartem) | 4 tabs (20/120 mg) | PO | FJ | YB\n"
     "22/01 | 10:30 | Ceftriaxone | 2 g | IV | FJ | YB\n"
     "22/01 | 08:00-16:00 | Ringer's lactate | 1 L | IV | FJ | -\n"
     "22/01 | 12:00 | Paracetamol | 1 g | IV | YB | FJ\n"
     "22/01 | 16:00 | Ribavirin 16 mg/kg q6h | 930 mg | IV | FJ | YB\n"
     "22/01 | 22:00 | Ribavirin 16 mg/kg q6h | 930 mg | IV | SW | -\n"
     "23/01 | 04:00 | Ribavirin 16 mg/kg q6h | 930 mg | IV | SW | -\n"
     "Initials: FJ = Fatmata Jalloh (SECHN); YB = Yusufu Bangura (SRN); SW = Sahr Williams (SRN)\n"
     "Contacts listed for DHMT follow-up (21 days): husband Momoh Lebbie (+232 76 208 531), mother Mamie Kallon. "
     "Mastomys natalensis trapped in the house.\n"
     "Ward doctor: Dr Alhaji Conteh, SLMDC 2093",
     [("HOSPITAL", ["KENEMA GOVERNMENT HOSPITAL"]), ("NAME", ["Jeneba", "Musu", "Kallon"]), ("MRN", ["KGH-LF-25-072"]),
      ("MRN", ["KGH/IP/25/4471"]), ("LOCATION", ["Lalehun"]), ("LOCATION", ["Lower Bambara"]),
      ("LOCATION", ["Kenema lorry park"]), ("HOSPITAL", ["Panguma Catholic Hospital"]), ("PLATE", ["AFV 277"]),
      ("DATE", ["21/01/2025"]), ("DATE", ["22/01/2025"]), ("DATE", ["22/01"]), ("DATE", ["23/01"]), ("NAME", ["FJ"]),
      ("NAME", ["YB"]), ("NAME", ["SW"]), ("NAME", ["Fatmata", "Jalloh"]), ("NAME", ["Yusufu", "Bangura"]),
      ("NAME", ["Sahr", "Williams"]), ("NAME", ["Momoh", "Lebbie"]), ("PHONE", ["+232 76 208 531"]), ("NAME", ["Mamie"]),
      ("NAME", ["Alhaji", "Conteh"]), ("LICENCE", ["2093"])],
     ["Lassa virus", "RT-PCR", "Plasmodium falciparum", "AST 412 U/L", "creatinine 2.1 mg/dL", "Hb 8.4 g/dL",
      "Bleeding gums", "33 mg/kg", "Artemether-lumefantrine (Coartem)", "4 tabs (20/120 mg)", "16 mg/kg q6h",
      "Ringer's lactate", "Mastomys natalensis"]),

    # 39 - USA, New Mexico (McKinley County, Navajo Nation): VA compensation and pension hearing examination (DBQ)
    ("DEPARTMENT OF VETERANS AFFAIRS - Raymond G. Murphy VA Medical Center, Albuquerque NM\n"
     "HEARING LOSS AND TINNITUS DISABILITY BENEFITS QUESTIONNAIRE - Compensation and Pension examination\n"
     "Exam date: 11/12/2025 (the day after Veterans Day) | Request ID 2025-CP-61937\n"
     "Veteran: Leland Begay-Yazzie | DOB 06/14/1971 | VA file no. C 29 386 514\n"
     "Address: PO Box 186, Tohatchi NM 87325 | Phone (505) 733-2619\n"
     "Came with his daughter Shandiin Begay-Yazzie, who interpreted (Navajo/English) for part of the history.\n"
     "Military: USMC field artillery cannoneer, 1st Battalion, 11th Marines (Camp Pendleton); Desert Storm - M198 "
     "howitzer fire without adequate hearing protection. Separated 05/22/1993 (DD-214 reviewed).\n"
     "Civilian: heavy equipment operator, Navajo Tribal Utility Authority, with hearing protection. Earlier audiogram at "
     "Gallup Indian Medical Center in 03/2019. Claim filed with help from Ms Darlene Tsosie, Navajo Nation veterans "
     "service officer.\n"
     "Audiogram (dB HL) | 500 | 1000 | 2000 | 3000 | 4000\n"
     "Right | 15 | 20 | 35 | 55 | 65\n"
     "Left | 20 | 25 | 40 | 60 | 70\n"
     "Puretone average (1000-4000 Hz): R 44 dB, L 49 dB. Maryland CNC word recognition: R 76%, L 72%.\n"
     "Tympanometry Type A bilaterally; acoustic reflexes present at elevated levels; Stenger negative; Weber midline.\n"
     "Diagnosis: bilateral sensorineural hearing loss; tinnitus recurrent, bilateral.\n"
     "Opinion: hearing loss and tinnitus are at least as likely as not (50 percent or greater probability) caused by "
     "military noise exposure. Results are valid for rating under 38 CFR 4.85 (Table VI).\n"
     "Examiner: Marisela Trujillo-Benally, Au.D., CCC-A | NM audiology licence AUD-1183 | NPI 1538472063",
     [("HOSPITAL", ["Raymond G. Murphy VA Medical Center"]), ("LOCATION", ["Albuquerque"]), ("DATE", ["11/12/2025"]),
      ("DATE", ["Veterans Day"]), ("MRN", ["2025-CP-61937"]), ("NAME", ["Leland", "Begay-Yazzie"]),
      ("DATE", ["06/14/1971"]), ("ID", ["C 29 386 514"]), ("ADDRESS", ["PO Box 186"]), ("LOCATION", ["Tohatchi"]),
      ("POSTCODE", ["87325"]), ("PHONE", ["(505) 733-2619"]), ("NAME", ["Shandiin"]),
      ("LOCATION", ["1st Battalion, 11th Marines"]), ("LOCATION", ["Camp Pendleton"]), ("DATE", ["05/22/1993"]),
      ("LOCATION", ["Navajo Tribal Utility Authority"]),
      ("HOSPITAL", ["Gallup Indian Medical Center"]), ("DATE", ["03/2019"]), ("NAME", ["Darlene", "Tsosie"]), ("NAME", ["Marisela", "Trujillo-Benally"]),
      ("LICENCE", ["AUD-1183"]), ("ID", ["1538472063"])],
     ["Puretone average", "Maryland CNC word recognition", "R 76%", "Tympanometry Type A", "acoustic reflexes",
      "Stenger negative", "Weber midline", "bilateral sensorineural hearing loss", "tinnitus recurrent",
      "at least as likely as not (50 percent or greater probability)", "noise exposure", "38 CFR 4.85", "Table VI"]),
]
