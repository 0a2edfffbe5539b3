"""Twentieth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1127 planted identifier parts in 952 (kind, parts) entries; 268 clinical strings), mostly in English, written
the way clinicians write them: an emergency department trauma note, an SBAR nursing handover, a Key Information Summary
and anticipatory care plan, a cardiac catheterization report, a labour and delivery record with a partograph summary, a
pre-operative anaesthesia assessment, a drug-resistant TB follow-up form, a medical discharge summary, a stroke call and
thrombolysis proforma, a hepatobiliary surgery discharge record, a paediatric referral letter to a cancer institute, a
federal black lung medical examination form, inpatient progress notes, a hospital discharge card, a police medical form
for a wounding, a dictated rheumatology letter (typist's "comma", "full stop", "new paragraph" and "[inaudible]" left
in), a home nursing visit record, an operation note, an eye camp cataract screening list, a transfer center acceptance
note, a cholera treatment centre line list, a paediatric discharge summary in Chinese, a haemodialysis run sheet, an
echocardiogram report, a medical certificate of cause of death, a medical report for a travel insurer, a neonatal ICU
shift handover, a rheumatic heart disease register entry with a benzathine penicillin injection record, a workers'
compensation physician's first report, a consultation record, an online consultation form with the GP's reply, a
telehealth video visit note, an epicrisis, a community clinic referral form, a diabetic retinopathy screening report, an
emergency endoscopy report, an occupational therapy pre-discharge home assessment, a viral haemorrhagic fever case
investigation form, a home medical care visit record and a polysomnography report. From the US (Alaska, Louisiana, West
Virginia, the Navajo Nation in Arizona, Hawaii), Canada (Newfoundland and Labrador, British Columbia), Scotland
(Shetland), Northern Ireland (Co. Fermanagh), England (Cornwall), Jersey, Malta (Gozo), Bermuda, Belize, Guyana
(Berbice), Chile (Aysén), Ghana (Ashanti), Sierra Leone (Kenema), Uganda (Acholi), Zambia (Lusaka), Botswana
(Ngamiland), South Africa (Eastern Cape), India (Kerala, in English), Sri Lanka (North Central Province), Pakistan
(Gilgit-Baltistan), Nepal, Singapore, the United Arab Emirates (Al Ain), Australia (Tasmania, the Torres Strait in
Queensland), Tonga, Greece (Crete, Thessaloniki, Patras), Cyprus (Limassol district), mainland China (Sichuan, Guizhou),
Hong Kong, Taiwan (Hualien) and Poland (Podkarpackie).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 5 (Heraklion), 16 (a Limassol wine village), 26
(Thessaloniki) and 35 (Patras) are in Greek script, with Greek names and patronymics, addresses, phone numbers,
facilities and Greek month names; notes 9 (Garzê, Sichuan) and 29 (Leishan, Guizhou) are in simplified Chinese and notes
21 (Hong Kong) and 38 (Hualien, with Republic of China calendar dates) in traditional Chinese, with names, addresses,
phone numbers, facilities and dates in Chinese; note 13 is in Polish (Bieszczady) and note 32 in Spanish (Chilean
Patagonia), each with dates in that language; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (Mr, Mrs, Ms, Miss,
Sister, Sr, Cpl., Haji, Bibi, Madam, MD, S/o, s/o, w/o, d/o, nee, Pan, Pani, lek., Sr./Sra., Dra., κυρία, του with a
patronymic, 妻子, 母亲, 母親, 媳婦), bare in prose, in sign-offs, in lists, addresses with and without house numbers (a PO box,
a highway contract box, a Kerala house name, a Cornish house name, a Bermuda cottage, a Jersey house name, a Ghanaian
house number, a Guyanese lot on a numbered village, a Lusaka house number that looks like a fraction, a Sri Lankan
Mahaweli tract, a Belize farm number, a Chinese village group, a Hong Kong village house number, a Taiwan lane number, a
Singapore dormitory), "transferred from", employers (a seafood company, a cheese dairy, a gold mine, a houseboat firm, a
coal company, a construction company, a forestry office, a sugar estate, a safari camp, a trekking agency, a fish
exporter, a Haida forestry company, a grocery chain, a divers' cooperative, a sawmill, a crayfish co-op, an olive mill,
a china clay pit, a sugar factory, a heavy transport company), two markets, schools, two kindergartens and a council, a
police station and a chiefdom, GP practices and a health post, named wards, a stadium used as a cholera centre,
hospitals and streets named after people (Komfo Anokye, Letsholathebe II, Princess Marina, King Edward VII, Aga Khan,
Βενιζέλειο, Ιπποκράτειο, 威爾斯親王醫院, Cesfam Víctor Domingo Silva, Queen Salote College, Gunn's Camp, Wheal Martyn, Triq Dun
Karm, Jorge Ibar, Jalan Tan Tock Seng, Coolidge Blvd, McDowell St, Charles Street, Douglas Street, 中山路), and places that
are everyday words (Eek, Black Tickle, Happy Valley-Goose Bay, Yell, Brae, Cecilia, Suame Magazine, Coffee Bay, Promised
Land, Paradise, Nowhere Else, War, Whim, Boho, Many Farms, Rough Rock, George, Heroes Stadium, Victoria, Trinity,
Volcano, La Junta, More Tomorrow, Never Delay, Spanish Lookout, Thursday Island, Playing Place, London Apprentice,
Indian Queens, Mousehole, Tow Hill Road, Lover's Lane, Tongo Field, Kal, Oasis Hospital, 向阳街, 大安村, 快樂種籽幼稚園) and names
that are everyday words (Boo, Lucky, Gift, Gifty, Precious, Memory, Grace, Santo, Neo, Moody, Islam, Sherpa, Sher, Gul,
Sultan, Segundo, Consuelo, Dolores, Rosario, Wróbel, Ευτυχία, Ελπίδα, Κυριακή, Γαρυφαλλιά); a Greek newborn still
unnamed until baptism (surname only), an Akan day name, Sinhala "ge" names, Mennonite and Amis naming, a Marshallese
nickname; also e-mail addresses, a PACS URL, an insurer's claims portal URL, an online consultation URL and a video
visit link, IPv4 addresses, an Instagram and a Messenger handle, vehicle plates (four ambulances, two family cars, a
three-wheeler, a pickup and a truck) and aircraft registrations (two fixed-wing medevacs, two helicopters), professional
licences (Alaska, Louisiana, West Virginia and Hawaii medical licences, GMC, HPCSA, TCMC, AHPRA, UMDPC, Polish NPWZ,
Singapore MCR, Guyana Medical Council, BHPC, PMDC, Ghana NMC and MDC, Hong Kong Medical Council, SLMC, Medical Council
Malta, Bermuda Medical Council, Nepal Medical Council, BC MSP practitioner number, Chilean RNPI, Belize nursing council,
HCPC, SLNMC, a Taiwan nurse certificate, an Abu Dhabi DoH licence and a heavy vehicle driving licence), device serial
numbers (dialysis machine, echo scanner, retinal camera, endoscope, polysomnography recorder), insurance, national,
social security, claim, case, policy, register, passport and police report numbers, a video meeting ID, fax and pager
numbers, and dates in many formats (full dates in several orders and separators, ordinal dates, year-less dates with
slashes or words, month and year, month alone, "the 24th", a Malayalam month, Onam, Up Helly Aa, Easter, Christmas and
the Amis harvest festival, and Greek, Chinese, Republic of China, Polish and Spanish dates). Where a real identifier has
a check digit (US NPI, Scottish CHI, Northern Ireland H&C, NHS, South African ID, Aadhaar, Australian Medicare, Chinese
resident ID, PESEL, Polish NPWZ, Chilean RUT, Singapore FIN, Hong Kong ID, Taiwan ID, Greek AMKA, Emirates ID, BC PHN)
the planted one passes it; the other national, insurance and licence numbers keep a valid format (Pakistani CNIC with
the sex digit, Sri Lankan NIC with birth year and day, Botswana Omang, Zambian NRC, Ghana Card, Guyana, Cyprus, Malta
and Sierra Leone ID numbers, Belize social security, US SSN, Med-QUEST and Medicaid IDs, NL MCP, a Dutch passport). No
name, place or facility is planted in more than one note, and none is reused from the eighteenth set (the nineteenth was
not read). Four patients are aged 90 or over (notes 2, 16, 24 and 38), and for them the age and every date element, bare
years, months and festivals included, are planted; where a younger patient's note has a bare year (notes 5, 11 and 34),
it is left in the text and not planted. The strings that must survive include eponyms and eponymous signs (Hare traction
splint, Rockwood, Mallampati, Apfel, Ishihara, Weil's disease, Bannwarth, Schober, Burkitt, Murphy (St Jude) staging,
Kerley B lines, Gustilo-Anderson, Ringer's lactate, McConnell's sign, Simpson's biplane, Parkinson's disease, Hoehn and
Yahr, Carey Coombs, Jones criteria, Allen test, Ridley-Jopling, Hansen's disease, Leishman-Donovan bodies, Giemsa,
Forrest, Glasgow-Blatchford, Rockall, Garden, Zimmer frame, Barthel, Norton, and Kawasaki disease, Kernig's sign, Papile
and Bell staging in Chinese and Greek), scores and classifications with their numbers, brand names of drugs and devices
(Bair Hugger, Xience Skypoint, Depo-Medrone, QuantiFERON, Aquacel Ag, Curosurf, Bicillin L-A, Rigevidon), organisms, lab
values with units, ratios and fractions that look like dates (Apgar scores, Ishihara 17/17, an ILO profusion, Snellen
acuity, a MAT titre, an adrenaline dilution, a syringe strength, the 60/60 sign, questionnaire scores out of a total, a
Barthel score, a shellfish toxin limit, a gestation), years inside two criteria names, and place names inside clinical
terms that must stay (Sin Nombre virus, Lake Louise score, Murphy (St Jude) stage). Entries per kind: LOCATION 201, NAME
200, DATE 160, PHONE 75, HOSPITAL 70, ID 66, ADDRESS 48, MRN 33, LICENCE 31, POSTCODE 28, PLATE 13, AGE 7, EMAIL 6,
SERIAL 5, URL 4, IP 3, HANDLE 2. The last 20 notes (558 identifier parts in 474 entries, 135 clinical strings) are in
:mod:`deid_notes_heldout20_more`, only to keep each file a readable length; this file holds 569 identifier parts in 478
entries and 133 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout20.deid_notes_heldout20_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Alaska (Yukon-Kuskokwim Delta): emergency department trauma note, snowmachine crash on river ice
    ("Yukon-Kuskokwim Delta Regional Hospital - Emergency Department\n"
     "PO Box 287, Bethel AK 99559 | ED main 907-555-0143\n"
     "ED PROVIDER NOTE | 01/14/2026 23:05 | Trauma Bay 2 | Level II trauma activation\n"
     "Pt: Nelson Uttereyuk Aguchak | 27 M | DOB 09/30/1998 | MRN 00-718-264 | AK Medicaid 0041827361\n"
     "Arrived by fixed-wing medevac (King Air N418YK) from the Eek clinic; the community health aide, Theresa "
     "Kassayuli, called it in at 20:40.\n"
     "HPI: driving his snowmachine home from Napakiak on the river trail after dark, hit a pressure ridge at speed and "
     "was thrown ~20 ft onto the ice. Lay out about 40 min before his cousin Moses found him. No helmet. +EtOH per "
     "cousin. Works the summer season for Coastal Villages Seafoods.\n"
     "Primary survey: A patent, talking. B RR 22, SpO2 94% RA, equal BS. C HR 118, BP 102/64, L thigh deformed and "
     "swollen. D GCS 14 (E4V4M6), PERRL. E core temp 33.1 C, shivering.\n"
     "FAST negative. CXR no PTX. Pelvis XR intact. L femur: transverse mid-shaft fracture, closed. Distal pulses "
     "present.\n"
     "Labs: lactate 3.4, Hgb 11.2, EtOH 162 mg/dL, BMP unremarkable.\n"
     "Rx: Bair Hugger, warmed LR 1 L, TXA 1 g, fentanyl 50 mcg IV x2, Hare traction splint applied, tetanus UTD.\n"
     "Dispo: d/w Dr. Rosamund Stavrakis-Lund, ortho on call at Alaska Native Medical Center, Anchorage "
     "(907-555-0174) - accepted for IM nailing. Mother Agnes Aguchak at bedside (cell 907-555-0198); she flew in "
     "with him.\n"
     "Reuben Castellanos-Whitby, MD | NPI 1648293078 | AK MEDP 114283",
     [("HOSPITAL", ["Yukon-Kuskokwim Delta Regional Hospital"]), ("ADDRESS", ["PO Box 287"]), ("LOCATION", ["Bethel"]),
      ("POSTCODE", ["99559"]), ("PHONE", ["907-555-0143"]), ("DATE", ["01/14/2026"]),
      ("NAME", ["Nelson", "Uttereyuk", "Aguchak"]), ("DATE", ["09/30/1998"]), ("MRN", ["00-718-264"]),
      ("ID", ["0041827361"]), ("PLATE", ["N418YK"]), ("LOCATION", ["Eek"]), ("NAME", ["Theresa", "Kassayuli"]),
      ("LOCATION", ["Napakiak"]), ("NAME", ["Moses"]), ("LOCATION", ["Coastal Villages Seafoods"]),
      ("NAME", ["Rosamund", "Stavrakis-Lund"]), ("HOSPITAL", ["Alaska Native Medical Center"]),
      ("LOCATION", ["Anchorage"]), ("PHONE", ["907-555-0174"]), ("NAME", ["Agnes", "Aguchak"]),
      ("PHONE", ["907-555-0198"]), ("NAME", ["Reuben", "Castellanos-Whitby"]), ("ID", ["1648293078"]),
      ("LICENCE", ["MEDP 114283"])],
     ["GCS 14 (E4V4M6)", "FAST negative", "core temp 33.1 C", "EtOH 162 mg/dL", "TXA 1 g", "Hare traction splint",
      "Bair Hugger"]),

    # 1 - Canada, Newfoundland and Labrador: SBAR nursing handover, suspected necrotising fasciitis
    ("Labrador Health Centre, Happy Valley-Goose Bay - Inpatient Unit 2\n"
     "SBAR NURSING HANDOVER, nights to days | 2025-10-18 07:00\n"
     "S: Bed 9 - Mr. Elias Mugford-Pottle, 61 M, DOB 1964-03-27, MCP 418 273 650 182, chart LHC-2209417. Came in on "
     "10/16 by medevac from Black Tickle with cellulitis of the R lower leg. Spiked 38.6 overnight and is more "
     "confused this morning.\n"
     "B: T2DM on metformin and gliclazide, A1c 10.2%. Fisherman; lives with his wife Hilda on Main Road (no house "
     "numbers out there). Went through a rotten board on the wharf on 10/12 and scraped the shin. Allergy: "
     "penicillin (hives).\n"
     "A: 02:00 T 38.6, HR 112, BP 98/60, RR 24, SpO2 93% RA. qSOFA 2. Erythema past the knee now - crossed the 22:00 "
     "marking by 4 cm; dusky patch and early bullae on the calf, pain out of proportion to what we see. CBG 18.4. "
     "Lactate 3.9. LRINEC 7.\n"
     "R: Dr. Deepika Oduya-Rasmussen (on call, pager 2291) saw him at 03:10 - ?necrotising fasciitis. Blood cultures "
     "x2 drawn 03:20; vancomycin and clindamycin 900 mg IV q8h started; 2 L RL in. General surgery at the Health "
     "Sciences Centre, St. John's aware (Dr. Fergus Tulk-Adebayo) - air ambulance ETA 09:30, needs a 2nd IV, consent "
     "and a repeat lactate before he goes. Hilda called at 05:00 (709-555-0164); she can't get out of Black Tickle "
     "until the coastal boat on Monday.\n"
     "Given by: Marnie Keefe, RN | Received by: Tobias Rumbolt, RN",
     [("HOSPITAL", ["Labrador Health Centre"]), ("LOCATION", ["Happy Valley-Goose Bay"]), ("DATE", ["2025-10-18"]),
      ("NAME", ["Elias", "Mugford-Pottle"]), ("DATE", ["1964-03-27"]), ("ID", ["418 273 650 182"]),
      ("MRN", ["LHC-2209417"]), ("DATE", ["10/16"]), ("LOCATION", ["Black Tickle"]), ("NAME", ["Hilda"]),
      ("ADDRESS", ["Main Road"]), ("DATE", ["10/12"]), ("NAME", ["Deepika", "Oduya-Rasmussen"]), ("PHONE", ["2291"]),
      ("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["St. John's"]), ("NAME", ["Fergus", "Tulk-Adebayo"]),
      ("PHONE", ["709-555-0164"]), ("NAME", ["Marnie", "Keefe"]), ("NAME", ["Tobias", "Rumbolt"])],
     ["A1c 10.2%", "qSOFA 2", "LRINEC 7", "necrotising fasciitis", "clindamycin 900 mg IV q8h", "Lactate 3.9"]),

    # 2 - Scotland, Shetland (Yell): Key Information Summary / anticipatory care plan, patient aged 91
    ("NHS Shetland - Yell Health Centre, Reafirth, Mid Yell, Shetland ZE2 9BX | tel 01957 702 418\n"
     "KEY INFORMATION SUMMARY (KIS) / ANTICIPATORY CARE PLAN - updated 21/11/2025\n"
     "Name: Mrs Williamina Jamieson (nee Tulloch) | aged 91 | DOB 14/07/1934 | CHI 1407344188\n"
     "Address: Quoys of Gossabrough, Burravoe, Yell\n"
     "Social: widowed since Magnus died in March 2019; lives alone with a peat stove and two cats. Son Robbie "
     "Jamieson (NOK, lives at Brae, 07700 900 417) or his wife looks in daily. Taught at Mid Yell Junior High School "
     "until 1994 and still knits. Home help x2 daily via the council.\n"
     "Diagnoses: heart failure with reduced EF (LVEF 30% on echo at the Gilbert Bain Hospital, Lerwick, September "
     "2024); AF on apixaban; CKD 4 (eGFR 24); osteoporotic vertebral fractures. Rockwood Clinical Frailty Scale 6.\n"
     "Wishes: she has told us clearly she does not want to be flown to Aberdeen again (her admission there in 2023 "
     "was 'the worst fortnight of my life'). Preferred place of care and of death: home. DNACPR completed and "
     "discussed with Robbie on 02/10/2025; the form is in the red folder on the kitchen dresser.\n"
     "Just-in-case medicines in the house: morphine sulfate 10 mg/ml, midazolam 10 mg/2 ml, levomepromazine, "
     "glycopyrronium - OOH may use.\n"
     "Her own goal: to see the galley burn at Up Helly Aa in Lerwick once more in January.\n"
     "GP: Dr Fionnuala Garriock, GMC 7418265 | District nurse: Sister Ingrid Halcrow, 07700 900 583",
     [("LOCATION", ["Shetland"]), ("HOSPITAL", ["Yell Health Centre"]), ("LOCATION", ["Reafirth"]),
      ("LOCATION", ["Mid Yell"]),
      ("POSTCODE", ["ZE2 9BX"]), ("PHONE", ["01957 702 418"]), ("DATE", ["21/11/2025"]),
      ("NAME", ["Williamina", "Jamieson"]), ("NAME", ["Tulloch"]), ("AGE", ["aged 91"]), ("DATE", ["14/07/1934"]),
      ("ID", ["1407344188"]), ("ADDRESS", ["Quoys of Gossabrough"]), ("LOCATION", ["Burravoe"]), ("LOCATION", ["Yell"]),
      ("NAME", ["Magnus"]), ("DATE", ["March 2019"]), ("NAME", ["Robbie", "Jamieson"]), ("LOCATION", ["Brae"]),
      ("PHONE", ["07700 900 417"]), ("LOCATION", ["Mid Yell Junior High School"]), ("DATE", ["1994"]),
      ("HOSPITAL", ["Gilbert Bain Hospital"]), ("LOCATION", ["Lerwick"]), ("DATE", ["September 2024"]),
      ("LOCATION", ["Aberdeen"]), ("DATE", ["2023"]), ("NAME", ["Robbie"]), ("DATE", ["02/10/2025"]),
      ("DATE", ["Up Helly Aa"]), ("DATE", ["January"]), ("NAME", ["Fionnuala", "Garriock"]), ("LICENCE", ["7418265"]),
      ("NAME", ["Ingrid", "Halcrow"]), ("PHONE", ["07700 900 583"])],
     ["LVEF 30%", "apixaban", "CKD 4 (eGFR 24)", "Rockwood Clinical Frailty Scale 6", "DNACPR",
      "midazolam 10 mg/2 ml"]),

    # 3 - USA, Louisiana (Acadiana): cardiac catheterization report, inferior STEMI
    ("Lafayette General Medical Center - Cardiac Catheterization Laboratory\n"
     "1214 Coolidge Blvd, Lafayette, LA 70503 | Cath lab 337-555-0152\n"
     "CARDIAC CATHETERIZATION REPORT | Procedure date: 03/06/2026 | Case # CL-26-01183\n"
     "Patient: Alcide \"Boo\" Thibodeaux-Guidry | 58 M | DOB 11/22/1967 | MRN LGH7718204 | Acct 60014827713 | "
     "BCBS LA member ID XUL418273605\n"
     "Indication: inferior STEMI. Crawfish farmer from Cecilia (St. Martin Parish); chest pain began at 05:50 while "
     "he was running his traps on the pond off Bushville Hwy. Brought in by Acadian Ambulance unit 418 (LA plate "
     "A418273). Door-to-balloon 58 min.\n"
     "Procedure: R radial access, 6 Fr, TR Band at the end. Heparin 70 U/kg, ticagrelor 180 mg load in the ED.\n"
     "Findings: LM normal. LAD 40% mid. LCx 30% proximal. RCA 100% thrombotic occlusion mid segment (culprit), TIMI 0 "
     "flow. LVEDP 24 mmHg. Inferior hypokinesis on LV gram, EF about 45%.\n"
     "Intervention: aspiration thrombectomy, then Xience Skypoint 3.5 x 28 mm DES to mid RCA at 16 atm; TIMI 3 flow "
     "after, no residual stenosis, no dissection. Contrast 140 mL Visipaque.\n"
     "Operator: Dr. Jean-Baptiste Fontenot-Okafor, MD, FSCAI | LA license MD.204183 | NPI 1394827160\n"
     "Fellow: Dr. Hyacinth Boudreaux. Wife Claudette was told in the waiting room; daughter Ti-Marie on her way from "
     "Henderson (337-555-0129).",
     [("HOSPITAL", ["Lafayette General Medical Center"]), ("ADDRESS", ["1214 Coolidge Blvd"]),
      ("LOCATION", ["Lafayette"]), ("POSTCODE", ["70503"]), ("PHONE", ["337-555-0152"]), ("DATE", ["03/06/2026"]),
      ("ID", ["CL-26-01183"]), ("NAME", ["Alcide", "Boo", "Thibodeaux-Guidry"]), ("DATE", ["11/22/1967"]),
      ("MRN", ["LGH7718204"]), ("ID", ["60014827713"]), ("ID", ["XUL418273605"]), ("LOCATION", ["Cecilia"]),
      ("LOCATION", ["St. Martin Parish"]), ("ADDRESS", ["Bushville Hwy"]), ("PLATE", ["A418273"]),
      ("NAME", ["Jean-Baptiste", "Fontenot-Okafor"]), ("LICENCE", ["MD.204183"]), ("ID", ["1394827160"]),
      ("NAME", ["Hyacinth", "Boudreaux"]), ("NAME", ["Claudette"]), ("NAME", ["Ti-Marie"]), ("LOCATION", ["Henderson"]),
      ("PHONE", ["337-555-0129"])],
     ["inferior STEMI", "ticagrelor 180 mg", "TIMI 0", "LVEDP 24 mmHg", "Xience Skypoint 3.5 x 28 mm", "TIMI 3 flow",
      "TR Band"]),

    # 4 - Ghana, Ashanti (Kumasi): labour and delivery record with partograph summary, postpartum haemorrhage
    ("KOMFO ANOKYE TEACHING HOSPITAL, KUMASI - Directorate of Obstetrics & Gynaecology, Labour Ward B\n"
     "LABOUR AND DELIVERY RECORD / PARTOGRAPH SUMMARY\n"
     "Admitted: 27th August 2025, 03:15 | Folder No. KATH/OBG/25/18274 | NHIS No. 07418265\n"
     "Name: Akosua Serwaa Boateng | 32 yrs | G4P3 | Ghana Card GHA-718264935-2 | Tel 024 555 8173\n"
     "Address: House No. SM/B 41, Suame Magazine, Kumasi | Occupation: tomato trader, Kejetia Market\n"
     "Husband: Kwabena Owusu-Ansah (fitter, also at Suame Magazine), 020 555 4186\n"
     "Referred from Tafo Government Hospital: post-dates and Hb 9.8 g/dL at 36 wks. LMP 12/11/2024, EDD 19/08/2025 "
     "(41+1 on admission). Sickling: AS. HIV non-reactive.\n"
     "Labour: spontaneous onset. 5 cm at 03:30, contractions 4 in 10 min lasting 40-45 s, FHR 130-148. Plotted on "
     "the partograph, crossed the alert line at 07:00 but never reached the action line. ARM 07:10, clear liquor.\n"
     "Delivery: 10:42 SVD, live female, 3.6 kg, Apgar 8/10 and 9/10. AMTSL with oxytocin 10 IU IM. Placenta complete "
     "10:49.\n"
     "PPH: 10:55 EBL 1,200 mL, uterus boggy - atony. Called for help; bimanual compression, oxytocin infusion 40 IU "
     "in 1 L NS, misoprostol 800 mcg SL, tranexamic acid 1 g IV at 11:02. Bakri balloon at 11:20 (350 mL), bleeding "
     "settled. Shock index 1.4 at worst. 2 units whole blood (husband's brother donated).\n"
     "Baby to be named Akua (born on a Wednesday).\n"
     "Midwife: Senior Midwife Gifty Adjei-Mensah, NMC PIN 41827-R\n"
     "Doctor: Dr. Yaw Darko-Amponsah, Senior Resident, MDC/RN/18274",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("LOCATION", ["KUMASI"]), ("LOCATION", ["Labour Ward B"]),
      ("DATE", ["27th August 2025"]), ("MRN", ["KATH/OBG/25/18274"]), ("ID", ["07418265"]),
      ("NAME", ["Akosua", "Serwaa", "Boateng"]), ("ID", ["GHA-718264935-2"]), ("PHONE", ["024 555 8173"]),
      ("ADDRESS", ["House No. SM/B 41"]), ("LOCATION", ["Suame Magazine"]), ("LOCATION", ["Kumasi"]),
      ("LOCATION", ["Kejetia Market"]), ("NAME", ["Kwabena", "Owusu-Ansah"]), ("PHONE", ["020 555 4186"]),
      ("HOSPITAL", ["Tafo Government Hospital"]), ("DATE", ["12/11/2024"]), ("DATE", ["19/08/2025"]),
      ("NAME", ["Akua"]), ("NAME", ["Gifty", "Adjei-Mensah"]), ("LICENCE", ["41827-R"]),
      ("NAME", ["Yaw", "Darko-Amponsah"]), ("LICENCE", ["MDC/RN/18274"])],
     ["G4P3", "alert line", "Apgar 8/10", "misoprostol 800 mcg", "tranexamic acid 1 g", "Bakri balloon",
      "Shock index 1.4"]),

    # 5 - Greece, Crete (Heraklion): pre-operative anaesthesia assessment (Greek)
    ("Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου - Αναισθησιολογικό Τμήμα\n"
     "Λεωφόρος Κνωσού 44, 71409 Ηράκλειο | τηλ. 2813 405 518\n"
     "ΠΡΟΕΓΧΕΙΡΗΤΙΚΗ ΑΝΑΙΣΘΗΣΙΟΛΟΓΙΚΗ ΕΚΤΙΜΗΣΗ | Ημερομηνία: 9 Οκτωβρίου 2025\n"
     "Ασθενής: Αριστείδης (Άρης) Ξυλούρης-Βρέντζος του Γεωργίου, 52 ετών, γεν. 06/05/1973, ΑΜΚΑ 06057304187, "
     "Αρ. Μητρώου 2025-418273\n"
     "Κάτοικος Ανωγείων, κτηνοτρόφος· παραδίδει γάλα στο Τυροκομείο Ψηλορείτη και παίζει λύρα σε γάμους.\n"
     "Προγραμματισμένη επέμβαση: λαπαροσκοπική χολοκυστεκτομή στις 14/10 (Χειρουργική Κλινική Β').\n"
     "Ιστορικό: αρτηριακή υπέρταση, σακχαρώδης διαβήτης τύπου 2 με μετφορμίνη 1000 mg x2, καπνιστής 40 pack-years, "
     "ροχαλητό με άπνοιες κατά τη σύζυγο - STOP-BANG 6. Σκωληκοειδεκτομή 1991 χωρίς προβλήματα στην αναισθησία.\n"
     "Εξέταση: ΒΣ 112 kg, ύψος 1,78 m, BMI 35,3. ΑΠ 152/94, σφύξεις 84, SpO2 95%. Mallampati III, θυρεοπηχεακή "
     "απόσταση 5 cm, περιορισμένη έκταση αυχένα, γένι.\n"
     "Εργαστηριακά: HbA1c 7,9%, Hb 15,8 g/dl, κρεατινίνη 1,0 mg/dl. ΗΚΓ: φλεβοκομβικός ρυθμός.\n"
     "Εκτίμηση: ASA III, πιθανώς δύσκολος αεραγωγός.\n"
     "Σχέδιο: γενική αναισθησία με βιντεολαρυγγοσκόπιο στην αίθουσα, προοξυγόνωση με HFNO, rocuronium και "
     "sugammadex στο τέλος· Apfel score 2 - δεξαμεθαζόνη και ονδανσετρόνη. Διακοπή μετφορμίνης το πρωί της "
     "επέμβασης. Μετεγχειρητικά CPAP αν χρειαστεί.\n"
     "Συγγενής: σύζυγος Ευτυχία, τηλ. 697 555 2184\n"
     "Αναισθησιολόγος: Δρ Αριάδνη Καλογεράκη-Φραγκιαδάκη",
     [("HOSPITAL", ["Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου"]), ("ADDRESS", ["Λεωφόρος Κνωσού 44"]),
      ("POSTCODE", ["71409"]), ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2813 405 518"]),
      ("DATE", ["9 Οκτωβρίου 2025"]), ("NAME", ["Αριστείδης", "Άρης", "Ξυλούρης-Βρέντζος"]),
      ("NAME", ["Γεωργίου"]), ("DATE", ["06/05/1973"]), ("ID", ["06057304187"]), ("MRN", ["2025-418273"]),
      ("LOCATION", ["Ανωγείων"]), ("LOCATION", ["Τυροκομείο Ψηλορείτη"]), ("DATE", ["14/10"]),
      ("NAME", ["Ευτυχία"]), ("PHONE", ["697 555 2184"]), ("NAME", ["Αριάδνη", "Καλογεράκη-Φραγκιαδάκη"])],
     ["μετφορμίνη 1000 mg", "STOP-BANG 6", "BMI 35,3", "Mallampati III", "ASA III", "sugammadex", "Apfel score 2"]),

    # 6 - South Africa, Eastern Cape (OR Tambo district): drug-resistant TB decentralised site, month-4 follow-up
    ("EASTERN CAPE DEPARTMENT OF HEALTH - DR-TB DECENTRALISED SITE\n"
     "Zithulele Hospital, Mqanduli | DR-TB clinic Thursdays | tel 047 555 0418\n"
     "DR-TB FOLLOW-UP VISIT (MONTH 4) | 2026-01-22\n"
     "Name: Luthando Mgcineni Ndzamela | M | 37 y | DOB 1988-03-15 | ID 8803155291080 | EDRWeb EC-ORT-2025-04182 | "
     "Folder ZH-118274\n"
     "Address: Tshani, Coffee Bay (next to the spaza shop on the road to the sea)\n"
     "Worked underground at Driefontein gold mine near Carletonville for 11 years; home since the retrenchments.\n"
     "Diagnosis: RR-TB, rifampicin resistance detected on Xpert MTB/RIF Ultra 2025-09-18; FQ-susceptible on LPA. "
     "HIV positive on TLD, VL <50, CD4 214.\n"
     "Regimen: BPaLM (bedaquiline, pretomanid, linezolid 600 mg, moxifloxacin) since 2025-09-30.\n"
     "Today: weight 58.2 kg (up 4 kg). Cough much better. Sputum cultures negative in Nov and Dec - converted. "
     "QTcF 468 ms. Audiogram unchanged. Numb toes: BPNS grade 1. Visual acuity 6/6 both eyes, Ishihara 17/17.\n"
     "Plan: continue BPaLM to complete 6 months; pyridoxine; repeat ECG and FBC in 2 weeks; watch for anaemia and "
     "neuropathy on linezolid.\n"
     "DOT supporter: his sister Nomawethu. CHW Mr. Siyabonga Gqirana brings the pills on Mondays (073 555 2184).\n"
     "Dr. Hannelie van der Merwe-Dlamini, Medical Officer | HPCSA MP 0718264",
     [("HOSPITAL", ["Zithulele Hospital"]), ("LOCATION", ["Mqanduli"]), ("PHONE", ["047 555 0418"]),
      ("DATE", ["2026-01-22"]), ("NAME", ["Luthando", "Mgcineni", "Ndzamela"]), ("DATE", ["1988-03-15"]),
      ("ID", ["8803155291080"]), ("ID", ["EC-ORT-2025-04182"]), ("MRN", ["ZH-118274"]), ("LOCATION", ["Tshani"]),
      ("LOCATION", ["Coffee Bay"]), ("LOCATION", ["Driefontein"]), ("LOCATION", ["Carletonville"]),
      ("DATE", ["2025-09-18"]), ("DATE", ["2025-09-30"]), ("DATE", ["Nov"]), ("DATE", ["Dec"]),
      ("NAME", ["Nomawethu"]), ("NAME", ["Siyabonga", "Gqirana"]), ("PHONE", ["073 555 2184"]),
      ("NAME", ["Hannelie", "van der Merwe-Dlamini"]), ("LICENCE", ["MP 0718264"])],
     ["Xpert MTB/RIF Ultra", "VL <50", "CD4 214", "BPaLM", "linezolid 600 mg", "QTcF 468 ms", "Ishihara 17/17"]),

    # 7 - India, Kerala (Kuttanad): discharge summary, leptospirosis (Weil's disease), in English
    ("GOVERNMENT T.D. MEDICAL COLLEGE HOSPITAL, VANDANAM, ALAPPUZHA\n"
     "Department of General Medicine - Unit III | Ph: 0477 255 5418\n"
     "DISCHARGE SUMMARY\n"
     "IP No.: 2025/184172 | UHID: TDMC-0918274\n"
     "Name: Biju Kuriakose, 44/M, S/o Kuriakose Mathai\n"
     "Address: Puthenpurackal House, Kainakary P.O., Kuttanad - 688 501 | Aadhaar: 7382 5149 1600\n"
     "DOA: 02.08.2025 | DOD: 16.08.2025\n"
     "Occupation: paddy farmer and duck rearer; also steers a houseboat for Green Palm Houseboats. Worked knee-deep in "
     "flood water in the fields through Karkidakam.\n"
     "Presenting complaints: fever and severe calf pain for 5 days, yellowish eyes, reduced urine for 2 days.\n"
     "On examination: conjunctival suffusion, icterus, calf tenderness, BP 96/60, no bleeding.\n"
     "Investigations: bilirubin 14.2 mg/dL (direct 10.8), creatinine 4.8 mg/dL, platelets 38,000/cumm, CPK 1,420 "
     "U/L, IgM Lepto ELISA positive; MAT 1:800 (serovar Icterohaemorrhagiae).\n"
     "Course: treated as Weil's disease with crystalline penicillin 15 lakh units IV 6th hourly for 7 days. Needed "
     "3 sessions of haemodialysis for AKI; platelets recovered without transfusion. Creatinine 1.6 at discharge.\n"
     "Advice on discharge: doxycycline 200 mg weekly as chemoprophylaxis while working in flood water; gumboots; "
     "review in Medicine OP on 30/08/2025 with RFT. He is keen to be home well before Onam.\n"
     "Bystander: wife Mrs. Jincy Biju, Mob: 94471 55824\n"
     "Consultant: Dr. Sreelatha Pillai-Menon, Associate Professor, TCMC Reg. No. 41827",
     [("HOSPITAL", ["GOVERNMENT T.D. MEDICAL COLLEGE HOSPITAL"]), ("LOCATION", ["VANDANAM"]),
      ("LOCATION", ["ALAPPUZHA"]), ("PHONE", ["0477 255 5418"]), ("MRN", ["2025/184172"]), ("MRN", ["TDMC-0918274"]),
      ("NAME", ["Biju", "Kuriakose"]), ("NAME", ["Kuriakose", "Mathai"]), ("ADDRESS", ["Puthenpurackal House"]),
      ("LOCATION", ["Kainakary"]), ("LOCATION", ["Kuttanad"]), ("POSTCODE", ["688 501"]), ("ID", ["7382 5149 1600"]),
      ("DATE", ["02.08.2025"]), ("DATE", ["16.08.2025"]), ("LOCATION", ["Green Palm Houseboats"]),
      ("DATE", ["Karkidakam"]), ("DATE", ["30/08/2025"]), ("DATE", ["Onam"]), ("NAME", ["Jincy", "Biju"]),
      ("PHONE", ["94471 55824"]), ("NAME", ["Sreelatha", "Pillai-Menon"]), ("LICENCE", ["41827"])],
     ["conjunctival suffusion", "creatinine 4.8 mg/dL", "IgM Lepto ELISA", "MAT 1:800", "Weil's disease",
      "crystalline penicillin", "doxycycline 200 mg weekly"]),

    # 8 - Australia, Tasmania (Meander Valley): stroke call and thrombolysis proforma
    ("Launceston General Hospital - Emergency Department\n"
     "Charles Street, Launceston TAS 7250\n"
     "STROKE CALL / THROMBOLYSIS PROFORMA | Sat 15 November 2025 | stroke call 14:22\n"
     "Patient: Gwendolyn Mae Hingston-Pryce | F | 74 | DOB 03/09/1951 | UR 471 8826 | Medicare 4182 73654 2 / 1\n"
     "Address: 18 Bullocks Road, Promised Land TAS 7306\n"
     "Ambulance Tasmania case 25-118274.\n"
     "Last known well 12:50 - husband Nigel spoke to her at lunch before he drove to Paradise to collect hay; found "
     "her slumped in the vegie garden at 13:40, not talking, right arm flaccid.\n"
     "Obs: BP 176/94, HR 88 irregular, BSL 7.1, T 36.6. Weight 68 kg (weighed on the trolley).\n"
     "NIHSS 14 (gaze 1, visual 2, facial 2, R arm 4, R leg 2, aphasia 2, dysarthria 1).\n"
     "CT brain: no haemorrhage, ASPECTS 9. CTA: L M1 occlusion. CTP: core 12 mL, penumbra 98 mL, mismatch ratio 8.2.\n"
     "Contraindications: none; not anticoagulated (aspirin only); no surgery or bleeding.\n"
     "Tenecteplase 0.25 mg/kg = 17 mg IV bolus at 14:58, door-to-needle 36 min.\n"
     "ECR: accepted by Dr Ashwin Delacroix-Mbeki, neurointerventional, Royal Hobart Hospital; Ambulance Tasmania "
     "aeromedical. Daughter Sharnie lives at Nowhere Else and will meet them in Hobart (0491 570 118).\n"
     "Stroke registrar: Dr Marguerite Oyelowo-Lindqvist | AHPRA MED0002418273",
     [("HOSPITAL", ["Launceston General Hospital"]), ("ADDRESS", ["Charles Street"]), ("LOCATION", ["Launceston"]),
      ("POSTCODE", ["7250"]), ("DATE", ["15 November 2025"]), ("NAME", ["Gwendolyn", "Mae", "Hingston-Pryce"]),
      ("DATE", ["03/09/1951"]), ("MRN", ["471 8826"]), ("ID", ["4182 73654 2 / 1"]), ("ADDRESS", ["18 Bullocks Road"]),
      ("LOCATION", ["Promised Land"]), ("POSTCODE", ["7306"]), ("ID", ["25-118274"]), ("NAME", ["Nigel"]),
      ("LOCATION", ["Paradise"]), ("NAME", ["Ashwin", "Delacroix-Mbeki"]), ("HOSPITAL", ["Royal Hobart Hospital"]),
      ("NAME", ["Sharnie"]), ("LOCATION", ["Nowhere Else"]), ("LOCATION", ["Hobart"]), ("PHONE", ["0491 570 118"]),
      ("NAME", ["Marguerite", "Oyelowo-Lindqvist"]), ("LICENCE", ["MED0002418273"])],
     ["BP 176/94", "NIHSS 14", "ASPECTS 9", "L M1 occlusion", "mismatch ratio 8.2", "Tenecteplase 0.25 mg/kg",
      "door-to-needle 36 min"]),

    # 9 - China, Sichuan (Garzê): hepatobiliary surgery discharge record, cystic echinococcosis (simplified Chinese)
    ("甘孜藏族自治州人民医院　肝胆外科\n"
     "地址：康定市炉城镇向阳街38号　电话：0836-2818274\n"
     "出院记录\n"
     "住院号：GZ2025-041827　床号：12\n"
     "姓名：扎西多吉　性别：男　年龄：43岁　民族：藏族\n"
     "身份证号：513334198204173018\n"
     "住址：理塘县禾尼乡然木村2组\n"
     "联系人：妻子 泽仁卓玛　电话：13981492736\n"
     "入院日期：2025年7月8日　出院日期：2025年7月26日\n"
     "入院情况：牧民，右上腹胀痛半年，伴乏力、食欲差。家中养藏獒，常喂生牛羊内脏。查体：右上腹可触及包块，"
     "无黄疸。B超及CT：肝右叶囊性占位 11.2 cm×9.6 cm，囊内见子囊（“囊中囊”），WHO-IWGE分型 CE2。包虫IgG抗体阳性。\n"
     "诊疗经过：于7月12日全麻下行肝包虫外囊完整剥除术，术中以20%高渗盐水纱布保护术野，无囊液外溢。术后恢复顺利。"
     "病理：细粒棘球蚴病。\n"
     "出院诊断：肝囊型包虫病（CE2）\n"
     "出院医嘱：1. 阿苯达唑 400 mg 每日两次，连服3个月，每月复查肝功能、血常规；2. 家中犬只每月用吡喹酮驱虫；"
     "3. 半年后复查B超。由其堂兄驾车（川V·3A418）接回理塘。\n"
     "主治医师：罗建华　住院医师：降央曲珍",
     [("HOSPITAL", ["甘孜藏族自治州人民医院"]), ("LOCATION", ["康定市"]), ("LOCATION", ["炉城镇"]), ("ADDRESS", ["向阳街38号"]),
      ("PHONE", ["0836-2818274"]), ("MRN", ["GZ2025-041827"]), ("NAME", ["扎西多吉"]), ("ID", ["513334198204173018"]),
      ("LOCATION", ["理塘县"]), ("LOCATION", ["禾尼乡"]), ("ADDRESS", ["然木村2组"]), ("NAME", ["泽仁卓玛"]),
      ("PHONE", ["13981492736"]), ("DATE", ["2025年7月8日"]), ("DATE", ["2025年7月26日"]), ("DATE", ["7月12日"]),
      ("PLATE", ["川V·3A418"]), ("LOCATION", ["理塘"]), ("NAME", ["罗建华"]), ("NAME", ["降央曲珍"])],
     ["WHO-IWGE分型 CE2", "包虫IgG抗体阳性", "20%高渗盐水", "细粒棘球蚴病", "阿苯达唑 400 mg", "吡喹酮"]),

    # 10 - Uganda, Acholi sub-region (Gulu): paediatric referral letter, Burkitt lymphoma
    ("ST. MARY'S HOSPITAL LACOR\n"
     "P.O. Box 180, Gulu | Department of Paediatrics | Tel +256 471 555 418 | paeds.lacor@lacorhospital.org\n"
     "\n"
     "Ref: LAC/PAED/2026/8174\n"
     "19 February 2026\n"
     "\n"
     "To: The Paediatric Oncologist on call, Uganda Cancer Institute, Mulago Hill, Kampala\n"
     "\n"
     "Dear Colleague,\n"
     "RE: OCEN Emmanuel, 7 years, male, DOB 11/03/2018, IP No. 18274/26\n"
     "Home: Kal village, Pabbo sub-county, Amuru District. P.3 pupil at Pabbo Primary School.\n"
     "Thank you for seeing this boy with a 4-week history of a rapidly growing left jaw swelling with loose molars, "
     "and 2 weeks of abdominal distension. On examination: firm non-tender L maxillary mass 6 x 5 cm displacing the "
     "eye, a right iliac fossa mass and ascites. No lymphadenopathy elsewhere.\n"
     "FNA of the jaw mass: sheets of medium-sized blasts with a starry-sky pattern. Ultrasound: bilateral renal "
     "infiltration. LDH 1,840 U/L, uric acid 9.2 mg/dL, creatinine 0.6. HIV negative. Malaria RDT negative. CSF: no "
     "blasts.\n"
     "Impression: Burkitt lymphoma, Murphy (St Jude) stage III.\n"
     "We have given hydration at 3 L/m2/day, allopurinol 100 mg TDS, and the first dose of cyclophosphamide "
     "40 mg/kg IV on 17/02; no tumour lysis so far. He travels with his father Mr. Ojara Santo (0772 555 418) and "
     "mother Atim Grace (0782 555 091) in our ambulance UG 4182M.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr. Aber Lilian Odongkara, Paediatrician | UMDPC Reg. No. 41827",
     [("HOSPITAL", ["ST. MARY'S HOSPITAL LACOR"]), ("ADDRESS", ["P.O. Box 180"]), ("LOCATION", ["Gulu"]),
      ("PHONE", ["+256 471 555 418"]), ("EMAIL", ["paeds.lacor@lacorhospital.org"]), ("ID", ["LAC/PAED/2026/8174"]),
      ("DATE", ["19 February 2026"]), ("HOSPITAL", ["Uganda Cancer Institute"]), ("LOCATION", ["Mulago Hill"]),
      ("LOCATION", ["Kampala"]), ("NAME", ["OCEN", "Emmanuel"]), ("DATE", ["11/03/2018"]), ("MRN", ["18274/26"]),
      ("LOCATION", ["Kal"]), ("LOCATION", ["Pabbo"]), ("LOCATION", ["Amuru District"]),
      ("LOCATION", ["Pabbo Primary School"]), ("DATE", ["17/02"]), ("NAME", ["Ojara", "Santo"]),
      ("PHONE", ["0772 555 418"]), ("NAME", ["Atim", "Grace"]), ("PHONE", ["0782 555 091"]), ("PLATE", ["UG 4182M"]),
      ("NAME", ["Aber", "Lilian", "Odongkara"]), ("LICENCE", ["41827"])],
     ["starry-sky pattern", "LDH 1,840 U/L", "Malaria RDT negative", "Burkitt lymphoma", "Murphy (St Jude) stage III",
      "allopurinol 100 mg TDS", "cyclophosphamide"]),

    # 11 - USA, West Virginia (McDowell County): federal black lung medical examination form
    ("U.S. DEPARTMENT OF LABOR - Division of Coal Mine Workers' Compensation\n"
     "MEDICAL HISTORY AND EXAMINATION FOR COAL MINE WORKERS' PNEUMOCONIOSIS (CM-988)\n"
     "Examining facility: Tug River Black Lung Clinic, 8 McDowell St, Welch, WV 24801 | ph 304-555-0136 | fax "
     "304-555-0137\n"
     "Date of exam: 05/13/2025 | DOL claim no. BL-4182736\n"
     "Miner: Elmer Dale Blankenship | DOB 04/19/1961 | 64 | SSN 229-41-8273\n"
     "Address: HC 61 Box 41, War, WV 24892\n"
     "Coal mine employment: 31 yrs underground - roof bolter, then continuous miner operator. Last coal mine work "
     "03/2019 at Double Bonus Coal Co. Mine No. 4 near Bradshaw.\n"
     "Smoking: 12 pack-years, quit 1998.\n"
     "Symptoms: dyspnea climbing one flight, MMRC 3; daily cough with black sputum; 2 pillows.\n"
     "Exam: BP 142/86, SpO2 91% RA. Scattered rhonchi, no clubbing, no edema.\n"
     "Chest x-ray (ILO): small opacities q/r, profusion 2/1, all zones; large opacity category B. Read by a B "
     "Reader: Dr. Ruth Ann Stollings-Mbatha.\n"
     "PFT: FEV1 1.42 L (41% pred), FVC 2.88 L (62% pred), FEV1/FVC 0.49, no bronchodilator response. DLCO 44%.\n"
     "ABG: at rest pO2 61; after exercise pO2 52.\n"
     "Diagnosis: complicated coal workers' pneumoconiosis - progressive massive fibrosis. In my opinion he is "
     "totally disabled from his last coal mine job, and it is due to coal mine dust.\n"
     "Physician: Ezekiel Hatfield-Moreau, MD | WV license 28174 | NPI 1283746505\n"
     "Accompanied by his wife Loretta (304-555-0187).",
     [("HOSPITAL", ["Tug River Black Lung Clinic"]), ("ADDRESS", ["8 McDowell St"]), ("LOCATION", ["Welch"]),
      ("POSTCODE", ["24801"]), ("PHONE", ["304-555-0136"]), ("PHONE", ["304-555-0137"]), ("DATE", ["05/13/2025"]),
      ("ID", ["BL-4182736"]), ("NAME", ["Elmer", "Dale", "Blankenship"]), ("DATE", ["04/19/1961"]),
      ("ID", ["229-41-8273"]), ("ADDRESS", ["HC 61 Box 41"]), ("LOCATION", ["War"]), ("POSTCODE", ["24892"]),
      ("DATE", ["03/2019"]), ("LOCATION", ["Double Bonus Coal Co. Mine No. 4"]), ("LOCATION", ["Bradshaw"]),
      ("NAME", ["Ruth Ann", "Stollings-Mbatha"]), ("NAME", ["Ezekiel", "Hatfield-Moreau"]), ("LICENCE", ["28174"]),
      ("ID", ["1283746505"]), ("NAME", ["Loretta"]), ("PHONE", ["304-555-0187"])],
     ["MMRC 3", "profusion 2/1", "category B", "FEV1/FVC 0.49", "DLCO 44%", "progressive massive fibrosis"]),

    # 12 - Singapore: inpatient progress notes, dengue with warning signs in a migrant worker (English)
    ("National Centre for Infectious Diseases, 16 Jalan Tan Tock Seng, Singapore 308442 - Ward 7C\n"
     "INPATIENT PROGRESS NOTES\n"
     "Patient: MD SHAHIDUL ISLAM | 29 M | FIN G5418273U | Visit No. 2603-418273 | Bangladeshi, work permit holder\n"
     "Employer: Hock Lee Bee Construction Pte Ltd | Dormitory: Tuas View Dormitory, 70 Tuas South Avenue 1, "
     "Singapore 637561\n"
     "Emergency contact: employer's safety coordinator Mr Tan Wei Ming, 8555 4182; elder brother in Cumilla (WhatsApp "
     "+880 1711-555418).\n"
     "\n"
     "14/03/2026 08:30 Ward round (Dr Lim Shu Fen, Consultant, Infectious Diseases; MCR M18274Z)\n"
     "Day 5 of illness; defervesced overnight = critical phase. Abdominal pain, vomiting x4, gum bleed.\n"
     "HCT 48% (baseline 41%), plt 19 x10^9/L, ALT 212. NS1 Ag positive on D2, dengue IgM now positive. Tourniquet "
     "test positive. Bedside US: small R pleural effusion, GB wall thickening.\n"
     "Imp: dengue with warning signs.\n"
     "Plan: IV Hartmann's 5 mL/kg/h, titrate to HCT and UO >=0.5 mL/kg/h; strict I/O; no NSAIDs, no IM injections; "
     "no prophylactic platelets. Bengali phone interpreter used.\n"
     "\n"
     "14/03/2026 20:15 MO review (Dr Ravindran s/o Muthusamy)\n"
     "HCT 44%, UO 70 mL/h, BP 112/70, HR 92. Pain settled. Drip down to 3 mL/kg/h. Told Mr Tan that he will not be "
     "fit to return to site before the 24th.",
     [("HOSPITAL", ["National Centre for Infectious Diseases"]), ("ADDRESS", ["16 Jalan Tan Tock Seng"]),
      ("POSTCODE", ["308442"]), ("LOCATION", ["Ward 7C"]), ("NAME", ["MD", "SHAHIDUL", "ISLAM"]),
      ("ID", ["G5418273U"]), ("MRN", ["2603-418273"]), ("LOCATION", ["Hock Lee Bee Construction Pte Ltd"]),
      ("LOCATION", ["Tuas View Dormitory"]), ("ADDRESS", ["70 Tuas South Avenue 1"]), ("POSTCODE", ["637561"]),
      ("NAME", ["Tan", "Wei Ming"]), ("PHONE", ["8555 4182"]), ("LOCATION", ["Cumilla"]),
      ("PHONE", ["+880 1711-555418"]), ("DATE", ["14/03/2026"]), ("NAME", ["Lim", "Shu Fen"]),
      ("LICENCE", ["M18274Z"]), ("NAME", ["Ravindran", "Muthusamy"]), ("NAME", ["Tan"]), ("DATE", ["the 24th"])],
     ["HCT 48%", "plt 19 x10^9/L", "NS1 Ag positive", "Tourniquet test positive", "Hartmann's 5 mL/kg/h", "no NSAIDs"]),

    # 13 - Poland, Podkarpackie (Bieszczady): hospital discharge card, Lyme neuroborreliosis (Polish)
    ("Samodzielny Publiczny Zespół Opieki Zdrowotnej w Sanoku\n"
     "Oddział Neurologiczny | ul. 800-lecia 26, 38-500 Sanok | tel. 13 46 55 418\n"
     "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\n"
     "Nr księgi głównej: 2025/18274 | Nr księgi oddziałowej: N/1418/2025\n"
     "Pacjent: Pan Wiesław Kopeć-Dziadosz, ur. 12.03.1968, PESEL 68031204574\n"
     "Adres: Wetlina 41, 38-608 Wetlina\n"
     "Data przyjęcia: 22.09.2025 | Data wypisu: 6 października 2025 r.\n"
     "Rozpoznanie: Neuroborelioza - zespół Bannwartha (A69.2): obustronne obwodowe porażenie nerwu VII, "
     "korzeniowe bóle piersiowe.\n"
     "Wywiad: leśniczy w Nadleśnictwie Baligród; w lipcu liczne ukłucia kleszczy, w sierpniu rumień wędrujący "
     "(erythema migrans) na udzie, nieleczony. Od 2 tygodni palące bóle pasa piersiowego, od 5 dni nie domyka oczu.\n"
     "Badania: płyn mózgowo-rdzeniowy - pleocytoza 186 komórek/µl (limfocytarna), białko 142 mg/dl; indeks "
     "swoistych przeciwciał Borrelia IgG 4,8; ELISA i Western blot w surowicy dodatnie. MRI: wzmocnienie kontrastowe "
     "obu nerwów twarzowych.\n"
     "Leczenie: ceftriakson 2 g i.v. raz na dobę przez 14 dni, ochrona rogówek.\n"
     "Zalecenia: kontrola w Poradni Neurologicznej za 6 tygodni; rehabilitacja mięśni twarzy; zwolnienie lekarskie "
     "do 31.10.2025. Żona, Pani Halina, tel. 601 555 418. Matka pacjenta mieszka w Woli Michowej - ma podobne "
     "objawy, skierowana do lekarza rodzinnego w Cisnej.\n"
     "Lekarz prowadzący: lek. Bożena Hnatyszyn, specjalista neurolog, NPWZ 3418273\n"
     "Ordynator: dr n. med. Tadeusz Wróbel",
     [("HOSPITAL", ["Samodzielny Publiczny Zespół Opieki Zdrowotnej w Sanoku"]), ("ADDRESS", ["ul. 800-lecia 26"]),
      ("POSTCODE", ["38-500"]), ("LOCATION", ["Sanok"]), ("PHONE", ["13 46 55 418"]), ("MRN", ["2025/18274"]),
      ("MRN", ["N/1418/2025"]), ("NAME", ["Wiesław", "Kopeć-Dziadosz"]), ("DATE", ["12.03.1968"]),
      ("ID", ["68031204574"]), ("ADDRESS", ["Wetlina 41"]), ("POSTCODE", ["38-608"]), ("LOCATION", ["Wetlina"]),
      ("DATE", ["22.09.2025"]), ("DATE", ["6 października 2025 r."]), ("LOCATION", ["Nadleśnictwie Baligród"]),
      ("DATE", ["lipcu"]), ("DATE", ["sierpniu"]), ("DATE", ["31.10.2025"]), ("NAME", ["Halina"]),
      ("PHONE", ["601 555 418"]), ("LOCATION", ["Woli Michowej"]), ("LOCATION", ["Cisnej"]),
      ("NAME", ["Bożena", "Hnatyszyn"]), ("LICENCE", ["3418273"]), ("NAME", ["Tadeusz", "Wróbel"])],
     ["zespół Bannwartha", "porażenie nerwu VII", "erythema migrans", "pleocytoza 186 komórek/µl", "Western blot",
      "ceftriakson 2 g"]),

    # 14 - Guyana, Berbice (Corentyne): police medical form for a cutlass wound
    ("GUYANA POLICE FORCE - MEDICAL REPORT ON INJURED PERSON\n"
     "Berbice Division, Albion Police Station | Report No. B/ALB/2026/0418\n"
     "Examined at: Port Mourant Hospital, Corentyne, Berbice | Tel 336-5541\n"
     "Date and time of examination: 7th January 2026, 01:40\n"
     "Name of injured: Deonarine \"Bobby\" Ramcharran | 33 yrs | M | National ID 118274365\n"
     "Address: Lot 41 Public Road, No. 63 Village, Corentyne\n"
     "Occupation: rice farmer; part-time cane cutter at Rose Hall Estate.\n"
     "History (as given by injured): chopped with a cutlass by a known person during an argument outside a rum shop "
     "at Whim about 23:15 on 06/01/2026. Raised his left arm to protect his head. No LOC. Brought in by his brother "
     "Harrinarine Ramcharran in car PRR 4182.\n"
     "Findings:\n"
     "1. Incised wound 12 cm, dorsum of L forearm, clean edges, exposing extensor tendons; two tendons partly "
     "divided.\n"
     "2. Incised wound 6 cm, L parietal scalp, down to the pericranium; skull intact.\n"
     "3. X-ray L forearm: undisplaced fracture of the ulnar shaft (nightstick fracture).\n"
     "GCS 15/15. Alcohol on breath. BP 128/80, HR 96.\n"
     "Treatment: scalp wound sutured; forearm irrigated and dressed, above-elbow backslab; tetanus toxoid 0.5 mL IM; "
     "amoxicillin-clavulanate 625 mg. Referred to New Amsterdam Regional Hospital for tendon repair.\n"
     "Nature of injuries: wounding, not dangerous to life.\n"
     "Police officer present: Cpl. 21874 Mohabir\n"
     "Medical Officer: Dr. Anjali Seepersaud-Gonsalves | Guyana Medical Council Reg. 41827",
     [("LOCATION", ["Albion Police Station"]), ("ID", ["B/ALB/2026/0418"]), ("HOSPITAL", ["Port Mourant Hospital"]),
      ("LOCATION", ["Corentyne"]), ("LOCATION", ["Berbice"]), ("PHONE", ["336-5541"]), ("DATE", ["7th January 2026"]),
      ("NAME", ["Deonarine", "Bobby", "Ramcharran"]), ("ID", ["118274365"]), ("ADDRESS", ["Lot 41 Public Road"]),
      ("LOCATION", ["No. 63 Village"]), ("LOCATION", ["Rose Hall Estate"]), ("LOCATION", ["Whim"]),
      ("DATE", ["06/01/2026"]), ("NAME", ["Harrinarine", "Ramcharran"]), ("PLATE", ["PRR 4182"]), ("ID", ["21874"]),
      ("NAME", ["Mohabir"]), ("HOSPITAL", ["New Amsterdam Regional Hospital"]),
      ("NAME", ["Anjali", "Seepersaud-Gonsalves"]), ("LICENCE", ["41827"])],
     ["Incised wound 12 cm", "extensor tendons", "nightstick fracture", "GCS 15/15", "tetanus toxoid 0.5 mL IM",
      "amoxicillin-clavulanate 625 mg"]),

    # 15 - Northern Ireland, Co. Fermanagh: dictated rheumatology clinic letter, psoriatic arthritis
    ("Western Health and Social Care Trust\n"
     "South West Acute Hospital, 124 Irvinestown Road, Enniskillen BT74 6DN - Rheumatology Department\n"
     "Tel: 028 6638 2418 | Fax: 028 6638 2419\n"
     "Dictated: 03/11/2025 | Typed: 10/11/2025 | Dictated but not read\n"
     "\n"
     "Dr Brendan Corrigan-Ferris\n"
     "Lisnaskea Health Centre\n"
     "\n"
     "Dear Dr Corrigan-Ferris\n"
     "\n"
     "Re: Mrs Concepta Maguire-Keown, DOB 19/08/1966, H&C 327 418 2052, Hosp No S418273\n"
     "Killydrum Road, Boho, Co. Fermanagh BT74 8AL\n"
     "\n"
     "Diagnosis: 1. Psoriatic arthritis, oligoarticular with dactylitis comma, CASPAR criteria met full stop 2. "
     "Plaque psoriasis, PASI 6.\n"
     "\n"
     "Thank you for referring this 59 year old lady, a classroom assistant at Derrygonnelly Primary School, with a "
     "6 month history of a swollen sausage-like right third toe and left knee, and early morning stiffness of about "
     "an hour. Her sister Dympna has psoriasis as well. On examination she had dactylitis of the right third toe, a "
     "moderate left knee effusion and enthesitis at the left Achilles insertion. Modified Schober's test 5 cm. Nail "
     "pitting on four fingernails. DAS28-CRP 4.6. CRP 24, rheumatoid factor and anti-CCP negative, HLA-B27 "
     "negative. X-rays of the feet show a [inaudible] erosion at the right third PIP joint.\n"
     "\n"
     "New paragraph. I aspirated 40 mL of inflammatory fluid from the left knee and injected 80 mg of Depo-Medrone. "
     "I have started methotrexate 15 mg once weekly with folic acid 5 mg weekly on a different day. Pre-treatment "
     "bloods, QuantiFERON and a chest X-ray are requested. Please could the practice monitor FBC, U&E and LFTs "
     "fortnightly for the first 6 weeks. I will see her again in February.\n"
     "\n"
     "Yours sincerely\n"
     "\n"
     "Dr Ciaran Mulholland-Adeyemi\n"
     "Consultant Rheumatologist | GMC 6182734\n"
     "cc Mrs Maguire-Keown",
     [("HOSPITAL", ["Western Health and Social Care Trust"]), ("HOSPITAL", ["South West Acute Hospital"]),
      ("ADDRESS", ["124 Irvinestown Road"]), ("LOCATION", ["Enniskillen"]),
      ("POSTCODE", ["BT74 6DN"]), ("PHONE", ["028 6638 2418"]), ("PHONE", ["028 6638 2419"]), ("DATE", ["03/11/2025"]),
      ("DATE", ["10/11/2025"]), ("NAME", ["Brendan", "Corrigan-Ferris"]), ("HOSPITAL", ["Lisnaskea Health Centre"]),
      ("NAME", ["Concepta", "Maguire-Keown"]), ("DATE", ["19/08/1966"]), ("ID", ["327 418 2052"]),
      ("MRN", ["S418273"]), ("ADDRESS", ["Killydrum Road"]), ("LOCATION", ["Boho"]), ("LOCATION", ["Co. Fermanagh"]),
      ("POSTCODE", ["BT74 8AL"]), ("LOCATION", ["Derrygonnelly Primary School"]), ("NAME", ["Dympna"]),
      ("DATE", ["February"]), ("NAME", ["Ciaran", "Mulholland-Adeyemi"]), ("LICENCE", ["6182734"])],
     ["CASPAR criteria", "PASI 6", "Modified Schober's test 5 cm", "DAS28-CRP 4.6", "HLA-B27", "Depo-Medrone",
      "methotrexate 15 mg once weekly", "QuantiFERON"]),

    # 16 - Cyprus, Limassol district (Troodos wine villages): home nursing visit, patient aged 92 (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Υπηρεσία Κατ' Οίκον Νοσηλείας | τηλ. 25 801 418\n"
     "ΝΟΣΗΛΕΥΤΙΚΟ ΣΗΜΕΙΩΜΑ ΚΑΤ' ΟΙΚΟΝ ΕΠΙΣΚΕΨΗΣ | 5 Φεβρουαρίου 2026, 10:30\n"
     "Ασθενής: Χαραλαμπία (Λαμπού) Χατζηπαύλου του Ανδρέα, 92 ετών, γεν. 16/06/1933 | Αρ. Ταυτότητας 418273 | "
     "Αρ. Δικαιούχου ΓεΣΥ 2827461\n"
     "Διεύθυνση: Πλατεία Τιμίου Σταυρού 9, 4770 Όμοδος\n"
     "Προσωπικός ιατρός: Δρ Στυλιανός Κουμής-Αχιλλέως, Ιατρείο Κοιλανίου\n"
     "Ιστορικό: κάταγμα ισχίου το 2024 (ημιαρθροπλαστική), σακχαρώδης διαβήτης τύπου 2, ΧΝΝ σταδίου 3. Κλινήρης "
     "από τον Νοέμβριο.\n"
     "Σήμερα: κατάκλιση ιερού σταδίου 3, 4 x 3 cm, βάθος 0,5 cm, κοκκιώδης ιστός 80%, ίχνη ινώδους, χωρίς οσμή. "
     "Καθαρισμός με φυσιολογικό ορό, Aquacel Ag και αφρώδες επίθεμα. Φτέρνες ακέραιες. Κλίμακα Braden 11.\n"
     "Ζωτικά: ΑΠ 132/74, σφύξεις 84, SpO2 95%, σάκχαρο 186 mg/dl (ινσουλίνη glargine 12 IU το βράδυ).\n"
     "Φροντίδα: η κόρη της Ελπίδα Κυριακίδου (τηλ. 99 555 418) και η οικιακή βοηθός Mary Grace Dumalagan. Στρώμα "
     "εναλλασσόμενης πίεσης λειτουργεί· αλλαγή θέσης ανά 2 ώρες - συζητήθηκε ξανά με την κόρη.\n"
     "Η κυρία Λαμπού θυμάται ότι παντρεύτηκε το Πάσχα του 1955 στον Τίμιο Σταυρό και θέλει να κοινωνήσει τα "
     "Χριστούγεννα· λέει ότι τον Ιούνιο θα κλείσει τα 93.\n"
     "Επόμενη επίσκεψη: 9/2. Κοινοτική Νοσηλεύτρια: Άντρη Σολωμού",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("PHONE", ["25 801 418"]), ("DATE", ["5 Φεβρουαρίου 2026"]),
      ("NAME", ["Χαραλαμπία", "Λαμπού", "Χατζηπαύλου"]), ("NAME", ["Ανδρέα"]), ("AGE", ["92 ετών"]),
      ("DATE", ["16/06/1933"]), ("ID", ["418273"]), ("ID", ["2827461"]), ("ADDRESS", ["Πλατεία Τιμίου Σταυρού 9"]),
      ("POSTCODE", ["4770"]), ("LOCATION", ["Όμοδος"]), ("NAME", ["Στυλιανός", "Κουμής-Αχιλλέως"]),
      ("HOSPITAL", ["Ιατρείο Κοιλανίου"]), ("DATE", ["2024"]), ("DATE", ["Νοέμβριο"]),
      ("NAME", ["Ελπίδα", "Κυριακίδου"]), ("PHONE", ["99 555 418"]), ("NAME", ["Mary Grace", "Dumalagan"]),
      ("NAME", ["Λαμπού"]), ("DATE", ["Πάσχα"]), ("DATE", ["1955"]), ("LOCATION", ["Τίμιο Σταυρό"]),
      ("DATE", ["Χριστούγεννα"]), ("DATE", ["Ιούνιο"]), ("AGE", ["93"]), ("DATE", ["9/2"]),
      ("NAME", ["Άντρη", "Σολωμού"])],
     ["κατάκλιση ιερού σταδίου 3", "Aquacel Ag", "Κλίμακα Braden 11", "ΑΠ 132/74", "σάκχαρο 186 mg/dl",
      "ινσουλίνη glargine 12 IU"]),

    # 17 - Botswana, Ngamiland (Okavango Delta): operation note, hippopotamus bite with open femoral fracture
    ("LETSHOLATHEBE II MEMORIAL HOSPITAL, MAUN - Main Theatre\n"
     "OPERATION NOTE | Date: 28/10/2025 | Theatre 1 | Knife to skin 21:05, end 23:40\n"
     "Patient: Mr. Onkemetse Lucky Sekgoma | 34 M | DOB 09/02/1991 | Omang 418217553 | Hosp. No. LMH/25/18274\n"
     "Mokoro poler at Gunn's Camp on Chief's Island; home village Boro. Mokoro overturned by a hippo at about 15:00; "
     "bitten on the left thigh and buttock. Flown in by the rescue helicopter A2-KTB at 19:20.\n"
     "Pre-op: HR 124, BP 92/58 after 2 units O-neg; Hb 7.9. Distal pulses present, ABPI 1.0. Sciatic and femoral "
     "nerve function intact.\n"
     "Surgeon: Dr. Tlotlo Masire-Ncube | Assistant: Dr. Refilwe Kebonang | Anaesthetist: Dr. Oratile Sebego (GA, "
     "RSI) | Scrub: Sister Boitumelo Kgosidintsi\n"
     "Findings: three deep lacerations of the L thigh (largest 22 cm) and one of the buttock, heavily contaminated "
     "with mud and plant matter; comminuted open mid-shaft femoral fracture with bone loss - Gustilo-Anderson IIIB. "
     "Femoral artery and vein intact.\n"
     "Procedure: debridement of all dead muscle, irrigation with 9 L normal saline, uniplanar external fixator, "
     "wounds left open, VAC dressing at -125 mmHg.\n"
     "Antibiotics: cefazolin 2 g + gentamicin 5 mg/kg, plus ciprofloxacin for Aeromonas cover (river water). "
     "Tetanus toxoid and TIG given.\n"
     "Plan: ICU overnight; relook in theatre in 48 h; refer to Princess Marina Hospital, Gaborone for soft tissue "
     "cover. Wife Neo informed by phone (71 555 418).\n"
     "Signed: Dr. T. Masire-Ncube, Orthopaedic Surgeon | BHPC Reg. M/4182",
     [("HOSPITAL", ["LETSHOLATHEBE II MEMORIAL HOSPITAL"]), ("LOCATION", ["MAUN"]), ("DATE", ["28/10/2025"]),
      ("NAME", ["Onkemetse", "Lucky", "Sekgoma"]), ("DATE", ["09/02/1991"]), ("ID", ["418217553"]),
      ("MRN", ["LMH/25/18274"]), ("LOCATION", ["Gunn's Camp"]), ("LOCATION", ["Chief's Island"]),
      ("LOCATION", ["Boro"]),
      ("PLATE", ["A2-KTB"]), ("NAME", ["Tlotlo", "Masire-Ncube"]), ("NAME", ["Refilwe", "Kebonang"]),
      ("NAME", ["Oratile", "Sebego"]), ("NAME", ["Boitumelo", "Kgosidintsi"]),
      ("HOSPITAL", ["Princess Marina Hospital"]),
      ("LOCATION", ["Gaborone"]), ("NAME", ["Neo"]), ("PHONE", ["71 555 418"]), ("NAME", ["Masire-Ncube"]),
      ("LICENCE", ["M/4182"])],
     ["ABPI 1.0", "Gustilo-Anderson IIIB", "9 L normal saline", "external fixator", "cefazolin 2 g",
      "gentamicin 5 mg/kg", "Aeromonas"]),

    # 18 - Pakistan, Gilgit-Baltistan (Hunza): eye camp cataract screening list
    ("Aga Khan Medical Centre, Aliabad, Hunza - with Al-Shifa Trust Eye Hospital, Rawalpindi\n"
     "FREE EYE CAMP - CATARACT SCREENING LIST | Karimabad | Saturday 13 September 2025 | Camp No. EC-GB-25-07\n"
     "Ophthalmologist: Dr. Farzana Baig-Qizilbash (PMDC 18274-N) | Optometrist: Mr. Sher Ali | Coordinator: Mr. "
     "Sultan Ali Shah, 0355-5418273\n"
     "\n"
     "1. Bibi Gul Jahan w/o Ghulam Haider | 68/F | Altit | CNIC 71501-4182736-8 | VA R 6/60, L 6/18 | R mature "
     "cataract, L NS2; IOP 16/15 | SICS R eye - list for Monday 15/09\n"
     "2. Haji Mirza Beg | 74/M | Gulmit, Gojal | CNIC 71503-8172645-1 | VA R PL+, L 6/36 | R dense NS4 with PXF, "
     "phacodonesis; L PSC | SICS R with CTR standby at Rawalpindi base hospital; son Ayub to bring him\n"
     "3. Nasreen d/o Amanullah | 9/F | Passu | B-form 71503-0518274-6 | VA 6/24 both, 6/9 with pinhole | myopia "
     "-1.50 DS both | spectacles given; school teacher Madam Shirin Karim informed\n"
     "4. Karim Khan s/o Wazir Baig | 55/M | Aliabad | CNIC 71502-5418273-3 | VA R 6/12, L 6/24 | L PSC, "
     "diabetic, RBS 286 | dilated fundus at Aga Khan Medical Centre first; HbA1c\n"
     "5. Zarina Begum | 62/F | Hussainabad | CNIC 71501-2718364-2 | VA R 6/6, L CF 2 m | L pseudophakia with "
     "dense PCO | Nd:YAG capsulotomy at the base hospital in October",
     [("HOSPITAL", ["Aga Khan Medical Centre"]), ("LOCATION", ["Aliabad"]), ("LOCATION", ["Hunza"]),
      ("HOSPITAL", ["Al-Shifa Trust Eye Hospital"]), ("LOCATION", ["Rawalpindi"]), ("LOCATION", ["Karimabad"]),
      ("DATE", ["13 September 2025"]), ("ID", ["EC-GB-25-07"]), ("NAME", ["Farzana", "Baig-Qizilbash"]),
      ("LICENCE", ["18274-N"]), ("NAME", ["Sher", "Ali"]), ("NAME", ["Sultan", "Ali", "Shah"]),
      ("PHONE", ["0355-5418273"]), ("NAME", ["Bibi", "Gul", "Jahan"]), ("NAME", ["Ghulam", "Haider"]),
      ("LOCATION", ["Altit"]), ("ID", ["71501-4182736-8"]), ("DATE", ["15/09"]), ("NAME", ["Mirza", "Beg"]),
      ("LOCATION", ["Gulmit"]), ("LOCATION", ["Gojal"]), ("ID", ["71503-8172645-1"]), ("NAME", ["Ayub"]),
      ("NAME", ["Nasreen"]), ("NAME", ["Amanullah"]), ("LOCATION", ["Passu"]), ("ID", ["71503-0518274-6"]),
      ("NAME", ["Shirin", "Karim"]), ("NAME", ["Karim", "Khan"]), ("NAME", ["Wazir", "Baig"]),
      ("ID", ["71502-5418273-3"]), ("NAME", ["Zarina", "Begum"]), ("LOCATION", ["Hussainabad"]),
      ("ID", ["71501-2718364-2"]), ("DATE", ["October"])],
     ["6/60", "mature cataract", "SICS", "PXF", "PSC", "RBS 286", "Nd:YAG capsulotomy"]),

    # 19 - USA, Navajo Nation (Arizona/New Mexico): transfer center acceptance note, hantavirus
    ("UNM Hospital Transfer Center - TRANSFER ACCEPTANCE NOTE (MICU)\n"
     "Call received 06/21/2025 03:12 | Transfer Center case TC-25-061827 | recorded line\n"
     "Referring: Dr. Winona Tsinajinnie, ED, Chinle Comprehensive Health Care Facility, Chinle, AZ (928-555-0148)\n"
     "Patient: Darrell Yazzie-Benally | 23 M | DOB 02/28/2002 | IHS chart 0418273 | census no. 372816\n"
     "HPI: 4 days of fever and myalgias, then cough and dyspnea since yesterday. Lives with his grandmother near Many "
     "Farms; swept out a shed full of mouse droppings on 06/07. Drives a school bus for Rough Rock Community School.\n"
     "At referring facility: SpO2 78% on 6 L -> 86% on NRB, BP 84/52 on norepinephrine 8 mcg/min, HR 128, RR 36. CXR "
     "bilateral interstitial edema with Kerley B lines, small effusions.\n"
     "Labs: plt 62 K (140 K on 06/19), Hct 54%, WBC 18.4 with left shift, immunoblasts on smear. Lactate 4.1.\n"
     "Imp: suspected hantavirus cardiopulmonary syndrome (Sin Nombre virus), cardiopulmonary phase - high risk of "
     "rapid deterioration.\n"
     "Plan: accept to MICU. ECMO team alerted - VA-ECMO if cardiac index falls below 2.0 or refractory shock. "
     "Intubate before flight. Fixed wing N527NM, ETA 06:00. Minimal fluids. Hantavirus IgM/IgG to the state lab.\n"
     "Family: grandmother Mrs. Lorraine Begay (928-555-0163), Navajo-speaking; his uncle Vernon will interpret and "
     "drive down from Rough Rock.\n"
     "Accepting: Siddharth Nakai-Whitehorse, MD, MICU attending | pager 505-555-0119",
     [("HOSPITAL", ["UNM Hospital"]), ("DATE", ["06/21/2025"]), ("ID", ["TC-25-061827"]),
      ("NAME", ["Winona", "Tsinajinnie"]), ("HOSPITAL", ["Chinle Comprehensive Health Care Facility"]),
      ("LOCATION", ["Chinle"]), ("PHONE", ["928-555-0148"]), ("NAME", ["Darrell", "Yazzie-Benally"]),
      ("DATE", ["02/28/2002"]), ("MRN", ["0418273"]), ("ID", ["372816"]), ("LOCATION", ["Many Farms"]),
      ("DATE", ["06/07"]), ("LOCATION", ["Rough Rock Community School"]), ("DATE", ["06/19"]), ("PLATE", ["N527NM"]),
      ("NAME", ["Lorraine", "Begay"]), ("PHONE", ["928-555-0163"]), ("NAME", ["Vernon"]), ("LOCATION", ["Rough Rock"]),
      ("NAME", ["Siddharth", "Nakai-Whitehorse"]), ("PHONE", ["505-555-0119"])],
     ["norepinephrine 8 mcg/min", "Kerley B lines", "plt 62 K", "Hct 54%", "immunoblasts",
      "Sin Nombre virus", "VA-ECMO"]),
] + MORE_NOTES
