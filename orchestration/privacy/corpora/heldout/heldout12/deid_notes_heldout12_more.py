"""The last 20 notes of the twelfth held-out set (:mod:`deid_notes_heldout12`; positions 20-39 of its ``NOTES``),
split off only to keep each file a readable length and written blind like the rest of that set: 366 planted identifier
parts in 309 (kind, parts) entries, 114 clinical strings. Notes 24 (Tamil) and 33 (Hebrew) are in a non-Latin script;
note 28 is in German; notes 21 (aged 97) and 30 (aged 91) are patients aged 90 or over, with the age and every date
element planted.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - India, Maharashtra: blood bank crossmatch request and immunohaematology report
    ("Department of Transfusion Medicine, King Edward Memorial Hospital, Parel, Mumbai\n"
     "Crossmatch request and immunohaematology report - Req. no. BB/IH/25/7741 - 27/08/2025\n"
     "Patient: Smt. Sunanda Gaikwad-Patil, 34 F, IP no. 2025-088417, Ward 8 (Obstetrics)\n"
     "Aadhaar 7359 0418 2623. Flat 503, Sai Darshan CHS, Tilak Nagar, Chembur, Mumbai 400089.\n"
     "Indication: G2P1 at 36 weeks, major placenta praevia, Hb 7.8 g/dL; elective LSCS planned for 02/09/2025.\n"
     "Findings: forward grouping O, Rh D positive. Reverse grouping: strong anti-H (4+) reacting with pooled O "
     "cells at 4 and 37 °C. H antigen absent with anti-H lectin (Ulex europaeus); saliva non-secretor.\n"
     "Interpretation: Bombay phenotype (Oh). Only Oh red cells are compatible.\n"
     "Action: rare donor registry contacted - 2 Oh units located at a blood centre in Thane; patient's brother "
     "also typed as Oh and willing to donate. Obstetrician informed; husband Mr. Vikrant (98200 41736) "
     "counselled.\n"
     "Dr. Madhavi Kulkarni-Deshmukh, Resident, Transfusion Medicine",
     [("HOSPITAL", ["King Edward Memorial Hospital"]), ("LOCATION", ["Parel"]), ("LOCATION", ["Mumbai"]),
      ("ID", ["BB/IH/25/7741"]), ("DATE", ["27/08/2025"]), ("NAME", ["Sunanda", "Gaikwad-Patil"]),
      ("MRN", ["2025-088417"]), ("ID", ["7359 0418 2623"]),
      ("ADDRESS", ["Flat 503, Sai Darshan CHS", "Tilak Nagar"]), ("LOCATION", ["Chembur"]),
      ("POSTCODE", ["400089"]), ("DATE", ["02/09/2025"]), ("LOCATION", ["Thane"]), ("NAME", ["Vikrant"]),
      ("PHONE", ["98200 41736"]), ("NAME", ["Madhavi", "Kulkarni-Deshmukh"])],
     ["placenta praevia", "Hb 7.8 g/dL", "anti-H (4+)", "Ulex europaeus", "Bombay phenotype"]),

    # 21 - Australia, Tasmania: community palliative care nursing visit, patient aged 97
    ("Derwent Palliative Care Service, Hobart - community nursing visit 07/07/2025 14:00\n"
     "Mr Reginald 'Reg' Tutton, aged 97, DOB 30/03/1928, Medicare 3196 40274 1, DVA Gold Card TX260914\n"
     "'Glenora', 61 Channel Highway, Kingston TAS 7050\n"
     "Dx: metastatic prostate cancer (Gleason 4+5=9), bone mets; CKD 4. AKPS 30, mostly in bed.\n"
     "Pain 7/10 at rest despite oral hydromorphone; NIKI T34 syringe driver started today with Dilaudid 4 mg and "
     "midazolam 5 mg over 24 h, driver serial T34-2031477. Mouth care, pressure care, air mattress.\n"
     "Wants to die at home. Will and Advance Care Directive done. Served in Korea 1951-52; widowed 2021. Daughter "
     "Beverley Tutton-Marsh is staying with him, 0448 555 716. Attends St Aidan's Anglican, Kingston, and the "
     "rector visits.\n"
     "Revisit 09/07. GP Dr Kwabena Ashby-Fenn, Kingston Beach Medical, aware.\n"
     "Jodie Lattimore-Wu, CN",
     [("HOSPITAL", ["Derwent Palliative Care Service"]), ("LOCATION", ["Hobart"]), ("DATE", ["07/07/2025"]),
      ("NAME", ["Reginald", "Reg", "Tutton"]), ("AGE", ["aged 97"]), ("DATE", ["30/03/1928"]),
      ("ID", ["3196 40274 1"]), ("ID", ["TX260914"]), ("ADDRESS", ["'Glenora', 61 Channel Highway"]),
      ("LOCATION", ["Kingston"]), ("POSTCODE", ["7050"]), ("SERIAL", ["T34-2031477"]), ("DATE", ["1951-52"]),
      ("DATE", ["2021"]), ("NAME", ["Beverley", "Tutton-Marsh"]), ("PHONE", ["0448 555 716"]),
      ("LOCATION", ["St Aidan's Anglican"]), ("DATE", ["09/07"]), ("NAME", ["Kwabena", "Ashby-Fenn"]),
      ("HOSPITAL", ["Kingston Beach Medical"]), ("NAME", ["Jodie", "Lattimore-Wu"])],
     ["Gleason 4+5=9", "AKPS 30", "Pain 7/10", "NIKI T34", "Dilaudid 4 mg", "Will and Advance Care Directive"]),

    # 22 - Bangladesh: cholera ward nursing handover, three patients
    ("icddr,b hospital, Mohakhali - Short Stay Ward nursing handover, night to morning, 14/06/2025 07:00\n"
     "Cot 12: Md. Rafiqul Islam Bhuiyan, 45 M, reg. no. 2025-118734, rickshaw puller from Kamrangirchar. Arrived "
     "02:10 with severe dehydration (WHO Plan C), rice-water stools, darting motility on dark-field; Vibrio cholerae "
     "O1 Ogawa on culture. 8 L Dhaka solution overnight, now some dehydration only - ORS. Azithromycin 1 g single "
     "dose given. Stool output 6.2 L in 12 h on the cholera cot.\n"
     "Cot 15: Arif, 11 months, son of Mrs Tahmina Akter (mobile 01712-555834). MUAC 11.2 cm - SAM with watery "
     "diarrhoea, rotavirus positive. ReSoMal 5 mL/kg, zinc 20 mg daily, F-75 started.\n"
     "Cot 18: Mrs Rokeya Begum, 62 F, from Keraniganj; AKI, creatinine 2.4 mg/dL, Plan B ORS, strict input/output.\n"
     "Handover by SN Shapla Rani Das to SN Mousumi Hossain.",
     [("HOSPITAL", ["icddr,b"]), ("LOCATION", ["Mohakhali"]), ("DATE", ["14/06/2025"]),
      ("NAME", ["Rafiqul", "Islam", "Bhuiyan"]), ("MRN", ["2025-118734"]), ("LOCATION", ["Kamrangirchar"]),
      ("NAME", ["Arif"]), ("NAME", ["Tahmina", "Akter"]), ("PHONE", ["01712-555834"]),
      ("NAME", ["Rokeya", "Begum"]), ("LOCATION", ["Keraniganj"]), ("NAME", ["Shapla Rani Das"]),
      ("NAME", ["Mousumi", "Hossain"])],
     ["WHO Plan C", "rice-water stools", "Vibrio cholerae O1 Ogawa", "Dhaka solution", "MUAC 11.2 cm",
      "ReSoMal 5 mL/kg"]),

    # 23 - Philippines: pre-employment medical examination for an overseas worker
    ("Mabuhay Diagnostic & Medical Clinic (DOH-accredited), 2/F Unit 204, 1471 Taft Avenue, Ermita, Manila\n"
     "PRE-EMPLOYMENT MEDICAL EXAMINATION - 09 October 2025\n"
     "Applicant: Ma. Cristina Dizon-Lacsamana, 29 F, DOB Feb. 14, 1996\n"
     "Passport P6039185C. PhilHealth 12-050937164-2. TIN 302-618-447-000.\n"
     "Address: Blk 7 Lot 22, Phase 2, Greenbreeze Subd., Brgy. Molino III, Bacoor, Cavite 4102. Cell "
     "0917 555 4821.\n"
     "Position: staff nurse, King Fahad Medical City, Riyadh; agency Pacific Star Manpower Services Inc.\n"
     "Findings: BP 110/70, BMI 22.4. Visual acuity 20/20 OU, Ishihara plates 14/14. CXR PA: fibrotic densities R "
     "apex. QuantiFERON-TB Gold Plus positive; sputum Xpert negative x2. HBsAg non-reactive, anti-HBs >1000 "
     "mIU/mL. Received Dengvaxia in the 2016 school programme, no adverse events. Pregnancy test negative. Drug "
     "test negative.\n"
     "Assessment: latent TB infection. Start 3HP (rifapentine + isoniazid weekly x 12). Classification: PENDING "
     "until treatment is completed.\n"
     "Dr. Rommel Aguinaldo-Sison, examining physician, PRC Lic. No. 0096417",
     [("HOSPITAL", ["Mabuhay Diagnostic & Medical Clinic"]), ("ADDRESS", ["2/F Unit 204, 1471 Taft Avenue"]),
      ("LOCATION", ["Ermita"]), ("LOCATION", ["Manila"]), ("DATE", ["09 October 2025"]),
      ("NAME", ["Ma. Cristina", "Dizon-Lacsamana"]), ("DATE", ["Feb. 14, 1996"]), ("ID", ["P6039185C"]),
      ("ID", ["12-050937164-2"]), ("ID", ["302-618-447-000"]),
      ("ADDRESS", ["Blk 7 Lot 22, Phase 2, Greenbreeze Subd.", "Brgy. Molino III"]), ("LOCATION", ["Bacoor"]),
      ("POSTCODE", ["4102"]), ("PHONE", ["0917 555 4821"]), ("HOSPITAL", ["King Fahad Medical City"]),
      ("LOCATION", ["Riyadh"]), ("LOCATION", ["Pacific Star Manpower Services"]),
      ("NAME", ["Rommel", "Aguinaldo-Sison"]), ("LICENCE", ["0096417"])],
     ["BP 110/70", "Ishihara plates 14/14", "QuantiFERON-TB Gold Plus positive", "anti-HBs >1000", "Dengvaxia",
      "3HP"]),

    # 24 - India, Tamil Nadu (in Tamil): antenatal visit at a primary health centre
    ("ஆரம்ப சுகாதார நிலையம், திருவையாறு - கர்ப்பகால பரிசோதனைப் பதிவு\n"
     "தேதி: 04.03.2025\n"
     "பெயர்: திருமதி கலைச்செல்வி முருகேசன், வயது 24, G2P1L1, 28 வாரங்கள்\n"
     "PICME எண்: 133004821756   ஆதார்: 5612 8047 3917\n"
     "முகவரி: 12/4, மாரியம்மன் கோவில் தெரு, கண்டியூர், தஞ்சாவூர் மாவட்டம் 613202\n"
     "கைபேசி: 98427 31560 (கணவர் முருகேசன், விவசாயி)\n"
     "கடைசி மாதவிடாய்: 2024 ஆகஸ்ட் 20\n"
     "பரிசோதனை: இரத்த அழுத்தம் 110/70, எடை 52 கிலோ, Hb 9.2 g/dL (இரத்தசோகை). GCT 162 mg/dL - கர்ப்பகால "
     "நீரிழிவு.\n"
     "சிகிச்சை: Iron sucrose 200 mg IV, Td இரண்டாம் தவணை, உணவு ஆலோசனை. டாக்டர் முத்துலட்சுமி ரெட்டி மகப்பேறு "
     "நிதியுதவித் திட்டம் இரண்டாம் தவணைக்குப் பரிந்துரை.\n"
     "அடுத்த வருகை: 18.03.2025. கிராம சுகாதார செவிலியர் திருமதி சுமதி ராஜேந்திரன் வீட்டுக்கு வருவார்.\n"
     "மருத்துவ அலுவலர்: டாக்டர் அருள்மொழி சண்முகசுந்தரம்",
     [("HOSPITAL", ["திருவையாறு"]), ("DATE", ["04.03.2025"]), ("NAME", ["கலைச்செல்வி", "முருகேசன்"]),
      ("ID", ["133004821756"]), ("ID", ["5612 8047 3917"]), ("ADDRESS", ["12/4, மாரியம்மன் கோவில் தெரு"]),
      ("LOCATION", ["கண்டியூர்"]), ("LOCATION", ["தஞ்சாவூர்"]), ("POSTCODE", ["613202"]),
      ("PHONE", ["98427 31560"]), ("DATE", ["2024 ஆகஸ்ட் 20"]), ("DATE", ["18.03.2025"]),
      ("NAME", ["சுமதி", "ராஜேந்திரன்"]), ("NAME", ["அருள்மொழி", "சண்முகசுந்தரம்"])],
     ["28 வாரங்கள்", "Hb 9.2 g/dL", "GCT 162 mg/dL", "Iron sucrose 200 mg",
      "முத்துலட்சுமி ரெட்டி மகப்பேறு நிதியுதவித் திட்டம்"]),

    # 25 - Jamaica: paediatric accident and emergency note
    ("Bustamante Hospital for Children - Accident & Emergency, 19/12/2025 06:35\n"
     "Tajay Blackwood, 7 yr M, docket BHC-25-18834, DOB 02/05/2018\n"
     "Lot 47 Olympic Gardens, Kingston 11. Mother Ms Tamoya Blackwood, 876-555-0142, TRN 118-427-603.\n"
     "HPI: ate ackee and saltfish for supper; the ackee was picked unopened from the tree in his grandmother's yard "
     "in Spanish Town. Vomiting x6 from 02:00, then drowsy; generalised seizure about 5 min at 05:50 at home.\n"
     "O/E: afebrile, GCS 10/15, capillary glucose 1.4 mmol/L, no meningism.\n"
     "Dx: Jamaican vomiting sickness (hypoglycin A toxicity).\n"
     "Tx: D10 2 mL/kg bolus then dextrose 10% maintenance, hourly glucose, diazepam PR given by EMS. Admit HDU. "
     "Grandmother Miss Hyacinth Ebanks and two cousins who ate the same meal told to come in.\n"
     "Dr Oshane Rattray-McFarlane, SHO Paediatrics",
     [("HOSPITAL", ["Bustamante Hospital for Children"]), ("DATE", ["19/12/2025"]), ("NAME", ["Tajay", "Blackwood"]),
      ("MRN", ["BHC-25-18834"]), ("DATE", ["02/05/2018"]), ("ADDRESS", ["Lot 47 Olympic Gardens"]),
      ("LOCATION", ["Kingston 11"]), ("NAME", ["Tamoya"]), ("PHONE", ["876-555-0142"]), ("ID", ["118-427-603"]),
      ("LOCATION", ["Spanish Town"]), ("NAME", ["Hyacinth", "Ebanks"]), ("NAME", ["Oshane", "Rattray-McFarlane"])],
     ["ackee and saltfish", "GCS 10/15", "glucose 1.4 mmol/L", "Jamaican vomiting sickness", "hypoglycin A",
      "D10 2 mL/kg"]),

    # 26 - Barbados: diabetic foot clinic referral letter
    ("Winston Scott Polyclinic - Diabetic Foot Clinic\n"
     "Jemmotts Lane, St. Michael   Tel 246-555-0168   Fax 246-555-0190\n"
     "\n"
     "3rd November 2025\n"
     "\n"
     "Mr Desmond Alleyne-Forde, Consultant Vascular Surgeon, Bay View Hospital\n"
     "\n"
     "Re: Mr Everton Husbands, DOB 14/08/1957, NRN 570814-0427\n"
     "Chapel Gap, Bank Hall, St. Michael. Tel 246-555-0183.\n"
     "\n"
     "Dear Mr Alleyne-Forde,\n"
     "Thank you for seeing this retired Transport Board bus driver with type 2 diabetes (HbA1c 10.4%) and a "
     "non-healing ulcer under the R hallux for 3 months. Probe-to-bone positive; X-ray shows osteomyelitis of the "
     "distal phalanx. University of Texas grade 3B, Wagner grade 3. ABPI 0.54 on the right with monophasic "
     "Doppler signals at the dorsalis pedis. I have started co-amoxiclav 625 mg TDS and offloading. His wife, "
     "Carmeta, comes to every visit and does his dressings.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Ayanna Trotman-Clarke",
     [("HOSPITAL", ["Winston Scott Polyclinic"]), ("ADDRESS", ["Jemmotts Lane"]), ("LOCATION", ["St. Michael"]),
      ("PHONE", ["246-555-0168"]), ("PHONE", ["246-555-0190"]), ("DATE", ["3rd November 2025"]),
      ("NAME", ["Desmond", "Alleyne-Forde"]), ("HOSPITAL", ["Bay View Hospital"]), ("NAME", ["Everton", "Husbands"]),
      ("DATE", ["14/08/1957"]), ("ID", ["570814-0427"]), ("ADDRESS", ["Chapel Gap"]), ("LOCATION", ["Bank Hall"]),
      ("PHONE", ["246-555-0183"]), ("NAME", ["Carmeta"]), ("NAME", ["Ayanna", "Trotman-Clarke"])],
     ["HbA1c 10.4%", "Probe-to-bone positive", "University of Texas grade 3B", "Wagner grade 3", "ABPI 0.54",
      "co-amoxiclav 625 mg TDS"]),

    # 27 - Fiji: health centre outpatient note
    ("Namaka Health Centre, Nadi - OPD 22/04/2025 09:20\n"
     "Mr Josaia Ratuvou, 51 M, pt no. NMK-041827, FNPF 1148273\n"
     "Saunaka Village, Nadi. Mob 927 4815 (wife Mere).\n"
     "Fisherman. Ate kawakawa and a coral trout caught off Malolo on Sunday night; 12 h later vomiting and "
     "diarrhoea, then tingling lips and fingers, itch, aching teeth and hot-cold reversal (cold water 'burns'). "
     "Three others in the household also sick.\n"
     "O/E: HR 48, BP 96/60, dehydrated, no focal weakness.\n"
     "Dx: Ciguatera fish poisoning (Gambierdiscus toxin).\n"
     "Tx: IV NS 2 L, atropine 0.6 mg IV for bradycardia, Mannitol 1 g/kg over 30 min. Transfer to Nadi Hospital for "
     "monitoring. Advised no reef fish, alcohol or nuts for 3-6 months. Notified to the Subdivisional Medical "
     "Officer.\n"
     "Sr Litia Naivalu, NP / Dr Ravinesh Prasad",
     [("HOSPITAL", ["Namaka Health Centre"]), ("LOCATION", ["Nadi"]), ("DATE", ["22/04/2025"]),
      ("NAME", ["Josaia", "Ratuvou"]), ("MRN", ["NMK-041827"]), ("ID", ["1148273"]),
      ("LOCATION", ["Saunaka Village"]), ("PHONE", ["927 4815"]), ("NAME", ["Mere"]), ("LOCATION", ["Malolo"]),
      ("HOSPITAL", ["Nadi Hospital"]), ("NAME", ["Litia", "Naivalu"]), ("NAME", ["Ravinesh", "Prasad"])],
     ["hot-cold reversal", "HR 48", "Ciguatera", "Gambierdiscus", "atropine 0.6 mg", "Mannitol 1 g/kg"]),

    # 28 - Germany (in German): hospital discharge letter
    ("Rems-Murr-Klinikum Winnenden - Klinik für Innere Medizin, Nephrologie\n"
     "Winnenden, den 15.08.2025\n"
     "Frau Dr. med. Hannelore Wurster-Kocak, Fachärztin für Allgemeinmedizin, Marktstraße 7, 71364 Winnenden\n"
     "\n"
     "Sehr geehrte Frau Kollegin,\n"
     "wir berichten über Ihren Patienten Herrn Jochen Bäuerle, geb. 03.02.1979, wohnhaft Schillerstraße 22, "
     "71384 Weinstadt, Versichertennummer M482139752, der sich vom 06.08.2025 bis 15.08.2025 in unserer stationären "
     "Behandlung befand.\n"
     "Diagnosen: Akute Nierenschädigung KDIGO 3 bei Nephropathia epidemica (Puumala-Virus, IgM positiv).\n"
     "Anamnese: Forstwirt beim Forstbezirk Schwäbisch-Fränkischer Wald. Ende Juli Ausräumen eines Holzschuppens "
     "mit reichlich Rötelmaus-Kot. Danach Fieber, Flankenschmerzen und verschwommenes Sehen (akute Myopisierung).\n"
     "Befunde: Kreatinin max. 5,8 mg/dl, Thrombozyten 42/nl, Proteinurie 3,1 g/g Kreatinin.\n"
     "Verlauf: konservativ, keine Dialyse. Kreatinin bei Entlassung 1,6 mg/dl. Meldung nach § 7 IfSG an das "
     "Gesundheitsamt Rems-Murr-Kreis erfolgt. Arbeitsunfähig bis einschließlich 31.08.2025. Bitte Kontrolle von "
     "Kreatinin und Urinstatus in einer Woche. Ehefrau Sabine ist informiert, Tel. 07151 555 3820.\n"
     "\n"
     "Mit freundlichen kollegialen Grüßen\n"
     "Prof. Dr. med. Friedemann Oesterle, Chefarzt   Dr. med. Aylin Karakaya, Assistenzärztin",
     [("HOSPITAL", ["Rems-Murr-Klinikum Winnenden"]), ("LOCATION", ["Winnenden"]), ("DATE", ["15.08.2025"]),
      ("NAME", ["Hannelore", "Wurster-Kocak"]), ("ADDRESS", ["Marktstraße 7"]), ("POSTCODE", ["71364"]),
      ("NAME", ["Jochen", "Bäuerle"]), ("DATE", ["03.02.1979"]), ("ADDRESS", ["Schillerstraße 22"]),
      ("POSTCODE", ["71384"]), ("LOCATION", ["Weinstadt"]), ("ID", ["M482139752"]), ("DATE", ["06.08.2025"]),
      ("LOCATION", ["Forstbezirk Schwäbisch-Fränkischer Wald"]), ("DATE", ["Ende Juli"]),
      ("LOCATION", ["Rems-Murr-Kreis"]), ("DATE", ["31.08.2025"]), ("NAME", ["Sabine"]),
      ("PHONE", ["07151 555 3820"]), ("NAME", ["Friedemann", "Oesterle"]), ("NAME", ["Aylin", "Karakaya"])],
     ["KDIGO 3", "Nephropathia epidemica", "Puumala-Virus", "Rötelmaus", "Thrombozyten 42/nl", "§ 7 IfSG"]),

    # 29 - Thailand: dental clinical record
    ("Silom Smile Dental Clinic, 88/14 Soi Sala Daeng 1, Silom, Bang Rak, Bangkok 10500\n"
     "17 Jan 2026, 13:30\n"
     "Pt: Ms Kanokwan Thongchai, F 38, Thai ID 1-1004-02187-53-6, tel 081-555-4726, LINE kanok.smile88. "
     "Accountant at Chao Phraya Logistics Co.\n"
     "CC: sharp pain UL6 on biting for 3 weeks. RCT 26 done elsewhere in 2022.\n"
     "O/E: Tooth Slooth positive palatal root, isolated 9 mm palatal pocket on 26, sinus tract buccal. CBCT: "
     "J-shaped radiolucency around the palatal root - vertical root fracture 26. Angle Class II div 1; bruxist.\n"
     "Tx today: LA articaine 4% 1:100,000, atraumatic extraction 26, socket preservation with Bio-Oss and collagen "
     "membrane. Allergy to penicillin (rash) - clindamycin 300 mg QID x5 days. Plan Straumann BLT implant at 4 "
     "months, night guard.\n"
     "Dr. Pornthip Wattanasiri, DDS, licence ท.12847",
     [("HOSPITAL", ["Silom Smile Dental Clinic"]), ("ADDRESS", ["88/14 Soi Sala Daeng 1"]), ("LOCATION", ["Silom"]),
      ("LOCATION", ["Bang Rak"]), ("LOCATION", ["Bangkok"]), ("POSTCODE", ["10500"]), ("DATE", ["17 Jan 2026"]),
      ("NAME", ["Kanokwan", "Thongchai"]), ("ID", ["1-1004-02187-53-6"]), ("PHONE", ["081-555-4726"]),
      ("HANDLE", ["kanok.smile88"]), ("LOCATION", ["Chao Phraya Logistics"]), ("DATE", ["2022"]),
      ("NAME", ["Pornthip", "Wattanasiri"]), ("LICENCE", ["ท.12847"])],
     ["Tooth Slooth positive", "J-shaped radiolucency", "Angle Class II div 1", "articaine 4% 1:100,000",
      "Bio-Oss", "Straumann BLT"]),

    # 30 - Canada, New Brunswick: hospital social work adult-protection assessment, patient aged 91
    ("Horizon Health Network - Dr. Everett Chalmers Regional Hospital, Fredericton\n"
     "Social Work assessment - adult protection concern - 2025-02-11\n"
     "Patient: Mrs. Albertine Thériault, ninety-one years old, born 4 June 1933, NB Medicare 104 827 395\n"
     "37 Broad Rd, Oromocto NB E2V 2A4 (lives with grandson).\n"
     "Admitted 2025-02-08 via ED: dehydrated, unwashed, stage 3 sacral pressure injury, Braden 11. Grandson "
     "Brayden Thériault, 27, holds POA and lives with her; bank staff at the Oromocto branch noticed large "
     "withdrawals. Neighbour Mrs. Gallant called 911. VON nurse last in the home in Dec 2024.\n"
     "MoCA 17/30. Elder Abuse Suspicion Index positive. She says she 'doesn't want to make trouble for the boy'.\n"
     "Actions: report to Adult Protection, Social Development Fredericton office, file AP-25-00418; RCMP aware. "
     "Capacity assessment for finances requested. Will likely need a Level 2 special care home bed.\n"
     "Maëlle Doiron-Savoie, MSW, RSW, ext. 4417",
     [("HOSPITAL", ["Dr. Everett Chalmers Regional Hospital"]), ("LOCATION", ["Fredericton"]),
      ("DATE", ["2025-02-11"]), ("NAME", ["Albertine", "Thériault"]), ("AGE", ["ninety-one years old"]),
      ("DATE", ["4 June 1933"]), ("ID", ["104 827 395"]), ("ADDRESS", ["37 Broad Rd"]), ("LOCATION", ["Oromocto"]),
      ("POSTCODE", ["E2V 2A4"]), ("DATE", ["2025-02-08"]), ("NAME", ["Brayden"]), ("NAME", ["Gallant"]),
      ("DATE", ["Dec 2024"]), ("ID", ["AP-25-00418"]), ("NAME", ["Maëlle", "Doiron-Savoie"]),
      ("PHONE", ["4417"])],
     ["stage 3 sacral pressure injury", "Braden 11", "MoCA 17/30", "Elder Abuse Suspicion Index",
      "Level 2 special care home"]),

    # 31 - Canada, Newfoundland and Labrador: surgical pathology requisition and report
    ("Eastern Health - Laboratory Medicine, St. Clare's Mercy Hospital, St. John's NL\n"
     "SURGICAL PATHOLOGY - Accession S25-018827   Received 2025-06-12   Reported 2025-06-19\n"
     "Patient: Gerard Fitzpatrick, M, DOB 1978-09-11, MCP 730159284406. Bay Roberts; works at the fish plant in "
     "Harbour Grace.\n"
     "Requisition: R hemicolectomy, caecal mass. 46M; father colon cancer at 44, sister endometrial cancer at 49 - "
     "meets Amsterdam II criteria. Surgeon: Dr. Siobhán Whelan-Abara.\n"
     "Diagnosis: adenocarcinoma of the caecum, moderately differentiated, 5.2 cm, with tumour-infiltrating "
     "lymphocytes and a Crohn-like reaction; pT3 pN0 (0/24); margins clear.\n"
     "MMR IHC: loss of MSH2 and MSH6 expression, MLH1 and PMS2 retained. In keeping with Lynch syndrome (also meets "
     "the revised Bethesda guidelines). Referral to Provincial Medical Genetics recommended.\n"
     "Dr. Oyinkansola Penney, Anatomical Pathologist",
     [("HOSPITAL", ["St. Clare's Mercy Hospital"]), ("LOCATION", ["St. John's"]), ("ID", ["S25-018827"]),
      ("DATE", ["2025-06-12"]), ("DATE", ["2025-06-19"]), ("NAME", ["Gerard", "Fitzpatrick"]),
      ("DATE", ["1978-09-11"]), ("ID", ["730159284406"]), ("LOCATION", ["Bay Roberts"]),
      ("LOCATION", ["Harbour Grace"]), ("NAME", ["Siobhán", "Whelan-Abara"]), ("NAME", ["Oyinkansola", "Penney"])],
     ["Amsterdam II criteria", "Crohn-like reaction", "pT3 pN0 (0/24)", "MSH2 and MSH6", "Lynch syndrome",
      "Bethesda guidelines"]),

    # 32 - England, Yorkshire: liaison psychiatry assessment in the emergency department
    ("Liaison Psychiatry - Northern General Hospital ED, Sheffield\n"
     "Assessment 22/11/2025 01:40\n"
     "Miss Jade Ackroyd, 19, DOB 08/08/2006, NHS 612 094 8732\n"
     "Flat 14C, Broomhall Halls, 18 Collegiate Crescent, S10 2BA. 2nd-year student at Sheffield Hallam. GP: "
     "Crookes Valley Medical Centre.\n"
     "Took about 32 x 500 mg paracetamol at 19:00 after her boyfriend Callum ended things by text; told her "
     "flatmate at 21:30. 4-h paracetamol level 180 mg/L, above the treatment line; on the SNAP regimen of "
     "Parvolex.\n"
     "MSE: tearful, low mood 3 weeks, sleep poor, no psychotic features. Columbia-Suicide Severity Rating Scale: "
     "active ideation with method, no plan now. PHQ-9 21. Regrets the overdose. Reading week next week - going home "
     "to her mum, Mrs Diane Ackroyd, in Barnsley (07700 900 512). Posts on TikTok as @jadeyyy.xo.\n"
     "Plan: medically fit after SNAP completes; no MHA; Home Treatment Team follow-up; safety plan agreed.\n"
     "Dr Hamish Illingworth, CT2 Psychiatry",
     [("HOSPITAL", ["Northern General Hospital"]), ("LOCATION", ["Sheffield"]), ("DATE", ["22/11/2025"]),
      ("NAME", ["Jade", "Ackroyd"]), ("DATE", ["08/08/2006"]), ("ID", ["612 094 8732"]),
      ("ADDRESS", ["Flat 14C, Broomhall Halls, 18 Collegiate Crescent"]), ("POSTCODE", ["S10 2BA"]),
      ("LOCATION", ["Sheffield Hallam"]), ("HOSPITAL", ["Crookes Valley Medical Centre"]), ("NAME", ["Callum"]),
      ("NAME", ["Diane"]), ("LOCATION", ["Barnsley"]), ("PHONE", ["07700 900 512"]), ("HANDLE", ["jadeyyy.xo"]),
      ("NAME", ["Hamish", "Illingworth"])],
     ["paracetamol level 180 mg/L", "SNAP regimen", "Parvolex", "Columbia-Suicide Severity Rating Scale",
      "PHQ-9 21", "Reading week"]),

    # 33 - Israel (in Hebrew): internal medicine admission note
    ("המרכז הרפואי מאיר, כפר סבא - פנימית ב'\n"
     "סיכום קבלה, 14.07.2025\n"
     "שם: שלמה אזולאי, בן 71, ת.ז. 039482179\n"
     "כתובת: רחוב ויצמן 48, דירה 7, כפר סבא. טלפון 052-5558143. בתו מיכל 054-5553927.\n"
     "תלונה: חום 39.4 ובלבול מזה יומיים, חולשה ברגל שמאל.\n"
     "רקע: סוכרת סוג 2 (Glucophage 850), יתר לחץ דם. מתנדב בגינה קהילתית ליד נחל הירקון.\n"
     "בדיקה: GCS 13, קשיון עורף, שיתוק רפה ברגל שמאל.\n"
     "ניקור מותני: 186 תאים, רובם לימפוציטים; חלבון 98 מ\"ג/ד\"ל.\n"
     "הערכה: חשד לקדחת מערב הנילוס (West Nile virus) עם מעורבות נוירולוגית. נשלחו IgM בנסיוב ובנוזל השדרה ו-PCR "
     "למעבדה המרכזית לנגיפים. דווח ללשכת הבריאות.\n"
     "רופאה: ד\"ר רונית אבוטבול",
     [("HOSPITAL", ["המרכז הרפואי מאיר"]), ("LOCATION", ["כפר סבא"]), ("DATE", ["14.07.2025"]),
      ("NAME", ["שלמה", "אזולאי"]), ("ID", ["039482179"]), ("ADDRESS", ["רחוב ויצמן 48, דירה 7"]),
      ("PHONE", ["052-5558143"]), ("NAME", ["מיכל"]), ("PHONE", ["054-5553927"]), ("LOCATION", ["נחל הירקון"]),
      ("NAME", ["רונית", "אבוטבול"])],
     ["בן 71", "Glucophage 850", "GCS 13", "שיתוק רפה", "קדחת מערב הנילוס", "West Nile virus"]),

    # 34 - England, Cumbria: coronary care unit ward round
    ("CCU ward round - Cumberland Infirmary, Carlisle - 09/09/2025 09:15, Dr Ruairidh Ainscough (cons)\n"
     "Bed 4: Mr Wilfred 'Will' Dobinson, 74, NHS 691 437 2500, hosp no. CIC0927734\n"
     "Day 2 after inferior STEMI: primary PCI to RCA (2 x DES) via R radial, door-to-balloon 78 min. Killip class II "
     "on arrival; bibasal crackles settled with one dose of IV furosemide. GRACE score 168. Echo: LVEF 40%, inferior "
     "hypokinesis. Peak troponin 18,400 ng/L.\n"
     "Meds: aspirin 75 mg, Brilique 90 mg BD for 12 months, bisoprolol 1.25 mg, ramipril 2.5 mg, atorvastatin 80 "
     "mg.\n"
     "Social: sheep farmer at Caldbeck, wife Ruth drives. DVLA licence DOBIN507151W99KT - told no driving for 1 "
     "week after successful PCI, then only if no further symptoms.\n"
     "Plan: cardiac rehab referral, repeat echo 3/12, home tomorrow if stable. Letter to Wigton Group Medical "
     "Practice.\n"
     "FY1 Dr Nkechi Holroyd, bleep 2217",
     [("HOSPITAL", ["Cumberland Infirmary"]), ("LOCATION", ["Carlisle"]), ("DATE", ["09/09/2025"]),
      ("NAME", ["Ruairidh", "Ainscough"]), ("NAME", ["Wilfred", "Will", "Dobinson"]), ("ID", ["691 437 2500"]),
      ("MRN", ["CIC0927734"]), ("LOCATION", ["Caldbeck"]), ("NAME", ["Ruth"]), ("LICENCE", ["DOBIN507151W99KT"]),
      ("HOSPITAL", ["Wigton Group Medical Practice"]), ("NAME", ["Nkechi", "Holroyd"]), ("PHONE", ["2217"])],
     ["door-to-balloon 78 min", "Killip class II", "GRACE score 168", "LVEF 40%", "Brilique 90 mg BD", "3/12"]),

    # 35 - Scotland, Highland: GP urgent suspicion of cancer referral
    ("Urgent suspicion of cancer referral - Haematology, Raigmore Hospital, Inverness\n"
     "From: Broadford Medical Practice, Isle of Skye, 28 Aug 2025\n"
     "Patient: Mr Lewis Gillanders, DOB 17/03/2001, CHI 170301 4219\n"
     "4 Kyleakin Road, Broadford IV49 9AE. Mobile 07700 900 163, lewis.gillanders@hotmail.co.uk\n"
     "Sea-kayak guide with Sleat Sea Kayaking.\n"
     "\n"
     "Dear Haematology team,\n"
     "This 24-year-old has a painless, rubbery 3 cm L supraclavicular node for 3 months, drenching night sweats, 7 kg "
     "weight loss and generalised itch. He notices alcohol-induced pain in the node after a pint. Fevers come and "
     "go over a week or so, almost a Pel-Ebstein pattern. FBC: Hb 118, eosinophils 1.1, ESR 72, LDH 310. CXR: "
     "mediastinal widening. I am worried about Hodgkin lymphoma with B symptoms. He can travel to Inverness at short "
     "notice; his mother, who lives in Portree, will drive.\n"
     "\n"
     "Dr Seonaid Urquhart, GP",
     [("HOSPITAL", ["Raigmore Hospital"]), ("LOCATION", ["Inverness"]), ("HOSPITAL", ["Broadford Medical Practice"]),
      ("LOCATION", ["Isle of Skye"]), ("DATE", ["28 Aug 2025"]), ("NAME", ["Lewis", "Gillanders"]),
      ("DATE", ["17/03/2001"]), ("ID", ["170301 4219"]), ("ADDRESS", ["4 Kyleakin Road"]),
      ("LOCATION", ["Broadford"]), ("POSTCODE", ["IV49 9AE"]), ("PHONE", ["07700 900 163"]),
      ("EMAIL", ["lewis.gillanders@hotmail.co.uk"]), ("LOCATION", ["Sleat Sea Kayaking"]),
      ("LOCATION", ["Portree"]), ("NAME", ["Seonaid", "Urquhart"])],
     ["alcohol-induced pain", "Pel-Ebstein", "ESR 72", "Hodgkin lymphoma", "B symptoms"]),

    # 36 - New Zealand: patient-portal message thread with audit trail
    ("Patient portal - Roslyn Health Centre, Dunedin\n"
     "From: Hemi Paewai-Stirling <hemi.ps@xtra.co.nz>   NHI ZGH4181\n"
     "Sent 3/10/2025 22:14 NZDT from 203.97.118.42\n"
     "\"Kia ora, my Tandem t:slim X2 (SN 90571326) keeps alarming 'occlusion detected'. On Control-IQ. Libre 3 says "
     "17.8 mmol/L and ketones 1.4 on my FreeStyle Optium Neo. I'm at my mum's in Mosgiel till Sunday and Unichem "
     "Mosgiel has no cartridges. Ph 027 555 8129.\"\n"
     "Reply 22:40 from the after-hours nurse: change the site and cartridge now, correction with the NovoRapid pen, "
     "ketones every 2 h, drink water. If ketones over 3.0, vomiting or short of breath, go to Dunedin Hospital ED.\n"
     "Audit: 23:05 new login from 2404:4404:1c2a:9e00::41 via https://app.managemyhealth.co.nz; read 4/10/2025 "
     "08:02 by Dr Tui Faleolo. Last HbA1c 68 mmol/mol.",
     [("HOSPITAL", ["Roslyn Health Centre"]), ("LOCATION", ["Dunedin"]), ("NAME", ["Hemi", "Paewai-Stirling"]),
      ("EMAIL", ["hemi.ps@xtra.co.nz"]), ("ID", ["ZGH4181"]), ("DATE", ["3/10/2025"]), ("IP", ["203.97.118.42"]),
      ("SERIAL", ["90571326"]), ("LOCATION", ["Mosgiel"]), ("HOSPITAL", ["Unichem Mosgiel"]),
      ("PHONE", ["027 555 8129"]), ("HOSPITAL", ["Dunedin Hospital"]), ("IP", ["2404:4404:1c2a:9e00::41"]),
      ("URL", ["https://app.managemyhealth.co.nz"]), ("DATE", ["4/10/2025"]), ("NAME", ["Tui", "Faleolo"])],
     ["Tandem t:slim X2", "Control-IQ", "Libre 3", "FreeStyle Optium Neo", "NovoRapid", "HbA1c 68 mmol/mol"]),

    # 37 - Australia, South Australia: prison health hepatitis C clinic
    ("SA Prison Health Service - Yatala Labour Prison, Northfield - hepatitis C clinic 24/06/2025\n"
     "Brodie Lovegrove, 33 M, DCS no. 241778, DOB 15.10.1991, Medicare 5123 84063 1, IHI 8003 6081 6042 9171\n"
     "Last address: Unit 3/12 Hogarth Rd, Elizabeth South SA 5112\n"
     "HCV RNA 2.4 x 10^6 IU/mL, genotype 3a. APRI 0.6; FibroScan 8.2 kPa (F2). HBV immune. On Biodone 60 mg "
     "(OTP).\n"
     "Started Maviret 3 tabs daily for 8 weeks, observed at the morning medication round; first dose today.\n"
     "Expected release 12/08/2025, before the course ends: script and follow-up arranged with the liver clinic at "
     "Lyell McEwin Hospital and with his sister Shannae (0422 555 907).\n"
     "Deanne Pothecary, CNC",
     [("HOSPITAL", ["SA Prison Health Service"]), ("LOCATION", ["Yatala Labour Prison"]), ("LOCATION", ["Northfield"]),
      ("DATE", ["24/06/2025"]), ("NAME", ["Brodie", "Lovegrove"]), ("ID", ["241778"]), ("DATE", ["15.10.1991"]),
      ("ID", ["5123 84063 1"]), ("ID", ["8003 6081 6042 9171"]), ("ADDRESS", ["Unit 3/12 Hogarth Rd"]),
      ("LOCATION", ["Elizabeth South"]), ("POSTCODE", ["5112"]), ("DATE", ["12/08/2025"]),
      ("HOSPITAL", ["Lyell McEwin Hospital"]), ("NAME", ["Shannae"]), ("PHONE", ["0422 555 907"]),
      ("NAME", ["Deanne", "Pothecary"])],
     ["genotype 3a", "APRI 0.6", "FibroScan 8.2 kPa", "Biodone 60 mg", "Maviret"]),

    # 38 - Australia, Western Australia: burns unit admission
    ("Sir Charles Gairdner Hospital, Nedlands - burns admission 29/12/2025 23:50\n"
     "Kurt Blechynden, 41 M, UMRN A4120837, DOB 05/05/1984, Medicare 6184 20739 1\n"
     "Retrieved by RFDS from Kalgoorlie Health Campus. FIFO driller with Goldfields Drilling Services; at home on "
     "his block in Boulder. Ute (WA 1GVT 482) towed from the scene.\n"
     "Mechanism: poured petrol on a burn pile about 14:30 - flash and clothing fire.\n"
     "Burns: TBSA 28% on the Lund and Browder chart: face, both upper limbs circumferential deep dermal/full "
     "thickness, anterior chest. Singed nasal hair, carbonaceous sputum, hoarse - intubated at Kalgoorlie. COHb 9%.\n"
     "Fluids: Parkland formula 4 mL x 92 kg x 28% = 10,304 mL over 24 h from time of burn, half in the first 8 h. "
     "Bilateral arm escharotomies in theatre tonight.\n"
     "NOK: partner Tenille, 0438 555 219.\n"
     "Burns registrar: Dr Ngaire Fotheringham",
     [("HOSPITAL", ["Sir Charles Gairdner Hospital"]), ("LOCATION", ["Nedlands"]), ("DATE", ["29/12/2025"]),
      ("NAME", ["Kurt", "Blechynden"]), ("MRN", ["A4120837"]), ("DATE", ["05/05/1984"]), ("ID", ["6184 20739 1"]),
      ("HOSPITAL", ["Kalgoorlie Health Campus"]), ("LOCATION", ["Goldfields Drilling Services"]),
      ("LOCATION", ["Boulder"]), ("PLATE", ["1GVT 482"]), ("LOCATION", ["Kalgoorlie"]), ("NAME", ["Tenille"]),
      ("PHONE", ["0438 555 219"]), ("NAME", ["Ngaire", "Fotheringham"])],
     ["TBSA 28%", "Lund and Browder chart", "carbonaceous sputum", "COHb 9%", "Parkland formula"]),

    # 39 - England, Norfolk: occupational therapy home assessment
    ("Norfolk Community Health and Care NHS Trust - Occupational Therapy, Dereham Integrated Care Team\n"
     "Home assessment 02/04/2025\n"
     "Mrs Primrose Gotts, 78, DOB 21/09/1946, NHS 734 528 1604\n"
     "'The Old Forge', Church Lane, Swanton Morley NR20 4LY. Keysafe 1957.\n"
     "Discharged from the Norfolk and Norwich University Hospital on 28/03/2025 after a L THR (posterior approach) "
     "for OA; hip precautions 6/52.\n"
     "Mobilising with a Zimmer frame indoors, slow and safe. Timed Up and Go 28 s. Barthel Index 65/100.\n"
     "Bathroom: cannot step into the bath with precautions; a Bath board is not suitable yet - strip wash at the "
     "basin on a perching stool for now, shower assessment later. Raised toilet seat (+4 in), chair raisers on her "
     "armchair, long-handled reacher and sock aid issued.\n"
     "Husband Derek, her carer, has COPD. Careline pendant set up today. Reablement 2/52 from Norfolk First "
     "Support.\n"
     "Harriet Bunting, OT",
     [("HOSPITAL", ["Norfolk Community Health and Care NHS Trust"]), ("LOCATION", ["Dereham"]),
      ("DATE", ["02/04/2025"]), ("NAME", ["Primrose", "Gotts"]), ("DATE", ["21/09/1946"]), ("ID", ["734 528 1604"]),
      ("ADDRESS", ["'The Old Forge', Church Lane"]), ("LOCATION", ["Swanton Morley"]), ("POSTCODE", ["NR20 4LY"]),
      ("CODE", ["1957"]), ("HOSPITAL", ["Norfolk and Norwich University Hospital"]), ("DATE", ["28/03/2025"]),
      ("NAME", ["Derek"]), ("HOSPITAL", ["Norfolk First Support"]), ("NAME", ["Harriet", "Bunting"])],
     ["hip precautions 6/52", "Zimmer frame", "Timed Up and Go 28 s", "Barthel Index 65/100", "Bath board",
      "Raised toilet seat"]),
]
