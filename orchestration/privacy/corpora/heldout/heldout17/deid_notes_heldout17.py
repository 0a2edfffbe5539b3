"""Seventeenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (857 planted identifier parts in 728 (kind, parts) entries; 250 clinical strings), mostly in English, written
the way clinicians write them: a village-clinic community health aide encounter with a telemedicine consult, an
emergency department provider note, a maritime telemedical advice record for a fishing vessel, a neuromuscular clinic
letter dictated by voice recognition and not read, an adult safeguarding concern form, a cardiology discharge summary, a
palliative care consultation, a medical ICU admission, an ambulance patient care report, a gastroenterology discharge
record, a GP consultation, an HIV clinic list, a trauma surgery discharge letter, a district hospital referral letter to
a sickle cell clinic, a discharge summary, a psychiatry outpatient note, an emergency department note, a medical ward
round, a prison intake health screening, a nursing record, a lung cancer MDM list, a patient-portal message thread, a
nursing home GP visit, a hospital social work assessment, a school echocardiography screening result and referral, an
MRI report, an after-hours nurse telephone triage record, a community nursing home visit, an emergency record, a
podiatry high-risk foot assessment, a hospital pharmacist's medicines reconciliation, a consent form for cataract
surgery, a patient safety incident report, a hospital discharge paper, a histopathology report, a microbiology
laboratory report, a hospice admission note, a community nurse home visit, a dental note with consent for a later
extraction and an occupational medicine assessment. From the US (Alaska, Maine, Louisiana, New Mexico, West Virginia,
Hawaii), Canada (Newfoundland and Labrador, Nova Scotia, British Columbia), England (East Riding of Yorkshire, Cornwall,
Lincolnshire), Scotland (Shetland, Highland), Wales (Gwynedd), Northern Ireland (Belfast), Ireland (Connemara, Co.
Galway), Australia (Queensland, Tasmania), New Zealand (Otago), South Africa (Eastern Cape), India (Kerala, in English),
Nigeria (Lagos), Kenya (Kisumu), Ghana (Ashanti), Trinidad and Tobago, the Bahamas, Singapore, the Philippines (Leyte),
Tonga, Greece (Thessaloniki, Crete, Patras), Cyprus (Limassol district), mainland China (Sichuan, Yunnan), Taiwan
(Hualien), Hong Kong, Switzerland (Graubünden) and Vietnam (Hanoi).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 5 (Thessaloniki), 16 (Heraklion), 27 (Limassol
district, Cyprus) and 35 (Patras) are in Greek script, with Greek names and patronymics, addresses, phone numbers,
facilities and Greek month names; notes 9 (Chengdu) and 28 (Chuxiong) are in simplified Chinese and notes 19 (Hualien)
and 37 (Hong Kong) in traditional Chinese, with names, addresses, phone numbers, facilities and dates in Chinese; note
12 is in German (Switzerland) and note 33 in Vietnamese, each with dates in that language; all other notes (30) are in
English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers (house and cottage names, a Kerala house name, a Puna hyphenated
house number, a Philippine purok and barangay, a Singapore HDB block and unit, a Hong Kong estate flat, a Chinese
village group and residential compound, a Vietnamese hamlet), "transferred from" and "referred from", employers (a
pelagic trawler, a travel centre, a supermarket, a hotpot restaurant, a fish merchant, a ski school, a dive charter, a
bus depot, a farmers' cooperative, a coal mine, a shipyard, a blueberry company, a bank, a macadamia farm, a quarry, a
bar, a cedar mill, a city bus operator), schools and a college, a nursing home, an elderly centre, a hospice and a
prison, a pharmacy, GP practices, a named ward, a church and a church parish, a surf club, a marae, hospitals and
streets named after people (Dr. G.B. Cross Memorial, St. Clare's Mercy, Γ. Παπανικολάου, Jaramogi Oginga Odinga,
Lumumba, Komfo Anokye, Nelson Mandela, Betsi Cadwaladr, Gilbert Bain, Princess Margaret, Hilo Benioff, Rehoboth
McKinley, 葛量洪醫院, Queen Salote College; Coolidge Blvd, Sir Solomon Hochoy Highway, Magsaysay Blvd, Adeniran Ogunsanya
Street, Ελευθερίου Βενιζέλου, Αρχιεπισκόπου Μακαρίου Γ΄, Αγίας Σοφίας, 中山路), places named after people (Lafayette,
Thoreau, Galliano, Latrobe, St Just, Collingwood Ward, Mavis Enderby), and places that are everyday words or first names
(Hope, Cut Off, Beverley, Heart's Content, Come By Chance, Penal, Odd, Pie, Mousehole, Holywood, Comber, Saintfield,
Economy, Current, Golden, Parson, Penguin, Tongue, Ben Loyal, Nebo, Bethesda, Middlemarch, Volcano, Green Island,
Edmonton as a Cairns suburb, Δάφνη, Αγίας Βαρβάρας, 团结村委会, 小河, 幸福里, 光復鄉, Giải Phóng, and Patience, Precious, Blessing,
Shiny, Olive, Grace, Jericho, Casanova, Cattle, WERE, LOW, 字 and 普 as people); also e-mail addresses, a patient-portal
URL and a PACS viewer URL, IPv4 addresses, a Messenger and an Instagram handle, road vehicle plates (a pickup, a private
car, a maxi-taxi, a motorcycle, a family car), a fishing vessel's port number, a bush plane, a coastguard helicopter and
a rescue helicopter registration, driving and professional licences (a West Virginia driver's licence, GMC, GPhC, AHPRA
medical and podiatry, CPSNL, CPSBC, MCNZ, Ghana MDC, MDCN, PRC, TCMC, SACSSP, Singapore MCR, a Swiss GLN, an EMT
registration and a Bahamas Dental Council number), device serial numbers (pacemaker, INR meter, bed exit alarm, syringe
driver), insurance and national numbers, case, incident, laboratory and student reference numbers, a vessel's IMO
number, fax, pager, bleep and extension numbers, and dates in many formats (full dates in several orders and separators,
year-less dates with slashes or words, month and year, dates in words, Mardi Gras, Christmas, Christmas Eve, 元旦 and 冬至,
and Greek, Chinese, German and Vietnamese dates). Where a real identifier has a check digit (US NPI, NHS, CHI, Northern
Ireland H&C, Irish PPSN, Australian Medicare and IHI, NZ NHI, South African ID, Aadhaar, Singapore NRIC, Hong Kong ID,
Taiwan ID, Chinese resident ID, Greek AMKA, Swiss AHV and GLN, BC PHN, Canadian SIN, IMO ship number) the planted one
passes it; the other national, insurance and licence numbers keep a valid format (Trinidad national ID with the birth
date, Vietnamese CCCD with province, sex-century and birth-year digits, BHYT card with its province code, Kenyan SHA
number, Ghana Card, Nigerian NIN, PhilHealth PIN, US SSN, Newfoundland MCP, Nova Scotia health card). No name, place or
facility is planted in more than one note, and none is reused from the sixteenth set. Four patients are aged 90 or over
(notes 6, 22, 27 and 37), and for them the age and every date element, bare years, months and holidays included, are
planted; where a younger patient's note has a bare year (notes 11, 20 and 23), it is left in the text and not planted.
The strings that must survive include eponyms and eponymous signs, syndromes, scores and classifications with their
numbers (some named after places or people whose names are everyday words: Glasgow, Edmonton, Texas, Swiss, Winter, Rose
Bengal, Wright, St. Jude), brand names of drugs and devices, organisms, lab values with units, ratios and fractions that
look like dates (gestation, Snellen acuity, agglutination titres, buprenorphine-naloxone and budesonide-formoterol
strengths, anaesthetic dilution, Gleason score, scale scores out of a total, EBUS stations), UK duration notation, a
year inside a statute and inside a criteria name, and everyday words or name-like abbreviations that must stay (IAN for
the inferior alveolar nerve, CHAM, TLD). Entries per kind: NAME 159, LOCATION 140, DATE 138, HOSPITAL 75, ID 51, ADDRESS
38, PHONE 38, POSTCODE 22, LICENCE 18, MRN 15, AGE 9, PLATE 9, EMAIL 6, SERIAL 4, HANDLE 2, IP 2, URL 2. The last 20
notes (435 identifier parts in 370 entries, 129 clinical strings) are in :mod:`deid_notes_heldout17_more`, only to keep
each file a readable length; this file holds 422 identifier parts in 358 entries and 121 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout17.deid_notes_heldout17_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Alaska (Yukon-Kuskokwim Delta): village clinic community health aide encounter with telemedicine
    ("Eek Village Clinic\n"
     "COMMUNITY HEALTH AIDE/PRACTITIONER ENCOUNTER WITH TELEMEDICINE CONSULT\n"
     "Date 03/11/2026 | Seen 13:05 | CHA/P: Marvina Nanalook, CHP\n"
     "Patient: Elijah Kasayulie-Pavila | 16 y M | DOB 09/02/2009 | Chart 00-418-726 | AK Medicaid 5201847736\n"
     "Lives with his grandparents in the house behind the washeteria; 10th grade at Eek School.\n"
     "CC: went through the ice on his snowmachine checking blackfish traps on the river ~11:30. Wet to the chest, "
     "walked 40 min home in a north wind, air temp -18 C. Gloves lost in the water.\n"
     "Findings: shivering hard, talking, a bit clumsy. Rectal, low-reading thermometer: Temp 34.2 C. HR 58, BP "
     "104/66, RR 16, SpO2 95%. Both hands white, waxy and hard to the PIP joints, no feeling. Feet OK in bunny "
     "boots.\n"
     "Care per CHAM (hypothermia and frostbite pages): wet clothes off, blankets, warm sweet drinks, hot packs to "
     "armpits and groin, no rubbing. Hands rewarmed in 39 C water x30 min - now purple-red, clear blisters forming.\n"
     "Telemed case sent with photos to Dr. Hollis Engstrom-Beaver, ED, YK Delta Regional Hospital in Bethel; she "
     "called back on 907-555-0163: Swiss stage HT I with at least 2nd degree frostbite of both hands, still inside "
     "the window for iloprost - medevac now. Gave ibuprofen 400 mg PO; tetanus up to date.\n"
     "Medevac: King Air N418YK on the Eek strip 15:40. Grandmother Olinda Kasayulie escorting.\n"
     "Supervising physician: Hollis Engstrom-Beaver, MD | NPI 3157284605",
     [("HOSPITAL", ["Eek Village Clinic"]), ("DATE", ["03/11/2026"]), ("NAME", ["Marvina", "Nanalook"]),
      ("NAME", ["Elijah", "Kasayulie-Pavila"]), ("DATE", ["09/02/2009"]), ("MRN", ["00-418-726"]),
      ("ID", ["5201847736"]), ("LOCATION", ["Eek School"]), ("NAME", ["Hollis", "Engstrom-Beaver"]),
      ("HOSPITAL", ["YK Delta Regional Hospital"]), ("LOCATION", ["Bethel"]), ("PHONE", ["907-555-0163"]),
      ("PLATE", ["N418YK"]), ("LOCATION", ["Eek"]), ("NAME", ["Olinda", "Kasayulie"]), ("ID", ["3157284605"])],
     ["Temp 34.2 C", "CHAM", "Swiss stage HT I", "2nd degree frostbite", "iloprost", "ibuprofen 400 mg"]),

    # 1 - USA, Maine: emergency department provider note, Lyme carditis
    ("Pen Bay Medical Center - Emergency Department\n"
     "6 Glen Cove Dr, Rockport ME 04856\n"
     "ED PROVIDER NOTE | 06/23/2025 02:14\n"
     "Tobias Whitcomb-Ouellette | 38 M | DOB 11/04/1986 | MRN PB-2093384\n"
     "HPI: sternman on a lobster boat, lives in Hope. Two near-syncopal spells hauling traps yesterday, then nearly "
     "passed out getting up to pee tonight. Fatigue, migratory knee and jaw pain x1 wk. Girlfriend noticed a big red "
     "bullseye on his back around June 9th that has since faded; never saw a tick. No chest pain.\n"
     "Exam: HR 38, BP 102/64, afebrile, alert. 14 cm annular patch L flank, fading. Cannon a waves in the neck.\n"
     "ECG: third-degree AV block, narrow junctional escape at 38; triage strip showed Wenckebach. Trop neg. Lyme EIA "
     "sent.\n"
     "MDM: Lyme carditis (Borrelia burgdorferi) most likely - erythema migrans, outdoor work, SILC score 6. Pads on, "
     "atropine 1 mg with brief response.\n"
     "Plan: ceftriaxone 2 g IV given 02:40. Discussed with Dr. Celestine Castellanos-Hart, cardiology at Maine "
     "Medical Center - accepts to CCU, temporary transvenous pacing if needed; most recover without a permanent "
     "pacer. Transfer by ALS.\n"
     "Girlfriend Shayla Brackett (207-555-0141) updated; she will move his truck (ME plate 4827 TG) out of the "
     "ambulance bay.\n"
     "Ansel Wolcott-Nakamura, MD | NPI 5203841767",
     [("HOSPITAL", ["Pen Bay Medical Center"]), ("ADDRESS", ["6 Glen Cove Dr"]), ("LOCATION", ["Rockport"]),
      ("POSTCODE", ["04856"]), ("DATE", ["06/23/2025"]), ("NAME", ["Tobias", "Whitcomb-Ouellette"]),
      ("DATE", ["11/04/1986"]), ("MRN", ["PB-2093384"]), ("LOCATION", ["Hope"]), ("DATE", ["June 9th"]),
      ("NAME", ["Celestine", "Castellanos-Hart"]), ("HOSPITAL", ["Maine Medical Center"]),
      ("NAME", ["Shayla", "Brackett"]), ("PHONE", ["207-555-0141"]), ("PLATE", ["4827 TG"]),
      ("NAME", ["Ansel", "Wolcott-Nakamura"]), ("ID", ["5203841767"])],
     ["Cannon a waves", "third-degree AV block", "Wenckebach", "Borrelia burgdorferi", "erythema migrans",
      "SILC score 6"]),

    # 2 - Scotland, Shetland: maritime telemedical advice record for a fishing vessel
    ("TELEMEDICAL ADVICE (TMAS) RECORD - radio medical call via HM Coastguard, Shetland\n"
     "Advising clinician: Dr Sigrun Halcrow, ED consultant, Gilbert Bain Hospital, Lerwick\n"
     "Call 21 January 2026, 03:40 UTC, by Iridium from FV Radiant Harvest LK 318 (IMO 9184720), pelagic trawler, 8 "
     "crew. Position 60°41'N 000°52'W, steaming for Lerwick at 9 kn. Sat phone +870 773 155 918.\n"
     "Caller: the skipper (holds the STCW medical care certificate).\n"
     "Patient: Magnus Jamieson-Tulloch, 54, DOB 14/03/1971, CHI 1403715211, the mate, from Whalsay.\n"
     "History: central crushing chest pain to the jaw and left arm since 03:05 while shooting the gear, sweaty, "
     "vomited once. Smoker; father died of an MI at 58.\n"
     "Obs (skipper): pulse 52 irregular, BP 96/60 (automatic cuff), RR 22, SpO2 94%. Grey and clammy.\n"
     "Advice from the Category A medical chest: aspirin 300 mg chewed; GTN spray 400 micrograms withheld (systolic "
     "under 100); morphine 10 mg IM once with metoclopramide 10 mg IM; oxygen if SpO2 falls below 94%; rest, no work "
     "on deck. Chest pain chapter of the Ship Captain's Medical Guide read through with the skipper.\n"
     "Medevac: probable STEMI - Coastguard helicopter (S-92, G-MCGQ) tasked 03:58, patient winched 04:46, to the "
     "hospital in Lerwick, then fixed-wing to Aberdeen Royal Infirmary for primary PCI.\n"
     "Wife Elspeth informed by the Coastguard.",
     [("LOCATION", ["Shetland"]), ("NAME", ["Sigrun", "Halcrow"]), ("HOSPITAL", ["Gilbert Bain Hospital"]),
      ("LOCATION", ["Lerwick"]), ("DATE", ["21 January 2026"]), ("LOCATION", ["Radiant Harvest"]),
      ("PLATE", ["LK 318"]), ("ID", ["9184720"]), ("LOCATION", ["60°41'N 000°52'W"]), ("PHONE", ["+870 773 155 918"]),
      ("NAME", ["Magnus", "Jamieson-Tulloch"]), ("DATE", ["14/03/1971"]), ("ID", ["1403715211"]),
      ("LOCATION", ["Whalsay"]), ("PLATE", ["G-MCGQ"]), ("HOSPITAL", ["Aberdeen Royal Infirmary"]),
      ("NAME", ["Elspeth"])],
     ["Category A medical chest", "aspirin 300 mg", "GTN spray 400 micrograms", "morphine 10 mg IM",
      "Ship Captain's Medical Guide", "STEMI"]),

    # 3 - USA, Louisiana: neuromuscular clinic letter dictated by voice recognition and not read
    ("Ochsner Lafayette General - Neurology Clinic\n"
     "1214 Coolidge Blvd, Lafayette LA | fax 337-555-0176\n"
     "*** Dictated using Dragon Medical One. Dictated but not read to expedite care. *** Dictated 8/14/2025\n"
     "\n"
     "Renard Fontenot-Guidry, MD\n"
     "Bayou Lafourche Family Clinic, Cut Off LA\n"
     "\n"
     "RE: Evangeline Thibodeaux-Landry | DOB 3/22/1961 | MRN 0041829375\n"
     "\n"
     "Dear Dr. Fontenot Guidry comma\n"
     "I saw Mrs. Tebodo today on August the fourteenth in neuromuscular clinic period. She is a 64-year-old school "
     "cafeteria manager who lives in Galliano comma and she reports double vision and a droopy left eyelid that are "
     "worse in the evening since around Mardi Gras period. She has stopped driving at night and chewing crawfish "
     "tires her jaw period new paragraph\n"
     "On exam she has fatigable left ptosis with a positive Cogan's lid twitch comma and the ice pack test improved "
     "the ptosis by 3 mm period. Neck flexion 4 over 5 period. No bulbar weakness today period. MGFA class IIb comma "
     "MG-ADL 7 period new paragraph\n"
     "Acetylcholine receptor binding antibody 12.4 nmol/L period. CT chest colon no thymoma period. TSH normal period "
     "new paragraph\n"
     "Plan colon pyridostigmine (Mestinon) 60 mg three times daily comma prednisone if not controlled period. Avoid "
     "fluoroquinolones comma aminoglycosides and IV magnesium comma and I gave her the MG emergency card period. She "
     "will call us for any trouble swallowing or breathing period. Return 6 weeks period\n"
     "\n"
     "Sincerely,\n"
     "Marguerite Okafor-Broussard, MD, Neuromuscular Medicine | NPI 1947302588",
     [("HOSPITAL", ["Ochsner Lafayette General"]), ("ADDRESS", ["1214 Coolidge Blvd"]), ("LOCATION", ["Lafayette"]),
      ("PHONE", ["337-555-0176"]), ("DATE", ["8/14/2025"]), ("NAME", ["Renard", "Fontenot-Guidry"]),
      ("HOSPITAL", ["Bayou Lafourche Family Clinic"]), ("LOCATION", ["Cut Off"]),
      ("NAME", ["Evangeline", "Thibodeaux-Landry"]), ("DATE", ["3/22/1961"]), ("MRN", ["0041829375"]),
      ("NAME", ["Fontenot", "Guidry"]), ("NAME", ["Tebodo"]), ("DATE", ["August the fourteenth"]),
      ("LOCATION", ["Galliano"]), ("DATE", ["Mardi Gras"]), ("NAME", ["Marguerite", "Okafor-Broussard"]),
      ("ID", ["1947302588"])],
     ["Dragon Medical One", "Cogan's lid twitch", "ice pack test", "MGFA class IIb",
      "Acetylcholine receptor binding antibody 12.4 nmol/L", "Mestinon"]),

    # 4 - England, East Riding of Yorkshire: adult safeguarding concern form from a district nurse
    ("EAST RIDING OF YORKSHIRE COUNCIL - ADULT SAFEGUARDING CONCERN FORM (Care Act 2014, s.42)\n"
     "Date of referral: 27/11/2025\n"
     "Referrer: Harriet Spink, District Nursing Sister, City Health Care Partnership - Driffield team | 01377 555 218 "
     "| harriet.spink@nhs.net\n"
     "Adult at risk: Mr Norman Cattle | DOB 03/04/1947 | NHS 433 902 6158\n"
     "Address: 2 Chapel Garth, Wetwang, Driffield YO25 9XT (lives alone, widower)\n"
     "GP: Dr Oksana Pexton\n"
     "Type of abuse suspected: financial; self-neglect; neglect by a person in a position of trust.\n"
     "Details: visiting since 14th Nov for a sacral wound - today a category 3 pressure ulcer 4 x 3 cm with slough, "
     "Waterlow 22, MUST score 2 (6 kg lost since the summer). Fridge empty, heating off, house 11 C. Mr Cattle says "
     "his nephew, Dean Featherstone, who lives in Beverley, has his bank card and PIN \"to do the shopping\" and "
     "collects his pension; a neighbour says the nephew comes on pension day and leaves within ten minutes. Care "
     "calls from the home care agency were cancelled by the nephew in October.\n"
     "Capacity: he understands and can weigh up the risk of the nephew holding his card (two-stage test, Mental "
     "Capacity Act 2005); Mini-ACE 84/100. He consents to this referral but is frightened of \"getting the lad into "
     "trouble\".\n"
     "Immediate actions: wound care, food bank parcel, GP asked for an urgent review; police not contacted yet "
     "(adult's wishes) - please advise. Risk: HIGH.",
     [("LOCATION", ["EAST RIDING OF YORKSHIRE"]), ("DATE", ["27/11/2025"]), ("NAME", ["Harriet", "Spink"]),
      ("HOSPITAL", ["City Health Care Partnership"]), ("LOCATION", ["Driffield"]), ("PHONE", ["01377 555 218"]),
      ("EMAIL", ["harriet.spink@nhs.net"]), ("NAME", ["Norman", "Cattle"]), ("DATE", ["03/04/1947"]),
      ("ID", ["433 902 6158"]), ("ADDRESS", ["2 Chapel Garth"]), ("LOCATION", ["Wetwang"]), ("POSTCODE", ["YO25 9XT"]),
      ("NAME", ["Oksana", "Pexton"]), ("DATE", ["14th Nov"]), ("NAME", ["Dean", "Featherstone"]),
      ("LOCATION", ["Beverley"]), ("DATE", ["October"])],
     ["category 3 pressure ulcer", "Waterlow 22", "MUST score 2", "Mental Capacity Act 2005", "Mini-ACE 84/100",
      "s.42"]),

    # 5 - Greece, Thessaloniki: cardiology discharge summary (Greek)
    ("Γενικό Νοσοκομείο Θεσσαλονίκης «Γ. Παπανικολάου» - Καρδιολογική Κλινική\n"
     "Θεσσαλονίκη\n"
     "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ\n"
     "Ασθενής: Θεμιστοκλής Καραγιαννίδης του Σάββα, 57 ετών, γεν. 12/07/1968, ΑΜΚΑ 12076803159\n"
     "Διεύθυνση: Αγίας Σοφίας 41, 54622 Θεσσαλονίκη. Οδηγός λεωφορείου στον ΟΑΣΘ.\n"
     "Εισαγωγή: 9 Ιανουαρίου 2026 (διακομιδή από το Κέντρο Υγείας Λαγκαδά) - Έξοδος: 14/01/2026\n"
     "Αιτία εισαγωγής: δύο επεισόδια αιφνίδιας απώλειας συνείδησης στο τιμόνι, κρίσεις Stokes-Adams. ΗΚΓ: "
     "κολποκοιλιακός αποκλεισμός 3ου βαθμού με κοιλιακό ρυθμό διαφυγής 34/λεπτό, νωρίτερα Mobitz II.\n"
     "Πορεία: προσωρινή διαφλέβια βηματοδότηση και την τρίτη ημέρα εμφύτευση μόνιμου διπλοεστιακού βηματοδότη DDD "
     "(Medtronic Azure XT DR MRI SureScan, σειριακός αριθμός RNB418273S) με προφυλακτική κεφαζολίνη 2 g. "
     "Υπερηχογράφημα: ΚΕ 55%. Τροπονίνη αρνητική, TSH και K+ φυσιολογικά.\n"
     "Οδηγίες: όχι οδήγηση επαγγελματικού οχήματος για 6 εβδομάδες (βεβαίωση για τον εργοδότη), όχι ανύψωση του "
     "αριστερού χεριού πάνω από τον ώμο για 4 εβδομάδες, κάρτα βηματοδότη. Έλεγχος τραύματος και βηματοδότη στο "
     "ιατρείο βηματοδοτών στις 23 Φεβρουαρίου.\n"
     "Ενημερώθηκε η σύζυγός του Σταματία (κιν. 697 555 2084).\n"
     "Ο θεράπων ιατρός: Αριστοτέλης Πουλιόπουλος, Επιμελητής Α΄ Καρδιολογίας",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Θεσσαλονίκης"]), ("HOSPITAL", ["Γ. Παπανικολάου"]),
      ("LOCATION", ["Θεσσαλονίκη"]), ("NAME", ["Θεμιστοκλής", "Καραγιαννίδης"]), ("NAME", ["Σάββα"]),
      ("DATE", ["12/07/1968"]), ("ID", ["12076803159"]), ("ADDRESS", ["Αγίας Σοφίας 41"]), ("POSTCODE", ["54622"]),
      ("LOCATION", ["ΟΑΣΘ"]), ("DATE", ["9 Ιανουαρίου 2026"]), ("HOSPITAL", ["Κέντρο Υγείας Λαγκαδά"]),
      ("DATE", ["14/01/2026"]), ("SERIAL", ["RNB418273S"]), ("DATE", ["23 Φεβρουαρίου"]), ("NAME", ["Σταματία"]),
      ("PHONE", ["697 555 2084"]), ("NAME", ["Αριστοτέλης", "Πουλιόπουλος"])],
     ["κρίσεις Stokes-Adams", "κολποκοιλιακός αποκλεισμός 3ου βαθμού", "Mobitz II", "Azure XT DR MRI SureScan",
      "κεφαζολίνη 2 g", "ΚΕ 55%"]),

    # 6 - Canada, Newfoundland and Labrador: palliative care consultation, patient aged 94
    ("Dr. G.B. Cross Memorial Hospital, Clarenville NL\n"
     "PALLIATIVE CARE CONSULTATION\n"
     "Date of consult: February 17, 2026 | Requested by the hospitalist, 2 West\n"
     "Patient: Mrs. Lavinia Pardy-Vokey | 94 y F | DOB 1931-07-29 | MCP 1018 3461 7295\n"
     "From Heart's Content; widowed since 1999; lived alone until the fall of 2024, then moved in with her daughter "
     "in Come By Chance.\n"
     "Reason for consult: painless jaundice, weight loss and itch since Christmas. CT at St. Clare's Mercy Hospital "
     "on January 30: 4 cm pancreatic head mass with liver metastases, CA 19-9 1840 U/mL. Palpable non-tender "
     "gallbladder (Courvoisier's sign). Bilirubin 212 µmol/L. She declined ERCP/stent and further tests: \"I'm 94, my "
     "dear, I've had a grand innings.\"\n"
     "Assessment: PPS 40%; ESAS-r (Edmonton Symptom Assessment System) - pruritus 8, appetite 9, pain 3, anxiety 2. "
     "Capable; clear values; wants to die at home.\n"
     "Recommendations: hydromorphone 0.5 mg subcut q4h PRN; cholestyramine, and sertraline 25 mg for the itch; mouth "
     "care; Palliative Home Care referral to the Clarenville team and the provincial palliative drug program. MAID "
     "not requested. DNR documented.\n"
     "Family: daughter Glenys Pardy, 709-555-0152 (main caregiver); son Wince Vokey is flying home from Fort "
     "McMurray. She hopes to see her 95th birthday in July.\n"
     "Anneliese Crocker-Mbatha, MD, CCFP(PC) | CPSNL 07318",
     [("HOSPITAL", ["Dr. G.B. Cross Memorial Hospital"]), ("LOCATION", ["Clarenville"]),
      ("DATE", ["February 17, 2026"]), ("NAME", ["Lavinia", "Pardy-Vokey"]), ("AGE", ["94 y"]),
      ("DATE", ["1931-07-29"]), ("ID", ["1018 3461 7295"]), ("LOCATION", ["Heart's Content"]), ("DATE", ["1999"]),
      ("DATE", ["2024"]), ("LOCATION", ["Come By Chance"]), ("DATE", ["Christmas"]),
      ("HOSPITAL", ["St. Clare's Mercy Hospital"]), ("DATE", ["January 30"]), ("AGE", ["I'm 94"]),
      ("NAME", ["Glenys", "Pardy"]), ("PHONE", ["709-555-0152"]), ("NAME", ["Wince", "Vokey"]),
      ("LOCATION", ["Fort McMurray"]), ("AGE", ["95th"]), ("DATE", ["July"]), ("NAME", ["Anneliese", "Crocker-Mbatha"]),
      ("LICENCE", ["07318"])],
     ["CA 19-9 1840 U/mL", "Courvoisier's sign", "Bilirubin 212 µmol/L", "PPS 40%",
      "Edmonton Symptom Assessment System", "hydromorphone 0.5 mg subcut q4h PRN", "sertraline 25 mg"]),

    # 7 - USA, New Mexico: medical ICU admission, hantavirus cardiopulmonary syndrome
    ("UNM Hospital - Medical Intensive Care Unit\n"
     "2211 Lomas Blvd NE, Albuquerque NM\n"
     "MICU ADMISSION H&P | 06/18/2025 04:30\n"
     "Patient: Darnell Yazzie-Begay | 31 M | DOB 05/27/1994 | MRN 2718406\n"
     "Transferred from Rehoboth McKinley Christian Hospital, Gallup, by fixed wing for ECMO evaluation.\n"
     "HPI: Diné, lives near Thoreau, works the fuel desk at Red Mesa Travel Center. About 3 weeks ago (~May 28) he "
     "swept out his grandmother's storage shed in Crownpoint - lots of mouse droppings. 4 days of fever, myalgia, "
     "back pain and vomiting, then rapidly worsening dyspnea yesterday.\n"
     "Course at OSH: intubated for hypoxemia, P/F ratio 88 on FiO2 1.0, PEEP 14. Norepinephrine 0.2 mcg/kg/min.\n"
     "Labs: plt 62 K, Hct 58% (hemoconcentration), WBC 21 with left shift and immunoblasts on the smear - 4 of 5 "
     "screen criteria positive. Lactate 4.9. Echo: LVEF 25%, CI 1.8.\n"
     "Assessment: hantavirus cardiopulmonary syndrome (Sin Nombre virus), cardiopulmonary phase, refractory shock.\n"
     "Plan: VA-ECMO cannulation at the bedside; lung-protective ventilation 6 mL/kg; avoid fluid loading; Sin Nombre "
     "IgM/IgG and RT-PCR to the state lab; report to NMDOH and to tribal public health.\n"
     "Mother Rosita Begay (505-555-0117) at the bedside with his aunt; Navajo interpreter offered, declined.\n"
     "Keziah Montoya-Brandt, MD, MICU attending | pager 3318 | NPI 6482019356",
     [("HOSPITAL", ["UNM Hospital"]), ("ADDRESS", ["2211 Lomas Blvd NE"]), ("LOCATION", ["Albuquerque"]),
      ("DATE", ["06/18/2025"]), ("NAME", ["Darnell", "Yazzie-Begay"]), ("DATE", ["05/27/1994"]), ("MRN", ["2718406"]),
      ("HOSPITAL", ["Rehoboth McKinley Christian Hospital"]), ("LOCATION", ["Gallup"]), ("LOCATION", ["Thoreau"]),
      ("LOCATION", ["Red Mesa Travel Center"]), ("DATE", ["May 28"]), ("LOCATION", ["Crownpoint"]),
      ("NAME", ["Rosita", "Begay"]), ("PHONE", ["505-555-0117"]), ("NAME", ["Keziah", "Montoya-Brandt"]),
      ("PHONE", ["3318"]), ("ID", ["6482019356"])],
     ["P/F ratio 88", "Hct 58%", "immunoblasts", "hantavirus cardiopulmonary syndrome", "Sin Nombre virus", "VA-ECMO"]),

    # 8 - Trinidad and Tobago: ambulance patient care report, road traffic collision
    ("EMERGENCY HEALTH SERVICE - TRINIDAD & TOBAGO\n"
     "PATIENT CARE REPORT | Ambulance 14 (Couva station) | Date 14/09/2025\n"
     "Call 22:41 | Enroute 22:43 | On scene 22:58 | Depart scene 23:19 | At hospital 23:44\n"
     "Scene: Sir Solomon Hochoy Highway southbound, just before the flyover. RTC - private car PCX 7214 rear-ended a "
     "maxi-taxi HCL 3086 at speed; pt front-seat passenger, belted, airbags deployed, 20 min extrication by the fire "
     "service.\n"
     "Patient: Kavita Ramdeen-Persad, 29 F, DOB 17/04/1996, National ID 19960417021. Lives in Penal; cashier at "
     "Pooran's Supermarket, Chaguanas. LMP 2 weeks ago.\n"
     "Assessment: GCS 14 (E4V4M6), amnesic for the crash. HR 124, BP 88/54, RR 26, SpO2 96% on NRB, CRT 3 s. Seatbelt "
     "sign across the lower abdomen. Pelvis tender on gentle palpation, not sprung. R femur deformity.\n"
     "Revised Trauma Score 11. MIST handover called ahead.\n"
     "Treatment: c-collar and scoop; SAM Pelvic Sling applied 23:08; traction splint R leg; 2 x 16 G IVs; Ringer's "
     "lactate 500 mL, then permissive hypotension; TXA 1 g IV over 10 min at 23:15; fentanyl 50 mcg IV.\n"
     "Destination: San Fernando General Hospital (trauma).\n"
     "Husband Vishnu Persad, 1-868-555-0193, informed by police at the scene.\n"
     "Crew: EMT-P Jabari Mohammed-Lezama (reg. P-1047) and an EMT-I",
     [("LOCATION", ["Couva"]), ("DATE", ["14/09/2025"]), ("ADDRESS", ["Sir Solomon Hochoy Highway"]),
      ("PLATE", ["PCX 7214"]), ("PLATE", ["HCL 3086"]), ("NAME", ["Kavita", "Ramdeen-Persad"]),
      ("DATE", ["17/04/1996"]), ("ID", ["19960417021"]), ("LOCATION", ["Penal"]),
      ("LOCATION", ["Pooran's Supermarket"]), ("LOCATION", ["Chaguanas"]),
      ("HOSPITAL", ["San Fernando General Hospital"]), ("NAME", ["Vishnu", "Persad"]), ("PHONE", ["1-868-555-0193"]),
      ("NAME", ["Jabari", "Mohammed-Lezama"]), ("LICENCE", ["P-1047"])],
     ["GCS 14 (E4V4M6)", "Seatbelt sign", "Revised Trauma Score 11", "SAM Pelvic Sling", "Ringer's lactate 500 mL",
      "TXA 1 g IV"]),

    # 9 - China, Sichuan (Chengdu): gastroenterology discharge record (simplified Chinese)
    ("成都市双流区第一人民医院 消化内科 出院记录\n"
     "住院号：SL2025-118407　床号：消化内科18床\n"
     "姓名：邓晓燕　性别：女　年龄：42岁　出生日期：1983年4月16日\n"
     "身份证号：510107198304162823\n"
     "住址：成都市武侯区玉林北路幸福里小区3栋2单元501号\n"
     "工作单位：蜀香居火锅店（服务员）　联系人：丈夫 何志勇　电话：139-8176-5208\n"
     "入院日期：2025年12月27日　出院日期：2026年1月8日　住院天数：12天\n"
     "入院情况：聚餐（火锅）后6小时出现持续性上腹痛向腰背部放射，伴恶心呕吐。血清甘油三酯 TG 28.6 mmol/L，血淀粉酶 1420 U/L，脂肪酶 3860 "
     "U/L。Grey-Turner征、Cullen征均阴性。BISAP 3分，改良CT严重指数（MCTSI）6分。\n"
     "诊疗经过：禁食、胃肠减压、液体复苏，胰岛素联合低分子肝素降脂，行血浆置换1次后TG降至6.2 mmol/L。第5天出现急性胰周液体积聚，未感染。元旦后逐步恢复进食。\n"
     "出院诊断：1. 高甘油三酯血症性急性胰腺炎（中度重症）2. 2型糖尿病\n"
     "出院医嘱：低脂饮食，戒酒；非诺贝特 200 mg 每晚一次；二甲双胍 0.5 g 每日两次；2周后复查血脂、血糖，消化内科门诊随访。\n"
     "主治医师：冉静　住院医师：蒲俊杰",
     [("HOSPITAL", ["成都市双流区第一人民医院"]), ("MRN", ["SL2025-118407"]), ("NAME", ["邓晓燕"]), ("DATE", ["1983年4月16日"]),
      ("ID", ["510107198304162823"]), ("LOCATION", ["成都市"]), ("LOCATION", ["武侯区"]), ("ADDRESS", ["玉林北路"]),
      ("ADDRESS", ["幸福里小区3栋2单元501号"]), ("LOCATION", ["蜀香居火锅店"]), ("NAME", ["何志勇"]), ("PHONE", ["139-8176-5208"]),
      ("DATE", ["2025年12月27日"]), ("DATE", ["2026年1月8日"]), ("DATE", ["元旦"]), ("NAME", ["冉静"]), ("NAME", ["蒲俊杰"])],
     ["TG 28.6 mmol/L", "Grey-Turner征", "Cullen征", "BISAP 3分", "改良CT严重指数（MCTSI）6分", "血浆置换"]),

    # 10 - England, Cornwall: GP consultation, new atrial fibrillation with thyrotoxicosis
    ("Penwith Moors Surgery, St Just - consultation 12-Aug-2025 09:20 (face to face) - Dr Jory Trewhella\n"
     "Miss Demelza Pascoe-Rowe, DOB 30/10/1963, NHS No. 721 038 4596, 4 Fore Street, Mousehole TR19 6PQ, mob 07700 "
     "900 518, demelza.pascoe@btinternet.com\n"
     "Hx: palpitations on and off for 3/52, first noticed 30th July while gutting at Pentreath & Sons Fish Merchants "
     "in Newlyn, where she works. Lost 4 kg, hot all the time, shaky hands, loose stools. No chest pain or syncope. "
     "Mum had an overactive thyroid.\n"
     "O/E: irregularly irregular 118, BP 142/84, fine tremor, lid lag, small smooth goitre, no bruit. Not "
     "breathless.\n"
     "ECG in surgery: AF, rate 112, no ischaemic change.\n"
     "Bloods (urgent, same day): TSH <0.01 mU/L, FT4 38 pmol/L, TRAb to follow.\n"
     "Imp: new AF secondary to thyrotoxicosis, ?Graves' disease.\n"
     "CHA2DS2-VASc 2 (female, HTN), ORBIT score 1 - after discussion anticoagulate: Eliquis 5 mg BD. Bisoprolol 2.5 "
     "mg OD. Carbimazole to wait for endocrinology advice (A&G sent today to Royal Cornwall Hospital). Echo "
     "requested.\n"
     "Safety-netting: 999 if chest pain, breathless or collapse. Group 1 licence - no need to tell the DVLA unless "
     "symptoms distract her driving. Daughter Morwenna will bring her back in 2/52 for the results and a rate check.",
     [("HOSPITAL", ["Penwith Moors Surgery"]), ("LOCATION", ["St Just"]), ("DATE", ["12-Aug-2025"]),
      ("NAME", ["Jory", "Trewhella"]), ("NAME", ["Demelza", "Pascoe-Rowe"]), ("DATE", ["30/10/1963"]),
      ("ID", ["721 038 4596"]), ("ADDRESS", ["4 Fore Street"]), ("LOCATION", ["Mousehole"]), ("POSTCODE", ["TR19 6PQ"]),
      ("PHONE", ["07700 900 518"]), ("EMAIL", ["demelza.pascoe@btinternet.com"]), ("DATE", ["30th July"]),
      ("LOCATION", ["Pentreath & Sons Fish Merchants"]), ("LOCATION", ["Newlyn"]),
      ("HOSPITAL", ["Royal Cornwall Hospital"]), ("NAME", ["Morwenna"])],
     ["3/52", "TSH <0.01 mU/L", "Graves' disease", "CHA2DS2-VASc 2", "ORBIT score 1", "Eliquis 5 mg BD"]),

    # 11 - Kenya, Kisumu: HIV comprehensive care clinic list
    ("Jaramogi Oginga Odinga Teaching & Referral Hospital (JOOTRH), Kisumu\n"
     "Comprehensive Care Centre (CCC) - HIV clinic list, Thursday 16/10/2025 (AM)\n"
     "Clinician: Dr. Beryl Anyango-Kisia\n"
     "\n"
     "1. OCHIENG Fredrick Otieno, M/42, CCC 13939-02841, tel 0712 555 308\n"
     "   Fisherman at Dunga Beach. On TLD since 2019. VL 1,240 copies/mL - 2nd EAC session today; misses doses when "
     "out on the lake overnight. Repeat VL after 3 good EAC sessions.\n"
     "2. AKINYI Risper, F/27, CCC 13939-10573, Nyalenda B\n"
     "   Pregnant 22/40, VL <50 copies/mL on TLD. PMTCT: ANC at Lumumba Sub-County Hospital; partner testing not yet "
     "done - assisted disclosure session booked with the mentor mother.\n"
     "3. WERE Calvince, M/16, CCC 13939-08215, Form 2 at Kanyakwar Mixed Secondary School\n"
     "   OTZ club. VL 38,000 copies/mL on TLD x2 - treatment failure; DRT sent; switch to DRV/r + DTG + 3TC per MDT. "
     "Grandmother Pamela Were is his treatment buddy.\n"
     "4. NYAMBURA Grace Wanjiku, F/51, CCC 13939-11902, SHA No. CR4184720361-9, Manyatta Arab\n"
     "   Back in care after 14 months away. CD4 86 cells/mm3 - advanced HIV disease package: CrAg LFA positive "
     "(serum), TB LAM positive. LP today for CSF CrAg; fluconazole 800 mg if CSF negative, admit if positive. Start "
     "TB treatment (2RHZE/4RH); ART after 2 weeks.",
     [("HOSPITAL", ["Jaramogi Oginga Odinga Teaching & Referral Hospital"]), ("HOSPITAL", ["JOOTRH"]),
      ("LOCATION", ["Kisumu"]), ("DATE", ["16/10/2025"]), ("NAME", ["Beryl", "Anyango-Kisia"]),
      ("NAME", ["OCHIENG", "Fredrick", "Otieno"]), ("MRN", ["13939-02841"]), ("PHONE", ["0712 555 308"]),
      ("LOCATION", ["Dunga Beach"]), ("NAME", ["AKINYI", "Risper"]), ("MRN", ["13939-10573"]),
      ("LOCATION", ["Nyalenda B"]), ("HOSPITAL", ["Lumumba Sub-County Hospital"]), ("NAME", ["WERE", "Calvince"]),
      ("MRN", ["13939-08215"]), ("LOCATION", ["Kanyakwar Mixed Secondary School"]), ("NAME", ["Pamela", "Were"]),
      ("NAME", ["NYAMBURA", "Grace", "Wanjiku"]), ("MRN", ["13939-11902"]), ("ID", ["CR4184720361-9"]),
      ("LOCATION", ["Manyatta Arab"])],
     ["TLD", "VL 1,240 copies/mL", "22/40", "DRV/r + DTG + 3TC", "CD4 86 cells/mm3", "CrAg LFA positive"]),

    # 12 - Switzerland, Graubünden: trauma surgery discharge letter (German)
    ("Kantonsspital Graubünden - Klinik für Orthopädie und Traumatologie\n"
     "Loëstrasse 170, 7000 Chur\n"
     "\n"
     "Chur, 19. Februar 2026\n"
     "\n"
     "Herrn Dr. med. Gian-Reto Caviezel\n"
     "Klosters\n"
     "\n"
     "AUSTRITTSBERICHT\n"
     "Patientin: Frau Seraina Derungs-Brunold, geb. 07.11.1989, AHV-Nr. 756.4820.3917.53\n"
     "Wohnhaft: Via Principala 24, Disentis/Mustér. Skilehrerin bei der Skischule Brigels.\n"
     "Eintritt: 11.02.2026\n"
     "\n"
     "Diagnosen:\n"
     "1. Tibiakopffraktur links, Schatzker Typ VI / AO 41-C3, Skiunfall am 11. Februar (Valgus-Rotationstrauma)\n"
     "   - ORIF mit winkelstabiler LCP-Platte lateral und Zugschrauben medial\n"
     "2. Verdacht auf vordere Kreuzbandläsion links (Lachman-Test schmerzbedingt nicht beurteilbar)\n"
     "\n"
     "Verlauf: Transport mit dem Rega-Helikopter HB-ZRT direkt von der Piste. Kompartmentsyndrom klinisch und mit "
     "Druckmessung ausgeschlossen. Postoperativ komplikationsloser Verlauf, Wunde reizlos.\n"
     "Procedere: Teilbelastung 15 kg an Gehstöcken für 8 Wochen, Orthese 0-0-90°. Thromboseprophylaxe mit Fragmin "
     "5000 IE s.c. täglich bis zur Vollbelastung. Fadenentfernung in Ihrer Praxis. MRI Knie nach 6 Wochen. "
     "Arbeitsunfähig 100 % bis zur Kontrolle.\n"
     "Ihr Lebenspartner, Herr Linard Cadonau (+41 79 555 28 14), holt sie ab.\n"
     "\n"
     "Freundliche Grüsse\n"
     "Dr. med. Flurina Casanova, Oberärztin Traumatologie | GLN 7601000482174",
     [("HOSPITAL", ["Kantonsspital Graubünden"]), ("ADDRESS", ["Loëstrasse 170"]), ("POSTCODE", ["7000"]),
      ("LOCATION", ["Chur"]), ("DATE", ["19. Februar 2026"]), ("NAME", ["Gian-Reto", "Caviezel"]),
      ("LOCATION", ["Klosters"]), ("NAME", ["Seraina", "Derungs-Brunold"]), ("DATE", ["07.11.1989"]),
      ("ID", ["756.4820.3917.53"]), ("ADDRESS", ["Via Principala 24"]), ("LOCATION", ["Disentis/Mustér"]),
      ("LOCATION", ["Skischule Brigels"]), ("DATE", ["11.02.2026"]), ("DATE", ["11. Februar"]), ("PLATE", ["HB-ZRT"]),
      ("NAME", ["Linard", "Cadonau"]), ("PHONE", ["+41 79 555 28 14"]), ("NAME", ["Flurina", "Casanova"]),
      ("LICENCE", ["7601000482174"])],
     ["Schatzker Typ VI", "AO 41-C3", "LCP-Platte", "Lachman-Test", "Teilbelastung 15 kg", "Fragmin 5000 IE"]),

    # 13 - Ghana, Ashanti: referral letter from a district hospital to a paediatric sickle cell clinic
    ("AGOGO PRESBYTERIAN HOSPITAL\n"
     "Agogo, Ashanti Region\n"
     "\n"
     "5th May 2025\n"
     "\n"
     "The Consultant Haematologist\n"
     "Paediatric Sickle Cell Clinic, Komfo Anokye Teaching Hospital, Kumasi\n"
     "\n"
     "Dear Doctor,\n"
     "RE: MASTER KWABENA OWUSU-AGYEMANG, 9 YEARS, DOB 17/03/2016\n"
     "Ghana Card (father) GHA-725019384-6\n"
     "\n"
     "Kindly review this 9-year-old boy with sickle cell disease (HbSS, found on newborn screening) who lives at "
     "Juansa and is in Class 4 at Juansa D/A Basic School. He has had four admissions this year for vaso-occlusive "
     "crises and one acute chest syndrome in February needing transfusion. Spleen palpable 3 cm.\n"
     "Transcranial Doppler here on 28/04: TCD velocity 186 cm/s in the left MCA (conditional range). Hb 6.8 g/dL, "
     "reticulocytes 14%, HbF 6%.\n"
     "He takes folic acid 5 mg daily, penicillin V 250 mg BD and monthly SP for malaria chemoprophylaxis; immunised "
     "including PCV13 and Pneumovax 23. We would be grateful for your assessment for hydroxyurea (Hydrea) and a "
     "repeat TCD.\n"
     "His father, Mr. Yaw Agyemang, a cocoa farmer (024 555 7193), and mother, Mrs. Patience Agyemang, will bring "
     "him.\n"
     "\n"
     "Yours faithfully,\n"
     "Dr. Ekow Amissah-Arthur, Medical Officer | MDC Reg. No. MDC/RN/11742",
     [("HOSPITAL", ["AGOGO PRESBYTERIAN HOSPITAL"]), ("LOCATION", ["Agogo"]), ("DATE", ["5th May 2025"]),
      ("HOSPITAL", ["Komfo Anokye Teaching Hospital"]), ("LOCATION", ["Kumasi"]),
      ("NAME", ["KWABENA", "OWUSU-AGYEMANG"]), ("DATE", ["17/03/2016"]), ("ID", ["GHA-725019384-6"]),
      ("LOCATION", ["Juansa"]), ("LOCATION", ["Juansa D/A Basic School"]), ("DATE", ["February"]), ("DATE", ["28/04"]),
      ("NAME", ["Yaw", "Agyemang"]), ("PHONE", ["024 555 7193"]), ("NAME", ["Patience"]),
      ("NAME", ["Ekow", "Amissah-Arthur"]), ("LICENCE", ["MDC/RN/11742"])],
     ["HbSS", "vaso-occlusive crises", "acute chest syndrome", "TCD velocity 186 cm/s", "penicillin V 250 mg BD",
      "Pneumovax 23"]),

    # 14 - Australia, Queensland (Cairns): discharge summary, Irukandji syndrome
    ("Cairns Hospital - DISCHARGE SUMMARY\n"
     "165 The Esplanade, Cairns City QLD 4870\n"
     "Patient: Ms Brianna Colquhoun-Tavita | DOB 04/01/1997 | IHI 8003 6072 5194 0385\n"
     "Address: Unit 3, 27 Pease Street, Edmonton QLD 4869 | Mobile 0491 570 317\n"
     "GP: Dr Hamish Toogood, Trinity Beach Medical Centre\n"
     "Admitted: 27/12/2025 via ED (QAS)   Discharged: 29/12/2025   Unit: General Medicine\n"
     "Principal diagnosis: Irukandji syndrome (presumed Carukia barnesi) with catecholamine-induced myocardial "
     "injury.\n"
     "History: dive instructor with Reefwalker Dive Charters. Stung on the left forearm while snorkelling off Green "
     "Island in a stinger suit with bare hands; vinegar applied on the boat. 30 min later severe back and abdominal "
     "pain, sweating, vomiting and a sense of impending doom.\n"
     "Course: BP 210/120 in ED; fentanyl 300 mcg in total; magnesium sulfate 10 mmol IV bolus then infusion; GTN "
     "infusion. Troponin I peaked at 1,280 ng/L. Echo: LVEF 45% with global hypokinesis, 58% on repeat on day 3. No "
     "pulmonary oedema.\n"
     "Discharge: well. Ramipril 2.5 mg daily for 3 months; repeat echo in 6 weeks. Off work until cardiology review; "
     "no diving for 4 weeks.\n"
     "Discharging doctor: Dr Ruairi Kowalczyk-Tane, RMO (AHPRA MED0001839264), for the consultant physician",
     [("HOSPITAL", ["Cairns Hospital"]), ("ADDRESS", ["165 The Esplanade"]), ("LOCATION", ["Cairns City"]),
      ("POSTCODE", ["4870"]), ("NAME", ["Brianna", "Colquhoun-Tavita"]), ("DATE", ["04/01/1997"]),
      ("ID", ["8003 6072 5194 0385"]), ("ADDRESS", ["Unit 3, 27 Pease Street"]), ("LOCATION", ["Edmonton"]),
      ("POSTCODE", ["4869"]), ("PHONE", ["0491 570 317"]), ("NAME", ["Hamish", "Toogood"]),
      ("HOSPITAL", ["Trinity Beach Medical Centre"]), ("DATE", ["27/12/2025"]), ("DATE", ["29/12/2025"]),
      ("LOCATION", ["Reefwalker Dive Charters"]), ("LOCATION", ["Green Island"]),
      ("NAME", ["Ruairi", "Kowalczyk-Tane"]), ("LICENCE", ["MED0001839264"])],
     ["Irukandji syndrome", "Carukia barnesi", "vinegar", "magnesium sulfate 10 mmol",
      "Troponin I peaked at 1,280 ng/L", "Ramipril 2.5 mg"]),

    # 15 - India, Kerala: psychiatry outpatient note, alcohol withdrawal
    ("GOVERNMENT MEDICAL COLLEGE, THRISSUR - DEPARTMENT OF PSYCHIATRY\n"
     "Thrissur | OPD Tuesday, 01-07-2025\n"
     "OP No. TCR/PSY/25/07418\n"
     "Name: Mr. Joby Varghese Thekkekara, S/o Varghese | 44 Y / M | Aadhaar 7392 5016 4826 | Mob +91 94470 55182\n"
     "Address: Thekkekara House, Kodakara P.O., Thrissur 680684\n"
     "Occupation: bus driver, KSRTC Chalakudy depot (suspended). Informant: wife, Mrs. Shiny Joby.\n"
     "Brought by his wife and the parish priest, Fr. Antony Kallookaran of St. Sebastian's Forane Church, Kodakara.\n"
     "H/o: alcohol for 20 years, daily for 8 years (brandy ~750 mL/day), morning drinks, 2 withdrawal seizures; last "
     "drink 36 hours ago. Suspended after a breath test on duty in March. Wife says he \"sees insects on the wall\" "
     "since last night.\n"
     "MSE: tremulous, sweating, oriented to person only, visual hallucinations, no suicidal ideation. Nystagmus on "
     "lateral gaze, broad-based gait.\n"
     "Scales: CIWA-Ar 18, AUDIT 31.\n"
     "Dx: Alcohol dependence syndrome (ICD-10 F10.2) with withdrawal delirium; ?Wernicke's encephalopathy.\n"
     "Plan: admit to psychiatry ward; thiamine 200 mg IV TDS x5 days before any glucose; chlordiazepoxide 20 mg QID "
     "and taper; LFT, GGT, MCV. Motivational enhancement, AA contact; naltrexone after LFT. Family psychoeducation.\n"
     "Dr. Lakshmi Priya Nair, Asst. Professor of Psychiatry | TCMC Reg. No. 41827",
     [("HOSPITAL", ["GOVERNMENT MEDICAL COLLEGE, THRISSUR"]), ("LOCATION", ["Thrissur"]), ("DATE", ["01-07-2025"]),
      ("MRN", ["TCR/PSY/25/07418"]), ("NAME", ["Joby", "Varghese", "Thekkekara"]), ("ID", ["7392 5016 4826"]),
      ("PHONE", ["+91 94470 55182"]), ("ADDRESS", ["Thekkekara House"]), ("LOCATION", ["Kodakara"]),
      ("POSTCODE", ["680684"]), ("LOCATION", ["KSRTC Chalakudy depot"]), ("NAME", ["Shiny"]),
      ("NAME", ["Antony", "Kallookaran"]), ("LOCATION", ["St. Sebastian's Forane Church"]), ("DATE", ["March"]),
      ("NAME", ["Lakshmi Priya", "Nair"]), ("LICENCE", ["41827"])],
     ["Nystagmus", "CIWA-Ar 18", "AUDIT 31", "ICD-10 F10.2", "Wernicke's encephalopathy", "thiamine 200 mg IV TDS"]),

    # 16 - Greece, Crete (Heraklion): emergency department note, motorcycle crash (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου (ΠΑΓΝΗ) - Τμήμα Επειγόντων Περιστατικών\n"
     "Ηράκλειο\n"
     "Προσέλευση: 3 Αυγούστου 2025, 23:50 - με ασθενοφόρο του ΕΚΑΒ από το Κέντρο Υγείας Χάρακα\n"
     "Ασθενής: Μανούσος Φραγκιαδάκης του Ιωσήφ, 57 ετών, γεν. 23/11/1967, ΑΜΚΑ 23116704927\n"
     "Κάτοικος Αγίας Βαρβάρας, οδός Ελευθερίου Βενιζέλου 12. Ελαιοπαραγωγός, μέλος του Αγροτικού Συνεταιρισμού "
     "Πόμπιας.\n"
     "Μηχανισμός: πτώση με μοτοσικλέτα (ΗΡΥ 628) στην Εθνική Οδό Ηρακλείου - Μοιρών, χωρίς κράνος.\n"
     "Κλινική εικόνα: GCS 13 (E3V4M6), ΑΠ 92/58, σφύξεις 128/λεπτό, SpO2 95%. Εκδορές προσώπου. Άλγος αριστερού "
     "υποχονδρίου με αντανάκλαση στον αριστερό ώμο (σημείο Kehr). Παραμόρφωση δεξιού καρπού - κάταγμα Colles.\n"
     "Εξετάσεις: FAST θετικό (ελεύθερο υγρό στον χώρο του Morison), Hb 8,9 g/dL, γαλακτικό 4,1 mmol/L. CT: ρήξη "
     "σπληνός βαθμού IV κατά AAST, χωρίς ενδοκράνια αιμορραγία.\n"
     "Αντιμετώπιση: 2 μονάδες συμπυκνωμένων ερυθρών, τρανεξαμικό οξύ 1 g, άμεσα στο χειρουργείο για σπληνεκτομή. "
     "Ενημερώθηκε η Τροχαία.\n"
     "Ενημερώθηκε η μητέρα του Ευτέρπη (κιν. 698 555 3147).\n"
     "Ο εφημερεύων χειρουργός: Νεκτάριος Μαυρογιαννάκης",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου"]), ("HOSPITAL", ["ΠΑΓΝΗ"]), ("LOCATION", ["Ηράκλειο"]),
      ("DATE", ["3 Αυγούστου 2025"]), ("HOSPITAL", ["Κέντρο Υγείας Χάρακα"]), ("NAME", ["Μανούσος", "Φραγκιαδάκης"]),
      ("NAME", ["Ιωσήφ"]), ("DATE", ["23/11/1967"]), ("ID", ["23116704927"]), ("LOCATION", ["Αγίας Βαρβάρας"]),
      ("ADDRESS", ["Ελευθερίου Βενιζέλου 12"]), ("LOCATION", ["Αγροτικού Συνεταιρισμού Πόμπιας"]),
      ("PLATE", ["ΗΡΥ 628"]), ("ADDRESS", ["Εθνική Οδό Ηρακλείου - Μοιρών"]), ("NAME", ["Ευτέρπη"]),
      ("PHONE", ["698 555 3147"]), ("NAME", ["Νεκτάριος", "Μαυρογιαννάκης"])],
     ["GCS 13 (E3V4M6)", "σημείο Kehr", "κάταγμα Colles", "χώρο του Morison", "βαθμού IV κατά AAST",
      "τρανεξαμικό οξύ 1 g"]),

    # 17 - Philippines, Leyte (Tacloban): internal medicine ward round, severe leptospirosis
    ("EASTERN VISAYAS MEDICAL CENTER - Department of Internal Medicine, Ward 2 (Male Medical)\n"
     "Magsaysay Blvd, Tacloban City\n"
     "PROGRESS NOTE / WARD ROUNDS - December 8, 2025, 7:30 AM | Hospital day 3\n"
     "Pt: Rodelio Abuda-Macabenta, 33/M, PhilHealth PIN 12-025394817-6\n"
     "Address: Purok 3, Brgy. Marasbaras, Tacloban City. Pedicab driver; waded through floodwater for 4 days after "
     "the storm surge of Nov. 29. Referred from RHU Palo.\n"
     "S: still with calf pain, less headache. Urine output 380 mL/24 h. Hiccups.\n"
     "O: T 37.9, BP 100/60, HR 104, RR 24. Icteric sclerae, conjunctival suffusion, bilateral calf tenderness, "
     "scattered crackles. Creatinine 4.8 mg/dL (from 3.1), K 5.9, bilirubin 9.2 mg/dL, plt 48,000. CXR: patchy "
     "bilateral alveolar infiltrates.\n"
     "A: Severe leptospirosis (Weil's disease) - AKI KDIGO 3, hyperbilirubinemia, thrombocytopenia; r/o pulmonary "
     "hemorrhage. Modified Faine's score 26.\n"
     "P: Penicillin G 1.5 MU IV q6h (day 3); calcium gluconate and insulin-dextrose for the K; refer to Nephrology "
     "for hemodialysis today - if our HD unit is full, transfer to Divine Word Hospital. Doxycycline PEP advised for "
     "the two neighbors who also waded.\n"
     "Wife Jenalyn updated (0917 555 3082; Messenger @jenalyn.macabenta).\n"
     "Dr. Jericho Bacsal, IM-PGY2 / Dr. Ma. Theresa Cabahug-Lim, Consultant | PRC Lic. No. 0138274",
     [("HOSPITAL", ["EASTERN VISAYAS MEDICAL CENTER"]), ("ADDRESS", ["Magsaysay Blvd"]),
      ("LOCATION", ["Tacloban City"]), ("DATE", ["December 8, 2025"]), ("NAME", ["Rodelio", "Abuda-Macabenta"]),
      ("ID", ["12-025394817-6"]), ("ADDRESS", ["Purok 3"]), ("LOCATION", ["Marasbaras"]), ("DATE", ["Nov. 29"]),
      ("HOSPITAL", ["RHU Palo"]), ("HOSPITAL", ["Divine Word Hospital"]), ("NAME", ["Jenalyn"]),
      ("PHONE", ["0917 555 3082"]), ("HANDLE", ["@jenalyn.macabenta"]), ("NAME", ["Jericho", "Bacsal"]),
      ("NAME", ["Ma. Theresa", "Cabahug-Lim"]), ("LICENCE", ["0138274"])],
     ["conjunctival suffusion", "Creatinine 4.8 mg/dL", "Weil's disease", "AKI KDIGO 3", "Modified Faine's score 26",
      "Penicillin G 1.5 MU IV q6h"]),

    # 18 - USA, West Virginia: prison health intake screening and provider history and physical
    ("WV Division of Corrections and Rehabilitation - Huttonsville Correctional Center & Jail, Medical Unit\n"
     "Huttonsville WV\n"
     "INTAKE HEALTH SCREENING & PROVIDER H&P - 10/02/2025\n"
     "Inmate: Cody Ray Hensley-Mullins | DOC # 3418276 | DOB 07/19/1991 | SSN 227-48-3915\n"
     "Transferred from the regional jail after sentencing.\n"
     "Prior address: 118 Big Branch Rd, Odd WV 25902. Roof bolter for Lick Creek Mining LLC until a back injury. WV "
     "driver's license E418273 revoked.\n"
     "Hx: OUD, IV heroin/fentanyl; on Suboxone 8/2 mg BID at the jail under the MOUD program - continue; last dose "
     "06:00. COWS 3 today. HCV Ab reactive, HCV RNA 2.1 million IU/mL, genotype 1a; FIB-4 1.1. HIV non-reactive. "
     "QuantiFERON negative.\n"
     "Mental health: PHQ-9 16; C-SSRS screen negative for current ideation; overdose attempt at age 24. Referred to "
     "behavioral health.\n"
     "Exam: track marks both antecubital fossae, healed abscess scars, lumbar paraspinal tenderness, SLR negative.\n"
     "Plan: continue MOUD; Mavyret 3 tabs daily x8 weeks (no cirrhosis); hep A/B vaccination; naloxone kit and "
     "overdose education before release.\n"
     "Emergency contact: mother Loretta Hensley, Pie WV, 304-555-0186.\n"
     "Screening nurse: Brandi Shrewsbury, LPN | Provider: Rafael Oyelowo-Kincaid, PA-C",
     [("LOCATION", ["Huttonsville Correctional Center & Jail"]), ("LOCATION", ["Huttonsville"]),
      ("DATE", ["10/02/2025"]), ("NAME", ["Cody", "Ray", "Hensley-Mullins"]), ("ID", ["3418276"]),
      ("DATE", ["07/19/1991"]), ("ID", ["227-48-3915"]), ("ADDRESS", ["118 Big Branch Rd"]), ("LOCATION", ["Odd"]),
      ("POSTCODE", ["25902"]), ("LOCATION", ["Lick Creek Mining LLC"]), ("LICENCE", ["E418273"]),
      ("NAME", ["Loretta", "Hensley"]), ("LOCATION", ["Pie"]), ("PHONE", ["304-555-0186"]),
      ("NAME", ["Brandi", "Shrewsbury"]), ("NAME", ["Rafael", "Oyelowo-Kincaid"])],
     ["Suboxone 8/2 mg", "MOUD", "COWS 3", "HCV RNA 2.1 million IU/mL", "PHQ-9 16", "Mavyret"]),

    # 19 - Taiwan, Hualien: medical ward nursing record (SOAP), scrub typhus (traditional Chinese)
    ("臺北榮民總醫院鳳林分院　內科病房3B　護理紀錄\n"
     "病歷號：FL-0563921　床號：3B-12\n"
     "姓名：潘美玲（族名 Panay）　性別：女　年齡：45歲　出生日期：1980年3月12日\n"
     "身分證字號：U220318576\n"
     "住址：花蓮縣光復鄉中山路三段88號\n"
     "職業：在馬太鞍濕地旁種植水芋\n"
     "聯絡人：女兒 林佳蓉　手機 0932-555-681\n"
     "入院日期：2025年10月19日（由豐濱鄉衛生所轉入）　診斷：恙蟲病\n"
     "\n"
     "2025/10/21 08:00（白班）\n"
     "S：「頭還是很痛，左邊腋下那個黑黑的傷口不會痛。」\n"
     "O：T 38.6℃，P 104次/分，R 20次/分，BP 108/66 mmHg，SpO2 96%（室內空氣）。左腋下焦痂（eschar）約0.8 cm，周圍紅暈。Weil-Felix試驗 OX-K 1:320，恙蟲病 "
     "IgM 陽性。GCS E4V5M6。Braden 18分，跌倒危險評估（Morse）35分。\n"
     "A：體溫過高；潛在危險性跌倒。\n"
     "P：依醫囑給予 doxycycline 100 mg 口服每12小時一次，衛教服藥後多喝水並保持坐姿30分鐘；溫水拭浴；每4小時監測生命徵象；床欄拉起，叫人鈴置於手邊。\n"
     "　　　　護理師 高雅惠\n"
     "2025/10/21 14:30（小夜班）\n"
     "O：T 37.4℃。女兒林佳蓉來訪，衛教下田工作時穿長袖長褲、使用防蚊液。病人希望10月25日前出院，參加孫子的婚禮。\n"
     "　　　　護理師 黃淑芬",
     [("HOSPITAL", ["臺北榮民總醫院鳳林分院"]), ("MRN", ["FL-0563921"]), ("NAME", ["潘美玲"]), ("NAME", ["Panay"]),
      ("DATE", ["1980年3月12日"]), ("ID", ["U220318576"]), ("LOCATION", ["花蓮縣"]), ("LOCATION", ["光復鄉"]),
      ("ADDRESS", ["中山路三段88號"]), ("LOCATION", ["馬太鞍"]), ("NAME", ["林佳蓉"]), ("PHONE", ["0932-555-681"]),
      ("DATE", ["2025年10月19日"]), ("HOSPITAL", ["豐濱鄉衛生所"]), ("DATE", ["2025/10/21"]), ("NAME", ["高雅惠"]),
      ("DATE", ["10月25日"]), ("NAME", ["黃淑芬"])],
     ["恙蟲病", "焦痂（eschar）", "Weil-Felix試驗 OX-K 1:320", "GCS E4V5M6", "Braden 18分", "跌倒危險評估（Morse）35分"]),
] + MORE_NOTES
