"""Forty-eighth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation
(only the ``Note`` type, the eighteenth set for the format and the first docstrings of sets 19 to 47, to choose settings
not used before), and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule
because of what it shows.

24 notes (802 planted identifier parts in 673 (kind, parts) entries; 338 clinical strings, all distinct), each a
different kind of clinical document, from countries, regions and towns that sets 19 to 47 did not use or used least. The
even-numbered notes (0, 2, ..., 22) are in English, in US (Nevada, Wisconsin, South Carolina), Fijian, Canadian
(Nunavut), Australian (Northern Territory), British Virgin Islands, Micronesian (Pohnpei), Alderney, Saint Lucian,
Northern Mariana Islands and Indian (Nagaland) usage; each odd-numbered note is in another language and script: Japanese
(1), Korean (3), traditional Chinese (5, Taiwan, Republic of China dates), Arabic (7, Iraqi month names, a Hijri date
beside the Gregorian one, Eastern Arabic digits), Hebrew (9, with a Hebrew calendar date), Thai (11, Buddhist Era dates
in Thai digits), Hindi in Devanagari (13, Devanagari digits in dates, Aadhaar, phone and PIN code), and five in which
the docstrings of sets 19 to 47 show no note written: Marathi (15, Devanagari digits in the date and PIN code), Nepali
(17, Bikram Sambat dates in Devanagari digits), Pashto (19, Arabic script, a Solar Hijri date with a Pashto month name
and Eastern Arabic-Indic digits beside the Gregorian date), Uzbek (21, Latin script with its modifier-letter
apostrophes) and Tigrinya (23, Ge'ez script, Tigrinya month names).

This file holds notes 0-11 (408 identifier parts in 343 entries, 160 clinical strings):
0, USA, Nevada, Elko County (Elko, Carlin, Spring Creek, Wells, Jackpot; Reno): a medical review officer's verification
report on a DOT drug test, with a CDL number, an employee ID, a custody and control form number, a laboratory accession,
the last four digits of an SSN, a pharmacy Rx number, a haulage company as workplace, places that are everyday words, a
compliance portal URL, an MRO certificate, a state licence and an NPI;
1, Japan, Gifu, Hida (Takayama; Shirakawa-go, Ogimachi): an occupational physician's opinion on return to work after
sick leave for depression (Japanese), with Reiwa and Showa era dates, a kana reading beside the name, an employee
number, health insurance symbol and number, a 番地 address, a car plate, a library and a vocational centre, a given name
that is an everyday word, Sports Day and a certified occupational physician number;
2, Fiji, Taveuni (Waiyevo, Somosomo, Lavena, Naqara): a veterinary officer's zoonosis referral to the hospital for
suspected brucellosis in a stockman, with herd and laboratory references, an estate as workplace, relatives and a herd
boy, a vehicle registration and a veterinary council number;
3, South Korea, North Chungcheong (Danyang, Jecheon): a psychiatric appraisal for a family court's adult guardianship
case of a woman aged 93 (Korean), with a court case number, a resident registration number, a 리 address with its lot
number, a care home, a bank account, Chuseok, Korean dotted dates and a medical licence number;
4, Canada, Nunavut, Kivalliq (Arviat; Churchill, Manitoba): a referral for a child's dental treatment under general
anaesthesia, with a Nunavut health card, an NTI beneficiary number, a house number and postal code, a mine site as
workplace, an escort and a dental licence;
5, Taiwan, Lienchiang County (Matsu: Nangan; Taipei, Keelung): an emergency air ambulance transfer request and review
record for a type A aortic dissection (traditional Chinese), with Republic of China dates, a Taiwan ID, a village house
number, a fishing boat and its harbour, a review number, a helicopter registration, two airports and a doctor's
certificate number;
6, Australia, Northern Territory, Katherine region (Barunga, Wugularr): an Aboriginal and Torres Strait Islander health
assessment (MBS item 715) by an Aboriginal Health Practitioner and a GP, with Medicare, IHI and Centrelink numbers, a
nickname, a school and an art centre as workplaces, NAIDOC Week, AHPRA numbers and a provider number;
7, Iraq, Basra (Az Zubayr, the North Rumaila field): an occupational injury medical committee report on a hydrogen
sulphide exposure (Arabic), with a committee report number, a unified national card number, employee and social security
numbers, a محلة / زقاق / دار address, a company ambulance plate, Iraqi month names, a Hijri date, a committee member's
name that is an everyday word and a syndicate number;
8, British Virgin Islands (Tortola: Road Town, East End, Long Look; Virgin Gorda: The Valley): a cervical cytology and
HPV co-test report, with a hospital named after a person, postcodes, NHI and social security numbers, a
cytotechnologist's dotted initials, a medical council number and a results portal URL;
9, Israel, Golan Heights (Katzrin, Mas'ade, Berekhat Ram): a treating physician's report to the road safety medical
institute on fitness to drive after a first seizure (Hebrew), with a Teudat Zehut number, a Hebrew calendar date, Erev
Rosh Hashanah, an institute file number, an HMO member number, a driving licence, a vehicle plate, an e-mail address and
a מ.ר. licence;
10, Federated States of Micronesia, Pohnpei (Kolonia, Kitti, Pehleng, Madolenihmw): a certificate of live birth
worksheet for the vital statistics office, with a register number, an FSM social security number, Liberation Day as the
date of birth, a school and a tuna packer as workplaces, and a medical licence;
11, Thailand, Kanchanaburi (Sangkhla Buri, Nong Lu, Ban Wang Ka): a medical certificate for a Myanmar migrant worker's
work permit (Thai), with Buddhist Era dates in Thai digits, a certificate book and number, a passport, a 13-digit
non-Thai ID and a work permit number, a หมู่ address, an employer whose surname is an everyday phrase, a Mon
interpreter, a temple and the end of Buddhist Lent.

Notes 12-23 are in :mod:`deid_notes_heldout48_more`, only to keep each file a readable length (see its docstring). Where
a real identifier has a check digit (US NPI, Korean resident registration number, Taiwan ID, Australian Medicare and
IHI, Israeli ID, Thai ID, Aadhaar) the planted one passes it; the others keep a plausible format. Three patients are
aged 90 or over (notes 3, 14 and 23), and for them the age, the birth date or birth year (DOB90) and every other date
element, bare years, months and holidays included, are planted; where a younger patient's note has a bare year (notes 8
and 16), it is left in the text and not planted. No identifier part is planted in more than one note. Entries per kind
in the whole set: NAME 133, LOCATION 126, DATE 114, ID 75, HOSPITAL 62, PHONE 45, LICENCE 26, ADDRESS 24, POSTCODE 19,
MRN 16, EMAIL 11, PLATE 9, URL 4, AGE 3, DOB90 3, CODE 1, HANDLE 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout48.deid_notes_heldout48_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Nevada (Elko County: Elko, Carlin, Wells, Jackpot): medical review officer's verification report on a
    # DOT drug test
    ("Great Basin Occupational Medicine - Medical Review Officer Services\n"
     "1470 Idaho Street, Suite 210, Elko, NV 89801 | Tel (775) 555-0143 | Confidential fax (775) 555-0187\n"
     "MEDICAL REVIEW OFFICER VERIFICATION REPORT - DOT drug test, 49 CFR Part 40\n"
     "Donor: ARBUCKLE-VASQUEZ, Travis Dean | DOB 03/14/1988 | NV CDL 1402875316 | Employee ID HRT-20417\n"
     "Employer / DER: Humboldt River Transport LLC, 600 Sewell Drive, Carlin NV 89822 - DER Cheyenne Lusk, "
     "775-555-0119, safety@humboldtrivertransport.com\n"
     "Regulated by: FMCSA | Reason for test: random | Collection site: Ruby Mountain Urgent Care, Spring Creek | "
     "Collected 09/29/2025 06:40 by Rhonda Tibbetts, collector\n"
     "Federal CCF / Specimen ID: 8102447735 | Laboratory: Sagebrush Toxicology Laboratories, Reno (HHS-certified) | "
     "Accession SBT-25-0931187\n"
     "\n"
     "LABORATORY RESULT (reported 10/01/2025): AMPHETAMINES POSITIVE - amphetamine 1,240 ng/mL (confirmation cutoff "
     "250 ng/mL); methamphetamine not detected. Creatinine 68 mg/dL, specific gravity 1.018, pH 6.2 - valid specimen, "
     "no adulterant found.\n"
     "MRO INTERVIEW by telephone 10/02/2025 14:15 - donor called back from 775-555-0172; identity confirmed with his DOB "
     "and the last four of his SSN (6619). Told of his right to a split-specimen test.\n"
     "Donor states he has taken Adderall XR 20 mg every morning for ADHD since the spring, prescribed by Dr. Marguerite "
     "Oyelowo-Brandt at High Desert Family Health in Wells; last dose the morning of the collection. Denies any other "
     "stimulant, diet pill or borrowed medication. Lives out at Jackpot and drives the ore-concentrate run to the "
     "railhead at Carlin, four days on, three off.\n"
     "VERIFICATION: prescription confirmed by phone with the prescriber's nurse, Dolores Ibarguen, and with Ruby Valley "
     "Pharmacy - Rx #4418207, dextroamphetamine-amphetamine ER 20 mg #30, last filled 09/12/2025.\n"
     "MRO DECISION: VERIFIED NEGATIVE - legitimate medical explanation.\n"
     "Safety concern (49 CFR 40.327): none identified at this dose, no sedating co-medication. Donor told to declare the "
     "medication at his next DOT physical (his medical examiner's certificate runs out 04/2026).\n"
     "Result faxed to the DER 10/02/2025 15:02; copy to the C/TPA, Silver State Compliance - "
     "https://portal.silverstatecompliance.com/mro/cases/SSC-7741902\n"
     "\n"
     "Harlan J. Whitcombe, DO, Medical Review Officer | AAMRO cert. 18-22475 | NV license DO1873 | NPI 1538274691",
     [("HOSPITAL", ["Great Basin Occupational Medicine"]), ("ADDRESS", ["1470 Idaho Street", "Suite 210"]),
      ("LOCATION", ["Elko"]), ("POSTCODE", ["89801"]), ("PHONE", ["(775) 555-0143"]), ("PHONE", ["(775) 555-0187"]),
      ("NAME", ["ARBUCKLE-VASQUEZ", "Travis", "Dean"]), ("DATE", ["03/14/1988"]), ("ID", ["1402875316"]),
      ("ID", ["HRT-20417"]), ("LOCATION", ["Humboldt River Transport LLC"]), ("ADDRESS", ["600 Sewell Drive"]),
      ("LOCATION", ["Carlin"]), ("POSTCODE", ["89822"]), ("NAME", ["Cheyenne", "Lusk"]), ("PHONE", ["775-555-0119"]),
      ("EMAIL", ["safety@humboldtrivertransport.com"]), ("HOSPITAL", ["Ruby Mountain Urgent Care"]),
      ("LOCATION", ["Spring Creek"]), ("DATE", ["09/29/2025"]), ("NAME", ["Rhonda", "Tibbetts"]),
      ("ID", ["8102447735"]), ("HOSPITAL", ["Sagebrush Toxicology Laboratories"]), ("LOCATION", ["Reno"]),
      ("ID", ["SBT-25-0931187"]), ("DATE", ["10/01/2025"]), ("DATE", ["10/02/2025"]), ("PHONE", ["775-555-0172"]),
      ("ID", ["6619"]), ("NAME", ["Marguerite", "Oyelowo-Brandt"]), ("HOSPITAL", ["High Desert Family Health"]),
      ("LOCATION", ["Wells"]), ("LOCATION", ["Jackpot"]), ("NAME", ["Dolores", "Ibarguen"]),
      ("HOSPITAL", ["Ruby Valley Pharmacy"]), ("ID", ["4418207"]), ("DATE", ["09/12/2025"]), ("DATE", ["04/2026"]),
      ("LOCATION", ["Silver State Compliance"]),
      ("URL", ["https://portal.silverstatecompliance.com/mro/cases/SSC-7741902"]), ("NAME", ["Harlan", "Whitcombe"]),
      ("LICENCE", ["18-22475"]), ("LICENCE", ["DO1873"]), ("ID", ["1538274691"])],
     ["49 CFR Part 40", "AMPHETAMINES POSITIVE", "amphetamine 1,240 ng/mL", "confirmation cutoff 250 ng/mL",
      "methamphetamine not detected", "Creatinine 68 mg/dL", "specific gravity 1.018", "pH 6.2", "split-specimen test",
      "Adderall XR 20 mg", "ADHD", "dextroamphetamine-amphetamine ER 20 mg", "VERIFIED NEGATIVE"]),

    # 1 - Japan, Gifu (Hida: Takayama, Shirakawa-go): occupational physician's opinion on return to work after sick
    # leave for depression (Japanese)
    ("株式会社 匠の森家具製作所　安全衛生委員会 御中\n"
     "復職可否に関する産業医意見書\n"
     "作成日：令和7年10月8日\n"
     "対象者：社員番号 TM-04127　中洞 美咲（ナカボラ ミサキ）　女性　昭和63年2月19日生（37歳）\n"
     "所属：高山工場 塗装課（岐阜県高山市松之木町）　自宅：岐阜県大野郡白川村荻町 218番地\n"
     "健康保険被保険者証：記号 5103　番号 886\n"
     "休業期間：令和7年6月2日〜令和7年10月5日（うつ病エピソードによる療養）\n"
     "主治医：久々野メンタルクリニック（高山市昭和町2丁目4-11、電話 0577-34-6182）上嶋 恒一郎 医師。"
     "令和7年9月26日付の診断書にて「就労可能」。\n"
     "面談：令和7年10月3日 14時、本社健康管理室にて。本人のほか、直属上司の垣内 誠司 課長、人事担当の早瀬 ひかり さんが同席。\n"
     "所見：PHQ-9 6点（休業開始時 21点）。生活記録表で2週間、7時起床・23時就寝を維持。午前中の図書館通い（高山市図書館「煥章館」）を"
     "3週間継続。リワークプログラム（飛騨地域障害者職業センター）を修了。希死念慮なし。表情は穏やかで、業務への不安を具体的に語れる。\n"
     "服薬：エスシタロプラム 10 mg 1日1回夕食後、ゾルピデム 5 mg 不眠時頓用（最近2週間は使用なし）。\n"
     "通勤：自家用車（飛騨 500 あ 41-27）で片道約40分。ゾルピデムを服用した翌朝は運転しないよう指導した。\n"
     "意見：復職可。ただし以下の就業上の配慮を要する。\n"
     "① 時間外労働禁止（3か月間）　② 有機溶剤を取り扱う塗装ブースの業務は当面避け、検品課へ配置転換　"
     "③ 復職後1か月は9時〜16時の短時間勤務　④ 有機溶剤の特殊健康診断は次回（令和8年1月）に実施。\n"
     "復職日：令和7年10月14日（スポーツの日の翌日）。1か月後に再面談を行う。\n"
     "連絡先：sangyoui.higashino@takumi-mori.co.jp\n"
     "産業医　東野 亮太（日本医師会認定産業医 第20418号）",
     [("LOCATION", ["匠の森家具製作所"]), ("DATE", ["令和7年10月8日"]), ("ID", ["TM-04127"]), ("NAME", ["中洞", "美咲"]),
      ("NAME", ["ナカボラ", "ミサキ"]), ("DATE", ["昭和63年2月19日"]), ("LOCATION", ["高山工場"]), ("LOCATION", ["高山市"]),
      ("LOCATION", ["松之木町"]), ("LOCATION", ["大野郡"]), ("LOCATION", ["白川村"]), ("ADDRESS", ["荻町 218番地"]),
      ("ID", ["5103", "886"]), ("DATE", ["令和7年6月2日"]), ("DATE", ["令和7年10月5日"]),
      ("HOSPITAL", ["久々野メンタルクリニック"]), ("ADDRESS", ["昭和町2丁目4-11"]), ("PHONE", ["0577-34-6182"]),
      ("NAME", ["上嶋", "恒一郎"]), ("DATE", ["令和7年9月26日"]), ("DATE", ["令和7年10月3日"]), ("NAME", ["垣内", "誠司"]),
      ("NAME", ["早瀬", "ひかり"]), ("LOCATION", ["煥章館"]), ("LOCATION", ["飛騨地域障害者職業センター"]),
      ("PLATE", ["飛騨 500 あ 41-27"]), ("DATE", ["令和8年1月"]), ("DATE", ["令和7年10月14日"]), ("DATE", ["スポーツの日"]),
      ("EMAIL", ["sangyoui.higashino@takumi-mori.co.jp"]), ("NAME", ["東野", "亮太"]), ("LICENCE", ["第20418号"])],
     ["37歳", "うつ病エピソード", "PHQ-9 6点", "生活記録表", "リワークプログラム", "希死念慮なし", "エスシタロプラム 10 mg",
      "ゾルピデム 5 mg", "時間外労働禁止", "有機溶剤", "特殊健康診断", "短時間勤務"]),

    # 2 - Fiji, Taveuni (Waiyevo, Somosomo, Lavena, Naqara): veterinary officer's zoonosis referral to the hospital,
    # bovine brucellosis in a herd and a stockman with fever
    ("MINISTRY OF AGRICULTURE AND WATERWAYS - Animal Health and Production Division\n"
     "Veterinary Office, Waiyevo, Taveuni | Ph 888 0417 | vo.taveuni@agriculture.gov.fj\n"
     "ZOONOSIS REFERRAL TO HEALTH (One Health notification) | Ref. AHP/TVN/25/031\n"
     "Date: 19th August 2025\n"
     "To: The Medical Officer in Charge, Waiyevo Hospital, Taveuni\n"
     "cc: Sub-divisional Health Sister, Somosomo Health Centre\n"
     "\n"
     "Dear Doctor,\n"
     "Re: Mr. Josaia Vuniwaqa Tuimaba, 41 yrs, DOB 07/03/1984, stockman, of Lavena village (mobile 927 4183)\n"
     "Our brucellosis surveillance of the herd at Matagi Bay Coconut Estate (herd reg. TV-HRD-0317; estate manager Mr. "
     "Pradeep Kumar Chandra) found 9 reactors out of 64 cattle on the Rose Bengal test, all confirmed by complement "
     "fixation test at the Koronivia Veterinary Laboratory (lab ref. KVL-B-25-1186). Two cows aborted in late June and "
     "one had a retained placenta. The isolate from one aborted foetus is Brucella abortus.\n"
     "Mr. Tuimaba helped at both abortions and removed the retained placenta by hand, without gloves, on 28/06/2025. He "
     "also drinks raw milk from the estate house cow. He tells me he has had an undulant fever with drenching night "
     "sweats for about three weeks, pain in the lower back and right buttock (?sacroiliitis) and a painful swollen left "
     "testicle (?epididymo-orchitis). He was given amoxicillin at the nursing station in Naqara last week without "
     "improvement.\n"
     "I request that he be examined and tested for human brucellosis (Rose Bengal and SAT on serum, blood cultures held "
     "for 21 days - please warn the laboratory, Brucella is a Risk Group 3 organism). If confirmed, the usual treatment "
     "is doxycycline 100 mg BD for 6 weeks with gentamicin 5 mg/kg daily for the first 7 days.\n"
     "Others exposed: his wife Mereoni and their son Sakiusa (raw milk), and the herd boy Ilaitia Ravono (calving). The "
     "reactors were slaughtered and buried on 14/08/2025 and cattle movements off the estate are stopped. The estate "
     "carrier (reg. HU 418) will bring the family to Waiyevo on Thursday.\n"
     "Please reply on 888 0417 or my mobile 999 2718.\n"
     "Vinaka vakalevu,\n"
     "Dr. Ana Kalounisiga-Mataitoga, BVSc, Veterinary Officer | Fiji Veterinary Council Reg. FVC-0213",
     [("LOCATION", ["Waiyevo"]), ("LOCATION", ["Taveuni"]), ("PHONE", ["888 0417"]),
      ("EMAIL", ["vo.taveuni@agriculture.gov.fj"]), ("ID", ["AHP/TVN/25/031"]), ("DATE", ["19th August 2025"]),
      ("HOSPITAL", ["Waiyevo Hospital"]), ("HOSPITAL", ["Somosomo Health Centre"]),
      ("NAME", ["Josaia", "Vuniwaqa", "Tuimaba"]), ("DATE", ["07/03/1984"]), ("LOCATION", ["Lavena"]),
      ("PHONE", ["927 4183"]), ("LOCATION", ["Matagi Bay Coconut Estate"]), ("ID", ["TV-HRD-0317"]),
      ("NAME", ["Pradeep Kumar", "Chandra"]), ("HOSPITAL", ["Koronivia Veterinary Laboratory"]),
      ("ID", ["KVL-B-25-1186"]), ("DATE", ["28/06/2025"]), ("LOCATION", ["Naqara"]), ("NAME", ["Mereoni"]),
      ("NAME", ["Sakiusa"]), ("NAME", ["Ilaitia", "Ravono"]), ("DATE", ["14/08/2025"]), ("PLATE", ["HU 418"]),
      ("PHONE", ["999 2718"]), ("NAME", ["Ana", "Kalounisiga-Mataitoga"]), ("LICENCE", ["FVC-0213"])],
     ["brucellosis surveillance", "9 reactors out of 64 cattle", "Rose Bengal test", "complement fixation test",
      "retained placenta", "Brucella abortus", "undulant fever", "sacroiliitis", "epididymo-orchitis",
      "blood cultures held for 21 days", "Risk Group 3 organism", "doxycycline 100 mg BD for 6 weeks",
      "gentamicin 5 mg/kg daily"]),

    # 3 - South Korea, North Chungcheong (Danyang, Jecheon): psychiatric appraisal for a family court's adult
    # guardianship case, woman aged 93 (Korean)
    ("정 신 감 정 서\n"
     "(성년후견 개시 심판 청구 사건 감정 촉탁에 대한 회신)\n"
     "사건: 청주지방법원 제천지원 2025느단1047 성년후견개시\n"
     "청구인: 오병철 (사건본인의 장남, 단양읍 거주)\n"
     "사건본인: 민순례(閔順禮), 여, 1932년 3월 8일생 (만 93세)\n"
     "주민등록번호: 320308-2417514\n"
     "주소: 충청북도 단양군 가곡면 향산리 47-2 / 현재 거소: 소백산요양원 (단양군 대강면, 2023년 11월 입소)\n"
     "감정의: 청풍호병원 정신건강의학과 전문의 탁세윤 (의사면허 제61822호)\n"
     "감정 기간: 2025. 9. 4. ~ 2025. 9. 11. (요양원 방문 면담 2회, 장남 및 차녀 오미숙 면담, 요양보호사 황보은비 면담)\n"
     "\n"
     "1. 병력\n"
     "2019년 봄부터 기억력 저하가 있었고, 같은 해 10월 제천의 명지신경과의원에서 알츠하이머형 치매로 진단받아 도네페질 5 mg을 시작함. "
     "2021년 추석에 성묘를 다녀오다 길을 잃어 경찰이 찾아 귀가시킨 일이 있음. 2023년 남편 사망 후 악화되어 야간 배회와 환시로 요양원에 입소함. "
     "현재 도네페질 10 mg, 쿠에티아핀 12.5 mg 취침 전 복용 중.\n"
     "2. 정신상태 및 검사 소견\n"
     "자신의 나이를 '일흔 살쯤'이라고 답함. 시간·장소 지남력 상실. 장남은 알아보나 차녀를 언니라고 부름. K-MMSE-2 9점, CDR 3, GDS 6단계, "
     "바텔 일상생활 지수 35점. 뇌 MRI(2025. 8. 28., 단양군보건의료원): 양측 내측 측두엽 위축(MTA 3등급), 백질 변성 Fazekas 2.\n"
     "3. 재산 관련 판단 능력\n"
     "농협 예금(계좌 302-1184-5527-81)과 향산리 밭 약 1,200평이 있다는 사실을 기억하지 못하며, 통장과 도장이 무엇인지 설명하지 못함.\n"
     "4. 감정 결과\n"
     "사건본인은 중증 알츠하이머형 치매로 인하여 사무를 처리할 능력이 지속적으로 결여된 상태로 판단됨(민법 제9조). 회복 가능성은 없으며, "
     "법정 출석 및 심문은 건강상 곤란함.\n"
     "\n"
     "2025. 9. 15.\n"
     "감정의 탁세윤 (인) | 청풍호병원, 충북 제천시 청풍면 청풍호로 1842 | 전화 043-648-2270",
     [("LOCATION", ["청주지방법원 제천지원"]), ("ID", ["2025느단1047"]), ("NAME", ["오병철"]), ("LOCATION", ["단양읍"]),
      ("NAME", ["민순례", "閔順禮"]), ("DOB90", ["1932년 3월 8일"]), ("AGE", ["93세"]), ("ID", ["320308-2417514"]),
      ("LOCATION", ["단양군"]), ("LOCATION", ["가곡면"]), ("ADDRESS", ["향산리 47-2"]), ("LOCATION", ["향산리"]),
      ("HOSPITAL", ["소백산요양원"]), ("LOCATION", ["대강면"]), ("DATE", ["2023년 11월", "2023년"]),
      ("HOSPITAL", ["청풍호병원"]), ("NAME", ["탁세윤"]), ("LICENCE", ["제61822호"]), ("DATE", ["2025. 9. 4."]),
      ("DATE", ["2025. 9. 11."]), ("NAME", ["오미숙"]), ("NAME", ["황보은비"]), ("DATE", ["2019년 봄"]),
      ("DATE", ["10월"]), ("LOCATION", ["제천"]), ("HOSPITAL", ["명지신경과의원"]), ("DATE", ["2021년"]),
      ("DATE", ["추석"]), ("DATE", ["2025. 8. 28."]), ("HOSPITAL", ["단양군보건의료원"]), ("ID", ["302-1184-5527-81"]),
      ("DATE", ["2025. 9. 15."]), ("LOCATION", ["청풍면"]), ("ADDRESS", ["청풍호로 1842"]), ("PHONE", ["043-648-2270"])],
     ["성년후견", "알츠하이머형 치매", "도네페질 5 mg", "야간 배회와 환시", "도네페질 10 mg", "쿠에티아핀 12.5 mg",
      "지남력 상실", "K-MMSE-2 9점", "CDR 3", "GDS 6단계", "바텔 일상생활 지수 35점", "MTA 3등급", "Fazekas 2",
      "민법 제9조"]),

    # 4 - Canada, Nunavut (Kivalliq: Arviat; Churchill, Manitoba): referral for a child's dental treatment under
    # general anaesthesia
    ("Government of Nunavut - Department of Health | Kivalliq Region Dental Program\n"
     "Arviat Health Centre - Dental Clinic | Tel 867-555-0148 | Fax 867-555-0174\n"
     "REFERRAL FOR DENTAL TREATMENT UNDER GENERAL ANAESTHESIA (paediatric)\n"
     "Date of referral: 2025-11-18 | Priority: urgent (recent infection)\n"
     "Child: Siqiniq OKATSIAK-KALUDJAK | F | DOB 2021-06-02 (4 y) | NU health card 112558306 | NTI beneficiary no. "
     "7730418\n"
     "Address: House 412, Arviat NU X0C 0E0\n"
     "Parents: Leah Okatsiak (mother, cell 867-555-0131); Jimmy Kaludjak (father, works at the Meliadine mine site, two "
     "weeks in, two weeks out)\n"
     "Reason: severe early childhood caries with a dental abscess. Seen by the dental therapist, Meeka Aliyak, on "
     "2025-11-12 with facial swelling over the lower right; started on amoxicillin 50 mg/kg/day in three doses, "
     "swelling now settling.\n"
     "Findings: dmft 14 (decayed 51, 52, 53, 61, 62, 63, 64, 74, 75, 84, 85, 54 and 55; 81 missing after a fall); 84 "
     "abscessed with a buccal sinus. Heavy plaque; bottle to bed with juice until age 3. Behaviour: Frankl 1 - "
     "definitely negative, could not be examined without being held. Weight 17.2 kg. Otherwise healthy, ASA I, no "
     "allergies, immunisations up to date. Fluoride varnish 5% and silver diamine fluoride 38% applied to the "
     "anterior lesions on 2025-09-03.\n"
     "Proposed treatment: full dental rehabilitation under GA - extraction of 84 and 85, pulpotomy and stainless steel "
     "crowns on the restorable primary molars, strip crowns on the upper incisors where possible.\n"
     "Where: Churchill Health Centre, Manitoba - GA list of Dr. Oluwatobi Fairweather-Kaye, paediatric dentist; next "
     "available list 2026-01-21.\n"
     "Travel: Kivalliq Medical Travel to book the flights from Arviat; escort: grandmother Annie Ulayok (non-medical "
     "escort, Inuktitut only - interpreter needed at the Churchill end).\n"
     "Referring dentist: Dr. Fiona Brazeau-Nakashuk, DMD | Nunavut dental licence D-0347 | fbrazeau@gov.nu.ca",
     [("LOCATION", ["Kivalliq"]), ("HOSPITAL", ["Arviat Health Centre"]), ("PHONE", ["867-555-0148"]),
      ("PHONE", ["867-555-0174"]), ("DATE", ["2025-11-18"]), ("NAME", ["Siqiniq", "OKATSIAK-KALUDJAK"]),
      ("DATE", ["2021-06-02"]), ("ID", ["112558306"]), ("ID", ["7730418"]), ("ADDRESS", ["House 412"]),
      ("LOCATION", ["Arviat"]), ("POSTCODE", ["X0C 0E0"]), ("NAME", ["Leah", "Okatsiak"]), ("PHONE", ["867-555-0131"]),
      ("NAME", ["Jimmy", "Kaludjak"]), ("LOCATION", ["Meliadine"]), ("NAME", ["Meeka", "Aliyak"]),
      ("DATE", ["2025-11-12"]), ("DATE", ["2025-09-03"]), ("HOSPITAL", ["Churchill Health Centre"]),
      ("NAME", ["Oluwatobi", "Fairweather-Kaye"]), ("DATE", ["2026-01-21"]), ("NAME", ["Annie", "Ulayok"]),
      ("LOCATION", ["Churchill"]), ("NAME", ["Fiona", "Brazeau-Nakashuk"]), ("LICENCE", ["D-0347"]),
      ("EMAIL", ["fbrazeau@gov.nu.ca"])],
     ["severe early childhood caries", "dental abscess", "amoxicillin 50 mg/kg/day", "dmft 14", "buccal sinus",
      "Frankl 1", "Weight 17.2 kg", "ASA I", "Fluoride varnish 5%", "silver diamine fluoride 38%", "pulpotomy",
      "stainless steel crowns", "strip crowns"]),

    # 5 - Taiwan, Lienchiang County (Matsu: Nangan; Taipei): emergency air ambulance transfer request and review
    # record, type A aortic dissection (traditional Chinese)
    ("連江縣立醫院 急診室\n"
     "空中緊急救護轉診申請暨審核紀錄\n"
     "申請時間：民國114年11月2日 23:40　病歷號：LJ-0041827\n"
     "病患：林依航　性別：男　年齡：58歲　出生：民國56年4月19日　身分證字號：Z120418733\n"
     "住址：連江縣南竿鄉復興村73號\n"
     "職業：漁船船長（順益興168號，停泊福澳港）\n"
     "主訴：約2小時前搬運漁獲時突發撕裂性胸背痛，延伸至下背。\n"
     "檢查：血壓 右臂 188/104 mmHg、左臂 142/86 mmHg，心跳 104，SpO2 96%。胸部X光縱膈腔增寬；電腦斷層血管攝影："
     "Stanford A型主動脈剝離，由升主動脈延伸至腸骨動脈，少量心包膜積液。D-dimer 4.2 μg/mL，肌酸酐 1.1 mg/dL。\n"
     "處置：Labetalol 20 mg IV 後持續滴注，目標收縮壓 <120 mmHg；Morphine 3 mg IV；兩條大號靜脈留置；備血 O型 4 單位。\n"
     "審核：23:52 電話聯繫衛生福利部空中緊急救護諮詢中心，值班審核醫師 葛瑞安 同意後送，審核編號 AEMS-1141102-0418。\n"
     "後送：北辰航空 直升機 B-55217，預計 00:50 自南竿機場起飛，降落松山機場後由救護車送臺北榮民總醫院心臟血管外科"
     "（已聯繫 謝承祐 醫師）。隨機護理師：鄭筱嵐。\n"
     "適航評估：意識清楚、GCS 15，可承受飛航；已向家屬說明飛航風險並簽署同意書。\n"
     "家屬：妻 陳秀鑾　0936-555-214，明晨搭船經基隆前往。\n"
     "急診醫師：曹昱廷　醫師證書 醫字第052318號",
     [("HOSPITAL", ["連江縣立醫院"]), ("DATE", ["民國114年11月2日"]), ("MRN", ["LJ-0041827"]), ("NAME", ["林依航"]),
      ("DATE", ["民國56年4月19日"]), ("ID", ["Z120418733"]), ("LOCATION", ["連江縣"]), ("LOCATION", ["南竿鄉"]),
      ("ADDRESS", ["復興村73號"]), ("LOCATION", ["順益興168號"]), ("LOCATION", ["福澳港"]),
      ("ID", ["AEMS-1141102-0418"]), ("NAME", ["葛瑞安"]), ("LOCATION", ["北辰航空"]), ("PLATE", ["B-55217"]),
      ("LOCATION", ["南竿機場"]), ("LOCATION", ["松山機場"]), ("HOSPITAL", ["臺北榮民總醫院"]), ("NAME", ["謝承祐"]),
      ("NAME", ["鄭筱嵐"]), ("NAME", ["陳秀鑾"]), ("PHONE", ["0936-555-214"]), ("LOCATION", ["基隆"]),
      ("NAME", ["曹昱廷"]), ("LICENCE", ["醫字第052318號"])],
     ["58歲", "撕裂性胸背痛", "縱膈腔增寬", "Stanford A型主動脈剝離", "心包膜積液", "D-dimer 4.2 μg/mL", "肌酸酐 1.1 mg/dL",
      "Labetalol 20 mg IV", "目標收縮壓 <120 mmHg", "Morphine 3 mg IV", "GCS 15"]),

    # 6 - Australia, Northern Territory (Katherine region: Barunga, Wugularr): Aboriginal and Torres Strait Islander
    # health assessment (MBS item 715) by an Aboriginal Health Practitioner and a GP
    ("Werenbun Aboriginal Health Service - Barunga Clinic\n"
     "Lot 3 Bagala Street, Barunga NT 0852 | Ph (08) 5550 4173 | Fax (08) 5550 4190\n"
     "ABORIGINAL AND TORRES STRAIT ISLANDER PEOPLES HEALTH ASSESSMENT (MBS item 715) - adult\n"
     "Date: 12/08/2025 | Done by: Julene Wauchope, Aboriginal Health Practitioner, with Dr Ngaire Castellanos-Webb (GP)\n"
     "Client: Roslyn 'Rosie' BULUMBARA-HUDDLESTONE | F | DOB 23/01/1987 (38) | Medicare 4187 23052 1, IRN 3 | IHI 8003 "
     "6081 6417 3528 | Centrelink CRN 412 587 903K | Chart BAR-2081\n"
     "Lives at House 21, Barunga, with her mother, her two kids and her sister's boy. Teacher's assistant at Barunga "
     "School; paints for the Wugularr Women's Art Centre.\n"
     "Emergency contact: sister Coralie Bulumbara, 0491 570 128 (lives at Wugularr).\n"
     "Known: T2DM, hypertension, gestational diabetes in both pregnancies. Smokes 10 a day, wants to cut down.\n"
     "Medicines: metformin XR 2 g nocte, perindopril 5 mg mane, empagliflozin 10 mg.\n"
     "Measures: BP 142/90, weight 96 kg, waist 112 cm, BMI 36.4. Urine ACR 38 mg/mmol. HbA1c 7.9% (63 mmol/mol). "
     "Total cholesterol 5.6, HDL 0.9. Absolute CVD risk: high (diabetes with albuminuria).\n"
     "Ears: right TM perforation, dry; audiometry booked. Eyes: retinal photos - no diabetic retinopathy. Feet: "
     "monofilament normal, pulses present. Teeth: dental referral done. Skin: no scabies, no sores.\n"
     "Social and emotional wellbeing: K10 24 - sorry business after her uncle passed in June; yarned with the SEWB "
     "worker and she is happy to keep seeing her. AUDIT-C 5.\n"
     "Immunisations: influenza and Prevenar 20 given today; hepatitis B immune (anti-HBs 140).\n"
     "Screening: Strongyloides serology positive - ivermectin 200 micrograms/kg today, repeat in 2 weeks. Cervical "
     "screening due - self-collect offered, she will do it next visit.\n"
     "Plan: perindopril up to 10 mg; GP Management Plan and Team Care Arrangement; diabetes educator from Katherine "
     "Hospital at the next outreach; she wants to walk in the NAIDOC Week fun run. Review 09/09/2025.\n"
     "Julene Wauchope, AHP | AHPRA ATS0001874512\n"
     "Dr N. Castellanos-Webb | AHPRA MED0002418735 | Provider no. 4172836B",
     [("HOSPITAL", ["Werenbun Aboriginal Health Service"]), ("HOSPITAL", ["Barunga Clinic"]),
      ("ADDRESS", ["Lot 3 Bagala Street"]), ("LOCATION", ["Barunga"]), ("POSTCODE", ["0852"]),
      ("PHONE", ["(08) 5550 4173"]), ("PHONE", ["(08) 5550 4190"]), ("DATE", ["12/08/2025"]),
      ("NAME", ["Julene", "Wauchope"]), ("NAME", ["Ngaire", "Castellanos-Webb"]),
      ("NAME", ["Roslyn", "Rosie", "BULUMBARA-HUDDLESTONE"]), ("DATE", ["23/01/1987"]), ("ID", ["4187 23052 1"]),
      ("ID", ["8003 6081 6417 3528"]), ("ID", ["412 587 903K"]), ("MRN", ["BAR-2081"]), ("ADDRESS", ["House 21"]),
      ("LOCATION", ["Barunga School"]), ("LOCATION", ["Wugularr Women's Art Centre"]),
      ("NAME", ["Coralie", "Bulumbara"]), ("PHONE", ["0491 570 128"]), ("LOCATION", ["Wugularr"]),
      ("HOSPITAL", ["Katherine Hospital"]), ("DATE", ["NAIDOC Week"]), ("DATE", ["09/09/2025"]),
      ("LICENCE", ["ATS0001874512"]), ("LICENCE", ["MED0002418735"]), ("ID", ["4172836B"])],
     ["MBS item 715", "metformin XR 2 g nocte", "perindopril 5 mg mane", "empagliflozin 10 mg", "BMI 36.4",
      "Urine ACR 38 mg/mmol", "HbA1c 7.9% (63 mmol/mol)", "Absolute CVD risk", "TM perforation",
      "monofilament normal", "K10 24", "AUDIT-C 5", "Prevenar 20", "anti-HBs 140", "Strongyloides serology positive",
      "ivermectin 200 micrograms/kg"]),

    # 7 - Iraq, Basra (Az Zubayr, the North Rumaila field): occupational injury medical committee report on a
    # hydrogen sulphide exposure (Arabic, Iraqi month names and a Hijri date, Eastern Arabic digits)
    ("جمهورية العراق / وزارة الصحة / دائرة صحة البصرة\n"
     "مستشفى البصرة التعليمي - اللجنة الطبية للإصابات المهنية\n"
     "تقرير اللجنة الطبية رقم ٢٥/٤١٧\n"
     "التاريخ: ١٤ تشرين الأول ٢٠٢٥ م الموافق ٢٢ ربيع الآخر ١٤٤٧ هـ\n"
     "إلى / شركة الرافدين للخدمات النفطية - قسم الموارد البشرية والسلامة\n"
     "م/ تقدير نسبة العجز\n"
     "\n"
     "اسم المصاب: حيدر عبد الزهرة كاظم الساعدي\n"
     "العمر: ٣٤ سنة | رقم البطاقة الوطنية الموحدة: ١٩٩١٠٤٥٧٣٢١٨ | رقم المنتسب: RSO-58174 | رقم الضمان الاجتماعي: ٤١٠٢٢٧٨٥\n"
     "العنوان: قضاء الزبير - حي الشهداء - محلة ٢١٤ - زقاق ٣٢ - دار ١١ | هاتف: ٠٧٨٠ ٤١٢ ٧٣٥٩\n"
     "المهنة: مشغل في محطة عزل الغاز - حقل الرميلة الشمالي\n"
     "\n"
     "الحادث: بتاريخ ٢ آب ٢٠٢٥ وأثناء فتح صمام في محطة العزل حصل تسرب لغاز كبريتيد الهيدروجين (H2S)، ففقد المصاب وعيه مدة تقدر "
     "بخمس دقائق، ونُقل بسيارة إسعاف الشركة (رقم اللوحة بصرة ٤١٢٧٣ حكومي) إلى مستشفى الزبير العام ثم أُحيل إلى مستشفى البصرة "
     "التعليمي حيث رقد في وحدة العناية المركزة ستة أيام بتشخيص وذمة رئوية غير قلبية مع التهاب القرنية والملتحمة الكيمياوي.\n"
     "الفحص الحالي (بتاريخ ٧ تشرين الأول ٢٠٢٥): ضيق نفس عند صعود الدرج، سعال جاف، صفير. وظائف الرئة: FEV1 68% من المتوقع، "
     "FEV1/FVC 0.66، تحسن بعد موسع القصبات ٨٪، DLCO 61%. المفراس عالي الدقة للصدر: تثخن جدران القصيبات مع احتباس هواء. "
     "MoCA 24/30 مع شكوى من ضعف التركيز والذاكرة. فحص العين: ندبة قرنية سطحية في العين اليمنى، حدة البصر 6/12.\n"
     "التشخيص: متلازمة خلل وظيفة المجاري الهوائية التفاعلي (RADS) بعد التعرض لكبريتيد الهيدروجين، مع اعتلال دماغي خفيف بعد نقص "
     "الأكسجة.\n"
     "العلاج: بخاخ بوديسونايد/فورموتيرول 160/4.5 مكغ مرتين يومياً، وإعادة تأهيل تنفسي.\n"
     "القرار: قررت اللجنة أن نسبة العجز ٣٠٪ (ثلاثون بالمائة) لمدة سنة واحدة يعاد بعدها التقييم، ولا يعود إلى العمل في المواقع التي "
     "يحتمل فيها التعرض للغازات.\n"
     "رافقه إلى اللجنة أخوه السيد مرتضى عبد الزهرة الساعدي.\n"
     "\n"
     "رئيس اللجنة: د. سلوان مهدي الكعبي (نقابة الأطباء ١٨٤٧٢)\n"
     "عضو: د. نور الهدى جبار المالكي\n"
     "عضو: د. عقيل حسن الحلفي",
     [("LOCATION", ["البصرة"]), ("HOSPITAL", ["مستشفى البصرة التعليمي"]), ("ID", ["٢٥/٤١٧"]),
      ("DATE", ["١٤ تشرين الأول ٢٠٢٥"]), ("DATE", ["٢٢ ربيع الآخر ١٤٤٧"]), ("LOCATION", ["شركة الرافدين للخدمات النفطية"]),
      ("NAME", ["حيدر", "عبد الزهرة", "كاظم", "الساعدي"]), ("ID", ["١٩٩١٠٤٥٧٣٢١٨"]), ("ID", ["RSO-58174"]),
      ("ID", ["٤١٠٢٢٧٨٥"]), ("LOCATION", ["الزبير"]), ("ADDRESS", ["حي الشهداء", "محلة ٢١٤", "زقاق ٣٢", "دار ١١"]),
      ("PHONE", ["٠٧٨٠ ٤١٢ ٧٣٥٩"]), ("LOCATION", ["حقل الرميلة الشمالي"]), ("DATE", ["٢ آب ٢٠٢٥"]),
      ("PLATE", ["بصرة ٤١٢٧٣ حكومي"]), ("HOSPITAL", ["مستشفى الزبير العام"]), ("DATE", ["٧ تشرين الأول ٢٠٢٥"]),
      ("NAME", ["مرتضى"]), ("NAME", ["سلوان", "مهدي", "الكعبي"]), ("LICENCE", ["١٨٤٧٢"]),
      ("NAME", ["نور الهدى", "جبار", "المالكي"]), ("NAME", ["عقيل", "حسن", "الحلفي"])],
     ["٣٤ سنة", "كبريتيد الهيدروجين (H2S)", "وذمة رئوية غير قلبية", "التهاب القرنية والملتحمة الكيمياوي",
      "FEV1 68% من المتوقع", "FEV1/FVC 0.66", "DLCO 61%", "احتباس هواء", "MoCA 24/30", "حدة البصر 6/12",
      "متلازمة خلل وظيفة المجاري الهوائية التفاعلي (RADS)", "اعتلال دماغي خفيف بعد نقص الأكسجة",
      "بوديسونايد/فورموتيرول 160/4.5 مكغ", "نسبة العجز ٣٠٪"]),

    # 8 - British Virgin Islands (Tortola: Road Town, East End; Virgin Gorda): cervical cytology and HPV co-test report
    ("DR. D. ORLANDO SMITH HOSPITAL - Department of Pathology, Cytology Section\n"
     "Road Town, Tortola, British Virgin Islands VG1110 | Tel (284) 555-0166 | cytology@bvihsa-lab.vg\n"
     "CERVICAL CYTOLOGY AND HPV CO-TEST REPORT\n"
     "Accession: CY25-06391 | Received: 07 Oct 2025 | Reported: 16 Oct 2025\n"
     "Patient: GEORGES-FRETT, Shernell A. | DOB 22 May 1981 | Hosp. No. PHR-0388417 | NHI No. 100562391 | SS No. "
     "2291-7730\n"
     "Address: Long Look, East End, Tortola VG1120\n"
     "Requesting clinician: Dr Kimone Stoutt-Hodge, Iris O'Neal Medical Clinic, The Valley, Virgin Gorda (tel (284) "
     "555-0151)\n"
     "Clinical details: 44 y, G3P3, LMP 24/09/2025, IUD (copper) in situ, last smear 2019 normal; post-coital spotting "
     "for 2 months. Cervix: small ectropion.\n"
     "Specimen: ThinPrep liquid-based cytology, collected 03/10/2025.\n"
     "Specimen adequacy: Satisfactory for evaluation; transformation zone component present.\n"
     "Interpretation (The Bethesda System): LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL), koilocytes present. "
     "Trichomonas vaginalis not seen. Shift in flora suggestive of bacterial vaginosis.\n"
     "High-risk HPV (cobas HPV test): HPV 16 DETECTED; HPV 18 not detected; other high-risk HPV (12 types) not "
     "detected.\n"
     "Recommendation: colposcopy. Referred to the Colposcopy Clinic, Dr. D. Orlando Smith Hospital; provisional "
     "appointment 04 Nov 2025 with Mr Desmond Lettsome-Penn, Consultant Gynaecologist.\n"
     "Screened by: K.R.M., cytotechnologist | Reported by: Dr Anjanette Vanterpool, Consultant Pathologist (BVI Medical "
     "Council reg. MC-0273)\n"
     "Results also on the patient portal: https://results.bvihsa.vg/cyto/CY25-06391",
     [("HOSPITAL", ["DR. D. ORLANDO SMITH HOSPITAL", "Dr. D. Orlando Smith Hospital"]), ("LOCATION", ["Road Town"]),
      ("LOCATION", ["Tortola"]), ("POSTCODE", ["VG1110"]), ("PHONE", ["(284) 555-0166"]),
      ("EMAIL", ["cytology@bvihsa-lab.vg"]), ("ID", ["CY25-06391"]), ("DATE", ["07 Oct 2025"]),
      ("DATE", ["16 Oct 2025"]), ("NAME", ["GEORGES-FRETT", "Shernell"]), ("DATE", ["22 May 1981"]),
      ("MRN", ["PHR-0388417"]), ("ID", ["100562391"]), ("ID", ["2291-7730"]), ("LOCATION", ["Long Look"]),
      ("LOCATION", ["East End"]), ("POSTCODE", ["VG1120"]), ("NAME", ["Kimone", "Stoutt-Hodge"]),
      ("HOSPITAL", ["Iris O'Neal Medical Clinic"]), ("LOCATION", ["The Valley"]), ("LOCATION", ["Virgin Gorda"]),
      ("PHONE", ["(284) 555-0151"]), ("DATE", ["24/09/2025"]), ("DATE", ["03/10/2025"]), ("DATE", ["04 Nov 2025"]),
      ("NAME", ["Desmond", "Lettsome-Penn"]), ("NAME", ["K.R.M."]), ("NAME", ["Anjanette", "Vanterpool"]),
      ("LICENCE", ["MC-0273"]), ("URL", ["https://results.bvihsa.vg/cyto/CY25-06391"])],
     ["G3P3", "IUD (copper) in situ", "post-coital spotting", "small ectropion", "ThinPrep liquid-based cytology",
      "Satisfactory for evaluation", "transformation zone component present", "The Bethesda System",
      "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)", "koilocytes present", "Trichomonas vaginalis not seen",
      "bacterial vaginosis", "cobas HPV test", "HPV 16 DETECTED", "HPV 18 not detected", "colposcopy"]),

    # 9 - Israel, Golan Heights (Katzrin, Mas'ade; Nahariya): treating physician's report to the road safety medical
    # institute on fitness to drive after a first seizure (Hebrew, with a Hebrew calendar date)
    ("מכבי שירותי בריאות – מרפאת קצרין\n"
     "דו״ח רופא מטפל על מצב בריאותו של בעל רישיון נהיגה\n"
     "אל: המכון הרפואי לבטיחות בדרכים, משרד התחבורה | מס׳ תיק במכון: 2025-08841\n"
     "תאריך: 15.10.2025 (כ״ג בתשרי תשפ״ו)\n"
     "פרטי הנבדק: ווהיב נסר אל-דין | ת.ז. 054182738 | תאריך לידה 03.02.1954 | גיל 71\n"
     "כתובת: מסעדה, שכונה מזרחית, בית 218, מיקוד 1245100 | טלפון נייד: 052-4418270\n"
     "רישיון נהיגה מס׳ 5810472, דרגות B, C1 וטרקטור | מספר חבר במכבי: 633-10582\n"
     "עיסוק: חקלאי, מטע תפוחים ודובדבנים ליד בריכת רם. רכב: טנדר, מספר רישוי 72-915-63.\n"
     "רקע רפואי: יתר לחץ דם, סוכרת סוג 2 מאוזנת (HbA1c 6.8%).\n"
     "האירוע: ב-22.09.2025, ערב ראש השנה, פרכוס טוניק-קלוני כללי ראשון בזמן ארוחה משפחתית, עם נשיכת לשון ובלבול כ-20 דקות לאחר "
     "האירוע. פונה באמבולנס למרכז הרפואי לגליל.\n"
     "בירור: CT מוח – ללא ממצא חריף; MRI מוח – גליוזיס בקדמת האונה הרקתית הימנית; EEG – פריקות אפילפטיפורמיות ברקתית ימנית. "
     "סוכר 142, נתרן 136.\n"
     "אבחנה: אפילפסיה מוקדית עם התכללות משנית.\n"
     "טיפול: Keppra (לבטירצטם) 500 מ״ג פעמיים ביום, סבילות טובה, ללא אירועים נוספים.\n"
     "המלצה: אין לנהוג בכל סוגי הרכב, כולל טרקטור, עד להחלטת המכון ולפחות שישה חודשים מיום האירוע. ההמלצה הוסברה לנבדק ולבנו "
     "נביל (טל׳ 050-7318462), שיסיע אותו בינתיים.\n"
     "רופאה מטפלת: ד״ר אורנה בן-שושן, רופאת משפחה, מ.ר. 48217, orna_b@katzrin-clinic.org.il\n"
     "בהתייעצות עם ד״ר סאמר חלבי, נוירולוג, המרכז הרפואי לגליל",
     [("HOSPITAL", ["מרפאת קצרין"]), ("ID", ["2025-08841"]), ("DATE", ["15.10.2025"]), ("DATE", ["כ״ג בתשרי תשפ״ו"]),
      ("NAME", ["ווהיב", "נסר אל-דין"]), ("ID", ["054182738"]), ("DATE", ["03.02.1954"]), ("LOCATION", ["מסעדה"]),
      ("ADDRESS", ["שכונה מזרחית", "בית 218"]), ("POSTCODE", ["1245100"]), ("PHONE", ["052-4418270"]),
      ("LICENCE", ["5810472"]), ("ID", ["633-10582"]), ("LOCATION", ["בריכת רם"]), ("PLATE", ["72-915-63"]),
      ("DATE", ["22.09.2025"]), ("DATE", ["ערב ראש השנה"]), ("HOSPITAL", ["המרכז הרפואי לגליל"]), ("NAME", ["נביל"]),
      ("PHONE", ["050-7318462"]), ("NAME", ["אורנה", "בן-שושן"]), ("LICENCE", ["48217"]), ("EMAIL", ["orna_b@katzrin-clinic.org.il"]),
      ("NAME", ["סאמר", "חלבי"])],
     ["גיל 71", "יתר לחץ דם", "סוכרת סוג 2", "HbA1c 6.8%", "פרכוס טוניק-קלוני כללי ראשון", "נשיכת לשון",
      "CT מוח – ללא ממצא חריף", "גליוזיס", "פריקות אפילפטיפורמיות", "אפילפסיה מוקדית עם התכללות משנית",
      "Keppra (לבטירצטם) 500 מ״ג", "אין לנהוג"]),

    # 10 - Federated States of Micronesia, Pohnpei (Kolonia, Kitti, Madolenihmw): certificate of live birth worksheet
    # for the vital statistics office
    ("FEDERATED STATES OF MICRONESIA - POHNPEI STATE\n"
     "Department of Health Services - Pohnpei State Hospital, Labor and Delivery\n"
     "CERTIFICATE OF LIVE BIRTH - WORKSHEET (for the Office of Vital Statistics) | Register No. PNI-B-25-0847\n"
     "CHILD\n"
     "Name: Keanu Ioakim LIPAI | Sex: M | Date of birth: 11 September 2025 (Liberation Day) | Time: 04:17\n"
     "Place of birth: Pohnpei State Hospital, Kolonia | Single birth | Birth weight: 3,410 g | Length 51 cm | GA 39+2 "
     "weeks\n"
     "Apgar 8 and 9 at 1 and 5 minutes. Vitamin K 1 mg IM and hepatitis B vaccine birth dose given. Newborn hearing "
     "screen (OAE): pass, both ears.\n"
     "MOTHER\n"
     "Name: Marleen Sohnel IEHSI | DOB 30/04/1994 | FSM Social Security No. 04-178-3392 | Hospital No. PSH-201884\n"
     "Residence: Pehleng, Kitti Municipality | Phone +691 925 4182\n"
     "Occupation: teacher, Seinwar Elementary School\n"
     "Pregnancy: G4P3 before this birth, 6 antenatal visits at the Kitti Dispensary; gestational diabetes on metformin "
     "850 mg BD (stopped at delivery); HBsAg negative, RPR non-reactive, blood group O Rh positive, Hb 10.9 g/dL at 36 "
     "weeks.\n"
     "Labour: spontaneous onset, spontaneous vaginal delivery, second-degree tear repaired, EBL 350 mL. Oxytocin 10 IU "
     "IM after the birth of the baby.\n"
     "FATHER\n"
     "Name: Kasio Ernest LIPAI | DOB 17/12/1990 | Birthplace: Madolenihmw | Occupation: deckhand, Sokehs Tuna Packers\n"
     "INFORMANT: the father; signature taken 12/09/2025\n"
     "Attendant: Sr. Rosalinda Welle-Mikel, RN midwife | Certifier: Dr. Jesryl Ardos-Hadley, Medical Officer (FSM "
     "medical license PNI-ML-0192)\n"
     "Office of Vital Statistics: vitalstats.pni@fsmhealth.fm | +691 320 5574",
     [("HOSPITAL", ["Pohnpei State Hospital"]), ("ID", ["PNI-B-25-0847"]), ("NAME", ["Keanu", "Ioakim", "LIPAI"]),
      ("DATE", ["11 September 2025"]), ("DATE", ["Liberation Day"]), ("LOCATION", ["Kolonia"]),
      ("NAME", ["Marleen", "Sohnel", "IEHSI"]), ("DATE", ["30/04/1994"]), ("ID", ["04-178-3392"]),
      ("MRN", ["PSH-201884"]), ("LOCATION", ["Pehleng"]), ("LOCATION", ["Kitti"]), ("PHONE", ["+691 925 4182"]),
      ("LOCATION", ["Seinwar Elementary School"]), ("HOSPITAL", ["Kitti Dispensary"]), ("NAME", ["Kasio", "Ernest"]),
      ("DATE", ["17/12/1990"]), ("LOCATION", ["Madolenihmw"]), ("LOCATION", ["Sokehs Tuna Packers"]),
      ("DATE", ["12/09/2025"]), ("NAME", ["Rosalinda", "Welle-Mikel"]), ("NAME", ["Jesryl", "Ardos-Hadley"]),
      ("LICENCE", ["PNI-ML-0192"]), ("EMAIL", ["vitalstats.pni@fsmhealth.fm"]), ("PHONE", ["+691 320 5574"])],
     ["Birth weight: 3,410 g", "GA 39+2 weeks", "Apgar 8 and 9", "Vitamin K 1 mg IM", "hepatitis B vaccine birth dose",
      "OAE", "metformin 850 mg BD", "HBsAg negative", "RPR non-reactive", "O Rh positive", "Hb 10.9 g/dL",
      "second-degree tear", "EBL 350 mL", "Oxytocin 10 IU IM"]),

    # 11 - Thailand, Kanchanaburi (Sangkhla Buri, Nong Lu): medical certificate for a Myanmar migrant worker's work
    # permit (Thai, Buddhist Era dates in Thai digits)
    ("ใบรับรองแพทย์ (สำหรับการขออนุญาตทำงานของคนต่างด้าว)\n"
     "โรงพยาบาลสังขละบุรี จังหวัดกาญจนบุรี โทร. ๐๓๔ ๕๙๕ ๐๔๘\n"
     "เล่มที่ ๑๒ เลขที่ ๔๑๘\n"
     "สถานที่ตรวจ โรงพยาบาลสังขละบุรี วันที่ ๑๕ ตุลาคม พ.ศ. ๒๕๖๘\n"
     "ข้าพเจ้า นายแพทย์ธีรวัฒน์ แก้วประเสริฐ ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ ว.๔๘๒๑๗ ได้ตรวจร่างกาย\n"
     "นายทุน หน่าย ลิน (TUN NAING LIN) สัญชาติเมียนมา อายุ ๓๑ ปี เกิดวันที่ ๘ มีนาคม ๒๕๓๗\n"
     "หนังสือเดินทางเลขที่ MH418273 เลขประจำตัวบุคคลซึ่งไม่มีสัญชาติไทย ๐-๐๗๑๐-๒๔๑๘๒-๗๓-๘ ใบอนุญาตทำงานเดิม WP-68-0417726\n"
     "ที่อยู่ บ้านวังกะ หมู่ ๒ ตำบลหนองลู อำเภอสังขละบุรี จังหวัดกาญจนบุรี ๗๑๒๔๐\n"
     "นายจ้าง นายสมพงษ์ ใจเย็น (สวนยางพารา บ้านห้วยมาลัย) โทร. ๐๘๑ ๗๔๓ ๒๕๑๐\n"
     "มาตรวจพร้อมล่ามภาษามอญ นางสาวมิ ซอ เล (โทร. ๐๙๒ ๓๑๘ ๔๔๐๗) หลังกลับจากงานบุญวันออกพรรษาที่วัดวังก์วิเวการาม\n"
     "ผลการตรวจ: น้ำหนัก ๕๘ กก. ส่วนสูง ๑๖๖ ซม. ความดันโลหิต ๑๒๔/๗๘ มม.ปรอท ชีพจร ๗๖ ครั้ง/นาที\n"
     "ภาพรังสีทรวงอก (CXR) ปกติ, VDRL: non-reactive, ตรวจปัสสาวะหาสารแอมเฟตามีน: ผลลบ, Filarial antigen (ICT): ผลลบ\n"
     "เคยเป็นไข้มาลาเรีย (P. vivax) เมื่อสองปีก่อน ครั้งนี้ตรวจฟิล์มเลือดหนา ไม่พบเชื้อมาลาเรีย\n"
     "ตรวจพบผื่นกลากที่ขาหนีบ (tinea cruris) ให้ Clotrimazole cream 1% ทาวันละ ๒ ครั้ง\n"
     "สรุปความเห็น: ไม่เป็นโรคเรื้อน วัณโรคในระยะอันตราย โรคเท้าช้างในระยะที่ปรากฏอาการเป็นที่รังเกียจแก่สังคม ซิฟิลิสในระยะที่สาม "
     "โรคติดยาเสพติดให้โทษ หรือโรคพิษสุราเรื้อรัง ร่างกายแข็งแรง สามารถทำงานได้\n"
     "ใบรับรองแพทย์ฉบับนี้ให้ใช้ได้ ๑ เดือนนับแต่วันที่ตรวจร่างกาย\n"
     "ลงชื่อ นพ.ธีรวัฒน์ แก้วประเสริฐ",
     [("HOSPITAL", ["โรงพยาบาลสังขละบุรี"]), ("LOCATION", ["สังขละบุรี"]), ("PHONE", ["๐๓๔ ๕๙๕ ๐๔๘"]),
      ("ID", ["เล่มที่ ๑๒ เลขที่ ๔๑๘"]), ("DATE", ["๑๕ ตุลาคม พ.ศ. ๒๕๖๘"]), ("NAME", ["ธีรวัฒน์", "แก้วประเสริฐ"]),
      ("LICENCE", ["ว.๔๘๒๑๗"]), ("NAME", ["ทุน หน่าย ลิน", "TUN NAING LIN"]), ("DATE", ["๘ มีนาคม ๒๕๓๗"]),
      ("ID", ["MH418273"]), ("ID", ["WP-68-0417726"]), ("ID", ["๐-๐๗๑๐-๒๔๑๘๒-๗๓-๘"]), ("LOCATION", ["บ้านวังกะ"]), ("ADDRESS", ["หมู่ ๒"]),
      ("LOCATION", ["หนองลู"]), ("POSTCODE", ["๗๑๒๔๐"]), ("NAME", ["สมพงษ์", "ใจเย็น"]), ("LOCATION", ["บ้านห้วยมาลัย"]),
      ("PHONE", ["๐๘๑ ๗๔๓ ๒๕๑๐"]), ("NAME", ["มิ ซอ เล"]), ("PHONE", ["๐๙๒ ๓๑๘ ๔๔๐๗"]), ("DATE", ["วันออกพรรษา"]),
      ("LOCATION", ["วัดวังก์วิเวการาม"])],
     ["อายุ ๓๑ ปี", "ความดันโลหิต ๑๒๔/๗๘ มม.ปรอท", "ภาพรังสีทรวงอก (CXR) ปกติ", "VDRL: non-reactive",
      "สารแอมเฟตามีน: ผลลบ", "Filarial antigen (ICT): ผลลบ", "P. vivax", "ฟิล์มเลือดหนา ไม่พบเชื้อมาลาเรีย", "tinea cruris",
      "Clotrimazole cream 1%", "วัณโรคในระยะอันตราย", "โรคเท้าช้าง"]),
] + MORE_NOTES
