"""Forty-seventh HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation (only the ``Note`` type, the eighteenth set for the format and the first docstrings of sets 19 to 46, to
choose settings not used before), and never ran the de-identifier or the evaluation on these notes. Measure it; do not
change a rule because of what it shows.

24 notes (881 planted identifier parts in 752 (kind, parts) entries; 444 clinical strings, all distinct), each a
different kind of clinical document, from countries, regions and towns that sets 19 to 46 did not use or used least.
The even-numbered notes (0, 2, ..., 22) are in English, in US (Michigan, Alabama), English, Australian, Canadian, New
Zealand, Scottish, Welsh, Turks and Caicos, Swazi, Niuean and Barbadian usage; each odd-numbered note is in another
language and script: Japanese (1), Korean (3), simplified Chinese (5), Arabic (7, Eastern Arabic digits and a Hijri date
beside the Gregorian one), Hebrew (9, with a Hebrew calendar date), Thai (11, Buddhist Era date in Thai digits), Hindi
in Devanagari (13, Devanagari digits in dates and a phone number), and five that the earlier sets used least or never as
a note's language: Kannada (15, Kannada digits in the date), Malayalam (17, a Kollam Era date), Punjabi in Gurmukhi (19,
the date also in Gurmukhi digits), Urdu (21, Urdu digits and a Hijri date) and Kazakh in Cyrillic (23, Kazakh month
names).

This file holds notes 0-11 (457 identifier parts in 389 entries, 228 clinical strings):
0, USA, Michigan, Upper Peninsula (Marquette, Ishpeming, Champion, Republic): a lumbar puncture procedure note for
suspected Powassan encephalitis in a logger, with a CSN, an insurance member ID, a pickup's plate, a pager and an NPI;
1, Japan, Iwate (Tōno, Kamaishi): a discharge planning conference record for a woman aged 94 with heart failure, with
Reiwa and Showa era dates, a kana reading beside the name, a late-stage elderly insurer number, 地割 addresses, care
facilities named with everyday words and New Year;
2, England, Dorset (Bridport, Symondsbury, Chideock, West Bay): a ReSPECT emergency care and treatment plan for a man
aged 91, with an NHS number, a house name, a key-safe code, an LPA registration reference, GMC and NMC numbers and
Christmas;
3, South Korea, South Chungcheong (Taean County, Anmyeon Island): a screening mammography and breast ultrasound report,
with a resident registration number, a health insurance card number, a restaurant as workplace, an e-mail address and a
PACS IP address;
4, Australia, Western Australia, Pilbara (South Hedland, Marble Bar, Karratha): a pulmonary function test report for a
crusher operator exposed to silica, with Medicare and IHI numbers, a health surveillance reference, a spirometer serial
number, an AHPRA number and a workstation IP address;
5, China, Fujian (Fuzhou; Pingtan): a bone marrow cytology report of acute promyelocytic leukaemia, with a resident ID,
a medical insurance card number, specimen and staff numbers, a fishing cooperative, a WeChat ID and a report URL;
6, Canada, Saskatchewan (Prince Albert, Stanley Mission, La Ronge): an antimicrobial stewardship audit-and-feedback
note, with a Saskatchewan HSN, a status registration number, a lodge as workplace, a clinic named after a person, an
extension and a licence;
7, Oman, Dhofar (Salalah, Taqah, Mirbat): a rigid bronchoscopy operation report for an inhaled peanut in a toddler,
with nasab names, a civil number, an ambulance plate, a Sultan's-name hospital and a Hijri date;
8, New Zealand, Waikato and the Coromandel (Hamilton, Hahei, Whitianga) with a German visitor: an emergency department
cardiac arrest resuscitation record, with an NHI, a passport number, a helicopter registration, a mechanical CPR device
serial number, MCNZ and NCNZ numbers and places that are everyday words;
9, Israel, Jerusalem district (Beit Shemesh, Mevaseret Zion, Kiryat Malachi): an electroconvulsive therapy session
record, with a Teudat Zehut number, a health fund member number, a school named after a person, Sukkot and names that
are everyday words;
10, USA, Alabama, Black Belt (Selma, Boykin and Gee's Bend, Uniontown, Marion): a nerve conduction study and EMG report
of a catfish plant worker, with a Medicaid ID, a workers' compensation claim, a fax number, a report URL, an EMG station
IP address and an NPI;
11, Thailand, Trang (Na Yong): an emergency department record of paraquat poisoning in a rubber tapper, with a Thai
national ID, HN and AN, a rescue vehicle plate, a temple and the Sat Duan Sip festival.

Notes 12-23 are in :mod:`deid_notes_heldout47_more`, only to keep each file a readable length (see its docstring).
Where a real identifier has a check digit (US NPI, NHS number, Scottish CHI, Australian Medicare and IHI, NZ NHI, Korean
resident registration number, Chinese resident ID, Israeli ID, Thai ID, Aadhaar, Kazakh IIN, Japanese insurer number)
the planted one passes it; the others keep a valid format (Saskatchewan HSN, Pakistani CNIC, Eswatini PIN and Barbados
NRN with the birth date, ABHA, US passport, NZ passport). Four patients are aged 90 or over (notes 1, 2, 17 and 22), and
for them the age and every date element, bare years, months and holidays included, are planted; where a younger
patient's note has a bare year (notes 3, 4, 5, 14, 15, 20 and 23), it is left in the text and not planted. No name,
place or facility is planted in more than one note. Entries per kind in the whole set: NAME 161, LOCATION 149, DATE
131, HOSPITAL 59, ID 55, PHONE 48, ADDRESS 34, LICENCE 28, POSTCODE 23, MRN 23, EMAIL 14, PLATE 8, AGE 7, SERIAL 4, IP
3, HANDLE 2, URL 2, CODE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout47.deid_notes_heldout47_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Michigan, Upper Peninsula (Marquette County): lumbar puncture procedure note, suspected Powassan
    # encephalitis
    ("UP Health System – Marquette | Emergency Department\n"
     "850 W Baraga Ave, Marquette, MI 49855\n"
     "PROCEDURE NOTE – LUMBAR PUNCTURE | 08/14/2025 22:35 | ED Bay 9\n"
     "Patient: Everett Kangas-Niemi | 58 M | DOB 03/09/1967 | MRN 2207418935 | CSN 118402267 | BCBSM ID XYH806214337\n"
     "Transferred from: Bell Hospital, Ishpeming (arrived 21:05)\n"
     "Indication: fever to 39.2 °C, headache, new confusion and L arm weakness for 3 days; last known well Aug 11. "
     "Logger for Tahquamenon Timber & Pulp; pulled an engorged tick off his neck on August 4 while cutting pulpwood "
     "off County Road 581 near Champion; his pickup (MI plate DKR 4471) is still at the landing. Home: 1427 Cedar "
     "Swamp Road, Ishpeming, MI 49849.\n"
     "Exam: GCS 13 (E3V4M6), T 39.0 °C, HR 104, BP 142/86. Mild neck stiffness; Kernig and Brudzinski signs negative; "
     "L pronator drift.\n"
     "Consent: patient lacks capacity. Risks (post-dural puncture headache, bleeding, infection, herniation, nerve "
     "injury) discussed by phone with his wife and patient advocate, Riitta Kangas ((906) 555-0147), who gave verbal "
     "consent, witnessed by RN Delphine Aho.\n"
     "Pre-procedure: CT head 21:50 - no mass effect or midline shift; plt 188 K/µL, INR 1.0; no anticoagulants. "
     "Time-out 22:31.\n"
     "Procedure: lateral decubitus, L3-L4 interspace, chlorhexidine prep, lidocaine 1% 3 mL local, 20G Quincke spinal "
     "needle, first pass. Opening pressure 24 cm H2O. Clear, colorless CSF, 4 tubes, 12 mL total. Closing pressure 15 "
     "cm H2O. No complications.\n"
     "CSF (tube 4): WBC 148 /µL (lymphocytes 72%), RBC 3 /µL, protein 96 mg/dL, glucose 52 mg/dL (serum 104 mg/dL). "
     "Gram stain: no organisms. BioFire ME panel negative. Sent to the MDHHS Bureau of Laboratories, Lansing: "
     "arboviral panel including Powassan virus IgM; HSV-1/2 PCR.\n"
     "Empiric: acyclovir 10 mg/kg IV q8h; vancomycin and ceftriaxone 2 g IV q12h pending cultures; doxycycline 100 mg "
     "PO BID for possible anaplasmosis.\n"
     "Admit Neuro ICU under Dr. Colette Marchbanks (neurology, pager 906-555-0163). His brother Eino drove over from "
     "Republic; daughter Brynn, a nursing student at Northern Michigan University, is on her way from Houghton.\n"
     "Performed by: Annika Vuorela-Tapp, MD (PGY-3 EM). Attending: Rudolph Bissonette, MD, present for the entire "
     "procedure | NPI 1648293755",
     [("HOSPITAL", ["UP Health System"]), ("LOCATION", ["Marquette"]), ("ADDRESS", ["850 W Baraga Ave"]),
      ("POSTCODE", ["49855"]), ("DATE", ["08/14/2025"]), ("NAME", ["Everett", "Kangas-Niemi"]),
      ("DATE", ["03/09/1967"]), ("MRN", ["2207418935"]), ("MRN", ["118402267"]), ("ID", ["XYH806214337"]),
      ("HOSPITAL", ["Bell Hospital"]), ("LOCATION", ["Ishpeming"]), ("DATE", ["Aug 11"]),
      ("LOCATION", ["Tahquamenon Timber & Pulp"]), ("DATE", ["August 4"]), ("ADDRESS", ["County Road 581"]),
      ("LOCATION", ["Champion"]), ("PLATE", ["DKR 4471"]), ("ADDRESS", ["1427 Cedar Swamp Road"]),
      ("POSTCODE", ["49849"]), ("NAME", ["Riitta", "Kangas"]), ("PHONE", ["(906) 555-0147"]),
      ("NAME", ["Delphine", "Aho"]), ("LOCATION", ["Lansing"]), ("NAME", ["Colette", "Marchbanks"]),
      ("PHONE", ["906-555-0163"]), ("NAME", ["Eino"]), ("LOCATION", ["Republic"]), ("NAME", ["Brynn"]),
      ("LOCATION", ["Northern Michigan University"]), ("LOCATION", ["Houghton"]), ("NAME", ["Annika", "Vuorela-Tapp"]),
      ("NAME", ["Rudolph", "Bissonette"]), ("ID", ["1648293755"])],
     ["GCS 13 (E3V4M6)", "Kernig and Brudzinski signs negative", "pronator drift", "post-dural puncture headache",
      "plt 188 K/µL", "lateral decubitus", "L3-L4 interspace", "lidocaine 1% 3 mL", "20G Quincke spinal needle",
      "Opening pressure 24 cm H2O", "WBC 148 /µL", "protein 96 mg/dL", "glucose 52 mg/dL", "BioFire ME panel",
      "Powassan virus IgM", "acyclovir 10 mg/kg IV q8h", "ceftriaxone 2 g IV q12h", "doxycycline 100 mg PO BID",
      "anaplasmosis"]),

    # 1 - Japan, Iwate (Tōno, Kamaishi): discharge planning conference record for a woman aged 94 (Japanese)
    ("岩手県立遠野病院　地域医療連携室\n"
     "〒028-0541 岩手県遠野市松崎町白岩 19地割 4番地　TEL 0198-62-5518\n"
     "退院前カンファレンス記録\n"
     "開催日時：令和7年11月20日（木）14:00～14:45　場所：3階東病棟 面談室\n"
     "患者：菊池 トメ 様（きくち とめ）　女性　94歳　昭和6年4月8日生\n"
     "患者ID：0048213　後期高齢者医療 保険者番号 39030168　被保険者番号 00418275\n"
     "住所：遠野市土淵町山口 8地割 27番地（長男夫婦と同居、南部曲り家）\n"
     "要介護度：要介護2（認定有効期間 令和7年4月1日～令和9年3月31日）\n"
     "入院日：令和7年11月2日（救急搬送）　退院予定日：令和7年11月25日\n"
     "診断：慢性心不全急性増悪（HFpEF、LVEF 58%）、持続性心房細動、慢性腎臓病 G3b\n"
     "経過：入院時 BNP 845 pg/mL、体重 46.2 kg。フロセミド静注とトルバプタン（サムスカ）7.5 mgで利尿を図り、"
     "現在 BNP 212 pg/mL、体重 41.8 kg、NYHA II。eGFR 38 mL/min/1.73m²。エドキサバン（リクシアナ）15 mgは継続。\n"
     "ADL・認知：Barthel Index 55点（病前 75点）、HDS-R 19/30点、MNA-SF 7点（低栄養のおそれあり）。\n"
     "出席者：主治医 佐々木 隆之（循環器内科）、病棟看護師 及川 美穂、MSW 阿部 真琴、理学療法士 照井 航、"
     "居宅介護支援事業所たんぽぽ ケアマネジャー 多田 さゆり、訪問看護ステーションふくろう 看護師 昆 ひとみ、"
     "長男 菊池 正一、長男の妻 ハルエ\n"
     "本人の意向：「家で死にたい。お正月は曲り家で迎えたい」。昭和48年に夫と死別。"
     "若い頃は宮守の実家で養蚕をしていた。\n"
     "決定事項：① 訪問看護 週2回（体重・浮腫・服薬の確認）② デイサービスセンターすずらん 週2回 ③ 毎朝体重を測り、"
     "2日で2 kg以上増えたら訪問看護へ連絡 ④ 塩分 6 g/日 ⑤ 退院後初回外来は12月9日（循環器外来）。\n"
     "長男は釜石市の水産加工会社に勤務、連絡先 090-5551-4172。\n"
     "記録：MSW 阿部 真琴",
     [("HOSPITAL", ["岩手県立遠野病院"]), ("POSTCODE", ["028-0541"]), ("LOCATION", ["遠野市"]),
      ("ADDRESS", ["松崎町白岩 19地割 4番地"]), ("PHONE", ["0198-62-5518"]), ("DATE", ["令和7年11月20日"]),
      ("NAME", ["菊池", "トメ"]), ("NAME", ["きくち とめ"]), ("AGE", ["94歳"]), ("DATE", ["昭和6年4月8日"]),
      ("MRN", ["0048213"]), ("ID", ["39030168"]), ("ID", ["00418275"]), ("LOCATION", ["土淵町"]),
      ("LOCATION", ["山口"]), ("ADDRESS", ["8地割 27番地"]), ("DATE", ["令和7年4月1日"]), ("DATE", ["令和9年3月31日"]),
      ("DATE", ["令和7年11月2日"]), ("DATE", ["令和7年11月25日"]), ("NAME", ["佐々木", "隆之"]),
      ("NAME", ["及川", "美穂"]), ("NAME", ["阿部", "真琴"]), ("NAME", ["照井", "航"]), ("HOSPITAL", ["たんぽぽ"]),
      ("NAME", ["多田", "さゆり"]), ("HOSPITAL", ["ふくろう"]), ("NAME", ["昆", "ひとみ"]), ("NAME", ["菊池", "正一"]),
      ("NAME", ["ハルエ"]), ("DATE", ["お正月"]), ("DATE", ["昭和48年"]), ("LOCATION", ["宮守"]),
      ("HOSPITAL", ["すずらん"]), ("DATE", ["12月9日"]), ("LOCATION", ["釜石市"]), ("PHONE", ["090-5551-4172"])],
     ["HFpEF", "LVEF 58%", "持続性心房細動", "慢性腎臓病 G3b", "BNP 845 pg/mL", "体重 46.2 kg",
      "トルバプタン（サムスカ）7.5 mg", "BNP 212 pg/mL", "NYHA II", "eGFR 38 mL/min/1.73m²",
      "エドキサバン（リクシアナ）15 mg", "Barthel Index 55点", "HDS-R 19/30点", "MNA-SF 7点", "要介護2", "塩分 6 g/日",
      "フロセミド静注", "低栄養のおそれあり", "慢性心不全急性増悪"]),

    # 2 - England, Dorset (Bridport, Symondsbury, West Bay): ReSPECT emergency care plan for a man aged 91
    ("ReSPECT – Recommended Summary Plan for Emergency Care and Treatment (version 3)\n"
     "1. This plan belongs to: Mr Cyril Bertram Loveless | Date of birth 02/05/1934 | NHS number 485 721 9360\n"
     "Address: Wheelwright's Cottage, Duck Street, Symondsbury, Bridport DT6 6HB | key safe 2851 (front porch)\n"
     "Date completed: 10/11/2025\n"
     "2. Shared understanding of my health and current condition: 91 years old. Severe aortic stenosis (AVA 0.7 cm2, "
     "peak gradient 78 mmHg) - assessed for TAVI at the Royal Bournemouth Hospital in Sept 2025; Cyril declined. "
     "Syncope on exertion twice since August. Vascular dementia (ACE-III 71/100). CKD 4. Prostate cancer treated with "
     "radiotherapy in 1998. Clinical Frailty Scale 6. Lives alone since his wife Beryl died in 2016; his daughter "
     "lives in Chideock. Worked fifty years braiding nets at West Bay for Brit Valley Netting.\n"
     "3. What matters to me: staying at home with his dog, the Bridport Men's Shed on Tuesdays, and Christmas at home "
     "with his great-grandson. \"Don't send me to Dorchester to die.\"\n"
     "4. Clinical recommendations for emergency care and treatment: prioritise comfort and quality of life. Hospital "
     "admission only for a reversible problem (for example a fracture), ward-based care; not for ICU or NIV. "
     "Breathlessness at home: furosemide 40 mg OM; morphine sulfate oral solution 2.5 mg PRN in the just in case box. "
     "CPR attempts NOT recommended (would not succeed; he does not want it).\n"
     "5. Capacity: he has capacity for making this plan (assessed 10/11/2025).\n"
     "6. Involvement: discussed with Cyril and his daughter Mrs Rosamund Hounsell, who holds a Lasting Power of "
     "Attorney for health and welfare (registered 14/03/2019, OPG ref 7003-2184-6590).\n"
     "7. Clinician signature: Dr Theodora Quantock, GP, Bridport Medical Centre | GMC 7129843 | 10/11/2025. Shared "
     "with the Weldmar Hospicecare community team (CNS Rowena Frampton, NMC PIN 05I3872E).\n"
     "8. Emergency contacts: Rosamund Hounsell (daughter, LPA) 07700 900 736; Jory Hounsell (grandson) 01632 960 581.\n"
     "9. Review due 10/05/2026, or sooner if his condition changes. He tells everyone he will be 92 in May.",
     [("NAME", ["Cyril", "Bertram", "Loveless"]), ("DATE", ["02/05/1934"]), ("ID", ["485 721 9360"]),
      ("ADDRESS", ["Wheelwright's Cottage"]), ("ADDRESS", ["Duck Street"]), ("LOCATION", ["Symondsbury"]),
      ("LOCATION", ["Bridport"]), ("POSTCODE", ["DT6 6HB"]), ("CODE", ["2851"]), ("DATE", ["10/11/2025"]),
      ("AGE", ["91 years old"]), ("HOSPITAL", ["Royal Bournemouth Hospital"]), ("DATE", ["Sept 2025"]),
      ("DATE", ["August"]), ("DATE", ["1998"]), ("NAME", ["Beryl"]), ("DATE", ["2016"]), ("LOCATION", ["Chideock"]),
      ("LOCATION", ["West Bay"]), ("LOCATION", ["Brit Valley Netting"]), ("LOCATION", ["Bridport Men's Shed"]),
      ("DATE", ["Christmas"]), ("LOCATION", ["Dorchester"]), ("NAME", ["Rosamund", "Hounsell"]),
      ("DATE", ["14/03/2019"]), ("ID", ["7003-2184-6590"]), ("NAME", ["Theodora", "Quantock"]),
      ("HOSPITAL", ["Bridport Medical Centre"]), ("LICENCE", ["7129843"]), ("HOSPITAL", ["Weldmar Hospicecare"]),
      ("NAME", ["Rowena", "Frampton"]), ("LICENCE", ["05I3872E"]), ("PHONE", ["07700 900 736"]),
      ("NAME", ["Jory", "Hounsell"]), ("PHONE", ["01632 960 581"]), ("DATE", ["10/05/2026"]), ("AGE", ["92"]),
      ("DATE", ["May"])],
     ["ReSPECT", "Severe aortic stenosis", "AVA 0.7 cm2", "peak gradient 78 mmHg", "TAVI", "Syncope on exertion",
      "Vascular dementia", "ACE-III 71/100", "CKD 4", "Prostate cancer treated with radiotherapy",
      "Clinical Frailty Scale 6", "not for ICU or NIV", "ward-based care", "furosemide 40 mg OM",
      "morphine sulfate oral solution 2.5 mg PRN", "just in case box", "CPR attempts NOT recommended",
      "Lasting Power of Attorney"]),

    # 3 - South Korea, South Chungcheong (Taean County, Anmyeon Island): mammography and breast ultrasound report
    # (Korean)
    ("태안군보건의료원 영상의학과\n"
     "(32143) 충청남도 태안군 태안읍 백화로 418 | 전화 041-555-2718\n"
     "유방촬영술 및 유방초음파 판독 결과지\n"
     "검사일: 2025.09.03.   판독일: 2025.09.04.\n"
     "등록번호: 00582736   성명: 국말순 (여/58세)   주민등록번호: 670529-2463183\n"
     "주소: 충청남도 태안군 안면읍 승언리 1254-3   휴대전화: 010-5552-9417\n"
     "직업: 꽃지해수욕장 앞 '바다횟집' 운영\n"
     "의뢰: 안면보건지소 공중보건의 탁민혁 / 진료의뢰서 번호 2025-0418\n"
     "검진구분: 국가암검진(유방암, 2년 주기) / 건강보험증번호 44118273651\n"
     "가족력: 언니 국말자가 52세에 유방암 진단.\n"
     "[유방촬영술: 양측 CC/MLO, Tomosynthesis 포함]\n"
     "유방 실질: 불균질하게 치밀함(heterogeneously dense, ACR C).\n"
     "좌측 유방 상외측 2시 방향, 유두에서 4 cm: 1.4 cm 크기의 불규칙한 모양, 침상(spiculated) 경계의 고밀도 종괴와 "
     "동반된 미세다형성 석회화(fine pleomorphic calcifications). 쿠퍼 인대 비후 및 피부 함몰 동반.\n"
     "우측 유방: 양성 혈관 석회화.\n"
     "[유방초음파: LOGIQ E10]\n"
     "좌측 2시, 유두에서 4 cm: 1.4 × 1.1 cm 저에코 종괴, 평행하지 않은 방향(not parallel), 후방 음영. 좌측 액와 림프절 "
     "피질 비후 3.5 mm.\n"
     "유두 Paget병 의심 소견 없음.\n"
     "결론: 좌측 유방 BI-RADS category 4C (악성 의심), 우측 유방 BI-RADS 2.\n"
     "권고: 초음파 유도하 14G 중심부 바늘 생검 (2025.09.10. 예약) 및 좌측 액와 림프절 세침흡인. 결과에 따라 "
     "단국대학교병원 유방갑상선외과(천안) 진료 의뢰. 다음 정기 검진은 2027년.\n"
     "딸 예슬 (010-5553-0864) 동행. 결과지 이메일 발송: kmalsun67@naver.com / PACS 전송 10.24.18.7\n"
     "판독의: 영상의학과 전문의 편서진 (면허번호 제84213호, 전문의 제1874호)",
     [("HOSPITAL", ["태안군보건의료원"]), ("POSTCODE", ["32143"]), ("LOCATION", ["태안군"]), ("LOCATION", ["태안읍"]),
      ("ADDRESS", ["백화로 418"]), ("PHONE", ["041-555-2718"]), ("DATE", ["2025.09.03."]), ("DATE", ["2025.09.04."]),
      ("MRN", ["00582736"]), ("NAME", ["국말순"]), ("ID", ["670529-2463183"]), ("LOCATION", ["안면읍"]),
      ("ADDRESS", ["승언리 1254-3"]), ("PHONE", ["010-5552-9417"]), ("LOCATION", ["꽃지해수욕장"]),
      ("LOCATION", ["바다횟집"]), ("HOSPITAL", ["안면보건지소"]), ("NAME", ["탁민혁"]), ("ID", ["2025-0418"]),
      ("ID", ["44118273651"]), ("NAME", ["국말자"]), ("DATE", ["2025.09.10."]), ("HOSPITAL", ["단국대학교병원"]),
      ("LOCATION", ["천안"]), ("NAME", ["예슬"]), ("PHONE", ["010-5553-0864"]), ("EMAIL", ["kmalsun67@naver.com"]),
      ("IP", ["10.24.18.7"]), ("NAME", ["편서진"]), ("LICENCE", ["제84213호"]), ("LICENCE", ["제1874호"])],
     ["CC/MLO", "Tomosynthesis", "불균질하게 치밀함(heterogeneously dense, ACR C)", "침상(spiculated) 경계",
      "미세다형성 석회화(fine pleomorphic calcifications)", "쿠퍼 인대 비후", "피부 함몰", "양성 혈관 석회화",
      "LOGIQ E10", "1.4 × 1.1 cm 저에코 종괴", "평행하지 않은 방향(not parallel)", "후방 음영", "피질 비후 3.5 mm",
      "유두 Paget병", "BI-RADS category 4C", "BI-RADS 2", "14G 중심부 바늘 생검", "세침흡인",
      "국가암검진(유방암, 2년 주기)"]),

    # 4 - Australia, Western Australia, Pilbara (South Hedland, Marble Bar, Karratha): pulmonary function test report
    ("WA Country Health Service – Pilbara | Hedland Health Campus\n"
     "Respiratory Function Laboratory, Colin Matheson Drive, South Hedland WA 6722 | Ph (08) 5550 2714\n"
     "PULMONARY FUNCTION TEST REPORT | Tested 17/06/2025 09:10 | Reported 18/06/2025\n"
     "Patient: Jarrah Kelleway-Pardoe | M | DOB 22/08/1979 (45 y) | URN HHC0418276 | Medicare 4287 19353 2 (IRN 1) | "
     "IHI 8003 6081 6274 9139\n"
     "Address: 9 Galah Loop, Halls Head WA 6210 | Mobile 0491 570 156\n"
     "Referred by: Dr Henrike Ambrose, Pilbara Mine Medical Services, Karratha - statutory health surveillance, ref "
     "MSH-25-041827\n"
     "Occupation: crusher operator in the process plant at Talga Ridge Iron, south of Marble Bar; FIFO 2:1 from "
     "Rockingham since 2021. Before that a driller at Newman. Ex-smoker, 12 pack-years, quit 2019.\n"
     "Symptoms: exertional breathlessness (mMRC 1), dry cough on swing.\n"
     "Equipment: Vyntus ONE, serial VY1-20418736; 3 L syringe calibration 08:40; BTPS corrected. Scientist: Shenae "
     "Coppin (CRFS).\n"
     "Results (pre / post Ventolin 400 mcg via spacer):\n"
     "FEV1 2.41 L (64% pred, z -2.6) / 2.52 L (+110 mL, +4%)\n"
     "FVC 3.98 L (84% pred) / 4.02 L\n"
     "FEV1/FVC 0.61 (LLN 0.68)\n"
     "Body plethysmography: TLC 6.12 L (96%), RV 2.31 L (118%)\n"
     "TLCO 6.10 mmol/min/kPa (71%, z -1.9); KCO 1.05 mmol/min/kPa/L (78%)\n"
     "FeNO 18 ppb\n"
     "Interpretation (GLI-2012 spirometry and GLI-2017 TLCO reference equations; ATS/ERS 2022 interpretive strategy): "
     "moderate obstructive ventilatory defect without a significant bronchodilator response; mild gas-transfer "
     "impairment. With four years of respirable crystalline silica exposure, recommend HRCT chest and review in the "
     "occupational lung clinic at Sir Charles Gairdner Hospital, Nedlands.\n"
     "Reported by: Dr Ignatius Ferro-Whitcombe, Respiratory and Sleep Physician | AHPRA MED0002174836 | "
     "pftlab.hedland@health.wa.gov.au | exported from workstation 10.42.18.27",
     [("LOCATION", ["Pilbara"]), ("HOSPITAL", ["Hedland Health Campus"]), ("ADDRESS", ["Colin Matheson Drive"]),
      ("LOCATION", ["South Hedland"]), ("POSTCODE", ["6722"]), ("PHONE", ["(08) 5550 2714"]), ("DATE", ["17/06/2025"]),
      ("DATE", ["18/06/2025"]), ("NAME", ["Jarrah", "Kelleway-Pardoe"]), ("DATE", ["22/08/1979"]),
      ("MRN", ["HHC0418276"]), ("ID", ["4287 19353 2"]), ("ID", ["8003 6081 6274 9139"]), ("ADDRESS", ["9 Galah Loop"]),
      ("LOCATION", ["Halls Head"]), ("POSTCODE", ["6210"]), ("PHONE", ["0491 570 156"]),
      ("NAME", ["Henrike", "Ambrose"]), ("HOSPITAL", ["Pilbara Mine Medical Services"]), ("LOCATION", ["Karratha"]),
      ("ID", ["MSH-25-041827"]), ("LOCATION", ["Talga Ridge Iron"]), ("LOCATION", ["Marble Bar"]),
      ("LOCATION", ["Rockingham"]), ("LOCATION", ["Newman"]), ("SERIAL", ["VY1-20418736"]),
      ("NAME", ["Shenae", "Coppin"]), ("HOSPITAL", ["Sir Charles Gairdner Hospital"]), ("LOCATION", ["Nedlands"]),
      ("NAME", ["Ignatius", "Ferro-Whitcombe"]), ("LICENCE", ["MED0002174836"]),
      ("EMAIL", ["pftlab.hedland@health.wa.gov.au"]), ("IP", ["10.42.18.27"])],
     ["12 pack-years", "mMRC 1", "Vyntus ONE", "Ventolin 400 mcg via spacer", "FEV1 2.41 L", "FVC 3.98 L",
      "FEV1/FVC 0.61", "LLN 0.68", "TLC 6.12 L", "RV 2.31 L", "TLCO 6.10 mmol/min/kPa", "KCO 1.05", "FeNO 18 ppb",
      "GLI-2012", "GLI-2017", "ATS/ERS 2022", "moderate obstructive ventilatory defect",
      "respirable crystalline silica", "HRCT chest"]),

    # 5 - China, Fujian (Fuzhou; Pingtan): bone marrow cytology report, acute promyelocytic leukaemia (simplified)
    ("福建医科大学附属协和医院 血液科 骨髓细胞形态学室\n"
     "福州市鼓楼区新权路29号　邮编 350001　电话 0591-8755-4182\n"
     "骨髓细胞学检查报告单\n"
     "标本号：BM2025-08417　门诊号：MZ20250720-1146　采集日期：2025-07-21　报告日期：2025-07-22\n"
     "姓名：林海燕　性别：女　年龄：38岁　住院号：1274836　科别/床号：血液科 12床\n"
     "身份证号：350128198703142864　医保卡号：35012800418273\n"
     "住址：福建省平潭综合实验区潭城镇西航路28号（海坛渔业合作社职工；孩子在平潭城关小学读书）\n"
     "送检医师：郑少华　取材部位：髂后上棘（穿刺顺利，无干抽）\n"
     "临床诊断：急性早幼粒细胞白血病？牙龈出血、皮肤瘀斑5天，7月20日由平潭县医院转入。"
     "既往2019年在福州市第一医院行阑尾切除术。\n"
     "血象：WBC 14.6×10⁹/L，Hb 78 g/L，PLT 18×10⁹/L，外周血异常早幼粒细胞 64%。\n"
     "骨髓象：1. 取材、涂片、染色（Wright-Giemsa染色）良好。2. 骨髓增生明显活跃，粒红比 18.6:1。3. 粒系异常增生，"
     "以异常早幼粒细胞为主，占 78.5%，胞体大小不一，核扭曲折叠，胞浆内充满粗大紫红色颗粒，"
     "可见Auer小体及柴捆细胞（faggot cell）。4. 红系增生受抑，全片未见巨核细胞，血小板少见。\n"
     "细胞化学：POX 强阳性（100%）。流式标本号 FCM-25-4418 同步送检。\n"
     "诊断意见：符合急性早幼粒细胞白血病（AML-M3）骨髓象，请结合 PML-RARA 融合基因及染色体核型 t(15;17)(q24.1;q21.2) "
     "检查。\n"
     "危急值：2025-07-22 10:15 电话通知血液科值班医师黄俊杰（工号 H0418）。凝血：纤维蛋白原 0.86 g/L，"
     "D-二聚体 >20 mg/L FEU，PT 16.8 s，ISTH DIC评分 6分。\n"
     "科室意见：立即开始维A酸（ATRA）25 mg/m²/d 联合亚砷酸（ATO）0.16 mg/kg/d；Sanz 危险分层：高危（WBC>10×10⁹/L）。\n"
     "家属：丈夫 陈永福，电话 139-5091-4182，微信 haiyan_pt0314\n"
     "报告查询：https://lis.fjxh-report.cn/q?no=BM2025-08417　科室邮箱：xyk_bm@fjxiehe.cn\n"
     "检验者：魏丽琴　审核者：吴振东（主任医师）",
     [("HOSPITAL", ["福建医科大学附属协和医院"]), ("LOCATION", ["福州市"]), ("LOCATION", ["鼓楼区"]),
      ("ADDRESS", ["新权路29号"]), ("POSTCODE", ["350001"]), ("PHONE", ["0591-8755-4182"]), ("ID", ["BM2025-08417"]),
      ("MRN", ["MZ20250720-1146"]), ("DATE", ["2025-07-21"]), ("DATE", ["2025-07-22"]), ("NAME", ["林海燕"]),
      ("MRN", ["1274836"]), ("ID", ["350128198703142864"]), ("ID", ["35012800418273"]),
      ("LOCATION", ["平潭综合实验区"]), ("LOCATION", ["潭城镇"]), ("ADDRESS", ["西航路28号"]),
      ("LOCATION", ["海坛渔业合作社"]), ("LOCATION", ["平潭城关小学"]), ("NAME", ["郑少华"]), ("DATE", ["7月20日"]),
      ("HOSPITAL", ["平潭县医院"]), ("HOSPITAL", ["福州市第一医院"]), ("ID", ["FCM-25-4418"]), ("NAME", ["黄俊杰"]),
      ("ID", ["H0418"]), ("NAME", ["陈永福"]), ("PHONE", ["139-5091-4182"]), ("HANDLE", ["haiyan_pt0314"]),
      ("URL", ["https://lis.fjxh-report.cn/q?no=BM2025-08417"]), ("EMAIL", ["xyk_bm@fjxiehe.cn"]), ("NAME", ["魏丽琴"]),
      ("NAME", ["吴振东"])],
     ["髂后上棘", "WBC 14.6×10⁹/L", "Hb 78 g/L", "PLT 18×10⁹/L", "Wright-Giemsa染色", "骨髓增生明显活跃",
      "粒红比 18.6:1", "占 78.5%", "Auer小体", "柴捆细胞（faggot cell）", "POX 强阳性", "AML-M3", "PML-RARA",
      "t(15;17)(q24.1;q21.2)", "纤维蛋白原 0.86 g/L", "D-二聚体 >20 mg/L FEU", "ISTH DIC评分 6分",
      "维A酸（ATRA）25 mg/m²/d", "亚砷酸（ATO）0.16 mg/kg/d", "Sanz 危险分层"]),

    # 6 - Canada, Saskatchewan (Prince Albert, Stanley Mission, La Ronge): antimicrobial stewardship audit and feedback
    ("Saskatchewan Health Authority | Holy Family Hospital, Prince Albert\n"
     "1200 24th Street West, Prince Albert SK S6V 5T4\n"
     "ANTIMICROBIAL STEWARDSHIP PROGRAM – PROSPECTIVE AUDIT AND FEEDBACK | 2025-10-08 09:55 | 3 North, bed 12\n"
     "Patient: Wilfred Halkett | 57 M | DOB 1968-04-17 | HSN 837 241 695 | MRN VH-0741826 | Registration (status) no. "
     "3530418276\n"
     "From Stanley Mission (Lac La Ronge Indian Band); fishing guide at Nistowiak Falls Lodge. Woods Cree speaker - "
     "his brother-in-law, Elder Horace Ratt, interprets. Transferred from La Ronge Health Centre on 2025-10-01; R 2nd "
     "toe amputation and debridement by Dr. Oleksandr Wiebe (MRP) on 2025-10-02.\n"
     "Problem: R 2nd toe osteomyelitis (probe-to-bone test positive, confirmed on MRI) with a diabetic foot infection, "
     "IWGDF/IDSA grade 3; T2DM, HbA1c 9.8%.\n"
     "Microbiology: bone, proximal margin - MSSA and Streptococcus agalactiae (GBS); blood cultures x2 no growth at 5 "
     "days; MRSA nares PCR negative.\n"
     "Current antimicrobials (day 7): vancomycin 1.5 g IV q12h + piperacillin-tazobactam 4.5 g IV q6h.\n"
     "Monitoring: vancomycin trough 22.4 mg/L, AUC24 720 mg·h/L (InsightRx); SCr 78 → 131 µmol/L (KDIGO stage 1 AKI). "
     "ESR 94 mm/h, CRP 86 mg/L.\n"
     "Allergy: penicillin (childhood rash) - PEN-FAST 1, low risk; has tolerated piperacillin-tazobactam.\n"
     "Recommendations:\n"
     "1. Stop vancomycin (no MRSA) and piperacillin-tazobactam.\n"
     "2. Cefazolin 2 g IV q8h, then oral step-down as in OVIVA: cephalexin 1 g PO QID to complete 6 weeks from "
     "2025-10-02, i.e. to 2025-11-13.\n"
     "3. Repeat SCr in 48 h; weekly CBC, ESR and CRP.\n"
     "4. Follow-up at the Simon Roberts Memorial Clinic, La Ronge; home care nursing in Stanley Mission.\n"
     "5. ID follow-up (virtual) with Dr. Anjali Nadeau-Sinclair, Regina General Hospital.\n"
     "Discussed with Dr. Wiebe at 10:40 - accepted. Patient and his wife, Bernice Custer (306-555-0139), agree.\n"
     "Mireille Desjarlais, BSP, ACPR, ASP pharmacist | SCPP licence 6093 | ext. 5417 | "
     "mireille.desjarlais@saskhealthauthority.ca",
     [("HOSPITAL", ["Holy Family Hospital"]), ("LOCATION", ["Prince Albert"]), ("ADDRESS", ["1200 24th Street West"]),
      ("POSTCODE", ["S6V 5T4"]), ("DATE", ["2025-10-08"]), ("NAME", ["Wilfred", "Halkett"]), ("DATE", ["1968-04-17"]),
      ("ID", ["837 241 695"]), ("MRN", ["VH-0741826"]), ("ID", ["3530418276"]), ("LOCATION", ["Stanley Mission"]),
      ("LOCATION", ["Lac La Ronge Indian Band"]), ("LOCATION", ["Nistowiak Falls Lodge"]), ("NAME", ["Horace", "Ratt"]),
      ("HOSPITAL", ["La Ronge Health Centre"]), ("DATE", ["2025-10-01"]), ("NAME", ["Oleksandr", "Wiebe"]),
      ("DATE", ["2025-10-02"]), ("DATE", ["2025-11-13"]), ("HOSPITAL", ["Simon Roberts Memorial Clinic"]),
      ("LOCATION", ["La Ronge"]), ("NAME", ["Anjali", "Nadeau-Sinclair"]), ("HOSPITAL", ["Regina General Hospital"]),
      ("NAME", ["Bernice", "Custer"]), ("PHONE", ["306-555-0139"]), ("NAME", ["Mireille", "Desjarlais"]),
      ("LICENCE", ["6093"]), ("PHONE", ["5417"]), ("EMAIL", ["mireille.desjarlais@saskhealthauthority.ca"])],
     ["probe-to-bone test positive", "IWGDF/IDSA grade 3", "HbA1c 9.8%", "MSSA", "Streptococcus agalactiae (GBS)",
      "MRSA nares PCR negative", "vancomycin 1.5 g IV q12h", "piperacillin-tazobactam 4.5 g IV q6h", "trough 22.4 mg/L",
      "AUC24 720 mg·h/L", "InsightRx", "SCr 78 → 131 µmol/L", "KDIGO stage 1 AKI", "ESR 94 mm/h", "CRP 86 mg/L",
      "PEN-FAST 1", "Cefazolin 2 g IV q8h", "OVIVA", "cephalexin 1 g PO QID"]),

    # 7 - Oman, Dhofar (Salalah, Taqah, Mirbat): rigid bronchoscopy operation report for an inhaled peanut (Arabic)
    ("سلطنة عُمان – وزارة الصحة\n"
     "مستشفى السلطان قابوس – صلالة | قسم الأنف والأذن والحنجرة\n"
     "تقرير عملية: تنظير القصبات الهوائية الصلب (Rigid Bronchoscopy) واستخراج جسم غريب\n"
     "التاريخ: ١٢/١٠/٢٠٢٥م الموافق ١٩ ربيع الآخر ١٤٤٧هـ | غرفة العمليات ٣ | بدء العملية ١١:٢٠\n"
     "اسم المريض: سالم بن عامر بن سعيد المعشني | ذكر | العمر: سنتان و٣ أشهر | تاريخ الميلاد: ٠٧/٠٧/٢٠٢٣\n"
     "رقم الملف: SQH-0741826 | الرقم المدني: ٢٥٤١٨٧٣٦\n"
     "العنوان: صلالة – حي السعادة، سكة ١٤، منزل ٢١٧\n"
     "محوّل من: مجمع طاقة الصحي بتاريخ ١١/١٠/٢٠٢٥ بسيارة الإسعاف (لوحة ٢٧٤١٨ ر ع) (الطبيب المحوّل: د. عادل بن حمد "
     "الرواحي)\n"
     "القصة المرضية: شَرِق أثناء أكل الفول السوداني في بيت جدّته لأبيه موزة بنت سالم الشحري في مرباط مساء ١٠ أكتوبر، "
     "تبعه سعال وصفير. أشعة الصدر: فرط انتفاخ الرئة اليمنى مع انزياح المنصف إلى اليسار في الزفير (علامة Holzknecht). "
     "SpO2 ٩٢٪ على هواء الغرفة.\n"
     "التخدير: عام مع تنفّس تلقائي (sevoflurane)، ورذاذ ليدوكائين ٢٪ على الحنجرة. طبيب التخدير: د. راجيش مينون.\n"
     "الإجراء: منظار Storz مقاس 3.5 مع ملقط بصري (optical forceps). وُجدت قطعة فول سوداني ٦ مم في القصبة الرئيسية "
     "اليمنى مع وذمة مخاطية وإفرازات قيحية خفيفة، واستُخرجت كاملة في محاولتين. لا أجسام غريبة متبقية في بقية الشجرة "
     "القصبية.\n"
     "بعد العملية: ديكساميثازون 0.5 ملغ/كغ وريدياً، أموكسيسيلين-كلافولانيت ٤٠ ملغ/كغ/يوم لمدة ٥ أيام، علاج طبيعي "
     "للصدر، وأشعة بعد ٢٤ ساعة.\n"
     "الجرّاحة: د. أسماء بنت هلال الحارثي، استشارية أنف وأذن وحنجرة | رقم الترخيص المهني: OMC-41827 | المساعد: د. فهد "
     "الكثيري | الممرضة: جيسي توماس\n"
     "الأب: عامر بن سعيد المعشني (يعمل في ميناء صلالة) هاتف +٩٦٨ ٩٤١٢ ٨٣٧٥ | الأم: شيخة بنت علي العمري، هاتف +٩٦٨ ٩٩٠٥ "
     "١٦٤٢\n"
     "التوصيات: عدم إعطاء الأطفال دون الخامسة المكسرات والفول السوداني؛ المتابعة في عيادة الأنف والأذن والحنجرة يوم "
     "٢٦/١٠/٢٠٢٥.\n"
     "للاستفسار: ent.sqh@moh.gov.om",
     [("HOSPITAL", ["مستشفى السلطان قابوس"]), ("LOCATION", ["صلالة"]), ("DATE", ["١٢/١٠/٢٠٢٥"]),
      ("DATE", ["١٩ ربيع الآخر ١٤٤٧هـ"]), ("NAME", ["سالم", "عامر", "سعيد", "المعشني"]), ("DATE", ["٠٧/٠٧/٢٠٢٣"]),
      ("MRN", ["SQH-0741826"]), ("ID", ["٢٥٤١٨٧٣٦"]), ("LOCATION", ["حي السعادة"]), ("ADDRESS", ["سكة ١٤، منزل ٢١٧"]),
      ("HOSPITAL", ["مجمع طاقة الصحي"]), ("DATE", ["١١/١٠/٢٠٢٥"]), ("PLATE", ["٢٧٤١٨ ر ع"]),
      ("NAME", ["عادل", "حمد", "الرواحي"]), ("NAME", ["موزة", "الشحري"]), ("LOCATION", ["مرباط"]),
      ("DATE", ["١٠ أكتوبر"]), ("NAME", ["راجيش", "مينون"]), ("NAME", ["أسماء", "هلال", "الحارثي"]),
      ("LICENCE", ["OMC-41827"]), ("NAME", ["فهد", "الكثيري"]), ("NAME", ["جيسي", "توماس"]),
      ("LOCATION", ["ميناء صلالة"]), ("PHONE", ["+٩٦٨ ٩٤١٢ ٨٣٧٥"]), ("NAME", ["شيخة", "علي", "العمري"]),
      ("PHONE", ["+٩٦٨ ٩٩٠٥ ١٦٤٢"]), ("DATE", ["٢٦/١٠/٢٠٢٥"]), ("EMAIL", ["ent.sqh@moh.gov.om"])],
     ["Rigid Bronchoscopy", "فرط انتفاخ الرئة اليمنى", "انزياح المنصف", "علامة Holzknecht", "SpO2 ٩٢٪", "تنفّس تلقائي",
      "sevoflurane", "ليدوكائين ٢٪", "منظار Storz مقاس 3.5", "optical forceps", "قطعة فول سوداني ٦ مم",
      "القصبة الرئيسية اليمنى", "وذمة مخاطية", "إفرازات قيحية خفيفة", "ديكساميثازون 0.5 ملغ/كغ",
      "أموكسيسيلين-كلافولانيت ٤٠ ملغ/كغ/يوم", "علاج طبيعي للصدر"]),

    # 8 - New Zealand, Waikato and the Coromandel (Hamilton, Hahei, Whitianga): ED cardiac arrest resuscitation record
    ("Te Whatu Ora – Waikato | Waikato Hospital, Pembroke Street, Hamilton 3204\n"
     "EMERGENCY DEPARTMENT – RESUSCITATION RECORD (ADULT CARDIAC ARREST) | 03/01/2026 | Resus 2\n"
     "Patient: Florian Brenninkmeyer | 34 M | DOB 12.05.1991 | NHI MRT2768 | German passport C4F7R2K91\n"
     "Tourist from Freiburg im Breisgau, staying at Hahei Kiwi Holiday Park since 28 December. Travel insurer case ref "
     "AZT-26-041827.\n"
     "Pre-hospital: swimming off Cathedral Cove, caught in a rip 14:52; pulled out by surf lifeguard Kauri Herewini "
     "(Hot Water Beach patrol); bystander CPR 14:56; AED from the Hahei General Store, 1 shock for VF 15:01; St John "
     "crew from Whitianga 15:14, adrenaline 1 mg IO x2, i-gel size 4; ROSC 15:22. Rescue helicopter ZK-IPX left Hahei "
     "15:58.\n"
     "ED timeline:\n"
     "16:44 arrival; sinus tachycardia 118, BP 94/58, EtCO2 32 mmHg, SpO2 84% on FiO2 1.0, PEEP 10; intubated (ETT "
     "8.0).\n"
     "16:52 re-arrest, VF; CPR with LUCAS 3 (serial 3300-4182736); 200 J biphasic.\n"
     "16:54 adrenaline 1 mg IV.\n"
     "16:56 VF; 200 J; amiodarone 300 mg IV.\n"
     "16:58 ROSC (6 min).\n"
     "Hs and Ts: hypoxia (drowning), hypothermia T 34.6 °C, acidosis - ABG pH 7.02, pCO2 58 mmHg, lactate 9.8 mmol/L, "
     "K 3.4 mmol/L. 12-lead ECG: no STEMI.\n"
     "Plan: ICU (Dr Rangi Mahuta-Kerr, ICU registrar, accepted 17:05); TTM 36 °C; CT head and chest; Utstein dataset "
     "completed.\n"
     "Team: leader Dr Marama Tāwhai (MCNZ 58213); airway Dr Eamon Prendiville; CPR HCA Tui Fonoti; drugs RN Cherie "
     "Lumsden; scribe RN Huhana Tamihana-Reid.\n"
     "NOK: partner Lea Vogelsang, at the bedside - +49 1512 3456789, NZ mobile 022 555 0418.\n"
     "Record completed by Huhana Tamihana-Reid, RN | NCNZ 274183",
     [("HOSPITAL", ["Waikato Hospital"]), ("ADDRESS", ["Pembroke Street"]), ("LOCATION", ["Hamilton"]),
      ("POSTCODE", ["3204"]), ("DATE", ["03/01/2026"]), ("NAME", ["Florian", "Brenninkmeyer"]),
      ("DATE", ["12.05.1991"]), ("ID", ["MRT2768"]), ("ID", ["C4F7R2K91"]), ("LOCATION", ["Freiburg im Breisgau"]),
      ("LOCATION", ["Hahei Kiwi Holiday Park"]), ("DATE", ["28 December"]), ("ID", ["AZT-26-041827"]),
      ("LOCATION", ["Cathedral Cove"]), ("NAME", ["Kauri", "Herewini"]), ("LOCATION", ["Hot Water Beach"]),
      ("LOCATION", ["Hahei General Store"]), ("LOCATION", ["Whitianga"]), ("PLATE", ["ZK-IPX"]),
      ("LOCATION", ["Hahei"]), ("SERIAL", ["3300-4182736"]), ("NAME", ["Rangi", "Mahuta-Kerr"]),
      ("NAME", ["Marama", "Tāwhai"]), ("LICENCE", ["58213"]), ("NAME", ["Eamon", "Prendiville"]),
      ("NAME", ["Tui", "Fonoti"]), ("NAME", ["Cherie", "Lumsden"]), ("NAME", ["Huhana", "Tamihana-Reid"]),
      ("NAME", ["Lea", "Vogelsang"]), ("PHONE", ["+49 1512 3456789"]), ("PHONE", ["022 555 0418"]),
      ("LICENCE", ["274183"])],
     ["VF", "adrenaline 1 mg IO", "i-gel size 4", "ROSC", "sinus tachycardia 118", "EtCO2 32 mmHg",
      "SpO2 84% on FiO2 1.0", "PEEP 10", "ETT 8.0", "LUCAS 3", "200 J biphasic", "adrenaline 1 mg IV",
      "amiodarone 300 mg IV", "Hs and Ts", "T 34.6 °C", "pH 7.02", "pCO2 58 mmHg", "lactate 9.8 mmol/L", "no STEMI",
      "TTM 36 °C", "Utstein"]),

    # 9 - Israel, Jerusalem district (Beit Shemesh, Mevaseret Zion): electroconvulsive therapy session record (Hebrew)
    ("המרכז לבריאות הנפש איתנים – מחלקה פתוחה ב׳\n"
     "רישום טיפול בנזע חשמלי (ECT) – טיפול מס׳ 6 מתוך 12\n"
     "תאריך: 16.11.2025 (כ״ה בחשוון תשפ״ו) | שעה 08:15 | חדר טיפולים | טל׳ המחלקה 02-5554183\n"
     "שם המטופלת: רונית אבוטבול-שטרן | ת.ז. 317840528 | גיל 52 | מס׳ תיק 4418273 | מאוחדת, מס׳ חבר 41827365\n"
     "כתובת: רחוב נחל שורק 14, דירה 9, בית שמש | נייד 054-5552718 | מרפאת מאוחדת רמת בית שמש\n"
     "עבודה: מורה לחינוך מיוחד בבית הספר היסודי ״אבן גבירול״ במבשרת ציון; בחופשת מחלה מאז סוכות.\n"
     "הופנתה מהמרכז הרפואי שערי צדק, ירושלים, לאחר אשפוז במחלקה הפסיכיאטרית.\n"
     "אבחנה: הפרעת דיכאון מג׳ורית חוזרת, אפיזודה קשה עם מאפיינים פסיכוטיים; ללא תגובה ל-venlafaxine 225 mg "
     "ול-olanzapine 10 mg.\n"
     "הסכמה מדעת: נחתמה ב-26.10.2025 בנוכחות בעלה, אבי שטרן (052-5553401). אחותה, מיכל אבוטבול, מקריית מלאכי, ובנה "
     "נועם מבקרים.\n"
     "לפני הטיפול: ASA II, צום 8 שעות, תותבות הוסרו; ליתיום הופסק לפני הסדרה.\n"
     "הרדמה: propofol 1 mg/kg (70 מ״ג), succinylcholine 0.5 mg/kg (35 מ״ג), הנשמה במסכה. מרדימה: ד״ר אלכסנדרה קוגן.\n"
     "טיפול: מכשיר Thymatron System IV; אלקטרודות במיקום ביטמפורלי; מינון 60% (302 mC).\n"
     "פרכוס: EEG 48 שניות, מוטורי 31 שניות (cuff method); בלבול קל לאחר הטיפול, חלף תוך 25 דקות.\n"
     "מדדים: MADRS 38 לפני הסדרה, 21 היום; MoCA 26/30.\n"
     "הטיפול הבא: יום ד׳, 19.11.2025.\n"
     "פסיכיאטר מטפל: ד״ר גדעון פרידלנדר, מ.ר. 38514 | אח אחראי: שלום בן-חמו, רישיון 85213 | "
     "ect.eitanim@moh.health.gov.il",
     [("HOSPITAL", ["איתנים"]), ("DATE", ["16.11.2025"]), ("DATE", ["כ״ה בחשוון תשפ״ו"]), ("PHONE", ["02-5554183"]),
      ("NAME", ["רונית", "אבוטבול-שטרן"]), ("ID", ["317840528"]), ("MRN", ["4418273"]), ("ID", ["41827365"]),
      ("ADDRESS", ["רחוב נחל שורק 14, דירה 9"]), ("LOCATION", ["בית שמש"]), ("PHONE", ["054-5552718"]),
      ("LOCATION", ["רמת בית שמש"]), ("LOCATION", ["אבן גבירול"]), ("LOCATION", ["מבשרת ציון"]), ("DATE", ["סוכות"]),
      ("HOSPITAL", ["שערי צדק"]), ("LOCATION", ["ירושלים"]), ("DATE", ["26.10.2025"]), ("NAME", ["אבי", "שטרן"]),
      ("PHONE", ["052-5553401"]), ("NAME", ["מיכל", "אבוטבול"]), ("LOCATION", ["קריית מלאכי"]), ("NAME", ["נועם"]),
      ("NAME", ["אלכסנדרה", "קוגן"]), ("DATE", ["19.11.2025"]), ("NAME", ["גדעון", "פרידלנדר"]), ("LICENCE", ["38514"]),
      ("NAME", ["שלום", "בן-חמו"]), ("LICENCE", ["85213"]), ("EMAIL", ["ect.eitanim@moh.health.gov.il"])],
     ["ECT", "הפרעת דיכאון מג׳ורית חוזרת", "מאפיינים פסיכוטיים", "venlafaxine 225 mg", "olanzapine 10 mg", "ASA II",
      "ליתיום הופסק", "propofol 1 mg/kg", "succinylcholine 0.5 mg/kg", "Thymatron System IV", "ביטמפורלי",
      "60% (302 mC)", "EEG 48 שניות", "cuff method", "בלבול קל", "MADRS 38", "MoCA 26/30"]),

    # 10 - USA, Alabama, Black Belt (Selma; Boykin and Gee's Bend; Uniontown): nerve conduction study and EMG report
    ("Vaughan Regional Medical Center – Neurodiagnostic Laboratory\n"
     "1015 Medical Center Pkwy, Selma, AL 36701 | Tel (334) 555-0172 | Fax (334) 555-0102\n"
     "NERVE CONDUCTION STUDY / ELECTROMYOGRAPHY REPORT | Study date 09/23/2025\n"
     "Patient: Odessa Pettway | 48 F | DOB 11/02/1976 | MRN 00741826 | Acct 5521840937 | Alabama Medicaid ID "
     "5018273641729\n"
     "Address: 4410 County Road 29, Boykin, AL 36723 (Gee's Bend) | Phone (334) 555-0188\n"
     "Referring: Cornelius Witherspoon, CRNP, Marion Family Clinic\n"
     "Employment: trimmer on the fillet line at Canebrake Catfish Processors, Uniontown, for 9 years; workers' "
     "compensation claim WC-25-AL-041827 (adjuster Tamsin Rudd). Pianist at Pleasant Grove Missionary Baptist Church. "
     "Her daughter Dasia, a student at Tuskegee University, drove her today.\n"
     "History: numbness and tingling of the R>L thumb, index and middle fingers since July 2024, worse at night and on "
     "the cold line; dropping knives.\n"
     "Exam: Phalen's test positive bilaterally, Durkan's compression test positive R, Tinel's sign at the wrist R; "
     "mild APB atrophy R. Boston Carpal Tunnel Questionnaire symptom severity 3.4. Skin temperature 32.4 °C after "
     "warming.\n"
     "Nerve conduction:\n"
     "R median motor (APB): DL 6.8 ms, amp 4.1 mV, CV 51 m/s\n"
     "L median motor (APB): DL 5.2 ms, amp 6.8 mV, CV 53 m/s\n"
     "R median sensory (digit II): absent\n"
     "L median sensory (digit II): peak latency 4.6 ms, amp 9 µV\n"
     "R ulnar motor (ADM): DL 2.9 ms, amp 9.2 mV, CV 58 m/s\n"
     "R ulnar sensory (digit V): peak latency 2.8 ms, amp 22 µV\n"
     "L median-ulnar palmar comparison: difference 1.1 ms\n"
     "R median F-wave 30.2 ms\n"
     "Needle EMG: R APB fibrillations 1+, positive sharp waves 1+, reduced recruitment; R FDI, pronator teres, biceps, "
     "triceps and C6-C7 paraspinals normal. No Martin-Gruber anastomosis.\n"
     "Impression: severe right and moderate left median neuropathy at the wrist (carpal tunnel syndrome) by AANEM "
     "criteria; no cervical radiculopathy or polyneuropathy. Outside labs: HbA1c 6.9%, TSH 2.1 mIU/L.\n"
     "Recommendation: hand surgery referral to the Kirklin Clinic for right carpal tunnel release; night wrist "
     "splints.\n"
     "Recorded on Nicolet EDX (station IP 10.60.4.118). Report: https://portal.blackbeltneuro.org/r/7741826\n"
     "Technologist: Shonda Gaddis, R.NCS.T. | Interpreting physician: Harriet Coblentz-Mayfield, MD, Neurology | NPI "
     "1385720465 | Electronically signed 09/24/2025 08:12",
     [("HOSPITAL", ["Vaughan Regional Medical Center"]), ("ADDRESS", ["1015 Medical Center Pkwy"]),
      ("LOCATION", ["Selma"]), ("POSTCODE", ["36701"]), ("PHONE", ["(334) 555-0172"]), ("PHONE", ["(334) 555-0102"]),
      ("DATE", ["09/23/2025"]), ("NAME", ["Odessa", "Pettway"]), ("DATE", ["11/02/1976"]), ("MRN", ["00741826"]),
      ("MRN", ["5521840937"]), ("ID", ["5018273641729"]), ("ADDRESS", ["4410 County Road 29"]),
      ("LOCATION", ["Boykin"]), ("POSTCODE", ["36723"]), ("LOCATION", ["Gee's Bend"]), ("PHONE", ["(334) 555-0188"]),
      ("NAME", ["Cornelius", "Witherspoon"]), ("HOSPITAL", ["Marion Family Clinic"]),
      ("LOCATION", ["Canebrake Catfish Processors"]), ("LOCATION", ["Uniontown"]), ("ID", ["WC-25-AL-041827"]),
      ("NAME", ["Tamsin", "Rudd"]), ("LOCATION", ["Pleasant Grove Missionary Baptist Church"]), ("NAME", ["Dasia"]),
      ("LOCATION", ["Tuskegee University"]), ("DATE", ["July 2024"]), ("HOSPITAL", ["Kirklin Clinic"]),
      ("IP", ["10.60.4.118"]), ("URL", ["https://portal.blackbeltneuro.org/r/7741826"]), ("NAME", ["Shonda", "Gaddis"]),
      ("NAME", ["Harriet", "Coblentz-Mayfield"]), ("ID", ["1385720465"]), ("DATE", ["09/24/2025"])],
     ["Phalen's test positive", "Durkan's compression test", "Tinel's sign at the wrist", "APB atrophy",
      "Boston Carpal Tunnel Questionnaire", "symptom severity 3.4", "Skin temperature 32.4 °C", "DL 6.8 ms",
      "CV 51 m/s", "peak latency 4.6 ms", "amp 9.2 mV", "difference 1.1 ms", "F-wave 30.2 ms", "fibrillations 1+",
      "positive sharp waves 1+", "Martin-Gruber anastomosis", "carpal tunnel syndrome", "AANEM", "HbA1c 6.9%",
      "TSH 2.1 mIU/L", "Nicolet EDX"]),

    # 11 - Thailand, Trang (Na Yong district): emergency department record of paraquat poisoning (Thai)
    ("โรงพยาบาลตรัง กลุ่มงานอุบัติเหตุและฉุกเฉิน\n"
     "๖๙ ถนนโคกขัน ตำบลทับเที่ยง อำเภอเมืองตรัง จังหวัดตรัง ๙๒๐๐๐\n"
     "แบบบันทึกการรักษาผู้ป่วยอุบัติเหตุและฉุกเฉิน (ER Record)\n"
     "วันที่ ๒๒ กันยายน ๒๕๖๘ เวลา ๒๑.๔๐ น.   HN 68-041827   AN 68-012734   ระดับความเร่งด่วน ESI 2\n"
     "ชื่อ-สกุล นายสมหวัง ทองขาว   อายุ 41 ปี   เลขประจำตัวประชาชน 3-9208-00147-26-6\n"
     "ที่อยู่ 57/2 หมู่ 6 ตำบลนาโยงเหนือ อำเภอนาโยง จังหวัดตรัง 92170   โทร 081-555-4172\n"
     "อาชีพ รับจ้างกรีดยางในสวนของนายเคล้า ศรีสุข; ลูกสาวเรียนที่โรงเรียนวิเชียรมาตุ\n"
     "ผู้นำส่ง ภรรยา (นางพิมพ์ใจ ทองขาว) และหน่วยกู้ภัยมูลนิธิกุศลธรรมตรัง รถทะเบียน กต 4182 ตรัง; "
     "ส่งต่อจากโรงพยาบาลนาโยง\n"
     "CC: ดื่มยาฆ่าหญ้าพาราควอต (Gramoxone) ประมาณ 50 มล. 2 ชั่วโมงก่อนมา หลังทะเลาะกับภรรยา อาเจียน 2 ครั้ง\n"
     "PI: เพิ่งกลับจากงานบุญวันสารทเดือนสิบที่วัดกะพังสุรินทร์เมื่อวาน ดื่มสุราร่วมด้วย\n"
     "PE: GCS E4V5M6, BP 132/84 mmHg, PR 104 ครั้ง/นาที, RR 20, SpO2 97% room air; เยื่อบุช่องปากแดง ยังไม่มีแผล\n"
     "Lab: urine dithionite test สีน้ำเงินเข้ม (strongly positive); Cr 1.4 mg/dL; K 3.2 mmol/L; "
     "ส่งระดับพาราควอตในพลาสมาไปโรงพยาบาลสงขลานครินทร์ เพื่อเทียบ Proudfoot nomogram\n"
     "Dx: Paraquat poisoning (intentional)\n"
     "Tx: Fuller's earth 1 g/kg ทางสายยาง (หากไม่มีให้ activated charcoal 1 g/kg); cyclophosphamide 15 mg/kg IV + "
     "methylprednisolone 1 g IV; dexamethasone 5 mg IV ทุก 6 ชม.; งดให้ออกซิเจนยกเว้น SpO2 < 90%; NSS 2,000 mL/วัน; "
     "ปรึกษาศูนย์พิษวิทยาทางโทรศัพท์\n"
     "ประเมินสุขภาพจิต: 9Q = 19, 8Q = 17 ปรึกษาจิตแพทย์ พญ. วรางคณา ทิพย์มณี\n"
     "Admit ICU อายุรกรรม เตียง 4\n"
     "แพทย์ผู้ตรวจ นพ. ธนกร วงศ์ทะเล ว.41852   พยาบาล พว. อรอุมา แก้วประดับ\n"
     "ญาติ: พี่ชาย นายสมศักดิ์ ทองขาว โทร 089-555-0263",
     [("HOSPITAL", ["โรงพยาบาลตรัง"]), ("ADDRESS", ["๖๙ ถนนโคกขัน"]), ("LOCATION", ["ทับเที่ยง"]),
      ("LOCATION", ["เมืองตรัง"]), ("POSTCODE", ["๙๒๐๐๐"]), ("DATE", ["๒๒ กันยายน ๒๕๖๘"]), ("MRN", ["68-041827"]),
      ("MRN", ["68-012734"]), ("NAME", ["สมหวัง", "ทองขาว"]), ("ID", ["3-9208-00147-26-6"]),
      ("ADDRESS", ["57/2 หมู่ 6"]), ("LOCATION", ["นาโยงเหนือ"]), ("LOCATION", ["นาโยง"]), ("POSTCODE", ["92170"]),
      ("PHONE", ["081-555-4172"]), ("NAME", ["เคล้า", "ศรีสุข"]), ("LOCATION", ["โรงเรียนวิเชียรมาตุ"]),
      ("NAME", ["พิมพ์ใจ"]), ("LOCATION", ["มูลนิธิกุศลธรรมตรัง"]), ("PLATE", ["กต 4182 ตรัง"]),
      ("HOSPITAL", ["โรงพยาบาลนาโยง"]), ("DATE", ["วันสารทเดือนสิบ"]), ("LOCATION", ["วัดกะพังสุรินทร์"]),
      ("HOSPITAL", ["โรงพยาบาลสงขลานครินทร์"]), ("NAME", ["วรางคณา", "ทิพย์มณี"]), ("NAME", ["ธนกร", "วงศ์ทะเล"]),
      ("LICENCE", ["ว.41852"]), ("NAME", ["อรอุมา", "แก้วประดับ"]), ("NAME", ["สมศักดิ์"]),
      ("PHONE", ["089-555-0263"])],
     ["ESI 2", "พาราควอต", "Gramoxone", "GCS E4V5M6", "BP 132/84 mmHg", "urine dithionite test", "Cr 1.4 mg/dL",
      "K 3.2 mmol/L", "Proudfoot nomogram", "Paraquat poisoning", "Fuller's earth 1 g/kg", "activated charcoal 1 g/kg",
      "cyclophosphamide 15 mg/kg IV", "methylprednisolone 1 g IV", "dexamethasone 5 mg IV ทุก 6 ชม.", "SpO2 < 90%",
      "NSS 2,000 mL/วัน", "9Q = 19", "8Q = 17"]),
] + MORE_NOTES
