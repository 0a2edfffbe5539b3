"""The third part of the sixth HELD-OUT note set (:mod:`deid_notes_heldout6`, whose docstring says how it was
written), kept apart only so that no file grows past the size the project keeps its modules to.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("ED provider note 10/02/2024 - Baraga County Memorial Hospital, L'Anse\n29F Thessaly Brancaleone, MRN "
     "BCM0048812. 3 wk of drenching night sweats, pruritus, and a 3 cm nontender L supraclavicular node. CXR: "
     "mediastinal widening. Concern for Hodgkin lymphoma - CT neck/chest ordered, heme-onc referral for excisional "
     "biopsy. She is an RN at a nursing home in Houghton (MI RN license 4704281193). Priority Health member ID "
     "80049217301. Cell 906-555-0147. Lives 112 Front St, L'Anse MI 49946.\n- D. Kivisto, MD",
     [("DATE", ["10/02/2024"]), ("HOSPITAL", ["Baraga County Memorial Hospital"]), ("LOCATION", ["L'Anse"]),
      ("NAME", ["Thessaly", "Brancaleone"]), ("MRN", ["BCM0048812"]), ("LOCATION", ["Houghton"]),
      ("LICENCE", ["4704281193"]), ("ID", ["80049217301"]), ("PHONE", ["906-555-0147"]), ("ADDRESS", ["112 Front St"]),
      ("POSTCODE", ["49946"]), ("NAME", ["Kivisto"])],
     ["drenching night sweats, pruritus", "3 cm nontender L supraclavicular node", "mediastinal widening",
      "Hodgkin lymphoma", "excisional biopsy"]),
    ("MR enterography request\nFrom: Anjali Rowbotham, IBD CNS, Yeovil District Hospital\nPt: Miss Oriel Fanshawe, "
     "19, DOB 03/08/2005, NHS 189 074 6088, 3 Pound Lane, Crewkerne TA18 7HD.\nKnown ileal Crohn's disease (Montreal "
     "A2 L1 B1) on adalimumab (Amgevita) 40 mg fortnightly. Calprotectin up to 640. Q: active inflammation vs "
     "fibrotic stricture? Student at Bicton College, prefers texts to 07812 330 596.",
     [("NAME", ["Anjali", "Rowbotham"]), ("HOSPITAL", ["Yeovil District Hospital"]), ("NAME", ["Oriel", "Fanshawe"]),
      ("DATE", ["03/08/2005"]), ("ID", ["189 074 6088"]), ("ADDRESS", ["3 Pound Lane"]), ("LOCATION", ["Crewkerne"]),
      ("POSTCODE", ["TA18 7HD"]), ("LOCATION", ["Bicton College"]), ("PHONE", ["07812 330 596"])],
     ["ileal Crohn's disease (Montreal A2 L1 B1)", "adalimumab (Amgevita) 40 mg fortnightly", "Calprotectin up to 640",
      "active inflammation vs fibrotic stricture"]),
    ("ED Mackay Base Hospital 27/12/24 0320\n41M Jarrod Duggleby, URN 772014, Medicare 2317 15405 4. Single vehicle "
     "rollover near Nebo, ute QLD rego 482 KXJ, belted. ETOH 0.14. FIFO at Goonyella North mine. QLD DL 118 430 562. "
     "L humeral shaft # with radial nerve palsy (wrist drop) - U-slab, ortho in am. CT trauma nil else. Police "
     "informed. NOK mum Sharlene in Sarina, 0438 205 771.",
     [("HOSPITAL", ["Mackay Base Hospital"]), ("DATE", ["27/12/24"]), ("NAME", ["Jarrod", "Duggleby"]),
      ("MRN", ["772014"]), ("ID", ["2317 15405 4"]), ("LOCATION", ["Nebo"]), ("PLATE", ["482 KXJ"]),
      ("LOCATION", ["Goonyella North"]), ("LICENCE", ["118 430 562"]), ("NAME", ["Sharlene"]), ("LOCATION", ["Sarina"]),
      ("PHONE", ["0438 205 771"])],
     ["Single vehicle rollover", "ETOH 0.14", "L humeral shaft # with radial nerve palsy (wrist drop)", "U-slab"]),
    ("Clutha Health First, Balclutha\n17 May 2025\nDistrict Nursing referral\nPatient: Mrs Beryl Oudemans, DOB 9 "
     "March 1936, NHI NNG9231, 11 Charlotte Street, Kaitangata 9210. Ph 03 418 2260.\nVenous leg ulcer R gaiter area "
     "4 x 3 cm, ABPI 0.92 both sides, so fine for compression (3-layer). Please dress twice weekly. May need vascular "
     "referral if not healing by 12 weeks. Her granddaughter Mikaela reads her portal messages for her.\nDr Tevita "
     "Lolohea",
     [("HOSPITAL", ["Clutha Health First"]), ("LOCATION", ["Balclutha"]), ("DATE", ["17 May 2025"]),
      ("NAME", ["Beryl", "Oudemans"]), ("DATE", ["9 March 1936"]), ("ID", ["NNG9231"]),
      ("ADDRESS", ["11 Charlotte Street"]), ("LOCATION", ["Kaitangata"]), ("POSTCODE", ["9210"]),
      ("PHONE", ["03 418 2260"]), ("NAME", ["Mikaela"]), ("NAME", ["Tevita", "Lolohea"])],
     ["Venous leg ulcer R gaiter area 4 x 3 cm", "ABPI 0.92 both sides", "compression (3-layer)",
      "May need vascular referral"]),
    ("Telehealth note 2025-02-11, La Ronge Health Centre\nPt: Verna Ratt, 49F, SK HSN 940 218 775, from Pinehouse. "
     "Tired, cold intolerance, weight up 6 kg. TSH 38, anti-TPO positive: Hashimoto's thyroiditis. Start "
     "levothyroxine 50 mcg, recheck TSH 6 wks. Thyroid nodule on exam - ultrasound booked at Victoria Hospital in "
     "Prince Albert, medical transportation arranged. Son Tyson drives her, 306-425-8817.\nDr Olamide Oyinlola-Birch",
     [("DATE", ["2025-02-11"]), ("HOSPITAL", ["La Ronge Health Centre"]), ("NAME", ["Verna", "Ratt"]),
      ("ID", ["940 218 775"]), ("LOCATION", ["Pinehouse"]), ("HOSPITAL", ["Victoria Hospital"]),
      ("LOCATION", ["Prince Albert"]), ("NAME", ["Tyson"]), ("PHONE", ["306-425-8817"]),
      ("NAME", ["Olamide", "Oyinlola-Birch"])],
     ["cold intolerance", "TSH 38, anti-TPO positive", "Hashimoto's thyroiditis", "levothyroxine 50 mcg",
      "recheck TSH 6 wks"]),
    ("Shift report 1900 - 4th floor peds, Blank Children's Hospital\nRm 412: Amos Borntrager-Cruz, 7 y/o M, MRN "
     "99031475, Down syndrome, AVSD repaired as infant, admitted 1/14 with CAP. On HFNC 15 L 40%, weaning; IV "
     "ampicillin. Mom Ruthanne stayed overnight; dad Isaac comes after his shift at the window plant in Indianola. "
     "Iowa Medicaid ID 4417208J. Norwalk Elementary knows he is out this week.",
     [("HOSPITAL", ["Blank Children's Hospital"]), ("NAME", ["Amos", "Borntrager-Cruz"]), ("MRN", ["99031475"]),
      ("DATE", ["1/14"]), ("NAME", ["Ruthanne"]), ("NAME", ["Isaac"]), ("LOCATION", ["Indianola"]),
      ("ID", ["4417208J"]), ("LOCATION", ["Norwalk Elementary"])],
     ["Down syndrome", "AVSD repaired as infant", "HFNC 15 L 40%", "IV ampicillin"]),
    ("Casualty, District Hospital Bankura, 21/08/2024 02:40\nPt: Sk. Mofizul Haque, 44M, reg no BNK/CAS/7731, PM-JAY "
     "ID PK4J71M29. Vill + P.S. Patrasayer, Bankura 722206. Bitten while asleep on the floor, krait suspected. "
     "Bilateral ptosis, dysphagia, neck flexor weakness. 20 vials ASV + neostigmine; intubated and ventilated. Wife "
     "Rahima Bibi 89184 02277.",
     [("HOSPITAL", ["District Hospital Bankura"]), ("LOCATION", ["Bankura"]), ("DATE", ["21/08/2024"]),
      ("NAME", ["Mofizul", "Haque"]), ("MRN", ["BNK/CAS/7731"]), ("ID", ["PK4J71M29"]), ("LOCATION", ["Patrasayer"]),
      ("POSTCODE", ["722206"]), ("NAME", ["Rahima"]), ("PHONE", ["89184 02277"])],
     ["krait suspected", "Bilateral ptosis, dysphagia, neck flexor weakness", "20 vials ASV + neostigmine",
      "intubated and ventilated"]),
    ("Dear Dr Umeadi,\nRE: Miss Ogechi Ogbuefi, 17F, hosp no AEF/SCD/2209 - Haematology clinic 12/11/2024\nSS "
     "genotype. Three vaso-occlusive crises this year, the last with acute chest syndrome. Hb 7.1, HbF 6%. Started "
     "hydroxyurea 15 mg/kg. She is in SS3 at Presentation Girls' Secondary School, Abakaliki. Mother Mrs Ifeyinwa "
     "Ogbuefi, 0706 225 1843, ify.ogbuefi@yahoo.com. Address 23 Ogoja Road, Abakaliki.\nYours, Dr Onyebuchi "
     "Nwali-Egwu, Senior Registrar, AE-FUTHA",
     [("NAME", ["Umeadi"]), ("NAME", ["Ogechi", "Ogbuefi"]), ("MRN", ["AEF/SCD/2209"]), ("DATE", ["12/11/2024"]),
      ("LOCATION", ["Presentation Girls' Secondary School"]), ("LOCATION", ["Abakaliki"]), ("NAME", ["Ifeyinwa"]),
      ("PHONE", ["0706 225 1843"]), ("EMAIL", ["ify.ogbuefi@yahoo.com"]), ("ADDRESS", ["23 Ogoja Road"]),
      ("NAME", ["Onyebuchi", "Nwali-Egwu"]), ("HOSPITAL", ["AE-FUTHA"])],
     ["SS genotype", "vaso-occlusive crises", "acute chest syndrome", "Hb 7.1, HbF 6%", "hydroxyurea 15 mg/kg"]),
    ("Paeds casualty, Themba Hospital, Kabokweni 05/05/2025\nBaby Lwazi Mashaba-Khoza, 11/12 M, clinic card "
     "MP-0412998. From KaNyamazane. Mom Nonhlanhla 076 220 4418. 2 days watery stools, sunken eyes, skin pinch goes "
     "back very slowly: severe dehydration, Plan C rehydration per IMCI. WAZ -2.6. Hope is that he tolerates ORS by "
     "this evening. Gogo Thandiwe in Masoyi helps with the kids.\nDr R. Oosthuysen",
     [("HOSPITAL", ["Themba Hospital"]), ("DATE", ["05/05/2025"]), ("NAME", ["Lwazi", "Mashaba-Khoza"]),
      ("ID", ["MP-0412998"]), ("LOCATION", ["KaNyamazane"]), ("NAME", ["Nonhlanhla"]), ("PHONE", ["076 220 4418"]),
      ("NAME", ["Thandiwe"]), ("LOCATION", ["Kabokweni"]), ("LOCATION", ["Masoyi"]), ("NAME", ["Oosthuysen"])],
     ["11/12 M", "severe dehydration", "Plan C rehydration per IMCI", "WAZ -2.6",
      "Hope is that he tolerates ORS by this evening"]),
    ("Occupational Health - Huddersfield Royal Infirmary. 19/11/2024\nStaff nurse Kerris Cawthorne, NMC PIN 09I2271E, "
     "employee no. 30118842, Ward 18. Needlestick from a used insulin pen; source patient hep C RNA positive. "
     "Baseline bloods stored, HCV RNA at 6 and 12 weeks. Hep B immune (anti-HBs 230). Ward manager Sister Janine Lumb "
     "informed. Home address on file: 8 Moorend Crescent, Golcar HD7 4JB; mobile 07486 552 119.",
     [("HOSPITAL", ["Huddersfield Royal Infirmary"]), ("DATE", ["19/11/2024"]), ("NAME", ["Kerris", "Cawthorne"]),
      ("LICENCE", ["09I2271E"]), ("ID", ["30118842"]), ("NAME", ["Janine", "Lumb"]),
      ("ADDRESS", ["8 Moorend Crescent"]), ("LOCATION", ["Golcar"]), ("POSTCODE", ["HD7 4JB"]),
      ("PHONE", ["07486 552 119"])],
     ["Needlestick from a used insulin pen", "hep C RNA positive", "HCV RNA at 6 and 12 weeks",
      "Hep B immune (anti-HBs 230)"]),
    ("procedure note patient Osgood Fairbrass date of birth June 3rd 1958 medical record number 5509 1822 procedure "
     "upper endoscopy with radiofrequency ablation period indication long segment Barrett's esophagus Prague C4M6 "
     "with low grade dysplasia period. HALO 90 catheter serial HX0448213. surgeon Dr. Vaidehi Venkataraghavan "
     "anesthesia propofol MAC. The patient tolerated the procedure well. discharged home with wife Georgette driving, "
     "follow up Glens Falls Hospital endoscopy in 8 weeks",
     [("NAME", ["Osgood", "Fairbrass"]), ("DATE", ["June 3rd 1958"]), ("MRN", ["5509 1822"]), ("SERIAL", ["HX0448213"]),
      ("NAME", ["Vaidehi", "Venkataraghavan"]), ("NAME", ["Georgette"]), ("HOSPITAL", ["Glens Falls Hospital"])],
     ["upper endoscopy with radiofrequency ablation", "long segment Barrett's esophagus Prague C4M6",
      "low grade dysplasia", "propofol MAC", "tolerated the procedure well"]),
    ("PHN visit 04/04/2025\nMrs Attracta Gilhooly, 92, DOB 15/06/1932, lives alone at Aughnacliffe, Granard N39 XH62. "
     "Medical card 4411887X. Tel 043 668 4190.\nLegs: bilateral oedema, skin intact. Frailty CFS 6. Hearing aid "
     "broken: Bill for the repair sent on to the HSE. Meals on wheels from Granard Day Centre. Nephew Turlough (087 "
     "553 9102) calls Sundays. GP Dr Eithne Moran-Kiely, Granard Primary Care Centre, informed.",
     [("DATE", ["04/04/2025"]), ("NAME", ["Attracta", "Gilhooly"]), ("AGE", ["92"]), ("DOB90", ["15/06/1932", "1932"]),
      ("LOCATION", ["Aughnacliffe"]), ("LOCATION", ["Granard"]), ("POSTCODE", ["N39 XH62"]), ("ID", ["4411887X"]),
      ("PHONE", ["043 668 4190"]), ("HOSPITAL", ["Granard Day Centre"]), ("NAME", ["Turlough"]),
      ("PHONE", ["087 553 9102"]), ("NAME", ["Eithne", "Moran-Kiely"]), ("HOSPITAL", ["Granard Primary Care Centre"])],
     ["bilateral oedema, skin intact", "Frailty CFS 6", "Bill for the repair", "Meals on wheels"]),
    ("Urgent care 08/28/2024 - Regional West, Gering NE\nPt: Orvil Brunswig, 67M, DOB 05/09/1957, MRN RW-4401728. "
     "Fever 102.4, headache, new tremor and L arm weakness. Irrigation work for Panhandle Cooperative near Mitchell, "
     "lots of mosquito bites. Concern for West Nile neuroinvasive disease - sent to Regional West Medical Center ED "
     "for LP, report called to Dr. Kaisa Lindahl. Wife Myrna 308-555-0171. Address 19042 County Rd 24, Mitchell NE "
     "69357.",
     [("DATE", ["08/28/2024"]), ("HOSPITAL", ["Regional West"]), ("LOCATION", ["Gering"]),
      ("NAME", ["Orvil", "Brunswig"]), ("DATE", ["05/09/1957"]), ("MRN", ["RW-4401728"]),
      ("LOCATION", ["Panhandle Cooperative"]), ("LOCATION", ["Mitchell"]),
      ("HOSPITAL", ["Regional West Medical Center"]), ("NAME", ["Kaisa", "Lindahl"]), ("NAME", ["Myrna"]),
      ("PHONE", ["308-555-0171"]), ("ADDRESS", ["19042 County Rd 24"]), ("POSTCODE", ["69357"])],
     ["new tremor and L arm weakness", "West Nile neuroinvasive disease", "for LP"]),
    ("Telephone triage 09:15 - Dr Kojo Ashdown-Pell, Mersea Island Medical Practice\nMrs Ebunoluwa Adebowale-Smythe, "
     "DOB 11/09/1976, NHS 881 771 1195. 12 kg weight gain over a year, purple striae, easy bruising, proximal "
     "weakness; BP at pharmacy 168/102. ?Cushing's syndrome. 1 mg overnight dexamethasone suppression test booked and "
     "letter to Colchester Hospital endocrinology. Works in the University of Essex library. Call back on 07394 118 "
     "620; husband Femi may answer.",
     [("NAME", ["Kojo", "Ashdown-Pell"]), ("HOSPITAL", ["Mersea Island Medical Practice"]),
      ("NAME", ["Ebunoluwa", "Adebowale-Smythe"]), ("DATE", ["11/09/1976"]), ("ID", ["881 771 1195"]),
      ("HOSPITAL", ["Colchester Hospital"]), ("LOCATION", ["University of Essex"]), ("PHONE", ["07394 118 620"]),
      ("NAME", ["Femi"])],
     ["purple striae, easy bruising, proximal weakness", "BP at pharmacy 168/102", "?Cushing's syndrome",
      "1 mg overnight dexamethasone suppression test"]),
    ("RADIOLOGY REQUEST - CT abdo/pelvis with contrast - Tennant Creek Hospital\nOrdering: Dr Calder Lamont-Nnaji, "
     "provider no. 4471829K, ph 08 8962 4211\nPt: Sharyn Liddle, 55F, HRN 0093871, Medicare 6180 74226 2. From Ali "
     "Curung, works at the community store.\nClinical: RUQ pain, rigors, jaundice - Charcot's triad, ?ascending "
     "cholangitis. Bili 88, ALP 410, lipase normal. eGFR > 90.",
     [("HOSPITAL", ["Tennant Creek Hospital"]), ("NAME", ["Calder", "Lamont-Nnaji"]), ("LICENCE", ["4471829K"]),
      ("PHONE", ["08 8962 4211"]), ("NAME", ["Sharyn", "Liddle"]), ("MRN", ["0093871"]), ("ID", ["6180 74226 2"]),
      ("LOCATION", ["Ali Curung"])],
     ["Charcot's triad", "?ascending cholangitis", "Bili 88, ALP 410, lipase normal", "eGFR > 90"]),
    ("Social work 02/10/2025 - Samaritan Albany General Hospital\nPt Garrick Ruddock, 44M, MRN 44183307, admitted "
     "with acute necrotizing pancreatitis, moderately severe by the revised Atlanta classification; EtOH use. "
     "Homeless for 3 months, was staying at 2215 Pacific Blvd SE Apt 4B with ex-partner Skye Nakamura-Penn until "
     "eviction. Phone lost; reachable through outreach worker Deshawn at Albany Helping Hands, 541-926-4540. OHP ID "
     "CX99417AB. Wants detox referral on discharge.",
     [("DATE", ["02/10/2025"]), ("HOSPITAL", ["Samaritan Albany General Hospital"]), ("NAME", ["Garrick", "Ruddock"]),
      ("MRN", ["44183307"]), ("ADDRESS", ["2215 Pacific Blvd SE Apt 4B"]), ("NAME", ["Skye", "Nakamura-Penn"]),
      ("NAME", ["Deshawn"]), ("LOCATION", ["Albany Helping Hands"]), ("PHONE", ["541-926-4540"]),
      ("ID", ["CX99417AB"])],
     ["acute necrotizing pancreatitis", "revised Atlanta classification", "moderately severe", "detox referral"]),
    ("Pharmacy intervention 3/3/2025 - Bartlett Regional Hospital, Juneau\nPrescriber: Dr. Sigrun Amundsen-Kane, DEA "
     "BA4471823, NPI 1396045878\nPt Lillian Kadashan, 38F, MRN BRH771203, DOB 12/22/1986.\nOrder read methotrexate "
     "7.5 mg DAILY; clarified with prescriber to weekly (Mondays) for rheumatoid arthritis. Folic acid 1 mg added. Pt "
     "flies in from Hoonah; contact 907-945-3318.",
     [("DATE", ["3/3/2025"]), ("HOSPITAL", ["Bartlett Regional Hospital"]), ("LOCATION", ["Juneau"]),
      ("NAME", ["Sigrun", "Amundsen-Kane"]), ("LICENCE", ["BA4471823"]), ("LICENCE", ["1396045878"]),
      ("NAME", ["Lillian", "Kadashan"]), ("MRN", ["BRH771203"]), ("DATE", ["12/22/1986"]), ("LOCATION", ["Hoonah"]),
      ("PHONE", ["907-945-3318"])],
     ["methotrexate 7.5 mg DAILY", "weekly (Mondays)", "rheumatoid arthritis", "Folic acid 1 mg added"]),
    ("Surgical clerking 04:30, West Cornwall Hospital\n33F Ms Elowen Penberthy-Nash, MRN TRH0057718. RIF pain since "
     "dawn yesterday, started periumbilical, anorexic. Rovsing's +. WCC 16.2, CRP 88, bHCG neg. Alvarado 8 -> lap "
     "appendix today, consented by Mr Ifan Carbis-Yeo. Lives 27 Tolver Road, Penzance TR18 2AG; works at the Newlyn "
     "fish market. Mum Demelza 07712 408 355.",
     [("HOSPITAL", ["West Cornwall Hospital"]), ("NAME", ["Elowen", "Penberthy-Nash"]), ("MRN", ["TRH0057718"]),
      ("NAME", ["Ifan", "Carbis-Yeo"]), ("ADDRESS", ["27 Tolver Road"]), ("LOCATION", ["Penzance"]),
      ("POSTCODE", ["TR18 2AG"]), ("LOCATION", ["Newlyn"]), ("NAME", ["Demelza"]), ("PHONE", ["07712 408 355"])],
     ["RIF pain since dawn yesterday", "Rovsing's +", "WCC 16.2, CRP 88, bHCG neg", "Alvarado 8",
      "lap appendix today"]),
    ("Travel medicine consult 2024-11-04 - Peterborough Regional Health Centre\nMr Barnabas Abara-Lockyer, 34, OHIP "
     "7882212389-AB. Back 9 days from Kailahun, Sierra Leone, where he worked in a field lab. Fever 39.2, myalgia. "
     "Ebola virus disease risk assessment: no contact with cases, low risk. Malaria RDT positive, P. falciparum 2.1% "
     "- IV artesunate. Partner Temitope 705-555-0139. Address 318 Rubidge St, Peterborough ON K9J 3P2.",
     [("HOSPITAL", ["Peterborough Regional Health Centre"]), ("DATE", ["2024-11-04"]),
      ("NAME", ["Barnabas", "Abara-Lockyer"]), ("ID", ["7882212389"]), ("LOCATION", ["Kailahun"]),
      ("NAME", ["Temitope"]), ("PHONE", ["705-555-0139"]), ("ADDRESS", ["318 Rubidge St"]),
      ("LOCATION", ["Peterborough"]), ("POSTCODE", ["K9J 3P2"])],
     ["Fever 39.2, myalgia", "Ebola virus disease risk assessment", "Malaria RDT positive, P. falciparum 2.1%",
      "IV artesunate"]),
    ("VA CBOC primary care 01/15/2025 - Hibbing VA Clinic\nVeteran Leland Oftedahl, 90 y/o, DOB 07/04/1934, SSN last4 "
     "2290, ICN 1012948833V447192. Ambulatory with walker. Mild cognitive impairment, MoCA 21. Bilateral Phonak aids, "
     "serials 2418XK77 and 2418XK81, whistling - refer audiology. Daughter Kristin Oftedahl-Maki (POA) in Chisholm, "
     "218-555-0104. Eye clinic at Fargo VAMC next month. Lives 1510 E 23rd St, Hibbing 55746.",
     [("DATE", ["01/15/2025"]), ("HOSPITAL", ["Hibbing VA Clinic"]), ("NAME", ["Leland", "Oftedahl"]), ("AGE", ["90"]),
      ("DOB90", ["07/04/1934", "1934"]), ("ID", ["2290"]), ("ID", ["1012948833V447192"]), ("SERIAL", ["2418XK77"]),
      ("SERIAL", ["2418XK81"]), ("NAME", ["Kristin", "Oftedahl-Maki"]), ("LOCATION", ["Chisholm"]),
      ("PHONE", ["218-555-0104"]), ("HOSPITAL", ["Fargo VAMC"]), ("ADDRESS", ["1510 E 23rd St"]),
      ("LOCATION", ["Hibbing"]), ("POSTCODE", ["55746"])],
     ["Ambulatory with walker", "Mild cognitive impairment, MoCA 21", "Bilateral Phonak aids", "refer audiology"]),
    ("Diabetes nurse specialist, Taupō Hospital 12/06/2024\nSitani Fakatava, 47M, NHI HEC4683. HbA1c 96 despite "
     "metformin + empagliflozin; gout tophi both hands. Lives 9 Rifle Range Road, Taupō 3330, works at the Kinleith "
     "mill. Wife Losana 022 418 6630 helps with meds. Their minister Rev. Paula Havili has offered to drive him to "
     "podiatry.",
     [("HOSPITAL", ["Taupō Hospital"]), ("DATE", ["12/06/2024"]), ("NAME", ["Sitani", "Fakatava"]), ("ID", ["HEC4683"]),
      ("ADDRESS", ["9 Rifle Range Road"]), ("LOCATION", ["Taupō"]), ("POSTCODE", ["3330"]),
      ("LOCATION", ["Kinleith mill"]), ("NAME", ["Losana"]), ("PHONE", ["022 418 6630"]),
      ("NAME", ["Paula", "Havili"])],
     ["HbA1c 96", "metformin + empagliflozin", "gout tophi both hands", "podiatry"]),
    ("URGENT TRANSFER REQUEST\nFrom: Dr Josaia Vakacegu, ICU, Lautoka Hospital (fax +679 666 0399)\nTo: ICU "
     "registrar, Townsville University Hospital\nPt: Mrs Coralie Spurling-Roe, 68F, cruise passenger, AU passport "
     "PA4418220. Travel insurer policy 0044182753, assistance line +61 2 9417 6623.\nAnterior STEMI thrombolysed with "
     "tenecteplase at 02:15 local, ongoing chest pain, needs PCI. Husband Darryl is with her, mob +61 412 880 337. "
     "ECGs and echo are at https://transfers.lautokahospital.gov.fj/case/88213",
     [("NAME", ["Josaia", "Vakacegu"]), ("HOSPITAL", ["Lautoka Hospital"]), ("PHONE", ["+679 666 0399"]),
      ("HOSPITAL", ["Townsville University Hospital"]), ("NAME", ["Coralie", "Spurling-Roe"]), ("ID", ["PA4418220"]),
      ("ID", ["0044182753"]), ("PHONE", ["+61 2 9417 6623"]), ("NAME", ["Darryl"]), ("PHONE", ["+61 412 880 337"]),
      ("URL", ["https://transfers.lautokahospital.gov.fj/case/88213"])],
     ["Anterior STEMI thrombolysed with tenecteplase", "ongoing chest pain", "needs PCI"]),
    ("ED triage 23:50 - Glendive Medical Center\n34M brought in by a Dawson County deputy after his pickup went "
     "through a fence on the highway; truck is MT plate 6-44190B. Pt Brantley Ostergaard-Rusk, DOB 2/29/1992, MRN "
     "GMC0037714. Legal blood draw done at deputy's request, BAC pending. 4 cm forehead lac, repaired with 5-0 nylon. "
     "CT head neg. Tanner, his roommate, will pick him up: cell 406-555-0163.",
     [("HOSPITAL", ["Glendive Medical Center"]), ("LOCATION", ["Dawson County"]), ("PLATE", ["6-44190B"]),
      ("NAME", ["Brantley", "Ostergaard-Rusk"]), ("DATE", ["2/29/1992"]), ("MRN", ["GMC0037714"]), ("NAME", ["Tanner"]),
      ("PHONE", ["406-555-0163"])],
     ["Legal blood draw", "BAC pending", "4 cm forehead lac, repaired with 5-0 nylon", "CT head neg"]),
    ("District nurse visit 10:20, 02/01/2025\nMr Septimus Tuckwell, 88, NHS 683 164 2500, 'Lark Rise', Stoney Lane, "
     "Ashby St Ledgers CV23 8UN. Keysafe 2771. Catheter change (CH14 Foley), next due 02/04/2025. Urine clear. Heel "
     "pressure area grade 1, Repose boots on. Hazel does all his tablets but is 86 herself and struggling - carers "
     "from Daventry Homecare (carers@daventryhomecare.co.uk) asked to add a lunch call. Care plan updated on the "
     "shared record, https://ccr.nenshared.nhs.uk/patient/88312. GP Dr Aurelio Mensforth, Long Buckby Surgery, aware.",
     [("DATE", ["02/01/2025"]), ("NAME", ["Septimus", "Tuckwell"]), ("ID", ["683 164 2500"]),
      ("ADDRESS", ["Lark Rise", "Stoney Lane"]), ("LOCATION", ["Ashby St Ledgers"]), ("POSTCODE", ["CV23 8UN"]),
      ("CODE", ["2771"]), ("DATE", ["02/04/2025"]), ("NAME", ["Hazel"]), ("HOSPITAL", ["Daventry Homecare"]),
      ("EMAIL", ["carers@daventryhomecare.co.uk"]), ("URL", ["https://ccr.nenshared.nhs.uk/patient/88312"]),
      ("NAME", ["Aurelio", "Mensforth"]), ("HOSPITAL", ["Long Buckby Surgery"])],
     ["Catheter change (CH14 Foley)", "Urine clear", "Heel pressure area grade 1", "Repose boots on",
      "add a lunch call"]),
    ("GP consult 19/03/2025 - Swan Hill District Health, Primary Care\n27F Jaycee Brumfitt-Aziz, IHI 8003 6081 6669 "
     "4414, backpacker picking grapes near Nyah West; camped at Lake Boga 2 wks ago. Polyarthralgia wrists/ankles, "
     "maculopapular rash, fatigue. Ross River virus IgM positive, IgG negative. NSAIDs, rest, graded return to work. "
     "Her van (NSW rego DX42FT) is at the caravan park on McCrae St. Best contact is Instagram DM, jaycee.b.travels, "
     "or 0467 302 118.",
     [("DATE", ["19/03/2025"]), ("HOSPITAL", ["Swan Hill District Health"]), ("NAME", ["Jaycee", "Brumfitt-Aziz"]),
      ("ID", ["8003 6081 6669 4414"]), ("LOCATION", ["Nyah West"]), ("LOCATION", ["Lake Boga"]), ("PLATE", ["DX42FT"]),
      ("ADDRESS", ["McCrae St"]), ("HANDLE", ["jaycee.b.travels"]), ("PHONE", ["0467 302 118"])],
     ["Polyarthralgia wrists/ankles, maculopapular rash", "Ross River virus IgM positive, IgG negative",
      "graded return to work"]),
    ("Casualty, Sub-District Hospital Shirur, 07/12/2024 22:10 - MLC no. 1142/2024\nPt Vitthal Shelar-Gaikwad, 31M, "
     "motorcycle (MH 14 GR 2209) hit by a tempo (MH 12 QT 6618) on the Ahmednagar highway near Ranjangaon. DL MH12 "
     "20190034417. GCS 15. # shaft femur L - Thomas splint, analgesia, referred to YCM Hospital, Pimpri. Brother "
     "Tukaram +91 98221 47730. Res: at post Karde, Tal. Shirur.",
     [("HOSPITAL", ["Sub-District Hospital Shirur"]), ("LOCATION", ["Shirur"]), ("DATE", ["07/12/2024"]),
      ("ID", ["1142/2024"]), ("NAME", ["Vitthal", "Shelar-Gaikwad"]), ("PLATE", ["MH 14 GR 2209"]),
      ("PLATE", ["MH 12 QT 6618"]), ("LOCATION", ["Ahmednagar"]), ("LOCATION", ["Ranjangaon"]),
      ("LICENCE", ["MH12 20190034417"]), ("HOSPITAL", ["YCM Hospital"]), ("LOCATION", ["Pimpri"]),
      ("NAME", ["Tukaram"]), ("PHONE", ["+91 98221 47730"]), ("LOCATION", ["Karde"])],
     ["GCS 15", "# shaft femur L - Thomas splint"]),
    ("Telehealth video visit 04/22/2025 - Endocrinology\nProvider: Hanneke Vos-Agbaje, MD, Sheridan Memorial "
     "Hospital\nPt Cressida Youngblood, 22F, MRN SMH-552019. T1DM on Tandem t:slim X2 pump (SN 1187204) with "
     "Control-IQ and Dexcom G7. Time in range 58%, lows 00:00-04:00. Basal reduced 0.85 -> 0.75 u/h overnight. Video "
     "dropped twice from patient IP 174.45.118.6, finished by phone 307-555-0122. Uploads to Glooko as cressyb22. "
     "Student at Sheridan College; Paisley, her roommate, knows how to give glucagon.",
     [("DATE", ["04/22/2025"]), ("NAME", ["Hanneke", "Vos-Agbaje"]), ("HOSPITAL", ["Sheridan Memorial Hospital"]),
      ("NAME", ["Cressida", "Youngblood"]), ("MRN", ["SMH-552019"]), ("SERIAL", ["1187204"]), ("IP", ["174.45.118.6"]),
      ("PHONE", ["307-555-0122"]), ("HANDLE", ["cressyb22"]), ("LOCATION", ["Sheridan College"]),
      ("NAME", ["Paisley"])],
     ["Tandem t:slim X2 pump", "Control-IQ and Dexcom G7", "Time in range 58%",
      "Basal reduced 0.85 -> 0.75 u/h overnight"]),
    ("OOH GP 01:40 26/12/2024\nMáirín Kenneally-Roche, 44, DOB 19/08/1980, GMS 7791102T, from Cahir. Burning central "
     "chest pain after Christmas dinner, worse lying flat. Obs normal. ECG NSR, no ischaemic change. Can't exclude "
     "ACS without trop, so sent to TUH ED, Clonmel. Husband Donnacha driving, car 191-T-2207. Mob 087 611 3094. Mam "
     "Peig minding the kids.",
     [("DATE", ["26/12/2024"]), ("NAME", ["Máirín", "Kenneally-Roche"]), ("DATE", ["19/08/1980"]), ("ID", ["7791102T"]),
      ("LOCATION", ["Cahir"]), ("HOSPITAL", ["TUH"]), ("LOCATION", ["Clonmel"]), ("NAME", ["Donnacha"]),
      ("PLATE", ["191-T-2207"]), ("PHONE", ["087 611 3094"]), ("NAME", ["Peig"])],
     ["Burning central chest pain", "worse lying flat", "ECG NSR, no ischaemic change",
      "Can't exclude ACS without trop"]),
]
