"""Thirty-ninth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

24 notes (670 planted identifier parts in 539 (kind, parts) entries; 213 clinical strings), 14 in English and 10 in
other languages, written the way clinicians write them, in settings and note types not used in the eighteenth set. From
Ghana (Ashanti), Japan (Nagano), Tonga (Tongatapu, Ha'apai), Sri Lanka (Central Province), South Korea (North Jeolla),
Hong Kong (New Territories), Thailand (Chiang Mai), Canada (Ontario, with a worker from Oaxaca), India (Madhya Pradesh),
Ireland (Co. Kildare, Co. Galway), Iceland (Reykjavík, Akureyri), Georgia (Imereti), Ethiopia (Amhara), Trinidad and
Tobago, Israel (Northern District), Australia (Torres Strait, New South Wales), Serbia (Vojvodina), Uganda (Acholi),
Iran (Fars), Pakistan (Punjab), Viet Nam (Quảng Nam) and the USA (Alaska, Yukon-Kuskokwim Delta).

Scripts and languages (positions in ``NOTES``, counted from 0): note 1 is in Japanese, 4 in Korean (Hangul), 6 in Thai,
8 in Hindi (Devanagari), 11 in Georgian (Mkhedruli), 13 in Amharic (Ge'ez script, with Ethiopian calendar dates), 15 in
Hebrew (with a Hebrew calendar date), 17 in Serbian (Cyrillic), 19 in Persian (Arabic script, with Solar Hijri dates and
Persian digits) and 21 in Vietnamese (Latin script with diacritics), each with names, places, addresses and dates in
that language and script; all other notes (14) are in English, with Akan, Tongan, Sinhala, Cantonese (surname first),
Mexican, Ukrainian, Icelandic, Irish, Indo- and Afro-Trinidadian, Torres Strait Islander, Acholi, Punjabi, Yup'ik and
Vietnamese-Australian names. Three patients are aged 90 or over (notes 1, 12 and 17), and for them the age and every
date element, bare years, months and year-less dates included, are planted; where a younger patient's note has a bare
year (notes 16 and 18), it is left in the text and not planted. Entries per kind in the whole set: NAME 150, DATE 89,
LOCATION 72, PHONE 47, HOSPITAL 43, ID 43, LICENCE 23, ADDRESS 20, MRN 18, POSTCODE 11, EMAIL 6, SERIAL 5, AGE 4, PLATE
3, URL 3, HANDLE 1, IP 1.

Notes 0-11 (this file), written the way clinicians write them: a haemodialysis run sheet with a nursing observation
table and nurses' initials (Ghana, Kumasi); a home-visit nursing record for a patient aged 92 (Japan, Nagano, in
Japanese, with Reiwa and Showa era dates); an antenatal booking record (Tonga, Tongatapu and Ha'apai); a pre-anaesthetic
assessment (Sri Lanka, Kandy, with Sinhala initials of ge-names); an upper GI endoscopy result report from a health
screening centre (South Korea, Jeonju, in Korean); an occupational therapy pre-discharge home visit report (Hong Kong,
Sha Tin, surname-first names in capitals); a community hospital referral form (Thailand, Chiang Mai, in Thai, with
Buddhist era dates); an evening clinic note for seasonal agricultural workers (Ontario, Essex County, Mexican names with
two surnames); a labour room delivery record (India, Madhya Pradesh, in Hindi, with Devanagari digits in dates); a
haematology day ward transfusion record with an observation chart and a transfusion reaction (Ireland, Co. Kildare,
Ukrainian patronymic); a clinical genetics letter (Iceland, Reykjavík and Akureyri, Icelandic patronymics and a
kennitala); an informed consent form for a thyroidectomy (Georgia, Kutaisi, in Georgian). Notes 12-23 are in
:mod:`deid_notes_heldout39_more`, only to keep each file a readable length.

Identifiers sit where clinicians put them: letterheads, labels and table cells, after titles and relation words (Sr,
Dr., Mr., Prof., श्रीमती, पत्नी, นาย, นาง, นพ., พว., 様, 先生, მამის სახელი), bare in prose, in brackets, at line ends and
in sign-offs; names as initials (nurses' initials in charts, Sinhala and Hong Kong initials), nicknames, surname-first
names in capitals, double-barrelled names, names that are also ordinary words (김하늘, ใจดี, Winnie); addresses with house,
lot, flat, block and moo numbers; hospitals, clinics, a day-service facility, an employer, a market and a church hall;
cities, districts, subdistricts, villages, estates and postcodes; phone numbers in local formats, an extension and a
bleep, e-mail, a URL and a LINE handle; national, insurance, health card, screening, pathology, sample, blood-unit,
haemovigilance, referral, bank account and RCH numbers; professional registrations; a dialysis machine and an endoscope
serial number; vehicle plates (an ambulance and a Janani Express vehicle); and dates in many styles (numeric with
dashes, dots and slashes, year-less, month and year, written, Japanese era, Thai Buddhist era, Korean, Georgian and
Hindi dates with Devanagari digits, and Vesak). Where a real identifier has a check digit (Ontario health number, Irish
PPSN, Icelandic kennitala, Hong Kong HKID, Thai national ID) the planted one passes it. In the note of the patient aged
92 every date element is planted. Entries per kind here: NAME 82, DATE 39, LOCATION 37, PHONE 28, HOSPITAL 24, ID 22,
ADDRESS 13, LICENCE 11, MRN 9, POSTCODE 8, EMAIL 3, PLATE 2, SERIAL 2, AGE 1, HANDLE 1, URL 1; this file holds 353
identifier parts in 283 entries and 108 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout39.deid_notes_heldout39_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Ghana, Ashanti Region (Kumasi): haemodialysis run sheet with nursing observations
    ("KOMFO ANOKYE TEACHING HOSPITAL - RENAL UNIT, KUMASI\n"
     "HAEMODIALYSIS RUN SHEET | Wed 14-01-2026 | Session 3 of week | Machine 7: Fresenius 4008S, s/n 4C8T-214873\n"
     "Patient: Kwabena OWUSU-ANSAH | 47 M | Hosp. No. KATH/RU/0418273 | Ghana Card GHA-718273649-2 | NHIS 09182736\n"
     "Address: H/No. AK-418-2736, Asokwa, Kumasi (behind Asafo Market) | Tel 024 555 8172\n"
     "NOK: wife Akosua Serwaa (\"Sister Akos\") 020 555 3719\n"
     "Dx: ESKD 2' hypertensive nephrosclerosis. L radiocephalic AVF (created at Korle Bu, Accra, 11/2024). HBsAg neg, "
     "anti-HCV neg, HIV neg.\n"
     "Rx: 4 h | Qb 300 mL/min | Qd 500 mL/min | dialysate K 2.0 / Ca 1.5 / HCO3 35 | heparin 2000 IU bolus then 1000 "
     "IU/h, off 30 min before end | dry wt 68.5 kg\n"
     "Pre: wt 71.2 kg (IDWG 2.7 kg), BP 168/94, HR 82, T 36.7\n"
     "| Time  | BP     | HR | Qb  | VP  | UF (L) | Init |\n"
     "| 08:10 | 162/90 | 80 | 300 | 140 | 0.0    | AMB  |\n"
     "| 09:10 | 150/86 | 78 | 300 | 150 | 0.8    | AMB  |\n"
     "| 10:10 | 118/70 | 96 | 250 | 150 | 1.6    | AMB  |\n"
     "| 11:10 | 136/80 | 84 | 300 | 145 | 2.3    | EKA  |\n"
     "| 12:10 | 140/82 | 82 | 300 | 145 | 2.6    | EKA  |\n"
     "10:05 leg cramps, BP 118/70 -> UF paused 15 min, 0.9% saline 100 mL; settled by 10:25.\n"
     "Post: wt 68.7 kg, BP 142/84. URR 68% (last month Kt/V 1.32).\n"
     "Labs 07-01-2026: Hb 9.4 g/dL, K 5.8 mmol/L, PO4 2.1 mmol/L, Ca 2.12 mmol/L, PTH 48.2 pmol/L, "
     "ferritin 412 ng/mL.\n"
     "Meds: Eprex 4000 IU SC post-HD x3/week; Venofer 100 mg IV today (dose 3 of 10); calcium carbonate 500 mg TDS "
     "with meals.\n"
     "Next: Fri 16-01-2026, 07:30. Comes by trotro; reminded to renew NHIS card.\n"
     "Nurses: AMB = Abena Mensah-Bonsu, RGN (NMC PIN RGN 2716485) | EKA = Ebenezer Kofi Asamoah, RGN\n"
     "Nephrologist on call: Dr Yaw Boakye-Danquah",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("LOCATION", ["KUMASI"]), ("DATE", ["14-01-2026"]),
      ("SERIAL", ["4C8T-214873"]), ("NAME", ["Kwabena", "OWUSU-ANSAH"]), ("MRN", ["KATH/RU/0418273"]),
      ("ID", ["GHA-718273649-2"]), ("ID", ["09182736"]), ("ADDRESS", ["AK-418-2736"]), ("LOCATION", ["Asokwa"]),
      ("LOCATION", ["Kumasi"]), ("LOCATION", ["Asafo Market"]), ("PHONE", ["024 555 8172"]),
      ("NAME", ["Akosua", "Serwaa"]), ("NAME", ["Akos"]), ("PHONE", ["020 555 3719"]), ("HOSPITAL", ["Korle Bu"]),
      ("LOCATION", ["Accra"]), ("DATE", ["11/2024"]), ("NAME", ["AMB"]), ("NAME", ["EKA"]), ("DATE", ["07-01-2026"]),
      ("DATE", ["16-01-2026"]), ("NAME", ["Abena", "Mensah-Bonsu"]), ("LICENCE", ["RGN 2716485"]),
      ("NAME", ["Ebenezer", "Kofi", "Asamoah"]), ("NAME", ["Yaw", "Boakye-Danquah"])],
     ["Fresenius 4008S", "Qb 300 mL/min", "dialysate K 2.0 / Ca 1.5 / HCO3 35", "radiocephalic AVF", "URR 68%",
      "Kt/V 1.32", "PTH 48.2 pmol/L", "Ca 2.12 mmol/L", "Eprex 4000 IU SC", "Venofer 100 mg IV"]),
    # 1 - Japan, Nagano (Matsumoto): home-visit nursing record, patient aged 92, heart failure (Japanese)
    ("やまぶき訪問看護ステーション（松本市）\n"
     "訪問看護記録書Ⅱ　令和7年11月18日（火）10:00〜11:00　担当：看護師 上条 美穂\n"
     "利用者：丸山 ハツエ 様（まるやま はつえ）　女性　92歳　昭和8年3月3日生　介護保険被保険者番号 0418273615　要介護3\n"
     "住所：松本市里山辺2418-3（長男夫婦と同居）　緊急連絡先：長男 丸山 健一 090-5551-8273\n"
     "主治医：信州こまくさ内科クリニック 田中 宏和 先生\n"
     "主病名：慢性心不全（NYHA Ⅲ）、心房細動、アルツハイマー型認知症\n"
     "バイタル：BT 36.4℃　BP 108/62 mmHg　P 88 不整　SpO2 94%（室内気）　体重 41.2 kg（前回11/11 40.1 kg、+1.1 kg）\n"
     "観察：両下腿に圧痕性浮腫（+2）。昨夜は起座呼吸で3回覚醒したと、長男の妻 丸山 恵子 さんより。食事量 5割。\n"
     "仙骨部褥瘡：DESIGN-R® 2020 d2-e0s6i0g0n0p0：6点、ハイドロコロイド貼付継続。\n"
     "服薬：ラシックス 20mg 1T 朝、エリキュース 2.5mg 1日2回、ドネペジル 5mg。お薬カレンダーで残薬なし。\n"
     "10:45 主治医へ電話報告（クリニック 0263-55-1827）→ 指示：ラシックス 40mgへ増量 11/18〜11/20、11月21日に往診。\n"
     "次回訪問：11/21（金）。デイサービス「あかまつの家」週2回（月・木）は今週休む。\n"
     "本人「入院はしたくない、家にいたい」と話す。\n"
     "記録者：上条 美穂（看護師籍 第618273号）　確認：管理者 降旗 直子",
     [("HOSPITAL", ["やまぶき訪問看護ステーション"]), ("LOCATION", ["松本市"]), ("DATE", ["令和7年11月18日"]),
      ("NAME", ["上条", "美穂"]), ("NAME", ["丸山", "ハツエ"]), ("NAME", ["まるやま", "はつえ"]), ("AGE", ["92歳"]),
      ("DATE", ["昭和8年3月3日"]), ("ID", ["0418273615"]), ("ADDRESS", ["里山辺2418-3"]), ("NAME", ["健一"]),
      ("PHONE", ["090-5551-8273"]), ("HOSPITAL", ["信州こまくさ内科クリニック"]), ("NAME", ["田中", "宏和"]),
      ("DATE", ["11/11"]), ("NAME", ["恵子"]), ("PHONE", ["0263-55-1827"]), ("DATE", ["11/18"]), ("DATE", ["11/20"]),
      ("DATE", ["11月21日"]), ("DATE", ["11/21"]), ("HOSPITAL", ["あかまつの家"]), ("LICENCE", ["第618273号"]),
      ("NAME", ["降旗", "直子"])],
     ["NYHA Ⅲ", "アルツハイマー型認知症", "SpO2 94%", "圧痕性浮腫（+2）", "DESIGN-R® 2020", "ラシックス 40mg",
      "エリキュース 2.5mg", "ドネペジル 5mg", "BP 108/62 mmHg"]),

    # 2 - Tonga, Tongatapu (Nuku'alofa): antenatal booking record with a diabetes referral
    ("VAIOLA HOSPITAL - MATERNITY, NUKU'ALOFA\n"
     "ANTENATAL BOOKING RECORD | Booked: 03 Feb 2026 | Midwife: Sr Losaline Havili-Moala\n"
     "Name: 'Ana Lolohea VAIPULU | 31 y | DOB 19/07/1994 | Hosp No. VH 0718-2463 | Mob 771 5582\n"
     "Address: Kolomotu'a, behind the Centenary church hall; home village Pangai, Lifuka, Ha'apai\n"
     "Husband: Sione Tevita Vaipulu (fisherman), mob 884 1726. Mother Mele Fonua to come down from Ha'apai for the "
     "last month.\n"
     "Obstetric history: G4 P2+1\n"
     "| No | Outcome                          | Wt     | Where                   |\n"
     "| 1  | SVD at term, girl                | 3.6 kg | Niu'ui Hospital, Ha'apai |\n"
     "| 2  | miscarriage 9/40, no D&C         | -      | home                    |\n"
     "| 3  | LSCS at 39/40 for fetal distress | 4.1 kg | Vaiola                  |\n"
     "LMP 28/11/2025, sure, regular cycles -> EDD 04/09/2026. GA today 9+4/40.\n"
     "Exam: BMI 38.6, BP 128/78, fundus not palpable. Urine: glucose ++, protein neg.\n"
     "Bloods: Hb 10.8 g/dL, blood group O RhD positive, VDRL non-reactive, HBsAg neg, HIV neg, HbA1c 7.1% -> "
     "likely pre-existing T2DM.\n"
     "Risks: previous LSCS (VBAC vs repeat CS to discuss at 36/40), BMI >35, T2DM.\n"
     "Plan: folic acid 5 mg od; aspirin 150 mg nocte from 12/40 to 36/40; metformin 500 mg bd; dating and NT scan "
     "17/02/2026; diabetes ANC Thursdays with Dr Viliami Tu'ipulotu. Town officer's wife Salote Kaufusi (nurse, "
     "same church) will help with the BSL diary.\n"
     "Signed: L. Havili-Moala, RM (TNMC RM 2186)",
     [("HOSPITAL", ["VAIOLA HOSPITAL"]), ("LOCATION", ["NUKU'ALOFA"]), ("DATE", ["03 Feb 2026"]),
      ("NAME", ["Losaline", "Havili-Moala"]), ("NAME", ["'Ana", "Lolohea", "VAIPULU"]), ("DATE", ["19/07/1994"]),
      ("MRN", ["VH 0718-2463"]), ("PHONE", ["771 5582"]), ("LOCATION", ["Kolomotu'a"]),
      ("LOCATION", ["Centenary church hall"]), ("LOCATION", ["Pangai"]), ("LOCATION", ["Lifuka"]),
      ("LOCATION", ["Ha'apai"]), ("NAME", ["Sione", "Tevita", "Vaipulu"]), ("PHONE", ["884 1726"]),
      ("NAME", ["Mele", "Fonua"]), ("HOSPITAL", ["Niu'ui Hospital"]), ("HOSPITAL", ["Vaiola"]),
      ("DATE", ["28/11/2025"]), ("DATE", ["04/09/2026"]), ("DATE", ["17/02/2026"]),
      ("NAME", ["Viliami", "Tu'ipulotu"]), ("NAME", ["Salote", "Kaufusi"]), ("NAME", ["L.", "Havili-Moala"]),
      ("LICENCE", ["TNMC RM 2186"])],
     ["G4 P2+1", "9/40", "GA today 9+4/40", "O RhD positive", "VDRL non-reactive", "HbA1c 7.1%", "VBAC",
      "aspirin 150 mg nocte", "folic acid 5 mg od", "metformin 500 mg bd"]),
    # 3 - Sri Lanka, Central Province (Kandy): pre-anaesthetic assessment before laparoscopic cholecystectomy
    ("TEACHING HOSPITAL PERADENIYA - DEPT OF ANAESTHESIOLOGY\n"
     "PRE-ANAESTHETIC ASSESSMENT | Ward 12 (Surgical) | BHT No. 41827/26 | 22.01.2026\n"
     "Name: W.M.C.K. Wickramasinghe (Wickramasinghe Mudiyanselage Chandrika Kumari) | 40 F | NIC 198571203418\n"
     "Address: No. 27/3, Hantana Road, Kandy 20000 | Tel 081 255 4182 / 077 555 3916\n"
     "Procedure: elective laparoscopic cholecystectomy, Dr. A.G. Senarath Bandara's list on 26.01.2026.\n"
     "History: symptomatic gallstones, 3 attacks of biliary colic since Vesak. Hypothyroidism on levothyroxine 100 mcg "
     "mane. Bronchial asthma, uses salbutamol MDI ~2x/week; one admission to Base Hospital Nawalapitiya 2 years ago, "
     "no ICU. Previous GA: LSCS at Castle Street Hospital for Women, Colombo - uneventful.\n"
     "FHx: mother 'did not wake up for hours' after a hernia operation -> ?pseudocholinesterase deficiency. Sister "
     "W.M. Nilmini (Nilu), living in Kurunegala, to be asked for details.\n"
     "Airway: Mallampati II, TMD > 6.5 cm, mouth opening 3 FB, upper lip bite test class I, neck full ROM. Loose upper "
     "left central incisor.\n"
     "Exam: wt 78 kg, ht 154 cm, BMI 32.9. BP 132/84, PR 78/min. Scattered expiratory wheeze.\n"
     "Ix: Hb 11.9 g/dL, WBC 8.4 x10^9/L, plt 312 x10^9/L, FBS 98 mg/dL, TSH 3.2 mIU/L, SGPT 34 U/L, ECG sinus rhythm.\n"
     "ASA II | STOP-BANG 3\n"
     "Plan: plasma cholinesterase with dibucaine number before surgery - avoid suxamethonium until result; rocuronium "
     "with sugammadex in theatre. Salbutamol neb at induction. Levothyroxine on the morning of surgery. NBM from "
     "midnight.\n"
     "GA explained in Sinhala; husband Mr. K.P. Dissanayake present.\n"
     "Dr. T.M.R. Jayawardena, Registrar in Anaesthesiology (SLMC Reg. No. 27416)",
     [("HOSPITAL", ["TEACHING HOSPITAL PERADENIYA"]), ("MRN", ["41827/26"]), ("DATE", ["22.01.2026"]),
      ("NAME", ["W.M.C.K.", "Wickramasinghe"]), ("NAME", ["Wickramasinghe Mudiyanselage", "Chandrika", "Kumari"]),
      ("ID", ["198571203418"]), ("ADDRESS", ["27/3, Hantana Road"]), ("LOCATION", ["Kandy"]), ("POSTCODE", ["20000"]),
      ("PHONE", ["081 255 4182"]), ("PHONE", ["077 555 3916"]), ("NAME", ["A.G.", "Senarath Bandara"]),
      ("DATE", ["26.01.2026"]), ("DATE", ["Vesak"]),
      ("HOSPITAL", ["Base Hospital Nawalapitiya"]),
      ("HOSPITAL", ["Castle Street Hospital for Women"]), ("LOCATION", ["Colombo"]), ("NAME", ["W.M.", "Nilmini"]),
      ("NAME", ["Nilu"]), ("LOCATION", ["Kurunegala"]), ("NAME", ["K.P.", "Dissanayake"]),
      ("NAME", ["T.M.R.", "Jayawardena"]), ("LICENCE", ["27416"])],
     ["laparoscopic cholecystectomy", "pseudocholinesterase deficiency", "Mallampati II", "TMD > 6.5 cm",
      "upper lip bite test class I", "ASA II", "STOP-BANG 3", "dibucaine number", "sugammadex"]),

    # 4 - South Korea, North Jeolla (Jeonju): upper GI endoscopy result report at a health screening centre (Korean)
    ("한빛연합내과의원 건강검진센터 (전주시 덕진구)\n"
     "상부위장관 내시경 검사 결과지\n"
     "검사일: 2025년 10월 27일 (월) 09:40 | 등록번호: 00418273 | 검진번호: HC-2025-108273\n"
     "성명: 박순자 | 여/57 | 주민등록번호: 680912-2****** | 연락처: 010-5551-8273\n"
     "주소: 전주시 덕진구 송천동2가 418-27, 한빛아파트 103동 1204호 (54827)\n"
     "보호자: 남편 최동석 (010-5552-4716)\n"
     "내시경: Olympus GIF-H290 (S/N 2817364) | 진정: 미다졸람 3 mg IV (의식하 진정), 회복 양호\n"
     "소견\n"
     "- 식도: 위식도 접합부 LA 분류 grade A 미란. 바렛식도 소견 없음.\n"
     "- 위: 위각부 소만에 약 1.2 cm 크기의 얕은 함몰형 병변 (Paris 0-IIc), 조직검사 3개 (병리번호 S25-41827). 전정부 "
     "위축성 위염 (Kimura-Takemoto C-2).\n"
     "- 십이지장: 구부 및 제2부 정상.\n"
     "- CLO test: 양성 (Helicobacter pylori)\n"
     "결론: 1) 역류성 식도염 LA-A 2) 위각부 조기위암 의심 (0-IIc) - 조직 결과 확인 후 전북대학교병원 소화기내과 의뢰 예정 "
     "3) H. pylori 감염\n"
     "처방: 에소메졸 40 mg 1일 1회 4주. 제균치료는 조직검사 결과 후 결정.\n"
     "결과 상담: 11월 3일 오후 2시 (예약 문의 063-555-2741)\n"
     "판독의: 내과 전문의 윤재민 (면허번호 제84172호) | 검사 보조 간호사: 김하늘",
     [("HOSPITAL", ["한빛연합내과의원"]), ("LOCATION", ["전주시"]), ("LOCATION", ["덕진구"]),
      ("DATE", ["2025년 10월 27일"]), ("MRN", ["00418273"]), ("ID", ["HC-2025-108273"]), ("NAME", ["박순자"]),
      ("ID", ["680912-2******"]), ("PHONE", ["010-5551-8273"]), ("ADDRESS", ["송천동2가 418-27"]),
      ("ADDRESS", ["한빛아파트 103동 1204호"]), ("POSTCODE", ["54827"]), ("NAME", ["최동석"]),
      ("PHONE", ["010-5552-4716"]), ("SERIAL", ["2817364"]), ("ID", ["S25-41827"]), ("HOSPITAL", ["전북대학교병원"]),
      ("DATE", ["11월 3일"]), ("PHONE", ["063-555-2741"]), ("NAME", ["윤재민"]), ("LICENCE", ["제84172호"]),
      ("NAME", ["김하늘"])],
     ["Olympus GIF-H290", "미다졸람 3 mg IV", "LA 분류 grade A", "바렛식도", "Paris 0-IIc", "Kimura-Takemoto C-2",
      "CLO test", "Helicobacter pylori", "에소메졸 40 mg"]),
    # 5 - Hong Kong, New Territories (Sha Tin): occupational therapy pre-discharge home visit report after a stroke
    ("Shatin Hospital - Occupational Therapy Department\n"
     "PRE-DISCHARGE HOME VISIT REPORT | Visit: 9 Dec 2025, 14:30-15:40 | Ref OT/SH/25/41827\n"
     "Patient: WONG Mei-lan (黃美蘭) | F/78 | HKID K418273(1) | HN18273642 | Ward M7\n"
     "Dx: L MCA infarct (3 Nov 2025) with R hemiparesis, mild expressive dysphasia. Lives with daughter and a "
     "live-in domestic helper.\n"
     "Address: Room 1208, 12/F, Sui Wo House, Kwong Yuen Estate, Sha Tin\n"
     "Present: pt; daughter CHEUNG Wing-sze (Winnie), 9555 1827; helper Maricel DELA CRUZ; Mr. Kelvin LAU (SWD medical "
     "social worker).\n"
     "Current function: Modified Barthel Index 58/100, Berg Balance Scale 38/56, FAC 3, MMSE 24/30 (CMMSE). Walks "
     "indoors with quadripod + 1 stand-by assist; R hand Brunnstrom stage IV.\n"
     "| Area      | Finding                               | Recommendation                                |\n"
     "| Entrance  | 2 cm door threshold, metal gate       | threshold ramp; helper to open gate           |\n"
     "| Bathroom  | bathtub 52 cm high, no grab bars      | bath board + shower chair; 2 grab bars (L wall)|\n"
     "| Toilet    | seat 38 cm, no rail                   | raised toilet seat 10 cm; L-shaped grab bar   |\n"
     "| Bedroom   | bed 42 cm, cluttered floor            | declutter; commode at bedside at night        |\n"
     "| Kitchen   | gas stove                             | no cooking alone; helper supervises           |\n"
     "Lift lobby reached by 3 steps with one rail - managed with SBA.\n"
     "Outcome: home safe for discharge with the above. Equipment list handed to daughter; grab bars to be installed "
     "by the Housing Department before discharge (target 16/12). Day rehabilitation referred to Tai Po Hospital "
     "(Geriatric Day Hospital), transport by Easy-Access Bus.\n"
     "OT: YIP Hoi-ting, Natalie (Registered OT, OTRB OT04182)\n"
     "c.c. Dr. TSANG K.W., Cons (M&G)",
     [("HOSPITAL", ["Shatin Hospital"]), ("DATE", ["9 Dec 2025"]), ("ID", ["OT/SH/25/41827"]),
      ("NAME", ["WONG", "Mei-lan"]), ("NAME", ["黃美蘭"]), ("ID", ["K418273(1)"]), ("MRN", ["HN18273642"]),
      ("DATE", ["3 Nov 2025"]), ("ADDRESS", ["Room 1208, 12/F", "Sui Wo House"]), ("LOCATION", ["Kwong Yuen Estate"]),
      ("LOCATION", ["Sha Tin"]), ("NAME", ["CHEUNG", "Wing-sze"]), ("NAME", ["Winnie"]), ("PHONE", ["9555 1827"]),
      ("NAME", ["Maricel", "DELA CRUZ"]), ("NAME", ["Kelvin", "LAU"]), ("DATE", ["16/12"]),
      ("HOSPITAL", ["Tai Po Hospital"]), ("NAME", ["YIP", "Hoi-ting", "Natalie"]), ("LICENCE", ["OT04182"]),
      ("NAME", ["TSANG", "K.W."])],
     ["L MCA infarct", "Modified Barthel Index 58/100", "Berg Balance Scale 38/56", "FAC 3", "MMSE 24/30",
      "Brunnstrom stage IV", "quadripod", "raised toilet seat 10 cm"]),

    # 6 - Thailand, Chiang Mai (Mae Taeng): community hospital referral form, leptospirosis with AKI (Thai)
    ("โรงพยาบาลแม่แตง อำเภอแม่แตง จังหวัดเชียงใหม่ 50150 โทร. 053-555-418\n"
     "แบบส่งต่อผู้ป่วย (ใบ Refer) เลขที่ 0418/2569\n"
     "วันที่ 12 มกราคม 2569 เวลา 14:20 น.\n"
     "เรียน ผู้อำนวยการโรงพยาบาลนครพิงค์ (อายุรกรรม)\n"
     "ผู้ป่วย: นายสมชาย ใจดี อายุ 63 ปี HN 65-018273 เลขประจำตัวประชาชน 3-1006-04182-73-6 สิทธิบัตรทอง (UC)\n"
     "ที่อยู่: 82/4 หมู่ 7 ตำบลขี้เหล็ก อำเภอแม่แตง\n"
     "ญาติ: นางบัวผัน ใจดี (ภรรยา) โทร. 085-551-8273 ไลน์ไอดี buaphan.jd\n"
     "อาการสำคัญ: ไข้สูง หนาวสั่น 5 วัน ปวดน่องมาก ตัวเหลือง ปัสสาวะออกน้อย 1 วัน ก่อนป่วยลงนาดำนาช่วงน้ำท่วม\n"
     "ตรวจร่างกาย: T 39.2 °C, BP 92/58 mmHg, PR 118/min, RR 24/min, O2 sat 93%, conjunctival suffusion, jaundice, "
     "calf tenderness\n"
     "Lab: Hct 34%, WBC 14,200, Plt 48,000, BUN 62 mg/dL, Cr 3.8 mg/dL, total bilirubin 8.4 mg/dL, Leptospira rapid "
     "test: positive\n"
     "วินิจฉัย: Leptospirosis with AKI (Weil's disease), r/o scrub typhus\n"
     "การรักษาที่ให้แล้ว: Ceftriaxone 2 g IV เวลา 13:30 น., NSS 1,000 mL, O2 cannula 3 LPM, "
     "on Foley: urine 50 mL/4 hr\n"
     "เหตุผลที่ส่งต่อ: พิจารณาทำ hemodialysis และดูแลใน ICU\n"
     "ผู้ส่ง: นพ.ธีรวัฒน์ ศรีสวัสดิ์ ว.41827 โทร. 053-555-418 ต่อ 112\n"
     "พยาบาลนำส่ง: พว.ปิยะนุช คำแสน รถพยาบาลทะเบียน นข 4182 เชียงใหม่\n"
     "ศูนย์ส่งต่อ: refer@maetaenghosp.go.th",
     [("HOSPITAL", ["โรงพยาบาลแม่แตง"]), ("LOCATION", ["อำเภอแม่แตง"]), ("POSTCODE", ["50150"]),
      ("PHONE", ["053-555-418"]), ("ID", ["0418/2569"]), ("DATE", ["12 มกราคม 2569"]),
      ("HOSPITAL", ["โรงพยาบาลนครพิงค์"]), ("NAME", ["สมชาย", "ใจดี"]), ("MRN", ["65-018273"]),
      ("ID", ["3-1006-04182-73-6"]), ("ADDRESS", ["82/4 หมู่ 7"]), ("LOCATION", ["ตำบลขี้เหล็ก"]),
      ("NAME", ["บัวผัน"]), ("PHONE", ["085-551-8273"]), ("HANDLE", ["buaphan.jd"]),
      ("NAME", ["ธีรวัฒน์", "ศรีสวัสดิ์"]),
      ("LICENCE", ["ว.41827"]), ("PHONE", ["ต่อ 112"]), ("NAME", ["ปิยะนุช", "คำแสน"]), ("PLATE", ["นข 4182"]),
      ("EMAIL", ["refer@maetaenghosp.go.th"])],
     ["conjunctival suffusion", "Plt 48,000", "Cr 3.8 mg/dL", "Leptospira rapid test", "Weil's disease",
      "scrub typhus", "Ceftriaxone 2 g IV", "O2 cannula 3 LPM", "urine 50 mL/4 hr"]),
    # 7 - Canada, Ontario (Essex County): evening clinic for seasonal agricultural workers, occupational dermatitis
    ("Leamington Migrant Worker Health Clinic - Sunday evening clinic\n"
     "Visit: Sun 14 Sept 2025, 18:30 | Interpreter: Itzel Quezada (Spanish, in person)\n"
     "Patient: José Guadalupe HERNÁNDEZ RAMÍREZ (goes by \"Lupe\") | 38 M | DOB 12/03/1987 | OHIP 5718-294-639-KX\n"
     "SAWP worker, 4th season. Employer: Vandermeer Greenhouses Ltd., 1827 Mersea Road 5, Leamington ON N8H 3V7 - "
     "lives in the farm bunkhouse with 11 others.\n"
     "From San Juan Bautista Tuxtepec, Oaxaca; wife María Elena Cruz Santiago and 3 kids live in Loma Bonita.\n"
     "CC: 3 wk itchy rash both forearms + sore eyes after spraying in the greenhouses; 2 episodes of headache, nausea "
     "and heavy sweating at work last week. Given nitrile gloves, no respirator, no long-sleeve coveralls.\n"
     "O/E: BP 124/76, HR 64, afebrile. Pupils 3 mm, equal, reactive. No fasciculations, no wheeze. Both forearms: "
     "erythematous papulovesicular dermatitis ending sharply at the glove cuff; mild bilateral conjunctival "
     "injection.\n"
     "Imp: 1) occupational contact dermatitis (irritant vs allergic) 2) possible low-level organophosphate / carbamate "
     "exposure - check RBC cholinesterase and plasma cholinesterase.\n"
     "Plan: betamethasone valerate 0.1% cream BID x 14 d; cetirizine 10 mg daily; labs at LifeLabs (req. faxed). WSIB "
     "Form 8 completed. He is afraid of being sent home early - rights explained, OHIP coverage confirmed, worker "
     "rights sheet in Spanish given. Ask employer for SDS of the products used.\n"
     "F/u next Sunday 21/09. Contact: WhatsApp +52 287 555 1836; Canadian cell 226-555-0193. Farm supervisor Hank "
     "Dekker 519-555-0166.\n"
     "Copy faxed to Leamington Family Health Team (fax 519-555-0129).\n"
     "Marisol Ochoa-Brennan, NP-PHC | CNO 0418273",
     [("LOCATION", ["Leamington"]), ("DATE", ["14 Sept 2025"]), ("NAME", ["Itzel", "Quezada"]),
      ("NAME", ["José Guadalupe", "HERNÁNDEZ", "RAMÍREZ"]), ("NAME", ["Lupe"]), ("DATE", ["12/03/1987"]),
      ("ID", ["5718-294-639-KX"]), ("LOCATION", ["Vandermeer Greenhouses"]), ("ADDRESS", ["1827 Mersea Road 5"]),
      ("POSTCODE", ["N8H 3V7"]), ("LOCATION", ["San Juan Bautista Tuxtepec"]),
      ("NAME", ["María Elena", "Cruz Santiago"]), ("LOCATION", ["Loma Bonita"]), ("DATE", ["21/09"]),
      ("PHONE", ["+52 287 555 1836"]), ("PHONE", ["226-555-0193"]), ("NAME", ["Hank", "Dekker"]),
      ("PHONE", ["519-555-0166"]), ("HOSPITAL", ["Leamington Family Health Team"]), ("PHONE", ["519-555-0129"]),
      ("NAME", ["Marisol", "Ochoa-Brennan"]), ("LICENCE", ["CNO 0418273"])],
     ["SAWP", "papulovesicular dermatitis", "contact dermatitis", "RBC cholinesterase",
      "betamethasone valerate 0.1% cream BID", "cetirizine 10 mg", "WSIB Form 8", "Pupils 3 mm"]),

    # 8 - India, Madhya Pradesh (Satna): labour room delivery record and partograph summary (Hindi)
    ("जिला महिला चिकित्सालय, सतना (म.प्र.) — प्रसव कक्ष\n"
     "प्रसव रिकॉर्ड / पार्टोग्राफ सारांश\n"
     "भर्ती: दिनांक ०७/११/२०२५, रात 02:40 बजे | पंजीयन क्र. DWH/LR/2025/4182 | RCH आईडी 123418273946\n"
     "नाम: श्रीमती सुनीता कुशवाहा पत्नी श्री रामभरोसे कुशवाहा | आयु 24 वर्ष\n"
     "पता: ग्राम पिपरी खुर्द, पोस्ट मझगवां, तहसील रघुराजनगर, जिला सतना 485001 | मो. 98270 55184\n"
     "आशा कार्यकर्ता: कमला बाई, मो. 94255 51827 | जननी एक्सप्रेस वाहन क्र. MP 19 TA 4182\n"
     "G2 P1 L1, LMP 02/02/2025, EDD 09/11/2025, गर्भावस्था 39+5 सप्ताह। ANC 4 बार। Hb 9.2 g/dL, "
     "BP 146/96 (भर्ती पर), यूरिन एल्ब्युमिन +1।\n"
     "प्रसव: सुबह 05:55 बजे सामान्य प्रसव (NVD), बालक, वजन 2.8 kg, APGAR 7/9। AMTSL — ऑक्सीटोसिन 10 IU IM जन्म के "
     "1 मिनट के भीतर। रक्तस्राव लगभग 300 mL। एपीसियोटॉमी नहीं।\n"
     "प्रसवोत्तर: BP 150/100 → लेबेटालॉल 200 mg मुख से; सिरदर्द, धुंधलापन नहीं — MgSO4 की आवश्यकता नहीं। BP हर "
     "4 घंटे।\n"
     "शिशु: BCG, OPV-0, Hep B-0 दिये; Vitamin K 1 mg IM; स्तनपान 1 घंटे के भीतर शुरू।\n"
     "JSY भुगतान हेतु: भारतीय स्टेट बैंक, खाता क्र. 31827465092।\n"
     "डिस्चार्ज योजना: 48 घंटे बाद, दिनांक ०९/११/२०२५।\n"
     "स्टाफ नर्स: संगीता तिवारी (MPNRC पंजीयन 27093) | चिकित्सा अधिकारी: डॉ. अनुराधा सिंह बघेल",
     [("HOSPITAL", ["जिला महिला चिकित्सालय"]), ("LOCATION", ["सतना"]), ("DATE", ["०७/११/२०२५"]),
      ("MRN", ["DWH/LR/2025/4182"]), ("ID", ["123418273946"]), ("NAME", ["सुनीता", "कुशवाहा"]),
      ("NAME", ["रामभरोसे"]), ("LOCATION", ["पिपरी खुर्द"]), ("LOCATION", ["मझगवां"]), ("LOCATION", ["रघुराजनगर"]),
      ("POSTCODE", ["485001"]), ("PHONE", ["98270 55184"]), ("NAME", ["कमला बाई"]), ("PHONE", ["94255 51827"]),
      ("PLATE", ["MP 19 TA 4182"]), ("DATE", ["02/02/2025"]), ("DATE", ["09/11/2025"]), ("ID", ["31827465092"]),
      ("DATE", ["०९/११/२०२५"]), ("NAME", ["संगीता", "तिवारी"]), ("LICENCE", ["27093"]),
      ("NAME", ["अनुराधा", "सिंह", "बघेल"])],
     ["G2 P1 L1", "39+5 सप्ताह", "Hb 9.2 g/dL", "APGAR 7/9", "AMTSL", "ऑक्सीटोसिन 10 IU IM", "लेबेटालॉल 200 mg",
      "MgSO4", "BCG, OPV-0, Hep B-0"]),
    # 9 - Ireland, Co. Kildare (Naas; Newbridge): haematology day ward transfusion record with a transfusion reaction
    ("NAAS GENERAL HOSPITAL - Haematology/Oncology Day Ward (St Brigid's Unit)\n"
     "BLOOD TRANSFUSION RECORD & OBSERVATION CHART | 06/02/2026\n"
     "Patient: KOVALCHUK, Oleksandra Vasylivna | DOB 14/08/1958 | MRN NGH0418273 | PPSN 4182736H\n"
     "Address: Apt 4, Liffey View, Athgarvan Road, Newbridge, Co. Kildare W12 KX83 | Mob 087 555 2946\n"
     "Language: Ukrainian - son Taras interprets for routine care; phone interpreter (Iryna, interpreter ID 44817) "
     "used for the reaction discussion.\n"
     "Dx: MDS with ring sideroblasts (SF3B1 mutated), IPSS-R low; transfusion dependent since arriving from Kharkiv; "
     "luspatercept (Reblozyl) q3 weeks. Ferritin 2140 µg/L - deferasirox (Exjade) started by Prof. Dervla "
     "McGillicuddy.\n"
     "Pre-transfusion Hb 68 g/L. Rx: 2 units RCC, each over 2 h; no premedication.\n"
     "Bedside check (2 RNs, wristband ID): unit 1 G0712 25 418273 (O Pos, exp 19/02/2026); unit 2 G0712 25 502716 (O "
     "Pos, exp 21/02/2026).\n"
     "| Time          | T    | HR  | BP     | RR | SpO2 | Init  |\n"
     "| 09:40 pre U1  | 36.6 | 78  | 128/74 | 16 | 97%  | SOC   |\n"
     "| 09:55 15 min  | 36.7 | 80  | 126/72 | 16 | 97%  | SOC   |\n"
     "| 11:40 end U1  | 36.9 | 82  | 130/76 | 16 | 97%  | AD    |\n"
     "| 12:05 start U2| 37.0 | 84  | 128/74 | 16 | 97%  | AD/SOC|\n"
     "| 12:35         | 38.3 | 104 | 150/88 | 22 | 95%  | AD    |\n"
     "12:35 rigors -> U2 stopped (approx. 60 mL given), line kept open with NaCl 0.9%. Reviewed 12:40 by Dr "
     "Chukwuemeka Obi-Hartigan, SHO (bleep 592): no wheeze, no urticaria, no loin pain, BP stable. Imp: febrile "
     "non-haemolytic transfusion reaction vs early bacterial contamination. Unit + giving set returned to blood bank; "
     "blood cultures x2, DAT, repeat group & screen, LDH, bilirubin, urinalysis sent. Paracetamol 1 g PO.\n"
     "Results: DAT negative, LDH 231 U/L, bilirubin 14 µmol/L. Reported to haemovigilance (ref HV-26-0418).\n"
     "Home 16:30 with son; to ring the day ward (045 555 849) or attend ED if fever, dark urine or breathlessness.\n"
     "S. O'Connell (SOC), CNM2 | A. Dunne (AD), Staff Nurse, NMBI PIN 183304",
     [("HOSPITAL", ["NAAS GENERAL HOSPITAL"]), ("LOCATION", ["St Brigid's Unit"]), ("DATE", ["06/02/2026"]),
      ("NAME", ["KOVALCHUK", "Oleksandra", "Vasylivna"]), ("DATE", ["14/08/1958"]), ("MRN", ["NGH0418273"]),
      ("ID", ["4182736H"]), ("ADDRESS", ["Apt 4, Liffey View, Athgarvan Road"]), ("LOCATION", ["Newbridge"]),
      ("LOCATION", ["Co. Kildare"]),
      ("POSTCODE", ["W12 KX83"]), ("PHONE", ["087 555 2946"]), ("NAME", ["Taras"]), ("NAME", ["Iryna"]),
      ("ID", ["44817"]), ("LOCATION", ["Kharkiv"]), ("NAME", ["Dervla", "McGillicuddy"]), ("ID", ["G0712 25 418273"]),
      ("ID", ["G0712 25 502716"]), ("NAME", ["SOC"]), ("NAME", ["AD"]), ("NAME", ["Chukwuemeka", "Obi-Hartigan"]),
      ("PHONE", ["592"]), ("ID", ["HV-26-0418"]), ("PHONE", ["045 555 849"]), ("NAME", ["S.", "O'Connell"]),
      ("NAME", ["A.", "Dunne"]), ("LICENCE", ["183304"])],
     ["MDS with ring sideroblasts", "SF3B1", "IPSS-R low", "luspatercept (Reblozyl)", "Ferritin 2140 µg/L",
      "deferasirox (Exjade)", "Hb 68 g/L", "febrile non-haemolytic transfusion reaction", "DAT negative",
      "Paracetamol 1 g PO"]),
    # 10 - Iceland (Reykjavík; Akureyri): clinical genetics letter to a primary care doctor, BRCA2 founder variant
    ("Landspítali - Department of Genetics and Molecular Medicine\n"
     "Hringbraut, 101 Reykjavík | tel. +354 543 5418\n"
     "3 March 2026\n"
     "Dr Þórhildur Magnúsdóttir\n"
     "Heilsugæslan Akureyri\n"
     "Re: Guðrún Sigurðardóttir, kt. 120484-3119, Þingvallastræti 18, 600 Akureyri\n"
     "Dear Þórhildur,\n"
     "I saw Guðrún (41), with her husband Einar Bragason, on 24 February 2026 for genetic counselling after her sister "
     "Helga Sigurðardóttir was found to carry the Icelandic BRCA2 founder variant NM_000059.4:c.771_775del (the "
     "'999del5' variant) when she was treated for breast cancer at 38.\n"
     "Family history (pedigree enclosed): father Sigurður Þorsteinsson died of metastatic prostate cancer at 66; "
     "paternal aunt Ásta Þorsteinsdóttir had high-grade serous ovarian cancer at 52; mother Kristín Eyjólfsdóttir is "
     "well at 70. Brother Ari Sigurðsson (44) lives in Ísafjörður.\n"
     "Result: Guðrún's targeted Sanger test (sample 26-GEN-04182) is POSITIVE for BRCA2 c.771_775del. Report: "
     "https://gatt.landspitali.is/erfdir/svar?synanr=26-GEN-04182\n"
     "Risks discussed: lifetime breast cancer risk about 60-70%, ovarian about 15-20%; also prostate and pancreatic "
     "risk for male carriers (relevant to Ari).\n"
     "Recommendations:\n"
     "1. Annual breast MRI alternating with mammography from now (CanRisk estimate attached).\n"
     "2. Risk-reducing salpingo-oophorectomy (RRSO) to be discussed at 40-45; referral to Dr Bergþór Yngvason, "
     "gynaecology, Sjúkrahúsið á Akureyri.\n"
     "3. Cascade testing offered to Ari and to her children when they reach 18.\n"
     "4. No PARP inhibitor question at present (no cancer).\n"
     "Yours sincerely,\n"
     "Ragnheiður Björk Hauksdóttir, MSc, genetic counsellor (ragnheidurbh@landspitali.is)\n"
     "Jón Atli Ingimarsson, consultant clinical geneticist",
     [("HOSPITAL", ["Landspítali"]), ("ADDRESS", ["Hringbraut"]), ("POSTCODE", ["101"]), ("LOCATION", ["Reykjavík"]),
      ("PHONE", ["+354 543 5418"]), ("DATE", ["3 March 2026"]), ("NAME", ["Þórhildur", "Magnúsdóttir"]),
      ("HOSPITAL", ["Heilsugæslan Akureyri"]), ("NAME", ["Guðrún", "Sigurðardóttir"]), ("ID", ["120484-3119"]),
      ("ADDRESS", ["Þingvallastræti 18"]), ("POSTCODE", ["600"]), ("LOCATION", ["Akureyri"]),
      ("NAME", ["Einar", "Bragason"]), ("DATE", ["24 February 2026"]), ("NAME", ["Helga", "Sigurðardóttir"]),
      ("NAME", ["Sigurður", "Þorsteinsson"]), ("NAME", ["Ásta", "Þorsteinsdóttir"]),
      ("NAME", ["Kristín", "Eyjólfsdóttir"]), ("NAME", ["Ari", "Sigurðsson"]), ("LOCATION", ["Ísafjörður"]),
      ("ID", ["26-GEN-04182"]), ("URL", ["https://gatt.landspitali.is/erfdir/svar?synanr=26-GEN-04182"]),
      ("NAME", ["Bergþór", "Yngvason"]), ("HOSPITAL", ["Sjúkrahúsið á Akureyri"]),
      ("NAME", ["Ragnheiður Björk", "Hauksdóttir"]), ("EMAIL", ["ragnheidurbh@landspitali.is"]),
      ("NAME", ["Jón Atli", "Ingimarsson"])],
     ["BRCA2", "NM_000059.4:c.771_775del", "999del5", "high-grade serous ovarian cancer", "Sanger", "breast MRI",
      "CanRisk", "salpingo-oophorectomy (RRSO)", "PARP inhibitor"]),

    # 11 - Georgia, Imereti (Kutaisi): informed consent for total thyroidectomy (Georgian)
    ("შპს „კოლხეთის სამედიცინო ცენტრი“, ქ. ქუთაისი, ჭავჭავაძის გამზ. 41, ტელ. 0431 25 18 27, info@kolkheti-med.ge\n"
     "ინფორმირებული თანხმობა ქირურგიულ ჩარევაზე | სამედიცინო ბარათი № 2026/0418\n"
     "პაციენტი: ნინო ბერიძე, მამის სახელი: ზურაბი, დაბ. 17.05.1979, პირადი № 60001082736\n"
     "მისამართი: ქ. ქუთაისი, ნიკეას ქ. 12, ბ. 7; ტელ. 599 55 41 82\n"
     "დიაგნოზი: ფარისებრი ჯირკვლის მარჯვენა წილის კვანძი 2.8 სმ, TI-RADS 5; FNA - Bethesda VI (პაპილარული კარცინომა).\n"
     "დაგეგმილი ოპერაცია: ტოტალური თირეოიდექტომია ცენტრალური კისრის დისექციით, 2026 წლის 9 თებერვალს, ზოგადი "
     "ანესთეზიით.\n"
     "განმარტებული რისკები: სისხლდენა (1-2%); მორეციდივე ხორხის ნერვის დაზიანება და ხმის ჩახლეჩა (დროებითი 5-10%, "
     "მუდმივი <1%); ჰიპოპარათირეოზი და ჰიპოკალციემია (Ca < 2.1 mmol/L); ინფექცია; ნაწიბური.\n"
     "ოპერაციის შემდეგ: L-თიროქსინი (ეუთიროქსი) მთელი ცხოვრების მანძილზე; შესაძლოა რადიოიოდთერაპია I-131.\n"
     "ალტერნატივა: ჰემითირეოიდექტომია - განხილულია და უარყოფილია.\n"
     "ვადასტურებ, რომ ინფორმაცია გასაგებად მივიღე და ვეთანხმები ოპერაციას.\n"
     "პაციენტი: ნ. ბერიძე ______ 05.02.2026\n"
     "მოწმე: მეუღლე გიორგი ჯაფარიძე, ტელ. 577 55 18 36\n"
     "ქირურგი: დავით ლომიძე (სახელმწიფო სერტიფიკატი № 04-0182736)\n"
     "ანესთეზიოლოგი: თამარ ცქიტიშვილი",
     [("HOSPITAL", ["კოლხეთის სამედიცინო ცენტრი"]), ("LOCATION", ["ქუთაისი"]), ("ADDRESS", ["ჭავჭავაძის გამზ. 41"]),
      ("PHONE", ["0431 25 18 27"]), ("EMAIL", ["info@kolkheti-med.ge"]), ("MRN", ["2026/0418"]),
      ("NAME", ["ნინო", "ბერიძე"]), ("NAME", ["ზურაბი"]), ("DATE", ["17.05.1979"]), ("ID", ["60001082736"]),
      ("ADDRESS", ["ნიკეას ქ. 12, ბ. 7"]), ("PHONE", ["599 55 41 82"]), ("DATE", ["2026 წლის 9 თებერვალს"]),
      ("NAME", ["ნ.", "ბერიძე"]), ("DATE", ["05.02.2026"]), ("NAME", ["გიორგი", "ჯაფარიძე"]),
      ("PHONE", ["577 55 18 36"]),
      ("NAME", ["დავით", "ლომიძე"]), ("LICENCE", ["04-0182736"]), ("NAME", ["თამარ", "ცქიტიშვილი"])],
     ["TI-RADS 5", "Bethesda VI", "ტოტალური თირეოიდექტომია", "ჰიპოპარათირეოზი", "Ca < 2.1 mmol/L", "L-თიროქსინი",
      "I-131", "ჰემითირეოიდექტომია"]),

] + MORE_NOTES
