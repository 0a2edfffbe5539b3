"""Eighth HELD-OUT set of hand-written notes (``evaluate --set heldout8``), written blind after the seventh held-out
set had been spent. Whoever wrote it read none of the de-identification rules, their word lists or their documentation,
and never ran the evaluation on these notes. Each planted name, place, address and institution was compared with the
planted parts of the DEV notes and of held-out sets one to seven: none recurs as a whole part (only generic pieces do,
such as "General Hospital" or a road type). Measure it; do not change a rule because of what it shows.

68 notes (818 planted identifiers, 281 clinical strings), written the way clinicians write them: emergency and
admission clerking, ICU and ward notes, nursing handovers, discharge summaries, GP referrals, clinic letters (one
dictated through voice recognition, punctuation spoken), radiology requests, social-work, occupational-health,
custody, pharmacy, home-health, school-nurse, antenatal, hospice, remote-monitoring, portal and telephone notes; from
the US, England, Wales, Scotland, Northern Ireland, Ireland, Australia, New Zealand, Canada, India, Nigeria and South
Africa, and in Greek, Chinese (simplified and traditional), Hindi, Russian and Arabic. Where a real identifier has a
check digit (NHS, H&C, CHI, Australian Medicare, NHI, PPSN, OHIP, BC PHN, Aadhaar, AMKA, SNILS, South African, Chinese
and Hong Kong identity numbers) the planted one passes it. The strings that must survive include eponyms, brand names,
places inside disease and classification names, and everyday words that double as given names, each used where a
clinician would use it rather than to set a trap. Split into :mod:`deid_notes_heldout8_more` and
:mod:`deid_notes_heldout8_rest` only to keep each file a readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout8.deid_notes_heldout8_more import NOTES as MORE_NOTES
from consilium.orchestration.privacy.corpora.heldout.heldout8.deid_notes_heldout8_rest import NOTES as REST_NOTES

NOTES: list[Note] = [
    ("A&E - Ysbyty Maelor, Wrexham 23:10\nMr Gethin ap Rhys-Morgan, 71, MRN G1928841, NHS 668 921 6411. From Bryn "
     "Eithin, Llansilin, Oswestry SY10 7PX. Sudden onset L arm and leg weakness and slurred speech, LKW 21:40. NIHSS "
     "11. CT: no bleed; CTA: R M1 occlusion. ASPECTS 9. Thrombolysed with tenecteplase 23:02, discussed with "
     "thrombectomy centre at Walton, transfer arranged. Was on no anticoagulant; ECG AF new. Wife Eirlys (Welsh "
     "speaker) 01691 791 338. Stroke reg Dr Cadfael Whitlow-Agbaje.",
     [("HOSPITAL", ["Ysbyty Maelor"]), ("LOCATION", ["Wrexham"]), ("NAME", ["Gethin", "Rhys-Morgan"]),
      ("MRN", ["G1928841"]), ("ID", ["668 921 6411"]), ("ADDRESS", ["Bryn Eithin"]), ("LOCATION", ["Llansilin"]),
      ("LOCATION", ["Oswestry"]), ("POSTCODE", ["SY10 7PX"]), ("HOSPITAL", ["Walton"]), ("NAME", ["Eirlys"]),
      ("PHONE", ["01691 791 338"]), ("NAME", ["Cadfael", "Whitlow-Agbaje"])],
     ["L arm and leg weakness and slurred speech", "NIHSS 11", "R M1 occlusion", "ASPECTS 9",
      "Thrombolysed with tenecteplase", "ECG AF new"]),
    ("Rural clinic note - Valentine, NE. 01/09/2025\nPt: Alpheus Hatchcock, 54M, MRN 00-418-227. Rancher, lives on HC "
     "63 Box 24, Crookston NE 69212. 3 wks fever, night sweats, headache, myalgia after calving season; unpasteurized "
     "milk. Splenomegaly. Brucella serology pending; differential Q fever, also asked re tick bites (none, so Rocky "
     "Mountain spotted fever unlikely). Started doxycycline + rifampin empirically after cultures. Has Blue Cross "
     "Blue Shield of Nebraska, member NEB482117736. Wife Yolanda can be reached 402-555-0155. Referral to ID at Great "
     "Plains Health, North Platte. - Dr. Fulton Tenbrink",
     [("LOCATION", ["Valentine"]), ("DATE", ["01/09/2025"]), ("NAME", ["Alpheus", "Hatchcock"]),
      ("MRN", ["00-418-227"]), ("ADDRESS", ["HC 63 Box 24"]), ("LOCATION", ["Crookston"]), ("POSTCODE", ["69212"]),
      ("ID", ["NEB482117736"]), ("NAME", ["Yolanda"]), ("PHONE", ["402-555-0155"]),
      ("HOSPITAL", ["Great Plains Health"]), ("LOCATION", ["North Platte"]), ("NAME", ["Fulton", "Tenbrink"])],
     ["fever, night sweats, headache, myalgia", "unpasteurized milk", "Brucella serology pending",
      "Rocky Mountain spotted fever unlikely", "doxycycline + rifampin"]),
    ("Antenatal booking - Rotunda Hospital\nName: Aoibheann Ní Fhlannagáin, DOB 22/07/1994, MRN R0770184, PPSN "
     "0778449P. Address: Apt 14, Riverbank Hall, Ratoath Road, Finglas, Dublin 11, D11 XN48. Mob 087 319 4462. G2P1, "
     "LMP 03/10/2024, EDD 10/07/2025. Prev LSCS 2021 for failure to progress. BMI 34. GDM screen (OGTT) at 24-28 wks. "
     "Partner Fiacre Mulconry (Garda, station Ballymun). GP Dr Síle Kissane-Lowry, Finglas Medical Centre. Keen on "
     "VBAC - discussed.",
     [("HOSPITAL", ["Rotunda Hospital"]), ("NAME", ["Aoibheann", "Ní Fhlannagáin"]), ("DATE", ["22/07/1994"]),
      ("MRN", ["R0770184"]), ("ID", ["0778449P"]), ("ADDRESS", ["Apt 14, Riverbank Hall, Ratoath Road"]),
      ("LOCATION", ["Finglas"]), ("LOCATION", ["Dublin 11"]), ("POSTCODE", ["D11 XN48"]), ("PHONE", ["087 319 4462"]),
      ("DATE", ["03/10/2024"]), ("DATE", ["10/07/2025"]), ("DATE", ["2021"]), ("NAME", ["Fiacre", "Mulconry"]),
      ("LOCATION", ["Ballymun"]), ("NAME", ["Síle", "Kissane-Lowry"]), ("HOSPITAL", ["Finglas Medical Centre"])],
     ["G2P1", "Prev LSCS", "failure to progress", "GDM screen (OGTT) at 24-28 wks", "Keen on VBAC"]),
    ("Hospice admission - St Columba's Hospice, Edinburgh\nMrs Oighrig Lauder-Brash, CHI 1203498608, 75. Metastatic "
     "pancreatic ca, liver mets. Came from home, 6/2 Warriston Gardens, EH3 5NA. Pain uncontrolled on MST 60 bd; "
     "converted to CSCI. Nausea - levomepromazine. ReSPECT form in place: not for CPR. Daughter Catriona (main carer) "
     "0131 552 6041, son in Inverurie. Minister Rev. Alasdair Gunn from Warriston church visiting. GP Dr Tariq "
     "Mowat-Igwe, Inverleith Medical Practice. Admitting nurse Mhairi (band 6).",
     [("HOSPITAL", ["St Columba's Hospice"]), ("LOCATION", ["Edinburgh"]), ("NAME", ["Oighrig", "Lauder-Brash"]),
      ("ID", ["1203498608"]), ("ADDRESS", ["6/2 Warriston Gardens"]), ("POSTCODE", ["EH3 5NA"]),
      ("NAME", ["Catriona"]), ("LOCATION", ["Warriston"]), ("PHONE", ["0131 552 6041"]), ("LOCATION", ["Inverurie"]),
      ("NAME", ["Alasdair", "Gunn"]), ("NAME", ["Tariq", "Mowat-Igwe"]), ("HOSPITAL", ["Inverleith Medical Practice"]),
      ("NAME", ["Mhairi"])],
     ["Metastatic pancreatic ca, liver mets", "MST 60 bd", "converted to CSCI", "levomepromazine",
      "ReSPECT form in place: not for CPR"]),
    ("ED triage: 16F, Kiona Redcloud-Whitfield, DOB 04/30/2008, MRN 2041776. Brought by school nurse from Chinle High "
     "School. Fever, hypotension 82/44, diffuse erythroderma, vomiting; tampon in situ x 2 days. ?toxic shock "
     "syndrome. Removed, cultures, clinda + vanc, 2 L LR. Mom Winona on 928-555-0178; lives Navajo Route 7, Many "
     "Farms AZ 86538. IHS chart # CHI-33081. Transfer to Flagstaff Medical Center PICU discussed. - Dr. Bertram "
     "Yazzie-Olsen",
     [("NAME", ["Kiona", "Redcloud-Whitfield"]), ("DATE", ["04/30/2008"]), ("MRN", ["2041776"]),
      ("LOCATION", ["Chinle High School"]), ("NAME", ["Winona"]), ("PHONE", ["928-555-0178"]),
      ("ADDRESS", ["Navajo Route 7"]), ("LOCATION", ["Many Farms"]), ("POSTCODE", ["86538"]), ("MRN", ["CHI-33081"]),
      ("HOSPITAL", ["Flagstaff Medical Center"]), ("NAME", ["Bertram", "Yazzie-Olsen"])],
     ["diffuse erythroderma", "?toxic shock syndrome", "clinda + vanc, 2 L LR"]),
    ("Пациент: Добромыслов Аркадий Евгеньевич, 59 лет, полис ОМС 7751 2038 4417 6620, СНИЛС 118-402-337 26. Адрес: г. "
     "Кострома, ул. Голубкова, д. 11, кв. 46. Поступил в Костромскую областную клиническую больницу с жалобами на "
     "давящую боль за грудиной. ЭКГ: подъём ST в V1-V4. Диагноз: острый передний инфаркт миокарда. Выполнено "
     "стентирование ПНА. Жена Агриппина, тел. +7 910 662-18-04. Лечащий врач: Кудрявцева О. В.",
     [("NAME", ["Добромыслов", "Аркадий", "Евгеньевич"]), ("ID", ["7751 2038 4417 6620"]), ("ID", ["118-402-337 26"]),
      ("LOCATION", ["Кострома"]), ("ADDRESS", ["ул. Голубкова, д. 11, кв. 46"]),
      ("HOSPITAL", ["Костромскую областную клиническую больницу"]), ("NAME", ["Агриппина"]),
      ("PHONE", ["+7 910 662-18-04"]), ("NAME", ["Кудрявцева"])],
     ["давящую боль за грудиной", "подъём ST в V1-V4", "острый передний инфаркт миокарда", "стентирование ПНА"]),
    ("Handover (ICU -> ward) - Toowoomba Hospital\nPt Clarrie Scholefield, 88, UR 228814. Seen by Dr Nirmala "
     "Uthayakumar. Addisonian crisis on background of Addison's disease, had stopped hydrocortisone after a vomiting "
     "bug. Na 124, K 6.1, BP 74 systolic on arrival. Now on hydrocortisone 50 mg q6h IV, wean to oral tomorrow. "
     "Sick-day rules re-educated, MedicAlert bracelet no. 60455218 ordered. Wife Lorinda lives at Blue Care Clifton. "
     "Son Darrell from Pittsworth 0428 650 139. Farm on Yarranlea Rd.",
     [("HOSPITAL", ["Toowoomba Hospital"]), ("NAME", ["Clarrie", "Scholefield"]), ("MRN", ["228814"]),
      ("NAME", ["Nirmala", "Uthayakumar"]), ("ID", ["60455218"]), ("NAME", ["Lorinda"]),
      ("HOSPITAL", ["Blue Care Clifton"]), ("NAME", ["Darrell"]), ("LOCATION", ["Pittsworth"]),
      ("PHONE", ["0428 650 139"]), ("ADDRESS", ["Yarranlea Rd"])],
     ["Addisonian crisis", "Addison's disease", "Na 124, K 6.1", "hydrocortisone 50 mg q6h IV", "Sick-day rules"]),
    ("Pt: Leopoldine Marchetti-Ruiz / 97F / DOB 1927-12-03 / MRN 5511903 / SSN 366-09-2218\nAdm 2/14/25 from Sunrise "
     "of Grosse Pointe Woods (AL). Fall, R hip pain, shortened + ext rotated. XR: R intertrochanteric fx. Ortho (Dr. "
     "Vasquez-Lindahl) for IMN tomorrow. Hold Plavix? last dose 2/13. Hx of Wernicke encephalopathy 1990s (EtOH), now "
     "abstinent. Hearing aids both ears. POA: nephew Ottavio Marchetti (313) 555-0172. - H. Obianwu, NP",
     [("NAME", ["Leopoldine", "Marchetti-Ruiz"]), ("AGE", ["97F"]), ("DOB90", ["1927-12-03", "1927"]),
      ("MRN", ["5511903"]), ("ID", ["366-09-2218"]), ("DATE", ["2/14/25"]),
      ("HOSPITAL", ["Sunrise of Grosse Pointe Woods"]), ("NAME", ["Vasquez-Lindahl"]), ("DATE", ["2/13"]),
      ("NAME", ["Ottavio"]), ("PHONE", ["(313) 555-0172"]), ("NAME", ["Obianwu"])],
     ["R intertrochanteric fx", "for IMN tomorrow", "Hold Plavix?", "Wernicke encephalopathy",
      "Hearing aids both ears"]),
    ("Safeguarding / school nurse note\nRe: Jaxon Pilbeam, Yr 5, DOB 19/03/2015, at Cranbrook Primary, Ilford. "
     "Attended with bruising on both upper arms in grip pattern, says 'Mum's boyfriend Kyle grabbed me'. Lives 88b "
     "Wanstead Park Road, IG1 3TR with mum Kerrie-Ann Pilbeam (07949 120 663) and Kyle Cottis. MASH referral made "
     "18/02/2025 13:10, ref MASH-RB-250218-0097. DSL Mrs Okafor-Penhaligon informed. Child's GP: Dr Ashok Vedamuthu, "
     "Cranbrook Rd surgery.",
     [("NAME", ["Jaxon", "Pilbeam"]), ("DATE", ["19/03/2015"]), ("LOCATION", ["Cranbrook Primary"]),
      ("LOCATION", ["Ilford"]), ("NAME", ["Kyle"]), ("ADDRESS", ["88b Wanstead Park Road"]), ("POSTCODE", ["IG1 3TR"]),
      ("NAME", ["Kerrie-Ann"]), ("PHONE", ["07949 120 663"]), ("NAME", ["Cottis"]), ("DATE", ["18/02/2025"]),
      ("ID", ["MASH-RB-250218-0097"]), ("NAME", ["Okafor-Penhaligon"]), ("NAME", ["Ashok", "Vedamuthu"]),
      ("HOSPITAL", ["Cranbrook Rd surgery"])],
     ["bruising on both upper arms in grip pattern", "MASH referral made"]),
    ("c/o Dr Nakamura-Finch (on call): 34M Ravindra 'Rav' Seneviratne-Holt, MRN TGH-4408126, OHIP 5685634692 KX. "
     "Travelled to Kenya (Kisumu) 3 wks ago, no prophylaxis. Fever 40.1, rigors, jaundice. Thick/thin smear: P. "
     "falciparum 6% parasitaemia -> severe malaria. IV artesunate started. Lives 220 Grenadier Rd, Apt 1107, Toronto "
     "ON M6R 1R9; works at Humber River as a lab tech. Sister Tharshika 416-555-0139. Hope fever settles by 48 h.",
     [("NAME", ["Nakamura-Finch"]), ("NAME", ["Ravindra", "Seneviratne-Holt"]), ("NAME", ["Rav"]),
      ("MRN", ["TGH-4408126"]), ("LOCATION", ["Kisumu"]), ("ID", ["5685634692 KX"]),
      ("ADDRESS", ["220 Grenadier Rd, Apt 1107"]), ("LOCATION", ["Toronto"]), ("POSTCODE", ["M6R 1R9"]),
      ("HOSPITAL", ["Humber River"]), ("NAME", ["Tharshika"]), ("PHONE", ["416-555-0139"])],
     ["no prophylaxis", "P. falciparum 6% parasitaemia", "severe malaria", "IV artesunate", "Hope fever settles"]),
    ("Dear Dr Ballantyne-Oyelowo,\nRe: Mrs Bébhinn Culhane, 78, Flat 6, Ardnacrusha House, 19 O'Connell Avenue, "
     "Castletroy V94 K2T8. MRN UHL-0448812. Medical card no. 3018477C.\nI reviewed Mrs Culhane in the falls clinic at "
     "St. Camillus's today. She has had four falls since May, all on standing. Lying/standing BP 146/82 -> 104/66 "
     "with symptoms: orthostatic hypotension, worse since tamsulosin was started by urology at the Regional. Timed "
     "up-and-go 19 s. I have stopped tamsulosin, advised compression stockings and slow rising, and asked the Ennis "
     "Road physiotherapy team to see her at home. Her son Cillian (087 661 0934) drives her. I will see her again in "
     "8 weeks.\nYours sincerely,\nDr Clíodhna Vaughan-Hartigan, Consultant Geriatrician",
     [("NAME", ["Ballantyne-Oyelowo"]), ("NAME", ["Bébhinn", "Culhane"]),
      ("ADDRESS", ["Flat 6, Ardnacrusha House, 19 O'Connell Avenue"]), ("LOCATION", ["Castletroy"]),
      ("POSTCODE", ["V94 K2T8"]), ("MRN", ["UHL-0448812"]), ("ID", ["3018477C"]), ("HOSPITAL", ["St. Camillus's"]),
      ("HOSPITAL", ["the Regional"]), ("ADDRESS", ["Ennis Road"]), ("NAME", ["Cillian"]), ("PHONE", ["087 661 0934"]),
      ("NAME", ["Clíodhna", "Vaughan-Hartigan"])],
     ["four falls since May, all on standing", "orthostatic hypotension", "Timed up-and-go 19 s",
      "compression stockings and slow rising"]),
    ("EMS run sheet #25-004417 - Medic 12, Tillamook County\nDispatched 06:52 to 4410 Netarts Hwy W, Tillamook OR "
     "97141 (Cape Meares Loop side). 66M Lavern Vanderhoof found by neighbor Ephraim. GCS 14, L facial droop, "
     "expressive aphasia, BG 142. Cincinnati stroke scale positive. LKW 05:30 per wife Mertice. Pt's truck (OR plate "
     "418 KRB) in drive. Transported priority 1 to Adventist Health Tillamook, pre-alert 07:04, then likely to OHSU. "
     "Pt card: Providence Health Plan ID PHP00918234. Crew: P. Vandermeulen (NRP lic. P-20188), EMT Zeke Halvorsrud.",
     [("ID", ["25-004417"]), ("LOCATION", ["Tillamook County"]), ("ADDRESS", ["4410 Netarts Hwy W"]),
      ("LOCATION", ["Tillamook"]), ("POSTCODE", ["97141"]), ("LOCATION", ["Cape Meares"]),
      ("NAME", ["Lavern", "Vanderhoof"]), ("NAME", ["Ephraim"]), ("NAME", ["Mertice"]), ("PLATE", ["418 KRB"]),
      ("HOSPITAL", ["Adventist Health Tillamook"]), ("HOSPITAL", ["OHSU"]), ("ID", ["PHP00918234"]),
      ("NAME", ["Vandermeulen"]), ("LICENCE", ["P-20188"]), ("NAME", ["Zeke", "Halvorsrud"])],
     ["L facial droop, expressive aphasia", "Cincinnati stroke scale positive", "BG 142"]),
    ("Haematology MDT outcome 16/01/2025 - the Royal Cornwall (Treliske)\nPt: Tristan Tremayne-Blewett, 23M, NHS 540 "
     "299 1375, DOB 09/09/2001. Student at Falmouth University (Penryn campus), home address 2 Chapel Row, Mousehole "
     "TR19 6SD. Excision biopsy L cervical node: classical Hodgkin lymphoma, nodular sclerosis. PET-CT: stage IIA, no "
     "bulk. Plan: ABVD x 2 then interim PET (RATHL approach); fertility preservation (sperm banking at Musgrove) "
     "before C1. Sister Morvoren Blewett present; contact morvoren.b@outlook.com. CNS: Wenna Polglaze, ext 2271. "
     "Frank discussion about prognosis (cure rate high).",
     [("DATE", ["16/01/2025"]), ("HOSPITAL", ["the Royal Cornwall"]), ("HOSPITAL", ["Treliske"]),
      ("NAME", ["Tristan", "Tremayne-Blewett"]), ("ID", ["540 299 1375"]), ("DATE", ["09/09/2001"]),
      ("LOCATION", ["Falmouth University"]), ("LOCATION", ["Penryn"]), ("ADDRESS", ["2 Chapel Row"]),
      ("LOCATION", ["Mousehole"]), ("POSTCODE", ["TR19 6SD"]), ("HOSPITAL", ["Musgrove"]),
      ("NAME", ["Morvoren", "Blewett"]), ("EMAIL", ["morvoren.b@outlook.com"]), ("NAME", ["Wenna", "Polglaze"]),
      ("CODE", ["2271"])],
     ["classical Hodgkin lymphoma, nodular sclerosis", "stage IIA, no bulk", "ABVD x 2 then interim PET",
      "fertility preservation", "Frank discussion about prognosis"]),
    ("Paediatric cardiology outreach clinic - Whiston Hospital, Prescot\nRe: Maisie-Rae Fitzsimmons-Okoro, 4y, DOB "
     "11/06/2020, hosp no AH8804196, NHS 733 672 0188. Down syndrome; repaired AVSD at 5 months (surgeon Mr Abhishek "
     "Tharoor-Lyle). Echo today: mild left AV valve regurgitation, no residual VSD, good function. Growth on the Down "
     "syndrome chart 25th centile. Nursery: Tiddlywinks, Rainhill. Mum Kirstine and dad Chukwuemeka both attended "
     "(mum 07805 992 341). Review 12 months. Dr Ceinwen Gathercole-Esan.",
     [("HOSPITAL", ["Whiston Hospital"]), ("LOCATION", ["Prescot"]), ("NAME", ["Maisie-Rae", "Fitzsimmons-Okoro"]),
      ("DATE", ["11/06/2020"]), ("MRN", ["AH8804196"]), ("ID", ["733 672 0188"]),
      ("NAME", ["Abhishek", "Tharoor-Lyle"]), ("LOCATION", ["Tiddlywinks"]), ("LOCATION", ["Rainhill"]),
      ("NAME", ["Kirstine"]), ("NAME", ["Chukwuemeka"]), ("PHONE", ["07805 992 341"]),
      ("NAME", ["Ceinwen", "Gathercole-Esan"])],
     ["Down syndrome; repaired AVSD at 5 months", "mild left AV valve regurgitation, no residual VSD",
      "Down syndrome chart 25th centile"]),
    ("GI clinic - IBD nurse phone f/u 11/02/2025\nSpoke to Ms Isaura Ardagh-Rao (MRN 300-771-24, DOB 1989-04-17). "
     "Crohn's, Montreal A2 L3 B1, on Humira 40 mg every other week (lot no. 1187344, pen device). 5-6 loose "
     "stools/day for 10 days, no blood, CRP 34, calprotectin 880. Faecal cultures sent. Discussed dose escalation "
     "with Dr Okunowo-Price. Will book CT enterography. Her work (Yorkshire Bank branch, Commercial St, Keighley) "
     "needs a fit note - done. Pt prefers email d.ardaghrao@icloud.com. Bill from private physio not our remit.",
     [("DATE", ["11/02/2025"]), ("NAME", ["Isaura", "Ardagh-Rao"]), ("MRN", ["300-771-24"]), ("DATE", ["1989-04-17"]),
      ("SERIAL", ["1187344"]), ("NAME", ["Okunowo-Price"]), ("LOCATION", ["Yorkshire Bank"]),
      ("ADDRESS", ["Commercial St"]), ("LOCATION", ["Keighley"]), ("EMAIL", ["d.ardaghrao@icloud.com"])],
     ["Crohn's, Montreal A2 L3 B1", "Humira 40 mg every other week", "calprotectin 880", "Faecal cultures sent",
      "Will book CT enterography", "Bill from private physio not our remit"]),
    ("ID consult - Mercy Hospital, Ardmore\n71F Vernice Oakerhater-Bly, MRN 882-1044, Medicare 4TW9-RK7-UC36. Fever, "
     "confusion, flaccid weakness L arm x 4 days after many mosquito bites at her lake cabin on Lake Murray. CSF "
     "lymphocytic pleocytosis, WNV IgM positive in CSF: West Nile neuroinvasive disease. Supportive care; no "
     "antiviral. Reported to county health dept (case # CCH-2024-1187). Daughter Tallulah Bly (580-555-0163) at "
     "bedside; son works at the Michelin plant. Dr. Zebulon Grünewald-Poe, ID.",
     [("HOSPITAL", ["Mercy Hospital"]), ("LOCATION", ["Ardmore"]), ("NAME", ["Vernice", "Oakerhater-Bly"]),
      ("MRN", ["882-1044"]), ("ID", ["4TW9-RK7-UC36"]), ("LOCATION", ["Lake Murray"]), ("ID", ["CCH-2024-1187"]),
      ("NAME", ["Tallulah", "Bly"]), ("LOCATION", ["Michelin plant"]), ("PHONE", ["580-555-0163"]),
      ("NAME", ["Zebulon", "Grünewald-Poe"])],
     ["flaccid weakness L arm", "CSF lymphocytic pleocytosis", "West Nile neuroinvasive disease",
      "Supportive care; no antiviral"]),
    ("Radiology request: MRI brain + IAMs w/ gadolinium\nPt: Mrs Nesta Openshaw-Idowu, DOB 28.02.1958, hosp no "
     "K0448120, NHS 787 755 9313. Ward: ENT ward, Harrogate District Hospital.\nHx: 8/12 progressive L sensorineural "
     "hearing loss, tinnitus, imbalance; episodic vertigo x3. ?vestibular schwannoma vs Meniere's disease. No "
     "pacemaker; has a cochlear implant on R? - NO, checked with pt: hearing aid only (Phonak). eGFR 81. Requester: "
     "Dr Leofwine Wainhouse-Adeyemi (ENT ST5), bleep 5521. Results to ENT secretaries, ent.secs@hdft.nhs.uk, or fax "
     "01423 553 907.",
     [("NAME", ["Nesta", "Openshaw-Idowu"]), ("DATE", ["28.02.1958"]), ("MRN", ["K0448120"]), ("ID", ["787 755 9313"]),
      ("HOSPITAL", ["Harrogate District Hospital"]), ("NAME", ["Leofwine", "Wainhouse-Adeyemi"]), ("CODE", ["5521"]),
      ("EMAIL", ["ent.secs@hdft.nhs.uk"]), ("PHONE", ["01423 553 907"])],
     ["progressive L sensorineural hearing loss", "?vestibular schwannoma vs Meniere's disease",
      "hearing aid only (Phonak)"]),
    ("Rheum clinic letter (typed from dictation), Musgrave Park Hospital, Belfast\nDear Dr Mawhinney-Osei,\nRe: "
     "Orlagh McIlwaine, DOB 30/11/1971, H&C no. 398 778 9328, 7 Glenariff Drive, Ballymena BT43 6QW\nThank you for "
     "asking me to see Orlagh, who works as a bus driver for Ulsterbus out of the Ballymena depot. She has "
     "symmetrical small-joint synovitis of hands and wrists, morning stiffness 2 h, RF and anti-CCP strongly "
     "positive: seropositive rheumatoid arthritis, DAS28-CRP 5.4. Also hypothyroid on levothyroxine (Hashimoto's). "
     "Raynaud's in winter. Starting methotrexate 15 mg weekly with folic acid, and a depot steroid today. Bloods "
     "every 2 weeks for 6 weeks. I have asked our nurse specialist, Sr Roisin Gault, to ring her on 028 2564 "
     "9013.\nYours sincerely, Dr Cahal Quigg-Nwosu",
     [("HOSPITAL", ["Musgrave Park Hospital"]), ("LOCATION", ["Belfast"]), ("NAME", ["Mawhinney-Osei"]),
      ("NAME", ["Orlagh", "McIlwaine"]), ("DATE", ["30/11/1971"]), ("ID", ["398 778 9328"]),
      ("ADDRESS", ["7 Glenariff Drive"]), ("LOCATION", ["Ballymena"]), ("POSTCODE", ["BT43 6QW"]),
      ("LOCATION", ["Ulsterbus"]), ("NAME", ["Roisin", "Gault"]), ("PHONE", ["028 2564 9013"]),
      ("NAME", ["Cahal", "Quigg-Nwosu"])],
     ["symmetrical small-joint synovitis", "RF and anti-CCP strongly positive", "DAS28-CRP 5.4",
      "hypothyroid on levothyroxine (Hashimoto's)", "Raynaud's in winter",
      "methotrexate 15 mg weekly with folic acid"]),
    ("Urgent care, Bozeman Health Big Sky Medical Center - 02/08/2025 15:20\nSki patrol brought in Kellan "
     "Ashworth-Nez, 31M (visiting from Tempe AZ; AZ DL D08814271). Fall on groomer, FOOSH. Snuffbox tenderness R, XR: "
     "no fracture seen -> thumb spica, repeat XR / MRI 10-14 d for ?occult scaphoid. Also R knee: pivot shift +, "
     "Lachman grade 2 -> likely ACL tear. Rental car MT plate 6-4471B. Insurance: UnitedHealthcare ID 918 227 401 01. "
     "He'd like results by email (kellan.ash.nez@proton.me). Cell (480) 555-0106. PA-C Tilda Blackhorse.",
     [("HOSPITAL", ["Bozeman Health Big Sky Medical Center"]), ("DATE", ["02/08/2025"]),
      ("NAME", ["Kellan", "Ashworth-Nez"]), ("LOCATION", ["Tempe"]), ("LICENCE", ["D08814271"]),
      ("PLATE", ["6-4471B"]), ("ID", ["918 227 401 01"]), ("EMAIL", ["kellan.ash.nez@proton.me"]),
      ("PHONE", ["(480) 555-0106"]), ("NAME", ["Tilda", "Blackhorse"])],
     ["Snuffbox tenderness R", "thumb spica", "?occult scaphoid", "pivot shift +, Lachman grade 2", "likely ACL tear"]),
    ("Community paeds - Dunedin Hospital, Child Development Service\nRe: Koha Pirihi-McAuley, 6y, NHI TWT8183, DOB "
     "15/02/2018. 44 Kaikorai Valley Road, Dunedin 9010. Attends Kaikorai School (Room 4, teacher Mrs Laidlaw). "
     "Concerns re attention and impulsivity at home and school; Conners parent and teacher scales both elevated. "
     "Hearing and vision normal. Assessment: ADHD, combined presentation. Discussed methylphenidate (Rubifen) vs "
     "parent programme first; whānau want to try Triple P first. Mum Tiana on 021 337 8146; koro Hōhepa (lives in "
     "Mosgiel) helps after school. Dr Everard Tuhoe-Schmidt.",
     [("HOSPITAL", ["Dunedin Hospital"]), ("NAME", ["Koha", "Pirihi-McAuley"]), ("ID", ["TWT8183"]),
      ("DATE", ["15/02/2018"]), ("ADDRESS", ["44 Kaikorai Valley Road"]), ("LOCATION", ["Dunedin"]),
      ("POSTCODE", ["9010"]), ("LOCATION", ["Kaikorai School"]), ("NAME", ["Laidlaw"]), ("NAME", ["Tiana"]),
      ("PHONE", ["021 337 8146"]), ("NAME", ["Hōhepa"]), ("LOCATION", ["Mosgiel"]),
      ("NAME", ["Everard", "Tuhoe-Schmidt"])],
     ["Conners parent and teacher scales both elevated", "Hearing and vision normal", "ADHD, combined presentation",
      "methylphenidate (Rubifen)", "Triple P"]),
    *MORE_NOTES,
    *REST_NOTES,
]
