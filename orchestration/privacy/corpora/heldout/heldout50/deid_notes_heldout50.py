"""Fiftieth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation
(only the ``Note`` type, the corpus module for the names of the identifier kinds, the eighteenth set for the format,
the one-line package docstring of the forty-ninth and the first docstrings of sets 19 to 49, to choose settings not
used before), and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule
because of what it shows.

24 notes (799 planted identifier parts in 692 (kind, parts) entries; 360 clinical strings, all distinct), each a
different kind of clinical document, from countries, territories, regions and towns that sets 19 to 49 did not use or
used least. The even-numbered notes (0, 2, ..., 22) are in English, in US (Indiana, Connecticut, North Dakota), Cocos
(Keeling) Islands, English (Somerset), Irish (Co. Tipperary), Northern Irish (Co. Antrim), Scottish (Argyll and Bute),
Canadian (Prince Edward Island), Liberian, South Australian and Anguillan usage; each odd-numbered note is in another
language and script: Japanese (1, Reiwa and Showa era dates), Korean (3), traditional Chinese (5, Taiwan, Republic of
China dates), Arabic (7, Algeria, with Algerian month names), Persian in its Afghan form, Dari (9, Solar Hijri dates
with Afghan month names in Persian digits beside the Gregorian date), Lao (11, the date in Lao digits with a Lao month
name), Punjabi in Gurmukhi (13, dates in Gurmukhi digits), and five in which the docstrings of sets 19 to 49 show no
note written: Lithuanian (15, genitive month names and declined names), Slovak (17, spaced dotted dates), Albanian (19,
Kosovo), Galician (21, Galician month names) and Tagalog (23, Filipino month names).

This file holds notes 0-11 (411 identifier parts in 364 entries, 180 clinical strings):
0, USA, Indiana, LaGrange County (Shipshewana, Topeka, Emma; Fort Wayne): a clinical ethics consultation note for an
Old Order Amish man with a severe head injury after a buggy crash, with an account number, a sheriff's case number, a
pickup's plate and a helicopter registration, a harness shop as workplace, a church district, a town that is a given
name (Emma), a driver whose names are everyday words, a phone shanty number, a fax number, an Indiana licence and an
NPI;
1, Japan, Ishikawa, Noto (Wajima: Kawai-machi, Machino-machi; Kanazawa): an attending physician's opinion for
long-term care certification for a woman aged 93 living in temporary housing after the Noto Peninsula earthquake
(Japanese), with Reiwa and Showa era dates, a kana reading beside the name, long-term care and late-stage elderly
insurance numbers, a temporary housing block and unit, an evacuation centre, a care office with an everyday-word name,
New Year's Day and Obon, a fax number and a medical register number;
2, Cocos (Keeling) Islands (Home Island, West Island; Perth, Subiaco; Katanning): a maternity referral and confinement
travel letter for a Cocos Malay woman, with Medicare and IHI numbers, a patient travel scheme reference, Malay names
with binti and bin, a cooperative as the husband's workplace, Hari Raya Puasa, an e-mail address and an AHPRA number;
3, South Korea, South Gyeongsang (Geoje: Okpo, Neungpo; Tongyeong): an occupational noise-induced hearing loss opinion
for a workers' compensation claim (Korean), with a resident registration number, an apartment block and unit address,
a daughter whose given name is an everyday word, a shipyard and its subcontractor, a claim number, an audiometer serial
number, a PACS IP address, Korean dotted dates, Chuseok, a fax number and licence and specialist numbers;
4, England, Somerset (Street, Glastonbury, Butleigh, Cheddar; Taunton): a community leg ulcer clinic assessment, with
an
NHS number, a SystmOne ID, a town that is an everyday word (Street) and one that is a cheese (Cheddar), a shoe company
as former workplace, a key-safe code, a GP fax number, an NMC PIN and an e-mail address;
5, Taiwan, Pingtung County (Hengchun, Manzhou: Gangkou; Kenting; Donggang; Kaohsiung): an advance care planning
consultation record under the Patient Right to Autonomy Act for a Paiwan man aged 96 (traditional Chinese), with
Republic of China dates, a Taiwan ID, an NHI card number, a village house number and postal code, a LINE ID, a given
name that is an everyday word, the Mid-Autumn Festival, relative dates ("last year", "next year"), a fax number and a
doctor's certificate number;
6, USA, Connecticut (Old Lyme, Hamburg Cove, Deep River, Essex; New London): an OPAT enrolment note and home infusion
order for Lyme carditis, with an insurer member ID, a temporary pacemaker generator serial number, a patient portal
URL, two fax numbers, a marina as workplace, places that are everyday words or share a name with a city or county
abroad (Deep River, Hamburg Cove, Essex), a patient whose names are everyday words, a CT licence and an NPI;
7, Algeria, Biskra (Sidi Okba, Ain Naga): a scorpion envenomation case declaration and treatment record for a child
(Arabic), with Algerian month names, a national identification number, a CNAS (Chifa) social security number, a
housing estate address with building and flat numbers, a hospital named after a person, a civil protection ambulance
plate, Eid al-Adha, a mother's name that is an everyday word and a registration number;
8, Ireland, Co. Tipperary (Holycross, Thurles, Horse and Jockey; Clonmel): a fracture clinic review after K-wire
fixation of a hurling injury, with a PPSN, Eircodes, a stud farm as workplace, a GAA club, a stadium named after a
person, a village whose name is everyday words (Horse and Jockey), an out-of-hours service, Christmas, an e-mail
address and an MCRN;
9, Afghanistan, Herat (Injil district: Shahrak-e Sabz; Qadis, Badghis): a stabilisation centre admission card for
complicated severe acute malnutrition in a child (Dari), with Solar Hijri dates (Mizan, Asad) in Persian digits beside
a Gregorian date, an e-Tazkira number, a camp block address, a brick kiln as workplace, a girl's name that is an
everyday word, a district whose name is an everyday word (Injil) and a medical council number;
10, Northern Ireland, Co. Antrim (Bushmills, Dervock, Dunluce; Coleraine): a registered nurse's verification of
expected death at home of a woman aged 91, with an H&C number, a house name, a key-safe code, a syringe driver serial
number, Boxing Day, month names, an age in words, a funeral director, a church, a daughter whose name is an everyday
word and an NMC PIN;
11, Laos, Champasak (Paksong, Ban Nong Luang; Pakse; Vientiane): a district hospital referral form for suspected
melioidosis in a coffee farmer (Lao), with a date in Lao digits, an ID card and a family book number, a coffee company,
an ambulance plate with the province letters, a wife's name that is an everyday word (moonlight), the Boun Haw Khao
Padap Din festival and a practising licence number.

Notes 12-23 are in :mod:`deid_notes_heldout50_more`, only to keep each file a readable length (see its docstring).
Where a real identifier has a check digit (US NPI, Australian Medicare and IHI, Korean resident registration number,
NHS number, Taiwan ID, Irish PPSN, Northern Ireland H&C number, Scottish CHI, Aadhaar, Lithuanian asmens kodas, Slovak
rodné číslo, Spanish DNI and NASS) the planted one passes it; the others keep a plausible format (Japanese long-term
care and late-stage elderly insurance numbers, Taiwan NHI card, Algerian NIN and CNAS number, Afghan e-Tazkira, Lao ID
card and family book, PEI health number, Kosovo personal number, PhilHealth PIN, Anguilla social security number).
Three patients are aged 90 or over (notes 1, 5 and 10), and for them the age (also in words and as the age at the next
birthday), the birth date and birth year or era year (DOB90) and every other date element, bare years, era years,
months, holidays and relative dates included, are planted; where a younger patient's note has a bare year (note 2), it
is left in the text and not planted. No identifier part is planted in more than one note. The strings that must
survive include eponyms, eponymous signs, scales and rules (Cushing's triad, Marshall CT class, Rotterdam score,
Pfannenstiel scar, Braxton Hicks contractions, Stenger test, Buerger's test, Jarisch-Herxheimer reaction, Bennett's and
Rolando fractures, Kirschner wires, Montreal Cognitive Assessment, Osborn waves, Kernig and Brudzinski signs in
Lithuanian, Kellgren and Lawrence and Trendelenburg in Slovak, Canadian C-spine rule, Cauchy grade, Negri bodies in
Albanian, Gordon, Downton, Pfeiffer and Zarit in Galician, the Hasegawa scale and Alzheimer's disease in Japanese),
place and person names inside clinical terms (Lyme carditis, Pennsylvania Dutch, Laimo borreliozė, Swiss staging,
Essen schedule, the Pasteur antivenom in Arabic), statutes with years (the Coroners Act (Northern Ireland) 1959, the
Adult Support and Protection (Scotland) Act 2007, the Adults with Incapacity (Scotland) Act 2000, the Road Traffic Act
1961 (SA), Indiana Code 16-36-7), drug and device brand names that look like names (Aricept, Eliquis, Magmitt,
Trelegy Ellipta, Dopplex, UrgoStart, Medtronic, Plumpy'Nut, ReSoMal, CME T34, Actrapid, Zoll X Series, FSME-IMMUN,
Encepur, Clexane, Prestarium Neo, Verorab, Aurlumyn, Entresto, Sintrom, Plavix, Ensure, Kayexalate, Glucogel,
Ventolin),
organisms, lab values with units, scores and ratios that look like dates (2/0.5 mg, 875/125 mg, 24/26 mg, HIV 1/2, MoCA
and MMSE scores out of 30, gestations 36+0, 11+4 and 34+2, a blood pressure threshold of 100/60). Entries per kind in
the whole set: LOCATION 144, NAME 131, DATE 111, HOSPITAL 55, PHONE 44, ID 43, ADDRESS 33, POSTCODE 30, LICENCE 27, MRN
18, PLATE 10, EMAIL 9, FAX 8, SERIAL 8, AGE 6, URL 4, CODE 3, DOB90 3, HANDLE 3, IP 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout50.deid_notes_heldout50_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Indiana (LaGrange County: Shipshewana, Topeka, Emma; Fort Wayne): clinical ethics consultation note
    ("Parkview Regional Medical Center - Clinical Ethics Service\n"
     "11109 Parkview Plaza Dr, Fort Wayne, IN 46845\n"
     "ETHICS CONSULTATION NOTE | Consult date: 10/14/2025 | Trauma ICU, bed 12\n"
     "Requested by: Anneliese Voreis-Kimbrough, MD (Trauma Surgery), for the ICU team\n"
     "Patient: Menno J. Bontrager | 58 M | DOB 03/02/1967 | MRN PR-20418836 | Acct 7734118205 | self-pay (church "
     "aid)\n"
     "Home: 4185 N 900 W, Shipshewana, IN 46565. Old Order Amish; harness maker at Yoder Harness & Tack.\n"
     "\n"
     "Background: on the evening of 10/11 his horse-drawn buggy was struck from behind on State Road 5 south of "
     "Emma by a pickup (Indiana plate 418BKT; driver Dusty Fields, uninjured; LaGrange County Sheriff case "
     "25-LG-004188). Stabilized at Parkview LaGrange Hospital, flown here (helicopter N418PV). Severe TBI: GCS 5T "
     "on arrival, Cushing's triad, bilateral acute subdural hematomas with diffuse axonal injury, Marshall CT "
     "class III, Rotterdam score 4. ICP monitor placed; ICP 28 mmHg despite hypertonic saline 3%, sedation and "
     "levetiracetam 500 mg BID. Neurosurgery offers decompressive craniectomy; they expect survival with severe "
     "disability (GOS-E 3 or worse) if he survives.\n"
     "\n"
     "Ethics question (from the team): who decides, and may the family decline surgery and take him home, given "
     "the cost concerns they raised?\n"
     "\n"
     "Meeting 10/14 at 14:00 in the family room. Present: wife Ruth Ann Bontrager (surrogate; no advance "
     "directive, no Indiana POST form); daughter Katie Mast; Bishop Levi Hochstetler of the Emma South church "
     "district; chaplain Dorcas Whitmer-Lantz; SW; bedside RN; the consultants. Son-in-law interpreted "
     "Pennsylvania Dutch for his mother-in-law when needed.\n"
     "\n"
     "Discussion: Ruth Ann says Menno told her after his brother's stroke that he would not want \"to be kept on "
     "machines if I cannot know my family\". The bishop said the church aid will help with bills, that cost should "
     "not decide it, and that the decision belongs to the family. Ruth Ann asked whether refusing surgery is "
     "\"giving up on God\" - chaplain supported her; the team explained that choosing comfort care is ethically "
     "and legally allowable.\n"
     "\n"
     "Assessment: Ruth Ann is the appropriate surrogate (Indiana Code 16-36-7, spouse). Substituted judgment "
     "supports declining craniectomy; the reasons given are his own values, not only cost. No ethical objection to "
     "a time-limited trial of current ICU care for 72 hours, then a family meeting; if no improvement, transition "
     "to comfort measures, with home hospice (Amish community care, no electricity - oxygen concentrator not "
     "possible; plan for morphine sublingual and glycopyrrolate) if the family wishes.\n"
     "\n"
     "Family contact: via the neighbors' phone shanty, 260-555-0147 (leave a message for Katie). Copy faxed to PCP "
     "Dr. Wendell Plank, Topeka Family Medicine, fax 260-555-0193.\n"
     "\n"
     "Theodora Quackenbush, PhD, HEC-C, Clinical Ethicist\n"
     "Rajendra Vellanki-Ostrowski, MD, Ethics Co-consultant | IN license 01082417A | NPI 1629384755",
     [("HOSPITAL", ["Parkview Regional Medical Center"]), ("ADDRESS", ["11109 Parkview Plaza Dr"]),
      ("LOCATION", ["Fort Wayne"]), ("POSTCODE", ["46845"]), ("DATE", ["10/14/2025"]),
      ("NAME", ["Anneliese", "Voreis-Kimbrough"]), ("NAME", ["Menno", "Bontrager"]), ("DATE", ["03/02/1967"]),
      ("MRN", ["PR-20418836"]), ("ID", ["7734118205"]), ("ADDRESS", ["4185 N 900 W"]), ("LOCATION", ["Shipshewana"]),
      ("POSTCODE", ["46565"]), ("LOCATION", ["Yoder Harness & Tack"]), ("DATE", ["10/11"]), ("LOCATION", ["Emma"]),
      ("PLATE", ["418BKT"]), ("NAME", ["Dusty", "Fields"]), ("ID", ["25-LG-004188"]),
      ("HOSPITAL", ["Parkview LaGrange Hospital"]), ("LOCATION", ["LaGrange County"]), ("PLATE", ["N418PV"]),
      ("DATE", ["10/14"]), ("NAME", ["Ruth Ann"]), ("NAME", ["Katie", "Mast"]), ("NAME", ["Levi", "Hochstetler"]),
      ("LOCATION", ["Emma South church district"]), ("NAME", ["Dorcas", "Whitmer-Lantz"]),
      ("PHONE", ["260-555-0147"]), ("NAME", ["Wendell", "Plank"]), ("HOSPITAL", ["Topeka Family Medicine"]),
      ("FAX", ["260-555-0193"]), ("NAME", ["Theodora", "Quackenbush"]), ("NAME", ["Rajendra", "Vellanki-Ostrowski"]),
      ("LICENCE", ["01082417A"]), ("ID", ["1629384755"])],
     ["GCS 5T", "Cushing's triad", "diffuse axonal injury", "Marshall CT class III", "Rotterdam score 4",
      "ICP 28 mmHg", "hypertonic saline 3%", "levetiracetam 500 mg BID", "decompressive craniectomy", "GOS-E 3",
      "Indiana POST form", "Pennsylvania Dutch", "Indiana Code 16-36-7", "Substituted judgment", "glycopyrrolate"]),

    # 1 - Japan, Ishikawa, Noto (Wajima: Kawai-machi, Machino-machi; Kanazawa): attending physician's opinion for
    #   long-term care certification, woman aged 93 (Japanese)
    ("主治医意見書（介護保険）　　記入日　令和7年11月20日\n"
     "申請者：（ふりがな）おきの　はる\n"
     "　　　　沖野　ハル　　女　　昭和7年3月15日生（93歳）\n"
     "住所：〒928-0001　石川県輪島市河井町　第3仮設団地 12号棟4号（元の住所：輪島市町野町東大野）\n"
     "連絡先：長男 沖野 健一（金沢市在住）090-4418-2736\n"
     "被保険者番号：0001841276　　後期高齢者医療 被保険者番号：04187263\n"
     "\n"
     "主治医として、本意見書が介護サービス計画作成等に利用されることに同意する。\n"
     "医師氏名：中谷 蓮\n"
     "医療機関名：能登みなと診療所\n"
     "所在地：輪島市河井町15部90番地　電話 0768-22-4718　FAX 0768-22-4719\n"
     "(1) 最終診察日：令和7年11月13日　(2) 意見書作成回数：2回目以上　(3) 他科受診：整形外科（市立輪島病院）\n"
     "\n"
     "1. 傷病に関する意見\n"
     "(1) 診断名及び発症年月日\n"
     "　① アルツハイマー型認知症　　令和4年頃\n"
     "　② 第1腰椎圧迫骨折　　令和6年1月1日\n"
     "　③ 心房細動（非弁膜症性）\n"
     "(2) 症状としての安定性：不安定（夕方の不穏、転倒を繰り返す）\n"
     "(3) 経過及び投薬内容：\n"
     "　元日の能登半島地震で自宅が全壊。倒れた箪笥の下から救出され、第1腰椎圧迫骨折（保存的治療）。恵寿総合病院に搬送後、金沢の1.5次避難所（いしかわ総合スポーツセンター）を経て、令和6年9月の奥能登豪雨の後に現在の仮設住"
     "宅に入居。環境の変化が続き、認知機能の低下と夜間せん妄が進行した。改訂長谷川式簡易知能評価スケール（HDS-R）14/30点。CHADS2スコア 3点。\n"
     "　処方：アリセプトD錠5mg 1日1回、エリキュース錠2.5mg 1日2回、マグミット錠330mg 1日3回、抑肝散 2.5g 就寝前。\n"
     "\n"
     "2. 特別な医療：なし\n"
     "3. 心身の状態に関する意見\n"
     "　障害高齢者の日常生活自立度（寝たきり度）：A2\n"
     "　認知症高齢者の日常生活自立度：IIb\n"
     "　短期記憶：問題あり。仮設住宅の部屋番号を覚えられず、隣の棟に入ってしまう。\n"
     "　円背あり、歩行はシルバーカー使用。屋外歩行は見守りが必要。\n"
     "4. 生活機能とサービスに関する意見\n"
     "　転倒リスク高い（過去6か月で4回）。低栄養のおそれ（BMI 17.8）。フレイル。\n"
     "　通所リハビリテーション、訪問看護、福祉用具貸与（手すり）を推奨。\n"
     "5. 特記すべき事項\n"
     "　独居。長男は週末に金沢から来る。お盆の帰省時に「母は地震の前は一人で畑をしていた」と話された。居宅介護支援事業所あさなぎのケアマネジャー北浦 "
     "由美さんと連携済み。本人は「町野に帰りたい」と繰り返す。次の誕生日で94歳。\n"
     "\n"
     "医籍登録番号 第412873号",
     [("DATE", ["令和7年11月20日"]), ("NAME", ["おきの", "はる"]), ("NAME", ["沖野", "ハル"]), ("DOB90", ["昭和7年3月15日", "昭和7年"]),
      ("AGE", ["93歳"]), ("POSTCODE", ["928-0001"]), ("LOCATION", ["輪島市"]), ("LOCATION", ["河井町"]),
      ("ADDRESS", ["第3仮設団地 12号棟4号"]), ("LOCATION", ["町野町東大野"]), ("NAME", ["健一"]), ("LOCATION", ["金沢市"]),
      ("PHONE", ["090-4418-2736"]), ("ID", ["0001841276"]), ("ID", ["04187263"]), ("NAME", ["中谷", "蓮"]),
      ("HOSPITAL", ["能登みなと診療所"]), ("ADDRESS", ["15部90番地"]), ("PHONE", ["0768-22-4718"]), ("FAX", ["0768-22-4719"]),
      ("DATE", ["令和7年11月13日"]), ("HOSPITAL", ["市立輪島病院"]), ("DATE", ["令和4年"]), ("DATE", ["令和6年1月1日"]),
      ("DATE", ["元日"]), ("HOSPITAL", ["恵寿総合病院"]), ("LOCATION", ["金沢"]), ("LOCATION", ["いしかわ総合スポーツセンター"]),
      ("LOCATION", ["能登半島"]), ("LOCATION", ["奥能登"]), ("DATE", ["令和6年9月"]), ("DATE", ["お盆"]), ("LOCATION", ["あさなぎ"]),
      ("NAME", ["北浦", "由美"]), ("LOCATION", ["町野"]), ("AGE", ["94歳"]), ("LICENCE", ["412873"])],
     ["アルツハイマー型認知症", "第1腰椎圧迫骨折", "心房細動（非弁膜症性）", "改訂長谷川式簡易知能評価スケール（HDS-R）14/30点", "CHADS2スコア 3点", "アリセプトD錠5mg",
      "エリキュース錠2.5mg", "マグミット錠330mg", "抑肝散 2.5g", "障害高齢者の日常生活自立度（寝たきり度）：A2", "認知症高齢者の日常生活自立度：IIb", "シルバーカー",
      "BMI 17.8", "通所リハビリテーション", "夜間せん妄"]),

    # 2 - Cocos (Keeling) Islands (Home Island, West Island; Perth, Subiaco; Katanning): maternity confinement travel
    #   and referral letter
    ("INDIAN OCEAN TERRITORIES HEALTH SERVICE\n"
     "Cocos (Keeling) Islands Health Centre, Home Island WA 6799 | ph 08 9162 6418\n"
     "MATERNITY REFERRAL AND CONFINEMENT TRAVEL (PATS) | 08/01/2026\n"
     "\n"
     "To: Obstetric Registrar on call, Maternal Fetal Medicine\n"
     "King Edward Memorial Hospital, 374 Bagot Road, Subiaco WA 6008\n"
     "\n"
     "Re: Mrs Siti Aminah binti Hanafi | DOB 14/07/1994 | Medicare 4187 26307 2 | IHI 8003 6081 7420 6326 | HC no. "
     "IOT-004187\n"
     "Address: Lot 27 Jalan Pantai, Home Island\n"
     "\n"
     "Dear Doctor,\n"
     "Thank you for accepting Siti Aminah, a 31-year-old Cocos Malay woman, G3P2, for confinement in Perth. There "
     "is no birthing service on the islands, so she will fly out on the Virgin service from West Island on "
     "Thursday 22/01/2026 at 36+0 weeks (EDD 19/02/2026 by dating scan at 11+4). PATS reference PATS-WA-26-01872 "
     "for her and one escort, her mother Bibah binti Sabtu; her husband Rizal bin Jaffar will follow once the "
     "Cocos Islands Cooperative Society can release him from the jetty crew. They will stay with her cousin "
     "Norlela in Katanning and come up to Perth for appointments.\n"
     "\n"
     "Obstetric history: NVD 2017; emergency LSCS 2021 for fetal distress (low transverse, Pfannenstiel scar, no "
     "complications). Wants to try for VBAC; we discussed the 1 in 200 risk of uterine rupture. Your team should "
     "confirm the birth plan at 37 weeks.\n"
     "This pregnancy: GDM diagnosed on OGTT at 26 weeks (fasting 5.4, 2 h 9.1 mmol/L), on metformin 500 mg BD, "
     "BGLs within target. Rh negative - Rh(D) immunoglobulin 625 IU given at 28 weeks; antibody screen negative. "
     "Hb 104 g/L on ferrous sulfate. GBS swab not yet done. Fundal height 33 cm at 34 weeks, cephalic, FHR 140. "
     "Painless Braxton Hicks contractions only. BP 118/72, no proteinuria. EPDS 6.\n"
     "\n"
     "Please note she fasts at Ramadan; she hopes to be home for Hari Raya Puasa with the baby. Interpreter: Cocos "
     "Malay is her first language; she is comfortable in English for most things.\n"
     "\n"
     "Copies of her ultrasound reports and the antenatal card are in her hand-held record. Please send the "
     "discharge summary to our midwife, Rosanna DeSantis (r.desantis@iothealth.gov.au).\n"
     "\n"
     "Kind regards,\n"
     "Dr Bronwyn Achterstraat-Kelly, GP/Medical Officer, West Island | AHPRA MED0002418736",
     [("HOSPITAL", ["Cocos (Keeling) Islands Health Centre"]), ("LOCATION", ["Home Island"]), ("POSTCODE", ["6799"]),
      ("PHONE", ["08 9162 6418"]), ("DATE", ["08/01/2026"]), ("HOSPITAL", ["King Edward Memorial Hospital"]),
      ("ADDRESS", ["374 Bagot Road"]), ("LOCATION", ["Subiaco"]), ("POSTCODE", ["6008"]),
      ("NAME", ["Siti Aminah", "Hanafi"]), ("DATE", ["14/07/1994"]), ("ID", ["4187 26307 2"]),
      ("ID", ["8003 6081 7420 6326"]), ("MRN", ["IOT-004187"]), ("ADDRESS", ["Lot 27 Jalan Pantai"]),
      ("LOCATION", ["Perth"]), ("LOCATION", ["West Island"]), ("DATE", ["22/01/2026"]), ("DATE", ["19/02/2026"]),
      ("ID", ["PATS-WA-26-01872"]), ("NAME", ["Bibah", "Sabtu"]), ("NAME", ["Rizal", "Jaffar"]),
      ("LOCATION", ["Cocos Islands Cooperative Society"]), ("NAME", ["Norlela"]), ("LOCATION", ["Katanning"]),
      ("DATE", ["Hari Raya Puasa"]), ("NAME", ["Rosanna", "DeSantis"]), ("EMAIL", ["r.desantis@iothealth.gov.au"]),
      ("NAME", ["Bronwyn", "Achterstraat-Kelly"]), ("LICENCE", ["MED0002418736"])],
     ["G3P2", "36+0 weeks", "11+4", "LSCS", "Pfannenstiel scar", "VBAC", "1 in 200", "OGTT", "metformin 500 mg BD",
      "Rh(D) immunoglobulin 625 IU", "Hb 104 g/L", "Fundal height 33 cm", "Braxton Hicks contractions", "EPDS 6",
      "GDM"]),

    # 3 - South Korea, South Gyeongsang (Geoje: Okpo, Neungpo; Tongyeong): occupational noise-induced hearing loss
    #   opinion for a workers' compensation claim (Korean)
    ("거제옥포병원 이비인후과\n"
     "경상남도 거제시 옥포대첩로 42 (우 53226) ☎ 055-687-4180 FAX 055-687-4189\n"
     "\n"
     "소 견 서 (업무상 질병 - 소음성 난청, 근로복지공단 제출용)\n"
     "\n"
     "성　　명: 하태수 (남, 61세)\n"
     "주민등록번호: 640312-1837411\n"
     "주　　소: 거제시 능포동 능포로 118, 한솔마을아파트 103동 1204호\n"
     "연 락 처: 010-4187-2093 (본인), 딸 하바다 010-7718-4426\n"
     "등록번호: 00418273\n"
     "청구번호: 근로복지공단 통영지사 2025-0418-3327\n"
     "\n"
     "1. 직업력: 한빛중공업 옥포조선소 협력업체 대성기업에서 37년간 선체 의장 및 사상(그라인더, 치핑 해머) 작업. 귀마개는 \"최근 10년 정도만\" 착용. 특수건강진단에서 매년 \"소음 "
     "D1\" 판정.\n"
     "2. 병력: 약 8년 전부터 서서히 진행하는 양측 청력 저하, 양측 이명. 중이염, 두부외상, 이독성 약물 복용력 없음. 군 복무 시 사격 노출 있었음.\n"
     "3. 검사 소견 (2025. 9. 29., 2025. 10. 13., 2025. 10. 27. 3회 반복 시행, 방음실, 청력검사기 AD629 s/n 1187402):\n"
     " - 순음청력검사: 6분법 평균 우 48 dB, 좌 52 dB. 양측 4 kHz에서 최대 저하를 보이는 C5-dip.\n"
     " - 어음청취역치(SRT) 우 45 dB, 좌 50 dB, 어음명료도 우 84%, 좌 80%.\n"
     " - 임피던스 청력검사: 양측 A형, 등골근 반사 정상.\n"
     " - 청성뇌간반응(ABR): 역치는 순음청력검사와 일치. 이음향방사(DPOAE): 양측 고음역 반응 없음.\n"
     " - Stenger test 음성 (위난청 배제).\n"
     " - 측두골 CT: 이상 소견 없음 (PACS 10.41.8.27).\n"
     "4. 진단: 양측 감각신경성 난청 (소음성 난청), 양측 이명 (H93.1)\n"
     "5. 의견: 85 dB(A) 이상의 소음에 장기간 노출된 직업력, 양측 대칭성 감각신경성 난청, 4 kHz의 C5-dip 및 반복 검사의 일관성으로 보아 업무와의 상당인과관계가 있다고 판단됨. "
     "연령에 따른 노인성 난청의 기여분은 일부 있을 것으로 보이나 주된 원인은 작업장 소음으로 사료됨. 보청기 착용을 권고함.\n"
     "6. 추석 연휴 이후 근로복지공단 통영지사 자문의사 협의 예정.\n"
     "\n"
     "2025. 10. 30.\n"
     "이비인후과 전문의 백승현 (의사면허 제86214호, 전문의 자격 제4183호)",
     [("HOSPITAL", ["거제옥포병원"]), ("ADDRESS", ["옥포대첩로 42"]), ("LOCATION", ["거제시"]), ("POSTCODE", ["53226"]),
      ("PHONE", ["055-687-4180"]), ("FAX", ["055-687-4189"]), ("NAME", ["하태수"]), ("ID", ["640312-1837411"]),
      ("LOCATION", ["능포동"]), ("ADDRESS", ["능포로 118, 한솔마을아파트 103동 1204호"]), ("PHONE", ["010-4187-2093"]),
      ("NAME", ["하바다"]), ("PHONE", ["010-7718-4426"]), ("MRN", ["00418273"]), ("LOCATION", ["근로복지공단 통영지사"]),
      ("ID", ["2025-0418-3327"]), ("LOCATION", ["한빛중공업 옥포조선소"]), ("LOCATION", ["대성기업"]), ("DATE", ["2025. 9. 29."]),
      ("DATE", ["2025. 10. 13."]), ("DATE", ["2025. 10. 27."]), ("SERIAL", ["1187402"]), ("IP", ["10.41.8.27"]),
      ("DATE", ["추석"]), ("DATE", ["2025. 10. 30."]), ("NAME", ["백승현"]), ("LICENCE", ["86214"]), ("LICENCE", ["4183"])],
     ["소음성 난청", "6분법 평균 우 48 dB, 좌 52 dB", "C5-dip", "어음청취역치(SRT)", "어음명료도 우 84%", "임피던스 청력검사", "청성뇌간반응(ABR)",
      "이음향방사(DPOAE)", "Stenger test", "양측 감각신경성 난청", "H93.1", "85 dB(A)", "노인성 난청", "보청기", "소음 D1"]),

    # 4 - England, Somerset (Street, Glastonbury, Butleigh, Cheddar; Taunton): community leg ulcer clinic assessment
    ("Somerset NHS Foundation Trust - Community Leg Ulcer Clinic\n"
     "West Mendip Community Hospital, Old Wells Road, Glastonbury BA6 8JD\n"
     "LEG ULCER ASSESSMENT AND TREATMENT PLAN | Monday 3 November 2025\n"
     "\n"
     "Patient: Mr Gideon Hembury-Clapp | DOB 19/04/1947 | NHS No. 471 839 2063 | SystmOne ID 88104172\n"
     "Address: 22 Brooks Road, Street, BA16 0HB. Key safe by the back door, code 4719 (for the district nurses).\n"
     "GP: Dr Imogen Sparkes, Tor View Surgery, Street (tel 01458 443187, fax 01458 443189)\n"
     "NOK: daughter Mrs Felicity Bramble, Cheddar, 07700 900418\n"
     "\n"
     "History: 78-year-old retired clicker (cut uppers for 40 years at Clarks in Street). Right gaiter-area ulcer "
     "for 14 weeks after knocking his shin on a garden trug; treated by the practice nurse with foam dressings, no "
     "compression. Previous DVT right leg after a hernia repair at Musgrove Park Hospital. Type 2 diabetes (HbA1c "
     "54 mmol/mol), hypertension, BMI 33. Walks his spaniel to Butleigh and back most days. Non-smoker.\n"
     "Examination: right medial gaiter ulcer 4.2 x 3.1 cm, depth 0.2 cm, 80% granulation, 20% slough, moderate "
     "serous exudate, macerated edges. Haemosiderin staining, lipodermatosclerosis (inverted champagne bottle "
     "shape), atrophie blanche and ankle flare. Pedal pulses palpable. Buerger's test negative. Monofilament "
     "sensation intact.\n"
     "Doppler (Dopplex): ABPI right 0.92, left 0.88; triphasic signals.\n"
     "Wound swab: Pseudomonas aeruginosa (colonisation, no cellulitis).\n"
     "Diagnosis: venous leg ulcer, right, with chronic venous insufficiency (CEAP C6).\n"
     "Plan (TIME framework):\n"
     "1. Cleanse and debride with Debrisoft pad; Cutimed Sorbact under UrgoStart Plus; K2 compression system, "
     "twice weekly.\n"
     "2. Emollient (Zerobase) to both legs; lipodermatosclerosis explained.\n"
     "3. Referral to vascular surgery (Taunton) for venous duplex - superficial venous reflux likely.\n"
     "4. Review here Monday 10 November; measure and photograph every 4 weeks. Healing expected in 12 weeks if he "
     "tolerates compression.\n"
     "5. Class 2 below-knee hosiery for life once healed.\n"
     "\n"
     "Hannah Fennimore-Bright, Tissue Viability Nurse Specialist | NMC PIN 09I4172E | "
     "hannah.fennimore-bright@nhs.net",
     [("LOCATION", ["Somerset"]), ("HOSPITAL", ["West Mendip Community Hospital"]), ("ADDRESS", ["Old Wells Road"]),
      ("LOCATION", ["Glastonbury"]), ("POSTCODE", ["BA6 8JD"]), ("DATE", ["Monday 3 November 2025"]),
      ("NAME", ["Gideon", "Hembury-Clapp"]), ("DATE", ["19/04/1947"]), ("ID", ["471 839 2063"]),
      ("MRN", ["88104172"]), ("ADDRESS", ["22 Brooks Road"]), ("LOCATION", ["Street"]), ("POSTCODE", ["BA16 0HB"]),
      ("CODE", ["4719"]), ("NAME", ["Imogen", "Sparkes"]), ("HOSPITAL", ["Tor View Surgery"]),
      ("PHONE", ["01458 443187"]), ("FAX", ["01458 443189"]), ("NAME", ["Felicity", "Bramble"]),
      ("LOCATION", ["Cheddar"]), ("PHONE", ["07700 900418"]), ("LOCATION", ["Clarks"]),
      ("HOSPITAL", ["Musgrove Park Hospital"]), ("LOCATION", ["Butleigh"]), ("LOCATION", ["Taunton"]),
      ("DATE", ["Monday 10 November"]), ("NAME", ["Hannah", "Fennimore-Bright"]), ("LICENCE", ["09I4172E"]),
      ("EMAIL", ["hannah.fennimore-bright@nhs.net"])],
     ["HbA1c 54 mmol/mol", "4.2 x 3.1 cm", "Haemosiderin staining",
      "lipodermatosclerosis (inverted champagne bottle shape)", "atrophie blanche", "Buerger's test negative",
      "Dopplex", "ABPI right 0.92, left 0.88", "Pseudomonas aeruginosa", "CEAP C6", "TIME framework",
      "Cutimed Sorbact", "UrgoStart Plus", "K2 compression system", "Zerobase"]),

    # 5 - Taiwan, Pingtung County (Hengchun, Manzhou: Gangkou; Kenting; Donggang; Kaohsiung): advance care planning
    #   consultation record, man aged 96 (traditional Chinese)
    ("恆春基督教醫院　預立醫療照護諮商門診\n"
     "屏東縣恆春鎮恆西路21號　電話 08-889-2704　傳真 08-889-2709\n"
     "預立醫療照護諮商紀錄（依病人自主權利法）\n"
     "諮商日期：民國114年8月12日（星期二）上午10:00-11:20\n"
     "病歷號碼：HC-0418736\n"
     "意願人：林阿土　男　96歲　出生日期：民國18年2月3日\n"
     "身分證統一編號：T104182733　健保卡號：0000 4187 2635\n"
     "住址：屏東縣滿州鄉港口村港口路118號（郵遞區號947）\n"
     "意願人背景：排灣族，年輕時在港口溪口捕魚，後在墾丁的飯店當警衛至退休。妻子已於民國101年過世。育有二子一女。\n"
     "\n"
     "在場人員：\n"
     "意願人本人（意識清楚，可自行表達）\n"
     "醫療委任代理人：長女 林美玲（住高雄市，電話 0933-418-726，LINE ID: meiling_0618）\n"
     "二親等以內親屬：長子 林志明（在東港開海產店）\n"
     "諮商團隊：醫師 黃建宏、護理師 陳怡君、社工師 潘曉雯\n"
     "\n"
     "臨床狀況：慢性阻塞性肺病（GOLD 3，mMRC 3），長期使用 Trelegy Ellipta；民國113年7月因肺炎住院於屏東基督教醫院，曾插管3天。Clinical Frailty Scale 6。SPICT "
     "評估有3項指標。輕度認知功能障礙（MMSE 24/30），具決策能力。\n"
     "\n"
     "諮商內容：\n"
     "1. 說明病人自主權利法之五款臨床條件：末期病人、不可逆轉之昏迷狀況、永久植物人狀態、極重度失智、其他經公告之疾病。\n"
     "2. 說明維持生命治療（心肺復甦術、機械式維生系統、血液製品、抗生素等）及人工營養及流體餵養（鼻胃管）之意義與選擇。\n"
     "3. 意願人表示：「去年插管很痛苦，不要再插管，也不要電擊。」於上述五款情形均選擇不接受維持生命治療及人工營養及流體餵養；希望在家往生，由部落教會的牧師陪伴。\n"
     "4. 長女表示尊重；長子原本希望「能救就救」，經說明後同意。\n"
     "5. 意願人希望中秋節全家回滿州團聚時，親自告訴孫子們他的決定。他說：「明年就97了，夠了。」\n"
     "\n"
     "結果：已完成預立醫療決定書，經見證後將掃描上傳健保卡註記。轉介居家安寧緩和醫療。\n"
     "\n"
     "諮商醫師：黃建宏（醫師證書 醫字第041827號）",
     [("HOSPITAL", ["恆春基督教醫院"]), ("LOCATION", ["恆春鎮"]), ("ADDRESS", ["恆西路21號"]), ("PHONE", ["08-889-2704"]),
      ("FAX", ["08-889-2709"]), ("DATE", ["民國114年8月12日"]), ("MRN", ["HC-0418736"]), ("NAME", ["林阿土"]),
      ("AGE", ["96歲"]), ("DOB90", ["民國18年2月3日", "民國18年"]), ("ID", ["T104182733"]), ("ID", ["0000 4187 2635"]),
      ("LOCATION", ["滿州鄉"]), ("LOCATION", ["港口村"]), ("ADDRESS", ["港口路118號"]), ("POSTCODE", ["947"]),
      ("LOCATION", ["港口溪"]), ("LOCATION", ["墾丁"]), ("DATE", ["民國101年"]), ("NAME", ["林美玲"]), ("LOCATION", ["高雄市"]),
      ("PHONE", ["0933-418-726"]), ("HANDLE", ["meiling_0618"]), ("NAME", ["林志明"]), ("LOCATION", ["東港"]),
      ("NAME", ["黃建宏"]), ("NAME", ["陳怡君"]), ("NAME", ["潘曉雯"]), ("DATE", ["民國113年7月"]), ("HOSPITAL", ["屏東基督教醫院"]),
      ("DATE", ["去年"]), ("DATE", ["中秋節"]), ("LOCATION", ["滿州"]), ("DATE", ["明年"]), ("AGE", ["97"]),
      ("LICENCE", ["醫字第041827號"])],
     ["慢性阻塞性肺病（GOLD 3，mMRC 3）", "Trelegy Ellipta", "Clinical Frailty Scale 6", "SPICT", "MMSE 24/30", "末期病人",
      "不可逆轉之昏迷狀況", "永久植物人狀態", "極重度失智", "心肺復甦術", "機械式維生系統", "人工營養及流體餵養（鼻胃管）", "預立醫療決定書", "居家安寧緩和醫療", "肺炎"]),

    # 6 - USA, Connecticut (Old Lyme, Hamburg Cove, Deep River, Essex; New London): OPAT enrollment note and home
    #   infusion order, Lyme carditis
    ("Lawrence + Memorial Hospital - Infectious Diseases / OPAT Program\n"
     "365 Montauk Ave, New London, CT 06320 | OPAT office 860-555-0163\n"
     "OUTPATIENT PARENTERAL ANTIMICROBIAL THERAPY (OPAT) ENROLLMENT NOTE AND HOME INFUSION ORDER\n"
     "Date: 07/29/2025\n"
     "Patient: Hunter Gale | 44 M | DOB 11/23/1980 | MRN LM-3317420 | Anthem member ID YRH418273650\n"
     "Home: 27 Hatchetts Hill Rd, Old Lyme, CT 06371 (lives with wife Marisol; cell 860-555-0127)\n"
     "Work: rigger at Brewer Deep River Marina; kayaks on Hamburg Cove most weekends.\n"
     "\n"
     "Indication: Lyme carditis. Erythema migrans noticed 3 weeks ago (he pulled an engorged Ixodes scapularis off "
     "his thigh in early July), then syncope at work on 07/24. ECG: third-degree AV block, ventricular escape "
     "38/min. Modified two-tiered testing positive (IgM and IgG); Borrelia burgdorferi C6 peptide positive. "
     "Temporary transvenous pacer placed in the cath lab 07/24 (generator Medtronic 5392, s/n PJN418273R), removed "
     "07/27 after return of 1:1 conduction; today PR interval 280 ms (first-degree AV block). No "
     "Jarisch-Herxheimer reaction. Echo EF 55%.\n"
     "Regimen: ceftriaxone 2 g IV q24h, day 1 = 07/24, to complete 21 days (last dose 08/13), then cardiology to "
     "consider switch to doxycycline 100 mg BID if PR < 300 ms holds.\n"
     "Access: 4 Fr single-lumen PICC, right basilic, 41 cm, tip at cavoatrial junction on CXR.\n"
     "Monitoring: weekly CBC with diff and CMP every Monday, fax results to OPAT 860-555-0168; ECG at the week-2 "
     "visit; watch for biliary pseudolithiasis and C. difficile.\n"
     "Home infusion: Shoreline Home Infusion, Essex - order sent by fax to 860-555-0172; first home nursing visit "
     "07/30.\n"
     "Patient portal enrollment: https://mychart.lmhospital.example.org/opat/enroll?ref=LM-OPAT-2507-118\n"
     "Follow-up: OPAT clinic 08/05 and 08/12; Dr. Adaeze Okonkwo-Rourke, Cardiology, 08/14. Teach-back done; wife "
     "will help with line care.\n"
     "OPAT RN: Colleen Szczepanski-Mayo, RN (colleen.szczepanski@lmhosp.example.org)\n"
     "ID attending: Ketevan Bolkvadze-Moore, MD | CT license 049318 | NPI 1384720912",
     [("HOSPITAL", ["Lawrence + Memorial Hospital"]), ("ADDRESS", ["365 Montauk Ave"]), ("LOCATION", ["New London"]),
      ("POSTCODE", ["06320"]), ("PHONE", ["860-555-0163"]), ("DATE", ["07/29/2025"]), ("NAME", ["Hunter", "Gale"]),
      ("DATE", ["11/23/1980"]), ("MRN", ["LM-3317420"]), ("ID", ["YRH418273650"]),
      ("ADDRESS", ["27 Hatchetts Hill Rd"]), ("LOCATION", ["Old Lyme"]), ("POSTCODE", ["06371"]),
      ("NAME", ["Marisol"]), ("PHONE", ["860-555-0127"]), ("LOCATION", ["Brewer Deep River Marina"]),
      ("LOCATION", ["Hamburg Cove"]), ("DATE", ["early July"]), ("DATE", ["07/24"]), ("SERIAL", ["PJN418273R"]),
      ("DATE", ["07/27"]), ("DATE", ["08/13"]), ("FAX", ["860-555-0168"]), ("HOSPITAL", ["Shoreline Home Infusion"]),
      ("LOCATION", ["Essex"]), ("FAX", ["860-555-0172"]), ("DATE", ["07/30"]),
      ("URL", ["https://mychart.lmhospital.example.org/opat/enroll?ref=LM-OPAT-2507-118"]), ("DATE", ["08/05"]),
      ("DATE", ["08/12"]), ("NAME", ["Adaeze", "Okonkwo-Rourke"]), ("DATE", ["08/14"]),
      ("NAME", ["Colleen", "Szczepanski-Mayo"]), ("EMAIL", ["colleen.szczepanski@lmhosp.example.org"]),
      ("NAME", ["Ketevan", "Bolkvadze-Moore"]), ("LICENCE", ["049318"]), ("ID", ["1384720912"])],
     ["Lyme carditis", "Erythema migrans", "Ixodes scapularis", "third-degree AV block",
      "Modified two-tiered testing", "Borrelia burgdorferi C6 peptide", "Medtronic 5392", "PR interval 280 ms",
      "Jarisch-Herxheimer reaction", "EF 55%", "ceftriaxone 2 g IV q24h", "doxycycline 100 mg BID",
      "cavoatrial junction", "biliary pseudolithiasis", "C. difficile"]),

    # 7 - Algeria, Biskra (Sidi Okba, Ain Naga; Biskra city): scorpion envenomation case declaration and treatment
    #   record for a child (Arabic, Algerian month names)
    ("الجمهورية الجزائرية الديمقراطية الشعبية - وزارة الصحة\n"
     "المؤسسة العمومية الاستشفائية الحكيم سعدان - بسكرة - مصلحة الاستعجالات الطبية للأطفال\n"
     "بطاقة التصريح بحالة لسع عقربي وملف التكفل\n"
     "رقم الملف: EPH-BSK/25/07418      التاريخ: 17 جويلية 2025\n"
     "\n"
     "هوية المريض: ياسين بن عيسى، ذكر، 7 سنوات، تاريخ الميلاد: 02/03/2018\n"
     "الرقم التعريفي الوطني: 118018070418273604\n"
     "العنوان: حي 500 مسكن، عمارة 12، رقم 4، سيدي عقبة، ولاية بسكرة\n"
     "الأب: عبد الحق بن عيسى، فلاح في واحات عين الناقة، رقم الضمان الاجتماعي (الشفاء): 85 0712 0418 27، الهاتف: "
     "0661 47 18 32\n"
     "الأم: زهرة بن عيسى\n"
     "\n"
     "ظروف اللسع: لُسع في القدم اليمنى على الساعة 23:30 ليلة 16 جويلية أثناء نومه على الحصيرة في الحوش (ينام "
     "الأطفال في الحوش منذ عيد الأضحى بسبب الحر). أحضر الأب العقرب ميتة في قارورة: عقرب صفراء كبيرة، تم التعرف "
     "عليها كـ Androctonus australis.\n"
     "نُقل من العيادة المتعددة الخدمات سيدي عقبة بسيارة إسعاف الحماية المدنية (ترقيم 18274 121 07)، الوصول على "
     "الساعة 00:45.\n"
     "\n"
     "الفحص عند الوصول: ألم شديد موضعي، تعرق غزير، فرط إفراز اللعاب، قيء متكرر (4 مرات)، رعشة، انتصاب القضيب. نبض "
     "168/د، ضغط 140/90، حرارة 38.4، SpO2 91% - خراخر في القاعدتين.\n"
     "الدرجة: الدرجة الثالثة (Classe III) - وذمة رئوية حادة.\n"
     "تحاليل: سكر الدم 2.1 غ/ل، CPK 412 وحدة/ل، تروبونين I 0.9 نغ/مل. تخطيط القلب: تسرع جيبي. الأشعة: صورة وذمة "
     "رئوية.\n"
     "\n"
     "العلاج:\n"
     "- المصل المضاد للسم العقربي (معهد باستور الجزائر) 5 مل عن طريق الوريد على الساعة 00:55.\n"
     "- دوبوتامين 7 ميكروغرام/كغ/د، أوكسجين بالقناع، ثم نقل إلى الإنعاش الطبي.\n"
     "- باراسيتامول 15 ملغ/كغ، ثلج موضعي.\n"
     "- لا يعطى الكورتيكويد ولا مضادات الهيستامين (حسب البروتوكول الوطني).\n"
     "التطور: تحسن بعد 18 ساعة، توقف الدوبوتامين يوم 18 جويلية، خروج يوم 20 جويلية.\n"
     "\n"
     "التوعية: شرح للأب عن الوقاية (ناموسية مرفوعة، سرير بدل الحصيرة، عدم ترك الحجارة قرب الحوش). تم إرسال التصريح "
     "إلى مصلحة الوقاية لمديرية الصحة لولاية بسكرة.\n"
     "\n"
     "الطبيبة المعالجة: د. نسيمة بوعزيز، طبيبة مختصة في طب الأطفال - رقم التسجيل: 07/1842\n"
     "الطبيب المقيم: د. رياض قريشي",
     [("HOSPITAL", ["الحكيم سعدان"]), ("LOCATION", ["بسكرة"]), ("MRN", ["EPH-BSK/25/07418"]),
      ("DATE", ["17 جويلية 2025"]), ("NAME", ["ياسين", "بن عيسى"]), ("DATE", ["02/03/2018"]),
      ("ID", ["118018070418273604"]), ("ADDRESS", ["حي 500 مسكن، عمارة 12، رقم 4"]), ("LOCATION", ["سيدي عقبة"]),
      ("NAME", ["عبد الحق"]), ("LOCATION", ["واحات عين الناقة"]), ("ID", ["85 0712 0418 27"]),
      ("PHONE", ["0661 47 18 32"]), ("NAME", ["زهرة"]), ("DATE", ["16 جويلية"]), ("DATE", ["عيد الأضحى"]),
      ("HOSPITAL", ["العيادة المتعددة الخدمات سيدي عقبة"]), ("PLATE", ["18274 121 07"]), ("DATE", ["18 جويلية"]),
      ("DATE", ["20 جويلية"]), ("NAME", ["نسيمة", "بوعزيز"]), ("LICENCE", ["07/1842"]), ("NAME", ["رياض", "قريشي"])],
     ["Androctonus australis", "فرط إفراز اللعاب", "انتصاب القضيب", "SpO2 91%", "الدرجة الثالثة (Classe III)",
      "وذمة رئوية حادة", "سكر الدم 2.1 غ/ل", "CPK 412 وحدة/ل", "تروبونين I 0.9 نغ/مل", "تسرع جيبي",
      "المصل المضاد للسم العقربي (معهد باستور الجزائر) 5 مل", "دوبوتامين 7 ميكروغرام/كغ/د", "باراسيتامول 15 ملغ/كغ",
      "الإنعاش الطبي", "ناموسية"]),

    # 8 - Ireland, Co. Tipperary (Holycross, Thurles, Horse and Jockey; Clonmel): fracture clinic review after K-wire
    #   fixation of a hurling hand injury
    ("Tipperary University Hospital - Trauma and Orthopaedics, Fracture Clinic\n"
     "Western Road, Clonmel, Co. Tipperary E91 VY40 | Clinic office 052 617 7418\n"
     "FRACTURE CLINIC REVIEW | Friday 26/09/2025 | Consultant: Mr Fergal Stapleton-Ryan\n"
     "\n"
     "Patient: Darragh Ó Meachair | DOB 02/05/2003 | MRN TUH0418273 | PPSN 8418273L | GMS card: no (private, VHI)\n"
     "Address: Killough Lane, Holycross, Thurles, Co. Tipperary E41 XK82 | mobile 087 418 2736\n"
     "Occupation: groom at Ballinahow Stud near Horse and Jockey. Plays hurling (corner-back) for "
     "Holycross-Ballycahill.\n"
     "\n"
     "History: struck on the right thumb by a hurley in the county semi-final at FBD Semple Stadium on Sunday the "
     "7th of September; played on to the final whistle. Seen next day by Caredoc, X-rayed in Clonmel: "
     "intra-articular fracture of the base of the first metacarpal with subluxation - Bennett's fracture (no "
     "comminution, so not a Rolando fracture). Closed reduction and percutaneous K-wire fixation (two 1.4 mm "
     "Kirschner wires) under GA on 09/09/2025 by Dr Oluwaseyi Bakare, SpR. Discharged in a thumb spica cast.\n"
     "\n"
     "Today (post-op day 17): cast removed. Pin sites clean, no erythema or discharge. Swelling minimal. Sensation "
     "intact in the radial and ulnar digital nerves of the thumb; capillary refill < 2 s. Radiographs: maintained "
     "reduction, early callus, K-wires in position.\n"
     "Pain 2/10 on paracetamol only; stopped the ibuprofen.\n"
     "\n"
     "Plan:\n"
     "1. New thermoplastic thumb spica splint (hand therapy today).\n"
     "2. K-wire removal in the clinic at 5 weeks - week of 13/10/2025.\n"
     "3. Hand therapy with Aoife Cummins, Senior Physiotherapist (aoife.cummins@hse.example.ie): active ROM of the "
     "IP joint now; CMC joint ROM after wire removal; grip strengthening from week 8.\n"
     "4. No hurling, no contact training, for 10-12 weeks; can do running at the field. He is hoping to play the "
     "club final before Christmas - told him that is unlikely and we will review at 10 weeks.\n"
     "5. Letter to GP: Dr Sinéad Ní Bhriain, Holycross Medical Centre.\n"
     "\n"
     "Dictated by Mr F. Stapleton-Ryan, Consultant Orthopaedic Surgeon | MCRN 241873",
     [("HOSPITAL", ["Tipperary University Hospital"]), ("ADDRESS", ["Western Road"]), ("LOCATION", ["Clonmel"]),
      ("POSTCODE", ["E91 VY40"]), ("PHONE", ["052 617 7418"]), ("DATE", ["Friday 26/09/2025"]),
      ("NAME", ["Fergal", "Stapleton-Ryan"]), ("NAME", ["Darragh", "Ó Meachair"]), ("DATE", ["02/05/2003"]),
      ("MRN", ["TUH0418273"]), ("ID", ["8418273L"]), ("ADDRESS", ["Killough Lane"]), ("LOCATION", ["Holycross"]),
      ("LOCATION", ["Thurles"]), ("LOCATION", ["Co. Tipperary"]), ("POSTCODE", ["E41 XK82"]),
      ("PHONE", ["087 418 2736"]), ("LOCATION", ["Ballinahow Stud"]), ("LOCATION", ["Horse and Jockey"]),
      ("LOCATION", ["Holycross-Ballycahill"]), ("LOCATION", ["FBD Semple Stadium"]),
      ("DATE", ["Sunday the 7th of September"]), ("HOSPITAL", ["Caredoc"]), ("DATE", ["09/09/2025"]),
      ("NAME", ["Oluwaseyi", "Bakare"]), ("DATE", ["13/10/2025"]), ("NAME", ["Aoife", "Cummins"]),
      ("EMAIL", ["aoife.cummins@hse.example.ie"]), ("DATE", ["Christmas"]), ("NAME", ["Sinéad", "Ní Bhriain"]),
      ("HOSPITAL", ["Holycross Medical Centre"]), ("LICENCE", ["241873"])],
     ["Bennett's fracture", "Rolando fracture", "K-wire fixation", "1.4 mm Kirschner wires", "thumb spica cast",
      "radial and ulnar digital nerves", "capillary refill < 2 s", "early callus", "Pain 2/10",
      "thermoplastic thumb spica splint", "active ROM of the IP joint", "CMC joint ROM",
      "intra-articular fracture of the base of the first metacarpal", "VHI", "grip strengthening"]),

    # 9 - Afghanistan, Herat (Injil district: Shahrak-e Sabz; Qadis, Badghis): stabilisation centre admission card for
    #   complicated severe acute malnutrition (Dari Persian, Afghan solar month names)
    ("امارت / وزارت صحت عامه - شفاخانه حوزوی هرات\n"
     "بخش تثبیت تغذیه (Stabilization Center - SC) - کارت بستر و تداوی\n"
     "نمبر ثبت: SC-HRH-1404-0418        تاریخ بستر: ۲۰ میزان ۱۴۰۴ (۱۲ اکتبر ۲۰۲۵)\n"
     "\n"
     "نام طفل: نازنین      جنس: دختر      سن: ۱۴ ماه      تاریخ تولد: ۲۰ اسد ۱۴۰۳\n"
     "نام پدر: گل احمد (کارگر روزمزد در خشت\u200cپزی حاجی عبدالرزاق)\n"
     "نمبر تذکره الکترونیکی پدر: ۱۴۰۰-۰۱۰۲-۱۸۲۷۳\n"
     "آدرس: شهرک سبز، بلاک ۷، ولسوالی انجیل، هرات (بیجاشده از قادس، ولایت بادغیس)\n"
     "شماره تماس: ۰۷۹۹-۴۱۸-۲۷۳ (کاکای طفل، نصیر)\n"
     "ارجاع از: تیم صحی و تغذیوی سیار شهرک سبز\n"
     "\n"
     "شکایت: اسهال آبکی ۵ روز، استفراغ، بی\u200cاشتهایی، پندیدگی هر دو پا از ۱۰ روز.\n"
     "معاینه: وزن ۶٫۱ کیلوگرام، قد ۷۱ سانتی\u200cمتر، WHZ < -3، MUAC ۱۰٫۸ سانتی\u200cمتر، اذیمای دوطرفه ++ "
     "(گوده\u200cگذار)، بی\u200cحالی، حرارت ۳۵٫۴ درجه (هایپوترمی)، قند خون ۵۲ ملی\u200cگرام/دسی\u200cلیتر. تغییرات "
     "جلدی مانند پوست\u200cپوست شدن (flaky paint dermatosis). آزمون اشتها با RUTF: ناکام.\n"
     "تشخیص: سوءتغذیه حاد شدید با عوارض - Marasmic kwashiorkor، اسهال حاد، هایپوترمی، هایپوگلایسیمی.\n"
     "\n"
     "تداوی (پروتوکول ملی IMAM):\n"
     "- گلوکوز ۱۰٪ ۵ ملی\u200cلیتر/کیلوگرام از راه دهن، سپس F-75 هر ۲ ساعت (۱۳۰ ملی\u200cلیتر/کیلوگرام/روز، به علت "
     "اذیما ۱۰۰).\n"
     "- گرم نگه\u200cداشتن به روش کانگرو با مادر، بی\u200cبی گل.\n"
     "- ReSoMal فقط در صورت اسهال آبکی زیاد و بدون اذیما - فعلاً نه.\n"
     "- Amoxicillin ۸۰ ملی\u200cگرام/کیلوگرام/روز برای ۵ روز؛ ویتامین A روز اول؛ واکسین سرخکان (در کارت واکسین "
     "نبود).\n"
     "- وزن\u200cکردن روزانه؛ انتقال به F-100 و سپس RUTF (Plumpy'Nut) پس از برگشت اشتها و کم شدن اذیما.\n"
     "- مشوره تغذیه با مادر: ادامه شیر مادر.\n"
     "پیگیری: بعد از رخصت، ادامه تداوی در برنامه OTP کلینیک صحی اساسی انجیل.\n"
     "\n"
     "داکتر معالج: داکتر فریبا نوری، متخصص اطفال - نمبر ثبت شورای طبی: ۴۱۸۲\n"
     "نرس: ذبیح\u200cالله رحیمی",
     [("HOSPITAL", ["شفاخانه حوزوی هرات"]), ("MRN", ["SC-HRH-1404-0418"]), ("DATE", ["۲۰ میزان ۱۴۰۴"]),
      ("DATE", ["۱۲ اکتبر ۲۰۲۵"]), ("NAME", ["نازنین"]), ("DATE", ["۲۰ اسد ۱۴۰۳"]), ("NAME", ["گل احمد"]),
      ("LOCATION", ["خشت\u200cپزی حاجی عبدالرزاق"]), ("ID", ["۱۴۰۰-۰۱۰۲-۱۸۲۷۳"]), ("ADDRESS", ["شهرک سبز، بلاک ۷"]),
      ("LOCATION", ["انجیل"]), ("LOCATION", ["هرات"]), ("LOCATION", ["قادس"]), ("LOCATION", ["بادغیس"]),
      ("PHONE", ["۰۷۹۹-۴۱۸-۲۷۳"]), ("NAME", ["نصیر"]), ("LOCATION", ["شهرک سبز"]), ("NAME", ["بی\u200cبی گل"]),
      ("HOSPITAL", ["کلینیک صحی اساسی انجیل"]), ("NAME", ["فریبا", "نوری"]), ("LICENCE", ["۴۱۸۲"]),
      ("NAME", ["ذبیح\u200cالله", "رحیمی"])],
     ["WHZ < -3", "MUAC ۱۰٫۸ سانتی\u200cمتر", "اذیمای دوطرفه ++", "هایپوترمی",
      "قند خون ۵۲ ملی\u200cگرام/دسی\u200cلیتر", "flaky paint dermatosis", "Marasmic kwashiorkor", "پروتوکول ملی IMAM",
      "F-75", "ReSoMal", "Amoxicillin ۸۰ ملی\u200cگرام/کیلوگرام/روز", "واکسین سرخکان", "F-100", "RUTF (Plumpy'Nut)",
      "روش کانگرو"]),

    # 10 - Northern Ireland, Co. Antrim (Bushmills, Dervock, Dunluce; Coleraine): registered nurse verification of
    #   expected death at home, woman aged 91
    ("Northern Health and Social Care Trust - District Nursing, Causeway Locality\n"
     "VERIFICATION OF EXPECTED DEATH (ADULT) BY A REGISTERED NURSE\n"
     "\n"
     "Deceased: Mrs Wilhelmina (\"Minnie\") Gillan | DOB 14/02/1934 | Age 91 years | H&C No. 341 827 0654\n"
     "Address: Causeway Cottage, 18 Priestland Road, Bushmills BT57 8UQ (key safe at the porch, code 1690 - please "
     "remove from the visit sheet now)\n"
     "GP: Dr Rory Kane, Bushmills Medical Practice, 028 2073 1864\n"
     "\n"
     "Date of death: 26/12/2025 (Boxing Day)   Time of death (as reported by family): approx. 03:10\n"
     "Date and time of verification: 26/12/2025, 04:25\n"
     "Place of death: own home, in her bed, as she wished.\n"
     "\n"
     "Diagnoses: end-stage heart failure (NYHA class IV, LVEF 25%), CKD stage 4 (eGFR 19), atrial fibrillation. "
     "Palliative care register since March; NICAN \"just in case\" medicines in the home. DNACPR form (Northern "
     "Ireland regional form) dated 02/10/2025 seen in the house. ReSPECT-style conversation recorded by the GP.\n"
     "Continuous subcutaneous infusion via syringe driver (CME T34, s/n 1001-40872) since 23/12/2025: midazolam 10 "
     "mg/24 h and morphine sulfate 5 mg/24 h - stopped at 04:30; 3.1 mL remaining, discarded with a witness "
     "(daughter) and recorded.\n"
     "\n"
     "Verification (all confirmed):\n"
     "- no central (carotid) pulse palpable for one minute\n"
     "- no heart sounds heard for one minute\n"
     "- no breath sounds or respiratory effort for one minute\n"
     "- pupils fixed and dilated, no response to light\n"
     "- no response to a painful stimulus (trapezius squeeze)\n"
     "Implanted devices: none (no pacemaker or ICD). Jewellery: wedding ring left on, at the family's request.\n"
     "Coroner referral: not required under the Coroners Act (Northern Ireland) 1959 - expected death, seen by the "
     "GP on 22/12/2025. The GP will issue the MCCD after the holiday.\n"
     "\n"
     "Present: daughter Heather Kerr (main carer, 07700 900627) and son-in-law Sammy Kerr. Family told me she was "
     "\"Ninety-one last February and still doing the crossword in the Coleraine Chronicle\". Funeral directors: J. "
     "Hegarty & Sons, Dervock. Minister informed: Rev. Ivan Cochrane, Dunluce Presbyterian Church.\n"
     "Bereavement leaflet given; GP, palliative care team (Causeway Hospital) and the out-of-hours service "
     "notified.\n"
     "\n"
     "Verified by: Lorraine Adair-McFall, Community Staff Nurse | NMC PIN 96B1733N",
     [("LOCATION", ["Causeway Locality"]), ("NAME", ["Wilhelmina", "Minnie", "Gillan"]),
      ("DOB90", ["14/02/1934", "1934"]), ("AGE", ["91 years"]), ("ID", ["341 827 0654"]),
      ("ADDRESS", ["Causeway Cottage, 18 Priestland Road"]), ("LOCATION", ["Bushmills"]), ("POSTCODE", ["BT57 8UQ"]),
      ("CODE", ["1690"]), ("NAME", ["Rory", "Kane"]), ("HOSPITAL", ["Bushmills Medical Practice"]),
      ("PHONE", ["028 2073 1864"]), ("DATE", ["26/12/2025"]), ("DATE", ["Boxing Day"]), ("DATE", ["March"]),
      ("DATE", ["02/10/2025"]), ("SERIAL", ["1001-40872"]), ("DATE", ["23/12/2025"]), ("DATE", ["22/12/2025"]),
      ("NAME", ["Heather", "Kerr"]), ("PHONE", ["07700 900627"]), ("NAME", ["Sammy"]), ("AGE", ["Ninety-one"]),
      ("DATE", ["February"]), ("LOCATION", ["Coleraine"]), ("LOCATION", ["J. Hegarty & Sons"]),
      ("LOCATION", ["Dervock"]), ("NAME", ["Ivan", "Cochrane"]), ("LOCATION", ["Dunluce Presbyterian Church"]),
      ("HOSPITAL", ["Causeway Hospital"]), ("NAME", ["Lorraine", "Adair-McFall"]), ("LICENCE", ["96B1733N"])],
     ["NYHA class IV", "LVEF 25%", "CKD stage 4 (eGFR 19)", "atrial fibrillation", "DNACPR", "CME T34",
      "midazolam 10 mg/24 h", "morphine sulfate 5 mg/24 h", "pupils fixed and dilated", "trapezius squeeze",
      "Coroners Act (Northern Ireland) 1959", "MCCD", "NICAN", "no central (carotid) pulse palpable for one minute",
      "no heart sounds heard for one minute"]),

    # 11 - Laos, Champasak (Paksong, Ban Nong Luang; Pakse; Vientiane): district hospital referral form for suspected
    #   melioidosis (Lao, Lao digits and month names)
    ("ສາທາລະນະລັດ ປະຊາທິປະໄຕ ປະຊາຊົນລາວ\n"
     "ສັນຕິພາບ ເອກະລາດ ປະຊາທິປະໄຕ ເອກະພາບ ວັດທະນະຖາວອນ\n"
     "ໂຮງໝໍເມືອງປາກຊ່ອງ ແຂວງຈຳປາສັກ\n"
     "ໃບສົ່ງຕໍ່ຄົນເຈັບ          ເລກທີ 0418/ຮໝປຊ          ວັນທີ ໑໔ ສິງຫາ ໒໐໒໕\n"
     "\n"
     "ສົ່ງເຖິງ: ພະແນກອາຍຸລະກຳ, ໂຮງໝໍແຂວງຈຳປາສັກ, ນະຄອນປາກເຊ\n"
     "ຊື່ ແລະ ນາມສະກຸນ: ທ້າວ ບຸນມີ ສີສຸວັນ     ເພດ: ຊາຍ     ອາຍຸ: 52 ປີ     ເກີດວັນທີ: 03/05/1973\n"
     "ບັດປະຈຳຕົວ ເລກທີ: 0418273     ປຶ້ມສຳມະໂນຄົວ ເລກທີ: 1827/ນຫ\n"
     "ທີ່ຢູ່: ບ້ານໜອງຫຼວງ, ເມືອງປາກຊ່ອງ, ແຂວງຈຳປາສັກ     ເບີໂທ: 020 5418 2736\n"
     "ອາຊີບ: ຊາວສວນກາເຟ, ຂາຍໝາກກາເຟໃຫ້ບໍລິສັດ ດາວເຮືອງ; ລະດູຝົນນີ້ເຮັດນາຢູ່ທົ່ງນາຂອງພໍ່ເມຍ.\n"
     "\n"
     "ອາການ: ໄຂ້ສູງ 10 ມື້, ໜາວສັ່ນ, ໄອ, ເຈັບທ້ອງເບື້ອງຊ້າຍ, ເບື່ອອາຫານ, ນ້ຳໜັກຫຼຸດ. ເປັນເບົາຫວານ "
     "ແຕ່ບໍ່ໄດ້ກິນຢາປົວ.\n"
     "ກວດຮ່າງກາຍ: ອຸນຫະພູມ 39.6°C, ຊີບພະຈອນ 118 ຄັ້ງ/ນາທີ, ຄວາມດັນ 96/60 mmHg, ອັດຕາຫາຍໃຈ 26 ຄັ້ງ/ນາທີ. ມ້າມໃຫຍ່ "
     "ແລະ ເຈັບ.\n"
     "ຜົນກວດ: ນ້ຳຕານໃນເລືອດ 320 mg/dL; WBC 18.6 x10^9/L; ເອັກຊະເຣປອດ: ປອດອັກເສບ ເບື້ອງຂວາລຸ່ມ; ອັນຕຣາຊາວ: ຝີໃນມ້າມ "
     "ຫຼາຍຈຸດ (splenic abscesses).\n"
     "ຍ້ອມ Gram ຈາກເລືອດ: ພົບເຊື້ອ Gram-negative bacilli ຮູບ safety-pin.\n"
     "ບົ່ງມະຕິເບື້ອງຕົ້ນ: ສົງໃສ ໂລກເມລິອອຍໂດສິສ (Melioidosis, Burkholderia pseudomallei) ໃນຄົນເຈັບເບົາຫວານ, "
     "sepsis.\n"
     "\n"
     "ການປິ່ນປົວທີ່ໄດ້ໃຫ້: Ceftazidime 2 g IV ເວລາ 09:30; Normal saline 0.9% 1,500 mL; Insulin (Actrapid) 6 units "
     "SC.\n"
     "ເຫດຜົນສົ່ງຕໍ່: ຕ້ອງການ Meropenem, ການກວດເພາະເຊື້ອ ແລະ ການເຝົ້າລະວັງໃກ້ຊິດ. "
     "ຕົວຢ່າງເລືອດໄດ້ສົ່ງໄປຫ້ອງວິເຄາະຈຸລະຊີວະວິທະຍາ ໂຮງໝໍມະໂຫສົດ, ນະຄອນຫຼວງວຽງຈັນ.\n"
     "ພາຫະນະ: ລົດໂຮງໝໍ ທະບຽນ ຈສ 4182, ອອກເດີນທາງເວລາ 10:15.\n"
     "ຜູ້ຕິດຕາມ: ເມຍ ນາງ ແສງເດືອນ ສີສຸວັນ. ລາວຢາກກັບບ້ານໃຫ້ທັນບຸນຫໍ່ເຂົ້າປະດັບດິນ.\n"
     "\n"
     "ທ່ານໝໍຜູ້ສົ່ງຕໍ່: ດຣ. ພູວົງ ແກ້ວມະນີ, ໃບອະນຸຍາດປະກອບວິຊາຊີບ ເລກທີ 0914/ສທ, ເບີໂທ 020 9927 1846",
     [("HOSPITAL", ["ໂຮງໝໍເມືອງປາກຊ່ອງ"]), ("LOCATION", ["ແຂວງຈຳປາສັກ"]), ("MRN", ["0418/ຮໝປຊ"]),
      ("DATE", ["໑໔ ສິງຫາ ໒໐໒໕"]), ("HOSPITAL", ["ໂຮງໝໍແຂວງຈຳປາສັກ"]), ("LOCATION", ["ນະຄອນປາກເຊ"]),
      ("NAME", ["ບຸນມີ", "ສີສຸວັນ"]), ("DATE", ["03/05/1973"]), ("ID", ["0418273"]), ("ID", ["1827/ນຫ"]),
      ("LOCATION", ["ບ້ານໜອງຫຼວງ"]), ("LOCATION", ["ເມືອງປາກຊ່ອງ"]), ("PHONE", ["020 5418 2736"]),
      ("LOCATION", ["ບໍລິສັດ ດາວເຮືອງ"]), ("HOSPITAL", ["ໂຮງໝໍມະໂຫສົດ"]), ("LOCATION", ["ນະຄອນຫຼວງວຽງຈັນ"]),
      ("PLATE", ["ຈສ 4182"]), ("NAME", ["ແສງເດືອນ"]), ("DATE", ["ບຸນຫໍ່ເຂົ້າປະດັບດິນ"]),
      ("NAME", ["ພູວົງ", "ແກ້ວມະນີ"]), ("LICENCE", ["0914/ສທ"]), ("PHONE", ["020 9927 1846"])],
     ["ໄຂ້ສູງ 10 ມື້", "ເບົາຫວານ", "ນ້ຳຕານໃນເລືອດ 320 mg/dL", "WBC 18.6 x10^9/L", "ປອດອັກເສບ", "ຝີໃນມ້າມ",
      "Gram-negative bacilli", "safety-pin", "ໂລກເມລິອອຍໂດສິສ (Melioidosis, Burkholderia pseudomallei)", "sepsis",
      "Ceftazidime 2 g IV", "Normal saline 0.9% 1,500 mL", "Insulin (Actrapid) 6 units SC", "Meropenem", "ມ້າມໃຫຍ່"]),
] + MORE_NOTES
