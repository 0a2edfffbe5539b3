"""DEV set of hand-written notes for the de-identification evaluation (``evaluate --set dev``).

Written before any rule change of the second round of issue 14, in the styles of discharge letters, ED
notes, referrals, nursing notes and GP letters (UK, US, Australian, Greek, Chinese). Rules may be
improved by looking at these notes; the figures that say how far the rules reach come from the
HELD-OUT sets (:mod:`deid_notes_heldout2`), which are measured and never used to change rules.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.deid_notes_dev_classes import CLASS_NOTES, WORLD_NOTES
from consilium.orchestration.privacy.corpora.deid_notes_dev_round4 import ROUND4_NOTES
from consilium.orchestration.privacy.corpora.deid_notes_dev_round5 import ROUND5_NOTES
from consilium.orchestration.privacy.corpora.deid_notes_dev_round6 import ROUND6_NAME_NOTES, ROUND6_NOTES, ROUND6_PROBE_NOTES, ROUND6_SLOT_NOTES

NOTES: list[Note] = [
    ("DISCHARGE SUMMARY\nPatient: Eleanor Whitcombe-Hayes  DOB: 14/03/1941  NHS No: 485 777 3456\n"
     "Address: 22 Linnet Close, Great Ayton, TS9 6LQ\nAdmitted 02/01/2024 under Dr Farouk Osman (Cardiology), "
     "discharged 09/01/2024. Atrial fibrillation with fast ventricular response; started apixaban 5 mg BD and "
     "bisoprolol 2.5 mg OD. Echo: LVEF 45%. GP: Dr Ruth Allonby, Captain Cook Surgery.",
     [("NAME", ["Eleanor", "Whitcombe-Hayes"]), ("DATE", ["14/03/1941"]), ("ID", ["485 777 3456"]),
      ("ADDRESS", ["Linnet Close"]), ("LOCATION", ["Great Ayton"]), ("POSTCODE", ["TS9 6LQ"]),
      ("DATE", ["02/01/2024"]), ("NAME", ["Farouk", "Osman"]), ("DATE", ["09/01/2024"]),
      ("NAME", ["Ruth", "Allonby"]), ("HOSPITAL", ["Captain Cook"])],
     ["Atrial fibrillation", "apixaban 5 mg BD", "bisoprolol 2.5 mg OD", "LVEF 45%", "Cardiology"]),
    ("ED triage 03:40. 34yo M brought in by friend (Tomasz) after fall from e-scooter on Fenwick Road. "
     "GCS 14/15, smells of alcohol. Pt name Jakub Wiśniewski, MRN 00928371. Lives in Gateshead with partner "
     "Natalia, mob 07946 221 580. CT head: no bleed. Canadian CT head rule applied.",
     [("NAME", ["Tomasz"]), ("ADDRESS", ["Fenwick Road"]), ("NAME", ["Jakub", "Wiśniewski"]),
      ("MRN", ["00928371"]), ("LOCATION", ["Gateshead"]), ("NAME", ["Natalia"]), ("PHONE", ["07946 221 580"])],
     ["GCS 14/15", "CT head", "no bleed", "Canadian CT head rule", "smells of alcohol"]),
    ("Dear Dr Okonkwo,\nThank you for referring Mr Declan O'Halloran (DOB 7 August 1958, hospital number "
     "RVH-441902) to the Crohn's clinic. Crohn's disease was diagnosed in 1999 at Altnagelvin Hospital. He "
     "remains on azathioprine 150 mg daily; faecal calprotectin 820 ug/g. His sister Bronagh will come with "
     "him from Coleraine.\nYours sincerely,\nSiobhan McCready\nConsultant Gastroenterologist",
     [("NAME", ["Okonkwo"]), ("NAME", ["Declan", "O'Halloran"]), ("DATE", ["7 August 1958"]),
      ("MRN", ["RVH-441902"]), ("HOSPITAL", ["Altnagelvin"]), ("NAME", ["Bronagh"]),
      ("LOCATION", ["Coleraine"]), ("NAME", ["Siobhan", "McCready"])],
     ["Crohn's clinic", "Crohn's disease", "azathioprine 150 mg daily", "faecal calprotectin 820 ug/g",
      "Consultant Gastroenterologist"]),
    ("Nursing note 21:15. Mrs Dorothy Pickering, 93 years old, settled on ward 7B. Parkinson's disease; "
     "co-careldopa 25/100 given at 20:00. Son Graham phoned (01642 815 330) and asked to be called overnight "
     "if she deteriorates. Waterlow score 18. Skin intact over sacrum.",
     [("NAME", ["Dorothy", "Pickering"]), ("AGE", ["93 years old"]), ("NAME", ["Graham"]),
      ("PHONE", ["01642 815 330"])],
     ["Parkinson's disease", "co-careldopa 25/100", "Waterlow score 18", "sacrum"]),
    ("HPI: 58 y/o female presenting to Mercy St. Vincent ED with crushing chest pain x 2h. PMH: T2DM on "
     "metformin 1000 mg BID, HTN. Troponin I 2.31 ng/mL. Patient: Latoya Jefferson-Briggs. SSN 412-55-9087. "
     "PCP Dr. Alan Szymanski. Emergency contact: husband Darnell, (419) 555-0172. Home: 3318 Glendale Ave, "
     "Toledo, OH 43614.",
     [("HOSPITAL", ["Mercy St. Vincent"]), ("NAME", ["Latoya", "Jefferson-Briggs"]), ("ID", ["412-55-9087"]),
      ("NAME", ["Alan", "Szymanski"]), ("NAME", ["Darnell"]), ("PHONE", ["(419) 555-0172"]),
      ("ADDRESS", ["3318 Glendale Ave"]), ("LOCATION", ["Toledo"]), ("POSTCODE", ["43614"])],
     ["crushing chest pain", "metformin 1000 mg BID", "HTN", "Troponin I 2.31 ng/mL", "T2DM"]),
    ("Addison's disease, on hydrocortisone 10/5/5 mg and fludrocortisone 100 micrograms. Presented with "
     "vomiting, Na 124 mmol/L, K 6.1 mmol/L. Sick day rules reinforced. Seen by Dr Priyanka Raghunathan on "
     "12 Feb 2024. Patient is Gwen Ellery, lives at Flat 3, 41 Mount Pleasant Road, Aberystwyth SY23 1EA.",
     [("NAME", ["Priyanka", "Raghunathan"]), ("DATE", ["12 Feb 2024"]), ("NAME", ["Gwen", "Ellery"]),
      ("ADDRESS", ["Mount Pleasant Road"]), ("LOCATION", ["Aberystwyth"]), ("POSTCODE", ["SY23 1EA"])],
     ["Addison's disease", "hydrocortisone 10/5/5 mg", "fludrocortisone 100 micrograms", "Na 124 mmol/L",
      "K 6.1 mmol/L", "Sick day rules"]),
    ("Referral: Ms Hannah Quayle, 27, G2P1 at 31+4 weeks, booked at Noble's Hospital. BP 152/98, "
     "urine PCR 48 mg/mmol. Suspected pre-eclampsia. Partner Stuart Kneale. Contact 07624 310 982 or "
     "hquayle91@manx.net. Midwife: Bethany Corlett.",
     [("NAME", ["Hannah", "Quayle"]), ("HOSPITAL", ["Noble's"]), ("NAME", ["Stuart", "Kneale"]),
      ("PHONE", ["07624 310 982"]), ("EMAIL", ["hquayle91@manx.net"]), ("NAME", ["Bethany", "Corlett"])],
     ["BP 152/98", "urine PCR 48 mg/mmol", "pre-eclampsia", "31+4 weeks"]),
    ("Ambulance handover: 81F found on floor by carer Joy at 07:10, long lie ~10h. CK 4,800 U/L. "
     "Lives alone at 9 Tanyard Lane, Steyning. Key safe code 4417. NOK daughter Philippa Garrow-Smith "
     "0117 496 0583. Usually attends Steyning Health Centre.",
     [("NAME", ["Joy"]), ("ADDRESS", ["Tanyard Lane"]), ("LOCATION", ["Steyning"]), ("CODE", ["4417"]),
      ("NAME", ["Philippa", "Garrow-Smith"]), ("PHONE", ["0117 496 0583"])],
     ["long lie", "CK 4,800 U/L"]),
    ("Progress note, Royal Prince Alfred Hospital. Mr Nguyen Van Thanh, 66, day 3 post Whipple's procedure. "
     "Drain amylase 1,200 U/L. Medicare number 2953 41870 2. Wife Lan is at the bedside; she lives in "
     "Cabramatta. Mobile 0413 552 908. Surgeon: A/Prof Gabrielle Mountford.",
     [("HOSPITAL", ["Royal Prince Alfred"]), ("NAME", ["Nguyen", "Thanh"]), ("ID", ["2953 41870 2"]),
      ("NAME", ["Lan"]), ("LOCATION", ["Cabramatta"]), ("PHONE", ["0413 552 908"]),
      ("NAME", ["Gabrielle", "Mountford"])],
     ["Whipple's procedure", "Drain amylase 1,200 U/L"]),
    ("Graves' disease with a TSH < 0.01 mU/L and free T4 48 pmol/L. Started carbimazole 40 mg. "
     "Agranulocytosis warning given. Follow-up in the thyroid clinic at Wythenshawe Hospital on 3 April. "
     "Patient Amira Haddad can be reached on +44 7700 182 455.",
     [("HOSPITAL", ["Wythenshawe"]), ("DATE", ["3 April"]), ("NAME", ["Amira", "Haddad"]),
      ("PHONE", ["+44 7700 182 455"])],
     ["Graves' disease", "TSH < 0.01 mU/L", "free T4 48 pmol/L", "carbimazole 40 mg", "Agranulocytosis"]),
    ("GP letter. Re: Barnaby Fotheringham, 71 Kingfisher Drive, Wokingham RG41 3JT. DOB 30.06.1950.\n"
     "Barnaby has had worsening shortness of breath; NT-proBNP 2,140 ng/L. Furosemide 40 mg mane started. "
     "He drives (reg LK67 TWN) and asked about the DVLA. Daughter Imogen lives in Henley.\n"
     "Dr Keeley Brightwater, Wokingham Medical Centre",
     [("NAME", ["Barnaby", "Fotheringham"]), ("ADDRESS", ["Kingfisher Drive"]), ("LOCATION", ["Wokingham"]),
      ("POSTCODE", ["RG41 3JT"]), ("DATE", ["30.06.1950"]), ("PLATE", ["LK67 TWN"]), ("NAME", ["Imogen"]),
      ("LOCATION", ["Henley"]), ("NAME", ["Keeley", "Brightwater"])],
     ["shortness of breath", "NT-proBNP 2,140 ng/L", "Furosemide 40 mg mane", "DVLA"]),
    ("Psychiatry liaison: Ryan (prefers Ry) Ackroyd, 19, student at the University of Leeds. Took 32 x "
     "paracetamol 500 mg. Paracetamol level 182 mg/L at 4h; NAC started. Posts on TikTok as @ry.ackroyd_x. "
     "Mum (Lorraine) on 0113 243 8821.",
     [("NAME", ["Ryan", "Ry", "Ackroyd"]), ("HANDLE", ["ry.ackroyd_x"]), ("NAME", ["Lorraine"]),
      ("PHONE", ["0113 243 8821"])],
     ["paracetamol 500 mg", "Paracetamol level 182 mg/L", "NAC started"]),
    ("Pt: Carmen Delgado-Ruiz. DOB 11/22/1947. MRN 7734-2210. Admitted to Baptist Medical Center Jacksonville "
     "from Windsor Oaks Nursing Home. Sepsis, lactate 4.2 mmol/L, on piperacillin-tazobactam 4.5 g q6h. "
     "Daughter Marisol (POA) cell 904-555-0139.",
     [("NAME", ["Carmen", "Delgado-Ruiz"]), ("DATE", ["11/22/1947"]), ("MRN", ["7734-2210"]),
      ("HOSPITAL", ["Baptist Medical Center"]), ("LOCATION", ["Jacksonville"]), ("HOSPITAL", ["Windsor Oaks"]),
      ("NAME", ["Marisol"]), ("PHONE", ["904-555-0139"])],
     ["Sepsis", "lactate 4.2 mmol/L", "piperacillin-tazobactam 4.5 g q6h"]),
    ("Bell's palsy, right side, House-Brackmann grade III. Prednisolone 60 mg for 5 days. Eye care advice. "
     "Ravinder Sandhu was seen with his brother Jaspal. He works as a taxi driver in Slough; "
     "private hire licence 0042871.",
     [("NAME", ["Ravinder", "Sandhu"]), ("NAME", ["Jaspal"]), ("LOCATION", ["Slough"]), ("LICENCE", ["0042871"])],
     ["Bell's palsy", "House-Brackmann grade III", "Prednisolone 60 mg"]),
    ("Handover: bed 14, Agnieszka Kowalczyk, 88, #NOF left, awaiting theatre. Hb 98 g/L, INR 1.1. "
     "Hold apixaban. Her neighbour Mrs Sutcliffe has the keys. Address 5 Brook Street, Hebden Bridge.",
     [("NAME", ["Agnieszka", "Kowalczyk"]), ("NAME", ["Sutcliffe"]), ("ADDRESS", ["Brook Street"]),
      ("LOCATION", ["Hebden Bridge"])],
     ["#NOF left", "Hb 98 g/L", "INR 1.1", "Hold apixaban", "awaiting theatre"]),
    ("Cushing's syndrome suspected: 24h urinary cortisol raised, overnight dexamethasone suppression test "
     "cortisol 210 nmol/L. Referred to Prof Hamish Drummond at Ninewells. Patient Morag Strachan, CHI "
     "1509651234, 14 Balgay Terrace, Dundee.",
     [("NAME", ["Hamish", "Drummond"]), ("HOSPITAL", ["Ninewells"]), ("NAME", ["Morag", "Strachan"]),
      ("ID", ["1509651234"]), ("ADDRESS", ["Balgay Terrace"]), ("LOCATION", ["Dundee"])],
     ["Cushing's syndrome", "dexamethasone suppression test", "cortisol 210 nmol/L"]),
    ("Pacemaker check. Device: Medtronic Azure XT DR, serial RNB309912S. Lead impedance 540 ohms. "
     "Battery 9.5 years. Patient Ivor Pengelly from St Austell, next review 17/10/2024. "
     "Remote monitoring via carelink.medtronic.com account ipengelly.",
     [("SERIAL", ["RNB309912S"]), ("NAME", ["Ivor", "Pengelly"]), ("LOCATION", ["St Austell"]),
      ("DATE", ["17/10/2024"]), ("HANDLE", ["ipengelly"])],
     ["Lead impedance 540 ohms", "Medtronic", "Battery 9.5 years"]),
    ("Hashimoto's thyroiditis on levothyroxine 100 micrograms. TSH 7.8. Known to Dr Chidi Eze. "
     "Chidinma Eze is his wife; both moved from Enugu to Luton last year. Phone 01582 497 110.",
     [("NAME", ["Chidi", "Eze"]), ("NAME", ["Chidinma"]), ("LOCATION", ["Enugu"]), ("LOCATION", ["Luton"]),
      ("PHONE", ["01582 497 110"])],
     ["Hashimoto's thyroiditis", "levothyroxine 100 micrograms", "TSH 7.8"]),
    ("Patient Rose Tremayne presented with a Baker's cyst rupture mimicking DVT. Wells score 1, D-dimer 410. "
     "Doppler negative. Rose lives in Falmouth with her partner Hunter Lowe. Email rosetremayne@btinternet.com.",
     [("NAME", ["Rose", "Tremayne"]), ("LOCATION", ["Falmouth"]), ("NAME", ["Hunter", "Lowe"]),
      ("EMAIL", ["rosetremayne@btinternet.com"])],
     ["Baker's cyst", "Wells score 1", "D-dimer 410", "DVT", "Doppler negative", "mimicking DVT"]),
    ("Nursing home review, Elmhurst Lodge. Resident: Cecil Brathwaite, born 04/05/1931, aged 93. "
     "MUST score 2. Fortisip BD. Granddaughter Kezia visits Sundays. GP practice: Tollgate Medical Practice.",
     [("HOSPITAL", ["Elmhurst Lodge"]), ("NAME", ["Cecil", "Brathwaite"]), ("DOB90", ["04/05/1931", "1931"]),
      ("AGE", ["aged 93"]), ("NAME", ["Kezia"]), ("HOSPITAL", ["Tollgate"])],
     ["MUST score 2", "Fortisip BD"]),
    ("Chief complaint: syncope. 45M, Hispanic. Name: Luis Alberto Castañeda. Driver license CA D4821937. "
     "Drove from Fresno. Orthostatic BP drop 30 mmHg. ECG: QTc 512 ms. Wife Yesenia (559) 555-0194. "
     "Insurance: Blue Shield member ID XEH817263401.",
     [("NAME", ["Luis", "Alberto", "Castañeda"]), ("LICENCE", ["D4821937"]), ("LOCATION", ["Fresno"]),
      ("NAME", ["Yesenia"]), ("PHONE", ["(559) 555-0194"]), ("ID", ["XEH817263401"])],
     ["syncope", "Hispanic", "QTc 512 ms", "Orthostatic BP drop 30 mmHg"]),
    ("Wilson's disease: ceruloplasmin 0.08 g/L, Kayser-Fleischer rings on slit lamp. Patient Saoirse "
     "Ní Bhriain, 22. Brother Oisín also tested. Seen in the liver unit at St Vincent's University Hospital, "
     "Dublin. Ph 087 331 4456.",
     [("NAME", ["Saoirse", "Ní Bhriain"]), ("NAME", ["Oisín"]), ("HOSPITAL", ["St Vincent's"]),
      ("LOCATION", ["Dublin"]), ("PHONE", ["087 331 4456"])],
     ["Wilson's disease", "ceruloplasmin 0.08 g/L", "Kayser-Fleischer rings", "slit lamp", "liver unit"]),
    ("Clinic letter, 19 March 2024. Dear Jonathan,\nI reviewed Mrs Precious Mahlangu today with her "
     "husband Sipho. Rheumatoid arthritis, DAS28 5.1, on methotrexate 20 mg weekly with folic acid 5 mg. "
     "Consider adding hydroxychloroquine 200 mg. Her hospital number is K0982213.\nBest wishes,\nDr Iona Carmichael",
     [("DATE", ["19 March 2024"]), ("NAME", ["Jonathan"]), ("NAME", ["Precious", "Mahlangu"]), ("NAME", ["Sipho"]),
      ("MRN", ["K0982213"]), ("NAME", ["Iona", "Carmichael"])],
     ["Rheumatoid arthritis", "DAS28 5.1", "methotrexate 20 mg weekly", "folic acid 5 mg",
      "hydroxychloroquine 200 mg"]),
    ("Teleconsult note. Video link https://attend.nhs.uk/room/ckd-4471 used. Patient Ffion Llewellyn, "
     "eGFR 22 mL/min/1.73m2, potassium 5.8. Stop ramipril. She works at Tesco in Llandudno. IP of her "
     "device was 86.151.22.204.",
     [("URL", ["https://attend.nhs.uk/room/ckd-4471"]), ("NAME", ["Ffion", "Llewellyn"]),
      ("LOCATION", ["Llandudno"]), ("IP", ["86.151.22.204"])],
     ["eGFR 22 mL/min/1.73m2", "potassium 5.8", "Stop ramipril"]),
    ("Obs: RR 28, SpO2 88% on air, HR 118. CURB-65 3. Mr Pieter van der Merwe, 77, from Hermanus visiting "
     "his son Johan in Guildford. Co-amoxiclav 1.2 g IV and clarithromycin 500 mg IV. Son's mobile "
     "+27 82 555 0147.",
     [("NAME", ["Pieter", "van der Merwe"]), ("LOCATION", ["Hermanus"]), ("NAME", ["Johan"]),
      ("LOCATION", ["Guildford"]), ("PHONE", ["+27 82 555 0147"])],
     ["SpO2 88% on air", "CURB-65 3", "Co-amoxiclav 1.2 g IV", "clarithromycin 500 mg IV"]),
    ("Safeguarding: child seen with mother, Kayleigh Dobbs, at Scunthorpe General. Child: Tyler-James Dobbs, "
     "DOB 01/09/2019. Bruising to pinnae. Social worker Ms Ngozi Adeyemi (tel 01724 296 400). "
     "Family live on Ashby High Street.",
     [("NAME", ["Kayleigh", "Dobbs"]), ("HOSPITAL", ["Scunthorpe"]), ("NAME", ["Tyler-James"]),
      ("DATE", ["01/09/2019"]), ("NAME", ["Ngozi", "Adeyemi"]), ("PHONE", ["01724 296 400"]),
      ("ADDRESS", ["Ashby High Street"])],
     ["Bruising to pinnae"]),
    ("Dementia review. MMSE 19/30, ACE-III 61/100. Alzheimer's disease likely. Mrs Gladys Ormerod, 91, lives "
     "with her son Keith in Accrington. Donepezil 5 mg nocte. Lasting power of attorney held by Keith.",
     [("NAME", ["Gladys", "Ormerod"]), ("AGE", ["91"]), ("NAME", ["Keith"]), ("LOCATION", ["Accrington"])],
     ["MMSE 19/30", "ACE-III 61/100", "Alzheimer's disease", "Donepezil 5 mg nocte", "Lasting power of attorney"]),
    ("ICU: Kwame Asante-Boateng, 52. Guillain-Barré syndrome, FVC 1.1 L falling. IVIG 0.4 g/kg/day. "
     "Intubated 15/06/2024. Wife Abena asked for updates by email: abena.asante@outlook.com. "
     "Transferred from Queen Elizabeth Hospital Woolwich.",
     [("NAME", ["Kwame", "Asante-Boateng"]), ("DATE", ["15/06/2024"]), ("NAME", ["Abena"]),
      ("EMAIL", ["abena.asante@outlook.com"]), ("HOSPITAL", ["Woolwich"])],
     ["Guillain-Barré syndrome", "FVC 1.1 L", "IVIG 0.4 g/kg/day"]),
    ("Mark Tennant, 39, ED. Stevens-Johnson syndrome after lamotrigine. SCORTEN 2. Transfer to the burns unit "
     "at Pinderfields. Partner Dean on 07512 009 443.",
     [("NAME", ["Mark", "Tennant"]), ("HOSPITAL", ["Pinderfields"]), ("NAME", ["Dean"]), ("PHONE", ["07512 009 443"])],
     ["Stevens-Johnson syndrome", "lamotrigine", "SCORTEN 2", "burns unit"]),
    ("Community nurse visit. Leg ulcer dressing changed, ABPI 0.9. Patient: Mr Bernard Entwistle. "
     "Lives at 27 Cotton Street, Bolton, BL1 3PP. Wife Maureen has early dementia. Next visit Thursday. "
     "Door code 2580#.",
     [("NAME", ["Bernard", "Entwistle"]), ("ADDRESS", ["Cotton Street"]), ("LOCATION", ["Bolton"]),
      ("POSTCODE", ["BL1 3PP"]), ("NAME", ["Maureen"]), ("CODE", ["2580"])],
     ["Leg ulcer", "ABPI 0.9", "early dementia"]),
    ("Ms Hope Armitage, 24, collapsed at Glastonbury festival. MDMA. Temp 40.1, Na 119. Hope's friend "
     "Georgia Bellweather came with her. Home address in Stroud. Hyponatraemia corrected slowly.",
     [("NAME", ["Hope", "Armitage"]), ("NAME", ["Georgia", "Bellweather"]), ("LOCATION", ["Stroud"])],
     ["MDMA", "Temp 40.1", "Na 119", "Hyponatraemia"]),
    ("Oncology MDT 08/02/2024: Hodgkin lymphoma stage IIA. ABVD x 4. Patient Mr Aleksandr Petrov, "
     "hospital no. 3349021. Treating consultant Dr Yvonne Achterberg, Clatterbridge Cancer Centre. "
     "He lives in Birkenhead with his aunt Svetlana.",
     [("DATE", ["08/02/2024"]), ("NAME", ["Aleksandr", "Petrov"]), ("MRN", ["3349021"]),
      ("NAME", ["Yvonne", "Achterberg"]), ("HOSPITAL", ["Clatterbridge"]), ("LOCATION", ["Birkenhead"]),
      ("NAME", ["Svetlana"])],
     ["Hodgkin lymphoma stage IIA", "ABVD x 4", "Oncology MDT"]),
    ("Ο ασθενής Νικόλαος Καραγιάννης, 64 ετών, από την Καλαμάτα, προσήλθε με θωρακικό άλγος. "
     "Τροπονίνη 1.250 ng/L. Σύζυγος: Ελένη, τηλ. 6977 445 120. ΑΜΚΑ 12045901234. "
     "Διακομιδή στο Νοσοκομείο Ευαγγελισμός.",
     [("NAME", ["Νικόλαος", "Καραγιάννης"]), ("LOCATION", ["Καλαμάτα"]), ("NAME", ["Ελένη"]),
      ("PHONE", ["6977 445 120"]), ("ID", ["12045901234"]), ("HOSPITAL", ["Ευαγγελισμός"])],
     ["64 ετών", "θωρακικό άλγος", "Τροπονίνη 1.250 ng/L"]),
    ("Η κυρία Αικατερίνη Δημητρίου, 88 ετών, με νόσο Parkinson, διαμένει στην οδό Ερμού 15, Πάτρα 262 21. "
     "Κόρη της η Σοφία. Θεράπων ιατρός: Δρ Κωνσταντίνος Λαμπράκης. Λεβοντόπα 100 mg x3.",
     [("NAME", ["Αικατερίνη", "Δημητρίου"]), ("ADDRESS", ["Ερμού 15"]), ("LOCATION", ["Πάτρα"]),
      ("POSTCODE", ["262 21"]), ("NAME", ["Σοφία"]), ("NAME", ["Κωνσταντίνος", "Λαμπράκης"])],
     ["88 ετών", "νόσο Parkinson", "Λεβοντόπα 100 mg x3"]),
    ("患者王秀英，女，81岁，因跌倒致右髋部疼痛入院。既往高血压、帕金森病。女儿李娜电话：13812345678。"
     "住院号：2023004512。家住广州市天河区体育西路88号。",
     [("NAME", ["王秀英"]), ("NAME", ["李娜"]), ("PHONE", ["13812345678"]), ("MRN", ["2023004512"]),
      ("ADDRESS", ["体育西路88号"]), ("LOCATION", ["天河区"])],
     ["右髋部疼痛", "高血压", "帕金森病", "因跌倒"]),
    ("主诉：胸闷气短2周。患者张国强，男，67岁，身份证号110105195703121234。于北京协和医院行冠脉造影。"
     "主治医师：赵明。二甲双胍0.5g每日三次，肌酐156 μmol/L。",
     [("NAME", ["张国强"]), ("ID", ["110105195703121234"]), ("HOSPITAL", ["北京协和医院"]), ("NAME", ["赵明"])],
     ["胸闷气短2周", "冠脉造影", "二甲双胍0.5g每日三次", "肌酐156 μmol/L"]),
    ("Sarcoidosis, ACE 98 U/L, bilateral hilar lymphadenopathy. Patient Olumide Bankole-Williams, 41, "
     "lives in Peckham, teaches at Harris Academy. NI number QQ 12 34 56 C. Seen by Sister Adaeze at the "
     "respiratory clinic, King's College Hospital.",
     [("NAME", ["Olumide", "Bankole-Williams"]), ("LOCATION", ["Peckham"]), ("LOCATION", ["Harris Academy"]),
      ("ID", ["QQ 12 34 56 C"]), ("NAME", ["Adaeze"]), ("HOSPITAL", ["King's College"])],
     ["Sarcoidosis", "ACE 98 U/L", "bilateral hilar lymphadenopathy"]),
    ("Frail 96-year-old, born 1928, admitted from Pinewood Care Home, Harrogate. Delirium, CAM positive. "
     "Trimethoprim 200 mg BD for UTI. Great-grandson Alfie and granddaughter Lucy Fairbairn visited. "
     "DNACPR in place.",
     [("AGE", ["96-year-old"]), ("DOB90", ["1928"]), ("HOSPITAL", ["Pinewood"]), ("LOCATION", ["Harrogate"]),
      ("NAME", ["Alfie"]), ("NAME", ["Lucy", "Fairbairn"])],
     ["Delirium", "CAM positive", "Trimethoprim 200 mg BD", "UTI", "DNACPR"]),
    ("ED note (Melbourne). 29M, cyclist vs car on Sydney Road, Brunswick. Pelvic binder applied. FAST negative. "
     "Pt: Lachlan Fitzgibbon. Medicare 4271 90512 1. Rego of car ABC-123 noted by police. "
     "Mum Deborah 0400 781 223.",
     [("ADDRESS", ["Sydney Road"]), ("LOCATION", ["Brunswick"]), ("NAME", ["Lachlan", "Fitzgibbon"]),
      ("ID", ["4271 90512 1"]), ("PLATE", ["ABC-123"]), ("NAME", ["Deborah"]), ("PHONE", ["0400 781 223"])],
     ["Pelvic binder", "FAST negative"]),
    ("Raynaud's phenomenon and sclerodactyly; anti-centromere positive. Limited systemic sclerosis. "
     "Nifedipine MR 10 mg BD. Mrs Young (Patricia) works as a florist in Ludlow. Next clinic 22nd May.",
     [("NAME", ["Young", "Patricia"]), ("LOCATION", ["Ludlow"]), ("DATE", ["22nd May"])],
     ["Raynaud's phenomenon", "sclerodactyly", "anti-centromere positive", "Nifedipine MR 10 mg BD"]),
    ("Discharge: Ahmed bin Rashid Al-Mansoori, 58, Emirati visitor. STEMI, PCI to LAD at the Heart Hospital. "
     "Passport no. N1234567. Ticagrelor 90 mg BD, aspirin 75 mg OD, atorvastatin 80 mg. Hotel: the "
     "Langham, Portland Place. Contact his nephew Saeed on +971 50 123 4567.",
     [("NAME", ["Ahmed", "Rashid", "Al-Mansoori"]), ("ID", ["N1234567"]), ("ADDRESS", ["Portland Place"]),
      ("NAME", ["Saeed"]), ("PHONE", ["+971 50 123 4567"])],
     ["STEMI", "PCI to LAD", "Ticagrelor 90 mg BD", "aspirin 75 mg OD", "atorvastatin 80 mg"]),
    ("Lyme disease after a tick bite on Dartmoor; erythema migrans 12 cm. Doxycycline 100 mg BD for 21 days. "
     "Bilateral knee effusions. Patient Tobias Venn-Harcourt, 33, from Tavistock. Wife Clemency phoned "
     "01822 613 774. Seen by Dr Okafor.",
     [("NAME", ["Tobias", "Venn-Harcourt"]), ("LOCATION", ["Tavistock"]), ("NAME", ["Clemency"]),
      ("PHONE", ["01822 613 774"]), ("NAME", ["Okafor"])],
     ["Lyme disease", "tick bite", "erythema migrans 12 cm", "Doxycycline 100 mg BD", "Bilateral knee effusions"]),
    ("Glasgow Coma Scale 9 (E2 V2 M5) on arrival. Pupils equal and reactive. Sodium valproate level 38 mg/L. "
     "Status epilepticus, lorazepam 4 mg IV x2, levetiracetam 60 mg/kg. Patient Ewan Macpherson-Grant, "
     "known to the epilepsy nurse Fiona Laird. Mother Kirsty on 07803 512 961. From Aviemore.",
     [("NAME", ["Ewan", "Macpherson-Grant"]), ("NAME", ["Fiona", "Laird"]), ("NAME", ["Kirsty"]),
      ("PHONE", ["07803 512 961"]), ("LOCATION", ["Aviemore"])],
     ["Glasgow Coma Scale 9", "Pupils equal and reactive", "Sodium valproate level 38 mg/L", "Status epilepticus",
      "lorazepam 4 mg IV", "levetiracetam 60 mg/kg"]),
    ("Colles fracture left wrist after a fall on ice. Closed reduction under haematoma block. Ottawa ankle "
     "rules negative. Mrs Faith Ogunleye, 68, of 3 Chestnut Grove, Ipswich IP4 2HX. Fracture clinic "
     "Monday. Husband Tunde drove.",
     [("NAME", ["Faith", "Ogunleye"]), ("ADDRESS", ["Chestnut Grove"]), ("LOCATION", ["Ipswich"]),
      ("POSTCODE", ["IP4 2HX"]), ("NAME", ["Tunde"])],
     ["Colles fracture", "haematoma block", "Ottawa ankle rules negative", "Fracture clinic", "left wrist"]),
    ("Barrett's oesophagus C3M5 on surveillance OGD. Omeprazole 40 mg BD. Helicobacter negative. Hiatus "
     "hernia 4 cm. Mr Bishop (Clive) attends with his wife Yvonne; they live on Orchard Rise, Kendal. "
     "Endoscopist: Dr Marguerite Fenwick-Oduya.",
     [("NAME", ["Bishop", "Clive"]), ("NAME", ["Yvonne"]), ("ADDRESS", ["Orchard Rise"]), ("LOCATION", ["Kendal"]),
      ("NAME", ["Marguerite", "Fenwick-Oduya"])],
     ["Barrett's oesophagus C3M5", "Omeprazole 40 mg BD", "Helicobacter negative", "Hiatus hernia 4 cm",
      "surveillance OGD"]),
    ("Addenbrooke's Cognitive Examination 78/100. Huntington's disease gene test: 44 CAG repeats. "
     "Chorea mild. Tetrabenazine 12.5 mg OD. Patient Quentin Abernethy, 47, lives in Ely with his partner "
     "Sanjay Mistry. Genetic counsellor: Harriet Loxley, ext 4471.",
     [("NAME", ["Quentin", "Abernethy"]), ("LOCATION", ["Ely"]), ("NAME", ["Sanjay", "Mistry"]),
      ("NAME", ["Harriet", "Loxley"]), ("PHONE", ["4471"])],
     ["Addenbrooke's Cognitive Examination 78/100", "Huntington's disease", "44 CAG repeats", "Chorea mild",
      "Tetrabenazine 12.5 mg OD"]),
    ("Temporal arteritis suspected: ESR 88 mm/h, CRP 64 mg/L, jaw claudication. Prednisolone 60 mg started "
     "before biopsy. Horner's syndrome absent. Ultrasound halo sign positive. Patient Winifred Staunton "
     "(Winnie), 84, lives in Bideford; daughter Carol Staunton visits daily. Ph 01237 470 255.",
     [("NAME", ["Winifred", "Staunton", "Winnie"]), ("LOCATION", ["Bideford"]), ("NAME", ["Carol"]),
      ("PHONE", ["01237 470 255"])],
     ["ESR 88 mm/h", "CRP 64 mg/L", "jaw claudication", "Prednisolone 60 mg", "Horner's syndrome absent",
      "halo sign positive", "Temporal arteritis"]),
    ("Sepsis six completed within 1 hour. Blood cultures x2, lactate 3.1, IV fluids 30 ml/kg, meropenem 1 g. "
     "Urine output 0.3 ml/kg/h. Neutropenic: neutrophils 0.2 x10^9/L. Patient Darius Farahani, 55, on "
     "chemotherapy at the Christie. Wife Shirin 0161 446 3000.",
     [("NAME", ["Darius", "Farahani"]), ("HOSPITAL", ["Christie"]), ("NAME", ["Shirin"]),
      ("PHONE", ["0161 446 3000"])],
     ["Sepsis six", "Blood cultures x2", "lactate 3.1", "IV fluids 30 ml/kg", "meropenem 1 g",
      "Urine output 0.3 ml/kg/h", "neutrophils 0.2 x10^9/L"]),
    ("Paget's disease of bone: ALP 412 U/L, bone scan uptake right hemipelvis. Zoledronic acid 5 mg IV. "
     "Vitamin D 31 nmol/L, so colecalciferol loading first. Mr Lionel Featherstonhaugh, 79, lives at "
     "Ivy Cottage, Mill Lane, Much Hadham. Email l.featherstonhaugh@gmail.com.",
     [("NAME", ["Lionel", "Featherstonhaugh"]), ("ADDRESS", ["Ivy Cottage", "Mill Lane"]),
      ("LOCATION", ["Much Hadham"]), ("EMAIL", ["l.featherstonhaugh@gmail.com"])],
     ["Paget's disease of bone", "ALP 412 U/L", "right hemipelvis", "Zoledronic acid 5 mg IV",
      "Vitamin D 31 nmol/L", "colecalciferol"]),
]
# The third round's notes, one failure class or two each (and other Englishes and scripts), written before their rules.
NOTES += CLASS_NOTES + WORLD_NOTES + ROUND4_NOTES
# The fifth round's notes: the classes HELD-OUT 4 leaked, with new people and places, written before their rules.
NOTES += ROUND5_NOTES
# The sixth round's notes: the classes HELD-OUT 5 leaked, with new people and places, written before their rules.
NOTES += ROUND6_NOTES + ROUND6_PROBE_NOTES + ROUND6_NAME_NOTES + ROUND6_SLOT_NOTES
