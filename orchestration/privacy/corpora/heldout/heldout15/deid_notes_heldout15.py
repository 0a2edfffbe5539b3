"""Fifteenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists or their documentation, and never ran
the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (822 planted identifier parts in 708 (kind, parts) entries; 249 clinical strings), mostly in English, written
the way clinicians write them: emergency, ICU and paediatric and medical ward-round notes, an interfacility transfer
note, discharge summaries, clinic letters (neurology, infectious diseases, paediatrics, orthopaedics dictated by voice
recognition and not read, cardiology referral, ophthalmology, endocrinology), a CT head report, a histopathology report,
an antenatal laboratory request and report, a microbiology report, a patient-portal message thread, an ambulance report,
an anticoagulation-clinic pharmacist note, a psychiatric emergency and Mental Health Act note, a GP consultation, a
nursing-home record and a care-home night report, an adult-safeguarding referral, a home palliative care visit, a
physiotherapy assessment, a TB/HIV clinic note, a paediatric malaria ward round, a seafarer's pre-employment medical
(occupational health), a dental note, a rheumatic-heart-disease school nurse visit, an outpatient record, a hospital
social-work record, a community referral form, a rheumatology clinic list and an NHS 111 telephone-triage record. From
the US (Alaska, New Mexico, Maine, Louisiana, Iowa, Oregon, Hawaii, Arizona, Kansas), Canada (Nova Scotia, British
Columbia, Newfoundland and Labrador), England (Cornwall, Lincolnshire, North Yorkshire), Scotland (Highland, Skye),
Wales (Gwynedd), Northern Ireland, Ireland (Connacht), Australia (Queensland, Tasmania), New Zealand (South Island),
South Africa, India (Kerala, in English), Nigeria, Ghana, the Philippines, Malaysia, Barbados, Fiji, Greece (Crete,
Thessaloniki, Patras), Cyprus, mainland China (Sichuan, Shanghai), Taiwan, Hong Kong, Chile and Poland.

Scripts and languages (positions in ``NOTES``, counted from 0): notes 17 (Crete), 30 (Cyprus), 31 (Thessaloniki) and 32
(Patras) are in Greek script, with Greek names, addresses, phone numbers, facilities and Greek month names; notes 18
(Sichuan) and 35 (Shanghai) are in simplified Chinese and notes 33 (Taiwan, with Minguo-era dates) and 34 (Hong Kong,
with Cantonese reported speech) in traditional Chinese, with names, addresses, phone numbers, facilities and dates in
Chinese; note 36 is in Spanish (Chile) and note 37 in Polish, each with dates in that language; all other notes (30) are
in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers (house names, a cottage, a sitio and barangay, a Kerala house name,
an informal-settlement plot, a Hong Kong subdivided flat), "transferred from" and "referred from", employers (some named
with everyday words), schools, a care home and its wing, pharmacies (one called Boots), GP practices, a church, an RSL
club, a shopping centre, a hotel, hospitals and streets named after people, and places that are everyday words or first
names (Friendship, Liberty, Hope, Economy, Surprise, Anthem, Boring, Liberal, Waterproof, What Cheer, Hatch, Eek,
Penguin, Heart's Content, Truth or Consequences, Mousehole, Alexandra, Augusta, Clyde, Florence as a child's name and
Robin Hood's Bay); also e-mail addresses, portal and certificate URLs, IPv4 addresses, a social-media handle and a
WeChat ID, vehicle plates, two aircraft registrations, a fishing-vessel port number and a ship's IMO number, driving and
professional licences, a passport, device serial numbers (coagulometer, NIV machine, a phone's IMEI), insurance and
national numbers, fax, pager, bleep and extension numbers, and dates in many formats (full dates in several orders and
separators, year-less dates with slashes or words, month and year, dates in words, relative-to-event dates such as Labor
Day, New Year's Day and Christmas Day, and Greek, Chinese, Minguo, Spanish and Polish dates). Where a real identifier
has a check digit (NHS, CHI, Northern Ireland H&C, Australian Medicare and provider number, NZ NHI, BC PHN, US NPI and
DEA, South African ID, Aadhaar, Greek AMKA, Chinese resident ID, Taiwan ID, HKID, PESEL, Polish PWZ, Chilean RUN, Irish
PPSN, IMEI, IMO) the planted one passes it; the other national, insurance and licence numbers keep a valid format
(Medicare MBI, MyKad with its birth date and state code, Barbados NRN with its birth date). No name, place or facility
is planted in more than one note, and none is reused from the fourteenth set. Four patients are aged 90 or over (notes
4, 13, 31 and 34), and for them the age and every date element, bare years included, are planted; where a younger
patient's note has a bare year, it is left in the text and not planted. The strings that must survive include eponyms
and eponymous signs, syndromes, scores and classifications with their numbers (some named after places or with names
that are everyday words), brand names of drugs and devices, organisms, lab values with units, ratios and fractions that
look like dates (visual acuity, titres, gestation, dose counts), UK duration notation, and everyday words that double as
names or places. Entries per kind: NAME 139, DATE 137, LOCATION 129, HOSPITAL 75, ADDRESS 45, ID 45, PHONE 39, POSTCODE
30, MRN 27, LICENCE 14, AGE 8, PLATE 7, EMAIL 4, SERIAL 3, HANDLE 2, IP 2, URL 2. The last 20 notes (416 identifier
parts in 360 entries, 129 clinical strings) are in :mod:`deid_notes_heldout15_more`, only to keep each file a readable
length; this file holds 406 identifier parts in 348 entries and 120 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout15.deid_notes_heldout15_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Alaska: emergency department provider note
    ("EMERGENCY DEPARTMENT PROVIDER NOTE\n"
     "Yukon-Kuskokwim Delta Regional Hospital, 700 Chief Eddie Hoffman Hwy, Bethel AK 99559\n"
     "Arrival 01/17/2026 21:52 by LifeMed fixed-wing (N417LM) from the Eek village clinic\n"
     "Elias Tunutmoak | 38 M | DOB 03/09/1987 | MRN 01-448-2917\n"
     "HPI: per the community health aide in Eek he was running his snowmachine on the river about 16:00 and broke "
     "through overflow. Went in to the chest, got himself out, walked ~40 min to a fish camp. Core temp at the "
     "clinic 31.2 C.\n"
     "Exam: esophageal T 32.4 C, HR 46 junctional, BP 88/52, GCS 13 (E3V4M6). Swiss staging HT II. Osborn (J) waves "
     "V2-V5, QTc 512. Both feet white and waxy to the MTP joints, hemorrhagic blisters R hallux.\n"
     "Labs: K 4.1, lactate 3.8, glucose 142, CK 1,180, EtOH negative.\n"
     "Tx: Bair Hugger + NS warmed to 42 C, warmed humidified O2, minimal handling. Feet rewarmed in a 37-39 C "
     "whirlpool x30 min, ibuprofen 400 mg q12h, Tdap. R foot looks like a Hennepin score 3 injury - discussed "
     "iloprost vs tPA with Dr. Nadia Orlovsky-Fenwick at Harborview Medical Center; triple-phase bone scan first, "
     "still inside the 24 h window.\n"
     "Dispo: ICU. Wife Agnes (907) 555-0174 is coming in on the morning mail plane.\n"
     "Cyrus Makinen-Obi, MD, Emergency Medicine | NPI 1392761544",
     [("HOSPITAL", ["Yukon-Kuskokwim Delta Regional Hospital"]), ("ADDRESS", ["700 Chief Eddie Hoffman Hwy"]),
      ("LOCATION", ["Bethel"]), ("POSTCODE", ["99559"]), ("DATE", ["01/17/2026"]), ("PLATE", ["N417LM"]),
      ("LOCATION", ["Eek"]), ("NAME", ["Elias", "Tunutmoak"]), ("DATE", ["03/09/1987"]), ("MRN", ["01-448-2917"]),
      ("NAME", ["Nadia", "Orlovsky-Fenwick"]), ("HOSPITAL", ["Harborview Medical Center"]), ("NAME", ["Agnes"]),
      ("PHONE", ["(907) 555-0174"]), ("NAME", ["Cyrus", "Makinen-Obi"]), ("ID", ["1392761544"])],
     ["Swiss staging HT II", "Osborn (J) waves", "QTc 512", "Bair Hugger", "Hennepin score 3", "iloprost"]),

    # 1 - USA, New Mexico: medical ICU progress note
    ("MICU PROGRESS NOTE - UNM Hospital, 2211 Lomas Blvd NE, Albuquerque NM 87106 | pod B, bed 14\n"
     "Hospital day 4 | 9 October 2025\n"
     "Dolores Archuleta-Baca, 56 F | MRN 7720-4418 | DOB 11/02/1968\n"
     "Transferred 10/6 from Sierra Vista Hospital, Truth or Consequences. Keeps goats on a few acres outside town; "
     "found dead prairie dogs by the pen, and her cat was seen by the vet in Hatch last week for a neck abscess.\n"
     "Dx: septicemic plague with secondary pneumonic spread - Yersinia pestis in blood cultures (bipolar 'safety "
     "pin' staining), confirmed by the state laboratory. R inguinal bubo 4 cm.\n"
     "Resp: intubated on arrival. ARDS by the Berlin definition, P/F 118 on PEEP 12; proned 16 h overnight.\n"
     "ID: gentamicin 5 mg/kg IV q24h + doxycycline 100 mg IV q12h, day 4. Droplet precautions lifted after 48 h of "
     "therapy.\n"
     "Heme: DIC - plt 38 K, fibrinogen 96 mg/dL, ISTH DIC score 6; 10 units cryo.\n"
     "Family: husband Ignacio (505-555-0186) at bedside. The state epidemiologist, Dr. Harriet Quintana-Moss, "
     "arranged doxycycline PEP for him and for the EMS crew.\n"
     "Tobias Ekwueme-Lindgren, MD, MICU attending",
     [("HOSPITAL", ["UNM Hospital"]), ("ADDRESS", ["2211 Lomas Blvd NE"]), ("LOCATION", ["Albuquerque"]),
      ("POSTCODE", ["87106"]), ("DATE", ["9 October 2025"]), ("NAME", ["Dolores", "Archuleta-Baca"]),
      ("MRN", ["7720-4418"]), ("DATE", ["11/02/1968"]), ("DATE", ["10/6"]), ("HOSPITAL", ["Sierra Vista Hospital"]),
      ("LOCATION", ["Truth or Consequences"]), ("LOCATION", ["Hatch"]), ("NAME", ["Ignacio"]),
      ("PHONE", ["505-555-0186"]), ("NAME", ["Harriet", "Quintana-Moss"]), ("NAME", ["Tobias", "Ekwueme-Lindgren"])],
     ["Yersinia pestis", "bipolar 'safety pin' staining", "Berlin definition", "P/F 118", "gentamicin 5 mg/kg",
      "ISTH DIC score 6"]),

    # 2 - USA, Maine: neurology clinic letter
    ("MaineGeneral Medical Center - Neurology Clinic\n"
     "35 Medical Center Parkway, Augusta, ME 04330 | fax 207-555-0162\n"
     "\n"
     "November 14, 2025\n"
     "\n"
     "Ingrid Sorensen-Achebe, DO, Penobscot Bay Family Medicine\n"
     "\n"
     "RE: Thaddeus Wotton   DOB 06/23/1971   MRN E00937182\n"
     "\n"
     "Dear Dr. Sorensen-Achebe,\n"
     "Thank you for asking me to see Mr. Wotton, a sternman on his cousin's lobster boat out of Friendship, whom I "
     "saw on November 10. Around Labor Day he pulled a tick off his left calf after clearing brush behind his camp "
     "in Liberty, and a week later had an expanding 12 cm erythema migrans that he did not mention to anyone. Three "
     "weeks after that came burning band-like pain around the right lower chest, worse at night, and on 10/28 a left "
     "facial droop.\n"
     "Exam: left LMN facial palsy, House-Brackmann grade IV with forehead involvement and a visible Bell's "
     "phenomenon; dermatomal allodynia T8-T10 on the right; no meningismus.\n"
     "CSF: WBC 212/uL (94% lymphocytes), protein 118 mg/dL, Lyme CSF/serum antibody index 3.8. MRI: enhancement of "
     "the left facial nerve and lower thoracic roots.\n"
     "Impression: Lyme neuroborreliosis - Bannwarth syndrome.\n"
     "Plan: doxycycline 100 mg PO BID for 14 days, started in clinic; Lacri-Lube and taping at night. He should not "
     "haul traps single-handed until the pain settles. I will see him in 6 weeks; his wife Marguerite has my direct "
     "line.\n"
     "\n"
     "Sincerely,\n"
     "Anselm Kowalewski-Dunbar, MD, Neurology   NPI 1481209371",
     [("HOSPITAL", ["MaineGeneral Medical Center"]), ("ADDRESS", ["35 Medical Center Parkway"]),
      ("LOCATION", ["Augusta"]), ("POSTCODE", ["04330"]), ("PHONE", ["207-555-0162"]),
      ("DATE", ["November 14, 2025"]), ("NAME", ["Ingrid", "Sorensen-Achebe"]),
      ("HOSPITAL", ["Penobscot Bay Family Medicine"]), ("NAME", ["Thaddeus", "Wotton"]), ("DATE", ["06/23/1971"]),
      ("MRN", ["E00937182"]), ("LOCATION", ["Friendship"]), ("DATE", ["November 10"]), ("DATE", ["Labor Day"]),
      ("LOCATION", ["Liberty"]), ("DATE", ["10/28"]), ("NAME", ["Marguerite"]),
      ("NAME", ["Anselm", "Kowalewski-Dunbar"]), ("ID", ["1481209371"])],
     ["erythema migrans", "House-Brackmann grade IV", "Bell's phenomenon", "Lyme CSF/serum antibody index 3.8",
      "Bannwarth syndrome", "Lacri-Lube"]),

    # 3 - USA, Louisiana: discharge summary
    ("DISCHARGE SUMMARY\n"
     "CHRISTUS St. Frances Cabrini Hospital, 3330 Masonic Dr, Alexandria, LA 71301\n"
     "Patient: Tavion Guidry | 23 M | DOB 12/29/2002 | MRN SF-00491827\n"
     "Admitted 02/11/2026 | Discharged 02/18/2026\n"
     "Diagnoses: HbSS sickle cell disease with acute chest syndrome; vaso-occlusive crisis.\n"
     "Course: came in after the cold snap with back and chest pain, T 38.9, SpO2 89% RA and a new RLL infiltrate. Hb "
     "6.2 g/dL (baseline 8.4), retic 11%, LDH 684. Ceftriaxone + azithromycin, incentive spirometry q2h, "
     "hydromorphone PCA. 1 unit simple transfusion on admission; worse on day 3, so red cell exchange by hematology "
     "(Dr. Folasade Wetherington) - HbS 86% before, 24% after. Weaned to oral oxycodone.\n"
     "Discharge meds: Siklos 1,000 mg daily (resume), folic acid 1 mg, oxycodone 5 mg q6h PRN #12. PCV20 given "
     "before discharge.\n"
     "Follow-up: Sickle Cell Clinic, Ochsner LSU Health Shreveport, 3/4 with Dr. Wetherington; crizanlizumab to be "
     "discussed there.\n"
     "Social: lives with his grandmother Odessa Guidry in Waterproof; stocks shelves at the Dollar General. "
     "Grandmother's phone 318-555-0148.",
     [("HOSPITAL", ["CHRISTUS St. Frances Cabrini Hospital"]), ("ADDRESS", ["3330 Masonic Dr"]),
      ("LOCATION", ["Alexandria"]), ("POSTCODE", ["71301"]), ("NAME", ["Tavion", "Guidry"]), ("DATE", ["12/29/2002"]),
      ("MRN", ["SF-00491827"]), ("DATE", ["02/11/2026"]), ("DATE", ["02/18/2026"]),
      ("NAME", ["Folasade", "Wetherington"]), ("HOSPITAL", ["Ochsner LSU Health Shreveport"]), ("DATE", ["3/4"]),
      ("NAME", ["Odessa", "Guidry"]), ("LOCATION", ["Waterproof"]), ("LOCATION", ["Dollar General"]),
      ("PHONE", ["318-555-0148"])],
     ["HbSS", "acute chest syndrome", "Hb 6.2 g/dL", "LDH 684", "Siklos 1,000 mg", "PCV20"]),

    # 4 - USA, Iowa: CT head report, patient aged 92
    ("UNIVERSITY OF IOWA HEALTH CARE - Department of Radiology, 200 Hawkins Dr, Iowa City, IA 52242\n"
     "EXAM: CT HEAD WITHOUT CONTRAST\n"
     "Patient: Ludmila Hruska   92 Y F   DOB 04/30/1933   MRN 03281947   Medicare MBI 5QV2-RH8-JN46\n"
     "Exam date: 3/14/2026 02:17. Images from Keokuk County Health Center pushed to PACS from DICOM node "
     "10.18.44.201.\n"
     "Ordering: Dr. Corwin Pettijohn-Yoon (outside ED).\n"
     "History: 92-year-old woman, unwitnessed fall at home in What Cheer, found on the kitchen floor by a neighbor. "
     "On Eliquis 2.5 mg BID for AF. GCS 14.\n"
     "Technique: axial 5 mm and 0.625 mm. CTDIvol 48 mGy, DLP 812 mGy-cm.\n"
     "Comparison: CT head 11/02/2019 from Mahaska Health, Oskaloosa.\n"
     "Findings: Acute left frontoparietal subdural hematoma, maximal thickness 11 mm, with 6 mm rightward midline "
     "shift. No intraventricular extension; basal cisterns patent. Nondisplaced right parietal skull fracture under "
     "a scalp hematoma. Fazekas grade 2 white matter change. Old right cerebellar lacunar infarct, new since 2019. "
     "Mastoids and sinuses clear.\n"
     "IMPRESSION:\n"
     "1. Acute left SDH 11 mm with 6 mm midline shift in an anticoagulated patient.\n"
     "2. Nondisplaced right parietal fracture.\n"
     "Critical result called to Dr. Pettijohn-Yoon at 02:41 with read-back; transfer to Neurosurgery requested.\n"
     "Electronically signed: Priyanka Vossberg, MD, Neuroradiology",
     [("HOSPITAL", ["UNIVERSITY OF IOWA HEALTH CARE"]), ("ADDRESS", ["200 Hawkins Dr"]), ("LOCATION", ["Iowa City"]),
      ("POSTCODE", ["52242"]), ("NAME", ["Ludmila", "Hruska"]), ("AGE", ["92 Y"]), ("DATE", ["04/30/1933"]),
      ("MRN", ["03281947"]), ("ID", ["5QV2-RH8-JN46"]), ("DATE", ["3/14/2026"]),
      ("HOSPITAL", ["Keokuk County Health Center"]), ("IP", ["10.18.44.201"]), ("NAME", ["Corwin", "Pettijohn-Yoon"]),
      ("AGE", ["92-year-old"]), ("LOCATION", ["What Cheer"]), ("DATE", ["11/02/2019"]),
      ("HOSPITAL", ["Mahaska Health"]), ("LOCATION", ["Oskaloosa"]), ("DATE", ["2019"]),
      ("NAME", ["Priyanka", "Vossberg"])],
     ["Eliquis 2.5 mg", "CTDIvol 48 mGy", "subdural hematoma", "6 mm rightward midline shift", "Fazekas grade 2"]),

    # 5 - USA, Oregon: patient-portal message thread
    ("Patient portal - secure message thread, exported 05/22/2025 16:40\n"
     "https://mychart.cascadiaprimary.org/MyChart/Messages/88412937\n"
     "From: Harper Quillen <hquillen.writes@protonmail.com> (sign-in from 73.164.208.19)\n"
     "Patient DOB 9/17/1994 | MRN CHP-2290418 | To: Mt. Hood Family Medicine care team (Dr. Fenella Ostrowski-Hale)\n"
     "\n"
     "5/22 7:03 AM, patient: Hi, I started the Lamictal 25 mg on 5/1 and went up to 50 last week like the sheet "
     "says. Since yesterday I have a rash on my chest and arms, like red targets, my lips are sore and my eyes feel "
     "gritty. Temp 100.9. I also restarted my Sprintec. I'm supposed to work a double at Fred Meyer today and I live "
     "out in Boring so it's a drive. Is this normal?? - Harper 503-555-0129\n"
     "\n"
     "5/22 7:41 AM, Colleen Ashdown, RN: Harper, a target-like rash with sore lips, sore eyes and fever after "
     "starting lamotrigine can be the start of Stevens-Johnson syndrome. Please stop the Lamictal now and go to the "
     "Emergency Department at Legacy Mount Hood Medical Center in Gresham - don't go to work. If you can't get a "
     "ride, call 911. I have let the ED charge nurse know you are coming.\n"
     "\n"
     "5/22 12:30 PM, Dr. Ostrowski-Hale (chart note): ED confirms early SJS, BSA <10%, SCORTEN 1; admitted to the "
     "burn unit. Lamotrigine added to allergies. Messaged her psychiatrist about another mood stabilizer - Latuda is "
     "an option.",
     [("DATE", ["05/22/2025"]), ("URL", ["https://mychart.cascadiaprimary.org/MyChart/Messages/88412937"]),
      ("NAME", ["Harper", "Quillen"]), ("EMAIL", ["hquillen.writes@protonmail.com"]), ("IP", ["73.164.208.19"]),
      ("DATE", ["9/17/1994"]), ("MRN", ["CHP-2290418"]), ("HOSPITAL", ["Mt. Hood Family Medicine"]),
      ("NAME", ["Fenella", "Ostrowski-Hale"]), ("DATE", ["5/22"]), ("DATE", ["5/1"]), ("LOCATION", ["Fred Meyer"]),
      ("LOCATION", ["Boring"]), ("PHONE", ["503-555-0129"]), ("NAME", ["Colleen", "Ashdown"]),
      ("HOSPITAL", ["Legacy Mount Hood Medical Center"]), ("LOCATION", ["Gresham"])],
     ["Lamictal 25 mg", "Sprintec", "Stevens-Johnson syndrome", "SCORTEN 1", "Latuda"]),

    # 6 - USA, Hawaii: infectious diseases clinic letter
    ("The Queen's Medical Center - Infectious Diseases Clinic\n"
     "1301 Punchbowl Street, Honolulu, HI 96813\n"
     "\n"
     "July 8, 2025\n"
     "\n"
     "Bartholomew Ige-Sandoval, MD, Kona Coast Family Health\n"
     "\n"
     "Re: Noelani Kahananui, DOB 02/14/1994, MRN Q-5510273\n"
     "\n"
     "Dear Dr. Ige-Sandoval,\n"
     "Ms. Kahananui, who picks and pulps on the Mamalahoa Heights Coffee farm and lives in Captain Cook, was "
     "admitted here on 6/12 for twelve days after two weeks of severe headache, neck stiffness and burning "
     "hyperesthesia of both legs. She had been eating unwashed lettuce from her catchment-watered garden and had "
     "seen semi-slugs (Parmarella martensi) on it.\n"
     "CSF opening pressure 34 cm H2O, WBC 480/uL with 38% eosinophils; CSF RT-PCR positive for Angiostrongylus "
     "cantonensis at the State Laboratories Division. MRI showed leptomeningeal enhancement.\n"
     "Diagnosis: eosinophilic meningitis from rat lungworm.\n"
     "She had prednisolone 60 mg daily plus albendazole 15 mg/kg/day for 14 days and three therapeutic LPs. Today "
     "the headache has gone; she has residual dysesthesia of the feet, helped by gabapentin 300 mg TID.\n"
     "Please reinforce washing produce and screening the catchment tank. I will see her again in three months; her "
     "mother Leilani brings her.\n"
     "\n"
     "Aloha,\n"
     "Evangeline Matsuda-Oyelowo, MD, Infectious Diseases",
     [("HOSPITAL", ["Queen's Medical Center"]), ("ADDRESS", ["1301 Punchbowl Street"]), ("LOCATION", ["Honolulu"]),
      ("POSTCODE", ["96813"]), ("DATE", ["July 8, 2025"]), ("NAME", ["Bartholomew", "Ige-Sandoval"]),
      ("HOSPITAL", ["Kona Coast Family Health"]), ("NAME", ["Noelani", "Kahananui"]), ("DATE", ["02/14/1994"]),
      ("MRN", ["Q-5510273"]), ("LOCATION", ["Mamalahoa Heights Coffee"]), ("LOCATION", ["Captain Cook"]),
      ("DATE", ["6/12"]), ("NAME", ["Leilani"]), ("NAME", ["Evangeline", "Matsuda-Oyelowo"])],
     ["Parmarella martensi", "opening pressure 34 cm H2O", "38% eosinophils", "Angiostrongylus cantonensis",
      "albendazole 15 mg/kg/day", "gabapentin 300 mg"]),

    # 7 - USA, Arizona: ambulance electronic patient care report
    ("DAISY MOUNTAIN FIRE & MEDICAL - ePCR   Rescue 141, Station 141, Anthem\n"
     "06/29/2025 | PSAP 13:12 | at patient 13:41 (trail carry-out) | depart 14:02 | at destination 14:29\n"
     "Pt: Trevor Kuykendall, 29 M, DOB 10/05/1995, AZ DL D08417362. 16873 W Desert Lane, Surprise AZ 85388. Roofer.\n"
     "CC: collapse + AMS on the Black Mountain Summit Trail, Cave Creek. Started up at 11:00 with 1 L of water; "
     "ambient 114 F.\n"
     "Assessment: GCS 10 (E2V3M5), combative, skin hot and wet. Tympanic 107.2 F (41.8 C). HR 156 ST, BP 92/48, RR "
     "32, BGL 88, ETCO2 24. Exertional heat stroke.\n"
     "Tx: cold water immersion in a tarp-assisted 'taco' with ice and water at the trailhead - 102.2 F at 14 min, "
     "cooling stopped. NS 1 L. Zofran 4 mg IV. Midazolam 2.5 mg IN for agitation.\n"
     "Hiking partner Jaxon Pettibone followed in the patient's truck (AZ CFR4829).\n"
     "Destination: HonorHealth Deer Valley Medical Center, report to charge RN.\n"
     "Crew: Capt. Marisela Yazzie-Corbin, Paramedic (AZDHS cert 4478210)",
     [("LOCATION", ["DAISY MOUNTAIN"]), ("LOCATION", ["Anthem"]), ("DATE", ["06/29/2025"]),
      ("NAME", ["Trevor", "Kuykendall"]), ("DATE", ["10/05/1995"]), ("LICENCE", ["D08417362"]),
      ("ADDRESS", ["16873 W Desert Lane"]), ("LOCATION", ["Surprise"]), ("POSTCODE", ["85388"]),
      ("LOCATION", ["Black Mountain Summit Trail"]), ("LOCATION", ["Cave Creek"]), ("NAME", ["Jaxon", "Pettibone"]),
      ("PLATE", ["CFR4829"]), ("HOSPITAL", ["HonorHealth Deer Valley Medical Center"]),
      ("NAME", ["Marisela", "Yazzie-Corbin"]), ("LICENCE", ["4478210"])],
     ["GCS 10", "107.2 F", "ETCO2 24", "cold water immersion", "Zofran 4 mg", "Midazolam 2.5 mg IN"]),

    # 8 - USA, Kansas: pharmacist-managed anticoagulation clinic note
    ("Southwest Medical Center - Pharmacist-Managed Anticoagulation Clinic\n"
     "315 W 15th St, Liberal, KS 67901\n"
     "Visit 01/08/2026\n"
     "Pt: Graciela Montanez, 63 F, DOB 7/22/1962, MRN 448-0291-7\n"
     "Indication: On-X mechanical mitral valve (2021) + AF. INR goal 2.5-3.5. CHA2DS2-VASc 4.\n"
     "Today: POC INR 4.8 (CoaguChek XS Pro, meter s/n UW48213377). Last INR 2.9 three weeks ago. An urgent care in "
     "Hugoton started Bactrim DS BID x7 days on New Year's Day for a UTI - interaction. No bleeding, no melena; Hgb "
     "12.1.\n"
     "Plan: hold tonight, then 5 mg daily except 7.5 mg Mon/Fri (40 -> 37.5 mg/week). Recheck Monday. No vitamin K. "
     "Asked urgent care to use Macrobid next time and to call us with any antibiotic.\n"
     "Counseled in Spanish with the staff interpreter. Daughter Yesenia (620-555-0187) picks up at Dillons "
     "Pharmacy.\n"
     "Warfarin prescriber: Dr. Ambrose Kettering, DEA FK4829175\n"
     "Wren Tollefson-Adair, PharmD, BCPS - KS RPh 1-18274",
     [("HOSPITAL", ["Southwest Medical Center"]), ("ADDRESS", ["315 W 15th St"]), ("LOCATION", ["Liberal"]),
      ("POSTCODE", ["67901"]), ("DATE", ["01/08/2026"]), ("NAME", ["Graciela", "Montanez"]), ("DATE", ["7/22/1962"]),
      ("MRN", ["448-0291-7"]), ("SERIAL", ["UW48213377"]), ("LOCATION", ["Hugoton"]), ("DATE", ["New Year's Day"]),
      ("NAME", ["Yesenia"]), ("PHONE", ["620-555-0187"]), ("HOSPITAL", ["Dillons Pharmacy"]),
      ("NAME", ["Ambrose", "Kettering"]), ("ID", ["FK4829175"]), ("NAME", ["Wren", "Tollefson-Adair"]),
      ("LICENCE", ["1-18274"])],
     ["On-X", "CHA2DS2-VASc 4", "INR 4.8", "CoaguChek XS Pro", "Bactrim DS", "Macrobid"]),

    # 9 - Canada, Nova Scotia: general medicine ward round note
    ("QEII Health Sciences Centre, Halifax - Victoria General site, 7.2 Medicine, Team C ward round\n"
     "2025-08-19 09:30 | presented by Dr. Anjali Fitzgerald-Rao (R2)\n"
     "Clarence Gillis-Fougere, 61 M | bed 14 | MRN 0049-18273 | NS health card 0014 837 291\n"
     "Lives in Economy; runs the pressure washers at Sparkle Wash in Truro.\n"
     "Day 4 of Legionnaires' disease: urine antigen positive for L. pneumophila serogroup 1. CURB-65 3 on "
     "admission.\n"
     "S: less short of breath, still night sweats; loose stools x2.\n"
     "O: T 38.4 last night, SpO2 94% on 2 L NP, crackles R base. Na 124 -> 129 (SIADH picture), CK 2,340, ALT 88.\n"
     "A/P: 1. azithromycin 500 mg IV -> PO today, 10 days total. 2. fluid restriction 1.2 L, Na q12h. 3. PT/OT. 4. "
     "Public Health notified - the car wash has a heated recirculating tank; they will inspect. 5. Home with wife "
     "Lorna (902-555-0163) once off O2; f/u with family doctor Dr. Ewan Chisholm in 1 week.\n"
     "Anjali Fitzgerald-Rao, PGY-2 | pager 1-4471",
     [("HOSPITAL", ["QEII Health Sciences Centre"]), ("LOCATION", ["Halifax"]), ("HOSPITAL", ["Victoria General"]),
      ("DATE", ["2025-08-19"]), ("NAME", ["Anjali", "Fitzgerald-Rao"]), ("NAME", ["Clarence", "Gillis-Fougere"]),
      ("MRN", ["0049-18273"]), ("ID", ["0014 837 291"]), ("LOCATION", ["Economy"]), ("LOCATION", ["Sparkle Wash"]),
      ("LOCATION", ["Truro"]), ("NAME", ["Lorna"]), ("PHONE", ["902-555-0163"]), ("NAME", ["Ewan", "Chisholm"]),
      ("PHONE", ["1-4471"])],
     ["Legionnaires' disease", "L. pneumophila serogroup 1", "CURB-65 3", "Na 124", "SIADH", "azithromycin 500 mg"]),

    # 10 - Canada, British Columbia: psychiatric emergency / Mental Health Act certification note
    ("Chilliwack General Hospital, 45600 Menholm Rd, Chilliwack BC V2P 1P7\n"
     "Psychiatric Emergency Assessment + Form 4 certification | 2025-12-03 02:15\n"
     "Pt: Callum Penner-Hayashi, 26 M, PHN 9728415638, DOB 1999-06-11, MRN CGH-4471820\n"
     "Brought in by RCMP (Cst. Devinder Grewal) under s.28 of the Mental Health Act from his mother's house on "
     "Wallace Street in Hope.\n"
     "Hx: 5 nights without sleep, says he has been 'chosen to save the valley', posted threats against the "
     "neighbours on Instagram (@callum.the.prophet). Off Abilify Maintena 400 mg - last injection about 10 weeks "
     "ago. One previous admission, in 2023. Daily cannabis; UDS positive for THC.\n"
     "MSE: dishevelled, pressured speech, flight of ideas, grandiose delusions; denies AH but appears to be "
     "responding to internal stimuli; no insight. YMRS 34.\n"
     "Risk: high - threats to others, and walking in highway traffic tonight.\n"
     "Plan: Form 4 medical certificate completed (1 of 2); Form 13 rights read to him at 02:30. Olanzapine 10 mg "
     "PO/IM. Admit to the Mental Health Unit. Mother Heather Penner informed, 604-555-0121.\n"
     "Oluwaseun Varga, MD, Psychiatry resident",
     [("HOSPITAL", ["Chilliwack General Hospital"]), ("ADDRESS", ["45600 Menholm Rd"]), ("LOCATION", ["Chilliwack"]),
      ("POSTCODE", ["V2P 1P7"]), ("DATE", ["2025-12-03"]), ("NAME", ["Callum", "Penner-Hayashi"]),
      ("ID", ["9728415638"]), ("DATE", ["1999-06-11"]), ("MRN", ["CGH-4471820"]), ("NAME", ["Devinder", "Grewal"]),
      ("ADDRESS", ["Wallace Street"]), ("LOCATION", ["Hope"]), ("HANDLE", ["@callum.the.prophet"]),
      ("NAME", ["Heather", "Penner"]), ("PHONE", ["604-555-0121"]), ("NAME", ["Oluwaseun", "Varga"])],
     ["Mental Health Act", "Abilify Maintena 400 mg", "flight of ideas", "YMRS 34", "Olanzapine 10 mg"]),

    # 11 - Canada, Newfoundland and Labrador: interfacility transfer note
    ("INTERFACILITY TRANSFER NOTE\n"
     "Labrador Health Centre, 227 Kelland Drive, Happy Valley-Goose Bay NL A0P 1E0\n"
     "Sending: ED physician on call. Receiving: Pediatric Surgery on call, Janeway Children's Health and "
     "Rehabilitation Centre - accepted 2026-02-02 16:40.\n"
     "Patient: Oakley Rumbolt, 3 y M, MCP 104837291004, DOB 2022-11-27, chart LHC-00382917. From Cartwright; here "
     "with mom Shania (709-555-0138).\n"
     "HPI: 18 h of colicky pain with drawing up of the knees, 3 bilious vomits, one redcurrant jelly stool at "
     "14:10.\n"
     "Exam: HR 148, CRT 3 s, T 37.9, PEWS 4. Sausage-shaped mass RUQ, empty RLQ (Dance's sign).\n"
     "POCUS: target sign 3.2 cm RUQ, no free fluid.\n"
     "Tx: NPO, NG to free drainage, NS 20 mL/kg bolus x1, morphine 0.05 mg/kg IV. Air enema reduction not available "
     "here.\n"
     "Transport: provincial air ambulance, aircraft C-GLXW, wheels up ~18:00; RN escort.\n"
     "Nan, Gertie Noseworthy, will meet them at the hospital - she lives out in Heart's Content.",
     [("HOSPITAL", ["Labrador Health Centre"]), ("ADDRESS", ["227 Kelland Drive"]),
      ("LOCATION", ["Happy Valley-Goose Bay"]), ("POSTCODE", ["A0P 1E0"]),
      ("HOSPITAL", ["Janeway Children's Health and Rehabilitation Centre"]), ("DATE", ["2026-02-02"]),
      ("NAME", ["Oakley", "Rumbolt"]), ("ID", ["104837291004"]), ("DATE", ["2022-11-27"]), ("MRN", ["LHC-00382917"]),
      ("LOCATION", ["Cartwright"]), ("NAME", ["Shania"]), ("PHONE", ["709-555-0138"]), ("PLATE", ["C-GLXW"]),
      ("NAME", ["Gertie", "Noseworthy"]), ("LOCATION", ["Heart's Content"])],
     ["redcurrant jelly stool", "PEWS 4", "Dance's sign", "target sign", "NS 20 mL/kg"]),

    # 12 - England, Cornwall: GP consultation
    ("Bolitho Surgery, Penzance - consultation 12-Sep-2025 10:20, face to face - Dr Demelza Trewhella\n"
     "Mr Jago Pengelly, DOB 17-Apr-1979, NHS No. 472 918 3657, 8 Duck Street, Mousehole TR19 6SA, mob 07700 900 148\n"
     "History: crews on the trawler PZ 417 out of Newlyn. 5/7 fever, rigors, headache and severe calf pain. Fell in "
     "the harbour hauling gear 2/52 ago and swallowed a lot of water; rats all over the quay. Since yesterday dark "
     "urine and yellow eyes. Usual meds: ramipril 5 mg from Boots.\n"
     "Examination: T 38.8, HR 112, BP 98/60, RR 22, SpO2 95%. NEWS2 7. Jaundiced, conjunctival suffusion, tender "
     "calves, no rash, no neck stiffness. Urine dip blood 2+, protein 2+.\n"
     "Impression: ?Weil's disease (severe leptospirosis) with jaundice and likely AKI.\n"
     "Plan: spoke to the on-call medical registrar at Royal Cornwall Hospital, Dr Piran Tonkin, bleep 4462 - "
     "accepted to AMU now. Declined ambulance; his wife is driving him there now. Letter given. Leptospira PCR and "
     "IgM to be sent there. Hold ramipril. Fit note 2/52.",
     [("HOSPITAL", ["Bolitho Surgery"]), ("LOCATION", ["Penzance"]), ("DATE", ["12-Sep-2025"]),
      ("NAME", ["Demelza", "Trewhella"]), ("NAME", ["Jago", "Pengelly"]), ("DATE", ["17-Apr-1979"]),
      ("ID", ["472 918 3657"]), ("ADDRESS", ["8 Duck Street"]), ("LOCATION", ["Mousehole"]),
      ("POSTCODE", ["TR19 6SA"]), ("PHONE", ["07700 900 148"]), ("PLATE", ["PZ 417"]), ("LOCATION", ["Newlyn"]),
      ("HOSPITAL", ["Boots"]), ("HOSPITAL", ["Royal Cornwall Hospital"]), ("NAME", ["Piran", "Tonkin"]),
      ("PHONE", ["4462"])],
     ["5/7", "2/52", "NEWS2 7", "conjunctival suffusion", "Weil's disease", "Leptospira PCR"]),

    # 13 - England, Lincolnshire: nursing-home record and GP review, resident aged 94
    ("Sunnyside Lodge Nursing Home, Fen Lane, Stickney, Boston PE22 8AX\n"
     "Resident daily record and GP review request - 23/01/2026\n"
     "Resident: Mrs Edna Mawer, a 94-year-old lady, DOB 02/05/1931, NHS 638 104 9278. Room 7.\n"
     "Came to Sunnyside in March 2019, after her husband died in Nov 2018. Was postmistress in Sibsey for thirty "
     "years.\n"
     "Background: Alzheimer's disease (MMSE 14/30 in 2023), AF on apixaban 2.5 mg BD, CKD 3b (eGFR 38), OA knees. "
     "Rockwood CFS 7. ReSPECT form: not for CPR; ward-based treatment only if she must go in, but would prefer to "
     "stay here.\n"
     "Today: more muddled since 21/01, eating very little, two unwitnessed falls overnight (found on the floor at "
     "03:10 and 05:40, no head injury). T 37.9, HR 104 irregular, BP 112/64, RR 20, SpO2 95% RA. NEWS2 4. Urine "
     "cloudy and offensive. Grade 2 pressure ulcer on sacrum; Waterlow 22.\n"
     "Actions: visit requested from Dr Ishbel Fairweather via the surgery's care-home line at 10:15. Not sent in to "
     "Pilgrim Hospital, in line with her ReSPECT form and her daughter's wishes. Daughter Mrs Pauline Odling (NOK, "
     "LPA health and welfare) informed 10:30 on 07700 900 512 - she is hoping mum makes her 95th birthday in May.\n"
     "GP visit 14:00: probable UTI; pivmecillinam 400 mg stat then 200 mg TDS 3/7. Push fluids, sensor mat, repeat "
     "4AT tomorrow.\n"
     "RN in charge, day shift",
     [("HOSPITAL", ["Sunnyside Lodge Nursing Home"]), ("ADDRESS", ["Fen Lane"]), ("LOCATION", ["Stickney"]),
      ("LOCATION", ["Boston"]), ("POSTCODE", ["PE22 8AX"]), ("DATE", ["23/01/2026"]), ("NAME", ["Edna", "Mawer"]),
      ("AGE", ["94-year-old"]), ("DATE", ["02/05/1931"]), ("ID", ["638 104 9278"]), ("HOSPITAL", ["Sunnyside"]),
      ("DATE", ["March 2019"]), ("DATE", ["Nov 2018"]), ("LOCATION", ["Sibsey"]), ("DATE", ["2023"]),
      ("DATE", ["21/01"]), ("NAME", ["Ishbel", "Fairweather"]), ("HOSPITAL", ["Pilgrim Hospital"]),
      ("NAME", ["Pauline", "Odling"]), ("PHONE", ["07700 900 512"]), ("AGE", ["95th"]), ("DATE", ["May"])],
     ["MMSE 14/30", "apixaban 2.5 mg", "Rockwood CFS 7", "ReSPECT form", "NEWS2 4", "Waterlow 22",
      "pivmecillinam 400 mg", "3/7"]),

    # 14 - Scotland, Highland: paediatric clinic letter
    ("Department of Paediatrics, Raigmore Hospital, Old Perth Road, Inverness IV2 3UJ\n"
     "Clinic date 04/11/2025\n"
     "\n"
     "Dr Alasdair Beaton, Portree Medical Centre, Portree, Isle of Skye\n"
     "\n"
     "Dear Dr Beaton,\n"
     "Re: Isla Nicolson-Ferrie, DOB 11/03/2016, CHI 1103164724, 5 Somerled Square, Portree\n"
     "I saw Isla with her father Hamish in the Kawasaki follow-up clinic. As you know she was transferred from the "
     "Dr Mackinnon Memorial Hospital, Broadford, on 2 September with 6 days of fever, bilateral non-purulent "
     "conjunctivitis, strawberry tongue, cervical lymphadenopathy and a polymorphous rash - complete Kawasaki "
     "disease. She had IVIG 2 g/kg on day 7 with high-dose aspirin; CRP 186. Her echo that week showed an LAD "
     "z-score +2.8 (small aneurysm).\n"
     "Today, eight weeks on, she is well and back at Portree Primary. The periungual peeling has settled and there "
     "are Beau's lines on her nails. Echo today: LAD z-score +1.9, so the aneurysm is regressing.\n"
     "Plan: low-dose aspirin 5 mg/kg once daily until the 3-month echo; please avoid ibuprofen. No Fluenz while on "
     "aspirin (Reye's syndrome risk) - inactivated flu vaccine instead. MMR deferred 11 months after the IVIG.\n"
     "\n"
     "Yours sincerely,\n"
     "Dr Morven Gillanders, Consultant Paediatrician\n"
     "cc Mr Hamish Nicolson (father)",
     [("HOSPITAL", ["Raigmore Hospital"]), ("ADDRESS", ["Old Perth Road"]), ("LOCATION", ["Inverness"]),
      ("POSTCODE", ["IV2 3UJ"]), ("DATE", ["04/11/2025"]), ("NAME", ["Alasdair", "Beaton"]),
      ("HOSPITAL", ["Portree Medical Centre"]), ("LOCATION", ["Portree"]), ("LOCATION", ["Isle of Skye"]),
      ("NAME", ["Isla", "Nicolson-Ferrie"]), ("DATE", ["11/03/2016"]), ("ID", ["1103164724"]),
      ("ADDRESS", ["5 Somerled Square"]), ("NAME", ["Hamish", "Nicolson"]),
      ("HOSPITAL", ["Dr Mackinnon Memorial Hospital"]), ("LOCATION", ["Broadford"]), ("DATE", ["2 September"]),
      ("LOCATION", ["Portree Primary"]), ("NAME", ["Morven", "Gillanders"])],
     ["strawberry tongue", "Kawasaki disease", "IVIG 2 g/kg", "z-score +2.8", "Beau's lines", "Fluenz",
      "Reye's syndrome"]),

    # 15 - Wales, Gwynedd: fracture clinic letter, voice recognition, dictated but not read
    ("Ysbyty Gwynedd, Bangor - Fracture Clinic\n"
     "DICTATED BUT NOT READ. Dictated 14/10/2025\n"
     "Consultant: Mr Emrys Llwyd-Hopkins FRCS (Tr & Orth)\n"
     "\n"
     "Dr Nia Wynne-Parry, Meddygfa Llanberis, Llanberis\n"
     "\n"
     "Re: Mr Gethin Gruffydd, date of birth 3rd of January 1990, hospital number W384172, NHS number 519 263 7848, "
     "Ty Capel, Llanberis LL55 4UN\n"
     "\n"
     "Dear Dr Wynne-Parry comma\n"
     "Thank you for seeing this slate roofer who works for Moelwyn Roofing comma who inverted his right ankle coming "
     "down Yr Wyddfa on 5 October full stop. The mountain rescue brought him to our emergency department where "
     "X-rays showed a Weber B fracture of the lateral malleolus with 4 mm of medial clear space widening new "
     "paragraph\n"
     "Mr Griffith underwent ORIF with a one third tubular plate and a lag screw on the 7th of October. He is now in "
     "an Aircast boot, touch weight bearing for 2/52 then full weight bearing as pain allows. Ottawa ankle rules "
     "were of course positive at presentation. VTE prophylaxis Clexane 40 mg once daily for 6/52 full stop his "
     "partner Ceri will do the injections, mobile 07700 900 623.\n"
     "We will see him again at 6/52 with a check X-ray out of plaster.\n"
     "\n"
     "Mr E Llwyd-Hopkins, Consultant Orthopaedic Surgeon",
     [("HOSPITAL", ["Ysbyty Gwynedd"]), ("LOCATION", ["Bangor"]), ("DATE", ["14/10/2025"]),
      ("NAME", ["Emrys", "Llwyd-Hopkins"]), ("NAME", ["Nia", "Wynne-Parry"]), ("HOSPITAL", ["Meddygfa Llanberis"]),
      ("LOCATION", ["Llanberis"]), ("NAME", ["Gethin", "Gruffydd"]), ("DATE", ["3rd of January 1990"]),
      ("MRN", ["W384172"]), ("ID", ["519 263 7848"]), ("ADDRESS", ["Ty Capel"]), ("POSTCODE", ["LL55 4UN"]),
      ("LOCATION", ["Moelwyn Roofing"]), ("LOCATION", ["Yr Wyddfa"]), ("DATE", ["5 October"]), ("NAME", ["Griffith"]),
      ("DATE", ["7th of October"]), ("NAME", ["Ceri"]), ("PHONE", ["07700 900 623"])],
     ["Weber B", "one third tubular plate", "Aircast boot", "2/52", "Ottawa ankle rules", "Clexane 40 mg", "6/52"]),

    # 16 - Northern Ireland: adult safeguarding referral (APP1)
    ("Northern Health and Social Care Trust - Adult Safeguarding Gateway Team\n"
     "APP1 ADULT SAFEGUARDING REFERRAL   Date: 09/06/2025\n"
     "Referrer: Siobhan McAleese-Kerr, Community Learning Disability Nurse, "
     "siobhan.mcaleese-kerr@northerntrust.hscni.net\n"
     "Adult at risk: Mr Norman Dunlop-Greer, DOB 30/12/1966, H&C No. 327 418 5906, lives alone at 14 Garryduff Road, "
     "Ballymoney BT53 7AW. Down syndrome with moderate learning disability. Attends Bushmills Day Centre Mon-Thu; "
     "goes to Dervock Presbyterian on Sundays.\n"
     "Concern: financial and psychological abuse. Nephew Craig Dunlop (drives a grey Audi, KFZ 8127) has been "
     "collecting Norman's PIP and keeps his bank card and his mobile phone (IMEI 352918476031254). Electricity "
     "top-up ran out last week, cupboards empty. Norman told me 'Craig says they'll put me in Holywell if I tell'.\n"
     "Health: weight down 6 kg in 3/12, BMI 19; missing levothyroxine 100 micrograms; DSQIID screen for dementia is "
     "due.\n"
     "Capacity: lacks capacity for complex financial decisions (assessed last week by the consultant psychiatrist in "
     "LD).\n"
     "Actions: PSNI informed, ref CC2025060900417. Sister Ethel Dunlop (07700 900 781) willing to become appointee.",
     [("HOSPITAL", ["Northern Health and Social Care Trust"]), ("DATE", ["09/06/2025"]),
      ("NAME", ["Siobhan", "McAleese-Kerr"]), ("EMAIL", ["siobhan.mcaleese-kerr@northerntrust.hscni.net"]),
      ("NAME", ["Norman", "Dunlop-Greer"]), ("DATE", ["30/12/1966"]), ("ID", ["327 418 5906"]),
      ("ADDRESS", ["14 Garryduff Road"]), ("LOCATION", ["Ballymoney"]), ("POSTCODE", ["BT53 7AW"]),
      ("LOCATION", ["Bushmills Day Centre"]), ("LOCATION", ["Dervock Presbyterian"]), ("NAME", ["Craig", "Dunlop"]),
      ("PLATE", ["KFZ 8127"]), ("SERIAL", ["352918476031254"]), ("HOSPITAL", ["Holywell"]),
      ("ID", ["CC2025060900417"]), ("NAME", ["Ethel", "Dunlop"]), ("PHONE", ["07700 900 781"])],
     ["Down syndrome", "3/12", "BMI 19", "levothyroxine 100 micrograms", "DSQIID"]),

    # 17 - Greece, Crete: emergency department note (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου - Τμήμα Επειγόντων Περιστατικών\n"
     "Τ.Κ. 71500 Ηράκλειο, τηλ. 2810 555 214\n"
     "Προσέλευση: 17 Ιουνίου 2025, 11:40, με ασθενοφόρο\n"
     "Ασθενής: Εμμανουήλ Τσαγκαράκης του Ιωάννη, 52 ετών, γεν. 03/02/1973, ΑΜΚΑ 03027301849, κιν. 697 555 4182\n"
     "Διεύθυνση: Ελευθερίου Βενιζέλου 28, Τυμπάκι 70200\n"
     "Ιστορικό: Ψέκαζε τον ελαιώνα του με οργανοφωσφορικό (χλωρπυριφός) χωρίς μάσκα. Τον βρήκε συνάδελφος από τον "
     "Αγροτικό Συνεταιρισμό Τυμπακίου με εμέτους, σιελόρροια και διάρροια.\n"
     "Κλινική εξέταση: GCS 13/15, μύση, άφθονες βρογχικές εκκρίσεις, σφύξεις 48/λεπτό, ΑΠ 90/55 mmHg, SpO2 86%, "
     "μυϊκές δεσμιδώσεις - εικόνα χολινεργικής κρίσης (SLUDGE).\n"
     "Εργαστηριακά: χολινεστεράση ορού 1.150 U/L (Φ.Τ. 5.300-12.900), K 3,2 mmol/L, γαλακτικό 4,1 mmol/L.\n"
     "Αγωγή: απολύμανση (αφαίρεση ρούχων, πλύσιμο), ατροπίνη 2 mg IV με διπλασιασμό κάθε 5 λεπτά μέχρι ξηρό θώρακα "
     "(σύνολο 28 mg), πραλιδοξίμη 2 g IV σε 30 λεπτά και συνεχής έγχυση, διασωλήνωση με ροκουρόνιο.\n"
     "Εισαγωγή στη ΜΕΘ. Ενημερώθηκε η σύζυγος Ευτέρπη.\n"
     "Η ιατρός: Αικατερίνη Φραγκιαδάκη, Επιμελήτρια Β΄ ΤΕΠ",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου"]), ("POSTCODE", ["71500"]),
      ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2810 555 214"]), ("DATE", ["17 Ιουνίου 2025"]),
      ("NAME", ["Εμμανουήλ", "Τσαγκαράκης"]), ("NAME", ["Ιωάννη"]), ("DATE", ["03/02/1973"]), ("ID", ["03027301849"]),
      ("PHONE", ["697 555 4182"]), ("ADDRESS", ["Ελευθερίου Βενιζέλου 28"]), ("LOCATION", ["Τυμπάκι"]),
      ("POSTCODE", ["70200"]), ("LOCATION", ["Αγροτικό Συνεταιρισμό Τυμπακίου"]), ("NAME", ["Ευτέρπη"]),
      ("NAME", ["Αικατερίνη", "Φραγκιαδάκη"])],
     ["GCS 13/15", "SLUDGE", "χολινεστεράση ορού 1.150 U/L", "ατροπίνη 2 mg", "πραλιδοξίμη 2 g", "ροκουρόνιο"]),

    # 18 - China, Sichuan: discharge record (simplified Chinese)
    ("四川大学华西医院 出院记录\n"
     "科室：消化内科三病区 18床　住院号：0029384716\n"
     "姓名：蒋德明　性别：男　年龄：47岁　出生日期：1978年3月14日\n"
     "身份证号：510107197803142937\n"
     "住址：成都市武侯区玉林北路12号3栋2单元501室\n"
     "联系人：妻子 刘秀英　电话：138-8206-4571\n"
     "入院日期：2025年11月3日　出院日期：2025年11月15日　住院天数：12天\n"
     "入院情况：患者因“上腹痛伴呕吐1天”由双流区第一人民医院转入我院。当日中午参加单位（成都锦程物流有限公司）同事婚宴"
     "，饮白酒约半斤后出现持续性上腹剧痛，向腰背部放射。既往高甘油三酯血症，未规律服用非诺贝特。\n"
     "查体：T 37.8℃，P 112次/分，BP 142/88 mmHg，上腹压痛、反跳痛，Grey-Turner征阴性，Cullen征阴性。\n"
     "辅助检查：血淀粉酶 1286 U/L，脂肪酶 3420 U/L，甘油三酯 28.6 mmol/L，血钙 1.86 "
     "mmol/L。腹部增强CT：胰腺弥漫肿大，胰周渗出，Balthazar CT分级 E级。\n"
     "诊断：1. 高甘油三酯血症性急性胰腺炎（中度重症，修订版亚特兰大分类）2. 2型糖尿病\n"
     "诊疗经过：禁食、液体复苏，11月4日行血浆置换1次，胰岛素泵降脂；BISAP评分 2分。入院第8天恢复流质饮食。\n"
     "出院医嘱：低脂饮食，戒酒；非诺贝特 200 mg 每日一次；11月29日消化内科门诊复诊。\n"
     "主治医师：陈建华　记录日期：2025年11月15日",
     [("HOSPITAL", ["四川大学华西医院"]), ("MRN", ["0029384716"]), ("NAME", ["蒋德明"]), ("DATE", ["1978年3月14日"]),
      ("ID", ["510107197803142937"]), ("LOCATION", ["成都市"]), ("LOCATION", ["武侯区"]),
      ("ADDRESS", ["玉林北路12号3栋2单元501室"]), ("NAME", ["刘秀英"]), ("PHONE", ["138-8206-4571"]),
      ("DATE", ["2025年11月3日"]), ("DATE", ["2025年11月15日"]), ("HOSPITAL", ["双流区第一人民医院"]),
      ("LOCATION", ["成都锦程物流有限公司"]), ("DATE", ["11月4日"]), ("DATE", ["11月29日"]), ("NAME", ["陈建华"])],
     ["Grey-Turner征阴性", "Cullen征阴性", "甘油三酯 28.6 mmol/L", "Balthazar CT分级 E级", "修订版亚特兰大分类",
      "BISAP评分 2分", "非诺贝特 200 mg"]),

    # 19 - Australia, Tasmania: community specialist palliative care home visit
    ("Community Specialist Palliative Care, Burnie - home visit\n"
     "10/03/2026 13:30-14:45 (CNC + OT)\n"
     "Client: Mr Roderick Bramich, 71, DOB 22/08/1954, Medicare 4287 19539 1\n"
     "Address: 47 Main Road, Penguin TAS 7316. Lives with wife Glenys. Life member of the Ulverstone RSL.\n"
     "Dx: MND, bulbar onset, diagnosed Jul 2024 at Launceston General Hospital. ALSFRS-R 19/48. NIV via ResMed Lumis "
     "150 ST-A (s/n 23181749205) about 16 h/day. PEG since November 2025. Sialorrhoea on glycopyrrolate.\n"
     "Today: more breathless lying flat, sleeping in the recliner, anxious at night. Weight 58 kg.\n"
     "Plan: NIKI T34 syringe driver - morphine 5 mg + midazolam 5 mg/24 h SC via BD Saf-T-Intima. Scripts faxed to "
     "Penguin Pharmacy. GP Dr Anand Wickramasinghe (provider no. 482719TA) aware and will visit Thursday.\n"
     "Bronwyn Tatnell-Achterberg, CNC Palliative Care",
     [("LOCATION", ["Burnie"]), ("DATE", ["10/03/2026"]), ("NAME", ["Roderick", "Bramich"]), ("DATE", ["22/08/1954"]),
      ("ID", ["4287 19539 1"]), ("ADDRESS", ["47 Main Road"]), ("LOCATION", ["Penguin"]), ("POSTCODE", ["7316"]),
      ("NAME", ["Glenys"]), ("LOCATION", ["Ulverstone RSL"]), ("DATE", ["Jul 2024"]),
      ("HOSPITAL", ["Launceston General Hospital"]), ("SERIAL", ["23181749205"]), ("DATE", ["November 2025"]),
      ("HOSPITAL", ["Penguin Pharmacy"]), ("NAME", ["Anand", "Wickramasinghe"]), ("ID", ["482719TA"]),
      ("NAME", ["Bronwyn", "Tatnell-Achterberg"])],
     ["ALSFRS-R 19/48", "ResMed Lumis 150 ST-A", "glycopyrrolate", "NIKI T34", "midazolam 5 mg/24 h",
      "BD Saf-T-Intima"]),
] + MORE_NOTES
