"""Notes 20-39 of the nineteenth HELD-OUT set (see :mod:`deid_notes_heldout19` for how it was written and what it
holds).

These 20 notes hold 505 planted identifier parts in 432 (kind, parts) entries and 136 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a transfer center call log (New Mexico); 21, a paediatric oncology
chemotherapy administration record (Gulu); 23, a trauma team activation and primary survey record (Maun); 24, a
community midwifery home birth record (Cornwall); 25, a residency visa medical fitness review (Dubai); 27, a
high-altitude aid post record with a helicopter evacuation and Bikram Sambat date (Manang); 28, a nephrology clinic list
(Anuradhapura); 30, a suspected transfusion reaction report (Harare); 31, a pacemaker remote monitoring transmission
report (Maine); 33, a GP out-of-hours home visit record (Co. Fermanagh); 34, a referral letter from a Mennonite
community clinic (Belize); 36, an aeromedical examiner's Class 2 medical record (Lincolnshire); 38, a visceral
leishmaniasis treatment card with Ethiopian calendar dates (Gondar); 39, a medical genetics clinic letter (Nova Scotia).
In Greek script: 26, a personal doctor's home visit note for a patient aged 94 (Limassol district, Cyprus); 35, a
notifiable disease case report to the public health agency (Evros). In Chinese: 29, an outpatient record (Ili,
simplified); 37, a township health station referral form with Republic of China dates (Hualien, traditional). In
Brazilian Portuguese: 22, a floating health unit attendance record (Parintins). In Vietnamese: 32, a hospital discharge
paper (Bắc Trà My). Entries per kind here: NAME 91, LOCATION 84, DATE 70, HOSPITAL 44, ID 35, PHONE 29, ADDRESS 19,
LICENCE 17, MRN 16, POSTCODE 11, PLATE 6, EMAIL 3, AGE 2, HANDLE 2, SERIAL 1, URL 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - USA, New Mexico (McKinley County): transfer center call log, hantavirus cardiopulmonary syndrome
    ("UNM Hospital Transfer Center - TRANSFER CALL LOG\n"
     "Call ID TC-26-041827 | 2026-05-19 03:12\n"
     "Referring: Gallup Indian Medical Center (GIMC), 516 E Nizhoni Blvd, Gallup NM 87301 - Dr. Lorenzo "
     "Begay-Whitehorse, ED, 505-555-0181\n"
     "Patient: Darnell Tsosie-Nakai | 23 M | DOB 09/11/2002 | IHS chart 418-273 | Navajo Nation census no. 3041827\n"
     "Home near Crownpoint. 2.5 weeks ago swept out his grandmother's sheep-camp shed - lots of mouse droppings.\n"
     "Story: 4 days fever, myalgias, vomiting; today rapidly worse SOB. At GIMC: HR 132, BP 78/40 on norepi 0.2 "
     "mcg/kg/min, SpO2 84% on NRB, intubated 02:30; bilateral interstitial and alveolar infiltrates. Hct 58% "
     "(hemoconcentration), plt 62K, WBC 21.4 with left shift and immunoblasts on the smear (5-point screen 4/5), "
     "lactate 6.1.\n"
     "Assessment: suspected hantavirus cardiopulmonary syndrome (Sin Nombre virus).\n"
     "Accepting: Dr. Helga Martinez-Oyelowo, MICU/ECMO attending - accepts to MICU for possible VA-ECMO; ECMO team "
     "activated. Fixed-wing transport, tail N418UH, wheels up 03:55. NM DOH epi on-call notified 505-555-0199.\n"
     "Family: mother Roberta Tsosie will drive from Thoreau; cell 505-555-0102.\n"
     "Call taker: Jolene Apachito-Reyes, RN",
     [("HOSPITAL", ["UNM Hospital"]), ("ID", ["TC-26-041827"]), ("DATE", ["2026-05-19"]),
      ("HOSPITAL", ["Gallup Indian Medical Center"]), ("HOSPITAL", ["GIMC"]), ("ADDRESS", ["516 E Nizhoni Blvd"]),
      ("LOCATION", ["Gallup"]), ("POSTCODE", ["87301"]), ("NAME", ["Lorenzo", "Begay-Whitehorse"]),
      ("PHONE", ["505-555-0181"]), ("NAME", ["Darnell", "Tsosie-Nakai"]), ("DATE", ["09/11/2002"]),
      ("MRN", ["418-273"]), ("ID", ["3041827"]), ("LOCATION", ["Crownpoint"]),
      ("NAME", ["Helga", "Martinez-Oyelowo"]), ("PLATE", ["N418UH"]), ("PHONE", ["505-555-0199"]),
      ("NAME", ["Roberta", "Tsosie"]), ("LOCATION", ["Thoreau"]), ("PHONE", ["505-555-0102"]),
      ("NAME", ["Jolene", "Apachito-Reyes"])],
     ["norepi 0.2 mcg/kg/min", "Hct 58%", "plt 62K", "5-point screen 4/5", "Sin Nombre virus", "VA-ECMO"]),

    # 21 - Uganda, Acholi (Gulu): paediatric oncology chemotherapy administration record, Burkitt lymphoma
    ("St. Mary's Hospital Lacor - Paediatric Oncology Unit\n"
     "P.O. Box 180, Gulu\n"
     "CHEMOTHERAPY ADMINISTRATION RECORD - cycle 2 of 6 | started 18/11/2025\n"
     "Patient: AKENA Emmanuel | 7 yrs | M | IP No. LAC/PO/25/0418 | mother's NIN CF8704182736KX\n"
     "Home: Koro Abili village, Koro sub-county, Omoro District\n"
     "Diagnosis: Burkitt lymphoma, jaw and abdomen, St Jude/Murphy stage III; biopsy 28/10/2025 (Lacor histopathology: "
     "starry-sky pattern, Ki-67 ~100%).\n"
     "Weight 19.5 kg, BSA 0.78 m2.\n"
     "Day 1: cyclophosphamide 40 mg/kg IV (780 mg) over 1 h; IT methotrexate 12.5 mg + hydrocortisone 12.5 mg. "
     "Allopurinol 100 mg TDS; hyperhydration 3 L/m2/day; urine output charted.\n"
     "Response: jaw mass 8 cm -> 3 cm; abdominal mass no longer palpable. LDH 1,240 -> 410 U/L. No tumour lysis.\n"
     "Caretaker: mother Ms Lakica Aber (0772 418 273), came by boda boda from Koro; father Mr. Ojara Geoffrey, butcher "
     "at Gulu Main Market.\n"
     "Next cycle due 09/12/2025 - mother asks to be home for Christmas after it.\n"
     "Nurse: Sr. Aciro Florence (RN-27341) | MO: Dr. Odongkara Patrick (UMDPC 8213)",
     [("HOSPITAL", ["St. Mary's Hospital Lacor"]), ("ADDRESS", ["P.O. Box 180"]), ("LOCATION", ["Gulu"]),
      ("DATE", ["18/11/2025"]), ("NAME", ["AKENA", "Emmanuel"]), ("MRN", ["LAC/PO/25/0418"]),
      ("ID", ["CF8704182736KX"]), ("LOCATION", ["Koro Abili"]), ("LOCATION", ["Koro"]),
      ("LOCATION", ["Omoro District"]),
      ("DATE", ["28/10/2025"]), ("LOCATION", ["Lacor"]), ("NAME", ["Lakica", "Aber"]), ("PHONE", ["0772 418 273"]),
      ("NAME", ["Ojara", "Geoffrey"]), ("LOCATION", ["Gulu Main Market"]), ("DATE", ["09/12/2025"]),
      ("DATE", ["Christmas"]), ("NAME", ["Aciro", "Florence"]), ("LICENCE", ["RN-27341"]),
      ("NAME", ["Odongkara", "Patrick"]), ("LICENCE", ["UMDPC 8213"])],
     ["Burkitt lymphoma", "St Jude/Murphy stage III", "starry-sky pattern", "BSA 0.78 m2",
      "cyclophosphamide 40 mg/kg", "IT methotrexate 12.5 mg"]),

    # 22 - Brazil, Amazonas (Parintins): riverine floating health unit attendance record, vivax malaria (Portuguese)
    ("Secretaria Municipal de Saúde de Parintins\n"
     "UBS Fluvial Enfermeira Raimunda Lobato - FICHA DE ATENDIMENTO\n"
     "Data: 12 de março de 2026 | Embarcação ancorada na Comunidade Nossa Senhora da Esperança, Paraná do Ramos\n"
     "Paciente: Maria das Dores Ferreira Bentes | 34 anos | DN 07/05/1991 | CPF 418.273.065-80 | CNS 182 7304 6529 "
     "0005 | Prontuário UBSF-0418/26\n"
     "Endereço: Comunidade Nossa Senhora da Esperança, s/n, zona rural, CEP 69159-899\n"
     "Contato: (92) 99418-2736 (recado com a vizinha, Dona Socorro)\n"
     "Queixa: febre com calafrios em dias alternados há 5 dias, cefaleia, dor no corpo. O marido, Raimundo Nonato "
     "Bentes, teve malária em janeiro. Pesca e trabalha na roça de mandioca.\n"
     "Exame: Tax 38,9 °C, PA 100/60 mmHg, FC 104 bpm, mucosas hipocoradas (+/4+), baço palpável a 2 cm do rebordo "
     "costal esquerdo. Teste rápido de gravidez negativo.\n"
     "Gota espessa: Plasmodium vivax, parasitemia ++.\n"
     "Conduta: cloroquina 150 mg - 4 comprimidos no D1, 3 no D2 e 3 no D3; primaquina 0,5 mg/kg/dia por 7 dias "
     "(G6PD normal). Notificação SIVEP-Malária nº 1304182736. Lâmina de verificação de cura (LVC) no D3.\n"
     "Atendido por: Dr. Ítalo Kzam Barbosa - CRM-AM 8127 | Enf. Edinéia Cardoso - COREN-AM 418273",
     [("LOCATION", ["Parintins"]), ("HOSPITAL", ["UBS Fluvial Enfermeira Raimunda Lobato"]),
      ("DATE", ["12 de março de 2026"]), ("LOCATION", ["Comunidade Nossa Senhora da Esperança"]),
      ("LOCATION", ["Paraná do Ramos"]), ("NAME", ["Maria das Dores", "Ferreira", "Bentes"]),
      ("DATE", ["07/05/1991"]), ("ID", ["418.273.065-80"]), ("ID", ["182 7304 6529 0005"]),
      ("MRN", ["UBSF-0418/26"]), ("POSTCODE", ["69159-899"]), ("PHONE", ["(92) 99418-2736"]), ("NAME", ["Socorro"]),
      ("NAME", ["Raimundo Nonato", "Bentes"]), ("DATE", ["janeiro"]), ("ID", ["1304182736"]),
      ("NAME", ["Ítalo", "Kzam Barbosa"]), ("LICENCE", ["CRM-AM 8127"]), ("NAME", ["Edinéia", "Cardoso"]),
      ("LICENCE", ["COREN-AM 418273"])],
     ["Tax 38,9 °C", "Gota espessa", "Plasmodium vivax", "cloroquina 150 mg", "primaquina 0,5 mg/kg/dia", "G6PD",
      "LVC"]),

    # 23 - Botswana, North-West (Maun): trauma team activation and primary survey record, vehicle versus elephant
    ("Letsholathebe II Memorial Hospital, Maun - Emergency Department\n"
     "TRAUMA TEAM ACTIVATION / PRIMARY SURVEY RECORD | 07/06/2025 23:40\n"
     "Patient: Mr Boitumelo Kebonang | 38 M | Omang 418217306 | Hosp No. LIIMH/25/041827\n"
     "Mechanism: driver of a bakkie (B 418 AKM) that hit an elephant at night on the road near Shorobe, ~22:50; "
     "unrestrained; windscreen star. Works as a poler and guide at Moremi Sands Lodge.\n"
     "A: patent, talking; collar on.\n"
     "B: RR 28, SpO2 94% on NRB, reduced air entry L; L chest drain 23:58 - 350 mL blood.\n"
     "C: HR 124, BP 88/52; pelvic binder at the trochanters; X-ray open-book pelvic fracture; FAST positive "
     "(Morison's pouch); TXA 1 g IV at 23:55 then 1 g over 8 h; 2 units O neg.\n"
     "D: GCS 13 (E3V4M6), pupils equal and reactive.\n"
     "E: T 36.1, abrasions, L femur deformity - traction splint.\n"
     "Hb 8.4 g/dL, lactate 4.8.\n"
     "Plan: laparotomy tonight; then air evacuation to Princess Marina Hospital, Gaborone - aircraft A2-KBW on "
     "standby for first light.\n"
     "Next of kin: wife Mrs Masego Kebonang, +267 71 418 273, Boseja ward.\n"
     "Team leader: Dr Tiroyaone Mogapi-Ndlovu | BHPC 1937",
     [("HOSPITAL", ["Letsholathebe II Memorial Hospital"]), ("LOCATION", ["Maun"]), ("DATE", ["07/06/2025"]),
      ("NAME", ["Boitumelo", "Kebonang"]), ("ID", ["418217306"]), ("MRN", ["LIIMH/25/041827"]),
      ("PLATE", ["B 418 AKM"]), ("LOCATION", ["Shorobe"]), ("LOCATION", ["Moremi Sands Lodge"]),
      ("HOSPITAL", ["Princess Marina Hospital"]), ("LOCATION", ["Gaborone"]), ("PLATE", ["A2-KBW"]),
      ("NAME", ["Masego"]), ("PHONE", ["+267 71 418 273"]), ("LOCATION", ["Boseja"]),
      ("NAME", ["Tiroyaone", "Mogapi-Ndlovu"]), ("LICENCE", ["BHPC 1937"])],
     ["pelvic binder", "open-book pelvic fracture", "FAST positive", "Morison's pouch", "TXA 1 g IV",
      "GCS 13 (E3V4M6)", "Hb 8.4 g/dL"]),

    # 24 - England, Cornwall (Penwith): community midwifery home birth record
    ("Royal Cornwall Hospitals NHS Trust - Community Midwifery, Penwith Team\n"
     "HOME BIRTH RECORD (intrapartum and immediate postnatal)\n"
     "Woman: Demelza Pascoe-Trevithick | DOB 03/03/1993 | NHS 418 372 9505 | Hosp no. RCH-K418273\n"
     "Address: Chy-an-Dowr, Mousehole, Penzance TR19 6PL\n"
     "Birth partner: Jago Pellow, 07700 900 741\n"
     "G2 P1, 40+5 weeks, low risk; previous SVD at Treliske 2021. GBS negative.\n"
     "Labour: SROM 02:10 on 14/06/2025, clear liquor; established 04:30; second midwife Kerenza Hocking called 06:00; "
     "pool.\n"
     "Birth: 07:23, spontaneous vertex delivery in the pool; girl, Morwenna, 3.62 kg; Apgar 9 at 1 min, 10 at 5 min; "
     "delayed cord clamping.\n"
     "Third stage: physiological, placenta and membranes complete 07:51; EBL 350 mL; second-degree tear sutured at "
     "home with Vicryl Rapide under lidocaine 1%.\n"
     "Baby: vitamin K 1 mg IM with consent; first breastfeed 07:50; NIPE booked with Bolitho Surgery; baby's NHS "
     "number 941 827 3608.\n"
     "Midwife: Tamsin Rowe, RM | NMC PIN 13F0418E",
     [("HOSPITAL", ["Royal Cornwall Hospitals NHS Trust"]), ("LOCATION", ["Penwith"]),
      ("NAME", ["Demelza", "Pascoe-Trevithick"]), ("DATE", ["03/03/1993"]), ("ID", ["418 372 9505"]),
      ("MRN", ["RCH-K418273"]), ("ADDRESS", ["Chy-an-Dowr"]), ("LOCATION", ["Mousehole"]), ("LOCATION", ["Penzance"]),
      ("POSTCODE", ["TR19 6PL"]), ("NAME", ["Jago", "Pellow"]), ("PHONE", ["07700 900 741"]),
      ("HOSPITAL", ["Treliske"]), ("DATE", ["14/06/2025"]), ("NAME", ["Kerenza", "Hocking"]), ("NAME", ["Morwenna"]),
      ("HOSPITAL", ["Bolitho Surgery"]), ("ID", ["941 827 3608"]), ("NAME", ["Tamsin", "Rowe"]),
      ("LICENCE", ["13F0418E"])],
     ["40+5 weeks", "GBS negative", "Apgar 9 at 1 min", "EBL 350 mL", "second-degree tear", "Vicryl Rapide",
      "vitamin K 1 mg IM"]),

    # 25 - United Arab Emirates (Dubai): residency visa medical fitness review, active tuberculosis
    ("DHA Medical Fitness Centre - Al Muhaisnah\n"
     "RESIDENCY VISA MEDICAL FITNESS - REVIEW AND SPECIALIST REFERRAL\n"
     "Application no. MF-2026-4182736 | Date 16-Jan-2026\n"
     "Applicant: Mr Anil Kumar Puthenveettil | M | DOB 04/04/1989 | Emirates ID 784-1989-4182736-6 | Passport "
     "V4182736 | Indian\n"
     "Occupation: steel fixer, Gulf Rebar Contracting L.L.C.\n"
     "Accommodation: Camp 7, Al Muhaisnah 2 (Makani 32049 18273) | Mobile +971 55 418 2736\n"
     "Home address in India: Puthenveettil House, Kottarakkara, Kollam, Kerala 691506\n"
     "Screening CXR (14-Jan): fibro-nodular opacities R upper zone with a 2 cm cavity.\n"
     "Further tests: sputum AFB x3 - 1+ on two; QuantiFERON-TB Gold Plus positive; HIV 1/2 Ag/Ab non-reactive; "
     "HBsAg non-reactive; VDRL non-reactive.\n"
     "Decision: UNFIT - active pulmonary tuberculosis. Referred to the Rashid Hospital TB clinic for treatment and "
     "public health follow-up of room-mates.\n"
     "Medical officer: Dr Farhana Siddiqui-Al Hashemi | DHA-P-0041827",
     [("HOSPITAL", ["DHA Medical Fitness Centre"]), ("LOCATION", ["Al Muhaisnah"]), ("ID", ["MF-2026-4182736"]),
      ("DATE", ["16-Jan-2026"]), ("NAME", ["Anil Kumar", "Puthenveettil"]), ("DATE", ["04/04/1989"]),
      ("ID", ["784-1989-4182736-6"]), ("ID", ["V4182736"]), ("LOCATION", ["Gulf Rebar Contracting L.L.C."]),
      ("ADDRESS", ["Camp 7"]), ("ADDRESS", ["32049 18273"]), ("PHONE", ["+971 55 418 2736"]),
      ("ADDRESS", ["Puthenveettil House"]), ("LOCATION", ["Kottarakkara"]), ("LOCATION", ["Kollam"]),
      ("POSTCODE", ["691506"]), ("DATE", ["14-Jan"]), ("HOSPITAL", ["Rashid Hospital"]),
      ("NAME", ["Farhana", "Siddiqui-Al Hashemi"]), ("LICENCE", ["DHA-P-0041827"])],
     ["fibro-nodular opacities", "sputum AFB", "QuantiFERON-TB Gold Plus", "HIV 1/2 Ag/Ab non-reactive",
      "HBsAg non-reactive", "VDRL non-reactive"]),

    # 26 - Cyprus (Limassol district): personal doctor's home visit note, patient aged 94 (Greek)
    ("Δρ Κυριάκος Ευαγόρου - Προσωπικός Ιατρός ΓεΣΥ\n"
     "Λεωφόρος Γρίβα Διγενή 118, 3101 Λεμεσός | τηλ. 25 418273\n"
     "ΣΗΜΕΙΩΜΑ ΚΑΤ' ΟΙΚΟΝ ΕΠΙΣΚΕΨΗΣ | 18/02/2026\n"
     "Ασθενής: Χαραλαμπία Ιωάννου του Ανδρέα, 94 χρονών, γεν. 12/11/1931, Αρ. Ταυτότητας 0741829, Αρ. Δικαιούχου "
     "ΓεΣΥ 7031942866\n"
     "Διαμονή: Αρχιεπισκόπου Μακαρίου Γ΄ 14, 4760 Όμοδος, με την κόρη της Γεωργία (κιν. 99 730418).\n"
     "Ιστορικό: κολπική μαρμαρυγή· καρδιακή ανεπάρκεια με EF 40% (υπερηχοκαρδιογράφημα, Γενικό Νοσοκομείο Λεμεσού, "
     "Οκτώβριος 2025)· ΧΝΝ σταδίου 4 (eGFR 28). Χήρα από το 1989. Δασκάλα στο Δημοτικό Σχολείο Ομόδους μέχρι το "
     "1986.\n"
     "Σήμερα: δύσπνοια στην ελάχιστη κόπωση, οιδήματα ως τα γόνατα, +3 kg από τα Χριστούγεννα. ΑΠ 108/64, σφύξεις 96 "
     "άρρυθμοι, SpO2 93%. Υγροί ρόγχοι βάσεων. MNA 16/30.\n"
     "Αγωγή: Lasix 40 mg x2 για 5 ημέρες και μετά x1· Lanoxin 62,5 mcg· ηλεκτρολύτες και κρεατινίνη σε 3 ημέρες "
     "(αιμοληψία στο σπίτι).\n"
     "Θέλει να είναι καλά για τον Κατακλυσμό, να κατέβει στη θάλασσα στη Λεμεσό με τα δισέγγονα· λέει ότι τον Νοέμβρη "
     "κλείνει τα 95.\n"
     "Κυριάκος Ευαγόρου, Γενικός Ιατρός | Ιατρικό Συμβούλιο, αρ. εγγραφής 4127",
     [("NAME", ["Κυριάκος", "Ευαγόρου"]), ("ADDRESS", ["Λεωφόρος Γρίβα Διγενή 118"]), ("POSTCODE", ["3101"]),
      ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 418273"]), ("DATE", ["18/02/2026"]),
      ("NAME", ["Χαραλαμπία", "Ιωάννου"]), ("NAME", ["Ανδρέα"]), ("AGE", ["94 χρονών"]), ("DATE", ["12/11/1931"]),
      ("ID", ["0741829"]), ("ID", ["7031942866"]), ("ADDRESS", ["Αρχιεπισκόπου Μακαρίου Γ΄ 14"]),
      ("POSTCODE", ["4760"]), ("LOCATION", ["Όμοδος"]), ("NAME", ["Γεωργία"]), ("PHONE", ["99 730418"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("DATE", ["Οκτώβριος 2025"]), ("DATE", ["1989"]),
      ("LOCATION", ["Δημοτικό Σχολείο Ομόδους"]), ("DATE", ["1986"]), ("DATE", ["Χριστούγεννα"]),
      ("DATE", ["Κατακλυσμό"]), ("LOCATION", ["Λεμεσό"]), ("DATE", ["Νοέμβρη"]), ("AGE", ["95"]),
      ("LICENCE", ["4127"])],
     ["κολπική μαρμαρυγή", "EF 40%", "ΧΝΝ σταδίου 4", "eGFR 28", "Υγροί ρόγχοι βάσεων", "MNA 16/30",
      "Lasix 40 mg x2", "Lanoxin 62,5 mcg"]),

    # 27 - Nepal, Gandaki (Manang): high-altitude aid post patient record with helicopter evacuation (in English)
    ("Himalayan Rescue Association Nepal - Manang Aid Post (3,540 m)\n"
     "PATIENT RECORD | 2082/07/15 BS (01 Nov 2025)\n"
     "Patient: Mr Maarten van der Plas | 52 M | Dutch | Passport NXC4R7P18 | TIMS ACAP-718204 | Travel insurance "
     "policy AZ-NL-2025-418273\n"
     "Itinerary: Annapurna Circuit - Besisahar, Chame, Pisang (upper route), Manang (arrived 29 Oct, skipped the "
     "acclimatisation day), Yak Kharka yesterday (4,050 m).\n"
     "Brought down from Yak Kharka at 05:30 by his guide Lhakpa Tamang and porter Dawa: breathless at rest, cough with "
     "pink frothy sputum, staggering.\n"
     "Exam: HR 118, RR 32, T 37.6, SpO2 64% RA -> 86% on 4 L O2. Crackles R mid and lower zones. Unable to walk heel "
     "to toe. Lake Louise score 7.\n"
     "Dx: HAPE with probable early HACE.\n"
     "Tx: O2; nifedipine SR 30 mg; dexamethasone 8 mg IM then 4 mg q6h; Gamow bag 1 h (SpO2 90% in the bag).\n"
     "Evacuation: helicopter 9N-AMK, arranged with the insurer's assistance line +31 20 555 0418, airborne 07:40 to "
     "Gandaki Medical College Teaching Hospital, Pokhara.\n"
     "Wife Femke informed by WhatsApp (+31 6 2730 4182); his trekking partner asked followers of @maarten_trekt not "
     "to post photos.\n"
     "Volunteer doctor: Dr Ines Okonkwo-Reyes | NMC 18274",
     [("HOSPITAL", ["Himalayan Rescue Association Nepal"]), ("HOSPITAL", ["Manang Aid Post"]),
      ("DATE", ["2082/07/15"]), ("DATE", ["01 Nov 2025"]), ("NAME", ["Maarten", "van der Plas"]),
      ("ID", ["NXC4R7P18"]), ("ID", ["ACAP-718204"]), ("ID", ["AZ-NL-2025-418273"]),
      ("LOCATION", ["Annapurna Circuit"]), ("LOCATION", ["Besisahar"]),
      ("LOCATION", ["Chame"]), ("LOCATION", ["Pisang"]), ("LOCATION", ["Manang"]), ("DATE", ["29 Oct"]),
      ("LOCATION", ["Yak Kharka"]), ("NAME", ["Lhakpa", "Tamang"]), ("NAME", ["Dawa"]), ("PLATE", ["9N-AMK"]),
      ("PHONE", ["+31 20 555 0418"]), ("HOSPITAL", ["Gandaki Medical College Teaching Hospital"]),
      ("LOCATION", ["Pokhara"]), ("NAME", ["Femke"]), ("PHONE", ["+31 6 2730 4182"]), ("HANDLE", ["@maarten_trekt"]),
      ("NAME", ["Ines", "Okonkwo-Reyes"]), ("LICENCE", ["NMC 18274"])],
     ["SpO2 64% RA", "Lake Louise score 7", "HAPE", "HACE", "nifedipine SR 30 mg", "dexamethasone 8 mg IM",
      "Gamow bag"]),

    # 28 - Sri Lanka, North Central Province (Anuradhapura): nephrology clinic list, CKD of uncertain aetiology
    ("Teaching Hospital Anuradhapura - Nephrology Clinic (Renal Unit) | tel 025 222 4182\n"
     "CLINIC LIST - Thursday 05.03.2026 | Consultant: Dr. W. M. D. Rathnayake\n"
     "1. NEP/AP/04182 - H. M. Somapala (Herath Mudiyanselage Somapala), 59 M, NIC 670601827V. Paddy farmer, "
     "Medawachchiya, drinks well water. eGFR 24, UACR 18 mg/g, BP 142/86, Hb 9.1. USS kidneys 8.1/8.4 cm, "
     "echogenic. Continue sodium bicarbonate 500 mg TDS; start erythropoietin 4000 IU weekly; AV fistula referral.\n"
     "2. NEP/AP/03711 - E. M. Kumarihamy (Ekanayake Mudiyanselage Kumarihamy), 49 F, NIC 197668402318. Padaviya. "
     "eGFR 41, UACR 22 mg/g, tubular proteinuria, normotensive. No NSAIDs or herbal remedies; drink only water from "
     "the community RO plant at Kebithigollewa. Review 3 months.\n"
     "3. NEP/AP/02266 - K. G. Dayaratne (Kiriwaththuduwage Dayaratne), 66 M, Horowpothana. On maintenance HD since "
     "June; missed 2 sessions (no bus). K 6.4, ECG peaked T waves - calcium gluconate, insulin-dextrose, sent to the "
     "dialysis unit today. Wife Seelawathie, 071 418 2736.",
     [("HOSPITAL", ["Teaching Hospital Anuradhapura"]), ("PHONE", ["025 222 4182"]), ("DATE", ["05.03.2026"]),
      ("NAME", ["W. M. D.", "Rathnayake"]), ("MRN", ["NEP/AP/04182"]),
      ("NAME", ["H. M.", "Somapala", "Herath Mudiyanselage"]), ("ID", ["670601827V"]),
      ("LOCATION", ["Medawachchiya"]), ("MRN", ["NEP/AP/03711"]),
      ("NAME", ["E. M.", "Kumarihamy", "Ekanayake Mudiyanselage"]), ("ID", ["197668402318"]),
      ("LOCATION", ["Padaviya"]), ("LOCATION", ["Kebithigollewa"]), ("MRN", ["NEP/AP/02266"]),
      ("NAME", ["K. G.", "Dayaratne", "Kiriwaththuduwage"]), ("LOCATION", ["Horowpothana"]), ("DATE", ["June"]),
      ("NAME", ["Seelawathie"]), ("PHONE", ["071 418 2736"])],
     ["eGFR 24", "UACR 18 mg/g", "USS kidneys 8.1/8.4 cm", "sodium bicarbonate 500 mg TDS",
      "erythropoietin 4000 IU", "K 6.4", "peaked T waves"]),

    # 29 - China, Xinjiang (Ili): outpatient record, hepatic cystic echinococcosis (simplified)
    ("新疆医科大学第一附属医院　肝胆包虫外科　门诊病历\n"
     "就诊日期：2026年4月8日　门诊号：MZ26040841827\n"
     "患者：阿依古丽·买买提　女　38岁　维吾尔族　身份证号：654002198803144029\n"
     "住址：伊犁哈萨克自治州伊宁市英也尔乡托格拉克村5组27号\n"
     "职业：牧民（夏季在巩留县莫合台牧场放羊）　电话：138 9990 4182　微信：ayigul_ili88\n"
     "主诉：右上腹胀痛3个月，外院B超发现肝占位1周。\n"
     "现病史：家中养牧羊犬4只，未定期驱虫。2026年3月30日在伊宁县人民医院行B超示肝右叶囊性占位 9.2 x 8.1 cm，囊壁呈“双层壁征”。\n"
     "查体：皮肤巩膜无黄染，肝肋下3 cm，无压痛。\n"
     "辅助检查：嗜酸性粒细胞 9.2%；包虫IgG抗体阳性；肝功能正常。腹部CT：肝右叶单发囊肿，CE2型（WHO-IWGE分型）。\n"
     "诊断：肝囊型包虫病（CE2型）\n"
     "处理：收入院，拟行肝包虫内囊摘除术；术前口服阿苯达唑 400 mg 每日2次，1周。家中犬只每月吡喹酮驱虫。丈夫艾力·吐尔逊陪同。\n"
     "医师：热娜古丽·阿不都拉　王建新",
     [("HOSPITAL", ["新疆医科大学第一附属医院"]), ("DATE", ["2026年4月8日"]), ("MRN", ["MZ26040841827"]),
      ("NAME", ["阿依古丽", "买买提"]), ("ID", ["654002198803144029"]), ("LOCATION", ["伊犁哈萨克自治州"]),
      ("LOCATION", ["伊宁市"]), ("LOCATION", ["英也尔乡"]), ("LOCATION", ["托格拉克村"]), ("ADDRESS", ["5组27号"]),
      ("LOCATION", ["巩留县"]), ("LOCATION", ["莫合台牧场"]), ("PHONE", ["138 9990 4182"]), ("HANDLE", ["ayigul_ili88"]),
      ("DATE", ["2026年3月30日"]), ("HOSPITAL", ["伊宁县人民医院"]), ("NAME", ["艾力", "吐尔逊"]),
      ("NAME", ["热娜古丽", "阿不都拉"]), ("NAME", ["王建新"])],
     ["双层壁征", "嗜酸性粒细胞 9.2%", "包虫IgG抗体阳性", "CE2型", "WHO-IWGE", "阿苯达唑 400 mg", "吡喹酮"]),

    # 30 - Zimbabwe (Harare): suspected transfusion reaction report, ABO-incompatible transfusion
    ("Parirenyatwa Group of Hospitals - Haemovigilance\n"
     "SUSPECTED TRANSFUSION REACTION REPORT | Ref HV/PGH/26/041\n"
     "Reaction: 22/01/2026 at 21:35 | Ward: Mbuya Nehanda Maternity, postnatal\n"
     "Patient: Mrs Memory Tendai Chikanga-Ncube | 27 F | DOB 11/04/1998 | National ID 63-418273 K 42 | Hosp No. "
     "PGH 26-004182\n"
     "Address: No. 2173 Unit K, Seke, Chitungwiza\n"
     "Indication: PPH 1,800 mL after caesarean section on 20/01/2026; Hb 6.2 g/dL.\n"
     "Product: red cells, unit no. Z04182 26 047318, group A RhD pos. Patient is group O RhD pos.\n"
     "Events: started 21:15; after ~60 mL fever 39.2, rigors, loin pain, BP 78/40, dark urine. Stopped 21:38; line "
     "kept open with saline.\n"
     "Investigations: DAT positive (IgG + C3d); LDH 1,620 U/L; bilirubin 58 umol/L; haemoglobinuria; fibrinogen "
     "1.1 g/L.\n"
     "Preliminary cause: wrong blood in tube - the pre-transfusion sample from bed 7 was labelled at the nurses' "
     "station with this patient's label; bedside check not done by two nurses.\n"
     "Outcome: HDU; fluids, furosemide 40 mg IV; urine output kept up; AKI stage 1. Unit and giving set returned to "
     "the blood bank in Harare.\n"
     "Reported by: Sister Talent Mashingaidze (SCN), with Dr Rutendo Marufu (registrar). Husband Blessing Ncube "
     "informed, +263 77 730 4182.",
     [("HOSPITAL", ["Parirenyatwa Group of Hospitals"]), ("ID", ["HV/PGH/26/041"]), ("DATE", ["22/01/2026"]),
      ("HOSPITAL", ["Mbuya Nehanda Maternity"]), ("NAME", ["Memory", "Tendai", "Chikanga-Ncube"]),
      ("DATE", ["11/04/1998"]), ("ID", ["63-418273 K 42"]), ("MRN", ["PGH 26-004182"]),
      ("ADDRESS", ["No. 2173 Unit K"]), ("LOCATION", ["Seke"]), ("LOCATION", ["Chitungwiza"]),
      ("DATE", ["20/01/2026"]), ("ID", ["Z04182 26 047318"]), ("LOCATION", ["Harare"]),
      ("NAME", ["Talent", "Mashingaidze"]), ("NAME", ["Rutendo", "Marufu"]), ("NAME", ["Blessing", "Ncube"]),
      ("PHONE", ["+263 77 730 4182"])],
     ["group O RhD pos", "DAT positive", "LDH 1,620 U/L", "haemoglobinuria", "fibrinogen 1.1 g/L",
      "wrong blood in tube", "furosemide 40 mg IV"]),

    # 31 - USA, Maine (Washington County): pacemaker remote monitoring transmission report
    ("Down East Community Hospital - Cardiac Device Clinic, Machias ME\n"
     "REMOTE MONITORING TRANSMISSION REPORT\n"
     "Received 2025-09-16 02:14 (scheduled, bedside monitor) | reviewed 09/16/2025 10:30\n"
     "Patient: Lyndon Alley-Beal | DOB 03/22/1946 | MRN DECH-0418273 | Medicare MBI 7QW4-TR8-MK19\n"
     "Address: 1183 US Route 1, Whiting, ME 04691 (retired lobsterman, fished out of Beals Island)\n"
     "Device: Azure XT DR MRI SureScan dual-chamber pacemaker, serial RNB418273S; implanted 2021 at Maine Medical "
     "Center, Portland, for complete heart block.\n"
     "Portal: https://www.medtroniccarelink.net/Clinician/Patient?pid=DECH4182730 | monitor last connected from "
     "68.180.47.221\n"
     "Findings: battery 3.01 V, longevity 7.2 years. RA lead impedance 437 ohms, RV lead impedance 520 ohms; R-wave "
     "9.8 mV; RV threshold 0.75 V @ 0.4 ms. AP 38%, VP 96%. AT/AF burden 18%, new since 08/29, longest episode 14 h, "
     "ventricular rates controlled. No VT/VF.\n"
     "Plan: new paroxysmal AF - phoned the patient, spoke with his wife Arlene (207-555-0117); PCP Dr. Hollis "
     "Crowley-Pineo at Pleasant River Health Center, Columbia Falls, to start apixaban 5 mg BID. Next scheduled "
     "transmission 12/16/2025.\n"
     "Marcy Look-Cates, RN, CCDS | reviewed by Anand Soderberg-Nair, MD",
     [("HOSPITAL", ["Down East Community Hospital"]), ("LOCATION", ["Machias"]), ("DATE", ["2025-09-16"]),
      ("DATE", ["09/16/2025"]), ("NAME", ["Lyndon", "Alley-Beal"]), ("DATE", ["03/22/1946"]),
      ("MRN", ["DECH-0418273"]), ("ID", ["7QW4-TR8-MK19"]), ("ADDRESS", ["1183 US Route 1"]), ("LOCATION", ["Whiting"]),
      ("POSTCODE", ["04691"]), ("LOCATION", ["Beals Island"]), ("SERIAL", ["RNB418273S"]),
      ("HOSPITAL", ["Maine Medical Center"]), ("LOCATION", ["Portland"]),
      ("URL", ["https://www.medtroniccarelink.net/Clinician/Patient?pid=DECH4182730"]), ("IP", ["68.180.47.221"]),
      ("DATE", ["08/29"]), ("NAME", ["Arlene"]), ("PHONE", ["207-555-0117"]), ("NAME", ["Hollis", "Crowley-Pineo"]),
      ("HOSPITAL", ["Pleasant River Health Center"]), ("LOCATION", ["Columbia Falls"]), ("DATE", ["12/16/2025"]),
      ("NAME", ["Marcy", "Look-Cates"]), ("NAME", ["Anand", "Soderberg-Nair"])],
     ["Azure XT DR MRI SureScan", "complete heart block", "R-wave 9.8 mV", "RV threshold 0.75 V @ 0.4 ms", "VP 96%",
      "AT/AF burden 18%", "apixaban 5 mg BID"]),

    # 32 - Vietnam, Quảng Nam (Bắc Trà My): hospital discharge paper, scrub typhus (Vietnamese)
    ("Bệnh viện Đa khoa Trung ương Quảng Nam - Khoa Bệnh Nhiệt đới\n"
     "GIẤY RA VIỆN\n"
     "Mã y tế: 25.041827 | Số lưu trữ: NĐ-0418/25\n"
     "Họ và tên người bệnh: NGUYỄN THỊ HOA | Ngày sinh: 19/08/1971 | Giới: Nữ | Dân tộc: Kinh\n"
     "Nghề nghiệp: làm rẫy, trồng quế | Số CCCD: 049171004127 | Mã thẻ BHYT: GD4494918273650\n"
     "Địa chỉ: thôn 2, xã Trà Giang, huyện Bắc Trà My\n"
     "Vào viện lúc 10 giờ 15 phút, ngày 06/05/2025. Ra viện lúc 08 giờ 00 phút, ngày 14 tháng 5 năm 2025.\n"
     "Chẩn đoán: Sốt mò (Orientia tsutsugamushi) biến chứng viêm phổi; vết loét hoại tử (eschar) vùng nách phải 6 mm.\n"
     "Tóm tắt: sốt 39-40°C 7 ngày, đau đầu, ho; tiểu cầu 96 G/L, AST 142 U/L, ALT 118 U/L; Weil-Felix OX-K 1/320; "
     "ELISA IgM dương tính.\n"
     "Phương pháp điều trị: doxycyclin 100 mg x 2 lần/ngày đường uống; bà Hoa hết sốt sau 36 giờ.\n"
     "Lời dặn: uống tiếp doxycyclin cho đủ 7 ngày; mặc quần áo dài khi lên rẫy; tái khám ngày 21/05/2025 tại Trung "
     "tâm Y tế huyện Bắc Trà My.\n"
     "Người nhà: chồng Trần Văn Lộc, ĐT 0905 418 273.\n"
     "Trưởng khoa: BSCKII Lê Quang Vinh | Bác sĩ điều trị: ThS.BS Phạm Ngọc Thảo, CCHN số 004182/QNA-CCHN",
     [("HOSPITAL", ["Bệnh viện Đa khoa Trung ương Quảng Nam"]), ("MRN", ["25.041827"]), ("MRN", ["NĐ-0418/25"]),
      ("NAME", ["NGUYỄN", "THỊ HOA"]), ("DATE", ["19/08/1971"]), ("ID", ["049171004127"]),
      ("ID", ["GD4494918273650"]), ("ADDRESS", ["thôn 2"]), ("LOCATION", ["Trà Giang"]), ("LOCATION", ["Bắc Trà My"]),
      ("DATE", ["06/05/2025"]), ("DATE", ["14 tháng 5 năm 2025"]), ("NAME", ["Hoa"]), ("DATE", ["21/05/2025"]),
      ("HOSPITAL", ["Trung tâm Y tế huyện Bắc Trà My"]), ("NAME", ["Trần", "Văn Lộc"]), ("PHONE", ["0905 418 273"]),
      ("NAME", ["Lê", "Quang Vinh"]), ("NAME", ["Phạm", "Ngọc Thảo"]), ("LICENCE", ["004182/QNA-CCHN"])],
     ["Orientia tsutsugamushi", "eschar", "tiểu cầu 96 G/L", "AST 142 U/L", "Weil-Felix OX-K 1/320",
      "doxycyclin 100 mg"]),

    # 33 - Northern Ireland, Co. Fermanagh: GP out-of-hours home visit record, adrenal crisis
    ("Western Urgent Care (GP Out of Hours) - HOME VISIT RECORD\n"
     "Case ref WUC-26-0418273 | 31/12/2025 22:40, New Year's Eve | OOH car KXZ 4182, driver Sean\n"
     "Patient: Mr Ronan McCusker-Maguire | 46 M | DOB 07/07/1979 | H&C 702 418 3659\n"
     "Address: Drumbrughas North, Tempo, Enniskillen BT94 3EX\n"
     "Usual GP: Dr Orla Fee, Tempo Road Surgery. Works at the quarry outside Garrison.\n"
     "Hx: Addison's disease on hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg. Vomiting since this morning "
     "(norovirus - son Oisín had it at Christmas), cannot keep tablets down; emergency injection not used. Wife "
     "Siobhan rang.\n"
     "O/E: drowsy but rousable, GCS 14, HR 118, BP 84/50, RR 24, T 37.9, SpO2 96%, CRT 4 s, dry. BM 3.4 mmol/L. "
     "NEWS2 9.\n"
     "Tx: hydrocortisone 100 mg IM from his own Solu-Cortef kit at 22:55; oral glucose gel. 999 - NIAS incident "
     "4182736 - to South West Acute Hospital, ED pre-alerted.\n"
     "Sick day rules gone over again with Siobhan (07700 900 862).\n"
     "Dr Declan Mulligan-Ferris, GMC 6183729",
     [("HOSPITAL", ["Western Urgent Care"]), ("ID", ["WUC-26-0418273"]), ("DATE", ["31/12/2025"]),
      ("DATE", ["New Year's Eve"]), ("PLATE", ["KXZ 4182"]), ("NAME", ["Sean"]),
      ("NAME", ["Ronan", "McCusker-Maguire"]), ("DATE", ["07/07/1979"]), ("ID", ["702 418 3659"]),
      ("ADDRESS", ["Drumbrughas North"]), ("LOCATION", ["Tempo"]), ("LOCATION", ["Enniskillen"]),
      ("POSTCODE", ["BT94 3EX"]), ("NAME", ["Orla", "Fee"]), ("HOSPITAL", ["Tempo Road Surgery"]),
      ("LOCATION", ["Garrison"]), ("NAME", ["Oisín"]), ("DATE", ["Christmas"]), ("NAME", ["Siobhan"]),
      ("ID", ["4182736"]), ("HOSPITAL", ["South West Acute Hospital"]), ("PHONE", ["07700 900 862"]),
      ("NAME", ["Declan", "Mulligan-Ferris"]), ("LICENCE", ["6183729"])],
     ["Addison's disease", "hydrocortisone 10/5/5 mg", "fludrocortisone 100 mcg", "BM 3.4 mmol/L", "NEWS2 9",
      "hydrocortisone 100 mg IM", "Solu-Cortef", "Sick day rules"]),

    # 34 - Belize, Cayo District (Spanish Lookout): referral letter from a Mennonite community clinic, leishmaniasis
    ("Spanish Lookout Mennonite Clinic\n"
     "Center Road, Spanish Lookout, Cayo District | Tel 823-4182\n"
     "8 October 2025\n"
     "\n"
     "Dr. Yolanda Chun-Ayuso\n"
     "Infectious Diseases Clinic, Karl Heusner Memorial Hospital, Belize City\n"
     "\n"
     "Dear Dr. Chun-Ayuso,\n"
     "Re: Abram Penner Reimer, 34, DOB 19 June 1991, SSB 307182 - known here as \"Sawmill Abram\", to tell him from "
     "his cousin of the same name.\n"
     "Abram has had a painless ulcer on the rim of the left ear for 10 weeks, with a raised rolled border, and two "
     "smaller ulcers on the left forearm. In July he was clearing high bush near Barton Creek for a sawmill contract. "
     "A Giemsa-stained smear of a scraping from the edge showed amastigotes; PCR is pending. We do not have the "
     "Montenegro skin test.\n"
     "I think this is cutaneous leishmaniasis, probably Leishmania mexicana - a chiclero's ulcer of the ear. Ear "
     "lesions tend to be chronic and destructive, so I would be grateful if you would consider sodium stibogluconate "
     "20 mg/kg/day. Baseline ECG here: QTc 412 ms; LFTs and amylase normal.\n"
     "His wife Aganetha (cell 615-4182) can bring him on a Tuesday, when the produce truck goes to Belize City.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. Hendrik Thiessen-Loewen | BMDC 0718",
     [("HOSPITAL", ["Spanish Lookout Mennonite Clinic"]), ("ADDRESS", ["Center Road"]),
      ("LOCATION", ["Spanish Lookout"]), ("LOCATION", ["Cayo District"]), ("PHONE", ["823-4182"]),
      ("DATE", ["8 October 2025"]), ("NAME", ["Yolanda", "Chun-Ayuso"]),
      ("HOSPITAL", ["Karl Heusner Memorial Hospital"]),
      ("LOCATION", ["Belize City"]), ("NAME", ["Abram", "Penner", "Reimer"]), ("DATE", ["19 June 1991"]),
      ("ID", ["307182"]), ("NAME", ["Sawmill Abram"]), ("DATE", ["July"]), ("LOCATION", ["Barton Creek"]),
      ("NAME", ["Aganetha"]), ("PHONE", ["615-4182"]), ("NAME", ["Hendrik", "Thiessen-Loewen"]),
      ("LICENCE", ["BMDC 0718"])],
     ["Giemsa-stained smear", "amastigotes", "Montenegro skin test", "Leishmania mexicana", "chiclero's ulcer",
      "sodium stibogluconate 20 mg/kg/day", "QTc 412 ms"]),

    # 35 - Greece, Eastern Macedonia and Thrace (Evros): case notification form to the public health agency, West
    # Nile virus neuroinvasive disease (Greek)
    ("ΕΘΝΙΚΟΣ ΟΡΓΑΝΙΣΜΟΣ ΔΗΜΟΣΙΑΣ ΥΓΕΙΑΣ (ΕΟΔΥ) - ΔΕΛΤΙΟ ΔΗΛΩΣΗΣ ΚΡΟΥΣΜΑΤΟΣ\n"
     "Νόσημα: Λοίμωξη από τον ιό του Δυτικού Νείλου (νευροδιηθητική)\n"
     "Φορέας δήλωσης: Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης (ΠΓΝΑ), ΜΕΘ\n"
     "Ημερομηνία δήλωσης: 28/08/2025 | Α/Α δήλωσης: ΠΓΝΑ-ΕΟΔΥ 25/041\n"
     "Επώνυμο: Καραγιαννίδης | Όνομα: Παρασκευάς | Πατρώνυμο: Χρύσανθος | Φύλο: Α | Ημ. γέννησης: 19/07/1963 | "
     "ΑΜΚΑ: 19076327303 | Τηλ.: 6944 182736\n"
     "Διεύθυνση: Δίκαια Έβρου, ΤΚ 68010 | Επάγγελμα: αγρότης (βαμβάκι, αρδευτικά κανάλια κοντά στο σπίτι)\n"
     "Ταξίδι τις τελευταίες 3 εβδομάδες: όχι. Έναρξη συμπτωμάτων: 14/08/2025. Εισαγωγή: 18/08/2025 στο Γενικό "
     "Νοσοκομείο Διδυμοτείχου· διακομιδή στη ΜΕΘ του ΠΓΝΑ στις 20/08.\n"
     "Κλινική εικόνα: εγκεφαλίτιδα με οξεία χαλαρή παράλυση αριστερού άνω άκρου· GCS 9, διασωληνώθηκε. ΕΝΥ: λευκά "
     "140/μL (λεμφοκύτταρα 70%), λεύκωμα 96 mg/dL, σάκχαρο φυσιολογικό. Διαφορική: σύνδρομο Guillain-Barré - "
     "αποκλείστηκε με ΗΜΓ.\n"
     "Εργαστηριακή επιβεβαίωση: IgM έναντι ιού Δυτικού Νείλου θετικά σε ΕΝΥ και ορό (Εργαστήριο Μικροβιολογίας ΑΠΘ).\n"
     "Η σύζυγος, Δέσποινα, αναφέρει πολλά κουνούπια στην αποθήκη τα βράδια.\n"
     "Δηλών ιατρός: Μαρία-Ελένη Τσολακίδου, Επιμελήτρια Α΄ ΜΕΘ | τηλ. 25513 51 418 | m.tsolakidou@pgna-meth.gr",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Αλεξανδρούπολης"]), ("HOSPITAL", ["ΠΓΝΑ"]),
      ("DATE", ["28/08/2025"]), ("ID", ["ΠΓΝΑ-ΕΟΔΥ 25/041"]), ("NAME", ["Καραγιαννίδης", "Παρασκευάς"]),
      ("NAME", ["Χρύσανθος"]), ("DATE", ["19/07/1963"]), ("ID", ["19076327303"]), ("PHONE", ["6944 182736"]),
      ("LOCATION", ["Δίκαια"]), ("LOCATION", ["Έβρου"]), ("POSTCODE", ["68010"]), ("DATE", ["14/08/2025"]),
      ("DATE", ["18/08/2025"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Διδυμοτείχου"]), ("DATE", ["20/08"]),
      ("HOSPITAL", ["Εργαστήριο Μικροβιολογίας ΑΠΘ"]), ("NAME", ["Δέσποινα"]),
      ("NAME", ["Μαρία-Ελένη", "Τσολακίδου"]), ("PHONE", ["25513 51 418"]), ("EMAIL", ["m.tsolakidou@pgna-meth.gr"])],
     ["οξεία χαλαρή παράλυση", "GCS 9", "λευκά 140/μL", "λεύκωμα 96 mg/dL", "Guillain-Barré",
      "IgM έναντι ιού Δυτικού Νείλου"]),

    # 36 - England, Lincolnshire (East Lindsey): aeromedical examiner's Class 2 medical examination record
    ("Fenland Aeromedical - The Old Forge, Boston\n"
     "AME EXAMINATION RECORD - CLASS 2 / LAPL | AME: Dr Benedict Ashworth-Okafor (GBR.AME.0418)\n"
     "Exam date: 27/02/2026\n"
     "Applicant: Mr Gervase Thorold-Mawer | DOB 11/11/1966 | Licence GBR.FCL.PA.00418273 | "
     "gthorold@fenfarms.co.uk\n"
     "Address: 2 Chapel Lane, Mavis Enderby, Spilsby PE23 4EG\n"
     "Occupation: farm manager, Old Leake Growers. Flies about 40 h a year from Strubby Airfield in a share-group "
     "PA-28, G-BRTX.\n"
     "Since last exam: ECG at his revalidation showed a long PR; no syncope, no palpitations.\n"
     "Exam: BP 138/84, BMI 29.4. VA 6/6 R and L uncorrected at distance; N5 near with +1.50 readers. Ishihara "
     "24/24. Conversational voice at 2 m passed each ear. Urinalysis NAD.\n"
     "ECG: sinus rhythm 58, PR 224 ms (first-degree AV block), QRS 92 ms, QTc 421 ms. Exercise ECG (Bruce protocol, "
     "12 min, no ischaemia) done at Pilgrim Hospital on 19/02/2026.\n"
     "Assessment: fit Class 2 and LAPL; limitation VML (corrective lenses for near). Certificate issued, valid to "
     "27/02/2028.",
     [("HOSPITAL", ["Fenland Aeromedical"]), ("ADDRESS", ["The Old Forge"]), ("LOCATION", ["Boston"]),
      ("NAME", ["Benedict", "Ashworth-Okafor"]), ("LICENCE", ["GBR.AME.0418"]), ("DATE", ["27/02/2026"]),
      ("NAME", ["Gervase", "Thorold-Mawer"]), ("DATE", ["11/11/1966"]), ("LICENCE", ["GBR.FCL.PA.00418273"]),
      ("EMAIL", ["gthorold@fenfarms.co.uk"]), ("ADDRESS", ["2 Chapel Lane"]), ("LOCATION", ["Mavis Enderby"]),
      ("LOCATION", ["Spilsby"]), ("POSTCODE", ["PE23 4EG"]), ("LOCATION", ["Old Leake Growers"]),
      ("LOCATION", ["Strubby Airfield"]), ("PLATE", ["G-BRTX"]), ("HOSPITAL", ["Pilgrim Hospital"]),
      ("DATE", ["19/02/2026"]), ("DATE", ["27/02/2028"])],
     ["BMI 29.4", "VA 6/6", "Ishihara 24/24", "PR 224 ms", "first-degree AV block", "Bruce protocol",
      "QTc 421 ms"]),

    # 37 - Taiwan, Hualien (Guangfu): township health station referral form, infected diabetic foot (traditional)
    ("花蓮縣光復鄉衛生所\n"
     "轉診單（轉出）　轉診日期：中華民國115年3月9日\n"
     "病人姓名：Panay Kacaw（漢名：林美玉）　性別：女　出生日期：民國49年8月21日\n"
     "身分證統一編號：U204182736　健保卡號：0000 4182 7365\n"
     "住址：花蓮縣光復鄉大富村中山路三段27號　電話：03-870-4182　手機：0912-418-273\n"
     "緊急聯絡人：兒子 Lafay（林志豪）0928-730-418\n"
     "病情摘要：第2型糖尿病15年，未規則服藥；左足大拇趾潰瘍2個月，近1週紅腫、化膿、惡臭，今日發燒38.6℃。足背動脈微弱，ABI 0.72，探骨試驗陽性。血糖 412 mg/dL，HbA1c 11.2%。\n"
     "初步診斷：糖尿病足潰瘍合併感染，疑骨髓炎（University of Texas分級 3D）\n"
     "處置：已給予Amoxicillin/clavulanate 1 g 口服一劑，傷口清潔覆蓋。\n"
     "轉診目的：住院治療、MRI及血管評估、清創。\n"
     "轉入醫院：花蓮慈濟醫院　新陳代謝科\n"
     "備註：病人希望8月豐年祭前能回部落跳舞。\n"
     "轉診醫師：潘志明（醫字第041827號）",
     [("HOSPITAL", ["花蓮縣光復鄉衛生所"]), ("DATE", ["中華民國115年3月9日"]), ("NAME", ["Panay", "Kacaw"]),
      ("NAME", ["林美玉"]), ("DATE", ["民國49年8月21日"]), ("ID", ["U204182736"]), ("ID", ["0000 4182 7365"]),
      ("LOCATION", ["花蓮縣"]), ("LOCATION", ["光復鄉"]), ("LOCATION", ["大富村"]), ("ADDRESS", ["中山路三段27號"]),
      ("PHONE", ["03-870-4182"]), ("PHONE", ["0912-418-273"]), ("NAME", ["Lafay"]), ("NAME", ["林志豪"]),
      ("PHONE", ["0928-730-418"]), ("HOSPITAL", ["花蓮慈濟醫院"]), ("DATE", ["8月"]), ("DATE", ["豐年祭"]),
      ("NAME", ["潘志明"]), ("LICENCE", ["醫字第041827號"])],
     ["ABI 0.72", "探骨試驗陽性", "血糖 412 mg/dL", "HbA1c 11.2%", "University of Texas分級 3D",
      "Amoxicillin/clavulanate 1 g"]),

    # 38 - Ethiopia, Amhara (Gondar): visceral leishmaniasis treatment card, Ethiopian calendar dates
    ("University of Gondar Comprehensive Specialized Hospital - Leishmaniasis Research and Treatment Center\n"
     "VISCERAL LEISHMANIASIS TREATMENT CARD | Card no. LRTC-2018-0418 | MRN 0561829\n"
     "Admitted: Tikimt 24, 2018 E.C. (3 November 2025)\n"
     "Name: Tesfaye Workneh Mekonnen | M | 24 y\n"
     "Residence: Metema Yohannes town, kebele 02, West Gondar Zone. Originally from Debark.\n"
     "Occupation: daily labourer on the sesame farms near Abdurafi (farm of Ato Mulugeta Desta).\n"
     "Presentation: fever 6 weeks, abdominal swelling, weight loss. Spleen 12 cm below costal margin, liver 3 cm. "
     "Hb 6.8 g/dL, WBC 1.9, plt 64. rK39 RDT positive; splenic aspirate grade 3+ (Leishmania donovani complex). HIV "
     "negative; TB screen negative.\n"
     "Treatment: SSG 20 mg/kg/day IM + paromomycin 15 mg/kg/day IM x 17 days, started Tikimt 25; 1 unit whole blood; "
     "weekly ECG (QTc 440 ms).\n"
     "Day 17 test-of-cure splenic aspirate negative. Discharged Hidar 12, 2018 E.C.\n"
     "Contact: brother Ato Dawit Workneh, 0918 418 273, lives in Azezo, Gondar.\n"
     "Clinician: Dr. Meseret Ayalew Tadesse | licence GP/04182/2016",
     [("HOSPITAL", ["University of Gondar Comprehensive Specialized Hospital"]),
      ("HOSPITAL", ["Leishmaniasis Research and Treatment Center"]), ("MRN", ["LRTC-2018-0418"]),
      ("MRN", ["0561829"]), ("DATE", ["Tikimt 24, 2018 E.C."]), ("DATE", ["3 November 2025"]),
      ("NAME", ["Tesfaye", "Workneh", "Mekonnen"]), ("LOCATION", ["Metema Yohannes"]), ("ADDRESS", ["kebele 02"]),
      ("LOCATION", ["West Gondar Zone"]), ("LOCATION", ["Debark"]), ("LOCATION", ["Abdurafi"]),
      ("NAME", ["Mulugeta", "Desta"]), ("DATE", ["Tikimt 25"]), ("DATE", ["Hidar 12, 2018 E.C."]),
      ("NAME", ["Dawit", "Workneh"]), ("PHONE", ["0918 418 273"]), ("LOCATION", ["Azezo"]), ("LOCATION", ["Gondar"]),
      ("NAME", ["Meseret", "Ayalew", "Tadesse"]), ("LICENCE", ["GP/04182/2016"])],
     ["Spleen 12 cm below costal margin", "Hb 6.8 g/dL", "rK39 RDT positive", "splenic aspirate grade 3+",
      "Leishmania donovani", "SSG 20 mg/kg/day", "paromomycin 15 mg/kg/day"]),

    # 39 - Canada, Nova Scotia: medical genetics clinic letter to a family physician, Niemann-Pick disease
    ("IWK Health - Maritime Medical Genetics Service\n"
     "5850/5980 University Ave, Halifax NS B3K 6R8\n"
     "\n"
     "March 20, 2026\n"
     "\n"
     "Dr. Gisèle Comeau-d'Entremont\n"
     "Baie Sainte-Marie Family Practice, Church Point NS\n"
     "\n"
     "Re: Noah Saulnier-Amirault, DOB 2019-08-14, NS HCN 0041 827 306, IWK MRN 4182730\n"
     "\n"
     "Dear Gisèle,\n"
     "Thank you for referring Noah, now 6, whom I saw in the genetics clinic on March 12 with his parents, Josée (née "
     "d'Eon) and Marc Saulnier, of Wedgeport. Both families come from the Pubnico area.\n"
     "Noah has been clumsy and falling since last spring, his Grade 1 teacher at École Wedgeport noticed he turns his "
     "head rather than his eyes to look down, and he had prolonged neonatal jaundice. On examination he has a "
     "vertical supranuclear gaze palsy (downgaze), mild ataxia and a spleen tip 3 cm below the costal margin.\n"
     "Testing shows him homozygous for NPC1 c.2974G>T (p.Gly992Trp), the founder variant of the Acadian population of "
     "Yarmouth County, confirming Niemann-Pick disease type C (in Nova Scotia historically called type D). "
     "Cholestane-3β,5α,6β-triol is 142 ng/mL.\n"
     "Inheritance is autosomal recessive, so each further child of Josée and Marc has a 1 in 4 chance of being "
     "affected. We offered carrier testing to his sister Chloé when she is older, and to Marc's brother Réjean and his "
     "partner, who are expecting in July.\n"
     "We will start miglustat (Zavesca) with our metabolic team and refer him to paediatric neurology.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. Anneliese Vuković-MacIsaac, MD FRCPC (Medical Genetics) | CPSNS 018274 | tel 902-555-0128 | "
     "fax 902-555-0129 | a.vukovic-macisaac@iwk.nshealth.ca",
     [("HOSPITAL", ["IWK Health"]), ("HOSPITAL", ["Maritime Medical Genetics Service"]),
      ("ADDRESS", ["5850/5980 University Ave"]), ("LOCATION", ["Halifax"]),
      ("POSTCODE", ["B3K 6R8"]), ("DATE", ["March 20, 2026"]), ("NAME", ["Gisèle", "Comeau-d'Entremont"]),
      ("HOSPITAL", ["Baie Sainte-Marie Family Practice"]), ("LOCATION", ["Church Point"]),
      ("NAME", ["Noah", "Saulnier-Amirault"]), ("DATE", ["2019-08-14"]), ("ID", ["0041 827 306"]),
      ("MRN", ["4182730"]), ("DATE", ["March 12"]), ("NAME", ["Josée"]), ("NAME", ["d'Eon"]),
      ("NAME", ["Marc", "Saulnier"]), ("LOCATION", ["Wedgeport"]), ("LOCATION", ["Pubnico"]),
      ("LOCATION", ["École Wedgeport"]), ("LOCATION", ["Yarmouth County"]), ("NAME", ["Chloé"]), ("NAME", ["Réjean"]),
      ("DATE", ["July"]), ("NAME", ["Anneliese", "Vuković-MacIsaac"]), ("LICENCE", ["018274"]),
      ("PHONE", ["902-555-0128"]), ("PHONE", ["902-555-0129"]), ("EMAIL", ["a.vukovic-macisaac@iwk.nshealth.ca"])],
     ["vertical supranuclear gaze palsy", "NPC1 c.2974G>T (p.Gly992Trp)", "Niemann-Pick disease type C",
      "Cholestane-3β,5α,6β-triol is 142 ng/mL", "autosomal recessive", "1 in 4", "miglustat (Zavesca)"]),
]
