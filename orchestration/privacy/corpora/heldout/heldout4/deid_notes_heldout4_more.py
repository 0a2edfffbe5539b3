"""The second half of the fourth HELD-OUT note set (:mod:`deid_notes_heldout4`, whose docstring says how it was
written), kept apart only so that neither file grows past the size the project keeps its modules to.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("Colorectal MDT outcome, 12/06/24\nMr Alwyn Threlfall, 68, hosp no B773041, NHS 612 731 4089. Tregaron, Ceredigion "
     "SY25 6JL.\nHistology: sigmoid adenocarcinoma pT3 N1b (Dukes' C), CRM clear. Hartmann's procedure 28/05/24 by Mr G. "
     "Rowlands-Pugh at Bronglais.\nOutcome: adjuvant CAPOX, refer to Velindre. Wife Menna aware; CNS Sioned Preece to "
     "phone her on 01974 298 133.",
     [("DATE", ["12/06/24"]), ("NAME", ["Alwyn", "Threlfall"]), ("MRN", ["B773041"]), ("ID", ["612 731 4089"]),
      ("LOCATION", ["Tregaron"]), ("LOCATION", ["Ceredigion"]), ("POSTCODE", ["SY25 6JL"]), ("DATE", ["28/05/24"]),
      ("NAME", ["Rowlands-Pugh"]), ("HOSPITAL", ["Bronglais"]), ("HOSPITAL", ["Velindre"]), ("NAME", ["Menna"]),
      ("NAME", ["Sioned", "Preece"]), ("PHONE", ["01974 298 133"])],
     ["sigmoid adenocarcinoma pT3 N1b", "Dukes' C", "CRM clear", "Hartmann's procedure", "adjuvant CAPOX"]),
    ("OB Intake, 11w2d, G2P1. Pt: Ximena Treadway-Ruiz, 38, DOB 01/09/1986, MRN 31-004-8826. Cell-free DNA low risk "
     "for trisomy 21 (Down syndrome), 18 and 13. First child had Kawasaki disease at 2, no coronary sequelae. Ins: BCBS "
     "of Texas, member XVJ884120937, group 178204. Teaches 3rd grade at Hanna Springs Elementary. Partner Eliseo "
     "(512) 555-0114. Prefers e-mail: ximena.tr@yahoo.com. RTC 4 wks with Dr. Honora Steinhauser-Diaz.",
     [("NAME", ["Ximena", "Treadway-Ruiz"]), ("DATE", ["01/09/1986"]), ("MRN", ["31-004-8826"]),
      ("ID", ["XVJ884120937"]), ("ID", ["178204"]), ("LOCATION", ["Hanna Springs Elementary"]), ("NAME", ["Eliseo"]),
      ("PHONE", ["(512) 555-0114"]), ("EMAIL", ["ximena.tr@yahoo.com"]), ("NAME", ["Honora", "Steinhauser-Diaz"])],
     ["11w2d, G2P1", "Cell-free DNA", "trisomy 21 (Down syndrome)", "Kawasaki disease", "no coronary sequelae"]),
    ("Mildura Base Public Hospital, discharge summary.\nJedda Coulthard-Binks, 19F, UR 208814. Admitted 17/3 with fever, "
     "headache and two seizures after a fortnight fruit picking near Robinvale. MRI: bilateral thalamic T2 change. "
     "Murray Valley encephalitis confirmed on serology. Levetiracetam 500 mg bd; neurology follow-up at the RMH. "
     "Staying with her aunty Raelene at Unit 3/27 Deakin Ave, Mildura VIC 3500, mob 0437 218 604.\nDr H. Ratnayake, "
     "HMO2",
     [("HOSPITAL", ["Mildura Base"]), ("NAME", ["Jedda", "Coulthard-Binks"]), ("MRN", ["208814"]), ("DATE", ["17/3"]),
      ("LOCATION", ["Robinvale"]), ("HOSPITAL", ["RMH"]), ("NAME", ["Raelene"]), ("ADDRESS", ["Unit 3/27 Deakin Ave"]),
      ("LOCATION", ["Mildura"]), ("POSTCODE", ["3500"]), ("PHONE", ["0437 218 604"]), ("NAME", ["Ratnayake"])],
     ["bilateral thalamic T2 change", "Murray Valley encephalitis", "Levetiracetam 500 mg bd"]),
    ("Dear Dr Geraghty-Lynam,\nRe: Aisling Cunnane, DOB 14/07/1998, Knockaphunta, Castlebar, Co. Mayo F23 X4K2. PPSN "
     "2194467PA.\nAisling has ileocolonic Crohn's disease (Montreal A2 L3 B1) on adalimumab (Humira), now with perianal "
     "pain and discharge for three weeks. I hope an MRI pelvis can be arranged before her finals at ATU. Her mother "
     "Concepta can be reached on 094 902 7714.\nIs mise le meas,\nDr Peadar Keaveney, Staball Hill Surgery, IMC 019374",
     [("NAME", ["Geraghty-Lynam"]), ("NAME", ["Aisling", "Cunnane"]), ("DATE", ["14/07/1998"]),
      ("LOCATION", ["Knockaphunta"]), ("LOCATION", ["Castlebar"]), ("LOCATION", ["Mayo"]), ("POSTCODE", ["F23 X4K2"]),
      ("ID", ["2194467PA"]), ("LOCATION", ["ATU"]), ("NAME", ["Concepta"]), ("PHONE", ["094 902 7714"]),
      ("NAME", ["Peadar", "Keaveney"]), ("HOSPITAL", ["Staball Hill"]), ("LICENCE", ["019374"])],
     ["ileocolonic Crohn's disease", "Montreal A2 L3 B1", "adalimumab (Humira)", "perianal pain and discharge",
      "MRI pelvis"]),
    ("MASH referral 03/10/2024 16:05. Child: Rhys-Jordan Bickerstaffe, 13, DOB 19/01/2011, Year 8 at Sprowston Community "
     "High. Told the school nurse that an adult he met on Discord (user kingdrift77) sent him money and asked for photos; "
     "invite link https://discord.gg/drift77crew. The school's filter logged the account's server at 185.219.47.30. "
     "Lives with mum Leanne and her partner Jonno at 29 Marlpit Lane, Costessey NR5 8XH. Police ref 36/71840/24. No "
     "physical injuries seen.",
     [("DATE", ["03/10/2024"]), ("NAME", ["Rhys-Jordan", "Bickerstaffe"]), ("DATE", ["19/01/2011"]),
      ("LOCATION", ["Sprowston Community High"]), ("HANDLE", ["kingdrift77"]), ("URL", ["https://discord.gg/drift77crew"]),
      ("IP", ["185.219.47.30"]), ("NAME", ["Leanne"]), ("NAME", ["Jonno"]), ("ADDRESS", ["29 Marlpit Lane"]),
      ("LOCATION", ["Costessey"]), ("POSTCODE", ["NR5 8XH"]), ("ID", ["36/71840/24"])],
     ["school nurse", "No physical injuries seen"]),
    ("Device Clinic, remote check. Wilbur Enstrom, 81, MRN 1047725. Abbott (St. Jude Medical) Gallant HF CRT-D, model "
     "CDHFA500Q, serial 81467220; transmission at 02:14 via Merlin.net from home monitor at 73.158.204.19. Three episodes "
     "of VT terminated by ATP, no shocks. Battery 6.5 yr. LV threshold 1.25 V @ 0.5 ms. Address RR 2 Box 118, Wahpeton ND "
     "58075. Daughter Signe Enstrom-Haug 701-555-0163.\nReviewed: Delphine Aufderheide, RN, CCDS",
     [("NAME", ["Wilbur", "Enstrom"]), ("MRN", ["1047725"]), ("SERIAL", ["81467220"]), ("IP", ["73.158.204.19"]),
      ("ADDRESS", ["RR 2 Box 118"]), ("LOCATION", ["Wahpeton"]), ("POSTCODE", ["58075"]),
      ("NAME", ["Signe", "Enstrom-Haug"]), ("PHONE", ["701-555-0163"]), ("NAME", ["Delphine", "Aufderheide"])],
     ["St. Jude Medical", "CRT-D", "model CDHFA500Q", "Merlin.net", "VT terminated by ATP", "LV threshold 1.25 V @ 0.5 ms"]),
    ("To Dr. Chandrashekar Hiremath, Consultant Cardiologist, JSS Hospital, Mysuru.\nRe: Kum. Ananya Doddamani, 7 yrs, "
     "d/o Shri Mallikarjun Doddamani, #112, 4th Cross, Vijayanagar 2nd Stage, Mysuru 570017. ABHA 91-4471-2208-3619.\n"
     "Known case of Down syndrome with AVSD repaired at Jayadeva as an infant, now with exertional breathlessness. Echo: "
     "moderate left AV valve regurgitation. Kindly evaluate. Father's mobile 98450 62713.\nDr. Shubha Nanjundaswamy, "
     "MBBS DCH, KMC Reg. 68214, Shubha Child Clinic, Kuvempunagar",
     [("NAME", ["Chandrashekar", "Hiremath"]), ("HOSPITAL", ["JSS"]), ("LOCATION", ["Mysuru"]),
      ("NAME", ["Ananya", "Doddamani"]), ("NAME", ["Mallikarjun"]), ("ADDRESS", ["#112, 4th Cross"]),
      ("LOCATION", ["Vijayanagar"]), ("POSTCODE", ["570017"]), ("ID", ["91-4471-2208-3619"]), ("HOSPITAL", ["Jayadeva"]),
      ("PHONE", ["98450 62713"]), ("NAME", ["Shubha", "Nanjundaswamy"]), ("LICENCE", ["68214"]),
      ("LOCATION", ["Kuvempunagar"])],
     ["Down syndrome", "AVSD repaired", "exertional breathlessness", "moderate left AV valve regurgitation"]),
    ("UNIVERSITY OF ILORIN TEACHING HOSPITAL\nDischarge note: Miss Fiyinfoluwa Oyebanji, 19F, Hosp No. UITH/24/117306. "
     "HbSS, admitted 02/04/2024 with acute chest syndrome; exchange transfusion x1, IV ceftriaxone and azithromycin. "
     "Discharged on hydroxyurea 20 mg/kg and folic acid. 200L student at Kwara State University, Malete; off-campus at 23 "
     "Tanke Oke-Odo Road. NOK: mother, Mrs Abosede Oyebanji, 0813 662 0419, abosedeoyebanji@gmail.com. NHIA no. "
     "KWA/0418/227193.\nSigned: Dr I. O. Adelodun-Yusuf (SR)",
     [("HOSPITAL", ["UNIVERSITY OF ILORIN TEACHING HOSPITAL"]), ("NAME", ["Fiyinfoluwa", "Oyebanji"]),
      ("MRN", ["UITH/24/117306"]), ("DATE", ["02/04/2024"]), ("LOCATION", ["Kwara State University"]),
      ("LOCATION", ["Malete"]), ("ADDRESS", ["23 Tanke Oke-Odo Road"]), ("NAME", ["Abosede"]), ("PHONE", ["0813 662 0419"]),
      ("EMAIL", ["abosedeoyebanji@gmail.com"]), ("ID", ["KWA/0418/227193"]), ("NAME", ["Adelodun-Yusuf"])],
     ["HbSS", "acute chest syndrome", "exchange transfusion x1", "hydroxyurea 20 mg/kg"]),
    ("ED 02:30, assault. 31M Garfield 'Gaz' Mottershead. Kicked in L flank outside the Crown & Anchor in Ulverston where "
     "he works the door. Frank haematuria. CT: grade III L renal lac, no active extravasation, for obs on HDU. Police "
     "(PC Hebblethwaite) asking about a van, reg PN19 WKD, seen leaving. Lives 7a Soutergate, Ulverston LA12 7ES. Mum "
     "Bev on 07961 334 582.",
     [("NAME", ["Garfield", "Mottershead"]), ("NAME", ["Gaz"]), ("LOCATION", ["Crown & Anchor"]),
      ("LOCATION", ["Ulverston"]), ("NAME", ["Hebblethwaite"]), ("PLATE", ["PN19 WKD"]), ("ADDRESS", ["7a Soutergate"]),
      ("POSTCODE", ["LA12 7ES"]), ("NAME", ["Bev"]), ("PHONE", ["07961 334 582"])],
     ["Frank haematuria", "grade III L renal lac", "no active extravasation"]),
    ("Marion VA, Primary Care Mental Health. Dwain Kopecky, 58M, second shift at the Aisin plant. PHQ-9 19, passive SI, "
     "no plan. Owns 3 handguns: FOID #K21084736519, concealed carry licence IL-CCL-40711822. Lethal means counseling "
     "done; agreed to store guns with brother Wendel in Carbondale. Home: 605 N Oakland Ave, Carterville IL 62918. Wife "
     "Tammy 618-555-0188.",
     [("HOSPITAL", ["Marion VA"]), ("NAME", ["Dwain", "Kopecky"]), ("LOCATION", ["Aisin"]), ("LICENCE", ["K21084736519"]),
      ("LICENCE", ["IL-CCL-40711822"]), ("NAME", ["Wendel"]), ("LOCATION", ["Carbondale"]),
      ("ADDRESS", ["605 N Oakland Ave"]), ("LOCATION", ["Carterville"]), ("POSTCODE", ["62918"]), ("NAME", ["Tammy"]),
      ("PHONE", ["618-555-0188"])],
     ["PHQ-9 19", "passive SI", "Lethal means counseling"]),
    ("PM handover, Wattlebank Lodge (residential aged care), Ocean Grove.\nRm 12: Mrs Gwendoline Pask, 97 yo, DOB 30 Nov "
     "1926. End-stage heart failure, not for hospital transfer. May need PRN morphine for dyspnoea overnight. Dawn obs: RR "
     "28, SpO2 89% on 2L. Daughter Lorelle (lives in Geelong) wants a call with any change, 0419 306 725. GP Dr Anoushka "
     "Vittal-Reid visits Thursdays.",
     [("HOSPITAL", ["Wattlebank Lodge"]), ("LOCATION", ["Ocean Grove"]), ("NAME", ["Gwendoline", "Pask"]),
      ("AGE", ["97 yo"]), ("DOB90", ["30 Nov 1926", "1926"]), ("NAME", ["Lorelle"]), ("LOCATION", ["Geelong"]),
      ("PHONE", ["0419 306 725"]), ("NAME", ["Anoushka", "Vittal-Reid"])],
     ["End-stage heart failure", "not for hospital transfer", "May need PRN morphine for dyspnoea", "Dawn obs: RR 28",
      "SpO2 89% on 2L"]),
    ("Clinic note. Thaddeus Langille, 49M, NS health card 0047 218 993. 14 Clearland Rd, Mahone Bay NS B0J 2E0 "
     "(Lunenburg County). Builds boats at the Covey Island yard. Erythema migrans 12 cm L thigh ten days after a tick "
     "bite in his woodlot; fatigue, arthralgia. Lyme disease (early localized): doxycycline 100 mg bid x 14 days. Told to "
     "return with facial droop (Bell's palsy can follow). Ph 902-555-0124.\nRosalie Veinot, NP",
     [("NAME", ["Thaddeus", "Langille"]), ("ID", ["0047 218 993"]), ("ADDRESS", ["14 Clearland Rd"]),
      ("LOCATION", ["Mahone Bay"]), ("POSTCODE", ["B0J 2E0"]), ("LOCATION", ["Lunenburg County"]),
      ("LOCATION", ["Covey Island"]), ("PHONE", ["902-555-0124"]), ("NAME", ["Rosalie", "Veinot"])],
     ["Erythema migrans 12 cm L thigh", "Lyme disease (early localized)", "doxycycline 100 mg bid x 14 days",
      "Bell's palsy"]),
    ("OGD REPORT, Endoscopy Unit, Furness General, 11/11/2024\nEndoscopist: Dr Sunniva Hjelmstad\nPatient: Mr Ellis "
     "Satterthwaite, 59, K0619448, from Askam-in-Furness\nFindings: Los Angeles grade C oesophagitis. 4 cm Barrett's "
     "segment (Prague C2M4); Seattle protocol biopsies taken. Small hiatus hernia.\nPlan: PPI high dose, repeat OGD in 12 "
     "weeks.\nCopy: Dr N. Gaskarth, Dalton Health Centre",
     [("HOSPITAL", ["Furness General"]), ("DATE", ["11/11/2024"]), ("NAME", ["Sunniva", "Hjelmstad"]),
      ("NAME", ["Ellis", "Satterthwaite"]), ("MRN", ["K0619448"]), ("LOCATION", ["Askam-in-Furness"]),
      ("NAME", ["Gaskarth"]), ("HOSPITAL", ["Dalton Health Centre"])],
     ["Los Angeles grade C oesophagitis", "Barrett's", "Prague C2M4", "Seattle protocol biopsies", "PPI high dose"]),
    ("Triage travel screen. 33M back 9 days ago from Nzérékoré, Guinea (attended a funeral). T 38.9, myalgia, diarrhea. "
     "Ebola PUI per CDC algorithm: isolation room 4, PPE level 3, MDH notified (case MN-PUI-0318). Pt: Mamadou Saliou "
     "Bangoura, MRN 5530417, 2211 Cedar Ave S Apt 306, Minneapolis 55404 (Cedar-Riverside). Works cargo at MSP. Brother "
     "Alpha Oumar Bangoura 612-555-0198. Pular interpreter by phone.",
     [("LOCATION", ["Nzérékoré"]), ("ID", ["MN-PUI-0318"]), ("NAME", ["Mamadou", "Saliou", "Bangoura"]),
      ("MRN", ["5530417"]), ("ADDRESS", ["2211 Cedar Ave S"]), ("LOCATION", ["Minneapolis"]), ("POSTCODE", ["55404"]),
      ("LOCATION", ["Cedar-Riverside"]), ("LOCATION", ["MSP"]), ("NAME", ["Alpha", "Oumar"]), ("PHONE", ["612-555-0198"])],
     ["myalgia, diarrhea", "Ebola PUI", "PPE level 3", "T 38.9"]),
    ("Tel triage 09:12, Dr Ramsden-Oyelaran. Mrs Janice Ollerenshaw, 66, rang about herself: 2 days R-sided headache, jaw "
     "claudication, scalp tenderness; vision OK so far. Previous TIA, seen at Fairfield in 2019. Suspected GCA: prednisolone "
     "40 mg started today, urgent GCA fast-track for vascular US at Salford Royal. Lives in Swinton M27 5GA, phone 0161 "
     "794 3327.",
     [("NAME", ["Ramsden-Oyelaran"]), ("NAME", ["Janice", "Ollerenshaw"]), ("HOSPITAL", ["Fairfield"]),
      ("HOSPITAL", ["Salford Royal"]), ("LOCATION", ["Swinton"]), ("POSTCODE", ["M27 5GA"]), ("PHONE", ["0161 794 3327"])],
     ["jaw claudication", "scalp tenderness", "prednisolone 40 mg", "GCA fast-track", "vascular US"]),
    ("Neuro ICU progress note, HD#4. Emmett Quarles, 44M, MRN 33019752. Guillain-Barré syndrome after Campylobacter "
     "gastroenteritis. FVC 1.6 L (was 2.4), NIF -22: intubated overnight. IVIG day 4/5. Lineman for Dixie Electric, "
     "lives in Denham Springs; LA driver's license 009147735 used for ID at admission. Wife Charmaine at bedside; sister "
     "Odessa Quarles-Batiste (225) 555-0141.",
     [("NAME", ["Emmett", "Quarles"]), ("MRN", ["33019752"]), ("LOCATION", ["Dixie Electric"]),
      ("LOCATION", ["Denham Springs"]), ("LICENCE", ["009147735"]), ("NAME", ["Charmaine"]),
      ("NAME", ["Odessa", "Quarles-Batiste"]), ("PHONE", ["(225) 555-0141"])],
     ["Guillain-Barré syndrome", "Campylobacter gastroenteritis", "FVC 1.6 L", "NIF -22", "IVIG day 4/5"]),
    ("Discharge summary, Whangārei Hospital. Manaia Poutama, 62M, NHI MCE7700. 1147 Pipiwai Road, RD 6, Whangārei 0176. "
     "Acute polyarticular gout on a background of CKD 3b. Colchicine 0.5 mg bd for a week, then allopurinol up-titration "
     "by GP (Dr Faye Mokaraka, Kamo Medical). Will be picked up by his cousin 'Boy' Poutama, 022 719 4460.",
     [("LOCATION", ["Whangārei"]), ("NAME", ["Manaia", "Poutama"]), ("ID", ["MCE7700"]),
      ("ADDRESS", ["1147 Pipiwai Road", "RD 6"]), ("POSTCODE", ["0176"]), ("NAME", ["Faye", "Mokaraka"]),
      ("HOSPITAL", ["Kamo"]), ("NAME", ["Boy"]), ("PHONE", ["022 719 4460"])],
     ["Acute polyarticular gout", "CKD 3b", "Colchicine 0.5 mg bd", "allopurinol up-titration", "Will be picked up"]),
    ("Dr Zanele Khumalo-Pillay, Specialist Physician, Mediclinic Stellenbosch\nRe: Mrs Annetjie du Plessis-Rossouw, ID "
     "5907140122087. Discovery Health no. 410882276, dependant 01. 9 Dennesig Street, Die Boord, Stellenbosch 7600.\n"
     "Primary adrenal insufficiency (Addison's disease): 21-hydroxylase antibodies positive, morning cortisol 48 nmol/L, "
     "ACTH 310. Hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg; sick-day rules explained; MedicAlert bracelet "
     "advised. Husband Hennie 082 559 4127.",
     [("NAME", ["Zanele", "Khumalo-Pillay"]), ("HOSPITAL", ["Mediclinic Stellenbosch"]),
      ("NAME", ["Annetjie", "du Plessis-Rossouw"]), ("ID", ["5907140122087"]), ("ID", ["410882276"]),
      ("ADDRESS", ["9 Dennesig Street"]), ("LOCATION", ["Die Boord"]), ("LOCATION", ["Stellenbosch"]),
      ("POSTCODE", ["7600"]), ("NAME", ["Hennie"]), ("PHONE", ["082 559 4127"])],
     ["Primary adrenal insufficiency (Addison's disease)", "21-hydroxylase antibodies positive",
      "morning cortisol 48 nmol/L", "fludrocortisone 100 mcg", "MedicAlert bracelet"]),
    ("Community LD nurse visit. Dominic Yardley-Frost, 29, Down syndrome and hypothyroidism, at Ferndown House "
     "(supported living), 2 Kestrel Way, Hinckley LE10 0RP. Sunny and chatty today. Key worker Tendai Chiwenga says he "
     "now works two mornings a week at the garden centre in Burbage. Weight up 4 kg; levothyroxine 100 mcg, TSH due. "
     "Grace period for his bus pass renewal (pass 0044 8819 2270) ends Friday.",
     [("NAME", ["Dominic", "Yardley-Frost"]), ("HOSPITAL", ["Ferndown House"]), ("ADDRESS", ["2 Kestrel Way"]),
      ("LOCATION", ["Hinckley"]), ("POSTCODE", ["LE10 0RP"]), ("NAME", ["Tendai", "Chiwenga"]), ("LOCATION", ["Burbage"]),
      ("ID", ["0044 8819 2270"])],
     ["Down syndrome", "Sunny and chatty today", "Weight up 4 kg", "levothyroxine 100 mcg", "Grace period"]),
    ("Rx clarification call 04/17/2024. Pharmacist Ofelia Sandoval-Kirk (Hollister Drug) re oxycodone 5 mg #60 for Arlo "
     "Cheatham, DOB 12/22/1958: the DEA BK4728133 and NPI 1439205711 on the script belong to different prescribers. "
     "Confirmed with Dr. Lavonne Whitsett-Pruitt, corrected to her DEA FM3806215. PDMP shows no other opioid fills. Pt "
     "ph 417-555-0153.",
     [("DATE", ["04/17/2024"]), ("NAME", ["Ofelia", "Sandoval-Kirk"]), ("HOSPITAL", ["Hollister"]),
      ("NAME", ["Arlo", "Cheatham"]), ("DATE", ["12/22/1958"]), ("LICENCE", ["BK4728133"]), ("LICENCE", ["1439205711"]),
      ("NAME", ["Lavonne", "Whitsett-Pruitt"]), ("LICENCE", ["FM3806215"]), ("PHONE", ["417-555-0153"])],
     ["oxycodone 5 mg #60", "PDMP shows no other opioid fills"]),
    ("Casualty, Rural Hospital Igatpuri, 21:40. Mr. Dnyaneshwar Bhagwat Gaikar, 36/M, farm labourer from Ghoti, brought "
     "by brother Sopan on motorcycle MH-15-EK-4472. Alleged viper bite R foot 2 hrs back: local swelling, bleeding from "
     "bite site, 20WBCT >20 min. ASV 10 vials started. Shifted to Civil Hospital Nashik by 108 ambulance. MLC No. "
     "114/2024 intimated to Igatpuri police. Contact 97641 20938.",
     [("LOCATION", ["Igatpuri"]), ("NAME", ["Dnyaneshwar", "Bhagwat", "Gaikar"]), ("LOCATION", ["Ghoti"]),
      ("NAME", ["Sopan"]), ("PLATE", ["MH-15-EK-4472"]), ("LOCATION", ["Nashik"]), ("ID", ["114/2024"]),
      ("PHONE", ["97641 20938"])],
     ["viper bite R foot", "bleeding from bite site", "20WBCT >20 min", "ASV 10 vials", "108 ambulance"]),
    ("Admission note, St Brigid's Hospice. Mr Cornelius (Con) Brophy-Keogh, 91, DOB 23rd March 1933, of Mullaghmast, "
     "Ballitore, Co. Kildare. Metastatic prostate cancer; pain controlled on MST 30 mg bd with Oramorph PRN. Wishes to "
     "die at home if it can be managed. NOK: niece Gobnait Brophy, 087 331 8824.\nSr. Perpetua Mullarkey, CNM2",
     [("HOSPITAL", ["St Brigid's"]), ("NAME", ["Cornelius", "Brophy-Keogh"]), ("NAME", ["Con"]), ("AGE", ["91"]),
      ("DOB90", ["23rd March 1933", "1933"]), ("LOCATION", ["Mullaghmast"]), ("LOCATION", ["Ballitore"]),
      ("LOCATION", ["Kildare"]), ("NAME", ["Gobnait", "Brophy"]), ("PHONE", ["087 331 8824"]),
      ("NAME", ["Perpetua", "Mullarkey"])],
     ["Metastatic prostate cancer", "MST 30 mg bd", "Oramorph PRN"]),
    ("EXAM: MRI PITUITARY W/WO CONTRAST   ACCESSION: RAD-24-0771342   DATE: 2024-07-08\nPATIENT: Jessamyn Pruett, MRN "
     "8807163. REFERRING: Anatoly Verbitsky, MD.\nHISTORY: 37F, ACTH-dependent hypercortisolism.\nFINDINGS: 6 mm "
     "hypoenhancing lesion in the left pituitary, no cavernous sinus invasion (Knosp grade 0).\nIMPRESSION: "
     "Microadenoma consistent with Cushing's disease.\nRead by Kwadwo Ofori-Atta, MD, from reading station 172.16.88.214.",
     [("ID", ["RAD-24-0771342"]), ("DATE", ["2024-07-08"]), ("NAME", ["Jessamyn", "Pruett"]), ("MRN", ["8807163"]),
      ("NAME", ["Anatoly", "Verbitsky"]), ("NAME", ["Kwadwo", "Ofori-Atta"]), ("IP", ["172.16.88.214"])],
     ["ACTH-dependent hypercortisolism", "6 mm hypoenhancing lesion", "no cavernous sinus invasion", "Knosp grade 0",
      "Cushing's disease"]),
    ("Alcohol liaison. Mr Shaun Tetlow, 52, hackney carriage driver (Kirklees badge HC0917). Admitted with Wernicke's "
     "encephalopathy: confusion, ophthalmoplegia, ataxia. IV Pabrinex 2 pairs tds. AUDIT 34. His cab (reg YJ66 KRV) was "
     "left on Northgate in Heckmondwike. Ex-wife Tracey-Ann still NOK, 07845 226 019. His sister e-mailed from "
     "sharon.tetlow67@btinternet.com asking for an update.",
     [("NAME", ["Shaun", "Tetlow"]), ("LOCATION", ["Kirklees"]), ("LICENCE", ["HC0917"]), ("PLATE", ["YJ66 KRV"]),
      ("ADDRESS", ["Northgate"]), ("LOCATION", ["Heckmondwike"]), ("NAME", ["Tracey-Ann"]), ("PHONE", ["07845 226 019"]),
      ("EMAIL", ["sharon.tetlow67@btinternet.com"])],
     ["Wernicke's encephalopathy", "confusion, ophthalmoplegia, ataxia", "IV Pabrinex 2 pairs tds", "AUDIT 34"]),
    ("Telehealth (https://healthdirect.coviu.com/room/eatingdisorders-kenmore). Brylee Outhwaite, 15F, anorexia nervosa, "
     "BMI 15.8, HR 44 lying. Call dropped twice; her connection from 101.187.33.52 kept freezing. Admit to the "
     "adolescent ward for refeeding: phosphate 0.6. Mum Kirrily 0412 887 301. Year 10 at Kenmore State High; the school "
     "counsellor flagged her 'what I eat in a day' posts on @bry.eats.clean.",
     [("URL", ["https://healthdirect.coviu.com/room/eatingdisorders-kenmore"]), ("NAME", ["Brylee", "Outhwaite"]),
      ("IP", ["101.187.33.52"]), ("NAME", ["Kirrily"]), ("PHONE", ["0412 887 301"]),
      ("LOCATION", ["Kenmore State High"]), ("HANDLE", ["bry.eats.clean"])],
     ["anorexia nervosa", "BMI 15.8", "HR 44 lying", "refeeding", "phosphate 0.6"]),
    ("Home Health SOC visit 2/12/24. Pt: Vernell Stidham, 79F, KY Medicaid 4108827731. Mail to PO Box 417, Hyden KY "
     "41749; lives up Hell for Certain Rd, Leslie County. DM2 w/ L BKA, stage 3 sacral wound 3.1 x 2.4 x 0.6 cm, "
     "wound vac ordered. Son Dewey (606) 555-0177 is main caregiver.",
     [("DATE", ["2/12/24"]), ("NAME", ["Vernell", "Stidham"]), ("ID", ["4108827731"]), ("ADDRESS", ["PO Box 417"]),
      ("LOCATION", ["Hyden"]), ("POSTCODE", ["41749"]), ("ADDRESS", ["Hell for Certain Rd"]),
      ("LOCATION", ["Leslie County"]), ("NAME", ["Dewey"]), ("PHONE", ["(606) 555-0177"])],
     ["DM2 w/ L BKA", "stage 3 sacral wound", "3.1 x 2.4 x 0.6 cm", "wound vac"]),
    ("Renal MDM. Mrs Comfort Asamoah-Bekoe, 55, NHS 708-214-5535, HD Tue/Thu/Sat at the Harlow satellite unit. L "
     "brachiocephalic AVF, thrill good. Mark the fistula arm: no BP/cannula. Live-donor work-up: cross-match with her "
     "brother Kwaku pending. Gallstone pancreatitis last year (revised Atlanta: moderately severe). She asks that "
     "clinic letters go to comfort.asamoah@outlook.com.",
     [("NAME", ["Comfort", "Asamoah-Bekoe"]), ("ID", ["708-214-5535"]), ("HOSPITAL", ["Harlow"]), ("NAME", ["Kwaku"]),
      ("EMAIL", ["comfort.asamoah@outlook.com"])],
     ["brachiocephalic AVF, thrill good", "Mark the fistula arm: no BP/cannula", "cross-match",
      "revised Atlanta: moderately severe"]),
    ("门诊病历\n姓名：钟桂芬，女，93岁，出生日期：1931年5月12日\n住址：四川省乐山市夹江县漹城镇迎春路45号\n电话：0833-5621178；"
     "女儿钟晓琳 13990617245\n诊断：帕金森病；阿尔茨海默病。继续多巴丝肼，家属陪同复诊。\n医师：冉启明",
     [("NAME", ["钟桂芬"]), ("AGE", ["93岁"]), ("DOB90", ["1931年5月12日", "1931"]), ("LOCATION", ["乐山市"]),
      ("LOCATION", ["夹江县"]), ("LOCATION", ["漹城镇"]), ("ADDRESS", ["迎春路45号"]), ("PHONE", ["0833-5621178"]),
      ("NAME", ["钟晓琳"]), ("PHONE", ["13990617245"]), ("NAME", ["冉启明"])],
     ["帕金森病", "阿尔茨海默病", "多巴丝肼"]),
    ("Crisis team assessment, 22:15, 5 Jan. Ms Jodie-Leigh Cartledge, 23, brought in on s136 from the Boathorse Road "
     "footbridge in Kidsgrove. Escalating SI since her Universal Credit was stopped and an unpaid electricity bill of "
     "£640 arrived. Will accept home treatment team. Posts on TikTok as jodiexleigh99. Mum Kerry-Ann 07739 552 168. GP "
     "Dr Usha Balasubramanian.",
     [("DATE", ["5 Jan"]), ("NAME", ["Jodie-Leigh", "Cartledge"]), ("ADDRESS", ["Boathorse Road"]),
      ("LOCATION", ["Kidsgrove"]),
      ("HANDLE", ["jodiexleigh99"]), ("NAME", ["Kerry-Ann"]), ("PHONE", ["07739 552 168"]),
      ("NAME", ["Usha", "Balasubramanian"])],
     ["s136", "Escalating SI", "unpaid electricity bill", "Will accept home treatment team"]),
    ("CHEO ED, paeds endo consult. 12M, T1D x 2 yr on Tandem t:slim X2 (SN 1148207) with Dexcom, now DKA after a pump "
     "site failure: pH 7.08, bicarb 6. Pt: Eamon Thériault-Tsubouchi, OHIP 6710-243-384 TY. Lives in Orléans, Grade 7 at "
     "École secondaire Louis-Riel. Parents Chantal Thériault and Haruki Tsubouchi, 613-555-0109, "
     "haruki.tsubouchi@rogers.com.",
     [("HOSPITAL", ["CHEO"]), ("SERIAL", ["1148207"]), ("NAME", ["Eamon", "Thériault-Tsubouchi"]),
      ("ID", ["6710-243-384"]), ("LOCATION", ["Orléans"]), ("LOCATION", ["Louis-Riel"]), ("NAME", ["Chantal", "Thériault"]),
      ("NAME", ["Haruki", "Tsubouchi"]), ("PHONE", ["613-555-0109"]), ("EMAIL", ["haruki.tsubouchi@rogers.com"])],
     ["Tandem t:slim X2", "Dexcom", "pump site failure", "pH 7.08, bicarb 6"]),
    ("Paeds SpR, 21:00. Otis Kettlewell-Baptiste, 4, DOB 12/08/2020, NHS 485 117 3024. Six days of fever, bilateral "
     "non-purulent conjunctivitis, strawberry tongue, cracked lips, 2 cm cervical node, peeling fingertips. Meets "
     "criteria for Kawasaki disease: IVIG 2 g/kg and aspirin, echo tomorrow. Goes to Little Acorns Nursery in Chorlton. "
     "Dad Marlon, mum Siân (07512 880 437). Discussed with Dr Y. Abubakar-Leigh, cardiology, Alder Hey.",
     [("NAME", ["Otis", "Kettlewell-Baptiste"]), ("DATE", ["12/08/2020"]), ("ID", ["485 117 3024"]),
      ("LOCATION", ["Little Acorns"]), ("LOCATION", ["Chorlton"]), ("NAME", ["Marlon"]), ("NAME", ["Siân"]),
      ("PHONE", ["07512 880 437"]), ("NAME", ["Abubakar-Leigh"]), ("HOSPITAL", ["Alder Hey"])],
     ["bilateral non-purulent conjunctivitis", "strawberry tongue", "Kawasaki disease", "IVIG 2 g/kg and aspirin"]),
    ("ID consult, Caboolture Hospital. 38M, boner at the Kilcoy abattoir, not vaccinated. Q fever: phase II IgM "
     "positive, ALT 210. Doxycycline 100 mg bd x 14 d. Pt: Rhett Dunkerley, URN 1188034, Medicare 4285 01633 1, Lot 7 Mt "
     "Kilcoy Rd, Mount Kilcoy QLD 4515. Partner Tayla-Rose 0447 603 218. Notified to public health.",
     [("HOSPITAL", ["Caboolture"]), ("LOCATION", ["Kilcoy"]), ("NAME", ["Rhett", "Dunkerley"]), ("MRN", ["1188034"]),
      ("ID", ["4285 01633 1"]), ("ADDRESS", ["Lot 7 Mt Kilcoy Rd"]), ("POSTCODE", ["4515"]), ("NAME", ["Tayla-Rose"]),
      ("PHONE", ["0447 603 218"])],
     ["Q fever", "phase II IgM positive", "ALT 210", "Doxycycline 100 mg bd x 14 d"]),
    ("Audiology visit 08/14/2024. Hortense Mabry, 88, MRN 2290443, 37 Homochitto St, Natchez MS 39120. Cochlear Nucleus "
     "CI622 implant R (S/N 64471902), activated 4 wks ago. AzBio sentences 42% in quiet. Bill Medicare Part B, MBI "
     "7QR2-HW8-TA51. Daughter Corliss drives her, (601) 555-0127.",
     [("DATE", ["08/14/2024"]), ("NAME", ["Hortense", "Mabry"]), ("MRN", ["2290443"]), ("ADDRESS", ["37 Homochitto St"]),
      ("LOCATION", ["Natchez"]), ("POSTCODE", ["39120"]), ("SERIAL", ["64471902"]), ("ID", ["7QR2-HW8-TA51"]),
      ("NAME", ["Corliss"]), ("PHONE", ["(601) 555-0127"])],
     ["Cochlear Nucleus", "AzBio sentences 42% in quiet", "Bill Medicare Part B"]),
    ("Night handover, National Orthopaedic Hospital Cappagh.\nBed 3: Mrs Treasa Gilsenan, 74, MRN 00814472. Day 1 post R "
     "THR (transferred from Connolly). Hb 94, repeat in the morning. Old Colles fracture L wrist, so walking frame with "
     "gutter. Mobilised with Ciarán (physio). Husband Dermot rings every night from Skerries, 01 849 2271.",
     [("HOSPITAL", ["Cappagh"]), ("NAME", ["Treasa", "Gilsenan"]), ("MRN", ["00814472"]), ("HOSPITAL", ["Connolly"]),
      ("NAME", ["Ciarán"]), ("NAME", ["Dermot"]), ("LOCATION", ["Skerries"]), ("PHONE", ["01 849 2271"])],
     ["Day 1 post R THR", "Hb 94", "Old Colles fracture L wrist"]),
    ("Patient portal message rec'd 9/03/2024 07:12 from user mhaldane1962: 'Hi Dr. Balogun-Shaw, my Ozempic refill at "
     "the Hy-Vee on 23rd Ave in Council Bluffs was denied again, prior auth? My BCBS Nebraska member ID is NQB2271904416. "
     "Also my CPAP (ResMed AirSense 11, SN 23214471098) says AHI 9 this week. Thanks, Marvin Haldane 402-555-0184'",
     [("DATE", ["9/03/2024"]), ("HANDLE", ["mhaldane1962"]), ("NAME", ["Balogun-Shaw"]), ("ADDRESS", ["23rd Ave"]),
      ("LOCATION", ["Council Bluffs"]), ("ID", ["NQB2271904416"]), ("SERIAL", ["23214471098"]),
      ("NAME", ["Marvin", "Haldane"]), ("PHONE", ["402-555-0184"])],
     ["Ozempic refill", "prior auth", "ResMed AirSense 11", "AHI 9"]),
    ("Pacing check 08/01/2025. Mr Wilfred Gornall, 94, d.o.b. 17/6/30, Flat 4, Lune View Court, Caton LA2 9QN. Medtronic "
     "Azure XT DR MRI, SN RNB408217S, implanted at the Royal Lancaster. Battery 7 yr, 2% V pacing, leads stable. Will "
     "not need a box change for years. Still drives his Honda Jazz (Blue Badge, reg PO12 HNF). Nephew Garth brings him, "
     "07866 419 205.",
     [("DATE", ["08/01/2025"]), ("NAME", ["Wilfred", "Gornall"]), ("AGE", ["94"]), ("DOB90", ["17/6/30", "30"]),
      ("ADDRESS", ["Flat 4, Lune View Court"]), ("LOCATION", ["Caton"]), ("POSTCODE", ["LA2 9QN"]),
      ("SERIAL", ["RNB408217S"]), ("HOSPITAL", ["Royal Lancaster"]), ("PLATE", ["PO12 HNF"]), ("NAME", ["Garth"]),
      ("PHONE", ["07866 419 205"])],
     ["Medtronic Azure XT DR MRI", "2% V pacing", "not need a box change", "Blue Badge"]),
    ("Endo f/u 3/18/2025. Consuelo Arriaga-Whitby, 31F, MRN 90-2214-77. MiniMed 780G (pump SN NG2918437H) with Guardian "
     "4 sensor; CareLink report at https://carelink.minimed.com/patient/carriaga31 shows TIR 71%, no severe lows. "
     "Hashimoto's, levothyroxine 88 mcg. Teaches Zumba at the YMCA in Lodi. 818 W Elm St, Lodi CA 95240. Husband "
     "Teodoro 209-555-0193.",
     [("DATE", ["3/18/2025"]), ("NAME", ["Consuelo", "Arriaga-Whitby"]), ("MRN", ["90-2214-77"]),
      ("SERIAL", ["NG2918437H"]), ("URL", ["https://carelink.minimed.com/patient/carriaga31"]), ("LOCATION", ["Lodi"]),
      ("ADDRESS", ["818 W Elm St"]), ("POSTCODE", ["95240"]), ("NAME", ["Teodoro"]), ("PHONE", ["209-555-0193"])],
     ["MiniMed 780G", "Guardian 4 sensor", "TIR 71%", "Hashimoto's", "levothyroxine 88 mcg"]),
    ("QAS handover, Bundaberg Hospital ED 16:40. 68M Clem Moriarty-Ladd, fell ~3 m off his roof at 61 Acacia St, "
     "Elliott Heads. GCS 13, deformed L wrist, ?pelvis, on rivaroxaban for AF. Qld driver licence 098 217 544 from his "
     "wallet. Wife Rhonda following in their ute, rego 812 XPQ, mob 0423 550 781. Seen by Dr T. Nakagawa-Reilly (ED reg), "
     "then Dr Ayodele Fashanu (ortho).",
     [("HOSPITAL", ["Bundaberg Hospital"]), ("NAME", ["Clem", "Moriarty-Ladd"]), ("ADDRESS", ["61 Acacia St"]),
      ("LOCATION", ["Elliott Heads"]), ("LICENCE", ["098 217 544"]), ("NAME", ["Rhonda"]), ("PLATE", ["812 XPQ"]),
      ("PHONE", ["0423 550 781"]), ("NAME", ["Nakagawa-Reilly"]), ("NAME", ["Ayodele", "Fashanu"])],
     ["GCS 13", "deformed L wrist", "?pelvis", "rivaroxaban for AF"]),
]
