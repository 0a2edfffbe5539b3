"""Fourteenth HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation, not lower-case notes), written
blind: whoever wrote it read none of the de-identification rules, their word lists or their documentation, and never
ran the de-identifier or the evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (879 planted identifier parts in 744 (kind, parts) entries; 271 clinical strings), mostly in English, written
the way clinicians write them: emergency, ICU and ward-round notes, a nursing handover, a discharge summary, clinic
letters (genetics, audiology, dermatology, internal medicine, neurology), radiology, pathology and laboratory requests
and reports, pharmacy, physiotherapy, occupational-therapy, midwifery, mental-health, dental, ambulance, social-work,
child-safeguarding, occupational-health, hospice, care-home, telephone-triage, portal, prison-health, school-nurse,
travel-clinic, sexual-health, dialysis, fertility, sports-medicine, podiatry and dietetics notes, and a coroner's
officer report; from the US (Nevada, Montana, Wyoming, North Dakota, Vermont, Mississippi, Oklahoma, West Virginia,
Rhode Island, Michigan, Tennessee, South Carolina, Idaho), Canada (Manitoba, northern Ontario), England (Shropshire,
Suffolk, Northumberland, Kent), Scotland (Dumfries and Galloway), Wales (Powys), Ireland (Munster), Australia (Northern
Territory, ACT, regional New South Wales), New Zealand (North Island), Singapore, Malta, Gibraltar, Hong Kong (in
English), Kenya, Uganda, Botswana, Namibia, Jamaica, Trinidad and Tobago, Greece, Russia, France and the Netherlands.

Scripts and languages (positions in ``NOTES``, counted from 0): notes 33 (Greek) and 34 (Russian, Cyrillic) in the
second file are in a non-Latin script, with names, addresses, phone numbers and facilities in that script (the Greek
note with a Greek month name, the Russian note with a Russian month name and Russian address abbreviations); note 38
is in French and note 39 in Dutch; all other notes (36) are in English (Latin script).

Identifiers sit where clinicians put them: letterheads, labels, after relation words and titles, bare in prose, in
sign-offs, addresses with and without house numbers (farms, outstations, boxes, lots, estates, care-home rooms),
"transferred from", "works at/for", schools, colleges, employers (some named with everyday words), care homes,
pharmacies, GP practices, ambulance stations, named wards and rooms, churches, parishes, clubs and police stations,
hospitals and streets named after people, and places that are everyday words or first names; also a dating-app handle,
e-mail, portal URLs, IPv4 and IPv6 addresses, vehicle plates and an aircraft registration, driving and professional
licences, passports, device serial numbers (ECMO console, dialysis machine, insulin-pump controller, CGM sensor),
insurance, tax and national numbers, fax, pager, bleep and extension numbers, and dates in many formats (including
year-less dates, dates in words, and Greek, Russian, French and Dutch dates). Where a real identifier has a check
digit (NHS, CHI, PPSN, Australian Medicare and provider number, NHI, Ontario health number, Singapore NRIC, HKID, US
NPI and DEA, Greek AMKA and AFM, Russian SNILS, French NIR and RPPS, Dutch BSN) the planted one passes it; the other
national, insurance, tax and licence numbers keep a valid format. No name, place or facility is planted in more than
one note, and none is reused from the twelfth or thirteenth set. Three patients are aged 90 or over (notes 9, 24 and
36), and for them the age and every date element are planted. The strings that must survive include eponyms and
eponymous signs, syndromes, scores and classifications with their numbers (some named after places or with names
that are everyday words), brand names of drugs and devices, organisms, lab values with units, ratios and fractions
that look like dates, UK duration notation, and everyday words that double as names or places. The last 20 notes
(438 identifier parts in 373 entries, 141 clinical strings) are in :mod:`deid_notes_heldout14_more`, only to keep each
file a readable length; this file holds 441 identifier parts in 371 entries and 130 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout14.deid_notes_heldout14_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - USA, Nevada: emergency department physician note
    ("EMERGENCY DEPARTMENT PHYSICIAN NOTE\n"
     "Northeastern Nevada Regional Hospital, 2001 Errecart Blvd, Elko NV 89801\n"
     "Arrived 11/22/2025 06:48 by ground ambulance\n"
     "Wade Etcheverry   44 y/o M   DOB 08/30/1981   MRN NNR-2274619   NV DL 1502873364\n"
     "CC: headache, vomiting, \"can't think straight\".\n"
     "HPI: elk hunting camp up Lamoille Canyon with his brother-in-law Colt Urrutia. Ran a Honda generator inside "
     "the wall tent overnight for the heater. Both woke about 04:30 confused and vomiting; Colt drove them out in the "
     "pickup (NV plate 712-KTW) until they met the rig at the Spring Creek turnoff.\n"
     "Exam: Glasgow Coma Scale 14 (E4 V4 M6), HR 118, SpO2 99% (falsely reassuring). Ataxic gait.\n"
     "Labs: COHb 28% on co-oximetry, lactate 3.4 mmol/L, troponin I 0.41 ng/mL. ECG: ST depression V4-V6.\n"
     "Tx: 100% O2 by NRB, Zofran 4 mg IV. Meets Weaver criteria for HBO2 (LOC, cardiac ischemia, COHb >25%).\n"
     "Dispo: Care Flight to Renown Regional Medical Center, Reno, for hyperbaric; accepted by Dr. Priya "
     "Castellanos-Hurd. Brother-in-law treated in bed 6 (separate chart).\n"
     "Wife Shaylee at bedside, (775) 555-0149. He drives for Silver Sage Trucking.\n"
     "Marisol Goicoechea-Pratt, MD   NPI 1847293606",
     [("HOSPITAL", ["Northeastern Nevada Regional Hospital"]), ("ADDRESS", ["2001 Errecart Blvd"]),
      ("LOCATION", ["Elko"]), ("POSTCODE", ["89801"]), ("DATE", ["11/22/2025"]), ("NAME", ["Wade", "Etcheverry"]),
      ("DATE", ["08/30/1981"]), ("MRN", ["NNR-2274619"]), ("LICENCE", ["1502873364"]),
      ("LOCATION", ["Lamoille Canyon"]), ("NAME", ["Colt", "Urrutia"]), ("PLATE", ["712-KTW"]),
      ("LOCATION", ["Spring Creek"]), ("HOSPITAL", ["Renown Regional Medical Center"]), ("LOCATION", ["Reno"]),
      ("NAME", ["Priya", "Castellanos-Hurd"]), ("NAME", ["Shaylee"]), ("PHONE", ["(775) 555-0149"]),
      ("LOCATION", ["Silver Sage Trucking"]), ("NAME", ["Marisol", "Goicoechea-Pratt"]), ("ID", ["1847293606"])],
     ["Glasgow Coma Scale 14", "COHb 28%", "troponin I 0.41 ng/mL", "Zofran 4 mg", "Weaver criteria", "HBO2"]),

    # 1 - USA, Montana: intensive care unit progress note
    ("ICU PROGRESS NOTE - Billings Clinic, 2800 10th Ave N, Billings MT   ICU fax (406) 555-0108\n"
     "Hospital day 3 | June 12, 2025\n"
     "Ryker Stensrud, 33 M | MRN BC-60318274 | MT Medicaid 0041937265\n"
     "Transferred 6/10 from Central Montana Medical Center, Lewistown. Ranch hand at the Bar Seven Ranch near "
     "Roundup; swept out a mouse-infested bunkhouse and grain shed about 3 weeks ago.\n"
     "Dx: hantavirus cardiopulmonary syndrome - Sin Nombre virus IgM positive (state lab in Helena). Plt 42 K/uL, "
     "Hct 56%, immunoblasts on smear.\n"
     "Resp: intubated HD 1, P/F 74 on FiO2 1.0, PEEP 14 -> VA-ECMO cannulated 6/11 at 02:10 (Cardiohelp console "
     "s/n 90412387), flow 4.2 L/min. SOFA 12.\n"
     "CV: vasopressin 0.04 U/min + norepi 0.12 mcg/kg/min; lactate 6.8 -> 3.1.\n"
     "Renal: AKI, UOP 0.3 mL/kg/h, CRRT not yet.\n"
     "Wife Brynlee updated at bedside, cell 406-555-0183; she is staying at the Ronald McDonald House.\n"
     "Leif Hjelmstad-Okafor, MD, Critical Care, pager 7719",
     [("HOSPITAL", ["Billings Clinic"]), ("ADDRESS", ["2800 10th Ave N"]), ("LOCATION", ["Billings"]),
      ("PHONE", ["(406) 555-0108"]), ("DATE", ["June 12, 2025"]), ("NAME", ["Ryker", "Stensrud"]),
      ("MRN", ["BC-60318274"]), ("ID", ["0041937265"]), ("DATE", ["6/10"]),
      ("HOSPITAL", ["Central Montana Medical Center"]), ("LOCATION", ["Lewistown"]),
      ("LOCATION", ["Bar Seven Ranch"]), ("LOCATION", ["Roundup"]), ("LOCATION", ["Helena"]), ("DATE", ["6/11"]),
      ("SERIAL", ["90412387"]), ("NAME", ["Brynlee"]), ("PHONE", ["406-555-0183"]),
      ("LOCATION", ["Ronald McDonald House"]), ("NAME", ["Leif", "Hjelmstad-Okafor"]), ("PHONE", ["7719"])],
     ["Sin Nombre virus", "Plt 42 K/uL", "P/F 74", "Cardiohelp", "SOFA 12", "vasopressin 0.04 U/min"]),

    # 2 - USA, Wyoming: ambulance patient care report
    ("TETON COUNTY EMS - Patient Care Report   Incident 25-004718   Medic 22 out of Station 2, Wilson\n"
     "Dispatched 02/07/2025 13:41; on scene 14:26; at destination 15:35\n"
     "Pt: Hallie Vandermeer, F, 27, DOB 5-19-1997. WY DL 104827-391. Home 1140 Coyote Ridge Rd, Jackson WY 83001. "
     "Ski instructor with Powder Hound Ski School.\n"
     "Scene: snowmobile vs tree on the Togwotee Pass trail system, approx 2 mi N of the Brooks Lake lot. Helmet on, "
     "cracked. Riding partner Bodhi Kessler-Nwankwo flagged us down.\n"
     "Assessment: GCS 15, A&Ox4. R mid-thigh deformity with shortening and external rotation; distal pulses present. "
     "Revised Trauma Score 12. No midline C-spine tenderness, NEXUS negative.\n"
     "Tx: Sager splint with ~10% body wt traction; fentanyl 100 mcg IN then 50 mcg IV x1; pain 9/10 -> 4/10. "
     "Hypothermia wrap.\n"
     "Transport: emergent to St. John's Health, report to charge RN. Her car (WY 22-4719) left at the trailhead.\n"
     "Crew: Garrett Lindquist-Amadi, Paramedic (WY EMS lic. P-30417); Juniper Hale, AEMT",
     [("LOCATION", ["TETON COUNTY"]), ("ID", ["25-004718"]), ("LOCATION", ["Wilson"]), ("DATE", ["02/07/2025"]),
      ("NAME", ["Hallie", "Vandermeer"]), ("DATE", ["5-19-1997"]), ("LICENCE", ["104827-391"]),
      ("ADDRESS", ["1140 Coyote Ridge Rd"]), ("LOCATION", ["Jackson"]), ("POSTCODE", ["83001"]),
      ("LOCATION", ["Powder Hound Ski School"]), ("LOCATION", ["Togwotee Pass"]), ("LOCATION", ["Brooks Lake"]),
      ("NAME", ["Bodhi", "Kessler-Nwankwo"]), ("HOSPITAL", ["St. John's Health"]), ("PLATE", ["22-4719"]),
      ("NAME", ["Garrett", "Lindquist-Amadi"]), ("LICENCE", ["P-30417"]), ("NAME", ["Juniper", "Hale"])],
     ["GCS 15", "Revised Trauma Score 12", "NEXUS negative", "Sager splint", "fentanyl 100 mcg IN", "9/10"]),

    # 3 - USA, North Dakota: nurse advice line telephone encounter
    ("Altru Health System - Nurse Advice Line, Grand Forks ND. Telephone encounter, call ref 25-118402\n"
     "Call received March 29 at 7:12 PM from (701) 555-0176\n"
     "Caller: Darlene Hovde (wife). Patient: Orrin Hovde, 58 M, DOB 12/04/1966. Lives on the home place, "
     "3187 14th Ave NE, 6 miles west of Larimore.\n"
     "Situation: an anhydrous ammonia hose let go while he was filling the nurse tank for Prairie Rose Farm (he "
     "custom-applies for them). Spray to face and R eye ~15 min ago. Eye burning, can't open it, vision blurry; no "
     "trouble breathing, voice normal.\n"
     "Protocol: Schmitt-Thompson 'Eye - Chemical In'. Disposition: go to ED now. Advised: flush the eye with "
     "lukewarm water continuously for at least 20-30 minutes (she's using the shower hose) and keep flushing on the "
     "drive; take out contacts; do not rub.\n"
     "Nearest ED: Northwood Deaconess Health Center, called ahead - they will start Morgan Lens irrigation until "
     "pH 7.0-7.5 and check tetanus. If stridor or hoarse voice: call 911.\n"
     "Caller verbalized understanding. Kristin Bergeson-Ly, RN, ext. 4416",
     [("HOSPITAL", ["Altru Health System"]), ("LOCATION", ["Grand Forks"]), ("ID", ["25-118402"]),
      ("DATE", ["March 29"]), ("PHONE", ["(701) 555-0176"]), ("NAME", ["Darlene", "Hovde"]),
      ("NAME", ["Orrin", "Hovde"]), ("DATE", ["12/04/1966"]), ("ADDRESS", ["3187 14th Ave NE"]),
      ("LOCATION", ["Larimore"]), ("LOCATION", ["Prairie Rose Farm"]),
      ("HOSPITAL", ["Northwood Deaconess Health Center"]), ("NAME", ["Kristin", "Bergeson-Ly"]), ("PHONE", ["4416"])],
     ["anhydrous ammonia", "nurse tank", "Schmitt-Thompson", "Morgan Lens", "pH 7.0-7.5", "tetanus"]),

    # 4 - USA, Vermont: cancer genetics clinic letter
    ("The University of Vermont Medical Center\n"
     "Familial Cancer Program, 111 Colchester Avenue, Burlington, VT 05401 | fax 802-555-0163\n"
     "\n"
     "October 2, 2025\n"
     "\n"
     "Rebecca Thibodeau-Lamont, MD\n"
     "Stowe Family Practice, 1878 Mountain Road, Stowe, VT 05672\n"
     "\n"
     "RE: Delphine Marchessault   DOB: 7/14/1979   MRN: 004182736\n"
     "\n"
     "Dear Dr. Thibodeau-Lamont,\n"
     "I saw Ms. Marchessault on 9/24 for genetic counseling. She had a T2N0 colon adenocarcinoma resected at 44; "
     "the tumor was MSI-high with loss of MLH1/PMS2 staining and no MLH1 promoter hypermethylation. Her mother died "
     "of endometrial cancer at 52 and a maternal uncle had colon cancer at 47, so the family meets the Amsterdam II "
     "criteria; PREMM5 score 18.6%.\n"
     "Germline multigene panel: pathogenic MLH1 variant c.1852_1854del (p.Lys618del), confirming Lynch syndrome.\n"
     "Recommendations: colonoscopy every 1-2 years; risk-reducing hysterectomy/BSO once childbearing is complete; "
     "daily aspirin per the CAPP2 data. Cascade testing offered to her sister Annick in Rutland and to her two sons; "
     "family letter given. GINA protections discussed.\n"
     "\n"
     "Sincerely,\n"
     "Hollis Ferraro-Baptiste, MS, CGC, Licensed Genetic Counselor, VT lic. 058.0131204",
     [("HOSPITAL", ["University of Vermont Medical Center"]), ("ADDRESS", ["111 Colchester Avenue"]),
      ("LOCATION", ["Burlington"]), ("POSTCODE", ["05401"]), ("PHONE", ["802-555-0163"]),
      ("DATE", ["October 2, 2025"]), ("NAME", ["Rebecca", "Thibodeau-Lamont"]),
      ("HOSPITAL", ["Stowe Family Practice"]), ("ADDRESS", ["1878 Mountain Road"]), ("LOCATION", ["Stowe"]),
      ("POSTCODE", ["05672"]), ("NAME", ["Delphine", "Marchessault"]), ("DATE", ["7/14/1979"]),
      ("MRN", ["004182736"]), ("DATE", ["9/24"]), ("NAME", ["Annick"]), ("LOCATION", ["Rutland"]),
      ("NAME", ["Hollis", "Ferraro-Baptiste"]), ("LICENCE", ["058.0131204"])],
     ["T2N0", "MSI-high", "Amsterdam II criteria", "PREMM5 score 18.6%", "Lynch syndrome", "CAPP2"]),

    # 5 - USA, Mississippi: discharge summary
    ("DISCHARGE SUMMARY - Singing River Hospital, Pascagoula, MS\n"
     "Admit: 08/03/2025   Discharge: 08/19/2025   Attending: Dr. Beau Thibodaux-Reyes\n"
     "Patient: Lamar Ladner Jr., 61 M, DOB 04/27/1964, Acct 7730418-02, Medicare MBI 2TR9-HK6-WP43\n"
     "Address: 4507 Orchard Rd, Moss Point, MS 39563. Pipefitter at Ingalls Shipbuilding.\n"
     "Dx: Vibrio vulnificus necrotizing fasciitis L leg after crabbing barefoot at Graveline Bayou; alcohol-related "
     "cirrhosis, Child-Pugh B; septic shock.\n"
     "Course: LRINEC 9 on arrival. Emergent fasciotomy and debridement 8/3, second look 8/5, Wound VAC from 8/7. "
     "Blood and tissue cultures grew V. vulnificus. Doxycycline 100 mg IV q12h + ceftazidime 2 g IV q8h. "
     "Split-thickness skin graft 8/15 by Dr. Odette Fairley-Mbeki, plastics.\n"
     "D/c meds: doxycycline 100 mg PO BID to complete 21 days, Xifaxan 550 mg BID, lactulose, propranolol 10 mg BID. "
     "Rx sent to the Walgreens on Market St.\n"
     "F/u: plastics clinic 8/26; hepatology (Dr. Ngozi Ravenell-Hayes) in 4 weeks. Counseled: no raw oysters, no "
     "salt or brackish water with open wounds.\n"
     "His sister Bernice Krebs will drive him: 228-555-0112.",
     [("HOSPITAL", ["Singing River Hospital"]), ("LOCATION", ["Pascagoula"]), ("DATE", ["08/03/2025"]),
      ("DATE", ["08/19/2025"]), ("NAME", ["Beau", "Thibodaux-Reyes"]), ("NAME", ["Lamar", "Ladner"]),
      ("DATE", ["04/27/1964"]), ("MRN", ["7730418-02"]), ("ID", ["2TR9-HK6-WP43"]), ("ADDRESS", ["4507 Orchard Rd"]),
      ("LOCATION", ["Moss Point"]), ("POSTCODE", ["39563"]), ("LOCATION", ["Ingalls Shipbuilding"]),
      ("LOCATION", ["Graveline Bayou"]), ("DATE", ["8/3"]), ("DATE", ["8/5"]), ("DATE", ["8/7"]),
      ("DATE", ["8/15"]), ("NAME", ["Odette", "Fairley-Mbeki"]), ("ADDRESS", ["Market St"]), ("DATE", ["8/26"]),
      ("NAME", ["Ngozi", "Ravenell-Hayes"]), ("NAME", ["Bernice", "Krebs"]), ("PHONE", ["228-555-0112"])],
     ["Vibrio vulnificus", "Child-Pugh B", "LRINEC 9", "Wound VAC", "ceftazidime 2 g", "Xifaxan 550 mg"]),

    # 6 - USA, Oklahoma: outpatient haemodialysis run note
    ("Cherokee Nation W.W. Hastings Hospital - Outpatient Hemodialysis, Tahlequah OK\n"
     "Run note, MWF 1st shift, 1/12/26\n"
     "Pt: Loretta Hummingbird, 67 F, chart 218-40-7713, tribal citizen ID C0184529, SoonerCare 100473821\n"
     "Access: L brachiocephalic AVF, strong thrill and bruit. Buttonhole cannulation, 15G.\n"
     "Machine: Fresenius 2008T, station 9, s/n 8KFA21047.\n"
     "Pre-wt 71.6 kg, EDW 69.0; UF goal 2.6 L. BP 168/84 -> 138/70. Cramping last hour, UF paused 10 min.\n"
     "Monthly labs: Kt/V 1.41, URR 72%, K 5.6, phos 6.8 mg/dL, albumin 3.4 g/dL, Hgb 9.6.\n"
     "Given: Mircera 100 mcg IV. Takes Sensipar 30 mg with supper; Velphoro to be chewed with meals (reinforced).\n"
     "Social: daughter Winona (918-555-0135) asks about home PD - referred to the PD nurse in Muskogee.\n"
     "Next run 1/14. Transplant evaluation at OU Health in Oklahoma City on the 28th.\n"
     "RN: Cody Goingsnake. Nephrologist: Dr. Anil Vashisht-Brewer",
     [("HOSPITAL", ["W.W. Hastings Hospital"]), ("LOCATION", ["Tahlequah"]), ("DATE", ["1/12/26"]),
      ("NAME", ["Loretta", "Hummingbird"]), ("MRN", ["218-40-7713"]), ("ID", ["C0184529"]), ("ID", ["100473821"]),
      ("SERIAL", ["8KFA21047"]), ("NAME", ["Winona"]), ("PHONE", ["918-555-0135"]), ("LOCATION", ["Muskogee"]),
      ("DATE", ["1/14"]), ("HOSPITAL", ["OU Health"]), ("LOCATION", ["Oklahoma City"]), ("DATE", ["the 28th"]),
      ("NAME", ["Cody", "Goingsnake"]), ("NAME", ["Anil", "Vashisht-Brewer"])],
     ["Fresenius 2008T", "Kt/V 1.41", "URR 72%", "phos 6.8 mg/dL", "Mircera 100 mcg", "Sensipar 30 mg", "Velphoro"]),

    # 7 - USA, West Virginia: community pharmacist consultation
    ("Fruth Pharmacy #14 - 2710 Viand St, Point Pleasant WV 25550 - ph 304-555-0191 / fax 304-555-0192\n"
     "Pharmacist consultation note, 04/18/2025\n"
     "Patient: Dustin Roush, DOB 3/2/1990, WV Medicaid ID 60918274503, cell 304-555-0144. WV DL F417293 checked at "
     "pickup.\n"
     "Rx: Suboxone 8/2 mg film, 1 film SL BID, #28, from Dr. Lena Kowalski-Adeyemi (DEA BK4827361) at Mason County "
     "Recovery Clinic. WV CSMP checked: no other controlled Rx. Last fill 4/4 here.\n"
     "Counseling: film under the tongue, don't chew or swallow; no benzos or alcohol; dental check-ups (FDA warning "
     "on dental problems). Naloxone: Narcan 4 mg nasal spray x2 dispensed under the standing order; his girlfriend "
     "Kayleigh was shown how to use it. He says he's been clean 7 months and works nights at the Riverside truck "
     "stop.\n"
     "He asked about Sublocade 300 mg monthly injection - message sent to prescriber.\n"
     "Meredith Saunders-Tiwari, PharmD, RPh #0318274",
     [("HOSPITAL", ["Fruth Pharmacy #14"]), ("ADDRESS", ["2710 Viand St"]), ("LOCATION", ["Point Pleasant"]),
      ("POSTCODE", ["25550"]), ("PHONE", ["304-555-0191"]), ("PHONE", ["304-555-0192"]), ("DATE", ["04/18/2025"]),
      ("NAME", ["Dustin", "Roush"]), ("DATE", ["3/2/1990"]), ("ID", ["60918274503"]), ("PHONE", ["304-555-0144"]),
      ("LICENCE", ["F417293"]), ("NAME", ["Lena", "Kowalski-Adeyemi"]), ("ID", ["BK4827361"]),
      ("HOSPITAL", ["Mason County Recovery Clinic"]), ("DATE", ["4/4"]), ("NAME", ["Kayleigh"]),
      ("LOCATION", ["Riverside truck stop"]), ("NAME", ["Meredith", "Saunders-Tiwari"]), ("LICENCE", ["0318274"])],
     ["Suboxone 8/2 mg", "WV CSMP", "Narcan 4 mg", "Sublocade 300 mg", "Naloxone"]),

    # 8 - USA, Rhode Island: prison health intake screening
    ("RI Department of Corrections - Adult Correctional Institutions, Intake Service Center, Cranston\n"
     "Medical intake screening 10/27/2025 22:40 (committed 10/27, awaiting trial)\n"
     "Inmate: Jaylen Brissette, ID #A-294718, DOB 01.09.1992, SSN ***-**-4417\n"
     "Last address: 88 Social St, Apt 3, Woonsocket RI 02895.\n"
     "Hx: IVDU (fentanyl); HCV Ab+ in 2023, never treated. On methadone 90 mg at CODAC Behavioral Healthcare in "
     "Providence - last dose 10/26 confirmed by phone.\n"
     "Prior labs (2023): HCV RNA 1,240,000 IU/mL, genotype 1a. Fibroscan 7.1 kPa, APRI 0.4.\n"
     "Today: QuantiFERON-TB Gold Plus sent; HIV Ag/Ab nonreactive; COWS 5.\n"
     "Plan: continue methadone 90 mg per MOUD program; referral to The Miriam Hospital Immunology Center for "
     "Mavyret x 8 weeks; COWS q4h x 72h; lower bunk.\n"
     "Emergency contact: grandmother Odalys, 401-555-0129.\n"
     "Screened by Ines Carvalho-Pike, RN; reviewed by Terrence Okonjo-Reilly, PA-C",
     [("LOCATION", ["Adult Correctional Institutions"]), ("LOCATION", ["Cranston"]), ("DATE", ["10/27/2025"]),
      ("DATE", ["10/27"]), ("NAME", ["Jaylen", "Brissette"]), ("ID", ["A-294718"]), ("DATE", ["01.09.1992"]),
      ("ID", ["4417"]), ("ADDRESS", ["88 Social St, Apt 3"]), ("LOCATION", ["Woonsocket"]), ("POSTCODE", ["02895"]),
      ("DATE", ["2023"]), ("HOSPITAL", ["CODAC Behavioral Healthcare"]), ("LOCATION", ["Providence"]),
      ("DATE", ["10/26"]), ("HOSPITAL", ["Miriam Hospital"]), ("NAME", ["Odalys"]), ("PHONE", ["401-555-0129"]),
      ("NAME", ["Ines", "Carvalho-Pike"]), ("NAME", ["Terrence", "Okonjo-Reilly"])],
     ["methadone 90 mg", "HCV RNA 1,240,000 IU/mL", "genotype 1a", "APRI 0.4", "QuantiFERON-TB Gold Plus",
      "Mavyret"]),

    # 9 - USA, Michigan: hospice nurse home visit, patient aged 96
    ("Huron Shores Hospice - RN Case Manager Home Visit\n"
     "Visit date: January 20, 2026, 10:15-11:30\n"
     "Patient: Genevieve Kowalczyk, 96-year-old female, DOB February 11, 1929, Medicare MBI 4EK7-TW2-RC61\n"
     "Location: daughter's farmhouse, 6812 Pinnebog Rd, Kinde MI 48445 (hospital bed in the front room).\n"
     "Hospice dx: Alzheimer's dementia, FAST 7c. Admitted to hospice 11/3/25. PPS 30% today (40% on 1/6).\n"
     "Sleeping most of the day, sips only. Cheyne-Stokes respirations with 15-20 s apneas, mottling to the knees. "
     "Grimaces with turning, PAINAD 4. Terminal secretions.\n"
     "Plan: Roxanol 5 mg SL q2h PRN, lorazepam 0.5 mg SL q4h PRN, Levsin 0.125 mg SL q4h PRN secretions - comfort "
     "kit opened. Continuous care discussed. Chaplain asked to visit; she belonged to Holy Family Parish in "
     "Sebewaing.\n"
     "Daughter Theresa Ulrich (primary caregiver) 989-555-0162; son Leonard driving up from Saginaw tonight. DNR in "
     "the home; Theresa hopes her mother will see her ninety-seventh birthday on the eleventh of February. Funeral "
     "home of choice: Whitcomb & Sons Funeral Home, Bad Axe.\n"
     "Marcy Tenbrink, RN, CHPN",
     [("HOSPITAL", ["Huron Shores Hospice"]), ("DATE", ["January 20, 2026"]), ("NAME", ["Genevieve", "Kowalczyk"]),
      ("AGE", ["96-year-old"]), ("DATE", ["February 11, 1929"]), ("ID", ["4EK7-TW2-RC61"]),
      ("ADDRESS", ["6812 Pinnebog Rd"]), ("LOCATION", ["Kinde"]), ("POSTCODE", ["48445"]), ("DATE", ["11/3/25"]),
      ("DATE", ["1/6"]), ("LOCATION", ["Holy Family Parish"]), ("LOCATION", ["Sebewaing"]),
      ("NAME", ["Theresa", "Ulrich"]), ("PHONE", ["989-555-0162"]), ("NAME", ["Leonard"]), ("LOCATION", ["Saginaw"]),
      ("AGE", ["ninety-seventh"]), ("DATE", ["the eleventh of February"]),
      ("LOCATION", ["Whitcomb & Sons Funeral Home"]), ("LOCATION", ["Bad Axe"]), ("NAME", ["Marcy", "Tenbrink"])],
     ["Alzheimer's dementia", "FAST 7c", "PPS 30%", "Cheyne-Stokes respirations", "PAINAD 4", "Roxanol 5 mg",
      "Levsin 0.125 mg"]),

    # 10 - USA, Tennessee: school nurse visit
    ("Health Services - Prescott South Middle School, Cookeville TN\n"
     "Nurse visit log - 9/16/2025, 10:52 AM\n"
     "Student: Avery Dyer-Pettigrew, 7th grade, homeroom Mrs. Vantrease (rm 214). DOB 03-08-2013. Student ID "
     "401182736.\n"
     "T1D on Omnipod 5 (PDM s/n 4119-27730) with Dexcom G7 (sensor serial 7GQX2P). CGM 'Urgent Low' alert in PE; "
     "walked to the office with a buddy.\n"
     "BG 48 mg/dL by meter (CGM 52). Alert, sweaty, shaky.\n"
     "Tx per DMMP: 15/15 rule - 4 glucose tabs (16 g); recheck at 15 min 71; another 15 g juice; recheck 98 at "
     "11:22. Baqsimi 3 mg not needed. Pod left in automated mode; no bolus for the snack per plan.\n"
     "Mom (Brandi Dyer) called at 11:00, 931-555-0117; she will message Dr. Harland Mbatha-Schutt at Monroe Carell Jr. "
     "Children's Hospital at Vanderbilt about the morning basal. Back to class 11:30 (math, Mr. Quarles).\n"
     "Deborah Ledbetter, RN, School Nurse",
     [("LOCATION", ["Prescott South Middle School"]), ("LOCATION", ["Cookeville"]), ("DATE", ["9/16/2025"]),
      ("NAME", ["Avery", "Dyer-Pettigrew"]), ("NAME", ["Vantrease"]), ("DATE", ["03-08-2013"]),
      ("ID", ["401182736"]), ("SERIAL", ["4119-27730"]), ("SERIAL", ["7GQX2P"]), ("NAME", ["Brandi", "Dyer"]),
      ("PHONE", ["931-555-0117"]), ("NAME", ["Harland", "Mbatha-Schutt"]),
      ("HOSPITAL", ["Monroe Carell Jr. Children's Hospital at Vanderbilt"]), ("NAME", ["Quarles"]),
      ("NAME", ["Deborah", "Ledbetter"])],
     ["Omnipod 5", "Dexcom G7", "BG 48 mg/dL", "DMMP", "15/15 rule", "Baqsimi 3 mg"]),

    # 11 - Canada, Manitoba: home-care occupational therapy assessment
    ("Prairie Mountain Health - Home Care Occupational Therapy, Brandon MB\n"
     "OT home assessment: 2025-10-06\n"
     "Client: Mrs. Gail Wiebe, 59 F, PHIN 218 406 793, MHSC reg. 604719, DOB 1966-05-21\n"
     "Address: Box 118, 312 Crescent Ave E, Souris MB R0K 2C0. Bungalow, 3 steps at the front, laundry in the "
     "basement.\n"
     "Dx: secondary progressive MS, EDSS 6.5 (followed by Dr. Okwuosa, MS Clinic, Health Sciences Centre, "
     "Winnipeg). Heat-sensitive; Uhthoff's phenomenon every summer.\n"
     "Findings: stand-pivot transfers with min assist; Berg Balance Scale 34/56; TUG 21 s with a 4-wheeled walker. "
     "MFIS 52. Sacral skin intact, Braden 17.\n"
     "Recommendations: ROHO cushion for the power chair trial, tub transfer bench + hand-held shower, grab bars x2; "
     "mechanical lift (Hoyer) if transfers decline. Husband Dale, 204-555-0157, works days at the Souris Co-op, so "
     "home care to cover morning ADLs.\n"
     "Next visit in 2 weeks. Jolene Kaminski-Obasi, OT Reg. (MB) #2019-0417",
     [("HOSPITAL", ["Prairie Mountain Health"]), ("LOCATION", ["Brandon"]), ("DATE", ["2025-10-06"]),
      ("NAME", ["Gail", "Wiebe"]), ("ID", ["218 406 793"]), ("ID", ["604719"]), ("DATE", ["1966-05-21"]),
      ("ADDRESS", ["Box 118, 312 Crescent Ave E"]), ("LOCATION", ["Souris"]), ("POSTCODE", ["R0K 2C0"]),
      ("NAME", ["Okwuosa"]), ("HOSPITAL", ["Health Sciences Centre"]), ("LOCATION", ["Winnipeg"]),
      ("NAME", ["Dale"]), ("PHONE", ["204-555-0157"]), ("LOCATION", ["Souris Co-op"]),
      ("NAME", ["Jolene", "Kaminski-Obasi"]), ("LICENCE", ["2019-0417"])],
     ["EDSS 6.5", "Uhthoff's phenomenon", "Berg Balance Scale 34/56", "TUG 21 s", "Braden 17", "ROHO cushion",
      "Hoyer"]),

    # 12 - Canada, northern Ontario: midwifery birth summary
    ("Sioux Lookout Meno Ya Win Health Centre - Midwifery Service. Birth summary\n"
     "Client: Sherry-Lynn Kakegamic, 24, G2P1, OHIP 5829-173-649-KT, DOB 2001-04-17. Home community Sachigo Lake "
     "First Nation; staying with her auntie Geraldine Meekis on Fourth Avenue (807-555-0139) since 36 wks for the "
     "birth.\n"
     "Partner Tyrone Beardy flew in on the Wasaya sked Nov 2.\n"
     "Labour: SROM 03:20 on 11/04/2025, clear fluid. Bishop score 9 on admission. GBS positive - Pen G 5 MU IV then "
     "2.5 MU q4h, 3 doses before birth. Rh negative.\n"
     "Birth: SVB 09:47 Nov 4 over an intact perineum; girl 3,410 g, Apgar 8/9. Active management of third stage, "
     "Syntocinon 10 IU IM. EBL 650 mL, fundus firm after bimanual massage.\n"
     "Cord blood: baby Rh positive, DAT negative -> WinRho 300 mcg IM given at 14:00.\n"
     "Breastfeeding well; newborn screen done. Flying home to community on the 7th if well.\n"
     "Midwives: Amelia Sutherland-Keeper, RM (primary); Naomi Fiddler, RM (second attendant)",
     [("LOCATION", ["Sioux Lookout"]), ("HOSPITAL", ["Meno Ya Win Health Centre"]),
      ("NAME", ["Sherry-Lynn", "Kakegamic"]), ("ID", ["5829-173-649-KT"]), ("DATE", ["2001-04-17"]),
      ("LOCATION", ["Sachigo Lake First Nation"]), ("NAME", ["Geraldine", "Meekis"]), ("ADDRESS", ["Fourth Avenue"]),
      ("PHONE", ["807-555-0139"]), ("NAME", ["Tyrone", "Beardy"]), ("LOCATION", ["Wasaya"]), ("DATE", ["Nov 2"]),
      ("DATE", ["11/04/2025"]), ("DATE", ["Nov 4"]), ("DATE", ["the 7th"]),
      ("NAME", ["Amelia", "Sutherland-Keeper"]), ("NAME", ["Naomi", "Fiddler"])],
     ["Bishop score 9", "GBS positive", "Pen G 5 MU", "Apgar 8/9", "Syntocinon 10 IU", "EBL 650 mL",
      "WinRho 300 mcg"]),

    # 13 - England, Shropshire: audiology clinic letter to the GP
    ("Audiology Department, Princess Royal Hospital, Apley Castle, Telford TF1 6TF\n"
     "Tel 01952 555 318\n"
     "\n"
     "24 February 2026\n"
     "\n"
     "Dr Philippa Oldacre-Sen, Long Mynd Surgery, Church Stretton\n"
     "\n"
     "Dear Dr Oldacre-Sen,\n"
     "Re: Mr Gareth Pountney, DOB 09.12.1971, NHS No 612 834 7703, Flat 3, 14 Sandford Avenue, Church Stretton "
     "SY6 6BW\n"
     "I saw Mr Pountney in the adult hearing clinic on 19/2. He works at the Ironbridge Gorge Museum as a blacksmith "
     "demonstrator and has noticed worsening hearing on the left for about two years, with low-pitched tinnitus but "
     "no vertigo. His mother needed a stapes operation in her forties.\n"
     "Otoscopy normal. Tuning forks: Rinne negative on the left, Weber lateralises to the left. PTA: left conductive "
     "loss with a Carhart notch at 2 kHz, air-bone gap 35 dB, 4FA 52 dB; right within normal limits apart from a "
     "4 kHz noise notch. Tympanometry Type As on the left, stapedial reflexes absent.\n"
     "This fits left otosclerosis. I have referred him to Mr Tristram Ellery-Bhatt, ENT, at the Royal Shrewsbury "
     "Hospital to discuss stapedotomy versus aiding; meanwhile a Phonak Audéo Lumity 90 has been fitted on trial. "
     "Please encourage hearing protection at the forge.\n"
     "\n"
     "Yours sincerely,\n"
     "Rosalind Heathcote, Clinical Scientist (Audiology), RCCP 2194",
     [("HOSPITAL", ["Princess Royal Hospital"]), ("ADDRESS", ["Apley Castle"]), ("LOCATION", ["Telford"]),
      ("POSTCODE", ["TF1 6TF"]), ("PHONE", ["01952 555 318"]), ("DATE", ["24 February 2026"]),
      ("NAME", ["Philippa", "Oldacre-Sen"]), ("HOSPITAL", ["Long Mynd Surgery"]), ("LOCATION", ["Church Stretton"]),
      ("NAME", ["Gareth", "Pountney"]), ("DATE", ["09.12.1971"]), ("ID", ["612 834 7703"]),
      ("ADDRESS", ["Flat 3, 14 Sandford Avenue"]), ("POSTCODE", ["SY6 6BW"]), ("DATE", ["19/2"]),
      ("LOCATION", ["Ironbridge Gorge Museum"]), ("NAME", ["Tristram", "Ellery-Bhatt"]),
      ("HOSPITAL", ["Royal Shrewsbury Hospital"]), ("NAME", ["Rosalind", "Heathcote"]), ("ID", ["2194"])],
     ["Rinne negative", "Weber lateralises to the left", "Carhart notch", "4FA 52 dB", "Type As",
      "Phonak Audéo Lumity 90"]),

    # 14 - England, Suffolk: NHS urgent dental appointment
    ("Seafront Dental Care, 41 Hamilton Road, Felixstowe IP11 7AX - NHS urgent dental appointment\n"
     "Date: 7th July 2025, 08:45\n"
     "Pt: Miss Keeley Gooderham, 31, DOB 28/10/1993, NHS 485 207 3198. Mob 07700 900 417. Works at the Port of "
     "Felixstowe (12 h crane shifts) - came in before her shift.\n"
     "C/O: pain LL8 region 4/7, swelling, trismus, bad taste. Got amoxicillin 500 mg TDS via 111 at the weekend - "
     "slightly better.\n"
     "O/E: T 37.4, mouth opening 28 mm. Pericoronitis around a partially erupted LL8, mesioangular on Winter's "
     "classification, Pell and Gregory class II B. No floor-of-mouth swelling or dysphagia - no features of Ludwig's "
     "angina. BPE 2/1/2/3/2/2.\n"
     "Tx: LA Septanest 4% 1 cartridge; irrigated under the operculum with Corsodyl 0.2%. Metronidazole 400 mg TDS 5/7 "
     "added (no alcohol).\n"
     "OPG: LL8 roots closely related to the IAN canal (darkening of the root). Referred to OMFS at Ipswich Hospital "
     "for assessment for coronectomy.\n"
     "Safety-netted: A&E if any difficulty swallowing or breathing.\n"
     "Dr Aryan Cattermole-Desai BDS, GDC 287416",
     [("HOSPITAL", ["Seafront Dental Care"]), ("ADDRESS", ["41 Hamilton Road"]), ("LOCATION", ["Felixstowe"]),
      ("POSTCODE", ["IP11 7AX"]), ("DATE", ["7th July 2025"]), ("NAME", ["Keeley", "Gooderham"]),
      ("DATE", ["28/10/1993"]), ("ID", ["485 207 3198"]), ("PHONE", ["07700 900 417"]),
      ("LOCATION", ["Port of Felixstowe"]), ("HOSPITAL", ["Ipswich Hospital"]),
      ("NAME", ["Aryan", "Cattermole-Desai"]), ("ID", ["287416"])],
     ["4/7", "Winter's classification", "Pell and Gregory class II B", "Ludwig's angina", "BPE 2/1/2/3/2/2",
      "Septanest 4%", "Corsodyl 0.2%", "5/7"]),

    # 15 - England, Northumberland: health visitor child safeguarding referral
    ("Northumbria Healthcare NHS Foundation Trust - 0-19 Public Health Nursing, Hexham team\n"
     "Referral to the Children's Multi-Agency Safeguarding Hub (MASH)\n"
     "Date/time: 13/11/2025 15:05. Referrer: Bethany Charlton-Oyelaran, Health Visitor, 07700 900 562\n"
     "Child: Maisie-Rae Forster, DOB 02/02/2025 (9 months), NHS 734 601 5827. GP: Haltwhistle Medical Group.\n"
     "Address: 6 Westgate Cottages, Greenhead CA8 7HB - lives with mother Chantelle Forster, 20, and mother's partner "
     "Ryan Tulip.\n"
     "Concerns: at today's 9-12 month review weight has fallen from the 25th to the 0.4th centile on the WHO-UK "
     "growth chart (faltering growth); severe nappy rash; ASQ-3 gross motor below cut-off. Mother disclosed that "
     "Ryan 'loses it' and grabbed her by the neck on Sunday. DASH risk checklist 16/24 - high risk. Mr Tulip's van "
     "(grey Transit NK19 WPX) was outside during the visit; he works for Tyne Valley Scaffolding. Maisie-Rae's "
     "half-brother Kaiden, 4, attends the nursery at Greenhead C of E Primary.\n"
     "Actions: discussed with named nurse Gillian Robson-Ade; police informed via 101 (ref NP-20251113-0417); MARAC "
     "referral made; mother and baby to attend paediatric clinic at Hexham General Hospital tomorrow.",
     [("HOSPITAL", ["Northumbria Healthcare NHS Foundation Trust"]), ("LOCATION", ["Hexham"]),
      ("DATE", ["13/11/2025"]), ("NAME", ["Bethany", "Charlton-Oyelaran"]), ("PHONE", ["07700 900 562"]),
      ("NAME", ["Maisie-Rae", "Forster"]), ("DATE", ["02/02/2025"]), ("ID", ["734 601 5827"]),
      ("HOSPITAL", ["Haltwhistle Medical Group"]), ("ADDRESS", ["6 Westgate Cottages"]), ("LOCATION", ["Greenhead"]),
      ("POSTCODE", ["CA8 7HB"]), ("NAME", ["Chantelle", "Forster"]), ("NAME", ["Ryan", "Tulip"]),
      ("PLATE", ["NK19 WPX"]), ("LOCATION", ["Tyne Valley Scaffolding"]), ("NAME", ["Kaiden"]),
      ("LOCATION", ["Greenhead C of E Primary"]), ("NAME", ["Gillian", "Robson-Ade"]),
      ("ID", ["NP-20251113-0417"]), ("HOSPITAL", ["Hexham General Hospital"])],
     ["0.4th centile", "WHO-UK growth chart", "faltering growth", "ASQ-3", "DASH risk checklist 16/24", "MARAC"]),

    # 16 - Scotland, Dumfries and Galloway: podiatry diabetic foot review
    ("NHS Dumfries & Galloway Podiatry - Castle Douglas Hospital\n"
     "Diabetic foot protection clinic, 05/03/2026\n"
     "Mr Euan Gracie, 64, CHI 171161 2537. Sheep farmer, High Barcloy, Rockcliffe DG5 4QL. Mobile "
     "07700 900 738, house 01556 555 290.\n"
     "T2DM 18 yrs, HbA1c 71 mmol/mol on Ozempic 1 mg weekly + metformin. Neuropathy: 10 g Semmes-Weinstein "
     "monofilament felt at 0/10 sites both feet. ABPI R 0.82, L 0.76; DP and PT absent on the L.\n"
     "L hallux plantar ulcer 1.6 x 1.2 cm, probe-to-bone negative, 1.5 cm cellulitis: Texas classification 1B, "
     "SINBAD score 3.\n"
     "Tx: sharp debridement, Inadine, offloading boot. Flucloxacillin 1 g QDS 7/7 (swab sent). X-ray requested at "
     "Dumfries & Galloway Royal Infirmary to exclude osteomyelitis; urgent vascular referral.\n"
     "Wife Morag will do the dressings on alternate days.\n"
     "Review 3/7. Fiona Maxwell-Adebayo, Specialist Podiatrist, HCPC CH31284",
     [("HOSPITAL", ["Castle Douglas Hospital"]), ("DATE", ["05/03/2026"]), ("NAME", ["Euan", "Gracie"]),
      ("ID", ["171161 2537"]), ("ADDRESS", ["High Barcloy"]), ("LOCATION", ["Rockcliffe"]),
      ("POSTCODE", ["DG5 4QL"]), ("PHONE", ["07700 900 738"]), ("PHONE", ["01556 555 290"]),
      ("HOSPITAL", ["Dumfries & Galloway Royal Infirmary"]), ("NAME", ["Morag"]),
      ("NAME", ["Fiona", "Maxwell-Adebayo"]), ("ID", ["CH31284"])],
     ["HbA1c 71 mmol/mol", "Ozempic 1 mg", "Semmes-Weinstein monofilament", "ABPI R 0.82", "Texas classification 1B",
      "SINBAD score 3", "Inadine", "7/7", "3/7"]),

    # 17 - Wales, Powys: community hospital nursing handover, three patients
    ("Llandrindod Wells War Memorial Hospital - Glyndŵr Ward\n"
     "Nursing handover, late to night shift, 21/04/2025 21:15\n"
     "Bay 1, bed 2 - Mrs Eirlys Prosser, 84, NHS 450 372 8164. Step-down from Bronglais (R NOF, DHS on 09/04). "
     "Mobilising with Zimmer frame + 1. Waterlow 18 - 2-hourly turns overnight, heels offloaded. Oramorph 2.5 mg "
     "given 19:30. Daughter Sian will ring in the morning (01597 555 244).\n"
     "Bay 1, bed 4 - Mr Dilwyn Beavan, 77. C. difficile toxin positive (sample 19/4) - moved to side room 3, enteric "
     "precautions, oral vancomycin 125 mg QDS day 3. Bristol stool type 7 x2 this shift. NEWS2 2.\n"
     "Side room 1 - Mr Huw Gwatkin, 88, farms above Rhayader, lives alone. New confusion since this afternoon, "
     "4AT 6, pulling at his cannula. NEWS2 5 (RR 24, T 38.3, SpO2 93% RA). Seen 20:40 by Dr Ffion Maddocks, "
     "bleep 2217 - ?chest sepsis; cultures, IV amoxicillin, CXR in the morning. For transfer to Hereford County "
     "Hospital if he deteriorates. Son on 07700 900 296.\n"
     "Handed over by Carys Eynon-Lewis, RN, to Tomasz Wróbel, RN",
     [("HOSPITAL", ["Llandrindod Wells War Memorial Hospital"]), ("LOCATION", ["Glyndŵr Ward"]),
      ("DATE", ["21/04/2025"]), ("NAME", ["Eirlys", "Prosser"]), ("ID", ["450 372 8164"]),
      ("HOSPITAL", ["Bronglais"]), ("DATE", ["09/04"]), ("NAME", ["Sian"]), ("PHONE", ["01597 555 244"]),
      ("NAME", ["Dilwyn", "Beavan"]), ("DATE", ["19/4"]), ("NAME", ["Huw", "Gwatkin"]), ("LOCATION", ["Rhayader"]),
      ("NAME", ["Ffion", "Maddocks"]), ("PHONE", ["2217"]), ("HOSPITAL", ["Hereford County Hospital"]),
      ("PHONE", ["07700 900 296"]), ("NAME", ["Carys", "Eynon-Lewis"]), ("NAME", ["Tomasz", "Wróbel"])],
     ["Zimmer frame", "Waterlow 18", "Oramorph 2.5 mg", "C. difficile", "vancomycin 125 mg", "Bristol stool type 7",
      "4AT 6", "NEWS2 5"]),

    # 18 - Ireland, Munster: occupational health sharps injury assessment
    ("Occupational Health Department, University Hospital Kerry, Tralee, Co. Kerry V92 NX94\n"
     "Sharps injury assessment - 16/01/2026 11:20 (injury 15/01/2026 at 23:40)\n"
     "Employee: Ms Clodagh Kissane, staff nurse, Oak ward. Staff no. 40718263, PPSN 8305162U, DOB 12/06/1996. Home: "
     "Carrigeen, Ardfert, Co. Kerry V92 T6K4. Mobile 087 555 2841; clodaghkissane.rn@gmail.com\n"
     "Injury: hollow-bore needlestick (23G butterfly) to L index finger through a glove while resiting a cannula; "
     "bled freely, washed. Reported to CNM2 Padraig Fleming-Okoro.\n"
     "Source: patient MRN K0418273, consented - HBsAg neg, HCV Ab neg, HIV Ag/Ab neg (resulted 02:10).\n"
     "Employee: 3 doses of Engerix B in 2019; anti-HBs 8 mIU/mL in 2020 - non-responder. Booster today, repeat "
     "anti-HBs at 1/12. PEP not indicated as source negative. Baseline serum stored.\n"
     "Fit to continue normal duties; results to be e-mailed to her.\n"
     "Dr Colm Ó Cinnéide, Occupational Health Physician, MCRN 412938",
     [("HOSPITAL", ["University Hospital Kerry"]), ("LOCATION", ["Tralee"]), ("LOCATION", ["Co. Kerry"]),
      ("POSTCODE", ["V92 NX94"]), ("DATE", ["16/01/2026"]), ("DATE", ["15/01/2026"]),
      ("NAME", ["Clodagh", "Kissane"]), ("LOCATION", ["Oak ward"]), ("ID", ["40718263"]), ("ID", ["8305162U"]),
      ("DATE", ["12/06/1996"]), ("ADDRESS", ["Carrigeen"]), ("LOCATION", ["Ardfert"]), ("POSTCODE", ["V92 T6K4"]),
      ("PHONE", ["087 555 2841"]), ("EMAIL", ["clodaghkissane.rn@gmail.com"]), ("NAME", ["Padraig", "Fleming-Okoro"]),
      ("MRN", ["K0418273"]), ("DATE", ["2019"]), ("DATE", ["2020"]), ("NAME", ["Colm", "Ó Cinnéide"]),
      ("ID", ["412938"])],
     ["23G butterfly", "HBsAg neg", "HIV Ag/Ab", "Engerix B", "anti-HBs 8 mIU/mL", "1/12"]),

    # 19 - Australia, Northern Territory: remote health centre emergency and retrieval note
    ("Maningrida Health Centre, West Arnhem - emergency presentation and retrieval\n"
     "19/02/2026 23:05\n"
     "Pt: Elton Bununggurr, 47 M, HRN 5926114, Medicare 2537 18468 1 (IRN 2), DOB 01/07/1978. Lives at Gamardi "
     "outstation; works with the Djelk Rangers.\n"
     "Hx: 4 days fever, productive cough, R chest pain. T2DM (poorly controlled), hazardous alcohol. Wet season - "
     "cutting grass after the floods.\n"
     "O/E: RR 32, SpO2 86% RA, BP 84/50, HR 128, T 39.4. qSOFA 3. BSL 27.\n"
     "i-STAT: lactate 5.1, Cr 188. CXR by telehealth: RUL consolidation.\n"
     "Impression: melioidosis until proven otherwise (Burkholderia pseudomallei).\n"
     "Tx per DMO Dr Imelda Cardozo-Huynh by phone: meropenem 1 g IV q8h (first dose 23:30), 2 L N/saline, blood "
     "cultures x2, throat and urine swabs onto Ashdown's agar. CareFlight aircraft VH-NTQ to Royal Darwin Hospital, "
     "ETA 02:00.\n"
     "NOK: wife Daphne, 0428 555 916. Aboriginal Health Practitioner Lindsay Ngalmi interpreted.\n"
     "Kirsten Halvorsen-Mbeki, RAN",
     [("HOSPITAL", ["Maningrida Health Centre"]), ("LOCATION", ["West Arnhem"]), ("DATE", ["19/02/2026"]),
      ("NAME", ["Elton", "Bununggurr"]), ("MRN", ["5926114"]), ("ID", ["2537 18468 1"]), ("DATE", ["01/07/1978"]),
      ("LOCATION", ["Gamardi"]), ("LOCATION", ["Djelk Rangers"]), ("NAME", ["Imelda", "Cardozo-Huynh"]),
      ("PLATE", ["VH-NTQ"]), ("HOSPITAL", ["Royal Darwin Hospital"]), ("NAME", ["Daphne"]),
      ("PHONE", ["0428 555 916"]), ("NAME", ["Lindsay", "Ngalmi"]), ("NAME", ["Kirsten", "Halvorsen-Mbeki"])],
     ["qSOFA 3", "BSL 27", "melioidosis", "Burkholderia pseudomallei", "meropenem 1 g", "Ashdown's agar"]),
] + MORE_NOTES
