"""Forty-fourth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

24 notes (934 planted identifier parts in 797 (kind, parts) entries, 30 to 39 entries a note; 464 clinical strings, all
distinct), written the way clinicians write them, each a different kind of document, in settings not used by the earlier
sets. Notes 0-11 (this file): a community stroke Early Supported Discharge initial home visit (England, Suffolk:
Lowestoft and Gorleston); a clinic referral letter (shinryo joho teikyosho) for Japanese spotted fever with a helicopter
transfer (Japan, Shimane, the Oki Islands); an EMS patient care report with a vitals table after a grain bin engulfment
(US, Iowa, Ringgold County); an infectious diseases admission note for severe fever with thrombocytopenia syndrome in an
apple grower (South Korea, North Gyeongsang, Andong); an urgent care centre record of a toddler who swallowed a button
battery, with a PIPER retrieval (Australia, Victoria, East Gippsland: Orbost and Marlo); an emergency medico-legal
injury report after a Himalayan black bear attack (India, Uttarakhand, Chamoli); an Extra-Mural Program home IV therapy
and wound visit record for diabetic foot osteomyelitis on OPAT (Canada, New Brunswick: Miramichi, Tabusintac and
Moncton); an inpatient discharge summary for melioidosis with splenic abscesses in a rice farmer (Thailand, Ubon
Ratchathani); a nurse-led cataract pre-assessment with biometry for a patient aged 91 (Ireland, Co. Wexford); a
notification form of a suspected MERS-CoV case in a camel owner (Saudi Arabia, Al-Qassim: Buraydah and Al-Mithnab); a
paediatric discharge summary for post-streptococcal glomerulonephritis, admitted over Carnival (Antigua and Barbuda: St
John's and John Hughes); and an emergency centre record of a fall from a roof while clearing snow, with a thoracolumbar
burst fracture (Japan, Aomori: Hirosaki and Itayanagi). Notes 12-23 are described in :mod:`deid_notes_heldout44_more`: a
dermatology outreach record for a fisherman with albinism (Tanzania, Mwanza region, Ukerewe island); a health centre
transfer report for an air transfer of a woman aged 96 with a hip fracture (Greece, Karpathos); an emergency room record
of a stonefish envenomation (Palau, Koror); a county health and medical centre transfer referral for a man aged 94 with
urinary retention and urosepsis (South Korea, Ulleungdo); a wheelchair and seating service home assessment (Scotland,
Dumfries and Galloway); an internal medicine discharge letter for familial Mediterranean fever (Israel, Haifa and
Nesher); a pre-Hajj health screening form (Malaysia, Terengganu, Kuala Nerus); an anti-rabies care record after a rabid
fox attack (Ukraine, Poltava oblast, Dykanka); an inpatient geriatric medicine consultation for delirium in a woman aged
93 (US, Rhode Island: Providence and Harmony); a hepatobiliary surgery discharge record for hepatic cystic
echinococcosis in a Tibetan herder (China, Qinghai, Golog); a GP notification letter of leptospirosis in a dairy farm
worker to the Medical Officer of Health (New Zealand, Southland, Gore); and a hand trauma clinic letter after a flexor
tendon injury in a trawlerman (Northern Ireland, Co. Down: Kilkeel and Annalong).

Scripts and languages (positions in ``NOTES``, counted from 0): English (Latin script) at 0, 2, 4, 6, 8, 10, 12, 14, 16,
18, 20, 22 and 23 (13 notes; note 18 with Malay labels, note 6 with Acadian names); Japanese at 1 (Oki Islands) and 11
(Aomori), with Reiwa and Showa era dates, kana readings of names and Coming of Age Day; Korean (Hangul) at 3 (Andong),
with Parents' Day, and 15 (Ulleungdo), with Seollal; Hindi (Devanagari) at 5 (Chamoli), with Devanagari digits in the
date, the phone numbers and the PIN code; Thai at 7 (Ubon Ratchathani), with Buddhist Era dates and Mother's Day; Arabic
at 9 (Al-Qassim), with Hijri dates beside Gregorian ones and Eastern Arabic digits in the phone numbers; Greek at 13
(Karpathos), with a patronymic in the genitive, a nickname, Greek month names, Easter and a name day; Hebrew at 17
(Haifa), with Hebrew calendar dates and Tu B'Av; Ukrainian (Cyrillic) at 19 (Poltava oblast), with patronymics, dotted
initials and Ukrainian month names; simplified Chinese at 21 (Qinghai), with Tibetan names and the Tibetan New Year.

Identifiers sit in letterheads (some in capitals), patient labels, a vitals table, addressee blocks, copy lines and
sign-offs; after titles and relation words (Dr, Mrs, Mr, Ms, Sr, Sister, Paramedic, EMT, RN, Mzee, Haji, binti, bin,
mahram, Pop, Granny, NOK, HCPOA, 様, 長男, 妻, 夫, 看護師, 隣人, 救急隊長, 처, 아들, 딸, 공중보건의, 전공의, 전문의, श्रीमती, पत्नी, श्री, डॉ., นาย,
นาง, น้อง, พญ., นพ., พว., د., الزوجة, الابن, الراعي, ד״ר, פרופ׳, אמו, אחותו, κυρα-, του, γιος, εγγονή, Δρ, дружина,
колега, м/с, 丈夫, 女儿, 主治医师); bare in prose and in referral, transfer and retrieval lines; employers (a net loft, a grain
co-op elevator, a dive shop, a dairy farm, an agricultural firm, a restaurant, an airport), schools, a childcare centre,
a church, a charity and a society; addresses with and without house numbers (a Lowestoft score, an Irish house name, an
Iowa farm on a trail, a Japanese 番地 in a district called 郡, a Korean 리 and 면, a Thai หมู่, a Saudi حي, a Malaysian lot
in a kampung, a Tanzanian kijiji and kata, a New Zealand rural delivery road, a Chinese village group, a Palau hamlet)
and GPS coordinates of two farms. Staff initials look like clinical abbreviations or are dotted (PR, IC/FT, KB/mh, H.K.,
S.T., K.B., B.S.G., R. Lamb, G. Donnan, Ε.Φ., अ. स., י.ב.ש., Литвиненко О. В., Ковальчук Н. М.); nicknames (Goldie, Ros,
Dutch, Indi, Cly, Kitty, Mossie, Granny Pet, Dilly, Ally, Hattie, Fish, Πόπη, น้องฝน); names that are ordinary words
(Marigold, Fairweather, Kit, Rusty Lamb, Hope, Dutch, Indigo, Bree Lawless, Lake, Joy, Clement, Rehema, Furaha, Muda,
Jade, Fish, Ruth, Dusty, Prudence, Ειρήνη, 光, 今, 林, 勇, 雪子, 서하늘, 최바다, 정여름, 박솔, 平安, 韩冰, ฝน, จันทร์เพ็ญ, บุญมี, אלון, שמש,
מזל, कमला, पूजा, Мороз, Сорока); places that are everyday words (Diagonal, Gravity, Sunny Corner, Cabbage Tree Creek,
Possum Hollow, Harmony, Long Beach, Rock Islands, Gore, Riversdale, Bridgetown, Sea View Street, 郡, 中村, 나리, 雪山乡, נשר,
הדר, ׳הזית׳, المذنب, मंडल, Batu Rakit, Лан, บ้านโนนสวรรค์, Πηγάδια, Όλυμπο, and John Hughes and Balfour, which are also
people's names); hospitals, streets and places named after people (James Paget, Dr. Georges-L.-Dumont, Sir Lester Bird,
T.N. Kirnon, V.C. Bird, Sultanah Nur Zahirah, The Miriam, Steere House, Скліфосовського, רמב״ם, สรรพสิทธิประสงค์, Bevan
Street, Cleveland St, Putnam Pike, شارع عثمان بن عفان, вул. Шевченка, вул. Гоголя). Also e-mail addresses, URLs (a video
review link, a PACS share, laboratory and discharge portals, a patient-portal proxy, a dive shop website, a virtual
visit link, a seating photo folder, a Tabung Haji upload), two IPv4 addresses, handles (KakaoTalk, LINE, Instagram,
WeChat), key safe codes, vehicle plates (ambulances in Iowa, Japan, Korea, Uttarakhand and Greece, family cars and a
wheelchair-accessible vehicle, an outreach Land Cruiser), aircraft registrations (N415LF, VH-YXK, JA6932, HL9658,
SX-KTR), a Palau boat number and a trawler's name and port letter and number, device serial numbers (cardiac patch
monitor, ambulatory infusion pump, optical biometer, powered wheelchair, bed alarm, bladder scanner, cryotherapy unit),
national, health and insurance numbers with valid check digits where the scheme has one (NHS, CHI, Northern Ireland H&C,
Irish PPSN, US NPI, Australian Medicare, NZ NHI, Korean resident registration numbers, Japanese insurer numbers,
Aadhaar, Thai ID, Saudi national ID and iqama, Israeli ID, Greek AMKA, Ukrainian RNOKPP, Chinese resident ID) and in a
valid format where it has none (US Medicare MBI, Iowa driver's licence, New Brunswick Medicare, Malaysian MyKad with
birth date and state code, Tanzanian NIDA with birth date, Palau social security, Antigua medical benefits card, Korean
health insurance, Chinese medical insurance card), professional licences and registrations (HCPC, GMC, NMBI, IMC, AHPRA,
NANB, Iowa EMS, Rhode Island, Japanese and Korean medical licences, UKMC, Thai ว., SCFHS, Antigua Medical Board, MCT,
TNMC, Dodecanese Medical Association, Palau MOH, Israeli מ.ר., MMC, MCNZ), incident, case, register, referral,
laboratory, police and notification numbers, and dates in many formats (day-first and month-first, ISO, dotted, Korean
dotted, year-less, dates in words, Japanese era, Buddhist Era, Hijri, Hebrew calendar, Devanagari numerals, Greek,
Ukrainian and Chinese dates; holidays: Carnival Monday, Veterans Day, Christmas, Easter, St Patrick's Day, a name day,
Ramadan, Hari Raya Aidilfitri, Tu B'Av, 어버이날, 설날, 成人の日, วันแม่, 藏历新年; months alone, and decades).

Four patients are aged 90 or over (notes 8, 13, 15 and 20): their age is AGE (aged 91 and her 91st birthday, 96 ετών,
94세, 93-year-old and turned 93), their birth date DOB90, and every other date element (bare years, the 1950s, τη
δεκαετία του '60, 1970년대, the '80s, months alone, Christmas, Easter, a name day, 설날, Veterans Day) is planted as DATE;
bare years in younger patients' notes (notes 0, 1, 2, 3, 6, 11, 12, 16, 18 and 19) are left in the text and not planted.
The strings that must survive include eponymous signs, scales, techniques and devices (Berg, Fugl-Meyer, Frenchay,
Barthel, Weil-Felix, Stevens-Johnson, Magill, Le Fort, Semmes-Weinstein, Wagner, Braden, Ashdown, Goldmann, LOCS III,
SRK/T, Barrett Universal II, Fuchs, sub-Tenon's, Malyugin, Schwartz, Denis, Frankel, Cobb, Bowen, Fitzpatrick, Garden,
Norton, Foley, Waterlow, Ashworth, Thomas test, Katz, Lawton, Beers, Morse, Bezredka, Gharbi, Child-Pugh, Weil,
Jarisch-Herxheimer, Bruner, Jamar, Zio XT, CADD-Solis, Quickie, Jay J3, Menactra, Rabipur, Kilisun), scores with their
numbers (NIHSS, mRS, JAAM DIC, qSOFA, HScore, SOFA, APACHE II, TLICS, FLACC, EDSS, QuickDASH, 4AT, Clinical Frailty
Scale, K-MMSE, MoCA), drugs with doses, organisms (Rickettsia japonica, Haemaphysalis longicornis, Burkholderia
pseudomallei, Streptococcus pyogenes, Synanceia verrucosa, Ursus thibetanus, Klebsiella pneumoniae, Echinococcus
granulosus, Leptospira serovars Hardjo, Pomona, Ballum and Copenhageni, MERS-CoV, Hantaan virus), fractions and ratios
that look like dates (2/52, Barthel 14/20, Berg Balance Scale 41/56, Action Research Arm Test 38/57, MRC 4-/5, R 6/36, L
6/12, VA 6/60, BP 138/94, 血圧 96/58 mmHg, co-trimoxazole 160/800 mg, амоксицилін/клавуланат 875/125 мг, IHA titer 1:640,
MAT titre 1:1600, PaO2/FiO2 142, 6/0 Prolene, hemoculture 2/2, K-MMSE 17/30, AMTS 9/10, ΑΠ 150/80 mmHg), and place names
used clinically (Oxford Cognitive Screen, Berlin definition, Tel Hashomer criteria, Essen schedule, Chailey levels of
sitting ability, Adelaide technique, Belfast regime, Saint John protocol, Swiss cheese, and JCS, the Japan Coma Scale).

Entries per kind: NAME 172, LOCATION 131, DATE 129, PHONE 74, ID 55, HOSPITAL 49, ADDRESS 40, POSTCODE 31, LICENCE 29,
MRN 19, PLATE 19, EMAIL 14, URL 10, SERIAL 7, AGE 6, HANDLE 4, DOB90 4, CODE 2, IP 2. This file holds notes 0-11 (463
identifier parts in 398 entries, 241 clinical strings); the other 12 (471 parts in 399 entries, 223 clinical strings)
are in :mod:`deid_notes_heldout44_more`, only to keep each file a readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout44.deid_notes_heldout44_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - England, Suffolk (Lowestoft): community stroke Early Supported Discharge initial home visit
    ("WAVENEY COMMUNITY STROKE TEAM - EARLY SUPPORTED DISCHARGE\n"
     "Kirkley Mill Health Centre, 31 Bevan Street East, Lowestoft NR32 2AQ | 01632 960 417 | "
     "esd.waveney@suffolkcommunity-example.nhs.uk\n"
     "\n"
     "INITIAL HOME VISIT  Tues 03/03/2026  10:30-12:10\n"
     "Name: Mrs Marigold Thurkettle (prefers Goldie) | 71 F | DOB 19.08.1954 | NHS No 485 777 3457 | "
     "JPUH no. K0934712\n"
     "Address: 6 Rant Score, Lowestoft NR32 1HD - house on the Scores, 14 steps to the front door. Key safe 2719.\n"
     "Discharged 28 Feb from the Acute Stroke Unit, James Paget University Hospital, Gorleston. GP: Dr Osgood "
     "Pettingale, Bluebell Practice, Oulton Broad.\n"
     "NOK: husband Digby (07700 900 612), retired lifeboat coxswain, lives with her; daughter Rosalind (Ros) "
     "Harbottle in Beccles visits Sundays.\n"
     "\n"
     "Stroke: L MCA infarct on 14/02/2026, found by Digby at the kitchen table; thrombolysed with tenecteplase "
     "0.25 mg/kg. NIHSS 9 on arrival, 3 at discharge. No AF on telemetry; Zio XT patch fitted on the ward "
     "(serial ZX7-40318826) - to post back on 10 March.\n"
     "Background: T2DM since 2009 (diet), hypertension, ex-smoker. Sang alto in St Margaret's church choir until "
     "2019; worked 31 years at the net loft on Whapload Road.\n"
     "\n"
     "Assessment today:\n"
     "  mRS 3 | Barthel 14/20 | Berg Balance Scale 41/56 | Timed Up and Go 19 s | 10-metre walk test 0.6 m/s\n"
     "  R upper limb: MRC 4-/5 shoulder abduction, grip 4/5; Action Research Arm Test 38/57; Fugl-Meyer upper "
     "extremity 44/66; Nine-Hole Peg Test 48 s (L 21 s)\n"
     "  Cognition: Oxford Cognitive Screen - mild executive and attention difficulties.\n"
     "  Communication: mild expressive dysphasia, word-finding pauses; Frenchay Aphasia Screening Test to be done by "
     "SLT on Thursday.\n"
     "  Meds checked with blister pack: clopidogrel 75 mg OD, atorvastatin 80 mg ON, ramipril 2.5 mg OD.\n"
     "\n"
     "Goals (her words): 'get down the Scores to the sea front and back', make Digby's tea, hold a hymn book at "
     "church.\n"
     "Plan: ESD 5 x week for 2/52 then review; graded repetitive arm supplementary programme (GRASP) level 2; "
     "mirror therapy 20 min daily; sit-to-stand x5 practice; rail for the Scores steps - referral to Corton "
     "equipment store.\n"
     "\n"
     "Visit by Nell Fairweather, Physiotherapist (HCPC PH118204) and Kit Sorrell, Occupational Therapist (HCPC "
     "OT61837). Video review link sent to Ros: https://attend-example.nhs.uk/waveney-esd/room7. Notes typed by PR "
     "(ESD admin) 04/03.",
     [("HOSPITAL", ["Kirkley Mill Health Centre"]), ("ADDRESS", ["31 Bevan Street East"]), ("LOCATION", ["Lowestoft"]),
      ("POSTCODE", ["NR32 2AQ"]), ("PHONE", ["01632 960 417"]),
      ("EMAIL", ["esd.waveney@suffolkcommunity-example.nhs.uk", "esd.waveney"]), ("DATE", ["03/03/2026"]),
      ("NAME", ["Marigold", "Thurkettle"]), ("NAME", ["Goldie"]), ("DATE", ["19.08.1954"]), ("ID", ["485 777 3457"]),
      ("MRN", ["K0934712"]), ("ADDRESS", ["6 Rant Score"]), ("POSTCODE", ["NR32 1HD"]), ("CODE", ["2719"]),
      ("DATE", ["28 Feb"]), ("HOSPITAL", ["James Paget University Hospital"]), ("LOCATION", ["Gorleston"]),
      ("NAME", ["Osgood", "Pettingale"]), ("HOSPITAL", ["Bluebell Practice"]), ("LOCATION", ["Oulton Broad"]),
      ("NAME", ["Digby"]), ("PHONE", ["07700 900 612"]), ("NAME", ["Rosalind", "Ros", "Harbottle"]),
      ("LOCATION", ["Beccles"]), ("DATE", ["14/02/2026"]), ("SERIAL", ["ZX7-40318826"]), ("DATE", ["10 March"]),
      ("LOCATION", ["St Margaret's church"]), ("ADDRESS", ["Whapload Road"]), ("LOCATION", ["Corton"]),
      ("NAME", ["Nell", "Fairweather"]), ("LICENCE", ["PH118204"]), ("NAME", ["Kit", "Sorrell"]),
      ("LICENCE", ["OT61837"]), ("NAME", ["PR"]), ("URL", ["https://attend-example.nhs.uk/waveney-esd/room7"]),
      ("DATE", ["04/03"])],
     ["L MCA infarct", "tenecteplase 0.25 mg/kg", "NIHSS 9", "Zio XT patch", "mRS 3", "Barthel 14/20",
      "Berg Balance Scale 41/56", "Timed Up and Go 19 s", "10-metre walk test 0.6 m/s", "MRC 4-/5",
      "Action Research Arm Test 38/57", "Fugl-Meyer upper extremity 44/66", "Nine-Hole Peg Test 48 s",
      "Oxford Cognitive Screen", "Frenchay Aphasia Screening Test", "clopidogrel 75 mg OD", "atorvastatin 80 mg ON",
      "ramipril 2.5 mg OD", "2/52", "mirror therapy"]),
    # 1 - Japan, Shimane (Oki Islands, Okinoshima): clinic referral letter (shinryo joho teikyosho) for Japanese
    # spotted fever with a helicopter transfer (Japanese, Reiwa and Showa era dates)
    ("診療情報提供書\n"
     "令和8年6月17日\n"
     "島根県立中央病院 感染症科\n"
     "　担当医 御侍史\n"
     "紹介元: 隠岐の島町立五箇診療所\n"
     "〒685-0311 島根県隠岐郡隠岐の島町郡612番地　TEL 08512-5-2034　FAX 08512-5-2035\n"
     "医師: 布施 晴之（医籍登録番号 第512284号）\n"
     "\n"
     "患者氏名: 漆谷 ハツ子（うるしだに はつこ）様　女性　68歳\n"
     "生年月日: 昭和32年11月3日\n"
     "住所: 隠岐の島町中村1127番地3　自宅 08512-4-0719\n"
     "連絡先: 長男 健吾 090-4417-2286（松江市在住）\n"
     "保険: 国民健康保険　保険者番号 324285　記号 隠岐 番号 2231　当院カルテ番号 G-04412\n"
     "\n"
     "傷病名: 日本紅斑熱疑い（重症）、DIC疑い、急性腎障害\n"
     "紹介目的: ご高診および入院加療のお願い（県防災ヘリにて搬送）\n"
     "既往歴: 高血圧症（アムロジピン 5 mg 1日1回）、2016年 右TKA。\n"
     "現病歴: 隠岐牛の繁殖農家。6月上旬より布施地区の大満寺山の放牧地で草刈りを続けていた。6/12 から39.6℃の発熱、"
     "頭痛、倦怠感。6/14 に体幹・四肢に径5 mm程度の紅斑が出現し、手掌・足底にも拡大。本日、右大腿内側に黒色痂皮を伴う"
     "刺し口を確認。マダニ咬傷の自覚はありません。\n"
     "身体所見: JCS I-1、GCS E4V5M6、体温 39.1℃、血圧 96/58 mmHg、脈拍 112/分、SpO2 95%（室内気）。qSOFA 2点。\n"
     "検査所見: WBC 3,200/μL、血小板 6.8万/μL、AST 142 U/L、ALT 98 U/L、CRP 18.4 mg/dL、Cr 1.42 mg/dL、"
     "PT-INR 1.38。JAAM DIC診断基準 5点。\n"
     "経過: 本日10:40よりミノサイクリン 100 mg 12時間毎の点滴静注を開始し、シプロフロキサシン 300 mg を併用して"
     "おります。鑑別としてつつが虫病、薬疹（Stevens-Johnson症候群）を考えました。Weil-Felix反応は感度が低いため"
     "行っておりません。血清と痂皮は隠岐保健所経由で島根県保健環境科学研究所へ送り、Rickettsia japonica の PCR を"
     "依頼済みです。\n"
     "搬送: 隠岐広域連合消防本部の救急車（島根 800 す 11-19）で西郷港ヘリポートへ、県防災ヘリ JA6932 にて出雲へ。"
     "同乗は当院看護師 林。\n"
     "ご家族: 夫 源蔵（78歳、軽度認知症）は自宅に残り、長男 健吾 が出雲へ向かっております。\n"
     "ご返信は FAX または fuse.haruyuki@goka-clinic-example.jp までお願い申し上げます。\n"
     "隠岐の島町立五箇診療所　布施 晴之",
     [("DATE", ["令和8年6月17日"]), ("HOSPITAL", ["島根県立中央病院"]), ("HOSPITAL", ["隠岐の島町立五箇診療所"]),
      ("POSTCODE", ["685-0311"]), ("LOCATION", ["隠岐郡", "隠岐の島町"]), ("ADDRESS", ["郡612番地"]),
      ("PHONE", ["08512-5-2034"]), ("PHONE", ["08512-5-2035"]), ("NAME", ["布施", "晴之"]), ("LICENCE", ["512284"]),
      ("NAME", ["漆谷", "ハツ子"]), ("NAME", ["うるしだに", "はつこ"]), ("DATE", ["昭和32年11月3日"]),
      ("ADDRESS", ["中村1127番地3"]), ("PHONE", ["08512-4-0719"]), ("NAME", ["健吾"]), ("PHONE", ["090-4417-2286"]),
      ("LOCATION", ["松江市"]), ("ID", ["324285"]), ("ID", ["2231"]), ("MRN", ["G-04412"]), ("LOCATION", ["隠岐"]),
      ("DATE", ["6月上旬"]), ("LOCATION", ["布施地区"]), ("LOCATION", ["大満寺山"]), ("DATE", ["6/12"]),
      ("DATE", ["6/14"]), ("HOSPITAL", ["隠岐保健所"]), ("LOCATION", ["島根県保健環境科学研究所"]),
      ("PLATE", ["島根 800 す 11-19"]), ("LOCATION", ["西郷港"]), ("PLATE", ["JA6932"]), ("LOCATION", ["出雲"]),
      ("NAME", ["林"]), ("NAME", ["源蔵"]),
      ("EMAIL", ["fuse.haruyuki@goka-clinic-example.jp", "fuse.haruyuki"])],
     ["日本紅斑熱", "アムロジピン 5 mg", "JCS I-1", "GCS E4V5M6", "血圧 96/58 mmHg", "SpO2 95%（室内気）", "qSOFA 2点", "血小板 6.8万/μL",
      "AST 142 U/L", "CRP 18.4 mg/dL", "Cr 1.42 mg/dL", "PT-INR 1.38", "JAAM DIC診断基準 5点", "ミノサイクリン 100 mg",
      "シプロフロキサシン 300 mg", "つつが虫病", "Stevens-Johnson症候群", "Weil-Felix反応", "Rickettsia japonica", "刺し口"]),
    # 2 - USA, Iowa (Ringgold County): EMS patient care report, grain bin engulfment
    ("RINGGOLD COUNTY HOSPITAL AMBULANCE SERVICE - PATIENT CARE REPORT (ePCR print)\n"
     "504 N Cleveland St, Mount Ayr, IA 50854 | Agency 641-555-0143\n"
     "Incident # 25-10-1482 | Unit: Medic 21, Iowa plate 814 GRN | Date of service 10/17/2025\n"
     "Times: call 14:12 | dispatched 14:13 | on scene 14:31 | pt contact 14:33 | extricated 15:09 | LZ 15:40\n"
     "Dispatch (Ringgold Co. Sheriff, 911 call 25-44817): 'male trapped in grain bin, shelled corn, chest deep'.\n"
     "Scene: Vandevelde farm, 2361 Pioneer Trail, Diagonal, IA 50845 (GPS 40.8112, -94.3407)\n"
     "Patient: Lyle D. Vandevelde | 58 M | DOB 11/06/1967 | Iowa DL 512LV3384 | Wellmark BCBS ID XKW872340119 | "
     "home ph 641-555-0186\n"
     "NOK: son Tanner (found him, cell 641-555-0139); wife Marcy at work at the Heartland Co-op elevator in Gravity, "
     "notified by deputy.\n"
     "Crew: Paramedic Rusty Lamb (Iowa EMS cert P-18842) | EMT Hope Dunkelberger (E-22716) | driver, volunteer "
     "'Dutch' Ver Steeg\n"
     "\n"
     "NARRATIVE: Pt entered the 27 ft bin (built 1978) to break a crust while the auger was running; engulfed to "
     "the chest for ~40 min. Diagonal Fire Dept placed a grain rescue tube around him and vacuumed the corn down. "
     "On contact pt A&Ox4, GCS 15 (E4 V5 M6), pale, diaphoretic, RR 32 shallow, SpO2 86% on RA, initial BP 98/62. "
     "Corn dust in nares and oropharynx, coarse crackles both bases, chest wall tender L lateral. Legs cool below "
     "the knees, pedal pulses weak, c/o numbness both legs. Concern for compression asphyxia and crush syndrome on "
     "release.\n"
     "TX: NRB 15 L/min; 18 g IV L AC; NS 1 L bolus before extrication per crush protocol; sodium bicarbonate "
     "50 mEq IV at 15:05; albuterol 2.5 mg neb x2; fentanyl 50 mcg IV for chest pain. 12-lead: sinus tachycardia "
     "118, no peaked T waves (watch for hyperkalemia).\n"
     "VITALS  14:40  BP 98/62  HR 124  RR 32  SpO2 86% RA  EtCO2 28\n"
     "        15:12  BP 104/70 HR 118  RR 28  SpO2 94% NRB EtCO2 32\n"
     "        15:30  BP 110/72 HR 110  RR 24  SpO2 96% NRB EtCO2 34\n"
     "Transfer of care 15:46 at the Diagonal school ballfield LZ to LifeFlight N415LF (flight RN Jolene Korthals) "
     "for Iowa Methodist Medical Center, Des Moines - Level I Trauma Center. Medical control: Dr. Kwabena "
     "Asante-Whitlow, ED, Ringgold County Hospital, NPI 1487302261.\n"
     "ePCR synced from the unit tablet (172.16.40.22) at 16:05.\n"
     "R. Lamb, Paramedic",
     [("HOSPITAL", ["RINGGOLD COUNTY HOSPITAL", "Ringgold County Hospital"]), ("ADDRESS", ["504 N Cleveland St"]),
      ("LOCATION", ["Mount Ayr"]), ("POSTCODE", ["50854"]), ("PHONE", ["641-555-0143"]), ("ID", ["25-10-1482"]),
      ("PLATE", ["814 GRN"]), ("DATE", ["10/17/2025"]), ("LOCATION", ["Ringgold Co."]), ("ID", ["25-44817"]),
      ("LOCATION", ["Vandevelde farm"]), ("ADDRESS", ["2361 Pioneer Trail"]), ("LOCATION", ["Diagonal"]),
      ("POSTCODE", ["50845"]), ("LOCATION", ["40.8112, -94.3407", "40.8112", "-94.3407"]),
      ("NAME", ["Lyle", "Vandevelde"]), ("DATE", ["11/06/1967"]), ("LICENCE", ["512LV3384"]),
      ("ID", ["XKW872340119"]), ("PHONE", ["641-555-0186"]), ("NAME", ["Tanner"]), ("PHONE", ["641-555-0139"]),
      ("NAME", ["Marcy"]), ("LOCATION", ["Heartland Co-op"]), ("LOCATION", ["Gravity"]), ("NAME", ["Rusty", "Lamb"]),
      ("LICENCE", ["P-18842"]), ("NAME", ["Hope", "Dunkelberger"]), ("LICENCE", ["E-22716"]),
      ("NAME", ["Dutch", "Ver Steeg"]), ("PLATE", ["N415LF"]), ("NAME", ["Jolene", "Korthals"]),
      ("HOSPITAL", ["Iowa Methodist Medical Center"]), ("LOCATION", ["Des Moines"]),
      ("NAME", ["Kwabena", "Asante-Whitlow"]), ("ID", ["1487302261"]), ("IP", ["172.16.40.22"]), ("NAME", ["R. Lamb"])],
     ["grain rescue tube", "GCS 15 (E4 V5 M6)", "SpO2 86% on RA", "initial BP 98/62", "coarse crackles both bases",
      "pedal pulses weak", "compression asphyxia", "crush syndrome", "NRB 15 L/min", "18 g IV L AC", "NS 1 L bolus",
      "crush protocol", "sodium bicarbonate 50 mEq IV", "albuterol 2.5 mg neb x2", "fentanyl 50 mcg IV",
      "12-lead: sinus tachycardia 118", "peaked T waves", "hyperkalemia", "Level I Trauma Center", "A&Ox4"]),
    # 3 - South Korea, North Gyeongsang (Andong, Gilan-myeon): infectious diseases admission note, severe fever with
    # thrombocytopenia syndrome in an apple grower (Korean)
    ("안동병원 감염내과 입원기록 (Admission Note)\n"
     "경상북도 안동시 강남로 239 | 병동 ☎ 054-855-0312 / FAX 054-855-0399\n"
     "등록번호 01728346 | 입원일 2025. 5. 8. (어버이날) 14:20 | 병실 7병동 12호\n"
     "환자: 권순택 (남/63세) | 주민등록번호 620415-1523189\n"
     "주소: 경상북도 안동시 길안면 천지리 418-2 (우편번호 36613) | 휴대전화 010-7342-1186\n"
     "보호자: 처 이복순 010-2291-4457 / 아들 권도윤 (서울 성북구 거주, 카카오톡 ID dy_kwon0919, 이메일 dykwon19@mail-example.kr)\n"
     "의뢰: 길안보건지소 공중보건의 한지훈 선생님 → 119 구급차 38나 2071 로 내원\n"
     "\n"
     "C.C.: 5일 전부터 발열, 근육통, 설사\n"
     "P.I.: 사과 과수원(솔뫼농원) 운영, 4월 말 뒷산에서 고사리 채취. 5/3 발열 38.9℃ 시작, 5/5 길안보건지소 방문하여 "
     "해열제 처방. 5. 6. 재방문 시 혈소판 감소 확인되어 전원 권유받음. 2019년 당뇨 진단, 메트포르민 복용 중.\n"
     "P/E: 의식 명료하나 졸려함, GCS 14. 체온 39.4℃, 혈압 104/66 mmHg, 맥박 58회/분 (상대적 서맥). 우측 액와부 "
     "림프절 비대. 좌측 오금에 진드기 부착 흔적 있으나 가피는 없음.\n"
     "Lab: 백혈구 1,800/μL, 혈소판 42,000/μL, AST 286 U/L, ALT 118 U/L, LDH 1,120 U/L, CK 2,340 U/L, "
     "페리틴 8,400 ng/mL, aPTT 52초, 소변 단백 2+.\n"
     "A: 중증열성혈소판감소증후군(SFTS) 의심 - 작은소참진드기(Haemaphysalis longicornis) 매개 추정.\n"
     "   r/o 쯔쯔가무시병, 신증후군출혈열(한탄바이러스), 렙토스피라증\n"
     "P: 1) 혈액 RT-PCR 경북 보건환경연구원 의뢰 (검체번호 GB-25-0417)\n"
     "   2) 질병관리청 제3급 감염병 신고 (2025-05-08 16:05 완료)\n"
     "   3) 1인실 격리, 표준·접촉 주의 - 혈액·체액 노출 시 의료진 2차 감염 보고 있음\n"
     "   4) 보존적 치료, 혈소판 수혈 기준 <20,000\n"
     "   5) HLH 동반 가능성: HScore 198, SOFA 6점, APACHE II 14점 → 내과계 중환자실 입실 협의\n"
     "작성: 전공의 박솔 / 확인: 감염내과 전문의 서하늘 (면허번호 제112734호)",
     [("HOSPITAL", ["안동병원"]), ("ADDRESS", ["강남로 239"]), ("LOCATION", ["안동시"]), ("PHONE", ["054-855-0312"]),
      ("PHONE", ["054-855-0399"]),
      ("MRN", ["01728346"]), ("DATE", ["2025. 5. 8."]), ("DATE", ["어버이날"]), ("NAME", ["권순택"]),
      ("ID", ["620415-1523189"]), ("LOCATION", ["길안면"]), ("ADDRESS", ["천지리 418-2"]), ("POSTCODE", ["36613"]),
      ("PHONE", ["010-7342-1186"]), ("NAME", ["이복순"]), ("PHONE", ["010-2291-4457"]), ("NAME", ["권도윤"]),
      ("LOCATION", ["서울 성북구"]), ("HANDLE", ["dy_kwon0919"]), ("EMAIL", ["dykwon19@mail-example.kr", "dykwon19"]),
      ("HOSPITAL", ["길안보건지소"]), ("NAME", ["한지훈"]),
      ("PLATE", ["38나 2071"]), ("LOCATION", ["솔뫼농원"]), ("DATE", ["4월 말"]), ("DATE", ["5/3"]), ("DATE", ["5/5"]),
      ("DATE", ["5. 6."]), ("LOCATION", ["경북 보건환경연구원"]), ("ID", ["GB-25-0417"]), ("DATE", ["2025-05-08"]),
      ("NAME", ["박솔"]),
      ("NAME", ["서하늘"]), ("LICENCE", ["112734"])],
     ["중증열성혈소판감소증후군(SFTS)", "작은소참진드기", "Haemaphysalis longicornis", "상대적 서맥", "혈압 104/66 mmHg", "백혈구 1,800/μL",
      "혈소판 42,000/μL", "AST 286 U/L", "LDH 1,120 U/L", "CK 2,340 U/L", "페리틴 8,400 ng/mL", "aPTT 52초", "쯔쯔가무시병",
      "신증후군출혈열", "한탄바이러스", "렙토스피라증", "제3급 감염병", "HScore 198", "SOFA 6점", "APACHE II 14점"]),
    # 4 - Australia, Victoria (East Gippsland, Orbost and Marlo): urgent care centre record, button battery ingestion
    # in a toddler with a PIPER retrieval
    ("Orbost Regional Health - URGENT CARE CENTRE RECORD\n"
     "104 Boundary Road, Orbost VIC 3888 | UCC (03) 5550 4127\n"
     "Sat 22/11/2025 | arrival 18:52 | ATS 2 | UR 0088417\n"
     "Child: Indigo Pascoe-Whelan ('Indi') | F | 2 y 3 m | DOB 14/08/2023 | Medicare 2953 41725 1, IRN 3\n"
     "Home: 88 Conran Road, Cabbage Tree Creek VIC 3889 | attends Possum Hollow Childcare\n"
     "Brought by mum Tahnee Pascoe (0491 570 158) and Pop, Des Whelan, in Pop's ute (Vic rego 1QX 7MH).\n"
     "\n"
     "HPI: at Pop's house, 6 Marine Parade, Marlo, ~17:45 found chewing the TV remote with the battery cover off; "
     "one CR2032 lithium "
     "coin cell (20 mm, 3 V) missing, the other still in the remote. Coughed and gagged, then drooling, refused her "
     "sausage at tea. No vomiting, no haematemesis. No previous surgery.\n"
     "O/E: alert, crying but consolable, Paediatric Assessment Triangle normal apart from drooling. HR 128, RR 30, "
     "SpO2 99% RA, T 36.8, weight 12.4 kg. No stridor, chest clear, abdomen soft. FLACC 3/10.\n"
     "CXR AP and lateral neck/chest 19:20: 20 mm round radio-opaque FB at the thoracic inlet, double-ring (halo) sign "
     "on the AP and step-off on the lateral = button battery in the upper oesophagus.\n"
     "\n"
     "TIME CRITICAL. PIPER conference call 19:31 (ref 25-11-3318) with Dr Marguerite Oyelowo-Finch (PIPER "
     "consultant): honey 10 mL every "
     "10 min, up to 6 doses, started 19:35 (>12 months, <12 h since ingestion, can swallow); then NBM. 22 g cannula L "
     "hand. Magill forceps and suction ready; do not attempt removal here. Watch for haematemesis - risk of "
     "aorto-oesophageal fistula. Sucralfate after removal as per the receiving team.\n"
     "Retrieval: HEMS 4 (VH-YXK) from Orbost airfield 20:58 to The Royal Children's Hospital Melbourne for urgent "
     "endoscopic removal. Mum travelling; Pop following by road. Remote and remaining battery sent with the child; "
     "images shared "
     "via https://pacs-share-example.vic.gov.au/s/0088417.\n"
     "\n"
     "Dr Ashok Venkataraman, GP-anaesthetist (AHPRA MED0001829476)\n"
     "RN Bree Lawless (AHPRA NMW0002218934) - obs q15 min until handover.",
     [("HOSPITAL", ["Orbost Regional Health"]), ("ADDRESS", ["104 Boundary Road"]), ("LOCATION", ["Orbost"]),
      ("POSTCODE", ["3888"]), ("PHONE", ["(03) 5550 4127", "5550 4127"]), ("DATE", ["22/11/2025"]),
      ("MRN", ["0088417"]), ("NAME", ["Indigo", "Pascoe-Whelan"]), ("NAME", ["Indi"]), ("DATE", ["14/08/2023"]),
      ("ID", ["2953 41725 1"]), ("ADDRESS", ["88 Conran Road"]), ("LOCATION", ["Cabbage Tree Creek"]),
      ("POSTCODE", ["3889"]), ("LOCATION", ["Possum Hollow Childcare"]), ("NAME", ["Tahnee", "Pascoe"]),
      ("PHONE", ["0491 570 158"]), ("NAME", ["Des", "Whelan"]), ("PLATE", ["1QX 7MH"]),
      ("ADDRESS", ["6 Marine Parade"]), ("LOCATION", ["Marlo"]), ("ID", ["25-11-3318"]),
      ("NAME", ["Marguerite", "Oyelowo-Finch"]), ("PLATE", ["VH-YXK"]), ("LOCATION", ["Orbost airfield"]),
      ("HOSPITAL", ["The Royal Children's Hospital"]), ("LOCATION", ["Melbourne"]),
      ("URL", ["https://pacs-share-example.vic.gov.au/s/0088417"]),
      ("NAME", ["Ashok", "Venkataraman"]), ("LICENCE", ["MED0001829476"]), ("NAME", ["Bree", "Lawless"]),
      ("LICENCE", ["NMW0002218934"])],
     ["ATS 2", "CR2032 lithium coin cell", "Paediatric Assessment Triangle", "HR 128", "RR 30", "SpO2 99% RA",
      "weight 12.4 kg", "No stridor", "FLACC 3/10", "double-ring (halo) sign", "step-off", "button battery", "PIPER",
      "honey 10 mL every 10 min", "22 g cannula", "Magill forceps", "aorto-oesophageal fistula", "Sucralfate",
      "endoscopic removal", "HEMS 4"]),
    # 5 - India, Uttarakhand (Chamoli district, Gopeshwar and Mandal): emergency medico-legal injury report after a
    # Himalayan black bear attack (Hindi, Devanagari, with Devanagari digits in the date, phone number and PIN code)
    ("जिला चिकित्सालय गोपेश्वर, जनपद चमोली (उत्तराखण्ड)\n"
     "आपातकालीन विभाग - चोट प्रतिवेदन (एम.एल.सी.) संख्या MLC/412/25 | ds.gopeshwar@uk-health-example.in\n"
     "दिनांक: १२ सितम्बर २०२५ (12/09/2025), समय १६:४० बजे | पंजीकरण संख्या OPD-77418\n"
     "रोगी: श्रीमती कमला देवी रावत पत्नी श्री भगत सिंह रावत | आयु ४४ वर्ष | स्त्री\n"
     "पता: ग्राम मंडल, तहसील चमोली, पिन २४६४०१ | आधार 7391 8426 0510 | मोबाइल (पति) ९४१२३ ५६७८१\n"
     "लाने वाला: १०८ एम्बुलेंस UK 11 GA 0786, ई.एम.टी. पूजा बिष्ट; साथ में गाँव की सुनीता नेगी।\n"
     "पहचान चिह्न: दाहिनी ठोड़ी पर पुराना कटे का निशान।\n"
     "\n"
     "इतिहास: रोगी के अनुसार आज लगभग १३:३० बजे अनसूया देवी मंदिर के रास्ते पर बाँज के जंगल में घास काटते समय एक "
     "हिमालयी काला भालू (Ursus thibetanus) ने पीछे से हमला किया। सुनीता ने शोर मचाया तो भालू भाग गया। बेहोशी नहीं।\n"
     "परीक्षण: GCS 15/15, BP 100/68 mmHg, नाड़ी 110/मिनट, SpO2 97%.\n"
     "चोटें:\n"
     "  1. सिर पर 12 x 3 से.मी. फटा घाव, हड्डी तक गहरा, खोपड़ी की त्वचा उखड़ी हुई (scalping injury)।\n"
     "  2. बायें गाल पर पंजे के चार समानांतर खरोंच (claw marks), 8 से.मी. तक लंबे।\n"
     "  3. दाहिनी भुजा पर दाँत के दो छिद्रित घाव, 1 x 1 से.मी.।\n"
     "NCCT सिर एवं चेहरा: बायीं zygomatic arch का फ्रैक्चर; Le Fort फ्रैक्चर नहीं; intracranial bleed नहीं।\n"
     "राय: सभी चोटें ताज़ा (६ घंटे के भीतर), किसी जंगली जानवर (भालू) के पंजों व दाँतों से संभव; चोट संख्या 1 गंभीर।\n"
     "उपचार: घाव की सफाई व debridement, टिटनेस टॉक्सॉइड 0.5 mL IM, सेफ्ट्रियाक्सोन 1 ग्राम IV, मेट्रोनिडाजोल "
     "500 मि.ग्रा. IV, रेबीज़ रोधी टीका (ARV) का पहला डोज़; अगले डोज़ 15/09 और 19/09 को।\n"
     "रेफ़र: एम्स ऋषिकेश, प्लास्टिक सर्जरी विभाग (डॉ. तनुजा खंडूरी को फ़ोन पर सूचना)।\n"
     "सूचना: थाना गोपेश्वर (रपट संख्या GD-0927) तथा केदारनाथ वन प्रभाग (मुआवज़ा हेतु) को प्रतिलिपि; एक प्रति पुत्र "
     "राकेश रावत "
     "(मो. ७०६०२ ४४१८३) को सौंपी गई। ग्राम प्रधान श्री मोहन लाल भी उपस्थित।\n"
     "डॉ. अनुराग सती, ई.एम.ओ. | उत्तराखण्ड मेडिकल काउंसिल पंजीकरण UKMC-8832 | हस्ताक्षर: अ. स.",
     [("HOSPITAL", ["जिला चिकित्सालय गोपेश्वर"]), ("LOCATION", ["चमोली"]), ("ID", ["MLC/412/25"]),
      ("EMAIL", ["ds.gopeshwar@uk-health-example.in", "ds.gopeshwar"]),
      ("DATE", ["१२ सितम्बर २०२५"]), ("DATE", ["12/09/2025"]), ("MRN", ["OPD-77418"]),
      ("NAME", ["कमला देवी रावत", "कमला"]), ("NAME", ["भगत सिंह रावत", "भगत"]), ("LOCATION", ["मंडल"]),
      ("POSTCODE", ["२४६४०१"]), ("ID", ["7391 8426 0510"]), ("PHONE", ["९४१२३ ५६७८१"]), ("PLATE", ["UK 11 GA 0786"]),
      ("NAME", ["पूजा बिष्ट"]), ("NAME", ["सुनीता नेगी", "सुनीता"]), ("LOCATION", ["अनसूया देवी मंदिर"]),
      ("HOSPITAL", ["एम्स ऋषिकेश"]), ("NAME", ["तनुजा खंडूरी"]), ("LOCATION", ["थाना गोपेश्वर"]), ("ID", ["GD-0927"]),
      ("LOCATION", ["केदारनाथ वन प्रभाग"]), ("DATE", ["15/09"]), ("DATE", ["19/09"]), ("NAME", ["राकेश रावत"]),
      ("PHONE", ["७०६०२ ४४१८३"]), ("NAME", ["मोहन लाल"]), ("LOCATION", ["गोपेश्वर"]), ("LOCATION", ["ऋषिकेश"]),
      ("NAME", ["अनुराग सती"]), ("LICENCE", ["UKMC-8832"]), ("NAME", ["अ. स."])],
     ["चोट प्रतिवेदन", "हिमालयी काला भालू", "Ursus thibetanus", "GCS 15/15", "BP 100/68 mmHg", "नाड़ी 110/मिनट",
      "SpO2 97%", "12 x 3 से.मी.", "scalping injury", "पंजे के चार समानांतर खरोंच", "claw marks", "छिद्रित घाव",
      "NCCT सिर एवं चेहरा", "zygomatic arch", "Le Fort", "intracranial bleed", "debridement",
      "टिटनेस टॉक्सॉइड 0.5 mL IM", "सेफ्ट्रियाक्सोन 1 ग्राम IV", "मेट्रोनिडाजोल 500 मि.ग्रा. IV",
      "रेबीज़ रोधी टीका (ARV)"]),
    # 6 - Canada, New Brunswick (Miramichi, Tabusintac, Sunny Corner; referral from Moncton): Extra-Mural Program
    # home IV therapy visit record, diabetic foot osteomyelitis on OPAT
    ("EXTRA-MURAL PROGRAM - Miramichi Unit | 506-555-0122 | fax 506-555-0123\n"
     "HOME VISIT RECORD - IV THERAPY / WOUND\n"
     "Client: ARSENAULT, Euclide Joseph ('Cly') | 61 M | DOB 1964-03-29 | NB Medicare 418 227 905 | EMP # 22-081734\n"
     "Address: 4117 Route 11, Tabusintac NB E9H 1K3\n"
     "Visit: Thursday, January 15, 2026, 09:10-10:25 (visit 6)\n"
     "Referred by Dr. Aurele Doucet-Maillet, Infectious Diseases, Dr. Georges-L.-Dumont University Hospital Centre, "
     "Moncton (discharged 2026-01-09). Family physician: Dr. Priscilla Wheaton, Sunny Corner.\n"
     "\n"
     "Dx: Osteomyelitis L 1st metatarsal head under a diabetic foot ulcer; bone biopsy MSSA. Wagner grade 3, PEDIS "
     "grade 3. Type 2 diabetes since 2011, retired lobster fisherman.\n"
     "IV: cefazolin 6 g over 24 h by continuous infusion, CADD-Solis pump serial 21704418, bag changed 09:20. PICC "
     "4 Fr single lumen, R basilic, inserted 2026-01-08; external length 2 cm (unchanged), arm circumference 29 cm "
     "(baseline 28.5). Site clean, no redness, no cord. CHG-impregnated dressing changed; NS 10 mL pulsatile flush, "
     "brisk blood return.\n"
     "Wound: plantar L 1st MTH 1.8 x 1.4 x 0.6 cm, granulation 60% / slough 40%, moderate serous exudate, periwound "
     "maceration; probe-to-bone test positive at baseline. Cleansed, silver alginate, foam. Wearing the removable "
     "cast walker indoors only - reinforced.\n"
     "Labs drawn from PICC today (OPAT Monday bloods moved): ESR 88 mm/h last week, CRP 64 mg/L (was 142). "
     "HbA1c 9.1%. Home glucose 8.2-14.6 mmol/L on insulin glargine 28 units HS and metformin 1000 mg BID.\n"
     "Neuro: Semmes-Weinstein 10 g monofilament 0/10 sites L foot. Braden Scale 18.\n"
     "Tablet for home monitoring reconnected (IP 10.44.18.207) - readings were not uploading since Jan 11.\n"
     "Family: wife Gisele (506-555-0147) checks his sugars; son Marc-Andre drives him to Moncton (NB plate JMK 418).\n"
     "Plan: next visit 2026-01-16; Friday virtual visits via https://emp-nb-example.ca/v/22-081734; ID telehealth "
     "follow-up 2026-02-05; call ID if fever > 38.0 or arm swelling.\n"
     "Bernadette Savoie-Gallant, RN (NANB 032218) | B.S.G.",
     [("PHONE", ["506-555-0122"]), ("PHONE", ["506-555-0123"]), ("NAME", ["Euclide Joseph", "Euclide", "ARSENAULT"]),
      ("NAME", ["Cly"]), ("DATE", ["1964-03-29"]), ("ID", ["418 227 905"]), ("MRN", ["22-081734"]),
      ("ADDRESS", ["4117 Route 11"]), ("LOCATION", ["Tabusintac"]), ("POSTCODE", ["E9H 1K3"]),
      ("DATE", ["January 15, 2026"]), ("NAME", ["Aurele", "Doucet-Maillet"]),
      ("HOSPITAL", ["Dr. Georges-L.-Dumont University Hospital Centre"]), ("LOCATION", ["Moncton"]),
      ("DATE", ["2026-01-09"]), ("NAME", ["Priscilla", "Wheaton"]), ("LOCATION", ["Sunny Corner"]),
      ("SERIAL", ["21704418"]), ("DATE", ["2026-01-08"]), ("IP", ["10.44.18.207"]), ("DATE", ["Jan 11"]),
      ("NAME", ["Gisele"]), ("PHONE", ["506-555-0147"]), ("NAME", ["Marc-Andre"]), ("PLATE", ["JMK 418"]),
      ("DATE", ["2026-01-16"]), ("URL", ["https://emp-nb-example.ca/v/22-081734"]), ("DATE", ["2026-02-05"]),
      ("NAME", ["Bernadette", "Savoie-Gallant"]),
      ("LICENCE", ["032218"]), ("NAME", ["B.S.G."]), ("LOCATION", ["Miramichi"])],
     ["Osteomyelitis L 1st metatarsal head", "Wagner grade 3", "PEDIS grade 3", "cefazolin 6 g over 24 h",
      "CADD-Solis", "4 Fr single lumen", "arm circumference 29 cm", "CHG-impregnated dressing",
      "NS 10 mL pulsatile flush", "1.8 x 1.4 x 0.6 cm", "probe-to-bone test", "silver alginate",
      "removable cast walker", "ESR 88 mm/h", "CRP 64 mg/L", "HbA1c 9.1%", "insulin glargine 28 units HS",
      "metformin 1000 mg BID", "Semmes-Weinstein 10 g monofilament 0/10", "Braden Scale 18"]),
    # 7 - Thailand, Ubon Ratchathani (Warin Chamrap): inpatient discharge summary, melioidosis with splenic abscesses
    # in a rice farmer (Thai, Buddhist Era dates, Mother's Day)
    ("โรงพยาบาลสรรพสิทธิประสงค์ จังหวัดอุบลราชธานี | โทร 045-555-218\n"
     "สรุปการรักษาผู้ป่วยใน (Discharge Summary) - หอผู้ป่วยอายุรกรรมชาย 2\n"
     "HN 62-018847 | AN 68-044129\n"
     "ชื่อ-สกุล: นายบุญมี ศรีสุข | อายุ 54 ปี | เลขประจำตัวประชาชน 3-3415-00418-82-1\n"
     "ที่อยู่: 88 หมู่ 7 บ้านโนนสวรรค์ ตำบลคำน้ำแซบ อำเภอวารินชำราบ จังหวัดอุบลราชธานี 34190 | โทร 089-517-2246\n"
     "ผู้ติดต่อ: ภรรยา นางคำปุน ศรีสุข 062-448-1903; ลูกสาว น้องฝน (LINE ID: fon.srisuk)\n"
     "สิทธิการรักษา: บัตรทอง (UC) หน่วยบริการ โรงพยาบาลวารินชำราบ\n"
     "วันที่รับไว้: 2 สิงหาคม 2568 | วันที่จำหน่าย: 16 ส.ค. 68\n"
     "\n"
     "การวินิจฉัยหลัก: Melioidosis with bacteremia and splenic abscesses (เมลิออยโดสิส)\n"
     "โรคร่วม: เบาหวานชนิดที่ 2 ควบคุมไม่ได้ (HbA1c 11.2%)\n"
     "ประวัติ: ทำนา ดำนาในแปลงน้ำขังช่วงมรสุม เริ่มไข้สูง หนาวสั่น ไอ ตั้งแต่ 26 ก.ค. รักษาที่ รพ.สต.คำน้ำแซบ 2 ครั้ง "
     "ไม่ดีขึ้น\n"
     "แรกรับ: T 39.8 °C, BP 92/54 mmHg, HR 118, RR 26, qSOFA 2\n"
     "ผลตรวจ: hemoculture 2/2 ขวด ขึ้นเชื้อ Burkholderia pseudomallei - ย้อมแกรมพบ Gram-negative bacilli ติดสีแบบ "
     "safety pin, โคโลนีย่นบน Ashdown agar; IHA titer 1:640\n"
     "อัลตราซาวนด์ช่องท้อง: ฝีในม้ามหลายตำแหน่ง ลักษณะ Swiss cheese ไม่พบฝีในตับและต่อมลูกหมาก\n"
     "การรักษา: intensive phase ด้วย ceftazidime 2 g IV ทุก 8 ชม. 14 วัน ไข้ลงวันที่ 9 ของการรักษา; ปรับอินซูลิน\n"
     "ญาติมาเยี่ยมวันแม่ ผู้ป่วยเดินได้เอง รับประทานอาหารได้\n"
     "ยากลับบ้าน (eradication phase 20 สัปดาห์): co-trimoxazole (TMP-SMX) 160/800 mg 2 เม็ด วันละ 2 ครั้ง, "
     "folic acid 5 mg วันละ 1 ครั้ง, insulin glargine 18 unit ก่อนนอน\n"
     "นัดติดตาม: 30 ส.ค. 68 คลินิกโรคติดเชื้อ ตรวจ CBC, creatinine, potassium; ดูผลแล็บออนไลน์ที่ "
     "https://lab.sappasit-example.go.th/r/68044129\n"
     "รายงานโรค: แจ้ง สสจ.อุบลราชธานี แล้ว (รง.506)\n"
     "แพทย์ผู้รักษา: พญ.ปิยะนุช แก้วมณี ว.41287 | แพทย์ใช้ทุน นพ.ธนกฤต อินทร์แก้ว | ให้คำแนะนำก่อนกลับบ้าน: "
     "พว.จันทร์เพ็ญ",
     [("HOSPITAL", ["โรงพยาบาลสรรพสิทธิประสงค์"]), ("LOCATION", ["อุบลราชธานี"]), ("PHONE", ["045-555-218"]),
      ("MRN", ["62-018847"]),
      ("MRN", ["68-044129"]), ("NAME", ["บุญมี", "ศรีสุข"]), ("ID", ["3-3415-00418-82-1"]), ("ADDRESS", ["88 หมู่ 7"]),
      ("LOCATION", ["บ้านโนนสวรรค์"]), ("LOCATION", ["คำน้ำแซบ"]), ("LOCATION", ["วารินชำราบ"]),
      ("POSTCODE", ["34190"]), ("PHONE", ["089-517-2246"]), ("NAME", ["คำปุน"]), ("PHONE", ["062-448-1903"]),
      ("NAME", ["ฝน"]), ("HANDLE", ["fon.srisuk"]), ("HOSPITAL", ["โรงพยาบาลวารินชำราบ"]),
      ("DATE", ["2 สิงหาคม 2568"]), ("DATE", ["16 ส.ค. 68"]), ("DATE", ["26 ก.ค."]),
      ("HOSPITAL", ["รพ.สต.คำน้ำแซบ"]), ("DATE", ["วันแม่"]), ("DATE", ["30 ส.ค. 68"]),
      ("URL", ["https://lab.sappasit-example.go.th/r/68044129"]),
      ("LOCATION", ["สสจ.อุบลราชธานี"]), ("NAME", ["ปิยะนุช", "แก้วมณี"]), ("LICENCE", ["ว.41287"]),
      ("NAME", ["ธนกฤต", "อินทร์แก้ว"]), ("NAME", ["จันทร์เพ็ญ"])],
     ["Melioidosis with bacteremia and splenic abscesses", "เมลิออยโดสิส", "เบาหวานชนิดที่ 2", "T 39.8 °C",
      "BP 92/54 mmHg", "qSOFA 2", "hemoculture 2/2 ขวด", "Burkholderia pseudomallei", "Gram-negative bacilli",
      "safety pin", "Ashdown agar", "IHA titer 1:640", "ฝีในม้าม", "Swiss cheese", "intensive phase",
      "ceftazidime 2 g IV ทุก 8 ชม.", "eradication phase", "co-trimoxazole (TMP-SMX) 160/800 mg",
      "insulin glargine 18 unit", "รง.506"]),
    # 8 - Ireland, Co. Wexford (Wexford town, Bridgetown, Taghmon): nurse-led cataract pre-assessment with biometry
    # for a patient aged 91 (all date elements planted)
    ("Wexford General Hospital - Ophthalmology Day Unit\n"
     "Newtown Road, Wexford Y35 T6K2 | Day Unit (053) 91 85540\n"
     "CATARACT PRE-ASSESSMENT (nurse-led) AND BIOMETRY - 09 Oct 2025\n"
     "Patient: Mrs Catherine (Kitty) Furlong-Doyle | aged 91 | DOB 02/02/1934 | PPSN 3418772M | "
     "MRN WGH2204178\n"
     "Address: Bramble Cottage, Ballyconnick, Bridgetown, Co. Wexford Y35 KP48\n"
     "GP: Dr Fionnuala Sinnott, Taghmon Medical Centre | NOK: niece Breda Codd 087 555 2198\n"
     "Listed by Mr Padraig O Laoire, Consultant Ophthalmic Surgeon (IMC 402518)\n"
     "\n"
     "History: R eye worse since her 91st birthday in February; can no longer read the Wexford People or do the "
     "crossword. Stopped driving in 2019. Widowed since 1998; lives alone, was a seamstress in the town in the 1950s. "
     "Fall at home at Christmas, no injury. Hearing aids both ears. Consents for herself; AMTS 9/10. Lie-flat test "
     "20 min tolerated. Flu vaccine given 18/09.\n"
     "PMH: AF on apixaban 2.5 mg BD, hypertension, OA knees. No alpha-blockers.\n"
     "\n"
     "Exam: VA (Snellen) R 6/36, L 6/12, pinhole R 6/24. IOP (Goldmann applanation) R 17 mmHg, L 15 mmHg.\n"
     "R dense nuclear cataract, LOCS III NO4 NC4; L NO2. Pseudoexfoliation on the R anterior capsule, pupil dilates "
     "poorly to 5 mm. Fundus: R poor view, B-scan retina flat; L small drusen, Amsler grid normal.\n"
     "Biometry (IOLMaster 700, s/n 1008472): R AL 22.84 mm, K1 43.75 D, K2 44.50 D, ACD 2.61 mm. SRK/T and Barrett "
     "Universal II agree: Alcon SN60WF +22.0 D, target -0.50 D.\n"
     "Specular microscopy R: ECD 1850 cells/mm2, scattered guttata - early Fuchs endothelial dystrophy; consent "
     "includes the risk of corneal decompensation.\n"
     "\n"
     "Plan: R phacoemulsification + IOL under sub-Tenon's block (2% lidocaine 4 mL), Malyugin ring available. Continue "
     "apixaban. Listed for 06/11/2025, 08:00 arrival. Neighbour Mossie Kavanagh will drive her.\n"
     "Clare Rossiter, CNM2 (NMBI PIN 127760)",
     [("HOSPITAL", ["Wexford General Hospital"]), ("ADDRESS", ["Newtown Road"]), ("LOCATION", ["Wexford"]),
      ("POSTCODE", ["Y35 T6K2"]), ("PHONE", ["(053) 91 85540", "91 85540"]), ("DATE", ["09 Oct 2025"]),
      ("NAME", ["Catherine", "Furlong-Doyle"]), ("NAME", ["Kitty"]), ("AGE", ["aged 91"]),
      ("DOB90", ["02/02/1934", "1934"]), ("ID", ["3418772M"]), ("MRN", ["WGH2204178"]),
      ("ADDRESS", ["Bramble Cottage"]), ("LOCATION", ["Ballyconnick"]), ("LOCATION", ["Bridgetown"]),
      ("POSTCODE", ["Y35 KP48"]), ("NAME", ["Fionnuala", "Sinnott"]), ("HOSPITAL", ["Taghmon Medical Centre"]),
      ("NAME", ["Breda", "Codd"]), ("PHONE", ["087 555 2198"]), ("NAME", ["Padraig", "O Laoire"]),
      ("LICENCE", ["402518"]), ("AGE", ["91st"]), ("DATE", ["February"]), ("DATE", ["2019"]), ("DATE", ["1998"]),
      ("DATE", ["the 1950s"]), ("DATE", ["Christmas"]), ("DATE", ["18/09"]), ("SERIAL", ["1008472"]),
      ("DATE", ["06/11/2025"]),
      ("NAME", ["Mossie", "Kavanagh"]), ("NAME", ["Clare", "Rossiter"]), ("LICENCE", ["127760"])],
     ["AMTS 9/10", "apixaban 2.5 mg BD", "R 6/36", "L 6/12", "pinhole R 6/24", "Goldmann applanation",
      "LOCS III NO4 NC4", "Pseudoexfoliation", "Amsler grid", "IOLMaster 700", "AL 22.84 mm", "SRK/T",
      "Barrett Universal II", "Alcon SN60WF +22.0 D", "ECD 1850 cells/mm2", "Fuchs endothelial dystrophy",
      "phacoemulsification", "sub-Tenon's block", "2% lidocaine 4 mL", "Malyugin ring"]),
    # 9 - Saudi Arabia, Al-Qassim (Buraydah and Al-Mithnab): notification form of a suspected MERS-CoV case in a
    # camel owner (Arabic, Hijri and Gregorian dates, Eastern Arabic digits in the phone numbers)
    ("وزارة الصحة - تجمع القصيم الصحي\n"
     "مستشفى الملك فهد التخصصي ببريدة - قسم مكافحة العدوى\n"
     "نموذج الإبلاغ عن حالة مشتبهة بمتلازمة الشرق الأوسط التنفسية (MERS-CoV)\n"
     "رقم البلاغ: QSM-47-0392 | رقم حصن HESN-88171 | تاريخ الإبلاغ: ١٤ ربيع الأول ١٤٤٧هـ الموافق 06/09/2025م\n"
     "\n"
     "أولاً: بيانات المريض\n"
     "الاسم: عبدالعزيز صالح الحربي | العمر: 58 سنة | ذكر | سعودي\n"
     "رقم الهوية الوطنية: 1084226917 | رقم الملف الطبي: 2287415 | الجوال: ٠٥٥٣٢١٨٨٤٧\n"
     "العنوان: حي الصفراء، شارع عثمان بن عفان، بريدة 52367\n"
     "المهنة: مالك إبل، له عزبة في المذنب (الإحداثيات 25.8601, 44.2218)\n"
     "\n"
     "ثانياً: البيانات السريرية\n"
     "بدء الأعراض: 02/09/2025 (١٠ ربيع الأول) - حمى 39.2، سعال، ضيق تنفس، إسهال.\n"
     "عند الدخول: SpO2 88% على هواء الغرفة، RR 30/min. الأشعة: ارتشاحات ثنائية. ARDS حسب Berlin definition، "
     "PaO2/FiO2 142.\n"
     "\n"
     "ثالثاً: التعرض خلال 14 يوماً\n"
     "مخالطة مباشرة للإبل وشرب حليب نيء من ناقة مريضة (سيلان أنفي) في العزبة؛ زار سوق الإبل في بريدة يوم الجمعة "
     "29/08/2025. لا سفر. لا مخالطة لحالة مؤكدة.\n"
     "المخالطون: الزوجة نورة؛ الابن ماجد (٠٥٠٧٧٤١٢٠٩) يعمل معه؛ الراعي بشير آدم (إقامة 2419873308).\n"
     "\n"
     "رابعاً: العينات والإجراءات\n"
     "مسحة بلعومية أنفية وشفط رغامي - RT-PCR (upE, ORF1a)، أرسلت إلى المختبر الإقليمي بتاريخ 06/09/2025 الساعة 11:20.\n"
     "عزل في غرفة ضغط سلبي، N95 للطاقم، أوسيلتاميفير 75 ملغ مرتين يومياً حتى استبعاد الإنفلونزا، HFNC 50 L/min "
     "مع FiO2 0.6، نقل إلى العناية المركزة.\n"
     "أُبلغ الطبيب البيطري في المذنب د. خالد العنزي لفحص القطيع.\n"
     "\n"
     "المبلّغ: د. ريم القحطاني، استشارية الأمراض المعدية | الهيئة السعودية للتخصصات الصحية 14RM0048217\n"
     "تحويلة 4418 | فاكس 016-325-7719 | البريد: r.alqahtani@kfsh-buraydah-example.sa",
     [("HOSPITAL", ["مستشفى الملك فهد التخصصي ببريدة"]), ("ID", ["QSM-47-0392"]), ("ID", ["HESN-88171"]),
      ("DATE", ["١٤ ربيع الأول ١٤٤٧هـ"]), ("DATE", ["06/09/2025"]), ("NAME", ["عبدالعزيز", "صالح", "الحربي"]),
      ("ID", ["1084226917"]), ("MRN", ["2287415"]), ("PHONE", ["٠٥٥٣٢١٨٨٤٧"]), ("ADDRESS", ["حي الصفراء"]),
      ("ADDRESS", ["شارع عثمان بن عفان"]), ("LOCATION", ["بريدة"]), ("POSTCODE", ["52367"]),
      ("LOCATION", ["المذنب"]), ("LOCATION", ["25.8601, 44.2218", "25.8601", "44.2218"]), ("DATE", ["02/09/2025"]),
      ("DATE", ["١٠ ربيع الأول"]), ("LOCATION", ["سوق الإبل"]),
      ("DATE", ["29/08/2025"]), ("NAME", ["نورة"]), ("NAME", ["ماجد"]), ("PHONE", ["٠٥٠٧٧٤١٢٠٩"]),
      ("NAME", ["بشير آدم"]), ("ID", ["2419873308"]), ("NAME", ["خالد العنزي"]), ("NAME", ["ريم القحطاني"]),
      ("LICENCE", ["14RM0048217"]), ("PHONE", ["4418"]), ("PHONE", ["016-325-7719"]),
      ("EMAIL", ["r.alqahtani@kfsh-buraydah-example.sa", "r.alqahtani"])],
     ["متلازمة الشرق الأوسط التنفسية", "MERS-CoV", "حمى 39.2", "ضيق تنفس", "SpO2 88%", "RR 30/min", "ارتشاحات ثنائية",
      "ARDS", "Berlin definition", "PaO2/FiO2 142", "مخالطة مباشرة للإبل", "حليب نيء", "مسحة بلعومية أنفية",
      "شفط رغامي", "RT-PCR (upE, ORF1a)", "غرفة ضغط سلبي", "N95", "أوسيلتاميفير 75 ملغ", "HFNC 50 L/min",
      "FiO2 0.6"]),
    # 10 - Antigua and Barbuda (St John's; John Hughes, St Mary): paediatric discharge summary, acute
    # post-streptococcal glomerulonephritis after impetigo, admitted over Carnival
    ("SIR LESTER BIRD MEDICAL CENTRE\n"
     "Mount St John's, St John's, Antigua | Paediatric Ward | 1-268-555-0163 | paeds.ward@slbmc-example.ag\n"
     "DISCHARGE SUMMARY\n"
     "Name: Malachi Tyrell LAKE | 8 yrs | M | DOB 03/05/2017 | Hosp No. SLB-0412776 | MBS card 0887215\n"
     "Address: Sea View Street, John Hughes Village, St Mary | School: T.N. Kirnon Primary\n"
     "Mother: Ms Shenelle Lake, 1-268-555-0188; grandmother 'Granny Pet' keeps him after school.\n"
     "Father: Mr Kelvin Lake, baggage handler at V.C. Bird International Airport, 1-268-555-0127.\n"
     "Admitted 28/07/2025 | Discharged 06/08/2025 (missed Carnival Monday - he was very vexed)\n"
     "\n"
     "Presentation: puffy eyes on waking x 3 days, cola-coloured urine, headache. Impetigo on both shins about 3 weeks "
     "before (~07/07), treated at Bendals Health Clinic with fusidic acid cream only.\n"
     "O/E: periorbital oedema, pedal oedema, BP 138/94 (> 99th centile for age and height), weight 31.2 kg "
     "(dry weight 29.0 kg). Healing crusted lesions both shins. No rash, no arthritis.\n"
     "Investigations: urine dipstick blood 3+ protein 2+; RBC casts on microscopy. Creatinine 88 umol/L, bedside "
     "Schwartz eGFR 58 mL/min/1.73m2. ASO titre 800 IU/mL, anti-DNase B positive, C3 0.32 g/L (low), C4 normal, "
     "albumin 34 g/L. Skin swab: Streptococcus pyogenes (Group A Streptococcus). CXR: mild cardiomegaly, no "
     "pulmonary oedema.\n"
     "Diagnosis: Acute post-streptococcal glomerulonephritis (APSGN).\n"
     "Management: fluid restriction 400 mL/m2/day plus urine output, no-added-salt diet, furosemide 1 mg/kg IV BD x "
     "4 days, nifedipine 0.25 mg/kg PRN (x2 doses), benzathine penicillin G 600,000 units IM. Diuresed well; "
     "haematuria improving.\n"
     "On discharge: BP 112/70 on amlodipine 2.5 mg OD; weight 29.3 kg.\n"
     "Follow-up: Paediatric Clinic with Dr Clement Ambrose 20/08/2025; repeat C3 at 8-12 weeks (October); BP "
     "checks at Bendals clinic weekly. Siblings' skin sores to be treated.\n"
     "Dr Kareen Henry-Daniel, Paediatric Registrar (Antigua Medical Board reg. AMB-1184)\n"
     "Discharge teaching: Sister Joy Francis",
     [("HOSPITAL", ["SIR LESTER BIRD MEDICAL CENTRE"]), ("LOCATION", ["Mount St John's"]),
      ("LOCATION", ["St John's"]), ("PHONE", ["1-268-555-0163"]),
      ("EMAIL", ["paeds.ward@slbmc-example.ag"]), ("NAME", ["Malachi Tyrell", "Malachi", "LAKE"]),
      ("DATE", ["03/05/2017"]), ("MRN", ["SLB-0412776"]), ("ID", ["0887215"]), ("ADDRESS", ["Sea View Street"]),
      ("LOCATION", ["John Hughes Village", "John Hughes"]), ("LOCATION", ["St Mary"]),
      ("LOCATION", ["T.N. Kirnon Primary"]), ("NAME", ["Shenelle", "Lake"]), ("PHONE", ["1-268-555-0188"]),
      ("NAME", ["Granny Pet"]), ("NAME", ["Kelvin"]), ("LOCATION", ["V.C. Bird International Airport"]),
      ("PHONE", ["1-268-555-0127"]), ("DATE", ["28/07/2025"]), ("DATE", ["06/08/2025"]), ("DATE", ["Carnival Monday"]),
      ("DATE", ["07/07"]), ("HOSPITAL", ["Bendals Health Clinic"]), ("LOCATION", ["Bendals"]),
      ("NAME", ["Clement", "Ambrose"]), ("DATE", ["20/08/2025"]), ("DATE", ["October"]),
      ("NAME", ["Kareen", "Henry-Daniel"]), ("LICENCE", ["AMB-1184"]), ("NAME", ["Joy Francis"])],
     ["cola-coloured urine", "Impetigo", "fusidic acid cream", "periorbital oedema", "BP 138/94", "99th centile",
      "urine dipstick blood 3+ protein 2+", "Schwartz eGFR 58 mL/min/1.73m2", "ASO titre 800 IU/mL", "anti-DNase B",
      "C3 0.32 g/L", "Streptococcus pyogenes", "Group A Streptococcus",
      "Acute post-streptococcal glomerulonephritis (APSGN)", "fluid restriction 400 mL/m2/day",
      "furosemide 1 mg/kg IV BD", "nifedipine 0.25 mg/kg PRN", "benzathine penicillin G 600,000 units IM",
      "amlodipine 2.5 mg OD", "repeat C3 at 8-12 weeks"]),
    # 11 - Japan, Aomori (Hirosaki; Itayanagi in Kitatsugaru): emergency centre record, fall from a roof while
    # clearing snow with a thoracolumbar burst fracture (Japanese, Reiwa and Showa era dates, Coming of Age Day)
    ("救急外来診療録\n"
     "弘前大学医学部附属病院 高度救命救急センター　〒036-8563 青森県弘前市本町53　TEL 0172-39-5175　FAX 0172-39-5176\n"
     "来院日時: 令和8年1月24日（土）13:52　救急車搬送（板柳消防署、青森 800 さ 21-07、救急隊長 三上）\n"
     "患者: 葛西 光（かさい ひかる）　男性　74歳　生年月日 昭和26年7月9日　病院ID 8842-1173\n"
     "住所: 北津軽郡板柳町福野田字本泉34-2　自宅 0172-73-2418\n"
     "保険: 国民健康保険　保険者番号 023846　記号 板 番号 1129\n"
     "家族: 妻 雪子（携帯 080-5571-3392）、長女 春香（仙台市在住、090-2231-8874）\n"
     "\n"
     "現病歴: 本日12:30頃、自宅裏の葛西りんご園の作業小屋の屋根で雪下ろし中、約4 m下の圧雪面へ背中から転落。命綱なし。成人の日にも"
     "屋根に上がっていたとのこと。隣人の工藤 勇さんが発見し119番通報。2018年に右人工膝関節置換術。抗凝固薬なし。\n"
     "来院時: JCS 0、GCS 15（E4V5M6）、BP 146/88 mmHg、HR 92、SpO2 96%（O2 6 L/分）、ショック指数 0.63。"
     "背部痛、両下肢のしびれ。\n"
     "Primary survey（JATEC）: 気道開通、呼吸音左右差なし、FAST 陰性、骨盤動揺なし。\n"
     "神経所見: L2 以下の感覚低下、両下肢 MMT 3/5。ASIA Impairment Scale C、Frankel分類 C。\n"
     "CT: Th12 破裂骨折（Denis分類 burst type）、脊柱管占拠率 45%、局所後弯 Cobb角 18°。TLICS 7点。右第9・10 "
     "肋骨骨折、血気胸なし。\n"
     "処置: 脊椎保護、log roll、尿道カテーテル留置、アセトアミノフェン 1000 mg 静注、フェンタニル 25 μg 静注。\n"
     "方針: 整形外科（脊椎）今 先生に相談、本日緊急で経皮的椎弓根スクリュー固定の方針。DVT予防に間欠的空気圧迫法。"
     "妻と長女（電話）に説明済み。\n"
     "記載: 救急科 成田 翔（医籍登録 第601842号）　確認: 看護師 S.T.",
     [("HOSPITAL", ["弘前大学医学部附属病院"]), ("POSTCODE", ["036-8563"]), ("LOCATION", ["弘前市"]),
      ("ADDRESS", ["本町53"]), ("PHONE", ["0172-39-5175"]), ("PHONE", ["0172-39-5176"]), ("DATE", ["令和8年1月24日"]),
      ("LOCATION", ["板柳消防署"]), ("PLATE", ["青森 800 さ 21-07"]), ("NAME", ["三上"]), ("NAME", ["葛西", "光"]),
      ("NAME", ["かさい", "ひかる"]), ("DATE", ["昭和26年7月9日"]), ("MRN", ["8842-1173"]),
      ("LOCATION", ["北津軽郡", "板柳町"]), ("ADDRESS", ["福野田字本泉34-2"]), ("PHONE", ["0172-73-2418"]),
      ("ID", ["023846"]), ("ID", ["1129"]), ("NAME", ["雪子"]), ("PHONE", ["080-5571-3392"]), ("NAME", ["春香"]),
      ("LOCATION", ["仙台市"]), ("PHONE", ["090-2231-8874"]), ("DATE", ["成人の日"]), ("NAME", ["工藤", "勇"]),
      ("LOCATION", ["葛西りんご園"]), ("NAME", ["今"]),
      ("NAME", ["成田", "翔"]), ("LICENCE", ["601842"]), ("NAME", ["S.T."])],
     ["雪下ろし", "JCS 0", "GCS 15（E4V5M6）", "BP 146/88 mmHg", "ショック指数 0.63", "FAST 陰性", "MMT 3/5",
      "ASIA Impairment Scale C",
      "Frankel分類 C", "Th12 破裂骨折", "Denis分類", "脊柱管占拠率 45%", "Cobb角 18°", "TLICS 7点", "肋骨骨折", "アセトアミノフェン 1000 mg",
      "フェンタニル 25 μg", "経皮的椎弓根スクリュー固定", "間欠的空気圧迫法", "右人工膝関節置換術"]),
] + MORE_NOTES
