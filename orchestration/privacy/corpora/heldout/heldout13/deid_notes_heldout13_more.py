"""The last 20 notes of the thirteenth held-out set (:mod:`deid_notes_heldout13`; positions 20-39 of its ``NOTES``),
split off only to keep each file a readable length and written blind like the rest of that set: 410 planted identifier
parts in 347 (kind, parts) entries, 123 clinical strings. Notes 25 (Arabic) and 31 (Thai) are in a non-Latin script;
note 38 is in Italian and note 39 in Portuguese; notes 36 (aged 92) and 38 (aged 94) are patients aged 90 or over,
with the age and every date element planted.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Zambia: prison health unit laboratory request and referral
    ("Zambia Correctional Service - Health Unit, Mukobeko Maximum Correctional Facility, Kabwe\n"
     "LABORATORY REQUEST AND REFERRAL - 04/11/2025 10:15\n"
     "To: Microbiology, University Teaching Hospital, Lusaka (via the Kabwe Central Hospital lab courier)\n"
     "Inmate: Bwalya Mumba, 36 M, inmate no. MMCF/2211/19, NRC 234561/11/1, ART no. 5040-017-00482-3\n"
     "HIV on TLD, interrupted during his transfer from Lusaka Central in August; CD4 48 cells/uL.\n"
     "2/52 headache, vomiting, neck stiffness, blurred vision. Serum CrAg LFA positive. LP at Kabwe Central "
     "Hospital: opening pressure 34 cmH2O, CSF clear.\n"
     "Requested: CSF India ink, CSF CrAg titre, fungal culture (?Cryptococcus neoformans), Xpert MTB/RIF Ultra.\n"
     "Started on the AMBITION regimen: single-dose AmBisome 10 mg/kg + flucytosine + fluconazole 1200 mg. "
     "Therapeutic LPs as needed.\n"
     "NOK: sister Chanda Mumba, Chililabombwe, +260 977 555 418.\n"
     "Escort: Officer Nchimunya Hakainde, vehicle GRZ 418 CK.\n"
     "Requesting clinician: Mutale Siame, Clinical Officer General, HPCZ reg. CO/04172",
     [("LOCATION", ["Mukobeko Maximum Correctional Facility"]), ("LOCATION", ["Kabwe"]), ("DATE", ["04/11/2025"]),
      ("HOSPITAL", ["University Teaching Hospital"]), ("LOCATION", ["Lusaka"]),
      ("HOSPITAL", ["Kabwe Central Hospital"]), ("NAME", ["Bwalya", "Mumba"]), ("ID", ["MMCF/2211/19"]),
      ("ID", ["234561/11/1"]), ("ID", ["5040-017-00482-3"]), ("LOCATION", ["Lusaka Central"]),
      ("DATE", ["August"]), ("NAME", ["Chanda"]), ("LOCATION", ["Chililabombwe"]), ("PHONE", ["+260 977 555 418"]),
      ("NAME", ["Nchimunya", "Hakainde"]), ("PLATE", ["GRZ 418 CK"]), ("NAME", ["Mutale", "Siame"]),
      ("ID", ["CO/04172"])],
     ["CD4 48", "CrAg LFA positive", "opening pressure 34 cmH2O", "India ink", "Cryptococcus neoformans",
      "AMBITION regimen"]),

    # 21 - Zimbabwe: occupational health clinic letter
    ("Bulawayo Occupational Health Centre\n"
     "Cnr Fort Street & 9th Avenue, Bulawayo. Tel +263 29 255 5814\n"
     "\n"
     "3 December 2025\n"
     "\n"
     "Dr Tendai Mhlanga-Fraser, Chest Clinic, Mpilo Central Hospital\n"
     "\n"
     "Dear Dr Mhlanga-Fraser,\n"
     "Re: Mr Bekithemba Moyo-Sibanda, DOB 14/02/1971, national ID 08-271934 G 08, NSSA claim PN/BYO/2025/0412\n"
     "House 4417, Nkulumane. Cell +263 77 555 2196 (wife Sithembile).\n"
     "This 54-year-old worked 22 years underground as a rock-drill operator, first at How Mine and later at "
     "Vubachikwe Mine, Gwanda, mostly dry drilling. Exertional dyspnoea, mMRC 3, and a dry cough. CXR: small "
     "rounded opacities in both upper zones, ILO profusion 2/2 q/q, and egg-shell calcification of the hilar nodes. "
     "Spirometry: FEV1 58% predicted, FEV1/FVC 0.64. He has seropositive rheumatoid arthritis (Rheumatoid factor "
     "positive) and multiple peripheral nodules, in keeping with Caplan syndrome. Sputum GeneXpert negative x2.\n"
     "I would be grateful for a CT chest and your opinion for the NSSA pneumoconiosis board.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Farai Chikwanha-Ruzvidzo, Occupational Physician",
     [("HOSPITAL", ["Bulawayo Occupational Health Centre"]), ("ADDRESS", ["Cnr Fort Street & 9th Avenue"]),
      ("LOCATION", ["Bulawayo"]), ("PHONE", ["+263 29 255 5814"]), ("DATE", ["3 December 2025"]),
      ("NAME", ["Tendai", "Mhlanga-Fraser"]), ("HOSPITAL", ["Mpilo Central Hospital"]),
      ("NAME", ["Bekithemba", "Moyo-Sibanda"]), ("DATE", ["14/02/1971"]), ("ID", ["08-271934 G 08"]),
      ("ID", ["PN/BYO/2025/0412"]), ("ADDRESS", ["House 4417"]), ("LOCATION", ["Nkulumane"]),
      ("PHONE", ["+263 77 555 2196"]), ("NAME", ["Sithembile"]), ("LOCATION", ["How Mine"]),
      ("LOCATION", ["Vubachikwe Mine"]), ("LOCATION", ["Gwanda"]), ("NAME", ["Farai", "Chikwanha-Ruzvidzo"])],
     ["mMRC 3", "ILO profusion 2/2", "egg-shell calcification", "FEV1/FVC 0.64", "Rheumatoid factor",
      "Caplan syndrome", "GeneXpert negative"]),

    # 22 - Rwanda: paediatric ward nursing handover, three patients
    ("Ruhengeri Referral Hospital, Musanze - Pediatrics ward, nursing handover night to day, 28/05/2025 07:00\n"
     "Bed 3: Uwase Keza Ange, 4 y F, file RRH-25-06613, Mutuelle de santé 1104082731, from Kinigi. Severe malaria, "
     "P. falciparum 4+ (parasitaemia 6%). Blantyre coma score 3 on admission, now 5/5. IV artesunate dose 3 at "
     "23:00. Hb 6.4 g/dL - 1 unit packed cells overnight, no reaction. Mother Mukamana Jeanne staying (ID "
     "1199070023481084, tel 0788 555 314).\n"
     "Bed 7: Ishimwe Eric, 9 mo M, RRH-25-06681, from Busogo. Severe pneumonia with WHO danger signs (not able to "
     "breastfeed). SpO2 89% RA -> 93% on 2 L nasal prongs. Amoxicillin + gentamicin day 2. Father Niyonzima "
     "Patrick, 0722 555 907.\n"
     "Bed 11: Ganza Kevin, 12 y M, RRH-25-06702, from Nyabihu. New DKA - glucose 32 mmol/L, pH 7.08 on arrival; "
     "Actrapid 0.05 U/kg/h, pH now 7.21, K 3.6. 2-hourly GCS. Mother Uwimana Solange, teacher at GS Gahunga, "
     "coming at 09:00.\n"
     "Handed over by Nurse Mukeshimana Alice to Nurse Nsengiyumva Jean Bosco.",
     [("HOSPITAL", ["Ruhengeri Referral Hospital"]), ("LOCATION", ["Musanze"]), ("DATE", ["28/05/2025"]),
      ("NAME", ["Uwase", "Keza", "Ange"]), ("MRN", ["RRH-25-06613"]), ("ID", ["1104082731"]),
      ("LOCATION", ["Kinigi"]), ("NAME", ["Mukamana", "Jeanne"]), ("ID", ["1199070023481084"]),
      ("PHONE", ["0788 555 314"]), ("NAME", ["Ishimwe", "Eric"]), ("MRN", ["RRH-25-06681"]),
      ("LOCATION", ["Busogo"]), ("NAME", ["Niyonzima", "Patrick"]), ("PHONE", ["0722 555 907"]),
      ("NAME", ["Ganza", "Kevin"]), ("MRN", ["RRH-25-06702"]), ("LOCATION", ["Nyabihu"]),
      ("NAME", ["Uwimana", "Solange"]), ("LOCATION", ["GS Gahunga"]), ("NAME", ["Mukeshimana", "Alice"]),
      ("NAME", ["Nsengiyumva", "Jean Bosco"])],
     ["P. falciparum 4+", "Blantyre coma score 3", "artesunate", "WHO danger signs", "pH 7.08",
      "Actrapid 0.05 U/kg/h"]),

    # 23 - Ghana: physiotherapy review after skin grafting
    ("Physiotherapy Department, St. Martin de Porres Hospital, Agroyesum\n"
     "Tuesday, 9th September 2025\n"
     "Patient: Master Yaw Boakye-Mensah, 11 yrs, hosp. no. SMDP/BU/25/0187, NHIS 04829173\n"
     "Class 5 pupil at Agroyesum D/A Basic School. Father Mr Kofi Boakye, cocoa farmer at Nkawie, Ghana Card "
     "GHA-724190385-3, 024 555 7391.\n"
     "Dx: Buruli ulcer, Category III lesion R elbow/forearm, IS2404 PCR positive. Completed 8/52 of rifampicin + "
     "clarithromycin. Split-skin graft on 28/08, take about 95%.\n"
     "Assessment: R elbow flexion contracture, lacking 35° of extension. Wrist extension 40°. Grip 9 kg R, 16 kg L.\n"
     "Plan: serial thermoplastic elbow extension splint at night, active-assisted ROM three times a day, scar massage "
     "with Vaseline, pressure garment when fully healed. Home programme taught to father. Review 1/52.\n"
     "Mrs Akosua Frimpong, Senior Physiotherapist, AHPC PT/0419",
     [("HOSPITAL", ["St. Martin de Porres Hospital"]), ("LOCATION", ["Agroyesum"]), ("DATE", ["9th September 2025"]),
      ("NAME", ["Yaw", "Boakye-Mensah"]), ("MRN", ["SMDP/BU/25/0187"]), ("ID", ["04829173"]),
      ("LOCATION", ["Agroyesum D/A Basic School"]), ("NAME", ["Kofi", "Boakye"]), ("LOCATION", ["Nkawie"]),
      ("ID", ["GHA-724190385-3"]), ("PHONE", ["024 555 7391"]), ("DATE", ["28/08"]),
      ("NAME", ["Akosua", "Frimpong"]), ("ID", ["PT/0419"])],
     ["Buruli ulcer", "Category III lesion", "IS2404 PCR positive", "8/52", "rifampicin + clarithromycin",
      "lacking 35°", "Vaseline"]),

    # 24 - Nigeria, Lagos: surgical pathology report
    ("LAGOS UNIVERSITY TEACHING HOSPITAL, Idi-Araba - Department of Anatomic and Molecular Pathology\n"
     "SURGICAL PATHOLOGY REPORT   Lab no. LUTH/HP/25/3318\n"
     "Received: 14-07-2025   Reported: 21st July 2025\n"
     "Patient: Master Tobiloba Adebayo-Nwosu, 8 yrs, M. Hosp. no. 0829317. 17 Akerele Street, Surulere.\n"
     "Mother: Mrs Folake Adebayo, trader at Balogun Market, 0806 555 2914.\n"
     "Clinician: Dr Adaeze Bankole-Uche, Paediatric Oncology\n"
     "Specimen: incisional biopsy, right mandibular mass. Clinical: rapidly enlarging jaw swelling 3/52 with "
     "loosened molars; abdominal mass on USS.\n"
     "Microscopy: sheets of monotonous medium-sized lymphoid cells, frequent tingible-body macrophages giving a "
     "'starry sky' pattern; numerous mitoses.\n"
     "IHC: CD20+, CD10+, BCL6+, BCL2 negative; Ki-67 ~100%. EBER positive on ISH. FISH: MYC rearrangement, t(8;14).\n"
     "DIAGNOSIS: Burkitt lymphoma (endemic type), right mandible.\n"
     "Dr Babajide Ekundayo-Hart, Consultant Histopathologist",
     [("HOSPITAL", ["LAGOS UNIVERSITY TEACHING HOSPITAL"]), ("LOCATION", ["Idi-Araba"]), ("ID", ["LUTH/HP/25/3318"]),
      ("DATE", ["14-07-2025"]), ("DATE", ["21st July 2025"]), ("NAME", ["Tobiloba", "Adebayo-Nwosu"]),
      ("MRN", ["0829317"]), ("ADDRESS", ["17 Akerele Street"]), ("LOCATION", ["Surulere"]),
      ("NAME", ["Folake", "Adebayo"]), ("LOCATION", ["Balogun Market"]), ("PHONE", ["0806 555 2914"]),
      ("NAME", ["Adaeze", "Bankole-Uche"]), ("NAME", ["Babajide", "Ekundayo-Hart"])],
     ["3/52", "'starry sky'", "CD10+", "Ki-67 ~100%", "EBER positive", "t(8;14)", "Burkitt lymphoma"]),

    # 25 - Jordan (in Arabic): haemodialysis session note
    ("مستشفى اليرموك التخصصي - إربد\n"
     "وحدة غسيل الكلى - ملاحظة جلسة الغسيل\n"
     "التاريخ: ١٢/٠٣/٢٠٢٥ - الجلسة الصباحية\n"
     "المريض: محمود عبد الكريم الزعبي، ٥٨ سنة، الرقم الوطني 9671023845، رقم الملف 2025/4418\n"
     "التأمين الصحي المدني رقم 118320475\n"
     "العنوان: إربد، حي النزهة، شارع الأمير حسن، عمارة 14\n"
     "هاتف: 0795 551 832 - ابنه أحمد: 0777 552 904\n"
     "الوصول الوعائي: ناسور شرياني وريدي في الساعد الأيسر، الرعشة جيدة.\n"
     "الجهاز: Fresenius 5008S، الرقم التسلسلي 5JXA0127\n"
     "الوزن قبل الجلسة 78.4 كغ وبعدها 75.9 كغ. ضغط الدم 150/90 ثم 132/80.\n"
     "المختبر: K 6.1 mmol/L قبل الجلسة، Hb 9.8 g/dL، Kt/V 1.28.\n"
     "العلاج: EPREX 4000 IU وريدياً، Venofer 100 mg. تمت مراجعة الحمية مع المريض (البندورة والموز).\n"
     "الجلسة القادمة: السبت ١٥ آذار.\n"
     "الطبيبة المناوبة: د. رنا الشرع - الممرض: خالد بني هاني",
     [("HOSPITAL", ["مستشفى اليرموك التخصصي"]), ("LOCATION", ["إربد"]), ("DATE", ["١٢/٠٣/٢٠٢٥"]),
      ("NAME", ["محمود", "عبد الكريم", "الزعبي"]), ("ID", ["9671023845"]), ("MRN", ["2025/4418"]),
      ("ID", ["118320475"]), ("ADDRESS", ["حي النزهة، شارع الأمير حسن، عمارة 14"]), ("PHONE", ["0795 551 832"]),
      ("NAME", ["أحمد"]), ("PHONE", ["0777 552 904"]), ("SERIAL", ["5JXA0127"]), ("DATE", ["١٥ آذار"]),
      ("NAME", ["رنا", "الشرع"]), ("NAME", ["خالد", "بني هاني"])],
     ["٥٨ سنة", "ناسور شرياني وريدي", "K 6.1 mmol/L", "Kt/V 1.28", "EPREX 4000 IU", "Venofer 100 mg"]),

    # 26 - India, Punjab: drug de-addiction centre follow-up
    ("Drug De-addiction and Treatment Centre, Guru Nanak Dev Hospital, Amritsar - OPD follow-up\n"
     "Date 03-01-2026\n"
     "Name: Jaskaran Singh Sandhu s/o Sukhdev Singh, 27 M. OPD reg. DDTC/2025/11873. Aadhaar 6279 1483 3059\n"
     "Vill. & P.O. Chabba, Distt. Amritsar 143022. Mob. 98155 62741\n"
     "Truck driver with Malwa Roadlines, Ludhiana - truck PB 02 DK 4417, DL PB0220190048213.\n"
     "H/o heroin ('chitta') smoking then injecting x 3 yrs. Inducted on buprenorphine 12th Dec (COWS 16).\n"
     "Now Addnok-N 2/0.5 mg 4 tabs SL OD under OOAT. COWS score 3 today, no craving. UDS: morphine negative, "
     "buprenorphine positive. HCV Ab reactive - sent for HCV RNA. L cubital fossa abscess healed.\n"
     "Mother Smt. Paramjit Kaur accompanies, mob. 94173 58201. Advised no long-haul driving until dose stable.\n"
     "Dr. Harleen Kaur Bedi, SR Psychiatry; counsellor Mr. Rupinder Pal",
     [("HOSPITAL", ["Guru Nanak Dev Hospital"]), ("LOCATION", ["Amritsar"]), ("DATE", ["03-01-2026"]),
      ("NAME", ["Jaskaran Singh", "Sandhu"]), ("NAME", ["Sukhdev Singh"]), ("MRN", ["DDTC/2025/11873"]),
      ("ID", ["6279 1483 3059"]), ("LOCATION", ["Chabba"]), ("POSTCODE", ["143022"]), ("PHONE", ["98155 62741"]),
      ("LOCATION", ["Malwa Roadlines"]), ("LOCATION", ["Ludhiana"]), ("PLATE", ["PB 02 DK 4417"]),
      ("LICENCE", ["PB0220190048213"]), ("DATE", ["12th Dec"]), ("NAME", ["Paramjit Kaur"]),
      ("PHONE", ["94173 58201"]), ("NAME", ["Harleen Kaur", "Bedi"]), ("NAME", ["Rupinder Pal"])],
     ["COWS 16", "Addnok-N 2/0.5 mg", "OOAT", "COWS score 3", "buprenorphine positive", "HCV Ab reactive"]),

    # 27 - India, Karnataka: zoonotic disease case investigation
    ("Virus Diagnostic Laboratory, Shivamogga - KFD case investigation form\n"
     "Date of investigation: 18/02/2025\n"
     "Case: Smt. Nagaveni Gowda, 42 F, arecanut plantation labourer. Aadhaar 8304 6217 5903. Ph 94481 27360.\n"
     "Address: Aralagodu village, Sagar taluk, Shivamogga district 577421.\n"
     "Onset 11 Feb: high fever, severe myalgia, headache, conjunctival suffusion; gum bleeding on day 4. Admitted to "
     "McGann Teaching District Hospital on 15.02.2025.\n"
     "Lab: KFDV RT-PCR positive. Platelets 48,000/cmm, WBC 2,100/cmm.\n"
     "Exposure: collects dry leaves for manure in the reserve forest beside the village; forest guard Sri Ganapathi "
     "Naik reported two langur deaths there on 4th Feb. Haemaphysalis spinigera ticks collected from the site. KFD "
     "vaccine not taken this season.\n"
     "Diagnosis: Kyasanur Forest disease, confirmed.\n"
     "Husband Sri Manjunatha Gowda, 97419 60382. Household and village contacts line-listed by ASHA Smt. Savitha.\n"
     "Dr. Prathiba Nayak-Salian, DSO",
     [("HOSPITAL", ["Virus Diagnostic Laboratory, Shivamogga"]), ("LOCATION", ["Shivamogga"]),
      ("DATE", ["18/02/2025"]), ("NAME", ["Nagaveni", "Gowda"]), ("ID", ["8304 6217 5903"]),
      ("PHONE", ["94481 27360"]), ("LOCATION", ["Aralagodu"]), ("LOCATION", ["Sagar"]), ("POSTCODE", ["577421"]),
      ("DATE", ["11 Feb"]), ("HOSPITAL", ["McGann Teaching District Hospital"]), ("DATE", ["15.02.2025"]),
      ("NAME", ["Ganapathi", "Naik"]), ("DATE", ["4th Feb"]), ("NAME", ["Manjunatha"]),
      ("PHONE", ["97419 60382"]), ("NAME", ["Savitha"]), ("NAME", ["Prathiba", "Nayak-Salian"])],
     ["conjunctival suffusion", "KFDV RT-PCR positive", "Platelets 48,000/cmm", "Haemaphysalis spinigera",
      "Kyasanur Forest disease"]),

    # 28 - Pakistan: hospital clinical pharmacy antimicrobial stewardship review
    ("Liaquat University Hospital, Hyderabad (Sindh) - Clinical Pharmacy, antimicrobial stewardship review\n"
     "Paeds Medical Unit-II, bed 14. 25-Aug-2025\n"
     "Pt: Hasnain Ali Memon, 6 y M, MR# LUH-25-110482, B-Form 41306-8821047-3\n"
     "Father: Ghulam Mustafa Memon, CNIC 41306-2274819-5, mob 0300-5558213. House 27, Block C, Latifabad Unit 8.\n"
     "Blood c/s sent 19/8: Salmonella Typhi, XDR - resistant to ampicillin, chloramphenicol, co-trimoxazole, "
     "ciprofloxacin and ceftriaxone; sensitive to azithromycin and meropenem.\n"
     "Current: Meronem 20 mg/kg q8h + azithromycin 20 mg/kg OD, day 5. Afebrile 36 h, CRP falling.\n"
     "Recommendations: stop meropenem (carbapenem-sparing); continue oral azithromycin to complete 14 days; ECG for "
     "QTc before discharge. Siblings to get Typbar-TCV at the EPI centre.\n"
     "Pharm.D Zunaira Qureshi-Baloch, clinical pharmacist, ext. 2314",
     [("HOSPITAL", ["Liaquat University Hospital"]), ("LOCATION", ["Hyderabad"]), ("DATE", ["25-Aug-2025"]),
      ("NAME", ["Hasnain Ali", "Memon"]), ("MRN", ["LUH-25-110482"]), ("ID", ["41306-8821047-3"]),
      ("NAME", ["Ghulam Mustafa"]), ("ID", ["41306-2274819-5"]), ("PHONE", ["0300-5558213"]),
      ("ADDRESS", ["House 27, Block C, Latifabad Unit 8"]), ("DATE", ["19/8"]),
      ("NAME", ["Zunaira", "Qureshi-Baloch"]), ("PHONE", ["2314"])],
     ["Salmonella Typhi", "XDR", "Meronem 20 mg/kg", "azithromycin 20 mg/kg", "QTc", "Typbar-TCV"]),

    # 29 - Nepal: hospice admission note
    ("Koteshwor Hospice, Kathmandu - admission note\n"
     "2082 Shrawan 14 (30 July 2025)\n"
     "Mr. Dawa Tshering Sherpa, 64 M, citizenship no. 27-01-71-00419, from Khumjung, Solukhumbu. Retired "
     "high-altitude guide with Himalayan Yak Treks.\n"
     "Dx: Ca oesophagus with liver mets. WallFlex stent placed at Bir Hospital in May 2025; now dysphagia to "
     "liquids again.\n"
     "Symptoms: ESAS pain 8/10, nausea 5/10. Palliative Performance Scale 40%, ECOG 3.\n"
     "Plan: morphine oral solution 5 mg 4-hourly + 2.5 mg PRN, lactulose, metoclopramide; mouth care; discuss "
     "subcutaneous route if swallowing fails.\n"
     "Family: son Pasang Sherpa (9851055472) and daughter-in-law Lhakpa Diki. He wishes to visit Tengboche "
     "monastery once more; family exploring whether that is possible.\n"
     "Dr. Sushila Adhikari-Thapa",
     [("HOSPITAL", ["Koteshwor Hospice"]), ("LOCATION", ["Kathmandu"]), ("DATE", ["2082 Shrawan 14"]),
      ("DATE", ["30 July 2025"]), ("NAME", ["Dawa Tshering", "Sherpa"]), ("ID", ["27-01-71-00419"]),
      ("LOCATION", ["Khumjung"]), ("LOCATION", ["Solukhumbu"]), ("LOCATION", ["Himalayan Yak Treks"]),
      ("HOSPITAL", ["Bir Hospital"]), ("DATE", ["May 2025"]), ("NAME", ["Pasang"]), ("PHONE", ["9851055472"]),
      ("NAME", ["Lhakpa Diki"]), ("LOCATION", ["Tengboche"]), ("NAME", ["Sushila", "Adhikari-Thapa"])],
     ["WallFlex", "ESAS pain 8/10", "Palliative Performance Scale 40%", "ECOG 3", "morphine oral solution 5 mg"]),

    # 30 - Sri Lanka: optometry diabetic eye screening
    ("Dalada Vision Care, 42 Peradeniya Road, Kandy 20000 - optometry / diabetic eye screening\n"
     "2025.09.05\n"
     "Mrs. Nilmini Wickramaratne, 58 F, NIC 196752803914. Teacher at Mahamaya Girls' College. Mob 077 555 3824.\n"
     "Type 2 DM 12 yrs, HbA1c 9.1%, on Diamicron MR 60 mg and Galvus Met 50/1000 mg.\n"
     "VA unaided RE 6/18, LE 6/9; pinhole RE 6/12. Goldmann applanation IOP 17/19 mmHg. Amsler grid: metamorphopsia "
     "RE.\n"
     "Fundus photos: moderate NPDR OU, clinically significant macular oedema RE by ETDRS criteria.\n"
     "Referred to Dr. Ruwan Abeygunawardena, VR surgeon, Teaching Hospital Kandy, for OCT and anti-VEGF. Husband "
     "Mr. Sunil to bring her (dilated today, not to drive).\n"
     "Ms. Hashini Jayasekara, Optometrist, reg. OPT/0417",
     [("HOSPITAL", ["Dalada Vision Care"]), ("ADDRESS", ["42 Peradeniya Road"]), ("LOCATION", ["Kandy"]),
      ("POSTCODE", ["20000"]), ("DATE", ["2025.09.05"]), ("NAME", ["Nilmini", "Wickramaratne"]),
      ("ID", ["196752803914"]), ("LOCATION", ["Mahamaya Girls' College"]), ("PHONE", ["077 555 3824"]),
      ("NAME", ["Ruwan", "Abeygunawardena"]), ("HOSPITAL", ["Teaching Hospital Kandy"]), ("NAME", ["Sunil"]),
      ("NAME", ["Hashini", "Jayasekara"]), ("ID", ["OPT/0417"])],
     ["HbA1c 9.1%", "Galvus Met 50/1000 mg", "6/18", "6/12", "Goldmann applanation", "Amsler grid",
      "ETDRS criteria"]),

    # 31 - Thailand (in Thai): medical ward round note
    ("โรงพยาบาลศรีนครินทร์ คณะแพทยศาสตร์ มหาวิทยาลัยขอนแก่น\n"
     "บันทึกการตรวจเยี่ยมผู้ป่วย หอผู้ป่วยอายุรกรรม 3ข\n"
     "วันที่ 9 สิงหาคม 2568\n"
     "ผู้ป่วย: นายประเสริฐ ศรีบุญเรือง อายุ 56 ปี HN 68-041927\n"
     "เลขประจำตัวประชาชน 3-4199-00182-76-7\n"
     "ที่อยู่: 88 หมู่ 5 ต.โนนทอง อ.หนองเรือ จ.ขอนแก่น 40210\n"
     "อาชีพ ทำนา; ภรรยา นางคำปุน ศรีบุญเรือง โทร 089-555-3182\n"
     "โรคประจำตัว: เบาหวาน คุมไม่ได้ HbA1c 11.2%\n"
     "S: ไข้ลดลงเป็นวันที่ 2 ยังไอเล็กน้อย\n"
     "O: T 37.6 °C, BP 118/72; CT วันที่ 3 ส.ค. พบฝีในม้าม (splenic abscess)\n"
     "ผลเพาะเชื้อในเลือด: Burkholderia pseudomallei\n"
     "A: โรคเมลิออยโดสิส ติดเชื้อในกระแสเลือดร่วมกับปอดอักเสบ\n"
     "P: Ceftazidime 2 g IV ทุก 8 ชม. ให้ครบ 14 วัน แล้วต่อด้วย Bactrim รับประทาน 20 สัปดาห์; "
     "แนะนำใส่รองเท้าบูทเวลาทำนา\n"
     "นัดติดตาม ๒๓ ส.ค. ที่คลินิกโรคติดเชื้อ\n"
     "แพทย์ผู้ดูแล: นพ.ธนากร วงศ์สวัสดิ์",
     [("HOSPITAL", ["โรงพยาบาลศรีนครินทร์"]), ("LOCATION", ["ขอนแก่น"]), ("DATE", ["9 สิงหาคม 2568"]),
      ("NAME", ["ประเสริฐ", "ศรีบุญเรือง"]), ("MRN", ["68-041927"]), ("ID", ["3-4199-00182-76-7"]),
      ("ADDRESS", ["88 หมู่ 5"]), ("LOCATION", ["โนนทอง"]), ("LOCATION", ["หนองเรือ"]), ("POSTCODE", ["40210"]),
      ("NAME", ["คำปุน"]), ("PHONE", ["089-555-3182"]), ("DATE", ["3 ส.ค."]), ("DATE", ["๒๓ ส.ค."]),
      ("NAME", ["ธนากร", "วงศ์สวัสดิ์"])],
     ["56 ปี", "HbA1c 11.2%", "Burkholderia pseudomallei", "โรคเมลิออยโดสิส", "Ceftazidime 2 g", "Bactrim"]),

    # 32 - Malaysia, Sabah: occupational therapy home visit
    ("Jabatan Pemulihan Cara Kerja (Occupational Therapy), Hospital Duchess of Kent, Sandakan\n"
     "OT home visit report - 14 Oct 2025\n"
     "Client: Mr Roslan Majimbun, 61 M, MyKad 640318-12-5371, RN 25/098317\n"
     "Home: Kampung Gum Gum, Sandakan - two-storey kampung house on stilts, 12 wooden steps to the door, no rails; "
     "squat toilet outside.\n"
     "Dx: R MCA infarct 09/09/2025 - L hemiplegia with L neglect. Albert's test: 14/40 lines missed on the left. "
     "Modified Barthel Index 52/100. Fugl-Meyer UE 38/66.\n"
     "Mobility: quad stick indoors with 1 assist; a Rollator is not suitable on the uneven plank floor.\n"
     "Recommendations: handrails both sides of the steps, commode chair at night, shower chair. Not to drive - was "
     "an e-hailing driver, car SAB 4712 K.\n"
     "Daughter Melinda Majimbun, teacher at SMK Elopura, 013-555 8462, will supervise stair practice.\n"
     "Cik Nurul Izzati Rosli, Jurupulih Cara Kerja",
     [("HOSPITAL", ["Hospital Duchess of Kent"]), ("LOCATION", ["Sandakan"]), ("DATE", ["14 Oct 2025"]),
      ("NAME", ["Roslan", "Majimbun"]), ("ID", ["640318-12-5371"]), ("MRN", ["25/098317"]),
      ("ADDRESS", ["Kampung Gum Gum"]), ("DATE", ["09/09/2025"]),
      ("PLATE", ["SAB 4712 K"]), ("NAME", ["Melinda"]), ("LOCATION", ["SMK Elopura"]), ("PHONE", ["013-555 8462"]),
      ("NAME", ["Nurul Izzati", "Rosli"])],
     ["L neglect", "Albert's test", "Modified Barthel Index 52/100", "Fugl-Meyer UE 38/66", "quad stick",
      "Rollator"]),

    # 33 - Vietnam: infectious-diseases discharge summary
    ("National Hospital for Tropical Diseases - Dong Anh campus, Hanoi\n"
     "DISCHARGE SUMMARY\n"
     "Patient: Mr Đặng Quốc Thịnh, 52 M, CCCD 034073004812, health insurance GD4343401827365\n"
     "Hamlet 4, Vu Hoi commune, Vu Thu district, Thai Binh province. Phone 0912 555 483 (wife Phạm Thị Hằng).\n"
     "Admitted 02/06/2025 (transferred from Thai Binh General Hospital), discharged 19/06/2025.\n"
     "Hx: works at a small pig slaughterhouse; ate tiết canh (raw pig-blood pudding) at a neighbour's wedding 3 days "
     "before onset.\n"
     "Dx: Streptococcus suis meningitis, serotype 2 (CSF culture and PCR). CSF WBC 1,240/mm3, 92% neutrophils. Septic "
     "shock on day 1.\n"
     "Course: ceftriaxone 2 g IV q12h x 14 days, dexamethasone 0.4 mg/kg q12h x 4 days. Bilateral sensorineural "
     "hearing loss (80 dB) persists; mild ataxia.\n"
     "F/u: ENT and audiology, Bach Mai Hospital, 03/07, for hearing-aid assessment.\n"
     "Dr Trịnh Minh Khoa, Department of Infectious Diseases",
     [("HOSPITAL", ["National Hospital for Tropical Diseases"]), ("LOCATION", ["Dong Anh"]), ("LOCATION", ["Hanoi"]),
      ("NAME", ["Đặng", "Quốc Thịnh"]), ("ID", ["034073004812"]), ("ID", ["GD4343401827365"]),
      ("ADDRESS", ["Hamlet 4"]), ("LOCATION", ["Vu Hoi"]), ("LOCATION", ["Vu Thu"]), ("LOCATION", ["Thai Binh"]),
      ("PHONE", ["0912 555 483"]), ("NAME", ["Phạm Thị Hằng"]), ("DATE", ["02/06/2025"]),
      ("HOSPITAL", ["Thai Binh General Hospital"]), ("DATE", ["19/06/2025"]), ("HOSPITAL", ["Bach Mai Hospital"]),
      ("DATE", ["03/07"]), ("NAME", ["Trịnh", "Minh Khoa"])],
     ["tiết canh", "Streptococcus suis", "serotype 2", "CSF WBC 1,240/mm3", "ceftriaxone 2 g",
      "sensorineural hearing loss"]),

    # 34 - Indonesia, Bali: primary care clinic note after a dog bite
    ("Klinik Pratama Ubud Sehat, Jl. Raya Andong No. 27, Ubud, Gianyar, Bali 80571 - tel (0361) 555 9274\n"
     "Tanggal: 21 Januari 2026, 10:05\n"
     "Patient: Ms Saskia Verhoeven, 28 F, Dutch tourist, DOB 11-06-1997, passport NRF4L8P21. Home address "
     "Oudegracht 214, Utrecht. Travel insurance policy 8842-17730-NL.\n"
     "Staying at Taman Sari Homestay, Penestanan. WhatsApp +31 6 5550 2184.\n"
     "Bitten on the R calf by a stray dog outside the homestay at 08:30 today: 2 deep punctures with bleeding - WHO "
     "Category III. Dog ran off; reported to the district livestock office.\n"
     "Tx: wound washed 15 min with soap and water, then povidone-iodine. HRIG 20 IU/kg infiltrated around the wound. "
     "Verorab 0.5 mL IM into each deltoid (Zagreb regimen). Boostrix given.\n"
     "Next Verorab doses 28/1 here and 11/2 at GGD regio Utrecht if she is home by then - letter given.\n"
     "dr. I Gusti Ayu Sri Mahendrawati",
     [("HOSPITAL", ["Klinik Pratama Ubud Sehat"]), ("ADDRESS", ["Jl. Raya Andong No. 27"]), ("LOCATION", ["Ubud"]),
      ("LOCATION", ["Gianyar"]), ("POSTCODE", ["80571"]), ("PHONE", ["(0361) 555 9274"]),
      ("DATE", ["21 Januari 2026"]), ("NAME", ["Saskia", "Verhoeven"]), ("DATE", ["11-06-1997"]),
      ("ID", ["NRF4L8P21"]), ("ADDRESS", ["Oudegracht 214"]), ("LOCATION", ["Utrecht"]), ("ID", ["8842-17730-NL"]),
      ("LOCATION", ["Taman Sari Homestay"]), ("LOCATION", ["Penestanan"]), ("PHONE", ["+31 6 5550 2184"]),
      ("DATE", ["28/1"]), ("DATE", ["11/2"]), ("HOSPITAL", ["GGD regio Utrecht"]),
      ("NAME", ["I Gusti Ayu Sri", "Mahendrawati"])],
     ["WHO Category III", "povidone-iodine", "HRIG 20 IU/kg", "Verorab 0.5 mL", "Zagreb regimen", "Boostrix"]),

    # 35 - Philippines, Visayas: municipal health officer's death certificate worksheet
    ("Office of the Municipal Health Officer, Dumangas, Iloilo\n"
     "Worksheet for the Certificate of Death (Municipal Form No. 103) - prepared November 27, 2025\n"
     "Deceased: Jericho Dela Peña Sobrevega, male, 34, born June 3, 1991. PhilSys No. 4781-2930-6614-0528. "
     "Residence: Purok 3, Brgy. Balabag, Dumangas.\n"
     "Died 26 November 2025 at about 03:40 in the ICU of Western Visayas Medical Center, Mandurriao, Iloilo City; "
     "transferred there from Dumangas District Hospital on 22/11/2025.\n"
     "Occupation: rice farmer; waded in flood water for a week clearing canals after the typhoon.\n"
     "Causes of death: I(a) immediate - pulmonary haemorrhage with refractory shock; (b) antecedent - acute kidney "
     "injury; (c) underlying - leptospirosis (Weil's disease), MAT 1:1600, Leptospira interrogans serovar Manilae.\n"
     "Manner: natural. No autopsy; family declined. Reported to the surveillance unit.\n"
     "Informant: widow Mrs. Analyn Sobrevega, 0919 555 3174. Burial at Dumangas Public Cemetery on 29 Nov.\n"
     "Dr. Rogelio Bañares-Tolentino, MHO, PRC Lic. No. 0102748",
     [("LOCATION", ["Dumangas"]), ("LOCATION", ["Iloilo"]), ("DATE", ["November 27, 2025"]),
      ("NAME", ["Jericho", "Dela Peña", "Sobrevega"]), ("DATE", ["June 3, 1991"]), ("ID", ["4781-2930-6614-0528"]),
      ("ADDRESS", ["Purok 3, Brgy. Balabag"]), ("DATE", ["26 November 2025"]),
      ("HOSPITAL", ["Western Visayas Medical Center"]), ("LOCATION", ["Mandurriao"]), ("LOCATION", ["Iloilo City"]),
      ("HOSPITAL", ["Dumangas District Hospital"]), ("DATE", ["22/11/2025"]), ("NAME", ["Analyn"]),
      ("PHONE", ["0919 555 3174"]), ("LOCATION", ["Dumangas Public Cemetery"]), ("DATE", ["29 Nov"]),
      ("NAME", ["Rogelio", "Bañares-Tolentino"]), ("LICENCE", ["0102748"])],
     ["pulmonary haemorrhage", "refractory shock", "Weil's disease", "MAT 1:1600", "serovar Manilae"]),

    # 36 - St Lucia: hospital social work assessment, patient aged 92
    ("Owen King EU Hospital, Castries - Medical Social Work Department\n"
     "Psychosocial assessment, 27th January 2026\n"
     "Client: Miss Euphemia St. Rose, 92-year-old, DOB 14/05/1933, hosp. no. OKEU-0184273, NIC 1933051402\n"
     "She gives her birthday as 'the fourteenth of May, nineteen thirty-three'.\n"
     "Lives alone in a board house at Ti Rocher, Micoud, since her sister died in 2019.\n"
     "Admitted 19/01/2026 after a neighbour, Mr Augustin Lafeuille, found her on the floor. Dehydrated and "
     "underweight. Norton score 11, AMTS 6/10, Katz ADL 3/6.\n"
     "Concerns: nephew Mr Kervin Jn Baptiste collects her NIC pension every month but her cupboards were empty; he "
     "last visited on the 15th. She is a member of St. Joseph's Mission, Micoud, whose ladies' group brings lunch "
     "on Sundays.\n"
     "Plan: referral to Human Services re possible financial abuse; application for a bed at Bon Secours Home for "
     "the Aged, Castries. Dietitian started Ensure Plus BD.\n"
     "Jacinta Alcindor-Felix, MSW, Medical Social Worker, ext. 5412",
     [("HOSPITAL", ["Owen King EU Hospital"]), ("LOCATION", ["Castries"]), ("DATE", ["27th January 2026"]),
      ("NAME", ["Euphemia", "St. Rose"]), ("AGE", ["92-year-old"]), ("DATE", ["14/05/1933"]),
      ("MRN", ["OKEU-0184273"]), ("ID", ["1933051402"]),
      ("DATE", ["the fourteenth of May, nineteen thirty-three"]), ("ADDRESS", ["Ti Rocher"]),
      ("LOCATION", ["Micoud"]), ("DATE", ["2019"]), ("DATE", ["19/01/2026"]), ("NAME", ["Augustin", "Lafeuille"]),
      ("NAME", ["Kervin", "Jn Baptiste"]), ("DATE", ["the 15th"]), ("LOCATION", ["St. Joseph's Mission"]),
      ("HOSPITAL", ["Bon Secours Home for the Aged"]), ("NAME", ["Jacinta", "Alcindor-Felix"]), ("PHONE", ["5412"])],
     ["Norton score 11", "AMTS 6/10", "Katz ADL 3/6", "financial abuse", "Ensure Plus BD"]),

    # 37 - Samoa: school health nurse visit
    ("Ministry of Health - School Health Nursing. Visit to Leulumoega Fou College, Upolu\n"
     "Thursday 5 June 2025\n"
     "Student: Tavita Sapolu, Year 11, 15 M, DOB 08/10/2009, student no. LFC-2025-0417\n"
     "Reason: 4-weekly secondary prophylaxis for rheumatic heart disease.\n"
     "Hx: acute rheumatic fever in 2023 (Jones criteria: carditis, polyarthritis, ASOT 800 IU/mL). Echo at Tupua "
     "Tamasese Meaole Hospital: mild mitral regurgitation, definite RHD by WHF criteria.\n"
     "Given today: benzathine penicillin G 1.2 MU IM (Extencilline) with lignocaine, L ventrogluteal. No reaction.\n"
     "Missed last month's dose - away at a family fa'alavelave in Salelologa, Savai'i.\n"
     "Next due 3 July. Father Mr Afamasaga Sapolu, +685 7755 218, will get a text reminder.\n"
     "RN Faafetai Tuilagi-Schuster, School Health Nurse",
     [("LOCATION", ["Leulumoega Fou College"]), ("LOCATION", ["Upolu"]), ("DATE", ["5 June 2025"]),
      ("NAME", ["Tavita", "Sapolu"]), ("DATE", ["08/10/2009"]), ("ID", ["LFC-2025-0417"]), ("DATE", ["2023"]),
      ("HOSPITAL", ["Tupua Tamasese Meaole Hospital"]), ("LOCATION", ["Salelologa"]), ("LOCATION", ["Savai'i"]),
      ("DATE", ["3 July"]), ("NAME", ["Afamasaga"]), ("PHONE", ["+685 7755 218"]),
      ("NAME", ["Faafetai", "Tuilagi-Schuster"])],
     ["Jones criteria", "ASOT 800 IU/mL", "mitral regurgitation", "WHF criteria", "benzathine penicillin G 1.2 MU",
      "Extencilline"]),

    # 38 - Italy (in Italian): geriatric ward discharge letter, patient aged 94
    ("AZIENDA SANITARIA LOCALE LECCE - Presidio Ospedaliero \"Vito Fazzi\" - U.O.C. di Geriatria\n"
     "Lecce, 4 novembre 2025\n"
     "Egregia Dott.ssa Giuseppina Carluccio, Via Taranto 41, 73100 Lecce\n"
     "\n"
     "Oggetto: lettera di dimissione della Sig.ra Addolorata Miglietta, nata a Lecce l'8 settembre 1931, di anni 94, "
     "C.F. MGLDLR31P48E506O, tessera sanitaria 80380000120047851923, residente in Via Giacomo Matteotti 12, "
     "73010 Surbo (LE).\n"
     "\n"
     "Gentile Collega,\n"
     "la Sua assistita è stata ricoverata presso il nostro reparto dal 27 ottobre al 4 novembre 2025 per polmonite "
     "ab ingestis complicata da delirium ipocinetico.\n"
     "Diagnosi di dimissione: polmonite ab ingestis; fibrillazione atriale permanente (CHA2DS2-VASc 5); morbo di "
     "Parkinson; esiti di frattura di femore destro operata nel 2019 presso l'Ospedale \"Cardinale G. Panico\" di "
     "Tricase.\n"
     "Valutazione multidimensionale: MMSE 16/30, indice di Barthel 30/100, scala di Braden 13.\n"
     "Terapia consigliata: Madopar 100/25 1 cp x 3, Pradaxa 110 mg 1 cp x 2, acqua gelificata.\n"
     "Vedova dal 2002, vive con la badante, Sig.ra Oksana Hrytsenko; la figlia, Sig.ra Rosaria Pellegrino (tel. "
     "0832 555 418, cell. 339 555 2174), la segue quotidianamente.\n"
     "Controllo ambulatoriale geriatrico il 18 novembre alle ore 10.\n"
     "Cordiali saluti.\n"
     "Dott. Salvatore De Pascalis, Dirigente Medico",
     [("HOSPITAL", ["Vito Fazzi"]), ("LOCATION", ["Lecce"]), ("DATE", ["4 novembre 2025"]),
      ("NAME", ["Giuseppina", "Carluccio"]), ("ADDRESS", ["Via Taranto 41"]), ("POSTCODE", ["73100"]),
      ("NAME", ["Addolorata", "Miglietta"]), ("DATE", ["8 settembre 1931"]), ("AGE", ["di anni 94"]),
      ("ID", ["MGLDLR31P48E506O"]), ("ID", ["80380000120047851923"]), ("ADDRESS", ["Via Giacomo Matteotti 12"]),
      ("POSTCODE", ["73010"]), ("LOCATION", ["Surbo"]), ("DATE", ["27 ottobre"]), ("DATE", ["2019"]),
      ("HOSPITAL", ["Cardinale G. Panico"]), ("LOCATION", ["Tricase"]), ("DATE", ["2002"]),
      ("NAME", ["Oksana", "Hrytsenko"]), ("NAME", ["Rosaria", "Pellegrino"]), ("PHONE", ["0832 555 418"]),
      ("PHONE", ["339 555 2174"]), ("DATE", ["18 novembre"]), ("NAME", ["Salvatore", "De Pascalis"])],
     ["polmonite ab ingestis", "CHA2DS2-VASc 5", "morbo di Parkinson", "MMSE 16/30", "scala di Braden 13",
      "Madopar 100/25", "Pradaxa 110 mg"]),

    # 39 - Portugal (in Portuguese): travel medicine consultation
    ("Consulta do Viajante - Centro Hospitalar Universitário de Santo António, Porto\n"
     "Data da consulta: 12 de março de 2025\n"
     "Utente: Sr. Rui Filipe Cerqueira Barbosa, 41 anos, n.º de utente SNS 284 719 306, NIF 214 738 590, "
     "passaporte CB917362\n"
     "Morada: Rua de Cedofeita, 318, 2.º Esq., 4050-174 Porto. Telemóvel 912 555 847. rui.cbarbosa@sapo.pt\n"
     "Engenheiro civil na Construtora Douro Atlântico; vai para uma obra em Luanda e depois no Huambo, Angola, "
     "durante 6 meses, com partida a 2 de abril.\n"
     "Antecedentes: asma ligeira (Ventilan SOS). Sem alergias. Última dose de tétano em 2019.\n"
     "Vacinas hoje: Stamaril (febre amarela) - Certificado Internacional de Vacinação n.º PT-0418273; Havrix 1440; "
     "Vivotif oral em dias alternados. Raiva pré-exposição: Rabipur dias 0 e 7 (segunda dose a 19 de março).\n"
     "Profilaxia da malária: Lariam 250 mg semanal, a iniciar 2 semanas antes da partida. Repelente com DEET 50%.\n"
     "Dra. Inês Vasconcelos Portela, cédula profissional 48213",
     [("HOSPITAL", ["Centro Hospitalar Universitário de Santo António"]), ("LOCATION", ["Porto"]),
      ("DATE", ["12 de março de 2025"]), ("NAME", ["Rui Filipe", "Cerqueira", "Barbosa"]), ("ID", ["284 719 306"]),
      ("ID", ["214 738 590"]), ("ID", ["CB917362"]), ("ADDRESS", ["Rua de Cedofeita, 318, 2.º Esq."]),
      ("POSTCODE", ["4050-174"]), ("PHONE", ["912 555 847"]), ("EMAIL", ["rui.cbarbosa@sapo.pt"]),
      ("LOCATION", ["Construtora Douro Atlântico"]), ("LOCATION", ["Luanda"]), ("LOCATION", ["Huambo"]),
      ("DATE", ["2 de abril"]), ("DATE", ["2019"]), ("ID", ["PT-0418273"]), ("DATE", ["19 de março"]),
      ("NAME", ["Inês", "Vasconcelos Portela"]), ("LICENCE", ["48213"])],
     ["41 anos", "Stamaril", "febre amarela", "Havrix 1440", "Vivotif", "Rabipur", "Lariam 250 mg", "DEET 50%"]),
]
