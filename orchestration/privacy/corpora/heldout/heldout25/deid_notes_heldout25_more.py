"""Notes 20-39 of the twenty-fifth HELD-OUT set (see :mod:`deid_notes_heldout25` for how it was written and what it
holds).

These 20 notes hold 626 planted identifier parts in 533 (kind, parts) entries and 196 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a malaria clinic daily register of gold miners (Guyana); 21, an
ex-mineworker's benefit medical examination for silicosis (Lesotho); 23, a general practitioner's home visit to a woman
aged 102 (Sardinia); 24, an internal medicine referral letter for Chagas cardiomyopathy (Bolivia); 25, an emergency room
record of a tractor rollover (the Paraguayan Chaco); 28, an out-of-hours telephone consultation about suspected
meningococcal septicaemia (Orkney); 29, a community health aide encounter after a fox bite, written in abbreviations
(Alaska); 30, aged-care progress notes after a fall of a man aged 97 (Tasmania); 32, a black lung benefits complete
pulmonary evaluation (West Virginia); 34, an ICU admission history and physical for Vibrio vulnificus septic shock
(Louisiana); 35, an accident and emergency note of a fer-de-lance bite (Belize); 37, a doctor's telephone consultation
and air retrieval for a ruptured ectopic pregnancy (Falkland Islands); 38, a referral and transfer form for diabetic
ketoacidosis (Vanuatu); 39, a nephrology CKDu clinic list (Sri Lanka). In Greek script: 22, a stroke thrombolysis and
transfer note (Cyprus); 33, a medical certificate of death of a woman aged 92 (Kalamata). In Chinese: 27, a
hepatobiliary surgery discharge record (Inner Mongolia, simplified); 36, a ward nursing record of scrub typhus (Hualien,
traditional). In Danish: 26, a surgical discharge letter for Boerhaave syndrome (Faroe Islands). In Catalan: 31, an
orthopaedic discharge report after a ski injury (Andorra). Entries per kind here: NAME 122, LOCATION 107, DATE 83,
HOSPITAL 51, ID 43, PHONE 37, LICENCE 21, PLATE 15, ADDRESS 15, MRN 12, POSTCODE 11, EMAIL 4, AGE 4, SERIAL 3, URL 2, IP
2, HANDLE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Guyana, Region 8 (Potaro-Siparuni, Mahdia): malaria clinic daily register of gold miners
    ("GUYANA - MINISTRY OF HEALTH - VECTOR CONTROL SERVICES\n"
     "Mahdia District Hospital, Region 8 - MALARIA CLINIC DAILY REGISTER | Monday 01-Dec-2025 | Microscopist: "
     "Shondell Bascom-Persaud\n"
     "# | Name | Age/Sex | ID / passport | Works / lives (backdam) | Smear | Treatment | Contact\n"
     "1 | Rudolph 'Skippy' Adams | 41 M | ID 094187263 | dredge operator, Konawaruk backdam | P. falciparum ++ | "
     "Coartem 4 tab BD x 3 d + primaquine 0.25 mg/kg stat | 652-555-4182\n"
     "2 | Francisco das Chagas Ribeiro | 33 M | Brazil passport YB528194 | garimpeiro, Micobie landing | P. vivax + | "
     "chloroquine 3 d + primaquine 14 d (G6PD normal) | +55 95 98155-3027 (WhatsApp)\n"
     "3 | Marcia Williams-Thomas | 27 F, pregnant 22/40 | ID 101734982 | cook, Kangaruma shop | P. falciparum +++ "
     "(> 5% parasitaemia) | artesunate IV 2.4 mg/kg, admitted; for GPHC | 609-555-0187\n"
     "4 | Elvis James | 19 M | - | Chenapau village | negative | - | -\n"
     "5 | Devindra 'Dev' Singh-Baksh | 52 M | ID 085226419 | shop owner, Mahdia | mixed Pf/Pv | Coartem + primaquine "
     "14 d | 623-555-7712\n"
     "6 | Josué Pereira | 24 M | Brazil passport FH207761 | garimpeiro, Tumatumari | P. vivax, 3rd episode in 2025 | "
     "chloroquine + primaquine 14 d, supervised | -\n"
     "7 | Shaniece Fredericks | 8 F | - | pupil, Mahdia Primary | negative | - | mother 674-555-2090\n"
     "\n"
     "Notes: #3 flown out 14:30 on the scheduled Caravan 8R-GHT to Ogle, ambulance to the Georgetown Public Hospital. "
     "#1 and #5: owner of the Konawaruk camp, Mr Barry Hing-Wah (B&H Mining Inc.), told to supply LLINs. Case "
     "investigation forms faxed to VCS Georgetown, fax 226-555-4190.\n"
     "Recorded by: Medex Lorraine Bovell",
     [("HOSPITAL", ["Mahdia District Hospital"]), ("DATE", ["01-Dec-2025"]), ("NAME", ["Shondell", "Bascom-Persaud"]),
      ("NAME", ["Rudolph", "Adams"]), ("NAME", ["Skippy"]), ("ID", ["094187263"]), ("LOCATION", ["Konawaruk"]),
      ("PHONE", ["652-555-4182"]), ("NAME", ["Francisco das Chagas", "Ribeiro"]), ("ID", ["YB528194"]),
      ("LOCATION", ["Micobie"]), ("PHONE", ["+55 95 98155-3027"]), ("NAME", ["Marcia", "Williams-Thomas"]),
      ("ID", ["101734982"]), ("LOCATION", ["Kangaruma"]), ("HOSPITAL", ["GPHC"]), ("PHONE", ["609-555-0187"]),
      ("NAME", ["Elvis", "James"]), ("LOCATION", ["Chenapau"]), ("NAME", ["Devindra", "Singh-Baksh"]),
      ("NAME", ["Dev"]),
      ("ID", ["085226419"]), ("LOCATION", ["Mahdia"]), ("PHONE", ["623-555-7712"]), ("NAME", ["Josué", "Pereira"]),
      ("ID", ["FH207761"]), ("LOCATION", ["Tumatumari"]), ("NAME", ["Shaniece", "Fredericks"]),
      ("LOCATION", ["Mahdia Primary"]), ("PHONE", ["674-555-2090"]), ("PLATE", ["8R-GHT"]), ("LOCATION", ["Ogle"]),
      ("HOSPITAL", ["Georgetown Public Hospital"]), ("NAME", ["Barry", "Hing-Wah"]), ("LOCATION", ["B&H Mining Inc."]),
      ("LOCATION", ["Georgetown"]), ("PHONE", ["226-555-4190"]), ("NAME", ["Lorraine", "Bovell"])],
     ["P. falciparum ++", "Coartem 4 tab BD", "primaquine 0.25 mg/kg", "P. vivax +", "chloroquine",
      "G6PD normal", "22/40", "P. falciparum +++", "artesunate IV 2.4 mg/kg", "mixed Pf/Pv"]),

    # 21 - Lesotho (Mafeteng): occupational health benefit medical examination of a former gold miner, silicosis
    ("KINGDOM OF LESOTHO - MINISTRY OF HEALTH\n"
     "Occupational Health Service Centre (OHSC), Mafeteng - one-stop service for ex-mineworkers\n"
     "BENEFIT MEDICAL EXAMINATION - for submission under ODMWA 78 of 1973\n"
     "Exam date: 19 Feb 2026 | OHSC file no. OHS-MFT-26-0293 | MBOD ref. 2026/LS/11782\n"
     "\n"
     "A. IDENTITY\n"
     "Surname: MOKHOTHU   First names: Tšeliso Paul   DOB: 12/10/1961 (64 y)   Sex: M\n"
     "National ID: 011961023874   Passport: RA4071925\n"
     "Address: Ha Ramohapi, Matelile, Mafeteng district   Cell: +266 5855 7102\n"
     "Next of kin: wife 'Mamoleboheng Mokhothu; son Thabo (student, National University of Lesotho, Roma)\n"
     "B. MINING SERVICE\n"
     "Company no. 73-884126. Underground rock-drill operator, Tshepong shaft, Welkom, 1984-2011 (27 years of silica "
     "dust exposure).\n"
     "C. HISTORY\n"
     "Productive cough, breathless walking up to the village tap (MRC dyspnoea grade 3). Pulmonary TB in 2009, "
     "treated at the Ernest Oppenheimer Hospital, Welkom. HIV positive since 2012, on TLD, VL < 50.\n"
     "D. EXAMINATION\n"
     "BMI 19.1, SpO2 91% RA, no clubbing, fine crackles in both upper zones.\n"
     "E. INVESTIGATIONS\n"
     "Spirometry: FEV1 1.42 L (48% predicted), FVC 2.61 L, FEV1/FVC 0.54 - mixed pattern.\n"
     "CXR (digital, 19/02/2026), read by Dr Lerato Nthunya (ILO-trained reader, LMDC 0871): ILO 2/2 q/r, all zones, "
     "eggshell calcification of hilar nodes, no cavity.\n"
     "Sputum GeneXpert MTB/RIF Ultra: MTB not detected.\n"
     "F. OPINION\n"
     "Silicosis with second-degree impairment; dust-related chronic airflow obstruction; old treated TB. Recommended "
     "for certification.\n"
     "Claim documents uploaded to https://claims.mbod-portal.org/ls/2026-LS-11782 on the day of the examination.\n"
     "G. EXAMINER\n"
     "Dr Puleng Ramakatsa-Letsie, Medical Officer, OHSC | LMDC reg. 1174 | p.letsie@ohsc-mafeteng.org.ls",
     [("HOSPITAL", ["Occupational Health Service Centre"]), ("LOCATION", ["Mafeteng"]), ("DATE", ["19 Feb 2026"]),
      ("MRN", ["OHS-MFT-26-0293"]), ("ID", ["2026/LS/11782"]), ("NAME", ["MOKHOTHU", "Tšeliso Paul"]),
      ("DATE", ["12/10/1961"]), ("ID", ["011961023874"]), ("ID", ["RA4071925"]), ("LOCATION", ["Ha Ramohapi"]),
      ("LOCATION", ["Matelile"]), ("PHONE", ["+266 5855 7102"]), ("NAME", ["'Mamoleboheng", "Mokhothu"]),
      ("NAME", ["Thabo"]), ("LOCATION", ["National University of Lesotho"]), ("LOCATION", ["Roma"]),
      ("ID", ["73-884126"]), ("LOCATION", ["Tshepong shaft"]), ("LOCATION", ["Welkom"]),
      ("HOSPITAL", ["Ernest Oppenheimer Hospital"]), ("DATE", ["19/02/2026"]), ("NAME", ["Lerato", "Nthunya"]),
      ("LICENCE", ["0871"]), ("NAME", ["Puleng", "Ramakatsa-Letsie"]), ("LICENCE", ["1174"]),
      ("URL", ["https://claims.mbod-portal.org/ls/2026-LS-11782"]),
      ("EMAIL", ["p.letsie@ohsc-mafeteng.org.ls"])],
     ["ODMWA 78 of 1973", "MRC dyspnoea grade 3", "TLD", "FEV1 1.42 L", "FEV1/FVC 0.54", "ILO 2/2 q/r",
      "eggshell calcification", "GeneXpert MTB/RIF Ultra", "Silicosis"]),

    # 22 - Cyprus (Limassol): stroke thrombolysis and transfer note for thrombectomy (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ - Τμήμα Ατυχημάτων και Επειγόντων Περιστατικών\n"
     "Οδός Αρχιεπισκόπου Λεοντίου Α΄ 8, 3304 Λεμεσός | τηλ. 25 555 410\n"
     "ΣΗΜΕΙΩΜΑ ΔΙΑΚΟΜΙΔΗΣ - ΟΞΥ ΙΣΧΑΙΜΙΚΟ ΑΕΕ | 23/02/2026 (Καθαρά Δευτέρα)\n"
     "Ασθενής: Ελένη Χριστοδούλου-Παναγή, 71 ετών | Αρ. Ταυτ. 0718264 | Δικαιούχος ΓεΣΥ 4001827354 | Αρ. Φακ. "
     "ΓΝΛ-2602-4418\n"
     "Διεύθυνση: Αγίας Μαρίνας 12, Όμοδος | Προσωπικός ιατρός: Δρ Άντρη Κυριάκου, Πλάτρες\n"
     "Ιστορικό: κολπική μαρμαρυγή· είχε σταματήσει μόνη της το Xarelto πριν από 2 μήνες. Στο γλέντι της Καθαρής "
     "Δευτέρας στην πλατεία του χωριού, στις 11:10, ο εγγονός της Μάριος την είδε να γέρνει αριστερά και να μην "
     "μπορεί να μιλήσει καθαρά.\n"
     "Εξέταση (12:05): αριστερή ημιπληγία, αριστερή ημιαμέλεια, δυσαρθρία. NIHSS 14. ΑΠ 178/96, σάκχαρο 134 mg/dL.\n"
     "CT/CTA: ASPECTS 9, hyperdense MCA sign δεξιά, απόφραξη δεξιάς μέσης εγκεφαλικής αρτηρίας στο τμήμα M1.\n"
     "Θεραπεία: alteplase 0,9 mg/kg (Actilyse), 63 mg ΕΦ, έναρξη 12:41 (door-to-needle 46 λεπτά).\n"
     "Διακομιδή για μηχανική θρομβεκτομή στο Γενικό Νοσοκομείο Λευκωσίας - δεκτή από τον Δρα Στέλιο "
     "Ιωαννίδη-Σάββα (επεμβατικός νευροακτινολόγος). Ασθενοφόρο αρ. κυκλ. MMK 418, αναχώρηση 13:05.\n"
     "Συγγενής: κόρη Χρυστάλλα, κιν. 99 555 418.\n"
     "Ιατρός: Νικόλας Παπαχαραλάμπους, Νευρολόγος | ΑΜ ΠΙΣ 4187",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ"]), ("ADDRESS", ["Αρχιεπισκόπου Λεοντίου Α΄ 8"]), ("POSTCODE", ["3304"]),
      ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 555 410"]), ("DATE", ["23/02/2026"]), ("DATE", ["Καθαρά Δευτέρα"]),
      ("NAME", ["Ελένη", "Χριστοδούλου-Παναγή"]), ("ID", ["0718264"]), ("ID", ["4001827354"]),
      ("MRN", ["ΓΝΛ-2602-4418"]),
      ("ADDRESS", ["Αγίας Μαρίνας 12"]), ("LOCATION", ["Όμοδος"]), ("NAME", ["Άντρη", "Κυριάκου"]),
      ("LOCATION", ["Πλάτρες"]),
      ("DATE", ["Καθαρής Δευτέρας"]), ("NAME", ["Μάριος"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Λευκωσίας"]),
      ("NAME", ["Στέλιο", "Ιωαννίδη-Σάββα"]), ("PLATE", ["MMK 418"]), ("NAME", ["Χρυστάλλα"]),
      ("PHONE", ["99 555 418"]),
      ("NAME", ["Νικόλας", "Παπαχαραλάμπους"]), ("LICENCE", ["4187"])],
     ["Xarelto", "NIHSS 14", "ΑΠ 178/96", "ASPECTS 9", "hyperdense MCA sign", "M1", "alteplase 0,9 mg/kg",
      "Actilyse", "door-to-needle 46 λεπτά"]),

    # 23 - Italy, Sardinia (Ogliastra): general practitioner's home visit, delirium in a woman aged 102
    ("ASL OGLIASTRA - Medicina Generale, Ambulatorio di Villagrande Strisaili\n"
     "HOME VISIT NOTE (written in English at the family's request, for relatives abroad) | 20 January 2026, 11:00\n"
     "Patient: Sig.ra Raimonda Murru ('Tzia Mundina'), aged 102, born 14/01/1924 in Villanova Strisaili, codice "
     "fiscale MRRRND24A54L953V\n"
     "Address: Via Santa Barbara 41, 08049 Villagrande Strisaili (NU)\n"
     "Lives with her daughter Giovanna Cannas (78) and son-in-law. Husband Efisio, a shepherd, died in 1998.\n"
     "Reason: 2 days increasingly confused, drowsy by day and agitated at night; slid to the floor by the fireplace "
     "on the evening of Sant'Antonio (17 January), no head injury.\n"
     "Background: hypertension, HFpEF, bilateral cataract surgery (Ospedale Nostra Signora della Mercede, Lanusei, "
     "2011), osteoarthritis; walks with a stick; made culurgionis for her own 100th birthday party in 2024.\n"
     "Meds: ramipril 2.5 mg, furosemide 25 mg, paracetamol PRN.\n"
     "O/E: T 37.9 °C, HR 96, BP 118/64, SpO2 95%. Dry mucosae, suprapubic tenderness. Hips: full range, no "
     "shortening or rotation. 4AT 6. Barthel index 35/100 (70/100 at Easter). Braden 13. Urine dipstick: leucocytes "
     "+++, nitrites +.\n"
     "Impression: delirium (mixed) from a probable lower UTI, dehydration; fall without injury.\n"
     "Plan: fosfomycin 3 g single dose (eGFR 31 in Dec); hold furosemide for 2 days; oral fluids 1.5 L/day; no "
     "benzodiazepines; night light, family member at night. Bloods and urine culture tomorrow by the ADI nurse, "
     "Tonino Piras (0782 555 418).\n"
     "Granddaughter Dr Chiara Cannas-Loi in Perth informed by email (chiara.cannasloi@gmail.com) and WhatsApp "
     "(+61 412 555 830).\n"
     "Dr Salvatore ('Totore') Mulas, MMG | Ordine dei Medici di Nuoro n. 2187",
     [("LOCATION", ["OGLIASTRA"]), ("HOSPITAL", ["Ambulatorio di Villagrande Strisaili"]),
      ("DATE", ["20 January 2026"]),
      ("NAME", ["Raimonda", "Murru"]), ("NAME", ["Mundina"]), ("AGE", ["aged 102"]), ("DATE", ["14/01/1924"]),
      ("LOCATION", ["Villanova Strisaili"]), ("ID", ["MRRRND24A54L953V"]), ("ADDRESS", ["Via Santa Barbara 41"]),
      ("POSTCODE", ["08049"]), ("LOCATION", ["Villagrande Strisaili"]), ("NAME", ["Giovanna", "Cannas"]),
      ("NAME", ["Efisio"]), ("DATE", ["1998"]), ("DATE", ["Sant'Antonio"]), ("DATE", ["17 January"]),
      ("HOSPITAL", ["Ospedale Nostra Signora della Mercede"]), ("LOCATION", ["Lanusei"]), ("DATE", ["2011"]),
      ("AGE", ["100th"]), ("DATE", ["2024"]), ("DATE", ["Easter"]), ("DATE", ["Dec"]), ("NAME", ["Tonino", "Piras"]),
      ("PHONE", ["0782 555 418"]), ("NAME", ["Chiara", "Cannas-Loi"]), ("LOCATION", ["Perth"]),
      ("EMAIL", ["chiara.cannasloi@gmail.com"]), ("PHONE", ["+61 412 555 830"]), ("NAME", ["Salvatore", "Mulas"]),
      ("NAME", ["Totore"]), ("LICENCE", ["2187"])],
     ["HFpEF", "ramipril 2.5 mg", "furosemide 25 mg", "4AT 6", "Barthel index 35/100", "70/100", "Braden 13",
      "nitrites +", "fosfomycin 3 g", "eGFR 31"]),

    # 24 - Bolivia, Chuquisaca (Monteagudo): internal medicine referral letter, chronic Chagas cardiomyopathy
    ("HOSPITAL SAN ANTONIO DE LOS SAUCES, MONTEAGUDO - Internal Medicine\n"
     "Calle Ayacucho s/n, Monteagudo | tel. +591 4 555 2187 | medinterna.hsas@gmail.com\n"
     "\n"
     "Monteagudo, November 4th, 2025\n"
     "\n"
     "To: Dr. Gonzalo Vaca-Pereyra, Cardiology and Electrophysiology, Hospital Universitario Japonés, Santa Cruz de "
     "la Sierra (English copy for the pacemaker donation programme)\n"
     "\n"
     "Re: Sra. Eustaquia Choque Mamani de Llanos, 58, C.I. 4127385 Ch., SUS affiliation 1058-2274\n"
     "\n"
     "Dear Dr. Vaca-Pereyra,\n"
     "I would be grateful if you could see Mrs. Choque, a maize and peanut farmer from the community of San Juan del "
     "Piraí who lives in an adobe house with a thatched roof where vinchucas (Triatoma infestans) are common. Chagas "
     "serology was positive (ELISA and IHA) at Hospital Santa Bárbara, Sucre, years ago; she was never treated.\n"
     "For 3 months she has had dizzy spells and two syncopes, one at the market on Carnaval Monday.\n"
     "ECG: complete RBBB with left anterior fascicular block, intermittent 2:1 AV block, ventricular rate 38. Holter "
     "(recorder SN 30047162, 02/10/2025): pauses up to 4.8 s and NSVT of 6 beats. Echo: LVEF 40% with an apical "
     "aneurysm. NT-proBNP 1,840 "
     "pg/mL.\n"
     "Diagnosis: chronic Chagas cardiomyopathy (Trypanosoma cruzi), Kuschnir grade III; Rassi score 12 "
     "(intermediate-high risk).\n"
     "Request: permanent dual-chamber pacemaker and assessment for an ICD. Meanwhile she takes enalapril 5 mg BD; "
     "beta-blocker deferred because of the bradycardia; benznidazole not indicated at this stage.\n"
     "She will travel with her son Wilber Llanos Choque (cel. 75554183) in his minibus (plate 2187KXT).\n"
     "\n"
     "Yours sincerely,\n"
     "Dra. Rocío Padilla Zurita, Internal Medicine | Matrícula Profesional P-1182",
     [("HOSPITAL", ["HOSPITAL SAN ANTONIO DE LOS SAUCES"]), ("LOCATION", ["MONTEAGUDO"]),
      ("ADDRESS", ["Calle Ayacucho s/n"]), ("LOCATION", ["Monteagudo"]), ("PHONE", ["+591 4 555 2187"]),
      ("EMAIL", ["medinterna.hsas@gmail.com"]), ("DATE", ["November 4th, 2025"]), ("NAME", ["Gonzalo", "Vaca-Pereyra"]),
      ("HOSPITAL", ["Hospital Universitario Japonés"]), ("LOCATION", ["Santa Cruz de la Sierra"]),
      ("NAME", ["Eustaquia", "Choque", "Mamani", "Llanos"]), ("ID", ["4127385 Ch."]), ("ID", ["1058-2274"]),
      ("LOCATION", ["San Juan del Piraí"]), ("HOSPITAL", ["Hospital Santa Bárbara"]), ("LOCATION", ["Sucre"]),
      ("DATE", ["Carnaval Monday"]), ("SERIAL", ["30047162"]), ("DATE", ["02/10/2025"]),
      ("NAME", ["Wilber", "Llanos", "Choque"]),
      ("PHONE", ["75554183"]), ("PLATE", ["2187KXT"]), ("NAME", ["Rocío", "Padilla", "Zurita"]),
      ("LICENCE", ["P-1182"])],
     ["Triatoma infestans", "complete RBBB", "left anterior fascicular block", "pauses up to 4.8 s", "LVEF 40%",
      "NT-proBNP 1,840 pg/mL", "Chagas cardiomyopathy", "Kuschnir grade III", "Rassi score 12", "enalapril 5 mg BD",
      "benznidazole"]),

    # 25 - Paraguay, Boquerón (Mennonite Chaco): emergency room record, pelvic fracture in a tractor rollover
    ("HOSPITAL LOMA PLATA - Emergency Room | Chortitzer Komitee, Loma Plata, Boquerón, Paraguay\n"
     "ER RECORD (entered in English by the visiting resident, MCC exchange) | 14/11/2025 17:25 | ER no. HLP-2511-0872\n"
     "Patient: Jakob Heinrich Friesen-Penner ('Jake') | 47 M | DOB 29/09/1978 | C.I. 2.418.736 | cooperative member "
     "no. CH-10472\n"
     "Address: Dorf 7 Bergthal, Kolonie Menno. Own dairy farm (120 cows), milk to the Trébol plant.\n"
     "Mechanism: tractor rolled on the slope by the tajamar ~16:10, pinned across the pelvis 20 min; freed by "
     "neighbors, brought by his brother-in-law in a pickup (plate AAEK 418).\n"
     "Primary survey: A patent. B RR 24, SpO2 95%. C HR 128, BP 88/54 (shock index 1.45); pelvis unstable on one "
     "gentle compression - pelvic binder 17:30. D GCS 15. E abrasions L flank.\n"
     "eFAST: small amount of fluid in Morison's pouch; pelvic free fluid. CXR clear. Pelvic XR: symphysis diastasis "
     "3.4 cm, R SI joint widened - Young-Burgess APC II.\n"
     "Labs: Hb 9.1 g/dL, lactate 4.3 mmol/L, INR 1.3.\n"
     "Tx: TXA 1 g IV over 10 min, then 1 g over 8 h; 2 U O-neg RBC + 2 FFP (MTP activated); morphine 4 mg IV; "
     "tetanus toxoid.\n"
     "Disposition: needs angioembolization / ex-fix, not available here - transfer to the Hospital de Trauma Manuel "
     "Giagni, Asunción (accepted by Dr. Liz Benítez Ayala, ortho trauma). Air ambulance ZP-TKE from the Loma Plata "
     "airstrip, departing 19:00.\n"
     "Wife Susanna Friesen, +595 981 555 274; the Gemeinde Bergthal pastor is with the family.\n"
     "Dr. Helmut Klassen-Wiebe, ER attending | Reg. Prof. 9813 / resident Dr. Abigail Thiessen (Winnipeg)",
     [("HOSPITAL", ["HOSPITAL LOMA PLATA"]), ("LOCATION", ["Chortitzer Komitee"]), ("LOCATION", ["Loma Plata"]),
      ("DATE", ["14/11/2025"]), ("MRN", ["HLP-2511-0872"]), ("NAME", ["Jakob Heinrich", "Friesen-Penner"]),
      ("NAME", ["Jake"]), ("DATE", ["29/09/1978"]), ("ID", ["2.418.736"]), ("ID", ["CH-10472"]),
      ("ADDRESS", ["Dorf 7"]),
      ("LOCATION", ["Bergthal"]), ("LOCATION", ["Kolonie Menno"]), ("LOCATION", ["Trébol"]), ("PLATE", ["AAEK 418"]),
      ("HOSPITAL", ["Hospital de Trauma Manuel Giagni"]), ("LOCATION", ["Asunción"]),
      ("NAME", ["Liz", "Benítez", "Ayala"]), ("PLATE", ["ZP-TKE"]), ("NAME", ["Susanna", "Friesen"]),
      ("PHONE", ["+595 981 555 274"]), ("LOCATION", ["Gemeinde Bergthal"]), ("NAME", ["Helmut", "Klassen-Wiebe"]),
      ("LICENCE", ["9813"]), ("NAME", ["Abigail", "Thiessen"]), ("LOCATION", ["Winnipeg"])],
     ["shock index 1.45", "pelvic binder", "eFAST", "Morison's pouch", "symphysis diastasis 3.4 cm",
      "Young-Burgess APC II", "Hb 9.1 g/dL", "lactate 4.3 mmol/L", "TXA 1 g IV", "morphine 4 mg IV"]),

    # 26 - Faroe Islands (Tórshavn / Klaksvík): surgical discharge letter, Boerhaave syndrome (Danish)
    ("Landssjúkrahúsið - Kirurgisk afdeling\n"
     "J.C. Svabos gøta 41-49, FO-100 Tórshavn | tlf. +298 55 41 00\n"
     "EPIKRISE\n"
     "Patient: Jóannes Sverri Joensen-Dam, P-tal 140364-2871\n"
     "Adresse: Niðri á Bakka 12, FO-700 Klaksvík. Bådsmand på trawleren Gullfinnur (KG 418).\n"
     "Indlagt: 30.07.2025 (overflyttet fra Klaksvíkar Sjúkrahús)   Udskrevet: 22. august 2025\n"
     "Diagnose: Spontan øsofagusruptur (Boerhaave syndrom) med venstresidig empyem.\n"
     "Anamnese: Efter Ólavsøka i Tórshavn kraftige opkastninger natten til den 29. juli, derefter pludselige "
     "retrosternale smerter og dyspnø. CT thorax: pneumomediastinum, venstresidig pleuraeffusion og "
     "kontrastudtræden fra distale øsofagus; Mackler's triade delvist til stede.\n"
     "Forløb: Overflyttet med helikopter OY-HSR til Rigshospitalet, København, 30.07: endoskopisk anlagt fuldt dækket "
     "metalstent og VATS dekortikering (overlæge Signe Vestergaard-Holm). Piperacillin/tazobactam 4 g x 4 i.v. og "
     "fluconazol 400 mg x 1 i 4 uger. Tilbageflyttet hertil 08.08.2025. Stent fjernet ved gastroskopi 18.08.2025 - "
     "defekten helet.\n"
     "Ved udskrivelse: spiser blød kost, vægt 71 kg (-8 kg), CRP 12 mg/l.\n"
     "Opfølgning: kontrol i kirurgisk ambulatorium om 4 uger; sygemeldt fra rederiet; tilbudt alkoholrådgivning.\n"
     "Kontakt: hustru Marjun Joensen, tlf. +298 21 55 73.\n"
     "Egen læge: Rúni Poulsen, Lægehuset i Klaksvík.\n"
     "\n"
     "Med venlig hilsen\n"
     "Bárður á Steig Hansen, overlæge | aut.-ID 3F7QR",
     [("HOSPITAL", ["Landssjúkrahúsið"]), ("ADDRESS", ["J.C. Svabos gøta 41-49"]), ("POSTCODE", ["FO-100"]),
      ("LOCATION", ["Tórshavn"]), ("PHONE", ["+298 55 41 00"]), ("NAME", ["Jóannes Sverri", "Joensen-Dam"]),
      ("ID", ["140364-2871"]), ("ADDRESS", ["Niðri á Bakka 12"]), ("POSTCODE", ["FO-700"]), ("LOCATION", ["Klaksvík"]),
      ("LOCATION", ["Gullfinnur"]), ("PLATE", ["KG 418"]), ("DATE", ["30.07.2025"]),
      ("HOSPITAL", ["Klaksvíkar Sjúkrahús"]), ("DATE", ["22. august 2025"]), ("DATE", ["Ólavsøka"]),
      ("DATE", ["29. juli"]), ("PLATE", ["OY-HSR"]), ("HOSPITAL", ["Rigshospitalet"]), ("LOCATION", ["København"]),
      ("DATE", ["30.07"]), ("NAME", ["Signe", "Vestergaard-Holm"]), ("DATE", ["08.08.2025"]), ("DATE", ["18.08.2025"]),
      ("NAME", ["Marjun", "Joensen"]), ("PHONE", ["+298 21 55 73"]), ("NAME", ["Rúni", "Poulsen"]),
      ("HOSPITAL", ["Lægehuset i Klaksvík"]), ("NAME", ["Bárður", "á Steig Hansen"]), ("LICENCE", ["3F7QR"])],
     ["Boerhaave syndrom", "venstresidig empyem", "pneumomediastinum", "Mackler's triade", "VATS dekortikering",
      "Piperacillin/tazobactam 4 g x 4 i.v.", "fluconazol 400 mg x 1", "CRP 12 mg/l", "fuldt dækket metalstent"]),

    # 27 - China, Inner Mongolia (Hulunbuir): hepatobiliary surgery discharge record, hepatic cystic echinococcosis
    # (simplified Chinese)
    ("呼伦贝尔市人民医院 肝胆外科 出院记录\n"
     "住院号：HLBE2503-07184　床号：12\n"
     "姓名：其其格　性别：女　年龄：40岁　民族：蒙古族　出生日期：1985年9月22日\n"
     "身份证号：150702198509221640\n"
     "现住址：内蒙古呼伦贝尔市陈巴尔虎旗鄂温克民族苏木哈日干图嘎查\n"
     "职业：牧民（家庭牧场，养羊约300只）\n"
     "入院日期：2025年3月4日　出院日期：2025年3月18日\n"
     "入院情况：右上腹隐痛半年，查干萨日（春节）期间加重。\n"
     "出院诊断：肝囊型包虫病（右肝S7/S8，WHO-IWGE CE2型，12 cm×10 cm）\n"
     "诊疗经过：3月6日全麻下行肝包虫内囊摘除术+外囊次全切除术（主刀：阿拉坦仓 主任医师），术中以20%高渗盐水浸泡囊腔10分钟，"
     "防止囊液外溢引起过敏性休克；术后阿苯达唑 400 mg bid。术后第5天出现胆漏，经引流好转。\n"
     "出院情况：切口愈合良好；ALT 42 U/L，总胆红素 18 μmol/L。\n"
     "出院医嘱：阿苯达唑 400 mg bid 连续服用6个月，每月复查血常规和肝功能；家中牧羊犬定期用吡喹酮驱虫；3个月后复查腹部B超。\n"
     "家属：丈夫 巴特尔（电话 150-4700-3815）；女儿 乌云，就读于海拉尔区第二中学。家用皮卡 蒙E·7K218。\n"
     "复诊预约：https://yy.hlbeyy.cn/booking?id=HLBE2503-07184\n"
     "主治医师：白云　住院医师：孟和",
     [("HOSPITAL", ["呼伦贝尔市人民医院"]), ("MRN", ["HLBE2503-07184"]), ("NAME", ["其其格"]), ("DATE", ["1985年9月22日"]),
      ("ID", ["150702198509221640"]), ("LOCATION", ["呼伦贝尔市"]), ("LOCATION", ["陈巴尔虎旗"]), ("LOCATION", ["鄂温克民族苏木"]),
      ("LOCATION", ["哈日干图嘎查"]), ("DATE", ["2025年3月4日"]), ("DATE", ["2025年3月18日"]), ("DATE", ["查干萨日"]),
      ("DATE", ["春节"]), ("DATE", ["3月6日"]), ("NAME", ["阿拉坦仓"]), ("NAME", ["巴特尔"]), ("PHONE", ["150-4700-3815"]),
      ("NAME", ["乌云"]), ("LOCATION", ["海拉尔区第二中学"]), ("PLATE", ["蒙E·7K218"]),
      ("URL", ["https://yy.hlbeyy.cn/booking?id=HLBE2503-07184"]), ("NAME", ["白云"]), ("NAME", ["孟和"])],
     ["S7/S8", "WHO-IWGE CE2型", "12 cm×10 cm", "20%高渗盐水", "过敏性休克", "阿苯达唑 400 mg bid", "胆漏", "ALT 42 U/L",
      "总胆红素 18 μmol/L", "吡喹酮"]),

    # 28 - Scotland, Orkney (Rousay): out-of-hours telephone consultation, suspected meningococcal septicaemia
    ("NHS ORKNEY - Out of Hours Service, Balfour Hospital, Kirkwall KW15 1BH\n"
     "TELEPHONE CONSULTATION RECORD | 03/01/2026 02:17 | call no. OOH-260103-0044\n"
     "Caller: Ingrid Flett (mother), mob 07700 900 571, calling from Trumland, Rousay\n"
     "Patient: Magnus 'Mags' Flett-Drever | 4 y M | DOB 16/05/2021 | CHI 1605214531 | GP: Rousay Surgery\n"
     "History: family back from granny's in Evie after Ne'erday. Fever T 39.8 since teatime, vomited x3, now very "
     "sleepy, cold hands and feet, leg pain, and new dark red spots on tummy and legs - non-blanching on the glass "
     "test done with mum on the phone. MenB doses given as scheduled.\n"
     "Assessment: suspected meningococcal septicaemia - red flags per NICE NG240. Mum estimates CRT 4 s.\n"
     "Action: 999 called by OOH 02:20 (SAS incident 2601030117). No ferry at night. Rousay nurse practitioner Gwen "
     "Mainland attended 02:35, benzylpenicillin 600 mg IM (thigh) at 02:41, O2, warmed.\n"
     "Retrieval: coastguard helicopter to the Balfour helipad ~03:30, then ScotSTAR paediatric team to the Royal "
     "Aberdeen Children's Hospital. Balfour on call: Dr Ewan Rendall, bleep 612.\n"
     "Father Erlend Drever is at sea on the creel boat Boy Andrew (K 712); Coastguard relaying.\n"
     "Dr Fiona Linklater, OOH GP | GMC 6038277",
     [("HOSPITAL", ["Balfour Hospital"]), ("LOCATION", ["Kirkwall"]), ("POSTCODE", ["KW15 1BH"]),
      ("DATE", ["03/01/2026"]),
      ("ID", ["OOH-260103-0044"]), ("NAME", ["Ingrid", "Flett"]), ("PHONE", ["07700 900 571"]),
      ("LOCATION", ["Trumland"]),
      ("LOCATION", ["Rousay"]), ("NAME", ["Magnus", "Flett-Drever"]), ("NAME", ["Mags"]), ("DATE", ["16/05/2021"]),
      ("ID", ["1605214531"]), ("HOSPITAL", ["Rousay Surgery"]), ("LOCATION", ["Evie"]), ("DATE", ["Ne'erday"]),
      ("ID", ["2601030117"]), ("NAME", ["Gwen", "Mainland"]), ("HOSPITAL", ["Royal Aberdeen Children's Hospital"]),
      ("NAME", ["Ewan", "Rendall"]), ("PHONE", ["612"]), ("NAME", ["Erlend", "Drever"]), ("LOCATION", ["Boy Andrew"]),
      ("PLATE", ["K 712"]), ("NAME", ["Fiona", "Linklater"]), ("LICENCE", ["6038277"])],
     ["T 39.8", "non-blanching", "glass test", "MenB", "meningococcal septicaemia", "NICE NG240", "CRT 4 s",
      "benzylpenicillin 600 mg IM", "ScotSTAR"]),

    # 29 - USA, Alaska (Yukon-Kuskokwim Delta): community health aide encounter, abbreviated, fox bite and rabies PEP
    ("YKHC - Eek Clinic - Community Health Aide ENCOUNTER\n"
     "02/14/26 (Valentine's Day) 1015 | CHA/P L. Nanalook\n"
     "Pt: Evon Active Jr. | 16 yo M | DOB 07/23/2009 | HRN YK-582-19 | AK Medicaid 07418736\n"
     "CC: bitten R hand by a fox @ 0800 today in the dog yard behind the house. Fox acting weird, walked right up to "
     "the dogs; bro Wassillie shot it w/ the .22, head saved in a cooler.\n"
     "S: pain 4/10. Td UTD.\n"
     "O: 2 punctures dorsum R hand + 1 cm lac thenar, bleeding ctrl'd. Cap refill <2 s, full ROM all fingers, sens "
     "intact. T 36.9, HR 88, BP 122/74.\n"
     "A: Cat III exposure - suspected rabid fox.\n"
     "P: wound washed 15 min soap + water per CHAM. Telemed to Bethel ER (cart IP 10.52.18.204) -> Dr. Marguerite "
     "Twitchell-Okoro: pt to Bethel on next flight (N562GV, 1300). At YKHC: HRIG 20 IU/kg infiltrated into/around "
     "wounds, rabies vaccine (Imovax) 1 mL IM deltoid d0, 3, 7, 14; amox-clav 875 mg BID x 5 d. Fox head to the AK "
     "State Virology Lab, Fairbanks. VPSO Joe Chief notified.\n"
     "Mom Nastasia Active (907-555-0164) going w/ him.\n"
     "sig. L. Nanalook, CHA/P | CHAP cert #2219",
     [("HOSPITAL", ["YKHC"]), ("HOSPITAL", ["Eek Clinic"]), ("DATE", ["02/14/26"]), ("DATE", ["Valentine's Day"]),
      ("NAME", ["Nanalook"]), ("NAME", ["Evon", "Active"]), ("DATE", ["07/23/2009"]), ("MRN", ["YK-582-19"]),
      ("ID", ["07418736"]), ("NAME", ["Wassillie"]), ("LOCATION", ["Bethel"]), ("IP", ["10.52.18.204"]),
      ("NAME", ["Marguerite", "Twitchell-Okoro"]), ("PLATE", ["N562GV"]), ("HOSPITAL", ["AK State Virology Lab"]),
      ("LOCATION", ["Fairbanks"]), ("NAME", ["Joe", "Chief"]), ("NAME", ["Nastasia", "Active"]),
      ("PHONE", ["907-555-0164"]), ("LICENCE", ["2219"])],
     ["pain 4/10", "Td", "Cap refill <2 s", "Cat III exposure", "CHAM", "HRIG 20 IU/kg", "Imovax",
      "1 mL IM deltoid", "amox-clav 875 mg BID"]),

    # 30 - Australia, Tasmania (North-West Coast): residential aged care progress notes, fall in a man aged 97
    ("Banksia Lodge Residential Aged Care, 61 Ironcliffe Road, Penguin TAS 7316\n"
     "PROGRESS NOTES - RN\n"
     "Resident: Mr Clarence 'Clarrie' Blackaby | 97 y | DOB 02/08/1928 | Room 21, Leven wing | Medicare 2394 71569 2 "
     "| DVA Gold Card TX185302 | URN BL-0219\n"
     "\n"
     "27/04/2026 06:40 Found on the floor beside his bed by PCA Brianna Hull. Unwitnessed fall. Alert, says he was "
     "'going to the dunny'. Neuro obs commenced: GCS 15, pupils equal and reactive. R hearing aid (serial 2216B8830) "
     "found under the bed. R forearm skin tear 6 cm, STAR "
     "category 2a - flap realigned, Mepitel and crepe. No shortening or rotation of either leg. On apixaban 2.5 mg "
     "BD; head strike unknown.\n"
     "07:15 Dr Rajiv Khatri-Boyd (GP, Penguin Medical Centre) phoned: transfer to North West Regional Hospital, "
     "Burnie for CT brain (anticoagulated, unwitnessed fall). Ambulance Tasmania case 2604270311.\n"
     "07:50 Left by ambulance. Son Graham (0418 555 207) informed; driving up from Snug (~4 h).\n"
     "15:30 Returned from NWRH: CT brain - no bleed. Abbey Pain Scale 9 -> paracetamol 1 g QID regular, oxycodone "
     "2.5 mg PRN.\n"
     "Background: vascular dementia (MMSE 16/30 in Jan), AF, Korean War veteran (enlisted 1951). Still upset he "
     "missed the Anzac Day dawn service at the cenotaph on Saturday.\n"
     "Plan: low-low bed, sensor mat, hip protectors; FRAT score 18 (high risk). Advance care directive on file - "
     "to be reviewed with his son.\n"
     "RN Tegan Saltmarsh | AHPRA NMW0002187341",
     [("HOSPITAL", ["Banksia Lodge Residential Aged Care"]), ("ADDRESS", ["61 Ironcliffe Road"]),
      ("LOCATION", ["Penguin"]), ("POSTCODE", ["7316"]), ("NAME", ["Clarence", "Blackaby"]), ("NAME", ["Clarrie"]),
      ("AGE", ["97 y"]), ("DATE", ["02/08/1928"]), ("LOCATION", ["Leven wing"]), ("ID", ["2394 71569 2"]),
      ("ID", ["TX185302"]), ("MRN", ["BL-0219"]), ("DATE", ["27/04/2026"]), ("NAME", ["Brianna", "Hull"]),
      ("SERIAL", ["2216B8830"]),
      ("NAME", ["Rajiv", "Khatri-Boyd"]), ("HOSPITAL", ["Penguin Medical Centre"]),
      ("HOSPITAL", ["North West Regional Hospital"]), ("LOCATION", ["Burnie"]), ("ID", ["2604270311"]),
      ("NAME", ["Graham"]), ("PHONE", ["0418 555 207"]), ("LOCATION", ["Snug"]), ("HOSPITAL", ["NWRH"]),
      ("DATE", ["Jan"]), ("DATE", ["1951"]), ("DATE", ["Anzac Day"]), ("NAME", ["Tegan", "Saltmarsh"]),
      ("LICENCE", ["NMW0002187341"])],
     ["GCS 15", "STAR category 2a", "Mepitel", "apixaban 2.5 mg BD", "Abbey Pain Scale 9", "paracetamol 1 g QID",
      "oxycodone 2.5 mg PRN", "vascular dementia", "MMSE 16/30", "FRAT score 18"]),

    # 31 - Andorra (La Massana / Escaldes-Engordany): orthopaedic discharge report, ski injury (Catalan)
    ("SERVEI ANDORRÀ D'ATENCIÓ SANITÀRIA\n"
     "Hospital Nostra Senyora de Meritxell - Servei de Cirurgia Ortopèdica i Traumatologia\n"
     "Av. Fiter i Rossell 1-13, AD700 Escaldes-Engordany | tel. +376 555 418\n"
     "INFORME D'ALTA HOSPITALÀRIA\n"
     "Pacient: Núria Casamajor i Cerqueda | Data de naixement: 11/09/1979 | NHC 0627391 | núm. CASS 214836-A\n"
     "Adreça: Carrer de la Unió 4, 2n 1a, AD400 La Massana\n"
     "Data d'ingrés: 06/01/2026 (dia de Reis)    Data d'alta: 10 de gener de 2026\n"
     "Motiu d'ingrés: caiguda esquiant a Grandvalira, sector Soldeu, el dia 6 de gener; evacuada pels pisters i "
     "traslladada en ambulància.\n"
     "Diagnòstic: fractura del plateau tibial extern esquerre, Schatzker II.\n"
     "Exploració: genoll esquerre amb hemartrosi, dolor EVA 8/10. TC: depressió articular de 7 mm.\n"
     "Intervenció (08/01/2026): reducció oberta i fixació interna amb placa de suport lateral de 3,5 mm i empelt "
     "ossi. Cirurgià: Dr. Arnau Puigcercós Vilaró.\n"
     "Tractament a l'alta: enoxaparina 40 mg/24 h sc durant 4 setmanes; paracetamol 1 g/8 h; descàrrega total amb "
     "crosses 6 setmanes; fèrula articulada 0-90°.\n"
     "Seguiment: consultes externes de traumatologia en 2 setmanes (retirada de grapes); rehabilitació al Centre de "
     "Salut d'Encamp.\n"
     "Situació laboral: mestra a l'Escola Andorrana de Maternal i Primera Ensenyança de la Massana; baixa laboral.\n"
     "Contacte: marit Pol Garrigó, mòbil +376 355 829.\n"
     "Metgessa responsable: Dra. Laia Escolà-Rossell, traumatòloga | núm. col·legiada 1042",
     [("HOSPITAL", ["Hospital Nostra Senyora de Meritxell"]), ("ADDRESS", ["Av. Fiter i Rossell 1-13"]),
      ("POSTCODE", ["AD700"]), ("LOCATION", ["Escaldes-Engordany"]), ("PHONE", ["+376 555 418"]),
      ("NAME", ["Núria", "Casamajor", "Cerqueda"]), ("DATE", ["11/09/1979"]), ("MRN", ["0627391"]),
      ("ID", ["214836-A"]),
      ("ADDRESS", ["Carrer de la Unió 4, 2n 1a"]), ("POSTCODE", ["AD400"]), ("LOCATION", ["La Massana"]),
      ("DATE", ["06/01/2026"]), ("DATE", ["dia de Reis"]), ("DATE", ["10 de gener de 2026"]),
      ("LOCATION", ["Grandvalira"]),
      ("LOCATION", ["Soldeu"]), ("DATE", ["6 de gener"]), ("DATE", ["08/01/2026"]),
      ("NAME", ["Arnau", "Puigcercós", "Vilaró"]), ("HOSPITAL", ["Centre de Salut d'Encamp"]),
      ("LOCATION", ["Escola Andorrana de Maternal i Primera Ensenyança de la Massana"]), ("NAME", ["Pol", "Garrigó"]),
      ("PHONE", ["+376 355 829"]), ("NAME", ["Laia", "Escolà-Rossell"]), ("LICENCE", ["1042"])],
     ["Schatzker II", "hemartrosi", "EVA 8/10", "depressió articular de 7 mm", "reducció oberta i fixació interna",
      "3,5 mm", "enoxaparina 40 mg/24 h", "paracetamol 1 g/8 h", "fèrula articulada 0-90°"]),

    # 32 - USA, West Virginia (McDowell County): black lung benefits complete pulmonary evaluation, complicated CWP
    ("TUG FORK BLACK LUNG CLINIC - 88 Wyoming Street, War, WV 24892 | ph 304-555-0176 | fax 304-555-0179\n"
     "U.S. DOL BLACK LUNG BENEFITS ACT - COMPLETE PULMONARY EVALUATION (summary for Form CM-988)\n"
     "Exam date: 10/21/2025 | DOL claim no. BLBA-25-0661903\n"
     "Miner: Dwayne Earl 'Bucky' Lambert-Mullins | 57 M | DOB 03/19/1968 | SSN 232-41-8273 | WV DL D1852763\n"
     "Address: 417 Bearwallow Hollow Rd, Panther, WV\n"
     "Work history: 31 years underground - roof bolter, then continuous miner operator; last employer Raven Ridge "
     "Coal LLC, Big Creek No. 3 mine (MSHA ID 46-09418); last coal mine work March 2024.\n"
     "Smoking: 20 pack-years, quit 2010.\n"
     "Symptoms: DOE after 1 flight of stairs, cough with black sputum (melanoptysis), wheeze, 2-pillow orthopnea.\n"
     "Home O2 2 L/min via Inogen One G5 concentrator, serial 5G41C-27369.\n"
     "Exam: BP 148/90, SpO2 93% RA, decreased breath sounds, no clubbing, no edema.\n"
     "Chest X-ray (10/21/2025), classified by B reader Dr. Naveen Chaudhry-Rife (NIOSH B reader #B-8127; images sent "
     "from PACS node 172.16.40.23): small "
     "opacities r/s, profusion 2/3, upper zones; large opacity category B -> complicated pneumoconiosis "
     "(progressive massive fibrosis).\n"
     "PFTs: FEV1 1.58 L (44% pred), FVC 2.87 L (63% pred), FEV1/FVC 0.55, DLCO 48% pred. Resting ABG: pO2 62 mmHg, "
     "pCO2 38 mmHg. Exercise ABG not done (unsafe).\n"
     "Conclusion: complicated coal workers' pneumoconiosis; totally disabling respiratory impairment (meets the 20 "
     "CFR Part 718 table values). Referred to pulmonary rehab at Welch Community Hospital.\n"
     "Wife Tammy Lambert, 304-555-0112, present.\n"
     "Eleanor Haskins-Vance, MD, Pulmonology | WV license 27418 | NPI 1529830642",
     [("HOSPITAL", ["TUG FORK BLACK LUNG CLINIC"]), ("ADDRESS", ["88 Wyoming Street"]), ("LOCATION", ["War"]),
      ("POSTCODE", ["24892"]), ("PHONE", ["304-555-0176"]), ("PHONE", ["304-555-0179"]), ("DATE", ["10/21/2025"]),
      ("ID", ["BLBA-25-0661903"]), ("NAME", ["Dwayne Earl", "Lambert-Mullins"]), ("NAME", ["Bucky"]),
      ("DATE", ["03/19/1968"]), ("ID", ["232-41-8273"]), ("LICENCE", ["D1852763"]),
      ("ADDRESS", ["417 Bearwallow Hollow Rd"]), ("LOCATION", ["Panther"]), ("LOCATION", ["Raven Ridge Coal LLC"]),
      ("LOCATION", ["Big Creek No. 3 mine"]), ("ID", ["46-09418"]), ("DATE", ["March 2024"]),
      ("SERIAL", ["5G41C-27369"]), ("NAME", ["Naveen", "Chaudhry-Rife"]), ("LICENCE", ["B-8127"]),
      ("IP", ["172.16.40.23"]), ("HOSPITAL", ["Welch Community Hospital"]),
      ("NAME", ["Tammy", "Lambert"]), ("PHONE", ["304-555-0112"]), ("NAME", ["Eleanor", "Haskins-Vance"]),
      ("LICENCE", ["27418"]), ("ID", ["1529830642"])],
     ["20 pack-years", "Inogen One G5", "melanoptysis", "r/s", "profusion 2/3", "category B",
      "progressive massive fibrosis", "FEV1 1.58 L", "FEV1/FVC 0.55", "DLCO 48% pred", "pO2 62 mmHg",
      "20 CFR Part 718"]),

    # 33 - Greece, Peloponnese (Kalamata): medical certificate of death, woman aged 92 (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΛΑΜΑΤΑΣ - Καρδιολογική Κλινική\n"
     "Αντικάλαμος, 24100 Καλαμάτα | τηλ. 27210 55 418\n"
     "ΙΑΤΡΙΚΗ ΒΕΒΑΙΩΣΗ ΘΑΝΑΤΟΥ | Αρ. πρωτ. 3107/2026\n"
     "Επώνυμο: ΚΥΡΙΑΚΟΠΟΥΛΟΥ-ΜΑΥΡΟΜΙΧΑΛΗ   Όνομα: ΠΑΝΑΓΙΩΤΑ   Πατρώνυμο: ΗΛΙΑΣ   Μητρώνυμο: ΚΑΝΕΛΛΩ\n"
     "Ημερ. γέννησης: 09/12/1933 | Τόπος γέννησης: Καρδαμύλη Μεσσηνίας | Ηλικία: 92 ετών | ΑΜΚΑ 09123394026 | ΑΔΤ "
     "Ξ 627301\n"
     "Τελευταία κατοικία: Αριστομένους 88, Καλαμάτα\n"
     "Ημερομηνία και ώρα θανάτου: 10 Απριλίου 2026 (Μεγάλη Παρασκευή), 05:20 | Τόπος: ΓΝ Καλαμάτας, Καρδιολογική "
     "Κλινική, θάλαμος 4\n"
     "Αιτία θανάτου:\n"
     "Ι. (α) Καρδιογενής καταπληξία - 6 ώρες\n"
     "   (β) Οξύ έμφραγμα μυοκαρδίου χωρίς ανάσπαση ST (NSTEMI) - 3 ημέρες\n"
     "   (γ) Στεφανιαία νόσος τριών αγγείων - έτη\n"
     "ΙΙ. Σακχαρώδης διαβήτης τύπου 2· χρόνια νεφρική νόσος σταδίου 4 (eGFR 22)· νόσος Alzheimer\n"
     "Νεκροψία: όχι. Εισαγωγή 07/04/2026, Killip III, hs-TnI 8.400 ng/L. Λόγω ηλικίας και κατόπιν επιθυμίας της "
     "οικογένειας δεν έγινε στεφανιογραφία (εντολή μη ανάνηψης).\n"
     "Δηλών: γιος Δημήτριος Μαυρομιχάλης, κιν. 697 555 2184.\n"
     "Εξόδιος ακολουθία: Ιερός Ναός Υπαπαντής, Καλαμάτα.\n"
     "Ο βεβαιών ιατρός: Σπυρίδων Αναστασόπουλος-Γιαννακέας, Καρδιολόγος | ΑΜ Ιατρικού Συλλόγου Μεσσηνίας 2087",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΚΑΛΑΜΑΤΑΣ"]), ("LOCATION", ["Αντικάλαμος"]), ("POSTCODE", ["24100"]),
      ("LOCATION", ["Καλαμάτα"]), ("PHONE", ["27210 55 418"]), ("ID", ["3107/2026"]),
      ("NAME", ["ΚΥΡΙΑΚΟΠΟΥΛΟΥ-ΜΑΥΡΟΜΙΧΑΛΗ", "ΠΑΝΑΓΙΩΤΑ"]), ("NAME", ["ΗΛΙΑΣ"]), ("NAME", ["ΚΑΝΕΛΛΩ"]),
      ("DATE", ["09/12/1933"]), ("LOCATION", ["Καρδαμύλη"]), ("LOCATION", ["Μεσσηνίας"]), ("AGE", ["92 ετών"]),
      ("ID", ["09123394026"]), ("ID", ["Ξ 627301"]), ("ADDRESS", ["Αριστομένους 88"]), ("DATE", ["10 Απριλίου 2026"]),
      ("DATE", ["Μεγάλη Παρασκευή"]), ("HOSPITAL", ["ΓΝ Καλαμάτας"]), ("DATE", ["07/04/2026"]),
      ("NAME", ["Δημήτριος", "Μαυρομιχάλης"]), ("PHONE", ["697 555 2184"]), ("LOCATION", ["Ιερός Ναός Υπαπαντής"]),
      ("NAME", ["Σπυρίδων", "Αναστασόπουλος-Γιαννακέας"]), ("LICENCE", ["2087"])],
     ["Καρδιογενής καταπληξία", "NSTEMI", "Στεφανιαία νόσος τριών αγγείων", "Σακχαρώδης διαβήτης τύπου 2", "σταδίου 4",
      "eGFR 22", "νόσος Alzheimer", "Killip III", "hs-TnI 8.400 ng/L"]),

    # 34 - USA, Louisiana (Lafourche Parish): ICU admission history and physical, Vibrio vulnificus septic shock
    ("THIBODAUX REGIONAL HEALTH SYSTEM - Medical ICU\n"
     "602 N Acadia Rd, Thibodaux LA 70301\n"
     "ICU ADMISSION H&P | 02/18/2026 03:05 | Bed 6\n"
     "Pt: Clovis 'Tee-Boy' Cheramie-Guidry | 61 M | DOB 10/27/1964 | MRN TRH-0661842 | Medicare MBI 7QJ2-WF4-HT86\n"
     "Transferred from: Lady of the Sea General Hospital ED, Cut Off\n"
     "HPI: shrimper on his own boat, the Miss Nadine (LA 7718 FK), working out of Golden Meadow. EtOH cirrhosis, "
     "Child-Pugh B. Cut his L index finger on a crab trap near Grand Isle on Mardi Gras (02/17); 12 h later severe "
     "pain, swelling and hemorrhagic bullae up the forearm, fever, hypotension.\n"
     "Exam: T 39.4, HR 132, BP 78/40, MAP 53. L hand/forearm: violaceous hemorrhagic bullae, pain out of proportion, "
     "no crepitus.\n"
     "Labs: lactate 6.2, plt 48, creat 2.1, bili 3.8, INR 2.0; LRINEC 9. Bulla fluid Gram stain: curved "
     "Gram-negative rods.\n"
     "Imp: Vibrio vulnificus septic shock with necrotizing soft-tissue infection of the L upper limb; cirrhosis.\n"
     "Plan: doxycycline 100 mg IV q12h + ceftazidime 2 g IV q8h; norepinephrine 18 mcg/min + vasopressin 0.03 U/min; "
     "emergent debridement / fasciotomy tonight by Dr. Aurélie Toups-Landry (hand surgery); FFP; blood cx x2. "
     "Transfer to Ochsner Medical Center, New Orleans if amputation or ECMO needed.\n"
     "Family: wife Nadine Cheramie (985-555-0137); son Jude, his deckhand.\n"
     "Dr. Mireille Boudreaux-Nguyen, MD | LA license MD.205814 | NPI 1193746280",
     [("HOSPITAL", ["THIBODAUX REGIONAL HEALTH SYSTEM"]), ("ADDRESS", ["602 N Acadia Rd"]), ("LOCATION", ["Thibodaux"]),
      ("POSTCODE", ["70301"]), ("DATE", ["02/18/2026"]), ("NAME", ["Clovis", "Cheramie-Guidry"]), ("NAME", ["Tee-Boy"]),
      ("DATE", ["10/27/1964"]), ("MRN", ["TRH-0661842"]), ("ID", ["7QJ2-WF4-HT86"]),
      ("HOSPITAL", ["Lady of the Sea General Hospital"]), ("LOCATION", ["Cut Off"]), ("LOCATION", ["Miss Nadine"]),
      ("PLATE", ["LA 7718 FK"]), ("LOCATION", ["Golden Meadow"]), ("LOCATION", ["Grand Isle"]),
      ("DATE", ["Mardi Gras"]),
      ("DATE", ["02/17"]), ("NAME", ["Aurélie", "Toups-Landry"]), ("HOSPITAL", ["Ochsner Medical Center"]),
      ("LOCATION", ["New Orleans"]), ("NAME", ["Nadine", "Cheramie"]), ("PHONE", ["985-555-0137"]), ("NAME", ["Jude"]),
      ("NAME", ["Mireille", "Boudreaux-Nguyen"]), ("LICENCE", ["MD.205814"]), ("ID", ["1193746280"])],
     ["Child-Pugh B", "hemorrhagic bullae", "pain out of proportion", "lactate 6.2", "LRINEC 9",
      "curved Gram-negative rods", "Vibrio vulnificus", "doxycycline 100 mg IV q12h", "ceftazidime 2 g IV q8h",
      "vasopressin 0.03 U/min"]),

    # 35 - Belize (Cayo / Belize City): accident and emergency note, fer-de-lance envenomation
    ("KARL HEUSNER MEMORIAL HOSPITAL AUTHORITY - Accident & Emergency, Belize City | tel 501-223-5559\n"
     "A&E NOTE | 10-Sep-2025 (St. George's Caye Day) 19:40\n"
     "Patient: Wilfredo 'Freddy' Pop Tzib | 39 M | DOB 17/06/1986 | SSB no. 003187264 | KHMH no. 25-063917\n"
     "Lives in Bullet Tree Falls, Cayo; milpa farmer, weekend guide for the Macal River Jungle Lodge.\n"
     "Transferred from: Western Regional Hospital, Belmopan (10 vials antivenom given there) by ambulance C-7412.\n"
     "HPI: bitten dorsum R foot at 15:30 by a 'tommygoff' while clearing milpa; snake killed and brought - "
     "fer-de-lance (Bothrops asper), ~1.4 m.\n"
     "O/E: HR 118, BP 96/60. Swelling to R knee, haemorrhagic blebs, oozing from the bite and the gums.\n"
     "Labs: 20WBCT unclotted at WRH and again here; plt 64 x10^3/µL, fibrinogen < 50 mg/dL, PT > 100 s, Hb 11.2 "
     "g/dL, creatinine 1.6 mg/dL.\n"
     "Rx: Antivipmyn 10 more vials IV at 20:05, repeat 20WBCT at 6 h; tetanus toxoid; limb at heart level; no "
     "fasciotomy unless compartment pressure > 30 mmHg on the Stryker monitor.\n"
     "Wife Elena Tzib (mob 610-5552) and cousin Marvin Chiac with him.\n"
     "Dr. Nadira Gonguez-Usher, A&E Resident | BMDC lic. 1187 | seen with Dr. Roberto Magaña, consultant",
     [("HOSPITAL", ["KARL HEUSNER MEMORIAL HOSPITAL AUTHORITY"]), ("LOCATION", ["Belize City"]),
      ("PHONE", ["501-223-5559"]), ("DATE", ["10-Sep-2025"]), ("DATE", ["St. George's Caye Day"]),
      ("NAME", ["Wilfredo", "Pop", "Tzib"]), ("NAME", ["Freddy"]), ("DATE", ["17/06/1986"]), ("ID", ["003187264"]),
      ("MRN", ["25-063917"]), ("LOCATION", ["Bullet Tree Falls"]), ("LOCATION", ["Cayo"]),
      ("LOCATION", ["Macal River Jungle Lodge"]), ("HOSPITAL", ["Western Regional Hospital"]),
      ("LOCATION", ["Belmopan"]),
      ("PLATE", ["C-7412"]), ("HOSPITAL", ["WRH"]), ("NAME", ["Elena", "Tzib"]), ("PHONE", ["610-5552"]),
      ("NAME", ["Marvin", "Chiac"]), ("NAME", ["Nadira", "Gonguez-Usher"]), ("LICENCE", ["1187"]),
      ("NAME", ["Roberto", "Magaña"])],
     ["tommygoff", "fer-de-lance (Bothrops asper)", "20WBCT unclotted", "plt 64 x10^3/µL", "fibrinogen < 50 mg/dL",
      "PT > 100 s", "creatinine 1.6 mg/dL", "Antivipmyn", "compartment pressure > 30 mmHg", "Stryker monitor"]),

    # 36 - Taiwan, Hualien (Fengbin, Amis community): medical ward nursing record, scrub typhus (traditional Chinese)
    ("花蓮門諾醫院 內科病房 7A 護理紀錄\n"
     "病歷號：MCH-2508-31764　床號：7A-12\n"
     "病人：林秀英（族名：Panay Kacaw）　女　58歲　出生日期：1967/03/21　身分證：U220418375\n"
     "地址：花蓮縣豐濱鄉港口村12鄰大港口47號（港口部落 Makotaay）\n"
     "職業：採集海菜、種稻\n"
     "聯絡人：女兒 陳怡君 0936-555-218；LINE ID：yijun_makotaay\n"
     "轉入：衛福部花蓮醫院豐濱原住民分院\n"
     "2025/08/14 09:20 入院護理評估：主訴發燒 39.6°C 五天、頭痛、全身痠痛；八月初參加部落豐年祭（Ilisin）後在田間除草。"
     "右腋下見一處 0.8 cm 黑色焦痂（eschar），周圍紅暈，無癢感。意識清楚，GCS E4V5M6。血壓 102/64 mmHg，脈搏 108 次/分，"
     "呼吸 22 次/分，SpO2 95%。\n"
     "11:00 依吳建宏醫師醫囑給予 Doxycycline 100 mg PO q12h 首劑。\n"
     "14:30 抽血結果：血小板 68,000/µL，AST 142 U/L，ALT 118 U/L，CRP 9.8 mg/dL；恙蟲病 PCR 已送驗。\n"
     "16:00 體溫 38.4°C，給予 Acetaminophen 500 mg PO。衛教家屬：恙蟲病（Orientia tsutsugamushi）由恙蟎叮咬傳染，不會人傳人；"
     "下田時穿長袖長褲並使用含 DEET 防蚊液。\n"
     "20:00 病人食慾差，協助進食；女兒陪伴。\n"
     "護理師：高雅婷（護理師證書 第1082736號）",
     [("HOSPITAL", ["花蓮門諾醫院"]), ("MRN", ["MCH-2508-31764"]), ("NAME", ["林秀英"]), ("NAME", ["Panay", "Kacaw"]),
      ("DATE", ["1967/03/21"]), ("ID", ["U220418375"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["豐濱鄉"]),
      ("LOCATION", ["港口村"]), ("ADDRESS", ["12鄰大港口47號"]), ("LOCATION", ["Makotaay"]), ("NAME", ["陳怡君"]),
      ("PHONE", ["0936-555-218"]), ("HANDLE", ["yijun_makotaay"]), ("HOSPITAL", ["衛福部花蓮醫院豐濱原住民分院"]),
      ("DATE", ["2025/08/14"]), ("DATE", ["八月初"]), ("DATE", ["豐年祭"]), ("DATE", ["Ilisin"]), ("NAME", ["吳建宏"]),
      ("NAME", ["高雅婷"]), ("LICENCE", ["第1082736號"])],
     ["39.6°C", "0.8 cm 黑色焦痂（eschar）", "GCS E4V5M6", "Doxycycline 100 mg PO q12h", "血小板 68,000/µL", "AST 142 U/L",
      "CRP 9.8 mg/dL", "Orientia tsutsugamushi", "Acetaminophen 500 mg PO", "DEET"]),

    # 37 - Falkland Islands (West Falkland): doctor's telephone consultation and air retrieval, ruptured ectopic
    # pregnancy
    ("KING EDWARD VII MEMORIAL HOSPITAL, STANLEY, FALKLAND ISLANDS\n"
     "DOCTOR'S TELEPHONE CONSULTATION / MESSAGE | 09/12/2025 07:35\n"
     "Caller: Nigel Berntsen (husband), Hill Cove settlement, West Falkland, tel 42219\n"
     "Patient: Kerry-Ann Berntsen | 31 F | DOB 02/04/1994 | KEMH no. 06283\n"
     "Message: LMP ~7 weeks ago (about 21 October); positive home pregnancy test last week. Since 05:00 sudden L "
     "lower abdominal pain, fainted in the woolshed while the shearing gang was in; now pain in the R shoulder tip "
     "(Kehr's sign) and dizzy sitting up. Husband counts pulse 124; pale and sweaty. They were at the Battle Day "
     "sports in Stanley yesterday (8 December) and drove back last night.\n"
     "Advice: lie flat, nil by mouth, keep warm. FIGAS emergency flight requested 07:45 - Islander VP-FBR with doctor "
     "and nurse on board, ETA Hill Cove airstrip 08:40; IV access and Hartmann's solution on the aircraft.\n"
     "Update 09:55 arrived KEMH: BP 82/50, hemoperitoneum on bedside ultrasound, β-hCG 2,840 IU/L, Hb 8.6 g/dL, Rh "
     "negative. To theatre 10:20 - laparoscopy: ruptured L tubal ectopic, L salpingectomy (Mr Kenji Yoshida-Cartmell, "
     "surgeon). 2 units O negative from the walking blood bank at Mount Pleasant. Anti-D 500 IU given.\n"
     "Mum Jean Alazia in Stanley (tel 21673) informed; email copy to berntsen.hillcove@horizon.co.fk at the couple's "
     "request.\n"
     "Dr Alastair Pitaluga-Short | GMC 7194063",
     [("HOSPITAL", ["KING EDWARD VII MEMORIAL HOSPITAL"]), ("LOCATION", ["STANLEY"]), ("DATE", ["09/12/2025"]),
      ("NAME", ["Nigel", "Berntsen"]), ("LOCATION", ["Hill Cove"]), ("LOCATION", ["West Falkland"]),
      ("PHONE", ["42219"]), ("NAME", ["Kerry-Ann", "Berntsen"]), ("DATE", ["02/04/1994"]), ("MRN", ["06283"]),
      ("DATE", ["21 October"]), ("DATE", ["Battle Day"]), ("LOCATION", ["Stanley"]), ("DATE", ["8 December"]),
      ("PLATE", ["VP-FBR"]), ("HOSPITAL", ["KEMH"]), ("NAME", ["Kenji", "Yoshida-Cartmell"]),
      ("LOCATION", ["Mount Pleasant"]), ("NAME", ["Jean", "Alazia"]), ("PHONE", ["21673"]),
      ("EMAIL", ["berntsen.hillcove@horizon.co.fk"]), ("NAME", ["Alastair", "Pitaluga-Short"]),
      ("LICENCE", ["7194063"])],
     ["pulse 124", "Kehr's sign", "Hartmann's solution", "BP 82/50", "hemoperitoneum", "β-hCG 2,840 IU/L",
      "Hb 8.6 g/dL", "Rh negative", "L salpingectomy", "Anti-D 500 IU"]),

    # 38 - Vanuatu, Tafea (Tanna): hospital referral and transfer form, new type 1 diabetes in ketoacidosis
    ("REPUBLIC OF VANUATU - MINISTRY OF HEALTH\n"
     "Lenakel Hospital, Tafea Province - PATIENT REFERRAL / TRANSFER FORM\n"
     "Date: 16/02/2026, 10:30 | Ref. no. LKH-REF-26-019\n"
     "To: Medical Ward / HDU, Vila Central Hospital, Port Vila - accepted by Dr Leisande Tari-Molisa (medical "
     "registrar), +678 555 2287\n"
     "Patient: Yaruel 'Yaro' Nauka | 24 M | DOB 11/11/2001 | Hosp. no. LKH 30566\n"
     "Village: Ipeukel, near Sulphur Bay, East Tanna. Guide for the volcano tours at Yasur View Bungalows.\n"
     "History: 2 weeks polyuria, polydipsia, weight loss ~6 kg; vomiting and abdominal pain since the John Frum Day "
     "celebrations at Sulphur Bay (15 February). Brought over the mountain road in a truck (TAN 0617).\n"
     "Findings: GCS 14, Kussmaul breathing, dry mucosa, HR 126, BP 100/62. BGL reads HI; urine ketones +++. i-STAT: "
     "pH 7.08, HCO3 6 mmol/L, K+ 3.4 mmol/L, Na 131.\n"
     "Impression: new-onset T1DM in DKA (severe).\n"
     "Given: NS 1 L over 1 h, then 500 mL/h with KCl 20 mmol/L per litre; Actrapid infusion 0.1 U/kg/h (6 U/h) from "
     "07:40; hourly BGL.\n"
     "Reason for transfer: HDU monitoring, blood gases and insulin education not available here.\n"
     "Transport: Air Vanuatu Twin Otter YJ-RV18 at 13:15. Escort: RN Mary-Rose Kapiel and his uncle, Chief Isaac "
     "Nouar.\n"
     "Referring: Dr Jimmy Iamak, Medical Officer | VMDC reg. 0287",
     [("HOSPITAL", ["Lenakel Hospital"]), ("LOCATION", ["Tafea"]), ("DATE", ["16/02/2026"]), ("ID", ["LKH-REF-26-019"]),
      ("HOSPITAL", ["Vila Central Hospital"]), ("LOCATION", ["Port Vila"]), ("NAME", ["Leisande", "Tari-Molisa"]),
      ("PHONE", ["+678 555 2287"]), ("NAME", ["Yaruel", "Nauka"]), ("NAME", ["Yaro"]), ("DATE", ["11/11/2001"]),
      ("MRN", ["LKH 30566"]), ("LOCATION", ["Ipeukel"]), ("LOCATION", ["Sulphur Bay"]), ("LOCATION", ["East Tanna"]),
      ("LOCATION", ["Yasur View Bungalows"]), ("DATE", ["John Frum Day"]), ("DATE", ["15 February"]),
      ("PLATE", ["TAN 0617"]), ("PLATE", ["YJ-RV18"]), ("NAME", ["Mary-Rose", "Kapiel"]), ("NAME", ["Isaac", "Nouar"]),
      ("NAME", ["Jimmy", "Iamak"]), ("LICENCE", ["0287"])],
     ["GCS 14", "Kussmaul breathing", "urine ketones +++", "pH 7.08", "HCO3 6 mmol/L", "K+ 3.4 mmol/L",
      "T1DM in DKA", "KCl 20 mmol/L", "Actrapid", "0.1 U/kg/h"]),

    # 39 - Sri Lanka, North Central Province (Anuradhapura): nephrology CKDu follow-up clinic list
    ("TEACHING HOSPITAL ANURADHAPURA - NEPHROLOGY UNIT\n"
     "CKDu FOLLOW-UP CLINIC | Thursday 12.03.2026 | Consultant: Dr. (Mrs.) Nilmini Karunaratne-Wijesekera | Clinic "
     "room 4 | ext. 2318\n"
     "# | Name | Age/Sex | NIC / PHN | Village | Occupation | eGFR / Hb | Plan\n"
     "1 | W.M. Sunil Bandara | 58/M | NIC 672451836V | Padaviya, Yaya 4 | paddy farmer | eGFR 24, KDIGO G4A2, Hb "
     "10.1 | sodium bicarbonate 500 mg bd; refer for AV fistula (Brescia-Cimino)\n"
     "2 | H.G. Kusumawathi | 63/F | NIC 628123715V | Kebithigollewa | chena cultivation | eGFR 11, CKD stage 5, Hb "
     "8.9 g/dL | erythropoietin 4000 IU s/c twice weekly; HD preparation; son Ajith 071 555 4182\n"
     "3 | R.M. Premadasa | 49/M | PHN 3092-7164-5801 | Medawachchiya | tractor driver, Nachchaduwa | eGFR 41, urine "
     "ACR 34 mg/g | stop the diclofenac bought at Sarasavi Pharmacy; RO water from the Sri Bodhirukkarama temple "
     "plant\n"
     "4 | S. Tharmalingam | 71/M | NIC 195408702157 | Omanthai | retired well-digger | eGFR 18, Hb 9.6 | fistula "
     "created 02.02.2026 (Dr. Fazil) - maturing\n"
     "5 | A.M. Chandrawathie | 44/F | NIC 198176004328 | Horowpothana | kitchen aide, Kebithigollewa Divisional "
     "Hospital | eGFR 55 | yearly screening; brother on HD at THA\n"
     "\n"
     "Next clinic after Avurudu (14 April). HD slot for #2 requested from the National Hospital Kandy.\n"
     "Compiled by: Nursing Officer K.D. Samanthi Perera | SLNC reg. 14827",
     [("HOSPITAL", ["TEACHING HOSPITAL ANURADHAPURA"]), ("DATE", ["12.03.2026"]),
      ("NAME", ["Nilmini", "Karunaratne-Wijesekera"]), ("PHONE", ["2318"]), ("NAME", ["W.M. Sunil", "Bandara"]),
      ("ID", ["672451836V"]), ("LOCATION", ["Padaviya"]), ("LOCATION", ["Yaya 4"]), ("NAME", ["H.G. Kusumawathi"]),
      ("ID", ["628123715V"]), ("LOCATION", ["Kebithigollewa"]), ("NAME", ["Ajith"]), ("PHONE", ["071 555 4182"]),
      ("NAME", ["R.M. Premadasa"]), ("ID", ["3092-7164-5801"]), ("LOCATION", ["Medawachchiya"]),
      ("LOCATION", ["Nachchaduwa"]), ("LOCATION", ["Sarasavi Pharmacy"]), ("LOCATION", ["Sri Bodhirukkarama temple"]),
      ("NAME", ["S. Tharmalingam"]), ("ID", ["195408702157"]), ("LOCATION", ["Omanthai"]), ("DATE", ["02.02.2026"]),
      ("NAME", ["Fazil"]), ("NAME", ["A.M. Chandrawathie"]), ("ID", ["198176004328"]), ("LOCATION", ["Horowpothana"]),
      ("HOSPITAL", ["Kebithigollewa Divisional Hospital"]), ("HOSPITAL", ["THA"]), ("DATE", ["Avurudu"]),
      ("DATE", ["14 April"]), ("HOSPITAL", ["National Hospital Kandy"]), ("NAME", ["Samanthi", "Perera"]),
      ("LICENCE", ["14827"])],
     ["CKDu", "eGFR 24", "KDIGO G4A2", "sodium bicarbonate 500 mg bd", "AV fistula (Brescia-Cimino)", "CKD stage 5",
      "Hb 8.9 g/dL", "erythropoietin 4000 IU", "urine ACR 34 mg/g", "diclofenac"]),
]
