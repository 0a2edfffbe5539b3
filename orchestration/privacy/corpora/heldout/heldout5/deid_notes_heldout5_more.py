"""The second part of the fifth HELD-OUT note set (:mod:`deid_notes_heldout5`, whose docstring says how it was
written), kept apart only so that no file grows past the size the project keeps its modules to.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("Taumarunui Hospital ED 14/05/24 1820. 34M Kahu Tuhiwai-Rennie, NHI DHX2071. Accidental GSW L thigh while pig "
     "hunting past Pipiriki. Entry + exit wounds, no expanding haematoma, distal pulses palpable, ABI 1.0. Police "
     "attended: firearms licence AK618830, ute rego LQM482. Tetanus given, cefazolin, for washout in theatre. Mate "
     "Dion drove him in. Partner Leilani 027 504 2219. Lives 36 Kowhai St, Raetihi 4632. - Dr N. Oduro",
     [("HOSPITAL", ["Taumarunui Hospital"]), ("DATE", ["14/05/24"]), ("NAME", ["Kahu", "Tuhiwai-Rennie"]),
      ("ID", ["DHX2071"]), ("LOCATION", ["Pipiriki"]), ("LICENCE", ["AK618830"]), ("PLATE", ["LQM482"]),
      ("NAME", ["Dion"]), ("NAME", ["Leilani"]), ("PHONE", ["027 504 2219"]), ("ADDRESS", ["36 Kowhai St"]),
      ("LOCATION", ["Raetihi"]), ("POSTCODE", ["4632"]), ("NAME", ["Oduro"])],
     ["GSW L thigh", "no expanding haematoma", "ABI 1.0", "Tetanus given, cefazolin", "washout in theatre"]),
    ("Endocrinology, University Hospital Limerick, Dooradoyle. 03/10/2024\nDear Dr Fitzmaurice,\nRe: Méabh "
     "Breathnach-Kissane, DOB 30/11/1988, MRN 2274093, Cloonacurra, Abbeyfeale, Co. Limerick V94 KP82\nMeabh (she "
     "drops the fada) has primary adrenal insufficiency (Addison's disease), 21-hydroxylase antibodies positive, on "
     "hydrocortisone 10/5/5 mg and fludrocortisone 100 mcg. She had an adrenal crisis in August after "
     "gastroenteritis; her husband Donal gave the IM hydrocortisone. I have gone over sick-day rules again and she "
     "carries a steroid emergency card; MedicAlert no. 4418230. She teaches at Gaelscoil an Fhéile. Car reg "
     "221-LK-1874 for the outpatient parking permit.\nYours sincerely,\nDr Colmán Cotter-Begley, Consultant "
     "Endocrinologist",
     [("HOSPITAL", ["University Hospital Limerick"]), ("LOCATION", ["Dooradoyle"]), ("DATE", ["03/10/2024"]),
      ("NAME", ["Fitzmaurice"]), ("NAME", ["Méabh", "Breathnach-Kissane"]), ("NAME", ["Meabh"]),
      ("DATE", ["30/11/1988"]), ("MRN", ["2274093"]), ("ADDRESS", ["Cloonacurra"]), ("LOCATION", ["Abbeyfeale"]),
      ("LOCATION", ["Limerick"]), ("POSTCODE", ["V94 KP82"]), ("NAME", ["Donal"]), ("ID", ["4418230"]),
      ("LOCATION", ["Gaelscoil an Fhéile"]), ("PLATE", ["221-LK-1874"]), ("NAME", ["Colmán", "Cotter-Begley"])],
     ["primary adrenal insufficiency (Addison's disease)", "21-hydroxylase antibodies positive",
      "hydrocortisone 10/5/5 mg", "fludrocortisone 100 mcg", "sick-day rules", "steroid emergency card"]),
    ("CASUALTY, Sub-District Hospital Wai. MLC No. 231/2024. 27/12/2024, 21:05 hrs.\nPt: Shri Pandurang "
     "Bhosale-Patil, 42/M, S/o Late Ramchandra, R/o At Post Bavdhan, Tal. Wai, Dist. Satara 412803. Mob 98220 "
     "41736.\nH/o RTA: two-wheeler (MH 11 CK 4082) skidded on Pasarani ghat. C/o pain R shoulder. GCS 15/15, no LOC, "
     "no ENT bleed. X-ray: R clavicle midshaft #, figure-of-8 brace. DL No. MH11 20150034471 taken by police (PSI "
     "Kadam). Brought by brother-in-law Sandeep Jagtap.\n- Dr. Ashwini Deshmane, CMO",
     [("LOCATION", ["Wai"]), ("ID", ["231/2024"]), ("DATE", ["27/12/2024"]), ("NAME", ["Pandurang", "Bhosale-Patil"]),
      ("NAME", ["Ramchandra"]), ("LOCATION", ["Bavdhan"]), ("LOCATION", ["Satara"]), ("POSTCODE", ["412803"]),
      ("PHONE", ["98220 41736"]), ("PLATE", ["MH 11 CK 4082"]), ("LOCATION", ["Pasarani"]),
      ("LICENCE", ["MH11 20150034471"]), ("NAME", ["Kadam"]), ("NAME", ["Sandeep", "Jagtap"]),
      ("NAME", ["Ashwini", "Deshmane"])],
     ["GCS 15/15, no LOC, no ENT bleed", "R clavicle midshaft #", "figure-of-8 brace"]),
    ("ANC booking, Ikorodu General Hospital, 14/01/2025\nMrs Ifunanya Obiorah-Adeyemi, 29yrs, G3P1+1, LMP 02/11/2024, "
     "EDD 09/08/2025. Hosp no IGH/ANC/25/0143. Address: 7 Adeboye Close, off Ijede Road, Ebute, Ikorodu. Phone 0706 "
     "218 5530; husband Engr. Tochukwu Obiorah-Adeyemi 0813 640 2217. Runs a provisions shop at Agbede market. Hb "
     "genotype AS, husband AA. PCV 31%. HIV/HBsAg/VDRL non-reactive. Started IPTp-SP, ferrous sulphate, folic acid. "
     "Previous CS for breech; counselled on VBAC.\nMidwife: Matron Funmilayo Ajibade",
     [("HOSPITAL", ["Ikorodu General Hospital"]), ("DATE", ["14/01/2025"]), ("NAME", ["Ifunanya", "Obiorah-Adeyemi"]),
      ("DATE", ["02/11/2024"]), ("DATE", ["09/08/2025"]), ("MRN", ["IGH/ANC/25/0143"]),
      ("ADDRESS", ["7 Adeboye Close"]), ("ADDRESS", ["Ijede Road"]), ("LOCATION", ["Ebute"]), ("LOCATION", ["Ikorodu"]),
      ("PHONE", ["0706 218 5530"]), ("NAME", ["Tochukwu"]), ("PHONE", ["0813 640 2217"]), ("LOCATION", ["Agbede"]),
      ("NAME", ["Funmilayo", "Ajibade"])],
     ["29yrs, G3P1+1", "Hb genotype AS, husband AA", "PCV 31%", "HIV/HBsAg/VDRL non-reactive", "IPTp-SP",
      "counselled on VBAC"]),
    ("Kindersley Integrated Health Centre, 2024-08-19\nPt: Rolf Bzdel, 63M, HSN 482 190 337. Farms canola 12 km N of "
     "Eston. One week of fever and headache, then new L arm weakness and tremor. Mosquito exposure ++, no travel. LP "
     "done in Saskatoon: lymphocytic pleocytosis, WNV IgM positive in CSF -> West Nile neuroinvasive disease. "
     "Supportive care, PT referral. Wife Marlys. Mail: Box 94, Eston SK S0L 1A0. Home 306-555-0171.\nDr. Ebo "
     "Asante-Lindgren",
     [("HOSPITAL", ["Kindersley Integrated Health Centre"]), ("DATE", ["2024-08-19"]), ("NAME", ["Rolf", "Bzdel"]),
      ("ID", ["482 190 337"]), ("LOCATION", ["Eston"]), ("LOCATION", ["Saskatoon"]), ("NAME", ["Marlys"]),
      ("ADDRESS", ["Box 94"]), ("POSTCODE", ["S0L 1A0"]), ("PHONE", ["306-555-0171"]),
      ("NAME", ["Ebo", "Asante-Lindgren"])],
     ["Mosquito exposure ++", "lymphocytic pleocytosis", "WNV IgM positive in CSF", "West Nile neuroinvasive disease",
      "PT referral"]),
    ("DISCHARGE SUMMARY, Karkloof Private Hospital, Howick\nPatient: Mrs Anri van Heerden-Botha, 47F, ID "
     "7711030148089. Medical aid: Bonitas, member no. 20874415, dependant 01.\nAddress: 12 Loerie Crescent, "
     "Merrivale, Howick 3290. Cell 082 447 1930; husband Jaco 083 519 6624.\nDx: ACTH-dependent Cushing's disease "
     "(pituitary microadenoma 6 mm). Transsphenoidal resection 11/09/2024 by Dr Prenesh Govender at Inkosi Albert "
     "Luthuli. Post-op cortisol 28 nmol/L, in remission; on hydrocortisone replacement until the HPA axis "
     "recovers.\nFollow-up: Dr Elmarie Steyn-Dlamini (endocrinology) in 6 weeks.",
     [("HOSPITAL", ["Karkloof Private Hospital"]), ("LOCATION", ["Howick"]), ("NAME", ["Anri", "van Heerden-Botha"]),
      ("ID", ["7711030148089"]), ("ID", ["20874415"]), ("ADDRESS", ["12 Loerie Crescent"]), ("LOCATION", ["Merrivale"]),
      ("POSTCODE", ["3290"]), ("PHONE", ["082 447 1930"]), ("NAME", ["Jaco"]), ("PHONE", ["083 519 6624"]),
      ("DATE", ["11/09/2024"]), ("NAME", ["Prenesh", "Govender"]), ("HOSPITAL", ["Inkosi Albert Luthuli"]),
      ("NAME", ["Elmarie", "Steyn-Dlamini"])],
     ["ACTH-dependent Cushing's disease", "pituitary microadenoma 6 mm", "Transsphenoidal resection",
      "Post-op cortisol 28 nmol/L", "hydrocortisone replacement", "HPA axis"]),
    ("出院病歷摘要\n病人：蕭美玲  病歷號：0038827146  身分證字號：G224817391\n出生日期：民國51年3月14日\n地址：宜蘭縣羅東鎮中正北路112巷7號\n電話：(03)954-2817；手機 "
     "0921-466-038（先生 黃建志）\n診斷：第2型糖尿病合併糖尿病足潰瘍（Wagner 3級）、蜂窩性組織炎。\n治療：清創手術，靜脈注射 Unasyn，出院改口服 Augmentin。\n主治醫師：游志豪",
     [("NAME", ["蕭美玲"]), ("MRN", ["0038827146"]), ("ID", ["G224817391"]), ("DATE", ["民國51年3月14日"]),
      ("LOCATION", ["宜蘭縣"]), ("LOCATION", ["羅東鎮"]), ("ADDRESS", ["中正北路112巷7號"]), ("PHONE", ["(03)954-2817"]),
      ("PHONE", ["0921-466-038"]), ("NAME", ["黃建志"]), ("NAME", ["游志豪"])],
     ["第2型糖尿病", "糖尿病足潰瘍（Wagner 3級）", "蜂窩性組織炎", "清創手術", "Unasyn", "Augmentin"]),
    ("डिस्चार्ज सारांश\nसामुदायिक स्वास्थ्य केंद्र, हैदरगढ़\nमरीज़: रामकली देवी, उम्र 58 वर्ष, पत्नी श्री छेदीलाल "
     "यादव\nपता: ग्राम पूरेलालमन, पोस्ट हैदरगढ़, ज़िला बाराबंकी, उ.प्र. 225124\nमोबाइल: 9415 382 617 (बेटा "
     "विनोद)\nआयुष्मान कार्ड: UP0912847730\nभर्ती: 05/10/2024   छुट्टी: 09/10/2024\nनिदान: मलेरिया (P. falciparum), "
     "मध्यम एनीमिया (Hb 8.2 g/dL)\nइलाज: आर्टेसुनेट इंजेक्शन, फिर ACT-AL। आयरन-फोलिक एसिड जारी रखें।\nचिकित्सक: डॉ. "
     "मनोज त्रिपाठी",
     [("LOCATION", ["हैदरगढ़"]), ("NAME", ["रामकली"]), ("NAME", ["छेदीलाल", "यादव"]), ("LOCATION", ["पूरेलालमन"]),
      ("LOCATION", ["बाराबंकी"]), ("POSTCODE", ["225124"]), ("PHONE", ["9415 382 617"]), ("NAME", ["विनोद"]),
      ("ID", ["UP0912847730"]), ("DATE", ["05/10/2024"]), ("DATE", ["09/10/2024"]), ("NAME", ["मनोज", "त्रिपाठी"])],
     ["58 वर्ष", "मलेरिया (P. falciparum)", "एनीमिया (Hb 8.2 g/dL)", "आर्टेसुनेट इंजेक्शन", "ACT-AL"]),
    ("Τηλεφωνικό μήνυμα, Κέντρο Υγείας Φιλιατών, 09/12/2024, 09:30\nΚάλεσε ο κ. Αριστείδης Γκόγκος, γιος της κας "
     "Σταματίας Γκόγκου (94 ετών, γεν. 21/06/1930, ΑΜΚΑ 21063044180). Η μητέρα του έχει πυρετό 38,6 και βήχα από "
     "χθες, τρώει ελάχιστα. Μένει στο Γηρομέρι, οδός Αγίου Νικολάου 5. Ζητά επίσκεψη στο σπίτι. Τηλ. 26640 22318, "
     "κιν. 698 207 4415. Ενημερώθηκε η γιατρός Δήμητρα Λιάπη.",
     [("HOSPITAL", ["Κέντρο Υγείας Φιλιατών"]), ("DATE", ["09/12/2024"]), ("NAME", ["Αριστείδης", "Γκόγκος"]),
      ("NAME", ["Σταματίας", "Γκόγκου"]), ("AGE", ["94 ετών"]), ("DOB90", ["21/06/1930", "1930"]),
      ("ID", ["21063044180"]), ("LOCATION", ["Γηρομέρι"]), ("ADDRESS", ["Αγίου Νικολάου 5"]),
      ("PHONE", ["26640 22318"]), ("PHONE", ["698 207 4415"]), ("NAME", ["Δήμητρα", "Λιάπη"])],
     ["πυρετό 38,6", "βήχα από χθες", "επίσκεψη στο σπίτι"]),
    ("MRI BRAIN W/WO - MR SAFETY SCREEN\nPt: Gwendolyn Ashby-Trask, 71F, MRN 6620418-2, DOB 08/19/1953.\nDevice: "
     "Abbott Assurity MRI pacemaker, model PM2272, SN 7718204; leads Tendril MRI 2088TC, SN BBR219043 and BBR219077. "
     "MR conditional: full body, 1.5T only, SAR ≤2 W/kg; Abbott rep to program MRI mode before and after. Indication: "
     "new L-sided numbness, small vessel disease vs demyelination. Ordering: Dr. Lucius Ferreira-Magnusson, "
     "Neurology, Verdigris Valley Regional Medical Center. Callback 620-555-0139.",
     [("NAME", ["Gwendolyn", "Ashby-Trask"]), ("MRN", ["6620418-2"]), ("DATE", ["08/19/1953"]), ("SERIAL", ["7718204"]),
      ("SERIAL", ["BBR219043", "BBR219077"]), ("NAME", ["Lucius", "Ferreira-Magnusson"]),
      ("HOSPITAL", ["Verdigris Valley Regional Medical Center"]), ("PHONE", ["620-555-0139"])],
     ["Abbott Assurity MRI pacemaker", "model PM2272", "Tendril MRI 2088TC", "1.5T only, SAR ≤2 W/kg",
      "small vessel disease vs demyelination"]),
    ("PTWR 08:30 AMU, Bassetlaw. Cons Dr Nneoma Whitmore-Ilesanmi, FY1 Dr Tom Kershaw (GMC 7719204).\nBed 4 - Osmond "
     "'Oz' Marfleet, 81, from Carlton-in-Lindrick, hosp no K229183. AKI 2 (Cr 284 from baseline 96) on ramipril + "
     "furosemide + diclofenac (bought over the counter). Frank haematuria overnight: 3-way catheter, bladder washout. "
     "Stop nephrotoxics, IV fluids, renal USS today. Wife Vera visiting at 2. Will discuss with urology.",
     [("HOSPITAL", ["Bassetlaw"]), ("NAME", ["Nneoma", "Whitmore-Ilesanmi"]), ("NAME", ["Tom", "Kershaw"]),
      ("LICENCE", ["7719204"]), ("NAME", ["Osmond", "Marfleet"]), ("NAME", ["Oz"]),
      ("LOCATION", ["Carlton-in-Lindrick"]), ("MRN", ["K229183"]), ("NAME", ["Vera"])],
     ["AKI 2 (Cr 284 from baseline 96)", "ramipril + furosemide + diclofenac", "Frank haematuria overnight",
      "bladder washout", "Stop nephrotoxics", "Will discuss with urology"]),
    ("SW note 03/06/2025. Pt Lacey Tarbox, 48F, MRN 1182-7734, living in her car (blue '08 Corolla, AZ plate CYT8941) "
     "in a store lot off Hwy 95 in Bullhead City. Mail to PO Box 21177, Bullhead City AZ 86439. AHCCCS ID A91822047; "
     "grace period on the renewal ends 6/30. Needs wound care f/u for venous stasis ulcers; referred to the Mohave "
     "County public health nurse. Sister Roxanne Coyle in Kingman may take her in, 928-555-0118. Pt email "
     "laceyT1976@outlook.com.\nAfua Frimpong, MSW",
     [("DATE", ["03/06/2025"]), ("NAME", ["Lacey", "Tarbox"]), ("MRN", ["1182-7734"]), ("PLATE", ["CYT8941"]),
      ("LOCATION", ["Bullhead City"]), ("ADDRESS", ["PO Box 21177"]), ("POSTCODE", ["86439"]), ("ID", ["A91822047"]),
      ("DATE", ["6/30"]), ("LOCATION", ["Mohave County"]), ("NAME", ["Roxanne", "Coyle"]), ("LOCATION", ["Kingman"]),
      ("PHONE", ["928-555-0118"]), ("EMAIL", ["laceyT1976@outlook.com"]), ("NAME", ["Afua", "Frimpong"])],
     ["grace period on the renewal", "venous stasis ulcers", "wound care f/u", "public health nurse"]),
    ("Dear Dr Okonkwo-Treloar,\nRe: Mr Lancelot Quilty, DOB 12/12/1957, 9 Wattle Parade, Yamba NSW 2464, ph (02) 6646 "
     "2281, DVA Gold Card QX184402\nThank you for seeing Lance, a retired prawn trawler skipper, with exertional "
     "chest tightness for 3 months. He can still walk the dog on a sunny morning but has to stop halfway up the hill. "
     "ECG: LBBB (new since 2021). Troponin negative x2. On aspirin 100 mg, atorvastatin 40 mg. I would value your "
     "opinion on CTCA vs stress echo. His daughter Tahnee drives him; her email is "
     "tahnee.quilty@bigpond.com.\nRegards,\nDr Georgiana Lumsden-Vo\nYamba Beach Medical",
     [("NAME", ["Okonkwo-Treloar"]), ("NAME", ["Lancelot", "Quilty"]), ("NAME", ["Lance"]), ("DATE", ["12/12/1957"]),
      ("ADDRESS", ["9 Wattle Parade"]), ("LOCATION", ["Yamba"]), ("POSTCODE", ["2464"]), ("PHONE", ["(02) 6646 2281"]),
      ("ID", ["QX184402"]), ("NAME", ["Tahnee"]), ("EMAIL", ["tahnee.quilty@bigpond.com"]),
      ("NAME", ["Georgiana", "Lumsden-Vo"]), ("HOSPITAL", ["Yamba Beach Medical"])],
     ["exertional chest tightness", "walk the dog on a sunny morning", "LBBB (new since 2021)", "Troponin negative x2",
      "aspirin 100 mg, atorvastatin 40 mg", "CTCA vs stress echo"]),
    ("ED note 11/23/2024 03:12. 92yo F, Gudrun Brandvold, DOB 4/2/1932, MRN 55-0192-88, from Fjord View Assisted "
     "Living, Decorah IA 52101. Found on floor by aide, down time ?2h. L leg shortened and externally rotated. CK "
     "1,840. XR: displaced L femoral neck fx. On warfarin for mech MVR, INR 3.1. Ortho (Dr. Aksel Haugrud) aware. Son "
     "Leif Brandvold (HCPOA) 563-555-0194 driving down from Mankato. DNR/DNI confirmed with son.",
     [("DATE", ["11/23/2024"]), ("AGE", ["92yo"]), ("NAME", ["Gudrun", "Brandvold"]), ("DOB90", ["4/2/1932", "1932"]),
      ("MRN", ["55-0192-88"]), ("HOSPITAL", ["Fjord View Assisted Living"]), ("LOCATION", ["Decorah"]),
      ("POSTCODE", ["52101"]), ("NAME", ["Aksel", "Haugrud"]), ("NAME", ["Leif"]), ("PHONE", ["563-555-0194"]),
      ("LOCATION", ["Mankato"])],
     ["L leg shortened and externally rotated", "CK 1,840", "displaced L femoral neck fx",
      "warfarin for mech MVR, INR 3.1", "DNR/DNI confirmed"]),
    ("Paeds handover 19:30, Ward 7, Dr Gray's Hospital, Elgin.\nBed 3: Ruaridh Cockburn-Baird, 8, CHI 1406161357. "
     "Down syndrome, AVSD repaired as a baby at RHC Glasgow. In with LRTI, on 2L NC O2, sats 95%, eating ok. Mum "
     "Kirsteen staying over; dad Fraser on 07921 554 873. Attends the enhanced provision at Seafield Primary. Student "
     "nurse Hollie doing his obs.",
     [("HOSPITAL", ["Dr Gray's Hospital"]), ("LOCATION", ["Elgin"]), ("NAME", ["Ruaridh", "Cockburn-Baird"]),
      ("ID", ["1406161357"]), ("HOSPITAL", ["RHC"]), ("LOCATION", ["Glasgow"]), ("NAME", ["Kirsteen"]),
      ("NAME", ["Fraser"]), ("PHONE", ["07921 554 873"]), ("LOCATION", ["Seafield Primary"]), ("NAME", ["Hollie"])],
     ["Down syndrome", "AVSD repaired", "LRTI, on 2L NC O2, sats 95%"]),
    ("Hepatology clinic 9/17/2024\nPt: Priscila Benavídez-Orr, 23F, MRN 300-88-1274, DOB 02/28/2001, 4518 Calle "
     "Ocotillo, Las Cruces NM 88011.\nK-F rings on slit lamp, ceruloplasmin 8 mg/dL, 24h urine copper 210 mcg, ALT "
     "164. Dx: Wilson disease. Start trientine 500 mg bid, low-copper diet; zinc later for maintenance. Screen "
     "sibling: brother Joaquín (17), ceruloplasmin pending. Nursing student at NMSU, email pbenavidez.orr@nmsu.edu. "
     "Mom's cell 575-555-0186.\n- Dr. Obiageli Sowunmi",
     [("DATE", ["9/17/2024"]), ("NAME", ["Priscila", "Benavídez-Orr"]), ("MRN", ["300-88-1274"]),
      ("DATE", ["02/28/2001"]), ("ADDRESS", ["4518 Calle Ocotillo"]), ("LOCATION", ["Las Cruces"]),
      ("POSTCODE", ["88011"]), ("NAME", ["Joaquín"]), ("LOCATION", ["NMSU"]), ("EMAIL", ["pbenavidez.orr@nmsu.edu"]),
      ("PHONE", ["575-555-0186"]), ("NAME", ["Obiageli", "Sowunmi"])],
     ["K-F rings on slit lamp", "ceruloplasmin 8 mg/dL", "24h urine copper 210 mcg", "Wilson disease",
      "trientine 500 mg bid"]),
    ("MRI IAMs + brain request\nPt: Ms Peta-Jane Cruickshank, 49, DOB 05/05/1975, Medicare 4310 98261 1. RMB 1440, "
     "Balingup WA 6253. Ph 08 9756 1183.\nCI: R LMN facial palsy 10/52, not recovering. Bell's palsy was presumed, "
     "now also R hearing loss + tinnitus. ?vestibular schwannoma ?Ramsay Hunt. No pacemaker/metal.\nReferrer: Dr "
     "Jurgen Abeysekera, Balingup Medical Centre, provider no. 2148337K. cc ENT, Bunbury Regional Hospital.",
     [("NAME", ["Peta-Jane", "Cruickshank"]), ("DATE", ["05/05/1975"]), ("ID", ["4310 98261 1"]),
      ("ADDRESS", ["RMB 1440"]), ("LOCATION", ["Balingup"]), ("POSTCODE", ["6253"]), ("PHONE", ["08 9756 1183"]),
      ("NAME", ["Jurgen", "Abeysekera"]), ("HOSPITAL", ["Balingup Medical Centre"]), ("LICENCE", ["2148337K"]),
      ("HOSPITAL", ["Bunbury Regional Hospital"])],
     ["R LMN facial palsy 10/52", "Bell's palsy was presumed", "R hearing loss + tinnitus",
      "?vestibular schwannoma ?Ramsay Hunt", "No pacemaker/metal"]),
    ("ED, Scarborough General Hospital. Triaged 16:05 (Manchester Triage: orange).\n31F Shannen Ashburner, hosp no "
     "FGH4410872, NHS 558 210 9439. Known Graves' disease, stopped her carbimazole 2 months ago. HR 164 AF, T 39.2, "
     "agitated, vomiting. Burch-Wartofsky 65: thyroid storm. Propranolol, PTU 200 mg 4-hourly, Lugol's iodine an hour "
     "after the PTU, hydrocortisone. Outreach aware. Partner Connor drove her in; his car (silver Fiesta, SF19 WKO) "
     "is in the ambulance bay, please ask him to move it. Lives 48 Falsgrave Road, Scarborough YO12 5AZ. Mum Gaynor "
     "01723 831 652.",
     [("HOSPITAL", ["Scarborough General Hospital"]), ("NAME", ["Shannen", "Ashburner"]), ("MRN", ["FGH4410872"]),
      ("ID", ["558 210 9439"]), ("NAME", ["Connor"]), ("PLATE", ["SF19 WKO"]), ("ADDRESS", ["48 Falsgrave Road"]),
      ("LOCATION", ["Scarborough"]), ("POSTCODE", ["YO12 5AZ"]), ("NAME", ["Gaynor"]), ("PHONE", ["01723 831 652"])],
     ["Manchester Triage: orange", "Known Graves' disease", "HR 164 AF, T 39.2", "Burch-Wartofsky 65", "thyroid storm",
      "PTU 200 mg 4-hourly", "Lugol's iodine"]),
    ("Postpartum visit (6 wk) 10/14/2024, Red Mesa Family Health, Shiprock\nPt: Nizhoni Tsosie-Marquez, 24, MRN "
     "20019873, IHS chart 0184-229. EPDS 16 (Edinburgh Postnatal Depression Scale), item 10 positive (passive, no "
     "plan). Baby girl Aiyana thriving, exclusively breastfeeding. Started sertraline 25 mg, warm handoff to BH "
     "today. Partner Lonnie works nights at the Four Corners Generating Station. BCBS NM member NMX883201774. Prefers "
     "text: 505-555-0131. Says posting on TikTok (@nizhoni.and.aiyana) has been a lot lately.",
     [("DATE", ["10/14/2024"]), ("HOSPITAL", ["Red Mesa Family Health"]), ("LOCATION", ["Shiprock"]),
      ("NAME", ["Nizhoni", "Tsosie-Marquez"]), ("MRN", ["20019873"]), ("MRN", ["0184-229"]), ("NAME", ["Aiyana"]),
      ("NAME", ["Lonnie"]), ("LOCATION", ["Four Corners Generating Station"]), ("ID", ["NMX883201774"]),
      ("PHONE", ["505-555-0131"]), ("HANDLE", ["nizhoni.and.aiyana"])],
     ["EPDS 16 (Edinburgh Postnatal Depression Scale)", "item 10 positive (passive, no plan)",
      "exclusively breastfeeding", "sertraline 25 mg"]),
    ("Katherine Hospital ED 22:40\n38F Jessamy Marchbanks, aid worker, back 9 days from Kasese, Uganda, near the "
     "Sudan virus outbreak district. Fever 38.9, myalgia, no bleeding, no known contact with cases. Isolated in "
     "negative pressure room 3, PPE per VHF protocol. Malaria RDT negative x1. D/w ID on call (Dr Wirihana Teague) "
     "and PHU: Ebola unlikely (no exposure) but VHF screen sent. Works for Kitara Water Trust. Housemate Marnie 0488 "
     "201 577. Home: Unit 6, 11 Riverbank Dr, Katherine East NT 0850.",
     [("HOSPITAL", ["Katherine Hospital"]), ("NAME", ["Jessamy", "Marchbanks"]), ("LOCATION", ["Kasese"]),
      ("NAME", ["Wirihana", "Teague"]), ("LOCATION", ["Kitara Water Trust"]), ("NAME", ["Marnie"]),
      ("PHONE", ["0488 201 577"]), ("ADDRESS", ["Unit 6, 11 Riverbank Dr"]), ("LOCATION", ["Katherine East"]),
      ("POSTCODE", ["0850"])],
     ["Sudan virus", "Fever 38.9, myalgia, no bleeding", "negative pressure room", "PPE per VHF protocol",
      "Malaria RDT negative x1", "Ebola unlikely (no exposure)", "VHF screen sent"]),
    ("Ph msg for Dr Rewiti, 08/08/24. Mr Neville Alderdice (NHI JKW5935) rang about his CPAP (ResMed AirSense 11, "
     "serial 23212837451): mask leak is bad since he lost 12 kg, AHI 9 on the myAir app (username trev.alderdice). "
     "Wants a mask refit at Hutt Hospital. Lives 4 Holloway St, Carterton 5713, ph 06 379 8825. Taken by Mihi (PN).",
     [("NAME", ["Rewiti"]), ("DATE", ["08/08/24"]), ("NAME", ["Neville", "Alderdice"]), ("ID", ["JKW5935"]),
      ("SERIAL", ["23212837451"]), ("HANDLE", ["trev.alderdice"]), ("HOSPITAL", ["Hutt Hospital"]),
      ("ADDRESS", ["4 Holloway St"]), ("LOCATION", ["Carterton"]), ("POSTCODE", ["5713"]), ("PHONE", ["06 379 8825"]),
      ("NAME", ["Mihi"])],
     ["ResMed AirSense 11", "mask leak", "AHI 9", "mask refit"]),
    ("Dear Dr Ní Chonaill,\nYour patient Mr Fintan Lanigan-Spillane, aged 91 (DOB 01/01/1933), MRN H0881274, of "
     "Ballyragget, Co. Kilkenny R95 E2C4, was under Dr Ursula Tynan at St Canice's Hospital from 12/03/2024 to "
     "27/03/2024 with community-acquired pneumonia complicated by delirium (CURB-65 3). He had IV amoxicillin and "
     "clarithromycin, then oral to complete 7 days. He is mobilising with a rollator and goes to Castlecomer District "
     "Hospital for two weeks' convalescence. Daughter Gráinne (+353 86 471 2290) is next of kin. Medical card "
     "8841206T.",
     [("NAME", ["Ní Chonaill"]), ("NAME", ["Fintan", "Lanigan-Spillane"]), ("AGE", ["91"]),
      ("DOB90", ["01/01/1933", "1933"]), ("MRN", ["H0881274"]), ("LOCATION", ["Ballyragget"]),
      ("LOCATION", ["Kilkenny"]), ("POSTCODE", ["R95 E2C4"]), ("NAME", ["Ursula", "Tynan"]),
      ("HOSPITAL", ["St Canice's Hospital"]), ("DATE", ["12/03/2024"]), ("DATE", ["27/03/2024"]),
      ("HOSPITAL", ["Castlecomer District Hospital"]), ("NAME", ["Gráinne"]), ("PHONE", ["+353 86 471 2290"]),
      ("ID", ["8841206T"])],
     ["community-acquired pneumonia complicated by delirium", "CURB-65 3", "IV amoxicillin and clarithromycin",
      "mobilising with a rollator"]),
    ("OPD card, Kumaran Diabetes & Foot Clinic, Tambaram\nName: Mr. Thirunavukkarasu Palanisamy, 57/M, OP No. "
     "KDF-2019-0448, ABHA address thiru.palani@abdm, Mob +91 98401 27735\nAddr: No. 22, 3rd Cross St, Selaiyur, "
     "Chengalpattu 600073\nT2DM 14 yrs, HbA1c 9.1%, on metformin 1 g BD + glimepiride 2 mg; add sitagliptin 100 mg "
     "OD. Monofilament: loss of sensation both feet, footwear advice. Drives an auto (TN 22 AK 6619). Wife Vasuki "
     "accompanies. Review 3 months.\nDr. R. Kalaiselvi, TNMC Reg. 88217",
     [("HOSPITAL", ["Kumaran Diabetes & Foot Clinic"]), ("LOCATION", ["Tambaram"]),
      ("NAME", ["Thirunavukkarasu", "Palanisamy"]), ("MRN", ["KDF-2019-0448"]), ("HANDLE", ["thiru.palani@abdm"]),
      ("PHONE", ["+91 98401 27735"]), ("ADDRESS", ["No. 22, 3rd Cross St"]), ("LOCATION", ["Selaiyur"]),
      ("LOCATION", ["Chengalpattu"]), ("POSTCODE", ["600073"]), ("PLATE", ["TN 22 AK 6619"]), ("NAME", ["Vasuki"]),
      ("NAME", ["Kalaiselvi"]), ("LICENCE", ["88217"])],
     ["T2DM 14 yrs", "HbA1c 9.1%", "metformin 1 g BD + glimepiride 2 mg", "sitagliptin 100 mg OD",
      "Monofilament: loss of sensation both feet"]),
    ("A&E, General Hospital Ubiaja, 11/02/2025\nMr Ehimare Aigbokhai, 35M, trader from Ugbegun, Esan Central LGA. 6/7 "
     "fever, sore throat, retrosternal pain, facial swelling; rats in his shop store. Lassa fever suspected: "
     "isolation, samples sent, IV ribavirin started. Contacts listed: wife Esohe, brother Itua (07035 118 264). NHIA "
     "enrollee no. EDS/22/104471. LGA DSNO (Mr Akhere) informed.\nDr O. Imafidon",
     [("LOCATION", ["Ubiaja"]), ("DATE", ["11/02/2025"]), ("NAME", ["Ehimare", "Aigbokhai"]), ("LOCATION", ["Ugbegun"]),
      ("LOCATION", ["Esan Central"]), ("NAME", ["Esohe"]), ("NAME", ["Itua"]), ("PHONE", ["07035 118 264"]),
      ("ID", ["EDS/22/104471"]), ("NAME", ["Akhere"]), ("NAME", ["Imafidon"])],
     ["retrosternal pain, facial swelling", "Lassa fever suspected", "IV ribavirin started"]),
    ("ER note, Kicking Horse Community Health Centre, Golden BC. 2025-01-29 02:40\n51M long-haul trucker, Harjinder "
     "Sandhu-Grewal, PHN 9127458033, Class 1 DL 7718320. R calf swelling after 14 h at the wheel. Wells 2. POCUS: "
     "popliteal DVT. Apixaban 10 mg bid x7d then 5 mg bid. Discussed driving breaks; note for dispatch at Kootenay "
     "Cartage. Wife Manpreet in Abbotsford, +1 604 555 0157. F/u with his GP Dr. Oona MacEachern.",
     [("HOSPITAL", ["Kicking Horse Community Health Centre"]), ("LOCATION", ["Golden"]), ("DATE", ["2025-01-29"]),
      ("NAME", ["Harjinder", "Sandhu-Grewal"]), ("ID", ["9127458033"]), ("LICENCE", ["7718320"]),
      ("LOCATION", ["Kootenay Cartage"]), ("NAME", ["Manpreet"]), ("LOCATION", ["Abbotsford"]),
      ("PHONE", ["+1 604 555 0157"]), ("NAME", ["Oona", "MacEachern"])],
     ["R calf swelling", "Wells 2", "popliteal DVT", "Apixaban 10 mg bid x7d then 5 mg bid"]),
    ("Tel msg 14:20, labour ward, Dr Harry Surtie Hospital. Taken by Sr Marais.\nMrs Marlize Kotzé-Adams, 33, G2P1 at "
     "36 wks, phoned from Keimoes: reduced FM since this morning, no PV bleeding, no leaking. Advised to come in now "
     "for CTG. Husband Riaan bringing her, about 45 min. Cell 072 388 1045. Booked at Keimoes CHC, folder 0071893. "
     "Medical aid GEMS 004418927.",
     [("HOSPITAL", ["Dr Harry Surtie Hospital"]), ("NAME", ["Marais"]), ("NAME", ["Marlize", "Kotzé-Adams"]),
      ("LOCATION", ["Keimoes"]), ("NAME", ["Riaan"]), ("PHONE", ["072 388 1045"]), ("HOSPITAL", ["Keimoes CHC"]),
      ("MRN", ["0071893"]), ("ID", ["004418927"])],
     ["G2P1 at 36 wks", "reduced FM since this morning", "no PV bleeding, no leaking", "CTG"]),
]
