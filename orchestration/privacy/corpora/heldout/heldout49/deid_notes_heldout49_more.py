"""Notes 12-23 of the forty-ninth HELD-OUT set (see :mod:`deid_notes_heldout49` for how it was written and what it
holds).

These 12 notes hold 372 planted identifier parts in 324 (kind, parts) entries and 180 clinical strings. Positions below
are those in the combined ``NOTES``:
12, Lord Howe Island, New South Wales (Ned's Beach, Old Settlement; Port Macquarie): a vestibular assessment for BPPV of
a woman aged 92 seen at home, with a hospital named after people, Medicare and DVA Gold Card numbers, a lodge as the
daughter's workplace, a personal alarm serial, Christmas, a bare year, an AHPRA number and a provider number;
13, India, Haryana, Mahendragarh (Narnaul; Ateli tehsil: Karota; Rohtak): an emergency record and medico-legal case for
carbon monoxide poisoning from a coal brazier (Hindi), with a date in Devanagari digits, an MLC number, Aadhaar and ABHA
numbers, a PIN code, given names that are everyday words, a government school, Lohri, two vehicle plates, a police post
and an HMC registration;
14, USA, Illinois (Cairo, Anna, Union County, Marion, Carbondale): a therapeutic use exemption application for a student
athlete with ADHD, with a World Athletics ID, a student ID, a university and its team name, towns named after a foreign
capital and a first name, a given name that is an everyday word, a paediatric clinic, a high school, an e-mail address,
Thanksgiving with its year, a fax number, a psychologist licence, a state licence, a DEA number and an NPI;
15, Czech Republic, Olomouc region (Šumperk, Zábřeh; Velké Losiny): a proposal for spa rehabilitation after a hip
replacement (Czech), with two rodné číslo numbers, a health facility number (IČP), an engineering works as former
workplace, the registering GP, Christmas, a fax number and a doctor's code;
16, Gibraltar (Casemates, Laguna Estate, Europort, Catalan Bay; La Línea): a headache clinic letter on chronic migraine
and botulinum toxin, with a GHA number, a postcode, an extension, an e-mail address, a gaming company as workplace, a
hospital named after a saint, Gibraltar National Day and a GMC number;
17, Hungary, Szabolcs-Szatmár-Bereg county (Nyíregyháza, Mátészalka): a tinnitus clinic outpatient sheet (Hungarian),
with surname-first names, a TAJ number, the mother's name, a wife named by her husband's name with -né, a plastics firm
as workplace, a hospital named after a person, St Stephen's Day beside a street of the same name, an e-mail address and
a stamp number;
18, Kiribati (South Tarawa: Bikenibeu, Teaoraereke, Betio, Nawerewere; Abaiang): a contraceptive implant insertion
record, with a clinic card number, a national ID, a seafarers' training centre, Independence Day, an implant lot number,
a nurse aide whose name is an everyday word, a month-and-year removal date and a nursing council number;
19, North Macedonia, Pelagonia (Bitola, Resen): a paediatric ophthalmology report on amblyopia and esotropia
(Macedonian), with an EMBG, a health insurance card number, a kindergarten, a private clinic, Ilinden, a hospital named
after a person, fax and e-mail, given names that are everyday words and a licence number;
20, USA, New Hampshire, Coös County (Berlin, Gorham, Success, Milan; Lebanon): a home parenteral nutrition review, with
a Medicare MBI, a nickname, towns named after foreign cities and after an everyday word, a paper mill as former
workplace, a home infusion company, a pump serial, a home gateway IPv4 address, Columbus Day, a fax number, a state
licence and an NPI;
21, India, Assam, Golaghat (Bokakhat, Naharbari; Jorhat): an injury report after a wild elephant attack (Assamese), with
a date and PIN code in Assamese digits, Aadhaar and ABHA numbers, a tea estate as workplace and its manager, the eve of
Bhogali Bihu, a motorcycle plate, a forest range office, a police station and its GD number and an Assam Medical Council
number;
22, Pitcairn Islands (Adamstown, Taro Ground; Mangareva; Auckland, Tauranga): a glaucoma teleophthalmology review, with
a surname and a wife's name that are everyday words, an NZ NHI, a road named Down Rope, Bounty Day, e-mail addresses, a
teleconsultation URL, a pachymeter serial, a month and an MCNZ number;
23, Azerbaijan, Lerik (Bilasar; Lənkəran; Baku): a 24-hour ambulatory blood pressure monitoring report for a woman aged
96 (Azerbaijani), with a patronymic with qızı, a FIN code and an identity card number, Novruz, a grandson and a
daughter-in-law whose name is an everyday word, the state oil company as the son's workplace, a device serial and a
stamp number.

Entries per kind here: LOCATION 63, NAME 60, DATE 53, HOSPITAL 27, ID 23, PHONE 19, ADDRESS 16, LICENCE 15, POSTCODE 14,
MRN 10, EMAIL 6, SERIAL 5, FAX 4, PLATE 3, AGE 2, DOB90 2, IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Lord Howe Island, NSW (Ned's Beach, Old Settlement; Port Macquarie): BPPV assessment at home, woman aged 92
    ("Gower Wilson Memorial Hospital, Lagoon Road, Lord Howe Island NSW 2898 | (02) 6563 2041\n"
     "DIZZINESS / VESTIBULAR ASSESSMENT - outpatient, seen at home\n"
     "Date: 18/11/2025 10:15 | MRN LHI-00731\n"
     "Patient: Mrs Merle Fenton-Whitbread, aged 92, DOB 05/07/1933 | Medicare 5194 06731 2 | DVA Gold Card NX184472\n"
     "Lives alone near Ned's Beach; daughter Rosalie Gudgeon manages Blue Petrel Lodge in Old Settlement and found her "
     "sitting on the bathroom floor this morning, unable to stand because \"the room was spinning\".\n"
     "Hx: brief spins on rolling to the right in bed and looking up to the top shelf, 20-30 s each, nausea, no hearing "
     "loss, no diplopia or dysarthria. Similar episode in 2023, settled by itself. AF on warfarin, INR 2.6 on 14/11. "
     "Fall: no head strike.\n"
     "Exam: orthostatic BP 138/76 lying, 124/70 standing. HINTS: head impulse test normal both sides, no "
     "direction-changing nystagmus, no skew. Dix-Hallpike right: upbeating torsional nystagmus after 5 s latency, "
     "fatigues in 20 s. Left negative. Romberg steady. TUG 19 s. DHI score 46.\n"
     "Imp: BPPV, right posterior canal. Falls risk high.\n"
     "Treatment: Epley manoeuvre x2 - repeat Dix-Hallpike negative. Prochlorperazine (Stemetil) 5 mg only if vomiting, "
     "max 2 days. Brandt-Daroff exercises taught to Rosalie. Personal alarm pendant checked (serial PA-3381-70462).\n"
     "Plan: visit by RN Kirsty Payten-Hollow 20/11; review 25/11; if no better or new neuro signs, telehealth with the "
     "Port Macquarie Base Hospital ED and flight to the mainland. Rosalie staying with her until Christmas.\n"
     "Dr Callum Mirza-Hollis, Medical Superintendent | MED0001847721 | Prov. no. 2843916T",
     [("HOSPITAL", ["Gower Wilson Memorial Hospital"]), ("ADDRESS", ["Lagoon Road"]),
      ("LOCATION", ["Lord Howe Island"]), ("POSTCODE", ["2898"]), ("PHONE", ["(02) 6563 2041"]),
      ("DATE", ["18/11/2025"]), ("MRN", ["LHI-00731"]), ("NAME", ["Merle", "Fenton-Whitbread"]), ("AGE", ["aged 92"]),
      ("DOB90", ["1933", "05/07/1933"]), ("ID", ["5194 06731 2"]), ("ID", ["NX184472"]), ("LOCATION", ["Ned's Beach"]),
      ("NAME", ["Rosalie", "Gudgeon"]), ("LOCATION", ["Blue Petrel Lodge"]), ("LOCATION", ["Old Settlement"]),
      ("DATE", ["2023"]), ("DATE", ["14/11"]), ("SERIAL", ["PA-3381-70462"]), ("DATE", ["20/11"]), ("DATE", ["25/11"]),
      ("HOSPITAL", ["Port Macquarie Base Hospital"]), ("DATE", ["Christmas"]), ("NAME", ["Callum", "Mirza-Hollis"]),
      ("LICENCE", ["MED0001847721"]), ("LICENCE", ["2843916T"]), ("NAME", ["Kirsty", "Payten-Hollow"])],
     ["brief spins on rolling to the right", "AF on warfarin", "INR 2.6", "orthostatic BP 138/76 lying",
      "124/70 standing", "HINTS", "head impulse test normal", "Dix-Hallpike right", "upbeating torsional nystagmus",
      "Romberg steady", "TUG 19 s", "DHI score 46", "BPPV, right posterior canal", "Epley manoeuvre x2",
      "Prochlorperazine (Stemetil) 5 mg", "Brandt-Daroff exercises"]),

    # 13 - India, Haryana, Mahendragarh (Narnaul, Ateli; Rohtak): CO poisoning emergency record and MLC (Hindi)
    ("नागरिक अस्पताल, नारनौल (जिला महेंद्रगढ़, हरियाणा) - आपातकालीन विभाग\n"
     "आपातकालीन उपचार पर्ची एवं एमएलसी | दिनांक: १४/०१/२०२६, सुबह ६:२० | एमएलसी नं. 27/2026 | पंजीकरण सं. CHN-0148823\n"
     "मरीज़: श्रीमती संतोष यादव, पत्नी सुरेश यादव, 38 वर्ष, निवासी गाँव कारोता, तहसील अटेली, पिन 123021\n"
     "आधार: 5391 7264 0387 | ABHA: 91-4417-2860-3395 | मोबाइल (पति): 98126 47305\n"
     "साथ में बेटा अमन, 12 वर्ष (राजकीय वरिष्ठ माध्यमिक विद्यालय, अटेली में सातवीं कक्षा) - उसी कमरे में सोया था।\n"
     "इतिहास: लोहड़ी की रात ठंड के कारण बंद कमरे में कोयले की अंगीठी जलाकर सोए। सुबह सिरदर्द, उल्टी, चक्कर; मरीज़ "
     "बेहोशी की हालत में मिली। पड़ोसी रमेश ने गाड़ी HR-34K-6127 से अस्पताल पहुँचाया।\n"
     "जाँच: GCS 11/15, नाड़ी 118/मिनट, बीपी 96/60 mmHg, SpO2 99% (भ्रामक रूप से सामान्य)। COHb 28%, pH 7.31, लैक्टेट "
     "3.2 mmol/L, ट्रोपोनिन I 0.09 ng/mL। ECG: साइनस टैकीकार्डिया। CT सिर सामान्य।\n"
     "निदान: कार्बन मोनोऑक्साइड विषाक्तता (गंभीर)।\n"
     "उपचार: 100% ऑक्सीजन नॉन-रीब्रीदर मास्क 15 L/min, IV NS 1 L, ओंडांसेट्रॉन 4 mg IV। अमन: COHb 14%, होश में - "
     "ऑक्सीजन 6 घंटे, निगरानी।\n"
     "रेफ़र: हाइपरबेरिक ऑक्सीजन व हृदय निगरानी हेतु पीजीआईएमएस रोहतक, 108 एम्बुलेंस (HR-55AB-2090, ईएमटी विकास) से। "
     "देर से होने वाले न्यूरोलॉजिकल लक्षणों (DNS) के बारे में परिवार को समझाया। सूचना पुलिस चौकी अटेली मंडी को दी गई।\n"
     "चिकित्सा अधिकारी: डॉ. नवनीत सैनी (HMC पंजीकरण 12473) | स्टाफ़ नर्स: कमलेश",
     [("HOSPITAL", ["नागरिक अस्पताल, नारनौल"]), ("LOCATION", ["महेंद्रगढ़"]), ("DATE", ["१४/०१/२०२६"]),
      ("ID", ["27/2026"]), ("MRN", ["CHN-0148823"]), ("NAME", ["संतोष", "यादव"]), ("NAME", ["सुरेश"]),
      ("LOCATION", ["कारोता"]), ("LOCATION", ["अटेली"]), ("POSTCODE", ["123021"]), ("ID", ["5391 7264 0387"]),
      ("ID", ["91-4417-2860-3395"]), ("PHONE", ["98126 47305"]), ("NAME", ["अमन"]),
      ("LOCATION", ["राजकीय वरिष्ठ माध्यमिक विद्यालय"]), ("DATE", ["लोहड़ी"]), ("NAME", ["रमेश"]),
      ("PLATE", ["HR-34K-6127"]), ("HOSPITAL", ["पीजीआईएमएस रोहतक"]), ("LOCATION", ["पुलिस चौकी अटेली मंडी"]),
      ("NAME", ["नवनीत", "सैनी"]), ("LICENCE", ["12473"]), ("NAME", ["कमलेश"]), ("PLATE", ["HR-55AB-2090"]),
      ("NAME", ["विकास"])],
     ["कोयले की अंगीठी", "GCS 11/15", "नाड़ी 118/मिनट", "बीपी 96/60 mmHg", "SpO2 99% (भ्रामक रूप से सामान्य)",
      "COHb 28%", "pH 7.31", "लैक्टेट 3.2 mmol/L", "ट्रोपोनिन I 0.09 ng/mL", "साइनस टैकीकार्डिया",
      "कार्बन मोनोऑक्साइड विषाक्तता", "100% ऑक्सीजन नॉन-रीब्रीदर मास्क 15 L/min", "ओंडांसेट्रॉन 4 mg IV",
      "हाइपरबेरिक ऑक्सीजन", "न्यूरोलॉजिकल लक्षणों (DNS)"]),

    # 14 - USA, Illinois (Cairo, Anna, Marion, Carbondale): TUE application for an athlete with ADHD
    ("THERAPEUTIC USE EXEMPTION (TUE) APPLICATION - Section 3: Medical Information (physician to complete)\n"
     "Submitted to USADA | 09/15/2025 | World Athletics ID 14873092\n"
     "Athlete: Destiny Amari Okonkwo-Harlan | F | DOB 02/26/2005 | SIU student ID 851 447 203 | 400 m hurdles, "
     "Southern Illinois University Carbondale (Salukis track & field)\n"
     "Home: 418 Washington Ave, Cairo, IL 62914; grew up in Anna, Union County. Mother Charlene Harlan, (618) "
     "734-2281, destiny.okh05@siu.edu\n"
     "Diagnosis: ADHD, combined presentation (F90.2), first diagnosed at age 9 by Dr. Marisol Teague, PsyD (IL "
     "psychologist 071.009218), at the Shawnee Pediatric Clinic in Marion; re-evaluated 08/04/2025.\n"
     "Evidence: DSM-5 criteria met in childhood and adulthood; ASRS v1.1 Part A 6/6; Conners' CAARS T-score 78 "
     "(inattention); WAIS-IV processing speed 84; school reports from Cairo Junior/Senior High School attached.\n"
     "Prohibited substance: Adderall XR 20 mg once daily at 07:00 - mixed amphetamine salts, S6 stimulant, "
     "in-competition.\n"
     "Alternatives tried: atomoxetine 40 mg (3 months, no benefit, nausea); guanfacine ER 2 mg (hypotension, syncope "
     "at practice).\n"
     "Monitoring: BP 118/72, HR 64, ECG normal with QTc 401 ms, weight stable. Mild insomnia and poor appetite; no "
     "misuse. Continuous treatment since Thanksgiving 2019 apart from the trial of non-stimulants.\n"
     "Physician: Priyanka Halvorsen-Ude, MD, Team Physician, SIU Student Health Services, 374 E Grand Ave, Carbondale "
     "IL 62901 | (618) 453-3311 | fax (618) 453-4449 | IL license 036.152874 | DEA FH4172831 | NPI 1029473851",
     [("DATE", ["09/15/2025"]), ("ID", ["14873092"]), ("NAME", ["Destiny", "Amari", "Okonkwo-Harlan"]),
      ("DATE", ["02/26/2005"]), ("ID", ["851 447 203"]), ("LOCATION", ["Southern Illinois University Carbondale"]),
      ("LOCATION", ["Salukis"]), ("ADDRESS", ["418 Washington Ave"]), ("LOCATION", ["Cairo"]), ("POSTCODE", ["62914"]),
      ("LOCATION", ["Anna"]), ("LOCATION", ["Union County"]), ("NAME", ["Charlene", "Harlan"]),
      ("PHONE", ["(618) 734-2281"]), ("EMAIL", ["destiny.okh05@siu.edu"]), ("NAME", ["Marisol", "Teague"]),
      ("LICENCE", ["071.009218"]), ("HOSPITAL", ["Shawnee Pediatric Clinic"]), ("LOCATION", ["Marion"]),
      ("DATE", ["08/04/2025"]), ("LOCATION", ["Cairo Junior/Senior High School"]), ("DATE", ["Thanksgiving 2019"]),
      ("NAME", ["Priyanka", "Halvorsen-Ude"]), ("HOSPITAL", ["SIU Student Health Services"]),
      ("ADDRESS", ["374 E Grand Ave"]), ("LOCATION", ["Carbondale"]), ("POSTCODE", ["62901"]),
      ("PHONE", ["(618) 453-3311"]), ("LICENCE", ["036.152874"]), ("LICENCE", ["FH4172831"]), ("ID", ["1029473851"]),
      ("FAX", ["(618) 453-4449"])],
     ["ADHD, combined presentation (F90.2)", "DSM-5 criteria", "ASRS v1.1 Part A 6/6", "Conners' CAARS T-score 78",
      "WAIS-IV processing speed 84", "Adderall XR 20 mg once daily", "mixed amphetamine salts", "S6 stimulant",
      "atomoxetine 40 mg", "guanfacine ER 2 mg", "BP 118/72", "HR 64", "QTc 401 ms", "400 m hurdles"]),

    # 15 - Czech Republic, Olomouc region (Šumperk, Zábřeh; Velké Losiny): proposal for spa rehabilitation (Czech)
    ("NÁVRH NA LÁZEŇSKOU LÉČEBNĚ REHABILITAČNÍ PÉČI (navazující, komplexní)\n"
     "Navrhující: Ortopedické oddělení, Nemocnice Šumperk a.s., Nerudova 41, 787 01 Šumperk | IČP 71034219 | tel. +420 "
     "583 332 417 | fax +420 583 332 419\n"
     "Datum: 14. 10. 2025\n"
     "Pojištěnec: Jarmila Vránová, nar. 14. 9. 1961, r. č. 615914/1285, zdravotní pojišťovna 111 (VZP)\n"
     "Bydliště: Zábřeh, Havlíčkova 1187/12, 789 01 | mobil 731 482 906. Do loňska účetní v Šumperských strojírnách, "
     "nyní v invalidním důchodu I. stupně. Manžel Bohumil Vrána (r. č. 581027/0455) pomáhá s péčí. Registrující "
     "praktická lékařka: MUDr. Alena Šrámková, Zábřeh.\n"
     "Diagnóza: Z96.6, stav po TEP levé kyčle pro coxartrózu III. st. (operace 2. 10. 2025, operatér MUDr. Radek "
     "Hanousek); vedlejší: diabetes mellitus 2. typu, hypertenze, obezita (BMI 31,2).\n"
     "Objektivně: rána zhojena, stehy vytaženy. Flexe v kyčli 90°, abdukce 20°, Trendelenburgův příznak pozitivní "
     "vlevo. Chůze o 2 francouzských holích, odlehčení 50 %. Harris Hip Score 62. VAS 4/10.\n"
     "Medikace: Xarelto 10 mg 1x denně do 5 týdnů od operace, metformin 1000 mg 2x denně (HbA1c 52 mmol/mol), "
     "amlodipin 5 mg.\n"
     "Indikace: VII/7, komplexní péče 28 dní, nástup do 3 měsíců od operace - navrhované zařízení Lázně Velké Losiny. "
     "Pacientka je schopna lázeňské léčby, soběstačná.\n"
     "Přání pacientky: nastoupit až po Vánocích, pokud to lhůta dovolí.\n"
     "MUDr. Ondřej Kratochvíl, ortoped | razítko a podpis | kód lékaře 0871422",
     [("HOSPITAL", ["Nemocnice Šumperk"]), ("ADDRESS", ["Nerudova 41"]), ("POSTCODE", ["787 01"]),
      ("LOCATION", ["Šumperk"]), ("ID", ["71034219"]), ("PHONE", ["+420 583 332 417"]), ("DATE", ["14. 10. 2025"]),
      ("NAME", ["Jarmila", "Vránová"]), ("DATE", ["14. 9. 1961"]), ("ID", ["615914/1285"]), ("LOCATION", ["Zábřeh"]),
      ("ADDRESS", ["Havlíčkova 1187/12"]), ("POSTCODE", ["789 01"]), ("PHONE", ["731 482 906"]),
      ("LOCATION", ["Šumperských strojírnách"]), ("NAME", ["Bohumil", "Vrána"]), ("ID", ["581027/0455"]),
      ("DATE", ["2. 10. 2025"]), ("NAME", ["Radek", "Hanousek"]), ("HOSPITAL", ["Lázně Velké Losiny"]),
      ("DATE", ["Vánocích"]), ("NAME", ["Ondřej", "Kratochvíl"]), ("LICENCE", ["0871422"]),
      ("FAX", ["+420 583 332 419"]), ("NAME", ["Alena", "Šrámková"])],
     ["Z96.6", "stav po TEP levé kyčle", "coxartrózu III. st.", "diabetes mellitus 2. typu", "BMI 31,2",
      "Flexe v kyčli 90°", "abdukce 20°", "Trendelenburgův příznak pozitivní", "Chůze o 2 francouzských holích",
      "odlehčení 50 %", "Harris Hip Score 62", "VAS 4/10", "Xarelto 10 mg", "metformin 1000 mg 2x denně",
      "HbA1c 52 mmol/mol", "VII/7"]),

    # 16 - Gibraltar (Casemates, Laguna Estate, Europort, Catalan Bay; La Línea): headache clinic letter
    ("Gibraltar Health Authority - Neurology Outpatients, St Bernard's Hospital, Harbour Views Road, Gibraltar GX11 "
     "1AA\n"
     "Tel +350 200 72266 ext 2314 | neuro.secretaries@gha.gi\n"
     "\n"
     "12/09/2025 (clinic moved from 10/09 for National Day)\n"
     "Dr Sonia Bossino, Primary Care Centre, International Commercial Centre, Casemates\n"
     "\n"
     "Re: Ms Giselle Danino-Ferrary, DOB 30/04/1987, GHA no. 0334718, 14 Laguna Estate - mobile 58014273\n"
     "Diagnosis: chronic migraine without aura (ICHD-3), with medication overuse headache.\n"
     "Dear Sonia, I saw Giselle, who works in compliance for Bluewater Gaming at Europort and swims off Catalan Bay "
     "every morning. She now has 22 headache days a month (diary), 15 of them migrainous; HIT-6 score 68, MIDAS grade "
     "IV (54). She takes sumatriptan 50 mg on 14 days a month. Topiramate 50 mg bd (word-finding difficulty), "
     "amitriptyline 25 mg (sedation) and candesartan 8 mg (dizziness) have each failed after 3 months. BP 124/80, "
     "fundi normal, neurological examination normal.\n"
     "Plan: withdraw triptan overuse (maximum 2 days a week); OnabotulinumtoxinA (Botox) 155 units at 31 sites by the "
     "PREEMPT protocol, first session 07/10/2025 in the Day Surgery Unit, repeat every 12 weeks; if under 30% response "
     "after 2 cycles, apply for a CGRP monoclonal antibody (fremanezumab, Ajovy). Her partner, Joel Sacarello, will "
     "drive her from La Línea on treatment days.\n"
     "Yours sincerely,\n"
     "Dr Isaac Benady-Lopez, Consultant Neurologist | GMC 6820417",
     [("HOSPITAL", ["Gibraltar Health Authority"]), ("HOSPITAL", ["St Bernard's Hospital"]),
      ("ADDRESS", ["Harbour Views Road"]), ("LOCATION", ["Gibraltar"]), ("POSTCODE", ["GX11 1AA"]),
      ("PHONE", ["+350 200 72266"]), ("PHONE", ["2314"]), ("EMAIL", ["neuro.secretaries@gha.gi"]),
      ("DATE", ["12/09/2025"]), ("DATE", ["10/09"]), ("DATE", ["National Day"]), ("NAME", ["Sonia", "Bossino"]),
      ("HOSPITAL", ["Primary Care Centre"]), ("ADDRESS", ["International Commercial Centre"]),
      ("LOCATION", ["Casemates"]), ("NAME", ["Giselle", "Danino-Ferrary"]), ("DATE", ["30/04/1987"]),
      ("MRN", ["0334718"]), ("ADDRESS", ["14 Laguna Estate"]), ("PHONE", ["58014273"]),
      ("LOCATION", ["Bluewater Gaming"]), ("LOCATION", ["Europort"]), ("LOCATION", ["Catalan Bay"]),
      ("DATE", ["07/10/2025"]), ("NAME", ["Joel", "Sacarello"]), ("LOCATION", ["La Línea"]),
      ("NAME", ["Isaac", "Benady-Lopez"]), ("LICENCE", ["6820417"])],
     ["chronic migraine without aura (ICHD-3)", "medication overuse headache", "22 headache days a month",
      "HIT-6 score 68", "MIDAS grade IV (54)", "sumatriptan 50 mg", "Topiramate 50 mg bd", "amitriptyline 25 mg",
      "candesartan 8 mg", "BP 124/80", "OnabotulinumtoxinA (Botox) 155 units", "31 sites", "PREEMPT protocol",
      "CGRP monoclonal antibody", "fremanezumab, Ajovy"]),

    # 17 - Hungary, Szabolcs-Szatmár-Bereg (Nyíregyháza, Mátészalka): tinnitus clinic outpatient sheet (Hungarian)
    ("Szabolcs-Szatmár-Bereg Vármegyei Oktatókórház - Jósa András Oktatókórház\n"
     "Fül-Orr-Gégészeti Osztály, Tinnitus Szakrendelés | 4400 Nyíregyháza, Szent István u. 68. | Tel.: +36 42 599 714 "
     "| fulorr.szakrend@josakorhaz.hu\n"
     "AMBULÁNS LAP | 2025. november 6. | Napló sz.: FOG-2025/11873\n"
     "Név: Fekete Gábor | Szül.: Mátészalka, 1971.03.22. | TAJ: 041 827 356 | Anyja neve: Pap Margit\n"
     "Lakcím: 4700 Mátészalka, Kossuth u. 17/B | Tel.: +36 30 418 2275 | Munkahely: Plasztik-Nyír Kft., fröccsöntő "
     "gépkezelő (22 éve zajban)\n"
     "Panasz: bal fülben folyamatos, magas hangú zúgás Szent István-nap óta, elalvási nehézség. Felesége, Fekete "
     "Gáborné szerint ingerlékeny. VAS hangosság 7/10, THI 58 pont.\n"
     "Status: dobhártyák épek. Weber-próba középen, Rinne mindkét oldalon pozitív. Tympanometria: A típus kétoldalt.\n"
     "Audiometria (Bodnár Réka audiológus): bal hallásküszöb 4 kHz-en 55 dB, jobb 40 dB - zajártalom okozta "
     "halláscsökkenés, bal > jobb. BERA: normál latenciák. MR (belső hallójárat, 10.28.): vestibularis schwannoma "
     "kizárva.\n"
     "Vélemény: szubjektív tinnitus, bal oldali, zajártalom talaján.\n"
     "Javaslat: hallásvédő a munkahelyen kötelező; hanggenerátoros hangterápia, tinnitus-tanácsadás; kognitív "
     "viselkedésterápia a Jósa pszichológiai szakrendelésén. A háziorvos által adott Cavinton Forte és betahisztin 24 "
     "mg hatástalan volt, elhagyható. Kontroll 3 hónap múlva, 2026. február 5-én.\n"
     "Dr. Lakatos Enikő fül-orr-gégész, audiológus | pecsétszám: 72418",
     [("HOSPITAL", ["Szabolcs-Szatmár-Bereg Vármegyei Oktatókórház"]), ("HOSPITAL", ["Jósa András Oktatókórház"]),
      ("POSTCODE", ["4400"]), ("LOCATION", ["Nyíregyháza"]), ("ADDRESS", ["Szent István u. 68."]),
      ("PHONE", ["+36 42 599 714"]), ("DATE", ["2025. november 6."]), ("MRN", ["FOG-2025/11873"]),
      ("NAME", ["Fekete", "Gábor"]), ("LOCATION", ["Mátészalka"]), ("DATE", ["1971.03.22."]), ("ID", ["041 827 356"]),
      ("NAME", ["Pap", "Margit"]), ("POSTCODE", ["4700"]), ("ADDRESS", ["Kossuth u. 17/B"]),
      ("PHONE", ["+36 30 418 2275"]), ("LOCATION", ["Plasztik-Nyír Kft."]), ("DATE", ["Szent István-nap"]),
      ("NAME", ["Gáborné"]), ("NAME", ["Bodnár", "Réka"]), ("DATE", ["10.28."]), ("HOSPITAL", ["Jósa"]),
      ("DATE", ["2026. február 5-én"]), ("NAME", ["Lakatos", "Enikő"]), ("LICENCE", ["72418"]),
      ("EMAIL", ["fulorr.szakrend@josakorhaz.hu"])],
     ["VAS hangosság 7/10", "THI 58 pont", "Weber-próba középen", "Rinne mindkét oldalon pozitív",
      "Tympanometria: A típus", "4 kHz-en 55 dB", "zajártalom okozta halláscsökkenés", "BERA: normál latenciák",
      "vestibularis schwannoma", "szubjektív tinnitus, bal oldali", "hanggenerátoros hangterápia",
      "kognitív viselkedésterápia", "Cavinton Forte", "betahisztin 24 mg"]),

    # 18 - Kiribati (South Tarawa; Abaiang): contraceptive implant insertion record
    ("Kiribati Family Health Association - Bikenibeu Clinic, South Tarawa | ph 7502 8127\n"
     "CONTRACEPTIVE IMPLANT INSERTION RECORD | 15/07/2025 (first clinic day after the Independence Day holidays)\n"
     "Client: Rutiana Tekeeua, F, 27 y, DOB 03/02/1998 | clinic card KFHA-B-20417 | national ID KI 0418827 | mobile "
     "7301 4826\n"
     "Address: Teaoraereke, near the Catholic church; from Abaiang (Tabontebike village). Husband Tiaon Tekeeua is a "
     "seafarer, trained at the Marine Training Centre in Betio, away on a container ship until December.\n"
     "Obstetric: G3P3, last baby born 04/05/2025 at Tungaru Central Hospital, Nawerewere; exclusively breastfeeding "
     "(LAM), postpartum 10 weeks. LMP not since delivery. Previously depot medroxyprogesterone (Depo-Provera), stopped "
     "because of irregular bleeding and missed injections.\n"
     "Today: BP 112/70, BMI 32.4, Hb 10.8 g/dL. UPT negative. VIA negative. WHO MEC category 1 for implant. Counselled "
     "on bleeding changes; chose Jadelle.\n"
     "Procedure: L inner upper arm, lidocaine 1% 2 mL, trocar; Jadelle (levonorgestrel 2 x 75 mg rods), lot TU7724, "
     "both rods palpable, pressure bandage, no bleeding. Nurse aide Mercy Kaure assisted.\n"
     "Advice: remove bandage after 24 h; keep dry 3 days; effective for 5 years - removal due 07/2030. Ferrous "
     "sulphate 200 mg daily and folic acid. Return if pain, pus or arm numbness. Follow-up 12/08/2025.\n"
     "Inserted by: Teretia Bwebwe, RN/RM | Nursing Council reg. N-1148 | supervised by Dr Kabure Tooma, TCH",
     [("LOCATION", ["Kiribati Family Health Association"]), ("HOSPITAL", ["Bikenibeu Clinic"]),
      ("LOCATION", ["South Tarawa"]), ("PHONE", ["7502 8127"]), ("DATE", ["15/07/2025"]),
      ("DATE", ["Independence Day"]), ("NAME", ["Rutiana", "Tekeeua"]), ("DATE", ["03/02/1998"]),
      ("MRN", ["KFHA-B-20417"]), ("ID", ["KI 0418827"]), ("PHONE", ["7301 4826"]), ("LOCATION", ["Teaoraereke"]),
      ("LOCATION", ["Abaiang"]), ("LOCATION", ["Tabontebike"]), ("NAME", ["Tiaon"]),
      ("LOCATION", ["Marine Training Centre"]), ("LOCATION", ["Betio"]), ("DATE", ["December"]),
      ("DATE", ["04/05/2025"]), ("HOSPITAL", ["Tungaru Central Hospital"]), ("LOCATION", ["Nawerewere"]),
      ("SERIAL", ["TU7724"]), ("NAME", ["Mercy", "Kaure"]), ("DATE", ["07/2030"]), ("DATE", ["12/08/2025"]),
      ("NAME", ["Teretia", "Bwebwe"]), ("LICENCE", ["N-1148"]), ("NAME", ["Kabure", "Tooma"]), ("HOSPITAL", ["TCH"])],
     ["G3P3", "exclusively breastfeeding", "(LAM)", "postpartum 10 weeks", "Depo-Provera", "irregular bleeding",
      "BP 112/70", "BMI 32.4", "Hb 10.8 g/dL", "UPT negative", "chose Jadelle", "VIA negative", "WHO MEC category 1",
      "lidocaine 1% 2 mL", "levonorgestrel 2 x 75 mg rods", "Ferrous sulphate 200 mg daily"]),

    # 19 - North Macedonia, Pelagonia (Bitola, Resen): paediatric amblyopia and strabismus report (Macedonian)
    ("ЈЗУ Клиничка болница „Д-р Трифун Пановски“ Битола - Очно одделение, кабинет за страбизам\n"
     "ул. Партизанска бб, 7000 Битола | тел. 047 208 415 | факс 047 208 416 | ocno.oddelenie@kbbitola.mk\n"
     "ИЗВЕШТАЈ ОД СПЕЦИЈАЛИСТИЧКИ ПРЕГЛЕД | 05.08.2025 (по Илинден) | Протокол бр. 3318/25\n"
     "Пациент: Зора Николовска, 5 год., родена 11.08.2020, ЕМБГ 1108020445121, здравствена картичка ФЗОМ 0047 2281 93\n"
     "Адреса: Ресен, ул. Пресранска 12 | мајка Весна Николовска, тел. 075 418 336. Оди во градинката „Бамби“ во "
     "Ресен.\n"
     "Упатена од: педијатар д-р Билјана Цветковска, ПЗУ „Преспа Медика“, по систематски преглед.\n"
     "Наод: визус без корекција OD 1.0, OS 0.3 (LEA таблици). Hirschberg рефлекс: лесна конвергентност на OS; cover "
     "тест - езотропија 15 PD на близина. Циклоплегична рефракција (циклопентолат 1%): OD +1.00 D, OS +4.50 D. Предни "
     "сегменти и фундус уредни. Стереовид: Lang I тест негативен.\n"
     "Дијагноза: анизометропична амблиопија OS, со акомодативна езотропија.\n"
     "Терапија: очила со полна корекција; оклузија на десното око 4 часа дневно; ако по 3 месеци визусот е под 0.5 - "
     "атропин 1% капки во OD викенд. Контрола со ортоптичарка Ѓурѓица Талевска на 04.11.2025.\n"
     "Д-р Методија Стојановски, специјалист офталмолог | лиценца бр. 08731",
     [("HOSPITAL", ["Клиничка болница „Д-р Трифун Пановски“ Битола"]), ("ADDRESS", ["ул. Партизанска бб"]),
      ("POSTCODE", ["7000"]), ("LOCATION", ["Битола"]), ("PHONE", ["047 208 415"]), ("DATE", ["05.08.2025"]),
      ("DATE", ["Илинден"]), ("MRN", ["3318/25"]), ("NAME", ["Зора", "Николовска"]), ("DATE", ["11.08.2020"]),
      ("ID", ["1108020445121"]), ("ID", ["0047 2281 93"]), ("LOCATION", ["Ресен"]), ("ADDRESS", ["ул. Пресранска 12"]),
      ("NAME", ["Весна"]), ("PHONE", ["075 418 336"]), ("LOCATION", ["градинката „Бамби“"]),
      ("NAME", ["Билјана", "Цветковска"]), ("HOSPITAL", ["„Преспа Медика“"]), ("NAME", ["Ѓурѓица", "Талевска"]),
      ("DATE", ["04.11.2025"]), ("NAME", ["Методија", "Стојановски"]), ("LICENCE", ["08731"]), ("FAX", ["047 208 416"]),
      ("EMAIL", ["ocno.oddelenie@kbbitola.mk"])],
     ["OD 1.0, OS 0.3", "LEA таблици", "Hirschberg рефлекс", "езотропија 15 PD на близина", "Циклоплегична рефракција",
      "циклопентолат 1%", "OD +1.00 D, OS +4.50 D", "Lang I тест негативен", "анизометропична амблиопија OS",
      "акомодативна езотропија", "очила со полна корекција", "оклузија на десното око 4 часа дневно",
      "атропин 1% капки", "под 0.5"]),

    # 20 - USA, New Hampshire, Coös County (Berlin, Gorham, Success, Milan; Lebanon): home parenteral nutrition review
    ("Dartmouth Hitchcock Medical Center - Intestinal Rehabilitation & Nutrition Support Clinic\n"
     "One Medical Center Drive, Lebanon, NH 03756 | (603) 650-4418 | fax (603) 650-4419\n"
     "HOME PARENTERAL NUTRITION (HPN) REVIEW | 10/14/2025 (rescheduled from Columbus Day) | video visit + labs\n"
     "Patient: Raymond \"Ray\" Gagnon-Thibodeau | 67 M | DOB 01/09/1958 | MRN 3072-18845 | Medicare MBI 4TK7-HX2-QN58\n"
     "Lives in Berlin, NH (Glen Ave) with his wife Lorraine; retired from the Gorham paper mill; camp in Success where "
     "he hunts. Sister in Milan helps with line care when Lorraine works at Androscoggin Valley Hospital.\n"
     "Hx: short bowel syndrome after SMA embolism and massive resection in 2022 - ~90 cm small bowel remaining, end "
     "jejunostomy. Tunneled Hickman catheter (R IJ), placed 03/2024.\n"
     "Current PN via Granite State Home Infusion: 1.8 L, 5 nights/week over 12 h, Clinolipid 250 mL 3 nights; "
     "Taurolock between infusions. CADD-Solis pump serial CS2R-0418836, uploading through his home gateway "
     "10.42.7.19.\n"
     "Data: weight 61.2 kg (stable), stoma output 1.6 L/day, urine output 1.1 L/day. Mg 1.6 mg/dL, ALP 188 U/L, "
     "bilirubin 1.1 mg/dL, vitamin D 22 ng/mL, citrulline 14 µmol/L. No line infections in 12 months.\n"
     "Assessment: stable HPN dependence; early IFALD pattern (rising ALP).\n"
     "Plan: reduce lipid to 2 nights; add oral magnesium; vitamin D3 2000 IU daily; start teduglutide (Gattex) 0.05 "
     "mg/kg SC daily after colonoscopy screening - prior auth sent; labs weekly by the visiting nurse, Hannah Pelchat, "
     "RN. Next clinic visit 11/18/2025.\n"
     "Siobhan Ferreira-Knapp, MD | NH license 17542 | NPI 1765839208",
     [("HOSPITAL", ["Dartmouth Hitchcock Medical Center"]), ("ADDRESS", ["One Medical Center Drive"]),
      ("LOCATION", ["Lebanon"]), ("POSTCODE", ["03756"]), ("PHONE", ["(603) 650-4418"]), ("DATE", ["10/14/2025"]),
      ("DATE", ["Columbus Day"]), ("NAME", ["Raymond", "Ray", "Gagnon-Thibodeau"]), ("DATE", ["01/09/1958"]),
      ("MRN", ["3072-18845"]), ("ID", ["4TK7-HX2-QN58"]), ("LOCATION", ["Berlin"]), ("ADDRESS", ["Glen Ave"]),
      ("NAME", ["Lorraine"]), ("LOCATION", ["Gorham paper mill"]), ("LOCATION", ["Success"]), ("LOCATION", ["Milan"]),
      ("HOSPITAL", ["Androscoggin Valley Hospital"]), ("DATE", ["03/2024"]),
      ("LOCATION", ["Granite State Home Infusion"]), ("SERIAL", ["CS2R-0418836"]), ("NAME", ["Hannah", "Pelchat"]),
      ("DATE", ["11/18/2025"]), ("NAME", ["Siobhan", "Ferreira-Knapp"]), ("LICENCE", ["17542"]), ("ID", ["1765839208"]),
      ("FAX", ["(603) 650-4419"]), ("IP", ["10.42.7.19"])],
     ["short bowel syndrome", "SMA embolism", "~90 cm small bowel remaining", "end jejunostomy",
      "Tunneled Hickman catheter", "Clinolipid 250 mL", "Taurolock", "stoma output 1.6 L/day", "Mg 1.6 mg/dL",
      "ALP 188 U/L", "bilirubin 1.1 mg/dL", "vitamin D 22 ng/mL", "citrulline 14 µmol/L", "IFALD",
      "teduglutide (Gattex)"]),

    # 21 - India, Assam, Golaghat (Bokakhat, Naharbari; Jorhat): wild elephant attack injury report (Assamese)
    ("গোলাঘাট অসামৰিক চিকিৎসালয়, গোলাঘাট, অসম - জৰুৰীকালীন বিভাগ\n"
     "আঘাতৰ প্ৰতিবেদন (বন্য হাতীৰ আক্ৰমণ) | তাৰিখ: ১৫ জানুৱাৰী ২০২৬, ৰাতিপুৱা ৫:৪০ | পঞ্জীয়ন নং GCH/ER/2026/0217\n"
     "ৰোগী: শ্ৰী হৰেন গগৈ, পুৰুষ, ৪৫ বছৰ, পিতা: স্বৰ্গীয় ধনেশ্বৰ গগৈ\n"
     "ঠিকনা: গাঁও নাহৰবাৰী, ডাকঘৰ বোকাখাত, পিন ৭৮৫৬১২ | আধাৰ 8152 0739 4612 | ABHA 91-7730-5512-0846 | ম'বাইল (পত্নী "
     "জোনালী): 94350 62718\n"
     "কৰ্মস্থান: মেথনি চাহ বাগিচাৰ শ্ৰমিক; বাগিচাৰ পৰিচালক শ্ৰী অনুপম দত্তক খবৰ দিয়া হৈছে।\n"
     "ঘটনা: ভোগালী বিহুৰ উৰুকাৰ নিশা মেজিৰ পৰা ঘৰলৈ উভতি আহোঁতে বন্য হাতীয়ে শুঁৰেৰে দলিয়াই ভৰিৰে গচকে। চুবুৰীয়া "
     "দীপক বৰাই মটৰ চাইকেলত (AS-05-K-4417) লৈ আনে।\n"
     "পৰীক্ষা: GCS 15/15, HR 112/min, BP 100/64 mmHg, SpO2 91% (কোঠাৰ বায়ু)। সোঁফালৰ বুকুত বিষ আৰু subcutaneous "
     "emphysema; flail chest নাই। eFAST: সোঁ haemothorax। X-ray: সোঁফালৰ ৪-৭ নং পঁজৰৰ হাড় ভঙা। Hb 9.8 g/dL।\n"
     "চিকিৎসা: সোঁফালে ICD (28 Fr) - 450 mL তেজ ওলাল; অক্সিজেন 4 L/min; ceftriaxone 1 g IV; ট্ৰামাড'ল 50 mg IV; "
     "Tetanus toxoid 0.5 mL IM।\n"
     "পৰামৰ্শ: থৰাছিক চাৰ্জাৰীৰ বাবে জোৰহাট চিকিৎসা মহাবিদ্যালয় আৰু চিকিৎসালয়লৈ প্ৰেৰণ (108 এম্বুলেন্স)। ক্ষতিপূৰণৰ "
     "বাবে বোকাখাত বনাঞ্চল কাৰ্যালয় আৰু বোকাখাত থানাক জনোৱা হ'ল (জিডি নং 33/2026)।\n"
     "চিকিৎসা বিষয়া: ডাঃ পল্লৱী শৰ্মা (অসম চিকিৎসা পৰিষদ পঞ্জীয়ন নং 18427)",
     [("HOSPITAL", ["গোলাঘাট অসামৰিক চিকিৎসালয়"]), ("LOCATION", ["গোলাঘাট"]), ("DATE", ["১৫ জানুৱাৰী ২০২৬"]),
      ("MRN", ["GCH/ER/2026/0217"]), ("NAME", ["হৰেন", "গগৈ"]), ("NAME", ["ধনেশ্বৰ"]), ("LOCATION", ["নাহৰবাৰী"]),
      ("LOCATION", ["বোকাখাত"]), ("POSTCODE", ["৭৮৫৬১২"]), ("ID", ["8152 0739 4612"]), ("NAME", ["জোনালী"]),
      ("PHONE", ["94350 62718"]), ("LOCATION", ["মেথনি চাহ বাগিচা"]), ("DATE", ["ভোগালী বিহুৰ উৰুকা"]),
      ("NAME", ["দীপক", "বৰা"]), ("PLATE", ["AS-05-K-4417"]),
      ("HOSPITAL", ["জোৰহাট চিকিৎসা মহাবিদ্যালয় আৰু চিকিৎসালয়"]), ("LOCATION", ["বোকাখাত বনাঞ্চল কাৰ্যালয়"]),
      ("LOCATION", ["বোকাখাত থানা"]), ("ID", ["33/2026"]), ("NAME", ["পল্লৱী", "শৰ্মা"]), ("LICENCE", ["18427"]),
      ("ID", ["91-7730-5512-0846"]), ("NAME", ["অনুপম", "দত্ত"])],
     ["বন্য হাতীৰ আক্ৰমণ", "GCS 15/15", "HR 112/min", "BP 100/64 mmHg", "SpO2 91%", "subcutaneous emphysema",
      "flail chest নাই", "eFAST: সোঁ haemothorax", "৪-৭ নং পঁজৰৰ হাড় ভঙা", "Hb 9.8 g/dL", "ICD (28 Fr)",
      "ceftriaxone 1 g IV", "ট্ৰামাড'ল 50 mg IV", "Tetanus toxoid 0.5 mL IM", "থৰাছিক চাৰ্জাৰী"]),

    # 22 - Pitcairn Islands (Adamstown, Taro Ground; Mangareva; Auckland, Tauranga): glaucoma teleophthalmology review
    ("Pitcairn Island Medical Centre, Adamstown, Pitcairn Island PCRN 1ZZ\n"
     "GLAUCOMA REVIEW - teleophthalmology consult | 27/01/2026 (after Bounty Day)\n"
     "Patient: Mr Elwyn Christian, 68 M, DOB 09/06/1957 | NHI ZMR7446 | clinic no. PIT-0088\n"
     "Lives at Down Rope Road, Adamstown, with his wife Olive; grows bananas at Taro Ground and carves curios for the "
     "ship days. e-mail elwyn.christian@pitcairn.pn\n"
     "Background: primary open-angle glaucoma diagnosed on the visiting eye team's trip in 2021; on latanoprost 0.005% "
     "(Xalatan) nocte. Supplies run short between sailings of the Silver Supporter from Mangareva.\n"
     "Today (rotating MO): VA 6/9 R, 6/12 L. IOP (iCare) 24 mmHg R, 27 mmHg L at 10:30. Anterior chambers deep, van "
     "Herick grade 4. Fundus photos: cup-to-disc ratio 0.7 R, 0.8 L, inferior notch L. Central corneal thickness 512 "
     "µm (handheld pachymeter, serial PX-17730).\n"
     "Images and Humphrey 24-2 from the last visit uploaded to https://eyeconsult.adhb.health.nz/case/PN-2026-014 for "
     "Dr Meredith Tupou-Langley, Greenlane Clinical Centre, Auckland.\n"
     "Reply (29/01/2026): progression L (Humphrey 24-2 MD -6.4 dB, previously -4.1 dB; OCT RNFL thinning "
     "inferotemporal). Add timolol 0.5% bd to both eyes (no asthma, HR 72); consider SLT or Goldmann applanation "
     "confirmation when he travels to Tauranga in May for his grandson Kaleb's wedding.\n"
     "Plan: 3 months' supply of timolol on the next ship; teach Olive drop technique and punctal occlusion; recheck "
     "IOP in 4 weeks.\n"
     "Dr Rangi Whitlow-Akers, Medical Officer (MCNZ 60194) | rangi.medical@pitcairn.pn",
     [("HOSPITAL", ["Pitcairn Island Medical Centre"]), ("LOCATION", ["Adamstown"]), ("LOCATION", ["Pitcairn Island"]),
      ("POSTCODE", ["PCRN 1ZZ"]), ("DATE", ["27/01/2026"]), ("DATE", ["Bounty Day"]), ("NAME", ["Elwyn", "Christian"]),
      ("DATE", ["09/06/1957"]), ("ID", ["ZMR7446"]), ("MRN", ["PIT-0088"]), ("ADDRESS", ["Down Rope Road"]),
      ("NAME", ["Olive"]), ("LOCATION", ["Taro Ground"]), ("EMAIL", ["elwyn.christian@pitcairn.pn"]),
      ("LOCATION", ["Mangareva"]), ("SERIAL", ["PX-17730"]),
      ("URL", ["https://eyeconsult.adhb.health.nz/case/PN-2026-014"]), ("NAME", ["Meredith", "Tupou-Langley"]),
      ("HOSPITAL", ["Greenlane Clinical Centre"]), ("LOCATION", ["Auckland"]), ("DATE", ["29/01/2026"]),
      ("LOCATION", ["Tauranga"]), ("DATE", ["May"]), ("NAME", ["Kaleb"]), ("NAME", ["Rangi", "Whitlow-Akers"]),
      ("LICENCE", ["60194"]), ("EMAIL", ["rangi.medical@pitcairn.pn"])],
     ["primary open-angle glaucoma", "latanoprost 0.005% (Xalatan) nocte", "VA 6/9 R, 6/12 L",
      "IOP (iCare) 24 mmHg R, 27 mmHg L", "van Herick grade 4", "cup-to-disc ratio 0.7 R, 0.8 L", "inferior notch L",
      "thickness 512 µm", "Humphrey 24-2 MD -6.4 dB", "OCT RNFL thinning", "timolol 0.5% bd", "HR 72", "SLT",
      "Goldmann applanation", "punctal occlusion"]),

    # 23 - Azerbaijan, Lerik (Bilasar; Lənkəran; Baku): 24-hour ABPM report, woman aged 96 (Azerbaijani)
    ("Lerik Rayon Mərkəzi Xəstəxanası - Kardiologiya kabineti\n"
     "Lerik ş., Heydər Əliyev pr. 41, AZ4500 | tel. (025) 274 31 18\n"
     "24 SAATLIQ AMBULATOR ARTERİAL TƏZYİQ MONİTORİNQİNİN (ABPM) NƏTİCƏSİ\n"
     "Qoşulma: 24.03.2026, saat 09:20 - açılma: 25.03.2026, saat 09:35 (Novruz bayramından sonra)\n"
     "Xəstə: Məmmədova Gülbəniz Əli qızı, 96 yaş, doğum tarixi 02.02.1930 | FİN 5KT2R8Q | şəxsiyyət vəsiqəsi AZE "
     "10482736 | xəstəlik tarixi № 318/26\n"
     "Ünvan: Lerik rayonu, Bilasar kəndi. Nəvəsi Tural (tel. +994 50 418 27 36) gətirib; gəlini Bahar ona baxır. Oğlu "
     "Rövşən Məmmədov Bakıda, SOCAR-da işləyir.\n"
     "Cihaz: Schiller BR-102 plus, seriya № 082.7731. Valid ölçmələr 91%.\n"
     "Nəticə: 24 saatlıq orta AT 145/77 mmHg; gündüz 148/78 mmHg; gecə 139/74 mmHg - gecə enməsi 6% (non-dipper). Ürək "
     "ritmi 58-84/dəq. Qəbulda ölçülən 172/90 mmHg ilə müqayisədə ağ xalat effekti.\n"
     "Əlavə: ortostatik hipotenziya şübhəsi (ayağa qalxanda başgicəllənmə). Kreatinin 1,3 mq/dl, eGFR 38 ml/dəq/1,73 "
     "m², kalium 3,6 mmol/l.\n"
     "Müalicə: amlodipin 5 mq axşam qəbula keçirilsin; indapamid 1,5 mq dayandırılsın (yıxılma riski); duz "
     "azaldılsın.\n"
     "Təkrar ABPM 3 aydan sonra, iyun ayında. Lazım olarsa Lənkəran Regional Diaqnostika Mərkəzinə göndəriş.\n"
     "Kardioloq: Dr. Elnur Hüseynzadə | möhür № 2274",
     [("HOSPITAL", ["Lerik Rayon Mərkəzi Xəstəxanası"]), ("LOCATION", ["Lerik ş."]),
      ("ADDRESS", ["Heydər Əliyev pr. 41"]), ("POSTCODE", ["AZ4500"]), ("PHONE", ["(025) 274 31 18"]),
      ("DATE", ["24.03.2026"]), ("DATE", ["25.03.2026"]), ("DATE", ["Novruz bayramından"]),
      ("NAME", ["Məmmədova", "Gülbəniz"]), ("NAME", ["Əli"]), ("AGE", ["96 yaş"]), ("DOB90", ["1930", "02.02.1930"]),
      ("ID", ["5KT2R8Q"]), ("ID", ["AZE 10482736"]), ("MRN", ["318/26"]), ("LOCATION", ["Lerik rayonu"]),
      ("LOCATION", ["Bilasar"]), ("NAME", ["Tural"]), ("PHONE", ["+994 50 418 27 36"]), ("NAME", ["Bahar"]),
      ("NAME", ["Rövşən", "Məmmədov"]), ("LOCATION", ["Bakıda"]), ("LOCATION", ["SOCAR"]), ("SERIAL", ["082.7731"]),
      ("DATE", ["iyun"]), ("HOSPITAL", ["Lənkəran Regional Diaqnostika Mərkəzi"]), ("NAME", ["Elnur", "Hüseynzadə"]),
      ("LICENCE", ["2274"])],
     ["Schiller BR-102 plus", "Valid ölçmələr 91%", "24 saatlıq orta AT 145/77 mmHg", "gündüz 148/78 mmHg",
      "gecə 139/74 mmHg", "non-dipper", "Ürək ritmi 58-84/dəq", "172/90 mmHg", "ağ xalat effekti",
      "ortostatik hipotenziya", "Kreatinin 1,3 mq/dl", "eGFR 38 ml/dəq/1,73 m²", "kalium 3,6 mmol/l", "amlodipin 5 mq",
      "indapamid 1,5 mq"]),
]
