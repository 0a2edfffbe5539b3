"""Thirty-eighth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation, nor any other held-out set but the layout of the eighteenth, and never ran the de-identifier or the
evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (1151 planted identifier parts in 931 (kind, parts) entries; 348 clinical strings, 347 of them distinct), each
a different kind of clinical document, written the way clinicians write them (headers and footers, tables, legends of
staff initials, forms, letters, signatures and free text): a pharmacist's admission medication reconciliation, a
snakebite case record, a school nurse's individualized healthcare plan for type 1 diabetes, an arsenicosis patient card,
a sexual health partner notification record with its contact slip, a palliative care syringe pump chart, a certificate
of fitness for a professional diver, a stroke thrombolysis proforma with telestroke, a tuberculosis treatment card with
household contact screening, a dental referral for oral surgery overseas, an avalanche rescue emergency physician
record, a hearing aid fitting record, a dengue monitoring chart, a sport concussion assessment (SCAT6), a forensic
medical examination report after a road accident, a pre-travel consultation, an outpatient record extract referring to
endocrinology, a forensic psychiatry HCR-20 V3 risk assessment, a haemodialysis session record, a wound chart with
photographs listed by file name, a trachomatous trichiasis surgery record, a radiotherapy planning note, a brucellosis
case investigation form, a port health suspected case and quarantine order form, a medical certificate of fitness to
drive, an upper GI cancer MDT outcome form, a malaria case notification form, a clinical trial serious adverse event
report, a midwife's labour referral letter with the hospital's reply, a home oxygen order form, a cholera treatment
centre line list, a neonatal transfer letter, a certificate of fitness for competitive sport, a suspected transfusion
reaction investigation report, an obstetric epidural record, a medical examiner's scrutiny record, a diabetic
retinopathy grading report, aviation medical examiner notes, a hospital chaplain's spiritual care note and a premarital
thalassaemia screening counselling letter.

Countries and regions (positions in ``NOTES``, counted from 0): 0 Canada, Newfoundland and Labrador (Fogo Island); 1
Oman (Wilayat Bahla, Ad Dakhiliyah); 2 USA, Maine (Jonesport and Beals, Washington County); 3 Bangladesh (Matlab Uttar,
Chandpur); 4 Scotland, Shetland (Lerwick, Yell); 5 Isle of Man (Ramsey, Lezayre); 6 Greece, Dodecanese (Kalymnos); 7
Australia, Tasmania (Burnie, Smithton); 8 Pakistan, Gilgit-Baltistan (Skardu); 9 Falkland Islands (Stanley, Goose
Green); 10 Switzerland, Graubünden (Scuol, Sent, Lower Engadine); 11 Malta, Gozo (Victoria, Għarb); 12 Sri Lanka, Jaffna
district (Point Pedro, Valvettithurai); 13 Tonga, Vava'u (Neiafu, Leimatu'a); 14 Turkey, Artvin (Şavşat); 15 Canada,
Yukon (Whitehorse, Old Crow); 16 Ukraine, Zakarpattia (Yasinia, Rakhiv raion); 17 Jersey (St Saviour, St Ouen); 18
Georgia, Samegrelo (Zugdidi, Anaklia); 19 Botswana (Maun, Shorobe); 20 Ethiopia, Amhara (Lalibela, Lasta woreda); 21
Namibia (Windhoek, Zambezi Region); 22 Mongolia, Khövsgöl (Rinchinlhümbe sum, Mörön); 23 Vanuatu, Espiritu Santo
(Luganville); 24 Poland, Bieszczady (Ustrzyki Dolne); 25 Scotland, Western Isles (Ness, Isle of Lewis); 26 Brazil,
Amazonas (São Gabriel da Cachoeira, Içana river); 27 Malawi (Zomba); 28 Indonesia, Flores (Ende, Wolojita); 29 England,
Isles of Scilly (St Agnes); 30 Tanzania, Kigoma (Kasulu); 31 Belize, Cayo (Belmopan, Spanish Lookout); 32 Italy,
Sardinia (Nuoro, Orgosolo); 33 Trinidad and Tobago, Tobago (Scarborough, Moriah); 34 Guernsey (St Martin's, Forest); 35
England, Lincolnshire (Mablethorpe, Louth); 36 Guyana, Region 9 (Lethem, Aishalton); 37 USA, Alaska (Bethel, Napakiak);
38 South Africa, Eastern Cape (Mthatha, Coffee Bay); 39 Maldives (Addu City, Fuvahmulah).

Languages and scripts: English, 24 notes (0, 2, 4, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 34, 35, 36,
37, 38, 39); 16 notes in other languages, each written wholly in that language with its own conventions for names,
addresses, dates, phone and ID numbers: in non-Latin scripts (9), Arabic 1, Bengali 3 (with a Bengali-calendar date and
Bengali digits), Greek 6, Urdu 8, Tamil 12, Ukrainian 16, Georgian 18, Amharic 20 (Ethiopian-calendar dates) and
Mongolian in Cyrillic 22 (patronymic-first names); in Latin script (7), German 10, Turkish 14, Polish 24, Portuguese 26,
Indonesian 28, Swahili 30 and Italian 32. Transliterated names stand next to native-script ones in notes 8, 11, 18 and
22.

Identifiers sit where clinicians put them: letterheads and footers, tables and legends of staff initials (three-letter
initials in notes 0, 4, 5, 19, 25 and 34; dotted Tamil and Georgian initials in 12 and 18), after relation words (wife,
son, daughter, mother, sister, granddaughter, husband, partner, ابنه, ولد, بھائی, স্বামী, ছেলে, του, eşi, нөхөр, хүү,
син, მეუღლე, ባለቤት, Suami, mama, padre), at the start and end of sentences, a name split across two lines (13), names
that are ordinary words (Look, Chance, Alley, Short, Gift, Precious, Flowers, Job, Ivy, Forest as a parish, Amani,
Zawadi, Tumaini, Upendo, Faraja, Wróbel, Sołtys, Mele, Bata, Karadeniz, Blackjack) and places that are ordinary words or
people's names (Tilting, Farewell, Joe Batt's Arm, Goose Green, Old Crow, Rocky Cape, Sent, Victoria, Cross, Ness, Brae,
Troy Town, St Agnes, Spanish Lookout, Coffee Bay, Signal Hill, Moriah, Sahara, Говерла, Βαθύ), hospitals and streets
named after people (Gilbert Bain, Noble's, King Edward VII, Karl Heusner, Letsholathebe II, Dr A.B. May, Nelson Mandela,
Indira Gandhi, Clinique Pinel, Princess Elizabeth, ім. Андрія Новака, Βουβάλειο, Harvey Street, Nelson Street, George
Price Highway, Princess Margaret Drive, Via Antonio Gramsci, Triq l-Arċisqof Pietru Pace, რუსთაველის ქ.), a street named
after a date (ul. 29 Listopada), schools, employers, churches, a store, a salmon farm, a shipping agent, an air
taxi, a mokoro trust and a funeral director; also record, national, insurance, trial, specimen, notification and
certificate numbers, a tube-well ID, photograph file names, fax numbers, e-mail addresses, two URLs, two IPv4 addresses,
two social handles, two key-safe codes, map coordinates, vehicle identifiers (road plates, an ambulance, a helicopter,
an aircraft, a fishing boat, a sponge boat and a cargo ship with its IMO number and call sign), device serials (an
insulin pump controller, a syringe pump, hearing aids and charger, a dialysis machine, an epidural pump, a fundus
camera, a CPAP device) and professional licences. Where a real number has a check digit (NHS, CHI, US NPI, Australian
Medicare, Swiss AHV and GLN, Greek AMKA, Turkish T.C. Kimlik, Polish PESEL and PWZ, Brazilian CPF and CNS, Italian
codice fiscale, Ukrainian RNOKPP, South African ID, IMO ship number) the planted one passes it; other national numbers
keep their format and, where they carry it, the holder's birth date and sex (Namibian, Trinidad and Tobago and Tanzanian
NIDA IDs, Indonesian NIK, Sri Lankan NIC, Mongolian register number, Pakistani CNIC, Botswana Omang, Maltese ID). Three
patients are aged 90 or over (notes 5, 11 and 35): for them the age and every date element, bare years, months and
Christmas included, are planted; the bare years in younger patients' notes stay in the text and are not planted.
First-level divisions (states, provinces, territories, oblasts, aimags, governorates, regions) are left in the text and
not planted, except inside a facility's name. No name, place or facility is planted in more than one note. The strings
that must survive include eponymous and place-named signs, scores, classifications, tests and organisms (Glasgow Coma
Scale in Arabic and English, Echis omanensis, Mees' lines, Bowen's disease in Bengali, Abbey Pain Scale, Valsalva,
Ruffier-Dickson, Rankin, Koch's, Ziehl-Neelsen, Winter's classification, Pell and Gregory, Ringer-Acetat and Ringer's
lactate, the Swiss hypothermia staging, Canadian CT Head Rule, Maddocks, Lake Louise score, Japanese encephalitis,
Graefe's sign and Plummer's disease in Ukrainian, Hare PCL-R, Mental Health (Jersey) Law 2016, Brescia-Cimino,
Fresenius, Manchester system, FIGO 2018, Rose Bengal test and Wright's agglutination in Mongolian, Koplik spots, IHR
(2005), Ishihara and Epworth in Polish, Barrett's oesophagus, Siewert type II, Blantyre Coma Score, Hodge III, Apgar,
Vibrio cholerae O1 Ogawa and Inaba, Silverman-Andersen, Harvard step test, Holter, Coombs, Kell, Duffy, Kidd, Tuohy,
Bromage, Parkinson's disease, Farnsworth Lantern, Kaposi sarcoma, Mentzer index), drug and device brand names, lab
values with units, and ratios and fractions that look like dates (Snellen 6/18 and 6/12, a titre of 1:320, an I:C ratio
1:12, an EU licence restriction code 01.01, a decree date in D.M. 18/02/1982 and a statute date in a Polish act, 4/0
sutures, orta 1/3, 39+2 and 31+4 weeks, L3/4, co-careldopa 25/100). Entries per kind: NAME 225, DATE 173, LOCATION 158,
ID 84, HOSPITAL 73, PHONE 59, ADDRESS 41, LICENCE 27, POSTCODE 25, MRN 23, PLATE 15, SERIAL 9, EMAIL 7, AGE 4, HANDLE 2,
CODE 2, IP 2, URL 2. The last 20 notes (573 identifier parts in 462 entries, 181 clinical strings) are in
:mod:`deid_notes_heldout38_more`, only to keep each file a readable length; this file holds 578 identifier parts in 469
entries and 167 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout38.deid_notes_heldout38_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Canada, Newfoundland and Labrador (Fogo Island): pharmacist's admission medication reconciliation
    ("Fogo Island Health Centre - Inpatient Pharmacy\n"
     "BEST POSSIBLE MEDICATION HISTORY (BPMH) AND ADMISSION MEDICATION RECONCILIATION\n"
     "Patient: PARSONS-KEEFE, Lavinia Maud | F | DOB 1951-10-04 | MCP 418 273 650 112 | Chart # FIHC-208815\n"
     "Home: 27 Barr'd Islands Rd, Joe Batt's Arm, NL A0G 2X0 | Admitted 2025-11-18 via ER (CHF exacerbation)\n"
     "Sources: (1) patient interview at the bedside; (2) daughter Rhoda Keefe (lives in Tilting, 709-266-1483), who "
     "fills the weekly dosette; (3) Shoal Bay Pharmacy blister-pack profile, faxed 2025-11-18 10:12 from "
     "709-266-2019; provincial Pharmacy Network profile reviewed.\n"
     "Allergies: sulfa (rash, 1990s). Wt 71.4 kg, SCr 131 umol/L, eGFR 38.\n"
     "\n"
     "Home medication | Dose / frequency (source) | Admission order | Type | Action\n"
     "furosemide | 40 mg PO daily (1,2,3) | furosemide 40 mg IV BID | ID | diuresis, per attending\n"
     "metoprolol tartrate | 25 mg PO BID (1,3) | same | - | continue\n"
     "apixaban | 5 mg PO BID (3); pt 'often misses the evening one' | same | - | continue; adherence counselling\n"
     "Janumet 50/1000 | 1 tab PO BID (1,2,3) | metformin HELD | ID | eGFR 38 and IV contrast; sitagliptin 50 mg "
     "daily alone\n"
     "alendronate | 70 mg PO weekly, Sundays (2,3) | OMITTED | UD | prescriber notified 11:05, resume Sunday\n"
     "Gravol (dimenhydrinate) | 50 mg PO PRN, only for the ferry to Farewell (1) | not ordered | - | none needed\n"
     "Buckley's Mixture | 10 mL HS PRN cough (1,2) | not ordered | - | avoid while on fluid restriction\n"
     "Type: ID = intentional discrepancy, documented; UD = unintentional discrepancy.\n"
     "Assessment: 1 UD (alendronate omitted), resolved. Apixaban dose appropriate (no dose-reduction criteria met). "
     "Heart failure NYHA class III. Daughter to add the evening apixaban to the dosette.\n"
     "Completed by: Jillian Oake, RPh (NLPB reg. 04182) | 2025-11-18 11:20\n"
     "Reviewed with: Dr. Karim El-Sayegh, attending\n"
     "Initials on the MAR: JLO = Jillian Oake; MKR = Maxine Kinden, RN",
     [("HOSPITAL", ["Fogo Island Health Centre"]), ("NAME", ["PARSONS-KEEFE", "Lavinia", "Maud"]),
      ("DATE", ["1951-10-04"]), ("ID", ["418 273 650 112"]), ("MRN", ["FIHC-208815"]),
      ("ADDRESS", ["27 Barr'd Islands Rd"]), ("LOCATION", ["Joe Batt's Arm"]), ("POSTCODE", ["A0G 2X0"]),
      ("DATE", ["2025-11-18"]), ("NAME", ["Rhoda", "Keefe"]), ("LOCATION", ["Tilting"]), ("PHONE", ["709-266-1483"]),
      ("HOSPITAL", ["Shoal Bay Pharmacy"]), ("PHONE", ["709-266-2019"]), ("LOCATION", ["Farewell"]),
      ("NAME", ["Jillian", "Oake"]), ("LICENCE", ["04182"]), ("NAME", ["Karim", "El-Sayegh"]), ("NAME", ["JLO"]),
      ("NAME", ["MKR"]), ("NAME", ["Maxine", "Kinden"])],
     ["furosemide 40 mg IV BID", "metoprolol tartrate", "Janumet 50/1000", "sitagliptin 50 mg daily", "eGFR 38",
      "alendronate", "Gravol (dimenhydrinate)", "Buckley's Mixture", "NYHA class III"]),

    # 1 - Oman, Ad Dakhiliyah (Wilayat Bahla): snakebite case record, in Arabic
    ("وزارة الصحة – المديرية العامة للخدمات الصحية بمحافظة الداخلية\n"
     "مستشفى بهلاء – قسم الطوارئ\n"
     "استمارة حالة لدغة ثعبان\n"
     "الاسم: سالم بن حمد بن ناصر العبري | العمر: 46 سنة | الجنس: ذكر\n"
     "الرقم المدني: 10482736 | رقم الملف الطبي: 1218473\n"
     "السكن: ولاية بهلاء – قرية الغافات – حارة الرحبة | الهاتف: 95412876 (ابنه يوسف)\n"
     "تاريخ ووقت اللدغة: 14/09/2025 حوالي الساعة 9:30 مساءً، أثناء سقي النخيل من الفلج في مزرعته ليلًا دون مصباح.\n"
     "الوصول إلى الطوارئ: 22:15، أحضره ابنه يوسف بسيارة بيك أب (رقم اللوحة 4821 أ ب).\n"
     "الشكوى: ألم شديد وتورم في القدم اليمنى حتى منتصف الساق، نزف مستمر من مكان اللدغة ونزف من اللثة.\n"
     "الفحص: ضغط الدم 132/84، النبض 98 في الدقيقة، تشبع الأكسجين 98%، مقياس غلاسكو للغيبوبة 15/15. علامتا أنياب على "
     "ظهر القدم اليمنى بينهما 8 مم، مع كدمات.\n"
     "الثعبان: قتله الابن وأحضره في كيس – أفعى منشارية الحراشف (Echis omanensis) بحسب الصور المرسلة.\n"
     "الفحوصات: 20WBCT: الدم لم يتخثر. INR 4.8، الفيبرينوجين 0.6 غ/ل، الصفائح 88 ألف/ميكرولتر، الهيموغلوبين 13.1 غ/دل، "
     "الكرياتينين 94 ميكرومول/ل.\n"
     "التشخيص: اعتلال تخثر استهلاكي ناتج عن السم (VICC) بعد لدغة أفعى.\n"
     "العلاج: مضاد السم متعدد التكافؤ 5 قوارير وريديًا الساعة 22:50 مع تجهيز الأدرينالين، دون تفاعل. توكسويد الكزاز. "
     "رفع الطرف. إعادة 20WBCT بعد 6 ساعات.\n"
     "بتاريخ ١٥/٩/٢٠٢٥ الساعة 05:00: تخثر الدم في 20WBCT، و INR 1.9. يُحوَّل إلى مستشفى نزوى إذا عاد النزف.\n"
     "تمت استشارة د. خالد بن سيف المعمري (استشاري السموم) عبر البريد k.almamari@moh.gov.om\n"
     "الطبيبة المعالجة: د. هدى بنت سعيد الحارثية | الممرضة: شيخة الكندية",
     [("HOSPITAL", ["مستشفى بهلاء"]), ("NAME", ["سالم", "حمد", "ناصر", "العبري"]), ("ID", ["10482736"]),
      ("MRN", ["1218473"]), ("LOCATION", ["بهلاء"]), ("LOCATION", ["الغافات"]), ("ADDRESS", ["حارة الرحبة"]),
      ("PHONE", ["95412876"]), ("NAME", ["يوسف"]), ("DATE", ["14/09/2025"]), ("PLATE", ["4821 أ ب"]),
      ("DATE", ["١٥/٩/٢٠٢٥"]), ("HOSPITAL", ["مستشفى نزوى"]), ("NAME", ["خالد", "سيف", "المعمري"]),
      ("EMAIL", ["k.almamari@moh.gov.om"]), ("NAME", ["هدى", "سعيد", "الحارثية"]), ("NAME", ["شيخة", "الكندية"])],
     ["مقياس غلاسكو للغيبوبة 15/15", "Echis omanensis", "20WBCT", "INR 4.8", "الفيبرينوجين 0.6 غ/ل",
      "مضاد السم متعدد التكافؤ 5 قوارير", "توكسويد الكزاز", "VICC"]),

    # 2 - USA, Maine (Washington County: Jonesport and Beals): school nurse individualized healthcare plan
    ("MOOSABEC COMMUNITY SCHOOL - HEALTH OFFICE\n"
     "Jonesport, Maine 04649 | Nurse's office (207) 497-2254 | Fax (207) 497-2260\n"
     "INDIVIDUALIZED HEALTHCARE PLAN (IHP) - TYPE 1 DIABETES | School year 2025-26\n"
     "Effective 9/2/2025 to 6/12/2026 | Review after any ED visit, admission or pump change\n"
     "Student: Cordelia \"Delia\" Alley | DOB 03/22/2013 | Grade 7, homeroom Mrs. Look | Student ID 26-00418\n"
     "Home: 16 Sawyer Cove Rd, Beals, ME 04611\n"
     "Parents: Tamsin Alley (mother), cell (207) 461-8273, tamsin.alley@downeastmail.net; Chance Alley (father, "
     "lobsterman, on the boat most days - text only), (207) 461-0572\n"
     "Insurance: MaineCare ID 418273650H\n"
     "Diabetes provider: Dr. Leontyne Marsh-Ouellette, Pediatric Endocrinology, Northern Light Eastern Maine Medical "
     "Center, Bangor - (207) 973-4182\n"
     "Diagnosed 2021 (age 8), presented in DKA.\n"
     "Devices: Omnipod 5 automated insulin delivery (controller SN 4M418273X) with Dexcom G7 CGM, shared to the "
     "mother's phone and the health office iPad. Insulin: Humalog U-100 in the pods.\n"
     "Orders (provider, 8/20/2025): target BG 110 mg/dL; I:C ratio 1:12 at breakfast, 1:15 at lunch; correction "
     "factor 1:45 above 150 mg/dL.\n"
     "LOW (BG < 70 mg/dL or symptoms): Rule of 15 - 15 g fast-acting carbohydrate (4 glucose tabs or 4 oz juice), "
     "recheck in 15 min, repeat until > 70, then a snack if lunch is more than 1 h away. Never send a student with a "
     "low to the office alone.\n"
     "SEVERE LOW (cannot swallow, seizure, unresponsive): Baqsimi 3 mg intranasal (health office and go-bag on Bus "
     "14), call 911, then parent. Recovery position.\n"
     "HIGH (BG > 250 mg/dL twice, or pod occlusion alarm): check ketones; ketones > 0.6 mmol/L - call parent; > 1.5 "
     "mmol/L or vomiting - 911 / ED at Down East Community Hospital, Machias.\n"
     "PE and basketball: check BG before practice; pod Activity feature 1 h before.\n"
     "Field trips: trained adult with supplies; ferry trip to Swan's Island on 5/14/2026 - nurse to attend.\n"
     "Delegated and trained: Mrs. Look (homeroom), Coach Dwayne Kelley (basketball), Merle (Bus 14 driver).\n"
     "Signed: Bethany Crowley, RN, NCSN, school nurse, 9/2/2025 | Tamsin Alley, parent, 9/2/2025 | Harold "
     "Faulkingham, principal",
     [("LOCATION", ["MOOSABEC COMMUNITY SCHOOL"]), ("LOCATION", ["Jonesport"]), ("POSTCODE", ["04649"]),
      ("PHONE", ["(207) 497-2254"]), ("PHONE", ["(207) 497-2260"]), ("DATE", ["9/2/2025"]), ("DATE", ["6/12/2026"]),
      ("NAME", ["Cordelia", "Delia", "Alley"]), ("DATE", ["03/22/2013"]), ("NAME", ["Look"]), ("ID", ["26-00418"]),
      ("ADDRESS", ["16 Sawyer Cove Rd"]), ("LOCATION", ["Beals"]), ("POSTCODE", ["04611"]), ("NAME", ["Tamsin"]),
      ("PHONE", ["(207) 461-8273"]), ("EMAIL", ["tamsin.alley@downeastmail.net"]), ("NAME", ["Chance"]),
      ("PHONE", ["(207) 461-0572"]), ("ID", ["418273650H"]), ("NAME", ["Leontyne", "Marsh-Ouellette"]),
      ("HOSPITAL", ["Northern Light Eastern Maine Medical Center"]), ("LOCATION", ["Bangor"]),
      ("PHONE", ["(207) 973-4182"]), ("SERIAL", ["4M418273X"]), ("DATE", ["8/20/2025"]),
      ("HOSPITAL", ["Down East Community Hospital"]), ("LOCATION", ["Machias"]), ("LOCATION", ["Swan's Island"]),
      ("DATE", ["5/14/2026"]), ("NAME", ["Dwayne", "Kelley"]), ("NAME", ["Merle"]), ("NAME", ["Bethany", "Crowley"]),
      ("NAME", ["Harold", "Faulkingham"])],
     ["DKA", "Omnipod 5", "Dexcom G7", "Humalog U-100", "I:C ratio 1:12", "correction factor 1:45", "Rule of 15",
      "Baqsimi 3 mg intranasal", "ketones > 0.6 mmol/L"]),

    # 3 - Bangladesh, Chandpur district (Matlab Uttar upazila): arsenicosis patient card, in Bengali
    ("মতলব উত্তর উপজেলা স্বাস্থ্য কমপ্লেক্স, চাঁদপুর\n"
     "আর্সেনিকোসিস রোগীর কার্ড (আর্সেনিক-আক্রান্ত রোগী সনাক্তকরণ ও ব্যবস্থাপনা)\n"
     "রেজিঃ নং: আর্স/মউ/২০২৫/০৪১৮ | তারিখ: ১২/০৮/২০২৫ (২৮ শ্রাবণ ১৪৩২)\n"
     "রোগীর নাম: মোছাঃ রহিমা খাতুন | বয়স: ৪৭ বছর | লিঙ্গ: মহিলা\n"
     "স্বামীর নাম: মোঃ আব্দুল করিম মিয়া (কৃষক)\n"
     "জাতীয় পরিচয়পত্র নং: ৪৬১৮২৭৩৫০৯ | মোবাইল: ০১৭১২-৪৮২৭৩৬ (ছেলে সোহেল রানা)\n"
     "ঠিকানা: গ্রাম: নায়েরগাঁও (উত্তর পাড়া, মুন্সী বাড়ি), ইউনিয়ন: সাদুল্লাপুর, উপজেলা: মতলব উত্তর, জেলা: চাঁদপুর\n"
     "পানির উৎস: বাড়ির অগভীর নলকূপ (নলকূপ আইডি: CHD-MU-0418, লাল রং করা), ফিল্ড কিট পরীক্ষায় আর্সেনিক ২০০ পিপিবি; "
     "২২ বছর ধরে এই পানি পান ও রান্নায় ব্যবহার।\n"
     "উপসর্গ: ৩ বছর ধরে হাতের তালু ও পায়ের তলায় শক্ত গুটি, শরীরে কালো-সাদা দাগ।\n"
     "পরীক্ষা: মেলানোসিস (ছড়ানো, বুক ও পিঠে বৃষ্টিফোঁটা-সদৃশ দাগ), তালু ও তলায় মাঝারি কেরাটোসিস "
     "(নোডুলার)। বাম পায়ের "
     "তলায় ১.৫ সেমি ক্ষতযুক্ত শক্ত গুটি — বোয়েন'স ডিজিজ / স্কোয়ামাস সেল কার্সিনোমা সন্দেহ। নখে Mees' lines নেই।\n"
     "শ্রেণি: স্টেজ-২ (মাঝারি আর্সেনিকোসিস)\n"
     "চিকিৎসা ও পরামর্শ: ১. আজ থেকে পাশের গভীর নলকূপের (সবুজ রং) পানি পান ও রান্না। ২. স্যালিসাইলিক "
     "এসিড ১০% + ইউরিয়া মলম "
     "দিনে ২ বার। ৩. ভিটামিন এ, ই, সি ৩ মাস। ৪. বায়োপসির জন্য চাঁদপুর ২৫০ শয্যা "
     "বিশিষ্ট জেনারেল হাসপাতালের চর্মরোগ বিভাগে রেফার।\n"
     "ছবি: বাম পায়ের তলার ক্ষতের ছবি তোলা হয়েছে (ফাইল: MU_ARS_0418_L_sole.jpg)।\n"
     "পরবর্তী সাক্ষাৎ: ১২/১১/২০২৫\n"
     "চিকিৎসক: ডাঃ তাসলিমা আক্তার, মেডিকেল অফিসার (বিএমডিসি রেজিঃ এ-৪১৮২৭) | স্বাস্থ্য সহকারী: মোঃ জাহিদুল ইসলাম",
     [("HOSPITAL", ["মতলব উত্তর উপজেলা স্বাস্থ্য কমপ্লেক্স"]), ("LOCATION", ["মতলব উত্তর"]), ("LOCATION", ["চাঁদপুর"]),
      ("MRN", ["আর্স/মউ/২০২৫/০৪১৮"]), ("DATE", ["১২/০৮/২০২৫"]), ("DATE", ["২৮ শ্রাবণ ১৪৩২"]),
      ("NAME", ["রহিমা", "খাতুন"]), ("NAME", ["আব্দুল", "করিম", "মিয়া"]), ("ID", ["৪৬১৮২৭৩৫০৯"]),
      ("PHONE", ["০১৭১২-৪৮২৭৩৬"]), ("NAME", ["সোহেল", "রানা"]), ("LOCATION", ["নায়েরগাঁও"]),
      ("ADDRESS", ["উত্তর পাড়া, মুন্সী বাড়ি"]), ("LOCATION", ["সাদুল্লাপুর"]), ("ID", ["CHD-MU-0418"]),
      ("HOSPITAL", ["চাঁদপুর ২৫০ শয্যা বিশিষ্ট জেনারেল হাসপাতাল"]), ("ID", ["MU_ARS_0418_L_sole.jpg"]),
      ("DATE", ["১২/১১/২০২৫"]), ("NAME", ["তাসলিমা", "আক্তার"]), ("LICENCE", ["এ-৪১৮২৭"]),
      ("NAME", ["জাহিদুল", "ইসলাম"])],
     ["আর্সেনিক ২০০ পিপিবি", "মেলানোসিস", "কেরাটোসিস", "বোয়েন'স ডিজিজ", "স্কোয়ামাস সেল কার্সিনোমা", "Mees' lines",
      "স্টেজ-২ (মাঝারি আর্সেনিকোসিস)", "স্যালিসাইলিক এসিড ১০%"]),

    # 4 - Scotland, Shetland (Lerwick; Yell): sexual health partner notification record with its contact slip
    ("NHS Shetland - Sexual Health Service\n"
     "Gilbert Bain Hospital, Lerwick, Shetland ZE1 0TB | Confidential line 01595 743 418\n"
     "PARTNER NOTIFICATION RECORD (health adviser) + CONTACT SLIP\n"
     "Index: Freya Isbister | CHI 0307912620 | Clinic no. GUM/SH/25/0418 | seen 06/10/2025\n"
     "Diagnosis: Chlamydia trachomatis NAAT positive (vulvovaginal swab, 29/09/2025); Neisseria gonorrhoeae NAAT not "
     "detected; HIV and syphilis serology negative. Treated with doxycycline 100 mg BD for 7 days from 06/10/2025. "
     "Diagnosis code for the slip: C4.\n"
     "Look-back period: 6 months (BASHH). Partners in the period: 2.\n"
     "P1: Ryan Jamieson-Halcrow, regular partner since July, lives in Mid Yell, works on the salmon farm at "
     "Cullivoe. Method: patient referral - Freya to give him the slip this weekend. If he has not attended by 20/10, "
     "contact via Snapchat (ryjay_yell) with her agreement.\n"
     "P2: casual, once in August after a dance at Brae; first name only, Kris, crew on a fishing boat (she thinks "
     "LK 418). Provider referral not possible - insufficient details.\n"
     "Outcome check 03/11/2025: P1 attended the Brae Health Centre on 14/10/2025, tested and given epidemiological "
     "treatment; P2 untraceable.\n"
     "Health adviser: Morag Sinclair (MJS) | Dr Ishbel Laurenson, specialty doctor\n"
     "------ CONTACT SLIP (tear off) ------\n"
     "To the person receiving this slip: please go to a sexual health clinic or your GP within 2 weeks and show this "
     "slip. You do not need to give your name to be tested. Slip no. SH-2510-0418-1 | Code: C4 | Issued 06/10/2025 "
     "| Gilbert Bain Hospital, Lerwick",
     [("LOCATION", ["Shetland"]), ("HOSPITAL", ["Gilbert Bain Hospital"]), ("LOCATION", ["Lerwick"]),
      ("POSTCODE", ["ZE1 0TB"]),
      ("PHONE", ["01595 743 418"]), ("NAME", ["Freya", "Isbister"]), ("ID", ["0307912620"]),
      ("MRN", ["GUM/SH/25/0418"]), ("DATE", ["06/10/2025"]), ("DATE", ["29/09/2025"]),
      ("NAME", ["Ryan", "Jamieson-Halcrow"]), ("DATE", ["July"]), ("LOCATION", ["Mid Yell"]),
      ("LOCATION", ["Cullivoe"]), ("DATE", ["20/10"]), ("HANDLE", ["ryjay_yell"]), ("DATE", ["August"]),
      ("LOCATION", ["Brae"]), ("NAME", ["Kris"]), ("PLATE", ["LK 418"]), ("DATE", ["03/11/2025"]),
      ("HOSPITAL", ["Brae Health Centre"]), ("DATE", ["14/10/2025"]), ("NAME", ["Morag", "Sinclair"]),
      ("NAME", ["MJS"]), ("NAME", ["Ishbel", "Laurenson"]), ("ID", ["SH-2510-0418-1"])],
     ["Chlamydia trachomatis NAAT positive", "Neisseria gonorrhoeae NAAT not detected",
      "doxycycline 100 mg BD for 7 days", "BASHH", "epidemiological treatment", "syphilis serology negative"]),

    # 5 - Isle of Man (Ramsey, Lezayre): syringe pump chart for a patient aged 92 dying at home
    ("Manx Care District Nursing (North) with Hospice Isle of Man Home Care\n"
     "SUBCUTANEOUS SYRINGE PUMP (T34) PRESCRIPTION AND MONITORING CHART\n"
     "Patient: Mrs Ealish Quayle-Kewley | DOB 19/02/1933 (aged 92) | NHS No. 604 918 3724 | Noble's hosp. no. "
     "NH206519\n"
     "Home: Ballakillingan Farm, Lezayre Road, Ramsey IM8 2LT | Key safe by the back door, code 2706\n"
     "GP: Dr Tomas Callister, Ramsey Group Practice | Hospice CNS: Fenella Corlett\n"
     "NOK: son Juan Quayle, 01624 812 447 / 07624 493 118. Daughter-in-law Breesha stays most nights.\n"
     "Diagnosis: metastatic carcinoma of the pancreas; last days of life (Gold Standards Framework: red). Preferred "
     "place of death: home. DNACPR in place since 11/12/2025. She wanted to see one more Christmas at "
     "Ballakillingan with the great-grandchildren - she did.\n"
     "Pump: CME T34, serial 500-418273 (hospice loan); lock box key held by the DN team.\n"
     "PRESCRIPTION (over 24 h; diluent water for injection to 17 mL): morphine sulfate 10 mg / 24 h; midazolam 10 mg "
     "/ 24 h; levomepromazine 6.25 mg / 24 h; glycopyrronium 1.2 mg / 24 h. Prescriber: Dr T. Callister, 12/01/2026.\n"
     "MONITORING (4-hourly while awake)\n"
     "Date | Time | Vol left (mL) | Pump | Site | Battery % | Abbey Pain Scale | Initials\n"
     "12/01/26 | 10:40 | 17.0 | started | R chest, new | 98 | 6 | FNC\n"
     "12/01/26 | 14:45 | 14.2 | running | clean | 93 | 3 | PJC\n"
     "12/01/26 | 19:00 | 11.1 | running | clean | 85 | 2 | PJC\n"
     "13/01/26 | 09:30 | 0.9 | running | red -> resited L chest | 61 | 2 | CMK\n"
     "13/01/26 | 10:35 | 17.0 (new syringe) | started | L chest | 100 | 1 | CMK\n"
     "Breakthrough: morphine 2.5 mg s/c at 03:10 on 13/01/26 by the on-call DN.\n"
     "Notes 13/01/26: noisy breathing settled after glycopyrronium; mouth care hourly by Breesha. Juan asked how long "
     "- explained. Rev. Ffinlo Kneale (Lezayre parish) visited.\n"
     "Initials: FNC = Fenella Corlett (hospice CNS); PJC = Peter Cregeen (DN); CMK = Ciara Kinvig (DN)",
     [("HOSPITAL", ["Hospice Isle of Man"]), ("NAME", ["Ealish", "Quayle-Kewley"]), ("DATE", ["19/02/1933"]),
      ("AGE", ["aged 92"]), ("ID", ["604 918 3724"]), ("HOSPITAL", ["Noble's"]), ("MRN", ["NH206519"]),
      ("ADDRESS", ["Ballakillingan Farm", "Lezayre Road"]), ("LOCATION", ["Ramsey"]), ("POSTCODE", ["IM8 2LT"]),
      ("CODE", ["2706"]), ("NAME", ["Tomas", "Callister"]), ("HOSPITAL", ["Ramsey Group Practice"]),
      ("NAME", ["Fenella", "Corlett"]), ("NAME", ["Juan", "Quayle"]), ("PHONE", ["01624 812 447"]),
      ("PHONE", ["07624 493 118"]), ("NAME", ["Breesha"]), ("DATE", ["11/12/2025"]), ("DATE", ["Christmas"]),
      ("ADDRESS", ["Ballakillingan"]), ("SERIAL", ["500-418273"]), ("DATE", ["12/01/2026"]), ("DATE", ["12/01/26"]),
      ("DATE", ["13/01/26"]), ("NAME", ["FNC"]), ("NAME", ["PJC"]), ("NAME", ["CMK"]),
      ("NAME", ["Ffinlo", "Kneale"]), ("LOCATION", ["Lezayre"]), ("NAME", ["Peter", "Cregeen"]),
      ("NAME", ["Ciara", "Kinvig"])],
     ["metastatic carcinoma of the pancreas", "Gold Standards Framework", "CME T34", "water for injection",
      "morphine sulfate 10 mg / 24 h", "midazolam 10 mg / 24 h", "levomepromazine 6.25 mg / 24 h",
      "glycopyrronium 1.2 mg / 24 h", "Abbey Pain Scale", "morphine 2.5 mg s/c"]),

    # 6 - Greece, Dodecanese (Kalymnos): certificate of fitness for a professional (sponge) diver, in Greek
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΛΥΜΝΟΥ «ΒΟΥΒΑΛΕΙΟ» – Ιατρείο Υποβρύχιας και Υπερβαρικής Ιατρικής\n"
     "ΠΙΣΤΟΠΟΙΗΤΙΚΟ ΙΑΤΡΙΚΗΣ ΚΑΤΑΛΛΗΛΟΤΗΤΑΣ ΕΠΑΓΓΕΛΜΑΤΙΑ ΔΥΤΗ\n"
     "Αρ. πρωτ. 418/15-03-2026\n"
     "Ονοματεπώνυμο: Νικηφόρος Μαγκλής του Ιακώβου\n"
     "Ημ. γέννησης: 11/08/1979 | ΑΜΚΑ: 11087945124 | ΑΔΤ: ΑΗ 418273\n"
     "Διεύθυνση: Οδός Χριστού 14, Πόθια, 852 00 Κάλυμνος | Κιν.: 697 418 2253\n"
     "Εργοδότης: σπογγαλιευτικό σκάφος «Άγιος Σάββας», νηολόγιο Κ 318 (πλοιοκτήτης Μιχάλης Χαλκίτης, Βαθύ Καλύμνου)\n"
     "Είδος κατάδυσης: κατάδυση με παροχή αέρα από την επιφάνεια (ναργιλές), έως 40 μ.\n"
     "Ιστορικό: επεισόδιο νόσου των δυτών (τύπου Ι, δερματικό) τον Αύγουστο 2023, αντιμετωπίστηκε με θεραπευτικό "
     "πίνακα US Navy Table 6 στο Ναυτικό Νοσοκομείο Πειραιά. Πρώην καπνιστής (20 πακέτα-έτη).\n"
     "Εξέταση: ΑΠ 128/80 mmHg, ΔΜΣ 27,1. Ωτοσκόπηση: τυμπανικές μεμβράνες ακέραιες, δοκιμασία Valsalva θετική "
     "αμφοτερόπλευρα, κατάταξη TEED 0. Τυμπανόγραμμα τύπου Α αμφοτερόπλευρα.\n"
     "Σπιρομέτρηση: FEV1 3,92 L (101%), FEV1/FVC 0,82. Ακτινογραφία θώρακος: χωρίς πομφόλυγες ή άλλη βλάβη. ΗΚΓ: "
     "φλεβοκομβικός ρυθμός 64/λεπτό. Δοκιμασία Ruffier-Dickson: δείκτης 4,1. Υπερηχογράφημα καρδιάς με "
     "φυσαλίδες: χωρίς ανοικτό ωοειδές τρήμα.\n"
     "Κρίση: ΚΑΤΑΛΛΗΛΟΣ για επαγγελματική κατάδυση έως 40 μ. Ισχύει έως 14/03/2027.\n"
     "Κάλυμνος, 15 Μαρτίου 2026\n"
     "Η ιατρός: Ευανθία Κουτούζη, Υποβρύχια και Υπερβαρική Ιατρική, ΑΜ ΙΣ Δωδεκανήσου 3096",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΛΥΜΝΟΥ", "ΒΟΥΒΑΛΕΙΟ"]), ("ID", ["418/15-03-2026"]),
      ("NAME", ["Νικηφόρος", "Μαγκλής", "Ιακώβου"]), ("DATE", ["11/08/1979"]), ("ID", ["11087945124"]),
      ("ID", ["ΑΗ 418273"]), ("ADDRESS", ["Οδός Χριστού 14"]), ("LOCATION", ["Πόθια"]), ("POSTCODE", ["852 00"]),
      ("LOCATION", ["Κάλυμνος"]), ("PHONE", ["697 418 2253"]), ("PLATE", ["Άγιος Σάββας", "Κ 318"]),
      ("NAME", ["Μιχάλης", "Χαλκίτης"]), ("LOCATION", ["Βαθύ", "Καλύμνου"]), ("DATE", ["Αύγουστο 2023"]),
      ("HOSPITAL", ["Ναυτικό Νοσοκομείο Πειραιά"]), ("DATE", ["14/03/2027"]), ("DATE", ["15 Μαρτίου 2026"]),
      ("NAME", ["Ευανθία", "Κουτούζη"]), ("LOCATION", ["Δωδεκανήσου"]), ("LICENCE", ["3096"])],
     ["νόσου των δυτών", "US Navy Table 6", "δοκιμασία Valsalva θετική", "κατάταξη TEED 0", "Τυμπανόγραμμα τύπου Α",
      "FEV1/FVC 0,82", "Δοκιμασία Ruffier-Dickson", "ανοικτό ωοειδές τρήμα"]),

    # 7 - Australia, Tasmania (Burnie; patient from Smithton): stroke thrombolysis proforma with telestroke
    ("North West Regional Hospital, Burnie - Emergency Department\n"
     "STROKE THROMBOLYSIS PROFORMA (telestroke) | Code Stroke activated 15:02 on pre-notification\n"
     "Patient: Graeme Hingston | M | DOB 04/05/1958 (67) | URN NW0418273 | Medicare 2941 82736 1\n"
     "Address: 114 Nelson Street, Smithton TAS 7330 | NOK: wife Faye, 0418 273 905\n"
     "Arrived by road ambulance (case 25-1104-0418). Last known well 13:40 on 04/11/2025; found at 14:05 by a "
     "fisherman at the Rocky Cape boat ramp, slumped in his ute (F24 ZQ), left side weak, speech slurred.\n"
     "Pre-morbid: independent, modified Rankin Scale 0. Meds: rosuvastatin 10 mg. No anticoagulant (confirmed with "
     "his wife by phone).\n"
     "Exam: BP 172/94, HR 88 irregular, BGL 7.2. NIHSS 14 (L hemiparesis, L neglect, dysarthria, R gaze preference).\n"
     "Imaging 15:18: CT brain - no haemorrhage, ASPECTS 9. CTA - R M1 occlusion. CT perfusion - core 12 mL, "
     "penumbra 96 mL (mismatch ratio 8).\n"
     "Telestroke 15:25 (video cart IP 10.114.27.61): Dr Anjali Vartak, neurologist - agrees with lysis and transfer "
     "for ECR.\n"
     "Contraindications checklist: all NO (surgery, bleeding, prior stroke and anticoagulants checked with wife).\n"
     "Weight 76 kg (estimated). Labetalol 10 mg IV -> BP 168/90 before lysis.\n"
     "Tenecteplase 0.25 mg/kg IV bolus (19 mg) at 15:34. Door-to-needle 41 min.\n"
     "Post-lysis: neuro obs q15 min for 2 h; NIHSS 9 at 1 h. No antiplatelets for 24 h.\n"
     "Transfer: aeromedical to the Royal Hobart Hospital for ECR, departed 16:20.\n"
     "ED registrar: Dr Mehmet Kaya-Walsh (AHPRA MED0002418273) | Stroke RN: Kirra Lowe",
     [("HOSPITAL", ["North West Regional Hospital"]), ("LOCATION", ["Burnie"]), ("NAME", ["Graeme", "Hingston"]),
      ("DATE", ["04/05/1958"]), ("MRN", ["NW0418273"]), ("ID", ["2941 82736 1"]), ("ADDRESS", ["114 Nelson Street"]),
      ("LOCATION", ["Smithton"]), ("POSTCODE", ["7330"]), ("NAME", ["Faye"]), ("PHONE", ["0418 273 905"]),
      ("ID", ["25-1104-0418"]), ("DATE", ["04/11/2025"]), ("LOCATION", ["Rocky Cape"]), ("PLATE", ["F24 ZQ"]),
      ("IP", ["10.114.27.61"]), ("NAME", ["Anjali", "Vartak"]), ("HOSPITAL", ["Royal Hobart Hospital"]),
      ("NAME", ["Mehmet", "Kaya-Walsh"]),
      ("LICENCE", ["MED0002418273"]), ("NAME", ["Kirra", "Lowe"])],
     ["modified Rankin Scale 0", "rosuvastatin 10 mg", "NIHSS 14", "ASPECTS 9", "R M1 occlusion",
      "mismatch ratio 8", "Labetalol 10 mg IV", "Tenecteplase 0.25 mg/kg IV bolus", "Door-to-needle 41 min"]),

    # 8 - Pakistan, Gilgit-Baltistan (Skardu): tuberculosis treatment card with household contact screening, in Urdu
    ("نیشنل ٹی بی کنٹرول پروگرام – گلگت بلتستان\n"
     "ڈسٹرکٹ ہیڈ کوارٹر ہسپتال سکردو – ٹی بی یونٹ\n"
     "ٹی بی علاج کارڈ (TB-01)\n"
     "رجسٹریشن نمبر: SKD/2025/418 | تاریخ رجسٹریشن: 03-10-2025\n"
     "مریض کا نام: غلام عباس ولد محمد علی (Ghulam Abbas s/o Muhammad Ali) | عمر: 41 سال | مرد | وزن: 52 کلو\n"
     "شناختی کارڈ نمبر: 71501-4829163-7 | موبائل: 0355-4182736\n"
     "پتہ: موضع تھورگو، تحصیل و ضلع سکردو\n"
     "پیشہ: پورٹر؛ ہر گرمیوں میں کنکورڈیا کے کیمپوں تک سامان لے جاتا ہے۔\n"
     "مرض کی قسم: پھیپھڑوں کی ٹی بی (Koch's)، نیا مریض، بیکٹیریا سے تصدیق شدہ\n"
     "تشخیص: GeneXpert MTB/RIF: MTB detected (medium)، rifampicin resistance not detected (نمونہ نمبر "
     "GX-SKD-25-4418)۔ Ziehl-Neelsen smear: AFB 2+۔ ایکسرے: دائیں پھیپھڑے کے اوپری حصے میں cavity۔\n"
     "علاج: 2HRZE/4HR — ابتدائی مرحلہ، روزانہ 4 گولیاں FDC (وزن 50-64 کلو)۔ آغاز: 03-10-2025۔\n"
     "علاج میں مددگار: بھائی جعفر علی (دکاندار، نیا بازار سکردو) — 0346-5129084\n"
     "گھر کے افراد کی اسکریننگ:\n"
     "نام | رشتہ | عمر | علامات | نتیجہ / اقدام\n"
     "زہرہ بی بی | بیوی | 38 | کوئی نہیں | ایکسرے نارمل، نگرانی\n"
     "علی رضا | بیٹا | 12 | کھانسی 3 ہفتے | GeneXpert بھیجا گیا\n"
     "فاطمہ | بیٹی | 4 | کوئی نہیں | INH 10 mg/kg روزانہ 6 ماہ (TPT)\n"
     "اگلا بلغم ٹیسٹ (دوسرے مہینے کے آخر میں): 03-12-2025\n"
     "ڈاکٹر: ڈاکٹر شبانہ بتول (PMDC 41827-N) | ٹی بی سپروائزر: اشرف حسین",
     [("HOSPITAL", ["ڈسٹرکٹ ہیڈ کوارٹر ہسپتال سکردو"]), ("LOCATION", ["سکردو"]), ("MRN", ["SKD/2025/418"]),
      ("DATE", ["03-10-2025"]), ("NAME", ["غلام", "عباس", "Ghulam", "Abbas"]),
      ("NAME", ["محمد", "علی", "Muhammad", "Ali"]),
      ("ID", ["71501-4829163-7"]), ("PHONE", ["0355-4182736"]), ("LOCATION", ["تھورگو"]),
      ("LOCATION", ["کنکورڈیا"]), ("ID", ["GX-SKD-25-4418"]), ("NAME", ["جعفر"]), ("ADDRESS", ["نیا بازار"]),
      ("PHONE", ["0346-5129084"]), ("NAME", ["زہرہ"]), ("NAME", ["رضا"]), ("NAME", ["فاطمہ"]),
      ("DATE", ["03-12-2025"]), ("NAME", ["شبانہ", "بتول"]), ("LICENCE", ["41827-N"]), ("NAME", ["اشرف", "حسین"])],
     ["پھیپھڑوں کی ٹی بی", "Koch's", "GeneXpert MTB/RIF", "rifampicin resistance not detected",
      "Ziehl-Neelsen smear: AFB 2+", "2HRZE/4HR", "INH 10 mg/kg"]),

    # 9 - Falkland Islands (Stanley; patient from Goose Green, East Falkland): dental referral for oral surgery
    ("King Edward VII Memorial Hospital - Dental Department\n"
     "Stanley, Falkland Islands FIQQ 1ZZ | Tel +500 28418\n"
     "REFERRAL FOR ORAL SURGERY (overseas)\n"
     "To: Oral and Maxillofacial Surgery, Hospital Británico, Av. Italia 2420, Montevideo, Uruguay\n"
     "Date: 4th February 2026\n"
     "Patient: Mr Tyler Pitaluga | DOB 28.02.1987 | KEMH no. K-06129 | Falkland Islands passport F0418273\n"
     "Address: Goose Green Settlement, East Falkland | Mobile 54182 | tpitaluga@horizon.co.fk\n"
     "Occupation: shepherd, Goose Green Farm\n"
     "\n"
     "Dear Colleague,\n"
     "I would be grateful if you would see Tyler, a fit 38-year-old (ASA I), about his lower right third molar (48). "
     "He has had three episodes of pericoronitis since October, the last needing amoxicillin 500 mg TDS and "
     "metronidazole 400 mg TDS for 5 days. The OPG (KEMH, 22/01/2026) shows a deeply impacted mesioangular 48 "
     "(Winter's classification), Pell and Gregory class II, position C, with the roots superimposed on the inferior "
     "alveolar canal, darkening of the roots and interruption of the canal outline. I think a CBCT and removal "
     "under GA is safer than attempting it here, where we have no CBCT.\n"
     "Medical history: nil; no regular medicines; NKDA. Smokes about 5 roll-ups a day.\n"
     "His partner, Rosalind Short, will travel with him (FIG medical referral case MR-26-041).\n"
     "\n"
     "Yours faithfully,\n"
     "Dr Sóley Gunnarsdóttir, BDS, Dental Officer (GDC 204817)\n"
     "cc: Dr Hyun-woo Lim, Chief Medical Officer",
     [("HOSPITAL", ["King Edward VII Memorial Hospital", "KEMH"]), ("LOCATION", ["Stanley"]),
      ("POSTCODE", ["FIQQ 1ZZ"]), ("PHONE", ["+500 28418"]), ("HOSPITAL", ["Hospital Británico"]),
      ("ADDRESS", ["Av. Italia 2420"]), ("LOCATION", ["Montevideo"]), ("DATE", ["4th February 2026"]),
      ("NAME", ["Tyler", "Pitaluga"]), ("DATE", ["28.02.1987"]), ("MRN", ["K-06129"]), ("ID", ["F0418273"]),
      ("LOCATION", ["Goose Green"]), ("LOCATION", ["East Falkland"]), ("PHONE", ["54182"]),
      ("EMAIL", ["tpitaluga@horizon.co.fk"]), ("DATE", ["October"]), ("DATE", ["22/01/2026"]),
      ("NAME", ["Rosalind", "Short"]), ("ID", ["MR-26-041"]), ("NAME", ["Sóley", "Gunnarsdóttir"]),
      ("LICENCE", ["204817"]), ("NAME", ["Hyun-woo", "Lim"])],
     ["ASA I", "pericoronitis", "amoxicillin 500 mg TDS", "metronidazole 400 mg TDS", "Winter's classification",
      "Pell and Gregory class II, position C", "inferior alveolar canal", "CBCT"]),

    # 10 - Switzerland, Graubünden (Lower Engadine: Scuol, Sent): avalanche rescue emergency physician record, in German
    ("Rettungsdienst Center da sandà Engiadina Bassa – Scuol\n"
     "EINSATZPROTOKOLL NOTARZT / RETTUNGSDIENST | Einsatz-Nr. E-2602-0418 | Sa, 21.02.2026\n"
     "Alarm 11:42 (144): Lawinenniedergang Val Sinestra oberhalb Sent, ca. 2150 m ü. M., Koordinaten 2'822'418 / "
     "1'190'273\n"
     "Patient: Gian-Andrea Caviezel, geb. 03.06.1991, m | AHV-Nr. 756.4182.7395.07\n"
     "Wohnhaft: Via da la Staziun 27, 7550 Scuol | Krankenkasse ÖKK, Versicherten-Nr. 418273-650\n"
     "Begleitperson: Lukas Brandstetter (Tourenpartner) aus Wangen im Allgäu (D), Tel. +49 170 4182736 – hat den "
     "Patienten mit LVS und Sonde geortet und ausgegraben.\n"
     "Befund: Verschüttungsdauer ca. 25 min, Kopf zuerst freigelegt, Atemhöhle vorhanden, Atemwege frei. GCS 11 "
     "(A3 V3 M5), kein Kältezittern. Kerntemperatur (epitympanal) 30,8 °C. HF 48/min, BD 96/60 mmHg, SpO2 nicht "
     "messbar. Hypothermie Stadium II nach Schweizer Stadieneinteilung.\n"
     "Verletzungen: Fehlstellung Unterschenkel links (V. a. Tibiaschaftfraktur, geschlossen), pDMS intakt.\n"
     "Massnahmen: schonende horizontale Rettung, Vakuummatratze, Wärmepackungen am Rumpf, Hypothermie-Wrap, keine "
     "aktive Bewegung der Extremitäten. Ringer-Acetat 500 ml gewärmt i.v., Fentanyl 50 µg i.v.\n"
     "Transport: Rega-Helikopter HB-ZQN ab Unfallstelle 12:31, Zielspital Kantonsspital Graubünden, Chur "
     "(ECMO-Team vorinformiert).\n"
     "Angehörige: Mutter Ruth Caviezel-Bezzola, Tel. 081 864 18 27, um 12:50 informiert.\n"
     "Polizei: Kantonspolizei Graubünden, Posten Scuol – Gfr. Reto Nay.\n"
     "Notärztin: Dr. med. Seraina Cadonau (GLN 7601000418272) | Rettungssanitäter HF: Flurin Tschander",
     [("HOSPITAL", ["Center da sandà Engiadina Bassa"]), ("LOCATION", ["Scuol"]), ("ID", ["E-2602-0418"]),
      ("DATE", ["21.02.2026"]), ("LOCATION", ["Val Sinestra"]), ("LOCATION", ["Sent"]),
      ("LOCATION", ["2'822'418 / 1'190'273"]), ("NAME", ["Gian-Andrea", "Caviezel"]), ("DATE", ["03.06.1991"]),
      ("ID", ["756.4182.7395.07"]), ("ADDRESS", ["Via da la Staziun 27"]), ("POSTCODE", ["7550"]),
      ("ID", ["418273-650"]), ("NAME", ["Lukas", "Brandstetter"]), ("LOCATION", ["Wangen im Allgäu"]),
      ("PHONE", ["+49 170 4182736"]), ("PLATE", ["HB-ZQN"]), ("HOSPITAL", ["Kantonsspital Graubünden"]),
      ("LOCATION", ["Chur"]), ("NAME", ["Ruth", "Caviezel-Bezzola"]), ("PHONE", ["081 864 18 27"]),
      ("NAME", ["Reto", "Nay"]), ("NAME", ["Seraina", "Cadonau"]), ("LICENCE", ["7601000418272"]),
      ("NAME", ["Flurin", "Tschander"])],
     ["GCS 11 (A3 V3 M5)", "Kerntemperatur (epitympanal) 30,8 °C", "Hypothermie Stadium II nach Schweizer "
      "Stadieneinteilung", "V. a. Tibiaschaftfraktur", "Ringer-Acetat 500 ml", "Fentanyl 50 µg i.v.", "ECMO"]),

    # 11 - Malta, Gozo (Victoria; patient from Għarb): hearing aid fitting record for a man aged 91
    ("GOZO GENERAL HOSPITAL - AUDIOLOGY UNIT\n"
     "Triq l-Arċisqof Pietru Pace, Victoria (Rabat), Gozo VCT 2521\n"
     "HEARING AID FITTING RECORD\n"
     "Name: Ġużeppi (Joseph) Buttigieg | M | ID card 418291G | DOB 07/05/1934 (91 y) | Hosp. no. GGH-0418-27\n"
     "Address: 'Dar il-Madonna tal-Patroċinju', Triq il-Knisja, Għarb\n"
     "Referred by: ENT, Mr Kevin Grech (clinic 18/08/2025) | Accompanied by his daughter Carmen (mob. 7941 8273)\n"
     "History: hearing worse 'for years'. First aid 2009 (left only), lost in the sea at Xlendi in August 2023. "
     "Widower; lives alone next to his daughter. Speaks Maltese only - session held in Maltese.\n"
     "Audiogram (14/10/2025): bilateral symmetrical sloping sensorineural loss; PTA (0.5-4 kHz) R 58 dB HL, L 61 dB "
     "HL; presbycusis. Tympanometry type A both ears. Speech discrimination 72% R, 68% L at 85 dB.\n"
     "Fitted today, 04/11/2025: Phonak Audéo Lumity L50-R, RIC, receiver M, open domes 8 mm.\n"
     "  Right: serial 2418A7K3 | Left: serial 2418A7K4 | Charger: serial 2501C1182\n"
     "Prescription: NAL-NL2, first-time-user adaptation level. Real-ear measurement (REM) done - targets matched "
     "within 5 dB from 500 to 4000 Hz.\n"
     "Programmes: P1 automatic; P2 speech in loud noise (band club on feast days).\n"
     "Handling: insertion/removal practised x5, charging, changing wax guards. Daughter shown.\n"
     "COSI goals: 1) hear the priest at Mass at the Basilica ta' Pinu; 2) TV without complaints from the "
     "neighbours; 3) phone calls with his son Salvu in Melbourne.\n"
     "Review: 18/11/2025. Warranty to 04/11/2029.\n"
     "Audiologist: Roberta Mifsud, B.Sc. Audiology (CPCM reg. 2267)",
     [("HOSPITAL", ["GOZO GENERAL HOSPITAL"]), ("ADDRESS", ["Triq l-Arċisqof Pietru Pace"]),
      ("LOCATION", ["Victoria"]), ("LOCATION", ["Rabat"]), ("POSTCODE", ["VCT 2521"]),
      ("NAME", ["Ġużeppi", "Joseph", "Buttigieg"]), ("ID", ["418291G"]), ("DATE", ["07/05/1934"]), ("AGE", ["91 y"]),
      ("MRN", ["GGH-0418-27"]), ("ADDRESS", ["Dar il-Madonna tal-Patroċinju", "Triq il-Knisja"]),
      ("LOCATION", ["Għarb"]), ("NAME", ["Kevin", "Grech"]), ("DATE", ["18/08/2025"]), ("NAME", ["Carmen"]),
      ("PHONE", ["7941 8273"]), ("DATE", ["2009"]), ("LOCATION", ["Xlendi"]), ("DATE", ["August 2023"]),
      ("DATE", ["14/10/2025"]), ("DATE", ["04/11/2025"]), ("SERIAL", ["2418A7K3"]), ("SERIAL", ["2418A7K4"]),
      ("SERIAL", ["2501C1182"]), ("LOCATION", ["Basilica ta' Pinu"]), ("NAME", ["Salvu"]),
      ("LOCATION", ["Melbourne"]), ("DATE", ["18/11/2025"]), ("DATE", ["04/11/2029"]),
      ("NAME", ["Roberta", "Mifsud"]), ("LICENCE", ["2267"])],
     ["sloping sensorineural loss", "PTA (0.5-4 kHz) R 58 dB HL", "presbycusis", "Tympanometry type A",
      "Phonak Audéo Lumity L50-R", "NAL-NL2", "Real-ear measurement (REM)", "COSI"]),

    # 12 - Sri Lanka, Jaffna district (Point Pedro; patient from Valvettithurai): dengue monitoring chart, in Tamil
    ("ஆதார வைத்தியசாலை, பருத்தித்துறை — டெங்கு அவதானிப்புப் பிரிவு (HDU)\n"
     "டெங்கு நோயாளர் கண்காணிப்பு அட்டவணை\n"
     "நோயாளர்: செல்வி சி. தர்சிகா (சிவநேசன் தர்சிகா) | வயது 35 | பெண் | தே.அ.அ. இல: 199056400837\n"
     "BHT இல: 25/4182 | விடுதி 7, கட்டில் 12 | அனுமதி: 2025.11.03, 14:20\n"
     "முகவரி: இல. 27, மருதடி வீதி, வல்வெட்டித்துறை | தந்தை: சிவநேசன் கந்தசாமி, தொ.பே. 077 418 2736\n"
     "தொழில்: ஆசிரியை, வடமராட்சி இந்து மகளிர் கல்லூரி\n"
     "காய்ச்சல் ஆரம்பம்: 2025.10.31 (இன்று 4ஆம் நாள்). NS1 நேர்மறை. நிறை 52 கி.கி.\n"
     "கசிவு நிலை (critical phase) ஆரம்பம்: 2025.11.04, 02:00 — அல்ட்ராசவுண்ட்: பித்தப்பைச் சுவர் தடிப்பு, வலது "
     "pleural effusion.\n"
     "திரவ ஒதுக்கீடு (M + 5%): 4,600 mL / 48 மணி\n"
     "நேரம் | நாடி | இ.அ. | PCV % | தட்டுக்கள் | திரவம் | சிறுநீர் (mL/kg/h) | கையொப்பம்\n"
     "02:00 | 96 | 110/80 | 44 | 62,000 | NS 1.5 mL/kg/h | 0.8 | தா.ப.\n"
     "05:00 | 104 | 100/84 | 48 | 41,000 | NS 3 mL/kg/h | 0.6 | தா.ப.\n"
     "08:00 | 112 | 96/84 | 52 | 28,000 | Dextran 40 10 mL/kg/h (1 மணி) | 0.4 | ம.ஜெ.\n"
     "09:00 | 98 | 108/82 | 45 | – | NS 3 mL/kg/h | 0.7 | ம.ஜெ.\n"
     "குறிப்பு 08:00: நாடி அமுக்கம் 12 (≤ 20) — அதிர்ச்சி எச்சரிக்கை; வைத்தியர் க. பிரதீபன் உடனடியாகப் பார்வையிட்டார். "
     "ABCS (acidosis, bleeding, calcium, sugar) பரிசோதனை: இரத்த சீனி 98 mg/dL, அயனாக்கப்பட்ட Ca 1.02 mmol/L.\n"
     "கையொப்பச் சுருக்கங்கள்: தா.ப. = தாரணி பரமேஸ்வரன் (தாதி); ம.ஜெ. = மதுமிதா ஜெயக்குமார் (தாதி)\n"
     "பொறுப்பு வைத்திய அதிகாரி: வைத்தியர் க. பிரதீபன் (SLMC 41827)",
     [("HOSPITAL", ["ஆதார வைத்தியசாலை, பருத்தித்துறை"]), ("NAME", ["சி. தர்சிகா", "சிவநேசன்", "தர்சிகா"]),
      ("ID", ["199056400837"]), ("MRN", ["25/4182"]), ("DATE", ["2025.11.03"]),
      ("ADDRESS", ["இல. 27, மருதடி வீதி"]), ("LOCATION", ["வல்வெட்டித்துறை"]), ("NAME", ["கந்தசாமி"]),
      ("PHONE", ["077 418 2736"]), ("LOCATION", ["வடமராட்சி இந்து மகளிர் கல்லூரி"]), ("DATE", ["2025.10.31"]),
      ("DATE", ["2025.11.04"]), ("NAME", ["தா.ப."]), ("NAME", ["ம.ஜெ."]), ("NAME", ["க. பிரதீபன்", "பிரதீபன்"]),
      ("NAME", ["தாரணி", "பரமேஸ்வரன்"]), ("NAME", ["மதுமிதா", "ஜெயக்குமார்"]), ("LICENCE", ["41827"])],
     ["NS1 நேர்மறை", "கசிவு நிலை (critical phase)", "pleural effusion", "M + 5%", "62,000",
      "Dextran 40 10 mL/kg/h", "நாடி அமுக்கம் 12 (≤ 20)", "ABCS (acidosis, bleeding, calcium, sugar)"]),

    # 13 - Tonga, Vava'u (Neiafu; Leimatu'a): sport concussion assessment (SCAT6) after a rugby match
    ("Prince Ngu Hospital, Neiafu, Vava'u - Emergency / Sports Medicine\n"
     "SPORT CONCUSSION ASSESSMENT (SCAT6) - off-field and follow-up record\n"
     "Match: Vava'u inter-village rugby final, Leimatu'a v Tu'anekivale, Saturday 18 October 2025, Matuku field\n"
     "Player: Viliami Taufa | 22 M | DOB 09/03/2003 | Hosp. no. PNH-04182 | flanker, Leimatu'a RFC\n"
     "Mechanism: head-on-knee contact in a tackle at 34 min; lay motionless about 5 s, then confused and unsteady. "
     "Removed from play by the team physio, Sela Havili (no HIA1 at this level).\n"
     "Red flags: none (no neck pain, no diplopia, no seizure, no vomiting, GCS not falling). Canadian CT Head Rule "
     "not met; no CT on the island in any case.\n"
     "Off-field, 45 min after: Glasgow Coma Scale 15/15; Maddocks questions 3/5 (did not know the score or who scored "
     "last); symptom number 14/22; symptom severity score 38/132; orientation 4/5; immediate memory 18/30; digits "
     "backwards 2/4; mBESS 11 errors; tandem gait 17.2 s.\n"
     "Assessment: sport-related concussion.\n"
     "Plan: no return to play today; 24-48 h relative rest, then Graduated Return to Sport (community rugby: minimum "
     "12 days before contact). No alcohol; no driving the farm truck (reg. V 2418).\n"
     "Review 20/10/2025: symptoms 6/22, severity 9. Review 25/10/2025: symptom-free; started stage 2.\n"
     "His mother, Losaline, phone 87 41827 (Messenger: losaline.taufa.75), was given the advice sheet in Tongan.\n"
     "Team doctor: Dr Tevita\n"
     "Moala (Tonga Medical Council reg. 0412)",
     [("HOSPITAL", ["Prince Ngu Hospital"]), ("LOCATION", ["Neiafu"]), ("LOCATION", ["Leimatu'a"]),
      ("LOCATION", ["Tu'anekivale"]), ("DATE", ["18 October 2025"]), ("LOCATION", ["Matuku field"]),
      ("NAME", ["Viliami", "Taufa"]), ("DATE", ["09/03/2003"]), ("MRN", ["PNH-04182"]), ("NAME", ["Sela", "Havili"]),
      ("PLATE", ["V 2418"]), ("DATE", ["20/10/2025"]), ("DATE", ["25/10/2025"]), ("NAME", ["Losaline"]),
      ("HANDLE", ["losaline.taufa.75"]),
      ("PHONE", ["87 41827"]), ("NAME", ["Tevita", "Moala"]), ("LICENCE", ["0412"])],
     ["SCAT6", "HIA1", "Canadian CT Head Rule", "Glasgow Coma Scale 15/15", "Maddocks questions 3/5",
      "symptom severity score 38/132", "mBESS 11 errors", "sport-related concussion", "Graduated Return to Sport"]),

    # 14 - Turkey, Artvin (Şavşat): forensic case notification and general forensic examination report, in Turkish
    ("T.C. SAĞLIK BAKANLIĞI\n"
     "Artvin İl Sağlık Müdürlüğü – Şavşat Devlet Hastanesi Acil Servisi\n"
     "ADLİ OLGU BİLDİRİM FORMU VE GENEL ADLİ MUAYENE RAPORU\n"
     "Rapor No: 2026/418 | Protokol No: 1182736\n"
     "Geliş tarihi ve saati: 22.01.2026 – 23:40 | Getiren: 112 Acil Sağlık ambulansı (08 AK 418), Jandarma Er Emre "
     "Sarıkaya eşliğinde\n"
     "Adı Soyadı: Erdal Karadeniz | Baba adı: Nurettin | Doğum tarihi: 12.04.1984 | T.C. Kimlik No: 38472109600\n"
     "Adres: Meşeli Köyü, Merkez Mah. No: 14, Şavşat/ARTVİN | Tel: 0532 418 27 36\n"
     "Olay: Kişinin beyanına göre Ardahan–Şavşat kara yolu Sahara mevkiinde, sürücüsü olduğu 08 ZN 174 plakalı "
     "kamyonetin buzlanma nedeniyle şarampole devrilmesi. Emniyet kemeri takılı, hava yastığı açılmış.\n"
     "Muayene: Bilinç açık, koopere, oryante. Glasgow Koma Skalası 15. Alında 3 cm yüzeyel kesi (4/0 prolen ile 4 "
     "sütür). Sol klavikula üzerinde hassasiyet ve deformite. Sol ön kolda 5x3 cm ekimoz. Batın rahat, defans yok. "
     "FAST: serbest sıvı yok.\n"
     "Tetkikler: Sol klavikula grafisi – orta 1/3 deplase kırık. Beyin BT – akut patoloji yok. Kan alkol düzeyi: 0 "
     "mg/dL (alınış saati 23:55).\n"
     "Sonuç: Kişinin yaralanmasının hayati tehlikeye neden olmadığı; kemik kırığı nedeniyle basit bir tıbbi müdahale "
     "ile giderilebilir nitelikte olmadığı; kemik kırığının hayat fonksiyonlarına etkisinin hafif (1) derecede olduğu. "
     "Kesin rapor için ortopedi kontrolü sonrası başvurması önerilmiştir.\n"
     "Sevk: Artvin Devlet Hastanesi Ortopedi Polikliniği, 26.01.2026.\n"
     "Bilgi verilen: eşi Songül (telefonla, 23:58). Şavşat Cumhuriyet Başsavcılığı nöbetçi savcısı bilgilendirildi.\n"
     "Raporu düzenleyen hekim: Dr. Zeynep Aydoğdu – Dip. Tescil No: 418273 – Sicil No: 51096 – İmza / Kaşe",
     [("HOSPITAL", ["Şavşat Devlet Hastanesi"]), ("ID", ["2026/418"]), ("MRN", ["1182736"]), ("DATE", ["22.01.2026"]),
      ("PLATE", ["08 AK 418"]), ("NAME", ["Emre", "Sarıkaya"]), ("NAME", ["Erdal", "Karadeniz"]),
      ("NAME", ["Nurettin"]), ("DATE", ["12.04.1984"]), ("ID", ["38472109600"]), ("LOCATION", ["Meşeli Köyü"]),
      ("ADDRESS", ["Merkez Mah. No: 14"]), ("LOCATION", ["Şavşat"]), ("PHONE", ["0532 418 27 36"]),
      ("LOCATION", ["Ardahan"]), ("LOCATION", ["Sahara"]), ("PLATE", ["08 ZN 174"]),
      ("HOSPITAL", ["Artvin Devlet Hastanesi"]), ("DATE", ["26.01.2026"]), ("NAME", ["Songül"]),
      ("NAME", ["Zeynep", "Aydoğdu"]), ("LICENCE", ["418273"]), ("LICENCE", ["51096"])],
     ["Glasgow Koma Skalası 15", "4/0 prolen", "FAST: serbest sıvı yok", "orta 1/3 deplase kırık",
      "Kan alkol düzeyi: 0 mg/dL", "basit bir tıbbi müdahale ile giderilebilir",
      "hayat fonksiyonlarına etkisinin hafif (1)"]),

    # 15 - Canada, Yukon (Whitehorse; client from Old Crow): pre-travel consultation record
    ("Yukon Communicable Disease Control - Travel Health Clinic\n"
     "#4 Hospital Road, Whitehorse, YT Y1A 3H8 | Ph 867-667-8418 | Fax 867-667-8349\n"
     "PRE-TRAVEL CONSULTATION | November 12, 2025 | Nurse: Kateri Blackjack, RN\n"
     "Client: Ms. Pearl Netro-Lindqvist | DOB December 3, 1984 | YHCIP # 002-418-273\n"
     "Home: Box 27, Old Crow, YT Y0B 1N0 | Cell 867-966-3418 | pearl.nl84@northwestel.net\n"
     "Employer: Vuntut Gwitchin Government (work trip, then holiday)\n"
     "Itinerary: Dec 28, 2025 to Feb 6, 2026 - Nepal (high-altitude trek, highest sleeping altitude 5,164 m), then "
     "rural Bangladesh (volunteering with a water charity). Travelling with her husband, Elias Lindqvist.\n"
     "History: asthma (salbutamol PRN); otherwise well. No sulfa allergy. Not pregnant (LMP Oct 30).\n"
     "Immunization review (Panorama): MMR x2; Tdap 2019; hepatitis B series complete (anti-HBs > 10); COVID-19 up to "
     "date; influenza given today.\n"
     "Given today: Havrix 1440 (hepatitis A #1) L deltoid; Typhim Vi R deltoid; Ixiaro (Japanese encephalitis) #1 - "
     "#2 due Nov 19; Imovax rabies pre-exposure #1 (2-dose schedule).\n"
     "Prescriptions: acetazolamide 125 mg PO BID starting the day before ascent; azithromycin 1 g single dose for "
     "travellers' diarrhoea; atovaquone-proguanil 250/100 mg daily for the Bangladesh leg. Dukoral offered, declined.\n"
     "Altitude counselling: Lake Louise score explained; do not ascend with symptoms; descend if worse.\n"
     "Yellow fever vaccine not required. Travel insurance: Blue Cross policy BCY-4182736.\n"
     "Next appointment: Nov 19, 2025, 10:30 (Ixiaro #2, Imovax #2).\n"
     "Kateri Blackjack, RN (YRNA #1482)",
     [("HOSPITAL", ["Yukon Communicable Disease Control"]), ("ADDRESS", ["#4 Hospital Road"]),
      ("LOCATION", ["Whitehorse"]), ("POSTCODE", ["Y1A 3H8"]), ("PHONE", ["867-667-8418"]),
      ("PHONE", ["867-667-8349"]), ("DATE", ["November 12, 2025"]), ("NAME", ["Kateri", "Blackjack"]),
      ("NAME", ["Pearl", "Netro-Lindqvist"]), ("DATE", ["December 3, 1984"]), ("ID", ["002-418-273"]),
      ("ADDRESS", ["Box 27"]), ("LOCATION", ["Old Crow"]), ("POSTCODE", ["Y0B 1N0"]), ("PHONE", ["867-966-3418"]),
      ("EMAIL", ["pearl.nl84@northwestel.net"]), ("LOCATION", ["Vuntut Gwitchin Government"]),
      ("DATE", ["Dec 28, 2025"]), ("DATE", ["Feb 6, 2026"]), ("NAME", ["Elias", "Lindqvist"]), ("DATE", ["Oct 30"]),
      ("DATE", ["Nov 19"]), ("ID", ["BCY-4182736"]), ("LICENCE", ["1482"])],
     ["Havrix 1440", "Typhim Vi", "Ixiaro (Japanese encephalitis)", "Imovax", "acetazolamide 125 mg PO BID",
      "azithromycin 1 g single dose", "atovaquone-proguanil 250/100 mg daily", "Dukoral", "Lake Louise score",
      "Tdap"]),

    # 16 - Ukraine, Zakarpattia (Rakhiv raion, Yasinia): outpatient record extract for endocrinology, in Ukrainian
    ("Амбулаторія загальної практики – сімейної медицини смт Ясіня\n"
     "КНП «Рахівський центр первинної медико-санітарної допомоги»\n"
     "Медична документація, форма № 027/о\n"
     "ВИПИСКА з медичної карти амбулаторного хворого\n"
     "До ендокринологічного відділення Закарпатської обласної клінічної лікарні ім. Андрія Новака, м. Ужгород\n"
     "Пацієнтка: Бойчук Марія Іванівна, 23.04.1967 р. н. | РНОКПП 2458405167\n"
     "Адреса: вул. Миру, 14, смт Ясіня, Рахівський р-н, Закарпатська обл., 90630 | тел. +380 97 418 27 36\n"
     "Декларація з лікарем ПМД № 0418-27НК-3650 від 11.03.2019\n"
     "Місце роботи: продавчиня, магазин «Говерла», смт Ясіня\n"
     "Скарги: серцебиття, тремтіння рук, схуднення на 6 кг за 3 місяці, пітливість, дратівливість.\n"
     "Анамнез: вузловий зоб відомий з 2014 р. (йододефіцитний регіон). Погіршення з листопада 2025 р.\n"
     "Об'єктивно: ЧСС 112/хв, АТ 150/70 мм рт. ст., дрібний тремор пальців; щитоподібна залоза збільшена (II ступінь "
     "за ВООЗ), у правій частці пальпується вузол. Очні симптоми негативні (симптом Грефе негативний).\n"
     "Обстеження (04.02.2026): ТТГ 0,05 мМО/л, вільний Т4 31 пмоль/л, АТ до рецепторів ТТГ 0,6 МО/л (негативні). "
     "УЗД: вузол правої частки 28×21 мм, ізоехогенний, TI-RADS 3. ЕКГ: синусова тахікардія.\n"
     "Діагноз: Токсична аденома правої частки щитоподібної залози (хвороба Пламмера), тиреотоксикоз середньої "
     "тяжкості (E05.1).\n"
     "Лікування: тіамазол 20 мг/добу, пропранолол 20 мг 3 рази на добу.\n"
     "Мета направлення: консультація ендокринолога, сцинтиграфія, вирішення питання про радіойодтерапію або "
     "оперативне лікування.\n"
     "Контакт родини: син Василь (працює у Польщі), тел. +48 512 418 273.\n"
     "Електронне направлення № 4182-7365-0112-9083\n"
     "05.02.2026\n"
     "Лікар загальної практики – сімейний лікар Ковач Т. С. (Ковач Тетяна Степанівна)",
     [("LOCATION", ["Ясіня"]), ("HOSPITAL", ["Рахівський центр первинної медико-санітарної допомоги"]),
      ("HOSPITAL", ["Закарпатської обласної клінічної лікарні ім. Андрія Новака"]), ("LOCATION", ["Ужгород"]),
      ("NAME", ["Бойчук", "Марія", "Іванівна"]), ("DATE", ["23.04.1967"]), ("ID", ["2458405167"]),
      ("ADDRESS", ["вул. Миру, 14"]), ("LOCATION", ["Рахівський р-н"]), ("POSTCODE", ["90630"]),
      ("PHONE", ["+380 97 418 27 36"]), ("ID", ["0418-27НК-3650"]), ("DATE", ["11.03.2019"]),
      ("LOCATION", ["Говерла"]), ("DATE", ["листопада 2025"]), ("DATE", ["04.02.2026"]), ("NAME", ["Василь"]),
      ("PHONE", ["+48 512 418 273"]), ("ID", ["4182-7365-0112-9083"]), ("DATE", ["05.02.2026"]),
      ("NAME", ["Ковач", "Т. С.", "Тетяна", "Степанівна"])],
     ["вузловий зоб", "II ступінь за ВООЗ", "симптом Грефе негативний", "ТТГ 0,05 мМО/л", "вільний Т4 31 пмоль/л",
      "TI-RADS 3", "хвороба Пламмера", "E05.1", "тіамазол 20 мг/добу", "пропранолол 20 мг"]),

    # 17 - Jersey (St Saviour; St Ouen, Grouville, St Helier): forensic psychiatry HCR-20 V3 risk assessment summary
    ("Health and Community Services, Jersey - Forensic Mental Health Service\n"
     "Clinique Pinel, St Saviour JE2 7UW\n"
     "STRUCTURED PROFESSIONAL JUDGEMENT - HCR-20 V3 RISK ASSESSMENT (summary for the Mental Health Review Tribunal)\n"
     "Patient: Mr Dylan Le Brocq | DOB 17/01/1991 | URN J0418273 | detained under the Mental Health (Jersey) Law "
     "2016 on a hospital order made by the Royal Court on 09/05/2024\n"
     "Assessor: Harriet de Gruchy, Consultant Forensic Psychologist (HCPC PYL041827) | RC: Dr Priya Ramanathan\n"
     "Sources: interviews on 12/11/2025 and 19/11/2025 (4.5 h); clinical records; probation file (officer Tanya "
     "Renouf); police antecedents (ref. CR/2023/4182); collateral from his mother, Mrs Colette Le Brocq (Grouville).\n"
     "Index offence (22/06/2023): set fire to the barn of his former partner's parents at Les Landes, St Ouen, while "
     "she (Ms Shannon Vibert) and their 3-year-old slept in the adjoining farmhouse; intoxicated with cannabis and "
     "convinced she was 'signalling to the helicopters'. Convicted of arson with intent to endanger life.\n"
     "Diagnoses: paranoid schizophrenia (ICD-10 F20.0); cannabis dependence (F12.2), in remission in a controlled "
     "environment. Hare PCL-R 19 (below the cut-off). Clozapine 400 mg nocte; level 0.52 mg/L on 03/11/2025.\n"
     "HCR-20 V3 (presence / relevance):\n"
     "H1 violence Y/H | H2 other antisocial behaviour Y/H | H3 relationships P/M | H4 employment P/M | H5 substance "
     "use Y/H | H6 major mental disorder Y/H | H7 personality disorder N/L | H8 traumatic experiences P/M | H9 "
     "violent attitudes P/L | H10 treatment or supervision response Y/H\n"
     "C1 insight P/H | C2 violent ideation or intent N/L | C3 symptoms of major mental disorder P/M | C4 instability "
     "N/L | C5 treatment or supervision response P/M\n"
     "R1 professional services and plans P/H | R2 living situation P/H | R3 personal support P/M | R4 treatment or "
     "supervision response P/M | R5 stress or coping Y/H\n"
     "Formulation / scenario: most likely - relapse after cannabis on leave in St Helier, with threats or "
     "fire-setting aimed at Ms Vibert; serious; within weeks of drug use.\n"
     "Summary ratings: case prioritisation moderate; serious physical harm high; imminent violence low.\n"
     "Recommendations: escorted community leave only; restriction to continue; no contact with Ms Vibert or the "
     "child (Family Court order FC/24/0418); random drug screens; supported tenancy to be explored.\n"
     "Signed: Harriet de Gruchy, 24/11/2025 | cc: Dr Priya Ramanathan; tribunal secretary, mhrt.secretary@gov.je",
     [("HOSPITAL", ["Clinique Pinel"]), ("LOCATION", ["St Saviour"]), ("POSTCODE", ["JE2 7UW"]),
      ("NAME", ["Dylan", "Le Brocq"]), ("DATE", ["17/01/1991"]), ("MRN", ["J0418273"]), ("DATE", ["09/05/2024"]),
      ("NAME", ["Harriet", "de Gruchy"]), ("LICENCE", ["PYL041827"]), ("NAME", ["Priya", "Ramanathan"]),
      ("DATE", ["12/11/2025"]), ("DATE", ["19/11/2025"]), ("NAME", ["Tanya", "Renouf"]), ("ID", ["CR/2023/4182"]),
      ("NAME", ["Colette"]), ("LOCATION", ["Grouville"]), ("DATE", ["22/06/2023"]), ("LOCATION", ["Les Landes"]),
      ("LOCATION", ["St Ouen"]), ("NAME", ["Shannon", "Vibert"]), ("DATE", ["03/11/2025"]),
      ("LOCATION", ["St Helier"]), ("ID", ["FC/24/0418"]), ("DATE", ["24/11/2025"]),
      ("EMAIL", ["mhrt.secretary@gov.je"])],
     ["HCR-20 V3", "Mental Health (Jersey) Law 2016", "paranoid schizophrenia (ICD-10 F20.0)",
      "cannabis dependence (F12.2)", "Hare PCL-R 19", "Clozapine 400 mg nocte", "0.52 mg/L"]),

    # 18 - Georgia, Samegrelo (Zugdidi; patient from Anaklia): haemodialysis session record, in Georgian
    ("შპს „ნეფრო-ზუგდიდი“ – ჰემოდიალიზის ცენტრი\n"
     "ქ. ზუგდიდი, რუსთაველის ქ. 112\n"
     "ჰემოდიალიზის სეანსის ოქმი\n"
     "პაციენტი: ნინო გოგუა (NINO GOGUA) | დაბ. 14.09.1962 | პ/ნ 19001045873\n"
     "მისამართი: ზუგდიდის მუნიციპალიტეტი, სოფ. ანაკლია | ტელ.: 599 41 82 73 (მეუღლე გელა ქარდავა)\n"
     "დიაგნოზი: თირკმლის ქრონიკული დაავადება, სტადია 5D (დიაბეტური ნეფროპათია); შაქრიანი დიაბეტი, ტიპი 2.\n"
     "დაფინანსება: საყოველთაო ჯანდაცვის პროგრამა (დიალიზის ქვეპროგრამა), ID 4182/ZUG\n"
     "სეანსი № 318 | თარიღი: 12.01.2026 | ცვლა II | აპარატი № 6 – Fresenius 4008S, სერ. № 4SDA1827\n"
     "დიალიზატორი: FX80 | სისხლძარღვოვანი მიდგომა: არტერიო-ვენური ფისტულა მარცხენა წინამხარზე (Brescia-Cimino), "
     "თრილი კარგი\n"
     "წონა: სეანსამდე 71,4 კგ | სეანსის შემდეგ 68,9 კგ | მშრალი წონა 68,5 კგ | UF 2,5 ლ\n"
     "ხანგრძლივობა 4 სთ | Qb 300 მლ/წთ | Qd 500 მლ/წთ | ჰეპარინი 5000 სე ბოლუსი\n"
     "დრო | არტ. წნევა | პულსი | Qb | შენიშვნა | ექთანი\n"
     "09:00 | 158/86 | 78 | 300 | დაწყება | მ.ჯ.\n"
     "10:00 | 142/80 | 80 | 300 | – | მ.ჯ.\n"
     "11:00 | 118/70 | 88 | 300 | კრუნჩხვა მარჯვენა წვივში → UF შემცირდა, NaCl 0,9% 100 მლ | ლ.ც.\n"
     "13:00 | 134/78 | 76 | 300 | დასრულება | ლ.ც.\n"
     "ლაბორატორია (თვიური, 05.01.2026): Hb 10,4 გ/დლ, K 5,6 მმოლ/ლ, URR 68%, Kt/V 1,32, ფოსფორი 1,9 მმოლ/ლ.\n"
     "დანიშნულება: ეპოეტინ ალფა 4000 სე კვირაში 2-ჯერ, სეველამერი 800 მგ დღეში სამჯერ.\n"
     "ლეგენდა: მ.ჯ. – მაია ჯიქია, ექთანი; ლ.ც. – თამარ ცაავა, ექთანი\n"
     "მკურნალი ექიმი: დავით ქვარაცხელია, ნეფროლოგი",
     [("HOSPITAL", ["ნეფრო-ზუგდიდი"]), ("LOCATION", ["ზუგდიდი"]), ("ADDRESS", ["რუსთაველის ქ. 112"]),
      ("NAME", ["ნინო", "გოგუა", "NINO", "GOGUA"]), ("DATE", ["14.09.1962"]), ("ID", ["19001045873"]),
      ("LOCATION", ["ანაკლია"]), ("PHONE", ["599 41 82 73"]), ("NAME", ["გელა", "ქარდავა"]), ("ID", ["4182/ZUG"]),
      ("DATE", ["12.01.2026"]), ("SERIAL", ["4SDA1827"]), ("DATE", ["05.01.2026"]), ("NAME", ["მ.ჯ."]),
      ("NAME", ["ლ.ც."]), ("NAME", ["მაია", "ჯიქია"]), ("NAME", ["თამარ", "ცაავა"]),
      ("NAME", ["დავით", "ქვარაცხელია"])],
     ["სტადია 5D", "Fresenius 4008S", "FX80", "Brescia-Cimino", "NaCl 0,9% 100 მლ", "URR 68%", "Kt/V 1,32",
      "ეპოეტინ ალფა 4000 სე", "სეველამერი 800 მგ"]),

    # 19 - Botswana, North-West (Maun; patient from Shorobe): wound chart with photographs listed by file name
    ("Letsholathebe II Memorial Hospital, Maun - Surgical Ward 2 (Male)\n"
     "WOUND ASSESSMENT AND MANAGEMENT CHART\n"
     "Patient: Gift Keabetswe Mogotsi | M | 29 y | DOB 02/02/1996 | Omang 418215736 | Hosp. no. LMH/25/041827\n"
     "Village: Shorobe | NOK: mother, Precious Mogotsi, +267 71 418 273\n"
     "Occupation: mokoro poler, Xakanaxa Mokoro Trust\n"
     "Cause: crocodile bite while poling on the Boro channel, 14/09/2025 about 16:30; brought by road ambulance "
     "(B 418 AKL) the same night.\n"
     "Wound: left thigh, posterolateral, multiple punctures and lacerations; after debridement in theatre on "
     "15/09/2025 (Dr Tshepo Ramotswa): one cavity 14 x 6 x 3 cm.\n"
     "Microbiology (tissue, 15/09/2025, lab no. MB-25-18273): Aeromonas hydrophila, sensitive to ciprofloxacin, "
     "resistant to ampicillin.\n"
     "Antibiotics: ciprofloxacin 500 mg PO BD + doxycycline 100 mg BD from 15/09/2025. Tetanus toxoid 0.5 mL IM + "
     "TIG 250 IU given on 14/09.\n"
     "TIME assessment:\n"
     "Date | Size (cm) | Tissue | Infection | Moisture | Edge | Dressing | Photo file | Sign\n"
     "17/09/2025 | 14 x 6 x 3 | 60% slough, 40% granulation | erythema 2 cm, odour | heavy exudate | undermined 2 cm "
     "at 12 o'clock | NPWT -125 mmHg continuous | LMH_W_041827_20250917_0915.jpg | ONK\n"
     "20/09/2025 | 13 x 5.5 x 2.5 | 30% slough, 70% granulation | nil | moderate | undermined 1 cm | NPWT -125 mmHg, "
     "canister changed | LMH_W_041827_20250920_1002.jpg | KBM\n"
     "24/09/2025 | 11 x 4.5 x 1.5 | 100% granulation | nil | moderate | attached | Inadine + gauze daily | "
     "LMH_W_041827_20250924_0940.jpg | ONK\n"
     "Pain: 6/10 at dressing changes - morphine 5 mg PO 30 min before.\n"
     "Plan: split-skin graft on 29/09/2025 if the bed stays clean. HbA1c 5.2%.\n"
     "Photographs taken on the ward tablet with the patient's verbal consent; face not included.\n"
     "Signatures: ONK = Onalenna Kgosietsile, RN; KBM = Kelebogile Modise, RN (wound care)",
     [("HOSPITAL", ["Letsholathebe II Memorial Hospital"]), ("LOCATION", ["Maun"]),
      ("NAME", ["Gift", "Keabetswe", "Mogotsi"]), ("DATE", ["02/02/1996"]), ("ID", ["418215736"]),
      ("MRN", ["LMH/25/041827"]), ("LOCATION", ["Shorobe"]), ("NAME", ["Precious"]), ("PHONE", ["+267 71 418 273"]),
      ("LOCATION", ["Xakanaxa Mokoro Trust"]), ("LOCATION", ["Boro channel"]), ("DATE", ["14/09/2025"]),
      ("PLATE", ["B 418 AKL"]), ("DATE", ["15/09/2025"]), ("NAME", ["Tshepo", "Ramotswa"]), ("ID", ["MB-25-18273"]),
      ("DATE", ["14/09"]), ("DATE", ["17/09/2025"]), ("DATE", ["20/09/2025"]), ("DATE", ["24/09/2025"]),
      ("ID", ["LMH_W_041827_20250917_0915.jpg"]), ("ID", ["LMH_W_041827_20250920_1002.jpg"]),
      ("ID", ["LMH_W_041827_20250924_0940.jpg"]), ("NAME", ["ONK"]), ("NAME", ["KBM"]), ("DATE", ["29/09/2025"]),
      ("NAME", ["Onalenna", "Kgosietsile"]), ("NAME", ["Kelebogile", "Modise"])],
     ["Aeromonas hydrophila", "ciprofloxacin 500 mg PO BD", "doxycycline 100 mg BD", "Tetanus toxoid 0.5 mL IM",
      "TIME assessment", "NPWT -125 mmHg", "Inadine", "morphine 5 mg PO", "split-skin graft", "HbA1c 5.2%"]),
] + MORE_NOTES
