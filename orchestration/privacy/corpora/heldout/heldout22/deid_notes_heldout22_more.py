"""Notes 20-39 of the twenty-second HELD-OUT set (see :mod:`deid_notes_heldout22` for how it was written and what it
holds).

These 20 notes hold 573 planted identifier parts in 497 (kind, parts) entries and 179 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a national TB programme treatment card with its DOT record
(Botswana); 21, an HIV clinic telephone tracing note (Uganda); 22, a ward diagnosis card (Sri Lanka); 23, burns unit
admission notes (Khyber Pakhtunkhwa); 25, a malaria case notification and investigation form (Guyana); 26, a rheumatic
heart disease clinic list (Tonga); 27, a trauma team activation record (Dubai); 28, a patient-portal message thread with
a pre-operative anaesthetic assessment (Malta); 31, a falls and bone health clinic letter for a patient aged 96 (Co.
Fermanagh); 33, a community midwife antenatal booking record (North Yorkshire); 34, an inpatient neurology consultation
(Hawaii); 35, a nurse-midwife home birth record with the 24-hour postpartum visit (Ohio); 36, an emergency obstetric
referral slip (Sylhet); 38, a life extinct form with a death discussion note (Queensland); 39, a pre-travel consultation
(Isle of Man). In Greek script: 24, an oncology referral for genetic testing with a family-history section (Messinia);
32, a haemovigilance transfusion reaction report (Limassol, Cyprus). In Chinese: 29, an emergency record (Yunnan,
simplified); 37, a ward nursing handover sheet with Republic of China dates (Hualien, traditional). In German: 30, an
intensive care transfer letter (Tyrol). Entries per kind here: NAME 110, DATE 98, LOCATION 96, HOSPITAL 44, PHONE 28,
ADDRESS 24, ID 23, MRN 20, POSTCODE 16, LICENCE 14, PLATE 7, EMAIL 4, AGE 3, SERIAL 3, URL 3, HANDLE 2, IP 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Botswana, Central District (Mahalapye): national TB programme treatment card with DOT record, TB/HIV
    ("REPUBLIC OF BOTSWANA - MINISTRY OF HEALTH | NATIONAL TB PROGRAMME\n"
     "TB TREATMENT CARD\n"
     "Facility: Mahalapye District Hospital | TB Reg. No. MHP/TB/2025/041 | Registered 02/06/2025\n"
     "Name: Goodwill Kabelo Mosweu | M | 44 yrs | DOB 19/09/1980 | Omang 418213765 | Cell +267 71 555 418\n"
     "Address: Plot 4182, Madiba Ward, Mahalapye\n"
     "Occupation: underground miner, Tswapong Copper Mine (off work since May)\n"
     "Treatment supporter: wife Precious Mosweu, 72 555 0471\n"
     "Referred from: Shoshong Clinic. CXR reviewed by the radiologist at Princess Marina Hospital, Gaborone: R upper "
     "lobe cavity.\n"
     "Type: New, pulmonary. GeneXpert MTB/RIF Ultra: MTB detected (medium), rifampicin resistance not detected; "
     "smear 2+.\n"
     "HIV positive, on TLD since 2017; CD4 142; cotrimoxazole 960 mg OD. Weight 51 kg.\n"
     "Regimen: 2RHZE/4RH - intensive phase 4 tablets RHZE FDC daily + pyridoxine 25 mg daily.\n"
     "DOT record, intensive phase: started 02/06 at the clinic, then daily at home by the supporter. Missed 14/06 "
     "and 15/06 (went to a wedding in Serowe) - counselled, supporter given a calendar.\n"
     "Month-2 smear (28/07/2025): negative. Weight 55 kg. Continuation phase started 04/08/2025.\n"
     "Contacts screened: children Tumelo (9), Kagiso (6) and Lorato (3) - all symptom-free; Lorato started isoniazid "
     "10 mg/kg preventive therapy.\n"
     "TB nurse: Sister Keabetswe Molefhe | NMCB Reg. 18427 | Medical officer: Dr Tinashe Chirwa-Moyo",
     [("HOSPITAL", ["Mahalapye District Hospital"]), ("MRN", ["MHP/TB/2025/041"]), ("DATE", ["02/06/2025"]),
      ("NAME", ["Goodwill", "Kabelo", "Mosweu"]), ("DATE", ["19/09/1980"]), ("ID", ["418213765"]),
      ("PHONE", ["+267 71 555 418"]), ("ADDRESS", ["Plot 4182"]), ("LOCATION", ["Madiba Ward"]),
      ("LOCATION", ["Mahalapye"]), ("LOCATION", ["Tswapong Copper Mine"]), ("DATE", ["May"]),
      ("NAME", ["Precious", "Mosweu"]), ("PHONE", ["72 555 0471"]), ("HOSPITAL", ["Shoshong Clinic"]),
      ("HOSPITAL", ["Princess Marina Hospital"]), ("LOCATION", ["Gaborone"]), ("DATE", ["02/06"]), ("DATE", ["14/06"]),
      ("DATE", ["15/06"]), ("LOCATION", ["Serowe"]), ("DATE", ["28/07/2025"]), ("DATE", ["04/08/2025"]),
      ("NAME", ["Tumelo"]), ("NAME", ["Kagiso"]), ("NAME", ["Lorato"]), ("NAME", ["Keabetswe", "Molefhe"]),
      ("LICENCE", ["18427"]), ("NAME", ["Tinashe", "Chirwa-Moyo"])],
     ["GeneXpert MTB/RIF Ultra", "rifampicin resistance not detected", "smear 2+", "CD4 142", "cotrimoxazole 960 mg OD",
      "2RHZE/4RH", "pyridoxine 25 mg", "isoniazid 10 mg/kg"]),

    # 21 - Uganda, Acholi (Gulu): HIV clinic telephone tracing note for a client who missed an ART refill
    ("St. Mary's Hospital Lacor - ART Clinic\n"
     "TELEPHONE / TRACING NOTE | 10 November 2025, 11:20\n"
     "Client: Innocent Okello-Ojok | 29 M | ART No. LAC-ART-04182 | NIN CM96041102KXLP\n"
     "Last known address: Kasubi cell, Bardege division, Gulu City\n"
     "Reason for call: missed ART refill due 20/10/2025. Viral load in July 1,240 copies/mL (non-suppressed); 1st "
     "EAC session done on 15 September.\n"
     "Calls: own number 0772 555 418 switched off. Reached treatment buddy, sister Gift Akello (0701 555 827), who "
     "handed the phone to him.\n"
     "Client says: moved to Kitgum in October to ride a boda-boda (motorcycle UEK 418Y); ran out of tablets 2 weeks "
     "ago and was ashamed to come back. Cough for 3 weeks with night sweats (TB screen positive) and headaches.\n"
     "Actions: 2nd EAC session done by phone today - barriers: transport, stigma, alcohol. Agreed transfer-out to "
     "Kitgum General Hospital ART clinic; transfer letter and last results sent. Requested there: CD4, serum CrAg, "
     "GeneXpert. Restart TLD (tenofovir/lamivudine/dolutegravir 300/300/50 mg) one tablet daily; 3rd EAC and repeat "
     "VL after 3 months of good adherence.\n"
     "Expert client Grace Lamwaka (from Laroo) will meet him at the Kitgum taxi park on Friday 14/11.\n"
     "Counsellor: Ojara Dennis | Reviewed by: Dr Atim Stella Oyella, Medical Officer | UMDPC Reg. 41827",
     [("HOSPITAL", ["St. Mary's Hospital Lacor"]), ("DATE", ["10 November 2025"]),
      ("NAME", ["Innocent", "Okello-Ojok"]), ("MRN", ["LAC-ART-04182"]), ("ID", ["CM96041102KXLP"]),
      ("LOCATION", ["Kasubi cell"]), ("LOCATION", ["Bardege division"]), ("LOCATION", ["Gulu City"]),
      ("DATE", ["20/10/2025"]), ("DATE", ["July"]), ("DATE", ["15 September"]), ("PHONE", ["0772 555 418"]),
      ("NAME", ["Gift", "Akello"]), ("PHONE", ["0701 555 827"]), ("LOCATION", ["Kitgum"]), ("DATE", ["October"]),
      ("PLATE", ["UEK 418Y"]), ("HOSPITAL", ["Kitgum General Hospital"]), ("NAME", ["Grace", "Lamwaka"]),
      ("LOCATION", ["Laroo"]), ("DATE", ["14/11"]), ("NAME", ["Ojara", "Dennis"]),
      ("NAME", ["Atim", "Stella", "Oyella"]), ("LICENCE", ["41827"])],
     ["1,240 copies/mL", "EAC", "night sweats", "serum CrAg", "GeneXpert",
      "tenofovir/lamivudine/dolutegravir 300/300/50 mg", "repeat VL"]),

    # 22 - Sri Lanka, Central Province (Kandy): ward diagnosis card, severe leptospirosis
    ("Teaching Hospital Peradeniya - Ward 12 (Medical)\n"
     "DIAGNOSIS CARD\n"
     "B.H.T. No. 41827/25 | Date of admission 2025.11.03 | Date of discharge 2025.11.12\n"
     "Name: Wijesinghe Mudiyanselage Sunil Bandara | Age 47 | Male | DOB 1978.10.30 | NIC 197830304182\n"
     "Address: No. 27/3, Galaha Road, Deltota | Tel 077 555 4182\n"
     "Occupation: paddy farmer; also labourer at Loolecondera Estate\n"
     "Presenting complaints: fever, headache and severe calf pain for 5 days after working in a flooded paddy field; "
     "reduced urine output for 1 day.\n"
     "Findings: conjunctival suffusion, calf tenderness, icterus; BP 90/60 mmHg.\n"
     "Investigations: Leptospira IgM (ELISA) positive, MAT pending; WBC 14,200/mm3, platelet count 38,000/mm3, serum "
     "creatinine 3.1 mg/dL, bilirubin 6.2 mg/dL, CPK 1,840 U/L.\n"
     "Diagnosis: Severe leptospirosis (Weil's disease) with AKI (KDIGO stage 3) and thrombocytopenia.\n"
     "Management: IV benzylpenicillin 2 MU 6-hourly for 7 days; two sessions of haemodialysis at the renal unit, "
     "Teaching Hospital Kandy; fluid balance charted.\n"
     "On discharge: serum creatinine 1.4 mg/dL, platelets 186,000/mm3.\n"
     "Advice: doxycycline 200 mg weekly while working in the fields; boots and gloves. Notified to MOH Udunuwara.\n"
     "Clinic: Medical Clinic on 2025.11.25.\n"
     "Wife: Ranjani Kumari Herath, 081-2555418\n"
     "Dr. Nirosha Pathirana (SHO) / Dr. Aravinthan Sivakumaran, Consultant Physician | SLMC Reg. No. 21864",
     [("HOSPITAL", ["Teaching Hospital Peradeniya"]), ("MRN", ["41827/25"]), ("DATE", ["2025.11.03"]),
      ("DATE", ["2025.11.12"]), ("NAME", ["Wijesinghe Mudiyanselage", "Sunil", "Bandara"]), ("DATE", ["1978.10.30"]),
      ("ID", ["197830304182"]), ("ADDRESS", ["No. 27/3, Galaha Road"]), ("LOCATION", ["Deltota"]),
      ("PHONE", ["077 555 4182"]), ("LOCATION", ["Loolecondera Estate"]), ("HOSPITAL", ["Teaching Hospital Kandy"]),
      ("LOCATION", ["Udunuwara"]), ("DATE", ["2025.11.25"]), ("NAME", ["Ranjani Kumari", "Herath"]),
      ("PHONE", ["081-2555418"]), ("NAME", ["Nirosha", "Pathirana"]), ("NAME", ["Aravinthan", "Sivakumaran"]),
      ("LICENCE", ["21864"])],
     ["conjunctival suffusion", "calf tenderness", "Leptospira IgM", "MAT pending", "platelet count 38,000/mm3",
      "creatinine 3.1 mg/dL", "Weil's disease", "KDIGO stage 3", "doxycycline 200 mg weekly"]),

    # 23 - Pakistan, Khyber Pakhtunkhwa (Peshawar): burns unit admission notes, LPG flash burn
    ("Lady Reading Hospital MTI, Peshawar - Burns and Plastic Surgery Unit\n"
     "ADMISSION NOTES | MR No. LRH-2025-0418273 | 07-Jun-2025 02:15 | Bed 9, Female Burns Ward\n"
     "Name: Gul Bano W/o Sher Afzal Khan | 28 F | CNIC 17301-4182736-2 | Mobile 0315-5554182 (husband)\n"
     "Address: House No. 14, Street 3, Mohallah Qazian, Charsadda\n"
     "Brought by husband and brother-in-law Zarwali in a Rescue 1122 ambulance (PRC 4182); referred from District "
     "Headquarters Hospital Charsadda.\n"
     "History: LPG cylinder leak with flash fire in the kitchen at about 21:30 while cooking for Eid ul Azha; her "
     "dupatta and qameez caught fire; mother-in-law poured water. No loss of consciousness. Spoken to alone: no "
     "concerns about violence at home.\n"
     "Exam: alert, GCS 15; HR 118, BP 104/66, RR 22, SpO2 95% on air. Singed nasal hair and eyebrows, hoarse voice, "
     "no stridor - suspected inhalation injury.\n"
     "Burn assessment (Rule of Nines): TBSA 28% - face and neck 4% (superficial partial), both upper limbs 14%, "
     "anterior trunk 10% (mixed partial thickness); circumferential deep burn of the L forearm.\n"
     "Plan: Parkland formula 4 mL x 62 kg x 28% = 6,944 mL Ringer's lactate over 24 h, half in the first 8 h from "
     "the time of burn; Foley catheter, urine output target 0.5 mL/kg/h; anaesthesia to assess airway for early "
     "intubation; bedside escharotomy of the L forearm; silver sulfadiazine 1% dressings; tetanus toxoid; "
     "omeprazole; early feeding.\n"
     "Consultant: Prof. Dr. Farzana Yousafzai | PMDC 18427-N | Registrar: Dr. Hamza Ullah Marwat",
     [("HOSPITAL", ["Lady Reading Hospital"]), ("LOCATION", ["Peshawar"]), ("MRN", ["LRH-2025-0418273"]),
      ("DATE", ["07-Jun-2025"]), ("NAME", ["Gul Bano"]), ("NAME", ["Sher Afzal", "Khan"]), ("ID", ["17301-4182736-2"]),
      ("PHONE", ["0315-5554182"]), ("ADDRESS", ["House No. 14, Street 3"]), ("LOCATION", ["Mohallah Qazian"]),
      ("LOCATION", ["Charsadda"]), ("NAME", ["Zarwali"]), ("PLATE", ["PRC 4182"]),
      ("HOSPITAL", ["District Headquarters Hospital Charsadda"]), ("DATE", ["Eid ul Azha"]),
      ("NAME", ["Farzana", "Yousafzai"]), ("LICENCE", ["18427-N"]), ("NAME", ["Hamza Ullah", "Marwat"])],
     ["GCS 15", "inhalation injury", "Rule of Nines", "TBSA 28%", "Parkland formula", "Ringer's lactate", "0.5 mL/kg/h",
      "escharotomy", "silver sulfadiazine 1%"]),

    # 24 - Greece, Messinia (Kalamata): oncology referral letter for genetic testing with a family-history section
    # (Greek)
    ("Γενικό Νοσοκομείο Μεσσηνίας - Νοσηλευτική Μονάδα Καλαμάτας | Ογκολογικό Ιατρείο\n"
     "Αντικάλαμος, 24100 Καλαμάτα | τηλ. 27210 55 418\n"
     "\n"
     "Καλαμάτα, 9 Ιανουαρίου 2026\n"
     "\n"
     "Προς: Μονάδα Κληρονομικού Καρκίνου, Νοσοκομείο «Αλεξάνδρα», Αθήνα\n"
     "\n"
     "Θέμα: Παραπομπή για γενετικό έλεγχο της κ. Παναγιώτας Μαυρομμάτη-Σαράφη του Σπύρου, 38 ετών, γεν. 19/02/1987, "
     "ΑΜΚΑ 19028702645, κατοίκου Κορώνης (Ζαΐμη 9), καθηγήτριας στο Γυμνάσιο Πύλου. Τηλ. 694 555 1827, "
     "p.mavrommati@sch.gr\n"
     "\n"
     "Αγαπητοί συνάδελφοι,\n"
     "Η ασθενής διαγνώστηκε τον Οκτώβριο με καρκίνωμα αριστερού μαστού, triple-negative (ER 0%, PR 0%, HER2 0), "
     "Ki-67 70%, cT2N1, και ξεκίνησε νεοεπικουρική χημειοθεραπεία κατά KEYNOTE-522.\n"
     "\n"
     "Οικογενειακό ιστορικό\n"
     "- Πατέρας: Σπύρος Μαυρομμάτης, 66 ετών, υγιής.\n"
     "- Αδελφή του πατέρα: Γεωργία Μαυρομμάτη, καρκίνος ωοθηκών (υψηλόβαθμο ορώδες) στα 49, απεβίωσε στα 52.\n"
     "- Γιαγιά από τον πατέρα: Αγγελική, από τη Μεθώνη, καρκίνος μαστού στα 41.\n"
     "- Μητέρα: Χρυσάνθη, 63 ετών, υγιής.\n"
     "- Αδελφή: Ευαγγελία (Λίτσα), 35 ετών, υγιής.\n"
     "- Κόρη: Μαρίνα, 9 ετών.\n"
     "Manchester score 24.\n"
     "\n"
     "Παρακαλώ για έλεγχο BRCA1/BRCA2 και πολυγονιδιακό πάνελ (PALB2, RAD51C, RAD51D), καθώς το αποτέλεσμα θα "
     "επηρεάσει την επιλογή χειρουργείου και την ένδειξη για olaparib, και για συμβουλευτική της αδελφής της.\n"
     "\n"
     "Με εκτίμηση,\n"
     "Διονύσης Κουτσογιαννόπουλος, Παθολόγος-Ογκολόγος",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Μεσσηνίας"]), ("HOSPITAL", ["Νοσηλευτική Μονάδα Καλαμάτας"]),
      ("LOCATION", ["Αντικάλαμος"]), ("POSTCODE", ["24100"]), ("LOCATION", ["Καλαμάτα"]), ("PHONE", ["27210 55 418"]),
      ("DATE", ["9 Ιανουαρίου 2026"]), ("HOSPITAL", ["Αλεξάνδρα"]), ("LOCATION", ["Αθήνα"]),
      ("NAME", ["Παναγιώτας", "Μαυρομμάτη-Σαράφη"]), ("NAME", ["Σπύρου"]), ("DATE", ["19/02/1987"]),
      ("ID", ["19028702645"]), ("LOCATION", ["Κορώνης"]), ("ADDRESS", ["Ζαΐμη 9"]), ("LOCATION", ["Γυμνάσιο Πύλου"]),
      ("PHONE", ["694 555 1827"]), ("EMAIL", ["p.mavrommati@sch.gr"]), ("DATE", ["Οκτώβριο"]),
      ("NAME", ["Σπύρος", "Μαυρομμάτης"]), ("NAME", ["Γεωργία", "Μαυρομμάτη"]), ("NAME", ["Αγγελική"]),
      ("LOCATION", ["Μεθώνη"]), ("NAME", ["Χρυσάνθη"]), ("NAME", ["Ευαγγελία"]), ("NAME", ["Λίτσα"]),
      ("NAME", ["Μαρίνα"]), ("NAME", ["Διονύσης", "Κουτσογιαννόπουλος"])],
     ["triple-negative", "ER 0%", "Ki-67 70%", "KEYNOTE-522", "υψηλόβαθμο ορώδες", "Manchester score 24", "BRCA1/BRCA2",
      "PALB2", "olaparib"]),

    # 25 - Guyana, Potaro-Siparuni (Mahdia): malaria case notification and investigation form, gold miner
    ("MINISTRY OF HEALTH, GUYANA - Vector Control Services\n"
     "MALARIA CASE NOTIFICATION AND INVESTIGATION FORM\n"
     "Case ID: GY-MAL-25-04182 | Notified 17/03/2025 | Reporting facility: Mahdia District Hospital\n"
     "Patient: Shondell Persaud-Fraser | 31 M | DOB 04/08/1993 | National ID 141827365 | Phone +592 655 4182\n"
     "Usual residence: Lot 18 Public Road, Better Hope, East Coast Demerara\n"
     "Occupation: gold miner (pork-knocker) with Tiger Creek Mining Inc. at the Konawaruk backdam; in the interior "
     "since Jan 5, came out to Mahdia on Mar 14. Was planning to go home for Phagwah.\n"
     "Onset of symptoms: 12/03/2025 - fever, chills, headache, vomiting.\n"
     "Diagnosis: RDT (Pf/Pv) positive for Pf. Microscopy: Plasmodium falciparum, parasitaemia 3.2%, gametocytes "
     "seen; no P. vivax seen. Hb 10.4 g/dL. No danger signs, no features of severe malaria. G6PD normal.\n"
     "Treatment: Coartem (artemether-lumefantrine 20/120 mg) 4 tablets BD for 3 days, first dose observed 17/03 "
     "10:00; primaquine 0.25 mg/kg single dose.\n"
     "Follow-up: smears on day 3 and day 28. Case classification: locally acquired, Region 8.\n"
     "Contacts: co-workers Ravindra and Colin at the camp tested - RDT negative. LLIN given to all; spray team sent "
     "to the camp.\n"
     "Investigator: Medex Nadira Bacchus | Reg. MX-418",
     [("ID", ["GY-MAL-25-04182"]), ("DATE", ["17/03/2025"]), ("HOSPITAL", ["Mahdia District Hospital"]),
      ("NAME", ["Shondell", "Persaud-Fraser"]), ("DATE", ["04/08/1993"]), ("ID", ["141827365"]),
      ("PHONE", ["+592 655 4182"]), ("ADDRESS", ["Lot 18 Public Road"]), ("LOCATION", ["Better Hope"]),
      ("LOCATION", ["East Coast Demerara"]), ("LOCATION", ["Tiger Creek Mining Inc."]), ("LOCATION", ["Konawaruk"]),
      ("DATE", ["Jan 5"]), ("LOCATION", ["Mahdia"]), ("DATE", ["Mar 14"]), ("DATE", ["Phagwah"]),
      ("DATE", ["12/03/2025"]), ("DATE", ["17/03"]), ("NAME", ["Ravindra"]), ("NAME", ["Colin"]),
      ("NAME", ["Nadira", "Bacchus"]), ("LICENCE", ["MX-418"])],
     ["RDT (Pf/Pv)", "Plasmodium falciparum", "parasitaemia 3.2%", "Hb 10.4 g/dL", "G6PD normal", "Coartem",
      "artemether-lumefantrine 20/120 mg", "primaquine 0.25 mg/kg", "LLIN"]),

    # 26 - Tonga (Tongatapu): paediatric rheumatic heart disease clinic list
    ("Vaiola Hospital, Tofoa, Nukuʻalofa - Paediatric Outpatients\n"
     "RHEUMATIC HEART DISEASE CLINIC LIST | Thursday 2025-09-11\n"
     "Doctor: Dr Siaosi Taufa | Clinic nurse: Sister ʻAna Fifita\n"
     "\n"
     "1. Mele Lātū | 14 F | DOB 2011-03-22 | VH-041827 | Kolofoʻou | Tonga High School, Form 4\n"
     "   ARF with carditis; moderate MR. BPG 1.2 MU IM q28d - last 2025-08-14, on time. Echo today; BPG due today. "
     "Mum Kalolaine 77 41827.\n"
     "2. Sione Vainikolo | 16 M | DOB 2009-07-04 | VH-052918 | Neiafu, Vavaʻu\n"
     "   Sydenham chorea since May, improving on sodium valproate 10 mg/kg BD. Missed 2 BPG doses (no ferry). Rev. "
     "Tevita Moala from his church will bring him to the Neiafu clinic for the next ones.\n"
     "3. Losaline Tuipulotu | 19 F | DOB 2006-01-30 | VH-038274 | Haveluloto\n"
     "   RHD with severe MS, MVA 0.9 cm2; 24 weeks pregnant. For PBMV - referral to Middlemore Hospital, Auckland "
     "through the overseas treatment committee; husband's phone 87 55418.\n"
     "4. Viliami Fonua | 11 M | DOB 2014-05-18 | VH-061193 | Lifuka, Haʻapai\n"
     "   New case: fever and migratory polyarthritis, new apical murmur. ASO titre 800 IU/mL, CRP 88. Jones criteria "
     "(2015 revision): 2 major - carditis and polyarthritis. Admit; echo; start aspirin and BPG.\n"
     "5. ʻOfa Kaufusi | 17 F | DOB 2008-10-02 | VH-047720 | Fasi | Queen Salote College\n"
     "   Mild MR, no progression. BPG every 28 days, all on time. Discharge from the register to be discussed.",
     [("HOSPITAL", ["Vaiola Hospital"]), ("LOCATION", ["Tofoa"]), ("LOCATION", ["Nukuʻalofa"]),
      ("DATE", ["2025-09-11"]), ("NAME", ["Siaosi", "Taufa"]), ("NAME", ["ʻAna", "Fifita"]), ("NAME", ["Mele", "Lātū"]),
      ("DATE", ["2011-03-22"]), ("MRN", ["VH-041827"]), ("LOCATION", ["Kolofoʻou"]),
      ("LOCATION", ["Tonga High School"]), ("DATE", ["2025-08-14"]), ("NAME", ["Kalolaine"]), ("PHONE", ["77 41827"]),
      ("NAME", ["Sione", "Vainikolo"]), ("DATE", ["2009-07-04"]), ("MRN", ["VH-052918"]), ("LOCATION", ["Neiafu"]),
      ("LOCATION", ["Vavaʻu"]), ("DATE", ["May"]), ("NAME", ["Tevita", "Moala"]), ("NAME", ["Losaline", "Tuipulotu"]),
      ("DATE", ["2006-01-30"]), ("MRN", ["VH-038274"]), ("LOCATION", ["Haveluloto"]),
      ("HOSPITAL", ["Middlemore Hospital"]), ("LOCATION", ["Auckland"]), ("PHONE", ["87 55418"]),
      ("NAME", ["Viliami", "Fonua"]), ("DATE", ["2014-05-18"]), ("MRN", ["VH-061193"]), ("LOCATION", ["Lifuka"]),
      ("LOCATION", ["Haʻapai"]), ("NAME", ["ʻOfa", "Kaufusi"]), ("DATE", ["2008-10-02"]), ("MRN", ["VH-047720"]),
      ("LOCATION", ["Fasi"]), ("LOCATION", ["Queen Salote College"])],
     ["moderate MR", "BPG 1.2 MU IM q28d", "Sydenham chorea", "sodium valproate 10 mg/kg BD", "MVA 0.9 cm2", "PBMV",
      "ASO titre 800 IU/mL", "Jones criteria (2015 revision)"]),

    # 27 - United Arab Emirates (Dubai): level 1 trauma team activation record, pedestrian struck by a pick-up
    ("Rashid Hospital Trauma Centre, Oud Metha - TRAUMA TEAM ACTIVATION RECORD (Level 1)\n"
     "Date/time: 21/08/2025 13:42 | MRN 2041827365 | Ambulance ref 25-0821-4182\n"
     "Patient: Shibu Varghese S/o Varghese Thomas | 38 M | DOB 02/02/1987 | Emirates ID 784-1987-4182736-8 | Mobile "
     "+971 50 555 1827\n"
     "Employer: Al Noor Scaffolding LLC, Jebel Ali Industrial Area 1; lives in the company labour camp in Sonapur.\n"
     "Mechanism: pedestrian struck by a pick-up (plate L 41827) at about 50 km/h on the Al Khail Road service road "
     "near Al Quoz.\n"
     "Primary survey: A - patent, talking; collar on. B - RR 28, SpO2 93%, reduced air entry L, surgical emphysema L "
     "chest. C - HR 126, BP 88/54, FAST positive (LUQ and pelvis), pelvic binder applied. D - GCS 14 (E3V5M6), "
     "pupils equal and reactive. E - T 37.2, abrasions L flank.\n"
     "Interventions: L chest drain 28Fr (400 mL blood); TXA 1 g IV over 10 min; MTP activated 13:55 (4 PRBC:4 FFP:1 "
     "platelets); straight to OR, CT pan-scan after.\n"
     "Operative findings: Grade IV splenic injury (AAST), L ribs 7-10 fractured, pelvic fracture APC II.\n"
     "Team leader: Dr. Hessa Al Falasi | DHA licence DHA-P-0041827 | Scribe: RN Jocelyn Macaraeg\n"
     "Family: cousin Biju Mathew +971 55 555 0418; he told the patient's wife in Kottayam by WhatsApp.",
     [("HOSPITAL", ["Rashid Hospital Trauma Centre"]), ("LOCATION", ["Oud Metha"]), ("DATE", ["21/08/2025"]),
      ("MRN", ["2041827365"]), ("ID", ["25-0821-4182"]), ("NAME", ["Shibu", "Varghese"]),
      ("NAME", ["Varghese", "Thomas"]), ("DATE", ["02/02/1987"]), ("ID", ["784-1987-4182736-8"]),
      ("PHONE", ["+971 50 555 1827"]), ("LOCATION", ["Al Noor Scaffolding LLC"]),
      ("LOCATION", ["Jebel Ali Industrial Area 1"]), ("LOCATION", ["Sonapur"]), ("PLATE", ["L 41827"]),
      ("ADDRESS", ["Al Khail Road"]), ("LOCATION", ["Al Quoz"]), ("NAME", ["Hessa", "Al Falasi"]),
      ("LICENCE", ["DHA-P-0041827"]), ("NAME", ["Jocelyn", "Macaraeg"]), ("NAME", ["Biju", "Mathew"]),
      ("PHONE", ["+971 55 555 0418"]), ("LOCATION", ["Kottayam"])],
     ["surgical emphysema", "FAST positive", "pelvic binder", "GCS 14 (E3V5M6)", "chest drain 28Fr", "TXA 1 g IV",
      "4 PRBC:4 FFP:1", "Grade IV splenic injury", "APC II"]),

    # 28 - Malta: patient-portal message thread with a pre-operative anaesthetic assessment
    ("myHealth Malta - secure messages, filed to the Mater Dei Hospital record\n"
     "https://myhealth.gov.mt/messages/thread/41827365\n"
     "Patient: Ġużeppi (Joseph) Camilleri-Zammit | ID card 0418273M | DOB 19/03/1957 | Hospital reg. 0741827\n"
     "Address: Ta' Ġorġ, Triq il-Wied, Żebbuġ ZBG 1418\n"
     "\n"
     "03/10/2025 19:02 - Ġużeppi (logged in from 46.11.184.27):\n"
     "Good evening. I have my gallbladder operation on 20 October. I use a CPAP machine at night (ResMed AirSense "
     "10, serial 23164180725) - must I bring it? I also take Xarelto 20 mg. My daughter Marija will bring me. My son "
     "works nights at the Malta Freeport in Birżebbuġa so he cannot come.\n"
     "\n"
     "06/10/2025 08:40 - Charmaine Vella Bonnici, Pre-operative Assessment Nurse:\n"
     "Yes, please bring your CPAP machine and mask. Take your last Xarelto on the evening of 17/10 - no bridging is "
     "needed. Please bring all your medicines to your pre-op appointment on 09/10 at 09:30.\n"
     "\n"
     "PRE-OPERATIVE ANAESTHETIC ASSESSMENT - 09/10/2025\n"
     "Procedure: laparoscopic cholecystectomy. BMI 36; OSA on CPAP (AHI 38 at diagnosis), STOP-BANG 6, Mallampati 3, "
     "neck 45 cm. AF on rivaroxaban, CHA2DS2-VASc 3. T2DM on metformin, HbA1c 7.4%. Breathless after one flight of "
     "stairs - METs < 4. ECG: AF, rate 78. Echo 2024: EF 50%. ASA III, RCRI 2.\n"
     "Plan: GA with videolaryngoscope available; CPAP in recovery and on the ward; omit metformin on the morning of "
     "surgery; HDU bed not needed.\n"
     "Dr Albert Grech Sant, Anaesthetist | MMC Reg. 4182",
     [("HOSPITAL", ["Mater Dei Hospital"]), ("URL", ["https://myhealth.gov.mt/messages/thread/41827365"]),
      ("NAME", ["Ġużeppi", "Joseph", "Camilleri-Zammit"]), ("ID", ["0418273M"]), ("DATE", ["19/03/1957"]),
      ("MRN", ["0741827"]), ("ADDRESS", ["Ta' Ġorġ"]), ("ADDRESS", ["Triq il-Wied"]), ("LOCATION", ["Żebbuġ"]),
      ("POSTCODE", ["ZBG 1418"]), ("DATE", ["03/10/2025"]), ("IP", ["46.11.184.27"]), ("DATE", ["20 October"]),
      ("SERIAL", ["23164180725"]), ("NAME", ["Marija"]), ("LOCATION", ["Malta Freeport"]), ("LOCATION", ["Birżebbuġa"]),
      ("DATE", ["06/10/2025"]), ("NAME", ["Charmaine", "Vella Bonnici"]), ("DATE", ["17/10"]), ("DATE", ["09/10"]),
      ("DATE", ["09/10/2025"]), ("NAME", ["Albert", "Grech Sant"]), ("LICENCE", ["4182"])],
     ["ResMed AirSense 10", "Xarelto 20 mg", "AHI 38", "STOP-BANG 6", "Mallampati 3", "CHA2DS2-VASc 3", "HbA1c 7.4%",
      "METs < 4", "ASA III", "RCRI 2"]),

    # 29 - China, Yunnan (Xishuangbanna): emergency department record, Amanita mushroom poisoning in a Dai family
    # (simplified Chinese)
    ("西双版纳傣族自治州人民医院 急诊科\n"
     "急诊病历\n"
     "就诊时间：2025年7月6日 08:20    急诊号：JZ2507060418\n"
     "姓名：玉香  性别：女  年龄：53岁  民族：傣族  身份证号：532801197203092863\n"
     "住址：景洪市勐罕镇曼景罕村12号\n"
     "联系人：丈夫 岩温，电话 139 8811 4182；女儿 玉罕，微信号 yuhan_bn0418\n"
     "主诉：进食自采野生菌后腹痛、呕吐、腹泻1天余。\n"
     "现病史：患者7月4日傍晚在自家橡胶林采集白色野生菌，与丈夫及邻居共3人煮食，约10小时后出现剧烈腹痛、水样泻十余次、"
     "呕吐，后症状一度缓解（假愈期），今晨出现乏力、尿黄。丈夫症状较轻。在勐罕镇卫生院补液后转来我院。\n"
     "查体：T 36.8℃，P 112次/分，BP 96/60 mmHg，神清，皮肤巩膜轻度黄染，肝区叩痛阳性。\n"
     "辅助检查：ALT 2860 U/L，AST 3120 U/L，TBil 68 μmol/L，PT 24.6 s，INR 3.8，肌酐 142 "
     "μmol/L。尿鹅膏毒素快速检测阳性。\n"
     "初步诊断：1. 急性鹅膏菌中毒（迟发型胃肠炎型）并急性肝损伤 2. 凝血功能障碍\n"
     "处理：1. 水飞蓟宾 20 mg/kg/d 静滴；2. N-乙酰半胱氨酸（NAC）静脉泵入；3. 血液灌流2次；4. "
     "联系昆明医科大学第一附属医院肝移植中心评估，必要时转院；5. 上报疾控中心，电话通知邻居刀建华立即来院就诊。\n"
     "医师：罗晓梅    2025年7月6日 08:55",
     [("HOSPITAL", ["西双版纳傣族自治州人民医院"]), ("DATE", ["2025年7月6日"]), ("MRN", ["JZ2507060418"]),
      ("NAME", ["玉香"]), ("ID", ["532801197203092863"]), ("LOCATION", ["景洪市"]), ("LOCATION", ["勐罕镇"]),
      ("ADDRESS", ["曼景罕村12号"]), ("NAME", ["岩温"]), ("PHONE", ["139 8811 4182"]), ("NAME", ["玉罕"]),
      ("HANDLE", ["yuhan_bn0418"]), ("DATE", ["7月4日"]), ("HOSPITAL", ["勐罕镇卫生院"]),
      ("HOSPITAL", ["昆明医科大学第一附属医院"]), ("NAME", ["刀建华"]), ("NAME", ["罗晓梅"])],
     ["假愈期", "ALT 2860 U/L", "INR 3.8", "鹅膏毒素", "鹅膏菌中毒", "水飞蓟宾 20 mg/kg/d", "N-乙酰半胱氨酸（NAC）",
      "血液灌流"]),

    # 30 - Austria, Tyrol (Innsbruck): intensive care transfer letter after avalanche burial with accidental hypothermia
    # and ECMO rewarming (German)
    ("Tirol Kliniken - Medizinische Universität Innsbruck\n"
     "Universitätsklinik für Anästhesie und Intensivmedizin, Anichstraße 35, 6020 Innsbruck\n"
     "Tel. +43 50 504-81827 | Fax +43 50 504-81899\n"
     "\n"
     "VERLEGUNGSBRIEF - Innsbruck, am 9. Februar 2026\n"
     "\n"
     "An das Bezirkskrankenhaus Schwaz, Abteilung für Innere Medizin, z. Hd. OA Dr. Lukas Pfurtscheller\n"
     "\n"
     "Betrifft: Herrn Alois Kröll-Gstrein, geb. 11.07.1979, SVNR 4183 110779, Pat.-Zl. 2026-041827, wohnhaft "
     "Dorfstraße 14, 6353 Going am Wilden Kaiser; Liftwart bei den Bergbahnen Going\n"
     "\n"
     "Sehr geehrter Herr Kollege,\n"
     "wir berichten über Herrn Kröll-Gstrein, der am 1. Februar bei einer Skitour am Gaislachkogel bei Sölden "
     "(Ötztal) von einer Lawine vollständig verschüttet wurde. Verschüttungsdauer ca. 95 Minuten, Atemhöhle "
     "vorhanden; Bergung durch die Bergrettung, Transport mit dem Notarzthubschrauber OE-XEC.\n"
     "Bei Aufnahme: Kerntemperatur (ösophageal) 24,1 °C, Kammerflimmern, Swiss Staging HT IV, Kalium 4,1 mmol/l, "
     "HOPE-Score 58 % Überlebenswahrscheinlichkeit. Wiedererwärmung an der VA-ECMO (Cardiohelp, SN 90418273); ROSC "
     "nach Defibrillation bei 30 °C. Im EKG initial Osborn-Welle.\n"
     "Verlauf: ECMO-Entwöhnung am 3. Februar, Extubation am 5. Februar. Rhabdomyolyse mit CK max 18.400 U/l, ohne "
     "Nierenersatztherapie. Neurologisch unauffällig, GCS 15, CPC 1. Erfrierungen Grad II an beiden Händen, "
     "konservativ.\n"
     "Medikation: Enoxaparin 40 mg s.c. 1x tgl., Pantoprazol 40 mg 1x tgl., Paracetamol 1 g bis 4x tgl.\n"
     "Die Ehefrau, Frau Veronika Kröll-Gstrein (Tel. +43 664 555 4182), ist informiert. Der Patient möchte zu Ostern "
     "wieder auf Tour gehen.\n"
     "\n"
     "Mit freundlichen kollegialen Grüßen\n"
     "OÄ Dr. Johanna Haselwanter-Riedl, Fachärztin für Anästhesiologie und Intensivmedizin\n"
     "Ass. Dr. Matthias Oberhofer",
     [("HOSPITAL", ["Tirol Kliniken"]), ("HOSPITAL", ["Medizinische Universität Innsbruck"]),
      ("ADDRESS", ["Anichstraße 35"]), ("POSTCODE", ["6020"]), ("LOCATION", ["Innsbruck"]),
      ("PHONE", ["+43 50 504-81827"]), ("PHONE", ["+43 50 504-81899"]), ("DATE", ["9. Februar 2026"]),
      ("HOSPITAL", ["Bezirkskrankenhaus Schwaz"]), ("NAME", ["Lukas", "Pfurtscheller"]),
      ("NAME", ["Alois", "Kröll-Gstrein"]), ("DATE", ["11.07.1979"]), ("ID", ["4183 110779"]), ("MRN", ["2026-041827"]),
      ("ADDRESS", ["Dorfstraße 14"]), ("POSTCODE", ["6353"]), ("LOCATION", ["Going am Wilden Kaiser"]),
      ("LOCATION", ["Bergbahnen Going"]), ("LOCATION", ["Going"]), ("DATE", ["1. Februar"]),
      ("LOCATION", ["Gaislachkogel"]), ("LOCATION", ["Sölden"]), ("LOCATION", ["Ötztal"]), ("PLATE", ["OE-XEC"]),
      ("SERIAL", ["90418273"]), ("DATE", ["3. Februar"]), ("DATE", ["5. Februar"]), ("NAME", ["Veronika"]),
      ("PHONE", ["+43 664 555 4182"]), ("DATE", ["Ostern"]), ("NAME", ["Johanna", "Haselwanter-Riedl"]),
      ("NAME", ["Matthias", "Oberhofer"])],
     ["Kerntemperatur (ösophageal) 24,1 °C", "Kammerflimmern", "Swiss Staging HT IV", "Kalium 4,1 mmol/l", "HOPE-Score",
      "VA-ECMO", "Osborn-Welle", "CK max 18.400 U/l", "CPC 1", "Enoxaparin 40 mg"]),

    # 31 - Northern Ireland, Co. Fermanagh (Enniskillen): falls and bone health clinic letter to a GP, patient aged 96
    ("Western Health and Social Care Trust - South West Acute Hospital\n"
     "124 Irvinestown Road, Enniskillen BT74 6DN | Falls and Bone Health Clinic\n"
     "Dictated 12/11/2025 | Typed 14/11/2025\n"
     "\n"
     "Dr Orla McCaffrey-Gault\n"
     "Lisnaskea Health Centre, Drumhaw, Lisnaskea BT92 0JB\n"
     "\n"
     "Dear Dr McCaffrey-Gault,\n"
     "Re: Mrs Winifred Maguire-Cathcart, aged 96, DOB 23/05/1929, H&C 328 174 9054, Hosp No. SW0418273\n"
     "4 Tattygar Road, Lisbellaw BT94 5DR\n"
     "\n"
     "I saw this lively 96-year-old in the Falls Clinic with her granddaughter Shauna. She was widowed in 1987 (her "
     "husband Hugh was a cattle dealer at Enniskillen mart) and lives alone. She has had three falls since August, "
     "the last on Halloween night going to answer the door; no loss of consciousness, but she lay on the floor for 2 "
     "hours until her neighbour Paddy found her.\n"
     "Background: R total hip replacement 2008, L wrist fracture 1996, hypertension, AF, CKD 3a, mild cognitive "
     "impairment.\n"
     "Medication: amlodipine 10 mg, bendroflumethiazide 2.5 mg, doxazosin 4 mg (added in 2019), edoxaban 30 mg, "
     "zopiclone 7.5 mg nocte, Adcal-D3 one tablet BD.\n"
     "Findings: lying BP 158/80, standing 126/66 at 3 minutes - orthostatic drop 32/14 mmHg with dizziness. TUG 19 s "
     "with a stick. CFS 5. 4AT 0. FRAX (with BMD): major osteoporotic fracture 34%, hip 16%. Vitamin D 31 nmol/L.\n"
     "Plan: I have stopped doxazosin and bendroflumethiazide and started a slow zopiclone taper. Please start "
     "alendronic acid 70 mg weekly (she can sit upright for 30 minutes) once her vitamin D is replaced. Referred to "
     "the community Otago exercise programme. She is determined to be home for Christmas, to be at her "
     "great-granddaughter's wedding on the twenty-first of March, and tells me she will be 97 on 23 May.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Niamh Corrigan-Stewart, Consultant Geriatrician | GMC 6418273",
     [("HOSPITAL", ["Western Health and Social Care Trust"]), ("HOSPITAL", ["South West Acute Hospital"]),
      ("ADDRESS", ["124 Irvinestown Road"]), ("LOCATION", ["Enniskillen"]), ("POSTCODE", ["BT74 6DN"]),
      ("DATE", ["12/11/2025"]), ("DATE", ["14/11/2025"]), ("NAME", ["Orla", "McCaffrey-Gault"]),
      ("HOSPITAL", ["Lisnaskea Health Centre"]), ("LOCATION", ["Drumhaw"]), ("LOCATION", ["Lisnaskea"]),
      ("POSTCODE", ["BT92 0JB"]), ("NAME", ["Winifred", "Maguire-Cathcart"]), ("AGE", ["aged 96"]),
      ("DATE", ["23/05/1929"]), ("ID", ["328 174 9054"]), ("MRN", ["SW0418273"]), ("ADDRESS", ["4 Tattygar Road"]),
      ("LOCATION", ["Lisbellaw"]), ("POSTCODE", ["BT94 5DR"]), ("AGE", ["96-year-old"]), ("NAME", ["Shauna"]),
      ("DATE", ["1987"]), ("NAME", ["Hugh"]), ("LOCATION", ["Enniskillen mart"]), ("DATE", ["August"]),
      ("DATE", ["Halloween"]), ("NAME", ["Paddy"]), ("DATE", ["2008"]), ("DATE", ["1996"]), ("DATE", ["2019"]),
      ("DATE", ["Christmas"]), ("DATE", ["the twenty-first of March"]), ("AGE", ["97"]), ("DATE", ["23 May"]),
      ("NAME", ["Niamh", "Corrigan-Stewart"]), ("LICENCE", ["6418273"])],
     ["edoxaban 30 mg", "Adcal-D3", "orthostatic drop 32/14 mmHg", "TUG 19 s", "CFS 5", "FRAX", "Vitamin D 31 nmol/L",
      "alendronic acid 70 mg weekly", "Otago exercise programme"]),

    # 32 - Cyprus (Limassol): haemovigilance transfusion reaction report, thalassaemia unit (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Μονάδα Θαλασσαιμίας / Υπηρεσία Αιμοδοσίας\n"
     "Οδός Νίκαιας, 4131 Ύψωνας\n"
     "ΕΝΤΥΠΟ ΑΝΑΦΟΡΑΣ ΑΝΤΙΔΡΑΣΗΣ ΜΕΤΑΓΓΙΣΗΣ (Αιμοεπαγρύπνηση) | Ημερομηνία: 14/10/2025\n"
     "Ασθενής: Χαράλαμπος Χατζηπαναγή του Ανδρέα, 34 ετών, γεν. 02/04/1991, Αρ. Ταυτότητας 1048273, Αρ. Φακέλου "
     "ΓΝΛ-418273, Τηλ. 99 555 182\n"
     "Διεύθυνση: Αρχιεπισκόπου Μακαρίου Γ' 27, 4044 Γερμασόγεια. Λογιστής στο ξενοδοχείο «Αφροδίτη Beach» στη "
     "Λεμεσό.\n"
     "Ιστορικό: β-θαλασσαιμία major, μεταγγίζεται κάθε 3 εβδομάδες από 2 ετών (τελευταία φορά στις 23 Σεπτεμβρίου), "
     "σπληνεκτομή 2004. Χηλίωση με Jadenu· ferritin 2.400 ng/mL, MRI T2* καρδιάς 18 ms.\n"
     "Περιγραφή: Κατά τη μετάγγιση της 2ης μονάδας συμπυκνωμένων ερυθρών (αρ. μονάδας CY25 041827 3, A Rh+), 35 "
     "λεπτά μετά την έναρξη: ρίγος, πυρετός 38,9 °C (από 36,8 °C), ΑΠ 132/78, σφύξεις 104/λεπτό. Χωρίς δύσπνοια, "
     "κνίδωση ή οσφυαλγία. Η μετάγγιση διακόπηκε στις 11:25. Αντλία έγχυσης Alaris GP, S/N 800418273.\n"
     "Έλεγχος: επανέλεγχος στοιχείων ασθενούς και μονάδας - σωστά. Άμεση Coombs αρνητική, χωρίς αιμόλυση (LDH και "
     "χολερυθρίνη φυσιολογικές), καλλιέργεια ασκού αρνητική.\n"
     "Συμπέρασμα: Πυρετική μη αιμολυτική αντίδραση μετάγγισης (FNHTR), βαθμός σοβαρότητας 1. Αγωγή: παρακεταμόλη 1 g "
     "ΕΦ. Σύσταση: λευκαφαιρεμένα ερυθρά (ήδη) και προφαρμακευτική αγωγή με παρακεταμόλη.\n"
     "Ενημερώθηκε η μητέρα του, Ανδρούλλα, στο 99 555 604.\n"
     "Αναφέρουσα: Στέλλα Χριστοδούλου, Νοσηλεύτρια | Αιματολόγος: Δρ Σάββας Ιωαννίδης-Πέτρου",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("ADDRESS", ["Οδός Νίκαιας"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Ύψωνας"]), ("DATE", ["14/10/2025"]), ("NAME", ["Χαράλαμπος", "Χατζηπαναγή"]), ("NAME", ["Ανδρέα"]),
      ("DATE", ["02/04/1991"]), ("ID", ["1048273"]), ("MRN", ["ΓΝΛ-418273"]), ("PHONE", ["99 555 182"]),
      ("ADDRESS", ["Αρχιεπισκόπου Μακαρίου Γ' 27"]), ("POSTCODE", ["4044"]), ("LOCATION", ["Γερμασόγεια"]),
      ("LOCATION", ["Αφροδίτη Beach"]), ("LOCATION", ["Λεμεσό"]), ("DATE", ["23 Σεπτεμβρίου"]),
      ("ID", ["CY25 041827 3"]), ("SERIAL", ["800418273"]), ("NAME", ["Ανδρούλλα"]), ("PHONE", ["99 555 604"]),
      ("NAME", ["Στέλλα", "Χριστοδούλου"]), ("NAME", ["Σάββας", "Ιωαννίδης-Πέτρου"])],
     ["β-θαλασσαιμία major", "Jadenu", "ferritin 2.400 ng/mL", "MRI T2* καρδιάς 18 ms", "πυρετός 38,9 °C",
      "Άμεση Coombs αρνητική", "FNHTR", "παρακεταμόλη 1 g ΕΦ", "λευκαφαιρεμένα ερυθρά"]),

    # 33 - England, North Yorkshire (Whitby): community midwife antenatal booking record
    ("South Tees Hospitals NHS Foundation Trust - Community Midwifery, Whitby\n"
     "ANTENATAL BOOKING RECORD | Booked 06/01/2026 (home visit) at 8+4 weeks\n"
     "LMP 07/11/2025 | EDD 14/08/2026 (to confirm at dating scan)\n"
     "Woman: Ms Lacey Harland-Storr | DOB 17/04/1994 | NHS 593 027 4185 | Hosp No. JC0418273\n"
     "Mobile 07947 555 418 | lacey.harland@icloud.com\n"
     "Hand-held notes on the BadgerNotes app: https://app.badgernotes.co.uk/pregnancy/JC0418273\n"
     "Address: 3 Esk Terrace, Sleights, Whitby YO22 5BA\n"
     "Partner: Dean Fewster, crew on the coble Good Intent (WY 418), out of Whitby.\n"
     "GP: Esk Valley Surgery\n"
     "Obstetric history: G2 P1 - emergency LSCS 2021 at James Cook University Hospital for failure to progress; son "
     "Alfie well.\n"
     "Medical: BMI 34; asthma (Clenil 100 mcg 2 puffs BD); anxiety on sertraline 50 mg. Smokes 5 a day, CO 12 ppm - "
     "referred to the stop-smoking midwife.\n"
     "Risks and plan: aspirin 150 mg nocte from 12 to 36 weeks (BMI > 30 and interpregnancy interval); GDM risk - "
     "OGTT at 24-28 weeks; VBAC vs ERCS discussion at 36 weeks in Miss Harriet Bainbridge-Akande's clinic. Blood "
     "group O Rh negative - anti-D at 28 weeks. Combined screening (NT, PAPP-A, hCG) with the dating scan at Whitby "
     "Community Hospital on 20/01/2026. Routine enquiry about domestic abuse made alone - no concerns.\n"
     "Midwife: Rebecca Thackray, RM | NMC PIN 14Y1827E",
     [("HOSPITAL", ["South Tees Hospitals NHS Foundation Trust"]), ("LOCATION", ["Whitby"]), ("DATE", ["06/01/2026"]),
      ("DATE", ["07/11/2025"]), ("DATE", ["14/08/2026"]), ("NAME", ["Lacey", "Harland-Storr"]),
      ("DATE", ["17/04/1994"]), ("ID", ["593 027 4185"]), ("MRN", ["JC0418273"]), ("PHONE", ["07947 555 418"]),
      ("EMAIL", ["lacey.harland@icloud.com"]), ("URL", ["https://app.badgernotes.co.uk/pregnancy/JC0418273"]),
      ("ADDRESS", ["3 Esk Terrace"]), ("LOCATION", ["Sleights"]), ("POSTCODE", ["YO22 5BA"]),
      ("NAME", ["Dean", "Fewster"]), ("LOCATION", ["Good Intent"]), ("PLATE", ["WY 418"]),
      ("HOSPITAL", ["Esk Valley Surgery"]), ("HOSPITAL", ["James Cook University Hospital"]), ("NAME", ["Alfie"]),
      ("NAME", ["Harriet", "Bainbridge-Akande"]), ("HOSPITAL", ["Whitby Community Hospital"]), ("DATE", ["20/01/2026"]),
      ("NAME", ["Rebecca", "Thackray"]), ("LICENCE", ["14Y1827E"])],
     ["8+4 weeks", "G2 P1", "failure to progress", "Clenil 100 mcg", "sertraline 50 mg", "CO 12 ppm",
      "aspirin 150 mg nocte", "OGTT at 24-28 weeks", "anti-D at 28 weeks", "PAPP-A"]),

    # 34 - USA, Hawaii (Hawaiʻi Island): inpatient neurology consultation, rat lungworm eosinophilic meningitis
    ("Hilo Medical Center - Neurology Consultation\n"
     "1190 Waianuenue Ave, Hilo, HI 96720\n"
     "Date: 02/17/2026 | Requested by Dr. Keahi Kamakana (hospitalist) | MRN HMC-4182736 | HMSA member ID "
     "XLH418273650\n"
     "Patient: Kaimana Akana-Ferreira | 19 F | DOB 04/09/2006\n"
     "Student at the University of Hawaiʻi at Hilo; weekends at a farm stand in Pāhoa.\n"
     "Home: 11-3245 Pikake St, Volcano, HI 96785 (catchment water).\n"
     "HPI: 2 weeks of severe headache, neck stiffness and burning skin pain over the trunk and legs (hyperesthesia) "
     "with paresthesias. About 3 weeks ago ate unwashed lettuce from the garden; roommate has seen semi-slugs on the "
     "catchment tank.\n"
     "Exam: afebrile; meningismus; patchy allodynia below T6; mild R CN VI palsy; strength 5/5, reflexes normal.\n"
     "LP (02/14): opening pressure 32 cm H2O; WBC 680 with 28% eosinophils; protein 112, glucose 48. Peripheral "
     "eosinophils 11%. MRI brain: nonspecific leptomeningeal enhancement. CSF Angiostrongylus cantonensis PCR sent.\n"
     "Impression: eosinophilic meningitis, probable neuroangiostrongyliasis (rat lungworm disease).\n"
     "Recommendations: prednisolone 60 mg daily x 2 weeks then taper; albendazole 15 mg/kg/day x 2 weeks with the "
     "steroid; gabapentin 300 mg TID for the hyperesthesia; repeat LP for headache from raised ICP; ophthalmology "
     "for an eye exam; report to DOH.\n"
     "Mother Leilani (808) 555-0193 is flying in from Kahului; she has been sending photos through the patient "
     "portal (login from 72.235.14.88). Teaching video sent: https://www.hilomedicalcenter.org/education/ratlungworm?"
     "pt=KA4182\n"
     "Follow-up: telehealth with the neurology clinic at The Queen's Medical Center, Honolulu in 4 weeks; link to "
     "kaimana.af@hawaii.edu.\n"
     "Malia Kahananui-Stone, MD, Neurology | NPI 1849205731 | pager 808-555-0108",
     [("HOSPITAL", ["Hilo Medical Center"]), ("ADDRESS", ["1190 Waianuenue Ave"]), ("LOCATION", ["Hilo"]),
      ("POSTCODE", ["96720"]), ("DATE", ["02/17/2026"]), ("NAME", ["Keahi", "Kamakana"]), ("MRN", ["HMC-4182736"]),
      ("ID", ["XLH418273650"]), ("NAME", ["Kaimana", "Akana-Ferreira"]), ("DATE", ["04/09/2006"]),
      ("LOCATION", ["University of Hawaiʻi at Hilo"]), ("LOCATION", ["Pāhoa"]), ("ADDRESS", ["11-3245 Pikake St"]),
      ("LOCATION", ["Volcano"]), ("POSTCODE", ["96785"]), ("DATE", ["02/14"]), ("NAME", ["Leilani"]),
      ("PHONE", ["(808) 555-0193"]), ("LOCATION", ["Kahului"]), ("IP", ["72.235.14.88"]),
      ("URL", ["https://www.hilomedicalcenter.org/education/ratlungworm?pt=KA4182"]),
      ("HOSPITAL", ["The Queen's Medical Center"]), ("LOCATION", ["Honolulu"]), ("EMAIL", ["kaimana.af@hawaii.edu"]),
      ("NAME", ["Malia", "Kahananui-Stone"]), ("ID", ["1849205731"]), ("PHONE", ["808-555-0108"])],
     ["hyperesthesia", "CN VI palsy", "opening pressure 32 cm H2O", "28% eosinophils", "Angiostrongylus cantonensis",
      "eosinophilic meningitis", "prednisolone 60 mg daily", "albendazole 15 mg/kg/day", "gabapentin 300 mg TID"]),

    # 35 - USA, Ohio (Holmes County, Old Order Amish): certified nurse-midwife home birth record and 24-hour postpartum
    # visit
    ("Doughty Valley Midwifery - HOME BIRTH RECORD AND 24-HOUR POSTPARTUM VISIT\n"
     "CNM: Jolene Kropf-Daugherty | Ohio license APRN.CNM.0418273\n"
     "Mother: Miriam (Mrs. Eli) Yoder | DOB 03/11/1996 | G5 P5 | blood type O neg | self-pay with church aid, "
     "account DVM-2025-0418\n"
     "Address: 4218 County Road 70, Charm, OH 44617. Old Order Amish; her mother lives in Berlin, Holmes Co.\n"
     "Phone: none in the house - shared phone shanty with neighbor Ervin Hershberger, 330-555-0171 (leave a "
     "message).\n"
     "Transport: horse and buggy; hired driver Dwayne Stull (Stull's Taxi, van plate HJK 4182).\n"
     "Birth 10/19/2025 at 03:12 at home: spontaneous vaginal birth, 1st degree laceration, not sutured.\n"
     "Third stage: placenta complete at 03:25; EBL 650 mL - postpartum hemorrhage with a boggy fundus: fundal "
     "massage, Pitocin 10 units IM, misoprostol 800 mcg PR; fundus firm, HR 96, BP 104/62.\n"
     "Newborn: girl, Lydia, 3,620 g, Apgar 8/9; vitamin K IM given (parents agreed this time); erythromycin eye "
     "ointment declined.\n"
     "24-hour visit 10/20/2025: Hgb 9.8 (drawn at home, run at Pomerene Hospital, Millersburg); lochia moderate; "
     "fundus firm 1 fingerbreadth below the umbilicus. Baby O pos - RhoGAM 300 mcg IM given. Newborn: TcB 9.4 at 30 "
     "h, low-intermediate risk zone on the Bhutani nomogram; newborn screen drawn, including MSUD; CCHD screen pass "
     "(98%/97%).\n"
     "Plan: ferrous sulfate 325 mg daily. If soaking more than 1 pad an hour: call 911 from the shanty - Pomerene "
     "Hospital or Aultman Hospital in Canton.\n"
     "Sister-in-law Esther is staying 2 weeks to help with the 4 older children.",
     [("HOSPITAL", ["Doughty Valley Midwifery"]), ("NAME", ["Jolene", "Kropf-Daugherty"]),
      ("LICENCE", ["APRN.CNM.0418273"]), ("NAME", ["Miriam"]), ("NAME", ["Eli", "Yoder"]), ("DATE", ["03/11/1996"]),
      ("ID", ["DVM-2025-0418"]), ("ADDRESS", ["4218 County Road 70"]), ("LOCATION", ["Charm"]), ("POSTCODE", ["44617"]),
      ("LOCATION", ["Berlin"]), ("LOCATION", ["Holmes Co."]), ("NAME", ["Ervin", "Hershberger"]),
      ("PHONE", ["330-555-0171"]), ("NAME", ["Dwayne", "Stull"]), ("LOCATION", ["Stull's Taxi"]),
      ("PLATE", ["HJK 4182"]), ("DATE", ["10/19/2025"]), ("NAME", ["Lydia"]), ("DATE", ["10/20/2025"]),
      ("HOSPITAL", ["Pomerene Hospital"]), ("LOCATION", ["Millersburg"]), ("HOSPITAL", ["Aultman Hospital"]),
      ("LOCATION", ["Canton"]), ("NAME", ["Esther"])],
     ["G5 P5", "O neg", "EBL 650 mL", "Pitocin 10 units IM", "misoprostol 800 mcg PR", "Apgar 8/9", "RhoGAM 300 mcg IM",
      "TcB 9.4", "Bhutani nomogram", "CCHD screen pass (98%/97%)", "ferrous sulfate 325 mg"]),

    # 36 - Bangladesh, Sylhet Division (Moulvibazar): upazila health complex emergency obstetric referral slip,
    # eclampsia in a tea garden worker
    ("Upazila Health Complex, Kamalganj, Moulvibazar\n"
     "REFERRAL SLIP - EMERGENCY OBSTETRIC CARE\n"
     "Date and time: 14/04/2025, 19:40 (Pohela Boishakh holiday, emergency doctor on duty)\n"
     "Referred to: Sylhet MAG Osmani Medical College Hospital, Obstetrics and Gynaecology, Labour Ward\n"
     "Patient: Mrs. Lokhi Munda W/o Shombhu Munda | Age 23 | Reg. No. UHC-KML-25/0418 | NID 4182736150 | Mobile "
     "01711-555418 (husband)\n"
     "Address: Line No. 7, Patrakhola Tea Estate, Kamalganj\n"
     "Occupation: tea plucker on the estate; husband works in the estate factory.\n"
     "Obstetric: G2 P1, 36 weeks by dates (LMP 05/08/2024); 2 ANC visits at the garden hospital.\n"
     "Complaint: one fit at home at 18:30 witnessed by her mother-in-law; headache and blurred vision since the "
     "morning.\n"
     "O/E: BP 170/110 mmHg, pulse 102/min, GCS 13/15 (post-ictal), oedema ++, urine albumin +++; FHR 148/min; fundal "
     "height 34 cm, cephalic.\n"
     "Diagnosis: antepartum eclampsia at 36 weeks.\n"
     "Given before referral (19:05): MgSO4 loading dose 4 g IV slowly over 15 min plus 10 g IM (5 g in each "
     "buttock); nifedipine 10 mg orally; catheterised; left lateral position; O2.\n"
     "Escort: FWV Shahana Parvin in the UHC ambulance (Moulvibazar-Cha-11-0418).\n"
     "Referring doctor: Dr. Tanvir Ahmed Chowdhury, Medical Officer | BMDC Reg. A-41827",
     [("LOCATION", ["Kamalganj"]), ("LOCATION", ["Moulvibazar"]), ("DATE", ["14/04/2025"]),
      ("DATE", ["Pohela Boishakh"]), ("HOSPITAL", ["Sylhet MAG Osmani Medical College Hospital"]),
      ("NAME", ["Lokhi", "Munda"]), ("NAME", ["Shombhu", "Munda"]), ("MRN", ["UHC-KML-25/0418"]),
      ("ID", ["4182736150"]), ("PHONE", ["01711-555418"]), ("ADDRESS", ["Line No. 7"]),
      ("LOCATION", ["Patrakhola Tea Estate"]), ("DATE", ["05/08/2024"]), ("NAME", ["Shahana", "Parvin"]),
      ("PLATE", ["Moulvibazar-Cha-11-0418"]), ("NAME", ["Tanvir Ahmed", "Chowdhury"]), ("LICENCE", ["A-41827"])],
     ["G2 P1", "BP 170/110 mmHg", "GCS 13/15", "urine albumin +++", "FHR 148/min", "antepartum eclampsia",
      "MgSO4 loading dose 4 g IV", "nifedipine 10 mg"]),

    # 37 - Taiwan, Hualien (East Rift Valley): infectious diseases ward nursing handover sheet, scrub typhus
    # (traditional Chinese, Republic of China calendar)
    ("佛教慈濟醫療財團法人花蓮慈濟醫院 感染科病房 護理交班單\n"
     "交班日期：114年10月2日 15:30（白班→小夜班）\n"
     "床號 7A-12｜病人：林美玉（女，52歲）｜病歷號 18427365｜身分證字號 U218473053｜民國62年3月14日生\n"
     "住址：花蓮縣玉里鎮中山路二段418號\n"
     "聯絡人：先生 高文雄（阿美族名 Kacaw），0912-555-418；女兒 高思涵（國立東華大學學生），LINE ID：sihan0418\n"
     "診斷：恙蟲病（Orientia tsutsugamushi），9/28 由玉里慈濟醫院轉入。發病前在赤科山金針花田採收。\n"
     "現況：T 37.6℃（昨日最高 39.4℃），HR 96，BP 112/70，SpO2 97%（RA）。右腋下焦痂 0.8 "
     "cm，已結痂；全身斑丘疹漸退。\n"
     "檢驗：WBC 5,800，PLT 62,000 → 今日 98,000；GOT 168 / GPT 142 U/L；CRP 8.4 mg/dL；Weil-Felix OX-K 1:320；恙蟲病 "
     "PCR 陽性（已通報疾管署）。\n"
     "用藥：Doxycycline 100 mg PO q12h（Day 5/7）；Acetaminophen 500 mg PRN。\n"
     "注意事項：1. 監測體溫及意識；2. 血小板偏低，避免肌肉注射，注意出血；3. 家屬 10/3 上午與主治醫師會談；4. "
     "預計10月5日出院，之後回玉里榮民醫院門診追蹤。\n"
     "交班：護理師 邱郁婷 → 接班：護理師 潘冠宇（N2）",
     [("HOSPITAL", ["花蓮慈濟醫院"]), ("DATE", ["114年10月2日"]), ("NAME", ["林美玉"]), ("MRN", ["18427365"]),
      ("ID", ["U218473053"]), ("DATE", ["民國62年3月14日"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["玉里鎮"]),
      ("ADDRESS", ["中山路二段418號"]), ("NAME", ["高文雄"]), ("NAME", ["Kacaw"]), ("PHONE", ["0912-555-418"]),
      ("NAME", ["高思涵"]), ("LOCATION", ["國立東華大學"]), ("HANDLE", ["sihan0418"]), ("DATE", ["9/28"]),
      ("HOSPITAL", ["玉里慈濟醫院"]), ("LOCATION", ["赤科山"]), ("DATE", ["10/3"]), ("DATE", ["10月5日"]),
      ("HOSPITAL", ["玉里榮民醫院"]), ("NAME", ["邱郁婷"]), ("NAME", ["潘冠宇"])],
     ["恙蟲病", "Orientia tsutsugamushi", "焦痂", "斑丘疹", "PLT 62,000", "GOT 168 / GPT 142 U/L", "CRP 8.4 mg/dL",
      "Weil-Felix OX-K 1:320", "Doxycycline 100 mg PO q12h"]),

    # 38 - Australia, Queensland (North West, Mount Isa): life extinct form and death discussion note for a cattle
    # station manager
    ("Queensland Health - Mount Isa Hospital\n"
     "30 Camooweal Street, Mount Isa QLD 4825\n"
     "LIFE EXTINCT FORM AND DEATH DISCUSSION NOTE | 22/09/2025\n"
     "Deceased: Mr Bartholomew \"Barty\" Kennedy-Quilty | 63 M | DOB 08/12/1961 | URN 0761829 | Medicare 2184 56170 "
     "1\n"
     "Usual residence: Warrigal Downs Station, via Julia Creek QLD 4823. Station manager.\n"
     "Circumstances: collapsed in the cattle yards while drafting at about 10:30; the head stockman, Troy Dillon, "
     "started CPR and the station called 000. Brought by road ambulance from Cloncurry.\n"
     "On arrival 13:05: asystole, fixed dilated pupils, no respiratory effort; no response to two further cycles of "
     "ALS. Life pronounced extinct at 13:22.\n"
     "Background: ischaemic heart disease - CABG x3 in 2016 at Townsville University Hospital; type 2 diabetes "
     "mellitus (HbA1c 9.1% in July); smoker, 40 pack-years. Seen by the visiting GP 3 weeks ago with exertional "
     "chest tightness.\n"
     "Discussion: not a reportable death (natural causes, known disease, seen recently); discussed with the police "
     "officer in charge, Sgt Dianne Purcell, and with the family. Cause of Death Certificate issued: 1(a) acute "
     "myocardial infarction, 1(b) coronary atherosclerosis; II type 2 diabetes mellitus.\n"
     "Family: wife Marlene Kennedy (07 4555 4182) was present; son Lachie driving in from Cloncurry.\n"
     "Dr Chiamaka Eze-Thornbury, Senior Medical Officer | AHPRA MED0001829304",
     [("HOSPITAL", ["Mount Isa Hospital"]), ("ADDRESS", ["30 Camooweal Street"]), ("LOCATION", ["Mount Isa"]),
      ("POSTCODE", ["4825"]), ("DATE", ["22/09/2025"]), ("NAME", ["Bartholomew", "Barty", "Kennedy-Quilty"]),
      ("DATE", ["08/12/1961"]), ("MRN", ["0761829"]), ("ID", ["2184 56170 1"]),
      ("LOCATION", ["Warrigal Downs Station"]), ("LOCATION", ["Julia Creek"]), ("POSTCODE", ["4823"]),
      ("NAME", ["Troy", "Dillon"]), ("LOCATION", ["Cloncurry"]), ("HOSPITAL", ["Townsville University Hospital"]),
      ("DATE", ["July"]), ("NAME", ["Dianne", "Purcell"]), ("NAME", ["Marlene", "Kennedy"]),
      ("PHONE", ["07 4555 4182"]), ("NAME", ["Lachie"]), ("NAME", ["Chiamaka", "Eze-Thornbury"]),
      ("LICENCE", ["MED0001829304"])],
     ["asystole", "fixed dilated pupils", "ischaemic heart disease", "CABG x3", "HbA1c 9.1%", "40 pack-years",
      "acute myocardial infarction", "coronary atherosclerosis", "type 2 diabetes mellitus"]),

    # 39 - Isle of Man (Port Erin): pre-travel consultation at a GP travel clinic
    ("Manx Care - Ballasalla Medical Centre, Travel Health Clinic\n"
     "PRE-TRAVEL CONSULTATION | 04/03/2026 | Nurse: Kerrie Kinvig, RGN | NMC PIN 17A2918E\n"
     "Traveller: Mr Juan Quayle-Corkill | DOB 29/06/1988 | NHS 611 847 3021 | 01624 555418 | juan.quayle@manx.net\n"
     "Address: Thie Veg, Droghadfayle Road, Port Erin IM9 6AB\n"
     "Occupation: marine engineer, Irish Sea Cable Services\n"
     "Trip: 5 weeks in Ghana, leaving 27/03/2026 - Accra, then staying with his wife Abena's family in Tamale; rural "
     "visits, dry season. Back before Tynwald Day.\n"
     "Vaccines given today: yellow fever (Stamaril); typhoid (Typhim Vi); hepatitis A booster (Havrix 1440); MenACWY "
     "(Nimenrix) for the meningitis belt in the dry season; Revaxis booster. Rabies pre-exposure: Rabipur day 0 "
     "today, day 7 on 11/03/2026. ICVP issued - valid from 14/03/2026.\n"
     "Yellow fever screening: no egg allergy, not immunosuppressed, no thymus disease.\n"
     "Malaria: Malarone (atovaquone/proguanil 250/100 mg) one daily from 2 days before to 7 days after; DEET 50%; "
     "permethrin-treated net.\n"
     "Prescriber: Dr Ealish Cregeen | GMC 7284173",
     [("HOSPITAL", ["Manx Care"]), ("HOSPITAL", ["Ballasalla Medical Centre"]), ("DATE", ["04/03/2026"]),
      ("NAME", ["Kerrie", "Kinvig"]), ("LICENCE", ["17A2918E"]), ("NAME", ["Juan", "Quayle-Corkill"]),
      ("DATE", ["29/06/1988"]), ("ID", ["611 847 3021"]), ("PHONE", ["01624 555418"]),
      ("EMAIL", ["juan.quayle@manx.net"]), ("ADDRESS", ["Thie Veg"]), ("ADDRESS", ["Droghadfayle Road"]),
      ("LOCATION", ["Port Erin"]), ("POSTCODE", ["IM9 6AB"]), ("LOCATION", ["Irish Sea Cable Services"]),
      ("DATE", ["27/03/2026"]), ("LOCATION", ["Accra"]), ("NAME", ["Abena"]), ("LOCATION", ["Tamale"]),
      ("DATE", ["Tynwald Day"]), ("DATE", ["11/03/2026"]), ("DATE", ["14/03/2026"]), ("NAME", ["Ealish", "Cregeen"]),
      ("LICENCE", ["7284173"])],
     ["Stamaril", "Typhim Vi", "Havrix 1440", "Nimenrix", "Revaxis", "Rabipur", "ICVP",
      "atovaquone/proguanil 250/100 mg", "DEET 50%"]),
]
