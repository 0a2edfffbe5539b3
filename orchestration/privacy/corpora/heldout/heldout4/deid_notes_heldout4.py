"""Fourth HELD-OUT set of hand-written notes (``evaluate --set heldout4``), written blind after the third held-out set
was spent: its author had not read the de-identification rules nor run the evaluation on these notes, and its people,
places and institutions appear in none of the DEV, second or third held-out sets. It is measured, never used to change
rules: its figures are the honest ones.

Styles: ED notes, discharge summaries, nursing and ward-round handovers, GP referrals, radiology requests, social-work
notes, telephone messages, clinic letters dictated by voice recognition and terse shorthand, in UK, US, Australian, New
Zealand, Irish, Indian, Nigerian, Canadian and South African English, and in Greek, Chinese (simplified and
traditional), Hebrew, Arabic and Ukrainian. Numbers that carry a check digit in real life (NHS, CHI, Medicare, IHI,
NHI, PPSN, OHIP, PHN, AMKA, Aadhaar, South African, Israeli, Taiwanese and Chinese identity numbers) carry a valid one
here. Eponyms, brand names, places inside disease and classification names, and everyday words that are also given
names appear as clinicians use them, among the clinical strings that must survive. The second half of the notes
lives in :mod:`deid_notes_heldout4_more`, only to keep both files a readable size.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout4.deid_notes_heldout4_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    ("RESUS 2, ED NOTE 23:40\nPt: Mr Clifford Arkwright-Dunne, 71M. Hosp no W0918337, NHS 732 118 4609. From 3 Sandpiper "
     "Close, Amble NE65 0QS. Wife Marion found him slumped in his chair at 22:50 with L facial droop and L arm weakness. "
     "Not Bell's palsy: no forehead sparing. NIHSS 9. CTA: R M1 occlusion. Tenecteplase 0.25 mg/kg at 23:58, blue-lighted "
     "to the RVI for thrombectomy. Discussed with stroke reg Dr Oyinda Babatola-Reeve. Marion's mobile 01665 712 480.",
     [("NAME", ["Clifford", "Arkwright-Dunne"]), ("MRN", ["W0918337"]), ("ID", ["732 118 4609"]),
      ("ADDRESS", ["3 Sandpiper Close"]), ("LOCATION", ["Amble"]), ("POSTCODE", ["NE65 0QS"]), ("NAME", ["Marion"]),
      ("HOSPITAL", ["RVI"]), ("NAME", ["Oyinda", "Babatola-Reeve"]), ("PHONE", ["01665 712 480"])],
     ["Bell's palsy", "no forehead sparing", "NIHSS 9", "R M1 occlusion", "Tenecteplase 0.25 mg/kg", "thrombectomy"]),
    ("DISCHARGE SUMMARY\nPatient: Opal Hendershot   MRN: 55-81-0294   DOB: 02/14/1931 (93 y.o.)\nAdmitted: 10/02/2024   "
     "Discharged: 10/09/2024\nAttending: Roderick Pfanstiel, MD\nDx: urosepsis (E. coli), delirium superimposed on "
     "Alzheimer's dementia. Ceftriaxone x3d then cephalexin to complete 7 days. Case management confirmed her Medicare "
     "Advantage plan (member ID HUM4428817302) covers SNF. Discharged to Bluestem Manor, 1220 Prairie View Rd, Hays KS "
     "67601. Niece Darla Kuhlmann (POA) at (785) 555-0149.",
     [("NAME", ["Opal", "Hendershot"]), ("MRN", ["55-81-0294"]), ("DOB90", ["02/14/1931", "1931"]), ("AGE", ["93 y.o."]),
      ("DATE", ["10/02/2024"]), ("DATE", ["10/09/2024"]), ("NAME", ["Roderick", "Pfanstiel"]), ("ID", ["HUM4428817302"]),
      ("HOSPITAL", ["Bluestem Manor"]), ("ADDRESS", ["1220 Prairie View Rd"]), ("LOCATION", ["Hays"]),
      ("POSTCODE", ["67601"]), ("NAME", ["Darla", "Kuhlmann"]), ("PHONE", ["(785) 555-0149"])],
     ["urosepsis (E. coli)", "delirium superimposed on Alzheimer's dementia", "Ceftriaxone x3d", "SNF"]),
    ("Handover 0700, 7B Gen Med, Dubbo Base.\nBed 14: Mrs Noelene Cattermole, 84, UR 0447192. Day 3 CAP, CURB-65 2. "
     "Afebrile o/n, SpO2 94% RA. Rose to toilet with 4WW and 1 assist. Confused ~0300, settled with reorientation. Hubby "
     "Merv visiting 10ish, they live out at Narromine. Son Shayne (0428 913 507) wants an update re d/c, pls call after "
     "WR. Reg Dr Phuong Tran-Whitfield aware.",
     [("HOSPITAL", ["Dubbo Base"]), ("NAME", ["Noelene", "Cattermole"]), ("MRN", ["0447192"]), ("NAME", ["Merv"]),
      ("LOCATION", ["Narromine"]), ("NAME", ["Shayne"]), ("PHONE", ["0428 913 507"]), ("NAME", ["Phuong", "Tran-Whitfield"])],
     ["CURB-65 2", "SpO2 94% RA", "Rose to toilet with 4WW and 1 assist", "settled with reorientation"]),
    ("Dear Dr Mowbray,\nRe: Mrs Ailsa Strathearn, DOB 22/09/61, CHI 2209615186\nBraeside Cottage, Station Road, Glenfarg, "
     "Kinross-shire KY13 9LX\nI would be grateful if you could see this 63-year-old lady with four months of heat "
     "intolerance, 5 kg weight loss and a fine tremor. TSH <0.01, FT4 38, TRAb positive: this looks like Graves' disease. "
     "I have started carbimazole 20 mg od and propranolol 40 mg tds. Mild lid lag, no diplopia. She is a classroom "
     "assistant at Milnathort Primary School.\nYours sincerely,\nDr Euan Lockerbie\nLoch Leven Medical Practice",
     [("NAME", ["Mowbray"]), ("NAME", ["Ailsa", "Strathearn"]), ("DATE", ["22/09/61"]), ("ID", ["2209615186"]),
      ("ADDRESS", ["Braeside Cottage", "Station Road"]), ("LOCATION", ["Glenfarg"]), ("LOCATION", ["Kinross-shire"]),
      ("POSTCODE", ["KY13 9LX"]), ("LOCATION", ["Milnathort Primary School"]), ("NAME", ["Euan", "Lockerbie"]),
      ("HOSPITAL", ["Loch Leven"])],
     ["63-year-old lady", "heat intolerance", "TSH <0.01, FT4 38", "TRAb positive", "Graves' disease",
      "carbimazole 20 mg od", "propranolol 40 mg tds", "Mild lid lag, no diplopia"]),
    ("CT HEAD W/O CONTRAST, STAT\nOrdering: Temperance Okwuosa-Bright, DO\nPt: Lyle Vandenheuvel, 67M, MRN 000733918, DOB "
     "5/30/1957. Fell ~8 ft from a ladder on his farm outside Sioux Center. GCS 14, on apixaban (Eliquis) for AF. Eval for "
     "ICH. Canadian CT head rule n/a (anticoagulated). Prior CT from Orange City Area Health System on outside CD, "
     "imported at workstation 10.42.118.27.",
     [("NAME", ["Temperance", "Okwuosa-Bright"]), ("NAME", ["Lyle", "Vandenheuvel"]), ("MRN", ["000733918"]),
      ("DATE", ["5/30/1957"]), ("LOCATION", ["Sioux Center"]), ("HOSPITAL", ["Orange City"]), ("IP", ["10.42.118.27"])],
     ["GCS 14", "apixaban (Eliquis)", "Eval for ICH", "Canadian CT head rule n/a"]),
    ("Medical Social Work, 18/06/2024. Mrs Bríd Mulqueen, 79, PPSN 6804213C, widowed, lives alone in a council cottage "
     "at 4 Church View, Kilkishen, Co. Clare. Three falls in four months; no pendant alarm. Son Donncha works in Athenry "
     "and comes Sundays; daughter Fidelma lives in Somerville, Mass. Home Support hours approved (HSE ref HS-CL-20417). "
     "Respite bed requested at Ennistymon Community Hospital. Will ring Fidelma on +1 617 555 0193 tonight.",
     [("DATE", ["18/06/2024"]), ("NAME", ["Bríd", "Mulqueen"]), ("ID", ["6804213C"]), ("ADDRESS", ["4 Church View"]),
      ("LOCATION", ["Kilkishen"]), ("LOCATION", ["Clare"]), ("NAME", ["Donncha"]), ("LOCATION", ["Athenry"]),
      ("NAME", ["Fidelma"]), ("LOCATION", ["Somerville"]), ("ID", ["HS-CL-20417"]), ("HOSPITAL", ["Ennistymon"]),
      ("PHONE", ["+1 617 555 0193"])],
     ["Three falls in four months", "no pendant alarm", "Home Support hours", "Respite bed"]),
    ("Ph msg 11:20. Hinemoa Tipene rang about her dad, Rangi Paewai (NHI ZKT8428). He's run out of Entresto and the "
     "Unichem in Te Awamutu can't fill it until we fax the script (fax 07 871 6624). Ankles more swollen, weight up 3 kg "
     "this week, no SOB at rest. Advised extra furosemide 40 mg today as per his HF plan, appt tomorrow 9:15. Hinemoa's "
     "cell 021 488 3017. Taken by Kerehi (RN).",
     [("NAME", ["Hinemoa", "Tipene"]), ("NAME", ["Rangi", "Paewai"]), ("ID", ["ZKT8428"]), ("LOCATION", ["Te Awamutu"]),
      ("PHONE", ["07 871 6624"]), ("PHONE", ["021 488 3017"]), ("NAME", ["Kerehi"])],
     ["Entresto", "weight up 3 kg", "no SOB at rest", "furosemide 40 mg", "HF plan"]),
    ("DISCHARGE SUMMARY, Jubilee Mission Medical College, Thrissur\nName: Mr. Sebastian Kallarakkal   Age/Sex: 58/M   IP "
     "No: 24/118702   UHID: JMMC0094417\nDOA: 03-08-2024   DOD: 11-08-2024\nDiagnosis: Leptospirosis with AKI (Weil's "
     "disease), thrombocytopenia. Managed with IV ceftriaxone and 2 sessions of haemodialysis. Aadhaar 4387 1926 5037 "
     "linked for PM-JAY claim KL/TSR/24/0731156.\nAddress: Kallarakkal House, Mannuthy P.O., Thrissur 680651. Mob: +91 "
     "94470 38215.\nConsultant: Dr. Aleyamma Punnoose, MD DM (Nephro), TCMC Reg. No. 41528",
     [("HOSPITAL", ["Jubilee Mission"]), ("LOCATION", ["Thrissur"]), ("NAME", ["Sebastian", "Kallarakkal"]),
      ("MRN", ["24/118702"]), ("MRN", ["JMMC0094417"]), ("DATE", ["03-08-2024"]), ("DATE", ["11-08-2024"]),
      ("ID", ["4387 1926 5037"]), ("ID", ["KL/TSR/24/0731156"]), ("ADDRESS", ["Kallarakkal House", "Mannuthy"]),
      ("POSTCODE", ["680651"]), ("PHONE", ["+91 94470 38215"]), ("NAME", ["Aleyamma", "Punnoose"]), ("LICENCE", ["41528"])],
     ["Leptospirosis with AKI", "Weil's disease", "thrombocytopenia", "IV ceftriaxone", "2 sessions of haemodialysis"]),
    ("A&E, FMC Owo. Mrs Omolara Akinsowon, 34F, hosp no FMC/OW/24/03318. Fever x 7/7, sore throat, retrosternal pain, "
     "bleeding from gums since yesterday. Sells foodstuff at Oja Oba market. Lives at No 14 Adegbola Street, Igbara-Oke. "
     "Lassa fever suspected: barrier nursed in isolation, samples sent, IV ribavirin started. Husband Mr Kolawole "
     "Akinsowon 0803 417 2291. Contact list drawn up by Dr Ebiere Tamuno-Harcourt.",
     [("HOSPITAL", ["FMC Owo"]), ("NAME", ["Omolara", "Akinsowon"]), ("MRN", ["FMC/OW/24/03318"]),
      ("LOCATION", ["Oja Oba"]), ("ADDRESS", ["No 14 Adegbola Street"]), ("LOCATION", ["Igbara-Oke"]),
      ("NAME", ["Kolawole"]), ("PHONE", ["0803 417 2291"]), ("NAME", ["Ebiere", "Tamuno-Harcourt"])],
     ["retrosternal pain", "bleeding from gums", "Lassa fever suspected", "barrier nursed in isolation",
      "IV ribavirin started"]),
    ("Rheumatology Clinic, Timmins and District Hospital. Dictated, not read.\nRe: Ms. Marie-Soleil Ouellet-Berube, DOB "
     "1978-04-19, OHIP 4829-173-055 LK, 227 Pine Street South, Timmins ON P4N 2R7.\nThank you for referring this "
     "46-year-old with two years of bilateral small joint synovitis. RF and anti-CCP are positive, DAS28 5.1. She works "
     "twelve-hour shifts at the Kidd Creek mine. Will start methotrexate 15 mg weekly with folic acid. Hope to see her "
     "back in 3 months.\ncc: Dr. Reuben Ashkenazi-Lalonde, Porcupine Family Health Team, fax 705-555-0168",
     [("HOSPITAL", ["Timmins and District"]), ("NAME", ["Marie-Soleil", "Ouellet-Berube"]), ("DATE", ["1978-04-19"]),
      ("ID", ["4829-173-055"]), ("ADDRESS", ["227 Pine Street South"]), ("LOCATION", ["Timmins"]), ("POSTCODE", ["P4N 2R7"]),
      ("LOCATION", ["Kidd Creek"]), ("NAME", ["Reuben", "Ashkenazi-Lalonde"]), ("HOSPITAL", ["Porcupine"]),
      ("PHONE", ["705-555-0168"])],
     ["bilateral small joint synovitis", "anti-CCP are positive", "DAS28 5.1", "methotrexate 15 mg weekly",
      "Hope to see her back in 3 months"]),
    ("Casualty, Knysna Provincial. Mr Thembinkosi Mkhwanazi, 41M, ID 8302190135089, folder KPH-771240. Erf 2231, "
     "Concordia, Knysna 6570. Works at the sawmill in Sedgefield. 3/52 productive cough, night sweats, 6 kg wt loss. HIV+ "
     "on TLD, CD4 112. GeneXpert: MTB detected, rifampicin resistance not detected. Started 2HRZE/4HR. Contact tracing: "
     "partner Nomvula and two kids at Khayalethu Primary. Cell 072 418 3395.",
     [("HOSPITAL", ["Knysna Provincial"]), ("NAME", ["Thembinkosi", "Mkhwanazi"]), ("ID", ["8302190135089"]),
      ("MRN", ["KPH-771240"]), ("ADDRESS", ["Erf 2231"]), ("LOCATION", ["Concordia"]), ("LOCATION", ["Knysna"]),
      ("POSTCODE", ["6570"]), ("LOCATION", ["Sedgefield"]), ("NAME", ["Nomvula"]), ("LOCATION", ["Khayalethu Primary"]),
      ("PHONE", ["072 418 3395"])],
     ["productive cough, night sweats", "HIV+ on TLD", "CD4 112", "MTB detected, rifampicin resistance not detected",
      "2HRZE/4HR"]),
    ("MVC. Restrained driver, T-boned ~40 mph, airbags deployed. 24M, no ID on him; says he's Tyrell Gatlin. His car, "
     "Calif. plate 8KDW217, towed per CHP Officer Bustamante (badge 14462). C-collar on, FAST neg, pan-scan: L2 Chance "
     "fx, no cord signal change. Girlfriend DM'd the ED from @yaya_in_the_626 asking if he's here. Lives Monrovia 91016.",
     [("NAME", ["Tyrell", "Gatlin"]), ("PLATE", ["8KDW217"]), ("NAME", ["Bustamante"]), ("ID", ["14462"]),
      ("HANDLE", ["yaya_in_the_626"]), ("LOCATION", ["Monrovia"]), ("POSTCODE", ["91016"])],
     ["Restrained driver", "airbags deployed", "FAST neg", "L2 Chance fx", "no cord signal change"]),
    ("Ενημερωτικό σημείωμα εξόδου, Γενικό Νοσοκομείο Σερρών.\nΑσθενής: Ευστάθιος Καλογερόπουλος, 66 ετών, ΑΜΚΑ "
     "28065810971.\nΔιεύθυνση: Μεγάλου Αλεξάνδρου 23, 621 23 Σέρρες.\nΔιάγνωση: NSTEMI, σακχαρώδης διαβήτης τύπου 2.\n"
     "Αγωγή: ασπιρίνη 100 mg, τικαγρελόρη 90 mg x2, ατορβαστατίνη 80 mg.\nΕπικοινωνία: κόρη Ανθούλα, κιν. 697 412 3380.\n"
     "Θεράπων ιατρός: Ξενοφών Μπαλτατζής",
     [("HOSPITAL", ["Σερρών"]), ("NAME", ["Ευστάθιος", "Καλογερόπουλος"]), ("ID", ["28065810971"]),
      ("ADDRESS", ["Μεγάλου Αλεξάνδρου 23"]), ("POSTCODE", ["621 23"]), ("LOCATION", ["Σέρρες"]), ("NAME", ["Ανθούλα"]),
      ("PHONE", ["697 412 3380"]), ("NAME", ["Ξενοφών", "Μπαλτατζής"])],
     ["66 ετών", "NSTEMI", "σακχαρώδης διαβήτης τύπου 2", "τικαγρελόρη 90 mg", "ατορβαστατίνη 80 mg"]),
    ("入院记录\n姓名：覃秀梅  性别：女  年龄：68岁  住院号：0231874\n身份证号：450203195607143320\n住址：广西柳州市鱼峰区箭盘路17号3栋"
     "502室\n联系人：儿子覃志刚，电话 138 7726 4150\n主诉：反复咳嗽、咳痰20年，加重伴气促3天。\n诊断：慢性阻塞性肺疾病急性加重；II型"
     "呼吸衰竭。\n处理：无创通气，甲泼尼龙40mg静滴。\n主治医师：韦海燕",
     [("NAME", ["覃秀梅"]), ("MRN", ["0231874"]), ("ID", ["450203195607143320"]), ("LOCATION", ["柳州市"]),
      ("LOCATION", ["鱼峰区"]), ("ADDRESS", ["箭盘路17号"]), ("NAME", ["覃志刚"]), ("PHONE", ["138 7726 4150"]),
      ("NAME", ["韦海燕"])],
     ["68岁", "慢性阻塞性肺疾病急性加重", "呼吸衰竭", "无创通气", "甲泼尼龙40mg"]),
    ("DN visit 14:10, 7/3/24. Mrs Euphemia (Effie) Tregunna, aged 96, DOB 11.01.1928, Trevella Farm, Polgooth, nr "
     "Mevagissey PL26 7AJ. Sacral pressure ulcer cat 2, cleansed, Mepilex Border applied. Waterlow 21. Eating little; "
     "for anticipatory meds. Key safe 4716 (son Kenwyn changed it). St Julia's Hospice community team to visit. Will "
     "need syringe driver if she can't swallow. GP Dr Morwenna Pascoe, Probus Surgery, informed.",
     [("DATE", ["7/3/24"]), ("NAME", ["Euphemia", "Tregunna"]), ("NAME", ["Effie"]), ("AGE", ["96"]),
      ("DOB90", ["11.01.1928", "1928"]), ("ADDRESS", ["Trevella Farm"]), ("LOCATION", ["Polgooth"]),
      ("LOCATION", ["Mevagissey"]), ("POSTCODE", ["PL26 7AJ"]), ("CODE", ["4716"]), ("NAME", ["Kenwyn"]),
      ("HOSPITAL", ["St Julia's"]), ("NAME", ["Morwenna", "Pascoe"]), ("HOSPITAL", ["Probus"])],
     ["Sacral pressure ulcer cat 2", "Mepilex Border", "Waterlow 21", "anticipatory meds", "need syringe driver"]),
    ("Telephone Encounter 06/21/2024 3:15 PM\nCaller: Jolanda Haverkamp-Rios (wife) re Dennis Haverkamp, MRN E4418290. "
     "He can't open his MyChart message; she wants results sent to jhaverkamp.rios@frontiernet.net. Explained we cannot "
     "e-mail results unencrypted; sent reset link https://mychart.bellinhealth.org/reset. Reviewed: lipase 41, LFTs "
     "normal, Murphy's sign was negative at visit. Gallbladder US booked 6/28 at the Shawano clinic. Callback "
     "920-555-0131. Brandy K., LPN",
     [("DATE", ["06/21/2024"]), ("NAME", ["Jolanda", "Haverkamp-Rios"]), ("NAME", ["Dennis", "Haverkamp"]),
      ("MRN", ["E4418290"]), ("EMAIL", ["jhaverkamp.rios@frontiernet.net"]), ("URL", ["https://mychart.bellinhealth.org/reset"]),
      ("DATE", ["6/28"]), ("LOCATION", ["Shawano"]), ("PHONE", ["920-555-0131"]), ("NAME", ["Brandy"])],
     ["lipase 41", "LFTs normal", "Murphy's sign was negative", "Gallbladder US"]),
    ("Dear Dr Kwok-Haddington,\nRe: Mr Darcy Pennefather, DOB 03/11/1969, 41 Wollombi Rd, Cessnock NSW 2325\nMedicare "
     "3176 20597 2   IHI 8003 6081 6842 2178\nDarcy is a 54yo underground fitter at the Abel colliery with exertional "
     "chest tightness. Hodgkin lymphoma at 19 treated with mantle-field radiotherapy. Stress test: 2 mm ST depression at "
     "stage 2. On Jardiance and Ozempic for T2DM. I'd value your review re angiography.\nKind regards,\nDr Ngaire "
     "Tolhurst, Kurri Kurri Family Practice\nProvider No. 4471092B   Fax (02) 4937 1186   ngaire.tolhurst@kkfp.com.au",
     [("NAME", ["Kwok-Haddington"]), ("NAME", ["Darcy", "Pennefather"]), ("DATE", ["03/11/1969"]),
      ("ADDRESS", ["41 Wollombi Rd"]), ("LOCATION", ["Cessnock"]), ("POSTCODE", ["2325"]), ("ID", ["3176 20597 2"]),
      ("ID", ["8003 6081 6842 2178"]), ("LOCATION", ["Abel colliery"]), ("NAME", ["Ngaire", "Tolhurst"]),
      ("HOSPITAL", ["Kurri Kurri"]), ("LICENCE", ["4471092B"]), ("PHONE", ["(02) 4937 1186"]),
      ("EMAIL", ["ngaire.tolhurst@kkfp.com.au"])],
     ["exertional chest tightness", "Hodgkin lymphoma", "mantle-field radiotherapy", "2 mm ST depression at stage 2",
      "Jardiance", "Ozempic", "T2DM"]),
    ("MRI BRAIN REQUEST, UHK Radiology\nPatient: Fiachra Ó Duibhir   MRN 3318704   DOB 29/02/2000\n24M with tremor, "
     "dysarthria and deranged LFTs. Ceruloplasmin 0.09 g/L, Kayser-Fleischer rings on slit lamp: Wilson's disease. "
     "?basal ganglia signal change. Home: Cahersiveen, Co. Kerry V23 WK40.\nRequested by Dr Clodagh Mac Cárthaigh, SHO "
     "to Dr T. Breathnach, bleep 219.",
     [("HOSPITAL", ["UHK"]), ("NAME", ["Fiachra", "Ó Duibhir"]), ("MRN", ["3318704"]), ("DATE", ["29/02/2000"]),
      ("LOCATION", ["Cahersiveen"]), ("LOCATION", ["Kerry"]), ("POSTCODE", ["V23 WK40"]),
      ("NAME", ["Clodagh", "Mac Cárthaigh"]), ("NAME", ["Breathnach"])],
     ["24M with tremor", "Ceruloplasmin 0.09 g/L", "Kayser-Fleischer rings", "Wilson's disease", "basal ganglia"]),
    ("Peds ED. 9 y/o F brought in by mom from Tahlequah after a tick bite camping at Lake Tenkiller last week. T 39.8, "
     "petechial rash on wrists and ankles spreading centrally, Na 131, plt 88. Concern for Rocky Mountain spotted fever: "
     "doxycycline 2.2 mg/kg started regardless of age. Pt: Kaylynn Sixkiller, DOB 08/03/2015, MRN 7720184. Mom: Shawna "
     "Sixkiller, SSN 447-38-2016 (guarantor), SoonerCare ID 100482733, cell 918-555-0106. Misses school at Greenwood "
     "Elementary this week.",
     [("LOCATION", ["Tahlequah"]), ("LOCATION", ["Tenkiller"]), ("NAME", ["Kaylynn", "Sixkiller"]),
      ("DATE", ["08/03/2015"]), ("MRN", ["7720184"]), ("NAME", ["Shawna"]), ("ID", ["447-38-2016"]),
      ("ID", ["100482733"]), ("PHONE", ["918-555-0106"]), ("LOCATION", ["Greenwood Elementary"])],
     ["petechial rash on wrists and ankles", "Rocky Mountain spotted fever", "doxycycline 2.2 mg/kg", "plt 88"]),
    ("Movement Disorders Clinic. Dictated 02/05/2024, typed 09/05/2024.\nDear Dr Bramhall,\nRe: Mr Eustace Gadsby, 44 "
     "Quarry Bank Lane, Wirksworth, Derbyshire DE4 4FL. NHS No 401 023 2072.\nThank you for asking me to see Mr Gadsby "
     "with a resting tremor of the right hand. I agree this is idiopathic Parkinson's disease, Hoehn and Yahr stage 2. "
     "I have started co-careldopa 62.5 mg tds. He must tell the DVLA (licence GADSB503111E99LM); his wife Verity will "
     "drive until then.\nYours sincerely,\nProfessor A. K. Venables-Nkosi, Consultant Neurologist, Royal Derby\ncc "
     "Hannage Brook Medical Centre",
     [("DATE", ["02/05/2024"]), ("DATE", ["09/05/2024"]), ("NAME", ["Bramhall"]), ("NAME", ["Eustace", "Gadsby"]),
      ("ADDRESS", ["44 Quarry Bank Lane"]), ("LOCATION", ["Wirksworth"]), ("LOCATION", ["Derbyshire"]),
      ("POSTCODE", ["DE4 4FL"]), ("ID", ["401 023 2072"]), ("LICENCE", ["GADSB503111E99LM"]), ("NAME", ["Verity"]),
      ("NAME", ["Venables-Nkosi"]), ("HOSPITAL", ["Royal Derby"]), ("HOSPITAL", ["Hannage Brook"])],
     ["resting tremor of the right hand", "idiopathic Parkinson's disease", "Hoehn and Yahr stage 2",
      "co-careldopa 62.5 mg tds"]),
    ("WR Ward 5, Wairarapa Hosp, Masterton. 58M, Lindsay 'Bluey' Hakaraia-Moss, NHI PRW3156. L leg cellulitis day 3 IV "
     "fluclox, erythema receding from the marked line. BSL 14, HbA1c pending: diabetes team. Drives a stock truck for "
     "Pahiatua Carriers; the truck (rego LXB442) is still in the ED car park, security asking. Wife Ngaio 027 604 1183. "
     "Plan: oral flucloxacillin 1 g qds if afebrile, home tomorrow.",
     [("HOSPITAL", ["Wairarapa"]), ("LOCATION", ["Masterton"]), ("NAME", ["Lindsay", "Hakaraia-Moss"]), ("NAME", ["Bluey"]),
      ("ID", ["PRW3156"]), ("LOCATION", ["Pahiatua"]), ("PLATE", ["LXB442"]), ("NAME", ["Ngaio"]), ("PHONE", ["027 604 1183"])],
     ["L leg cellulitis", "IV fluclox", "erythema receding from the marked line", "BSL 14",
      "oral flucloxacillin 1 g qds"]),
    ("Royal Inland Hospital ED, Kamloops. 72M, fever, confusion and flaccid weakness of L arm. Keen gardener, many "
     "mosquito bites recently. CSF: lymphocytic pleocytosis, protein 1.1. West Nile virus IgM sent; MRI ordered. Name: "
     "Bohdan Yaremchuk, PHN 9472 813 067, DOB 1952-05-09, 1180 Tranquille Rd, Kamloops V2B 3L7. Son Taras drives up from "
     "Kelowna, 250-555-0172. Neuro consult: Dr Priyamvada Lachance.",
     [("HOSPITAL", ["Royal Inland"]), ("LOCATION", ["Kamloops"]), ("NAME", ["Bohdan", "Yaremchuk"]),
      ("ID", ["9472 813 067"]), ("DATE", ["1952-05-09"]), ("ADDRESS", ["1180 Tranquille Rd"]), ("POSTCODE", ["V2B 3L7"]),
      ("NAME", ["Taras"]), ("LOCATION", ["Kelowna"]), ("PHONE", ["250-555-0172"]), ("NAME", ["Priyamvada", "Lachance"])],
     ["flaccid weakness of L arm", "mosquito bites", "lymphocytic pleocytosis", "West Nile virus IgM"]),
    ("Behavioral Health Social Work. 16F, Ainsley Brockmeier, MRN 600218847, admitted after intentional ibuprofen OD "
     "(~20 tabs). Junior at Pella Christian High School. Describes cyberbullying on TikTok (her account is ains.lee.b_04; "
     "the bully posts as @trashpanda_pella). Parents Kurt and Renee Brockmeier, 1407 Liberty St, Pella IA 50219. C-SSRS "
     "high risk; safety plan completed with family. Outpatient therapist: Josiah Van Wyk, LISW, lic. #08741.",
     [("NAME", ["Ainsley", "Brockmeier"]), ("MRN", ["600218847"]), ("LOCATION", ["Pella Christian High School"]),
      ("HANDLE", ["ains.lee.b_04"]), ("HANDLE", ["trashpanda_pella"]), ("NAME", ["Kurt"]), ("NAME", ["Renee"]),
      ("ADDRESS", ["1407 Liberty St"]), ("LOCATION", ["Pella"]), ("POSTCODE", ["50219"]), ("NAME", ["Josiah", "Van Wyk"]),
      ("LICENCE", ["08741"])],
     ["intentional ibuprofen OD", "cyberbullying", "C-SSRS high risk", "safety plan completed"]),
    ("סיכום אשפוז, המרכז הרפואי לגליל.\nשם המטופל: יוסף בן-חמו, בן 74, ת\"ז 058213471.\nכתובת: רחוב הגעתון 12, נהריה.\n"
     "אבחנות: אי ספיקת לב (NYHA III), פרפור פרוזדורים.\nטיפול בשחרור: פוסיד 40 מ\"ג, אליקוויס 5 מ\"ג פעמיים ביום.\nאיש "
     "קשר: הבת אורנה בן-חמו, 052-7719043.\nרופא מטפל: ד\"ר עמנואל גולדפרב",
     [("HOSPITAL", ["המרכז הרפואי לגליל"]), ("NAME", ["יוסף", "בן-חמו"]), ("ID", ["058213471"]),
      ("ADDRESS", ["הגעתון 12"]), ("LOCATION", ["נהריה"]), ("NAME", ["אורנה"]), ("PHONE", ["052-7719043"]),
      ("NAME", ["עמנואל", "גולדפרב"])],
     ["אי ספיקת לב", "NYHA III", "פרפור פרוזדורים", "פעמיים ביום"]),
    ("ملخص خروج، مستشفى الزرقاء الحكومي\nالمريضة: نوال حسن العمري، العمر 57 سنة، الرقم الطبي 7731045\nالعنوان: حي الأمير "
     "حمزة، شارع البتراء 19، الزرقاء\nالتشخيص: داء السكري من النوع الثاني مع قدم سكرية والتهاب خلوي في الساق اليسرى\n"
     "العلاج: أموكسيسيلين مع حمض الكلافولانيك لمدة 10 أيام\nللتواصل: ابنها خالد 0791 446 203\nالطبيب المعالج: د. رامي الشوبكي",
     [("HOSPITAL", ["الزرقاء الحكومي"]), ("NAME", ["نوال", "حسن", "العمري"]), ("MRN", ["7731045"]),
      ("LOCATION", ["الأمير حمزة"]), ("ADDRESS", ["شارع البتراء 19"]), ("LOCATION", ["الزرقاء"]), ("NAME", ["خالد"]),
      ("PHONE", ["0791 446 203"]), ("NAME", ["رامي", "الشوبكي"])],
     ["57 سنة", "داء السكري من النوع الثاني", "قدم سكرية", "التهاب خلوي"]),
    ("Виписний епікриз\nПацієнтка: Гнатюк Оксана Степанівна, 45 р., медична карта № 2024/3381\nАдреса: вул. Шевченка 41, "
     "кв. 7, м. Коломия\nДіагноз: гострий калькульозний холецистит. Лапароскопічна холецистектомія, перебіг без "
     "ускладнень.\nТел.: +380 67 418 2259 (чоловік Богдан)\nЛікар: Івасюк Мирослав Ярославович",
     [("NAME", ["Гнатюк", "Оксана", "Степанівна"]), ("MRN", ["2024/3381"]), ("ADDRESS", ["Шевченка 41"]),
      ("LOCATION", ["Коломия"]), ("PHONE", ["+380 67 418 2259"]), ("NAME", ["Богдан"]),
      ("NAME", ["Івасюк", "Мирослав", "Ярославович"])],
     ["45 р.", "гострий калькульозний холецистит", "Лапароскопічна холецистектомія"]),
    ("門診紀錄（內分泌科）\n病人：林淑惠　女　54歲　病歷號 A00718326　身分證 J224718304\n地址：新竹縣竹東鎮長春路二段88號\n"
     "電話：0932-517-604\n甲狀腺細針穿刺：Bethesda VI，診斷甲狀腺乳突癌，安排全甲狀腺切除。橋本氏甲狀腺炎病史。\n"
     "主治醫師：彭建宏（竹東分院）",
     [("NAME", ["林淑惠"]), ("MRN", ["A00718326"]), ("ID", ["J224718304"]), ("LOCATION", ["新竹縣"]),
      ("LOCATION", ["竹東鎮"]), ("ADDRESS", ["長春路二段88號"]), ("PHONE", ["0932-517-604"]), ("NAME", ["彭建宏"]),
      ("HOSPITAL", ["竹東分院"])],
     ["54歲", "Bethesda VI", "甲狀腺乳突癌", "全甲狀腺切除", "橋本氏甲狀腺炎"]),
    ("Τηλεφωνική επικοινωνία 14/02/2024. Τηλεφώνησε η κα Πηνελόπη Τσακίρη, κόρη του κ. Στέλιου Τσακίρη (92 ετών, γεν. "
     "04/01/1932), από το Αίγιο. Ο πατέρας της έχει πυρετό 38,5 και βήχα από χθες. Ιστορικό: ΧΑΠ, νόσος Πάρκινσον. "
     "Συστήθηκε προσέλευση στα επείγοντα του Γενικού Νοσοκομείου Αιγίου. Τηλ. 26910 23418, email p.tsakiri@otenet.gr",
     [("DATE", ["14/02/2024"]), ("NAME", ["Πηνελόπη", "Τσακίρη"]), ("NAME", ["Στέλιου"]), ("AGE", ["92 ετών"]),
      ("DOB90", ["04/01/1932", "1932"]), ("LOCATION", ["Αίγιο"]), ("HOSPITAL", ["Αιγίου"]), ("PHONE", ["26910 23418"]),
      ("EMAIL", ["p.tsakiri@otenet.gr"])],
     ["πυρετό 38,5", "ΧΑΠ", "νόσος Πάρκινσον"]),
]

NOTES += MORE_NOTES
