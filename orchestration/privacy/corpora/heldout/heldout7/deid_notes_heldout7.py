"""Seventh HELD-OUT set of hand-written notes (``evaluate --set heldout7``), written blind after the sixth held-out
set had been spent. Whoever wrote it read none of the de-identification rules, their word lists or their documentation,
and never ran the evaluation on these notes. Each planted person, place and institution was compared with the DEV notes
and with held-out sets two to six: none recurs whole (only generic pieces do, such as "General Hospital", a county or
a road type). Measure it; do not change a rule because of what it shows.

78 notes, written the way clinicians write them: emergency and admission clerking, ward rounds and handovers,
discharge summaries, GP referrals, clinic letters (one dictated through voice recognition, punctuation spoken),
radiology requests and addenda, social-work, occupational-health, custody, pharmacy, home-health and telephone notes;
from the US, UK, Ireland, the Isle of Man, Australia, New Zealand, Canada, India, Nigeria and South Africa, and in
Greek, Chinese (simplified and traditional), Hebrew, Russian and Hindi. Where a real identifier has a check digit
(NHS, CHI, Australian Medicare, NHI, PPSN, OHIP, BC PHN, Aadhaar, AMKA, South African, Chinese, Taiwanese and Israeli
identity numbers, SNILS) the planted one passes it. The strings that must survive include eponyms, brand names,
places inside disease and classification names, and everyday words that double as given names, each used where a
clinician would use it rather than to set a trap. Split into :mod:`deid_notes_heldout7_more` and
:mod:`deid_notes_heldout7_rest` only to keep each file a readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout7.deid_notes_heldout7_more import NOTES as MORE_NOTES
from consilium.orchestration.privacy.corpora.heldout.heldout7.deid_notes_heldout7_rest import NOTES as REST_NOTES

NOTES: list[Note] = [
    ("ED NOTE 22:40 - Wansbeck General Hospital, Ashington\nMr Ebenezer Pybus-Hogarth, 68M, hosp no W4418207, NHS 162 "
     "531 6038. Lives 14 Coquet Terrace, Warkworth NE65 0DL with wife Ishbel. Woke with R facial droop, unable to "
     "close R eye, drooling; forehead involved (cannot raise R brow). No limb weakness, no rash in ear canal. "
     "Impression: Bell's palsy, House-Brackmann IV. Prednisolone 50 mg OD 10 days, eye taping at night, lubricating "
     "drops. Safety-netted re Ramsay Hunt. Wife's mob 07843 219 576. GP: Dr Lettice Gillon, Coquet Medical Group. "
     "Seen by Dr Zebedee Nwachukwu-Reid (ST4).",
     [("HOSPITAL", ["Wansbeck General Hospital"]), ("LOCATION", ["Ashington"]), ("NAME", ["Ebenezer", "Pybus-Hogarth"]),
      ("MRN", ["W4418207"]), ("ID", ["162 531 6038"]), ("ADDRESS", ["14 Coquet Terrace"]), ("LOCATION", ["Warkworth"]),
      ("POSTCODE", ["NE65 0DL"]), ("NAME", ["Ishbel"]), ("PHONE", ["07843 219 576"]), ("NAME", ["Lettice", "Gillon"]),
      ("HOSPITAL", ["Coquet Medical Group"]), ("NAME", ["Zebedee", "Nwachukwu-Reid"])],
     ["unable to close R eye", "Bell's palsy, House-Brackmann IV", "Prednisolone 50 mg OD 10 days",
      "eye taping at night", "Ramsay Hunt"]),
    ("DISCHARGE SUMMARY\nCopley Hospital, Morrisville VT\nPatient: Leontine \"Minnie\" Strothers   MRN: CH-00731946   "
     "DOB: 09/22/1931 (93 y)\nMedicare MBI: 5EG7-XK2-PT41   Acct: 8800412276\nAdmit 01/06/2025 - Discharge "
     "01/11/2025\nDx: RLL community-acquired pneumonia (CURB-65 3), atrial fibrillation with RVR. Rate controlled "
     "with metoprolol; continued Eliquis 2.5 mg bid (age and weight criteria). Bill of rights reviewed with family. "
     "Discharged to Maplewood Terrace Rehabilitation, 1187 Vermont Route 100, Hyde Park VT 05655, for PT. HCP: "
     "daughter-in-law Corinna Strothers 802-555-0146. PCP: Dr. Eldon Vashaw, Stowe Family Practice.\nDictated by "
     "Hortensia Obiakor-Lind, MD  D: 01/11/2025  T: 01/12/2025",
     [("HOSPITAL", ["Copley Hospital"]), ("LOCATION", ["Morrisville"]), ("NAME", ["Leontine", "Strothers"]),
      ("NAME", ["Minnie"]), ("MRN", ["CH-00731946"]), ("DOB90", ["09/22/1931", "1931"]), ("AGE", ["93 y"]),
      ("ID", ["5EG7-XK2-PT41"]), ("ID", ["8800412276"]), ("DATE", ["01/06/2025"]), ("DATE", ["01/11/2025"]),
      ("HOSPITAL", ["Maplewood Terrace Rehabilitation"]), ("ADDRESS", ["1187 Vermont Route 100"]),
      ("LOCATION", ["Hyde Park"]), ("POSTCODE", ["05655"]), ("NAME", ["Corinna"]), ("PHONE", ["802-555-0146"]),
      ("NAME", ["Eldon", "Vashaw"]), ("HOSPITAL", ["Stowe Family Practice"]), ("NAME", ["Hortensia", "Obiakor-Lind"]),
      ("DATE", ["01/12/2025"])],
     ["community-acquired pneumonia (CURB-65 3)", "atrial fibrillation with RVR", "Rate controlled with metoprolol",
      "Eliquis 2.5 mg bid", "Bill of rights reviewed with family"]),
    ("Handover 1900 - Ward 3B, Kingaroy Hospital\nBed 7: Mrs Coral Maunder, 84F, URN 662091, Medicare 2509 89298 7. "
     "D2 post R hemiarthroplasty for #NOF. 4AT 5 this arvo - pulled at IDC, settled with reorientation. Hb 88 (from "
     "104). Endone 5 mg PRN x2 today. Pressure areas intact, Waterlow 18. Husband Wal is in Carinya Aged Care at "
     "Murgon so can't visit - son Kerrod (0447 219 860) is NOK, lives out at Nanango on Drayton St. GP Dr Thu-Trang "
     "Lethbridge, Nanango Family Practice. May need geri review tmrw.",
     [("HOSPITAL", ["Kingaroy Hospital"]), ("NAME", ["Coral", "Maunder"]), ("MRN", ["662091"]),
      ("ID", ["2509 89298 7"]), ("NAME", ["Wal"]), ("HOSPITAL", ["Carinya Aged Care"]), ("LOCATION", ["Murgon"]),
      ("NAME", ["Kerrod"]), ("PHONE", ["0447 219 860"]), ("LOCATION", ["Nanango"]), ("ADDRESS", ["Drayton St"]),
      ("NAME", ["Thu-Trang", "Lethbridge"]), ("HOSPITAL", ["Nanango Family Practice"])],
     ["R hemiarthroplasty for #NOF", "4AT 5 this arvo", "settled with reorientation", "Hb 88 (from 104)", "Waterlow 18",
      "May need geri review tmrw"]),
    ("Referral to General Surgery, Tauranga Hospital\nFrom: Dr Tūī Pollard-Tuhiwai, Katikati Family Health Centre, "
     "280 Main Road, Katikati 3129. Ph 07 549 8243, fax 07 549 8249\nRe: Hēmi Pēwhairangi, DOB 3/4/1958, NHI "
     "VTE0134\n17 Wharawhara Road, Katikati 3129. Cell 027 451 6093\nTēnā koe. Hēmi is a 66-year-old kiwifruit "
     "packhouse hand (Apata) with 3 weeks of painless jaundice, pale stools, dark urine and 6 kg weight loss. On exam "
     "a palpable non-tender gallbladder (Courvoisier sign). Bili 212, ALP 640, CA 19-9 840. US: dilated CBD 14 mm, "
     "pancreatic head not well seen. I am worried about a pancreatic head malignancy and would be grateful for urgent "
     "CT and review. His wife Ana will bring him.\nNgā mihi, Tūī",
     [("HOSPITAL", ["Tauranga Hospital"]), ("NAME", ["Tūī", "Pollard-Tuhiwai"]),
      ("HOSPITAL", ["Katikati Family Health Centre"]), ("ADDRESS", ["280 Main Road"]), ("LOCATION", ["Katikati"]),
      ("POSTCODE", ["3129"]), ("PHONE", ["07 549 8243"]), ("PHONE", ["07 549 8249"]), ("NAME", ["Hēmi", "Pēwhairangi"]),
      ("DATE", ["3/4/1958"]), ("ID", ["VTE0134"]), ("ADDRESS", ["17 Wharawhara Road"]), ("PHONE", ["027 451 6093"]),
      ("LOCATION", ["Apata"]), ("NAME", ["Ana"])],
     ["painless jaundice, pale stools, dark urine", "6 kg weight loss", "(Courvoisier sign)", "CA 19-9 840",
      "dilated CBD 14 mm", "pancreatic head malignancy"]),
    ("CT ANGIOGRAM CHEST (PE PROTOCOL) - STAT\nOrdering provider: Nandini Kessel-Oduya, DO (hospitalist), pager "
     "4471\nPt: LINDQVIST-ABERNATHY, EVERT R   MRN 40021937   DOB 11/02/1966   Acct# 55190024713\nClinical hx: 58M, 2 "
     "days pleuritic L chest pain, HR 118, SpO2 91% RA. Wells score 6.5, D-dimer 2.1. Known Factor V Leiden "
     "heterozygous, prior DVT 2019 off anticoagulation. Iodinated contrast allergy (hives) - premedicate with "
     "prednisone 50 mg 13/7/1 h + diphenhydramine. eGFR 74. Has Abbott Assurity MRI pacemaker, serial RMZ0448815. "
     "Outside CT from Powell Valley Healthcare is on the PACS gateway at 10.14.22.190.",
     [("NAME", ["Nandini", "Kessel-Oduya"]), ("NAME", ["LINDQVIST-ABERNATHY", "EVERT"]), ("MRN", ["40021937"]),
      ("DATE", ["11/02/1966"]), ("ID", ["55190024713"]), ("SERIAL", ["RMZ0448815"]),
      ("HOSPITAL", ["Powell Valley Healthcare"]), ("IP", ["10.14.22.190"])],
     ["pleuritic L chest pain", "Wells score 6.5, D-dimer 2.1", "Factor V Leiden heterozygous",
      "premedicate with prednisone 50 mg 13/7/1 h", "Abbott Assurity MRI pacemaker"]),
    ("SOCIAL WORK NOTE - Ward 5A, Skegness and District Hospital. 09/01/2025\nMr Cuthbert Ludgate (79) has "
     "Parkinson's disease (on Madopar 125 mg qds) and postural hypotension, 3 falls in 2 months. Lives alone in a "
     "cottage on Horbling Lane, Stickney; key safe 2860. Daughter Tabitha Ansell-Marr (mob 07712 640 385, "
     "tabitha.ansellmarr@outlook.com) lives in Spalding and works shifts at Bakkavor. His friend and neighbour "
     "'Ossie' Tebbutt checks on him daily. He attends Sibsey Day Centre on Tuesdays. He lives in hope of getting home "
     "before his dog is rehomed. Plan: reablement package via Lincolnshire County Council, pendant alarm, OT home "
     "visit. Will need a bed downstairs.\nD. Farquharson-Obi, Social Worker",
     [("HOSPITAL", ["Skegness and District Hospital"]), ("DATE", ["09/01/2025"]), ("NAME", ["Cuthbert", "Ludgate"]),
      ("ADDRESS", ["Horbling Lane"]), ("LOCATION", ["Stickney"]), ("CODE", ["2860"]),
      ("NAME", ["Tabitha", "Ansell-Marr"]), ("PHONE", ["07712 640 385"]), ("EMAIL", ["tabitha.ansellmarr@outlook.com"]),
      ("LOCATION", ["Spalding"]), ("LOCATION", ["Lincolnshire"]), ("LOCATION", ["Bakkavor"]),
      ("NAME", ["Ossie", "Tebbutt"]), ("LOCATION", ["Sibsey Day Centre"]), ("NAME", ["Farquharson-Obi"])],
     ["Parkinson's disease (on Madopar 125 mg qds)", "postural hypotension, 3 falls in 2 months",
      "lives in hope of getting home", "reablement package", "pendant alarm", "Will need a bed downstairs"]),
    ("TELEPHONE MESSAGE 14:05 - for Dr. Okonkwo-Friesen\nCaller: Kendra Wiebe-Dueck, wife of Abram Dueck (DOB "
     "1948-10-17, PHIN 117 482 936). Says Abe has been 'foggy' in the mornings this week and his sugars were as low "
     "as 2.8 twice. Takes gliclazide 80 mg bid and metformin 1000 mg bid; new since last visit is ciprofloxacin for a "
     "UTI from the walk-in. Ate a bowl of porridge and improved. Asks whether to go to Bethesda Regional Health "
     "Centre. Home 204-326-5518, cell 204-371-8842. They live at 41 Loewen Blvd, Steinbach. Message taken by Shaylene "
     "(MOA).",
     [("NAME", ["Okonkwo-Friesen"]), ("NAME", ["Kendra", "Wiebe-Dueck"]), ("NAME", ["Abram", "Dueck"]),
      ("DATE", ["1948-10-17"]), ("ID", ["117 482 936"]), ("NAME", ["Abe"]),
      ("HOSPITAL", ["Bethesda Regional Health Centre"]), ("PHONE", ["204-326-5518"]), ("PHONE", ["204-371-8842"]),
      ("ADDRESS", ["41 Loewen Blvd"]), ("LOCATION", ["Steinbach"]), ("NAME", ["Shaylene"])],
     ["sugars were as low as 2.8 twice", "gliclazide 80 mg bid and metformin 1000 mg bid", "ciprofloxacin for a UTI"]),
    ("DEPARTMENT OF GENERAL MEDICINE, GOVERNMENT HEADQUARTERS HOSPITAL, TIRUVANNAMALAI\nDISCHARGE SUMMARY\nName: Mr. "
     "Karuppasamy Velmurugan  Age/Sex: 52/M  IP No: 24/30917  UHID: TVM2024006631\nAddress: 3/114, Kamarajar Street, "
     "Polur, Tiruvannamalai Dist. - 606803\nAadhaar: 7991 1939 7786   Mobile: +91 98427 15630\nDOA: 03.09.2024   DOD: "
     "14.09.2024\nDiagnosis: Leptospirosis with acute kidney injury and jaundice (Weil's disease). MAT titre 1:800. "
     "Treated with IV crystalline penicillin, haemodialysis x 2 sessions. Creatinine 6.4 -> 1.3 at "
     "discharge.\nAdvice: Avoid wading in paddy fields without boots. Review in Nephrology OPD with Dr. S. Anbuselvi "
     "after 1 week.\nAttender: wife Pandiselvi, ph 94433 08172.",
     [("HOSPITAL", ["GOVERNMENT HEADQUARTERS HOSPITAL"]), ("LOCATION", ["TIRUVANNAMALAI"]),
      ("NAME", ["Karuppasamy", "Velmurugan"]), ("MRN", ["24/30917"]), ("MRN", ["TVM2024006631"]),
      ("ADDRESS", ["3/114, Kamarajar Street"]), ("LOCATION", ["Polur"]), ("LOCATION", ["Tiruvannamalai"]),
      ("POSTCODE", ["606803"]), ("ID", ["7991 1939 7786"]), ("PHONE", ["+91 98427 15630"]), ("DATE", ["03.09.2024"]),
      ("DATE", ["14.09.2024"]), ("NAME", ["Anbuselvi"]), ("NAME", ["Pandiselvi"]), ("PHONE", ["94433 08172"])],
     ["Leptospirosis with acute kidney injury and jaundice (Weil's disease)", "MAT titre 1:800",
      "IV crystalline penicillin", "haemodialysis x 2 sessions", "Creatinine 6.4 -> 1.3"]),
    ("A&E CLERKING, General Hospital Etinan, 17/11/2024 19:50\nMr Ekemini Udoakpan, 29M, commercial motorcyclist from "
     "Ukanafun. Hosp No GHE/24/11542, NIN 40718263591. Knocked off his okada by a bus (reg AKS 482 XY) on Nwaniba "
     "Road. GCS 13/15 (E3 V4 M6), open fracture R tibia (Gustilo IIIA), abrasions. Tetanus toxoid given, IV "
     "ceftriaxone, wound washed and splinted. CT brain requested at the teaching hospital in Uyo. Brother Idongesit "
     "Udoakpan, 0803 714 2259, has gone to the police station. Seen by Dr Ubong Essien-Nkanta (MO).",
     [("HOSPITAL", ["General Hospital Etinan"]), ("DATE", ["17/11/2024"]), ("NAME", ["Ekemini", "Udoakpan"]),
      ("LOCATION", ["Ukanafun"]), ("MRN", ["GHE/24/11542"]), ("ID", ["40718263591"]), ("PLATE", ["AKS 482 XY"]),
      ("ADDRESS", ["Nwaniba Road"]), ("LOCATION", ["Uyo"]), ("NAME", ["Idongesit"]), ("PHONE", ["0803 714 2259"]),
      ("NAME", ["Ubong", "Essien-Nkanta"])],
     ["GCS 13/15 (E3 V4 M6)", "open fracture R tibia (Gustilo IIIA)", "Tetanus toxoid given", "IV ceftriaxone"]),
    ("Medical OPD, Stanger Hospital, KwaDukuza - 22/10/2024\nPt: Mlungisi Ngcobo-Khathi, 46M, ID 7809146818080, "
     "folder 0042187. Cane cutter at the Darnall mill, lives at 448 Sinqobile Road, Groutville. Cell 082 417 6632. "
     "Two weeks headache, neck stiffness, low-grade fever. LP: lymphocytic CSF, protein 2.1, glucose ratio 0.3; Xpert "
     "MTB/RIF Ultra positive, rif-resistance not detected. CD4 84, VL 88 000. Dx: TB meningitis in advanced HIV. "
     "Started RHZE + dexamethasone; ART (TLD) to start week 4-6. Sister Zodwa Ngcobo (072 908 1153) is treatment "
     "supporter. Down-referred to Shakaskraal Clinic after discharge. Dr L. Pillay-Mokoena",
     [("HOSPITAL", ["Stanger Hospital"]), ("LOCATION", ["KwaDukuza"]), ("DATE", ["22/10/2024"]),
      ("NAME", ["Mlungisi", "Ngcobo-Khathi"]), ("ID", ["7809146818080"]), ("MRN", ["0042187"]),
      ("LOCATION", ["Darnall mill"]), ("ADDRESS", ["448 Sinqobile Road"]), ("LOCATION", ["Groutville"]),
      ("PHONE", ["082 417 6632"]), ("NAME", ["Zodwa", "Ngcobo"]), ("PHONE", ["072 908 1153"]),
      ("HOSPITAL", ["Shakaskraal Clinic"]), ("NAME", ["Pillay-Mokoena"])],
     ["lymphocytic CSF", "Xpert MTB/RIF Ultra positive", "rif-resistance not detected", "TB meningitis in advanced HIV",
      "RHZE + dexamethasone", "ART (TLD) to start week 4-6", "Down-referred"]),
    ("Bantry General Hospital - Medical Outpatients\nDear Doctor,\nRe: Diarmuid Crowley-Sheehan, DOB 14/06/1961, PPSN "
     "6331207V, Ardgroom, Beara, Co. Cork P75 XK82. Tel 027 74519, mob 087 342 9186.\nI'd appreciate your opinion on "
     "this 63 year old fisherman (he crews on a trawler out of Castletownbere) with raised ferritin 1,420 and "
     "transferrin saturation 78%. HFE genotype: C282Y homozygous. ALT 71. No diabetes. His brother Senan was "
     "diagnosed with haemochromatosis in Kenmare a few years ago. I've started him on venesection at the practice but "
     "would value a liver assessment (FibroScan).\nIs mise le meas,\nDr Órfhlaith Ní Shúilleabháin\nBeara Family "
     "Practice",
     [("HOSPITAL", ["Bantry General Hospital"]), ("NAME", ["Diarmuid", "Crowley-Sheehan"]), ("DATE", ["14/06/1961"]),
      ("ID", ["6331207V"]), ("LOCATION", ["Ardgroom"]), ("LOCATION", ["Beara"]), ("LOCATION", ["Cork"]),
      ("POSTCODE", ["P75 XK82"]), ("PHONE", ["027 74519"]), ("PHONE", ["087 342 9186"]),
      ("LOCATION", ["Castletownbere"]), ("NAME", ["Senan"]), ("LOCATION", ["Kenmare"]),
      ("NAME", ["Órfhlaith", "Ní Shúilleabháin"]), ("HOSPITAL", ["Beara Family Practice"])],
     ["transferrin saturation 78%", "C282Y homozygous", "haemochromatosis", "venesection", "(FibroScan)"]),
    ("Εξιτήριο - Παθολογική Κλινική, Γενικό Νοσοκομείο Πύργου\nΑσθενής: Παναγιώτα Κουτσογιαννοπούλου, 67 ετών, ΑΜΚΑ "
     "15085730743\nΔιεύθυνση: Οδός Μανωλοπούλου 118, 271 00 Πύργος. Τηλ. 26210 84 317, κιν. 697 401 2286\nΕισαγωγή "
     "02/12/2024, έξοδος 09/12/2024. Διάγνωση: πνευμονία κοινότητας δεξιού κάτω λοβού με παρόξυνση ΧΑΠ. Έλαβε "
     "κεφτριαξόνη και αζιθρομυκίνη. Συνοδός: ο γιος της Λεωνίδας. Επανεξέταση από τον θεράποντα ιατρό κ. Ευστάθιο "
     "Ραφτόπουλο.",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Πύργου"]), ("NAME", ["Παναγιώτα", "Κουτσογιαννοπούλου"]),
      ("ID", ["15085730743"]), ("ADDRESS", ["Μανωλοπούλου 118"]), ("POSTCODE", ["271 00"]), ("LOCATION", ["Πύργος"]),
      ("PHONE", ["26210 84 317"]), ("PHONE", ["697 401 2286"]), ("DATE", ["02/12/2024"]), ("DATE", ["09/12/2024"]),
      ("NAME", ["Λεωνίδας"]), ("NAME", ["Ευστάθιο", "Ραφτόπουλο"])],
     ["67 ετών", "πνευμονία κοινότητας δεξιού κάτω λοβού", "παρόξυνση ΧΑΠ", "κεφτριαξόνη και αζιθρομυκίνη"]),
    ("出院小结\n绵阳市中心医院 "
     "心血管内科\n姓名：邓秀英　性别：女　年龄：67岁　住院号：ZY2024118407\n身份证号：510703195708123824\n住址：四川省绵阳市涪城区临园路东段58号3单元\n联系电话：138 9015 "
     "2274（女儿 杨静）\n入院日期：2024年10月8日　出院日期：2024年10月16日\n诊断：急性前壁心肌梗死，Killip "
     "II级；高血压3级。行冠状动脉支架植入术。出院带药：阿司匹林、替格瑞洛、阿托伐他汀。\n主治医师：何振宇",
     [("HOSPITAL", ["绵阳市中心医院"]), ("NAME", ["邓秀英"]), ("MRN", ["ZY2024118407"]), ("ID", ["510703195708123824"]),
      ("ADDRESS", ["临园路东段58号3单元"]), ("LOCATION", ["涪城区"]), ("LOCATION", ["绵阳市"]), ("PHONE", ["138 9015 2274"]),
      ("NAME", ["杨静"]), ("DATE", ["2024年10月8日"]), ("DATE", ["2024年10月16日"]), ("NAME", ["何振宇"])],
     ["急性前壁心肌梗死", "Killip II级", "高血压3级", "冠状动脉支架植入术", "阿司匹林、替格瑞洛、阿托伐他汀"]),
    ("ED triage/MD note. 61 y/o M BIBEMS from a deer lease outside Crockett, c/o crushing substernal CP x 40 min, "
     "diaphoretic. ECG: STE II, III, aVF with reciprocal changes -> inferior STEMI. ASA 324 mg chewed, heparin bolus, "
     "cath lab activated 06:12. Pt Odell Cletus Hatchard, MRN 2290441, DOB 4/19/63. Drove himself partway - truck (TX "
     "plate KNV-6218) left at the Exxon on Hwy 287. Wife Charla 936-555-0172 en route from Groveton. Frank discussion "
     "re risks of PCI, consents. Crockett Medical Center cath team: Dr. Ikenna Wolverton.",
     [("LOCATION", ["Crockett"]), ("NAME", ["Odell", "Cletus", "Hatchard"]), ("MRN", ["2290441"]),
      ("DATE", ["4/19/63"]), ("PLATE", ["KNV-6218"]), ("ADDRESS", ["Hwy 287"]), ("NAME", ["Charla"]),
      ("PHONE", ["936-555-0172"]), ("LOCATION", ["Groveton"]), ("HOSPITAL", ["Crockett Medical Center"]),
      ("NAME", ["Ikenna", "Wolverton"])],
     ["crushing substernal CP x 40 min", "inferior STEMI", "ASA 324 mg chewed", "cath lab activated",
      "Frank discussion re risks of PCI"]),
    ("Knighton Hospital rheumatology clinic letter dictated by Dr Lysander Whitcombe consultant rheumatologist full "
     "stop new paragraph\nDear Dr Mostyn-Price comma\nre colon Mrs Aveline Skerratt comma date of birth twelfth of "
     "March 1949 comma NHS number 377 608 6114 comma flat 3 comma Old Tannery Court comma Presteigne LD8 2BN\nThank "
     "you for referring this 75 year old lady with 6 weeks of bilateral shoulder and hip girdle pain and stiffness "
     "lasting 2 hours in the mornings full stop ESR 62 and CRP rose to 48 full stop no headache comma jaw "
     "claudication or visual symptoms full stop I agree with the diagnosis of polymyalgia rheumatica and have started "
     "prednisolone 15 mg daily with a slow taper comma bone protection with alendronic acid and Adcal D3 full stop I "
     "will see her again in 6 weeks full stop\nyours sincerely\ncc Dr Eluned Mostyn-Price comma Presteigne Medical "
     "Practice\ntyped by AP 18/02/2025",
     [("HOSPITAL", ["Knighton Hospital"]), ("NAME", ["Lysander", "Whitcombe"]), ("NAME", ["Mostyn-Price"]),
      ("NAME", ["Aveline", "Skerratt"]), ("DATE", ["twelfth of March 1949"]), ("ID", ["377 608 6114"]),
      ("ADDRESS", ["flat 3 comma Old Tannery Court"]), ("LOCATION", ["Presteigne"]), ("POSTCODE", ["LD8 2BN"]),
      ("NAME", ["Eluned"]), ("HOSPITAL", ["Presteigne Medical Practice"]), ("DATE", ["18/02/2025"])],
     ["bilateral shoulder and hip girdle pain", "CRP rose to 48", "jaw claudication", "polymyalgia rheumatica",
      "prednisolone 15 mg daily with a slow taper", "alendronic acid and Adcal D3"]),
    ("Night shift note 0300 - Med/Surg, Livingston HealthCare\nRm 214: Augustin 'Gus' Thibodeaux-Pryce, 74M, MRN "
     "77140395. AECOPD, on BiPAP 14/6 FiO2 35% since 2300, ABG 7.31/62/71. Sats 89-91%. Tolerating mask; needed "
     "lorazepam 0.5 x1. Home O2 is an Inogen One G5, serial G5-1410448217 - wife brought it in. Wife Junie "
     "(406-555-0193) staying at a motel on Park St; they ranch near Wilsall. Dawn labs ordered. Will update Dr. "
     "Severin Vandersloot at 0700.",
     [("HOSPITAL", ["Livingston HealthCare"]), ("NAME", ["Augustin", "Thibodeaux-Pryce"]), ("NAME", ["Gus"]),
      ("MRN", ["77140395"]), ("SERIAL", ["G5-1410448217"]), ("NAME", ["Junie"]), ("PHONE", ["406-555-0193"]),
      ("ADDRESS", ["Park St"]), ("LOCATION", ["Wilsall"]), ("NAME", ["Severin", "Vandersloot"])],
     ["AECOPD, on BiPAP 14/6 FiO2 35%", "ABG 7.31/62/71", "lorazepam 0.5 x1", "Inogen One G5", "Dawn labs ordered"]),
    ("מכתב שחרור - מחלקה פנימית ב', המרכז הרפואי ברזילי, אשקלון\nשם המטופל: יחזקאל בן-שושן, גיל 72, ת.ז. "
     "314562109\nכתובת: רחוב הנשיאים 17, שדרות. טלפון: 050-7314482\nתאריך קבלה: 12/01/2025, תאריך שחרור: "
     "17/01/2025\nאבחנה: אי ספיקת לב מתקדמת עם גודש ריאתי, פרפור פרוזדורים. טופל בפורוסמיד תוך ורידי. בתו דפנה "
     "בן-שושן מלווה אותו.\nהרופא המטפל: ד\"ר גלעד אפשטיין-נחום",
     [("HOSPITAL", ["המרכז הרפואי ברזילי"]), ("LOCATION", ["אשקלון"]), ("NAME", ["יחזקאל", "בן-שושן"]),
      ("ID", ["314562109"]), ("ADDRESS", ["רחוב הנשיאים 17"]), ("LOCATION", ["שדרות"]), ("PHONE", ["050-7314482"]),
      ("DATE", ["12/01/2025"]), ("DATE", ["17/01/2025"]), ("NAME", ["דפנה"]), ("NAME", ["גלעד", "אפשטיין-נחום"])],
     ["אי ספיקת לב מתקדמת", "גודש ריאתי", "פרפור פרוזדורים", "פורוסמיד תוך ורידי"]),
    ("Telehealth review (psychiatry) - Mount Gambier\nPt: Jaydah Cresswell-Ngata, 15F, DOB 08/08/2009, Medicare 3658 "
     "27366 6, UR 0511872. Year 10 at Grant High School. Restrictive eating for 5 months, BMI 15.1, resting HR 42 "
     "lying, postural rise 38. Phosphate 0.62, K 3.2. Meets criteria for medical admission (refeeding risk) - "
     "arranged with Flinders paediatrics. Mum (Shontelle, 0418 327 550, shontelle.cresswell@bigpond.com) found her "
     "following pro-ana accounts; Jaydah posts as @jaydahhh.eats and on TikTok as moonlitpetal_09. Call dropped "
     "twice: link ran from 203.122.41.18. Dr Fabian Vandenbroek (consultant), headspace Mount Gambier.",
     [("LOCATION", ["Mount Gambier"]), ("NAME", ["Jaydah", "Cresswell-Ngata"]), ("DATE", ["08/08/2009"]),
      ("ID", ["3658 27366 6"]), ("MRN", ["0511872"]), ("LOCATION", ["Grant High School"]), ("NAME", ["Shontelle"]),
      ("PHONE", ["0418 327 550"]), ("EMAIL", ["shontelle.cresswell@bigpond.com"]), ("HANDLE", ["jaydahhh.eats"]),
      ("HANDLE", ["moonlitpetal_09"]), ("HOSPITAL", ["Flinders"]), ("IP", ["203.122.41.18"]),
      ("NAME", ["Fabian", "Vandenbroek"])],
     ["Restrictive eating for 5 months", "BMI 15.1, resting HR 42 lying", "Phosphate 0.62, K 3.2", "(refeeding risk)"]),
    ("GP triage call 08:35. Spoke to Mrs Hepzibah Orrell re her husband Norris (DOB 02/07/1944), who has had a red "
     "hot swollen L calf since yesterday after a long drive back from Thurso; no new medicines. Advised same-day DVT "
     "pathway at Bridlington Hospital ambulatory unit. She asked for the district nurses to be told: DN team fax "
     "01723 342 771, ph 01723 342 770. They live at 9 Stonegate Garth, Hunmanby, YO14 0QH. Home 01723 859 406. Grace "
     "period for his repeat statin ran out - reissued. Dr R. Featherstonehaugh",
     [("NAME", ["Hepzibah", "Orrell"]), ("NAME", ["Norris"]), ("LOCATION", ["Thurso"]), ("DATE", ["02/07/1944"]),
      ("HOSPITAL", ["Bridlington Hospital"]), ("PHONE", ["01723 342 771"]), ("PHONE", ["01723 342 770"]),
      ("ADDRESS", ["9 Stonegate Garth"]), ("LOCATION", ["Hunmanby"]), ("POSTCODE", ["YO14 0QH"]),
      ("PHONE", ["01723 859 406"]), ("NAME", ["Featherstonehaugh"])],
     ["red hot swollen L calf", "same-day DVT pathway", "ambulatory unit",
      "Grace period for his repeat statin ran out"]),
    ("DISCHARGE LETTER - Guysborough Memorial Hospital, Guysborough NS\nPatient: Ewen Aeneas MacIsaac-Doucette   MSI "
     "0093418852   DOB 1959-02-11   Chart GMH-448127\n36 Loggie St, Mulgrave NS B0E 2G0. Tel 902-747-3316\nAdmitted "
     "2024-11-02 with ascending weakness and areflexia 10 days after Campylobacter gastroenteritis. CSF "
     "albuminocytological dissociation; NCS demyelinating. Dx: Guillain-Barre syndrome (AIDP). IVIG 2 g/kg over 5 "
     "days; FVC nadir 1.9 L, no intubation. Transferred 2024-11-19 to the Nova Scotia Rehabilitation Centre, Halifax. "
     "Family physician: Dr. Saorla Gillis-Abboud, Mulgrave. Wife Veronica aware.\nDr. Keshav Anand-Boudreau, Neurology",
     [("HOSPITAL", ["Guysborough Memorial Hospital"]), ("LOCATION", ["Guysborough"]),
      ("NAME", ["Ewen", "Aeneas", "MacIsaac-Doucette"]), ("ID", ["0093418852"]), ("DATE", ["1959-02-11"]),
      ("MRN", ["GMH-448127"]), ("ADDRESS", ["36 Loggie St"]), ("LOCATION", ["Mulgrave"]), ("POSTCODE", ["B0E 2G0"]),
      ("PHONE", ["902-747-3316"]), ("DATE", ["2024-11-02"]), ("DATE", ["2024-11-19"]),
      ("HOSPITAL", ["Nova Scotia Rehabilitation Centre"]), ("LOCATION", ["Halifax"]),
      ("NAME", ["Saorla", "Gillis-Abboud"]), ("NAME", ["Veronica"]), ("NAME", ["Keshav", "Anand-Boudreau"])],
     ["ascending weakness and areflexia", "Campylobacter gastroenteritis", "albuminocytological dissociation",
      "Guillain-Barre syndrome (AIDP)", "IVIG 2 g/kg over 5 days", "FVC nadir 1.9 L"]),
    ("Paeds diabetes clinic - Joint Township District Memorial Hospital, St. Marys OH\n11yo F Paisleigh Oberhaus, MRN "
     "3318024, DOB 03/30/2013. T1DM x 3 yrs. HbA1c 8.9 (from 7.6). Omnipod 5 (PDM serial 2OP5-K448213) with Dexcom "
     "G7; frequent occlusion alarms. 2 episodes of DKA-adjacent ketones 1.8 at school - Wapakoneta Middle School "
     "nurse Mrs. Marjean Geiger faxes logs from 419-739-5120. Mom Kaylin (kaylin.oberhaus@woh.rr.com, cell "
     "419-555-0138) works nights at Honda in Anna. Insurance: Buckeye Health Plan member ID 709341125. Plan: site "
     "rotation, basal +10% overnight, ketone sick-day rules reviewed. - Nnamdi Holtzclaw, CNP",
     [("HOSPITAL", ["Joint Township District Memorial Hospital"]), ("LOCATION", ["St. Marys"]),
      ("NAME", ["Paisleigh", "Oberhaus"]), ("MRN", ["3318024"]), ("DATE", ["03/30/2013"]), ("SERIAL", ["2OP5-K448213"]),
      ("LOCATION", ["Wapakoneta Middle School"]), ("NAME", ["Marjean", "Geiger"]), ("PHONE", ["419-739-5120"]),
      ("NAME", ["Kaylin"]), ("EMAIL", ["kaylin.oberhaus@woh.rr.com"]), ("PHONE", ["419-555-0138"]),
      ("LOCATION", ["Honda in Anna"]), ("ID", ["709341125"]), ("NAME", ["Nnamdi", "Holtzclaw"])],
     ["T1DM x 3 yrs", "HbA1c 8.9 (from 7.6)", "Omnipod 5", "Dexcom G7", "frequent occlusion alarms",
      "ketone sick-day rules reviewed"]),
    ("Belford Hospital, Fort William - medical admission\n86M Mr Somhairle Dewar-Macrae, CHI 110338 1644. Retired "
     "crofter, lives at 2 Inverroy Cottages, Roy Bridge PH31 4AQ. Brought by his nephew Finlay. 3 days productive "
     "cough, confusion, RR 28, urea 11 -> CURB-65 4. CXR LLL consolidation. IV co-amoxiclav + clarithromycin. "
     "Legionella and pneumococcal urinary antigens sent. AKI stage 1 - holding ramipril. DNACPR discussed with "
     "patient and nephew (07791 305 662); agreed. Seen by Dr Seonaid Abernethy-Rao (FY2), reviewed by Dr Oyelaran, "
     "consultant.",
     [("HOSPITAL", ["Belford Hospital"]), ("LOCATION", ["Fort William"]), ("NAME", ["Somhairle", "Dewar-Macrae"]),
      ("ID", ["110338 1644"]), ("ADDRESS", ["2 Inverroy Cottages"]), ("LOCATION", ["Roy Bridge"]),
      ("POSTCODE", ["PH31 4AQ"]), ("NAME", ["Finlay"]), ("PHONE", ["07791 305 662"]),
      ("NAME", ["Seonaid", "Abernethy-Rao"]), ("NAME", ["Oyelaran"])],
     ["productive cough, confusion, RR 28", "CURB-65 4", "LLL consolidation", "IV co-amoxiclav + clarithromycin",
      "Legionella and pneumococcal urinary antigens", "holding ramipril"]),
    ("Cardiac Devices Clinic, Torbay Hospital - remote monitoring review 10/02/2025\nMr Leofric Yelland, 71, NHS 912 "
     "359 0599, of Flat 2, Harbour View Mansions, Beacon Hill, Brixham TQ5 9AQ.\nDual-chamber ICD (Medtronic Cobalt "
     "XT DR, serial PZX601923S) implanted 2022 for ischaemic cardiomyopathy, EF 30%. Home monitor transmitted via "
     "MyCareLink Smart on 08/02: one VT episode at 188 bpm terminated by ATP, no shock. Lead parameters stable, "
     "battery 9.1 years. Bisoprolol up to 5 mg. He still holds a group 2 (HGV) entitlement on licence "
     "YELLA553140L99TJ, which DVLA rules bar after an ICD - he agreed to notify DVLA himself. Transmission report: "
     "https://rm.torbaycardiac.nhs.uk/reports/YEL-4471. Reply by email to leofric.y@talktalk.net as he is hard of "
     "hearing. Physiologist: Ossian Pengilly-Okoro.",
     [("HOSPITAL", ["Torbay Hospital"]), ("DATE", ["10/02/2025"]), ("NAME", ["Leofric", "Yelland"]),
      ("ID", ["912 359 0599"]), ("ADDRESS", ["Flat 2, Harbour View Mansions, Beacon Hill"]), ("LOCATION", ["Brixham"]),
      ("POSTCODE", ["TQ5 9AQ"]), ("SERIAL", ["PZX601923S"]), ("DATE", ["08/02"]), ("LICENCE", ["YELLA553140L99TJ"]),
      ("URL", ["https://rm.torbaycardiac.nhs.uk/reports/YEL-4471"]), ("EMAIL", ["leofric.y@talktalk.net"]),
      ("NAME", ["Ossian", "Pengilly-Okoro"])],
     ["Dual-chamber ICD (Medtronic Cobalt XT DR", "ischaemic cardiomyopathy, EF 30%",
      "one VT episode at 188 bpm terminated by ATP", "battery 9.1 years", "Bisoprolol up to 5 mg"]),
    ("ED provider note - Holyoke Medical Center, Holyoke MA, 01/04/2025 01:30\n24M Yandel Acevedo-Brightwater, MRN "
     "HMC7740218. First said he punched a wall; later states he was jumped outside Club Vértigo on High St. R hand "
     "swelling over 5th MC, no rotational deformity; XR: 5th metacarpal neck fx (boxer's fracture), 40 deg "
     "angulation. Closed reduction, ulnar gutter splint. Scalp lac 2 cm stapled. HPD Officer Szczygiel, badge 4418, "
     "took a statement; suspect left in a grey Altima, MA plate 7XKR21. His girlfriend filmed it and posted to "
     "Instagram (@yaneliz.rd). Hand clinic in 1 wk. Cell 413-555-0162.",
     [("HOSPITAL", ["Holyoke Medical Center"]), ("LOCATION", ["Holyoke"]), ("DATE", ["01/04/2025"]),
      ("NAME", ["Yandel", "Acevedo-Brightwater"]), ("MRN", ["HMC7740218"]), ("LOCATION", ["Club Vértigo"]),
      ("ADDRESS", ["High St"]), ("NAME", ["Szczygiel"]), ("ID", ["4418"]), ("PLATE", ["7XKR21"]),
      ("HANDLE", ["yaneliz.rd"]), ("PHONE", ["413-555-0162"])],
     ["5th metacarpal neck fx (boxer's fracture), 40 deg angulation", "Closed reduction, ulnar gutter splint",
      "Scalp lac 2 cm stapled"]),
    ("Wattle Grove Family Medical\n14 Elouera Parade, Ulladulla NSW 2539 | ph (02) 4455 7120 | fax (02) 4455 7129 | "
     "www.wattlegrovefm.com.au\n03/03/2025\nDear Paediatric Registrar, Milton Ulladulla Hospital\nRe: Kobi "
     "Trevaskis-Amaral, DOB 17/06/2016, Medicare 4679 16667 7 (ref 2)\n12 Kings Point Drive, Kings Point NSW "
     "2539\nKobi is an 8 year old with poorly controlled asthma: night cough 4 nights/wk, Ventolin most days, 2 ED "
     "visits this year. On Flixotide 125 via spacer but technique poor. Year 3 at Ulladulla Public School; he misses "
     "a lot of sport. Parents separated - mum Kyah (0403 661 274) has him weekdays. Please consider stepping up to "
     "Symbicort maintenance and reliever. Eczema and hay fever also.\nDr Ishani Vellacott-Maher (prov. no. 4471823B)",
     [("HOSPITAL", ["Wattle Grove Family Medical"]), ("ADDRESS", ["14 Elouera Parade"]), ("LOCATION", ["Ulladulla"]),
      ("POSTCODE", ["2539"]), ("PHONE", ["(02) 4455 7120"]), ("PHONE", ["(02) 4455 7129"]),
      ("URL", ["www.wattlegrovefm.com.au"]), ("DATE", ["03/03/2025"]), ("HOSPITAL", ["Milton Ulladulla Hospital"]),
      ("NAME", ["Kobi", "Trevaskis-Amaral"]), ("DATE", ["17/06/2016"]), ("ID", ["4679 16667 7"]),
      ("ADDRESS", ["12 Kings Point Drive"]), ("LOCATION", ["Kings Point"]), ("LOCATION", ["Ulladulla Public School"]),
      ("NAME", ["Kyah"]), ("PHONE", ["0403 661 274"]), ("NAME", ["Ishani", "Vellacott-Maher"]),
      ("LICENCE", ["4471823B"])],
     ["night cough 4 nights/wk, Ventolin most days", "Flixotide 125 via spacer", "Symbicort maintenance and reliever",
      "Eczema and hay fever"]),
    ("Sleep clinic - Palmerston North Hospital, 14/11/2024\nMr Hemi-Jordan Tapsell-Crowe, 52, NHI XJA4010, long-haul "
     "truck driver for Mainfreight (Manawatū depot). Lives 9 Awahuri Rd, Feilding 4702. Epworth 17, fell asleep at "
     "the wheel once (truck rego KDR914, no crash). Home sleep study: AHI 42, ODI 38, nadir SpO2 79% - severe "
     "obstructive sleep apnoea. Advised not to drive commercially until treated and Epworth normal; NZTA notified per "
     "medical aspects of fitness to drive. Driver licence DL 4417283, class 5. Auto-CPAP ResMed AirSense 11, serial "
     "23221448817, issued today; download in 4 weeks via AirView. Wife Ngahuia on 027 604 1892. Dr Tiberius "
     "Amarasekera.",
     [("HOSPITAL", ["Palmerston North Hospital"]), ("DATE", ["14/11/2024"]), ("NAME", ["Hemi-Jordan", "Tapsell-Crowe"]),
      ("ID", ["XJA4010"]), ("LOCATION", ["Mainfreight"]), ("LOCATION", ["Manawatū"]), ("ADDRESS", ["9 Awahuri Rd"]),
      ("LOCATION", ["Feilding"]), ("POSTCODE", ["4702"]), ("PLATE", ["KDR914"]), ("LICENCE", ["DL 4417283"]),
      ("SERIAL", ["23221448817"]), ("NAME", ["Ngahuia"]), ("PHONE", ["027 604 1892"]),
      ("NAME", ["Tiberius", "Amarasekera"])],
     ["Epworth 17", "AHI 42, ODI 38, nadir SpO2 79%", "severe obstructive sleep apnoea",
      "Auto-CPAP ResMed AirSense 11"]),
    *MORE_NOTES,
    *REST_NOTES,
]
