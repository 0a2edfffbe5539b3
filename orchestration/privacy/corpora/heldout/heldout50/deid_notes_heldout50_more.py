"""Notes 12-23 of the fiftieth HELD-OUT set (see :mod:`deid_notes_heldout50` for how it was written and what it
holds).

These 12 notes hold 388 planted identifier parts in 328 (kind, parts) entries and 180 clinical strings. Positions
below are those in the combined ``NOTES``:
12, Scotland, Argyll and Bute (Isle of Mull: Dervaig, Calgary, Tobermory, Salen, Craignure; Oban): an Adult Support
and Protection inter-agency referral for suspected financial harm, with a CHI number, a Gaelic house name, a bank sort
code and account number, a police incident number, a Facebook handle, the Mòd week, a place that shares its name with a
Canadian city (Calgary), a lodger whose surname is an everyday word, an e-mail address and a GMC number;
13, India, Punjab, Bathinda district (Rampura Phul, Kot Shamir): an outpatient opioid assisted treatment clinic
enrolment card (Punjabi, Gurmukhi), with dates in Gurmukhi digits, an Aadhaar number, a PIN code, a refinery named
after
a person as workplace, a truck's registration, a sister and a friend whose names are everyday words, Vaisakhi and a PMC
registration number;
14, Canada, Prince Edward Island (Souris, Red Point, Basin Head, Harmony Junction; Charlottetown): a paramedic patient
care report for cold water immersion hypothermia on Setting Day, with a run number, an ambulance plate, a PEI health
number, a civic address and postal code, a fishing vessel's registration, a monitor serial number, places that are
everyday words (Harmony Junction, Red Point) and a paramedic registration number;
15, Lithuania, Klaipėda County (Gargždai, Juodkrantė; Klaipėda; Palanga): a medical documents extract (form 027/a)
after
tick-borne encephalitis (Lithuanian), with an asmens kodas, dates with genitive month names, Joninės, a forestry
enterprise as workplace, names in declined forms (a dative, married -ienė surnames), postcodes, an e-mail address and a
stamp number;
16, Liberia, Nimba County (Ganta, Flumpa, Saclepea, Sanniquellie; Tappita): a facility maternal death review form
(MDSR), with an MDSR case ID, a hospital number, a motorbike plate, Decoration Day, a baby's name that is an everyday
word (Miracle), phone numbers, an e-mail address and an LMDC licence;
17, Slovakia, Prešov Region (Bardejov, Zborov; Prešov): a proposal for spa treatment after a hip replacement (Slovak),
with a rodné číslo (also the insurance number), a maiden name, a surname from an everyday word (Holubová), spaced
dotted
dates, Dušičky (All Souls), doctor and provider codes, a hospital named after a person, spas as facilities, an e-mail
address and the insurer's decision number;
18, Australia, South Australia (Coober Pedy, Crowders Gully, Glendambo, Lake Hart, Woomera; Port Augusta): a compulsory
blood test record after a road crash, with a Medicare number, a dugout address, a car rego, a blood test kit serial
number, a police ID, a hotel, a police station and an AHPRA number;
19, Kosovo, Prizren region (Dragash: Restelicë, Zhur; Prizren; Prishtina): a rabies post-exposure prophylaxis card
(Albanian), with an Albanian month name and a dotted date for every dose, a personal number, vaccine and immunoglobulin
lot numbers, a dairy as workplace, a hospital named after a person, a mountain range, a nurse whose given name is an
everyday word (Drita) and a licence number;
20, USA, North Dakota (Williston, Alexander, Arnegard; Minneapolis): an emergency department frostbite thrombolysis
protocol checklist with a tele-burn consult, with a Louisiana driver licence, a WSI claim number, a crew camp and an
oilfield services firm, a pickup's plate, MLK Day, a town that is a given name (Alexander), a telehealth session URL, a
camera IP address, a fax number, an ND licence and an NPI;
21, Spain, Galicia, A Mariña (Foz, Fazouro, Burela; Lugo): a nursing care continuity report at hospital discharge
(Galician), with a DNI, a NASS number, a floor and door address, postcodes, a key-safe code, an oxygen concentrator
serial number, Galician month names, Día de Reis, a patient and a daughter whose names are everyday words (Dores,
Rosa),
an e-mail address and a nursing college number;
22, Anguilla (The Valley, The Quarter, Island Harbour, Sandy Ground, Blowing Point): an emergency shelter nurse's log
during a hurricane, with log lines carrying the nurse's initials, a school named after a person as the shelter, a
shelter registration URL, a social security number, an Instagram handle, the territory's postcode, surnames that are
everyday words (Banks, Lake), places that are everyday words and a nursing council number;
23, Philippines, Batangas (Lipa City: Barangay Tambo; Taal; Batangas City): discharge instructions for the family after
a stroke (Tagalog), with Filipino month names, a purok and barangay address, PhilHealth and senior citizen ID numbers,
nicknames that are everyday words (Boy, Bing), a rehabilitation service's Facebook page URL, Undas and a PRC licence
number.
Entries per kind here: LOCATION 68, NAME 67, DATE 46, HOSPITAL 27, PHONE 23, ID 21, POSTCODE 16, ADDRESS 14, LICENCE
14, MRN 8, PLATE 6, EMAIL 5, SERIAL 5, URL 3, HANDLE 2, CODE 1, FAX 1, IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Scotland, Argyll and Bute (Isle of Mull: Dervaig, Calgary, Tobermory, Salen, Craignure; Oban): Adult
    #   Support and Protection inter-agency referral (financial harm)
    ("ADULT SUPPORT AND PROTECTION - INTER-AGENCY REFERRAL (AP1)\n"
     "To: Adult Protection Team, Argyll and Bute HSCP, Lorn House, Albany Street, Oban PA34 4AW\n"
     "From: Dr Morven Sinclair-Batty, GP, Isle of Mull Medical Practice, Tobermory | 01688 302418 | "
     "morven.sinclair-batty@nhs.scot\n"
     "Date of referral: 04/11/2025 | Referred under the Adult Support and Protection (Scotland) Act 2007\n"
     "\n"
     "Adult at risk: Mr Hector Lamont-MacPhail | DOB 11/03/1941 | CHI 1103414178\n"
     "Address: Tigh na Mara, Dervaig, Isle of Mull PA75 6QR | tel 01688 400731\n"
     "Lives alone since his wife died; retired shepherd (Calgary estate). Nephew Kenneth Lamont in Glasgow is the "
     "only family; no Power of Attorney registered.\n"
     "\n"
     "Concern: suspected financial harm. Since the Mòd week he has had a \"lodger\", Dean Saddler (about 30, from "
     "off the island), who drives him to the Co-op in Tobermory and the Post Office in Salen on pension day. The "
     "district nurse found Mr Lamont-MacPhail's bank card and PIN written on a note in Dean's van. The Bank of "
     "Scotland branch (Tobermory) called me on 31/10/2025: £6,400 withdrawn in three weeks from his account (sort "
     "code 80-22-60, account 10418273), including a transfer \"for the car\". Dean advertises on Facebook as "
     "@deano_mull_drives. Mr Lamont-MacPhail says Dean is \"a good lad\" but could not tell me what the money was "
     "for.\n"
     "\n"
     "Health: vascular dementia (diagnosed by Old Age Psychiatry at Lorn and Islands Hospital), Montreal Cognitive "
     "Assessment (MoCA) 19/30 today; COPD; hypertension. His dosette box has been untouched for several days; BP "
     "168/94. Weight down 4 kg. He is not eating properly.\n"
     "Capacity: I doubt he has capacity to manage his finances; he could not retain or weigh the information about "
     "the withdrawals (Adults with Incapacity (Scotland) Act 2000 assessment to follow).\n"
     "The three-point test: he is unable to safeguard his property and interests; he is at risk of harm; because "
     "of his dementia he is more vulnerable.\n"
     "\n"
     "Action so far: Police Scotland informed - incident PS-20251104-0418 (PC Euan Lachlan, Craignure). Respite "
     "bed offered at the Mull and Iona Community Hospital, Craignure - he declined. District nurse visiting daily "
     "this week.\n"
     "Request: inquiry under section 4, with a view to a banning order if needed.\n"
     "\n"
     "Signed: Morven Sinclair-Batty, GMC 7041826",
     [("HOSPITAL", ["Argyll and Bute HSCP"]), ("ADDRESS", ["Lorn House, Albany Street"]), ("LOCATION", ["Oban"]),
      ("POSTCODE", ["PA34 4AW"]), ("NAME", ["Morven", "Sinclair-Batty"]),
      ("HOSPITAL", ["Isle of Mull Medical Practice"]), ("LOCATION", ["Tobermory"]), ("PHONE", ["01688 302418"]),
      ("EMAIL", ["morven.sinclair-batty@nhs.scot"]), ("DATE", ["04/11/2025"]),
      ("NAME", ["Hector", "Lamont-MacPhail"]), ("DATE", ["11/03/1941"]), ("ID", ["1103414178"]),
      ("ADDRESS", ["Tigh na Mara"]), ("LOCATION", ["Dervaig"]), ("LOCATION", ["Isle of Mull"]),
      ("POSTCODE", ["PA75 6QR"]), ("PHONE", ["01688 400731"]), ("LOCATION", ["Calgary"]),
      ("NAME", ["Kenneth", "Lamont"]), ("LOCATION", ["Glasgow"]), ("DATE", ["Mòd week"]),
      ("NAME", ["Dean", "Saddler"]), ("LOCATION", ["Salen"]), ("DATE", ["31/10/2025"]), ("ID", ["80-22-60"]),
      ("ID", ["10418273"]), ("HANDLE", ["@deano_mull_drives"]), ("HOSPITAL", ["Lorn and Islands Hospital"]),
      ("ID", ["PS-20251104-0418"]), ("NAME", ["Euan", "Lachlan"]), ("LOCATION", ["Craignure"]),
      ("HOSPITAL", ["Mull and Iona Community Hospital"]), ("LICENCE", ["7041826"])],
     ["Adult Support and Protection (Scotland) Act 2007", "vascular dementia", "Old Age Psychiatry",
      "Montreal Cognitive Assessment (MoCA) 19/30", "COPD", "dosette box", "BP 168/94", "Weight down 4 kg",
      "Adults with Incapacity (Scotland) Act 2000", "The three-point test", "section 4", "banning order",
      "hypertension", "retain or weigh the information", "financial harm"]),

    # 13 - India, Punjab, Bathinda district (Rampura Phul, Kot Shamir; Bathinda): outpatient opioid assisted treatment
    #   (OOAT) clinic enrolment card (Punjabi, Gurmukhi digits)
    ("ਪੰਜਾਬ ਸਰਕਾਰ - ਸਿਹਤ ਅਤੇ ਪਰਿਵਾਰ ਭਲਾਈ ਵਿਭਾਗ\n"
     "ਓ.ਓ.ਏ.ਟੀ. ਕਲੀਨਿਕ (Outpatient Opioid Assisted Treatment), ਸਿਵਲ ਹਸਪਤਾਲ ਰਾਮਪੁਰਾ ਫੂਲ, ਜ਼ਿਲ੍ਹਾ ਬਠਿੰਡਾ\n"
     "ਦਾਖਲਾ ਕਾਰਡ          ਰਜਿਸਟ੍ਰੇਸ਼ਨ ਨੰ: OOAT/BTI/2025/04183          ਮਿਤੀ: ੧੪/੦੪/੨੦੨੫\n"
     "\n"
     "ਨਾਮ: ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਸਿੱਧੂ     ਪਿਤਾ ਦਾ ਨਾਮ: ਬਲਵਿੰਦਰ ਸਿੰਘ     ਉਮਰ: 27 ਸਾਲ     ਲਿੰਗ: ਪੁਰਸ਼\n"
     "ਆਧਾਰ ਨੰ: 5271 8406 3925 (ਬਾਇਓਮੈਟ੍ਰਿਕ ਤਸਦੀਕ ਹੋ ਗਈ)\n"
     "ਪਤਾ: ਪਿੰਡ ਕੋਟ ਸ਼ਮੀਰ, ਡਾਕਖਾਨਾ ਕੋਟ ਸ਼ਮੀਰ, ਜ਼ਿਲ੍ਹਾ ਬਠਿੰਡਾ - 151101\n"
     "ਮੋਬਾਈਲ: 98154 27306 (ਮਾਤਾ ਸੁਰਜੀਤ ਕੌਰ)\n"
     "ਕੰਮ: ਟਰੱਕ ਡਰਾਈਵਰ, ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ ਰਿਫਾਇਨਰੀ ਲਈ ਟੈਂਕਰ ਚਲਾਉਂਦਾ ਹੈ (ਟਰੱਕ ਨੰ. PB03 AK 4182)।\n"
     "\n"
     "ਨਸ਼ੇ ਦਾ ਇਤਿਹਾਸ: 19 ਸਾਲ ਦੀ ਉਮਰ ਤੋਂ ਭੁੱਕੀ (ਪੋਸਤ), ਫਿਰ ਹੈਰੋਇਨ (ਚਿੱਟਾ) ਪਿਛਲੇ 4 ਸਾਲਾਂ ਤੋਂ, ਹੁਣ ਟੀਕੇ ਨਾਲ (IDU), "
     "ਦਿਨ ਵਿੱਚ 2-3 ਵਾਰ। ਸਾਂਝੀਆਂ ਸੂਈਆਂ ਮੰਨਦਾ ਹੈ। ਪਹਿਲਾਂ ਇੱਕ ਨਸ਼ਾ ਛੁਡਾਊ ਕੇਂਦਰ ਵਿੱਚ 2 ਹਫ਼ਤੇ ਰਿਹਾ, ਵਾਪਸ ਆ ਕੇ ਫਿਰ "
     "ਸ਼ੁਰੂ। ਭੈਣ ਅਮਨ ਅਤੇ ਦੋਸਤ ਕਾਕਾ ਨਾਲ ਆਇਆ; ਵਿਸਾਖੀ ਦੇ ਮੇਲੇ ਤੋਂ ਬਾਅਦ ਛੱਡਣ ਦਾ ਫੈਸਲਾ ਕੀਤਾ।\n"
     "ਜਾਂਚ: ਬਾਹਾਂ ਉੱਤੇ ਟੀਕਿਆਂ ਦੇ ਨਿਸ਼ਾਨ, ਖੱਬੀ ਕੂਹਣੀ ਉੱਤੇ ਫੋੜਾ ਨਹੀਂ। ਪੁਤਲੀਆਂ ਫੈਲੀਆਂ, ਨੱਕ ਵਗਣਾ, ਉਬਾਸੀਆਂ - COWS ਸਕੋਰ "
     "14 (ਦਰਮਿਆਨਾ)।\n"
     "ਟੈਸਟ: ਪਿਸ਼ਾਬ ਜਾਂਚ - Morphine ਪਾਜ਼ੇਟਿਵ, Tramadol ਪਾਜ਼ੇਟਿਵ; HIV 1/2 ਨੈਗੇਟਿਵ; Anti-HCV ਪਾਜ਼ੇਟਿਵ (HCV RNA ਲਈ "
     "ਨਮੂਨਾ ਭੇਜਿਆ); HBsAg ਨੈਗੇਟਿਵ।\n"
     "ਇਲਾਜ: Buprenorphine-Naloxone 2/0.5 mg ਜੀਭ ਹੇਠ, ਪਹਿਲੇ ਦਿਨ 4 mg, ਫਿਰ 8 mg ਰੋਜ਼ਾਨਾ; ਖੁਰਾਕ ਕਲੀਨਿਕ ਵਿੱਚ ਸਟਾਫ਼ "
     "ਸਾਹਮਣੇ ਰੋਜ਼। HCV ਦੀ ਪੁਸ਼ਟੀ ਹੋਣ ਤੇ Sofosbuvir + Daclatasvir (ਮੁਫ਼ਤ ਇਲਾਜ ਸਕੀਮ)। ਕੌਂਸਲਿੰਗ ਹਰ ਹਫ਼ਤੇ। ਸਾਫ਼ ਸੂਈਆਂ "
     "ਅਤੇ Naloxone ਬਾਰੇ ਜਾਣਕਾਰੀ।\n"
     "ਅਗਲੀ ਮਿਤੀ: ੨੧/੦੪/੨੦੨੫\n"
     "\n"
     "ਮਨੋਰੋਗ ਮਾਹਿਰ: ਡਾ. ਹਰਜੋਤ ਕੌਰ ਬਰਾੜ (PMC ਰਜਿ. ਨੰ. 41827)\n"
     "ਕੌਂਸਲਰ: ਜਸਵਿੰਦਰ ਸਿੰਘ ਢਿੱਲੋਂ",
     [("HOSPITAL", ["ਸਿਵਲ ਹਸਪਤਾਲ ਰਾਮਪੁਰਾ ਫੂਲ"]), ("LOCATION", ["ਬਠਿੰਡਾ"]), ("MRN", ["OOAT/BTI/2025/04183"]),
      ("DATE", ["੧੪/੦੪/੨੦੨੫"]), ("NAME", ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ", "ਸਿੱਧੂ"]), ("NAME", ["ਬਲਵਿੰਦਰ ਸਿੰਘ"]),
      ("ID", ["5271 8406 3925"]), ("LOCATION", ["ਕੋਟ ਸ਼ਮੀਰ"]), ("POSTCODE", ["151101"]), ("PHONE", ["98154 27306"]),
      ("NAME", ["ਸੁਰਜੀਤ ਕੌਰ"]), ("LOCATION", ["ਗੁਰੂ ਗੋਬਿੰਦ ਸਿੰਘ ਰਿਫਾਇਨਰੀ"]), ("PLATE", ["PB03 AK 4182"]),
      ("NAME", ["ਅਮਨ"]), ("NAME", ["ਕਾਕਾ"]), ("DATE", ["ਵਿਸਾਖੀ"]), ("DATE", ["੨੧/੦੪/੨੦੨੫"]),
      ("NAME", ["ਹਰਜੋਤ ਕੌਰ", "ਬਰਾੜ"]), ("LICENCE", ["41827"]), ("NAME", ["ਜਸਵਿੰਦਰ ਸਿੰਘ", "ਢਿੱਲੋਂ"])],
     ["ਹੈਰੋਇਨ (ਚਿੱਟਾ)", "ਭੁੱਕੀ (ਪੋਸਤ)", "IDU", "COWS ਸਕੋਰ 14", "Morphine ਪਾਜ਼ੇਟਿਵ", "Tramadol ਪਾਜ਼ੇਟਿਵ",
      "HIV 1/2 ਨੈਗੇਟਿਵ", "Anti-HCV ਪਾਜ਼ੇਟਿਵ", "HCV RNA", "HBsAg ਨੈਗੇਟਿਵ", "Buprenorphine-Naloxone 2/0.5 mg",
      "Sofosbuvir + Daclatasvir", "Naloxone ਬਾਰੇ", "ਉਬਾਸੀਆਂ", "ਪੁਤਲੀਆਂ ਫੈਲੀਆਂ"]),

    # 14 - Canada, Prince Edward Island (Souris, Red Point, Basin Head, Harmony Junction; Charlottetown): paramedic
    #   patient care report, cold water immersion on Setting Day
    ("ISLAND EMS - PATIENT CARE REPORT (ePCR)\n"
     "Run no. 2025-0430-0418 | Unit 4-12 (plate GRH 418) | Crew: Brianne Doucette-Gallant (PCP), Kyle MacEachern "
     "(ACP)\n"
     "Date: 2025-04-30 (Setting Day) | PSAP 05:52 | At scene 06:09 | Depart 06:31 | At destination 07:24\n"
     "\n"
     "Patient: Leo Gaudet | M | 57 | DOB 1968-01-19 | PEI Health No. 41827306\n"
     "Home: 3418 Route 16, Souris PE C0A 2B0 | Wife Monique (902-555-0174) met us at the wharf.\n"
     "\n"
     "Chief complaint: cold water immersion.\n"
     "History: lobster fisherman, first morning of the season. Pulled overboard off Red Point by a trap line while "
     "setting gear; in the water about 12 minutes (wearing a PFD) before the crew hauled him back aboard (vessel "
     "reg. 841273); boat brought him in to the Souris wharf. No head strike per crew. Shivering stopped on the way "
     "in.\n"
     "Exam: GCS 14 (E4V4M6), confused to time. Skin cold, pale. Epitympanic temp 32.1 °C. HR 48 irregular, BP "
     "104/62, RR 12, SpO2 unreliable, EtCO2 33. BGL 7.2. Monitor (Zoll X Series, s/n AR18C041827): sinus "
     "bradycardia with Osborn waves (J waves) and AF runs. No trauma found on secondary survey.\n"
     "Impression: moderate accidental hypothermia (Swiss stage HT II) after immersion; risk of afterdrop and "
     "ventricular fibrillation.\n"
     "Treatment: handled gently and kept horizontal; wet clothing cut off; hypothermia wrap, chemical heat packs "
     "to the trunk only; warmed NS 40 °C 250 mL IV; O2 by NRB. No rewarming of the limbs. Pads on. Temp 32.4 °C on "
     "arrival.\n"
     "Destination: bypassed Souris Hospital after consult with the EHS medical oversight physician (Dr. Nadia "
     "Pellerin-Knox) - taken to the Queen Elizabeth Hospital, Charlottetown, for possible ECLS. Handover to RN "
     "Tamsin MacLure at 07:26.\n"
     "Route note: detour via Harmony Junction because of the works at Basin Head bridge.\n"
     "\n"
     "Signed: K. MacEachern, ACP | PEI Paramedic Reg. 1182",
     [("ID", ["2025-0430-0418"]), ("PLATE", ["GRH 418"]), ("NAME", ["Brianne", "Doucette-Gallant"]),
      ("NAME", ["Kyle", "MacEachern"]), ("DATE", ["2025-04-30"]), ("DATE", ["Setting Day"]),
      ("NAME", ["Leo", "Gaudet"]), ("DATE", ["1968-01-19"]), ("ID", ["41827306"]), ("ADDRESS", ["3418 Route 16"]),
      ("LOCATION", ["Souris"]), ("POSTCODE", ["C0A 2B0"]), ("NAME", ["Monique"]), ("PHONE", ["902-555-0174"]),
      ("LOCATION", ["Red Point"]), ("PLATE", ["841273"]), ("SERIAL", ["AR18C041827"]),
      ("HOSPITAL", ["Souris Hospital"]), ("NAME", ["Nadia", "Pellerin-Knox"]),
      ("HOSPITAL", ["Queen Elizabeth Hospital"]), ("LOCATION", ["Charlottetown"]), ("NAME", ["Tamsin", "MacLure"]),
      ("LOCATION", ["Harmony Junction"]), ("LOCATION", ["Basin Head"]), ("LICENCE", ["1182"])],
     ["cold water immersion", "PFD", "GCS 14 (E4V4M6)", "Epitympanic temp 32.1 °C", "EtCO2 33", "BGL 7.2",
      "Zoll X Series", "Osborn waves (J waves)", "Swiss stage HT II", "afterdrop", "ventricular fibrillation",
      "hypothermia wrap", "warmed NS 40 °C 250 mL IV", "ECLS", "sinus bradycardia"]),

    # 15 - Lithuania, Klaipėda County (Gargždai, Juodkrantė; Klaipėda): medical documents extract, form 027/a, after
    #   tick-borne encephalitis (Lithuanian)
    ("VšĮ Klaipėdos universitetinė ligoninė, Neurologijos skyrius\n"
     "Liepojos g. 41, LT-92288 Klaipėda, tel. +370 46 396 418\n"
     "MEDICINOS DOKUMENTŲ IŠRAŠAS / SIUNTIMAS (forma Nr. 027/a)\n"
     "\n"
     "Kam: šeimos gydytojai Ingai Petrauskienei, Gargždų pirminės sveikatos priežiūros centras\n"
     "Pacientas: Saulius Vaitkus, gim. 1979-06-12, a. k. 37906120417\n"
     "Adresas: Kvietinių g. 14-3, LT-96118 Gargždai, tel. +370 612 41827\n"
     "Darbovietė: VĮ Valstybinių miškų urėdija, Kretingos regioninis padalinys (eigulys)\n"
     "Ligos istorijos Nr. N-2025/07418\n"
     "Gydytas stacionare: nuo 2025 m. liepos 18 d. iki 2025 m. rugpjūčio 1 d.\n"
     "\n"
     "Diagnozė: Erkinis encefalitas, meningoencefalitinė forma (A84.1).\n"
     "Anamnezė: erkės įkandimas po Joninių, dirbant miške prie Juodkrantės; pirmoji karščiavimo banga prieš 3 "
     "savaites, po 8 dienų pagerėjimo - antroji banga su galvos skausmu, vėmimu, sumišimu. Nuo erkinio encefalito "
     "neskiepytas (nei FSME-IMMUN, nei Encepur).\n"
     "Objektyviai atvykus: Glasgow komų skalė 13, sprando raumenų rigidiškumas, Kernigo simptomas teigiamas, "
     "Brudzinskio simptomas neigiamas, ataksija, dešinės rankos tremoras.\n"
     "Tyrimai: likvoras - pleocitozė 148 ląstelės/µl (limfocitai 80 %), baltymas 0,92 g/l; TBE IgM ir IgG serume "
     "ir likvore teigiami; Laimo borreliozės antikūnai neigiami. Galvos smegenų MRT: T2 hiperintensiniai židiniai "
     "talamuose.\n"
     "Gydymas: simptominis - infuzinė terapija, paracetamolis, metamizolis; deksametazono neskirta. Ligonis "
     "stebėtas dėl kvėpavimo sutrikimų - nereikėjo.\n"
     "Būklė išrašant: sąmoningas, orientuotas; lieka lengva ataksija ir nuovargis; MoCA 25/30.\n"
     "Rekomendacijos: nedarbingumo pažymėjimas pratęsiamas 4 savaitėms; neurologo konsultacija po 6 savaičių; "
     "reabilitacija Palangos reabilitacijos ligoninėje (siuntimas išduotas); šeimos nariams rekomenduota "
     "skiepytis. Žmona Giedrė Vaitkienė informuota (tel. +370 686 20394).\n"
     "Apie erkinio encefalito atvejį pranešta Nacionalinio visuomenės sveikatos centro Klaipėdos departamentui.\n"
     "\n"
     "Gydytoja neurologė Rūta Daukantienė, spaudo Nr. MPL-18427, el. p. ruta.daukantiene@kul.lt\n"
     "2025-08-01",
     [("HOSPITAL", ["Klaipėdos universitetinė ligoninė"]), ("ADDRESS", ["Liepojos g. 41"]),
      ("POSTCODE", ["LT-92288"]), ("LOCATION", ["Klaipėda"]), ("PHONE", ["+370 46 396 418"]),
      ("NAME", ["Ingai", "Petrauskienei"]), ("HOSPITAL", ["Gargždų pirminės sveikatos priežiūros centras"]),
      ("NAME", ["Saulius", "Vaitkus"]), ("DATE", ["1979-06-12"]), ("ID", ["37906120417"]),
      ("ADDRESS", ["Kvietinių g. 14-3"]), ("POSTCODE", ["LT-96118"]), ("LOCATION", ["Gargždai"]),
      ("PHONE", ["+370 612 41827"]), ("LOCATION", ["Kretingos regioninis padalinys"]), ("MRN", ["N-2025/07418"]),
      ("DATE", ["2025 m. liepos 18 d."]), ("DATE", ["2025 m. rugpjūčio 1 d."]), ("DATE", ["Joninių"]),
      ("LOCATION", ["Juodkrantės"]), ("HOSPITAL", ["Palangos reabilitacijos ligoninėje"]),
      ("NAME", ["Giedrė", "Vaitkienė"]), ("PHONE", ["+370 686 20394"]), ("LOCATION", ["Klaipėdos departamentui"]),
      ("NAME", ["Rūta", "Daukantienė"]), ("LICENCE", ["MPL-18427"]), ("EMAIL", ["ruta.daukantiene@kul.lt"]),
      ("DATE", ["2025-08-01"])],
     ["Erkinis encefalitas", "A84.1", "FSME-IMMUN", "Encepur", "Glasgow komų skalė 13", "Kernigo simptomas teigiamas",
      "Brudzinskio simptomas neigiamas", "ataksija", "pleocitozė 148 ląstelės/µl", "baltymas 0,92 g/l",
      "TBE IgM ir IgG", "Laimo borreliozės antikūnai neigiami", "T2 hiperintensiniai židiniai talamuose",
      "MoCA 25/30", "metamizolis"]),

    # 16 - Liberia, Nimba County (Ganta, Flumpa, Saclepea, Sanniquellie; Tappita): facility maternal death review form
    #   (MDSR)
    ("REPUBLIC OF LIBERIA - MINISTRY OF HEALTH\n"
     "Ganta United Methodist Hospital, Ganta, Nimba County\n"
     "MATERNAL DEATH SURVEILLANCE AND RESPONSE (MDSR) - FACILITY-BASED MATERNAL DEATH REVIEW FORM\n"
     "MDSR case ID: LR-NIM-2025-MD-007 | Hospital no. GUMH/MAT/25/0418 | Review meeting: March 20, 2025\n"
     "\n"
     "1. Deceased: Garmai Zuo | Age 24 | G3P3 | Residence: Flumpa Town, Saclepea-Mah District\n"
     "Husband: Peter Kou Gonleh (rubber tapper, Gbedin), phone 0886 418 273\n"
     "2. Date and time of death: March 13, 2025, 04:50, on the maternity ward.\n"
     "3. Summary of events:\n"
     "Delivered at home on the evening of March 12 (Decoration Day) with a trained traditional midwife, Ma Kebeh "
     "Sonpon; baby girl alive (named Miracle, now with the grandmother). Placenta not delivered and heavy "
     "bleeding. Family looked for transport for about 3 hours; taken by motorbike (plate MC 41-827) to Flumpa "
     "Clinic, where the OIC gave oxytocin 10 IU IM and misoprostol 800 mcg, put on the NASG and referred. Arrived "
     "here at 02:15: unconscious, pale, BP 60/30, pulse thready 140, Hb 3.2 g/dL, blood group O positive. Retained "
     "placenta with uterine atony. Bimanual compression, manual removal of placenta under ketamine, IV fluids, "
     "second oxytocin infusion. Only one unit of blood available; walking blood donors called (husband's brother "
     "matched, arrived too late). Cardiac arrest 04:30; CPR unsuccessful.\n"
     "4. Cause of death: obstetric haemorrhage - postpartum haemorrhage due to retained placenta and uterine atony "
     "(ICD-MM Group 5). Contributing: severe anaemia in pregnancy, grand-multipara in 3 years.\n"
     "5. Three delays model: Delay 1 - home birth, late decision; Delay 2 - no transport at night, bad road in "
     "rainy season; Delay 3 - blood shortage on arrival.\n"
     "6. Avoidable: yes.\n"
     "7. Actions: (a) community ambulance plan with the Flumpa town chief and motorbike union; (b) blood donor "
     "drive with the Nimba County Health Team before the rains; (c) refresher for the TTMs on danger signs and "
     "facility delivery; (d) discussed at the monthly county review in Sanniquellie; copy to the referral hospital "
     "at Tappita.\n"
     "Reviewed by: Dr. Josephine Barclay-Nyanfor, OB/GYN (LMDC/FP/1842), chair; Rebecca Mahn, CM, matron; Alvin "
     "Saye, CHT MDSR focal person (0777 827 306, nimba.mdsr.cht@gmail.com).",
     [("HOSPITAL", ["Ganta United Methodist Hospital"]), ("LOCATION", ["Ganta"]), ("ID", ["LR-NIM-2025-MD-007"]),
      ("MRN", ["GUMH/MAT/25/0418"]), ("DATE", ["March 20, 2025"]), ("NAME", ["Garmai", "Zuo"]),
      ("LOCATION", ["Flumpa"]), ("LOCATION", ["Saclepea-Mah District"]), ("NAME", ["Peter Kou", "Gonleh"]),
      ("LOCATION", ["Gbedin"]), ("PHONE", ["0886 418 273"]), ("DATE", ["March 13, 2025"]), ("DATE", ["March 12"]),
      ("DATE", ["Decoration Day"]), ("NAME", ["Kebeh", "Sonpon"]), ("NAME", ["Miracle"]), ("PLATE", ["MC 41-827"]),
      ("HOSPITAL", ["Flumpa Clinic"]), ("LOCATION", ["Sanniquellie"]), ("LOCATION", ["Tappita"]),
      ("NAME", ["Josephine", "Barclay-Nyanfor"]), ("LICENCE", ["LMDC/FP/1842"]), ("NAME", ["Rebecca", "Mahn"]),
      ("NAME", ["Alvin", "Saye"]), ("PHONE", ["0777 827 306"]), ("EMAIL", ["nimba.mdsr.cht@gmail.com"])],
     ["G3P3", "oxytocin 10 IU IM", "misoprostol 800 mcg", "NASG", "Hb 3.2 g/dL", "blood group O positive",
      "Retained placenta", "uterine atony", "Bimanual compression", "manual removal of placenta",
      "walking blood donors", "obstetric haemorrhage", "ICD-MM Group 5", "Three delays model", "grand-multipara"]),

    # 17 - Slovakia, Prešov Region (Bardejov, Bardejovské Kúpele, Zborov; Prešov): proposal for spa treatment after a
    #   hip replacement (Slovak)
    ("NÁVRH NA KÚPEĽNÚ STAROSTLIVOSŤ\n"
     "Zdravotná poisťovňa: Všeobecná zdravotná poisťovňa, a.s., kód 25 - pobočka Prešov\n"
     "Poistenec: Mária Holubová, rod. Vargová\n"
     "Rodné číslo / číslo poistenca: 545308/4186\n"
     "Trvalý pobyt: Kláštorská 12, 085 01 Bardejov     Tel.: +421 905 418 273\n"
     "Kontaktná osoba: dcéra Jana Semanová, Zborov, jana.semanova@centrum.sk\n"
     "\n"
     "Navrhujúci lekár: MUDr. Ľubomír Kačmarčík, ortopéd\n"
     "Ortopedická ambulancia, Poliklinika Bardejov, Sv. Jakuba 21, 085 01 Bardejov\n"
     "Kód lekára: A57418203     Kód PZS: P57418203201     Tel. ambulancie: 054/472 18 36\n"
     "\n"
     "Diagnóza: Z96.6 - prítomnosť ortopedického kĺbového implantátu; M16.1 - primárna koxartróza ľavého bedrového "
     "kĺbu\n"
     "Indikačná skupina: VII/11 (stav po implantácii TEP bedrového kĺbu), kúpeľná starostlivosť kategórie A - "
     "nástup do 3 mesiacov od operácie\n"
     "Navrhované kúpele: Bardejovské Kúpele a.s. (alternatívne Kúpele Piešťany)\n"
     "\n"
     "Anamnéza: 71-ročná dôchodkyňa, predtým učiteľka v ZŠ Zborov. Koxartróza III. st. podľa Kellgrena a Lawrencea "
     "vľavo s bolesťami v pokoji, kríva, chôdza max. 300 m. Dňa 22. 9. 2025 implantovaná necementovaná TEP ľavého "
     "bedrového kĺbu na Ortopedickej klinike Fakultnej nemocnice J. A. Reimana Prešov. Pooperačný priebeh bez "
     "komplikácií, rana zhojená per primam. Profylaxia TEN: Clexane 0,4 ml s.c. 35 dní.\n"
     "Súčasný stav (10. 10. 2025): chôdza s dvomi francúzskymi barlami, s čiastočným zaťažením ĽDK, flexia v "
     "bedrovom kĺbe 90°, abdukcia 25°, Trendelenburgov príznak negatívny. WOMAC 48. Artériová hypertenzia "
     "kompenzovaná (Prestarium Neo 5 mg), osteoporóza (Ca + vit. D3).\n"
     "Sebaobsluha: samostatná, doma s manželom. Schopná absolvovať kúpeľnú liečbu bez sprievodu.\n"
     "Cieľ liečby: zlepšenie chôdze a svalovej sily, odbúranie barlí.\n"
     "Pacientka žiada nástup po Dušičkách.\n"
     "\n"
     "V Bardejove, 10. 10. 2025\n"
     "MUDr. Ľubomír Kačmarčík, pečiatka a podpis\n"
     "Vyjadrenie revízneho lekára ZP: schválené, číslo rozhodnutia 25/KS/2025/041827",
     [("LOCATION", ["pobočka Prešov"]), ("NAME", ["Mária", "Holubová", "Vargová"]), ("ID", ["545308/4186"]),
      ("ADDRESS", ["Kláštorská 12"]), ("POSTCODE", ["085 01"]), ("LOCATION", ["Bardejov"]),
      ("PHONE", ["+421 905 418 273"]), ("NAME", ["Jana", "Semanová"]), ("LOCATION", ["Zborov"]),
      ("EMAIL", ["jana.semanova@centrum.sk"]), ("NAME", ["Ľubomír", "Kačmarčík"]),
      ("HOSPITAL", ["Poliklinika Bardejov"]), ("ADDRESS", ["Sv. Jakuba 21"]), ("LICENCE", ["A57418203"]),
      ("LICENCE", ["P57418203201"]), ("PHONE", ["054/472 18 36"]), ("HOSPITAL", ["Bardejovské Kúpele a.s."]),
      ("HOSPITAL", ["Kúpele Piešťany"]), ("LOCATION", ["ZŠ Zborov"]), ("DATE", ["22. 9. 2025"]),
      ("HOSPITAL", ["Fakultnej nemocnice J. A. Reimana Prešov"]), ("DATE", ["10. 10. 2025"]), ("DATE", ["Dušičkách"]),
      ("LOCATION", ["Bardejove"]), ("ID", ["25/KS/2025/041827"])],
     ["Z96.6", "M16.1 - primárna koxartróza", "VII/11", "TEP bedrového kĺbu", "kategórie A",
      "podľa Kellgrena a Lawrencea", "necementovaná TEP", "per primam", "Clexane 0,4 ml s.c.",
      "Trendelenburgov príznak negatívny", "WOMAC 48", "Prestarium Neo 5 mg", "flexia v bedrovom kĺbe 90°",
      "francúzskymi barlami", "Ca + vit. D3"]),

    # 18 - Australia, South Australia (Coober Pedy, Crowders Gully, Glendambo, Lake Hart; Port Augusta): compulsory
    #   blood test record after a road crash
    ("Port Augusta Hospital - Emergency Department\n"
     "Hospital Road, Port Augusta SA 5700 | ED (08) 8648 5418\n"
     "COMPULSORY BLOOD TEST OF A ROAD CRASH VICTIM - Road Traffic Act 1961 (SA), Schedule 1\n"
     "Date: 17/06/2025 | UR 2290417\n"
     "\n"
     "Patient: Mr Dragan Jovanović | DOB 04/09/1978 | Medicare 5271 84063 1\n"
     "Address: Dugout 14, Crowders Gully Road, Coober Pedy SA 5723 | mobile 0418 827 306\n"
     "Occupation: opal miner (own claim), drives the Stuart Highway to Port Augusta monthly for supplies.\n"
     "\n"
     "Circumstances (from SAPOL): single-vehicle rollover of a Toyota HiLux ute (SA rego S 418 KRT) on the Stuart "
     "Highway about 20 km south of Glendambo, near the Lake Hart rest area, at approx. 21:40 on 16/06/2025. "
     "Driver, restrained. Taken by SA Ambulance from the scene, first to the Woomera health clinic, then here. "
     "Arrived 02:10.\n"
     "Clinical: GCS 15; seatbelt sign across the chest; left 3rd-5th rib fractures on CXR, no pneumothorax; FAST "
     "negative; cleared clinically by the Canadian C-spine rule and NEXUS criteria; laceration left forearm, "
     "sutured (6 x 4-0 nylon). Breath smells of alcohol.\n"
     "Blood sample: taken by me at 02:35 on 17/06/2025, within 8 hours of the crash, from the right antecubital "
     "fossa, skin cleaned with a non-alcoholic (aqueous chlorhexidine) swab, into the two grey-top fluoride "
     "oxalate tubes of SAPOL blood test kit serial no. BTK0418273; kit sealed in the presence of the patient and "
     "witness. Sample A handed to Senior Constable Dale Quartermaine (ID PD41827), Coober Pedy Police Station, at "
     "02:50 for Forensic Science SA; sample B given to the patient as required.\n"
     "Patient informed that the sample is taken by law and that the result may be used in proceedings. He said he "
     "had \"two stubbies at the Opal Inn\".\n"
     "Other results: serum ethanol (clinical lab) 18 mmol/L.\n"
     "Disposition: admitted for analgesia (rib fracture pathway; PCA fentanyl). Partner Snežana Jovanović notified "
     "by phone.\n"
     "\n"
     "Medical practitioner: Dr Saoirse Tjandra-Walsh, ED Registrar | AHPRA MED0001827364\n"
     "Witness: RN Kylie Mbatha",
     [("HOSPITAL", ["Port Augusta Hospital"]), ("ADDRESS", ["Hospital Road"]), ("LOCATION", ["Port Augusta"]),
      ("POSTCODE", ["5700"]), ("PHONE", ["(08) 8648 5418"]), ("DATE", ["17/06/2025"]), ("MRN", ["2290417"]),
      ("NAME", ["Dragan", "Jovanović"]), ("DATE", ["04/09/1978"]), ("ID", ["5271 84063 1"]),
      ("ADDRESS", ["Dugout 14, Crowders Gully Road"]), ("LOCATION", ["Coober Pedy"]), ("POSTCODE", ["5723"]),
      ("PHONE", ["0418 827 306"]), ("PLATE", ["S 418 KRT"]), ("LOCATION", ["Glendambo"]), ("LOCATION", ["Lake Hart"]),
      ("DATE", ["16/06/2025"]), ("HOSPITAL", ["Woomera health clinic"]), ("SERIAL", ["BTK0418273"]),
      ("NAME", ["Dale", "Quartermaine"]), ("ID", ["PD41827"]), ("LOCATION", ["Coober Pedy Police Station"]),
      ("LOCATION", ["Opal Inn"]), ("NAME", ["Snežana"]), ("NAME", ["Saoirse", "Tjandra-Walsh"]),
      ("LICENCE", ["MED0001827364"]), ("NAME", ["Kylie", "Mbatha"])],
     ["Road Traffic Act 1961 (SA), Schedule 1", "GCS 15", "seatbelt sign", "left 3rd-5th rib fractures",
      "no pneumothorax", "FAST negative", "Canadian C-spine rule", "NEXUS criteria", "6 x 4-0 nylon",
      "aqueous chlorhexidine", "grey-top fluoride oxalate tubes", "serum ethanol (clinical lab) 18 mmol/L",
      "PCA fentanyl", "antecubital fossa", "Toyota HiLux"]),

    # 19 - Kosovo, Prizren region (Dragash, Restelicë, Zhur; Prizren; Prishtina): rabies post-exposure prophylaxis
    #   card (Albanian)
    ("REPUBLIKA E KOSOVËS - Ministria e Shëndetësisë\n"
     "Qendra Rajonale e Shëndetit Publik Prizren - Shërbimi i Epidemiologjisë\n"
     "Spitali Regjional \"Prim. Dr. Daut Mustafa\", 20000 Prizren, tel. +383 29 244 718\n"
     "KARTELA E PROFILAKSISË PAS EKSPOZIMIT NDAJ TËRBIMIT\n"
     "Nr. i kartelës: QRShP-PZ/2025/0187          Data: 12 gusht 2025\n"
     "\n"
     "Pacienti: Arbër Krasniqi     Gjinia: M     Datëlindja: 03.02.1991     Numri personal: 1241870936\n"
     "Vendbanimi: fshati Restelicë, komuna e Dragashit     Tel.: +383 49 276 518\n"
     "Profesioni: bari (kullot delet në Malet e Sharrit për bulmetoren \"Bjeshka\")\n"
     "\n"
     "Ekspozimi: më 11.08.2025 rreth orës 19:00 në kullotë mbi Zhur, kafshim nga një dhelpër që sulmoi qentë e "
     "stanit; plagë e thellë në kyçin e dorës së majtë dhe gërvishtje në gisht. Plaga u lau vetëm me ujë. Dhelpra "
     "u vra nga qentë; koka u dërgua në laboratorin e Agjencisë së Ushqimit dhe Veterinarisë në Prishtinë (nga "
     "veterineri Ilir Gashi).\n"
     "Kategoria e ekspozimit: Kategoria III (OBSH).\n"
     "Ndërhyrja më 12.08.2025:\n"
     "- pastrim i plagës me ujë e sapun 15 minuta dhe povidon jod; plaga nuk u qep;\n"
     "- imunoglobulinë humane kundër tërbimit (HRIG) 20 IU/kg - 1500 IU, infiltruar rreth plagës, Lot HR-2291;\n"
     "- vaksina Verorab 0,5 ml IM në deltoid, Lot S1D90247, skema Essen (0, 3, 7, 14, 28);\n"
     "- ATT (anatoksinë tetanike) 0,5 ml; Amoksicilinë me acid klavulanik 875/125 mg 2 herë në ditë, 5 ditë.\n"
     "\n"
     "Skema e dozave:\n"
     "Dita 0 - 12.08.2025 (dhënë)   Dita 3 - 15.08.2025   Dita 7 - 19.08.2025   Dita 14 - 26.08.2025   Dita 28 - "
     "09.09.2025\n"
     "Rezultati i laboratorit (14.08.2025): imunofluoreshencë e drejtpërdrejtë (DFA) në indin e trurit të dhelprës "
     "- POZITIVE; trupat e Negrit të pranishëm. Skema duhet të përfundohet pa ndërprerje.\n"
     "Nëse nuk vjen në termin, infermierja Drita Kastrati e thërret vëllanë e tij, Besnik (+383 44 918 362).\n"
     "\n"
     "Mjekja: Dr. Valbona Berisha-Hoxha, epidemiologe - Licenca nr. 07-2281",
     [("LOCATION", ["Qendra Rajonale e Shëndetit Publik Prizren"]), ("HOSPITAL", ["Prim. Dr. Daut Mustafa"]),
      ("POSTCODE", ["20000"]), ("LOCATION", ["Prizren"]), ("PHONE", ["+383 29 244 718"]),
      ("MRN", ["QRShP-PZ/2025/0187"]), ("DATE", ["12 gusht 2025"]), ("NAME", ["Arbër", "Krasniqi"]),
      ("DATE", ["03.02.1991"]), ("ID", ["1241870936"]), ("LOCATION", ["Restelicë"]), ("LOCATION", ["Dragashit"]),
      ("PHONE", ["+383 49 276 518"]), ("LOCATION", ["Bjeshka"]), ("LOCATION", ["Malet e Sharrit"]),
      ("DATE", ["11.08.2025"]), ("LOCATION", ["Zhur"]), ("LOCATION", ["Prishtinë"]), ("NAME", ["Ilir", "Gashi"]),
      ("DATE", ["12.08.2025"]), ("SERIAL", ["HR-2291"]), ("SERIAL", ["S1D90247"]), ("DATE", ["15.08.2025"]),
      ("DATE", ["19.08.2025"]), ("DATE", ["26.08.2025"]), ("DATE", ["09.09.2025"]), ("DATE", ["14.08.2025"]),
      ("NAME", ["Drita", "Kastrati"]), ("NAME", ["Besnik"]), ("PHONE", ["+383 44 918 362"]),
      ("NAME", ["Valbona", "Berisha-Hoxha"]), ("LICENCE", ["07-2281"])],
     ["Kategoria III (OBSH)", "povidon jod", "imunoglobulinë humane kundër tërbimit (HRIG) 20 IU/kg", "1500 IU",
      "Verorab 0,5 ml IM", "skema Essen (0, 3, 7, 14, 28)", "ATT (anatoksinë tetanike) 0,5 ml",
      "Amoksicilinë me acid klavulanik 875/125 mg", "imunofluoreshencë e drejtpërdrejtë (DFA)", "trupat e Negrit",
      "gërvishtje", "pastrim i plagës me ujë e sapun 15 minuta", "Dita 0", "Dita 28", "dhelpër"]),

    # 20 - USA, North Dakota (Williams and McKenzie counties: Williston, Alexander, Arnegard; Minneapolis): emergency
    #   department frostbite thrombolysis protocol checklist with a tele-burn consult
    ("CHI St. Alexius Health Williston Medical Center - Emergency Department\n"
     "1301 15th Ave W, Williston, ND 58801\n"
     "SEVERE FROSTBITE - THROMBOLYSIS PROTOCOL CHECKLIST | 01/21/2025\n"
     "Patient: Beau Thibodeaux | 31 M | DOB 06/14/1993 | MRN WMC-00587214 | LA driver license 009726418\n"
     "Employer: Badlands Well Services (rig hand), lives at the Prairie Rose crew camp outside Alexander. WSI "
     "claim 25-0041827.\n"
     "\n"
     "Exposure: company pickup (ND plate 874 KJT) stalled on US-85 south of Arnegard on the evening of MLK Day; "
     "walked about 2 h without gloves at windchill -41 °F before the foreman, Travis Kjelstad, found him. Rewarmed "
     "in a 38-40 °C whirlpool bath here for 30 min, arrival 02:05.\n"
     "[x] Time of rewarming completed 03:10; time since thaw < 24 h\n"
     "[x] Deep frostbite: both hands - hemorrhagic blisters and cyanosis to the PIP joints, Cauchy grade 3 on the "
     "right, grade 4 on the left ring and small fingers\n"
     "[x] Tc-99m bone scan not available here -> Doppler: absent digital flow L4-L5\n"
     "[x] No contraindication: no trauma, no bleeding, no recent surgery, platelets 248, INR 1.0, head CT not "
     "indicated (GCS 15)\n"
     "[x] Tele-burn consult (Avel eCare link https://ecare.avel.example.net/session/WMC-7731, cart camera "
     "10.18.44.61): Dr. Abimbola Hartigan, Hennepin Healthcare Burn Center - agrees\n"
     "[x] Alteplase (tPA) 0.15 mg/kg IV bolus then 0.15 mg/kg/h x 6 h (max 100 mg) started 03:40, with heparin 500 "
     "units/h\n"
     "[x] Aurlumyn (iloprost) discussed - not stocked\n"
     "[x] Tetanus: Tdap given. Ibuprofen 400 mg q12h. Aloe vera to blisters; hemorrhagic blisters left intact.\n"
     "[x] Transfer: fixed-wing to Minneapolis after the infusion; accepted by transfer center (612-555-0186), "
     "records faxed to 612-555-0189.\n"
     "RN: Cody Redbird | Physician: Ingrid Solberg-Azikiwe, MD | ND license 12418 | NPI 1527390482",
     [("HOSPITAL", ["CHI St. Alexius Health Williston Medical Center"]), ("ADDRESS", ["1301 15th Ave W"]),
      ("LOCATION", ["Williston"]), ("POSTCODE", ["58801"]), ("DATE", ["01/21/2025"]),
      ("NAME", ["Beau", "Thibodeaux"]), ("DATE", ["06/14/1993"]), ("MRN", ["WMC-00587214"]),
      ("LICENCE", ["009726418"]), ("LOCATION", ["Badlands Well Services"]), ("LOCATION", ["Prairie Rose crew camp"]),
      ("LOCATION", ["Alexander"]), ("ID", ["25-0041827"]), ("PLATE", ["874 KJT"]), ("LOCATION", ["Arnegard"]),
      ("DATE", ["MLK Day"]), ("NAME", ["Travis", "Kjelstad"]), ("HOSPITAL", ["Avel eCare"]),
      ("URL", ["https://ecare.avel.example.net/session/WMC-7731"]), ("IP", ["10.18.44.61"]),
      ("NAME", ["Abimbola", "Hartigan"]), ("HOSPITAL", ["Hennepin Healthcare Burn Center"]),
      ("LOCATION", ["Minneapolis"]), ("PHONE", ["612-555-0186"]), ("FAX", ["612-555-0189"]),
      ("NAME", ["Cody", "Redbird"]), ("NAME", ["Ingrid", "Solberg-Azikiwe"]), ("LICENCE", ["12418"]),
      ("ID", ["1527390482"])],
     ["windchill -41 °F", "whirlpool bath", "hemorrhagic blisters", "Cauchy grade 3", "Tc-99m bone scan",
      "absent digital flow L4-L5", "platelets 248", "INR 1.0", "Deep frostbite",
      "Alteplase (tPA) 0.15 mg/kg IV bolus", "heparin 500 units/h", "Aurlumyn (iloprost)", "Tdap",
      "Ibuprofen 400 mg q12h", "Aloe vera"]),

    # 21 - Spain, Galicia, A Mariña lucense (Foz, Fazouro, Burela; Lugo): nursing care continuity report at hospital
    #   discharge (Galician)
    ("Servizo Galego de Saúde - Área Sanitaria de Lugo, A Mariña e Monforte de Lemos\n"
     "Hospital Público da Mariña, Avda. da Mariña 31, 27880 Burela\n"
     "INFORME DE CONTINUIDADE DE COIDADOS DE ENFERMARÍA (alta hospitalaria)\n"
     "Data do informe: 14 de xaneiro de 2026        NHC: 7302958\n"
     "\n"
     "Paciente: Dores Basanta Castro, 84 anos. DNI 33841927A. NASS 27 10418293 61\n"
     "Enderezo: Rúa Real, 18, 2.º B, 27780 Foz. Parroquia de orixe: Fazouro (viviu alí ata o ano pasado).\n"
     "Chave na caixa de seguridade do portal, código 3852.\n"
     "Coidadora principal: a filla, Rosa Pena Basanta (tel. 650 418 927). Teléfono fixo: 982 14 07 36.\n"
     "Destinataria: enfermeira de atención primaria Noa Piñeiro Outeiro, Centro de Saúde de Foz.\n"
     "\n"
     "Motivo de ingreso: insuficiencia cardíaca descompensada (ingresou o día de Reis). FEVE 35 %. Alta a "
     "domicilio.\n"
     "Valoración ao alta (patróns funcionais de Gordon):\n"
     "- Respiración: disnea a medianos esforzos; osixenoterapia domiciliaria a 2 lpm por lentes nasais, 16 h/día "
     "(concentrador da empresa subministradora, número de serie OXC-20731).\n"
     "- Nutrición: dieta hiposódica; peso ao alta 61,4 kg, pesarse cada mañá, avisar se sobe máis de 1,5 kg en 2 "
     "días.\n"
     "- Eliminación: furosemida 40 mg pola mañá; incontinencia urinaria de urxencia, usa absorbentes.\n"
     "- Mobilidade: Barthel 45; escala de Downton 4 (alto risco de caídas); camiña con andador.\n"
     "- Pel: úlcera por presión sacra categoría 2 (2 x 1,5 cm), Braden 13; apósito hidrocoloide e cambios "
     "posturais cada 3 horas; colchón de aire alternante solicitado.\n"
     "- Cognición: test de Pfeiffer con 3 erros; orientada en persoa.\n"
     "- Coidadora: Zarit 52 (sobrecarga intensa); solicitar valoración pola traballadora social do concello.\n"
     "Diagnósticos NANDA: Risco de caídas (00155); Deterioro da integridade cutánea (00046); Cansazo do rol de "
     "coidador (00061).\n"
     "Medicación relevante: Entresto 24/26 mg c/12 h, bisoprolol 2,5 mg, espironolactona 25 mg, Sintrom segundo "
     "control.\n"
     "Primeiro control de INR no centro de saúde o 19 de xaneiro.\n"
     "\n"
     "Enfermeira responsable: Iria Lamas Rei, Colexio Oficial de Enfermaría de Lugo n.º 27-4183 | "
     "iria.lamas.rei@sergas.gal",
     [("LOCATION", ["Lugo"]), ("LOCATION", ["A Mariña"]), ("LOCATION", ["Monforte de Lemos"]),
      ("HOSPITAL", ["Hospital Público da Mariña"]), ("ADDRESS", ["Avda. da Mariña 31"]), ("POSTCODE", ["27880"]),
      ("LOCATION", ["Burela"]), ("DATE", ["14 de xaneiro de 2026"]), ("MRN", ["7302958"]),
      ("NAME", ["Dores", "Basanta", "Castro"]), ("ID", ["33841927A"]), ("ID", ["27 10418293 61"]),
      ("ADDRESS", ["Rúa Real, 18, 2.º B"]), ("POSTCODE", ["27780"]), ("LOCATION", ["Foz"]), ("LOCATION", ["Fazouro"]),
      ("CODE", ["3852"]), ("NAME", ["Rosa", "Pena"]), ("PHONE", ["650 418 927"]), ("PHONE", ["982 14 07 36"]),
      ("NAME", ["Noa", "Piñeiro Outeiro"]), ("HOSPITAL", ["Centro de Saúde de Foz"]), ("DATE", ["día de Reis"]),
      ("SERIAL", ["OXC-20731"]), ("DATE", ["19 de xaneiro"]), ("NAME", ["Iria", "Lamas Rei"]),
      ("LICENCE", ["27-4183"]), ("EMAIL", ["iria.lamas.rei@sergas.gal"])],
     ["insuficiencia cardíaca descompensada", "FEVE 35 %", "osixenoterapia domiciliaria a 2 lpm", "dieta hiposódica",
      "furosemida 40 mg", "Barthel 45", "escala de Downton 4", "úlcera por presión sacra categoría 2", "Braden 13",
      "test de Pfeiffer con 3 erros", "Zarit 52", "Risco de caídas (00155)", "Entresto 24/26 mg", "Sintrom",
      "patróns funcionais de Gordon"]),

    # 22 - Anguilla (The Valley, The Quarter, Island Harbour, Sandy Ground, Blowing Point): emergency shelter nurse's
    #   log during a hurricane
    ("GOVERNMENT OF ANGUILLA - HEALTH AUTHORITY OF ANGUILLA\n"
     "EMERGENCY SHELTER HEALTH LOG - Adrian T. Hazell Primary School shelter, The Valley, AI-2640\n"
     "Shelter nurse on duty: Lorna Gumbs-Richardson, RN (Anguilla Nursing Council Reg. RN-0731) | shelter phone "
     "264-497-2218\n"
     "Date: 16/08/2025 (storm conditions from 14:00; all-clear 17/08/2025 09:30)\n"
     "\n"
     "15:10 LGR - Registered 41 persons (DDM registration link https://ddm.gov.ai/shelter/reg?id=ATH-0816). "
     "Medications list made for each person.\n"
     "15:40 LGR - Mr Elroy Carty, 67, The Quarter: on haemodialysis Mon/Wed/Sat at the Princess Alexandra "
     "Hospital; last session 14/08. Missed today. No SOB, mild ankle oedema, BP 172/98. Kayexalate 15 g given from "
     "the PAH grab bag per Dr Hodge (phone consult). Low-potassium snacks only.\n"
     "16:25 LGR - Ms Patience Banks, 26, Island Harbour: G2P1 at 34+2 weeks, tightenings every 10-15 min, no "
     "bleeding, no fluid loss, fetal movements good. Lying on her left side, oral fluids; contractions settled by "
     "17:30. Midwife Sharleen Webster informed by radio.\n"
     "18:05 LGR - Master Keshawn Fleming, 8, Sandy Ground: wheeze after a bath in the stored water; RR 32, SpO2 "
     "93%; Salbutamol 2.5 mg neb x2 via battery nebuliser -> RR 22, SpO2 97%. Mother, Tamika Fleming "
     "(1-264-729-4407), has his Ventolin inhaler now.\n"
     "21:50 LGR - Mrs Ivy Lake, 79, Blowing Point (SSN 4418372): shaky and sweaty, BGL 2.8 mmol/L - missed supper, "
     "took her gliclazide 80 mg. Glucogel 1 tube then sandwich; BGL 6.1 at 22:20. Her daughter is looking for her "
     "and posted on Instagram (@ivylake_anguilla) - called back and reassured.\n"
     "02:30 LGR - Power off; generator on. Oxygen concentrator for Mr Carty not needed.\n"
     "06:45 LGR - All stable. Mr Carty to PAH for dialysis at first light - ambulance crew EMT Dwayne Connor.\n"
     "Handed over to RN Marcia Hughes-Proctor, 17/08/2025 08:00.",
     [("LOCATION", ["Adrian T. Hazell Primary School"]), ("LOCATION", ["The Valley"]), ("POSTCODE", ["AI-2640"]),
      ("NAME", ["Lorna", "Gumbs-Richardson", "LGR"]), ("LICENCE", ["RN-0731"]), ("PHONE", ["264-497-2218"]),
      ("DATE", ["16/08/2025"]), ("DATE", ["17/08/2025"]), ("URL", ["https://ddm.gov.ai/shelter/reg?id=ATH-0816"]),
      ("NAME", ["Elroy", "Carty"]), ("LOCATION", ["The Quarter"]), ("HOSPITAL", ["Princess Alexandra Hospital"]),
      ("DATE", ["14/08"]), ("HOSPITAL", ["PAH"]), ("NAME", ["Hodge"]), ("NAME", ["Patience", "Banks"]),
      ("LOCATION", ["Island Harbour"]), ("NAME", ["Sharleen", "Webster"]), ("NAME", ["Keshawn", "Fleming"]),
      ("LOCATION", ["Sandy Ground"]), ("NAME", ["Tamika"]), ("PHONE", ["1-264-729-4407"]), ("NAME", ["Ivy", "Lake"]),
      ("LOCATION", ["Blowing Point"]), ("ID", ["4418372"]), ("HANDLE", ["@ivylake_anguilla"]),
      ("NAME", ["Dwayne", "Connor"]), ("NAME", ["Marcia", "Hughes-Proctor"])],
     ["haemodialysis Mon/Wed/Sat", "ankle oedema", "BP 172/98", "Kayexalate 15 g", "G2P1 at 34+2 weeks",
      "fetal movements good", "Salbutamol 2.5 mg neb", "SpO2 93%", "Ventolin inhaler", "BGL 2.8 mmol/L",
      "gliclazide 80 mg", "Glucogel", "Low-potassium snacks", "RR 32", "battery nebuliser"]),

    # 23 - Philippines, Batangas (Lipa City: Barangay Tambo; Taal; Batangas City): discharge instructions for the
    #   family after a stroke (Tagalog)
    ("BATANGAS MEDICAL CENTER - Department of Neurology\n"
     "Kumintang Ibaba, Batangas City 4200 | Tel. (043) 740-8307\n"
     "MGA BILIN SA PAG-UWI (Discharge Instructions para sa pamilya)\n"
     "Petsa ng pag-uwi: Oktubre 27, 2025        Hospital No.: BatMC 25-071842\n"
     "\n"
     "Pasyente: Romeo \"Boy\" Dimaculangan, 68 taong gulang\n"
     "Tirahan: Purok 3, Brgy. Tambo, Lipa City, Batangas 4217\n"
     "PhilHealth PIN: 12-050418273-6      Senior Citizen (OSCA) ID: 2019-04127\n"
     "Bantay/tagapag-alaga: asawa, Aling Nena Dimaculangan; anak, Bing Dimaculangan-Reyes (0917 632 5804)\n"
     "\n"
     "Sakit: Stroke (ischemic, kanang bahagi ng utak) - mahina ang kaliwang braso at binti (left-sided "
     "hemiparesis), NIHSS 9 nang dumating, NIHSS 5 ngayon. Nagkaroon din ng aspiration pneumonia habang "
     "naka-admit.\n"
     "\n"
     "MGA GAMOT (huwag ititigil nang walang payo ng doktor):\n"
     "1. Clopidogrel (Plavix) 75 mg - 1 tableta tuwing umaga, pampalabnaw ng dugo.\n"
     "2. Atorvastatin 40 mg - 1 tableta bago matulog.\n"
     "3. Losartan 50 mg - 1 tableta tuwing umaga; huwag inumin kung ang BP ay mas mababa sa 100/60.\n"
     "4. Metformin 500 mg - 1 tableta pagkatapos kumain ng almusal at hapunan.\n"
     "\n"
     "PAGPAPAKAIN sa NGT (tubo sa ilong): Ensure 250 mL bawat 4 na oras. Iupo si Tatay nang 45 degrees habang "
     "pinapakain at 30 minuto pagkatapos. Flush ng 30 mL na tubig bago at pagkatapos ng gamot. Bawal pang pakainin "
     "sa bibig hanggang sabihin ng speech therapist.\n"
     "PAG-IWAS SA SUGAT SA LIKOD (bedsore): ibaling siya tuwing 2 oras, gumamit ng air mattress.\n"
     "THERAPY: tuloy ang physical therapy tatlong beses isang linggo sa Rehab - kay Ma'am Cha Villanueva, PTRP. "
     "Para sa tanong: https://www.facebook.com/BatMCRehabPT\n"
     "BANTAYAN ANG BE FAST: Balance, Eyes, Face, Arms, Speech, Time - kapag may bagong panghihina, pagngiwi ng "
     "mukha o hirap magsalita, dalhin agad sa ER, kahit hatinggabi.\n"
     "Bawal munang bumiyahe nang malayo - kahit sa Undas, huwag nang isama sa sementeryo sa Taal.\n"
     "Balik-konsulta: Nobyembre 10, 2025, 8:00 ng umaga, Neuro OPD, dalhin ang lahat ng gamot at ang BP diary.\n"
     "\n"
     "Dra. Ma. Theresa Katigbak-Magpantay, Neurology | PRC Lic. No. 0114827\n"
     "Naipaliwanag ni Nurse Jhun Marasigan, RN, kay Aling Nena at Bing",
     [("HOSPITAL", ["BATANGAS MEDICAL CENTER"]), ("ADDRESS", ["Kumintang Ibaba"]), ("LOCATION", ["Batangas City"]),
      ("POSTCODE", ["4200"]), ("PHONE", ["(043) 740-8307"]), ("DATE", ["Oktubre 27, 2025"]),
      ("MRN", ["BatMC 25-071842"]), ("NAME", ["Romeo", "Boy", "Dimaculangan"]), ("ADDRESS", ["Purok 3, Brgy. Tambo"]),
      ("LOCATION", ["Lipa City"]), ("LOCATION", ["Batangas"]), ("POSTCODE", ["4217"]), ("ID", ["12-050418273-6"]),
      ("ID", ["2019-04127"]), ("NAME", ["Nena"]), ("NAME", ["Bing", "Dimaculangan-Reyes"]),
      ("PHONE", ["0917 632 5804"]), ("NAME", ["Cha", "Villanueva"]),
      ("URL", ["https://www.facebook.com/BatMCRehabPT"]), ("DATE", ["Undas"]), ("LOCATION", ["Taal"]),
      ("DATE", ["Nobyembre 10, 2025"]), ("NAME", ["Ma. Theresa", "Katigbak-Magpantay"]), ("LICENCE", ["0114827"]),
      ("NAME", ["Jhun", "Marasigan"])],
     ["Stroke (ischemic, kanang bahagi ng utak)", "left-sided hemiparesis", "NIHSS 9", "NIHSS 5",
      "aspiration pneumonia", "Clopidogrel (Plavix) 75 mg", "Atorvastatin 40 mg", "Losartan 50 mg", "100/60",
      "Metformin 500 mg", "Ensure 250 mL", "45 degrees", "air mattress", "BE FAST", "PTRP"]),
]
