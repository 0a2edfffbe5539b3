"""Thirty-second HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation), written blind: whoever wrote
it read none of the de-identification rules, their word lists, their models, their tests, their documentation, any
evaluation output or any other note set (only the ``Note`` type and the format of the eighteenth set, none of whose
names, places or facilities is reused), and never ran the de-identifier or the evaluation on these notes. Measure it; do
not change a rule because of what it shows.

40 notes (1063 planted identifier parts in 900 (kind, parts) entries; 442 clinical strings), written the way clinicians
write them (letterheads, labels, tables, log lines, sign-offs, copy lists, abbreviations, terse prose): a small-island
hospital discharge letter (Orkney), a snakebite treatment centre ward record (Chitwan, Nepal), a burns unit daily
progress note (Heraklion, Crete), an emergency note for an underground coal mine injury (McDowell County, West
Virginia), a TB DOTS treatment card with its daily log (Gulu, Uganda), a renal transplant follow-up clinic record (Hong
Kong), a dialysis unit transfer letter (Anuradhapura, Sri Lanka), a paediatric oncology clinic note (Kumasi, Ghana), a
forensic medical examination record (Karelia, Russia), an occupational diving medical (Tasmania), an upper GI endoscopy
report (Singapore), a neonatal transport record (Labrador), a fertility clinic first consultation (Limassol, Cyprus), a
leprosy clinic review (Zomba, Malawi), a life insurance paramedical examination (Lafourche Parish, Louisiana), a stroke
code and thrombolysis pathway record (Mendoza, Argentina), a medico-legal report to a magistrates' court (San Fernando,
Trinidad), an MRI request and report (Kunming, Yunnan), a surgical pathology report (Lahore, Pakistan), a stroke
rehabilitation multidisciplinary team record (Isle of Man), a tea garden mobile clinic line list (Moulvibazar,
Bangladesh), a virtual fracture clinic review (Co. Armagh, Northern Ireland), a trauma tertiary survey (Yukon-Kuskokwim
Delta, Alaska), an ICU daily review after an avalanche burial (Trentino, Italy), a palliative home visit (Chios,
Greece), a medical certificate for a work permit (Windhoek and Walvis Bay, Namibia), an infectious diseases consult
(Hilo, Hawaii), an occupational health examination for pneumoconiosis (Chengdu and Panzhihua, Sichuan), a school nurse
individual healthcare plan (Jersey), an HIV clinic antiretroviral review (Belize), a nutrition rehabilitation unit
admission (Gaborone, Botswana), an emergency medical team field hospital log after a cyclone (Tanna, Vanuatu), an
overseas medical referral to New Zealand (Cook Islands), a hospice admission (Cape Breton, Nova Scotia), a memory clinic
letter (Brest, France), a cardiac catheterisation laboratory report (Guyana), an emergency note for Irukandji syndrome
(Thursday Island, Queensland), an orthopaedic operation note (Bulawayo, Zimbabwe), a geriatric falls clinic assessment
(Bermuda) and a pre-operative assessment clinic record (Malta).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 2 (Crete), 12 (Cyprus) and 24 (Chios) are in Greek
script, with Greek names and patronymics, addresses, phone numbers, facilities, Greek month names and Greek holidays;
note 5 (Hong Kong) is in traditional Chinese and notes 17 (Kunming) and 27 (Sichuan) in simplified Chinese, with names,
addresses down to the village group, phone numbers, facilities and Chinese dates and festivals; note 8 is in Russian
(Karelia), note 15 in Spanish (Mendoza), note 23 in Italian (Trentino) and note 34 in French (Brittany), each with
names, addresses, phone numbers, facilities and dates in that language; the other 30 notes are in English (Latin
script).

Identifiers sit where clinicians put them: letterheads, labels and table rows, log lines with initials, after relation
words and titles (w/o, h/o, f/o, Mst., Mma, Sr., Cpl., PC, SN, binte, bin, του, χήρα του, Dott.ssa, Dra., капитана
полиции with initials, 丈夫, 妻子), surname-first in capitals, after initials (H.M., R.M., И.В., Е.А.), bare in prose, in
quoted nicknames, in sign-offs; names that are everyday words or very short (Hope, Faith, Grace, Memory, Innocent,
Precious, Charity, Blessing, Lucky, Sunny, Rusty, Stone, Flowers, Dawn, Daisy, Poppy, Mark, Junior, Soledad, Ειρήνη, 陳安,
谭静, 和志刚, NG, Om, Yaw), hyphenated and multi-part names (Le Cornu, Mc Lean, QUIROGA de FUNES, KERHERVÉ née LE GALL);
relatives' names; addresses with and without numbers (a house name, a Trinidad light-pole number, a Namibian erf, a Sri
Lankan yaya, a Pakistani gali, a Greek street named after an admiral, a Maltese house name, a Hong Kong estate flat, a
Chinese village group, a Russian flat, an Argentine manzana, a Singapore block and unit, a Zimbabwean house number, a
post box and a private bag); hospitals, clinics and surgeries, a hospice, schools, employers (a coal mine, a shrimp
trawler, a salt works, a vanadium mine, an abalone company, a tavern, a winery, a café, a bus company, a tea estate, a
container terminal, a tobacco estate, an insurer), ships and boats, villages, districts and towns, places that are
everyday words or first names (War, Snug, Dover, Volcano, Friendship, Success, More Tomorrow, Penal, Dominion, Trinity,
Sydney, Thursday Island, Plumtree, Hopedale, Cut Off, Golden Meadow, Βουνί, Ο Φάρος, 朝阳村), and facilities and streets
named after people (Komfo Anokye, Tan Tock Seng, Karl Heusner, Princess Marina, Deborah Retief, King Edward VII,
Noble's, Davis, Luis Carlos Lagomaggiore, Shaukat Khanum, Janeway, Santa Chiara, Mater Dei, Βενιζέλειο, Σκυλίτσειο,
瑪麗醫院, Sam Nujoma Drive, Prince Philip Dr, Chief Eddie Hoffman Hwy, Timoteo Gordillo, Triq Dun Karm, rue Jean Jaurès,
Boulevard Tanguy Prigent, ул. Гоголя, Ναυάρχου Κουντουριώτη, Αρχιεπισκόπου Κυπριανού, M.A. Johar Town, Princess Margaret
Drive); also e-mail addresses, a clinic website, a PACS URL and a pathology report URL, IPv4 addresses (a DHIS2 upload,
a satellite terminal, a cath lab system), handles (Telegram, WeChat, Facebook Messenger), road vehicle plates (cars,
ambulances, a motorbike, a lorry, a bus, a snowmachine, a Russian plate in Cyrillic), an aircraft registration and a
fishing boat registration, professional licences and registrations (GMC, NMC Nepal, MCHK, SLMC, MDC Ghana, AHPRA, SMC,
Malawi clinical officer, Louisiana EMS, Argentine matrícula, MBTT, PMDC, BMDC, US DEA, Ordine dei Medici, Cyprus medical
association, HPCNA, a Chinese practising certificate, UK NMC, MDC Belize, BHPC, MCNZ, CPSNS, RPPS, Guyana Medical
Council, MDPCZ, Bermuda Medical Council, Medical Council of Malta, a Louisiana driving licence), device serial numbers
and lots (a dialysis machine, an endoscope, a transport incubator, an alternating-pressure mattress, a CADD pump, a
falls pendant, an intramedullary nail, a coronary stent, a haemostasis clip, a vaccine batch, an antivenom lot, an
adrenaline auto-injector, a specimen kit), case, accession, claim, register, complaint, referral and report numbers,
national, insurance and health numbers, phone, fax and extension numbers and a bleep, and dates in many formats
(day-first, month-first and ISO, dots, dashes and slashes, two-digit years, dates in words, year-less dates, month and
year, Bikram Sambat dates, Greek, Chinese, Russian, Spanish, Italian and French dates, and holidays: Teej, Poson Poya,
Christmas, Boxing Day, Easter, Mardi Gras, Nochebuena, Carnival Monday, Chilembwe Day, Durga Puja, the Twelfth, Tynwald
Day, Liberation Day, Garifuna Settlement Day, Sir Seretse Khama Day, Cup Match, Independence Day, Santo Stefano, la
Befana, la Toussaint, 8 Марта, Δεκαπενταύγουστος, Καθαρά Δευτέρα, Χριστούγεννα, 農曆新年, 元宵节, 春节, 清明节 and a Maltese village
festa). Where a real identifier has a check digit (Scottish CHI, NHS number on the Isle of Man, Northern Ireland H&C
number, US NPI and DEA number, Australian Medicare and IHI, Singapore NRIC, Hong Kong identity card, Chinese resident
ID, Greek AMKA, Russian SNILS, Argentine CUIL, Italian codice fiscale, French NIR key, French RPPS) the planted one
passes it; the other national, insurance and licence numbers keep a plausible format (Sri Lankan NIC, Pakistani CNIC,
Ugandan NIN, Nepali citizenship number, Ghana NHIS, Trinidad national ID with the birth date, Cyprus identity card,
Botswana Omang, Zimbabwean national ID, Maltese identity card, Jersey social security number, Bangladeshi NID, Alaska
Medicaid, HMSA, Newfoundland and Labrador MCP, Nova Scotia health card, Belize social security, a Zambian and a New
Zealand passport, the last four digits of a US SSN). No name, place or facility is planted in more than one note. Three
patients are aged 90 or over (notes 24, 33 and 38), and for them the age and every date element, bare years, months, an
abbreviated year and holidays included, are planted; where a younger patient's note has a bare year (notes 0, 3, 4, 6,
9, 12, 14, 25, 27, 29 and 39), it is left in the text and not planted. The strings that must survive include eponyms and
eponymous signs, tests, scores and classifications (Gustilo-Anderson, Cimino-Brescia, St Jude/Murphy,
Glasgow-Blatchford, Forrest, Rockall, Barrett's, Silverman-Andersen, Lund-Browder, Wallace, Baux, Parkland, Weber,
Rinne, Romberg, Valsalva, Colles', Battle's sign, Salter-Harris, Ottawa ankle rules, Jones fracture, Chance fracture,
Lachman, Canadian CT Head and C-spine rules, Denver criteria, Rokitansky-Aschoff, Del Brutto, Kernig, Brudzinski,
Blalock-Taussig, Fallot, Cheyne-Stokes, Edmonton Symptom Assessment System, Dubois, Scheltens, Fazekas, Alzheimer,
Judkins, Killip, Winquist-Hansen, Thomas splint, Tinetti, Beers, Murphy's sign, Charcot's triad, Mallampati, Caprini,
Apfel, Takotsubo, Irukandji, Berg, Barthel, Bobath, Waterlow, Ashworth, Zimmer frame, Lansky, Banff, Bologna, Gardner,
CURB-65, Norton, Braden, Rankin, TOAST, ASPECTS, TICI), brand names of drugs and devices, organisms, lab values with
units, ratios, fractions and scores that look like dates (Apgar 4/7/8, 36+4 and 38+2 weeks, UK duration notation such as
6/52, Snellen 6/6 and 6/18, ILO 1/0, pain 5/10 and 6/10, 29/30 pill counts, adrenaline 1:10,000, orthostatic drop 32/12,
scores out of a total), years inside statutes, standards and guidelines (the Federal Coal Mine Health and Safety Act of
1969, AS/NZS 2299.1:2015, WHO SEARO 2016 snakebite guidelines, ΠΟΥ 2021, GBZ 70-2015, the AJCC 8th edition of 2017,
BSACI 2021, NIA-AA 2011, Tokyo Guidelines 2018, Beers Criteria 2023, a Russian order of 24.04.2008, Hawaii 2018
guidelines), and capitalised or name-like words that must stay (Will review, Will follow, Dragon, HOPE score, Soccorso
Alpino, Alzheimer à domicile, Nova Scotia Personal Directives Act, Black Lung Benefits Act, Claw hand, Ambu bag,
Airborne Voyager). Entries per kind: NAME 189, LOCATION 152, DATE 144, PHONE 77, HOSPITAL 68, ADDRESS 62, ID 62,
POSTCODE 34, LICENCE 30, MRN 24, PLATE 16, EMAIL 13, SERIAL 13, AGE 6, HANDLE 4, IP 3, URL 3. The last 20 notes (546
identifier parts in 462 entries, 225 clinical strings) are in :mod:`deid_notes_heldout32_more`, only to keep each file a
readable length; this file holds 517 identifier parts in 438 entries and 217 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout32.deid_notes_heldout32_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Scotland, Orkney (Kirkwall; Hoy): immediate discharge letter from a small island hospital, pneumonia
    ("NHS ORKNEY - The Balfour, Foreland Road, Kirkwall KW15 1NZ | Tel 01856 888000 ext 2214\n"
     "IMMEDIATE DISCHARGE LETTER - Ward 2 (Medical)\n"
     "Patient: FLETT-RENDALL, Magnus | CHI 2308612738 | DOB 23/08/1961 | 64 M\n"
     "Address: Quoyness, Hoy, Orkney KW16 3NJ\n"
     "GP: Dr Ingrid Sclater, Hoy and Walls Surgery\n"
     "Admitted: 2 Mar 26 (off the Hoy Head ferry) | Discharged: Sat 07.03.26\n"
     "Diagnosis: community-acquired pneumonia, R lower lobe, CURB-65 2. Streptococcus pneumoniae urinary antigen "
     "positive. AKI stage 1 (creat 148 -> 96 umol/L).\n"
     "Course: IV co-amoxiclav + clarithromycin 48 h, stepped down to oral amoxicillin. CXR day 4 improving. Sats 96% "
     "RA on discharge, walked the corridor without desaturating.\n"
     "Background: COPD GOLD 2 (FEV1 58% predicted); ex-smoker, 40 pack-years, stopped 2012; T2DM on metformin (HbA1c "
     "58 mmol/mol). Crofter (sheep) and retired deckhand with the inter-island ferries.\n"
     "Meds on discharge: amoxicillin 500 mg TDS to complete 7 days (last dose Monday); Trelegy Ellipta 1 puff OD "
     "(NEW); metformin restarted. PPV23 given, batch W018437.\n"
     "Follow-up: repeat CXR in 6/52 here; GP please check U&E on Friday.\n"
     "NOK: wife Ragnhild Flett, 01856 791348. Going home by car with his brother-in-law (SV67 KWF) on the 16:30 "
     "boat.\n"
     "Dr Thorfinn Muir-Heddle, FY2, bleep 4417, GMC 7391846",
     [("HOSPITAL", ["The Balfour"]), ("ADDRESS", ["Foreland Road"]), ("LOCATION", ["Kirkwall"]),
      ("POSTCODE", ["KW15 1NZ"]), ("PHONE", ["01856 888000", "2214"]), ("NAME", ["FLETT-RENDALL", "Magnus"]),
      ("ID", ["2308612738"]), ("DATE", ["23/08/1961"]), ("ADDRESS", ["Quoyness"]), ("LOCATION", ["Hoy"]),
      ("LOCATION", ["Orkney"]), ("POSTCODE", ["KW16 3NJ"]), ("NAME", ["Ingrid", "Sclater"]),
      ("HOSPITAL", ["Hoy and Walls Surgery"]), ("DATE", ["2 Mar 26"]), ("LOCATION", ["Hoy Head"]),
      ("DATE", ["07.03.26"]), ("SERIAL", ["W018437"]), ("NAME", ["Ragnhild", "Flett"]), ("PHONE", ["01856 791348"]),
      ("PLATE", ["SV67 KWF"]), ("NAME", ["Thorfinn", "Muir-Heddle"]), ("PHONE", ["4417"]), ("LICENCE", ["7391846"])],
     ["CURB-65 2", "Streptococcus pneumoniae", "AKI stage 1", "co-amoxiclav", "clarithromycin", "COPD GOLD 2",
      "FEV1 58% predicted", "40 pack-years", "HbA1c 58 mmol/mol", "Trelegy Ellipta", "6/52"]),

    # 1 - Nepal, Chitwan (Bharatpur; Madi): snakebite treatment centre ward record, common krait envenomation
    ("BHARATPUR HOSPITAL - SNAKEBITE TREATMENT CENTRE, Bharatpur-10, Chitwan | Ph 056-597003\n"
     "Reg. No. BH/SB/2082/1147 | Bed 6 | Date of admission: 2082 Shrawan 14 (30 July 2025), 03:10\n"
     "Name: Sita Kumari Chaudhary | Age/Sex: 34 F | Madi Municipality ward 6, Ayodhyapuri\n"
     "Citizenship No. 35-01-74-02817 | Contact: husband Om Prakash Chaudhary 9845 218 736\n"
     "H/O: bitten while asleep on the floor of her mud house at about 23:30; woke with abdominal pain. No fang marks "
     "seen. Brought by the municipality ambulance (Lu 1 Ja 2147) with her brother-in-law Lucky Mahato.\n"
     "O/E at 03:15: bilateral ptosis, unable to count past 12 (single breath count 12), neck flexion weak, pupils 4 "
     "mm sluggish. SpO2 94%, BP 130/80. 20WBCT clotted.\n"
     "Imp: neurotoxic envenomation, likely common krait (Bungarus caeruleus).\n"
     "Rx (WHO SEARO 2016 Guidelines for the Management of Snakebites): polyvalent ASV (VINS) 10 vials IV over 1 h "
     "(lot 01AS25119), neostigmine 0.5 mg + atropine 0.6 mg trial - no response (krait). 06:40 RR 8, paradoxical "
     "breathing -> intubated, Ambu bag by relatives in turns until ICU ventilator freed at 08:00.\n"
     "14 Shrawan 11:00: moves fingers, ptosis partial. Day 3: extubated. Taught family to sleep on a cot with a net. "
     "Discharge planned before Teej.\n"
     "MO: Dr. Bishnu Prasad Adhikari (NMC No. 11823)\n"
     "Referral copy to Madi Primary Health Care Centre; email snakebite.bharatpur@gmail.com",
     [("HOSPITAL", ["BHARATPUR HOSPITAL"]), ("LOCATION", ["Bharatpur-10"]), ("LOCATION", ["Chitwan"]),
      ("PHONE", ["056-597003"]), ("MRN", ["BH/SB/2082/1147"]), ("DATE", ["2082 Shrawan 14"]),
      ("DATE", ["30 July 2025"]), ("NAME", ["Sita Kumari", "Chaudhary"]), ("LOCATION", ["Madi Municipality"]),
      ("LOCATION", ["Ayodhyapuri"]), ("ID", ["35-01-74-02817"]), ("NAME", ["Om Prakash", "Chaudhary"]),
      ("PHONE", ["9845 218 736"]), ("PLATE", ["Lu 1 Ja 2147"]), ("NAME", ["Lucky", "Mahato"]),
      ("SERIAL", ["01AS25119"]), ("DATE", ["14 Shrawan"]), ("DATE", ["Teej"]), ("NAME", ["Bishnu Prasad", "Adhikari"]),
      ("LICENCE", ["11823"]), ("HOSPITAL", ["Madi Primary Health Care Centre"]),
      ("EMAIL", ["snakebite.bharatpur@gmail.com"])],
     ["ptosis", "single breath count 12", "20WBCT clotted", "common krait (Bungarus caeruleus)",
      "WHO SEARO 2016 Guidelines for the Management of Snakebites", "polyvalent ASV (VINS) 10 vials",
      "neostigmine 0.5 mg", "atropine 0.6 mg", "Ambu bag", "paradoxical breathing"]),

    # 2 - Greece, Crete (Heraklion; Messara): burns unit daily progress note (Greek)
    ("Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου - Μονάδα Εγκαυμάτων | Λεωφόρος Κνωσού 44, 71409 Ηράκλειο | τηλ. 2813 408 "
     "512\n"
     "ΗΜΕΡΗΣΙΑ ΠΟΡΕΙΑ - Τρίτη 5 Αυγούστου 2025, 3η ημέρα νοσηλείας | Αρ. Μητρώου ΒΝΗ-25-08817\n"
     "Ασθενής: Ζαχαρίας (Ζάχος) Σταυρουλάκης-Ψαράκης του Γεωργίου, 46 ετών, γεν. 14/02/1979, ΑΜΚΑ 14027903187\n"
     "Κάτοικος Τυμπακίου (οδός Μίνωος 27), μάγειρας στην ταβέρνα «Το Λιμανάκι» στην Αγία Γαλήνη.\n"
     "Μηχανισμός: έκρηξη φιάλης υγραερίου στην κουζίνα της ταβέρνας τη νύχτα της 2ας προς 3η Αυγούστου. Διακομιδή από "
     "το Κέντρο Υγείας Μοιρών.\n"
     "Εγκαύματα: TBSA 28% (κανόνας των εννιά του Wallace, επιβεβαίωση με χάρτη Lund-Browder) - βάθους ΙΙβ και ΙΙΙ σε "
     "πρόσωπο, θώρακα, άνω άκρα. Αιθάλη στη στοματοφαρυγγική κοιλότητα - εισπνευστική βλάβη. Revised Baux score 91.\n"
     "Χορήγηση υγρών κατά Parkland (Ringer's Lactate), διούρηση 0,6 ml/kg/h. Hb 10,8 g/dl, αλβουμίνη 2,4 g/dl.\n"
     "Σήμερα: αποκαθαίρεση και κάλυψη με Biobrane στο θώρακα, Acticoat στα χέρια. Καλλιέργεια τραύματος: Pseudomonas "
     "aeruginosa. Έναρξη piperacillin/tazobactam.\n"
     "Ενημερώθηκε η σύζυγος Ελευθερία (κιν. 697 418 2036) και ο αδελφός του Γιάννης. Ζητούν να είναι στο σπίτι για "
     "τον Δεκαπενταύγουστο - εξηγήθηκε ότι δεν είναι εφικτό.\n"
     "Ιωσήφ Δασκαλάκης, Πλαστικός Χειρουργός",
     [("HOSPITAL", ["Βενιζέλειο Γενικό Νοσοκομείο Ηρακλείου"]), ("ADDRESS", ["Λεωφόρος Κνωσού 44"]),
      ("POSTCODE", ["71409"]), ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2813 408 512"]), ("DATE", ["5 Αυγούστου 2025"]),
      ("MRN", ["ΒΝΗ-25-08817"]), ("NAME", ["Ζαχαρίας", "Ζάχος", "Σταυρουλάκης-Ψαράκης"]), ("NAME", ["Γεωργίου"]),
      ("DATE", ["14/02/1979"]), ("ID", ["14027903187"]), ("LOCATION", ["Τυμπακίου"]), ("ADDRESS", ["Μίνωος 27"]),
      ("LOCATION", ["Το Λιμανάκι"]), ("LOCATION", ["Αγία Γαλήνη"]), ("DATE", ["2ας προς 3η Αυγούστου"]),
      ("HOSPITAL", ["Κέντρο Υγείας Μοιρών"]), ("NAME", ["Ελευθερία"]), ("PHONE", ["697 418 2036"]),
      ("NAME", ["Γιάννης"]), ("DATE", ["Δεκαπενταύγουστο"]), ("NAME", ["Ιωσήφ", "Δασκαλάκης"])],
     ["TBSA 28%", "κανόνας των εννιά του Wallace", "Lund-Browder", "Revised Baux score 91", "Parkland",
      "Ringer's Lactate", "Hb 10,8 g/dl", "αλβουμίνη 2,4 g/dl", "Biobrane", "Acticoat", "Pseudomonas aeruginosa"]),

    # 3 - USA, West Virginia (McDowell County): emergency physician note for an underground coal mine injury
    ("WELCH COMMUNITY HOSPITAL - EMERGENCY DEPT | 454 McDowell St, Welch WV 24801 | (304) 436-8461\n"
     "ED Provider Note  10/14/2025  05:52  Acct# WCH-2510140033\n"
     "Pt: BLANKENSHIP, Dewey Lee Jr. | 47 M | DOB 3/9/1978\n"
     "Home: 112 Shop Hollow Rd, War, WV 24892. Roof bolter at Big Creek Energy's No. 4 Mine near Iaeger.\n"
     "HPI: ~04:30 a slab of roof rock (\"the size of a kitchen table\") fell on his R leg at the face. Crew dug him "
     "out; brought up the slope by the section foreman, Rusty Cline, then county EMS Medic 3 (WV plate EMS-4172).\n"
     "Exam: GCS 15. HR 118, BP 102/64. R mid-shaft open tib/fib fx, 6 cm wound with coal dust contamination, pulses "
     "dopplerable, compartments soft. eFAST negative.\n"
     "Labs: lactate 3.1 mmol/L, Hb 12.9 g/dL, CK 1,840 U/L.\n"
     "A/P: open fracture, Gustilo-Anderson type IIIA. Cefazolin 2 g + gentamicin, Tdap, irrigated and splinted, 2 L "
     "LR. Per ATLS, transfer to CAMC General for ortho - accepted.\n"
     "Incidental: CXR small rounded opacities upper zones, ILO 1/0. 22 yrs underground, started 2003. Has a claim in "
     "under the Black Lung Benefits Act; due his surveillance film under the Federal Coal Mine Health and Safety Act "
     "of 1969 program - copy to the B Reader.\n"
     "Wife Rhonda Blankenship (cell 304-585-2093) notified; the company nurse opened WC claim 2025-WC-530916.\n"
     "Dr. Harlan T. Vance, DO | NPI 1648293052 | dictated, Dragon",
     [("HOSPITAL", ["WELCH COMMUNITY HOSPITAL"]), ("ADDRESS", ["454 McDowell St"]), ("LOCATION", ["Welch"]),
      ("POSTCODE", ["24801"]), ("PHONE", ["(304) 436-8461"]), ("DATE", ["10/14/2025"]), ("MRN", ["WCH-2510140033"]),
      ("NAME", ["BLANKENSHIP", "Dewey Lee"]), ("DATE", ["3/9/1978"]), ("ADDRESS", ["112 Shop Hollow Rd"]),
      ("LOCATION", ["War"]), ("POSTCODE", ["24892"]), ("LOCATION", ["Big Creek Energy's No. 4 Mine"]),
      ("LOCATION", ["Iaeger"]), ("NAME", ["Rusty", "Cline"]), ("PLATE", ["EMS-4172"]), ("HOSPITAL", ["CAMC General"]),
      ("NAME", ["Rhonda", "Blankenship"]), ("PHONE", ["304-585-2093"]), ("ID", ["2025-WC-530916"]),
      ("NAME", ["Harlan T.", "Vance"]), ("ID", ["1648293052"])],
     ["open tib/fib fx", "GCS 15", "eFAST negative", "lactate 3.1 mmol/L", "Gustilo-Anderson type IIIA", "Tdap", "ATLS",
      "ILO 1/0", "Black Lung Benefits Act", "Federal Coal Mine Health and Safety Act of 1969", "Dragon"]),

    # 4 - Uganda, Gulu (Acholi sub-region): TB treatment (DOTS) card with daily log, TB/HIV co-infection
    ("REPUBLIC OF UGANDA - MINISTRY OF HEALTH | TB TREATMENT CARD (DOTS)\n"
     "Health unit: St. Mary's Hospital Lacor, TB clinic | District: Gulu | Unit TB No. LAC/TB/2025/0418\n"
     "Date treatment started: 03-Nov-2025\n"
     "Name: OKELLO Denis Opiyo | Sex M | Age 38 | NIN CM87041102PRQK\n"
     "Address: Pece division, Kasubi village; boda-boda rider (bike UFH 418K)\n"
     "Tel: 0772 418 305 | Treatment supporter: wife Akello Grace, tel 0784 219 560; VHT: Ojok Patrick\n"
     "Type: new, bacteriologically confirmed pulmonary TB. GeneXpert MTB/RIF Ultra: MTB detected (medium), rifampicin "
     "resistance not detected. Smear 2+. HIV positive (known), on TLD since 2019; CD4 212 cells/uL.\n"
     "Regimen: 2RHZE/4RH - Rifafour 4 tabs daily (wt 51.5 kg), pyridoxine 25 mg, cotrimoxazole 960 mg.\n"
     "DAILY LOG (intensive phase, November):\n"
     "03/11 to 09/11 all v (08/11 by VHT at home) | 10/11 X - went to Kitgum for a burial; wife phoned | 11/11 v\n"
     "Week 3: weight 52.0 kg, cough less. Missed dose made up at end of phase.\n"
     "Contacts screened: 3 children (youngest Atim) - no symptoms; IPT/3HP given to the youngest.\n"
     "Clinician: Sr. Apio Margaret Lanyero, enrolled nurse",
     [("HOSPITAL", ["St. Mary's Hospital Lacor"]), ("LOCATION", ["Gulu"]), ("ID", ["LAC/TB/2025/0418"]),
      ("DATE", ["03-Nov-2025"]), ("NAME", ["OKELLO", "Denis", "Opiyo"]), ("ID", ["CM87041102PRQK"]),
      ("LOCATION", ["Pece division"]), ("LOCATION", ["Kasubi"]), ("PLATE", ["UFH 418K"]), ("PHONE", ["0772 418 305"]),
      ("NAME", ["Akello", "Grace"]), ("PHONE", ["0784 219 560"]), ("NAME", ["Ojok", "Patrick"]), ("DATE", ["November"]),
      ("DATE", ["03/11"]), ("DATE", ["08/11"]), ("DATE", ["09/11"]), ("DATE", ["10/11"]), ("LOCATION", ["Kitgum"]),
      ("DATE", ["11/11"]), ("NAME", ["Atim"]), ("NAME", ["Apio", "Margaret", "Lanyero"])],
     ["GeneXpert MTB/RIF Ultra", "rifampicin resistance not detected", "Smear 2+", "TLD", "CD4 212 cells/uL",
      "2RHZE/4RH", "Rifafour", "pyridoxine 25 mg", "cotrimoxazole 960 mg", "3HP", "wt 51.5 kg"]),

    # 5 - Hong Kong (Pok Fu Lam; Tin Shui Wai): renal transplant follow-up clinic record (traditional Chinese)
    ("瑪麗醫院　腎科　腎移植跟進門診\n"
     "香港薄扶林道102號　電話：2255 3838　傳真：2855 1143\n"
     "覆診日期：2026年2月24日（農曆新年後首次覆診）　病歷號碼：HN19041827\n"
     "病人：麥嘉豪　男　52歲　香港身份證：K482917(4)\n"
     "地址：新界天水圍天恩邨恩暉樓1203室　職業：葵涌貨櫃碼頭吊機操作員\n"
     "聯絡人：妻子黎美玲（亦為活體捐腎者）　手提電話：9418 2736\n"
     "病史：糖尿病腎病變，2024年3月於本院接受活體腎移植（捐腎者：妻子）。術後曾有一次急性T細胞排斥（Banff IA），已用類固醇衝擊治療。\n"
     "現用藥：他克莫司（Prograf）3 mg bd，霉酚酸酯（CellCept）500 mg bd，潑尼松龍 5 mg om，復方新諾明預防。\n"
     "檢查：肌酸酐 128 µmol/L，eGFR 54，他克莫司谷濃度 6.8 ng/mL，巨細胞病毒（CMV）PCR陰性，BK病毒血症 <500 copies/mL，尿蛋白/肌酸酐比 18 mg/mmol，HbA1c "
     "7.1%。\n"
     "評估：移植腎功能穩定。節日期間飲食放縱，血糖偏高。\n"
     "計劃：維持現劑量；轉介營養師；4月13日再覆診並抽血。提醒勿自行服用中藥。\n"
     "醫生：鄧卓霖（醫委會註冊編號 M18274）　護士：陳安　電郵 renal.tx@qmh-kidney.org.hk",
     [("HOSPITAL", ["瑪麗醫院"]), ("ADDRESS", ["薄扶林道102號"]), ("PHONE", ["2255 3838"]), ("PHONE", ["2855 1143"]),
      ("DATE", ["農曆新年"]), ("MRN", ["HN19041827"]), ("NAME", ["麥嘉豪"]), ("ID", ["K482917(4)"]), ("LOCATION", ["新界"]),
      ("LOCATION", ["天水圍"]), ("ADDRESS", ["天恩邨恩暉樓1203室"]), ("LOCATION", ["葵涌貨櫃碼頭"]), ("NAME", ["黎美玲"]),
      ("PHONE", ["9418 2736"]), ("DATE", ["2024年3月"]), ("DATE", ["4月13日"]), ("NAME", ["鄧卓霖"]), ("LICENCE", ["M18274"]),
      ("NAME", ["陳安"]), ("EMAIL", ["renal.tx@qmh-kidney.org.hk"]), ("DATE", ["2026年2月24日"])],
     ["糖尿病腎病變", "Banff IA", "他克莫司（Prograf）3 mg bd", "霉酚酸酯（CellCept）500 mg bd", "肌酸酐 128 µmol/L", "eGFR 54",
      "巨細胞病毒（CMV）PCR陰性", "BK病毒血症", "尿蛋白/肌酸酐比 18 mg/mmol", "HbA1c 7.1%"]),

    # 6 - Sri Lanka, North Central Province (Anuradhapura; Medawachchiya): dialysis unit transfer letter, CKDu
    ("RENAL UNIT, TEACHING HOSPITAL ANURADHAPURA\n"
     "Tel: 025 222 2261 Ext. 318 | renalunit.tha@health.gov.lk\n"
     "Our ref: THA/RU/HD/0741                                                   19.01.2026\n"
     "\n"
     "The Consultant Nephrologist,\n"
     "Dialysis Unit, District General Hospital Polonnaruwa\n"
     "\n"
     "Dear Sir/Madam,\n"
     "Re: Mr. H.M. Tikiri Banda Herath, 58 yrs, NIC 671824097V, BHT 26/0117\n"
     "Address: No. 14, Yaya 3, Kallanchiya GN division, Medawachchiya\n"
     "This paddy farmer with chronic kidney disease of uncertain aetiology (CKDu), on maintenance haemodialysis here "
     "since March 2023, has moved to live with his son Nuwan at Hingurakgoda, and we request transfer of his "
     "dialysis.\n"
     "Current prescription: HD 2x/week, 4 h, Fresenius 4008S (our machine S/N 4BAS3172), dialyser FX80, Qb 300 "
     "mL/min, heparin 2000 IU bolus. Kt/V 1.3, URR 68%. Dry weight 54.0 kg.\n"
     "Access: L radiocephalic AV fistula (Cimino-Brescia), created 2023, good thrill.\n"
     "Labs (12.01.2026): Hb 8.9 g/dL on erythropoietin (Eprex) 4000 IU twice weekly; K 5.4 mmol/L; phosphate 1.9 "
     "mmol/L; HBsAg negative, anti-HCV negative, HIV negative.\n"
     "He last dialysed here on Saturday; he will attend your unit from Tuesday. He asks to be off on Poson Poya day "
     "for the pilgrimage.\n"
     "Wife: Mrs. R.M. Soma Menike (071 482 9036). Son: 077 305 8172.\n"
     "Yours faithfully,\n"
     "Dr. (Mrs.) Dilrukshi Wickramaratne, Consultant Nephrologist, SLMC Reg. No. 20735",
     [("HOSPITAL", ["TEACHING HOSPITAL ANURADHAPURA"]), ("PHONE", ["025 222 2261", "318"]),
      ("EMAIL", ["renalunit.tha@health.gov.lk"]), ("ID", ["THA/RU/HD/0741"]), ("DATE", ["19.01.2026"]),
      ("HOSPITAL", ["District General Hospital Polonnaruwa"]), ("NAME", ["H.M.", "Tikiri Banda", "Herath"]),
      ("ID", ["671824097V"]), ("MRN", ["26/0117"]), ("ADDRESS", ["No. 14, Yaya 3"]), ("LOCATION", ["Kallanchiya"]),
      ("LOCATION", ["Medawachchiya"]), ("DATE", ["March 2023"]), ("NAME", ["Nuwan"]), ("LOCATION", ["Hingurakgoda"]),
      ("SERIAL", ["4BAS3172"]), ("DATE", ["12.01.2026"]), ("DATE", ["Poson Poya"]),
      ("NAME", ["R.M.", "Soma", "Menike"]), ("PHONE", ["071 482 9036"]), ("PHONE", ["077 305 8172"]),
      ("NAME", ["Dilrukshi", "Wickramaratne"]), ("LICENCE", ["20735"])],
     ["chronic kidney disease of uncertain aetiology (CKDu)", "Fresenius 4008S", "FX80", "Qb 300 mL/min", "Kt/V 1.3",
      "URR 68%", "radiocephalic AV fistula (Cimino-Brescia)", "Hb 8.9 g/dL", "erythropoietin (Eprex) 4000 IU",
      "K 5.4 mmol/L", "HBsAg negative"]),

    # 7 - Ghana, Ashanti Region (Kumasi; Ejisu): paediatric oncology clinic note, Burkitt lymphoma
    ("KOMFO ANOKYE TEACHING HOSPITAL - Directorate of Child Health, Paediatric Oncology Unit\n"
     "P.O. Box 1934, Adum-Kumasi | 0322 022 301\n"
     "Clinic: Thursday 22/01/26 | Folder No. KATH/PO/25/0319 | NHIS No. 08274193\n"
     "Kwabena BOAKYE-ANSAH, 7 yrs, M, Class 2, Bonwire M/A Basic School. Lives with mother at Bonwire near Ejisu; "
     "mother Abena Serwaa (0244 182 937) weaves kente; father Yaw Boakye works in the mines.\n"
     "Dx: Burkitt lymphoma, jaw and abdomen, St Jude/Murphy stage III (biopsy 11/11/25, Ki-67 >95%, MYC rearranged). "
     "EBV serology positive.\n"
     "Cycle 3 day 1 of cyclophosphamide + intrathecal methotrexate/hydrocortisone.\n"
     "Since last visit: jaw mass much smaller. Mum says he played football at Christmas. No fever.\n"
     "O/E: Lansky 80. Wt 19.4 kg (was 17.8). R maxillary swelling 2 cm (was 7 cm). Abdomen soft, no mass.\n"
     "FBC: WBC 3.9, ANC 1.6 x10^9/L, Hb 9.8 g/dL, plt 212. LDH 390 U/L (was 1,840). Uric acid 4.1 mg/dL.\n"
     "Plan: proceed with cycle 3; allopurinol, hydration; LP today. Next cycle 12th Feb. Social welfare officer Mr "
     "Kofi Ntim-Asare to help with transport (trotro fare) - auntie Comfort Owusu will bring him if mum is at the "
     "loom. Photo on the unit's WhatsApp group sent by mum (number above).\n"
     "Dr. Akosua Mensah-Bonsu, Paediatric Oncologist | MDC Reg. MDC/RN/6418",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("ADDRESS", ["P.O. Box 1934"]), ("LOCATION", ["Adum-Kumasi"]),
      ("PHONE", ["0322 022 301"]), ("DATE", ["22/01/26"]), ("MRN", ["KATH/PO/25/0319"]), ("ID", ["08274193"]),
      ("NAME", ["Kwabena", "BOAKYE-ANSAH"]), ("LOCATION", ["Bonwire M/A Basic School"]), ("LOCATION", ["Bonwire"]),
      ("LOCATION", ["Ejisu"]), ("NAME", ["Abena", "Serwaa"]), ("PHONE", ["0244 182 937"]), ("NAME", ["Yaw", "Boakye"]),
      ("DATE", ["11/11/25"]), ("DATE", ["Christmas"]), ("DATE", ["12th Feb"]), ("NAME", ["Kofi", "Ntim-Asare"]),
      ("NAME", ["Comfort", "Owusu"]), ("NAME", ["Akosua", "Mensah-Bonsu"]), ("LICENCE", ["MDC/RN/6418"])],
     ["Burkitt lymphoma", "St Jude/Murphy stage III", "Ki-67 >95%", "MYC rearranged", "EBV serology positive",
      "cyclophosphamide", "intrathecal methotrexate/hydrocortisone", "Lansky 80", "ANC 1.6 x10^9/L", "LDH 390 U/L",
      "allopurinol"]),

    # 8 - Russia, Republic of Karelia (Petrozavodsk; Kondopoga): forensic medical examination record (Russian)
    ("ГБУЗ РК «Бюро судебно-медицинской экспертизы»\n"
     "185002, г. Петрозаводск, ул. Гоголя, д. 12 | тел. +7 (8142) 76-54-32 | sudmed-karelia@mail.ru\n"
     "АКТ СУДЕБНО-МЕДИЦИНСКОГО ОСВИДЕТЕЛЬСТВОВАНИЯ № 1482\n"
     "Начато: 09 марта 2026 г., 10:20. Окончено: 09.03.2026, 11:05.\n"
     "Основание: направление УУП ОМВД России по Кондопожскому району капитана полиции Лукина И.В. от 08.03.2026.\n"
     "Освидетельствуемый: Коротков Артём Сергеевич, дата рождения 14.07.1989, СНИЛС 148-372-905 89.\n"
     "Место жительства: Республика Карелия, г. Кондопога, ул. Пролетарская, д. 17, кв. 42. Работает водителем "
     "лесовоза (а/м Volvo, гос. номер К418ТМ10).\n"
     "Обстоятельства (со слов): в ночь на 8 Марта у кафе ему нанёс удары кулаком в лицо знакомый, некий Виталий по "
     "прозвищу «Шмель» (Telegram @shmel_kdp). Обращался в травмпункт Кондопожской ЦРБ.\n"
     "Объективно: сознание ясное, по шкале Глазго 15 баллов. Кровоподтёк сине-фиолетового цвета в правой "
     "окологлазничной области 5,0 х 4,0 см; ссадина на спинке носа 1,5 х 0,8 см под красно-коричневой корочкой; "
     "крепитация костей носа.\n"
     "Медицинские документы: рентгенограмма костей носа из ЦРБ - перелом костей носа без смещения.\n"
     "Выводы: повреждения могли образоваться от действия тупого твёрдого предмета, возможно 08.03.2026. Перелом "
     "костей носа - лёгкий вред здоровью по признаку кратковременного расстройства здоровья (п. 8.1 Медицинских "
     "критериев, приказ Минздравсоцразвития России № 194н от 24.04.2008).\n"
     "Судебно-медицинский эксперт Смирнова-Ушакова Е.А., стаж 14 лет",
     [("HOSPITAL", ["Бюро судебно-медицинской экспертизы"]), ("POSTCODE", ["185002"]), ("LOCATION", ["Петрозаводск"]),
      ("ADDRESS", ["ул. Гоголя, д. 12"]), ("PHONE", ["+7 (8142) 76-54-32"]), ("EMAIL", ["sudmed-karelia@mail.ru"]),
      ("ID", ["1482"]), ("DATE", ["09 марта 2026"]), ("DATE", ["09.03.2026"]), ("LOCATION", ["Кондопожскому району"]),
      ("NAME", ["Лукина", "И.В."]), ("DATE", ["08.03.2026"]), ("NAME", ["Коротков", "Артём", "Сергеевич"]),
      ("DATE", ["14.07.1989"]), ("ID", ["148-372-905 89"]), ("LOCATION", ["Республика Карелия"]),
      ("LOCATION", ["Кондопога"]), ("ADDRESS", ["ул. Пролетарская, д. 17, кв. 42"]), ("PLATE", ["К418ТМ10"]),
      ("DATE", ["8 Марта"]), ("NAME", ["Виталий"]), ("NAME", ["Шмель"]), ("HOSPITAL", ["Кондопожской ЦРБ"]),
      ("NAME", ["Смирнова-Ушакова", "Е.А."]), ("HANDLE", ["shmel_kdp"])],
     ["шкале Глазго 15 баллов", "5,0 х 4,0 см", "1,5 х 0,8 см", "перелом костей носа без смещения",
      "тупого твёрдого предмета", "лёгкий вред здоровью", "кратковременного расстройства здоровья",
      "п. 8.1 Медицинских критериев", "№ 194н от 24.04.2008", "рентгенограмма костей носа"]),

    # 9 - Australia, Tasmania (Hobart; D'Entrecasteaux Channel): occupational diving medical, abalone diver
    ("SOUTHERN CROSS DIVE MEDICINE - Level 2, 87 Collins Street, Hobart TAS 7000 | ph (03) 6231 4170\n"
     "AS/NZS 2299.1:2015 OCCUPATIONAL DIVER MEDICAL - periodic (annual)\n"
     "Date of exam: Wed 11 Feb 2026 | Our ref SCD-26-0093\n"
     "Diver: Lachlan Hasselhoff-Brown | DOB 29.04.1983 | Medicare 4287 19362 2 (ref 1)\n"
     "Address: 14 Channel Hwy, Snug TAS 7054 | mob 0418 627 930 | lachlan.hb@bigpond.com\n"
     "Employer: Dover Blacklip Abalone Pty Ltd, Dover - works off the FV Jenny Wren (skipper Mick Stone) around the "
     "Far South; hookah diving, up to 25 msw.\n"
     "Hx: one episode of skin bends (cutis marmorata) in 2024, treated with recompression on RN Table 6 at the Royal "
     "Hobart Hospital hyperbaric unit. No neuro sequelae. No asthma. Non-smoker.\n"
     "Exam: BMI 28.1. Ears - TMs mobile, Valsalva both sides, tympanogram type A bilat. Weber central, Rinne "
     "positive. Sharpened Romberg 60 s eyes closed. Spirometry FEV1 4.42 L, FEV1/FVC 0.79.\n"
     "Bubble contrast TTE (2025): no patent foramen ovale.\n"
     "Audiogram: mild 4 kHz notch L ear (noise - outboard).\n"
     "Outcome: FIT for occupational diving (restricted to 30 msw); review in 12 months or after any DCS.\n"
     "Dr Harriet Tasker, MBBS, DipDHM | AHPRA MED0001827364",
     [("HOSPITAL", ["SOUTHERN CROSS DIVE MEDICINE"]), ("ADDRESS", ["87 Collins Street"]), ("LOCATION", ["Hobart"]),
      ("POSTCODE", ["7000"]), ("PHONE", ["(03) 6231 4170"]), ("DATE", ["11 Feb 2026"]), ("ID", ["SCD-26-0093"]),
      ("NAME", ["Lachlan", "Hasselhoff-Brown"]), ("DATE", ["29.04.1983"]), ("ID", ["4287 19362 2"]),
      ("ADDRESS", ["14 Channel Hwy"]), ("LOCATION", ["Snug"]), ("POSTCODE", ["7054"]), ("PHONE", ["0418 627 930"]),
      ("EMAIL", ["lachlan.hb@bigpond.com"]), ("LOCATION", ["Dover Blacklip Abalone Pty Ltd"]), ("LOCATION", ["Dover"]),
      ("LOCATION", ["FV Jenny Wren"]), ("NAME", ["Mick", "Stone"]), ("HOSPITAL", ["Royal Hobart Hospital"]),
      ("NAME", ["Harriet", "Tasker"]), ("LICENCE", ["MED0001827364"])],
     ["AS/NZS 2299.1:2015", "cutis marmorata", "RN Table 6", "Valsalva", "tympanogram type A", "Weber central",
      "Rinne positive", "Sharpened Romberg", "FEV1/FVC 0.79", "patent foramen ovale", "DCS"]),

    # 10 - Singapore (Novena; Toa Payoh): upper GI endoscopy report, bleeding duodenal ulcer
    ("TAN TOCK SENG HOSPITAL - Endoscopy Centre, Level 1, 11 Jalan Tan Tock Seng, Singapore 308433\n"
     "OESOPHAGOGASTRODUODENOSCOPY REPORT\n"
     "Procedure date: 12-Jan-2026 02:15 (after hours) | Case No. EC26-000417 | Room 3\n"
     "Patient: NG SIEW LING | NRIC S7418263A | F | 51 yrs | Ward 6B bed 12\n"
     "Address: Blk 204 Toa Payoh North #08-117, S(310204) | HP 9418 2063 | NOK: daughter Cheryl Tan Hui Min, HP 8127 "
     "4409\n"
     "Referred by: Dr Muhammad Faizal bin Rahmat (ED) via Toa Payoh Polyclinic\n"
     "Indication: melaena x 2 days, Hb 7.2 g/dL, on naproxen for knee OA; Glasgow-Blatchford score 12.\n"
     "Scope: Olympus GIF-HQ190, S/N 2718304 | Sedation: midazolam 2 mg, fentanyl 50 mcg | Propofol nil.\n"
     "Findings: Oesophagus - Los Angeles grade A oesophagitis, no Barrett's. Stomach - erythematous antrum, CLO test "
     "taken. Duodenum - 12 mm ulcer posterior D1 wall with a spurting vessel (Forrest Ia).\n"
     "Therapy: adrenaline 1:10,000 injection 8 mL, then 2 x Resolution 360 clips (lot 27194836) - haemostasis "
     "achieved.\n"
     "Post: pantoprazole 80 mg IV bolus then 8 mg/h infusion 72 h; Rockall (full) 5. CLO test positive at 1 h - "
     "Helicobacter pylori eradication after discharge. Stop naproxen.\n"
     "Images uploaded to PACS: https://pacs.ttsh.example.sg/study/EC26-000417\n"
     "Endoscopist: Dr Harpreet Singh Gill, Senior Consultant, Gastroenterology | SMC M14827J\n"
     "Assist: SN Nurul Ain binte Ismail",
     [("HOSPITAL", ["TAN TOCK SENG HOSPITAL"]), ("ADDRESS", ["11 Jalan Tan Tock Seng"]), ("POSTCODE", ["308433"]),
      ("DATE", ["12-Jan-2026"]), ("ID", ["EC26-000417"]), ("NAME", ["NG", "SIEW LING"]), ("ID", ["S7418263A"]),
      ("ADDRESS", ["Blk 204 Toa Payoh North #08-117"]), ("POSTCODE", ["310204"]), ("PHONE", ["9418 2063"]),
      ("NAME", ["Cheryl", "Tan Hui Min"]), ("PHONE", ["8127 4409"]), ("NAME", ["Muhammad Faizal", "Rahmat"]),
      ("HOSPITAL", ["Toa Payoh Polyclinic"]), ("SERIAL", ["2718304"]), ("SERIAL", ["27194836"]),
      ("URL", ["https://pacs.ttsh.example.sg/study/EC26-000417"]), ("NAME", ["Harpreet Singh", "Gill"]),
      ("LICENCE", ["M14827J"]), ("NAME", ["Nurul Ain", "Ismail"])],
     ["melaena x 2 days", "Hb 7.2 g/dL", "Glasgow-Blatchford score 12", "Olympus GIF-HQ190", "Los Angeles grade A",
      "Barrett's", "Forrest Ia", "adrenaline 1:10,000", "Resolution 360 clips", "Rockall (full) 5",
      "Helicobacter pylori"]),

    # 11 - Canada, Newfoundland and Labrador (Happy Valley-Goose Bay; Hopedale): neonatal transport record
    ("NL PROVINCIAL NEONATAL TRANSPORT TEAM - Transport Record\n"
     "Referring: Labrador Health Centre, Happy Valley-Goose Bay (Level 1 nursery) | ph 709-897-2000\n"
     "Receiving: Janeway Children's Health and Rehabilitation Centre NICU, 300 Prince Philip Dr, St. John's NL A1B "
     "3V6\n"
     "Call received 04 Dec 2025 @ 21:48, call no. NTT-25-1207 | Team: RN Dawn Penney, RRT on call, neonatology "
     "fellow\n"
     "Infant: Baby boy SEMIGAK | born 04/12/2025 19:32 by SVD | GA 36+4 weeks | BW 2,610 g\n"
     "Mother: Naomi Semigak, 22, G2P1, from Hopedale (in for induction since 28/11). MCP 507 116 842 093. Father "
     "Jimmy Tuglavina on his way by snowmobile to the airstrip; phone via the Hopedale clinic nurse, 709-933-3857.\n"
     "Apgar 4/7/8. Grunting and recession from 15 min; Silverman-Andersen score 6; FiO2 0.45 on CPAP 6 cmH2O.\n"
     "CXR: ground-glass, air bronchograms - RDS vs TTN. Gas: pH 7.24 / pCO2 62.\n"
     "Stabilisation: intubated (3.5 ETT at 9 cm), Curosurf 200 mg/kg via ETT 23:05; UVC; D10W 60 mL/kg/day; "
     "ampicillin + gentamicin after blood culture.\n"
     "Transport: Airborne Voyager incubator S/N TI-048217; fixed-wing C-GNLT departed 00:40, road ambulance from the "
     "airport.\n"
     "Handover at 03:55 to Dr. Aoife Brennan-Sheppard. Mother to follow on Monday's flight.\n"
     "Parents consented by phone; interpreter (Inuttitut) Lizzie Flowers.",
     [("HOSPITAL", ["Labrador Health Centre"]), ("LOCATION", ["Happy Valley-Goose Bay"]), ("PHONE", ["709-897-2000"]),
      ("HOSPITAL", ["Janeway Children's Health and Rehabilitation Centre"]), ("ADDRESS", ["300 Prince Philip Dr"]),
      ("LOCATION", ["St. John's"]), ("POSTCODE", ["A1B 3V6"]), ("DATE", ["04 Dec 2025"]), ("ID", ["NTT-25-1207"]),
      ("NAME", ["Dawn", "Penney"]), ("NAME", ["SEMIGAK"]), ("DATE", ["04/12/2025"]), ("NAME", ["Naomi", "Semigak"]),
      ("LOCATION", ["Hopedale"]), ("DATE", ["28/11"]), ("ID", ["507 116 842 093"]), ("NAME", ["Jimmy", "Tuglavina"]),
      ("PHONE", ["709-933-3857"]), ("SERIAL", ["TI-048217"]), ("PLATE", ["C-GNLT"]),
      ("NAME", ["Aoife", "Brennan-Sheppard"]), ("NAME", ["Lizzie", "Flowers"])],
     ["GA 36+4 weeks", "Apgar 4/7/8", "Silverman-Andersen score 6", "FiO2 0.45", "CPAP 6 cmH2O", "pH 7.24 / pCO2 62",
      "RDS vs TTN", "Curosurf 200 mg/kg", "D10W 60 mL/kg/day", "ampicillin + gentamicin", "Airborne Voyager"]),

    # 12 - Cyprus, Limassol (Pachna; Paphos): fertility clinic first consultation (Greek)
    ("ΚΕΝΤΡΟ ΓΟΝΙΜΟΤΗΤΑΣ «ΑΜΑΛΘΕΙΑ» - Αγίας Φυλάξεως 118, 3083 Λεμεσός | τηλ. 25 874 310 | info@amaltheia-ivf.com.cy "
     "| www.amaltheia-ivf.com.cy\n"
     "ΠΡΩΤΗ ΕΠΙΣΚΕΨΗ ΖΕΥΓΟΥΣ - Παρασκευή, 9 Ιανουαρίου 2026 | Φάκελος ΑΜ-2026-0031\n"
     "Ασθενής: Χριστίνα Ευαγγέλου-Χατζηπαύλου, 32 ετών, Αρ. Ταυτ. 918274\n"
     "Σύζυγος: Κυριάκος Χατζηπαύλου, 35 ετών, αμπελουργός, οινοποιείο «Κτήμα Βουνί» στην Πάχνα\n"
     "Διεύθυνση: Οδός Αρχιεπισκόπου Κυπριανού 6, 4870 Πάχνα | κιν. 99 418 263\n"
     "Παραπομπή: Δρ Στέλλα Ιωαννίδου, γυναικολόγος.\n"
     "Ιστορικό: υπογονιμότητα 3 ετών. Κύκλοι ακανόνιστοι από τον Σεπτέμβριο. Λαπαροσκόπηση 2022: ενδομητρίωση σταδίου "
     "ΙΙΙ (ASRM), κύστη δεξιάς ωοθήκης.\n"
     "Εξετάσεις: AMH 0,9 ng/ml, FSH 11,2 IU/L την 3η ημέρα, AFC 6. Υστεροσαλπιγγογραφία: βατές σάλπιγγες. "
     "Σπερμοδιάγραμμα κατά ΠΟΥ 2021: συγκέντρωση 11 εκ./ml, κινητικότητα 28%, φυσιολογική μορφολογία 3% - "
     "ολιγοασθενοζωοσπερμία.\n"
     "Εκτίμηση: μειωμένο ωοθηκικό απόθεμα (όχι ακόμη κατά τα κριτήρια Bologna) + ανδρικός παράγοντας.\n"
     "Πρόταση: ICSI με πρωτόκολλο ανταγωνιστή - Gonal-f 300 IU, Cetrotide από την 6η ημέρα, Ovitrelle. Στόχος "
     "βλαστοκύστες βαθμού Gardner 4AA/4AB. Έναρξη με την περίοδο μετά την Καθαρά Δευτέρα.\n"
     "Δρ Νεόφυτος Κωνσταντίνου-Σάββα, Μαιευτήρας-Γυναικολόγος, ΠΙΣ 4127",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΓΟΝΙΜΟΤΗΤΑΣ «ΑΜΑΛΘΕΙΑ»"]), ("ADDRESS", ["Αγίας Φυλάξεως 118"]), ("POSTCODE", ["3083"]),
      ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 874 310"]), ("EMAIL", ["info@amaltheia-ivf.com.cy"]),
      ("URL", ["www.amaltheia-ivf.com.cy"]), ("DATE", ["9 Ιανουαρίου 2026"]), ("ID", ["ΑΜ-2026-0031"]),
      ("NAME", ["Χριστίνα", "Ευαγγέλου-Χατζηπαύλου"]), ("ID", ["918274"]), ("NAME", ["Κυριάκος", "Χατζηπαύλου"]),
      ("LOCATION", ["Κτήμα Βουνί"]), ("LOCATION", ["Πάχνα"]), ("ADDRESS", ["Αρχιεπισκόπου Κυπριανού 6"]),
      ("POSTCODE", ["4870"]), ("PHONE", ["99 418 263"]), ("NAME", ["Στέλλα", "Ιωαννίδου"]), ("DATE", ["Σεπτέμβριο"]),
      ("DATE", ["Καθαρά Δευτέρα"]), ("NAME", ["Νεόφυτος", "Κωνσταντίνου-Σάββα"]), ("LICENCE", ["4127"])],
     ["ενδομητρίωση σταδίου ΙΙΙ (ASRM)", "AMH 0,9 ng/ml", "FSH 11,2 IU/L", "AFC 6", "ΠΟΥ 2021", "ολιγοασθενοζωοσπερμία",
      "κριτήρια Bologna", "Gonal-f 300 IU", "Cetrotide", "Ovitrelle", "Gardner 4AA/4AB"]),

    # 13 - Malawi, Southern Region (Zomba; Mwambo): leprosy clinic review, type 2 reaction (ENL)
    ("ZOMBA CENTRAL HOSPITAL - Skin & Leprosy Clinic (supported by LEPRA)\n"
     "Patient register no. ZCH/LEP/0417 | Review date: 16-01-2026 (day after Chilembwe Day - clinic was closed)\n"
     "Name: Chifundo MWALE, M, 29 | Village: Mpyupyu, T/A Mwambo | Nearest HC: Thondwe Health Centre\n"
     "Phone: 0888 417 293 (own), 0999 204 815 (wife Memory) | Works: tobacco tenant at Chikowa Estate\n"
     "Dx (Aug 2025): multibacillary leprosy, borderline lepromatous. Skin smear BI 3+, MI 1%. Mycobacterium leprae.\n"
     "On MB-MDT (rifampicin, clofazimine, dapsone) - blister pack 6 of 12 collected; Lamprene skin darkening noted, "
     "he accepts it.\n"
     "Today: painful red nodules on arms and thighs x 5 days, fever 38.6, R ulnar nerve thickened and tender, new "
     "weakness of R little finger abduction (VMT 3/5). Claw hand not yet.\n"
     "Imp: erythema nodosum leprosum (type 2 reaction) with neuritis. WHO disability grade 1 R hand.\n"
     "Plan: prednisolone 40 mg od tapering over 12 weeks (MoH protocol), continue MDT, aspirin; splint R hand at "
     "night; self-care group at Thondwe on Tuesdays. HIV test negative today.\n"
     "Household contacts (wife, son Innocent 6, daughter Precious 3) - SDR-PEP given (rifampicin single dose).\n"
     "Transport refund: MK 6,000. Vehicle for home visit: MG 418 AB.\n"
     "Seen by: Mphatso Kalua, Clinical Officer (MCM reg. CO/2274) | discussed with Dr Thokozani Nyirenda-Banda",
     [("HOSPITAL", ["ZOMBA CENTRAL HOSPITAL"]), ("MRN", ["ZCH/LEP/0417"]), ("DATE", ["16-01-2026"]),
      ("DATE", ["Chilembwe Day"]), ("NAME", ["Chifundo", "MWALE"]), ("LOCATION", ["Mpyupyu"]),
      ("LOCATION", ["T/A Mwambo"]), ("HOSPITAL", ["Thondwe Health Centre"]), ("PHONE", ["0888 417 293"]),
      ("PHONE", ["0999 204 815"]), ("NAME", ["Memory"]), ("LOCATION", ["Chikowa Estate"]), ("DATE", ["Aug 2025"]),
      ("LOCATION", ["Thondwe"]), ("NAME", ["Innocent"]), ("NAME", ["Precious"]), ("PLATE", ["MG 418 AB"]),
      ("NAME", ["Mphatso", "Kalua"]), ("LICENCE", ["CO/2274"]), ("NAME", ["Thokozani", "Nyirenda-Banda"])],
     ["multibacillary leprosy", "BI 3+", "Mycobacterium leprae", "MB-MDT (rifampicin, clofazimine, dapsone)",
      "Lamprene", "erythema nodosum leprosum (type 2 reaction)", "VMT 3/5", "WHO disability grade 1",
      "prednisolone 40 mg", "SDR-PEP", "Claw hand"]),

    # 14 - USA, Louisiana (Lafourche Parish): life insurance paramedical examination report
    ("PELICAN STATE MUTUAL LIFE - PARAMEDICAL EXAMINATION (PART B)\n"
     "Application #: PSM-LA-0074182 | Face amount $250,000 | Exam date 02/18/2026 (day after Mardi Gras), 07:10 "
     "fasting\n"
     "Proposed insured: THIBODEAUX, Remy Joseph | DOB 11-30-1979 | SSN xxx-xx-6059 | LA DL 009274183\n"
     "Address: 4418 LA-1, Cut Off, LA 70345 | cell 985-632-4170 | remyt@bayoushrimp.net\n"
     "Occupation: shrimp trawler captain, owner of the F/V Miss Angelle (USCG doc. no. 1187406), docked at Golden "
     "Meadow. Beneficiary: wife Angelle Thibodeaux.\n"
     "Exam done at the applicant's kitchen table.\n"
     "History per applicant: hypertension x 3 yrs on lisinopril 10 mg; Lipitor 20 mg for cholesterol. Appendectomy "
     "1996. No tobacco (dip quit 2018). Alcohol: 'a few beers at the camp.'\n"
     "Physician: Dr. Celeste Guidry, Lady of the Sea General Hospital clinic.\n"
     "Measurements: Ht 5'10\", Wt 214 lb, BMI 30.7. BP 142/88, 138/86, 136/84 (3 readings, 2 min apart), pulse 72.\n"
     "Specimens: blood (SST x2, lavender x1), urine, oral fluid. Kit barcode 7741 8263 0094.\n"
     "Results (lab): HbA1c 5.9%, total cholesterol/HDL ratio 4.8, NT-proBNP 44 pg/mL, cotinine negative, urine "
     "protein:creatinine ratio 0.12, GGT 71 U/L.\n"
     "Examiner: Jolene Broussard, NRP, LA EMS lic. P-41827",
     [("ID", ["PSM-LA-0074182"]), ("DATE", ["Mardi Gras"]), ("NAME", ["THIBODEAUX", "Remy Joseph"]),
      ("DATE", ["11-30-1979"]), ("ID", ["6059"]), ("LICENCE", ["009274183"]), ("ADDRESS", ["4418 LA-1"]),
      ("LOCATION", ["Cut Off"]), ("POSTCODE", ["70345"]), ("PHONE", ["985-632-4170"]),
      ("EMAIL", ["remyt@bayoushrimp.net"]), ("LOCATION", ["F/V Miss Angelle"]), ("ID", ["1187406"]),
      ("LOCATION", ["Golden Meadow"]), ("NAME", ["Angelle", "Thibodeaux"]), ("NAME", ["Celeste", "Guidry"]),
      ("HOSPITAL", ["Lady of the Sea General Hospital"]), ("SERIAL", ["7741 8263 0094"]),
      ("NAME", ["Jolene", "Broussard"]), ("LICENCE", ["P-41827"]), ("DATE", ["02/18/2026"]),
      ("LOCATION", ["PELICAN STATE MUTUAL LIFE"])],
     ["Lipitor 20 mg", "lisinopril 10 mg", "BMI 30.7", "BP 142/88", "SST x2", "HbA1c 5.9%",
      "total cholesterol/HDL ratio 4.8", "NT-proBNP 44 pg/mL", "cotinine negative",
      "urine protein:creatinine ratio 0.12", "GGT 71 U/L"]),

    # 15 - Argentina, Mendoza (Godoy Cruz; Luján de Cuyo): stroke code and thrombolysis pathway record (Spanish)
    ("HOSPITAL LUIS CARLOS LAGOMAGGIORE - Unidad de ACV\n"
     "Timoteo Gordillo s/n, 5500 Mendoza | Tel. (0261) 520-2600 int. 2315\n"
     "CÓDIGO ACV - HOJA DE RUTA DE TROMBÓLISIS | Fecha: 24/12/2025 (Nochebuena) | HC N.º 784.102\n"
     "Paciente: QUIROGA de FUNES, Norma Beatriz | 59 años | DNI 17.904.553 | CUIL 23-17904553-2\n"
     "Domicilio: Barrio Trapiche, Mza. C Casa 14, Godoy Cruz | Cel. +54 9 261 418-2093\n"
     "Testigo del inicio: hija Soledad Funes, que la vio sana por última vez a las 09:40 mientras armaban el pesebre; "
     "esposo Osvaldo Funes llegó desde la bodega donde trabaja en Luján de Cuyo.\n"
     "Traslado: SEC móvil 12 (dominio AB 418 KD), preaviso a las 10:02.\n"
     "TIEMPOS: llegada 10:21 | TC 10:29 | puerta-aguja 38 min.\n"
     "Examen: afasia global, hemiplejía derecha, desviación oculocefálica izquierda. NIHSS 14. Glucemia 132 mg/dl. TA "
     "168/94. ECG: fibrilación auricular no conocida.\n"
     "TC sin contraste: ASPECTS 9; angio-TC: oclusión M1 izquierda.\n"
     "Conducta: alteplasa (Actilyse) 0,9 mg/kg (10% bolo, resto en 60 min), INR 1,0, plaquetas 231.000/mm3. Derivada "
     "a trombectomía mecánica - recanalización TICI 2b. NIHSS a las 24 h: 6.\n"
     "Etiología TOAST: cardioembólica. CHA2DS2-VASc 4. Rankin modificado previo 0.\n"
     "Firma: Dra. Valeria Sosa-Lucero, neuróloga de guardia, M.P. 8274",
     [("HOSPITAL", ["HOSPITAL LUIS CARLOS LAGOMAGGIORE"]), ("ADDRESS", ["Timoteo Gordillo s/n"]),
      ("POSTCODE", ["5500"]), ("LOCATION", ["Mendoza"]), ("PHONE", ["(0261) 520-2600", "2315"]),
      ("DATE", ["24/12/2025"]), ("DATE", ["Nochebuena"]), ("MRN", ["784.102"]),
      ("NAME", ["QUIROGA de FUNES", "Norma Beatriz"]), ("ID", ["17.904.553"]), ("ID", ["23-17904553-2"]),
      ("LOCATION", ["Barrio Trapiche"]), ("ADDRESS", ["Mza. C Casa 14"]), ("LOCATION", ["Godoy Cruz"]),
      ("PHONE", ["+54 9 261 418-2093"]), ("NAME", ["Soledad", "Funes"]), ("NAME", ["Osvaldo", "Funes"]),
      ("LOCATION", ["Luján de Cuyo"]), ("PLATE", ["AB 418 KD"]), ("NAME", ["Valeria", "Sosa-Lucero"]),
      ("LICENCE", ["8274"])],
     ["NIHSS 14", "Glucemia 132 mg/dl", "fibrilación auricular", "ASPECTS 9", "oclusión M1 izquierda",
      "alteplasa (Actilyse) 0,9 mg/kg", "INR 1,0", "TICI 2b", "TOAST", "CHA2DS2-VASc 4", "Rankin modificado previo 0"]),

    # 16 - Trinidad and Tobago (San Fernando; Penal): medico-legal report to a magistrates' court, assault
    ("SOUTH-WEST REGIONAL HEALTH AUTHORITY - SAN FERNANDO GENERAL HOSPITAL\n"
     "Independence Avenue, San Fernando | Tel: 1-868-652-3581 ext. 2207\n"
     "MEDICAL REPORT (for the Magistrates' Court - Complaint No. 1471/2025)\n"
     "Requested by: Cpl. Rampersad-Boodoo, Penal Police Station, letter dated 14th March 2026\n"
     "Re: Ms. KEISHA-ANN RAMDIAL, 27 years, of LP 47 Clarke Road, Penal; hospital reg. no. SFGH 26-031882; national "
     "ID 19980314027\n"
     "She attended the Accident & Emergency Department on Carnival Monday, 16/02/2026 at 02:40, accompanied by PC "
     "Joel Mohammed. She stated she was struck with a piece of wood by a man known to her as 'Scully' outside a bar "
     "at Debe junction.\n"
     "Findings: alert, GCS 15/15. A 4 cm full-thickness laceration of the left parietal scalp. Swelling and "
     "tenderness of the left wrist with dinner-fork deformity. Left subconjunctival haemorrhage. No Battle's sign; no "
     "CSF rhinorrhoea.\n"
     "Investigations: X-ray L wrist - displaced extra-articular distal radius fracture (Colles' fracture). CT head "
     "(Canadian CT Head Rule applied) - no intracranial injury.\n"
     "Treatment: scalp wound sutured (4/0 nylon), tetanus toxoid given, closed reduction under haematoma block and "
     "plaster; ORIF two days later by the orthopaedic team. Fit for light duty after six weeks.\n"
     "Opinion: the injuries are consistent with blunt trauma as described and amount to wounding.\n"
     "Dr. Anand Maharaj-Singh, MBBS (UWI), Emergency Physician | MBTT Reg. 3827 | 21/03/2026",
     [("HOSPITAL", ["SAN FERNANDO GENERAL HOSPITAL"]), ("ADDRESS", ["Independence Avenue"]),
      ("LOCATION", ["San Fernando"]), ("PHONE", ["1-868-652-3581", "2207"]), ("ID", ["1471/2025"]),
      ("NAME", ["Rampersad-Boodoo"]), ("LOCATION", ["Penal Police Station"]), ("DATE", ["14th March 2026"]),
      ("NAME", ["KEISHA-ANN", "RAMDIAL"]), ("ADDRESS", ["LP 47 Clarke Road"]), ("LOCATION", ["Penal"]),
      ("MRN", ["SFGH 26-031882"]), ("ID", ["19980314027"]), ("DATE", ["Carnival Monday"]), ("DATE", ["16/02/2026"]),
      ("NAME", ["Joel", "Mohammed"]), ("NAME", ["Scully"]), ("LOCATION", ["Debe"]),
      ("NAME", ["Anand", "Maharaj-Singh"]), ("LICENCE", ["3827"]), ("DATE", ["21/03/2026"])],
     ["GCS 15/15", "4 cm full-thickness laceration", "dinner-fork deformity", "subconjunctival haemorrhage",
      "Battle's sign", "Colles' fracture", "Canadian CT Head Rule", "4/0 nylon", "tetanus toxoid", "haematoma block",
      "ORIF"]),

    # 17 - China, Yunnan (Kunming; Dali Prefecture, Binchuan): MRI request and report, neurocysticercosis (simplified)
    ("昆明医科大学第一附属医院　医学影像科\n"
     "云南省昆明市西昌路295号　预约电话：0871-6532 4888\n"
     "【检查申请单】申请科室：神经内科　申请医生：普建新　申请时间：2026-03-05 09:12\n"
     "姓名：杨春花　性别：女　年龄：42岁　民族：白族　住院号：ZY2603050417\n"
     "身份证号：532924198306172529　联系电话：138 8725 4019（丈夫 段永福，微信号 dyf_binchuan83）\n"
     "住址：大理白族自治州宾川县平川镇朝阳村二组\n"
     "病史摘要：反复癫痫发作2月，元宵节后加重，喜食生猪肉（“生皮”）。血清囊虫抗体阳性。\n"
     "检查项目：头颅MRI平扫+增强（Gd-DTPA）\n"
     "【报告】检查号：MR20260305-0388　检查时间：2026年3月5日 14:40\n"
     "影像所见：双侧大脑半球皮髓交界区见多发小囊状长T1长T2信号，T2WI高信号，直径约3-8 mm，部分囊内见点状偏心结节（头节），增强后囊壁环形强化，周围轻度水肿。脑室系统未见扩大。\n"
     "诊断意见：符合脑囊虫病（猪囊尾蚴，活动期），请结合Del Brutto诊断标准。\n"
     "报告医师：段丽　审核医师：和志刚　报告时间：3月5日 17:05\n"
     "建议：阿苯达唑联合吡喹酮治疗前需眼底检查排除眼囊虫；家属已告知。",
     [("HOSPITAL", ["昆明医科大学第一附属医院"]), ("LOCATION", ["昆明市"]), ("ADDRESS", ["西昌路295号"]), ("PHONE", ["0871-6532 4888"]),
      ("NAME", ["普建新"]), ("DATE", ["2026-03-05"]), ("NAME", ["杨春花"]), ("MRN", ["ZY2603050417"]),
      ("ID", ["532924198306172529"]), ("PHONE", ["138 8725 4019"]), ("NAME", ["段永福"]), ("LOCATION", ["大理白族自治州"]),
      ("LOCATION", ["宾川县"]), ("LOCATION", ["平川镇"]), ("LOCATION", ["朝阳村"]), ("ADDRESS", ["二组"]),
      ("ID", ["MR20260305-0388"]), ("DATE", ["2026年3月5日"]), ("NAME", ["段丽"]), ("NAME", ["和志刚"]), ("DATE", ["3月5日"]),
      ("HANDLE", ["dyf_binchuan83"]), ("DATE", ["元宵节"])],
     ["反复癫痫发作2月", "血清囊虫抗体阳性", "Gd-DTPA", "长T1长T2信号", "T2WI高信号", "头节", "环形强化", "脑囊虫病", "猪囊尾蚴", "Del Brutto诊断标准",
      "阿苯达唑联合吡喹酮"]),

    # 18 - Pakistan, Punjab (Lahore; Kasur, Raiwind): surgical pathology report, gallbladder carcinoma
    ("SHAUKAT KHANUM MEMORIAL CANCER HOSPITAL & RESEARCH CENTRE - Department of Pathology\n"
     "7-A Block R-3, M.A. Johar Town, Lahore | UAN 042-111-155-555 | reports online: "
     "https://pathology.skm.example.pk/r/S-26-04183\n"
     "SURGICAL PATHOLOGY REPORT\n"
     "Accession No.: S-26-04183 | Reported: 14-02-2026\n"
     "Patient: Mst. NASEEM AKHTAR w/o Ghulam Rafiq | 56 Y / F | MR# 0874-1926 | CNIC 35202-4182736-2\n"
     "Address: House 31, Gali Masjid Wali, Raiwind, Distt. Kasur\n"
     "Referring: Dr. Sadia Iftikhar, Services Hospital Lahore (Surgical Unit II) | Ph 0300-4172938\n"
     "Specimen: radical cholecystectomy with segment IVb/V liver wedge and cystic duct LN.\n"
     "Clinical: gallstones for years, thickened GB wall on CT; CA 19-9 212 U/mL.\n"
     "Gross: gallbladder 9 x 4 cm, fundal firm grey-white growth 2.8 cm; multiple mixed stones.\n"
     "Microscopy: moderately differentiated adenocarcinoma infiltrating perimuscular connective tissue on the hepatic "
     "side, not into liver. Perineural invasion present. Background chronic cholecystitis with Rokitansky-Aschoff "
     "sinuses. IHC: CK7 positive, CK20 negative.\n"
     "Margins: cystic duct and liver margins free (R0). Lymph nodes 0/3.\n"
     "Staging: pT2b pN0 (AJCC Cancer Staging Manual, 8th edition, 2017).\n"
     "Pathologist: Dr. Faisal Qureshi, FCPS | PMDC 28417-P | e-signed\n"
     "Copy: patient's son Imran Rafiq (WhatsApp 0321-8274190)",
     [("HOSPITAL", ["SHAUKAT KHANUM MEMORIAL CANCER HOSPITAL & RESEARCH CENTRE"]),
      ("ADDRESS", ["7-A Block R-3, M.A. Johar Town"]), ("LOCATION", ["Lahore"]), ("PHONE", ["042-111-155-555"]),
      ("URL", ["https://pathology.skm.example.pk/r/S-26-04183"]), ("ID", ["S-26-04183"]), ("DATE", ["14-02-2026"]),
      ("NAME", ["NASEEM", "AKHTAR"]), ("NAME", ["Ghulam", "Rafiq"]), ("MRN", ["0874-1926"]),
      ("ID", ["35202-4182736-2"]), ("ADDRESS", ["House 31, Gali Masjid Wali"]), ("LOCATION", ["Raiwind"]),
      ("LOCATION", ["Kasur"]), ("NAME", ["Sadia", "Iftikhar"]), ("HOSPITAL", ["Services Hospital Lahore"]),
      ("PHONE", ["0300-4172938"]), ("NAME", ["Faisal", "Qureshi"]), ("LICENCE", ["28417-P"]),
      ("NAME", ["Imran", "Rafiq"]), ("PHONE", ["0321-8274190"])],
     ["radical cholecystectomy", "CA 19-9 212 U/mL", "moderately differentiated adenocarcinoma", "Perineural invasion",
      "Rokitansky-Aschoff sinuses", "CK7 positive, CK20 negative", "R0", "Lymph nodes 0/3", "pT2b pN0",
      "AJCC Cancer Staging Manual, 8th edition, 2017"]),

    # 19 - Isle of Man (Douglas; Laxey): stroke rehabilitation unit multidisciplinary team meeting record
    ("MANX CARE - Stroke Rehabilitation Unit, Noble's Hospital, Douglas IM4 4RJ\n"
     "MDT GOAL-SETTING MEETING - Tue 10/06/2025 | Chair: Dr Fenella Kermode-Skillicorn (Consultant Geriatrician)\n"
     "Patient: Mrs Hope QUAYLE-CORLETT | 78 F | NHS 485 731 9020 | Hosp no. N0592716\n"
     "Home: 'Cronk y Voddy', Glen Road, Laxey IM4 7AQ (bungalow, 2 steps to front door). Lives with husband Juan "
     "Corlett (tel 01624 861 472), who has Parkinson's.\n"
     "Stroke: L PACS 18/05/2025, thrombolysed; AF new, now on apixaban (Eliquis).\n"
     "| Discipline | Status | Goal (2/52) |\n"
     "| PT | Berg Balance Scale 28/56; transfers with 1; walks 10 m with Zimmer frame + 1 | walk 20 m with rollator + "
     "supervision |\n"
     "| OT (Will Kinvig) | Barthel 45/100; kitchen assessment booked | make a hot drink safely |\n"
     "| SLT | mild expressive dysphasia; IDDSI 7 regular diet | use a communication book |\n"
     "| Nursing | continent by day; Waterlow 14; Modified Ashworth 1+ R elbow | self-medicating with a dosette |\n"
     "MoCA 24/30. Mood: Hospital Anxiety and Depression Scale - depression 9.\n"
     "Will review Bobath-based approach vs task-specific training at next MDT. Discharge aim before Tynwald Day so "
     "she can watch the ceremony with her grandson.\n"
     "Home visit planned next week with OT; son Mark (mob 07624 418 209) to drive, car PMN 417 F.\n"
     "Minutes: ward clerk, minutes.sru@manx.example.im",
     [("HOSPITAL", ["MANX CARE"]), ("HOSPITAL", ["Noble's Hospital"]), ("LOCATION", ["Douglas"]),
      ("POSTCODE", ["IM4 4RJ"]), ("DATE", ["10/06/2025"]), ("NAME", ["Fenella", "Kermode-Skillicorn"]),
      ("NAME", ["Hope", "QUAYLE-CORLETT"]), ("ID", ["485 731 9020"]), ("MRN", ["N0592716"]),
      ("ADDRESS", ["Cronk y Voddy"]), ("ADDRESS", ["Glen Road"]), ("LOCATION", ["Laxey"]), ("POSTCODE", ["IM4 7AQ"]),
      ("NAME", ["Juan", "Corlett"]), ("PHONE", ["01624 861 472"]), ("DATE", ["18/05/2025"]), ("NAME", ["Kinvig"]),
      ("DATE", ["Tynwald Day"]), ("NAME", ["Mark"]), ("PHONE", ["07624 418 209"]), ("PLATE", ["PMN 417 F"]),
      ("EMAIL", ["minutes.sru@manx.example.im"])],
     ["Parkinson's", "apixaban (Eliquis)", "2/52", "Berg Balance Scale 28/56", "Zimmer frame", "Barthel 45/100",
      "IDDSI 7", "Waterlow 14", "Modified Ashworth 1+", "MoCA 24/30", "Hospital Anxiety and Depression Scale",
      "Will review Bobath-based approach"]),
] + MORE_NOTES
