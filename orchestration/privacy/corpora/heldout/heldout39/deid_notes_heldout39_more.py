"""Notes 12-23 of the thirty-ninth HELD-OUT set (see :mod:`deid_notes_heldout39` for how it was written and what it
holds).

These 12 notes hold 317 planted identifier parts in 256 (kind, parts) entries and 105 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 12, a notification of a death to the coroner for a patient aged 96 (Co.
Galway, Irish and English forms of the same names); 14, a communicable disease notification form (Trinidad and Tobago);
16, a rheumatic heart disease secondary prophylaxis administration record with nurses' initials (Torres Strait); 18, a
TB treatment card with a daily observed-treatment table (Uganda, surname-first Acholi names); 20, a cardiac
catheterisation laboratory report (Lahore, s/o names); 22, a village clinic telehealth video visit transcript with
speakers' initials (Alaska); 23, a hospital pharmacist's discharge medication reconciliation (Sydney). In other
languages: 13, an outpatient therapeutic programme card for severe acute malnutrition (Amharic, Ethiopian calendar); 15,
a patient safety incident report (Hebrew, with a Hebrew calendar date); 17, an MRI brain report for a patient aged 91
(Serbian Cyrillic); 19, a laboratory report with reference ranges (Persian, Solar Hijri dates, Persian digits); 21, a
health certificate for a driving licence (Vietnamese). Identifiers include a house name, a lot number, a parish and
villages, a Garda station and a PULSE incident number, a health card, an ART number, an interpreter ID, a telehealth
cart serial number, a private IPv4 address and a session URL, a lab result URL carrying the national code, a truck
plate, a driving licence number and practice certificates; where a real identifier has a check digit (Irish PPSN,
Israeli ID, Serbian JMBG, Iranian national code, Australian Medicare, US NPI) the planted one passes it. Entries per
kind here: NAME 68, DATE 50, LOCATION 35, ID 21, HOSPITAL 19, PHONE 19, LICENCE 12, MRN 9, ADDRESS 7, AGE 3, EMAIL 3,
POSTCODE 3, SERIAL 3, URL 2, IP 1, PLATE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Ireland, Co. Galway (Connemara): notification of a death to the coroner, patient aged 96
    ("UNIVERSITY HOSPITAL GALWAY - NOTIFICATION OF DEATH TO THE CORONER (West Galway)\n"
     "Completed 19/01/2026 at 03:15 | Ward: St Enda's (Medical 4)\n"
     "Deceased: Mr Peadar SEOIGHE (known in the ward as Peter Joyce) | 96 years | DOB 02/05/1929 | MRN UHG2041827 | "
     "PPSN 6182473R\n"
     "Address: \"Teach na Trá\", Cois Farraige, An Spidéal, Co. na Gaillimhe H91 X2C4\n"
     "GP: Dr Ruairí Mac Donncha, Spiddal Medical Centre\n"
     "Date/time of death: 19 January 2026, 02:40, verified by Dr A. Nwachukwu-Burke.\n"
     "Why reportable: death following a fall - unnatural cause in the chain of events.\n"
     "Sequence: tripped on the back step at home on 11/01/2026 bringing in turf; # L NOF (intracapsular, Garden IV); "
     "hemiarthroplasty 13/01. Post-op delirium, then hospital-acquired pneumonia (Pseudomonas aeruginosa in sputum, "
     "CURB-65 4) despite pip-tazo; ceiling of care agreed with family 17/01 (no ICU, no CPR).\n"
     "Background: Clinical Frailty Scale 6 before the fall; AF on apixaban; CKD 3a; lived alone, walked to Mass "
     "daily.\n"
     "Born 2nd May 1929 on Inis Meáin; rowed currachs in the regatta every August until 1995; \"96 and never a day in "
     "hospital till now\" (daughter).\n"
     "Proposed cause: Ia hospital-acquired pneumonia; Ib fractured neck of left femur (fall at home); II atrial "
     "fibrillation.\n"
     "NOK: daughter Nóirín Joyce-Fahy (087 555 4163), told by phone at 02:55; son Colm Seoighe in Boston informed by "
     "her.\n"
     "Coroner's office informed by phone 09:05 - Garda Eoin Flatley, An Spidéal Garda Station, PULSE incident "
     "18273645, will attend.\n"
     "Dr Adaeze Nwachukwu-Burke, SpR Geriatric Medicine, MCRN 418273",
     [("HOSPITAL", ["UNIVERSITY HOSPITAL GALWAY"]), ("LOCATION", ["West Galway"]), ("DATE", ["19/01/2026"]),
      ("LOCATION", ["St Enda's"]), ("NAME", ["Peadar", "SEOIGHE"]), ("NAME", ["Peter", "Joyce"]), ("AGE", ["96 years"]),
      ("DATE", ["02/05/1929"]), ("MRN", ["UHG2041827"]), ("ID", ["6182473R"]),
      ("ADDRESS", ["Teach na Trá", "Cois Farraige"]), ("LOCATION", ["An Spidéal"]),
      ("LOCATION", ["Co. na Gaillimhe"]), ("POSTCODE", ["H91 X2C4"]),
      ("NAME", ["Ruairí", "Mac Donncha"]), ("HOSPITAL", ["Spiddal Medical Centre"]), ("DATE", ["19 January 2026"]),
      ("NAME", ["A.", "Nwachukwu-Burke"]), ("DATE", ["11/01/2026"]), ("DATE", ["13/01"]), ("DATE", ["17/01"]),
      ("DATE", ["2nd May 1929"]), ("LOCATION", ["Inis Meáin"]), ("DATE", ["August"]), ("DATE", ["1995"]),
      ("AGE", ["96 and never"]), ("NAME", ["Nóirín", "Joyce-Fahy"]), ("PHONE", ["087 555 4163"]),
      ("NAME", ["Colm", "Seoighe"]), ("LOCATION", ["Boston"]), ("NAME", ["Eoin", "Flatley"]),
      ("LOCATION", ["An Spidéal Garda Station"]), ("ID", ["18273645"]), ("NAME", ["Adaeze", "Nwachukwu-Burke"]),
      ("LICENCE", ["418273"])],
     ["Garden IV", "hemiarthroplasty", "Pseudomonas aeruginosa", "CURB-65 4", "pip-tazo", "Clinical Frailty Scale 6",
      "apixaban", "CKD 3a"]),
    # 13 - Ethiopia, Amhara (East Gojjam): outpatient therapeutic programme card, severe acute malnutrition (Amharic)
    ("የተመላላሽ ሕክምና መርሃ ግብር (OTP) ካርድ — ሞጣ ጤና ጣቢያ\n"
     "ዞን፡ ምሥራቅ ጎጃም | ወረዳ፡ ሁለት እጁ እነሴ | ቀበሌ፡ ጎሽ ሜዳ (04)\n"
     "የካርድ ቁጥር፡ OTP-0418/18 | የመግቢያ ቀን፡ ጥር 12 ቀን 2018 ዓ.ም.\n"
     "የልጁ ስም፡ ሳሙኤል ታደሰ ወርቁ | ፆታ፡ ወንድ | ዕድሜ፡ 18 ወር\n"
     "የእናት ስም፡ አልማዝ ካሳሁን | ስልክ፡ 0918 55 4127 | ፋይዳ ቁጥር፡ 4182 7364 5091\n"
     "አስተላላፊ፡ የጤና ኤክስቴንሽን ባለሙያ ብርቱካን መኮንን (ጎሽ ሜዳ ጤና ኬላ)\n"
     "በመግቢያ ላይ፡ ክብደት 7.1 ኪ.ግ፣ ቁመት 76.5 ሴ.ሜ፣ WFH < -3 Z፣ MUAC 10.8 ሴ.ሜ፣ እብጠት (edema) የለም፣ የምግብ ፍላጎት ሙከራ "
     "(appetite test) አልፏል።\n"
     "ሕክምና፡ RUTF (Plumpy'Nut) በቀን 2 ፓኬት፣ Amoxicillin 250 mg በቀን 2 ጊዜ ለ7 ቀን፣ Vitamin A 100,000 IU፣ የኩፍኝ "
     "(measles) ክትባት ተሰጥቷል።\n"
     "| ሳምንት | ቀን | ክብደት (ኪ.ግ) | MUAC (ሴ.ሜ) | እብጠት | RUTF (ፓኬት) | ፊርማ |\n"
     "| 1 | ጥር 19 | 7.3 | 10.9 | የለም | 14 | ብ.መ. |\n"
     "| 2 | ጥር 26 | 7.6 | 11.2 | የለም | 14 | ብ.መ. |\n"
     "| 3 | የካቲት 3 | 7.6 | 11.3 | የለም | 14 | ዮ.ገ. |\n"
     "ማስታወሻ፡ በ3ኛው ሳምንት ክብደት አልጨመረም — የቤት ጉብኝት ተደርጓል፤ RUTF ከታላላቅ ወንድሞቹ ጋር ይካፈላል። እናቱ ተመክራለች።\n"
     "ቀጣይ ቀጠሮ፡ የካቲት 10 ቀን 2018 ዓ.ም.\n"
     "ጤና መኮንን፡ ዮሐንስ ገብረመድህን (የሙያ ፈቃድ ቁጥር HO/0418/2012)",
     [("HOSPITAL", ["ሞጣ ጤና ጣቢያ"]), ("LOCATION", ["ምሥራቅ ጎጃም"]), ("LOCATION", ["ሁለት እጁ እነሴ"]),
      ("LOCATION", ["ጎሽ ሜዳ"]), ("MRN", ["OTP-0418/18"]), ("DATE", ["ጥር 12 ቀን 2018 ዓ.ም."]),
      ("NAME", ["ሳሙኤል", "ታደሰ", "ወርቁ"]), ("NAME", ["አልማዝ", "ካሳሁን"]), ("PHONE", ["0918 55 4127"]),
      ("ID", ["4182 7364 5091"]), ("NAME", ["ብርቱካን", "መኮንን"]), ("HOSPITAL", ["ጎሽ ሜዳ ጤና ኬላ"]),
      ("DATE", ["ጥር 19"]), ("DATE", ["ጥር 26"]), ("DATE", ["የካቲት 3"]), ("NAME", ["ብ.መ."]), ("NAME", ["ዮ.ገ."]),
      ("DATE", ["የካቲት 10 ቀን 2018 ዓ.ም."]), ("NAME", ["ዮሐንስ", "ገብረመድህን"]), ("LICENCE", ["HO/0418/2012"])],
     ["OTP", "WFH < -3 Z", "MUAC 10.8 ሴ.ሜ", "appetite test", "Plumpy'Nut", "Amoxicillin 250 mg", "Vitamin A 100,000 IU",
      "measles"]),
    # 14 - Trinidad and Tobago (San Fernando; Barrackpore): communicable disease notification, dengue with warning signs
    ("MINISTRY OF HEALTH - NOTIFICATION OF COMMUNICABLE DISEASE (Form 1)\n"
     "To: County Medical Officer of Health, Victoria | Reporting facility: San Fernando General Hospital, Paediatric "
     "Ward 9\n"
     "Date notified: 28/10/2025 | Disease: DENGUE (suspected -> probable)\n"
     "Patient: Aaliyah RAMDEEN-BAPTISTE | 11 yrs F | DOB 04/06/2014 | Reg. No. SFGH-25-418273\n"
     "Parents: mother Mrs. Savitri Ramdeen, 1-868-555-4127; father Marlon Baptiste (shift worker at Point Lisas)\n"
     "Address: LP 41 Rochard Douglas Road, Barrackpore | School: Rochard Road Hindu School (Std 5)\n"
     "Onset: 22/10/2025. No travel. Two neighbours with fever last week; water stored in drums in the yard.\n"
     "Clinical: fever 5 days, retro-orbital pain, abdominal pain, persistent vomiting, gum bleeding; defervescence on "
     "day 5 with cold peripheries. Tourniquet test positive. Hct 48% (baseline 38%), plt 42 x10^9/L, AST 182 U/L. "
     "NS1 antigen positive; dengue IgM sent (specimen CMOH/418/25).\n"
     "Classification: dengue with warning signs (WHO 2009).\n"
     "Management: IV crystalloid 5-7 mL/kg/h, titrated to Hct and urine output; Panadol only - no Brufen or other "
     "NSAIDs.\n"
     "Action requested: Insect Vector Control inspection and fogging of premises and neighbouring houses (Aedes "
     "aegypti breeding suspected).\n"
     "Reported by: Dr Keshav Maharaj-Charles, Paediatric Registrar (MBTT Reg. No. 4927), 1-868-555-0172 ext. 2718\n"
     "Received at CMOH office by: Nurse G. Chin Lee-Phillip (cmoh.victoria.notify@health.gov.tt)",
     [("LOCATION", ["Victoria"]), ("HOSPITAL", ["San Fernando General Hospital"]), ("DATE", ["28/10/2025"]),
      ("NAME", ["Aaliyah", "RAMDEEN-BAPTISTE"]), ("DATE", ["04/06/2014"]), ("MRN", ["SFGH-25-418273"]),
      ("NAME", ["Savitri", "Ramdeen"]), ("PHONE", ["1-868-555-4127"]), ("NAME", ["Marlon", "Baptiste"]),
      ("LOCATION", ["Point Lisas"]), ("ADDRESS", ["LP 41 Rochard Douglas Road"]), ("LOCATION", ["Barrackpore"]),
      ("LOCATION", ["Rochard Road Hindu School"]), ("DATE", ["22/10/2025"]), ("ID", ["CMOH/418/25"]),
      ("NAME", ["Keshav", "Maharaj-Charles"]), ("LICENCE", ["4927"]), ("PHONE", ["1-868-555-0172", "2718"]),
      ("NAME", ["G.", "Chin Lee-Phillip"]), ("EMAIL", ["cmoh.victoria.notify@health.gov.tt"])],
     ["retro-orbital pain", "Tourniquet test positive", "Hct 48%", "plt 42 x10^9/L", "NS1 antigen positive",
      "dengue with warning signs (WHO 2009)", "Panadol", "Brufen", "Aedes aegypti"]),

    # 15 - Israel, Northern District (Safed): patient safety incident report, insulin tenfold overdose (Hebrew)
    ("דו\"ח אירוע חריג — מערכת דיווח בטיחות מטופלים\n"
     "מוסד: המרכז הרפואי \"רמות הגליל\", צפת | מחלקה: פנימית ב' | מס' אירוע: IR-2026-04182\n"
     "תאריך האירוע: 14/01/2026 (כ\"ה בטבת תשפ\"ו), שעה 07:50 | תאריך הדיווח: 15/01/2026\n"
     "המטופלת: שושנה כהן-אברג'ל, בת 74, ת.ז. 054182738, מס' אשפוז 26-0041827\n"
     "תיאור: לפי הוראה בכתב יד \"NovoRapid 4U\" לפני ארוחת הבוקר ניתנו 40 יחידות (ה-U נקרא כ-0). ב-08:35 המטופלת "
     "מזיעה ומבולבלת, סוכר בדם 38 mg/dL.\n"
     "טיפול: Glucose 50% 50 mL IV, עירוי D10 ומדידת סוכר כל 30 דקות; ב-09:10 סוכר 142 mg/dL. Lantus 18 יח' של הערב "
     "בוטל. ללא נזק קבוע (חומרה: פגיעה קלה).\n"
     "גורמים תורמים: הוראה בכתב יד בזמן השבתת המערכת הממוחשבת 06:00-08:00; אחות אחת ל-14 מטופלים במשמרת לילה; אין "
     "בדיקה כפולה לאינסולין.\n"
     "מעורבים: האחות מיכל לוי (רישיון 73512); הרופא התורן ד\"ר יוסף (יוסי) חדד; הרוקחת הקלינית רונית אזולאי.\n"
     "גילוי נאות: הבן אבי אברג'ל עודכן בטלפון 052-555-4182 ע\"י ד\"ר חדד בשעה 10:00.\n"
     "פעולות מתקנות: איסור על הקיצור \"U\" - לכתוב \"יחידות\"; בדיקה כפולה לכל מנת אינסולין; הדרכה במחלקה "
     "ב-21/01/2026.\n"
     "מדווחת: רונית אזולאי, ronit.azulay@ramot-hagalil.org.il",
     [("HOSPITAL", ["רמות הגליל"]), ("LOCATION", ["צפת"]), ("ID", ["IR-2026-04182"]), ("DATE", ["14/01/2026"]),
      ("DATE", ["כ\"ה בטבת תשפ\"ו"]), ("DATE", ["15/01/2026"]), ("NAME", ["שושנה", "כהן-אברג'ל"]),
      ("ID", ["054182738"]), ("MRN", ["26-0041827"]), ("NAME", ["מיכל", "לוי"]), ("LICENCE", ["73512"]),
      ("NAME", ["יוסף", "יוסי", "חדד"]), ("NAME", ["רונית", "אזולאי"]), ("NAME", ["אבי", "אברג'ל"]),
      ("PHONE", ["052-555-4182"]), ("DATE", ["21/01/2026"]), ("EMAIL", ["ronit.azulay@ramot-hagalil.org.il"])],
     ["NovoRapid 4U", "38 mg/dL", "Glucose 50% 50 mL IV", "D10", "142 mg/dL", "Lantus 18", "06:00-08:00",
      "בדיקה כפולה"]),
    # 16 - Australia, Queensland (Torres Strait): rheumatic heart disease secondary prophylaxis administration record
    ("Torres and Cape HHS - RHD Register and Control Program\n"
     "SECONDARY PROPHYLAXIS ADMINISTRATION RECORD (Bicillin L-A 1.2 million units IM every 28 days)\n"
     "Client: Tenesia NONA | 16 F | DOB 09/03/2009 | URN TIH041827 | Medicare 2953 18404 1\n"
     "Community: Badu Island | Clinic: Badu Island Primary Health Care Centre, ph (07) 4083 5518\n"
     "Carer: grandmother Bessie Tabo (\"Ma Bessie\") 0455 518 273\n"
     "Dx: ARF 2022 (Jones criteria: carditis, polyarthritis, ASOT 800 IU/mL); RHD moderate - mitral regurgitation "
     "moderate on echo 14/08/2025 (visiting cardiologist Dr Hamish Fairweather-Ng, Cairns Hospital). Priority 2.\n"
     "| Due        | Given      | Site | Dose   | Given by | Comment                                  |\n"
     "| 02/10/2025 | 02/10/2025 | L VG | 1.2 MU | KM       | lignocaine 0.5 mL in syringe             |\n"
     "| 30/10/2025 | 05/11/2025 | R VG | 1.2 MU | KM       | 6 d late - at Poruma for tombstone opening|\n"
     "| 27/11/2025 | 27/11/2025 | L VG | 1.2 MU | RS       | Buzzy device used, tolerated well        |\n"
     "| 25/12/2025 | 29/12/2025 | R VG | 1.2 MU | RS       | given on TI over Christmas               |\n"
     "Adherence last 12 months: 12 of 13 doses within 7 days of due (92%).\n"
     "Next due: 26/01/2026. Dental review at the TI dental clinic booked. Contraception discussed (Implanon).\n"
     "KM = Kaiwa Mosby, RN (AHPRA NMW0001827364) | RS = Rhonda Stephen, A&TSIHP",
     [("HOSPITAL", ["Torres and Cape HHS"]),
      ("NAME", ["Tenesia", "NONA"]), ("DATE", ["09/03/2009"]), ("MRN", ["TIH041827"]), ("ID", ["2953 18404 1"]),
      ("LOCATION", ["Badu Island"]), ("HOSPITAL", ["Badu Island Primary Health Care Centre"]),
      ("PHONE", ["(07) 4083 5518"]), ("NAME", ["Bessie", "Tabo"]), ("NAME", ["Ma Bessie"]), ("PHONE", ["0455 518 273"]),
      ("DATE", ["14/08/2025"]), ("NAME", ["Hamish", "Fairweather-Ng"]), ("HOSPITAL", ["Cairns Hospital"]),
      ("DATE", ["02/10/2025"]), ("DATE", ["30/10/2025"]), ("DATE", ["05/11/2025"]), ("LOCATION", ["Poruma"]),
      ("DATE", ["27/11/2025"]), ("DATE", ["25/12/2025"]), ("DATE", ["29/12/2025"]), ("NAME", ["KM"]), ("NAME", ["RS"]),
      ("LOCATION", ["TI"]), ("DATE", ["Christmas"]), ("DATE", ["26/01/2026"]), ("NAME", ["Kaiwa", "Mosby"]),
      ("LICENCE", ["NMW0001827364"]), ("NAME", ["Rhonda", "Stephen"])],
     ["Bicillin L-A 1.2 million units", "every 28 days", "Jones criteria", "ASOT 800 IU/mL", "mitral regurgitation",
      "Priority 2", "lignocaine 0.5 mL", "Buzzy", "Implanon"]),

    # 17 - Serbia, Vojvodina (Novi Sad): MRI brain report, patient aged 91 (Serbian, Cyrillic)
    ("Универзитетски клинички центар Војводине — Центар за радиологију, Хајдук Вељкова 1, 21000 Нови Сад\n"
     "МР ендокранијума | Датум прегледа: 03.02.2026. | Протокол бр. МР-26-04182\n"
     "Пацијент: Јелисавета МИЛОШЕВИЋ, рођ. 21.09.1934. (91 година) | ЈМБГ 2109934805827 | ЛБО 18273645091\n"
     "Адреса: Улица браће Рибникар 18, Нови Сад | тел. 021/555-4182; син Драган 064 555 1827\n"
     "Упутни лекар: др Бранислав Петровић, Дом здравља „Нови Сад”, амбуланта Детелинара\n"
     "Клинички подаци: нагло настала слабост десне руке и отежан говор 01.02.2026. ујутру; CT од 28. јануара 2026. "
     "без акутних промена. Фибрилација преткомора, не узима антикоагулантну терапију.\n"
     "Уређај: Siemens MAGNETOM Vida 3T (сер. бр. 175418). Секвенце: T1, T2, FLAIR, DWI/ADC, SWI, TOF MRA.\n"
     "Налаз: у кортико-субкортикалном региону левог фронталног режња и инсуле рестрикција дифузије на DWI са "
     "сниженим ADC — акутни исхемијски инфаркт у сливу леве a. cerebri media (M2 сегмент). Без хеморагијске "
     "трансформације на SWI. Конфлуентне хиперинтензитетне лезије беле масе, Fazekas 2. Проширени Virchow-Robin-ови "
     "простори у базалним ганглијама. Силвијеве фисуре проширене, глобална атрофија (GCA 2). TOF: Вилисов шестоугао "
     "комплетан, оклузија M2 гране леве ACM.\n"
     "Закључак: акутни исхемијски инфаркт у сливу леве ACM (M2), кардиоемболијске етиологије највероватније; "
     "хронична микроангиопатија (Fazekas 2).\n"
     "Налаз прочитала: проф. др Весна Ђурђевић-Стојанов, специјалиста радиологије (лиценца ЛКС 041827)",
     [("HOSPITAL", ["Универзитетски клинички центар Војводине"]), ("ADDRESS", ["Хајдук Вељкова 1"]),
      ("POSTCODE", ["21000"]), ("LOCATION", ["Нови Сад"]), ("DATE", ["03.02.2026."]), ("ID", ["МР-26-04182"]),
      ("NAME", ["Јелисавета", "МИЛОШЕВИЋ"]), ("DATE", ["21.09.1934."]), ("AGE", ["91 година"]),
      ("ID", ["2109934805827"]), ("ID", ["18273645091"]), ("ADDRESS", ["Улица браће Рибникар 18"]),
      ("PHONE", ["021/555-4182"]), ("NAME", ["Драган"]), ("PHONE", ["064 555 1827"]),
      ("NAME", ["Бранислав", "Петровић"]), ("HOSPITAL", ["Дом здравља „Нови Сад”"]), ("LOCATION", ["Детелинара"]),
      ("DATE", ["01.02.2026."]), ("DATE", ["28. јануара 2026."]), ("SERIAL", ["175418"]),
      ("NAME", ["Весна", "Ђурђевић-Стојанов"]), ("LICENCE", ["ЛКС 041827"])],
     ["Siemens MAGNETOM Vida 3T", "DWI/ADC", "a. cerebri media", "Fazekas 2", "Virchow-Robin", "Силвијеве фисуре",
      "Вилисов шестоугао", "GCA 2", "TOF MRA"]),
    # 18 - Uganda, Acholi sub-region (Gulu): TB treatment card with a daily DOT table, TB/HIV
    ("GULU REGIONAL REFERRAL HOSPITAL - TB CLINIC | TB TREATMENT CARD\n"
     "Unit TB No. GRRH/TB/2025/418 | Date started: 15/09/2025\n"
     "Name: OKELLO Geoffrey Opiyo | 34 M | NIN CM91048102KXLD | Tel 0772 555418\n"
     "Address: Laroo village, Pece parish, Gulu City | LC1 chairman: Mr Ojara Santo\n"
     "Treatment supporter: wife Akello Grace Lamunu, 0785 555 062\n"
     "Dx: pulmonary TB, bacteriologically confirmed - GeneXpert MTB/RIF Ultra: MTB detected (medium), RIF resistance "
     "not detected; smear 2+. New patient. CXR: R upper lobe cavity.\n"
     "HIV: positive, on TLD since 2021 (ART No. 07418), CD4 186 cells/uL, TB-LAM positive.\n"
     "Regimen: 2RHZE/4RH, wt 52 kg -> RHZE 4 tablets daily; cotrimoxazole 960 mg od; pyridoxine 25 mg od.\n"
     "Month 2 (intensive phase)\n"
     "| Date       | Dose taken | Observer | Remarks                    |\n"
     "| 10/11/2025 | yes        | GAL      | -                          |\n"
     "| 11/11/2025 | yes        | GAL      | nausea, took after food    |\n"
     "| 12/11/2025 | no         | -        | went to the burial at Awach|\n"
     "| 13/11/2025 | yes        | SO       | sputum taken for month-2   |\n"
     "Month-2 smear (13/11/2025): negative -> continuation phase 4RH from 15/11/2025.\n"
     "Clinician: Sr Florence Adong Odur, TB focal person (UNMC reg. 18-04127)",
     [("HOSPITAL", ["GULU REGIONAL REFERRAL HOSPITAL"]), ("MRN", ["GRRH/TB/2025/418"]), ("DATE", ["15/09/2025"]),
      ("NAME", ["OKELLO", "Geoffrey", "Opiyo"]), ("ID", ["CM91048102KXLD"]), ("PHONE", ["0772 555418"]),
      ("LOCATION", ["Laroo"]), ("LOCATION", ["Pece"]), ("LOCATION", ["Gulu City"]), ("NAME", ["Ojara", "Santo"]),
      ("NAME", ["Akello", "Grace", "Lamunu"]), ("PHONE", ["0785 555 062"]), ("ID", ["07418"]), ("DATE", ["10/11/2025"]),
      ("NAME", ["GAL"]), ("DATE", ["11/11/2025"]), ("DATE", ["12/11/2025"]), ("LOCATION", ["Awach"]),
      ("DATE", ["13/11/2025"]), ("NAME", ["SO"]), ("DATE", ["15/11/2025"]), ("NAME", ["Florence", "Adong", "Odur"]),
      ("LICENCE", ["18-04127"])],
     ["GeneXpert MTB/RIF Ultra", "RIF resistance not detected", "smear 2+", "TLD", "CD4 186 cells/uL",
      "TB-LAM positive", "2RHZE/4RH", "cotrimoxazole 960 mg", "pyridoxine 25 mg"]),

    # 19 - Iran, Fars (Shiraz): laboratory report, subclinical hypothyroidism and iron deficiency (Persian)
    ("آزمایشگاه تشخیص طبی پارس — شیراز، خیابان زند، نبش کوچه ۱۲ | تلفن ۰۷۱-۳۲۳۵۵۴۱۸\n"
     "گزارش نتایج آزمایش | شماره پذیرش: ۱۴۰۴۰۸۱۲-۰۴۱۸ | تاریخ پذیرش: ۱۴۰۴/۰۸/۱۲ | تاریخ جوابدهی: ۱۴۰۴/۰۸/۱۴\n"
     "نام بیمار: خانم فاطمه حسینی‌نژاد | نام پدر: علی | سن: ۳۴ سال | کد ملی: ۲۲۷۴۱۸۳۹۰۲\n"
     "پزشک معالج: دکتر مهرداد کیانی (نظام پزشکی ۱۱۸۲۷۴) | بیمه: تأمین اجتماعی ۱۸۲۷۳۶۴۵\n"
     "نشانی بیمار: شیراز، بلوار چمران، کوچه ۷، پلاک ۴۱ | همراه: ۰۹۱۷ ۵۵۵ ۱۸۲۷\n"
     "| آزمایش | نتیجه | واحد | محدوده مرجع |\n"
     "| TSH | 6.8 | µIU/mL | 0.4-4.0 |\n"
     "| Free T4 | 0.9 | ng/dL | 0.8-1.8 |\n"
     "| Anti-TPO | 412 | IU/mL | <35 |\n"
     "| Hb | 11.2 | g/dL | 12-16 |\n"
     "| MCV | 74 | fL | 80-100 |\n"
     "| Ferritin | 9 | ng/mL | 13-150 |\n"
     "| 25-OH Vitamin D | 12 | ng/mL | 30-100 |\n"
     "| HbA1c | 5.4 | % | 4.0-5.6 |\n"
     "تفسیر: هیپوتیروئیدی تحت بالینی با Anti-TPO بالا، مطرح‌کننده تیروئیدیت هاشیموتو؛ کم‌خونی فقر آهن.\n"
     "مشاهده آنلاین جواب: https://parslab-shiraz.ir/result?code=418273&n=2274183902\n"
     "مسئول فنی آزمایشگاه: دکتر نسرین طاهرخانی، متخصص علوم آزمایشگاهی",
     [("HOSPITAL", ["آزمایشگاه تشخیص طبی پارس"]), ("LOCATION", ["شیراز"]), ("ADDRESS", ["خیابان زند، نبش کوچه ۱۲"]),
      ("PHONE", ["۰۷۱-۳۲۳۵۵۴۱۸"]), ("ID", ["۱۴۰۴۰۸۱۲-۰۴۱۸"]), ("DATE", ["۱۴۰۴/۰۸/۱۲"]), ("DATE", ["۱۴۰۴/۰۸/۱۴"]),
      ("NAME", ["فاطمه", "حسینی‌نژاد"]), ("NAME", ["علی"]), ("ID", ["۲۲۷۴۱۸۳۹۰۲"]), ("NAME", ["مهرداد", "کیانی"]),
      ("LICENCE", ["۱۱۸۲۷۴"]), ("ID", ["۱۸۲۷۳۶۴۵"]), ("ADDRESS", ["بلوار چمران، کوچه ۷، پلاک ۴۱"]),
      ("PHONE", ["۰۹۱۷ ۵۵۵ ۱۸۲۷"]), ("URL", ["https://parslab-shiraz.ir/result?code=418273&n=2274183902"]),
      ("NAME", ["نسرین", "طاهرخانی"])],
     ["TSH", "0.4-4.0", "Anti-TPO", "12-16", "13-150", "30-100", "4.0-5.6", "تیروئیدیت هاشیموتو", "کم‌خونی فقر آهن"]),
    # 20 - Pakistan, Punjab (Lahore): cardiac catheterisation laboratory report, primary PCI
    ("PUNJAB INSTITUTE OF CARDIOLOGY, LAHORE - CATH LAB 3\n"
     "PRIMARY PCI REPORT | 12-12-2025 | MR# PIC-25-041827\n"
     "Patient: Muhammad Arshad s/o Ghulam Rasool | 58 M | CNIC 35202-4182736-5\n"
     "Brought by Rescue 1122 from Shahdara; son Usman Arshad (0300-5554182) with him.\n"
     "Indication: anterior STEMI, pain onset 05:10; door-to-balloon 74 min. Killip class I.\n"
     "Access: R radial 6F. Heparin 70 U/kg; ticagrelor (Brilinta) 180 mg loading + aspirin 300 mg given in ER.\n"
     "Diagnostic: JL 3.5 / JR 4.\n"
     "- LM: normal. LAD: proximal total occlusion, TIMI 0 flow. LCx: 40% mid. RCA: dominant, 50% proximal.\n"
     "- SYNTAX score 14.\n"
     "Intervention: EBU 3.5 guide, BMW wire crossed; pre-dilated with 2.0 x 15 mm balloon; Xience Sierra 3.0 x 28 mm "
     "deployed at 14 atm; post-dilated NC 3.5 x 12 mm at 18 atm. Final TIMI 3 flow, no residual stenosis, no "
     "dissection.\n"
     "Equipment: Philips Azurion 7 (s/n 718273). Contrast 140 mL; fluoro time 11.2 min.\n"
     "Plan: CCU; DAPT (aspirin 75 mg + ticagrelor 90 mg BD) x 12 months; atorvastatin 80 mg; echo tomorrow; staged PCI "
     "of RCA to be decided. Sehat card coverage verified.\n"
     "Operator: Dr. Fawad Hussain Qureshi, FCPS (PMDC 41827-P) | Assistant: Dr. Sana Iftikhar",
     [("HOSPITAL", ["PUNJAB INSTITUTE OF CARDIOLOGY"]), ("LOCATION", ["LAHORE"]), ("DATE", ["12-12-2025"]),
      ("MRN", ["PIC-25-041827"]), ("NAME", ["Muhammad", "Arshad"]), ("NAME", ["Ghulam", "Rasool"]),
      ("ID", ["35202-4182736-5"]), ("LOCATION", ["Shahdara"]), ("NAME", ["Usman"]), ("PHONE", ["0300-5554182"]),
      ("SERIAL", ["718273"]), ("NAME", ["Fawad", "Hussain", "Qureshi"]), ("LICENCE", ["41827-P"]),
      ("NAME", ["Sana", "Iftikhar"])],
     ["anterior STEMI", "door-to-balloon 74 min", "Killip class I", "ticagrelor (Brilinta) 180 mg", "TIMI 0",
      "SYNTAX score 14", "Xience Sierra 3.0 x 28 mm", "Philips Azurion 7", "TIMI 3"]),

    # 21 - Viet Nam, Quảng Nam (Điện Bàn): health certificate for a driving licence (Vietnamese)
    ("TRUNG TÂM Y TẾ THỊ XÃ ĐIỆN BÀN\n"
     "GIẤY KHÁM SỨC KHỎE CỦA NGƯỜI LÁI XE | Số: 418/GKSKLX\n"
     "Họ và tên: NGUYỄN VĂN PHÚC | Giới: Nam | Ngày sinh: 17/04/1995\n"
     "Số CCCD: 049095001827, cấp ngày 22/06/2021 tại Cục Cảnh sát QLHC về TTXH\n"
     "Chỗ ở hiện tại: thôn Phong Thử, xã Điện Quang, thị xã Điện Bàn | ĐT: 0905 555 418\n"
     "Đề nghị khám sức khỏe để lái xe hạng: C (nâng hạng từ B2, GPLX số 490182736415)\n"
     "Nơi làm việc: Công ty TNHH Vận tải Thu Bồn, lái xe tải biển số 92C-418.27\n"
     "Tiền sử: không động kinh, không đái tháo đường, không dùng thuốc hướng thần.\n"
     "Khám:\n"
     "- Mắt: thị lực không kính mắt phải 10/10, mắt trái 8/10; hai mắt 10/10. Sắc giác bình thường (bảng Ishihara). "
     "Thị trường ngang hai mắt bình thường.\n"
     "- Tai mũi họng: nghe nói thường mỗi bên > 5 m.\n"
     "- Tim mạch: mạch 76 lần/phút, huyết áp 130/80 mmHg.\n"
     "- Xét nghiệm: nồng độ cồn trong hơi thở 0,00 mg/L; test nhanh ma túy (4 chân: Morphin, Amphetamin, "
     "Methamphetamin, THC) âm tính.\n"
     "Kết luận: Đủ điều kiện sức khỏe lái xe hạng C. Giấy có giá trị 12 tháng.\n"
     "Điện Bàn, ngày 15 tháng 12 năm 2025\n"
     "Bác sĩ khám: BS. Trần Quốc Bảo (CCHN số 004182/QNA-CCHN)\n"
     "Người kết luận: BSCKI. Lê Thị Thu Hà",
     [("HOSPITAL", ["TRUNG TÂM Y TẾ THỊ XÃ ĐIỆN BÀN"]), ("ID", ["418/GKSKLX"]), ("NAME", ["NGUYỄN", "VĂN PHÚC"]),
      ("DATE", ["17/04/1995"]), ("ID", ["049095001827"]), ("DATE", ["22/06/2021"]), ("LOCATION", ["Phong Thử"]),
      ("LOCATION", ["Điện Quang"]), ("LOCATION", ["Điện Bàn"]), ("PHONE", ["0905 555 418"]),
      ("LICENCE", ["490182736415"]), ("LOCATION", ["Vận tải Thu Bồn"]), ("PLATE", ["92C-418.27"]),
      ("DATE", ["ngày 15 tháng 12 năm 2025"]), ("NAME", ["Trần", "Quốc Bảo"]), ("LICENCE", ["004182/QNA-CCHN"]),
      ("NAME", ["Lê", "Thị Thu Hà"])],
     ["mắt phải 10/10", "mắt trái 8/10", "bảng Ishihara", "130/80 mmHg", "0,00 mg/L", "Methamphetamin", "THC",
      "hạng C"]),
    # 22 - USA, Alaska (Yukon-Kuskokwim Delta): village clinic telehealth video visit transcript, acute otitis media
    ("YKHC Telehealth - Village Clinic Video Visit (auto-transcript, edited by provider)\n"
     "Session 2025-11-06 15:02-15:19 AKST | Tununak Clinic cart AFHCAN-3 (s/n AT3-0418273), IP 10.72.18.46\n"
     "Recording: https://telehealth.ykhc.org/sessions/TH-25-118273\n"
     "Patient: Jayden Cingarkaq PANIYAK | 4 y M | DOB 06/11/2021 (birthday today) | HRN 520964 | Medicaid 7418273605\n"
     "Participants: Walter Frank, CHA/P (at clinic); mother Agnes Paniyak (at clinic); Dr Priya Raghunathan-Cole "
     "(pediatrics, Bethel).\n"
     "[15:02] Dr R-C: Hi Walter, hi Agnes - can you both hear me?\n"
     "[15:02] WF: Loud and clear. He's been pulling at his right ear since Monday, fever 39.1 last night, not "
     "sleeping.\n"
     "[15:04] Dr R-C: Any drainage from the ear? Vomiting? Still drinking?\n"
     "[15:04] AP: No drainage. He drank tea and ate some akutaq this morning.\n"
     "[15:06] WF: Sending otoscope video now. Right TM red and bulging, no light reflex. Left TM pearly grey.\n"
     "[15:09] Dr R-C: Agreed - right acute otitis media with a bulging TM. Weight?\n"
     "[15:09] WF: 17.2 kg. No allergies on the chart.\n"
     "[15:11] Dr R-C: Amoxicillin 90 mg/kg/day divided BID for 10 days - that's 775 mg BID; the clinic has 400 mg/5 "
     "mL, so 9.7 mL twice a day. Tylenol 240 mg every 6 hours as needed.\n"
     "[15:14] AP: His cousin in Toksook Bay had tubes put in his ears - does he need that?\n"
     "[15:15] Dr R-C: Not now. Recheck with Walter in 48-72 h; if still febrile, call and we'll switch to Augmentin.\n"
     "[15:19] WF: Okay, quyana. I'll call the pediatric line, (907) 555-0148, if he gets worse.\n"
     "Signed: Priya Raghunathan-Cole, MD | NPI 1726041837",
     [("HOSPITAL", ["YKHC"]),
      ("DATE", ["2025-11-06"]), ("HOSPITAL", ["Tununak Clinic"]), ("SERIAL", ["AT3-0418273"]), ("IP", ["10.72.18.46"]),
      ("URL", ["https://telehealth.ykhc.org/sessions/TH-25-118273"]), ("NAME", ["Jayden", "Cingarkaq", "PANIYAK"]),
      ("DATE", ["06/11/2021"]), ("MRN", ["520964"]), ("ID", ["7418273605"]), ("NAME", ["Walter", "Frank"]),
      ("NAME", ["Agnes", "Paniyak"]), ("NAME", ["Priya", "Raghunathan-Cole"]), ("LOCATION", ["Bethel"]),
      ("NAME", ["R-C"]), ("NAME", ["WF"]), ("NAME", ["AP"]),
      ("LOCATION", ["Toksook Bay"]), ("PHONE", ["(907) 555-0148"]),
      ("ID", ["1726041837"])],
     ["acute otitis media", "bulging TM", "Amoxicillin 90 mg/kg/day divided BID", "400 mg/5 mL",
      "Tylenol 240 mg every 6 hours", "48-72 h", "Augmentin", "akutaq"]),

    # 23 - Australia, New South Wales (Liverpool; Cabramatta): hospital pharmacist's discharge medication reconciliation
    ("Liverpool Hospital - Pharmacy Department | MEDICATION RECONCILIATION & DISCHARGE MEDICATION RECORD\n"
     "Ward 5C | Date: 20/11/2025 | Pharmacist: Bronwyn Ashcroft-Le\n"
     "Patient: NGUYEN, Thi Hoa (Nguyễn Thị Hoa; prefers \"Mrs Hoa\") | 71 F | MRN LH0418273\n"
     "Address: 12/41 Hughes Street, Cabramatta NSW 2166 | Home ph (02) 9555 1846\n"
     "Language: Vietnamese; TIS interpreter (ID 36271) by phone. Son Kevin Nguyen (Nguyễn Văn Khải), 0412 555 927, "
     "manages her Webster-pak.\n"
     "Sources: patient + son, Webster-pak, GP list faxed by Dr Tran Minh Duc (Cabramatta Family Medical Practice, fax "
     "(02) 9555 4182), community pharmacy dispensing history (Canley Vale Road Pharmacy).\n"
     "Admission: new AF with CCF; eGFR 41, CrCl 38 mL/min (Cockcroft-Gault, 52 kg).\n"
     "| Pre-admission | Discharge | Change / reason |\n"
     "| Diamicron MR 60 mg mane | Diamicron MR 30 mg mane | reduced: 2 hypos on ward (BSL 3.1) |\n"
     "| Janumet 50/1000 BD | Janumet 50/500 BD | metformin reduced for eGFR 41 |\n"
     "| Coversyl 5 mg mane | Coversyl 2.5 mg mane | postural BP drop |\n"
     "| Lipitor 40 mg nocte | unchanged | - |\n"
     "| Panadol Osteo 665 mg 2 TDS | unchanged | - |\n"
     "| - | Xarelto 15 mg daily with evening meal | new - AF, CHA2DS2-VASc 5, dose for CrCl |\n"
     "| - | Lasix 20 mg mane | new - CCF |\n"
     "| Somac 40 mg | ceased | no ongoing indication |\n"
     "| Dan Shen (Chinese herbal) tea | stop | bleeding risk with rivaroxaban |\n"
     "Counselled with interpreter (teach-back done). Webster-pak updated by Canley Vale Road Pharmacy; discharge "
     "letter e-mailed to the GP.\n"
     "Bronwyn Ashcroft-Le, Clinical Pharmacist | AHPRA PHA0001927364 | bronwyn.ashcroft-le@health.nsw.gov.au",
     [("HOSPITAL", ["Liverpool Hospital"]), ("DATE", ["20/11/2025"]), ("NAME", ["Bronwyn", "Ashcroft-Le"]),
      ("NAME", ["NGUYEN", "Thi Hoa"]), ("NAME", ["Nguyễn Thị Hoa"]), ("NAME", ["Mrs Hoa"]), ("MRN", ["LH0418273"]),
      ("ADDRESS", ["12/41 Hughes Street"]), ("LOCATION", ["Cabramatta"]), ("POSTCODE", ["2166"]),
      ("PHONE", ["(02) 9555 1846"]), ("ID", ["36271"]), ("NAME", ["Kevin", "Nguyen"]), ("NAME", ["Nguyễn Văn Khải"]),
      ("PHONE", ["0412 555 927"]), ("NAME", ["Tran", "Minh Duc"]), ("HOSPITAL", ["Cabramatta Family Medical Practice"]),
      ("PHONE", ["(02) 9555 4182"]), ("LOCATION", ["Canley Vale Road Pharmacy"]), ("LICENCE", ["PHA0001927364"]),
      ("EMAIL", ["bronwyn.ashcroft-le@health.nsw.gov.au"])],
     ["Webster-pak", "CrCl 38 mL/min", "Cockcroft-Gault", "Diamicron MR 30 mg", "Janumet 50/1000 BD",
      "Janumet 50/500 BD", "Coversyl 2.5 mg", "Panadol Osteo 665 mg", "Xarelto 15 mg", "CHA2DS2-VASc 5", "Dan Shen"]),
]
