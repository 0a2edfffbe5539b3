"""Notes 12-23 of the forty-eighth HELD-OUT set (see :mod:`deid_notes_heldout48` for how it was written and what it
holds).

These 12 notes hold 394 planted identifier parts in 330 (kind, parts) entries and 178 clinical strings. Positions below
are those in the combined ``NOTES``:
12, USA, Wisconsin, Door County (Egg Harbor, Ephraim, Sister Bay, Sturgeon Bay; Green Bay): an allergy and immunology
consultation after anaphylaxis to a yellow jacket sting, with a health plan ID, an orchard as workplace, the Fourth of
July, a rescue squad, a state licence and an NPI;
13, India, Chhattisgarh, Bastar (Tokapal, Bade Marenga, Jagdalpur): a consent form and checklist for female
sterilisation at a fixed-day camp (Hindi), with Devanagari digits in dates, Aadhaar number, mobile number and PIN code,
Diwali, a registration number, a mitanin (community health worker) whose surname is an everyday word and her number, a
bank account and IFSC code, a hospital named after a queen and a medical council number;
14, Alderney (St Anne, Braye; Southampton; Guernsey): a medical information form (MEDIF) on fitness to fly for a woman
aged 91 travelling for a TAVI assessment, with flight numbers, a social security number, a house name, postcodes, a
key-safe code, Alderney Week and Milk-a-Punch Sunday, hospitals named after people and a GMC number;
15, India, Maharashtra, Ratnagiri (Anjarle, Harnai, Dapoli; Mumbai): a primary health centre inpatient case paper for a
red scorpion sting in a child (Marathi), with Devanagari digits in dates and the PIN code, an ABHA number, a fishing
boat's name and registration, an ambulance plate, a village school, Pitru Paksha and an MMC registration;
16, USA, South Carolina, Beaufort County (St. Helena Island, Frogmore, Beaufort; North Charleston): a renal biopsy
pathology report of lupus nephritis, with a CLIA number, an accession, a Medicaid ID, an oyster company as workplace, a
state licence and an NPI;
17, Nepal, Karnali, Jumla (Tatopani, Hima, Chhumchaur; Bangalore): a uterine prolapse screening camp record with a
referral for surgery (Nepali), with Bikram Sambat dates in Devanagari digits (a birth date among them), a ward number,
citizenship certificate and health insurance numbers, Dashain, a surname that is an everyday word, a female community
health volunteer and a Nepal Medical Council number;
18, Saint Lucia (Vieux Fort, Micoud, La Pointe, Laborie, Belle Vue, Soufrière; Castries; Martinique): minutes of a
breast multidisciplinary team meeting on two patients, with an attendance list, a video link URL, hospital and NIC
numbers, La Rose and Jounen Kwéyòl, and an e-mail address;
19, Afghanistan, Nangarhar (Behsud, Samarkhel, Surkh Rod): a blood bank request and crossmatch form for postpartum
haemorrhage with family replacement donors (Pashto), with a Solar Hijri date with a Pashto month name beside the
Gregorian one, Eastern Arabic-Indic digits, a registration number, electronic tazkira numbers, blood bag numbers, an
ambulance plate and a medical council licence;
20, Northern Mariana Islands (Rota: Songsong, Sinapalo; Saipan: Garapan): an eConsult from an outer-island health centre
to internal medicine for eosinophilic meningitis after eating raw snails, with an eConsult ID, a telehealth URL, a
private IPv4 address, a Medicaid number, a nickname that is an everyday word, a café as workplace, a village fiesta, an
aircraft registration and licence numbers;
21, Uzbekistan, Fergana region (Margilan, Quvasoy; Fergana): a medical certificate form 086/u for university admission
(Uzbek), with a patronymic with qizi, a street named after a person, a mahalla (MFY) address, an ID card and a PINFL
(JShShIR), a Telegram handle, Qurbon hayiti, a mother's name that is an everyday word, a university, a fluorography
number and a licence number;
22, India, Nagaland (Kohima; Mon district, Longwa), in English: an Ayushman Bharat PM-JAY pre-authorisation request for
balloon mitral valvotomy, with pre-authorisation, hospital, PM-JAY, Aadhaar, ABHA and ration card numbers, a colony, the
Hornbill Festival, a district whose name is a weekday abbreviation and a state medical council number;
23, Eritrea, Debub (Mendefera, Adi Quala, Segheneyti, Mai Mine; Adi Keyh; Asmara): a night-to-day nursing handover for
four patients, one aged 92 (Tigrinya), with Tigrinya month names, Meskel, a birth year, card numbers, dotted initials in
Ge'ez script and phone numbers.

Entries per kind here: NAME 70, LOCATION 58, DATE 52, ID 36, HOSPITAL 33, PHONE 19, MRN 12, ADDRESS 11, LICENCE 11,
POSTCODE 11, EMAIL 4, PLATE 4, AGE 2, DOB90 2, URL 2, CODE 1, HANDLE 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - USA, Wisconsin (Door County: Egg Harbor, Ephraim, Sister Bay, Sturgeon Bay; Green Bay): allergy and
    # immunology consultation after anaphylaxis to a yellow jacket sting
    ("Bayshore Allergy & Asthma Associates\n"
     "2211 Lineville Road, Suite 104, Green Bay WI 54313 | Phone 920-555-0137 | Fax 920-555-0138\n"
     "ALLERGY & IMMUNOLOGY CONSULTATION\n"
     "Date of service: September 3, 2025\n"
     "Patient: Lars Gunnlaugsson-Pelnar | 52 y/o M | DOB 11/08/1972 | MRN 00731846 | Security Health Plan ID "
     "71840293-01\n"
     "Address: 4417 Cherry Lane, Egg Harbor WI 54209\n"
     "Referred by: Kirsten Ahlgrim-Rousseau, PA-C, Northern Door Family Practice, Sister Bay\n"
     "Reason for referral: anaphylaxis after a Hymenoptera sting.\n"
     "HPI: Manager at Peninsula Red Tart Orchards outside Ephraim. On the Fourth of July, in the middle of the cherry "
     "harvest, he was stung on the neck by what he is sure was a yellow jacket (ground nest between the rows). Within "
     "10 minutes: generalized hives, throat tightness, lightheadedness, then collapse in the packing shed. A co-worker, "
     "Maribel Ocampo-Reyes, used the orchard's first-aid epinephrine auto-injector; Liberty Grove Rescue found BP 68/40 "
     "and gave a second dose of IM epinephrine before taking him to Door County Medical Center, Sturgeon Bay. Serum "
     "tryptase at 2 h: 31.6 ng/mL. Kept overnight. Mueller grade IV reaction. Before this, only large local reactions.\n"
     "Medications: metoprolol succinate 50 mg daily (hypertension, PVCs), rosuvastatin 10 mg. No ACE inhibitor.\n"
     "Testing today (antihistamines held 7 days): skin prick to venoms negative; intradermal yellow jacket venom "
     "positive at 0.01 mcg/mL, wasp venom positive at 0.1 mcg/mL, honey bee and white-faced hornet negative. Serum "
     "specific IgE: yellow jacket venom 8.9 kUA/L, rVes v 5 positive, rApi m 1 negative. Baseline serum tryptase "
     "14.2 ng/mL (raised).\n"
     "Assessment: 1. Systemic reaction to vespid venom - candidate for venom immunotherapy. 2. Raised baseline tryptase "
     "after a severe sting reaction - screen for clonal mast cell disease: peripheral blood KIT D816V by ddPCR; REMA "
     "score 3. 3. Beta-blocker - will ask cardiology whether metoprolol can be changed before the build-up.\n"
     "Plan: mixed vespid venom immunotherapy, rush protocol in clinic on 09/17/2025, then maintenance 100 mcg monthly "
     "for at least 5 years (lifelong if a clonal mast cell disorder is confirmed). Two EpiPen 0.3 mg auto-injectors to "
     "carry at all times in orchard season; medical alert bracelet; letter for his employer.\n"
     "cc: Dr. Tobias Hakkarainen, Green Bay Heart Specialists\n"
     "Annaliese VandenHeuvel, MD, FAAAAI | WI license 61473-20 | NPI 1762045189",
     [("HOSPITAL", ["Bayshore Allergy & Asthma Associates"]), ("ADDRESS", ["2211 Lineville Road", "Suite 104"]),
      ("LOCATION", ["Green Bay"]), ("POSTCODE", ["54313"]), ("PHONE", ["920-555-0137"]), ("PHONE", ["920-555-0138"]),
      ("DATE", ["September 3, 2025"]), ("NAME", ["Lars", "Gunnlaugsson-Pelnar"]), ("DATE", ["11/08/1972"]),
      ("MRN", ["00731846"]), ("ID", ["71840293-01"]), ("ADDRESS", ["4417 Cherry Lane"]), ("LOCATION", ["Egg Harbor"]),
      ("POSTCODE", ["54209"]), ("NAME", ["Kirsten", "Ahlgrim-Rousseau"]),
      ("HOSPITAL", ["Northern Door Family Practice"]), ("LOCATION", ["Sister Bay"]),
      ("LOCATION", ["Peninsula Red Tart Orchards"]), ("LOCATION", ["Ephraim"]), ("DATE", ["Fourth of July"]),
      ("NAME", ["Maribel", "Ocampo-Reyes"]), ("LOCATION", ["Liberty Grove Rescue"]),
      ("HOSPITAL", ["Door County Medical Center"]), ("LOCATION", ["Sturgeon Bay"]), ("DATE", ["09/17/2025"]),
      ("NAME", ["Tobias", "Hakkarainen"]), ("HOSPITAL", ["Green Bay Heart Specialists"]),
      ("NAME", ["Annaliese", "VandenHeuvel"]), ("LICENCE", ["61473-20"]), ("ID", ["1762045189"])],
     ["Hymenoptera sting", "generalized hives", "Serum tryptase at 2 h: 31.6 ng/mL", "Mueller grade IV",
      "metoprolol succinate 50 mg", "rosuvastatin 10 mg", "intradermal yellow jacket venom positive at 0.01 mcg/mL",
      "yellow jacket venom 8.9 kUA/L", "rVes v 5", "Baseline serum tryptase 14.2 ng/mL", "KIT D816V", "REMA score 3",
      "mixed vespid venom immunotherapy", "maintenance 100 mcg monthly", "EpiPen 0.3 mg"]),

    # 13 - India, Chhattisgarh (Bastar: Tokapal, Bade Marenga): consent form and checklist for female sterilisation at
    # a fixed-day camp (Hindi, Devanagari digits in dates)
    ("छत्तीसगढ़ शासन – स्वास्थ्य एवं परिवार कल्याण विभाग\n"
     "सामुदायिक स्वास्थ्य केंद्र तोकापाल, जिला बस्तर – नियत दिवस नसबंदी शिविर\n"
     "महिला नसबंदी हेतु सहमति पत्र एवं जाँच सूची\n"
     "शिविर दिनांक: १४ नवम्बर २०२५ (दीपावली के बाद का पहला शिविर)   पंजीयन क्रमांक: TKP/FST/२०२५/०४१८\n"
     "लाभार्थी का नाम: श्रीमती सुकमती कश्यप   पति का नाम: श्री बुधराम कश्यप\n"
     "आयु: २९ वर्ष   पति की आयु: ३४ वर्ष\n"
     "पता: ग्राम बड़े मारेंगा, ग्राम पंचायत मारेंगा, विकासखंड तोकापाल, जिला बस्तर, छत्तीसगढ़ – पिन ४९४४४२\n"
     "आधार क्रमांक: ४१२७ ३०९८ ५५६२   मोबाइल: ९४०६१ ८२७३०\n"
     "जीवित बच्चे: ३ (२ पुत्र, १ पुत्री); सबसे छोटे बच्चे की आयु: १४ माह   अंतिम मासिक: २८ अक्टूबर २०२५\n"
     "प्रेरक: मितानिन श्रीमती जयमनी नाग (मितानिन क्र. ०७३), ग्राम बड़े मारेंगा\n"
     "जाँच: वजन ४६ कि.ग्रा., बीपी ११०/७० mmHg, हीमोग्लोबिन 10.8 ग्राम/डीएल, मूत्र गर्भावस्था परीक्षण नकारात्मक, "
     "सिकल सेल सॉल्युबिलिटी परीक्षण नकारात्मक, मलेरिया RDT नकारात्मक। पेट का पहले कोई ऑपरेशन नहीं।\n"
     "शल्य प्रक्रिया: लैप्रोस्कोपिक ट्यूबेक्टॉमी (फैलोप रिंग) – स्थानीय निश्चेतना (लिग्नोकेन 1%) एवं हल्की बेहोशी की दवा।\n"
     "सहमति: मैं घोषणा करती हूँ कि मुझे बताया गया है कि यह स्थायी विधि है, इसके बाद संतान नहीं होगी, असफलता की दर लगभग 0.5% "
     "है, और मैं चाहूँ तो ऑपरेशन से पहले किसी भी समय मना कर सकती हूँ। मैं बिना किसी दबाव या लालच के अपनी इच्छा से सहमति देती हूँ। "
     "परिवार नियोजन क्षतिपूर्ति राशि मेरे खाते में आएगी।\n"
     "लाभार्थी का अंगूठा निशान: [अंगूठा]   गवाह: श्री बुधराम कश्यप (पति)\n"
     "भुगतान हेतु बैंक खाता: छत्तीसगढ़ राज्य ग्रामीण बैंक, खाता क्र. 37190418225, IFSC CGGB0000418\n"
     "शल्य चिकित्सक: डॉ. अनुराधा ठाकुर (छ.ग. मेडिकल काउंसिल पंजीयन क्र. CGMC-7713), चलित शल्य दल, महारानी अस्पताल जगदलपुर\n"
     "छुट्टी: शाम ५ बजे; दर्द हेतु पैरासिटामोल 500 mg; टाँके ७ दिन बाद उप स्वास्थ्य केंद्र मारेंगा में खुलेंगे। अगली जाँच: "
     "२१ नवम्बर २०२५",
     [("HOSPITAL", ["सामुदायिक स्वास्थ्य केंद्र तोकापाल"]), ("LOCATION", ["तोकापाल"]), ("LOCATION", ["बस्तर"]),
      ("DATE", ["१४ नवम्बर २०२५"]), ("DATE", ["दीपावली"]), ("ID", ["TKP/FST/२०२५/०४१८"]), ("NAME", ["सुकमती", "कश्यप"]),
      ("NAME", ["बुधराम"]), ("LOCATION", ["बड़े मारेंगा"]), ("LOCATION", ["मारेंगा"]), ("POSTCODE", ["४९४४४२"]),
      ("ID", ["४१२७ ३०९८ ५५६२"]), ("PHONE", ["९४०६१ ८२७३०"]), ("DATE", ["२८ अक्टूबर २०२५"]), ("NAME", ["जयमनी", "नाग"]),
      ("ID", ["०७३"]), ("ID", ["37190418225"]), ("ID", ["CGGB0000418"]), ("NAME", ["अनुराधा", "ठाकुर"]),
      ("LICENCE", ["CGMC-7713"]), ("HOSPITAL", ["महारानी अस्पताल"]), ("LOCATION", ["जगदलपुर"]), ("HOSPITAL", ["उप स्वास्थ्य केंद्र मारेंगा"]), ("DATE", ["२१ नवम्बर २०२५"])],
     ["महिला नसबंदी", "बीपी ११०/७० mmHg", "हीमोग्लोबिन 10.8 ग्राम/डीएल", "मूत्र गर्भावस्था परीक्षण नकारात्मक",
      "सिकल सेल सॉल्युबिलिटी परीक्षण नकारात्मक", "मलेरिया RDT नकारात्मक", "लैप्रोस्कोपिक ट्यूबेक्टॉमी (फैलोप रिंग)",
      "लिग्नोकेन 1%", "असफलता की दर लगभग 0.5%", "पैरासिटामोल 500 mg", "२९ वर्ष"]),

    # 14 - Alderney, Channel Islands (St Anne, Braye; Southampton; Guernsey): medical information form (MEDIF) on
    # fitness to fly for a woman aged 91 travelling for a TAVI assessment
    ("Victoria Street Surgery\n"
     "14 Victoria Street, St Anne, Alderney GY9 3UF | Tel 01481 822417 | Fax 01481 822418\n"
     "MEDICAL INFORMATION FORM (MEDIF) - Part 2, to be completed by the attending physician\n"
     "Airline: Aurigny | Flight GR 0634 Alderney - Southampton | Date of travel: Tuesday 18 November 2025 | Return "
     "GR 0637 on 21 November 2025\n"
     "Passenger: Mrs Ottilie Mary HERIVEL | DOB 12/02/1934 | age 91 | Social Security No. GY507214 | Practice no. "
     "VSS-00917\n"
     "Address: La Petite Maison, Le Huret, St Anne GY9 3TR\n"
     "Escort: her daughter, Mrs Perrine Le Cocq-Herivel, who lives in Braye (mobile 07781 418273); key safe by the back door, code 3619\n"
     "Reason for travel: outpatient assessment for TAVI at the Wessex Cardiac Centre, Southampton General Hospital, "
     "with Mr Rajan Sethuraman-Blake.\n"
     "Diagnosis: severe aortic stenosis - AVA 0.7 cm², mean gradient 46 mmHg, LVEF 55% on the echo at the Mignot "
     "Memorial Hospital on 23/10/2025. Paroxysmal AF. CKD 3a.\n"
     "Medication: edoxaban 30 mg OD, bisoprolol 3.75 mg OD, furosemide 20 mg OM.\n"
     "Functional state: walks 50 m on the flat with a stick, breathless on the slope up from the harbour - NYHA class "
     "II–III. No angina. One faint, at the Alderney Week cavalcade in August 2024, none since.\n"
     "Oxygen: SpO2 96% on air at rest; no in-flight oxygen needed, hypoxic challenge not required.\n"
     "Mobility: WCHS - wheelchair to the aircraft steps; can climb the steps slowly with help.\n"
     "Fit to travel: YES, with escort. Not infectious. Clearance valid for the outward and return flights.\n"
     "Other history: widowed 1998; left hip replacement 2011 at the Princess Elizabeth Hospital, Guernsey. Still "
     "helps at the church stall every Milk-a-Punch Sunday.\n"
     "Attending physician: Dr Gwenllian Ozanne-Batiste, GP | GMC 6147382 | ozanne.b@vss-alderney.gg",
     [("HOSPITAL", ["Victoria Street Surgery"]), ("ADDRESS", ["14 Victoria Street"]), ("LOCATION", ["St Anne"]),
      ("LOCATION", ["Alderney"]), ("POSTCODE", ["GY9 3UF"]), ("PHONE", ["01481 822417"]), ("PHONE", ["01481 822418"]),
      ("ID", ["GR 0634"]), ("LOCATION", ["Southampton"]), ("DATE", ["Tuesday 18 November 2025"]), ("ID", ["GR 0637"]),
      ("DATE", ["21 November 2025"]), ("NAME", ["Ottilie", "Mary", "HERIVEL"]), ("DOB90", ["12/02/1934"]),
      ("AGE", ["age 91"]), ("ID", ["GY507214"]), ("MRN", ["VSS-00917"]), ("ADDRESS", ["La Petite Maison", "Le Huret"]),
      ("POSTCODE", ["GY9 3TR"]), ("NAME", ["Perrine", "Le Cocq-Herivel"]), ("CODE", ["3619"]), ("LOCATION", ["Braye"]),
      ("PHONE", ["07781 418273"]), ("HOSPITAL", ["Wessex Cardiac Centre"]),
      ("HOSPITAL", ["Southampton General Hospital"]), ("NAME", ["Rajan", "Sethuraman-Blake"]),
      ("HOSPITAL", ["Mignot Memorial Hospital"]), ("DATE", ["23/10/2025"]), ("DATE", ["Alderney Week"]),
      ("DATE", ["August 2024"]), ("DATE", ["1998"]), ("DATE", ["2011"]), ("HOSPITAL", ["Princess Elizabeth Hospital"]),
      ("LOCATION", ["Guernsey"]), ("DATE", ["Milk-a-Punch Sunday"]), ("NAME", ["Gwenllian", "Ozanne-Batiste"]),
      ("LICENCE", ["6147382"]), ("EMAIL", ["ozanne.b@vss-alderney.gg"])],
     ["MEDIF", "TAVI", "severe aortic stenosis", "AVA 0.7 cm²", "mean gradient 46 mmHg", "LVEF 55%", "Paroxysmal AF",
      "CKD 3a", "edoxaban 30 mg OD", "bisoprolol 3.75 mg OD", "furosemide 20 mg OM", "NYHA class II–III",
      "SpO2 96% on air", "hypoxic challenge not required", "WCHS", "left hip replacement"]),

    # 15 - India, Maharashtra (Ratnagiri: Anjarle, Harnai, Dapoli): primary health centre inpatient case paper, red
    # scorpion sting in a child (Marathi, Devanagari digits in dates)
    ("प्राथमिक आरोग्य केंद्र आंजर्ले, ता. दापोली, जि. रत्नागिरी\n"
     "आंतररुग्ण केस पेपर   आं.रु. क्र. ४१८/२५   दिनांक: १८ सप्टेंबर २०२५, रात्री २:४०\n"
     "रुग्णाचे नाव: कु. गौरी संतोष पवार   वय: ९ वर्षे   लिंग: स्त्री   वजन: 24 kg\n"
     "पत्ता: मु. पो. हर्णे, कोळीवाडा, ता. दापोली, जि. रत्नागिरी – ४१५७१२\n"
     "शाळा: जिल्हा परिषद शाळा हर्णे क्र. १, इयत्ता चौथी   आई: सौ. सुनंदा पवार\n"
     "पालक: वडील श्री. संतोष रामचंद्र पवार (मच्छीमार, बोट 'जय मल्हार', नोंदणी IND-MH-4-MM-2187), मो. ९८२२० ४१७६३\n"
     "आभा क्र. (ABHA): 91-4172-3308-5526\n"
     "तक्रार: रात्री १:३० वाजता झोपेत असताना घराच्या कौलांतून पडलेल्या लाल विंचवाने उजव्या पायाच्या अंगठ्याला दंश केला. दंशाच्या "
     "जागी तीव्र वेदना, नंतर घाम, उलट्या, हात-पाय थंड. पितृपक्षासाठी मुंबईहून आलेले काका श्री. दत्ता पवार यांनी विंचू पकडून "
     "बाटलीत आणला.\n"
     "तपासणी: नाडी १४८/मिनिट, BP 150/100 mmHg, श्वसन ३२/मिनिट, SpO2 93%, तापमान 36.2°C. हात-पाय थंड व घामेजलेले, तोंडातून "
     "लाळ गळते, फुफ्फुसात क्रेपिटेशन्स नाहीत.\n"
     "निदान: लाल विंचू दंश (Mesobuthus tamulus) – स्वायत्त वादळ (autonomic storm)\n"
     "उपचार: प्राझोसिन 0.5 mg (30 mcg/kg) तोंडावाटे, दर ३ तासांनी; स्कॉर्पियन अँटिव्हेनम 3 व्हायल IV; दंशाच्या जागी बर्फ.\n"
     "पहाटे ५:१० वा. BP 96/60 mmHg पर्यंत खाली आला – पाय उंच करून NS 20 mL/kg दिले, त्यानंतर सुधारणा.\n"
     "ECG: sinus tachycardia, ST बदल नाहीत.\n"
     "सकाळी ८ वाजता पुढील उपचारासाठी उपजिल्हा रुग्णालय दापोली येथे १०८ रुग्णवाहिकेतून (MH-08-AP-4172) संदर्भित.\n"
     "वैद्यकीय अधिकारी: डॉ. प्राजक्ता केळकर, MBBS | MMC नोंदणी क्र. 2019/04/1873",
     [("HOSPITAL", ["प्राथमिक आरोग्य केंद्र आंजर्ले"]), ("LOCATION", ["दापोली"]), ("LOCATION", ["रत्नागिरी"]),
      ("MRN", ["४१८/२५"]), ("DATE", ["१८ सप्टेंबर २०२५"]), ("NAME", ["गौरी", "संतोष", "पवार"]), ("LOCATION", ["हर्णे"]),
      ("ADDRESS", ["कोळीवाडा"]), ("LOCATION", ["जिल्हा परिषद शाळा हर्णे क्र. १"]), ("NAME", ["सुनंदा"]), ("POSTCODE", ["४१५७१२"]), ("NAME", ["रामचंद्र"]), ("LOCATION", ["जय मल्हार"]),
      ("PLATE", ["IND-MH-4-MM-2187"]), ("PHONE", ["९८२२० ४१७६३"]), ("ID", ["91-4172-3308-5526"]),
      ("DATE", ["पितृपक्ष"]), ("LOCATION", ["मुंबई"]), ("NAME", ["दत्ता"]), ("HOSPITAL", ["उपजिल्हा रुग्णालय दापोली"]),
      ("PLATE", ["MH-08-AP-4172"]), ("NAME", ["प्राजक्ता", "केळकर"]), ("LICENCE", ["2019/04/1873"])],
     ["९ वर्षे", "वजन: 24 kg", "नाडी १४८/मिनिट", "BP 150/100 mmHg", "SpO2 93%", "हात-पाय थंड व घामेजलेले", "लाल विंचू दंश",
      "Mesobuthus tamulus", "स्वायत्त वादळ (autonomic storm)", "प्राझोसिन 0.5 mg", "30 mcg/kg", "स्कॉर्पियन अँटिव्हेनम",
      "BP 96/60 mmHg", "NS 20 mL/kg", "sinus tachycardia"]),

    # 16 - USA, South Carolina (Beaufort County: St. Helena Island, Frogmore, Beaufort; North Charleston): renal biopsy
    # pathology report, lupus nephritis
    ("PALMETTO NEPHROPATHOLOGY LABORATORY\n"
     "4080 Faber Place Drive, Suite 300, North Charleston, SC 29405 | (843) 555-0126 | CLIA 42D2087413\n"
     "RENAL BIOPSY REPORT - FINAL\n"
     "Accession: RP25-01847 | Collected: 08/19/2025 | Received: 08/19/2025 | Final: 08/22/2025\n"
     "Patient: RIVERS-CHISOLM, Deja M. | 31 F | DOB 02/27/1994 | MRN BMH-4471902 | SC Medicaid (Healthy Connections) "
     "3184470291\n"
     "Address: 23 Lands End Road, St. Helena Island, SC 29920 | Employer: Coosaw River Oyster Co., Frogmore\n"
     "Submitting physician: Ayodele Funderburk-Sams, MD, Sea Islands Nephrology, Beaufort | Biopsy performed at "
     "Beaufort Memorial Hospital, interventional radiology (Dr. Wendell Pinckney-Ravenel)\n"
     "Clinical history: SLE diagnosed in 2021 (malar rash, arthritis, ANA 1:1280), now new nephrotic-range proteinuria "
     "with an active sediment. UPCR 3.6 g/g, creatinine 1.4 mg/dL, anti-dsDNA 412 IU/mL, C3 48 mg/dL, C4 6 mg/dL. On "
     "hydroxychloroquine 200 mg BID.\n"
     "Specimen: two 16-gauge cores for light microscopy, immunofluorescence and electron microscopy.\n"
     "Light microscopy: 24 glomeruli, 2 globally sclerosed. Diffuse endocapillary hypercellularity, wire loop lesions, "
     "cellular crescents in 6, fibrinoid necrosis in 2. Interstitial fibrosis and tubular atrophy about 10%. "
     "Arterioles unremarkable.\n"
     "Immunofluorescence: full house pattern - IgG 3+, IgA 2+, IgM 2+, C3 3+, C1q 3+, granular mesangial and "
     "capillary wall staining.\n"
     "Electron microscopy: large subendothelial and mesangial deposits, scattered subepithelial deposits, "
     "tubuloreticular inclusions in endothelial cells; foot process effacement about 60%.\n"
     "DIAGNOSIS: LUPUS NEPHRITIS, ISN/RPS class IV-G (A) + V. Activity index 11/24; chronicity index 2/12.\n"
     "Comment: discussed with Dr. Funderburk-Sams by phone 08/22/2025 at 4:10 PM; induction with mycophenolate "
     "mofetil and steroids is planned.\n"
     "Electronically signed: Marisa Quattlebaum-Deas, MD, Nephropathologist | SC license MD-48273 | NPI 1482736596",
     [("HOSPITAL", ["PALMETTO NEPHROPATHOLOGY LABORATORY"]), ("ADDRESS", ["4080 Faber Place Drive", "Suite 300"]),
      ("LOCATION", ["North Charleston"]), ("POSTCODE", ["29405"]), ("PHONE", ["(843) 555-0126"]),
      ("ID", ["42D2087413"]), ("ID", ["RP25-01847"]), ("DATE", ["08/19/2025"]), ("DATE", ["08/22/2025"]),
      ("NAME", ["RIVERS-CHISOLM", "Deja"]), ("DATE", ["02/27/1994"]), ("MRN", ["BMH-4471902"]), ("ID", ["3184470291"]),
      ("ADDRESS", ["23 Lands End Road"]), ("LOCATION", ["St. Helena Island"]), ("POSTCODE", ["29920"]),
      ("LOCATION", ["Coosaw River Oyster Co."]), ("LOCATION", ["Frogmore"]), ("NAME", ["Ayodele", "Funderburk-Sams"]),
      ("HOSPITAL", ["Sea Islands Nephrology"]), ("LOCATION", ["Beaufort"]), ("HOSPITAL", ["Beaufort Memorial Hospital"]),
      ("NAME", ["Wendell", "Pinckney-Ravenel"]), ("NAME", ["Marisa", "Quattlebaum-Deas"]), ("LICENCE", ["MD-48273"]),
      ("ID", ["1482736596"])],
     ["SLE", "malar rash", "ANA 1:1280", "nephrotic-range proteinuria", "UPCR 3.6 g/g", "creatinine 1.4 mg/dL",
      "anti-dsDNA 412 IU/mL", "C3 48 mg/dL", "C4 6 mg/dL", "hydroxychloroquine 200 mg BID", "wire loop lesions",
      "cellular crescents in 6", "full house pattern", "tubuloreticular inclusions", "ISN/RPS class IV-G (A) + V",
      "Activity index 11/24", "chronicity index 2/12", "mycophenolate mofetil"]),

    # 17 - Nepal, Karnali (Jumla: Tatopani, Hima, Chhumchaur): uterine prolapse screening camp record with referral
    # for surgery (Nepali, Bikram Sambat dates in Devanagari digits)
    ("नेपाल सरकार, कर्णाली प्रदेश – स्वास्थ्य निर्देशनालय\n"
     "पाठेघर खस्ने समस्या पहिचान तथा उपचार शिविर – बिरामी अभिलेख फाराम\n"
     "शिविर स्थल: हिमा स्वास्थ्य चौकी, तातोपानी गाउँपालिका, जुम्ला   मिति: २०८२ कात्तिक १२ गते\n"
     "दर्ता नं.: UPC-JUM-२०८२-११७\n"
     "बिरामीको नाम: श्रीमती धनकला बुढा   उमेर: ४६ वर्ष (जन्म मिति २०३६ साउन ४)   पतिको नाम: कर्णबहादुर बुढा (भारतको बैंगलोरमा चौकीदार)\n"
     "ठेगाना: तातोपानी गाउँपालिका वडा नं. ६, छुमचौर, जुम्ला\n"
     "नागरिकता प्रमाणपत्र नं.: ६५-०१-७३-०४१८२   स्वास्थ्य बीमा नं.: ३१७४०५८२१   सम्पर्क: ९८४८०-४१२७३ (छोरा विष्णु)\n"
     "ल्याउने: महिला सामुदायिक स्वास्थ्य स्वयंसेविका पार्वती रोकाया\n"
     "इतिहास: ५ पटक सुत्केरी (सबै घरमा), अन्तिम सुत्केरी १२ वर्ष अघि। आठ वर्षदेखि तल केही झरेको जस्तो, दशैंमा दाउरा बोकेपछि झन् बढेको; "
     "पिसाब रोकिने, हिँड्दा घाउ दुख्ने।\n"
     "जाँच: POP-Q stage III (Ba +3, C +4), पाठेघरको मुखमा घाउ (decubitus ulcer), Hb 9.6 g/dL, पिसाब जाँचमा संक्रमण छैन।\n"
     "निदान: पाठेघर खस्ने (तेस्रो डिग्री)\n"
     "उपचार/सल्लाह: ring pessary 72 mm राखियो; घाउका लागि estriol क्रीम; आइरन फोलिक एसिड; केगेल व्यायाम सिकाइयो; भारी भारी "
     "नबोक्न सल्लाह।\n"
     "प्रेषण: निःशुल्क योनी हिस्टेरेक्टोमीका लागि कर्णाली स्वास्थ्य विज्ञान प्रतिष्ठान, जुम्ला – भर्ना मिति २०८२ मंसिर ३ गते।\n"
     "जाँच गर्ने: डा. रेखा शाही, स्त्री तथा प्रसूति रोग विशेषज्ञ (नेपाल मेडिकल काउन्सिल दर्ता नं. २३६१४); अ.न.मी. गीता कठायत",
     [("HOSPITAL", ["हिमा स्वास्थ्य चौकी"]), ("LOCATION", ["तातोपानी गाउँपालिका"]), ("LOCATION", ["जुम्ला"]),
      ("DATE", ["२०८२ कात्तिक १२ गते"]), ("ID", ["UPC-JUM-२०८२-११७"]), ("NAME", ["धनकला", "बुढा"]), ("DATE", ["२०३६ साउन ४"]),
      ("NAME", ["कर्णबहादुर"]), ("LOCATION", ["बैंगलोर"]), ("ADDRESS", ["वडा नं. ६"]), ("LOCATION", ["छुमचौर"]),
      ("ID", ["६५-०१-७३-०४१८२"]), ("ID", ["३१७४०५८२१"]), ("PHONE", ["९८४८०-४१२७३"]), ("NAME", ["विष्णु"]),
      ("NAME", ["पार्वती", "रोकाया"]), ("DATE", ["दशैं"]), ("HOSPITAL", ["कर्णाली स्वास्थ्य विज्ञान प्रतिष्ठान"]),
      ("DATE", ["२०८२ मंसिर ३ गते"]), ("NAME", ["रेखा", "शाही"]), ("LICENCE", ["२३६१४"]), ("NAME", ["गीता", "कठायत"])],
     ["४६ वर्ष", "५ पटक सुत्केरी", "POP-Q stage III", "Ba +3, C +4", "decubitus ulcer", "Hb 9.6 g/dL",
      "पाठेघर खस्ने (तेस्रो डिग्री)", "ring pessary 72 mm", "estriol क्रीम", "आइरन फोलिक एसिड", "केगेल व्यायाम",
      "योनी हिस्टेरेक्टोमी"]),

    # 18 - Saint Lucia (Vieux Fort, Micoud, Laborie, Soufrière; Castries; Martinique): breast multidisciplinary team
    # meeting minutes, two patients
    ("ST JUDE HOSPITAL - Vieux Fort, Saint Lucia\n"
     "BREAST MULTIDISCIPLINARY TEAM MEETING - MINUTES\n"
     "Date: Thursday 23 October 2025, 13:00, Conference Room B (video link for the Martinique team: "
     "https://meet.stjude-lc.org/breastmdt-2310)\n"
     "Chair: Dr Lyndell Joseph-Alcide (general surgery). Present: Dr Petronella Auguste (radiology); Dr Kenrick "
     "St. Rose (pathology, by video from Castries); Dr Marie-Hélène Vitalis (medical oncology, CHU de Martinique, by "
     "video); Sr Claudette Emmanuel (breast care nurse); Mr Dunstan Polius (MDT coordinator, minutes).\n"
     "Apologies: Dr Rajiv Persad-Monrose.\n"
     "\n"
     "CASE 1 - Marcia Jn Baptiste | 47 F | DOB 05/06/1978 | Hosp. No. SJH-118274 | NIC No. 417782\n"
     "Address: La Pointe, Micoud | Tel (758) 555-0133 | Referred by Micoud Health Centre\n"
     "Self-detected lump in the left breast, first noticed just after La Rose. Mammogram and ultrasound 25/09/2025: "
     "32 mm irregular mass, left upper outer quadrant, BI-RADS 5, two abnormal axillary nodes. Core biopsy 01/10/2025: "
     "invasive ductal carcinoma (NST), grade 3; ER 0%, PR 0%, HER2 3+ (IHC); Ki-67 60%. Axillary node FNA positive. "
     "Staging CT 15/10/2025: no distant metastases. cT2 N1 M0.\n"
     "Outcome: neoadjuvant chemotherapy - TCHP x 6 cycles (docetaxel, carboplatin, trastuzumab, pertuzumab) after a "
     "baseline echo; then mastectomy and axillary surgery; radiotherapy in Martinique.\n"
     "Action: Sr Emmanuel to see her with her husband Augustin on 28/10/2025; Dr Vitalis to send the protocol.\n"
     "\n"
     "CASE 2 - Philomena Charlemagne-Felix | 63 F | DOB 11/11/1961 | Hosp. No. SJH-093381\n"
     "Address: Belle Vue, Laborie | daughter Jacinta, (758) 555-0190\n"
     "Screen-detected at the mobile mammography unit in Soufrière on 07/08/2025: 12 mm cluster of pleomorphic "
     "microcalcifications in the right breast, BI-RADS 4C. Stereotactic biopsy: DCIS, high grade, with comedo "
     "necrosis; ER 90%.\n"
     "Outcome: wide local excision with wire localisation, adjuvant radiotherapy, then tamoxifen 20 mg for 5 years.\n"
     "\n"
     "Next meeting: 6 November 2025 (moved because of Jounen Kwéyòl).\n"
     "Minutes: D. Polius, dpolius@stjude-lc.org",
     [("HOSPITAL", ["ST JUDE HOSPITAL"]), ("LOCATION", ["Vieux Fort"]), ("DATE", ["Thursday 23 October 2025"]),
      ("URL", ["https://meet.stjude-lc.org/breastmdt-2310"]), ("NAME", ["Lyndell", "Joseph-Alcide"]),
      ("NAME", ["Petronella", "Auguste"]), ("NAME", ["Kenrick", "St. Rose"]), ("LOCATION", ["Castries"]),
      ("NAME", ["Marie-Hélène", "Vitalis"]), ("HOSPITAL", ["CHU de Martinique"]), ("NAME", ["Claudette", "Emmanuel"]),
      ("NAME", ["Dunstan", "Polius"]), ("NAME", ["Rajiv", "Persad-Monrose"]), ("NAME", ["Marcia", "Jn Baptiste"]),
      ("DATE", ["05/06/1978"]), ("MRN", ["SJH-118274"]), ("ID", ["417782"]), ("LOCATION", ["La Pointe"]),
      ("LOCATION", ["Micoud"]), ("PHONE", ["(758) 555-0133"]), ("HOSPITAL", ["Micoud Health Centre"]),
      ("DATE", ["La Rose"]), ("DATE", ["25/09/2025"]), ("DATE", ["01/10/2025"]), ("DATE", ["15/10/2025"]),
      ("NAME", ["Augustin"]), ("DATE", ["28/10/2025"]), ("NAME", ["Philomena", "Charlemagne-Felix"]),
      ("DATE", ["11/11/1961"]), ("MRN", ["SJH-093381"]), ("LOCATION", ["Belle Vue"]), ("LOCATION", ["Laborie"]),
      ("NAME", ["Jacinta"]), ("PHONE", ["(758) 555-0190"]), ("LOCATION", ["Soufrière"]), ("DATE", ["07/08/2025"]),
      ("DATE", ["6 November 2025"]), ("DATE", ["Jounen Kwéyòl"]), ("EMAIL", ["dpolius@stjude-lc.org"])],
     ["BI-RADS 5", "invasive ductal carcinoma (NST), grade 3", "ER 0%, PR 0%", "HER2 3+ (IHC)", "Ki-67 60%",
      "Axillary node FNA positive", "cT2 N1 M0", "neoadjuvant chemotherapy", "TCHP x 6 cycles",
      "pleomorphic microcalcifications", "BI-RADS 4C", "DCIS, high grade", "comedo necrosis", "ER 90%",
      "wide local excision", "tamoxifen 20 mg for 5 years"]),

    # 19 - Afghanistan, Nangarhar (Jalalabad; Behsud, Samarkhel): blood bank request and crossmatch form for
    # postpartum haemorrhage, with family replacement donors (Pashto, Solar Hijri date with Pashto month name)
    ("د عامې روغتیا وزارت\n"
     "ننګرهار سیمه ییز روغتون — د وینې بانک\n"
     "د وینې غوښتنې او کراس میچ فورمه\n"
     "نېټه: ۲۸ تله ۱۴۰۴ هـ ش (۲۰/۱۰/۲۰۲۵ م)   وخت: د شپې ۰۳:۲۰\n"
     "وارډ: د زېږون وارډ، بستر ۱۴   د ثبت شمېره: NRH-OB-۱۴۰۴-۷۷۲۱\n"
     "د ناروغې نوم: ناجیه   د پلار نوم: حاجي ګل رحمان   د خاوند نوم: نور آغا\n"
     "عمر: ۲۷ کاله   د تذکرې شمېره: ۱۴۰۰-۰۸۰۲-۴۱۷۳۶\n"
     "استوګنځی: سمرخیل کلی، بهسود ولسوالۍ   د اړیکې شمېره: ۰۷۹۹ ۴۱۲ ۷۳۰\n"
     "راغلې: د سرخرود ولسوالۍ روغتون څخه د امبولانس (پلېټ: ننګرهار ۳۲۴۱۷) په واسطه؛ د وارډ نرسه: نسرین هوتک\n"
     "کلینیکي معلومات: د زېږون وروسته ډېره وینه بهېدنه (PPH) – uterine atony، estimated blood loss 1,800 mL، "
     "Hb 6.2 g/dL، BP 84/50، نبض ۱۲۸.\n"
     "ورکړل شوي درمل: oxytocin 20 IU په یو لیټر سیروم کې، misoprostol 800 mcg sublingual، tranexamic acid 1 g IV.\n"
     "د وینې ګروپ: O Rh+   غوښتل شوې: packed RBC درې واحده، FFP دوه واحده — عاجل\n"
     "غوښتونکې ډاکټره: شبنم صافي (د طبي شورا جواز ۸۸۲۱۴)\n"
     "د کورنۍ وینه ورکوونکي:\n"
     "۱. نور آغا (خاوند)، ۳۲ کاله، O+، تذکره ۱۳۹۹-۰۴۰۲-۲۲۵۱۸ — HBsAg منفي، HCV منفي، HIV منفي، VDRL منفي — کڅوړه "
     "NRH-BB-04-1873\n"
     "۲. شفيع الله (لېور)، ۲۴ کاله، O+، تذکره ۱۴۰۱-۱۱۰۵-۶۰۳۷۲ — HBsAg مثبت — رد شو، د کبد ډاکټر ته ولېږل شو\n"
     "۳. د بانک زېرمه: O+، کڅوړه NRH-BB-04-1866\n"
     "پایله: crossmatch compatible (دواړه کڅوړې)، د شپې ۰۳:۵۵ وارډ ته وسپارل شوې.\n"
     "د لابراتوار تکنالوژست: عبدالودود مومند",
     [("HOSPITAL", ["ننګرهار سیمه ییز روغتون"]), ("DATE", ["۲۸ تله ۱۴۰۴"]), ("DATE", ["۲۰/۱۰/۲۰۲۵"]),
      ("MRN", ["NRH-OB-۱۴۰۴-۷۷۲۱"]), ("NAME", ["ناجیه"]), ("NAME", ["ګل رحمان"]), ("NAME", ["نور آغا"]),
      ("ID", ["۱۴۰۰-۰۸۰۲-۴۱۷۳۶"]), ("LOCATION", ["سمرخیل"]), ("LOCATION", ["بهسود"]), ("PHONE", ["۰۷۹۹ ۴۱۲ ۷۳۰"]), ("HOSPITAL", ["د سرخرود ولسوالۍ روغتون"]),
      ("PLATE", ["ننګرهار ۳۲۴۱۷"]), ("NAME", ["نسرین", "هوتک"]),
      ("NAME", ["شبنم", "صافي"]), ("LICENCE", ["۸۸۲۱۴"]), ("ID", ["۱۳۹۹-۰۴۰۲-۲۲۵۱۸"]), ("ID", ["NRH-BB-04-1873"]),
      ("NAME", ["شفيع الله"]), ("ID", ["۱۴۰۱-۱۱۰۵-۶۰۳۷۲"]), ("ID", ["NRH-BB-04-1866"]), ("NAME", ["عبدالودود", "مومند"])],
     ["۲۷ کاله", "وینه بهېدنه (PPH)", "uterine atony", "estimated blood loss 1,800 mL", "Hb 6.2 g/dL", "BP 84/50",
      "oxytocin 20 IU", "misoprostol 800 mcg sublingual", "tranexamic acid 1 g IV", "O Rh+", "packed RBC", "FFP",
      "HBsAg مثبت", "HCV منفي", "crossmatch compatible"]),

    # 20 - Northern Mariana Islands (Rota: Songsong, Sinapalo; Saipan: Garapan): eConsult from an outer-island health
    # centre to internal medicine, eosinophilic meningitis after eating raw snails
    ("Commonwealth Healthcare Corporation - eConsult / Telehealth\n"
     "Requesting site: Rota Health Center, Songsong Village, Rota MP 96951 | Tel (670) 555-0162\n"
     "Consultant site: Commonwealth Health Center, Lower Navy Hill, Garapan, Saipan MP 96950\n"
     "eConsult ID: EC-25-10-0418 | Session https://telehealth.chcc.gov.mp/room/rhc-id-0418 | Originating IP "
     "10.118.4.27\n"
     "Submitted: 10/09/2025 08:40 ChST\n"
     "\n"
     "QUESTION (Dr. Felicia Manglona-Barcinas, Rota Health Center):\n"
     "19 y/o M, Joaquin 'Kin' Atalig MENDIOLA, DOB 01/23/2006, CHCC MRN 0417736, CNMI Medicaid 6030418827. Lives in "
     "Sinapalo, line cook at the Sinapalo Café. Five days of severe bifrontal headache, neck stiffness and burning "
     "pain in both legs, no fever. Three weeks ago, at the San Francisco de Borja fiesta, he and two friends ate raw "
     "African giant snails (Lissachatina fulica) on a dare.\n"
     "Exam: afebrile, GCS 15, neck stiffness, Kernig negative, hyperaesthesia of both feet, no papilloedema, cranial "
     "nerves intact.\n"
     "Labs: WBC 12.4 with eosinophils 18%. LP here: opening pressure 32 cm H2O, CSF WBC 410/µL with eosinophils 34%, "
     "protein 96 mg/dL, glucose 52 mg/dL (serum 98), Gram stain negative.\n"
     "Is this eosinophilic meningitis from rat lungworm? Treat here with steroids and albendazole, or fly him to "
     "Saipan?\n"
     "\n"
     "RESPONSE (Dr. Isidro Camacho-Villagomez, Internal Medicine / ID, Commonwealth Health Center, 10/09/2025 11:15):\n"
     "Agree: eosinophilic meningitis, most likely Angiostrongylus cantonensis (CSF eosinophils over 10% and the snail "
     "exposure). Send CSF for Angiostrongylus PCR to the Hawaii State Laboratories. Start prednisone 60 mg daily x 14 "
     "days with albendazole 15 mg/kg/day for the same 14 days; gabapentin 300 mg TID for the leg pain; repeat LP to "
     "relieve pressure if the headache is severe. Fly to Saipan if confusion, a cranial nerve palsy or visual loss - "
     "the Star Marianas charter N417MX is on standby. Please find the two friends, Raymond Taisacan and Jesse Hocog, "
     "and notify the Bureau of Communicable Disease Control.\n"
     "Reply copied to fmanglona@chcc.gov.mp\n"
     "Licenses: HCPLB 1247 (Manglona-Barcinas); HCPLB 0983 (Camacho-Villagomez)",
     [("HOSPITAL", ["Commonwealth Healthcare Corporation"]), ("HOSPITAL", ["Rota Health Center"]),
      ("LOCATION", ["Songsong Village"]), ("LOCATION", ["Rota"]), ("POSTCODE", ["96951"]),
      ("PHONE", ["(670) 555-0162"]), ("HOSPITAL", ["Commonwealth Health Center"]), ("ADDRESS", ["Lower Navy Hill"]),
      ("LOCATION", ["Garapan"]), ("LOCATION", ["Saipan"]), ("POSTCODE", ["96950"]), ("ID", ["EC-25-10-0418"]),
      ("URL", ["https://telehealth.chcc.gov.mp/room/rhc-id-0418"]), ("IP", ["10.118.4.27"]), ("DATE", ["10/09/2025"]),
      ("NAME", ["Felicia", "Manglona-Barcinas"]), ("NAME", ["Joaquin", "Kin", "Atalig", "MENDIOLA"]),
      ("DATE", ["01/23/2006"]), ("MRN", ["0417736"]), ("ID", ["6030418827"]), ("LOCATION", ["Sinapalo"]),
      ("LOCATION", ["Sinapalo Café"]), ("DATE", ["San Francisco de Borja fiesta"]),
      ("NAME", ["Isidro", "Camacho-Villagomez"]), ("HOSPITAL", ["Hawaii State Laboratories"]), ("PLATE", ["N417MX"]),
      ("NAME", ["Raymond", "Taisacan"]), ("NAME", ["Jesse", "Hocog"]), ("EMAIL", ["fmanglona@chcc.gov.mp"]),
      ("LICENCE", ["HCPLB 1247"]), ("LICENCE", ["HCPLB 0983"])],
     ["bifrontal headache", "neck stiffness", "Lissachatina fulica", "Kernig negative", "eosinophils 18%",
      "opening pressure 32 cm H2O", "CSF WBC 410/µL", "eosinophils 34%", "protein 96 mg/dL", "Gram stain negative",
      "eosinophilic meningitis", "Angiostrongylus cantonensis", "prednisone 60 mg daily x 14 days",
      "albendazole 15 mg/kg/day", "gabapentin 300 mg TID"]),

    # 21 - Uzbekistan, Fergana region (Margilan, Quvasoy; Fergana): medical certificate form 086/u for university
    # admission (Uzbek, Latin script)
    ("Oʻzbekiston Respublikasi Sogʻliqni saqlash vazirligi\n"
     "Margʻilon shahar 2-son oilaviy poliklinikasi\n"
     "Manzil: Burhoniddin Margʻinoniy koʻchasi 41, Margʻilon sh. | tel. +998 73 233 41 82\n"
     "TIBBIY MAʼLUMOTNOMA № 7265 (086/u-shakl)\n"
     "oliy taʼlim muassasasiga oʻqishga kiruvchilar uchun\n"
     "Berilgan sana: 2025-yil 14-iyul\n"
     "1. F.I.Sh.: Abdurahmonova Sarvinoz Ilhomjon qizi\n"
     "2. Tugʻilgan sanasi: 12.04.2007   Jinsi: ayol\n"
     "3. Pasport (ID-karta): AD4172839   JShShIR: 61204075410027\n"
     "4. Yashash manzili: Margʻilon sh., Atlas MFY, Ipakchi koʻchasi 27-uy | Telegram: @sarvinoz_atlas07\n"
     "5. Oʻqishga kirmoqchi boʻlgan OTM: Fargʻona davlat universiteti, filologiya fakulteti\n"
     "6. Otasi: Abdurahmonov Ilhomjon (Quvasoy shahridagi chinni zavodida haydovchi), tel. +998 90 418 27 36; onasi: "
     "Yoʻldosheva Muqaddas\n"
     "7. Oʻtkazilgan kasalliklar: suvchechak (5 yoshda), Botkin kasalligi (A gepatiti, 9 yoshda). Qurbon hayiti "
     "kunlarida burundan qon ketishi kuzatilgan, LOR koʻrigida mayda qon tomirlari kengaygan.\n"
     "8. Emlashlar: ADS-M (16 yoshda), qizamiq-qizilcha 2 marta. Mantu sinamasi: 4 mm (manfiy).\n"
     "9. Mutaxassislar xulosasi:\n"
     "- terapevt: qon bosimi 110/70 mm sim. ust., yurak-oʻpka meʼyorda;\n"
     "- oftalmolog: visus OD 0.6, OS 0.7, koʻzoynak bilan 1.0 - yengil miopiya (−1.5 D); Rabkin jadvali boʻyicha "
     "rang ajratish meʼyorda;\n"
     "- LOR: sogʻlom; nevropatolog: sogʻlom; stomatolog: karies 2 ta, sanatsiya qilingan.\n"
     "10. Tekshiruvlar: umumiy qon tahlili - gemoglobin 108 g/l; siydik tahlili meʼyorda; flyuorografiya № 5903 "
     "(03.07.2025) - patologiyasiz.\n"
     "11. Tashxis: Temir tanqisligi kamqonligi, I daraja (D50.9). Yengil miopiya.\n"
     "Tavsiya: Sorbifer Durules 1 tabletkadan kuniga 2 marta, 2 oy; 3 oydan soʻng qon tahlili.\n"
     "12. XULOSA: tanlangan mutaxassislik boʻyicha oʻqishga yaroqli. Jismoniy tarbiya guruhi: asosiy.\n"
     "Bosh shifokor: X. T. Toʻxtasinov   Oilaviy shifokor: Dilnoza Gʻaniyeva (litsenziya № SZ-02417)",
     [("HOSPITAL", ["Margʻilon shahar 2-son oilaviy poliklinikasi"]), ("LOCATION", ["Margʻilon"]),
      ("ADDRESS", ["Burhoniddin Margʻinoniy koʻchasi 41"]), ("PHONE", ["+998 73 233 41 82"]), ("ID", ["7265"]),
      ("DATE", ["2025-yil 14-iyul"]), ("NAME", ["Abdurahmonova", "Sarvinoz"]), ("DATE", ["12.04.2007"]),
      ("ID", ["AD4172839"]), ("ID", ["61204075410027"]), ("ADDRESS", ["Atlas MFY", "Ipakchi koʻchasi 27-uy"]), ("HANDLE", ["sarvinoz_atlas07"]),
      ("LOCATION", ["Fargʻona davlat universiteti"]), ("NAME", ["Abdurahmonov", "Ilhomjon"]), ("LOCATION", ["Quvasoy"]),
      ("PHONE", ["+998 90 418 27 36"]), ("NAME", ["Yoʻldosheva", "Muqaddas"]), ("DATE", ["Qurbon hayiti"]),
      ("ID", ["5903"]), ("DATE", ["03.07.2025"]), ("NAME", ["Toʻxtasinov"]), ("NAME", ["Dilnoza", "Gʻaniyeva"]),
      ("LICENCE", ["SZ-02417"])],
     ["086/u-shakl", "suvchechak", "Botkin kasalligi", "burundan qon ketishi", "ADS-M", "Mantu sinamasi: 4 mm (manfiy)",
      "qon bosimi 110/70 mm sim. ust.", "yengil miopiya (−1.5 D)", "Rabkin jadvali", "gemoglobin 108 g/l",
      "Temir tanqisligi kamqonligi, I daraja (D50.9)", "Sorbifer Durules"]),

    # 22 - India, Nagaland (Kohima; Mon district, Longwa), in English: Ayushman Bharat PM-JAY pre-authorisation request
    # for balloon mitral valvotomy
    ("AYUSHMAN BHARAT - PRADHAN MANTRI JAN AROGYA YOJANA (AB PM-JAY)\n"
     "PRE-AUTHORISATION REQUEST | State: Nagaland | Pre-auth ID: PA-NL-2025-0041873\n"
     "Hospital: Naga Hospital Authority, Kohima (Hospital ID HOSP13P20417) | Department of Cardiology\n"
     "Date of admission: 06/11/2025 | Date of request: 07/11/2025\n"
     "Beneficiary: Shri Wangpong Konyak | 56 Y | M | PM-JAY ID PX7R4K2M9 | Aadhaar 6318 5207 4413 | ABHA "
     "91-5530-2874-1109 | NFSA ration card NL0410182273\n"
     "Address: Longwa Village, Mon District, Nagaland - 798621\n"
     "Attendant: son, Mr. Pongshen, staying at Midland Colony, Kohima | mobile 94361 41873\n"
     "Clinical summary: Known rheumatic heart disease, irregular with benzathine penicillin prophylaxis. Breathless on "
     "less than ordinary exertion (NYHA III) for 8 months; two admissions to the District Hospital Mon with pulmonary "
     "oedema; new atrial fibrillation.\n"
     "Echo (06/11/2025): severe mitral stenosis, MVA 0.8 cm2 by planimetry, mean gradient 14 mmHg, Wilkins score 7, "
     "trivial MR; no LA clot on TEE; PASP 62 mmHg.\n"
     "Procedure requested: Percutaneous transmitral commissurotomy (PTMC) with an Inoue balloon.\n"
     "Investigations: Hb 11.8 g/dL, INR 2.1 on admission - warfarin stopped, bridged with enoxaparin 60 mg SC BD.\n"
     "Patient and family hope he will be home in Longwa before the Hornbill Festival.\n"
     "Treating doctor: Dr. Vilhousienuo Sekhose, MD, DM (Cardiology) | Nagaland Medical Council reg. NMC-1129\n"
     "Arogya Mitra: Ms. Akala Jamir | 87940 22615 | akala.jamir.pmam@gmail.com",
     [("ID", ["PA-NL-2025-0041873"]), ("HOSPITAL", ["Naga Hospital Authority"]), ("LOCATION", ["Kohima"]),
      ("ID", ["HOSP13P20417"]), ("DATE", ["06/11/2025"]), ("DATE", ["07/11/2025"]), ("NAME", ["Wangpong", "Konyak"]),
      ("ID", ["PX7R4K2M9"]), ("ID", ["6318 5207 4413"]), ("ID", ["91-5530-2874-1109"]), ("ID", ["NL0410182273"]),
      ("LOCATION", ["Longwa"]), ("LOCATION", ["Mon"]), ("POSTCODE", ["798621"]), ("NAME", ["Pongshen"]),
      ("LOCATION", ["Midland Colony"]), ("PHONE", ["94361 41873"]), ("HOSPITAL", ["District Hospital Mon"]),
      ("NAME", ["Vilhousienuo", "Sekhose"]), ("LICENCE", ["NMC-1129"]), ("NAME", ["Akala", "Jamir"]),
      ("PHONE", ["87940 22615"]), ("EMAIL", ["akala.jamir.pmam@gmail.com"]), ("DATE", ["Hornbill Festival"])],
     ["rheumatic heart disease", "benzathine penicillin prophylaxis", "NYHA III", "pulmonary oedema",
      "atrial fibrillation", "severe mitral stenosis", "MVA 0.8 cm2", "mean gradient 14 mmHg", "Wilkins score 7",
      "no LA clot on TEE", "PASP 62 mmHg", "Percutaneous transmitral commissurotomy (PTMC)", "Inoue balloon",
      "Hb 11.8 g/dL", "INR 2.1", "enoxaparin 60 mg SC BD"]),

    # 23 - Eritrea, Debub (Mendefera, Adi Quala, Segheneyti, Mai Mine; Adi Keyh; Asmara): night-to-day nursing
    # handover for four patients, one aged 92 (Tigrinya, Ge'ez script, Tigrinya month names)
    ("ሆስፒታል ሪፈራል መንደፈራ — ሕክምናዊ ዋርድ 2\n"
     "ምርካብ ስራሕ ነርሲ (ካብ ለይቲ ናብ መዓልቲ)\n"
     "ዕለት: 12 ሕዳር 2025, ሰዓት 07:30\n"
     "ዘረክብ: ነርስ ዳዊት ተኽለ (ለይቲ) — ዝቕበል: ነርስ ሉላ ሃብተማርያም (መዓልቲ)\n"
     "ብዝሒ ሕሙማት: 18 | ሓደስቲ ኣታዊ: 2 | ሞት: የለን\n"
     "\n"
     "ዓራት 3 — ኣቶ ተስፋይ ወልደሚካኤል ገብሩ, 54 ዓመት, ካርድ ቁ. MRH-25-05216, ካብ ዓዲ ቐይሕ\n"
     "ሕማም: ሽኮርያ ዓይነት 2 ምስ diabetic foot ulcer ኣብ የማናይ እግሪ (Wagner grade 3)\n"
     "ለይቲ: RBS 286 mg/dL ሰዓት 22:00, NPH insulin 20 IU ተዋሂቡ; ceftriaxone 1 g IV ከምኡ'ውን metronidazole 500 mg IV "
     "ቀጺሉ; ሙቐት 38.1°C ሰዓት 02:00. ቁስሊ ተሓጺቡ።\n"
     "ስድራ: ወዱ ሚኪኤል, ስልኪ +291 7 418 273\n"
     "\n"
     "ዓራት 7 — ወ/ሮ ለተብርሃን ኣብርሃ ተወልደ, 92 ዓመት (ዝተወልደቶ 1933), ካርድ ቁ. MRH-25-03988, ካብ ሰገነይቲ\n"
     "ሕማም: hip fracture ናይ ጸጋማይ ሰለፍ; ብመዓልቲ መስቀል (27 መስከረም 2025) ኣብ ገዛ ወዲቓ። ኣብ ዓራት ጥራይ እያ; pressure ulcer "
     "grade 2 ኣብ ሳክራም, Braden 11 — ኣብ ክልተ ሰዓት ትግልበጥ ኣላ።\n"
     "ለይቲ: tramadol 50 mg ሰዓት 23:00 ተዋሂቡ, ብሰላም ደቂሳ። ዝተወጠነ ቀዶ ጥገና: 14 ሕዳር 2025.\n"
     "ስድራ: ጓላ ሳባ ኣብርሃ, ኣብ ኣስመራ, ስልኪ +291 1 12 41 73\n"
     "\n"
     "ዓራት 11 — ኣቶ ብርሃነ ኪዳነ ሰሎሞን, 38 ዓመት, ካርድ ቁ. MRH-25-05231, ካብ ማይ ምኑ (ካብ ሆስፒታል ዓዲ ኳላ ዝተላእከ)\n"
     "ሕማም: ከቢድ ዓሶ, P. falciparum; artesunate 120 mg IV 3ይ መጠን ሰዓት 06:00 ተዋሂቡ። GCS 14/15, ትምክ ደው ኢሉ።\n"
     "\n"
     "ዓራት 14 — ወ/ሮ ሙና ዓብደላ ኢድሪስ, 29 ዓመት, ካርድ ቁ. MRH-25-05240\n"
     "ሕማም: ከቢድ ሕጽረት ደም, Hb 5.9 g/dL; ሓደ ዩኒት ደም ለይቲ ተዋሂቡ, ዝኾነ ግብረ-መልሲ የለን። ካልኣይ ዩኒት ንመዓልቲ።\n"
     "\n"
     "ፊርማ: ዳ.ተ. (ለይቲ) / ሉ.ሃ. (መዓልቲ)",
     [("HOSPITAL", ["ሆስፒታል ሪፈራል መንደፈራ"]), ("DATE", ["12 ሕዳር 2025"]), ("NAME", ["ዳዊት", "ተኽለ"]),
      ("NAME", ["ሉላ", "ሃብተማርያም"]), ("NAME", ["ተስፋይ", "ወልደሚካኤል", "ገብሩ"]), ("MRN", ["MRH-25-05216"]),
      ("LOCATION", ["ዓዲ ቐይሕ"]), ("NAME", ["ሚኪኤል"]), ("PHONE", ["+291 7 418 273"]),
      ("NAME", ["ለተብርሃን", "ኣብርሃ", "ተወልደ"]), ("AGE", ["92 ዓመት"]), ("DOB90", ["1933"]), ("MRN", ["MRH-25-03988"]),
      ("LOCATION", ["ሰገነይቲ"]), ("DATE", ["መስቀል"]), ("DATE", ["27 መስከረም 2025"]), ("DATE", ["14 ሕዳር 2025"]),
      ("NAME", ["ሳባ"]), ("LOCATION", ["ኣስመራ"]), ("PHONE", ["+291 1 12 41 73"]), ("NAME", ["ብርሃነ", "ኪዳነ", "ሰሎሞን"]),
      ("MRN", ["MRH-25-05231"]), ("LOCATION", ["ማይ ምኑ"]), ("HOSPITAL", ["ሆስፒታል ዓዲ ኳላ"]),
      ("NAME", ["ሙና", "ዓብደላ", "ኢድሪስ"]), ("MRN", ["MRH-25-05240"]), ("NAME", ["ዳ.ተ."]), ("NAME", ["ሉ.ሃ."])],
     ["54 ዓመት", "ሽኮርያ ዓይነት 2", "diabetic foot ulcer", "Wagner grade 3", "RBS 286 mg/dL", "NPH insulin 20 IU",
      "ceftriaxone 1 g IV", "metronidazole 500 mg IV", "38.1°C", "hip fracture", "pressure ulcer grade 2", "Braden 11",
      "tramadol 50 mg", "P. falciparum", "artesunate 120 mg IV", "GCS 14/15", "Hb 5.9 g/dL"]),
]
