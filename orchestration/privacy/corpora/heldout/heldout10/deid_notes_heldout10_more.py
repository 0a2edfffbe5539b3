"""Notes 21-40 of the tenth HELD-OUT set (:mod:`deid_notes_heldout10`), ordinary-case, written blind: the writer
read none of the de-identification rules, lists or documentation and never ran the evaluation. 20 notes (285 planted
identifiers, 108 clinical strings). Measure it; do not change a rule because of what it shows.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("Nursing handover - Ward 12 (Care of the Elderly), Royal Cornwall Hospital, Treliske. Night shift 24/11/2025\n"
     "Bed 4: Mrs Winifred Polglase, 96 yrs, DOB 02/02/1929, NHS 401 839 2656\nFrom Penhallow House care home, "
     "Mevagissey. Admitted 22/11/2025 after a fall: L NOF fracture, Garden III - for DHS tomorrow, NBM from 02:00. "
     "Nottingham Hip Fracture Score 6. 4AT 5 - delirious overnight, pulled out her cannula, re-sited x1. Waterlow "
     "22, on a Repose mattress, 2-hourly turns. NOK son Jago Polglase, 01726 843 115 - no calls after 22:00 please. "
     "Her faith matters to her: the Methodist minister, Rev. Kerensa Trethowan, visits on Sundays.\nHanded over by "
     "SN Abimbola Fashola-Reid",
     [("HOSPITAL", ["Royal Cornwall Hospital"]), ("LOCATION", ["Treliske"]), ("DATE", ["24/11/2025"]),
      ("NAME", ["Winifred", "Polglase"]), ("AGE", ["96 yrs"]), ("DATE", ["02/02/1929"]), ("ID", ["401 839 2656"]),
      ("HOSPITAL", ["Penhallow House"]), ("LOCATION", ["Mevagissey"]), ("DATE", ["22/11/2025"]),
      ("NAME", ["Jago", "Polglase"]), ("PHONE", ["01726 843 115"]), ("NAME", ["Kerensa", "Trethowan"]),
      ("NAME", ["Abimbola", "Fashola-Reid"])],
     ["Garden III", "Her faith matters to her", "Nottingham Hip Fracture Score 6", "4AT 5", "Waterlow 22",
      "Repose mattress"]),
    ("Medical Social Work - University Hospital Limerick  06/10/2025\nClient: Mr Tadhg Mulcahy-Okoro, DOB "
     "14/02/1957, MRN 0874412, PPSN 3904156W\nAddress: Knockroe Cottage, Caherconlish, Co. Limerick V94 R6P3\n"
     "Admitted with decompensated alcohol-related liver disease, Child-Pugh B, MELD 16; treated for Wernicke's "
     "encephalopathy with Pabrinex. Lives alone since his wife Bernadette moved into St Ita's Community Hospital, "
     "Newcastle West. Son Declan lives in Coventry (+44 7700 900 587) and will come over for discharge planning. "
     "Attends AA on Tuesdays. Home support application sent to the HSE.\nPlan: family meeting Thursday.\nSaoirse "
     "Dunleavy, Senior Medical Social Worker",
     [("HOSPITAL", ["University Hospital Limerick"]), ("DATE", ["06/10/2025"]), ("NAME", ["Tadhg", "Mulcahy-Okoro"]),
      ("DATE", ["14/02/1957"]), ("MRN", ["0874412"]), ("ID", ["3904156W"]), ("ADDRESS", ["Knockroe Cottage"]),
      ("LOCATION", ["Caherconlish"]), ("LOCATION", ["Limerick"]), ("POSTCODE", ["V94 R6P3"]),
      ("NAME", ["Bernadette"]), ("HOSPITAL", ["St Ita's Community Hospital"]), ("LOCATION", ["Newcastle West"]),
      ("NAME", ["Declan"]), ("LOCATION", ["Coventry"]), ("PHONE", ["+44 7700 900 587"]),
      ("NAME", ["Saoirse", "Dunleavy"])],
     ["alcohol-related liver disease", "Child-Pugh B", "MELD 16", "Wernicke's encephalopathy", "Pabrinex"]),
    ("Radiology request - Waikato Hospital, Hamilton  14/03/2025\nExam: MRI lumbar spine - ACUTE\nPatient: Matiu "
     "Ruawai-Pearson, NHI PRT5179, DOB 12/12/1975\nAddress: 41 Te Aroha Street, Claudelands, Hamilton 3214. Ph 021 "
     "448 905\nHx: 3/52 low back pain, now R L5 radiculopathy with new saddle anaesthesia and painless urinary "
     "retention (residual 600 mL) - ?cauda equina syndrome. Known ankylosing spondylitis, HLA-B27 positive, on "
     "Amgevita (adalimumab). MRI safety: no pacemaker, no metal. Works at the Fonterra site in Te Rapa.\nRequester: "
     "Dr Akosua Hendry, ED registrar. GP: Dr Lorenzo Pitama, Hamilton East Medical Centre.",
     [("HOSPITAL", ["Waikato Hospital"]), ("LOCATION", ["Hamilton"]), ("DATE", ["14/03/2025"]),
      ("NAME", ["Matiu", "Ruawai-Pearson"]), ("ID", ["PRT5179"]), ("DATE", ["12/12/1975"]),
      ("ADDRESS", ["41 Te Aroha Street"]), ("LOCATION", ["Claudelands"]), ("POSTCODE", ["3214"]),
      ("PHONE", ["021 448 905"]), ("LOCATION", ["Fonterra"]), ("LOCATION", ["Te Rapa"]),
      ("NAME", ["Akosua", "Hendry"]), ("NAME", ["Lorenzo", "Pitama"]),
      ("HOSPITAL", ["Hamilton East Medical Centre"])],
     ["L5 radiculopathy", "saddle anaesthesia", "cauda equina syndrome", "ankylosing spondylitis",
      "HLA-B27 positive", "Amgevita (adalimumab)"]),
    ("Tele-consultation - Cardiology, Nizam's Institute of Medical Sciences, Punjagutta, Hyderabad. 22/04/2025 "
     "19:30\nCaller: Mr Venkata Ramana Gangula (son), 98480 31572, for his mother Smt. Anasuya Gangula, 67/F, UHID "
     "NIMS-2024-884120, Aadhaar 5820 4719 3642.\nMitral valve replacement in 2016 (St. Jude mechanical valve), on "
     "Acitrom 2 mg daily. INR today at Vijaya Diagnostics, Kukatpally = 5.8, with gum bleeding, no melaena. "
     "Advised: withhold Acitrom for 2 days, repeat INR at 48 h, vitamin K not needed now. Come to NIMS casualty "
     "immediately if black stools, blood in urine or headache. HAS-BLED 2. Address on file: Plot 27, KPHB Colony, "
     "Kukatpally, Hyderabad 500072.\nDr Shravya Kondapalli, Cardiology resident",
     [("HOSPITAL", ["Nizam's Institute of Medical Sciences"]), ("LOCATION", ["Punjagutta"]),
      ("LOCATION", ["Hyderabad"]), ("DATE", ["22/04/2025"]), ("NAME", ["Venkata", "Ramana", "Gangula"]),
      ("PHONE", ["98480 31572"]), ("NAME", ["Anasuya", "Gangula"]), ("MRN", ["NIMS-2024-884120"]),
      ("ID", ["5820 4719 3642"]), ("HOSPITAL", ["Vijaya Diagnostics"]), ("LOCATION", ["Kukatpally"]),
      ("HOSPITAL", ["NIMS"]), ("ADDRESS", ["Plot 27, KPHB Colony"]), ("POSTCODE", ["500072"]),
      ("NAME", ["Shravya", "Kondapalli"])],
     ["St. Jude mechanical valve", "Acitrom 2 mg daily", "repeat INR at 48 h", "vitamin K not needed now",
      "HAS-BLED 2"]),
    ("Ward-based outreach team home visit - Ngangelizwe, Mthatha. 11/09/2025\nClient: Mrs Nomathemba Sigcau-Botha, "
     "ID 4702230124080, 78 yrs\nAddress: Stand 118, Ngangelizwe Location, Mthatha 5099. Cell 073 281 6640\nType 2 "
     "diabetes on metformin and Humulin N 24 units nocte; HbA1c 9.1. BP 152/88 on Pharmapress 20 mg. Diabetic foot: "
     "monofilament sensation lost R foot; Wagner grade 1 ulcer R hallux, dressed with Betadine. Chronic meds "
     "collected via CCMDD at the Mthatha Plaza pick-up point by her granddaughter Lwazi. Follow-up at Ngangelizwe "
     "Community Health Centre Monday; to go to Nelson Mandela Academic Hospital if the redness spreads.\nCHW Zodwa "
     "Mqhayi",
     [("LOCATION", ["Ngangelizwe"]), ("LOCATION", ["Mthatha"]), ("DATE", ["11/09/2025"]),
      ("NAME", ["Nomathemba", "Sigcau-Botha"]), ("ID", ["4702230124080"]), ("ADDRESS", ["Stand 118"]),
      ("POSTCODE", ["5099"]), ("PHONE", ["073 281 6640"]), ("LOCATION", ["Mthatha Plaza"]), ("NAME", ["Lwazi"]),
      ("HOSPITAL", ["Ngangelizwe Community Health Centre"]), ("HOSPITAL", ["Nelson Mandela Academic Hospital"]),
      ("NAME", ["Zodwa", "Mqhayi"])],
     ["Humulin N 24 units nocte", "HbA1c 9.1", "Pharmapress 20 mg", "Wagner grade 1", "Betadine", "CCMDD"]),
    ("DISCHARGE SUMMARY - Obstetrics & Gynaecology, Obafemi Awolowo University Teaching Hospitals Complex, Ile-Ife\n"
     "Name: Mrs Titilayo Ogunleye-Bassey   Age: 34   Hosp No: OAU/H/447219   NIN: 48213097651\nAddress: 12 Oke-Ogbo "
     "Street, Ilesa, Osun State. Phone: 0806 219 3348\nAdmitted: 03/07/2025   Discharged: 12/07/2025\nDiagnosis: "
     "severe pre-eclampsia with HELLP syndrome at 33 weeks; emergency caesarean section under GA. Magnesium "
     "sulphate (Zuspan regimen) for 24 h. Baby girl 1.9 kg, remains in SCBU. BP now controlled on nifedipine retard "
     "20 mg bd. Husband Mr Effiong Bassey works offshore with Shell at Bonny Island and has been informed.\n"
     "Follow-up: postnatal clinic in 2 weeks.\nDr Morenike Afolabi-Grant, Senior Registrar",
     [("HOSPITAL", ["Obafemi Awolowo University Teaching Hospitals Complex"]), ("LOCATION", ["Ile-Ife"]),
      ("NAME", ["Titilayo", "Ogunleye-Bassey"]), ("MRN", ["OAU/H/447219"]), ("ID", ["48213097651"]),
      ("ADDRESS", ["12 Oke-Ogbo Street"]), ("LOCATION", ["Ilesa"]), ("PHONE", ["0806 219 3348"]),
      ("DATE", ["03/07/2025"]), ("DATE", ["12/07/2025"]), ("NAME", ["Effiong", "Bassey"]), ("LOCATION", ["Shell"]),
      ("LOCATION", ["Bonny Island"]), ("NAME", ["Morenike", "Afolabi-Grant"])],
     ["severe pre-eclampsia", "HELLP syndrome", "Magnesium sulphate (Zuspan regimen)", "SCBU",
      "nifedipine retard 20 mg bd"]),
    ("Casualty - Kenyatta National Hospital, Nairobi. 15/10/2025 23:40\nPt: Mr Baraka Otieno Ouma, 24M, OP No. "
     "KNH/ED/2025/55817, ID 31728046\nSnakebite R foot at 19:00 walking home in Kitengela; puff adder suspected "
     "from the description. Progressive swelling to the knee, haemorrhagic blisters, 20WBCT not clotting. Given "
     "SAIMR polyvalent antivenom 10 vials with adrenaline drawn up - no reaction. Tetanus booster given. "
     "Compartment pressures to be checked 4-hourly. Brought by his friend Kevin Mutiso (0711 902 418). Rides a boda "
     "boda from the Kitengela stage. Mother informed by phone.\nMO: Dr Njeri Gathogo-Harris",
     [("HOSPITAL", ["Kenyatta National Hospital"]), ("LOCATION", ["Nairobi"]), ("DATE", ["15/10/2025"]),
      ("NAME", ["Baraka", "Otieno", "Ouma"]), ("MRN", ["KNH/ED/2025/55817"]), ("ID", ["31728046"]),
      ("LOCATION", ["Kitengela"]), ("NAME", ["Kevin", "Mutiso"]), ("PHONE", ["0711 902 418"]),
      ("NAME", ["Njeri", "Gathogo-Harris"])],
     ["puff adder suspected", "20WBCT not clotting", "SAIMR polyvalent antivenom", "Tetanus booster",
      "Compartment pressures"]),
    ("Ward rounds - Internal Medicine, Vicente Sotto Memorial Medical Center, Cebu City  08/08/2025\nPt: Rowena "
     "Cabahug-Lim, 38/F, Hosp No. VSMMC-25-019482, PhilHealth 01-201947733-6\nAddress: 27 Sitio Lawis, Barangay "
     "Subangdaku, Mandaue City\nHD 4 leptospirosis (Weil's disease) after wading through floodwater in Mandaue. "
     "Creatinine 3.8 -> 2.9 mg/dL, urine output improving, no hemoptysis. Penicillin G IV day 4/7. Dengue NS1 "
     "negative. Plan: repeat creatinine and potassium tomorrow; consider HD if creatinine rises. Husband Arnel "
     "(tricycle driver) 0928 556 1034. She sells fish at Carbon Market.\nAttending: Dr Ferdinand Alcantara-Sy",
     [("HOSPITAL", ["Vicente Sotto Memorial Medical Center"]), ("LOCATION", ["Cebu City"]), ("DATE", ["08/08/2025"]),
      ("NAME", ["Rowena", "Cabahug-Lim"]), ("MRN", ["VSMMC-25-019482"]), ("ID", ["01-201947733-6"]),
      ("ADDRESS", ["27 Sitio Lawis"]), ("LOCATION", ["Subangdaku"]), ("LOCATION", ["Mandaue"]), ("NAME", ["Arnel"]),
      ("PHONE", ["0928 556 1034"]), ("LOCATION", ["Carbon Market"]), ("NAME", ["Ferdinand", "Alcantara-Sy"])],
     ["leptospirosis", "Weil's disease", "Penicillin G IV day 4/7", "Dengue NS1 negative",
      "consider HD if creatinine rises"]),
    ("Coconut Grove Medical Centre, 3 Main Street, Ocho Rios, St Ann   Tel 876-555-0118\n20/01/2025\n\nThe "
     "Consultant Physician, Medical Outpatients, St Ann's Bay Regional Hospital\n\nRe: Mrs Hyacinth Beckford-Sang, "
     "DOB 19/06/1958, TRN 104-776-218\nAddress: 6 James Avenue, Ocho Rios. Tel 876-555-0163\n\nDear Colleague,\n"
     "Please see this 66-year-old retired teacher with hypertension and CKD stage 3b (eGFR 38, down from 51 a year "
     "ago) and new proteinuria, ACR 62 mg/mmol. Current medication: Co-Diovan 160/12.5, amlodipine 10 mg, Zyloprim "
     "100 mg daily for gout. She has sickle cell trait. I would value your opinion on further work-up, including "
     "whether renal biopsy is indicated. Her daughter Shanique, who works at Sandals Ochi, will bring her.\nYours "
     "sincerely,\nDr Courtney Wint-Ramsaran",
     [("HOSPITAL", ["Coconut Grove Medical Centre"]), ("ADDRESS", ["3 Main Street"]), ("LOCATION", ["Ocho Rios"]),
      ("LOCATION", ["St Ann"]), ("PHONE", ["876-555-0118"]), ("DATE", ["20/01/2025"]),
      ("HOSPITAL", ["St Ann's Bay Regional Hospital"]), ("NAME", ["Hyacinth", "Beckford-Sang"]),
      ("DATE", ["19/06/1958"]), ("ID", ["104-776-218"]), ("ADDRESS", ["6 James Avenue"]),
      ("PHONE", ["876-555-0163"]), ("NAME", ["Shanique"]), ("LOCATION", ["Sandals Ochi"]),
      ("NAME", ["Courtney", "Wint-Ramsaran"])],
     ["CKD stage 3b", "ACR 62 mg/mmol", "Co-Diovan 160/12.5", "Zyloprim 100 mg", "sickle cell trait"]),
    ("Occupational Health - Concentra Urgent Care, 4410 E Broadway Blvd, Tucson, AZ 85711   07/22/2025\n"
     "Post-accident exam. Employee: Ramón Aguilar-Petrakis, DOB 02/14/1979, SSN 412-63-8057, AZ driver license "
     "D04417826 (CDL Class A)\nEmployer: Sun Valley Freight Lines, Marana yard\nRear-ended at low speed in his "
     "tractor-trailer, AZ plate AF48213, at 0640. No LOC, no amnesia. Canadian C-spine rule negative - no imaging. "
     "Whiplash-associated disorder grade II. Breath alcohol 0.000; urine drug screen collected. OSA on CPAP: ResMed "
     "AirSense 10 (serial 23181547290) download shows 6.4 h/night. Off driving 72 h, then modified duty. Supervisor "
     "Kendra Holloway 520-555-0104 notified.\nDr. Yusuf Abernathy-Oduya, certified medical examiner",
     [("HOSPITAL", ["Concentra Urgent Care"]), ("ADDRESS", ["4410 E Broadway Blvd"]), ("LOCATION", ["Tucson"]),
      ("POSTCODE", ["85711"]), ("DATE", ["07/22/2025"]), ("NAME", ["Ramón", "Aguilar-Petrakis"]),
      ("DATE", ["02/14/1979"]), ("ID", ["412-63-8057"]), ("LICENCE", ["D04417826"]),
      ("LOCATION", ["Sun Valley Freight Lines"]), ("LOCATION", ["Marana"]), ("PLATE", ["AF48213"]),
      ("SERIAL", ["23181547290"]), ("NAME", ["Kendra", "Holloway"]), ("PHONE", ["520-555-0104"]),
      ("NAME", ["Yusuf", "Abernathy-Oduya"])],
     ["CDL Class A", "Canadian C-spine rule negative", "Whiplash-associated disorder grade II",
      "Breath alcohol 0.000", "ResMed AirSense 10"]),
    ("Pharmacy medicines reconciliation - Morriston Hospital, Swansea  29/01/2025\nPatient: Ms Ffion Bevan-Achebe, "
     "27, NHS 522 907 1486, MRN M0912247\nType 1 diabetes on a Medtronic MiniMed 780G pump (serial NG3318742H) with "
     "Guardian 4 sensor, NovoRapid in the reservoir. Admitted with DKA after a pump site failure - back on the pump "
     "today per DSN. Addison's disease: hydrocortisone 10/5/5 mg; sick day rules reviewed (double doses, Efcortesol "
     "100 mg IM kit at home). Levothyroxine 75 mcg. Her partner Seren brought the pump supplies from home in "
     "Gorseinon. DSN Rhodri Gwilym informed. GP: Penlan Surgery.\nMeleri Prosser-Adu, Clinical Pharmacist",
     [("HOSPITAL", ["Morriston Hospital"]), ("LOCATION", ["Swansea"]), ("DATE", ["29/01/2025"]),
      ("NAME", ["Ffion", "Bevan-Achebe"]), ("ID", ["522 907 1486"]), ("MRN", ["M0912247"]),
      ("SERIAL", ["NG3318742H"]), ("NAME", ["Seren"]), ("LOCATION", ["Gorseinon"]), ("NAME", ["Rhodri", "Gwilym"]),
      ("HOSPITAL", ["Penlan Surgery"]), ("NAME", ["Meleri", "Prosser-Adu"])],
     ["Medtronic MiniMed 780G", "Guardian 4 sensor", "NovoRapid", "Addison's disease", "sick day rules",
      "Efcortesol 100 mg IM"]),
    ("Critical Care, Ninewells Hospital, Dundee - consultant review 16/12/2025 09:00\nPt: Mrs Alison "
     "Kerr-Bhattacharya, 64, CHI 0307613186, bed 5\nDay 3 ventilated for severe community-acquired pneumonia: "
     "Streptococcus pneumoniae urinary antigen positive, Legionella negative. P/F 18 kPa on FiO2 0.5, PEEP 10. "
     "APACHE II 21. Proned x1 overnight. Vasopressin added to noradrenaline. Bedside Philips IntelliVue (serial "
     "DE83451207) stopped sending to the central station at 10.44.18.203 overnight - EBME informed. Husband Graeme "
     "at the bedside; her sister Fiona is travelling down from Lerwick.\nDr Angus Fairweather-Liu, Consultant "
     "Intensivist",
     [("HOSPITAL", ["Ninewells Hospital"]), ("LOCATION", ["Dundee"]), ("DATE", ["16/12/2025"]),
      ("NAME", ["Alison", "Kerr-Bhattacharya"]), ("ID", ["0307613186"]), ("SERIAL", ["DE83451207"]),
      ("IP", ["10.44.18.203"]), ("NAME", ["Graeme"]), ("NAME", ["Fiona"]), ("LOCATION", ["Lerwick"]),
      ("NAME", ["Angus", "Fairweather-Liu"])],
     ["Streptococcus pneumoniae", "Legionella negative", "P/F 18 kPa", "APACHE II 21", "Proned x1",
      "Philips IntelliVue"]),
    ("Telehealth - Hepatology Clinic, Royal Adelaide Hospital  27/05/2025\nPt: Mr Bao Nguyen-Harrington, DOB "
     "05/03/1966, UR 5521807, Medicare 3509 28148 1\n17 Goodwood Road, Wayville SA 5034. Email "
     "bao.nh66@outlook.com.au\nVideo link: https://vcc.healthdirect.org.au/rah-hepatology/waiting-room (connected "
     "10:02). Vietnamese interpreter Ms Thuy Lam.\nHBeAg-negative chronic hepatitis B on Baraclude 0.5 mg daily, "
     "HBV DNA undetectable. FibroScan 11.2 kPa - compensated cirrhosis, Child-Pugh A. Surveillance ultrasound: 14 "
     "mm LI-RADS 3 nodule in segment VI - for multiphase MRI. Mother died of HCC. Patient runs a fruit stall at the "
     "Adelaide Central Market.\nDr Imogen Rutherford-Ang, Hepatology fellow",
     [("HOSPITAL", ["Royal Adelaide Hospital"]), ("DATE", ["27/05/2025"]), ("NAME", ["Bao", "Nguyen-Harrington"]),
      ("DATE", ["05/03/1966"]), ("MRN", ["5521807"]), ("ID", ["3509 28148 1"]), ("ADDRESS", ["17 Goodwood Road"]),
      ("LOCATION", ["Wayville"]), ("POSTCODE", ["5034"]), ("EMAIL", ["bao.nh66@outlook.com.au"]),
      ("URL", ["https://vcc.healthdirect.org.au/rah-hepatology/waiting-room"]), ("NAME", ["Thuy", "Lam"]),
      ("LOCATION", ["Adelaide Central Market"]), ("NAME", ["Imogen", "Rutherford-Ang"])],
     ["HBeAg-negative chronic hepatitis B", "Baraclude 0.5 mg", "FibroScan 11.2 kPa", "Child-Pugh A", "LI-RADS 3"]),
    ("Adult Protection referral - QEII Health Sciences Centre, Halifax  2025-08-05\nClient: Mr Thaddeus "
     "Boudreau-Marsh, 84, DOB 1941-01-09, NS health card 0047 218 935\nAddress: 48 Pleasant St, Dartmouth NS B2Y "
     "3R4. Key safe code 3862.\nConcerns: possible financial exploitation by grandson Brayden, who holds his debit "
     "card; unexplained bruising to both forearms; stage 2 pressure injury over the sacrum (Braden 13). Lewy body "
     "dementia, MoCA 19/30, on Aricept 10 mg - avoid antipsychotics. Prostate cancer, Gleason 3+4, on active "
     "surveillance. Family doctor Dr Hamish Doucette, Cole Harbour Family Practice, is aware.\nReferred by Renée "
     "Cormier-Abiola, SW, 902-555-0177",
     [("HOSPITAL", ["QEII Health Sciences Centre"]), ("LOCATION", ["Halifax"]), ("DATE", ["2025-08-05"]),
      ("NAME", ["Thaddeus", "Boudreau-Marsh"]), ("DATE", ["1941-01-09"]), ("ID", ["0047 218 935"]),
      ("ADDRESS", ["48 Pleasant St"]), ("LOCATION", ["Dartmouth"]), ("POSTCODE", ["B2Y 3R4"]), ("CODE", ["3862"]),
      ("NAME", ["Brayden"]), ("NAME", ["Hamish", "Doucette"]), ("HOSPITAL", ["Cole Harbour Family Practice"]),
      ("NAME", ["Renée", "Cormier-Abiola"]), ("PHONE", ["902-555-0177"])],
     ["stage 2 pressure injury", "Braden 13", "Lewy body dementia", "MoCA 19/30", "Aricept 10 mg", "Gleason 3+4"]),
    ("Occupational Health report - Northern Trains, Neville Hill depot, Leeds  11/06/2025\nEmployee: Ms Ayesha "
     "Qureshi-Dalton, DOB 23/10/1990, payroll no. 20481177, NHS 309 471 6253\nRole: conductor (safety-critical). "
     "Home: 9 Harehills Lane, Leeds LS8 5HS. Email a.qureshidalton@outlook.com\nShe had a first unprovoked seizure "
     "on 14/05/2025. EEG normal; MRI brain shows no structural lesion. Started on Keppra 500 mg bd by Dr Piotr "
     "Nowicki-Frost at Leeds General Infirmary. Under DVLA rules she must not drive for 6 months. Currently unfit "
     "for safety-critical duties; fit for station-based work with adjustments, and an Access to Work application is "
     "supported.\nTo manager: Mr Oisin Featherstone. OH Nurse Adviser: Nasreen Bhatti",
     [("LOCATION", ["Northern Trains"]), ("LOCATION", ["Neville Hill"]), ("LOCATION", ["Leeds"]),
      ("DATE", ["11/06/2025"]), ("NAME", ["Ayesha", "Qureshi-Dalton"]), ("DATE", ["23/10/1990"]),
      ("ID", ["20481177"]), ("ID", ["309 471 6253"]), ("ADDRESS", ["9 Harehills Lane"]), ("POSTCODE", ["LS8 5HS"]),
      ("EMAIL", ["a.qureshidalton@outlook.com"]), ("DATE", ["14/05/2025"]), ("NAME", ["Piotr", "Nowicki-Frost"]),
      ("HOSPITAL", ["Leeds General Infirmary"]), ("NAME", ["Oisin", "Featherstone"]),
      ("NAME", ["Nasreen", "Bhatti"])],
     ["first unprovoked seizure", "Keppra 500 mg bd", "DVLA", "unfit for safety-critical duties", "Access to Work"]),
    ("Discharge Summary - Cardiology, Christchurch Hospital\nPatient: Mrs Lorna Fitzherbert-Tamihana, NHI JHB9032, "
     "DOB 15/04/1949\nAddress: 88 Papanui Road, Merivale, Christchurch 8014. Ph 03 355 8127\nAdmitted 02/05/2025, "
     "discharged 09/05/2025\nDiagnosis: NSTEMI, Killip class II, GRACE score 142. Angiography: 80% proximal LAD "
     "stenosis - DES (Xience) to LAD. Echo EF 45%. Paroxysmal AF on telemetry, CHA2DS2-VASc 5: aspirin stopped "
     "after 1 week; continue Brilinta 90 mg bd and Eliquis 5 mg bd. Cardiac rehabilitation at Rangiora Health Hub. "
     "Driving restriction explained.\nGP: Dr Anahera Kingi, Bishopdale Medical Centre - please check renal function "
     "and Hb in 2 weeks.\nDr Sebastián Ortúzar-Finch, Cardiology registrar",
     [("HOSPITAL", ["Christchurch Hospital"]), ("NAME", ["Lorna", "Fitzherbert-Tamihana"]), ("ID", ["JHB9032"]),
      ("DATE", ["15/04/1949"]), ("ADDRESS", ["88 Papanui Road"]), ("LOCATION", ["Merivale"]),
      ("LOCATION", ["Christchurch"]), ("POSTCODE", ["8014"]), ("PHONE", ["03 355 8127"]), ("DATE", ["02/05/2025"]),
      ("DATE", ["09/05/2025"]), ("HOSPITAL", ["Rangiora Health Hub"]), ("NAME", ["Anahera", "Kingi"]),
      ("HOSPITAL", ["Bishopdale Medical Centre"]), ("NAME", ["Sebastián", "Ortúzar-Finch"])],
     ["Killip class II", "GRACE score 142", "Xience", "CHA2DS2-VASc 5", "Brilinta 90 mg bd", "Eliquis 5 mg bd"]),
    ("School Nurse Note - Meadow Park Middle School, Beaverton, OR   11/18/2025\nStudent: Aaliyah "
     "Dominguez-Fairbanks, grade 8, DOB 08/27/2012, student ID 2291784\nCame to the health room tearful. Disclosed "
     "messages on Instagram from the account @bvtn_ghostt, and that her own account @aaliyah.dom.12 has posted "
     "self-harm images. PHQ-A 17; Columbia Suicide Severity Rating Scale screen: passive SI, no plan, no intent. "
     "Known Tourette syndrome on Intuniv 2 mg. Safety plan completed with counselor Ms Patrice Obuya. Father Hector "
     "Dominguez picked her up at 1330 (cell 503-555-0181); given the Washington County crisis line.\n- Rachel "
     "Vukovich, RN, school nurse",
     [("LOCATION", ["Meadow Park Middle School"]), ("LOCATION", ["Beaverton"]), ("DATE", ["11/18/2025"]),
      ("NAME", ["Aaliyah", "Dominguez-Fairbanks"]), ("DATE", ["08/27/2012"]), ("ID", ["2291784"]),
      ("HANDLE", ["bvtn_ghostt"]), ("HANDLE", ["aaliyah.dom.12"]), ("NAME", ["Patrice", "Obuya"]),
      ("NAME", ["Hector", "Dominguez"]), ("PHONE", ["503-555-0181"]), ("LOCATION", ["Washington County"]),
      ("NAME", ["Rachel", "Vukovich"])],
     ["PHQ-A 17", "Columbia Suicide Severity Rating Scale", "passive SI", "Tourette syndrome", "Intuniv 2 mg"]),
    ("ED clerking - Mater Misericordiae University Hospital, Eccles St, Dublin 7   13/01/2025 03:20\nPt: Mr "
     "Florence Carmody, 91 yrs, DOB 25/12/1933, MRN 0412876, PPSN 5526813T\nFrom Sacred Heart Residence, Sybil "
     "Hill, by ambulance. Coffee-ground vomiting x3 and melaena since the evening. Hb 78 (121 in March 2024), urea "
     "19.4, BP 96/58, HR 108. Glasgow-Blatchford 12. On Xarelto 15 mg for AF, last dose 18:00; Octaplex given after "
     "discussion with haematology. Rockwood CFS 7. Two units red cells, PPI infusion. OGD in the morning with Dr "
     "Róisín Keaveney. NOK: niece Philomena Carmody, 086 722 4190 - aware, wants ceiling of care discussed with her "
     "in the morning.\nTriage: RANP Benedict Okorie",
     [("HOSPITAL", ["Mater Misericordiae University Hospital"]), ("ADDRESS", ["Eccles St"]),
      ("LOCATION", ["Dublin 7"]), ("DATE", ["13/01/2025"]), ("NAME", ["Florence", "Carmody"]), ("AGE", ["91 yrs"]),
      ("DATE", ["25/12/1933"]), ("MRN", ["0412876"]), ("ID", ["5526813T"]), ("HOSPITAL", ["Sacred Heart Residence"]),
      ("LOCATION", ["Sybil Hill"]), ("DATE", ["March 2024"]), ("NAME", ["Róisín", "Keaveney"]),
      ("NAME", ["Philomena", "Carmody"]), ("PHONE", ["086 722 4190"]), ("NAME", ["Benedict", "Okorie"])],
     ["Coffee-ground vomiting", "Glasgow-Blatchford 12", "Xarelto 15 mg", "Octaplex", "Rockwood CFS 7"]),
    ("MICU - Department of Medicine, All India Institute of Medical Sciences, Ansari Nagar, New Delhi. Day 2, "
     "21/09/2025\nPt: Mr Mohammed Irfan Qadri, 36/M, UHID 108447219, Aadhaar 3691 8247 1055\nAddress: H.No. 212, "
     "Gali No. 4, Jaffrabad, Delhi 110053. Mob 98110 46273\nReferred from Guru Teg Bahadur Hospital, Shahdara.\n"
     "Dengue shock syndrome, NS1 positive; platelets 11,000, Hct 52 with haemoconcentration. Fluids per WHO 2009 "
     "dengue guidelines; noradrenaline 0.1 mcg/kg/min. SOFA 5. Took Combiflam at home - stopped, no NSAIDs. Brother "
     "Mr Imran Qadri at the bedside. Works as a tailor at a garment unit in Okhla Phase II.\nSR Dr Ritika "
     "Bhardwaj-Menon",
     [("HOSPITAL", ["All India Institute of Medical Sciences"]), ("LOCATION", ["Ansari Nagar"]),
      ("LOCATION", ["New Delhi"]), ("DATE", ["21/09/2025"]), ("NAME", ["Mohammed", "Irfan", "Qadri"]),
      ("MRN", ["108447219"]), ("ID", ["3691 8247 1055"]), ("ADDRESS", ["H.No. 212, Gali No. 4"]),
      ("LOCATION", ["Jaffrabad"]), ("LOCATION", ["Delhi"]), ("POSTCODE", ["110053"]), ("PHONE", ["98110 46273"]),
      ("HOSPITAL", ["Guru Teg Bahadur Hospital"]), ("LOCATION", ["Shahdara"]), ("NAME", ["Imran", "Qadri"]),
      ("LOCATION", ["Okhla Phase II"]), ("NAME", ["Ritika", "Bhardwaj-Menon"])],
     ["Dengue shock syndrome", "NS1 positive", "Hct 52", "WHO 2009 dengue guidelines", "SOFA 5", "Combiflam"]),
    ("Telephone consultation - Haverhill Family Practice, Camps Road, Haverhill CB9 8HF   14/08/2025 11:05\nSpoke "
     "to Mr Aleksander Wiśniewski-Boateng, DOB 07/06/1983, NHS 947 205 3181, calling from work at the Greene King "
     "brewery in Bury St Edmunds.\n3 days painful red L eye, photophobia and blurred vision. Wears monthly contact "
     "lenses (Acuvue Oasys) and swims in them. ?Acanthamoeba keratitis vs bacterial keratitis. Advised: remove "
     "lenses, do not use Optrex; same-day referral to Eye Casualty at Addenbrooke's Hospital, booked for 14:30. "
     "Partner Gosia will drive him (mobile 07700 900 633). Will review after eye casualty.\nDr Ewan Stoddart-Mbeki",
     [("HOSPITAL", ["Haverhill Family Practice"]), ("ADDRESS", ["Camps Road"]), ("LOCATION", ["Haverhill"]),
      ("POSTCODE", ["CB9 8HF"]), ("DATE", ["14/08/2025"]), ("NAME", ["Aleksander", "Wiśniewski-Boateng"]),
      ("DATE", ["07/06/1983"]), ("ID", ["947 205 3181"]), ("LOCATION", ["Greene King"]),
      ("LOCATION", ["Bury St Edmunds"]), ("HOSPITAL", ["Addenbrooke's Hospital"]), ("NAME", ["Gosia"]),
      ("PHONE", ["07700 900 633"]), ("NAME", ["Ewan", "Stoddart-Mbeki"])],
     ["photophobia", "Acuvue Oasys", "Acanthamoeba keratitis", "Optrex", "Will review after eye casualty"]),
]
