"""Forty-first HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

24 notes (746 planted identifier parts in 630 (kind, parts) entries; 300 clinical strings), 14 in English and 10 in
other scripts, written the way clinicians write them, in settings and note types not used in the eighteenth, the
thirty-ninth or the fortieth set. From England (North Yorkshire, Birmingham), Greece (Patras, Alexandroupoli and Feres,
Kalamata), Ireland (West Cork), mainland China (Yunnan, Shandong), the USA (Louisiana and the Gulf of Mexico, Kentucky,
with an applicant from Afghanistan), Japan (Okinawa), Kenya (Kisumu), India (Rajasthan, Kerala), Canada (Newfoundland
and Labrador), Ukraine (Lviv, Stryi), Australia (Tasmania), Iran (Mashhad), Scotland (Isle of Skye), Nigeria (Kano),
Guyana, Taiwan (Tainan), New Zealand (Canterbury) and Zimbabwe (Bulawayo).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 1 (Patras), 13 (Alexandroupoli) and 17
(Kalamata) are in Greek script, with Greek names, patronymics, nicknames, addresses, phone numbers and dates; notes 3
(Kunming) and 15 (Qingdao) are in simplified Chinese and note 19 (Tainan, with Republic of China calendar dates) in
traditional Chinese, with names without spaces, Chinese addresses and dates such as 2025年11月3日; note 5 is in Japanese
(Reiwa and Showa era dates, a name with its kana reading), note 7 in Hindi (Devanagari, with Devanagari digits in
dates, phone number and PIN code), note 9 in Ukrainian (Cyrillic, with a patronymic, dotted initials and a Ukrainian
month name) and note 11 in Persian (Perso-Arabic digits and Solar Hijri dates); all other notes (14: 0, 2, 4, 6, 8, 10,
12, 14, 16, 18, 20, 21, 22, 23) are in English, with Yorkshire, Irish, Cajun and Korean-American, Luo, Newfoundland,
Polish- and Chinese-Australian, Scottish Gaelic, Hausa and Igbo, Malayali, Indo- and Afro-Guyanese, Ghanaian, Pakistani
and Yoruba British, Māori and Pākehā, Afghan (Dari) and Ndebele names. Three patients are aged 90 or over (notes 2, 12
and 19), and for them the age (also once in Chinese numerals) is planted as AGE, the birth date as DOB90 and every
other date element, bare years, months, year-less dates, Republic of China years and festivals (Easter, Christmas,
端午節) included, as DATE; where a younger patient's note has a bare year (notes 0, 3, 8, 10, 21 and 22), it is left in
the text and not planted. Entries per kind in the whole set: NAME 167, LOCATION 116, DATE 103, HOSPITAL 45, PHONE 41, ID
40, ADDRESS 34, POSTCODE 20, LICENCE 18, MRN 14, PLATE 7, SERIAL 6, AGE 6, EMAIL 5, DOB90 3, IP 2, URL 2, HANDLE 1.

Notes 0-11 (this file): a community nurse's verification of expected death with a syringe driver record (North
Yorkshire, Whitby); an ophthalmology casualty note for an alkali eye injury (Patras, in Greek); a community audiology
report with an audiogram table and hearing aid fitting for a patient aged 93 (West Cork, Skibbereen); a methadone
maintenance clinic review with a dosing table (Kunming, in simplified Chinese); an air ambulance flight record and MIST
trauma bay handover from an offshore platform, with an observation table (Louisiana); a Holter ECG report (Okinawa, in
Japanese); a TB household contact investigation form with a contact table and screeners' initials (Kenya, Kisumu); a
leprosy (NLEP) patient treatment card for a new multibacillary case (Jodhpur, in Hindi); an offshore fitness-for-work
assessment after syncope (Newfoundland, St. John's and Trinity Bay); a multidisciplinary rehabilitation team report on
a transtibial prosthesis for a wounded serviceman (Lviv, in Ukrainian); a Mental Health Act assessment order
examination (Tasmania, Launceston); a thalassaemia clinic monthly visit record (Mashhad, in Persian). Notes 12-23 are in
:mod:`deid_notes_heldout41_more`, only to keep each file a readable length.

Identifiers sit where clinicians put them: letterheads, labels and table cells, after titles and relation words (Mr,
Mrs, Ms, Dr, Const., DS, Sister, Malam, Hajiya, Δρ, श्री, श्रीमती, डॉ., دکتر, خانم, 様, 先生, 鄰長; wife, son, daughter,
mother, brother, husband, mother-in-law, father, partner, σύζυγος, πατέρας, γιαγιά, αδελφός, μητέρα, του with a
patronymic, дружина, син, पत्नी, बेटी, पुत्र, مادر, نام پدر, 妻, 妻子, 女儿, 長子, 長女, 外孫女),
bare in prose, in brackets, at line starts and in sign-offs; staff initials in table cells and sign-offs, some of which
look like clinical abbreviations (PE, BA, JO, NR, GA, OA, RA, PW, HJ, IM, TM, PS, AKD, CEU, ANíS, Α.Τ., Χ.Ζ., Β.Μ., and
given names alone in a Chinese dosing table), dotted initials (K., R., Μ., आर. के., О. В., م., K. and P. after Kerala
names); nicknames in quotes (Peggy, Dinny, Jakom, Jess, Trina, Kobby, Μπάμπης, Θάνος, Γιωτούλα, Бодя); names that are
ordinary words or places (Power, Frost, Park, Grace, Faith, Patience, Musa, Iona, Kyle, Omid, Αγάπη, पूजा, पुरोहित,
Мельник, Кравець, 宮城, 于振华); places that are everyday words (Sleights, Heart's Content, Little River, Small Heath,
Union Hall, Kilo, Pala, Non Pareil, Hebron, Μικρή Μαντίνεια); hospitals, streets and places named after people
(Murtala Muhammad, महात्मा गांधी, Lumumba, Dr MacKinnon Memorial, دکتر شیخ, St Catherine's, Ann's Grove, Cowdray Park,
Gebbies Pass, Шевченка, Миколайчука, Κανακάρη, Ευαγγελιστρίας); house names, a croft, a Guyanese lot and section, a
Zimbabwean stand, Chinese village group and 鄰 numbers, a Mashhad boulevard, side street and plaque, a Ukrainian flat;
workplaces (a funeral director, a building contractor, a park, an offshore operator and two platforms, a farm
cooperative branch, a kiosk and a market stage, a stone crusher, a winery, a bus company, a post office, a motor
dealer, a bank branch, an air freight hub, a bus terminus, a salt field), a school and a university, a volunteer blood
donors' association; cities, suburbs, districts, villages and postcodes (UK, Eircode, Canadian, US ZIP, Australian, NZ,
Greek, Indian PIN in Devanagari digits, Japanese, Ukrainian); phone, fax and extension numbers in local formats; e-mail
addresses, a case-management URL and a teledermatology URL, two private IPv4 addresses and a TikTok handle; national,
insurance and health numbers and case, donor, unit, laboratory, mission, interpreter and employee numbers;
professional registrations (NMC, Greek medical association, Louisiana EMS, AHPRA, CPSNL, Clinical Officers
Council, RMC, Iranian medical council, GMC, MDCN, TCMC, Guyana Medical Council, MCNZ, Kentucky, MDPCZ); syringe driver,
hearing aid, monitor, Holter recorder, prosthetic foot and linear accelerator serial numbers; vehicle plates (an
aircraft registration, a boda-boda, a pickup, a car in Tasmania and one in Birmingham, a Greek EKAB ambulance, a
Zimbabwean city ambulance); and dates in many styles (numeric with slashes, dashes and dots, ISO, US month-first,
year-less, weekday with date, ordinal, month and year, written, Greek, Ukrainian, Hindi with Devanagari digits, Solar
Hijri with Persian digits, Japanese era, Republic of China, Chinese mid-month, and Christmas, Christmas Day, Easter,
Orthodox Easter, 国庆节 and 端午節). Where a real identifier has a check digit (NHS number, Scottish CHI, Irish PPSN,
Greek AMKA, Chinese resident ID, US NPI, Japanese insurer number, Aadhaar, Ukrainian RNOKPP, Australian Medicare,
Iranian national code, Taiwan ID, NZ NHI) the planted one passes it; the others (Kenyan ID, Newfoundland MCP, Nigerian
NIN, Guyanese NIS, US A-Number and passport, Zimbabwean national ID, ISBT 128 DIN) keep a valid format. The strings
that must survive include eponyms and eponymous signs (Gleason, McKinley T34, Morgan lens, Roper-Hall, Dua, Goldmann,
Morison's pouch, Holter, Ishihara, Snellen, Ridley-Jopling, Lown, Berg, Waterlow, Goh, Waaldijk, Martius,
Trendelenburg, Kernig, Brudzinski, Marshall, Lugol, Schiller, Monsel, Swede, Breslow, Clark, Fitzpatrick, Alzheimer's
disease), brand and device names (Phonak Audéo Lumity, Butterfly iQ+, ZOLL X Series, SAM Pelvic Sling, EZ-IO, Bell 407,
FM-1500, Össur Pro-Flex, Elekta Versa HD, Osveral, Desferal, Buccolam, Jadelle), genes and variants (IVS-II-1, BRAF
V600E), scores with values, lab values with units, acronyms that look like initials (MIST, HCA, CCFP, MSE, TLD, PTB,
EUA, EHT, SAH, DNR, LIC, BCC), and statutes and guidelines with a year in them (Mental Health Act 2013, Adults with
Incapacity (Scotland) Act 2000, Children Act 1989, Transplantation of Human Organs and Tissues Act, 1994, Working
Together to Safeguard Children 2023). Entries per kind here: NAME 77, LOCATION 58, DATE 49, HOSPITAL 21, PHONE 20,
ID 18, ADDRESS 16, POSTCODE 9, LICENCE 8, MRN 8, SERIAL 5, PLATE 4, AGE 2, EMAIL 2, DOB90 1, IP 1; this file holds 367
identifier parts in 299 entries and 147 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout41.deid_notes_heldout41_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - England, North Yorkshire (Whitby, Esk Valley): verification of expected death by a community nurse
    ("Whitby Hospital - Community Nursing Team (Eskdale locality)\n"
     "VERIFICATION OF EXPECTED DEATH (VOED) BY A REGISTERED NURSE\n"
     "Deceased: Mr Leonard Stainthorpe | DOB 09/04/1947 | NHS No. 485 777 3325\n"
     "Address: Rose Cottage, 14 Church Lane, Sleights, Whitby YO22 5AB\n"
     "GP: Dr Hannah Brough, Esk Valley Medical Practice (01947 555 210)\n"
     "Dx: metastatic adenocarcinoma of prostate (Gleason 4+5=9), dx 2019, bone mets; on the practice GSF register. "
     "ReSPECT form completed 02/10/2025 (DNACPR; preferred place of death: home). Just in Case meds in the house "
     "since Thurs 23 Oct.\n"
     "Call: wife Margaret (\"Peggy\") Stainthorpe rang the SPA at 06:05, Sunday 26th October 2025 - \"his breathing "
     "just stopped about quarter to six\". Macmillan nurse Shona had visited the evening before; he was settled.\n"
     "Arrived 06:38. Syringe driver: McKinley T34, serial 2047-18833, running midazolam 10 mg + morphine sulfate 15 mg "
     "over 24 h s/c; stopped 06:48, 4 mL left, discarded with wife as witness, recorded on the chart.\n"
     "Verification (each for 1 full minute):\n"
     "- no central (carotid) pulse: confirmed\n"
     "- no heart sounds on auscultation: confirmed\n"
     "- no breath sounds, no respiratory effort: confirmed\n"
     "- pupils fixed and dilated, no response to light: confirmed\n"
     "- no response to painful stimulus (trapezius squeeze): confirmed\n"
     "Time of verification: 06:46. No ICD or pacemaker. Death expected; no concerns; not for referral to the coroner.\n"
     "Funeral director: Coates Funeral Service, Flowergate - family to ring after 08:00. Son Graham on his way from "
     "Guisborough. Bereavement leaflet left; St Catherine's Hospice bereavement team e-mailed.\n"
     "SystmOne task to Dr Brough for the MCCD on Monday (last seen by GP 20/10).\n"
     "Verified by: Jo Featherstone RN, NMC PIN 04H2781E | Witness: K. Ledger, HCA",
     [("HOSPITAL", ["Whitby Hospital"]), ("LOCATION", ["Eskdale"]), ("NAME", ["Leonard", "Stainthorpe"]),
      ("DATE", ["09/04/1947"]), ("ID", ["485 777 3325"]), ("ADDRESS", ["Rose Cottage"]),
      ("ADDRESS", ["14 Church Lane"]), ("LOCATION", ["Sleights"]), ("LOCATION", ["Whitby"]),
      ("POSTCODE", ["YO22 5AB"]), ("NAME", ["Hannah", "Brough"]), ("HOSPITAL", ["Esk Valley Medical Practice"]),
      ("PHONE", ["01947 555 210"]), ("DATE", ["02/10/2025"]), ("DATE", ["23 Oct"]), ("NAME", ["Margaret", "Peggy"]),
      ("DATE", ["26th October 2025"]), ("NAME", ["Shona"]), ("SERIAL", ["2047-18833"]),
      ("LOCATION", ["Coates Funeral Service"]), ("ADDRESS", ["Flowergate"]), ("NAME", ["Graham"]),
      ("LOCATION", ["Guisborough"]), ("HOSPITAL", ["St Catherine's Hospice"]), ("DATE", ["20/10"]),
      ("NAME", ["Jo", "Featherstone"]), ("LICENCE", ["04H2781E"]), ("NAME", ["K.", "Ledger"])],
     ["Gleason 4+5=9", "GSF register", "ReSPECT form", "DNACPR", "Just in Case meds", "McKinley T34",
      "midazolam 10 mg", "morphine sulfate 15 mg", "ICD or pacemaker", "MCCD", "SystmOne", "HCA"]),

    # 1 - Greece, Western Greece (Patras): ophthalmology casualty note, alkali (lime mortar) eye injury (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών «Παναγία η Βοήθεια» - Οφθαλμολογική Κλινική\n"
     "Εφημερία Επειγόντων | Ρίο, 265 04 Πάτρα | τηλ. 2613 603 418\n"
     "Τρίτη 18/11/2025, ώρα προσέλευσης 15:20 (διαλογή: ESI 2)\n"
     "Ασθενής: Νικόλαος Καραγιάννης του Σπυρίδωνος, 37 ετών, γεν. 14/03/1988, ΑΜΚΑ 14038805124\n"
     "Διεύθυνση: Κανακάρη 112, 262 22 Πάτρα | κιν. 697 418 2203\n"
     "Επάγγελμα: οικοδόμος στην «Τεχνοδομική Αχαΐας», εργοτάξιο στο Αίγιο. Τον έφερε ο συνάδελφός του, ο «Μπάμπης».\n"
     "Ιστορικό: στις ~14:30 του πετάχτηκε ασβεστοκονίαμα στο δεξί μάτι· ξέπλυμα με νερό βρύσης στο εργοτάξιο για "
     "~5 λεπτά. Δεν φορούσε προστατευτικά γυαλιά.\n"
     "Εξέταση: ΟΟ ΔΟ 3/10, ΑΟ 10/10 (Snellen). pH δακρύων ΔΟ 11.\n"
     "Άμεσα: τοπική αναισθησία με Alcaine, πλύση με 2 L Ringer's lactate μέσω φακού Morgan μέχρι pH 7,4 (μέτρηση "
     "ανά 500 mL)· διπλή αναστροφή άνω βλεφάρου, αφαιρέθηκαν σωματίδια ασβέστη από τον άνω θόλο.\n"
     "Σχισμοειδής λυχνία μετά την πλύση: επιθηλιακή απώλεια κερατοειδούς ~60% με φλουορεσκεΐνη, ισχαιμία "
     "σκληροκερατοειδούς ορίου 3 ωρών, ελαφρά θολερότητα στρώματος, ίριδα ευδιάκριτη. ΕΟΠ 18 mmHg (Goldmann).\n"
     "Ταξινόμηση: Roper-Hall II / Dua grade III.\n"
     "Αγωγή: Tobrex κολλύριο 1x4, Maxidex 1x6, cyclopentolate 1% 1x3, ascorbic acid 1 g x4 per os, doxycycline "
     "100 mg x2. Δόθηκε ιατρική βεβαίωση για εργατικό ατύχημα (e-ΕΦΚΑ).\n"
     "Ενημερώθηκε τηλεφωνικά η σύζυγός του Ευαγγελία (697 555 0184).\n"
     "Επανέλεγχος: αύριο 19/11 στις 09:00 στο ιατρείο κερατοειδούς (Δρ Μ. Αθανασοπούλου).\n"
     "Ο ιατρός εφημερίας\n"
     "Γεώργιος Λυμπερόπουλος, Οφθαλμίατρος | ΑΜ ΙΣ Αχαΐας 5128",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών"]), ("HOSPITAL", ["Παναγία η Βοήθεια"]),
      ("LOCATION", ["Ρίο"]), ("POSTCODE", ["265 04"]), ("LOCATION", ["Πάτρα"]), ("PHONE", ["2613 603 418"]),
      ("DATE", ["18/11/2025"]), ("NAME", ["Νικόλαος", "Καραγιάννης"]), ("NAME", ["Σπυρίδωνος"]),
      ("DATE", ["14/03/1988"]), ("ID", ["14038805124"]), ("ADDRESS", ["Κανακάρη 112"]), ("POSTCODE", ["262 22"]),
      ("PHONE", ["697 418 2203"]), ("LOCATION", ["Τεχνοδομική Αχαΐας"]), ("LOCATION", ["Αίγιο"]),
      ("NAME", ["Μπάμπης"]), ("NAME", ["Ευαγγελία"]), ("PHONE", ["697 555 0184"]), ("DATE", ["19/11"]),
      ("NAME", ["Μ.", "Αθανασοπούλου"]), ("NAME", ["Γεώργιος", "Λυμπερόπουλος"]), ("LICENCE", ["5128"])],
     ["ESI 2", "ΟΟ ΔΟ 3/10", "Snellen", "Alcaine", "Ringer's lactate", "φακού Morgan", "ΕΟΠ 18 mmHg",
      "Roper-Hall II", "Dua grade III", "Tobrex", "Maxidex", "doxycycline 100 mg"]),

    # 2 - Ireland, West Cork (Skibbereen): community audiology report and hearing aid fitting, patient aged 93
    ("HSE Community Audiology - Cork South & West | Bantry General Hospital\n"
     "AUDIOLOGY ASSESSMENT AND HEARING AID FITTING REPORT\n"
     "Seen: 12/01/2026, outreach clinic, Skibbereen Primary Care Centre\n"
     "Patient: Mr Denis (\"Dinny\") O'Donovan | DOB 03/03/1932 | Age: 93 | PPSN 3819264D | MRN BGH-0418827\n"
     "Address: Lissard, Castletownshend Road, Skibbereen, Co. Cork P81 RW2C\n"
     "Referrer: Dr Siobhán Crowley, Ilen Medical Centre (GP letter of 14 Nov)\n"
     "History: gradual bilateral hearing loss ~10 yrs; can't follow Mass in Aughadown church or the news on the "
     "radio; intermittent L tinnitus, no vertigo, no otalgia or otorrhoea. Fished out of Union Hall until 1994, no "
     "hearing protection. Lives with his daughter Bernie, who came with him.\n"
     "Otoscopy: R - occluding wax, cleared by microsuction; L - canal clear, TM intact.\n"
     "Pure tone audiometry (dB HL):\n"
     "Hz   | 250 | 500 | 1k | 2k | 4k | 8k\n"
     "R AC |  35 |  40 | 50 | 65 | 80 | 90\n"
     "L AC |  30 |  40 | 45 | 60 | 75 | NR\n"
     "BC within 10 dB of AC at all frequencies tested, no air-bone gap. Tympanometry: Type A both ears.\n"
     "Speech: AB word lists 64% (aided, 65 dB SPL, in quiet).\n"
     "Impression: bilateral symmetrical moderate-to-severe sloping sensorineural hearing loss, consistent with "
     "presbycusis. No red flags - ENT referral not needed.\n"
     "Fitting: bilateral Phonak Audéo Lumity L30-R RIC, rechargeable; serial nos. R 2318A0417 / L 2318A0422; "
     "NAL-NL2 fitted, verified with real-ear measurement. COSI goals: 1. Mass 2. TV 3. the grandchildren on the "
     "phone.\n"
     "Tested by: ANíS / PE (assistant audiologist)\n"
     "Review 23 Feb at Skibbereen. He told us he'll be 94 in March and wants to hear the speeches at his "
     "great-granddaughter's christening at Easter.\n"
     "Aoife Ní Shúilleabháin, Senior Audiologist | ext. 4418\n"
     "Daughter: Bernie Hurley, 087 555 4128",
     [("HOSPITAL", ["Bantry General Hospital"]), ("DATE", ["12/01/2026"]),
      ("HOSPITAL", ["Skibbereen Primary Care Centre"]), ("NAME", ["Denis", "Dinny", "O'Donovan"]),
      ("DOB90", ["03/03/1932"]), ("AGE", ["93"]), ("ID", ["3819264D"]), ("MRN", ["BGH-0418827"]),
      ("LOCATION", ["Lissard"]), ("ADDRESS", ["Castletownshend Road"]), ("LOCATION", ["Skibbereen"]),
      ("POSTCODE", ["P81 RW2C"]), ("NAME", ["Siobhán", "Crowley"]), ("HOSPITAL", ["Ilen Medical Centre"]),
      ("DATE", ["14 Nov"]), ("LOCATION", ["Aughadown"]), ("LOCATION", ["Union Hall"]), ("DATE", ["1994"]),
      ("NAME", ["Bernie", "Hurley"]), ("SERIAL", ["2318A0417", "2318A0422"]), ("NAME", ["ANíS"]), ("NAME", ["PE"]),
      ("DATE", ["23 Feb"]), ("AGE", ["94"]), ("DATE", ["March"]), ("DATE", ["Easter"]),
      ("NAME", ["Aoife", "Ní Shúilleabháin"]), ("PHONE", ["4418"]), ("PHONE", ["087 555 4128"])],
     ["microsuction", "TM intact", "dB HL", "Type A", "AB word lists 64%", "sensorineural hearing loss",
      "presbycusis", "Phonak Audéo Lumity L30-R", "RIC", "NAL-NL2", "real-ear measurement", "COSI"]),

    # 3 - China, Yunnan (Kunming): methadone maintenance treatment clinic review with a dosing table (simplified)
    ("昆明市西山区疾病预防控制中心　美沙酮维持治疗门诊\n"
     "地址：昆明市西山区前卫西路212号　电话：0871-6815 4172\n"
     "美沙酮维持治疗复诊记录（剂量调整）\n"
     "就诊日期：2025年11月3日（星期一）\n"
     "姓名：杨志强　性别：男　年龄：54岁　民族：彝族\n"
     "身份证号：530112197108233217　治疗编号：KM-XS-0418\n"
     "住址：西山区碧鸡街道高峣村5组27号\n"
     "工作：海埂公园保安　入组时间：2013年6月\n"
     "主诉：近两周下午打哈欠、流涕、出汗，夜里睡不好，自述\"药劲撑不到第二天早上\"。否认偷吸。\n"
     "查体：P 92次/分，BP 132/84 mmHg，瞳孔4 mm，COWS评分 9分（轻度戒断）。\n"
     "化验：尿吗啡检测阴性，尿甲基苯丙胺阴性；心电图 QTc 452 ms；HCV抗体阳性（2022年索磷布韦/维帕他韦治疗，已达SVR12）。\n"
     "处理：美沙酮口服液 60 mg/日 调整为 70 mg/日，3天后复评；如 QTc>500 ms 需减量并请心内科会诊。发放纳洛酮鼻喷剂一支，已教会妻子使用。\n"
     "近期服药记录：\n"
     "日期　　｜剂量　｜服药时间｜发药人\n"
     "10月31日｜60 mg｜08:12　｜丽华\n"
     "11月1日 ｜60 mg｜08:05　｜李文\n"
     "11月2日 ｜60 mg｜09:40　｜李文\n"
     "11月3日 ｜70 mg｜08:20　｜丽华\n"
     "家属：妻子 普美芬，电话 138-8714-2093，陪同就诊。\n"
     "下次随访：11月6日\n"
     "医生：马俊　护士：段丽华",
     [("HOSPITAL", ["西山区疾病预防控制中心"]), ("LOCATION", ["昆明市"]), ("LOCATION", ["西山区"]),
      ("ADDRESS", ["前卫西路212号"]), ("PHONE", ["0871-6815 4172"]), ("DATE", ["2025年11月3日"]), ("NAME", ["杨志强"]),
      ("ID", ["530112197108233217"]), ("MRN", ["KM-XS-0418"]), ("LOCATION", ["碧鸡街道"]), ("LOCATION", ["高峣村"]),
      ("ADDRESS", ["5组27号"]), ("LOCATION", ["海埂公园"]), ("DATE", ["2013年6月"]), ("DATE", ["10月31日"]),
      ("DATE", ["11月1日"]), ("DATE", ["11月2日"]), ("DATE", ["11月3日"]), ("NAME", ["丽华"]), ("NAME", ["李文"]),
      ("NAME", ["普美芬"]), ("PHONE", ["138-8714-2093"]), ("DATE", ["11月6日"]), ("NAME", ["马俊"]), ("NAME", ["段丽华"])],
     ["COWS评分 9分", "尿吗啡检测阴性", "QTc 452 ms", "HCV抗体阳性", "索磷布韦/维帕他韦", "SVR12", "美沙酮口服液",
      "70 mg/日", "QTc>500 ms", "纳洛酮鼻喷剂"]),

    # 4 - USA, Louisiana (Terrebonne Parish, Gulf of Mexico): air ambulance flight record and trauma bay handover
    ("Acadian Air Med - FLIGHT RECORD / TRAUMA BAY HANDOVER (MIST)\n"
     "Date 2025-08-14 | Aircraft N427AM (Bell 407) | Base: Houma-Terrebonne Airport | Mission # AM-250814-0318\n"
     "Scene: Talos Gulf Energy platform SS-208A, Ship Shoal Block 208, 76 nm S of Cocodrie; packaged by the "
     "platform medic, Darnell Fontenot, NRP.\n"
     "Handover: University Medical Center New Orleans, Trauma Bay 3, 11:52\n"
     "Patient: Tremaine Boudreaux | 41 M | DOB 06/19/1984 | employer ID TGE-55183 | est. wt 102 kg\n"
     "M - fell ~18 ft from scaffold to grated deck at 09:40, landed on R side; no LOC, hard hat on.\n"
     "I - pelvis tender, unstable on gentle palpation (checked once, not repeated); R femur shortened and "
     "externally rotated; abrasions R flank. E-FAST in flight (Butterfly iQ+): free fluid in Morison's pouch.\n"
     "S -\n"
     "Time  | HR  | BP     | RR | SpO2 | GCS | EtCO2\n"
     "10:58 | 128 | 84/52  | 24 | 94%  | 15  | 30\n"
     "11:20 | 118 | 96/60  | 22 | 97%  | 15  | 32\n"
     "11:45 | 112 | 102/64 | 20 | 98%  | 15  | 33\n"
     "T - SAM Pelvic Sling II 11:02; TXA 1 g IV 11:04; 2 u LTOWB 11:05-11:25; traction splint R leg; L humeral IO "
     "(EZ-IO) + 16G L AC; fentanyl 50 mcg x3, ketamine 20 mg IV. Monitor ZOLL X Series s/n AR17J041829; case "
     "data pushed to the review server 10.22.4.180 on landing.\n"
     "PMH HTN (lisinopril), NKDA, last ate 06:30.\n"
     "NOK: wife Keisha Boudreaux, Raceland, 985-555-0147 - company HSE called her, she is driving in.\n"
     "Crew: Flight RN Brittany LeBlanc-Nguyen, CFRN | Flight Paramedic Marcus Thibodaux, NRP, LA EMS lic. P-24418 "
     "| Pilot R. Guidry\n"
     "Received by Dr. Ye-jin Park, trauma attending, NPI 1628475398 - 11:58",
     [("HOSPITAL", ["Acadian Air Med"]), ("DATE", ["2025-08-14"]), ("PLATE", ["N427AM"]),
      ("LOCATION", ["Houma-Terrebonne Airport"]), ("ID", ["AM-250814-0318"]), ("LOCATION", ["Talos Gulf Energy"]),
      ("LOCATION", ["SS-208A"]), ("LOCATION", ["Ship Shoal Block 208"]), ("LOCATION", ["Cocodrie"]),
      ("NAME", ["Darnell", "Fontenot"]), ("HOSPITAL", ["University Medical Center New Orleans"]),
      ("NAME", ["Tremaine", "Boudreaux"]), ("DATE", ["06/19/1984"]), ("ID", ["TGE-55183"]),
      ("SERIAL", ["AR17J041829"]), ("IP", ["10.22.4.180"]), ("NAME", ["Keisha"]), ("LOCATION", ["Raceland"]),
      ("PHONE", ["985-555-0147"]), ("NAME", ["Brittany", "LeBlanc-Nguyen"]), ("NAME", ["Marcus", "Thibodaux"]),
      ("LICENCE", ["P-24418"]), ("NAME", ["R.", "Guidry"]), ("NAME", ["Ye-jin", "Park"]), ("ID", ["1628475398"])],
     ["MIST", "Bell 407", "E-FAST", "Butterfly iQ+", "Morison's pouch", "SAM Pelvic Sling II", "TXA 1 g IV", "LTOWB",
      "EZ-IO", "fentanyl 50 mcg", "ZOLL X Series", "HTN", "NKDA", "EtCO2"]),

    # 5 - Japan, Okinawa (Uruma, Okinawa City): Holter ECG report (Japanese)
    ("沖縄県立中部病院　循環器内科・生理検査室\n"
     "〒904-2293　沖縄県うるま市宮里281　TEL 098-555-2201\n"
     "ホルター心電図検査報告書\n"
     "検査番号：H25-04187　カルテ番号：0418-2736\n"
     "氏名：比嘉 正和（ひが まさかず）様　男性　58歳　生年月日：昭和42年2月14日\n"
     "住所：沖縄市知花3丁目12-5　電話：098-555-3418\n"
     "保険者番号：01470012（協会けんぽ）　勤務先：JAおきなわ 美里支店\n"
     "装着：令和7年10月7日(火) 09:40　取り外し：10月8日(水) 09:55\n"
     "記録器：フクダ電子 FM-1500（S/N 7180412）　記録時間 24時間15分、解析可能率 99%\n"
     "【結果】\n"
     "総心拍数 108,412拍/日　平均心拍数 76 bpm（最小 48 bpm 03:12、最大 142 bpm 17:45）\n"
     "上室性期外収縮 2,310拍（1.8%）、最長 12連発（17:41-17:49、142 bpm）\n"
     "心室性期外収縮 4,118拍（3.8%）、単形性、2連発 14回、R on T なし → Lown分類 IVa\n"
     "ST変化：有意なST低下なし　最大RR間隔 2.1秒（04:02、睡眠中）\n"
     "行動記録：17:40「畑で動悸」（勝連のさとうきび畑で作業中）→ 同時刻の発作性上室頻拍（PSVT）と一致。\n"
     "【判読】発作性上室頻拍、心室期外収縮の頻発（Lown IVa）。\n"
     "コメント：心エコー（LVEF 62%）で器質的心疾患なし。ビソプロロール 2.5 mg の開始を提案します。症状が続く場合はカテーテルアブレーション目的の紹介をご検討ください。\n"
     "付き添い：妻 比嘉 美代子 様\n"
     "依頼医：宮城 恵子 先生　解析：臨床検査技師 金城 あゆみ　判読医：新垣 浩二\n"
     "報告日：2025/10/10",
     [("HOSPITAL", ["沖縄県立中部病院"]), ("POSTCODE", ["904-2293"]), ("LOCATION", ["うるま市"]), ("ADDRESS", ["宮里281"]),
      ("PHONE", ["098-555-2201"]), ("ID", ["H25-04187"]), ("MRN", ["0418-2736"]), ("NAME", ["比嘉", "正和"]),
      ("NAME", ["ひが", "まさかず"]), ("DATE", ["昭和42年2月14日"]), ("LOCATION", ["沖縄市"]), ("ADDRESS", ["知花3丁目12-5"]),
      ("PHONE", ["098-555-3418"]), ("ID", ["01470012"]), ("LOCATION", ["JAおきなわ", "美里支店"]),
      ("DATE", ["令和7年10月7日"]), ("DATE", ["10月8日"]), ("SERIAL", ["7180412"]), ("LOCATION", ["勝連"]),
      ("NAME", ["美代子"]), ("NAME", ["宮城", "恵子"]), ("NAME", ["金城", "あゆみ"]), ("NAME", ["新垣", "浩二"]),
      ("DATE", ["2025/10/10"])],
     ["ホルター心電図", "FM-1500", "平均心拍数 76 bpm", "上室性期外収縮", "心室性期外収縮", "R on T", "Lown分類 IVa", "PSVT",
      "LVEF 62%", "ビソプロロール 2.5 mg", "カテーテルアブレーション"]),

    # 6 - Kenya, Kisumu: TB household contact investigation form with a contact table
    ("MINISTRY OF HEALTH - NATIONAL TB, LEPROSY AND LUNG DISEASE PROGRAM\n"
     "Kisumu County | Lumumba Sub-County Hospital, TB/DOTS clinic\n"
     "HOUSEHOLD CONTACT INVESTIGATION FORM\n"
     "Index: Kennedy Otieno Ouma | 36 M | Kenya ID 28471930 | TB No. KSM/LMB/2025/0418 | tel 0722 555 418\n"
     "PTB, bacteriologically confirmed: GeneXpert MTB/RIF Ultra 05/09/2025 - MTB detected medium, Rif resistance "
     "not detected. HIV negative. Started 2RHZE/4RH on 06/09/2025.\n"
     "Residence: Nyalenda B, Kilo village, rental plot behind Mama Rose's kiosk. Boda-boda rider at the Kibuye "
     "Market stage (motorbike KMFL 418K), about 30 passengers a day.\n"
     "Home visit: Sat 13/09/2025 by CHP Beatrice Achieng' with the TB nurse.\n"
     "# | Contact | Relation | Age/Sex | Symptom screen | CXR | Action | By\n"
     "1 | Pamela Akinyi Atieno | wife | 31 F | cough 3/52, night sweats | RUL opacity | Xpert: MTB detected, Rif "
     "not detected - 2RHZE started 16/09 | BA\n"
     "2 | Brian Odhiambo Ouma | son | 9 M | negative | clear | TPT: 3HP x 12 weekly doses | BA\n"
     "3 | Faith Adhiambo | daughter | 11 mo F | negative, MUAC 13.4 cm | n/a | TPT: 6H, isoniazid 10 mg/kg + "
     "pyridoxine | JO\n"
     "4 | Mary Awino Anyango | mother | 67 F | negative | clear | TPT: 3HP, LFTs at baseline | JO\n"
     "5 | George \"Jakom\" Okoth | brother, sleeps in the sitting room | 28 M | negative; HIV positive on TLD | "
     "clear | TPT: 3HP (OK with TLD) | JO\n"
     "Plan: all contacts back on 11 Oct for review; weekly adherence checks by the CHP. Wife notified as a new case. "
     "Sub-County TB & Leprosy Coordinator, Mr. Julius Kiprono, Kisumu Central, informed.\n"
     "Clinician: Joseph Omondi (JO), Clinical Officer | COC reg. 4182",
     [("HOSPITAL", ["Lumumba Sub-County Hospital"]), ("NAME", ["Kennedy", "Otieno", "Ouma"]), ("ID", ["28471930"]),
      ("MRN", ["KSM/LMB/2025/0418"]), ("PHONE", ["0722 555 418"]), ("DATE", ["05/09/2025"]), ("DATE", ["06/09/2025"]),
      ("LOCATION", ["Nyalenda B"]), ("LOCATION", ["Kilo"]), ("LOCATION", ["Mama Rose's kiosk"]),
      ("LOCATION", ["Kibuye Market"]), ("PLATE", ["KMFL 418K"]), ("DATE", ["13/09/2025"]),
      ("NAME", ["Beatrice", "Achieng'"]), ("NAME", ["Pamela", "Akinyi", "Atieno"]), ("DATE", ["16/09"]),
      ("NAME", ["BA"]), ("NAME", ["Brian", "Odhiambo"]), ("NAME", ["Faith", "Adhiambo"]), ("NAME", ["JO"]),
      ("NAME", ["Mary", "Awino", "Anyango"]), ("NAME", ["George", "Jakom", "Okoth"]), ("DATE", ["11 Oct"]),
      ("NAME", ["Julius", "Kiprono"]), ("LOCATION", ["Kisumu Central"]), ("NAME", ["Joseph", "Omondi"]),
      ("LICENCE", ["4182"])],
     ["PTB", "GeneXpert MTB/RIF Ultra", "Rif resistance not detected", "2RHZE/4RH", "RUL opacity", "3HP", "6H",
      "isoniazid 10 mg/kg", "pyridoxine", "MUAC 13.4 cm", "LFTs", "TLD", "TPT"]),

    # 7 - India, Rajasthan (Jodhpur): leprosy (NLEP) patient treatment card, new MB case with type 1 reaction (Hindi)
    ("राजकीय महात्मा गांधी अस्पताल, जोधपुर\n"
     "चर्म एवं कुष्ठ रोग विभाग — राष्ट्रीय कुष्ठ उन्मूलन कार्यक्रम (NLEP)\n"
     "रोगी उपचार कार्ड (नया MB रोगी)\n"
     "दिनांक: १४/१०/२०२५ (मंगलवार)   OPD रजि. नं.: MGH/DERM/25/41827\n"
     "नाम: भंवरलाल मेघवाल, पुत्र श्री हीरालाल मेघवाल   आयु/लिंग: ४६ वर्ष/पु.\n"
     "पता: ग्राम डांगियावास, तहसील लूणी, ज़िला जोधपुर — पिन ३४२८०२\n"
     "मोबाइल: ९८२९५ ५४१८७   आधार: 6284 1739 2054\n"
     "व्यवसाय: जय भवानी स्टोन क्रशर में मज़दूर\n"
     "मुख्य शिकायत: ८ महीने से पीठ व दाहिनी बाँह पर हल्के सुन्न धब्बे, दाहिने हाथ की छोटी उँगली में झनझनाहट; पिछले ३ "
     "हफ़्तों से "
     "दाहिनी कोहनी में दर्द।\n"
     "जाँच: ७ हाइपोपिगमेंटेड सुन्न धब्बे (पीठ, दाहिनी बाँह, बायीं जाँघ); दाहिनी अलनर तंत्रिका मोटी व छूने पर दर्दनाक; "
     "बायीं कॉमन "
     "पेरोनियल सामान्य। VMT: दाहिनी छोटी उँगली का अपहरण ३/५; 10 g मोनोफिलामेंट से दाहिनी हथेली में संवेदना कम।\n"
     "स्लिट स्किन स्मीयर: BI 2+\n"
     "वर्गीकरण: बहुजीवाणुक (MB), Ridley-Jopling BL; टाइप 1 प्रतिक्रिया (रिवर्सल रिएक्शन) के साथ तंत्रिका शोथ।\n"
     "WHO विकलांगता ग्रेड: हाथ — दायाँ 1, बायाँ 0; पैर — 0; आँखें — 0; EHF स्कोर 1\n"
     "उपचार: MDT-MB (वयस्क) १२ माह — रिफैम्पिसिन 600 mg व क्लोफ़ाज़िमीन 300 mg मासिक (पर्यवेक्षित), क्लोफ़ाज़िमीन 50 "
     "mg व "
     "डैप्सोन 100 mg दैनिक; पहली पर्यवेक्षित खुराक आज दी गई। प्रेडनिसोलोन 40 mg प्रतिदिन, १२ सप्ताह में घटाते हुए। "
     "G6PD सामान्य। "
     "हाथ की देखभाल व स्व-देखभाल सिखाई गई।\n"
     "संपर्क: पत्नी श्रीमती कमला देवी व बेटी पूजा (१२ वर्ष) — जाँच में कोई धब्बा नहीं; दोनों के SDR-PEP के लिए आशा "
     "सुनीता को "
     "सूचित किया।\n"
     "अगली तारीख: १४ नवम्बर\n"
     "डॉ. अंकिता राठौड़, रेज़िडेंट   परामर्शदाता: डॉ. आर. के. पुरोहित | RMC पंजी. 28419",
     [("HOSPITAL", ["राजकीय महात्मा गांधी अस्पताल"]), ("LOCATION", ["जोधपुर"]), ("DATE", ["१४/१०/२०२५"]),
      ("MRN", ["MGH/DERM/25/41827"]), ("NAME", ["भंवरलाल", "मेघवाल"]), ("NAME", ["हीरालाल"]),
      ("LOCATION", ["डांगियावास"]), ("LOCATION", ["लूणी"]), ("POSTCODE", ["३४२८०२"]), ("PHONE", ["९८२९५ ५४१८७"]),
      ("ID", ["6284 1739 2054"]), ("LOCATION", ["जय भवानी स्टोन क्रशर"]), ("NAME", ["कमला", "देवी"]),
      ("NAME", ["पूजा"]),
      ("NAME", ["सुनीता"]), ("DATE", ["१४ नवम्बर"]), ("NAME", ["अंकिता", "राठौड़"]),
      ("NAME", ["आर.", "के.", "पुरोहित"]),
      ("LICENCE", ["28419"])],
     ["NLEP", "10 g मोनोफिलामेंट", "BI 2+", "Ridley-Jopling BL", "WHO विकलांगता ग्रेड", "EHF स्कोर 1", "MDT-MB",
      "रिफैम्पिसिन 600 mg", "डैप्सोन 100 mg", "प्रेडनिसोलोन 40 mg", "G6PD", "SDR-PEP"]),

    # 8 - Canada, Newfoundland and Labrador (St. John's, Trinity Bay): offshore fitness-for-work assessment
    ("Avalon Occupational Health Services\n"
     "47 Kenmount Rd, Suite 210, St. John's, NL A1B 1W3 | T 709-555-0134 | F 709-555-0135 | intake@avalonohs.ca\n"
     "FITNESS FOR WORK ASSESSMENT - OFFSHORE (return to rotation after an event)\n"
     "Date: Nov 27, 2025\n"
     "Employee: Gerard Power | DOB 1979-05-12 | MCP 418 273 960 512 | Employee no. GBO-77184\n"
     "Employer: Grand Banks Offshore Services Ltd. | Position: crane operator, Hebron platform (3 weeks on / 3 off)\n"
     "Home: 6 Harbour Rd, Heart's Content; drives to the heliport in his own pickup (NL plate HBL 418).\n"
     "Event: one loss of consciousness at home Oct 19, standing at the sink after a hockey game, ~20 s; prodrome of "
     "heat and nausea; no incontinence, no tongue biting, back to himself at once. Seen at Carbonear General "
     "Hospital ED that night.\n"
     "Workup (reports reviewed, consent on file): ECG normal, QTc 418 ms; 48-h Holter - sinus rhythm, no pauses "
     "> 2 s; echo normal, LVEF 60%; tilt table at the Health Sciences Centre Nov 12 - positive, VASIS 2B "
     "(cardioinhibitory). Cardiologist: Dr. Anjali Raghunathan.\n"
     "Today: BP 128/78, HR 64, no orthostatic drop, BMI 29.4, Snellen 6/6 R and L, Ishihara 17/17, neuro exam "
     "normal. Off work since Oct 19.\n"
     "Standard applied: CAPP Medical Assessment of Fitness to Work Offshore; HUET/BST certificate valid to 2027.\n"
     "Outcome (to employer - no diagnosis disclosed): FIT for offshore duty WITH RESTRICTIONS - no crane operation "
     "or other safety-critical task and no work at height until Jan 19, 2026, then review here. Taught "
     "counter-manoeuvres; fluids and salt.\n"
     "Discussed with Chantal (OHN) and with his wife Roseanne, who came in with him.\n"
     "Dr. Siobhan Kavanagh, MD, CCFP, Occupational Medicine | CPSNL 06418",
     [("HOSPITAL", ["Avalon Occupational Health Services"]), ("ADDRESS", ["47 Kenmount Rd", "Suite 210"]),
      ("LOCATION", ["St. John's"]), ("POSTCODE", ["A1B 1W3"]), ("PHONE", ["709-555-0134"]), ("PHONE", ["709-555-0135"]),
      ("EMAIL", ["intake@avalonohs.ca"]), ("DATE", ["Nov 27, 2025"]), ("NAME", ["Gerard", "Power"]),
      ("DATE", ["1979-05-12"]), ("ID", ["418 273 960 512"]), ("ID", ["GBO-77184"]),
      ("LOCATION", ["Grand Banks Offshore Services"]), ("LOCATION", ["Hebron"]), ("ADDRESS", ["6 Harbour Rd"]),
      ("LOCATION", ["Heart's Content"]), ("PLATE", ["HBL 418"]), ("DATE", ["Oct 19"]),
      ("HOSPITAL", ["Carbonear General Hospital"]), ("HOSPITAL", ["Health Sciences Centre"]), ("DATE", ["Nov 12"]),
      ("NAME", ["Anjali", "Raghunathan"]), ("DATE", ["Jan 19, 2026"]), ("NAME", ["Chantal"]), ("NAME", ["Roseanne"]),
      ("NAME", ["Siobhan", "Kavanagh"]), ("LICENCE", ["06418"])],
     ["QTc 418 ms", "48-h Holter", "LVEF 60%", "tilt table", "VASIS 2B", "BMI 29.4", "Snellen 6/6", "Ishihara 17/17",
      "CAPP", "HUET/BST", "counter-manoeuvres", "CCFP"]),

    # 9 - Ukraine, Lviv (and Stryi): multidisciplinary rehabilitation team report, transtibial prosthesis (Ukrainian)
    ("КНП «Перше територіальне медичне об'єднання м. Львова» — відділення реабілітації\n"
     "вул. Миколайчука, 9, м. Львів, 79059 | тел. (032) 255-41-82 | reab.1tmo@lviv-med.ua\n"
     "ВИСНОВОК МУЛЬТИДИСЦИПЛІНАРНОЇ РЕАБІЛІТАЦІЙНОЇ КОМАНДИ (протезування)\n"
     "Дата: 03.12.2025\n"
     "Пацієнт: Коваленко Андрій Миколайович, 31 рік, д.н. 17.03.1994, РНОКПП 3440901535, медична карта № 25-04187\n"
     "Адреса: м. Стрий, вул. Шевченка, 48, кв. 7 | тел. +380 67 555 41 82\n"
     "Військовослужбовець, в/ч А4182. Мінно-вибухова травма 08.08.2025 — первинна ампутація у Запоріжжі, "
     "реампутація у Львові 21.08.2025.\n"
     "Діагноз: набута відсутність лівої гомілки на рівні верхньої третини (МКХ-10 Z89.5); кукса сформована, рубець "
     "без ознак запалення. Фантомний біль, ВАШ 6/10. ПТСР (PCL-5 41).\n"
     "Оцінка: K-рівень K3; AMPPRO 38/47; тест 6-хвилинної ходьби 310 м; шкала балансу Berg 49/56.\n"
     "Протез: гомільний, гільза TSB з вакуумною системою, лайнер Össur Iceross Seal-In, стопа Össur Pro-Flex XC "
     "(с/н PFX2504187).\n"
     "Лікування: габапентин 300 мг 3 р/д, дзеркальна терапія щодня, фізична терапія 5 р/тиждень, психотерапія "
     "(ТФ-КПТ).\n"
     "Родина: дружина Оксана та син Тарас (6 р.) мешкають у Стрию, приїздять щосуботи.\n"
     "Команда: лікар ФРМ Мельник О. В.; фізичний терапевт Ірина Гнатишин; протезист Богдан Кравець («Бодя»); "
     "психолог Соломія Дячук.\n"
     "Наступний огляд команди: 17 грудня.",
     [("HOSPITAL", ["Перше територіальне медичне об'єднання"]), ("LOCATION", ["Львова"]),
      ("ADDRESS", ["Миколайчука, 9"]), ("LOCATION", ["Львів"]), ("POSTCODE", ["79059"]), ("PHONE", ["(032) 255-41-82"]),
      ("EMAIL", ["reab.1tmo@lviv-med.ua"]), ("DATE", ["03.12.2025"]), ("NAME", ["Коваленко", "Андрій", "Миколайович"]),
      ("DATE", ["17.03.1994"]), ("ID", ["3440901535"]), ("MRN", ["25-04187"]), ("LOCATION", ["Стрий"]),
      ("ADDRESS", ["Шевченка, 48", "кв. 7"]), ("PHONE", ["+380 67 555 41 82"]), ("ID", ["А4182"]),
      ("DATE", ["08.08.2025"]), ("LOCATION", ["Запоріжжі"]), ("LOCATION", ["Львові"]), ("DATE", ["21.08.2025"]),
      ("SERIAL", ["PFX2504187"]), ("NAME", ["Оксана"]), ("NAME", ["Тарас"]), ("LOCATION", ["Стрию"]),
      ("NAME", ["Мельник", "О.", "В."]), ("NAME", ["Ірина", "Гнатишин"]), ("NAME", ["Богдан", "Кравець", "Бодя"]),
      ("NAME", ["Соломія", "Дячук"]), ("DATE", ["17 грудня"])],
     ["МКХ-10 Z89.5", "ВАШ 6/10", "ПТСР", "PCL-5 41", "K3", "AMPPRO 38/47", "Berg 49/56", "TSB",
      "Össur Iceross Seal-In", "Össur Pro-Flex XC", "габапентин 300 мг", "дзеркальна терапія", "ТФ-КПТ"]),

    # 10 - Australia, Tasmania (Launceston, Tamar Valley): Mental Health Act assessment order examination
    ("Tasmanian Health Service - North | Launceston General Hospital, Emergency Department\n"
     "Charles St, Launceston TAS 7250\n"
     "MENTAL HEALTH ACT 2013 (Tas) - ASSESSMENT ORDER: EXAMINATION BY A MEDICAL PRACTITIONER\n"
     "Examined: Fri 13 Feb 2026, 22:35, ED mental health assessment room\n"
     "Person: Ms Jessamy (\"Jess\") Radford-Chung | DOB 21/07/1998 | URN L0418273 | Medicare 4182 73955 1\n"
     "Address: 3/27 Invermay Rd, Invermay. Works the cellar door at Windermere Ridge Wines, Rosevears.\n"
     "How she came: Tasmania Police (Const. Tamsin Hobbs, #4418) after reports of a car at 160 km/h on the West "
     "Tamar Hwy; taken into protective custody. Her car (white Corolla, rego H42KT) left at Legana.\n"
     "Background: bipolar affective disorder type I (dx 2019, one previous admission, under the Mental Health Act "
     "2013 then too). Stopped lithium ~6 weeks ago (\"I'm better than well\"). 3 nights without sleep, ~$4,000 spent "
     "online.\n"
     "MSE: pressured speech, flight of ideas, grandiose (\"chosen to heal the Tamar\"), irritable, disinhibited; no "
     "hallucinations; denies SI/HI; no insight. YMRS 31.\n"
     "Physical: HR 104, BP 138/86, T 36.8; urine drug screen negative; lithium level 0.1 mmol/L; eGFR >90; TSH and "
     "calcium normal; beta-hCG negative.\n"
     "Assessment criteria: all met - mental illness (mania); without treatment, serious risk to her own health and "
     "safety and to others (driving); no decision-making capacity about treatment; cannot be treated adequately on a "
     "voluntary basis.\n"
     "Outcome: Assessment Order made 22:50; admit to the adult inpatient unit. Olanzapine 10 mg PO accepted at 23:05. "
     "Mental Health Tribunal and the Chief Civil Psychiatrist notified as the Act requires.\n"
     "Mother, Corinne Radford (0491 570 156), told with Jess's agreement; she is driving up from Deloraine.\n"
     "Dr Aaron Kowalczyk, Psychiatry Registrar | AHPRA MED0001841927",
     [("HOSPITAL", ["Launceston General Hospital"]), ("ADDRESS", ["Charles St"]), ("LOCATION", ["Launceston"]),
      ("POSTCODE", ["7250"]), ("DATE", ["13 Feb 2026"]), ("NAME", ["Jessamy", "Jess", "Radford-Chung"]),
      ("DATE", ["21/07/1998"]), ("MRN", ["L0418273"]), ("ID", ["4182 73955 1"]), ("ADDRESS", ["3/27 Invermay Rd"]),
      ("LOCATION", ["Invermay"]), ("LOCATION", ["Windermere Ridge Wines"]), ("LOCATION", ["Rosevears"]),
      ("NAME", ["Tamsin", "Hobbs"]), ("ID", ["4418"]), ("LOCATION", ["West Tamar Hwy"]), ("PLATE", ["H42KT"]),
      ("LOCATION", ["Legana"]), ("LOCATION", ["Tamar"]), ("NAME", ["Corinne", "Radford"]),
      ("PHONE", ["0491 570 156"]), ("LOCATION", ["Deloraine"]), ("NAME", ["Aaron", "Kowalczyk"]),
      ("LICENCE", ["MED0001841927"])],
     ["Mental Health Act 2013", "Assessment Order", "bipolar affective disorder type I", "lithium", "MSE",
      "flight of ideas", "SI/HI", "YMRS 31", "lithium level 0.1 mmol/L", "eGFR >90", "TSH", "beta-hCG negative",
      "Olanzapine 10 mg PO", "Mental Health Tribunal"]),

    # 11 - Iran, Razavi Khorasan (Mashhad): thalassaemia clinic monthly visit record (Persian, Solar Hijri dates)
    ("دانشگاه علوم پزشکی مشهد — بیمارستان دکتر شیخ، درمانگاه تالاسمی\n"
     "تلفن درمانگاه: ۰۵۱-۳۷۲۷ ۴۱۸۲\n"
     "پرونده بیمار تالاسمی — ویزیت ماهانه\n"
     "تاریخ: ۱۴۰۴/۰۸/۱۲   شماره پرونده: ۴۱۸۲۷۳\n"
     "نام بیمار: سپیده رضایی‌نژاد   نام پدر: غلامرضا   سن: ۱۷ سال   تاریخ تولد: ۱۳۸۷/۰۴/۲۱\n"
     "کد ملی: ۰۹۲۴۱۸۷۳۶۰\n"
     "نشانی: مشهد، بلوار وکیل‌آباد، وکیل‌آباد ۲۴، پلاک ۱۸   تلفن همراه مادر: ۰۹۱۵ ۵۵۵ ۴۱۸۲\n"
     "مدرسه: دبیرستان دخترانه فرزانگان، پایه یازدهم\n"
     "تشخیص: بتا تالاسمی ماژور (IVS-II-1 هموزیگوت)، گروه خون B+، وابسته به تزریق خون از ۸ ماهگی.\n"
     "تزریق امروز: Hb قبل از تزریق ۸٫۲ g/dL؛ ۲ واحد گلبول قرمز متراکم کم‌لکوسیت؛ بدون واکنش.\n"
     "آزمایش‌ها: فریتین ۲۴۵۰ ng/mL؛ ALT ۶۸؛ ویتامین D ۱۸ ng/mL؛ قند ناشتا ۱۰۴\n"
     "MRI T2*: قلب ۱۴ ms، کبد LIC ۹ mg/g\n"
     "آهن‌زدایی: دفراسیروکس (Osveral) 28 mg/kg روزانه + دفروکسامین (Desferal) 40 mg/kg زیرجلدی با پمپ، ۵ شب در هفته.\n"
     "غدد: تأخیر بلوغ، Tanner 3 — ارجاع به درمانگاه غدد.\n"
     "مادر، خانم زهرا حسینی، همراه بیمار بود؛ پدر در شرکت واحد اتوبوسرانی مشهد راننده است.\n"
     "ویزیت بعدی: ۹ آذر\n"
     "پزشک: دکتر مهدی فرهادی، فوق‌تخصص خون و سرطان کودکان — ن.پ. ۸۴۱۲۷\n"
     "پرستار: م. کریمی",
     [("HOSPITAL", ["دانشگاه علوم پزشکی مشهد"]), ("HOSPITAL", ["بیمارستان دکتر شیخ"]), ("LOCATION", ["مشهد"]),
      ("PHONE", ["۰۵۱-۳۷۲۷ ۴۱۸۲"]), ("DATE", ["۱۴۰۴/۰۸/۱۲"]), ("MRN", ["۴۱۸۲۷۳"]), ("NAME", ["سپیده", "رضایی‌نژاد"]),
      ("NAME", ["غلامرضا"]), ("DATE", ["۱۳۸۷/۰۴/۲۱"]), ("ID", ["۰۹۲۴۱۸۷۳۶۰"]),
      ("ADDRESS", ["بلوار وکیل‌آباد", "وکیل‌آباد ۲۴", "پلاک ۱۸"]), ("PHONE", ["۰۹۱۵ ۵۵۵ ۴۱۸۲"]),
      ("LOCATION", ["دبیرستان دخترانه فرزانگان"]), ("NAME", ["زهرا", "حسینی"]),
      ("LOCATION", ["شرکت واحد اتوبوسرانی مشهد"]), ("DATE", ["۹ آذر"]), ("NAME", ["مهدی", "فرهادی"]),
      ("LICENCE", ["۸۴۱۲۷"]), ("NAME", ["م.", "کریمی"])],
     ["بتا تالاسمی ماژور", "IVS-II-1", "B+", "Hb قبل از تزریق", "فریتین", "MRI T2*", "LIC", "Osveral", "Desferal",
      "28 mg/kg", "40 mg/kg", "Tanner 3"]),
] + MORE_NOTES
