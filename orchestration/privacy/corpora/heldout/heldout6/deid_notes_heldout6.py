"""Sixth HELD-OUT set of hand-written notes (``evaluate --set heldout6``), written blind once the fifth held-out set was
spent. Its author read neither the de-identification rules nor their documentation and never ran the evaluation on
these notes; every person, place and institution planted here was checked against the DEV and the second to fifth
held-out sets so that none of them recurs there (only pieces do: a common given name inside a place such as Prince
Albert, a surname inside Tennant Creek). Measure it; never change a rule because of it.

71 notes: emergency, ward, clinic, GP, radiology, social-work, nursing, telephone and voice-recognition notes as
clinicians in the US, UK, Ireland, Australia, New Zealand, Canada, India, Nigeria and South Africa write them, and
notes in Greek, Chinese (simplified and traditional), Russian, Hindi and Arabic. Numbers that carry a check digit in
real life (NHS, CHI, Medicare, IHI, NHI, PPSN, OHIP, PHN, NPI, DEA, Aadhaar, AMKA, SNILS, South African, Chinese and
Taiwanese identity numbers) carry a valid one. Among the clinical strings that must survive are eponyms, brand names,
places inside disease and classification names and everyday words that are also given names, each where a clinician
would write it. The notes continue in :mod:`deid_notes_heldout6_more` and :mod:`deid_notes_heldout6_rest`, split only
to keep each file a readable size.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout6.deid_notes_heldout6_more import NOTES as MORE_NOTES
from consilium.orchestration.privacy.corpora.heldout.heldout6.deid_notes_heldout6_rest import NOTES as REST_NOTES

NOTES: list[Note] = [
    ("ED NOTE 03:10, Ysbyty Glan Clwyd, Bodelwyddan. 77M Mr Gwilym Trefor Maesmor-Gethin, hosp no C3381904, NHS 339 "
     "945 0699. Farms near Llanfair Talhaiarn, address Tyddyn Rhos, LL22 8SE. Sudden painless loss of vision R eye on "
     "waking, RAPD R, cherry-red spot on fundoscopy -> CRAO. ESR 88, CRP 61; query giant cell arteritis, started "
     "prednisolone 60 mg. Ophthalmology (Mr Iolo Tudwal) aware. Son Dafydd drove him in, mob 07823 550 914. Seen by "
     "Dr Rhiannon Cynfal-Amadi, CT2.",
     [("HOSPITAL", ["Ysbyty Glan Clwyd"]), ("LOCATION", ["Bodelwyddan"]),
      ("NAME", ["Gwilym", "Trefor", "Maesmor-Gethin"]), ("MRN", ["C3381904"]), ("ID", ["339 945 0699"]),
      ("LOCATION", ["Llanfair Talhaiarn"]), ("ADDRESS", ["Tyddyn Rhos"]), ("POSTCODE", ["LL22 8SE"]),
      ("NAME", ["Iolo", "Tudwal"]), ("NAME", ["Dafydd"]), ("PHONE", ["07823 550 914"]),
      ("NAME", ["Rhiannon", "Cynfal-Amadi"])],
     ["Sudden painless loss of vision R eye", "RAPD R, cherry-red spot", "CRAO", "query giant cell arteritis",
      "prednisolone 60 mg"]),
    ("DISCHARGE SUMMARY\nLittleton Regional Healthcare\nPatient: Theodosia Dusablon   MRN: LRH-0082517   DOB: "
     "03/19/1932   Age: 92\nAdmitted 02/27/2025, discharged 03/04/2025. SSN 027-48-1163 on file.\nDx: Klebsiella "
     "urosepsis with delirium; CKD 3b. Treated with ceftriaxone then cefpodoxime to complete 7 days. Delirium cleared "
     "by day 4. Discharged to Pemigewasset Manor (nursing home), 93 Profile Rd, Franconia NH 03580. Health care "
     "proxy: nephew Roland Dusablon, 603-555-0119. PCP Dr. Hollis Ackerly. Dictated by Ansel Quackenbush, MD.",
     [("HOSPITAL", ["Littleton Regional Healthcare"]), ("NAME", ["Theodosia", "Dusablon"]), ("MRN", ["LRH-0082517"]),
      ("DOB90", ["03/19/1932", "1932"]), ("AGE", ["92"]), ("DATE", ["02/27/2025"]), ("DATE", ["03/04/2025"]),
      ("ID", ["027-48-1163"]), ("HOSPITAL", ["Pemigewasset Manor"]), ("ADDRESS", ["93 Profile Rd"]),
      ("LOCATION", ["Franconia"]), ("POSTCODE", ["03580"]), ("NAME", ["Roland"]), ("PHONE", ["603-555-0119"]),
      ("NAME", ["Hollis", "Ackerly"]), ("NAME", ["Ansel", "Quackenbush"])],
     ["Klebsiella urosepsis with delirium", "CKD 3b", "ceftriaxone then cefpodoxime", "Delirium cleared by day 4"]),
    ("Handover 0700, 4 West, Narrandera Hospital\nBed 22 Mr Leopold 'Poldy' Yeomans 81M, MRN 00419263, Medicare 5322 "
     "76339 1. Day 3 post lap chole for acute cholecystitis (Tokyo grade II). Overnight temp 38.1 at 0200, HR 104, "
     "drain 180 mL serous. Bloods pending. Frank blood in catheter bag at 0500 - irrigated, cleared. Wife Glenda is "
     "staying at the motel on Baylis St, her mob 0428 716 305. They farm out at Lockhart. GP Dr Ashwin Rajapakse, "
     "Lockhart Medical Practice.",
     [("HOSPITAL", ["Narrandera Hospital"]), ("NAME", ["Leopold", "Yeomans"]), ("NAME", ["Poldy"]),
      ("MRN", ["00419263"]), ("ID", ["5322 76339 1"]), ("NAME", ["Glenda"]), ("ADDRESS", ["Baylis St"]),
      ("PHONE", ["0428 716 305"]), ("LOCATION", ["Lockhart"]), ("NAME", ["Ashwin", "Rajapakse"]),
      ("HOSPITAL", ["Lockhart Medical Practice"])],
     ["lap chole for acute cholecystitis (Tokyo grade II)", "drain 180 mL serous", "Frank blood in catheter bag",
      "irrigated, cleared"]),
    ("Referral - Hawera Hospital Rheumatology\nFrom: Dr Briar Pohatu-Strang, Eltham Health Centre, 45 Bridge St, "
     "Eltham 4322\nRe: Tamihana Tawhiri, born 12 Sept 1984, NHI PDQ8363, 21 Skeet Road, Kaponga 4679, ph 06 327 4418 "
     "/ 021 088 3172\nKia ora, Tamihana is a 40yo shearer with 4 months of inflammatory low back pain, morning "
     "stiffness > 1 hr and a R Achilles enthesitis. HLA-B27 positive, CRP 34. MRI SIJ shows bilateral sacroiliitis. I "
     "suspect axial spondyloarthritis; NSAIDs only partly helping. He works for Egmont Shearing Co and is worried "
     "about time off.\nNgā mihi, Briar",
     [("HOSPITAL", ["Hawera Hospital"]), ("NAME", ["Briar", "Pohatu-Strang"]), ("HOSPITAL", ["Eltham Health Centre"]),
      ("ADDRESS", ["45 Bridge St"]), ("LOCATION", ["Eltham"]), ("POSTCODE", ["4322"]),
      ("NAME", ["Tamihana", "Tawhiri"]), ("DATE", ["12 Sept 1984"]), ("ID", ["PDQ8363"]),
      ("ADDRESS", ["21 Skeet Road"]), ("LOCATION", ["Kaponga"]), ("POSTCODE", ["4679"]), ("PHONE", ["06 327 4418"]),
      ("PHONE", ["021 088 3172"]), ("LOCATION", ["Egmont Shearing Co"])],
     ["inflammatory low back pain", "R Achilles enthesitis", "HLA-B27 positive, CRP 34", "bilateral sacroiliitis",
      "axial spondyloarthritis"]),
    ("MRI BRAIN W/WO CONTRAST - routine\nOrdering: Dr. Zsofia Brennan-Halloway (neurology)\nPt: KIMBROUGH, ISOLDE A   "
     "MRN 30018847   DOB 08/30/1979   Acct# 7002914488\nHx: 45F, 2 episodes of painless monocular vision loss and L "
     "leg numbness 18 months apart, oligoclonal bands positive. Evaluate for demyelination (McDonald 2017 criteria). "
     "Has a Medtronic SureScan pacemaker, serial PJN774120S - MRI conditional, device rep to attend. Prior outside "
     "study from Ivinson Memorial was pushed to 10.40.12.88.",
     [("NAME", ["Zsofia", "Brennan-Halloway"]), ("NAME", ["KIMBROUGH", "ISOLDE"]), ("MRN", ["30018847"]),
      ("DATE", ["08/30/1979"]), ("ID", ["7002914488"]), ("SERIAL", ["PJN774120S"]), ("HOSPITAL", ["Ivinson Memorial"]),
      ("IP", ["10.40.12.88"])],
     ["painless monocular vision loss", "oligoclonal bands positive", "McDonald 2017 criteria",
      "Medtronic SureScan pacemaker", "MRI conditional"]),
    ("Social work - ward 7B, Royal Cornwall Hospital. 14/02/2025.\nMet with Mrs Kerenza Trebilcock (82) and her "
     "daughter Loveday Skewes about discharge. Lives alone in a bungalow at Ladock, near Grampound; key safe code "
     "4-0-1-9 (daughter will change it). Son Jago lives in Taunton and visits monthly. Declined a care home "
     "placement; would accept twice-daily calls from Kernow Home Care. Capacity for this decision assessed by Dr "
     "Hamza Trezise-Malik and felt present. Her late husband Arthur did all the garden and the stairs. Will discuss "
     "with OT re grab rails. Daughter's number 01726 844 203, email loveday.skewes71@btinternet.com.",
     [("HOSPITAL", ["Royal Cornwall Hospital"]), ("DATE", ["14/02/2025"]), ("NAME", ["Kerenza", "Trebilcock"]),
      ("NAME", ["Loveday", "Skewes"]), ("LOCATION", ["Ladock"]), ("LOCATION", ["Grampound"]), ("CODE", ["4-0-1-9"]),
      ("NAME", ["Jago"]), ("LOCATION", ["Taunton"]), ("HOSPITAL", ["Kernow Home Care"]),
      ("NAME", ["Hamza", "Trezise-Malik"]), ("NAME", ["Arthur"]), ("PHONE", ["01726 844 203"]),
      ("EMAIL", ["loveday.skewes71@btinternet.com"])],
     ["care home placement", "twice-daily calls", "Capacity for this decision", "Will discuss with OT re grab rails"]),
    ("Phone msg 10:42 - for Dr. Bérubé\nCaller: Ginette Lapointe-Agu (daughter) re her father Armand Lapointe, DOB "
     "1941-06-03, OHIP 9440383694-KT. Dad has been more short of breath since Saturday, ankles swollen, sleeping in "
     "his recliner. Weight up 3 kg. On furosemide 40 mg and Entresto 49/51 bid. Wants to know whether to go to "
     "Hôpital Montfort ED or wait for Thursday's appt. Call back at 613-555-0187 (cell) or at work (Algonquin "
     "College) 613-727-4723 ext 5510. They live on Avenue Marier in Vanier.",
     [("NAME", ["Bérubé"]), ("NAME", ["Ginette", "Lapointe-Agu"]), ("NAME", ["Armand", "Lapointe"]),
      ("DATE", ["1941-06-03"]), ("ID", ["9440383694"]), ("HOSPITAL", ["Hôpital Montfort"]), ("PHONE", ["613-555-0187"]),
      ("LOCATION", ["Algonquin College"]), ("PHONE", ["613-727-4723"]), ("ADDRESS", ["Avenue Marier"]),
      ("LOCATION", ["Vanier"])],
     ["ankles swollen", "sleeping in his recliner", "furosemide 40 mg", "Entresto 49/51 bid"]),
    ("Dept of Medicine, Government Medical College Hospital, Kottayam\nDISCHARGE SUMMARY\nName: Mrs. Saraswathi Ammal "
     "Kunjukrishnan, 63/F, IP No. 2024/118833, UHID KTM00918274\nAddress: Thekkemadom House, Arpookara P.O., Kottayam "
     "- 686008. Aadhaar 9982 3276 6902. Mob +91 94470 31852\nDOA 11.07.2024   DOD 19.07.2024\nDiagnosis: Scrub typhus "
     "with ARDS (eschar L axilla). Weil-Felix positive, IgM ELISA positive. Treated with doxycycline + azithromycin, "
     "NIV for 3 days. Discharged on doxycycline to complete 7 days. Review in OP with Dr. P. K. Unnikrishnan on "
     "26.07.2024. Bystander: son Vineeth, ph 98954 22107.",
     [("HOSPITAL", ["Government Medical College Hospital"]), ("LOCATION", ["Kottayam"]),
      ("NAME", ["Saraswathi", "Ammal", "Kunjukrishnan"]), ("MRN", ["2024/118833"]), ("MRN", ["KTM00918274"]),
      ("ADDRESS", ["Thekkemadom House"]), ("LOCATION", ["Arpookara"]), ("POSTCODE", ["686008"]),
      ("ID", ["9982 3276 6902"]), ("PHONE", ["+91 94470 31852"]), ("DATE", ["11.07.2024"]), ("DATE", ["19.07.2024"]),
      ("NAME", ["Unnikrishnan"]), ("DATE", ["26.07.2024"]), ("NAME", ["Vineeth"]), ("PHONE", ["98954 22107"])],
     ["Scrub typhus with ARDS", "eschar L axilla", "Weil-Felix positive", "IgM ELISA positive",
      "doxycycline + azithromycin", "NIV for 3 days"]),
    ("A&E, Federal Teaching Hospital Ido-Ekiti, 04/03/2025 21:15\nMr Olufemi Adeyemo-Olabanji, 37M, trader from "
     "Ikare-Akoko, Hosp No FTHI/24/08817. Brought by his wife Bolanle. 5 days fever, headache, bleeding gums and "
     "haematuria; his shop is beside a rice mill with rats. Lassa fever suspected - barrier nursed, samples sent to "
     "the reference lab, ribavirin started. Contact list given to the LGA surveillance officer. Wife: 0803 412 6690; "
     "brother Oluwadamilare: +234 706 118 2457. Home: No 12 Ayedun Street, Akure.",
     [("HOSPITAL", ["Federal Teaching Hospital Ido-Ekiti"]), ("DATE", ["04/03/2025"]),
      ("NAME", ["Olufemi", "Adeyemo-Olabanji"]), ("LOCATION", ["Ikare-Akoko"]), ("MRN", ["FTHI/24/08817"]),
      ("NAME", ["Bolanle"]), ("PHONE", ["0803 412 6690"]), ("NAME", ["Oluwadamilare"]),
      ("PHONE", ["+234 706 118 2457"]), ("ADDRESS", ["No 12 Ayedun Street"]), ("LOCATION", ["Akure"])],
     ["bleeding gums and haematuria", "Lassa fever suspected", "ribavirin started", "barrier nursed"]),
    ("Παθολογική Κλινική, Γενικό Νοσοκομείο Καστοριάς, 18/09/2024\nΑσθενής: Παναγιούλα Τσιρογιάννη, 66 ετών, ΑΜΚΑ "
     "09045817328\nΔιεύθυνση: Μητροπόλεως 27, Άργος Ορεστικό 52200. Τηλ. 24670 41835, κινητό 697 218 4406.\nΔιάγνωση: "
     "νόσος του Graves με θυρεοτοξίκωση, TSH <0,01, FT4 48. Έναρξη θειαμαζόλης 20 mg και προπρανολόλης 40 mg x3. "
     "Ενημερώθηκε η κόρη της Σταυρούλα. Θεράπων ιατρός: Θεμιστοκλής Κουκουλάκης.",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Καστοριάς"]), ("DATE", ["18/09/2024"]), ("NAME", ["Παναγιούλα", "Τσιρογιάννη"]),
      ("ID", ["09045817328"]), ("ADDRESS", ["Μητροπόλεως 27"]), ("LOCATION", ["Άργος Ορεστικό"]),
      ("POSTCODE", ["52200"]), ("PHONE", ["24670 41835"]), ("PHONE", ["697 218 4406"]), ("NAME", ["Σταυρούλα"]),
      ("NAME", ["Θεμιστοκλής", "Κουκουλάκης"])],
     ["νόσος του Graves", "TSH <0,01", "θειαμαζόλης 20 mg", "προπρανολόλης 40 mg"]),
    ("急诊病历 2024年10月6日 23:05\n患者：滕晓梅，女，52岁，门诊号 ZY20241006118，身份证号 320981197203154426\n住址：江苏省盐城市东台市弶港镇新港路58号。联系电话：138 "
     "1562 4407（丈夫管建国）。\n主诉：突发右侧口角歪斜、右眼闭合不全1天。查体：右侧额纹消失，四肢肌力正常。诊断：贝尔麻痹（Bell's palsy）。予泼尼松 60 mg "
     "及伐昔洛韦口服，眼罩保护角膜。\n接诊医生：戴春燕（东台市人民医院急诊科）",
     [("DATE", ["2024年10月6日"]), ("NAME", ["滕晓梅"]), ("MRN", ["ZY20241006118"]), ("ID", ["320981197203154426"]),
      ("LOCATION", ["盐城市"]), ("LOCATION", ["东台市"]), ("ADDRESS", ["弶港镇新港路58号"]), ("PHONE", ["138 1562 4407"]),
      ("NAME", ["管建国"]), ("NAME", ["戴春燕"]), ("HOSPITAL", ["东台市人民医院"])],
     ["右侧额纹消失", "贝尔麻痹（Bell's palsy）", "泼尼松 60 mg", "伐昔洛韦", "四肢肌力正常"]),
    ("Выписной эпикриз. ГБУЗ «Кимрская ЦРБ», терапевтическое отделение.\nПациент: Ферапонтов Геннадий Михайлович, 68 "
     "лет, полис ОМС 6951 2907 4418 3302, СНИЛС 148-907-215 91.\nАдрес: Тверская обл., г. Кимры, ул. Кольчугинская, "
     "д. 14, кв. 7. Тел. +7 915 704 28 61 (жена Зинаида).\nДиагноз: ХОБЛ, обострение; хроническое лёгочное сердце. "
     "Проведено: преднизолон, ингаляции беродуала, кислородотерапия. Выписан 23.01.2025 под наблюдение участкового "
     "терапевта.\nЛечащий врач: Сидорчук Е. В.",
     [("HOSPITAL", ["Кимрская ЦРБ"]), ("NAME", ["Ферапонтов", "Геннадий", "Михайлович"]),
      ("ID", ["6951 2907 4418 3302"]), ("ID", ["148-907-215 91"]), ("LOCATION", ["Кимры"]),
      ("ADDRESS", ["Кольчугинская, д. 14, кв. 7"]), ("PHONE", ["+7 915 704 28 61"]), ("NAME", ["Зинаида"]),
      ("DATE", ["23.01.2025"]), ("NAME", ["Сидорчук"])],
     ["ХОБЛ, обострение", "хроническое лёгочное сердце", "беродуала", "кислородотерапия"]),
    ("ED 0215 - 19M brought by EMS after MVC, restrained driver, airbag deployed. Name per license: Kendrick "
     "Zavala-Obuya, DOB 4/11/2005, MRN 88120457, TX DL 40871236. Vehicle silver Civic, TX plate MKR-4471. GCS 15, "
     "seatbelt sign across abdomen -> CT A/P: grade II splenic laceration (AAST), no blush. Admit trauma for serial "
     "Hgb. Friend he was messaging (@ty.vasq on IG) came in with him. Mother Yuridia on the way from Nacogdoches, "
     "936-555-0153. He works at Brookshire Brothers on North St.\n- J. Thibeaux, PA-C",
     [("NAME", ["Kendrick", "Zavala-Obuya"]), ("DATE", ["4/11/2005"]), ("MRN", ["88120457"]), ("LICENCE", ["40871236"]),
      ("PLATE", ["MKR-4471"]), ("HANDLE", ["ty.vasq"]), ("NAME", ["Yuridia"]), ("LOCATION", ["Nacogdoches"]),
      ("PHONE", ["936-555-0153"]), ("LOCATION", ["Brookshire Brothers"]), ("ADDRESS", ["North St"]),
      ("NAME", ["Thibeaux"])],
     ["restrained driver, airbag deployed", "GCS 15", "seatbelt sign across abdomen",
      "grade II splenic laceration (AAST)", "serial Hgb"]),
    ("Bunclody Medical Centre, Ryland Road, Bunclody, Co. Wexford Y21 KX27\n12/11/2024\nDear Dr Ní Chonghaile,\nRe: "
     "Ms Siobhra Cunniffe-Walsh, DOB 05/02/1997, PPSN 6320933Q, Kilmyshall, Co. Wexford. Tel 094 963 0281.\nThank you "
     "for seeing this 27-year-old teacher (Scoil Mhuire, Ballindaggin) with a 6-week history of bloody diarrhoea, 8 "
     "stools/day and 4 kg weight loss. Calprotectin >1800. I suspect ulcerative colitis vs Crohn's disease. Not on "
     "NSAIDs. Her mother has coeliac disease. I have started mesalazine 2.4 g pending your review at Wexford General "
     "Hospital.\nKind regards,\nDr Ultan Mac Dhonnchadha, MICGP, IMC no. 418823",
     [("HOSPITAL", ["Bunclody Medical Centre"]), ("ADDRESS", ["Ryland Road"]), ("LOCATION", ["Bunclody"]),
      ("LOCATION", ["Co. Wexford"]), ("POSTCODE", ["Y21 KX27"]), ("DATE", ["12/11/2024"]), ("NAME", ["Ní Chonghaile"]),
      ("NAME", ["Siobhra", "Cunniffe-Walsh"]), ("DATE", ["05/02/1997"]), ("ID", ["6320933Q"]),
      ("LOCATION", ["Kilmyshall"]), ("LOCATION", ["Co. Wexford"]), ("PHONE", ["094 963 0281"]),
      ("LOCATION", ["Scoil Mhuire, Ballindaggin"]), ("HOSPITAL", ["Wexford General Hospital"]),
      ("NAME", ["Ultan", "Mac Dhonnchadha"]), ("LICENCE", ["418823"])],
     ["bloody diarrhoea, 8 stools/day", "Calprotectin >1800", "ulcerative colitis vs Crohn's disease",
      "coeliac disease", "mesalazine 2.4 g"]),
    ("George Provincial Hospital OPD 2024-08-21\nPt: Luyolo Mgudlwa, M, ID 8806145123081, folder GRG-553012. Address "
     "17 Vlei Str, Thembalethu, George 6529. Cell 072 418 9930.\n36yo, HIV on TLD since 2019, VL LDL Jun 2024. Now "
     "3/52 cough, night sweats, LOW 5 kg. GeneXpert MTB detected, rif resistance not detected. Start 2RHZE/4RH, dose "
     "by weight band. Contacts: partner Nokuthula and her 2 kids at home - screen. Refer to Thembalethu Clinic TB "
     "nurse (Sr Februarie).\nDr A. Pietersen-Moodley",
     [("HOSPITAL", ["George Provincial Hospital"]), ("DATE", ["2024-08-21"]), ("DATE", ["Jun 2024"]),
      ("NAME", ["Luyolo", "Mgudlwa"]), ("ID", ["8806145123081"]), ("MRN", ["GRG-553012"]), ("ADDRESS", ["17 Vlei Str"]),
      ("LOCATION", ["Thembalethu"]), ("LOCATION", ["George"]), ("POSTCODE", ["6529"]), ("PHONE", ["072 418 9930"]),
      ("NAME", ["Nokuthula"]), ("HOSPITAL", ["Thembalethu Clinic"]), ("NAME", ["Februarie"]),
      ("NAME", ["Pietersen-Moodley"])],
     ["HIV on TLD", "night sweats, LOW 5 kg", "GeneXpert MTB detected, rif resistance not detected", "2RHZE/4RH"]),
    ("Dictated but not read. Neurology clinic, Hereford County Hospital, 7th of March 2025.\nDear Doctor Hetherington "
     "comma\nRe colon Mr Bartholomew Vowles comma date of birth 22nd of October 1953 comma NHS number 148 137 6209, "
     "Flat 3 Lingen Court, Bridge Street, Kington, HR5 3DL.\nI saw this pleasant 71 year old retired farrier full "
     "stop. He has a 2 year history of rest tremor in the left hand, micrographia and hypomimia. On examination there "
     "is cogwheel rigidity left more than right. This is idiopathic Parkinson's disease and I have started "
     "co-careldopa 62.5 mg three times a day. His wife Ethelwyn was with him. Mark the DaTscan request as "
     "routine.\nYours sincerely, Dr Ifeoluwa Shackleton, consultant neurologist. cc Kington Medical Practice",
     [("HOSPITAL", ["Hereford County Hospital"]), ("DATE", ["7th of March 2025"]), ("NAME", ["Hetherington"]),
      ("NAME", ["Bartholomew", "Vowles"]), ("DATE", ["22nd of October 1953"]), ("ID", ["148 137 6209"]),
      ("ADDRESS", ["Flat 3 Lingen Court", "Bridge Street"]), ("LOCATION", ["Kington"]), ("POSTCODE", ["HR5 3DL"]),
      ("NAME", ["Ethelwyn"]), ("NAME", ["Ifeoluwa", "Shackleton"]), ("HOSPITAL", ["Kington Medical Practice"])],
     ["rest tremor in the left hand, micrographia and hypomimia", "cogwheel rigidity", "idiopathic Parkinson's disease",
      "co-careldopa 62.5 mg", "Mark the DaTscan request as routine"]),
    ("Telephone encounter 3/12/25 1610 - Tamsyn Horvath, RN\nPt Ernestine Flagg (DOB 12/01/1948, MRN 4410-2287) "
     "called re INR 4.6 on home meter (CoaguChek, SN UW20418837). On warfarin 5 mg for mechanical mitral valve (St. "
     "Jude). No bleeding. Per Dr. Vanterpool: hold tonight, 2.5 mg tomorrow, recheck Fri. Pt verbalized "
     "understanding. Copy faxed to Riverbend Anticoagulation Clinic, fax (541) 555-0166. Pt asked that results also "
     "go to eflagg48@comcast.net.",
     [("DATE", ["3/12/25"]), ("NAME", ["Tamsyn", "Horvath"]), ("NAME", ["Ernestine", "Flagg"]),
      ("DATE", ["12/01/1948"]), ("MRN", ["4410-2287"]), ("SERIAL", ["UW20418837"]), ("NAME", ["Vanterpool"]),
      ("HOSPITAL", ["Riverbend Anticoagulation Clinic"]), ("PHONE", ["(541) 555-0166"]),
      ("EMAIL", ["eflagg48@comcast.net"])],
     ["INR 4.6", "CoaguChek", "warfarin 5 mg", "mechanical mitral valve (St. Jude)", "hold tonight, 2.5 mg tomorrow"]),
    ("To: Palliative Care Team, Kurrajong Hospice, Bungendore\nFrom: Dr Ewart Castellanos, Queanbeyan Medical Centre, "
     "6 Monaro St, Queanbeyan NSW 2620. Ph (02) 6297 1140, fax (02) 6297 1149\nRe: Mrs Dulcie Hargraves, DOB "
     "14/08/1939, Medicare 3287 01029 5, of 'Glenrock', 1720 Captains Flat Rd, Carwoola NSW 2620\nDulcie has "
     "metastatic pancreatic adenocarcinoma (liver mets) and has declined chemo. Pain escalating: on MS Contin 30 mg "
     "bd with Ordine for breakthrough. ECOG 3. She wishes to die at home if possible; husband Reg (88) is frail, "
     "daughter Rosamund Kuehne lives in Wamboin. Hope you can see her soon.",
     [("HOSPITAL", ["Kurrajong Hospice"]), ("LOCATION", ["Bungendore"]), ("NAME", ["Ewart", "Castellanos"]),
      ("HOSPITAL", ["Queanbeyan Medical Centre"]), ("ADDRESS", ["6 Monaro St"]), ("LOCATION", ["Queanbeyan"]),
      ("POSTCODE", ["2620"]), ("PHONE", ["(02) 6297 1140"]), ("PHONE", ["(02) 6297 1149"]),
      ("NAME", ["Dulcie", "Hargraves"]), ("DATE", ["14/08/1939"]), ("ID", ["3287 01029 5"]), ("ADDRESS", ["Glenrock"]),
      ("ADDRESS", ["1720 Captains Flat Rd"]), ("LOCATION", ["Carwoola"]), ("NAME", ["Reg"]),
      ("NAME", ["Rosamund", "Kuehne"]), ("LOCATION", ["Wamboin"])],
     ["metastatic pancreatic adenocarcinoma (liver mets)", "MS Contin 30 mg bd", "Ordine for breakthrough", "ECOG 3",
      "Hope you can see her soon"]),
    ("WR - Mr Adeoye-Thwaite. Ward 21, Pontefract.\n68F Millicent (Millie) Stainthorpe, K4471902.\nD2 post Hartmann's "
     "for perforated diverticulitis (Hinchey III). Stoma pink, not yet working. Abdo soft. Lactate 1.1.\nPlan: cont "
     "tazocin, mobilise, stoma nurses. Husband Percival to bring her glasses. Dtr in Ossett 01924 273 615.\nZuzanna "
     "Jankowska FY1",
     [("NAME", ["Adeoye-Thwaite"]), ("HOSPITAL", ["Pontefract"]), ("NAME", ["Millicent", "Stainthorpe"]),
      ("NAME", ["Millie"]), ("MRN", ["K4471902"]), ("NAME", ["Percival"]), ("LOCATION", ["Ossett"]),
      ("PHONE", ["01924 273 615"]), ("NAME", ["Zuzanna", "Jankowska"])],
     ["post Hartmann's for perforated diverticulitis (Hinchey III)", "Stoma pink, not yet working", "Lactate 1.1",
      "cont tazocin"]),
    ("Boundary Hospital, Grand Forks BC - discharge note 2024-12-02\nPatient: Vasili Kanigan, 57M, PHN 9273618402, "
     "MRN BH0049182\nAddress: 1140 Copper St, Beaverdell BC V0H 1J0. Ph 250-362-7104\nAdmitted with DKA (pH 7.08, BHB "
     "6.2) after missed insulin while snowed in. Back on Lantus 24 u + Humalog per carb ratio; Dexcom G7 restarted. "
     "Dietitian saw him. Follow up with Dr. Prisca Onwuachi, Beaverdell Medical Clinic, in 1 week. Sister Tanya drove "
     "down from Midway to take him home.",
     [("HOSPITAL", ["Boundary Hospital"]), ("LOCATION", ["Grand Forks"]), ("DATE", ["2024-12-02"]),
      ("NAME", ["Vasili", "Kanigan"]), ("ID", ["9273618402"]), ("MRN", ["BH0049182"]), ("ADDRESS", ["1140 Copper St"]),
      ("LOCATION", ["Beaverdell"]), ("POSTCODE", ["V0H 1J0"]), ("PHONE", ["250-362-7104"]),
      ("NAME", ["Prisca", "Onwuachi"]), ("HOSPITAL", ["Beaverdell Medical Clinic"]), ("NAME", ["Tanya"]),
      ("LOCATION", ["Midway"])],
     ["DKA (pH 7.08, BHB 6.2)", "missed insulin while snowed in", "Lantus 24 u + Humalog", "Dexcom G7 restarted"]),
    ("Peds ED, Kadlec Regional Medical Center, Richland\n3yo M Mateo Quintanilla-Ochoa, MRN 01188473, DOB 06/14/2021. "
     "6 days fever, bilateral non-exudative conjunctivitis, strawberry tongue, cracked lips, cervical LAD 2 cm, "
     "periungual desquamation -> complete Kawasaki disease. Echo: LAD z-score +2.3. IVIG 2 g/kg + high-dose aspirin. "
     "Mom Itzayana (Spanish interpreter #884213 used), cell 509-555-0128. Lives in Pasco, goes to Little Sprouts "
     "daycare on Court St.\nAttending: Benedikt Szalai, MD",
     [("HOSPITAL", ["Kadlec Regional Medical Center"]), ("LOCATION", ["Richland"]),
      ("NAME", ["Mateo", "Quintanilla-Ochoa"]), ("MRN", ["01188473"]), ("DATE", ["06/14/2021"]), ("NAME", ["Itzayana"]),
      ("ID", ["884213"]), ("PHONE", ["509-555-0128"]), ("LOCATION", ["Pasco"]), ("LOCATION", ["Little Sprouts"]),
      ("ADDRESS", ["Court St"]), ("NAME", ["Benedikt", "Szalai"])],
     ["bilateral non-exudative conjunctivitis, strawberry tongue", "complete Kawasaki disease", "LAD z-score +2.3",
      "IVIG 2 g/kg + high-dose aspirin"]),
    *MORE_NOTES,
    *REST_NOTES,
]
