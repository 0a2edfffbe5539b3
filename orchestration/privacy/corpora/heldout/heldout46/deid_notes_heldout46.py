"""Forty-sixth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation (only the ``Note`` type, the eighteenth set for the format and the first docstrings of sets 19 to 45, to
choose settings not used before), and never ran the de-identifier or the evaluation on these notes. Measure it; do not
change a rule because of what it shows.

24 notes (932 planted identifier parts in 781 (kind, parts) entries; 440 clinical strings, all distinct), each a
different kind of clinical document, from countries, regions and towns that sets 19 to 45 did not use. The even-numbered
notes (0, 2, ..., 22) are in English, in Scottish, US, Australian, Irish, South African, Indian, Caymanian, New Zealand,
Canadian, American Samoan and Montserratian usage; each odd-numbered note is in another language and script: Japanese
(1), Korean (3), simplified Chinese (5), Arabic (7, Tunisian month names), Hebrew (9, with a Hebrew calendar date), Thai
(11, Buddhist Era dates), Hindi in Devanagari (13), and five that no earlier set used as a note's language: Sinhala
(15), Burmese (17, Myanmar digits and a Burmese lunar date), Lao (19), Telugu (21) and Odia (23, Odia digits in dates).

This file holds notes 0-11 (472 identifier parts in 399 entries, 224 clinical strings):
0, Scotland, Caithness (Thurso, Halkirk): an Adults with Incapacity section 47 certificate and treatment plan for a
woman aged 93 (CHI number, key-safe code, Hogmanay);
1, Japan, Kagoshima (Amami Ōshima, Tatsugō): a home-visit nursing report to the attending physician, with Reiwa and
Showa era dates, a kana reading beside the name and a LINE ID;
2, USA, Oklahoma (Tahlequah, Stilwell): an operative report for gangrenous cholecystitis with Mirizzi syndrome, with
dictation initials, a PACS IP address and an NPI;
3, South Korea, North Gyeongsang (Uljin, Hupo): a referral letter for NSTEMI to a cardiology department, with a
resident registration number, a fishing boat's name and number, an ambulance plate and Chuseok;
4, Australia, New South Wales (Broken Hill): a workers compensation certificate of capacity for an underground miner,
with Medicare, AHPRA and provider numbers and a mine vehicle's rego;
5, China, Ningxia (Guyuan, Xiji County): a hepatobiliary surgery discharge record for hepatic cystic echinococcosis,
with a resident ID, a village group address and Eid al-Fitr;
6, Ireland, Co. Monaghan (Carrickmacross): an out-of-hours GP co-operative telephone consultation for a toddler with
croup, with a PPSN, an Eircode, townland and car registration;
7, Tunisia, Djerba (Houmt Souk, Guellala): a draft medical certificate of cause of death for a man aged 96, with a Hijri
date beside the Gregorian one and Eid al-Fitr;
8, South Africa, Northern Cape (Springbok, Steinkopf): a nursing admission assessment for new HIV with probable TB,
with an SA identity number, an erf address, an ambulance plate and a phone IMEI;
9, Israel, Upper Galilee (Safed, Hatzor HaGlilit, Tiberias): minutes of an oncology tumour board discussing two
patients, with Teudat Zehut numbers and Hanukkah;
10, India, Meghalaya (Shillong, Mawphlang), in English: a diagnostic laboratory report with scrub typhus serology, Khasi
names, an Aadhaar number, a report URL and a terminal IP address;
11, Thailand, Mae Hong Son (Pang Mu): an inter-department consultation request and reply for a woman aged 92 with a hip
fracture on warfarin, with Buddhist Era dates and Loy Krathong.

Notes 12-23 are in :mod:`deid_notes_heldout46_more`, only to keep each file a readable length (see its docstring).
Where a real identifier has a check digit (Scottish CHI, US NPI, Korean resident registration number, Australian
Medicare, Chinese resident ID, Irish PPSN, South African ID, Israeli ID, Aadhaar, Thai ID, NZ NHI, Ontario health
number, IMEI) the planted one passes it. Four patients are aged 90 or over (notes 0, 7, 11 and 12), and for them the age
and every date element, bare years, months and holidays included, are planted; where a younger patient's note has a
bare year (notes 2, 5, 8, 16, 20, 21 and 22), it is left in the text and not planted. No name, place or facility is
planted in more than one note. Entries per kind in the whole set: NAME 166, DATE 155, LOCATION 123, HOSPITAL 70, PHONE
62, ID 60, ADDRESS 27, LICENCE 24, POSTCODE 22, MRN 20, EMAIL 19, PLATE 12, AGE 6, HANDLE 4, SERIAL 4, URL 4, IP 2,
CODE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout46.deid_notes_heldout46_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Caithness (Thurso, Halkirk): Adults with Incapacity section 47 certificate, patient aged 93
    ("NHS Highland | Dunbar Hospital, Ormlie Road, Thurso KW14 7XE | Pentland Ward\n"
     "ADULTS WITH INCAPACITY (SCOTLAND) ACT 2000 - SECTION 47 CERTIFICATE OF INCAPACITY AND TREATMENT PLAN\n"
     "\n"
     "Adult: Mrs Elspeth (\"Elsie\") MACKAY-SINCLAIR | CHI 1403324182 | DOB 14.03.1932 | aged 93\n"
     "Home: Burnside Croft, Westerdale, by Halkirk, Caithness KW12 6UP - key safe at the back door, code 4471\n"
     "GP: Dr R.J. Oliphant, Riverbank Medical Practice, Thurso (01847 555019)\n"
     "Welfare attorney: her son Hector Mackay-Sinclair, mob. 07700 900614 (power of attorney registered with the OPG "
     "on 16/08/2019, ref. 019-473-8812)\n"
     "\n"
     "I, Dr Morag Strachan-Bell (GMC 7238814), examined the adult on Tuesday 4 November 2025. She was admitted on "
     "29/10/25 after her home carer found her on the kitchen floor at 07:30, having lain there overnight.\n"
     "Assessment: mixed Alzheimer's and vascular dementia, diagnosed in March 2021, now MoCA 9/30. The 4AT was 2 on "
     "03/11, so there is no superimposed delirium. She cannot understand, retain or weigh information about the "
     "treatment below, or communicate a consistent decision. Clinical Frailty Scale 7.\n"
     "Other problems: atrial fibrillation on apixaban 2.5 mg BD; CKD stage 3a (eGFR 48); hyponatraemia, Na 129 mmol/L, "
     "improving; category 2 pressure ulcer on the left heel (Waterlow score 18); osteoporotic T11 wedge fracture.\n"
     "Treatment authorised by this certificate:\n"
     "- fundamental healthcare procedures: nutrition, hydration, skin and continence care\n"
     "- venepuncture, subcutaneous fluids, oral and IV antibiotics\n"
     "- influenza and pneumococcal vaccination\n"
     "- dental extraction under local anaesthetic at the Public Dental Service clinic\n"
     "Not authorised: cardiopulmonary resuscitation - a DNACPR form was completed on 30/10/2025 after discussion "
     "with Hector.\n"
     "\n"
     "Hector and her granddaughter Kirsty Bain (RGN) agree with the plan. Her husband Angus died in 2011 and she still "
     "asks for him at night. She was a typist at Dounreay from 1958 until she retired, and tells everyone she will "
     "be 94 "
     "on the 14th of March.\n"
     "Valid until 03/05/2026, or sooner if she regains capacity. Ward team to review after Hogmanay.\n"
     "\n"
     "M. Strachan-Bell, Consultant in Medicine for the Elderly, NHS Highland",
     [("HOSPITAL", ["NHS Highland"]), ("HOSPITAL", ["Dunbar Hospital"]), ("ADDRESS", ["Ormlie Road"]),
      ("LOCATION", ["Thurso"]), ("POSTCODE", ["KW14 7XE"]), ("LOCATION", ["Pentland Ward"]),
      ("NAME", ["Elspeth", "Elsie", "MACKAY-SINCLAIR"]), ("ID", ["1403324182"]), ("DATE", ["14.03.1932"]),
      ("AGE", ["aged 93"]), ("ADDRESS", ["Burnside Croft"]), ("LOCATION", ["Westerdale"]), ("LOCATION", ["Halkirk"]),
      ("LOCATION", ["Caithness"]), ("POSTCODE", ["KW12 6UP"]), ("CODE", ["4471"]), ("NAME", ["Oliphant"]),
      ("HOSPITAL", ["Riverbank Medical Practice"]), ("PHONE", ["01847 555019"]),
      ("NAME", ["Hector", "Mackay-Sinclair"]),
      ("PHONE", ["07700 900614"]), ("DATE", ["16/08/2019"]), ("ID", ["019-473-8812"]),
      ("NAME", ["Morag", "Strachan-Bell"]), ("LICENCE", ["7238814"]), ("DATE", ["Tuesday 4 November 2025"]),
      ("DATE", ["29/10/25"]), ("DATE", ["March 2021"]), ("DATE", ["03/11"]), ("DATE", ["30/10/2025"]),
      ("NAME", ["Kirsty", "Bain"]), ("NAME", ["Angus"]), ("DATE", ["2011"]), ("LOCATION", ["Dounreay"]),
      ("DATE", ["1958"]), ("AGE", ["94"]), ("DATE", ["14th of March"]), ("DATE", ["03/05/2026"]),
      ("DATE", ["Hogmanay"])],
     ["mixed Alzheimer's and vascular dementia", "MoCA 9/30", "4AT was 2", "superimposed delirium",
      "Clinical Frailty Scale 7", "atrial fibrillation", "apixaban 2.5 mg BD", "CKD stage 3a", "eGFR 48",
      "hyponatraemia", "Na 129 mmol/L", "category 2 pressure ulcer", "Waterlow score 18",
      "osteoporotic T11 wedge fracture", "venepuncture", "subcutaneous fluids", "pneumococcal vaccination",
      "dental extraction under local anaesthetic", "cardiopulmonary resuscitation"]),

    # 1 - Japan, Kagoshima (Amami Ōshima, Tatsugō): home-visit nursing report to the attending physician (Japanese)
    ("訪問看護報告書（令和7年11月分）\n"
     "\n"
     "利用者氏名：元田 ハツエ（モトダ ハツエ）様　女性\n"
     "生年月日：昭和22年5月3日（78歳）\n"
     "住所：〒894-0321 鹿児島県大島郡龍郷町秋名812番地2　電話 0997-62-0417\n"
     "介護保険：保険者番号 464024　被保険者番号 4600728315　要介護2\n"
     "主治医：医療法人清心会 名瀬みなと内科クリニック　泉 健一郎 先生\n"
     "訪問看護指示期間：令和7年10月1日～令和8年3月31日\n"
     "\n"
     "訪問日：11/4、11/11、11/18、11/25（11/4 は長女の祐子さん同席）\n"
     "訪問者：看護師 松元、理学療法士 栄 大地\n"
     "\n"
     "【病状の経過】\n"
     "2型糖尿病。トレシーバ（インスリン デグルデク）朝12単位、メトホルミン 500 mg 1日2回。11月11日の随時血糖 236 mg/dL、"
     "HbA1c 8.1%（10月30日採血）。低血糖症状なし。\n"
     "右母趾の糖尿病性足潰瘍：1.2×0.8 cm、滲出液少量、肉芽良好。ユーパスタで処置継続。11月18日に周囲の発赤・熱感あり、"
     "蜂窩織炎を疑い主治医へ報告、セファレキシン 250 mg 1日4回 5日分の処方あり。11/25 には軽快。\n"
     "右足背動脈の触知微弱、ABI 0.72：末梢動脈疾患の疑いにつき精査をご検討ください。\n"
     "両足に爪白癬あり、爪切り・フットケアを実施。\n"
     "ADL：Barthel Index 65点。屋内は杖歩行。浴室の手すりは未設置。\n"
     "\n"
     "【家族・関係機関】\n"
     "キーパーソン：長女 元田 祐子さん（奄美市名瀬在住、携帯 090-4417-8823）。\n"
     "ケアマネジャー：たつごう居宅介護支援事業所 重野 美智子 氏（LINE: michiko_shigeno）。手すり設置を検討中。\n"
     "\n"
     "緊急連絡（24時間）：090-1836-5520\n"
     "あまみ結いの里訪問看護ステーション　〒894-0036 奄美市長浜町15-7　FAX 0997-55-0185\n"
     "報告日：令和7年11月28日　管理者 看護師 松元 さくら",
     [("DATE", ["令和7年11月"]), ("NAME", ["元田", "ハツエ", "モトダ"]), ("DATE", ["昭和22年5月3日"]),
      ("POSTCODE", ["894-0321"]), ("LOCATION", ["大島郡"]), ("LOCATION", ["龍郷町"]), ("ADDRESS", ["秋名812番地2"]),
      ("PHONE", ["0997-62-0417"]), ("ID", ["464024"]), ("ID", ["4600728315"]),
      ("HOSPITAL", ["清心会", "名瀬みなと内科クリニック"]), ("NAME", ["泉", "健一郎"]), ("DATE", ["令和7年10月1日"]),
      ("DATE", ["令和8年3月31日"]), ("DATE", ["11/4"]), ("DATE", ["11/11"]), ("DATE", ["11/18"]), ("DATE", ["11/25"]),
      ("NAME", ["祐子"]), ("NAME", ["松元", "さくら"]), ("NAME", ["栄", "大地"]), ("DATE", ["11月11日"]),
      ("DATE", ["10月30日"]), ("DATE", ["11月18日"]), ("LOCATION", ["奄美市", "名瀬"]), ("PHONE", ["090-4417-8823"]),
      ("HOSPITAL", ["たつごう居宅介護支援事業所"]), ("NAME", ["重野", "美智子"]), ("HANDLE", ["michiko_shigeno"]),
      ("PHONE", ["090-1836-5520"]), ("HOSPITAL", ["あまみ結いの里訪問看護ステーション"]), ("POSTCODE", ["894-0036"]),
      ("ADDRESS", ["長浜町15-7"]), ("PHONE", ["0997-55-0185"]), ("DATE", ["令和7年11月28日"])],
     ["2型糖尿病", "トレシーバ", "インスリン デグルデク", "メトホルミン 500 mg", "随時血糖 236 mg/dL", "HbA1c 8.1%",
      "低血糖症状", "糖尿病性足潰瘍", "ユーパスタ", "蜂窩織炎", "セファレキシン 250 mg", "足背動脈", "ABI 0.72",
      "末梢動脈疾患", "爪白癬", "Barthel Index 65点", "要介護2", "杖歩行"]),

    # 2 - USA, Oklahoma (Cherokee County, Tahlequah): operative report, gangrenous cholecystitis with Mirizzi syndrome
    ("Cherokee Nation W.W. Hastings Hospital - 100 S Bliss Ave, Tahlequah, OK 74464\n"
     "OPERATIVE REPORT\n"
     "\n"
     "PATIENT: LEAF-WOLFE, Daisy Marisol    MRN: 000-71-4493    ACCT: 22580461904\n"
     "DOB: 09/14/1971    AGE: 54 y    SEX: F    SoonerCare ID: 300418827    CN citizenship no.: CN-184227\n"
     "DATE OF SURGERY: 11/06/2025\n"
     "SURGEON: Tobias J. Rainwater-Keys, MD (NPI 1742039583)\n"
     "ASSISTANT: Kaylee Sixkiller, PA-C\n"
     "ANESTHESIA: General endotracheal - Mitchell \"Mitch\" Goingsnake, CRNA\n"
     "REFERRING: Ernestine Ballou, DO, Stilwell Family Clinic, Stilwell OK\n"
     "\n"
     "PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis.\n"
     "POSTOPERATIVE DIAGNOSIS: Acute gangrenous cholecystitis; Mirizzi syndrome type I.\n"
     "PROCEDURE: Laparoscopic converted to open subtotal fenestrating cholecystectomy; intraoperative cholangiogram; "
     "19 Fr Blake drain.\n"
     "INDICATIONS: 54-year-old woman with 4 days of RUQ pain; sonographic Murphy sign on the ultrasound done in "
     "Stilwell; WBC 17.4, T bili 2.9 mg/dL. Tokyo Guidelines grade II. Umbilical hernia mesh repair in 2009 in "
     "Muskogee. Consent signed 11/05/2025, witnessed by R. Hummingbird, RN.\n"
     "DESCRIPTION: Supine, arms out. Pneumoperitoneum with a Veress needle at Palmer's point because of the old "
     "umbilical mesh. The gallbladder was tense, black and wrapped in omentum. The critical view of safety could not "
     "be "
     "obtained: the hepatocystic triangle was obliterated, and a large stone impacted in the infundibulum was "
     "compressing the common hepatic duct. Converted to a right subcostal incision. Fundus-first dissection, "
     "gallbladder opened, more than 40 stones removed, posterior wall left on the liver bed, cystic duct orifice "
     "closed "
     "from inside with a 3-0 PDS purse-string. Cholangiogram through the infundibulum: no filling defect, free flow "
     "into the duodenum. 19 Fr Blake drain to the subhepatic space. EBL 250 mL. Counts correct x2. Specimen to "
     "pathology, accession S25-18834. Cholangiogram images archived to PACS at 10.44.18.207.\n"
     "DISPOSITION: PACU, stable. Piperacillin-tazobactam 3.375 g IV q8h. If the bilirubin rises, ERCP at Saint "
     "Francis Hospital in Tulsa (GI fellow on call, pager 918-555-0163).\n"
     "Husband Wendell Leaf updated in the surgical family waiting area at 14:20; cell 918-555-0147.\n"
     "\n"
     "Dictated 11/06/2025 15:02 by TJR / transcribed 11/06/2025 17:41 by jkh / job 4471902\n"
     "Electronically signed: Tobias J. Rainwater-Keys, MD 11/07/2025 08:15\n"
     "Scheduling questions: gensurg.scheduling@wwhastings-cn.org",
     [("HOSPITAL", ["W.W. Hastings Hospital"]), ("ADDRESS", ["100 S Bliss Ave"]), ("LOCATION", ["Tahlequah"]),
      ("POSTCODE", ["74464"]), ("NAME", ["LEAF-WOLFE", "Daisy", "Marisol"]), ("MRN", ["000-71-4493"]),
      ("MRN", ["22580461904"]), ("DATE", ["09/14/1971"]), ("ID", ["300418827"]), ("ID", ["CN-184227"]),
      ("DATE", ["11/06/2025"]), ("NAME", ["Tobias", "Rainwater-Keys"]), ("ID", ["1742039583"]),
      ("NAME", ["Kaylee", "Sixkiller"]), ("NAME", ["Mitchell", "Mitch", "Goingsnake"]),
      ("NAME", ["Ernestine", "Ballou"]), ("HOSPITAL", ["Stilwell Family Clinic"]), ("LOCATION", ["Stilwell"]),
      ("LOCATION", ["Muskogee"]), ("DATE", ["11/05/2025"]), ("NAME", ["Hummingbird"]), ("ID", ["S25-18834"]),
      ("IP", ["10.44.18.207"]), ("HOSPITAL", ["Saint Francis Hospital"]), ("LOCATION", ["Tulsa"]),
      ("PHONE", ["918-555-0163"]), ("NAME", ["Wendell", "Leaf"]), ("PHONE", ["918-555-0147"]), ("NAME", ["TJR"]),
      ("NAME", ["jkh"]), ("ID", ["4471902"]), ("DATE", ["11/07/2025"]),
      ("EMAIL", ["gensurg.scheduling@wwhastings-cn.org"])],
     ["Acute calculous cholecystitis", "Acute gangrenous cholecystitis", "Mirizzi syndrome type I",
      "subtotal fenestrating cholecystectomy", "intraoperative cholangiogram", "19 Fr Blake drain",
      "sonographic Murphy sign", "WBC 17.4", "T bili 2.9 mg/dL", "Tokyo Guidelines grade II", "Veress needle",
      "Palmer's point", "critical view of safety", "hepatocystic triangle", "common hepatic duct", "3-0 PDS",
      "EBL 250 mL", "Piperacillin-tazobactam 3.375 g IV q8h", "ERCP", "General endotracheal"]),

    # 3 - South Korea, North Gyeongsang (Uljin, Hupo): referral letter for NSTEMI to a cardiology department (Korean)
    ("진 료 의 뢰 서\n"
     "\n"
     "수 신: 포항성모병원 심장내과 과장님 귀하\n"
     "발 신: 울진군의료원 내과 (경북 울진군 울진읍 월변길 27 / 전화 054-789-5114, 팩스 054-789-5119)\n"
     "\n"
     "환자 성명: 남궁덕수 (南宮德洙)   남 / 67세\n"
     "주민등록번호: 580712-1417313    등록번호: UJ-2025-0041873\n"
     "주 소: 경상북도 울진군 후포면 후포리 312-4 (우편번호 36334)\n"
     "연락처: 010-3847-2291 (본인) / 보호자: 처 황보순자 010-5529-0418, 딸 남궁은비 (대구 거주)\n"
     "직 업: 대게잡이 어선 선장 (제7대진호, 어선번호 경북울진-0982)\n"
     "\n"
     "상병명:\n"
     "1. 비ST분절상승 심근경색증 (NSTEMI, I21.4)\n"
     "2. 제2형 당뇨병 (메트포르민 1000 mg 1일 2회 복용 중)\n"
     "3. 고혈압\n"
     "\n"
     "소견 및 의뢰 내용:\n"
     "상기 환자는 2025년 11월 9일 03시경 후포항에서 출항 준비 중 압박성 흉통이 발생하여 당원 응급실에 내원하였습니다. "
     "추석 연휴였던 10월 6일에도 비슷한 흉통이 10분가량 있었다고 합니다.\n"
     "심전도: V4-V6 ST 분절 하강 1 mm. hs-Troponin I 2,340 ng/L, 3시간 후 4,120 ng/L. CK-MB 38 ng/mL.\n"
     "GRACE score 142, Killip class I, TIMI score 4.\n"
     "아스피린 300 mg, 티카그렐러 180 mg 부하 후 에녹사파린 1 mg/kg 피하주사, 아토르바스타틴 80 mg 투여하였습니다.\n"
     "심초음파: LVEF 48%, 하벽 운동저하.\n"
     "관상동맥조영술 및 PCI 위해 전원 의뢰드립니다. 울진소방서 119구급대 구급차(83라 7104)로 이송하며 간호사 전미영 "
     "동승합니다. 119 출동번호 제2025-1109-0418호.\n"
     "영상: http://pacs.uljinmc.kr/view?acc=UJ25110942 (CD 동봉)\n"
     "\n"
     "2025. 11. 9.\n"
     "울진군의료원 내과 전문의 탁현우 (면허번호 제98817호)  (인)\n"
     "hyunwoo.tak@uljinmc.kr",
     [("HOSPITAL", ["포항성모병원"]), ("HOSPITAL", ["울진군의료원"]), ("LOCATION", ["울진군"]), ("LOCATION", ["울진읍"]),
      ("ADDRESS", ["월변길 27"]), ("PHONE", ["054-789-5114"]), ("PHONE", ["054-789-5119"]),
      ("NAME", ["남궁덕수", "南宮德洙"]), ("ID", ["580712-1417313"]), ("MRN", ["UJ-2025-0041873"]),
      ("LOCATION", ["후포면"]), ("ADDRESS", ["후포리 312-4"]), ("POSTCODE", ["36334"]), ("PHONE", ["010-3847-2291"]),
      ("NAME", ["황보순자"]), ("PHONE", ["010-5529-0418"]), ("NAME", ["남궁은비"]), ("LOCATION", ["대구"]),
      ("LOCATION", ["제7대진호"]), ("PLATE", ["경북울진-0982"]), ("DATE", ["2025년 11월 9일"]), ("LOCATION", ["후포항"]),
      ("DATE", ["추석"]), ("DATE", ["10월 6일"]), ("LOCATION", ["울진소방서"]), ("PLATE", ["83라 7104"]),
      ("NAME", ["전미영"]), ("ID", ["2025-1109-0418"]), ("URL", ["http://pacs.uljinmc.kr/view?acc=UJ25110942"]),
      ("DATE", ["2025. 11. 9."]), ("NAME", ["탁현우"]), ("LICENCE", ["98817"]), ("EMAIL", ["hyunwoo.tak@uljinmc.kr"])],
     ["비ST분절상승 심근경색증", "NSTEMI", "I21.4", "제2형 당뇨병", "메트포르민 1000 mg", "고혈압", "압박성 흉통",
      "ST 분절 하강 1 mm", "hs-Troponin I 2,340 ng/L", "CK-MB 38 ng/mL", "GRACE score 142", "Killip class I",
      "TIMI score 4", "아스피린 300 mg", "티카그렐러 180 mg", "에녹사파린 1 mg/kg", "아토르바스타틴 80 mg", "LVEF 48%",
      "하벽 운동저하", "관상동맥조영술"]),

    # 4 - Australia, New South Wales (Broken Hill): workers compensation certificate of capacity, underground miner
    ("NSW WORKERS COMPENSATION - CERTIFICATE OF CAPACITY\n"
     "\n"
     "1. WORKER\n"
     "Name: Lachlan (\"Lachie\") BROADBENT-NGUYEN    DOB: 23/07/1984    Phone: 0491 570 157\n"
     "Address: 14 Oxide Street, Broken Hill NSW 2880\n"
     "Medicare: 2741 60538 1/2    Claim no.: DRM-WC-25-0448173\n"
     "Employer: Silverton Lode Mining Pty Ltd (ABN 41 118 204 773), Rasp Mine Road - site contact Tegan Ashby, "
     "tegan.ashby@silvertonlode.com.au\n"
     "Insurer: Darling River Mutual\n"
     "\n"
     "2. INJURY\n"
     "Date of injury: Tue 28/10/2025, about 10:30. He was driving light vehicle LV-27 (rego CX41PR) down the decline "
     "when it hit a pothole; his head struck the roof and he had immediate low back pain going into the right leg. "
     "First aid underground by the ERT (Jye Mitchell-Oates), then seen at Broken Hill Health Service ED the same day.\n"
     "\n"
     "3. DIAGNOSIS AND CLINICAL FINDINGS\n"
     "L5/S1 disc protrusion with right S1 radiculopathy (ICD-10 M51.1). MRI lumbar spine 31/10/2025 at Barrier "
     "Radiology: broad-based L5/S1 protrusion touching the right S1 nerve root. Also a 3 cm scalp laceration, closed "
     "with 4 staples (removed).\n"
     "Examined 11/11/2025: straight leg raise positive on the right at 40 degrees, absent right ankle jerk, reduced "
     "sensation lateral foot. No saddle anaesthesia, bladder normal. Oswestry Disability Index 46%.\n"
     "Treatment: pregabalin 75 mg BD; meloxicam 15 mg daily with pantoprazole 40 mg; Panadeine Forte 2 tabs QID PRN, "
     "5 days only; physiotherapy twice a week with hydrotherapy. Referred to the neurosurgical outreach clinic "
     "(Dr Sunil Raghavan-Whyte, Royal Adelaide Hospital), next visit 02/12/2025.\n"
     "\n"
     "4. CAPACITY\n"
     "From 11/11/2025 to 09/12/2025 the worker has capacity for some type of employment: suitable duties on the "
     "surface only, 6 hours a day, lifting no more than 5 kg, no driving of heavy vehicles, no underground work, "
     "change "
     "position every 30 minutes.\n"
     "Next review: Tuesday 25/11/2025.\n"
     "\n"
     "5. MEDICAL PRACTITIONER\n"
     "Dr Anjali Venkataraman-Frost, Sturt Street Medical Centre, 211 Sturt Street, Broken Hill NSW 2880\n"
     "Ph (08) 5550 4417 | Fax (08) 5550 4418 | Provider no. 2418837K | AHPRA MED0001742819\n"
     "Signed 11/11/2025\n"
     "\n"
     "6. WORKER DECLARATION: signed by the worker, 11/11/2025. Workplace rehabilitation provider: Outback Rehab "
     "Solutions (Kirra Dunstan, 0491 570 006).",
     [("NAME", ["Lachlan", "Lachie", "BROADBENT-NGUYEN"]), ("DATE", ["23/07/1984"]), ("PHONE", ["0491 570 157"]),
      ("ADDRESS", ["14 Oxide Street"]), ("LOCATION", ["Broken Hill"]), ("POSTCODE", ["2880"]),
      ("ID", ["2741 60538 1"]), ("ID", ["DRM-WC-25-0448173"]), ("LOCATION", ["Silverton Lode Mining"]),
      ("ID", ["41 118 204 773"]), ("ADDRESS", ["Rasp Mine Road"]), ("NAME", ["Tegan", "Ashby"]),
      ("EMAIL", ["tegan.ashby@silvertonlode.com.au"]), ("LOCATION", ["Darling River Mutual"]),
      ("DATE", ["28/10/2025"]), ("PLATE", ["CX41PR"]), ("NAME", ["Jye", "Mitchell-Oates"]),
      ("HOSPITAL", ["Broken Hill Health Service"]), ("DATE", ["31/10/2025"]), ("HOSPITAL", ["Barrier Radiology"]),
      ("DATE", ["11/11/2025"]), ("NAME", ["Sunil", "Raghavan-Whyte"]), ("HOSPITAL", ["Royal Adelaide Hospital"]),
      ("DATE", ["02/12/2025"]), ("DATE", ["09/12/2025"]), ("DATE", ["Tuesday 25/11/2025"]),
      ("NAME", ["Anjali", "Venkataraman-Frost"]), ("HOSPITAL", ["Sturt Street Medical Centre"]),
      ("ADDRESS", ["211 Sturt Street"]), ("PHONE", ["(08) 5550 4417"]), ("PHONE", ["(08) 5550 4418"]),
      ("LICENCE", ["2418837K"]), ("LICENCE", ["MED0001742819"]), ("HOSPITAL", ["Outback Rehab Solutions"]),
      ("NAME", ["Kirra", "Dunstan"]), ("PHONE", ["0491 570 006"])],
     ["L5/S1 disc protrusion", "right S1 radiculopathy", "M51.1", "MRI lumbar spine", "S1 nerve root",
      "scalp laceration", "4 staples", "straight leg raise", "absent right ankle jerk", "saddle anaesthesia",
      "Oswestry Disability Index 46%", "pregabalin 75 mg BD", "meloxicam 15 mg", "pantoprazole 40 mg",
      "Panadeine Forte", "physiotherapy", "hydrotherapy"]),

    # 5 - China, Ningxia (Guyuan, Xiji County): hepatobiliary surgery discharge record, hepatic cystic echinococcosis
    # (simplified Chinese)
    ("固原市人民医院　肝胆外科\n"
     "出 院 记 录\n"
     "\n"
     "姓名：马文军　性别：男　年龄：51岁　民族：回族\n"
     "住院号：ZY2025104417　CT号：CT25-88417\n"
     "身份证号：640422197311082535　医保卡号：NX6404-2208-4173\n"
     "住址：宁夏固原市西吉县兴隆镇单南村三组\n"
     "联系人：妻 海秀兰　电话：139-0954-2286；子 马小龙（在银川打工）\n"
     "入院日期：2025年10月21日　出院日期：2025年11月5日　住院天数：15天\n"
     "\n"
     "入院诊断：肝囊型包虫病（右叶，WHO-IWGE分型 CE2型）\n"
     "出院诊断：1. 肝囊型包虫病（CE2型）术后；2. 术后胆漏（已愈）\n"
     "入院情况：患者因右上腹胀痛3月余入院，今年开斋节前后开始明显。家中养羊，有犬只接触史。2019年曾在西吉县医院行阑尾切除术。"
     "由单南村卫生室村医马福禄介绍来院。\n"
     "查体：右上腹可触及包块，无压痛，无黄疸。\n"
     "辅助检查：CT示肝右叶囊性占位 9.4×8.1 cm，内见多个子囊。嗜酸性粒细胞 8.2%，ALT 86 U/L，包虫IgG抗体阳性。\n"
     "诊疗经过：10月23日在全麻下行肝包虫囊肿内囊摘除＋外囊次全切除术，术中以20%高渗盐水纱布保护术野。术后第4天腹腔引流管"
     "引出胆汁样液体约150 mL/日，考虑胆漏，经保守治疗及通畅引流，11月2日引流量＜10 mL后拔管。术后予阿苯达唑 400 mg "
     "每日2次口服。\n"
     "出院医嘱：\n"
     "1. 继续阿苯达唑 400 mg 每日2次，连服3个月，每月复查肝功能、血常规；\n"
     "2. 术后3个月复查腹部超声；\n"
     "3. 家中犬只定期用吡喹酮驱虫，避免与犬密切接触；可在单南清真寺礼拜，但暂勿负重；\n"
     "4. 12月5日（周五上午）肝胆外科门诊复诊，主任医师 锁国强（执业证书编码 110640400038172）。\n"
     "\n"
     "主治医师：拓丽娟　　住院医师：苏海龙\n"
     "医院地址：固原市原州区文化街98号　科室电话：0954-2036-417\n"
     "打印时间：2025-11-05 10:42",
     [("HOSPITAL", ["固原市人民医院"]), ("NAME", ["马文军"]), ("MRN", ["ZY2025104417"]), ("ID", ["CT25-88417"]),
      ("ID", ["640422197311082535"]), ("ID", ["NX6404-2208-4173"]), ("LOCATION", ["固原市"]), ("LOCATION", ["西吉县"]),
      ("LOCATION", ["兴隆镇"]), ("ADDRESS", ["单南村", "三组"]), ("NAME", ["海秀兰"]), ("PHONE", ["139-0954-2286"]),
      ("NAME", ["马小龙"]), ("LOCATION", ["银川"]), ("DATE", ["2025年10月21日"]), ("DATE", ["2025年11月5日"]),
      ("DATE", ["开斋节"]), ("HOSPITAL", ["西吉县医院"]), ("HOSPITAL", ["单南村卫生室"]), ("NAME", ["马福禄"]),
      ("DATE", ["10月23日"]), ("DATE", ["11月2日"]), ("LOCATION", ["单南清真寺"]), ("DATE", ["12月5日"]),
      ("NAME", ["锁国强"]), ("LICENCE", ["110640400038172"]), ("NAME", ["拓丽娟"]), ("NAME", ["苏海龙"]),
      ("LOCATION", ["原州区"]), ("ADDRESS", ["文化街98号"]), ("PHONE", ["0954-2036-417"]), ("DATE", ["2025-11-05"])],
     ["肝囊型包虫病", "CE2型", "胆漏", "右上腹胀痛", "阑尾切除术", "囊性占位 9.4×8.1 cm", "子囊", "嗜酸性粒细胞 8.2%",
      "ALT 86 U/L", "包虫IgG抗体阳性", "全麻", "内囊摘除", "外囊次全切除术", "20%高渗盐水", "腹腔引流管",
      "阿苯达唑 400 mg", "肝功能", "血常规", "腹部超声", "吡喹酮"]),

    # 6 - Ireland, Co. Monaghan (Carrickmacross): out-of-hours GP co-operative telephone consultation, croup
    ("BreffniDoc GP Out-of-Hours Co-operative - TELEPHONE CONSULTATION RECORD\n"
     "Call ref: BD-251108-0417 | Received: Sat 08/11/2025 22:14 | Priority: urgent (nurse triage, then GP call-back)\n"
     "Caller: mother, Clodagh McKenna-Duffy | CLI 087 555 2913 (call-back number confirmed)\n"
     "Patient: Fiadh McKenna-Duffy | DOB 19/03/2023 (2 y 7 m) | PPSN 8427316E | GP visit card GPV 1182047\n"
     "Address: Drumgristin, Carrickmacross, Co. Monaghan A81 F2K6\n"
     "Own GP: Dr Fergal Ó Dálaigh, Magheross Family Practice, Carrickmacross\n"
     "\n"
     "22:19 Nurse triage (Ann-Marie Treanor, RGN, NMBI PIN 148827):\n"
     "Barking cough since teatime, hoarse voice, noisy breathing when upset but not at rest per mum. T 38.4 at 21:30; "
     "paracetamol 15 mg/kg (210 mg) at 21:35. Eating less, 3 wet nappies today. No drooling, no cyanosis. Older "
     "brother "
     "Darragh (5) had a cold last week from Naíonra Inis Caoin. Weight 14 kg at her 2-year check. Admitted to Our Lady "
     "of Lourdes Hospital (OLOL), Drogheda, with bronchiolitis in May 2023.\n"
     "\n"
     "22:41 GP call-back (Dr Ruairí Mac Cárthaigh, MCRN 421883), mum on speaker with the child audible:\n"
     "Barking cough heard, no stridor heard at rest on the call; mum describes mild suprasternal recession when she "
     "cries. Westley croup score estimated 2.\n"
     "Impression: viral croup, probably parainfluenza, mild.\n"
     "Advice: a single dose of oral dexamethasone 0.15 mg/kg is indicated and there is none at home, so attend the "
     "treatment centre at Carrickmacross Primary Care Centre, Shercock Road, at 23:20. Keep her calm and upright; no "
     "steam inhalation. Safety-netting: ring 112 or 999 for stridor at rest, drawing in between the ribs, blue lips, "
     "drooling or drowsiness.\n"
     "\n"
     "23:52 Treatment centre (Dr Mac Cárthaigh): SpO2 98% on air, HR 132, no stridor at rest, dexamethasone 2.1 mg PO "
     "given, observed 30 minutes, home with dad Pádraig Duffy (lorry driver, Cremartin Creamery) in car 161-MN-2047. "
     "Granny Nóra next door is minding Darragh.\n"
     "Letter sent to own GP via Healthmail: magheross.practice@healthmail.ie. Own GP review Mon 10/11/2025 if not "
     "improving.",
     [("HOSPITAL", ["BreffniDoc"]), ("ID", ["BD-251108-0417"]), ("DATE", ["08/11/2025"]),
      ("NAME", ["Clodagh", "McKenna-Duffy"]), ("PHONE", ["087 555 2913"]), ("NAME", ["Fiadh"]),
      ("DATE", ["19/03/2023"]), ("ID", ["8427316E"]), ("ID", ["GPV 1182047"]), ("LOCATION", ["Drumgristin"]),
      ("LOCATION", ["Carrickmacross"]), ("LOCATION", ["Co. Monaghan"]), ("POSTCODE", ["A81 F2K6"]),
      ("NAME", ["Fergal", "Ó Dálaigh"]), ("HOSPITAL", ["Magheross Family Practice"]),
      ("NAME", ["Ann-Marie", "Treanor"]),
      ("LICENCE", ["148827"]), ("NAME", ["Darragh"]), ("LOCATION", ["Naíonra Inis Caoin"]),
      ("HOSPITAL", ["Our Lady of Lourdes Hospital", "OLOL"]), ("LOCATION", ["Drogheda"]), ("DATE", ["May 2023"]),
      ("NAME", ["Ruairí", "Mac Cárthaigh"]), ("LICENCE", ["421883"]),
      ("HOSPITAL", ["Carrickmacross Primary Care Centre"]), ("ADDRESS", ["Shercock Road"]),
      ("NAME", ["Pádraig", "Duffy"]), ("LOCATION", ["Cremartin Creamery"]), ("PLATE", ["161-MN-2047"]),
      ("NAME", ["Nóra"]), ("EMAIL", ["magheross.practice@healthmail.ie"]), ("DATE", ["10/11/2025"])],
     ["Barking cough", "hoarse voice", "paracetamol 15 mg/kg", "3 wet nappies", "cyanosis", "bronchiolitis",
      "suprasternal recession", "Westley croup score estimated 2", "viral croup", "parainfluenza",
      "oral dexamethasone 0.15 mg/kg", "steam inhalation", "stridor at rest", "SpO2 98% on air", "HR 132",
      "dexamethasone 2.1 mg PO"]),

    # 7 - Tunisia, Djerba (Houmt Souk, Guellala): draft medical certificate of cause of death, man aged 96 (Arabic)
    ("الجمهورية التونسية - وزارة الصحة\n"
     "المستشفى الجهوي الصادق المقدم بجربة - قسم الطب الباطني\n"
     "مسودة للمراجعة - الشهادة الطبية للوفاة (الجزء الخاص بأسباب الوفاة)\n"
     "\n"
     "اسم المتوفى ولقبه: صالح بن عمر بن بلقاسم الحداد\n"
     "الجنس: ذكر    العمر: 96 سنة\n"
     "تاريخ ومكان الولادة: 12 جانفي 1929 بقلالة\n"
     "بطاقة التعريف الوطنية عدد: 08417735\n"
     "المعرف بالصندوق الوطني للتأمين على المرض: 29140037-81\n"
     "العنوان: نهج الحبيب بورقيبة عدد 14، حومة السوق، جربة 4180\n"
     "رقم الملف الاستشفائي: 2025/11/4417\n"
     "الطبيب المعالج: د. كمال الشابي، مستوصف ميدون\n"
     "\n"
     "تاريخ الوفاة: الاثنين 17 نوفمبر 2025 (26 جمادى الأولى 1447 هـ) على الساعة 04:30\n"
     "مكان الوفاة: بالمستشفى، قسم الطب الباطني\n"
     "\n"
     "أسباب الوفاة:\n"
     "الجزء الأول:\n"
     "أ) التهاب رئوي استنشاقي (J69.0) - المدة: 4 أيام\n"
     "ب) عسر البلع إثر سكتة دماغية إقفارية في منطقة الشريان الدماغي الأوسط الأيسر (I63.5) - المدة: 12 يوماً\n"
     "ج) رجفان أذيني مزمن دون مضادات تخثر (I48.2) - المدة: سنوات\n"
     "الجزء الثاني (حالات أخرى ساهمت في الوفاة): داء السكري من النوع الثاني معالج بالأنسولين، قصور كلوي مزمن المرحلة "
     "4.\n"
     "\n"
     "ملخص سريري: أُدخل يوم 05/11/2025 بعد أن وجدته حفيدته سنية فاقداً للقدرة على الكلام مع شلل نصفي أيمن. "
     "مقياس غلاسكو 9/15، NIHSS 19. لم يكن مرشحاً لحل الخثرة لتجاوز المهلة. وُضع أنبوب أنفي معدي. يوم 13/11 حمى 38.9 "
     "وتشبع الأكسجين 86%، فبدأ علاج بالأموكسيسيلين-حمض الكلافولانيك. قررت العائلة عدم الإنعاش. "
     "سبق أن أُدخل القسم في عيد الفطر الماضي (30 مارس 2025) بسبب نقص السكر في الدم. "
     "كان صياد إسفنج في ميناء أجيم حتى سنة 1994.\n"
     "\n"
     "المصرّح بالوفاة: ابنه المنصف، الهاتف 98 417 552 (+216)\n"
     "ملاحظة للبلدية: الدفن بمقبرة سيدي زايد بعد صلاة العصر.\n"
     "\n"
     "الطبيب المعاين: الدكتورة ليلى التريكي، مسجلة بعمادة الأطباء تحت عدد 14582\n"
     "رئيس القسم: الأستاذ محمد الهادي بن سالم\n"
     "جربة في 17/11/2025 - البريد: medinterne.djerba@santetunisie.rns.tn",
     [("HOSPITAL", ["الصادق المقدم"]), ("LOCATION", ["جربة"]), ("NAME", ["صالح", "عمر", "بلقاسم", "الحداد"]),
      ("AGE", ["96 سنة"]), ("DATE", ["12 جانفي 1929"]), ("LOCATION", ["قلالة"]), ("ID", ["08417735"]),
      ("ID", ["29140037-81"]), ("ADDRESS", ["نهج الحبيب بورقيبة عدد 14"]), ("LOCATION", ["حومة السوق"]),
      ("POSTCODE", ["4180"]), ("MRN", ["2025/11/4417"]), ("NAME", ["كمال", "الشابي"]), ("HOSPITAL", ["مستوصف ميدون"]),
      ("DATE", ["الاثنين 17 نوفمبر 2025"]), ("DATE", ["26 جمادى الأولى 1447"]), ("DATE", ["05/11/2025"]),
      ("NAME", ["سنية"]), ("DATE", ["13/11"]), ("DATE", ["عيد الفطر"]), ("DATE", ["30 مارس 2025"]),
      ("LOCATION", ["أجيم"]), ("DATE", ["1994"]), ("NAME", ["المنصف"]), ("PHONE", ["98 417 552"]),
      ("LOCATION", ["مقبرة سيدي زايد"]), ("NAME", ["ليلى", "التريكي"]), ("LICENCE", ["14582"]),
      ("NAME", ["محمد الهادي", "بن سالم"]), ("DATE", ["17/11/2025"]),
      ("EMAIL", ["medinterne.djerba@santetunisie.rns.tn"])],
     ["التهاب رئوي استنشاقي", "J69.0", "عسر البلع", "سكتة دماغية إقفارية", "الشريان الدماغي الأوسط الأيسر", "I63.5",
      "رجفان أذيني", "I48.2", "داء السكري من النوع الثاني", "قصور كلوي مزمن المرحلة 4", "شلل نصفي أيمن",
      "مقياس غلاسكو 9/15", "NIHSS 19", "أنبوب أنفي معدي", "تشبع الأكسجين 86%", "الأموكسيسيلين-حمض الكلافولانيك",
      "نقص السكر في الدم"]),

    # 8 - South Africa, Northern Cape (Namakwa: Springbok, Steinkopf): nursing admission assessment, HIV with probable
    # TB
    ("NORTHERN CAPE DEPARTMENT OF HEALTH\n"
     "Dr Van Niekerk Hospital, Springbok - Male Medical Ward | Ward tel 027 712 8400 ext 2217\n"
     "NURSING ADMISSION ASSESSMENT\n"
     "\n"
     "Date/time of admission: 2025/11/03 16:40    Folder no.: DVN 0184472\n"
     "Surname: CLOETE    First names: Hendrik Jacobus (\"Hennie\")    Sex: M    Age: 47\n"
     "ID no.: 780419 5413 081    Home language: Afrikaans / Khoekhoegowab\n"
     "Address: Erf 1127, Kloofstraat, Steinkopf 8244\n"
     "Next of kin: wife Magdalena Cloete, 072 555 0193; cousin Jan-Hendrik Links, 082 555 0138\n"
     "Daughter Lizelle (12) is staying with her granny in Concordia.\n"
     "Work: contract labourer, Okiep Copper Tailings Project. Church: Rynse Sendingkerk.\n"
     "Referred from: Steinkopf CHC (Sr E. Swartbooi), transported by Namakwa District EMS, vehicle BFR 418 NC.\n"
     "Admitting doctor: Dr M. Jaftha (MO)\n"
     "\n"
     "Reason for admission: productive cough, night sweats, 8 kg weight loss in 2 months, short of breath on "
     "exertion.\n"
     "History: newly diagnosed HIV (rapid test positive at Steinkopf CHC on 30/10/2025), not yet on ART; CD4 86 "
     "cells/µL. TB treated in 2016 at Kleinzee clinic, completed. Smokes 10 cigarettes a day; drinks at weekends.\n"
     "Observations: T 38.6 °C, P 118/min, BP 102/64 mmHg, RR 28/min, SpO2 88% on room air, 94% on 40% Venturi mask, "
     "HGT 6.2 mmol/L, weight 51 kg, BMI 17.1, GCS 15/15.\n"
     "Risk assessments: Braden scale 15 (at risk); Morse Fall Scale 45; MUST score 2; pain 6/10, pleuritic, right "
     "chest. Oral thrush present.\n"
     "Lines: 20G cannula left forearm at 16:55, VIP score 0.\n"
     "Specimens: sputum for GeneXpert MTB/RIF Ultra sent 17:10; urine TB LAM positive.\n"
     "Given on admission: ceftriaxone 1 g IV, co-trimoxazole 960 mg PO, nystatin oral drops, paracetamol 1 g PO.\n"
     "Isolation: side room 4, airborne precautions, N95 respirators for staff.\n"
     "Valuables: cellphone (IMEI 356938104417283) and R240 cash handed to wife, signed for.\n"
     "Nursing diagnoses: impaired gas exchange; risk of transmission of infection; nutrition less than body "
     "requirements.\n"
     "Plan: 4-hourly observations, fluid balance chart, dietitian referral, TB/HIV counsellor (Mr Abraham Beukes) "
     "tomorrow. Referral letters to dvnh.admissions@ncpg-health.gov.za.\n"
     "\n"
     "Assessed by: Sr R. van Wyk, Professional Nurse, SANC 14482717 | Checked by: ENA Chantelle Smit",
     [("HOSPITAL", ["Van Niekerk"]), ("LOCATION", ["Springbok"]), ("PHONE", ["027 712 8400", "2217"]),
      ("DATE", ["2025/11/03"]), ("MRN", ["DVN 0184472"]), ("NAME", ["CLOETE", "Hendrik", "Jacobus", "Hennie"]),
      ("ID", ["780419 5413 081"]), ("ADDRESS", ["Erf 1127, Kloofstraat"]), ("LOCATION", ["Steinkopf"]),
      ("POSTCODE", ["8244"]), ("NAME", ["Magdalena", "Cloete"]), ("PHONE", ["072 555 0193"]),
      ("NAME", ["Jan-Hendrik", "Links"]), ("PHONE", ["082 555 0138"]), ("NAME", ["Lizelle"]),
      ("LOCATION", ["Concordia"]), ("LOCATION", ["Okiep Copper Tailings Project"]), ("LOCATION", ["Rynse Sendingkerk"]),
      ("HOSPITAL", ["Steinkopf CHC"]), ("NAME", ["Swartbooi"]), ("HOSPITAL", ["Namakwa District EMS"]),
      ("PLATE", ["BFR 418 NC"]), ("NAME", ["Jaftha"]), ("DATE", ["30/10/2025"]), ("HOSPITAL", ["Kleinzee clinic"]),
      ("SERIAL", ["356938104417283"]), ("NAME", ["Abraham", "Beukes"]),
      ("EMAIL", ["dvnh.admissions@ncpg-health.gov.za"]), ("NAME", ["van Wyk"]), ("LICENCE", ["14482717"]),
      ("NAME", ["Chantelle", "Smit"])],
     ["productive cough", "night sweats", "newly diagnosed HIV", "CD4 86 cells/µL", "SpO2 88% on room air",
      "40% Venturi mask", "BMI 17.1", "GCS 15/15", "Braden scale 15", "Morse Fall Scale 45", "MUST score 2",
      "Oral thrush", "20G cannula", "VIP score 0", "GeneXpert MTB/RIF Ultra", "urine TB LAM positive",
      "ceftriaxone 1 g IV", "co-trimoxazole 960 mg", "nystatin oral drops", "airborne precautions"]),

    # 9 - Israel, Upper Galilee (Safed, Hatzor HaGlilit): oncology multidisciplinary tumour board minutes (Hebrew)
    ("המרכז הרפואי זיו, צפת - המכון האונקולוגי\n"
     "פרוטוקול ישיבת צוות רב-תחומי (Tumor Board) - שד ומערכת העיכול\n"
     "יום שני, י\"ט בחשוון תשפ\"ו (10.11.2025), 14:00\n"
     "משתתפים: ד\"ר שרון אבוטבול-כהן (אונקולוגיה, יו\"ר); ד\"ר ואיל חלבי (כירורגיה כללית); ד\"ר נעמה ליבוביץ "
     "(רדיולוגיה); פרופ' אלכסנדר (סשה) גורודצקי (פתולוגיה); ד\"ר מרים בן-שושן (רדיותרפיה, בהיוועדות מרמב\"ם); "
     "האחות המתאמת אורית דהן\n"
     "\n"
     "מקרה 1\n"
     "רחל (רוחל'ה) אזולאי, בת 63, ת.ז. 058327412, מס' תיק 7741882\n"
     "כתובת: רחוב ירושלים 12, צפת. טלפון 050-7418829\n"
     "הופנתה ע\"י ד\"ר יגאל פרץ, מרפאת כללית חצור הגלילית\n"
     "אבחנה: קרצינומה דוקטלית חודרנית בשד שמאל, 2.4 ס\"מ, Grade 2, ER חיובי 95%, PR חיובי 60%, HER2 שלילי (IHC 1+), "
     "Ki67 25%. בלוטה אקסילרית חשודה אחת, FNA חיובי. שלב קליני cT2N1M0.\n"
     "החלטה: לומפקטומי עם ביופסיית בלוטת זקיף וסימון הבלוטה החיובית; Oncotype DX על הגידול לאחר הניתוח; קרינה "
     "משלימה. ניתוח מתוכנן ל-01.12.2025.\n"
     "\n"
     "מקרה 2\n"
     "יוסף (ג'ו) מלכה, בן 71, ת.ז. 034177626, מס' תיק 6630915, קיבוץ עמיעד\n"
     "איש קשר: בתו דנה מלכה-שטרן, 052-6604173\n"
     "קולונוסקופיה בפוריה, טבריה, ב-21.10.2025: גידול ב-7 ס\"מ מהשוליים האנליים.\n"
     "אבחנה: אדנוקרצינומה של הרקטום. MRI אגן: mrT3c N1, EMVI חיובי, CRM מאוים (1 מ\"מ). CT חזה-בטן: ללא גרורות. "
     "CEA 7.8 ng/mL. pMMR.\n"
     "החלטה: טיפול נאו-אדג'ובנטי מלא (TNT): 25 Gy ב-5 מנות ואחריו FOLFOX, MRI חוזר ואז TME או מעקב watch and wait. "
     "המטופל ביקש לדחות את תחילת הטיפול עד אחרי חנוכה; הוסבר שאין לדחות. סימולציה ב-18.11.2025.\n"
     "\n"
     "רשמה: אורית דהן, אחות מתאמת, טל' 04-6828417, oritd@ziv.health.gov.il",
     [("HOSPITAL", ["המרכז הרפואי זיו"]), ("LOCATION", ["צפת"]), ("DATE", ['י"ט בחשוון תשפ"ו']),
      ("DATE", ["10.11.2025"]), ("NAME", ["שרון", "אבוטבול-כהן"]), ("NAME", ["ואיל", "חלבי"]),
      ("NAME", ["נעמה", "ליבוביץ"]), ("NAME", ["אלכסנדר", "סשה", "גורודצקי"]), ("NAME", ["מרים", "בן-שושן"]),
      ("HOSPITAL", ['רמב"ם']), ("NAME", ["אורית", "דהן"]), ("NAME", ["רחל", "רוחל'ה", "אזולאי"]),
      ("ID", ["058327412"]), ("MRN", ["7741882"]), ("ADDRESS", ["רחוב ירושלים 12"]), ("PHONE", ["050-7418829"]),
      ("NAME", ["יגאל", "פרץ"]), ("HOSPITAL", ["מרפאת כללית חצור הגלילית"]), ("LOCATION", ["חצור הגלילית"]),
      ("DATE", ["01.12.2025"]), ("NAME", ["יוסף", "ג'ו", "מלכה"]), ("ID", ["034177626"]), ("MRN", ["6630915"]),
      ("LOCATION", ["קיבוץ עמיעד"]), ("NAME", ["דנה", "מלכה-שטרן"]), ("PHONE", ["052-6604173"]),
      ("HOSPITAL", ["פוריה"]), ("LOCATION", ["טבריה"]), ("DATE", ["21.10.2025"]), ("DATE", ["חנוכה"]),
      ("DATE", ["18.11.2025"]), ("PHONE", ["04-6828417"]), ("EMAIL", ["oritd@ziv.health.gov.il"])],
     ["קרצינומה דוקטלית חודרנית", "Grade 2", "ER חיובי 95%", "PR חיובי 60%", "HER2 שלילי (IHC 1+)", "Ki67 25%",
      "cT2N1M0", "לומפקטומי", "ביופסיית בלוטת זקיף", "Oncotype DX", "קולונוסקופיה", "אדנוקרצינומה של הרקטום",
      "mrT3c N1", "EMVI חיובי", "CEA 7.8 ng/mL", "pMMR", "25 Gy ב-5 מנות", "FOLFOX", "TME", "watch and wait"]),

    # 10 - India, Meghalaya (Shillong, East Khasi Hills), in English: diagnostic laboratory report, scrub typhus
    ("PINE VALLEY DIAGNOSTICS & RESEARCH CENTRE\n"
     "Keating Road, Laitumkhrah, Shillong - 793003 | Ph: 0364-2504417 | NABL Certificate No. MC-6128\n"
     "\n"
     "Patient Name : Mrs. Iohbha Lyngdoh Nongbri       Age/Sex : 38 Y / F\n"
     "Patient ID   : PVD/25/118204                   Sample ID : 2511120417\n"
     "Ref. By      : Dr. B. Syiemlieh, MD (Med), Nazareth Hospital (IP No. NH-25-44178, St. Joseph Ward)\n"
     "Attendant    : husband Kitboklang Nongrum      Email : iohbha.ln@gmail.com\n"
     "Aadhaar      : 4731 8265 9032                  Mobile : +91 98630 41752\n"
     "Collected    : 12-Nov-2025 07:45 (home collection, Mawlai Mawroh, by Wanshan Dkhar)\n"
     "Received     : 12-Nov-2025 08:40               Reported : 12-Nov-2025 16:05\n"
     "Clinical details (from requisition): fever 9 days, eschar left axilla, works in broom-grass fields at "
     "Mawphlang.\n"
     "\n"
     "HAEMATOLOGY\n"
     "Haemoglobin 11.2 g/dL (12.0-15.0)\n"
     "Total leucocyte count 13,600 /cu mm (4,000-10,000)\n"
     "Platelet count 84 x10^3/µL (150-410)  ** critical **\n"
     "ESR 52 mm/1st hr\n"
     "Peripheral smear: no malarial parasites seen\n"
     "\n"
     "BIOCHEMISTRY\n"
     "AST (SGOT) 142 U/L | ALT (SGPT) 118 U/L | Total bilirubin 1.6 mg/dL | Serum creatinine 1.1 mg/dL | CRP 96 mg/L\n"
     "\n"
     "SEROLOGY\n"
     "Scrub typhus IgM ELISA: POSITIVE (OD 2.84; cut-off 0.50)\n"
     "Weil-Felix: OXK 1:640; OX2 and OX19 below 1:40\n"
     "Dengue NS1 antigen: negative | Dengue IgM: negative\n"
     "Malaria antigen (Pf/Pv) rapid test: negative | Leptospira IgM: negative\n"
     "\n"
     "Comment: serology consistent with scrub typhus (Orientia tsutsugamushi); correlate with the eschar. "
     "Doxycycline is the usual first-line treatment - for the treating clinician. Critical platelet value phoned to "
     "the ward by Banrida Kharbuli at 14:10. Previous report PVD/24/093318 of 05-Jul-2024 (Hb 12.6).\n"
     "\n"
     "Verify this report: https://reports.pinevalleydx.in/r/MGH2511120417\n"
     "Dr. Pynshai Marbaniang, MD (Pathology), Reg. No. MMC-2011-0417\n"
     "Dr. Kyrshan Warjri, MD (Microbiology), Reg. No. MMC-2016-1182\n"
     "*** End of report *** printed from 172.16.8.41 by pvd.front2",
     [("HOSPITAL", ["PINE VALLEY DIAGNOSTICS"]), ("ADDRESS", ["Keating Road"]), ("LOCATION", ["Laitumkhrah"]),
      ("LOCATION", ["Shillong"]), ("POSTCODE", ["793003"]), ("PHONE", ["0364-2504417"]), ("ID", ["MC-6128"]),
      ("NAME", ["Iohbha", "Lyngdoh Nongbri"]), ("MRN", ["PVD/25/118204"]), ("ID", ["2511120417"]),
      ("NAME", ["Syiemlieh"]), ("HOSPITAL", ["Nazareth Hospital"]), ("MRN", ["NH-25-44178"]),
      ("LOCATION", ["St. Joseph Ward"]), ("NAME", ["Kitboklang", "Nongrum"]), ("EMAIL", ["iohbha.ln@gmail.com"]),
      ("ID", ["4731 8265 9032"]), ("PHONE", ["+91 98630 41752"]), ("DATE", ["12-Nov-2025"]),
      ("LOCATION", ["Mawlai Mawroh"]), ("NAME", ["Wanshan", "Dkhar"]), ("LOCATION", ["Mawphlang"]),
      ("NAME", ["Banrida", "Kharbuli"]), ("MRN", ["PVD/24/093318"]), ("DATE", ["05-Jul-2024"]),
      ("URL", ["https://reports.pinevalleydx.in/r/MGH2511120417"]), ("NAME", ["Pynshai", "Marbaniang"]),
      ("LICENCE", ["MMC-2011-0417"]), ("NAME", ["Kyrshan", "Warjri"]), ("LICENCE", ["MMC-2016-1182"]),
      ("IP", ["172.16.8.41"]), ("HANDLE", ["pvd.front2"])],
     ["eschar", "Haemoglobin 11.2 g/dL", "Total leucocyte count 13,600 /cu mm", "Platelet count 84 x10^3/µL",
      "ESR 52 mm/1st hr", "malarial parasites", "AST (SGOT) 142 U/L", "ALT (SGPT) 118 U/L",
      "Total bilirubin 1.6 mg/dL", "Serum creatinine 1.1 mg/dL", "CRP 96 mg/L", "Scrub typhus IgM ELISA",
      "Weil-Felix", "OXK 1:640", "Dengue NS1 antigen", "Leptospira IgM", "Orientia tsutsugamushi", "Doxycycline"]),

    # 11 - Thailand, Mae Hong Son (Pang Mu): inter-department consultation request and reply, woman aged 92 with a hip
    # fracture on warfarin (Thai, Buddhist Era dates)
    ("โรงพยาบาลศรีสังวาลย์ จังหวัดแม่ฮ่องสอน\n"
     "ใบขอคำปรึกษาระหว่างแผนก (Consultation)\n"
     "\n"
     "ชื่อผู้ป่วย: นางเกี๋ยงคำ ใจมูล    อายุ 92 ปี    HN 48-003517    AN 68-011842\n"
     "เลขประจำตัวประชาชน 3-5801-00127-45-2    สิทธิการรักษา: บัตรทอง (UC)\n"
     "ที่อยู่: 88 หมู่ 4 บ้านปางหมู ต.ปางหมู อ.เมืองแม่ฮ่องสอน 58000\n"
     "หอผู้ป่วย: ศัลยกรรมกระดูกหญิง เตียง 12 (โทรภายใน 2218)\n"
     "จาก: นพ.ภาณุวัฒน์ แสนคำ (ศัลยแพทย์กระดูกและข้อ)    ถึง: อายุรแพทย์\n"
     "วันที่ขอคำปรึกษา: 14 พ.ย. 2568 เวลา 09.30 น.\n"
     "\n"
     "เหตุผลที่ขอปรึกษา: ผู้ป่วยหญิงไทใหญ่ อายุ 92 ปี ลื่นล้มในบ้านคืนวันลอยกระทง (5 พ.ย. 2568) มาโรงพยาบาลเช้าวันที่ "
     "6 พ.ย. 2568 Dx: closed intertrochanteric fracture right femur (AO/OTA 31A2) วางแผนผ่าตัด PFNA วันที่ 17 พ.ย. "
     "2568 "
     "มีประวัติ AF กิน warfarin 3 mg/วัน, INR 2.8, Na 127 mmol/L, Cr 1.4 mg/dL (eGFR 34) "
     "ขอประเมินความเสี่ยงก่อนผ่าตัดและการจัดการยาต้านการแข็งตัวของเลือด\n"
     "\n"
     "ตอบปรึกษา (พญ.ณัฐธิดา ปัญญาวงศ์ อายุรแพทย์ ว.48173) 14/11/2568 เวลา 14.10 น.\n"
     "ประวัติ: AF ตั้งแต่ปี 2559, ความดันโลหิตสูง, ไตเสื่อมเรื้อรัง ไม่เคยเป็น stroke เดิมเคยทำสวนงาที่บ้านห้วยผึ้ง "
     "บุตรสาวเป็นผู้ดูแลหลัก\n"
     "ตรวจร่างกาย: BP 138/70 mmHg, HR 96 ไม่สม่ำเสมอ, ปอดมี fine crepitation ที่ฐานปอดขวา\n"
     "Echo (15 ส.ค. 2567 ที่ รพ.นครพิงค์ เชียงใหม่): LVEF 55%, mild aortic stenosis\n"
     "ประเมิน: CHA2DS2-VASc score 4, RCRI 2 คะแนน, ASA class III, เสี่ยงต่อภาวะสับสนเฉียบพลันหลังผ่าตัด\n"
     "คำแนะนำ:\n"
     "1. หยุด warfarin ให้ vitamin K1 2 mg IV เจาะ INR ซ้ำพรุ่งนี้เช้า เป้าหมาย INR < 1.5 ก่อนผ่าตัด ไม่ต้อง bridging\n"
     "2. หลังผ่าตัด 24 ชม. เริ่ม enoxaparin 30 mg SC วันละครั้ง (ปรับตามไต) แล้วนัดคุยเรื่องกลับไปกิน warfarin\n"
     "3. จำกัดน้ำ 1 ลิตร/วัน ติดตาม Na ทุกวัน\n"
     "4. ระงับปวดด้วย fascia iliaca block หลีกเลี่ยง benzodiazepine\n"
     "5. นักกายภาพบำบัด (นายจักรพันธ์ ลุงต๊ะ) ฝึกลุกนั่งหลังผ่าตัด\n"
     "ได้แจ้งบุตรสาว นางสาวบัวตอง ใจมูล (โทร 08-1024-5567, LINE: buatong.jm) รับทราบแล้ว "
     "ผู้ป่วยบอกว่าจะครบ 93 ปีในเดือนมกราคม (เกิด 21 ม.ค. 2476)",
     [("HOSPITAL", ["โรงพยาบาลศรีสังวาลย์"]), ("NAME", ["เกี๋ยงคำ", "ใจมูล"]), ("AGE", ["92 ปี"]),
      ("MRN", ["48-003517"]), ("MRN", ["68-011842"]), ("ID", ["3-5801-00127-45-2"]), ("ADDRESS", ["88 หมู่ 4"]),
      ("LOCATION", ["ปางหมู"]), ("LOCATION", ["เมืองแม่ฮ่องสอน"]), ("POSTCODE", ["58000"]), ("PHONE", ["2218"]),
      ("NAME", ["ภาณุวัฒน์", "แสนคำ"]), ("DATE", ["14 พ.ย. 2568"]), ("DATE", ["ลอยกระทง"]), ("DATE", ["5 พ.ย. 2568"]),
      ("DATE", ["6 พ.ย. 2568"]), ("DATE", ["17 พ.ย. 2568"]), ("NAME", ["ณัฐธิดา", "ปัญญาวงศ์"]),
      ("LICENCE", ["48173"]), ("DATE", ["14/11/2568"]), ("DATE", ["2559"]), ("LOCATION", ["บ้านห้วยผึ้ง"]),
      ("DATE", ["15 ส.ค. 2567"]), ("HOSPITAL", ["นครพิงค์"]), ("LOCATION", ["เชียงใหม่"]),
      ("NAME", ["จักรพันธ์", "ลุงต๊ะ"]), ("NAME", ["บัวตอง"]), ("PHONE", ["08-1024-5567"]), ("HANDLE", ["buatong.jm"]),
      ("AGE", ["93 ปี"]), ("DATE", ["มกราคม"]), ("DATE", ["21 ม.ค. 2476"])],
     ["intertrochanteric fracture right femur", "AO/OTA 31A2", "PFNA", "warfarin 3 mg/วัน", "INR 2.8",
      "Na 127 mmol/L", "Cr 1.4 mg/dL", "eGFR 34", "fine crepitation", "LVEF 55%", "mild aortic stenosis",
      "CHA2DS2-VASc score 4", "RCRI 2 คะแนน", "ASA class III", "ภาวะสับสนเฉียบพลัน", "vitamin K1 2 mg IV",
      "enoxaparin 30 mg SC", "fascia iliaca block", "benzodiazepine"]),
] + MORE_NOTES
