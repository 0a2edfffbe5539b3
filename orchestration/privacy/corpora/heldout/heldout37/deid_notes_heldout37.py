"""Thirty-seventh HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
nor any other held-out set but the layout of the eighteenth, and never ran the de-identifier or the evaluation on these
notes. Measure it; do not change a rule because of what it shows.

40 notes (1239 planted identifier parts in 1060 (kind, parts) entries; 528 clinical strings, 526 of them distinct),
written the way clinicians write them, each a different kind of document: a GP referral letter to old age psychiatry, an
emergency department triage card, a medical discharge summary, a responsible medical officer's report to a mental health
review tribunal, a tuberculosis household contact investigation form, a nursing summary for transfer to a care home, an
operative report, a dengue case investigation form with a larval survey, a community midwife's antenatal home visit
record, a pneumoconiosis medical board certificate, a judicial medical officer's medico-legal examination form, a
pre-anaesthesia assessment, an aeromedical evacuation request and clinical handover, an upper GI endoscopy report, an
HIV treatment clinic card with a visit table, a medical certificate for an insurer after a road traffic injury, a
haemovigilance report of a transfusion reaction, an ambulance call card, an attending physician's statement for a life
insurance application, a maternal death review form, an ASHA home-based newborn care visit card, a residential aged care
resident care plan, a lumbar spine MRI report, a medical report for an employment injury benefit claim, a ward nursing
shift handover sheet for four patients, an immediate notifiable disease report of hantavirus cardiopulmonary syndrome, a
certificate issuer's mental capacity assessment for a Lasting Power of Attorney, a laboratory report with a table of
results, a community health aide encounter with a telemedicine consult, a death certificate with a cremation
attestation, a care home outbreak log with a legend of staff initials, a Hansen's disease treatment card with supervised
doses, an urgent optometrist referral, a POLST form, a haemodialysis run sheet with hourly observations and nurse
initials, a high-altitude rescue aid post record of a foreign trekker, a polysomnography report, a coronary angiography
and PCI report, a Lassa fever ward medication administration record with staff initials, and a veterans' compensation
and pension hearing examination (DBQ). From Scotland (Shetland), Cyprus (Limassol district), Hong Kong (Eastern
District), the Isle of Man, Ghana (Sagnarigu, Northern Region), Japan (Hokkaido: Asahikawa and Higashikagura), Canada
(Newfoundland and Labrador: Trinity Bay; Yukon: Whitehorse and Carmacks), Thailand (Nan), Belize (Toledo), Zambia
(Copperbelt), Sri Lanka (Jaffna), Israel (Negev), the Falkland Islands (with a transfer to Uruguay), Vietnam (Hue),
Botswana (Maun), South Korea (Jeju), Gibraltar, Russia (Arkhangelsk region), Bermuda, Uganda (Acholi: Gulu and Omoro),
India (Rajasthan: Chittorgarh), Norfolk Island, Iran (Yazd and Meybod), Tobago, Greece (Chios), Chile (Aysen:
Coyhaique), Singapore, mainland China (Yunnan: Binchuan), the US (Alaska: Yukon-Kuskokwim Delta; Maine: Aroostook; New
Mexico: McKinley County), Belgium (Liege province: Theux and Spa), Malta (Gozo), Guyana (South Rupununi), Northern
Ireland (Fermanagh), Mauritius (Grand Port), Nepal (Manang, with an Estonian trekker), Pakistan (Rawalpindi, with a
patient from Hunza) and Sierra Leone (Kenema).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 1 (Cyprus) and 24 (Chios) are in Greek script,
with Greek names, patronymics, AMKA and Cypriot ID numbers, phone numbers, facilities, Greek month names and the
Epiphany feast; note 2 (Hong Kong) is in traditional and note 27 (Yunnan) in simplified Chinese, the latter with a
Chinese lunar date and the Torch Festival; note 5 is in Japanese (Reiwa, Heisei and Showa era dates, Obon and New Year);
note 7 in Thai (Buddhist Era dates, Khao Phansa); note 11 in Hebrew (a Hebrew calendar date and Purim); note 13 in
Vietnamese (Tet and a lunar date); note 15 in Korean (Chuseok); note 17 in Russian (Cyrillic; Orthodox Christmas); note
20 in Hindi (Devanagari; Diwali, Bhai Dooj and a Vikram Samvat date); note 22 in Persian (Arabic script, Persian digits
and Solar Hijri dates, Ashura); note 25 in Spanish (Fiestas Patrias); note 29 in French (Easter and All Saints' Day);
all other notes (26) are in English (Latin script), some with local words and with dates in day-first, month-first, ISO
and Nepali calendar forms.

Identifiers sit where clinicians put them: letterheads, labels and form fields, after relation words and titles (wife,
husband, son, daughter, brother, mother, nephew, partner, mother-in-law, brother-in-law, sister-in-law, TBA, Mama, Doña,
Hajia, Fr, Mdm, Toshao, d/o, s/o, του, 長男, 兒子, 表姐, 아들, पत्नी श्री, בעלה, آقای, Chồng, жена), bare in prose, in table
rows and log lines, in legends of staff initials (two-letter initials planted as names), in sign-offs and cc lines;
addresses with and without house numbers (a Shetland house name, a Ghana digital address, a Botswana and a Zambian plot,
a Thai village house and moo number, a Hong Kong estate flat, a Japanese chome address, a Korean lot number, a
Vietnamese kiet alley, a Persian alley and plate, a Hindi ward-and-lane address, a Tobago LP number, a Singapore HDB
block and unit, a Chinese village group number, a Russian village house, a Maltese triq, PO boxes in Yukon and New
Mexico, roads without numbers); employers and other organisations (a winery, a joinery, a rice mill, a copper mine and
its shaft, a stone crusher, a woodworking shop, a refinery town, a safari lodge, a reinsurance firm and an insurer, a
fishing cooperative, a fish company, a sugar estate, a resort, a ranch, a terme weaving workshop, a grape cooperative, a
trucking firm, a guest house, a tribal utility, a trekking company and its lodge, a Marine battalion and camp), markets,
schools and a university, a mosque, churches and a chapel, a Hosseiniyeh, a Buddhist temple, a Gaelic football club, a
police station and a court, care homes, GP practices, health posts and clinics, named wards and a named wing, landmarks
(a monument, a mountain, a lough, a highway, an airport, an oil terminal, a junction), hospitals and streets named after
people (Gilbert Bain, Noble's, G.B. Cross, 尤德夫人那打素, Letsholathebe II, 김만덕, Н. А. Лукина, Khoo Teck Puat, Jawaharlal
Nehru, Raymond G. Murphy, Cary, King Edward VII, St Bernard's, St. Mary's Lacor, John Mackintosh, Kermode, Dar Santa
Tereża, בניין רוטשילד, Phạm Ngọc Diệp, امیرچخماق, Gabriela Mistral, Jorge Ibar, Phan Đình Phùng, Lê Lợi, کوچه شهید
رحیمی, Reine Astrid, Van Buren Road), and names and places that are everyday words (Clever, Precious, Goodwill, Mercy,
Innocent, Love, Pop, Sho, Domingo, Sidney, Dallas, Lorraine; Come By Chance, Backside Road, Heart's Delight-Islington,
Burnt Pine, Emily Bay, Satellite Town, Canaan, Spa, אופק). Also e-mail addresses, four URLs (an electronic record, a
PACS study, a sleep-therapy portal and a laboratory QR link), three IPv4 addresses, social media handles (TikTok,
Facebook, Instagram, LINE, WeChat), road vehicle plates (cars, a van, a pickup, a tricycle, motorcycles, ambulances, a
taxi, a truck) and three aircraft registrations, professional licences (GMC, CPSNL, HPCZ, SLMC, Israeli medical licence,
Korean medical licence, Hong Kong MCHK, Vietnamese CCHN, NMCB, Belize midwife, MBTT, Cyprus, Bermuda Medical Council,
Singapore MCR, Alaska CHA/P certification, Iranian medical council, INAMI, Malta NMC, Guyana, GOC, Maine, Nursing
Council of Mauritius, Nepal NMC, RPSGT, Yukon, PMDC, SLMDC, New Mexico audiology, AHPRA, UMDPC, Ghana N&MC), device
serial numbers (a camera head, a fetal Doppler, an endoscope, two blood donation numbers, a telemedicine cart, a
pacemaker, a dialysis machine, a CPAP machine, a stent lot), four key-safe and door codes, national, insurance and
health numbers, case, claim, incident, certificate, film, folio, job and record numbers, fax and extension numbers, and
dates in many formats (day-first, month-first, ISO, dotted, year-less, month and year, dates in words in several
languages, and holidays and feast days: Up Helly Aa, Tynwald Day, Liberation Day, Garifuna Settlement Day, Sir Seretse
Khama Day, National Day, Cup Match, Good Friday, Eid al-Fitr, Eid-ul-Adha, Thai Pongal, Emancipation Day, the Twelfth,
Discovery Day, Veterans Day, Bounty Day, Thanksgiving, Christmas, Christmas Eve, Slaviq, Santa Marija, Père Laval's
feast, Dashain, Chinese New Year and the others above). Where a real identifier has a check digit (Scottish CHI, NHS and
Northern Ireland H&C numbers, Hong Kong ID, Thai ID, Israeli ID, Korean resident registration number, Russian SNILS,
Aadhaar, Australian Medicare, Iranian national code, Chilean RUN, Singapore NRIC and FIN, Chinese resident ID, Belgian
national number, Greek AMKA, US NPI) the planted one passes it; the other numbers keep a valid format (Pakistani CNIC
with an odd last digit for a man, Botswana Omang, Zambian NRC, Ghana Card, Sri Lankan 12-digit NIC, Vietnamese CCCD and
health insurance card, Maltese ID, Mauritian NIC, Medicare MBI, Newfoundland MCP and Yukon health numbers, Trinidad and
Tobago ID). No name, place or facility is planted in more than one note, and none is reused from the eighteenth set.
Five patients are aged 90 or over (notes 0, 5, 21, 29 and 33), and for them the age and every date element, bare years,
months, a decade and holidays included, are planted; younger patients' notes have no bare years other than those inside
statute, guideline and scale names, which are clinical. The strings that must survive include eponyms and eponymous
signs, tests, scores and classifications (Kernig, Kehr, Colles, Smith, Battle, Lasègue, Leopold, Calot, Hartmann,
Kocher, Mirizzi, Csendes, Garden, Kimura-Takemoto, Forrest, Pfirrmann, Modic, Schmorl, Tarlov, Graves, Mallampati,
Killip, Osborn (in Russian), Spurling, Trendelenburg, Brescia-Cimino, Ridley-Jopling, Semmes-Weinstein, Van Herick,
Goldmann, Snellen, Cheyne-Stokes, Friedman, Epworth, Stenger, Weber, Allen, Medina, Kaplan, Bristol, Parkinson,
Alzheimer, Lewy, Fazekas, Barthel, Norton, Braden, Waterlow, Morse, Abbey, Bruce, Duke, Parkland, Vancouver, Lake
Louise, Gamow, B-Lynch, Kaposi), brand names of drugs and devices, organisms, lab values with units, scores with values,
ratios and fractions that look like dates (blood pressures, gestation 32/40, Snellen 6/60, scale scores out of a total,
a tablet strength 20/120 mg, an ILO profusion 2/1, a PaO2/FiO2 ratio, a reference range 3.5-9.5, a Medina code 1,1,0), a
year inside statutes and guidelines (Adults with Incapacity (Scotland) Act 2000, Mental Health Act 1998, Tokyo
Guidelines 2018, ILO 2011 classification, Workers' Compensation Act 1999, ISBT 2018 TACO criteria, Blood Safety and
Quality Regulations 2005, MPDSR Guidelines 2017, Maastricht VI/Florence 2022, National Insurance Act 1971, Decreto
Supremo N° 7 de 2019, Mental Capacity Act 2008, Wilderness Medical Society 2024 guidelines) and everyday clinical
phrases in each note's language. Entries per kind: NAME 232, DATE 187, LOCATION 177, PHONE 85, HOSPITAL 78, ID 63,
ADDRESS 49, MRN 48, LICENCE 36, POSTCODE 26, PLATE 23, EMAIL 18, SERIAL 10, AGE 7, DOB90 5, HANDLE 5, CODE 4, URL 4, IP
3. The last 20 notes (619 identifier parts in 521 entries, 261 clinical strings) are in
:mod:`deid_notes_heldout37_more`, only to keep each file a readable length; this file holds 620 identifier parts in 539
entries and 267 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout37.deid_notes_heldout37_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Shetland (Delting): GP referral letter to old age psychiatry, patient aged 92
    ("Voehead Health Centre\n"
     "Brae ZE2 9QG | Tel 01806 522 300 | shet.voeheadhc@nhs.scot\n"
     "\n"
     "10th February 2026\n"
     "\n"
     "Dr Torquil Sandison\n"
     "Consultant in Old Age Psychiatry\n"
     "Gilbert Bain Hospital, Lerwick\n"
     "\n"
     "Dear Dr Sandison,\n"
     "\n"
     "Re: Mrs Williamina (Minnie) Halcrow, aged 92, DOB 14/03/1933, CHI 1403334161\n"
     "Nort Hoose, Mossbank\n"
     "\n"
     "Thank you for seeing this lady with a 14-month history of short-term memory loss, now with sundowning and two "
     "episodes of getting lost. After the Up Helly Aa in January 2026 she walked away from the hall and was found by "
     "the coastguard on the hill road at 2am. She has lived alone since her husband Magnus died in 1998; she cooked in "
     "the canteen at Sullom Voe from 1979 until she retired. Her daughter Elspeth Jamieson (01806 522 417) calls in "
     "daily and holds Power of Attorney (welfare and continuing). Grandson Ronan in Aberdeen (+44 7700 900 623) visits "
     "monthly. Carers use the key safe at the back door, code 2468.\n"
     "\n"
     "At review: ACE-III 61/100 (memory 9/26, fluency 4/14), clock drawing test poor. BP 156/84 sitting, no postural "
     "drop. 4AT 2 on the day I saw her. No visual hallucinations and no parkinsonism, so I doubt Lewy body disease.\n"
     "Bloods: B12 182 ng/L (low - IM hydroxocobalamin loading started), folate normal, TSH 2.1 mU/L, eGFR 48 "
     "mL/min/1.73m2, calcium normal.\n"
     "CT head (last month): generalised atrophy, Fazekas grade 2 white matter change.\n"
     "\n"
     "Impression: probable mixed Alzheimer's and vascular dementia. I have not started Aricept until you have seen "
     "her. She has capacity for simple decisions only; a section 47 certificate under the Adults with Incapacity "
     "(Scotland) Act 2000 is in place for her injections.\n"
     "\n"
     "She tells me she will be 93 on her birthday in March and wants to be at home for it.\n"
     "\n"
     "Yours sincerely,\n"
     "\n"
     "Dr Fenella Odie, GP | GMC 6183057\n"
     "cc: Elspeth Jamieson (daughter)",
     [("HOSPITAL", ["Voehead Health Centre"]), ("LOCATION", ["Brae"]), ("POSTCODE", ["ZE2 9QG"]),
      ("PHONE", ["01806 522 300"]), ("EMAIL", ["shet.voeheadhc@nhs.scot"]), ("DATE", ["10th February 2026"]),
      ("NAME", ["Torquil", "Sandison"]), ("HOSPITAL", ["Gilbert Bain Hospital"]), ("LOCATION", ["Lerwick"]),
      ("NAME", ["Williamina", "Halcrow"]), ("NAME", ["Minnie"]), ("AGE", ["aged 92"]),
      ("DOB90", ["1933", "14/03/1933"]), ("ID", ["1403334161"]), ("ADDRESS", ["Nort Hoose"]),
      ("LOCATION", ["Mossbank"]), ("DATE", ["Up Helly Aa"]), ("DATE", ["January 2026"]), ("NAME", ["Magnus"]),
      ("DATE", ["1998"]), ("LOCATION", ["Sullom Voe"]), ("DATE", ["1979"]), ("NAME", ["Elspeth", "Jamieson"]),
      ("PHONE", ["01806 522 417"]), ("NAME", ["Ronan"]), ("LOCATION", ["Aberdeen"]), ("PHONE", ["+44 7700 900 623"]),
      ("CODE", ["2468"]), ("AGE", ["93"]), ("DATE", ["March"]),
      ("NAME", ["Fenella", "Odie"]), ("LICENCE", ["6183057"])],
     ["sundowning", "Power of Attorney", "ACE-III 61/100", "clock drawing test", "BP 156/84", "4AT 2",
      "Lewy body disease", "B12 182 ng/L", "TSH 2.1 mU/L", "Fazekas grade 2", "Alzheimer's and vascular dementia",
      "Aricept", "Adults with Incapacity (Scotland) Act 2000"]),

    # 1 - Cyprus, Limassol district: emergency department triage card, fall during the grape harvest (Greek)
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ – Τμήμα Ατυχημάτων και Επειγόντων Περιστατικών (ΤΑΕΠ)\n"
     "Οδός Νικαίας 5, 4131 Κάτω Πολεμίδια | τηλ. 25 801100 | φαξ 25 305778\n"
     "ΚΑΡΤΑ ΔΙΑΛΟΓΗΣ (TRIAGE) – Manchester Triage System\n"
     "Άφιξη: 27/09/2025, 14:52 | Αρ. Επεισοδίου: ΤΑΕΠ-25-118406\n"
     "Ασθενής: Ξενοφών Χατζηλοΐζου του Παντελή, 58 ετών, γεν. 03/06/1967\n"
     "Αρ. Ταυτότητας: 0718264 | Αρ. Δικαιούχου ΓεΣΥ: 5102847739\n"
     "Διεύθυνση: Αγίου Μάμαντος 12, 4761 Πάχνα\n"
     "Προσέλευση: με ιδιωτικό αυτοκίνητο (NKR 426), τον έφερε ο συνεργάτης του Ευαγόρας Μιχαηλίδης (κιν. 99 483216).\n"
     "Ιστορικό: πτώση από σκάλα ~3 μ. κατά τον τρύγο στο Οινοποιείο Αμπελίδες, στον Όμοδο, στις 13:40. Πόνος στον "
     "αριστερό καρπό με παραμόρφωση «σε πιρούνι» και πόνος στο αριστερό ημιθωράκιο· αναφέρει πόνο και στον αριστερό ώμο "
     "(σημείο Kehr;).\n"
     "Ζωτικά: ΑΠ 98/62 mmHg, σφύξεις 118/λεπτό, ΑΣ 24/λεπτό, SpO2 94% σε ατμοσφαιρικό αέρα, Θ 36,8 °C, GCS 15/15, "
     "σάκχαρο 142 mg/dL. Πόνος 8/10.\n"
     "Διαλογή: ΠΟΡΤΟΚΑΛΙ (πολύ επείγον) – διάγραμμα «Μείζον τραύμα», διακριτικό «σημαντικός μηχανισμός κάκωσης».\n"
     "Ενέργειες: 2 φλεβικές γραμμές, Ringer's Lactate 500 ml, Paracetamol 1 g ΕΦ, ακινητοποίηση καρπού, eFAST στο "
     "κρεβάτι. Πιθανό κάταγμα Colles αριστερά· να αποκλειστεί ρήξη σπληνός.\n"
     "Λαμβάνει Xarelto 20 mg για κολπική μαρμαρυγή – ενημερώθηκε ο εφημερεύων χειρουργός.\n"
     "Σύζυγος: Ανδρούλλα, τηλ. 25 942118 – ειδοποιήθηκε, έρχεται από τη Λεμεσό.\n"
     "Ιατρός ΤΑΕΠ: Δρ Στέλιος Κουννάς (Αρ. Εγγραφής ΙΣΚ 4127)\n"
     "Νοσηλευτής διαλογής: Μ. Παπαγεωργίου",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ"]), ("ADDRESS", ["Οδός Νικαίας 5"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Κάτω Πολεμίδια"]), ("PHONE", ["25 801100"]), ("PHONE", ["25 305778"]), ("DATE", ["27/09/2025"]),
      ("MRN", ["ΤΑΕΠ-25-118406"]), ("NAME", ["Ξενοφών", "Χατζηλοΐζου"]), ("NAME", ["Παντελή"]),
      ("DATE", ["03/06/1967"]), ("ID", ["0718264"]), ("ID", ["5102847739"]), ("ADDRESS", ["Αγίου Μάμαντος 12"]),
      ("POSTCODE", ["4761"]), ("LOCATION", ["Πάχνα"]), ("PLATE", ["NKR 426"]), ("NAME", ["Ευαγόρας", "Μιχαηλίδης"]),
      ("PHONE", ["99 483216"]), ("LOCATION", ["Οινοποιείο Αμπελίδες"]), ("LOCATION", ["Όμοδο"]),
      ("NAME", ["Ανδρούλλα"]), ("PHONE", ["25 942118"]), ("LOCATION", ["Λεμεσό"]), ("NAME", ["Στέλιος", "Κουννάς"]),
      ("LICENCE", ["4127"]), ("NAME", ["Παπαγεωργίου"])],
     ["Manchester Triage System", "ΑΠ 98/62 mmHg", "σφύξεις 118/λεπτό", "SpO2 94%", "GCS 15/15",
      "σάκχαρο 142 mg/dL", "Πόνος 8/10", "σημείο Kehr", "Ringer's Lactate", "Paracetamol 1 g", "eFAST",
      "κάταγμα Colles", "Xarelto 20 mg", "κολπική μαρμαρυγή"]),

    # 2 - Hong Kong, Eastern District: medical discharge summary, Streptococcus suis meningitis (traditional Chinese)
    ("醫院管理局　港島東醫院聯網\n"
     "東區尤德夫人那打素醫院　內科及老人科\n"
     "香港柴灣樂民道3號　電話：2595 6418　傳真：2515 3241　電郵：med-ds@pyneh-sample.org.hk\n"
     "出院摘要\n"
     "病人姓名：鄺美娟（KWONG, Mei-kuen）　性別：女　年齡：67歲\n"
     "身份證號碼：K634152(7)　病人編號：HN23081746\n"
     "入院日期：2025年11月18日　出院日期：2025年12月3日　病房：A9\n"
     "主診醫生：黎志恒醫生（香港醫務委員會註冊編號 M12847）\n"
     "住址：筲箕灣愛東邨雅東樓15樓1507室\n"
     "聯絡人：兒子 蕭家俊　手提電話：9638 2174\n"
     "職業：筲箕灣街市豬肉檔助手\n"
     "入院情況：發燒、頭痛、嘔吐兩天，兒子發現神志不清，由救護車（AM 7218）送院。入院時GCS 11/15，頸部僵硬，"
     "Kernig's sign 陽性。右手有切傷（工作時被豬骨割傷）。家庭醫生何國樑醫生（太古城）日前曾處方口服抗生素。\n"
     "檢查：腰椎穿刺：腦脊液白血球 1,850/μL（中性粒細胞 92%），蛋白 2.8 g/L，糖 0.9 mmol/L。"
     "血培養及腦脊液培養：豬鏈球菌（Streptococcus suis）血清型2。\n"
     "診斷：豬鏈球菌腦膜炎併敗血症\n"
     "治療：Ceftriaxone 2 g IV q12h 共14天；首4天 Dexamethasone 10 mg q6h。第5天起神志清醒，GCS 15/15。\n"
     "併發症：雙耳感音神經性聽力損失（右耳較重），耳鼻喉科已安排聽力圖。\n"
     "已按《預防及控制疾病條例》（第599章）向衞生防護中心呈報。\n"
     "出院安排：回家由兒子照顧；已預約12月17日耳鼻喉科及1月6日內科覆診。提醒處理生肉時戴手套，傷口要即時清洗包紮。\n"
     "電子病歷：https://cms.pyneh-sample.org.hk/case/HN23081746",
     [("LOCATION", ["港島東"]), ("HOSPITAL", ["東區尤德夫人那打素醫院"]), ("LOCATION", ["柴灣"]),
      ("ADDRESS", ["樂民道3號"]), ("PHONE", ["2595 6418"]), ("PHONE", ["2515 3241"]),
      ("EMAIL", ["med-ds@pyneh-sample.org.hk"]), ("NAME", ["鄺美娟"]), ("NAME", ["KWONG", "Mei-kuen"]),
      ("ID", ["K634152(7)"]), ("MRN", ["HN23081746"]), ("DATE", ["2025年11月18日"]), ("DATE", ["2025年12月3日"]),
      ("NAME", ["黎志恒"]), ("LICENCE", ["M12847"]), ("LOCATION", ["筲箕灣"]), ("ADDRESS", ["愛東邨雅東樓15樓1507室"]),
      ("NAME", ["蕭家俊"]), ("PHONE", ["9638 2174"]), ("LOCATION", ["筲箕灣街市"]), ("PLATE", ["AM 7218"]),
      ("NAME", ["何國樑"]), ("LOCATION", ["太古城"]), ("DATE", ["12月17日"]), ("DATE", ["1月6日"]),
      ("URL", ["https://cms.pyneh-sample.org.hk/case/HN23081746"])],
     ["GCS 11/15", "Kernig's sign 陽性", "腦脊液白血球 1,850/μL", "蛋白 2.8 g/L", "糖 0.9 mmol/L",
      "豬鏈球菌（Streptococcus suis）血清型2", "敗血症", "Ceftriaxone 2 g IV q12h", "Dexamethasone 10 mg q6h",
      "GCS 15/15", "感音神經性聽力損失", "聽力圖", "《預防及控制疾病條例》（第599章）"]),

    # 3 - Isle of Man: responsible medical officer's report to the Mental Health Review Tribunal
    ("REPORT OF THE RESPONSIBLE MEDICAL OFFICER TO THE MENTAL HEALTH REVIEW TRIBUNAL\n"
     "Manx Care - Mental Health Services, Grianagh Court, Noble's Hospital, Strang, Braddan IM4 4RJ\n"
     "Patient: Mr Juan Skillicorn-Crellin | DOB 09/10/1991 | NHS No. 471 283 6059 | Hosp No. NH-0417726\n"
     "Status: section 3, Mental Health Act 1998, from 28 July 2025 | Ward: Kermode Ward\n"
     "Hearing: 16 October 2025 | Report prepared by Dr Morwenna Cashen, Consultant Psychiatrist, GMC 7129406\n"
     "\n"
     "1. Circumstances of admission. His mother noticed he had stopped sleeping soon after Tynwald Day. On 27/07/2025 "
     "police stopped his van (BMN 417) on Glencrutchery Road at 3 am; he said he had been chosen to ride the TT course "
     "\"for the island\". He had been posting long videos on TikTok as @manxjuan_official. He was taken to the place of "
     "safety and detained the next day.\n"
     "2. Background. Bipolar affective disorder, two previous admissions. Lives alone at Flat 3, 22 Atholl Street, Peel "
     "IM5 1HE; works as a joiner at Foxdale Joinery. His mother, Mrs Aalin Skillicorn (01624 842 519), lives in Kirk "
     "Michael and is his nearest relative.\n"
     "3. Progress. On admission: pressure of speech, flight of ideas, grandiosity, no insight; YMRS 31. Restarted on "
     "Priadel 800 mg nocte (lithium level 0.7 mmol/L on 3 occasions) and olanzapine 10 mg. TSH 3.4 mU/L, eGFR 94 "
     "mL/min. YMRS now 6. Insight partial: accepts he was unwell, not yet that he needs lithium long term.\n"
     "4. Risk. HCR-20 reviewed: risk is from driving and spending when manic, not violence. No self-harm.\n"
     "5. Opinion. He still meets the criteria for detention for treatment for about 4 more weeks, during which I "
     "plan section 17 leave to his mother's home and handover to his CPN, Ms Breesha Faragher (Community Mental Health "
     "Service, Castletown), and his GP, Dr Hamish Teare.\n"
     "\n"
     "Dr M. Cashen, 10/10/2025",
     [("HOSPITAL", ["Grianagh Court"]), ("HOSPITAL", ["Noble's Hospital"]), ("LOCATION", ["Strang"]),
      ("LOCATION", ["Braddan"]), ("POSTCODE", ["IM4 4RJ"]), ("NAME", ["Juan", "Skillicorn-Crellin"]),
      ("DATE", ["09/10/1991"]), ("ID", ["471 283 6059"]), ("MRN", ["NH-0417726"]), ("DATE", ["28 July 2025"]),
      ("HOSPITAL", ["Kermode Ward"]), ("DATE", ["16 October 2025"]), ("NAME", ["Morwenna", "Cashen"]),
      ("LICENCE", ["7129406"]), ("DATE", ["Tynwald Day"]), ("DATE", ["27/07/2025"]), ("PLATE", ["BMN 417"]),
      ("ADDRESS", ["Glencrutchery Road"]), ("HANDLE", ["@manxjuan_official"]),
      ("ADDRESS", ["Flat 3, 22 Atholl Street"]), ("LOCATION", ["Peel"]), ("POSTCODE", ["IM5 1HE"]),
      ("LOCATION", ["Foxdale Joinery"]), ("NAME", ["Aalin", "Skillicorn"]), ("PHONE", ["01624 842 519"]),
      ("LOCATION", ["Kirk Michael"]), ("NAME", ["Breesha", "Faragher"]), ("LOCATION", ["Castletown"]),
      ("NAME", ["Hamish", "Teare"]), ("DATE", ["10/10/2025"])],
     ["Mental Health Act 1998", "Bipolar affective disorder", "pressure of speech", "flight of ideas", "YMRS 31",
      "Priadel 800 mg nocte", "lithium level 0.7 mmol/L", "olanzapine 10 mg", "TSH 3.4 mU/L", "eGFR 94",
      "HCR-20", "section 17 leave", "Insight partial"]),

    # 4 - Ghana, Northern Region (Sagnarigu): tuberculosis household contact investigation form
    ("GHANA HEALTH SERVICE - NATIONAL TUBERCULOSIS PROGRAMME\n"
     "Sagnarigu Municipal Health Directorate | TB CONTACT INVESTIGATION FORM | sagnarigu.mhd@ghs-sample.org\n"
     "Index case: Alhassan Fuseini Yakubu, 41 M | TB Reg. No. SAG/TB/2025/0147 | Ghana Card GHA-718204536-2 | NHIS "
     "70418235\n"
     "Address: House No. K-47, Kalpohin Estate, behind the Kalpohin Central Mosque | Digital address NT-0371-8842\n"
     "Occupation: tricycle (aboboyaa) driver at Aboabo market, tricycle reg. NR 4518-21\n"
     "Diagnosis: Tamale Teaching Hospital chest clinic, 03/03/2025 - sputum GeneXpert MTB/RIF Ultra: MTB detected "
     "(medium), RIF resistance not detected; AFB smear 2+. Started RHZE (4FDC) 05/03/2025.\n"
     "Household visit: 14/03/2025 (during Ramadan - visit after the afternoon prayer)\n"
     "No | Name | Relation | Age/Sex | Symptoms | TST | CXR | Outcome\n"
     "1 | Mariama Alhassan | wife | 34 F | cough 3 wk, night sweats | - | cavity R upper lobe | GeneXpert MTB detected - "
     "registered, RHZE started\n"
     "2 | Sumaila Alhassan | son | 9 M | none | 12 mm | clear | TPT: 3HP\n"
     "3 | Amina Alhassan | daughter | 4 F | none | 7 mm | clear | TPT: 3HP (child dose)\n"
     "4 | Hafiz Alhassan | son | 11 mo | none; BCG scar present; MUAC 11.8 cm | - | - | TPT: 3RH dispersible\n"
     "5 | Iddrisu Adam | nephew, student at Kalpohin Senior High School | 17 M | none | 4 mm | clear | TPT: 3HP\n"
     "Not seen: his mother-in-law Hajia Salamatu Abukari, who lives at Gumani - refer to Gumani CHPS compound.\n"
     "Treatment supporter: wife. Family phone 024 418 3927.\n"
     "Next visit: after Eid al-Fitr, 07/04/2025, to check adherence and side effects (rifapentine orange urine "
     "explained).\n"
     "Investigator: Ibrahim Zakaria Tahiru, Disease Control Officer (ZT) | N&MC PIN CHN/21/04183",
     [("LOCATION", ["Sagnarigu"]), ("EMAIL", ["sagnarigu.mhd@ghs-sample.org"]),
      ("NAME", ["Alhassan", "Fuseini", "Yakubu"]), ("MRN", ["SAG/TB/2025/0147"]), ("ID", ["GHA-718204536-2"]),
      ("ID", ["70418235"]), ("ADDRESS", ["House No. K-47"]), ("LOCATION", ["Kalpohin Estate"]),
      ("LOCATION", ["Kalpohin Central Mosque"]), ("ADDRESS", ["NT-0371-8842"]), ("LOCATION", ["Aboabo market"]),
      ("PLATE", ["NR 4518-21"]), ("HOSPITAL", ["Tamale Teaching Hospital"]), ("DATE", ["03/03/2025"]),
      ("DATE", ["05/03/2025"]), ("DATE", ["14/03/2025"]), ("NAME", ["Mariama"]), ("NAME", ["Sumaila"]),
      ("NAME", ["Amina"]), ("NAME", ["Hafiz"]), ("NAME", ["Iddrisu", "Adam"]),
      ("LOCATION", ["Kalpohin Senior High School"]), ("NAME", ["Salamatu", "Abukari"]), ("LOCATION", ["Gumani"]),
      ("HOSPITAL", ["Gumani CHPS"]), ("PHONE", ["024 418 3927"]), ("DATE", ["Eid al-Fitr"]), ("DATE", ["07/04/2025"]),
      ("NAME", ["Ibrahim", "Zakaria", "Tahiru"]), ("NAME", ["ZT"]), ("LICENCE", ["CHN/21/04183"])],
     ["GeneXpert MTB/RIF Ultra", "RIF resistance not detected", "AFB smear 2+", "RHZE (4FDC)", "night sweats",
      "TST", "3HP", "BCG scar present", "MUAC 11.8 cm", "3RH dispersible", "rifapentine orange urine",
      "TPT", "cavity R upper lobe"]),

    # 5 - Japan, Hokkaido (Asahikawa): nursing summary for transfer to a care home, patient aged 94 (Japanese)
    ("看護サマリー（施設入所用）\n"
     "旭川北星記念病院　5階東病棟\n"
     "〒078-8348 北海道旭川市東光18条4丁目2-17　TEL 0166-33-4187\n"
     "作成日：令和7年11月20日\n"
     "患者氏名：工藤 キヨ（くどう きよ）様　女性　94歳\n"
     "生年月日：昭和6年5月3日（1931年）\n"
     "住所：北海道上川郡東神楽町ひじり野南1条3丁目5-12\n"
     "後期高齢者医療被保険者番号：38204716（要介護3）\n"
     "入院日：令和7年10月2日　転出予定日：令和7年11月25日\n"
     "転出先：特別養護老人ホーム ななかまど苑（東川町）\n"
     "キーパーソン：長男 工藤 誠一 様（携帯 090-3318-2754）\n"
     "主治医：高橋 隆之　担当看護師：村上 さくら\n"
     "入院経過：自宅で転倒し右大腿骨頸部骨折（Garden分類III）。10月4日に人工骨頭置換術施行。術後せん妄あり、"
     "現在は落ち着いている。術後に誤嚥性肺炎を併発、抗菌薬（ユナシン-S）で軽快。\n"
     "既往：アルツハイマー型認知症（HDS-R 14/30点）、心房細動（ワーファリン内服、PT-INR 2.1）、2型糖尿病"
     "（HbA1c 6.8%）。平成28年に夫と死別、以後独居。\n"
     "ADL：Barthel Index 35点。車椅子移乗は一部介助。食事は全粥・きざみ食、水分にはとろみ剤"
     "（トロミパーフェクト）使用。\n"
     "皮膚：仙骨部に褥瘡あり（DESIGN-R®2020 d2）。ブレーデンスケール 12点。\n"
     "その他：昭和40年代から大雪木工所で働いていた話をよくされる。お盆と正月には孫が帰省。来年5月で95歳になるのを"
     "楽しみにしている。",
     [("HOSPITAL", ["旭川北星記念病院"]), ("POSTCODE", ["078-8348"]), ("LOCATION", ["旭川市"]),
      ("ADDRESS", ["東光18条4丁目2-17"]), ("PHONE", ["0166-33-4187"]), ("DATE", ["令和7年11月20日"]),
      ("NAME", ["工藤", "キヨ"]), ("NAME", ["くどう", "きよ"]), ("AGE", ["94歳"]),
      ("DOB90", ["昭和6年5月3日", "昭和6年", "1931年"]), ("LOCATION", ["上川郡東神楽町"]),
      ("ADDRESS", ["ひじり野南1条3丁目5-12"]), ("ID", ["38204716"]), ("DATE", ["令和7年10月2日"]),
      ("DATE", ["令和7年11月25日"]), ("HOSPITAL", ["ななかまど苑"]), ("LOCATION", ["東川町"]), ("NAME", ["誠一"]),
      ("PHONE", ["090-3318-2754"]), ("NAME", ["高橋", "隆之"]), ("NAME", ["村上", "さくら"]), ("DATE", ["10月4日"]),
      ("DATE", ["平成28年"]), ("DATE", ["昭和40年代"]), ("LOCATION", ["大雪木工所"]), ("DATE", ["お盆"]),
      ("DATE", ["正月"]), ("DATE", ["来年5月"]), ("AGE", ["95歳"])],
     ["右大腿骨頸部骨折", "Garden分類III", "人工骨頭置換術", "術後せん妄", "誤嚥性肺炎", "ユナシン-S",
      "アルツハイマー型認知症", "HDS-R 14/30点", "ワーファリン", "PT-INR 2.1", "HbA1c 6.8%", "Barthel Index 35点",
      "トロミパーフェクト", "ブレーデンスケール 12点"]),

    # 6 - Canada, Newfoundland and Labrador (Trinity Bay): operative report, Mirizzi syndrome
    ("Eastern Health - Dr. G.B. Cross Memorial Hospital, Clarenville NL\n"
     "OPERATIVE REPORT\n"
     "Date of surgery: 2025-08-14 | OR 2\n"
     "Patient: Lorne Pardy-Hiscock | DOB 1972-02-29 | MCP 472 913 806 215 | Chart C-0087134\n"
     "Home: 11 Backside Road, Heart's Delight-Islington NL A0B 2A0\n"
     "Surgeon: Dr. Oluwaseun Brinston-Murphy, FRCSC (CPSNL 08617)\n"
     "Assistant: Dr. Kendra Lundrigan (PGY-3, MUN)\n"
     "Anaesthesia: Dr. Pieter van Heerden - GA, ETT\n"
     "Scrub: R. Saunders RN | Circulating: T. Noseworthy RN\n"
     "Pre-op diagnosis: acute calculous cholecystitis, Tokyo Guidelines 2018 grade II; ?Mirizzi on MRCP.\n"
     "Post-op diagnosis: Mirizzi syndrome, Csendes type II.\n"
     "Procedure: laparoscopic converted to open subtotal fenestrating cholecystectomy via right subcostal (Kocher) "
     "incision; drain.\n"
     "Findings: dense omental adhesions; large stone impacted in Hartmann's pouch eroding into the CHD (about 30% of "
     "circumference); Calot's triangle frozen - critical view of safety not achievable, so converted at 55 min.\n"
     "Description: cefazolin 2 g IV at induction. Supine, GA. Four ports. After conversion, fundus-first dissection; "
     "Hartmann's pouch opened, stones extracted, fistula closed with a cuff of gallbladder wall over a 3-0 PDS; no bile "
     "leak on the white-swab test. Ligaclip on cystic artery.\n"
     "EBL 250 mL. 19 Fr Blake drain to the RUQ. Counts correct x2.\n"
     "Equipment: camera head SN 4K-CH-208415 gave image dropouts - taken out of service, BME ticket 55218.\n"
     "Plan: LFTs and drain output POD1; ERCP if bile leak. Off work 6 weeks from the refinery at Come By Chance. Wife "
     "Charmaine updated by phone, 709-466-3021.\n"
     "Dictated Dr. O. Brinston-Murphy 2025-08-14 16:40 | Transcribed 2025-08-15 JT, job 778412\n"
     "cc: Dr. Marguerite Tulk, Whitbourne",
     [("HOSPITAL", ["G.B. Cross Memorial Hospital"]), ("LOCATION", ["Clarenville"]), ("DATE", ["2025-08-14"]),
      ("NAME", ["Lorne", "Pardy-Hiscock"]), ("DATE", ["1972-02-29"]), ("ID", ["472 913 806 215"]),
      ("MRN", ["C-0087134"]), ("ADDRESS", ["11 Backside Road"]), ("LOCATION", ["Heart's Delight-Islington"]),
      ("POSTCODE", ["A0B 2A0"]), ("NAME", ["Oluwaseun", "Brinston-Murphy"]), ("LICENCE", ["08617"]),
      ("NAME", ["Kendra", "Lundrigan"]), ("LOCATION", ["MUN"]), ("NAME", ["Pieter", "van Heerden"]),
      ("NAME", ["Saunders"]), ("NAME", ["Noseworthy"]), ("SERIAL", ["4K-CH-208415"]), ("MRN", ["55218"]),
      ("LOCATION", ["Come By Chance"]), ("NAME", ["Charmaine"]), ("PHONE", ["709-466-3021"]),
      ("DATE", ["2025-08-15"]), ("NAME", ["JT"]), ("MRN", ["778412"]), ("NAME", ["Marguerite", "Tulk"]),
      ("LOCATION", ["Whitbourne"])],
     ["acute calculous cholecystitis", "Tokyo Guidelines 2018 grade II", "Mirizzi syndrome", "Csendes type II",
      "subtotal fenestrating cholecystectomy", "right subcostal (Kocher) incision", "Hartmann's pouch",
      "Calot's triangle", "critical view of safety", "cefazolin 2 g IV", "Ligaclip", "EBL 250 mL",
      "19 Fr Blake drain"]),

    # 7 - Thailand, Nan (Wiang Sa): dengue case investigation form with a larval survey (Thai)
    ("แบบสอบสวนผู้ป่วยโรคไข้เลือดออก (Dengue) – งานระบาดวิทยา\n"
     "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านดอนแก้ว อ.เวียงสา\n"
     "วันที่สอบสวน: 24 ก.ค. 2568   เลขที่รายงาน DF-WS-68-0093\n"
     "1. ข้อมูลผู้ป่วย\n"
     "ชื่อ-สกุล: ด.ช.ธนากร ใจมา  อายุ 11 ปี  เลขประจำตัวประชาชน 1-5508-00417-26-1\n"
     "ที่อยู่: 47 หมู่ 5 บ้านนาเหลือง ต.ขึ่ง อ.เวียงสา รหัสไปรษณีย์ 55110\n"
     "โรงเรียน: ร.ร.บ้านนาเหลืองวิทยา ชั้น ป.5\n"
     "ผู้ปกครอง: นางบุญเรือน ใจมา (มารดา) โทร 089-417-2653\n"
     "2. ประวัติการป่วย\n"
     "เริ่มป่วย 18 ก.ค. 2568 ไข้สูงลอย ปวดศีรษะ ปวดกระบอกตา เบื่ออาหาร; 20 ก.ค. เข้ารับการรักษาที่โรงพยาบาลเวียงสา "
     "HN 0046219\n"
     "ผลตรวจ: Tourniquet test positive (>20 จุด/ตร.นิ้ว), NS1 Ag positive, Hct 46% (เดิม 38%), เกล็ดเลือด 42,000 "
     "/ลบ.มม., WBC 2,800 /ลบ.มม.\n"
     "การวินิจฉัย: ไข้เลือดออกเดงกี (DHF grade II) – ส่งต่อโรงพยาบาลน่าน เมื่อ 21 ก.ค. ให้สารน้ำตามแนวทาง "
     "หลีกเลี่ยง NSAIDs\n"
     "3. ประวัติเสี่ยง: ช่วงวันเข้าพรรษา (11 ก.ค. 2568) ไปร่วมงานบุญและนอนค้างที่วัดนาเหลือง 2 คืน "
     "มีเด็กในหมู่บ้านป่วยด้วยอาการคล้ายกันอีก 2 ราย\n"
     "4. การสำรวจลูกน้ำยุงลาย (Aedes aegypti) ในหมู่บ้าน 50 หลังคาเรือน: HI 24%, CI 18%, BI 36\n"
     "การควบคุม: ใส่ทรายอะเบท (temephos) ในภาชนะขังน้ำ พ่นหมอกควันรัศมี 100 เมตร รอบบ้านผู้ป่วยและวัด "
     "(วันที่ 0, 3, 7)\n"
     "ผู้สอบสวน: นายอนุชา ปัญญาวงศ์ นักวิชาการสาธารณสุข โทร 054-791-218, Line ID: anucha.sso\n"
     "อสม.ผู้รับผิดชอบหลังคาเรือน: นางคำปัน ศรีบุญเรือง\n"
     "ส่งรายงาน: sso.dondkaeo@moph-sample.go.th",
     [("HOSPITAL", ["บ้านดอนแก้ว"]), ("LOCATION", ["เวียงสา"]), ("DATE", ["24 ก.ค. 2568"]),
      ("MRN", ["DF-WS-68-0093"]), ("NAME", ["ธนากร", "ใจมา"]), ("ID", ["1-5508-00417-26-1"]),
      ("ADDRESS", ["47 หมู่ 5"]), ("LOCATION", ["บ้านนาเหลือง"]), ("LOCATION", ["ขึ่ง"]), ("POSTCODE", ["55110"]),
      ("LOCATION", ["บ้านนาเหลืองวิทยา"]), ("NAME", ["บุญเรือน"]), ("PHONE", ["089-417-2653"]),
      ("DATE", ["18 ก.ค. 2568"]), ("DATE", ["20 ก.ค."]), ("HOSPITAL", ["โรงพยาบาลเวียงสา"]), ("MRN", ["0046219"]),
      ("HOSPITAL", ["โรงพยาบาลน่าน"]), ("DATE", ["21 ก.ค."]), ("DATE", ["วันเข้าพรรษา"]), ("DATE", ["11 ก.ค. 2568"]),
      ("LOCATION", ["วัดนาเหลือง"]), ("NAME", ["อนุชา", "ปัญญาวงศ์"]), ("PHONE", ["054-791-218"]),
      ("HANDLE", ["anucha.sso"]), ("NAME", ["คำปัน", "ศรีบุญเรือง"]), ("EMAIL", ["sso.dondkaeo@moph-sample.go.th"])],
     ["ปวดกระบอกตา", "Tourniquet test positive", "NS1 Ag positive", "Hct 46%", "เกล็ดเลือด 42,000 /ลบ.มม.",
      "WBC 2,800 /ลบ.มม.", "ไข้เลือดออกเดงกี (DHF grade II)", "หลีกเลี่ยง NSAIDs", "ลูกน้ำยุงลาย", "Aedes aegypti",
      "HI 24%", "BI 36", "ทรายอะเบท (temephos)", "พ่นหมอกควัน"]),

    # 8 - Belize, Toledo District: community midwife antenatal home visit, pre-eclampsia
    ("MINISTRY OF HEALTH & WELLNESS - BELIZE | SOUTHERN HEALTH REGION\n"
     "Punta Gorda Community Hospital - Rural Health Nursing\n"
     "ANTENATAL HOME VISIT RECORD (Community Midwife)\n"
     "Date: Tuesday 18 November 2025 - the day before Garifuna Settlement Day\n"
     "Client: Rosalia Choc Teul | 29 yrs | G4P3 | ANC card TOL/ANC/25/0418 | SSB No. 000518239\n"
     "Village: San Lucas (Q'eqchi' speaking; husband interprets)\n"
     "LMP 02/04/2025 | EDD 07/01/2026 | GA today 32/40 by LMP\n"
     "Husband: Domingo Coc (cell 632-4185), works at the Big Falls Rice Mill.\n"
     "Previous births: all three at home with the TBA, Doña Feliciana Ical; no PPH.\n"
     "Complaint: headache 2 days, swollen feet and face, no visual disturbance.\n"
     "Exam: BP 142/94, repeat 146/96 after 15 min rest; urine protein 2+; fundal height 30 cm; cephalic by Leopold's "
     "manoeuvres; FHR 146 bpm by hand Doppler (SN PD-41027); oedema face and hands. Hb 9.2 g/dL (HemoCue). Malaria "
     "RDT: negative.\n"
     "Assessment: pre-eclampsia without severe features; anaemia.\n"
     "Action: phoned Dr. Clement Arzu, OB on call at PGCH, 722-2161 - transfer today. Methyldopa 250 mg tds started; "
     "continue aspirin 81 mg and ferrous sulphate. Ambulance TL-C-0173 arrived 15:20. Sister-in-law Marcelina Pop "
     "went with her.\n"
     "Follow-up: CHW Hermelindo Sho to look in on the other children; women's group of San Lucas Nazarene Church "
     "will help with meals.\n"
     "Midwife: Lurline Palacio, RM | Nurses and Midwives Council of Belize Reg. RM-0917 | "
     "lpalacio.toledo@health-sample.gov.bz",
     [("HOSPITAL", ["Punta Gorda Community Hospital"]), ("DATE", ["Tuesday 18 November 2025"]),
      ("DATE", ["Garifuna Settlement Day"]), ("NAME", ["Rosalia", "Choc", "Teul"]), ("MRN", ["TOL/ANC/25/0418"]),
      ("ID", ["000518239"]), ("LOCATION", ["San Lucas"]), ("DATE", ["02/04/2025"]), ("DATE", ["07/01/2026"]),
      ("NAME", ["Domingo", "Coc"]), ("PHONE", ["632-4185"]), ("LOCATION", ["Big Falls Rice Mill"]),
      ("NAME", ["Feliciana", "Ical"]), ("SERIAL", ["PD-41027"]), ("NAME", ["Clement", "Arzu"]),
      ("HOSPITAL", ["PGCH"]), ("PHONE", ["722-2161"]), ("PLATE", ["TL-C-0173"]), ("NAME", ["Marcelina", "Pop"]),
      ("NAME", ["Hermelindo", "Sho"]), ("LOCATION", ["San Lucas Nazarene Church"]), ("NAME", ["Lurline", "Palacio"]),
      ("LICENCE", ["RM-0917"]), ("EMAIL", ["lpalacio.toledo@health-sample.gov.bz"])],
     ["G4P3", "32/40 by LMP", "BP 142/94", "146/96", "urine protein 2+", "fundal height 30 cm",
      "Leopold's manoeuvres", "FHR 146 bpm", "Hb 9.2 g/dL", "HemoCue", "pre-eclampsia without severe features",
      "Methyldopa 250 mg tds", "aspirin 81 mg", "Malaria RDT: negative"]),

    # 9 - Zambia, Copperbelt (Kitwe): pneumoconiosis medical board certificate for an underground miner
    ("OCCUPATIONAL HEALTH AND SAFETY INSTITUTE - KITWE\n"
     "Pneumoconiosis Medical Board | CERTIFICATE OF FINDINGS (Form PMB 7)\n"
     "Board sitting: 11 November 2025 | Certificate No. PMB/25/1147 | Film No. CXR-KT-88214\n"
     "Name: Clever Mwansa Kapembwa | DOB 12/06/1969 | Sex M | NRC 384716/61/1\n"
     "Address: Plot 2214, Chimwemwe Township | Cell +260 977 418 205\n"
     "Employer: Kalulu Copper Mines Plc, Mindolo North Shaft - underground rock drill operator, 24 years of dust "
     "exposure | Man No. KCM-044718\n"
     "History: breathless on stairs (MRC dyspnoea grade 3) for 2 years. Pulmonary TB (Mycobacterium tuberculosis, "
     "smear positive) treated at Wusakile Mine Hospital, completed before Christmas 2019. Church elder at Kwacha "
     "Seventh-day Adventist Church; non-smoker.\n"
     "Examination: SpO2 93% on air at rest; fine bibasal crackles; no clubbing.\n"
     "Spirometry: FEV1 1.92 L (58% predicted), FVC 3.00 L, FEV1/FVC 0.64 - mixed pattern. 6MWT 310 m.\n"
     "Chest radiograph (ILO 2011 classification): small rounded opacities q/q, profusion 2/1, all zones; eggshell "
     "calcification of the hilar nodes; no large opacity - progressive massive fibrosis not established.\n"
     "Sputum GeneXpert: MTB not detected.\n"
     "Findings of the Board: Silicosis, second stage, with treated tuberculosis. Permanent incapacity assessed at 40% "
     "under the Workers' Compensation Act 1999. Unfit for further dust-exposed work. Referred to the Workers' "
     "Compensation Fund Control Board, claim WCF/KT/25/3317.\n"
     "Next of kin: wife Precious Bwalya, same address.\n"
     "Board: Dr. Chileshe Mumba-Ng'andu (Chair, HPCZ MP/02714); Dr. Oscar Lungu (HPCZ MP/05186); radiographer B. "
     "Siame.\n"
     "Copy: Chief Medical Officer, Kalulu Copper Mines Plc; fax +260 212 224 719",
     [("LOCATION", ["KITWE"]), ("DATE", ["11 November 2025"]), ("MRN", ["PMB/25/1147"]), ("MRN", ["CXR-KT-88214"]),
      ("NAME", ["Clever", "Mwansa", "Kapembwa"]), ("DATE", ["12/06/1969"]), ("ID", ["384716/61/1"]),
      ("ADDRESS", ["Plot 2214"]), ("LOCATION", ["Chimwemwe Township"]), ("PHONE", ["+260 977 418 205"]),
      ("LOCATION", ["Kalulu Copper Mines Plc"]), ("LOCATION", ["Mindolo North Shaft"]), ("ID", ["KCM-044718"]),
      ("HOSPITAL", ["Wusakile Mine Hospital"]), ("DATE", ["Christmas 2019"]),
      ("LOCATION", ["Kwacha Seventh-day Adventist Church"]), ("MRN", ["WCF/KT/25/3317"]),
      ("NAME", ["Precious", "Bwalya"]), ("NAME", ["Chileshe", "Mumba-Ng'andu"]), ("LICENCE", ["MP/02714"]),
      ("NAME", ["Oscar", "Lungu"]), ("LICENCE", ["MP/05186"]), ("NAME", ["Siame"]), ("PHONE", ["+260 212 224 719"])],
     ["MRC dyspnoea grade 3", "Mycobacterium tuberculosis", "SpO2 93%", "FEV1 1.92 L (58% predicted)",
      "FEV1/FVC 0.64", "6MWT 310 m", "ILO 2011 classification", "profusion 2/1", "eggshell calcification",
      "progressive massive fibrosis", "MTB not detected", "Silicosis, second stage", "Workers' Compensation Act 1999"]),

    # 10 - Sri Lanka, Northern Province (Jaffna): judicial medical officer's medico-legal examination form, assault
    ("MEDICO-LEGAL EXAMINATION FORM (MLEF) - Health 1133\n"
     "Office of the Judicial Medical Officer, Teaching Hospital Jaffna\n"
     "MLEF No. JMO/JF/25/0284 | BHT No. 25/W07/11843\n"
     "Police: Chunnakam Police Station, complaint CIB II 147/25 | Officer: PS 41872 Wickramasinghe\n"
     "Court: Magistrate's Court, Mallakam | Case No. B 512/25\n"
     "Examinee: Sivakumar Tharshan | 25 M | NIC 199908411763 | Tel. 077 418 2936\n"
     "Address: No. 14/2, KKS Road, Kokuvil | Occupation: mobile phone repairer at Nallur Mobile Centre\n"
     "History (given in Tamil, interpreted by Nursing Officer K. Yalini): on Thai Pongal day, 14/01/2025, at about "
     "21:30 near the Kopay junction, two persons known to him attacked him with an iron rod after an argument on "
     "Facebook (his page @tharsh.mobiles). He fell from his motorcycle NP BFK-2291.\n"
     "Examination on 15/01/2025 at 09:10: conscious and rational, GCS 15/15, BP 128/80, PR 92/min.\n"
     "Injuries:\n"
     "1. Tramline contusion 12 x 3 cm, back of the left forearm.\n"
     "2. Laceration 4 cm, left parietal scalp, sutured in the ETU.\n"
     "3. Abrasion 3 x 2 cm, right knee.\n"
     "No Battle's sign, no raccoon eyes.\n"
     "X-ray left forearm: undisplaced fracture of the left ulnar shaft (nightstick fracture). CT brain: no "
     "intracranial bleed.\n"
     "Opinion: all injuries are due to blunt force; injury 1 is consistent with a rod. Category of hurt: injury 1 - "
     "grievous hurt (fracture), Section 311 of the Penal Code; injuries 2 and 3 - non-grievous.\n"
     "Examined in the presence of his brother, Sivakumar Kajan.\n"
     "Dr. Arulmoli Kanagasabai, JMO | SLMC Reg. No. 28417 | 15/01/2025",
     [("HOSPITAL", ["Teaching Hospital Jaffna"]), ("MRN", ["JMO/JF/25/0284"]), ("MRN", ["25/W07/11843"]),
      ("LOCATION", ["Chunnakam Police Station"]), ("MRN", ["CIB II 147/25"]), ("ID", ["PS 41872"]),
      ("NAME", ["Wickramasinghe"]), ("LOCATION", ["Mallakam"]), ("MRN", ["B 512/25"]),
      ("NAME", ["Sivakumar", "Tharshan"]), ("ID", ["199908411763"]), ("PHONE", ["077 418 2936"]),
      ("ADDRESS", ["No. 14/2, KKS Road"]), ("LOCATION", ["Kokuvil"]), ("LOCATION", ["Nallur Mobile Centre"]),
      ("NAME", ["Yalini"]), ("DATE", ["Thai Pongal"]), ("DATE", ["14/01/2025"]), ("LOCATION", ["Kopay junction"]),
      ("HANDLE", ["@tharsh.mobiles"]), ("PLATE", ["NP BFK-2291"]), ("DATE", ["15/01/2025"]), ("NAME", ["Kajan"]),
      ("NAME", ["Arulmoli", "Kanagasabai"]), ("LICENCE", ["28417"])],
     ["GCS 15/15", "BP 128/80", "PR 92/min", "Tramline contusion 12 x 3 cm", "Laceration 4 cm", "Battle's sign",
      "raccoon eyes", "undisplaced fracture of the left ulnar shaft", "nightstick fracture",
      "no intracranial bleed", "blunt force", "grievous hurt", "Section 311 of the Penal Code"]),

    # 11 - Israel, Negev (Be'er Sheva): pre-anaesthesia assessment before thyroidectomy (Hebrew)
    ("המרכז הרפואי סורוקה, באר שבע – מערך ההרדמה\n"
     "מרפאה טרום ניתוחית, בניין רוטשילד קומה 2 | preop.anesth@soroka-sample.org.il\n"
     "הערכה טרום הרדמה\n"
     "תאריך: 11/02/2026 (כ״ד בשבט תשפ״ו)\n"
     "שם המטופלת: אורטל ביטון-אזולאי | ת.ז. 034182758 | גיל 38 | מס׳ תיק 2604-18372\n"
     "קופת חולים: מכבי, מס׳ חבר 7041826 | הופנתה ע״י ד״ר סאמר אבו-סבית, מרפאת מכבי ירוחם\n"
     "כתובת: רח׳ הנשיא 14, ירוחם 8050000 | טל׳ 08-6580417 | נייד 054-7312268\n"
     "ניתוח מתוכנן: כריתת בלוטת התריס מלאה – ד״ר עידו ליבוביץ, כירורגיה ב׳; מועד משוער 10/03/2026, אחרי פורים.\n"
     "אבחנה: מחלת Graves עם זפק.\n"
     "תרופות: Tapazol 10 מ״ג פעמיים ביום, Deralin 20 מ״ג שלוש פעמים ביום; לפני הניתוח Lugol 5 טיפות שלוש פעמים "
     "ביום במשך 10 ימים.\n"
     "בדיקה: משקל 92 ק״ג, BMI 32, ל״ד 132/84, דופק 88, Mallampati 3, פתיחת פה 4 ס״מ, צוואר ללא הגבלה בתנועה.\n"
     "נחירות חזקות ועייפות ביום – STOP-BANG 4, חשד לדום נשימה בשינה; הומלץ לשקול בדיקת שינה.\n"
     "מעבדה: TSH 0.01 mIU/L, FT4 22 pmol/L, Hb 12.8 g/dL, סידן תקין.\n"
     "הערכת סיכון: ASA II. יש להגיע אאוטירואידית; אם FT4 עדיין גבוה – לדחות.\n"
     "עובדת כמורה בבית הספר \"אופק\" בירוחם.\n"
     "איש קשר: בעלה, יוסף אזולאי, 050-9184427.\n"
     "ד״ר מעיין שרעבי, מרדימה | מ.ר. 47128\n"
     "אחות המרפאה: רותם",
     [("HOSPITAL", ["המרכז הרפואי סורוקה"]), ("LOCATION", ["באר שבע"]), ("HOSPITAL", ["בניין רוטשילד"]),
      ("EMAIL", ["preop.anesth@soroka-sample.org.il"]), ("DATE", ["11/02/2026"]), ("DATE", ["כ״ד בשבט תשפ״ו"]),
      ("NAME", ["אורטל", "ביטון-אזולאי"]), ("ID", ["034182758"]), ("MRN", ["2604-18372"]), ("ID", ["7041826"]),
      ("NAME", ["סאמר", "אבו-סבית"]), ("HOSPITAL", ["מרפאת מכבי ירוחם"]), ("ADDRESS", ["רח׳ הנשיא 14"]),
      ("LOCATION", ["ירוחם"]), ("POSTCODE", ["8050000"]), ("PHONE", ["08-6580417"]), ("PHONE", ["054-7312268"]),
      ("NAME", ["עידו", "ליבוביץ"]), ("DATE", ["10/03/2026"]), ("DATE", ["פורים"]), ("LOCATION", ["אופק"]),
      ("NAME", ["יוסף", "אזולאי"]), ("PHONE", ["050-9184427"]), ("NAME", ["מעיין", "שרעבי"]),
      ("LICENCE", ["47128"]), ("NAME", ["רותם"])],
     ["מחלת Graves", "זפק", "Tapazol 10 מ״ג", "Deralin 20 מ״ג", "Lugol 5 טיפות", "BMI 32", "ל״ד 132/84",
      "Mallampati 3", "STOP-BANG 4", "דום נשימה בשינה", "TSH 0.01 mIU/L", "FT4 22 pmol/L", "Hb 12.8 g/dL",
      "ASA II"]),

    # 12 - Falkland Islands (Stanley): aeromedical evacuation request and clinical handover, thrombolysed STEMI
    ("KING EDWARD VII MEMORIAL HOSPITAL, STANLEY, FALKLAND ISLANDS\n"
     "Tel +500 28000 | Fax +500 28417 | medevac@kemh-sample.gov.fk\n"
     "AEROMEDICAL EVACUATION REQUEST AND CLINICAL HANDOVER | Ref KEMH/MEDEVAC/25/07 | 15/06/2025\n"
     "To: Coronary Care Unit, Hospital Británico, Montevideo - Dr Florencia Aguerrebere, interventional cardiology "
     "(+598 2487 1020)\n"
     "Patient: Mr Terence Pitaluga-Goss | DOB 22/08/1963 | KEMH No. 004172 | UK passport 561847203\n"
     "Home: Port Howard settlement, West Falkland. Sheep farmer; in Stanley for the Liberation Day parade.\n"
     "History: 14/06/2025 (Liberation Day) about 19:00 - central crushing chest pain at the Liberation Monument, "
     "sweaty and grey. Brought in by ambulance F 9203 at 19:42.\n"
     "ECG: ST elevation II, III, aVF with reciprocal change in I and aVL - inferior STEMI. Killip class I. TIMI "
     "risk score 4.\n"
     "Treatment: aspirin 300 mg, clopidogrel 300 mg, enoxaparin 30 mg IV then 1 mg/kg SC; Tenecteplase (Metalyse) 40 mg "
     "IV at 20:20 (door-to-needle 38 min). Pain settled, ST resolution > 50% at 90 min; brief AIVR (reperfusion "
     "arrhythmia).\n"
     "Now: BP 118/76, HR 64 SR, SpO2 96% on air. Troponin T 1,840 ng/L. Echo: inferior hypokinesia, LVEF about 50%.\n"
     "Request: transfer for angiography and PCI within 24 h. Air ambulance CX-LAM from Mount Pleasant Airport, ETA "
     "11:00 local. Escort: Staff Nurse Tanya Berntsen.\n"
     "Next of kin: wife Glenys Pitaluga-Goss, Port Howard, +500 42117; daughter Shona flying to meet him.\n"
     "Referring: Dr Ffion Trevethan, Senior Medical Officer, GMC 7318204",
     [("HOSPITAL", ["KING EDWARD VII MEMORIAL HOSPITAL"]), ("LOCATION", ["STANLEY"]), ("PHONE", ["+500 28000"]),
      ("PHONE", ["+500 28417"]), ("EMAIL", ["medevac@kemh-sample.gov.fk"]), ("MRN", ["KEMH/MEDEVAC/25/07"]),
      ("DATE", ["15/06/2025"]), ("HOSPITAL", ["Hospital Británico"]), ("LOCATION", ["Montevideo"]),
      ("NAME", ["Florencia", "Aguerrebere"]), ("PHONE", ["+598 2487 1020"]), ("NAME", ["Terence", "Pitaluga-Goss"]),
      ("DATE", ["22/08/1963"]), ("HOSPITAL", ["KEMH"]), ("MRN", ["004172"]), ("ID", ["561847203"]),
      ("LOCATION", ["Port Howard"]), ("LOCATION", ["West Falkland"]), ("LOCATION", ["Stanley"]),
      ("DATE", ["Liberation Day"]), ("DATE", ["14/06/2025"]), ("LOCATION", ["Liberation Monument"]),
      ("PLATE", ["F 9203"]), ("PLATE", ["CX-LAM"]), ("LOCATION", ["Mount Pleasant Airport"]),
      ("NAME", ["Tanya", "Berntsen"]), ("NAME", ["Glenys"]), ("PHONE", ["+500 42117"]), ("NAME", ["Shona"]),
      ("NAME", ["Ffion", "Trevethan"]), ("LICENCE", ["7318204"])],
     ["ST elevation II, III, aVF", "inferior STEMI", "Killip class I", "TIMI risk score 4", "aspirin 300 mg",
      "clopidogrel 300 mg", "Tenecteplase (Metalyse) 40 mg", "door-to-needle 38 min", "AIVR", "BP 118/76",
      "SpO2 96% on air", "Troponin T 1,840 ng/L", "LVEF about 50%"]),

    # 13 - Vietnam, Hue: upper GI endoscopy report, Helicobacter pylori (Vietnamese)
    ("SỞ Y TẾ THÀNH PHỐ HUẾ\n"
     "BỆNH VIỆN ĐA KHOA PHẠM NGỌC DIỆP – KHOA NỘI SOI\n"
     "Số 27 Lê Lợi, phường Vĩnh Ninh | ĐT: (0234) 3827 418 | noisoi@bvpnd-sample.vn\n"
     "PHIẾU KẾT QUẢ NỘI SOI DẠ DÀY – TÁ TRÀNG\n"
     "Mã phiếu: NS-26-00847 | Ngày 05/03/2026\n"
     "Họ tên: Tôn Nữ Thị Bích Hạnh | Nữ | 52 tuổi | CCCD: 046182034715\n"
     "Số thẻ BHYT: HC4464600418273\n"
     "Địa chỉ: Kiệt 42 Phan Đình Phùng, phường Phú Nhuận | ĐT: 0935 418 272\n"
     "Nghề nghiệp: bán hàng tại chợ Đông Ba\n"
     "Nơi giới thiệu: Trạm Y tế phường Thuận Lộc (BS Đặng Thị Thu Sương)\n"
     "Lý do: đau thượng vị, ợ chua 3 tháng, đau tăng sau Tết Nguyên đán (ăn nhiều đồ cay, cúng rằm).\n"
     "Máy: Olympus GIF-H190, số seri 2718406. Gây mê: Propofol.\n"
     "Kết quả:\n"
     "- Thực quản: niêm mạc bình thường, đường Z đều.\n"
     "- Dạ dày: niêm mạc hang vị xung huyết, teo niêm mạc Kimura-Takemoto C-2.\n"
     "- Tá tràng: ổ loét hành tá tràng 8 mm, đáy sạch – Forrest III.\n"
     "CLO test (+). Sinh thiết hang vị và thân vị: 2 mẫu (phân loại Sydney).\n"
     "Kết luận: Viêm dạ dày mạn có Helicobacter pylori; loét hành tá tràng Forrest III.\n"
     "Đề nghị: tiệt trừ H. pylori theo Maastricht VI/Florence 2022 – Omeprazole 20 mg, Amoxicillin 1 g, Clarithromycin "
     "500 mg x 14 ngày (hoặc phác đồ 4 thuốc có Bismuth). Tái khám ngày 09/04/2026 (sau rằm tháng Hai) để làm test "
     "thở.\n"
     "Chồng: Nguyễn Hữu Phước\n"
     "Bác sĩ nội soi: BS.CKII Hoàng Trọng Nghĩa – CCHN số 004172/TTH-CCHN\n"
     "Điều dưỡng: Lê Thị Mai",
     [("LOCATION", ["THÀNH PHỐ HUẾ"]), ("HOSPITAL", ["PHẠM NGỌC DIỆP"]), ("ADDRESS", ["Số 27 Lê Lợi"]),
      ("LOCATION", ["Vĩnh Ninh"]), ("PHONE", ["(0234) 3827 418"]), ("EMAIL", ["noisoi@bvpnd-sample.vn"]),
      ("MRN", ["NS-26-00847"]), ("DATE", ["05/03/2026"]), ("NAME", ["Tôn Nữ Thị Bích Hạnh"]),
      ("ID", ["046182034715"]), ("ID", ["HC4464600418273"]), ("ADDRESS", ["Kiệt 42 Phan Đình Phùng"]),
      ("LOCATION", ["Phú Nhuận"]), ("PHONE", ["0935 418 272"]), ("LOCATION", ["chợ Đông Ba"]),
      ("HOSPITAL", ["Trạm Y tế phường Thuận Lộc"]), ("NAME", ["Đặng Thị Thu Sương"]), ("DATE", ["Tết Nguyên đán"]),
      ("SERIAL", ["2718406"]), ("DATE", ["09/04/2026"]), ("DATE", ["rằm tháng Hai"]),
      ("NAME", ["Nguyễn Hữu Phước"]), ("NAME", ["Hoàng Trọng Nghĩa"]), ("LICENCE", ["004172/TTH-CCHN"]),
      ("NAME", ["Lê Thị Mai"])],
     ["đau thượng vị", "Olympus GIF-H190", "Propofol", "Thực quản: niêm mạc bình thường", "Kimura-Takemoto C-2",
      "Forrest III", "CLO test (+)", "phân loại Sydney", "Helicobacter pylori", "Maastricht VI/Florence 2022",
      "Omeprazole 20 mg", "Amoxicillin 1 g", "Clarithromycin 500 mg"]),

    # 14 - Botswana, North-West District (Maun): HIV treatment clinic card with a visit table and staff initials
    ("REPUBLIC OF BOTSWANA - MINISTRY OF HEALTH | Boseja Clinic, Maun\n"
     "ART PATIENT CARD (continuation sheet)\n"
     "Name: Onalenna Masego Sebego | F | DOB 03/05/1987 | Omang 418725306 | ART No. NW-ART-04827\n"
     "Address: Plot 1147, Disaneng ward | Cell 74 218 436\n"
     "Work: housekeeper at Gomoti River Lodge (in the Delta for 3 weeks, home 1 week)\n"
     "Treatment supporter: brother Goodwill Sebego, taxi driver (car B 417 AGK), 72 904 115\n"
     "Regimen: TLD (tenofovir/lamivudine/dolutegravir) 1 tab daily since transition from TEE\n"
     "Date | Wt kg | BP | TB screen | Labs | Adherence | Plan | Init\n"
     "08/01/2025 | 78 | 148/92 | negative (4-symptom screen) | VL <50 copies/mL | pill count 98% | 3 months refill | TK\n"
     "09/04/2025 | 79 | 152/94 | negative | creatinine 74 µmol/L | 100% | start amlodipine 5 mg | TK\n"
     "25/06/2025 | 79 | 138/86 | negative | - | collected early - at the lodge over Sir Seretse Khama Day | 6 months "
     "refill (MMD) | KM\n"
     "10/12/2025 | 80 | 134/84 | negative | VL <50 copies/mL; CD4 612 cells/µL | 100% | cervical VIA negative | TK\n"
     "WHO stage 1. Cryptococcal antigen (CrAg) negative at baseline. No Kaposi sarcoma lesions. BMI 31.\n"
     "Referred for VIA colposcopy review to Letsholathebe II Memorial Hospital on 22/01/2026.\n"
     "Initials: TK = Tebogo Kebonang, nurse prescriber (NMCB RN 11842); KM = Kagiso Molefhe, pharmacy technician",
     [("HOSPITAL", ["Boseja Clinic"]), ("LOCATION", ["Maun"]), ("NAME", ["Onalenna", "Masego", "Sebego"]),
      ("DATE", ["03/05/1987"]), ("ID", ["418725306"]), ("MRN", ["NW-ART-04827"]), ("ADDRESS", ["Plot 1147"]),
      ("LOCATION", ["Disaneng ward"]), ("PHONE", ["74 218 436"]), ("LOCATION", ["Gomoti River Lodge"]),
      ("NAME", ["Goodwill"]), ("PLATE", ["B 417 AGK"]), ("PHONE", ["72 904 115"]), ("DATE", ["08/01/2025"]),
      ("DATE", ["09/04/2025"]), ("DATE", ["25/06/2025"]), ("DATE", ["Sir Seretse Khama Day"]),
      ("DATE", ["10/12/2025"]), ("HOSPITAL", ["Letsholathebe II Memorial Hospital"]), ("DATE", ["22/01/2026"]),
      ("NAME", ["TK"]), ("NAME", ["KM"]), ("NAME", ["Tebogo", "Kebonang"]), ("LICENCE", ["RN 11842"]),
      ("NAME", ["Kagiso", "Molefhe"])],
     ["TLD (tenofovir/lamivudine/dolutegravir)", "4-symptom screen", "VL <50 copies/mL", "pill count 98%",
      "creatinine 74 µmol/L", "amlodipine 5 mg", "148/92", "CD4 612 cells/µL", "cervical VIA negative",
      "WHO stage 1", "Cryptococcal antigen (CrAg) negative", "Kaposi sarcoma", "BMI 31"]),

    # 15 - South Korea, Jeju (Seogwipo): medical certificate for an insurer after a road traffic injury (Korean)
    ("진 단 서\n"
     "연번호: 2025-1147 | 등록번호: 00418273\n"
     "환자 성명: 부영순 | 성별: 여 | 주민등록번호: 580213-2941521 | 연령: 만 67세\n"
     "주소: 서귀포시 성산읍 고성리 123-4 (우편번호 63643) | 연락처: 010-4182-7730\n"
     "병명: 1. 좌측 원위 요골 골절 (Smith 골절) [KCD S52.5]  2. 경추 염좌 [S13.4]  3. 뇌진탕 [S06.0]\n"
     "발병일: 2025년 10월 6일 (추석 당일) | 초진일: 2025년 10월 6일 | 진단일: 2025년 10월 9일\n"
     "임상적 추정 및 소견: 상기 환자는 추석 당일 성산일출봉 입구 삼거리에서 전동스쿠터를 타고 가던 중 승용차(58가 2371)와 "
     "충돌하여 내원함 (성산파출소 사고접수번호 2025-1006-0418). 내원 시 GCS 15점, 통증 VAS 7/10. 좌측 손목 "
     "방사선 검사상 Smith 골절 확인되어 2025년 10월 8일 관혈적 정복 및 금속판 내고정술 시행함. 경추부 Spurling test "
     "음성, 신경학적 결손 없음. 뇌 CT상 특이 소견 없음.\n"
     "향후 치료 의견: 수상일로부터 약 8주간의 안정 가료 및 재활 치료를 요함. 금속판 제거술은 약 1년 후 고려.\n"
     "직업: 해녀 (성산어촌계 소속) – 약 3개월간 물질 불가.\n"
     "보호자: 아들 강동혁 (010-5521-0937)\n"
     "용도: 보험회사 제출용\n"
     "위와 같이 진단함. 의료법 제17조에 따라 발행함.\n"
     "발행일: 2025년 10월 13일\n"
     "의료기관: 김만덕기념병원 | 서귀포시 중정로 88 | 전화 064-762-4180 | 팩스 064-762-4189\n"
     "면허번호: 제 104173 호 | 의사 성명: 양재훈 (정형외과 전문의)",
     [("MRN", ["2025-1147"]), ("MRN", ["00418273"]), ("NAME", ["부영순"]), ("ID", ["580213-2941521"]),
      ("LOCATION", ["서귀포시"]), ("LOCATION", ["성산읍"]), ("ADDRESS", ["고성리 123-4"]), ("POSTCODE", ["63643"]),
      ("PHONE", ["010-4182-7730"]), ("DATE", ["2025년 10월 6일"]), ("DATE", ["추석"]), ("DATE", ["2025년 10월 9일"]),
      ("LOCATION", ["성산일출봉"]), ("PLATE", ["58가 2371"]), ("LOCATION", ["성산파출소"]),
      ("MRN", ["2025-1006-0418"]), ("DATE", ["2025년 10월 8일"]), ("LOCATION", ["성산어촌계"]),
      ("NAME", ["강동혁"]), ("PHONE", ["010-5521-0937"]), ("DATE", ["2025년 10월 13일"]),
      ("HOSPITAL", ["김만덕기념병원"]), ("ADDRESS", ["중정로 88"]), ("PHONE", ["064-762-4180"]),
      ("PHONE", ["064-762-4189"]), ("LICENCE", ["104173"]), ("NAME", ["양재훈"])],
     ["좌측 원위 요골 골절", "Smith 골절", "S52.5", "경추 염좌", "뇌진탕", "GCS 15점", "VAS 7/10",
      "관혈적 정복 및 금속판 내고정술", "Spurling test", "신경학적 결손 없음", "8주간의 안정 가료", "의료법 제17조",
      "금속판 제거술"]),

    # 16 - Gibraltar: haemovigilance report of a transfusion reaction (TACO)
    ("GIBRALTAR HEALTH AUTHORITY - St Bernard's Hospital, Harbour Views Road, Gibraltar GX11 1AA\n"
     "Blood Transfusion Laboratory | Tel +350 200 72418 | haemovigilance@gha-sample.gi\n"
     "TRANSFUSION REACTION INVESTIGATION AND HAEMOVIGILANCE REPORT | Datix W41827\n"
     "Patient: Mrs Maricarmen Olivero-Sacarello | DOB 27/02/1948 | GHA No. 0062519 | Ward: John Mackintosh Ward, bed 6\n"
     "Home: Catalan Bay Road, lives with daughter Yolanda (mobile +34 651 284 730, she works in La Línea de la "
     "Concepción).\n"
     "Indication: symptomatic anaemia, Hb 68 g/L, CKD 4, heart failure (LVEF 35%). O RhD positive, antibody screen "
     "negative.\n"
     "Event: 11/09/2025, the day after National Day. Unit 1 (donation no. G041225418273) over 2 h; unit 2 (donation no. "
     "G041225418290) started 16:05 at 250 mL/h - no diuretic given between units. At 17:10 breathless, BP 178/96, HR "
     "118, SpO2 88% on air, bilateral crackles. Transfusion stopped; 15 mL given of unit 2.\n"
     "Investigations: DAT (direct antiglobulin test) negative; repeat group and crossmatch compatible; no haemolysis "
     "(bilirubin, LDH normal). NT-proBNP 4,820 ng/L. CXR: bilateral interstitial oedema, cardiomegaly.\n"
     "Management: sat up, oxygen, furosemide 40 mg IV with good response in 2 h.\n"
     "Conclusion: transfusion-associated circulatory overload (TACO) - meets the ISBT 2018 TACO criteria. Imputability: "
     "probable. Severity: non-severe. Reportable to SHOT and under the Blood Safety and Quality Regulations 2005.\n"
     "Learning: use the TACO checklist; transfuse one unit at a time with review in the elderly and in heart failure. "
     "BloodTrack kiosk 10.42.7.118 showed the 2nd unit scanned without a prescriber check.\n"
     "BMS: Keanu Ferrary | Nurse in charge: SN Aitana Danino | Haematologist: Dr Tobías Montegriffo-Reyes, GMC 6047281",
     [("HOSPITAL", ["St Bernard's Hospital"]), ("ADDRESS", ["Harbour Views Road"]), ("POSTCODE", ["GX11 1AA"]),
      ("PHONE", ["+350 200 72418"]), ("EMAIL", ["haemovigilance@gha-sample.gi"]), ("MRN", ["W41827"]),
      ("NAME", ["Maricarmen", "Olivero-Sacarello"]), ("DATE", ["27/02/1948"]), ("MRN", ["0062519"]),
      ("HOSPITAL", ["John Mackintosh Ward"]), ("ADDRESS", ["Catalan Bay Road"]), ("NAME", ["Yolanda"]),
      ("PHONE", ["+34 651 284 730"]), ("LOCATION", ["La Línea de la Concepción"]), ("DATE", ["11/09/2025"]),
      ("DATE", ["National Day"]), ("SERIAL", ["G041225418273"]), ("SERIAL", ["G041225418290"]),
      ("IP", ["10.42.7.118"]), ("NAME", ["Keanu", "Ferrary"]), ("NAME", ["Aitana", "Danino"]),
      ("NAME", ["Tobías", "Montegriffo-Reyes"]), ("LICENCE", ["6047281"])],
     ["Hb 68 g/L", "CKD 4", "LVEF 35%", "O RhD positive", "BP 178/96", "SpO2 88% on air",
      "DAT (direct antiglobulin test) negative", "NT-proBNP 4,820 ng/L", "furosemide 40 mg IV",
      "transfusion-associated circulatory overload (TACO)", "ISBT 2018 TACO criteria",
      "Blood Safety and Quality Regulations 2005", "bilateral interstitial oedema"]),

    # 17 - Russia, Arkhangelsk region (Primorsky district): ambulance call card, hypothermia after ice fishing (Russian)
    ("ГБУЗ АО «Архангельская станция скорой медицинской помощи», подстанция № 2\n"
     "КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ (ф. 110/у) № 418\n"
     "Дата: 07.01.2026 (Рождество Христово) | приём вызова 06:12, выезд 06:14, прибытие 06:51\n"
     "Бригада: фельдшер Ветрова Ирина Павловна (таб. № 0418), водитель Пахомов С. А.; автомобиль УАЗ «Профи», гос. "
     "номер А417МР 29\n"
     "Пациент: Ракитин Зосима Никандрович, 57 лет, дата рождения 19.08.1968\n"
     "СНИЛС 127-418-365 60 | полис ОМС 2958 4100 7391 8264\n"
     "Адрес: дер. Лявля, ул. Набережная, д. 14, Приморский район\n"
     "Вызывает: жена Агафья Степановна, тел. +7 911 583-41-27\n"
     "Жалобы и анамнез: ночью ушёл на подлёдную рыбалку на протоку у деревни Пустошь, провалился в воду по пояс, около "
     "двух часов добирался домой; употреблял алкоголь. Работает сторожем в ООО «Поморская рыбка».\n"
     "Объективно: сознание – оглушение, ШКГ 13 баллов. Кожа бледная, холодная; на пальцах обеих стоп пузыри с "
     "серозным содержимым. t тела 33,8 °C, ЧДД 14 в мин, ЧСС 52 уд/мин, АД 100/60 мм рт. ст., SpO2 91%, глюкоза "
     "4,2 ммоль/л.\n"
     "ЭКГ: синусовая брадикардия, волна Осборна (J-волна) в V3–V5.\n"
     "Диагноз: Общее переохлаждение средней степени. Отморожение стоп II степени. Алкогольное опьянение.\n"
     "Помощь: снята мокрая одежда, пассивное согревание, тёплая инфузия NaCl 0,9% 400 мл в/в, О2 через маску. "
     "Растирание снегом не проводить.\n"
     "Доставлен в ГБУЗ АО «Городская больница № 7 им. Н. А. Лукина», приёмное отделение, 07:48; принял дежурный "
     "врач Колмогоров Д. В.\n"
     "Вызов принял диспетчер Лыткина О. Н.",
     [("LOCATION", ["Архангельская"]), ("MRN", ["№ 418"]), ("DATE", ["07.01.2026"]), ("DATE", ["Рождество Христово"]),
      ("NAME", ["Ветрова", "Ирина", "Павловна"]), ("ID", ["0418"]), ("NAME", ["Пахомов"]), ("PLATE", ["А417МР 29"]),
      ("NAME", ["Ракитин", "Зосима", "Никандрович"]), ("DATE", ["19.08.1968"]), ("ID", ["127-418-365 60"]),
      ("ID", ["2958 4100 7391 8264"]), ("LOCATION", ["Лявля"]), ("ADDRESS", ["ул. Набережная, д. 14"]),
      ("LOCATION", ["Приморский район"]), ("NAME", ["Агафья", "Степановна"]), ("PHONE", ["+7 911 583-41-27"]),
      ("LOCATION", ["Пустошь"]), ("LOCATION", ["Поморская рыбка"]), ("HOSPITAL", ["Городская больница № 7"]),
      ("HOSPITAL", ["Н. А. Лукина"]), ("NAME", ["Колмогоров"]), ("NAME", ["Лыткина"])],
     ["ф. 110/у", "ШКГ 13 баллов", "t тела 33,8 °C", "ЧДД 14 в мин", "ЧСС 52 уд/мин", "АД 100/60 мм рт. ст.",
      "SpO2 91%", "глюкоза 4,2 ммоль/л", "синусовая брадикардия", "волна Осборна (J-волна)",
      "Общее переохлаждение средней степени", "Отморожение стоп II степени", "пассивное согревание"]),

    # 18 - Bermuda: attending physician's statement for a life insurance application
    ("SOMERS ISLES ASSURANCE LTD. - ATTENDING PHYSICIAN'S STATEMENT (APS)\n"
     "Application No. SIA-LA-2025-08814 | Please return by fax or secure e-mail\n"
     "Proposed insured: Mr Dwayne Outerbridge-Trott | DOB 17/04/1980 | Social Insurance No. 2217 4508\n"
     "Address: 9 Cobbs Hill Road, Warwick WK 06 | Occupation: reinsurance analyst, Bascome Re Ltd., Front Street, "
     "Hamilton\n"
     "Attending physician: Dr Camille Simons-Furbert, Harbourview Family Practice, 44 Middle Road, Paget PG 02\n"
     "Tel +1 441 236 4187 | Fax +1 441 236 8803 | csimons@harbourviewfp-sample.bm | Bermuda Medical Council reg. BMC 1047\n"
     "1. Under your care since: March 2016. Last seen: 05/08/2025, the week after Cup Match. Previous visit 14/02/2025.\n"
     "2. Diagnoses: essential hypertension; obstructive sleep apnoea; prediabetes; hepatic steatosis on ultrasound.\n"
     "3. Current treatment: lisinopril 10 mg daily, hydrochlorothiazide 12.5 mg daily; CPAP nightly - download shows "
     "compliance 82% of nights >= 4 h.\n"
     "4. Readings: BP 146/94 (14/02), 132/84 (05/08); BMI 33.4; HbA1c 6.1%; LDL 148 mg/dL; GGT 62 U/L.\n"
     "5. Sleep study (Bermuda Sleep Centre, 02/08/2024): AHI 24/h, moderate OSA.\n"
     "6. Cardiac: exercise treadmill test, Bruce protocol 11 min, no ischaemia; Duke treadmill score +7.\n"
     "7. Alcohol: AUDIT-C 5 (weekend drinking); advised. Tobacco: never.\n"
     "8. Accidents: one fall from his motorcycle (plate L1027) on a wet road; minor abrasions only.\n"
     "9. Family: wife Shondell (+1 441 537 2816) attends with him; father had MI at 58.\n"
     "Signed: C. Simons-Furbert, MD | 19/09/2025",
     [("LOCATION", ["SOMERS ISLES ASSURANCE"]), ("MRN", ["SIA-LA-2025-08814"]), ("NAME", ["Dwayne", "Outerbridge-Trott"]),
      ("DATE", ["17/04/1980"]), ("ID", ["2217 4508"]), ("ADDRESS", ["9 Cobbs Hill Road"]), ("LOCATION", ["Warwick"]),
      ("POSTCODE", ["WK 06"]), ("LOCATION", ["Bascome Re Ltd."]), ("ADDRESS", ["Front Street"]),
      ("LOCATION", ["Hamilton"]), ("NAME", ["Camille", "Simons-Furbert"]), ("HOSPITAL", ["Harbourview Family Practice"]),
      ("ADDRESS", ["44 Middle Road"]), ("LOCATION", ["Paget"]), ("POSTCODE", ["PG 02"]), ("PHONE", ["+1 441 236 4187"]),
      ("PHONE", ["+1 441 236 8803"]), ("EMAIL", ["csimons@harbourviewfp-sample.bm"]), ("LICENCE", ["BMC 1047"]),
      ("DATE", ["March 2016"]), ("DATE", ["05/08/2025"]), ("DATE", ["Cup Match"]), ("DATE", ["14/02/2025"]),
      ("DATE", ["14/02"]), ("DATE", ["05/08"]), ("HOSPITAL", ["Bermuda Sleep Centre"]), ("DATE", ["02/08/2024"]),
      ("PLATE", ["L1027"]), ("NAME", ["Shondell"]), ("PHONE", ["+1 441 537 2816"]), ("DATE", ["19/09/2025"])],
     ["essential hypertension", "obstructive sleep apnoea", "hepatic steatosis", "lisinopril 10 mg",
      "hydrochlorothiazide 12.5 mg", "CPAP", "BP 146/94", "BMI 33.4", "HbA1c 6.1%", "LDL 148 mg/dL", "AHI 24/h",
      "Bruce protocol 11 min", "Duke treadmill score +7", "AUDIT-C 5"]),

    # 19 - Uganda, Acholi sub-region (Gulu, Omoro): maternal death review form
    ("MINISTRY OF HEALTH - UGANDA | MATERNAL AND PERINATAL DEATH SURVEILLANCE AND RESPONSE\n"
     "MATERNAL DEATH REVIEW FORM | Gulu Regional Referral Hospital, Maternity Ward | mpdsr.gulu@health-sample.go.ug\n"
     "Review meeting: 28/04/2025 | Reviewed under the national MPDSR Guidelines 2017\n"
     "Deceased: Lakica Mercy Aber | 31 yrs | G5P4 | IP No. GRRH/MAT/25/1183 | NIN CF93041102MPLK\n"
     "Residence: Ongako village, Lalogi sub-county, Omoro District. Taught P.3 at Ongako Primary School.\n"
     "Husband: Okot Richard, boda-boda rider (motorcycle UEK 417T), tel +256 772 418 093\n"
     "Timeline:\n"
     "- 18/04/2025 (Good Friday) 02:00: delivered a live baby at home with the TBA, Mama Adong Innocent; heavy bleeding "
     "after the placenta.\n"
     "- 05:30: husband took her by boda-boda to Lalogi HC IV (delay 1: 3.5 h in deciding to seek care).\n"
     "- Lalogi HC IV: oxytocin 10 IU IM, misoprostol 800 mcg sublingual, bimanual compression, 2 IV lines; no blood "
     "on site; the HC IV ambulance (UG 2417M) was away - referral at 08:10, left 09:20 (delay 2).\n"
     "- 10:25 arrived GRRH: BP 70/40, pulse 140, Hb 5.2 g/dL; non-pneumatic anti-shock garment (NASG) applied; "
     "tranexamic acid 1 g IV; 2 units whole blood after a 90-min wait for grouping (delay 3).\n"
     "- Laparotomy: uterine atony; B-Lynch suture did not stop the bleeding - subtotal hysterectomy.\n"
     "- Died 16:40 the same day in theatre recovery.\n"
     "Cause of death: primary postpartum haemorrhage due to uterine atony; contributing: anaemia in pregnancy, all "
     "three delays (Three Delays model).\n"
     "Actions: blood stock for Lalogi HC IV from St. Mary's Hospital Lacor; VHT Komakech Patrick (+256 781 306 552) to "
     "list all pregnant women in the parish for birth preparedness.\n"
     "Committee: Dr. Opiyo Denis Ojara (chair, UMDPC 14827); SNO Lamunu Scovia (secretary)",
     [("HOSPITAL", ["Gulu Regional Referral Hospital"]), ("EMAIL", ["mpdsr.gulu@health-sample.go.ug"]),
      ("DATE", ["28/04/2025"]), ("NAME", ["Lakica", "Mercy", "Aber"]), ("MRN", ["GRRH/MAT/25/1183"]),
      ("ID", ["CF93041102MPLK"]), ("LOCATION", ["Ongako"]), ("LOCATION", ["Lalogi"]), ("LOCATION", ["Omoro District"]),
      ("LOCATION", ["Ongako Primary School"]), ("NAME", ["Okot", "Richard"]), ("PLATE", ["UEK 417T"]),
      ("PHONE", ["+256 772 418 093"]), ("DATE", ["18/04/2025"]), ("DATE", ["Good Friday"]), ("NAME", ["Adong", "Innocent"]),
      ("HOSPITAL", ["Lalogi HC IV"]), ("PLATE", ["UG 2417M"]), ("HOSPITAL", ["GRRH"]),
      ("HOSPITAL", ["St. Mary's Hospital Lacor"]), ("NAME", ["Komakech", "Patrick"]), ("PHONE", ["+256 781 306 552"]),
      ("NAME", ["Opiyo", "Denis", "Ojara"]), ("LICENCE", ["14827"]), ("NAME", ["Lamunu", "Scovia"])],
     ["MPDSR Guidelines 2017", "G5P4", "oxytocin 10 IU IM", "misoprostol 800 mcg", "bimanual compression",
      "BP 70/40", "Hb 5.2 g/dL", "non-pneumatic anti-shock garment (NASG)", "tranexamic acid 1 g IV", "uterine atony",
      "B-Lynch suture", "subtotal hysterectomy", "primary postpartum haemorrhage", "Three Delays model"]),
] + MORE_NOTES
