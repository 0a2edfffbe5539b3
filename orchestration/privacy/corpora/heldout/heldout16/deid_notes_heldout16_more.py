"""Notes 20-39 of the sixteenth HELD-OUT set (see :mod:`deid_notes_heldout16` for how it was written and what it holds).

These 20 notes hold 426 planted identifier parts in 368 (kind, parts) entries and 123 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a surgical consent form (Kerry); 21, a community mental health
review (Donegal); 22, an ICU ward round (Northern Territory); 23, an infectious diseases clinic letter (Victoria); 24,
an aeromedical retrieval record (Western Australia); 25, a community pharmacist's COVID-19 antiviral assessment
(Northland); 26, a paediatric surgical ward round (KwaZulu-Natal); 27, a laboratory request and report (Pune); 28, a
paediatric discharge summary (Karachi); 29, a Lassa fever notification form (Edo); 32, a dental note (Mombasa); 33, a GP
referral letter (Jamaica); 34, an endocrinology clinic list (Singapore); 35, a nursing SBAR handover (Sabah); 36, a
hospital social-work family meeting record (Samoa). In Greek script: 30, a care-home medical visit for a resident aged
93 (Rhodes); 37, a surgical discharge summary (Piraeus). In Chinese: 31, a histopathology report (Guangdong,
simplified); 38, a medical ward round for a patient aged 90 (Macau, traditional). In Turkish: 39, an infectious diseases
consultation (Sivas). Entries per kind here: NAME 75, LOCATION 66, DATE 62, HOSPITAL 39, ID 29, ADDRESS 23, PHONE 22,
POSTCODE 16, MRN 11, LICENCE 9, PLATE 5, AGE 4, EMAIL 2, SERIAL 2, HANDLE 1, IP 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Ireland, Munster (Kerry): consent form for surgery
    ("University Hospital Kerry, Tralee, Co. Kerry V92 NX94\n"
     "CONSENT FORM 1 - PATIENT AGREEMENT TO SURGERY OR PROCEDURE\n"
     "Patient: Mrs Treasa Moynihan-Scannell   DOB 19/09/1977   MRN UHK0738261   PPSN 8174203I\n"
     "Address: Gortbrack, Inch, Annascaul, Co. Kerry V92 K7T3\n"
     "Proposed procedure: laparoscopic cholecystectomy +/- intraoperative cholangiogram +/- conversion to open "
     "operation.\n"
     "Indication: symptomatic gallstones; mild gallstone pancreatitis (revised Atlanta) 3/12 ago with ERCP and "
     "sphincterotomy; Tokyo Guidelines grade I cholecystitis on CT.\n"
     "Intended benefits: relief of biliary pain; prevention of further pancreatitis and cholecystitis.\n"
     "Serious or frequently occurring risks discussed: bleeding; wound or port-site infection; bile leak (about 1 in "
     "100); bile duct injury (about 3 in 1,000) possibly needing further surgery; conversion to open (about 5 in 100); "
     "retained stones; port-site hernia; DVT/PE; shoulder-tip pain; anaesthetic risks (ASA II).\n"
     "Blood transfusion: patient agrees if needed.\n"
     "Interpreter: not required. Information leaflet given.\n"
     "Statement of health professional: Mr Donncha Fitzmaurice-Kearney, Consultant General Surgeon, IMC reg. no. "
     "024817 - signed 16/10/2025.\n"
     "Statement of patient: I agree to the procedure described. Signed by patient 16/10/2025 in the presence of her "
     "husband.\n"
     "Confirmation of consent on the day of admission (30/10/2025): patient has no further questions and wishes to "
     "proceed - Dr Ultan Brosnan, SHO in Surgery.",
     [("HOSPITAL", ["University Hospital Kerry"]), ("LOCATION", ["Tralee"]), ("POSTCODE", ["V92 NX94"]),
      ("NAME", ["Treasa", "Moynihan-Scannell"]), ("DATE", ["19/09/1977"]), ("MRN", ["UHK0738261"]),
      ("ID", ["8174203I"]), ("ADDRESS", ["Gortbrack"]), ("LOCATION", ["Inch"]), ("LOCATION", ["Annascaul"]),
      ("LOCATION", ["Co. Kerry"]), ("POSTCODE", ["V92 K7T3"]), ("NAME", ["Donncha", "Fitzmaurice-Kearney"]),
      ("LICENCE", ["024817"]), ("DATE", ["16/10/2025"]), ("DATE", ["30/10/2025"]), ("NAME", ["Ultan", "Brosnan"])],
     ["revised Atlanta", "3/12", "Tokyo Guidelines grade I", "1 in 100", "3 in 1,000", "ASA II"]),

    # 21 - Ireland, Ulster (Donegal): community mental health team review
    ("Donegal Mental Health Services - Community Mental Health Team, Letterkenny sector\n"
     "Outpatient review, St Conal's Hospital - 05/02/2026\n"
     "Client: Mr Ciarán McGlinchey   DOB 22/11/1994   PPSN 5928461PA\n"
     "Address: 22 Ard na Gréine, Letterkenny F92 R6X4\n"
     "Background: treatment-resistant schizophrenia, on Clozaril (clozapine) 350 mg nocte since 2021. Works on the "
     "filleting line at Bayview Seafoods, Killybegs; plays junior football with Naomh Columba GAA club at weekends.\n"
     "Since last review: stopped smoking 2/52 ago (was 25/day) after a chest infection. Since then sleeping 14 h a "
     "day, drooling at night, two \"jerks\" of the arms at work, constipated 4 days.\n"
     "Clozapine level today 0.92 mg/L (last 0.42 mg/L in November while smoking); ANC 2.1; CRP 4.\n"
     "MSE: sedated but rousable, no thought disorder, no hallucinations reported, no suicidal ideation; insight "
     "partial. Says he shares his music on TikTok (@ciaran_spark94) and that \"the voices have gone quiet\".\n"
     "Impression: clozapine toxicity from loss of CYP1A2 induction after smoking cessation; myoclonus.\n"
     "Plan: reduce clozapine by about 25% to 250 mg nocte; repeat level in 1/52; ECG today (QTc 438); Laxido 1 sachet "
     "BD and stop if diarrhoea; advise no driving while sedated. Smoking status added to the clozapine monitoring "
     "card; GP and community pharmacy informed.\n"
     "Mother Bernadette (087 555 4127) attended with him, agrees with plan.\n"
     "Dr Ferdia Gallagher-Bonner, Registrar in Psychiatry, for Dr Meabh Ó Dochartaigh, Consultant Psychiatrist",
     [("HOSPITAL", ["Donegal Mental Health Services"]), ("LOCATION", ["Letterkenny"]),
      ("HOSPITAL", ["St Conal's Hospital"]), ("DATE", ["05/02/2026"]), ("NAME", ["Ciarán", "McGlinchey"]),
      ("DATE", ["22/11/1994"]), ("ID", ["5928461PA"]), ("ADDRESS", ["22 Ard na Gréine"]), ("POSTCODE", ["F92 R6X4"]),
      ("LOCATION", ["Bayview Seafoods"]), ("LOCATION", ["Killybegs"]), ("LOCATION", ["Naomh Columba GAA club"]),
      ("DATE", ["November"]), ("HANDLE", ["@ciaran_spark94"]), ("NAME", ["Bernadette"]), ("PHONE", ["087 555 4127"]),
      ("NAME", ["Ferdia", "Gallagher-Bonner"]), ("NAME", ["Meabh", "Ó Dochartaigh"])],
     ["Clozaril", "2/52", "0.92 mg/L", "CYP1A2", "1/52", "QTc 438", "Laxido"]),

    # 22 - Australia, Northern Territory: ICU ward round note, melioidosis
    ("Royal Darwin Hospital - Intensive Care Unit, Rocklands Drive, Tiwi NT 0810\n"
     "Ward round 18/02/2026 08:00 | Consultant Dr Annika Veldhuizen\n"
     "Bed 7: Mr Clement Puruntatameri, 48 M, URN 0572918, DOB 03/07/1977, Medicare 2758 39107 1, IHI 8003 6081 6273 "
     "9452\n"
     "From Wurrumiyanga, Bathurst Island; retrieved from Wurrumiyanga Health Centre on 15/02.\n"
     "Dx: melioidosis - Burkholderia pseudomallei bacteraemia with multilobar pneumonia and a 3 cm prostatic abscess. "
     "Risk factors: T2DM (HbA1c 11.2%), hazardous alcohol, wet season.\n"
     "ICU day 4. SOFA 9 -> 6.\n"
     "Neuro: off sedation since 06:00, RASS -1, CAM-ICU negative.\n"
     "Resp: extubated yesterday, 4 L HFNP, FiO2 0.35.\n"
     "CVS: noradrenaline 0.08 mcg/kg/min, weaning. Lactate 1.4.\n"
     "Renal: creatinine 168 -> 121, UO 0.9 mL/kg/h.\n"
     "ID: meropenem 1 g q8h (day 4) + TMP-SMX 320/1600 mg BD (for prostatic source); repeat blood cultures no growth "
     "at 48 h.\n"
     "Plan: CT abdo/pelvis today and urology review for drainage of the prostatic abscess; insulin infusion -> basal "
     "bolus; diabetes educator.\n"
     "Family: wife Regina at the bedside with the Aboriginal Liaison Officer, Shirleen Kerinaiua; interpreter booked "
     "through the Aboriginal Interpreter Service for the family meeting at 14:00.",
     [("HOSPITAL", ["Royal Darwin Hospital"]), ("ADDRESS", ["Rocklands Drive"]), ("LOCATION", ["Tiwi"]),
      ("POSTCODE", ["0810"]), ("DATE", ["18/02/2026"]), ("NAME", ["Annika", "Veldhuizen"]),
      ("NAME", ["Clement", "Puruntatameri"]), ("MRN", ["0572918"]), ("DATE", ["03/07/1977"]), ("ID", ["2758 39107 1"]),
      ("ID", ["8003 6081 6273 9452"]), ("LOCATION", ["Wurrumiyanga"]), ("LOCATION", ["Bathurst Island"]),
      ("HOSPITAL", ["Wurrumiyanga Health Centre"]), ("DATE", ["15/02"]), ("NAME", ["Regina"]),
      ("NAME", ["Shirleen", "Kerinaiua"])],
     ["Burkholderia pseudomallei", "HbA1c 11.2%", "SOFA 9", "RASS -1", "noradrenaline 0.08 mcg/kg/min",
      "TMP-SMX 320/1600 mg"]),

    # 23 - Australia, Victoria: infectious diseases clinic letter, Buruli ulcer
    ("University Hospital Geelong\n"
     "Infectious Diseases Department, Bellerine Street, Geelong VIC 3220\n"
     "\n"
     "9 December 2025\n"
     "\n"
     "Dr Henrietta Blackwood-Osei\n"
     "Ocean Grove Family Medical Clinic\n"
     "\n"
     "Dear Dr Blackwood-Osei,\n"
     "Re: Mr Fergus Tremayne-Lowe, DOB 02/02/1988, UR 2210847, Medicare 4381 05720 1\n"
     "8 The Parade, Ocean Grove VIC 3226 | mobile 0491 570 156 | fergus.tremlowe@outlook.com.au\n"
     "\n"
     "Thank you for referring Fergus, a landscape gardener, with a painless nodule on his right calf for 8 weeks that "
     "has now broken down into a 4 x 3 cm ulcer with deeply undermined edges. He walks the dog every evening along the "
     "river at Barwon Heads and has possums in the roof.\n"
     "Swab PCR for IS2404 was positive - Mycobacterium ulcerans infection (Buruli ulcer), WHO category I.\n"
     "Plan: rifampicin 600 mg daily plus clarithromycin 500 mg twice daily for 8 weeks. He takes Lipitor 40 mg, whose "
     "levels rifampicin will lower; please check lipids at the end of treatment. I have warned him about orange urine, "
     "sweat and tears (he wears soft contact lenses), and that a paradoxical reaction can make the lesion look worse "
     "at 3-12 weeks - this is not treatment failure. Surgery is not needed at present.\n"
     "I will review him in 4 weeks with LFTs and FBC. His partner will do the dressings (Aquacel Ag, twice weekly).\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Sunniva Achterberg, Infectious Diseases Physician | AHPRA MED0002935061",
     [("HOSPITAL", ["University Hospital Geelong"]), ("ADDRESS", ["Bellerine Street"]), ("LOCATION", ["Geelong"]),
      ("POSTCODE", ["3220"]), ("DATE", ["9 December 2025"]), ("NAME", ["Henrietta", "Blackwood-Osei"]),
      ("HOSPITAL", ["Ocean Grove Family Medical Clinic"]), ("NAME", ["Fergus", "Tremayne-Lowe"]),
      ("DATE", ["02/02/1988"]), ("MRN", ["2210847"]), ("ID", ["4381 05720 1"]), ("ADDRESS", ["8 The Parade"]),
      ("LOCATION", ["Ocean Grove"]), ("POSTCODE", ["3226"]), ("PHONE", ["0491 570 156"]),
      ("EMAIL", ["fergus.tremlowe@outlook.com.au"]), ("LOCATION", ["Barwon Heads"]),
      ("NAME", ["Sunniva", "Achterberg"]), ("LICENCE", ["MED0002935061"])],
     ["IS2404", "Mycobacterium ulcerans", "Buruli ulcer", "rifampicin 600 mg", "Lipitor 40 mg", "paradoxical reaction",
      "Aquacel Ag"]),

    # 24 - Australia, Western Australia: aeromedical retrieval patient care record
    ("Royal Flying Doctor Service (Western Operations) - Patient Care Record\n"
     "Job WO-26-03-0291 | Base: Broome | Aircraft VH-FXQ (PC-24) | 23/03/2026\n"
     "Tasked 02:15 - primary retrieval from Fitzroy Crossing Hospital; wheels down 03:40; depart 05:05 to Broome, then "
     "on to Fiona Stanley Hospital ICU (Perth) by jet.\n"
     "Patient: Nathaniel Shandley-Cox, 27 M, DOB 11/09/1998, Medicare 3165 92044 1. Station hand at Jubilee Downs "
     "Station.\n"
     "History: 3 days of fever, headache and vomiting, then confusion; two generalised seizures at the hospital "
     "tonight. Many mosquito bites after the floods; horses on the station unwell.\n"
     "On arrival: GCS 9 (E2V2M5), T 39.4, HR 124, BP 138/82, SpO2 95% on NRB, BGL 7.1. Neck stiffness. Tremor of both "
     "arms.\n"
     "Interventions: RSI with ketamine 150 mg + rocuronium 100 mg, size 8.0 ETT at 22 cm, ETCO2 35. Ventilated on "
     "Hamilton T1 (s/n HT1-5092873). Keppra 60 mg/kg IV load. Ceftriaxone 2 g IV, aciclovir 10 mg/kg IV.\n"
     "Working diagnosis: encephalitis - Murray Valley encephalitis most likely (Kimberley wet season); HSV and "
     "bacterial meningitis not excluded. CSF not taken before transfer.\n"
     "NOK: mother Coral Shandley, 0491 570 213, informed 04:50 - flying down to Perth tomorrow.\n"
     "Crew: Dr Marika Jovanović-Pike (retrieval doctor); Beau Ridgway, Flight Nurse",
     [("ID", ["WO-26-03-0291"]), ("LOCATION", ["Broome"]), ("PLATE", ["VH-FXQ"]), ("DATE", ["23/03/2026"]),
      ("HOSPITAL", ["Fitzroy Crossing Hospital"]), ("HOSPITAL", ["Fiona Stanley Hospital"]), ("LOCATION", ["Perth"]),
      ("NAME", ["Nathaniel", "Shandley-Cox"]), ("DATE", ["11/09/1998"]), ("ID", ["3165 92044 1"]),
      ("LOCATION", ["Jubilee Downs Station"]), ("LOCATION", ["Kimberley"]), ("SERIAL", ["HT1-5092873"]),
      ("NAME", ["Coral", "Shandley"]), ("PHONE", ["0491 570 213"]), ("NAME", ["Marika", "Jovanović-Pike"]),
      ("NAME", ["Beau", "Ridgway"])],
     ["GCS 9 (E2V2M5)", "ETCO2 35", "Hamilton T1", "Keppra 60 mg/kg", "aciclovir 10 mg/kg",
      "Murray Valley encephalitis"]),

    # 25 - New Zealand, Northland: community pharmacist clinical note (COVID-19 antiviral assessment)
    ("Bay of Islands Community Pharmacy, 52 Kerikeri Road, Kerikeri 0230\n"
     "Pharmacist clinical record - COVID-19 oral antiviral assessment | 12/01/2026 10:40\n"
     "Patient: Huhana Te Wake-Morrison, NHI ZLK4822, DOB 03/05/1954 (71), F. Address: RD 3, 117 Inlet Road, Kerikeri "
     "0295. Mobile 027 555 0184.\n"
     "Presenting: RAT positive this morning; symptoms since yesterday (sore throat, cough, fever). Eligible (Māori, "
     "50+, plus heart failure).\n"
     "Medicines (from the Medicines Review and the GP's list): Xarelto 20 mg daily (AF), atorvastatin 40 mg, "
     "metoprolol succinate 95 mg, Inhaled Breo Ellipta, cilazapril 2.5 mg.\n"
     "Renal: eGFR 48 (last month).\n"
     "Assessment: Paxlovid (nirmatrelvir/ritonavir) NOT suitable - rivaroxaban is contraindicated with ritonavir "
     "(strong CYP3A4 inhibition, bleeding risk). Lagevrio (molnupiravir) is an option with no interactions here.\n"
     "Action: phoned her GP, Dr Ngaire Whitehead-Rua, 10:55 - agreed, Lagevrio 800 mg BD for 5 days supplied under the "
     "funded criteria. Counselled: take within 5 days of symptoms, red flags (breathless, chest pain, bleeding), "
     "isolate. She plans to go to a tangi at Te Tii Marae on Friday - advised to stay home until symptoms settle and "
     "to wear a mask after that.\n"
     "Daughter Tui will pick up the medicine. Follow-up call on Day 3.\n"
     "Lucinda Ferrabee, pharmacist prescriber, PCNZ reg. 85217",
     [("HOSPITAL", ["Bay of Islands Community Pharmacy"]), ("ADDRESS", ["52 Kerikeri Road"]),
      ("LOCATION", ["Kerikeri"]), ("POSTCODE", ["0230"]), ("DATE", ["12/01/2026"]),
      ("NAME", ["Huhana", "Te Wake-Morrison"]), ("ID", ["ZLK4822"]), ("DATE", ["03/05/1954"]),
      ("ADDRESS", ["RD 3, 117 Inlet Road"]), ("POSTCODE", ["0295"]), ("PHONE", ["027 555 0184"]),
      ("NAME", ["Ngaire", "Whitehead-Rua"]), ("LOCATION", ["Te Tii Marae"]), ("NAME", ["Tui"]),
      ("NAME", ["Lucinda", "Ferrabee"]), ("LICENCE", ["85217"])],
     ["RAT positive", "Xarelto 20 mg", "Breo Ellipta", "Paxlovid", "CYP3A4", "Lagevrio"]),

    # 26 - South Africa, KwaZulu-Natal: paediatric surgical ward round, snakebite
    ("Ngwelezana Tertiary Hospital, Empangeni - Paediatric Surgery, Ward 9\n"
     "Ward round 2025-12-30 07:30 | Consultant Dr Hendrik Oosthuizen-Khumalo\n"
     "Patient: Lindani Mthembu-Zungu, 9 y M, DOB 2016-04-11, SA ID 1604115382085, folder NGW/25/6093157\n"
     "From KwaMbonambi; Grade 3 at Enseleni Primary School. Lives with his gogo, Mrs Thulisile Zungu (cell 072 555 "
     "4183).\n"
     "Referred from Mbongolwane District Hospital two days ago. Bitten on the left hand on Boxing Day while collecting "
     "firewood - gogo saw the snake spread a hood and spit; likely Mozambique spitting cobra (Naja mossambica).\n"
     "Progress: cytotoxic envenomation - swelling to the mid-upper arm on day 2, haemorrhagic blisters over the dorsum "
     "of the hand, now settling. No ptosis, no bleeding, 20WBCT normal x3. Received 6 vials SAIMR polyvalent antivenom "
     "at Mbongolwane (one mild urticarial reaction, treated with adrenaline 0.01 mg/kg IM).\n"
     "Compartment pressure (forearm) 28 mmHg yesterday, clinically soft today - no fasciotomy.\n"
     "Eyes: no venom ophthalmia.\n"
     "Plan: theatre tomorrow for debridement of dorsal hand necrosis; Augmentin IV; elevate on a drip stand; "
     "paracetamol + ibuprofen; tetanus done; OT splint in the safe position.\n"
     "Dr Nomvula Ngcobo-Reddy, MO | HPCSA MP 0682749",
     [("HOSPITAL", ["Ngwelezana Tertiary Hospital"]), ("LOCATION", ["Empangeni"]), ("DATE", ["2025-12-30"]),
      ("NAME", ["Hendrik", "Oosthuizen-Khumalo"]), ("NAME", ["Lindani", "Mthembu-Zungu"]), ("DATE", ["2016-04-11"]),
      ("ID", ["1604115382085"]), ("MRN", ["NGW/25/6093157"]), ("LOCATION", ["KwaMbonambi"]),
      ("LOCATION", ["Enseleni Primary School"]), ("NAME", ["Thulisile", "Zungu"]), ("PHONE", ["072 555 4183"]),
      ("HOSPITAL", ["Mbongolwane District Hospital"]), ("DATE", ["Boxing Day"]), ("HOSPITAL", ["Mbongolwane"]),
      ("NAME", ["Nomvula", "Ngcobo-Reddy"]), ("LICENCE", ["MP 0682749"])],
     ["Naja mossambica", "cytotoxic envenomation", "20WBCT", "SAIMR polyvalent antivenom",
      "Compartment pressure (forearm) 28 mmHg", "venom ophthalmia"]),

    # 27 - India, Maharashtra (Pune): laboratory request and report, dengue
    ("Dr. Kelkar's Pathology Laboratory (NABL accredited)\n"
     "Shop 4, Prabhat Road, Erandwane, Pune 411004\n"
     "TEST REQUEST: Dr. Mrunal Gokhale-Inamdar, MBBS, MD (Medicine), Reg. No. 2011/04/3096 (MMC)\n"
     "Clinical details: fever 4 days since 11th August, retro-orbital pain, myalgia, rash. ?Dengue ?Malaria ?Typhoid. "
     "Kindly do NS1, IgM, CBC, LFT, smear for MP, Widal.\n"
     "Patient: Mr. Omkar Sudhakar Jadhav | Age/Sex: 29 Y / M | Mobile +91 98220 55418\n"
     "Aadhaar 5901 6738 4023 | ABHA 91-7305-6190-2843\n"
     "Address: Flat 12, Shivneri Co-op Housing Society, Kothrud, Pune 411038 | Software tester\n"
     "Lab ID PNQ2508140417 | Collected 14/08/2025 07:40 (home collection) | Reported 14/08/2025 13:10\n"
     "RESULTS\n"
     "Dengue NS1 antigen (ELISA): POSITIVE (index 6.2; >1.1 positive)\n"
     "Dengue IgM (ELISA): Negative\n"
     "Haemoglobin 15.8 g/dL | HCT 47.2% | TLC 2,900/cumm | Platelets 48,000/cumm (L)\n"
     "SGOT (AST) 148 U/L | SGPT (ALT) 96 U/L\n"
     "Peripheral smear: no malarial parasites seen; 8% atypical lymphocytes. Rapid malaria antigen (Pv/Pf) negative.\n"
     "Widal (slide): TO 1:80, TH 1:40 - not significant.\n"
     "Comment: early dengue infection; monitor platelets and HCT daily.\n"
     "Verified by: Dr. Aparna Kelkar, MD (Pathology)\n"
     "Report online: https://reports.kelkarpath.in/r/PNQ2508140417 (printed from 10.42.7.18)",
     [("HOSPITAL", ["Dr. Kelkar's Pathology Laboratory"]), ("ADDRESS", ["Shop 4, Prabhat Road"]),
      ("LOCATION", ["Erandwane"]), ("LOCATION", ["Pune"]), ("POSTCODE", ["411004"]),
      ("NAME", ["Mrunal", "Gokhale-Inamdar"]), ("LICENCE", ["2011/04/3096"]), ("DATE", ["11th August"]),
      ("NAME", ["Omkar", "Sudhakar", "Jadhav"]), ("PHONE", ["+91 98220 55418"]), ("ID", ["5901 6738 4023"]),
      ("ID", ["91-7305-6190-2843"]), ("ADDRESS", ["Flat 12, Shivneri Co-op Housing Society"]),
      ("LOCATION", ["Kothrud"]), ("POSTCODE", ["411038"]), ("MRN", ["PNQ2508140417"]), ("DATE", ["14/08/2025"]),
      ("NAME", ["Aparna", "Kelkar"]), ("URL", ["https://reports.kelkarpath.in/r/PNQ2508140417"]),
      ("IP", ["10.42.7.18"])],
     ["Dengue NS1 antigen (ELISA): POSITIVE", "HCT 47.2%", "Platelets 48,000/cumm", "Widal", "TO 1:80", "TH 1:40"]),

    # 28 - Pakistan, Sindh (Karachi): paediatric discharge summary, XDR typhoid
    ("Aga Khan University Hospital, Stadium Road, Karachi 74800\n"
     "Department of Paediatrics and Child Health - DISCHARGE SUMMARY\n"
     "Patient: Zainab Kamran d/o Kamran Hussain Shaikh | 7 y F | DOB 14/03/2018 | MR# 0927-5063-1\n"
     "B-Form (CRC) 42201-7350916-2 | Father's mobile 0321-5550418\n"
     "Address: House B-27, Block 13-D, Gulshan-e-Iqbal, Karachi. Class 2 at Bright Future Grammar School.\n"
     "Admitted 02/09/2025 | Discharged 12/09/2025 | Consultant: Dr. Farhat Naqvi-Lodhi\n"
     "Presenting complaint: fever 10 days, abdominal pain, loose stools. Had cefixime for 5 days from Shahid Clinic "
     "near home, without response.\n"
     "Investigations: blood culture - Salmonella enterica serovar Typhi, XDR (resistant to ampicillin, "
     "chloramphenicol, co-trimoxazole, ciprofloxacin and ceftriaxone; sensitive to azithromycin and meropenem). "
     "Typhidot IgM positive. Hb 9.8 g/dL, platelets 96 x10^9/L, ALT 88 U/L. USG abdomen: mild hepatosplenomegaly, "
     "thickened terminal ileum.\n"
     "Course: IV meropenem 20 mg/kg 8-hourly for 7 days plus oral azithromycin 20 mg/kg/day. Afebrile from day 5. No "
     "perforation or GI bleed.\n"
     "Discharge medication: azithromycin 20 mg/kg/day to complete 14 days; paracetamol PRN.\n"
     "Advice: boiled water, hand hygiene; Typbar-TCV for her two siblings. Public health notification done.\n"
     "Follow-up: Paediatric OPD clinic 3 in one week.\n"
     "Prepared by Dr. Usman Ghani Tareen (resident) | Consultant PMDC 18274-S",
     [("HOSPITAL", ["Aga Khan University Hospital"]), ("ADDRESS", ["Stadium Road"]), ("LOCATION", ["Karachi"]),
      ("POSTCODE", ["74800"]), ("NAME", ["Zainab", "Kamran"]), ("NAME", ["Hussain", "Shaikh"]),
      ("DATE", ["14/03/2018"]), ("MRN", ["0927-5063-1"]), ("ID", ["42201-7350916-2"]), ("PHONE", ["0321-5550418"]),
      ("ADDRESS", ["House B-27, Block 13-D"]), ("LOCATION", ["Gulshan-e-Iqbal"]),
      ("LOCATION", ["Bright Future Grammar School"]), ("DATE", ["02/09/2025"]), ("DATE", ["12/09/2025"]),
      ("NAME", ["Farhat", "Naqvi-Lodhi"]), ("HOSPITAL", ["Shahid Clinic"]), ("NAME", ["Usman", "Ghani", "Tareen"]),
      ("LICENCE", ["18274-S"])],
     ["Salmonella enterica serovar Typhi", "XDR", "Typhidot IgM positive", "meropenem 20 mg/kg",
      "azithromycin 20 mg/kg/day", "Typbar-TCV"]),

    # 29 - Nigeria, Edo: Lassa fever case notification and investigation form
    ("IRRUA SPECIALIST TEACHING HOSPITAL, Irrua, Edo State\n"
     "Institute of Viral and Emergent Pathogens Control and Research\n"
     "LASSA FEVER CASE INVESTIGATION / NOTIFICATION FORM - to State Epidemiologist, Edo State Ministry of Health, and "
     "NCDC\n"
     "EPID No.: NIE-EDS-ENE-26-0063 | Date of notification: 17/01/2026\n"
     "Patient: Mrs Itohan Okojie-Eboreime, 34 F, NIN 70361958240, phone 0803 555 6071\n"
     "Occupation: foodstuff (garri) trader at Uromi main market\n"
     "Address: No 14 Ebhohon Street, Uromi, Esan North-East LGA\n"
     "Date of onset: 08/01/2026 | First seen at Faith Mediplex Hospital, Uromi, three days later (treated for malaria "
     "and typhoid) | Admitted here 15/01/2026\n"
     "Clinical: fever, sore throat, retrosternal pain, vomiting, bleeding gums; facial oedema; not pregnant. AST 412 "
     "U/L, creatinine 2.1 mg/dL, proteinuria 2+.\n"
     "Laboratory: Lassa virus RT-PCR POSITIVE on the day after admission (Ct 24).\n"
     "Exposure: rodents (Mastomys natalensis) in the house and in her market store; no travel.\n"
     "Treatment: IV ribavirin, McCormick regimen (33 mg/kg loading, then 16 mg/kg 6-hourly for 4 days, then 8 mg/kg "
     "8-hourly for 6 days); haemodialysis x1.\n"
     "Contacts listed: 14 - husband Mr Omokhagbo Eboreime (0706 555 2918), 3 children, 2 neighbours, 8 health workers "
     "at Faith Mediplex Hospital (no PPE used). Daily follow-up for 21 days started.\n"
     "Reported by: Dr Ehiremen Odigie-Ugiagbe, Consultant Virologist | MDCN/R/52906",
     [("HOSPITAL", ["IRRUA SPECIALIST TEACHING HOSPITAL"]), ("LOCATION", ["Irrua"]), ("ID", ["NIE-EDS-ENE-26-0063"]),
      ("DATE", ["17/01/2026"]), ("NAME", ["Itohan", "Okojie-Eboreime"]), ("ID", ["70361958240"]),
      ("PHONE", ["0803 555 6071"]), ("LOCATION", ["Uromi"]), ("ADDRESS", ["No 14 Ebhohon Street"]),
      ("LOCATION", ["Esan North-East"]), ("DATE", ["08/01/2026"]), ("HOSPITAL", ["Faith Mediplex Hospital"]),
      ("DATE", ["15/01/2026"]), ("NAME", ["Omokhagbo", "Eboreime"]), ("PHONE", ["0706 555 2918"]),
      ("NAME", ["Ehiremen", "Odigie-Ugiagbe"]), ("LICENCE", ["MDCN/R/52906"])],
     ["LASSA FEVER", "AST 412 U/L", "Ct 24", "Mastomys natalensis", "McCormick regimen", "33 mg/kg"]),

    # 30 - Greece, Rhodes: care-home weekly medical visit record, resident aged 93 (Greek)
    ("Μονάδα Φροντίδας Ηλικιωμένων «Η Ευαγγελίστρια», Κωνσταντίνου Παλαιολόγου 14, 85100 Ρόδος\n"
     "Εβδομαδιαία ιατρική επίσκεψη - 12/03/2026\n"
     "Φιλοξενούμενη: Ευδοκία Καραμαρίτη, 93 ετών, γεν. 15/08/1932, ΑΜΚΑ 15083201275, δωμάτιο 3\n"
     "Καταγωγή από την Έμπωνα. Στη μονάδα από τον Μάρτιο του 2022· χήρα από το 1998.\n"
     "Ιστορικό: σακχαρώδης διαβήτης τύπου 2, ΧΝΝ σταδίου 3α, καρδιακή ανεπάρκεια με διατηρημένο κλάσμα εξώθησης, "
     "γλαύκωμα.\n"
     "Φάρμακα: Trajenta 5 mg x1, Lasix 40 mg x1, Lumigan κολλύριο το βράδυ, παρακεταμόλη.\n"
     "Σήμερα: αδυναμία και μειωμένη πρόσληψη τροφής εδώ και μία εβδομάδα. Βάρος 48 kg (-3 kg από τον Ιανουάριο), ΔΜΣ "
     "19. MNA 16/30. Κλίμακα Braden 12. Ερυθρότητα πτέρνας δεξιά, χωρίς λύση συνέχειας. Τελευταία HbA1c 7,8% (στις "
     "5/3). Σάκχαρο νηστείας 74 mg/dL.\n"
     "Οδηγίες: διακοπή Trajenta (κίνδυνος υπογλυκαιμίας με τόσο λίγη τροφή), συμπληρώματα Fortimel δύο φορές την "
     "ημέρα, αλλαγή θέσης ανά 2 ώρες και προστατευτικό πτέρνας, ζύγιση κάθε εβδομάδα.\n"
     "Ενημερώθηκε η κόρη της Μαρουσώ (κιν. 693 555 7281). Ο γιος της Μανώλης θα έρθει από το εξωτερικό για τα 94α "
     "γενέθλιά της τον Αύγουστο.\n"
     "Ο ιατρός: Μιχαήλ Σαρικάς, Γενικός Ιατρός, Κέντρο Υγείας Αρχαγγέλου",
     [("HOSPITAL", ["Η Ευαγγελίστρια"]), ("ADDRESS", ["Κωνσταντίνου Παλαιολόγου 14"]), ("POSTCODE", ["85100"]),
      ("LOCATION", ["Ρόδος"]), ("DATE", ["12/03/2026"]), ("NAME", ["Ευδοκία", "Καραμαρίτη"]), ("AGE", ["93 ετών"]),
      ("DATE", ["15/08/1932"]), ("ID", ["15083201275"]), ("LOCATION", ["Έμπωνα"]), ("DATE", ["Μάρτιο του 2022"]),
      ("DATE", ["1998"]), ("DATE", ["Ιανουάριο"]), ("DATE", ["5/3"]), ("NAME", ["Μαρουσώ"]),
      ("PHONE", ["693 555 7281"]), ("NAME", ["Μανώλης"]), ("AGE", ["94α"]), ("DATE", ["Αύγουστο"]),
      ("NAME", ["Μιχαήλ", "Σαρικάς"]), ("HOSPITAL", ["Κέντρο Υγείας Αρχαγγέλου"])],
     ["Trajenta 5 mg", "Lumigan", "MNA 16/30", "Κλίμακα Braden 12", "HbA1c 7,8%", "Fortimel"]),

    # 31 - China, Guangdong: histopathology report, nasopharyngeal carcinoma (simplified Chinese)
    ("中山大学肿瘤防治中心 病理科 病理诊断报告书\n"
     "病理号：P2025-730642　住院号：ZL0927461\n"
     "送检日期：2025年10月20日　报告日期：2025年10月24日\n"
     "姓名：梁志坚　性别：男　年龄：39岁　身份证号：440106198609234715\n"
     "住址：广东省佛山市顺德区伦教街道永丰社区新基路17号\n"
     "送检单位：佛山市顺德区伦教医院 耳鼻喉科　送检医生：何嘉欣\n"
     "临床资料：涕中带血2个月，右颈部无痛性肿物3 cm。EBV DNA 8,420 copies/mL，EBV VCA-IgA 1:320。鼻咽镜见右侧咽隐窝新生物。\n"
     "肉眼所见：（鼻咽部活检）灰白碎组织一堆，大小 0.8×0.6×0.3 cm，全部取材。\n"
     "镜下所见：肿瘤细胞呈合体样巢片状分布，核大空泡状，核仁明显，间质大量淋巴细胞浸润。\n"
     "免疫组化：CK(+)，CK5/6(+)，p63(+)，Ki-67（约70%+）。原位杂交：EBER(+)。\n"
     "病理诊断：（鼻咽）非角化性癌，未分化型。\n"
     "备注：请结合影像学行 AJCC/UICC 第8版 TNM 分期。\n"
     "诊断医师：邝伟明　审核医师：欧阳慧　科室电话：020-8555 2716",
     [("HOSPITAL", ["中山大学肿瘤防治中心"]), ("ID", ["P2025-730642"]), ("MRN", ["ZL0927461"]), ("DATE", ["2025年10月20日"]),
      ("DATE", ["2025年10月24日"]), ("NAME", ["梁志坚"]), ("ID", ["440106198609234715"]), ("LOCATION", ["佛山市"]),
      ("LOCATION", ["顺德区"]), ("LOCATION", ["伦教街道"]), ("LOCATION", ["永丰社区"]), ("ADDRESS", ["新基路17号"]),
      ("HOSPITAL", ["佛山市顺德区伦教医院"]), ("NAME", ["何嘉欣"]), ("NAME", ["邝伟明"]), ("NAME", ["欧阳慧"]),
      ("PHONE", ["020-8555 2716"])],
     ["EBV VCA-IgA 1:320", "CK5/6(+)", "p63(+)", "Ki-67（约70%+）", "EBER(+)", "非角化性癌，未分化型"]),

    # 32 - Kenya, Mombasa: dental clinic note
    ("SMILE BAY DENTAL CLINIC\n"
     "2nd floor, Nyali Centre, Links Road, Nyali, Mombasa\n"
     "Clinical notes 07/03/2026 (Sat) 09:30\n"
     "Pt: Mr Bakari Said Mwinyi, 38 M, ID No. 28417390, SHA No. SHA-0730592618, tel 0722 555 418, "
     "bakari.mwinyi@gmail.com\n"
     "Tuk-tuk driver (KTWB 306C), works from the Kongowea Market stage. Chews miraa, smokes 10/day.\n"
     "C/O: painful swelling lower right jaw 5/7, worse at night, difficulty opening mouth since yesterday, fever.\n"
     "O/E: T 38.4, HR 104. Firm tender swelling R submandibular and buccal region; mouth opening 18 mm; floor of mouth "
     "soft, not raised; tongue not elevated; no stridor, swallowing saliva OK. 46 grossly carious, TTP, grade II "
     "mobile; 47 deep distal caries.\n"
     "OPG: periapical radiolucency 46 (mesial and distal roots), 47 deep caries close to pulp.\n"
     "Dx: odontogenic submandibular space infection from 46 - not Ludwig's angina at present.\n"
     "Tx: LA - lignocaine 2% with adrenaline 1:80,000, 2 cartridges (IANB + buccal). Extraction 46, pus drained via "
     "socket, irrigated with saline. Augmentin 625 mg TDS x5/7, metronidazole 400 mg TDS x5/7, ibuprofen 400 mg TDS.\n"
     "Warned: if swelling spreads under the tongue or breathing/swallowing gets hard, go straight to Coast General "
     "Teaching & Referral Hospital casualty. Wife Mwanaisha to watch him tonight.\n"
     "Review 09/03 (Mon); RCT or extraction 47 later.\n"
     "Dr Fatma Nassir-Odhiambo, BDS (Nbi) | KMPDC Reg. No. B6093",
     [("HOSPITAL", ["SMILE BAY DENTAL CLINIC"]), ("ADDRESS", ["2nd floor, Nyali Centre, Links Road"]),
      ("LOCATION", ["Nyali"]), ("LOCATION", ["Mombasa"]), ("DATE", ["07/03/2026"]),
      ("NAME", ["Bakari", "Said", "Mwinyi"]), ("ID", ["28417390"]), ("ID", ["SHA-0730592618"]),
      ("PHONE", ["0722 555 418"]), ("EMAIL", ["bakari.mwinyi@gmail.com"]), ("PLATE", ["KTWB 306C"]),
      ("LOCATION", ["Kongowea Market"]), ("HOSPITAL", ["Coast General Teaching & Referral Hospital"]),
      ("NAME", ["Mwanaisha"]), ("DATE", ["09/03"]), ("NAME", ["Fatma", "Nassir-Odhiambo"]), ("LICENCE", ["B6093"])],
     ["5/7", "46 grossly carious", "Ludwig's angina", "lignocaine 2% with adrenaline 1:80,000", "Augmentin 625 mg",
      "metronidazole 400 mg TDS"]),

    # 33 - Jamaica: GP referral letter to a breast clinic
    ("MANDEVILLE FAMILY MEDICAL CENTRE\n"
     "22 Caledonia Road, Mandeville, Manchester\n"
     "\n"
     "26th February 2026\n"
     "\n"
     "The Consultant General Surgeon\n"
     "Breast Clinic, University Hospital of the West Indies, Mona, Kingston 7\n"
     "\n"
     "Dear Colleague,\n"
     "Re: Mrs. Icilda Blagrove-Tomlinson, DOB 03.09.1978, TRN 118-274-093\n"
     "Address: Lot 27, Spur Tree, Manchester | Cell (876) 555-0192\n"
     "\n"
     "I would be grateful if you could see this 47-year-old teacher at Bellefield High School urgently; she is a "
     "deaconess at Bethabara Moravian Church. She noticed a lump in the left breast 2/12 ago which has enlarged. On "
     "examination there is a 3.5 cm hard, irregular mass in the upper outer quadrant, tethered to the skin, with peau "
     "d'orange and a firm mobile left axillary node. Right breast and axilla normal.\n"
     "Mammogram and ultrasound at Hargreaves Memorial Hospital on 18/02: spiculated mass, BI-RADS 5; no biopsy yet.\n"
     "Her mother died of breast cancer at 45.\n"
     "Background: type 2 diabetes on metformin 500 mg BD (HbA1c 7.1%), hypertension on amlodipine 10 mg. NKDA. G3P3.\n"
     "She would value triple assessment with core biopsy and staging. She and her husband are aware of my concern.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. Everald Chin-Yee, MBBS (UWI) | Medical Council of Jamaica reg. 4172",
     [("HOSPITAL", ["MANDEVILLE FAMILY MEDICAL CENTRE"]), ("ADDRESS", ["22 Caledonia Road"]),
      ("LOCATION", ["Mandeville"]), ("DATE", ["26th February 2026"]),
      ("HOSPITAL", ["University Hospital of the West Indies"]), ("LOCATION", ["Mona"]), ("LOCATION", ["Kingston 7"]),
      ("NAME", ["Icilda", "Blagrove-Tomlinson"]), ("DATE", ["03.09.1978"]), ("ID", ["118-274-093"]),
      ("ADDRESS", ["Lot 27"]), ("LOCATION", ["Spur Tree"]), ("LOCATION", ["Manchester"]), ("PHONE", ["(876) 555-0192"]),
      ("LOCATION", ["Bellefield High School"]), ("LOCATION", ["Bethabara Moravian Church"]),
      ("HOSPITAL", ["Hargreaves Memorial Hospital"]), ("DATE", ["18/02"]), ("NAME", ["Everald", "Chin-Yee"]),
      ("LICENCE", ["4172"])],
     ["2/12", "peau d'orange", "BI-RADS 5", "HbA1c 7.1%", "G3P3", "triple assessment"]),

    # 34 - Singapore: endocrinology specialist outpatient clinic list
    ("Tan Tock Seng Hospital - Endocrinology Specialist Outpatient Clinic 5B\n"
     "11 Jalan Tan Tock Seng, Singapore 308433\n"
     "CLINIC LIST - Tuesday, 10 March 2026 (AM) | Consultant: Dr Faridah Yusof-Menon | Clinic nurse ext 6218\n"
     "\n"
     "09:00  ONG Kah Seng, M/67, S1590362G, HP 9555 2718\n"
     "       T2DM, HbA1c 9.4% on Mounjaro 5 mg weekly; step up to 7.5 mg if GI side effects tolerable.\n"
     "09:15  NURUL Ain binte Rahmat, F/35, S9014382D - Blk 688A Jurong West Central 1, #12-318, S(641688)\n"
     "       GDM at 28/40 on Lantus 8 units nocte; fasting CBG 5.8-6.4. Airport ground staff, shift work.\n"
     "09:30  RAJAGOPAL s/o Muthusamy, M/61, S6417285I - son interprets (Tamil)\n"
     "       T2DM with CKD 3b; Jardiance 10 mg; eGFR 38. Season parking label for SLB3061B to be renewed at the "
     "counter.\n"
     "09:45  CHUA Mei Xin, F/21, T0462915E - NEW to adult clinic\n"
     "       T1DM since DKA at KK Women's and Children's Hospital aged 17; Dexcom ONE+ (sensor s/n 4CF2-77190-DX); "
     "student at Ngee Ann Polytechnic.\n"
     "10:00  MD ROBIUL Islam, M/31, FIN G5172839X - Bengali interpreter booked\n"
     "       Graves' disease on carbimazole 20 mg; TRAb 8.2 IU/L. Work permit, construction worker with Soon Heng "
     "Builders Pte Ltd; lives in a dormitory.",
     [("HOSPITAL", ["Tan Tock Seng Hospital"]), ("ADDRESS", ["11 Jalan Tan Tock Seng"]), ("POSTCODE", ["308433"]),
      ("DATE", ["10 March 2026"]), ("NAME", ["Faridah", "Yusof-Menon"]), ("PHONE", ["6218"]),
      ("NAME", ["ONG", "Kah Seng"]), ("ID", ["S1590362G"]), ("PHONE", ["9555 2718"]), ("NAME", ["NURUL Ain", "Rahmat"]),
      ("ID", ["S9014382D"]), ("ADDRESS", ["Blk 688A Jurong West Central 1, #12-318"]), ("POSTCODE", ["641688"]),
      ("NAME", ["RAJAGOPAL", "Muthusamy"]), ("ID", ["S6417285I"]), ("PLATE", ["SLB3061B"]),
      ("NAME", ["CHUA", "Mei Xin"]), ("ID", ["T0462915E"]), ("HOSPITAL", ["KK Women's and Children's Hospital"]),
      ("SERIAL", ["4CF2-77190-DX"]), ("LOCATION", ["Ngee Ann Polytechnic"]), ("NAME", ["ROBIUL", "Islam"]),
      ("ID", ["G5172839X"]), ("LOCATION", ["Soon Heng Builders Pte Ltd"])],
     ["HbA1c 9.4%", "Mounjaro 5 mg", "28/40", "Jardiance 10 mg", "Dexcom ONE+", "Graves' disease", "TRAb 8.2 IU/L"]),

    # 35 - Malaysia, Sabah: nursing shift handover (SBAR), knowlesi malaria
    ("Hospital Duchess of Kent, Sandakan - Wad Kenanga (Medical 3)\n"
     "NURSING HANDOVER (SBAR) - night to morning shift, 22/11/2025 07:00\n"
     "S: En. Sylvester Majimbun, 52 M, bed 14, MyKad 730514-12-5183, RN KK25-306519, DOB 14/05/1973. Plasmodium "
     "knowlesi malaria, severe - admission parasite count 52,000/uL. Transferred from Hospital Telupid on 20/11.\n"
     "B: oil palm harvester at Ladang Sri Binuang, Kinabatangan. T2DM on metformin. Smoker. No allergies.\n"
     "A: IV artesunate 2.4 mg/kg given 0, 12, 24 h and daily - dose 4 given 06:00. Parasite count this morning 180/uL. "
     "T 37.1, BP 118/72, HR 88, RR 18, SpO2 97% RA. Urine output 0.8 mL/kg/h (strict I/O). Creatinine 168 -> 132; "
     "platelets 28 -> 61. GCS 15, oriented. Morse fall score 45 (IV line, weak legs). Capillary glucose 6-9 mmol/L.\n"
     "R: MO to review for switch to Riamet (artemether-lumefantrine) once tolerating food; blood film daily; 4-hourly "
     "obs; fall precautions; call MO on call if T >38.5, SBP <90 or drowsy. Wife Pn. Juliana visiting this morning, "
     "tel 013-555 8142.\n"
     "Handed over by: SN Nor Azlina binti Sulaiman (night) | Received by: SN Veronica Sundang (morning)",
     [("HOSPITAL", ["Hospital Duchess of Kent"]), ("LOCATION", ["Sandakan"]), ("LOCATION", ["Wad Kenanga"]),
      ("DATE", ["22/11/2025"]), ("NAME", ["Sylvester", "Majimbun"]), ("ID", ["730514-12-5183"]),
      ("MRN", ["KK25-306519"]), ("DATE", ["14/05/1973"]), ("HOSPITAL", ["Hospital Telupid"]), ("DATE", ["20/11"]),
      ("LOCATION", ["Ladang Sri Binuang"]), ("LOCATION", ["Kinabatangan"]), ("NAME", ["Juliana"]),
      ("PHONE", ["013-555 8142"]), ("NAME", ["Nor Azlina", "Sulaiman"]), ("NAME", ["Veronica", "Sundang"])],
     ["SBAR", "Plasmodium knowlesi", "parasite count 52,000/uL", "artesunate 2.4 mg/kg", "Morse fall score 45",
      "Riamet"]),

    # 36 - Samoa: hospital social work family meeting record
    ("Tupua Tamasese Meaole Hospital (TTM), Apia - Social Work Department\n"
     "FAMILY MEETING RECORD - 04/02/2026, Surgical Ward conference room\n"
     "Patient: Mr Iosefa Aumua-Leavasa, 56 M, TTM hosp. no. 26-004183. Home village: Saleimoa.\n"
     "Present: patient; wife Lagi; son Fa'amoana (by video from Ōtāhuhu, Auckland); daughter; Rev. Pouono Salave'a "
     "(faifeau of the Congregational church at Saleimoa); ward sister; physiotherapist; social worker.\n"
     "Medical summary (from surgical team): type 2 diabetes for 15 years, poorly controlled (HbA1c 12.4%); left "
     "below-knee amputation on 28/01 for wet gangrene (Wagner grade 4); CKD stage 4, eGFR 22 - dialysis will be "
     "discussed by the renal team. Barthel 45/100.\n"
     "Social issues: Iosefa drove a taxi (plate T 2605), the family's main income, and can no longer drive. Their fale "
     "has three concrete steps and no rail; the toilet is outside. Son sends money from New Zealand every fortnight.\n"
     "Agreed: 1. Family to build a ramp and rail before discharge - the church youth group will help. 2. Referral to "
     "Nuanua o le Alofa for a wheelchair and peer support. 3. Prosthetic assessment at the Prosthetics & Orthotics "
     "unit once the stump has healed (~6/52). 4. Daughter to learn insulin, foot care and BGL checks. 5. Follow-up "
     "home visit by the district nurse.\n"
     "Next meeting: in 2 weeks.\n"
     "Malia Fepulea'i-Toleafoa, Medical Social Worker | +685 72 55418",
     [("HOSPITAL", ["Tupua Tamasese Meaole Hospital"]), ("HOSPITAL", ["TTM"]), ("LOCATION", ["Apia"]),
      ("DATE", ["04/02/2026"]), ("NAME", ["Iosefa", "Aumua-Leavasa"]), ("MRN", ["26-004183"]),
      ("LOCATION", ["Saleimoa"]), ("NAME", ["Lagi"]), ("NAME", ["Fa'amoana"]), ("LOCATION", ["Ōtāhuhu"]),
      ("LOCATION", ["Auckland"]), ("NAME", ["Pouono", "Salave'a"]), ("DATE", ["28/01"]), ("PLATE", ["T 2605"]),
      ("LOCATION", ["Nuanua o le Alofa"]), ("NAME", ["Malia", "Fepulea'i-Toleafoa"]), ("PHONE", ["+685 72 55418"])],
     ["HbA1c 12.4%", "below-knee amputation", "Wagner grade 4", "eGFR 22", "Barthel 45/100", "6/52"]),

    # 37 - Greece, Piraeus: surgical discharge summary (Greek)
    ("Γενικό Νοσοκομείο Πειραιά «Τζάνειο» - Α΄ Χειρουργική Κλινική\n"
     "Αφεντούλη & Ζανή 1, 18536 Πειραιάς, τηλ. κλινικής 213 555 2617\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Λεωνίδας Βλαχογιάννης του Παναγιώτη, 40 ετών, γεν. 22/08/1985, ΑΜΚΑ 22088503713\n"
     "Διεύθυνση: Γρηγορίου Λαμπράκη 118, 18533 Πειραιάς. Χειριστής γερανογέφυρας στον Σταθμό Εμπορευματοκιβωτίων.\n"
     "Ημερομηνία εισαγωγής: 02/02/2026 - Ημερομηνία εξόδου: 08/02/2026\n"
     "Αιτία εισαγωγής: άλγος δεξιού λαγονίου βόθρου από 36 ώρες με ναυτία και πυρετό 38,6 °C. Θετικό σημείο McBurney "
     "και σημείο Rovsing. Λευκά 16.800/μL, CRP 142 mg/L. Alvarado score 8. Υπερηχογράφημα: διατεταμένη σκωληκοειδής "
     "απόφυση 11 mm με κοπρόλιθο.\n"
     "Επέμβαση (02/02/2026): λαπαροσκοπική σκωληκοειδεκτομή. Γαγγραινώδης σκωληκοειδής με τοπική διάτρηση και "
     "περιορισμένο απόστημα - έκπλυση και παροχέτευση.\n"
     "Ιστολογική: οξεία γαγγραινώδης σκωληκοειδίτιδα με διάτρηση, χωρίς νεοπλασία.\n"
     "Πορεία: Tazocin 4,5 g x3 ΕΦ για 5 ημέρες, αφαίρεση παροχέτευσης την 4η μετεγχειρητική. Απύρετος από την 3η "
     "ημέρα.\n"
     "Οδηγίες: Augmentin 1 g x2 για 3 ημέρες, αποφυγή άρσης βάρους για 4 εβδομάδες, άδεια εργασίας 21 ημερών. "
     "Επανέλεγχος στα εξωτερικά ιατρεία στις 20/02/2026 για αφαίρεση ραμμάτων.\n"
     "Ενημερώθηκε η σύζυγός του Ζωή (κιν. 697 555 1834).\n"
     "Θεράπουσα ιατρός: Κλεοπάτρα Ρουσσάκη, Επιμελήτρια Β΄",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Πειραιά"]), ("HOSPITAL", ["Τζάνειο"]), ("ADDRESS", ["Αφεντούλη & Ζανή 1"]),
      ("POSTCODE", ["18536"]), ("LOCATION", ["Πειραιάς"]), ("PHONE", ["213 555 2617"]),
      ("NAME", ["Λεωνίδας", "Βλαχογιάννης"]), ("NAME", ["Παναγιώτη"]), ("DATE", ["22/08/1985"]),
      ("ID", ["22088503713"]), ("ADDRESS", ["Γρηγορίου Λαμπράκη 118"]), ("POSTCODE", ["18533"]),
      ("LOCATION", ["Σταθμό Εμπορευματοκιβωτίων"]), ("DATE", ["02/02/2026"]), ("DATE", ["08/02/2026"]),
      ("DATE", ["20/02/2026"]), ("NAME", ["Ζωή"]), ("PHONE", ["697 555 1834"]), ("NAME", ["Κλεοπάτρα", "Ρουσσάκη"])],
     ["σημείο McBurney", "σημείο Rovsing", "CRP 142 mg/L", "Alvarado score 8", "Tazocin 4,5 g", "Augmentin 1 g"]),

    # 38 - Macau: medical ward round progress note, patient aged 90 (traditional Chinese)
    ("鏡湖醫院 內科病房 病程記錄（主治醫生查房）\n"
     "日期：2026年2月3日\n"
     "病人：葉鳳儀　女　90歲　出生日期：1935年11月28日　澳門居民身份證：1530962(4)　住院號：KW-26-004127\n"
     "住址：沙梨頭海邊街12號祥興大廈6樓C（現居頤康護老院）\n"
     "病史：2016年腦中風，左側偏癱；2019年確診柏金遜病，服用 Madopar 125 mg 每日三次；吞嚥困難，需糊餐。Barthel 指數 15/100。\n"
     "本次入院：2026年1月30日因發熱、咳嗽、痰多由護老院轉入，診斷吸入性肺炎，CURB-65 3分。\n"
     "今日情況：體溫 37.6℃，SpO2 93%（鼻導管 2 L/min），痰較前少；CRP 由 186 降至 74 mg/L。繼續 Rocephin 2 g 每日一次（第5天），加強拍背排痰。言語治療師再評估吞嚥。\n"
     "目標：家屬（兒子林志明，電話 6655 2718）已於2023年9月簽署不作心肺復甦（DNACPR）同意書，今日再次確認。女兒在珠海，希望農曆新年前接母親回院舍。病人今日精神較好，說想在11月過91歲生日。\n"
     "計劃：如穩定，2月6日出院返回頤康護老院。\n"
     "主治醫生：蘇嘉雯　住院醫生：麥浩然",
     [("HOSPITAL", ["鏡湖醫院"]), ("DATE", ["2026年2月3日"]), ("NAME", ["葉鳳儀"]), ("AGE", ["90歲"]), ("DATE", ["1935年11月28日"]),
      ("ID", ["1530962(4)"]), ("MRN", ["KW-26-004127"]), ("LOCATION", ["沙梨頭"]), ("ADDRESS", ["海邊街12號祥興大廈6樓C"]),
      ("HOSPITAL", ["頤康護老院"]), ("DATE", ["2016年"]), ("DATE", ["2019年"]), ("DATE", ["2026年1月30日"]), ("NAME", ["林志明"]),
      ("PHONE", ["6655 2718"]), ("DATE", ["2023年9月"]), ("LOCATION", ["珠海"]), ("DATE", ["農曆新年"]), ("DATE", ["11月"]),
      ("AGE", ["91歲"]), ("DATE", ["2月6日"]), ("NAME", ["蘇嘉雯"]), ("NAME", ["麥浩然"])],
     ["柏金遜病", "Madopar 125 mg", "Barthel 指數 15/100", "CURB-65 3分", "Rocephin 2 g", "DNACPR"]),

    # 39 - Turkey, Sivas: infectious diseases consultation, Crimean-Congo haemorrhagic fever (Turkish)
    ("T.C. Sağlık Bakanlığı - Sivas Numune Hastanesi\n"
     "Enfeksiyon Hastalıkları ve Klinik Mikrobiyoloji Kliniği | Tel: (0346) 555 12 40\n"
     "KONSÜLTASYON NOTU - 18 Haziran 2025, saat 14:20\n"
     "Hasta: Ramazan Dikmetaş, 46 yaş, Erkek, T.C. Kimlik No: 31847290576, doğum tarihi 03.04.1979, protokol no "
     "2025/093617\n"
     "Adres: Yıldız Mahallesi, Çiçek Sokak No: 7, Zara / Sivas. Çiftçi.\n"
     "Öykü: Suşehri Devlet Hastanesi'nden sevk edildi. 13 Haziran'da tarlada çalışırken bacağına yapışan keneyi çıplak "
     "elle çıkarmış. 3 gündür ateş, halsizlik, kas ağrısı, bulantı ve ishal. Traktörü (58 AC 930) kendisi kullanarak "
     "ilçe hastanesine gitmiş.\n"
     "Fizik muayene: ateş 39,4 °C, nabız 62/dk (rölatif bradikardi), gövdede peteşiler, diş eti kanaması, "
     "konjonktivada hiperemi.\n"
     "Laboratuvar: trombosit 18.000/mm³, lökosit 1.900/mm³, AST 486 U/L, ALT 212 U/L, LDH 1.240 U/L, CK 2.100 U/L, "
     "aPTT 58 sn, INR 1,6.\n"
     "Değerlendirme: Kırım-Kongo kanamalı ateşi (KKKA) olası vaka; Swanepoel kriterlerine göre ağır seyir riski "
     "yüksek.\n"
     "Öneriler: temas ve damlacık izolasyonu; KKKA PCR ve IgM için örnek Ankara'daki Halk Sağlığı referans "
     "laboratuvarına gönderildi; oral ribavirin 30 mg/kg yükleme, sonra 15 mg/kg 6 saatte bir (4 gün); trombosit "
     "süspansiyonu ve taze donmuş plazma; İl Sağlık Müdürlüğü'ne bildirim yapıldı. Sağlık çalışanları kişisel koruyucu "
     "ekipman kullanmalı.\n"
     "Yakını: eşi Fadime Dikmetaş, tel 0532 555 73 06 - evdeki kişiler 14 gün ateş takibi yapacak.\n"
     "Dr. Öğr. Üyesi Sibel Yazıcıoğlu-Tanrıverdi",
     [("HOSPITAL", ["Sivas Numune Hastanesi"]), ("LOCATION", ["Sivas"]), ("PHONE", ["(0346) 555 12 40"]),
      ("DATE", ["18 Haziran 2025"]), ("NAME", ["Ramazan", "Dikmetaş"]), ("ID", ["31847290576"]),
      ("DATE", ["03.04.1979"]), ("MRN", ["2025/093617"]), ("ADDRESS", ["Yıldız Mahallesi, Çiçek Sokak No: 7"]),
      ("LOCATION", ["Zara"]), ("HOSPITAL", ["Suşehri Devlet Hastanesi"]), ("DATE", ["13 Haziran"]),
      ("PLATE", ["58 AC 930"]), ("LOCATION", ["Ankara"]), ("NAME", ["Fadime"]), ("PHONE", ["0532 555 73 06"]),
      ("NAME", ["Sibel", "Yazıcıoğlu-Tanrıverdi"])],
     ["trombosit 18.000/mm³", "aPTT 58 sn", "Kırım-Kongo kanamalı ateşi", "Swanepoel kriterlerine",
      "ribavirin 30 mg/kg", "15 mg/kg"]),
]
