"""Tenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists or their documentation, and never
ran the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (551 planted identifiers, 217 clinical strings), written the way clinicians write them: emergency, ICU and
ward-round notes, nursing handovers, discharge summaries, GP referrals, clinic letters, radiology requests, pharmacy,
social-work, occupational-health, community-nursing, safeguarding, school-nurse, prison-health, telephone and portal
notes; from the US, Canada, England, Scotland, Wales, Ireland, Australia, New Zealand, India, South Africa, Nigeria,
Kenya, the Philippines and Jamaica. Identifiers sit where clinicians put them: letterheads, labels, after relation
words and titles, bare in prose, in sign-offs, addresses, "transferred from" and "works at". Where a real identifier
has a check digit (NHS, CHI, Australian Medicare, NHI, PPSN, OHIP, BC PHN, Aadhaar, South African identity number)
the planted one passes it; US social security numbers keep a valid format. No name, place or facility is planted in
more than one note. Three patients are aged 90 or over, and for them the age and every date element are planted.
The strings that must survive include eponyms and classifications, brand names and devices, organisms, scores with
numbers, places inside disease and rule names, and everyday words that double as given names. The last 20 notes
(285 identifiers, 108 clinical strings) are in :mod:`deid_notes_heldout10_more`, only to keep each file a readable
length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout10.deid_notes_heldout10_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    ("ED Provider Note - Hartford Hospital  06/14/2025 02:35\nPt: Dashiell Okonkwo-Reyes, 47M, MRN 7731-0482, DOB "
     "11/02/1977. Lives at 18 Quarry Hill Rd, Glastonbury, CT 06033. Keen hiker; pulled an engorged tick from "
     "behind his R knee about 3 weeks ago after camping in Pachaug State Forest. Now fevers, erythema migrans 9 cm "
     "on R thigh and new L facial droop - looks like Bell's palsy. Lyme disease serology sent; no petechial rash, "
     "so Rocky Mountain spotted fever unlikely. Started doxycycline 100 mg BID. ECG PR 236 ms, first-degree AV "
     "block - admit to tele, ceftriaxone if PR > 300. Wife Marisol at bedside, cell 860-555-0147. PCP Dr. Henrike "
     "Vassallo in Glastonbury notified. Will review with ID in AM.\n- Tobias Lindqvist, MD (PGY-3)",
     [("HOSPITAL", ["Hartford Hospital"]), ("DATE", ["06/14/2025"]), ("NAME", ["Dashiell", "Okonkwo-Reyes"]),
      ("MRN", ["7731-0482"]), ("DATE", ["11/02/1977"]), ("ADDRESS", ["18 Quarry Hill Rd"]),
      ("LOCATION", ["Glastonbury"]), ("POSTCODE", ["06033"]), ("LOCATION", ["Pachaug State Forest"]),
      ("NAME", ["Marisol"]), ("PHONE", ["860-555-0147"]), ("NAME", ["Henrike", "Vassallo"]),
      ("NAME", ["Tobias", "Lindqvist"])],
     ["erythema migrans 9 cm", "Bell's palsy", "Lyme disease", "Rocky Mountain spotted fever unlikely",
      "first-degree AV block", "Will review with ID"]),
    ("DISCHARGE SUMMARY - Royal Derby Hospital, Uttoxeter Road, Derby DE22 3NE\nPatient: Mrs Rosalind Achterberg   "
     "DOB: 09/05/1952   NHS No: 468 213 9576   Hosp No: RD0448172\nAdmitted: 02/03/2025   Discharged: 17/03/2025   "
     "Specialty: Colorectal Surgery\nDiagnosis: perforated sigmoid diverticulitis, Hinchey III.\nProcedure: "
     "Hartmann's procedure 03/03/2025 with end colostomy.\nCourse: post-op ileus, then Clostridioides difficile "
     "diarrhoea on day 6, treated with oral vancomycin 125 mg qds for 10 days. The stoma nurses have trained her; "
     "supplies via Coloplast home delivery. Lives with her husband Gideon in Belper, independent before admission.\n"
     "GP actions: U&Es in 1 week; consider referral for reversal at 6 months.\nGP: Dr Priya Ramdhanie, Derwent "
     "Valley Medical Practice",
     [("HOSPITAL", ["Royal Derby Hospital"]), ("ADDRESS", ["Uttoxeter Road"]), ("LOCATION", ["Derby"]),
      ("POSTCODE", ["DE22 3NE"]), ("NAME", ["Rosalind", "Achterberg"]), ("DATE", ["09/05/1952"]),
      ("ID", ["468 213 9576"]), ("MRN", ["RD0448172"]), ("DATE", ["02/03/2025"]), ("DATE", ["17/03/2025"]),
      ("DATE", ["03/03/2025"]), ("NAME", ["Gideon"]), ("LOCATION", ["Belper"]), ("NAME", ["Priya", "Ramdhanie"]),
      ("HOSPITAL", ["Derwent Valley Medical Practice"])],
     ["Hinchey III", "Hartmann's procedure", "end colostomy", "Clostridioides difficile",
      "oral vancomycin 125 mg qds", "Coloplast"]),
    ("Kemnay Medical Group\n\nDr Mhairi Drummond-Koh\nConsultant Gastroenterologist, Aberdeen Royal Infirmary\n\n"
     "Dear Dr Drummond-Koh,\nRe: Mr Euan Strachan, DOB 14/03/1958, CHI 1403584273\n12 Kirkgate, Inverurie AB51 4TQ. "
     "Tel 01467 620 884\nThank you for seeing this 67-year-old retired offshore welder with a four-month history of "
     "progressive dysphagia to solids and 6 kg weight loss. He has known Barrett's oesophagus (Prague C3M5), last "
     "surveyed there in 2021, and takes Nexium 40 mg bd. No haematemesis or melaena. His wife Isla says he now "
     "coughs after meals. He still works two days a week at Thainstone Mart. I have referred him on the urgent "
     "suspicion of cancer pathway.\nYours sincerely,\nDr Lachlan Baird-Whitelaw",
     [("HOSPITAL", ["Kemnay Medical Group"]), ("NAME", ["Mhairi", "Drummond-Koh"]),
      ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("NAME", ["Euan", "Strachan"]), ("DATE", ["14/03/1958"]),
      ("ID", ["1403584273"]), ("ADDRESS", ["12 Kirkgate"]), ("LOCATION", ["Inverurie"]), ("POSTCODE", ["AB51 4TQ"]),
      ("PHONE", ["01467 620 884"]), ("NAME", ["Isla"]), ("LOCATION", ["Thainstone Mart"]),
      ("NAME", ["Lachlan", "Baird-Whitelaw"])],
     ["progressive dysphagia to solids", "Barrett's oesophagus", "Prague C3M5", "Nexium 40 mg bd",
      "urgent suspicion of cancer pathway"]),
    ("Ward round - Ward 7, Ysbyty Glan Clwyd, Bodelwyddan  08/04/2025\nConsultant Dr Siân Llewelyn-Bassi\nPt: Mr "
     "Iolo Vaughan-Mensah, 58, hosp no W2213574, NHS 612 048 8375\nDay 5 of Guillain-Barré syndrome after "
     "Campylobacter jejuni diarrhoea. Hughes grade 4. FVC 1.9 L (2.4 L yesterday), no bulbar weakness. IVIG day 5/5 "
     "(Privigen). Erasmus GBS Outcome Score 5. NG feeding.\nPlan: FVC 4-hourly; outreach aware - call ITU if FVC < "
     "1.2 L. Hope to step down to rehab at Llandudno Hospital next week. Daughter Cerys (lives in Prestatyn) "
     "updated on 07700 900 412.",
     [("HOSPITAL", ["Ysbyty Glan Clwyd"]), ("LOCATION", ["Bodelwyddan"]), ("DATE", ["08/04/2025"]),
      ("NAME", ["Siân", "Llewelyn-Bassi"]), ("NAME", ["Iolo", "Vaughan-Mensah"]), ("MRN", ["W2213574"]),
      ("ID", ["612 048 8375"]), ("HOSPITAL", ["Llandudno Hospital"]), ("NAME", ["Cerys"]),
      ("LOCATION", ["Prestatyn"]), ("PHONE", ["07700 900 412"])],
     ["Guillain-Barré syndrome", "Campylobacter jejuni", "Hughes grade 4", "Privigen", "Erasmus GBS Outcome Score 5",
      "Hope to step down to rehab"]),
    ("Cork University Hospital, Wilton, Cork T12 DC4A\nRheumatology Outpatients\n\nDr Colm Hegarty, General "
     "Practitioner\n\nRe: Ms Orla Ní Bhriain-Castillo, DOB 27/11/1986, MRN 3318846, PPSN 6134827G\n4 Summerhill "
     "Terrace, Ballincollig, Co. Cork P31 YK20\n\nDear Colm,\nI reviewed Orla today. She has seropositive "
     "rheumatoid arthritis with Raynaud's phenomenon; DAS28-CRP 4.6 despite methotrexate 20 mg weekly with folic "
     "acid. Anti-CCP strongly positive. Hep B, hep C and QuantiFERON negative, so I am adding Benepali (etanercept) "
     "50 mg weekly via the High Tech scheme. She teaches at Scoil Mhuire in Ballincollig and is keen to keep "
     "working. Review in three months.\nYours sincerely,\nDr Eimear Fitzgibbon, Consultant Rheumatologist",
     [("HOSPITAL", ["Cork University Hospital"]), ("LOCATION", ["Wilton"]), ("LOCATION", ["Cork"]),
      ("POSTCODE", ["T12 DC4A"]), ("NAME", ["Colm", "Hegarty"]), ("NAME", ["Orla", "Ní Bhriain-Castillo"]),
      ("DATE", ["27/11/1986"]), ("MRN", ["3318846"]), ("ID", ["6134827G"]), ("ADDRESS", ["4 Summerhill Terrace"]),
      ("LOCATION", ["Ballincollig"]), ("POSTCODE", ["P31 YK20"]), ("LOCATION", ["Scoil Mhuire"]),
      ("NAME", ["Eimear", "Fitzgibbon"])],
     ["seropositive rheumatoid arthritis", "Raynaud's phenomenon", "DAS28-CRP 4.6", "QuantiFERON negative",
      "Benepali (etanercept)", "High Tech scheme"]),
    ("ED - Cairns Hospital  21/02/2025 16:40\nPt: Mr Jarrah Whitcombe-Tran, 34, UR 0991734, Medicare 2817 40930 1\n"
     "Addr: 7 Lily Creek Cl, Edge Hill QLD 4870. Ph 0412 730 586\nDeckhand with Reef Harvest Seafoods, back from a "
     "fortnight at Weipa. 5/7 fever 38.6, polyarthralgia wrists and ankles, maculopapular rash. Ross River virus vs "
     "dengue - NS1 and arbovirus serology incl. Barmah Forest virus sent. Type 2 diabetic and it's the wet season, "
     "so melioidosis considered: blood cultures x2 with Burkholderia pseudomallei flagged to lab. qSOFA 0. Panadol, "
     "oral fluids. Partner Keely aware.\nD/w Dr Anouk Veldhuizen (ED reg)",
     [("HOSPITAL", ["Cairns Hospital"]), ("DATE", ["21/02/2025"]), ("NAME", ["Jarrah", "Whitcombe-Tran"]),
      ("MRN", ["0991734"]), ("ID", ["2817 40930 1"]), ("ADDRESS", ["7 Lily Creek Cl"]), ("LOCATION", ["Edge Hill"]),
      ("POSTCODE", ["4870"]), ("PHONE", ["0412 730 586"]), ("LOCATION", ["Reef Harvest Seafoods"]),
      ("LOCATION", ["Weipa"]), ("NAME", ["Keely"]), ("NAME", ["Anouk", "Veldhuizen"])],
     ["maculopapular rash", "Ross River virus", "Barmah Forest virus", "Burkholderia pseudomallei", "qSOFA 0",
      "Panadol"]),
    ("District Nursing visit - Counties Manukau Health, Pukekohe base  03/06/2025\nClient: Mrs Ngaire Te "
     "Huia-Lambert, NHI ZKM4829, DOB 19/08/1941\nAddress: 22 Harrisville Road, Tuakau 2121. Key safe by the back "
     "door, code 4185.\nVenous leg ulcer L gaiter 4.5 x 3 cm, moderate exudate, ABPI 0.92. Four-layer compression "
     "(Profore) reapplied. Last swab grew Pseudomonas aeruginosa - no cellulitis, no systemic signs. Lives with her "
     "grandson Rawiri, who works shifts at the Glenbrook steel mill. GP Dr Hemi Castellanos notified. Will review "
     "exudate Friday.\nRN Tilly Mortensen",
     [("HOSPITAL", ["Counties Manukau Health"]), ("LOCATION", ["Pukekohe"]), ("DATE", ["03/06/2025"]),
      ("NAME", ["Ngaire", "Te Huia-Lambert"]), ("ID", ["ZKM4829"]), ("DATE", ["19/08/1941"]),
      ("ADDRESS", ["22 Harrisville Road"]), ("LOCATION", ["Tuakau"]), ("POSTCODE", ["2121"]), ("CODE", ["4185"]),
      ("NAME", ["Rawiri"]), ("LOCATION", ["Glenbrook"]), ("NAME", ["Hemi", "Castellanos"]),
      ("NAME", ["Tilly", "Mortensen"])],
     ["Venous leg ulcer", "ABPI 0.92", "Four-layer compression (Profore)", "Pseudomonas aeruginosa",
      "Will review exudate"]),
    ("DISCHARGE SUMMARY\nChristian Medical College, Vellore - Department of Medicine Unit III\nName: Mr Senthil "
     "Kumar Arumugam   Age/Sex: 52/M   Hospital No: 418227C   Aadhaar: 4738 1906 5216\nAddress: No. 14, Gandhi "
     "Nagar 3rd Street, Katpadi, Vellore 632006, Tamil Nadu. Mobile: +91 94431 27860\nDOA: 11/01/2025   DOD: "
     "19/01/2025\nDiagnosis: Scrub typhus with eschar (Orientia tsutsugamushi IgM ELISA positive) complicated by "
     "ARDS (Berlin moderate). Weil-Felix OX-K 1:320. Treated with doxycycline and IV azithromycin; HFNC for 3 days. "
     "Type 2 diabetes - continue Glycomet GP 2.\nOccupation: farmer, paddy fields near Gudiyatham.\nAttender: wife, "
     "Mrs Lakshmi Senthil.\nReview: Medicine OPD Unit III with Dr Reuben Kuriakose after 2 weeks.",
     [("HOSPITAL", ["Christian Medical College"]), ("LOCATION", ["Vellore"]),
      ("NAME", ["Senthil", "Kumar", "Arumugam"]), ("MRN", ["418227C"]), ("ID", ["4738 1906 5216"]),
      ("ADDRESS", ["No. 14, Gandhi Nagar 3rd Street"]), ("LOCATION", ["Katpadi"]), ("POSTCODE", ["632006"]),
      ("PHONE", ["+91 94431 27860"]), ("DATE", ["11/01/2025"]), ("DATE", ["19/01/2025"]),
      ("LOCATION", ["Gudiyatham"]), ("NAME", ["Lakshmi", "Senthil"]), ("NAME", ["Reuben", "Kuriakose"])],
     ["Scrub typhus with eschar", "Orientia tsutsugamushi", "Berlin moderate", "Weil-Felix OX-K 1:320",
      "Glycomet GP 2"]),
    ("ICU - Chris Hani Baragwanath Academic Hospital. Day 3, 14/07/2025\nPatient: Sipho Mahlangu-Ferreira, 43M, ID "
     "8109145803087, hosp no CHB2291046\nTransferred from Leratong Hospital, Krugersdorp, on day 1.\nSevere "
     "falciparum malaria after a trip to Beira; parasitaemia 8% on admission, now 0.4% after IV artesunate. AKI "
     "KDIGO stage 3 - on CVVHDF. GCS 14. SOFA 9 -> 7. HIV positive, CD4 212, on TLD "
     "(tenofovir/lamivudine/dolutegravir), viral load pending. Wife Nomvula at bedside, 082 447 3019. Lives in "
     "Protea Glen, Soweto; works as a fitter at Sasol in Secunda.\nDr Hendrik Oosthuizen-Naidoo (intensivist)",
     [("HOSPITAL", ["Chris Hani Baragwanath Academic Hospital"]), ("DATE", ["14/07/2025"]),
      ("NAME", ["Sipho", "Mahlangu-Ferreira"]), ("ID", ["8109145803087"]), ("MRN", ["CHB2291046"]),
      ("HOSPITAL", ["Leratong Hospital"]), ("LOCATION", ["Krugersdorp"]), ("LOCATION", ["Beira"]),
      ("NAME", ["Nomvula"]), ("PHONE", ["082 447 3019"]), ("LOCATION", ["Protea Glen"]), ("LOCATION", ["Soweto"]),
      ("LOCATION", ["Sasol"]), ("LOCATION", ["Secunda"]), ("NAME", ["Hendrik", "Oosthuizen-Naidoo"])],
     ["falciparum malaria", "IV artesunate", "KDIGO stage 3", "CVVHDF", "SOFA 9 -> 7", "CD4 212"]),
    ("Telephone consultation - Neurology, Lagos University Teaching Hospital, Idi-Araba. 09/05/2025 10:15\nCaller: "
     "Mrs Folasade Adebayo-Okafor (daughter), 0803 412 7765, about her father Chief Babatunde Adebayo, 78, hosp no "
     "LUTH/24/118307.\nDischarged 2 weeks ago after L MCA infarct. Now persistent hiccups and reduced oral intake. "
     "Home BP 168/94 on Exforge 10/160. Modified Rankin Scale 4. No fever, no cough. Advised to attend Gbagada "
     "General Hospital ED at once if choking, fever or drowsiness. Lives at 15 Adeniran Ogunsanya Street, Surulere. "
     "The physiotherapist visits Thursday. Will call back after his visit.\nDr Ifeoma Nwachukwu-Bello, Neurology SR",
     [("HOSPITAL", ["Lagos University Teaching Hospital"]), ("LOCATION", ["Idi-Araba"]), ("DATE", ["09/05/2025"]),
      ("NAME", ["Folasade", "Adebayo-Okafor"]), ("PHONE", ["0803 412 7765"]), ("NAME", ["Babatunde", "Adebayo"]),
      ("MRN", ["LUTH/24/118307"]), ("HOSPITAL", ["Gbagada General Hospital"]),
      ("ADDRESS", ["15 Adeniran Ogunsanya Street"]), ("LOCATION", ["Surulere"]),
      ("NAME", ["Ifeoma", "Nwachukwu-Bello"])],
     ["L MCA infarct", "persistent hiccups", "Exforge 10/160", "Modified Rankin Scale 4",
      "Will call back after his visit"]),
    ("Moi Teaching and Referral Hospital, Eldoret - Cardiology Clinic\n\nTo: Dr Wanjiru Kamau-Odhiambo, Kapsabet "
     "County Referral Hospital\nRe: Miss Chebet Jepkosgei, 19F, IP No. MTRH/0721934, National ID 38412905\n\nThank "
     "you for referring this second-year student at Kaiboi Technical Training Institute. Echo shows rheumatic heart "
     "disease with severe mitral stenosis, MVA 0.9 cm², Wilkins score 7, PASP 62 mmHg. NYHA class III. Continue "
     "benzathine penicillin (Penadur) 4-weekly, frusemide 40 mg and bisoprolol 2.5 mg. She is suitable for "
     "percutaneous balloon mitral valvotomy and has been listed. Her mother, Mrs Rose Jepkosgei, can be reached on "
     "0722 618 304; the family live in Chepterit, Nandi County.\n\nDr Kiprono Langat-Mwangi, Consultant Cardiologist",
     [("HOSPITAL", ["Moi Teaching and Referral Hospital"]), ("LOCATION", ["Eldoret"]),
      ("NAME", ["Wanjiru", "Kamau-Odhiambo"]), ("HOSPITAL", ["Kapsabet County Referral Hospital"]),
      ("NAME", ["Chebet", "Jepkosgei"]), ("MRN", ["MTRH/0721934"]), ("ID", ["38412905"]),
      ("LOCATION", ["Kaiboi Technical Training Institute"]), ("NAME", ["Rose", "Jepkosgei"]),
      ("PHONE", ["0722 618 304"]), ("LOCATION", ["Chepterit"]), ("LOCATION", ["Nandi"]),
      ("NAME", ["Kiprono", "Langat-Mwangi"])],
     ["rheumatic heart disease", "MVA 0.9 cm²", "Wilkins score 7", "NYHA class III",
      "benzathine penicillin (Penadur)", "balloon mitral valvotomy"]),
    ("Pharmacy intervention note - Philippine General Hospital, Ermita, Manila  17/03/2025\nPatient: Jose Emmanuel "
     "Dimaculangan, 61/M, Case No. 2025-041873, PhilHealth 19-025184736-2\nStarted Myrin-P Forte 4 tabs daily for "
     "pulmonary tuberculosis (GeneXpert MTB detected, rifampicin resistance not detected). Also on clopidogrel and "
     "omeprazole - suggested switch to pantoprazole. Counselled on orange urine and signs of hepatotoxicity. DOTS "
     "to continue at San Roque Health Center, Marikina. Contact: wife Maricel, 0917 845 2261.\nMa. Clarissa "
     "Villanueva-Uy, RPh",
     [("HOSPITAL", ["Philippine General Hospital"]), ("LOCATION", ["Ermita"]), ("LOCATION", ["Manila"]),
      ("DATE", ["17/03/2025"]), ("NAME", ["Jose", "Emmanuel", "Dimaculangan"]), ("MRN", ["2025-041873"]),
      ("ID", ["19-025184736-2"]), ("HOSPITAL", ["San Roque Health Center"]), ("LOCATION", ["Marikina"]),
      ("NAME", ["Maricel"]), ("PHONE", ["0917 845 2261"]), ("NAME", ["Clarissa", "Villanueva-Uy"])],
     ["Myrin-P Forte", "pulmonary tuberculosis", "GeneXpert MTB detected", "rifampicin resistance not detected",
      "orange urine"]),
    ("Accident & Emergency - University Hospital of the West Indies, Mona, Kingston 7   26/08/2025 21:05\nName: Mr "
     "Desroy McKenzie-Blake, 29M, Docket No. 1172846, TRN 118-402-775\nAddress: Lot 43, Bog Walk, St Catherine. Tel "
     "876-555-0193\nMotorcyclist vs car on the Spanish Town bypass, helmet on. Bike reg 8842 HT. GCS 15. ATLS "
     "primary survey: open fracture R tibia, Gustilo-Anderson IIIA. FAST negative. Tetanus toxoid given; IV "
     "cefazolin + gentamicin. Brought in by cousin Trevon Ashcroft. Works as a cane cutter at Appleton Estate. "
     "Ortho (Dr Nadine Ebanks-Sinclair) aware - will need washout and ex-fix tonight. Mark the site before he goes "
     "to theatre.",
     [("HOSPITAL", ["University Hospital of the West Indies"]), ("LOCATION", ["Mona"]), ("LOCATION", ["Kingston 7"]),
      ("DATE", ["26/08/2025"]), ("NAME", ["Desroy", "McKenzie-Blake"]), ("MRN", ["1172846"]),
      ("ID", ["118-402-775"]), ("ADDRESS", ["Lot 43"]), ("LOCATION", ["Bog Walk"]), ("LOCATION", ["St Catherine"]),
      ("PHONE", ["876-555-0193"]), ("LOCATION", ["Spanish Town"]), ("PLATE", ["8842 HT"]),
      ("NAME", ["Trevon", "Ashcroft"]), ("LOCATION", ["Appleton Estate"]), ("NAME", ["Nadine", "Ebanks-Sinclair"])],
     ["Gustilo-Anderson IIIA", "FAST negative", "Tetanus toxoid", "IV cefazolin + gentamicin",
      "Mark the site before he goes to theatre"]),
    ("Diagnostic Imaging Requisition - The Ottawa Hospital\nExam: CT abdomen/pelvis with IV contrast - urgent\n"
     "Patient: Marie-Claude Thibodeau-Varma   DOB: 1969-04-22   Health card: 5827-319-467-KT   MRN: 40129387\n"
     "Address: 311 Bank St, Apt 6, Ottawa ON K2P 1X9   Phone: 613-555-0172\nClinical info: Crohn's disease "
     "(Montreal A2 L3 B2) on Humira 40 mg q2w; 3 days RLQ pain, fever 38.9, CRP 148. ?abscess ?stricture. eGFR 82, "
     "no contrast allergy, not on metformin.\nReferring: Dr Aurelio Fenwick-Nakamura, Gastroenterology, CPSO 91837",
     [("HOSPITAL", ["Ottawa Hospital"]), ("NAME", ["Marie-Claude", "Thibodeau-Varma"]), ("DATE", ["1969-04-22"]),
      ("ID", ["5827-319-467-KT"]), ("MRN", ["40129387"]), ("ADDRESS", ["311 Bank St, Apt 6"]),
      ("LOCATION", ["Ottawa"]), ("POSTCODE", ["K2P 1X9"]), ("PHONE", ["613-555-0172"]),
      ("NAME", ["Aurelio", "Fenwick-Nakamura"]), ("ID", ["91837"])],
     ["Crohn's disease (Montreal A2 L3 B2)", "Humira 40 mg q2w", "RLQ pain", "CRP 148", "eGFR 82"]),
    ("MICU Progress Note - Ochsner Medical Center, Jefferson Hwy, New Orleans. Hospital day 4 (admitted "
     "09/21/2025)\nPt: Mrs. Evangeline Thibodaux, 92 y/o F, MRN 004417823, DOB 03/17/1933\nUrosepsis with septic "
     "shock; E. coli ESBL in blood and urine - day 4 meropenem. Norepinephrine weaned off at 0600. Lactate 1.4. "
     "SOFA 6. Delirium: CAM-ICU positive overnight, no Haldol needed. Baseline Clinical Frailty Scale 6; lives at "
     "Chateau de Notre Dame assisted living in Mid-City. DNR/DNI confirmed with son Lucien Thibodaux (HCPOA), "
     "504-555-0138. Granddaughter Celestine driving in from Shreveport. Hope to transfer to floor tomorrow.\n- "
     "Kwabena Asante-Moreau, MD, Pulm/CCM",
     [("HOSPITAL", ["Ochsner Medical Center"]), ("ADDRESS", ["Jefferson Hwy"]), ("LOCATION", ["New Orleans"]),
      ("DATE", ["09/21/2025"]), ("NAME", ["Evangeline", "Thibodaux"]), ("AGE", ["92 y/o"]), ("MRN", ["004417823"]),
      ("DATE", ["03/17/1933"]), ("HOSPITAL", ["Chateau de Notre Dame"]), ("LOCATION", ["Mid-City"]),
      ("NAME", ["Lucien", "Thibodaux"]), ("PHONE", ["504-555-0138"]), ("NAME", ["Celestine"]),
      ("LOCATION", ["Shreveport"]), ("NAME", ["Kwabena", "Asante-Moreau"])],
     ["E. coli ESBL", "SOFA 6", "CAM-ICU positive", "Haldol", "Clinical Frailty Scale 6",
      "Hope to transfer to floor tomorrow"]),
    ("Safeguarding referral - Paediatric ED, Royal Manchester Children's Hospital  12/02/2025\nChild: Kayden "
     "Brophy-Adeyemi, DOB 30/06/2022 (2y 7m), NHS 710 536 2944\nAddress: Flat 9, Cheetwood House, Cheetham Hill, "
     "Manchester M8 8EH\nPresented with a spiral fracture of the L femur and no consistent mechanism; bruising to "
     "both pinnae (TEN-4-FACESp positive). Skeletal survey and CT head per RCPCH guidance; ophthalmology asked to "
     "look for retinal haemorrhages. Bone profile and vitamin D sent - osteogenesis imperfecta to be considered. "
     "Mother Chantelle Brophy, 19; her partner Dwayne (surname not known) lives with them. Older sibling Mia "
     "attends Temple Primary School. Duty social worker Grace Oyelaran-Holt, Manchester City Council, 0161 234 "
     "5001. Police ref CR/2025/0098812.",
     [("HOSPITAL", ["Royal Manchester Children's Hospital"]), ("DATE", ["12/02/2025"]),
      ("NAME", ["Kayden", "Brophy-Adeyemi"]), ("DATE", ["30/06/2022"]), ("ID", ["710 536 2944"]),
      ("ADDRESS", ["Flat 9, Cheetwood House"]), ("LOCATION", ["Cheetham Hill"]), ("LOCATION", ["Manchester"]),
      ("POSTCODE", ["M8 8EH"]), ("NAME", ["Chantelle", "Brophy"]), ("NAME", ["Dwayne"]), ("NAME", ["Mia"]),
      ("LOCATION", ["Temple Primary School"]), ("NAME", ["Grace", "Oyelaran-Holt"]), ("PHONE", ["0161 234 5001"]),
      ("ID", ["CR/2025/0098812"])],
     ["spiral fracture of the L femur", "TEN-4-FACESp positive", "RCPCH", "retinal haemorrhages",
      "osteogenesis imperfecta"]),
    ("HMP Barlinnie Health Centre - nursing note 05/05/2025 08:50\nPrisoner: Connor Mulgrew-Sahin, DOB 18/10/1988, "
     "CHI 1810884136, prison no. 223419, C Hall\nOpioid substitution: Espranor (buprenorphine oral lyophilisate) 16 "
     "mg daily, witnessed, no diversion seen. Hep C Ab positive, RNA pending; FibroScan 6.8 kPa. Remains on a Talk "
     "To Me care plan after a ligature incident last week - observations hourly. Brother Ryan (visits from "
     "Easterhouse) has been told. Came to us from HMP Addiewell in March. GP on release: Possilpark Health Centre.\n"
     "Morag Dalgleish-Ito, RMN",
     [("LOCATION", ["Barlinnie"]), ("DATE", ["05/05/2025"]), ("NAME", ["Connor", "Mulgrew-Sahin"]),
      ("DATE", ["18/10/1988"]), ("ID", ["1810884136"]), ("ID", ["223419"]), ("NAME", ["Ryan"]),
      ("LOCATION", ["Easterhouse"]), ("LOCATION", ["Addiewell"]), ("HOSPITAL", ["Possilpark Health Centre"]),
      ("NAME", ["Morag", "Dalgleish-Ito"])],
     ["Espranor", "buprenorphine oral lyophilisate", "Hep C Ab positive", "FibroScan 6.8 kPa",
      "Talk To Me care plan"]),
    ("School nurse record - Fitzroy High School  19/05/2025\nStudent: Matilda Kowalczyk-Ng, Year 8, DOB 04/09/2012, "
     "Medicare 4162 05871 2\nParent: Ms Dimitra Kowalczyk, 0431 266 904, dimitra.kowalczyk@bigpond.com\nHome: 5 "
     "Albion Street, Brunswick East VIC 3057\nPeanut and cashew anaphylaxis - ASCIA Action Plan (red) updated, "
     "spare EpiPen 300 mcg in sick bay. Asthma on Flixotide 125 two puffs bd. Today mild wheeze after PE, SpO2 97%, "
     "settled with 4 puffs Ventolin via spacer; back to class. Letter to GP Dr Wiremu Patane-Hughes, Lygon Family "
     "Clinic.\nFenella Quartermaine, RN",
     [("LOCATION", ["Fitzroy High School"]), ("DATE", ["19/05/2025"]), ("NAME", ["Matilda", "Kowalczyk-Ng"]),
      ("DATE", ["04/09/2012"]), ("ID", ["4162 05871 2"]), ("NAME", ["Dimitra", "Kowalczyk"]),
      ("PHONE", ["0431 266 904"]), ("EMAIL", ["dimitra.kowalczyk@bigpond.com"]), ("ADDRESS", ["5 Albion Street"]),
      ("LOCATION", ["Brunswick East"]), ("POSTCODE", ["3057"]), ("NAME", ["Wiremu", "Patane-Hughes"]),
      ("HOSPITAL", ["Lygon Family Clinic"]), ("NAME", ["Fenella", "Quartermaine"])],
     ["ASCIA Action Plan", "EpiPen 300 mcg", "Flixotide 125", "SpO2 97%", "Ventolin via spacer"]),
    ("Patient portal message - Froedtert Hospital Endocrinology, Milwaukee\nFrom: Brandon Castellano-Whitfield (MRN "
     "88214607)   To: Dr. Hyun-woo Park   Sent: 10/03/2025 7:42 PM\n\"Hi Dr. Park, my Dexcom G7 keeps reading high "
     "since the Mounjaro went up. My A1c was 8.9 in September. Can my refills go to the Walgreens on W Oklahoma Ave "
     "instead? New email is b.castwhit88@gmail.com and my Clarity share link is "
     "https://clarity.dexcom.com/share/ZQ7K2M4P. My insurance says there is a Grace period on my premium until the "
     "31st so please send it soon. Thanks, Brandon\"\nReply: Clarity shows time in range 54%. Will increase "
     "Mounjaro to 7.5 mg weekly; keep metformin. Your G7 receiver (serial SM41287730) needs a software update - "
     "call 414-555-0162.\n- Tamsin Oyelowo-Brandt, RN, for Dr. Park",
     [("HOSPITAL", ["Froedtert Hospital"]), ("LOCATION", ["Milwaukee"]),
      ("NAME", ["Brandon", "Castellano-Whitfield"]), ("MRN", ["88214607"]), ("NAME", ["Hyun-woo", "Park"]),
      ("DATE", ["10/03/2025"]), ("ADDRESS", ["W Oklahoma Ave"]), ("EMAIL", ["b.castwhit88@gmail.com"]),
      ("URL", ["https://clarity.dexcom.com/share/ZQ7K2M4P"]), ("SERIAL", ["SM41287730"]),
      ("PHONE", ["414-555-0162"]), ("NAME", ["Tamsin", "Oyelowo-Brandt"])],
     ["Dexcom G7", "A1c was 8.9", "Grace period", "time in range 54%", "Will increase Mounjaro to 7.5 mg weekly",
      "keep metformin"]),
    ("Occupational Health - WorkWell Clinic, Surrey BC  2025-06-18\nWorker: Gurpreet Sandhu-Lachance, DOB "
     "1984-12-02, PHN 9481 726 309, WorkSafeBC claim 7045218\nEmployer: Tilbury Cold Storage, Delta. Forklift "
     "operator in the freezer section for 11 years.\nAudiogram: bilateral 4 kHz notch - noise-induced hearing loss; "
     "hearing protection reinforced. R hand numbness at night, Phalen's and Tinel's positive: carpal tunnel "
     "syndrome likely; nerve conduction studies booked at Jim Pattison Outpatient Care Centre. Fit with "
     "restrictions: modified duties 6 weeks, no vibrating tools. Supervisor Darnell Whitford (604-555-0126) "
     "agrees.\nAnnika Strand, OHN",
     [("HOSPITAL", ["WorkWell Clinic"]), ("LOCATION", ["Surrey"]), ("DATE", ["2025-06-18"]),
      ("NAME", ["Gurpreet", "Sandhu-Lachance"]), ("DATE", ["1984-12-02"]), ("ID", ["9481 726 309"]),
      ("ID", ["7045218"]), ("LOCATION", ["Tilbury Cold Storage"]), ("LOCATION", ["Delta"]),
      ("HOSPITAL", ["Jim Pattison Outpatient Care Centre"]), ("NAME", ["Darnell", "Whitford"]),
      ("PHONE", ["604-555-0126"]), ("NAME", ["Annika", "Strand"])],
     ["4 kHz notch", "noise-induced hearing loss", "Phalen's and Tinel's positive", "carpal tunnel syndrome",
      "modified duties 6 weeks"]),
] + MORE_NOTES
