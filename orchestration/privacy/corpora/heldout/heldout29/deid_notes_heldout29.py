"""Twenty-ninth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1103 planted identifier parts in 946 (kind, parts) entries; 354 clinical strings), mostly in English, written
the way clinicians write them: a settlement health station telemedicine consultation, a visiting orthopaedic specialist
clinic letter, an infectious diseases admission record, an overseas medical referral letter, a medical officer's report
and request for medical evacuation by sea, a health centre home visit, a haemodialysis unit nursing handover, an
operation note, a maternal referral form, a paediatric discharge note, a discharge summary, a high-altitude admission
note with a fitness-to-fly certificate, a helicopter evacuation and admission record of an expedition porter, a health
station telemedicine consultation with a teaching hospital, a neonatal transfer form, an out-of-hours GP consultation
and retrieval request, a palliative home care nursing visit, a federal black lung complete pulmonary evaluation, a
disaster field hospital patient record, a stroke rehabilitation MDT and goal-setting note, a prenatal visit record, an
interhospital transfer form, a medical death certificate, an emergency psychiatric evaluation with a petition for
emergency detention, an ultrasound and CT report, a rheumatic heart disease recall list, a parasitology and haematology
laboratory report, a correctional centre intake health assessment, an emergency resuscitation record, an overseas
treatment scheme referral letter, a ship's crew medical evacuation report, a hyperbaric unit admission note, a school
health office emergency incident report, a psychiatric assessment for involuntary admission, a community geriatric
outreach visit to a care home, a rural nurse specialist after-hours record, a mobile dental clinic treatment record, an
orthopaedic operative report, an emergency department triage note and a cholera treatment centre line list. From
Greenland (Avannaata), the Falkland Islands, St Helena, Tristan da Cunha, mainland China (Inner Mongolia, Hainan),
Greece (Crete, Western Macedonia, Lesvos), Cyprus (Troodos), Nauru, Brunei, Malawi (Northern Region), São Tomé and
Príncipe, India (Andaman and Nicobar Islands, Ladakh), Pakistan (Gilgit-Baltistan), Taiwan (Taitung, Orchid Island),
Timor-Leste, Scotland (Outer Hebrides), the US (Appalachian Kentucky, North Dakota), Dominica, Wales (Anglesey), Canada
(Labrador, Yukon), Norway (Svalbard), Tajikistan (Gorno-Badakhshan), Australia (Torres Strait), Gabon, Tuvalu, Djibouti,
Honduras (La Mosquitia), the Northern Mariana Islands, Hong Kong (Lantau), New Zealand (Stewart Island), Armenia
(Syunik), Finland (Lapland), Anguilla and Burundi.

Scripts and languages (positions in ``NOTES``, counted from 0): notes 5 (Crete), 16 (Troodos, Cyprus), 22 (Prespes) and
33 (Lesvos) are in Greek script, with Greek names, patronymics and metronymics, addresses, phone numbers, facilities, a
Greek identity card and Greek month names; notes 2 (Inner Mongolia) and 28 (Hainan) are in simplified Chinese and notes
13 (Orchid Island, with Republic of China calendar dates in slash and 民國 forms) and 34 (Tai O) in traditional Chinese,
with names (a Mongolian, a Li and a Tao name among them), addresses with village groups and neighbourhood numbers, phone
numbers, vehicle plates, facilities and dates in Chinese; note 9 is in Portuguese (São Tomé) and note 31 in Spanish
(Honduras), each with dates in that language; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (Awg, Dk, Pg, Hj, bin,
binti, s/o, S/o Late, Sh., Sra., Dra., Enf., don, Aunty, Uncle, Pastor, Sister, Officer, Capt., π., κ., του with a
patronymic, 姑娘), names in capitals on lists and forms, initials only in a minute-taker's and a technician's place, bare
in prose, in sign-offs, addresses with and without house numbers (a St Helena cottage name, a Welsh house name, a Brunei
simpang, a Norwegian road number, a Chinese village group, a Taiwanese neighbourhood and house number, a Hong Kong
ground floor, a post-office box that reads like a blood pressure), "transferred from", employers (a phosphate company, a
port company, a nickel mine, a coal company, a casino, a logging company, a seafood company, a crewing agency, a marine
services agent, a reindeer herding cooperative, an IT company, an expedition company, a snowmobile tour company, a
rubber farm, a duty-free store, a guesthouse, a miners' legal clinic), schools, a college and a university, a care home,
a correctional centre, a police station, ships and boats, a stadium, a temple, a church, a windmill named after its
owner, a ship's position, hospitals and streets named after people (King Edward VII, Helen Joseph, Eduardo Ximenes,
Guido Valadares, Ayres de Menezes, G.B. Pant, Sonam Norboo, Quentin N. Burdick, Albert Schweitzer, Peltier, Princess
Margaret, Princess Alexandra, Βενιζέλειο, Βοστάνειο, «Ελένη Θ. Δημητρίου», 馬偕; Jalan Putera Al-Muhtadee Billah,
Κωνσταντίνου Παλαιολόγου, Ε. Βοστάνη), a street named after a date (Avenida Marginal 12 de Julho), an airport named
after people (Douglas-Charles), a feast day that is also a town's name (Αγίου Νικολάου), and places that are everyday
words or names (Hill Cove, Crooked Inlet, Potato Patches, Half Tree Hollow, Cow Path, Poor Fork, Looney Creek, Lynch,
Cumberland, Old Crow, Shell Valley, Harbour View, The Valley, Island Harbour, Stoney Ground, Quartier Isaac, Horseshoe
Bay, Halfmoon Bay, Bangor, Paisley, Dublin, Boe, Concordia, and Iris, Shona, Jacko, Nellie, Solomon, Elvis, Lake,
Richardson, Pascal, Spès as people); also e-mail addresses, a PACS URL, a laboratory report URL and a telemedicine
session URL, IPv4 addresses (two satellite links and a PACS server), an Instagram, a Facebook and a WeChat handle, road
vehicle plates (an ambulance in Malawi, Greece and Timor-Leste, a taxi, a pickup, a truck, an island Land Rover, a
motorcycle, a car, a van), aircraft registrations (two aeroplanes, two helicopters), a coastguard helicopter call sign
and a ship's call sign, professional licences (GMC, Danish autorisations-ID, BMDC, NMCM, Ordem dos Médicos de STP, TNMC,
JKMC, PMDC, ΑΜ ΙΣ, KY and ND medical licences, NIOSH B Reader, IMC, Dominica Nurses Council, CRNNL, HPR, YRNA, Tuvalu
Medical Council, Colegio Médico de Honduras, CNMI RN, 醫委會, NCNZ, an Armenian MoH licence, Valvira), device serial and
lot numbers (defibrillator, dialysis machine, syringe driver, spirometer, Rh immune globulin, adrenaline auto-injectors,
a locking plate), insurance, social security and national numbers, case, claim, flight, notification, purchase order,
request, laboratory and study numbers, a tribal ID, a prosecutor's order number, phone, fax and extension numbers, and
dates in many formats (full dates in several orders and separators, ISO dates, dotted Nordic dates with and without the
year, year-less dates with slashes or words, month and year, month names alone, "early October" in Chinese, Christmas,
St Nicholas' day, and Greek, Chinese, Republic of China, Portuguese and Spanish dates). Where a real identifier has a
check digit (Greenland CPR, Greek AMKA, Chinese resident ID, Aadhaar, Scottish CHI, NHS number, US NPI, Norwegian
fødselsnummer, Taiwan ID, Australian Medicare, NZ NHI, Hong Kong ID, Finnish HETU, IMO ship number) the planted one
passes it; the other national, insurance and licence numbers keep a plausible format (Brunei IC, Pakistani CNIC,
Honduran DNI, Cyprus identity card and GeSY number, Greek identity card, Armenian social card, Tajik INN, Newfoundland
and Labrador MCP, Yukon health care number, Gabonese CNAMGS, Tuvalu passport, Georgian seaman's book). No name, place or
facility is planted in more than one note. Four patients are aged 90 or over (notes 5, 15, 34 and 38), and for them the
age and every date element, bare years, months and holidays included, are planted; where a younger patient's note has a
bare year (notes 0, 17, 20, 23, 25 and 27), it is left in the text and not planted. The strings that must survive
include eponyms and eponymous signs, scores, devices and approaches (Kanavel, Jobe, Hawkins-Kennedy, Goutallier, Allred,
Nottingham, Killip, TIMI, Brescia-Cimino, Mahurkar, Boey, Graham, Mannheim, Bishop, Weil's disease, Faine, Lake Louise,
Gamow, Cauchy, Weil-Felix, Ballard, Apgar, Silverman-Andersen, Glasgow-Blatchford, Rockall, Gustilo-Anderson, Hoffmann,
Barthel, Rankin, Bobath, Fugl-Meyer, Frenchay, Jones, St Jude, Knott, Wilkins, Inoue, Gharbi, Frankel, Mantoux, Ludwig,
Schatzker, Lobenhoffer, Redon, Rockwood, Waterlow, Miller, Black, and Braden and Barthel in Chinese), scores and
classifications with their numbers, brand names of drugs and devices (some of them names or animals: Bell 212, King Air,
Lynx), organisms, lab values with units, ratios and fractions that look like dates (titres, a local anaesthetic's
adrenaline ratio, an ILO profusion, gestations, Apgar scores, scale scores out of a total, a codeine/paracetamol
strength), a year inside a statute and inside guideline and classification names, ICD-10 codes, and a surgical saying
with month names in it. Entries per kind: NAME 220, LOCATION 216, DATE 144, HOSPITAL 70, ID 67, PHONE 63, MRN 31,
LICENCE 30, ADDRESS 25, POSTCODE 21, EMAIL 18, PLATE 17, SERIAL 8, AGE 7, HANDLE 3, IP 3, URL 3. The last 20 notes (537
identifier parts in 455 entries, 185 clinical strings) are in :mod:`deid_notes_heldout29_more`, only to keep each file a
readable length; this file holds 566 identifier parts in 491 entries and 169 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout29.deid_notes_heldout29_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Greenland, Avannaata (Qaanaaq): settlement health station telemedicine consultation, seal finger
    ("Qaanaaq Health Station - Avannaata Region (Sundhedsvæsenet / Peqqissaaneq)\n"
     "TELEMEDICINE CONSULTATION NOTE | 14.01.2026 kl. 10:20 | video via satellite gateway 10.87.4.12\n"
     "Patient: Ole Qujaukitsoq-Petersen | 41 M | CPR 280784-1931 | Journal nr. QAA-20593\n"
     "Hunter and fisherman; lives in the settlement of Siorapaluk and came in by dog sledge with his brother "
     "Nukappiaq (about 5 h).\n"
     "History: 9 days ago cut the right index finger on his knife while flensing a ringed seal. Now severe throbbing "
     "pain, keeps him awake, cannot bend the finger. Amoxicillin 500 mg TID from the station since 08/01 - no "
     "effect.\n"
     "Exam (health worker, on camera): T 37.4, HR 88. R index finger fusiform, shiny, violaceous swelling, PIP joint "
     "held in slight flexion and exquisitely tender to move; no lymphangitis; Kanavel signs 1/4 (no tenderness along "
     "the flexor sheath). Photos uploaded to the regional archive.\n"
     "Assessment (Dr. Ivalu Berthelsen-Kreutzmann, Dronning Ingrids Hospital, Nuuk): classic seal finger "
     "(spekfinger), Mycoplasma phocacerebrale - penicillins do not work.\n"
     "Plan: stop amoxicillin. Doxycycline 200 mg first dose, then doxycycline 100 mg BD for 4 weeks; splint in "
     "position of function; elevate; paracetamol 1 g QID, no NSAID (ulcer in 2019). Video review 21/1. If PIP "
     "effusion or no response in 72 h: evacuate to Ilulissat regional hospital for X-ray and joint washout (Air "
     "Greenland Bell 212, OY-HDN, weather permitting).\n"
     "Wife Aviaja informed, tel. +299 97 14 82. Results and photos: qaanaaq.sundhed@peqqik.gl\n"
     "Health worker: Karen Nielsen-Kristiansen, sundhedsmedhjælper\n"
     "Physician: I. Berthelsen-Kreutzmann, autorisations-ID 0RJ4K",
     [("HOSPITAL", ["Qaanaaq Health Station"]), ("LOCATION", ["Avannaata"]), ("DATE", ["14.01.2026"]),
      ("IP", ["10.87.4.12"]), ("NAME", ["Ole", "Qujaukitsoq-Petersen"]), ("ID", ["280784-1931"]),
      ("MRN", ["QAA-20593"]), ("LOCATION", ["Siorapaluk"]), ("NAME", ["Nukappiaq"]), ("DATE", ["08/01"]),
      ("NAME", ["Ivalu", "Berthelsen-Kreutzmann"]), ("HOSPITAL", ["Dronning Ingrids Hospital"]),
      ("LOCATION", ["Nuuk"]), ("DATE", ["21/1"]), ("LOCATION", ["Ilulissat"]), ("PLATE", ["OY-HDN"]),
      ("NAME", ["Aviaja"]), ("PHONE", ["+299 97 14 82"]), ("EMAIL", ["qaanaaq.sundhed@peqqik.gl"]),
      ("NAME", ["Karen", "Nielsen-Kristiansen"]), ("LICENCE", ["0RJ4K"])],
     ["Amoxicillin 500 mg TID", "Kanavel signs 1/4", "seal finger", "Mycoplasma phocacerebrale",
      "doxycycline 100 mg BD", "PIP joint", "Bell 212"]),

    # 1 - Falkland Islands (West Falkland): visiting orthopaedic specialist clinic letter, rotator cuff tear
    ("King Edward VII Memorial Hospital\n"
     "Stanley, Falkland Islands FIQQ 1ZZ | Tel +500 28000 | Fax +500 28050\n"
     "\n"
     "VISITING ORTHOPAEDIC CLINIC - 3 March 2026\n"
     "\n"
     "Dr Morag Ainslie-Betts, Senior Medical Officer, KEMH\n"
     "\n"
     "Re: Mr Dwayne Pitaluga-Short, DOB 19.10.1968, KEMH no. K03952, Hill Cove Settlement, West Falkland\n"
     "\n"
     "Dear Morag,\n"
     "Thank you for asking me to see this 57-year-old shepherd who works on the Hill Cove farm and flew across on the "
     "FIGAS Islander (VP-FBR) this morning. On 14 January his quad bike rolled on the track above Crooked Inlet and "
     "he landed on his outstretched right arm. He then managed five weeks of shearing, in pain, and now cannot lift "
     "the arm above his shoulder or sleep on that side.\n"
     "On examination there is wasting of supraspinatus and infraspinatus. Active elevation 70 degrees, passive full. "
     "Drop arm test positive; Jobe's test weak and painful; Hawkins-Kennedy positive; external rotation lag sign 20 "
     "degrees; belly-press normal. Neurovascularly intact.\n"
     "Ultrasound today (Mr Petr Kovalenko-Biggs, sonographer): full-thickness supraspinatus tear 2.4 cm, retracted to "
     "the apex of the humeral head, extending into infraspinatus; fatty infiltration no worse than Goutallier grade 1 "
     "on the views we have. X-ray: acromiohumeral interval 7 mm, no fracture.\n"
     "Impression: acute-on-chronic massive rotator cuff tear, repairable if done soon.\n"
     "Plan: I recommend arthroscopic rotator cuff repair within 6-8 weeks. I have written to Dr Ignacio Sotomayor at "
     "Clínica Magallanes, Punta Arenas, to see whether he can list him after the LATAM flight of 28 March; the "
     "alternative is the air bridge to the UK. Meanwhile sling for comfort, pendular exercises with the "
     "physiotherapist, co-codamol 30/500 two QDS PRN, no subacromial steroid injection.\n"
     "His wife Shona can be reached at Hill Cove on 42217, or by e-mail hillcove.shona@horizon.co.fk.\n"
     "\n"
     "Yours sincerely,\n"
     "Mr Alasdair Quennell-Moyo FRCS (Tr & Orth), Visiting Consultant Orthopaedic Surgeon | GMC 6082913",
     [("HOSPITAL", ["King Edward VII Memorial Hospital"]), ("LOCATION", ["Stanley"]), ("POSTCODE", ["FIQQ 1ZZ"]),
      ("PHONE", ["+500 28000"]), ("PHONE", ["+500 28050"]), ("DATE", ["3 March 2026"]),
      ("NAME", ["Morag", "Ainslie-Betts"]), ("HOSPITAL", ["KEMH"]), ("NAME", ["Dwayne", "Pitaluga-Short"]),
      ("DATE", ["19.10.1968"]), ("MRN", ["K03952"]), ("LOCATION", ["Hill Cove"]), ("LOCATION", ["West Falkland"]),
      ("PLATE", ["VP-FBR"]), ("DATE", ["14 January"]), ("LOCATION", ["Crooked Inlet"]),
      ("NAME", ["Petr", "Kovalenko-Biggs"]), ("NAME", ["Ignacio", "Sotomayor"]),
      ("HOSPITAL", ["Clínica Magallanes"]), ("LOCATION", ["Punta Arenas"]), ("DATE", ["28 March"]),
      ("NAME", ["Shona"]), ("PHONE", ["42217"]), ("EMAIL", ["hillcove.shona@horizon.co.fk"]),
      ("NAME", ["Alasdair", "Quennell-Moyo"]), ("LICENCE", ["6082913"])],
     ["Drop arm test positive", "Jobe's test", "Hawkins-Kennedy positive", "Goutallier grade 1",
      "acromiohumeral interval 7 mm", "arthroscopic rotator cuff repair", "co-codamol 30/500"]),

    # 2 - China, Inner Mongolia (Xilingol League): infectious diseases admission record, brucellosis (simplified)
    ("锡林郭勒盟中心医院　感染性疾病科\n"
     "入院记录\n"
     "姓名：乌日根巴雅尔　性别：男　年龄：46岁　民族：蒙古族　职业：牧民\n"
     "住院号：XM2025-118306　身份证号：152524197903164175\n"
     "住址：内蒙古锡林郭勒盟苏尼特右旗赛汉乌力吉苏木巴彦宝力格嘎查\n"
     "入院时间：2025年11月4日 10:32　病史陈述者：患者本人及其妻萨仁高娃（可靠）　由侄子巴图孟和驾车（蒙H·3J927）送来\n"
     "主诉：反复发热、多汗、乏力伴左膝关节痛1月余。\n"
     "现病史：患者于10月初无明显诱因出现午后发热，体温最高39.6℃，热退时大汗淋漓，伴乏力、左膝及腰骶部疼痛。家中饲养绵羊三百余只，今年春季接羔时曾徒手处理流产羊羔及胎盘，未戴手套。曾在旗人民医院按“上呼吸道感染”予头孢曲松治疗5天无效。\n"
     "既往史：体健。无药物过敏史。\n"
     "个人史：吸烟20年，每日10支；少量饮酒。冬春季住砖房，夏季随畜群住蒙古包，饮用井水，常饮自制奶茶及奶豆腐（未经巴氏消毒）。\n"
     "查体：T 38.9℃，P 96次/分，R 20次/分，BP 118/74 mmHg。神志清。肝肋下2 cm，脾肋下1 cm，质软。左膝关节肿胀，浮髌试验阳性。左侧骶髂关节压痛，“4”字试验阳性。\n"
     "辅助检查：心电图正常；心脏彩超未见赘生物（暂不支持布鲁氏菌性心内膜炎）。虎红平板凝集试验（RBT）阳性，试管凝集试验（SAT）1:400（++）；血培养（BACT/ALERT）回报：马耳他布鲁氏菌。CRP 46 mg/L，ALT 88 U/L，WBC 4.1×10⁹/L。骶髂关节MRI：左侧骶髂关节炎。\n"
     "初步诊断：1. 布鲁氏菌病（急性期）伴左侧骶髂关节炎、左膝关节炎　2. 肝功能异常\n"
     "诊疗计划：多西环素 100 mg 口服 每日2次 + 利福平 600 mg 口服 每日1次，疗程6周；监测肝功能。已按乙类传染病网络直报（报告卡号 1525240251104037）。建议其妻及同群羊只检测，通知嘎查兽医站。\n"
     "联系人：妻子 萨仁高娃　电话 13947918204；侄子巴图孟和 微信 batu_mongke88\n"
     "经治医师：包晓东　　主治医师：斯琴图雅",
     [("HOSPITAL", ["锡林郭勒盟中心医院"]), ("NAME", ["乌日根巴雅尔"]), ("MRN", ["XM2025-118306"]), ("ID", ["152524197903164175"]),
      ("LOCATION", ["锡林郭勒盟"]), ("LOCATION", ["苏尼特右旗"]), ("LOCATION", ["赛汉乌力吉苏木"]), ("LOCATION", ["巴彦宝力格嘎查"]),
      ("DATE", ["2025年11月4日"]), ("NAME", ["萨仁高娃"]), ("NAME", ["巴图孟和"]), ("PLATE", ["蒙H·3J927"]), ("DATE", ["10月初"]),
      ("ID", ["1525240251104037"]), ("PHONE", ["13947918204"]), ("HANDLE", ["batu_mongke88"]), ("NAME", ["包晓东"]),
      ("NAME", ["斯琴图雅"])],
     ["浮髌试验阳性", "虎红平板凝集试验", "1:400（++）", "马耳他布鲁氏菌", "多西环素 100 mg", "利福平 600 mg", "乙类传染病"]),

    # 3 - St Helena (Jamestown): overseas medical referral letter to Johannesburg, breast cancer
    ("St Helena Government - Health Portfolio\n"
     "Jamestown General Hospital, Jamestown, St Helena Island, South Atlantic Ocean STHL 1ZZ\n"
     "Tel +290 22500 ext. 3172 | medical.referrals@sainthelena.gov.sh\n"
     "\n"
     "OVERSEAS MEDICAL REFERRAL - 27th October 2025\n"
     "\n"
     "To: Dr Annelie Steenkamp-Mokoena, Breast Care Clinic, Helen Joseph Hospital, Auckland Park, Johannesburg\n"
     "\n"
     "Dear Dr Steenkamp-Mokoena,\n"
     "Re: Mrs Lorna Yon-Benjamin, born 5 May 1974, Hospital No. JGH 21834, St Helena ID 0036518\n"
     "'Rose Cottage', Cow Path, Half Tree Hollow. Teaching assistant at Harford Primary School.\n"
     "I would be grateful if you would see Mrs Yon-Benjamin, 51, with a newly diagnosed left breast cancer. She found "
     "a lump in the upper outer quadrant in September. Triple assessment here: 24 mm irregular mass at 2 o'clock, "
     "mammography M5 / BI-RADS 5, ultrasound U5; one 14 mm axillary node with a thickened cortex. Core biopsy and "
     "node FNA were reported by telepathology in Johannesburg (ref. TP-25-30962): invasive carcinoma NST, Nottingham "
     "grade 2, ER Allred 8/8, PR Allred 6/8, HER2 1+ (IHC), Ki-67 20%; node FNA C5. CT chest/abdomen/pelvis on 20/10: "
     "no distant disease. Clinical stage cT2 cN1 M0 (AJCC 8th edition).\n"
     "Past history: hypothyroidism on levothyroxine 100 micrograms; G2P2; still menstruating. Non-smoker. Mother had "
     "breast cancer at 60.\n"
     "She and her husband Trevor are booked on the Airlink flight on 8 November; the Overseas Medical Referral budget "
     "covers treatment (purchase order SHG-OMR-2025-117). Her daughter Kayleigh lives in Swindon and is her preferred "
     "contact: +44 7700 900412.\n"
     "I would value your MDT's view on neoadjuvant treatment versus primary surgery with sentinel node biopsy.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Kwabena Thorsby-Ellick, Medical Officer | GMC 7310482",
     [("HOSPITAL", ["Jamestown General Hospital"]), ("LOCATION", ["Jamestown"]), ("POSTCODE", ["STHL 1ZZ"]),
      ("PHONE", ["+290 22500"]), ("PHONE", ["3172"]), ("EMAIL", ["medical.referrals@sainthelena.gov.sh"]),
      ("DATE", ["27th October 2025"]), ("NAME", ["Annelie", "Steenkamp-Mokoena"]),
      ("HOSPITAL", ["Helen Joseph Hospital"]), ("LOCATION", ["Auckland Park"]), ("LOCATION", ["Johannesburg"]),
      ("NAME", ["Lorna", "Yon-Benjamin"]), ("DATE", ["5 May 1974"]), ("MRN", ["JGH 21834"]), ("ID", ["0036518"]),
      ("ADDRESS", ["Rose Cottage", "Cow Path"]), ("LOCATION", ["Half Tree Hollow"]),
      ("LOCATION", ["Harford Primary School"]), ("DATE", ["September"]), ("ID", ["TP-25-30962"]),
      ("DATE", ["20/10"]), ("NAME", ["Trevor"]), ("DATE", ["8 November"]), ("ID", ["SHG-OMR-2025-117"]),
      ("NAME", ["Kayleigh"]), ("LOCATION", ["Swindon"]), ("PHONE", ["+44 7700 900412"]),
      ("NAME", ["Kwabena", "Thorsby-Ellick"]), ("LICENCE", ["7310482"])],
     ["BI-RADS 5", "invasive carcinoma NST", "Nottingham grade 2", "ER Allred 8/8", "HER2 1+", "Ki-67 20%",
      "cT2 cN1 M0 (AJCC 8th edition)", "levothyroxine 100 micrograms", "sentinel node biopsy"]),

    # 4 - Tristan da Cunha: medical officer's report and medical evacuation request, inferior STEMI thrombolysed
    ("Camogli Healthcare Centre, Edinburgh of the Seven Seas, Tristan da Cunha TDCU 1ZZ\n"
     "MEDICAL OFFICER'S REPORT TO THE ADMINISTRATOR - REQUEST FOR MEDICAL EVACUATION\n"
     "Friday 6 February 2026, 16:45 GMT\n"
     "Patient: Mr Conrad Repetto-Hagan | 58 M | DOB 11/11/1967 | Islander no. TDC-0276 | Hospital file 1187\n"
     "Crayfish factory hand at the Fishing Company and part-time fire crew. Lives on Pigbite Road with his wife "
     "Iris.\n"
     "Events: central crushing chest pain from 11:40 while digging at the Potato Patches; brought down in the island "
     "Land Rover (TDC 14). ECG 12:20: inferior STEMI, ST elevation II, III, aVF 3 mm, reciprocal changes in I and "
     "aVL; no RV involvement on V4R. Killip class I. Troponin I (i-STAT) 0.41 ng/mL.\n"
     "Telecardiology over the satellite link (VSAT, 172.16.40.9) at 12:45 with Dr Renske Olivier-Dlamini, "
     "cardiologist on call, Tygerberg Hospital: no PCI within reach, so fibrinolysis advised.\n"
     "Treatment: aspirin 300 mg, clopidogrel 300 mg, enoxaparin 30 mg IV then 1 mg/kg SC, tenecteplase (Metalyse) 40 "
     "mg IV at 13:05, GTN spray, morphine 2.5 mg IV. At 14:35: ST resolution >50%, pain 1/10, accelerated "
     "idioventricular rhythm for 40 s, now sinus 72. BP 128/76. TIMI risk score 4.\n"
     "Request: transfer for angiography within 24 h is not possible; please ask the MFV Atlantic Petrel (call sign "
     "ZDL3906), due off Calshot Harbour on Monday, to take him to Cape Town (5-6 days at sea) with Sister Janine "
     "Glass-Rogers as nurse escort and the transport monitor-defibrillator (serial LP15-48217930). Receiving: "
     "Tygerberg cardiology; insurance: Tristan medical scheme policy TDC/MED/0311.\n"
     "Wife: Mrs Iris Repetto-Hagan, home tel. +290 8 1473.\n"
     "Dr Cormac Ó Briain-Stevens, Resident Medical Officer | GMC 6194027 | rmo@tristandc.com",
     [("HOSPITAL", ["Camogli Healthcare Centre"]), ("LOCATION", ["Edinburgh of the Seven Seas"]),
      ("POSTCODE", ["TDCU 1ZZ"]), ("DATE", ["6 February 2026"]), ("NAME", ["Conrad", "Repetto-Hagan"]),
      ("DATE", ["11/11/1967"]), ("ID", ["TDC-0276"]), ("MRN", ["1187"]), ("ADDRESS", ["Pigbite Road"]),
      ("NAME", ["Iris"]), ("LOCATION", ["Potato Patches"]), ("PLATE", ["TDC 14"]), ("IP", ["172.16.40.9"]),
      ("NAME", ["Renske", "Olivier-Dlamini"]), ("HOSPITAL", ["Tygerberg Hospital"]),
      ("LOCATION", ["Atlantic Petrel"]), ("PLATE", ["ZDL3906"]), ("LOCATION", ["Calshot Harbour"]),
      ("LOCATION", ["Cape Town"]), ("NAME", ["Janine", "Glass-Rogers"]), ("SERIAL", ["LP15-48217930"]),
      ("HOSPITAL", ["Tygerberg"]), ("ID", ["TDC/MED/0311"]), ("PHONE", ["+290 8 1473"]),
      ("NAME", ["Cormac", "Ó Briain-Stevens"]), ("LICENCE", ["6194027"]), ("EMAIL", ["rmo@tristandc.com"])],
     ["inferior STEMI", "Killip class I", "Troponin I (i-STAT) 0.41 ng/mL", "tenecteplase (Metalyse) 40 mg",
      "enoxaparin 30 mg IV", "ST resolution >50%", "accelerated idioventricular rhythm", "TIMI risk score 4"]),

    # 5 - Greece, Crete (Lasithi Plateau): health centre home visit, resident aged 92, hyperkalaemia (Greek)
    ("Κέντρο Υγείας Νεάπολης - Περιφερειακό Ιατρείο Αγίου Γεωργίου Λασιθίου\n"
     "ΚΑΤ' ΟΙΚΟΝ ΕΠΙΣΚΕΨΗ | 19/11/2025, 11:30 | τηλ. ιατρείου 28440 31562\n"
     "Ασθενής: Ελευθερία Βαρδάκη-Μαρκογιαννάκη του Ιωσήφ, 92 ετών, γεν. 03/07/1933, ΑΜΚΑ 03073329579\n"
     "Κατοικία: Άγιος Κωνσταντίνος Οροπεδίου Λασιθίου, το πέτρινο σπίτι πίσω από τον ανεμόμυλο του Σφυράκη. Χήρα από "
     "το 1998· μένει με την ανύπαντρη κόρη της Ρουσσέτο.\n"
     "Αίτια επίσκεψης: η κόρη αναφέρει από χθες έντονη αδυναμία, ζάλη και «αργό σφυγμό».\n"
     "Φάρμακα: φουροσεμίδη 40 mg 1x1, σπιρονολακτόνη 25 mg 1x1, ραμιπρίλη 5 mg 1x1, βισοπρολόλη 2,5 mg 1x1, "
     "ακετυλοσαλικυλικό οξύ 100 mg. Από τις 10 Νοεμβρίου παίρνει και ΜΣΑΦ για τον πόνο στο γόνατο (της τα έφερε ο "
     "εγγονός από το Ηράκλειο).\n"
     "Εξέταση: ΑΠ 104/60, σφύξεις 46/λεπτό, ρυθμικές, SpO2 93%. Οίδημα κάτω άκρων ως τα γόνατα, ρόγχοι βάσεων. NYHA "
     "III. ΗΚΓ (φορητό): φλεβοκομβική βραδυκαρδία 46, υψηλά και οξυαιχμά κύματα T στις V2-V4, διαπλάτυνση QRS 120 ms. "
     "Γρήγορη μέτρηση (i-STAT): Κ+ 6,4 mmol/L, κρεατινίνη 2,3 mg/dl.\n"
     "Εκτίμηση: υπερκαλιαιμία με ΗΚΓ αλλοιώσεις σε ηλικιωμένη με καρδιακή ανεπάρκεια και ΧΝΝ.\n"
     "Ενέργειες: γλυκονικό ασβέστιο 10% 10 ml ΕΦ σε 5 λεπτά με παρακολούθηση· διακοπή σπιρονολακτόνης, ραμιπρίλης και "
     "ΜΣΑΦ. Κλήση ΕΚΑΒ 11:50 - ασθενοφόρο ΚΗΟ 5327 από τη Νεάπολη. Διακομιδή στο Βενιζέλειο Γενικό Νοσοκομείο "
     "Ηρακλείου, ενημερώθηκε ο εφημερεύων παθολόγος κ. Ξυλούρης.\n"
     "Η κυρία Ελευθερία ζητά να γυρίσει σπίτι για τη γιορτή του Αγίου Νικολάου· τον Ιούλιο κλείνει τα 93.\n"
     "Κόρη Ρουσσέτο Βαρδάκη: 697 318 4402.\n"
     "Ιατρός: Μιχάλης Ψαρουδάκης-Τζανάκης, Γενικός Ιατρός | ΑΜ ΙΣ Λασιθίου 1184",
     [("HOSPITAL", ["Κέντρο Υγείας Νεάπολης"]), ("HOSPITAL", ["Περιφερειακό Ιατρείο Αγίου Γεωργίου Λασιθίου"]),
      ("DATE", ["19/11/2025"]), ("PHONE", ["28440 31562"]), ("NAME", ["Ελευθερία", "Βαρδάκη-Μαρκογιαννάκη"]),
      ("NAME", ["Ιωσήφ"]), ("AGE", ["92 ετών"]), ("DATE", ["03/07/1933"]), ("ID", ["03073329579"]),
      ("LOCATION", ["Άγιος Κωνσταντίνος"]), ("LOCATION", ["Οροπεδίου Λασιθίου"]), ("LOCATION", ["Σφυράκη"]),
      ("DATE", ["1998"]), ("NAME", ["Ρουσσέτο"]), ("DATE", ["10 Νοεμβρίου"]), ("LOCATION", ["Ηράκλειο"]),
      ("PLATE", ["ΚΗΟ 5327"]), ("LOCATION", ["Νεάπολη"]), ("HOSPITAL", ["Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου"]),
      ("NAME", ["Ξυλούρης"]), ("DATE", ["Αγίου Νικολάου"]), ("DATE", ["Ιούλιο"]), ("AGE", ["93"]),
      ("NAME", ["Βαρδάκη"]), ("PHONE", ["697 318 4402"]), ("NAME", ["Μιχάλης", "Ψαρουδάκης-Τζανάκης"]),
      ("LICENCE", ["1184"])],
     ["φουροσεμίδη 40 mg", "σπιρονολακτόνη 25 mg", "NYHA III", "οξυαιχμά κύματα T", "Κ+ 6,4 mmol/L",
      "γλυκονικό ασβέστιο 10%", "QRS 120 ms"]),

    # 6 - Nauru (Yaren): haemodialysis unit nursing handover
    ("REPUBLIC OF NAURU HOSPITAL - Renal (Haemodialysis) Unit\n"
     "NURSING HANDOVER, AM to PM shift | Wednesday 10/12/2025, 14:00\n"
     "Handing over: RN Lisiate Dowiyogo-Eoe | Taking over: RN Marissa Agir-Cain | Renal MO on call: Dr Harbans "
     "Sodhi-Kepae, ext. 238\n"
     "\n"
     "Chair 1 - AINGIMEA-DETUDAMO, Rennier, 52 M, RONH 07413, Anibare. Left radiocephalic (Brescia-Cimino) AV "
     "fistula, good thrill and bruit. Missed Monday's session (out fishing); pre-dialysis K 6.1 mmol/L, pre-weight "
     "98.4 kg, post 95.6 kg (UF 2.8 L). BP 168/94 pre, 142/86 post. Kt/V 1.3 in November. Eprex 4,000 units IV given "
     "post-dialysis. Works shifts at RONPhos - please remind him about Friday.\n"
     "Chair 2 - DEIYE, Evodia, 44 F, RONH 11593, Denigomodu. R IJ non-tunnelled Mahurkar catheter (inserted 28/11). "
     "Rigors and T 38.4 at 2.5 h - session stopped early. Blood cultures x2 (line and peripheral) sent; vancomycin 1 "
     "g IV after dialysis per Dr Sodhi-Kepae; catheter locked with heparin 5,000 units/mL. Husband Aloysius (mob. 557 "
     "3821) aware; she is worried about her son's school prize-giving at Nauru College tomorrow.\n"
     "Chair 3 - ADUN-HARRIS, Tobias, 67 M, RONH 02291, Meneng. Diabetic; R BKA. Hb 84 g/L - darbepoetin dose "
     "increased. Hypotension to 88/50 at 3 h, UF reduced, 200 mL saline. Machine Fresenius 4008S SN 4F8K-20731 "
     "alarmed twice for blood-leak - flagged to biomed.\n"
     "Chair 4 - KUN, Marlene, 39 F, RONH 15076, Boe. New start; AVF maturing (created in Brisbane at Royal Brisbane "
     "and Women's Hospital on 16/10). Tolerated 3 h with 15G needles. Flying back to Brisbane on ON 025 on 13/12 for "
     "fistulogram.\n"
     "Outstanding: Chair 2 cultures; biomed to check Fresenius; Chair 1 diet talk with the dietitian.",
     [("HOSPITAL", ["REPUBLIC OF NAURU HOSPITAL"]), ("DATE", ["10/12/2025"]), ("NAME", ["Lisiate", "Dowiyogo-Eoe"]),
      ("NAME", ["Marissa", "Agir-Cain"]), ("NAME", ["Harbans", "Sodhi-Kepae"]), ("PHONE", ["238"]),
      ("NAME", ["AINGIMEA-DETUDAMO", "Rennier"]), ("MRN", ["RONH 07413"]), ("LOCATION", ["Anibare"]),
      ("DATE", ["November"]), ("LOCATION", ["RONPhos"]), ("NAME", ["DEIYE", "Evodia"]), ("MRN", ["RONH 11593"]),
      ("LOCATION", ["Denigomodu"]), ("DATE", ["28/11"]), ("NAME", ["Aloysius"]), ("PHONE", ["557 3821"]),
      ("LOCATION", ["Nauru College"]), ("NAME", ["ADUN-HARRIS", "Tobias"]), ("MRN", ["RONH 02291"]),
      ("LOCATION", ["Meneng"]), ("SERIAL", ["4F8K-20731"]), ("NAME", ["KUN", "Marlene"]), ("MRN", ["RONH 15076"]),
      ("LOCATION", ["Boe"]), ("LOCATION", ["Brisbane"]), ("HOSPITAL", ["Royal Brisbane and Women's Hospital"]),
      ("DATE", ["16/10"]), ("ID", ["ON 025"]), ("DATE", ["13/12"])],
     ["Brescia-Cimino", "AV fistula", "Kt/V 1.3", "Eprex 4,000 units", "Mahurkar catheter", "vancomycin 1 g IV",
      "heparin 5,000 units/mL", "Fresenius 4008S", "R BKA"]),

    # 7 - Brunei (Bandar Seri Begawan): operation note, laparoscopic repair of a perforated duodenal ulcer
    ("RIPAS Hospital, Jalan Putera Al-Muhtadee Billah, Bandar Seri Begawan BA1710\n"
     "Department of General Surgery - OPERATION NOTE\n"
     "Date: 22/08/2025 | Theatre 4 | Knife to skin 01:10, closure 02:35 | Emergency (NCEPOD 2A)\n"
     "Patient: Awg Muhd Hazwan bin Hj Salleh | 38 M | IC 01-076152 (yellow) | RIPAS No. 2039561\n"
     "Address: No. 14, Simpang 22, Kampung Batu Apoi, Temburong. Deckhand with Muara Port Company.\n"
     "Surgeon: Dr Pg Nurul Ashikin binti Pg Hj Yusof | Assistant: Dr Rajiv Menon-Kassim | Anaesthetist: Dr Lee Chee "
     "Wah (GA, RSI) | Scrub: SN Norhayati Abd Ghani\n"
     "Pre-op: 16 h epigastric pain becoming generalised, board-like abdomen, free air under both hemidiaphragms on "
     "erect CXR. Smoker; ibuprofen for a week for back pain. Boey score 1, qSOFA 1, lactate 2.9 mmol/L.\n"
     "Procedure: Laparoscopic Graham omental patch repair of perforated duodenal ulcer and peritoneal lavage.\n"
     "Findings: 6 mm punched-out perforation on the anterior wall of D1, 1 cm distal to the pylorus; about 1.5 L of "
     "bile-stained turbid fluid with fibrin in all four quadrants. Stomach otherwise normal. Mannheim Peritonitis "
     "Index 19.\n"
     "Technique: 3 ports (12 mm umbilical, two 5 mm). Biopsy of the ulcer edge. Three Vicryl 2-0 full-thickness "
     "sutures, pedicled omentum laid over and tied loosely. Leak test with methylene blue - no leak. Lavage with 6 L "
     "warm saline. 15Fr Blake drain to the subhepatic space. Fascia closed with PDS 1; skin 3-0 Monocryl.\n"
     "EBL 30 mL. Specimen: ulcer edge biopsy to histopathology (lab no. H25-18472).\n"
     "Post-op: NBM 24 h then sips; IV pantoprazole 40 mg BD; IV co-amoxiclav; H. pylori serology and triple therapy "
     "if positive; stop NSAIDs; smoking cessation referral. OGD at 8 weeks.\n"
     "Wife Dk Siti Aqilah informed by phone (+673 872 6395) at 02:50.\n"
     "Signed: Dr Pg Nurul Ashikin, Consultant Surgeon, BMDC reg. M-03652",
     [("HOSPITAL", ["RIPAS Hospital"]), ("ADDRESS", ["Jalan Putera Al-Muhtadee Billah"]),
      ("LOCATION", ["Bandar Seri Begawan"]), ("POSTCODE", ["BA1710"]), ("DATE", ["22/08/2025"]),
      ("NAME", ["Muhd Hazwan", "Salleh"]), ("ID", ["01-076152"]), ("MRN", ["2039561"]),
      ("ADDRESS", ["No. 14, Simpang 22"]), ("LOCATION", ["Kampung Batu Apoi"]), ("LOCATION", ["Temburong"]),
      ("LOCATION", ["Muara Port Company"]), ("NAME", ["Nurul Ashikin", "Yusof"]),
      ("NAME", ["Rajiv", "Menon-Kassim"]), ("NAME", ["Lee Chee Wah"]), ("NAME", ["Norhayati", "Abd Ghani"]),
      ("ID", ["H25-18472"]), ("NAME", ["Siti Aqilah"]), ("PHONE", ["+673 872 6395"]), ("LICENCE", ["M-03652"])],
     ["NCEPOD 2A", "Boey score 1", "qSOFA 1", "Graham omental patch", "D1", "Mannheim Peritonitis Index 19",
      "Vicryl 2-0", "Blake drain", "pantoprazole 40 mg BD", "H. pylori"]),

    # 8 - Malawi, Northern Region (Chitipa): maternal referral form to the central hospital, eclampsia
    ("MINISTRY OF HEALTH - MALAWI | MATERNAL AND NEONATAL REFERRAL FORM\n"
     "From: Kameme Health Centre, Chitipa District | To: Mzuzu Central Hospital, Labour Ward\n"
     "Date: 09/02/2026 | Time of decision 05:40 | Ambulance CT 4581 (driver Mr Ackim Silungwe)\n"
     "Name: Chisomo Mwakasungula | Age: 19 | Health passport no. CHT/KMM/2025/0731\n"
     "Village: Chisenga, T/A Mwenemisuku | Husband: Yohane Simfukwe (away in Karonga) | Guardian: mother Agness "
     "Nyondo, cell 0995 184 273\n"
     "Obstetric history: G1P0, LMP 02/06/2025, EGA 35+6 weeks; 4 ANC visits; HIV non-reactive (11/2025), syphilis "
     "test negative, Hb 10.4 g/dL.\n"
     "Reason for referral: ECLAMPSIA. Fitted at home at about 03:30 (tonic-clonic, about 2 minutes), carried to the "
     "health centre by bicycle ambulance; second fit at 04:50 on arrival.\n"
     "Findings: BP 168/112, then 160/108; pulse 104; T 36.8; proteinuria 3+ on dipstick; GCS 12 after the fit. Fundal "
     "height 34 cm, cephalic, 4/5 palpable. FHR 148 bpm regular. Cervix 1 cm, posterior, firm - Bishop score 3. "
     "Membranes intact. No vaginal bleeding.\n"
     "Treatment given: MgSO4 loading dose (4 g IV slowly over 15 min + 5 g IM into each buttock) at 04:55; nifedipine "
     "10 mg orally at 05:05 (no IV hydralazine in stock); left lateral position; Foley catheter - 80 mL clear urine; "
     "IV Ringer's lactate at 80 mL/h; dexamethasone 6 mg IM (first dose). Patellar reflexes present, RR 18 before the "
     "IM dose.\n"
     "Escort: Nurse-Midwife Technician with MgSO4 maintenance (5 g IM 4-hourly), calcium gluconate 10% for toxicity, "
     "partograph and this form.\n"
     "Referring: NMT Tamanda Kayira-Mkandawire | NMCM reg. no. NMT 21847 | Kameme HC phone 0888 402 116\n"
     "Received at Mzuzu by (name/signature/time): ______________",
     [("HOSPITAL", ["Kameme Health Centre"]), ("LOCATION", ["Chitipa District"]),
      ("HOSPITAL", ["Mzuzu Central Hospital"]), ("DATE", ["09/02/2026"]), ("PLATE", ["CT 4581"]),
      ("NAME", ["Ackim", "Silungwe"]), ("NAME", ["Chisomo", "Mwakasungula"]), ("ID", ["CHT/KMM/2025/0731"]),
      ("LOCATION", ["Chisenga"]), ("LOCATION", ["Mwenemisuku"]), ("NAME", ["Yohane", "Simfukwe"]),
      ("LOCATION", ["Karonga"]), ("NAME", ["Agness", "Nyondo"]), ("PHONE", ["0995 184 273"]),
      ("DATE", ["02/06/2025"]), ("DATE", ["11/2025"]), ("NAME", ["Tamanda", "Kayira-Mkandawire"]),
      ("LICENCE", ["NMT 21847"]), ("HOSPITAL", ["Kameme HC"]), ("PHONE", ["0888 402 116"]), ("LOCATION", ["Mzuzu"])],
     ["G1P0", "35+6 weeks", "proteinuria 3+", "Fundal height 34 cm", "Bishop score 3", "MgSO4 loading dose",
      "nifedipine 10 mg", "dexamethasone 6 mg IM", "calcium gluconate 10%"]),

    # 9 - São Tomé and Príncipe: paediatric discharge note, sickle cell disease with acute chest syndrome (Portuguese)
    ("Ministério da Saúde - Direção dos Cuidados de Saúde\n"
     "Hospital Dr. Ayres de Menezes - Serviço de Pediatria\n"
     "Avenida Marginal 12 de Julho, São Tomé | tel. +239 222 1234\n"
     "NOTA DE ALTA\n"
     "Doente: Nilton Quaresma Bragança | Sexo: M | Idade: 9 anos | Data de nascimento: 14/03/2016\n"
     "Processo n.º HAM-PED 2026/0417 | Morada: Roça Monte Café, distrito de Mé-Zóchi\n"
     "Escola: 3.º ano, Escola Básica da Trindade | Mãe: Sra. Edna Quaresma, telem. +239 991 4827\n"
     "Internamento: 28 de janeiro de 2026 | Alta: 6 de fevereiro de 2026\n"
     "Diagnósticos: 1. Drepanocitose (HbSS) - síndrome torácica aguda. 2. Crise vaso-oclusiva (membros inferiores e "
     "dorso). 3. Anemia aguda.\n"
     "Evolução: entrou com febre 39,2 °C, dor torácica e tosse; SpO2 88% em ar ambiente; Rx do tórax com infiltrado "
     "na base direita; Hb 6,1 g/dL (basal 7,8), reticulócitos 14%. Fez transfusão de concentrado eritrocitário 10 "
     "ml/kg, oxigénio por óculos nasais, ceftriaxona 75 mg/kg/dia e azitromicina 10 mg/kg/dia, morfina oral 0,2 mg/kg "
     "de 4/4 h, hidratação e espirometria de incentivo. Apirético desde 31/01. Hb na alta 8,4 g/dL, SpO2 97%.\n"
     "Medicação na alta: hidroxiureia 20 mg/kg/dia (500 mg/dia); ácido fólico 5 mg/dia; penicilina V 250 mg de 12/12 "
     "h; paracetamol se dor.\n"
     "Recomendações: beber bastante água; evitar o frio e o esforço intenso; voltar à urgência se febre ≥ 38,5 °C, "
     "dor que não cede ou falta de ar. Hemograma dentro de 4 semanas (controlo da hidroxiureia).\n"
     "Consulta de Drepanocitose: 20/02/2026, às 9 h.\n"
     "Médica assistente: Dra. Jacira Ceita Lopes | Ordem dos Médicos de STP n.º 0412",
     [("HOSPITAL", ["Hospital Dr. Ayres de Menezes"]), ("ADDRESS", ["Avenida Marginal 12 de Julho"]),
      ("LOCATION", ["São Tomé"]), ("PHONE", ["+239 222 1234"]), ("NAME", ["Nilton", "Quaresma", "Bragança"]),
      ("DATE", ["14/03/2016"]), ("MRN", ["HAM-PED 2026/0417"]), ("LOCATION", ["Roça Monte Café"]),
      ("LOCATION", ["Mé-Zóchi"]), ("LOCATION", ["Escola Básica da Trindade"]), ("NAME", ["Edna", "Quaresma"]),
      ("PHONE", ["+239 991 4827"]), ("DATE", ["28 de janeiro de 2026"]), ("DATE", ["6 de fevereiro de 2026"]),
      ("DATE", ["31/01"]), ("DATE", ["20/02/2026"]), ("NAME", ["Jacira", "Ceita Lopes"]), ("LICENCE", ["0412"])],
     ["Drepanocitose (HbSS)", "síndrome torácica aguda", "Hb 6,1 g/dL", "ceftriaxona 75 mg/kg/dia",
      "hidroxiureia 20 mg/kg/dia", "ácido fólico 5 mg/dia", "penicilina V 250 mg", "Consulta de Drepanocitose"]),

    # 10 - India, Andaman and Nicobar Islands (North and Middle Andaman): discharge summary, Weil's disease
    ("ANDAMAN & NICOBAR ISLANDS INSTITUTE OF MEDICAL SCIENCES / G.B. PANT HOSPITAL\n"
     "Atlanta Point, Port Blair - 744104 | Department of Medicine, Unit II\n"
     "DISCHARGE SUMMARY\n"
     "Name: Sh. Nirmal Kumar Baidya | Age/Sex: 48/M | S/o Late Haripada Baidya\n"
     "IP No. 25/16093 | UHID GBP-0072316 | Aadhaar 3927 5061 8268\n"
     "Address: Village Shibpur, Diglipur Tehsil, North & Middle Andaman | Mob. +91 94342 71806 (son Pritam)\n"
     "DOA: 11/09/2025 (referred from PHC Diglipur, about 300 km by road ambulance on the Andaman Trunk Road) | DOD: "
     "24/09/2025\n"
     "Diagnosis: Severe leptospirosis (Weil's disease) with AKI (KDIGO stage 3), hyperbilirubinaemia and "
     "thrombocytopenia. Modified Faine's criteria score 28.\n"
     "History: paddy farmer; 6 days of fever, severe calf pain, red eyes, then yellow urine and reduced urine output "
     "after working barefoot in flooded fields.\n"
     "Findings: conjunctival suffusion, icterus, calf tenderness. Creatinine 4.8 mg/dL, urea 162 mg/dL, total "
     "bilirubin 9.6 mg/dL (direct 7.1), ALT 86 U/L, platelets 42,000/µL, CPK 1,380 U/L. Leptospira IgM ELISA "
     "positive; MAT titre 1:800 (serovar Icterohaemorrhagiae). Scrub typhus IgM and dengue NS1 negative.\n"
     "Course: Inj. crystalline penicillin 1.5 MU IV 6-hourly x 7 days. Three sessions of haemodialysis (13/09, 15/09, "
     "17/09) via R femoral catheter. Urine output recovered from day 8. Platelets 1.9 lakh/µL at discharge; "
     "creatinine 1.6 mg/dL.\n"
     "Advice on discharge: Tab. doxycycline 100 mg BD x 3 days more; avoid NSAIDs; rubber boots in the fields; review "
     "in Medicine OPD, Unit II on 08/10/2025 with RFT and LFT; PHC Diglipur to repeat creatinine in 1 week.\n"
     "Treating team: Dr. Lalmuanpuii Sailo (SR) | Dr. R. Venkatesan-Iyer, Professor & Head, Reg. No. TNMC 68217",
     [("HOSPITAL", ["ANDAMAN & NICOBAR ISLANDS INSTITUTE OF MEDICAL SCIENCES"]),
      ("HOSPITAL", ["G.B. PANT HOSPITAL"]), ("LOCATION", ["Atlanta Point"]), ("LOCATION", ["Port Blair"]),
      ("POSTCODE", ["744104"]), ("NAME", ["Nirmal Kumar", "Baidya"]), ("NAME", ["Haripada"]), ("MRN", ["25/16093"]),
      ("MRN", ["GBP-0072316"]), ("ID", ["3927 5061 8268"]), ("LOCATION", ["Shibpur"]), ("LOCATION", ["Diglipur"]),
      ("PHONE", ["+91 94342 71806"]), ("NAME", ["Pritam"]), ("DATE", ["11/09/2025"]), ("DATE", ["24/09/2025"]),
      ("DATE", ["13/09"]), ("DATE", ["15/09"]), ("DATE", ["17/09"]), ("DATE", ["08/10/2025"]),
      ("NAME", ["Lalmuanpuii", "Sailo"]), ("NAME", ["R.", "Venkatesan-Iyer"]), ("LICENCE", ["68217"])],
     ["Weil's disease", "KDIGO stage 3", "Modified Faine's criteria score 28", "conjunctival suffusion",
      "MAT titre 1:800", "serovar Icterohaemorrhagiae", "crystalline penicillin 1.5 MU", "doxycycline 100 mg BD",
      "1.9 lakh/µL"]),

    # 11 - India, Ladakh (Leh): high-altitude admission note and fitness-to-fly certificate, HAPE
    ("SONAM NORBOO MEMORIAL (SNM) HOSPITAL, LEH, LADAKH - 194101\n"
     "Department of Medicine - High Altitude Ward\n"
     "ADMISSION NOTE (30/06/2025, 23:10) AND FITNESS-TO-FLY CERTIFICATE (04/07/2025)\n"
     "Patient: Ms. Ketaki Apte-Ranade | 34 F | CR No. SNM/2025/0627953 | Aadhaar 5821 3746 0914\n"
     "Home: Flat 7, Shantikunj Society, Kothrud, Pune 411038 | Employer: Sahyadri Infosoft Pvt Ltd, Hinjewadi\n"
     "Tourist. Flew Pune - Delhi - Leh on 28/06 (flight 6E 2041); stayed at Hotel Tsemo View, Changspa. No "
     "acclimatisation rest; next day drove to Khardung La in taxi LA 01 B 2957 (driver Mr. Stanzin Dorje, 94191 "
     "73305) and posted photos from the top on Instagram (@ketaki.treks).\n"
     "Presenting: headache and nausea from day 1; from this evening breathless at rest, dry cough, frothy pink "
     "sputum.\n"
     "Exam: HR 122, RR 32, T 37.6, BP 118/76, SpO2 61% on room air. Bilateral crepitations, R > L. Lake Louise Score "
     "(2018) 6.\n"
     "CXR: patchy alveolar opacities R mid and lower zones, normal heart size. ECG sinus tachycardia, RV strain "
     "pattern.\n"
     "Diagnosis: High-altitude pulmonary oedema (HAPE) with acute mountain sickness.\n"
     "Treatment: O2 6 L/min by mask (SpO2 90%), strict bed rest, nifedipine SR 20 mg 8-hourly, acetazolamide 125 mg "
     "BD; portable hyperbaric (Gamow) bag kept ready - not needed.\n"
     "Progress: crepitations cleared by day 3; SpO2 94% on room air at 3,500 m, walking 100 m without desaturation.\n"
     "FITNESS TO FLY: Fit to travel by commercial air as a seated passenger on 05/07/2025 with a MEDIF form; on-board "
     "oxygen not required. Advised: no re-ascent for 2 weeks; descend at once if symptoms recur.\n"
     "Husband Mr. Aniket Ranade (+91 98220 41763, aniket.ranade84@gmail.com) at bedside.\n"
     "Dr. Tsering Angmo-Namgyal, MD (Medicine) | Reg. No. JKMC 11847",
     [("HOSPITAL", ["SONAM NORBOO MEMORIAL (SNM) HOSPITAL"]), ("LOCATION", ["LEH"]), ("POSTCODE", ["194101"]),
      ("DATE", ["30/06/2025"]), ("DATE", ["04/07/2025"]), ("NAME", ["Ketaki", "Apte-Ranade"]),
      ("MRN", ["SNM/2025/0627953"]), ("ID", ["5821 3746 0914"]), ("ADDRESS", ["Flat 7, Shantikunj Society"]),
      ("LOCATION", ["Kothrud"]), ("LOCATION", ["Pune"]), ("POSTCODE", ["411038"]),
      ("LOCATION", ["Sahyadri Infosoft Pvt Ltd"]), ("LOCATION", ["Hinjewadi"]), ("LOCATION", ["Delhi"]),
      ("LOCATION", ["Leh"]), ("DATE", ["28/06"]), ("ID", ["6E 2041"]), ("LOCATION", ["Hotel Tsemo View"]),
      ("LOCATION", ["Changspa"]), ("LOCATION", ["Khardung La"]), ("HANDLE", ["@ketaki.treks"]),
      ("PLATE", ["LA 01 B 2957"]), ("NAME", ["Stanzin", "Dorje"]), ("PHONE", ["94191 73305"]),
      ("DATE", ["05/07/2025"]), ("NAME", ["Aniket", "Ranade"]), ("PHONE", ["+91 98220 41763"]),
      ("EMAIL", ["aniket.ranade84@gmail.com"]), ("NAME", ["Tsering", "Angmo-Namgyal"]), ("LICENCE", ["JKMC 11847"])],
     ["Lake Louise Score (2018) 6", "High-altitude pulmonary oedema (HAPE)", "acute mountain sickness",
      "nifedipine SR 20 mg", "acetazolamide 125 mg", "Gamow", "RV strain", "MEDIF"]),

    # 12 - Pakistan, Gilgit-Baltistan (Skardu): expedition porter evacuation and admission record, frostbite
    ("DISTRICT HEADQUARTERS HOSPITAL SKARDU - Surgical Ward B\n"
     "HELICOPTER EVACUATION AND ADMISSION RECORD | 24 Jul 2025, 10:40\n"
     "Patient: Ali Musa s/o Ghulam Rasool | 31 y M | CNIC 71502-3095168-5 | Reg. No. DHQ-SKD-25-06118\n"
     "Home: Hushe village, Ghanche District | High-altitude porter employed by Baltoro Alpine Expeditions (Pvt) Ltd, "
     "Skardu, carrying loads for a foreign team above Concordia.\n"
     "History: caught in a storm between Camp 1 and Camp 2 on the night of 21 July; wet boots; frozen feet for about "
     "10 h before rewarming in a tent. Evacuated from Base Camp by Askari Aviation helicopter (rescue ref. "
     "AA/RES/25/0731) this morning with the expedition doctor, Dr. Marta Wiśniewska-Kral (Poland).\n"
     "Exam: both feet oedematous. R foot: haemorrhagic blisters over toes 1-3 with cyanosis to the proximal "
     "phalanges, no capillary refill - Cauchy classification grade 3. L foot: clear blisters toes 1-2, grade 2. "
     "Sensation absent R toes. Pedal pulses palpable (Doppler). No hypothermia now (T 36.9).\n"
     "Treatment: rapid rewarming repeated in whirlpool water 37-39 °C for 30 min; aspiration of clear blisters, "
     "haemorrhagic blisters left intact, aloe vera gel; ibuprofen 400 mg 8-hourly; tetanus toxoid 0.5 mL IM; iloprost "
     "0.5-2 ng/kg/min IV 6 h daily for 5 days (started within 72 h of injury). Bone scan (Tc-99m) not available here "
     "- plan at Islamabad if the line of demarcation is unclear.\n"
     "Counselling: no early amputation; demarcation takes 6-12 weeks ('frostbite in January, amputate in July').\n"
     "Attendant: brother Ismail, +92 355 6290735. Company contact: ops@baltoroalpine.pk\n"
     "Dr. Sakina Rizvi-Hussaini, Medical Officer | PMDC 39605-N",
     [("HOSPITAL", ["DISTRICT HEADQUARTERS HOSPITAL SKARDU"]), ("DATE", ["24 Jul 2025"]), ("NAME", ["Ali Musa"]),
      ("NAME", ["Ghulam Rasool"]), ("ID", ["71502-3095168-5"]), ("MRN", ["DHQ-SKD-25-06118"]),
      ("LOCATION", ["Hushe"]), ("LOCATION", ["Ghanche District"]), ("LOCATION", ["Baltoro Alpine Expeditions"]),
      ("LOCATION", ["Skardu"]), ("LOCATION", ["Concordia"]), ("DATE", ["21 July"]), ("ID", ["AA/RES/25/0731"]),
      ("NAME", ["Marta", "Wiśniewska-Kral"]), ("LOCATION", ["Islamabad"]), ("NAME", ["Ismail"]),
      ("PHONE", ["+92 355 6290735"]), ("EMAIL", ["ops@baltoroalpine.pk"]), ("NAME", ["Sakina", "Rizvi-Hussaini"]),
      ("LICENCE", ["39605-N"])],
     ["Cauchy classification grade 3", "rapid rewarming", "aloe vera gel", "ibuprofen 400 mg",
      "tetanus toxoid 0.5 mL IM", "iloprost 0.5-2 ng/kg/min", "Tc-99m", "'frostbite in January, amputate in July'"]),

    # 13 - Taiwan, Taitung (Orchid Island): health station telemedicine consultation, scrub typhus (traditional)
    ("臺東縣蘭嶼鄉衛生所　遠距醫療會診紀錄\n"
     "會診時間：114/10/21 10:15（視訊）　會診院所：臺東馬偕紀念醫院 感染科　衛生所電話：089-732575\n"
     "病人：謝志航（族名 希·瑪那望）　男　36歲　出生日期：民國78年3月2日　身分證字號：V120834172　病歷號：LY-0035961\n"
     "地址：臺東縣蘭嶼鄉東清村8鄰17號　職業：經營「浪花蟹民宿」，兼種芋頭\n"
     "主訴：發燒5天，頭痛，全身肌肉痠痛。\n"
     "病史：10月14日起連續幾天上山整理芋頭田、砍柴，穿短袖短褲。自服普拿疼（Panadol）退燒，燒退又起。近一個月未離島。\n"
     "過去病史：痛風，服用 Allopurinol 100 mg 每日一次。無藥物過敏。同住母親施秀英無症狀，已衛教自我觀察。\n"
     "理學檢查：T 39.1℃，HR 108，BP 112/70，SpO2 96%。右腋下約0.8 cm黑色焦痂（eschar），周圍紅暈；右腋下淋巴結腫大壓痛；軀幹散在斑丘疹。\n"
     "檢驗：WBC 3.9×10³/µL，PLT 68,000/µL，AST 142 U/L，ALT 118 U/L，CRP 8.6 mg/dL。\n"
     "會診意見（馬偕 感染科 林怡廷醫師）：臨床高度懷疑恙蟲病（Orientia tsutsugamushi）；Weil-Felix 試驗敏感度低，不必等待，先行給藥。採血送疾管署做 PCR 及 IFA 抗體檢驗。\n"
     "處置：Doxycycline 100 mg 口服 每日兩次，共7天；多補充水分。恙蟲病為第四類法定傳染病，已於一週內完成通報（通報單號 1141021-LY-037）。\n"
     "轉診條件：若意識改變、呼吸喘、SpO2 < 94% 或尿量減少，立即申請空中緊急救護（直升機）後送臺東馬偕紀念醫院急診。\n"
     "聯絡人：妻　周美玲　0928-473-105\n"
     "視訊紀錄：https://telemed.taitung-ids.tw/session/LY20251021-07（保存30日）\n"
     "衛生所主任：鍾宜蓁醫師　　護理師：施雅婷",
     [("HOSPITAL", ["臺東縣蘭嶼鄉衛生所"]), ("DATE", ["114/10/21"]), ("HOSPITAL", ["臺東馬偕紀念醫院"]), ("PHONE", ["089-732575"]),
      ("NAME", ["謝志航"]), ("NAME", ["希·瑪那望"]), ("DATE", ["民國78年3月2日"]), ("ID", ["V120834172"]),
      ("MRN", ["LY-0035961"]), ("LOCATION", ["臺東縣"]), ("LOCATION", ["蘭嶼鄉"]), ("LOCATION", ["東清村"]),
      ("ADDRESS", ["8鄰17號"]), ("LOCATION", ["浪花蟹民宿"]), ("DATE", ["10月14日"]), ("HOSPITAL", ["馬偕"]), ("NAME", ["施秀英"]),
      ("NAME", ["林怡廷"]), ("ID", ["1141021-LY-037"]), ("NAME", ["周美玲"]), ("PHONE", ["0928-473-105"]),
      ("URL", ["https://telemed.taitung-ids.tw/session/LY20251021-07"]), ("NAME", ["鍾宜蓁"]), ("NAME", ["施雅婷"])],
     ["焦痂（eschar）", "PLT 68,000/µL", "恙蟲病（Orientia tsutsugamushi）", "Weil-Felix", "Doxycycline 100 mg", "第四類法定傳染病",
      "普拿疼（Panadol）", "Allopurinol 100 mg"]),

    # 14 - Timor-Leste (Baucau to Dili): neonatal transfer form, preterm infant with respiratory distress
    ("MINISTÉRIO DA SAÚDE - TIMOR-LESTE\n"
     "Hospital Regional Eduardo Ximenes, Baucau - Neonatal Unit\n"
     "NEONATAL TRANSFER FORM | 17/03/2026, 08:30\n"
     "To: Neonatal Intensive Care Unit, Hospital Nacional Guido Valadares (HNGV), Bidau, Dili - accepted by phone at "
     "06:40 by Dra. Elisa Pinto Tilman\n"
     "Baby: boy of Zelia Soares Freitas | born 17/03/2026 at 03:12 | Reg. no. HREX-NEO 26-0184\n"
     "Mother: 29 y, G4P3, Aldeia Lialai, Suco Caibada, Baucau Vila; tel. +670 7734 2186. Father: Mateus da Silva "
     "Freitas, teacher at Escola Básica Central Caibada.\n"
     "Pregnancy/birth: 2 ANC visits; PROM 26 h; maternal T 38.2 °C in labour; no antenatal steroids (arrived fully "
     "dilated); SVD; cried after 60 s of bag-mask ventilation.\n"
     "Baby: GA 32+4 weeks (New Ballard score); BW 1,640 g; Apgar 4/7/8 at 1, 5 and 10 min.\n"
     "Now: RR 72, grunting, subcostal recession, Silverman-Andersen score 6; SpO2 91% on bubble CPAP, PEEP 6 cmH2O, "
     "FiO2 0.4; HR 168; T 36.4 °C axillary in the incubator; CRT 3 s. Glucose 2.1 mmol/L at 04:00 - 10% dextrose 2 "
     "mL/kg bolus, then 60 mL/kg/day; 3.8 mmol/L at 08:00.\n"
     "Given: ampicillin 50 mg/kg IV 12-hourly; gentamicin 5 mg/kg IV 36-hourly; caffeine citrate 20 mg/kg IV loading "
     "(33 mg) at 05:15; vitamin K 0.5 mg IM; blood culture taken at 04:10 before antibiotics.\n"
     "Transport: ambulance 10-362G, bubble CPAP from two portable O2 cylinders, transport incubator; about 3 h by "
     "road. Escort: Enf. Angelina Belo Pereira. Mother to follow tomorrow with her sister Rosalina.\n"
     "Referring doctor: Dr. Joaquim Correia Amaral, tel. +670 7823 0519, joaquim.amaral@hrbaucau.gov.tl",
     [("HOSPITAL", ["Hospital Regional Eduardo Ximenes"]), ("LOCATION", ["Baucau"]), ("DATE", ["17/03/2026"]),
      ("HOSPITAL", ["Hospital Nacional Guido Valadares"]), ("HOSPITAL", ["HNGV"]), ("LOCATION", ["Bidau"]),
      ("LOCATION", ["Dili"]), ("NAME", ["Elisa", "Pinto Tilman"]), ("NAME", ["Zelia", "Soares Freitas"]),
      ("MRN", ["HREX-NEO 26-0184"]), ("LOCATION", ["Lialai"]), ("LOCATION", ["Caibada"]),
      ("LOCATION", ["Baucau Vila"]), ("PHONE", ["+670 7734 2186"]), ("NAME", ["Mateus", "da Silva Freitas"]),
      ("LOCATION", ["Escola Básica Central Caibada"]), ("PLATE", ["10-362G"]),
      ("NAME", ["Angelina", "Belo Pereira"]), ("NAME", ["Rosalina"]), ("NAME", ["Joaquim", "Correia Amaral"]),
      ("PHONE", ["+670 7823 0519"]), ("EMAIL", ["joaquim.amaral@hrbaucau.gov.tl"])],
     ["PROM 26 h", "32+4 weeks", "New Ballard score", "Apgar 4/7/8", "Silverman-Andersen score 6", "bubble CPAP",
      "PEEP 6 cmH2O", "caffeine citrate 20 mg/kg", "gentamicin 5 mg/kg"]),

    # 15 - Scotland, Outer Hebrides (Barra): out-of-hours GP consultation and retrieval request, patient aged 91
    ("NHS Western Isles - St Brendan's Hospital and Castlebay Medical Practice, Castlebay, Isle of Barra HS9 5XD\n"
     "OUT-OF-HOURS CONSULTATION AND RETRIEVAL REQUEST | Saturday 31/01/2026, 22:50\n"
     "Patient: Mrs Peigi Ceit MacIsaac | aged 91 | DOB 08/03/1934 | CHI 0803342144\n"
     "4 Bruernish, Northbay. Lives alone in the croft house; daughter Mòrag next door (01871 890413); son Iain in "
     "Paisley (07700 900587). Gaelic first language. Widowed 2003; postmistress at Northbay until 1994.\n"
     "PC: two black tarry stools today and a coffee-ground vomit at 21:30; near-faint in the bathroom.\n"
     "PMH: AF on apixaban 2.5 mg BD (last dose 08:00); CKD 3b; hypertension; OA knees. OGD at Western Isles Hospital "
     "in June 2024: erosive gastritis.\n"
     "O/E: pale, alert, AMT 9/10. HR 118 irregular, BP 92/54 (usually 140s), RR 22, SpO2 96% on air, T 36.4. Melaena "
     "on PR. CRT 3 s.\n"
     "Bedside: Hb 78 g/L (121 g/L in November); urea 19.4 mmol/L.\n"
     "Scores: Glasgow-Blatchford score 14; pre-endoscopy Rockall score 4.\n"
     "Imp: upper GI bleed on a DOAC, haemodynamically compromised.\n"
     "Done: two 18G cannulae; Hartmann's 500 mL stat (BP 104/60); 1 unit O RhD negative red cells from the hospital's "
     "emergency stock; apixaban withheld; omeprazole 80 mg IV; NBM. Discussed with the on-call haematologist: "
     "andexanet alfa (Ondexxya) only if life-threatening bleeding on arrival.\n"
     "Retrieval: the Traigh Mhòr beach airstrip cannot be used at night - Coastguard helicopter Rescue 948 requested "
     "from Stornoway, ETA 00:15, to Western Isles Hospital for urgent OGD (endoscopist on call Mr Tormod "
     "Gillies-Rao).\n"
     "Ceilings: DNACPR in place since 2023; she agrees to transfusion and endoscopy but not to ventilation. She wants "
     "\"one more Christmas\" with the great-grandchildren.\n"
     "Dr Fearghas MacLeòid-Adeyemi, GP | GMC 7305926 | with Staff Nurse Seonag Galbraith",
     [("HOSPITAL", ["St Brendan's Hospital"]), ("HOSPITAL", ["Castlebay Medical Practice"]),
      ("LOCATION", ["Castlebay"]), ("LOCATION", ["Isle of Barra"]), ("POSTCODE", ["HS9 5XD"]),
      ("DATE", ["31/01/2026"]), ("NAME", ["Peigi Ceit", "MacIsaac"]), ("AGE", ["aged 91"]), ("DATE", ["08/03/1934"]),
      ("ID", ["0803342144"]), ("ADDRESS", ["4 Bruernish"]), ("LOCATION", ["Northbay"]), ("NAME", ["Mòrag"]),
      ("PHONE", ["01871 890413"]), ("NAME", ["Iain"]), ("LOCATION", ["Paisley"]), ("PHONE", ["07700 900587"]),
      ("DATE", ["2003"]), ("DATE", ["1994"]), ("HOSPITAL", ["Western Isles Hospital"]), ("DATE", ["June 2024"]),
      ("DATE", ["November"]), ("LOCATION", ["Traigh Mhòr"]), ("PLATE", ["Rescue 948"]), ("LOCATION", ["Stornoway"]),
      ("NAME", ["Tormod", "Gillies-Rao"]), ("DATE", ["2023"]), ("DATE", ["Christmas"]),
      ("NAME", ["Fearghas", "MacLeòid-Adeyemi"]), ("LICENCE", ["7305926"]), ("NAME", ["Seonag", "Galbraith"])],
     ["apixaban 2.5 mg BD", "CKD 3b", "AMT 9/10", "Hb 78 g/L", "Glasgow-Blatchford score 14", "Rockall score 4",
      "omeprazole 80 mg IV", "andexanet alfa (Ondexxya)", "DNACPR"]),

    # 16 - Cyprus, Troodos (Limassol hills): palliative home care nursing visit note (Greek)
    ("ΚΑΤ' ΟΙΚΟΝ ΠΑΡΗΓΟΡΗΤΙΚΗ ΦΡΟΝΤΙΔΑ - Ομάδα Ορεινής Λεμεσού / Τροόδους\n"
     "Σημείωμα επίσκεψης | Τρίτη 18 Νοεμβρίου 2025, 10:00 | Νοσηλεύτρια: Άντρη Σωκράτους-Πίττα\n"
     "Ασθενής: Κυριάκος Χαραλάμπους-Ζαχαρίου, 67 ετών, Αρ. Ταυτότητας 874102, Αρ. Δικαιούχου ΓεΣΥ 52093671\n"
     "Διεύθυνση: Οδός Κωνσταντίνου Παλαιολόγου 6, 4820 Πάνω Πλάτρες. Συνταξιούχος δασοφύλακας του Τροόδους.\n"
     "Διάγνωση: Αδενοκαρκίνωμα κεφαλής παγκρέατος με ηπατικές μεταστάσεις (διάγνωση Μάιος 2025, Γενικό Νοσοκομείο "
     "Λεμεσού). Μετά από 4 κύκλους FOLFIRINOX διέκοψε τη χημειοθεραπεία με δική του επιλογή.\n"
     "Κατάσταση: κατακεκλιμένος, πίνει μόνο γουλιές. PPS 30%. ESAS: πόνος 7/10, ναυτία 5/10, δύσπνοια 2/10, άγχος "
     "6/10. Ίκτερος, ασκίτης, κνησμός.\n"
     "Αγωγή: υποδόρια συνεχής έγχυση με αντλία CADD-Legacy (αρ. σειράς 1150962): μορφίνη 30 mg/24ωρο + μιδαζολάμη 5 "
     "mg/24ωρο + μετοκλοπραμίδη 30 mg/24ωρο. Χρειάστηκε 3 έκτακτες δόσεις μορφίνης 5 mg ΥΔ το τελευταίο 24ωρο. "
     "Δεξαμεθαζόνη 4 mg το πρωί.\n"
     "Ενέργειες: μετά από τηλεφωνική συνεννόηση με την ιατρό, αύξηση σε μορφίνη 45 mg/24ωρο· αλλαγή σύριγγας και "
     "σημείου βελόνας (θωρακικό τοίχωμα)· φροντίδα στόματος· στρώμα πρόληψης κατακλίσεων.\n"
     "Οικογένεια: η σύζυγος Ελένη (99 536 102) είναι εξαντλημένη· η κόρη Χρυστάλλα θα έρθει από τη Λευκωσία το "
     "Σαββατοκύριακο. Επιθυμία ασθενούς να πεθάνει στο σπίτι· ζήτησε να τον κοινωνήσει ο π. Βαρνάβας από την εκκλησία "
     "της Παναγίας της Ποδυθού.\n"
     "Ιατρός: Δρ Μαρίνα Παπαλεοντίου-Νικολάου, Ογκολόγος, τηλ. 25 421 873, m.papaleontiou@troodos-palliative.org.cy\n"
     "Επόμενη επίσκεψη: Πέμπτη 20/11.",
     [("NAME", ["Άντρη", "Σωκράτους-Πίττα"]), ("DATE", ["18 Νοεμβρίου 2025"]),
      ("NAME", ["Κυριάκος", "Χαραλάμπους-Ζαχαρίου"]), ("ID", ["874102"]), ("ID", ["52093671"]),
      ("ADDRESS", ["Οδός Κωνσταντίνου Παλαιολόγου 6"]), ("POSTCODE", ["4820"]), ("LOCATION", ["Πάνω Πλάτρες"]),
      ("DATE", ["Μάιος 2025"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("SERIAL", ["1150962"]),
      ("NAME", ["Ελένη"]), ("PHONE", ["99 536 102"]), ("NAME", ["Χρυστάλλα"]), ("LOCATION", ["Λευκωσία"]),
      ("NAME", ["Βαρνάβας"]), ("LOCATION", ["Παναγίας της Ποδυθού"]), ("NAME", ["Μαρίνα", "Παπαλεοντίου-Νικολάου"]),
      ("PHONE", ["25 421 873"]), ("EMAIL", ["m.papaleontiou@troodos-palliative.org.cy"]), ("DATE", ["20/11"])],
     ["FOLFIRINOX", "PPS 30%", "ESAS", "CADD-Legacy", "μορφίνη 30 mg/24ωρο", "μιδαζολάμη 5 mg/24ωρο",
      "μετοκλοπραμίδη 30 mg/24ωρο", "Δεξαμεθαζόνη 4 mg"]),

    # 17 - USA, Appalachian Kentucky (Harlan County): federal black lung complete pulmonary evaluation
    ("U.S. DEPARTMENT OF LABOR - Division of Coal Mine Workers' Compensation\n"
     "COMPLETE PULMONARY EVALUATION (Form CM-988) | DOL-authorized examining physician\n"
     "Exam date: 10/14/2025 | Poor Fork Respiratory Clinic, 116 Main St., Cumberland, KY 40823 | (606) 589-2207\n"
     "Miner: Delmer Wayne Caudill-Sexton | DOB 04/22/1964 | OWCP file no. BL-25-036519\n"
     "Address: 1412 Looney Creek Rd, Lynch, KY 40855 | cell (606) 273-5096\n"
     "Coal mine employment: 28 years underground, roof bolter then continuous miner operator; last at Cloverlick "
     "Energy LLC, No. 7 Mine, until it closed in 2019. Smoking: 1 ppd 1982-2002 (20 pack-years), quit.\n"
     "Symptoms: dyspnea mMRC grade 3; morning cough with black sputum (melanoptysis); two-pillow orthopnea; wife "
     "Juanita says he stops to rest on the porch steps.\n"
     "Exam: prolonged expiration, scattered expiratory wheezes, no clubbing, no edema. SpO2 91% at rest.\n"
     "Chest X-ray (PA, 10/14/2025), ILO (2011 revision) classification by NIOSH B Reader Dr. Priya Natarajan-Boggs (B "
     "Reader cert. 16935): film quality 1; small opacities q/r; profusion 2/1; zones RU RM LU LM; large opacity "
     "category A; symbols ax, em.\n"
     "Spirometry (ndd EasyOne Pro, SN 218-04417): FEV1 1.62 L (48% pred), FVC 2.88 L (68% pred), FEV1/FVC 0.56, no "
     "significant bronchodilator response. DLCO 44% pred. ABG at rest: pO2 62 mmHg, pCO2 38 mmHg, pH 7.43. Exercise "
     "study stopped at 3 min for desaturation to 84%.\n"
     "Conclusions: 1. Complicated coal workers' pneumoconiosis (progressive massive fibrosis, category A). 2. Legal "
     "pneumoconiosis: COPD significantly related to coal mine dust exposure. 3. Totally disabled from a respiratory "
     "standpoint; he could not do his last coal mine job.\n"
     "cc: claimant's representative Ms. Latisha Burkhart-Gilley, Appalachian Miners' Legal Clinic, Whitesburg - "
     "lburkhart@amlc-ky.org\n"
     "Anselm Blevins-Oakes, MD, FCCP | KY license 37214 | NPI 1746295306",
     [("DATE", ["10/14/2025"]), ("HOSPITAL", ["Poor Fork Respiratory Clinic"]), ("ADDRESS", ["116 Main St."]),
      ("LOCATION", ["Cumberland"]), ("POSTCODE", ["40823"]), ("PHONE", ["(606) 589-2207"]),
      ("NAME", ["Delmer Wayne", "Caudill-Sexton"]), ("DATE", ["04/22/1964"]), ("ID", ["BL-25-036519"]),
      ("ADDRESS", ["1412 Looney Creek Rd"]), ("LOCATION", ["Lynch"]), ("POSTCODE", ["40855"]),
      ("PHONE", ["(606) 273-5096"]), ("LOCATION", ["Cloverlick Energy LLC"]), ("NAME", ["Juanita"]),
      ("NAME", ["Priya", "Natarajan-Boggs"]), ("LICENCE", ["16935"]), ("SERIAL", ["218-04417"]),
      ("NAME", ["Latisha", "Burkhart-Gilley"]), ("LOCATION", ["Appalachian Miners' Legal Clinic"]),
      ("LOCATION", ["Whitesburg"]), ("EMAIL", ["lburkhart@amlc-ky.org"]), ("NAME", ["Anselm", "Blevins-Oakes"]),
      ("LICENCE", ["37214"]), ("ID", ["1746295306"])],
     ["Form CM-988", "mMRC grade 3", "melanoptysis", "ILO (2011 revision)", "profusion 2/1",
      "large opacity category A", "EasyOne Pro", "FEV1/FVC 0.56", "progressive massive fibrosis",
      "coal workers' pneumoconiosis"]),

    # 18 - Dominica (Roseau, Kalinago Territory): field hospital patient record after a hurricane
    ("EMT TYPE 2 FIELD HOSPITAL - Windsor Park Stadium grounds, Roseau, Commonwealth of Dominica\n"
     "PATIENT RECORD (WHO EMT Minimum Data Set) | Triage tag DMA-F2-0732 | Arrived 21/09/2025, 09:05\n"
     "Name: Jerome Auguiste-Frederick | 45 M | DOB 03/06/1980 | DSS no. 396521\n"
     "Home: Bataca, Kalinago Territory - house lost; family sheltering at Salybia Primary School.\n"
     "Brought by neighbours in a pickup (T 6318) from Castle Bruce once the road was cleared at the Pagua River.\n"
     "Injury: 48 h ago the storm lifted the roof and a beam with a galvanised sheet fell across his left leg. "
     "Splinted with a board by a Red Cross volunteer; no antibiotics.\n"
     "START triage: Yellow (T2) on arrival; upgraded to Red after labs.\n"
     "Exam: HR 112, BP 104/66, RR 22, T 38.1. L leg: 6 cm contaminated wound mid-shin with exposed bone; foot warm, "
     "DP pulse present; compartments soft, tender. Portable X-ray: comminuted mid-shaft tibia and fibula fracture.\n"
     "Classification: Gustilo-Anderson type IIIA open tibial fracture.\n"
     "Labs: CK 12,400 U/L, K 5.8 mmol/L, creatinine 168 µmol/L; dark urine, dipstick blood 3+ - crush syndrome risk.\n"
     "Treatment: tetanus immunoglobulin 250 IU IM and Td 0.5 mL; cefazolin 2 g IV 8-hourly plus gentamicin 5 mg/kg "
     "daily; 0.9% saline 1 L/h aiming for urine > 200 mL/h. Theatre 21/09 at 14:20: debridement, 9 L washout and "
     "Hoffmann 3 external fixator; wound left open; relook in 48 h. Doxycycline 200 mg once weekly as leptospirosis "
     "prophylaxis (flood water).\n"
     "Family: wife Marcelline Auguiste (+1 767 614 2287, no signal - message via the shelter), children Kezia and "
     "Jaden with her.\n"
     "Plan: if creatinine rises, medevac via Douglas-Charles Airport to CHU de la Guadeloupe, Pointe-à-Pitre, for "
     "dialysis (EMT Coordination Cell request EMTCC-DMA-0214).\n"
     "Dr Saoirse Delahunt-Oyeniran, EMT orthopaedic surgeon, IMC 421873 | Local liaison: Nurse Lyra St. Jean-Laville, "
     "Dominica Nurses Council RN 1047",
     [("LOCATION", ["Windsor Park Stadium"]), ("LOCATION", ["Roseau"]), ("DATE", ["21/09/2025"]),
      ("ID", ["DMA-F2-0732"]), ("NAME", ["Jerome", "Auguiste-Frederick"]), ("DATE", ["03/06/1980"]),
      ("ID", ["396521"]), ("LOCATION", ["Bataca"]), ("LOCATION", ["Kalinago Territory"]),
      ("LOCATION", ["Salybia Primary School"]), ("PLATE", ["T 6318"]), ("LOCATION", ["Castle Bruce"]),
      ("LOCATION", ["Pagua River"]), ("DATE", ["21/09"]), ("NAME", ["Marcelline", "Auguiste"]),
      ("PHONE", ["+1 767 614 2287"]), ("NAME", ["Kezia"]), ("NAME", ["Jaden"]),
      ("LOCATION", ["Douglas-Charles Airport"]), ("HOSPITAL", ["CHU de la Guadeloupe"]),
      ("LOCATION", ["Pointe-à-Pitre"]), ("ID", ["EMTCC-DMA-0214"]), ("NAME", ["Saoirse", "Delahunt-Oyeniran"]),
      ("LICENCE", ["421873"]), ("NAME", ["Lyra", "St. Jean-Laville"]), ("LICENCE", ["RN 1047"])],
     ["START triage", "Gustilo-Anderson type IIIA", "CK 12,400 U/L", "crush syndrome",
      "tetanus immunoglobulin 250 IU", "cefazolin 2 g IV", "Hoffmann 3 external fixator",
      "Doxycycline 200 mg once weekly"]),

    # 19 - Wales, Anglesey (Holyhead): stroke rehabilitation weekly MDT and goal-setting note
    ("Ysbyty Penrhos Stanley, Holyhead LL65 2QA - Ward Cefni (Stroke Rehabilitation)\n"
     "WEEKLY MDT AND GOAL-SETTING MEETING | Thursday 5th February 2026\n"
     "Present: Dr Angharad Wyn-Llewelyn (Consultant, Care of the Elderly); Rhodri Bellamy-Jones (PT); Ffion Madoc "
     "(SLT); Catrin Oyebode-Hughes (OT); Gareth Lloyd-Tanaka (SW); SN Delyth Probert (NIC). Minutes: C.O-H.\n"
     "Patient: Mr Idwal Rowlands-Gwynfor | 72 | DOB 12/12/1953 | NHS 471 829 3065 | Hosp. No. D395067\n"
     "Home: Tŷ Capel, Lôn y Traeth, Rhosneigr; lives with wife Gwenllian in a two-storey house. Retired marine "
     "engineer on the Holyhead-Dublin ferries. First language Welsh.\n"
     "Background: L MCA infarct on 06/01/2026, thrombolysed in the hyperacute stroke unit in Bangor; here since "
     "20/01. New AF.\n"
     "Medical: apixaban 5 mg BD from day 14; BP 132/78 on amlodipine 5 mg; low mood (HADS-D 11) - sertraline 50 mg "
     "started.\n"
     "Scores: NIHSS 14 on admission, now 6; Barthel index 45/100 (20/100 on transfer); modified Rankin Scale 4.\n"
     "PT: Bobath-informed approach; FAC 2; goal: 10 m with a quad stick and one assist by 26/02.\n"
     "OT: R upper limb Fugl-Meyer (UE) 28/66; kitchen assessment done; home visit with Gwenllian on 19/02.\n"
     "SLT: expressive aphasia - Frenchay Aphasia Screening Test 16/30 (Welsh version); swallow IDDSI Level 6 soft & "
     "bite-sized, thin fluids. He does better in Welsh than English - therapy in Welsh where possible.\n"
     "SW: care package and a stairlift assessment through Cyngor Sir Ynys Môn.\n"
     "EDD: 12/03/2026.\n"
     "Son Dafydd (mob. 07700 900726, dafydd.rowlands@btinternet.com) holds LPA for health and welfare.\n"
     "Dr A. Wyn-Llewelyn, GMC 4710935",
     [("HOSPITAL", ["Ysbyty Penrhos Stanley"]), ("LOCATION", ["Holyhead"]), ("POSTCODE", ["LL65 2QA"]),
      ("LOCATION", ["Ward Cefni"]), ("DATE", ["5th February 2026"]), ("NAME", ["Angharad", "Wyn-Llewelyn"]),
      ("NAME", ["Rhodri", "Bellamy-Jones"]), ("NAME", ["Ffion", "Madoc"]), ("NAME", ["Catrin", "Oyebode-Hughes"]),
      ("NAME", ["Gareth", "Lloyd-Tanaka"]), ("NAME", ["Delyth", "Probert"]), ("NAME", ["C.O-H."]),
      ("NAME", ["Idwal", "Rowlands-Gwynfor"]), ("DATE", ["12/12/1953"]), ("ID", ["471 829 3065"]),
      ("MRN", ["D395067"]), ("ADDRESS", ["Tŷ Capel", "Lôn y Traeth"]), ("LOCATION", ["Rhosneigr"]),
      ("NAME", ["Gwenllian"]), ("LOCATION", ["Dublin"]), ("DATE", ["06/01/2026"]), ("LOCATION", ["Bangor"]),
      ("DATE", ["20/01"]), ("DATE", ["26/02"]), ("DATE", ["19/02"]), ("LOCATION", ["Ynys Môn"]),
      ("DATE", ["12/03/2026"]), ("NAME", ["Dafydd"]), ("PHONE", ["07700 900726"]),
      ("EMAIL", ["dafydd.rowlands@btinternet.com"]), ("LICENCE", ["4710935"])],
     ["L MCA infarct", "apixaban 5 mg BD", "HADS-D 11", "NIHSS 14", "Barthel index 45/100",
      "modified Rankin Scale 4", "Bobath", "FAC 2", "Fugl-Meyer (UE) 28/66",
      "Frenchay Aphasia Screening Test 16/30", "IDDSI Level 6"]),
] + MORE_NOTES
