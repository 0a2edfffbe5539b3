"""Thirtieth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their models, their tests or their
documentation, nor any other held-out set but the eighteenth (for its format), and never ran the de-identifier or the
evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (1,260 planted identifier parts in 1,070 (kind, parts) entries; 421 clinical strings), set this time mostly in
large-city and district hospitals, GP surgeries, community services, occupational health, insurance and legal medical
work, research trials, pharmacies and laboratory systems, written the way clinicians write them: an occupational health
fitness-for-work report to an employer, an emergency department triage note, a GP's urgent referral letter to a rapid
access lung cancer clinic, a polyclinic pharmacy counselling record, a coronary angiography and primary PCI report, an
independent medical examination for a workers' compensation claim, an antenatal booking record, a laboratory critical
value notification log, an endocrinology outpatient record, an orthopaedic medicolegal report to solicitors for a
transport accident claim, an HIV care and treatment clinic encounter, a home treatment team crisis and contingency plan,
a regional vascular centre discharge epicrisis, a private diagnostic laboratory report, a surgical discharge letter to a
GP, a drug-resistant TB treatment initiation record, an accident compensation injury claim note, a polysomnography
report, a haemodialysis treatment record with an insurance claim attachment, a district nursing leg ulcer record, a
clinical trial serious adverse event report, an out-of-hours GP telephone note, an accident and emergency record, a
forensic post-mortem report for the coroner, a specialty medication prior authorization request, a clinical
pharmacokinetics (vancomycin) consultation, a statement of fitness for work, an emergency ambulance call card, a
residential aged care to hospital transfer form, a palliative home nursing visit note, a paediatric sickle cell clinic
visit, a hospital biochemistry report, a trial subject identification and enrolment log, a knee MRI report, a
telepsychiatry video visit note, an occupational health examination report, a GP's report for a life insurance
application, a neonatal intensive care discharge summary, a community pharmacy supervised opioid substitution record and
a discharge summary with medicines reconciliation. From England (London, Manchester, Leeds, Birmingham), Scotland
(Glasgow), Wales (Cardiff), Northern Ireland (Belfast), Ireland (Dublin, Cork), the US (Chicago, the Bronx and Long
Island, Houston, Malden MA), Canada (Toronto, Vancouver, Halifax), Australia (Melbourne, Brisbane), New Zealand
(Christchurch), South Africa (Soweto), Nigeria (Lagos), Kenya (Nairobi), Ghana (Kumasi), India (Mumbai, Bengaluru, in
English), Singapore, Malaysia (Kuala Lumpur), the Philippines (Quezon City), Trinidad and Tobago, the Bahamas, Greece
(Athens, Thessaloniki), Cyprus (Limassol), mainland China (Wuhan, Hangzhou), Hong Kong, Russia (Novosibirsk, Kazan),
Germany (Hamburg) and Austria (Vienna).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 4 (Athens), 17 (Thessaloniki) and 31 (Limassol)
are in Greek script, with Greek names and patronymics, addresses, postcodes, phone numbers, facilities and Greek month
names; notes 8 (Wuhan) and 35 (Hangzhou) are in simplified Chinese and note 22 (Hong Kong) in traditional Chinese, with
names, addresses, phone numbers, facilities, dates and festivals in Chinese; notes 12 (Novosibirsk) and 27 (Kazan) are
in Russian (Cyrillic), with full names and patronymics, addresses, dates in Russian and a Russian number plate; notes 14
(Hamburg) and 33 (Vienna, Austrian usage with Jänner) are in German; all other notes (30) are in English (Latin script).
Short notes (2-3 lines) sit at 1, 16, 21, 26 and 38; the longest run to 27 lines.

Identifiers sit where clinicians put them: letterheads and form headers, labels, tables and logs (a critical value log,
a dialysis session table, a trial enrolment log with seven people), after relation words and titles (Mr, Mrs, Ms, Miss,
Dr, Prof, Sister, Sr, Matron, Cllr, Mdm, Madam, Mama, Master, Smt., W/o Late, Encik, Puan, PC, Herr, Frau, Mag., OÄ,
Univ.-Prof., κ., Δρ, του with a patronymic), names in capitals (a lab log's surnames, a baby's surname, a tattoo),
initials on a trial form, names that are everyday words (Precious, Were, Grace) or very short (Len, Bo, Ng), bare in
prose, in sign-offs and cc lists, "referred from", "transferred from" and "brought by", addresses with and without house
numbers (a Dublin Eircode, a Singapore HDB block and unit, a Philippine block and lot, a Chinese residential compound
building-unit-flat, a Hong Kong estate block and flat, a Russian street-house-flat, a Ghana house number, Kenyan and
Ghanaian P.O. boxes, a Bahamas P.O. box, a Trinidad light-pole address, a Vienna door number), employers (a bus company
and its garage, a linen service, a hair salon, a scaffolding firm, a hardware chain, a chemist chain, an electricity
distributor, a bread factory, a supermarket, a roofing firm, a radio-taxi company, a jeepney drivers' association, a
security company, a helicopter plant, an electroplating works, a software firm, a pilots' brotherhood, two hospitals),
schools, a nursery school and universities, an insurer, a law firm and an IME company, a prison, a police station and a
magistrates' court, churches and markets, GP practices, pharmacies, clinics and a care home; places that are everyday
words or names (Poplar, Sunshine, Brooklyn, Endeavour, Garden City, Upper Hill, Fox Hill, Park House, Commonwealth,
Εξοχή, Cardigan Road, Pleasant St, Hyde Park Surgery); e-mail addresses, a lab report URL and a video-visit URL, IPv4
addresses of lab workstations, handles (WeChat, TikTok, Instagram), number plates (a motorcycle, two cars, three
ambulances, a taxi, a jeepney), professional and driving licences (GMC, IMC, SPC, NYS medical licence, NYS and DVLA
driving licences, a WCB rating code, NMCN, CMLTO, AHPRA, a Medicare provider number, Kenya COC, NMC PIN, MMC, HPCSA,
PRC, a Trinidad driver's permit, MBTT, Texas Medical Board, DEA, Malaysian PRP, CPSBC, NSCN, MDC, KMC, a Massachusetts
licence, Bahamas Medical Council, PSI), device serial and lot numbers (a coronary stent lot, a CPAP machine, a dialysis
machine, a vaccine lot), insurance, national, claim, case, accession, trial and record numbers, fax, extension and pager
numbers, and dates in many formats (day-month-year in words and figures, US month/day/year, ISO, dotted, month and year,
mm/yyyy, year-less dates, a date range, lone month names, a decade, Christmas, Hogmanay, 農曆新年 and 大年初二, and Greek,
Chinese, Russian, German and Austrian dates). Where a real identifier has a check digit (NHS numbers, a Northern Ireland
H&C number, a Scottish CHI number, an Irish PPSN, a Singapore NRIC and FIN, Greek AMKA, South African ID, Chinese
resident IDs, a Hong Kong ID, a Russian SNILS, a German KVNR, an Austrian SVNR, a New Zealand NHI, a BC PHN, US NPIs and
a DEA number, an Australian Medicare number) the planted one passes it; the other numbers keep a plausible format. No
name, place or facility is planted in more than one note or reused from the eighteenth set. Three patients are aged 90
or over (notes 19, 22 and 28), and for them the age and every date element, bare years, decades and holidays included,
are planted; two younger patients have a relative aged over 89 (notes 11 and 36), whose age is planted; where a younger
patient's note has a bare year (notes 6, 8, 10, 12, 14, 15, 24, 36 and 39), it is left in the text and not planted. The
strings that must survive include eponyms and eponymous signs, tests, operations, scores and classifications (Horner's
syndrome, Pancoast, Dupuytren's, Alzheimer's, Neer, Hawkins-Kennedy, Jobe, Speed, Spurling, Naegele, Coombs, Schatzker,
Lachman, McMurray, Kellgren-Lawrence, Lysholm, Widal, Weil-Felix, Whipple, Traverso-Longmire, Courvoisier,
Clavien-Dindo, Ishihara, Mallampati, Epworth, Brescia-Cimino, Doppler, Killip, GRACE, Garden, Virchow, Tardieu, Ghon,
Crohn's, Harvey-Bradshaw, Parks, Cockcroft-Gault, Parkinson's, Tanner, Segond, Baker, Hoffa, Stevens-Johnson, Gilbert's,
Osgood-Schlatter, Bennett's, Huntington's, Apgar, Addison's and Addisonian, and Hashimoto, Rossolimo, Rankin, Barthel
and Parkinson in Chinese and Russian), brand names of drugs and devices, organisms, lab values with units, ratios and
fractions that look like dates (titres, scale scores out of a total, a pathological node ratio), years inside four
statutes, two guidelines, an eGFR equation and a Chinese occupational standard, and capitalised words that look like
names (Frank haematuria, Will review, Mark ulcer edges, First Seizure Clinic). Entries per kind: NAME 205, DATE 189,
LOCATION 141, HOSPITAL 126, PHONE 93, ID 89, ADDRESS 75, POSTCODE 49, LICENCE 34, MRN 31, EMAIL 11, PLATE 8, AGE 7,
SERIAL 4, IP 3, HANDLE 3, URL 2. The last 20 notes (606 identifier parts in 517 entries, 211 clinical strings) are in
:mod:`deid_notes_heldout30_more`, only to keep each file a readable length; this file holds 654 identifier parts in 553
entries and 210 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout30.deid_notes_heldout30_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - England, London (Tower Hamlets): occupational health fitness-for-work report to an employer, first seizure
    ("Thamesgate Occupational Health Service\n"
     "Unit 4, Cable Street Works, 211 Cable Street, London E1 0BL | T 020 7946 0318 | F 020 7946 0319\n"
     "OCCUPATIONAL HEALTH REPORT - FITNESS FOR WORK (management referral) | OH ref TOH/26/03117\n"
     "Date of report: 9 March 2026 | Seen face to face: 5 March 2026\n"
     "Employee: Mr Tobiah Fonseca-Okonjo | DOB 14/08/1981 | Staff no. AB-204817 | NHS 485 117 3024\n"
     "Employer: Arrowline Buses Ltd, Bow Garage, Fairfield Road, London E3 2QP - bus driver (route 277), 11 years' "
     "service\n"
     "Referring manager: Ms Delphine Akhurst, Garage Operations Manager (delphine.akhurst@arrowlinebuses.co.uk)\n"
     "Accompanied by: Mr Declan Furey, Unite workplace representative\n"
     "\n"
     "Background: On 2 February 2026, at home in Poplar, Mr Fonseca-Okonjo had a first generalised tonic-clonic "
     "seizure, witnessed by his wife, Mrs Abena Fonseca-Okonjo; no tongue bite, post-ictal confusion for about 20 "
     "minutes. He was taken to the Royal London Hospital, Whitechapel, and seen in the First Seizure Clinic on 16 "
     "February by Dr Hester Quaintance, consultant neurologist. MRI brain normal; a sleep-deprived EEG showed "
     "generalised spike-and-wave discharges. He was started on levetiracetam 500 mg BD and has had no further events. "
     "He had worked three night shifts in a row before the event.\n"
     "He has surrendered his licence (DVLA driver number FONSE808141TF9XY) as required. Epworth Sleepiness Scale "
     "6/24. GAD-7 9. No alcohol excess.\n"
     "\n"
     "Opinion and answers to your questions:\n"
     "1. He is unfit for his role as a bus driver. Under the DVLA guidance (Assessing fitness to drive), after a "
     "first unprovoked seizure with an epileptiform EEG a Group 2 licence holder must be seizure-free for 10 years "
     "off anti-epileptic medication; he cannot return to PCV driving in the foreseeable future.\n"
     "2. He is fit for non-driving work now, e.g. depot controller, engineering stores or customer services: day "
     "shifts only, no work at heights and no lone work near moving vehicles in the garage yard for 6 months.\n"
     "3. Epilepsy is likely to be a disability under the Equality Act 2010; please consider redeployment as a "
     "reasonable adjustment.\n"
     "4. He should travel to work by public transport; he lives near Langdon Park station.\n"
     "His consent to release this report was obtained on 5 March 2026. No further OH review unless you request one.\n"
     "\n"
     "Dr Marguerite Ansah-Whitlow, MFOM, Consultant Occupational Physician | GMC 6184027\n"
     "cc: Mr T. Fonseca-Okonjo (by email, tobiah.fo81@outlook.com); Dr Ingrid Salcombe, Globe Town Surgery, 82-86 "
     "Roman Road, London E2 0PG",
     [("HOSPITAL", ["Thamesgate Occupational Health Service"]),
      ("ADDRESS", ["Unit 4, Cable Street Works, 211 Cable Street"]), ("LOCATION", ["London"]),
      ("POSTCODE", ["E1 0BL"]), ("PHONE", ["020 7946 0318"]), ("PHONE", ["020 7946 0319"]), ("ID", ["TOH/26/03117"]),
      ("DATE", ["9 March 2026"]), ("DATE", ["5 March 2026"]), ("NAME", ["Tobiah", "Fonseca-Okonjo"]),
      ("DATE", ["14/08/1981"]), ("ID", ["AB-204817"]), ("ID", ["485 117 3024"]), ("HOSPITAL", ["Arrowline Buses Ltd"]),
      ("LOCATION", ["Bow Garage"]), ("ADDRESS", ["Fairfield Road"]), ("POSTCODE", ["E3 2QP"]),
      ("NAME", ["Delphine", "Akhurst"]), ("EMAIL", ["delphine.akhurst@arrowlinebuses.co.uk"]),
      ("NAME", ["Declan", "Furey"]), ("DATE", ["2 February 2026"]), ("LOCATION", ["Poplar"]),
      ("NAME", ["Abena", "Fonseca-Okonjo"]), ("HOSPITAL", ["Royal London Hospital"]), ("LOCATION", ["Whitechapel"]),
      ("DATE", ["16 February"]), ("NAME", ["Hester", "Quaintance"]), ("LICENCE", ["FONSE808141TF9XY"]),
      ("LOCATION", ["Langdon Park"]), ("NAME", ["Marguerite", "Ansah-Whitlow"]), ("LICENCE", ["6184027"]),
      ("EMAIL", ["tobiah.fo81@outlook.com"]), ("NAME", ["Ingrid", "Salcombe"]), ("HOSPITAL", ["Globe Town Surgery"]),
      ("ADDRESS", ["82-86 Roman Road"]), ("POSTCODE", ["E2 0PG"])],
     ["generalised tonic-clonic seizure", "post-ictal confusion", "First Seizure Clinic", "sleep-deprived EEG",
      "generalised spike-and-wave discharges", "levetiracetam 500 mg BD", "Epworth Sleepiness Scale 6/24", "GAD-7 9",
      "Assessing fitness to drive", "Group 2 licence", "Equality Act 2010"]),

    # 1 - USA, Illinois (Chicago): emergency department triage note, short
    ("Advocate Illinois Masonic Medical Center ED - TRIAGE 01/03/2026 02:14 | 34 M | Dashiell Kowalczyk | MRN "
     "7704182936\n"
     "Walked in from a bar on Clark St in Wrigleyville after punching a window. 4 cm laceration dorsum R hand over the "
     "4th MCP - ?fight bite. Cap refill <2 s. Tetanus status unknown. ESI 4.\n"
     "Friend Marisela Quintanar (773-555-0147) in the waiting room. Triage RN: Bo Lindqvist",
     [("HOSPITAL", ["Advocate Illinois Masonic Medical Center"]), ("DATE", ["01/03/2026"]),
      ("NAME", ["Dashiell", "Kowalczyk"]), ("MRN", ["7704182936"]), ("ADDRESS", ["Clark St"]),
      ("LOCATION", ["Wrigleyville"]), ("NAME", ["Marisela", "Quintanar"]), ("PHONE", ["773-555-0147"]),
      ("NAME", ["Bo", "Lindqvist"])],
     ["4th MCP", "fight bite", "Cap refill <2 s", "ESI 4"]),

    # 2 - Ireland, Dublin (Crumlin): GP urgent referral letter to a rapid access lung cancer clinic
    ("CRUMLIN VILLAGE MEDICAL CENTRE\n"
     "14 St Agnes Road, Crumlin, Dublin 12, D12 YX38 | Tel 01 455 2718 | Fax 01 455 2719 | Healthmail: "
     "crumlinvillagemc@healthmail.ie\n"
     "\n"
     "27 January 2026\n"
     "\n"
     "Rapid Access Lung Cancer Clinic\n"
     "Mater Misericordiae University Hospital, Eccles Street, Dublin 7\n"
     "\n"
     "URGENT - Re: Mr Pádraig Kinsella-Doyle, DOB 22/05/1958, PPSN 4172930U, GMS no. 1942817K\n"
     "41 Sundrive Road, Kimmage, Dublin 12 D12 R6T8 | mob. 087 555 3916\n"
     "\n"
     "Dear Colleague,\n"
     "I would be grateful if you would see this 67-year-old retired bus mechanic (Dublin Bus, Broadstone depot) "
     "urgently. He has had haemoptysis on three occasions since Christmas, weight loss of 7 kg in 3 months and a "
     "severe ache in the right shoulder radiating down the inner arm to the little finger, waking him at night.\n"
     "On examination he has finger clubbing, a right partial ptosis with miosis (Horner's syndrome) and wasting of the "
     "small muscles of the right hand. SpO2 95% on air. MRC dyspnoea grade 2.\n"
     "A chest X-ray at Tallaght University Hospital on 23/01/2026 shows an apical mass in the right upper lobe with "
     "destruction of the posterior 2nd rib - I am concerned about a Pancoast tumour.\n"
     "Bloods: corrected calcium 2.71 mmol/L, Na 133, Hb 118 g/L, ALP 164.\n"
     "PMH: COPD (FEV1 1.9 L, 62% predicted); hypertension; Dupuytren's contracture of the left hand.\n"
     "Medications: tiotropium 18 micrograms inhaled OD, amlodipine 5 mg OD, paracetamol 1 g QDS PRN.\n"
     "Social: ex-smoker since last summer, 45 pack-years; 10 units of alcohol a week. Lives with his wife Bernadine, "
     "who has early Alzheimer's disease; their daughter Clodagh (086 555 7402) will come to appointments. ECOG 1.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Órla Nic Dhonnchadha MICGP | IMC 419273\n"
     "cc: Prof Aoife Geraghty and Dr Fionnán Egan, Respiratory Medicine, Tallaght University Hospital",
     [("HOSPITAL", ["CRUMLIN VILLAGE MEDICAL CENTRE"]), ("ADDRESS", ["14 St Agnes Road"]), ("LOCATION", ["Crumlin"]),
      ("LOCATION", ["Dublin 12"]), ("POSTCODE", ["D12 YX38"]), ("PHONE", ["01 455 2718"]), ("PHONE", ["01 455 2719"]),
      ("EMAIL", ["crumlinvillagemc@healthmail.ie"]), ("DATE", ["27 January 2026"]),
      ("HOSPITAL", ["Mater Misericordiae University Hospital"]), ("ADDRESS", ["Eccles Street"]),
      ("LOCATION", ["Dublin 7"]),
      ("NAME", ["Pádraig", "Kinsella-Doyle"]), ("DATE", ["22/05/1958"]), ("ID", ["4172930U"]), ("ID", ["1942817K"]),
      ("ADDRESS", ["41 Sundrive Road"]), ("LOCATION", ["Kimmage"]), ("POSTCODE", ["D12 R6T8"]),
      ("PHONE", ["087 555 3916"]), ("HOSPITAL", ["Dublin Bus"]), ("LOCATION", ["Broadstone"]), ("DATE", ["Christmas"]),
      ("HOSPITAL", ["Tallaght University Hospital"]), ("DATE", ["23/01/2026"]), ("NAME", ["Bernadine"]),
      ("NAME", ["Clodagh"]), ("PHONE", ["086 555 7402"]), ("NAME", ["Órla", "Nic Dhonnchadha"]),
      ("LICENCE", ["419273"]), ("NAME", ["Aoife", "Geraghty"]), ("NAME", ["Fionnán", "Egan"])],
     ["Rapid Access Lung Cancer Clinic", "haemoptysis", "finger clubbing", "partial ptosis with miosis",
      "Horner's syndrome", "MRC dyspnoea grade 2", "Pancoast tumour", "corrected calcium 2.71 mmol/L",
      "Dupuytren's contracture", "tiotropium 18 micrograms", "Alzheimer's disease", "ECOG 1"]),

    # 3 - Singapore (Bedok): polyclinic pharmacy medication counselling record
    ("SingHealth Polyclinics - Bedok Polyclinic, Pharmacy\n"
     "11 Bedok North Street 1, Heartbeat@Bedok #02-01, Singapore 469662\n"
     "MEDICATION COUNSELLING RECORD | 12 Jan 2026, 10:35 | Counter 3\n"
     "Patient: Mdm Goh Siew Lan | NRIC S5318490A | 73 F | HRN BDP-0418273\n"
     "Address: Blk 412 Bedok North Ave 2, #08-117, Singapore 460412 | Tel 6555 1827 / 9155 4172\n"
     "Accompanied by her foreign domestic worker, Ms Rosalinda Dimaculangan (FIN G4182736Q), who gives her medicines; "
     "daughter-in-law Mrs Joanne Goh-Pereira on speakerphone.\n"
     "Reason: new insulin glargine (Toujeo SoloStar) 10 units ON; metformin reduced to 500 mg BD (eGFR 41).\n"
     "Counselled: pen priming (2 units), injection sites and rotation, needle disposal, hypoglycaemia (Rule of 15: "
     "15 g of fast sugar, recheck in 15 min), sick-day rules, SMBG fasting target 4-7 mmol/L. Teach-back by the "
     "helper: correct.\n"
     "Also: inhaler check - Seretide Evohaler 125/25 with an AeroChamber; technique good.\n"
     "Follow-up: nurse-led diabetes clinic 26 Jan 2026; CDMP Medisave claim consent signed.\n"
     "Pharmacist: Quek Wei Jie | SPC reg. P10927J",
     [("HOSPITAL", ["SingHealth Polyclinics"]), ("HOSPITAL", ["Bedok Polyclinic"]),
      ("ADDRESS", ["11 Bedok North Street 1, Heartbeat@Bedok #02-01"]), ("POSTCODE", ["469662"]),
      ("DATE", ["12 Jan 2026"]), ("NAME", ["Goh", "Siew Lan"]), ("ID", ["S5318490A"]), ("MRN", ["BDP-0418273"]),
      ("ADDRESS", ["Blk 412 Bedok North Ave 2, #08-117"]), ("POSTCODE", ["460412"]), ("PHONE", ["6555 1827"]),
      ("PHONE", ["9155 4172"]), ("NAME", ["Rosalinda", "Dimaculangan"]), ("ID", ["G4182736Q"]),
      ("NAME", ["Joanne", "Goh-Pereira"]), ("DATE", ["26 Jan 2026"]), ("NAME", ["Quek", "Wei Jie"]),
      ("LICENCE", ["P10927J"])],
     ["insulin glargine (Toujeo SoloStar) 10 units ON", "metformin reduced to 500 mg BD", "eGFR 41", "Rule of 15",
      "sick-day rules", "SMBG fasting target 4-7 mmol/L", "Seretide Evohaler 125/25", "AeroChamber"]),

    # 4 - Greece, Attica (Athens): coronary angiography and primary PCI report (Greek)
    ("Γενικό Νοσοκομείο Αθηνών «Ιπποκράτειο» - Α΄ Καρδιολογική Κλινική, Αιμοδυναμικό Εργαστήριο\n"
     "Βασιλίσσης Σοφίας 114, 115 27 Αμπελόκηποι | τηλ. 213 208 8418 | fax 213 208 8419\n"
     "ΕΚΘΕΣΗ ΣΤΕΦΑΝΙΟΓΡΑΦΙΑΣ ΚΑΙ ΑΓΓΕΙΟΠΛΑΣΤΙΚΗΣ | Αρ. πράξης ΑΙΜ-26-00731\n"
     "Ημερομηνία: 15 Ιανουαρίου 2026, 03:40 (πρωτογενής αγγειοπλαστική)\n"
     "Ασθενής: Θεόδωρος Μαυρομμάτης του Κωνσταντίνου, 63 ετών, γεν. 03/05/1962, ΑΜΚΑ 03056209277, Αρ. Μητρώου "
     "2026/01493\n"
     "Διεύθυνση: Φορμίωνος 38, Βύρωνας. Ηλεκτρολόγος στον ΔΕΔΔΗΕ (Περιοχή Καλλιθέας).\n"
     "Παραπομπή: ΕΚΑΒ (ασθενοφόρο ΚΗΥ 7318), μετά από ΗΚΓ με διαβίβαση από το Κέντρο Υγείας Βύρωνα· ιατρός εφημερίας "
     "Δρ Ευτέρπη Λαμπρινού.\n"
     "Ένδειξη: STEMI κατώτερου τοιχώματος, έναρξη πόνου 01:50, Killip I, GRACE score 142.\n"
     "Προσπέλαση: δεξιά κερκιδική αρτηρία (6F).\n"
     "Ευρήματα: Στέλεχος: χωρίς στενώσεις. LAD: στένωση 50% στο μέσο τμήμα. LCx: χωρίς σημαντικές βλάβες. RCA: ολική "
     "θρομβωτική απόφραξη στο εγγύς τμήμα (TIMI 0).\n"
     "Αγγειοπλαστική: θρομβαναρρόφηση, τοποθέτηση DES Xience Sierra 3,5 x 28 mm (LOT 4091827) στην εγγύς RCA με "
     "άριστο αποτέλεσμα, TIMI 3, χωρίς υπολειπόμενη στένωση.\n"
     "Φάρμακα: ηπαρίνη 70 IU/kg ΕΦ, τικαγρελόρη 180 mg δόση φόρτισης, ασπιρίνη 250 mg ΕΦ (στο ασθενοφόρο).\n"
     "Σύσταση: Μονάδα Εμφραγμάτων, διπλή αντιαιμοπεταλιακή αγωγή για 12 μήνες, υπερηχοκαρδιογράφημα αύριο, "
     "εκτίμηση της LAD με FFR σε δεύτερο χρόνο.\n"
     "Ενημερώθηκε η σύζυγός του, κ. Αγλαΐα Μαυρομμάτη (κιν. 697 555 2183).\n"
     "Επεμβατικός καρδιολόγος: Δρ Στυλιανός Κουρεμένος-Πάλλης",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Αθηνών"]), ("HOSPITAL", ["Ιπποκράτειο"]), ("ADDRESS", ["Βασιλίσσης Σοφίας 114"]),
      ("POSTCODE", ["115 27"]), ("LOCATION", ["Αμπελόκηποι"]), ("PHONE", ["213 208 8418"]), ("PHONE", ["213 208 8419"]),
      ("ID", ["ΑΙΜ-26-00731"]), ("DATE", ["15 Ιανουαρίου 2026"]), ("NAME", ["Θεόδωρος", "Μαυρομμάτης"]),
      ("NAME", ["Κωνσταντίνου"]), ("DATE", ["03/05/1962"]), ("ID", ["03056209277"]), ("MRN", ["2026/01493"]),
      ("ADDRESS", ["Φορμίωνος 38"]), ("LOCATION", ["Βύρωνας"]), ("HOSPITAL", ["ΔΕΔΔΗΕ"]), ("LOCATION", ["Καλλιθέας"]),
      ("PLATE", ["ΚΗΥ 7318"]), ("HOSPITAL", ["Κέντρο Υγείας Βύρωνα"]), ("NAME", ["Ευτέρπη", "Λαμπρινού"]),
      ("SERIAL", ["4091827"]), ("NAME", ["Αγλαΐα", "Μαυρομμάτη"]), ("PHONE", ["697 555 2183"]),
      ("NAME", ["Στυλιανός", "Κουρεμένος-Πάλλης"])],
     ["STEMI κατώτερου τοιχώματος", "Killip I", "GRACE score 142", "δεξιά κερκιδική αρτηρία", "TIMI 0",
      "Xience Sierra 3,5 x 28 mm", "TIMI 3", "ηπαρίνη 70 IU/kg", "τικαγρελόρη 180 mg", "ασπιρίνη 250 mg", "FFR"]),

    # 5 - USA, New York (Bronx): independent medical examination for a workers' compensation claim
    ("MERIDIAN CLAIMS MEDICAL EVALUATIONS, PLLC\n"
     "300 Garden City Plaza, Suite 418, Garden City, NY 11530 | Tel (516) 555-0139 | Fax (516) 555-0140\n"
     "INDEPENDENT MEDICAL EXAMINATION - ORTHOPEDIC (IME-4) | NYS Workers' Compensation Board\n"
     "WCB Case No.: G3417285 | Carrier: Hudson Crest Insurance Co. | Carrier Case No.: HC-WC-25-0041827\n"
     "IME Provider Rating Code: 418273 | Date of exam: 01/22/2026 | Report date: 01/26/2026\n"
     "Claimant: Anselmo Batista-Quiñones | DOB 06/11/1974 | ID checked: NYS driver license 418 273 905\n"
     "Address: 2270 Grand Concourse, Apt 5F, Bronx, NY 10457\n"
     "Employer: Tri-Borough Linen Services, Inc., Hunts Point - route delivery driver/loader\n"
     "Date of accident: 08/19/2025 | Claimant's attorney: Rachel Szymanski-Boyd, Esq.\n"
     "Interpreter (Spanish): Yamilet Ortega, certified, ID 40417 | Examination time: 10:05-10:50\n"
     "\n"
     "HISTORY: Mr. Batista-Quiñones states that on 08/19/2025 he was lifting a 70 lb bale of laundry onto a truck at "
     "the loading dock of Lincoln Medical Center when he felt a pop in the right shoulder. He was seen that day at "
     "CityMD Fordham and then by his treating orthopedist, Dr. Farid Haddad-Lyons, at Montefiore Medical Park. MRI of "
     "the right shoulder at Lenox Hill Radiology on 09/15/2025 showed a full-thickness supraspinatus tear (1.4 cm, "
     "1 cm retraction). He underwent arthroscopic rotator cuff repair with subacromial decompression on 11/04/2025 at "
     "the Hospital for Special Surgery and has had 24 sessions of physical therapy at Bronx Bay Physical Therapy. He "
     "has not worked since the accident.\n"
     "Current complaints: right shoulder pain 5/10, worse overhead; cannot lift more than 10 lb; sleep disturbed.\n"
     "RECORDS REVIEWED: C-3 dated 08/27/2025; C-4s of Dr. Haddad-Lyons dated 08/28/2025, 10/02/2025 and 12/18/2025; "
     "MRI report; operative report; PT notes through 01/09/2026.\n"
     "EXAMINATION: well-healed arthroscopy portals. Forward flexion 140° (normal 180°), abduction 120° (180°), "
     "external rotation 60° (90°), internal rotation to L3. Neer test and Hawkins-Kennedy test positive on the right; "
     "Jobe's empty can test 4/5 with pain; drop-arm sign negative; Speed's test negative. Spurling's test negative. "
     "Grip (Jamar) 32 kg right / 41 kg left.\n"
     "DIAGNOSIS: S46.011A - strain/tear of the right rotator cuff, status post arthroscopic repair.\n"
     "OPINION:\n"
     "1. Causal relationship: the right shoulder injury is causally related to the work accident of 08/19/2025.\n"
     "2. Degree of disability: temporary partial, moderate (50%).\n"
     "3. He may return to work with restrictions: no lifting over 15 lb with the right arm, no overhead work, no "
     "driving of commercial vehicles until cleared.\n"
     "4. Further treatment: 12 more PT sessions are medically necessary. He has not reached maximum medical "
     "improvement (MMI); a schedule loss of use evaluation under the 2018 NYS Guidelines for Determining Impairment "
     "is premature before 6 months post-op.\n"
     "I affirm that I have no relationship with the claimant and that the statements above are true to the best of my "
     "knowledge and belief.\n"
     "\n"
     "Lionel Abernathy-Cruz, MD, Board Certified Orthopaedic Surgeon | NYS License 287419\n"
     "cc: WCB; Hudson Crest Insurance Co.; Szymanski & Boyd LLP; Dr. Farid Haddad-Lyons",
     [("HOSPITAL", ["MERIDIAN CLAIMS MEDICAL EVALUATIONS, PLLC"]), ("ADDRESS", ["300 Garden City Plaza, Suite 418"]),
      ("LOCATION", ["Garden City"]), ("POSTCODE", ["11530"]), ("PHONE", ["(516) 555-0139"]),
      ("PHONE", ["(516) 555-0140"]), ("ID", ["G3417285"]), ("HOSPITAL", ["Hudson Crest Insurance Co."]),
      ("ID", ["HC-WC-25-0041827"]), ("LICENCE", ["418273"]), ("DATE", ["01/22/2026"]), ("DATE", ["01/26/2026"]),
      ("NAME", ["Anselmo", "Batista-Quiñones"]), ("DATE", ["06/11/1974"]), ("LICENCE", ["418 273 905"]),
      ("ADDRESS", ["2270 Grand Concourse, Apt 5F"]), ("LOCATION", ["Bronx"]), ("POSTCODE", ["10457"]),
      ("HOSPITAL", ["Tri-Borough Linen Services, Inc."]), ("LOCATION", ["Hunts Point"]), ("DATE", ["08/19/2025"]),
      ("NAME", ["Rachel", "Szymanski-Boyd"]), ("NAME", ["Yamilet", "Ortega"]), ("ID", ["40417"]),
      ("HOSPITAL", ["Lincoln Medical Center"]), ("HOSPITAL", ["CityMD Fordham"]), ("NAME", ["Farid", "Haddad-Lyons"]),
      ("HOSPITAL", ["Montefiore Medical Park"]), ("HOSPITAL", ["Lenox Hill Radiology"]), ("DATE", ["09/15/2025"]),
      ("DATE", ["11/04/2025"]), ("HOSPITAL", ["Hospital for Special Surgery"]),
      ("HOSPITAL", ["Bronx Bay Physical Therapy"]), ("DATE", ["08/27/2025"]), ("DATE", ["08/28/2025"]),
      ("DATE", ["10/02/2025"]), ("DATE", ["12/18/2025"]), ("DATE", ["01/09/2026"]),
      ("NAME", ["Lionel", "Abernathy-Cruz"]), ("LICENCE", ["287419"]), ("HOSPITAL", ["Szymanski & Boyd LLP"])],
     ["full-thickness supraspinatus tear", "arthroscopic rotator cuff repair", "Forward flexion 140°", "Neer test",
      "Hawkins-Kennedy test", "Jobe's empty can test", "drop-arm sign negative", "Speed's test negative",
      "Spurling's test negative", "S46.011A", "temporary partial, moderate (50%)", "maximum medical improvement (MMI)",
      "2018 NYS Guidelines for Determining Impairment"]),

    # 6 - Nigeria, Lagos (Lagos Island): antenatal booking record
    ("LAGOS ISLAND MATERNITY HOSPITAL\n"
     "Campbell Street, Lagos Island, Lagos State\n"
     "ANTENATAL BOOKING RECORD | Booking date: 14/01/2026 | ANC No. LIMH/ANC/26/01827 | NHIA No. LAS-NHIA-4418273\n"
     "Client: Mrs. Oluwaseun Adebanjo-Okafor | 29 yrs | DOB 03/08/1996 | Occupation: hairdresser, owns Seun's Touch "
     "Salon, Obalende\n"
     "Address: Flat 3, 17 Adeniji Adele Road, Lagos Island | Tel 0803 555 7219\n"
     "Husband: Mr. Chukwuemeka Okafor, textile trader, Balogun Market | Tel 0805 555 3408 | Hometown: Nnewi, Anambra "
     "State\n"
     "Next of kin if husband unavailable: sister Miss Temitope Adebanjo, Ikorodu, 0816 555 2274\n"
     "Obstetric history: G2P1+0. 1st: SVD at term in 2023 at Gbagada General Hospital, girl 3.2 kg, alive and well; "
     "PPH 800 mL treated with oxytocin and misoprostol.\n"
     "LMP 12/10/2025 (sure, regular cycle) | EDD 19/07/2026 by Naegele's rule | GA at booking 13+4 weeks; dating scan "
     "agrees.\n"
     "Examination: BP 112/70 mmHg, Wt 68 kg, Ht 1.62 m, BMI 25.9, no pallor, fundal height 13 cm, no oedema.\n"
     "Investigations: Hb 10.2 g/dL; blood group O Rhesus D negative (husband's group to be checked); indirect Coombs "
     "test negative; genotype AS; HIV 1&2 non-reactive; HBsAg negative; VDRL non-reactive; urinalysis NAD.\n"
     "Plan: ferrous sulphate 200 mg BD, folic acid 5 mg daily; IPTp-SP monthly from 16 weeks; LLIN given; Td dose 1 "
     "today; anti-D immunoglobulin 1500 IU at 28 weeks and within 72 hours of delivery if the baby is Rh positive; "
     "husband for genotype; to deliver in hospital (previous PPH).\n"
     "Next visit: 11/02/2026.\n"
     "Booked by: Matron Folasade Ogunleye-Bello, RN RM | NMCN reg. RM 081827\n"
     "Seen by: Dr. Ikechukwu Nwachukwu-Ade, Medical Officer",
     [("HOSPITAL", ["LAGOS ISLAND MATERNITY HOSPITAL"]), ("ADDRESS", ["Campbell Street"]),
      ("LOCATION", ["Lagos Island"]),
      ("DATE", ["14/01/2026"]), ("MRN", ["LIMH/ANC/26/01827"]), ("ID", ["LAS-NHIA-4418273"]),
      ("NAME", ["Oluwaseun", "Adebanjo-Okafor"]), ("DATE", ["03/08/1996"]), ("HOSPITAL", ["Seun's Touch Salon"]),
      ("LOCATION", ["Obalende"]), ("ADDRESS", ["Flat 3, 17 Adeniji Adele Road"]), ("PHONE", ["0803 555 7219"]),
      ("NAME", ["Chukwuemeka", "Okafor"]), ("LOCATION", ["Balogun Market"]), ("PHONE", ["0805 555 3408"]),
      ("LOCATION", ["Nnewi"]), ("NAME", ["Temitope", "Adebanjo"]), ("LOCATION", ["Ikorodu"]),
      ("PHONE", ["0816 555 2274"]), ("HOSPITAL", ["Gbagada General Hospital"]), ("DATE", ["12/10/2025"]),
      ("DATE", ["19/07/2026"]), ("DATE", ["11/02/2026"]), ("NAME", ["Folasade", "Ogunleye-Bello"]),
      ("LICENCE", ["RM 081827"]), ("NAME", ["Ikechukwu", "Nwachukwu-Ade"])],
     ["G2P1+0", "PPH 800 mL", "oxytocin and misoprostol", "Naegele's rule", "Hb 10.2 g/dL", "O Rhesus D negative",
      "indirect Coombs test negative", "genotype AS", "ferrous sulphate 200 mg BD", "folic acid 5 mg daily", "IPTp-SP",
      "anti-D immunoglobulin 1500 IU"]),

    # 7 - Canada, Ontario (Toronto): hospital laboratory critical value notification log
    ("Sunnybrook Health Sciences Centre - Core Laboratory (Clinical Chemistry & Hematology)\n"
     "2075 Bayview Avenue, Toronto ON M4N 3M5 | Lab line 416-555-0176\n"
     "CRITICAL VALUE NOTIFICATION LOG | 2026-01-19, night shift | exported from the LIS, workstation 10.12.64.31\n"
     "00:42 | Acc. 26-019-04417 | ABERCROMBIE-NGUYEN, Lise (MRN 7041827) | K 6.9 mmol/L, hemolysis index 0 | called "
     "to RN Sheree DaCosta, C4 | read-back yes\n"
     "02:15 | Acc. 26-019-05120 | PARREÑO, Rommel (MRN 7119306) | glucose 1.8 mmol/L | called to Dr. Yusuf "
     "Karimzadeh, ED | read-back yes\n"
     "03:58 | Acc. 26-019-05733 | WOJCIECHOWSKI, Halina (MRN 6604418) | INR 7.8 | called to RN Precious Mthembu, M6 "
     "| read-back yes\n"
     "05:30 | Acc. 26-019-06281 | GAUTHIER-OKORO, Jude (MRN 7221805) | hs-troponin I 4,180 ng/L | unit did not "
     "answer x2, escalated to the charge nurse, Nomvula Ferrante, 05:41 | read-back yes\n"
     "MLT on shift: Nadine Ouimette, CMLTO 318274",
     [("HOSPITAL", ["Sunnybrook Health Sciences Centre"]), ("ADDRESS", ["2075 Bayview Avenue"]),
      ("LOCATION", ["Toronto"]), ("POSTCODE", ["M4N 3M5"]), ("PHONE", ["416-555-0176"]), ("DATE", ["2026-01-19"]),
      ("IP", ["10.12.64.31"]), ("ID", ["26-019-04417"]), ("NAME", ["ABERCROMBIE-NGUYEN", "Lise"]),
      ("MRN", ["7041827"]), ("NAME", ["Sheree", "DaCosta"]), ("ID", ["26-019-05120"]), ("NAME", ["PARREÑO", "Rommel"]),
      ("MRN", ["7119306"]), ("NAME", ["Yusuf", "Karimzadeh"]), ("ID", ["26-019-05733"]),
      ("NAME", ["WOJCIECHOWSKI", "Halina"]), ("MRN", ["6604418"]), ("NAME", ["Precious", "Mthembu"]),
      ("ID", ["26-019-06281"]), ("NAME", ["GAUTHIER-OKORO", "Jude"]), ("MRN", ["7221805"]),
      ("NAME", ["Nomvula", "Ferrante"]), ("NAME", ["Nadine", "Ouimette"]), ("LICENCE", ["318274"])],
     ["K 6.9 mmol/L", "hemolysis index 0", "glucose 1.8 mmol/L", "INR 7.8", "hs-troponin I 4,180 ng/L"]),

    # 8 - China, Hubei (Wuhan): endocrinology outpatient record, type 2 diabetes with neuropathy (simplified)
    ("华中科技大学同济医学院附属协和医院　内分泌科　门诊病历\n"
     "就诊日期：2026年2月24日　门诊号：XH2602240318　医保卡号：42010000418273\n"
     "姓名：彭秀兰　性别：女　年龄：57岁　身份证号：420106196809172421\n"
     "住址：武汉市武昌区中南路街道丁字桥小区7栋2单元501室　电话：138-7155-0418\n"
     "工作单位：武汉市第十四中学（退休教师）　微信：pengxl_wh68（自测血糖记录经微信发送）\n"
     "主诉：口干多饮3年，双足麻木半年。\n"
     "现病史：2023年于湖北省人民医院诊断2型糖尿病，口服二甲双胍0.5 g tid，近3月空腹血糖8-10 mmol/L。半年来双足袜套样麻木，夜间加重。\n"
     "既往史：桥本甲状腺炎10年，口服左甲状腺素钠50 μg qd。母亲有糖尿病史。\n"
     "查体：BP 138/84 mmHg，BMI 26.8 kg/m²。双足10 g尼龙单丝觉减退，音叉振动觉减弱，双侧跟腱反射减弱，足背动脉搏动可及。\n"
     "辅助检查：HbA1c 8.6%，空腹血糖 9.4 mmol/L，尿白蛋白/肌酐比 42 mg/g，eGFR 78 mL/min/1.73m²，TSH 3.1 mIU/L。\n"
     "诊断：1. 2型糖尿病　糖尿病周围神经病变　2. 桥本甲状腺炎（甲状腺功能减退）\n"
     "处理：二甲双胍缓释片 1.0 g qd；加用达格列净 10 mg qd；甲钴胺 0.5 mg tid；继续左甲状腺素钠 50 μg qd。糖尿病足教育。\n"
     "复诊：2026年3月24日，届时复查糖化血红蛋白、眼底照相。\n"
     "医师：郑晓峰（主治医师）　进修医师：覃梦琪",
     [("HOSPITAL", ["华中科技大学同济医学院附属协和医院"]), ("DATE", ["2026年2月24日"]), ("MRN", ["XH2602240318"]),
      ("ID", ["42010000418273"]), ("NAME", ["彭秀兰"]), ("ID", ["420106196809172421"]), ("LOCATION", ["武汉市"]),
      ("LOCATION", ["武昌区"]), ("LOCATION", ["中南路街道"]), ("ADDRESS", ["丁字桥小区7栋2单元501室"]),
      ("PHONE", ["138-7155-0418"]), ("HOSPITAL", ["武汉市第十四中学"]), ("HANDLE", ["pengxl_wh68"]),
      ("HOSPITAL", ["湖北省人民医院"]), ("DATE", ["2026年3月24日"]), ("NAME", ["郑晓峰"]), ("NAME", ["覃梦琪"])],
     ["2型糖尿病", "二甲双胍0.5 g tid", "桥本甲状腺炎", "左甲状腺素钠50 μg qd", "10 g尼龙单丝觉减退", "跟腱反射减弱", "HbA1c 8.6%", "尿白蛋白/肌酐比 42 mg/g",
      "糖尿病周围神经病变", "达格列净 10 mg qd", "甲钴胺 0.5 mg tid"]),

    # 9 - Australia, Victoria (Melbourne): orthopaedic medicolegal report for a transport accident claim
    ("Dr Ignatius Fairweather-Lam MBBS FRACS (Orth) FAOrthA\n"
     "Orthopaedic Surgeon - Medicolegal Consulting Rooms\n"
     "Suite 7, 100 Drummond Street, Carlton VIC 3053 | (03) 9555 0418 | medicolegal@fairweatherortho.com.au\n"
     "\n"
     "11 February 2026\n"
     "\n"
     "Ms Vanessa Doukas, Senior Associate\n"
     "Harcourt Pell Lawyers, Level 14, 360 Collins Street, Melbourne VIC 3000\n"
     "Your ref: VD:2024-1187 | TAC Claim No. 60418273\n"
     "\n"
     "Dear Ms Doukas,\n"
     "RE: Mr Jarrah Whitcombe-Pham, DOB 03/04/1990, of 12 Wattle Street, Sunshine VIC 3020\n"
     "Date of accident: 16 June 2024 | Date of assessment: 4 February 2026 | Interpreter: not required\n"
     "\n"
     "Thank you for your letter of 8 December 2025 asking for an assessment of impairment for a serious injury "
     "application under section 93 of the Transport Accident Act 1986.\n"
     "History: Mr Whitcombe-Pham, a 35-year-old scaffolder employed by Westgate Scaffolding Pty Ltd, Brooklyn, was "
     "riding his motorcycle (registration 6C4RV) on the Western Ring Road near the Ballarat Road exit when a car "
     "(registration 2FK 7QD) changed lanes into him. He was taken to The Alfred, where CT showed a left tibial "
     "plateau fracture (Schatzker IV) and a left distal radius fracture. He had ORIF of the tibial plateau on 17 June "
     "2024 (Mr Tobias Venkataraman) and closed reduction and K-wiring of the radius, then inpatient rehabilitation at "
     "Caulfield Hospital until 29 July 2024.\n"
     "Present complaints: medial left knee pain on stairs and ladders, swelling after 2 hours standing, giving way "
     "twice a month. He cannot return to scaffolding and now works part-time as a storeman at Bunnings Maribyrnong.\n"
     "Examination: antalgic gait; 1 cm quadriceps wasting; left knee effusion (positive patellar tap), flexion 0-110°, "
     "medial joint line tenderness; Lachman test negative, McMurray's test equivocal; varus alignment 4°. Left "
     "wrist: dorsiflexion 50°, palmar flexion 45°, grip (Jamar) 28 kg vs 46 kg right.\n"
     "X-rays (Lake Imaging, Footscray, 22/01/2026): united plateau with a 3 mm articular step and medial joint space "
     "narrowing - post-traumatic osteoarthritis (Kellgren-Lawrence grade 3).\n"
     "Lysholm score 58/100.\n"
     "Impairment (AMA Guides to the Evaluation of Permanent Impairment, 4th edition, as modified for the TAC): left "
     "knee 10% WPI; left wrist 3% WPI; combined 13% WPI.\n"
     "I expect that he will need a total knee replacement within 10 years.\n"
     "Records reviewed: The Alfred discharge summary (21/06/2024); Caulfield Hospital discharge summary; GP records "
     "of Dr Shalini Moodley, Footscray Family Medical Clinic, to 30/01/2026; physiotherapy notes (Kinetic Physio, "
     "Yarraville).\n"
     "I have read and complied with the Expert Witness Code of Conduct.\n"
     "\n"
     "Yours faithfully,\n"
     "Dr Ignatius Fairweather-Lam | AHPRA MED0001937402 | Medicare provider no. 241783AK",
     [("NAME", ["Ignatius", "Fairweather-Lam"]), ("ADDRESS", ["Suite 7, 100 Drummond Street"]),
      ("LOCATION", ["Carlton"]),
      ("POSTCODE", ["3053"]), ("PHONE", ["(03) 9555 0418"]), ("EMAIL", ["medicolegal@fairweatherortho.com.au"]),
      ("DATE", ["11 February 2026"]), ("NAME", ["Vanessa", "Doukas"]), ("HOSPITAL", ["Harcourt Pell Lawyers"]),
      ("ADDRESS", ["Level 14, 360 Collins Street"]), ("LOCATION", ["Melbourne"]), ("POSTCODE", ["3000"]),
      ("ID", ["VD:2024-1187"]), ("ID", ["60418273"]), ("NAME", ["Jarrah", "Whitcombe-Pham"]), ("DATE", ["03/04/1990"]),
      ("ADDRESS", ["12 Wattle Street"]), ("LOCATION", ["Sunshine"]), ("POSTCODE", ["3020"]), ("DATE", ["16 June 2024"]),
      ("DATE", ["4 February 2026"]), ("DATE", ["8 December 2025"]), ("HOSPITAL", ["Westgate Scaffolding Pty Ltd"]),
      ("LOCATION", ["Brooklyn"]), ("PLATE", ["6C4RV"]), ("LOCATION", ["Western Ring Road"]),
      ("ADDRESS", ["Ballarat Road"]), ("PLATE", ["2FK 7QD"]), ("HOSPITAL", ["The Alfred"]), ("DATE", ["17 June 2024"]),
      ("NAME", ["Tobias", "Venkataraman"]), ("HOSPITAL", ["Caulfield Hospital"]), ("DATE", ["29 July 2024"]),
      ("HOSPITAL", ["Bunnings"]), ("LOCATION", ["Maribyrnong"]), ("HOSPITAL", ["Lake Imaging"]),
      ("LOCATION", ["Footscray"]), ("DATE", ["22/01/2026"]), ("DATE", ["21/06/2024"]),
      ("NAME", ["Shalini", "Moodley"]), ("HOSPITAL", ["Footscray Family Medical Clinic"]), ("DATE", ["30/01/2026"]),
      ("HOSPITAL", ["Kinetic Physio"]), ("LOCATION", ["Yarraville"]), ("LICENCE", ["MED0001937402"]),
      ("LICENCE", ["241783AK"])],
     ["section 93", "Transport Accident Act 1986", "tibial plateau fracture (Schatzker IV)", "distal radius fracture",
      "medial joint line tenderness", "Lachman test negative", "McMurray's test equivocal", "Jamar",
      "post-traumatic osteoarthritis (Kellgren-Lawrence grade 3)", "Lysholm score 58/100",
      "AMA Guides to the Evaluation of Permanent Impairment, 4th edition", "total knee replacement"]),

    # 10 - Kenya, Nairobi: HIV comprehensive care centre clinical encounter
    ("KENYATTA NATIONAL HOSPITAL - Comprehensive Care Centre (CCC)\n"
     "Hospital Road, Upper Hill, Nairobi | P.O. Box 20723-00202\n"
     "HIV CARE AND TREATMENT - CLINICAL ENCOUNTER (MOH 257) | 10/03/2026\n"
     "CCC No. 13023-04187 | NUPI CR8104172936-5 | SHA No. SHA-2024-0871563\n"
     "Client: Nyokabi Wambui Kamau-Omondi | F | 38 yrs | DOB 21/07/1987 | National ID 27418306\n"
     "Residence: Gatina village, Kawangware, Dagoretti North | Occupation: sells mitumba at Toi Market\n"
     "Phone: 0722 555 418 | Treatment supporter: husband Mr. Kiprono Omondi (0733 555 902)\n"
     "Enrolled in 2014 at Mbagathi County Hospital; transferred in 2019. Regimen: TLD "
     "(tenofovir/lamivudine/dolutegravir) since the switch from TLE.\n"
     "Today: well, no complaints; adherence 100% by pill count (MMAS-8 8/8). Wt 66 kg, BMI 24.1, BP 122/78.\n"
     "TB screening (ICF): negative; completed 3HP in 2022. Cervical cancer screening: VIA negative (June 2025).\n"
     "Labs: viral load <50 copies/mL (LDL) on 12/02/2026; CD4 612 cells/µL; creatinine 71 µmol/L.\n"
     "WHO stage 1. Family planning: Jadelle implant (inserted 08/2023 at Riruta Health Centre). Husband HIV-negative, "
     "on PrEP through the index testing programme.\n"
     "Disclosure: to her husband and to her sister Wanjiku Kamau in Limuru.\n"
     "DSD: stable - in a community ART group (CAG 7, group leader Mama Atieno Were) with 6-monthly clinic refills.\n"
     "Dispensed: TLD x 180 tablets. Cotrimoxazole stopped (stable, CD4 > 350).\n"
     "Next appointment: 08/09/2026.\n"
     "Clinician: Mr. Barasa Wekesa, RCO | COC reg. CO/7418 | Peer educator: Beatrice Auma",
     [("HOSPITAL", ["KENYATTA NATIONAL HOSPITAL"]), ("ADDRESS", ["Hospital Road"]), ("LOCATION", ["Upper Hill"]),
      ("LOCATION", ["Nairobi"]), ("ADDRESS", ["P.O. Box 20723-00202"]), ("DATE", ["10/03/2026"]),
      ("MRN", ["13023-04187"]), ("ID", ["CR8104172936-5"]), ("ID", ["SHA-2024-0871563"]),
      ("NAME", ["Nyokabi", "Wambui", "Kamau-Omondi"]), ("DATE", ["21/07/1987"]), ("ID", ["27418306"]),
      ("LOCATION", ["Gatina"]), ("LOCATION", ["Kawangware"]), ("LOCATION", ["Dagoretti North"]),
      ("LOCATION", ["Toi Market"]), ("PHONE", ["0722 555 418"]), ("NAME", ["Kiprono", "Omondi"]),
      ("PHONE", ["0733 555 902"]), ("HOSPITAL", ["Mbagathi County Hospital"]), ("DATE", ["June 2025"]),
      ("DATE", ["12/02/2026"]), ("DATE", ["08/2023"]), ("HOSPITAL", ["Riruta Health Centre"]),
      ("NAME", ["Wanjiku", "Kamau"]), ("LOCATION", ["Limuru"]), ("NAME", ["Atieno", "Were"]), ("DATE", ["08/09/2026"]),
      ("NAME", ["Barasa", "Wekesa"]), ("LICENCE", ["CO/7418"]), ("NAME", ["Beatrice", "Auma"])],
     ["MOH 257", "TLD", "tenofovir/lamivudine/dolutegravir", "MMAS-8 8/8", "3HP", "VIA negative",
      "viral load <50 copies/mL", "CD4 612 cells/µL", "WHO stage 1", "Jadelle implant", "Cotrimoxazole"]),

    # 11 - England, Greater Manchester (Harpurhey): home treatment team crisis and contingency plan
    ("Greater Manchester Mental Health NHS Foundation Trust\n"
     "North Manchester Home-Based Treatment Team, Park House, North Manchester General Hospital, Delaunays Road, "
     "Crumpsall, Manchester M8 5RB | 0161 496 0284 (24 h)\n"
     "CRISIS AND CONTINGENCY PLAN / HOME TREATMENT REVIEW | 20/02/2026, home visit 14:00\n"
     "Service user: Ms Saoirse Wolstenholme | DOB 09/09/1998 | NHS 462 093 1187 | RiO 1418273 | Legal status: "
     "informal\n"
     "Address: 27 Moston Lane, Harpurhey, Manchester M9 4HL | mobile 07700 900 517\n"
     "Lives with her son Alfie (6, at Collyhurst Nursery School) and her grandmother, Mrs Winifred Slattery, who is 91 "
     "years old and whom she cares for. Works part-time at Boots, Manchester Arndale (off sick since 30 January).\n"
     "GP: Dr Anjali Whitworth-Rao, Cheetham Hill Medical Centre.\n"
     "Care coordinator: Jermaine Atherton-Kwei, CPN (jermaine.atherton-kwei@gmmh.nhs.uk)\n"
     "\n"
     "Background: emotionally unstable personality disorder; recurrent depressive disorder. Taken to the place of "
     "safety under section 136 of the Mental Health Act 1983 from the Irwell riverbank near Salford Central on 11 "
     "February after an overdose of 24 paracetamol; NAC at Salford Royal; referred to the team on discharge.\n"
     "Today: engaged; mood 3/10, sleeping 4 h, no further self-harm since 11/02; PHQ-9 19; GAD-7 15. Finding it hard "
     "since her ex-partner, Connor Brierley, was released from HMP Forest Bank; there is a non-molestation order. Her "
     "councillor, Cllr Dwight Ogunbanjo, is chasing the damp repairs with the housing association.\n"
     "Medication: sertraline increased to 150 mg OD (7 days' supply at a time from Blackley Village Pharmacy); "
     "promethazine 25 mg PRN for sleep; paracetamol removed from the house (her aunt, Geraldine Slattery, keeps it).\n"
     "Warning signs: stops answering her phone, stops taking Alfie to school, posts on TikTok (@saoirse.w.mcr) late "
     "at night.\n"
     "What helps: her aunt; walks in Boggart Hole Clough; her DBT skills workbook; calling the team.\n"
     "In crisis: the team on 0161 496 0284; after 21:00 the Mental Health Crisis Line (NHS 111, option 2); 999 in an "
     "emergency.\n"
     "Safeguarding: early help referral for Alfie discussed and agreed; school aware (Mrs Tamsin Oyenuga, DSL).\n"
     "Plan: daily visits for 1 week, then review with Dr Emeka Nwosu-Hartley, consultant psychiatrist, on "
     "27/02/2026; referral to the DBT programme.\n"
     "Signed: Jermaine Atherton-Kwei, CPN | NMC PIN 09H1741E",
     [("HOSPITAL", ["Greater Manchester Mental Health NHS Foundation Trust"]), ("LOCATION", ["Park House"]),
      ("HOSPITAL", ["North Manchester General Hospital"]), ("ADDRESS", ["Delaunays Road"]), ("LOCATION", ["Crumpsall"]),
      ("LOCATION", ["Manchester"]), ("POSTCODE", ["M8 5RB"]), ("PHONE", ["0161 496 0284"]), ("DATE", ["20/02/2026"]),
      ("NAME", ["Saoirse", "Wolstenholme"]), ("DATE", ["09/09/1998"]), ("ID", ["462 093 1187"]), ("MRN", ["1418273"]),
      ("ADDRESS", ["27 Moston Lane"]), ("LOCATION", ["Harpurhey"]), ("POSTCODE", ["M9 4HL"]),
      ("PHONE", ["07700 900 517"]), ("NAME", ["Alfie"]), ("HOSPITAL", ["Collyhurst Nursery School"]),
      ("NAME", ["Winifred", "Slattery"]), ("AGE", ["91 years old"]), ("HOSPITAL", ["Boots"]), ("LOCATION", ["Arndale"]),
      ("DATE", ["30 January"]), ("NAME", ["Anjali", "Whitworth-Rao"]), ("HOSPITAL", ["Cheetham Hill Medical Centre"]),
      ("NAME", ["Jermaine", "Atherton-Kwei"]), ("EMAIL", ["jermaine.atherton-kwei@gmmh.nhs.uk"]),
      ("LOCATION", ["Irwell"]), ("LOCATION", ["Salford Central"]), ("DATE", ["11 February"]),
      ("HOSPITAL", ["Salford Royal"]), ("DATE", ["11/02"]), ("NAME", ["Connor", "Brierley"]),
      ("LOCATION", ["HMP Forest Bank"]), ("NAME", ["Dwight", "Ogunbanjo"]), ("HOSPITAL", ["Blackley Village Pharmacy"]),
      ("NAME", ["Geraldine", "Slattery"]), ("HANDLE", ["@saoirse.w.mcr"]), ("LOCATION", ["Boggart Hole Clough"]),
      ("NAME", ["Tamsin", "Oyenuga"]), ("NAME", ["Emeka", "Nwosu-Hartley"]), ("DATE", ["27/02/2026"]),
      ("LICENCE", ["09H1741E"])],
     ["emotionally unstable personality disorder", "recurrent depressive disorder", "section 136",
      "Mental Health Act 1983", "overdose of 24 paracetamol", "PHQ-9 19", "GAD-7 15",
      "sertraline increased to 150 mg OD", "promethazine 25 mg PRN", "DBT skills", "Mental Health Crisis Line"]),

    # 12 - Russia, Novosibirsk: regional vascular centre discharge epicrisis, ischaemic stroke (Russian)
    ("ГБУЗ НСО «Государственная Новосибирская областная клиническая больница»\n"
     "Региональный сосудистый центр, неврологическое отделение для больных с ОНМК\n"
     "630087, г. Новосибирск, ул. Немировича-Данченко, д. 130 | тел. (383) 555-41-82\n"
     "ВЫПИСНОЙ ЭПИКРИЗ из медицинской карты стационарного больного № 2026/1847\n"
     "Ф.И.О.: Гребенщикова Лидия Аркадьевна | Дата рождения: 23.03.1954 (71 год)\n"
     "Полис ОМС: 5451 4102 8837 1946 | СНИЛС: 148-372-905 89\n"
     "Адрес: Новосибирская обл., г. Бердск, ул. Ленина, д. 44, кв. 17 | Пенсионерка, до 2019 г. — бухгалтер ООО "
     "«Бердский хлебозавод»\n"
     "Находилась на лечении с 02.02.2026 по 16.02.2026.\n"
     "Доставлена бригадой СМП из ГБУЗ НСО «Бердская центральная городская больница», куда обратилась 2 февраля в 07:40 "
     "с жалобами на слабость в правых конечностях и нарушение речи (последний раз видели здоровой в 06:15).\n"
     "Диагноз основной: Ишемический инсульт в бассейне левой средней мозговой артерии, кардиоэмболический подтип "
     "(TOAST). Сопутствующий: Фибрилляция предсердий, пароксизмальная форма, CHA2DS2-VASc 5 баллов. Гипертоническая "
     "болезнь III стадии.\n"
     "При поступлении: NIHSS 9 баллов, моторная афазия, правосторонний гемипарез до 3 баллов, рефлекс Россолимо "
     "справа.\n"
     "КТ головного мозга: ASPECTS 9. Проведена системная тромболитическая терапия алтеплазой 0,9 мг/кг (63 мг) в "
     "08:35.\n"
     "Динамика: при выписке NIHSS 3 балла, модифицированная шкала Рэнкина 2, индекс Бартел 80. Дуплексное "
     "сканирование БЦА: стенозы до 30%.\n"
     "Рекомендации: наблюдение невролога и кардиолога по месту жительства (поликлиника Бердской ЦГБ); апиксабан 5 мг "
     "2 раза в сутки с 16.02.2026; аторвастатин 40 мг вечером; контроль АД; занятия с логопедом.\n"
     "Родственники: сын Гребенщиков Павел Валерьевич, тел. +7 913 555-72-06, эл. почта pavel.greb@mail.ru.\n"
     "Лечащий врач: Сафронов Денис Олегович\n"
     "Зав. отделением: Ярошевская Инна Викторовна",
     [("HOSPITAL", ["Государственная Новосибирская областная клиническая больница"]), ("POSTCODE", ["630087"]),
      ("LOCATION", ["Новосибирск"]), ("ADDRESS", ["ул. Немировича-Данченко, д. 130"]), ("PHONE", ["(383) 555-41-82"]),
      ("MRN", ["2026/1847"]), ("NAME", ["Гребенщикова", "Лидия", "Аркадьевна"]), ("DATE", ["23.03.1954"]),
      ("ID", ["5451 4102 8837 1946"]), ("ID", ["148-372-905 89"]), ("LOCATION", ["Бердск"]),
      ("ADDRESS", ["ул. Ленина, д. 44, кв. 17"]), ("HOSPITAL", ["Бердский хлебозавод"]), ("DATE", ["02.02.2026"]),
      ("DATE", ["16.02.2026"]), ("HOSPITAL", ["Бердская центральная городская больница"]), ("DATE", ["2 февраля"]),
      ("HOSPITAL", ["Бердской ЦГБ"]), ("NAME", ["Гребенщиков", "Павел", "Валерьевич"]), ("PHONE", ["+7 913 555-72-06"]),
      ("EMAIL", ["pavel.greb@mail.ru"]), ("NAME", ["Сафронов", "Денис", "Олегович"]),
      ("NAME", ["Ярошевская", "Инна", "Викторовна"])],
     ["Ишемический инсульт в бассейне левой средней мозговой артерии", "кардиоэмболический подтип (TOAST)",
      "CHA2DS2-VASc 5 баллов", "NIHSS 9 баллов", "моторная афазия", "правосторонний гемипарез", "рефлекс Россолимо",
      "ASPECTS 9", "алтеплазой 0,9 мг/кг", "модифицированная шкала Рэнкина 2", "индекс Бартел 80", "апиксабан 5 мг"]),

    # 13 - India, Maharashtra (Mumbai): private diagnostic laboratory report, dengue with thrombocytopenia
    ("SUVIDHA PATHOLOGY & DIAGNOSTIC CENTRE\n"
     "Shop 3, Laxmi Niwas, S.V. Road, Andheri (West), Mumbai 400058 | Tel 022 5550 2718\n"
     "Patient: Mr. Rohan Deshmukh-Pillai | Age/Sex: 31 Y / M | Mob. +91 98205 55174\n"
     "Ref. by: Dr. Anupama Khandekar, MD (Med), Lokhandwala Clinic | Reg. No. SPD/2509/11418 | Lab ID 7418273\n"
     "Collected: 11/09/2025 08:20 (home collection, Versova) | Reported: 11/09/2025 17:55\n"
     "HAEMATOLOGY: Hb 15.9 g/dL; haematocrit 48% (42% on 02/09/2025); WBC 2,900/µL; platelet count 38,000/µL; "
     "peripheral smear: no malarial parasites, reactive lymphocytes.\n"
     "SEROLOGY: Dengue NS1 antigen (ELISA) POSITIVE; dengue IgM NEGATIVE; Widal test: TO 1:40, TH 1:40 (not "
     "significant); Weil-Felix: OX-K <1:80; leptospira IgM negative.\n"
     "BIOCHEMISTRY: SGOT 182 U/L, SGPT 96 U/L.\n"
     "Comment: CRITICAL - platelets below 50,000/µL; informed to Dr. Khandekar at 17:40 by phone.\n"
     "Verified by: Dr. Snehal Vartak, MD (Path) | MMC Reg. 2009/07/1843\n"
     "Report online: https://reports.suvidhapath.in/r/7Q4K9M2X | Printed from LIS 11/09/2025 18:42, terminal "
     "10.20.4.118",
     [("HOSPITAL", ["SUVIDHA PATHOLOGY & DIAGNOSTIC CENTRE"]), ("ADDRESS", ["Shop 3, Laxmi Niwas, S.V. Road"]),
      ("LOCATION", ["Andheri (West)"]), ("LOCATION", ["Mumbai"]), ("POSTCODE", ["400058"]),
      ("PHONE", ["022 5550 2718"]), ("NAME", ["Rohan", "Deshmukh-Pillai"]), ("PHONE", ["+91 98205 55174"]),
      ("NAME", ["Anupama", "Khandekar"]), ("HOSPITAL", ["Lokhandwala Clinic"]), ("ID", ["SPD/2509/11418"]),
      ("MRN", ["7418273"]), ("DATE", ["11/09/2025"]), ("LOCATION", ["Versova"]), ("DATE", ["02/09/2025"]),
      ("NAME", ["Snehal", "Vartak"]), ("LICENCE", ["2009/07/1843"]),
      ("URL", ["https://reports.suvidhapath.in/r/7Q4K9M2X"]), ("IP", ["10.20.4.118"])],
     ["haematocrit 48%", "platelet count 38,000/µL", "no malarial parasites", "Dengue NS1 antigen (ELISA) POSITIVE",
      "dengue IgM NEGATIVE", "Widal test", "TO 1:40, TH 1:40", "Weil-Felix", "OX-K <1:80", "leptospira IgM negative",
      "platelets below 50,000/µL"]),

    # 14 - Germany, Hamburg: surgical discharge letter to the GP after a Whipple operation (German)
    ("Universitätsklinikum Hamburg-Eppendorf\n"
     "Klinik und Poliklinik für Allgemein-, Viszeral- und Thoraxchirurgie\n"
     "Martinistraße 52, 20246 Hamburg | Tel. 040 7410-55418 | Fax 040 7410-55419\n"
     "\n"
     "Frau Dr. med. Brigitte Lüdemann-Yilmaz\n"
     "Hausarztpraxis am Spritzenplatz\n"
     "Bahrenfelder Straße 84, 22765 Hamburg\n"
     "\n"
     "Hamburg, den 23. Februar 2026\n"
     "\n"
     "Entlassungsbrief\n"
     "Sehr geehrte Frau Kollegin Lüdemann-Yilmaz,\n"
     "wir berichten über Herrn Jürgen Wachtendorf, geb. 11.04.1957, wohnhaft Ottenser Hauptstraße 19, 22765 Hamburg, "
     "KVNR M418273604, der sich vom 03.02.2026 bis 21.02.2026 in unserer stationären Behandlung befand.\n"
     "Diagnosen:\n"
     "- Adenokarzinom des Pankreaskopfes, pT2 pN1 (2/19) L1 V0 Pn1 R0, G2; UICC-Stadium IIB\n"
     "- Z. n. ERCP mit Plastikstent am 14.01.2026 im Asklepios Klinikum Altona bei Verschlussikterus\n"
     "- Diabetes mellitus Typ 3c, neu\n"
     "Anamnese: schmerzloser Ikterus seit Anfang Januar, Gewichtsverlust 6 kg; Courvoisier-Zeichen positiv. CA 19-9 "
     "präoperativ 412 U/ml.\n"
     "Operation am 05.02.2026: pyloruserhaltende partielle Duodenopankreatektomie (Whipple-Operation in der "
     "Modifikation nach Traverso-Longmire); Operateur: Prof. Dr. med. Konstantin Aßmann-Richter.\n"
     "Verlauf: biochemisches Leck (Drainage-Lipase am 3. POD 2.140 U/l) ohne klinisch relevante Pankreasfistel; "
     "Magenentleerungsstörung Grad A nach ISGPS; Clavien-Dindo II. Kostaufbau ab dem 6. POD.\n"
     "Entlassmedikation: Kreon 25.000, 2 Kapseln zu jeder Hauptmahlzeit; Insulin glargin 8 IE zur Nacht; Pantoprazol "
     "40 mg 1-0-0; Metamizol 500 mg bei Bedarf bis 4x täglich; Enoxaparin 40 mg s.c. bis zum 28. postoperativen Tag.\n"
     "Procedere: laut Tumorkonferenz adjuvante Chemotherapie mit mFOLFIRINOX über 6 Monate, Beginn innerhalb von 12 "
     "Wochen, im Onkologischen Zentrum (Dr. med. Svenja Okonkwo-Brandt, Tel. 040 7410-53906). Wiedervorstellung in "
     "unserer Sprechstunde am 10. März 2026.\n"
     "Herr Wachtendorf war bis 2022 Hafenlotse bei der Lotsenbrüderschaft Elbe; Ansprechpartnerin ist seine Ehefrau, "
     "Frau Gesine Wachtendorf (Tel. 0171 5550 418).\n"
     "\n"
     "Mit freundlichen kollegialen Grüßen\n"
     "Prof. Dr. med. K. Aßmann-Richter, Klinikdirektor\n"
     "Dr. med. Leonie Brzezinski, Assistenzärztin",
     [("HOSPITAL", ["Universitätsklinikum Hamburg-Eppendorf"]), ("ADDRESS", ["Martinistraße 52"]),
      ("POSTCODE", ["20246"]), ("LOCATION", ["Hamburg"]), ("PHONE", ["040 7410-55418"]), ("PHONE", ["040 7410-55419"]),
      ("NAME", ["Brigitte", "Lüdemann-Yilmaz"]), ("HOSPITAL", ["Hausarztpraxis am Spritzenplatz"]),
      ("ADDRESS", ["Bahrenfelder Straße 84"]), ("POSTCODE", ["22765"]), ("DATE", ["23. Februar 2026"]),
      ("NAME", ["Jürgen", "Wachtendorf"]), ("DATE", ["11.04.1957"]), ("ADDRESS", ["Ottenser Hauptstraße 19"]),
      ("ID", ["M418273604"]), ("DATE", ["03.02.2026"]), ("DATE", ["21.02.2026"]), ("DATE", ["14.01.2026"]),
      ("HOSPITAL", ["Asklepios Klinikum Altona"]), ("DATE", ["Anfang Januar"]), ("DATE", ["05.02.2026"]),
      ("NAME", ["Konstantin", "Aßmann-Richter"]), ("NAME", ["Svenja", "Okonkwo-Brandt"]),
      ("PHONE", ["040 7410-53906"]), ("DATE", ["10. März 2026"]), ("HOSPITAL", ["Lotsenbrüderschaft Elbe"]),
      ("NAME", ["Gesine", "Wachtendorf"]), ("PHONE", ["0171 5550 418"]), ("NAME", ["Leonie", "Brzezinski"])],
     ["Adenokarzinom des Pankreaskopfes", "pT2 pN1 (2/19) L1 V0 Pn1 R0, G2", "UICC-Stadium IIB", "Verschlussikterus",
      "Diabetes mellitus Typ 3c", "Courvoisier-Zeichen positiv", "CA 19-9 präoperativ 412 U/ml", "Whipple-Operation",
      "Traverso-Longmire", "ISGPS", "Clavien-Dindo II", "Kreon 25.000", "mFOLFIRINOX"]),

    # 15 - South Africa, Gauteng (Soweto): drug-resistant TB treatment initiation record
    ("CHRIS HANI BARAGWANATH ACADEMIC HOSPITAL - DR-TB Unit (Ward 12)\n"
     "26 Chris Hani Road, Diepkloof, Soweto 1864 | Tel 011 555 0418\n"
     "DR-TB TREATMENT INITIATION RECORD | 2026-01-27\n"
     "Patient: Ms Zanele Sithole-Mahlangu | 38 y F | DOB 1987-03-14 | SA ID 8703140125080 | Hosp. no. 41827306 | "
     "EDRWeb no. GP-JHB-26-00418 | DR-TB register no. 26/014\n"
     "Address: 2184 Vilakazi Street, Orlando West, Soweto | cell 072 555 3019\n"
     "Occupation: cashier at Checkers, Maponya Mall (stopped working in December)\n"
     "Referred from: Zola Community Health Centre (Sr Lerato Masilela): GeneXpert MTB/RIF Ultra - MTB detected "
     "(medium), rifampicin resistance DETECTED, on 2026-01-16.\n"
     "LPA (NHLS, Braamfontein): inhA mutation (low-level INH resistance), katG not detected; fluoroquinolone "
     "resistance not detected.\n"
     "HIV: positive since 2016, on TLD, VL 180 copies/mL, CD4 212 cells/µL. DS-TB treated in 2019 (cured).\n"
     "Baseline: Wt 51 kg, BMI 19.2; Hb 10.6 g/dL; K 3.9, Mg 0.82; ALT 28; creatinine 64 µmol/L; ECG QTcF 418 ms; "
     "audiometry normal; visual acuity 6/6, Ishihara normal; PHQ-9 11; urine bHCG negative.\n"
     "Regimen: BPaLM - bedaquiline 400 mg daily x 2 weeks then 200 mg three times a week; pretomanid 200 mg daily; "
     "linezolid 600 mg daily; moxifloxacin 400 mg daily - for 6 months. Pyridoxine 50 mg daily.\n"
     "Monitoring: ECG at weeks 2, 4, 8 and 12; FBC monthly (linezolid: myelosuppression, peripheral and optic "
     "neuropathy).\n"
     "Household contacts screened: son Sipho (14) and daughter Lindiwe (9), at Orlando West High School and Phefeni "
     "Primary; her mother, Mrs Gertrude Sithole.\n"
     "Treatment supporter: sister Nonhlanhla Mahlangu, Meadowlands Zone 5, 083 555 7261.\n"
     "Clinician: Dr Ayanda Khumalo-Botha, Medical Officer | HPCSA MP 0839175",
     [("HOSPITAL", ["CHRIS HANI BARAGWANATH ACADEMIC HOSPITAL"]), ("ADDRESS", ["26 Chris Hani Road"]),
      ("LOCATION", ["Diepkloof"]), ("LOCATION", ["Soweto"]), ("POSTCODE", ["1864"]), ("PHONE", ["011 555 0418"]),
      ("DATE", ["2026-01-27"]), ("NAME", ["Zanele", "Sithole-Mahlangu"]), ("DATE", ["1987-03-14"]),
      ("ID", ["8703140125080"]), ("MRN", ["41827306"]), ("ID", ["GP-JHB-26-00418"]), ("ID", ["26/014"]),
      ("ADDRESS", ["2184 Vilakazi Street"]), ("LOCATION", ["Orlando West"]), ("PHONE", ["072 555 3019"]),
      ("HOSPITAL", ["Checkers"]), ("LOCATION", ["Maponya Mall"]), ("DATE", ["December"]),
      ("HOSPITAL", ["Zola Community Health Centre"]), ("NAME", ["Lerato", "Masilela"]), ("DATE", ["2026-01-16"]),
      ("LOCATION", ["Braamfontein"]), ("NAME", ["Sipho"]), ("NAME", ["Lindiwe"]),
      ("HOSPITAL", ["Orlando West High School"]), ("HOSPITAL", ["Phefeni Primary"]), ("NAME", ["Gertrude", "Sithole"]),
      ("NAME", ["Nonhlanhla", "Mahlangu"]), ("LOCATION", ["Meadowlands Zone 5"]), ("PHONE", ["083 555 7261"]),
      ("NAME", ["Ayanda", "Khumalo-Botha"]), ("LICENCE", ["MP 0839175"])],
     ["GeneXpert MTB/RIF Ultra", "rifampicin resistance DETECTED", "inhA mutation", "katG", "VL 180 copies/mL",
      "CD4 212 cells/µL", "QTcF 418 ms", "Ishihara normal", "BPaLM", "bedaquiline 400 mg daily",
      "pretomanid 200 mg daily", "linezolid 600 mg daily"]),

    # 16 - New Zealand, Canterbury (Christchurch): accident compensation injury claim note, short
    ("Riccarton Clinic, 6 Yaldhurst Road, Christchurch - ACC45 injury claim lodged 14/03/2026, claim no. 10041827364.\n"
     "Manaia Pōtae-Griffiths (NHI MKW3054), roofer with Pegasus Bay Roofing, Rangiora: fell 2 m from a ladder onto an "
     "outstretched hand. Anatomical snuffbox tenderness; scaphoid series normal - treat as an occult scaphoid "
     "fracture in a thumb spica. Will review in 10-14 days with repeat X-rays. Dr Kahurangi Solomon-Pēni",
     [("HOSPITAL", ["Riccarton Clinic"]), ("ADDRESS", ["6 Yaldhurst Road"]), ("LOCATION", ["Christchurch"]),
      ("DATE", ["14/03/2026"]), ("ID", ["10041827364"]), ("NAME", ["Manaia", "Pōtae-Griffiths"]),
      ("ID", ["MKW3054"]), ("HOSPITAL", ["Pegasus Bay Roofing"]), ("LOCATION", ["Rangiora"]),
      ("NAME", ["Kahurangi", "Solomon-Pēni"])],
     ["ACC45", "Anatomical snuffbox tenderness", "scaphoid series normal", "occult scaphoid fracture", "thumb spica",
      "Will review in 10-14 days"]),

    # 17 - Greece, Central Macedonia (Thessaloniki): polysomnography report, severe obstructive sleep apnoea (Greek)
    ("Γενικό Νοσοκομείο Θεσσαλονίκης «Γ. Παπανικολάου» - Πνευμονολογική Κλινική, Εργαστήριο Μελέτης Ύπνου\n"
     "Λεωφόρος Παπανικολάου, 570 10 Εξοχή Θεσσαλονίκης | τηλ. 2313 555 418\n"
     "ΠΟΡΙΣΜΑ ΠΟΛΥΣΩΜΝΟΓΡΑΦΙΑΣ | Μελέτη: νύχτα 9ης προς 10η Φεβρουαρίου 2026 | Αρ. μελέτης ΥΠΝ-26-0117\n"
     "Ασθενής: Χαράλαμπος Τσολάκης του Δημητρίου, 70 ετών, γεν. 28/11/1955, ΑΜΚΑ 28115503162\n"
     "Διεύθυνση: Εγνατίας 112, 546 30 Θεσσαλονίκη | κιν. 694 555 3827\n"
     "Επάγγελμα: οδηγός ταξί (ΝΕΖ-4813, «Ράδιο Ταξί Μακεδονία»)\n"
     "Παραπομπή: Δρ Ελπίδα Γκουτζιαμάνη, ΤΟΜΥ Καλαμαριάς, για ροχαλητό, άπνοιες στον ύπνο που παρατήρησε η σύζυγός "
     "του Σταυρούλα, και ημερήσια υπνηλία· παραλίγο τροχαίο στην Περιφερειακή Οδό τον Δεκέμβριο.\n"
     "Κλινικά: BMI 36,4 kg/m², περίμετρος τραχήλου 46 cm, Mallampati IV, κλίμακα Epworth 15/24, STOP-Bang 7.\n"
     "Αποτελέσματα: συνολικός χρόνος ύπνου 382 min, αποδοτικότητα ύπνου 78%. AHI 42/ώρα (ύπτια θέση 61/ώρα), κυρίως "
     "αποφρακτικές άπνοιες· ODI 39/ώρα· SpO2 nadir 76%, T90 18%. Περιοδικές κινήσεις άκρων 4/ώρα. Φλεβοκομβικός "
     "ρυθμός.\n"
     "Συμπέρασμα: Σοβαρό σύνδρομο αποφρακτικής άπνοιας-υπόπνοιας ύπνου.\n"
     "Σύσταση: CPAP με αυτόματη συσκευή (ResMed AirSense 10, σ/α 23161418207, πίεση 6-14 cmH2O)· απώλεια βάρους· "
     "όχι αλκοόλ το βράδυ· να μην οδηγεί επαγγελματικά έως ότου τεκμηριωθεί χρήση ≥4 ώρες/νύχτα· επανεκτίμηση σε 3 "
     "μήνες.\n"
     "Ιατρός: Αριστείδης Παπαναστασίου-Λιάκος, Πνευμονολόγος, Υπεύθυνος Εργαστηρίου Ύπνου",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Θεσσαλονίκης"]), ("HOSPITAL", ["Γ. Παπανικολάου"]),
      ("ADDRESS", ["Λεωφόρος Παπανικολάου"]), ("POSTCODE", ["570 10"]), ("LOCATION", ["Εξοχή"]),
      ("PHONE", ["2313 555 418"]), ("DATE", ["9ης", "10η Φεβρουαρίου 2026"]), ("ID", ["ΥΠΝ-26-0117"]),
      ("NAME", ["Χαράλαμπος", "Τσολάκης"]), ("NAME", ["Δημητρίου"]), ("DATE", ["28/11/1955"]), ("ID", ["28115503162"]),
      ("ADDRESS", ["Εγνατίας 112"]), ("POSTCODE", ["546 30"]), ("LOCATION", ["Θεσσαλονίκη"]),
      ("PHONE", ["694 555 3827"]), ("PLATE", ["ΝΕΖ-4813"]), ("HOSPITAL", ["Ράδιο Ταξί Μακεδονία"]),
      ("NAME", ["Ελπίδα", "Γκουτζιαμάνη"]), ("HOSPITAL", ["ΤΟΜΥ Καλαμαριάς"]), ("NAME", ["Σταυρούλα"]),
      ("LOCATION", ["Περιφερειακή Οδό"]), ("DATE", ["Δεκέμβριο"]), ("SERIAL", ["23161418207"]),
      ("NAME", ["Αριστείδης", "Παπαναστασίου-Λιάκος"])],
     ["BMI 36,4 kg/m²", "περίμετρος τραχήλου 46 cm", "Mallampati IV", "κλίμακα Epworth 15/24", "STOP-Bang 7",
      "AHI 42/ώρα", "ODI 39/ώρα", "SpO2 nadir 76%", "Σοβαρό σύνδρομο αποφρακτικής άπνοιας-υπόπνοιας ύπνου", "CPAP",
      "ResMed AirSense 10"]),

    # 18 - Philippines, Metro Manila (Quezon City): haemodialysis treatment record and insurance claim attachment
    ("NATIONAL KIDNEY AND TRANSPLANT INSTITUTE - Hemodialysis Unit\n"
     "East Avenue, Diliman, Quezon City 1101 | Trunkline (02) 8555 0418\n"
     "HEMODIALYSIS TREATMENT RECORD AND PHILHEALTH CLAIM ATTACHMENT | March 2026\n"
     "Patient: Mr. Rodel Macaraeg-Ilagan | 52/M | DOB 07/14/1973 | Hosp. No. NKTI-HD-0041827 | PhilHealth PIN "
     "12-050418273-6 (member: self)\n"
     "Address: Blk 14 Lot 3, Sampaguita St., Brgy. Commonwealth, Quezon City | CP 0917 555 2816\n"
     "Work: jeepney driver, Commonwealth-Fairview Jeepney Operators and Drivers Association (jeepney plate NBC 1847)\n"
     "Diagnosis: CKD stage 5D secondary to diabetic nephropathy; on HD since August 2024, 2x/week, via a left "
     "radiocephalic (Brescia-Cimino) AV fistula created by Dr. Ramil Gatchalian-Yap on 05/20/2024.\n"
     "Prescription: Fresenius 4008S (machine s/n 8RLA1827), FX80 dialyzer, 4 h, Qb 300 mL/min, Qd 500 mL/min, dry "
     "weight 63.5 kg, heparin 2,000 U bolus.\n"
     "Sessions this month:\n"
     "03/03/2026 - pre 66.1 kg / post 63.8 kg; BP 168/92 -> 142/84; no complications\n"
     "03/06/2026 - pre 65.4 / post 63.6; intradialytic hypotension (BP 88/50) at hour 3 - UF stopped, 200 mL NSS\n"
     "03/10/2026 - pre 66.0 / post 63.7; thrill and bruit good\n"
     "Monthly labs (03/03/2026): Hb 9.8 g/dL, ferritin 412 ng/mL, TSAT 24%, K 5.6, phosphorus 1.9 mmol/L, iPTH "
     "488 pg/mL; URR 68%, Kt/V 1.32.\n"
     "Medications: epoetin alfa 4,000 IU SC after each session; iron sucrose 100 mg IV weekly x 4; calcium carbonate "
     "500 mg TID with meals; amlodipine 10 mg.\n"
     "Malasakit Center assistance approved (ref. MC-QC-26-1183).\n"
     "Wife: Mrs. Marites Ilagan (watcher), 0918 555 3307.\n"
     "HD nurse: Ma. Corazon Dimagiba, RN, PRC 0587214 | Nephrologist: Dr. Jose Raphael Tuazon-Sy, PRC 0112873",
     [("HOSPITAL", ["NATIONAL KIDNEY AND TRANSPLANT INSTITUTE"]), ("ADDRESS", ["East Avenue"]),
      ("LOCATION", ["Diliman"]), ("LOCATION", ["Quezon City"]), ("POSTCODE", ["1101"]), ("PHONE", ["(02) 8555 0418"]),
      ("DATE", ["March 2026"]), ("NAME", ["Rodel", "Macaraeg-Ilagan"]), ("DATE", ["07/14/1973"]),
      ("MRN", ["NKTI-HD-0041827"]), ("ID", ["12-050418273-6"]), ("ADDRESS", ["Blk 14 Lot 3, Sampaguita St."]),
      ("LOCATION", ["Brgy. Commonwealth"]), ("PHONE", ["0917 555 2816"]),
      ("HOSPITAL", ["Commonwealth-Fairview Jeepney Operators and Drivers Association"]), ("PLATE", ["NBC 1847"]),
      ("DATE", ["August 2024"]), ("NAME", ["Ramil", "Gatchalian-Yap"]), ("DATE", ["05/20/2024"]),
      ("SERIAL", ["8RLA1827"]), ("DATE", ["03/03/2026"]), ("DATE", ["03/06/2026"]), ("DATE", ["03/10/2026"]),
      ("ID", ["MC-QC-26-1183"]), ("NAME", ["Marites", "Ilagan"]), ("PHONE", ["0918 555 3307"]),
      ("NAME", ["Ma. Corazon", "Dimagiba"]), ("LICENCE", ["0587214"]), ("NAME", ["Jose Raphael", "Tuazon-Sy"]),
      ("LICENCE", ["0112873"])],
     ["CKD stage 5D", "diabetic nephropathy", "Brescia-Cimino", "Fresenius 4008S", "dry weight 63.5 kg",
      "intradialytic hypotension", "thrill and bruit good", "ferritin 412 ng/mL", "iPTH 488 pg/mL", "URR 68%",
      "Kt/V 1.32", "epoetin alfa 4,000 IU SC"]),

    # 19 - Scotland, Glasgow (Tollcross): district nursing leg ulcer record, patient aged 90
    ("District Nursing Team (East), Shettleston Health Centre\n"
     "420 Old Shettleston Road, Glasgow G32 7JZ | Team base 0141 496 0372\n"
     "DISTRICT NURSING RECORD - LEG ULCER CARE\n"
     "Patient: Mrs Euphemia (Effie) McCorkindale | aged 90 | DOB 07/06/1935 | CHI 0706354184\n"
     "Address: 3/1, 58 Wellshot Road, Tollcross, Glasgow G32 7QR (third floor, no lift - housebound) | Tel 0141 496 "
     "0815\n"
     "GP: Dr Lachlan Abernethy, Tollcross Medical Practice | Key holder: daughter Senga Rafferty, 07700 900 448; "
     "neighbour Mrs Grace Docherty checks on her daily\n"
     "History: venous leg ulcer, R gaiter area, since Hogmanay; DVT R leg 1979; varicose vein surgery at Stobhill "
     "Hospital in 1984; hypertension; OA knees; widowed since 2011; moved from Easterhouse in 2003.\n"
     "Assessment 02/02/2026: ABPI R 0.92, L 0.98 (hand-held Doppler, triphasic); ulcer 4.2 x 3.1 cm, 60% slough, "
     "moderate exudate, no odour; surrounding varicose eczema. Waterlow 16; MUST 1; pain 4/10.\n"
     "Plan: cleanse with tap water, Cavilon to the edges, Aquacel Extra, two-layer compression (Actico) twice weekly; "
     "Epaderm to both legs; elevation. Mark ulcer edges on the acetate at each visit. Refer to the Leg Ulcer Clinic "
     "at Parkhead if not 40% smaller in 4 weeks.\n"
     "05/02/2026: dressing intact, exudate reducing; 4.0 x 3.0 cm.\n"
     "09/02/2026: spreading erythema 2 cm, warm - swab taken; Dr Abernethy prescribed flucloxacillin 500 mg QDS for 7 "
     "days; recheck Thursday.\n"
     "Effie says she will be 91 on 7 June and wants to walk to the rose garden in Tollcross Park by then.\n"
     "Nurse: Morven Dalgleish, Senior Charge Nurse | NMC PIN 11I0438S",
     [("HOSPITAL", ["Shettleston Health Centre"]), ("ADDRESS", ["420 Old Shettleston Road"]), ("LOCATION", ["Glasgow"]),
      ("POSTCODE", ["G32 7JZ"]), ("PHONE", ["0141 496 0372"]), ("NAME", ["Euphemia", "Effie", "McCorkindale"]),
      ("AGE", ["aged 90"]), ("DATE", ["07/06/1935"]), ("ID", ["0706354184"]), ("ADDRESS", ["3/1, 58 Wellshot Road"]),
      ("LOCATION", ["Tollcross"]), ("POSTCODE", ["G32 7QR"]), ("PHONE", ["0141 496 0815"]),
      ("NAME", ["Lachlan", "Abernethy"]), ("HOSPITAL", ["Tollcross Medical Practice"]),
      ("NAME", ["Senga", "Rafferty"]), ("PHONE", ["07700 900 448"]), ("NAME", ["Grace", "Docherty"]),
      ("DATE", ["Hogmanay"]), ("DATE", ["1979"]), ("HOSPITAL", ["Stobhill Hospital"]), ("DATE", ["1984"]),
      ("DATE", ["2011"]), ("LOCATION", ["Easterhouse"]), ("DATE", ["2003"]), ("DATE", ["02/02/2026"]),
      ("LOCATION", ["Parkhead"]), ("DATE", ["05/02/2026"]), ("DATE", ["09/02/2026"]), ("AGE", ["91"]),
      ("DATE", ["7 June"]), ("LOCATION", ["Tollcross Park"]), ("NAME", ["Morven", "Dalgleish"]),
      ("LICENCE", ["11I0438S"])],
     ["venous leg ulcer", "varicose vein surgery", "ABPI R 0.92, L 0.98", "hand-held Doppler", "varicose eczema",
      "Waterlow 16", "Cavilon", "Aquacel Extra", "two-layer compression (Actico)", "Epaderm", "Mark ulcer edges",
      "flucloxacillin 500 mg QDS"]),
] + MORE_NOTES
