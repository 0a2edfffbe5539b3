"""Twenty-fifth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their documentation,
and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it
shows.

40 notes (1256 planted identifier parts in 1068 (kind, parts) entries; 382 clinical strings), mostly in English, written
the way clinicians write them: an emergency department note after a fall at a saint's-day party, a cardiology discharge
summary, an interfacility transfer note with a fixed-wing retrieval, a medical discharge summary, a nursing station SBAR
note with a medevac, a community nursing telephone message and on-call advice record, primary health care centre notes
transcribed from handwriting, an emergency medicine admission record, a referral letter to a cancer centre, a medical
certificate of cause of death (maternal death), a cholera treatment centre line list, a night-shift nursing note in a
stabilisation centre, an emergency record after a helicopter rescue, an urgent notification of a plague case, a health
centre referral letter, a township hospital transfer note, a surgical discharge summary, a medical officer's radio and
telephone consultation log, an emergency department record of an occupational heat illness, a medical discharge summary,
a malaria clinic daily register, an ex-mineworker's benefit medical examination (occupational health form), a stroke
thrombolysis and transfer note, a general practitioner's home visit, an internal medicine referral letter, an emergency
room record of a farm accident, a surgical discharge letter, a hepatobiliary surgery discharge record, an out-of-hours
telephone consultation, a community health aide encounter written in abbreviations, aged-care progress notes, an
orthopaedic discharge report, a black lung benefits pulmonary evaluation (occupational health form), a medical
certificate of death, an ICU admission history and physical, an accident and emergency note of a snakebite, a ward
nursing record, a doctor's telephone consultation with an air retrieval, a referral and transfer form, and a nephrology
clinic list. From England (Cornwall), Scotland (Scottish Borders, Orkney), the US (Navajo Nation in Arizona, Alaska's
Yukon-Kuskokwim Delta, West Virginia, Louisiana), Canada (Labrador, Yukon), Australia (Torres Strait, Tasmania), Rwanda,
Malawi, Senegal, Sudan, Nepal, Mongolia, Myanmar (Kachin State), the Solomon Islands, Kiribati, Dominica, Guyana,
Lesotho, Italy (Sardinia, in English), Bolivia, Paraguay (the Mennonite Chaco), Belize, Vanuatu (Tanna), Sri Lanka, the
Falkland Islands, Greece (Chania, Lesvos, Kalamata), Cyprus (Limassol), mainland China (Yunnan, Inner Mongolia), Hong
Kong, Taiwan (Hualien), the Faroe Islands and Andorra.

Scripts and languages (positions in ``NOTES``, counted from 0): notes 3 (Chania), 14 (Lesvos), 22 (Limassol) and 33
(Kalamata) are in Greek script, with Greek and Cypriot names and patronymics, addresses, phone numbers, facilities,
Greek month names and Orthodox feast days; notes 7 (Dali) and 27 (Hulunbuir) are in simplified Chinese and notes 18
(Hong Kong) and 36 (Hualien) in traditional Chinese, with names, addresses, phone numbers, facilities and dates in
Chinese; note 26 is in Danish (Faroe Islands) and note 31 in Catalan (Andorra), each with dates in that language; all
other notes (30) are in English (Latin script), some with names in Cyrillic (Mongolian) and Myanmar script.

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (Sig.ra, Tzia, Sra.,
Dra., Daw, Ko, Nei, Adja, Chief, Sr, S/N, Medex, VPSO, 'Ma-, του with a patronymic, 族名 with an indigenous name),
initials with surnames (Dr R. Nance, Dr S. Whap-Kabai, L. Nanalook, W.M., H.G., R.M., A.M. and K.D. before Sri Lankan
names), nicknames (Jacka, Wally, J.P., Ah Tu, Baye Fall, Kancha, Biggs, Jah-Jah, Skippy, Dev, Jake, Mags, Tee-Boy,
Freddy, Yaro, Clarrie, Totore, Mundina, Bucky), bare in prose, in sign-offs, in pipe tables, addresses with and without
house numbers (a cottage name, a highway kilometre post, a Torres Strait lot, a camp block and shelter, a Chinese
village group number, a Hong Kong estate block, floor and flat, a Taiwanese neighbourhood number, a Mennonite village
number, a Catalan floor and door, P.O. boxes, a private bag and a PO drawer), "transferred from", employers (a china
clay pit, a fish plant, a placer camp, a tie-dye workshop, a mountain lodge, a tea estate, a hotel, a jade company, a
tuna cannery, a construction company, a gold-mining company and its backdam camps, a gold mine shaft, a dairy plant, a
trawler, a creel boat, a shrimp boat, a crayfish boat, a coal company and its mine, a jungle lodge, volcano-tour
bungalows, a pharmacy, a village pub and a chapter house), schools, a university, a football club, a church, a mosque
quarter, a temple, a care home, named wards and wings, GP practices, health centres, aid posts, a virology laboratory, a
reference institute and hospitals and streets named after people (Karl Heusner, King Edward VII, Princess Margaret,
Ernest Oppenheimer, Manuel Giagni, Nostra Senyora de Meritxell, Ο Άγιος Γεώργιος, Βοστάνειο, Ochsner, Thibodaux,
Ελευθερίου Βενιζέλου, Αριστομένους, Αρχιεπισκόπου Λεοντίου Α΄, J.C. Svabos gøta, Av. Fiter i Rossell, Via Santa
Barbara), places named after people or saints (St Austell, St. John's, Agia Paraskevi, Santa Cruz de la Sierra, San Juan
del Piraí, Sucre), and places that are everyday words or first names (Bugle, Roche, Stow, Many Farms, Happy Valley-Goose
Bay, Black Tickle, Destruction Bay, Thursday Island, Goodwill, Massacre, Bells, Aroma, Lakeside, War, Panther, Cut Off,
Golden Meadow, Grand Isle, Penguin, Snug, Evie, Roma, Hill Cove, Mount Pleasant, Stanley, Bullet Tree Falls, Ogle,
Sulphur Bay, Welkom, Eek, 苍山, 港口村; and Hope, Rose, Grace, Chikondi, Active, Chief, Pop, Mainland, Hull, Saltmarsh,
Joseph, James, Jude, 白云, 乌云, 字 and ΚΥΡΙΑΚΟΠΟΥΛΟΥ as people); also e-mail addresses, a hospital booking URL, a case-image
URL and a claims-portal URL, IPv4 addresses of a telemedicine cart and a PACS node, an Instagram handle, a WeChat ID, a
LINE ID and a messaging handle, road vehicle plates (a car, a pickup and trucks, ambulances, a minibus, a UAZ van),
aircraft registrations (a King Air, a charter, a helicopter, a Twin Otter, a Caravan, an Islander, a Paraguayan air
ambulance), fishing-vessel registrations, professional licences (GMC, CRNNL, YRNA, RMDC, MCM, NMC, SAMA, MDBSI, KMDC,
MBD, BMDC, VMDC, SLNC, LMDC, CHAP, AHPRA, a Hong Kong medical registration, a Danish autorisations-ID, a Catalan
col·legiada number, a Bolivian matrícula, a Paraguayan registro, an Italian Ordine number, a Greek ΙΣ and ΠΙΣ number, a
NIOSH B reader certificate, state licences and a Taiwanese nurse certificate, a West Virginia driving licence), device
serial numbers (a home INR meter, a Holter recorder, a hearing aid, an oxygen concentrator), insurance and national
numbers, case, claim, call, incident, notification and certificate numbers, fax, bleep and extension numbers, and dates
in many formats (full dates in several orders and separators, year-less dates with slashes, dots or words, month and
year, dates in words, a Bikram Sambat date, and St Piran's Day, Thanksgiving, Umuganura, the Grand Magal, Naadam,
Thingyan, Dashain, Independence Day, 火把节, 查干萨日, 春节, 豐年祭 (Ilisin), Φώτα, Αγίου Πνεύματος, Δεκαπενταύγουστος, Καθαρά
Δευτέρα, Μεγάλη Παρασκευή, Sant'Antonio, Easter, Carnaval Monday, Ólavsøka, dia de Reis, Ne'erday, Valentine's Day,
Anzac Day, Mardi Gras, St. George's Caye Day, Battle Day, John Frum Day and Avurudu). Where a real identifier has a
check digit (NHS number, Scottish CHI, US NPI, Greek AMKA, Chinese resident ID, Hong Kong identity card, Taiwan ID,
Australian Medicare, Italian codice fiscale) the planted one passes it; the other national, insurance and licence
numbers keep a plausible format (Sri Lankan NIC in the old and new formats with birth year and day, Faroese P-tal with
the birth date, Myanmar NRC, Mongolian civil register number, Rwandan national ID, US SSN and Medicare MBI, Arizona
AHCCCS ID, Bolivian C.I. with its department, Paraguayan cédula, Cypriot identity card and GeSY number, Greek ΑΔΤ). No
name, place or facility is planted in more than one note. Six people are aged 90 or over (notes 3, 10, 17, 23, 30 and
33), and in their notes the age and every date element, bare years, months and holidays included, are planted; where a
younger patient's note has a bare year (notes 20, 21 and 32), it is left in the text and not planted. The strings that
must survive include eponyms and eponymous signs, scores and classifications (Mobitz, Osborn, Sydenham, Jones, Burkitt,
Murphy (St Jude) staging, B-Lynch, Ringer, Koplik, Lake Louise, Gustilo-Anderson, Weil, Glasgow-Blatchford, Forrest,
Wright, Rose Bengal, Kuschnir, Rassi, Morison, Young-Burgess, Boerhaave, Mackler, Schatzker, Kehr, Hartmann, Kussmaul,
Killip, Brescia-Cimino, Child-Pugh, Alzheimer, King's College criteria in Chinese), syndromes, scores and
classifications with their numbers, brand names of drugs and devices (Coumadin, CoaguChek XS, Rapid Rhino, Bair Hugger,
Bicillin L-A, Nexium, Xarelto, Actilyse, Coartem, Imovax, Mepitel, Actrapid, Antivipmyn, Inogen One G5, a Stryker
monitor, a St. Jude valve), organisms, lab values with units, ratios and fractions that look like dates (UK duration
notation, gestation out of 40, scale scores out of a total, an ILO profusion, a MAT titre, an agglutination titre, a
CFR), a year inside a statute and inside a criteria name, and everyday or name-like words that must stay (tommygoff, the
glass test, the Swiss staging, MenB). Entries per kind: NAME 253, LOCATION 216, DATE 172, HOSPITAL 109, PHONE 77, ID 70,
LICENCE 35, ADDRESS 30, MRN 28, PLATE 28, POSTCODE 20, AGE 9, EMAIL 8, SERIAL 4, HANDLE 4, URL 3, IP 2. The last 20
notes (626 identifier parts in 533 entries, 196 clinical strings) are in :mod:`deid_notes_heldout25_more`, only to keep
each file a readable length; this file holds 630 identifier parts in 535 entries and 186 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout25.deid_notes_heldout25_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - England, Cornwall (Clay Country): emergency department note, traumatic pneumothorax after a fall
    ("Royal Cornwall Hospital (Treliske) - Emergency Department\n"
     "Truro, Cornwall TR1 3LJ\n"
     "ED CLINICIAN NOTE | 06/03/2026 01:12 | Majors cubicle 9 | ED No. RCH-ED-26-063917\n"
     "Pt: Jory Penhaligon-Trethewey | 41 M | DOB 19/11/1984 | NHS 481 920 7350\n"
     "Addr: 2 Chapel Row, Bugle, St Austell PL26 8PA | GP: Dr Tamsin Kitto, Roche Surgery\n"
     "Occupation: shovel driver at Littlejohns clay pit.\n"
     "HPI: brought by SWASFT (call ref 5290716). Was at the St Piran's Day do at the Victoria Inn, Roche; fell down "
     "the stone steps out the back at ~23:30 landing on L side of chest. His mate 'Jacka' (Jack Hosking) tried to "
     "drive him home, then called 999 when he couldn't get his breath. ETOH ++.\n"
     "Exam: GCS 15/15. HR 112, BP 102/64, RR 26, SpO2 90% RA -> 96% 15 L NRB. Reduced air entry L, hyper-resonant, "
     "surgical emphysema over L chest wall, tender ribs 6-9 L posterolateral. Abdo SNT. No C-spine tenderness.\n"
     "eFAST: absent lung sliding L, no free fluid, no pericardial effusion.\n"
     "CXR: L pneumothorax 3.5 cm at hilum, # L 6th-9th ribs, no haemothorax.\n"
     "Bloods: Hb 148, lactate 2.9, ethanol 48 mmol/L.\n"
     "Imp: traumatic L pneumothorax with multiple rib #s. STUMBL score 19 (high risk).\n"
     "Plan: Seldinger 14Fr chest drain L 5th ICS MAL under LA by Dr R. Nance 01:40 - swinging and bubbling, "
     "repeat CXR lung up. Analgesia: paracetamol 1 g IV, oxycodone 5 mg PO, serratus anterior plane block with "
     "levobupivacaine 0.25% 20 mL (US guided). Admit under general surgeons to Tintagel Ward; incentive spirometry; "
     "CIWA for withdrawal.\n"
     "NOK: partner Demelza Rowe, 07700 900 613 - aware; car (WK19 XHM) still in the pub car park.\n"
     "Dr Rhiannon Nance, ST5 Emergency Medicine | GMC 7384215",
     [("HOSPITAL", ["Royal Cornwall Hospital"]), ("LOCATION", ["Treliske"]), ("LOCATION", ["Truro"]),
      ("POSTCODE", ["TR1 3LJ"]), ("DATE", ["06/03/2026"]), ("MRN", ["RCH-ED-26-063917"]),
      ("NAME", ["Jory", "Penhaligon-Trethewey"]), ("DATE", ["19/11/1984"]), ("ID", ["481 920 7350"]),
      ("ADDRESS", ["2 Chapel Row"]), ("LOCATION", ["Bugle"]), ("LOCATION", ["St Austell"]), ("POSTCODE", ["PL26 8PA"]),
      ("NAME", ["Tamsin", "Kitto"]), ("HOSPITAL", ["Roche Surgery"]), ("LOCATION", ["Littlejohns clay pit"]),
      ("ID", ["5290716"]), ("DATE", ["St Piran's Day"]), ("LOCATION", ["Victoria Inn"]), ("LOCATION", ["Roche"]),
      ("NAME", ["Jacka"]), ("NAME", ["Jack", "Hosking"]), ("LOCATION", ["Tintagel Ward"]),
      ("NAME", ["Demelza", "Rowe"]), ("PHONE", ["07700 900 613"]), ("PLATE", ["WK19 XHM"]),
      ("NAME", ["Rhiannon", "Nance"]), ("LICENCE", ["7384215"])],
     ["GCS 15/15", "surgical emphysema", "eFAST", "ethanol 48 mmol/L", "STUMBL score 19", "14Fr chest drain",
      "paracetamol 1 g IV", "oxycodone 5 mg PO", "levobupivacaine 0.25% 20 mL"]),

    # 1 - Scotland, Scottish Borders (Tweeddale / Gala Water): discharge summary, Lyme carditis with heart block
    ("NHS BORDERS - Borders General Hospital, Melrose TD6 9BS\n"
     "DISCHARGE SUMMARY - Cardiology, Ward 7\n"
     "Patient: Mr Alasdair Brunton Elliot | CHI 2309513377 | DOB 23/09/1951 | Unit No. BGH0417725\n"
     "Address: Bowshank Cottage, Stow, Galashiels TD1 2RE\n"
     "GP: Dr Morag Scougal, Stow Health Centre\n"
     "Admitted: 14/06/2025 via ED    Discharged: 27/06/2025    Consultant: Dr Fergus Lauder-Haig\n"
     "\n"
     "DIAGNOSIS: Lyme carditis with intermittent complete heart block (Mobitz type II progressing to CHB), resolved "
     "on treatment.\n"
     "HISTORY: retired shepherd, still walks the hill with his collie. Tick removed from his calf after he rode out "
     "with the Cornet's party at Hawick on 6 June; expanding red ring ~12 cm (erythema migrans), fatigue, then two "
     "syncopal episodes at home on 13/06 - wife found him on the kitchen floor.\n"
     "INVESTIGATIONS: ECG on arrival 2:1 AV block, then CHB with ventricular escape 34/min. Lyme serology (Raigmore "
     "Hospital, Inverness - reference lab): ELISA and immunoblot IgM/IgG positive. Troponin T 38 ng/L. Echo: LVEF "
     "55%, no regional wall motion abnormality.\n"
     "TREATMENT: temporary transvenous pacing wire (R IJ) 15/06 to 19/06; ceftriaxone 2 g IV OD for 14 days, then "
     "oral doxycycline to complete 21 days. Conduction normalised by day 9 (PR interval 320 ms on recovery, 190 ms at "
     "discharge). EP opinion from the Royal Infirmary of Edinburgh: no permanent pacemaker needed.\n"
     "DISCHARGE MEDS: doxycycline 100 mg BD until 05/07/2025 (take upright with water, sun protection); amlodipine "
     "5 mg OD (unchanged).\n"
     "FOLLOW-UP: ECG with practice nurse in 1/52; cardiology clinic 6 weeks. Not to drive the Land Rover (SN62 KFE) "
     "until reviewed.\n"
     "NOK: wife Isobel Elliot, 01896 555 218; son Calum lives in Selkirk.\n"
     "Dr Kirsty Wauchope, FY2 | GMC 7481036 | bleep 2216",
     [("HOSPITAL", ["Borders General Hospital"]), ("LOCATION", ["Melrose"]), ("POSTCODE", ["TD6 9BS"]),
      ("NAME", ["Alasdair", "Brunton", "Elliot"]), ("ID", ["2309513377"]), ("DATE", ["23/09/1951"]),
      ("MRN", ["BGH0417725"]), ("ADDRESS", ["Bowshank Cottage"]), ("LOCATION", ["Stow"]), ("LOCATION", ["Galashiels"]),
      ("POSTCODE", ["TD1 2RE"]), ("NAME", ["Morag", "Scougal"]), ("HOSPITAL", ["Stow Health Centre"]),
      ("DATE", ["14/06/2025"]), ("DATE", ["27/06/2025"]), ("NAME", ["Fergus", "Lauder-Haig"]), ("LOCATION", ["Hawick"]),
      ("DATE", ["6 June"]), ("DATE", ["13/06"]), ("HOSPITAL", ["Raigmore Hospital"]), ("LOCATION", ["Inverness"]),
      ("DATE", ["15/06"]), ("DATE", ["19/06"]), ("HOSPITAL", ["Royal Infirmary of Edinburgh"]),
      ("DATE", ["05/07/2025"]),
      ("PLATE", ["SN62 KFE"]), ("NAME", ["Isobel", "Elliot"]), ("PHONE", ["01896 555 218"]), ("NAME", ["Calum"]),
      ("LOCATION", ["Selkirk"]), ("NAME", ["Kirsty", "Wauchope"]), ("LICENCE", ["7481036"]), ("PHONE", ["2216"])],
     ["Lyme carditis", "Mobitz type II", "erythema migrans", "2:1 AV block", "Troponin T 38 ng/L", "LVEF 55%",
      "ceftriaxone 2 g IV OD", "PR interval 320 ms", "doxycycline 100 mg BD"]),

    # 2 - USA, Navajo Nation (Chinle, Arizona): interfacility transfer note, hantavirus pulmonary syndrome
    ("CHINLE COMPREHENSIVE HEALTH CARE FACILITY - Navajo Area IHS\n"
     "PO Drawer PH, Chinle AZ 86503 | ED 928-555-0147 | fax 928-555-0190\n"
     "INTERFACILITY TRANSFER NOTE | 09/14/2025 | 21:35\n"
     "Patient: Darnell Begay-Yazzie | 29 M | DOB 11/22/1996 | HRN CH-0184273 | Navajo Nation census # 5073318 | "
     "AHCCCS A71842730\n"
     "Home: sheep camp 6 mi N of Many Farms; mailing address PO Box 1183, Many Farms AZ 86538. Maintenance worker at "
     "the Many Farms Chapter House.\n"
     "HPI: 4 d fever, myalgias, low back pain, vomiting; today abrupt SOB. Cleared out the storeroom by the hogan 3 wk "
     "ago - droppings everywhere; grandmother Ella Yazzie (Dine speaker, cousin Shaundiin interpreting) says the deer "
     "mice (Peromyscus) are in the feed bags.\n"
     "Obs: T 38.6, HR 128, BP 84/52, RR 34, SpO2 82% RA -> 91% NRB.\n"
     "Labs: WBC 18.4 with left shift and immunoblasts, Hct 54% (hemoconcentration), plt 62 K, LDH 890. CXR: bilateral "
     "interstitial edema, small effusions.\n"
     "Imp: suspected hantavirus pulmonary syndrome (Sin Nombre virus), cardiopulmonary phase.\n"
     "Done here: intubated 20:50 (ketamine/rocuronium), lung-protective ventilation 6 mL/kg, PEEP 10; norepinephrine "
     "12 mcg/min; cautious fluids (< 1 L total); doxycycline 100 mg IV empirically (plague and tularemia also "
     "endemic); hanta IgM sent.\n"
     "Accepting: Dr. Priya Venkataraman-Holt, MICU/ECMO attending, University of New Mexico Hospital, Albuquerque - "
     "ECMO team on standby.\n"
     "Transport: fixed wing N418TC from the Chinle airstrip, wheels up ~22:10.\n"
     "Family: mother Loretta Begay (928-555-0163) driving to ABQ in her truck (AZ plate CHP-4182).\n"
     "IHS Office of Environmental Health and the NN Dept of Health notified.\n"
     "Harold Nez-Whitehorse, MD | NPI 1642073518 | RN: Sage Manygoats",
     [("HOSPITAL", ["CHINLE COMPREHENSIVE HEALTH CARE FACILITY"]), ("ADDRESS", ["PO Drawer PH"]),
      ("LOCATION", ["Chinle"]), ("POSTCODE", ["86503"]), ("PHONE", ["928-555-0147"]), ("PHONE", ["928-555-0190"]),
      ("DATE", ["09/14/2025"]), ("NAME", ["Darnell", "Begay-Yazzie"]), ("DATE", ["11/22/1996"]),
      ("MRN", ["CH-0184273"]), ("ID", ["5073318"]), ("ID", ["A71842730"]), ("LOCATION", ["Many Farms"]),
      ("ADDRESS", ["PO Box 1183"]), ("POSTCODE", ["86538"]), ("LOCATION", ["Many Farms Chapter House"]),
      ("NAME", ["Ella", "Yazzie"]), ("NAME", ["Shaundiin"]), ("NAME", ["Priya", "Venkataraman-Holt"]),
      ("HOSPITAL", ["University of New Mexico Hospital"]), ("LOCATION", ["Albuquerque"]), ("PLATE", ["N418TC"]),
      ("NAME", ["Loretta", "Begay"]), ("PHONE", ["928-555-0163"]), ("LOCATION", ["ABQ"]), ("PLATE", ["CHP-4182"]),
      ("NAME", ["Harold", "Nez-Whitehorse"]), ("ID", ["1642073518"]), ("NAME", ["Sage", "Manygoats"])],
     ["Peromyscus", "immunoblasts", "Hct 54%", "plt 62 K", "LDH 890", "hantavirus pulmonary syndrome",
      "Sin Nombre virus", "6 mL/kg", "norepinephrine 12 mcg/min", "doxycycline 100 mg IV"]),

    # 3 - Greece, Crete (Chania): medical discharge summary, bleeding duodenal ulcer, patient aged 94 (Greek)
    ("Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος» - Β΄ Παθολογική Κλινική\n"
     "Μουρνιές, 73300 Χανιά | τηλ. 28213 55 207\n"
     "ΕΞΙΤΗΡΙΟ - ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ\n"
     "Ασθενής: Ελευθερία Μαρκογιαννάκη του Μανούσου, 94 ετών, γεν. 03/05/1931, ΑΜΚΑ 03053192633, Α.Μ. 26/004187\n"
     "Διεύθυνση: Ελευθερίου Βενιζέλου 14, Βάμος Αποκορώνου\n"
     "Εισαγωγή: 18 Ιανουαρίου 2026 - Έξοδος: 26/01/2026\n"
     "Αιτία εισαγωγής: μέλαινες κενώσεις και λιποθυμικό επεισόδιο στο καφενείο του χωριού. Έπαιρνε ναπροξένη για "
     "τον πόνο στο γόνατο από τα Φώτα.\n"
     "Κατά την εισαγωγή: ΑΠ 92/54, σφύξεις 118/λεπτό, Hb 6,9 g/dL, ουρία 142 mg/dL. Glasgow-Blatchford 13.\n"
     "Γαστροσκόπηση (Ροδάνθη Κουκουράκη): έλκος βολβού δωδεκαδακτύλου 1,5 cm με ορατό αγγείο (Forrest IIa) - "
     "αιμόσταση με αδρεναλίνη και clips. CLO test θετικό.\n"
     "Αγωγή: 2 μονάδες συμπυκνωμένων ερυθρών· παντοπραζόλη 80 mg ΕΦ bolus και έγχυση 8 mg/h για 72 ώρες· στη "
     "συνέχεια Nexium 40 mg x2 και εκρίζωση H. pylori (τετραπλό σχήμα με βισμούθιο, 14 ημέρες).\n"
     "Οδηγίες: διακοπή ναπροξένης, αποφυγή ΜΣΑΦ· γενική αίματος σε μία εβδομάδα στο Κέντρο Υγείας Βάμου· "
     "επανέλεγχος στο ιατρείο τον Μάρτιο.\n"
     "Μένει με τον γιο της Γιώργο (κιν. 697 555 3418) και την εγγονή της Αριάδνη. Θέλει να πάει στο πανηγύρι του "
     "Αγίου Πνεύματος και λέει πως θα κλείσει τα 95 τον Μάιο.\n"
     "Θεράπων ιατρός: Εμμανουήλ Τζαγκαράκης-Βλαζάκης, Διευθυντής ΕΣΥ",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Χανίων"]), ("HOSPITAL", ["Ο Άγιος Γεώργιος"]), ("LOCATION", ["Μουρνιές"]),
      ("POSTCODE", ["73300"]), ("LOCATION", ["Χανιά"]), ("PHONE", ["28213 55 207"]),
      ("NAME", ["Ελευθερία", "Μαρκογιαννάκη"]), ("NAME", ["Μανούσου"]), ("AGE", ["94 ετών"]), ("DATE", ["03/05/1931"]),
      ("ID", ["03053192633"]), ("MRN", ["26/004187"]), ("ADDRESS", ["Ελευθερίου Βενιζέλου 14"]),
      ("LOCATION", ["Βάμος", "Αποκορώνου"]), ("DATE", ["18 Ιανουαρίου 2026"]), ("DATE", ["26/01/2026"]),
      ("DATE", ["Φώτα"]), ("NAME", ["Ροδάνθη", "Κουκουράκη"]), ("HOSPITAL", ["Κέντρο Υγείας Βάμου"]),
      ("DATE", ["Μάρτιο"]), ("NAME", ["Γιώργο"]), ("PHONE", ["697 555 3418"]), ("NAME", ["Αριάδνη"]),
      ("DATE", ["Αγίου Πνεύματος"]), ("AGE", ["95"]), ("DATE", ["Μάιο"]),
      ("NAME", ["Εμμανουήλ", "Τζαγκαράκης-Βλαζάκης"])],
     ["Hb 6,9 g/dL", "ουρία 142 mg/dL", "Glasgow-Blatchford 13", "Forrest IIa", "CLO test", "παντοπραζόλη 80 mg",
      "8 mg/h", "Nexium", "H. pylori"]),

    # 4 - Canada, Labrador (Nunatsiavut): nursing station SBAR note, cold-water immersion and hypothermia
    ("Labrador-Grenfell Health | Nain Community Clinic\n"
     "NURSING NOTE (SBAR) | 2026-01-27 | 16:40\n"
     "Client: Elias Semigak-Karpik | 52 M | DOB 1973-04-18 | MCP 306 951 772 104 | Chart NA-02817 | Nunatsiavut "
     "beneficiary 0926-31\n"
     "Address: 27 Ikajuttik Road, Nain NL A0P 1L0\n"
     "S: went through the sea ice on his Ski-Doo near Webb Bay ~13:30 while checking nets; pulled out by his nephew "
     "Jonah Semigak after ~10 min in the water, brought back on the komatik (~2 h).\n"
     "B: T2DM on metformin 1000 mg BID; smoker. Fisherman, seasonal at the Nain Fish Plant.\n"
     "A: core temp 32.1 °C (rectal, low-reading thermometer), HR 48 irregular, BP 98/60, RR 12, GCS 14, shivering "
     "has stopped. Fingers 2-4 both hands white and waxy, no blebs. Swiss stage HT II. ECG: slow AF, Osborn (J) "
     "waves. CBG 11.8.\n"
     "R: Dr. Nadia Penashue-Rumbolt, physician on call at the Labrador Health Centre (709-555-0114): active external "
     "rewarming (Bair Hugger), warmed NS 40 °C 500 mL IV, horizontal handling, do not rub the fingers; rewarm hands in "
     "37-39 °C water only once core temp > 34 °C. Medevac requested - King Air C-GLHC ETA 18:20 weather permitting, "
     "to the Labrador Health Centre, Happy Valley-Goose Bay; onward to the Health Sciences Centre, St. John's for "
     "ECLS if he arrests.\n"
     "Wife Martha (709-555-0172) and daughter in Black Tickle informed.\n"
     "Hope Winters-Dicker, RN | CRNNL 0184273",
     [("HOSPITAL", ["Labrador-Grenfell Health"]), ("HOSPITAL", ["Nain Community Clinic"]), ("DATE", ["2026-01-27"]),
      ("NAME", ["Elias", "Semigak-Karpik"]), ("DATE", ["1973-04-18"]), ("ID", ["306 951 772 104"]),
      ("MRN", ["NA-02817"]), ("ID", ["0926-31"]), ("ADDRESS", ["27 Ikajuttik Road"]), ("LOCATION", ["Nain"]),
      ("POSTCODE", ["A0P 1L0"]), ("LOCATION", ["Webb Bay"]), ("NAME", ["Jonah", "Semigak"]),
      ("LOCATION", ["Nain Fish Plant"]), ("NAME", ["Nadia", "Penashue-Rumbolt"]),
      ("HOSPITAL", ["Labrador Health Centre"]),
      ("PHONE", ["709-555-0114"]), ("PLATE", ["C-GLHC"]), ("LOCATION", ["Happy Valley-Goose Bay"]),
      ("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["St. John's"]), ("NAME", ["Martha"]),
      ("PHONE", ["709-555-0172"]), ("LOCATION", ["Black Tickle"]), ("NAME", ["Hope", "Winters-Dicker"]),
      ("LICENCE", ["0184273"])],
     ["metformin 1000 mg BID", "core temp 32.1 °C", "GCS 14", "Swiss stage HT II", "Osborn (J) waves", "CBG 11.8",
      "Bair Hugger", "37-39 °C water", "ECLS"]),

    # 5 - Canada, Yukon (Kluane): community nursing telephone message and on-call advice, warfarin and epistaxis
    ("YUKON COMMUNITY NURSING - Destruction Bay Health Centre\n"
     "TELEPHONE MESSAGE / ON-CALL ADVICE RECORD\n"
     "Date/time: Sat Oct 11 2025, 19:05 (Thanksgiving weekend)\n"
     "Caller: Rosalie Johnson-Dickson (daughter), cell 867-555-0138, calling from Burwash Landing\n"
     "Re: her father Walter 'Wally' Dickson, 78, DOB 1947-02-22, YHCIP 004-182-739, chart DB-1187, lives at "
     "Km 1093 Alaska Highway. Camp cook at the Burwash Creek placer camp.\n"
     "Message: nosebleed R nostril x 3 h, not stopping with pressure. On warfarin 5 mg (Coumadin) for a St. Jude "
     "mechanical mitral valve. INR on Thursday 3.9 on his home CoaguChek XS (meter serial UU14827306). This week took "
     "extra Tylenol and 'some ciprofloxacin' a buddy at the mine camp gave him.\n"
     "19:20 RN called Dr. Benoit Aucoin-Smarch, on call at Whitehorse General Hospital, (867) 555-0199 ext 2319.\n"
     "19:45 seen in clinic: BP 156/88, HR 92. INR 6.8 (CoaguChek), Hb 118 g/L. Anterior packing R with Rapid Rhino "
     "5.5 cm - bleeding stopped.\n"
     "Advice per Dr. Aucoin-Smarch: vitamin K 1 mg PO (mechanical valve - do not over-reverse); hold warfarin tonight "
     "and tomorrow; no more ciprofloxacin; recheck INR Monday; pack out in 48 h. If re-bleeds or Hb drops, medevac to "
     "WGH. Daughter staying with him tonight.\n"
     "Taryn Sheepway, RN, Community Health Nurse | YRNA 22418",
     [("HOSPITAL", ["Destruction Bay Health Centre"]), ("DATE", ["Oct 11 2025"]), ("DATE", ["Thanksgiving"]),
      ("NAME", ["Rosalie", "Johnson-Dickson"]), ("PHONE", ["867-555-0138"]), ("LOCATION", ["Burwash Landing"]),
      ("NAME", ["Walter", "Dickson"]), ("NAME", ["Wally"]), ("DATE", ["1947-02-22"]), ("ID", ["004-182-739"]),
      ("MRN", ["DB-1187"]), ("ADDRESS", ["Km 1093 Alaska Highway"]), ("LOCATION", ["Burwash Creek placer camp"]),
      ("SERIAL", ["UU14827306"]), ("NAME", ["Benoit", "Aucoin-Smarch"]), ("HOSPITAL", ["Whitehorse General Hospital"]),
      ("PHONE", ["(867) 555-0199"]), ("PHONE", ["2319"]), ("HOSPITAL", ["WGH"]), ("NAME", ["Taryn", "Sheepway"]),
      ("LICENCE", ["22418"])],
     ["warfarin 5 mg", "Coumadin", "St. Jude", "CoaguChek XS", "ciprofloxacin", "INR 6.8", "Hb 118 g/L",
      "Rapid Rhino 5.5 cm", "vitamin K 1 mg PO"]),

    # 6 - Australia, Queensland (Torres Strait): primary health care centre notes, transcribed from handwriting, ARF
    ("Badu Island PHCC - clinic notes (transcribed from the handwritten chart)\n"
     "12/4/26 0930 RN + IHW\n"
     "Pt: Kaiyu Nona-Anau, 11yo M, DOB 03/08/14, HRN TI 218 473, Medicare 4271 83050 1\n"
     "Mum (Leilani Nona) @ bedside. Lives w/ grandparents, lot 7 Wagadagam Rd. Yr 6 @ Tagai State College, Badu "
     "campus.\n"
     "c/o sore knees -> now L ankle swollen & hot x3/7, fevers, 'jumpy hands' per teacher (Mr Bani). Sore throat ~3 "
     "wks ago, not seen.\n"
     "O/E: T 38.2, HR 112. Soft pansystolic murmur @ apex (new). L ankle effusion, ↓ROM. Erratic mvts R hand, "
     "milkmaid's grip +ve.\n"
     "Ix: CRP 96, ESR 78, ASOT 800 IU/mL, anti-DNase B 680, ECG PR 0.22 s.\n"
     "Imp: ?ARF - 2 major (polyarthritis, chorea) + minor -> Jones criteria (2015 revision) met. ?carditis.\n"
     "Plan: d/w SMO Dr S. Whap-Kabai, TI Hosp (07 5550 3186) -> transfer to Thursday Island Hospital on tmrw's "
     "flight (charter VH-TSI). Bicillin L-A 1.2 MU IMI stat. Naproxen 250 mg bd w/ food. Echo via visiting cardiology "
     "from Cairns Hospital 24/4. Notify Qld RHD Register. Sydenham chorea - no haloperidol for now.\n"
     "Dad Tom Anau out on the crayfish boat 'Maza Girl' till Fri; Aunty Rosie lives in Saibai.\n"
     "sig. J. Ahwang RN / Doreen Tabuai IHW",
     [("HOSPITAL", ["Badu Island PHCC"]), ("DATE", ["12/4/26"]), ("NAME", ["Kaiyu", "Nona-Anau"]),
      ("DATE", ["03/08/14"]), ("MRN", ["TI 218 473"]), ("ID", ["4271 83050 1"]), ("NAME", ["Leilani", "Nona"]),
      ("ADDRESS", ["lot 7 Wagadagam Rd"]), ("LOCATION", ["Tagai State College"]), ("LOCATION", ["Badu"]),
      ("NAME", ["Bani"]), ("NAME", ["Whap-Kabai"]), ("HOSPITAL", ["TI Hosp"]), ("PHONE", ["07 5550 3186"]),
      ("HOSPITAL", ["Thursday Island Hospital"]), ("PLATE", ["VH-TSI"]), ("HOSPITAL", ["Cairns Hospital"]),
      ("DATE", ["24/4"]), ("NAME", ["Tom", "Anau"]), ("LOCATION", ["Maza Girl"]), ("NAME", ["Rosie"]),
      ("LOCATION", ["Saibai"]), ("NAME", ["Ahwang"]), ("NAME", ["Doreen", "Tabuai"])],
     ["3/7", "pansystolic murmur", "milkmaid's grip", "ASOT 800 IU/mL", "anti-DNase B 680", "PR 0.22 s",
      "Jones criteria (2015 revision)", "Bicillin L-A 1.2 MU IMI", "Naproxen 250 mg bd", "Sydenham chorea"]),

    # 7 - China, Yunnan (Dali): emergency medicine admission record, Amanita mushroom poisoning (simplified Chinese)
    ("大理大学第一附属医院 急诊内科 入院记录\n"
     "入院时间：2025年7月21日 14:30　住院号：DL250721036\n"
     "姓名：段德福　性别：男　年龄：67岁　民族：白族　出生日期：1958年7月14日\n"
     "身份证号：532901195807143525　医保卡号：YB53290187744\n"
     "住址：云南省大理市喜洲镇周城村5组22号\n"
     "职业：蝴蝶泉扎染坊 染工\n"
     "联系人：儿子 段志强　电话：139-8725-4173　微信：dzq_xizhou88\n"
     "主诉：进食野生菌后恶心、呕吐、腹泻2天，尿黄1天。\n"
     "现病史：患者于7月19日晚（火把节当晚）与妻子杨桂花在苍山脚下采集白色野生菌约300克炒食，约10小时后出现剧烈呕吐及水样腹泻，"
     "自行至喜洲镇卫生院补液后好转（假愈期），今日出现皮肤黄染、乏力。妻子同食，症状较轻，同时入院。\n"
     "查体：T 36.8℃，P 96次/分，BP 108/66 mmHg，神志清，皮肤巩膜轻度黄染，肝区叩痛，扑翼样震颤阴性。\n"
     "辅助检查：ALT 2860 U/L，AST 3120 U/L，总胆红素 68 μmol/L，INR 3.2，血肌酐 132 μmol/L。菌样经鉴定为致命鹅膏（Amanita exitialis）。\n"
     "诊断：急性毒蕈中毒（鹅膏菌，肝损害型）；急性肝衰竭早期\n"
     "诊疗计划：1. 血液灌流 每日1次×3天；2. 水飞蓟宾、N-乙酰半胱氨酸 静脉滴注，青霉素G 大剂量；3. 监测肝功能、凝血；"
     "必要时转昆明医科大学第一附属医院评估肝移植（King's College标准）。\n"
     "住院医师：苏丽华　上级医师：字永康",
     [("HOSPITAL", ["大理大学第一附属医院"]), ("DATE", ["2025年7月21日"]), ("MRN", ["DL250721036"]), ("NAME", ["段德福"]),
      ("DATE", ["1958年7月14日"]), ("ID", ["532901195807143525"]), ("ID", ["YB53290187744"]), ("LOCATION", ["大理市"]),
      ("LOCATION", ["喜洲镇"]), ("LOCATION", ["周城村"]), ("ADDRESS", ["5组22号"]), ("LOCATION", ["蝴蝶泉扎染坊"]),
      ("NAME", ["段志强"]), ("PHONE", ["139-8725-4173"]), ("HANDLE", ["dzq_xizhou88"]), ("DATE", ["7月19日"]),
      ("DATE", ["火把节"]), ("NAME", ["杨桂花"]), ("LOCATION", ["苍山"]), ("HOSPITAL", ["喜洲镇卫生院"]),
      ("HOSPITAL", ["昆明医科大学第一附属医院"]), ("NAME", ["苏丽华"]), ("NAME", ["字永康"])],
     ["假愈期", "扑翼样震颤阴性", "ALT 2860 U/L", "总胆红素 68 μmol/L", "INR 3.2", "致命鹅膏（Amanita exitialis）", "血液灌流",
      "水飞蓟宾", "N-乙酰半胱氨酸", "King's College标准"]),

    # 8 - Rwanda, Northern Province (Musanze): referral letter to a cancer centre, endemic Burkitt lymphoma
    ("REPUBLIC OF RWANDA - MINISTRY OF HEALTH\n"
     "Ruhengeri Referral Hospital - Department of Paediatrics\n"
     "P.O. Box 66 Musanze | Tel: +250 788 555 214 | paeds.rrh@rrh-musanze.rw\n"
     "\n"
     "Musanze, 9 September 2025\n"
     "\n"
     "To: The Paediatric Oncology Team, Butaro Cancer Centre of Excellence, Burera District\n"
     "\n"
     "Re: IRADUKUNDA Jean-Pierre ('J.P.'), male, 7 years, DOB 14/02/2018, hospital no. RRH/PED/25/4182, Mutuelle "
     "(CBHI) 0639152-09-01\n"
     "\n"
     "Dear Colleagues,\n"
     "Thank you for seeing this boy from Kaguhu village, Nyonirima cell, Kinigi sector, a P2 pupil at Groupe "
     "Scolaire Kinigi. His mother, Mrs MUKAMANA Claudine (ID 1 1990 7 0052961 0 47, tel. 0788 555 731), who cooks at "
     "the Bisoke View Lodge, says the right jaw began to swell around Umuganura and has grown fast over 5 weeks.\n"
     "Findings: 8 x 6 cm firm right mandibular mass loosening the molars, right proptosis, a 6 cm mass in the right "
     "iliac fossa and ascites. Weight 19 kg.\n"
     "Investigations: Hb 9.4 g/dL, LDH 1,240 U/L, uric acid 8.9 mg/dL, creatinine 0.6 mg/dL, HIV negative. FNA of the "
     "jaw mass (read by Dr Habimana at the University Teaching Hospital of Kigali): monomorphic medium-sized cells "
     "with a starry-sky pattern. Abdominal ultrasound: bowel-wall mass and ascites.\n"
     "Impression: endemic Burkitt lymphoma, Murphy (St Jude) stage III.\n"
     "So far: hyperhydration 3 L/m²/day and allopurinol 100 mg tds; no steroids given before tissue diagnosis.\n"
     "He travels today with his mother in our ambulance RAD 418 K.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Eric Niyonsenga-Mutabazi, Paediatrician | RMDC reg. A04187\n"
     "cc: Dr Aline Uwase, Kinigi Health Centre",
     [("HOSPITAL", ["Ruhengeri Referral Hospital"]), ("ADDRESS", ["P.O. Box 66"]), ("LOCATION", ["Musanze"]),
      ("PHONE", ["+250 788 555 214"]), ("EMAIL", ["paeds.rrh@rrh-musanze.rw"]), ("DATE", ["9 September 2025"]),
      ("HOSPITAL", ["Butaro Cancer Centre of Excellence"]), ("LOCATION", ["Burera"]),
      ("NAME", ["IRADUKUNDA", "Jean-Pierre"]), ("NAME", ["J.P."]), ("DATE", ["14/02/2018"]),
      ("MRN", ["RRH/PED/25/4182"]), ("ID", ["0639152-09-01"]), ("LOCATION", ["Kaguhu"]), ("LOCATION", ["Nyonirima"]),
      ("LOCATION", ["Kinigi"]), ("LOCATION", ["Groupe Scolaire Kinigi"]), ("NAME", ["MUKAMANA", "Claudine"]),
      ("ID", ["1 1990 7 0052961 0 47"]), ("PHONE", ["0788 555 731"]), ("LOCATION", ["Bisoke View Lodge"]),
      ("DATE", ["Umuganura"]), ("NAME", ["Habimana"]), ("HOSPITAL", ["University Teaching Hospital of Kigali"]),
      ("PLATE", ["RAD 418 K"]), ("NAME", ["Eric", "Niyonsenga-Mutabazi"]), ("LICENCE", ["A04187"]),
      ("NAME", ["Aline", "Uwase"]), ("HOSPITAL", ["Kinigi Health Centre"])],
     ["proptosis", "Hb 9.4 g/dL", "LDH 1,240 U/L", "uric acid 8.9 mg/dL", "starry-sky pattern", "Burkitt lymphoma",
      "Murphy (St Jude) stage III", "3 L/m²/day", "allopurinol 100 mg tds"]),

    # 9 - Malawi, Southern Region (Mulanje): medical certificate of cause of death, maternal death from PPH
    ("REPUBLIC OF MALAWI - MINISTRY OF HEALTH\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH | Serial No. MCCD-MLJ-2025-00637\n"
     "Health facility: Mulanje District Hospital, Private Bag 50, Mulanje\n"
     "Name of deceased: Grace Tiyamike Nyirenda-Phiri    Sex: F    Age: 31 years    DOB: 17/05/1994\n"
     "National ID: TX4K8Q2P    Hospital no.: MDH/MAT/25/2187\n"
     "Usual residence: Chonde village, T/A Mabuka, Mulanje District\n"
     "Occupation: tea plucker, Lujeri Tea Estate (Section 4)\n"
     "Date of death: 02/11/2025   Time: 04:40   Place: Labour ward, Mulanje District Hospital\n"
     "Admitted: 1st November 2025, referred from Chonde Health Centre by bicycle ambulance after 14 h of labour.\n"
     "\n"
     "CAUSE OF DEATH                                             Interval onset-death\n"
     "I  (a) Haemorrhagic shock                                  3 hours\n"
     "   (b) Primary postpartum haemorrhage                      5 hours\n"
     "   (c) Uterine atony following prolonged labour            14 hours\n"
     "II Severe anaemia in pregnancy (Hb 5.8 g/dL on admission); HIV infection on ART (TDF/3TC/DTG), viral load "
     "suppressed\n"
     "\n"
     "Manner: natural. Maternal death: YES - delivered 01/11/2025 23:10, live female infant 2.9 kg, with her "
     "grandmother Mrs Eneless Nyirenda.\n"
     "Care given: oxytocin 10 IU IM, uterine massage, misoprostol 800 mcg SL, tranexamic acid 1 g IV, NASG applied, 2 "
     "units whole blood (all that was available); laparotomy with a B-Lynch suture at 02:30, then subtotal "
     "hysterectomy; cardiac arrest 04:20, CPR 20 min. Midwife on duty: Sr Loveness Chirwa.\n"
     "Notified to the District Health Office the same day; facility maternal death review set for 9 November.\n"
     "Informant: husband Mr Chikondi Phiri, 0888 555 417, Chonde.\n"
     "Certifying officer: Dr Tamanda Mwale-Kachingwe, Medical Officer | MCM reg. 2418 | signed 02/11/2025",
     [("ID", ["MCCD-MLJ-2025-00637"]), ("HOSPITAL", ["Mulanje District Hospital"]), ("ADDRESS", ["Private Bag 50"]),
      ("LOCATION", ["Mulanje"]), ("NAME", ["Grace", "Tiyamike", "Nyirenda-Phiri"]), ("DATE", ["17/05/1994"]),
      ("ID", ["TX4K8Q2P"]), ("MRN", ["MDH/MAT/25/2187"]), ("LOCATION", ["Chonde"]), ("LOCATION", ["Mabuka"]),
      ("LOCATION", ["Lujeri Tea Estate"]), ("DATE", ["02/11/2025"]), ("DATE", ["1st November 2025"]),
      ("HOSPITAL", ["Chonde Health Centre"]), ("DATE", ["01/11/2025"]), ("NAME", ["Eneless", "Nyirenda"]),
      ("NAME", ["Loveness", "Chirwa"]), ("DATE", ["9 November"]), ("NAME", ["Chikondi", "Phiri"]),
      ("PHONE", ["0888 555 417"]), ("NAME", ["Tamanda", "Mwale-Kachingwe"]), ("LICENCE", ["2418"])],
     ["Primary postpartum haemorrhage", "Uterine atony", "Hb 5.8 g/dL", "TDF/3TC/DTG", "oxytocin 10 IU IM",
      "misoprostol 800 mcg SL", "tranexamic acid 1 g IV", "NASG", "B-Lynch suture"]),

    # 10 - Senegal, Diourbel (Touba): cholera treatment centre line list after a pilgrimage
    ("DISTRICT SANITAIRE DE TOUBA - CHOLERA TREATMENT CENTRE (CTC), Hôpital Matlaboul Fawzaini\n"
     "LINE LIST - suspected cholera | epi week 34 | sent to the DRS Diourbel on 24/08/2025 by the CTC focal point, "
     "Dr Ousmane Sarr-Kane (ousmane.sarrkane@ds-touba.sn, +221 77 555 41 82)\n"
     "Context: cluster began 3 days after the Grand Magal; most cases drank from one street vendor's tank in Darou "
     "Marnane.\n"
     "\n"
     "# | Name | Age/Sex | Quartier / village | Onset | Admitted | Dehydration (WHO) | RDT | Outcome | Contact\n"
     "1 | Fallou Ndiaye | 34 M | Darou Marnane | 19/08 | 20/08 | severe (plan C) | + | discharged 23/08 | 77 555 18 "
     "20\n"
     "2 | Sokhna Mbow | 27 F | Darou Marnane | 20/08 | 20/08 | some (plan B) | + | discharged 22/08 | 78 555 40 11\n"
     "3 | Modou Lô | 6 M | Keur Niang | 20/08 | 21/08 | severe (plan C) | + | in CTC | father Babacar Lô 76 555 92 04\n"
     "4 | Adja Awa Thiam | 91 F | Gouye Mbind | 21/08 | 21/08 | severe (plan C) | + | died 21/08 in CTC | son "
     "Serigne Mbacké Thiam 77 555 63 71\n"
     "5 | Ibrahima 'Baye Fall' Gueye | 45 M | Ndamatou | 21/08 | 22/08 | none (plan A) | - | discharged 22/08 | -\n"
     "6 | Aminata Sy | 19 F, pregnant 28 wks | Touba Mosquée | 22/08 | 22/08 | some (plan B) | + | in CTC, FHR 148 | "
     "70 555 27 39\n"
     "7 | Cheikh Tidiane Faye | 58 M | Mbacké | 22/08 | 23/08 | severe (plan C) | + | referred to Hôpital Régional "
     "de Diourbel (AKI) | 77 555 80 46\n"
     "\n"
     "Lab: 5 stool samples to the Institut Pasteur de Dakar - Vibrio cholerae O1 Ogawa in 4/5, susceptible to "
     "doxycycline and azithromycin.\n"
     "Treatment per protocol: Ringer's lactate 100 mL/kg (plan C), ORS, doxycycline 300 mg stat (adults), "
     "azithromycin 20 mg/kg (children, pregnant women), zinc 20 mg x 10 days (under 5).\n"
     "WASH: vendor's tank chlorinated and closed; disinfection kits to case households. CFR so far 1/7 (case 4, "
     "aged 91, came late).\n"
     "Compiled by: Mariama Diallo-Seck, nurse, CTC deputy focal point",
     [("LOCATION", ["TOUBA"]), ("HOSPITAL", ["Hôpital Matlaboul Fawzaini"]), ("LOCATION", ["Diourbel"]),
      ("DATE", ["24/08/2025"]), ("NAME", ["Ousmane", "Sarr-Kane"]), ("EMAIL", ["ousmane.sarrkane@ds-touba.sn"]),
      ("PHONE", ["+221 77 555 41 82"]), ("DATE", ["Grand Magal"]), ("LOCATION", ["Darou Marnane"]),
      ("NAME", ["Fallou", "Ndiaye"]), ("DATE", ["19/08"]), ("DATE", ["20/08"]), ("DATE", ["23/08"]),
      ("PHONE", ["77 555 18 20"]), ("NAME", ["Sokhna", "Mbow"]), ("DATE", ["22/08"]), ("PHONE", ["78 555 40 11"]),
      ("NAME", ["Modou", "Lô"]), ("LOCATION", ["Keur Niang"]), ("DATE", ["21/08"]), ("NAME", ["Babacar", "Lô"]),
      ("PHONE", ["76 555 92 04"]), ("NAME", ["Awa", "Thiam"]), ("AGE", ["91"]), ("LOCATION", ["Gouye Mbind"]),
      ("NAME", ["Serigne Mbacké", "Thiam"]), ("PHONE", ["77 555 63 71"]), ("NAME", ["Ibrahima", "Gueye"]),
      ("NAME", ["Baye Fall"]), ("LOCATION", ["Ndamatou"]), ("NAME", ["Aminata", "Sy"]), ("LOCATION", ["Touba Mosquée"]),
      ("PHONE", ["70 555 27 39"]), ("NAME", ["Cheikh Tidiane", "Faye"]), ("LOCATION", ["Mbacké"]),
      ("HOSPITAL", ["Hôpital Régional de Diourbel"]), ("PHONE", ["77 555 80 46"]),
      ("HOSPITAL", ["Institut Pasteur de Dakar"]), ("AGE", ["aged 91"]), ("NAME", ["Mariama", "Diallo-Seck"])],
     ["plan C", "Vibrio cholerae O1 Ogawa", "Ringer's lactate 100 mL/kg", "ORS", "doxycycline 300 mg stat",
      "azithromycin 20 mg/kg", "zinc 20 mg", "FHR 148", "CFR so far 1/7"]),

    # 11 - Sudan, Kassala: paediatric stabilisation centre night nursing note, SAM with measles
    ("KASSALA TEACHING HOSPITAL - Paediatric Ward (Stabilisation Centre)\n"
     "NURSING NOTE - night shift 20:00-08:00 | 14-15/03/2026\n"
     "Child: Hawa Abdelrahim Osman | 2 y 3 m F | DOB 11/12/2023 | Adm. No. KTH/SC/26/0417 | MUAC on admission "
     "10.8 cm | weight 7.9 kg\n"
     "Referred from Aroma Rural Hospital on 12/03/2026. Mother: Fatima Ibrahim Adam (with the child); displaced from "
     "Wad Madani in Jan 2024, now in Wad Sharifai camp, Block 7, Shelter 118; neighbour's phone 0912 555 418. "
     "Grandmother still in Aroma.\n"
     "20:00 Received from S/N Amna Hassan. On F-75, 85 mL 3-hourly via NGT. Bilateral pitting oedema ++. Measles rash "
     "day 3 (Koplik spots seen on admission), conjunctivitis, cough.\n"
     "22:00 T 38.4 °C, RR 48, HR 146, SpO2 93% RA -> O2 1 L/min via nasal prongs. Paracetamol 120 mg PO. Informed "
     "Dr Yousra Elamin-Taha.\n"
     "00:30 RBS 3.1 mmol/L -> 10% dextrose 5 mL/kg IV per Dr, feed given early. 01:00 RBS 5.4 mmol/L.\n"
     "02:00 Loose stool x1. ReSoMal not given (oedema).\n"
     "04:00 Sleeping skin-to-skin with mother, covered; T 37.6 °C.\n"
     "06:00 Vitamin A 100,000 IU PO (day 2). Ceftriaxone 100 mg/kg IV given. Tetracycline eye ointment both eyes.\n"
     "Plan: continue F-75, keep isolated from other children (measles); case-based measles form KSL-MSL-26-083 sent "
     "to state surveillance; brother Mohamed (5 y) at the camp to be vaccinated at the Wad Sharifai Health Centre.\n"
     "Nurse Nosiba Abdalla Mahmoud, RN | reg. no. 40718",
     [("HOSPITAL", ["KASSALA TEACHING HOSPITAL"]), ("DATE", ["14-15/03/2026"]),
      ("NAME", ["Hawa", "Abdelrahim", "Osman"]), ("DATE", ["11/12/2023"]), ("MRN", ["KTH/SC/26/0417"]),
      ("HOSPITAL", ["Aroma Rural Hospital"]), ("DATE", ["12/03/2026"]), ("NAME", ["Fatima", "Ibrahim", "Adam"]),
      ("LOCATION", ["Wad Madani"]), ("DATE", ["Jan 2024"]), ("LOCATION", ["Wad Sharifai"]),
      ("ADDRESS", ["Block 7, Shelter 118"]), ("PHONE", ["0912 555 418"]), ("LOCATION", ["Aroma"]),
      ("NAME", ["Amna", "Hassan"]), ("NAME", ["Yousra", "Elamin-Taha"]), ("ID", ["KSL-MSL-26-083"]),
      ("NAME", ["Mohamed"]), ("HOSPITAL", ["Wad Sharifai Health Centre"]), ("NAME", ["Nosiba", "Abdalla", "Mahmoud"]),
      ("LICENCE", ["40718"])],
     ["MUAC on admission 10.8 cm", "F-75", "Bilateral pitting oedema ++", "Koplik spots", "RBS 3.1 mmol/L",
      "10% dextrose 5 mL/kg", "ReSoMal", "Vitamin A 100,000 IU", "Ceftriaxone 100 mg/kg IV",
      "Tetracycline eye ointment"]),

    # 12 - Nepal, Gandaki (Pokhara): emergency department record, high-altitude pulmonary oedema after helicopter rescue
    ("MANIPAL TEACHING HOSPITAL, PHULBARI, POKHARA - EMERGENCY DEPARTMENT\n"
     "ED RECORD | 28/09/2025 (2082/06/12 BS) | 11:05 | Reg. No. MTH-ER-2509-1874\n"
     "Patient: Sanne van der Heijden-Bos | 34 F | DOB 07/03/1991 | Netherlands passport NXF82L4K3 | travel insurance "
     "policy ANW-TR-6620391\n"
     "Local address: Hotel Fewa Breeze, Lakeside, Pokhara\n"
     "Arrival: rescue helicopter 9N-AMK from Manang, with the note of Dr Tsering Lhamo Gurung (Himalayan Rescue "
     "Association aid post, Manang).\n"
     "Hx: trekking with guide Mingma Tenzing Sherpa (+977 984-555-2718) and porter 'Kancha' (Ram Bahadur Tamang). "
     "Went Chame (2670 m) -> Upper Pisang -> Manang (3540 m) in 2 days, no rest day. Night of 26/09 breathless at "
     "rest, "
     "dry cough, then pink frothy sputum; Lake Louise score 5 (headache, nausea). At the aid post: SpO2 58% RA, "
     "nifedipine SR 30 mg, O2 4 L, Gamow bag 2 h, dexamethasone 8 mg for mild ataxia.\n"
     "O/E here (823 m): HR 104, RR 26, SpO2 86% RA -> 95% on 4 L NP. Crackles both mid-zones. Tandem gait normal. "
     "GCS 15.\n"
     "CXR: patchy bilateral alveolar opacities, normal heart size. Hb 14.8 g/dL.\n"
     "Imp: HAPE, improving after descent; HACE unlikely now.\n"
     "Plan: O2 to SpO2 > 90%, nifedipine SR 30 mg BD for 24 h, ward observation 24 h. No re-ascent on this trip; plans "
     "to fly to Kathmandu after Dashain. Partner Joris Bos (+31 6 5555 4182) updated on WhatsApp; her friends had "
     "already seen her Instagram story (@sanne.trekt) from Manang.\n"
     "Dr Anjali Shrestha-Pandey, Emergency Medicine Resident | NMC No. 18427",
     [("HOSPITAL", ["MANIPAL TEACHING HOSPITAL"]), ("LOCATION", ["PHULBARI"]), ("LOCATION", ["POKHARA"]),
      ("DATE", ["28/09/2025"]), ("DATE", ["2082/06/12"]), ("MRN", ["MTH-ER-2509-1874"]),
      ("NAME", ["Sanne", "van der Heijden-Bos"]), ("DATE", ["07/03/1991"]), ("ID", ["NXF82L4K3"]),
      ("ID", ["ANW-TR-6620391"]), ("LOCATION", ["Hotel Fewa Breeze"]), ("LOCATION", ["Lakeside"]),
      ("LOCATION", ["Pokhara"]), ("PLATE", ["9N-AMK"]), ("LOCATION", ["Manang"]), ("NAME", ["Tsering Lhamo", "Gurung"]),
      ("HOSPITAL", ["Himalayan Rescue Association aid post"]), ("NAME", ["Mingma Tenzing", "Sherpa"]),
      ("PHONE", ["+977 984-555-2718"]), ("NAME", ["Kancha"]), ("NAME", ["Ram Bahadur", "Tamang"]),
      ("LOCATION", ["Chame"]), ("LOCATION", ["Upper Pisang"]), ("DATE", ["26/09"]), ("LOCATION", ["Kathmandu"]),
      ("DATE", ["Dashain"]), ("NAME", ["Joris", "Bos"]), ("PHONE", ["+31 6 5555 4182"]), ("HANDLE", ["@sanne.trekt"]),
      ("NAME", ["Anjali", "Shrestha-Pandey"]), ("LICENCE", ["18427"])],
     ["pink frothy sputum", "Lake Louise score 5", "SpO2 58% RA", "nifedipine SR 30 mg", "Gamow bag",
      "dexamethasone 8 mg", "Hb 14.8 g/dL", "HAPE", "HACE"]),

    # 13 - Mongolia, Khövsgöl: urgent notification of a bubonic plague case after marmot hunting
    ("NATIONAL CENTER FOR ZOONOTIC DISEASES, ULAANBAATAR - URGENT NOTIFICATION OF A PLAGUE CASE\n"
     "Notification no. NCZD-PL-2025/07 | received 16/07/2025 09:40 by phone from the Khövsgöl aimag Centre for "
     "Zoonotic Diseases (Mörön)\n"
     "Reporting doctor: Dr Tserendulam Baasanjav, Ulaan-Uul soum hospital, tel. +976 9555 4182, "
     "tserendulam.b@uulhospital.mn\n"
     "Case: Батбаярын Ганзориг (Batbayaryn Ganzorig), 38 M, herder, civil register no. ХӨ87041318, born 13 April 1987\n"
     "Residence: winter camp in Khar-Us bag; summer camp on the Shishged river, ~45 km NW of the soum centre.\n"
     "Exposure: shot and skinned a tarbagan marmot (Marmota sibirica) with his brother-in-law Naranbaatar on 10 July; "
     "the meat was cooked as boodog and eaten at the family Naadam gathering on 11 July (~14 people).\n"
     "Onset 13/07: fever 39.8 °C, headache, painful swelling L axilla (bubo 4 x 5 cm); rode 30 km on horseback to "
     "the soum hospital on 15/07.\n"
     "Lab: F1 antigen rapid test positive (aimag laboratory); bubo aspirate Gram stain - bipolar 'safety-pin' "
     "Gram-negative rods; culture pending. Yersinia pestis suspected.\n"
     "Treatment: streptomycin 1 g IM BD from 15/07 20:00 (gentamicin 5 mg/kg IV OD if streptomycin runs out). "
     "Contacts (14, incl. wife Oyunchimeg / Оюунчимэг and their children aged 8 and 11, pupils at Ulaan-Uul soum "
     "school No. 1): doxycycline 100 mg BD x 7 days.\n"
     "Control: soum centre under quarantine from 16/07 by the aimag Emergency Commission; road checkpoint at "
     "Khatgal. The UAZ van that brought him (plate 4182 ХӨА) disinfected.\n"
     "Patient moved by ambulance to the isolation ward of the Khövsgöl Aimag General Hospital, Mörön.\n"
     "Photos of the bubo and the marmot skin uploaded to https://zoonoses.nczd.mn/case/PL-2025-07/images.\n"
     "Received by: Dr Altantsetseg (Алтанцэцэг) Dashdorj, epidemiologist on call",
     [("HOSPITAL", ["NATIONAL CENTER FOR ZOONOTIC DISEASES"]), ("LOCATION", ["ULAANBAATAR"]),
      ("ID", ["NCZD-PL-2025/07"]), ("DATE", ["16/07/2025"]),
      ("HOSPITAL", ["Khövsgöl aimag Centre for Zoonotic Diseases"]), ("LOCATION", ["Mörön"]),
      ("NAME", ["Tserendulam", "Baasanjav"]), ("HOSPITAL", ["Ulaan-Uul soum hospital"]), ("PHONE", ["+976 9555 4182"]),
      ("EMAIL", ["tserendulam.b@uulhospital.mn"]), ("NAME", ["Батбаярын", "Ганзориг"]),
      ("NAME", ["Batbayaryn", "Ganzorig"]), ("ID", ["ХӨ87041318"]), ("DATE", ["13 April 1987"]),
      ("LOCATION", ["Khar-Us"]), ("LOCATION", ["Shishged"]), ("NAME", ["Naranbaatar"]), ("DATE", ["10 July"]),
      ("DATE", ["Naadam"]), ("DATE", ["11 July"]), ("DATE", ["13/07"]), ("DATE", ["15/07"]), ("NAME", ["Oyunchimeg"]),
      ("NAME", ["Оюунчимэг"]), ("LOCATION", ["Ulaan-Uul soum school No. 1"]), ("DATE", ["16/07"]),
      ("LOCATION", ["Khatgal"]), ("PLATE", ["4182 ХӨА"]), ("HOSPITAL", ["Khövsgöl Aimag General Hospital"]),
      ("URL", ["https://zoonoses.nczd.mn/case/PL-2025-07/images"]), ("NAME", ["Altantsetseg", "Dashdorj"]),
      ("NAME", ["Алтанцэцэг"])],
     ["Marmota sibirica", "bubo 4 x 5 cm", "F1 antigen rapid test", "bipolar", "Gram-negative rods",
      "Yersinia pestis", "streptomycin 1 g IM BD", "gentamicin 5 mg/kg IV OD", "doxycycline 100 mg BD"]),

    # 14 - Greece, North Aegean (Lesvos): health centre referral letter, brucellosis with spondylodiscitis (Greek)
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΛΛΟΝΗΣ - 2η ΥΠΕ Πειραιώς και Αιγαίου\n"
     "81107 Καλλονή Λέσβου | τηλ. 22530 55 417 | fax 22530 55 419\n"
     "\n"
     "Καλλονή, 3 Οκτωβρίου 2025\n"
     "\n"
     "ΠΑΡΑΠΕΜΠΤΙΚΟ ΣΗΜΕΙΩΜΑ\n"
     "Προς: Παθολογική Κλινική, Γενικό Νοσοκομείο Μυτιλήνης «Βοστάνειο» - υπόψη κ. Σταματίας Χατζηπαναγιώτου\n"
     "\n"
     "Αγαπητή συνάδελφε,\n"
     "Σας παραπέμπω τον κ. Ευστράτιο (Στρατή) Καραντώνη-Μυτιληναίο του Παναγιώτη, 46 ετών, ΑΜΚΑ 11087921455, "
     "κτηνοτρόφο από την Αγία Παρασκευή, κιν. 694 555 2817.\n"
     "Από τα μέσα Αυγούστου, μετά τον Δεκαπενταύγουστο, έχει κυματοειδή πυρετό έως 39,5 °C με νυχτερινές εφιδρώσεις "
     "και αρθραλγίες, και τις τελευταίες 3 εβδομάδες επίμονη οσφυαλγία που τον ξυπνά τη νύχτα. Φτιάχνει ο ίδιος "
     "λαδοτύρι από νωπό πρόβειο γάλα· είχε αποβολές στο κοπάδι τον Ιούλιο (κτηνίατρος κ. Ιγνάτιος Πάνου).\n"
     "Εξετάσεις: Wright 1/640, Rose Bengal θετική, CRP 48 mg/L, ΤΚΕ 62 mm/h. MRI ΟΜΣΣ (διαγνωστικό κέντρο «Αιολίς», "
     "Μυτιλήνη, 29/09/2025): σπονδυλοδισκίτιδα Ο4-Ο5 χωρίς επισκληρίδιο απόστημα.\n"
     "Εκτίμηση: βρουκέλλωση (πιθανότατα Brucella melitensis) με σπονδυλοδισκίτιδα.\n"
     "Προτείνω αιμοκαλλιέργειες πριν από την αγωγή, δοξυκυκλίνη 100 mg x2 για 12 εβδομάδες με γενταμικίνη 5 mg/kg "
     "τις πρώτες 7 ημέρες, και δήλωση στον ΕΟΔΥ. Η σύζυγός του Ερασμία (κιν. 697 555 0146) και ο γιος τους, μαθητής "
     "στο ΓΕΛ Καλλονής, έτρωγαν από το ίδιο τυρί.\n"
     "\n"
     "Με εκτίμηση,\n"
     "Δρ Χαράλαμπος Ψαρρός-Βατούσης, Γενικός Ιατρός | ΑΜ ΙΣ Λέσβου 1427",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΛΛΟΝΗΣ"]), ("POSTCODE", ["81107"]), ("LOCATION", ["Καλλονή"]),
      ("LOCATION", ["Λέσβου"]), ("PHONE", ["22530 55 417"]), ("PHONE", ["22530 55 419"]),
      ("DATE", ["3 Οκτωβρίου 2025"]), ("HOSPITAL", ["Γενικό Νοσοκομείο Μυτιλήνης"]), ("HOSPITAL", ["Βοστάνειο"]),
      ("NAME", ["Σταματίας", "Χατζηπαναγιώτου"]), ("NAME", ["Ευστράτιο", "Καραντώνη-Μυτιληναίο"]), ("NAME", ["Στρατή"]),
      ("NAME", ["Παναγιώτη"]), ("ID", ["11087921455"]), ("LOCATION", ["Αγία Παρασκευή"]), ("PHONE", ["694 555 2817"]),
      ("DATE", ["Αυγούστου"]), ("DATE", ["Δεκαπενταύγουστο"]), ("DATE", ["Ιούλιο"]), ("NAME", ["Ιγνάτιος", "Πάνου"]),
      ("HOSPITAL", ["Αιολίς"]), ("LOCATION", ["Μυτιλήνη"]), ("DATE", ["29/09/2025"]), ("NAME", ["Ερασμία"]),
      ("PHONE", ["697 555 0146"]), ("LOCATION", ["ΓΕΛ Καλλονής"]), ("NAME", ["Χαράλαμπος", "Ψαρρός-Βατούσης"]),
      ("LICENCE", ["1427"])],
     ["39,5 °C", "Wright 1/640", "Rose Bengal θετική", "CRP 48 mg/L", "ΤΚΕ 62 mm/h", "σπονδυλοδισκίτιδα Ο4-Ο5",
      "Brucella melitensis", "δοξυκυκλίνη 100 mg x2", "γενταμικίνη 5 mg/kg"]),

    # 15 - Myanmar, Kachin State (Hpakant): township hospital transfer note, crush syndrome after a jade-mine landslide
    ("HPAKANT TOWNSHIP HOSPITAL (100-bedded), Kachin State\n"
     "PATIENT TRANSFER NOTE | 18.04.2026 06:15 (last day of Thingyan)\n"
     "To: Surgical ward / dialysis unit, Myitkyina General Hospital - accepted by Dr Khin Myat Noe (surgical "
     "registrar) by phone, 09-555-418273\n"
     "Patient: Maran Zau Tu (called 'Ah Tu') | 27 M | NRC 1/HpaKaNa(N)063914 | IPD no. HPK-IP-26-1187\n"
     "Home: Lone Khin village. Loader operator, Kyauk Sein Gems Co., block 14.\n"
     "HPI: buried to the waist when a tailings heap collapsed at 22:40 on 16.04 during the night shift; dug out by "
     "co-workers after ~4 h; brought in the company pickup (KCN 1B-4182).\n"
     "Findings: L open tibial # with 6 cm wound, Gustilo-Anderson IIIA; tense L calf compartments with pain on "
     "passive stretch; R thigh swollen. Cola-coloured urine. BP 100/60, HR 120.\n"
     "Labs: K+ 6.8 mmol/L, CK 48,000 U/L, urea 22 mmol/L, creatinine 310 µmol/L. ECG: peaked T waves.\n"
     "Done: 4 L NS; calcium gluconate 10% 10 mL IV x2; insulin-dextrose; sodium bicarbonate 8.4% 50 mL; L calf "
     "4-compartment fasciotomy and wound debridement on the night of 17.04 by Dr Sai Htun Lin; cefazolin; TT.\n"
     "Reason for transfer: crush syndrome with AKI needing haemodialysis (not available here).\n"
     "Transport: hospital ambulance by road (~5 h on the Hpakant-Myitkyina road, checkpoint at Namti). Escort: nurse "
     "Daw Nang Seng Pan and cousin ကိုအောင်ကျော်ဝင်း (Ko Aung Kyaw Win), 09-555-772614.\n"
     "Mother Daw Lu Bawk in Waingmaw informed.\n"
     "Transferring MO: Dr Zaw Min Htet | SAMA 41827",
     [("HOSPITAL", ["HPAKANT TOWNSHIP HOSPITAL"]), ("DATE", ["18.04.2026"]), ("DATE", ["Thingyan"]),
      ("HOSPITAL", ["Myitkyina General Hospital"]), ("NAME", ["Khin Myat", "Noe"]), ("PHONE", ["09-555-418273"]),
      ("NAME", ["Maran", "Zau Tu"]), ("NAME", ["Ah Tu"]), ("ID", ["1/HpaKaNa(N)063914"]), ("MRN", ["HPK-IP-26-1187"]),
      ("LOCATION", ["Lone Khin"]), ("LOCATION", ["Kyauk Sein Gems Co."]), ("DATE", ["16.04"]),
      ("PLATE", ["KCN 1B-4182"]),
      ("DATE", ["17.04"]), ("NAME", ["Sai Htun", "Lin"]), ("LOCATION", ["Hpakant"]), ("LOCATION", ["Myitkyina"]),
      ("LOCATION", ["Namti"]), ("NAME", ["Nang Seng Pan"]), ("NAME", ["အောင်ကျော်ဝင်း"]),
      ("NAME", ["Aung Kyaw", "Win"]),
      ("PHONE", ["09-555-772614"]), ("NAME", ["Lu", "Bawk"]), ("LOCATION", ["Waingmaw"]), ("NAME", ["Zaw Min", "Htet"]),
      ("LICENCE", ["41827"])],
     ["Gustilo-Anderson IIIA", "pain on passive stretch", "K+ 6.8 mmol/L", "CK 48,000 U/L", "creatinine 310 µmol/L",
      "peaked T waves", "calcium gluconate 10% 10 mL", "sodium bicarbonate 8.4% 50 mL", "4-compartment fasciotomy",
      "crush syndrome"]),

    # 16 - Solomon Islands, Western Province (Gizo): surgical discharge summary, tropical pyomyositis
    ("MINISTRY OF HEALTH AND MEDICAL SERVICES - SOLOMON ISLANDS\n"
     "Gizo Hospital, Western Province - Surgical Ward\n"
     "DISCHARGE SUMMARY\n"
     "Name: Jezreel Pitakaka-Tozaka | Sex: M | Age: 19 | DOB: 30/06/2006 | Hosp No: GZH-04187\n"
     "Village: Kindu, Gizo Island. Works on the loining line at the SolTuna cannery, Noro.\n"
     "Admitted: 02/02/2026 (referred by RN Kenneth Pana, Noro Clinic, seen there 31/01)   Discharged: 13/02/2026\n"
     "Diagnosis: Tropical pyomyositis R vastus lateralis, stage 2 (suppurative), MSSA.\n"
     "History: 1 week R thigh pain after a knock playing for Gizo Blue Stars FC; fevers, limping.\n"
     "Findings: T 39.2, R thigh woody induration, fluctuant laterally. WBC 19.2, CRP 210. US: 9 x 4 cm intramuscular "
     "collection.\n"
     "Procedure: incision and drainage under GA 03/02/2026 by Dr Hilda Kwaiga-Sasae - 240 mL pus; culture "
     "Staphylococcus aureus (MSSA), cloxacillin sensitive.\n"
     "Treatment: cloxacillin 2 g IV 6-hourly x 10 days, then flucloxacillin 500 mg QID x 2 weeks; daily packing; "
     "physiotherapy. HIV negative; HbA1c 5.4%.\n"
     "Follow-up: dressing and review at Noro Clinic 20/02; no cannery work for 4 weeks (sick note until 13/03/2026).\n"
     "NOK: mother Rose Tozaka, mobile 755 4182 (sells at the Gizo market).\n"
     "Dr Hilda Kwaiga-Sasae, Surgical Registrar | MDBSI reg. 0418",
     [("HOSPITAL", ["Gizo Hospital"]), ("NAME", ["Jezreel", "Pitakaka-Tozaka"]), ("DATE", ["30/06/2006"]),
      ("MRN", ["GZH-04187"]), ("LOCATION", ["Kindu"]), ("LOCATION", ["Gizo Island"]), ("LOCATION", ["SolTuna"]),
      ("LOCATION", ["Noro"]), ("DATE", ["02/02/2026"]), ("NAME", ["Kenneth", "Pana"]), ("HOSPITAL", ["Noro Clinic"]),
      ("DATE", ["31/01"]), ("DATE", ["13/02/2026"]), ("LOCATION", ["Gizo Blue Stars FC"]), ("DATE", ["03/02/2026"]),
      ("NAME", ["Hilda", "Kwaiga-Sasae"]), ("DATE", ["20/02"]), ("DATE", ["13/03/2026"]), ("NAME", ["Rose", "Tozaka"]),
      ("PHONE", ["755 4182"]), ("LOCATION", ["Gizo market"]), ("LICENCE", ["0418"])],
     ["Tropical pyomyositis", "vastus lateralis", "stage 2", "woody induration", "WBC 19.2", "CRP 210",
      "Staphylococcus aureus (MSSA)", "cloxacillin 2 g IV 6-hourly", "flucloxacillin 500 mg QID", "HbA1c 5.4%"]),

    # 17 - Kiribati (Abaiang / South Tarawa): medical officer's radio and telephone consultation log, ciguatera
    ("TUNGARU CENTRAL HOSPITAL, NAWEREWERE - MEDICAL OFFICER ON CALL\n"
     "RADIO / TELEPHONE CONSULTATION LOG\n"
     "Date: Wed 22 Oct 2025 | 14:10 | Caller: Senior Nurse Kaitinano Tebaua, Abaiang Health Centre, Tuarabu (mobile "
     "7355 2418)\n"
     "Re: family of 5 from Koinawa village, sick after eating a large barracuda caught off the Nuotaea reef on the "
     "evening of 20/10.\n"
     "1) Tekaai Baraniko, 44 M - vomiting, diarrhoea, tingling lips, cold water feels hot (temperature reversal); HR "
     "48, BP 86/50.\n"
     "2) wife Nei Teretia, 39 F - paraesthesia of hands and feet, pruritus.\n"
     "3) son Ioane, 12 M - mild, abdominal cramps only.\n"
     "4) daughter, 2 y - vomited x2, now playing.\n"
     "5) grandmother Nei Tiroba, said to be 92 (no birth certificate; born about 1933) - pruritus, weakness.\n"
     "Advice (MO): ciguatera - supportive care. Pt 1: atropine 0.6 mg IV for the bradycardia, NS 1 L bolus, then "
     "transfer. Others: oral fluids, observe overnight; amitriptyline 10 mg nocte later if paraesthesia persists. "
     "Mannitol not available. No fish, alcohol or nuts for several months. Abaiang is ~1 h by speedboat; the hospital "
     "ambulance (T-4182) will meet the boat at Buota.\n"
     "17:30 follow-up call: pt 1 HR 62 after atropine, BP 104/66, on the boat.\n"
     "Recorded by: Dr Rosemary Teannaki-Uriam, MO | KMDC reg. 117 | rteannaki@mhms.gov.ki",
     [("HOSPITAL", ["TUNGARU CENTRAL HOSPITAL"]), ("LOCATION", ["NAWEREWERE"]), ("DATE", ["22 Oct 2025"]),
      ("NAME", ["Kaitinano", "Tebaua"]), ("HOSPITAL", ["Abaiang Health Centre"]), ("LOCATION", ["Tuarabu"]),
      ("PHONE", ["7355 2418"]), ("LOCATION", ["Koinawa"]), ("LOCATION", ["Nuotaea"]), ("DATE", ["20/10"]),
      ("NAME", ["Tekaai", "Baraniko"]), ("NAME", ["Teretia"]), ("NAME", ["Ioane"]), ("NAME", ["Tiroba"]),
      ("AGE", ["92"]),
      ("DATE", ["1933"]), ("LOCATION", ["Abaiang"]), ("PLATE", ["T-4182"]), ("LOCATION", ["Buota"]),
      ("NAME", ["Rosemary", "Teannaki-Uriam"]), ("LICENCE", ["117"]), ("EMAIL", ["rteannaki@mhms.gov.ki"])],
     ["temperature reversal", "BP 86/50", "paraesthesia", "pruritus", "ciguatera", "atropine 0.6 mg IV",
      "NS 1 L bolus", "amitriptyline 10 mg nocte", "Mannitol"]),

    # 18 - Hong Kong, New Territories (Sheung Shui): emergency department record, exertional heat stroke at a
    # construction site (traditional Chinese)
    ("北區醫院 急症科 急症室紀錄\n"
     "香港新界上水保健路9號 | 電話 2555 4182\n"
     "日期：2025年7月29日 14:52 | 急症室編號 AEN2507291183\n"
     "病人：曾志雄 | 男 | 58歲 | 身份證 K418273(1)\n"
     "住址：新界粉嶺祥華邨祥禮樓12樓1207室\n"
     "職業：紮鐵工人（僱主：宏基建築工程有限公司；古洞北地盤）\n"
     "聯絡人：妻子 李美鳳 9555 2731\n"
     "家庭醫生：陳國樑醫生（石湖墟健民診所）\n"
     "現病史：天文台發出酷熱天氣警告；病人中午在地盤戶外紮鐵約4小時，13時50分被工友何家輝發現神志不清、倒地抽搐。救護車（車牌 AM 4182）送院。\n"
     "檢查：核心體溫 41.2°C（肛溫），脈搏 138，血壓 86/48，GCS 9/15（E2V2M5），皮膚乾熱。\n"
     "化驗：鈉 131 mmol/L，鉀 3.1，肌酸激酶 CK 5,400 U/L，ALT 188，血小板 92，乳酸 5.6 mmol/L。\n"
     "診斷：熱中暑（Heat stroke）併橫紋肌溶解\n"
     "處理：冰水浸浴降溫至 38.9°C（25分鐘）；冷生理鹽水 2 L；咪達唑侖 2 mg 靜脈注射止抽搐；轉深切治療部。\n"
     "已通知勞工處職業安全及健康部（工傷呈報編號 LD-OSH-25-04187）。\n"
     "主診醫生：黃詠欣醫生（註冊編號 M18427）",
     [("HOSPITAL", ["北區醫院"]), ("LOCATION", ["上水"]), ("ADDRESS", ["保健路9號"]), ("PHONE", ["2555 4182"]),
      ("DATE", ["2025年7月29日"]), ("MRN", ["AEN2507291183"]), ("NAME", ["曾志雄"]), ("ID", ["K418273(1)"]),
      ("LOCATION", ["粉嶺"]), ("LOCATION", ["祥華邨"]), ("ADDRESS", ["祥禮樓12樓1207室"]), ("LOCATION", ["宏基建築工程有限公司"]),
      ("LOCATION", ["古洞北"]), ("NAME", ["李美鳳"]), ("PHONE", ["9555 2731"]), ("NAME", ["陳國樑"]), ("HOSPITAL", ["石湖墟健民診所"]),
      ("NAME", ["何家輝"]), ("PLATE", ["AM 4182"]), ("ID", ["LD-OSH-25-04187"]), ("NAME", ["黃詠欣"]),
      ("LICENCE", ["M18427"])],
     ["酷熱天氣警告", "核心體溫 41.2°C", "GCS 9/15（E2V2M5）", "肌酸激酶 CK 5,400 U/L", "乳酸 5.6 mmol/L", "熱中暑（Heat stroke）",
      "橫紋肌溶解", "冰水浸浴", "咪達唑侖 2 mg"]),

    # 19 - Dominica (St Paul parish): medical discharge summary, severe leptospirosis after flooding
    ("PRINCESS MARGARET HOSPITAL, Goodwill, Roseau, Commonwealth of Dominica\n"
     "Male Medical Ward - DISCHARGE SUMMARY\n"
     "Patient: Kervin 'Biggs' Joseph-Auguiste | 36 M | DOB 08/08/1989 | Hosp No. PMH 25-10418 | Social Security "
     "No. 726153\n"
     "Address: Main Road, Massacre. Banana and dasheen farmer; family plot in the Layou River valley near Bells.\n"
     "Admitted: 30/10/2025 via A&E (Independence Day weekend)   Discharged: 11/11/2025\n"
     "Diagnosis: severe leptospirosis (Weil's disease) with AKI and pulmonary haemorrhage; ICU 4 days.\n"
     "History: 5 days fever, severe calf pain and red eyes after clearing the flooded drains on the farm after the "
     "heavy rains; rats in the dasheen store.\n"
     "Findings: conjunctival suffusion, jaundice, calf tenderness, BP 92/58, SpO2 88%; haemoptysis on day 2.\n"
     "Investigations: creatinine 486 µmol/L, bilirubin 142 µmol/L, plt 38 x10^9/L, K 3.2. Leptospira IgM ELISA "
     "positive; MAT titre 1:1600 (CARPHA).\n"
     "Course: penicillin G 1.5 MU IV 6-hourly x 7 days; intubated 48 h; 3 sessions of haemodialysis under Dr Deon "
     "Lawrence; recovered renal function (creatinine 132 at discharge).\n"
     "Follow-up: Medical OPD 25/11/2025 with U&E; BP and urine checks at the Mahaut Health Centre. Environmental "
     "Health informed for rodent control on the farm.\n"
     "NOK: partner Shanelle Laville, 767-555-0183; brother 'Jah-Jah' (Jamal Joseph) brought him in his pickup "
     "(PB 7730). Partner asks that updates not be posted; she messages as @shanelle_dca.\n"
     "Dr Anique Fontaine-Bruney, Medical Officer, for Dr Ignatius Shillingford, Consultant Physician | MBD reg. 0592",
     [("HOSPITAL", ["PRINCESS MARGARET HOSPITAL"]), ("LOCATION", ["Goodwill"]), ("LOCATION", ["Roseau"]),
      ("NAME", ["Kervin", "Joseph-Auguiste"]), ("NAME", ["Biggs"]), ("DATE", ["08/08/1989"]), ("MRN", ["PMH 25-10418"]),
      ("ID", ["726153"]), ("ADDRESS", ["Main Road"]), ("LOCATION", ["Massacre"]), ("LOCATION", ["Layou River"]),
      ("LOCATION", ["Bells"]), ("DATE", ["30/10/2025"]), ("DATE", ["Independence Day"]), ("DATE", ["11/11/2025"]),
      ("HOSPITAL", ["CARPHA"]), ("NAME", ["Deon", "Lawrence"]), ("DATE", ["25/11/2025"]),
      ("HOSPITAL", ["Mahaut Health Centre"]), ("NAME", ["Shanelle", "Laville"]), ("PHONE", ["767-555-0183"]),
      ("NAME", ["Jah-Jah"]), ("NAME", ["Jamal", "Joseph"]), ("PLATE", ["PB 7730"]), ("HANDLE", ["@shanelle_dca"]),
      ("NAME", ["Anique", "Fontaine-Bruney"]),
      ("NAME", ["Ignatius", "Shillingford"]), ("LICENCE", ["0592"])],
     ["Weil's disease", "pulmonary haemorrhage", "conjunctival suffusion", "creatinine 486 µmol/L",
      "bilirubin 142 µmol/L", "plt 38 x10^9/L", "Leptospira IgM ELISA", "MAT titre 1:1600",
      "penicillin G 1.5 MU IV 6-hourly"]),
] + MORE_NOTES
