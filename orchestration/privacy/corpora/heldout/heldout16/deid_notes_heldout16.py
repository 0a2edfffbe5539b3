"""Sixteenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (852 planted identifier parts in 729 (kind, parts) entries; 249 clinical strings), mostly in English, written
the way clinicians write them: an emergency physician note, a hospice nurse home visit, a pulmonology letter dictated by
voice recognition and not read, a patient-safety incident report, an obstetric triage note, a patient-portal message
thread, an ICU admission note, an air-ambulance transfer record, an occupational-medicine assessment, a child-protection
report to social services, an after-hours nurse telephone-triage record, an emergency record, medical examiner's working
notes for a death certificate, a GP consultation with driving advice, a colorectal cancer MDT list, a discharge letter,
a speech and language therapy swallow assessment, a CT report, a clinic-to-hospital referral, a cardiology clinic note,
a surgical consent form, a community mental health review, an ICU ward round, an infectious diseases letter, an
aeromedical retrieval record, a community pharmacist's antiviral assessment, a paediatric surgical ward round, a
laboratory request and report, a paediatric discharge summary, a Lassa fever notification form, a care-home medical
visit, a histopathology report, a dental note, a GP referral letter to a breast clinic, an endocrinology clinic list, a
nursing SBAR handover, a hospital social-work family meeting record, a surgical discharge summary, a medical ward round
and an infectious diseases consultation. From the US (Montana, Vermont, Wisconsin, Texas, Mississippi, Minnesota),
Canada (Saskatchewan, Ontario, Manitoba, Nunavut), England (Cumbria, Norfolk, Devon), Scotland (Tayside), Wales
(Ceredigion), Ireland (Kerry, Donegal), Australia (Northern Territory, Victoria, Western Australia), New Zealand
(Northland), South Africa (KwaZulu-Natal), India (Maharashtra, in English), Pakistan (Karachi), Nigeria (Edo), Kenya
(Mombasa), Jamaica, Singapore, Malaysia (Sabah), Samoa, Greece (Ioannina, Larissa, Rhodes, Piraeus), mainland China
(Heilongjiang, Guangdong), Taiwan (Tainan), Macau, Brazil (Minas Gerais) and Turkey (Sivas).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 6 (Ioannina), 17 (Larissa), 30 (Rhodes) and 37
(Piraeus) are in Greek script, with Greek names and patronymics, addresses, phone numbers, facilities and Greek month
names; notes 11 (Harbin) and 31 (Guangdong) are in simplified Chinese and notes 18 (Tainan, with a Minguo-era date) and
38 (Macau) in traditional Chinese, with names, addresses, phone numbers, facilities and dates in Chinese; note 19 is in
Portuguese (Brazil) and note 39 in Turkish, each with dates in that language; all other notes (30) are in English (Latin
script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers (house and cottage names, a rural-delivery road, a Canadian legal
land description, a Nunavut house number, a Dundee tenement flat position, an Irish townland, a Singapore HDB block and
unit, a Macau building flat and a Chinese village group), "transferred from" and "referred from", employers (some named
with everyday words), schools and a polytechnic, a care home and a nursing home, a pharmacy, GP practices and a family
health team, a church, a GAA club, a marae, named wards, hospitals and streets named after people (Forrest General,
Fiona Stanley, Tan Tock Seng, Aga Khan, Hargreaves Memorial, Felício Rocho, Bias Fortes, Tupua Tamasese Meaole, Duchess
of Kent, Hywel Dda, Κουτλιμπάνειο & Τριανταφύλλειο, Τζάνειο, 中山大学; Σταύρου Νιάρχου, Κωνσταντίνου Παλαιολόγου, Γρηγορίου
Λαμπράκη, Padre Eustáquio, Alexander Street), and places that are everyday words or first names (Wisdom, Anaconda,
Victory, Embarrass, Luck, Comfort, Hot Coffee, Laurel, Seminary, Fertile, Unity, Thompson, Beer, Diss, Inch, Mona, Spur
Tree, Manchester as a Jamaican parish, Zara, Yıldız and Çiçek, 前进村, 永丰社区, 沙梨頭, and Regina, Tui, Lagi and Ζωή as people);
also e-mail addresses, a portal URL, a claim-file URL and a laboratory report URL, IPv4 addresses, a TikTok handle and a
LINE ID, road vehicle plates (a lorry, a tuk-tuk, a taxi, a tractor, a car park label) and two aircraft registrations,
driving and professional licences (a DVLA driver number, GMC, HCPC, CPSO, AHPRA, PCNZ, HPCSA, MMC, PMDC, MDCN, KMPDC,
CRM, Irish Medical Council and pharmacist and paramedic licences), device serial numbers (oxygen concentrator, insulin
pump controller, ventilator, CGM sensor), insurance and national numbers, fax, pager, bleep and extension numbers, and
dates in many formats (full dates in several orders and separators, year-less dates with slashes or words, month and
year, dates in words, Boxing Day and the Lunar New Year, and Greek, Chinese, Minguo, Portuguese and Turkish dates).
Where a real identifier has a check digit (NHS, CHI, US NPI, OHIP, Australian Medicare and IHI, NZ NHI, South African
ID, Aadhaar, Greek AMKA, Chinese resident ID, Taiwan ID, Singapore NRIC and FIN and vehicle plate, Brazilian CPF and
CNS, Turkish T.C. Kimlik No, Irish PPSN) the planted one passes it; the other national, insurance and licence numbers
keep a valid format (Medicare MBI, MyKad with its birth date and Sabah code, Pakistani CNIC and B-form with the sex
digit, DVLA driver number built from surname and birth date). No name, place or facility is planted in more than one
note, and none is reused from the fifteenth set. Four patients are aged 90 or over (notes 1, 12, 30 and 38), and for
them the age and every date element, bare years and months included, are planted; where a younger patient's note has a
bare year, it is left in the text and not planted. The strings that must survive include eponyms and eponymous signs,
syndromes, scores and classifications with their numbers (some named after places or people whose names are everyday
words), brand names of drugs and devices, organisms and diseases named after places, lab values with units, ratios and
fractions that look like dates (titres, gestation, dosing intervals, dose counts, ILO profusion, liver segments), UK
duration notation, and everyday words that double as names or places. Entries per kind: NAME 155, DATE 125, LOCATION
125, HOSPITAL 80, ID 50, ADDRESS 48, PHONE 39, POSTCODE 34, MRN 26, LICENCE 17, AGE 7, PLATE 7, EMAIL 5, SERIAL 4, URL
3, HANDLE 2, IP 2. The last 20 notes (426 identifier parts in 368 entries, 123 clinical strings) are in
:mod:`deid_notes_heldout16_more`, only to keep each file a readable length; this file holds 426 identifier parts in 361
entries and 126 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout16.deid_notes_heldout16_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Montana: emergency department physician note
    ("EMERGENCY DEPARTMENT PHYSICIAN NOTE\n"
     "Community Hospital of Anaconda, 401 W Pennsylvania St, Anaconda MT 59711\n"
     "Arrival 07/02/2025 18:26 by private vehicle - ED-to-ED transfer from Barrett Hospital & HealthCare, Dillon "
     "(accepted by me at 17:05)\n"
     "Wyatt Sundquist-Ferrell | 44 M | DOB 08/19/1980 | MRN 4417-92830\n"
     "HPI: ranch hand on a cow-calf outfit outside Wisdom. Pulled two engorged ticks off his scalp and groin ~10 days "
     "ago after moving pairs up to summer pasture. 4 days of fever to 103, severe frontal headache, myalgias. Rash "
     "started at the wrists and ankles yesterday, now on palms and soles. Seen in the Dillon ED two days ago and sent "
     "home on Keflex for \"cellulitis\".\n"
     "Exam: T 39.8, HR 122, BP 94/56, RR 24, SpO2 93% RA. Oriented x2 (not to date). Blanching maculopapular rash "
     "becoming petechial, including palms and soles. Mild periorbital edema. No meningismus. qSOFA 2.\n"
     "Labs: Na 128, plt 62 K, AST 188, ALT 140, Cr 1.6, lactate 3.1.\n"
     "Impression: Rocky Mountain spotted fever (Rickettsia rickettsii) until proven otherwise - treat now, do not wait "
     "for serology.\n"
     "Tx: doxycycline 100 mg IV given 18:51, continue q12h. LR 30 mL/kg. Blood cultures x2; RMSF IgG/IgM and PCR to "
     "the state lab. Admit ICU.\n"
     "Discussed with Dr. Ingeborg Thackeray-Moss (ID, on call) by phone - agrees, no role for chloramphenicol.\n"
     "Social: lives alone in a trailer on Steel Creek Road. Sister Rosalind Hembree, cell (406) 555-0107, is driving "
     "over.\n"
     "Casimir Valdespino, MD | NPI 1748290313",
     [("HOSPITAL", ["Community Hospital of Anaconda"]), ("ADDRESS", ["401 W Pennsylvania St"]),
      ("LOCATION", ["Anaconda"]), ("POSTCODE", ["59711"]), ("DATE", ["07/02/2025"]),
      ("HOSPITAL", ["Barrett Hospital & HealthCare"]), ("LOCATION", ["Dillon"]),
      ("NAME", ["Wyatt", "Sundquist-Ferrell"]), ("DATE", ["08/19/1980"]), ("MRN", ["4417-92830"]),
      ("LOCATION", ["Wisdom"]), ("NAME", ["Ingeborg", "Thackeray-Moss"]), ("ADDRESS", ["Steel Creek Road"]),
      ("NAME", ["Rosalind", "Hembree"]), ("PHONE", ["(406) 555-0107"]), ("NAME", ["Casimir", "Valdespino"]),
      ("ID", ["1748290313"])],
     ["Keflex", "qSOFA 2", "Na 128", "Rocky Mountain spotted fever", "Rickettsia rickettsii", "doxycycline 100 mg IV"]),

    # 1 - USA, Vermont: hospice RN home visit, patient aged 97
    ("Caledonia Home Health & Hospice - Hospice RN Home Visit\n"
     "161 Sherman Dr, St. Johnsbury VT 05819\n"
     "Visit: 11/18/2025 10:05-11:20\n"
     "Patient: Winifred Ashcroft-Lavoie | 97 y/o F | DOB 04/22/1928 | MR# CHH-0079315 | Medicare MBI 2EK4-TP7-WG31\n"
     "Lives in her own farmhouse on the Bog Road in Victory with her son Lucien, who is her only caregiver.\n"
     "Hospice dx: end-stage heart failure, NYHA IV, EF 20%. Admitted to hospice 08/04/2025. PPS 30%.\n"
     "Today: sleeping ~20 h/day, sips only, mottling to the knees, Cheyne-Stokes respirations with apneic pauses of "
     "15-20 s. Stage 2 sacral pressure injury, Mepilex Border changed. PAINAD 3 with turns.\n"
     "O2 2 L via concentrator (Inogen At Home, s/n IH5-2093761) - son asks about turning it up; explained comfort "
     "only.\n"
     "Meds: Roxanol 20 mg/mL 5 mg SL q2h PRN, lorazepam 0.5 mg SL q4h PRN, atropine 1% 2 gtt SL q4h PRN secretions. "
     "Furosemide stopped.\n"
     "Goals: DNR/COLST on the fridge (signed 03/2021). Over the summer she told me she wanted to reach her 98th "
     "birthday in April; now says she is \"ready, dear\".\n"
     "Family: son Lucien Lavoie at home; daughter Marjolaine Tetreault driving up from New Hampshire tonight, cell "
     "603-555-0178.\n"
     "Plan: daily visits, continuous home care evaluation, HHA bath Thursday, high bereavement risk for son (has COPD, "
     "lives alone after).\n"
     "Thora Lindqvist-Birch, RN, CHPN",
     [("HOSPITAL", ["Caledonia Home Health & Hospice"]), ("ADDRESS", ["161 Sherman Dr"]),
      ("LOCATION", ["St. Johnsbury"]), ("POSTCODE", ["05819"]), ("DATE", ["11/18/2025"]),
      ("NAME", ["Winifred", "Ashcroft-Lavoie"]), ("AGE", ["97 y/o"]), ("DATE", ["04/22/1928"]),
      ("MRN", ["CHH-0079315"]), ("ID", ["2EK4-TP7-WG31"]), ("ADDRESS", ["Bog Road"]), ("LOCATION", ["Victory"]),
      ("NAME", ["Lucien", "Lavoie"]), ("DATE", ["08/04/2025"]), ("SERIAL", ["IH5-2093761"]), ("DATE", ["03/2021"]),
      ("AGE", ["98th"]), ("DATE", ["April"]), ("NAME", ["Marjolaine", "Tetreault"]), ("PHONE", ["603-555-0178"]),
      ("NAME", ["Thora", "Lindqvist-Birch"])],
     ["NYHA IV", "PPS 30%", "Cheyne-Stokes", "Mepilex Border", "PAINAD 3", "Roxanol 20 mg/mL"]),

    # 2 - USA, Wisconsin: pulmonology clinic letter, voice recognition, dictated but not read
    ("Aspirus Wausau Hospital - Pulmonary Medicine\n"
     "333 Pine Ridge Blvd, Wausau WI 54401 | fax 715-555-0148\n"
     "THIS DOCUMENT WAS DICTATED WITH DRAGON VOICE RECOGNITION. DICTATED BUT NOT READ. Dictated 1/9/2026\n"
     "\n"
     "Dr. Linnea Bergquist-Oyelaran, Lakeland Family Practice\n"
     "\n"
     "RE: Dale Schwoerer   DOB 2/3/1967   MRN 008817264\n"
     "\n"
     "Dear Dr. Bergquist-Oyelaran comma\n"
     "Thank you for asking me to see Mr. Schweer comma a 58-year-old logger who runs a skidder for Kleinschmidt Forest "
     "Products and lives in Embarrass period. He spends every deer season at his shack up near Luck. He was treated at "
     "another hospital in November for community acquired pneumonia with levofloxacin and did not improve period new "
     "paragraph\n"
     "CT chest shows a 5.2 cm mass like consolidation in the right upper lobe with early cavitation comma and he has a "
     "verrucous crusted plaque on the left shin with heaped up borders period. Bronchoscopy on December nineteenth "
     "colon BAL showed broad-based budding yeast and the culture grew Blastomyces dermatitidis period. Urine "
     "Blastomyces antigen 8.4 ng/mL period. HIV negative period new paragraph\n"
     "Plan colon itraconazole SUBA (Tolsura) 130 mg twice daily for 6 to 12 months comma itraconazole level at 2 weeks "
     "comma LFTs monthly period. No amphotericin needed as he is not severely ill period. His wife asked whether their "
     "dog could have it too comma and I advised their vet period.\n"
     "\n"
     "Sincerely,\n"
     "Augustin Pfannenstiel-Reyes, MD, Pulmonary and Critical Care\n"
     "cc: patient",
     [("HOSPITAL", ["Aspirus Wausau Hospital"]), ("ADDRESS", ["333 Pine Ridge Blvd"]), ("LOCATION", ["Wausau"]),
      ("POSTCODE", ["54401"]), ("PHONE", ["715-555-0148"]), ("DATE", ["1/9/2026"]),
      ("NAME", ["Linnea", "Bergquist-Oyelaran"]), ("HOSPITAL", ["Lakeland Family Practice"]),
      ("NAME", ["Dale", "Schwoerer"]), ("DATE", ["2/3/1967"]), ("MRN", ["008817264"]), ("NAME", ["Schweer"]),
      ("LOCATION", ["Kleinschmidt Forest Products"]), ("LOCATION", ["Embarrass"]), ("LOCATION", ["Luck"]),
      ("DATE", ["November"]), ("DATE", ["December nineteenth"]), ("NAME", ["Augustin", "Pfannenstiel-Reyes"])],
     ["levofloxacin", "verrucous", "broad-based budding yeast", "Blastomyces dermatitidis",
      "Urine Blastomyces antigen 8.4 ng/mL", "Tolsura"]),

    # 3 - USA, Texas: patient safety event (incident) report
    ("PATIENT SAFETY EVENT REPORT - confidential, peer review privileged\n"
     "Facility: Peterson Regional Medical Center, 551 Hill Country Dr, Kerrville TX 78028\n"
     "Event # SE-2025-07391 | Event 10/23/2025 ~21:40 | Reported 10/24/2025 06:15\n"
     "Location: 3 West Med/Surg, room 312\n"
     "Patient: Eulalia Villarreal-Guenther, 68 F, MRN PR00715093, DOB 5/14/1957. Home in Comfort.\n"
     "Event type: medication - wrong drug (look-alike/sound-alike), high-alert medication (insulin).\n"
     "Description: ordered Lantus 22 units SC at bedtime plus Humalog correction scale AC/HS. At ~21:40 a float RN "
     "pulled Humalog 22 units from the Pyxis on override instead of Lantus. At 23:10 the CNA found the patient "
     "diaphoretic and confused; POC glucose 38 mg/dL. D50 25 g IV, rapid response called 23:14. Glucose 142 at 23:30; "
     "D10 infusion and q1h checks overnight, nadir 61 at 02:00. Alert and oriented this morning, no lasting harm.\n"
     "Harm: NCC MERP Category E (temporary harm, intervention required).\n"
     "Contributing factors: Pyxis override; both pens stored in adjacent pockets; no independent double check for "
     "insulin doses over 10 units (policy MM-114); float nurse unfamiliar with unit.\n"
     "Disclosure: daughter Rosamaria Guenther (830-555-0164) informed by the charge RN at 23:50; disclosure "
     "conversation with attending Dr. Mirela Okonjo-Whitfield this morning.\n"
     "Reported by: Kendrick Aldaco, RN, BSN\n"
     "Pharmacy review: Haruki Blankenship, PharmD - TX RPh lic. 51374. Recommend removing Lantus from override list.",
     [("HOSPITAL", ["Peterson Regional Medical Center"]), ("ADDRESS", ["551 Hill Country Dr"]),
      ("LOCATION", ["Kerrville"]), ("POSTCODE", ["78028"]), ("ID", ["SE-2025-07391"]), ("DATE", ["10/23/2025"]),
      ("DATE", ["10/24/2025"]), ("NAME", ["Eulalia", "Villarreal-Guenther"]), ("MRN", ["PR00715093"]),
      ("DATE", ["5/14/1957"]), ("LOCATION", ["Comfort"]), ("NAME", ["Rosamaria", "Guenther"]),
      ("PHONE", ["830-555-0164"]), ("NAME", ["Mirela", "Okonjo-Whitfield"]), ("NAME", ["Kendrick", "Aldaco"]),
      ("NAME", ["Haruki", "Blankenship"]), ("LICENCE", ["51374"])],
     ["Lantus 22 units", "Humalog", "Pyxis", "POC glucose 38 mg/dL", "D50 25 g", "NCC MERP Category E"]),

    # 4 - USA, Mississippi: obstetric triage and labor and delivery admission note
    ("OB TRIAGE / L&D ADMISSION NOTE\n"
     "Forrest General Hospital, 6051 US-49, Hattiesburg MS 39401 | 03/07/2026 01:48\n"
     "Pt: Shaniqua Bethea-Lott, 24 y/o G2P1001 at 33w4d by 8 wk US, EDD 04/20/2026 | MRN FG-3308174 | MS Medicaid ID "
     "730158264\n"
     "Transferred from Covington County Hospital: BP 172/114 there, given labetalol 20 mg IV and a magnesium load of 4 "
     "g.\n"
     "Lives in Hot Coffee with her mother; works nights deboning at the poultry plant in Laurel. Prenatal care at the "
     "rural health clinic in Seminary, 9 visits.\n"
     "HPI: headache since yesterday not relieved by Tylenol, scotomata, epigastric/RUQ pain, 2 episodes of emesis.\n"
     "Exam: BP 168/110 and 164/108 fifteen minutes apart, HR 102, DTRs 3+ with 2 beats of clonus. RUQ tender. FHT 145, "
     "moderate variability, Category I. BPP 8/8. Cervix closed, Bishop score 3.\n"
     "Labs: plt 86 K, AST 212, ALT 188, LDH 712, Cr 0.9, UPCR 3.2, haptoglobin <10.\n"
     "A: preeclampsia with severe features - HELLP syndrome, Mississippi classification class 2.\n"
     "P: MgSO4 2 g/h; nifedipine IR 10 mg PO per protocol; betamethasone 12 mg IM #1 at 02:30, #2 in 24 h; delivery "
     "after steroids if mother stable. Anesthesia aware (plt >70 K for neuraxial), NICU consulted.\n"
     "Support person: mother Ernestine Bethea, 601-555-0183.\n"
     "Imogen Strawbridge-Mbeki, MD, OB/GYN PGY-3",
     [("HOSPITAL", ["Forrest General Hospital"]), ("ADDRESS", ["6051 US-49"]), ("LOCATION", ["Hattiesburg"]),
      ("POSTCODE", ["39401"]), ("DATE", ["03/07/2026"]), ("NAME", ["Shaniqua", "Bethea-Lott"]),
      ("DATE", ["04/20/2026"]), ("MRN", ["FG-3308174"]), ("ID", ["730158264"]),
      ("HOSPITAL", ["Covington County Hospital"]), ("LOCATION", ["Hot Coffee"]), ("LOCATION", ["Laurel"]),
      ("LOCATION", ["Seminary"]), ("NAME", ["Ernestine", "Bethea"]), ("PHONE", ["601-555-0183"]),
      ("NAME", ["Imogen", "Strawbridge-Mbeki"])],
     ["G2P1001", "33w4d", "BPP 8/8", "HELLP syndrome", "Mississippi classification class 2", "MgSO4 2 g/h",
      "Bishop score 3"]),

    # 5 - USA, Minnesota: patient-portal message thread (parent proxy)
    ("MyChart secure message thread - exported 02/14/2026 09:12\n"
     "https://mychart.riverviewhealth.org/MyChart/inbox/thread/30571946\n"
     "From: Kaylee Rasmussen-Dahl <kaylee.dahl.fertile@gmail.com> (proxy access; sign-in from 71.212.88.140)\n"
     "Patient: Brody Rasmussen-Dahl, DOB 06/30/2012, MRN RV0063915 | To: RiverView Health Pediatric Diabetes (Dr. "
     "Solveig Amundsen-Kerr)\n"
     "\n"
     "2/13 9:47 PM, parent: Brody's Omnipod 5 keeps saying \"occlusion detected\". Changed the pod twice. His Dexcom "
     "G7 says 412 with two arrows up and he threw up twice at hockey practice at Fertile-Beltrami High School. Blood "
     "ketones on the Keto-Mojo are 2.8. We are out of the backup Lyumjev pens. We live out past Fertile so it's 30 min "
     "to anywhere. What do we do?? Call me 218-555-0139. Controller s/n OP5-2291-84730 if you need it.\n"
     "\n"
     "2/13 9:58 PM, Britta Halvorsen-Oduya, RN (on call): Kaylee, vomiting with ketones of 2.8 may be DKA. Please "
     "bring Brody to the Emergency Department at RiverView now, or call 911 if he is very sleepy or breathing fast. I "
     "am calling the ED so they expect you. Do not wait to put on another pod.\n"
     "\n"
     "Next morning 8:40 AM, Dr. Amundsen-Kerr (chart note): transferred overnight to the Altru Hospital PICU - DKA, pH "
     "7.18, HCO3 9, on insulin infusion, closing the gap. Pod lot reported to Insulet. Will arrange a pump-failure "
     "plan and new backup pens before discharge.",
     [("DATE", ["02/14/2026"]), ("URL", ["https://mychart.riverviewhealth.org/MyChart/inbox/thread/30571946"]),
      ("NAME", ["Kaylee", "Rasmussen-Dahl"]), ("EMAIL", ["kaylee.dahl.fertile@gmail.com"]), ("IP", ["71.212.88.140"]),
      ("NAME", ["Brody"]), ("DATE", ["06/30/2012"]), ("MRN", ["RV0063915"]), ("HOSPITAL", ["RiverView Health"]),
      ("NAME", ["Solveig", "Amundsen-Kerr"]), ("DATE", ["2/13"]), ("LOCATION", ["Fertile-Beltrami High School"]),
      ("LOCATION", ["Fertile"]), ("PHONE", ["218-555-0139"]), ("SERIAL", ["OP5-2291-84730"]),
      ("NAME", ["Britta", "Halvorsen-Oduya"]), ("HOSPITAL", ["Altru Hospital"])],
     ["Omnipod 5", "Dexcom G7", "Keto-Mojo", "Lyumjev", "pH 7.18", "HCO3 9"]),

    # 6 - Greece, Ioannina: intensive care unit admission note (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ιωαννίνων - Μονάδα Εντατικής Θεραπείας\n"
     "Λεωφόρος Σταύρου Νιάρχου, 45500 Ιωάννινα\n"
     "Εισαγωγή στη ΜΕΘ: 4 Δεκεμβρίου 2025, 22:10, από τη Νευρολογική Κλινική\n"
     "Ασθενής: Σπυρίδων Μπαλτογιάννης του Χρήστου, 53 ετών, γεν. 14/03/1972, ΑΜΚΑ 14037201986\n"
     "Κατοικία: Δημάρχου Τζαβέλλα 8, Μέτσοβο 44200. Τυροκόμος στον Συνεταιρισμό Κτηνοτρόφων Μετσόβου.\n"
     "Ιστορικό: γαστρεντερίτιδα πριν από δύο εβδομάδες (Campylobacter jejuni στην καλλιέργεια κοπράνων). Από πέντε "
     "ημέρες ανιούσα συμμετρική αδυναμία των κάτω και έπειτα των άνω άκρων, αρεφλεξία, δυσκολία στην κατάποση.\n"
     "ΕΝΥ: λευκωματοκυτταρολογικός διαχωρισμός (λεύκωμα 1,2 g/L, κύτταρα 2/μL). ΗΜΓ: αξονική κινητική νευροπάθεια "
     "(AMAN).\n"
     "Αναπνευστική λειτουργία: FVC 1,1 L (15 mL/kg), αδύναμος βήχας, 20/30/40 κανόνας θετικός.\n"
     "Διάγνωση: σύνδρομο Guillain-Barré, Brighton επίπεδο 1, EGRIS 5.\n"
     "Αγωγή: διασωλήνωση και μηχανικός αερισμός, IVIG 0,4 g/kg/ημέρα για 5 ημέρες (Privigen), ενοξαπαρίνη 40 mg "
     "υποδορίως, παρακολούθηση για δυσαυτονομία.\n"
     "Ενημερώθηκαν η σύζυγος Βασιλική (κιν. 694 555 2817) και η κόρη Ιφιγένεια.\n"
     "Ο ιατρός: Ευστάθιος Λιάπης, Επιμελητής Α΄ ΜΕΘ",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ιωαννίνων"]), ("ADDRESS", ["Λεωφόρος Σταύρου Νιάρχου"]),
      ("POSTCODE", ["45500"]), ("LOCATION", ["Ιωάννινα"]), ("DATE", ["4 Δεκεμβρίου 2025"]),
      ("NAME", ["Σπυρίδων", "Μπαλτογιάννης"]), ("NAME", ["Χρήστου"]), ("DATE", ["14/03/1972"]), ("ID", ["14037201986"]),
      ("ADDRESS", ["Δημάρχου Τζαβέλλα 8"]), ("LOCATION", ["Μέτσοβο"]), ("POSTCODE", ["44200"]),
      ("LOCATION", ["Συνεταιρισμό Κτηνοτρόφων Μετσόβου"]), ("NAME", ["Βασιλική"]), ("PHONE", ["694 555 2817"]),
      ("NAME", ["Ιφιγένεια"]), ("NAME", ["Ευστάθιος", "Λιάπης"])],
     ["Campylobacter jejuni", "20/30/40 κανόνας", "σύνδρομο Guillain-Barré", "Brighton επίπεδο 1", "EGRIS 5",
      "IVIG 0,4 g/kg", "Privigen"]),

    # 7 - Canada, Saskatchewan: air ambulance patient care record (interfacility transfer)
    ("STARS Air Ambulance - Patient Care Record\n"
     "Mission # SK-25-11874 | Base: Saskatoon | Aircraft C-GSAZ (AW139)\n"
     "Date: 2025-09-27 | Call 14:31 | Lift 14:44 | At sending 15:22 | Depart 15:58 | At receiving 16:37\n"
     "Sending: Unity & District Health Centre, Unity SK | Receiving: Royal University Hospital trauma bay\n"
     "Patient: Jarrett Olafson-Kulyk, 19 M, DOB 2006-03-11, SK HSN 841 927 305\n"
     "Incident: right arm caught in an unguarded grain auger at the family yard (SW 14-38-22-W3, north of Wilkie). A "
     "neighbour shut off the tractor and put on a CAT tourniquet at 14:22.\n"
     "Injuries: near-complete traumatic amputation R forearm at the junction of the middle and distal thirds, "
     "degloving to the elbow. Part wrapped in saline-moist gauze, bagged, on ice.\n"
     "Assessment: GCS 15, HR 128, BP 96/60, shock index 1.3, RR 24, SpO2 98% RA. Tourniquet effective, time written on "
     "the strap.\n"
     "Interventions: 2 units O-negative PRBC (carried), TXA 1 g IV, fentanyl 50 mcg IV x3, ketamine 20 mg IV, "
     "cefazolin 2 g IV, Tdap given at sending site.\n"
     "Family: mother Carla Kulyk (306-555-0172) driving in; father stayed with the younger kids.\n"
     "Crew: Marit Sawchuk-Deschambault, Flight RN; Tobiah Lafontaine, Flight Paramedic (SCoP lic. 3067-ACP)",
     [("ID", ["SK-25-11874"]), ("LOCATION", ["Saskatoon"]), ("PLATE", ["C-GSAZ"]), ("DATE", ["2025-09-27"]),
      ("HOSPITAL", ["Unity & District Health Centre"]), ("LOCATION", ["Unity"]),
      ("HOSPITAL", ["Royal University Hospital"]), ("NAME", ["Jarrett", "Olafson-Kulyk"]), ("DATE", ["2006-03-11"]),
      ("ID", ["841 927 305"]), ("ADDRESS", ["SW 14-38-22-W3"]), ("LOCATION", ["Wilkie"]), ("NAME", ["Carla", "Kulyk"]),
      ("PHONE", ["306-555-0172"]), ("NAME", ["Marit", "Sawchuk-Deschambault"]), ("NAME", ["Tobiah", "Lafontaine"]),
      ("LICENCE", ["3067-ACP"])],
     ["CAT tourniquet", "shock index 1.3", "O-negative PRBC", "TXA 1 g", "ketamine 20 mg", "cefazolin 2 g"]),

    # 8 - Canada, Ontario: occupational medicine assessment (underground miner)
    ("Health Sciences North - Occupational Medicine Clinic\n"
     "41 Ramsey Lake Rd, Sudbury ON P3E 5J1\n"
     "Assessment date: January 22, 2026\n"
     "Worker: Réjean Beaudry-Koski, 57 M, DOB 1968-08-02, OHIP 5482-917-365-AK, WSIB claim 31874206\n"
     "Employer: Garson Underground Drilling Inc. - jackleg and stoper drill operator, 31 years underground.\n"
     "Family physician: Dr. Anaïs Thibodeau-Rahman, Capreol Family Health Team (anais.thibodeau@capreolfht.ca). Lives "
     "in Val Caron with his wife.\n"
     "Complaints: fingers go white then blue in the cold, numbness and tingling at night, dropping tools. Breathless "
     "on two flights of stairs.\n"
     "Exam: Allen's test normal. Phalen's positive bilaterally, Tinel's positive at the right wrist. Cold provocation: "
     "delayed recovery of finger skin temperature. Grip 28/30 kg.\n"
     "Stockholm Workshop Scale: vascular stage 2 bilaterally, sensorineural 2SN.\n"
     "NCS: moderate median neuropathy at both wrists.\n"
     "CXR: small rounded opacities upper zones, ILO classification 1/1 q/q. Spirometry: FEV1/FVC 0.68, FEV1 71% "
     "predicted (GOLD 2).\n"
     "Opinion: hand-arm vibration syndrome and silicosis, both consistent with his occupational exposure. Form 8 and "
     "report to WSIB - online claim file https://eservices.wsib.ca/claims/31874206/documents. No further exposure to "
     "vibrating tools or silica dust; IGRA for latent TB because of silicosis.\n"
     "Florian Mäkelä-Dubois, MD, CCFP, Occupational Medicine | CPSO 84172",
     [("HOSPITAL", ["Health Sciences North"]), ("ADDRESS", ["41 Ramsey Lake Rd"]), ("LOCATION", ["Sudbury"]),
      ("POSTCODE", ["P3E 5J1"]), ("DATE", ["January 22, 2026"]), ("NAME", ["Réjean", "Beaudry-Koski"]),
      ("DATE", ["1968-08-02"]), ("ID", ["5482-917-365-AK"]), ("ID", ["31874206"]),
      ("LOCATION", ["Garson Underground Drilling Inc."]), ("NAME", ["Anaïs", "Thibodeau-Rahman"]),
      ("HOSPITAL", ["Capreol Family Health Team"]), ("EMAIL", ["anais.thibodeau@capreolfht.ca"]),
      ("LOCATION", ["Val Caron"]), ("URL", ["https://eservices.wsib.ca/claims/31874206/documents"]),
      ("NAME", ["Florian", "Mäkelä-Dubois"]), ("LICENCE", ["84172"])],
     ["Allen's test", "Phalen's", "Tinel's", "Grip 28/30 kg", "Stockholm Workshop Scale", "ILO classification 1/1",
      "FEV1/FVC 0.68"]),

    # 9 - Canada, Manitoba: child protection consultation and report to Child and Family Services
    ("Health Sciences Centre Winnipeg - Child Protection Centre\n"
     "Consultation and report to CFS (The Child and Family Services Act, s. 18) | 2025-11-06 15:20\n"
     "Child: Ezra Bighetty-Daniels, 4 months M, DOB 2025-06-29, MB PHIN 118274935, MRN HSC-M7720918\n"
     "Transferred from Thompson General Hospital yesterday with a swollen left thigh; caregivers said the leg was "
     "caught in the crib rails.\n"
     "Caregivers: mother Jolene Bighetty and her partner Tanner Kostiuk (not the biological father). Home: apt 6, 44 "
     "Caribou Rd, Thompson MB R8N 0Y2.\n"
     "Findings: spiral fracture of the left femoral shaft. Skeletal survey: classic metaphyseal lesions of the distal "
     "right tibia; healing posterior rib fractures R 6-8 with callus (~2-3 weeks old). Bruising of the left ear and a "
     "torn upper labial frenulum - TEN-4-FACESp positive. CT head: thin bilateral SDH of mixed density. Ophthalmology: "
     "multilayered retinal hemorrhages, too numerous to count, both eyes.\n"
     "Bloods: CBC, PT/INR, PTT, fibrinogen, VWF panel normal; Ca, PO4, ALP, PTH normal; 25-OH vitamin D 72 nmol/L.\n"
     "Impression: multiple injuries of different ages with no adequate explanation - highly concerning for abusive "
     "head trauma and inflicted fractures.\n"
     "Actions: reported by phone at 14:55 to Awasis Agency of Northern Manitoba intake worker Desmond Ballantyne; RCMP "
     "notified. Sibling, 2 y, to be examined with a skeletal survey. Safety plan: no unsupervised caregiver contact on "
     "the ward.\n"
     "Philippa Wójcik-Abernathy, MD, Pediatrics (Child Maltreatment) | pager 2184",
     [("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["Winnipeg"]), ("DATE", ["2025-11-06"]),
      ("NAME", ["Ezra", "Bighetty-Daniels"]), ("DATE", ["2025-06-29"]), ("ID", ["118274935"]),
      ("MRN", ["HSC-M7720918"]), ("HOSPITAL", ["Thompson General Hospital"]), ("NAME", ["Jolene", "Bighetty"]),
      ("NAME", ["Tanner", "Kostiuk"]), ("ADDRESS", ["apt 6, 44 Caribou Rd"]), ("LOCATION", ["Thompson"]),
      ("POSTCODE", ["R8N 0Y2"]), ("LOCATION", ["Awasis Agency of Northern Manitoba"]),
      ("NAME", ["Desmond", "Ballantyne"]), ("NAME", ["Philippa", "Wójcik-Abernathy"]), ("PHONE", ["2184"])],
     ["Skeletal survey", "classic metaphyseal lesions", "TEN-4-FACESp", "retinal hemorrhages",
      "25-OH vitamin D 72 nmol/L", "abusive head trauma"]),

    # 10 - Canada, Nunavut: after-hours nurse telephone triage record
    ("Pangnirtung Health Centre - after-hours telephone triage\n"
     "Call received 2026-01-14 23:47 | Nurse on call: Tamsin Oakes-Kilabuk, RN (CHN)\n"
     "Caller: Jeela Nowdlak (grandmother, anaanatsiaq), phone 867-555-0119\n"
     "Patient: Qajaaq Nowdlak-Kuniliusie, 6 y M, DOB 2019-05-20, NU Health Care # 116039258. Lives at House 318 with "
     "grandparents. Grade 1 at Attagoyuk Ilisavik.\n"
     "Reason for call: fever 39.5 tonight, cough for 3 weeks, sweating at night, \"not eating, his pants are loose\".\n"
     "Background: household contact of his uncle Pauloosie, smear-positive pulmonary TB diagnosed in October, on "
     "treatment through Qikiqtani General Hospital in Iqaluit. Qajaaq had TST 14 mm in November with a clear CXR, "
     "started 3HP (isoniazid + rifapentine weekly DOT) on 11/26 - dose 7/12 given last Wednesday.\n"
     "Over the phone: grandmother counted RR 44, sees \"his belly going in under the ribs\", no cyanosis, drinking a "
     "little.\n"
     "Triage: Paediatric CTAS level 2 - needs assessment now. Nurse going to the centre; grandfather to bring him by "
     "snowmobile (no cab at night).\n"
     "23:58 discussed with the on-call physician in Iqaluit, Dr. Benedikt Sørlie: assess, CXR, cultures/gastric "
     "aspirates in the morning; medevac when the blizzard clears - no flights before 08:00.",
     [("HOSPITAL", ["Pangnirtung Health Centre"]), ("DATE", ["2026-01-14"]), ("NAME", ["Tamsin", "Oakes-Kilabuk"]),
      ("NAME", ["Jeela", "Nowdlak"]), ("PHONE", ["867-555-0119"]), ("NAME", ["Qajaaq", "Nowdlak-Kuniliusie"]),
      ("DATE", ["2019-05-20"]), ("ID", ["116039258"]), ("ADDRESS", ["House 318"]), ("LOCATION", ["Attagoyuk Ilisavik"]),
      ("NAME", ["Pauloosie"]), ("DATE", ["October"]), ("HOSPITAL", ["Qikiqtani General Hospital"]),
      ("LOCATION", ["Iqaluit"]), ("DATE", ["November"]), ("DATE", ["11/26"]), ("NAME", ["Benedikt", "Sørlie"])],
     ["smear-positive pulmonary TB", "TST 14 mm", "3HP", "rifapentine", "dose 7/12", "CTAS level 2"]),

    # 11 - China, Heilongjiang (Harbin): emergency department record, carbon monoxide poisoning (simplified Chinese)
    ("哈尔滨医科大学附属第一医院 急诊科病历\n"
     "就诊时间：2026年1月9日 06:35　急诊号：JZ260109-0263\n"
     "姓名：于海涛　性别：男　年龄：51岁　出生日期：1974年10月3日\n"
     "身份证号：230103197410032814\n"
     "住址：哈尔滨市呼兰区康金街道前进村三组\n"
     "联系人：儿子 于明轩　电话：186-4510-2273\n"
     "主诉：被家人发现意识不清约2小时。\n"
     "现病史：患者独居平房，用火炕及煤炉取暖。今晨5时许儿子发现其呼之不应，屋内有煤烟味，院里的狗已死亡。经呼兰区人民医院初步处理后由120转入我院。\n"
     "查体：T 36.2℃，P 118次/分，R 24次/分，BP 98/60 mmHg。GCS 8分（E2V2M4），口唇樱桃红色，双侧巴氏征阳性。\n"
     "辅助检查：碳氧血红蛋白（COHb）32%，乳酸 5.6 mmol/L，肌钙蛋白I 0.42 ng/mL，CK 1820 U/L。头颅CT未见明显异常。心电图：窦性心动过速，V4-V6 ST段压低0.1 mV。\n"
     "诊断：1. 急性一氧化碳中毒（重度）2. 心肌损伤\n"
     "处理：气管插管，100%纯氧机械通气；请高压氧科会诊，病情允许后行高压氧治疗（2.5 ATA）；收入EICU。已向儿子交代病情及迟发性脑病风险。\n"
     "接诊医师：宫晓琳　上级医师：潘国栋",
     [("HOSPITAL", ["哈尔滨医科大学附属第一医院"]), ("DATE", ["2026年1月9日"]), ("MRN", ["JZ260109-0263"]), ("NAME", ["于海涛"]),
      ("DATE", ["1974年10月3日"]), ("ID", ["230103197410032814"]), ("LOCATION", ["哈尔滨市"]), ("LOCATION", ["呼兰区"]),
      ("LOCATION", ["康金街道"]), ("ADDRESS", ["前进村三组"]), ("NAME", ["于明轩"]), ("PHONE", ["186-4510-2273"]),
      ("HOSPITAL", ["呼兰区人民医院"]), ("NAME", ["宫晓琳"]), ("NAME", ["潘国栋"])],
     ["GCS 8分", "巴氏征阳性", "碳氧血红蛋白（COHb）32%", "乳酸 5.6 mmol/L", "肌钙蛋白I 0.42 ng/mL", "高压氧治疗（2.5 ATA）"]),

    # 12 - England, Cumbria: medical examiner scrutiny and MCCD working notes, patient aged 93
    ("Medical Examiner Office\n"
     "Cumberland Infirmary, Newtown Road, Carlisle CA2 7HY\n"
     "ME SCRUTINY RECORD / MCCD WORKING NOTES\n"
     "Deceased: Mr Wilfred Tweddle, aged 93, DOB 27/02/1932, NHS 836 150 4273\n"
     "Died: 05/02/2026 04:40, Skiddaw Ward. Usual address: Brackenrigg Cottage, Caldbeck, Wigton CA7 8DX. Retired hill "
     "farmer.\n"
     "Attending practitioner: Dr Hester Nwachukwu-Dodd, FY2, GMC 7093516.\n"
     "Circumstances: admitted 29/01/2026 after a long lie (~12 h) on the kitchen floor at home. CK 8,400, AKI stage 3, "
     "aspiration pneumonia on CXR. CT head and pelvis: no fracture. Clinical Frailty Scale 8. Background: Parkinson's "
     "disease (Sinemet CR), COPD, prostate cancer on hormone treatment since 2017. Ward-based ceiling of care; "
     "end-of-life care from 03/02/2026. Died peacefully, daughter present.\n"
     "Proposed cause of death:\n"
     "1a Aspiration pneumonia\n"
     "1b Parkinson's disease\n"
     "II Chronic obstructive pulmonary disease; rhabdomyolysis after a fall at home\n"
     "ME comment: the fall leads to part II, so discussed with the coroner's officer, Mr Gideon Pattinson, on "
     "06/02/2026 - natural causes accepted, Form 100A issued, MCCD may be completed as above.\n"
     "Representative: daughter Mrs Ailsa Grainger, spoken to 06/02/2026 11:15 by phone. Questions answered; no "
     "concerns about care. Cremation planned.\n"
     "Dr Seraphina Oduya-Holme, Medical Examiner, GMC 6029184",
     [("HOSPITAL", ["Cumberland Infirmary"]), ("ADDRESS", ["Newtown Road"]), ("LOCATION", ["Carlisle"]),
      ("POSTCODE", ["CA2 7HY"]), ("NAME", ["Wilfred", "Tweddle"]), ("AGE", ["aged 93"]), ("DATE", ["27/02/1932"]),
      ("ID", ["836 150 4273"]), ("DATE", ["05/02/2026"]), ("LOCATION", ["Skiddaw Ward"]),
      ("ADDRESS", ["Brackenrigg Cottage"]), ("LOCATION", ["Caldbeck"]), ("LOCATION", ["Wigton"]),
      ("POSTCODE", ["CA7 8DX"]), ("NAME", ["Hester", "Nwachukwu-Dodd"]), ("LICENCE", ["7093516"]),
      ("DATE", ["29/01/2026"]), ("DATE", ["2017"]), ("DATE", ["03/02/2026"]), ("NAME", ["Gideon", "Pattinson"]),
      ("DATE", ["06/02/2026"]), ("NAME", ["Ailsa", "Grainger"]), ("NAME", ["Seraphina", "Oduya-Holme"]),
      ("LICENCE", ["6029184"])],
     ["CK 8,400", "AKI stage 3", "Clinical Frailty Scale 8", "Parkinson's disease", "Sinemet CR", "Form 100A"]),

    # 13 - England, Norfolk: GP consultation after a first seizure (driving advice)
    ("Waveney Vale Surgery, Diss - consultation 03-Mar-2026 08:50, face to face - Dr Ottoline Pryke\n"
     "Mr Kieran Gotts, DOB 14/03/1981, NHS No. 629 104 8736, 4 Rectory Road, Gissing IP22 5UR, mob 07700 900 274\n"
     "History: HGV driver for Frenze Freight Ltd. Yesterday (02/03) about 15:00 in the depot yard, witnessed by "
     "colleagues: stiffened, fell, jerking all four limbs ~2 min, bit the side of his tongue, wet himself, confused "
     "for 20 min. Taken to the Norfolk and Norwich University Hospital ED - CT head normal, ECG normal, Na 137, "
     "glucose 5.4; discharged with a First Fit Clinic referral. Had just come off four night shifts, slept 3 h. Drinks "
     "8 cans of lager Fri and Sat.\n"
     "Had driven the company lorry (NK71 GXT) to the yard that morning.\n"
     "Examination: lateral tongue bite L. Neuro exam normal. BP 138/86.\n"
     "Bloods (ED): GGT 142, MCV 101. AUDIT-C 9.\n"
     "Impression: first generalised tonic-clonic seizure, probably provoked by sleep deprivation and alcohol.\n"
     "Driving: holds Group 1 and Group 2 entitlement, DVLA driver number GOTTS803141KR9AB. Must stop driving now and "
     "tell the DVLA himself today. Group 1: 6/12 seizure-free; Group 2: 5 years off treatment (unless specialist "
     "advises otherwise). Not to operate machinery at the yard. Documented advice given; wife Jodie present.\n"
     "Plan: fit note 2/52 (no driving duties), alcohol brief intervention, sleep hygiene, safety advice (showers not "
     "baths, no heights). Await First Fit Clinic.",
     [("HOSPITAL", ["Waveney Vale Surgery"]), ("LOCATION", ["Diss"]), ("DATE", ["03-Mar-2026"]),
      ("NAME", ["Ottoline", "Pryke"]), ("NAME", ["Kieran", "Gotts"]), ("DATE", ["14/03/1981"]),
      ("ID", ["629 104 8736"]), ("ADDRESS", ["4 Rectory Road"]), ("LOCATION", ["Gissing"]), ("POSTCODE", ["IP22 5UR"]),
      ("PHONE", ["07700 900 274"]), ("LOCATION", ["Frenze Freight Ltd"]), ("DATE", ["02/03"]),
      ("HOSPITAL", ["Norfolk and Norwich University Hospital"]), ("PLATE", ["NK71 GXT"]),
      ("LICENCE", ["GOTTS803141KR9AB"]), ("NAME", ["Jodie"])],
     ["First Fit Clinic", "GGT 142", "AUDIT-C 9", "Group 2", "6/12", "2/52"]),

    # 14 - England, Devon: colorectal cancer MDT meeting list
    ("Royal Devon University Healthcare NHS Foundation Trust - Colorectal Cancer MDT\n"
     "Barrack Road, Exeter EX2 5DW | Thursday 19 February 2026, 08:00, Seminar Room 2 and Teams\n"
     "Chair: Mr Peregrine Huxtable (colorectal surgeon) | MDT coordinator: rduh.colorectalmdt@nhs.net\n"
     "\n"
     "1. Mrs Gwendolen Yeo, 71, DOB 11/08/1954, MRN RDE3160592, NHS 503 817 2644. From Beer.\n"
     "   Rectal adenocarcinoma 7 cm from the anal verge. MRI: mrT3c N1, EMVI positive, CRM threatened (1 mm). CEA 14.\n"
     "   Outcome: for TNT (long-course chemoradiotherapy + consolidation chemo); restage MRI at 12 weeks.\n"
     "2. Mr Barnaby Chugg, 66, DOB 02/12/1959, MRN RDE0298471. Westward Ho!\n"
     "   Laparoscopic high anterior resection 28/01 for sigmoid cancer: pT3 pN0 (0/21), R0, MMR proficient.\n"
     "   Outcome: no adjuvant; 5-year surveillance (CT at 12 and 24 months, CEA 6-monthly).\n"
     "3. Ms Delphine Verity-Ashworth, 52, DOB 24/06/1973, MRN RDE0735162. Ottery St Mary.\n"
     "   Caecal adenocarcinoma, dMMR on IHC (MLH1/PMS2 loss), BRAF V600E wild type, MLH1 promoter not methylated.\n"
     "   Outcome: right hemicolectomy; refer to Peninsula Clinical Genetics for Lynch syndrome testing; inform "
     "family.\n"
     "4. Mr Ezekiel Squance, 58, DOB 30/09/1967, MRN RDE0184497. Okehampton.\n"
     "   Synchronous liver metastases x3, segment 6/7 and segment 8; primary in the descending colon.\n"
     "   Outcome: refer to the regional HPB MDT for resectability.",
     [("HOSPITAL", ["Royal Devon University Healthcare NHS Foundation Trust"]), ("ADDRESS", ["Barrack Road"]),
      ("LOCATION", ["Exeter"]), ("POSTCODE", ["EX2 5DW"]), ("DATE", ["19 February 2026"]),
      ("NAME", ["Peregrine", "Huxtable"]), ("EMAIL", ["rduh.colorectalmdt@nhs.net"]), ("NAME", ["Gwendolen", "Yeo"]),
      ("DATE", ["11/08/1954"]), ("MRN", ["RDE3160592"]), ("ID", ["503 817 2644"]), ("LOCATION", ["Beer"]),
      ("NAME", ["Barnaby", "Chugg"]), ("DATE", ["02/12/1959"]), ("MRN", ["RDE0298471"]), ("LOCATION", ["Westward Ho!"]),
      ("DATE", ["28/01"]), ("NAME", ["Delphine", "Verity-Ashworth"]), ("DATE", ["24/06/1973"]), ("MRN", ["RDE0735162"]),
      ("LOCATION", ["Ottery St Mary"]), ("HOSPITAL", ["Peninsula Clinical Genetics"]), ("NAME", ["Ezekiel", "Squance"]),
      ("DATE", ["30/09/1967"]), ("MRN", ["RDE0184497"]), ("LOCATION", ["Okehampton"])],
     ["mrT3c N1", "EMVI positive", "pT3 pN0 (0/21)", "MMR proficient", "MLH1/PMS2 loss", "Lynch syndrome",
      "segment 6/7"]),

    # 15 - Scotland, Tayside: immediate discharge letter
    ("NHS Tayside - Ninewells Hospital, Dundee DD1 9SY - Ward 6, Acute Medicine (queries: FY1 bleep 5173)\n"
     "IMMEDIATE DISCHARGE LETTER\n"
     "Patient: Mrs Catriona Mathieson-Petrie   DOB 08/07/1949   CHI 0807494569\n"
     "Address: Flat 2/R, 27 Alexander Street, Dundee DD3 7HR\n"
     "GP: Dr Kirsteen Fotheringham, Lochee Health Centre\n"
     "Admitted 12/01/2026   Discharged 20/01/2026   Consultant: Dr Euan Anstruther-Gow\n"
     "Diagnosis: upper GI bleed - Forrest IIa duodenal ulcer, NSAID-associated; H. pylori positive (CLO test).\n"
     "Presentation: melaena x3, dizzy at her work (part-time in the D.C. Thomson canteen). Hb 68 g/L, urea 19.4. "
     "Glasgow-Blatchford score 12.\n"
     "Course: 2 units red cells; OGD within 24 h - 12 mm posterior D1 ulcer with a visible vessel, adrenaline "
     "injection and 2 clips. Post-endoscopy Rockall 5. No rebleed. Hb 94 g/L on discharge.\n"
     "Medications on discharge: omeprazole 40 mg BD for 8/52 then 20 mg OD; H. pylori eradication - amoxicillin 1 g BD "
     "+ metronidazole 400 mg BD for 7/7 (penicillin allergy checked - none). NAPROXEN STOPPED - please do not restart; "
     "paracetamol for her knees. Ferrous fumarate 210 mg BD.\n"
     "Follow-up: urea breath test 4/52 after finishing eradication and off PPI for 2 weeks; FBC in 2/52 at the "
     "practice.\n"
     "Next of kin: son Lachlan Petrie, 07700 900 433.",
     [("HOSPITAL", ["NHS Tayside"]), ("HOSPITAL", ["Ninewells Hospital"]), ("LOCATION", ["Dundee"]),
      ("POSTCODE", ["DD1 9SY"]), ("PHONE", ["5173"]), ("NAME", ["Catriona", "Mathieson-Petrie"]),
      ("DATE", ["08/07/1949"]), ("ID", ["0807494569"]), ("ADDRESS", ["Flat 2/R, 27 Alexander Street"]),
      ("POSTCODE", ["DD3 7HR"]), ("NAME", ["Kirsteen", "Fotheringham"]), ("HOSPITAL", ["Lochee Health Centre"]),
      ("DATE", ["12/01/2026"]), ("DATE", ["20/01/2026"]), ("NAME", ["Euan", "Anstruther-Gow"]),
      ("LOCATION", ["D.C. Thomson"]), ("NAME", ["Lachlan", "Petrie"]), ("PHONE", ["07700 900 433"])],
     ["Forrest IIa", "CLO test", "Glasgow-Blatchford score 12", "Rockall 5", "8/52", "7/7", "4/52"]),

    # 16 - Wales, Ceredigion: speech and language therapy inpatient swallow assessment
    ("Hywel Dda University Health Board - Speech and Language Therapy\n"
     "Tregaron Community Hospital, Tregaron SY25 6JP\n"
     "INPATIENT SWALLOW ASSESSMENT - 27/08/2025\n"
     "Patient: Mr Idwal Rowlands, 79, DOB 30/04/1946, hosp. no. T0539164, NHS 714 528 3905\n"
     "Home: Hafod Wen, Pontrhydfendigaid. Welsh first language; assessment carried out in Welsh.\n"
     "Referral: transferred from Bronglais Hospital for stroke rehabilitation. L MCA infarct on 6 August, NIHSS 11 at "
     "presentation, thrombolysed.\n"
     "Oromotor: right lower facial weakness (UMN), reduced tongue strength and range to the right, moderate "
     "dysarthria. Voice slightly wet at rest. Oral hygiene poor, coated tongue.\n"
     "Trials (upright 90°): IDDSI Level 0 thin water by teaspoon - delayed cough after the 3rd 5 mL and wet voice. "
     "IDDSI Level 2 mildly thick via Nutilis Clear (1 scoop per 100 mL) - clear voice, no cough over 10 sips. IDDSI "
     "Level 4 puréed - good bolus control, minimal residue.\n"
     "Impression: moderate oropharyngeal dysphagia secondary to stroke; risk of silent aspiration.\n"
     "Recommendations: IDDSI Level 4 diet and Level 2 fluids; supervised meals, small spoonfuls, chin tuck; mouth care "
     "twice daily; meds crushed where allowed (check with pharmacy). Request videofluoroscopy at Glangwili General "
     "Hospital. Wife Olwen shown how to thicken drinks.\n"
     "Gwenllian Tudur-Evans, Specialist Speech and Language Therapist, HCPC SL038172",
     [("HOSPITAL", ["Hywel Dda University Health Board"]), ("HOSPITAL", ["Tregaron Community Hospital"]),
      ("LOCATION", ["Tregaron"]), ("POSTCODE", ["SY25 6JP"]), ("DATE", ["27/08/2025"]), ("NAME", ["Idwal", "Rowlands"]),
      ("DATE", ["30/04/1946"]), ("MRN", ["T0539164"]), ("ID", ["714 528 3905"]), ("ADDRESS", ["Hafod Wen"]),
      ("LOCATION", ["Pontrhydfendigaid"]), ("HOSPITAL", ["Bronglais Hospital"]), ("DATE", ["6 August"]),
      ("HOSPITAL", ["Glangwili General Hospital"]), ("NAME", ["Olwen"]), ("NAME", ["Gwenllian", "Tudur-Evans"]),
      ("LICENCE", ["SL038172"])],
     ["L MCA infarct", "NIHSS 11", "90°", "IDDSI Level 0", "IDDSI Level 2", "Nutilis Clear"]),

    # 17 - Greece, Larissa: CT abdomen report (Greek)
    ("Γενικό Νοσοκομείο Λάρισας «Κουτλιμπάνειο & Τριανταφύλλειο» - Ακτινοδιαγνωστικό Τμήμα\n"
     "Τσακάλωφ 1, 41221 Λάρισα\n"
     "ΑΞΟΝΙΚΗ ΤΟΜΟΓΡΑΦΙΑ ΑΝΩ ΚΑΙ ΚΑΤΩ ΚΟΙΛΙΑΣ ΜΕ ΕΝΔΟΦΛΕΒΙΟ ΣΚΙΑΓΡΑΦΙΚΟ\n"
     "Ημερομηνία εξέτασης: 21/10/2025   Αρ. εξέτασης: ΑΚ-25-30915\n"
     "Ασθενής: Αθανάσιος Ζιάκας του Δημητρίου, 64 ετών, γεν. 07/06/1961, ΑΜΚΑ 07066102497. Κτηνοτρόφος από το "
     "Δομένικο.\n"
     "Παραπέμπουσα ιατρός: Χαρίκλεια Τσιαμπάρλη, Κέντρο Υγείας Ελασσόνας.\n"
     "Κλινικές πληροφορίες: άλγος δεξιού υποχονδρίου, ηωσινοφιλία 9%, θετικά αντισώματα Echinococcus IgG. "
     "Υπερηχογράφημα στις 3 Οκτωβρίου: κυστική βλάβη ήπατος.\n"
     "Τεχνική: 100 mL Ultravist 370 ενδοφλεβίως, φλεβική φάση.\n"
     "Ευρήματα: Στο τμήμα VII του ήπατος κυστική βλάβη 9,4 x 8,1 cm με πολλαπλές θυγατρικές κύστεις (εικόνα «κυψέλης») "
     "και αποκολλημένη μεμβράνη (water-lily sign), χωρίς επασβεστώσεις. Δεύτερη απλή κύστη 2,3 cm στο τμήμα IVα. Δεν "
     "αναδεικνύεται επικοινωνία με τα χοληφόρα· κοινός χοληδόχος πόρος 5 mm. Σπλήνας, πάγκρεας, νεφροί χωρίς ευρήματα. "
     "Βάσεις πνευμόνων ελεύθερες.\n"
     "Συμπέρασμα: Εχινοκοκκικές κύστεις ήπατος - η μεγαλύτερη Gharbi τύπος III / WHO CE2, η μικρότερη WHO CE1.\n"
     "Ενημερώθηκε τηλεφωνικά η παραπέμπουσα ιατρός στο 24930 55 218.\n"
     "Ο ακτινολόγος: Παρασκευάς Γκουντάρας, Επιμελητής Α΄",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λάρισας"]), ("HOSPITAL", ["Κουτλιμπάνειο & Τριανταφύλλειο"]),
      ("ADDRESS", ["Τσακάλωφ 1"]), ("POSTCODE", ["41221"]), ("LOCATION", ["Λάρισα"]), ("DATE", ["21/10/2025"]),
      ("MRN", ["ΑΚ-25-30915"]), ("NAME", ["Αθανάσιος", "Ζιάκας"]), ("NAME", ["Δημητρίου"]), ("DATE", ["07/06/1961"]),
      ("ID", ["07066102497"]), ("LOCATION", ["Δομένικο"]), ("NAME", ["Χαρίκλεια", "Τσιαμπάρλη"]),
      ("HOSPITAL", ["Κέντρο Υγείας Ελασσόνας"]), ("DATE", ["3 Οκτωβρίου"]), ("PHONE", ["24930 55 218"]),
      ("NAME", ["Παρασκευάς", "Γκουντάρας"])],
     ["ηωσινοφιλία 9%", "Echinococcus IgG", "Ultravist 370", "water-lily sign", "Gharbi τύπος III", "WHO CE2"]),

    # 18 - Taiwan, Tainan: clinic-to-hospital referral (traditional Chinese)
    ("謝內科診所 轉診單\n"
     "臺南市永康區中華路三段412號　電話：(06) 555-2731\n"
     "轉診日期：114年9月18日\n"
     "病人姓名：許雅婷　性別：女　出生日期：1979/04/02　身分證字號：R224831979\n"
     "住址：臺南市安南區海佃路二段118巷7號\n"
     "聯絡人：先生 吳宗翰　手機：0926-555-173　LINE ID：yating0402\n"
     "職業：精密零件廠「立昇精密」品管員\n"
     "病情摘要：3天前起發燒至39.6℃、後眼窩痛、全身肌肉痠痛，今日起腹痛、嘔吐3次、牙齦出血。家附近上月有登革熱群聚。\n"
     "理學檢查：BT 37.8℃，BP 96/70 mmHg，HR 108，止血帶試驗陽性，右上腹壓痛，肝臟可觸及 2 cm。\n"
     "檢驗：NS1抗原快篩陽性；WBC 2,300/μL，PLT 42,000/μL，Hct 48%（平時約40%）。\n"
     "診斷：登革熱合併警示徵象（腹痛、持續嘔吐、黏膜出血、Hct上升合併血小板快速下降）。\n"
     "處置：已給予乳酸林格氏液 500 mL；囑勿服用 NSAID，僅用普拿疼（Panadol）500 mg。\n"
     "轉診目的：請貴院感染科住院治療及監測。\n"
     "轉入醫院：國立成功大學醫學院附設醫院 急診部\n"
     "轉診醫師：謝明達 醫師",
     [("HOSPITAL", ["謝內科診所"]), ("LOCATION", ["臺南市"]), ("LOCATION", ["永康區"]), ("ADDRESS", ["中華路三段412號"]),
      ("PHONE", ["(06) 555-2731"]), ("DATE", ["114年9月18日"]), ("NAME", ["許雅婷"]), ("DATE", ["1979/04/02"]),
      ("ID", ["R224831979"]), ("LOCATION", ["安南區"]), ("ADDRESS", ["海佃路二段118巷7號"]), ("NAME", ["吳宗翰"]),
      ("PHONE", ["0926-555-173"]), ("HANDLE", ["yating0402"]), ("LOCATION", ["立昇精密"]), ("HOSPITAL", ["國立成功大學醫學院附設醫院"]),
      ("NAME", ["謝明達"])],
     ["止血帶試驗陽性", "NS1抗原快篩陽性", "PLT 42,000/μL", "Hct 48%", "登革熱合併警示徵象", "普拿疼（Panadol）500 mg"]),

    # 19 - Brazil, Minas Gerais: Chagas disease cardiology outpatient note (Portuguese)
    ("Hospital das Clínicas da UFMG - Ambulatório Bias Fortes\n"
     "Av. Prof. Alfredo Balena, 110 - Belo Horizonte - MG, CEP 30130-100\n"
     "AMBULATÓRIO DE DOENÇA DE CHAGAS - EVOLUÇÃO\n"
     "Data: 11 de novembro de 2025\n"
     "Paciente: Sebastião Aparecido Quintão, 61 anos, nascido em 05/08/1964. Prontuário 4.306.715. CPF 305.196.274-07. "
     "CNS 704 9624 5957 1177.\n"
     "Natural de Bambuí (MG); morou em casa de pau a pique na roça até os 20 anos. Reside na Rua Padre Eustáquio, "
     "1420, apto 302, bairro Carlos Prates. Pedreiro aposentado.\n"
     "Sorologia para T. cruzi reagente por dois métodos (ELISA e IFI).\n"
     "Queixas: palpitações e um episódio de síncope em 09/10/2025 enquanto almoçava. Dispneia aos médios esforços "
     "(NYHA II).\n"
     "ECG: BRD + BDAS, extrassístoles ventriculares frequentes. Holter 24 h: 14 episódios de TVNS. Ecocardiograma: "
     "FEVE 38%, aneurisma apical do VE.\n"
     "Escore de Rassi: 12 pontos (alto risco).\n"
     "Conduta: amiodarona 200 mg/dia, carvedilol 12,5 mg 12/12 h, Entresto 49/51 mg 12/12 h. Encaminhado ao Hospital "
     "Felício Rocho para estudo eletrofisiológico e avaliação de CDI. Orientado a não dirigir.\n"
     "Retorno em 3 meses. Acompanhado da esposa, Dona Marlene.\n"
     "Dra. Heloísa Vasconcellos Drummond - CRM-MG 48.217",
     [("HOSPITAL", ["Hospital das Clínicas da UFMG"]), ("HOSPITAL", ["Ambulatório Bias Fortes"]),
      ("ADDRESS", ["Av. Prof. Alfredo Balena, 110"]), ("LOCATION", ["Belo Horizonte"]), ("POSTCODE", ["30130-100"]),
      ("DATE", ["11 de novembro de 2025"]), ("NAME", ["Sebastião", "Aparecido", "Quintão"]), ("DATE", ["05/08/1964"]),
      ("MRN", ["4.306.715"]), ("ID", ["305.196.274-07"]), ("ID", ["704 9624 5957 1177"]), ("LOCATION", ["Bambuí"]),
      ("ADDRESS", ["Rua Padre Eustáquio, 1420, apto 302"]), ("LOCATION", ["Carlos Prates"]), ("DATE", ["09/10/2025"]),
      ("HOSPITAL", ["Hospital Felício Rocho"]), ("NAME", ["Marlene"]),
      ("NAME", ["Heloísa", "Vasconcellos", "Drummond"]), ("LICENCE", ["CRM-MG 48.217"])],
     ["DOENÇA DE CHAGAS", "T. cruzi", "BRD + BDAS", "FEVE 38%", "Escore de Rassi: 12 pontos",
      "carvedilol 12,5 mg 12/12 h", "Entresto 49/51 mg"]),
] + MORE_NOTES
