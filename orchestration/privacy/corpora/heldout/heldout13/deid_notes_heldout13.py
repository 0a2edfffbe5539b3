"""Thirteenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists or their documentation, and never
ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (787 planted identifier parts in 669 (kind, parts) entries; 245 clinical strings), written the way clinicians
write them: emergency, ICU, ward-round and neonatal-unit notes, a nursing handover, discharge summaries and letters,
a GP referral, clinic letters, radiology, pathology and laboratory requests, pharmacy, physiotherapy,
occupational-therapy, speech-and-language-therapy, midwifery, mental-health, dental, optometry, ambulance,
social-work, child-safeguarding, occupational-health, hospice, nursing-home, telephone, portal, prison-health,
school-nurse, travel-clinic, sexual-health, dialysis-unit, fertility-clinic and sports-medicine notes, zoonosis and
veterinary-exposure investigations, and a death-certificate worksheet; from the US (Utah, Kentucky, Alaska, New
Mexico), Canada (Yukon, Nunavut, Quebec in English), England (Lincolnshire, Devon, Cumbria), Scotland (Highland,
Fife), Wales, Northern Ireland, Ireland (Connacht), China (Inner Mongolia), Australia (outback Queensland, Victoria),
New Zealand (South Island), South Africa (Eastern Cape), Zambia, Zimbabwe, Rwanda, Ghana, Nigeria (Lagos), Jordan,
India (Punjab, Karnataka), Pakistan, Nepal, Sri Lanka, Thailand, Malaysia (Sabah), Vietnam, Indonesia (Bali, with a
Dutch traveller), the Philippines (Visayas), St Lucia, Samoa, Italy and Portugal.

Scripts (positions in ``NOTES``, counted from 0): note 15 (simplified Chinese) in this file, and notes 25 (Arabic,
Jordan) and 31 (Thai) in the second file, are entirely or mostly in a non-Latin script, with names, addresses, phone
numbers and facilities in that script (the Arabic note uses Arabic-Indic digits and a Levantine month name, the Thai
note a Buddhist-era date and Thai digits); note 38 is in Italian and note 39 in Portuguese; all other notes are in
English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers, crofts, farms and stations, "transferred from", "works at/for",
schools, employers, care homes, correctional facilities, practices, named wards and rooms, churches, markets and
hospitals named after people; also handles, e-mail, portal URLs, IPv4 and IPv6 addresses, vehicle plates, driving and
professional licences, passports, device serial numbers (cooling unit, dialysis machine), insurance, tax and national
numbers, fax, pager, bleep and extension numbers, and dates in many formats (including year-less dates, dates in
words, a Bikram Sambat date and Chinese, Arabic, Thai, Indonesian, Italian and Portuguese dates). Where a real
identifier has a check digit (NHS, Northern Ireland H&C, CHI, PPSN, Australian Medicare, NHI, South African ID,
Chinese resident ID, Thai ID, Aadhaar, Italian codice fiscale, Portuguese NIF, Zimbabwean national ID, US NPI) the
planted one passes it; the Canadian provincial health numbers (Yukon, Nunavut, RAMQ) and the other national,
insurance and tax numbers keep a valid format. No name, place or facility is planted in more than one note, and none
is reused from the twelfth set. Three patients are aged 90 or over (notes 9, 36 and 38), and for them the age and
every date element are planted. The strings that must survive include eponyms and eponymous signs, scores and
classifications with their numbers (some named after places or people), brand names of drugs and devices, organisms,
lab values, ratios and fractions that look like dates, UK duration notation, and everyday words that double as names
or places. The last 20 notes (410 identifier parts in 347 entries, 123 clinical strings) are in
:mod:`deid_notes_heldout13_more`, only to keep each file a readable length; this file holds 377 identifier parts in
322 entries and 122 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout13.deid_notes_heldout13_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Utah: emergency department provider note
    ("ED PROVIDER NOTE - Moab Regional Hospital, 450 W Williams Way, Moab UT 84532\n"
     "DOS 05/17/2025, seen 16:52\n"
     "Tanner Hollingsworth-Oakes   DOB 11/02/1994   30 y/o M   MRN MRH00419372\n"
     "Ins: SelectHealth, member ID 80471936201. Home 2286 E Spanish Valley Dr. Cell (435) 555-0172.\n"
     "CC: snakebite R hand.\n"
     "HPI: river guide for Red Rock Canyon Outfitters. Reached under a boulder at camp below Green River ~14:10 and "
     "was struck by what his buddy Jaxon photographed as a Great Basin rattlesnake. Rapid swelling past the wrist, "
     "metallic taste, perioral tingling.\n"
     "Exam: 2 fang marks dorsum R hand, edema to mid-forearm, ecchymosis. BP 102/64, HR 112.\n"
     "Labs: plt 61 K/uL, fibrinogen 88 mg/dL, INR 1.9. Snakebite Severity Score 7.\n"
     "Tx: CroFab 6 vials IV, repeated 6 vials at 18:20 for progression, then 2 vials q6h x3. Tdap. Leading edge "
     "marked q30 min.\n"
     "Dispo: admit ICU. Transfer to University of Utah Hospital discussed; no rotor wing d/t weather.\n"
     "UT DL 183504627 checked. Girlfriend Kenadee at bedside, 435-555-0138.\n"
     "Signed: Everly Tsosie-Brandt, DO   NPI 1603918271",
     [("HOSPITAL", ["Moab Regional Hospital"]), ("ADDRESS", ["450 W Williams Way"]), ("LOCATION", ["Moab"]),
      ("POSTCODE", ["84532"]), ("DATE", ["05/17/2025"]), ("NAME", ["Tanner", "Hollingsworth-Oakes"]),
      ("DATE", ["11/02/1994"]), ("MRN", ["MRH00419372"]), ("ID", ["80471936201"]),
      ("ADDRESS", ["2286 E Spanish Valley Dr"]), ("PHONE", ["(435) 555-0172"]),
      ("LOCATION", ["Red Rock Canyon Outfitters"]), ("LOCATION", ["Green River"]), ("NAME", ["Jaxon"]),
      ("HOSPITAL", ["University of Utah Hospital"]), ("LICENCE", ["183504627"]), ("NAME", ["Kenadee"]),
      ("PHONE", ["435-555-0138"]), ("NAME", ["Everly", "Tsosie-Brandt"]), ("ID", ["1603918271"])],
     ["Great Basin rattlesnake", "fibrinogen 88 mg/dL", "INR 1.9", "Snakebite Severity Score 7", "CroFab 6 vials",
      "Tdap"]),

    # 1 - USA, Kentucky: medical ICU progress note
    ("MICU PROGRESS NOTE   Pikeville Medical Center, Pikeville KY   unit fax 606-555-0117\n"
     "HD 4 - Wed 10/8/25\n"
     "Roscoe Blankenship Jr., 61M, MRN 2093-81147, KY Medicaid 9183047725\n"
     "148 Shelby Creek Rd, Virgie KY 41572 (Pike Co.)\n"
     "Retired underground miner (Big Sandy Mining). Spent last weekend tearing down his late uncle's tobacco barn - "
     "bat and pigeon droppings everywhere, no mask.\n"
     "Dx: acute diffuse pulmonary histoplasmosis w/ hypoxemic resp failure. Histoplasma urine antigen 14.2 ng/mL; "
     "BAL GMS: small intracellular yeasts.\n"
     "Vent AC 420/24, PEEP 12, FiO2 0.6, P/F 128. APACHE II 23. Levophed 0.06 mcg/kg/min, weaning.\n"
     "Liposomal amphotericin B 3 mg/kg day 4; methylpred 40 q12. Step down to Sporanox 200 mg TID x3d then BID once "
     "extubated.\n"
     "PMH: CWP, ILO 1/1, gets Black lung benefits.\n"
     "Family: daughter Tammy Jo Slone at bedside (cell 606-555-0161). Brother Arlis helped with the barn - told to "
     "get seen at the clinic in Elkhorn City if any fever.\n"
     "Dr. Mehreen Caudill-Ashraf, Pulm/CC, pager 4082",
     [("HOSPITAL", ["Pikeville Medical Center"]), ("LOCATION", ["Pikeville"]), ("PHONE", ["606-555-0117"]),
      ("DATE", ["10/8/25"]), ("NAME", ["Roscoe", "Blankenship"]), ("MRN", ["2093-81147"]), ("ID", ["9183047725"]),
      ("ADDRESS", ["148 Shelby Creek Rd"]), ("LOCATION", ["Virgie"]), ("POSTCODE", ["41572"]),
      ("LOCATION", ["Pike Co."]), ("LOCATION", ["Big Sandy Mining"]), ("NAME", ["Tammy Jo", "Slone"]),
      ("PHONE", ["606-555-0161"]), ("NAME", ["Arlis"]), ("LOCATION", ["Elkhorn City"]),
      ("NAME", ["Mehreen", "Caudill-Ashraf"]), ("PHONE", ["4082"])],
     ["Histoplasma urine antigen 14.2 ng/mL", "P/F 128", "APACHE II 23", "Levophed", "Sporanox 200 mg", "ILO 1/1",
      "Black lung"]),

    # 2 - USA, Alaska: village dental therapist visit
    ("Yukon-Kuskokwim Health Corporation - Dental. DHAT visit at Akiachak Clinic, 2/11/2025\n"
     "Pt: Mikaela Kasayulie, 9 y/o F, DOB 04-23-2015, chart YK-0398127, Denali KidCare 7740129835\n"
     "4th grade at Akiachak School. Mom Verna brought her; call 907-555-0146.\n"
     "CC: toothache lower right, woke up 3 nights. Pop daily.\n"
     "Behavior Frankl 3. Tooth T: deep caries, tender to percussion, no swelling. #30 occlusal ICDAS 5. K and L "
     "arrested-looking lesions.\n"
     "Tx: Advantage Arrest silver diamine fluoride 38% to K, L. ITR on T with Fuji IX. Sealants #3 and #14 "
     "(Black's Class I pits). OHI with mom, fluoride varnish.\n"
     "Store-and-forward to supervising dentist Dr. Anders Quinlivan-Mayo in Bethel: radiographs at "
     "https://ykhc-teledent.org/case/88172. He agrees pulpotomy T if symptoms persist.\n"
     "Next visit when DHAT is back in the village, Sept 9th.\n"
     "Marlena Wassillie, DHAT",
     [("HOSPITAL", ["Yukon-Kuskokwim Health Corporation"]), ("HOSPITAL", ["Akiachak Clinic"]), ("DATE", ["2/11/2025"]),
      ("NAME", ["Mikaela", "Kasayulie"]), ("DATE", ["04-23-2015"]), ("MRN", ["YK-0398127"]), ("ID", ["7740129835"]),
      ("LOCATION", ["Akiachak School"]), ("NAME", ["Verna"]), ("PHONE", ["907-555-0146"]),
      ("NAME", ["Anders", "Quinlivan-Mayo"]), ("LOCATION", ["Bethel"]),
      ("URL", ["https://ykhc-teledent.org/case/88172"]), ("DATE", ["Sept 9th"]), ("NAME", ["Marlena", "Wassillie"])],
     ["Frankl 3", "ICDAS 5", "Advantage Arrest", "silver diamine fluoride 38%", "Fuji IX", "Black's Class I"]),

    # 3 - USA, New Mexico: zoonosis investigation after a veterinary exposure
    ("NM Department of Health - Zoonoses Team. Human plague case investigation and animal contact follow-up\n"
     "Interviewed 07/22/2025 at Los Alamos Medical Center (admitted 7/19)\n"
     "Case: Dolores Archuleta-Vigil, 57 F, DOB 3/9/1968. Home: 31 County Road 98, Chimayo NM 87522.\n"
     "Exposure: indoor-outdoor cat with a submandibular abscess 10 days before her illness. Cat was seen at Espanola "
     "Valley Animal Clinic, where Dr. Ruben Maestas, DVM, lanced it without gloves or mask; vet tech Yesenia "
     "Quintana held it. Cat euthanized; tissue to the state vet lab: Yersinia pestis confirmed by F1 antigen and "
     "phage lysis. Rock squirrel and prairie dog die-off on their land toward Truchas; fleas (Oropsylla montana) to "
     "be collected.\n"
     "Pt: R axillary bubo 4 cm, T 40.1, hypotensive on arrival. Blood cx: Gram-negative bipolar 'safety pin' rods. "
     "On gentamicin 5 mg/kg daily plus cipro.\n"
     "Contacts on doxycycline PEP x7 days: husband Gilbert (505-555-0124), Dr. Maestas, Ms. Quintana.\n"
     "Kwame Benavidez-Otoo, MPH, epidemiologist - kwame.benavidez-otoo@doh.nm.gov",
     [("DATE", ["07/22/2025"]), ("HOSPITAL", ["Los Alamos Medical Center"]), ("DATE", ["7/19"]),
      ("NAME", ["Dolores", "Archuleta-Vigil"]),
      ("DATE", ["3/9/1968"]), ("ADDRESS", ["31 County Road 98"]), ("LOCATION", ["Chimayo"]),
      ("POSTCODE", ["87522"]), ("HOSPITAL", ["Espanola Valley Animal Clinic"]), ("NAME", ["Ruben", "Maestas"]),
      ("NAME", ["Yesenia", "Quintana"]), ("LOCATION", ["Truchas"]), ("NAME", ["Gilbert"]),
      ("PHONE", ["505-555-0124"]), ("NAME", ["Kwame", "Benavidez-Otoo"]),
      ("EMAIL", ["kwame.benavidez-otoo@doh.nm.gov"])],
     ["Yersinia pestis", "F1 antigen", "Oropsylla montana", "bipolar 'safety pin' rods", "gentamicin 5 mg/kg",
      "prairie dog"]),

    # 4 - Canada, Yukon: emergency department note after a transfer from a rural health centre
    ("Whitehorse General Hospital - Emergency Department\n"
     "Arrived 2025-01-29 03:15 by road EMS, transferred from Haines Junction Health Centre\n"
     "Declan Fortier-McRae, 29 M, YHCIP 002418736, DOB 1995-12-08\n"
     "Dog musher; lost his team on the trail north of Braeburn Lodge and spent the night out at -41 C. Lives on "
     "Takhini River Rd, km 9.\n"
     "Hands: haemorrhagic blisters R digits 2-5, L 3-4. Feet: grey toes bilat, no cap refill after rewarming. Grade "
     "3 frostbite by the Cauchy classification.\n"
     "Rewarmed in a 37-39 C whirlpool, Advil 400 mg, Tdap up to date.\n"
     "Tc-99m bone scan not available here. Called the burn unit at Vancouver General Hospital: for iloprost, "
     "possibly alteplase, if he gets there within 24 h; medevac booked with Alkan Air.\n"
     "Partner Solenne, 867-555-0192, is driving in from Carcross.\n"
     "Dr. Ingrid Tapsell-Nakamura, ER",
     [("HOSPITAL", ["Whitehorse General Hospital"]), ("DATE", ["2025-01-29"]),
      ("HOSPITAL", ["Haines Junction Health Centre"]), ("NAME", ["Declan", "Fortier-McRae"]), ("ID", ["002418736"]),
      ("DATE", ["1995-12-08"]), ("LOCATION", ["Braeburn Lodge"]), ("ADDRESS", ["Takhini River Rd, km 9"]),
      ("HOSPITAL", ["Vancouver General Hospital"]), ("LOCATION", ["Alkan Air"]), ("NAME", ["Solenne"]),
      ("PHONE", ["867-555-0192"]), ("LOCATION", ["Carcross"]), ("NAME", ["Ingrid", "Tapsell-Nakamura"])],
     ["Grade 3 frostbite", "Cauchy classification", "Advil 400 mg", "Tc-99m bone scan", "iloprost", "alteplase"]),

    # 5 - Canada, Nunavut: on-call physician telephone consult with a community health centre
    ("Qikiqtani General Hospital - on-call physician telephone consult log\n"
     "Feb 14, 2026 @ 2105. Caller: CHN Shauna Kilabuk-Ferris, Pangnirtung Health Centre\n"
     "Pt: Jeela Akpalialuk, 17 F, NU health card 131804792, DOB 2008-09-30\n"
     "Household contact of her uncle Pauloosie (smear-positive pulmonary TB, dx in December). Mantoux TST 18 mm "
     "read Jan 10. Now 3 wks cough, night sweats, one episode of haemoptysis, wt 52 -> 48 kg. SpO2 95% RA.\n"
     "CXR (telerad): RUL cavity. Three sputa for AFB smear and GeneXpert going to the Iqaluit lab on tomorrow's "
     "sked.\n"
     "Advice: treat as active Mycobacterium tuberculosis; start RIPE by weight under DOT once sputa collected; "
     "pregnancy test neg; home isolation, no medevac needed. Mom's number for DOT: 867-555-0118. Attends "
     "Attagoyuk Ilisavik - school contact investigation to start.\n"
     "Dr. Faisal Mirza-Levesque, on call",
     [("HOSPITAL", ["Qikiqtani General Hospital"]), ("DATE", ["Feb 14, 2026"]),
      ("NAME", ["Shauna", "Kilabuk-Ferris"]), ("HOSPITAL", ["Pangnirtung Health Centre"]),
      ("NAME", ["Jeela", "Akpalialuk"]), ("ID", ["131804792"]), ("DATE", ["2008-09-30"]), ("NAME", ["Pauloosie"]),
      ("DATE", ["Jan 10"]), ("LOCATION", ["Iqaluit"]), ("PHONE", ["867-555-0118"]),
      ("LOCATION", ["Attagoyuk Ilisavik"]), ("NAME", ["Faisal", "Mirza-Levesque"])],
     ["Mantoux TST 18 mm", "AFB smear", "GeneXpert", "Mycobacterium tuberculosis", "RIPE", "DOT"]),

    # 6 - Canada, Quebec (in English): neonatal intensive care admission note
    ("Montreal Children's Hospital - NICU admission note, 2025-03-03 05:40\n"
     "Baby boy Lacombe-Okafor, born 03:12 at Centre hospitalier de Saint-Jérôme, GA 39+2, BW 3420 g\n"
     "Mother: Mélodie Lacombe, 34, G1P1, RAMQ LACM 9057 1418, from Mirabel. Father: Chidi Okafor. Parents' cell "
     "450-555-0164.\n"
     "Delivery: prolonged second stage, Kiwi vacuum with 3 pop-offs, then emergency CS. Thick meconium. Apgars "
     "1/3/6. Cord pH 6.94, BE -17.\n"
     "At 2 h: lethargic, hypotonic, weak suck - Sarnat stage II, Thompson score 12.\n"
     "Plan: whole-body therapeutic hypothermia 33.5 C x 72 h on the Criticool (unit S/N CC2231-0874) started "
     "05:10; aEEG discontinuous normal voltage, one electrographic seizure - phenobarbital 20 mg/kg. MRI day 5.\n"
     "Fellow: Dr. Anaïs Bergeron-Whitfield, pager 3391",
     [("HOSPITAL", ["Montreal Children's Hospital"]), ("DATE", ["2025-03-03"]), ("NAME", ["Lacombe-Okafor"]),
      ("HOSPITAL", ["Centre hospitalier de Saint-Jérôme"]), ("NAME", ["Mélodie", "Lacombe"]),
      ("ID", ["LACM 9057 1418"]), ("LOCATION", ["Mirabel"]), ("NAME", ["Chidi", "Okafor"]),
      ("PHONE", ["450-555-0164"]), ("SERIAL", ["CC2231-0874"]), ("NAME", ["Anaïs", "Bergeron-Whitfield"]),
      ("PHONE", ["3391"])],
     ["Kiwi vacuum", "Apgars 1/3/6", "Cord pH 6.94", "Sarnat stage II", "Thompson score 12", "Criticool"]),

    # 7 - England, Lincolnshire: GP urgent referral (giant cell arteritis fast track)
    ("Witham Bank Surgery, 14 Sibsey Road, Boston, Lincolnshire PE21 9QX\n"
     "Tel 01205 555 014   Fax 01205 555 099\n"
     "\n"
     "4th June 2025\n"
     "\n"
     "URGENT - GCA fast-track pathway. Rheumatology, Pilgrim Hospital\n"
     "\n"
     "Re: Mrs Glenys Ashwell-Daubney, DOB 30/10/1951, NHS No. 482 619 3076\n"
     "Flat 2, The Maltings, Wormgate, PE21 6NP. Tel 07700 900 741 (daughter Lorraine).\n"
     "\n"
     "Dear colleague,\n"
     "This 73-year-old has had a new L temporal headache since 12th May (3/52), scalp tenderness when combing her "
     "hair, jaw claudication after chewing and one episode of blurred vision in the R eye on Sunday. Temporal "
     "artery thickened and pulseless. ESR 84, CRP 61. GCAPS 17. Background of PMR. I have started prednisolone 60 "
     "mg today with Adcal-D3 and lansoprazole. Please arrange temporal artery ultrasound (halo sign) within 3 "
     "working days. She volunteers at St Botolph's Church most mornings but will come at any time.\n"
     "\n"
     "Dr Keziah Fenwick-Olabode, GP",
     [("HOSPITAL", ["Witham Bank Surgery"]), ("ADDRESS", ["14 Sibsey Road"]), ("LOCATION", ["Boston"]),
      ("POSTCODE", ["PE21 9QX"]), ("PHONE", ["01205 555 014"]), ("PHONE", ["01205 555 099"]),
      ("DATE", ["4th June 2025"]), ("HOSPITAL", ["Pilgrim Hospital"]), ("NAME", ["Glenys", "Ashwell-Daubney"]),
      ("DATE", ["30/10/1951"]), ("ID", ["482 619 3076"]), ("ADDRESS", ["Flat 2, The Maltings, Wormgate"]),
      ("POSTCODE", ["PE21 6NP"]), ("PHONE", ["07700 900 741"]), ("NAME", ["Lorraine"]), ("DATE", ["12th May"]),
      ("LOCATION", ["St Botolph's Church"]), ("NAME", ["Keziah", "Fenwick-Olabode"])],
     ["3/52", "jaw claudication", "ESR 84", "GCAPS 17", "Adcal-D3", "halo sign"]),

    # 8 - England, Devon: out-of-hours MRI request and report
    ("Royal Devon University Healthcare NHS Foundation Trust - North Devon District Hospital, Barnstaple\n"
     "MRI LUMBAR SPINE - URGENT. Requested 21/02/2026 22:40 by Dr Benedikt Okonjo-Pellow, ED registrar, bleep 1138\n"
     "Mr Ashley Chugg, 46, DOB 09.07.1979, NHS 591 830 2646, hosp no. K4471209. Lives in Bideford (EX39).\n"
     "Clinical details: fell off a ladder at work (Torridge Roofing) last Thursday. Now bilateral sciatica, saddle "
     "numbness and painless retention - PVR 640 mL on bladder scan. Reduced anal tone. ?Cauda equina syndrome. MR "
     "safety checklist done, no implants.\n"
     "REPORT 22/02/2026 00:15: large central disc extrusion at L4/5 compressing the cauda equina with severe canal "
     "stenosis. Modic type 1 endplate change L4/5. L5/S1 disc Pfirrmann grade IV, no compression. Conus normal, "
     "terminates at L1.\n"
     "Discussed with the on-call neurosurgeon at Derriford Hospital, who accepts for transfer tonight.\n"
     "Dr Marguerite Chidgey-Assefa, Consultant Radiologist",
     [("HOSPITAL", ["Royal Devon University Healthcare NHS Foundation Trust"]),
      ("HOSPITAL", ["North Devon District Hospital"]), ("LOCATION", ["Barnstaple"]), ("DATE", ["21/02/2026"]),
      ("NAME", ["Benedikt", "Okonjo-Pellow"]), ("PHONE", ["1138"]), ("NAME", ["Ashley", "Chugg"]),
      ("DATE", ["09.07.1979"]), ("ID", ["591 830 2646"]), ("MRN", ["K4471209"]), ("LOCATION", ["Bideford"]),
      ("POSTCODE", ["EX39"]), ("LOCATION", ["Torridge Roofing"]), ("DATE", ["22/02/2026"]),
      ("HOSPITAL", ["Derriford Hospital"]), ("NAME", ["Marguerite", "Chidgey-Assefa"])],
     ["PVR 640 mL", "Cauda equina syndrome", "L4/5", "Modic type 1", "L5/S1", "Pfirrmann grade IV"]),

    # 9 - England, Cumbria: nursing-home visit by an advanced nurse practitioner, patient aged 96
    ("Solway Coast Medical Practice, Maryport - ANP nursing home visit\n"
     "Thurs 16/10/25 - Ellenvale Nursing Home, Netherhall Road, Maryport CA15 6NT\n"
     "Mr Septimus Tyson, aged 96, DOB 03/01/1929, NHS 617 204 9380. Room 4, the Skiddaw suite.\n"
     "PMH: Parkinson's disease on Sinemet CR 25/100, prostate Ca on Zoladex, # L wrist 2021. Widower since 1998.\n"
     "Staff: coughing with meals since the 12th, T 38.2 this am, NEWS2 5. O/E coarse crackles R base, sats 92% RA.\n"
     "Imp: aspiration pneumonia.\n"
     "Plan: doxycycline 200 mg day 1 then 100 mg OD, 5/7 in total. SALT referral. DNACPR in place (signed "
     "02/05/2024); TEP - ward-based care would not add anything, to be treated here.\n"
     "Son Norman Tyson (NoK), in Cockermouth, informed by phone 01900 555 318. Seen with RGN Precious "
     "Mwale-Hodgson. Review Monday 20th.\n"
     "Catriona Oglethorpe, ANP",
     [("HOSPITAL", ["Solway Coast Medical Practice"]), ("LOCATION", ["Maryport"]), ("DATE", ["16/10/25"]),
      ("HOSPITAL", ["Ellenvale Nursing Home"]), ("ADDRESS", ["Netherhall Road"]), ("POSTCODE", ["CA15 6NT"]),
      ("NAME", ["Septimus", "Tyson"]), ("AGE", ["aged 96"]), ("DATE", ["03/01/1929"]), ("ID", ["617 204 9380"]),
      ("LOCATION", ["Skiddaw suite"]), ("DATE", ["2021"]), ("DATE", ["1998"]), ("DATE", ["the 12th"]),
      ("DATE", ["02/05/2024"]), ("NAME", ["Norman"]), ("LOCATION", ["Cockermouth"]), ("PHONE", ["01900 555 318"]),
      ("NAME", ["Precious", "Mwale-Hodgson"]), ("DATE", ["Monday 20th"]), ("NAME", ["Catriona", "Oglethorpe"])],
     ["Parkinson's disease", "Sinemet CR 25/100", "Zoladex", "NEWS2 5", "doxycycline 200 mg", "5/7", "DNACPR"]),

    # 10 - Scotland, Highland: ambulance electronic patient report form
    ("Scottish Ambulance Service - ePRF. Incident 2511-04173. Wick station, vehicle SY72 KWP\n"
     "Call 13 Nov 2025 07:48: 'husband found slumped at the breakfast table'\n"
     "Pt: Mr Alasdair Bremner, 77, DOB 07/11/1948, CHI 071148 2934\n"
     "Upper Ackergill Croft, by Wick KW1 4RH\n"
     "Wife Elspeth last saw him well at 23:00 last night - wake-up stroke.\n"
     "Obs: FAST positive (L facial droop, L arm drift, slurred speech). GCS 14/15 (E4 V4 M6). BM 7.1. BP 188/102, HR "
     "96 irreg. NEWS2 4. ROSIER score +4. On Lixiana 60 mg for AF, last dose yesterday 18:00.\n"
     "Pre-alert to Caithness General Hospital, ETA 08:35; ScotSTAR aware re possible thrombectomy transfer.\n"
     "Crew: Paramedic Iona Sinclair-Banerjee / Technician Magnus Rosie",
     [("ID", ["2511-04173"]), ("LOCATION", ["Wick"]), ("PLATE", ["SY72 KWP"]), ("DATE", ["13 Nov 2025"]),
      ("NAME", ["Alasdair", "Bremner"]), ("DATE", ["07/11/1948"]), ("ID", ["071148 2934"]),
      ("ADDRESS", ["Upper Ackergill Croft"]), ("POSTCODE", ["KW1 4RH"]), ("NAME", ["Elspeth"]),
      ("HOSPITAL", ["Caithness General Hospital"]), ("NAME", ["Iona", "Sinclair-Banerjee"]),
      ("NAME", ["Magnus", "Rosie"])],
     ["wake-up stroke", "FAST positive", "GCS 14/15", "BM 7.1", "ROSIER score +4", "Lixiana 60 mg"]),

    # 11 - Scotland, Fife: speech and language therapy swallow and communication review
    ("NHS Fife Speech and Language Therapy - Balgonie ward, Queen Margaret Hospital, Dunfermline\n"
     "SLT review 07/01/2026\n"
     "Mrs Rhona Lumsden, 68, DOB 22/04/1957, CHI 220457 3167. Home: 9 Cocklaw Street, Kelty KY4 0DH.\n"
     "L MCA infarct 29/12/25 - expressive aphasia, R hemiparesis.\n"
     "Swallow: wet voice after thin fluids, delayed trigger. FEES on 5 Jan: Penetration-Aspiration Scale 7 on thin, "
     "silent. Safe on IDDSI Level 2 mildly thick (Resource ThickenUp Clear, 2 scoops/200 mL) and a Level 5 minced "
     "and moist diet. Chin tuck helps.\n"
     "Communication: Western Aphasia Battery AQ 41.2. Frenchay Aphasia Screening Test to repeat at discharge. Using "
     "a communication board well.\n"
     "Partner Gordon Bisset visits daily (01383 555 207) - shown how to mix the thickener.\n"
     "Review 2/7.\n"
     "Eilish Dargie, Highly Specialist SLT, HCPC SL09314",
     [("LOCATION", ["Balgonie ward"]), ("HOSPITAL", ["Queen Margaret Hospital"]), ("LOCATION", ["Dunfermline"]),
      ("DATE", ["07/01/2026"]), ("NAME", ["Rhona", "Lumsden"]), ("DATE", ["22/04/1957"]), ("ID", ["220457 3167"]),
      ("ADDRESS", ["9 Cocklaw Street"]), ("LOCATION", ["Kelty"]), ("POSTCODE", ["KY4 0DH"]),
      ("DATE", ["29/12/25"]), ("DATE", ["5 Jan"]), ("NAME", ["Gordon", "Bisset"]), ("PHONE", ["01383 555 207"]),
      ("NAME", ["Eilish", "Dargie"]), ("ID", ["SL09314"])],
     ["Penetration-Aspiration Scale 7", "IDDSI Level 2", "Resource ThickenUp Clear", "Western Aphasia Battery AQ 41.2",
      "Frenchay Aphasia Screening Test", "2/7"]),

    # 12 - Wales: sexual health clinic
    ("Iechyd Rhywiol / Sexual Health, Ysbyty Gwynedd, Bangor - walk-in clinic 12/08/2025\n"
     "Emrys Pritchard-Lowe, 24, DOB 1 March 2001, NHS 702 385 1461, clinic no. BGS/25/1187\n"
     "Postgrad at Bangor University (ocean sciences, Menai Bridge), lives in Neuadd Garth Wen. Text only on "
     "07700 900 625; e.pritchardlowe@proton.me\n"
     "Urethral discharge 5/7, dysuria. Partner 'Gruff' (no surname) met on Hinge - pt's profile there is "
     "emrys_on_the_menai; happy to message him for PN.\n"
     "Microscopy: Gram-negative intracellular diplococci. NAAT: Neisseria gonorrhoeae and Mycoplasma genitalium, "
     "macrolide resistance-associated mutation detected.\n"
     "Tx: ceftriaxone 1 g IM stat; then doxycycline 100 mg BD 7/7 followed by moxifloxacin 400 mg OD 10/7. TOC 5/52.\n"
     "HIV POCT (INSTI) negative. Started PrEP, emtricitabine/tenofovir 200/245, daily.\n"
     "Cerys Bowditch-Amaechi, Sexual Health Adviser",
     [("HOSPITAL", ["Ysbyty Gwynedd"]), ("LOCATION", ["Bangor"]), ("DATE", ["12/08/2025"]),
      ("NAME", ["Emrys", "Pritchard-Lowe"]), ("DATE", ["1 March 2001"]), ("ID", ["702 385 1461"]),
      ("MRN", ["BGS/25/1187"]), ("LOCATION", ["Bangor University"]), ("LOCATION", ["Menai Bridge"]),
      ("LOCATION", ["Neuadd Garth Wen"]), ("PHONE", ["07700 900 625"]), ("EMAIL", ["e.pritchardlowe@proton.me"]),
      ("NAME", ["Gruff"]), ("HANDLE", ["emrys_on_the_menai"]), ("NAME", ["Cerys", "Bowditch-Amaechi"])],
     ["Gram-negative intracellular diplococci", "Neisseria gonorrhoeae", "Mycoplasma genitalium",
      "ceftriaxone 1 g IM", "INSTI", "200/245"]),

    # 13 - Northern Ireland: crisis response home treatment team assessment
    ("Western HSC Trust - Crisis Response and Home Treatment Team, Grangewood Hospital, Derry~Londonderry\n"
     "Assessment 03.11.25, 16:20, at home with wife present\n"
     "Mr Conall Devenney, 38, DOB 17/05/1987, H&C 354 917 2680\n"
     "29 Creggan Heights, BT48 9QE. Crane operator at Foyle Port - signed off.\n"
     "Known bipolar affective disorder. Priadel 800 mg nocte but lithium level 0.4 mmol/L last week - stopped taking "
     "it. 5 nights of 2 h sleep, pressured speech, grandiose, spent about £4,000 on a boat. YMRS 31. No psychotic "
     "features today.\n"
     "Risk: wanted to drive to Donegal at 3 am - wife has the keys of his Audi, LEZ 4172.\n"
     "Wife Róisín Devenney, 07700 900 884. Detention under the Mental Health (Northern Ireland) Order 1986 "
     "considered; he agrees to informal admission to Roe ward. Zyprexa 10 mg nocte started.\n"
     "Dr Orlaith Keenan-Mistry, ST5 Psychiatry, with CPN Malachy Doherty-Quinn",
     [("HOSPITAL", ["Grangewood Hospital"]), ("LOCATION", ["Derry~Londonderry"]), ("DATE", ["03.11.25"]),
      ("NAME", ["Conall", "Devenney"]), ("DATE", ["17/05/1987"]), ("ID", ["354 917 2680"]),
      ("ADDRESS", ["29 Creggan Heights"]), ("POSTCODE", ["BT48 9QE"]), ("LOCATION", ["Foyle Port"]),
      ("LOCATION", ["Donegal"]), ("PLATE", ["LEZ 4172"]), ("NAME", ["Róisín"]), ("PHONE", ["07700 900 884"]),
      ("LOCATION", ["Roe ward"]), ("NAME", ["Orlaith", "Keenan-Mistry"]), ("NAME", ["Malachy", "Doherty-Quinn"])],
     ["Priadel 800 mg", "lithium level 0.4 mmol/L", "YMRS 31", "Mental Health (Northern Ireland) Order 1986",
      "Zyprexa 10 mg"]),

    # 14 - Ireland, Connacht: child safeguarding report from a paediatric department
    ("Mayo University Hospital, Castlebar - Paediatrics\n"
     "Child safeguarding: mandated person report to Tusla, 19 September 2025\n"
     "Child: Cillian Mulroy, DOB 02/03/2025 (6 months), PPSN 6283914K\n"
     "Address: Derrylea, Bohola, Co. Mayo F12 K7W3. GP: Swinford Medical Centre. PHN Bernadette Tiernan.\n"
     "Brought by his mother, Sorcha Mulroy, to ED on 18/09 at 23:10 as 'unsettled'. Bruising to the L ear pinna and "
     "R cheek and a torn upper labial frenulum in a non-mobile infant - TEN-4-FACESp positive. Mongolian blue spots "
     "over the sacrum documented separately and not of concern.\n"
     "Ix: FBC and coagulation normal, Factor VIII 0.94 IU/mL, VWF normal. Skeletal survey: healing posterior R 6th "
     "and 7th rib fractures. CT brain: no ICH. Ophthalmology: no retinal haemorrhages.\n"
     "Mother's partner, Mr Jason Kilgallon, lives in the house; works at Baxter Healthcare in Castlebar. Tusla "
     "duty social work and Castlebar Garda Station informed; child admitted to Tochar ward.\n"
     "Dr Ifeoma Naughton-Ruane, Paediatric Registrar (consultant Dr Kilbane aware)",
     [("HOSPITAL", ["Mayo University Hospital"]), ("LOCATION", ["Castlebar"]), ("DATE", ["19 September 2025"]),
      ("NAME", ["Cillian", "Mulroy"]), ("DATE", ["02/03/2025"]), ("ID", ["6283914K"]), ("ADDRESS", ["Derrylea"]),
      ("LOCATION", ["Bohola"]), ("POSTCODE", ["F12 K7W3"]), ("HOSPITAL", ["Swinford Medical Centre"]),
      ("NAME", ["Bernadette", "Tiernan"]), ("NAME", ["Sorcha"]), ("DATE", ["18/09"]),
      ("NAME", ["Jason", "Kilgallon"]), ("LOCATION", ["Baxter Healthcare"]), ("LOCATION", ["Castlebar Garda Station"]),
      ("LOCATION", ["Tochar ward"]), ("NAME", ["Ifeoma", "Naughton-Ruane"]), ("NAME", ["Kilbane"])],
     ["TEN-4-FACESp positive", "Mongolian blue spots", "Factor VIII 0.94 IU/mL", "Skeletal survey",
      "retinal haemorrhages"]),

    # 15 - China, Inner Mongolia (in Chinese): infectious-diseases admission note after lambing
    ("锡林郭勒盟中心医院 感染性疾病科 入院记录\n"
     "入院日期：2025年4月7日\n"
     "姓名：巴特尔　性别：男　年龄：47岁　职业：牧民\n"
     "身份证号：152502197803152419\n"
     "住址：内蒙古锡林浩特市宝力根苏木巴彦宝力格嘎查3组\n"
     "联系电话：139 4792 6183；妻子 其其格 151 6479 2830\n"
     "现病史：患者自3月中旬起出现波状热、大汗、乏力、腰痛，右膝关节肿痛。今年接羔季节徒手为母羊接产，"
     "羊群中有多只母羊流产。\n"
     "查体：T 39.2℃，肝脾轻度肿大，右膝关节肿胀，L4 棘突叩痛。\n"
     "辅助检查：虎红平板凝集试验阳性，试管凝集试验 SAT 1:400；血培养：Brucella melitensis。MRI 示 L4 椎体炎。\n"
     "诊断：布鲁氏菌病（伴脊柱炎）\n"
     "治疗：多西环素 100 mg 每日两次 + 利福平 600 mg 每日一次，疗程12周。已网络直报锡林浩特市疾病预防控制中心，"
     "旗兽医站已对其羊群检疫。\n"
     "住院医师：乌云娜　主治医师：张晓峰",
     [("HOSPITAL", ["锡林郭勒盟中心医院"]), ("DATE", ["2025年4月7日"]), ("NAME", ["巴特尔"]),
      ("ID", ["152502197803152419"]), ("LOCATION", ["锡林浩特市"]), ("ADDRESS", ["宝力根苏木巴彦宝力格嘎查3组"]),
      ("PHONE", ["139 4792 6183"]), ("NAME", ["其其格"]), ("PHONE", ["151 6479 2830"]), ("DATE", ["3月中旬"]),
      ("HOSPITAL", ["锡林浩特市疾病预防控制中心"]), ("NAME", ["乌云娜"]), ("NAME", ["张", "晓峰"])],
     ["47岁", "虎红平板凝集试验", "SAT 1:400", "Brucella melitensis", "布鲁氏菌病", "多西环素 100 mg"]),

    # 16 - Australia, Queensland (outback): patient-portal message thread
    ("Longreach Family Practice, 98 Eagle St, Longreach QLD 4730 - patient messages "
     "(https://portal.longreachfp.com.au)\n"
     "From: Lachlan Pegler <lachie.pegler@bigpond.com>   Medicare 4271 83069 1\n"
     "Sent 11/03/2026 21:48 AEST from 101.186.72.14\n"
     "\"G'day Doc, still feel like I've been hit by a road train - fevers, drenching sweats and a thumping headache "
     "since Sat. Been crutching and marking lambs at Wirrilla Downs out past Muttaburra. Can't get to town till "
     "the mail plane Thurs. Did the bloods from the RFDS clinic at Stonehenge come back?\"\n"
     "Reply 12/03/2026 07:30: \"Lachlan, yes - Coxiella burnetii phase II IgM positive, phase II IgG 1:640, ALT "
     "142 U/L. That is acute Q fever; no Q-VAX on your record. Start doxycycline 100 mg BD for 14 days - script sent "
     "to the pharmacy, it will come out on the mail plane. I'd like an echo when you're in. Central West Public "
     "Health Unit has been notified. Ring 000 if you get short of breath.\" - Dr Warrick Fairbairn-Obi",
     [("HOSPITAL", ["Longreach Family Practice"]), ("ADDRESS", ["98 Eagle St"]), ("LOCATION", ["Longreach"]),
      ("POSTCODE", ["4730"]), ("URL", ["https://portal.longreachfp.com.au"]), ("NAME", ["Lachlan", "Pegler"]),
      ("EMAIL", ["lachie.pegler@bigpond.com"]), ("ID", ["4271 83069 1"]), ("DATE", ["11/03/2026"]),
      ("IP", ["101.186.72.14"]), ("LOCATION", ["Wirrilla Downs"]), ("LOCATION", ["Muttaburra"]),
      ("LOCATION", ["Stonehenge"]), ("DATE", ["12/03/2026"]), ("HOSPITAL", ["Central West Public Health Unit"]),
      ("NAME", ["Warrick", "Fairbairn-Obi"])],
     ["road train", "Coxiella burnetii", "phase II IgG 1:640", "ALT 142 U/L", "Q fever", "Q-VAX",
      "doxycycline 100 mg BD"]),

    # 17 - Australia, Victoria: fertility clinic cycle review
    ("Southbank Fertility & IVF, Level 3, 22 Clarendon St, Southbank VIC 3006\n"
     "Cycle review - 26 August 2025\n"
     "Ms Thanh Huong Pham, 37, DOB 19.11.1987, Medicare 3502 61944 2; partner Mr Jarrah Kinsella-Webb, 39\n"
     "7/41 Princes Hwy, Dandenong VIC 3175. Mob 0412 555 836.\n"
     "Indication: low reserve (AMH 9.4 pmol/L, AFC 6) and male factor - Kruger strict morphology 1%.\n"
     "Stim: antagonist protocol, Pergoveris 300/150 IU, Orgalutran 0.25 mg from day 6, dual trigger (Decapeptyl "
     "0.2 mg + Pregnyl 5000 IU).\n"
     "OPU 22/08: 7 oocytes, 5 MII, ICSI -> 3 x 2PN. Day 5: one 4AA blastocyst and one 3BB vitrified; fresh transfer "
     "cancelled for OHSS risk.\n"
     "FET next cycle. Consent forms e-signed 23/08 via https://consent.southbankivf.com.au from "
     "2001:8003:4c21:1d00::7a.\n"
     "Dr Imogen Castellano-Reid, FRANZCOG, CREI",
     [("HOSPITAL", ["Southbank Fertility & IVF"]), ("ADDRESS", ["Level 3, 22 Clarendon St"]),
      ("LOCATION", ["Southbank"]), ("POSTCODE", ["3006"]), ("DATE", ["26 August 2025"]),
      ("NAME", ["Thanh Huong", "Pham"]), ("DATE", ["19.11.1987"]), ("ID", ["3502 61944 2"]),
      ("NAME", ["Jarrah", "Kinsella-Webb"]), ("ADDRESS", ["7/41 Princes Hwy"]), ("LOCATION", ["Dandenong"]),
      ("POSTCODE", ["3175"]), ("PHONE", ["0412 555 836"]), ("DATE", ["22/08"]), ("DATE", ["23/08"]),
      ("URL", ["https://consent.southbankivf.com.au"]), ("IP", ["2001:8003:4c21:1d00::7a"]),
      ("NAME", ["Imogen", "Castellano-Reid"])],
     ["AMH 9.4 pmol/L", "Kruger strict morphology 1%", "Pergoveris 300/150 IU", "Orgalutran 0.25 mg", "2PN",
      "4AA blastocyst", "OHSS"]),

    # 18 - New Zealand, South Island: sports medicine clinic
    ("Tasman Sports Medicine, 180 Hardy Street, Nelson 7010\n"
     "Initial consult 19/03/2025. ACC claim 90273416\n"
     "Manaia Tipene-Walsh, 22 M, NHI TKP5271, DOB 02/06/2003. Lives in Richmond; apprentice builder with Moutere "
     "Homes. Loose forward for Waimea Old Boys.\n"
     "Injury: training Sat 15 March - non-contact pivot, felt a pop, swollen within the hour.\n"
     "O/E: large effusion. Lachman test grade 2 with soft end point, pivot shift ++, McMurray's positive medially.\n"
     "MRI at Nelson Radiology yesterday: complete ACL rupture, Segond fracture, displaced bucket-handle tear of the "
     "medial meniscus.\n"
     "Pre-injury Tegner 7; Lysholm 48 today.\n"
     "Plan: urgent referral to Mr Fergus Aldred-Ngata, orthopaedic surgeon, Manuka Street Hospital, for meniscal "
     "repair and ACL reconstruction. Prehab meanwhile. Mum's phone 021 555 4738.\n"
     "Dr Penelope Ashcroft-Lui, FACSEP",
     [("HOSPITAL", ["Tasman Sports Medicine"]), ("ADDRESS", ["180 Hardy Street"]), ("LOCATION", ["Nelson"]),
      ("POSTCODE", ["7010"]), ("DATE", ["19/03/2025"]), ("ID", ["90273416"]), ("NAME", ["Manaia", "Tipene-Walsh"]),
      ("ID", ["TKP5271"]), ("DATE", ["02/06/2003"]), ("LOCATION", ["Richmond"]), ("LOCATION", ["Moutere Homes"]),
      ("LOCATION", ["Waimea Old Boys"]), ("DATE", ["15 March"]), ("HOSPITAL", ["Nelson Radiology"]),
      ("NAME", ["Fergus", "Aldred-Ngata"]), ("HOSPITAL", ["Manuka Street Hospital"]), ("PHONE", ["021 555 4738"]),
      ("NAME", ["Penelope", "Ashcroft-Lui"])],
     ["Lachman test grade 2", "pivot shift", "McMurray's positive", "Segond fracture", "Tegner 7", "Lysholm 48"]),

    # 19 - South Africa, Eastern Cape: midwife obstetric unit labour record
    ("Ngangelizwe Community Health Centre, Mthatha - MOU labour record, 06/04/2025\n"
     "Ms Asanda Mqhayi, 26, SA ID 9806140472086, folder 48-20731\n"
     "Stand 2214, Zimbane Valley, Mthatha 5100. Booked BANC at Mbekweni Clinic. Partner Mr Luvuyo Sokhela, "
     "073 555 2918.\n"
     "G3P2 at 38+4 wks. 13:00: 6 cm. 14:20: headache, epigastric pain, BP 168/112, 3+ proteinuria. Partogram "
     "crossed the alert line at 15:00.\n"
     "MgSO4 by the Pritchard regimen (4 g IV + 10 g IM), nifedipine 10 mg PO. Ambulance requested for Mthatha "
     "Regional Hospital; EC EMS vehicle FMC 142 EC arrived 16:55.\n"
     "Delivered before transfer, 16:40, NVD: live male 2.9 kg, Apgar 7/9. Mother and baby transferred together.\n"
     "Sr Phumeza Dlamini-Ntshinga, Advanced Midwife, SANC 14028371",
     [("HOSPITAL", ["Ngangelizwe Community Health Centre"]), ("LOCATION", ["Mthatha"]), ("DATE", ["06/04/2025"]),
      ("NAME", ["Asanda", "Mqhayi"]), ("ID", ["9806140472086"]), ("MRN", ["48-20731"]),
      ("ADDRESS", ["Stand 2214, Zimbane Valley"]), ("POSTCODE", ["5100"]), ("HOSPITAL", ["Mbekweni Clinic"]),
      ("NAME", ["Luvuyo", "Sokhela"]), ("PHONE", ["073 555 2918"]), ("HOSPITAL", ["Mthatha Regional Hospital"]),
      ("PLATE", ["FMC 142 EC"]), ("NAME", ["Phumeza", "Dlamini-Ntshinga"]), ("ID", ["14028371"])],
     ["38+4 wks", "3+ proteinuria", "alert line", "Pritchard regimen", "nifedipine 10 mg", "Apgar 7/9"]),
] + MORE_NOTES
