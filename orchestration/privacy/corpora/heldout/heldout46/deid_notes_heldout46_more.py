"""Notes 12-23 of the forty-sixth HELD-OUT set (see :mod:`deid_notes_heldout46` for how it was written and what it
holds).

These 12 notes hold 460 planted identifier parts in 382 (kind, parts) entries and 216 clinical strings. Positions below
are those in the combined ``NOTES``:
12, Cayman Islands, Cayman Brac (Stake Bay, Spot Bay): a geriatric outreach clinic letter after a Comprehensive
Geriatric Assessment of a woman aged 94, with a CINICO number and Discovery Day;
13, India, Chhattisgarh (Bastar, Tokapal, Jagdalpur): a sickle cell clinic follow-up card in Hindi (Devanagari), with
Devanagari digits in a phone number and a date, an Aadhaar and an ABHA number, Diwali and Hareli;
14, USA, Nevada (Elko County, Lamoille): an EMS patient care report for a side-by-side rollover handed to an air
ambulance, with a driver's licence, a vehicle VIN, an aircraft registration, GPS coordinates and a PCR URL;
15, Sri Lanka, Uva Province (Badulla, Welimada, Bandarawela): an ICU admission note for organophosphate self-poisoning
in Sinhala, with initials before the name, a house name, a 12-digit NIC, an ambulance plate and Il Poya;
16, New Zealand, Taranaki (New Plymouth, Hāwera, Manaia): a pre-anaesthetic assessment clinic record before a knee
replacement, with an NHI, Māori names, a CPAP serial number and an MCNZ number;
17, Myanmar, Mandalay Region (Pyin Oo Lwin): a district hospital outpatient NCD clinic record in Burmese, with Myanmar
digits, an NRC number, a Burmese lunar date, Thingyan and Tazaungdaing and a Viber handle;
18, Canada, Ontario (Manitoulin Island: Mindemoya, Tehkummah, Espanola): a public health measles case investigation,
with an Ontario health number, ISO dates of exposure sites and household contacts;
19, Laos, Luang Prabang (Chomphet): an emergency department note for a motorbike crash with an open tibial fracture in
Lao, with a romanised name beside the Lao one, two vehicle plates and the That Luang festival;
20, American Samoa (Tutuila: Pago Pago, Leone) with Hawaii (Waipahu): an off-island medical referral request for
mitral valve surgery, with a Medicaid ID, a passport number and a Honolulu address;
21, India, Andhra Pradesh (Alluri Sitharama Raju district: Araku Valley, Chompi): a high-risk pregnancy record at a
primary health centre in Telugu, with MCP, RCH, Aadhaar and bank account numbers, an ambulance plate and Sankranti;
22, Montserrat (St John's, Cudjoe Head, Davy Hill): an anticoagulation clinic INR record with a dosing table of full and
year-less dates, a point-of-care meter serial number and St Patrick's Day;
23, India, Odisha (Koraput, Semiliguda): a medico-legal injury report after an axe assault in Odia, with Odia digits in
dates, police requisition and badge numbers, an Aadhaar and a BSKY card number and Nuakhai.
Entries per kind here: NAME 82, DATE 76, LOCATION 65, HOSPITAL 33, PHONE 32, ID 31, LICENCE 12, EMAIL 11, POSTCODE 10,
ADDRESS 9, MRN 7, PLATE 7, SERIAL 3, URL 2, AGE 1, HANDLE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Cayman Islands, Cayman Brac (Stake Bay, Spot Bay): geriatric outreach clinic letter after a Comprehensive
    # Geriatric Assessment, woman aged 94
    ("Health Services Authority - Faith Hospital, Stake Bay, Cayman Brac KY2-2201\n"
     "Geriatric Medicine Outreach Clinic | Tel +1 345 948 2243 ext 5127 | Fax +1 345 948 2250\n"
     "\n"
     "14 November 2025\n"
     "\n"
     "Dr Oswald Ebanks-Tibbetts\n"
     "Brac Family Practice, West End, Cayman Brac\n"
     "\n"
     "Dear Dr Ebanks-Tibbetts,\n"
     "\n"
     "Re: Miss Ionie Adassa SCOTT-BODDEN, DOB 02/06/1931 (94 years), HSA no. FH-0031842, CINICO 7718-2045-01\n"
     "Spot Bay, Cayman Brac. Niece and carer: Mrs Verna Ryan, +1 345 925 6613\n"
     "\n"
     "Thank you for asking me to see Miss Scott-Bodden, a retired teacher who taught at Spot Bay Primary School from "
     "1952 to 1991. She has had three falls since Discovery Day, the last on 28 October, going down the two back "
     "steps; "
     "no fracture on X-ray. I saw her with her niece at the outreach clinic on 12/11/2025 for a Comprehensive "
     "Geriatric Assessment.\n"
     "\n"
     "Findings: Timed Up and Go 24 seconds with a rollator. Lying BP 148/76, standing at 3 minutes 118/64: orthostatic "
     "hypotension. Mini-Cog 3/5. Geriatric Depression Scale 4/15. Bilateral cataracts, visual acuity 6/36 in each eye. "
     "Urge incontinence, up 3-4 times a night. Vitamin D 38 nmol/L. Creatinine clearance 31 mL/min. CFS 5.\n"
     "Medications: amlodipine 10 mg, doxazosin 4 mg, oxybutynin 5 mg TDS (started in Grand Cayman in 2023), aspirin "
     "81 mg.\n"
     "\n"
     "Plan:\n"
     "1. Stop doxazosin 4 mg; reduce amlodipine to 5 mg; recheck lying and standing BP in two weeks.\n"
     "2. Stop oxybutynin because of its anticholinergic burden; consider mirabegron 25 mg if urgency persists.\n"
     "3. Colecalciferol 1000 IU daily. FRAX hip risk 9.8%: start alendronate 70 mg weekly once her dentist is happy.\n"
     "4. Referred to the Cayman Eye Centre, George Town, for bilateral cataract surgery.\n"
     "5. Occupational therapy home visit, grab rails for the back steps, hip protectors.\n"
     "6. I will see her again at the next outreach visit, Thursday 12 February 2026.\n"
     "\n"
     "At her request a copy goes to her niece (vryan.brac@candw.ky).\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Hyacinth Powery-Lalor\n"
     "Consultant Geriatrician, Cayman Islands Hospital | CIMC 24187",
     [("HOSPITAL", ["Faith Hospital"]), ("LOCATION", ["Stake Bay"]), ("LOCATION", ["Cayman Brac"]),
      ("POSTCODE", ["KY2-2201"]), ("PHONE", ["+1 345 948 2243", "5127"]), ("PHONE", ["+1 345 948 2250"]),
      ("DATE", ["14 November 2025"]), ("NAME", ["Oswald", "Ebanks-Tibbetts"]), ("HOSPITAL", ["Brac Family Practice"]),
      ("LOCATION", ["West End"]), ("NAME", ["Ionie", "Adassa", "SCOTT-BODDEN", "Scott-Bodden"]),
      ("DATE", ["02/06/1931"]), ("AGE", ["94 years"]), ("MRN", ["FH-0031842"]), ("ID", ["7718-2045-01"]),
      ("LOCATION", ["Spot Bay"]), ("NAME", ["Verna", "Ryan"]), ("PHONE", ["+1 345 925 6613"]),
      ("LOCATION", ["Spot Bay Primary School"]), ("DATE", ["1952"]), ("DATE", ["1991"]), ("DATE", ["Discovery Day"]),
      ("DATE", ["28 October"]), ("DATE", ["12/11/2025"]), ("LOCATION", ["Grand Cayman"]), ("DATE", ["2023"]),
      ("HOSPITAL", ["Cayman Eye Centre"]), ("LOCATION", ["George Town"]), ("DATE", ["Thursday 12 February 2026"]),
      ("EMAIL", ["vryan.brac@candw.ky"]), ("NAME", ["Hyacinth", "Powery-Lalor"]),
      ("HOSPITAL", ["Cayman Islands Hospital"]), ("LICENCE", ["24187"])],
     ["Comprehensive Geriatric Assessment", "Timed Up and Go 24 seconds", "rollator", "orthostatic hypotension",
      "Mini-Cog 3/5", "Geriatric Depression Scale 4/15", "Bilateral cataracts", "visual acuity 6/36",
      "Urge incontinence", "Vitamin D 38 nmol/L", "Creatinine clearance 31 mL/min", "CFS 5", "amlodipine 10 mg",
      "doxazosin 4 mg", "oxybutynin 5 mg TDS", "anticholinergic burden", "mirabegron 25 mg",
      "Colecalciferol 1000 IU", "FRAX", "alendronate 70 mg weekly", "hip protectors"]),

    # 13 - India, Chhattisgarh (Bastar, Tokapal): sickle cell clinic follow-up card (Hindi, Devanagari)
    ("स्व. बलिराम कश्यप स्मृति शासकीय चिकित्सा महाविद्यालय एवं महारानी अस्पताल, डिमरापाल, जगदलपुर\n"
     "सिकल सेल क्लिनिक - फॉलो-अप कार्ड\n"
     "\n"
     "कार्ड क्रमांक: CG-BST-SCD-004417    पंजीयन दिनांक: 03/02/2019\n"
     "रोगी का नाम: कु. सोनमती मंडावी    आयु: 16 वर्ष    लिंग: स्त्री\n"
     "पिता: श्री लखमू मंडावी    माता: श्रीमती बुधरी मंडावी\n"
     "पता: ग्राम बड़े मारेंगा, पो. व वि.ख. तोकापाल, जिला बस्तर (छ.ग.) 494442\n"
     "मोबाइल: ९४०७६ १८२३० (पिता)    आधार: 6219 0487 3550    ABHA: 91-4417-2290-6318\n"
     "मितानिन: श्रीमती हिड़मे बघेल (मो. 7987 041 556)\n"
     "विद्यालय: कन्या आश्रम शाला, कक्षा 10\n"
     "\n"
     "निदान: सिकल सेल रोग (HbSS) - HPLC (04/02/2019): HbS 86.4%, HbF 9.2%, HbA2 3.1%\n"
     "\n"
     "दिनांक 12/11/2025 की विज़िट:\n"
     "शिकायत: दीपावली के बाद 24 अक्टूबर को पैरों और कमर में तेज़ दर्द (वासो-ऑक्लूसिव क्राइसिस), तोकापाल सामुदायिक "
     "स्वास्थ्य केंद्र में 3 दिन भर्ती रहीं। हरेली तिहार (24 जुलाई) के समय भी एक बार ऐसा दर्द हुआ था।\n"
     "जाँच: हीमोग्लोबिन 7.8 ग्रा/डेली, MCV 92 fL, रेटिकुलोसाइट 6.4%, प्लेटलेट 3.2 लाख। प्लीहा स्पर्शनीय नहीं "
     "(autosplenectomy)। SpO2 96%। वज़न 38 कि.ग्रा.\n"
     "दवाइयाँ: हाइड्रॉक्सीयूरिया 500 मि.ग्रा. प्रतिदिन (अगली विज़िट पर 750 मि.ग्रा. करना है), फोलिक एसिड 5 मि.ग्रा. "
     "प्रतिदिन, पैरासिटामोल 500 मि.ग्रा. ज़रूरत पर।\n"
     "टीकाकरण: न्यूमोकोकल टीका (PPSV23) लग चुका है; टाइफाइड कंजुगेट टीका आज लगाया।\n"
     "सलाह: खूब पानी पिएँ, ठंड से बचें, 101°F से ऊपर बुखार हो तो तुरंत अस्पताल आएँ। एक्यूट चेस्ट सिंड्रोम के लक्षण "
     "समझाए। छोटे भाई मंगलू (9 वर्ष) की सॉल्युबिलिटी टेस्ट पॉज़िटिव, HPLC हेतु नमूना भेजा।\n"
     "अगली विज़िट: १०/१२/२०२५ (बुधवार)\n"
     "\n"
     "चिकित्सक: डॉ. अनुराधा ठाकुर, सहायक प्राध्यापक, शिशु रोग विभाग (CGMC पंजीयन क्र. 8417)\n"
     "स्टाफ नर्स: कु. सुनीता नेताम | क्लिनिक ई-मेल: sicklecell.jdp@gmail.com",
     [("HOSPITAL", ["बलिराम कश्यप स्मृति"]), ("HOSPITAL", ["महारानी अस्पताल"]), ("LOCATION", ["डिमरापाल"]),
      ("LOCATION", ["जगदलपुर"]), ("ID", ["CG-BST-SCD-004417"]), ("DATE", ["03/02/2019"]),
      ("NAME", ["सोनमती", "मंडावी"]), ("NAME", ["लखमू"]), ("NAME", ["बुधरी"]), ("LOCATION", ["बड़े मारेंगा"]),
      ("LOCATION", ["तोकापाल"]), ("LOCATION", ["बस्तर"]), ("POSTCODE", ["494442"]), ("PHONE", ["९४०७६ १८२३०"]),
      ("ID", ["6219 0487 3550"]), ("ID", ["91-4417-2290-6318"]), ("NAME", ["हिड़मे", "बघेल"]),
      ("PHONE", ["7987 041 556"]), ("LOCATION", ["कन्या आश्रम शाला"]), ("DATE", ["04/02/2019"]),
      ("DATE", ["12/11/2025"]), ("DATE", ["दीपावली"]), ("DATE", ["24 अक्टूबर"]),
      ("HOSPITAL", ["तोकापाल सामुदायिक स्वास्थ्य केंद्र"]), ("DATE", ["हरेली"]), ("DATE", ["24 जुलाई"]),
      ("NAME", ["मंगलू"]), ("DATE", ["१०/१२/२०२५"]), ("NAME", ["अनुराधा", "ठाकुर"]), ("LICENCE", ["8417"]),
      ("NAME", ["सुनीता", "नेताम"]), ("EMAIL", ["sicklecell.jdp@gmail.com"])],
     ["सिकल सेल रोग", "HbSS", "HbS 86.4%", "HbF 9.2%", "HbA2 3.1%", "वासो-ऑक्लूसिव क्राइसिस",
      "हीमोग्लोबिन 7.8 ग्रा/डेली", "MCV 92 fL", "रेटिकुलोसाइट 6.4%", "autosplenectomy",
      "हाइड्रॉक्सीयूरिया 500 मि.ग्रा.", "फोलिक एसिड 5 मि.ग्रा.", "पैरासिटामोल 500 मि.ग्रा.", "न्यूमोकोकल टीका",
      "PPSV23", "टाइफाइड कंजुगेट टीका", "एक्यूट चेस्ट सिंड्रोम", "सॉल्युबिलिटी टेस्ट"]),

    # 14 - USA, Nevada (Elko County, Lamoille): EMS patient care report, side-by-side rollover with flail chest and
    # pelvic injury, handed to an air ambulance
    ("RUBY MOUNTAINS FIRE PROTECTION DISTRICT - EMS | Elko County, Nevada\n"
     "PATIENT CARE REPORT (ePCR)   Incident #: 25-114417   PCR #: RMF-2025-00872\n"
     "Date: 11/15/2025   Unit: Medic 31 (plate EX 41722)   Response: emergent\n"
     "Times: PSAP 13:02 | Dispatched 13:04 | En route 13:06 | On scene 13:41 | Pt contact 13:44 | Depart 14:18 | "
     "At LZ 14:29 | Transfer of care 14:36\n"
     "Incident location: Etcheverry Ranch, off SR-227, Lamoille NV 89828 (LZ 40.7167, -115.4781)\n"
     "\n"
     "Patient: ETCHEVERRY, Cody James   DOB 03/02/1967   58 y M   NV DL 1402448172 (from wallet)\n"
     "Mailing address: PO Box 417, Lamoille NV 89828\n"
     "Contact: wife Maite Etcheverry 775-555-0129\n"
     "PCP: Dr. Helen Sarratea, Spring Creek Family Medicine. Allergies per MedicAlert bracelet (#MA-3318827): "
     "sulfa.\n"
     "\n"
     "CC: ATV rollover. HPI: rancher driving a side-by-side (VIN 4XARRE977P8041722) rolled on a sidehill while he "
     "was checking water troughs; pinned under the roll cage about 30 min until his wife and the ranch hand, Ignacio "
     "\"Nacho\" Arrizabalaga, lifted it off. Brief LOC per wife. Complains of L chest and pelvic pain.\n"
     "Primary: A patent. B: RR 28 shallow, SpO2 89% RA, decreased breath sounds L, crepitus L lateral ribs 5-8 with "
     "a paradoxical segment - flail chest. C: HR 118, BP 96/60, pale and diaphoretic, pelvis tender (not rocked). "
     "D: GCS 14 (E4V4M6), PERRL.\n"
     "Interventions: 13:49 NRB 15 L/min, SpO2 to 94%. 13:52 SAM Pelvic Sling II at the greater trochanters. 13:55 IV "
     "18 g L AC. 14:01 TXA 1 g IV over 10 min. 14:03 fentanyl 50 mcg IV. 14:10 NS 250 mL bolus, permissive "
     "hypotension to SBP 90. Spinal motion restriction on a vacuum mattress. EtCO2 32 mmHg. Shock index 1.2.\n"
     "Med control: Dr. Arturo Villaseñor, Northeastern Nevada Regional Hospital (NNRH) ED, by radio 13:58 - bypass "
     "to a Level I center.\n"
     "Disposition: care transferred at the LZ to High Desert Air Medical (N418HD) for Renown Regional Medical "
     "Center, Reno. Medication list photo uploaded: https://epcr.rubymtnfire.org/r/25-114417\n"
     "\n"
     "Crew: Paramedic Shawna Tsosie-Bell (NV EMS lic. P-24871), lead | AEMT Lucas Bengochea (A-31186)",
     [("HOSPITAL", ["RUBY MOUNTAINS FIRE PROTECTION DISTRICT"]), ("LOCATION", ["Elko"]), ("ID", ["25-114417"]),
      ("ID", ["RMF-2025-00872"]), ("DATE", ["11/15/2025"]), ("PLATE", ["EX 41722"]), ("LOCATION", ["Etcheverry Ranch"]),
      ("LOCATION", ["Lamoille"]), ("POSTCODE", ["89828"]), ("LOCATION", ["40.7167, -115.4781"]),
      ("NAME", ["ETCHEVERRY", "Cody", "James"]), ("DATE", ["03/02/1967"]), ("LICENCE", ["1402448172"]),
      ("ADDRESS", ["PO Box 417"]), ("NAME", ["Maite", "Etcheverry"]), ("PHONE", ["775-555-0129"]),
      ("NAME", ["Helen", "Sarratea"]), ("HOSPITAL", ["Spring Creek Family Medicine"]), ("ID", ["MA-3318827"]),
      ("SERIAL", ["4XARRE977P8041722"]), ("NAME", ["Ignacio", "Nacho", "Arrizabalaga"]),
      ("NAME", ["Arturo", "Villaseñor"]), ("HOSPITAL", ["Northeastern Nevada Regional Hospital", "NNRH"]),
      ("HOSPITAL", ["High Desert Air Medical"]), ("PLATE", ["N418HD"]),
      ("HOSPITAL", ["Renown Regional Medical Center"]),
      ("LOCATION", ["Reno"]), ("URL", ["https://epcr.rubymtnfire.org/r/25-114417"]),
      ("NAME", ["Shawna", "Tsosie-Bell"]), ("LICENCE", ["P-24871"]), ("NAME", ["Lucas", "Bengochea"]),
      ("LICENCE", ["A-31186"])],
     ["ATV rollover", "Brief LOC", "SpO2 89% RA", "decreased breath sounds", "paradoxical segment", "flail chest",
      "GCS 14 (E4V4M6)", "PERRL", "NRB 15 L/min", "SAM Pelvic Sling II", "greater trochanters", "TXA 1 g IV",
      "fentanyl 50 mcg IV", "NS 250 mL bolus", "permissive hypotension", "Spinal motion restriction",
      "vacuum mattress", "EtCO2 32 mmHg", "Shock index 1.2"]),

    # 15 - Sri Lanka, Uva Province (Badulla, Welimada): ICU admission note, organophosphate self-poisoning (Sinhala)
    ("බදුල්ල මහ රෝහල - දැඩි සත්කාර ඒකකය (ICU 2)\n"
     "ඇතුළත් කිරීමේ සටහන\n"
     "\n"
     "රෝගියාගේ නම: ඩබ්ලිව්.එම්. චමින්ද ප්‍රියන්ත බණ්ඩාර    වයස: අවු. 31    පුරුෂ\n"
     "ජා.හැ.අ.: 199423401872    ඇ.නි.ප. අංකය (BHT): 25/ICU/0418\n"
     "ලිපිනය: \"සිරිනිවාස\", අඹගස්දෙනිය පාර, වැලිමඩ\n"
     "දුරකථන: 077 418 2291 (බිරිඳ ඉරෝෂා කුමාරි), 071 552 0417 (මව)\n"
     "ඇතුළත් කළ දිනය: 2025.11.10 පෙ.ව. 02.15\n"
     "මාරු කළේ: වැලිමඩ ප්‍රාදේශීය රෝහලෙන් (වෛද්‍ය එස්. ජයසූරිය), 1990 ගිලන් රථය UP PD-4417\n"
     "\n"
     "ඉතිහාසය: ඉල් පොහොය දිනට (නොවැම්බර් 5) පසු ගෙදර ඇති වූ ආරවුලකින් පසු 2025.11.09 රාත්‍රී 10.30ට පමණ එළවළු "
     "වගාවට භාවිතා කරන කෘමිනාශකයක් (profenofos 50% EC, මිලි ලීටර් 100 පමණ) පානය කළ බව බිරිඳ පවසයි. බෝතලය "
     "කැප්පෙටිපොළ කෘෂි රසායන වෙළඳසැලකින් මිලදී ගෙන ඇත. වමනය, කෙළ ගැලීම, දහඩිය දැමීම, හුස්ම ගැනීමේ අපහසුව.\n"
     "පරීක්ෂාව: GCS 9/15, miosis (1 mm), bronchorrhoea, fasciculations, HR 48/min (bradycardia), BP 90/50 mmHg, "
     "SpO2 82% on air. Peradeniya Organophosphorus Poisoning (POP) scale 7 - බරපතළ.\n"
     "ප්‍රතිකාර: Atropine 1.8 mg IV bolus, atropinisation වන තෙක් විනාඩි 5න් 5ට දෙගුණ කරමින් (මුළු 21.6 mg), ඉන්පසු "
     "infusion 2.4 mg/h. RSI - ketamine 2 mg/kg, rocuronium 1 mg/kg (suxamethonium භාවිතා නොකළා), ETT 8.0, SIMV. "
     "Midazolam 2 mg/h. Plasma cholinesterase 820 U/L.\n"
     "සැලැස්ම: intermediate syndrome සඳහා දිනපතා බෙල්ල නැමීමේ ශක්තිය පරීක්ෂා කිරීම; 2025.11.13 නැවත ඇගයීම; "
     "නිස්සාරණයෙන් පසු මනෝ වෛද්‍ය සායනයට යොමු කිරීම. දියණිය සෙනූලි (අවු. 6) මව සමඟ බණ්ඩාරවෙල.\n"
     "පොලිස් වාර්තාව: වැලිමඩ පොලිසිය, පැමිණිලි අංකය CIB II 418/25\n"
     "මව: හේරත් මුදියන්සේලාගේ සෝමාවතී\n"
     "\n"
     "වෛද්‍ය නදීෂා පෙරේරා, Registrar ICU (SLMC 31882) | Consultant Anaesthetist: වෛද්‍ය අජිත් රණසිංහ\n"
     "හෙද නිලධාරී: ලලිත් ගමගේ | ICU 055 222 2261 | icu.ghbadulla@health.gov.lk",
     [("HOSPITAL", ["බදුල්ල මහ රෝහල"]), ("NAME", ["ඩබ්ලිව්.එම්.", "චමින්ද", "ප්‍රියන්ත", "බණ්ඩාර"]),
      ("ID", ["199423401872"]), ("MRN", ["25/ICU/0418"]), ("ADDRESS", ["සිරිනිවාස"]), ("ADDRESS", ["අඹගස්දෙනිය පාර"]),
      ("LOCATION", ["වැලිමඩ"]), ("PHONE", ["077 418 2291"]), ("NAME", ["ඉරෝෂා", "කුමාරි"]), ("PHONE", ["071 552 0417"]),
      ("DATE", ["2025.11.10"]), ("HOSPITAL", ["වැලිමඩ ප්‍රාදේශීය රෝහල"]), ("NAME", ["ජයසූරිය"]),
      ("PLATE", ["UP PD-4417"]), ("DATE", ["ඉල් පොහොය"]), ("DATE", ["නොවැම්බර් 5"]), ("DATE", ["2025.11.09"]),
      ("LOCATION", ["කැප්පෙටිපොළ"]), ("DATE", ["2025.11.13"]), ("NAME", ["සෙනූලි"]), ("LOCATION", ["බණ්ඩාරවෙල"]),
      ("LOCATION", ["වැලිමඩ පොලිසිය"]), ("ID", ["CIB II 418/25"]), ("NAME", ["හේරත් මුදියන්සේලාගේ", "සෝමාවතී"]),
      ("NAME", ["නදීෂා", "පෙරේරා"]), ("LICENCE", ["31882"]), ("NAME", ["අජිත්", "රණසිංහ"]),
      ("NAME", ["ලලිත්", "ගමගේ"]), ("PHONE", ["055 222 2261"]), ("EMAIL", ["icu.ghbadulla@health.gov.lk"])],
     ["profenofos 50% EC", "කෙළ ගැලීම", "GCS 9/15", "miosis", "bronchorrhoea", "fasciculations", "bradycardia",
      "SpO2 82% on air", "Peradeniya Organophosphorus Poisoning (POP) scale 7", "Atropine 1.8 mg IV bolus",
      "atropinisation", "ketamine 2 mg/kg", "rocuronium 1 mg/kg", "suxamethonium", "SIMV", "Midazolam 2 mg/h",
      "Plasma cholinesterase 820 U/L", "intermediate syndrome"]),

    # 16 - New Zealand, Taranaki (New Plymouth, Hāwera): pre-anaesthetic assessment clinic record before a knee
    # replacement, obstructive sleep apnoea and a GLP-1 agonist
    ("Te Whatu Ora - Health New Zealand, Taranaki\n"
     "Taranaki Base Hospital, David Street, New Plymouth 4310\n"
     "PRE-ANAESTHETIC ASSESSMENT CLINIC\n"
     "\n"
     "Patient: Mereana Hinemoa TIPENE-WALSH | NHI ZKT4163 | DOB 30/04/1958 (67 y)\n"
     "Address: 27 Egmont Street, Hāwera 4610 | Ph 06 278 5512 | Mob 021 555 0418\n"
     "GP: Dr Sefton Kilgour, Hāwera Medical Centre\n"
     "Booking: right total knee arthroplasty (Mr Dhruv Anand-McLeod), Wednesday 10 December 2025, Theatre 3, ref "
     "TBH-ORT-25-3318\n"
     "Seen 17/11/2025 by Dr Priyanka Raman-Walker, anaesthetist (MCNZ 41827), with her son Tane Tipene and her "
     "mokopuna Kahurangi. Retired dairy farmer from Manaia.\n"
     "\n"
     "History: OSA on CPAP (ResMed AirSense 11, serial 23184417092), diagnosed at the Waikato Hospital sleep clinic in "
     "Hamilton, STOP-BANG 6 at diagnosis. Type 2 diabetes, HbA1c 54 mmol/mol, on metformin and semaglutide (Wegovy "
     "2.4 mg weekly). Hypertension. BMI 41. Previous anaesthetic: caesarean section under GA at Whanganui Hospital in "
     "1989, no problems.\n"
     "Airway: Mallampati III, thyromental distance 5.5 cm, neck circumference 44 cm, upper partial denture.\n"
     "Function: under 4 METs; Duke Activity Status Index 18; walks to the letterbox and back.\n"
     "ECG: sinus rhythm, left anterior fascicular block.\n"
     "ASA 3. Revised Cardiac Risk Index 1. Apfel score 3.\n"
     "\n"
     "Plan: withhold Wegovy for one week before surgery (last dose Wed 3/12); bring CPAP on the day; spinal "
     "anaesthesia with an adductor canal block; avoid long-acting opioids; PONV prophylaxis; continuous SpO2 on the "
     "ward overnight. Kaumātua Matiu Rangi will come for karakia on the morning of surgery.\n"
     "\n"
     "Questions: PAC nurse Jodie Ferris, pac.taranaki@tewhatuora.govt.nz, 06 753 6139 ext 7721",
     [("LOCATION", ["Taranaki"]), ("HOSPITAL", ["Taranaki Base Hospital"]), ("ADDRESS", ["David Street"]),
      ("LOCATION", ["New Plymouth"]), ("POSTCODE", ["4310"]), ("NAME", ["Mereana", "Hinemoa", "TIPENE-WALSH"]),
      ("ID", ["ZKT4163"]), ("DATE", ["30/04/1958"]), ("ADDRESS", ["27 Egmont Street"]), ("LOCATION", ["Hāwera"]),
      ("POSTCODE", ["4610"]), ("PHONE", ["06 278 5512"]), ("PHONE", ["021 555 0418"]), ("NAME", ["Sefton", "Kilgour"]),
      ("HOSPITAL", ["Hāwera Medical Centre"]), ("NAME", ["Dhruv", "Anand-McLeod"]),
      ("DATE", ["Wednesday 10 December 2025"]), ("ID", ["TBH-ORT-25-3318"]), ("DATE", ["17/11/2025"]),
      ("NAME", ["Priyanka", "Raman-Walker"]), ("LICENCE", ["41827"]), ("NAME", ["Tane", "Tipene"]),
      ("NAME", ["Kahurangi"]), ("LOCATION", ["Manaia"]), ("SERIAL", ["23184417092"]),
      ("HOSPITAL", ["Waikato Hospital"]),
      ("LOCATION", ["Hamilton"]), ("HOSPITAL", ["Whanganui Hospital"]), ("DATE", ["3/12"]),
      ("NAME", ["Matiu", "Rangi"]), ("NAME", ["Jodie", "Ferris"]), ("EMAIL", ["pac.taranaki@tewhatuora.govt.nz"]),
      ("PHONE", ["06 753 6139", "7721"])],
     ["right total knee arthroplasty", "OSA on CPAP", "ResMed AirSense 11", "STOP-BANG 6", "Type 2 diabetes",
      "HbA1c 54 mmol/mol", "semaglutide", "Wegovy 2.4 mg weekly", "BMI 41", "caesarean section", "Mallampati III",
      "thyromental distance 5.5 cm", "neck circumference 44 cm", "Duke Activity Status Index 18",
      "left anterior fascicular block", "ASA 3", "Revised Cardiac Risk Index 1", "Apfel score 3",
      "spinal anaesthesia", "adductor canal block", "PONV prophylaxis"]),

    # 17 - Myanmar, Mandalay Region (Pyin Oo Lwin): district hospital outpatient NCD clinic record (Burmese)
    ("ပြင်ဦးလွင် ခရိုင်ဆေးရုံ - ပြင်ပလူနာဌာန (NCD ဆေးခန်း)\n"
     "ဆေးရုံဖုန်း - ၀၈၅ ၂၂၁ ၄၁၇ | pol.dh.opd@gmail.com\n"
     "လူနာမှတ်တမ်း\n"
     "\n"
     "ရက်စွဲ - ၁၂-၁၁-၂၀၂၅ (တန်ဆောင်မုန်းလပြည့်ကျော် ၇ ရက်)\n"
     "အမည် - ဦးအောင်ကျော်မင်း (U Aung Kyaw Min)    အသက် - ၆၁ နှစ်    ကျား\n"
     "အဖအမည် - ဦးဘသိန်း\n"
     "နိုင်ငံသားစိစစ်ရေးကတ်အမှတ် - ၉/ပဥလ(နိုင်)၀၄၁၈၂၇\n"
     "လူနာအမှတ် - POL/OPD/25/08841\n"
     "နေရပ်လိပ်စာ - အမှတ် ၄၁၇၊ ဘုရားလမ်း၊ ၃ ရပ်ကွက်၊ ပြင်ဦးလွင်မြို့\n"
     "ဖုန်း - ၀၉ ၄၂၅ ၁၈၇ ၃၃၀ (ဇနီး ဒေါ်ခင်မြင့်ရီ) | Viber - aungkyawmin.pol\n"
     "အလုပ်အကိုင် - အနီးစခန်း ရွာရှိ ကော်ဖီခြံပိုင်ရှင်\n"
     "\n"
     "ရောဂါရာဇဝင် - ဆီးချိုရောဂါ ၈ နှစ်၊ သွေးတိုးရောဂါ ၅ နှစ်။ ခြေဖဝါး ထုံကျဉ်ခြင်း ၂ လ။ သင်္ကြန်ပြီးကတည်းက "
     "ဆေးပြတ်နေသည်။ ၂၀၂၄ ဇူလိုင် ၁၅ တွင် မေမြို့ ဆေးရုံ၌ သွေးချိုကျ၍ တက်ခဲ့ဖူးသည်။ တန်ဆောင်တိုင်ပွဲတော်အတွင်း "
     "မုန့်များစွာ စားခဲ့သည်။\n"
     "စမ်းသပ်ချက် - BP 168/98 mmHg, pulse 88/min, BMI 27.4, FBS 186 mg/dL, HbA1c 9.2%, urine albumin ++\n"
     "monofilament test - ခြေဖဝါးနှစ်ဖက်လုံးတွင် ၁၀ နေရာအနက် ၄ နေရာ မသိ\n"
     "fundoscopy - background diabetic retinopathy\n"
     "WHO/ISH risk chart - 20-30%\n"
     "\n"
     "ဆေးညွှန်း - Metformin 850 mg နေ့စဉ် ၂ ကြိမ်၊ Gliclazide 80 mg မနက်၊ Losartan 50 mg နေ့စဉ်၊ Atorvastatin 20 mg "
     "ညစာပြီး\n"
     "ပညာပေး - ခြေထောက်စောင့်ရှောက်မှု၊ ဆားလျှော့စားရန်၊ ဆေးလိပ်ဖြတ်ရန်။ ဆေးများကို ရွှေပြည်သာ ဆေးဆိုင်မှ ဝယ်ယူရန်။\n"
     "မျက်စိဆေးခန်းသို့ လွှဲပြောင်း - မန္တလေး ပြည်သူ့ဆေးရုံကြီး (လွှဲစာအမှတ် ၂၅/၈၈၄)\n"
     "သားဖြစ်သူ ကိုဇော်မျိုးထက် (ရန်ကုန်) ထံ ဖုန်းဖြင့် အသိပေးပြီး။ ရပ်ကွက်ကျန်းမာရေးစေတနာ့ဝန်ထမ်း - ဒေါ်နီနီဝင်း\n"
     "နောက်တစ်ကြိမ် ပြသရန် - ၁၀-၁၂-၂၀၂၅\n"
     "\n"
     "ကုသသူ - ဒေါက်တာ နန်းခမ်းလှိုင် (M.B.,B.S), SAMA ၃၁၈၂၇ | သူနာပြု - ဒေါ်မြတ်နိုးသွယ်\n"
     "ချိန်းစာ - https://pol-dh.health.gov.mm/opd/08841",
     [("HOSPITAL", ["ပြင်ဦးလွင် ခရိုင်ဆေးရုံ"]), ("LOCATION", ["ပြင်ဦးလွင်"]), ("PHONE", ["၀၈၅ ၂၂၁ ၄၁၇"]),
      ("EMAIL", ["pol.dh.opd@gmail.com"]), ("DATE", ["၁၂-၁၁-၂၀၂၅"]), ("DATE", ["တန်ဆောင်မုန်းလပြည့်ကျော် ၇ ရက်"]),
      ("NAME", ["အောင်ကျော်မင်း", "Aung Kyaw Min"]), ("NAME", ["ဘသိန်း"]), ("ID", ["၉/ပဥလ(နိုင်)၀၄၁၈၂၇"]),
      ("MRN", ["POL/OPD/25/08841"]), ("ADDRESS", ["အမှတ် ၄၁၇၊ ဘုရားလမ်း"]), ("PHONE", ["၀၉ ၄၂၅ ၁၈၇ ၃၃၀"]),
      ("NAME", ["ခင်မြင့်ရီ"]), ("HANDLE", ["aungkyawmin.pol"]), ("LOCATION", ["အနီးစခန်း"]), ("DATE", ["သင်္ကြန်"]),
      ("DATE", ["၂၀၂၄ ဇူလိုင် ၁၅"]), ("HOSPITAL", ["မေမြို့ ဆေးရုံ"]), ("DATE", ["တန်ဆောင်တိုင်"]),
      ("LOCATION", ["ရွှေပြည်သာ ဆေးဆိုင်"]), ("HOSPITAL", ["မန္တလေး ပြည်သူ့ဆေးရုံကြီး"]), ("ID", ["၂၅/၈၈၄"]),
      ("NAME", ["ဇော်မျိုးထက်"]), ("LOCATION", ["ရန်ကုန်"]), ("NAME", ["နီနီဝင်း"]), ("DATE", ["၁၀-၁၂-၂၀၂၅"]),
      ("NAME", ["နန်းခမ်းလှိုင်"]), ("LICENCE", ["၃၁၈၂၇"]), ("NAME", ["မြတ်နိုးသွယ်"]),
      ("URL", ["https://pol-dh.health.gov.mm/opd/08841"])],
     ["ဆီးချိုရောဂါ", "သွေးတိုးရောဂါ", "ခြေဖဝါး ထုံကျဉ်", "သွေးချိုကျ", "BP 168/98 mmHg", "BMI 27.4",
      "FBS 186 mg/dL", "HbA1c 9.2%", "urine albumin ++", "monofilament test", "fundoscopy",
      "background diabetic retinopathy", "WHO/ISH risk chart", "Metformin 850 mg", "Gliclazide 80 mg",
      "Losartan 50 mg", "Atorvastatin 20 mg", "ခြေထောက်စောင့်ရှောက်မှု"]),

    # 18 - Canada, Ontario (Manitoulin Island: Mindemoya, Tehkummah): public health measles case investigation
    ("Manitoulin Island Public Health Unit - Mindemoya office\n"
     "MEASLES CASE INVESTIGATION - CONFIDENTIAL | Case #: 2025-MIPH-0418\n"
     "Reported: 2025-11-14 10:20 by Public Health Ontario Laboratory (measles PCR positive on NP swab and urine)\n"
     "Investigator: Rachel Wabegijig, RN, Public Health Nurse, ext 2241 | fax 705-555-0199\n"
     "Medical Officer of Health: Dr. Ingrid Halvorsen-Pitawanakwat\n"
     "\n"
     "CASE: Lily-Rose Vanderburgh, 7 y F, DOB 2018-03-22, OHIP 6241-809-372-KT\n"
     "Address: 2275 Highway 542, Tehkummah, ON P0P 2C0\n"
     "Parent: Jessalyn Vanderburgh (mother), 705-555-0162, jess.vburgh@outlook.com\n"
     "School: Central Manitoulin Public School, Grade 2 (teacher Mr. Owen Debassige)\n"
     "Immunization: 0 doses of measles-containing vaccine (parental choice, exemption on file).\n"
     "Travel: none. Probable source: family gathering in Espanola on 2025-10-26, attended by a cousin visiting from "
     "Alberta who had a rash a few days later.\n"
     "\n"
     "Clinical course: prodrome from 2025-11-05 with fever to 39.8, cough, coryza and conjunctivitis; maculopapular "
     "rash from 2025-11-09, starting at the hairline and spreading down. Seen at the Manitoulin Health Centre ED, "
     "Mindemoya site, on 2025-11-10 (in the waiting room 14:05-17:40). Measles IgM positive; genotype D8 (reported "
     "2025-11-17). Complication: acute otitis media, left, on amoxicillin 90 mg/kg/day. Vitamin A 200,000 IU PO, two "
     "doses. Not admitted.\n"
     "Infectious period: 2025-11-05 to 2025-11-13.\n"
     "\n"
     "Exposure sites for the public notice: Manitoulin Health Centre, Mindemoya ED, 2025-11-10 14:00-20:00; Central "
     "Manitoulin Public School, 2025-11-05 to 2025-11-07; Mindemoya Foodland, 2025-11-08 11:15-13:30.\n"
     "Household contacts: brother Jonah (4 y, 1 dose of MMR) - MMRV second dose given 2025-11-14, within 72 h of his "
     "last exposure; sister Poppy (8 months) - immune globulin (GamaSTAN) 0.5 mL/kg IM; mother has two documented "
     "doses.\n"
     "Exclusion: case excluded from school until 2025-11-14; susceptible contacts excluded from day 5 to day 21 "
     "after exposure.",
     [("HOSPITAL", ["Manitoulin Island Public Health Unit"]), ("LOCATION", ["Mindemoya"]), ("ID", ["2025-MIPH-0418"]),
      ("DATE", ["2025-11-14"]), ("NAME", ["Rachel", "Wabegijig"]), ("PHONE", ["2241"]), ("PHONE", ["705-555-0199"]),
      ("NAME", ["Ingrid", "Halvorsen-Pitawanakwat"]), ("NAME", ["Lily-Rose", "Vanderburgh"]),
      ("DATE", ["2018-03-22"]), ("ID", ["6241-809-372-KT"]), ("ADDRESS", ["2275 Highway 542"]),
      ("LOCATION", ["Tehkummah"]), ("POSTCODE", ["P0P 2C0"]), ("NAME", ["Jessalyn"]), ("PHONE", ["705-555-0162"]),
      ("EMAIL", ["jess.vburgh@outlook.com"]), ("LOCATION", ["Central Manitoulin Public School"]),
      ("NAME", ["Owen", "Debassige"]), ("LOCATION", ["Espanola"]), ("DATE", ["2025-10-26"]), ("DATE", ["2025-11-05"]),
      ("DATE", ["2025-11-09"]), ("HOSPITAL", ["Manitoulin Health Centre"]), ("DATE", ["2025-11-10"]),
      ("DATE", ["2025-11-17"]), ("DATE", ["2025-11-13"]), ("DATE", ["2025-11-07"]),
      ("LOCATION", ["Mindemoya Foodland"]), ("DATE", ["2025-11-08"]), ("NAME", ["Jonah"]), ("NAME", ["Poppy"])],
     ["measles PCR", "NP swab", "measles-containing vaccine", "prodrome", "coryza", "conjunctivitis",
      "maculopapular rash", "Measles IgM positive", "genotype D8", "acute otitis media", "amoxicillin 90 mg/kg/day",
      "Vitamin A 200,000 IU", "Infectious period", "MMRV second dose", "immune globulin (GamaSTAN) 0.5 mL/kg IM"]),

    # 19 - Laos, Luang Prabang (Chomphet district): emergency department note, motorbike crash with an open tibial
    # fracture (Lao)
    ("ໂຮງໝໍແຂວງຫຼວງພະບາງ - ພະແນກສຸກເສີນ | ໂທ 071 252 417 | er.lpbhospital@gmail.com\n"
     "ບົດບັນທຶກການກວດສຸກເສີນ\n"
     "ວັນທີ 15/11/2025 ເວລາ 23:40\n"
     "\n"
     "ຊື່ ແລະ ນາມສະກຸນ: ທ້າວ ສົມພອນ ແກ້ວມະນີ (Somphone Keomany)    ອາຍຸ: 23 ປີ    ເພດ: ຊາຍ\n"
     "ວັນເດືອນປີເກີດ: 04/06/2002    ເລກບັດປະຈຳຕົວ: 06-0412873\n"
     "ເລກໝາຍຄົນເຈັບ: LPB-25-031882    ປະກັນສຸຂະພາບ: 0612-3384-1175\n"
     "ທີ່ຢູ່: ເຮືອນເລກທີ 112 ໜ່ວຍ 7, ບ້ານຊຽງແມນ, ເມືອງຈອມເພັດ\n"
     "ເບີໂທ: 020 5541 8827; ພໍ່ ທ້າວ ບຸນມີ 020 9613 4410\n"
     "ອາຊີບ: ຂັບເຮືອໂດຍສານ ຢູ່ທ່າເຮືອຊຽງແມນ ໃຫ້ບໍລິສັດ ລ້ານຊ້າງ ທ່ອງທ່ຽວ\n"
     "ນຳສົ່ງໂດຍ: ໝູ່ ທ້າວ ແສງອາລຸນ ດ້ວຍລົດຕຸກຕຸກ\n"
     "\n"
     "ອາການສຳຄັນ: ຂີ່ລົດຈັກ (ທະບຽນ ຫລ 8417) ຕຳກັບລົດກະບະ (ທະບຽນ ກກ 2291, ຜູ້ຂັບ ທ້າວ ທອງສະໄໝ) ໃກ້ຂົວນ້ຳຄານ ເວລາ "
     "22:50. ຫາກໍກັບມາຈາກງານບຸນທາດຫຼວງ ວຽງຈັນ, ດື່ມເບຍ, ບໍ່ໃສ່ໝວກກັນກະທົບ.\n"
     "ກວດຮ່າງກາຍ: GCS 13/15 (E3V4M6), BP 100/70 mmHg, HR 112/min, RR 22/min, SpO2 95%. ມີກິ່ນເຫຼົ້າ. ບາດແຜຫົວ 5 cm. "
     "ຂາຂວາ: open fracture, Gustilo IIIA. FAST: negative.\n"
     "ກວດເພີ່ມ: CT ສະໝອງ - no intracranial haemorrhage. X-ray - comminuted fracture of right tibia and fibula. "
     "Hb 11.8 g/dL, blood alcohol 182 mg/dL.\n"
     "ການປິ່ນປົວ: Ringer lactate 1000 mL, cefazolin 2 g IV, gentamicin 240 mg IV, tetanus toxoid 0.5 mL IM, "
     "morphine 3 mg IV, long leg back slab.\n"
     "ແຜນ: ສົ່ງພະແນກກະດູກ ເພື່ອ debridement ແລະ external fixation ວັນທີ 16/11/2025. ແຈ້ງ ປກສ ເມືອງຫຼວງພະບາງ, "
     "ເລກທີ 214/25.\n"
     "\n"
     "ທ່ານໝໍ: ດຣ. ວິໄລພອນ ສີຫາລາດ (ເລກທະບຽນແພດ ລພ-0418) | ພະຍາບານ: ນາງ ມະນີວັນ ພົມມະຈັນ",
     [("HOSPITAL", ["ໂຮງໝໍແຂວງຫຼວງພະບາງ"]), ("PHONE", ["071 252 417"]), ("EMAIL", ["er.lpbhospital@gmail.com"]),
      ("DATE", ["15/11/2025"]), ("NAME", ["ສົມພອນ", "ແກ້ວມະນີ", "Somphone", "Keomany"]), ("DATE", ["04/06/2002"]),
      ("ID", ["06-0412873"]), ("MRN", ["LPB-25-031882"]), ("ID", ["0612-3384-1175"]),
      ("ADDRESS", ["ເຮືອນເລກທີ 112 ໜ່ວຍ 7"]), ("LOCATION", ["ບ້ານຊຽງແມນ"]), ("LOCATION", ["ເມືອງຈອມເພັດ"]),
      ("PHONE", ["020 5541 8827"]), ("NAME", ["ບຸນມີ"]), ("PHONE", ["020 9613 4410"]), ("LOCATION", ["ທ່າເຮືອຊຽງແມນ"]),
      ("LOCATION", ["ລ້ານຊ້າງ ທ່ອງທ່ຽວ"]), ("NAME", ["ແສງອາລຸນ"]), ("PLATE", ["ຫລ 8417"]), ("PLATE", ["ກກ 2291"]),
      ("NAME", ["ທອງສະໄໝ"]), ("LOCATION", ["ຂົວນ້ຳຄານ"]), ("DATE", ["ບຸນທາດຫຼວງ"]), ("LOCATION", ["ວຽງຈັນ"]),
      ("DATE", ["16/11/2025"]), ("LOCATION", ["ເມືອງຫຼວງພະບາງ"]), ("ID", ["214/25"]),
      ("NAME", ["ວິໄລພອນ", "ສີຫາລາດ"]), ("LICENCE", ["ລພ-0418"]), ("NAME", ["ມະນີວັນ", "ພົມມະຈັນ"])],
     ["GCS 13/15 (E3V4M6)", "BP 100/70 mmHg", "HR 112/min", "open fracture", "Gustilo IIIA", "FAST: negative",
      "no intracranial haemorrhage", "comminuted fracture of right tibia and fibula", "Hb 11.8 g/dL",
      "blood alcohol 182 mg/dL", "Ringer lactate 1000 mL", "cefazolin 2 g IV", "gentamicin 240 mg IV",
      "tetanus toxoid 0.5 mL IM", "morphine 3 mg IV", "long leg back slab", "debridement", "external fixation"]),

    # 20 - American Samoa (Tutuila: Pago Pago, Leone): off-island medical referral request to Honolulu for mitral
    # valve surgery
    ("LBJ TROPICAL MEDICAL CENTER - OFF-ISLAND MEDICAL REFERRAL REQUEST\n"
     "Faga'alu, Pago Pago, American Samoa 96799 | Off-Island Referral Office (684) 633-1222 | fax (684) 633-1869\n"
     "Referral no.: OIR-2025-0318    Date of request: 11/18/2025\n"
     "\n"
     "PATIENT: Malia Sefo LEOTA-FUIMAONO    DOB 07/29/1979 (46 F)    MRN LBJ-0261447\n"
     "Medicaid ID: AS-77104183    Village: Leone, Tutuila    Cell (684) 258-4417\n"
     "Escort: husband Tavita Fuimaono, DOB 01/12/1976, US passport 548102773\n"
     "Referring physician: Dr. Salote Tuilagi-Havili, Internal Medicine (lic. MD-0117)\n"
     "Accepting: The Queen's Medical Center, Honolulu - Cardiothoracic Surgery, Dr. Kenneth Otani-Briggs (accepted by "
     "phone 11/17/2025)\n"
     "\n"
     "Diagnosis: Rheumatic heart disease with severe mitral stenosis; paroxysmal AF.\n"
     "History: ARF at age 11; on benzathine penicillin G 1.2 million units IM every 28 days, with missed doses since "
     "2021. Admitted 10/30/2025 to 11/06/2025 with pulmonary edema.\n"
     "Echo 11/04/2025 (Dr. Ioane Sapolu): MVA 0.9 cm² by planimetry, mean gradient 14 mmHg at HR 88, Wilkins score "
     "11, moderate MR, PASP 62 mmHg, LA 5.6 cm, LVEF 60%. Not suitable for percutaneous mitral balloon "
     "commissurotomy (valve morphology and MR); mitral valve replacement requested.\n"
     "Status: NYHA III on furosemide 40 mg BID, metoprolol succinate 25 mg daily, warfarin 4 mg (INR 2.3).\n"
     "Dental clearance: Tafuna Dental Clinic, 11/12/2025.\n"
     "Travel: flight of 12/01/2025 with supplemental O2 2 L/min and wheelchair assistance.\n"
     "Accommodation in Hawaii: with her sister Losa Tuiasosopo, 94-1047 Waipahu St, Waipahu HI 96797, "
     "(808) 555-0174.\n"
     "Case manager: Sina Pouono, sina.pouono@lbjtmc-as.org",
     [("HOSPITAL", ["LBJ TROPICAL MEDICAL CENTER", "LBJ"]), ("LOCATION", ["Faga'alu"]), ("LOCATION", ["Pago Pago"]),
      ("POSTCODE", ["96799"]), ("PHONE", ["(684) 633-1222"]), ("PHONE", ["(684) 633-1869"]), ("ID", ["OIR-2025-0318"]),
      ("DATE", ["11/18/2025"]), ("NAME", ["Malia", "Sefo", "LEOTA-FUIMAONO"]), ("DATE", ["07/29/1979"]),
      ("MRN", ["LBJ-0261447"]), ("ID", ["AS-77104183"]), ("LOCATION", ["Leone"]), ("LOCATION", ["Tutuila"]),
      ("PHONE", ["(684) 258-4417"]), ("NAME", ["Tavita", "Fuimaono"]), ("DATE", ["01/12/1976"]),
      ("ID", ["548102773"]), ("NAME", ["Salote", "Tuilagi-Havili"]), ("LICENCE", ["MD-0117"]),
      ("HOSPITAL", ["The Queen's Medical Center"]), ("LOCATION", ["Honolulu"]), ("NAME", ["Kenneth", "Otani-Briggs"]),
      ("DATE", ["11/17/2025"]), ("DATE", ["10/30/2025"]), ("DATE", ["11/06/2025"]), ("DATE", ["11/04/2025"]),
      ("NAME", ["Ioane", "Sapolu"]), ("HOSPITAL", ["Tafuna Dental Clinic"]), ("DATE", ["11/12/2025"]),
      ("DATE", ["12/01/2025"]), ("NAME", ["Losa", "Tuiasosopo"]), ("ADDRESS", ["94-1047 Waipahu St"]),
      ("LOCATION", ["Waipahu"]), ("POSTCODE", ["96797"]), ("PHONE", ["(808) 555-0174"]), ("NAME", ["Sina", "Pouono"]),
      ("EMAIL", ["sina.pouono@lbjtmc-as.org"])],
     ["Rheumatic heart disease", "severe mitral stenosis", "paroxysmal AF",
      "benzathine penicillin G 1.2 million units IM", "pulmonary edema", "MVA 0.9 cm²", "mean gradient 14 mmHg",
      "Wilkins score 11", "moderate MR", "PASP 62 mmHg", "LVEF 60%", "percutaneous mitral balloon commissurotomy",
      "mitral valve replacement", "NYHA III", "furosemide 40 mg BID", "metoprolol succinate 25 mg", "warfarin 4 mg",
      "INR 2.3", "supplemental O2 2 L/min"]),

    # 21 - India, Andhra Pradesh (Alluri Sitharama Raju district: Araku Valley, Chompi): high-risk pregnancy record at
    # a primary health centre (Telugu)
    ("ప్రాథమిక ఆరోగ్య కేంద్రం, అరకు లోయ - అధిక ప్రమాద గర్భిణి (HRP) రికార్డు\n"
     "తేదీ: 13-11-2025 | phcarakuvalley@gmail.com\n"
     "\n"
     "పేరు: కిల్లో సుమలత    వయస్సు: 24 సం.    భర్త: కిల్లో రాము (ఫోన్ 94404 18273)\n"
     "అత్త: కిల్లో బుద్ధమ్మ\n"
     "గ్రామం: చొంపి, అరకు లోయ మండలం, అల్లూరి సీతారామ రాజు జిల్లా - 531149\n"
     "MCP కార్డు నం.: AP-ASR-2025-07713    RCH ID: 128004417352    ఆధార్: 8302 5176 4494\n"
     "JSY చెల్లింపు ఖాతా: SBI అరకు శాఖ, ఖాతా నం. 38215540417\n"
     "ANM: కె. వరలక్ష్మి (చొంపి ఉపకేంద్రం)    ASHA: గెమ్మెలి సీత (ఫోన్ 70130 55218)\n"
     "భర్త మాడగడ కాఫీ తోటలో కూలీ.\n"
     "\n"
     "G2 P1 L1. గత ప్రసవం 2022లో సిజేరియన్ (LSCS) - కింగ్ జార్జ్ ఆసుపత్రి (KGH), విశాఖపట్నం.\n"
     "LMP: 02-05-2025    EDD: 06-02-2026 (సంక్రాంతి తర్వాత)    గర్భకాలం: 27+6 వారాలు\n"
     "గత సందర్శన 16-10-2025: BP 138/88 mmHg.\n"
     "\n"
     "పరీక్షలు: BP 150/100 mmHg (4 గంటల తేడాతో రెండుసార్లు), మూత్రంలో ప్రోటీన్ 2+, హిమోగ్లోబిన్ 7.2 గ్రా/డె.లీ, "
     "బరువు 46 కి.గ్రా., గర్భాశయ ఎత్తు 27 సెం.మీ., FHR 142/ని., పాదాల వరకు ఎడిమా. OGTT 75 g: 2 గంటల గ్లూకోజ్ "
     "128 mg/dL. మలేరియా RDT నెగెటివ్.\n"
     "నిర్ధారణ: 1. ప్రీ-ఎక్లాంప్సియా (preeclampsia without severe features) 2. తీవ్రమైన రక్తహీనత 3. గత సిజేరియన్\n"
     "చికిత్స: లాబెటలాల్ 100 మి.గ్రా. రోజుకు 3 సార్లు, ఐరన్ సుక్రోజ్ 200 మి.గ్రా. IV, కాల్షియం 500 మి.గ్రా. రోజుకు "
     "2 సార్లు. Td టీకా 2వ డోసు ఇచ్చాము.\n"
     "రిఫరల్: KGH ప్రసూతి విభాగం యూనిట్-3 (డా. కె. సరోజిని) కి 108 అంబులెన్స్ AP39TV4417 లో పంపాము. డెలివరీ వరకు "
     "పాడేరు గర్భిణి వసతి గృహంలో ఉండాలి. తదుపరి సందర్శన: 27-11-2025.\n"
     "\n"
     "వైద్యాధికారి: డా. బి. హరిప్రియ, MBBS (APMC రిజి. నం. 73519)",
     [("LOCATION", ["అరకు లోయ"]), ("DATE", ["13-11-2025"]), ("EMAIL", ["phcarakuvalley@gmail.com"]),
      ("NAME", ["కిల్లో", "సుమలత"]), ("NAME", ["రాము"]), ("PHONE", ["94404 18273"]), ("NAME", ["బుద్ధమ్మ"]),
      ("LOCATION", ["చొంపి"]), ("LOCATION", ["అల్లూరి సీతారామ రాజు జిల్లా"]), ("POSTCODE", ["531149"]),
      ("ID", ["AP-ASR-2025-07713"]), ("ID", ["128004417352"]), ("ID", ["8302 5176 4494"]), ("ID", ["38215540417"]),
      ("NAME", ["వరలక్ష్మి"]), ("HOSPITAL", ["చొంపి ఉపకేంద్రం"]), ("NAME", ["గెమ్మెలి", "సీత"]),
      ("PHONE", ["70130 55218"]), ("LOCATION", ["మాడగడ"]), ("HOSPITAL", ["కింగ్ జార్జ్ ఆసుపత్రి", "KGH"]),
      ("LOCATION", ["విశాఖపట్నం"]), ("DATE", ["02-05-2025"]), ("DATE", ["06-02-2026"]), ("DATE", ["సంక్రాంతి"]),
      ("DATE", ["16-10-2025"]), ("NAME", ["సరోజిని"]), ("PLATE", ["AP39TV4417"]), ("LOCATION", ["పాడేరు"]),
      ("DATE", ["27-11-2025"]), ("NAME", ["హరిప్రియ"]), ("LICENCE", ["73519"])],
     ["సిజేరియన్ (LSCS)", "27+6 వారాలు", "BP 150/100 mmHg", "మూత్రంలో ప్రోటీన్ 2+", "హిమోగ్లోబిన్ 7.2 గ్రా/డె.లీ",
      "గర్భాశయ ఎత్తు 27 సెం.మీ.", "FHR 142/ని.", "ఎడిమా", "OGTT 75 g", "మలేరియా RDT నెగెటివ్", "ప్రీ-ఎక్లాంప్సియా",
      "preeclampsia without severe features", "తీవ్రమైన రక్తహీనత", "లాబెటలాల్ 100 మి.గ్రా.",
      "ఐరన్ సుక్రోజ్ 200 మి.గ్రా.", "కాల్షియం 500 మి.గ్రా.", "Td టీకా"]),

    # 22 - Montserrat (St John's, Cudjoe Head): anticoagulation clinic INR record with a dosing table, mechanical mitral
    # valve
    ("GOVERNMENT OF MONTSERRAT - Ministry of Health and Social Services\n"
     "Glendon Hospital, St John's - Anticoagulation (Warfarin) Clinic | Tel (664) 491-2836\n"
     "\n"
     "Name: Lloyd Alphonso 'Sonny' TUITT    DOB: 11 Sept 1954 (71)    Hosp. No.: GH 018274    SS No.: MSS 0412866\n"
     "Address: Cudjoe Head, near the Lookout junction | Home (664) 492-3318 | Cell (664) 496-1047\n"
     "Indication: mechanical mitral valve (St Jude Medical 27 mm bileaflet, implanted at the Queen Elizabeth Hospital "
     "in 2014) and AF. Target INR 2.5-3.5.\n"
     "Point-of-care meter: CoaguChek XS, serial UP41829076\n"
     "\n"
     "Date        INR   Dose                                        Comment                              Next\n"
     "02/09/2025  2.9   5 mg daily (35 mg/wk)                       -                                    30/09\n"
     "30/09/2025  1.7   5 mg daily                                  ran out of tablets, missed 3 doses   07/10\n"
     "07/10/2025  2.6   6 mg Mon/Wed/Fri, 5 mg other days (38 mg)   -                                    28/10\n"
     "28/10/2025  4.6   omit 1 dose, then 38 mg/wk                  clarithromycin from Dr Greenaway     04/11\n"
     "                                                              for a chest infection; minor epistaxis\n"
     "04/11/2025  3.1   38 mg/wk                                    -                                    02/12\n"
     "\n"
     "Note 04/11/2025: vitamin K foods reviewed again - callaloo soup every Saturday and goat water at every fete; "
     "advised to keep them steady rather than stop. HAS-BLED 3 (age, labile INR, alcohol). TTR 58% (Rosendaal method) "
     "over 6 months. Simple extraction booked at the dental clinic in Brades: no bridging needed, tranexamic acid 5% "
     "mouthwash. Enoxaparin bridging 1 mg/kg BD would be needed only if warfarin is stopped for surgery - to discuss "
     "with the visiting cardiologist, Dr Marcus O'Garro, at his clinic on 15/01/2026.\n"
     "Reminders also to his daughter Shernelle Tuitt-Riley in Davy Hill (shernelle.tr@gmail.com, WhatsApp "
     "+1 664 496 5580). He flies to Leicester for his granddaughter's wedding after St Patrick's Day; letter given for "
     "an INR check there.\n"
     "\n"
     "Anticoagulation nurse: Ermine Daley-Cassell, RN | Supervising doctor: Dr J. Meade",
     [("HOSPITAL", ["Glendon Hospital"]), ("LOCATION", ["St John's"]), ("PHONE", ["(664) 491-2836"]),
      ("NAME", ["Lloyd", "Alphonso", "Sonny", "TUITT"]), ("DATE", ["11 Sept 1954"]), ("MRN", ["GH 018274"]),
      ("ID", ["MSS 0412866"]), ("LOCATION", ["Cudjoe Head"]), ("LOCATION", ["Lookout"]), ("PHONE", ["(664) 492-3318"]),
      ("PHONE", ["(664) 496-1047"]), ("HOSPITAL", ["Queen Elizabeth Hospital"]), ("SERIAL", ["UP41829076"]),
      ("DATE", ["02/09/2025"]), ("DATE", ["30/09/2025", "30/09"]), ("DATE", ["07/10/2025", "07/10"]),
      ("DATE", ["28/10/2025", "28/10"]), ("DATE", ["04/11/2025", "04/11"]), ("DATE", ["02/12"]),
      ("NAME", ["Greenaway"]), ("LOCATION", ["Brades"]), ("NAME", ["Marcus", "O'Garro"]), ("DATE", ["15/01/2026"]),
      ("NAME", ["Shernelle", "Tuitt-Riley"]), ("LOCATION", ["Davy Hill"]), ("EMAIL", ["shernelle.tr@gmail.com"]),
      ("PHONE", ["+1 664 496 5580"]), ("LOCATION", ["Leicester"]), ("DATE", ["St Patrick's Day"]),
      ("NAME", ["Ermine", "Daley-Cassell"]), ("NAME", ["Meade"])],
     ["mechanical mitral valve", "St Jude Medical 27 mm bileaflet", "Target INR 2.5-3.5", "CoaguChek XS",
      "6 mg Mon/Wed/Fri", "clarithromycin", "chest infection", "minor epistaxis", "vitamin K foods", "HAS-BLED 3",
      "labile INR", "TTR 58% (Rosendaal method)", "Simple extraction", "tranexamic acid 5% mouthwash",
      "Enoxaparin bridging 1 mg/kg BD"]),

    # 23 - India, Odisha (Koraput, Semiliguda): medico-legal injury report after an axe assault (Odia)
    ("ସହିଦ ଲକ୍ଷ୍ମଣ ନାୟକ ମେଡିକାଲ କଲେଜ ଓ ହସପିଟାଲ, କୋରାପୁଟ - FMT ବିଭାଗ | fmt.slnmch@gmail.com\n"
     "ଆଘାତ ରିପୋର୍ଟ (ମେଡିକୋ-ଲିଗାଲ) / INJURY REPORT\n"
     "MLC ନଂ: 2025/1147    OPD ରେଜି. ନଂ: SLN-25-284417\n"
     "ପୋଲିସ ରିକ୍ୱିଜିସନ: ସେମିଳିଗୁଡ଼ା ଥାନା, ନଂ 417/2025, ତା ୧୨.୧୧.୨୦୨୫\n"
     "ଆଣିଥିବା ପୋଲିସ: ହାବିଲଦାର ବିଜୟ କୁମାର ସାହୁ, ବ୍ୟାଜ ନଂ KPT-2291\n"
     "\n"
     "ଆହତଙ୍କ ନାମ: ଶ୍ରୀ ସୁରେନ୍ଦ୍ର ଖରା (Surendra Khara), ପିତା: ଶ୍ରୀ ଗୁରୁ ଖରା\n"
     "ବୟସ: ପ୍ରାୟ ୩୫ ବର୍ଷ, ପୁରୁଷ\n"
     "ଠିକଣା: ଗ୍ରାମ ଡୁମୁରିପୁଟ, ଥାନା ସେମିଳିଗୁଡ଼ା, ଜିଲ୍ଲା କୋରାପୁଟ - 764036\n"
     "ମୋବାଇଲ: 94371 52608 | ଆଧାର: 5618 3029 9475 | BSKY କାର୍ଡ: 2109-4417-8826\n"
     "ବୃତ୍ତି: ଦାମନଜୋଡ଼ି ରେ ଠିକା ଶ୍ରମିକ\n"
     "ଆଣିଥିବା ସମ୍ପର୍କୀୟ: ଭାଇ ଦାମୋଦର ଖରା (ମୋ. 78945 10327), 108 ଆମ୍ବୁଲାନ୍ସ OD-10-G-4417 ରେ\n"
     "ପ୍ରାଥମିକ ଚିକିତ୍ସା: ସେମିଳିଗୁଡ଼ା CHC (ଡା. ଅଭିଷେକ ପାଢ଼ୀ)\n"
     "ପରୀକ୍ଷା ତାରିଖ ଓ ସମୟ: ୧୨.୧୧.୨୦୨୫, ରାତି ୯:୪୫\n"
     "\n"
     "ଇତିହାସ (ଆହତଙ୍କ କହିବା ଅନୁଯାୟୀ): ସନ୍ଧ୍ୟା ପ୍ରାୟ ୭ଟାରେ ଡୁମୁରିପୁଟ ହାଟରେ ଜମି ବିବାଦକୁ ନେଇ ଶ୍ରୀ ମଙ୍ଗଳା ଗଦବା ଟାଙ୍ଗିଆରେ "
     "ଆକ୍ରମଣ "
     "କରିଥିଲେ। ନୂଆଖାଇ ଦିନ ପ୍ରଥମେ ଝଗଡ଼ା ହୋଇଥିଲା।\n"
     "ଚେତନା: ସଚେତନ, GCS E4V5M6, ମଦ୍ୟପାନର ଗନ୍ଧ ନାହିଁ।\n"
     "\n"
     "ଆଘାତ:\n"
     "1. Incised wound 6 cm x 1 cm x bone deep over left parietal region of scalp, margins clean-cut, fresh bleeding - "
     "caused by a sharp heavy weapon.\n"
     "2. Lacerated wound 3 cm x 0.5 cm x muscle deep over dorsum of right forearm.\n"
     "3. Abrasion 4 cm x 2 cm over left knee, reddish.\n"
     "4. Contusion 5 cm x 3 cm over back of right shoulder, reddish-blue.\n"
     "ଅନୁସନ୍ଧାନ: CT scan head (୧୩.୧୧.୨୦୨୫): undisplaced linear fracture of left parietal bone, no extradural "
     "haematoma. X-ray right forearm: no fracture.\n"
     "ଚିକିତ୍ସା: ଘା ସଫା କରି 2-0 Ethilon ରେ ସିଲାଇ; Inj. TT 0.5 mL IM; cefuroxime 750 mg IV; diclofenac 75 mg IM।\n"
     "ମତାମତ: ଆଘାତ 1 - grievous (fracture of skull bone on CT); ଆଘାତ 2, 3, 4 - simple। ଆଘାତର ବୟସ ୬ ଘଣ୍ଟା ଭିତରେ। "
     "ଆଘାତ 1, 2 - ଧାରୁଆ ଅସ୍ତ୍ର; ଆଘାତ 3, 4 - ଭୋଥା ଅସ୍ତ୍ର।\n"
     "\n"
     "ଚିକିତ୍ସକ: ଡା. ପ୍ରିୟଦର୍ଶିନୀ ମହାପାତ୍ର, ଆସିଷ୍ଟାଣ୍ଟ ପ୍ରଫେସର, FMT (OMC ରେଜି. ନଂ 17382)\n"
     "ସାକ୍ଷୀ: ଷ୍ଟାଫ ନର୍ସ ସୁଜାତା ହିଁକା\n"
     "ରିପୋର୍ଟ ପୋଲିସକୁ ହସ୍ତାନ୍ତର: ୧୪.୧୧.୨୦୨୫, କୋରାପୁଟ",
     [("HOSPITAL", ["ସହିଦ ଲକ୍ଷ୍ମଣ ନାୟକ"]), ("LOCATION", ["କୋରାପୁଟ"]), ("EMAIL", ["fmt.slnmch@gmail.com"]),
      ("ID", ["2025/1147"]), ("MRN", ["SLN-25-284417"]), ("LOCATION", ["ସେମିଳିଗୁଡ଼ା"]), ("ID", ["417/2025"]),
      ("DATE", ["୧୨.୧୧.୨୦୨୫"]), ("NAME", ["ବିଜୟ କୁମାର", "ସାହୁ"]), ("ID", ["KPT-2291"]),
      ("NAME", ["ସୁରେନ୍ଦ୍ର", "ଖରା", "Surendra", "Khara"]), ("NAME", ["ଗୁରୁ"]), ("LOCATION", ["ଡୁମୁରିପୁଟ"]),
      ("POSTCODE", ["764036"]), ("PHONE", ["94371 52608"]), ("ID", ["5618 3029 9475"]), ("ID", ["2109-4417-8826"]),
      ("LOCATION", ["ଦାମନଜୋଡ଼ି"]), ("NAME", ["ଦାମୋଦର"]), ("PHONE", ["78945 10327"]), ("PLATE", ["OD-10-G-4417"]),
      ("HOSPITAL", ["ସେମିଳିଗୁଡ଼ା CHC"]), ("NAME", ["ଅଭିଷେକ", "ପାଢ଼ୀ"]), ("NAME", ["ମଙ୍ଗଳା", "ଗଦବା"]),
      ("DATE", ["ନୂଆଖାଇ"]), ("DATE", ["୧୩.୧୧.୨୦୨୫"]), ("NAME", ["ପ୍ରିୟଦର୍ଶିନୀ", "ମହାପାତ୍ର"]), ("LICENCE", ["17382"]),
      ("NAME", ["ସୁଜାତା", "ହିଁକା"]), ("DATE", ["୧୪.୧୧.୨୦୨୫"])],
     ["Incised wound 6 cm x 1 cm x bone deep", "left parietal region", "sharp heavy weapon",
      "Lacerated wound 3 cm x 0.5 cm x muscle deep", "Abrasion 4 cm x 2 cm", "Contusion 5 cm x 3 cm", "GCS E4V5M6",
      "CT scan head", "undisplaced linear fracture of left parietal bone", "extradural haematoma",
      "X-ray right forearm", "2-0 Ethilon", "Inj. TT 0.5 mL IM", "cefuroxime 750 mg IV", "diclofenac 75 mg IM",
      "ଧାରୁଆ ଅସ୍ତ୍ର", "ଭୋଥା ଅସ୍ତ୍ର"]),
]
