"""Eleventh HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists or their documentation, and never
ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (664 planted identifier parts in 570 (kind, parts) entries; 202 clinical strings), written the way clinicians
write them: emergency, ICU and ward-round notes, nursing handovers, discharge summaries, GP referrals, clinic letters,
radiology, pathology and laboratory requests, pharmacy, physiotherapy, occupational-therapy, midwifery, mental-health,
dental, ambulance handovers, social-work, safeguarding, occupational-health, hospice, care-home, telephone and portal
notes; from the US (California, Texas, New York, Wisconsin, Arizona, Massachusetts, Florida, Ohio), Canada (Ontario,
British Columbia, Quebec, Manitoba, Nova Scotia), England, Scotland, Wales, Northern Ireland, Ireland, Australia
(Queensland, Victoria, Northern Territory), New Zealand, Singapore, Malaysia (Selangor, Sabah), Ghana, Uganda,
Pakistan, Sri Lanka, Trinidad and Tobago, Malta, Cyprus, Hong Kong, Russia and Egypt.

Scripts (positions in ``NOTES``, counted from 0): notes 9 (Greek, Cyprus) and 17 (Chinese, Hong Kong) in this file,
and notes 26 (Russian) and 27 (Arabic, Egypt) in the second file, are entirely or mostly in a non-Latin script, with
names, addresses, phone numbers and facilities in that script (the Arabic note writes its date and phone numbers in
Arabic-Indic digits); note 7 is in French; all other notes are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers, "transferred from" and "works at", schools, care homes,
pharmacies, practices, ambulance stations and named wards; also handles, e-mail, portal URLs and IP addresses, vehicle
plates, driving licences, a passport, device serial numbers, insurance, tax and national numbers, and dates in many
formats (including year-less dates after clinical verbs). Where a real identifier has a check digit (NHS, CHI,
Northern Ireland H&C, PPSN, Australian Medicare, NHI, IRD, OHIP, BC PHN, Canadian SIN, Singapore NRIC, HKID, SNILS)
the planted one passes it; the US SSN and Medicare MBI, the UK national insurance and DVLA licence numbers, MyKad,
CNIC and the other national numbers keep a valid format. No name, place or facility is planted in more than one note.
Three patients are aged 90 or over (notes 7, 10 and 25), and for them the age and every date element are planted. The
strings that must survive include eponyms and eponymous signs, scores and classifications with their numbers, brand
names of drugs and devices, organisms, lab values, places inside disease and rule names, ratios and fractions that
look like dates, and everyday words that double as given names or places. The last 20 notes (334 identifier
parts in 284 entries, 100 clinical strings) are in :mod:`deid_notes_heldout11_more`, only to keep each file a
readable length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout11.deid_notes_heldout11_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, California: emergency department note
    ("EMERGENCY DEPARTMENT NOTE - Community Regional Medical Center, Fresno CA\n"
     "DOS: 09/22/2025 14:10\n"
     "Pt: Esperanza Villaseñor-Ruiz   DOB 04/17/1981   MRN 00483921-6\n"
     "2716 E Shields Ave Apt 9, Fresno CA 93726. Cell (559) 555-0182.\n"
     "HPI: 44F, sorter on the night line at Sunridge Pistachio Packers. 3 wk dry cough, fevers, drenching sweats, "
     "then painful red lumps on both shins. Lots of dust at the packing shed during harvest. Seen at an urgent care "
     "last week and given azithromycin without improvement. Husband says she has lost about 10 lb.\n"
     "Exam: T 38.6, tender erythema nodosum both shins, crackles R base. CXR: RLL consolidation, R hilar adenopathy. "
     "WBC 11.8, eosinophils 1.9, ESR 88. Cocci IgM EIA positive, CF titer pending.\n"
     "A/P: primary pulmonary coccidioidomycosis (San Joaquin Valley fever, Coccidioides immitis). CURB-65 0 - home. "
     "Fluconazole 400 mg daily. Off work for 2 weeks. F/u ID clinic. Reportable - county notified.\n"
     "- Keoni Alapaʻi, MD",
     [("HOSPITAL", ["Community Regional Medical Center"]), ("LOCATION", ["Fresno"]), ("DATE", ["09/22/2025"]),
      ("NAME", ["Esperanza", "Villaseñor-Ruiz"]), ("DATE", ["04/17/1981"]), ("MRN", ["00483921-6"]),
      ("ADDRESS", ["2716 E Shields Ave Apt 9"]), ("POSTCODE", ["93726"]), ("PHONE", ["(559) 555-0182"]),
      ("LOCATION", ["Sunridge Pistachio Packers"]), ("NAME", ["Keoni", "Alapaʻi"])],
     ["erythema nodosum", "San Joaquin Valley fever", "Coccidioides immitis", "CURB-65 0",
      "Fluconazole 400 mg daily"]),

    # 1 - USA, Texas: ICU progress note
    ("MICU Progress Note, HD#4 - Memorial Hermann-Texas Medical Center, Houston TX\n"
     "10/04/2025 06:30\n"
     "Pt: Tran Quoc Bao ('Billy'), 37M, MRN 3318-227-05, DOB 1988-01-29.\n"
     "Brief: unrestrained driver, single-vehicle rollover on I-10 four days ago, prolonged extrication. His pickup "
     "(TX plate NHT 4821) was towed; TX DL 27481936 and US passport 548127369 in his belongings. Aspiration and "
     "pulmonary contusions, moderate ARDS by the Berlin definition (P/F 142 on PEEP 12).\n"
     "Overnight: T 39.1, sputum grew Klebsiella pneumoniae (ESBL) - switched to meropenem. Off Levophed since 02:00. "
     "RASS -2, CAM-ICU positive. APACHE II 27 on admission.\n"
     "Family: brother Minh Duc is surrogate; mother flying in from Vietnam on Sunday. Vietnamese interpreter "
     "booked.\n"
     "Plan: SBT tomorrow; trach discussion if fails x2. He works at Gulf Coast Marine Fabricators - FMLA paperwork "
     "to HR.\n"
     "- Dr. Okafor-Lindgren, PCCM fellow",
     [("HOSPITAL", ["Memorial Hermann-Texas Medical Center"]), ("LOCATION", ["Houston"]), ("DATE", ["10/04/2025"]),
      ("NAME", ["Tran", "Quoc", "Bao", "Billy"]), ("MRN", ["3318-227-05"]), ("DATE", ["1988-01-29"]),
      ("PLATE", ["NHT 4821"]), ("LICENCE", ["27481936"]), ("ID", ["548127369"]), ("NAME", ["Minh Duc"]),
      ("LOCATION", ["Gulf Coast Marine Fabricators"]), ("NAME", ["Okafor-Lindgren"])],
     ["Berlin definition", "Klebsiella pneumoniae", "Levophed", "RASS -2", "APACHE II 27"]),

    # 2 - USA, New York: discharge summary
    ("DISCHARGE SUMMARY - Montefiore Medical Center, Moses Campus, Bronx NY\n"
     "Patient: Delroy Amankwah   MRN M004417829   DOB 12/08/1956\n"
     "Admitted 11/02/2025, discharged 11/09/2025.\n"
     "Dx: acute on chronic HFrEF (EF 25%), NYHA class III on admission, New York Heart Association class II at "
     "discharge. Meets Framingham criteria; BNP 2140 pg/mL falling to 610.\n"
     "Course: IV furosemide, net -7.2 L. Started Entresto 49/51 mg BID and Jardiance 10 mg daily; carvedilol "
     "continued. K 4.9, Cr 1.6 at discharge.\n"
     "Social: lives with daughter Shanice at 2290 Grand Concourse, Apt 5F, Bronx NY 10457; she is health care proxy "
     "(cell 718-555-0126, shanice.amankwah@gmail.com). Home aide on weekdays.\n"
     "Follow-up: HF clinic in 1 week. MyChart activation code JX7K-42PQ-9M3D given to daughter.\n"
     "Dictated by the PA-C on service",
     [("HOSPITAL", ["Montefiore Medical Center", "Moses Campus"]), ("LOCATION", ["Bronx"]),
      ("NAME", ["Delroy", "Amankwah"]), ("MRN", ["M004417829"]), ("DATE", ["12/08/1956"]), ("DATE", ["11/02/2025"]),
      ("DATE", ["11/09/2025"]), ("NAME", ["Shanice"]), ("ADDRESS", ["2290 Grand Concourse, Apt 5F"]),
      ("POSTCODE", ["10457"]), ("PHONE", ["718-555-0126"]), ("EMAIL", ["shanice.amankwah@gmail.com"]),
      ("CODE", ["JX7K-42PQ-9M3D"])],
     ["NYHA class III", "New York Heart Association class II", "Framingham criteria", "Entresto 49/51 mg BID",
      "Jardiance 10 mg daily"]),

    # 3 - USA, Wisconsin: paediatric neurology clinic letter
    ("Marshfield Clinic Health System - Pediatric Neurology\n"
     "\n"
     "January 7, 2026\n"
     "\n"
     "Re: Brynlee Kowalczyk   DOB 03/03/2016   MRN 11-840-2276\n"
     "\n"
     "Dear Colleague,\n"
     "\n"
     "I saw Brynlee today with her mother, Jessa, after her admission to Gundersen with La Crosse encephalitis (IgM "
     "positive, lymphocytic CSF). She had two focal seizures with Todd's paresis of the left arm and remains on "
     "Keppra 250 mg BID, seizure-free since discharge. She is back in 4th grade at Coulee Ridge Elementary with a "
     "504 plan. Her last EEG showed mild right temporal slowing only and her neuro exam is normal. The "
     "Vanderbilt forms from school show inattentive symptoms, so she may need neuropsychology testing. Repeat EEG in "
     "6 months and wean if normal. Mom can message us through MyChart (login jessak2016).\n"
     "\n"
     "Sincerely,\n"
     "Torvald Engebretsen, MD\n"
     "cc: Jessa Kowalczyk, W5523 County Rd OA, Onalaska WI 54650",
     [("HOSPITAL", ["Marshfield Clinic Health System"]), ("DATE", ["January 7, 2026"]),
      ("NAME", ["Brynlee", "Kowalczyk"]), ("DATE", ["03/03/2016"]), ("MRN", ["11-840-2276"]), ("NAME", ["Jessa"]),
      ("HOSPITAL", ["Gundersen"]), ("LOCATION", ["Coulee Ridge Elementary"]), ("HANDLE", ["jessak2016"]),
      ("NAME", ["Torvald", "Engebretsen"]), ("ADDRESS", ["W5523 County Rd OA"]), ("LOCATION", ["Onalaska"]),
      ("POSTCODE", ["54650"])],
     ["La Crosse encephalitis", "Todd's paresis", "Keppra 250 mg BID", "504 plan", "Vanderbilt forms"]),

    # 4 - USA, Arizona: patient-portal message thread with audit log
    ("Patient Portal - secure message thread (Banner Health)\n"
     "From: Marguerite 'Peg' Castellano <pegcd.sonoran@outlook.com>   MRN 600184372\n"
     "Sent 07/12/2025 23:48 MST from 174.21.88.203 (Tucson, AZ)\n"
     "\"My Omnipod 5 pod failed 3 times today with occlusion alarms. Controller serial PDM-05-1187340. My Dexcom G7 "
     "reads 312 and ketones 1.8 on the meter. Using my Humalog pen. The pharmacy is out of pods. AHCCCS ID "
     "A48207315. If I don't answer call my husband Ignacio 520-555-0171.\"\n"
     "Reply 00:22 from the on-call endocrine RN: sick-day rules, correction Humalog, ketones q2h; go to the ED if "
     "ketones 3.0 or more, vomiting or Kussmaul breathing. Device complaint filed with Insulet.\n"
     "Audit: 00:31 session from 2600:8800:1f0b:4a00::3c1 (new device) via https://patientportal.bannerhealth.com; "
     "read 08:05 by endocrinology. Last HbA1c 9.1%.",
     [("HOSPITAL", ["Banner Health"]), ("NAME", ["Marguerite", "Peg", "Castellano"]),
      ("EMAIL", ["pegcd.sonoran@outlook.com"]), ("MRN", ["600184372"]), ("DATE", ["07/12/2025"]),
      ("IP", ["174.21.88.203"]), ("LOCATION", ["Tucson"]), ("SERIAL", ["PDM-05-1187340"]), ("ID", ["A48207315"]),
      ("NAME", ["Ignacio"]), ("PHONE", ["520-555-0171"]), ("IP", ["2600:8800:1f0b:4a00::3c1"]),
      ("URL", ["https://patientportal.bannerhealth.com"])],
     ["Omnipod 5", "Dexcom G7", "Humalog", "Kussmaul breathing", "HbA1c 9.1%"]),

    # 5 - Canada, Ontario: emergency department note
    ("Health Sciences North - Emergency, Sudbury ON   Triage 2025-06-21 19:52   CTAS 2\n"
     "Gordon Lachapelle, DOB 1969-11-04, OHIP 5629-183-749-KT, chart HSN0918273\n"
     "41 Lasalle Blvd, Unit 3, Sudbury ON P3A 1W5. Ph 705-555-0193.\n"
     "Transferred from Mattawa General Hospital.\n"
     "Hx: weekends at his camp up north; partner Renée pulled an attached tick off his scalp on June 9. 4 days fever "
     "and headache, now confused and seeing double. No rash.\n"
     "O/E: T 39.4, GCS 13 (E3V4M6), neck stiff, Kernig's sign positive, R CN VI palsy.\n"
     "LP: WBC 186 (68% lymphs), protein 1.12 g/L. MRI: T2 signal in basal ganglia and thalami.\n"
     "Imp: encephalitis, ?Powassan virus after Ixodes scapularis exposure, vs HSV - acyclovir pending PCR. Public "
     "health notified, serology to the provincial lab.\n"
     "Dr. Archambault",
     [("HOSPITAL", ["Health Sciences North"]), ("LOCATION", ["Sudbury"]), ("DATE", ["2025-06-21"]),
      ("NAME", ["Gordon", "Lachapelle"]), ("DATE", ["1969-11-04"]), ("ID", ["5629-183-749-KT"]),
      ("MRN", ["HSN0918273"]), ("ADDRESS", ["41 Lasalle Blvd, Unit 3"]), ("POSTCODE", ["P3A 1W5"]),
      ("PHONE", ["705-555-0193"]), ("HOSPITAL", ["Mattawa General Hospital"]), ("NAME", ["Renée"]),
      ("DATE", ["June 9"]), ("NAME", ["Archambault"])],
     ["GCS 13 (E3V4M6)", "Kernig's sign positive", "protein 1.12 g/L", "Powassan virus", "Ixodes scapularis"]),

    # 6 - Canada, British Columbia: community pharmacy care note
    ("PHARMACY CARE NOTE - Riverbend Community Pharmacy, 715 Tranquille Rd, Kamloops BC V2B 3J2\n"
     "14-Mar-2025\n"
     "Client: Skyler Thunderchild   PHN 9873 652 142   DOB 1994-08-30   PharmaNet checked\n"
     "Moving from daily witnessed Suboxone 16 mg to Sublocade 300 mg monthly; first injection booked next week. "
     "Witnessed dose today 08:40, COWS 3. Asks about carries while at a camp job with Sagebrush Ridge Forestry (2 "
     "weeks on, 1 off). Naloxone kit dispensed. QTc 478 ms on ECG from Royal Inland while on methadone, so no return "
     "to that and no Kadian. Missed doses last month while admitted to RIH with MRSA cellulitis.\n"
     "Emergency contact: auntie Loretta, 250-555-0172.\n"
     "Pharmacist: Niamh Okoye, R.Ph.",
     [("HOSPITAL", ["Riverbend Community Pharmacy"]), ("ADDRESS", ["715 Tranquille Rd"]), ("LOCATION", ["Kamloops"]),
      ("POSTCODE", ["V2B 3J2"]), ("DATE", ["14-Mar-2025"]), ("NAME", ["Skyler", "Thunderchild"]),
      ("ID", ["9873 652 142"]), ("DATE", ["1994-08-30"]), ("LOCATION", ["Sagebrush Ridge Forestry"]),
      ("HOSPITAL", ["Royal Inland", "RIH"]), ("NAME", ["Loretta"]), ("PHONE", ["250-555-0172"]),
      ("NAME", ["Niamh", "Okoye"])],
     ["Suboxone 16 mg", "Sublocade 300 mg", "COWS 3", "QTc 478 ms", "Kadian"]),

    # 7 - Canada, Quebec (in French): long-term-care medical note, patient aged 96
    ("CHSLD des Jardins-Sainte-Rose - Note d'évolution médicale, le 3 février 2026\n"
     "Mme Thérèse Gagnon-Lavoie, 96 ans, née le 12 août 1929. RAMQ GAGT 2958 1214. Unité Marie-Victorin.\n"
     "Admise au CHSLD le 19 novembre 2022 après une fracture de hanche (Garden IV) opérée.\n"
     "Depuis le 28 janvier : selles liquides 6 fois par jour, Bristol type 7. Toxine de Clostridioides difficile "
     "positive le 31 janvier, vancomycine PO 125 mg QID débutée. Alzheimer avancé, MMSE 9/30 en mars 2025; échelle "
     "de Braden 12, plaie de pression de stade 2 au sacrum.\n"
     "Niveau de soins C confirmé avec sa fille Francine (tél. 450-555-0137), qui habite au 1187, rue des Patriotes, "
     "Laval H7L 2N4. Aricept cessé. Revoir le 10 février.\n"
     "Dre Geneviève Bouchard, médecin de famille",
     [("HOSPITAL", ["Jardins-Sainte-Rose"]), ("DATE", ["3 février 2026"]), ("NAME", ["Thérèse", "Gagnon-Lavoie"]),
      ("AGE", ["96 ans"]), ("DATE", ["12 août 1929"]), ("ID", ["GAGT 2958 1214"]), ("HOSPITAL", ["Marie-Victorin"]),
      ("DATE", ["19 novembre 2022"]), ("DATE", ["28 janvier"]), ("DATE", ["31 janvier"]), ("DATE", ["mars 2025"]),
      ("NAME", ["Francine"]), ("PHONE", ["450-555-0137"]), ("ADDRESS", ["1187, rue des Patriotes"]),
      ("LOCATION", ["Laval"]), ("POSTCODE", ["H7L 2N4"]), ("DATE", ["10 février"]),
      ("NAME", ["Geneviève", "Bouchard"])],
     ["Garden IV", "Bristol type 7", "Clostridioides difficile", "MMSE 9/30", "Braden 12"]),

    # 8 - England: nursing handover on a named ward, three patients
    ("NURSING HANDOVER - Brunel Ward, Southmead Hospital. Nights to days, 17/10/2025 07:30\n"
     "Bed 2: Mr Colin Ashworth-Pryce, 81, NHS 485 777 3120. Admitted 15/10, urosepsis, E. coli in blood cultures, on "
     "Tazocin. Frank haematuria overnight, catheter flushing. NEWS2 3. Wife Brenda is NOK (0117 496 0731); keysafe "
     "2468 for the DNs.\n"
     "Bed 5: Ms Tamsin Okereke, 34, NHS 618 293 7408. DKA resolved, off FRIII at 04:00, now Lantus 18 units and "
     "NovoRapid with meals. Type 7 x3 on the Bristol Stool Chart, stool sent for C. diff, needs side room.\n"
     "Side room 3: Mrs Edna Fairweather, 88, NHS 701 346 2853, from Hazelmere Court Nursing Home. Waterlow 22, "
     "2-hourly turns. Oramorph 2.5 mg PRN. DNACPR in place; son wants a call today.\n"
     "Handed over by SN Precious Mutasa",
     [("HOSPITAL", ["Brunel Ward"]), ("HOSPITAL", ["Southmead Hospital"]), ("DATE", ["17/10/2025"]),
      ("NAME", ["Colin", "Ashworth-Pryce"]), ("ID", ["485 777 3120"]), ("DATE", ["15/10"]), ("NAME", ["Brenda"]),
      ("PHONE", ["0117 496 0731"]), ("CODE", ["2468"]), ("NAME", ["Tamsin", "Okereke"]), ("ID", ["618 293 7408"]),
      ("NAME", ["Edna", "Fairweather"]), ("ID", ["701 346 2853"]), ("HOSPITAL", ["Hazelmere Court"]),
      ("NAME", ["Precious", "Mutasa"])],
     ["E. coli", "Frank haematuria", "NEWS2 3", "Lantus 18 units", "Bristol Stool Chart", "Waterlow 22"]),

    # 9 - Cyprus (in Greek): discharge note
    ("ΓΕΝΙΚΟ ΝΟΣΟΚΟΜΕΙΟ ΛΕΜΕΣΟΥ - Παθολογική Κλινική\n"
     "Εξιτήριο, 21/05/2025\n"
     "Ασθενής: Χαράλαμπος Κυριακίδης του Ανδρέα, 54 ετών, ΑΔΤ 0918274.\n"
     "Διεύθυνση: Γλάδστωνος 17, 3041 Λεμεσός. Τηλ. 99 483 216.\n"
     "Εισήχθη στις 16 Μαΐου με πυρετό 39,2 και κοιλιακό άλγος. Σημείο Murphy αρνητικό. Ιστορικό: "
     "Οικογενής Μεσογειακός Πυρετός (M694V), υπό κολχικίνη 1 mg. CRP 186 mg/L. Η αξονική δεν έδειξε χολοκυστίτιδα. Η "
     "κρίση υποχώρησε σε 48 ώρες.\n"
     "Οδηγίες: κολχικίνη 1,5 mg ημερησίως, επανεξέταση στο Ρευματολογικό στις 4 Ιουνίου. Προσωπική ιατρός: Δρ "
     "Παπαχριστοφόρου, Κάτω Πολεμίδια. Ενημερώθηκε η σύζυγος.\n"
     "Θεράπων ιατρός: Δρ Νικόλαος Ευαγγέλου",
     [("HOSPITAL", ["ΛΕΜΕΣΟΥ"]), ("DATE", ["21/05/2025"]), ("NAME", ["Χαράλαμπος", "Κυριακίδης"]),
      ("NAME", ["Ανδρέα"]), ("ID", ["0918274"]), ("ADDRESS", ["Γλάδστωνος 17"]), ("POSTCODE", ["3041"]),
      ("LOCATION", ["Λεμεσός"]), ("PHONE", ["99 483 216"]), ("DATE", ["16 Μαΐου"]), ("DATE", ["4 Ιουνίου"]),
      ("NAME", ["Παπαχριστοφόρου"]), ("LOCATION", ["Κάτω Πολεμίδια"]), ("NAME", ["Νικόλαος", "Ευαγγέλου"])],
     ["54 ετών", "Σημείο Murphy αρνητικό", "Οικογενής Μεσογειακός Πυρετός", "κολχικίνη 1 mg", "CRP 186 mg/L"]),

    # 10 - Scotland: GP home visit to a care home, patient aged 94
    ("Kinghorn & Burntisland Medical Practice - home visit\n"
     "Tues 4 Nov 2025, 14:15, Seaview Lodge Care Home, 22 Pettycur Road, Kinghorn KY3 9RN\n"
     "Mrs Agnes Moncrieff, 94-year-old woman, CHI 140231 2865, DOB 14/02/1931\n"
     "Called by the senior carer: off her legs since Sunday 2 November, poor intake, new confusion. I last saw her "
     "on 9 October for a chest infection.\n"
     "O/E: rousable to voice, 4AT 7, Glasgow Coma Scale 14, T 37.9, RR 22, SpO2 93% RA, crackles L base, dry. "
     "Clinical Frailty Scale 7.\n"
     "Imp: recurrent LRTI with delirium. Plan: amoxicillin 500 mg TDS 5/7, push fluids, hold Adcal-D3 while unwell. "
     "ReSPECT form (done 2023, updated 18.08.25): ward-based care if needed, not for CPR. Spoke to her son Alasdair "
     "in Dunfermline (07700 900 648), who agrees and will visit Thursday 6th.\n"
     "Review Fri 7 Nov or sooner. DNs to check pressure areas.\n"
     "Dr Fiona Carruthers, GP",
     [("HOSPITAL", ["Kinghorn & Burntisland Medical Practice"]), ("DATE", ["4 Nov 2025"]),
      ("HOSPITAL", ["Seaview Lodge Care Home"]), ("ADDRESS", ["22 Pettycur Road"]), ("LOCATION", ["Kinghorn"]),
      ("POSTCODE", ["KY3 9RN"]), ("NAME", ["Agnes", "Moncrieff"]), ("AGE", ["94-year-old"]), ("ID", ["140231 2865"]),
      ("DATE", ["14/02/1931"]), ("DATE", ["2 November"]), ("DATE", ["9 October"]), ("DATE", ["2023"]),
      ("DATE", ["18.08.25"]), ("NAME", ["Alasdair"]), ("LOCATION", ["Dunfermline"]), ("PHONE", ["07700 900 648"]),
      ("DATE", ["Thursday 6th"]), ("DATE", ["7 Nov"]), ("NAME", ["Fiona", "Carruthers"])],
     ["4AT 7", "Glasgow Coma Scale 14", "Clinical Frailty Scale 7", "amoxicillin 500 mg TDS 5/7", "Adcal-D3"]),

    # 11 - Wales: GP referral letter to rheumatology
    ("Meddygfa Glan-yr-Afon Surgery, Llanrwst LL26 0ET\n"
     "26 February 2026\n"
     "To: Rheumatology, Ysbyty Glan Clwyd (e-referral)\n"
     "Re: Miss Carys Llewelyn-Hughes, DOB 09.06.1987, NHS No. 926 483 1576\n"
     "Bwthyn Pen-y-Graig, Capel Garmon LL26 0RW. Mobile 07700 900 771, email carys.llh@btinternet.com. Prefers "
     "correspondence in Welsh.\n"
     "\n"
     "Dear Colleague,\n"
     "Thank you for seeing this teacher at Ysgol Bro Carrog with 8 months of dry eyes and mouth, parotid swelling "
     "and Raynaud's phenomenon, worse on playground duty. Schirmer's test 4 mm at 5 minutes. ESR 64, ANA 1:640 "
     "speckled, anti-Ro and anti-La positive. I suspect primary Sjögren's syndrome. Her hands are stiff for two "
     "hours in the morning and some days she struggles to get out of the bath. Her mother has SLE. I have started "
     "hypromellose drops.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Rhodri ap Gwilym",
     [("HOSPITAL", ["Glan-yr-Afon"]), ("LOCATION", ["Llanrwst"]), ("POSTCODE", ["LL26 0ET"]),
      ("DATE", ["26 February 2026"]), ("HOSPITAL", ["Ysbyty Glan Clwyd"]), ("NAME", ["Carys", "Llewelyn-Hughes"]),
      ("DATE", ["09.06.1987"]), ("ID", ["926 483 1576"]), ("ADDRESS", ["Bwthyn Pen-y-Graig"]),
      ("LOCATION", ["Capel Garmon"]), ("POSTCODE", ["LL26 0RW"]), ("PHONE", ["07700 900 771"]),
      ("EMAIL", ["carys.llh@btinternet.com"]), ("LOCATION", ["Ysgol Bro Carrog"]), ("NAME", ["Rhodri", "ap Gwilym"])],
     ["Raynaud's phenomenon", "Schirmer's test 4 mm", "ANA 1:640", "Sjögren's syndrome", "get out of the bath"]),

    # 12 - Northern Ireland: safeguarding referral from the emergency department
    ("UNOCINI safeguarding referral - ED, Craigavon Area Hospital, 08/12/2025 21:05\n"
     "Child: Kacper Nowicki, DOB 22/04/2024 (19 months), H&C 341 792 8605\n"
     "Home: 14 Drumgor Heights, BT65 4AW\n"
     "Mother: Aleksandra Nowicka, mobile 07700 900 352. Her partner (not the father) Jordan Ruddock, posts as "
     "@ruddy_jr_88. Half-sister, 5, at Brownstown Primary School.\n"
     "Mother says he fell off the sofa yesterday. O/E: three fingertip-pattern bruises L upper arm, torn upper "
     "frenulum, bruised R pinna; separate from the slate-grey Mongolian blue spots over the sacrum recorded in the "
     "Red Book at the 6/52 check. TEN-4-FACESp positive in a pre-cruising infant.\n"
     "Actions: skeletal survey and CT head booked; FBC, clotting and von Willebrand screen. Gateway Team phoned, "
     "duty social worker Breslin, ref GW/25/118734. PSNI informed. Health visitor to be told in the morning.\n"
     "Referrer: ST5 Paediatrics; consultant aware.",
     [("HOSPITAL", ["Craigavon Area Hospital"]), ("DATE", ["08/12/2025"]), ("NAME", ["Kacper", "Nowicki"]),
      ("DATE", ["22/04/2024"]), ("ID", ["341 792 8605"]), ("ADDRESS", ["14 Drumgor Heights"]),
      ("POSTCODE", ["BT65 4AW"]), ("NAME", ["Aleksandra", "Nowicka"]), ("PHONE", ["07700 900 352"]),
      ("NAME", ["Jordan", "Ruddock"]), ("HANDLE", ["ruddy_jr_88"]), ("LOCATION", ["Brownstown Primary School"]),
      ("NAME", ["Breslin"]), ("ID", ["GW/25/118734"])],
     ["Mongolian blue spots", "Red Book", "6/52 check", "TEN-4-FACESp positive", "von Willebrand screen"]),

    # 13 - Ireland: discharge summary
    ("Cork University Hospital - Discharge Summary\n"
     "Patient: Donncha Ó Súilleabháin   DOB 03/09/1972   MRN 2281934   PPSN 6380514J\n"
     "Address: Knockavaddra, Ballyhooly, P61 W7K2\n"
     "GP: Blackwater Medical Centre, Fermoy\n"
     "Admitted 14 July 2025, discharged 29 July 2025.\n"
     "Diagnosis: leptospirosis (Weil's disease) with AKI needing haemodialysis x3 and pulmonary haemorrhage. "
     "Leptospira interrogans PCR positive, MAT 1:1600.\n"
     "Background: dairy farmer, milks with his brother; rats in the silage pit.\n"
     "Course: benzylpenicillin 1.2 g QDS with a mild Jarisch-Herxheimer reaction after the first dose. Creatinine "
     "peaked at 612 umol/L, now 148.\n"
     "Follow-up: renal OPD in 6 weeks; U&E with GP in 1/52. Notified to Public Health.\n"
     "NOK: wife Síle, 087 555 2741.\n"
     "Dr Brennan, SHO",
     [("HOSPITAL", ["Cork University Hospital"]), ("NAME", ["Donncha", "Ó Súilleabháin"]), ("DATE", ["03/09/1972"]),
      ("MRN", ["2281934"]), ("ID", ["6380514J"]), ("ADDRESS", ["Knockavaddra"]), ("LOCATION", ["Ballyhooly"]),
      ("POSTCODE", ["P61 W7K2"]), ("HOSPITAL", ["Blackwater Medical Centre"]), ("LOCATION", ["Fermoy"]),
      ("DATE", ["14 July 2025"]), ("DATE", ["29 July 2025"]), ("NAME", ["Síle"]), ("PHONE", ["087 555 2741"]),
      ("NAME", ["Brennan"])],
     ["Weil's disease", "Leptospira interrogans", "MAT 1:1600", "Jarisch-Herxheimer reaction", "1/52"]),

    # 14 - Australia, Queensland: emergency department note
    ("Cairns Hospital ED - MO note 12/01/2026 16:20\n"
     "Lachlan Boyd, 29M, Medicare 2953 18468 1, DOB 11/11/1996. Home: 7/43 Station St, Fairfield VIC 3078; on "
     "holiday, staying at the Reef Palms Motel, Port Douglas. Mob 0491 570 156. Partner with him.\n"
     "BIBA. Snorkelling at 13:30 with Tidemark Reef Tours, felt a faint sting on the L forearm; 30 min later severe "
     "back pain, sweating, vomiting, sense of doom. No tentacle marks, not a Portuguese man o' war.\n"
     "O/E: BP 198/112, HR 124, diaphoretic, piloerection. Troponin 612 ng/L at 3 h.\n"
     "Dx: Irukandji syndrome (probably Carukia barnesi). Fentanyl 50 mcg IV x4, magnesium sulphate 10 mmol then "
     "infusion, GTN. Admit CCU.\n"
     "Hire car (QLD rego 842 XKM) left at the marina carpark.\n"
     "Dr Anggraini, SRMO",
     [("HOSPITAL", ["Cairns Hospital"]), ("DATE", ["12/01/2026"]), ("NAME", ["Lachlan", "Boyd"]),
      ("ID", ["2953 18468 1"]), ("DATE", ["11/11/1996"]), ("ADDRESS", ["7/43 Station St"]),
      ("LOCATION", ["Fairfield"]), ("POSTCODE", ["3078"]), ("LOCATION", ["Reef Palms Motel"]),
      ("LOCATION", ["Port Douglas"]), ("PHONE", ["0491 570 156"]), ("LOCATION", ["Tidemark Reef Tours"]),
      ("PLATE", ["842 XKM"]), ("NAME", ["Anggraini"])],
     ["Portuguese man o' war", "Troponin 612 ng/L", "Irukandji syndrome", "Carukia barnesi",
      "magnesium sulphate 10 mmol"]),

    # 15 - Australia, Victoria: physiotherapy initial assessment (WorkSafe claim)
    ("Barwon Sports & Spinal Physiotherapy, 118 Pakington St, Geelong West VIC 3218\n"
     "Initial assessment, WorkSafe claim 25/104/88271, Thursday 5 June 2025\n"
     "Client: Jarrah Petrakis, DOB 28.02.1990, ph 0412 555 086, jarrah.p90@bigpond.com\n"
     "Employer: Corio Bay Formwork Pty Ltd.\n"
     "Injury 19/05/25: stepped off scaffold onto uneven ground, twisted L knee, felt a pop, swollen within 2 h. MRI: "
     "complete ACL rupture, grade 1 MCL sprain.\n"
     "O/E: effusion, Lachman test grade 2 with soft end point, pivot shift positive, McMurray's test negative. ROM "
     "5-110. Lysholm score 52.\n"
     "Plan: prehab 6/52 before review with Mr Vasilakis at Epworth on 17 July; Theraband and bike. "
     "Will need reconstruction to return to formwork. Suitable duties, no ladders, 4 h/day.\n"
     "Kiri Waititi, physiotherapist",
     [("HOSPITAL", ["Barwon Sports & Spinal Physiotherapy"]), ("ADDRESS", ["118 Pakington St"]),
      ("LOCATION", ["Geelong West"]), ("POSTCODE", ["3218"]), ("ID", ["25/104/88271"]), ("DATE", ["5 June 2025"]),
      ("NAME", ["Jarrah", "Petrakis"]), ("DATE", ["28.02.1990"]), ("PHONE", ["0412 555 086"]),
      ("EMAIL", ["jarrah.p90@bigpond.com"]), ("LOCATION", ["Corio Bay Formwork"]), ("DATE", ["19/05/25"]),
      ("NAME", ["Vasilakis"]), ("HOSPITAL", ["Epworth"]), ("DATE", ["17 July"]), ("NAME", ["Kiri", "Waititi"])],
     ["Lachman test grade 2", "McMurray's test negative", "Lysholm score 52", "prehab 6/52",
      "Will need reconstruction"]),

    # 16 - New Zealand: community midwife postnatal visit
    ("LMC midwife - postnatal home visit, day 3, 23/09/2025\n"
     "Mereana Te Huia, NHI ZKT4813, DOB 02/06/1998, G2P2. 56 Kahikatea Drive, Hamilton 3204. Mob 021 555 7183.\n"
     "Pēpi: Aroha, born 20/09/2025 04:12 at Waikato Hospital, NHI PRW3628.\n"
     "Birth: SVB at 39+4 after IOL for GDM (Bishop score 4, then Syntocinon). GBS positive, two doses of IV "
     "benzylpenicillin before birth. Apgar 9 and 10, 3.62 kg.\n"
     "Today: feeding well, 3.48 kg, mild jaundice to chest only. Fundus firm, perineum healing. EPDS 6. Partner "
     "works nights; whānau helping.\n"
     "Paid parental leave form done, IRD 118-372-646. Well Child Tamariki Ora referral sent.\n"
     "Rosalind Kerehoma, RM",
     [("DATE", ["23/09/2025"]), ("NAME", ["Mereana", "Te Huia"]), ("ID", ["ZKT4813"]), ("DATE", ["02/06/1998"]),
      ("ADDRESS", ["56 Kahikatea Drive"]), ("LOCATION", ["Hamilton"]), ("POSTCODE", ["3204"]),
      ("PHONE", ["021 555 7183"]), ("NAME", ["Aroha"]), ("DATE", ["20/09/2025"]), ("HOSPITAL", ["Waikato Hospital"]),
      ("ID", ["PRW3628"]), ("ID", ["118-372-646"]), ("NAME", ["Rosalind", "Kerehoma"])],
     ["Bishop score 4", "GBS positive", "Apgar 9 and 10", "EPDS 6", "Well Child Tamariki Ora"]),

    # 17 - Hong Kong (in Chinese): medical discharge summary
    ("瑪嘉烈醫院 內科部 出院摘要\n"
     "病人：梁志強（LEUNG Chi Keung），男，61歲\n"
     "身份證號碼：K482193(9)   病歷號碼：HN21048837\n"
     "地址：深水埗長沙灣道248號美華大廈12樓C室\n"
     "電話：9648 2107；女兒梁嘉欣 6172 9954\n"
     "入院日期：2025年8月19日   出院日期：2025年9月2日\n"
     "診斷：類鼻疽併肺炎及菌血症，血培養 Burkholderia pseudomallei 陽性。糖尿病控制欠佳，HbA1c 10.2%。\n"
     "病史：颱風後在大廈附近清理渠道。職業為的士司機，車牌 TZ 4821。\n"
     "治療：入院時 CURB-65 3分，曾入深切治療部。Meropenem 1 g q8h 共14日，其後轉口服 Septrin 根除治療12週。\n"
     "覆診：2025年9月30日 感染科門診。家傭 Maricel 協助服藥。\n"
     "主診醫生：何嘉俊醫生",
     [("HOSPITAL", ["瑪嘉烈醫院"]), ("NAME", ["梁志強"]), ("NAME", ["LEUNG", "Chi Keung"]), ("ID", ["K482193(9)"]),
      ("MRN", ["HN21048837"]), ("LOCATION", ["深水埗"]), ("ADDRESS", ["長沙灣道248號", "美華大廈12樓C室"]),
      ("PHONE", ["9648 2107"]), ("NAME", ["梁嘉欣"]), ("PHONE", ["6172 9954"]), ("DATE", ["2025年8月19日"]),
      ("DATE", ["2025年9月2日"]), ("PLATE", ["TZ 4821"]), ("DATE", ["2025年9月30日"]), ("NAME", ["Maricel"]),
      ("NAME", ["何嘉俊"])],
     ["61歲", "類鼻疽", "Burkholderia pseudomallei", "CURB-65 3分", "Septrin"]),

    # 18 - Singapore: dental clinical notes
    ("Bedok Central Dental Surgery, Blk 412 Bedok North Ave 2 #01-118, Singapore 460412, tel 6241 5537\n"
     "11/04/2025 10:40\n"
     "Pt: Nurul Ain binte Rahmat, F/47, NRIC S7841236D, HP 9153 6684. Cabin crew with Scoot.\n"
     "CC: swelling L lower jaw 3/7, throbbing, worse lying down.\n"
     "O/E: L submandibular swelling, mouth opening 32 mm, floor of mouth soft and not raised, so no Ludwig's angina. "
     "36 TTP+++, Miller grade 1 mobility, deep MOD caries (Black's Class II), periapical radiolucency on PA. Upper "
     "Kennedy Class III partial denture.\n"
     "Dx: acute apical abscess 36. Tx: LA (2% lignocaine with adrenaline 1:80,000), access and drainage, RCT "
     "started. Augmentin 625 mg BD 5/7, Ponstan 500 mg TDS PRN. MC 2 days.\n"
     "Review 15/04; if worse, to NDCS. Husband Firdaus (9382 4471) will bring her.\n"
     "Dr Jasmine Lim Wei Ting",
     [("HOSPITAL", ["Bedok Central Dental Surgery"]), ("ADDRESS", ["Blk 412", "Bedok North Ave 2", "#01-118"]),
      ("POSTCODE", ["460412"]), ("PHONE", ["6241 5537"]), ("DATE", ["11/04/2025"]), ("NAME", ["Nurul Ain", "Rahmat"]),
      ("ID", ["S7841236D"]), ("PHONE", ["9153 6684"]), ("LOCATION", ["Scoot"]), ("DATE", ["15/04"]),
      ("HOSPITAL", ["NDCS"]), ("NAME", ["Firdaus"]), ("PHONE", ["9382 4471"]), ("NAME", ["Jasmine", "Lim Wei Ting"])],
     ["3/7", "Ludwig's angina", "Miller grade 1 mobility", "Black's Class II", "Kennedy Class III",
      "Augmentin 625 mg BD 5/7"]),

    # 19 - Malaysia: ambulance handover to the emergency department (MIST)
    ("Serahan pesakit / ambulance handover - Jabatan Kecemasan, Hospital Tengku Ampuan Rahimah, Klang\n"
     "28/02/2025, tiba 22:47. Ambulance WVK 4826.\n"
     "M: motorcyclist vs lorry on Persiaran Raja Muda Musa about 21:55. His motorcycle (BMK 7318) went under the "
     "lorry (WUP 2291); lorry driver held by police.\n"
     "I: GCS 12 (E3V4M5), helmet cracked. Open L tib/fib, Gustilo IIIA. R wrist dinner-fork deformity, "
     "?Colles' fracture. FAST positive LUQ.\n"
     "S: BP 88/54, HR 132, SpO2 94% on NRB, RR 28.\n"
     "T: collar, pelvic binder, 1 L Hartmann's, splint, TXA 1 g at 22:20.\n"
     "Patient: Mohd Haziq bin Kamarulzaman, 23, MyKad 020314-10-5237, of 17 Jalan Sungai Bertik 3, "
     "Taman Sri Andalas, 41200 Klang. Father contacted on 013-555 8342.\n"
     "Handed over by the paramedic to the MO.",
     [("HOSPITAL", ["Hospital Tengku Ampuan Rahimah"]), ("LOCATION", ["Klang"]), ("DATE", ["28/02/2025"]),
      ("PLATE", ["WVK 4826"]), ("ADDRESS", ["Persiaran Raja Muda Musa"]), ("PLATE", ["BMK 7318"]),
      ("PLATE", ["WUP 2291"]), ("NAME", ["Mohd Haziq", "Kamarulzaman"]), ("ID", ["020314-10-5237"]),
      ("ADDRESS", ["17 Jalan Sungai Bertik 3", "Taman Sri Andalas"]), ("POSTCODE", ["41200"]),
      ("PHONE", ["013-555 8342"])],
     ["GCS 12 (E3V4M5)", "Gustilo IIIA", "Colles' fracture", "FAST positive", "Hartmann's"]),
] + MORE_NOTES
