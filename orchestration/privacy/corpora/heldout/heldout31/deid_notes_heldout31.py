"""Thirty-first HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their models, their tests,
their documentation or the other note sets (only the ``Note`` type and the eighteenth set, for the format), and never
ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (1028 planted identifier parts in 829 (kind, parts) entries; 403 clinical strings), mostly in English, written
the way clinicians write them, in settings the earlier sets left thin: a flying doctor primary retrieval record, an
offshore installation medic's treatment log with a topside doctor consultation, a prison healthcare code blue and
emergency escort log, a very short telephone note from a remote clinic, a maxillofacial admission note with consent, a
cancer genetics counselling letter with a pedigree naming relatives and a cc list, a midwife-led unit delivery record
and emergency referral, a brucellosis clinic follow-up with the herd traced by a veterinarian, a veterans'
compensation and pension audiology examination, a One Health anthrax investigation line list, a medical certificate of
cause of death, a home haemodialysis nurse telephone and remote monitoring log, a feldsher post's request for an air
ambulance, a university health centre meningococcal contact tracing record, an organ donation coordination log, a
refugee new-arrival health screening, an ophthalmology outpatient record, a psychiatric report to the prosecutor for
involuntary admission, a public health midwife's postnatal home visit, a mental capacity assessment, a sexual health
clinic record with partner notification and an SMS log, a diphtheria case investigation and contact tracing form in a
refugee camp, a care home death record with a doctor's certificate for cremation, a travel clinic pre-travel
consultation, a short school dental team record, a laboratory information system critical value log, an aeromedical
transfer summary, a short sports medicine note, a school echocardiography screening list for rheumatic heart disease,
a newborn diagnostic hearing assessment, an infectious diseases follow-up after plague with the veterinarian's
findings on the cat, a school doctor's child protection referral, a community hospital nursing handover sheet, a
community pharmacy opioid treatment dosing record, a navy independent duty corpsman's record with a medevac, a township
health station emergency record with a helicopter evacuation, a cremation medical certificate, a GP practice valproate
audit list, a first-aid record at a migrant landing and a very short nurse telephone note. From Australia (Queensland's
Channel Country, Tasmania), the UK (the Central North Sea off Scotland, West Yorkshire, Cornwall, Northumberland,
Gwynedd, Co. Fermanagh), Ireland (Co. Mayo), the US (Alaska, North Carolina, New Mexico, and a destroyer in the
Philippine Sea), Canada (British Columbia), New Zealand (West Coast), the Cook Islands, Tonga, Cyprus (Limassol),
Greece (Crete, Thessaloniki and Chalkidiki), Nigeria (Ogun), Kenya (Nyandarua), Uganda (Isingiro), Zambia (Lusaka),
South Africa (Eastern Cape), India (Kerala), Pakistan (Punjab), Bangladesh (Cox's Bazar), Sri Lanka (Matara),
Singapore, Malaysia (Kelantan), the Philippines (Iloilo), mainland China (Inner Mongolia), Hong Kong, Taiwan (Orchid
Island), Russia (Yakutia), Chile (Rapa Nui), Trinidad and Tobago, France (Lorraine) and Italy (Lampedusa).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 4 (Limassol, Cyprus), 17 (Heraklion, Crete) and
29 (Thessaloniki) are in Greek script, with Greek names and patronymics, addresses, phone numbers, facilities and Greek
month names; note 7 (Xilingol, Inner Mongolia) is in simplified Chinese and notes 22 (Hong Kong, partly Cantonese) and
35 (Orchid Island, with Republic of China calendar dates) in traditional Chinese, with names, addresses, phone numbers,
facilities and dates in Chinese; note 12 is in Russian (Cyrillic, Yakutia), note 26 in Spanish (Rapa Nui), note 31 in
French (Lorraine) and note 38 in Italian (Lampedusa), each with dates in that language; all other notes (30) are in
English (Latin script; note 24 with Malay labels).

Identifiers sit where clinicians put them: letterheads, labels, table rows, log lines, an SMS log, a pedigree, cc
lists and sign-offs; after relation words and titles (née, s/o, S/o, binti, Puan, Smt., Alhaja, Hafez, Sister, Rev.,
Officer, SO, Capt., LT, HM1, FN, Mme, M., sig., Dott.ssa, Dra., Prof., του with a patronymic), in capitals, after
initials (W. A., K. G., R. M.), bare in prose and in quoted speech; names that are everyday words (Verity, Grant,
Patience, Blessing, Grace, Mercy, Given, Precious, Memory, Bright, Charity, Ivy, Wolf, Gallon, Short, Alpha, Sow, Lobos,
'Ofa) and very short names (Sam, Kit, Nan, Li, Nur, Bah, Kiri, Tay, Ong, 萨仁); hyphenated, multi-part, Sri Lankan,
Malay, Rohingya, Tongan, Tao and Mongolian names; relatives after relation words in every language. Addresses with and
without numbers (a Kerala house name, a Welsh house name, a rural route box, a Chilean sector
"s/n", a Sri Lankan number with a slash, refugee camp blocks and shelters, a Chinese gacha, a Taiwanese neighbourhood
number, a Singapore unit number, Cypriot, Greek, Russian and Italian street forms); facilities and places: hospitals,
a community hospital, GP practices, a pharmacy, care homes, a prison with a named wing, an offshore installation, a
destroyer and its hull number, a fishing boat, schools, universities and a residence hall, a church, a market, a
taverna, a stadium, a prosecutor's office, named wards, refugee settlement zones, employers (a drilling contractor, an
offshore medical support company, a logging contractor, a reindeer herders' community, a post office), places that are
everyday words or first names (Chicken, Horsefly, Alice, Nancy, Blackball, Mousehole, Once Brewed, Pie Town, Wattle
Grove, Spring Lake, Base Camp, Dead Woman's Pass, Kestrel, Morvoren, Ο Πλάτανος) and facilities and streets named after
people (Williams Lake, Jan Smuts House, Livingstone Hospital, JM Kariuki Memorial Hospital, Hospital Carlos van Buren,
Prince Wellington Ngu Hospital, Hasely Crawford Stadium, Betsi Cadwaladr University Health Board, Nishtar Hospital,
Louise-Michel, USS Harold Tellkamp, 臺東馬偕紀念醫院, 威爾斯親王醫院, Αρχιεπισκόπου Μακαρίου Γ΄, Lumumba Road, Murchison Rd);
also e-mail addresses, a dialysis portal URL and a laboratory report URL, IPv4 addresses, a Facebook handle, aircraft
registrations (seven) and road vehicle plates (four), professional licences and registrations (AHPRA medical and
pharmacy, HCPC, NMC PIN, a Cypriot dental number, IMC, NMCN, an NC audiology licence, KVB, TCMC, NCNZ, SANC, AHPC,
PMDC, GMC, NMCZ, BMDC, the Hong Kong Medical Council, a Hong Kong nurse, MCR, MDC, PRC, a Chilean SIS number, MBTT, the
Tonga council, an NM veterinary licence and a DEA number, RPPS, an Ordine dei Medici number), device serial numbers and
lots (hearing aids, a haemodialysis machine and water system, naloxone batches, a vaccine batch, two pacemakers, a
syringe driver, an audiometry system), case, mission, incident, accession, register, claim and coroner numbers, a
service (DoD) number, extension and bleep numbers, and dates in many formats (full dates in several orders and
separators, year-less dates, month and year, military dates, dates in words, Onam, Waitangi Day, Unduvap Poya, Mothering
Sunday, St David's Day, Toussaint, 農曆新年, and Greek, Chinese, Republic of China, Russian, Spanish, French and Italian
dates). Where a real identifier has a check digit (Australian Medicare and IHI, Scottish CHI, NHS, Northern Ireland H&C,
Irish PPSN, Chinese resident ID, US NPI and DEA, Aadhaar, NZ NHI, Russian SNILS, South African ID, BC PHN, Greek AMKA,
Hong Kong ID, Singapore NRIC, Chilean RUT, French NIR key, RPPS, Taiwan ID) the planted one passes it; the other
national, insurance and record numbers keep a valid format (Russian OMS policy, Cypriot identity card, Nigerian NIN,
Pakistani CNIC, Sri Lankan NIC, Zambian NRC, Malaysian MyKid with birth date and state code, US DoD ID, VA claim
number, UNHCR proGres numbers, a Rohingya family counting number, an Italian STP code, a UK prison number). No name,
place or facility is planted in more than one note, and none is reused from the eighteenth set. Three patients are aged
90 or over (notes 22, 32 - bed 1 of the handover - and 36), and for them the age and every date element, bare years,
months and holidays included, are planted; where a younger patient's note has a bare year (notes 1, 5, 8, 17, 19, 21,
23, 31 and 37), it is left in the text and not planted. The strings that must survive include eponyms and eponymous
signs, tests, scores and classifications (Morison's pouch, Champy, Amsterdam II, Lynch, McFadyean, Sterne, Weil,
Child-Pugh, Kernig, Killip, Seidel, Sabouraud, Kramer, Alzheimer, Jarisch-Herxheimer, Elek, Gustilo-Anderson, the
Thomas splint, Ottawa, Eron, Zimmer, Prehn, Doppler, Wallace, Parkland, Ringer, Maryland CNC, Stenger, von Willebrand in
French and Marfan in Chinese), brand names of drugs and devices, organisms, lab values with units, ratios and scores
that look like dates (Apgar 7/9, Snellen 6/9, MoCA 14/30, ACE-III 61/100, 38+5 and 36+4 weeks, titres 1:400, 1:800,
1:32 and 1:256, adrenaline 1:80,000, JCIH 1-3-6, pain 8/10 and 9/10, G4P3+0), years inside statutes, standards and
guideline names (the Registration of Births and Deaths Act, 1969, the Mental Capacity Act 2005, ν. 2071/1992, the
Cremation Regulations 2008, 38 CFR 3.385, ISO 15189:2022, the 2023 World Heart Federation criteria, WHO 2009, the loi
du 5 mars 2007, Cap. 504 in Chinese), a national ambulance number that looks like a year (1990 Suwa Seriya) and
capitalised words that look like names or places (Will call back, Will review, Frank haematuria, Mark the fluid chart,
the Lake Louise score, serogroup Australis). Entries per kind: NAME 222, LOCATION 158, DATE 140, ID 65, HOSPITAL 64,
PHONE 52, LICENCE 31, ADDRESS 27, POSTCODE 16, MRN 15, PLATE 11, SERIAL 11, EMAIL 7, AGE 5, IP 2, URL 2, HANDLE 1.
The last 20 notes (510 identifier parts in 414 entries, 202 clinical strings) are in :mod:`deid_notes_heldout31_more`,
only to keep each file a readable length; this file holds 518 identifier parts in 415 entries and 201 clinical
strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout31.deid_notes_heldout31_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Australia, Queensland (Channel Country): flying doctor primary retrieval record, ruptured ectopic pregnancy
    ("Royal Flying Doctor Service (Queensland Section) - Mount Isa Base\n"
     "AEROMEDICAL RETRIEVAL RECORD | Mission No. QM-26-0318 | 11/03/2026\n"
     "Tasked 05:52 by the RFDS clinical coordinator - primary retrieval, Priority 1\n"
     "Aircraft: B350 VH-MWQ | Pilot: Capt. Lachlan Verity | Flight nurse: Shona Kerrigan-Batt, RN RM | MO: Dr Ifeoma "
     "Strachan\n"
     "Pick-up: Glengyle Station airstrip, about 110 km north of Bedourie (dirt strip, graded last week)\n"
     "Patient: Tahlia-Rose Mackinlay-Dunn | 27 F | DOB 19/08/1998 | Medicare 2748 39164 1 (IRN 2)\n"
     "Governess on the station. LMP about 6 weeks ago, no contraception. Woke 03:30 with sudden L iliac fossa pain, "
     "then shoulder tip pain; fainted in the bathroom. Station manager Bruce Pegler rang the Bedourie clinic at 04:10; "
     "the RN phoned us and we talked him through the Medical Chest (items 14 and 403 given).\n"
     "On scene 07:24: pale and sweaty, HR 128, BP 78/40, RR 26, GCS 15. Abdomen distended, guarding L > R. Urine "
     "β-hCG POSITIVE. eFAST: free fluid in Morison's pouch and the pelvis.\n"
     "Impression: ruptured ectopic pregnancy with haemorrhagic shock (Shock Index 1.6).\n"
     "Management: 2 x 16G IVC; O-neg PRBC 2 units from the aircraft blood fridge; tranexamic acid 1 g IV; permissive "
     "hypotension, target SBP 80-90; fentanyl 50 mcg IN. Nil by mouth.\n"
     "Destination: Mount Isa Hospital - O&G registrar Dr Vikram Balasuriya phoned 07:41, theatre on standby. Wheels up "
     "07:58, landed 09:10, handed over in ED 09:25 (Hb 68 g/L on the i-STAT).\n"
     "Partner Jed Cavanagh (station hand) is driving in, about 7 hours by road; sat phone 0147 155 290.\n"
     "Dr I. Strachan, Senior Medical Officer | AHPRA MED0001847263",
     [("LOCATION", ["Mount Isa"]), ("ID", ["QM-26-0318"]), ("DATE", ["11/03/2026"]), ("PLATE", ["VH-MWQ"]),
      ("NAME", ["Lachlan", "Verity"]), ("NAME", ["Shona", "Kerrigan-Batt"]), ("NAME", ["Ifeoma", "Strachan"]),
      ("LOCATION", ["Glengyle Station"]), ("LOCATION", ["Bedourie"]), ("NAME", ["Tahlia-Rose", "Mackinlay-Dunn"]),
      ("DATE", ["19/08/1998"]), ("ID", ["2748 39164 1"]), ("NAME", ["Bruce", "Pegler"]),
      ("HOSPITAL", ["Mount Isa Hospital"]), ("NAME", ["Vikram", "Balasuriya"]), ("NAME", ["Jed", "Cavanagh"]),
      ("PHONE", ["0147 155 290"]), ("LICENCE", ["MED0001847263"])],
     ["β-hCG POSITIVE", "Morison's pouch", "ruptured ectopic pregnancy", "Shock Index 1.6", "O-neg PRBC 2 units",
      "tranexamic acid 1 g IV", "permissive hypotension", "fentanyl 50 mcg IN", "Hb 68 g/L", "BP 78/40"]),

    # 1 - Scotland, Central North Sea: offshore installation medic's treatment log with topside doctor, finger crush
    ("ARDTORNISH ALPHA - Central North Sea | Offshore Medic's Treatment Log\n"
     "Entry 2026/017 | Thursday 22 January 2026, 14:05 | Sickbay, accommodation module level 2\n"
     "Patient: Mr Grant Lumsden-Ure | 44 M | DOB 14/07/1981 | CHI 1407811878 | GP: Ugie Medical Practice, Peterhead\n"
     "Employer: Dunnottar Well Services (drilling contractor) - derrickman, day 9 of a 21-day trip. Lives in Boddam.\n"
     "HPC: L hand caught between a drill collar and the racking board at 13:40, gloves on. No other injury, no LOC.\n"
     "O/E: L middle finger - crush of the distal phalanx, nail bed laceration with the nail plate lifted, pulp "
     "laceration 1.5 cm, ?tuft fracture. L index - subungual haematoma >50%. Cap refill < 2 s both fingers; light "
     "touch intact both digital nerves. Pain 8/10.\n"
     "Tx: Entonox; digital ring block, lidocaine 1% plain 4 mL -> pain 3/10. Irrigated with 500 mL saline, nail "
     "replaced as a splint, non-adherent dressing, high arm sling.\n"
     "Topside: Dr Morag Inverarity, on-call topside doctor (Grampian Offshore Medical Support), video link 14:30 - no "
     "closure offshore; flucloxacillin 500 mg QDS; tetanus booster 2019, so none needed. Urgent non-emergency "
     "medevac (Category B) for X-ray and hand surgery review - not an SAR call-out.\n"
     "Flown 17:20 on the crew-change S-92 (G-WNSX) to Aberdeen heliport, then by taxi to the plastics trauma clinic "
     "at Aberdeen Royal Infirmary. OIM Neil Sangster informed; RIDDOR report raised by the HSE adviser, Kirsty "
     "Ogunbanjo (incident ref ARD-IN-0118).\n"
     "NOK: wife Lorna, 07700 900 561 - informed by the OIM.\n"
     "Ewan Tosh, offshore medic (paramedic) | HCPC PA28172",
     [("LOCATION", ["ARDTORNISH ALPHA"]), ("LOCATION", ["Central North Sea"]), ("ID", ["2026/017"]),
      ("DATE", ["22 January 2026"]), ("NAME", ["Grant", "Lumsden-Ure"]), ("DATE", ["14/07/1981"]),
      ("ID", ["1407811878"]), ("HOSPITAL", ["Ugie Medical Practice"]), ("LOCATION", ["Peterhead"]),
      ("LOCATION", ["Dunnottar Well Services"]), ("LOCATION", ["Boddam"]), ("NAME", ["Morag", "Inverarity"]),
      ("LOCATION", ["Grampian Offshore Medical Support"]), ("PLATE", ["G-WNSX"]), ("LOCATION", ["Aberdeen"]),
      ("HOSPITAL", ["Aberdeen Royal Infirmary"]), ("NAME", ["Neil", "Sangster"]), ("NAME", ["Kirsty", "Ogunbanjo"]),
      ("ID", ["ARD-IN-0118"]), ("NAME", ["Lorna"]), ("PHONE", ["07700 900 561"]), ("NAME", ["Ewan", "Tosh"]),
      ("LICENCE", ["PA28172"])],
     ["nail bed laceration", "tuft fracture", "subungual haematoma >50%", "Cap refill < 2 s", "Pain 8/10", "Entonox",
      "lidocaine 1% plain 4 mL", "flucloxacillin 500 mg QDS", "Category B", "RIDDOR"]),

    # 2 - England, West Yorkshire: prison healthcare code blue and emergency escort log, synthetic cannabinoid collapse
    ("HMP THORNCLIFFE - Healthcare Department (Primary Care)\n"
     "CODE BLUE RESPONSE AND EMERGENCY ESCORT LOG | Sun 07.12.2025\n"
     "Prisoner no. A4172FK | OWUSU-BRAMLEY, Dwayne | DOB 03.05.1997 | NHS 485 777 3457 | C Wing (Kestrel), cell 3-14\n"
     "19:52 Code Blue called on the radio by Officer Pattinson - found slumped on his bed; cellmate (Rees) says he "
     "\"had a burn\" of a letter soaked in spice about 19:30.\n"
     "19:55 RGN on scene. Snoring airway - jaw thrust, NPA 7.0. RR 6, SpO2 84% RA, HR 48, BP 92/58, pupils 2 mm, "
     "GCS 5 (E1V1M3), BM 6.4. NEWS2 11.\n"
     "19:58 Naloxone (Prenoxad) 400 mcg IM, batch 24H117 - little response. O2 15 L via NRB.\n"
     "20:01 Naloxone 400 mcg IM repeated: RR 12, GCS 9. ?mixed opioid and synthetic cannabinoid receptor agonist.\n"
     "20:03 999 called (CAD 1204-7781), category 2.\n"
     "20:21 Ambulance crew on scene; 12-lead: sinus bradycardia 46, QTc 498 ms.\n"
     "20:34 Escorted to the ED at Pinderfields Hospital, Wakefield - 2 officers, handcuffed per the escort risk "
     "assessment. Escort van YK70 HXD.\n"
     "23:50 Back on the unit after 3 h of observation in ED; GCS 15, no further naloxone. Constant watch overnight; "
     "ACCT reopened (second incident in 10 days) - case manager SO Bairstow.\n"
     "Mother (NOK on file), Mrs Jacqueline Owusu, Thornaby, 0113 496 0731 - not told, at his request.\n"
     "Entries by Kelechi Amadi-Firth, RGN | NMC PIN 14H2087E; reviewed by Dr Hollis Wragg, prison GP",
     [("LOCATION", ["HMP THORNCLIFFE"]), ("DATE", ["07.12.2025"]), ("ID", ["A4172FK"]),
      ("NAME", ["OWUSU-BRAMLEY", "Dwayne"]), ("DATE", ["03.05.1997"]), ("ID", ["485 777 3457"]),
      ("LOCATION", ["Kestrel"]), ("NAME", ["Pattinson"]), ("NAME", ["Rees"]), ("SERIAL", ["24H117"]),
      ("ID", ["1204-7781"]), ("HOSPITAL", ["Pinderfields Hospital"]), ("LOCATION", ["Wakefield"]),
      ("PLATE", ["YK70 HXD"]), ("NAME", ["Bairstow"]), ("NAME", ["Jacqueline", "Owusu"]), ("LOCATION", ["Thornaby"]),
      ("PHONE", ["0113 496 0731"]), ("NAME", ["Kelechi", "Amadi-Firth"]), ("LICENCE", ["14H2087E"]),
      ("NAME", ["Hollis", "Wragg"])],
     ["NPA 7.0", "SpO2 84% RA", "GCS 5 (E1V1M3)", "NEWS2 11", "Prenoxad", "Naloxone 400 mcg IM",
      "synthetic cannabinoid receptor agonist", "sinus bradycardia 46", "QTc 498 ms", "ACCT"]),

    # 3 - USA, Alaska (Fortymile country): very short telephone note, frostbite
    ("Tel note 01/14/2026 07:10 - Tok Community Clinic\n"
     "Call from Darlene Sam in Chicken (sat phone 907-555-0137): husband Arlo was out on the trapline overnight at "
     "-38 F, both feet frostbitten - clear blisters on the toes, feeling coming back. Advised: keep them warm and dry, "
     "don't rewarm if they could refreeze on the way, no rubbing, ibuprofen 400 mg q12h, drive down once the Taylor "
     "Highway is open. Told her iloprost works best within 24 h. Will call back at 13:00.\n"
     "R. Okpik, PA-C",
     [("DATE", ["01/14/2026"]), ("HOSPITAL", ["Tok Community Clinic"]), ("NAME", ["Darlene", "Sam"]),
      ("LOCATION", ["Chicken"]), ("PHONE", ["907-555-0137"]), ("NAME", ["Arlo"]), ("ADDRESS", ["Taylor Highway"]),
      ("NAME", ["Okpik"])],
     ["clear blisters", "ibuprofen 400 mg q12h", "iloprost", "Will call back at 13:00."]),

    # 4 - Cyprus, Limassol: maxillofacial admission note with consent, mandible fractures after a motorcycle fall (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Στοματική και Γναθοπροσωπική Χειρουργική\n"
     "Κάτω Πολεμίδια, 4131 Λεμεσός | τηλ. 25 555 318\n"
     "ΣΗΜΕΙΩΜΑ ΕΙΣΑΓΩΓΗΣ ΚΑΙ ΣΥΓΚΑΤΑΘΕΣΗ ΓΙΑ ΕΠΕΜΒΑΣΗ | 14 Φεβρουαρίου 2026\n"
     "Ασθενής: Χαράλαμπος (Μπάμπης) Κουρτελλάρης του Σάββα, 23 ετών, γεν. 02/11/2002, Αρ. Ταυτ. 1184527, ΓεΣΥ "
     "0418273\n"
     "Διεύθυνση: Αρχιεπισκόπου Μακαρίου Γ΄ 58, 4700 Πάχνα. Φοιτητής στο ΤΕΠΑΚ· τα Σαββατοκύριακα σερβιτόρος στην "
     "ταβέρνα «Ο Πλάτανος».\n"
     "Ιστορικό: πτώση από μοτοσικλέτα χωρίς κράνος στις 13/02 το βράδυ, στον δρόμο Πάχνας - Αυδήμου. Χωρίς απώλεια "
     "συνείδησης, GCS 15.\n"
     "Κλινικά: διαταραχή σύγκλεισης, βήμα στο οδοντικό τόξο μεταξύ 34 και 35, υπαισθησία κάτω χείλους αριστερά "
     "(n. mentalis), τρισμός 20 mm, ρήξη ούλων.\n"
     "OPG και CT: κάταγμα σώματος κάτω γνάθου αριστερά (μεταξύ 34-35) και υποκονδυλικό κάταγμα δεξιά χωρίς "
     "εξάρθρωση.\n"
     "Σχέδιο: ανοικτή ανάταξη και εσωτερική οστεοσύνθεση (ORIF) με μικροπλάκες κατά μήκος των γραμμών Champy, "
     "ενδογναθική ακινητοποίηση με βίδες IMF για 2 εβδομάδες· ο κόνδυλος συντηρητικά. Augmentin 1,2 g ΕΦ x3, "
     "στοματοπλύσεις Corsodyl 0,12%.\n"
     "Ενημερώθηκε για τους κινδύνους: μόνιμη υπαισθησία χείλους, λοίμωξη, αφαίρεση πλάκας, διαταραχή σύγκλεισης. "
     "Συναινεί και υπογράφει. Παρούσα η μητέρα του, Ελένη Κουρτελλάρη (κιν. 99 554 182).\n"
     "Χειρουργείο: αύριο 15/02, πρώτο περιστατικό.\n"
     "Ο γναθοχειρουργός: Νεόφυτος Ττοφαρής, Αρ. Μητρώου ΟΣΚ 1462",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("LOCATION", ["Κάτω Πολεμίδια"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 555 318"]), ("DATE", ["14 Φεβρουαρίου 2026"]),
      ("NAME", ["Χαράλαμπος", "Μπάμπης", "Κουρτελλάρης"]), ("NAME", ["Σάββα"]), ("DATE", ["02/11/2002"]),
      ("ID", ["1184527"]), ("ID", ["0418273"]), ("ADDRESS", ["Αρχιεπισκόπου Μακαρίου Γ΄ 58"]), ("POSTCODE", ["4700"]),
      ("LOCATION", ["Πάχνα"]), ("LOCATION", ["ΤΕΠΑΚ"]), ("LOCATION", ["Ο Πλάτανος"]), ("DATE", ["13/02"]),
      ("LOCATION", ["Πάχνας"]), ("LOCATION", ["Αυδήμου"]), ("NAME", ["Ελένη", "Κουρτελλάρη"]),
      ("PHONE", ["99 554 182"]), ("DATE", ["15/02"]), ("NAME", ["Νεόφυτος", "Ττοφαρής"]), ("LICENCE", ["1462"])],
     ["GCS 15", "διαταραχή σύγκλεισης", "n. mentalis", "τρισμός 20 mm", "υποκονδυλικό κάταγμα", "γραμμών Champy",
      "βίδες IMF", "Augmentin 1,2 g", "Corsodyl 0,12%", "OPG"]),

    # 5 - Ireland, Co. Mayo (Erris): cancer genetics counselling letter with a pedigree, Lynch syndrome
    ("Cancer Genetics Service, Galway University Hospitals\n"
     "Newcastle Road, Galway H91 V4AT | Tel 091 555 418 | cancergenetics.guh@hse-west.ie\n"
     "\n"
     "9th January 2026\n"
     "\n"
     "Dr Fionnuala Gaughan\n"
     "Erris Family Practice, Main Street, Belmullet, Co. Mayo\n"
     "\n"
     "Re: Ms Siobhán Lavelle-Cafferkey, DOB 30/04/1988, PPSN 8126473R, 4 Carne Road, Belmullet F26 W2X7\n"
     "\n"
     "Dear Dr Gaughan,\n"
     "I saw Siobhán with her mother Noreen in the genetics clinic after a familial MLH1 variant was found in her "
     "first cousin, Aoife Munnelly, who had colon cancer at 31 and was tested in Dublin last year.\n"
     "Family history (maternal side; pedigree attached):\n"
     "I:1 Patrick (\"Packie\") Lavelle, grandfather - colorectal cancer at 52, died 1987\n"
     "I:2 Bridget Lavelle (née Geraghty), grandmother - died at 81 of a stroke\n"
     "II:1 Noreen Cafferkey (née Lavelle), mother, 61 - endometrial cancer at 49, treated, well\n"
     "II:2 Teresa Munnelly, aunt - colorectal cancer at 44, died 2011\n"
     "II:3 Seamus Lavelle, uncle, 66 - well, lives in Boston; no colonoscopy yet\n"
     "III:1 Siobhán (consultand), 37 - well\n"
     "III:2 Darragh Cafferkey, brother, 34 - well\n"
     "III:3 Aoife Munnelly, cousin, 33 - MLH1 c.350C>T p.(Thr117Met), ACMG class 5\n"
     "The family meets the Amsterdam II criteria and the variant explains the history (Lynch syndrome). Siobhán gave "
     "consent and a sample for predictive testing of the familial variant was taken today; results in 4-6 weeks, and "
     "I will see her with them.\n"
     "If she carries it: colonoscopy every 2 years from now, aspirin 150 mg daily (after CAPP3), and a discussion of "
     "risk-reducing hysterectomy and BSO once her family is complete. Her mother will also be offered testing to "
     "confirm the line of inheritance. Seamus has been sent a family letter.\n"
     "\n"
     "Yours sincerely,\n"
     "Gráinne Ní Mhurchú, Principal Genetic Counsellor\n"
     "for Dr Róisín Tierney-Mbeki, Consultant Clinical Geneticist, IMC 412873\n"
     "cc: Ms S. Lavelle-Cafferkey; Mr Ultan Kilbane, Consultant Gastroenterologist, Mayo University Hospital, "
     "Castlebar",
     [("HOSPITAL", ["Galway University Hospitals"]), ("ADDRESS", ["Newcastle Road"]), ("LOCATION", ["Galway"]),
      ("POSTCODE", ["H91 V4AT"]), ("PHONE", ["091 555 418"]), ("EMAIL", ["cancergenetics.guh@hse-west.ie"]),
      ("DATE", ["9th January 2026"]), ("NAME", ["Fionnuala", "Gaughan"]), ("HOSPITAL", ["Erris Family Practice"]),
      ("ADDRESS", ["Main Street"]), ("LOCATION", ["Belmullet"]), ("LOCATION", ["Co. Mayo"]),
      ("NAME", ["Siobhán", "Lavelle-Cafferkey"]), ("DATE", ["30/04/1988"]), ("ID", ["8126473R"]),
      ("ADDRESS", ["4 Carne Road"]), ("POSTCODE", ["F26 W2X7"]), ("NAME", ["Noreen", "Cafferkey"]),
      ("NAME", ["Aoife", "Munnelly"]), ("LOCATION", ["Dublin"]), ("NAME", ["Patrick", "Packie", "Lavelle"]),
      ("NAME", ["Bridget"]), ("NAME", ["Geraghty"]), ("NAME", ["Teresa", "Munnelly"]), ("NAME", ["Seamus"]),
      ("LOCATION", ["Boston"]), ("NAME", ["Darragh"]), ("NAME", ["Gráinne", "Ní Mhurchú"]),
      ("NAME", ["Róisín", "Tierney-Mbeki"]), ("LICENCE", ["412873"]), ("NAME", ["Ultan", "Kilbane"]),
      ("HOSPITAL", ["Mayo University Hospital"]), ("LOCATION", ["Castlebar"])],
     ["MLH1 c.350C>T p.(Thr117Met)", "ACMG class 5", "Amsterdam II criteria", "Lynch syndrome", "predictive testing",
      "colonoscopy every 2 years", "aspirin 150 mg daily", "CAPP3", "risk-reducing hysterectomy and BSO",
      "endometrial cancer at 49"]),

    # 6 - Nigeria, Ogun State (Obafemi-Owode LGA): midwife-led unit delivery record and emergency referral, PPH
    ("OGUN STATE PRIMARY HEALTH CARE DEVELOPMENT BOARD\n"
     "Primary Health Centre, Owode-Egba (Obafemi-Owode LGA) - Midwife-led Maternity Unit\n"
     "DELIVERY RECORD AND EMERGENCY REFERRAL FORM | 28/10/2025\n"
     "Client: Mrs. Patience Ogunleye (née Adebayo), 31 yrs | G4P3+0 | ANC card OWD/ANC/25/318 | NIN 70418273615\n"
     "Address: behind the Christ Apostolic Church, Ajura village, Owode-Egba. Sells pepper at Owode market.\n"
     "Husband: Mr. Kolawole Ogunleye (okada rider), 0706 555 3184.\n"
     "Labour: came in 03:15, cervix 6 cm, membranes intact; partograph opened, stayed left of the alert line. SROM "
     "05:30, clear liquor. SVD 06:40 of a live female, Apgar 7/9, BW 3.6 kg, put to the breast.\n"
     "Third stage: oxytocin 10 IU IM within 1 minute, controlled cord traction, placenta and membranes complete "
     "06:52.\n"
     "07:10 PPH: uterus boggy, EBL 800 mL and still bleeding; pulse 124, BP 86/50. Uterine massage, second IV line, "
     "oxytocin 20 IU in 500 mL N/S, misoprostol 800 mcg SL, tranexamic acid 1 g IV, bladder emptied, bimanual "
     "compression, NASG applied (E-MOTIVE bundle). Bleeding slowed; Hb (HemoCue) 7.4 g/dL.\n"
     "07:35 Referred to the Federal Medical Centre, Idi-Aba, Abeokuta - spoke to Dr. Adewale Sofoluwe, O&G registrar "
     "on call, on 0803 555 9061. Left 07:50 in a hired bus (AAB 418 XA) with me and her sister Blessing; the baby "
     "stays with her mother-in-law, Alhaja Sikirat Ogunleye.\n"
     "Midwife: Mrs. Folasade Oyinlola-Banjo, RN RM | NMCN RM 118274",
     [("LOCATION", ["Owode-Egba"]), ("LOCATION", ["Obafemi-Owode"]), ("DATE", ["28/10/2025"]),
      ("NAME", ["Patience", "Ogunleye"]), ("NAME", ["Adebayo"]), ("MRN", ["OWD/ANC/25/318"]), ("ID", ["70418273615"]),
      ("LOCATION", ["Christ Apostolic Church"]), ("LOCATION", ["Ajura"]), ("LOCATION", ["Owode market"]),
      ("NAME", ["Kolawole", "Ogunleye"]), ("PHONE", ["0706 555 3184"]), ("HOSPITAL", ["Federal Medical Centre"]),
      ("LOCATION", ["Idi-Aba"]), ("LOCATION", ["Abeokuta"]), ("NAME", ["Adewale", "Sofoluwe"]),
      ("PHONE", ["0803 555 9061"]), ("PLATE", ["AAB 418 XA"]), ("NAME", ["Blessing"]),
      ("NAME", ["Sikirat", "Ogunleye"]), ("NAME", ["Folasade", "Oyinlola-Banjo"]), ("LICENCE", ["RM 118274"])],
     ["G4P3+0", "partograph", "alert line", "Apgar 7/9", "oxytocin 10 IU IM", "controlled cord traction",
      "EBL 800 mL", "misoprostol 800 mcg SL", "bimanual compression", "E-MOTIVE bundle", "Hb (HemoCue) 7.4 g/dL"]),

    # 7 - China, Inner Mongolia (Xilingol): brucellosis clinic follow-up of a herder, livestock traced (simplified)
    ("锡林郭勒盟中心医院 感染性疾病科\n"
     "布鲁氏菌病门诊随访记录\n"
     "随访日期：2026年3月9日　门诊号：XM2603090417\n"
     "姓名：巴特尔（蒙古族）　性别：男　年龄：46岁　出生日期：1979年6月14日\n"
     "身份证号：152502197906142512\n"
     "住址：锡林浩特市宝力根苏木乌兰图嘎嘎查\n"
     "职业：牧民，家有羊300余只，去年春季接羔时徒手助产、处理流产羔羊，未戴手套。\n"
     "联系电话：152-4796-3381（本人）；妻子 萨仁\n"
     "既往：2025年11月因波状热、大汗、乏力、右膝关节痛就诊，虎红平板凝集试验阳性，试管凝集试验（SAT）1:400（++），血培养示羊种布鲁氏菌（Brucella "
     "melitensis）。诊断布鲁氏菌病（急性期），予多西环素 100 mg bid + 利福平 600 mg qd，疗程6周，12月28日停药。\n"
     "本次：无发热，右膝痛明显减轻，无睾丸肿痛，无腰背痛。查体：肝脾未触及，右膝无肿胀。SAT 1:100（+），ALT 38 U/L，血常规正常。\n"
     "诊断：布鲁氏菌病（恢复期）\n"
     "处理：1. 暂不用药，3个月后复查SAT及血沉；2. 如再发热、关节痛及时就诊；3. 已通报市动物疫病预防控制中心，兽医乌云其其格于3月5日上门为羊群采血，阳性羊扑杀；"
     "4. 妻子萨仁近1周低热、乏力，已开虎红试验及血培养；5. 接羔、剪毛时戴手套、口罩，不喝生奶。\n"
     "医师：包海军",
     [("HOSPITAL", ["锡林郭勒盟中心医院"]), ("DATE", ["2026年3月9日"]), ("MRN", ["XM2603090417"]), ("NAME", ["巴特尔"]),
      ("DATE", ["1979年6月14日"]), ("ID", ["152502197906142512"]), ("LOCATION", ["锡林浩特市"]), ("LOCATION", ["宝力根苏木"]),
      ("LOCATION", ["乌兰图嘎嘎查"]), ("PHONE", ["152-4796-3381"]), ("NAME", ["萨仁"]), ("DATE", ["2025年11月"]),
      ("DATE", ["12月28日"]), ("NAME", ["乌云其其格"]), ("DATE", ["3月5日"]), ("NAME", ["包海军"])],
     ["波状热", "虎红平板凝集试验阳性", "1:400（++）", "羊种布鲁氏菌（Brucella melitensis）", "布鲁氏菌病（急性期）", "多西环素 100 mg bid",
      "利福平 600 mg qd", "SAT 1:100（+）", "ALT 38 U/L", "布鲁氏菌病（恢复期）"]),

    # 8 - USA, North Carolina (Cumberland County): veterans' compensation and pension audiology examination
    ("Fayetteville VA Medical Center - Audiology (126)\n"
     "2300 Ramsey Street, Fayetteville, NC 28301\n"
     "HEARING LOSS AND TINNITUS DISABILITY BENEFITS QUESTIONNAIRE (C&P examination) | 02/19/2026\n"
     "Veteran: ESPINOZA-McCRAY, Rafael J. | DOB 09/03/1984 | VA claim no. 28 418 736 | EDIPI 1284731906\n"
     "Address: 1418 Murchison Rd, Spring Lake NC 28390 | cell 910-555-0164\n"
     "Service: US Army 2003-2015, 13B cannon crewmember (M109 howitzer); deployed to Iraq 2005 and Afghanistan 2010. "
     "Last duty station Fort Liberty.\n"
     "Claimed: bilateral hearing loss and tinnitus. Constant bilateral ringing since the 2005 deployment; his wife "
     "Tamika says the TV is always too loud.\n"
     "Otoscopy: clear canals, intact TMs. Tympanometry Type A bilaterally; ipsilateral acoustic reflexes present.\n"
     "Puretone thresholds (dB HL)   500  1000  2000  3000  4000\n"
     "  RIGHT                       15    20    35    60    70\n"
     "  LEFT                        20    25    45    65    75\n"
     "Maryland CNC word recognition: R 88%, L 80%. Stenger negative; results valid for rating.\n"
     "Hearing loss meets 38 CFR 3.385 in both ears. Opinion: the hearing loss and the tinnitus are at least as likely "
     "as not (50 percent or greater probability) caused by or a result of military noise exposure - noise exposure "
     "in his MOS highly probable; 4000 Hz noise notch bilaterally.\n"
     "Current hearing aids: Phonak Audéo Lumity L90, R s/n 2318A4471, L s/n 2318A4472 (issued 11/2024 by this "
     "clinic).\n"
     "Examiner: Kendra Marchetti-Boone, Au.D., CCC-A | NC Audiology Licence 2187 | NPI 1306849278\n"
     "Copy: VSO representative Dwight Haskins (DAV)",
     [("HOSPITAL", ["Fayetteville VA Medical Center"]), ("ADDRESS", ["2300 Ramsey Street"]),
      ("LOCATION", ["Fayetteville"]), ("POSTCODE", ["28301"]), ("DATE", ["02/19/2026"]),
      ("NAME", ["ESPINOZA-McCRAY", "Rafael"]), ("DATE", ["09/03/1984"]), ("ID", ["28 418 736"]),
      ("ID", ["1284731906"]), ("ADDRESS", ["1418 Murchison Rd"]), ("LOCATION", ["Spring Lake"]),
      ("POSTCODE", ["28390"]), ("PHONE", ["910-555-0164"]), ("LOCATION", ["Fort Liberty"]), ("NAME", ["Tamika"]),
      ("SERIAL", ["2318A4471"]), ("SERIAL", ["2318A4472"]), ("DATE", ["11/2024"]),
      ("NAME", ["Kendra", "Marchetti-Boone"]), ("LICENCE", ["2187"]), ("ID", ["1306849278"]),
      ("NAME", ["Dwight", "Haskins"])],
     ["Tympanometry Type A", "ipsilateral acoustic reflexes", "Puretone thresholds (dB HL)", "Maryland CNC",
      "Stenger negative", "38 CFR 3.385", "at least as likely as not (50 percent or greater probability)",
      "4000 Hz noise notch", "Phonak Audéo Lumity L90", "tinnitus"]),

    # 9 - Kenya, Nyandarua County: One Health joint investigation line list, suspected anthrax after a carcass was shared
    ("NYANDARUA COUNTY - DEPARTMENT OF HEALTH SERVICES AND DIRECTORATE OF VETERINARY SERVICES\n"
     "ONE HEALTH JOINT INVESTIGATION: SUSPECTED ANTHRAX - LINE LIST (updated 16/01/2026, 17:00)\n"
     "Index event: a heifer died suddenly on 08/01/2026 on the farm of Mr. Joseph Kariuki Ndung'u, Kaimbaga village, "
     "Ol Joro Orok ward - tarry blood from the nostrils and anus, no rigor; the carcass was skinned and the meat shared "
     "with neighbours and sold at Gatimu shopping centre.\n"
     "Lab: swab from case 1 - Gram-positive rods in chains, capsule on McFadyean's stain; PCR for Bacillus anthracis "
     "positive at NPHL, sample NPHL/BA/26/0071.\n"
     "\n"
     "# | Name | Age/Sex | Village | Exposure | Onset | Presentation | Facility | Status\n"
     "1 | Peter Gachoka Mwangi | 41 M | Kaimbaga | skinned the carcass | 10/01 | eschar R forearm, oedema to the elbow | "
     "Ol Joro Orok Sub-County Hospital | oral cipro, improving\n"
     "2 | Grace Wanjiku | 36 F | Kaimbaga | cut the meat | 11/01 | eschar L thumb | Ol Joro Orok Sub-County Hospital | "
     "oral cipro\n"
     "3 | Brian Kamau Njoroge | 9 M | Gatimu | ate the meat | 12/01 | fever, abdominal pain, bloody diarrhoea (?GI "
     "anthrax) | JM Kariuki Memorial Hospital, Ol Kalou | admitted, IV cipro + clindamycin\n"
     "4 | Mercy Nyokabi Kinyua | 67 F | Gatimu | bought the meat | 13/01 | papule R cheek, malignant oedema of the face "
     "| JM Kariuki Memorial Hospital, Ol Kalou | admitted\n"
     "\n"
     "Actions: cutaneous cases - ciprofloxacin 500 mg BD for 7-10 days (14 days if systemic signs); remaining meat "
     "traced and burnt; no carcass to be opened. Ring vaccination of cattle, sheep and goats within 5 km with the "
     "Sterne spore vaccine from 14/01; livestock movement ban. Community health promoters are listing everyone who ate "
     "the meat (87 so far, all on PEP).\n"
     "Sub-County Disease Surveillance Coordinator: Wilfred Chege-Mwaura, 0711 555 482\n"
     "Sub-County Veterinary Officer: Dr. Naomi Jelagat Ruto | KVB Reg. No. 3187",
     [("DATE", ["16/01/2026"]), ("DATE", ["08/01/2026"]), ("NAME", ["Joseph", "Kariuki", "Ndung'u"]),
      ("LOCATION", ["Kaimbaga"]), ("LOCATION", ["Ol Joro Orok"]), ("LOCATION", ["Gatimu"]),
      ("ID", ["NPHL/BA/26/0071"]), ("NAME", ["Peter", "Gachoka", "Mwangi"]), ("DATE", ["10/01"]),
      ("HOSPITAL", ["Ol Joro Orok Sub-County Hospital"]), ("NAME", ["Grace", "Wanjiku"]), ("DATE", ["11/01"]),
      ("NAME", ["Brian", "Kamau", "Njoroge"]), ("DATE", ["12/01"]), ("HOSPITAL", ["JM Kariuki Memorial Hospital"]),
      ("LOCATION", ["Ol Kalou"]), ("NAME", ["Mercy", "Nyokabi", "Kinyua"]), ("DATE", ["13/01"]), ("DATE", ["14/01"]),
      ("NAME", ["Wilfred", "Chege-Mwaura"]), ("PHONE", ["0711 555 482"]), ("NAME", ["Naomi", "Jelagat", "Ruto"]),
      ("LICENCE", ["3187"])],
     ["Gram-positive rods in chains", "McFadyean's stain", "Bacillus anthracis", "eschar", "GI anthrax",
      "clindamycin", "malignant oedema", "ciprofloxacin 500 mg BD", "Sterne spore vaccine", "PEP"]),

    # 10 - India, Kerala (Kottayam): medical certificate of cause of death (Form 4), leptospirosis
    ("FORM No. 4 (See Rule 7)\n"
     "MEDICAL CERTIFICATE OF CAUSE OF DEATH (Hospital In-patients) - Registration of Births and Deaths Act, 1969\n"
     "Name of hospital: Government Medical College Hospital, Kottayam (Gandhinagar P.O.)\n"
     "IP No. 2025/MED/41873 | Unit: Medicine III, MICU bed 6\n"
     "Name of deceased: JOMON MATHEW KALLARACKAL, S/o Mathew Kallarackal | Male | Age 38 years\n"
     "Address: Kallarackal House, Kumarakom North P.O., Kottayam - 686563 | Aadhaar 4872 9361 0521\n"
     "Occupation: paddy field labourer and duck farmer (Kuttanad)\n"
     "Date of admission: 29-08-2025 | Date and hour of death: 04-09-2025, 04:15 (the eve of Onam)\n"
     "CAUSE OF DEATH                                                   Interval between onset and death\n"
     "I  (a) Immediate cause: Pulmonary haemorrhage syndrome with ARDS      1 day\n"
     "   (b) due to: Severe leptospirosis (Weil's disease) with AKI           7 days\n"
     "   (c) due to: -\n"
     "II Other significant conditions: alcohol use disorder; chronic liver disease, Child-Pugh B\n"
     "Manner of death: natural. Pregnancy: N/A. Autopsy: not done.\n"
     "Supporting findings: Lepto IgM ELISA positive; MAT 1:800 (serogroup Australis); platelets 38,000/µL; "
     "creatinine 6.2 mg/dL; haemoptysis with bilateral alveolar infiltrates; treated with IV crystalline penicillin, "
     "3 sessions of haemodialysis, ventilated.\n"
     "ICD-10: A27.0\n"
     "Name of the informant: Smt. Bincy Jomon (wife), mob. +91 94470 55183\n"
     "Certified by: Dr. Sreelakshmi Nair-Panicker, Assistant Professor of Medicine | TCMC Reg. No. 58214 | "
     "04/09/2025",
     [("HOSPITAL", ["Government Medical College Hospital"]), ("LOCATION", ["Kottayam"]),
      ("LOCATION", ["Gandhinagar"]), ("MRN", ["2025/MED/41873"]), ("NAME", ["JOMON", "MATHEW", "KALLARACKAL"]),
      ("NAME", ["Mathew", "Kallarackal"]), ("ADDRESS", ["Kallarackal House"]), ("LOCATION", ["Kumarakom North"]),
      ("POSTCODE", ["686563"]), ("ID", ["4872 9361 0521"]), ("LOCATION", ["Kuttanad"]), ("DATE", ["29-08-2025"]),
      ("DATE", ["04-09-2025"]), ("DATE", ["Onam"]), ("NAME", ["Bincy", "Jomon"]), ("PHONE", ["+91 94470 55183"]),
      ("NAME", ["Sreelakshmi", "Nair-Panicker"]), ("LICENCE", ["58214"]), ("DATE", ["04/09/2025"])],
     ["Registration of Births and Deaths Act, 1969", "Pulmonary haemorrhage syndrome", "Weil's disease",
      "Child-Pugh B", "Lepto IgM ELISA", "MAT 1:800", "serogroup Australis", "platelets 38,000/µL",
      "creatinine 6.2 mg/dL", "ICD-10: A27.0"]),

    # 11 - New Zealand, West Coast (Grey District): home haemodialysis nurse telephone and remote monitoring log
    ("Te Whatu Ora - Home Dialysis Unit, Christchurch Hospital (West Coast outreach)\n"
     "HOME HAEMODIALYSIS - NURSE TELEPHONE AND REMOTE MONITORING LOG\n"
     "Patient: Rawiri Tauhara-Stone | 58 M | NHI JKR4826 | 7 Mawheraiti Road, Blackball 7804 | GP: Coal Town Medical "
     "Centre, Greymouth\n"
     "Machine: NxStage System One s/n NX1-0084172; PureFlow SL s/n PF22103318. Data via the portal "
     "https://hhd.cdhb.health.nz/pt/48213 (home router 203.86.201.44).\n"
     "Prescription: 5 sessions a week, 2.5 h, buttonhole cannulation of the L radiocephalic AVF, heparin 1000 units "
     "bolus, dry weight 78.5 kg.\n"
     "\n"
     "Mon 02/02/2026 18:40 - wife Kiri rang: arterial needle infiltrated at the buttonhole, swelling ++. Advised to "
     "stop, hold pressure 10 min, ice; skip tonight's run. Next run with rope-ladder cannulation above the site.\n"
     "Tue 03/02 07:50 - portal: last run pre BP 92/55, 2.1 kg UF, cramps in the last 30 min. Rang Rawiri - weight "
     "down; new dry weight 77.5 kg per Dr Anand Krishnaswamy-Hill.\n"
     "Thu 05/02 10:15 - bloods at Te Nikau Grey Hospital: K 6.1 mmol/L, Hb 104 g/L, phosphate 2.1 mmol/L, std "
     "Kt/V (weekly) 2.1. The missed run explains the K; Resonium not needed. Reminded him about low-potassium food over "
     "Waitangi Day - whānau hāngī planned.\n"
     "Fri 06/02 - supplies delivery (30 SAKs) moved to Monday because of the holiday; Kiri confirms enough stock.\n"
     "Mon 09/02 - buttonhole red and tender, bead of pus. Swab taken; flucloxacillin 500 mg QID; he admits he stopped "
     "the mupirocin at the buttonholes - restart. ?Staphylococcus aureus. Rope ladder until healed.\n"
     "Rosalie Greer, RN, Home Therapies | NCNZ 334187",
     [("HOSPITAL", ["Christchurch Hospital"]), ("NAME", ["Rawiri", "Tauhara-Stone"]), ("ID", ["JKR4826"]),
      ("ADDRESS", ["7 Mawheraiti Road"]), ("LOCATION", ["Blackball"]), ("POSTCODE", ["7804"]),
      ("HOSPITAL", ["Coal Town Medical Centre"]), ("LOCATION", ["Greymouth"]), ("SERIAL", ["NX1-0084172"]),
      ("SERIAL", ["PF22103318"]), ("URL", ["https://hhd.cdhb.health.nz/pt/48213"]), ("IP", ["203.86.201.44"]),
      ("DATE", ["02/02/2026"]), ("NAME", ["Kiri"]), ("DATE", ["03/02"]), ("NAME", ["Anand", "Krishnaswamy-Hill"]),
      ("DATE", ["05/02"]), ("HOSPITAL", ["Te Nikau Grey Hospital"]), ("DATE", ["Waitangi Day"]), ("DATE", ["06/02"]),
      ("DATE", ["09/02"]), ("NAME", ["Rosalie", "Greer"]), ("LICENCE", ["334187"])],
     ["NxStage System One", "buttonhole cannulation", "radiocephalic AVF", "heparin 1000 units", "dry weight 78.5 kg",
      "rope-ladder cannulation", "K 6.1 mmol/L", "Hb 104 g/L", "Kt/V (weekly) 2.1", "Resonium",
      "flucloxacillin 500 mg QID", "Staphylococcus aureus"]),

    # 12 - Russia, Sakha (Yakutia), Verkhoyansky district: feldsher post request for air ambulance evacuation (Russian)
    ("ГБУ РС(Я) «Верхоянская ЦРБ» — ФАП с. Сартанг\n"
     "ЗАПРОС НА САНИТАРНО-АВИАЦИОННУЮ ЭВАКУАЦИЮ / ВЫПИСКА ИЗ АМБУЛАТОРНОЙ КАРТЫ\n"
     "Дата: 17 января 2026 г., 09:40 (местное время). Температура воздуха −51 °C.\n"
     "Пациент: Винокуров Семён Егорович, 52 года, д.р. 04.03.1973\n"
     "Полис ОМС 1457 2900 0418 2736 | СНИЛС 128-417-360 58\n"
     "Адрес: с. Сартанг, ул. Оленеводов, д. 7. Оленевод, бригада № 3 родовой общины «Хатылы».\n"
     "Жалобы: давящая боль за грудиной с 06:30, отдаёт в левую руку, холодный пот. Курит 30 лет.\n"
     "Объективно: АД 100/60 мм рт. ст., ЧСС 52 в мин, SpO2 93%, хрипов нет. Killip I.\n"
     "ЭКГ (передана по телемедицине в РСЦ): подъём ST 3 мм в II, III, aVF, депрессия ST в V1–V3. Экспресс-тест "
     "тропонина I положительный.\n"
     "Диагноз: ОКС с подъёмом сегмента ST, нижний инфаркт миокарда.\n"
     "Консультация: кардиолог РСЦ ГАУ РС(Я) «РБ № 1 — НЦМ» Пинигин Айсен Николаевич (+7 4112 55-31-87) — показан "
     "догоспитальный тромболизис.\n"
     "Проведено: ацетилсалициловая кислота 250 мг разжевать, клопидогрел 300 мг, гепарин 4000 ЕД в/в, Фортелизин 15 мг "
     "в/в болюсно в 08:55. Через 60 мин снижение ST более 50 %, боль 2/10.\n"
     "Эвакуация: вертолёт Ми-8 RA-24718, вылет из Якутска 10:30, ожидаемая посадка на площадке у ФАПа 13:20 (погода "
     "позволяет).\n"
     "Сопровождает жена — Винокурова Сардана Петровна, тел. +7 914 555-27-41.\n"
     "Фельдшер ФАП Кривошапкина Акулина Прокопьевна",
     [("HOSPITAL", ["Верхоянская ЦРБ"]), ("LOCATION", ["Сартанг"]), ("DATE", ["17 января 2026"]),
      ("NAME", ["Винокуров", "Семён", "Егорович"]), ("DATE", ["04.03.1973"]), ("ID", ["1457 2900 0418 2736"]),
      ("ID", ["128-417-360 58"]), ("ADDRESS", ["ул. Оленеводов, д. 7"]), ("LOCATION", ["Хатылы"]),
      ("HOSPITAL", ["РБ № 1 — НЦМ"]), ("NAME", ["Пинигин", "Айсен", "Николаевич"]), ("PHONE", ["+7 4112 55-31-87"]),
      ("PLATE", ["RA-24718"]), ("LOCATION", ["Якутска"]), ("NAME", ["Винокурова", "Сардана", "Петровна"]),
      ("PHONE", ["+7 914 555-27-41"]), ("NAME", ["Кривошапкина", "Акулина", "Прокопьевна"])],
     ["АД 100/60 мм рт. ст.", "Killip I", "подъём ST 3 мм в II, III, aVF", "тропонина I положительный",
      "ОКС с подъёмом сегмента ST", "ацетилсалициловая кислота 250 мг", "клопидогрел 300 мг", "гепарин 4000 ЕД",
      "Фортелизин 15 мг", "боль 2/10"]),

    # 13 - South Africa, Eastern Cape (Makhanda): university health centre contact tracing, meningococcal disease
    ("Rhodes University - Health Care Centre, Makhanda\n"
     "INVASIVE MENINGOCOCCAL DISEASE: CONTACT TRACING AND CHEMOPROPHYLAXIS RECORD | 2025-05-06\n"
     "Index case: Zintle Mahlangu | 19 F | BSc 1st year | student no. g25m4127 (g25m4127@campus.ru.ac.za) | SA ID "
     "0603120418083 | residence: Jan Smuts House, room 214\n"
     "Admitted to Settlers Hospital on 05/05 at 22:40 with fever, headache, vomiting and a non-blanching petechial "
     "rash; Kernig's sign positive; ceftriaxone 2 g IV before the LP; transferred to the ICU at Livingstone Hospital, "
     "Gqeberha. CSF: WCC 2,400/µL, Gram-negative diplococci; PCR Neisseria meningitidis serogroup W. Notified as an "
     "NMC category 1 on 06/05 at 08:10.\n"
     "Home: Alice (her mother teaches at Lovedale; father Given Mahlangu, 082 555 4417).\n"
     "Close contacts (in the 7 days before onset):\n"
     "1. Anathi Booi, roommate, 19 F - ciprofloxacin 500 mg PO stat, 06/05 10:05\n"
     "2. Kyle Jacobs-Fourie, boyfriend, 20 M, lives off campus at 14 Somerset Street - ciprofloxacin 500 mg PO stat, "
     "10:20\n"
     "3. Precious Mthembu, friend, 20 F, 14 weeks pregnant - ceftriaxone 250 mg IM stat (cipro avoided), 11:00\n"
     "4. Floor mates who shared a bottle at the res braai on Saturday (n=6) - cipro given; names on the attached "
     "sheet.\n"
     "All told to come in at once with fever, headache or a rash; MenACWY offered to the whole residence on Friday.\n"
     "E-mail sent to the contacts from health.centre@ru.ac.za; the warden, Dr Pieter Olivier-Ngcobo, informed.\n"
     "Sister Nomvuyo Tshabalala-Kirsten, Professional Nurse | SANC 14802736",
     [("LOCATION", ["Rhodes University"]), ("LOCATION", ["Makhanda"]), ("DATE", ["2025-05-06"]),
      ("NAME", ["Zintle", "Mahlangu"]), ("ID", ["g25m4127"]), ("EMAIL", ["g25m4127@campus.ru.ac.za"]),
      ("ID", ["0603120418083"]), ("LOCATION", ["Jan Smuts House"]), ("HOSPITAL", ["Settlers Hospital"]),
      ("DATE", ["05/05"]), ("HOSPITAL", ["Livingstone Hospital"]), ("LOCATION", ["Gqeberha"]), ("DATE", ["06/05"]),
      ("LOCATION", ["Alice"]), ("LOCATION", ["Lovedale"]), ("NAME", ["Given", "Mahlangu"]),
      ("PHONE", ["082 555 4417"]), ("NAME", ["Anathi", "Booi"]), ("NAME", ["Kyle", "Jacobs-Fourie"]),
      ("ADDRESS", ["14 Somerset Street"]), ("NAME", ["Precious", "Mthembu"]), ("EMAIL", ["health.centre@ru.ac.za"]),
      ("NAME", ["Pieter", "Olivier-Ngcobo"]), ("NAME", ["Nomvuyo", "Tshabalala-Kirsten"]), ("LICENCE", ["14802736"])],
     ["non-blanching petechial rash", "Kernig's sign positive", "ceftriaxone 2 g IV", "WCC 2,400/µL",
      "Gram-negative diplococci", "Neisseria meningitidis serogroup W", "NMC category 1",
      "ciprofloxacin 500 mg PO stat", "ceftriaxone 250 mg IM stat", "MenACWY"]),

    # 14 - Canada, British Columbia (Cariboo): organ donation coordination log after a logging accident
    ("BC Transplant - Organ Donation Services | DONOR REFERRAL AND COORDINATION LOG\n"
     "Case DN-2026-0147 | Referring hospital: Cariboo Memorial Hospital, Williams Lake (ICU)\n"
     "Potential donor: Tyler Sampson | 24 M | DOB 2001-07-30 | PHN 9698 418 274 | MRN CMH-0418273\n"
     "From Horsefly; faller for a logging contractor (Quesnel Lake Timber). Struck by a falling snag on 2026-03-01.\n"
     "\n"
     "2026-03-02 21:14 Referral from ICU RN Brianna Lachance (250-555-0143): GCS 3, pupils fixed and dilated, no "
     "cough or gag; norepinephrine 0.1 mcg/kg/min. CT head: diffuse cerebral oedema, effacement of the basal "
     "cisterns.\n"
     "21:40 Registry checked - registered on the BC Organ Donor Registry for all organs and tissues.\n"
     "22:05 First neurological determination of death exam - Dr. Chidi Okonkwo-Reyes (intensivist).\n"
     "2026-03-03 06:30 Second exam - Dr. Halldora Sigurdson; apnea test: PaCO2 68 mmHg, pH 7.21, no respiratory "
     "effort. Time of death 06:52.\n"
     "07:30 Family meeting (parents Gail and Murray Sampson, sister Jolene): donation discussed - consent for heart, "
     "lungs, liver, kidneys and corneas; skin and bone declined.\n"
     "07:55 Coroner notified (BC Coroners Service case 2026-0301-0042, coroner Jeanette Wolf) - workplace death, no "
     "objection to donation; WorkSafeBC informed by the employer.\n"
     "Donor management: vasopressin 0.03 U/min, norepinephrine weaned to 0.04; levothyroxine infusion; DDAVP 1 mcg IV "
     "for diabetes insipidus (UO 450 mL/h, Na 152 mmol/L).\n"
     "Serology/NAT: HIV, HBV, HCV NAT negative; CMV IgG positive; EBV IgG positive. ABO O+. Echo EF 60%.\n"
     "13:20 Transfer to Vancouver General Hospital for recovery on the BCEHS fixed-wing C-GBCQ, OR booked for 17:00.\n"
     "Coordinator: Mei-Ling Fraser-Adeyemi, RN | mfraser-adeyemi@bctransplant.ca | 604-555-0142",
     [("ID", ["DN-2026-0147"]), ("HOSPITAL", ["Cariboo Memorial Hospital"]), ("LOCATION", ["Williams Lake"]),
      ("NAME", ["Tyler", "Sampson"]), ("DATE", ["2001-07-30"]), ("ID", ["9698 418 274"]), ("MRN", ["CMH-0418273"]),
      ("LOCATION", ["Horsefly"]), ("LOCATION", ["Quesnel Lake Timber"]), ("DATE", ["2026-03-01"]),
      ("DATE", ["2026-03-02"]), ("NAME", ["Brianna", "Lachance"]), ("PHONE", ["250-555-0143"]),
      ("NAME", ["Chidi", "Okonkwo-Reyes"]), ("DATE", ["2026-03-03"]), ("NAME", ["Halldora", "Sigurdson"]),
      ("NAME", ["Gail"]), ("NAME", ["Murray", "Sampson"]), ("NAME", ["Jolene"]), ("ID", ["2026-0301-0042"]),
      ("NAME", ["Jeanette", "Wolf"]), ("HOSPITAL", ["Vancouver General Hospital"]), ("PLATE", ["C-GBCQ"]),
      ("NAME", ["Mei-Ling", "Fraser-Adeyemi"]), ("EMAIL", ["mfraser-adeyemi@bctransplant.ca"]),
      ("PHONE", ["604-555-0142"])],
     ["GCS 3", "effacement of the basal cisterns", "apnea test", "PaCO2 68 mmHg", "pH 7.21", "vasopressin 0.03 U/min",
      "DDAVP 1 mcg IV", "diabetes insipidus", "CMV IgG positive", "ABO O+", "Echo EF 60%"]),

    # 15 - Uganda, Isingiro District: new-arrival refugee health screening of a Congolese household
    ("NAKIVALE HEALTH CENTRE III - Nakivale Refugee Settlement, Isingiro District\n"
     "NEW ARRIVAL HEALTH SCREENING | Reception Centre, Base Camp | 14-Nov-2025\n"
     "Principal applicant: BAHATI Jean-de-Dieu | 34 M | from Rutshuru, North Kivu (DRC); crossed at Bunagana on "
     "09-Nov-2025\n"
     "UNHCR proGres individual no. 820-25C12847 | household 820-00418273 | interpreter (Kinyarwanda/Swahili): "
     "Mr. Habimana\n"
     "Household: wife Furaha Mapendo, 27 F (pregnant, about 28 weeks); children Amani, 6 M, and Zawadi, 2 F.\n"
     "Findings:\n"
     "- Jean-de-Dieu: malaria RDT positive (P. falciparum) - Coartem (artemether-lumefantrine) 4 tabs BD x 3 days; "
     "scabies - permethrin 5% cream, whole family; Determine HIV-1/2 non-reactive; TB symptom screen negative. RHS-15 "
     "score 18 - discloses detention and beatings at a checkpoint; referred to the psychosocial team.\n"
     "- Furaha: Hb 9.8 g/dL; syphilis and HIV negative; first ANC visit booked at the HC III; IPTp-SP and "
     "ferrous/folate given.\n"
     "- Amani: MUAC 12.1 cm (yellow - MAM), no oedema; TSFP with Plumpy'Sup; measles-rubella and bOPV given; "
     "albendazole 400 mg; vitamin A 200,000 IU.\n"
     "- Zawadi: MUAC 13.8 cm; MR and Penta catch-up; vitamin A 100,000 IU.\n"
     "Plot allocated: Juru zone, Kabahinda village. Phone (shared with a neighbour): +256 772 555 418.\n"
     "Screened by: Twinomujuni Ambrose, Clinical Officer | AHPC reg. CO-11874",
     [("HOSPITAL", ["NAKIVALE HEALTH CENTRE III"]), ("LOCATION", ["Nakivale"]), ("LOCATION", ["Isingiro"]),
      ("LOCATION", ["Base Camp"]), ("DATE", ["14-Nov-2025"]), ("NAME", ["BAHATI", "Jean-de-Dieu"]),
      ("LOCATION", ["Rutshuru"]), ("LOCATION", ["Bunagana"]), ("DATE", ["09-Nov-2025"]), ("ID", ["820-25C12847"]),
      ("ID", ["820-00418273"]), ("NAME", ["Habimana"]), ("NAME", ["Furaha", "Mapendo"]), ("NAME", ["Amani"]),
      ("NAME", ["Zawadi"]), ("LOCATION", ["Juru"]), ("LOCATION", ["Kabahinda"]), ("PHONE", ["+256 772 555 418"]),
      ("NAME", ["Twinomujuni", "Ambrose"]), ("LICENCE", ["CO-11874"])],
     ["P. falciparum", "Coartem (artemether-lumefantrine)", "permethrin 5% cream", "Determine HIV-1/2",
      "RHS-15 score 18", "Hb 9.8 g/dL", "IPTp-SP", "MUAC 12.1 cm", "Plumpy'Sup", "albendazole 400 mg",
      "vitamin A 200,000 IU"]),

    # 16 - Pakistan, Punjab (Multan): ophthalmology outpatient record, fungal keratitis after vegetative trauma
    ("NISHTAR HOSPITAL, MULTAN - Department of Ophthalmology (Eye OPD, Room 12)\n"
     "Date: 12-11-2025 | MR No. NHM-OPH-25-118427 | Token 64\n"
     "Patient: Muhammad Rafiq s/o Ghulam Rasool | 48 Y / M | CNIC 36302-4187362-9\n"
     "Address: Mauza Kotla Chakar, Tehsil Shujabad, District Multan. Cotton and wheat farmer. Mobile (son Adnan): "
     "0301-5558174\n"
     "HPI: L eye hit by a cotton stalk while picking 10 days ago; red, painful, watering, vision down. A dispenser in "
     "Shujabad gave drops - bottle brought: dexamethasone/neomycin/polymyxin (Maxitrol) 6 times a day for a week. "
     "Honey also put in the eye at home.\n"
     "VA: R 6/9, L HM (hand movements) at 1 m. IOP: R 16 mmHg, L digitally soft-normal.\n"
     "SLE L: 5 x 4 mm dry, greyish infiltrate with feathery margins and satellite lesions; endothelial plaque; "
     "hypopyon 1.5 mm. Seidel test negative. Fundus: no view; B-scan: vitreous clear.\n"
     "Corneal scraping: KOH mount - septate branching hyphae. Culture on Sabouraud dextrose agar sent.\n"
     "Dx: fungal keratitis L eye (after vegetative trauma, made worse by steroid).\n"
     "Plan: STOP Maxitrol. Natamycin 5% (Natacyn) hourly day and night for 48 h, then 2-hourly; voriconazole 1% drops; "
     "atropine 1% BD; oral itraconazole 200 mg OD; no patching. Review in 48 h; therapeutic keratoplasty if it "
     "perforates. Explained to the patient and his son in Saraiki.\n"
     "Dr. Mahnoor Iqbal-Qureshi, PGR Ophthalmology | PMDC 87412-P\n"
     "Seen with Prof. Tariq Mehmood Khakwani",
     [("HOSPITAL", ["NISHTAR HOSPITAL"]), ("LOCATION", ["MULTAN"]), ("DATE", ["12-11-2025"]),
      ("MRN", ["NHM-OPH-25-118427"]), ("NAME", ["Muhammad", "Rafiq"]), ("NAME", ["Ghulam", "Rasool"]),
      ("ID", ["36302-4187362-9"]), ("LOCATION", ["Kotla Chakar"]), ("LOCATION", ["Shujabad"]),
      ("LOCATION", ["Multan"]), ("NAME", ["Adnan"]), ("PHONE", ["0301-5558174"]),
      ("NAME", ["Mahnoor", "Iqbal-Qureshi"]), ("LICENCE", ["87412-P"]), ("NAME", ["Tariq", "Mehmood", "Khakwani"])],
     ["R 6/9", "HM (hand movements)", "satellite lesions", "hypopyon 1.5 mm", "Seidel test negative", "KOH mount",
      "Sabouraud dextrose agar", "Maxitrol", "Natamycin 5% (Natacyn)", "voriconazole 1%", "atropine 1% BD",
      "itraconazole 200 mg OD"]),

    # 17 - Greece, Crete (Heraklion): psychiatric report to the prosecutor for involuntary admission (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου (ΠΑΓΝΗ) - Ψυχιατρική Κλινική\n"
     "Βούτες, 71500 Ηράκλειο | τηλ. 2810 555 264\n"
     "\n"
     "Ηράκλειο, 4 Μαρτίου 2026\n"
     "Προς: Εισαγγελία Πρωτοδικών Ηρακλείου (σχετ. εισαγγελική παραγγελία ΑΒΜ Γ26/318)\n"
     "\n"
     "ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ ΓΙΑ ΑΚΟΥΣΙΑ ΝΟΣΗΛΕΙΑ (άρθρα 95-96 ν. 2071/1992)\n"
     "Εξετάσαμε σήμερα, ύστερα από εισαγγελική παραγγελία, τον Μανούσο Σφακιανάκη-Ξυλούρη του Στυλιανού, 29 ετών, γεν. "
     "11/10/1996, ΑΜΚΑ 11109602356, κάτοικο Ανωγείων (οδός Αγίου Γεωργίου 12), κτηνοτρόφο.\n"
     "Προσήχθη από το Α.Τ. Ανωγείων μετά από καταγγελία του γείτονά του, Ζαχαρία Σκουλά, ότι τον απείλησε με "
     "καραμπίνα στο μαντρί.\n"
     "Ιστορικό: σχιζοφρένεια, παρανοειδής τύπος (F20.0), από το 2017· δύο προηγούμενες νοσηλείες. Διέκοψε το Xeplion "
     "(παλιπεριδόνη 150 mg/μήνα) τον Νοέμβριο.\n"
     "Ψυχιατρική εκτίμηση: καχύποπτος, ευερέθιστος· ακουστικές ψευδαισθήσεις («οι φωνές λένε πως ο γείτονας "
     "δηλητηριάζει τα ζώα μου»)· παραληρητικές ιδέες δίωξης· απουσία εναισθησίας· αρνείται κάθε θεραπεία. PANSS 112, "
     "BPRS 58.\n"
     "Συμπέρασμα: πάσχει από ψυχική διαταραχή, δεν έχει την ικανότητα να κρίνει για το συμφέρον της υγείας του, και η "
     "μη νοσηλεία θα οδηγούσε σε επιδείνωση· υπάρχει κίνδυνος βίαιης συμπεριφοράς προς τρίτους. Πληρούνται οι "
     "προϋποθέσεις του άρθρου 95.\n"
     "Αγωγή: ολανζαπίνη 10 mg (Zyprexa Velotab), λοραζεπάμη 2,5 mg το βράδυ· επανέναρξη Xeplion σε 7 ημέρες.\n"
     "Η αδελφή του, Αργυρώ Σφακιανάκη (κιν. 697 555 1826), ορίστηκε πρόσωπο επικοινωνίας.\n"
     "Οι ψυχίατροι:\n"
     "Ευτυχία Μαρκάκη, Επιμελήτρια Α΄\n"
     "Ιάκωβος Τζανάκης-Βιδάκης, Επιμελητής Β΄",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου"]), ("HOSPITAL", ["ΠΑΓΝΗ"]), ("LOCATION", ["Βούτες"]),
      ("POSTCODE", ["71500"]), ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2810 555 264"]), ("DATE", ["4 Μαρτίου 2026"]),
      ("LOCATION", ["Εισαγγελία Πρωτοδικών Ηρακλείου"]), ("ID", ["Γ26/318"]),
      ("NAME", ["Μανούσο", "Σφακιανάκη-Ξυλούρη"]), ("NAME", ["Στυλιανού"]), ("DATE", ["11/10/1996"]),
      ("ID", ["11109602356"]), ("LOCATION", ["Ανωγείων"]), ("ADDRESS", ["Αγίου Γεωργίου 12"]),
      ("NAME", ["Ζαχαρία", "Σκουλά"]), ("DATE", ["Νοέμβριο"]), ("NAME", ["Αργυρώ", "Σφακιανάκη"]),
      ("PHONE", ["697 555 1826"]), ("NAME", ["Ευτυχία", "Μαρκάκη"]), ("NAME", ["Ιάκωβος", "Τζανάκης-Βιδάκης"])],
     ["άρθρα 95-96 ν. 2071/1992", "F20.0", "Xeplion", "παλιπεριδόνη 150 mg", "ακουστικές ψευδαισθήσεις",
      "απουσία εναισθησίας", "PANSS 112", "BPRS 58", "ολανζαπίνη 10 mg (Zyprexa Velotab)", "λοραζεπάμη 2,5 mg"]),

    # 18 - Sri Lanka, Matara District: public health midwife postnatal home visit, postpartum pre-eclampsia
    ("MOH OFFICE DEVINUWARA, MATARA DISTRICT - Public Health Midwife area: Gandara East\n"
     "POSTNATAL HOME VISIT RECORD (H 509) | Visit 2 | 14.12.2025\n"
     "Mother: Wickramaarachchige Dilhani Kumari (W. A. Dilhani Kumari) | 33 yrs | NIC 199275403361 | Eligible Family "
     "Register no. GE/118\n"
     "Address: No. 42/3, Temple Road, Dondra\n"
     "Husband: Mr. K. G. Nuwan Chathuranga, fisherman (multi-day boat), 071 555 4182\n"
     "Delivery: 04.12.2025 (Unduvap Poya day) at DGH Matara, NVD at 38+5 weeks, G2P2; discharged on day 2 with BP "
     "130/84.\n"
     "Mother today (day 10): headache for 2 days, 'flashes' before the eyes; BP 152/98 mmHg (repeated 154/100); "
     "urine albumin + on dipstick; no fits. Lochia normal, uterus not palpable, perineum healed. Breastfeeding well. "
     "EPDS 8.\n"
     "Baby (girl, 2.9 kg at birth, CHDR no. 2025/GE/0912): alert, feeding 2-3 hourly; jaundice to the umbilicus "
     "(Kramer zone 3). Cord dry. BCG given at DGH. Weight 3.0 kg.\n"
     "Action: suspected postpartum pre-eclampsia - mother and baby referred to DGH Matara at once by the 1990 Suwa "
     "Seriya ambulance (called 10:25); baby's serum bilirubin to be checked there. Referral letter given; the MOH, "
     "Dr. Ruwini Gunawardena-Perera, informed by phone.\n"
     "Thriposha and iron/folate continued. Next visit after discharge.\n"
     "PHM: Mrs. R. M. Sandya Kumari Rathnayake",
     [("LOCATION", ["DEVINUWARA"]), ("LOCATION", ["MATARA"]), ("LOCATION", ["Gandara East"]),
      ("DATE", ["14.12.2025"]), ("NAME", ["Wickramaarachchige", "Dilhani", "Kumari"]), ("ID", ["199275403361"]),
      ("ID", ["GE/118"]), ("ADDRESS", ["No. 42/3, Temple Road"]), ("LOCATION", ["Dondra"]),
      ("NAME", ["Nuwan", "Chathuranga"]), ("PHONE", ["071 555 4182"]), ("DATE", ["04.12.2025"]),
      ("DATE", ["Unduvap Poya"]), ("HOSPITAL", ["DGH Matara"]), ("ID", ["2025/GE/0912"]),
      ("NAME", ["Ruwini", "Gunawardena-Perera"]), ("NAME", ["Sandya", "Kumari", "Rathnayake"])],
     ["38+5 weeks", "G2P2", "BP 152/98 mmHg", "urine albumin +", "EPDS 8", "Kramer zone 3", "BCG",
      "postpartum pre-eclampsia", "1990 Suwa Seriya", "Thriposha"]),

    # 19 - England, Cornwall (Truro; Penwith): mental capacity assessment about where to live on discharge
    ("Royal Cornwall Hospital, Treliske, Truro - Lowen Ward (Care of the Elderly)\n"
     "MENTAL CAPACITY ASSESSMENT - Mental Capacity Act 2005 | 17/02/2026 11:00\n"
     "Person: Mr Jory Pascoe | DOB 06/06/1941 (84) | NHS 719 408 2632 | Hosp No. RCH4418209\n"
     "Decision: where to live after discharge - home alone to Mousehole, or a residential care home.\n"
     "Background: admitted 29/01 after a long lie (found by the postman); delirium from a UTI, now resolving (4AT 2). "
     "Alzheimer's disease diagnosed by the memory clinic (MoCA 14/30, ACE-III 61/100 in 2025). Retired crabber; sold "
     "his boat, the Morvoren, two years ago. Lives alone up a steep hill with steps to the door; three falls this "
     "winter. His Ford Fiesta (WK14 HZP) is still parked by the harbour - he gave up driving in the autumn.\n"
     "Stage 1: impairment of, or disturbance in the functioning of, the mind or brain - yes (Alzheimer's disease).\n"
     "Stage 2 (daughter present, hearing aids in, glasses on, morning, information in short chunks and written "
     "down):\n"
     "- Understand: could say back that he has fallen and that carers would come 4 times a day.\n"
     "- Retain: could not recall any of it after 5 minutes, even with the written prompt.\n"
     "- Use or weigh: 'I've walked that hill all my life, I'll be fine'; could not weigh the falls or the two nights "
     "on the floor.\n"
     "- Communicate: yes, clearly.\n"
     "Outcome: on the balance of probabilities he LACKS capacity for this decision at this time. Best interests "
     "meeting 19/02 with his daughter Tamsin Pascoe-Nance (LPA for property and financial affairs only - not health "
     "and welfare) and son Kit (by phone from Plymouth); no IMCA needed as family can be consulted. If a care home is "
     "chosen (Trewartha House, St Ives, has a room), a DoLS urgent authorisation will be needed.\n"
     "Clinical Frailty Scale 6.\n"
     "Dr Nkechi Bolitho-Mayes, ST5 Geriatric Medicine | GMC 7241863 | bleep 3318",
     [("HOSPITAL", ["Royal Cornwall Hospital"]), ("LOCATION", ["Treliske"]), ("LOCATION", ["Truro"]),
      ("LOCATION", ["Lowen Ward"]), ("DATE", ["17/02/2026"]), ("NAME", ["Jory", "Pascoe"]), ("DATE", ["06/06/1941"]),
      ("ID", ["719 408 2632"]), ("MRN", ["RCH4418209"]), ("LOCATION", ["Mousehole"]), ("DATE", ["29/01"]),
      ("LOCATION", ["Morvoren"]), ("PLATE", ["WK14 HZP"]), ("DATE", ["19/02"]), ("NAME", ["Tamsin", "Pascoe-Nance"]),
      ("NAME", ["Kit"]), ("LOCATION", ["Plymouth"]), ("HOSPITAL", ["Trewartha House"]), ("LOCATION", ["St Ives"]),
      ("NAME", ["Nkechi", "Bolitho-Mayes"]), ("LICENCE", ["7241863"]), ("PHONE", ["3318"])],
     ["Mental Capacity Act 2005", "4AT 2", "Alzheimer's disease", "MoCA 14/30", "ACE-III 61/100",
      "balance of probabilities", "LPA for property and financial affairs", "IMCA", "DoLS urgent authorisation",
      "Clinical Frailty Scale 6"]),
] + MORE_NOTES
