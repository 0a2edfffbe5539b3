"""Notes 20-39 of the twenty-ninth HELD-OUT set (see :mod:`deid_notes_heldout29` for how it was written and what it
holds).

These 20 notes hold 537 planted identifier parts in 455 (kind, parts) entries and 185 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a prenatal visit record (Labrador); 21, an interhospital transfer
form after snowmobile trauma (Svalbard); 23, an emergency psychiatric evaluation with a petition for emergency detention
(North Dakota); 24, an ultrasound and CT report (Gorno-Badakhshan); 25, a rheumatic heart disease recall list (Torres
Strait); 26, a parasitology and haematology laboratory report (Gabon); 27, a correctional centre intake health
assessment (Yukon); 29, an overseas treatment scheme referral letter (Tuvalu); 30, a ship's crew medical evacuation
report (Djibouti); 32, a school health office emergency incident report (Saipan); 35, a rural nurse specialist
after-hours record (Stewart Island); 36, a mobile dental clinic treatment record (Armenia); 37, an orthopaedic operative
report (Lapland); 38, an emergency department triage note for a patient aged 93 (Anguilla); 39, a cholera treatment
centre line list (Burundi). In Greek script: 22, a medical death certificate (Prespes); 33, a psychiatric assessment for
involuntary admission (Lesvos). In Chinese: 28, an emergency resuscitation record (Hainan, simplified); 34, a community
geriatric outreach visit to a care home for a resident aged 98 (Hong Kong, traditional). In Spanish: 31, a hyperbaric
unit admission note (Honduras). Entries per kind here: LOCATION 107, NAME 106, DATE 69, ID 38, HOSPITAL 32, PHONE 29,
ADDRESS 13, LICENCE 13, MRN 13, POSTCODE 9, EMAIL 8, PLATE 6, AGE 4, SERIAL 4, URL 2, HANDLE 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Canada, Labrador (Nunatsiavut, Hopedale): community clinic prenatal visit record
    ("Labrador-Grenfell Health - Hopedale Community Clinic, Hopedale, NL A0P 1G0 | 709-933-3857\n"
     "PRENATAL VISIT RECORD | 2026-01-27 | visit 6\n"
     "Client: Rhoda Obed-Winters | 24 F | DOB 2001-10-05 | MCP 803 571 264 019 | NIHB/Inuit beneficiary 0627-31\n"
     "Address: 12 Tikkigatsiak Road | Partner: Jacko Semigak, works two weeks in, two out at the Voisey's Bay mine\n"
     "G3P2 (two SVDs at Happy Valley-Goose Bay, 2021 and 2023). EDD 2026-04-10 by 12-week dating scan. Today 29+4 "
     "weeks.\n"
     "Feeling well; good fetal movements; some heartburn. No bleeding, no leaking, no headache.\n"
     "Exam: BP 118/70; weight 78.2 kg (+9.4 kg); fundal height 30 cm; FHR 142 by Doppler; cephalic; urine dip "
     "negative; no oedema.\n"
     "Results: blood group O Rh D negative, antibody screen negative (Jan 8). 50 g glucose challenge 8.9 mmol/L - "
     "needs a 75 g OGTT. Hb 104 g/L, ferritin 9 µg/L.\n"
     "Done today: WinRho (Rh immune globulin) 300 µg IM, lot 82Q4173, left deltoid, 11:05 - observed 20 min, no "
     "reaction. Tdap 0.5 mL IM (right deltoid).\n"
     "Plan: ferrous fumarate 300 mg daily with orange juice; Gaviscon PRN. 75 g OGTT and growth scan at the Labrador "
     "Health Centre on Feb 16 (Air Borealis booking via the patient travel office). GBS swab at 35-37 weeks. "
     "Relocation to Happy Valley-Goose Bay at 37 weeks to wait for birth - her aunt Sarah Flowers-Pottle will host "
     "her; other two kids staying with her mom Nellie in Hopedale.\n"
     "Discussed by phone with Dr. Emeka Ndukwe-Parsons (obstetrician on call, Labrador Health Centre) - agrees.\n"
     "Kirsten Poole-Ashini, RN(NP) | CRNNL 14082",
     [("HOSPITAL", ["Hopedale Community Clinic"]), ("LOCATION", ["Hopedale"]), ("POSTCODE", ["A0P 1G0"]),
      ("PHONE", ["709-933-3857"]), ("DATE", ["2026-01-27"]), ("NAME", ["Rhoda", "Obed-Winters"]),
      ("DATE", ["2001-10-05"]), ("ID", ["803 571 264 019"]), ("ID", ["0627-31"]),
      ("ADDRESS", ["12 Tikkigatsiak Road"]), ("NAME", ["Jacko", "Semigak"]), ("LOCATION", ["Voisey's Bay mine"]),
      ("LOCATION", ["Happy Valley-Goose Bay"]), ("DATE", ["2026-04-10"]), ("DATE", ["Jan 8"]),
      ("SERIAL", ["82Q4173"]), ("HOSPITAL", ["Labrador Health Centre"]), ("DATE", ["Feb 16"]),
      ("NAME", ["Sarah", "Flowers-Pottle"]), ("NAME", ["Nellie"]), ("NAME", ["Emeka", "Ndukwe-Parsons"]),
      ("NAME", ["Kirsten", "Poole-Ashini"]), ("LICENCE", ["14082"])],
     ["G3P2", "29+4 weeks", "fundal height 30 cm", "Rh D negative", "75 g OGTT",
      "WinRho (Rh immune globulin) 300 µg", "Tdap 0.5 mL IM", "ferrous fumarate 300 mg", "Gaviscon", "GBS swab"]),

    # 21 - Norway, Svalbard (Longyearbyen): interhospital transfer form, snowmobile trauma
    ("UNN Longyearbyen sykehus - INTERHOSPITAL TRANSFER FORM (overflyttingsskjema)\n"
     "Date: 03.03.2026 | Departure 16:20 | Air ambulance Lufttransport King Air, LN-LTU | To: Akuttmottaket, UNN "
     "Tromsø, trauma team alerted (ref. AMK-260303-117)\n"
     "Patient: Håvard Lillevik-Strøm | M 38 | f.nr. 14038743733 | Longyearbyen hospital no. LYB-26-0093\n"
     "Address: Vei 228-14, Nybyen, 9170 Longyearbyen. Snowmobile guide with Polarhest Ekspedisjoner AS.\n"
     "Mechanism: at about 13:30, leading a tour in Sassendalen, his snowmobile hit a snow ridge at speed; thrown onto "
     "the handlebars. Brought in by the tour group and the Sysselmester's helicopter.\n"
     "Findings: A - clear. B - RR 24, SpO2 95% on 10 L O2, tender L ribs 9-10, breath sounds equal. C - HR 118, BP "
     "96/60 on arrival -> 112/70 after treatment; eFAST free fluid in LUQ (splenorenal), no pericardial fluid, no "
     "pneumothorax. D - GCS 15. E - T 35.6 (warming blanket).\n"
     "Suspected splenic injury; haemodynamically responder. No CT available here.\n"
     "Treatment: 2 x 14G IV; tranexamic acid 1 g IV at 14:25 (second gram as infusion over 8 h running); 2 units of "
     "whole blood from the walking blood bank (donors registered, ref. WB-26-014/015); fentanyl 50 µg IV x2; "
     "ondansetron 4 mg. Hb 112 -> 98 g/L. Lactate 3.1.\n"
     "Allergies: none. Meds: none. Last meal 07:00.\n"
     "Contact: partner Ingrid Mæland, +47 915 28 664 (flying down tomorrow).\n"
     "Transferring physician: Mathilde Kvernmo-Sæther, lege | HPR-nr. 9184273 | sykehuset 79 02 42 00\n"
     "Accepting: Dr. Ola Brekkeflat, on-call surgeon, UNN Tromsø (phoned 15:10)",
     [("HOSPITAL", ["UNN Longyearbyen sykehus"]), ("DATE", ["03.03.2026"]), ("PLATE", ["LN-LTU"]),
      ("HOSPITAL", ["UNN"]), ("LOCATION", ["Tromsø"]), ("ID", ["AMK-260303-117"]),
      ("NAME", ["Håvard", "Lillevik-Strøm"]), ("ID", ["14038743733"]), ("LOCATION", ["Longyearbyen"]),
      ("MRN", ["LYB-26-0093"]), ("ADDRESS", ["Vei 228-14"]), ("LOCATION", ["Nybyen"]), ("POSTCODE", ["9170"]),
      ("LOCATION", ["Polarhest Ekspedisjoner AS"]), ("LOCATION", ["Sassendalen"]), ("ID", ["WB-26-014/015"]),
      ("NAME", ["Ingrid", "Mæland"]), ("PHONE", ["+47 915 28 664"]), ("NAME", ["Mathilde", "Kvernmo-Sæther"]),
      ("LICENCE", ["9184273"]), ("PHONE", ["79 02 42 00"]), ("NAME", ["Ola", "Brekkeflat"])],
     ["King Air", "eFAST", "LUQ (splenorenal)", "GCS 15", "tranexamic acid 1 g IV", "walking blood bank",
      "fentanyl 50 µg IV", "ondansetron 4 mg", "Hb 112 -> 98 g/L"]),

    # 22 - Greece, Western Macedonia (Prespes, Florina): medical death certificate (Greek)
    ("ΙΑΤΡΙΚΗ ΒΕΒΑΙΩΣΗ ΘΑΝΑΤΟΥ (ηλεκτρονική) | Αρ. βεβαίωσης 2025-53-003962\n"
     "Γενικό Νοσοκομείο Φλώρινας «Ελένη Θ. Δημητρίου» - Καρδιολογική Κλινική\n"
     "ΣΤΟΙΧΕΙΑ ΘΑΝΟΝΤΟΣ\n"
     "Επώνυμο: ΚΑΡΑΝΙΚΟΛΑΣ | Όνομα: ΘΕΟΦΑΝΗΣ | Πατρώνυμο: ΛΑΖΑΡΟΣ | Μητρώνυμο: ΣΟΦΙΑ\n"
     "Φύλο: Άρρεν | Ημ. γέννησης: 22/02/1951 | ΑΜΚΑ 22025108279 | ΑΔΤ ΑΚ 729416\n"
     "Τόπος κατοικίας: Ψαράδες, Δήμος Πρεσπών, ΤΚ 53077 | Επάγγελμα: αλιέας (συνταξιούχος) | Οικογ. κατάσταση: "
     "έγγαμος\n"
     "ΣΤΟΙΧΕΙΑ ΘΑΝΑΤΟΥ\n"
     "Ημερομηνία και ώρα: 09/12/2025, 04:20 | Τόπος: Νοσοκομείο (ΜΕΘ-Στεφανιαία Μονάδα), Φλώρινα\n"
     "Εισαγωγή: 07/12/2025, με διακομιδή από το Κέντρο Υγείας Αμυνταίου.\n"
     "ΑΙΤΙΑ ΘΑΝΑΤΟΥ\n"
     "Ι. α) Καρδιογενής καταπληξία (R57.0) - διάρκεια 18 ώρες\n"
     "   β) Οξύ έμφραγμα μυοκαρδίου κατωτέρου τοιχώματος με επέκταση στη δεξιά κοιλία (I21.1) - 2 ημέρες\n"
     "   γ) Στεφανιαία νόσος τριών αγγείων (I25.1) - έτη\n"
     "ΙΙ. Σακχαρώδης διαβήτης τύπου 2 (E11.9), ΧΑΠ (J44.9), χρόνια νεφρική νόσος σταδίου 3 (N18.3)\n"
     "Νεκροψία: Όχι | Ιατροδικαστική εξέταση: Όχι | Θάνατος από βίαιη αιτία: Όχι\n"
     "Δηλών: ο γιος του, Λάζαρος Καρανικόλας, κάτοικος Θεσσαλονίκης, τηλ. 6945 207 381\n"
     "Για το Ληξιαρχείο Δήμου Πρεσπών (Λαιμός).\n"
     "ΒΕΒΑΙΩΝ ΙΑΤΡΟΣ: Σταυρούλα Τσιαμήτα-Πέτκου, Καρδιολόγος, Διευθύντρια ΕΣΥ | ΑΜ Ιατρικού Συλλόγου Φλώρινας 3182 | "
     "stsiamita@gnflorinas.gr",
     [("ID", ["2025-53-003962"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Φλώρινας «Ελένη Θ. Δημητρίου»"]),
      ("NAME", ["ΚΑΡΑΝΙΚΟΛΑΣ", "ΘΕΟΦΑΝΗΣ"]), ("NAME", ["ΛΑΖΑΡΟΣ"]), ("NAME", ["ΣΟΦΙΑ"]), ("DATE", ["22/02/1951"]),
      ("ID", ["22025108279"]), ("ID", ["ΑΚ 729416"]), ("LOCATION", ["Ψαράδες"]), ("LOCATION", ["Δήμος Πρεσπών"]),
      ("POSTCODE", ["53077"]), ("DATE", ["09/12/2025"]), ("LOCATION", ["Φλώρινα"]), ("DATE", ["07/12/2025"]),
      ("HOSPITAL", ["Κέντρο Υγείας Αμυνταίου"]), ("NAME", ["Λάζαρος", "Καρανικόλας"]),
      ("LOCATION", ["Θεσσαλονίκης"]), ("PHONE", ["6945 207 381"]), ("LOCATION", ["Δήμου Πρεσπών"]),
      ("LOCATION", ["Λαιμός"]), ("NAME", ["Σταυρούλα", "Τσιαμήτα-Πέτκου"]), ("LOCATION", ["Φλώρινας"]),
      ("LICENCE", ["3182"]), ("EMAIL", ["stsiamita@gnflorinas.gr"])],
     ["Καρδιογενής καταπληξία (R57.0)", "Οξύ έμφραγμα μυοκαρδίου", "I21.1", "I25.1", "E11.9", "J44.9", "N18.3",
      "ΜΕΘ-Στεφανιαία Μονάδα"]),

    # 23 - USA, North Dakota (Turtle Mountain, Belcourt): emergency psychiatric evaluation and emergency detention
    ("Quentin N. Burdick Memorial Health Care Facility (IHS) - Emergency Department\n"
     "1300 Hospital Loop, Belcourt, ND 58316 | ED (701) 477-6111\n"
     "EMERGENCY PSYCHIATRIC EVALUATION | 11/22/2025 01:35\n"
     "Patient: Tyler James Azure-Laverdure | 22 M | DOB 09/30/2003 | HRN 126093 | Tribal ID TMBCI-036157\n"
     "Lives with his grandmother in Shell Valley; works nights at Sky Dancer Casino; second-year student at Turtle "
     "Mountain Community College.\n"
     "Brought in by BIA police (Officer K. Decoteau, badge 417) after his cousin saw a Facebook post from "
     "@tj.azure.218 at 23:48 saying \"sorry for everything, goodbye\" and called 911.\n"
     "History: breakup 2 weeks ago; not sleeping; drinking daily; meth use 3x this week. Tonight he drove to Lake "
     "Belcourt with a rope in his truck (ND plate 872 BHX). Older brother died by suicide in 2022.\n"
     "MSE: disheveled, tearful, poor eye contact; mood \"empty\"; affect constricted; thought process linear; "
     "endorses SI with a plan (hanging) and intent; no HI; no AH/VH; insight poor; judgment impaired.\n"
     "C-SSRS: active ideation with plan and intent, preparatory behavior in the past week - HIGH risk. PHQ-9 23/27. "
     "BAL 0.11 g/dL. UDS positive for methamphetamine and cannabinoids.\n"
     "Assessment: major depressive episode, severe, with acute suicide risk; alcohol and stimulant use.\n"
     "Plan: 1:1 sitter, ligature-safe room, belongings searched. Petition for emergency detention under N.D.C.C. "
     "25-03.1-25 signed; transfer to Prairie St. John's, Fargo, by Rolette County Sheriff once medically cleared. "
     "CIWA-Ar monitoring; lorazepam 1 mg PO PRN CIWA > 10. Naltrexone and sertraline to be considered by the "
     "receiving team.\n"
     "Grandmother Delphine Poitra notified at 01:50, (701) 477-3329.\n"
     "Rachel Keplin-Morin, MD | ND license 12874 | NPI 1369274810",
     [("HOSPITAL", ["Quentin N. Burdick Memorial Health Care Facility"]), ("ADDRESS", ["1300 Hospital Loop"]),
      ("LOCATION", ["Belcourt"]), ("POSTCODE", ["58316"]), ("PHONE", ["(701) 477-6111"]), ("DATE", ["11/22/2025"]),
      ("NAME", ["Tyler James", "Azure-Laverdure"]), ("DATE", ["09/30/2003"]), ("MRN", ["126093"]),
      ("ID", ["TMBCI-036157"]), ("LOCATION", ["Shell Valley"]), ("LOCATION", ["Sky Dancer Casino"]),
      ("LOCATION", ["Turtle Mountain Community College"]), ("NAME", ["K.", "Decoteau"]), ("ID", ["417"]),
      ("HANDLE", ["@tj.azure.218"]), ("LOCATION", ["Lake Belcourt"]), ("PLATE", ["872 BHX"]),
      ("HOSPITAL", ["Prairie St. John's"]), ("LOCATION", ["Fargo"]), ("LOCATION", ["Rolette County"]),
      ("NAME", ["Delphine", "Poitra"]), ("PHONE", ["(701) 477-3329"]), ("NAME", ["Rachel", "Keplin-Morin"]),
      ("LICENCE", ["12874"]), ("ID", ["1369274810"])],
     ["C-SSRS", "PHQ-9 23/27", "BAL 0.11 g/dL", "methamphetamine", "1:1 sitter", "N.D.C.C. 25-03.1-25", "CIWA-Ar",
      "lorazepam 1 mg PO", "major depressive episode"]),

    # 24 - Tajikistan, Gorno-Badakhshan (Khorog): ultrasound and CT report, hepatic cystic echinococcosis
    ("GBAO REGIONAL HOSPITAL, KHOROG - Department of Radiology\n"
     "ULTRASOUND AND CT ABDOMEN REPORT | 12 May 2025 | Study IDs US-25-0847, CT-25-0311\n"
     "Images: http://172.20.14.5/pacs/viewer?study=CT-25-0311 (hospital network only)\n"
     "Patient: Nigina Mamadnazarova | F, 29 y | DOB 07.05.1996 | Med. card no. KHR-25/2963 | INN 741593062\n"
     "Address: Bardara village, Rushan district | Referred by Dr. Davlatsho Qurbonshoev, Rushan District Hospital\n"
     "Clinical: dull right upper quadrant pain for 4 months, early satiety. Shepherd family, dogs at home. Pregnancy "
     "test negative (β-hCG < 5 IU/L).\n"
     "Ultrasound (convex probe, Mindray DC-40): in segment VII of the right lobe, a cyst 9.2 x 8.1 x 7.6 cm with "
     "detached, floating endocyst membranes (\"water lily sign\"). No daughter cysts, no calcification. Wall 4 mm. "
     "Intra- and extrahepatic bile ducts not dilated. Spleen, kidneys normal. No free fluid.\n"
     "CT abdomen with contrast: confirms a single unilocular cyst with collapsed membranes, no enhancement of the "
     "contents, no cystobiliary fistula seen; mild mass effect on the IVC without thrombosis. Lung bases clear.\n"
     "Conclusion: Hepatic cystic echinococcosis, WHO-IWGE classification CE3a (Gharbi type II), active-transitional "
     "stage, 9.2 cm.\n"
     "Recommendations: Echinococcus IgG ELISA; chest X-ray; albendazole 400 mg BID with food (weight 61 kg), LFTs and "
     "CBC every 2 weeks; refer to surgery (PAIR or open cystectomy) - PAIR may be less suitable because of the "
     "detached membranes. Screen family members and deworm the dogs (praziquantel).\n"
     "Reported by: Dr. Firuza Alidodova-Shirinbekova, radiologist | phone +992 93 561 70 24 | "
     "radiology.khorog@gbaohealth.tj",
     [("HOSPITAL", ["GBAO REGIONAL HOSPITAL"]), ("LOCATION", ["KHOROG"]), ("DATE", ["12 May 2025"]),
      ("ID", ["US-25-0847"]), ("ID", ["CT-25-0311"]), ("URL", ["http://172.20.14.5/pacs/viewer?study=CT-25-0311"]),
      ("IP", ["172.20.14.5"]), ("NAME", ["Nigina", "Mamadnazarova"]), ("DATE", ["07.05.1996"]),
      ("MRN", ["KHR-25/2963"]), ("ID", ["741593062"]), ("LOCATION", ["Bardara"]), ("LOCATION", ["Rushan"]),
      ("NAME", ["Davlatsho", "Qurbonshoev"]), ("HOSPITAL", ["Rushan District Hospital"]),
      ("NAME", ["Firuza", "Alidodova-Shirinbekova"]), ("PHONE", ["+992 93 561 70 24"]),
      ("EMAIL", ["radiology.khorog@gbaohealth.tj"])],
     ["β-hCG < 5 IU/L", "Mindray DC-40", "segment VII", "water lily sign", "cystobiliary fistula",
      "WHO-IWGE classification CE3a (Gharbi type II)", "albendazole 400 mg BID", "PAIR", "praziquantel"]),

    # 25 - Australia, Far North Queensland (Torres Strait): rheumatic heart disease secondary prophylaxis recall list
    ("Torres and Cape Hospital and Health Service - Thursday Island Hospital, Douglas Street, Thursday Island QLD "
     "4875\n"
     "RHEUMATIC HEART DISEASE PROGRAM - BPG RECALL LIST, outer islands visit 16-20 February 2026\n"
     "RHD nurse: Bernadette Anau-Kris (ph 07 4069 0217) | Visiting cardiologist: Dr Hamish Okonjo-Tully\n"
     "All on Bicillin L-A 1.2 million units deep IM every 28 days (with lidocaine 1% 0.5 mL); weights to be checked.\n"
     "\n"
     "1. NONA-WAIA, Tahlia, 14 F, Saibai Island. URN TIH-052913. Medicare 4281 73658 1 (IRN 3). ARF in 2022 with "
     "carditis (2015 revised Jones criteria); moderate MR, priority 2. Last BPG 19/01/2026 - due 16/02. Adherence 92% "
     "over 12 months. Likes the injection done at the clinic after school at Tagai State College, Saibai campus.\n"
     "2. AKIBA, Dezmond, 19 M, Boigu Island. URN TIH-047708. Medicare 5193 82747 1. Severe AR and moderate MR, "
     "priority 1. Three doses missed since November - away crewing on the crayfish boat Zenadth Star. Echo and review "
     "with Dr Okonjo-Tully on Saibai; referred to the Cairns Hospital cardiac surgeons. Mum: Aunty Lena Akiba, 0427 "
     "318 905.\n"
     "3. ELU-BILLY, Merindah, 31 F, Mabuiag Island. URN TIH-031245. St Jude mechanical mitral valve (2019). Now "
     "pregnant, 20/40. Warfarin 5 mg changed to enoxaparin 1 mg/kg BD with anti-Xa levels (target 1.0-1.2 U/mL) on "
     "advice of the obstetric medicine team. BPG continues.\n"
     "4. WARE, Kaiyu, 8 M, Badu Island. URN TIH-060388. Probable ARF (polyarthritis, ESR 88 mm/h, prolonged PR "
     "interval) in December; echo normal; BPG for a minimum of 5 years. Dad Solomon drives him to the PHCC; Kaiyu's "
     "teacher at Badu campus knows about the injections.\n"
     "Flights: Skytrans to Saibai on 16/02; dinghy to Boigu with Uncle Mosby on 17/02.",
     [("HOSPITAL", ["Thursday Island Hospital"]), ("ADDRESS", ["Douglas Street"]), ("LOCATION", ["Thursday Island"]),
      ("POSTCODE", ["4875"]), ("DATE", ["16-20 February 2026"]), ("NAME", ["Bernadette", "Anau-Kris"]),
      ("PHONE", ["07 4069 0217"]), ("NAME", ["Hamish", "Okonjo-Tully"]), ("NAME", ["NONA-WAIA", "Tahlia"]),
      ("LOCATION", ["Saibai Island"]), ("MRN", ["TIH-052913"]), ("ID", ["4281 73658 1"]), ("DATE", ["19/01/2026"]),
      ("DATE", ["16/02"]), ("LOCATION", ["Tagai State College"]), ("LOCATION", ["Saibai"]),
      ("NAME", ["AKIBA", "Dezmond"]), ("LOCATION", ["Boigu Island"]), ("MRN", ["TIH-047708"]),
      ("ID", ["5193 82747 1"]), ("DATE", ["November"]), ("LOCATION", ["Zenadth Star"]),
      ("HOSPITAL", ["Cairns Hospital"]), ("NAME", ["Lena", "Akiba"]), ("PHONE", ["0427 318 905"]),
      ("NAME", ["ELU-BILLY", "Merindah"]), ("LOCATION", ["Mabuiag Island"]), ("MRN", ["TIH-031245"]),
      ("NAME", ["WARE", "Kaiyu"]), ("LOCATION", ["Badu Island"]), ("MRN", ["TIH-060388"]), ("DATE", ["December"]),
      ("NAME", ["Solomon"]), ("LOCATION", ["Badu"]), ("LOCATION", ["Boigu"]), ("NAME", ["Mosby"]),
      ("DATE", ["17/02"])],
     ["Bicillin L-A 1.2 million units", "lidocaine 1% 0.5 mL", "2015 revised Jones criteria", "moderate MR",
      "St Jude mechanical mitral valve", "20/40", "enoxaparin 1 mg/kg BD", "anti-Xa", "ESR 88 mm/h",
      "prolonged PR interval"]),

    # 26 - Gabon, Moyen-Ogooué (Lambaréné): parasitology and haematology laboratory report
    ("HÔPITAL ALBERT SCHWEITZER - LABORATOIRE D'ANALYSES MÉDICALES\n"
     "BP 118, Lambaréné, Gabon | tél. +241 11 58 17 40 | labo.has@has-lambarene.ga\n"
     "LABORATORY REPORT - PARASITOLOGY / HAEMATOLOGY\n"
     "Lab no. HAS-LAB-26-00963 | Collected 11/03/2026 12:15 (midday sample) | Validated 11/03/2026 16:40\n"
     "Patient: NZÉ ONDO-MINTSA Ghislain | M, 41 y | DOB 02/08/1984 | CNAMGS 1984-0802-3317-6\n"
     "Ward: Médecine interne, bed 12 | Requested by Dr. Prisca Moussavou-Ibinga\n"
     "Address: Quartier Isaac, Lambaréné. Chainsaw operator with Bois Tropicaux du Moyen-Ogooué (logging camp near "
     "Ndjolé).\n"
     "Clinical information: fever 4 days, recurrent itchy swelling of the right forearm, \"worm crossing the eye\" "
     "last month.\n"
     "HAEMATOLOGY (Sysmex XN-350): Hb 9.2 g/dL | WBC 9.8 x10^9/L | eosinophils 14% (1.37 x10^9/L) | platelets 61 "
     "x10^9/L.\n"
     "MALARIA: thick and thin films, Giemsa 10%: Plasmodium falciparum, asexual forms 84,000 parasites/µL "
     "(parasitaemia 1.9%); no schizonts; gametocytes absent. Malaria RDT (HRP2/pLDH): positive.\n"
     "FILARIAE (Knott's concentration, 1 mL midday blood): Loa loa microfilariae 12,400 mf/mL. Mansonella perstans "
     "microfilariae present (scanty).\n"
     "COMMENT: Loa loa load > 8,000 mf/mL - HIGH RISK of encephalopathy with ivermectin or DEC; do not give "
     "ivermectin (e.g. in mass drug administration). Treat the malaria first (artesunate IV 2.4 mg/kg if signs of "
     "severity, otherwise artemether-lumefantrine); discuss load reduction with albendazole before any "
     "microfilaricide. Repeat midday Knott's after treatment.\n"
     "Technician: A.M.N. | Biologist: Dr. Wilfried Ekomi-Boussougou (validated electronically)\n"
     "Results online: https://lims.has-lambarene.ga/report/HAS-LAB-26-00963",
     [("HOSPITAL", ["HÔPITAL ALBERT SCHWEITZER"]), ("ADDRESS", ["BP 118"]), ("LOCATION", ["Lambaréné"]),
      ("PHONE", ["+241 11 58 17 40"]), ("EMAIL", ["labo.has@has-lambarene.ga"]), ("ID", ["HAS-LAB-26-00963"]),
      ("DATE", ["11/03/2026"]), ("NAME", ["NZÉ ONDO-MINTSA", "Ghislain"]), ("DATE", ["02/08/1984"]),
      ("ID", ["1984-0802-3317-6"]), ("NAME", ["Prisca", "Moussavou-Ibinga"]), ("LOCATION", ["Quartier Isaac"]),
      ("LOCATION", ["Bois Tropicaux du Moyen-Ogooué"]), ("LOCATION", ["Ndjolé"]), ("NAME", ["A.M.N."]),
      ("NAME", ["Wilfried", "Ekomi-Boussougou"]), ("URL", ["https://lims.has-lambarene.ga/report/HAS-LAB-26-00963"])],
     ["Sysmex XN-350", "eosinophils 14%", "Giemsa 10%", "Plasmodium falciparum", "parasitaemia 1.9%", "HRP2/pLDH",
      "Knott's concentration", "Loa loa microfilariae 12,400 mf/mL", "Mansonella perstans", "ivermectin",
      "artesunate IV 2.4 mg/kg", "artemether-lumefantrine"]),

    # 27 - Canada, Yukon (Whitehorse): correctional centre intake health assessment
    ("Whitehorse Correctional Centre - Health Services\n"
     "INTAKE HEALTH ASSESSMENT (within 24 h of admission) | 2025-11-16 07:30\n"
     "Name: Kyle Dennis Silas-Tizya | DOB 1992-06-08 (33) | Inmate no. WCC-25-1183 | YHCIP 002 491 735\n"
     "Admitted 2025-11-15 22:10 on remand from the Territorial Court. Usual address: Old Crow (fly-in), staying with "
     "his cousin on Hanson Street in Whitehorse since October.\n"
     "Substance use: smoked 'down' (fentanyl) daily, last use about 36 h ago; benzos occasionally; alcohol on "
     "weekends. Overdoses x2 this year, naloxone used by friends.\n"
     "Withdrawal: yawning, rhinorrhoea, gooseflesh, restless, pupils 5 mm, HR 104 - COWS 14 (moderate).\n"
     "Plan agreed: start opioid agonist treatment - Suboxone (buprenorphine/naloxone) 4 mg/1 mg SL now, repeat 4 mg "
     "in 2 h if COWS still > 8, max 12 mg day 1; physician review today. Take-home naloxone kit on release.\n"
     "Infectious disease: HCV antibody positive in 2021, never treated - HCV RNA and genotype sent. HIV, syphilis "
     "offered and accepted. TB: Mantoux (TST) placed L forearm 08:10, read on 2025-11-18; BCG as an infant.\n"
     "Other: fractured upper left incisor, dental referral. Hep A/B vaccines due. Suicide screening: denies SI; no "
     "past attempts. Wants to talk to an Elder - referred to the First Nations programming staff.\n"
     "Allergies: penicillin (rash).\n"
     "Next of kin: mother Martha Silas, Old Crow, 867-966-3142.\n"
     "Assessing nurse: Yvette Marchand-Sheldon, RN | YRNA 2741 | Physician visit booked with Dr. Olumide "
     "Eriksen-Naylor",
     [("HOSPITAL", ["Whitehorse Correctional Centre"]), ("DATE", ["2025-11-16"]),
      ("NAME", ["Kyle Dennis", "Silas-Tizya"]), ("DATE", ["1992-06-08"]), ("ID", ["WCC-25-1183"]),
      ("ID", ["002 491 735"]), ("DATE", ["2025-11-15"]), ("LOCATION", ["Old Crow"]), ("ADDRESS", ["Hanson Street"]),
      ("LOCATION", ["Whitehorse"]), ("DATE", ["October"]), ("DATE", ["2025-11-18"]), ("NAME", ["Martha", "Silas"]),
      ("PHONE", ["867-966-3142"]), ("NAME", ["Yvette", "Marchand-Sheldon"]), ("LICENCE", ["2741"]),
      ("NAME", ["Olumide", "Eriksen-Naylor"])],
     ["COWS 14", "Suboxone (buprenorphine/naloxone) 4 mg/1 mg SL", "naloxone kit", "HCV RNA", "Mantoux (TST)",
      "BCG", "penicillin (rash)"]),

    # 28 - China, Hainan (Wuzhishan): emergency resuscitation record, many-banded krait bite (simplified)
    ("海南省第三人民医院　急诊科\n"
     "急诊抢救记录\n"
     "姓名：王亚雄　性别：男　年龄：38岁　民族：黎族　职业：割胶工（五指山市畅好农场）\n"
     "急诊号：JZ20250817-0042　身份证号：469001198705220318\n"
     "住址：海南省五指山市毛阳镇番满村3队　新农合证号：4690010417263\n"
     "到院时间：2025年8月17日 04:05　陪同：弟弟王亚强，骑摩托车（琼D·5K318）送来\n"
     "病史：患者于今晨约02:30在胶林割胶时被蛇咬伤右足背，当时仅轻微刺痛，未在意。约1小时后出现眼睑下垂、视物模糊、吞咽困难、言语不清，继而胸闷气促。其弟将打死的蛇带来，经辨认为银环蛇（Bungarus multicinctus）。\n"
     "查体：T 36.7℃，P 112次/分，R 8次/分（浅慢），BP 146/92 mmHg，SpO2 82%。神志清，双侧眼睑下垂，瞳孔等大3 mm，对光反射迟钝，张口、伸舌困难，四肢肌力3级。右足背两个细小牙痕，局部无明显肿胀。\n"
     "既往史：体健，否认高血压、糖尿病史，无药物过敏史。\n"
     "辅助检查：血常规 WBC 13.2×10⁹/L，CK 310 U/L，凝血功能正常（PT 12.1 s），心电图示窦性心动过速。\n"
     "诊断：1. 银环蛇咬伤（神经毒类）　2. 急性呼吸衰竭（Ⅱ型）\n"
     "抢救经过：04:10 快速顺序诱导气管插管，接呼吸机 SIMV 模式，FiO2 60%，PEEP 5 cmH₂O；04:20 抗银环蛇毒血清 10000 U 加入生理盐水 250 ml 静滴（皮试阴性）；新斯的明 0.5 mg 肌注试验性治疗无明显改善；破伤风抗毒素 1500 IU 肌注（皮试阴性）。血气（04:30）：pH 7.21，PaCO₂ 68 mmHg。\n"
     "处理意见：收入ICU继续机械通气，必要时重复抗蛇毒血清；已电话请海口蛇伤救治专家远程指导。已向家属交代病情危重，签署病危通知书。\n"
     "家属：妻子 符秀英　电话 13876042915\n"
     "抢救医师：羊德明　　护士：吉桂兰　　上级医师：邢志远（主任医师）",
     [("HOSPITAL", ["海南省第三人民医院"]), ("NAME", ["王亚雄"]), ("LOCATION", ["五指山市"]), ("LOCATION", ["畅好农场"]),
      ("MRN", ["JZ20250817-0042"]), ("ID", ["469001198705220318"]), ("LOCATION", ["毛阳镇"]), ("LOCATION", ["番满村"]),
      ("ADDRESS", ["3队"]), ("ID", ["4690010417263"]), ("LOCATION", ["海口"]), ("DATE", ["2025年8月17日"]),
      ("NAME", ["王亚强"]), ("PLATE", ["琼D·5K318"]), ("NAME", ["符秀英"]), ("PHONE", ["13876042915"]), ("NAME", ["羊德明"]),
      ("NAME", ["吉桂兰"]), ("NAME", ["邢志远"])],
     ["眼睑下垂", "银环蛇（Bungarus multicinctus）", "急性呼吸衰竭（Ⅱ型）", "SIMV", "PEEP 5 cmH₂O", "抗银环蛇毒血清 10000 U", "CK 310 U/L",
      "新斯的明 0.5 mg", "破伤风抗毒素 1500 IU", "PaCO₂ 68 mmHg"]),

    # 29 - Tuvalu (Funafuti, Nanumea): Tuvalu Medical Treatment Scheme overseas referral, rheumatic mitral stenosis
    ("GOVERNMENT OF TUVALU - Ministry of Health, Social Welfare and Gender Affairs\n"
     "Princess Margaret Hospital, Funafuti | tel. +688 20480 | tmts.referrals@health.gov.tv\n"
     "TUVALU MEDICAL TREATMENT SCHEME (TMTS) - OVERSEAS REFERRAL | TMTS file 2025/118\n"
     "Date: 2 October 2025\n"
     "To: Dr. Senthil Arumugam-Pillai, Interventional Cardiology, Madras Medical Mission, Mogappair, Chennai\n"
     "Patient: Miss Malaeta Penitusi-Seluka | 17 F | DOB 23/09/2008 | PMH no. 15229 | Passport TV0381175\n"
     "Home island: Nanumea; boarder in Form 5 at Motufoua Secondary School, Vaitupu, until June.\n"
     "Dear Dr. Arumugam-Pillai,\n"
     "Thank you for accepting this young woman with severe rheumatic mitral stenosis. She had acute rheumatic fever "
     "at 11 and has been on monthly benzathine penicillin since, with gaps during school terms. Over this year she "
     "has become breathless on minimal exertion (NYHA III) with two admissions here for pulmonary oedema, the last in "
     "August.\n"
     "Echo (Vivid iq, Dr. Lusia Teofilo-Maka, 18/09/2025): mitral valve area 0.9 cm² by planimetry, mean gradient 14 "
     "mmHg at HR 88, Wilkins score 7 (mobility 2, thickening 2, calcification 1, subvalvular 2), mild MR, no LA "
     "thrombus seen on TTE, PASP 62 mmHg. Sinus rhythm.\n"
     "We think she is a good candidate for percutaneous balloon mitral valvotomy (Inoue balloon), after TOE.\n"
     "Current medication: benzathine penicillin G 1.2 MU IM every 28 days (last 26/09), furosemide 40 mg mane, "
     "bisoprolol 2.5 mg daily. Weight 46 kg. Not pregnant (urine hCG negative).\n"
     "Escort: her mother, Mrs. Fuatino Seluka. Travel: Fiji Airways via Nadi on 14 October, then on to Chennai; "
     "funding approved by the TMTS committee.\n"
     "Yours sincerely,\n"
     "Dr. Ioane Fakaua-Telupe, Medical Superintendent | Tuvalu Medical Council reg. TMC 0047",
     [("HOSPITAL", ["Princess Margaret Hospital"]), ("LOCATION", ["Funafuti"]), ("PHONE", ["+688 20480"]),
      ("EMAIL", ["tmts.referrals@health.gov.tv"]), ("ID", ["2025/118"]), ("DATE", ["2 October 2025"]),
      ("NAME", ["Senthil", "Arumugam-Pillai"]), ("HOSPITAL", ["Madras Medical Mission"]),
      ("LOCATION", ["Mogappair"]), ("LOCATION", ["Chennai"]), ("NAME", ["Malaeta", "Penitusi-Seluka"]),
      ("DATE", ["23/09/2008"]), ("MRN", ["15229"]), ("ID", ["TV0381175"]), ("LOCATION", ["Nanumea"]),
      ("LOCATION", ["Motufoua Secondary School"]), ("LOCATION", ["Vaitupu"]), ("DATE", ["June"]),
      ("DATE", ["August"]), ("NAME", ["Lusia", "Teofilo-Maka"]), ("DATE", ["18/09/2025"]), ("DATE", ["26/09"]),
      ("NAME", ["Fuatino", "Seluka"]), ("LOCATION", ["Nadi"]), ("DATE", ["14 October"]),
      ("NAME", ["Ioane", "Fakaua-Telupe"]), ("LICENCE", ["TMC 0047"])],
     ["rheumatic mitral stenosis", "NYHA III", "Vivid iq", "mitral valve area 0.9 cm²", "Wilkins score 7",
      "PASP 62 mmHg", "percutaneous balloon mitral valvotomy (Inoue balloon)", "benzathine penicillin G 1.2 MU IM",
      "furosemide 40 mg mane", "bisoprolol 2.5 mg"]),

    # 30 - Djibouti (Gulf of Tadjoura): medical evacuation report from a bulk carrier, severe falciparum malaria
    ("MEDICAL EVACUATION REPORT - crew member landed at Djibouti\n"
     "Vessel: MV Baltic Crescent | bulk carrier, Malta flag | IMO 9581045 | Call sign 9HA4731 | from Kamsar (bauxite) "
     "via Suez to Qingdao, bunkering call\n"
     "Date: 14 January 2026 | Position at first report: 11°48'N 043°21'E, Gulf of Tadjoura\n"
     "Patient: 2nd Engineer Giorgi Tsiklauri-Beridze | 44 M | DOB 17/04/1981 | Seaman's book GE 0662194 | home port "
     "Batumi, manning agent Kolkhida Maritime Crewing\n"
     "History: left Kamsar, Guinea, 19 days ago; no malaria chemoprophylaxis. 4 days of fever with rigors, headache, "
     "vomiting; yesterday dark urine and drowsy.\n"
     "On board (Chief Officer Rommel Dacquel-Sy, medical officer): T 39.8, HR 124, BP 96/58; jaundiced. Malaria RDT "
     "from the ship's chest positive (Pf). Radio medical advice (TMAS, ref. TM-26-00117) 13/01 22:40: "
     "artemether-lumefantrine (Coartem) first dose - vomited; proceed to the nearest port for evacuation.\n"
     "Evacuation: pilot boat at the Doraleh anchorage 07:20; ambulance to Hôpital Général Peltier, Djibouti-Ville.\n"
     "Hospital findings: GCS 13, parasitaemia 6% (Plasmodium falciparum), Hb 8.1 g/dL, platelets 34 x10^9/L, "
     "creatinine 2.4 mg/dL, bilirubin 5.9 mg/dL, glucose 3.4 mmol/L, lactate 4.2 mmol/L - severe malaria.\n"
     "Treatment: artesunate 2.4 mg/kg IV at 0, 12 and 24 h, then daily; 10% dextrose; admitted to ICU (Dr. Ayan "
     "Hassan-Robleh).\n"
     "Crew contact-tracing: all 21 crew to be screened with RDT before sailing; fever log started.\n"
     "P&I correspondent: Red Sea Marine Services, Mr. Abdourahman Ismaël-Farah, +253 77 84 12 09, "
     "claims@redseamarine.dj\n"
     "Master: Capt. Viktor Lozovyi-Demchenko",
     [("LOCATION", ["Djibouti"]), ("LOCATION", ["Baltic Crescent"]), ("ID", ["9581045"]), ("PLATE", ["9HA4731"]),
      ("LOCATION", ["Kamsar"]), ("LOCATION", ["Qingdao"]), ("DATE", ["14 January 2026"]),
      ("LOCATION", ["11°48'N 043°21'E"]), ("LOCATION", ["Gulf of Tadjoura"]),
      ("NAME", ["Giorgi", "Tsiklauri-Beridze"]), ("DATE", ["17/04/1981"]), ("ID", ["GE 0662194"]),
      ("LOCATION", ["Batumi"]), ("LOCATION", ["Kolkhida Maritime Crewing"]), ("NAME", ["Rommel", "Dacquel-Sy"]),
      ("ID", ["TM-26-00117"]), ("DATE", ["13/01"]), ("LOCATION", ["Doraleh"]),
      ("HOSPITAL", ["Hôpital Général Peltier"]), ("LOCATION", ["Djibouti-Ville"]),
      ("NAME", ["Ayan", "Hassan-Robleh"]), ("LOCATION", ["Red Sea Marine Services"]),
      ("NAME", ["Abdourahman", "Ismaël-Farah"]), ("PHONE", ["+253 77 84 12 09"]),
      ("EMAIL", ["claims@redseamarine.dj"]), ("NAME", ["Viktor", "Lozovyi-Demchenko"])],
     ["no malaria chemoprophylaxis", "Malaria RDT", "TMAS", "artemether-lumefantrine (Coartem)", "parasitaemia 6%",
      "Plasmodium falciparum", "severe malaria", "artesunate 2.4 mg/kg IV"]),

    # 31 - Honduras, La Mosquitia (Gracias a Dios): hyperbaric unit admission note, decompression sickness (Spanish)
    ("SECRETARÍA DE SALUD - Hospital de Puerto Lempira, Gracias a Dios\n"
     "Unidad de Medicina Hiperbárica | tel. (504) 2433-6018\n"
     "NOTA DE INGRESO - 15 de marzo de 2026, 06:20 h\n"
     "Paciente: Elvin Kingsman Lacayo | 27 años | masculino | DNI 0901-1998-06213 | Expediente HPL-26-00388\n"
     "Procedencia: comunidad de Kaukira, municipio de Puerto Lempira. Lengua materna: miskito (traduce su primo "
     "Wilmer Kingsman).\n"
     "Ocupación: buzo langostero en la embarcación «Capitán Feliciano» (capitán: don Rigoberto Zelaya Matute), de la "
     "empresa Mariscos del Caribe S. de R.L., con base en Roatán.\n"
     "Enfermedad actual: el 14 de marzo realizó 9 inmersiones a unos 110 pies (33 m) con tanque, sin paradas de "
     "descompresión, la última a las 15:00. A las 16:30 dolor en ambas rodillas y hombros, luego hormigueo y "
     "debilidad de ambas piernas y no pudo orinar. Fue trasladado en cayuco por la laguna de Caratasca, unas 12 "
     "horas, recibiendo oxígeno solo las primeras 2 horas.\n"
     "Examen físico: PA 128/80, FC 96, FR 20, SatO2 95 %, T 36,9 °C. Consciente, orientado. Paraparesia (fuerza 3/5 "
     "en miembros inferiores), nivel sensitivo en T10, reflejos aumentados, globo vesical. Escala de Frankel C.\n"
     "Diagnóstico: Enfermedad por descompresión tipo II (medular).\n"
     "Plan: oxígeno al 100 %; sonda Foley (drenó 900 ml); SSN 0,9 % 1 000 ml; Tabla 6 de la Marina de EE. UU. (US "
     "Navy Treatment Table 6) en la cámara hiperbárica a las 07:00, con extensiones según respuesta; enoxaparina 40 "
     "mg SC diario; tablas repetidas diarias hasta meseta clínica. No volver a bucear.\n"
     "Se informó a la esposa, Sra. Norma Bendles, cel. +504 9712-4580, y a la inspección de trabajo.\n"
     "Médica: Dra. Karla Ivonne Cárcamo Mejía | Colegio Médico de Honduras n.º 14827",
     [("HOSPITAL", ["Hospital de Puerto Lempira"]), ("PHONE", ["(504) 2433-6018"]),
      ("DATE", ["15 de marzo de 2026"]), ("NAME", ["Elvin", "Kingsman", "Lacayo"]), ("ID", ["0901-1998-06213"]),
      ("MRN", ["HPL-26-00388"]), ("LOCATION", ["Kaukira"]), ("LOCATION", ["Puerto Lempira"]), ("NAME", ["Wilmer"]),
      ("LOCATION", ["Capitán Feliciano"]), ("NAME", ["Rigoberto", "Zelaya Matute"]),
      ("LOCATION", ["Mariscos del Caribe S. de R.L."]), ("LOCATION", ["Roatán"]), ("DATE", ["14 de marzo"]),
      ("LOCATION", ["laguna de Caratasca"]), ("NAME", ["Norma", "Bendles"]), ("PHONE", ["+504 9712-4580"]),
      ("NAME", ["Karla Ivonne", "Cárcamo Mejía"]), ("LICENCE", ["14827"])],
     ["Paraparesia", "nivel sensitivo en T10", "Escala de Frankel C", "Enfermedad por descompresión tipo II",
      "sonda Foley", "Tabla 6 de la Marina de EE. UU.", "US Navy Treatment Table 6", "enoxaparina 40 mg SC"]),

    # 32 - Northern Mariana Islands (Saipan): school health office emergency incident report, anaphylaxis
    ("CNMI Public School System - Hopwood Middle School, Health Office\n"
     "STUDENT MEDICAL EMERGENCY - INCIDENT REPORT | Thursday, 02/05/2026\n"
     "Student: Jaylen Camacho-Taitano | Grade 7 (homeroom Ms. Tenorio) | DOB 04/11/2013 | Student ID 20517390 | Wt 45 "
     "kg\n"
     "Known: peanut allergy (anaphylaxis age 4); Individualized Healthcare Plan and FARE Emergency Care Plan on file; "
     "own EpiPen 0.3 mg kept in the health office; mild asthma on albuterol PRN.\n"
     "11:45 - at lunch shared a classmate's homemade cookie (contained peanut butter).\n"
     "11:50 - brought in by the PE teacher, Mr. Aldan-Borja: hives on face and chest, lip swelling, hoarse voice, "
     "wheeze, vomited once. BP 94/58, HR 132, RR 28, SpO2 92%.\n"
     "11:52 - EpiPen 0.3 mg to the right anterolateral thigh (own device, lot 4FK127). 911 called by the front "
     "office. Lying down with legs raised.\n"
     "11:58 - still wheezing, SpO2 93% - school stock epinephrine auto-injector 0.3 mg (lot 3GH845) to the left "
     "thigh; albuterol 2.5 mg via nebulizer.\n"
     "12:09 - CHCC EMS Medic 3 arrived; handed over with both used pens and this form. Transported to the "
     "Commonwealth Health Center ED.\n"
     "Parent: mother Rosalyn Camacho, works at DFS Galleria, Garapan - informed 11:55 at (670) 285-3064; father Vince "
     "Taitano met the ambulance. Home: As Lito village.\n"
     "Follow-up: debrief with the cafeteria staff and the class about food sharing; the student's plan to be reviewed "
     "with the allergist; replace both auto-injectors before return to school.\n"
     "Completed by: Analyn Fejeran-Quitugua, RN, school nurse | CNMI Health Care Professions Licensing Board RN-3096 "
     "| afquitugua@cnmipss.org",
     [("LOCATION", ["Hopwood Middle School"]), ("DATE", ["02/05/2026"]), ("NAME", ["Jaylen", "Camacho-Taitano"]),
      ("NAME", ["Tenorio"]), ("DATE", ["04/11/2013"]), ("ID", ["20517390"]), ("NAME", ["Aldan-Borja"]),
      ("SERIAL", ["4FK127"]), ("SERIAL", ["3GH845"]), ("HOSPITAL", ["Commonwealth Health Center"]),
      ("NAME", ["Rosalyn", "Camacho"]), ("LOCATION", ["DFS Galleria"]), ("LOCATION", ["Garapan"]),
      ("PHONE", ["(670) 285-3064"]), ("NAME", ["Vince", "Taitano"]), ("LOCATION", ["As Lito"]),
      ("NAME", ["Analyn", "Fejeran-Quitugua"]), ("LICENCE", ["RN-3096"]), ("EMAIL", ["afquitugua@cnmipss.org"])],
     ["peanut allergy", "FARE Emergency Care Plan", "EpiPen 0.3 mg", "albuterol PRN", "anterolateral thigh",
      "epinephrine auto-injector 0.3 mg", "albuterol 2.5 mg", "SpO2 92%"]),

    # 33 - Greece, North Aegean (Lesvos, Mytilene): psychiatric assessment and involuntary admission (Greek)
    ("Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο» - Ψυχιατρικός Τομέας\n"
     "Ε. Βοστάνη 48, 81132 Μυτιλήνη | τηλ. 22513 51740\n"
     "ΨΥΧΙΑΤΡΙΚΗ ΕΚΤΙΜΗΣΗ - ΑΚΟΥΣΙΑ ΝΟΣΗΛΕΙΑ (ν. 2071/1992, άρθρα 95-96)\n"
     "Ημερομηνία: 3 Φεβρουαρίου 2026, ώρα 02:15\n"
     "Ασθενής: Ευστράτιος (Στρατής) Καλδής-Βατούσης του Παναγιώτη, 23 ετών, γεν. 11/06/2002, ΑΜΚΑ 11060203616\n"
     "Κάτοικος Αγιάσου· φοιτητής Γεωγραφίας στο Πανεπιστήμιο Αιγαίου. Προσήχθη από το Αστυνομικό Τμήμα Μυτιλήνης με "
     "εισαγγελική παραγγελία (αρ. 87/2026) μετά από αίτηση του πατέρα του.\n"
     "Ιστορικό: από τα Χριστούγεννα απομονωμένος, αϋπνία, πιστεύει ότι οι γείτονες τον παρακολουθούν με κάμερες μέσα "
     "από τις ελιές και ότι «το ραδιόφωνο μιλά για αυτόν». Χθες έσπασε το τζάμι του σπιτιού και απείλησε τη μητέρα "
     "του με μαχαίρι. Καθημερινή χρήση κάνναβης εδώ και 2 χρόνια. Κληρονομικό: θείος με σχιζοφρένεια.\n"
     "Ψυχιατρική εκτίμηση: ξύπνιος, καχύποπτος, ευερέθιστος. Παρανοϊκές ιδέες δίωξης και αυτοαναφοράς, ακουστικές "
     "ψευδαισθήσεις (σχολιάζουσες φωνές). Χωρίς ενόραση. Εκφράζει απειλές προς την οικογένεια. PANSS: θετική κλίμακα "
     "28, αρνητική 14, γενική 36. Toxicology ούρων: THC θετικό.\n"
     "Διάγνωση: Πρώτο ψυχωσικό επεισόδιο - πιθανή διαταραχή σχιζοφρενικής μορφής (F20.8) / ψύχωση από κάνναβη (F12.5) "
     "σε διαφορική.\n"
     "Αγωγή: ολανζαπίνη 10 mg από το στόμα· λοραζεπάμη 2,5 mg ΕΜ (χορηγήθηκε 02:40). Παρακολούθηση ανά 15 λεπτά.\n"
     "Ο ασθενής δεν συναινεί· πληρούνται οι προϋποθέσεις ακούσιας νοσηλείας. Ενημερώθηκε ο πατέρας, Παναγιώτης "
     "Καλδής, 6974 512 380.\n"
     "Εφημερεύουσα ψυχίατρος: Ιουλία Χατζηδιαμαντή-Κουτσκουδή | ΑΜ ΙΣ Λέσβου 2286\n"
     "Δεύτερη γνωμάτευση: Θεόδωρος Μαυρέλλης-Αρμενάκης, Ψυχίατρος",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο»"]), ("ADDRESS", ["Ε. Βοστάνη 48"]),
      ("POSTCODE", ["81132"]), ("LOCATION", ["Μυτιλήνη"]), ("PHONE", ["22513 51740"]),
      ("DATE", ["3 Φεβρουαρίου 2026"]), ("NAME", ["Ευστράτιος", "Στρατής", "Καλδής-Βατούσης"]),
      ("NAME", ["Παναγιώτη"]), ("DATE", ["11/06/2002"]), ("ID", ["11060203616"]), ("LOCATION", ["Αγιάσου"]),
      ("LOCATION", ["Πανεπιστήμιο Αιγαίου"]), ("LOCATION", ["Αστυνομικό Τμήμα Μυτιλήνης"]), ("ID", ["87/2026"]),
      ("DATE", ["Χριστούγεννα"]), ("NAME", ["Παναγιώτης", "Καλδής"]), ("PHONE", ["6974 512 380"]),
      ("NAME", ["Ιουλία", "Χατζηδιαμαντή-Κουτσκουδή"]), ("LOCATION", ["Λέσβου"]), ("LICENCE", ["2286"]),
      ("NAME", ["Θεόδωρος", "Μαυρέλλης-Αρμενάκης"])],
     ["ν. 2071/1992", "PANSS", "THC θετικό", "F20.8", "F12.5", "ολανζαπίνη 10 mg", "λοραζεπάμη 2,5 mg ΕΜ",
      "σχολιάζουσες φωνές"]),

    # 34 - Hong Kong, Lantau (Tai O): community geriatric outreach doctor visit to a care home, resident aged 98
    ("醫院管理局　九龍西聯網　社區老人評估小組（CGAT）\n"
     "外展醫生到訪紀錄　日期：2026年1月8日（星期四）上午10:30\n"
     "院舍：大澳寶珠護老院（大澳吉慶後街12號地下）\n"
     "院友：黃亞妹　女　98歲　出生日期：1927年5月3日　身份證：C706351(0)　病人編號：HN05183726\n"
     "入住日期：2021年11月\n"
     "背景：大澳土生土長，年輕時在永安街經營鹹魚及蝦膏舖。丈夫於1989年過世。孫女鄧詠詩每星期日由東涌來探望。\n"
     "病歷：阿茲海默症（中度至重度）、高血壓、慢性腎病第4期；2025年9月因吸入性肺炎入住明愛醫院。藥物過敏：Penicillin（出疹）。\n"
     "上次到訪：2025年12月11日，當時體重38 kg，進食正常。長子黃國雄已移民溫哥華，重要決定由孫女代為聯絡。\n"
     "今次問題：院舍護士報告近兩星期進食時咳嗆，每餐需時約45分鐘，體重由38 kg 跌至35.5 kg；尾龍骨位置一期壓瘡。\n"
     "檢查：T 36.8℃，BP 128/70，SpO2 95%，右下肺少許濕囉音。MMSE 8/30。Braden 量表 12 分（高風險）。Barthel 指數 15/100。\n"
     "評估：口咽吞嚥困難加重，吸入性肺炎風險高；營養不良；一期壓瘡。\n"
     "處理：\n"
     "1. 轉介言語治療師，暫改為 IDDSI 第4級（糊狀）食物及第2級（微稠）流質；\n"
     "2. 停用 Donepezil 5 mg（食慾差），繼續 Amlodipine 5 mg 每日一次；\n"
     "3. 加 Ensure 營養奶 每日兩次，每次一罐；\n"
     "4. 每2小時轉身，使用氣墊床；\n"
     "5. 已與孫女討論預設醫療指示（AD）及「不作心肺復甦術」（DNACPR），孫女同意，待下次到訪簽署。\n"
     "院友精神好時常說：「五月做九十九歲大壽，要返楊侯古廟拜神。」\n"
     "聯絡人：孫女 鄧詠詩　9134 7702\n"
     "覆診：1月22日\n"
     "外展醫生：樊嘉儀醫生（醫委會註冊編號 M17263）　　院舍護士：姚敏兒姑娘",
     [("DATE", ["2026年1月8日"]), ("HOSPITAL", ["大澳寶珠護老院"]), ("LOCATION", ["大澳"]), ("ADDRESS", ["吉慶後街12號地下"]),
      ("NAME", ["黃亞妹"]), ("AGE", ["98歲"]), ("DATE", ["1927年5月3日"]), ("ID", ["C706351(0)"]), ("MRN", ["HN05183726"]),
      ("DATE", ["2021年11月"]), ("ADDRESS", ["永安街"]), ("DATE", ["1989年"]), ("NAME", ["鄧詠詩"]), ("LOCATION", ["東涌"]),
      ("DATE", ["2025年9月"]), ("HOSPITAL", ["明愛醫院"]), ("DATE", ["2025年12月11日"]), ("NAME", ["黃國雄"]),
      ("LOCATION", ["溫哥華"]), ("DATE", ["五月"]), ("AGE", ["九十九歲"]), ("LOCATION", ["楊侯古廟"]), ("PHONE", ["9134 7702"]),
      ("DATE", ["1月22日"]), ("NAME", ["樊嘉儀"]), ("LICENCE", ["M17263"]), ("NAME", ["姚敏兒"])],
     ["阿茲海默症", "慢性腎病第4期", "吸入性肺炎", "MMSE 8/30", "Braden 量表 12 分", "Barthel 指數 15/100", "IDDSI 第4級",
      "Penicillin（出疹）", "Donepezil 5 mg", "Amlodipine 5 mg", "DNACPR"]),

    # 35 - New Zealand, Stewart Island/Rakiura: rural nurse specialist after-hours record, Ludwig's angina
    ("Rakiura Health Centre, Oban, Stewart Island/Rakiura 9818 | ph 03 219 1098\n"
     "RURAL NURSE SPECIALIST RECORD - after-hours call-out | Sunday 9 November 2025, 20:10\n"
     "Patient: Corey Jamieson-Tipene | 46 M | DOB 30/05/1979 | NHI LRH4274\n"
     "Address: 27 Horseshoe Bay Road, Oban. Deckhand on the cod-potting boat FV Moana Rere.\n"
     "History: toothache lower left back tooth for a week (dentist booked in Invercargill next month); over the last "
     "24 h swelling under the jaw and tongue, can't open his mouth, drooling, muffled 'hot potato' voice, can't lie "
     "flat. Smoker. NKDA.\n"
     "Obs: T 38.9, HR 122, BP 134/82, RR 24, SpO2 95% RA. Sitting forward. Bilateral submandibular and submental "
     "brawny swelling, floor of mouth raised, tongue pushed up; trismus 1.5 cm interincisal; no stridor yet. 37 "
     "grossly carious.\n"
     "Telehealth (video) 20:25 with Dr Annika Holmström-Rewi, SMO, Southland Hospital ED: Ludwig's angina with "
     "threatened airway - urgent transfer.\n"
     "Actions: kept upright, nothing by mouth; O2 ready; 2 x 18G IV; amoxicillin-clavulanate 1.2 g IV 20:40; "
     "metronidazole 500 mg IV; dexamethasone 8 mg IV; paracetamol 1 g IV. No sedation. Difficult airway trolley and "
     "scalpel-bougie-tube kit at the bedside.\n"
     "Evacuation: rescue helicopter ZK-HLZ requested 20:30 (night, paramedic and flight nurse), landed 21:35 at the "
     "Halfmoon Bay sports field; to Southland Hospital, Invercargill. OMFS at Dunedin Hospital aware - likely theatre "
     "for drainage with awake fibreoptic intubation.\n"
     "Partner Kiri Tipene-Waaka (027 460 3318) travelled with him.\n"
     "Bronwyn Te Maiharoa-Cleary, RN, Rural Nurse Specialist | NCNZ 284173",
     [("HOSPITAL", ["Rakiura Health Centre"]), ("LOCATION", ["Oban"]), ("LOCATION", ["Stewart Island/Rakiura"]),
      ("POSTCODE", ["9818"]), ("PHONE", ["03 219 1098"]), ("DATE", ["9 November 2025"]),
      ("NAME", ["Corey", "Jamieson-Tipene"]), ("DATE", ["30/05/1979"]), ("ID", ["LRH4274"]),
      ("ADDRESS", ["27 Horseshoe Bay Road"]), ("LOCATION", ["Moana Rere"]), ("LOCATION", ["Invercargill"]),
      ("NAME", ["Annika", "Holmström-Rewi"]), ("HOSPITAL", ["Southland Hospital"]), ("PLATE", ["ZK-HLZ"]),
      ("LOCATION", ["Halfmoon Bay"]), ("HOSPITAL", ["Dunedin Hospital"]), ("NAME", ["Kiri", "Tipene-Waaka"]),
      ("PHONE", ["027 460 3318"]), ("NAME", ["Bronwyn", "Te Maiharoa-Cleary"]), ("LICENCE", ["284173"])],
     ["'hot potato' voice", "NKDA", "trismus 1.5 cm", "Ludwig's angina", "amoxicillin-clavulanate 1.2 g IV",
      "metronidazole 500 mg IV", "dexamethasone 8 mg IV", "scalpel-bougie-tube", "awake fibreoptic intubation"]),

    # 36 - Armenia, Syunik (Goris): mobile dental clinic treatment record, extraction of a lower molar
    ("MOBILE DENTAL CLINIC - Syunik rural outreach | van 36 LU 275 | site: community hall, Khndzoresk\n"
     "DENTAL TREATMENT RECORD | 26 June 2025\n"
     "Patient: Narek Avetisyan-Ghazaryan | 52 M | DOB 03.01.1973 | Social card no. 3101730447 | phone +374 93 271 604 "
     "(daughter Anush)\n"
     "Shepherd; spends the summer with the flock at the Khozhtana pastures. Referred by his family doctor, Dr. Gohar "
     "Melkonyan, Goris Medical Center.\n"
     "Medical history: hypertension, untreated; no anticoagulants; no allergies; smokes 30 a day.\n"
     "Complaint: 5 days of severe pain lower left, worse on chewing, not sleeping.\n"
     "Exam: BP 158/96, repeated 152/94 - explained, letter to his GP. 36: deep caries into the pulp, percussion +++, "
     "buccal sulcus tender, no fluctuant swelling. 46: Miller class II mobility. 11 and 21: Black class III caries. "
     "Generalised calculus; BPE 3 4 3 / 4 4 3.\n"
     "Radiograph (NOMAD Pro 2, digital sensor): 36 periapical radiolucency 4 mm at the mesial root; roots straight.\n"
     "Diagnosis: 36 symptomatic apical periodontitis, non-restorable.\n"
     "Consent: options explained in Armenian by the assistant, Ms. Tatevik Harutyunyan - root canal treatment in "
     "Yerevan (he cannot afford the travel) or extraction; he chose extraction and signed.\n"
     "Procedure (11:10-11:35): IANB and long buccal with articaine 4% with epinephrine 1:100,000 (Septanest), 2 x 1.7 "
     "mL; 36 extracted with forceps, both roots complete; socket curetted; haemostasis with gauze pressure.\n"
     "Post-op: ibuprofen 400 mg TDS for 3 days only (BP), paracetamol 1 g PRN; chlorhexidine 0.12% rinse from "
     "tomorrow; no smoking for 72 h; written instructions in Armenian.\n"
     "Next visit: scaling and restorations of 11 and 21 when the clinic returns to Goris on 25/09/2025.\n"
     "Dr. Lilit Sargsyan-Manukyan, dentist | MoH licence No. Ա-029174 | outreach@smiles4syunik.am",
     [("PLATE", ["36 LU 275"]), ("LOCATION", ["Khndzoresk"]), ("DATE", ["26 June 2025"]),
      ("NAME", ["Narek", "Avetisyan-Ghazaryan"]), ("DATE", ["03.01.1973"]), ("ID", ["3101730447"]),
      ("PHONE", ["+374 93 271 604"]), ("NAME", ["Anush"]), ("LOCATION", ["Khozhtana"]),
      ("NAME", ["Gohar", "Melkonyan"]), ("HOSPITAL", ["Goris Medical Center"]), ("NAME", ["Tatevik", "Harutyunyan"]),
      ("LOCATION", ["Yerevan"]), ("LOCATION", ["Goris"]), ("DATE", ["25/09/2025"]),
      ("NAME", ["Lilit", "Sargsyan-Manukyan"]), ("LICENCE", ["Ա-029174"]), ("EMAIL", ["outreach@smiles4syunik.am"])],
     ["percussion +++", "Miller class II mobility", "Black class III caries", "BPE 3 4 3 / 4 4 3", "NOMAD Pro 2",
      "symptomatic apical periodontitis", "IANB", "articaine 4% with epinephrine 1:100,000", "Septanest",
      "chlorhexidine 0.12%"]),

    # 37 - Finland, Lapland (Rovaniemi, Utsjoki): orthopaedic operative report, bicondylar tibial plateau fracture
    ("Lapin keskussairaala / Lapland Central Hospital, Ounasrinteentie 22, 96400 Rovaniemi\n"
     "Orthopaedics and Traumatology - OPERATIVE REPORT\n"
     "Date 15.02.2026 | OR 6 | 09:40-12:05\n"
     "Patient: Jovnna Áslat Magga-Länsman | 44 M | HETU 020381-4172 | Hosp. no. LKS-1029384\n"
     "Reindeer herder, Kaldoaivi herding cooperative; lives in Nuorgam, Utsjoki. Injured 13.02. when his Lynx "
     "snowmobile hit a reindeer fence; transferred from Ivalo Health Centre by road.\n"
     "Diagnosis: right bicondylar tibial plateau fracture with metaphyseal-diaphyseal dissociation, Schatzker VI "
     "(AO/OTA 41-C3); lateral articular depression 6 mm on CT. Compartments soft throughout.\n"
     "Operation: ORIF right tibial plateau, dual approach.\n"
     "Team: surgeon Dr. Riikka Heikkilä-Oinas; assistant Dr. Teemu Kangasniemi; anaesthetist Dr. Henrik "
     "Snellman-Rauhala (spinal + femoral nerve catheter); scrub nurse Pirjo Alatalo.\n"
     "Prophylaxis: cefuroxime 1.5 g IV 09:15; tranexamic acid 1 g IV. Tourniquet 300 mmHg, 95 min.\n"
     "Procedure: prone first - posteromedial (Lobenhoffer) approach, reduction of the posteromedial fragment, 3.5 mm "
     "buttress plate, 5 holes. Then supine - anterolateral approach with submeniscal arthrotomy; depressed lateral "
     "articular fragment elevated through a cortical window, raft screws, Cerament bone void filler 5 mL; lateral "
     "locking plate (VA-LCP proximal tibia 3.5, 11 holes, LOT 8817H43). Lateral meniscus intact. Image intensifier: "
     "articular step < 1 mm, mechanical axis restored. Redon drain 1. Layered closure, staples.\n"
     "Blood loss 300 mL. No complications.\n"
     "Post-op: toe-touch weight bearing 8 weeks; CPM 0-90°; enoxaparin (Klexane) 40 mg SC daily for 6 weeks; X-ray "
     "tomorrow; outpatient review at 6 weeks (video visit from Utsjoki health centre possible).\n"
     "Wife Elle-Máret informed by phone, +358 40 718 2296.\n"
     "Dictated: R. Heikkilä-Oinas, consultant orthopaedic surgeon | Valvira reg. 102837465",
     [("HOSPITAL", ["Lapin keskussairaala"]), ("HOSPITAL", ["Lapland Central Hospital"]),
      ("ADDRESS", ["Ounasrinteentie 22"]), ("POSTCODE", ["96400"]), ("LOCATION", ["Rovaniemi"]),
      ("DATE", ["15.02.2026"]), ("NAME", ["Jovnna Áslat", "Magga-Länsman"]), ("ID", ["020381-4172"]),
      ("MRN", ["LKS-1029384"]), ("LOCATION", ["Kaldoaivi"]), ("LOCATION", ["Nuorgam"]), ("LOCATION", ["Utsjoki"]),
      ("DATE", ["13.02."]), ("HOSPITAL", ["Ivalo Health Centre"]), ("NAME", ["Riikka", "Heikkilä-Oinas"]),
      ("NAME", ["Teemu", "Kangasniemi"]), ("NAME", ["Henrik", "Snellman-Rauhala"]), ("NAME", ["Pirjo", "Alatalo"]),
      ("SERIAL", ["8817H43"]), ("NAME", ["Elle-Máret"]), ("PHONE", ["+358 40 718 2296"]), ("LICENCE", ["102837465"])],
     ["Lynx", "Schatzker VI", "AO/OTA 41-C3", "cefuroxime 1.5 g IV", "Lobenhoffer", "Cerament", "VA-LCP",
      "Redon drain", "enoxaparin (Klexane) 40 mg SC", "CPM 0-90°"]),

    # 38 - Anguilla (The Valley): accident and emergency triage note, patient aged 93 after a long lie
    ("Health Authority of Anguilla - Princess Alexandra Hospital, Stoney Ground, The Valley AI-2640\n"
     "ACCIDENT & EMERGENCY - TRIAGE NOTE (CTAS) | 02/03/2026, 07:05\n"
     "Patient: Mrs Albertha Gumbs-Carty | aged 93 | DOB 14/09/1932 | MRN PAH-0067215 | SSB no. A-30917\n"
     "Address: Harbour View, Island Harbour. Arrived by private car with her son Elvis Gumbs and her neighbour Mrs "
     "Hyacinth Lake, who found her.\n"
     "PC: found on the bedroom floor at 06:00; probably fell going to the bathroom in the night - on the floor up to "
     "6 h. R hip pain. More muddled than usual per son.\n"
     "Background: AF on warfarin 3 mg (INR 2.8 on 20/02); digoxin 62.5 mcg; heart failure; mild dementia. Lives alone "
     "with daily checks. Retired schoolteacher, taught at the Valley Primary School from 1952 to 1990.\n"
     "Obs: T 35.2 °C tympanic, HR 104 irregular, BP 108/60, RR 20, SpO2 94% RA, CBG 6.8 mmol/L, GCS 14 (E4 V4 M6), "
     "pain 8/10.\n"
     "R leg shortened and externally rotated; bruise R temple; 4 cm skin tear L forearm; sacrum red, blanching.\n"
     "Screens: 4AT 5 (possible delirium); Rockwood Clinical Frailty Scale 6; Waterlow 18.\n"
     "CTAS level 2 - to resus bay 2. Warming blanket; paracetamol 720 mg IV (15 mg/kg, wt 48 kg); ED physician asked "
     "for a fascia iliaca block; bloods incl. CK, U&E, INR; ECG; X-ray pelvis and R hip; skin tear dressed.\n"
     "Son says she told Pastor Richardson she wants no \"machines\"; she turns 94 in September and \"wants to see "
     "it\". Son's cell +1 264 235 7718.\n"
     "Triage RN: Shermaine Lake-Webster | ED physician: Dr Kwesi Fleming-Amoah",
     [("HOSPITAL", ["Princess Alexandra Hospital"]), ("LOCATION", ["Stoney Ground"]), ("LOCATION", ["The Valley"]),
      ("POSTCODE", ["AI-2640"]), ("DATE", ["02/03/2026"]), ("NAME", ["Albertha", "Gumbs-Carty"]),
      ("AGE", ["aged 93"]), ("DATE", ["14/09/1932"]), ("MRN", ["PAH-0067215"]), ("ID", ["A-30917"]),
      ("ADDRESS", ["Harbour View"]), ("LOCATION", ["Island Harbour"]), ("NAME", ["Elvis", "Gumbs"]),
      ("NAME", ["Hyacinth", "Lake"]), ("DATE", ["20/02"]), ("LOCATION", ["Valley Primary School"]),
      ("DATE", ["1952"]), ("DATE", ["1990"]), ("NAME", ["Richardson"]), ("AGE", ["94"]), ("DATE", ["September"]),
      ("PHONE", ["+1 264 235 7718"]), ("NAME", ["Shermaine", "Lake-Webster"]), ("NAME", ["Kwesi", "Fleming-Amoah"])],
     ["CTAS", "warfarin 3 mg", "INR 2.8", "digoxin 62.5 mcg", "GCS 14 (E4 V4 M6)", "4AT 5",
      "Rockwood Clinical Frailty Scale 6", "Waterlow 18", "paracetamol 720 mg IV", "fascia iliaca block"]),

    # 39 - Burundi (Rumonge, Lake Tanganyika shore): cholera treatment centre daily line list
    ("CHOLERA TREATMENT CENTRE (CTC) RUMONGE - DAILY LINE LIST\n"
     "District sanitaire de Rumonge | Date: 24/01/2026 (data to 08:00) | Data clerk: Jean-Claude Bizimana | CTC "
     "supervisor: Dr. Gloriose Nshimirimana\n"
     "No | Name | Age/Sex | Colline/quartier | Phone | Admitted | Dehydration (WHO) | RDT | Treatment | Status\n"
     "1 | NDAYISHIMIYE Evariste | 34/M | Kanyenkoko | 79 41 26 35 | 23/01 14:10 | severe (Plan C) | + | Ringer's "
     "lactate 100 mL/kg over 3 h; doxycycline 300 mg single dose | in CTC, now Plan B\n"
     "2 | NIYONKURU Béatrice | 27/F, pregnant ~28 wk | Gitaza | 68 72 05 14 | 23/01 18:45 | some (Plan B) | + | ORS "
     "75 mL/kg over 4 h; azithromycin 1 g single dose | in CTC, fetal heart 140\n"
     "3 | HAKIZIMANA Jean-Bosco | 6/M | Busebwa | 71 05 43 88 (father Pascal) | 23/01 21:30 | severe (Plan C) | + | "
     "RL 30 mL/kg in 30 min then 70 mL/kg in 2.5 h; azithromycin 20 mg/kg; zinc 20 mg x 10 days | in CTC\n"
     "4 | IRAKOZE Aline | 61/F | Kizuka | none | 24/01 02:05 | severe, shock | + | RL via 2 lines, 3.5 L so far | in "
     "CTC, urine output watch\n"
     "5 | MANIRAKIZA Désiré | 45/M, fisherman | Mutambara | 76 91 30 27 (wife Spès) | 24/01 03:40 | severe | not done "
     "| IV access failed, intraosseous | died 04:10 (arrived in shock)\n"
     "Laboratory: 3 stool samples sent to the INSP laboratory, Bujumbura, on 23/01 - Vibrio cholerae O1 Ogawa "
     "confirmed in 2 (refs INSP-CHO-26-0214 and INSP-CHO-26-0215).\n"
     "Actions: household disinfection and water chlorination at the 5 homes (teams A and C); safe and dignified "
     "burial for no. 5 today with the family; no mass chemoprophylaxis for contacts; oral cholera vaccine (OCV) "
     "campaign in Kanyenkoko and Gitaza planned for 27/01.\n"
     "Sent to the District Health Office: bds.rumonge.surveillance@gmail.com",
     [("HOSPITAL", ["CHOLERA TREATMENT CENTRE (CTC) RUMONGE"]), ("LOCATION", ["Rumonge"]), ("DATE", ["24/01/2026"]),
      ("NAME", ["Jean-Claude", "Bizimana"]), ("NAME", ["Gloriose", "Nshimirimana"]),
      ("NAME", ["NDAYISHIMIYE", "Evariste"]), ("LOCATION", ["Kanyenkoko"]), ("PHONE", ["79 41 26 35"]),
      ("DATE", ["23/01"]), ("NAME", ["NIYONKURU", "Béatrice"]), ("LOCATION", ["Gitaza"]), ("PHONE", ["68 72 05 14"]),
      ("NAME", ["HAKIZIMANA", "Jean-Bosco"]), ("LOCATION", ["Busebwa"]), ("PHONE", ["71 05 43 88"]),
      ("NAME", ["Pascal"]), ("NAME", ["IRAKOZE", "Aline"]), ("LOCATION", ["Kizuka"]), ("DATE", ["24/01"]),
      ("NAME", ["MANIRAKIZA", "Désiré"]), ("LOCATION", ["Mutambara"]), ("PHONE", ["76 91 30 27"]),
      ("NAME", ["Spès"]), ("LOCATION", ["Bujumbura"]), ("ID", ["INSP-CHO-26-0214"]), ("ID", ["INSP-CHO-26-0215"]),
      ("DATE", ["27/01"]), ("EMAIL", ["bds.rumonge.surveillance@gmail.com"])],
     ["Plan C", "Plan B", "Ringer's lactate 100 mL/kg", "doxycycline 300 mg single dose", "azithromycin 1 g",
      "zinc 20 mg x 10 days", "intraosseous", "Vibrio cholerae O1 Ogawa", "oral cholera vaccine (OCV)"]),
]
