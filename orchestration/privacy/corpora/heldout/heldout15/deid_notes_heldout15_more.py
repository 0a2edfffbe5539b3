"""Notes 20-39 of the fifteenth HELD-OUT set (see :mod:`deid_notes_heldout15` for how it was written and what it holds).

These 20 notes hold 416 planted identifier parts in 360 (kind, parts) entries and 129 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a histopathology report (Queensland); 21, an ACC physiotherapy
assessment (New Zealand, South Island); 22, a TB/HIV clinic note (South Africa); 23, a cardiology referral letter
(Kerala); 24, an antenatal laboratory request and report (Nigeria); 25, a paediatric malaria ward round (Ghana); 26, a
seafarer's pre-employment medical (the Philippines); 27, a dental note (Malaysia); 28, an ophthalmology letter
(Barbados); 29, a rheumatic-heart-disease nurse note (Fiji); 38, a rheumatology clinic list (Connacht); 39, an NHS 111
telephone-triage record (North Yorkshire). In Greek script: 30, an endocrinology letter (Cyprus); 31, a care-home night
report for a resident aged 91 (Thessaloniki); 32, a microbiology report (Patras). In Chinese: 33, an outpatient record
with Minguo-era dates (Taiwan, traditional); 34, a hospital social-work record for a patient aged 95 (Hong Kong,
traditional); 35, a community referral form (Shanghai, simplified). In Spanish: 36, an emergency note (Chile). In
Polish: 37, a discharge summary (Krakow). Entries per kind here: DATE 73, LOCATION 66, NAME 66, HOSPITAL 34, ID 28,
ADDRESS 25, PHONE 21, MRN 14, POSTCODE 12, LICENCE 11, AGE 4, EMAIL 2, PLATE 2, HANDLE 1, URL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Australia, Queensland: histopathology report
    ("Pathology Queensland - Cairns Hospital Laboratory, Cairns QLD 4870\n"
     "HISTOPATHOLOGY REPORT   Lab no. 25C-118274\n"
     "Patient: HOLLINGWORTH, Shane   DOB 14/11/1968   M   URN 0718293   Medicare 3196 04829 3\n"
     "Address: 9 Bingil Bay Road, Mission Beach QLD\n"
     "Requesting: Dr Priscilla Ah Kit, Mission Beach Medical Practice (prov. no. 203847BY)\n"
     "Collected 02/10/2025   Reported 07/10/2025\n"
     "Clinical notes: changing pigmented lesion L upper back, 12 x 9 mm, noticed by wife. Cane farmer near Tully, "
     "always outdoors. Excision biopsy, 2 mm margins. ?MM.\n"
     "Macroscopy: ellipse of skin 24 x 11 x 6 mm with a central irregular brown-black lesion 11 x 8 mm.\n"
     "Microscopy: asymmetric, poorly circumscribed melanocytic proliferation with pagetoid spread and an invasive "
     "dermal component lacking maturation. SOX10 highlights the junctional component; PRAME diffusely positive; BRAF "
     "V600E (VE1) immunostain positive.\n"
     "DIAGNOSIS: Invasive melanoma, superficial spreading type.\n"
     "Breslow thickness 1.4 mm; Clark level IV; mitotic rate 3/mm2; ulceration absent; LVI absent; microsatellites "
     "absent. Peripheral margin 2.1 mm, deep margin 3.0 mm. AJCC 8th edition pT2a.\n"
     "Comment: wider excision (1-2 cm) and discussion of sentinel node biopsy recommended. Result phoned to the "
     "practice nurse at 15:20.\n"
     "Reported by Dr Xanthe Boateng-Carrick, FRCPA",
     [("HOSPITAL", ["Cairns Hospital"]), ("LOCATION", ["Cairns"]), ("POSTCODE", ["4870"]), ("ID", ["25C-118274"]),
      ("NAME", ["HOLLINGWORTH", "Shane"]), ("DATE", ["14/11/1968"]), ("MRN", ["0718293"]), ("ID", ["3196 04829 3"]),
      ("ADDRESS", ["9 Bingil Bay Road"]), ("LOCATION", ["Mission Beach"]), ("NAME", ["Priscilla", "Ah Kit"]),
      ("HOSPITAL", ["Mission Beach Medical Practice"]), ("ID", ["203847BY"]), ("DATE", ["02/10/2025"]),
      ("DATE", ["07/10/2025"]), ("LOCATION", ["Tully"]), ("NAME", ["Xanthe", "Boateng-Carrick"])],
     ["SOX10", "PRAME", "BRAF V600E", "Breslow thickness 1.4 mm", "Clark level IV", "mitotic rate 3/mm2", "pT2a"]),

    # 21 - New Zealand, Central Otago: ACC physiotherapy initial assessment
    ("Dunstan Physiotherapy, 22 Centennial Avenue, Alexandra 9320\n"
     "ACC physiotherapy initial assessment - 28/07/2025\n"
     "Client: Aroha Tipene, 24 F, NHI KTR4826, DOB 05/05/2001, ACC claim 10048293715\n"
     "Injury: 19/07 skiing at Cardrona, landed a jump badly and twisted the R knee, felt a pop, swelled straight "
     "away. Seen that evening at Dunstan Hospital in Clyde - X-ray NAD. Works as a barista and plays netball (goal "
     "defence) in the Saturday competition.\n"
     "Subjective: giving way on stairs, can't pivot. Lysholm 42/100; Oxford knee score 24/48.\n"
     "Objective: effusion, sweep test 2+. ROM 5-95 deg. Lachman test grade 2 with soft end feel; pivot shift not "
     "tested (guarding); McMurray's negative; MCL stable at 0 and 30 deg.\n"
     "Assessment: probable R ACL rupture.\n"
     "Plan: hinged brace and crutches, quads sets, SLR, cryotherapy. GP asked to request MRI; referral to "
     "orthopaedics at Dunedin. Review in 1 week.\n"
     "Sione Fifita-Moore, Registered Physiotherapist, PBNZ reg. 70-14417",
     [("HOSPITAL", ["Dunstan Physiotherapy"]), ("ADDRESS", ["22 Centennial Avenue"]), ("LOCATION", ["Alexandra"]),
      ("POSTCODE", ["9320"]), ("DATE", ["28/07/2025"]), ("NAME", ["Aroha", "Tipene"]), ("ID", ["KTR4826"]),
      ("DATE", ["05/05/2001"]), ("ID", ["10048293715"]), ("DATE", ["19/07"]), ("LOCATION", ["Cardrona"]),
      ("HOSPITAL", ["Dunstan Hospital"]), ("LOCATION", ["Clyde"]), ("LOCATION", ["Dunedin"]),
      ("NAME", ["Sione", "Fifita-Moore"]), ("LICENCE", ["70-14417"])],
     ["Lysholm 42/100", "Oxford knee score 24/48", "sweep test 2+", "Lachman test", "pivot shift",
      "McMurray's negative"]),

    # 22 - South Africa, Western Cape: integrated TB/HIV clinic note
    ("Khayelitsha Site B Community Health Centre - TB/HIV integrated clinic\n"
     "Date: 2025-05-06\n"
     "Patient: Lwazi Mabandla, 43 M, SA ID 8106275083084, DOB 27/06/1981, folder KSB-0418273\n"
     "Address: C-418 Enkanini, Khayelitsha. Cell 071 555 2937. Taxi marshal at the Site C taxi rank.\n"
     "Referred from Michael Mapongwana CHC: 3 weeks of cough, drenching night sweats, 8 kg weight loss.\n"
     "Results: GeneXpert MTB/RIF Ultra - MTB detected medium, rifampicin resistance not detected. Urine TB-LAM "
     "positive. HIV rapid test positive (new diagnosis today, counselled). CD4 86 cells/uL. Serum CrAg negative. ALT "
     "32, creatinine 78.\n"
     "Plan: Rifafour e-275 4 tabs daily (intensive phase, 2 months) + pyridoxine 25 mg; cotrimoxazole 960 mg daily. "
     "ART in 2 weeks (about 20 May): TLD with an extra dolutegravir 50 mg 12 hours later while on rifampicin. "
     "Treated for drug-sensitive TB once before, in 2016. Household contacts: partner Thandeka and two children for "
     "screening and TPT.\n"
     "Dr Riaan Oosthuizen-Dlamini (HPCSA MP0748192)",
     [("HOSPITAL", ["Khayelitsha Site B Community Health Centre"]), ("DATE", ["2025-05-06"]),
      ("NAME", ["Lwazi", "Mabandla"]), ("ID", ["8106275083084"]), ("DATE", ["27/06/1981"]), ("MRN", ["KSB-0418273"]),
      ("ADDRESS", ["C-418 Enkanini"]), ("LOCATION", ["Khayelitsha"]), ("PHONE", ["071 555 2937"]),
      ("LOCATION", ["Site C taxi rank"]), ("HOSPITAL", ["Michael Mapongwana CHC"]), ("DATE", ["20 May"]),
      ("NAME", ["Thandeka"]), ("NAME", ["Riaan", "Oosthuizen-Dlamini"]), ("LICENCE", ["MP0748192"])],
     ["GeneXpert MTB/RIF Ultra", "TB-LAM", "CD4 86 cells/uL", "CrAg negative", "Rifafour e-275",
      "dolutegravir 50 mg"]),

    # 23 - India, Kerala: cardiology referral letter (English)
    ("GOVERNMENT T.D. MEDICAL COLLEGE HOSPITAL, Alappuzha - 688005\n"
     "Department of Cardiology                                   Date: 21.08.2025\n"
     "\n"
     "To\n"
     "The Professor & Head, Department of Cardiovascular and Thoracic Surgery,\n"
     "Sree Chitra Tirunal Institute for Medical Sciences and Technology, Thiruvananthapuram\n"
     "\n"
     "Respected Sir/Madam,\n"
     "Sub: Referral of Mr. Kuriakose Mathew, 58 yrs/M, OP No. 25/118274, Aadhaar 4827 3916 5027, Kallarakkal House, "
     "Kainakary P.O. Mob: +91 94460 55518\n"
     "\n"
     "Kindly see this gentleman, a retired KSEB lineman, with T2DM for 12 years and hypertension, who was admitted "
     "here on 02.08.2025 with NSTEMI, Killip class I. CAG three days later: LMCA normal, LAD 90% proximal, LCx 80% "
     "at OM1, RCA 100% mid (CTO) - triple vessel disease. SYNTAX score 33. 2D echo: LVEF 40%, inferior RWMA, mild "
     "MR. HbA1c 8.9%, creatinine 1.1 mg/dL.\n"
     "Our heart team felt CABG is preferable to PCI (diabetic, SYNTAX above 32, as per the FREEDOM trial).\n"
     "Medications: Ecosprin 75 mg OD, Clopilet 75 mg OD (stopped on 16.08.2025 for surgery), Rosuvas 20 mg HS, "
     "Metoprolol XL 25 mg OD, Glycomet GP 2 BD, Inj. Human Mixtard 30/70 18-0-12 units.\n"
     "He is covered under KASP, card no. KASP-AL-0418273. His son will accompany him.\n"
     "\n"
     "Thanking you,\n"
     "Dr. Lakshmi Pillai, MD, DM (Cardiology), Assistant Professor, TCMC Reg. No. 48217",
     [("HOSPITAL", ["GOVERNMENT T.D. MEDICAL COLLEGE HOSPITAL"]), ("LOCATION", ["Alappuzha"]),
      ("POSTCODE", ["688005"]), ("DATE", ["21.08.2025"]),
      ("HOSPITAL", ["Sree Chitra Tirunal Institute for Medical Sciences and Technology"]),
      ("LOCATION", ["Thiruvananthapuram"]), ("NAME", ["Kuriakose", "Mathew"]), ("MRN", ["25/118274"]),
      ("ID", ["4827 3916 5027"]), ("ADDRESS", ["Kallarakkal House"]), ("LOCATION", ["Kainakary"]),
      ("PHONE", ["+91 94460 55518"]), ("LOCATION", ["KSEB"]), ("DATE", ["02.08.2025"]), ("DATE", ["16.08.2025"]),
      ("ID", ["KASP-AL-0418273"]), ("NAME", ["Lakshmi", "Pillai"]), ("LICENCE", ["48217"])],
     ["Killip class I", "SYNTAX score 33", "LVEF 40%", "FREEDOM trial", "Ecosprin 75 mg", "Human Mixtard 30/70"]),

    # 24 - Nigeria, Lagos: antenatal laboratory request and report
    ("LABORATORY REQUEST AND REPORT\n"
     "Requesting unit: Antenatal Clinic, Lagos State University Teaching Hospital, 1-5 Oba Akinjobi Way, Ikeja\n"
     "Date of request: 11/02/2026   Requested by: Dr. Chukwuemeka Nwachukwu-Bello\n"
     "Patient: Mrs. Funmilayo Adebanjo-Eze, 29 yrs, Hosp. No. LASUTH/ANC/26/0417, NIN 48291037562, tel 0803 555 "
     "2174\n"
     "Address: Flat 4, 27 Allen Avenue, Ikeja. Class teacher, Ogba Junior Grammar School.\n"
     "LMP 24/10/2025, EDD 31/07/2026, GA 15+6/40. G2P1. Husband's genotype AS.\n"
     "Booking investigations: FBC, Hb genotype, blood group, HBsAg, anti-HCV, HIV 1&2, VDRL, RBS, urine m/c/s.\n"
     "Collected 11/02/2026 09:40 by Blessing Okonkwo (phlebotomy).\n"
     "\n"
     "RESULTS\n"
     "PCV 29% (L); Hb 9.6 g/dL; MCV 71 fL; WBC 6.2 x10^9/L; platelets 214 x10^9/L\n"
     "Hb genotype: AS\n"
     "Blood group: O, Rh D positive\n"
     "HBsAg non-reactive; anti-HCV non-reactive; HIV 1&2 non-reactive; VDRL non-reactive\n"
     "RBS 5.1 mmol/L\n"
     "Urine: protein trace, nitrite positive; culture Escherichia coli >10^5 CFU/mL, sensitive to nitrofurantoin.\n"
     "Comment: both partners AS - 1 in 4 risk of SS; refer for genetic counselling and offer prenatal diagnosis. "
     "Asymptomatic bacteriuria - treat and repeat culture. Microcytosis - ferrous sulphate 200 mg TDS and folic acid "
     "5 mg daily; IPTp with Fansidar as per protocol.\n"
     "Verified: Dr. (Mrs.) Olufunke Ayorinde-Bassey, Consultant Haematologist",
     [("HOSPITAL", ["Lagos State University Teaching Hospital"]), ("ADDRESS", ["1-5 Oba Akinjobi Way"]),
      ("LOCATION", ["Ikeja"]), ("DATE", ["11/02/2026"]), ("NAME", ["Chukwuemeka", "Nwachukwu-Bello"]),
      ("NAME", ["Funmilayo", "Adebanjo-Eze"]), ("MRN", ["LASUTH/ANC/26/0417"]), ("ID", ["48291037562"]),
      ("PHONE", ["0803 555 2174"]), ("ADDRESS", ["Flat 4, 27 Allen Avenue"]),
      ("LOCATION", ["Ogba Junior Grammar School"]), ("DATE", ["24/10/2025"]), ("DATE", ["31/07/2026"]),
      ("NAME", ["Blessing", "Okonkwo"]), ("NAME", ["Olufunke", "Ayorinde-Bassey"])],
     ["15+6/40", "PCV 29%", "MCV 71 fL", "Hb genotype: AS", "Escherichia coli >10^5 CFU/mL",
      "ferrous sulphate 200 mg", "Fansidar"]),

    # 25 - Ghana, Ashanti: paediatric emergency ward round
    ("KOMFO ANOKYE TEACHING HOSPITAL, KUMASI - Child Health Directorate, Paediatric Emergency Unit\n"
     "WARD ROUND - day 2 - 14/09/2025 08:30\n"
     "Consultant Dr. Yaw Boakye-Danquah; resident Dr. Efua Sarpong\n"
     "Pt: Master Kwabena Adomako, 4 yrs M, wt 15 kg, folder KATH/PEU/25/18274. From Ejisu-Besease. Mother Ms. Akosua "
     "Frimpomaa (trader at Kejetia Market), Ghana Card GHA-718293045-6, 024 555 8712.\n"
     "Referred from Ejisu Government Hospital yesterday with fever 3/7 and 2 convulsions.\n"
     "Overnight: another GTC seizure at 02:10 - rectal diazepam 0.5 mg/kg. Blantyre Coma Score 2/5 -> 4/5 this "
     "morning. T 38.6, RR 48 with deep breathing, SpO2 94%.\n"
     "Hb 4.8 g/dL on admission -> whole blood 20 mL/kg last evening; post-transfusion Hb 7.9. RBS 2.1 mmol/L -> 10% "
     "dextrose. P. falciparum, parasite density 186,000/uL. LP clear, WBC 2.\n"
     "Impression: severe malaria - cerebral malaria with severe anaemia; no haemoglobinuria.\n"
     "Plan: IV artesunate 3 mg/kg at 0, 12, 24 h then daily; switch to Coartem once taking orally (full 3-day "
     "course). 4-hourly glucose. Repeat film at 48 h. ITN counselling.\n"
     "Entered by Dr. Efua Sarpong (MDC/RN/11829)",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("LOCATION", ["KUMASI"]), ("DATE", ["14/09/2025"]),
      ("NAME", ["Yaw", "Boakye-Danquah"]), ("NAME", ["Efua", "Sarpong"]), ("NAME", ["Kwabena", "Adomako"]),
      ("MRN", ["KATH/PEU/25/18274"]), ("LOCATION", ["Ejisu-Besease"]), ("NAME", ["Akosua", "Frimpomaa"]),
      ("LOCATION", ["Kejetia Market"]), ("ID", ["GHA-718293045-6"]), ("PHONE", ["024 555 8712"]),
      ("HOSPITAL", ["Ejisu Government Hospital"]), ("LICENCE", ["MDC/RN/11829"])],
     ["3/7", "Blantyre Coma Score 2/5", "Hb 4.8 g/dL", "parasite density 186,000/uL", "artesunate 3 mg/kg",
      "Coartem"]),

    # 26 - Philippines, Cebu: seafarer pre-employment medical examination (occupational health)
    ("ST. VINCENT FERRER MEDICAL & DIAGNOSTIC CLINIC - DOH / MARINA accredited\n"
     "2F Borromeo Bldg, 88 Osmena Boulevard, Cebu City 6000\n"
     "PRE-EMPLOYMENT MEDICAL EXAMINATION (SEAFARER)   Control no. SVF-PEME-26-0418   Date: 03 March 2026\n"
     "Verify at https://verify.svfclinic.ph/peme/SVF-PEME-26-0418\n"
     "Name: MAGBANUA, Rodel T.   Age 41   DOB 17 Oct 1984   Position: 2nd Engineer, bulk carrier IMO 9418274\n"
     "Manning agency: Visayan Star Maritime Services Inc.\n"
     "Passport P4827193B | +63 917 555 0142 | rodel.magbanua84@yahoo.com\n"
     "Address: Sitio Mangga, Brgy. Tayud, Consolacion\n"
     "Findings: BMI 30.5. BP 162/104, repeat 158/100. VA 20/20 OU uncorrected; Ishihara 14/14. Audiometry: 40 dB "
     "notch at 4 kHz both ears. ECG: sinus rhythm, Sokolow-Lyon 41 mm (LVH). CXR normal. HBsAg reactive (not "
     "previously known); anti-HCV and RPR non-reactive; drug test negative. FBS 6.8 mmol/L, HbA1c 6.1%.\n"
     "Assessment: stage 2 hypertension, uncontrolled; chronic hepatitis B; noise-induced hearing loss.\n"
     "Recommendation: TEMPORARILY UNFIT. Start amlodipine 10 mg + losartan 50 mg; re-examine on 17 March 2026. "
     "Referred to hepatology for HBV DNA and ultrasound. Assessed against MLC 2006 and STCW Reg. I/9 medical "
     "standards.\n"
     "Examining physician: Dr. Jerome Villarosa-Ngo, PRC Lic. No. 0118274",
     [("HOSPITAL", ["ST. VINCENT FERRER MEDICAL & DIAGNOSTIC CLINIC"]),
      ("ADDRESS", ["2F Borromeo Bldg, 88 Osmena Boulevard"]), ("LOCATION", ["Cebu City"]), ("POSTCODE", ["6000"]),
      ("ID", ["SVF-PEME-26-0418"]), ("DATE", ["03 March 2026"]),
      ("URL", ["https://verify.svfclinic.ph/peme/SVF-PEME-26-0418"]), ("NAME", ["MAGBANUA", "Rodel"]),
      ("DATE", ["17 Oct 1984"]), ("PLATE", ["9418274"]), ("LOCATION", ["Visayan Star Maritime Services"]),
      ("ID", ["P4827193B"]), ("PHONE", ["+63 917 555 0142"]), ("EMAIL", ["rodel.magbanua84@yahoo.com"]),
      ("ADDRESS", ["Sitio Mangga, Brgy. Tayud"]), ("LOCATION", ["Consolacion"]), ("DATE", ["17 March 2026"]),
      ("NAME", ["Jerome", "Villarosa-Ngo"]), ("LICENCE", ["0118274"])],
     ["Ishihara 14/14", "Sokolow-Lyon 41 mm", "HBsAg reactive", "amlodipine 10 mg", "MLC 2006", "STCW Reg. I/9"]),

    # 27 - Malaysia, Penang: dental clinic note
    ("KLINIK PERGIGIAN SERI TANJUNG\n"
     "112 Jalan Burma, 10050 George Town, Pulau Pinang - tel 04-555 2918\n"
     "Clinical note 26/04/2025 (Sat) 10:15\n"
     "Pt: Ms Kavitha a/p Sundaram, 27 F, NRIC 980314-07-5126, tel 012-555 4180. Production technician at Suntronic "
     "Devices Sdn Bhd, Bayan Lepas.\n"
     "C/O: severe throbbing pain lower left radiating to the ear 3/7, starting 2 days after extraction of 38 here on "
     "22/04. Vapes.\n"
     "O/E: empty socket 38 with exposed bone, no pus, halitosis, mild trismus (mouth opening 32 mm). No "
     "lymphadenopathy. T 36.9.\n"
     "Dx: alveolar osteitis (dry socket) 38.\n"
     "Tx: IANB with Scandonest 3% 1 cartridge; socket irrigated with warm saline and chlorhexidine 0.12%; Alvogyl "
     "dressing placed.\n"
     "Rx: Ponstan 500 mg TDS after food x 3/7. No vaping 72 h.\n"
     "Review 28/04 (Mon). MC 1 day.\n"
     "Dr Ooi Khai Loon, BDS (Mal), MDC reg. 7182",
     [("HOSPITAL", ["KLINIK PERGIGIAN SERI TANJUNG"]), ("ADDRESS", ["112 Jalan Burma"]), ("POSTCODE", ["10050"]),
      ("LOCATION", ["George Town"]), ("PHONE", ["04-555 2918"]), ("DATE", ["26/04/2025"]),
      ("NAME", ["Kavitha", "Sundaram"]), ("ID", ["980314-07-5126"]), ("PHONE", ["012-555 4180"]),
      ("LOCATION", ["Suntronic Devices"]), ("LOCATION", ["Bayan Lepas"]), ("DATE", ["22/04"]), ("DATE", ["28/04"]),
      ("NAME", ["Ooi", "Khai Loon"]), ("LICENCE", ["7182"])],
     ["3/7", "alveolar osteitis", "Scandonest 3%", "chlorhexidine 0.12%", "Alvogyl", "Ponstan 500 mg"]),

    # 28 - Barbados: ophthalmology clinic letter
    ("Queen Elizabeth Hospital - Eye Clinic, Martindales Road, Bridgetown, Barbados\n"
     "\n"
     "9th January 2026\n"
     "\n"
     "Dr. Corinne Alleyne-Springer, Sunset Crest Medical Centre, Holetown, St. James\n"
     "\n"
     "Dear Dr. Alleyne-Springer,\n"
     "Re: Mr. Everton Babb-Cumberbatch, DOB 12.05.1961, QEH No. 418-27-39, NRN 610512-0418, Bathsheba Park, St. "
     "Joseph.\n"
     "I reviewed this retired bus driver in clinic; his mother went blind from glaucoma.\n"
     "VA 6/9 right, 6/18 left (pinhole 6/12). IOP (Goldmann) 28 mmHg right and 34 mmHg left on Xalatan at night. "
     "Gonioscopy: open angles, Shaffer grade 4. CCT 512/498 um. Discs: C/D 0.7 right and 0.9 left with inferior "
     "notching and a disc haemorrhage on the left. Humphrey 24-2 SITA: MD -6.8 dB right, -14.2 dB left with a dense "
     "superior arcuate defect on the left.\n"
     "Impression: primary open angle glaucoma, advanced on the left and moderate on the right, progressing.\n"
     "Plan: add Cosopt twice daily to both eyes; SLT to the left eye booked for 23rd January; trabeculectomy with "
     "MMC if the pressure does not come below 15. He should not drive at night. Review in 3/12. His wife Mrs. "
     "Hyacinth Babb puts in the drops.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. Roopnarine Ramdhanie-Forde, Consultant Ophthalmologist",
     [("HOSPITAL", ["Queen Elizabeth Hospital"]), ("ADDRESS", ["Martindales Road"]), ("LOCATION", ["Bridgetown"]),
      ("DATE", ["9th January 2026"]), ("NAME", ["Corinne", "Alleyne-Springer"]),
      ("HOSPITAL", ["Sunset Crest Medical Centre"]), ("LOCATION", ["Holetown"]), ("LOCATION", ["St. James"]),
      ("NAME", ["Everton", "Babb-Cumberbatch"]), ("DATE", ["12.05.1961"]), ("MRN", ["418-27-39"]),
      ("ID", ["610512-0418"]), ("ADDRESS", ["Bathsheba Park"]), ("LOCATION", ["St. Joseph"]),
      ("DATE", ["23rd January"]), ("NAME", ["Hyacinth", "Babb"]), ("NAME", ["Roopnarine", "Ramdhanie-Forde"])],
     ["6/9", "6/18", "IOP (Goldmann) 28 mmHg", "Xalatan", "Shaffer grade 4", "Humphrey 24-2 SITA", "Cosopt", "3/12"]),

    # 29 - Fiji: rheumatic heart disease programme nurse note
    ("RHD Control Programme - Colonial War Memorial Hospital, Waimanu Road, Suva\n"
     "RHD nurse school visit: secondary prophylaxis - 07/11/2025\n"
     "Name: Mereani Vosabalavu, 14 F, DOB 19/02/2011, CWM No. 11-482917\n"
     "Lives with her grandmother Litia in Nausori; phone 927 5581. Year 9 at Koronivia Methodist High School.\n"
     "Hx: ARF diagnosed 03/2023 (Jones criteria: carditis, polyarthritis, ASOT 800 IU/mL) with Sydenham chorea. Echo "
     "by WHF 2012 criteria: definite RHD - moderate MR, mild AR.\n"
     "Today: Bicillin L-A 1.2 million units deep IM R ventrogluteal (with lignocaine 2% 0.25 mL), given in the "
     "school sick bay. Last dose on time (q28 days); 12/13 doses this year. No chorea, no SOB; HR 88; pansystolic "
     "murmur 3/6 at the apex. Dental caries - referred to the dental clinic.\n"
     "Next dose due 05/12 - she will be with her uncle in Labasa over the holidays, so dose arranged at Labasa "
     "Hospital.\n"
     "Sr Vasemaca Naivalu, RN (reg. RN-0418-27)",
     [("HOSPITAL", ["Colonial War Memorial Hospital"]), ("ADDRESS", ["Waimanu Road"]), ("LOCATION", ["Suva"]),
      ("DATE", ["07/11/2025"]), ("NAME", ["Mereani", "Vosabalavu"]), ("DATE", ["19/02/2011"]), ("MRN", ["11-482917"]),
      ("NAME", ["Litia"]), ("LOCATION", ["Nausori"]), ("PHONE", ["927 5581"]),
      ("LOCATION", ["Koronivia Methodist High School"]), ("DATE", ["03/2023"]), ("DATE", ["05/12"]),
      ("LOCATION", ["Labasa"]), ("HOSPITAL", ["Labasa Hospital"]), ("NAME", ["Vasemaca", "Naivalu"]),
      ("LICENCE", ["RN-0418-27"])],
     ["Jones criteria", "ASOT 800 IU/mL", "Sydenham chorea", "WHF 2012 criteria", "Bicillin L-A 1.2 million units",
      "12/13 doses"]),

    # 30 - Cyprus, Limassol: endocrinology clinic letter (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Ενδοκρινολογικό Ιατρείο\n"
     "Οδός Αγίας Φυλάξεως 40, Λεμεσός\n"
     "\n"
     "Λεμεσός, 14 Μαρτίου 2026\n"
     "\n"
     "Προς: Δρα Σάββα Ιεροδιακόνου, Προσωπικό Ιατρό, Πάχνα\n"
     "\n"
     "Θέμα: Ελένη Χατζηπαναγιώτου, 38 ετών, Αρ. Ταυτότητας 1048273, ημ. γέννησης 22/07/1987, Οδός Γρίβα Διγενή 17, "
     "4620 Πάχνα, κιν. 99 555412\n"
     "\n"
     "Αγαπητέ συνάδελφε,\n"
     "Είδα σήμερα την κα Χατζηπαναγιώτου. Εργάζεται ως λογίστρια στα Οινοποιεία Κολοσσίου. Αναφέρει απώλεια βάρους 6 "
     "kg, αίσθημα παλμών και τρόμο εδώ και δύο μήνες, και από τις αρχές Φεβρουαρίου ερυθρότητα και διόγκωση των "
     "οφθαλμών. Καπνίζει 15 τσιγάρα την ημέρα.\n"
     "Εργαστηριακά: TSH <0,01 mIU/L, FT4 48 pmol/L, TRAb 14,2 IU/L. Υπερηχογράφημα: διάχυτη βρογχοκήλη με αυξημένη "
     "αιμάτωση.\n"
     "Οφθαλμολογική εκτίμηση: Clinical Activity Score (CAS) 4/7, εξόφθαλμος κατά Hertel 23 mm δεξιά και 22 mm "
     "αριστερά - ενεργός, μέτρια προς σοβαρή οφθαλμοπάθεια κατά EUGOGO.\n"
     "Διάγνωση: Νόσος Graves με ενεργό θυρεοειδική οφθαλμοπάθεια.\n"
     "Αγωγή: καρβιμαζόλη 30 mg ημερησίως, προπρανολόλη 40 mg x3, σελήνιο 100 μg x2 για 6 μήνες, διακοπή του "
     "καπνίσματος. Προγραμματίστηκαν ώσεις μεθυλπρεδνιζολόνης IV στο Γενικό Νοσοκομείο Λευκωσίας από τις 24 Μαρτίου. "
     "Όχι ραδιενεργό ιώδιο. Επανέλεγχος σε 4 εβδομάδες με γενική αίματος.\n"
     "\n"
     "Με εκτίμηση,\n"
     "Δρ Νεόφυτος Τσιάππας, Ενδοκρινολόγος, Αρ. Μητρώου ΙΣΚ 4418",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("ADDRESS", ["Οδός Αγίας Φυλάξεως 40"]), ("LOCATION", ["Λεμεσός"]),
      ("DATE", ["14 Μαρτίου 2026"]), ("NAME", ["Σάββα", "Ιεροδιακόνου"]), ("LOCATION", ["Πάχνα"]),
      ("NAME", ["Ελένη", "Χατζηπαναγιώτου"]), ("ID", ["1048273"]), ("DATE", ["22/07/1987"]),
      ("ADDRESS", ["Οδός Γρίβα Διγενή 17"]), ("POSTCODE", ["4620"]), ("PHONE", ["99 555412"]),
      ("LOCATION", ["Οινοποιεία Κολοσσίου"]), ("DATE", ["αρχές Φεβρουαρίου"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Λευκωσίας"]), ("DATE", ["24 Μαρτίου"]), ("NAME", ["Νεόφυτος", "Τσιάππας"]),
      ("LICENCE", ["4418"])],
     ["TSH <0,01 mIU/L", "TRAb 14,2 IU/L", "Clinical Activity Score (CAS) 4/7", "Hertel", "EUGOGO", "Νόσος Graves",
      "καρβιμαζόλη 30 mg"]),

    # 31 - Greece, Thessaloniki: care-home night nursing report, resident aged 91 (Greek)
    ("Μονάδα Φροντίδας Ηλικιωμένων «Άγιος Δημήτριος», Κωνσταντινουπόλεως 112, 54642 Θεσσαλονίκη, τηλ. 2310 555 917\n"
     "Νοσηλευτική αναφορά νυχτερινής βάρδιας 02/11/2025 προς 03/11/2025\n"
     "Τρόφιμος: Σταματία Καραγιαννίδου, 91 ετών, γεν. 09/04/1934, ΑΜΚΑ 09043402719, δωμάτιο 14, Πτέρυγα Γαρδένια\n"
     "Στη μονάδα από τον Σεπτέμβριο του 2021· χήρα από το 2009.\n"
     "Ιστορικό: άνοια τύπου Alzheimer (MMSE 16/30 τον Ιούνιο), κολπική μαρμαρυγή με Sintrom 1 mg, οστεοπόρωση. "
     "Barthel 35/100, Norton 11.\n"
     "Συμβάν: στις 03:20 βρέθηκε πεσμένη δίπλα στο κρεβάτι. GCS 15, πόνος στο δεξί ισχίο, βράχυνση και έξω στροφή "
     "του δεξιού σκέλους. Τελευταίο INR 2,6 (30/10).\n"
     "Ενέργειες: ενημερώθηκε η εφημερεύουσα ιατρός της μονάδας· κλήση ΕΚΑΒ 04:05, διακομιδή στο Γενικό Νοσοκομείο "
     "Θεσσαλονίκης «Γ. Παπανικολάου». Ενημερώθηκαν ο γιος της Παντελής Καραγιαννίδης, που ζει στη Στουτγκάρδη, και η "
     "κόρη της Ευανθία, η οποία τη συνόδευσε. Η κα Σταματία έλεγε χθες ότι στις 9 Απριλίου θα γίνει 92 ετών.\n"
     "Νοσηλεύτρια: Χρυσούλα Μπαλτατζή, ΠΕ Νοσηλευτικής",
     [("HOSPITAL", ["Άγιος Δημήτριος"]), ("ADDRESS", ["Κωνσταντινουπόλεως 112"]), ("POSTCODE", ["54642"]),
      ("LOCATION", ["Θεσσαλονίκη"]), ("PHONE", ["2310 555 917"]), ("DATE", ["02/11/2025"]), ("DATE", ["03/11/2025"]),
      ("NAME", ["Σταματία", "Καραγιαννίδου"]), ("AGE", ["91 ετών"]), ("DATE", ["09/04/1934"]),
      ("ID", ["09043402719"]), ("LOCATION", ["Πτέρυγα Γαρδένια"]), ("DATE", ["Σεπτέμβριο του 2021"]),
      ("DATE", ["2009"]), ("DATE", ["Ιούνιο"]), ("DATE", ["30/10"]),
      ("HOSPITAL", ["Γενικό Νοσοκομείο Θεσσαλονίκης", "Γ. Παπανικολάου"]), ("NAME", ["Παντελής", "Καραγιαννίδης"]),
      ("LOCATION", ["Στουτγκάρδη"]), ("NAME", ["Ευανθία"]), ("DATE", ["9 Απριλίου"]), ("AGE", ["92 ετών"]),
      ("NAME", ["Χρυσούλα", "Μπαλτατζή"])],
     ["άνοια τύπου Alzheimer", "MMSE 16/30", "Sintrom 1 mg", "Barthel 35/100", "Norton 11", "INR 2,6"]),

    # 32 - Greece, Patras: microbiology laboratory report (Greek)
    ("ΙΑΤΡΙΚΟ ΜΙΚΡΟΒΙΟΛΟΓΙΚΟ ΕΡΓΑΣΤΗΡΙΟ - Αθηνά Ρήγα-Κουτσούκου, Ιατρός Βιοπαθολόγος\n"
     "Μαιζώνος 141, 26222 Πάτρα - τηλ. 2610 555 374 - rigalab.patra@otenet.gr\n"
     "Αρ. πρωτοκόλλου 25-07-0418   Λήψη 21/07/2025   Έκδοση 24/07/2025\n"
     "Ασθενής: Διονύσιος Κολλιόπουλος, Άρρεν, 56 ετών, ΑΜΚΑ 14086804714\n"
     "Παραπέμπων: Δρ Γεράσιμος Ανδριτσόπουλος, Παθολόγος, Κέντρο Υγείας Καλαβρύτων\n"
     "Κλινικές πληροφορίες: πυρετός τριών εβδομάδων, νυχτερινές εφιδρώσεις, αρθραλγίες. Κτηνοτρόφος στην Κερτεζή· "
     "τρώει φρέσκια μυζήθρα από το κοπάδι του.\n"
     "ΟΡΟΛΟΓΙΚΟΣ ΕΛΕΓΧΟΣ\n"
     "Rose Bengal: ΘΕΤΙΚΗ\n"
     "Wright (ορο-συγκόλληση): 1/640\n"
     "Coombs Wright: 1/1280\n"
     "Brucella IgM (ELISA): 38 U/mL (θετικό >12)\n"
     "ΑΙΜΟΚΑΛΛΙΕΡΓΕΙΑ (BACTEC): θετική σε 96 ώρες - Gram αρνητικοί κοκκοβάκιλλοι, ταυτοποίηση με MALDI-TOF: Brucella "
     "melitensis\n"
     "ΓΕΝΙΚΗ ΑΙΜΑΤΟΣ: Hb 11,8 g/dL, WBC 4.100/μL, PLT 142.000/μL. CRP 48 mg/L, ΤΚΕ 62 mm/1η ώρα, ALT 74 U/L.\n"
     "Σχόλιο: νόσημα υποχρεωτικής δήλωσης - έγινε δήλωση στον ΕΟΔΥ. Ο Δρ Ανδριτσόπουλος ενημερώθηκε τηλεφωνικά "
     "αυθημερόν (τηλ. 26920 55521).\n"
     "Η υπεύθυνη ιατρός: Αθηνά Ρήγα-Κουτσούκου",
     [("NAME", ["Αθηνά", "Ρήγα-Κουτσούκου"]), ("ADDRESS", ["Μαιζώνος 141"]), ("POSTCODE", ["26222"]),
      ("LOCATION", ["Πάτρα"]), ("PHONE", ["2610 555 374"]), ("EMAIL", ["rigalab.patra@otenet.gr"]),
      ("ID", ["25-07-0418"]), ("DATE", ["21/07/2025"]), ("DATE", ["24/07/2025"]),
      ("NAME", ["Διονύσιος", "Κολλιόπουλος"]), ("ID", ["14086804714"]), ("NAME", ["Γεράσιμος", "Ανδριτσόπουλος"]),
      ("HOSPITAL", ["Κέντρο Υγείας Καλαβρύτων"]), ("LOCATION", ["Κερτεζή"]), ("PHONE", ["26920 55521"])],
     ["Rose Bengal", "Wright (ορο-συγκόλληση): 1/640", "Coombs Wright: 1/1280", "MALDI-TOF", "Brucella melitensis",
      "ΤΚΕ 62 mm/1η ώρα"]),

    # 33 - Taiwan, Taipei: family medicine outpatient record (traditional Chinese, ROC dates)
    ("臺北榮民總醫院 家庭醫學部 門診紀錄\n"
     "地址：臺北市北投區石牌路二段201號\n"
     "就診日期：114年3月5日\n"
     "病歷號：5730962　姓名：許家豪　性別：男　出生日期：62年8月19日\n"
     "身分證字號：F128473909\n"
     "住址：新北市板橋區文化路一段188巷12號5樓　手機：0912-555-418\n"
     "職業：宏遠客運公車司機\n"
     "主訴：右腳大拇趾紅腫熱痛2天。\n"
     "現病史：患者2天前在圓山大飯店參加女兒婚宴，喝了不少啤酒，當晚右側第一蹠趾關節突發劇痛（podagra）。過去三年類似"
     "發作4次，曾在亞東紀念醫院急診打針。\n"
     "理學檢查：右第一蹠趾關節紅腫、壓痛，左耳廓可見痛風石。BP 148/92。\n"
     "檢驗：尿酸 9.8 mg/dL，Cr 1.5 mg/dL，eGFR 52 mL/min/1.73m²；HLA-B*5801 陰性。\n"
     "診斷：急性痛風性關節炎，右足（M10.071）。\n"
     "處置：秋水仙素 0.5 mg 每日兩次，共7天；發作緩解後開始 Feburic 40 mg 每日一次，目標尿酸 <6 "
     "mg/dL。hydrochlorothiazide 改為 Cozaar 50 mg。衛教避免啤酒、內臟。\n"
     "回診：114年3月19日（太太黃淑芬陪同）。\n"
     "主治醫師：蕭明哲（醫字第039517號）",
     [("HOSPITAL", ["臺北榮民總醫院"]), ("LOCATION", ["臺北市"]), ("LOCATION", ["北投區"]),
      ("ADDRESS", ["石牌路二段201號"]), ("DATE", ["114年3月5日"]), ("MRN", ["5730962"]), ("NAME", ["許家豪"]),
      ("DATE", ["62年8月19日"]), ("ID", ["F128473909"]), ("LOCATION", ["新北市"]), ("LOCATION", ["板橋區"]),
      ("ADDRESS", ["文化路一段188巷12號5樓"]), ("PHONE", ["0912-555-418"]), ("LOCATION", ["宏遠客運"]),
      ("LOCATION", ["圓山大飯店"]), ("HOSPITAL", ["亞東紀念醫院"]), ("DATE", ["114年3月19日"]), ("NAME", ["黃淑芬"]),
      ("NAME", ["蕭明哲"]), ("LICENCE", ["039517"])],
     ["podagra", "尿酸 9.8 mg/dL", "eGFR 52 mL/min/1.73m²", "HLA-B*5801 陰性", "M10.071", "秋水仙素 0.5 mg",
      "Cozaar 50 mg"]),

    # 34 - Hong Kong: medical social work case record, patient aged 95 (traditional Chinese)
    ("瑪麗醫院 醫務社會服務部 個案記錄\n"
     "日期：2025年12月8日\n"
     "個案：區玉嬋　女　95歲　出生日期：1930年6月2日　身分證：C638201(9)　病歷號：HN25018273\n"
     "地址：深水埗福華街212號4樓B室（劏房，獨居）\n"
     "入院經過：2025年12月1日在家跌倒，左股骨頸骨折（Garden IV），12月3日接受半髖關節置換術（hemiarthroplasty）。\n"
     "社會背景：丈夫於1988年去世。靠綜援生活。兒子已移民溫哥華；女兒黎淑儀（電話 5550 "
     "2719）每星期探望一次。平日有石硤尾長者鄰舍中心職員探訪。\n"
     "評估：術後 Barthel Index 40/100，MMSE 19/30（小學程度），Morse 跌倒評分 "
     "65。婆婆表示「唔想入老人院」，又話明年六月就96歲，想喺屋企過生日。\n"
     "計劃：1. 2025年12月10日與女兒召開個案會議；2. 申請安老服務統一評估；3. 先轉東華三院馮堯敬醫院復康；4. "
     "出院後安排家居照顧及送飯服務。\n"
     "社工：姚慧中（註冊社工 S0418273）",
     [("HOSPITAL", ["瑪麗醫院"]), ("DATE", ["2025年12月8日"]), ("NAME", ["區玉嬋"]), ("AGE", ["95歲"]),
      ("DATE", ["1930年6月2日"]), ("ID", ["C638201(9)"]), ("MRN", ["HN25018273"]), ("LOCATION", ["深水埗"]),
      ("ADDRESS", ["福華街212號4樓B室"]), ("DATE", ["2025年12月1日"]), ("DATE", ["12月3日"]), ("DATE", ["1988年"]),
      ("LOCATION", ["溫哥華"]), ("NAME", ["黎淑儀"]), ("PHONE", ["5550 2719"]), ("LOCATION", ["石硤尾長者鄰舍中心"]),
      ("DATE", ["明年六月"]), ("AGE", ["96歲"]), ("DATE", ["2025年12月10日"]), ("HOSPITAL", ["東華三院馮堯敬醫院"]),
      ("NAME", ["姚慧中"]), ("LICENCE", ["S0418273"])],
     ["Garden IV", "半髖關節置換術", "Barthel Index 40/100", "MMSE 19/30", "Morse 跌倒評分 65"]),

    # 35 - China, Shanghai: community-to-hospital referral form (simplified Chinese)
    ("上海市浦东新区金杨社区卫生服务中心 双向转诊（上转）单\n"
     "转诊日期：2025年9月16日　编号：PD-ZZ-04183\n"
     "患者姓名：汪丽萍　性别：女　年龄：60岁　出生日期：1965年8月22日\n"
     "身份证号：310115196508221040\n"
     "家庭住址：金杨路418弄27号602室　联系电话：139 1655 4073　微信：wangliping_0822\n"
     "工作单位：退休（原上海申达纺织厂）\n"
     "初步诊断：右肺上叶混合磨玻璃结节（18 mm，实性成分 7 mm），Lung-RADS 4B\n"
     "病情摘要：患者于2025年9月2日参加社区肺癌早筛项目，行低剂量CT。对比2024年5月在上海市第七人民医院的CT（结节 12 "
     "mm），结节增大，实性成分新出现。CEA 6.8 ng/mL。Brock模型恶性概率 "
     "32%。无吸烟史，长期厨房油烟暴露。丈夫顾建明陪同。\n"
     "转诊目的：请胸外科肺结节MDT评估，必要时行VATS楔形切除。\n"
     "转入医院：复旦大学附属中山医院 胸外科\n"
     "家庭医生：邵敏华　电话：021-5855 4127",
     [("LOCATION", ["上海市"]), ("LOCATION", ["浦东新区"]), ("HOSPITAL", ["金杨社区卫生服务中心"]),
      ("DATE", ["2025年9月16日"]), ("ID", ["PD-ZZ-04183"]), ("NAME", ["汪丽萍"]), ("DATE", ["1965年8月22日"]),
      ("ID", ["310115196508221040"]), ("ADDRESS", ["金杨路418弄27号602室"]), ("PHONE", ["139 1655 4073"]),
      ("HANDLE", ["wangliping_0822"]), ("LOCATION", ["上海申达纺织厂"]), ("DATE", ["2025年9月2日"]),
      ("DATE", ["2024年5月"]), ("HOSPITAL", ["上海市第七人民医院"]), ("NAME", ["顾建明"]),
      ("HOSPITAL", ["复旦大学附属中山医院"]), ("NAME", ["邵敏华"]), ("PHONE", ["021-5855 4127"])],
     ["磨玻璃结节", "实性成分 7 mm", "Lung-RADS 4B", "CEA 6.8 ng/mL", "Brock模型恶性概率 32%", "VATS"]),

    # 36 - Chile, Biobio: adult emergency department note (Spanish)
    ("SERVICIO DE URGENCIA ADULTO - Hospital Clínico Regional Dr. Guillermo Grant Benavente\n"
     "San Martín 1436, Concepción. Fono (41) 255 5718\n"
     "Ingreso: 18 de enero de 2026, 04:12 h.\n"
     "Paciente: Ximena Sepúlveda Cárcamo, RUN 16.482.037-8, 32 años, nacida el 03/05/1993, FONASA tramo B.\n"
     "Domicilio: Pasaje Los Copihues 245, San Pedro de la Paz. Tel. +56 9 5555 3184. Cajera en el Unimarc de "
     "Coronel.\n"
     "Anamnesis: el 17/01 a las 07:00 sintió una picadura en el muslo derecho al ponerse un pantalón guardado en el "
     "clóset; su pareja, Rodrigo Fuentealba, encontró una araña de rincón.\n"
     "Examen físico: placa livedoide de 6 x 4 cm con centro violáceo, halo eritematoso y vesículas. Ictericia "
     "escleral leve. PA 104/62, FC 108, T° 38,2 °C.\n"
     "Laboratorio: Hb 9,1 g/dL, LDH 1.840 U/L, bilirrubina indirecta 3,2 mg/dL, creatinina 1,4 mg/dL. Orina color "
     "coca-cola con hemoglobinuria. Coombs directo negativo.\n"
     "Diagnóstico: loxoscelismo cutáneo-visceral (Loxosceles laeta).\n"
     "Indicaciones: hospitalizar en UPC; SF 0,9% 150 mL/h; clorfenamina 10 mg EV c/8 h; paracetamol 1 g EV c/8 h; Hb "
     "y función renal c/6 h; evaluar hemodiálisis si falla renal.\n"
     "Dr. Matías Henríquez Olave (RUN 14.827.361-8)",
     [("HOSPITAL", ["Hospital Clínico Regional Dr. Guillermo Grant Benavente"]), ("ADDRESS", ["San Martín 1436"]),
      ("LOCATION", ["Concepción"]), ("PHONE", ["(41) 255 5718"]), ("DATE", ["18 de enero de 2026"]),
      ("NAME", ["Ximena", "Sepúlveda", "Cárcamo"]), ("ID", ["16.482.037-8"]), ("DATE", ["03/05/1993"]),
      ("ADDRESS", ["Pasaje Los Copihues 245"]), ("LOCATION", ["San Pedro de la Paz"]), ("PHONE", ["+56 9 5555 3184"]),
      ("LOCATION", ["Unimarc de Coronel"]), ("DATE", ["17/01"]), ("NAME", ["Rodrigo", "Fuentealba"]),
      ("NAME", ["Matías", "Henríquez", "Olave"]), ("ID", ["14.827.361-8"])],
     ["placa livedoide", "Hb 9,1 g/dL", "LDH 1.840 U/L", "coca-cola", "Coombs directo negativo", "Loxosceles laeta",
      "clorfenamina 10 mg"]),

    # 37 - Poland, Krakow: hospital discharge summary (Polish)
    ("Szpital Specjalistyczny im. Ludwika Rydygiera w Krakowie\n"
     "Oddział Neurologii z Pododdziałem Udarowym, os. Złotej Jesieni 1, 31-826 Kraków\n"
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n"
     "Pacjentka: Halina Szczepaniak-Mróz, PESEL 58071412345, ur. 14.07.1958, ul. Zakopiańska 12/4, 30-418 Kraków, "
     "tel. 601 555 372\n"
     "Data przyjęcia: 12.03.2025, godz. 10:42   Data wypisu: 21.03.2025\n"
     "Rozpoznanie: Udar niedokrwienny mózgu w zakresie lewej tętnicy środkowej mózgu (I63.4), leczony trombolizą. "
     "Napadowe migotanie przedsionków, nowo rozpoznane (I48.0).\n"
     "Epikryza: Pacjentkę przywiózł ZRM z parkingu Galerii Bronowice, gdzie ochroniarz znalazł ją w jej samochodzie "
     "(nr rej. KR 4J182) z afazją i niedowładem prawostronnym; ostatnio widziana zdrowa przez męża Zbigniewa o 8:30. "
     "NIHSS przy przyjęciu 14. TK głowy: ASPECTS 9; angio-TK bez okluzji dużego naczynia. Podano alteplazę "
     "(Actilyse) 0,9 mg/kg, door-to-needle 38 min. Po 24 h NIHSS 4. W Holterze EKG napadowe AF. CHA2DS2-VASc 5, "
     "HAS-BLED 2. Od 4. doby apiksaban.\n"
     "Stan przy wypisie: mRS 2, łagodna afazja ruchowa.\n"
     "Zalecenia: Eliquis 5 mg 2 x dziennie, atorwastatyna 40 mg 0-0-1. Kontrola w Poradni Neurologicznej 23.04.2025. "
     "Rehabilitacja ambulatoryjna. Nie prowadzić samochodu przez miesiąc.\n"
     "Lekarz prowadzący: lek. Bartłomiej Grzybowski, nr PWZ 8482913\n"
     "Kierownik Oddziału: dr hab. n. med. Jadwiga Sowa-Lipińska",
     [("HOSPITAL", ["Szpital Specjalistyczny im. Ludwika Rydygiera"]), ("LOCATION", ["Krakowie"]),
      ("ADDRESS", ["os. Złotej Jesieni 1"]), ("POSTCODE", ["31-826"]), ("LOCATION", ["Kraków"]),
      ("NAME", ["Halina", "Szczepaniak-Mróz"]), ("ID", ["58071412345"]), ("DATE", ["14.07.1958"]),
      ("ADDRESS", ["ul. Zakopiańska 12/4"]), ("POSTCODE", ["30-418"]), ("PHONE", ["601 555 372"]),
      ("DATE", ["12.03.2025"]), ("DATE", ["21.03.2025"]), ("LOCATION", ["Galerii Bronowice"]),
      ("PLATE", ["KR 4J182"]), ("NAME", ["Zbigniewa"]), ("DATE", ["23.04.2025"]),
      ("NAME", ["Bartłomiej", "Grzybowski"]), ("LICENCE", ["8482913"]), ("NAME", ["Jadwiga", "Sowa-Lipińska"])],
     ["I63.4", "NIHSS przy przyjęciu 14", "ASPECTS 9", "Actilyse", "CHA2DS2-VASc 5", "HAS-BLED 2", "mRS 2"]),

    # 38 - Ireland, Connacht: rheumatology outpatient clinic list
    ("Merlin Park University Hospital, Galway H91 N973\n"
     "RHEUMATOLOGY OUTPATIENTS - Clinic 4B - Thursday 22/01/2026\n"
     "Consultant: Prof. Fionnuala Ní Fhlatharta   Clinic nurse ext 4187\n"
     "\n"
     "09:00  Ms Róisín Ní Chonghaile   MRN MP0418273   DOB 04/02/1988\n"
     "       RA on Benepali 50 mg weekly; DAS28-CRP 2.1 last visit - remission. Bloods on arrival.\n"
     "09:20  Mr Séamus Ó Flaithbheartaigh   MRN MP0552718   DOB 17/10/1951\n"
     "       Tophaceous gout, allopurinol 300 mg, urate 0.42 mmol/L. Coming in from Clifden on the bus - see on "
     "time.\n"
     "09:40  Mrs Bríd Fahy-Mannion   MRN MP0390461   DOB 29/03/1956   PPSN 6839127G\n"
     "       PMR, prednisolone 7.5 mg tapering; ESR 18. Ask about jaw claudication.\n"
     "10:00  NEW  Mr Cathal Heneghan   MRN MP0671935   DOB 26/09/1979\n"
     "       Inflammatory back pain, HLA-B27 positive, MRI SIJ bone marrow oedema; BASDAI 6.2. GP Dr Orla Keady, "
     "Athenry. Works shifts at Corrib Devices, Parkmore.\n"
     "10:20  Mr Wojciech Pawlak-Ryba   MRN MP0619320   DOB 19/05/1964\n"
     "       Systemic sclerosis with Raynaud's phenomenon, MRSS 14, digital ulcer L index; nifedipine MR 30 mg. "
     "Polish interpreter booked.",
     [("HOSPITAL", ["Merlin Park University Hospital"]), ("LOCATION", ["Galway"]), ("POSTCODE", ["H91 N973"]),
      ("DATE", ["22/01/2026"]), ("NAME", ["Fionnuala", "Ní Fhlatharta"]), ("PHONE", ["4187"]),
      ("NAME", ["Róisín", "Ní Chonghaile"]), ("MRN", ["MP0418273"]), ("DATE", ["04/02/1988"]),
      ("NAME", ["Séamus", "Ó Flaithbheartaigh"]), ("MRN", ["MP0552718"]), ("DATE", ["17/10/1951"]),
      ("LOCATION", ["Clifden"]), ("NAME", ["Bríd", "Fahy-Mannion"]), ("MRN", ["MP0390461"]), ("DATE", ["29/03/1956"]),
      ("ID", ["6839127G"]), ("NAME", ["Cathal", "Heneghan"]), ("MRN", ["MP0671935"]), ("DATE", ["26/09/1979"]),
      ("NAME", ["Orla", "Keady"]), ("LOCATION", ["Athenry"]), ("LOCATION", ["Corrib Devices"]),
      ("LOCATION", ["Parkmore"]), ("NAME", ["Wojciech", "Pawlak-Ryba"]), ("MRN", ["MP0619320"]),
      ("DATE", ["19/05/1964"])],
     ["Benepali 50 mg", "DAS28-CRP 2.1", "urate 0.42 mmol/L", "HLA-B27 positive", "BASDAI 6.2",
      "Raynaud's phenomenon", "MRSS 14"]),

    # 39 - England, North Yorkshire: NHS 111 telephone triage call record
    ("NHS 111 Clinical Assessment Service - call record, case ref 111-0418273\n"
     "Call received 26/12/2025 02:38\n"
     "Caller: Mrs Bryony Ventress (mother), mobile 07700 900 319, callback number confirmed.\n"
     "Patient: Florence Ventress, DOB 14/06/2023, NHS 703 518 2942. Registered with Whitby Group Practice.\n"
     "Location: Rose Cottage, Thorpe Lane, Robin Hood's Bay, Whitby YO22 4TQ\n"
     "Pathway: Fever, child under 5 -> clinician call back.\n"
     "Clinical assessment (Penelope Garbutt, RN, Clinical Advisor): well on Christmas Day, temperature since the "
     "evening. Temp 39.6 at 02:30 despite Calpol 240 mg/5 mL 5 mL at 00:45 and Nurofen for Children 100 mg/5 mL 5 mL "
     "at 02:00. Drowsy and floppy, cold hands and feet, new purple spots on both legs - mother did the glass test "
     "and they do NOT fade. Capillary refill >3 seconds on the sternum. No wet nappy for 6 h. RED on the NICE NG143 "
     "traffic light system.\n"
     "Outcome: Category 2 ambulance requested 02:51. Advised: stay with her, no more medicine, door unlocked, lights "
     "on. Called back 03:05 - crew on scene; IM benzylpenicillin given per JRCALC; pre-alert to Scarborough General "
     "Hospital paediatrics as likely meningococcal sepsis. Father Dean Ventress is on nights at Boulby Mine - mother "
     "phoning him.",
     [("ID", ["111-0418273"]), ("DATE", ["26/12/2025"]), ("NAME", ["Bryony", "Ventress"]),
      ("PHONE", ["07700 900 319"]), ("NAME", ["Florence", "Ventress"]), ("DATE", ["14/06/2023"]),
      ("ID", ["703 518 2942"]), ("HOSPITAL", ["Whitby Group Practice"]), ("ADDRESS", ["Rose Cottage, Thorpe Lane"]),
      ("LOCATION", ["Robin Hood's Bay"]), ("LOCATION", ["Whitby"]), ("POSTCODE", ["YO22 4TQ"]),
      ("NAME", ["Penelope", "Garbutt"]), ("DATE", ["Christmas Day"]), ("HOSPITAL", ["Scarborough General Hospital"]),
      ("NAME", ["Dean", "Ventress"]), ("LOCATION", ["Boulby Mine"])],
     ["Calpol 240 mg/5 mL", "Nurofen for Children 100 mg/5 mL", "glass test", "Capillary refill >3 seconds",
      "NICE NG143", "traffic light system", "JRCALC"]),
]
