"""Forty-ninth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation
(only the ``Note`` type, a glance at the corpus module for the names of the identifier kinds, the eighteenth set for the
format and the first docstrings of sets 19 to 48, to choose settings not used before), and never ran the de-identifier
or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

24 notes (750 planted identifier parts in 652 (kind, parts) entries; 359 clinical strings, all distinct), each a
different kind of clinical document, from countries, territories, regions and towns that sets 19 to 48 did not use or
used least. The even-numbered notes (0, 2, ..., 22) are in English, in US (Oregon, New Jersey, Illinois, New Hampshire),
Sark, Tokelau, Australian Capital Territory, Ascension Island, Lord Howe Island, Gibraltar, Kiribati and Pitcairn
Islands usage; each odd-numbered note is in another language and script: Japanese (1, Reiwa and Showa era dates), Korean
(3), simplified Chinese (5, mainland), Arabic (7, Kuwait, a Hijri date beside the Gregorian one), Russian (9), Greek
(11), Hindi in Devanagari (13, the date in Devanagari digits), and five in which the docstrings of sets 19 to 48 show no
note written: Czech (15, Latin script with its diacritics), Hungarian (17, Latin script with its accents, surname-first
names and a married name in -né), Macedonian (19, Cyrillic), Assamese (21, Bengali-Assamese script, the date and PIN
code in Assamese digits) and Azerbaijani (23, Latin script with ə, ğ, ı and ş).

This file holds notes 0-11 (378 identifier parts in 328 entries, 179 clinical strings):
0, USA, Oregon, Harney County (Burns, Hines, Crane, Frenchglen; Bend): an emergency department provider note on a
lightning strike injury with keraunoparalysis in a ranch hand, with an Oregon Health Plan ID, a cattle company as
workplace, a pickup's plate, Labor Day, places that are everyday words (Burns beside the clinical "burns", Crane, Bend),
a transfer centre fax, a state licence and an NPI;
1, Japan, Tokushima, Miyoshi (Nishi-Iyayama in the Iya valley): a smoking cessation clinic first-visit record
(Japanese), with Reiwa and Showa era dates, a kana reading beside the name, a health insurance symbol and number, a 番地
address, a tour bus company as workplace, a car plate, a referring clinic, Obon and a medical register number;
2, Sark (Little Sark, Maseline; St Martin, Guernsey): a visiting stoma care nurse's home visit record for a woman aged
93 with a high-output ileostomy, with a Guernsey social security number, a house name, postcodes, a key-safe code, a tea
garden as workplace, the island's shipping company and an NMC PIN;
3, South Korea, Incheon, Ganghwa County (Ganghwa-eup, Gyodong-myeon): a post-vasectomy semen analysis result letter
(Korean), with a resident registration number, a 리 address with its lot number, a KakaoTalk ID, a fax number, a rice
cooperative as workplace, given names that are everyday words, Seollal, Korean dotted dates (one of them year and month
only) and licence numbers;
4, Tokelau (Fakaofo and its islet Fale; Wellington; Apia): a lactation consultation and frenotomy record for a
six-week-old, with NZ NHI numbers, a school as the mother's workplace, the village council office, an e-mail address, an
aunt whose name is an everyday word, an IBCLC number and midwifery and medical council numbers;
5, China, Anhui, Huangshan (Tunxi, She County: Shendu): a clozapine monitoring clinic record (simplified Chinese), with
outpatient and inpatient numbers, a resident ID, a village group address, a WeChat ID, a tea company as workplace,
National Day and a practising certificate code;
6, Australia, Australian Capital Territory (Garran, Gordon, Oaks Estate, Florey, Page, Belconnen, Holder): an
out-of-home care initial health assessment of a four-year-old in kinship care, with Medicare, IHI and child protection
client numbers, suburbs that are everyday words or surnames, an early learning centre, Canberra Day, an AHPRA number and
a provider number;
7, Kuwait, Al Jahra (Al Oyoun; Al Ahmadi): a discharge and home-care plan for a child with a tracheostomy (Arabic), with
a Hijri date beside the Gregorian one, Kuwaiti civil ID numbers, a block, street and house address, the oil company as
the father's workplace, a mother's name that is an everyday word, a suction machine serial, National Day, an e-mail
address and a licence number;
8, USA, New Jersey, Atlantic County (Atlantic City, Pleasantville, Egg Harbor City): a syringe services program
participant encounter, with a participant code, a nickname that is an everyday word, a NJ FamilyCare ID, a shelter on a
street named after a person, a casino as workplace, a driver licence, an Instagram handle, a referral URL, Memorial Day,
an APN licence and an NPI;
9, Russia, Kamchatka (Petropavlovsk-Kamchatsky; Yelizovo district: Razdolny; Esso): a lithium clinic monitoring record
(Russian), with a SNILS number, an OMS policy number, a surname that is an everyday word, a fish plant as workplace, the
January holidays, an e-mail address and a hospital named after a person;
10, Ascension Island (English Bay, Two Boats, Wideawake Airfield; Longwood and Jamestown, St Helena): an emergency
record and aeromedical evacuation request for a shark bite, with a work permit number, a fuel company as workplace,
Ascension Day, walking blood bank donors, an aircraft registration, a St Helena phone number and a GMC number;
11, Greece, Laconia (Sparti, Gytheio): a restriction and mechanical restraint record from a psychiatric ward (Greek),
with a patronymic, an AMKA, a prosecutor's order number, a police station, a surname and a mother's name that are
everyday words, the Dekapentavgoustos holiday, a fax number and a medical association number.

Notes 12-23 are in :mod:`deid_notes_heldout49_more`, only to keep each file a readable length (see its docstring). Where
a real identifier has a check digit (US NPI and DEA number, Korean resident registration number, Chinese resident ID,
Australian Medicare and IHI, NZ NHI, Kuwaiti civil ID, Russian SNILS, Greek AMKA, Aadhaar, Czech rodné číslo, Hungarian
TAJ, Macedonian EMBG) the planted one passes it; the others keep a plausible format. Three patients are aged 90 or over
(notes 2, 12 and 23), and for them the age, the birth date and birth year (DOB90) and every other date element, bare
years, months and holidays included, are planted; where a younger patient's note has a bare year (notes 5, 20 and 22),
it is left in the text and not planted. No identifier part is planted in more than one note. The strings that must
survive include eponyms, eponymous signs, scores and manoeuvres and brand names that look like names or places
(Lichtenberg figures, St Mark's electrolyte mix, Crohn's disease, Coryllos, Hazelbaker, Arnold-Chiari, Passy-Muir,
Richmond (RASS), Hamilton, Galapagos shark, Dix-Hallpike, Epley, Brandt-Daroff, Romberg, Conners' CAARS, Trendelenburg,
Harris Hip Score, Weber, Rinne, Cavinton, Hirschberg, Lang I, Hickman, Goldmann, Humphrey, van Herick, Schiller), drug
and device names, lab values with units, scores and ratios. Entries per kind in the whole set: LOCATION 132, NAME 125,
DATE 108, HOSPITAL 50, PHONE 46, ID 43, ADDRESS 33, LICENCE 30, POSTCODE 22, MRN 21, EMAIL 9, FAX 7, PLATE 6, SERIAL 6,
AGE 3, DOB90 3, HANDLE 3, CODE 2, URL 2, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout49.deid_notes_heldout49_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Oregon, Harney County (Burns, Hines, Crane, Frenchglen; Bend): ED provider note, lightning strike injury
    ("Harney District Hospital - Emergency Department\n"
     "557 W Washington St, Burns, OR 97720 | ED main 541-573-8377\n"
     "ED PROVIDER NOTE | 08/29/2025 19:12 | Bed 3\n"
     "Patient: Dusty Wheelwright-Okafor | 27 M | DOB 03/11/1998 | MRN HDH-0471296 | OHP ID RK83521Q\n"
     "HPI: hay hand for Riverbend Cattle Co. out past Crane; lives in Hines with his girlfriend Skye. Brought in by "
     "coworker Rowdy Baca in the ranch pickup (OR plate 419 KZV). Was sheltering under a juniper in a dry lightning "
     "storm ~18:20 (start of the Labor Day weekend) when the tree was struck; thrown ~3 m, brief LOC per Rowdy, no CPR "
     "needed. Now ringing in the ears, tingling and weakness of both legs, pain L shoulder.\n"
     "Exam: GCS 15, HR 96, BP 142/88, RR 16, SpO2 98% RA. Lichtenberg figures (ferning) over L chest wall and "
     "shoulder; partial-thickness burn L shoulder, ~2% TBSA. R TM perforation. Both legs cool, mottled and weak, "
     "pulses present on Doppler, improving over 40 min - keraunoparalysis.\n"
     "ECG: sinus, QTc 452 ms, no ST change. Troponin I 0.03 ng/mL, CK 388 U/L, UA negative for myoglobin.\n"
     "Imp: lightning strike injury (side flash) with keraunoparalysis, TM perforation and superficial burns.\n"
     "Plan: tele x 12 h, repeat troponin at 6 h; Td booster; Silver sulfadiazine to L shoulder; ENT f/u for the TM and "
     "an eye exam for a baseline (late cataract risk). If the legs have not recovered by morning, transfer to St. "
     "Charles Bend for neurology (transfer center fax 541-706-2291).\n"
     "Mother Charmaine Wheelwright (cell 541-413-2290) is driving up from Frenchglen.\n"
     "Tamsin Ravensworth, DO | OR Medical Board DO204817 | NPI 1648293078",
     [("HOSPITAL", ["Harney District Hospital"]), ("ADDRESS", ["557 W Washington St"]), ("LOCATION", ["Burns"]),
      ("POSTCODE", ["97720"]), ("PHONE", ["541-573-8377"]), ("DATE", ["08/29/2025"]),
      ("NAME", ["Dusty", "Wheelwright-Okafor"]), ("DATE", ["03/11/1998"]), ("MRN", ["HDH-0471296"]),
      ("ID", ["RK83521Q"]), ("LOCATION", ["Riverbend Cattle Co."]), ("LOCATION", ["Crane"]), ("LOCATION", ["Hines"]),
      ("NAME", ["Skye"]), ("NAME", ["Rowdy", "Baca"]), ("PLATE", ["419 KZV"]), ("DATE", ["Labor Day"]),
      ("HOSPITAL", ["St. Charles"]), ("LOCATION", ["Bend"]), ("NAME", ["Charmaine", "Wheelwright"]),
      ("PHONE", ["541-413-2290"]), ("LOCATION", ["Frenchglen"]), ("NAME", ["Tamsin", "Ravensworth"]),
      ("LICENCE", ["DO204817"]), ("ID", ["1648293078"]), ("FAX", ["541-706-2291"])],
     ["GCS 15", "BP 142/88", "Lichtenberg figures", "partial-thickness burn", "~2% TBSA", "R TM perforation",
      "keraunoparalysis", "QTc 452 ms", "Troponin I 0.03 ng/mL", "CK 388 U/L", "lightning strike injury", "side flash",
      "superficial burns", "Td booster", "Silver sulfadiazine"]),

    # 1 - Japan, Tokushima, Miyoshi (Nishi-Iyayama): smoking cessation clinic first visit (Japanese)
    ("徳島県立三好病院 内科 禁煙外来（ニコチン依存症治療）初回診察記録\n"
     "〒778-8503 徳島県三好市池田町シマ815-2　TEL 0883-72-1131\n"
     "記載日：令和7年6月12日（木）\n"
     "患者：大西 誠（おおにし まこと）　男性 58歳　生年月日：昭和42年2月3日　カルテ番号 0082-4471\n"
     "住所：三好市西祖谷山村善徳95番地　携帯 090-4812-3376\n"
     "保険：協会けんぽ　記号 36120455　番号 118\n"
     "職業：祖谷渓観光バスの運転手（25年）。紹介元：西祖谷診療所。自家用車 徳島 500 さ 17-42 で来院。\n"
     "喫煙歴：20歳から1日40本×38年、ブリンクマン指数 1520。TDS 8点、FTND 7点。呼気CO濃度 31 ppm。\n"
     "動機：妻の千秋さんに勧められた。長女の綾香さんの結婚式（お盆明け）までにやめたい。\n"
     "既往：高血圧症（アムロジピン 5mg）。職場健診で FEV1/FVC 66% を指摘され、COPD 疑い。\n"
     "所見：血圧 148/92 mmHg、SpO2 96%、BMI 26.1。PHQ-9 4点、抑うつなし。\n"
     "計画：禁煙開始日は6月19日。バレニクリン（チャンピックス）0.5mg 1日1回から漸増し、標準の12週5回プログラムで行う。次回は6月26日、呼気CO測定。呼吸機能検査は吉野川医療センターで再検予定。\n"
     "担当医：佐伯 遥（医籍登録番号 第512336号）",
     [("HOSPITAL", ["徳島県立三好病院"]), ("POSTCODE", ["778-8503"]), ("ADDRESS", ["池田町シマ815-2"]), ("LOCATION", ["三好市"]),
      ("PHONE", ["0883-72-1131"]), ("DATE", ["令和7年6月12日"]), ("NAME", ["大西", "誠", "おおにし", "まこと"]),
      ("DATE", ["昭和42年2月3日"]), ("MRN", ["0082-4471"]), ("LOCATION", ["西祖谷山村"]), ("ADDRESS", ["善徳95番地"]),
      ("PHONE", ["090-4812-3376"]), ("ID", ["36120455", "118"]), ("LOCATION", ["祖谷渓観光バス"]), ("NAME", ["千秋"]),
      ("NAME", ["綾香"]), ("DATE", ["お盆"]), ("DATE", ["6月19日"]), ("DATE", ["6月26日"]), ("HOSPITAL", ["吉野川医療センター"]),
      ("NAME", ["佐伯", "遥"]), ("LICENCE", ["512336"]), ("HOSPITAL", ["西祖谷診療所"]), ("PLATE", ["徳島 500 さ 17-42"])],
     ["ブリンクマン指数 1520", "TDS 8点", "FTND 7点", "呼気CO濃度 31 ppm", "高血圧症", "アムロジピン 5mg", "FEV1/FVC 66%", "COPD 疑い",
      "血圧 148/92 mmHg", "SpO2 96%", "BMI 26.1", "PHQ-9 4点", "バレニクリン", "チャンピックス", "12週5回"]),

    # 2 - Sark (Little Sark, Maseline; St Martin, Guernsey): stoma care nurse home visit, woman aged 93
    ("STOMA CARE - COMMUNITY HOME VISIT RECORD (visiting CNS)\n"
     "Princess Elizabeth Hospital, Le Vauquiedor, St Martin, Guernsey GY4 6UU | stoma care office 01481 707 412\n"
     "Visit: 9 October 2025, 11:30 - over on the morning boat to Maseline, tractor bus up the hill.\n"
     "Patient: Mrs Winifred Ozanne-Perrée, 93 yrs, DOB 14/02/1932 | GSS no. GY 208314 C | PEH no. 0193772\n"
     "Address: Les Vieux Clos, Rue du Fort, Sark GY10 1SF. Lives alone; key safe 4810. Daughter Honor Carré lives on "
     "Little Sark; granddaughter Elodie works at the Clos de Chausée tea garden and calls in daily.\n"
     "Background: end ileostomy since panproctocolectomy for Crohn's disease at PEH in March 2019; independent with "
     "her pouches until now. Referred by Dr Piers Hamon-Vaudin, Sark Medical Centre (01481 832 045): high output and "
     "leaks since the end of September.\n"
     "Assessment: stoma 30 mm, budded, moist, red. Peristomal erosion at 5-6 o'clock, SACS L2 TV. Small parastomal "
     "hernia on coughing. Output ~1.4 L/day, watery, Bristol type 7. Weight 47.8 kg (3 kg down), MUST score 2. Bloods "
     "taken by Dr Hamon-Vaudin on 6/10: Na 131 mmol/L, K 3.4 mmol/L, creatinine 118 µmol/L.\n"
     "Actions: changed to Esteem+ Soft Convex 30 mm drainable; Cavilon barrier film; Stomahesive paste at 6 o'clock. "
     "Loperamide 2 mg QDS 30 min before meals; St Mark's electrolyte mix 1 L/day and hypotonic drinks limited to 500 "
     "ml. Measured for a support belt. Supplies to come over with Sark Shipping.\n"
     "Follow-up: phone review 16/10/2025; next visit 23/10/2025, weather permitting. If output over 2 L/day or dizzy - "
     "to PEH via the island ambulance and the emergency boat.\n"
     "Gwenllian Mauger, RN, Stoma Care CNS | NMC 09B2741E",
     [("HOSPITAL", ["Princess Elizabeth Hospital"]), ("ADDRESS", ["Le Vauquiedor"]), ("LOCATION", ["St Martin"]),
      ("LOCATION", ["Guernsey"]), ("POSTCODE", ["GY4 6UU"]), ("PHONE", ["01481 707 412"]), ("DATE", ["9 October 2025"]),
      ("LOCATION", ["Maseline"]), ("NAME", ["Winifred", "Ozanne-Perrée"]), ("AGE", ["93 yrs"]),
      ("DOB90", ["1932", "14/02/1932"]), ("ID", ["GY 208314 C"]), ("MRN", ["0193772"]),
      ("ADDRESS", ["Les Vieux Clos", "Rue du Fort"]), ("LOCATION", ["Sark"]), ("POSTCODE", ["GY10 1SF"]),
      ("CODE", ["4810"]), ("NAME", ["Honor", "Carré"]), ("LOCATION", ["Little Sark"]), ("NAME", ["Elodie"]),
      ("LOCATION", ["Clos de Chausée"]), ("DATE", ["March 2019"]), ("NAME", ["Piers", "Hamon-Vaudin"]),
      ("HOSPITAL", ["Sark Medical Centre"]), ("PHONE", ["01481 832 045"]), ("DATE", ["September"]), ("DATE", ["6/10"]),
      ("LOCATION", ["Sark Shipping"]), ("DATE", ["16/10/2025"]), ("DATE", ["23/10/2025"]),
      ("NAME", ["Gwenllian", "Mauger"]), ("LICENCE", ["09B2741E"])],
     ["end ileostomy", "panproctocolectomy", "Crohn's disease", "SACS L2 TV", "parastomal hernia", "Bristol type 7",
      "MUST score 2", "Na 131 mmol/L", "K 3.4 mmol/L", "creatinine 118 µmol/L", "Esteem+ Soft Convex",
      "Cavilon barrier film", "Stomahesive paste", "Loperamide 2 mg QDS", "St Mark's electrolyte mix"]),

    # 3 - South Korea, Incheon, Ganghwa County (Gyodong): post-vasectomy semen analysis result letter (Korean)
    ("강화 서울비뇨의학과의원\n"
     "인천광역시 강화군 강화읍 강화대로 402, 2층 | ☎ 032-933-7582 | 팩스 032-933-7583\n"
     "정관수술 후 정액검사 결과 안내서\n"
     "발행일: 2025. 11. 4.\n"
     "수신: 윤바다 님 (남, 41세) | 주민등록번호 840722-1136252 | 등록번호 GH-20250318\n"
     "주소: 인천광역시 강화군 교동면 대룡리 517-3 | 연락처 010-7284-1936 | 카카오톡 ID bada_ganghwa84 | 직장: 교동 쌀 영농조합\n"
     "의뢰: 교동보건지소\n"
     "수술: 2025. 8. 19. 양측 무도침 정관절제술(NSV), 국소마취 리도카인 1% 6 mL\n"
     "검사: 2025. 11. 3. 채취 (수술 후 11주, 사정 횟수 약 24회)\n"
     "결과: 정액량 2.8 mL, pH 7.6, 액화 시간 20분. 원심분리 후 검경에서 정자 0/HPF, 운동 정자 없음.\n"
     "판정: 무정자증 확인 (AUA 가이드라인 기준). 이제 다른 피임 방법은 중단하셔도 됩니다.\n"
     "참고: 수술 직후 있었던 음낭 혈종은 호전되었고 부고환 울혈 증상은 없습니다. 드물게 늦은 재소통 가능성(약 1/2000)이 있음을 설명드렸습니다. 배우자 한솔 님께도 전화로 결과를 설명하였으며, 설날 "
     "전에 재검을 원하시면 예약해 주십시오. 정기 추적 검사는 필요 없으며, 다음 건강검진은 2026. 5. 예정입니다.\n"
     "담당의: 비뇨의학과 전문의 오세진 (의사면허 제108734호, 전문의 제2291호)",
     [("HOSPITAL", ["서울비뇨의학과의원"]), ("LOCATION", ["강화군"]), ("LOCATION", ["강화읍"]), ("ADDRESS", ["강화대로 402"]),
      ("PHONE", ["032-933-7582"]), ("DATE", ["2025. 11. 4."]), ("NAME", ["윤바다"]), ("ID", ["840722-1136252"]),
      ("MRN", ["GH-20250318"]), ("LOCATION", ["교동면"]), ("ADDRESS", ["대룡리 517-3"]), ("PHONE", ["010-7284-1936"]),
      ("LOCATION", ["교동 쌀 영농조합"]), ("HOSPITAL", ["교동보건지소"]), ("DATE", ["2025. 8. 19."]), ("DATE", ["2025. 11. 3."]),
      ("NAME", ["한솔"]), ("DATE", ["설날"]), ("NAME", ["오세진"]), ("LICENCE", ["108734", "2291"]),
      ("HANDLE", ["bada_ganghwa84"]), ("FAX", ["032-933-7583"]), ("DATE", ["2026. 5."])],
     ["무도침 정관절제술(NSV)", "리도카인 1% 6 mL", "수술 후 11주", "사정 횟수 약 24회", "정액량 2.8 mL", "pH 7.6", "액화 시간 20분", "정자 0/HPF",
      "운동 정자 없음", "무정자증", "AUA 가이드라인", "음낭 혈종", "부고환 울혈", "약 1/2000"]),

    # 4 - Tokelau (Fakaofo, Fale; Wellington; Apia): lactation consultation and frenotomy record
    ("Fenuafala Hospital, Fakaofo, Tokelau - Maternal and Child Health\n"
     "LACTATION CONSULTATION AND FRENOTOMY RECORD | 14/10/2025 | Ward 2\n"
     "Baby: Mikaele Lotomau, male, 6 weeks, born 2/09/2025 here (SVD, 3.31 kg) | NHI ZJA4174\n"
     "Mother: Silivia Lotomau, 24, G2P2, teacher at Matauala School | NHI ZKT5283 | ph 3127 | "
     "silivia.lotomau@outlook.com. Father Pio works at the Taupulega office on Fale; her sister Aloha helps with the "
     "older child. Referred by nurse Lisiate Kupu.\n"
     "History: painful latch since day 3, bilateral cracked nipples, clicking and milk spilling during feeds, long "
     "feeds (50-60 min). Weight 3.29 kg on day 10, 3.48 kg today - slow gain.\n"
     "Exam (baby): anterior tongue-tie, Coryllos type 2; heart-shaped tip, cannot extend past the lower gum; "
     "Hazelbaker appearance 6/10, function 8/14. LATCH score 6/10. Mother: compression stripe after feeds, pain 8/10 "
     "with latch, no mastitis.\n"
     "Discussed by video with Dr Ioane Kirifi-Leaupepe and with Mereana Thorsby, IBCLC (L-58213), in Wellington; both "
     "parents consented.\n"
     "Procedure: frenotomy with sterile blunt-tipped scissors, sucrose 24% 0.5 mL beforehand, no anaesthetic, blood "
     "loss under 1 mL; fed at the breast straight after - pain 3/10 on latch.\n"
     "Plan: laid-back feeding and breast compressions; Lansinoh lanolin to nipples; paracetamol 1 g QID PRN for mum; "
     "express and top up 30 mL EBM after 3 feeds a day; weigh twice a week. Review 21/10/2025. If gain is under 150 "
     "g/week, discuss transfer to Apia on the next boat, due 28 October.\n"
     "Teresa Faraimo, RM | Midwifery Council 41-20877 | Dr I. Kirifi-Leaupepe, MCNZ 58361",
     [("HOSPITAL", ["Fenuafala Hospital"]), ("LOCATION", ["Fakaofo"]), ("LOCATION", ["Tokelau"]),
      ("DATE", ["14/10/2025"]), ("NAME", ["Mikaele", "Lotomau"]), ("DATE", ["2/09/2025"]), ("ID", ["ZJA4174"]),
      ("NAME", ["Silivia"]), ("LOCATION", ["Matauala School"]), ("ID", ["ZKT5283"]), ("PHONE", ["3127"]),
      ("EMAIL", ["silivia.lotomau@outlook.com"]), ("NAME", ["Pio"]), ("LOCATION", ["Taupulega"]),
      ("LOCATION", ["Fale"]), ("NAME", ["Aloha"]), ("NAME", ["Lisiate", "Kupu"]),
      ("NAME", ["Ioane", "Kirifi-Leaupepe"]), ("NAME", ["Mereana", "Thorsby"]), ("LICENCE", ["L-58213"]),
      ("LOCATION", ["Wellington"]), ("DATE", ["21/10/2025"]), ("LOCATION", ["Apia"]), ("DATE", ["28 October"]),
      ("NAME", ["Teresa", "Faraimo"]), ("LICENCE", ["41-20877"]), ("LICENCE", ["58361"])],
     ["anterior tongue-tie", "Coryllos type 2", "Hazelbaker appearance 6/10", "function 8/14", "LATCH score 6/10",
      "compression stripe", "pain 8/10", "frenotomy", "sucrose 24% 0.5 mL", "Lansinoh lanolin",
      "paracetamol 1 g QID PRN", "30 mL EBM", "150 g/week", "G2P2", "3.48 kg"]),

    # 5 - China, Anhui, Huangshan (Tunxi, She County): clozapine monitoring clinic record (simplified Chinese)
    ("黄山市精神卫生中心 氯氮平治疗门诊监测记录\n"
     "地址：安徽省黄山市屯溪区新安北路166号　电话：0559-2536127\n"
     "就诊日期：2025年9月24日　门诊号：MZ25093317　原住院号：ZY2201884\n"
     "患者：胡海，男，32岁，身份证号 341021199304170538，住歙县深渡镇漳潭村三组12号，手机 139-5591-0473，微信号 huhai_sd1993。\n"
     "职业：原黄山茶叶公司包装工，现在家休养。陪诊：母亲吴桂英；监护人：哥哥胡江（电话 181-5602-3948）。\n"
     "诊断：精神分裂症（F20.0），难治性。2022年在合肥市第四人民医院起用氯氮平。\n"
     "目前用药：氯氮平 250 mg/日（早50 mg，晚200 mg），乳果糖 15 ml 每日一次，二甲双胍 0.5 g 每日两次。\n"
     "本次检查：WBC 4.6×10^9/L，ANC 2.1×10^9/L；氯氮平血药浓度 420 ng/mL；空腹血糖 6.8 mmol/L；甘油三酯 2.9 mmol/L；心电图 QTc 438 ms；肌钙蛋白阴性。体重 86 "
     "kg，BMI 29.4（半年增加6 kg）。\n"
     "精神检查：幻听明显减少，PANSS 总分 68（上次 81）。夜间流涎，便秘已缓解，无发热、咽痛。\n"
     "处理：继续原剂量；ANC ≥ 1.5×10^9/L 可继续每月复查血常规；加强饮食运动指导。国庆节期间药量已开足30天。\n"
     "下次复诊：2025年10月22日（如发热、咽痛立即来院）。\n"
     "医师：许文静（医师执业证书编码 110340000512876）　护士：汪丽萍",
     [("HOSPITAL", ["黄山市精神卫生中心"]), ("LOCATION", ["黄山市"]), ("LOCATION", ["屯溪区"]), ("ADDRESS", ["新安北路166号"]),
      ("PHONE", ["0559-2536127"]), ("DATE", ["2025年9月24日"]), ("MRN", ["MZ25093317"]), ("MRN", ["ZY2201884"]),
      ("NAME", ["胡海"]), ("ID", ["341021199304170538"]), ("LOCATION", ["歙县"]), ("LOCATION", ["深渡镇"]),
      ("ADDRESS", ["漳潭村三组12号"]), ("PHONE", ["139-5591-0473"]), ("LOCATION", ["黄山茶叶公司"]), ("NAME", ["吴桂英"]),
      ("NAME", ["胡江"]), ("PHONE", ["181-5602-3948"]), ("HOSPITAL", ["合肥市第四人民医院"]), ("DATE", ["国庆节"]),
      ("DATE", ["2025年10月22日"]), ("NAME", ["许文静"]), ("LICENCE", ["110340000512876"]), ("NAME", ["汪丽萍"]),
      ("HANDLE", ["huhai_sd1993"])],
     ["精神分裂症（F20.0）", "氯氮平 250 mg/日", "乳果糖 15 ml", "二甲双胍 0.5 g", "WBC 4.6×10^9/L", "ANC 2.1×10^9/L",
      "氯氮平血药浓度 420 ng/mL", "空腹血糖 6.8 mmol/L", "甘油三酯 2.9 mmol/L", "QTc 438 ms", "肌钙蛋白阴性", "BMI 29.4", "PANSS 总分 68",
      "夜间流涎", "ANC ≥ 1.5×10^9/L"]),

    # 6 - Australia, ACT (Garran, Gordon, Oaks Estate, Florey, Page, Belconnen, Holder): out-of-home care assessment
    ("Canberra Health Services - Child at Risk Health Unit\n"
     "Building 11, Canberra Hospital, Yamba Drive, Garran ACT 2605 | (02) 5124 2180\n"
     "OUT-OF-HOME CARE INITIAL HEALTH ASSESSMENT | 11/03/2026 (the Wednesday after Canberra Day)\n"
     "Child: Kobe Jarrah Whitcombe, M, DOB 17/06/2021 (4 y 8 m) | Medicare 2718 49304 1 (IRN 3) | IHI 8003 6081 6672 "
     "1431 | CHS MRN 7720415 | CYPS client no. 318-4477\n"
     "Placed on 24/02/2026 with kinship carers, maternal great-aunt Bronwyn Delacey and her husband Stuart, in Gordon "
     "(ph 0412 587 309). Previously with his mother Tayla Whitcombe at Oaks Estate; she is now in Florey. Father not "
     "involved. Caseworker: Nerida Fogarty, CYPS (6207 4431). Attends Little Wattles Early Learning in Page three days "
     "a week.\n"
     "Growth: weight 15.2 kg (25th centile), height 101 cm, BMI 14.9. Lift-the-lip: early childhood caries of the "
     "upper incisors. Ears: tympanometry type B both sides, failed hearing screen. Vision: Lea symbols 6/9 each eye.\n"
     "Development: ASQ-3 communication 25/60 (below cut-off), fine motor 40/60. SDQ total difficulties 19. Speech "
     "mostly 2-word phrases. No facial features of FASD; prenatal alcohol exposure unknown.\n"
     "Bloods: Hb 108 g/L, ferritin 9 µg/L, blood lead 0.12 µmol/L. Immunisation: 4-year Quadracel overdue - given "
     "today and recorded on AIR.\n"
     "Plan: iron (Ferro-Liquid 3 mL daily for 3 months); paediatric ENT referral for grommets; dental clinic in "
     "Belconnen; speech pathology at the Child Development Service in Holder; review in 3 months; report to CYPS.\n"
     "Dr Anjali Ferreira-Boyce, paediatrician | AHPRA MED0002281465 | Prov. no. 4471832K | with registrar Dr Hamish "
     "Quealy",
     [("HOSPITAL", ["Canberra Health Services"]), ("HOSPITAL", ["Canberra Hospital"]), ("ADDRESS", ["Yamba Drive"]),
      ("LOCATION", ["Garran"]), ("POSTCODE", ["2605"]), ("PHONE", ["(02) 5124 2180"]), ("DATE", ["11/03/2026"]),
      ("DATE", ["Canberra Day"]), ("NAME", ["Kobe", "Jarrah", "Whitcombe"]), ("DATE", ["17/06/2021"]),
      ("ID", ["2718 49304 1"]), ("ID", ["8003 6081 6672 1431"]), ("MRN", ["7720415"]), ("ID", ["318-4477"]),
      ("DATE", ["24/02/2026"]), ("NAME", ["Bronwyn", "Delacey"]), ("NAME", ["Stuart"]), ("LOCATION", ["Gordon"]),
      ("PHONE", ["0412 587 309"]), ("NAME", ["Tayla"]), ("LOCATION", ["Oaks Estate"]), ("LOCATION", ["Florey"]),
      ("NAME", ["Nerida", "Fogarty"]), ("PHONE", ["6207 4431"]), ("LOCATION", ["Little Wattles Early Learning"]),
      ("LOCATION", ["Page"]), ("LOCATION", ["Belconnen"]), ("LOCATION", ["Holder"]),
      ("NAME", ["Anjali", "Ferreira-Boyce"]), ("LICENCE", ["MED0002281465"]), ("LICENCE", ["4471832K"]),
      ("NAME", ["Hamish", "Quealy"])],
     ["weight 15.2 kg (25th centile)", "BMI 14.9", "early childhood caries", "tympanometry type B", "Lea symbols 6/9",
      "ASQ-3 communication 25/60", "fine motor 40/60", "SDQ total difficulties 19", "FASD", "Hb 108 g/L",
      "ferritin 9 µg/L", "blood lead 0.12 µmol/L", "Quadracel", "Ferro-Liquid 3 mL daily", "grommets"]),

    # 7 - Kuwait, Al Jahra (Al Oyoun; Al Ahmadi): tracheostomy discharge and home-care plan for a child (Arabic)
    ("وزارة الصحة - دولة الكويت\n"
     "مستشفى الجهراء - قسم الأطفال، وحدة الرعاية التنفسية المنزلية | هاتف 24577310 | البريد: "
     "jahra.homecare@moh.gov.kw\n"
     "خطة الخروج والرعاية المنزلية لطفلة مع فغر الرغامى\n"
     "التاريخ: 18/02/2026م الموافق 1 رمضان 1447هـ\n"
     "المريضة: غلا فهد المطيري، أنثى، 4 سنوات، تاريخ الميلاد 09/05/2021 | الرقم المدني 321050901859 | رقم الملف "
     "JH-4471906\n"
     "العنوان: الجهراء، منطقة العيون، قطعة 4، شارع 12، منزل 35. هاتف الأم أمل: 66418392؛ الأب فهد (الرقم المدني "
     "288031202751) يعمل في شركة نفط الكويت بالأحمدي، هاتفه 99271504.\n"
     "التشخيص: شلل ثنائي في الحبال الصوتية مع تشوه أرنولد-كياري من النوع الثاني واستسقاء دماغي بصمام VP. أُجري فغر "
     "الرغامى في مستشفى الصباح بتاريخ 3/11/2025.\n"
     "الأنبوب: Shiley 4.0 PED بدون كفة، يُغيَّر كل 4 أسابيع، آخر تغيير 11/02/2026.\n"
     "التدريب: أتمّت الأم والجدة لولوة التدريب على الشفط (عمق 7 سم، ضغط 80-100 mmHg)، وتغيير الرباط، والإنعاش القلبي "
     "الرئوي للأطفال، واستبدال الأنبوب في الطوارئ.\n"
     "الأجهزة: جهاز شفط محمول رقمه التسلسلي SU-7K21440918، مقياس تأكسج نبضي، فلتر HME، صمام Passy-Muir للكلام أثناء "
     "اليقظة فقط.\n"
     "عند الخروج: SpO2 97% على هواء الغرفة، pCO2 44 mmHg، الوزن 13.1 كغ.\n"
     "علامات الخطر: SpO2 أقل من 92%، إفرازات خضراء أو دموية، صعوبة إدخال قسطرة الشفط - الاتصال بالإسعاف فوراً.\n"
     "المتابعة: عيادة الأنف والأذن والحنجرة 04/03/2026؛ زيارة منزلية أسبوعية من الممرضة ريم الشمري. صُرفت مستلزمات شهر "
     "كامل لأن الصيدلية مغلقة في العيد الوطني.\n"
     "الطبيبة المعالجة: د. نادية الرشيدي، ترخيص رقم 18734 | أخصائية العلاج التنفسي: ماريا سانتوس",
     [("HOSPITAL", ["مستشفى الجهراء"]), ("PHONE", ["24577310"]), ("DATE", ["18/02/2026"]), ("DATE", ["1 رمضان 1447"]),
      ("NAME", ["غلا", "المطيري"]), ("NAME", ["فهد"]), ("DATE", ["09/05/2021"]), ("ID", ["321050901859"]),
      ("MRN", ["JH-4471906"]), ("LOCATION", ["الجهراء"]), ("LOCATION", ["العيون"]),
      ("ADDRESS", ["قطعة 4، شارع 12، منزل 35"]), ("NAME", ["أمل"]), ("PHONE", ["66418392"]), ("ID", ["288031202751"]),
      ("LOCATION", ["شركة نفط الكويت"]), ("LOCATION", ["الأحمدي"]), ("PHONE", ["99271504"]),
      ("HOSPITAL", ["مستشفى الصباح"]), ("DATE", ["3/11/2025"]), ("DATE", ["11/02/2026"]), ("NAME", ["لولوة"]),
      ("SERIAL", ["SU-7K21440918"]), ("DATE", ["04/03/2026"]), ("NAME", ["ريم", "الشمري"]), ("DATE", ["العيد الوطني"]),
      ("NAME", ["نادية", "الرشيدي"]), ("LICENCE", ["18734"]), ("NAME", ["ماريا", "سانتوس"]),
      ("EMAIL", ["jahra.homecare@moh.gov.kw"])],
     ["فغر الرغامى", "شلل ثنائي في الحبال الصوتية", "تشوه أرنولد-كياري من النوع الثاني", "استسقاء دماغي بصمام VP",
      "Shiley 4.0 PED", "عمق 7 سم", "80-100 mmHg", "فلتر HME", "صمام Passy-Muir", "SpO2 97%", "pCO2 44 mmHg", "13.1 كغ",
      "SpO2 أقل من 92%", "إفرازات خضراء أو دموية"]),

    # 8 - USA, New Jersey, Atlantic County (Atlantic City, Pleasantville, Egg Harbor City): syringe services encounter
    ("Shoreline Harm Reduction Center - Syringe Services Program\n"
     "1613 Pacific Ave, Atlantic City, NJ 08401 | (609) 345-2718 | NJDOH SSP site 06\n"
     "PARTICIPANT ENCOUNTER | 05/27/2025 14:05 (day after Memorial Day) | walk-in\n"
     "Participant code: MAKO0419 | Name given: Shane \"Tiny\" Kowalczyk | DOB 04/19/1989 | NJ FamilyCare ID 1009 4472 "
     "8815\n"
     "Staying at the Rescue Mission, 2009 Bacharach Blvd, since his girlfriend Danielle put him out of the apartment "
     "in Pleasantville. Works some nights as a porter at the Golden Gull Casino. Mother in Egg Harbor City (cell "
     "609-412-7730). NJ driver license K6418 52307 89104 (suspended). Best reached by Instagram DM @tinyk_ac609.\n"
     "Supplies: 60 x 1 mL 28G syringes returned 48; fentanyl test strips x10, xylazine test strips x10, 2 Narcan kits "
     "(naloxone 4 mg nasal), sharps container.\n"
     "Reports: injecting \"tranq dope\" 4-5 times a day; 2 overdoses in April, both reversed with naloxone by a "
     "friend.\n"
     "Nurse exam: wound L forearm 3 x 4 cm with necrotic base and slough, no cellulitis, no crepitus - typical of "
     "xylazine. T 37.1, HR 88.\n"
     "Testing: HCV Ab reactive (rapid), HIV-1/2 Ag/Ab non-reactive, RPR non-reactive.\n"
     "Care: wound cleaned, Xeroform and dry dressing, teaching on wound care. Twinrix dose 1 given. COWS score 9. "
     "Wants to start treatment: bridge script for Suboxone 8 mg/2 mg SL BID sent to CVS on Atlantic Ave; appointment "
     "at the AtlantiCare bridge clinic 05/29/2025 with HCV RNA draw. PrEP discussed. Referral logged at "
     "https://refer.njharmreduction.org/r/55017.\n"
     "Harm reduction specialist: Yesenia Marte | Joy Achterberg, APN | NJ APN 26NJ00412300 | NPI 1930572643",
     [("LOCATION", ["Shoreline Harm Reduction Center"]), ("ADDRESS", ["1613 Pacific Ave"]),
      ("LOCATION", ["Atlantic City"]), ("POSTCODE", ["08401"]), ("PHONE", ["(609) 345-2718"]), ("DATE", ["05/27/2025"]),
      ("DATE", ["Memorial Day"]), ("CODE", ["MAKO0419"]), ("NAME", ["Shane", "Tiny", "Kowalczyk"]),
      ("DATE", ["04/19/1989"]), ("ID", ["1009 4472 8815"]), ("LOCATION", ["Rescue Mission"]),
      ("ADDRESS", ["2009 Bacharach Blvd"]), ("NAME", ["Danielle"]), ("LOCATION", ["Pleasantville"]),
      ("LOCATION", ["Golden Gull Casino"]), ("LOCATION", ["Egg Harbor City"]), ("PHONE", ["609-412-7730"]),
      ("LICENCE", ["K6418 52307 89104"]), ("DATE", ["April"]), ("LOCATION", ["CVS on Atlantic Ave"]),
      ("HOSPITAL", ["AtlantiCare"]), ("DATE", ["05/29/2025"]), ("NAME", ["Yesenia", "Marte"]),
      ("NAME", ["Joy", "Achterberg"]), ("LICENCE", ["26NJ00412300"]), ("ID", ["1930572643"]),
      ("HANDLE", ["tinyk_ac609"]), ("URL", ["https://refer.njharmreduction.org/r/55017"])],
     ["1 mL 28G syringes", "fentanyl test strips", "xylazine test strips", "naloxone 4 mg nasal", "tranq dope",
      "necrotic base and slough", "T 37.1", "HCV Ab reactive", "HIV-1/2 Ag/Ab non-reactive", "RPR non-reactive",
      "Xeroform", "Twinrix dose 1", "COWS score 9", "Suboxone 8 mg/2 mg SL BID", "HCV RNA", "PrEP"]),

    # 9 - Russia, Kamchatka (Petropavlovsk-Kamchatsky, Razdolny, Esso): lithium clinic monitoring record (Russian)
    ("ГБУЗ «Камчатский краевой психоневрологический диспансер»\n"
     "683024, г. Петропавловск-Камчатский, ул. Вулканная, д. 17 | регистратура +7 (4152) 23-61-48 | "
     "kkpnd-litiy@kamchatka-med.ru\n"
     "КАБИНЕТ ЛИТИЕВОЙ ТЕРАПИИ - ПРОТОКОЛ КОНТРОЛЬНОГО ОСМОТРА\n"
     "Дата: 14.01.2026 (первый приём после январских праздников)\n"
     "Пациентка: Зима Ольга Викторовна, 47 лет, д.р. 03.05.1978 | амб. карта № 4417-Л | СНИЛС 128-453-907 75 | полис "
     "ОМС 4155 8302 7719 0264\n"
     "Адрес: Елизовский р-н, пос. Раздольный, ул. Таёжная, д. 8, кв. 3 | тел. +7 914 782-15-39. Работает технологом на "
     "Авачинском рыбокомбинате, летом - гидом в Эссо. Муж Игорь Зима (тел. +7 924 690-44-21) привёз на осмотр.\n"
     "Диагноз: Биполярное аффективное расстройство, тип I, текущая ремиссия (F31.7).\n"
     "Терапия: лития карбонат (Седалит) 900 мг/сут в 2 приёма; левотироксин 25 мкг утром (с ноября).\n"
     "Анализы от 12.01.2026: литий в сыворотке 0,74 ммоль/л (через 12 ч после приёма); ТТГ 5,8 мМЕ/л; креатинин 96 "
     "мкмоль/л, СКФ (CKD-EPI) 68 мл/мин/1,73 м²; кальций общий 2,61 ммоль/л. ЭКГ: QTc 420 мс.\n"
     "Состояние: настроение ровное, YMRS 4 балла, шкала Гамильтона (HAM-D) 7 баллов. Лёгкий тремор кистей, полиурия до "
     "3 л/сут, жажда.\n"
     "Рекомендации: дозу не менять; избегать НПВП и обезвоживания; контроль лития, креатинина и ТТГ через 3 мес.; "
     "консультация эндокринолога в Камчатской краевой больнице им. Лукашевского по поводу гиперкальциемии. Следующий "
     "приём 15.04.2026.\n"
     "Врач-психиатр Голубева Таисия Сергеевна | м/с Эрдниева А. Б.",
     [("HOSPITAL", ["Камчатский краевой психоневрологический диспансер"]), ("POSTCODE", ["683024"]),
      ("LOCATION", ["Петропавловск-Камчатский"]), ("ADDRESS", ["ул. Вулканная, д. 17"]),
      ("PHONE", ["+7 (4152) 23-61-48"]), ("DATE", ["14.01.2026"]), ("DATE", ["январских праздников"]),
      ("NAME", ["Зима", "Ольга", "Викторовна"]), ("DATE", ["03.05.1978"]), ("MRN", ["4417-Л"]),
      ("ID", ["128-453-907 75"]), ("ID", ["4155 8302 7719 0264"]), ("LOCATION", ["Елизовский р-н"]),
      ("LOCATION", ["Раздольный"]), ("ADDRESS", ["ул. Таёжная, д. 8, кв. 3"]), ("PHONE", ["+7 914 782-15-39"]),
      ("LOCATION", ["Авачинском рыбокомбинате"]), ("NAME", ["Игорь"]), ("PHONE", ["+7 924 690-44-21"]),
      ("DATE", ["ноября"]), ("DATE", ["12.01.2026"]), ("HOSPITAL", ["Камчатской краевой больнице им. Лукашевского"]),
      ("DATE", ["15.04.2026"]), ("NAME", ["Голубева", "Таисия", "Сергеевна"]), ("NAME", ["Эрдниева"]),
      ("LOCATION", ["Эссо"]), ("EMAIL", ["kkpnd-litiy@kamchatka-med.ru"])],
     ["Биполярное аффективное расстройство, тип I", "F31.7", "лития карбонат", "Седалит", "левотироксин 25 мкг",
      "литий в сыворотке 0,74 ммоль/л", "ТТГ 5,8 мМЕ/л", "креатинин 96 мкмоль/л", "СКФ (CKD-EPI) 68 мл/мин/1,73 м²",
      "кальций общий 2,61 ммоль/л", "QTc 420 мс", "YMRS 4 балла", "шкала Гамильтона (HAM-D) 7 баллов", "тремор кистей",
      "гиперкальциемии"]),

    # 10 - Ascension Island (English Bay, Two Boats; St Helena): shark bite emergency record and medevac request
    ("Georgetown Hospital, Ascension Island - Emergency Record and Medevac Request\n"
     "Date: 02/08/2025 | Arrival 14:40 by island ambulance from English Bay | Hosp no. ASC-02917\n"
     "Patient: Mr Kurtis Yon, 34 M, DOB 21/11/1990, from Longwood, St Helena | work permit WP/2025/0418 | fuel handler "
     "with Wideawake Fuel Services, on island since Ascension Day; lives in the Two Boats accommodation block.\n"
     "History: spearfishing off English Bay with a friend, Shannon Leo, at about 14:00; bitten on the L forearm and "
     "hand by a shark - Galapagos shark (Carcharhinus galapagensis) by description. Shannon applied a CAT tourniquet "
     "on the beach at 14:12 and rang 911; crew Ricky Benjamin and Paula Crowie.\n"
     "On arrival: HR 128, BP 88/52, RR 24, GCS 14, cold and pale. Crescent of deep lacerations over L forearm, flexor "
     "tendon lacerations, radial pulse absent distal to the tourniquet. eFAST negative. Hb 92 g/L, lactate 4.1 "
     "mmol/L.\n"
     "Imp: class III haemorrhage from shark bite, L forearm - possible radial artery injury. MESS score 5.\n"
     "Treatment: TXA 1 g IV; O negative blood 2 units from the walking blood bank (donors: Sgt Darren Fenwick-Oduya "
     "and Mrs Lorna Stroud); wound washout, packing; co-amoxiclav 1.2 g IV plus ciprofloxacin 400 mg IV for marine "
     "organisms; tetanus immunoglobulin. Tourniquet time 1 h 50 min at handover.\n"
     "Request: urgent aeromedical evacuation to the UK for vascular and hand surgery (Queen Elizabeth Hospital "
     "Birmingham via RAF Brize Norton); air ambulance jet D-CFLY expected via Wideawake Airfield 03/08/2025 at 06:00. "
     "Employer and his mother in Jamestown (tel +290 22417) informed.\n"
     "Dr Oluwaseun Marsh-Hendry, Senior Medical Officer | GMC 7193058 | hospital line +247 66290",
     [("HOSPITAL", ["Georgetown Hospital"]), ("LOCATION", ["Ascension Island"]), ("DATE", ["02/08/2025"]),
      ("LOCATION", ["English Bay"]), ("MRN", ["ASC-02917"]), ("NAME", ["Kurtis", "Yon"]), ("DATE", ["21/11/1990"]),
      ("LOCATION", ["Longwood"]), ("LOCATION", ["St Helena"]), ("ID", ["WP/2025/0418"]),
      ("LOCATION", ["Wideawake Fuel Services"]), ("DATE", ["Ascension Day"]), ("LOCATION", ["Two Boats"]),
      ("NAME", ["Shannon", "Leo"]), ("NAME", ["Ricky", "Benjamin"]), ("NAME", ["Paula", "Crowie"]),
      ("NAME", ["Darren", "Fenwick-Oduya"]), ("NAME", ["Lorna", "Stroud"]),
      ("HOSPITAL", ["Queen Elizabeth Hospital Birmingham"]), ("LOCATION", ["RAF Brize Norton"]), ("PLATE", ["D-CFLY"]),
      ("LOCATION", ["Wideawake Airfield"]), ("DATE", ["03/08/2025"]), ("LOCATION", ["Jamestown"]),
      ("PHONE", ["+290 22417"]), ("NAME", ["Oluwaseun", "Marsh-Hendry"]), ("LICENCE", ["7193058"]),
      ("PHONE", ["+247 66290"])],
     ["Galapagos shark (Carcharhinus galapagensis)", "CAT tourniquet", "BP 88/52", "flexor tendon lacerations",
      "eFAST negative", "Hb 92 g/L", "lactate 4.1 mmol/L", "class III haemorrhage", "MESS score 5", "TXA 1 g IV",
      "O negative blood 2 units", "co-amoxiclav 1.2 g IV", "ciprofloxacin 400 mg IV", "tetanus immunoglobulin",
      "Tourniquet time 1 h 50 min"]),

    # 11 - Greece, Laconia (Sparti, Gytheio): restriction and mechanical restraint record, psychiatric ward (Greek)
    ("Γενικό Νοσοκομείο Λακωνίας - Νοσηλευτική Μονάδα Σπάρτης\n"
     "Ψυχιατρικός Τομέας | Κλαδά 34, 23100 Σπάρτη | τηλ. 27313 61452 | φαξ 27313 61499\n"
     "ΦΥΛΛΟ ΠΕΡΙΟΡΙΣΜΟΥ ΚΑΙ ΜΗΧΑΝΙΚΗΣ ΚΑΘΗΛΩΣΗΣ\n"
     "Ημερομηνία: 16/8/2025 (Σάββατο μετά τον Δεκαπενταύγουστο) | Αρ. Μητρώου Ασθενούς 25-08817\n"
     "Ασθενής: Ηλίας Λαγός του Νικολάου, 31 ετών, γεν. 12/03/1994, ΑΜΚΑ 12039412767, κάτοικος Γυθείου (Βασιλέως "
     "Γεωργίου 58), ψαράς στο καΐκι του θείου του.\n"
     "Εισαγωγή: ακούσια, με εντολή της Εισαγγελίας Πρωτοδικών Σπάρτης (αρ. 1442/2025), συνοδεία αστυνομικών του Α.Τ. "
     "Γυθείου. Η μητέρα του Ελπίδα (τηλ. 697 412 8836) ενημερώθηκε.\n"
     "Διάγνωση: σχιζοσυναισθηματική διαταραχή (F25.0), οξύ ψυχωσικό επεισόδιο με διέγερση.\n"
     "Λόγος καθήλωσης: επιθετικότητα προς το προσωπικό μετά από αποτυχία λεκτικής αποκλιμάκωσης, κλίμακα Richmond "
     "(RASS) +3, BPRS 62.\n"
     "Έναρξη 02:40 - λήξη 06:10. Καθήλωση 4 σημείων. Αλοπεριδόλη 5 mg IM και προμεθαζίνη 25 mg IM στις 02:45. Έλεγχος "
     "κάθε 15 λεπτά: ΑΠ 150/95 mmHg, σφύξεις 112, κορεσμός 97%, θερμοκρασία 37,8 °C. Ενυδάτωση, ενοξαπαρίνη 40 mg SC "
     "για κίνδυνο θρομβοεμβολής. CK 1450 U/L το πρωί.\n"
     "Ενημέρωση του ασθενούς μετά τη λύση· επαναξιολόγηση από τον θεράποντα ψυχίατρο στις 09:00.\n"
     "Εφημερεύων ψυχίατρος: Δρ Κωνσταντίνα Τζαννετάκου (ΙΣ Λακωνίας αρ. μητρώου 1187) | Νοσηλευτής βάρδιας: Σταύρος "
     "Κουμουνδούρος | Μάρτυρας: Διονυσία Πετρέα",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λακωνίας"]), ("HOSPITAL", ["Νοσηλευτική Μονάδα Σπάρτης"]),
      ("ADDRESS", ["Κλαδά 34"]), ("POSTCODE", ["23100"]), ("LOCATION", ["Σπάρτη"]), ("PHONE", ["27313 61452"]),
      ("DATE", ["16/8/2025"]), ("DATE", ["Δεκαπενταύγουστο"]), ("MRN", ["25-08817"]), ("NAME", ["Ηλίας", "Λαγός"]),
      ("NAME", ["Νικολάου"]), ("DATE", ["12/03/1994"]), ("ID", ["12039412767"]), ("LOCATION", ["Γυθείου"]),
      ("ADDRESS", ["Βασιλέως Γεωργίου 58"]), ("LOCATION", ["Εισαγγελίας Πρωτοδικών Σπάρτης"]), ("ID", ["1442/2025"]),
      ("LOCATION", ["Α.Τ. Γυθείου"]), ("NAME", ["Ελπίδα"]), ("PHONE", ["697 412 8836"]),
      ("NAME", ["Κωνσταντίνα", "Τζαννετάκου"]), ("LICENCE", ["1187"]), ("NAME", ["Σταύρος", "Κουμουνδούρος"]),
      ("NAME", ["Διονυσία", "Πετρέα"]), ("FAX", ["27313 61499"])],
     ["σχιζοσυναισθηματική διαταραχή (F25.0)", "οξύ ψυχωσικό επεισόδιο", "λεκτικής αποκλιμάκωσης",
      "κλίμακα Richmond (RASS) +3", "BPRS 62", "Καθήλωση 4 σημείων", "Αλοπεριδόλη 5 mg IM", "προμεθαζίνη 25 mg IM",
      "κάθε 15 λεπτά", "ΑΠ 150/95 mmHg", "σφύξεις 112", "κορεσμός 97%", "θερμοκρασία 37,8 °C", "ενοξαπαρίνη 40 mg SC",
      "CK 1450 U/L"]),
] + MORE_NOTES
