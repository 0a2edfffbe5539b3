"""Twenty-seventh HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation, and never ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule
because of what it shows.

40 notes (1210 planted identifier parts in 1046 (kind, parts) entries; 445 clinical strings), mostly in English, written
the way clinicians write them: an acute medical unit discharge summary, a GP urgent suspected cancer referral letter, an
emergency department note, a paediatric ETAT+ triage form, a caesarean section operation note, a brucellosis
epidemiological case investigation, a medical ward round note, a Kyasanur Forest disease case investigation report, a
primary care teleconsultation note, an inter-hospital transfer epicrisis, a leptospirosis line list, a nursing station
transfer form, an MRI report, an inpatient neurology consult, a nursing handover, an emergency physician note, an
overseas medical referral, a plague rapid response team report, a discharge letter after ankle surgery, a seafarer
fitness examination, an HIV clinic letter, a home-visit medical record, a military consultation record for a cold
injury, a One Health anthrax outbreak report, a cardiology clinic letter, a surgical consultant ward round, a school
nurse encounter record, a discharge record for scrub typhus, an SBAR handover before an air transfer, a medical
certificate of cause of death, a prison reception health screen, a notifiable conditions report form, an internal
medicine admission note, a cumulative laboratory report, a community health practitioner encounter with a medevac, an
emergency triage record for a snakebite, a teledermatology video consultation, an inter-facility transfer form, a
rheumatology clinic letter and a high-altitude aid post record with a helicopter evacuation. From Ireland (Co. Mayo),
Wales (Ceredigion), Scotland (Orkney), England (Isles of Scilly), the Isle of Man, Jersey, the Faroe Islands, Iceland,
Kenya (Kisumu), Nigeria (Enugu), South Africa (Eastern Cape), Lesotho, Namibia (Zambezi), Mauritius, Seychelles, India
(Kerala, in English), Sri Lanka (Jaffna), Nepal (Manang), Mongolia (Bayan-Ölgii, in English), the Philippines (Lapu-Lapu
City), the Cook Islands, Australia (Queensland), Canada (Manitoba, Labrador), the US (Hawaii, Alaska, Puerto Rico),
Guyana, Belize, the Falkland Islands, Greece (Chania, Thessaloniki, Lesvos), Cyprus (Limassol), Russia (Sakhalin), Japan
(Okinawa), mainland China (Inner Mongolia, Hainan), Hong Kong and Taiwan (Hualien).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 2 (Chania), 12 (Thessaloniki), 24 (Limassol) and
32 (Mytilene) are in Greek script, with Greek and Cypriot names and patronymics, addresses, phone numbers, facilities
and Greek month names; notes 5 (Inner Mongolia) and 27 (Hainan) are in simplified Chinese and notes 14 (Hong Kong, with
Chinese New Year dates) and 35 (Hualien, with Republic of China calendar dates) in traditional Chinese, with names,
addresses, phone numbers, facilities and dates in Chinese; note 9 is in Russian (Cyrillic, Sakhalin) and note 21 in
Japanese (Okinawa, with Japanese era dates); all other notes (30) are in English (Latin script), with Welsh, Irish,
Icelandic, Faroese, Spanish and Kreol words, and the Cyrillic letters of a Mongolian register number and plate, inside
some of them.

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles (W/o, Smt., Sri., Ntate,
née, Induna, LCpl, Sgt, Capt (Dr), Sr, SN, RMN, CHP, CO, 様, さん, 姑娘, του with a patronymic), bare in prose, in sign-offs
and in a line list, addresses with and without house numbers (an Irish house name, a Welsh chapel house, a Philippine
sitio, a Greek odos, a Russian ul./d./kv., a Chinese village group, a Japanese aza and banchi, a Hong Kong estate flat,
a Taiwanese neighbourhood, a Puerto Rican urbanización, a Belizean lot, a Cook Islands village, a Lesotho private bag, a
Manitoba box, a Labrador general delivery, an Alaska PO box, a Manx road, GPS coordinates and an MGRS grid reference),
employers (a freight line, a sugar factory, a market, a coffee estate, a garment zone, a fishing kolkhoz, a landscaping
company, a resort, a trawler company, a knitwear factory, a winery, a transport corporation, a fisheries authority, a
rubber farm, a ferry company, an abattoir, a garden, a helicopter operator, a trekking agency, a regiment), schools,
colleges and universities, care homes, a prison and a town square, a pharmacy branch, GP practices, health centres and a
public health unit, a pathology company, a temple, a church and a meeting place, hospitals and streets named after
people (Nelson Mandela, Jaramogi Oginga Odinga, Sir Seewoosagur Ramgoolam, Karl Heusner, King Edward VII, Queen
'Mamohato, Mother of Christ, Noble's, Dr. Pila, Παπαγεωργίου, Βοστάνειο, «Ο Άγιος Γεώργιος», Zik Avenue, Princess
Margaret Drive, Calle Ursula Cardona, Hamilton River Road, Campbell St, Οδός Αγίας Σοφίας, Οδός Αγίου Γεωργίου), places
named after people or saints (Lapu-Lapu City, St Mary's, St Martin's, St John's, St Brelade, St Clement, St Helier, Port
St Mary), places that are also first names or surnames (Hugh Town, Douglas, Stanley, Thompson, Hopkins, Colby, Strang),
and places that are everyday words (Paradise, Friendship, Enterprise, Cane Grove, Keel, Newtown, Mount Pleasant, Goose
Green, Holland Cottage, Norway House, Lower Town, Front Street, King Street, Royal Road, Temple Road, Kandy Road,
Northern Store) and names that are words or places (Were, Bristol, Loveday, Panay, Michelin, Oliver, Sherpa, Princess
Joy, Mona, Illiam, 進); also e-mail addresses, a teleconsultation portal URL, a PACS URL and a video waiting-room URL,
IPv4 addresses, a Facebook, an Instagram and a WeChat handle, road vehicle plates (a Greek pickup, a Russian, a Hong
Kong, a Taiwanese and a Belizean ambulance, a Hawaii truck, a Mongolian UAZ), five aircraft registrations, a fishing
vessel's registration and call sign, professional licences (MCRN, GMC, NCK, COC, MDCN, TCMC, PRC and PTR, HPCSA, CRNM,
Icelandic and Faroese registrations, LMDC, a Japanese medical register number, ΙΣΚ, MCM, a Seychelles nursing council
number, NMC PIN, AHPRA and a PBS prescriber number, a big game licence, a CHP certificate, a Taiwan physician
certificate, a Belize Medical Board number, SLMC, Nepal NMC, a Puerto Rico licence), device serial numbers (a pacemaker,
an oxygen concentrator, an NPWT unit), insurance, national and registration numbers, case, report, call, accession,
certificate, custody, permit and policy numbers, bleep, pager and extension numbers, and dates in many formats (full
dates in several orders and separators, ISO dates, Mongolian year-first dates, dates with ordinals, a military date-time
group, year-less dates with slashes, dots or words, month and year, weekday dates, and Sinulog, Día de Reyes, Ólavsøka,
Moshoeshoe's Day, Hogmanay, Boxing Day, Tynwald Day, Liberation Day, Garifuna Settlement Day, Tihar, Πάσχα, 年三十晚, 年初二
and 初三, and Welsh, Icelandic, Faroese, Greek, Russian, Chinese, Republic of China and Japanese era dates). Where a real
identifier has a check digit (Irish PPSN, NHS number, Scottish CHI, Greek AMKA, South African ID, Aadhaar, US NPI,
Chinese resident ID, Hong Kong ID, Taiwan ID, Icelandic kennitala, Australian Medicare, Russian SNILS) the planted one
passes it; the other national, insurance and licence numbers keep a plausible format (Irish GMS card, Kenyan SHA,
Nigerian NIN, PhilHealth PIN, Russian OMS policy, Manitoba PHIN and registration number, a Treaty registration number,
Puerto Rico Medicaid MPI, NZ NHI and passport, Mongolian register number, Faroese p-tal, Lesotho national ID, Japanese
insurer and insured numbers, Namibian ID with the birth date, Cypriot identity card and GeSY number, Mauritian NIC,
Seychelles NIN, Jersey social security number, Alaska Medicaid, Newfoundland and Labrador MCP, Taiwan NHI card, Belize
social security, Sri Lankan 12-digit NIC with the birth year and day of year, Irish passport). No name, place or
facility is planted in more than one note, and none is reused from the eighteenth set. Four patients are aged 90 or over
(notes 11, 21, 29 and 32), and for them the age (also as a birthday or a celebration, 白寿) and every date element, bare
years, months and holidays included, are planted; where a younger patient's note has a bare year (notes 0, 14, 16, 20
and 30), it is left in the text and not planted. The strings that must survive include eponyms and eponymous signs and
scales (Bell's palsy, Blantyre Coma Scale, Bandl's ring, Joel-Cohen, Marais, Colles, McRae, Chiari, Fazekas, Valsalva,
Kernig, Brudzinski, Garden, Rockwood, Wilkins, Wayson, Maisonneuve, Lauge-Hansen, Ishihara, Sokolow-Lyon, Morse, Norton,
長谷川式 (HDS-R), McFadyean, Sterne, Brugada, Glasgow-Blatchford, Rockall, Parkinson's, Hoehn and Yahr, Coombs, Duke,
Cushing's triad, Breslow, Fitzpatrick, Gamow bag, Ringer's, Weil's disease, Barthel, Braden, 外斐反应), places inside
clinical names (Misgav Ladach, Kyasanur Forest disease, Canadian CT Head Rule, Ottawa ankle rules, Shanghai score,
University of Texas classification, Lake Louise AMS score, 马尔他热), scores and classifications with their numbers,
criteria with years (WHO 2009, 2012 World Heart Federation, 2019 EULAR/ACR, SLICC 2012, ILO MLC 2006, DESIGN-R®2020),
brand names of drugs and devices (Coartem, Sintrom, Dotarem, Siemens MAGNETOM Vida 3T, Omron HEM-7120, Метализе,
Medtronic Azure XT DR, Jadelle, Mixtard 30, Ventolin Evohaler, Tazocin, Lantus, Espranor, Prenoxad, Q-VAX, Keppra,
DermLite DL4, Attend Anywhere, Madopar, ゲーベンクリーム), organisms, lab values with units, titres and scale scores that look
like dates (MAT 1:800, OX-K 1:320, SAT 1:400++, ANA 1:1280, AMT 7/10, GCS 15/15, Ishihara 17/17, Barthel 35/100), a
public drug-safety web site, a military regulation (JSP 539), abbreviations, and a name-like word that must stay (Frank
blood). Entries per kind: NAME 232, LOCATION 203, DATE 161, PHONE 94, HOSPITAL 88, ID 78, ADDRESS 49, POSTCODE 32,
LICENCE 31, MRN 24, EMAIL 21, PLATE 14, AGE 8, HANDLE 3, SERIAL 3, URL 3, IP 2. The last 20 notes (621 identifier parts
in 535 entries, 229 clinical strings) are in :mod:`deid_notes_heldout27_more`, only to keep each file a readable length;
this file holds 589 identifier parts in 511 entries and 216 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout27.deid_notes_heldout27_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Ireland, Co. Mayo (Achill): acute medical unit discharge summary, community-acquired pneumonia with AKI
    ("MAYO UNIVERSITY HOSPITAL, Westport Road, Castlebar, Co. Mayo F23 H529\n"
     "Acute Medical Unit - DISCHARGE SUMMARY\n"
     "Name: Micheál Durcan | DOB: 21/06/1957 | H.No: 0731884 | PPSN: 6218047S | GMS card: 4182-7306-M\n"
     "Address: Cnoc na Rón, Dooagh, Achill Island, Co. Mayo F28 K7P3 | Tel: 098 43 718 / mob 087 914 2260\n"
     "GP: Dr Fionnuala Gilvarry, Keel Medical Practice, Keel, Achill\n"
     "Admitted: 09/02/2026 via ED   Discharged: Monday 16th February 2026\n"
     "Consultant: Dr Ciarán Mulchrone (General Medicine)\n"
     "Diagnosis: Right lower lobe community-acquired pneumonia; acute kidney injury (KDIGO stage 2) on CKD G3a.\n"
     "History: 68-year-old sheep farmer, mid-lambing. Four days of rigors, productive cough and pleuritic R chest "
     "pain. Brought in by his wife Nóirín after he collapsed in the shed. Ex-smoker (40 pack-years). Bell's palsy "
     "2019, fully recovered.\n"
     "On arrival: T 38.9, RR 28, BP 96/58, HR 112, SpO2 88% on air, new confusion (AMT 7/10). CURB-65 score 3. WCC "
     "19.4 x10^9/L, CRP 286 mg/L, urea 14.8 mmol/L, creatinine 212 umol/L (baseline 118), eGFR 27 mL/min/1.73m2. "
     "Legionella urinary antigen negative; pneumococcal urinary antigen positive. Blood cultures: Streptococcus "
     "pneumoniae, penicillin-sensitive.\n"
     "Course: IV fluids, co-amoxiclav 1.2 g IV TDS and clarithromycin 500 mg IV BD, stepped down on day 4 to "
     "amoxicillin 1 g PO TDS to complete 7 days. Metformin and ramipril held; creatinine 131 umol/L at discharge. "
     "Rockwood Clinical Frailty Scale 3.\n"
     "Actions for GP: recheck U&E in 1 week before restarting ramipril 5 mg; repeat CXR at 6 weeks; PPV23 due.\n"
     "Son Tadhg Durcan (next of kin) will collect him and take him home to Dooagh.\n"
     "Signed: Dr Aoife Tunney, SHO (MCRN 412871) for Dr C. Mulchrone. Bleep 2284. amu.muh@hse-west.example.ie",
     [("HOSPITAL", ["MAYO UNIVERSITY HOSPITAL"]), ("ADDRESS", ["Westport Road"]), ("LOCATION", ["Castlebar"]),
      ("LOCATION", ["Co. Mayo"]), ("POSTCODE", ["F23 H529"]), ("NAME", ["Micheál", "Durcan"]), ("DATE", ["21/06/1957"]),
      ("MRN", ["0731884"]), ("ID", ["6218047S"]), ("ID", ["4182-7306-M"]), ("ADDRESS", ["Cnoc na Rón"]),
      ("LOCATION", ["Dooagh"]), ("LOCATION", ["Achill Island"]), ("POSTCODE", ["F28 K7P3"]), ("PHONE", ["098 43 718"]),
      ("PHONE", ["087 914 2260"]), ("NAME", ["Fionnuala", "Gilvarry"]), ("HOSPITAL", ["Keel Medical Practice"]),
      ("LOCATION", ["Keel"]), ("LOCATION", ["Achill"]), ("DATE", ["09/02/2026"]),
      ("DATE", ["Monday 16th February 2026"]), ("NAME", ["Ciarán", "Mulchrone"]), ("NAME", ["Nóirín"]),
      ("NAME", ["Tadhg"]), ("NAME", ["Aoife", "Tunney"]), ("LICENCE", ["412871"]), ("NAME", ["C. Mulchrone"]),
      ("PHONE", ["2284"]), ("EMAIL", ["amu.muh@hse-west.example.ie"])],
     ["KDIGO stage 2", "CKD G3a", "Bell's palsy", "CURB-65 score 3", "AMT 7/10", "CRP 286 mg/L",
      "Legionella urinary antigen negative", "Streptococcus pneumoniae", "co-amoxiclav 1.2 g IV TDS",
      "clarithromycin 500 mg IV BD", "Rockwood Clinical Frailty Scale 3", "PPV23"]),

    # 1 - Wales, Ceredigion (Tregaron): GP urgent suspected cancer referral letter to colorectal surgery
    ("Meddygfa Tregaron / Tregaron Surgery, Stryd yr Orsaf, Tregaron, Ceredigion SY25 6HA\n"
     "Ffôn/Tel 01974 298 417 | Ffacs/Fax 01974 298 530\n"
     "WCCG e-referral ref: W-USC-2026-0418273 | Dydd Llun 16 Chwefror 2026\n"
     "To: Colorectal Surgeons, Bronglais General Hospital, Caradog Road, Aberystwyth SY23 1ER\n"
     "URGENT SUSPECTED CANCER (USC) - lower GI\n"
     "Re: Mr Gethin Rhydderch, DOB 04/09/1958, NHS No. 718 420 3658\n"
     "Tŷ Capel, Llanddewi Brefi, Tregaron SY25 6RT. Mob 07836 214 590. Prefers correspondence in Welsh (Mae'n well "
     "ganddo ohebiaeth Gymraeg).\n"
     "Dear colleague,\n"
     "Thank you for seeing this 67-year-old retired haulier (formerly with Cambrian Freight Lines) with 10 weeks of "
     "looser stools, 5 kg weight loss and tiredness. Frank blood mixed with stool twice in the last fortnight. No "
     "family history of bowel cancer.\n"
     "FIT 146 µg Hb/g faeces (threshold 80). Hb 98 g/L, MCV 74 fL, ferritin 8 µg/L - new iron-deficiency anaemia. CEA "
     "not done. Rectal examination: no palpable mass, dark blood on the glove.\n"
     "PMH: paroxysmal AF (CHA2DS2-VASc 3) on apixaban 5 mg BD; type 2 diabetes on metformin 1 g BD, HbA1c 58 mmol/mol; "
     "hypertension on ramipril 10 mg. WHO performance status 1. Lives with his wife; drives.\n"
     "I have started ferrous fumarate 322 mg once daily. He has been told this is an urgent referral to rule out "
     "cancer. His daughter Lowri Rhydderch (07700 418 266) will bring him; she works at the Aberystwyth University "
     "library and can take time off at short notice.\n"
     "Yn gywir / Yours faithfully,\n"
     "Dr Elin Pugh-Morgan, MBBCh MRCGP, GMC 7043819\n"
     "e.pugh-morgan@tregaron-surgery.example.wales.nhs.uk",
     [("HOSPITAL", ["Meddygfa Tregaron"]), ("HOSPITAL", ["Tregaron Surgery"]), ("ADDRESS", ["Stryd yr Orsaf"]),
      ("LOCATION", ["Tregaron"]), ("LOCATION", ["Ceredigion"]), ("POSTCODE", ["SY25 6HA"]),
      ("PHONE", ["01974 298 417"]), ("PHONE", ["01974 298 530"]), ("ID", ["W-USC-2026-0418273"]),
      ("DATE", ["Dydd Llun 16 Chwefror 2026"]), ("HOSPITAL", ["Bronglais General Hospital"]),
      ("ADDRESS", ["Caradog Road"]), ("LOCATION", ["Aberystwyth"]), ("POSTCODE", ["SY23 1ER"]),
      ("NAME", ["Gethin", "Rhydderch"]), ("DATE", ["04/09/1958"]), ("ID", ["718 420 3658"]), ("ADDRESS", ["Tŷ Capel"]),
      ("LOCATION", ["Llanddewi Brefi"]), ("POSTCODE", ["SY25 6RT"]), ("PHONE", ["07836 214 590"]),
      ("LOCATION", ["Cambrian Freight Lines"]), ("NAME", ["Lowri"]), ("PHONE", ["07700 418 266"]),
      ("LOCATION", ["Aberystwyth University"]), ("NAME", ["Elin", "Pugh-Morgan"]), ("LICENCE", ["7043819"]),
      ("EMAIL", ["e.pugh-morgan@tregaron-surgery.example.wales.nhs.uk"])],
     ["URGENT SUSPECTED CANCER (USC)", "Frank blood mixed with stool", "FIT 146 µg Hb/g", "Hb 98 g/L",
      "ferritin 8 µg/L", "CHA2DS2-VASc 3", "apixaban 5 mg BD", "HbA1c 58 mmol/mol", "WHO performance status 1",
      "ferrous fumarate 322 mg"]),

    # 2 - Greece, Crete (Chania): emergency department note in Greek, fall from a ladder at the olive harvest
    ("Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος» - Τμήμα Επειγόντων Περιστατικών\n"
     "Ημερομηνία: 12 Νοεμβρίου 2025, ώρα 16:40 | Αρ. μητρώου ΤΕΠ: ΧΝ-25-0418273\n"
     "Ασθενής: Ζαχαρίας Βρεντζάκης του Στυλιανού, 77 ετών, ΑΜΚΑ 15094802111\n"
     "Διεύθυνση: Οδός Σκαλίδη 17, Κίσσαμος 734 00. Κιν. 697 441 2086\n"
     "Συνοδός: ο γιος του Στέλιος Βρεντζάκης, τηλ. 28220 41 873. Τον έφερε ο γείτονας με το αγροτικό ΧΝΡ-2846.\n"
     "Ιστορικό: Πτώση από σκάλα ύψους ~2 μ. κατά το μάζεμα της ελιάς στο χωριό Καλλέργιανα, περίπου στις 14:30. "
     "Χτύπησε το δεξί χέρι και το δεξί ημιθωράκιο. Όχι απώλεια συνείδησης. Λαμβάνει Sintrom για κολπική μαρμαρυγή και "
     "μετφορμίνη 850 mg x2.\n"
     "Αντικειμενικά: GCS 15/15, ΑΠ 148/86 mmHg, σφύξεις 96/λεπτό, SpO2 95% σε ατμοσφαιρικό αέρα. Ευαισθησία 6ης-8ης "
     "δεξιάς πλευράς. Παραμόρφωση «πιρουνιού» δεξιού καρπού.\n"
     "Εργαστηριακά: Hb 12,9 g/dL, INR 2,8.\n"
     "Απεικόνιση: FAST αρνητικό. Ακτινογραφία: κάταγμα τύπου Colles δεξιά, κατάγματα 7ης και 8ης πλευράς δεξιά χωρίς "
     "πνευμοθώρακα. Εφαρμόστηκε ο Canadian CT Head Rule: λόγω αντιπηκτικής αγωγής έγινε CT εγκεφάλου - χωρίς "
     "ενδοκράνια αιμορραγία.\n"
     "Αγωγή: βιταμίνη K 10 mg IV, παρακεταμόλη 1 g IV, κλειστή ανάταξη υπό αναισθησία αιματώματος και νάρθηκας. "
     "Εισαγωγή στην Ορθοπαιδική Κλινική για παρακολούθηση λόγω πλευρικών καταγμάτων.\n"
     "Ιατρός: Ειρήνη Μαρκογιαννάκη, Επιμελήτρια Β' Ορθοπαιδικής",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Χανίων «Ο Άγιος Γεώργιος»"]), ("DATE", ["12 Νοεμβρίου 2025"]),
      ("MRN", ["ΧΝ-25-0418273"]), ("NAME", ["Ζαχαρίας", "Βρεντζάκης"]), ("NAME", ["Στυλιανού"]),
      ("ID", ["15094802111"]), ("ADDRESS", ["Οδός Σκαλίδη 17"]), ("LOCATION", ["Κίσσαμος"]), ("POSTCODE", ["734 00"]),
      ("PHONE", ["697 441 2086"]), ("NAME", ["Στέλιος", "Βρεντζάκης"]), ("PHONE", ["28220 41 873"]),
      ("PLATE", ["ΧΝΡ-2846"]), ("LOCATION", ["Καλλέργιανα"]), ("NAME", ["Ειρήνη", "Μαρκογιαννάκη"])],
     ["Sintrom", "μετφορμίνη 850 mg", "GCS 15/15", "INR 2,8", "FAST αρνητικό", "κάταγμα τύπου Colles",
      "Canadian CT Head Rule", "βιταμίνη K 10 mg IV"]),

    # 3 - Kenya, Kisumu: paediatric emergency triage (ETAT+) note, cerebral malaria with severe anaemia
    ("JARAMOGI OGINGA ODINGA TEACHING & REFERRAL HOSPITAL - Paediatric Emergency Unit\n"
     "ETAT+ TRIAGE & EMERGENCY TREATMENT FORM | Sat 21/03/2026 02:15 | IP No. JOOTRH/IP/2026/004187\n"
     "Child: Achieng Otieno Were | Age 3 yrs | Wt 12 kg | F\n"
     "Referred from: Kombewa County Hospital (referral note no. KCH-REF-0388)\n"
     "Mother/caregiver: Millicent Awuor, 0722 418 306. Father: Peter Odhiambo Were, works at Kibos Sugar factory, 0711 "
     "902 437. Home: Kit Mikayi village, Seme sub-county. SHA no. CR4827719306-5.\n"
     "Triage category: EMERGENCY (RED) - convulsing on arrival, severe palmar pallor, cold hands, cap refill 4 s.\n"
     "A - airway open after positioning; B - RR 52, SpO2 89%, O2 1 L/min nasal prongs; C - HR 172, 2 boluses NOT given "
     "(severe anaemia); D - Blantyre Coma Scale 2, glucose 2.1 mmol/L.\n"
     "Immediate Rx: diazepam 0.5 mg/kg PR (6 mg), 10% dextrose 5 mL/kg IV (60 mL), IV artesunate 3 mg/kg (36 mg) at 0, "
     "12 and 24 h, then Coartem when able to swallow.\n"
     "Lab: mRDT positive; blood slide P. falciparum +++; Hb 4.1 g/dL; blood group O Rh+.\n"
     "Whole blood 20 mL/kg (240 mL) over 4 h requested - crossmatch sent; father donating at the blood bank.\n"
     "Dx: severe malaria (cerebral) with severe anaemia and hypoglycaemia. Admitted to the HDU.\n"
     "Triage nurse: Beatrice Akoth (NCK 92871). Clinician: CO Fredrick Ouma, COC reg. 8473; reviewed by Dr. Nyambura "
     "Kamau-Ndege, paediatrician, 0733 551 209.",
     [("HOSPITAL", ["JARAMOGI OGINGA ODINGA TEACHING & REFERRAL HOSPITAL"]), ("DATE", ["21/03/2026"]),
      ("MRN", ["JOOTRH/IP/2026/004187"]), ("NAME", ["Achieng", "Otieno", "Were"]),
      ("HOSPITAL", ["Kombewa County Hospital"]), ("ID", ["KCH-REF-0388"]), ("NAME", ["Millicent", "Awuor"]),
      ("PHONE", ["0722 418 306"]), ("NAME", ["Peter", "Odhiambo"]), ("LOCATION", ["Kibos Sugar"]),
      ("PHONE", ["0711 902 437"]), ("LOCATION", ["Kit Mikayi"]), ("LOCATION", ["Seme"]), ("ID", ["CR4827719306-5"]),
      ("NAME", ["Beatrice", "Akoth"]), ("LICENCE", ["92871"]), ("NAME", ["Fredrick", "Ouma"]), ("LICENCE", ["8473"]),
      ("NAME", ["Nyambura", "Kamau-Ndege"]), ("PHONE", ["0733 551 209"])],
     ["ETAT+", "EMERGENCY (RED)", "Blantyre Coma Scale 2", "glucose 2.1 mmol/L", "10% dextrose 5 mL/kg",
      "artesunate 3 mg/kg", "Coartem", "mRDT positive", "P. falciparum +++", "Hb 4.1 g/dL"]),

    # 4 - Nigeria, Enugu: operative note, emergency caesarean section for obstructed labour
    ("UNIVERSITY OF NIGERIA TEACHING HOSPITAL, ITUKU-OZALLA, ENUGU\n"
     "Department of Obstetrics & Gynaecology - OPERATION NOTE\n"
     "Date: 23rd January, 2026 | Theatre 2 (Labour Ward) | Hosp. No. UNTH/OG/2026/01843\n"
     "Patient: Mrs. Chiamaka Nwachukwu-Eze, 29 yrs, G2P1+0, booked at Mother of Christ Specialist Hospital, Ogui\n"
     "Address: No. 14 Zik Avenue, Uwani, Enugu. NIN 48217390561. Husband: Mr. Obinna Eze (trader, Ogbete Main Market), "
     "0803 418 2271.\n"
     "Indication: obstructed labour at 40+3 weeks - fully dilated 3 h, caput +3, moulding +3, Bandl's ring visible, "
     "maternal tachycardia, fetal HR 168 bpm.\n"
     "Procedure: Emergency lower segment caesarean section (category 1).\n"
     "Surgeon: Dr. Ngozi Okonkwo-Ani (FWACS), MDCN/R/41827 | Assistant: Dr. Ifeanyi Ugwu | Anaesthetist: Dr. Adaeze "
     "Nnaji | Scrub nurse: Nurse Juliet Agu\n"
     "Anaesthesia: spinal, 0.5% heavy bupivacaine 2.5 mL at L3/4; left lateral tilt.\n"
     "Findings/steps: Joel-Cohen incision, Misgav Ladach technique. Thinned, oedematous lower segment; head deeply "
     "impacted, delivered with the push method by the assistant. Live female infant, 3.4 kg, Apgar 7 and 9 at 1 and 5 "
     "minutes. Placenta delivered by controlled cord traction, complete. Uterus closed in two layers with Vicryl 1; no "
     "extension. Bladder intact, urine clear. Tubes and ovaries normal. Rectus sheath with Vicryl 1, skin with "
     "subcuticular Monocryl 3-0.\n"
     "EBL 800 mL. Oxytocin 10 IU IV at delivery then 40 IU in 500 mL over 4 h; tranexamic acid 1 g IV.\n"
     "Post-op: ceftriaxone 1 g IV daily x 48 h + metronidazole 500 mg IV 8-hourly; catheter for 7 days (obstructed "
     "labour - VVF prevention); VTE risk assessed, enoxaparin 40 mg SC daily.\n"
     "Signed: Dr. N. Okonkwo-Ani, Senior Registrar",
     [("HOSPITAL", ["UNIVERSITY OF NIGERIA TEACHING HOSPITAL"]), ("LOCATION", ["ITUKU-OZALLA"]),
      ("LOCATION", ["ENUGU"]), ("DATE", ["23rd January, 2026"]), ("MRN", ["UNTH/OG/2026/01843"]),
      ("NAME", ["Chiamaka", "Nwachukwu-Eze"]), ("HOSPITAL", ["Mother of Christ Specialist Hospital"]),
      ("LOCATION", ["Ogui"]), ("ADDRESS", ["No. 14 Zik Avenue"]), ("LOCATION", ["Uwani"]), ("LOCATION", ["Enugu"]),
      ("ID", ["48217390561"]), ("NAME", ["Obinna", "Eze"]), ("LOCATION", ["Ogbete Main Market"]),
      ("PHONE", ["0803 418 2271"]), ("NAME", ["Ngozi", "Okonkwo-Ani"]), ("LICENCE", ["MDCN/R/41827"]),
      ("NAME", ["Ifeanyi", "Ugwu"]), ("NAME", ["Adaeze", "Nnaji"]), ("NAME", ["Juliet", "Agu"]),
      ("NAME", ["N. Okonkwo-Ani"])],
     ["G2P1+0", "Bandl's ring", "0.5% heavy bupivacaine 2.5 mL", "Joel-Cohen incision", "Misgav Ladach technique",
      "Apgar 7 and 9", "Vicryl 1", "Monocryl 3-0", "Oxytocin 10 IU", "tranexamic acid 1 g", "VVF",
      "enoxaparin 40 mg SC"]),

    # 5 - China, Inner Mongolia (Tongliao): brucellosis epidemiological case investigation (simplified Chinese)
    ("布鲁氏菌病流行病学个案调查表\n"
     "报告单位：科尔沁左翼后旗疾病预防控制中心　报告卡编号：150522-2026-00418\n"
     "调查日期：2026年4月9日\n"
     "一、基本情况\n"
     "患者姓名：包金花　性别：女　出生日期：1978年3月16日　民族：蒙古族\n"
     "身份证号：150522197803164528　联系电话：139 4753 1826\n"
     "现住址：内蒙古自治区通辽市科尔沁左翼后旗甘旗卡镇查干淖尔嘎查三组\n"
     "职业：牧民　丈夫：白音仓（电话 152 4935 0713）\n"
     "二、发病与就诊\n"
     "3月18日起出现波状热（最高39.6℃）、多汗、乏力、双膝及腰骶部疼痛。3月30日就诊于科左后旗人民医院，4月2日转通辽市医院感染科，住院号 TL-2026-0731。\n"
     "三、实验室检查\n"
     "虎红平板凝集试验（RBPT）阳性；试管凝集试验（SAT）1:400++；血培养：羊种布鲁氏菌（B. melitensis）。CRP 48 mg/L，ESR 46 mm/h，WBC 5.1×10^9/L，ALT 76 "
     "U/L（检验单号 TL-LAB-2604-1187）。心脏超声未见赘生物。骶髂关节MRI：右侧骶髂关节炎。\n"
     "四、暴露史\n"
     "今年2至3月接羔期间徒手处理流产羊羔及胎衣，家中羊群约120只，未免疫（旗兽医站：去年秋季未接种S2疫苗）。家中曾饮用未煮沸的生羊奶。同住家人：婆婆、儿子巴特尔（在通辽职业学院读书，寒假在家）——已采血筛查。\n"
     "五、诊断与治疗\n"
     "诊断：布鲁氏菌病（急性期），伴右侧骶髂关节炎。曾称“马尔他热”。\n"
     "治疗：多西环素 100 mg bid + 利福平 600 mg qd，疗程6周；护肝。\n"
     "六、密切接触者及同暴露人群\n"
     "同嘎查另有2名牧民（额尔敦、其木格）近2周有发热、关节痛，已于4月8日采血送旗疾控中心做RBPT，结果待回报；巴特尔 RBPT 阴性。\n"
     "七、兽医部门联动\n"
     "旗农牧局动物疫病预防控制中心于4月7日对该户羊群采血128份，布病血清学阳性23份，已按规定扑杀阳性羊并无害化处理，圈舍消毒；养殖户防疫档案号 NM-KZHQ-2019-0437。建议今秋全群免疫。\n"
     "八、健康教育\n"
     "已向家属发放蒙汉双语布病防治宣传册，指导接羔时戴手套、口罩，生乳须煮沸，流产物深埋或焚烧。\n"
     "九、随访\n"
     "疗程结束后复查 SAT 及肝功能；如出现睾丸炎、脊柱炎或心内膜炎症状立即就诊。随访责任医生：嘎查卫生室 宝音图（电话 150 4753 2690）。\n"
     "调查人：乌兰其其格（旗疾控中心）　审核人：张海峰　联系电话：0475-5212847",
     [("HOSPITAL", ["科尔沁左翼后旗疾病预防控制中心"]), ("ID", ["150522-2026-00418"]), ("DATE", ["2026年4月9日"]),
      ("ID", ["TL-LAB-2604-1187"]), ("NAME", ["包金花"]), ("DATE", ["1978年3月16日"]), ("ID", ["150522197803164528"]),
      ("PHONE", ["139 4753 1826"]), ("LOCATION", ["通辽市"]), ("LOCATION", ["科尔沁左翼后旗"]), ("LOCATION", ["甘旗卡镇"]),
      ("ADDRESS", ["查干淖尔嘎查三组"]), ("NAME", ["白音仓"]), ("PHONE", ["152 4935 0713"]), ("DATE", ["3月18日"]),
      ("DATE", ["3月30日"]), ("HOSPITAL", ["科左后旗人民医院"]), ("DATE", ["4月2日"]), ("HOSPITAL", ["通辽市医院"]),
      ("MRN", ["TL-2026-0731"]), ("NAME", ["巴特尔"]), ("LOCATION", ["通辽职业学院"]), ("NAME", ["额尔敦"]), ("NAME", ["其木格"]),
      ("DATE", ["4月8日"]), ("DATE", ["4月7日"]), ("ID", ["NM-KZHQ-2019-0437"]), ("NAME", ["宝音图"]),
      ("PHONE", ["150 4753 2690"]), ("NAME", ["乌兰其其格"]), ("NAME", ["张海峰"]), ("PHONE", ["0475-5212847"])],
     ["布鲁氏菌病", "波状热", "虎红平板凝集试验（RBPT）阳性", "1:400++", "羊种布鲁氏菌", "CRP 48 mg/L", "ESR 46 mm/h", "心脏超声未见赘生物", "骶髂关节炎",
      "S2疫苗", "马尔他热", "多西环素 100 mg bid", "利福平 600 mg qd"]),

    # 6 - South Africa, Eastern Cape (Mthatha): medical ward round note, TB meningitis in advanced HIV
    ("NELSON MANDELA ACADEMIC HOSPITAL, Mthatha - Internal Medicine, Ward M4, Bed 17\n"
     "WARD ROUND 10/03/2026 08:30 - Day 5 of admission\n"
     "Pt: Mr Lwazi Mgudlwa | 37 M | Hosp no 40187325 | SA ID 8804125183084\n"
     "Lives: Mqanduli, Ntlaza A/A; works as a packer at the Spar in Libode. Sister Nomvula Mgudlwa 072 418 3305 "
     "(NOK).\n"
     "Team: Dr Zintle Mafanya (consultant), Dr K. Pillay (registrar), Dr Ayanda Sokhela (intern), Sr Nolitha Jara.\n"
     "S: headache better; still drowsy in the afternoons. Eating with help.\n"
     "O: GCS 13/15 (E3V4M6), T 37.8, BP 112/70. Neck stiffness persists; L CN VI palsy unchanged. No focal limb "
     "weakness.\n"
     "CSF (day 1): protein 2.4 g/L, glucose 1.1 mmol/L (serum 5.6), lymphocytes 180/µL, Xpert MTB/RIF Ultra: MTB "
     "detected low, rifampicin resistance not detected. CSF CrAg negative.\n"
     "HIV positive, CD4 86 cells/µL, VL pending. Na 128 mmol/L today (131 yesterday).\n"
     "A: definite TBM (Marais uniform case definition), MRC grade II, advanced HIV disease; hyponatraemia - ?SIADH vs "
     "cerebral salt wasting.\n"
     "P: 1. Continue RHZE 4 tabs (60 kg) + dexamethasone 0.4 mg/kg/day IV, wean per protocol.\n"
     "2. Cotrimoxazole 960 mg daily; pyridoxine 25 mg.\n"
     "3. ART (TLD) at 4-6 weeks of TB Rx - not before, given TBM.\n"
     "4. Fluid status charting, Na 12-hourly.\n"
     "5. Repeat CT brain if GCS drops (hydrocephalus?).\n"
     "6. Family meeting with sister Thursday 12 March.\n"
     "Dr K. Pillay, HPCSA MP 0718423, pager 0475",
     [("HOSPITAL", ["NELSON MANDELA ACADEMIC HOSPITAL"]), ("LOCATION", ["Mthatha"]), ("DATE", ["10/03/2026"]),
      ("NAME", ["Lwazi", "Mgudlwa"]), ("MRN", ["40187325"]), ("ID", ["8804125183084"]), ("LOCATION", ["Mqanduli"]),
      ("LOCATION", ["Ntlaza A/A"]), ("LOCATION", ["the Spar in Libode"]), ("NAME", ["Nomvula", "Mgudlwa"]),
      ("PHONE", ["072 418 3305"]), ("NAME", ["Zintle", "Mafanya"]), ("NAME", ["K. Pillay"]),
      ("NAME", ["Ayanda", "Sokhela"]), ("NAME", ["Nolitha", "Jara"]), ("DATE", ["Thursday 12 March"]),
      ("LICENCE", ["MP 0718423"]), ("PHONE", ["0475"])],
     ["GCS 13/15 (E3V4M6)", "CN VI palsy", "protein 2.4 g/L", "Xpert MTB/RIF Ultra", "CrAg negative", "CD4 86 cells/µL",
      "Marais uniform case definition", "MRC grade II", "SIADH", "RHZE", "dexamethasone 0.4 mg/kg/day",
      "Cotrimoxazole 960 mg", "TLD"]),

    # 7 - India, Kerala (Wayanad): Kyasanur Forest disease case investigation report
    ("INTEGRATED DISEASE SURVEILLANCE PROGRAMME (IDSP) - DISTRICT SURVEILLANCE UNIT, WAYANAD\n"
     "CASE INVESTIGATION REPORT: KYASANUR FOREST DISEASE (KFD) | Report No. DSU/WYD/KFD/2026/07\n"
     "Date of report: 04-02-2026\n"
     "Case: Smt. Leela Chathukutty, 46 F, W/o Sri. Chandran K., Appapara Colony, Ward 9, Thirunelli Panchayat, "
     "Mananthavady Taluk, Wayanad - 670646. Mobile +91 94470 18273. Aadhaar: 4182 7306 1523.\n"
     "Occupation: collects firewood and minor forest produce; husband is a daily-wage worker at Brahmagiri Estate.\n"
     "Onset: 26/01/2026 - sudden high fever, severe myalgia, headache, conjunctival suffusion. Bleeding gums on day 5. "
     "Seen at Family Health Centre Appapara on 28 Jan, referred to District Hospital Mananthavady and then to "
     "Government Medical College Kozhikode (IP 2026/118274) on 01/02/2026.\n"
     "Investigations: platelet count 62,000/µL, WBC 2,100/µL, AST 148 U/L. KFD RT-PCR positive (sample sent to the "
     "Virus Research and Diagnostic Laboratory); dengue NS1 and scrub typhus IgM negative.\n"
     "Exposure: entered Begur forest range near the Kerala-Karnataka border 10 days before onset; forest watcher Sri. "
     "Kelu M. reported two dead langurs (Semnopithecus) on 19 January. Ticks collected from the area: Haemaphysalis "
     "spinigera (sent to the Zoonosis Unit). KFD vaccine: never vaccinated (0 of 2 doses + booster).\n"
     "Actions: ASHA worker Smt. Sindhu K. R. and JHI Mr. Rajesh P. conducting fever survey in the colony; DEET "
     "repellent distributed; vaccination camp on 10/02/2026; forest department informed re monkey deaths.\n"
     "Reported by: Dr. Anoop Varghese, Medical Officer (TCMC Reg No. 58214), dsu.wayanad@idsp-kerala.example.in",
     [("LOCATION", ["WAYANAD"]), ("ID", ["DSU/WYD/KFD/2026/07"]), ("DATE", ["04-02-2026"]),
      ("NAME", ["Leela", "Chathukutty"]), ("NAME", ["Chandran K."]), ("ADDRESS", ["Appapara Colony, Ward 9"]),
      ("LOCATION", ["Thirunelli"]), ("LOCATION", ["Mananthavady"]), ("LOCATION", ["Wayanad"]), ("POSTCODE", ["670646"]),
      ("PHONE", ["+91 94470 18273"]), ("ID", ["4182 7306 1523"]), ("LOCATION", ["Brahmagiri Estate"]),
      ("DATE", ["26/01/2026"]), ("HOSPITAL", ["Family Health Centre Appapara"]), ("DATE", ["28 Jan"]),
      ("HOSPITAL", ["District Hospital Mananthavady"]), ("HOSPITAL", ["Government Medical College Kozhikode"]),
      ("MRN", ["2026/118274"]), ("DATE", ["01/02/2026"]), ("LOCATION", ["Begur"]), ("NAME", ["Kelu M."]),
      ("DATE", ["19 January"]), ("NAME", ["Sindhu K. R."]), ("NAME", ["Rajesh P."]), ("DATE", ["10/02/2026"]),
      ("NAME", ["Anoop", "Varghese"]), ("LICENCE", ["58214"]), ("EMAIL", ["dsu.wayanad@idsp-kerala.example.in"])],
     ["KYASANUR FOREST DISEASE (KFD)", "conjunctival suffusion", "platelet count 62,000/µL", "WBC 2,100/µL",
      "KFD RT-PCR positive", "dengue NS1", "scrub typhus IgM negative", "Haemaphysalis spinigera", "DEET"]),

    # 8 - Philippines, Cebu (Lapu-Lapu City): primary care teleconsultation note
    ("KONSULTA TELECONSULTATION NOTE - Lapu-Lapu City Health Office / Mactan Family Health Clinic\n"
     "Date/time: March 3, 2026, 10:20-10:41 AM (video, via the clinic portal "
     "https://telekonsulta.mactanfhc.example.ph/room/7R4K-2Q)\n"
     "Session log: client IP 112.198.74.23, device Android.\n"
     "Patient: Mrs. Rosalinda Cabahug-Tumulak, 61 y/o F, DOB 08/11/1964, PhilHealth PIN 12-050418273-6\n"
     "Address: Sitio Lawis, Barangay Maribago, Lapu-Lapu City 6015. Cel 0917 418 2236; Viber same no.\n"
     "Assisted by: grand-daughter Princess Joy Tumulak (Grade 10, Maribago National High School). Daughter Jeanelyn is "
     "an OFW in Dubai and joined the call on Messenger (fb: jeanelyn.tumulak.ofw).\n"
     "Works part-time as sewer at a garment factory in the Mactan Economic Zone.\n"
     "S: Known HPN x 12 yrs and T2DM x 6 yrs. Home BP log (Omron HEM-7120) 150-168/90-98 last 2 weeks. Ran out of "
     "amlodipine after Sinulog. Occasional blurring of vision; no chest pain; nocturia x2.\n"
     "O (per video): alert, no distress. Brgy. health worker Nanette Alcoseba measured: BP 162/96, CBG 14.2 mmol/L "
     "(256 mg/dL) 2 h post-prandial, wt 71 kg, waist 94 cm.\n"
     "Labs Feb 2026: HbA1c 8.9%, creatinine 88 umol/L, urine albumin 2+.\n"
     "A: Uncontrolled HPN and T2DM. PhilPEN risk assessment: WHO/ISH risk chart 20-30%.\n"
     "P: losartan 50 mg OD (replace amlodipine 5 mg), continue metformin 500 mg BID, add gliclazide MR 30 mg OD; free "
     "meds from Botika ng Barangay; face-to-face at RHU in 2 weeks; fundoscopy referral.\n"
     "Dr. Ma. Theresa Ybañez-Go, MD | PRC Lic. No. 0118274 | PTR 4182739",
     [("HOSPITAL", ["Lapu-Lapu City Health Office"]), ("HOSPITAL", ["Mactan Family Health Clinic"]),
      ("DATE", ["March 3, 2026"]), ("URL", ["https://telekonsulta.mactanfhc.example.ph/room/7R4K-2Q"]),
      ("IP", ["112.198.74.23"]), ("NAME", ["Rosalinda", "Cabahug-Tumulak"]), ("DATE", ["08/11/1964"]),
      ("ID", ["12-050418273-6"]), ("ADDRESS", ["Sitio Lawis"]), ("LOCATION", ["Barangay Maribago"]),
      ("LOCATION", ["Lapu-Lapu City"]), ("POSTCODE", ["6015"]), ("PHONE", ["0917 418 2236"]),
      ("NAME", ["Princess Joy", "Tumulak"]), ("LOCATION", ["Maribago National High School"]), ("NAME", ["Jeanelyn"]),
      ("LOCATION", ["Dubai"]), ("HANDLE", ["jeanelyn.tumulak.ofw"]), ("LOCATION", ["Mactan Economic Zone"]),
      ("DATE", ["Sinulog"]), ("DATE", ["Feb 2026"]), ("NAME", ["Nanette", "Alcoseba"]),
      ("NAME", ["Ma. Theresa", "Ybañez-Go"]), ("LICENCE", ["0118274"]), ("LICENCE", ["4182739"])],
     ["Omron HEM-7120", "CBG 14.2 mmol/L", "HbA1c 8.9%", "PhilPEN risk assessment", "WHO/ISH risk chart",
      "losartan 50 mg OD", "amlodipine 5 mg", "metformin 500 mg BID", "gliclazide MR 30 mg OD"]),

    # 9 - Russia, Sakhalin (Korsakov): inter-hospital transfer epicrisis in Russian, inferior STEMI after thrombolysis
    ("ГБУЗ «Корсаковская центральная районная больница»\n"
     "694020, Сахалинская обл., г. Корсаков, ул. Гвардейская, д. 6. Тел. (42435) 4-18-27\n"
     "ПЕРЕВОДНОЙ ЭПИКРИЗ от 14.01.2026\n"
     "Пациент: Пак Мин Чер, 67 лет, дата рождения 03.08.1958\n"
     "Адрес: г. Корсаков, ул. Вокзальная, д. 41, кв. 12. Пенсионер, бывший моторист рыболовецкого колхоза «Восток».\n"
     "СНИЛС 148-203-776 61, полис ОМС 6551 2087 4183 9026. Карта стационарного больного № 418/26.\n"
     "Контактное лицо: дочь Пак Елена Минчеровна, моб. +7 924 185 42 07.\n"
     "Направляется в ГБУЗ «Сахалинская областная клиническая больница», г. Южно-Сахалинск, в региональный сосудистый "
     "центр для коронарографии и ЧКВ.\n"
     "Диагноз: ИБС. Острый инфаркт миокарда с подъёмом сегмента ST нижней стенки ЛЖ от 14.01.2026. Killip I. Шкала "
     "GRACE 142 балла. Гипертоническая болезнь III ст. СД 2 типа.\n"
     "Анамнез: боль за грудиной с 05:30, вызов СМП в 06:10. ЭКГ: элевация ST в II, III, aVF до 3 мм.\n"
     "Лечение: тромболизис тенектеплазой (Метализе) 40 мг в/в болюсно в 07:05 (время «дверь-игла» 30 мин); аспирин 250 "
     "мг разжевать, клопидогрел 300 мг, эноксапарин 30 мг в/в + 1 мг/кг п/к. Через 60 мин - снижение ST более чем на "
     "50%, боль купирована.\n"
     "Лаб.: тропонин I 4,8 нг/мл, калий 4,1 ммоль/л, креатинин 96 мкмоль/л.\n"
     "Состояние средней тяжести, стабильное. АД 128/76 мм рт. ст., ЧСС 74.\n"
     "Транспортировка бригадой СМП (автомобиль Р 418 МХ 65) в сопровождении врача.\n"
     "Лечащий врач: Сафронова Татьяна Геннадьевна. Зав. отделением: Ли Виктор Сергеевич.",
     [("HOSPITAL", ["Корсаковская центральная районная больница"]), ("POSTCODE", ["694020"]),
      ("LOCATION", ["Корсаков"]), ("ADDRESS", ["ул. Гвардейская, д. 6"]), ("PHONE", ["(42435) 4-18-27"]),
      ("DATE", ["14.01.2026"]), ("NAME", ["Пак Мин Чер"]), ("DATE", ["03.08.1958"]),
      ("ADDRESS", ["ул. Вокзальная, д. 41, кв. 12"]), ("LOCATION", ["рыболовецкого колхоза «Восток»"]),
      ("ID", ["148-203-776 61"]), ("ID", ["6551 2087 4183 9026"]), ("MRN", ["418/26"]),
      ("NAME", ["Пак Елена Минчеровна"]), ("PHONE", ["+7 924 185 42 07"]),
      ("HOSPITAL", ["Сахалинская областная клиническая больница"]), ("LOCATION", ["Южно-Сахалинск"]),
      ("PLATE", ["Р 418 МХ 65"]), ("NAME", ["Сафронова Татьяна Геннадьевна"]), ("NAME", ["Ли Виктор Сергеевич"])],
     ["ЧКВ", "Killip I", "GRACE 142", "тенектеплазой (Метализе) 40 мг", "аспирин 250 мг", "клопидогрел 300 мг",
      "эноксапарин 30 мг", "тропонин I 4,8 нг/мл", "aVF"]),

    # 10 - Guyana, Region 4 (East Coast Demerara): leptospirosis line list after the June floods
    ("MINISTRY OF HEALTH, GUYANA - Surveillance Unit, Georgetown Public Hospital Corporation (GPHC)\n"
     "LINE LIST: suspected/confirmed leptospirosis, Region 4 (Demerara-Mahaica) - week ending 19/07/2025\n"
     "Compiled by Ms. Nadira Khan-Singh, Surveillance Officer (tel. 227-8418 ext. 231; cell 600-4173) | "
     "epi.gphc@health-gy.example.org\n"
     "# | Name | Age/Sex | Address / village | Onset | Occupation | Lab | Status\n"
     "1 | Rajkumar Persaud | 44 M | Lot 17 Public Road, Paradise, ECD | 06/07 | rice farmer | IgM ELISA pos; MAT 1:800 "
     "Icterohaemorrhagiae | ICU GPHC - Weil's disease, creatinine 412 umol/L, on dialysis\n"
     "2 | Shondell Fraser | 29 F | 42 Second Street, Friendship, EBD | 08/07 | vendor, Bourda Market | IgM ELISA pos | "
     "ward 7, ceftriaxone 1 g IV daily\n"
     "3 | Deonarine Ramcharran | 51 M | Enterprise, ECD | 07/07 | canecutter, Enmore Estate | IgM pos; MAT 1:400 "
     "Copenhageni | discharged 16/07 on doxycycline 100 mg BID\n"
     "4 | Kezia Adams-Baptiste | 17 F | Mocha Arcadia, EBD | 10/07 | student, St. Stanislaus College | pending | West "
     "Demerara Regional Hospital\n"
     "5 | Mohamed Haniff Bacchus | 63 M | Cane Grove, ECD | 05/07 | fisherman | IgM pos | DIED 12/07 - pulmonary "
     "haemorrhage\n"
     "6 | Tamika La Rose | 34 F | Lusignan Pasture, ECD | 11/07 | nurse aide, Mahaicony Cottage Hospital | IgM neg "
     "(day 3), repeat due | outpatient, doxycycline\n"
     "Common exposure: wading in floodwater after the 3 July rains; rat sightings at Paradise and Cane Grove.\n"
     "Actions: doxycycline 200 mg weekly chemoprophylaxis to NDC workers and volunteers; rodent control with the "
     "Pesticides Board; community meeting at Friendship Primary on 22/07/2025. MAT confirmation by CARPHA. Next "
     "update to Dr. Colin Bhagwandin, Regional Health Officer.",
     [("HOSPITAL", ["Georgetown Public Hospital Corporation"]), ("DATE", ["19/07/2025"]),
      ("NAME", ["Nadira", "Khan-Singh"]), ("PHONE", ["227-8418"]), ("PHONE", ["600-4173"]),
      ("EMAIL", ["epi.gphc@health-gy.example.org"]), ("NAME", ["Rajkumar", "Persaud"]),
      ("ADDRESS", ["Lot 17 Public Road"]), ("LOCATION", ["Paradise"]), ("DATE", ["06/07"]),
      ("NAME", ["Shondell", "Fraser"]), ("ADDRESS", ["42 Second Street"]), ("LOCATION", ["Friendship"]),
      ("DATE", ["08/07"]), ("LOCATION", ["Bourda Market"]), ("NAME", ["Deonarine", "Ramcharran"]),
      ("LOCATION", ["Enterprise"]), ("DATE", ["07/07"]), ("LOCATION", ["Enmore Estate"]), ("DATE", ["16/07"]),
      ("NAME", ["Kezia", "Adams-Baptiste"]), ("LOCATION", ["Mocha Arcadia"]), ("DATE", ["10/07"]),
      ("LOCATION", ["St. Stanislaus College"]), ("HOSPITAL", ["West Demerara Regional Hospital"]),
      ("NAME", ["Mohamed Haniff", "Bacchus"]), ("LOCATION", ["Cane Grove"]), ("DATE", ["05/07"]), ("DATE", ["12/07"]),
      ("NAME", ["Tamika", "La Rose"]), ("LOCATION", ["Lusignan Pasture"]), ("DATE", ["11/07"]),
      ("HOSPITAL", ["Mahaicony Cottage Hospital"]), ("DATE", ["3 July"]), ("LOCATION", ["Friendship Primary"]),
      ("DATE", ["22/07/2025"]), ("NAME", ["Colin", "Bhagwandin"])],
     ["IgM ELISA pos", "MAT 1:800", "Icterohaemorrhagiae", "Weil's disease", "creatinine 412 umol/L",
      "ceftriaxone 1 g IV daily", "Copenhageni", "doxycycline 100 mg BID", "pulmonary haemorrhage",
      "doxycycline 200 mg weekly"]),

    # 11 - Canada, Manitoba (Norway House): nursing station transfer form, hip fracture in a patient aged 91
    ("NORWAY HOUSE HOSPITAL / NURSING - MEDICAL TRANSPORT & TRANSFER FORM\n"
     "Date: 2026-01-27 | Time of request 13:05 | Transport Medicine call # MTC-26-011873\n"
     "Patient: Flora McKay-Apetagon | F | 91 yrs | DOB 1934-03-02 | MB PHIN 418 273 906 | MB Reg # 241873\n"
     "Treaty status: yes, registration # 2780418273 (Norway House Cree Nation). Language: Cree (Swampy); interpreter = "
     "granddaughter.\n"
     "Home: Box 418, Rossville, Norway House MB R0B 1B0 | Tel 204-359-4187\n"
     "Receiving: Health Sciences Centre Winnipeg, Orthopaedic Trauma - accepting Dr. Paul Sawatzky (ortho), bed via "
     "HSC patient flow.\n"
     "Reason: slipped on ice outside the Northern Store this morning ~09:30; unable to weight-bear; R leg shortened "
     "and externally rotated. X-ray: Garden IV intracapsular R NOF fracture.\n"
     "Background: lived alone until her 90th birthday last March; now with granddaughter Tyra Muswagon. Widowed 1988 "
     "(husband Joseph, trapper). Hx: HTN, AF on apixaban 2.5 mg BID (last dose 08:00), OA; PPM 2019 for CHB (Medtronic "
     "Azure XT DR, serial RNB614027H). Rockwood Clinical Frailty Scale 5. Baseline: walks with a cane to church (St. "
     "Peter's Anglican, Rossville).\n"
     "VS 12:45: BP 146/78, HR 88 irreg, RR 18, SpO2 95% RA, T 36.4, pain 8/10 -> 3/10.\n"
     "Given: fascia iliaca block 0.25% bupivacaine 30 mL (NP performed, 11:20), morphine 2 mg IV x1, IV NS 60 mL/h. Hb "
     "104 g/L, creatinine 92 umol/L.\n"
     "Mode: Lifeflight fixed wing (C-GLFM), ETA 15:30. Escort: RN.\n"
     "Family: daughter Gloria McKay in Thompson (204-677-2183) notified; grandson Darnell will fly down on Calm Air "
     "tomorrow.\n"
     "Sending: Kayla Robinson, RN (CRNM #148273) | NP Denise Paupanekis | consulted by phone Dr. Amir Haddad, ER "
     "physician, Thompson General.",
     [("HOSPITAL", ["NORWAY HOUSE HOSPITAL"]), ("DATE", ["2026-01-27"]), ("ID", ["MTC-26-011873"]),
      ("NAME", ["Flora", "McKay-Apetagon"]), ("AGE", ["91 yrs"]), ("DATE", ["1934-03-02"]), ("ID", ["418 273 906"]),
      ("ID", ["241873"]), ("ID", ["2780418273"]), ("LOCATION", ["Norway House Cree Nation"]), ("ADDRESS", ["Box 418"]),
      ("LOCATION", ["Rossville"]), ("LOCATION", ["Norway House"]), ("POSTCODE", ["R0B 1B0"]),
      ("PHONE", ["204-359-4187"]), ("HOSPITAL", ["Health Sciences Centre Winnipeg"]), ("NAME", ["Paul", "Sawatzky"]),
      ("LOCATION", ["Northern Store"]), ("AGE", ["90th birthday"]), ("DATE", ["last March"]),
      ("NAME", ["Tyra", "Muswagon"]), ("DATE", ["1988"]), ("NAME", ["Joseph"]), ("DATE", ["2019"]),
      ("SERIAL", ["RNB614027H"]), ("LOCATION", ["St. Peter's Anglican"]), ("PLATE", ["C-GLFM"]),
      ("NAME", ["Gloria", "McKay"]), ("LOCATION", ["Thompson"]), ("PHONE", ["204-677-2183"]), ("NAME", ["Darnell"]),
      ("NAME", ["Kayla", "Robinson"]), ("LICENCE", ["148273"]), ("NAME", ["Denise", "Paupanekis"]),
      ("NAME", ["Amir", "Haddad"]), ("HOSPITAL", ["Thompson General"])],
     ["Garden IV", "NOF fracture", "PPM", "CHB", "Medtronic Azure XT DR", "apixaban 2.5 mg BID",
      "Rockwood Clinical Frailty Scale 5", "fascia iliaca block", "0.25% bupivacaine 30 mL", "morphine 2 mg IV",
      "Hb 104 g/L", "Lifeflight"]),

    # 12 - Greece, Thessaloniki: MRI brain and cervical spine report in Greek
    ("Γενικό Νοσοκομείο Θεσσαλονίκης «Παπαγεωργίου» - Εργαστήριο Αξονικής και Μαγνητικής Τομογραφίας\n"
     "Περιφερειακή Οδός Θεσσαλονίκης, Ν. Ευκαρπία, 564 29 Θεσσαλονίκη | Τηλ. 2313 323 418\n"
     "ΓΝΩΜΑΤΕΥΣΗ ΜΑΓΝΗΤΙΚΗΣ ΤΟΜΟΓΡΑΦΙΑΣ | Αρ. εξέτασης MR-2026-041873 | 5 Μαρτίου 2026\n"
     "Ασθενής: Δέσποινα Χατζηγεωργίου του Παντελή, 54 ετών, ΑΜΚΑ 03027205180\n"
     "Διεύθυνση: Οδός Αγίας Σοφίας 86, 546 22 Θεσσαλονίκη. Κιν. 694 718 2203\n"
     "Παραπέμπων: Νικηφόρος Ζαφειρόπουλος, νευρολόγος (ιδιωτικό ιατρείο, Καλαμαριά)\n"
     "Κλινικές πληροφορίες: Κεφαλαλγία ινιακή που επιδεινώνεται με τον βήχα και τη δοκιμασία Valsalva, αιμωδίες άνω "
     "άκρων εδώ και 8 μήνες.\n"
     "Τεχνική: Siemens MAGNETOM Vida 3T, ακολουθίες T1, T2, FLAIR, DWI, SWI, και μετά από ενδοφλέβια χορήγηση "
     "σκιαγραφικού Dotarem 0,1 mmol/kg.\n"
     "Ευρήματα: Οι παρεγκεφαλιδικές αμυγδαλές προβάλλουν 8 mm κάτω από τη γραμμή McRae, με στενό σχήμα «μανταλιού» και "
     "περιορισμό του ΕΝΥ στο ινιακό τρήμα - ευρήματα συμβατά με δυσμορφία Chiari τύπου I. Συριγγομυελία A3-A6, "
     "μέγιστου εγκάρσιου εύρους 4 mm. Όχι υδροκέφαλος. Λίγες σημειακές υπερεντάσεις λευκής ουσίας στο FLAIR, Fazekas "
     "βαθμού 1. Φυσιολογική διάχυση. Δεν παρατηρείται παθολογική σκιαγραφική ενίσχυση.\n"
     "Συμπέρασμα: Δυσμορφία Chiari τύπου I με συριγγομυελία αυχενικού νωτιαίου μυελού. Προτείνεται νευροχειρουργική "
     "εκτίμηση και μελέτη ροής ΕΝΥ (cine-MRI).\n"
     "Οι εικόνες είναι διαθέσιμες στο https://pacs.papageorgiou-hosp.example.gr/viewer?acc=MR2026041873\n"
     "Ακτινολόγος: Ελευθερία Τσολάκη | e.tsolaki@papageorgiou-hosp.example.gr",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Θεσσαλονίκης «Παπαγεωργίου»"]), ("ADDRESS", ["Περιφερειακή Οδός Θεσσαλονίκης"]),
      ("LOCATION", ["Ν. Ευκαρπία"]), ("POSTCODE", ["564 29"]), ("LOCATION", ["Θεσσαλονίκη"]),
      ("PHONE", ["2313 323 418"]), ("ID", ["MR-2026-041873"]), ("DATE", ["5 Μαρτίου 2026"]),
      ("NAME", ["Δέσποινα", "Χατζηγεωργίου"]), ("NAME", ["Παντελή"]), ("ID", ["03027205180"]),
      ("ADDRESS", ["Οδός Αγίας Σοφίας 86"]), ("POSTCODE", ["546 22"]), ("PHONE", ["694 718 2203"]),
      ("NAME", ["Νικηφόρος", "Ζαφειρόπουλος"]), ("LOCATION", ["Καλαμαριά"]),
      ("URL", ["https://pacs.papageorgiou-hosp.example.gr/viewer?acc=MR2026041873"]),
      ("NAME", ["Ελευθερία", "Τσολάκη"]), ("EMAIL", ["e.tsolaki@papageorgiou-hosp.example.gr"])],
     ["Valsalva", "Siemens MAGNETOM Vida 3T", "Dotarem 0,1 mmol/kg", "γραμμή McRae", "δυσμορφία Chiari τύπου I",
      "Συριγγομυελία", "Fazekas βαθμού 1", "cine-MRI"]),

    # 13 - USA, Hawaii (Hilo): inpatient neurology consult, eosinophilic meningitis from rat lungworm
    ("HILO MEDICAL CENTER - Neurology Consultation\n"
     "1190 Waianuenue Ave, Hilo, HI 96720 | Date of service: 03/11/2026\n"
     "Patient: Kawika Pālama-Reyes | 38 M | MRN HMC00418273 | DOB 10/02/1987 | Acct # 900418273-11\n"
     "Requesting: Dr. Noelani Akana, hospitalist. Reason: severe headache, painful skin, ?meningitis.\n"
     "HPI: Landscaper (self-employed, Puna Green Landscaping LLC) from 15-1872 Kahakai Blvd, Pāhoa, HI 96778. Two "
     "weeks ago ate homegrown lettuce at a party in Kalapana; wife Leilani says the greens were not washed and they "
     "have semi-slugs in the catchment-tank garden. 10 days of headache, neck pain, burning hyperesthesia of both legs "
     "and trunk, intermittent diplopia.\n"
     "Exam: afebrile. Kernig sign negative, Brudzinski negative; allodynia T8-L2 bilaterally; R CN VI palsy. Fundi: no "
     "papilledema.\n"
     "LP (03/10): opening pressure 32 cm H2O, WBC 640/µL with CSF eosinophils 38%, protein 112 mg/dL, glucose 48 "
     "mg/dL. Peripheral eosinophils 1.9 x10^3/µL. CSF Angiostrongylus cantonensis PCR sent to the Hawaii State "
     "Laboratories; MRI brain: leptomeningeal enhancement, no mass.\n"
     "Impression: eosinophilic meningitis, most likely neuroangiostrongyliasis (rat lungworm disease).\n"
     "Recommendations: prednisolone 60 mg daily x 14 days then taper; albendazole 15 mg/kg/day x 14 days given with "
     "steroid; gabapentin 300 mg TID for neuropathic pain; therapeutic LP if headache recurs; report to DOH Disease "
     "Investigation Branch (808-933-0912).\n"
     "Thank you for this consult. - Malia Nakamura-Souza, MD, Neurology | NPI 1472839608 | cell 808-987-4132\n"
     "cc: PCP Dr. Thomas Wong, Bay Clinic Pāhoa. Patient's truck (HI plate NPK 418) left in the ED lot.",
     [("HOSPITAL", ["HILO MEDICAL CENTER"]), ("ADDRESS", ["1190 Waianuenue Ave"]), ("LOCATION", ["Hilo"]),
      ("POSTCODE", ["96720"]), ("DATE", ["03/11/2026"]), ("NAME", ["Kawika", "Pālama-Reyes"]), ("MRN", ["HMC00418273"]),
      ("DATE", ["10/02/1987"]), ("ID", ["900418273-11"]), ("NAME", ["Noelani", "Akana"]),
      ("LOCATION", ["Puna Green Landscaping LLC"]), ("ADDRESS", ["15-1872 Kahakai Blvd"]), ("LOCATION", ["Pāhoa"]),
      ("POSTCODE", ["96778"]), ("LOCATION", ["Kalapana"]), ("NAME", ["Leilani"]), ("DATE", ["03/10"]),
      ("PHONE", ["808-933-0912"]), ("NAME", ["Malia", "Nakamura-Souza"]), ("ID", ["1472839608"]),
      ("PHONE", ["808-987-4132"]), ("NAME", ["Thomas", "Wong"]), ("HOSPITAL", ["Bay Clinic"]), ("PLATE", ["NPK 418"])],
     ["Kernig sign negative", "Brudzinski negative", "CN VI palsy", "opening pressure 32 cm H2O", "CSF eosinophils 38%",
      "Angiostrongylus cantonensis", "eosinophilic meningitis", "rat lungworm disease", "prednisolone 60 mg",
      "albendazole 15 mg/kg/day", "gabapentin 300 mg TID"]),

    # 14 - Hong Kong (Tuen Mun): nursing handover in traditional Chinese with English terms
    ("屯門醫院　內科及老人科　病房 E5　護理交班記錄（夜更→早更）\n"
     "日期：2026年2月18日（年初二）07:00\n"
     "床號 23　病人：冼慧嫻（SIN Wai-han）　女　82歲　HKID: Y306184(A)　HN18427391\n"
     "住址：新界屯門湖景邨湖畔樓1418室　電話：2466 4187\n"
     "緊急聯絡人：兒子 何家俊　手提 9418 2736；媳婦 李嘉欣　6271 0418\n"
     "入院日期：2月16日（年三十晚）由安寧護老院經救護車（AM 4187）送入。\n"
     "過往病歷：AF（CHA2DS2-VASc 5，服 apixaban 2.5 mg BD）、DM on gliclazide、CKD 4（eGFR 24）、2023年右髖骨折做 DHS。NKDA。已簽 AMD 及 "
     "DNACPR（見 CMS 紀錄）。社署個案編號 SWD-ECS-2026-08831。\n"
     "S：Urosepsis，E. coli ESBL（尿液及血培養），有 AF、DM、CKD 4 病史。\n"
     "B：入院時 BP 84/50，HR 118，T 39.2℃，NEWS2 9，已由 Dr 葉俊賢 (MO) 處理，lactate 4.1 mmol/L。\n"
     "A：夜更 BP 102/60，HR 96，T 37.9℃，SpO2 96% RA，NEWS2 5。CRP 186 mg/L。尿量 I/O 1200/650 mL，Foley catheter "
     "通暢。意識清醒但有間歇性混亂（4AT 6），03:00 曾想拔 IV line，已用手套約束並通知值班醫生 Dr 麥詠琪。Morse Fall Scale 55，Norton score 12，骶骨 Stage 1 "
     "pressure injury，每2小時轉身。Tazocin 4.5 g q8h 已改為 Meropenem 1 g q12h（按 eGFR 調整）。Hypo count 07:00 H'stix 6.8 mmol/L。\n"
     "R：早更請跟進 08:00 blood culture 覆查、K 3.2 待補鉀、約見社工（胡姑娘，內線 3562）討論出院返回院舍；兒子話初三（2月19日）下午會來探病。\n"
     "藥物：Meropenem、apixaban 2.5 mg BD（已恢復）、Lantus 8 units nocte（gliclazide 暫停）、Senokot 2 tabs nocte。\n"
     "出院計劃：護老院主管 蔡淑儀姑娘 (2463 9058) 表示可接回，需社康護士跟進導尿管護理。\n"
     "交班：APN 梁詠詩　接班：RN 陳子軒",
     [("HOSPITAL", ["屯門醫院"]), ("DATE", ["2026年2月18日"]), ("DATE", ["年初二"]), ("NAME", ["冼慧嫻"]), ("NAME", ["SIN Wai-han"]),
      ("ID", ["Y306184(A)"]), ("MRN", ["HN18427391"]), ("LOCATION", ["屯門"]), ("ADDRESS", ["湖景邨湖畔樓1418室"]),
      ("PHONE", ["2466 4187"]), ("NAME", ["何家俊"]), ("PHONE", ["9418 2736"]), ("NAME", ["李嘉欣"]),
      ("PHONE", ["6271 0418"]), ("DATE", ["2月16日"]), ("DATE", ["年三十晚"]), ("HOSPITAL", ["安寧護老院"]),
      ("PLATE", ["AM 4187"]), ("NAME", ["葉俊賢"]), ("NAME", ["麥詠琪"]), ("NAME", ["胡姑娘"]), ("PHONE", ["3562"]),
      ("DATE", ["初三"]), ("DATE", ["2月19日"]), ("NAME", ["梁詠詩"]), ("NAME", ["陳子軒"]), ("ID", ["SWD-ECS-2026-08831"]),
      ("NAME", ["蔡淑儀"]), ("PHONE", ["2463 9058"])],
     ["Urosepsis", "E. coli ESBL", "CHA2DS2-VASc 5", "apixaban 2.5 mg BD", "DNACPR", "NEWS2 9", "lactate 4.1 mmol/L",
      "NEWS2 5", "CRP 186 mg/L", "4AT 6", "Morse Fall Scale 55", "Norton score 12", "Stage 1 pressure injury",
      "Tazocin 4.5 g q8h", "Meropenem 1 g q12h", "Lantus 8 units nocte"]),

    # 15 - Puerto Rico (Ponce): emergency department note, dengue with warning signs in a teenager
    ("HOSPITAL DR. PILA - Sala de Emergencias / Emergency Department, Ponce, PR\n"
     "ED PHYSICIAN NOTE | 01/10/2026 21:12 | Record # DP-2026-0041873\n"
     "Patient: Yadiel Colón-Rivera | 15 y M | DOB 07/23/2010 | Plan Vital MPI 0041827396\n"
     "Address: Urb. Las Delicias, Calle Ursula Cardona 2418, Ponce PR 00728\n"
     "Mother: Maricarmen Rivera Santiago, cel (939) 418-2267; home (787) 843-5102. Student at Colegio Ponceño (10th "
     "grade), plays baseball for the Los Caobos league.\n"
     "HPI: fever to 39.8 since Día de Reyes (January 6), retro-orbital pain, myalgia, rash. Fever broke yesterday (day "
     "4) but today persistent vomiting x5, abdominal pain RUQ, and gum bleeding when brushing. Neighbour on Calle "
     "Ursula Cardona had dengue last week.\n"
     "Exam: T 37.2, HR 118, BP 98/80 (narrow pulse pressure), cap refill 3 s. Tender hepatomegaly 2 cm. Tourniquet "
     "test positive. Petechiae on the legs. Mild R pleural effusion on bedside US; gallbladder wall thickening.\n"
     "Labs: Hct 46% (38% on 01/08 at the CDT Las Delicias), plt 42,000/µL, WBC 2.8, AST 214 U/L, ALT 96 U/L, albumin "
     "3.1 g/dL. Dengue NS1 antigen positive; RT-PCR sent to the PRDH lab - DENV-3 confirmed by phone at 20:50.\n"
     "Assessment: dengue with warning signs (WHO 2009), critical phase, compensated shock.\n"
     "Plan: isotonic crystalloid (lactated Ringer's) 10 mL/kg over 1 h, then 7 mL/kg/h and titrate to Hct and urine "
     "output 1 mL/kg/h; acetaminophen only, no NSAIDs; admit to Pediatric IMU; Hct q4h; dengue case report filed with "
     "the Departamento de Salud.\n"
     "Dr. Ivelisse Quiñones Torres, MD, Emergency Medicine | NPI 1284063751 | Lic. PR 14873",
     [("HOSPITAL", ["HOSPITAL DR. PILA"]), ("LOCATION", ["Ponce"]), ("DATE", ["01/10/2026"]),
      ("MRN", ["DP-2026-0041873"]), ("NAME", ["Yadiel", "Colón-Rivera"]), ("DATE", ["07/23/2010"]),
      ("ID", ["0041827396"]), ("LOCATION", ["Urb. Las Delicias"]), ("ADDRESS", ["Calle Ursula Cardona 2418"]),
      ("POSTCODE", ["00728"]), ("NAME", ["Maricarmen", "Rivera Santiago"]), ("PHONE", ["(939) 418-2267"]),
      ("PHONE", ["(787) 843-5102"]), ("LOCATION", ["Colegio Ponceño"]), ("LOCATION", ["Los Caobos"]),
      ("DATE", ["Día de Reyes"]), ("DATE", ["January 6"]), ("ADDRESS", ["Calle Ursula Cardona"]), ("DATE", ["01/08"]),
      ("HOSPITAL", ["CDT Las Delicias"]), ("NAME", ["Ivelisse", "Quiñones Torres"]), ("ID", ["1284063751"]),
      ("LICENCE", ["14873"])],
     ["retro-orbital pain", "Tourniquet test positive", "Hct 46%", "plt 42,000/µL", "Dengue NS1 antigen positive",
      "DENV-3", "dengue with warning signs (WHO 2009)", "lactated Ringer's", "7 mL/kg/h", "no NSAIDs"]),

    # 16 - Cook Islands (Rarotonga / Aitutaki): overseas medical referral to New Zealand, rheumatic mitral stenosis
    ("TE MARAE ORA - COOK ISLANDS MINISTRY OF HEALTH\n"
     "Rarotonga Hospital, Tupapa, Rarotonga | Ph (+682) 22 664 | Fax (+682) 23 109\n"
     "OVERSEAS MEDICAL REFERRAL (NZ) - Category A (urgent) | Referral ID CI-OMR-2026-018\n"
     "Date: 11 February 2026\n"
     "To: Dr Hamish Tuckerman, Cardiology, Auckland City Hospital, Grafton, Auckland\n"
     "Patient: Ngatokorua Teina Marsters | 24 F | DOB 19 May 2001 | NHI ZTR4418 | Hosp No RAR-041873 | NZ passport "
     "LA418273\n"
     "Home: Arutanga, Aitutaki (Ureia side); currently staying with her aunt Tepaeru Marsters in Nikao, Rarotonga. "
     "Mobile 54 187. Works as a receptionist at the Tamanu Lagoon Resort.\n"
     "Dear Dr Tuckerman,\n"
     "Ngatokorua has rheumatic heart disease first detected at a school echo screening (Araura College, 2016), on "
     "benzathine penicillin G 1.2 MU IM 4-weekly, adherence about 80% since moving islands. Over 6 months she has "
     "developed exertional dyspnoea NYHA III, palpitations and one episode of haemoptysis.\n"
     "ECG: new-onset AF, rate 110. Echo (by visiting NZ team, Dr Sione Latu, 28/01/2026): severe rheumatic mitral "
     "stenosis, MVA 0.9 cm2 by planimetry, mean gradient 14 mmHg at HR 95, PASP 58 mmHg, mild MR, no LA thrombus seen "
     "on TTE; Wilkins score 8 - favourable for PTMC. 2012 World Heart Federation criteria: definite RHD.\n"
     "Current Rx: warfarin (INR 2.4 on 10/02), bisoprolol 5 mg daily, furosemide 40 mg mane, benzathine penicillin. "
     "Beta-hCG negative; she is using Jadelle implant.\n"
     "Request: TOE and percutaneous transmitral commissurotomy. Escort: her mother Mata Marsters. Planned flight on "
     "Thursday 19/02.\n"
     "Kind regards,\n"
     "Dr Rangi Tuavera, Medical Officer (Internal Medicine), r.tuavera@health-gov.example.ck",
     [("HOSPITAL", ["Rarotonga Hospital"]), ("LOCATION", ["Tupapa"]), ("LOCATION", ["Rarotonga"]),
      ("PHONE", ["(+682) 22 664"]), ("PHONE", ["(+682) 23 109"]), ("ID", ["CI-OMR-2026-018"]),
      ("DATE", ["11 February 2026"]), ("NAME", ["Hamish", "Tuckerman"]), ("HOSPITAL", ["Auckland City Hospital"]),
      ("LOCATION", ["Grafton"]), ("LOCATION", ["Auckland"]), ("NAME", ["Ngatokorua", "Teina", "Marsters"]),
      ("DATE", ["19 May 2001"]), ("ID", ["ZTR4418"]), ("MRN", ["RAR-041873"]), ("ID", ["LA418273"]),
      ("LOCATION", ["Arutanga"]), ("LOCATION", ["Aitutaki"]), ("LOCATION", ["Ureia"]),
      ("NAME", ["Tepaeru", "Marsters"]), ("LOCATION", ["Nikao"]), ("PHONE", ["54 187"]),
      ("LOCATION", ["Tamanu Lagoon Resort"]), ("LOCATION", ["Araura College"]), ("NAME", ["Sione", "Latu"]),
      ("DATE", ["28/01/2026"]), ("DATE", ["10/02"]), ("NAME", ["Mata", "Marsters"]), ("DATE", ["Thursday 19/02"]),
      ("NAME", ["Rangi", "Tuavera"]), ("EMAIL", ["r.tuavera@health-gov.example.ck"])],
     ["rheumatic heart disease", "benzathine penicillin G 1.2 MU IM 4-weekly", "NYHA III", "MVA 0.9 cm2",
      "mean gradient 14 mmHg", "PASP 58 mmHg", "Wilkins score 8", "PTMC", "2012 World Heart Federation criteria",
      "INR 2.4", "bisoprolol 5 mg", "Jadelle implant", "percutaneous transmitral commissurotomy"]),

    # 17 - Mongolia, Bayan-Ölgii: zoonosis investigation report in English, bubonic plague after marmot hunting
    ("NATIONAL CENTER FOR ZOONOTIC DISEASES (NCZD), Ulaanbaatar - Rapid Response Team report\n"
     "Event: confirmed bubonic plague, Tsengel soum, Bayan-Ölgii aimag | Event ID NCZD-PL-2025-03\n"
     "Report date: 2025.08.14 | Prepared by Dr. Enkhtuya Batbold (team lead), enkhtuya.b@nczd-mn.example.org, +976 "
     "9918 4273\n"
     "Case: Yerlan Dauletkhanuly, 42 M, Kazakh herder, register no. ЗЭ84021713, summer camp at Khoton Lake, bag 4 of "
     "Tsengel soum.\n"
     "Exposure: hunted and skinned a Siberian marmot (Marmota sibirica) on 2025.08.05 and ate the meat roasted "
     "(boodog) with his brother Nurlan Dauletkhanuly and two neighbours; marmot hunting is banned during the plague "
     "season.\n"
     "Clinical: onset 08.08 with fever 40.1 C, rigors, painful 4 cm R inguinal bubo. Admitted to Bayan-Ölgii Aimag "
     "General Hospital isolation ward on 08.10 (case no. BO-IS-0418).\n"
     "Lab: bubo aspirate - Wayson stain bipolar (safety-pin) bacilli; F1 antigen rapid test positive; culture and PCR "
     "at the NCZD reference lab: Yersinia pestis (pla, caf1 genes). Chest X-ray clear - no pneumonic involvement.\n"
     "Treatment: gentamicin 5 mg/kg/day IV and ciprofloxacin 400 mg IV q12h; afebrile by day 3.\n"
     "Contacts: 17 identified (wife Gulnara Serikkyzy, 3 children, brother, neighbours' families, the driver of the "
     "UAZ 4182 ӨЛА who took him to the soum hospital). All on doxycycline 100 mg BID prophylaxis x 7 days and "
     "temperature twice daily; none symptomatic as of 08.14.\n"
     "Public health measures: quarantine of Tsengel soum centre and 3 checkpoints on the road to the aimag centre; "
     "flea control (deltamethrin) of 12 gers; marmot burrow survey by the aimag veterinary and zoonoses team (vet. Dr. "
     "Bolat Sailaubek).\n"
     "Risk assessment: LOW for spread beyond the soum. Next report 2025.08.21.",
     [("LOCATION", ["Ulaanbaatar"]), ("LOCATION", ["Tsengel"]), ("ID", ["NCZD-PL-2025-03"]), ("DATE", ["2025.08.14"]),
      ("NAME", ["Enkhtuya", "Batbold"]), ("EMAIL", ["enkhtuya.b@nczd-mn.example.org"]), ("PHONE", ["+976 9918 4273"]),
      ("NAME", ["Yerlan", "Dauletkhanuly"]), ("ID", ["ЗЭ84021713"]), ("LOCATION", ["Khoton Lake"]),
      ("LOCATION", ["bag 4"]), ("DATE", ["2025.08.05"]), ("NAME", ["Nurlan", "Dauletkhanuly"]), ("DATE", ["08.08"]),
      ("HOSPITAL", ["Bayan-Ölgii Aimag General Hospital"]), ("DATE", ["08.10"]), ("MRN", ["BO-IS-0418"]),
      ("NAME", ["Gulnara", "Serikkyzy"]), ("PLATE", ["4182 ӨЛА"]), ("DATE", ["08.14"]),
      ("NAME", ["Bolat", "Sailaubek"]), ("DATE", ["2025.08.21"])],
     ["bubonic plague", "Marmota sibirica", "fever 40.1 C", "Wayson stain", "F1 antigen rapid test positive",
      "Yersinia pestis", "pla, caf1", "gentamicin 5 mg/kg/day", "ciprofloxacin 400 mg IV q12h",
      "doxycycline 100 mg BID", "deltamethrin"]),

    # 18 - Iceland (Selfoss): discharge letter in English for a German resident, Maisonneuve fracture on a glacier walk
    ("Heilbrigðisstofnun Suðurlands (HSU) - Sjúkrahúsið á Selfossi\n"
     "Árvegur, 800 Selfoss | Sími 432 2000\n"
     "DISCHARGE LETTER (English, at the patient's request) | 17. mars 2026\n"
     "Patient: Annika Schröder-Lenz | born 23.07.1988 | kennitala 230788-4139 | German national, resident at "
     "Austurvegur 38, 800 Selfoss | mobile +354 862 4173 | annika.lenz88@example.de\n"
     "Employer: glacier guide with Jökulganga ehf. (Vík í Mýrdal).\n"
     "To: Dr. Matthias Oberholzer, Hausarztpraxis am Stühlinger, Freiburg im Breisgau (her family doctor, copy at her "
     "request) and Heilsugæslan Selfossi.\n"
     "Admitted 14.03.2026 after a twisting fall on Sólheimajökull while leading a group; carried off the ice by "
     "ICE-SAR (Björgunarsveitin Víkverji) and flown by the Coast Guard helicopter TF-GRO to Landspítali Fossvogi, then "
     "transferred to us the same evening for surgery.\n"
     "Ottawa ankle rules positive. X-rays: medial malleolus fracture with a high proximal fibular fracture and widened "
     "medial clear space - Maisonneuve fracture (Lauge-Hansen pronation-external rotation stage IV).\n"
     "Operation 15.03.2026 (Dr. Þórdís Ragnheiðardóttir, orthopaedic surgeon): ORIF medial malleolus with two 4.0 mm "
     "cannulated screws and one syndesmotic screw.\n"
     "Discharge meds: enoxaparin 40 mg SC daily x 6 weeks; paracetamol 1 g QID; ibuprofen 400 mg TID x 5 days.\n"
     "Plan: non-weight-bearing in a cast for 6 weeks; removal of the syndesmotic screw at 10-12 weeks; wound check at "
     "Heilsugæslan Selfossi on 24.03. Unfit for guiding work until cleared by us.\n"
     "Þórdís Ragnheiðardóttir, sérfræðilæknir | Leyfi nr. 8417 | thordis.r@hsu-example.is",
     [("HOSPITAL", ["Heilbrigðisstofnun Suðurlands"]), ("HOSPITAL", ["Sjúkrahúsið á Selfossi"]),
      ("ADDRESS", ["Árvegur"]), ("POSTCODE", ["800"]), ("LOCATION", ["Selfoss"]), ("PHONE", ["432 2000"]),
      ("DATE", ["17. mars 2026"]), ("NAME", ["Annika", "Schröder-Lenz"]), ("DATE", ["23.07.1988"]),
      ("ID", ["230788-4139"]), ("ADDRESS", ["Austurvegur 38"]), ("PHONE", ["+354 862 4173"]),
      ("EMAIL", ["annika.lenz88@example.de"]), ("LOCATION", ["Jökulganga ehf."]), ("LOCATION", ["Vík í Mýrdal"]),
      ("NAME", ["Matthias", "Oberholzer"]), ("HOSPITAL", ["Hausarztpraxis am Stühlinger"]),
      ("LOCATION", ["Freiburg im Breisgau"]), ("HOSPITAL", ["Heilsugæslan Selfossi"]), ("DATE", ["14.03.2026"]),
      ("LOCATION", ["Sólheimajökull"]), ("LOCATION", ["Björgunarsveitin Víkverji"]), ("PLATE", ["TF-GRO"]),
      ("HOSPITAL", ["Landspítali Fossvogi"]), ("DATE", ["15.03.2026"]), ("NAME", ["Þórdís", "Ragnheiðardóttir"]),
      ("DATE", ["24.03"]), ("LICENCE", ["8417"]), ("EMAIL", ["thordis.r@hsu-example.is"])],
     ["Ottawa ankle rules positive", "medial clear space", "Maisonneuve fracture",
      "Lauge-Hansen pronation-external rotation stage IV", "ORIF medial malleolus", "syndesmotic screw",
      "enoxaparin 40 mg SC daily", "paracetamol 1 g QID", "ibuprofen 400 mg TID"]),

    # 19 - Faroe Islands (Klaksvík): occupational health / seafarer fitness examination
    ("Klaksvíkar Sjúkrahús - Arbeiðsheilsa / Occupational Health\n"
     "SEAFARER MEDICAL FITNESS EXAMINATION (STCW / ILO MLC 2006) | Exam no. KS-SF-25-0418\n"
     "Date: 2. august 2025\n"
     "Seafarer: Rógvi Dam Joensen | born 14.03.1969 | p-tal 140369-187 | Kunningarstíggjur 7, FO-700 Klaksvík | tlf. "
     "+298 218473\n"
     "Position: chief engineer, trawler KG 690 Norðhav (call sign OW 2418), owner P/F Norðhav Reiðarí, Klaksvík. Trips "
     "of 5-6 weeks to the Barents Sea.\n"
     "Previous certificate issued 04.08.2023 by Dr. Hjørdis Olsen (expired).\n"
     "History: noise exposure in the engine room for 30 years, uses ear defenders 'most of the time'. Treated for "
     "hypertension since Ólavsøka last year by his GP, Dr. Bárður Hansen, Norðoyggja Lækningamiðstøð. Smoker 15/day. "
     "AUDIT-C 7. No seizures, no diabetes, no psychiatric history.\n"
     "Exam: BMI 31.4, BP 148/92 (repeat 144/90) on amlodipine 5 mg. Snellen 6/6 both eyes corrected; Ishihara 17/17 "
     "(normal colour vision). Audiogram: bilateral sensorineural loss with a 4 kHz notch, 45 dB L / 40 dB R at 4 kHz - "
     "borderline for the hearing standard for engine-room watches; whispered voice test passed at 3 m. ECG: sinus "
     "rhythm, LVH voltage criteria (Sokolow-Lyon 38 mm). Urine dipstick negative.\n"
     "Outcome: FIT for sea service with restrictions - valid 1 year (not 2), hearing protection mandatory, "
     "re-audiogram in 12 months; BP target < 140/90, increase amlodipine to 10 mg via GP; smoking cessation advice "
     "given.\n"
     "Approved medical practitioner: Dr. Turið Poulsen, approved seafarers' doctor | reg. nr. FO-L-0418 | "
     "turid.poulsen@ks-example.fo\n"
     "Seafarer's signature on file. Wife Sólrun informed at his request.",
     [("HOSPITAL", ["Klaksvíkar Sjúkrahús"]), ("ID", ["KS-SF-25-0418"]), ("DATE", ["2. august 2025"]),
      ("NAME", ["Rógvi", "Dam", "Joensen"]), ("DATE", ["14.03.1969"]), ("ID", ["140369-187"]),
      ("ADDRESS", ["Kunningarstíggjur 7"]), ("POSTCODE", ["FO-700"]), ("LOCATION", ["Klaksvík"]),
      ("PHONE", ["+298 218473"]), ("PLATE", ["KG 690"]), ("LOCATION", ["Norðhav"]), ("PLATE", ["OW 2418"]),
      ("LOCATION", ["P/F Norðhav Reiðarí"]), ("DATE", ["04.08.2023"]), ("NAME", ["Hjørdis", "Olsen"]),
      ("DATE", ["Ólavsøka"]), ("NAME", ["Bárður", "Hansen"]), ("HOSPITAL", ["Norðoyggja Lækningamiðstøð"]),
      ("NAME", ["Turið", "Poulsen"]), ("LICENCE", ["FO-L-0418"]), ("EMAIL", ["turid.poulsen@ks-example.fo"]),
      ("NAME", ["Sólrun"])],
     ["STCW", "ILO MLC 2006", "AUDIT-C 7", "BMI 31.4", "amlodipine 5 mg", "Snellen 6/6", "Ishihara 17/17",
      "4 kHz notch", "whispered voice test", "Sokolow-Lyon 38 mm", "LVH"]),
] + MORE_NOTES
