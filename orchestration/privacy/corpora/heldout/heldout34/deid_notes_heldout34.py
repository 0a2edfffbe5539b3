"""Thirty-fourth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read only the note format (the ``Note`` type and the layout of the eighteenth set) and
nothing of the de-identification rules, their word lists, their tests or their documentation, and never ran the
de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (1280 planted identifier parts in 1105 (kind, parts) entries; 492 clinical strings), written the way
clinicians write them: a renal transplant clinic letter to a rural GP, a neonatal unit night-to-day handover, a stroke
thrombolysis proforma, an IVF/ICSI fertility cycle record, a tuberculosis close-contact screening register, a sexual
health clinic note, a memory clinic letter, an annual commercial diver fitness examination, a haemodialysis unit
incident report, a phase II cardiac rehabilitation record, a mountain rescue casualty card, a school HPV and Td
immunisation record, a palliative syringe-driver chart, a J88 clinical forensic examination after an assault, a
diabetic foot wound care log, a pre-travel clinic consultation, a haemovigilance report of an ABO-incompatible
transfusion, a paediatric speech-language evaluation, a haemophilia home-treatment and bleed log, a veterinarian's
zoonosis referral to a GP, a clinical trial serious adverse event report, a burns transfer summary, a maternity triage
telephone assessment, a telehealth consultation from a small island, an interpreter-assisted newcomer consultation, an
integrated home care nursing visit, a high-altitude rescue aid post record, an orthopaedic discharge note, a leprosy
clinic record, a medical certificate of cause of death, a polysomnography report, an aviation medical examination, a
prosthetic limb fitting record, a poisons information centre call log, a Lassa fever isolation ward admission, a home
health skilled nursing visit, a diabetic eye screening outreach list, a malaria case register for mining camps and a
serious AEFI case investigation form. From Scotland (Shetland, Edinburgh), Uganda (Mbarara), Cyprus (Limassol), Canada
(Nova Scotia, Manitoba), mainland China (Sichuan, Liangshan), Australia (Far North Queensland, Central West New South
Wales), Japan (Akita, Okinawa's Yaeyama islands), the United Arab Emirates (Abu Dhabi), Jordan (Irbid), New Zealand
(Otago), Austria (Tyrol), Ghana (Northern Region), Greece (Crete, Chios), South Africa (Western Cape), Israel (Negev),
Singapore (with travel to Peru and Bolivia), Trinidad and Tobago, the US (Louisiana, West Virginia), Hong Kong, India
(Maharashtra), Russia (Krasnoyarsk Krai, Norilsk), England (Cornwall), Italy (Sardinia, Ogliastra), Nepal (Khumbu),
Ethiopia (Addis Ababa, East Gojjam), Malta and Gozo, South Korea (Daejeon), Botswana (Ngamiland), Cambodia
(Battambang), Taiwan (Hualien), Sri Lanka (Central Province), Sierra Leone (Kenema), Tonga (Vava'u), Guyana (Region 7,
with a Venezuelan miner) and Bangladesh (Sylhet); rural and urban.

Scripts and languages (positions in ``NOTES``, counted from 0): notes 2 (Limassol), 12 (Crete) and 27 (Chios) are in
Greek script; note 4 (Liangshan) is in simplified Chinese and notes 18 (Hong Kong) and 33 (Hualien, with Republic of
China calendar dates) in traditional Chinese; notes 6 (Akita) and 23 (Yonaguni and Ishigaki) are in Japanese, with
Japanese era dates; note 30 (Daejeon) is in Korean; note 8 (Irbid) is in Arabic, with a Hijri date; note 14 (Negev) is
in Hebrew, with Hebrew calendar dates; note 21 (Norilsk) is in Russian; note 10 (Tyrol) is in German; note 25
(Sardinia) is in Italian; all other notes (26) are in English (Latin script), from many countries.

Identifiers sit where clinicians put them: letterheads, labels, table rows and log lines with clock times and staff
initials (in Latin, Greek, Arabic and Hebrew script), after relation words and titles (wife, son, daughter, aunty,
grandmother, Mawmaw, Sgt, Sister, Sr., Fr, Pastor, Ato, W/ro, Md., Mst., Smt., bte, ved., του with a patronymic,
様, 先生, 姑娘), bare in prose, in sign-offs and copy-to lines, addresses with and without house numbers (a Shetland
house name, a Cornish house name, an Australian property name, a Trinidad light-pole number, a rural route box, an
HDB block and unit, a Japanese aza, a Chinese village group number, a Hong Kong estate flat, a Korean apartment block, a
Cambodian phum and khum, a Russian flat, a house number written as a fraction, a Maltese triq), "transferred from",
employers (an oil terminal, a tyre plant, a subsea contractor, a tour boat company, freezing works, a timber builder,
a nickel mine, a cement plant, a steel-town building site, a car plant, a supermarket, a fabrication yard, a charter
airline, a trekking agency, a potash works), schools, mosques, churches, a synagogue, a park, hospitals and streets
named after people, places that are everyday words or first names, and people whose names are everyday words or
days of the week; also e-mail addresses, portal and EDC URLs, IPv4 addresses, an Instagram handle and a WeChat ID,
road vehicle plates, aircraft registrations, professional licences, device serial numbers (CPAP machine, syringe driver,
dialysis machine, pacemaker, oxygen concentrator, retinal camera), record, case, call, laboratory, certificate and
police case numbers, insurance and national numbers, and dates in many forms (full dates in several orders and
separators, day and month only, month and year, weekdays with dates, dates in tables and log lines, Hijri, Hebrew,
Japanese era, Republic of China, Buddhist Era, Solar Hijri and Ethiopian calendar dates, and festivals and holidays of
many cultures used as dates). Where a real identifier has a check digit (Scottish CHI, NHS, Australian Medicare, NZ NHI,
Emirates ID, Greek AMKA, South African ID, Israeli ID, Singapore NRIC, US NPI, Hong Kong ID, Aadhaar, Russian SNILS,
Italian codice fiscale, Korean resident registration number, Taiwan ID, Chinese resident ID, Austrian social insurance
number) the planted one passes it; other national, insurance and licence numbers keep a plausible format. No name, place
or facility is planted in more than one note, and none is reused from the eighteenth set. Six patients are aged 90 or
over (notes 6, 12, 25, 27, 29 and 36), and for them the age and every date element, bare years, era years, months,
decades and holidays included, are planted; elsewhere a year stands only inside a statute, guideline, criteria or
classification name (a clinical string). The strings that must survive include eponymous signs and criteria, scores and
scales with their values, classifications and staging (some in the note's own language), criteria and consensus
statements named after places or people, drug and device brand names, organisms, lab values with units, ratios and
fractions that look like dates (gestations, scale scores out of a total, Snellen acuity, titres, a work hitch, a wound's
dimensions, blood pressures) and years inside statute and guideline names. Entries per kind: NAME 281, DATE 231,
LOCATION 206, HOSPITAL 89, PHONE 73, ID 62, ADDRESS 42, LICENCE 33, MRN 27, POSTCODE 26, PLATE 10, AGE 7, SERIAL 6,
EMAIL 6, URL 2, HANDLE 2, IP 2.
The last 20 notes (614 identifier parts in 529 entries, 240 clinical strings) are in :mod:`deid_notes_heldout34_more`,
only to keep each file a readable length; this file holds 666 identifier parts in 576 entries and 252 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout34.deid_notes_heldout34_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Shetland and Edinburgh: renal transplant clinic letter to a rural GP
    ("Edinburgh Transplant Centre - Renal Transplant Clinic\n"
     "Royal Infirmary of Edinburgh, 51 Little France Crescent, Edinburgh EH16 4SA | Tel 0131 242 1714\n"
     "\n"
     "Dr Ingrid Tulloch\n"
     "Brae Health Centre, Brae, Shetland ZE2 9QJ\n"
     "\n"
     "Dictated 14/10/2025 | Typed 17/10/2025 | Clinic: Thursday 9 October\n"
     "\n"
     "Dear Dr Tulloch,\n"
     "Re: Magnus Jamieson-Halcrow, DOB 23/06/1968, CHI 2306684715, Hosp No. RIE-0772419\n"
     "Nordavatn, Mossbank, Shetland ZE2 9RB | mob 07781 342 906\n"
     "\n"
     "Diagnoses:\n"
     "1. ESKD secondary to IgA nephropathy (native biopsy: Oxford classification M1 E0 S1 T1 C0)\n"
     "2. DBD deceased-donor renal transplant, right iliac fossa, 02/03/2023 (cRF 12%, 1-1-0 HLA mismatch)\n"
     "3. Post-transplant diabetes, diet-controlled\n"
     "4. BK viraemia, peak 4.2 log copies/mL in May, now falling\n"
     "\n"
     "Medication: Adoport (tacrolimus) 3 mg bd, mycophenolate mofetil 500 mg bd (reduced from 1 g bd for BK), "
     "prednisolone 5 mg od, co-trimoxazole 480 mg od, amlodipine 5 mg od.\n"
     "\n"
     "Results today:\n"
     "Creatinine | 142 umol/L (baseline 130-140)\n"
     "eGFR | 49 mL/min/1.73m2\n"
     "uPCR | 38 mg/mmol\n"
     "Tacrolimus trough | 6.8 ug/L\n"
     "BK PCR | 3.1 log copies/mL\n"
     "HbA1c | 46 mmol/mol\n"
     "\n"
     "Magnus came down from Sumburgh on the Wednesday flight with his wife Freya and is well in himself. He is back "
     "part time as an instrument technician at the Sullom Voe Terminal; his only complaint is a fine tremor. BP "
     "134/82. The protocol biopsy on 12/08/2025 showed no rejection by the Banff 2019 criteria (i0 t0 v0, ci1 ct1) "
     "and SV40 staining was negative.\n"
     "\n"
     "Plan: continue the reduced MMF; BK PCR every 2 weeks at the Gilbert Bain Hospital, results to our nurse "
     "specialist Rhona Isbister. He asked about writing to his donor's family - the transplant coordinators pass on "
     "anonymous letters, as the Human Tissue (Scotland) Act 2006 allows. He wants to march with his squad at Up Helly "
     "Aa in Lerwick and I see no reason why not, with sense about the cold and the drink. Review in 3 months, or by "
     "video if the weather grounds the flights.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Alasdair Mowat-Pennycook, Consultant Nephrologist | GMC 4618273\n"
     "cc: Mr Magnus Jamieson-Halcrow; Renal Unit, Gilbert Bain Hospital, Lerwick",
     [("HOSPITAL", ["Edinburgh Transplant Centre"]), ("HOSPITAL", ["Royal Infirmary of Edinburgh"]),
      ("ADDRESS", ["51 Little France Crescent"]), ("LOCATION", ["Edinburgh"]), ("POSTCODE", ["EH16 4SA"]),
      ("PHONE", ["0131 242 1714"]), ("NAME", ["Ingrid", "Tulloch"]), ("HOSPITAL", ["Brae Health Centre"]),
      ("LOCATION", ["Brae"]), ("LOCATION", ["Shetland"]), ("POSTCODE", ["ZE2 9QJ"]), ("DATE", ["14/10/2025"]),
      ("DATE", ["17/10/2025"]), ("DATE", ["Thursday 9 October"]), ("NAME", ["Magnus", "Jamieson-Halcrow"]),
      ("DATE", ["23/06/1968"]), ("ID", ["2306684715"]), ("MRN", ["RIE-0772419"]), ("ADDRESS", ["Nordavatn"]),
      ("LOCATION", ["Mossbank"]), ("POSTCODE", ["ZE2 9RB"]), ("PHONE", ["07781 342 906"]), ("DATE", ["02/03/2023"]),
      ("DATE", ["May"]), ("LOCATION", ["Sumburgh"]), ("NAME", ["Freya"]), ("LOCATION", ["Sullom Voe Terminal"]),
      ("DATE", ["12/08/2025"]), ("HOSPITAL", ["Gilbert Bain Hospital"]), ("NAME", ["Rhona", "Isbister"]),
      ("DATE", ["Up Helly Aa"]), ("LOCATION", ["Lerwick"]), ("NAME", ["Alasdair", "Mowat-Pennycook"]),
      ("LICENCE", ["4618273"])],
     ["IgA nephropathy", "Oxford classification M1 E0 S1 T1 C0", "1-1-0 HLA mismatch", "Adoport",
      "mycophenolate mofetil 500 mg bd", "eGFR | 49 mL/min/1.73m2", "uPCR | 38 mg/mmol",
      "Tacrolimus trough | 6.8 ug/L", "HbA1c | 46 mmol/mol", "Banff 2019 criteria", "i0 t0 v0, ci1 ct1", "SV40",
      "Human Tissue (Scotland) Act 2006", "BP 134/82"]),

    # 1 - Uganda, Mbarara: neonatal unit nursing and medical handover sheet
    ("MBARARA REGIONAL REFERRAL HOSPITAL - NEONATAL UNIT (Kangaroo Mother Care wing)\n"
     "NIGHT-TO-DAY HANDOVER | Tue 16/09/2025 07:30 | Nurse i/c night: Sr. Annet Tumusiime (AT) | day: Sr. Prossy "
     "Kyomuhendo (PK) | Paed SHO: Dr. Brian Mwesigye\n"
     "\n"
     "Cot 1 | Baby of Kabasiita Edinah | F | DOL 4 | BW 1.42 kg, now 1.36 kg | IP 2025/NNU/3381\n"
     "  32/40 by Ballard score, outborn - transferred from Ruharo Mission Hospital in a wrapped blanket, T 34.8 on "
     "arrival. RDS: on bubble CPAP 5 cmH2O FiO2 0.3, Silverman-Andersen score 3. Caffeine citrate 5 mg/kg od. "
     "Glucose 3.1 mmol/L at 04:00 (AT). NGT feeds EBM 8x12 mL.\n"
     "  Mother in KMC bed 6; from Kinoni, Rwampara; husband Twinomugisha Eliphaz, boda rider, tel 0772 418 390.\n"
     "\n"
     "Cot 2 | Baby Mugisha (twin I of Ninsiima Gloria) | M | DOL 2 | BW 2.05 kg | IP 2025/NNU/3394\n"
     "  Jaundice first seen 23:00 (AT), TSB 212 umol/L at 02:10 - above phototherapy line on the NICE chart for 36/40. "
     "Under LED phototherapy since 02:30. Mum O+, baby B+, DCT negative. Repeat TSB 10:00 (PK).\n"
     "  Twin II (Baby Mbabazi) rooming in with mother on Ward 3, well.\n"
     "\n"
     "Cot 3 | Baby of Atuhaire Scovia | M | DOL 1 | BW 3.60 kg | IP 2025/NNU/3401\n"
     "  Born 15/09/2025 at Bwizibwera HC IV, Apgar 3/5/7, cord pH 7.02. HIE Sarnat stage II; seizure x1 at 01:15 "
     "(cycling movements), phenobarbital 20 mg/kg loading given 01:25 (AT). No cooling available. Ceftriaxone + "
     "gentamicin for presumed sepsis; blood culture sent.\n"
     "  Grandmother Kellen Byaruhanga at bedside; mother still at Bwizibwera, to come on Thursday.\n"
     "\n"
     "Cot 4 | Baby Patience (mother Nuwagaba Harriet, 17 yrs, from Nyamitanga) | F | DOL 9 | BW 1.10 kg\n"
     "  Off CPAP since Sunday. Apnoea x2 overnight, self-resolving. Hb 9.8 g/dL. Weight 1.08 kg. Social worker "
     "Mr. Gumisiriza to review re school return (Mbarara High School).\n"
     "\n"
     "Pending: CPAP machine 2 (serial BCP-2210473) alarming intermittently - biomed informed (ext 214).\n"
     "Signed AT 07:42 / received PK 07:45",
     [("HOSPITAL", ["MBARARA REGIONAL REFERRAL HOSPITAL"]), ("DATE", ["Tue 16/09/2025"]), ("NAME", ["Annet",
      "Tumusiime"]),
      ("NAME", ["AT"]), ("NAME", ["Prossy", "Kyomuhendo"]), ("NAME", ["PK"]), ("NAME", ["Brian", "Mwesigye"]),
      ("NAME", ["Kabasiita", "Edinah"]), ("MRN", ["2025/NNU/3381"]), ("HOSPITAL", ["Ruharo Mission Hospital"]),
      ("LOCATION", ["Kinoni"]), ("LOCATION", ["Rwampara"]), ("NAME", ["Twinomugisha", "Eliphaz"]),
      ("PHONE", ["0772 418 390"]), ("NAME", ["Mugisha"]), ("NAME", ["Ninsiima", "Gloria"]),
      ("MRN", ["2025/NNU/3394"]), ("NAME", ["Mbabazi"]), ("NAME", ["Atuhaire", "Scovia"]),
      ("MRN", ["2025/NNU/3401"]), ("DATE", ["15/09/2025"]), ("HOSPITAL", ["Bwizibwera HC IV"]),
      ("LOCATION", ["Bwizibwera"]), ("NAME", ["Kellen", "Byaruhanga"]), ("NAME", ["Patience"]),
      ("NAME", ["Nuwagaba", "Harriet"]), ("LOCATION", ["Nyamitanga"]), ("NAME", ["Gumisiriza"]),
      ("LOCATION", ["Mbarara High School"]), ("SERIAL", ["BCP-2210473"]), ("PHONE", ["ext 214"])],
     ["Kangaroo Mother Care", "32/40 by Ballard score", "bubble CPAP 5 cmH2O FiO2 0.3", "Silverman-Andersen score 3",
      "Caffeine citrate 5 mg/kg", "Glucose 3.1 mmol/L", "TSB 212 umol/L", "36/40", "DCT negative",
      "Apgar 3/5/7", "cord pH 7.02", "HIE Sarnat stage II", "phenobarbital 20 mg/kg", "Hb 9.8 g/dL"]),

    # 2 - Cyprus, Limassol (Greek script): stroke thrombolysis proforma
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ - Τμήμα Ατυχημάτων και Επειγόντων Περιστατικών\n"
     "ΠΡΩΤΟΚΟΛΛΟ ΘΡΟΜΒΟΛΥΣΗΣ ΙΣΧΑΙΜΙΚΟΥ ΑΕΕ (Code Stroke)\n"
     "Ημερομηνία: Σάββατο 4 Οκτωβρίου 2025 | Αρ. Φακέλου: ΓΝΛ-25-118406\n"
     "Ασθενής: Σάββας Χατζηπαύλου του Κυριάκου | Άρρην | 67 ετών | Ημ. γέν. 19/02/1958 | Αρ. Ταυτ. 0874215\n"
     "Διεύθυνση: Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄ 112, 4040 Γερμασόγεια | Σύζυγος Ελένη, τηλ. 99 482 617\n"
     "Συνταξιούχος δάσκαλος του Δημοτικού Σχολείου Πάχνας.\n"
     "\n"
     "ΧΡΟΝΟΙ\n"
     "Τελευταία φορά καλά (LKW) | 09:40 | στο καφενείο της πλατείας, Πάχνα\n"
     "Κλήση 112 | 09:58 | ασθενοφόρο KMT 482, πλήρωμα Ν.Σ. / Γ.Α.\n"
     "Άφιξη ΤΑΕΠ | 10:52 | GCS 14/15\n"
     "CT εγκεφάλου | 11:05 | χωρίς αιμορραγία, ASPECTS 9, hyperdense MCA sign αριστερά\n"
     "CTA | 11:12 | απόφραξη M1 αριστερής μέσης εγκεφαλικής αρτηρίας\n"
     "Bolus | 11:19 | Τενεκτεπλάση (Metalyse) 0,25 mg/kg = 21 mg IV\n"
     "Door-to-needle: 27 λεπτά\n"
     "\n"
     "ΚΛΙΝΙΚΑ: NIHSS 14 (σφαιρική αφασία, δεξιά ημιπληγία, δεξιά ημιανοψία). Σημείο Babinski δεξιά. ΑΠ 176/94, "
     "σάκχαρο 148 mg/dL, INR 1.0, αιμοπετάλια 231.000/μL, βάρος 84 kg. mRS πριν το επεισόδιο 0. Δεν λαμβάνει "
     "αντιπηκτικά. Καμία αντένδειξη κατά τις οδηγίες ESO 2021.\n"
     "Συζήτηση με τον επεμβατικό νευροακτινολόγο Δρ Στέλιο Παναγίδη, Γενικό Νοσοκομείο Λευκωσίας: αποδέχεται για "
     "μηχανική θρομβεκτομή. Διακομιδή 11:40. Η κόρη Χρυσταλλένη, νοσηλεύτρια στο Απολλώνειο, ενημερώθηκε τηλεφωνικά "
     "(96 315 208).\n"
     "Έκβαση: TICI 2b, NIHSS στις 24 ώρες 4.\n"
     "Ιατρός: Δρ Μαρίνα Κωνσταντίνου-Ιωάννου, Παθολόγος | Αρ. Μητρώου ΙΣΚ 6137",
     [("HOSPITAL", ["ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ"]), ("DATE", ["Σάββατο 4 Οκτωβρίου 2025"]), ("MRN", ["ΓΝΛ-25-118406"]),
      ("NAME", ["Σάββας", "Χατζηπαύλου"]), ("NAME", ["Κυριάκου"]), ("DATE", ["19/02/1958"]), ("ID", ["0874215"]),
      ("ADDRESS", ["Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄ 112"]), ("POSTCODE", ["4040"]), ("LOCATION", ["Γερμασόγεια"]),
      ("NAME", ["Ελένη"]), ("PHONE", ["99 482 617"]), ("LOCATION", ["Δημοτικού Σχολείου Πάχνας"]),
      ("LOCATION", ["Πάχνα"]), ("PLATE", ["KMT 482"]), ("NAME", ["Ν.Σ."]), ("NAME", ["Γ.Α."]),
      ("NAME", ["Στέλιο", "Παναγίδη"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Λευκωσίας"]), ("NAME", ["Χρυσταλλένη"]),
      ("HOSPITAL", ["Απολλώνειο"]), ("PHONE", ["96 315 208"]), ("NAME", ["Μαρίνα", "Κωνσταντίνου-Ιωάννου"]),
      ("LICENCE", ["6137"])],
     ["GCS 14/15", "ASPECTS 9", "hyperdense MCA sign", "απόφραξη M1", "Metalyse", "0,25 mg/kg", "NIHSS 14",
      "Σημείο Babinski", "ΑΠ 176/94", "mRS πριν το επεισόδιο 0", "οδηγίες ESO 2021", "TICI 2b"]),

    # 3 - Canada, Nova Scotia (Halifax, Antigonish): fertility clinic IVF-ICSI cycle record
    ("Harbourview Fertility Centre\n"
     "5991 Spring Garden Road, Suite 740, Halifax NS B3H 1Y6 | tel 902-555-0147 | fax 902-555-0148\n"
     "IVF / ICSI CYCLE RECORD - Cycle #2 | Chart HFC-20417\n"
     "Partner A: Chantelle Bezanson-Doucet | DOB 1989-11-02 | NS health card 0042 718 935 | teacher, Dr. J.H. Gillis "
     "Regional High School\n"
     "Partner B: Remi Doucet | DOB 1987-05-20 | shift supervisor, Michelin plant at Granton\n"
     "Home: 14 Hawthorne Street, Antigonish NS B2G 1A4 | cell 902-555-0193\n"
     "Referred by: Dr. Oluwaseun Adebayo-MacIsaac, Antigonish Town Medical Clinic\n"
     "\n"
     "Indication: 3 yrs unexplained subfertility; cycle #1 (March) cancelled for poor response on a long protocol. AMH "
     "14.2 pmol/L, AFC 9, BMI 27 - not a poor responder by the Bologna criteria. Semen: 38 million/mL, progressive "
     "motility 41%, normal forms 3% (WHO 2021 reference values). Rubella immune, HIV/HBV/HCV negative both.\n"
     "\n"
     "Antagonist protocol:\n"
     "Date | CD | E2 pmol/L | Follicles | Meds | Init\n"
     "2025-08-05 | 3 | 180 | baseline, AFC 9 | Gonal-f 225 IU start (clinic closed Natal Day) | JM\n"
     "2025-08-10 | 8 | 1450 | R 4, L 5 (10-13 mm) | Gonal-f 225 IU + Orgalutran 0.25 mg | JM\n"
     "2025-08-13 | 11 | 5200 | 3 follicles >= 17 mm | Ovitrelle 250 mcg at 21:30 | SL\n"
     "2025-08-15 | OPU | - | 9 oocytes, 7 MII | ICSI, 6 fertilised (2PN) | NK\n"
     "\n"
     "Day 5: 3 blastocysts, 4AA, 4AB, 3BB (Gardner grading). Single fresh transfer of the 4AA on 2025-08-20, "
     "Crinone 8% PV luteal support; 2 vitrified (straws 25-0820-A/B, dewar 3).\n"
     "Beta-hCG 2025-09-03: 412 IU/L. Scan at 7+2 weeks: single intrauterine pregnancy, CRL 11 mm, FH present. "
     "Discharged to Dr. Adebayo-MacIsaac and to St. Martha's Regional Hospital for antenatal care.\n"
     "Chantelle asks that results go by e-mail to cbezanson.doucet@eastlink.ca; embryo photos are on her portal page, "
     "https://portal.harbourviewfertility.ca/patients/HFC-20417.\n"
     "Physician: Dr. Niamh Kavanagh-Oduya (NK), REI | CPSNS 017482\n"
     "Nurses: Jolene MacPhee RN (JM), Sukhpreet Lall RN (SL)",
     [("HOSPITAL", ["Harbourview Fertility Centre"]), ("ADDRESS", ["5991 Spring Garden Road, Suite 740"]),
      ("LOCATION", ["Halifax"]), ("POSTCODE", ["B3H 1Y6"]), ("PHONE", ["902-555-0147"]), ("PHONE", ["902-555-0148"]),
      ("MRN", ["HFC-20417"]), ("NAME", ["Chantelle", "Bezanson-Doucet"]), ("DATE", ["1989-11-02"]),
      ("ID", ["0042 718 935"]), ("LOCATION", ["Dr. J.H. Gillis Regional High School"]), ("NAME", ["Remi", "Doucet"]),
      ("DATE", ["1987-05-20"]), ("LOCATION", ["Michelin plant at Granton"]), ("ADDRESS", ["14 Hawthorne Street"]),
      ("LOCATION", ["Antigonish"]), ("POSTCODE", ["B2G 1A4"]), ("PHONE", ["902-555-0193"]),
      ("NAME", ["Oluwaseun", "Adebayo-MacIsaac"]), ("HOSPITAL", ["Antigonish Town Medical Clinic"]), ("DATE",
      ["March"]),
      ("DATE", ["2025-08-05"]), ("DATE", ["Natal Day"]), ("NAME", ["JM"]), ("DATE", ["2025-08-10"]),
      ("DATE", ["2025-08-13"]), ("NAME", ["SL"]), ("DATE", ["2025-08-15"]), ("NAME", ["NK"]), ("DATE", ["2025-08-20"]),
      ("DATE", ["2025-09-03"]), ("HOSPITAL", ["St. Martha's Regional Hospital"]),
      ("EMAIL", ["cbezanson.doucet@eastlink.ca"]),
      ("URL", ["https://portal.harbourviewfertility.ca/patients/HFC-20417"]), ("NAME", ["Niamh", "Kavanagh-Oduya"]),
      ("LICENCE", ["017482"]),
      ("NAME", ["Jolene", "MacPhee"]), ("NAME", ["Sukhpreet", "Lall"])],
     ["AMH 14.2 pmol/L", "AFC 9", "Bologna criteria", "progressive motility 41%", "WHO 2021 reference values",
      "Antagonist protocol", "Gonal-f 225 IU", "Orgalutran 0.25 mg", "Ovitrelle 250 mcg", "7 MII", "2PN",
      "Gardner grading", "Crinone 8%", "412 IU/L", "7+2 weeks"]),

    # 4 - China, Sichuan (Liangshan, Xichang; simplified Chinese): TB close-contact screening record
    ("凉山彝族自治州西昌市疾病预防控制中心 结核病防治科\n"
     "肺结核患者密切接触者筛查登记表\n"
     "登记日期：2025年9月18日 | 编号：XC-TB-2025-0417 | 调查人：沙马阿果（护士）、李志强（医师）\n"
     "指示病例：吉克伍沙，男，38岁，彝族，身份证号 513401198704120316，联系电话 138 8147 2290\n"
     "现住址：西昌市安宁镇民主村3组27号。在攀枝花市仁和区建筑工地打工，住工棚宿舍。\n"
     "诊断：涂阳肺结核（痰涂片 2+），GeneXpert MTB/RIF 检出，利福平耐药未检出；胸片右上肺空洞。2025年9月10日于凉山州第一"
     "人民医院确诊，方案 2HRZE/4HR，由村医吉克阿牛督导服药（DOT）。\n"
     "发病经过：7月底火把节回村探亲后咳嗽加重，8月中旬返回工地。\n"
     "\n"
     "密切接触者：\n"
     "序号 | 姓名 | 关系 | 年龄 | 症状 | PPD/IGRA | 胸片 | 处理\n"
     "1 | 阿说木呷 | 妻子 | 35 | 无 | PPD 18×20 mm，强阳性 | 正常 | 预防性治疗 3HP\n"
     "2 | 吉克拉哈 | 儿子 | 9 | 咳嗽2周 | IGRA 阳性 | 右肺门淋巴结肿大 | 转诊州一医院儿科\n"
     "3 | 吉克莫色 | 母亲 | 67 | 无 | PPD 8 mm | 陈旧钙化灶 | 6个月后复查\n"
     "4 | 曲比日火 | 工友，同宿舍 | 41 | 盗汗、消瘦 | 未做 | 左上肺浸润 | 留痰3份送检\n"
     "\n"
     "备注：儿子就读于西昌市第七小学三年级，已通知学校卫生老师马秀英（电话 0834-3228517），班级内筛查另表登记。"
     "工地方面已告知四川华驰建筑公司安全员。妻子微信号 ashuo_mujia88，用于复诊提醒。\n"
     "依据《中国结核病预防控制工作技术规范（2020年版）》执行。\n"
     "审核：王建国（科长） 2025年9月19日",
     [("LOCATION", ["凉山彝族自治州"]), ("LOCATION", ["西昌市"]), ("DATE", ["2025年9月18日"]), ("ID", ["XC-TB-2025-0417"]),
      ("NAME", ["沙马阿果"]),
      ("NAME", ["李志强"]), ("NAME", ["吉克伍沙"]), ("ID", ["513401198704120316"]), ("PHONE", ["138 8147 2290"]),
      ("LOCATION", ["安宁镇"]), ("ADDRESS", ["民主村3组27号"]), ("LOCATION", ["攀枝花市"]), ("LOCATION", ["仁和区"]),
      ("DATE", ["2025年9月10日"]), ("HOSPITAL", ["凉山州第一人民医院"]), ("NAME", ["吉克阿牛"]), ("DATE", ["7月底"]),
      ("DATE", ["火把节"]), ("DATE", ["8月中旬"]), ("NAME", ["阿说木呷"]), ("NAME", ["吉克拉哈"]), ("NAME", ["吉克莫色"]),
      ("NAME", ["曲比日火"]), ("HOSPITAL", ["州一医院"]), ("LOCATION", ["西昌市第七小学"]), ("NAME", ["马秀英"]),
      ("PHONE", ["0834-3228517"]), ("LOCATION", ["四川华驰建筑公司"]), ("HANDLE", ["ashuo_mujia88"]),
      ("NAME", ["王建国"]), ("DATE", ["2025年9月19日"])],
     ["涂阳肺结核", "痰涂片 2+", "GeneXpert MTB/RIF", "利福平耐药未检出", "右上肺空洞", "2HRZE/4HR", "PPD 18×20 mm",
      "3HP", "IGRA 阳性", "右肺门淋巴结肿大", "陈旧钙化灶", "《中国结核病预防控制工作技术规范（2020年版）》"]),

    # 5 - Australia, Far North Queensland (Cairns): sexual health clinic note, gonorrhoea and secondary syphilis
    ("Cairns Sexual Health Service\n"
     "Cairns North Community Health Facility, 381 Sheridan Street, Cairns North QLD 4870 | (07) 4226 4769\n"
     "CLINICAL NOTE | 02/10/2025 | walk-in | Clinician: Dr Anjali Selvaraj | RN: Hayley Jardine\n"
     "Client: Joshua Rainbird | DOB 22/04/2001 | Medicare 2953 18477 1 | URN CSH-774120 | mob 0412 508 377\n"
     "Lives in Gordonvale with his aunty; deckhand with Coral Drift Cruises out of Port Douglas. Identifies as "
     "Torres Strait Islander; family on Thursday Island. Consents to SMS results.\n"
     "\n"
     "PC: 4/7 dysuria and creamy urethral discharge. 2/52 non-itchy rash on palms and trunk, sore throat.\n"
     "Sexual hx: MSM, 3 male partners in last 3 months, all via Grindr; receptive and insertive anal, condoms "
     "'sometimes'. Regular: Tane, lives at Yorkeys Knob. Casual: 'Dusty', met at Port Douglas, no surname or number. "
     "Last HIV test negative (at Mount Isa, before the rodeo).\n"
     "O/E: purulent meatal discharge. Maculopapular rash palms and soles, condylomata lata perianally, snail-track "
     "ulcers on the palate. Inguinal nodes rubbery. No neuro or eye signs.\n"
     "Ix: urethral Gram stain - Gram-negative intracellular diplococci. NAAT (urine, throat, rectal) sent. RPR 1:32, "
     "TPPA reactive (point-of-care positive). HIV Ag/Ab negative. eGFR >90, HBsAb 4 IU/L.\n"
     "Imp: urethral gonorrhoea; secondary syphilis.\n"
     "Rx (per the Australian STI Management Guidelines): ceftriaxone 500 mg IM + azithromycin 1 g PO stat; Bicillin "
     "L-A 2.4 MU IM stat. Warned about the Jarisch-Herxheimer reaction. Hep B vaccine dose 1. Start PrEP - Truvada "
     "(generic) 1 daily, 3 months supply.\n"
     "Contact tracing: notifiable - Cairns Public Health Unit informed. Tane to attend tomorrow; 'Dusty' via the Let "
     "Them Know anonymous SMS. Look-back 6 months for syphilis.\n"
     "F/U: test of cure 16/10/2025; RPR at 3, 6, 12 months; PrEP review at 3/12.\n"
     "Dr Anjali Selvaraj, Sexual Health Physician | AHPRA MED0001827364",
     [("HOSPITAL", ["Cairns Sexual Health Service"]), ("HOSPITAL", ["Cairns North Community Health Facility"]),
      ("ADDRESS", ["381 Sheridan Street"]), ("LOCATION", ["Cairns North"]), ("POSTCODE", ["4870"]),
      ("PHONE", ["(07) 4226 4769"]), ("DATE", ["02/10/2025"]), ("NAME", ["Anjali", "Selvaraj"]),
      ("NAME", ["Hayley", "Jardine"]), ("NAME", ["Joshua", "Rainbird"]), ("DATE", ["22/04/2001"]),
      ("ID", ["2953 18477 1"]), ("MRN", ["CSH-774120"]), ("PHONE", ["0412 508 377"]), ("LOCATION", ["Gordonvale"]),
      ("LOCATION", ["Coral Drift Cruises"]), ("LOCATION", ["Port Douglas"]), ("LOCATION", ["Thursday Island"]),
      ("NAME", ["Tane"]), ("LOCATION", ["Yorkeys Knob"]), ("NAME", ["Dusty"]), ("LOCATION", ["Mount Isa"]),
      ("HOSPITAL", ["Cairns Public Health Unit"]), ("DATE", ["16/10/2025"]), ("LICENCE", ["MED0001827364"])],
     ["4/7 dysuria", "2/52", "condylomata lata", "snail-track ulcers", "Gram-negative intracellular diplococci",
      "RPR 1:32", "TPPA reactive", "HIV Ag/Ab negative", "HBsAb 4 IU/L", "secondary syphilis",
      "Australian STI Management Guidelines", "ceftriaxone 500 mg IM", "Bicillin L-A 2.4 MU IM",
      "Jarisch-Herxheimer reaction", "Truvada", "3/12"]),

    # 6 - Japan, Akita (Senboku, Daisen): memory clinic letter for a woman aged 92
    ("診療情報提供書（もの忘れ外来より）\n"
     "令和7年10月6日\n"
     "角館さくら内科医院 院長 佐々木 信一郎 先生 御机下\n"
     "秋田県立リハビリテーション・精神医療センター もの忘れ外来\n"
     "〒019-2413 秋田県大仙市協和上淀川字五百刈田352 電話 018-892-3751\n"
     "医師 小野寺 玲奈\n"
     "\n"
     "患者氏名：高橋 キヨ 様 女性 昭和8年3月15日生（92歳）\n"
     "住所：秋田県仙北市角館町岩瀬町17 ／ 介護保険被保険者番号 0512348790\n"
     "\n"
     "平素より大変お世話になっております。ご紹介いただきました上記患者様、令和7年9月22日に当外来を初診され、"
     "本日結果をご説明いたしましたのでご報告申し上げます。\n"
     "【病歴】同居の長女 美智子様（電話 0187-54-2217）によりますと、令和6年11月頃から同じことを何度も尋ねるように"
     "なり、今年のお盆には親戚の名前が出てこず、鍋を焦がすことが増えたとのことです。昭和28年から38年間、角館小学校の教員"
     "として勤務され、退職後も書道教室を開いておられました。\n"
     "【既往歴】高血圧（平成15年より）、右大腿骨頸部骨折（平成30年、仙北組合総合病院にて人工骨頭置換術）。\n"
     "【検査】MMSE 19/30（遅延再生 0/3）、HDS-R 16/30、時計描画テスト 2/5。頭部MRI：VSRAD Zスコア 2.3、両側海馬の萎縮。"
     "脳血流SPECT（eZIS）：後部帯状回・楔前部の血流低下。血液検査でビタミンB12、甲状腺機能は正常範囲。\n"
     "【診断】アルツハイマー型認知症（NIA-AA基準による probable AD）、FAST 4 相当。\n"
     "【処方】ドネペジル（アリセプト）3 mg 1日1回朝食後より開始し、2週間後に5 mgへ増量予定です。消化器症状にご留意ください。\n"
     "【生活】要介護認定の区分変更を申請中。長男 高橋 健一様（秋田市在住）宅でお正月を過ごされる予定とのことで、"
     "環境変化によるBPSDにご注意いただけますと幸いです。\n"
     "次回当外来受診は令和8年1月13日（火）を予定しております。\n"
     "今後ともよろしくお願い申し上げます。",
     [("DATE", ["令和7年10月6日"]), ("HOSPITAL", ["角館さくら内科医院"]), ("NAME", ["佐々木 信一郎"]),
      ("HOSPITAL", ["秋田県立リハビリテーション・精神医療センター"]), ("POSTCODE", ["019-2413"]),
      ("LOCATION", ["大仙市"]), ("ADDRESS", ["協和上淀川字五百刈田352"]), ("PHONE", ["018-892-3751"]),
      ("NAME", ["小野寺 玲奈"]), ("NAME", ["高橋", "キヨ"]), ("DATE", ["昭和8年3月15日"]), ("AGE", ["92歳"]),
      ("LOCATION", ["仙北市"]), ("LOCATION", ["角館町"]), ("ADDRESS", ["岩瀬町17"]), ("ID", ["0512348790"]),
      ("DATE", ["令和7年9月22日"]), ("NAME", ["美智子"]), ("PHONE", ["0187-54-2217"]), ("DATE", ["令和6年11月"]),
      ("DATE", ["お盆"]), ("DATE", ["昭和28年"]), ("LOCATION", ["角館小学校"]), ("DATE", ["平成15年"]),
      ("DATE", ["平成30年"]), ("HOSPITAL", ["仙北組合総合病院"]), ("NAME", ["健一"]), ("LOCATION", ["秋田市"]),
      ("DATE", ["お正月"]), ("DATE", ["令和8年1月13日（火）"])],
     ["MMSE 19/30", "遅延再生 0/3", "HDS-R 16/30", "時計描画テスト 2/5", "VSRAD Zスコア 2.3", "両側海馬の萎縮", "eZIS",
      "アルツハイマー型認知症", "NIA-AA基準", "FAST 4", "ドネペジル（アリセプト）3 mg", "人工骨頭置換術", "BPSD"]),

    # 7 - United Arab Emirates, Abu Dhabi (Mussafah, Das Island): annual commercial diver fitness examination
    ("AL FALAJ OCCUPATIONAL HEALTH CLINIC - Mussafah M-37, Abu Dhabi | +971 2 555 0186 | divemed@alfalaj-ohc.ae\n"
     "ANNUAL FITNESS TO DIVE - COMMERCIAL DIVER (surface-supplied / saturation)\n"
     "Date of exam: Wednesday 12 November 2025 (21 Jumada al-Ula 1447 AH) | Certificate no. AFOHC-DIV-25-30418\n"
     "Diver: Mr. Joel Sandoval Macaraeg | M | DOB 03/08/1986 | Emirates ID 784-1986-4729351-7 | Passport P4821739B\n"
     "Employer: Gulf Subsea Contracting LLC - saturation team, Das Island and the Ruwais field\n"
     "Next of kin: wife Maricel Macaraeg, Camiling, Tarlac, Philippines, +63 917 555 2840\n"
     "Holds an HSE (UK) Closed Bell certificate; examined under the Diving at Work Regulations 1997 (AMED standard) "
     "and the DMAC 11 guidance.\n"
     "\n"
     "Diving history: 14 yrs, ~2,100 dives, 11 saturations. One episode of type I DCS (cutis marmorata over the "
     "trunk) after a saturation decompression during Ramadan, treated with Table 6 at the chamber on Das Island, full "
     "recovery. No barotrauma, no loss of consciousness in the water.\n"
     "\n"
     "Exam:\n"
     "Ht 176 cm | Wt 88 kg | BMI 28.4 | BP 128/80 | HR 64 reg\n"
     "Ears: TMs intact, mobile on Valsalva both sides. Audiogram: 4 kHz notch 35 dB L, unchanged.\n"
     "Vision: 6/6 R and L uncorrected; colour normal (Ishihara 17/17).\n"
     "Chest: clear. Spirometry FEV1 4.12 L (102%), FVC 5.08 L, FEV1/FVC 0.81.\n"
     "Exercise: Chester step test, est. VO2max 44 mL/kg/min.\n"
     "Neuro: Romberg and sharpened Romberg normal. Dental: sound, no loose crowns.\n"
     "ECG: sinus rhythm, normal. HbA1c 5.6%. Long-bone survey (last in Sharjah): no dysbaric osteonecrosis.\n"
     "\n"
     "Outcome: FIT for commercial diving including saturation. Advised weight reduction. Valid to 11/11/2026.\n"
     "Company car for return to site: Abu Dhabi 7 48213.\n"
     "Examiner: Dr. Farhan Siddiqui-Al Mazrouei, Approved Medical Examiner of Divers | DOH licence GP47219",
     [("HOSPITAL", ["AL FALAJ OCCUPATIONAL HEALTH CLINIC"]), ("ADDRESS", ["Mussafah M-37"]), ("LOCATION",
      ["Abu Dhabi"]),
      ("PHONE", ["+971 2 555 0186"]), ("EMAIL", ["divemed@alfalaj-ohc.ae"]), ("DATE", ["Wednesday 12 November 2025"]),
      ("DATE", ["21 Jumada al-Ula 1447 AH"]), ("ID", ["AFOHC-DIV-25-30418"]), ("NAME", ["Joel", "Sandoval",
      "Macaraeg"]),
      ("DATE", ["03/08/1986"]), ("ID", ["784-1986-4729351-7"]), ("ID", ["P4821739B"]),
      ("LOCATION", ["Gulf Subsea Contracting LLC"]), ("LOCATION", ["Das Island"]), ("LOCATION", ["Ruwais"]),
      ("NAME", ["Maricel"]), ("LOCATION", ["Camiling"]), ("LOCATION", ["Tarlac"]), ("PHONE", ["+63 917 555 2840"]),
      ("DATE", ["Ramadan"]), ("LOCATION", ["Sharjah"]), ("DATE", ["11/11/2026"]), ("PLATE", ["Abu Dhabi 7 48213"]),
      ("NAME", ["Farhan", "Siddiqui-Al Mazrouei"]), ("LICENCE", ["GP47219"])],
     ["Diving at Work Regulations 1997", "DMAC 11", "type I DCS", "cutis marmorata", "Table 6", "BMI 28.4",
      "Valsalva", "6/6", "Ishihara 17/17", "FEV1/FVC 0.81", "Chester step test", "VO2max 44 mL/kg/min",
      "sharpened Romberg", "HbA1c 5.6%", "dysbaric osteonecrosis"]),

    # 8 - Jordan, Irbid (Arabic): haemodialysis unit incident report, needle dislodgement
    ("مستشفى الأميرة بسمة التعليمي - إربد\n"
     "وحدة غسيل الكلى - تقرير حادث عارض\n"
     "التاريخ: الأحد 13 ربيع الآخر 1447 هـ الموافق 5 تشرين الأول 2025 | رقم التقرير: IR-DU-2025-0192\n"
     "المريض: سليمان محمود الزعبي | ذكر | 58 سنة | الرقم الوطني 9671023845 | رقم الملف 448172\n"
     "العنوان: الحصن، شارع الملك عبدالله الثاني، قرب مسجد الحصن الكبير | هاتف الابن أحمد: 0795 482 106\n"
     "يعمل سائق حافلة مدرسية لدى مدارس النظم الحديثة في إربد.\n"
     "\n"
     "التشخيص: فشل كلوي مزمن بالمرحلة الخامسة (CKD G5D) بسبب اعتلال الكلية السكري، غسيل ثلاث مرات أسبوعياً عبر ناسور "
     "شرياني وريدي في الساعد الأيسر. Kt/V 1.3، URR 68%.\n"
     "\n"
     "تسلسل الحادث:\n"
     "08:10 | بدء الجلسة على الجهاز رقم 7 (Fresenius 5008S، الرقم التسلسلي 5KAS2781)، هيبارين 5000 وحدة | ر.ع\n"
     "10:25 | إنذار ضغط وريدي منخفض؛ وُجدت الإبرة الشريانية منزاحة تحت الغطاء، دم على الفراش | ر.ع\n"
     "10:27 | إيقاف المضخة، ضغط موضعي، إبلاغ الطبيب المناوب د. هاني الخطيب | ر.ع\n"
     "10:35 | ضغط الدم 86/50، النبض 118، فقد دم مقدّر 350 مل؛ محلول ملحي 250 مل | هـ.خ\n"
     "11:10 | الهيموغلوبين 8.1 غ/دل (كان 10.2)؛ طلب وحدتي دم | هـ.خ\n"
     "12:40 | نُقل إلى مستشفى الملك عبدالله المؤسس الجامعي لتقييم الناسور بالدوبلر\n"
     "\n"
     "العوامل المساهمة: المريض مضطرب ويحك ذراعه، تثبيت الإبرة بشريط واحد، الذراع مغطاة ببطانية، ممرضة واحدة لأربعة "
     "مرضى.\n"
     "آخر نقل دم كان قبل عيد الأضحى. تلقّى Venofer 100 ملغ الأسبوع الماضي.\n"
     "الإجراءات: تثبيت الإبر بطريقة الشريط المتقاطع وإبقاء موضع الوصول مكشوفاً حسب إرشادات KDOQI 2019 للوصول الوعائي؛ "
     "تدريب الطاقم.\n"
     "الممرضة المسؤولة: رنا العمري (ر.ع) | رئيسة الوحدة: د. ليلى بني هاني | رقم نقابة الأطباء 21847",
     [("HOSPITAL", ["مستشفى الأميرة بسمة التعليمي"]), ("LOCATION", ["إربد"]), ("DATE", ["الأحد 13 ربيع الآخر 1447 هـ"]),
      ("DATE", ["5 تشرين الأول 2025"]), ("ID", ["IR-DU-2025-0192"]), ("NAME", ["سليمان", "محمود", "الزعبي"]),
      ("ID", ["9671023845"]), ("MRN", ["448172"]), ("LOCATION", ["الحصن"]), ("ADDRESS", ["شارع الملك عبدالله الثاني"]),
      ("LOCATION", ["مسجد الحصن الكبير"]), ("NAME", ["أحمد"]), ("PHONE", ["0795 482 106"]),
      ("LOCATION", ["مدارس النظم الحديثة"]), ("SERIAL", ["5KAS2781"]), ("NAME", ["ر.ع"]), ("NAME", ["هاني", "الخطيب"]),
      ("NAME", ["هـ.خ"]), ("HOSPITAL", ["مستشفى الملك عبدالله المؤسس الجامعي"]), ("DATE", ["عيد الأضحى"]),
      ("NAME", ["رنا", "العمري"]), ("NAME", ["ليلى", "بني هاني"]), ("LICENCE", ["21847"])],
     ["CKD G5D", "اعتلال الكلية السكري", "ناسور شرياني وريدي", "Kt/V 1.3", "URR 68%", "Fresenius 5008S",
      "هيبارين 5000 وحدة", "86/50", "8.1 غ/دل", "Venofer 100 ملغ", "إرشادات KDOQI 2019"]),

    # 9 - New Zealand, Otago (Dunedin, Mosgiel): phase II cardiac rehabilitation record
    ("Te Whatu Ora - Southern | Dunedin Hospital Cardiac Rehabilitation\n"
     "201 Great King Street, Dunedin 9016 | ph 03 470 9622\n"
     "PHASE II OUTPATIENT CARDIAC REHAB RECORD\n"
     "Name: Murray Tuhiwai-Pettigrew | NHI PKR4182 | DOB 11/01/1961 | 64 M\n"
     "Address: 8 Gordon Road, Mosgiel 9024 | home 03 489 2271 | wife June (cell 027 555 6184)\n"
     "GP: Dr Bronwyn Aitken, Silverstream Health Centre | Cardiologist: Dr Ravindra Nadkarni\n"
     "Event: NSTEMI 28/07/2025; PCI to proximal LAD (Xience Skypoint 3.0 x 28 mm). Echo EF 45%, inferior "
     "hypokinesis. Canadian Cardiovascular Society class I angina since.\n"
     "Risk factors: ex-smoker (quit at Matariki, 40 pack-years), T2DM (HbA1c 58 mmol/mol), LDL 1.6 mmol/L on "
     "atorvastatin 80 mg. Ticagrelor (Brilinta) 90 mg bd + aspirin 100 mg until 28/07 next year, then aspirin alone.\n"
     "Work: slaughterman at the Finegand freezing works; off work, wants to go back on light duties.\n"
     "\n"
     "Wk | Date | Rest HR / BP | Exercise | Peak Borg RPE | Notes | Staff\n"
     "1 | 04/09 | 68 / 132/78 | 6MWT 412 m, then bike 10 min | 13 | anxious about chest tightness | TR\n"
     "2 | 11/09 | 64 / 128/76 | circuit 2 x 8 stations | 12 | GTN not needed | TR\n"
     "3 | 18/09 | 70 / 140/82 | circuit + treadmill 3.5 km/h | 14 | skipped breakfast, BGL 4.1 - juice given | GF\n"
     "4 | 25/09 | 62 / 124/74 | circuit + treadmill 4.5 km/h | 13 | good | TR\n"
     "6 | 09/10 | 60 / 120/72 | 6MWT 498 m | 12 | discharge assessment | GF\n"
     "\n"
     "HADS anxiety 9/21 -> 5/21, depression 6/21 -> 3/21. Duke Activity Status Index 34.2. Attends the men's group at "
     "St Mark's Anglican Church in Mosgiel on Thursdays. Plans to ride the Otago Central Rail Trail with his brother "
     "Keith by Waitangi Day.\n"
     "Graduated from phase II. Referred to phase III at the Mosgiel Pool gym.\n"
     "Tama Ruatapu (TR), Physiotherapist, reg. 71943 | Gillian Forsyth (GF), Cardiac CNS",
     [("HOSPITAL", ["Dunedin Hospital"]), ("ADDRESS", ["201 Great King Street"]), ("LOCATION", ["Dunedin"]),
      ("POSTCODE", ["9016"]), ("PHONE", ["03 470 9622"]), ("NAME", ["Murray", "Tuhiwai-Pettigrew"]),
      ("ID", ["PKR4182"]), ("DATE", ["11/01/1961"]), ("ADDRESS", ["8 Gordon Road"]), ("LOCATION", ["Mosgiel"]),
      ("POSTCODE", ["9024"]), ("PHONE", ["03 489 2271"]), ("NAME", ["June"]), ("PHONE", ["027 555 6184"]),
      ("NAME", ["Bronwyn", "Aitken"]), ("HOSPITAL", ["Silverstream Health Centre"]), ("NAME", ["Ravindra", "Nadkarni"]),
      ("DATE", ["28/07/2025"]), ("DATE", ["Matariki"]), ("DATE", ["28/07"]), ("LOCATION", ["Finegand"]),
      ("DATE", ["04/09"]), ("NAME", ["TR"]), ("DATE", ["11/09"]), ("DATE", ["18/09"]), ("NAME", ["GF"]),
      ("DATE", ["25/09"]), ("DATE", ["09/10"]), ("LOCATION", ["St Mark's Anglican Church"]), ("NAME", ["Keith"]),
      ("DATE", ["Waitangi Day"]), ("LOCATION", ["Mosgiel Pool"]), ("NAME", ["Tama", "Ruatapu"]), ("LICENCE", ["71943"]),
      ("NAME", ["Gillian", "Forsyth"])],
     ["NSTEMI", "Xience Skypoint 3.0 x 28 mm", "EF 45%", "Canadian Cardiovascular Society class I",
      "HbA1c 58 mmol/mol", "LDL 1.6 mmol/L", "Ticagrelor (Brilinta) 90 mg bd", "6MWT 412 m", "Borg RPE",
      "132/78", "BGL 4.1", "HADS anxiety 9/21", "Duke Activity Status Index 34.2", "GTN"]),

    # 10 - Austria, Tyrol (Sölden, Kössen; German): mountain rescue casualty card
    ("ÖSTERREICHISCHER BERGRETTUNGSDIENST - Land Tirol, Ortsstelle Sölden\n"
     "EINSATZPROTOKOLL / PATIENTENKARTE | Einsatz-Nr. BR-T-25-0418\n"
     "Datum: Sa., 16.08.2025 (Tag nach Mariä Himmelfahrt) | Alarmierung 14:12 über Leitstelle Tirol\n"
     "Einsatzort: Reinhard-Schiestl-Klettersteig, Einstieg unterhalb der Gaislachkogl-Bergstation, ca. 2.900 m\n"
     "Patient: Matthias Oberhollenzer | m | geb. 17.03.1992 | SVNR 4829 170392\n"
     "Wohnhaft: Dorfstraße 12, 6345 Kössen | Zimmerer bei Holzbau Kröll, Mayrhofen | Pkw am Parkplatz: KU-482 MH\n"
     "Begleitung: Kletterpartnerin Verena Schwaighofer, Tel. +43 664 1827 395\n"
     "\n"
     "Hergang: Sturz ca. 8 m ins Blockgelände beim Umhängen, Helm getragen, kein Bewusstseinsverlust.\n"
     "\n"
     "Zeit | GCS | HF | RR | SpO2 | NRS | Maßnahme | Kürzel\n"
     "14:41 | 15 | 112 | 105/70 | 93 % | 8 | Erstkontakt, Wärmeerhalt (Rettungsdecke, Hot Pack) | JR\n"
     "14:48 | 15 | 108 | 110/72 | 97 % (O2 6 l) | 8 | Vakuummatratze, SAM Pelvic Sling | JR\n"
     "14:55 | 15 | 96 | 115/75 | 98 % | 4 | Methoxyfluran (Penthrox) 3 ml inhalativ | MW\n"
     "15:07 | 14 | 100 | 110/70 | 97 % | 3 | Übergabe an Notarzthubschrauber (OE-XEJ), Taubergung | MW\n"
     "\n"
     "Befund: V.a. Beckenfraktur (Beckenkompression schmerzhaft), offene Unterschenkelfraktur rechts "
     "(Gustilo-Anderson II), Schürfwunden. Kältezittern, Kerntemperatur nicht gemessen - Hypothermie Stadium I "
     "nach der Schweizer Klassifikation. NACA-Score IV.\n"
     "Zielklinik: Klinik Innsbruck, Schockraum; Alternativ Krankenhaus St. Vinzenz Zams.\n"
     "Einsatzleiter: Josef Riml (JR) | Bergretter: Markus Wechselberger (MW) | Einsatzarzt: Dr. Kathrin "
     "Scheiber-Pfurtscheller\n"
     "Ende des Einsatzes 16:30, Material zurück in die Ortsstelle.",
     [("LOCATION", ["Sölden"]), ("ID", ["BR-T-25-0418"]), ("DATE", ["Sa., 16.08.2025"]), ("DATE",
      ["Mariä Himmelfahrt"]),
      ("LOCATION", ["Reinhard-Schiestl-Klettersteig"]), ("LOCATION", ["Gaislachkogl"]),
      ("NAME", ["Matthias", "Oberhollenzer"]), ("DATE", ["17.03.1992"]), ("ID", ["4829 170392"]),
      ("ADDRESS", ["Dorfstraße 12"]), ("POSTCODE", ["6345"]), ("LOCATION", ["Kössen"]), ("LOCATION", ["Holzbau Kröll"]),
      ("LOCATION", ["Mayrhofen"]), ("PLATE", ["KU-482 MH"]), ("NAME", ["Verena", "Schwaighofer"]),
      ("PHONE", ["+43 664 1827 395"]), ("NAME", ["JR"]), ("NAME", ["MW"]), ("PLATE", ["OE-XEJ"]),
      ("HOSPITAL", ["Klinik Innsbruck"]), ("HOSPITAL", ["Krankenhaus St. Vinzenz Zams"]), ("NAME", ["Josef", "Riml"]),
      ("NAME", ["Markus", "Wechselberger"]), ("NAME", ["Kathrin", "Scheiber-Pfurtscheller"])],
     ["SAM Pelvic Sling", "Methoxyfluran (Penthrox) 3 ml", "Beckenfraktur", "Gustilo-Anderson II",
      "Hypothermie Stadium I", "Schweizer Klassifikation", "NACA-Score IV", "105/70", "Vakuummatratze"]),

    # 11 - Ghana, Northern Region (Tamale): school HPV and Td immunisation record
    ("GHANA HEALTH SERVICE - Tamale Metropolitan Health Directorate\n"
     "School Health Education Programme (SHEP) | SCHOOL IMMUNISATION RECORD\n"
     "Campaign: HPV vaccine (Gardasil, single dose) for girls 9-14 y + Td booster\n"
     "School: Choggu Yapalsi M/A Primary and JHS, Tamale | Date: Tuesday 07/10/2025\n"
     "Team: CHN Fuseini Abdul-Rahaman (FA), CHN Mercy Dapaah (MD), Disease Control Officer Mr. Yakubu Sayibu\n"
     "\n"
     "No | Name | DOB | Class | NHIS no. | Vaccine | Site | Guardian / phone | Vacc.\n"
     "1 | Abiba Sulemana | 14/03/2015 | B5 | 18472930 | HPV + Td | L deltoid / R deltoid | Sulemana Alhassan "
     "024 418 7302 | FA\n"
     "2 | Wumpini Blessing Iddrisu | 02/11/2013 | JHS1 | 20918364 | HPV | L deltoid | Hajia Memunatu Iddrisu "
     "055 902 6417 | FA\n"
     "3 | Fati Alhassan | 27/06/2012 | JHS2 | 17730291 | HPV + Td | L deltoid / R deltoid | Alhassan Mahamadu "
     "020 771 3854 | MD\n"
     "4 | Rahinatu Issahaku | 19/08/2014 | B6 | - | deferred | - | Issahaku Abdulai 024 663 0195 | MD\n"
     "5 | Sunday Ayishetu Mahama | 08/01/2016 | B4 | 21490057 | HPV | L deltoid | Mma Hawa 059 118 4726 | FA\n"
     "\n"
     "Remarks:\n"
     "- No 3 (Fati) fainted about 5 min after the dose: syncope, pulse 58 then 84 after lying flat with legs raised, "
     "recovered in 10 min. Brighton Collaboration level 1 for syncope not met (no injury, no seizure). AEFI form "
     "GHS-AEFI-TML-25-014 filled; mother informed.\n"
     "- No 4 deferred: temp 38.6, cough; referred to Tamale Central Hospital. Mop-up on the Monday after the Damba "
     "festival.\n"
     "- Consent forms from parents; 3 parents declined (vaccine rumours at the Friday mosque) - Imam of the Choggu "
     "Central Mosque to be engaged.\n"
     "- Storage: vaccine carrier 2-8 C, VVM stage 1 throughout.\n"
     "Under the Public Health Act, 2012 (Act 851). Head teacher: Mr. Iddrisu Mahama-Tia | SHEP coordinator: Madam "
     "Comfort Ayamga (0244 810 562)",
     [("LOCATION", ["Tamale"]), ("LOCATION", ["Choggu Yapalsi M/A Primary and JHS"]), ("DATE", ["Tuesday 07/10/2025"]),
      ("NAME", ["Fuseini", "Abdul-Rahaman"]), ("NAME", ["FA"]), ("NAME", ["Mercy", "Dapaah"]), ("NAME", ["MD"]),
      ("NAME", ["Yakubu", "Sayibu"]), ("NAME", ["Abiba", "Sulemana"]), ("DATE", ["14/03/2015"]), ("ID", ["18472930"]),
      ("NAME", ["Alhassan"]), ("PHONE", ["024 418 7302"]), ("NAME", ["Wumpini", "Blessing", "Iddrisu"]),
      ("DATE", ["02/11/2013"]), ("ID", ["20918364"]), ("NAME", ["Memunatu"]), ("PHONE", ["055 902 6417"]),
      ("NAME", ["Fati"]), ("DATE", ["27/06/2012"]), ("ID", ["17730291"]), ("NAME", ["Mahamadu"]),
      ("PHONE", ["020 771 3854"]), ("NAME", ["Rahinatu", "Issahaku"]), ("DATE", ["19/08/2014"]), ("NAME", ["Abdulai"]),
      ("PHONE", ["024 663 0195"]), ("NAME", ["Sunday", "Ayishetu", "Mahama"]), ("DATE", ["08/01/2016"]),
      ("ID", ["21490057"]), ("NAME", ["Hawa"]), ("PHONE", ["059 118 4726"]), ("ID", ["GHS-AEFI-TML-25-014"]),
      ("HOSPITAL", ["Tamale Central Hospital"]), ("DATE", ["Damba festival"]), ("LOCATION", ["Choggu Central Mosque"]),
      ("NAME", ["Iddrisu", "Mahama-Tia"]), ("NAME", ["Comfort", "Ayamga"]), ("PHONE", ["0244 810 562"])],
     ["Gardasil", "Td booster", "syncope", "Brighton Collaboration level 1", "temp 38.6", "2-8 C", "VVM stage 1",
      "Public Health Act, 2012 (Act 851)", "HPV + Td"]),

    # 12 - Greece, Crete (Heraklion, Archanes; Greek script): palliative syringe-driver chart, woman aged 93
    ("ΒΕΝΙΖΕΛΕΙΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΗΡΑΚΛΕΙΟΥ - Μονάδα Ανακουφιστικής Φροντίδας, κατ' οίκον νοσηλεία\n"
     "ΔΙΑΓΡΑΜΜΑ ΣΥΝΕΧΟΥΣ ΥΠΟΔΟΡΙΑΣ ΕΓΧΥΣΗΣ (SYRINGE DRIVER)\n"
     "Ασθενής: Ευτυχία Μαυρογιαννάκη του Ζαχαρία | 93 ετών | γεν. 11/02/1932 | ΑΜΚΑ 11023201871\n"
     "Διεύθυνση: Καπετάν Μιχάλη 9, 701 00 Αρχάνες | Γιος Γιώργος, τηλ. 697 418 2290\n"
     "Διάγνωση: καρκίνος κεφαλής παγκρέατος σταδίου IV (T4N1M1), ηπατικές μεταστάσεις. PPS 20%. Ενημέρωση για "
     "τη διάγνωση από τον Οκτώβριο.\n"
     "Αντλία: CME T34, αρ. σειράς 100-48217\n"
     "Σύριγγα 24ώρου: Μορφίνη 20 mg + Μιδαζολάμη 10 mg + Buscopan (βουτυλβρωμιούχος υοσκίνη) 60 mg, NaCl 0,9% έως "
     "17 ml, ρυθμός 0,71 ml/h.\n"
     "\n"
     "Ημ/νία | Ώρα | Υπόλοιπο | Ρυθμός | Σημείο έγχυσης | Μπαταρία | RASS | Υπογραφή\n"
     "21/12 | 10:00 | 17,0 ml | 0,71 ml/h | κοιλιά αρ., καθαρό | 100% | -1 | Ε.Π.\n"
     "21/12 | 14:00 | 14,2 ml | 0,71 ml/h | καθαρό | 92% | -2 | Ε.Π.\n"
     "21/12 | 22:00 | 8,5 ml | 0,71 ml/h | καθαρό | 76% | -2 | Μ.Κ.\n"
     "22/12 | 06:00 | 2,9 ml | 0,71 ml/h | ελαφρά ερυθρότητα | 61% | -2 | Μ.Κ.\n"
     "22/12 | 10:00 | νέα σύριγγα, νέο σημείο: θωρακικό τοίχωμα δεξ. | 0,71 ml/h | - | νέα μπαταρία | -2 | Ε.Π.\n"
     "\n"
     "Επί πλέον δόσεις: 21/12 18:30 μορφίνη 2,5 mg υποδορίως για μορφασμό (Abbey Pain Scale 8, μετά 3) - Μ.Κ.\n"
     "Σημειώσεις: Γεννήθηκε στο Ζαρό, παντρεύτηκε το 1953 και έζησε στις Αρχάνες όλη της τη ζωή. Η εγγονή της "
     "Κατερίνα ήρθε από τη Στουτγάρδη. Ο πατήρ Δημήτριος από τον Άγιο Τίτο ήρθε για ευχέλαιο στις 20 Δεκεμβρίου. "
     "Η οικογένεια θέλει να είναι στο σπίτι τα Χριστούγεννα.\n"
     "Ιατρός: Δρ Νικόλαος Τζαγκαράκης | Αρ. Μητρώου ΙΣΗ 4418 | Νοσηλεύτριες: Ελπίδα Παπαδάκη (Ε.Π.), "
     "Μαρία Κουτεντάκη (Μ.Κ.)",
     [("HOSPITAL", ["ΒΕΝΙΖΕΛΕΙΟ ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΗΡΑΚΛΕΙΟΥ"]), ("NAME", ["Ευτυχία", "Μαυρογιαννάκη"]),
      ("NAME", ["Ζαχαρία"]), ("AGE", ["93 ετών"]), ("DATE", ["11/02/1932"]), ("ID", ["11023201871"]),
      ("ADDRESS", ["Καπετάν Μιχάλη 9"]), ("POSTCODE", ["701 00"]), ("LOCATION", ["Αρχάνες"]), ("NAME", ["Γιώργος"]),
      ("PHONE", ["697 418 2290"]), ("DATE", ["Οκτώβριο"]), ("SERIAL", ["100-48217"]), ("DATE", ["21/12"]),
      ("NAME", ["Ε.Π."]), ("NAME", ["Μ.Κ."]), ("DATE", ["22/12"]), ("LOCATION", ["Ζαρό"]), ("DATE", ["1953"]),
      ("NAME", ["Κατερίνα"]), ("LOCATION", ["Στουτγάρδη"]), ("NAME", ["Δημήτριος"]), ("LOCATION", ["Άγιο Τίτο"]),
      ("DATE", ["20 Δεκεμβρίου"]), ("DATE", ["Χριστούγεννα"]), ("NAME", ["Νικόλαος", "Τζαγκαράκης"]),
      ("LICENCE", ["4418"]), ("NAME", ["Ελπίδα", "Παπαδάκη"]), ("NAME", ["Μαρία", "Κουτεντάκη"])],
     ["T4N1M1", "PPS 20%", "CME T34", "Μορφίνη 20 mg", "Μιδαζολάμη 10 mg", "Buscopan", "0,71 ml/h",
      "Abbey Pain Scale 8", "ευχέλαιο", "NaCl 0,9%"]),

    # 13 - South Africa, Western Cape (George, Thembalethu): J88 clinical forensic examination after an assault
    ("WESTERN CAPE GOVERNMENT HEALTH - George Regional Hospital, Clinical Forensic Medicine Unit\n"
     "FORM J88 - REPORT BY A MEDICAL PRACTITIONER ON A MEDICO-LEGAL EXAMINATION\n"
     "SAPS station: Thembalethu | CAS 214/09/2025 | Investigating officer: Sgt Lindiwe Mabandla (044 803 4471)\n"
     "Examined: 21/09/2025, 02:35, in the presence of Sister Annelie Vermaak\n"
     "Person examined: Ms Precious Jansen-Mfeketo | F | DOB 14/08/2000 | ID 0008140621080\n"
     "Address: 27 Protea Street, Rosedale, George 6529 (staying with a cousin in Wilderness this month)\n"
     "Occupation: cashier, Shoprite York Street\n"
     "History (patient's own words): assaulted on 20/09/2025 at about 23:00 outside a tavern in Pacaltsdorp by her "
     "ex-boyfriend, known as Lucky Booysen: hit with a metal rod, choked with both hands 'until everything went "
     "black', kicked while on the ground. Drank 2 ciders. No sexual assault alleged.\n"
     "\n"
     "General: alert, GCS 15/15, tearful, smells of alcohol. BP 138/90, HR 104. Hoarse voice; no stridor.\n"
     "Injuries (body diagram attached, 14 photographs with consent):\n"
     "1. Laceration 3.0 x 0.5 cm, left parietal scalp, bruised abraded margins with tissue bridging - blunt force.\n"
     "2. Tramline bruise 12 x 2 cm across the back of the right upper arm - consistent with a rod.\n"
     "3. Four oval fingertip bruises, 1-1.5 cm, anterior neck; petechiae of both conjunctivae and behind the ears - "
     "manual strangulation.\n"
     "4. Bruising of the left ulnar forearm - defence-type injury.\n"
     "5. Shoe-print patterned abrasion, left flank.\n"
     "Urine pregnancy test negative. Blood alcohol kit seal 07DB418273 handed to Sgt Mabandla at 03:20.\n"
     "Treatment: wound glued and steri-stripped; tetanus toxoid 0.5 mL IM; CT neck angiogram requested given the "
     "strangulation with petechiae. Referred to the Thuthuzela-linked social worker and for a protection order under "
     "the Domestic Violence Act 116 of 1998.\n"
     "Conclusion: injuries consistent with the history; the strangulation was potentially life-threatening.\n"
     "I can give evidence by affidavit under s212 of the Criminal Procedure Act 51 of 1977.\n"
     "Dr Hendrik Swanepoel-Ntuli, MBChB | HPCSA MP 0718245 | 21/09/2025",
     [("HOSPITAL", ["George Regional Hospital"]), ("LOCATION", ["Thembalethu"]), ("ID", ["CAS 214/09/2025"]),
      ("NAME", ["Lindiwe", "Mabandla"]), ("PHONE", ["044 803 4471"]), ("DATE", ["21/09/2025"]),
      ("NAME", ["Annelie", "Vermaak"]), ("NAME", ["Precious", "Jansen-Mfeketo"]), ("DATE", ["14/08/2000"]),
      ("ID", ["0008140621080"]), ("ADDRESS", ["27 Protea Street"]), ("LOCATION", ["Rosedale"]), ("LOCATION",
      ["George"]),
      ("POSTCODE", ["6529"]), ("LOCATION", ["Wilderness"]), ("LOCATION", ["Shoprite York Street"]),
      ("DATE", ["20/09/2025"]), ("LOCATION", ["Pacaltsdorp"]), ("NAME", ["Lucky", "Booysen"]),
      ("ID", ["07DB418273"]), ("NAME", ["Hendrik", "Swanepoel-Ntuli"]), ("LICENCE", ["MP 0718245"])],
     ["FORM J88", "GCS 15/15", "BP 138/90", "tissue bridging", "Tramline bruise", "fingertip bruises",
      "petechiae of both conjunctivae", "manual strangulation", "tetanus toxoid 0.5 mL IM", "CT neck angiogram",
      "Domestic Violence Act 116 of 1998", "Criminal Procedure Act 51 of 1977"]),

    # 14 - Israel, Negev (Beersheba, Dimona; Hebrew): diabetic foot wound care log with Hebrew calendar dates
    ("המרכז הרפואי סורוקה, באר שבע - מרפאת פצעים כרוניים\n"
     "יומן טיפול בפצע\n"
     "מטופל: מרדכי בן-שושן | ת.ז. 318462074 | בן 71 | רחוב הרצל 14, דימונה | טל' 08-655-2187\n"
     "בנו אבי: 052-418-3396 | רופאת משפחה: ד\"ר אלה גולדשטיין-עזרא, מרפאת כללית דימונה\n"
     "עבד 30 שנה במפעלי ים המלח; מתפלל בבית הכנסת אוהל משה.\n"
     "אבחנה: כיב כף רגל סוכרתי מתחת לראש מסרק 1 ימין, סיווג University of Texas 2A, SINBAD 3. ABI 0.9. HbA1c 8.9%. "
     "Probe-to-bone שלילי; צילום ללא אוסטאומיאליטיס. תרבית: Pseudomonas aeruginosa, רגישה לציפרופלוקסצין.\n"
     "\n"
     "תאריך | גודל (ס\"מ) | רקמה | הפרשה | טיפול | חותמת\n"
     "כ״ג באלול תשפ״ה (16.9.25) | 3.2×2.1×0.5 | 60% גרנולציה, 40% סלאף | בינונית, ירקרקה | דברידמנט חד, Aquacel Ag, "
     "TCC | ש.ד.\n"
     "ערב ראש השנה - המרפאה סגורה, החלפת חבישה ע\"י אחות קהילה ביתית\n"
     "ז׳ בתשרי תשפ״ו (29.9.25) | 2.6×1.8×0.3 | 80% גרנולציה | מעטה | Aquacel Ag, TCC חדש | ר.א.\n"
     "י״ג בתשרי תשפ״ו (5.10.25) | 2.1×1.5×0.2 | 90% גרנולציה | מעטה | Ciproxin 750 מ\"ג פעמיים ביום הופסק | ש.ד.\n"
     "אחרי סוכות: ביקור כ״ג בתשרי תשפ״ו (15.10.25) | 1.4×1.0×0.1 | גרנולציה מלאה, אפיתל בשוליים | אין | "
     "TCC | ש.ד.\n"
     "\n"
     "הערות: המטופל הסיר את ה-TCC לבד לפני החג כדי ללכת לבית הכנסת; הוסבר שוב. הוזמנה נעל מותאמת דרך מכון אורתופדי "
     "הנגב.\n"
     "אחיות: שירה דהן (ש.ד.), רחל אזולאי (ר.א.) | רופא אחראי: ד\"ר יגאל פרידמן-נסים, מ.ר. 41827",
     [("HOSPITAL", ["המרכז הרפואי סורוקה"]), ("LOCATION", ["באר שבע"]), ("NAME", ["מרדכי", "בן-שושן"]),
      ("ID", ["318462074"]), ("ADDRESS", ["רחוב הרצל 14"]), ("LOCATION", ["דימונה"]), ("PHONE", ["08-655-2187"]),
      ("NAME", ["אבי"]), ("PHONE", ["052-418-3396"]), ("NAME", ["אלה", "גולדשטיין-עזרא"]),
      ("HOSPITAL", ["מרפאת כללית דימונה"]), ("LOCATION", ["מפעלי ים המלח"]), ("LOCATION", ["בית הכנסת אוהל משה"]),
      ("DATE", ["כ״ג באלול תשפ״ה"]), ("DATE", ["16.9.25"]), ("NAME", ["ש.ד."]), ("DATE", ["ערב ראש השנה"]),
      ("DATE", ["ז׳ בתשרי תשפ״ו"]), ("DATE", ["29.9.25"]), ("NAME", ["ר.א."]), ("DATE", ["י״ג בתשרי תשפ״ו"]),
      ("DATE", ["5.10.25"]), ("DATE", ["סוכות"]), ("DATE", ["כ״ג בתשרי תשפ״ו"]), ("DATE", ["15.10.25"]),
      ("HOSPITAL", ["מכון אורתופדי הנגב"]), ("NAME", ["שירה", "דהן"]), ("NAME", ["רחל", "אזולאי"]),
      ("NAME", ["יגאל", "פרידמן-נסים"]), ("LICENCE", ["41827"])],
     ["כיב כף רגל סוכרתי", "University of Texas 2A", "SINBAD 3", "ABI 0.9", "HbA1c 8.9%", "Probe-to-bone שלילי",
      "Pseudomonas aeruginosa", "Aquacel Ag", "TCC", "3.2×2.1×0.5", "Ciproxin 750 מ\"ג"]),

    # 15 - Singapore (Tampines), travel to Peru and Bolivia: pre-travel clinic consultation
    ("Travellers' Health & Vaccination Clinic, Tan Tock Seng Hospital\n"
     "11 Jalan Tan Tock Seng, Singapore 308433 | Tel 6359 6418\n"
     "PRE-TRAVEL CONSULTATION | Mon 03 Nov 2025 | Case no. TH25-118204\n"
     "Name: Lim Wei Ling Sherilyn | F | DOB 21/06/1988 | NRIC S8817423B\n"
     "Address: Blk 418 Tampines Street 41, #07-112, Singapore 520418 | HP 9731 5528 | sherilyn.lim88@gmail.com\n"
     "Occupation: audit manager, Marina Bay Assurance LLP\n"
     "Travelling with: husband Marcus Teo Jun Hao\n"
     "Emergency contact: mother Mdm Goh Siew Khim, 9184 2207\n"
     "\n"
     "Itinerary: depart 28 Nov; Lima -> Cusco (3,400 m, flying in directly) -> Machu Picchu -> Puerto Maldonado "
     "(Tambopata lodge, 5 nights) -> La Paz -> Salar de Uyuni; return 2 Jan, in time for the Chinese New Year "
     "reunion dinner at her in-laws' in Bishan.\n"
     "PMH: nil. G6PD normal. No egg or gelatin allergy. Not pregnant (UPT negative today) but planning after the "
     "trip. Previous: JE vaccine (Ixiaro) x2 and Hep A x1 before a Lombok trip.\n"
     "\n"
     "Advice and vaccines given today:\n"
     "- Yellow fever: Stamaril 0.5 mL SC, L arm. ICVP issued (valid for life under the IHR (2005)). Avoid conception "
     "for 4 weeks.\n"
     "- Typhoid: Typhim Vi 0.5 mL IM.\n"
     "- Hep A: Havrix 1440 booster.\n"
     "- Rabies PrEP: Verorab day 0 today, day 7 on 10/11 (SN Rohani bte Ismail).\n"
     "- Malaria (Puerto Maldonado): atovaquone-proguanil (Malarone) 1 tab daily, 1 day before to 7 days after.\n"
     "- Altitude: acetazolamide 125 mg bd from the day before Cusco; Lake Louise AMS score explained; descend if "
     "worsening.\n"
     "- Travellers' diarrhoea: stand-by azithromycin 1 g single dose.\n"
     "- Dengue, Oropouche and insect-bite avoidance (DEET 30%).\n"
     "Dr Ng Hui Min Charmaine, Travel Medicine | SMC M71842K",
     [("HOSPITAL", ["Tan Tock Seng Hospital"]), ("ADDRESS", ["11 Jalan Tan Tock Seng"]), ("POSTCODE", ["308433"]),
      ("PHONE", ["6359 6418"]), ("DATE", ["Mon 03 Nov 2025"]), ("ID", ["TH25-118204"]),
      ("NAME", ["Lim", "Wei Ling", "Sherilyn"]), ("DATE", ["21/06/1988"]), ("ID", ["S8817423B"]),
      ("ADDRESS", ["Blk 418 Tampines Street 41, #07-112"]), ("POSTCODE", ["520418"]), ("PHONE", ["9731 5528"]),
      ("EMAIL", ["sherilyn.lim88@gmail.com"]), ("LOCATION", ["Marina Bay Assurance LLP"]),
      ("NAME", ["Marcus", "Teo Jun Hao"]), ("NAME", ["Goh Siew Khim"]), ("PHONE", ["9184 2207"]), ("DATE", ["28 Nov"]),
      ("LOCATION", ["Lima"]), ("LOCATION", ["Cusco"]), ("LOCATION", ["Machu Picchu"]),
      ("LOCATION", ["Puerto Maldonado"]), ("LOCATION", ["Tambopata"]), ("LOCATION", ["La Paz"]),
      ("LOCATION", ["Salar de Uyuni"]), ("DATE", ["2 Jan"]), ("DATE", ["Chinese New Year"]), ("LOCATION", ["Bishan"]),
      ("LOCATION", ["Lombok"]), ("DATE", ["10/11"]), ("NAME", ["Rohani", "Ismail"]), ("NAME", ["Ng Hui Min",
      "Charmaine"]),
      ("LICENCE", ["M71842K"])],
     ["G6PD normal", "UPT negative", "Ixiaro", "Stamaril 0.5 mL SC", "IHR (2005)", "Typhim Vi 0.5 mL IM",
      "Havrix 1440", "Verorab", "atovaquone-proguanil (Malarone)", "acetazolamide 125 mg bd", "Lake Louise AMS score",
      "azithromycin 1 g", "Oropouche", "DEET 30%"]),

    # 16 - Trinidad and Tobago (Mount Hope, Cunupia): haemovigilance report, ABO-incompatible transfusion
    ("NORTH CENTRAL REGIONAL HEALTH AUTHORITY\n"
     "Eric Williams Medical Sciences Complex, Uriah Butler Highway, Champ Fleurs | Blood Bank - Haemovigilance\n"
     "TRANSFUSION REACTION REPORT | Ref HV-NCRHA-25-0317 | Tel 868-645-4673 ext 2281\n"
     "Patient: Mrs Savitri Ramkissoon-Baptiste | 52 F | DOB 09/05/1973 | Hosp no. EWMSC-0928417 | National ID "
     "197305090218\n"
     "Address: LP 17 Ramdass Trace, Cunupia | Husband Rajesh (PH taxi, HCD 4172), cell 868-720-5516\n"
     "Ward 9 (Gynaecology), bed 14 | Day 1 post TAH for fibroids; Hb 7.2 g/dL.\n"
     "\n"
     "Event (Tuesday 21/10/2025, the day after Divali; ward short-staffed):\n"
     "14:05 | RBC unit DTT 25 0418273 (group A Rh D pos) started - one-person check at the bedside | KAM\n"
     "14:20 | rigors, temp 39.4 (baseline 37.0), BP 88/52, HR 128, loin pain, sense of doom | KAM\n"
     "14:22 | transfusion stopped, line kept open with NS, doctor called | KAM\n"
     "14:30 | unit traced: crossmatched for bed 12, Mrs Indira Rampersad; patient is group O Rh D pos | AM-L\n"
     "15:10 | dark red urine, 40 mL in 1 h | KAM\n"
     "\n"
     "Results: DAT positive (IgG + C3d); LDH 1,420 U/L; haptoglobin <0.1 g/L; bilirubin 58 umol/L; creatinine 168 "
     "umol/L; urine dipstick blood 3+, no RBCs on microscopy (haemoglobinuria); fibrinogen 1.1 g/L, D-dimer raised. "
     "Volume transfused about 60 mL.\n"
     "Classification: acute haemolytic transfusion reaction, ABO-incompatible, severity grade 3, imputability "
     "certain (ISBT 2011 definitions). Transferred to ICU; fluids to UO >100 mL/h; no DIC progression.\n"
     "Root cause: two patients with similar surnames; no ID band check; two-person bedside check not done. The unit "
     "was issued from LIS workstation 172.16.8.44 to the ward fridge without an electronic bedside scan.\n"
     "Reported by: Sister Glenda Lewis-Charles, Haemovigilance Officer | Haematologist: Dr Anand Maharaj-Lezama | "
     "RN Keisha Alleyne-Mohammed (KAM)",
     [("HOSPITAL", ["Eric Williams Medical Sciences Complex"]), ("ADDRESS", ["Uriah Butler Highway"]),
      ("LOCATION", ["Champ Fleurs"]), ("ID", ["HV-NCRHA-25-0317"]), ("PHONE", ["868-645-4673 ext 2281"]),
      ("NAME", ["Savitri", "Ramkissoon-Baptiste"]), ("DATE", ["09/05/1973"]), ("MRN", ["EWMSC-0928417"]),
      ("ID", ["197305090218"]), ("ADDRESS", ["LP 17 Ramdass Trace"]), ("LOCATION", ["Cunupia"]), ("NAME", ["Rajesh"]),
      ("PLATE", ["HCD 4172"]), ("PHONE", ["868-720-5516"]), ("DATE", ["Tuesday 21/10/2025"]), ("DATE", ["Divali"]),
      ("ID", ["DTT 25 0418273"]), ("IP", ["172.16.8.44"]), ("NAME", ["KAM"]), ("NAME", ["Indira", "Rampersad"]),
      ("NAME", ["AM-L"]),
      ("NAME", ["Glenda", "Lewis-Charles"]), ("NAME", ["Anand", "Maharaj-Lezama"]),
      ("NAME", ["Keisha", "Alleyne-Mohammed"])],
     ["TAH for fibroids", "Hb 7.2 g/dL", "temp 39.4", "BP 88/52", "DAT positive (IgG + C3d)", "LDH 1,420 U/L",
      "haptoglobin <0.1 g/L", "haemoglobinuria", "fibrinogen 1.1 g/L", "acute haemolytic transfusion reaction",
      "ABO-incompatible", "ISBT 2011 definitions", "UO >100 mL/h"]),

    # 17 - USA, Louisiana (Lafayette, Scott): paediatric speech-language evaluation report, bilingual Cajun home
    ("Our Lady of Lourdes Women's & Children's Hospital - Outpatient Pediatric Rehabilitation\n"
     "4600 Ambassador Caffery Pkwy, Lafayette, LA 70508 | (337) 555-0142\n"
     "SPEECH-LANGUAGE EVALUATION REPORT\n"
     "Client: Beau Thibodeaux-Landry | DOB 03/22/2021 | Medicaid ID 4418273905 | Acct OLL-3382716\n"
     "Date of evaluation: 10/14/2025 | Referred by: Celeste Guidry, MD, Carencro Family Pediatrics\n"
     "Parents: Amber Landry (mother, 337-555-0176); Cody Thibodeaux (father, offshore 14/14 hitch with Gulf Island "
     "Fabrication, Houma)\n"
     "Home: 212 Rue Beau Bassin, Scott, LA 70583. Attends Pre-K at Ossun Elementary. Paternal grandmother (\"Mawmaw\" "
     "Yvonne Thibodeaux) keeps him after school and speaks Cajun French to him.\n"
     "\n"
     "Reason for referral: parents and teacher report that strangers understand \"maybe half\" of what he says.\n"
     "History: full-term, normal birth. Recurrent otitis media; PE tubes at 2 yrs (ENT: Dr. Landon Boudreaux). "
     "First words "
     "at 14 months.\n"
     "Hearing screening: pass at 20 dB HL, 1/2/4 kHz bilaterally; tympanometry Type A both ears.\n"
     "Oral mechanism: structure and function adequate for speech.\n"
     "\n"
     "Test | Score\n"
     "GFTA-3 Sounds-in-Words | standard score 68, 3rd percentile\n"
     "CELF Preschool-3 Core Language | 92 (within normal limits)\n"
     "Percent Consonants Correct (connected speech) | 61%\n"
     "Intelligibility in Context Scale | 3.1/5\n"
     "\n"
     "Phonological processes (>40% occurrence): velar fronting (\"tat\" for cat), stopping of fricatives, final "
     "consonant deletion, cluster reduction. Errors are consistent across English and French words; this is a speech "
     "sound disorder, not a language difference.\n"
     "Recommendations: individual therapy 2x/week, 30-min sessions, for 6 months, using a cycles approach; home "
     "program in both languages; school team to consider services under IDEA (2004). The family will be away for "
     "Mardi Gras (the Courir in Mamou) - make-up sessions offered.\n"
     "Mallory Broussard-Fontenot, M.S., CCC-SLP | ASHA #14827391 | LA license SP.8174 | NPI 1846209371",
     [("HOSPITAL", ["Our Lady of Lourdes Women's & Children's Hospital"]), ("ADDRESS",
      ["4600 Ambassador Caffery Pkwy"]),
      ("LOCATION", ["Lafayette"]), ("POSTCODE", ["70508"]), ("PHONE", ["(337) 555-0142"]),
      ("NAME", ["Beau", "Thibodeaux-Landry"]), ("DATE", ["03/22/2021"]), ("ID", ["4418273905"]),
      ("MRN", ["OLL-3382716"]), ("DATE", ["10/14/2025"]), ("NAME", ["Celeste", "Guidry"]),
      ("HOSPITAL", ["Carencro Family Pediatrics"]), ("NAME", ["Amber", "Landry"]), ("PHONE", ["337-555-0176"]),
      ("NAME", ["Cody", "Thibodeaux"]), ("LOCATION", ["Gulf Island Fabrication"]), ("LOCATION", ["Houma"]),
      ("ADDRESS", ["212 Rue Beau Bassin"]), ("LOCATION", ["Scott"]), ("POSTCODE", ["70583"]),
      ("LOCATION", ["Ossun Elementary"]), ("NAME", ["Yvonne"]), ("NAME", ["Landon", "Boudreaux"]),
      ("DATE", ["Mardi Gras"]), ("LOCATION", ["Mamou"]), ("NAME", ["Mallory", "Broussard-Fontenot"]),
      ("LICENCE", ["14827391"]), ("LICENCE", ["SP.8174"]), ("ID", ["1846209371"])],
     ["14/14 hitch", "otitis media", "20 dB HL, 1/2/4 kHz", "Type A", "GFTA-3", "standard score 68, 3rd percentile",
      "CELF Preschool-3", "61%", "Intelligibility in Context Scale | 3.1/5", "velar fronting",
      "final consonant deletion", "speech sound disorder", "cycles approach", "IDEA (2004)"]),

    # 18 - Hong Kong (Chai Wan; traditional Chinese): haemophilia home-treatment and bleed log
    ("東區尤德夫人那打素醫院 兒科及青少年科 血友病中心\n"
     "血友病家居注射及出血紀錄（2025年9月至10月）\n"
     "病人：陳浩軒（CHAN Ho Hin）| 男 | 出生日期：2009年5月17日 | 香港身份證：K482517(9) | 病歷號碼：HN09418273\n"
     "地址：柴灣興華邨豐興樓1812室 | 母親 李美玲 電話 9418 2276 | 就讀柴灣角天主教中學中五\n"
     "診斷：嚴重A型血友病（FVIII <1%），抑制物陰性（Bethesda 0 BU）。右膝為目標關節，HJHS 右膝 4 分。\n"
     "方案：Advate 預防性注射 2000 IU，每週三次（一、三、五早上），自行靜脈注射；按 WFH 2020 指引。\n"
     "藥代動力學：半衰期 11.2 小時，回收率 2.1 IU/dL per IU/kg。\n"
     "\n"
     "日期 | 時間 | 類別 | 部位 / 原因 | 劑量 | 注射者 | 備註\n"
     "9月1日 | 07:15 | 預防 | - | 2000 IU | 自己 | -\n"
     "9月3日 | 07:20 | 預防 | - | 2000 IU | 自己 | -\n"
     "9月5日 | 18:40 | 出血 | 右膝，打籃球後腫痛 | 3000 IU | 媽媽 | RICE，致電中心\n"
     "9月6日 | 08:00 | 出血跟進 | 右膝 | 2000 IU | 自己 | 腫脹減少\n"
     "9月8日 | 07:10 | 預防 | - | 2000 IU | 自己 | -\n"
     "10月6日 | 21:30 | 出血 | 左肘，中秋節在維多利亞公園跌倒 | 3000 IU | 媽媽 | 痛 6/10\n"
     "10月7日 | 09:00 | 覆診 | 左肘 | 2000 IU | 黃姑娘 | 超聲波：少量關節積血\n"
     "\n"
     "評估：預防期間 ABR 仍偏高，建議轉用 emicizumab（Hemlibra）皮下注射，待藥物委員會批核。學校體育課暫停接觸性運動，"
     "已致函學校社工 鄭家豪先生。\n"
     "血友病專科護士：黃詠詩（中心電話 2595 4183）| 醫生：梁國偉醫生（MCHK M14827）",
     [("HOSPITAL", ["東區尤德夫人那打素醫院"]), ("DATE", ["2025年9月至10月"]), ("NAME", ["陳浩軒"]), ("NAME", ["CHAN", "Ho Hin"]),
      ("DATE", ["2009年5月17日"]), ("ID", ["K482517(9)"]), ("MRN", ["HN09418273"]), ("LOCATION", ["柴灣"]),
      ("ADDRESS", ["興華邨豐興樓1812室"]), ("NAME", ["李美玲"]), ("PHONE", ["9418 2276"]), ("LOCATION", ["柴灣角天主教中學"]),
      ("DATE", ["9月1日"]), ("DATE", ["9月3日"]), ("DATE", ["9月5日"]), ("DATE", ["9月6日"]), ("DATE", ["9月8日"]),
      ("DATE", ["10月6日"]), ("DATE", ["中秋節"]), ("LOCATION", ["維多利亞公園"]), ("DATE", ["10月7日"]),
      ("NAME", ["黃姑娘"]), ("NAME", ["鄭家豪"]), ("NAME", ["黃詠詩"]), ("PHONE", ["2595 4183"]), ("NAME", ["梁國偉"]),
      ("LICENCE", ["M14827"])],
     ["嚴重A型血友病", "FVIII <1%", "Bethesda 0 BU", "目標關節", "HJHS", "Advate 預防性注射 2000 IU", "WFH 2020 指引", "半衰期 11.2 小時",
      "2.1 IU/dL per IU/kg", "RICE", "關節積血", "ABR", "emicizumab（Hemlibra）"]),

    # 19 - Australia, NSW Central West (Orange, Borenore): veterinarian's zoonosis referral to a GP
    ("Canobolas Veterinary Hospital\n"
     "112 Summer Street, Orange NSW 2800 | (02) 6362 4418 | admin@canobolasvet.com.au\n"
     "\n"
     "Monday 8 September 2025\n"
     "Dr Felix Ambrose\n"
     "Kenna Street Medical Centre, Orange\n"
     "\n"
     "Dear Dr Ambrose,\n"
     "Re: Mr Hamish Carruthers-Bligh and Mrs Dawn Carruthers-Bligh, 'Glenroy', 2418 Molong Road, Borenore NSW 2800 "
     "(mob 0428 771 305)\n"
     "\n"
     "I am writing as the veterinarian to your patients' animals, because I am worried about two zoonoses on their "
     "property and Hamish tells me he has not yet seen a doctor.\n"
     "1. Psittacosis. Three of his 20 aviary cockatiels and a sulphur-crested cockatoo died over 10 days; the birds "
     "came from the poultry and cage-bird sale at the Molong Show on Saturday 9 August. Necropsy: hepatosplenomegaly, "
     "airsacculitis. Chlamydia psittaci PCR positive on liver (Elizabeth Macarthur Agriculture Institute, lab no. "
     "EMAI-25-48217). The flock is now on doxycycline in the water.\n"
     "2. Q fever. Two of their Boer goat does aborted last week and Hamish delivered the placentas bare-handed; "
     "Coxiella burnetii PCR positive on placental swabs. Neither has had Q-VAX.\n"
     "Since Wednesday Hamish has had fevers, a severe frontal headache, myalgia and a dry cough; Dawn has had a "
     "headache since the weekend.\n"
     "I would be grateful if you could see them both this week. I understand Coxiella burnetii phase II IgM/IgG "
     "serology and C. psittaci PCR are the usual tests, and that doxycycline 100 mg bd covers both. Both diseases are "
     "notifiable under the Public Health Act 2010 (NSW); I have informed the Western NSW Public Health Unit and the "
     "District Veterinarian, Dr Declan Ng-Ferris.\n"
     "Yours sincerely,\n"
     "Dr Sienna Okonkwo-Hartley BVSc MANZCVS | Veterinary Practitioners Board of NSW reg. 14827\n"
     "cc: Mr and Mrs Carruthers-Bligh",
     [("HOSPITAL", ["Canobolas Veterinary Hospital"]), ("ADDRESS", ["112 Summer Street"]), ("LOCATION", ["Orange"]),
      ("POSTCODE", ["2800"]), ("PHONE", ["(02) 6362 4418"]), ("EMAIL", ["admin@canobolasvet.com.au"]),
      ("DATE", ["Monday 8 September 2025"]), ("NAME", ["Felix", "Ambrose"]), ("HOSPITAL",
      ["Kenna Street Medical Centre"]),
      ("NAME", ["Hamish", "Carruthers-Bligh"]), ("NAME", ["Dawn"]), ("ADDRESS", ["'Glenroy', 2418 Molong Road"]),
      ("LOCATION", ["Borenore"]), ("PHONE", ["0428 771 305"]), ("LOCATION", ["Molong"]),
      ("DATE", ["Saturday 9 August"]), ("HOSPITAL", ["Elizabeth Macarthur Agriculture Institute"]),
      ("ID", ["EMAI-25-48217"]), ("HOSPITAL", ["Western NSW Public Health Unit"]), ("NAME", ["Declan", "Ng-Ferris"]),
      ("NAME", ["Sienna", "Okonkwo-Hartley"]), ("LICENCE", ["14827"])],
     ["Psittacosis", "hepatosplenomegaly", "airsacculitis", "Chlamydia psittaci PCR positive", "doxycycline",
      "Q fever", "Coxiella burnetii PCR positive", "Q-VAX", "phase II IgM/IgG", "doxycycline 100 mg bd",
      "Public Health Act 2010 (NSW)"]),
] + MORE_NOTES
