"""Twenty-eighth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes),
written blind: whoever wrote it read none of the de-identification rules, their word lists, their tests or their
documentation, and never ran the de-identifier or the evaluation on these notes; only the note format (``deid_heldout``
and the eighteenth set) was read. Measure it; do not change a rule because of what it shows.

40 notes (1155 planted identifier parts in 960 (kind, parts) entries; 495 clinical strings), mostly in English, written
the way clinicians write them: a paediatric discharge summary, a dengue outbreak line list, an in-country referral
letter to a national referral hospital, an emergency department triage note, a microbiology blood culture report, a
school nurse visit record, a consultant ward round record, an occupational health periodic examination of an underground
miner, a palliative care home visit, a referral and air transfer note, an operative note, an emergency triage note for a
snakebite, a village clinic patient transfer form, an ISBAR shift handover, a sports medicine clinic letter, a care of
the elderly ward round note, a medical certificate of cause of death, a telehealth consultation note, an expedition
mountain rescue record, a cardiology outpatient letter, a tea estate hospital obstetric referral slip, a military cold
injury case sheet, a CT report, a discharge record, a discharge epicrisis, the minutes of a drug-resistant TB clinical
review committee, a ferry's ship hospital log with telemedical advice and helicopter evacuation, an emergency dental
treatment record for an insurer, a prison reception health assessment, a telestroke consultation, a pre-anaesthetic
assessment, an emergency medical team note at a refugee border crossing, a medical report for a travel insurance claim,
a plague case notification and investigation form, an emergency detention assessment note, a medical retina clinic
letter, a delivery note with a postnatal summary, a home care nursing visit note, a haemodialysis session record and a
physical therapy initial evaluation. From Tonga, Kiribati, Bhutan, Greece (Lesvos, Crete, Evros), Laos, Eswatini,
mainland China (Yunnan, Inner Mongolia), Zambia (Copperbelt), Rwanda, Guyana, Cyprus, Belize, the US (interior Alaska,
Wyoming, Maine), Hong Kong, Scotland (the Borders, the Outer Hebrides), Australia (Tasmania's west coast, the Torres
Strait), New Zealand (the Chatham Islands), Bolivia, India (Assam, Sikkim), Pakistan (Balochistan), Kyrgyzstan, Georgia,
Finland (Åland) with Sweden, Montenegro, Lesotho, Taiwan (Kinmen), Moldova with Ukraine, Albania with the Netherlands,
Madagascar, Ireland (Sligo and Leitrim), the Solomon Islands and Canada (Yukon).

Scripts and languages (positions in ``NOTES``, counted from 0): notes 3 (Lesvos), 10 (Paphos, Cyprus), 19 (Chania) and
30 (Alexandroupoli) are in Greek script, with Greek names and patronymics, addresses, phone numbers, facilities, vehicle
and boat registrations and Greek month names; notes 6 (Yunnan) and 23 (Inner Mongolia) are in simplified Chinese and
notes 13 (Hong Kong) and 29 (Kinmen, with Republic of China calendar dates and festivals) in traditional Chinese, with
names, addresses, phone numbers, facilities and dates in Chinese; note 24 is in Russian (Cyrillic; Kyrgyzstan) and note
33 in French (Madagascar), each with dates in that language's usage; all other notes (30) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, table rows of a line list, after relation words and
titles (Smt., W/o, Sri, Sh., Mst., Make, Nei, Sr, Sister, Sep, Maj, Capt, του with a patronymic, Ф.И.О. with a
patronymic), bare in prose, in sign-offs with initials, addresses with and without house numbers (lots, plots, a post
office box, a private bag, a garden line, a mohalla, an army post office, a Chinese village group, a Malagasy lot,
streets named after people, a date and a word), employers (a sawmill, a ports authority, a brewery, copper mines, a tea
factory, a gold dredging company, a citrus co-operative, a fishing company, a metallurgical plant, a herding
co-operative, a charcoal company, a mart, a potato farm), schools, a college and its rodeo team, care homes, a renal
hostel, a prison, a magistrates court, a funeral director, hotels and a guesthouse, a military unit, named wards,
hospitals and places named after people, saints or everyday words, place names inside facility names, GPS and ship
positions, e-mail addresses, URLs of video rooms and a patient portal, IPv4 addresses of video endpoints, social and
messaging handles and an app user name, road vehicle plates (ambulances, a pickup, a school vehicle, rental and private
cars, an army vehicle, a snowmachine), aircraft and helicopter registrations, a ship's name and call sign, professional
licences and registrations of many councils, device serial numbers (a CPAP machine, a glucose sensor, a pressure
mattress, a dialysis machine, a pacemaker, a phone IMEI), insurance, policy, claim, account, card, bank (IBAN), booking,
receipt, case, laboratory, certificate, registration, personal, inmate, police and court numbers, fax, bleep and
extension numbers, and dates in many formats (day-first and month-first with several separators, two-digit years,
year-less dates, dates in words and ordinals, month and year, a range of days, holidays and festivals, and Greek,
Chinese, Republic of China, Russian and French dates). Where a real identifier has a check digit (US NPI, Scottish CHI,
Australian Medicare and IHI, NZ NHI, Irish PPSN, Aadhaar, Greek AMKA, Chinese resident ID, Hong Kong ID, Taiwan ID,
Swedish personnummer, Dutch BSN, IBAN, IMO ship number, IMEI) the planted one passes it; the other national, insurance
and licence numbers keep a plausible local format (Bhutanese CID, Eswatini PIN, Zambian NRC, Rwandan national ID,
Pakistani CNIC, Kyrgyz PIN, Georgian personal number, Malagasy CIN, Indian army and officer numbers). No name, place or
facility is planted in more than one note, and none is reused from the eighteenth set. Four patients are aged 90 or over
(notes 15, 19, 29 and 37), and for them the age and every date element, bare years, months, holidays and festivals
included, are planted; where a younger patient's note has a bare year (notes 7, 27, 28 and 34), it is left in the text
and not planted. The strings that must survive include eponyms and eponymous scores, signs and devices (Jones, Borrmann,
Lauren, Ashdown, Edmonton, Glasgow, Calot, Strasberg, Morison, Parkland, King's College, West Haven, Child-Pugh, Sager,
Bair Hugger, Maddocks, King-Devick, Abbey, Waterlow, Alzheimer, Kanavel, Gamow, Weber, Sahli, Zuspan, Cauchy, Gharbi,
Caprini, Крамер, Fridericia, Ishihara, Ellis, Cvek, Mallampati, Lee, McGrath, Colles, Amsler, Goldmann, Bishop, Apgar,
Hartmann, Braden, Brescia-Cimino, Lachman, Lysholm, Rankin), place names inside clinical terms (Swiss staging, Canadian
CT Head Rule, Amsterdam 2022 consensus, Buffalo treadmill test, Lake Louise score, Ottawa ankle rules, Edinburgh
position, Tokyo Guidelines, Malta in a Chinese organism name, Harris Tweed), scores and classifications with their
numbers and years, brand names of drugs and devices, organisms, lab values with units, ratios and fractions that look
like dates (ILO profusion, visual acuity, scale scores out of a total, UK duration notation, a titre, an adrenaline
dilution, a TB regimen, gestational ages), a year inside four statutes, a service number (a national ambulance number,
a health line) and an old adage with two month names. Entries per kind: NAME 198, LOCATION 196, DATE 133, ID 97,
PHONE 81, HOSPITAL 79, ADDRESS 48, LICENCE 31, POSTCODE 27, PLATE 20, MRN 19, EMAIL 13, SERIAL 6, AGE 4, URL 3,
HANDLE 3, IP 2. The last 20 notes (581 identifier parts in 487 entries, 250 clinical strings) are in
:mod:`deid_notes_heldout28_more`, only to keep each file a readable length; this file holds 574 identifier parts in 473
entries and 245 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout28.deid_notes_heldout28_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Tonga, Tongatapu (Nuku'alofa): paediatric discharge summary, recurrent acute rheumatic fever
    ("VAIOLA HOSPITAL - MINISTRY OF HEALTH, KINGDOM OF TONGA\n"
     "Paediatric Ward | Taufa'ahau Road, Tofoa, Nuku'alofa | Ph +676 23 200\n"
     "DISCHARGE SUMMARY\n"
     "Name: Salote Mele Fifita-Vaipulu | F | DOB 14.06.2008 | Hosp No. VH 08-41736 | Village: Kolomotu'a\n"
     "Admitted: 02.02.2026   Discharged: 16.02.2026\n"
     "Consultant: Dr 'Ana Kupu-Taufa | Registrar: Dr Sione Latu-Havili\n"
     "Diagnosis: Recurrence of acute rheumatic fever (definite, Jones criteria 2015 revision: carditis and "
     "polyarthritis) on established rheumatic heart disease - moderate mitral regurgitation, mild mitral stenosis "
     "(MVA 1.8 cm2), WHF 2023 criteria stage C.\n"
     "History: 17-year-old; missed her Bicillin injections for 5 months after the family moved to 'Eua for her "
     "father's job at the Ha'atu'a sawmill. Presented with fever, migratory polyarthritis of knees and ankles and a "
     "louder pansystolic murmur at the apex.\n"
     "Investigations: ESR 88 mm/h, CRP 142 mg/L, ASOT 800 IU/mL, Hb 104 g/L, PR interval 0.24 s (first-degree AV "
     "block). Echo by Dr Kupu-Taufa on 05.02.2026: LVEF 58%, restricted posterior mitral leaflet, MR vena contracta "
     "5 mm, no pericardial effusion.\n"
     "Treatment: aspirin 50 mg/kg/day in 4 divided doses, now weaned; benzathine penicillin G (Bicillin L-A) 1.2 "
     "million units IM on 06.02.2026; furosemide 20 mg daily.\n"
     "Plan: Bicillin L-A 1.2 MU IM every 28 days at Niu'eiki Hospital, 'Eua - next due 06.03.2026; RHD register "
     "updated (Reg. TO-RHD-0917). Pregnancy to be avoided until cardiology review - contraception discussed with "
     "Salote and her mother Losaline Fifita (mob. 776 3095). Letter given for Tonga High School (Form 5). RHD clinic "
     "with Dr Kupu-Taufa in 3 months; for review by the visiting cardiac surgical team if the MS progresses.\n"
     "Signed: S. Latu-Havili, MBBS | TMDC Reg. 1093",
     [("HOSPITAL", ["VAIOLA HOSPITAL"]), ("ADDRESS", ["Taufa'ahau Road"]), ("LOCATION", ["Tofoa"]),
      ("LOCATION", ["Nuku'alofa"]), ("PHONE", ["+676 23 200"]), ("NAME", ["Salote", "Mele", "Fifita-Vaipulu"]),
      ("DATE", ["14.06.2008"]), ("MRN", ["VH 08-41736"]), ("LOCATION", ["Kolomotu'a"]), ("DATE", ["02.02.2026"]),
      ("DATE", ["16.02.2026"]), ("NAME", ["Ana", "Kupu-Taufa"]), ("NAME", ["Sione", "Latu-Havili"]),
      ("LOCATION", ["Eua"]), ("LOCATION", ["Ha'atu'a"]), ("DATE", ["05.02.2026"]), ("DATE", ["06.02.2026"]),
      ("HOSPITAL", ["Niu'eiki Hospital"]), ("DATE", ["06.03.2026"]), ("ID", ["TO-RHD-0917"]),
      ("NAME", ["Losaline", "Fifita"]), ("PHONE", ["776 3095"]), ("LOCATION", ["Tonga High School"]),
      ("LICENCE", ["1093"])],
     ["Jones criteria 2015 revision", "MVA 1.8 cm2", "WHF 2023 criteria", "ESR 88 mm/h", "ASOT 800 IU/mL",
      "PR interval 0.24 s", "LVEF 58%", "aspirin 50 mg/kg/day", "benzathine penicillin G", "Bicillin L-A",
      "furosemide 20 mg daily"]),

    # 1 - Kiribati, South Tarawa: dengue outbreak line list
    ("MINISTRY OF HEALTH AND MEDICAL SERVICES, KIRIBATI - Health Information Unit\n"
     "DENGUE (DENV-3) OUTBREAK LINE LIST - epi week 9/2026 | Tungaru Central Hospital, Nawerewere, South Tarawa\n"
     "Compiled by: Teretia Kaitu, Surveillance Officer | teretia.kaitu@health.gov.ki | mob. 7518 2046\n"
     "Case ID | Name | Age/Sex | Village | Onset | NS1 RDT | Plt x10^9/L | WHO 2009 class | Outcome\n"
     "KI-DEN-26-0211 | Tebwaa Iotebwa | 23 F | Betio | 22/02/2026 | pos | 88 | with warning signs | admitted Ward 3\n"
     "KI-DEN-26-0212 | Kaiea Tong | 6 M | Bikenibeu | 23/02/2026 | pos | 41 | severe (shock) | PICU, survived\n"
     "KI-DEN-26-0213 | Rereao Tekanene | 41 M | Bonriki | 23/02 | neg, IgM pos | 132 | without warning signs | home\n"
     "KI-DEN-26-0214 | Nei Mwenang Taam | 67 F | Abaokoro, North Tarawa | 24/02/2026 | pos | 19 | severe (bleeding) | "
     "died 27/02/2026\n"
     "KI-DEN-26-0215 | Binata Tokanikai | 15 F | Bairiki | 25/02/2026 | pos | 104 | with warning signs | admitted "
     "Ward 3\n"
     "Cluster notes: 0211 and 0215 both attend King George V and Elaine Bernacchi School (KGV/EBS) in Bikenibeu - "
     "school visited 26/02 with the Principal, Mrs Ioanna Rimon. 0213 is a welder at the Kiribati Ports Authority "
     "yard. 0214 had CKD and was taking aspirin; the family were told at the maneaba in Abaokoro.\n"
     "Clinical: paracetamol only - NO NSAIDs or aspirin; Hct 4-hourly if warning signs; crystalloid 10 mL/kg over 1 h "
     "then per the WHO 2009 algorithm. Case 0212: Hct 38% -> 49%, needed 3 boluses and 1 dose of albumin 5%.\n"
     "Vector: larval survey Betio ward 2 - Breteau index 48, House index 22%; Aedes aegypti in water tanks.\n"
     "Serotyping by RT-PCR at the regional reference laboratory in Nouméa. Sent to the PacNet list and to the WHO "
     "country office (fax 75 028 100).\n"
     "Verified: Dr Taoing Temaeri, Medical Epidemiologist",
     [("HOSPITAL", ["Tungaru Central Hospital"]), ("LOCATION", ["Nawerewere"]), ("LOCATION", ["South Tarawa"]),
      ("NAME", ["Teretia", "Kaitu"]), ("EMAIL", ["teretia.kaitu@health.gov.ki"]), ("PHONE", ["7518 2046"]),
      ("ID", ["KI-DEN-26-0211"]), ("NAME", ["Tebwaa", "Iotebwa"]), ("LOCATION", ["Betio"]), ("DATE", ["22/02/2026"]),
      ("ID", ["KI-DEN-26-0212"]), ("NAME", ["Kaiea", "Tong"]), ("LOCATION", ["Bikenibeu"]), ("DATE", ["23/02/2026"]),
      ("ID", ["KI-DEN-26-0213"]), ("NAME", ["Rereao", "Tekanene"]), ("LOCATION", ["Bonriki"]), ("DATE", ["23/02"]),
      ("ID", ["KI-DEN-26-0214"]), ("NAME", ["Mwenang", "Taam"]), ("LOCATION", ["Abaokoro"]),
      ("LOCATION", ["North Tarawa"]), ("DATE", ["24/02/2026"]), ("DATE", ["27/02/2026"]), ("ID", ["KI-DEN-26-0215"]),
      ("NAME", ["Binata", "Tokanikai"]), ("LOCATION", ["Bairiki"]), ("DATE", ["25/02/2026"]),
      ("LOCATION", ["King George V and Elaine Bernacchi School", "KGV/EBS"]), ("DATE", ["26/02"]),
      ("NAME", ["Ioanna", "Rimon"]), ("LOCATION", ["Kiribati Ports Authority"]), ("LOCATION", ["Nouméa"]),
      ("PHONE", ["75 028 100"]), ("NAME", ["Taoing", "Temaeri"])],
     ["DENV-3", "NS1 RDT", "WHO 2009 class", "crystalloid 10 mL/kg", "Hct 38% -> 49%", "albumin 5%",
      "Breteau index 48", "House index 22%", "Aedes aegypti", "RT-PCR", "WHO 2009 algorithm"]),

    # 2 - Bhutan, Bumthang: in-country referral letter to the national referral hospital, gastric cancer
    ("ROYAL GOVERNMENT OF BHUTAN - MINISTRY OF HEALTH\n"
     "Bumthang District Hospital, Wangdicholing, Jakar | Tel 03-631112\n"
     "REFERRAL FORM (in-country) | Ref. No. BDH/REF/2026/0117 | 3rd March 2026\n"
     "To: Dr Phuntsho Wangdi, Consultant Surgical Oncologist, Jigme Dorji Wangchuck National Referral Hospital, "
     "Gongphel Lam, Thimphu\n"
     "Patient: Ama Sangay Dema | 54 F | CID 11507002843 | Hosp. No. BDH-0572216\n"
     "Address: Dhur village, Chhoekhor gewog, Bumthang - yak herder, spends the summer at the Tshampa pasture\n"
     "Escort: son Tandin Norbu, mob. 17 61 48 22\n"
     "Dear Dr Wangdi,\n"
     "I am referring this lady with epigastric pain, early satiety and weight loss of 9 kg over 4 months. She was "
     "found to have melaena and an Hb of 8.2 g/dL. OGD here on 27/02/2026 (by myself) showed an ulcerated, heaped-up "
     "mass on the lesser curve of the antrum, Borrmann type III, friable; CLO test positive. Biopsy: adenocarcinoma, "
     "Lauren intestinal type, moderately differentiated. CEA 12.4 ng/mL. CT abdomen with contrast, done at the Mongar "
     "Eastern Regional Referral Hospital on 01/03/2026: antral wall thickening with perigastric nodes, no liver "
     "lesions, no ascites - cT3N1M0, stage IIB by the AJCC 8th edition. ECOG 1.\n"
     "She has had 2 units of whole blood (Hb now 9.6 g/dL) and is on pantoprazole 40 mg BD and ferrous sulphate 200 "
     "mg TDS. H. pylori eradication to follow after surgery. Kindly assess her for D2 gastrectomy and perioperative "
     "FLOT chemotherapy. Her elder sister died of stomach cancer at the JDWNRH.\n"
     "Travelling by the district ambulance BG-4-A0621 with a staff nurse. Her village tshogpa has arranged lodging in "
     "Thimphu at her cousin's house near the Changlimithang ground.\n"
     "Yours sincerely,\n"
     "Dr Kinley Yangzom, GDMO | BMHC Reg. No. BMHC/M/0482 | kyangzom@bumthanghosp.gov.bt",
     [("HOSPITAL", ["Bumthang District Hospital"]), ("LOCATION", ["Wangdicholing"]), ("LOCATION", ["Jakar"]),
      ("PHONE", ["03-631112"]), ("ID", ["BDH/REF/2026/0117"]), ("DATE", ["3rd March 2026"]),
      ("NAME", ["Phuntsho", "Wangdi"]), ("HOSPITAL", ["Jigme Dorji Wangchuck National Referral Hospital", "JDWNRH"]),
      ("ADDRESS", ["Gongphel Lam"]), ("LOCATION", ["Thimphu"]), ("NAME", ["Sangay", "Dema"]), ("ID", ["11507002843"]),
      ("MRN", ["BDH-0572216"]), ("LOCATION", ["Dhur"]), ("LOCATION", ["Chhoekhor"]), ("LOCATION", ["Bumthang"]),
      ("LOCATION", ["Tshampa"]), ("NAME", ["Tandin", "Norbu"]), ("PHONE", ["17 61 48 22"]), ("DATE", ["27/02/2026"]),
      ("HOSPITAL", ["Mongar Eastern Regional Referral Hospital"]), ("DATE", ["01/03/2026"]), ("PLATE", ["BG-4-A0621"]),
      ("LOCATION", ["Changlimithang"]), ("NAME", ["Kinley", "Yangzom"]), ("LICENCE", ["BMHC/M/0482"]),
      ("EMAIL", ["kyangzom@bumthanghosp.gov.bt"])],
     ["Hb of 8.2 g/dL", "Borrmann type III", "CLO test positive", "Lauren intestinal type", "CEA 12.4 ng/mL",
      "cT3N1M0", "AJCC 8th edition", "ECOG 1", "pantoprazole 40 mg BD", "D2 gastrectomy", "FLOT"]),

    # 3 - Greece, Lesvos (Mytilene): emergency department triage note in Greek, inferior STEMI
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΜΥΤΙΛΗΝΗΣ «ΒΟΣΤΑΝΕΙΟ» - ΤΜΗΜΑ ΕΠΕΙΓΟΝΤΩΝ ΠΕΡΙΣΤΑΤΙΚΩΝ (ΤΕΠ)\n"
     "ΔΕΛΤΙΟ ΔΙΑΛΟΓΗΣ (TRIAGE) | Σάββατο 14 Μαρτίου 2026, ώρα 06:52 | Αρ. Προσέλευσης ΤΕΠ 2026/031874\n"
     "Ασθενής: Ευστράτιος Χατζηπαναγιώτης του Προκοπίου | Άρρεν, 58 ετών | ΑΜΚΑ 19046718326\n"
     "Διεύθυνση: Οδός Ερμού 112, 811 00 Μυτιλήνη | Κιν. 697 218 4406\n"
     "Επάγγελμα: αλιέας, με το καΐκι του (νηολόγιο ΜΥΤ 1184) ψαρεύει έξω από το Πλωμάρι.\n"
     "Προσήλθε με ιδιωτικό όχημα (ΜΥΚ-2047) που οδηγούσε ο γιος του Παναγιώτης. Συνοδός και η σύζυγος Ελπίδα "
     "(κιν. 694 551 0327).\n"
     "Κύριο ενόχλημα: οπισθοστερνικό σφίξιμο από τις 05:30 με αντανάκλαση στην αριστερή ωλένια πλευρά, εφίδρωση, "
     "ναυτία. NRS 8/10. Καπνιστής 40 pack-years, ΣΔ τύπου 2 με μετφορμίνη 1000 mg x2.\n"
     "Ζωτικά: ΑΠ 96/58 mmHg, ΣΦ 52/λεπτό, SpO2 95% (αέρας δωματίου), ΑΣ 18/λεπτό, Θ 36,4 °C, σάκχαρο 212 mg/dL.\n"
     "ΗΚΓ σε 6 λεπτά: ανάσπαση ST 3 mm στις II, III, aVF με κατοπτρική κατάσπαση στις I, aVL - STEMI κατώτερου "
     "τοιχώματος, πιθανή συμμετοχή δεξιάς κοιλίας (V4R).\n"
     "Κατηγορία διαλογής: ESI 1 - αίθουσα αναζωογόνησης. Killip I.\n"
     "Ενέργειες: ασπιρίνη 300 mg μασώμενη, τικαγρελόρη 180 mg, ηπαρίνη 5.000 IU ΕΦ· όχι νιτρώδη (δεξιά κοιλία). "
     "Επειδή η μεταφορά σε αιμοδυναμικό εργαστήριο δεν είναι δυνατή εντός 120 λεπτών, χορηγήθηκε θρομβόλυση με "
     "τενεκτεπλάση 40 mg ΕΦ στις 07:14 (βάρος 84 kg). hs-cTnI 842 ng/L. Ενημερώθηκε το ΕΚΑΒ Λέσβου για "
     "αεροδιακομιδή στο Π.Γ.Ν. «Αττικόν», Χαϊδάρι.\n"
     "Νοσηλεύτρια διαλογής: Ν. Καλογεράκη | Ιατρός: Δρ Ιάκωβος Μανωλέλλης, Καρδιολόγος (ΑΜ Ι.Σ. Λέσβου 1842)",
     [("HOSPITAL", ["ΜΥΤΙΛΗΝΗΣ", "ΒΟΣΤΑΝΕΙΟ"]), ("DATE", ["14 Μαρτίου 2026"]), ("ID", ["2026/031874"]),
      ("NAME", ["Ευστράτιος", "Χατζηπαναγιώτης", "Προκοπίου"]), ("ID", ["19046718326"]), ("ADDRESS",
      ["Οδός Ερμού 112"]),
      ("POSTCODE", ["811 00"]), ("LOCATION", ["Μυτιλήνη"]), ("PHONE", ["697 218 4406"]), ("PLATE", ["ΜΥΤ 1184"]),
      ("LOCATION", ["Πλωμάρι"]), ("PLATE", ["ΜΥΚ-2047"]), ("NAME", ["Παναγιώτης"]), ("NAME", ["Ελπίδα"]),
      ("PHONE", ["694 551 0327"]), ("LOCATION", ["Λέσβου"]), ("HOSPITAL", ["Αττικόν"]), ("LOCATION", ["Χαϊδάρι"]),
      ("NAME", ["Καλογεράκη"]), ("NAME", ["Ιάκωβος", "Μανωλέλλης"]), ("LICENCE", ["1842"])],
     ["NRS 8/10", "40 pack-years", "μετφορμίνη 1000 mg", "ΑΠ 96/58 mmHg", "SpO2 95%", "STEMI", "V4R", "ESI 1",
      "Killip I", "ασπιρίνη 300 mg", "τικαγρελόρη 180 mg", "τενεκτεπλάση 40 mg", "hs-cTnI 842 ng/L"]),

    # 4 - Laos, Vientiane: microbiology blood culture report, melioidosis
    ("MAHOSOT HOSPITAL - MICROBIOLOGY LABORATORY\n"
     "Mahosot Road, Ban Kaognot, Chanthabouly District, Vientiane Capital, Lao PDR | Tel +856 21 214 022\n"
     "BLOOD CULTURE REPORT - FINAL\n"
     "Lab No. MB-26-01873 | HN 26-004417 | Ward: Medicine 1, bed 14\n"
     "Patient: Mr Khamphone Sisoulath | 47 M | DOB 09/04/1978\n"
     "Address: Ban Nongbuathong Tai, Sikhottabong District | Rice farmer; seasonal labourer at the Lao Brewery "
     "Company rice store\n"
     "Requested by: Dr Bounthavy Phimmasone (mob. 020 5541 8237)\n"
     "Specimen: blood culture, aerobic bottles x2 | Collected 19/01/2026 21:40 | Received 19/01/2026 22:05\n"
     "Clinical details: fever 10 days, DM (HbA1c 10.8% per ward), L parotid swelling, multiple splenic abscesses on "
     "ultrasound. Ceftazidime started on admission.\n"
     "Instrument: BacT/ALERT 3D, time to positivity 31 h (both bottles).\n"
     "Gram stain: Gram-negative bacilli with bipolar (\"safety-pin\") staining.\n"
     "Culture: on Ashdown's agar, dry wrinkled purple colonies at 48 h; oxidase positive; latex agglutination "
     "positive; API 20NE profile 1156577.\n"
     "ORGANISM: Burkholderia pseudomallei (melioidosis).\n"
     "Susceptibility (Etest, EUCAST v14.0 breakpoints): ceftazidime S (MIC 2 mg/L) | meropenem S (MIC 1 mg/L) | "
     "imipenem S | co-trimoxazole S (MIC 0.5 mg/L) | amoxicillin-clavulanate S | gentamicin R | colistin R "
     "(intrinsic).\n"
     "Comment: continue ceftazidime 2 g IV q6h (or meropenem 1 g q8h if in ICU) for at least 14 days, then "
     "eradication with co-trimoxazole for 3-6 months. Hazard group 3 - isolate handled in the BSL-3 cabinet; please "
     "tell the laboratory if a second patient from the same village is admitted.\n"
     "Result phoned to Dr Phimmasone at 09:15 on 22/01/2026 by Manivanh Keomany (laboratory technician).\n"
     "Validated: Dr Viengxay Rattanavong, Head of Microbiology | micro.lab@mahosot.gov.la",
     [("HOSPITAL", ["MAHOSOT HOSPITAL"]), ("ADDRESS", ["Mahosot Road"]), ("LOCATION", ["Ban Kaognot"]),
      ("LOCATION", ["Chanthabouly District"]), ("PHONE", ["+856 21 214 022"]), ("ID", ["MB-26-01873"]),
      ("MRN", ["HN 26-004417"]), ("NAME", ["Khamphone", "Sisoulath"]), ("DATE", ["09/04/1978"]),
      ("LOCATION", ["Ban Nongbuathong Tai"]), ("LOCATION", ["Sikhottabong District"]),
      ("LOCATION", ["Lao Brewery Company"]), ("NAME", ["Bounthavy", "Phimmasone"]), ("PHONE", ["020 5541 8237"]),
      ("DATE", ["19/01/2026"]), ("DATE", ["22/01/2026"]), ("NAME", ["Manivanh", "Keomany"]),
      ("NAME", ["Viengxay", "Rattanavong"]), ("EMAIL", ["micro.lab@mahosot.gov.la"])],
     ["HbA1c 10.8%", "BacT/ALERT 3D", "time to positivity 31 h", "Ashdown's agar", "API 20NE profile 1156577",
      "Burkholderia pseudomallei", "EUCAST v14.0", "MIC 2 mg/L", "MIC 0.5 mg/L", "ceftazidime 2 g IV q6h",
      "meropenem 1 g q8h", "co-trimoxazole", "Hazard group 3", "BSL-3"]),

    # 5 - Eswatini, Shiselweni (Nhlangano): school nurse visit record, acute asthma in a learner
    ("KINGDOM OF ESWATINI - MINISTRY OF HEALTH | School Health Programme, Shiselweni Region\n"
     "SCHOOL NURSE VISIT RECORD\n"
     "School: Mbangweni Lutheran High School, P.O. Box 263, Nhlangano | Date: Tuesday 10 February 2026, 10:35\n"
     "Learner: Siphesihle Nxumalo | Form 4B | 16 F | PIN 0905141100342 | Learner No. MLHS-2022-0871\n"
     "Home: Mhlosheni, near the Sigwe Inkhundla centre | lives with her grandmother, Make Tholakele Nxumalo\n"
     "Called by the class teacher, Mr Bongani Magagula, during a Physical Science practical: wheezing and unable to "
     "finish sentences after smoke from a burning sugar-cane field next to the school.\n"
     "Known asthmatic, diagnosed at Hlatikulu Government Hospital; reliever at home, none at school today. No "
     "preventer for 2 months since the clinic pharmacy ran out.\n"
     "O/E: RR 32, HR 124, SpO2 91% on room air, speaks in words, widespread wheeze, using accessory muscles. PEFR 180 "
     "L/min (about 45% of predicted).\n"
     "Treatment (standing order SO-14): salbutamol 100 mcg, 10 puffs via spacer (made from a 500 mL bottle), repeated "
     "after 20 min; prednisolone 40 mg PO stat. After 40 min: SpO2 95%, PEFR 290 L/min, talking in sentences.\n"
     "Referred to Nhlangano Health Centre for review and a beclometasone 100 mcg BD inhaler (GINA 2024, step 3); "
     "transport in the school bakkie (JSD 736 BS) with the deputy head, Mrs Thandeka Shongwe.\n"
     "Grandmother informed by phone (+268 7612 4830) - she will collect her at the clinic. Asthma action plan copied "
     "to the learner's file; the school will keep a spare salbutamol inhaler in the staff room.\n"
     "Sr Nomsa Ginindza, School Health Nurse | ENC Reg. RN/04417 | nginindza.schoolhealth@gmail.com",
     [("LOCATION", ["Mbangweni Lutheran High School"]), ("ADDRESS", ["P.O. Box 263"]), ("LOCATION", ["Nhlangano"]),
      ("DATE", ["10 February 2026"]), ("NAME", ["Siphesihle", "Nxumalo"]), ("ID", ["0905141100342"]),
      ("ID", ["MLHS-2022-0871"]), ("LOCATION", ["Mhlosheni"]), ("LOCATION", ["Sigwe"]),
      ("NAME", ["Tholakele", "Nxumalo"]), ("NAME", ["Bongani", "Magagula"]),
      ("HOSPITAL", ["Hlatikulu Government Hospital"]), ("HOSPITAL", ["Nhlangano Health Centre"]),
      ("PLATE", ["JSD 736 BS"]), ("NAME", ["Thandeka", "Shongwe"]), ("PHONE", ["+268 7612 4830"]),
      ("NAME", ["Nomsa", "Ginindza"]), ("LICENCE", ["RN/04417"]), ("EMAIL", ["nginindza.schoolhealth@gmail.com"])],
     ["SpO2 91%", "PEFR 180 L/min", "45% of predicted", "standing order SO-14", "salbutamol 100 mcg",
      "10 puffs via spacer", "prednisolone 40 mg PO stat", "beclometasone 100 mcg BD", "GINA 2024, step 3"]),

    # 6 - China, Yunnan (Xishuangbanna): ward round record in simplified Chinese, Amanita poisoning
    ("西双版纳傣族自治州人民医院 消化内科 查房记录\n"
     "2026年1月28日 08:30 主任医师查房\n"
     "患者：岩罕，男，46岁，住院号 ZY2026001847，12床。身份证号 532822197908134519。民族：傣族；入院途径：急诊（由勐海县人民医院转入）。\n"
     "住址：勐海县勐遮镇曼恩村委会曼恩村3组；职业：茶农（在南糯山古茶园帮工）。\n"
     "入院日期：2026年1月26日。\n"
     "病史回顾：1月25日中午与妻子玉嫩及邻居岩温一家共食自采野生菌（“白毒伞”样），约10小时后出现剧烈呕吐、水样泻。"
     "入院时ALT 412 U/L；今晨ALT 3860 U/L，AST 4210 U/L，总胆红素 68 μmol/L，INR 2.8，血氨 96 μmol/L，肌酐 132 μmol/L。"
     "经省疾控中心鉴定为致命鹅膏（Amanita exitialis）。\n"
     "刀建华主任查房意见：\n"
     "1. 诊断：急性鹅膏菌中毒，急性肝衰竭（早期），MELD评分 28，Child-Pugh C级；按King's College标准尚未达到肝移植指征，"
     "须每6小时复查INR及血气。\n"
     "2. 继续水飞蓟宾 20 mg/kg/d 静滴，N-乙酰半胱氨酸（NAC）150 mg/kg负荷后维持；今日行第二次血液灌流（HA230）。\n"
     "3. 维生素K1 10 mg 静注；乳果糖 30 mL tid；监测West Haven肝性脑病分级（目前0级）。\n"
     "4. 联系昆明医科大学第一附属医院肝移植中心备案，已电话告知家属。\n"
     "5. 妻子玉嫩（13887914520）症状较轻，收住本科13床；岩温一家已转勐海县人民医院。\n"
     "6. 今晨血糖 3.6 mmol/L，予10%葡萄糖持续静滴，每2小时测指尖血糖；血小板 82×10^9/L，纤维蛋白原 1.1 g/L，"
     "如有活动性出血或需有创操作，输注新鲜冰冻血浆 400 mL。尿量 0.6 mL/kg/h，注意急性肾损伤。\n"
     "7. 已告病危；患者妻子玉嫩及其兄岩庄已签署病危通知书及血液灌流知情同意书。医保：城乡居民医保，卡号 YB5328224736019。\n"
     "8. 明日复查腹部超声、凝血四项及肝功能，评估是否需要第三次血液灌流。\n"
     "9. 已上报州疾控中心（食源性疾病监测报告编号 YN-SYJB-2026-0137），并建议曼恩村委会在雨季前开展野生菌中毒宣传。\n"
     "记录：住院医师 李婷婷　审核：刀建华\n"
     "护士长：玉应　病区电话：0691-2123674",
     [("HOSPITAL", ["西双版纳傣族自治州人民医院"]), ("DATE", ["2026年1月28日"]), ("NAME", ["岩罕"]),
      ("MRN", ["ZY2026001847"]), ("ID", ["532822197908134519"]), ("LOCATION", ["勐海县"]), ("LOCATION", ["勐遮镇"]),
      ("ADDRESS", ["曼恩村委会曼恩村3组"]), ("LOCATION", ["南糯山古茶园"]), ("DATE", ["2026年1月26日"]),
      ("DATE", ["1月25日"]), ("NAME", ["玉嫩"]), ("NAME", ["岩温"]), ("NAME", ["刀建华"]),
      ("HOSPITAL", ["昆明医科大学第一附属医院"]), ("PHONE", ["13887914520"]), ("HOSPITAL", ["勐海县人民医院"]),
      ("NAME", ["岩庄"]), ("ID", ["YB5328224736019"]), ("ID", ["YN-SYJB-2026-0137"]), ("LOCATION", ["曼恩村委会"]),
      ("NAME", ["李婷婷"]), ("NAME", ["玉应"]), ("PHONE", ["0691-2123674"])],
     ["血糖 3.6 mmol/L", "10%葡萄糖", "纤维蛋白原 1.1 g/L", "新鲜冰冻血浆 400 mL", "0.6 mL/kg/h", "ALT 3860 U/L", "INR 2.8",
      "Amanita exitialis", "MELD评分 28", "Child-Pugh C级", "King's College标准",
      "水飞蓟宾 20 mg/kg/d", "N-乙酰半胱氨酸", "血液灌流", "HA230", "维生素K1 10 mg", "乳果糖 30 mL tid", "West Haven"]),

    # 7 - Zambia, Copperbelt (Kitwe): occupational health periodic examination of an underground miner
    ("COPPERBELT OCCUPATIONAL MEDICINE CENTRE - KITWE\n"
     "Plot 5032, Nkana West, Kitwe | Tel +260 212 222 913\n"
     "PERIODIC MEDICAL EXAMINATION - DUST-EXPOSED WORKER | Exam date: 09/03/2026 | COMC file 2026/KT/03317\n"
     "Employee: Mr Chanda Mwape Mulenga | 44 M | NRC 218473/68/1 | Employee No. KDC-E-052974\n"
     "Employer: Kalulushi Deep Copper Mine Ltd, No. 3 Shaft | Job: jackleg drill operator, 19 years underground\n"
     "Home: House No. 27, Chamboli Township, Kitwe | Next of kin: wife Mrs Bupe Mulenga, 0977 630 215\n"
     "History: dry cough and breathlessness climbing to the shaft collar for 8 months; no haemoptysis; non-smoker; "
     "previous examination on 12/03/2025 showed early changes (ILO 1/0). HIV positive on TLD, last viral load "
     "suppressed. Completed TPT (3HP) in 2023.\n"
     "Exam: BMI 23.4; no clubbing; fine basal crackles on both sides.\n"
     "Chest X-ray read to the ILO 2011 classification (Dr Mutale Nyirenda, B-reader): small rounded opacities q/q, "
     "profusion 2/1, upper and middle zones, no large opacities, no pleural plaques.\n"
     "Spirometry (GLI 2012 reference equations): FEV1 2.41 L (68% predicted), FVC 3.12 L (74%), FEV1/FVC 0.77 - "
     "restrictive pattern.\n"
     "Sputum Xpert MTB/RIF Ultra: MTB not detected.\n"
     "Audiometry: bilateral 4 kHz notch, 35 dB HL - noise-induced hearing loss.\n"
     "Opinion: simple silicosis, progressed since last year. Unfit for further dust exposure under the Occupational "
     "Health and Safety Act No. 36 of 2010; fit for surface work. Certificate sent to the Workers' Compensation Fund "
     "Control Board (claim WCF/CB/26/11873). Annual TB screen for life.\n"
     "Dr Mwila Chisenga-Banda, Occupational Medical Officer | HPCZ Reg. DR/08417 | m.chisenga@comc.org.zm",
     [("HOSPITAL", ["COPPERBELT OCCUPATIONAL MEDICINE CENTRE"]), ("ADDRESS", ["Plot 5032"]),
      ("LOCATION", ["Nkana West"]), ("LOCATION", ["Kitwe"]), ("PHONE", ["+260 212 222 913"]), ("DATE", ["09/03/2026"]),
      ("ID", ["2026/KT/03317"]), ("NAME", ["Chanda", "Mwape", "Mulenga"]), ("ID", ["218473/68/1"]),
      ("ID", ["KDC-E-052974"]), ("LOCATION", ["Kalulushi Deep Copper Mine"]), ("ADDRESS", ["House No. 27"]),
      ("LOCATION", ["Chamboli"]), ("NAME", ["Bupe", "Mulenga"]), ("PHONE", ["0977 630 215"]), ("DATE", ["12/03/2025"]),
      ("NAME", ["Mutale", "Nyirenda"]), ("ID", ["WCF/CB/26/11873"]), ("NAME", ["Mwila", "Chisenga-Banda"]),
      ("LICENCE", ["DR/08417"]), ("EMAIL", ["m.chisenga@comc.org.zm"])],
     ["ILO 1/0", "TLD", "TPT (3HP)", "ILO 2011 classification", "q/q", "profusion 2/1", "GLI 2012 reference equations",
      "FEV1 2.41 L", "FEV1/FVC 0.77", "Xpert MTB/RIF Ultra", "4 kHz notch", "35 dB HL",
      "Occupational Health and Safety Act No. 36 of 2010"]),

    # 8 - Rwanda, Burera (Butaro): palliative care home visit, advanced cervical cancer
    ("BUTARO DISTRICT HOSPITAL - Butaro Cancer Centre of Excellence | Burera District, Northern Province\n"
     "PALLIATIVE CARE HOME VISIT | 21/01/2026 | Team mobile +250 788 300 415\n"
     "Patient: MUKAMANA Vestine | 61 F | NID 1 1964 7 0063152 0 73 | Oncology No. BCCOE-2024-1182\n"
     "CBHI (Mutuelle de santé) No. 04/05/17/0398-02 | Umudugudu: Gitovu, Cell: Mubuga, Sector: Rusarabuye\n"
     "Dx: squamous cell carcinoma of the cervix, FIGO 2018 stage IVA, with vesicovaginal fistula; completed 2 cycles "
     "of palliative carboplatin/paclitaxel; radiotherapy not possible (machine in Kigali, long waiting list).\n"
     "Seen at home with the CHW, Mr HABIMANA Jean Bosco, and her daughter UWASE Clarisse (0788 412 736), her main "
     "carer. Her husband, NSABIMANA Théoneste, works at the Rwanda Mountain Tea factory in Rulindo.\n"
     "Symptoms (ESAS - Edmonton Symptom Assessment System, 0-10): pain 8, tiredness 7, nausea 4, appetite 8, "
     "wellbeing 6. Constant urine leak, offensive discharge.\n"
     "PPS 40%. Cachectic, pale (Hb 7.9 g/dL last week), sacrum intact.\n"
     "Plan:\n"
     "1. Oral morphine solution 5 mg every 4 hours with 5 mg breakthrough doses; bisacodyl 10 mg at night.\n"
     "2. Haloperidol 1.5 mg at night for nausea.\n"
     "3. Metronidazole 400 mg TDS x7 days, and crushed metronidazole tablets on the pads for odour; barrier cream.\n"
     "4. Incontinence pads and a plastic sheet from the social support fund.\n"
     "5. Advance care planning: she wishes to die at home; the family agree. The pastor of the parish at Nyamicucu "
     "will visit.\n"
     "Next visit 28/01/2026. CHW to phone if pain stays above 6 despite breakthrough doses.\n"
     "NIYONSABA Claudine, Palliative Care Nurse (NCNM 06184/RN) | Dr NSENGIYUMVA Jean-Paul, Oncologist",
     [("HOSPITAL", ["BUTARO DISTRICT HOSPITAL"]), ("HOSPITAL", ["Butaro Cancer Centre of Excellence"]),
      ("LOCATION", ["Burera"]), ("DATE", ["21/01/2026"]), ("PHONE", ["+250 788 300 415"]),
      ("NAME", ["MUKAMANA", "Vestine"]), ("ID", ["1 1964 7 0063152 0 73"]), ("MRN", ["BCCOE-2024-1182"]),
      ("ID", ["04/05/17/0398-02"]), ("LOCATION", ["Gitovu"]), ("LOCATION", ["Mubuga"]), ("LOCATION", ["Rusarabuye"]),
      ("LOCATION", ["Kigali"]), ("NAME", ["HABIMANA", "Jean Bosco"]), ("NAME", ["UWASE", "Clarisse"]),
      ("PHONE", ["0788 412 736"]), ("NAME", ["NSABIMANA", "Théoneste"]), ("LOCATION", ["Rwanda Mountain Tea"]),
      ("LOCATION", ["Rulindo"]), ("LOCATION", ["Nyamicucu"]), ("DATE", ["28/01/2026"]),
      ("NAME", ["NIYONSABA", "Claudine"]), ("LICENCE", ["06184/RN"]), ("NAME", ["NSENGIYUMVA", "Jean-Paul"])],
     ["FIGO 2018 stage IVA", "vesicovaginal fistula", "carboplatin/paclitaxel", "ESAS",
      "Edmonton Symptom Assessment System", "PPS 40%", "Hb 7.9 g/dL", "Oral morphine solution 5 mg",
      "bisacodyl 10 mg", "Haloperidol 1.5 mg", "Metronidazole 400 mg TDS"]),

    # 9 - Guyana, Region 9 (Lethem): referral and transfer note, severe falciparum malaria in a gold dredge worker
    ("MINISTRY OF HEALTH, GUYANA - REGION 9 (UPPER TAKUTU-UPPER ESSEQUIBO)\n"
     "LETHEM REGIONAL HOSPITAL | Tel 592-772-2014\n"
     "REFERRAL AND TRANSFER NOTE - to the ICU, Georgetown Public Hospital Corporation\n"
     "Date/time: Friday 13 February 2026, 15:20\n"
     "Patient: Rohan Persaud-Fredericks | 33 M | DOB 30/10/1992 | Reg. No. LRH-26-00731 | NIS No. 1048273\n"
     "Home: Lot 14 Plaisance, East Coast Demerara; working 3 months as a dredge operator for Rupununi Gold Dredging "
     "Inc. at the Marudi Mountain backdam. Mother: Mrs Indra Persaud, 592-627-3906.\n"
     "Brought in by the company pickup from Aishalton after 5 days of fever, rigors and dark urine; confused since "
     "this "
     "morning.\n"
     "O/E: T 39.6, HR 128, BP 92/54, RR 30, SpO2 93%. Jaundiced, Glasgow Coma Scale 13/15 (E3 V4 M6), no neck "
     "stiffness.\n"
     "Labs: thick/thin film - Plasmodium falciparum, parasitaemia 6.2%, schizonts seen; Hb 7.2 g/dL; glucose 58 mg/dL; "
     "creatinine 2.9 mg/dL; bilirubin 5.1 mg/dL. G6PD normal (qualitative).\n"
     "Impression: severe falciparum malaria (cerebral, AKI, haemoglobinuria, hypoglycaemia) - WHO 2023 criteria.\n"
     "Given: IV artesunate 2.4 mg/kg at 08:40 and 14:40 (next due 20:40, on the way or at GPHC); 50 mL dextrose 50% "
     "then D10 infusion; ceftriaxone 2 g IV; paracetamol. Urine output 20 mL/h, catheter in. Primaquine 0.25 mg/kg "
     "single dose once able to swallow.\n"
     "Transfer: air ambulance (Cessna Grand Caravan 8R-GHK) from Lethem airstrip, ETA Ogle 17:30, accompanied by Nurse "
     "Yvette Bacchus-Charles. Malaria programme notified (case no. R9-MAL-26-0092); his co-workers at the camp to be "
     "screened.\n"
     "Dr Felipe Aguilar-Mendoza (Cuban Medical Brigade) | Guyana Medical Council Reg. 3172\n"
     "Accepted by: Dr Keisha Fraser-Lall, ICU registrar, GPHC, by phone at 14:55",
     [("HOSPITAL", ["LETHEM REGIONAL HOSPITAL"]), ("PHONE", ["592-772-2014"]),
      ("HOSPITAL", ["Georgetown Public Hospital Corporation", "GPHC"]), ("DATE", ["13 February 2026"]),
      ("NAME", ["Rohan", "Persaud-Fredericks"]), ("DATE", ["30/10/1992"]), ("MRN", ["LRH-26-00731"]),
      ("ID", ["1048273"]), ("ADDRESS", ["Lot 14 Plaisance"]), ("LOCATION", ["East Coast Demerara"]),
      ("LOCATION", ["Rupununi Gold Dredging Inc."]), ("LOCATION", ["Marudi Mountain"]), ("NAME", ["Indra", "Persaud"]),
      ("PHONE", ["592-627-3906"]), ("LOCATION", ["Aishalton"]), ("PLATE", ["8R-GHK"]), ("LOCATION", ["Lethem"]),
      ("LOCATION", ["Ogle"]), ("NAME", ["Yvette", "Bacchus-Charles"]), ("ID", ["R9-MAL-26-0092"]),
      ("NAME", ["Felipe", "Aguilar-Mendoza"]), ("LICENCE", ["3172"]), ("NAME", ["Keisha", "Fraser-Lall"])],
     ["Glasgow Coma Scale 13/15", "E3 V4 M6", "Plasmodium falciparum", "parasitaemia 6.2%", "Hb 7.2 g/dL",
      "creatinine 2.9 mg/dL", "G6PD normal", "WHO 2023 criteria", "artesunate 2.4 mg/kg", "dextrose 50%",
      "ceftriaxone 2 g IV", "Primaquine 0.25 mg/kg", "Cessna Grand Caravan"]),

    # 10 - Cyprus, Paphos: operative note in Greek, laparoscopic cholecystectomy
    ("ΟΚΥπΥ - ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΠΑΦΟΥ | Χειρουργική Κλινική | Τηλ. 26 803 100\n"
     "ΕΚΘΕΣΗ ΧΕΙΡΟΥΡΓΙΚΗΣ ΕΠΕΜΒΑΣΗΣ\n"
     "Ημερομηνία: Πέμπτη, 5 Φεβρουαρίου 2026 | Χειρουργείο 3 | Έναρξη 09:10 - Λήξη 11:25\n"
     "Ασθενής: Ανδρούλλα Χαραλάμπους | Θήλυ, 49 ετών | Αρ. Ταυτότητας 0904172 | Αρ. Δικαιούχου ΓεΣΥ 10592617 | Αρ. "
     "Φακέλου ΓΝΠ-26-01735\n"
     "Διεύθυνση: Οδός Αγίου Γεωργίου 8, 8560 Πέγεια | Κιν. 99 630 582 | Εργάζεται ως ρεσεψιονίστ στο ξενοδοχείο "
     "«Coral Thalassa Resort» στον Κόλπο των Κοραλλιών.\n"
     "Χειρουργός: Δρ Μιχάλης Κωνσταντίνου | Βοηθός: Δρ Ελένη Ττοφή | Αναισθησιολόγος: Δρ Σάββας Νεοφύτου | "
     "Εργαλειοδότρια: Ρ. Χριστοδούλου\n"
     "Προεγχειρητική διάγνωση: οξεία λιθιασική χολοκυστίτιδα, Tokyo Guidelines 2018 (TG18) βαθμού II, ASA II.\n"
     "Επέμβαση: λαπαροσκοπική χολοκυστεκτομή (4 trocars, πνευμοπεριτόναιο 12 mmHg).\n"
     "Ευρήματα: οιδηματώδης, διατεταμένη χοληδόχος κύστη με προσκολλημένο επίπλουν - Parkland grading scale 3. "
     "Ενσφηνωμένος λίθος 2,5 cm στον αυχένα. Παρακέντηση και αναρρόφηση πυώδους χολής (καλλιέργεια).\n"
     "Τεχνική: παρασκευή του τριγώνου του Calot, επίτευξη Critical View of Safety (Strasberg) με φωτογραφική "
     "τεκμηρίωση. Απολίνωση κυστικού πόρου και κυστικής αρτηρίας με Hem-o-lok. Αφαίρεση σε endobag από την ομφαλική "
     "οπή. Παροχέτευση Blake 19 Fr στο χώρο του Morison.\n"
     "Απώλεια αίματος < 50 mL. Χωρίς επιπλοκές. Κεφαζολίνη 2 g ΕΦ κατά την εισαγωγή.\n"
     "Μετεγχειρητικές οδηγίες: παρακεταμόλη 1 g x4, ενοξαπαρίνη 40 mg υποδορίως, σίτιση από το απόγευμα, αφαίρεση "
     "παροχέτευσης αύριο αν < 100 mL. Ιστολογική εξέταση στο Εργαστήριο Παθολογικής Ανατομικής.\n"
     "Ο σύζυγος, κ. Νίκος Χαραλάμπους (99 527 118), ενημερώθηκε στις 11:40.\n"
     "Δρ Μ. Κωνσταντίνου, Γενικός Χειρουργός | ΑΜ ΠΙΣ 3076",
     [("HOSPITAL", ["ΠΑΦΟΥ"]), ("PHONE", ["26 803 100"]), ("DATE", ["5 Φεβρουαρίου 2026"]),
      ("NAME", ["Ανδρούλλα", "Χαραλάμπους"]), ("ID", ["0904172"]), ("ID", ["10592617"]), ("MRN", ["ΓΝΠ-26-01735"]),
      ("ADDRESS", ["Οδός Αγίου Γεωργίου 8"]), ("POSTCODE", ["8560"]), ("LOCATION", ["Πέγεια"]),
      ("PHONE", ["99 630 582"]), ("LOCATION", ["Coral Thalassa Resort"]), ("LOCATION", ["Κόλπο των Κοραλλιών"]),
      ("NAME", ["Μιχάλης", "Κωνσταντίνου"]), ("NAME", ["Ελένη", "Ττοφή"]), ("NAME", ["Σάββας", "Νεοφύτου"]),
      ("NAME", ["Χριστοδούλου"]), ("NAME", ["Νίκος", "Χαραλάμπους"]), ("PHONE", ["99 527 118"]),
      ("LICENCE", ["3076"])],
     ["Tokyo Guidelines 2018 (TG18)", "ASA II", "12 mmHg", "Parkland grading scale 3", "Calot",
      "Critical View of Safety (Strasberg)", "Hem-o-lok", "Blake 19 Fr", "Morison", "Κεφαζολίνη 2 g",
      "ενοξαπαρίνη 40 mg"]),

    # 11 - Belize, Stann Creek (Dangriga): emergency department triage note, fer-de-lance bite
    ("SOUTHERN REGIONAL HOSPITAL - DANGRIGA, STANN CREEK DISTRICT, BELIZE\n"
     "Emergency Department | Tel 522-2078\n"
     "TRIAGE NOTE | 26-Feb-2026 06:45 | ED Reg. SRH-ED-26-02117\n"
     "Patient: Santiago Choc | 37 M | DOB 11-Jul-1988 | SSB No. 000529614 | Alta Vista village, Mile 14 Stann Creek "
     "Valley Road\n"
     "Works: fruit picker, Pomona Citrus Growers Co-op (Hope Creek farm)\n"
     "Arrived: private pickup (plate SC-C 14827) driven by his wife, Mrs Juana Pop (cell 623-4471); his brother "
     "Marcos Choc killed the snake and brought it in a bucket - identified by Dr Nunez as a tommygoff (Bothrops asper, "
     "fer-de-lance).\n"
     "Chief complaint: snakebite L foot at 05:20 while clearing grass under the orange trees in the dark, barefoot.\n"
     "Triage vitals: BP 104/62, HR 116, RR 22, T 36.9, SpO2 98%, pain 9/10, GCS 15.\n"
     "Findings: two puncture marks dorsum of L foot, oozing; swelling to mid-calf (calf 41 cm vs 35 cm R); gum "
     "bleeding on brushing. 20-minute whole blood clotting test (20WBCT): UNCLOTTED.\n"
     "Triage category: ESI 2 - to resus bay 1.\n"
     "Immediate actions: 2 large-bore IVs; bloods for CBC, PT/INR, fibrinogen, creatinine; limb immobilised at heart "
     "level; pressure immobilisation NOT used (viperid). Antivenom: polyvalent antivenom (ICP, Costa Rica), 10 vials "
     "in "
     "500 mL NS over 1 h, adrenaline 0.5 mg IM drawn up at the bedside. Tdap given.\n"
     "Translator for Mrs Pop (Q'eqchi'): Nurse Hilda Coc.\n"
     "Triage RN: Delmy Arzu | ED physician: Dr Kareem Nunez-Castillo (Belize Medical and Dental Council Reg. 1298)",
     [("HOSPITAL", ["SOUTHERN REGIONAL HOSPITAL"]), ("LOCATION", ["DANGRIGA"]), ("PHONE", ["522-2078"]),
      ("DATE", ["26-Feb-2026"]), ("ID", ["SRH-ED-26-02117"]), ("NAME", ["Santiago", "Choc"]), ("DATE", ["11-Jul-1988"]),
      ("ID", ["000529614"]), ("LOCATION", ["Alta Vista"]), ("ADDRESS", ["Mile 14 Stann Creek Valley Road"]),
      ("LOCATION", ["Pomona Citrus Growers Co-op"]), ("LOCATION", ["Hope Creek"]), ("PLATE", ["SC-C 14827"]),
      ("NAME", ["Juana", "Pop"]), ("PHONE", ["623-4471"]), ("NAME", ["Marcos", "Choc"]), ("NAME", ["Hilda", "Coc"]),
      ("NAME", ["Delmy", "Arzu"]), ("NAME", ["Kareem", "Nunez-Castillo", "Nunez"]), ("LICENCE", ["1298"])],
     ["Bothrops asper", "fer-de-lance", "SpO2 98%", "pain 9/10", "GCS 15", "20WBCT", "ESI 2",
      "polyvalent antivenom (ICP, Costa Rica)", "adrenaline 0.5 mg IM", "Tdap"]),

    # 12 - USA, interior Alaska (Fort Yukon): village clinic patient transfer form, snowmachine crash with hypothermia
    ("TANANA CHIEFS CONFERENCE - YUKON FLATS HEALTH CENTER, FORT YUKON, AK 99740\n"
     "Ph 907-662-2460 | Fax 907-662-2581\n"
     "PATIENT TRANSFER FORM - to Fairbanks Memorial Hospital Emergency Department\n"
     "Date: 01/17/2026 | Time called: 19:40 | Medevac request # GF-260117-03\n"
     "Patient: Elias J. Peter-Solomon | 27 M | DOB 11/02/1998 | TCC chart 084172 | Alaska Medicaid ID 0063918254\n"
     "Mailing: PO Box 214, Fort Yukon, AK 99740 | Mother: Martha Peter, cell 907-662-3170\n"
     "Mechanism: snowmachine (AK reg. 6093 SN) rolled on the Chandalar River trail about 18 miles out toward Venetie "
     "at "
     "~15:30; pinned under it ~1 h at -38 F before his cousin Tyler Roberts found him and brought him in on a sled.\n"
     "Findings (CHA/P): core temp 32.4 C (rectal; no esophageal probe), shivering stopped, GCS 14, HR 52, BP 98/60, "
     "RR 12, SpO2 93%. Pelvis tender, unstable to gentle compression; L thigh deformed.\n"
     "Impression: moderate hypothermia (Swiss staging HT II), suspected pelvic ring fracture and L femoral shaft "
     "fracture.\n"
     "Care given per Dr. Horvath-Whitman by phone: SAM Pelvic Sling II applied at the trochanters; Sager traction "
     "splint L; wet clothes cut off, hypothermia wrap with the Bair Hugger at 43 C; warmed NS 500 mL; TXA 1 g IV over "
     "10 min at 20:05; fentanyl 25 mcg IV x2; horizontal handling only.\n"
     "Transport: fixed-wing, King Air N527GF, wheels-up ETA 21:10, 1 flight nurse + 1 paramedic.\n"
     "Sending: Lorraine Frank, CHA (community health aide, level IV) | cert. #AK-CHAP-2214\n"
     "Receiving physician: Dr. Caleb Horvath-Whitman, MD, Emergency Medicine | NPI 1328471051\n"
     "Copy of this form with the patient; original to the village clinic file.",
     [("HOSPITAL", ["YUKON FLATS HEALTH CENTER"]), ("LOCATION", ["FORT YUKON"]), ("POSTCODE", ["99740"]),
      ("PHONE", ["907-662-2460"]), ("PHONE", ["907-662-2581"]), ("HOSPITAL", ["Fairbanks Memorial Hospital"]),
      ("DATE", ["01/17/2026"]), ("ID", ["GF-260117-03"]), ("NAME", ["Elias", "Peter-Solomon"]), ("DATE",
      ["11/02/1998"]),
      ("MRN", ["084172"]), ("ID", ["0063918254"]), ("ADDRESS", ["PO Box 214"]), ("LOCATION", ["Fort Yukon"]),
      ("NAME", ["Martha", "Peter"]), ("PHONE", ["907-662-3170"]), ("PLATE", ["6093 SN"]),
      ("LOCATION", ["Chandalar River"]), ("LOCATION", ["Venetie"]), ("NAME", ["Tyler", "Roberts"]),
      ("NAME", ["Caleb", "Horvath-Whitman"]), ("PLATE", ["N527GF"]), ("NAME", ["Lorraine", "Frank"]),
      ("LICENCE", ["AK-CHAP-2214"]), ("ID", ["1328471051"])],
     ["core temp 32.4 C", "GCS 14", "SpO2 93%", "Swiss staging HT II", "SAM Pelvic Sling II", "Sager traction splint",
      "Bair Hugger", "TXA 1 g IV", "fentanyl 25 mcg IV", "King Air"]),

    # 13 - Hong Kong, New Territories (Fanling): ISBAR shift handover in traditional Chinese
    ("醫院管理局 北區醫院 內科 M7 病房\n"
     "ISBAR 交更紀錄（日更 → 夜更）| 2026年2月3日（星期二）20:00\n"
     "交更：註冊護士 陳嘉儀 → 接更：夜更當值醫生 黃浩然醫生、RN 梁詠詩\n"
     "I（Identify）：23床，鄧志強，男，78歲，HN26003592(7)，HKID K507396(0)。住粉嶺龍躍頭老圍村12號，與兒子同住。\n"
     "S（Situation）：社區型肺炎（右下肺），CURB-65 3分；今日下午新發快速心房顫動，心率 140-150 bpm。\n"
     "B（Background）：2月1日在家中跌倒後由救護車送院；高血壓、第2型糖尿病、慢性腎病 stage 3b。"
     "藥物：Augmentin 1.2 g IV q8h、Klacid 500 mg bd（今日第3日）、metformin 已停。"
     "CHA2DS2-VASc 4分，HAS-BLED 2分。DNACPR 已於2月2日由顧問醫生 何永康 與家人簽署。"
     "入院前由外籍家庭傭工 Maricel Dela Cruz（6927 1354）照顧，可扶助行走；痰培養：Streptococcus pneumoniae，"
     "對 penicillin 敏感；血培養（2月1日）至今未有生長。\n"
     "A（Assessment）：18:00 NEWS2 6分：RR 24、SpO2 92%（鼻導管 2 L/min）、BP 102/64、T 38.2°C、意識清醒。"
     "乳酸 3.1 mmol/L，CRP 186 mg/L，肌酸酐 164 μmol/L，K 5.4 mmol/L。17:30 已給 diltiazem 10 mg IV，心率降至 118。\n"
     "R（Recommendation）：\n"
     "1. 22:00 前重做 ECG 及抽血；如心率持續 >130，考慮 amiodarone 300 mg IV（需 CVC）或 digoxin。\n"
     "2. 開始 apixaban 2.5 mg bd（年齡 <80，但體重 56 kg 及肌酸酐 >133 μmol/L → 減量）。\n"
     "3. 每小時觀察，NEWS2 ≥7 即通知 MO，並考慮 ICU 會診（分機 3627）。\n"
     "4. 兒子 鄧家豪（9187 4420）要求有變化時隨時致電；孫女在屯門醫院任職護士。\n"
     "5. 明早 Team B 查房時跟進抗生素（考慮轉 oral amoxicillin 1 g tds）；醫務社工 蘇敏儀（分機 3615）已安排出院前家居評估，"
     "並轉介粉嶺 安怡長者鄰舍中心 送飯服務。\n"
     "交更人簽名：陳嘉儀（RN, NCHK R507361）",
     [("HOSPITAL", ["北區醫院"]), ("DATE", ["2026年2月3日"]), ("NAME", ["陳嘉儀"]), ("NAME", ["黃浩然"]),
      ("NAME", ["梁詠詩"]), ("NAME", ["鄧志強"]), ("MRN", ["HN26003592(7)"]), ("ID", ["K507396(0)"]),
      ("LOCATION", ["粉嶺"]), ("ADDRESS", ["龍躍頭老圍村12號"]), ("DATE", ["2月1日"]), ("DATE", ["2月2日"]),
      ("NAME", ["何永康"]), ("NAME", ["Maricel", "Dela Cruz"]), ("PHONE", ["6927 1354"]), ("PHONE", ["3627"]),
      ("NAME", ["鄧家豪"]), ("PHONE", ["9187 4420"]), ("NAME", ["蘇敏儀"]), ("PHONE", ["3615"]),
      ("HOSPITAL", ["安怡長者鄰舍中心"]),
      ("HOSPITAL", ["屯門醫院"]), ("LICENCE", ["R507361"])],
     ["CURB-65 3分", "stage 3b", "Augmentin 1.2 g IV q8h", "Klacid 500 mg bd", "CHA2DS2-VASc 4分", "HAS-BLED 2分",
      "DNACPR", "NEWS2 6分", "SpO2 92%", "乳酸 3.1 mmol/L", "CRP 186 mg/L", "diltiazem 10 mg IV",
      "amiodarone 300 mg IV", "apixaban 2.5 mg bd", "Streptococcus pneumoniae", "amoxicillin 1 g tds"]),

    # 14 - USA, Wyoming (Cody): sports medicine clinic letter, concussion in a college bull rider
    ("BIG HORN BASIN SPORTS MEDICINE\n"
     "1020 Sheridan Ave, Suite 4, Cody, WY 82414 | (307) 555-0148 | fax (307) 555-0149\n"
     "February 9, 2026\n"
     "Re: Tate Brubaker-Lund | DOB 05/22/2004 | Chart BHSM-77120 | NIRA member #30596\n"
     "Dr. Joanna Kessling\n"
     "Powell Valley Healthcare, 777 Avenue H, Powell, WY 82435\n"
     "Dear Dr. Kessling,\n"
     "Thank you for sending Tate, a 21-year-old bull rider on the Northwest College rodeo team, whom I saw today with "
     "his father, Colt Brubaker. On 1/31/26 at the college rodeo in Casper he was thrown at about 4 seconds and struck "
     "the back of his head on the bull's hip and then the arena dirt. He was wearing a helmet (Troxel) and had no loss "
     "of consciousness, but was dazed, failed 2 of 5 Maddocks questions at the chute and was pulled from the short-go. "
     "He did not meet the Canadian CT Head Rule; no imaging.\n"
     "Today, day 9: SCAT6 symptom number 14 of 22, symptom severity 34/132 (down from 71 on day 2); immediate memory "
     "21/30; delayed recall 4/10; mBESS 7 errors; King-Devick 58.2 s vs baseline 44.9 s; VOMS provokes headache and "
     "fogginess with horizontal VOR. Cervical spine: tender C2-3 facets, ROM reduced.\n"
     "Assessment: sport-related concussion with vestibulo-ocular and cervicogenic components.\n"
     "Plan, following the Amsterdam 2022 Concussion in Sport Group consensus: the 48 h of relative rest is over; "
     "sub-symptom aerobic exercise (Buffalo Concussion Treadmill Test next week to set his heart-rate target); "
     "vestibular rehab with our PT, Rhett Ambrose; C-spine manual therapy; an academic adjustments letter for his "
     "instructors. No riding, roping or practice until he is symptom-free at rest and through stage 5 of the "
     "return-to-sport strategy; I will not clear him before a repeat SCAT6. This is his third concussion since high "
     "school; we discussed a neuropsychology consult if recovery takes more than 4 weeks.\n"
     "He can be reached at (307) 555-0177 or tate.bl.rides@gmail.com.\n"
     "Sincerely,\n"
     "Annika Sorlie, DO, CAQSM | NPI 1941738266 | WY license 4728A",
     [("HOSPITAL", ["BIG HORN BASIN SPORTS MEDICINE"]), ("ADDRESS", ["1020 Sheridan Ave, Suite 4"]),
      ("LOCATION", ["Cody"]), ("POSTCODE", ["82414"]), ("PHONE", ["(307) 555-0148"]), ("PHONE", ["(307) 555-0149"]),
      ("DATE", ["February 9, 2026"]), ("NAME", ["Tate", "Brubaker-Lund"]), ("DATE", ["05/22/2004"]),
      ("MRN", ["BHSM-77120"]), ("ID", ["30596"]), ("NAME", ["Joanna", "Kessling"]),
      ("HOSPITAL", ["Powell Valley Healthcare"]), ("ADDRESS", ["777 Avenue H"]), ("LOCATION", ["Powell"]),
      ("POSTCODE", ["82435"]), ("LOCATION", ["Northwest College"]), ("NAME", ["Colt", "Brubaker"]),
      ("DATE", ["1/31/26"]), ("LOCATION", ["Casper"]), ("NAME", ["Rhett", "Ambrose"]), ("PHONE", ["(307) 555-0177"]),
      ("EMAIL", ["tate.bl.rides@gmail.com"]), ("NAME", ["Annika", "Sorlie"]), ("ID", ["1941738266"]),
      ("LICENCE", ["4728A"])],
     ["Troxel", "Maddocks questions", "Canadian CT Head Rule", "SCAT6", "symptom severity 34/132",
      "immediate memory 21/30", "delayed recall 4/10", "mBESS 7 errors", "King-Devick 58.2 s", "VOMS",
      "Amsterdam 2022 Concussion in Sport Group consensus", "Buffalo Concussion Treadmill Test"]),

    # 15 - Scotland, Scottish Borders (Melrose): consultant ward round note for a patient aged 93
    ("NHS BORDERS - BORDERS GENERAL HOSPITAL, MELROSE TD6 9BS\n"
     "Ward 7 (Medicine for the Elderly) - CONSULTANT WARD ROUND\n"
     "Tues 17/02/26, 10:15 | Dr R. Lindores (Cons), Dr Priya Ogundipe-Reid (FY1), SN Kirsty Bain\n"
     "Mrs Isobel Jardine Elliot | 93 yo F | DOB 23/08/1932 | CHI 2308320249\n"
     "Usual residence: 3 Kirk Wynd, Denholm, Hawick TD9 8NB - lives alone, carers QDS from Teviot Homecare; daughter "
     "Fiona Scott (POA welfare + finance) tel. 01450 870 263. GP: Dr Hamish Turnbull, Teviot Medical Practice.\n"
     "Day 4 of admission. Found on the kitchen floor on 13/02 by her carer; long lie ~10 h. 'Never right' since a fall "
     "on Burns Night.\n"
     "S: says she is 'fine' and wants home for the Common Riding in June; agitated overnight, pulled out her cannula.\n"
     "O: NEWS2 3 (HR 98, T 37.6). 4AT 6 yesterday -> 4 today. Abbey pain scale 3 (R hip on movement - XR no "
     "fracture). Na 128 mmol/L (131 on adm), urea 11.2, creat 138 (baseline 92 in August 2025) - AKI stage 1 (KDIGO), "
     "improving with fluids. CK 1460 U/L. Urine: nitrites +, culture E. coli sensitive to nitrofurantoin, resistant to "
     "trimethoprim. Waterlow 18. Clinical Frailty Scale 6.\n"
     "Imp: hyperactive delirium - UTI + rhabdomyolysis from the long lie, on a background of likely mild Alzheimer's "
     "disease (MoCA 19/30 in clinic in 2024).\n"
     "Plan: switch trimethoprim to nitrofurantoin 50 mg QDS x5/7 (eGFR 34 - short course acceptable); stop "
     "bendroflumethiazide; 1 L 0.9% NaCl over 12 h, then recheck U&E; TIME bundle for delirium, family to bring "
     "glasses and hearing aid; PT/OT for mobility and home assessment; discuss with Fiona an interim placement at "
     "Deanfield Care Home (Hawick) if not safe for home. ReSPECT form: ward-based care, not for CPR - discussed with "
     "patient and daughter.\n"
     "P. Ogundipe-Reid FY1 (bleep 5172) for Dr Lindores",
     [("HOSPITAL", ["BORDERS GENERAL HOSPITAL"]), ("LOCATION", ["MELROSE"]), ("POSTCODE", ["TD6 9BS"]),
      ("DATE", ["17/02/26"]), ("NAME", ["Lindores"]), ("NAME", ["Priya", "Ogundipe-Reid"]), ("NAME", ["Kirsty",
      "Bain"]),
      ("NAME", ["Isobel", "Jardine", "Elliot"]), ("AGE", ["93 yo"]), ("DATE", ["23/08/1932"]), ("ID", ["2308320249"]),
      ("ADDRESS", ["3 Kirk Wynd"]), ("LOCATION", ["Denholm"]), ("LOCATION", ["Hawick"]), ("POSTCODE", ["TD9 8NB"]),
      ("HOSPITAL", ["Teviot Homecare"]), ("NAME", ["Fiona", "Scott"]), ("PHONE", ["01450 870 263"]),
      ("NAME", ["Hamish", "Turnbull"]), ("HOSPITAL", ["Teviot Medical Practice"]), ("DATE", ["13/02"]),
      ("DATE", ["Burns Night"]), ("DATE", ["Common Riding"]), ("DATE", ["June"]), ("DATE", ["August 2025"]),
      ("DATE", ["2024"]), ("HOSPITAL", ["Deanfield Care Home"]), ("PHONE", ["5172"])],
     ["NEWS2 3", "4AT 6", "Abbey pain scale 3", "Na 128 mmol/L", "AKI stage 1 (KDIGO)", "CK 1460 U/L", "E. coli",
      "Waterlow 18", "Clinical Frailty Scale 6", "Alzheimer's disease", "MoCA 19/30", "nitrofurantoin 50 mg QDS x5/7",
      "eGFR 34", "bendroflumethiazide", "0.9% NaCl", "TIME bundle", "ReSPECT form"]),

    # 16 - Australia, Tasmania west coast (Queenstown): medical certificate of cause of death
    ("MEDICAL CERTIFICATE OF CAUSE OF DEATH - TASMANIA\n"
     "(Births, Deaths and Marriages Registration Act 1999)\n"
     "Certificate No. MCCD-T-2026-000913\n"
     "Deceased: Raymond Keith Pascoe-Dunstan | Sex: male | DOB 19/09/1951 | Age 74 years\n"
     "Usual residence: 22 Orr Street, Queenstown TAS 7467 | Born: Zeehan, Tasmania\n"
     "Medicare No. 4281 73658 1 | Occupation: underground miner (retired), Mount Lyell Mining and Railway Company\n"
     "Date of death: 04/03/2026 at 0315 hrs | Place of death: West Coast District Hospital, 60-64 Orr Street, "
     "Queenstown (inpatient, acute ward, bed 6)\n"
     "CAUSE OF DEATH\n"
     "I (a) Hypoxic respiratory failure - approximate interval between onset and death: 3 days\n"
     "  (b) Metastatic non-small cell lung carcinoma (adenocarcinoma, PD-L1 TPS 60%, TNM 8th edition stage IVB) - 9 "
     "months\n"
     "  (c) -\n"
     "II Chronic obstructive pulmonary disease (GOLD 3); silicosis - years\n"
     "Autopsy: not performed. Not a reportable death under the Coroners Act 1995. Seen by me within 24 hours before "
     "death: yes. Had received pembrolizumab 200 mg 3-weekly x6 (last 11/12/2025) at the Royal Hobart Hospital "
     "oncology day unit; ceased for immune-mediated pneumonitis (CTCAE grade 3), treated with prednisolone 1 mg/kg. "
     "Palliative since then; syringe driver (morphine 20 mg + midazolam 10 mg over 24 h) from 01/03/2026.\n"
     "Implanted devices: nil (no pacemaker) - cremation permitted.\n"
     "Informant: Mrs Glenys Pascoe-Dunstan (wife), 0417 305 552. Funeral director: Gillam's Funerals, Burnie.\n"
     "Certifying medical practitioner: Dr Sebastian Okafor-Marsh, MBBS FRACGP | AHPRA MED0001739264 | Rosebery "
     "Community Health Centre / West Coast District Hospital | (03) 6471 2290\n"
     "Signed 4 March 2026",
     [("ID", ["MCCD-T-2026-000913"]), ("NAME", ["Raymond", "Keith", "Pascoe-Dunstan"]), ("DATE", ["19/09/1951"]),
      ("ADDRESS", ["22 Orr Street"]), ("LOCATION", ["Queenstown"]), ("POSTCODE", ["7467"]), ("LOCATION", ["Zeehan"]),
      ("ID", ["4281 73658 1"]), ("LOCATION", ["Mount Lyell Mining and Railway Company"]), ("DATE", ["04/03/2026"]),
      ("HOSPITAL", ["West Coast District Hospital"]), ("ADDRESS", ["60-64 Orr Street"]), ("DATE", ["11/12/2025"]),
      ("HOSPITAL", ["Royal Hobart Hospital"]), ("DATE", ["01/03/2026"]), ("NAME", ["Glenys", "Pascoe-Dunstan"]),
      ("PHONE", ["0417 305 552"]), ("LOCATION", ["Gillam's Funerals"]), ("LOCATION", ["Burnie"]),
      ("NAME", ["Sebastian", "Okafor-Marsh"]), ("LICENCE", ["MED0001739264"]),
      ("HOSPITAL", ["Rosebery Community Health Centre"]), ("PHONE", ["(03) 6471 2290"]), ("DATE", ["4 March 2026"])],
     ["Births, Deaths and Marriages Registration Act 1999", "Hypoxic respiratory failure",
      "non-small cell lung carcinoma", "PD-L1 TPS 60%", "TNM 8th edition stage IVB", "GOLD 3", "Coroners Act 1995",
      "pembrolizumab 200 mg", "CTCAE grade 3", "prednisolone 1 mg/kg", "morphine 20 mg", "midazolam 10 mg"]),

    # 17 - New Zealand, Chatham Islands (Waitangi): telehealth consultation note, flexor tenosynovitis
    ("TE WHATU ORA - CHATHAM ISLANDS HEALTH CENTRE, Waitangi, Rēkohu/Wharekauri\n"
     "TELEHEALTH CONSULTATION NOTE | Tuesday 17 March 2026, 10:05 CHADT (09:20 NZDT)\n"
     "Video link: https://vc.cdhb.health.nz/room/chatham-ed-2 | Endpoint IP 10.214.8.52 (Polycom RealPresence)\n"
     "Patient: Tamahou Preece-Tuuta | 58 M | DOB 06/10/1967 | NHI ZHT5926\n"
     "Address: 1460 Owenga Road, Owenga | Crayfisherman, deckhand for Rēkohu Seafoods Ltd\n"
     "Present: Tania Mākara, Rural Nurse Specialist (RNS), with the patient and his wife Hine Preece-Tuuta.\n"
     "Remote: Mr Rupert Achterberg, Plastic Surgery Registrar, Christchurch Hospital (ph 03 364 0640).\n"
     "History: cut to the volar R index finger on a cray pot hook 4 days ago; now swollen and painful, cannot "
     "straighten it; chills last night. R hand dominant, non-diabetic.\n"
     "On camera: finger held in flexion, fusiform swelling of the whole digit, tenderness along the flexor sheath into "
     "the palm, exquisite pain on passive extension - Kanavel signs 4/4. Small bead of pus at the wound. Lymphangitis "
     "to mid-forearm, marked with pen.\n"
     "Obs: T 38.4, HR 104, BP 132/78. POC: CRP 96 mg/L, WCC 14.2 x10^9/L, glucose 6.1 mmol/L.\n"
     "Plan agreed: flexor tenosynovitis - needs an urgent washout in theatre today. Flucloxacillin 2 g IV q6h, first "
     "dose at 10:30; splint in the Edinburgh position; elevate; nil by mouth from now. Boostrix given (last tetanus "
     "more than 10 years ago). Air ambulance ZK-LFW booked to Christchurch, ETA 14:30 CHADT; wife to travel with "
     "him.\n"
     "Sign: T. Mākara, RNS | NCNZ 237519",
     [("HOSPITAL", ["CHATHAM ISLANDS HEALTH CENTRE"]), ("LOCATION", ["Waitangi"]),
      ("LOCATION", ["Rēkohu", "Wharekauri"]), ("DATE", ["17 March 2026"]),
      ("URL", ["https://vc.cdhb.health.nz/room/chatham-ed-2"]), ("IP", ["10.214.8.52"]),
      ("NAME", ["Tamahou", "Preece-Tuuta"]), ("DATE", ["06/10/1967"]), ("ID", ["ZHT5926"]),
      ("ADDRESS", ["1460 Owenga Road"]), ("LOCATION", ["Owenga"]), ("LOCATION", ["Rēkohu Seafoods Ltd"]),
      ("NAME", ["Tania", "Mākara"]), ("NAME", ["Hine", "Preece-Tuuta"]), ("NAME", ["Rupert", "Achterberg"]),
      ("HOSPITAL", ["Christchurch Hospital"]), ("PHONE", ["03 364 0640"]), ("PLATE", ["ZK-LFW"]),
      ("LOCATION", ["Christchurch"]), ("LICENCE", ["237519"])],
     ["Polycom RealPresence", "Kanavel signs 4/4", "CRP 96 mg/L", "WCC 14.2 x10^9/L", "flexor tenosynovitis",
      "Flucloxacillin 2 g IV q6h", "Edinburgh position", "Boostrix"]),

    # 18 - Bolivia, Cordillera Real (Huayna Potosí): expedition medical record of a mountain rescue
    ("ALTIPLANO ASCENTS SRL - EXPEDITION MEDICAL RECORD / MOUNTAIN RESCUE\n"
     "Office: Calle Sagárnaga 189, La Paz | 24 h rescue line +591 715 63092\n"
     "Incident: Huayna Potosí, normal route, glacier below Campo Alto Roca (5,130 m) | 9 July 2025\n"
     "Casualty: Ms Freya Lindqvist-Abbott | 31 F | Australian passport PA7306419 | Insurance: World Nomads policy "
     "WN-905217-AU | Instagram @freya.goes.up\n"
     "Next of kin: partner Matthias Oduya, +61 412 508 377\n"
     "Timeline: 04:50 slid ~15 m on the descent below the summit ridge and was held by the rope team (lead guide "
     "Wilfredo Quispe Mamani, AGMTB No. 0296). 05:35 first assessment at GPS 16°15'41\"S 68°09'22\"W; 07:10 at high "
     "camp; 10:40 at base camp (4,700 m) by improvised rescue sled; 12:30 handed to the ambulance at the Zongo pass "
     "road (plate 3361-KTZ).\n"
     "Assessment (Dr T. Villarroel): alert, GCS 15. R ankle swollen, bony tenderness at the posterior edge of the "
     "lateral malleolus, unable to bear weight - Ottawa ankle rules positive; distal pulses and sensation intact. Lake "
     "Louise AMS score 7 (headache 2, GI 2, fatigue 2, dizziness 1) - moderate AMS; no ataxia, no cough at rest. SpO2 "
     "74% at 5,130 m, 86% at base camp. HR 118.\n"
     "Treatment: SAM splint; paracetamol 1 g + ibuprofen 400 mg; dexamethasone 8 mg PO then 4 mg 6-hourly; "
     "acetazolamide 250 mg BD; O2 2 L/min from the camp cylinder; portable hyperbaric bag (Gamow bag) ready, not "
     "needed. Descent was the treatment.\n"
     "Handover: Clínica Alemana, Av. 6 de Agosto 2821, La Paz - X-ray: Weber B fibular fracture, for ORIF.\n"
     "Signed: Dr Tomás Villarroel Ayllón, expedition physician (UIAA/ICAR/ISMM Diploma in Mountain Medicine) | Colegio "
     "Médico de Bolivia Mat. V-3518 | tvillarroel@altiplanoascents.bo",
     [("LOCATION", ["ALTIPLANO ASCENTS SRL"]), ("ADDRESS", ["Calle Sagárnaga 189"]), ("LOCATION", ["La Paz"]),
      ("PHONE", ["+591 715 63092"]), ("LOCATION", ["Huayna Potosí"]), ("LOCATION", ["Campo Alto Roca"]),
      ("DATE", ["9 July 2025"]), ("NAME", ["Freya", "Lindqvist-Abbott"]), ("ID", ["PA7306419"]),
      ("ID", ["WN-905217-AU"]), ("HANDLE", ["freya.goes.up"]), ("NAME", ["Matthias", "Oduya"]),
      ("PHONE", ["+61 412 508 377"]), ("NAME", ["Wilfredo", "Quispe", "Mamani"]), ("LICENCE", ["0296"]),
      ("LOCATION", ["16°15'41\"S 68°09'22\"W"]), ("LOCATION", ["Zongo"]), ("PLATE", ["3361-KTZ"]),
      ("NAME", ["Tomás", "Villarroel", "Ayllón"]), ("HOSPITAL", ["Clínica Alemana"]),
      ("ADDRESS", ["Av. 6 de Agosto 2821"]), ("LICENCE", ["V-3518"]), ("EMAIL", ["tvillarroel@altiplanoascents.bo"])],
     ["GCS 15", "Ottawa ankle rules positive", "Lake Louise AMS score 7", "moderate AMS", "SAM splint",
      "ibuprofen 400 mg",
      "dexamethasone 8 mg PO", "acetazolamide 250 mg BD", "Gamow bag", "Weber B fibular fracture", "ORIF",
      "Diploma in Mountain Medicine"]),

    # 19 - Greece, Crete (Chania): cardiology outpatient letter in Greek for a patient aged 91, severe aortic stenosis
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΧΑΝΙΩΝ «Ο ΑΓΙΟΣ ΓΕΩΡΓΙΟΣ» - Καρδιολογικό Εξωτερικό Ιατρείο\n"
     "Μουρνιές, 731 00 Χανιά | Τηλ. 28210 22573 | cardio.outpatient@chaniahospital.gr\n"
     "Χανιά, 3 Μαρτίου 2026\n"
     "Προς: Δρ Ειρήνη Φραγκιαδάκη, Γενική Ιατρό, Κέντρο Υγείας Κισσάμου\n"
     "Θέμα: κ. Μανούσος Ψαρουδάκης του Γεωργίου, 91 ετών, γεν. 12/05/1934, ΑΜΚΑ 12053404278\n"
     "Αγαπητή συνάδελφε,\n"
     "Είδα σήμερα τον ανωτέρω, συνταξιούχο ελαιοπαραγωγό από τη Δρακώνα Κεραμειών, που ήρθε με την κόρη του "
     "Ευαγγελία Ψαρουδάκη (κιν. 694 402 1187). Από το Πάσχα του 2025 αναφέρει δύσπνοια στην ανηφόρα προς το "
     "ελαιόκτημα (NYHA III) και δύο προσυγκοπτικά επεισόδια τον Ιανουάριο.\n"
     "Υπερηχοκαρδιογράφημα σήμερα: σοβαρή ασβεστική στένωση αορτικής βαλβίδας - Vmax 4,6 m/s, μέση κλίση 52 mmHg, "
     "AVA 0,7 cm², LVEF 55%, PASP 42 mmHg. ΗΚΓ: φλεβοκομβικός ρυθμός, LBBB. Κρεατινίνη 1,3 mg/dL (eGFR 48). Clinical "
     "Frailty Scale 4 - ζει μόνος του από το 2019 και οδηγεί ακόμη το αγροτικό του (ΧΝΗ-7420).\n"
     "Το EuroSCORE II υπολογίζεται σε 6,4% και η χειρουργική αντικατάσταση δεν συνιστάται στην ηλικία του· τον "
     "παραπέμπω για διαδερμική εμφύτευση αορτικής βαλβίδας (TAVI) στο Καρδιολογικό Τμήμα του ΠΑΓΝΗ, Ηράκλειο (Δρ "
     "Στυλιανός Μαραγκάκης) - προγραμματισμένη CT αγγειογραφία στις 24 Μαρτίου.\n"
     "Μέχρι τότε: φουροσεμίδη 20 mg το πρωί, αποφυγή έντονης κόπωσης, διακοπή της νιφεδιπίνης. Δεν υπάρχει ένδειξη "
     "αντιπηκτικής αγωγής (χωρίς κολπική μαρμαρυγή, CHA2DS2-VASc δεν εφαρμόζεται).\n"
     "Με εκτίμηση,\n"
     "Δρ Αριστείδης Βαρδάκης, Καρδιολόγος - Διευθυντής ΕΣΥ | ΑΜ Ι.Σ. Χανίων 1657",
     [("HOSPITAL", ["ΧΑΝΙΩΝ", "Ο ΑΓΙΟΣ ΓΕΩΡΓΙΟΣ"]), ("LOCATION", ["Μουρνιές"]), ("POSTCODE", ["731 00"]),
      ("LOCATION", ["Χανιά"]), ("PHONE", ["28210 22573"]), ("EMAIL", ["cardio.outpatient@chaniahospital.gr"]),
      ("DATE", ["3 Μαρτίου 2026"]), ("NAME", ["Ειρήνη", "Φραγκιαδάκη"]), ("HOSPITAL", ["Κέντρο Υγείας Κισσάμου"]),
      ("NAME", ["Μανούσος", "Ψαρουδάκης", "Γεωργίου"]), ("AGE", ["91 ετών"]), ("DATE", ["12/05/1934"]),
      ("ID", ["12053404278"]), ("LOCATION", ["Δρακώνα"]), ("LOCATION", ["Κεραμειών"]),
      ("NAME", ["Ευαγγελία", "Ψαρουδάκη"]), ("PHONE", ["694 402 1187"]), ("DATE", ["Πάσχα", "2025"]),
      ("DATE", ["Ιανουάριο"]), ("DATE", ["2019"]), ("PLATE", ["ΧΝΗ-7420"]), ("HOSPITAL", ["ΠΑΓΝΗ"]),
      ("LOCATION", ["Ηράκλειο"]), ("NAME", ["Στυλιανός", "Μαραγκάκης"]), ("DATE", ["24 Μαρτίου"]),
      ("NAME", ["Αριστείδης", "Βαρδάκης"]), ("LICENCE", ["1657"])],
     ["NYHA III", "Vmax 4,6 m/s", "μέση κλίση 52 mmHg", "AVA 0,7 cm²", "LVEF 55%", "LBBB", "eGFR 48",
      "Clinical Frailty Scale 4", "EuroSCORE II", "6,4%", "TAVI", "φουροσεμίδη 20 mg", "CHA2DS2-VASc"]),
] + MORE_NOTES
