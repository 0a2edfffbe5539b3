"""Forty-fifth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation
(only the ``Note`` type, the eighteenth set for the format and the first docstrings of sets 19 to 44, to choose settings
not used before), and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule
because of what it shows.

24 notes (898 planted identifier parts in 758 (kind, parts) entries, 30 to 40 entries a note; 423 clinical strings, 15
to 22 a note, all distinct), written the way clinicians write them, each a different kind of document, in settings not
used by the earlier sets. Notes 0-11 (this file): a GP's urgent referral letter to a GCA fast-track clinic for a patient
aged 92 (England, Shropshire: Bishop's Castle and Clun); an emergency upper GI endoscopy report of gastric anisakiasis
after squid sashimi (Japan, Niigata, Sado Island); a minor injuries unit record of erysipeloid in a fish filleter, with
a hand surgery telephone opinion (Scotland, Aberdeenshire: Peterhead and Boddam); a medical ICU admission note for
Vibrio vulnificus sepsis in an abalone farmer with cirrhosis, flown in by doctor helicopter (South Korea, South Jeolla:
Wando county, Nohwa island, Mokpo); a Parkinson's disease nurse specialist letter after a home visit, with bilingual
labels (Wales, Denbighshire: Ruthin and Llanbedr Dyffryn Clwyd); a compulsory notification form of cutaneous
leishmaniasis in a schoolgirl (Morocco, Draa-Tafilalet: Zagora, Tamegroute); a National Ambulance Service patient care
report of cold-water immersion and hypothermia in a surfer (Ireland, Co. Clare: Lahinch, Ennistymon, Doolin); an
emergency department visit summary of organophosphate poisoning in a Thai greenhouse worker (Israel, the Arava and
Eilat); an infectious diseases telehealth consult for ulceroglandular tularemia in a rabbit hunter, with a laboratory
exposure (US, Idaho, Lemhi County: Salmon, Leadore, May); a medical opinion for a disability assessment and home care
for a patient aged 95 (Greece, Kythira); a labor and delivery triage note for preeclampsia with HELLP syndrome (US
Virgin Islands, St. Croix); and a community hospital referral form after a box jellyfish sting in a Urak Lawoi boy
(Thailand, Krabi, Ko Lanta). Notes 12-23 are described in :mod:`deid_notes_heldout45_more`: an aeromedical evacuation
request for foodborne botulism (Canada, Quebec, Nunavik); an infectious diseases discharge summary (epikriza) for
Crimean-Congo haemorrhagic fever in a shepherd (Bulgaria, Smolyan, the Rhodopes); an inter-hospital transfer form of a
toddler with intussusception during the red crab migration (Australia, Christmas Island); a paediatric ICU nursing
admission assessment for suspected Japanese encephalitis (Cambodia, Siem Reap); a pre-deployment medical fitness
certificate for a fisheries observer (Marshall Islands, Majuro and Ebeye); a family doctor's home visit record of heart
failure in a patient aged 91 (Armenia, Shirak: Gyumri); a medico-legal certificate for hacking wounds (the Philippines,
Palawan: Puerto Princesa and Coron); an RBSK school health screening referral card for a suspected patent ductus
arteriosus (India, Himachal Pradesh, Kinnaur); a surgical admission clerking of a harpoon injury during the humpback
whale hunt (St Vincent and the Grenadines, Kingstown and Bequia); a pneumoconiosis board silicosis certificate for an
agate polisher (India, Gujarat, Khambhat); an emergency department discharge letter after boar tusk and dog bite
injuries while pig hunting (New Zealand, Tairāwhiti: Gisborne and Ruatoria); and an orthopaedic pre-operative case
discussion record for a femoral neck fracture in a woman aged 102 (China, Guangxi, Bama).

Scripts and languages (positions in ``NOTES``, counted from 0): English (Latin script) at 0, 2, 4, 6, 8, 10, 12, 14, 16,
18, 20 and 22 (12 notes; note 4 with Welsh labels, note 6 with Irish names and an Irish feast, note 12 with French
labels and Inuit names, note 14 with Malay names, note 18 with Filipino nicknames and barangay names, note 22 with Māori
names and places); Japanese at 1 (Sado), with Reiwa and Showa era dates, a name with its katakana reading and National
Foundation Day; Korean (Hangul) at 3 (Wando and Mokpo), with Korean dotted dates and Liberation Day; Arabic at 5
(Zagora), in Moroccan usage with Maghreb month names, a Hijri date beside the Gregorian one and Eid al-Fitr; Hebrew at 7
(Eilat), with a Hebrew calendar date, Tu BiShvat and a Thai name in Hebrew and Latin letters; Greek at 9 (Kythira), with
a patronymic in the genitive, a nickname, Greek month names, the Dormition feast, Easter and an age in words; Thai at 11
(Ko Lanta), with Buddhist Era dates and Songkran; Bulgarian (Cyrillic) at 13 (Smolyan), with a patronymic, dotted dates,
a Bulgarian month name and St George's Day; Khmer at 15 (Siem Reap), with Khmer digits, a Khmer lunar date with its
Buddhist Era year and Pchum Ben; Armenian at 17 (Gyumri), with a patronymic, Armenian dates, New Year, Easter and an age
in words; Hindi (Devanagari) at 19 (Kinnaur), with Devanagari digits in the birth date and the screening date and
Dussehra; Gujarati at 21 (Khambhat), with Gujarati digits, a Vikram Samvat date and Uttarayan; simplified Chinese at 23
(Bama), with a lunar birth date, the Zhuang Third of March festival and ages in figures and in words.

Identifiers sit in letterheads (some in capitals), patient labels, form fields, addressee blocks, copy lines, dictation
initials and sign-offs; after titles and relation words (Dr, Mrs, Mr, Sgt, Pat., PLtCol., AP, P, RN, ANP, CNM, NOK,
partner, binti, bin, 様, 夫, 娘, 看護師, 처, 아들, 공중보건의, 전문의, 전공의, الأب, الأم, د., ד״ר, אשתו, η κόρη της, ο γιος της, του, นาย,
นาง, เด็กชาย, พญ., นพ., พว., д-р, съпругата, синът, ម្តាយ, ឪពុក, បងស្រី, លោក, դուստր, թոռ, որդին, փեսան, श्री, श्रीमती,
डॉ., मामा, શ્રી, ડૉ., પત્ની, 孙子, 女儿, 主任医师, 村医); bare in prose and in referral, transfer and retrieval lines; employers
(a seafood processor, an abalone farm, a ferry company, a surf school, pepper greenhouses, a ranch, a supermarket, a
resort, a desert tourist camp, a cooperative, an apple growers' society, a marine services firm, a hotel, a garment
factory, a slipway, an agate workshop, a textile mill, a livestock auction), schools, a chapel, a monastery church, a
police station, a workers' association, a state laboratory and public health agencies; addresses with and without house
numbers (an English and a Welsh house or farm name, a Scottish street, an Irish estate, a Japanese 番地, a Korean 리, a
Moroccan douar, a US Virgin Islands estate plot, an Idaho highway milepost, a Thai หมู่, a Bulgarian village street, a
Christmas Island block and unit, a Philippine purok, an Armenian flat, a Gujarati vad, a New Zealand rural delivery, a
Guangxi 屯). Staff initials are slashed or dotted (RHB/kt, BWH/ll, HAR/tl, T. A., N.S., ר.ט., Φ.Α., ع. أوبلا, सु. कं.);
nicknames (Madge, Dod, Clay, Jed, Boyet, Inday, Kulot, Tallboy, Bosun, Snow, Κατίνα, น้องทะเล); names that are ordinary
words (Noble, Hazel, Bellefleur, Lovely Joy, Sabado, King, Brown, Snow, Lewis-Providence, ירדן, שקד, נוי, גת, さくら, 노을,
가람, ทะเล, ทะเลลึก, ศรีสมุทร, Светлин, Անուշ, ស្រីពៅ, 永福); places that are everyday words or first names (May, Salmon,
Hope Bowdler, Estate Jealousy, Estate Diamond Ruby, Sunny Isle, Friendship Bay, Laura, Rita, Gaze Road, Poon Saan,
Drumsite, Cornish Reef, Ocean Reward, Lady Grace 3, Barangay Mangingisda, Barangay Maligaya, Purok Pag-asa, Λιβάδι,
Ποταμός, חצבה, צופר, 노화, 갯바위, あかね丸, ភូមិស្វាយចេក, Широка лъка, ул. „Зорница“, and Christmas Island, whose name holds a
holiday); hospitals, streets and places named after people (Robert Jones and Agnes Hunt, Governor Juan F. Luis, Roy
Lester Schneider, Milton Cato, Saint Alphonsus, Д-р Братан Шукеров, יוספטל, סורוקה, سيدي حساين بناصر, Τριφύλλειο,
Τζάνειο, ជ័យវរ្ម័នទី៧, इंदिरा गांधी, શ્રી કૃષ્ણ, Mytton Oak Road, Marischal Street, Malvar Street, Ormond Road, Murray
Road, שדרות יותם, Ռուստավելի, Գորկու, St. Thomas, Port Elizabeth, Paget Farm, George River). Also e-mail addresses, URLs
(a PACS viewer and a telehealth room), two IPv4 addresses, handles (KakaoTalk, LINE, Telegram), a key safe code that
looks like a year, vehicle plates (a Scottish trawler's port letters, an Irish ambulance, an Israeli intensive care
ambulance, a US Virgin Islands car, a Thai rescue vehicle whose number is the emergency number, a Moroccan mobile team
car, a Cambodian tuk-tuk, a Philippine tricycle, a Himachal health team vehicle, a New Zealand ute, a Guangxi ambulance,
a coast guard hull number), aircraft registrations (HL9672, EI-ICQ, N214VI, C-FEVQ, VH-WXN) and a ship's call sign, boat
names, device serial numbers (endoscope, defibrillator, volumetric pump), national, health and insurance numbers with
valid check digits where the scheme has one (NHS, CHI, Irish PPSN, US NPI, Korean resident registration number, Japanese
insurer number, Israeli ID, Greek AMKA, Thai ID, Bulgarian EGN, Australian Medicare and IHI, Aadhaar, NZ NHI, Chinese
resident ID) and in a valid format where it has none (Quebec RAMQ with the birth date and the female month offset, US
Virgin Islands Medicaid, Korean health insurance, Moroccan CIN and AMO Tadamon, Thai and Marshallese passports,
Marshallese and Vincentian social security, PhilHealth, Cambodian IDPoor, Armenian public services number, Nikshay, ACC
claim, Chinese medical insurance), professional licences and registrations (GMC, NMC, PHECC, OIIQ, CMQ, AHPRA, MCNZ,
PRC, HPMC, Gujarat Medical Council, Israeli מ.ר., Japanese 医籍, Korean 면허, Thai ว., Bulgarian УИН, Greek medical
association, Moroccan Ordre des médecins, Cambodian, Marshallese, Vincentian and Armenian registrations), case,
incident, referral, certificate, register and blotter numbers, a bleep, and dates in many formats (day-first and
month-first, ISO, dotted, Korean dotted, year-less, dates in words, month and year, decades, Japanese era, Hijri, Hebrew
calendar, Buddhist Era, Khmer lunar, Vikram Samvat, Chinese lunar, Devanagari, Gujarati and Khmer digits; holidays:
Christmas, Easter, Easter Saturday, Emancipation Day, Nuclear Victims Remembrance Day, Dydd Santes Dwynwen, Nollaig na
mBan, Matariki, 建国記念の日, 광복절, عيد الفطر, ט״ו בשבט, Δεκαπενταύγουστος, วันสงกรานต์, Гергьовден, បុណ្យភ្ជុំបិណ្ឌ, Նոր տարի,
Զատիկ, दशहरा, ઉત્તરાયણ, 三月三).

Four patients are aged 90 or over (notes 0, 9, 17 and 23): their age is AGE (92 years and 92-year-old, 95 ετών and
ενενήντα πέντε, 91 տարեկան and Իննսունմեկամյա, 102岁, 一百零二岁 and the 百岁 of her hundredth birthday), their birth date DOB90
(with the lunar birth date in note 23), and every other date element (bare years, the 1950s, δεκαετία του '60, 上世纪六十年代,
months alone, Christmas, Easter, New Year, the Dormition feast, the date of the 1988 earthquake, 三月三) is planted as
DATE; bare years in younger patients' notes (notes 2, 3, 4 and 21) are left in the text and not planted. The strings
that must survive include eponymous signs, scales, classifications and techniques (Amsler grid, Southend GCA probability
score, Kanavel's signs, Hoehn and Yahr, Kimura-Takemoto, Child-Pugh, Osborn J waves, Swiss staging, Allen test, Dance's
sign, Bishop score, Gibson murmur, Bitot's spots, Garden, Pauwels, Caprini, Norton, Barthel, Braden, Katz, Ringer's
lactate, Hansen's disease, Ishihara), scores with their numbers (Clinical Frailty Scale, NEWS2, MELD, LRINEC, APACHE II,
SOFA, qSOFA, MDS-UPDRS, MoCA, MMSE, FLACC, NYHA, mMRC, ASA, NRS, CHA2DS2-VASc, GCS), drugs with doses and device brand
names (Adcal-D3, Madopar, Movicol, LSVT BIG, Glucantime, Toxogonin, LIFEPAK 15, GIF-H290, ボノサップパック400, HemoCue, Rotarix,
Boostrix, QuantiFERON-TB Gold Plus, GeneXpert MTB/RIF, DaTSCAN), organisms (Anisakis simplex, Erysipelothrix
rhusiopathiae, Vibrio vulnificus, Leishmania major, Meriones shawi, Phlebotomus papatasi, Francisella tularensis,
Clostridium botulinum type E, Hyalomma marginatum, Culex tritaeniorhynchus, Pasteurella multocida, Capnocytophaga
canimorsus, Chironex sp.), fractions and ratios that look like dates (2/52, 7/7, VA 6/9, 6/9 L uncorrected, Snellen 6/6,
Ishihara 17/17, MoCA 24/30, MMSE 18/30, Barthel 35/100, Katz 4/6, FLACC 7/10, pain score 9/10, SVE 2/50/-2, ILO 2/2 q/q,
tube agglutination 1:160, adrenaline 1:200,000, BP readings, 34+2 wks, G2P1001), a year inside a classification name
(the 2022 ACR/EULAR classification criteria, in a note where every other year is planted), and place names used
clinically (Southend, Los Angeles分類 grade A, Swiss staging, Mississippi class 2, Tennessee criteria, Glasgow Coma Scale,
Japanese encephalitis, and Crimean-Congo haemorrhagic fever in Bulgarian).

Entries per kind: NAME 173, LOCATION 134, DATE 110, HOSPITAL 99, PHONE 54, ID 42, ADDRESS 36, POSTCODE 24, LICENCE 23,
PLATE 18, MRN 13, AGE 9, EMAIL 8, DOB90 4, HANDLE 3, SERIAL 3, IP 2, URL 2, CODE 1. This file holds notes 0-11 (457
identifier parts in 386 entries, 216 clinical strings); the other 12 (441 parts in 372 entries, 207 clinical strings)
are in :mod:`deid_notes_heldout45_more`, only to keep each file a readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout45.deid_notes_heldout45_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - England, Shropshire (Bishop's Castle, Clun): GP urgent referral letter for suspected giant cell arteritis,
    # patient aged 92
    ("BISHOP'S CASTLE MEDICAL PRACTICE\n"
     "Church Street, Bishop's Castle SY9 5AE | Tel 01632 960417\n"
     "Partners: Dr Rowena Halliwell-Brace, Dr T. A. Okonjo-Lowther\n"
     "\n"
     "12 March 2026\n"
     "\n"
     "Dr Ambrose Fennimore\n"
     "Consultant Rheumatologist, GCA Fast-Track Clinic\n"
     "Royal Shrewsbury Hospital, Mytton Oak Road, Shrewsbury SY3 8XQ\n"
     "\n"
     "Dear Dr Fennimore\n"
     "\n"
     "Re: Mrs Marjorie Ellen PENRHYN-DAVIS (\"Madge\") | DOB 14/07/1933 | 92 years | NHS No 943 476 5919\n"
     "Hillend Cottage, Bicton Lane, Clun, Craven Arms SY7 8NA | Tel 01632 960553\n"
     "\n"
     "URGENT - suspected giant cell arteritis; prednisolone started today\n"
     "\n"
     "Thank you for seeing this sharp and independent 92-year-old, a retired teacher (at Clun C of E Primary School "
     "until 1993) who still sings alto in the chapel choir. Since just after Christmas she has had a new right "
     "temporal headache, much worse through February, with scalp tenderness when she brushes her hair and jaw "
     "claudication after a few mouthfuls of meat. An hour of aching and stiffness in both shoulders every morning, in "
     "keeping with polymyalgia rheumatica. One episode of greying of vision in the right eye last weekend, about five "
     "minutes - possibly amaurosis fugax. No diplopia. Mr Idris Vaughan-Cole at Stretton Eyecare saw her on 9 March: "
     "VA 6/9 in each eye, Amsler grid normal, discs healthy.\n"
     "\n"
     "O/E: tender, thickened, poorly pulsatile right superficial temporal artery. BP 148/82, pulse 76 irregular. No "
     "vesicles, so not herpes zoster ophthalmicus.\n"
     "Bloods today: ESR 78 mm/hr, CRP 64 mg/L, platelets 512 x10^9/L, Hb 109 g/L.\n"
     "Her Southend GCA probability score is 14 (high probability), and she would meet the 2022 ACR/EULAR "
     "classification criteria if the ultrasound or biopsy is positive.\n"
     "\n"
     "I have started prednisolone 40 mg once daily with lansoprazole 15 mg and Adcal-D3 one tablet twice daily, and, "
     "as she has no dental problems, alendronic acid 70 mg once weekly, as her FRAX hip fracture risk is high anyway. "
     "Please could she have a temporal artery ultrasound (halo sign) or a temporal artery biopsy this week.\n"
     "\n"
     "Background: pleurisy in the 1950s; right hip replacement at the Robert Jones and Agnes Hunt Orthopaedic "
     "Hospital, Oswestry; atrial fibrillation on apixaban 2.5 mg BD. Clinical Frailty Scale 4. Lives alone; her "
     "daughter Hazel Pryce of Hope Bowdler (07700 900614) drives her and will bring her to your clinic.\n"
     "\n"
     "Yours sincerely\n"
     "\n"
     "Dr Rowena Halliwell-Brace, GMC 6148203\n"
     "RHB/kt\n"
     "cc: Mrs Penrhyn-Davis; practice referrals inbox bcmp.referrals@nhs.net",
     [("HOSPITAL", ["BISHOP'S CASTLE MEDICAL PRACTICE"]), ("ADDRESS", ["Church Street"]),
      ("LOCATION", ["Bishop's Castle"]), ("POSTCODE", ["SY9 5AE"]), ("PHONE", ["01632 960417"]),
      ("NAME", ["Rowena", "Halliwell-Brace"]), ("NAME", ["T. A.", "Okonjo-Lowther"]), ("DATE", ["12 March 2026"]),
      ("NAME", ["Ambrose", "Fennimore"]), ("HOSPITAL", ["Royal Shrewsbury Hospital"]), ("ADDRESS", ["Mytton Oak Road"]),
      ("LOCATION", ["Shrewsbury"]), ("POSTCODE", ["SY3 8XQ"]),
      ("NAME", ["Marjorie", "Ellen", "PENRHYN-DAVIS", "Madge"]), ("DOB90", ["14/07/1933"]), ("AGE", ["92 years"]),
      ("ID", ["943 476 5919"]), ("ADDRESS", ["Hillend Cottage", "Bicton Lane"]), ("LOCATION", ["Clun"]),
      ("LOCATION", ["Craven Arms"]), ("POSTCODE", ["SY7 8NA"]), ("PHONE", ["01632 960553"]), ("AGE", ["92-year-old"]),
      ("HOSPITAL", ["Clun C of E Primary School"]), ("DATE", ["1993"]), ("DATE", ["Christmas"]), ("DATE", ["February"]),
      ("NAME", ["Idris", "Vaughan-Cole"]), ("HOSPITAL", ["Stretton Eyecare"]), ("DATE", ["9 March"]),
      ("DATE", ["1950s"]), ("HOSPITAL", ["Robert Jones and Agnes Hunt Orthopaedic Hospital"]),
      ("LOCATION", ["Oswestry"]), ("NAME", ["Hazel", "Pryce"]), ("LOCATION", ["Hope Bowdler"]),
      ("PHONE", ["07700 900614"]), ("LICENCE", ["6148203"]), ("NAME", ["RHB/kt"]), ("NAME", ["Penrhyn-Davis"]),
      ("EMAIL", ["bcmp.referrals@nhs.net"])],
     ["giant cell arteritis", "jaw claudication", "scalp tenderness", "polymyalgia rheumatica", "amaurosis fugax",
      "VA 6/9", "Amsler grid", "herpes zoster ophthalmicus", "BP 148/82", "ESR 78 mm/hr", "CRP 64 mg/L",
      "platelets 512 x10^9/L", "Southend GCA probability score is 14", "2022 ACR/EULAR classification criteria",
      "prednisolone 40 mg", "lansoprazole 15 mg", "Adcal-D3", "alendronic acid 70 mg", "FRAX", "halo sign",
      "apixaban 2.5 mg BD", "Clinical Frailty Scale 4"]),
    # 1 - Japan, Niigata, Sado Island (Ryotsu, Ogi): emergency upper GI endoscopy report, gastric anisakiasis (Japanese)
    ("佐渡中央総合病院　消化器内科・内視鏡センター\n"
     "〒952-0011 新潟県佐渡市両津夷新 198番地　TEL 0259-27-5541（代）\n"
     "\n"
     "上部消化管内視鏡検査報告書（緊急）\n"
     "検査日時：令和8年2月17日（火）14:20\n"
     "患者ID：0048-3317　外来（救急）\n"
     "氏名：羽生 千鶴（ハニュウ チヅル）様　女性　46歳　生年月日：昭和54年9月3日\n"
     "住所：佐渡市両津湊 118番地　電話：090-5518-2047\n"
     "保険者番号：150821　記号・番号：佐渡 14-3827\n"
     "紹介元：小木診療所　本間 修一 先生（FAX 0259-86-2231）\n"
     "\n"
     "臨床経過：2月16日19時頃、夫の陽平さんが両津港の岸壁で釣ったスルメイカを刺身で食べ、約6時間後から心窩部の激痛と嘔吐が出現。建国記念の日（2月11日）にも同じ釣り場のイカを食べたが、その時は症状なし。"
     "勤務先は佐渡海運（カーフェリー「あかね丸」の売店）。\n"
     "前処置：キシロカインビスカス 5 mL で咽頭麻酔、ブスコパン 20 mg 筋注。鎮静なし。\n"
     "使用スコープ：GIF-H290（S/N 2816547）\n"
     "所見：\n"
     "・食道：下部食道に長径5 mm未満の粘膜傷害あり、Los Angeles分類 grade A。\n"
     "・胃：胃体上部大彎に白色の虫体1隻が刺入し、周囲に著明な浮腫と発赤。生検鉗子にて摘出（長さ約20 mm）。形態より Anisakis simplex の第3期幼虫と考える。他に虫体なし。萎縮は木村・竹本分類 C-2。\n"
     "・十二指腸：球部から下行脚まで異常なし。\n"
     "迅速ウレアーゼ試験：陽性（Helicobacter pylori 現感染）。\n"
     "診断：胃アニサキス症、逆流性食道炎、H. pylori 感染胃炎。\n"
     "血液検査：白血球 10,400/μL、好酸球 8%、CRP 0.8 mg/dL。\n"
     "処方：ファモチジン 20 mg 1日2回 7日分。除菌はボノサップパック400 で後日検討。\n"
     "画像：PACS 保存（端末 10.15.82.41）https://pacs.sadochuo-hp.jp/viewer/0048-3317\n"
     "説明：本人と夫に説明。娘のさくらさん（佐渡市立両津小学校4年）が同伴。本間先生へ FAX にて報告済み。\n"
     "術者：消化器内科 山ノ内 健吾（医籍登録番号 第583214号）　介助：看護師 佐々木 菜摘（記録 N.S.）",
     [("HOSPITAL", ["佐渡中央総合病院"]), ("POSTCODE", ["952-0011"]), ("LOCATION", ["新潟県"]), ("LOCATION", ["佐渡市"]),
      ("ADDRESS", ["両津夷新 198番地"]), ("PHONE", ["0259-27-5541"]), ("DATE", ["令和8年2月17日"]), ("MRN", ["0048-3317"]),
      ("NAME", ["羽生", "千鶴", "ハニュウ", "チヅル"]), ("DATE", ["昭和54年9月3日"]), ("ADDRESS", ["両津湊 118番地"]),
      ("PHONE", ["090-5518-2047"]), ("ID", ["150821"]), ("ID", ["佐渡 14-3827"]), ("HOSPITAL", ["小木診療所"]),
      ("NAME", ["本間", "修一"]), ("PHONE", ["0259-86-2231"]), ("DATE", ["2月16日"]), ("NAME", ["陽平"]), ("LOCATION", ["両津港"]),
      ("DATE", ["建国記念の日"]), ("DATE", ["2月11日"]), ("HOSPITAL", ["佐渡海運"]), ("LOCATION", ["あかね丸"]),
      ("SERIAL", ["2816547"]), ("IP", ["10.15.82.41"]), ("URL", ["https://pacs.sadochuo-hp.jp/viewer/0048-3317"]),
      ("NAME", ["さくら"]), ("HOSPITAL", ["佐渡市立両津小学校"]), ("NAME", ["山ノ内", "健吾"]), ("LICENCE", ["583214"]),
      ("NAME", ["佐々木", "菜摘"]), ("NAME", ["N.S."])],
     ["スルメイカ", "心窩部の激痛", "キシロカインビスカス", "ブスコパン 20 mg", "鎮静なし", "GIF-H290", "Los Angeles分類 grade A", "胃体上部大彎", "生検鉗子",
      "Anisakis simplex", "第3期幼虫", "木村・竹本分類 C-2", "迅速ウレアーゼ試験", "Helicobacter pylori", "胃アニサキス症", "白血球 10,400/μL",
      "好酸球 8%", "CRP 0.8 mg/dL", "ファモチジン 20 mg", "ボノサップパック400"]),

    # 2 - Scotland, Aberdeenshire (Peterhead, Boddam): minor injuries unit record, erysipeloid in a fish filleter
    ("UGIE COMMUNITY HOSPITAL - MINOR INJURIES UNIT\n"
     "Links Terrace, Peterhead AB42 2XB | MIU 01632 960271\n"
     "Attendance UG-26-004187 | Sat 07/02/2026 10:42 | Triage: standard\n"
     "Patient: Lorna NOBLE | F | DOB 23/10/1984 (41) | CHI 231084 1749\n"
     "Address: 17 Marischal Street, Peterhead AB42 1HS | Mob 07700 900738\n"
     "GP: Dr Alasdair Gauld, Balmoor Medical Practice\n"
     "Occupation: filleter at Ythan Seafoods, Blackhouse Circle. NOK: partner George \"Dod\" Cowie, skipper of the "
     "Ocean Reward (PD 147), at sea till Tuesday; came in with her sister Morag Buchan from Boddam.\n"
     "\n"
     "HPI: R index finger nicked by a cod bone on the line on Weds 4th Feb. Now 3 days of a painful, burning, itchy "
     "purple swelling spreading over the PIP joint. No fever, no rigors. Not diabetic - HbA1c 41 mmol/mol at the GP "
     "in 2024. Tetanus booster 2019.\n"
     "O/E: T 37.2, HR 78, BP 124/76, NEWS2 0. Well-demarcated violaceous plaque on the dorsum of the R index finger, "
     "raised edge with central clearing, no pus, no lymphangitis. Kanavel's signs negative (no fusiform swelling, no "
     "flexed posture, no pain on passive extension, no tenderness along the flexor sheath). Full ROM. Sensation "
     "intact. Capillary refill < 2 s.\n"
     "XR R index finger: no foreign body, no bony injury.\n"
     "Imp: Erysipeloid (fish handler's disease), Erysipelothrix rhusiopathiae likely. Ddx early cellulitis; no "
     "features of flexor sheath infection.\n"
     "Plan: penicillin V 500 mg QDS 7/7 (NKDA). Edge marked with skin pen. Elevate. Off the filleting line - fit note "
     "2/52. Photos sent to, and d/w, Dr Catriona Rennie, hand surgery SpR, Aberdeen Royal Infirmary (bleep 3314): "
     "agrees, no transfer needed; hand clinic if not settling in 48 h. Review here Mon 09/02, sooner if fever or she "
     "cannot bend the finger.\n"
     "Euan Duthie, ANP | NMC PIN 09I4721S\n"
     "Copy to GP via SCI Gateway; fit note query to gram.balmoormp@nhs.scot",
     [("HOSPITAL", ["UGIE COMMUNITY HOSPITAL"]), ("ADDRESS", ["Links Terrace"]), ("LOCATION", ["Peterhead"]),
      ("POSTCODE", ["AB42 2XB"]), ("PHONE", ["01632 960271"]), ("MRN", ["UG-26-004187"]), ("DATE", ["07/02/2026"]),
      ("NAME", ["Lorna", "NOBLE"]), ("DATE", ["23/10/1984"]), ("ID", ["231084 1749"]),
      ("ADDRESS", ["17 Marischal Street"]), ("POSTCODE", ["AB42 1HS"]), ("PHONE", ["07700 900738"]),
      ("NAME", ["Alasdair", "Gauld"]), ("HOSPITAL", ["Balmoor Medical Practice"]), ("HOSPITAL", ["Ythan Seafoods"]),
      ("ADDRESS", ["Blackhouse Circle"]), ("NAME", ["George", "Dod", "Cowie"]), ("LOCATION", ["Ocean Reward"]),
      ("PLATE", ["PD 147"]), ("NAME", ["Morag", "Buchan"]), ("LOCATION", ["Boddam"]), ("DATE", ["4th Feb"]),
      ("NAME", ["Catriona", "Rennie"]), ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("PHONE", ["3314"]),
      ("DATE", ["09/02"]), ("NAME", ["Euan", "Duthie"]), ("LICENCE", ["09I4721S"]),
      ("EMAIL", ["gram.balmoormp@nhs.scot"])],
     ["painful, burning, itchy", "HbA1c 41 mmol/mol", "T 37.2", "BP 124/76", "NEWS2 0", "violaceous plaque",
      "central clearing", "no lymphangitis", "Kanavel's signs negative", "Capillary refill < 2 s", "no foreign body",
      "Erysipeloid", "fish handler's disease", "Erysipelothrix rhusiopathiae", "flexor sheath infection",
      "penicillin V 500 mg QDS", "7/7", "2/52"]),

    # 3 - South Korea, South Jeolla (Wando-gun, Nohwa island; Mokpo): medical ICU admission note, Vibrio vulnificus
    # sepsis (Korean)
    ("목포해원병원 중환자의학과\n"
     "전라남도 목포시 영산로 417 (우 58746) ☎ 061-280-5114\n"
     "\n"
     "중환자실 입원기록 (MICU)\n"
     "입원일시: 2026. 8. 14. (금) 02:35 / 등록번호: 20-418-3367\n"
     "환자: 문영호 (남/55세) / 주민등록번호 710322-1548128\n"
     "주소: 전남 완도군 노화읍 이목리 412 / 건강보험증번호 5-27184305\n"
     "보호자: 처 한정숙 (010-5550-3824), 아들 문가람 (서울 거주, 010-5550-7169)\n"
     "\n"
     "이송 경위: 8/13 23:10 노화보건지소 공중보건의 이도윤 선생 연락 → 닥터헬기(HL9672)로 이송, 00:55 응급실 도착.\n"
     "주호소: 좌하지 통증, 발열, 혈압 저하.\n"
     "현병력: 노화에서 전복 양식장('푸른바다수산') 운영. 광복절 연휴를 앞둔 8월 12일 그물 작업 중 좌측 종아리에 굴 껍데기에 의한 찰과상. 8/11 보길도 횟집 '갯바위'에서 전어회 섭취. "
     "8/13 저녁부터 오한, 좌하지 통증이 급격히 진행.\n"
     "과거력: 알코올성 간경변 (2019년 해남우리병원에서 진단), Child-Pugh B (8점), MELD 18.\n"
     "활력징후: BP 74/42 mmHg, HR 128, BT 39.4℃, RR 28, SpO2 91% (NC 4 L).\n"
     "신체검진: 좌측 종아리에서 대퇴까지 출혈성 수포(hemorrhagic bullae), 자반, 부종. 통증이 소견에 비해 심함.\n"
     "검사: WBC 2,100/μL, 혈소판 48,000/μL, 젖산 6.2 mmol/L, Cr 2.4 mg/dL, T-bil 4.8 mg/dL, PT INR 2.1. LRINEC 8.\n"
     "중증도: APACHE II 24, SOFA 11, qSOFA 3.\n"
     "인상: 비브리오 패혈증 (Vibrio vulnificus) 의증, 괴사성 근막염 의증, 패혈성 쇼크.\n"
     "계획: 세프트리악손 2 g IV q24h + 독시사이클린 100 mg IV q12h. 노르에피네프린 0.3 μg/kg/min 까지 증량. 정형외과 오세진 교수 응급 근막절개술 및 변연절제술 예정. "
     "혈액배양 2세트. 3급 감염병으로 보건소 신고.\n"
     "동의서: 처에게 설명 후 카카오톡(ID moon_jeonbok71)으로 사본 전송.\n"
     "중환자의학과 전문의 유하람 (면허번호 108342) / 작성: 전공의 김노을",
     [("HOSPITAL", ["목포해원병원"]), ("LOCATION", ["목포시"]), ("ADDRESS", ["영산로 417"]), ("POSTCODE", ["58746"]),
      ("PHONE", ["061-280-5114"]), ("DATE", ["2026. 8. 14."]), ("MRN", ["20-418-3367"]), ("NAME", ["문영호"]),
      ("ID", ["710322-1548128"]), ("LOCATION", ["완도군"]), ("LOCATION", ["노화읍"]), ("ADDRESS", ["이목리 412"]),
      ("ID", ["5-27184305"]), ("NAME", ["한정숙"]), ("PHONE", ["010-5550-3824"]), ("NAME", ["문가람"]), ("LOCATION", ["서울"]),
      ("PHONE", ["010-5550-7169"]), ("DATE", ["8/13"]), ("HOSPITAL", ["노화보건지소"]), ("NAME", ["이도윤"]),
      ("PLATE", ["HL9672"]), ("LOCATION", ["노화"]), ("HOSPITAL", ["푸른바다수산"]), ("DATE", ["광복절"]), ("DATE", ["8월 12일"]),
      ("DATE", ["8/11"]), ("LOCATION", ["보길도"]), ("HOSPITAL", ["갯바위"]), ("HOSPITAL", ["해남우리병원"]), ("NAME", ["오세진"]),
      ("HANDLE", ["moon_jeonbok71"]), ("NAME", ["유하람"]), ("LICENCE", ["108342"]), ("NAME", ["김노을"])],
     ["전복 양식장", "알코올성 간경변", "Child-Pugh B (8점)", "MELD 18", "BP 74/42 mmHg", "SpO2 91%", "출혈성 수포", "hemorrhagic bullae",
      "혈소판 48,000/μL", "젖산 6.2 mmol/L", "LRINEC 8", "APACHE II 24", "SOFA 11", "qSOFA 3", "Vibrio vulnificus",
      "괴사성 근막염", "세프트리악손 2 g", "독시사이클린 100 mg", "노르에피네프린 0.3 μg/kg/min", "근막절개술", "3급 감염병"]),
    # 4 - Wales, Denbighshire (Ruthin, Llanbedr Dyffryn Clwyd): Parkinson's disease nurse specialist letter after a home
    # visit, bilingual Welsh/English labels
    ("GWASANAETH NYRSIO CLEFYD PARKINSON / PARKINSON'S DISEASE NURSE SERVICE\n"
     "Ysbyty Rhuthun / Ruthin Community Hospital, Llanrhydd Street, Ruthin LL15 1PS\n"
     "Ffôn / Tel 01632 960845 | E-bost / Email pdnurse.ruthin@wales.nhs.uk\n"
     "\n"
     "Dyddiad / Date: 06/02/2026 | Ymweliad cartref / Home visit: 05/02/2026\n"
     "\n"
     "At / To: Dr Meinir Lloyd-Jarvis, Meddygfa Clwyd / Clwyd Surgery, Stryd y Farchnad, Rhuthun\n"
     "Copi / cc: Dr Hamish Oduya, Consultant Geriatrician (movement disorders), Ysbyty Glan Clwyd, Bodelwyddan\n"
     "\n"
     "Enw / Name: Gwilym PARRY-OWENS | Dyddiad geni / DOB: 02.05.1954 | Rhif GIG / NHS No: 485 201 7360\n"
     "Cyfeiriad / Address: Fferm Tŷ Gwyn, Llanbedr Dyffryn Clwyd LL15 1YF\n"
     "Iaith / Language: Cymraeg - visit carried out in Welsh\n"
     "Diagnosis: idiopathic Parkinson's disease, diagnosed 2018 (DaTSCAN abnormal); now Hoehn and Yahr stage 3\n"
     "\n"
     "Annwyl / Dear Dr Lloyd-Jarvis,\n"
     "\n"
     "I saw Gwilym at home with his wife Eirlys. He now has clear wearing-off about three hours after each dose of "
     "co-beneldopa (Madopar 125 mg) four times a day, peak-dose dyskinesia in the late afternoon, and two falls since "
     "Dydd Santes Dwynwen, both with freezing of gait in the doorway of the cowshed. He gave up going to the Ruthin "
     "Farmers' Auction in the autumn. Eirlys describes shouting and kicking in his sleep, typical of REM sleep "
     "behaviour disorder, and she has moved to the back bedroom. Constipation is better on Movicol one sachet daily.\n"
     "\n"
     "On examination: lying BP 142/84, standing at 3 minutes 112/70 with light-headedness - symptomatic orthostatic "
     "hypotension. MDS-UPDRS part III 34 in the ON state. MoCA 24/30.\n"
     "\n"
     "Plan:\n"
     "1. Please add opicapone 50 mg at bedtime for the wearing-off; I will phone in two weeks about the dyskinesia.\n"
     "2. Please stop tamsulosin, which is adding to the postural drop. Fluids, head-up tilt and stockings; if no "
     "better, Dr Oduya will consider midodrine 2.5 mg TDS.\n"
     "3. Referred to community physiotherapy for LSVT BIG and to speech and language therapy for LSVT LOUD.\n"
     "4. He has stopped driving the quad bike. Mr Parry-Owens and Eirlys would like to join the Parkinson's support "
     "group that meets at Capel y Tabernacl.\n"
     "Their son Dewi, who runs the farm with his wife Heledd, is happy to be contacted: 07700 900247. Key safe by the "
     "back door for the community team: 1966.\n"
     "\n"
     "Yn gywir / Yours sincerely\n"
     "Bethan Wyn Hughes, Parkinson's Disease Nurse Specialist, NMC PIN 04A1937W\n"
     "BWH/ll",
     [("HOSPITAL", ["Ysbyty Rhuthun"]), ("HOSPITAL", ["Ruthin Community Hospital"]), ("ADDRESS", ["Llanrhydd Street"]),
      ("LOCATION", ["Ruthin"]), ("POSTCODE", ["LL15 1PS"]), ("PHONE", ["01632 960845"]),
      ("EMAIL", ["pdnurse.ruthin@wales.nhs.uk"]), ("DATE", ["06/02/2026"]), ("DATE", ["05/02/2026"]),
      ("NAME", ["Meinir", "Lloyd-Jarvis"]), ("HOSPITAL", ["Meddygfa Clwyd"]), ("HOSPITAL", ["Clwyd Surgery"]),
      ("ADDRESS", ["Stryd y Farchnad"]), ("LOCATION", ["Rhuthun"]), ("NAME", ["Hamish", "Oduya"]),
      ("HOSPITAL", ["Ysbyty Glan Clwyd"]), ("LOCATION", ["Bodelwyddan"]),
      ("NAME", ["Gwilym", "PARRY-OWENS", "Parry-Owens"]), ("DATE", ["02.05.1954"]), ("ID", ["485 201 7360"]),
      ("ADDRESS", ["Fferm Tŷ Gwyn"]), ("LOCATION", ["Llanbedr Dyffryn Clwyd"]), ("POSTCODE", ["LL15 1YF"]),
      ("NAME", ["Eirlys"]), ("DATE", ["Dydd Santes Dwynwen"]), ("HOSPITAL", ["Ruthin Farmers' Auction"]),
      ("HOSPITAL", ["Capel y Tabernacl"]), ("NAME", ["Dewi"]), ("NAME", ["Heledd"]), ("PHONE", ["07700 900247"]),
      ("CODE", ["1966"]), ("NAME", ["Bethan", "Wyn", "Hughes"]), ("LICENCE", ["04A1937W"]), ("NAME", ["BWH/ll"])],
     ["idiopathic Parkinson's disease", "DaTSCAN", "Hoehn and Yahr stage 3", "wearing-off",
      "co-beneldopa (Madopar 125 mg)", "peak-dose dyskinesia", "freezing of gait", "REM sleep behaviour disorder",
      "Movicol", "lying BP 142/84", "orthostatic hypotension", "MDS-UPDRS part III 34", "MoCA 24/30", "opicapone 50 mg",
      "tamsulosin", "midodrine 2.5 mg TDS", "LSVT BIG", "LSVT LOUD"]),

    # 5 - Morocco, Draa-Tafilalet (Zagora province, Tamegroute): compulsory notification form for cutaneous
    # leishmaniasis in a schoolgirl (Arabic)
    ("المملكة المغربية\n"
     "وزارة الصحة والحماية الاجتماعية - المندوبية الإقليمية للصحة بزاكورة\n"
     "المركز الصحي القروي من المستوى الثاني تامكروت - الهاتف: 0524-84-71-36\n"
     "\n"
     "بطاقة التصريح الإجباري بحالة الليشمانيات الجلدية\n"
     "رقم الحالة: ZAG-LC-2026-0147\n"
     "تاريخ التصريح: 12 مارس 2026 (23 رمضان 1447)\n"
     "\n"
     "1. هوية المريض\n"
     "الاسم الكامل: فاطمة الزهراء أيت بوعزة - أنثى - 9 سنوات - تاريخ الازدياد: 04/06/2016\n"
     "العنوان: دوار أولاد يوسف، جماعة تامكروت، إقليم زاكورة\n"
     "ولي الأمر: الأب لحسن أيت بوعزة، ب.ت.و JZ47218، الهاتف 0661-43-27-90، يعمل في مخيم النجوم الذهبية بامحاميد "
     "الغزلان. الأم: يطو أوحمو.\n"
     "المدرسة: مجموعة مدارس 11 يناير - القسم الرابع\n"
     "رقم التسجيل في نظام أمو تضامن: 1478263950\n"
     "\n"
     "2. المعطيات السريرية\n"
     "ظهور أول آفة: أواخر دجنبر 2025.\n"
     "عدد الآفات: 3 آفات (الخد الأيمن، الساعد الأيسر، ظهر اليد اليمنى).\n"
     "نوع الآفة: قرحة رطبة ذات حواف مرتفعة مغطاة بقشرة (Ulcère humide).\n"
     "الفحص المجهري: لطاخة ملونة بصبغة Giemsa - أجسام الليشمانيا (++).\n"
     "النوع المرجح: Leishmania major (بؤرة درعة).\n"
     "الوزن 27 كغ.\n"
     "\n"
     "3. المعطيات الوبائية\n"
     "لا سفر خارج الإقليم. حالات مماثلة في الدوار: أخوها إبراهيم (6 سنوات) وابن عمها حمزة. جحور Meriones shawi قرب "
     "الدوار، ووجود ذباب الرمل Phlebotomus papatasi. زيارة ميدانية للدوار يوم 16 مارس بسيارة الفريق المتنقل "
     "12478-أ-36.\n"
     "\n"
     "4. العلاج\n"
     "Glucantime (antimoniate de méglumine) حقن داخل الآفة، مرة في الأسبوع × 4، مع العلاج بالتبريد بالآزوت السائل. "
     "الحقنة الثالثة بعد عيد الفطر. إحالة آفة الخد إلى طبيب الأمراض الجلدية بالمستشفى الإقليمي سيدي حساين بناصر "
     "بورزازات.\n"
     "\n"
     "5. المصرِّح\n"
     "د. نادية الشرقاوي - رقم التسجيل بهيئة الأطباء 27481\n"
     "الممرض المسؤول عن البرنامج: ع. أوبلا\n"
     "نسخة إلى خلية اليقظة الوبائية: veille.zagora@sante.gov.ma",
     [("LOCATION", ["زاكورة"]), ("LOCATION", ["تامكروت"]), ("PHONE", ["0524-84-71-36"]), ("ID", ["ZAG-LC-2026-0147"]),
      ("DATE", ["12 مارس 2026"]), ("DATE", ["23 رمضان 1447"]), ("NAME", ["فاطمة الزهراء", "أيت بوعزة"]),
      ("DATE", ["04/06/2016"]), ("LOCATION", ["أولاد يوسف"]), ("NAME", ["لحسن"]), ("ID", ["JZ47218"]),
      ("PHONE", ["0661-43-27-90"]), ("HOSPITAL", ["مخيم النجوم الذهبية"]), ("LOCATION", ["امحاميد"]),
      ("NAME", ["يطو", "أوحمو"]), ("HOSPITAL", ["مجموعة مدارس 11 يناير"]), ("ID", ["1478263950"]),
      ("DATE", ["دجنبر 2025"]), ("LOCATION", ["درعة"]), ("NAME", ["إبراهيم"]), ("NAME", ["حمزة"]),
      ("DATE", ["16 مارس"]), ("PLATE", ["12478-أ-36"]), ("DATE", ["عيد الفطر"]),
      ("HOSPITAL", ["المستشفى الإقليمي سيدي حساين بناصر"]), ("LOCATION", ["ورزازات"]), ("NAME", ["نادية", "الشرقاوي"]),
      ("LICENCE", ["27481"]), ("NAME", ["ع. أوبلا"]), ("EMAIL", ["veille.zagora@sante.gov.ma"])],
     ["الليشمانيات الجلدية", "3 آفات", "قرحة رطبة", "Ulcère humide", "صبغة Giemsa", "أجسام الليشمانيا (++)",
      "Leishmania major", "الوزن 27 كغ", "Meriones shawi", "Phlebotomus papatasi", "Glucantime",
      "antimoniate de méglumine", "حقن داخل الآفة", "مرة في الأسبوع × 4", "العلاج بالتبريد", "الآزوت السائل"]),

    # 6 - Ireland, Co. Clare (Lahinch, Ennistymon): National Ambulance Service patient care report, cold-water
    # immersion and hypothermia in a surfer
    ("NATIONAL AMBULANCE SERVICE - PATIENT CARE REPORT\n"
     "Incident 26-0118-4471 | Call sign Delta 4-2 | Base: Ennis | Vehicle 241-CE-1832\n"
     "Date 18/01/2026 | Call 15:07 | Mobile 15:09 | On scene 15:31 | Depart 15:58 | At hospital 16:41\n"
     "Location: Lahinch promenade, slipway below the lifeguard hut (Eircode V95 X2K7)\n"
     "Patient: Oisín MAC MATHÚNA | M | DOB 03/05/2001 (24) | PPSN 8463217G\n"
     "Home: 6 Ashline Court, Ennistymon | Mob 087 555 0193 | Surf instructor, Aill na Mara Surf School\n"
     "GP: Dr Fidelma Considine, Parliament Street | NOK: sister Clodagh Mac Mathúna, 086 555 0142\n"
     "\n"
     "Hx: surfing alone at Cornish Reef, leash snapped, in the water approx. 40 min (sea 10 C). Brought ashore by the "
     "Doolin Coast Guard unit; Rescue 115 (EI-ICQ) from Shannon on scene, stood down as road quicker. Witness Saoirse "
     "Ní Fhlannagáin rang 112. Says he pulled a swimmer out at the same spot on Nollaig na mBan.\n"
     "A: patent. B: RR 10, SpO2 unrecordable (shut down), crackles bibasal. C: HR 48 sinus brady on LIFEPAK 15 (S/N "
     "44827301), BP 92/58, CRT 5 s. D: GCS 13 (E3 V4 M6), shivering stopped, BM 6.8 mmol/L. E: tympanic temp 32.4 °C; "
     "graze R shin from reef only.\n"
     "12-lead: Osborn J waves.\n"
     "Imp: moderate accidental hypothermia (Swiss staging HT II) with salt water aspiration.\n"
     "Rx: horizontal handling and extrication, wetsuit cut off, vapour-barrier wrap and heat packs; warmed 0.9% "
     "sodium chloride 500 mL IV; O2 15 L NRB, SpO2 then 96%; ondansetron 4 mg IV for vomiting.\n"
     "Bypassed Ennis Hospital (no 24 h ED); pre-alert to University Hospital Limerick resus - VA-ECMO not needed "
     "unless he arrests.\n"
     "Handed over to Dr Kofi Mensah-Breen (ED registrar) 16:44.\n"
     "Crew: AP Declan Keogh (PHECC PIN 114832) / P Aoife Ryan-Nash (PHECC PIN 119407)",
     [("ID", ["26-0118-4471"]), ("SERIAL", ["44827301"]), ("LOCATION", ["Ennis"]), ("PLATE", ["241-CE-1832"]),
      ("DATE", ["18/01/2026"]), ("LOCATION", ["Lahinch"]), ("POSTCODE", ["V95 X2K7"]),
      ("NAME", ["Oisín", "MAC MATHÚNA"]), ("DATE", ["03/05/2001"]), ("ID", ["8463217G"]),
      ("ADDRESS", ["6 Ashline Court"]), ("LOCATION", ["Ennistymon"]), ("PHONE", ["087 555 0193"]),
      ("HOSPITAL", ["Aill na Mara Surf School"]), ("NAME", ["Fidelma", "Considine"]),
      ("ADDRESS", ["Parliament Street"]), ("NAME", ["Clodagh", "Mac Mathúna"]), ("PHONE", ["086 555 0142"]),
      ("LOCATION", ["Cornish Reef"]), ("LOCATION", ["Doolin"]), ("PLATE", ["EI-ICQ"]), ("LOCATION", ["Shannon"]),
      ("NAME", ["Saoirse", "Ní Fhlannagáin"]), ("DATE", ["Nollaig na mBan"]), ("HOSPITAL", ["Ennis Hospital"]),
      ("HOSPITAL", ["University Hospital Limerick"]), ("NAME", ["Kofi", "Mensah-Breen"]), ("NAME", ["Declan", "Keogh"]),
      ("LICENCE", ["114832"]), ("NAME", ["Aoife", "Ryan-Nash"]), ("LICENCE", ["119407"])],
     ["SpO2 unrecordable", "crackles bibasal", "HR 48 sinus brady", "LIFEPAK 15", "CRT 5 s", "GCS 13 (E3 V4 M6)",
      "BM 6.8 mmol/L", "tympanic temp 32.4 °C", "Osborn J waves", "accidental hypothermia", "Swiss staging HT II",
      "salt water aspiration", "horizontal handling", "vapour-barrier wrap", "0.9% sodium chloride 500 mL",
      "ondansetron 4 mg IV", "VA-ECMO"]),

    # 7 - Israel, Southern District (Eilat, the Arava: Tzofar, Hatzeva): emergency department visit summary,
    # organophosphate poisoning in a Thai agricultural worker (Hebrew)
    ("המרכז הרפואי יוספטל - המחלקה לרפואה דחופה\n"
     "שדרות יותם 15, אילת 8810101 | טל׳ 08-6358011\n"
     "\n"
     "סיכום ביקור במלר״ד\n"
     "תאריך קבלה: 10.02.2026 06:40 (כ״ג בשבט תשפ״ו) | מספר מקרה: 2026-0041827\n"
     "שם: סומצ׳אי פ׳ונגסאווט (Somchai Phongsawat) | ז׳ | בן 34 | דרכון תאילנדי AA4729183\n"
     "מעסיק: ״ערבה ירוקה״ - חממות פלפל, מושב צופר. איש קשר: ירדן שקד, ת.ז. 035817469, טל׳ 050-555-2718\n"
     "תרגום: חברו לעבודה נאטאפון (Nattaphon), לתאית. בישראל מאז ט״ו בשבט אשתקד; אשתו נוי בבוריראם, +66 81 555 4127.\n"
     "\n"
     "הגיע בניידת טיפול נמרץ של מד״א (584-61-302) מחצבה.\n"
     "אנמנזה: ריסס כלורפיריפוס (chlorpyrifos) בחממה ללא מסכה מ-04:00. בחילות, הקאות, שלשול, הזעה מרובה, טשטוש ראייה.\n"
     "בדיקה: GCS 14, אישונים 1 מ״מ - מיוזיס, ריור, ברונכוריאה וצפצופים, דופק 46, ל״ד 98/60, סטורציה 89% באוויר החדר, "
     "פסיקולציות בשרירי הירכיים.\n"
     "מעבדה: כולינסטראזה בפלזמה 1,150 U/L (תקין 4,000-12,000), אשלגן 3.4, לקטט 3.1.\n"
     "אבחנה: הרעלת זרחנים אורגניים (Organophosphate poisoning) - תסמונת כולינרגית (SLUDGE/DUMBELS).\n"
     "טיפול: הסרת בגדים ורחצה, אטרופין 2 מ״ג IV והכפלה כל 5 דקות עד ייבוש ההפרשות (סה״כ 14 מ״ג), Toxogonin "
     "(obidoxime) 250 מ״ג IV. מעקב אחר Intermediate syndrome.\n"
     "דיווח: המרכז הארצי למידע בהרעלות; הודעה למפקח העבודה האזורי ליאור גת.\n"
     "העברה: לטיפול נמרץ כללי, המרכז הרפואי סורוקה, באר שבע; התקבל ע״י ד״ר עאמר אבו-קוש.\n"
     "רופאה אחראית: ד״ר מיכל בן-שושן, מ.ר. 48213 | רופא מתמחה: ד״ר יבגני קוגן | הוקלד: ר.ט.",
     [("HOSPITAL", ["המרכז הרפואי יוספטל"]), ("ADDRESS", ["שדרות יותם 15"]), ("LOCATION", ["אילת"]),
      ("POSTCODE", ["8810101"]), ("PHONE", ["08-6358011"]), ("DATE", ["10.02.2026"]), ("DATE", ["כ״ג בשבט תשפ״ו"]),
      ("MRN", ["2026-0041827"]), ("NAME", ["סומצ׳אי", "פ׳ונגסאווט", "Somchai", "Phongsawat"]), ("ID", ["AA4729183"]),
      ("HOSPITAL", ["ערבה ירוקה"]), ("LOCATION", ["צופר"]), ("NAME", ["ירדן", "שקד"]), ("ID", ["035817469"]),
      ("PHONE", ["050-555-2718"]), ("NAME", ["נאטאפון", "Nattaphon"]), ("DATE", ["ט״ו בשבט"]), ("NAME", ["נוי"]),
      ("LOCATION", ["בוריראם"]), ("PHONE", ["+66 81 555 4127"]), ("PLATE", ["584-61-302"]), ("LOCATION", ["חצבה"]),
      ("HOSPITAL", ["המרכז הרפואי סורוקה"]), ("LOCATION", ["באר שבע"]), ("NAME", ["עאמר", "אבו-קוש"]),
      ("NAME", ["מיכל", "בן-שושן"]), ("LICENCE", ["48213"]), ("NAME", ["יבגני", "קוגן"]), ("NAME", ["ר.ט."]),
      ("NAME", ["ליאור", "גת"])],
     ["chlorpyrifos", "GCS 14", "מיוזיס", "ברונכוריאה", "דופק 46", "ל״ד 98/60", "סטורציה 89%", "פסיקולציות",
      "כולינסטראזה בפלזמה 1,150 U/L", "Organophosphate poisoning", "SLUDGE/DUMBELS", "אטרופין 2 מ״ג", "Toxogonin",
      "obidoxime", "Intermediate syndrome", "לקטט 3.1"]),
    # 8 - USA, Idaho (Lemhi County: Salmon, Leadore, May): infectious diseases telehealth consult note, ulceroglandular
    # tularemia in a rabbit hunter, with laboratory exposure follow-up
    ("SAINT ALPHONSUS REGIONAL MEDICAL CENTER, BOISE - INFECTIOUS DISEASES TELEHEALTH CONSULT\n"
     "Requesting facility: Lemhi River Critical Access Hospital, 204 S Daisy St, Salmon, ID 83467 | 208-555-0163\n"
     "Requesting physician: Ellis Yearian, DO (NPI 1482039579)\n"
     "Date of service: 10/27/2026 | Video visit https://tele.stal-id.org/room/4471 (cart 172.20.14.88)\n"
     "Patient: Clayton \"Clay\" Bridger | 47 M | DOB 08/19/1979 | MRN LRH-0093318\n"
     "Home: MP 38 Hwy 28, Leadore | Wife Renee 208-555-0147 | Ranch hand, Lone Pine Ranch\n"
     "\n"
     "Reason for consult: fever and painful axillary nodes; blood cultures flagged.\n"
     "HPI: Hunts cottontails and traps muskrat along the creeks near May and Tendoy. Skinned about a dozen rabbits "
     "without gloves; nicked the L thumb on 10/19. Fever to Tmax 40.1 C from 10/22, then a painful L epitrochlear and "
     "axillary lump. Seen at Challis Family Clinic on 10/23 and given cephalexin without benefit.\n"
     "Exam (via video, with RN Marta Ostrander): punched-out ulcer with an eschar on the L thumb; 4 cm tender L "
     "axillary node, not fluctuant; no conjunctivitis; lungs clear.\n"
     "Data: WBC 11.2, CRP 96, ALT 71. CXR clear. Blood cultures (2 of 2) at 56 h: tiny gram-negative coccobacilli, "
     "poor growth on sheep blood agar. Tube agglutination 1:160 (acute).\n"
     "Assessment: ulceroglandular tularemia, Francisella tularensis (probably subsp. holarctica, type B).\n"
     "Recommendations:\n"
     "1. Gentamicin 5 mg/kg IV q24h, level before the third dose; switch to ciprofloxacin 750 mg PO BID to complete "
     "14 days once afebrile 48 h.\n"
     "2. No I&D of the node unless fluctuant - risk of suppuration and a draining sinus.\n"
     "3. Plates were handled on the open bench before the Gram stain: move all work to BSL-3 practices, send the "
     "isolate to the Idaho Bureau of Laboratories, and offer the two exposed lab staff doxycycline 100 mg BID for 14 "
     "days with fever watch.\n"
     "4. Reportable: I have called Eastern Idaho Public Health.\n"
     "Priya Venkataraman-Holt, MD, Infectious Diseases | NPI 1762483901",
     [("HOSPITAL", ["SAINT ALPHONSUS REGIONAL MEDICAL CENTER"]), ("LOCATION", ["BOISE"]),
      ("HOSPITAL", ["Lemhi River Critical Access Hospital"]), ("ADDRESS", ["204 S Daisy St"]), ("LOCATION", ["Salmon"]),
      ("POSTCODE", ["83467"]), ("PHONE", ["208-555-0163"]), ("NAME", ["Ellis", "Yearian"]), ("ID", ["1482039579"]),
      ("DATE", ["10/27/2026"]), ("URL", ["https://tele.stal-id.org/room/4471"]), ("IP", ["172.20.14.88"]),
      ("NAME", ["Clayton", "Clay", "Bridger"]), ("DATE", ["08/19/1979"]), ("MRN", ["LRH-0093318"]),
      ("ADDRESS", ["MP 38 Hwy 28"]), ("LOCATION", ["Leadore"]), ("NAME", ["Renee"]), ("PHONE", ["208-555-0147"]),
      ("HOSPITAL", ["Lone Pine Ranch"]), ("LOCATION", ["May"]), ("LOCATION", ["Tendoy"]), ("DATE", ["10/19"]),
      ("DATE", ["10/22"]), ("HOSPITAL", ["Challis Family Clinic"]), ("DATE", ["10/23"]),
      ("NAME", ["Marta", "Ostrander"]), ("HOSPITAL", ["Idaho Bureau of Laboratories"]),
      ("HOSPITAL", ["Eastern Idaho Public Health"]), ("NAME", ["Priya", "Venkataraman-Holt"]), ("ID", ["1762483901"])],
     ["Tmax 40.1 C", "epitrochlear", "cephalexin", "eschar", "WBC 11.2", "CXR clear", "gram-negative coccobacilli",
      "sheep blood agar", "Tube agglutination 1:160", "ulceroglandular tularemia", "Francisella tularensis",
      "holarctica", "Gentamicin 5 mg/kg IV q24h", "ciprofloxacin 750 mg PO BID", "suppuration", "BSL-3",
      "doxycycline 100 mg BID"]),

    # 9 - Greece, Kythira (Potamos, Livadi, Kapsali): medical opinion for a disability assessment (KEPA) and home care,
    # patient aged 95 (Greek)
    ("ΝΟΣΟΚΟΜΕΙΟ - ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΥΘΗΡΩΝ «ΤΡΙΦΥΛΛΕΙΟ»\n"
     "Ποταμός, Τ.Κ. 801 00 - τηλ. 27360 33203\n"
     "\n"
     "ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ\n"
     "(για την αίτηση στο ΚΕ.Π.Α. και για το πρόγραμμα «Βοήθεια στο Σπίτι»)\n"
     "Ημερομηνία: 3 Μαρτίου 2026\n"
     "\n"
     "Ονοματεπώνυμο: Αικατερίνη (Κατίνα) Καλλίγερου του Εμμανουήλ\n"
     "Ημερομηνία γέννησης: 21/11/1930 - 95 ετών - ΑΜΚΑ 21113001479\n"
     "Κατοικία: Λιβάδι Κυθήρων - τηλ. 694 555 2817\n"
     "Συνοδός: η κόρη της Σταματία Φατσέα, κάτοικος Καψαλίου. Ο γιος της Παναγιώτης ζει στο Σίδνεϊ από τη δεκαετία "
     "του '60.\n"
     "\n"
     "Ιστορικό: Κάταγμα αυχένα μηριαίου δεξιά τον Αύγουστο του 2024, ημιαρθροπλαστική στο Γενικό Νοσοκομείο Πειραιά "
     "«Τζάνειο». Ισχαιμικό ΑΕΕ το 2019 με υπολειπόμενη δεξιά ημιπάρεση. Κολπική μαρμαρυγή (CHA2DS2-VASc 5) υπό "
     "απιξαμπάνη 2,5 mg x 2. Σακχαρώδης διαβήτης τύπου 2, HbA1c 7,1%. Χρόνια νεφρική νόσος, eGFR 34 ml/min/1,73 m². "
     "Καταρράκτης αμφοτερόπλευρα. Ακράτεια ούρων.\n"
     "Κλινική εξέταση: ΑΠ 138/76 mmHg, σφύξεις 82/λεπτό άρρυθμες. Οιδήματα κάτω άκρων (+).\n"
     "Λειτουργική κατάσταση: Barthel 35/100, MMSE 18/30, Braden 13. Βαδίζει μόνο μέσα στο σπίτι με περιπατητήρα και "
     "βοήθεια τρίτου. Από τον Δεκαπενταύγουστο δεν έχει πάει ούτε στη λειτουργία στην Παναγία Μυρτιδιώτισσα. Στα "
     "ενενήντα πέντε της θέλει να μείνει στο σπίτι της και να κάνει εκεί το Πάσχα.\n"
     "\n"
     "Γνωμάτευση: Η ασθενής χρήζει συνεχούς βοήθειας και επίβλεψης από τρίτο πρόσωπο για τις βασικές δραστηριότητες "
     "της καθημερινής ζωής. Συνιστάται ένταξη στο πρόγραμμα «Βοήθεια στο Σπίτι» και επανεκτίμηση σε 6 μήνες.\n"
     "\n"
     "Ο θεράπων ιατρός\n"
     "Λεωνίδας Κασιμάτης, Παθολόγος - Α.Μ. Ιατρικού Συλλόγου Πειραιά 14827\n"
     "Νοσηλεύτρια κατ' οίκον: Φωτεινή Αρωνιάδα (Φ.Α.)",
     [("HOSPITAL", ["ΤΡΙΦΥΛΛΕΙΟ"]), ("LOCATION", ["ΚΥΘΗΡΩΝ"]), ("LOCATION", ["Ποταμός"]), ("POSTCODE", ["801 00"]),
      ("PHONE", ["27360 33203"]), ("DATE", ["3 Μαρτίου 2026"]),
      ("NAME", ["Αικατερίνη", "Κατίνα", "Καλλίγερου", "Εμμανουήλ"]), ("DOB90", ["21/11/1930"]), ("AGE", ["95 ετών"]),
      ("ID", ["21113001479"]), ("LOCATION", ["Λιβάδι"]), ("LOCATION", ["Κυθήρων"]), ("PHONE", ["694 555 2817"]),
      ("NAME", ["Σταματία", "Φατσέα"]), ("LOCATION", ["Καψαλίου"]), ("NAME", ["Παναγιώτης"]), ("LOCATION", ["Σίδνεϊ"]),
      ("DATE", ["δεκαετία του '60"]), ("DATE", ["Αύγουστο του 2024"]), ("LOCATION", ["Πειραιά"]),
      ("HOSPITAL", ["Τζάνειο"]), ("DATE", ["2019"]), ("DATE", ["Δεκαπενταύγουστο"]),
      ("HOSPITAL", ["Παναγία Μυρτιδιώτισσα"]), ("AGE", ["ενενήντα πέντε"]), ("DATE", ["Πάσχα"]),
      ("NAME", ["Λεωνίδας", "Κασιμάτης"]), ("LICENCE", ["14827"]), ("NAME", ["Φωτεινή", "Αρωνιάδα"]),
      ("NAME", ["Φ.Α."])],
     ["Κάταγμα αυχένα μηριαίου", "ημιαρθροπλαστική", "Ισχαιμικό ΑΕΕ", "δεξιά ημιπάρεση", "CHA2DS2-VASc 5",
      "απιξαμπάνη 2,5 mg x 2", "HbA1c 7,1%", "eGFR 34 ml/min/1,73 m²", "Ακράτεια ούρων", "ΑΠ 138/76 mmHg",
      "σφύξεις 82/λεπτό", "Barthel 35/100", "MMSE 18/30", "Braden 13", "περιπατητήρα"]),

    # 10 - US Virgin Islands, St. Croix (Christiansted, Kingshill, Estate Jealousy): labor and delivery triage note,
    # preeclampsia with severe features and HELLP syndrome
    ("GOVERNOR JUAN F. LUIS HOSPITAL & MEDICAL CENTER - LABOR & DELIVERY\n"
     "4007 Estate Diamond Ruby, Christiansted, St. Croix VI 00820\n"
     "OB TRIAGE NOTE | 06/09/2026 21:15\n"
     "Pt: Shanique A. Hendricks-Petersen | 31 F | DOB 02/14/1995 | MRN JFL-00731942 | VI Medicaid 790041827\n"
     "Address: Plot 27 Estate Jealousy, Kingshill VI 00850 | Cell 340-555-0118\n"
     "Prenatal care: Frederiksted Health Care, Ingrid Vanterpool-Moorehead, CNM. Works as a cashier at Sunny Isle "
     "Market.\n"
     "G2P1001 at 34+2 wks by 9-week US; EDD falls around Emancipation Day.\n"
     "\n"
     "S: Brought in by her partner Kareem Heyliger (car VI CAF 482). Headache since the afternoon, not relieved by "
     "Tylenol 1 g; seeing sparkles; epigastric/RUQ pain and nausea. Good FM. No LOF, no VB. Her mother Delphine is "
     "keeping her 4-year-old son Jaylen in Frederiksted.\n"
     "O: BP 168/112, repeat 172/110 after 15 min; HR 96; SpO2 98% RA. DTRs 3+ with 2 beats of clonus. RUQ tender. FHR "
     "baseline 145, moderate variability, accelerations, no decelerations - Category I FHR tracing. Irregular mild "
     "contractions. SVE 2/50/-2, Bishop score 4.\n"
     "Labs: Plt 88 K, AST 212, ALT 184, LDH 690, Cr 0.9, uric acid 7.4, P:C ratio 2.1, Hgb 11.0; schistocytes on the "
     "smear.\n"
     "A: Preeclampsia with severe features and HELLP syndrome (Mississippi class 2; Tennessee criteria met).\n"
     "P: Magnesium sulfate 4 g IV load then 2 g/h; labetalol 20 mg IV per protocol; betamethasone 12 mg IM (first "
     "dose 21:50). NICU aware. Discussed with MFM, Dr. Oluwaseun Abara-Todman, Roy Lester Schneider Hospital, St. "
     "Thomas (340-555-0172): deliver here once stable unless the NICU is full, then air ambulance N214VI to San "
     "Juan.\n"
     "Tamika Gumbs-Rivera, RN | Henrik Lauritsen-Bough, MD, OB/GYN, NPI 1629374855",
     [("HOSPITAL", ["GOVERNOR JUAN F. LUIS HOSPITAL & MEDICAL CENTER"]), ("ADDRESS", ["4007 Estate Diamond Ruby"]),
      ("LOCATION", ["Christiansted"]), ("POSTCODE", ["00820"]), ("DATE", ["06/09/2026"]),
      ("NAME", ["Shanique", "A.", "Hendricks-Petersen"]), ("DATE", ["02/14/1995"]), ("MRN", ["JFL-00731942"]),
      ("ID", ["790041827"]), ("ADDRESS", ["Plot 27 Estate Jealousy"]), ("LOCATION", ["Kingshill"]),
      ("POSTCODE", ["00850"]), ("PHONE", ["340-555-0118"]), ("HOSPITAL", ["Frederiksted Health Care"]),
      ("NAME", ["Delphine"]), ("NAME", ["Jaylen"]), ("LOCATION", ["Frederiksted"]),
      ("NAME", ["Ingrid", "Vanterpool-Moorehead"]), ("HOSPITAL", ["Sunny Isle Market"]), ("DATE", ["Emancipation Day"]),
      ("NAME", ["Kareem", "Heyliger"]), ("PLATE", ["CAF 482"]), ("NAME", ["Oluwaseun", "Abara-Todman"]),
      ("HOSPITAL", ["Roy Lester Schneider Hospital"]), ("LOCATION", ["St. Thomas"]), ("PHONE", ["340-555-0172"]),
      ("PLATE", ["N214VI"]), ("LOCATION", ["San Juan"]), ("NAME", ["Tamika", "Gumbs-Rivera"]),
      ("NAME", ["Henrik", "Lauritsen-Bough"]), ("ID", ["1629374855"]), ("LOCATION", ["St. Croix"])],
     ["G2P1001", "34+2 wks", "Tylenol 1 g", "BP 168/112", "DTRs 3+", "Category I FHR tracing", "SVE 2/50/-2",
      "Bishop score 4", "Plt 88 K", "AST 212", "LDH 690", "P:C ratio 2.1", "schistocytes", "HELLP syndrome",
      "Mississippi class 2", "Tennessee criteria", "Magnesium sulfate 4 g IV", "labetalol 20 mg IV",
      "betamethasone 12 mg IM"]),

    # 11 - Thailand, Krabi (Ko Lanta: Ban Sang Ka U, Khlong Nin beach): community hospital referral form, box jellyfish
    # sting in a Urak Lawoi boy, with Buddhist Era dates and Songkran (Thai)
    ("โรงพยาบาลเกาะลันตา จังหวัดกระบี่\n"
     "ใบส่งตัวผู้ป่วย (Referral Form) เลขที่ รฟ. 0417/2569\n"
     "วันที่ 14 เมษายน 2569 (วันสงกรานต์) เวลา 17.40 น.\n"
     "เรียน ผู้อำนวยการโรงพยาบาลกระบี่ (แผนกกุมารเวชกรรม)\n"
     "\n"
     "ผู้ป่วย: เด็กชายธนากร หาญทะเล (น้องทะเล) อายุ 8 ปี HN 12-04518\n"
     "เลขประจำตัวประชาชน 1-8103-00417-26-9\n"
     "ที่อยู่: บ้านสังกาอู้ หมู่ 2 ตำบลเกาะลันตาใหญ่ อำเภอเกาะลันตา จังหวัดกระบี่ 81150\n"
     "บิดา: นายสมศักดิ์ หาญทะเล ชาวประมง (เรือหางยาว \"ส.ทะเลทอง\") โทร 089-555-3716 LINE ID: somsak.lanta\n"
     "มารดา: นางจันทร์แรม ทะเลลึก\n"
     "สิทธิการรักษา: บัตรทอง (UC)\n"
     "\n"
     "ประวัติ: เวลา 16.20 น. ขณะเล่นน้ำที่หาดคลองนิน ถูกแมงกะพรุนกล่อง (Chironex sp.) ที่ขาขวาและแขนขวา "
     "เจ้าหน้าที่ของ ลันตาซีไซด์รีสอร์ทราดน้ำส้มสายชู 5% ทันที และเรียกรถกู้ชีพ (กข 1669 กระบี่) มาส่ง รพ. "
     "ครั้งก่อนเคยถูกแมงกะพรุนไฟเมื่อ 13 เม.ย. 68 อาการไม่รุนแรง\n"
     "อาการแรกรับ: ร้องไห้ปวดมาก pain score 9/10 รอยแผลลายบันได (ladder pattern) ยาวประมาณ 40 ซม. ชีพจร 148 "
     "ครั้ง/นาที BP 128/84 mmHg RR 32 SpO2 94% GCS 15\n"
     "ECG: sinus tachycardia, Troponin-T 18 ng/L\n"
     "การรักษา: ราดน้ำส้มสายชูซ้ำ 30 วินาที ประคบเย็น Morphine 1 mg IV, Chlorpheniramine 2 mg IV, Paracetamol 250 mg\n"
     "เหตุผลที่ส่งต่อ: ต้องเฝ้าระวังภาวะหัวใจล้มเหลวและหัวใจเต้นผิดจังหวะ ต้องการ cardiac monitor และกุมารแพทย์ "
     "(รับทราบโดย นพ.กิตติพงษ์ วงศ์อันดา กุมารแพทย์เวร ทางโทรศัพท์)\n"
     "\n"
     "แพทย์ผู้ส่ง: พญ.ปวีณา ศรีสมุทร (ว.45812)\n"
     "พยาบาลนำส่ง: พว.อัมพร ทองดี\n"
     "ติดต่อห้องฉุกเฉิน: 075-697-017",
     [("HOSPITAL", ["โรงพยาบาลเกาะลันตา"]), ("LOCATION", ["จังหวัดกระบี่"]), ("ID", ["0417/2569"]),
      ("DATE", ["14 เมษายน 2569"]), ("DATE", ["วันสงกรานต์"]), ("HOSPITAL", ["โรงพยาบาลกระบี่"]),
      ("NAME", ["ธนากร", "หาญทะเล", "น้องทะเล"]), ("MRN", ["12-04518"]), ("ID", ["1-8103-00417-26-9"]),
      ("LOCATION", ["บ้านสังกาอู้"]), ("ADDRESS", ["หมู่ 2"]), ("LOCATION", ["ตำบลเกาะลันตาใหญ่"]),
      ("LOCATION", ["อำเภอเกาะลันตา"]), ("POSTCODE", ["81150"]), ("NAME", ["สมศักดิ์"]), ("LOCATION", ["ส.ทะเลทอง"]),
      ("PHONE", ["089-555-3716"]), ("HANDLE", ["somsak.lanta"]), ("NAME", ["จันทร์แรม", "ทะเลลึก"]),
      ("LOCATION", ["หาดคลองนิน"]), ("HOSPITAL", ["ลันตาซีไซด์รีสอร์ท"]), ("PLATE", ["กข 1669 กระบี่"]),
      ("DATE", ["13 เม.ย. 68"]), ("NAME", ["ปวีณา", "ศรีสมุทร"]), ("LICENCE", ["ว.45812"]),
      ("NAME", ["อัมพร", "ทองดี"]), ("NAME", ["กิตติพงษ์", "วงศ์อันดา"]), ("PHONE", ["075-697-017"]),
      ("LOCATION", ["กระบี่"]), ("LOCATION", ["เกาะลันตา"])],
     ["บัตรทอง (UC)", "แมงกะพรุนกล่อง (Chironex sp.)", "น้ำส้มสายชู 5%", "แมงกะพรุนไฟ", "pain score 9/10",
      "รอยแผลลายบันได (ladder pattern)", "ชีพจร 148 ครั้ง/นาที", "BP 128/84 mmHg", "SpO2 94%", "GCS 15",
      "sinus tachycardia", "Troponin-T 18 ng/L", "ประคบเย็น", "Morphine 1 mg IV", "Chlorpheniramine 2 mg IV",
      "Paracetamol 250 mg", "cardiac monitor"]),
] + MORE_NOTES
