"""Twelfth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists or their documentation, and never
ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (743 planted identifier parts in 637 (kind, parts) entries; 232 clinical strings), written the way clinicians
write them: emergency, ICU, ward-round and burns-unit notes, nursing handovers, discharge summaries and letters, GP
referrals, clinic letters, radiology, pathology, blood-bank and laboratory requests, pharmacy, physiotherapy,
occupational-therapy, midwifery, mental-health, dental, air-ambulance, social-work, adult-protection,
occupational-health, palliative, care-home, telephone, portal, prison-health, school-nurse, travel-clinic,
sexual-health, dialysis-unit and fertility-clinic notes; from the US (Georgia, Minnesota, Oregon, Louisiana,
Colorado, New Jersey), Canada (Alberta, Saskatchewan, New Brunswick, Newfoundland and Labrador), England (Cornwall,
Yorkshire, Cumbria, Norfolk), Scotland (Aberdeen, Highland), Wales, Ireland, Australia (New South Wales, South
Australia, Tasmania, Western Australia), New Zealand, South Africa, Kenya, Nigeria, India (Kerala, Tamil Nadu,
Maharashtra), Bangladesh, the Philippines, Jamaica, Barbados, Fiji, Israel, Japan, South Korea, Thailand, Germany and
Spain.

Scripts (positions in ``NOTES``, counted from 0): notes 6 (Japanese) and 15 (Korean) in this file, and notes 24
(Tamil, Tamil Nadu) and 33 (Hebrew, Israel) in the second file, are entirely or mostly in a non-Latin script, with
names, addresses, phone numbers and facilities in that script (the Japanese note uses Japanese era dates); note 11 is
in Spanish and note 28 in German; all other notes are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers, "transferred from", "works at" and "picked up from", schools,
employers, care homes, pharmacies, practices, named rooms, churches and hospitals named after people; also handles,
e-mail, portal URLs, IPv4 and IPv6 addresses, vehicle plates and an aircraft registration, driving and professional
licences, passports, device serial numbers (pacemaker, insulin pump, syringe driver), insurance, tax and national
numbers, fax, pager and bleep numbers, and dates in many formats (including year-less dates, dates in words and
Spanish, German, Japanese, Korean and Tamil dates). Where a real identifier has a check digit (NHS, CHI, PPSN,
Australian Medicare, IHI, NHI, South African ID, Israeli ID, Korean RRN, Thai ID, Aadhaar, Spanish DNI and NUSS,
German KVNR, US NPI) the planted one passes it; the Canadian provincial health numbers, the DVLA licence and the other
national, insurance and tax numbers keep a valid format. No name, place or facility is planted in more than one note,
and none is reused from the eleventh set. Three patients are aged 90 or over (notes 9, 21 and 30), and for them the
age and every date element are planted. The strings that must survive include eponyms and eponymous signs, scores and
classifications with their numbers, diseases, protocols and criteria named after places or people, brand names of
drugs and devices, organisms, lab values, ratios and fractions that look like dates, and everyday words that double
as given names or places. The last 20 notes (366 identifier parts in 309 entries, 114 clinical strings) are in
:mod:`deid_notes_heldout12_more`, only to keep each file a readable length; this file holds 377 identifier parts in
328 entries and 118 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout12.deid_notes_heldout12_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Georgia: emergency department physician note
    ("EMERGENCY DEPARTMENT PHYSICIAN NOTE\n"
     "Memorial Health University Medical Center - Savannah, GA\n"
     "Arrival 08/03/2025 21:47, private vehicle\n"
     "Pt: Dewayne Tolliver-Hatch, 58 y/o M   DOB 2/19/1967   Acct# 771048226   MRN SMH-2276395\n"
     "112 Lathrop Ave, Savannah GA 31415. Lives alone. Ph 912-555-0146.\n"
     "HPI: crabber, works the boats out of Thunderbolt for Lowcountry Blue Crab Co. Cut his L shin on a trap this "
     "afternoon while wading in Wassaw Sound; within 4 h severe pain, swelling, dusky hemorrhagic bullae. EtOH "
     "cirrhosis, Child-Pugh B. T2DM on metformin.\n"
     "Exam: T 39.0, HR 128, BP 84/50, bullae L leg to mid-thigh, pain out of proportion to exam. LRINEC score 9. "
     "Lactate 5.1 mmol/L.\n"
     "A/P: necrotizing soft-tissue infection, presumed Vibrio vulnificus. 30 mL/kg, doxycycline + ceftazidime + "
     "vanc. Gen surg (Dr. Abernathy-Coles) paged for emergent debridement. Full code.\n"
     "Sister Rochelle at bedside, 912-555-0183. GA DL 058273914 in wallet; his truck, tag RPW8153, is in the ED lot.\n"
     "Electronically signed: Priyanka Venkataraman-Pryor, MD  NPI 1482750365",
     [("HOSPITAL", ["Memorial Health University Medical Center"]), ("LOCATION", ["Savannah"]),
      ("DATE", ["08/03/2025"]), ("NAME", ["Dewayne", "Tolliver-Hatch"]), ("DATE", ["2/19/1967"]),
      ("ID", ["771048226"]), ("MRN", ["SMH-2276395"]), ("ADDRESS", ["112 Lathrop Ave"]), ("POSTCODE", ["31415"]),
      ("PHONE", ["912-555-0146"]), ("LOCATION", ["Thunderbolt"]), ("LOCATION", ["Lowcountry Blue Crab Co."]),
      ("LOCATION", ["Wassaw Sound"]), ("NAME", ["Abernathy-Coles"]), ("NAME", ["Rochelle"]),
      ("PHONE", ["912-555-0183"]), ("LICENCE", ["058273914"]), ("PLATE", ["RPW8153"]),
      ("NAME", ["Priyanka", "Venkataraman-Pryor"]), ("ID", ["1482750365"])],
     ["Child-Pugh B", "pain out of proportion", "LRINEC score 9", "Lactate 5.1 mmol/L", "Vibrio vulnificus"]),

    # 1 - USA, Minnesota: medical ICU progress note
    ("MICU Daily Progress Note - Essentia Health St. Mary's Medical Center, Duluth MN   fax 218-555-0190\n"
     "HD 6, 11/14/2025 07:10\n"
     "Arvid Halvorsrud, 49M, MRN E20418837, DOB 06/02/1976\n"
     "ID: Blastomyces dermatitidis on BAL (broad-based budding yeast); urine Blasto Ag positive. Heavy-equipment "
     "operator at Mesabi Range Taconite; deer hunts from his cabin on the Cloquet River outside Brimson, lots of "
     "beaver dams.\n"
     "Overnight: severe ARDS, P/F 78 on FiO2 0.8, PEEP 16, proned 16 h. Norepi 0.18 mcg/kg/min plus Vasostrict "
     "0.03 U/min. SOFA 11. AmBisome 5 mg/kg daily since 11/09. Cr 2.1, UOP 25 mL/h.\n"
     "Discussed VV-ECMO candidacy with the Abbott Northwestern team in Minneapolis: accepted if P/F < 70 despite "
     "proning; North Memorial Air Care aware.\n"
     "Family: wife Ingeborg at bedside (218-555-0139); son Tor flying in from Fort Collins tonight.\n"
     "Folasade Lindqvist-Adeyemi, MD, critical care, pgr 7731",
     [("HOSPITAL", ["Essentia Health St. Mary's Medical Center"]), ("LOCATION", ["Duluth"]),
      ("PHONE", ["218-555-0190"]), ("DATE", ["11/14/2025"]), ("NAME", ["Arvid", "Halvorsrud"]),
      ("MRN", ["E20418837"]), ("DATE", ["06/02/1976"]), ("LOCATION", ["Mesabi Range Taconite"]),
      ("LOCATION", ["Cloquet River"]), ("LOCATION", ["Brimson"]), ("DATE", ["11/09"]),
      ("HOSPITAL", ["Abbott Northwestern"]), ("LOCATION", ["Minneapolis"]), ("HOSPITAL", ["North Memorial Air Care"]),
      ("NAME", ["Ingeborg"]), ("PHONE", ["218-555-0139"]), ("NAME", ["Tor"]), ("LOCATION", ["Fort Collins"]),
      ("NAME", ["Folasade", "Lindqvist-Adeyemi"]), ("PHONE", ["7731"])],
     ["Blastomyces dermatitidis", "broad-based budding yeast", "P/F 78", "Vasostrict", "SOFA 11",
      "AmBisome 5 mg/kg"]),

    # 2 - USA, Oregon: sexual health clinic visit
    ("Multnomah County Sexual Health Clinic, 1120 SE Morrison St, Portland OR 97214\n"
     "Visit 5/6/25 - walk-in, e-visit request submitted the night before from 71.193.42.18 via "
     "https://mychart.multco.us/eVisit\n"
     "Client: Caleb Ostrowski (he/him), 27, DOB 10-13-1997, client # MCHD-558127, OHP ID RT7741953\n"
     "Contact: text only, 503-555-0129; c.ostrowski.pdx@proton.me. Barista at Hawthorne Grind Coffee.\n"
     "Partner services: named by a partner with secondary syphilis who met him on Grindr (his profile "
     "pdxcyclist_97).\n"
     "Exam: painless 1 cm indurated ulcer on the shaft, clean base, bilat inguinal LAD. No palm/sole rash.\n"
     "Labs: RPR 1:32, TP-PA reactive. HIV Ag/Ab 4th gen neg. GC/CT NAAT x3 sites pending.\n"
     "Dx: primary syphilis, Treponema pallidum. Tx: Bicillin L-A 2.4 million units IM today. Doxy-PEP counselling "
     "and Rx. First Apretude injection given; next due 06/03/25.\n"
     "Sunniva Brekke, FNP",
     [("HOSPITAL", ["Multnomah County Sexual Health Clinic"]), ("ADDRESS", ["1120 SE Morrison St"]),
      ("LOCATION", ["Portland"]), ("POSTCODE", ["97214"]), ("DATE", ["5/6/25"]), ("IP", ["71.193.42.18"]),
      ("URL", ["https://mychart.multco.us/eVisit"]), ("NAME", ["Caleb", "Ostrowski"]), ("DATE", ["10-13-1997"]),
      ("MRN", ["MCHD-558127"]), ("ID", ["RT7741953"]), ("PHONE", ["503-555-0129"]),
      ("EMAIL", ["c.ostrowski.pdx@proton.me"]), ("LOCATION", ["Hawthorne Grind Coffee"]),
      ("HANDLE", ["pdxcyclist_97"]), ("DATE", ["06/03/25"]), ("NAME", ["Sunniva", "Brekke"])],
     ["RPR 1:32", "Treponema pallidum", "Bicillin L-A 2.4 million units", "Doxy-PEP", "Apretude"]),

    # 3 - USA, Louisiana: discharge summary
    ("OUR LADY OF THE LAKE REGIONAL MEDICAL CENTER, Baton Rouge LA - fax 225-555-0134\n"
     "DISCHARGE SUMMARY\n"
     "Thibodeaux, Clarence J.   MRN 5540-2873   DOB 07/21/1961   LA Medicaid 4418203975126\n"
     "Admit 03/10/2025   Discharge 03/17/2025   Attending: Oluwatoyin Broussard, MD\n"
     "PCP: Dr. Cheramie, Bayou Teche Family Medicine, St. Martinville\n"
     "Dx: borderline tuberculoid Hansen's disease (Ridley-Jopling BT) with type 1 reversal reaction and L ulnar "
     "neuritis.\n"
     "HPI: crawfish farmer, hunts and cleans armadillos. Numb hypopigmented plaques on trunk for a year; admitted "
     "with a painful thickened L ulnar nerve and early claw hand.\n"
     "Path: skin bx with granulomas tracking nerves, Fite stain rare AFB, Mycobacterium leprae PCR positive.\n"
     "Course: prednisone 40 mg with taper. MDT started: rifampin 600 mg monthly, Dapsone 100 mg daily (G6PD normal), "
     "Lamprene 50 mg daily.\n"
     "F/u: NHDP ambulatory clinic 04/14/2025. Home: 1874 Cypress Island Hwy, Breaux Bridge LA 70517. Wife "
     "Evangeline 337-555-0162.",
     [("HOSPITAL", ["OUR LADY OF THE LAKE REGIONAL MEDICAL CENTER"]), ("LOCATION", ["Baton Rouge"]),
      ("PHONE", ["225-555-0134"]), ("NAME", ["Thibodeaux", "Clarence"]), ("MRN", ["5540-2873"]),
      ("DATE", ["07/21/1961"]), ("ID", ["4418203975126"]), ("DATE", ["03/10/2025"]), ("DATE", ["03/17/2025"]),
      ("NAME", ["Oluwatoyin", "Broussard"]), ("NAME", ["Cheramie"]), ("HOSPITAL", ["Bayou Teche Family Medicine"]),
      ("LOCATION", ["St. Martinville"]), ("DATE", ["04/14/2025"]), ("ADDRESS", ["1874 Cypress Island Hwy"]),
      ("LOCATION", ["Breaux Bridge"]), ("POSTCODE", ["70517"]), ("NAME", ["Evangeline"]),
      ("PHONE", ["337-555-0162"])],
     ["Hansen's disease", "Ridley-Jopling BT", "Fite stain", "Mycobacterium leprae", "Dapsone 100 mg daily",
      "Lamprene 50 mg daily"]),

    # 4 - USA, Colorado: air ambulance handover to the emergency department
    ("High Country Air Medical - flight handover to St. Anthony Hospital ED, Lakewood, 01/04/2026 15:22\n"
     "Aircraft N417HA. Picked up from St. Vincent Health, Leadville.\n"
     "Pt: Ezekiel Pfaltzgraff, 34M, DOB 9-Sep-1991, from Tulsa OK; CO DL not held, OK DL F702951384. Staying at "
     "Alpenglow Condos unit 12B, Breckenridge. Rental car CO plate BXR-L42 left at the trailhead.\n"
     "Hx: flew in from sea level 2 days ago, skiing and skinning to 12,000 ft. Progressive dyspnea, dry cough then "
     "pink frothy sputum; headache, nausea, fatigue. Lake Louise score 7. Ataxic, failed heel-to-toe.\n"
     "En route: SpO2 71% RA -> 88% on 15 L NRB, HR 122, RR 30, BP 138/86. POCUS B-lines all zones.\n"
     "Tx: nifedipine ER 30 mg PO, dexamethasone 8 mg IV for ?HACE; Gamow bag not needed as descent by air.\n"
     "Wife Ottilie still at the condo, cell 918-555-0177.\n"
     "Teodoro Abeyta, RN, CFRN / Kasia Wrobel, FP-C",
     [("HOSPITAL", ["High Country Air Medical"]), ("HOSPITAL", ["St. Anthony Hospital"]),
      ("LOCATION", ["Lakewood"]), ("DATE", ["01/04/2026"]), ("PLATE", ["N417HA"]),
      ("HOSPITAL", ["St. Vincent Health"]), ("LOCATION", ["Leadville"]), ("NAME", ["Ezekiel", "Pfaltzgraff"]),
      ("DATE", ["9-Sep-1991"]), ("LOCATION", ["Tulsa"]), ("LICENCE", ["F702951384"]),
      ("ADDRESS", ["Alpenglow Condos unit 12B"]), ("LOCATION", ["Breckenridge"]), ("PLATE", ["BXR-L42"]),
      ("NAME", ["Ottilie"]), ("PHONE", ["918-555-0177"]), ("NAME", ["Teodoro", "Abeyta"]),
      ("NAME", ["Kasia", "Wrobel"])],
     ["pink frothy sputum", "Lake Louise score 7", "B-lines", "nifedipine ER 30 mg", "Gamow bag"]),

    # 5 - USA, New Jersey: school nurse health-office note
    ("Health Office - Musconetcong Valley Middle School, Hackettstown NJ\n"
     "Tuesday, September 16, 2025, 10:40\n"
     "Student: Ayla Krzeminski, gr 7, DOB 3/28/2013, student ID 2031-4478\n"
     "C/o headache and achy knees since the weekend. Family camped at Stokes State Forest over Labor Day. Bull's-eye "
     "rash about 8 cm on the back of the L thigh - looks like erythema migrans. T 100.4 F. Concerta 27 mg given "
     "here at 08:05 as usual. EpiPen Jr on file (bee sting).\n"
     "Mom, Renata Krzeminski, called at 10:50 (cell 908-555-0115), picked up 11:15. Advised to see her "
     "pediatrician, Dr. Fenstermacher at Skylands Pediatrics, today re possible early Lyme disease. Will need a "
     "doctor's note to return to PE.\n"
     "F/u 9/18: started doxycycline 100 mg BID x10 days; back in class, no fever.\n"
     "D. Vanterpool, BSN, RN, CSN",
     [("LOCATION", ["Musconetcong Valley Middle School"]), ("LOCATION", ["Hackettstown"]),
      ("DATE", ["September 16, 2025"]), ("NAME", ["Ayla", "Krzeminski"]), ("DATE", ["3/28/2013"]),
      ("ID", ["2031-4478"]), ("LOCATION", ["Stokes State Forest"]), ("NAME", ["Renata"]),
      ("PHONE", ["908-555-0115"]), ("NAME", ["Fenstermacher"]), ("HOSPITAL", ["Skylands Pediatrics"]),
      ("DATE", ["9/18"]), ("NAME", ["D. Vanterpool"])],
     ["erythema migrans", "Concerta 27 mg", "EpiPen Jr", "Lyme disease", "Will need a doctor's note",
      "doxycycline 100 mg BID"]),

    # 6 - Japan (in Japanese): paediatric discharge summary
    ("退院サマリー\n"
     "横浜北部こども医療センター 小児科\n"
     "患者氏名：佐々木 陽翔（ささき はると）　男児　3歳\n"
     "生年月日：令和4年2月11日　患者ID：0048127365\n"
     "保険者番号 06141827　記号・番号 都筑 4817・213\n"
     "住所：〒224-0032 横浜市都筑区茅ケ崎中央18-6-402\n"
     "保護者：母 佐々木 美咲（携帯 090-4821-7736）\n"
     "入院日：令和7年6月3日　退院日：令和7年6月14日\n"
     "診断：川崎病（定型例）、冠動脈病変なし\n"
     "経過：発熱5日目に紹介受診。両側眼球結膜充血、口唇の紅潮といちご舌、BCG接種部位の発赤、手足の硬性浮腫、"
     "不定形発疹を認め、主要症状6/6。小林スコア 5点の高リスク例としてIVIG 2 g/kg、アスピリン 30 mg/kg/日に"
     "プレドニゾロンを併用。翌日解熱。心エコーで冠動脈Zスコアはいずれも2.0未満。\n"
     "退院後：アスピリン 5 mg/kg/日を継続し、6月28日に外来で心エコー再検。すみれ保育園には登園許可書を発行。\n"
     "かかりつけ医：中川こどもクリニック 中川 健一 先生\n"
     "主治医：小児科 高橋 由紀子",
     [("HOSPITAL", ["横浜北部こども医療センター"]), ("NAME", ["佐々木", "陽翔"]), ("NAME", ["ささき", "はると"]),
      ("DATE", ["令和4年2月11日"]), ("MRN", ["0048127365"]), ("ID", ["06141827"]), ("ID", ["都筑 4817・213"]),
      ("POSTCODE", ["224-0032"]), ("LOCATION", ["横浜市", "都筑区"]), ("ADDRESS", ["茅ケ崎中央18-6-402"]),
      ("NAME", ["美咲"]), ("PHONE", ["090-4821-7736"]), ("DATE", ["令和7年6月3日"]), ("DATE", ["令和7年6月14日"]),
      ("DATE", ["6月28日"]), ("LOCATION", ["すみれ保育園"]), ("HOSPITAL", ["中川こどもクリニック"]),
      ("NAME", ["中川", "健一"]), ("NAME", ["高橋", "由紀子"])],
     ["3歳", "川崎病", "いちご舌", "BCG接種部位の発赤", "小林スコア 5点", "IVIG 2 g/kg"]),

    # 7 - Canada, Alberta: travel medicine consultation
    ("Bow Valley Travel Medicine, 2210 Kensington Rd NW, Calgary AB T2N 3R7 - book online at "
     "https://bowvalleytravel.ca/book\n"
     "Pre-travel consult 2025-08-19\n"
     "Client: Harjit Sangha, 31 F, DOB 1994-04-07, AB PHN 12784-3390, passport AK728193\n"
     "harjit.sangha@shaw.ca, 403-555-0176. RN on the cardiac unit at Foothills Medical Centre.\n"
     "Itinerary: Lima, Cusco and the Inca Trail, then 10 days volunteering at a river clinic out of Iquitos, leaving "
     "on October 3. Altitude and jungle; some rural nights.\n"
     "Hx: well, no meds, no egg allergy, not pregnant, no thymus disease.\n"
     "Given today: YF-VAX (ICVP no. CA-0735512), Typhim Vi, Twinrix booster. Rabies PrEP day 0 (day 7 booked for "
     "Aug 26). Rx: Malarone 250/100 daily from 2 days before the Amazon until 7 days after, Dukoral 2 doses, "
     "acetazolamide 125 mg BID for Cusco, azithromycin standby for travellers' diarrhea.\n"
     "Beatriz Oyelaran, RN, travel health",
     [("HOSPITAL", ["Bow Valley Travel Medicine"]), ("ADDRESS", ["2210 Kensington Rd NW"]), ("LOCATION", ["Calgary"]),
      ("POSTCODE", ["T2N 3R7"]), ("URL", ["https://bowvalleytravel.ca/book"]), ("DATE", ["2025-08-19"]),
      ("NAME", ["Harjit", "Sangha"]), ("DATE", ["1994-04-07"]), ("ID", ["12784-3390"]), ("ID", ["AK728193"]),
      ("EMAIL", ["harjit.sangha@shaw.ca"]), ("PHONE", ["403-555-0176"]), ("HOSPITAL", ["Foothills Medical Centre"]),
      ("LOCATION", ["Iquitos"]), ("DATE", ["October 3"]), ("ID", ["CA-0735512"]), ("DATE", ["Aug 26"]),
      ("NAME", ["Beatriz", "Oyelaran"])],
     ["YF-VAX", "Typhim Vi", "Twinrix", "Malarone 250/100", "Dukoral", "acetazolamide 125 mg BID"]),

    # 8 - Canada, Saskatchewan: haemodialysis unit run note
    ("Regina General Hospital - 4B Hemodialysis Unit\n"
     "Run note 2025-11-27, chair 9, TTS days\n"
     "Everett Pelletier-Lonechild, 63M, HSN 481 207 653, DOB 1962-05-30. Lives in Fort Qu'Appelle; comes in on the "
     "Calling Lakes Transit van, 75 km each way.\n"
     "Access: L radiocephalic Brescia-Cimino fistula, thrill and bruit present, 2 x 15G needles, no infiltration.\n"
     "Pre wt 84.6 kg, EDW 81.5, UF goal 3.2 L. BP pre 168/92, post 142/80. Pre K 5.9 after a weekend of "
     "soup and oranges - diet reviewed.\n"
     "Given: Aranesp 60 mcg IV, Venofer 100 mg IV. Home Sensipar 30 mg daily.\n"
     "Monthly bloods: Kt/V 1.42, URR 71%, Hb 104 g/L, PTH 48 pmol/L, phos 2.1.\n"
     "Transplant w/u: referral to St. Paul's Hospital, Saskatoon; HLA typing drawn today. Asks to switch to MWF "
     "so he can coach his grandson's hockey team in Balcarres.\n"
     "Charmaine Desjarlais, RN. Nephrologist Dr. Vaidyanathan informed.",
     [("HOSPITAL", ["Regina General Hospital"]), ("DATE", ["2025-11-27"]),
      ("NAME", ["Everett", "Pelletier-Lonechild"]), ("ID", ["481 207 653"]), ("DATE", ["1962-05-30"]),
      ("LOCATION", ["Fort Qu'Appelle"]), ("LOCATION", ["Calling Lakes Transit"]),
      ("HOSPITAL", ["St. Paul's Hospital"]), ("LOCATION", ["Saskatoon"]), ("LOCATION", ["Balcarres"]),
      ("NAME", ["Charmaine", "Desjarlais"]), ("NAME", ["Vaidyanathan"])],
     ["Brescia-Cimino fistula", "BP pre 168/92", "Aranesp 60 mcg", "Sensipar 30 mg", "Kt/V 1.42", "URR 71%"]),

    # 9 - England, Cornwall: GP care-home review, patient aged 93
    ("Pentire Surgery, Newquay - weekly care home round\n"
     "Wed 12th March 2025 - Chy an Mor Residential Home, 4 Cliff Road, Newquay TR7 2NF\n"
     "Mrs Winifred Pascoe, 93yo, DOB 02.11.1931, NHS 403 718 2653, room 7 (the Godrevy room)\n"
     "PMH: Alzheimer's disease, AF on Eliquis 2.5 mg BD, CKD 3b, # NOF 2019 (R DHS at Royal Cornwall Hospital, "
     "Treliske).\n"
     "Staff: eating less since Sat 8th, more drowsy, refused her bath twice, slid from her chair 10/3 without "
     "injury. Weight 41.2 kg (44.0 kg in Dec 2024).\n"
     "O/E: Abbey Pain Scale 9, NEWS2 4, chest clear, suprapubic tenderness, new smelly urine; no dipstick (over 65).\n"
     "Rockwood Clinical Frailty Scale 8. MUST score 2.\n"
     "Plan: pivmecillinam 400 mg stat then 200 mg TDS 3/7; Fortisip Compact BD; encourage fluids. ReSPECT form of "
     "14/06/2023 reviewed: comfort-focused, hospital only if symptoms cannot be managed here. Discussed with "
     "daughter Jennifer Hocking (LPA health and welfare) in Lostwithiel, 07700 900 218. Hope to avoid admission. "
     "Review Friday 14th.\n"
     "Dr Kerensa Penhaligon",
     [("HOSPITAL", ["Pentire Surgery"]), ("LOCATION", ["Newquay"]), ("DATE", ["12th March 2025"]),
      ("HOSPITAL", ["Chy an Mor Residential Home"]), ("ADDRESS", ["4 Cliff Road"]), ("POSTCODE", ["TR7 2NF"]),
      ("NAME", ["Winifred", "Pascoe"]), ("AGE", ["93yo"]), ("DATE", ["02.11.1931"]), ("ID", ["403 718 2653"]),
      ("LOCATION", ["Godrevy room"]), ("DATE", ["2019"]), ("HOSPITAL", ["Royal Cornwall Hospital"]),
      ("LOCATION", ["Treliske"]), ("DATE", ["Sat 8th"]), ("DATE", ["10/3"]), ("DATE", ["Dec 2024"]),
      ("DATE", ["14/06/2023"]), ("NAME", ["Jennifer", "Hocking"]), ("LOCATION", ["Lostwithiel"]),
      ("PHONE", ["07700 900 218"]), ("DATE", ["Friday 14th"]), ("NAME", ["Kerensa", "Penhaligon"])],
     ["Alzheimer's disease", "Eliquis 2.5 mg BD", "refused her bath", "Abbey Pain Scale 9",
      "Rockwood Clinical Frailty Scale 8", "MUST score 2", "Fortisip Compact", "Hope to avoid admission"]),

    # 10 - Scotland: community pharmacy consultation (Pharmacy First)
    ("Pharmacy First Scotland - consultation record\n"
     "Mastrick Community Pharmacy, 31 Greenfern Road, Aberdeen AB16 6TR\n"
     "03/10/2025 14:25\n"
     "Ms Eilidh Strachan, 34, CHI 241290 5126. Registered with Cornhill Medical Group.\n"
     "Mobile 07700 900 584.\n"
     "2 days dysuria and frequency, no loin pain, no fever, no discharge, LMP 21 Sept, not pregnant. Works in "
     "offshore catering for Granite Offshore Services; due to fly out from Dyce on Mon 6th Oct.\n"
     "Last UTI in June: E. coli resistant to trimethoprim, so no trimethoprim.\n"
     "Supplied under PGD: Macrobid 100 mg BD 3 days, per SIGN 160. eGFR > 45 on last bloods. Safety-netting given; "
     "see GP or NHS 24 on 111 if loin pain, fever or not better in 48 h.\n"
     "Calum Drummond-Baird, MRPharmS, GPhC 2219837",
     [("HOSPITAL", ["Mastrick Community Pharmacy"]), ("ADDRESS", ["31 Greenfern Road"]), ("LOCATION", ["Aberdeen"]),
      ("POSTCODE", ["AB16 6TR"]), ("DATE", ["03/10/2025"]), ("NAME", ["Eilidh", "Strachan"]),
      ("ID", ["241290 5126"]), ("HOSPITAL", ["Cornhill Medical Group"]), ("PHONE", ["07700 900 584"]),
      ("DATE", ["21 Sept"]), ("LOCATION", ["Granite Offshore Services"]), ("LOCATION", ["Dyce"]),
      ("DATE", ["Mon 6th Oct"]), ("NAME", ["Calum", "Drummond-Baird"]), ("ID", ["2219837"])],
     ["E. coli resistant to trimethoprim", "Macrobid 100 mg BD", "SIGN 160", "eGFR > 45", "NHS 24 on 111"]),

    # 11 - Spain (in Spanish): primary care consultation
    ("Centro de Salud San Roque - Badajoz\n"
     "Consulta de Atención Primaria, 22/07/2025\n"
     "Paciente: D. Anselmo Gragera Molano, 67 años. DNI 48215736P. NUSS 06/17248530/88.\n"
     "Domicilio: C/ Antonio Hernández Gil, 14, 3.º B, 06004 Badajoz. Tel. 924 55 31 78, móvil 655 48 21 07.\n"
     "Portador de marcapasos Medtronic Azure (n.º de serie RNV602174S), implantado en el Hospital Universitario de "
     "Badajoz.\n"
     "Motivo: fiebre de 39 °C desde hace 5 días, cefalea, artromialgias y exantema maculopapular que afecta a "
     "palmas y plantas. Pasa los fines de semana en la finca Los Almendros, en Olivenza, con sus perros; se quitó "
     "una garrapata el 12 de julio.\n"
     "Exploración: escara necrótica en tobillo derecho (mancha negra).\n"
     "Analítica: PCR 86 mg/L, plaquetas 118.000/µL, GOT/GPT elevadas.\n"
     "Juicio clínico: fiebre botonosa mediterránea (Rickettsia conorii).\n"
     "Tratamiento: doxiciclina 100 mg/12 h durante 7 días. Se solicita serología. Revisión el 25 de julio. Le "
     "acompaña su hija Remedios (tel. 622 31 09 48).\n"
     "Dra. Inmaculada Borrego Sayago, n.º col. 06/0612847",
     [("HOSPITAL", ["Centro de Salud San Roque"]), ("LOCATION", ["Badajoz"]), ("DATE", ["22/07/2025"]),
      ("NAME", ["Anselmo", "Gragera", "Molano"]), ("ID", ["48215736P"]), ("ID", ["06/17248530/88"]),
      ("ADDRESS", ["C/ Antonio Hernández Gil, 14, 3.º B"]), ("POSTCODE", ["06004"]), ("PHONE", ["924 55 31 78"]),
      ("PHONE", ["655 48 21 07"]), ("SERIAL", ["RNV602174S"]), ("HOSPITAL", ["Hospital Universitario de Badajoz"]),
      ("LOCATION", ["finca Los Almendros"]), ("LOCATION", ["Olivenza"]), ("DATE", ["12 de julio"]),
      ("DATE", ["25 de julio"]), ("NAME", ["Remedios"]), ("PHONE", ["622 31 09 48"]),
      ("NAME", ["Inmaculada", "Borrego", "Sayago"]), ("ID", ["06/0612847"])],
     ["67 años", "Medtronic Azure", "mancha negra", "PCR 86 mg/L", "fiebre botonosa mediterránea",
      "Rickettsia conorii", "doxiciclina 100 mg/12 h"]),

    # 12 - Wales: physiotherapy initial assessment
    ("Physiotherapy Department, Prince Philip Hospital, Llanelli - MSK initial assessment 06/05/2025\n"
     "Mr Gethin Prosser-Bowen, 42, DOB 19/01/1983, NHS 538 206 1475\n"
     "Referred from Glangwili ED, seen there on 28 April. Mobile 07700 900 367, gethin.pb@hwbmail.net\n"
     "PE teacher at Ysgol y Strade. Felt 'kicked' in the back of the R heel playing 5-a-side at the Selwyn Samuel "
     "Centre.\n"
     "O/E: palpable gap 4 cm above the calcaneal insertion, Simmonds-Thompson test positive, Matles test positive. "
     "USS: complete rupture, 6 mm gap in equinus.\n"
     "Managed non-operatively on the Swansea Morriston Achilles Rupture Treatment protocol: VACOped boot with wedges, "
     "FWB in boot, wedges down from week 6. ATRS score 38 today.\n"
     "Off PE duties; fit note for amended duties. Review 2/52.\n"
     "Sioned Pugh-Morgan, MSK Physiotherapist, HCPC PH128471",
     [("HOSPITAL", ["Prince Philip Hospital"]), ("LOCATION", ["Llanelli"]), ("DATE", ["06/05/2025"]),
      ("NAME", ["Gethin", "Prosser-Bowen"]), ("DATE", ["19/01/1983"]), ("ID", ["538 206 1475"]),
      ("HOSPITAL", ["Glangwili"]), ("DATE", ["28 April"]), ("PHONE", ["07700 900 367"]),
      ("EMAIL", ["gethin.pb@hwbmail.net"]), ("LOCATION", ["Ysgol y Strade"]),
      ("LOCATION", ["Selwyn Samuel Centre"]), ("NAME", ["Sioned", "Pugh-Morgan"]), ("ID", ["PH128471"])],
     ["Simmonds-Thompson test positive", "Matles test positive", "Swansea Morriston Achilles Rupture Treatment",
      "VACOped", "ATRS score 38"]),

    # 13 - Ireland: fertility clinic consultation
    ("Corrib Fertility Clinic, Bishop O'Donnell Road, Galway H91 YR71 - patients' portal "
     "https://portal.corribfertility.ie\n"
     "Consultation 14th January 2026\n"
     "Ms Aoife Ní Bhriain, DOB 11/09/1990, PPSN 8419275U, and partner Mr Ciarán Fahy, DOB 02/03/1988\n"
     "12 Ard na Gréine, Knocknacarra, Galway. Mobile 086 555 3148.\n"
     "GP: Dr Ó Conghaile, Salthill Medical Practice.\n"
     "2 years trying. Cycles 45-60 days. PCOS by the Rotterdam criteria (oligo-ovulation and PCOM), AMH 68 pmol/L, "
     "BMI 27. Day 21 progesterone 4 nmol/L. HyCoSy: both tubes patent.\n"
     "Semen analysis (WHO 2021): 22 million/mL, progressive motility 38%, normal forms 3%.\n"
     "Plan: letrozole 2.5 mg days 3-7 for 3 cycles with follicle tracking; if no pregnancy, IVF on an antagonist "
     "protocol with Gonal-f, Cetrotide and an Ovitrelle trigger. Folic acid. Aoife works shifts at Galway "
     "Clinic theatres - scans fitted round her roster.\n"
     "Dr Muireann Kavanagh-Stokes, Consultant in Reproductive Medicine",
     [("HOSPITAL", ["Corrib Fertility Clinic"]), ("ADDRESS", ["Bishop O'Donnell Road"]), ("LOCATION", ["Galway"]),
      ("POSTCODE", ["H91 YR71"]), ("URL", ["https://portal.corribfertility.ie"]), ("DATE", ["14th January 2026"]),
      ("NAME", ["Aoife", "Ní Bhriain"]), ("DATE", ["11/09/1990"]), ("ID", ["8419275U"]),
      ("NAME", ["Ciarán", "Fahy"]), ("DATE", ["02/03/1988"]), ("ADDRESS", ["12 Ard na Gréine"]),
      ("LOCATION", ["Knocknacarra"]), ("PHONE", ["086 555 3148"]), ("NAME", ["Ó Conghaile"]),
      ("HOSPITAL", ["Salthill Medical Practice"]), ("HOSPITAL", ["Galway Clinic"]),
      ("NAME", ["Muireann", "Kavanagh-Stokes"])],
     ["Rotterdam criteria", "AMH 68 pmol/L", "WHO 2021", "letrozole 2.5 mg", "Gonal-f", "Cetrotide", "Ovitrelle"]),

    # 14 - Australia, New South Wales: CT pulmonary angiogram request and report
    ("NSW Health - Medical Imaging request - Wagga Wagga Base Hospital\n"
     "CTPA requested 23/09/2025 02:14\n"
     "Kirrily Matthiessen, F 36, DOB 07.03.1989, MRN WGB0841726, Medicare 2645 91731 2\n"
     "27 Murrumbidgee Crescent, Kooringal NSW 2650. Ph 0491 570 318.\n"
     "Clinical: 3/52 post ORIF L ankle (Weber B) at Calvary Riverina, in a boot, on the COCP (Yaz). Sudden "
     "pleuritic chest pain and dyspnoea; HR 118, SpO2 92% RA. Wells score 6. D-dimer 2.9 mg/L FEU. eGFR > 90, no "
     "contrast allergy, beta-hCG negative.\n"
     "Requesting: Dr Tobias Wainwright-Oduya, JMO, pager 62\n"
     "REPORT 03:05: filling defects in the R lower lobe segmental and subsegmental arteries. RV/LV ratio 0.8, no "
     "septal bowing. No Hampton's hump; Westermark sign absent.\n"
     "Dr Ilse Hoogendoorn, radiologist. Discussed with the JMO 03:10.",
     [("HOSPITAL", ["Wagga Wagga Base Hospital"]), ("DATE", ["23/09/2025"]), ("NAME", ["Kirrily", "Matthiessen"]),
      ("DATE", ["07.03.1989"]), ("MRN", ["WGB0841726"]), ("ID", ["2645 91731 2"]),
      ("ADDRESS", ["27 Murrumbidgee Crescent"]), ("LOCATION", ["Kooringal"]), ("POSTCODE", ["2650"]),
      ("PHONE", ["0491 570 318"]), ("HOSPITAL", ["Calvary Riverina"]), ("NAME", ["Tobias", "Wainwright-Oduya"]),
      ("NAME", ["Ilse", "Hoogendoorn"])],
     ["Weber B", "Yaz", "Wells score 6", "D-dimer 2.9 mg/L FEU", "RV/LV ratio 0.8", "Hampton's hump",
      "Westermark sign"]),

    # 15 - South Korea (in Korean): infectious-diseases ward round note
    ("광주한빛병원 감염내과 병동 회진 기록\n"
     "2025년 10월 28일 (화)\n"
     "환자: 박순자 (여/66세), 등록번호 10482736, 주민등록번호 590823-2418377\n"
     "주소: 전라남도 화순군 능주면 석고리 214\n"
     "보호자: 아들 김민재 010-4827-3319\n"
     "현병력: 고추 수확 작업 후 10월 19일부터 발열, 오한, 근육통, 두통. 우측 서혜부에 가피(eschar) 1개, 체간에 "
     "반점구진성 발진.\n"
     "검사: Orientia tsutsugamushi IFA IgM 1:640, 혈소판 88,000/μL, AST/ALT 142/118.\n"
     "진단: 쯔쯔가무시병 (scrub typhus)\n"
     "치료: 독시사이클린 100 mg 1일 2회, 투약 3일째 해열됨.\n"
     "계획: 10월 30일 퇴원 예정. 화순군보건소에 감염병 신고 완료. 외래 11월 6일.\n"
     "담당의: 감염내과 이정훈",
     [("HOSPITAL", ["광주한빛병원"]), ("DATE", ["2025년 10월 28일"]), ("NAME", ["박순자"]), ("MRN", ["10482736"]),
      ("ID", ["590823-2418377"]), ("LOCATION", ["화순군"]), ("ADDRESS", ["능주면 석고리 214"]),
      ("NAME", ["김민재"]), ("PHONE", ["010-4827-3319"]), ("DATE", ["10월 19일"]), ("DATE", ["10월 30일"]),
      ("HOSPITAL", ["화순군보건소"]), ("DATE", ["11월 6일"]), ("NAME", ["이정훈"])],
     ["66세", "가피(eschar)", "Orientia tsutsugamushi", "IFA IgM 1:640", "쯔쯔가무시병", "독시사이클린 100 mg"]),

    # 16 - South Africa: drug-resistant TB ward round
    ("King Dinuzulu Hospital, Durban - DR-TB ward round, Ward 4B, 18 Nov 2025\n"
     "Sbusiso Ngcobo, 38M, SA ID 8704235125084, folder KDH-2025-04418\n"
     "Home: B 1417 Section C, Inanda 4310. Works on a cane farm near Verulam.\n"
     "RR-TB with inhA mutation on LPA, FQ susceptible. Month 2 of BPaLM: Sirturo (bedaquiline), pretomanid, "
     "linezolid 600 mg, moxifloxacin. Sputum culture converted on MGIT at week 8; Löwenstein-Jensen slopes "
     "pending. HIV+, CD4 214, on TLD.\n"
     "QTcF 462 ms (was 448) - K and Mg replaced, repeat ECG in 1/52. Hb 10.9 g/dL. Grade 1 peripheral neuropathy "
     "(feet), monitor on linezolid.\n"
     "Sister Nomvula visits Sundays, 072 555 8194. Social worker to sort his disability grant.\n"
     "Dr Thandeka Zungu, MO",
     [("HOSPITAL", ["King Dinuzulu Hospital"]), ("LOCATION", ["Durban"]), ("DATE", ["18 Nov 2025"]),
      ("NAME", ["Sbusiso", "Ngcobo"]), ("ID", ["8704235125084"]), ("MRN", ["KDH-2025-04418"]),
      ("ADDRESS", ["B 1417 Section C"]), ("LOCATION", ["Inanda"]), ("POSTCODE", ["4310"]),
      ("LOCATION", ["Verulam"]), ("NAME", ["Nomvula"]), ("PHONE", ["072 555 8194"]),
      ("NAME", ["Thandeka", "Zungu"])],
     ["BPaLM", "Sirturo", "MGIT", "Löwenstein-Jensen", "QTcF 462 ms", "Hb 10.9 g/dL"]),

    # 17 - Kenya: viral haemorrhagic fever specimen referral form
    ("Garissa County Referral Hospital - Laboratory\n"
     "SPECIMEN REFERRAL FORM - suspected viral haemorrhagic fever\n"
     "To: National Public Health Laboratories, Nairobi. Date collected 12/01/2026 10:30\n"
     "Patient: Abdirahman Hirsi Gedi, M, 29 yrs, herder. National ID 31842097, SHA no. CR6630915\n"
     "Residence: Balambala sub-county, near the Tana River. Tel +254 722 555 318. NOK: wife Hodan.\n"
     "History: onset 07/01 with fever, retro-orbital pain, then haematemesis; slaughtered a sick goat that had "
     "aborted, after heavy rains and flooding. Many Aedes after the rains. Two neighbours' herds lost lambs.\n"
     "Findings: T 39.6, jaundice, petechiae; platelets 64 x10^9/L, AST 412 U/L. mRDT negative.\n"
     "Suspected: Rift Valley fever. Tests requested: RVF RT-PCR and IgM ELISA.\n"
     "Triple packaged, cold chain, courier vehicle KCV 418T.\n"
     "Requesting clinician: Dr Wanjiru Kamau-Otieno, 0711 555 264, garissacrh.lab@gmail.com",
     [("HOSPITAL", ["Garissa County Referral Hospital"]), ("LOCATION", ["Nairobi"]), ("DATE", ["12/01/2026"]),
      ("NAME", ["Abdirahman", "Hirsi", "Gedi"]), ("ID", ["31842097"]), ("ID", ["CR6630915"]),
      ("LOCATION", ["Balambala"]), ("LOCATION", ["Tana River"]), ("PHONE", ["+254 722 555 318"]),
      ("NAME", ["Hodan"]), ("DATE", ["07/01"]), ("PLATE", ["KCV 418T"]), ("NAME", ["Wanjiru", "Kamau-Otieno"]),
      ("PHONE", ["0711 555 264"]), ("EMAIL", ["garissacrh.lab@gmail.com"])],
     ["Aedes", "platelets 64 x10^9/L", "AST 412 U/L", "mRDT negative", "Rift Valley fever", "RT-PCR"]),

    # 18 - Nigeria: isolation ward round
    ("Irrua Specialist Teaching Hospital, Edo State - Isolation Ward round, 03/02/2025\n"
     "Mrs Ehinomen Okojie-Aigbe, 32 F, hosp no. ISTH/25/01873, NIN 48271930615\n"
     "No. 23 Uhiele Street, Ekpoma. Trader (garri and palm oil) at Ekpoma main market.\n"
     "Day 5 of admission. Fever 7/7, sore throat, retrosternal pain, vomiting, gum bleeding. Rats (Mastomys "
     "natalensis) in the store where she keeps her garri. Lassa fever RT-PCR positive.\n"
     "IV ribavirin by the McCormick regimen, day 5. Creatinine 3.2 mg/dL, AST 380 U/L, Hb 9.1 g/dL. One session "
     "of haemodialysis yesterday. Urine output 0.6 mL/kg/h.\n"
     "Husband, Mr Osagie Okojie (0803 555 7261), and three other household contacts on 21-day follow-up by the "
     "Esan West LGA DSNO.\n"
     "Plan: continue ribavirin, daily E/U/Cr, repeat PCR day 10.\n"
     "Dr Chukwuemeka Adeyanju-Bello, Senior Registrar",
     [("HOSPITAL", ["Irrua Specialist Teaching Hospital"]), ("DATE", ["03/02/2025"]),
      ("NAME", ["Ehinomen", "Okojie-Aigbe"]), ("MRN", ["ISTH/25/01873"]), ("ID", ["48271930615"]),
      ("ADDRESS", ["No. 23 Uhiele Street"]), ("LOCATION", ["Ekpoma"]), ("LOCATION", ["Ekpoma main market"]),
      ("NAME", ["Osagie", "Okojie"]), ("PHONE", ["0803 555 7261"]), ("LOCATION", ["Esan West"]),
      ("NAME", ["Chukwuemeka", "Adeyanju-Bello"])],
     ["Mastomys natalensis", "Lassa fever", "McCormick regimen", "Creatinine 3.2 mg/dL", "Hb 9.1 g/dL"]),

    # 19 - India, Kerala: Nipah contact-tracing telephone log
    ("District Surveillance Unit, Kozhikode - Nipah contact tracing, telephone follow-up\n"
     "16-09-2025, 11:40\n"
     "Called: Mr. Sreejith Kunnummal, 44, mob. 94470 58213, Aadhaar 4827 1935 6023\n"
     "Kunnummal House, Maruthonkara P.O., Kozhikode 673513. Works at a cashew factory in Perambra.\n"
     "Contact category: high-risk primary contact - bystander in casualty at Baby Memorial Hospital with the index "
     "case on 08 Sept.\n"
     "Day 8 of 21-day quarantine. No fever, headache, cough or altered sensorium today; GCS 15/15 on the home "
     "visit yesterday. Throat swab and serum sent on day 5 to NIV Pune - Nipah virus RT-PCR negative.\n"
     "Advice reinforced: stay home, no visitors, avoid fruit bitten by Pteropus bats. ASHA worker Smt. Lissy "
     "Varghese will call daily.\n"
     "Dr. Anupama Thekkedath, DSO",
     [("HOSPITAL", ["District Surveillance Unit, Kozhikode"]), ("LOCATION", ["Kozhikode"]), ("DATE", ["16-09-2025"]),
      ("NAME", ["Sreejith", "Kunnummal"]), ("PHONE", ["94470 58213"]), ("ID", ["4827 1935 6023"]),
      ("ADDRESS", ["Kunnummal House, Maruthonkara P.O."]), ("POSTCODE", ["673513"]), ("LOCATION", ["Perambra"]),
      ("HOSPITAL", ["Baby Memorial Hospital"]), ("DATE", ["08 Sept"]), ("HOSPITAL", ["NIV"]),
      ("LOCATION", ["Pune"]), ("NAME", ["Lissy", "Varghese"]), ("NAME", ["Anupama", "Thekkedath"])],
     ["21-day quarantine", "GCS 15/15", "Nipah virus", "RT-PCR negative", "Pteropus bats"]),
] + MORE_NOTES
