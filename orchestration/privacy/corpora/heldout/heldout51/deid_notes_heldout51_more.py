"""Notes 12-23 of the fifty-first HELD-OUT set (see :mod:`deid_notes_heldout51` for how it was written and what it
holds).

These 12 notes hold 488 planted identifier parts in 411 (kind, parts) entries and 197 clinical strings. Positions below
are those in the combined ``NOTES``: 12, England, Shropshire (Ludlow, Clunton, Craven Arms, Bishop's Castle; Hindlip,
Worcester): a GP's medical report to the police for a firearm and shotgun certificate renewal of a farmer, with an NHS
number, a farm name, postcodes, the force's reference and the certificate numbers, a gun club, a mental health centre,
an invoice number, relatives named by given name only, an e-mail address and a GMC number; 13, Finland, Kainuu (Kajaani,
Suomussalmi: Ämmänsaari, Hyrynsalmi, Hossa; Oulu): a medical statement B (B-lausunto) to Kela for continued sickness
allowance and vocational rehabilitation of a harvester operator (Finnish), with a henkilötunnus, surname-first name, a
flat address, an employer, an occupational health unit, dotted dates, a period of dates, month names (one in the
inessive) and a Terhikki registration number; 14, Australia, Victoria, Mallee (Mildura, Nangiloc, Red Cliffs,
Hattah-Kulkyne; Melbourne): a paediatric insulin pump commencement record, with a UR number, Medicare, IHI and NDSS
numbers, a numbered street (Eleventh Street), a school and a football netball club of a place that is everyday words,
pump and CGM serial numbers, month-and-year dates, a Tidepool URL, an e-mail address and AHPRA numbers; 15, Latvia,
Latgale (Rēzekne, Ludza, Daugavpils): an MRI safety questionnaire with orbital X-ray screening and a knee MRI report
(Latvian), with a personas kods, an e-referral number, an insurance policy number, a locomotive repair works, a feminine
surname form beside the masculine one, names declined in the genitive and accusative, a scanner serial number, a PACS IP
address and certificate numbers; 16, Tanzania, Zanzibar, Pemba (Mkoani, Kengeja, Chake Chake, Wete; Unguja): a cervical
cancer screening (VIA) and same-visit thermal ablation record for a woman living with HIV, with a NIDA number, a CTC
number, a shehia, a thermocoagulator serial number, a laboratory named after a person, an SMZ government vehicle plate,
Idd el Fitr, a hospital named after a person and ZNMC and ZMC numbers; 17, Croatia, Dalmatia, Korčula island (Vela Luka,
Blato; Dubrovnik; Zagreb): an ultrasound-guided thyroid fine-needle aspiration cytology report (Croatian), with an OIB
and an MBO, a numbered street (Ulica 41), a street and a polyclinic named after people and saints, spaced dotted dates,
a cytoscreener's initials and an HLK licence number; 18, USA, Vermont, Northeast Kingdom (Island Pond in the town of
Brighton, Orleans, Albany, Newport; Burlington): a deep brain stimulation programming visit note, with a Medicare MBI,
towns sharing their names with cities abroad and in other states, a furniture plant named after a person,
neurostimulator and patient programmer serial numbers, a clinician tablet IP address, a patient portal URL,
Thanksgiving, a fax number, a Vermont licence and an NPI; 19, South Africa, Western Cape, Central Karoo (Beaufort-Wes:
Rustdene; Nelspoort; Murraysburg; De Doorns; Tygerberg): a foetal alcohol spectrum disorder diagnostic assessment of a
child (Afrikaans), with South African ID numbers for the child and the mother, a file number, a social development
reference, a school with an everyday-word name (Sonskyn), a nickname in brackets, a great-grandfather aged 93, Afrikaans
month names and an HPCSA number; 20, Mauritius, Rodrigues (Crève Cœur, Baie-aux-Huîtres, Grand La Fouche Corail, Port
Mathurin; Curepipe; Beau Bassin): a community depot antipsychotic injection card and 6-monthly review, with a Mauritian
NIC, a card and a hospital number, a dated injection table with batch numbers and nurses' initials, a mental health
centre named after a person, the Festival Kreol, a fax number and nursing and medical council numbers; 21, Spain, Basque
Country, Gipuzkoa (Tolosa, Ibarra, Alegia; Donostia): a botulinum toxin injection record for post-stroke spasticity
(Basque), with a DNI, a health card code, a floor and door address, a paper mill, a place and surnames that are also
town names (Ibarra, Lasarte), inflected place and hospital names, a toxin lot number, Basque dates and a medical college
number; 22, Federated States of Micronesia, Yap (Colonia, Maap: Bechiyal; Ulithi: Falalop; Guam: Tamuning, Dededo): a
dental officer's oral biopsy record and histopathology request for a betel nut chewer, with dental and hospital record
numbers, FSM social security and MiCare numbers, a specimen and an air waybill number, Yap Day and the feast of the
Immaculate Conception, a church, a fax number, an e-mail address and a state licensing board number; 23, Iceland, East
Iceland (Reyðarfjörður, Egilsstaðir, Seyðisfjörður, Neskaupstaður; Reykjavík): a lipid clinic letter on familial
hypercholesterolaemia with family cascade screening (Icelandic), with kennitölur for the patient and a child,
patronymics declined in the genitive, accusative and dative, an aluminium smelter, a genetics sample number, Icelandic
month names, three-digit postcodes and a medical licence number. Entries per kind here: NAME 80, LOCATION 75, DATE 68,
HOSPITAL 39, ID 33, PHONE 29, ADDRESS 19, LICENCE 18, POSTCODE 17, SERIAL 9, MRN 8, EMAIL 7, FAX 3, IP 2, URL 2, AGE 1,
PLATE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - England, Shropshire (Ludlow, Clunton, Craven Arms, Bishop's Castle; Hindlip, Worcester): GP medical report for a firearm and shotgun certificate renewal
    ("Castle Meadow Surgery\n"
     "7 Corve Street, Ludlow, Shropshire SY8 1DA | Tel 01584 555 214 | practice.castlemeadow@nhs.net\n"
     "\n"
     "To: Firearms Licensing Department, West Mercia Police, Hindlip Hall, Worcester WR3 8SP\n"
     "Your ref: FLD/WM/2025/18846 | Certificate nos: shotgun SG 184327; firearm FAC 77215\n"
     "Date: 11 December 2025\n"
     "\n"
     "MEDICAL INFORMATION FOR A FIREARM / SHOTGUN CERTIFICATE APPLICATION (renewal)\n"
     "Applicant: Mr Gareth Owain Bebbington-Price | DOB 03/07/1964 | NHS no. 718 204 9538\n"
     "Address: Upper Hurst Farm, Clunton, Craven Arms SY7 0JA | mobile 07700 900 471\n"
     "Occupation: sheep and beef farmer (self-employed); uses a .22 rifle for fox control at lambing and a shotgun for "
     "vermin and clay shooting with the Bishop's Castle Gun Club.\n"
     "\n"
     "I have reviewed his full GP record (registered with this practice since 1998 and with Teme Valley Medical Practice "
     "before that) and examined him on 09/12/2025 with his consent, signed 02/12/2025.\n"
     "\n"
     "Relevant conditions:\n"
     "1. Mental health: one mild depressive episode (F32.0) during the bovine TB breakdown on the farm, treated in the "
     "practice with sertraline 50 mg for 9 months and 6 sessions with Shropshire Talking Therapies; stopped in "
     "remission. No self-harm, no suicidal ideation at any time, no secondary care, never seen at the Redwoods Centre. "
     "PHQ-9 today 4/27, GAD-7 3/21. His wife Bethan and his son Rhys confirm he is well.\n"
     "2. Alcohol: AUDIT-C 3. LFTs normal, GGT 34 U/L, MCV 91 fL. No drug misuse.\n"
     "3. Neurological: no epilepsy, blackouts or head injury; one episode of benign paroxysmal positional vertigo, "
     "resolved with an Epley manoeuvre. No Meniere's disease. No tremor.\n"
     "4. Cognitive: no concerns; 6CIT 0/28.\n"
     "5. Vision: Snellen 6/9 each eye with his glasses, full fields to confrontation.\n"
     "6. Hands: Dupuytren's contracture of the R ring finger (Tubiana stage 1), no effect on the trigger finger or grip.\n"
     "\n"
     "Opinion: I know of no medical condition or medication that would affect his ability to possess a firearm or "
     "shotgun safely. I have placed the firearms reminder code on his record so that the practice will tell you of any "
     "relevant change, as set out in the Home Office Guide on Firearms Licensing Law and the Firearms Act 1968 process "
     "agreed with the BMA.\n"
     "Fee invoice INV-CMS-25-0418 sent to the applicant.\n"
     "\n"
     "Dr Harriet Lowe-Mainwaring, GP Partner | GMC 6142987\n"
     "Copy: patient record (scanned), Mr G. O. Bebbington-Price",
     [("HOSPITAL", ["Castle Meadow Surgery"]), ("ADDRESS", ["7 Corve Street"]), ("LOCATION", ["Ludlow"]), ("LOCATION", ["Shropshire"]),
      ("POSTCODE", ["SY8 1DA"]), ("PHONE", ["01584 555 214"]), ("EMAIL", ["practice.castlemeadow@nhs.net"]),
      ("LOCATION", ["Hindlip Hall"]), ("LOCATION", ["Worcester"]), ("POSTCODE", ["WR3 8SP"]), ("ID", ["FLD/WM/2025/18846"]),
      ("LICENCE", ["SG 184327"]), ("LICENCE", ["FAC 77215"]), ("DATE", ["11 December 2025"]),
      ("NAME", ["Gareth", "Owain", "Bebbington-Price"]), ("DATE", ["03/07/1964"]), ("ID", ["718 204 9538"]),
      ("ADDRESS", ["Upper Hurst Farm"]), ("LOCATION", ["Clunton"]), ("LOCATION", ["Craven Arms"]), ("POSTCODE", ["SY7 0JA"]),
      ("PHONE", ["07700 900 471"]), ("LOCATION", ["Bishop's Castle Gun Club"]), ("HOSPITAL", ["Teme Valley Medical Practice"]),
      ("DATE", ["09/12/2025"]), ("DATE", ["02/12/2025"]), ("HOSPITAL", ["Shropshire Talking Therapies"]),
      ("HOSPITAL", ["Redwoods Centre"]), ("NAME", ["Bethan"]), ("NAME", ["Rhys"]), ("ID", ["INV-CMS-25-0418"]),
      ("NAME", ["Harriet", "Lowe-Mainwaring"]), ("LICENCE", ["6142987"]), ("NAME", ["G. O.", "Bebbington-Price"])],
     ["mild depressive episode (F32.0)", "bovine TB", "sertraline 50 mg", "PHQ-9 today 4/27", "GAD-7 3/21", "AUDIT-C 3",
      "GGT 34 U/L", "MCV 91 fL", "benign paroxysmal positional vertigo", "Epley manoeuvre", "Meniere's disease",
      "6CIT 0/28", "Snellen 6/9", "Dupuytren's contracture", "Tubiana stage 1", "Firearms Act 1968"]),

    # 13 - Finland, Kainuu (Kajaani, Suomussalmi: Ämmänsaari, Hossa; Oulu): medical statement B (B-lausunto) to Kela for continued sickness allowance and vocational rehabilitation (Finnish)
    ("Kainuun hyvinvointialue - Kainuun keskussairaala, Kajaani\n"
     "Ortopedian ja traumatologian poliklinikka | Sotkamontie 13, 87300 Kajaani | puh. 08 6156 4410\n"
     "\n"
     "LÄÄKÄRINLAUSUNTO B (Kelalle)\n"
     "Lausunnon päivämäärä: 14.11.2025 | Tarkoitus: sairauspäiväraha (jatko) ja ammatillisen kuntoutuksen selvittely\n"
     "\n"
     "Potilas: Kyllönen, Jouko Tapani | Henkilötunnus: 230368-4178\n"
     "Osoite: Kirkkotie 14 B 6, 89600 Suomussalmi (Ämmänsaari) | puh. 044 738 2916\n"
     "Ammatti: metsäkoneenkuljettaja (harvesteri), työnantaja Metsäkonepalvelu Heikkinen Oy, Hyrynsalmi\n"
     "Työterveyshuolto: Työterveys Kainuu, Suomussalmen toimipiste, työterveyslääkäri Sanna Pulkkinen\n"
     "\n"
     "Esitiedot: Noin 15 vuotta ajoittaisia alaselkäkipuja. Keväällä 2025 vasemman alaraajan säteilevä kipu ja "
     "puutuminen sekä kantakävelyn heikkous. Magneettikuvauksessa (Kainuun keskussairaala 8.4.2025) lannerangan "
     "spinaalistenoosi L4-L5 ja vasemmanpuoleinen foraminaalistenoosi, degeneratiivinen listeesi gr. I.\n"
     "Leikattu Oulun yliopistollisessa sairaalassa 3.6.2025: L4-L5 dekompressio ja fuusio (TLIF). Sairauslomalla "
     "leikkauksesta lähtien. Fysioterapia terveyskeskuksessa kesä-lokakuu.\n"
     "Muut sairaudet: verenpainetauti (amlodipiini 5 mg), obstruktiivinen uniapnea CPAP-hoidossa vuodesta 2019, "
     "tupakoinut noin 30 askivuotta, lopettanut leikkauksen yhteydessä. Alkoholinkäyttö kohtuullista (AUDIT 5).\n"
     "Nykyinen lääkitys: pregabaliini 75 mg x 2, Arcoxia 90 mg tarvittaessa, parasetamoli.\n"
     "\n"
     "Nykytila (tutkittu 14.11.2025): Kävelee ontumatta lyhyitä matkoja, kantakävely vasemmalla ei onnistu. "
     "Lasègue'n testi vasemmalla positiivinen 40 asteessa. Nilkan dorsifleksio vasemmalla 4/5, isovarpaan ojennus 3/5. "
     "Tunto alentunut L5-dermatomin alueella. Akillesheijasteet symmetriset. BMI 31. VAS 7/10 istuessa yli 30 min.\n"
     "ENMG (KNF, 28.10.2025): krooninen vasen L5-radikulopatia, ei merkkejä polyneuropatiasta.\n"
     "Oswestry Disability Index 46 %. Kontrollikuvissa fuusio asianmukainen.\n"
     "\n"
     "Diagnoosit: M48.06 Lannerangan spinaalistenoosi; M54.16 Lumbaalinen radikulopatia (L5); Z98.1 Tila "
     "luudutusleikkauksen jälkeen.\n"
     "\n"
     "Työkyky ja arvio: Harvesterityö edellyttää pitkäkestoista istumista tärisevässä ohjaamossa ja toistuvaa "
     "kiertoliikettä; potilas ei tähän pysty eikä todennäköisesti palaa entiseen työhönsä. Hän on kiinnostunut "
     "uudelleenkoulutuksesta (esim. metsäalan työnjohto tai kalustosuunnittelu). Puoliso Marjatta Kyllönen tukee.\n"
     "Työkyvyttömyys jatkuu ajalla 15.11.2025-28.2.2026. Suositellaan Kelan ammatillisen kuntoutuksen selvittelyä ja "
     "työkokeilua; työterveysneuvottelu pidetty 6.11.2025 (työnantajan edustaja Raimo Heikkinen). Kontrolli "
     "poliklinikalla tammikuussa. Hossan vaelluksen potilas on siirtänyt ensi kesään.\n"
     "\n"
     "Lääkäri: Annukka Tolonen-Räsänen, LL, ortopedian ja traumatologian erikoislääkäri\n"
     "Terhikki-rekisterinumero 10107341582 | Kajaani 14.11.2025",
     [("HOSPITAL", ["Kainuun hyvinvointialue"]), ("HOSPITAL", ["Kainuun keskussairaala"]), ("LOCATION", ["Kajaani"]),
      ("ADDRESS", ["Sotkamontie 13"]), ("POSTCODE", ["87300"]), ("PHONE", ["08 6156 4410"]), ("DATE", ["14.11.2025"]),
      ("NAME", ["Kyllönen", "Jouko", "Tapani"]), ("ID", ["230368-4178"]), ("ADDRESS", ["Kirkkotie 14 B 6"]),
      ("POSTCODE", ["89600"]), ("LOCATION", ["Suomussalmi"]), ("LOCATION", ["Ämmänsaari"]), ("PHONE", ["044 738 2916"]),
      ("LOCATION", ["Metsäkonepalvelu Heikkinen Oy"]), ("LOCATION", ["Hyrynsalmi"]), ("HOSPITAL", ["Työterveys Kainuu"]),
      ("LOCATION", ["Suomussalmen toimipiste"]), ("NAME", ["Sanna", "Pulkkinen"]), ("DATE", ["8.4.2025"]),
      ("HOSPITAL", ["Oulun yliopistollisessa sairaalassa"]), ("DATE", ["3.6.2025"]), ("DATE", ["kesä-lokakuu"]),
      ("DATE", ["28.10.2025"]), ("NAME", ["Marjatta"]), ("DATE", ["15.11.2025-28.2.2026"]), ("DATE", ["6.11.2025"]),
      ("NAME", ["Raimo", "Heikkinen"]), ("DATE", ["tammikuussa"]), ("LOCATION", ["Hossan"]),
      ("NAME", ["Annukka", "Tolonen-Räsänen"]), ("LICENCE", ["10107341582"])],
     ["alaselkäkipuja", "kantakävelyn heikkous", "lannerangan spinaalistenoosi L4-L5", "foraminaalistenoosi",
      "degeneratiivinen listeesi gr. I", "dekompressio ja fuusio (TLIF)", "pregabaliini 75 mg x 2", "Arcoxia 90 mg",
      "Lasègue'n testi vasemmalla positiivinen", "Nilkan dorsifleksio vasemmalla 4/5", "isovarpaan ojennus 3/5",
      "Akillesheijasteet symmetriset", "VAS 7/10", "krooninen vasen L5-radikulopatia", "Oswestry Disability Index 46 %",
      "M48.06", "Z98.1", "obstruktiivinen uniapnea", "AUDIT 5"]),

    # 14 - Australia, Victoria, Mallee (Mildura, Red Cliffs, Nangiloc, Hattah; Melbourne): paediatric insulin pump commencement record
    ("Mildura Base Public Hospital - Paediatric Diabetes Service\n"
     "Ontario Avenue, Mildura VIC 3500 | Ph (03) 5022 3418 | paeds.diabetes@mbph.org.au\n"
     "INSULIN PUMP COMMENCEMENT RECORD (hybrid closed loop) - Day 1 of 3\n"
     "Date: Tuesday 20/01/2026 | UR 0614892\n"
     "\n"
     "Patient: Jaxon Lee Vitale-Moretti | DOB 09/08/2011 (14 y) | Medicare 4172 80932 1 (IRN 3) | IHI 8003 6081 "
     "7284 9317 | NDSS 4189327\n"
     "Address: 27 Eleventh Street, Mildura VIC 3500 | Parents: Carla Vitale (mob 0412 555 086) and Dean Moretti (mob "
     "0438 555 217), family citrus and table-grape block at Nangiloc\n"
     "School: Year 9, Red Cliffs Secondary College; plays under-15s for Red Cliffs Football Netball Club\n"
     "\n"
     "Background: type 1 diabetes diagnosed 03/2019 in DKA. MDI: Optisulin 24 units nocte, NovoRapid with "
     "insulin to carbohydrate ratio 1:10 and correction factor 2.5 mmol/L per unit. Dexcom G7 since 2023. HbA1c 8.9% "
     "(74 mmol/mol); time in range 41%, time below range 3%; missed lunch boluses at school. One admission with "
     "diabetic ketoacidosis in 09/2024 (gastro). Coeliac screen (tTG-IgA) negative 11/2025; TSH normal.\n"
     "\n"
     "Pump: Tandem t:slim X2 with Control-IQ, serial 1294871 (NDSS Insulin Pump Program), paired with Dexcom G7 "
     "sensor SN 8G7K2L4Q. Cartridge filled with NovoRapid. Infusion set AutoSoft 90, 6 mm cannula, abdomen.\n"
     "Starting settings (total daily dose 52 units, basal 45%):\n"
     "  Basal 00:00 0.85 u/h, 04:00 1.05 u/h (dawn rise), 09:00 0.90 u/h, 21:00 0.95 u/h\n"
     "  Carb ratio 1:10 (breakfast 1:8) | Correction factor 2.5 | Target 6.1 mmol/L (Control-IQ default) | active "
     "insulin time 5 h\n"
     "Last Optisulin 24 units given 19/01/2026 at 21:00, so Control-IQ started with a temp basal of 50% until 21:00 "
     "today.\n"
     "\n"
     "Education (Jaxon and both parents): set change every 3 days, site rotation, occlusion alarms, what to do if BGL "
     "> 15 mmol/L for 2 h (check blood ketones; if ketones 0.6 mmol/L or more give correction by pen and change the "
     "set), sick day management, exercise mode for footy training, back-up pens and Baqsimi 3 mg in the school kit. "
     "School nurse Ms Kylie Trewin to have the pump action plan before Term 1 starts on 28/01/2026. Jaxon is going to "
     "the Year 9 camp at Hattah-Kulkyne in March - Exercise and camp plan to follow.\n"
     "Tele-review with Dr Priya Raghunathan-Ellis, Royal Children's Hospital Melbourne diabetes team, 22/01/2026 10:00 "
     "(Webex link sent to carla.vitale@bigpond.com). Tidepool share invitation sent (https://app.tidepool.org/patients/7e41c2a9d0/data).\n"
     "\n"
     "Credentialled Diabetes Educator: Shannon O'Loughlin-Baird, RN CDE | AHPRA NMW0002187345\n"
     "Paediatrician: Dr Tomasz Wierzbicki | AHPRA MED0001739284",
     [("HOSPITAL", ["Mildura Base Public Hospital"]), ("ADDRESS", ["Ontario Avenue"]), ("LOCATION", ["Mildura"]),
      ("POSTCODE", ["3500"]), ("PHONE", ["(03) 5022 3418"]), ("EMAIL", ["paeds.diabetes@mbph.org.au"]),
      ("DATE", ["Tuesday 20/01/2026"]), ("MRN", ["0614892"]), ("NAME", ["Jaxon", "Lee", "Vitale-Moretti"]),
      ("DATE", ["09/08/2011"]), ("ID", ["4172 80932 1"]), ("ID", ["8003 6081 7284 9317"]), ("ID", ["4189327"]),
      ("ADDRESS", ["27 Eleventh Street"]), ("NAME", ["Carla", "Vitale"]), ("PHONE", ["0412 555 086"]),
      ("NAME", ["Dean", "Moretti"]), ("PHONE", ["0438 555 217"]), ("LOCATION", ["Nangiloc"]),
      ("LOCATION", ["Red Cliffs Secondary College"]), ("LOCATION", ["Red Cliffs Football Netball Club"]),
      ("DATE", ["03/2019"]), ("DATE", ["09/2024"]), ("DATE", ["11/2025"]), ("SERIAL", ["1294871"]), ("SERIAL", ["8G7K2L4Q"]),
      ("DATE", ["19/01/2026"]), ("NAME", ["Kylie", "Trewin"]), ("DATE", ["28/01/2026"]), ("LOCATION", ["Hattah-Kulkyne"]),
      ("DATE", ["March"]), ("NAME", ["Priya", "Raghunathan-Ellis"]), ("HOSPITAL", ["Royal Children's Hospital Melbourne"]),
      ("DATE", ["22/01/2026"]), ("EMAIL", ["carla.vitale@bigpond.com"]), ("URL", ["https://app.tidepool.org/patients/7e41c2a9d0/data"]), ("NAME", ["Shannon", "O'Loughlin-Baird"]),
      ("LICENCE", ["NMW0002187345"]), ("NAME", ["Tomasz", "Wierzbicki"]), ("LICENCE", ["MED0001739284"])],
     ["type 1 diabetes", "DKA", "Optisulin 24 units", "insulin to carbohydrate ratio 1:10", "HbA1c 8.9% (74 mmol/mol)",
      "time in range 41%", "diabetic ketoacidosis", "Coeliac screen (tTG-IgA)", "Tandem t:slim X2 with Control-IQ",
      "Dexcom G7", "AutoSoft 90", "total daily dose 52 units", "dawn rise", "Carb ratio 1:10 (breakfast 1:8)",
      "ketones 0.6 mmol/L", "sick day management", "Baqsimi 3 mg"]),

    # 15 - Latvia, Latgale (Rēzekne, Ludza, Daugavpils): MRI safety questionnaire with orbital X-ray screening and the knee MRI report (Latvian)
    ("SIA \"Rēzeknes slimnīca\" - Radioloģijas nodaļa\n"
     "18. Novembra iela 41, Rēzekne, LV-4601 | tālr. 64603418 | radiologija@rezeknes-slimnica.lv\n"
     "\n"
     "MAGNĒTISKĀS REZONANSES IZMEKLĒJUMA DROŠĪBAS ANKETA UN SLĒDZIENS\n"
     "Izmeklējuma Nr. MR-25-04172 | Datums: 2025. gada 3. decembrī\n"
     "E-nosūtījums Nr. ENS-2025-8841730 no traumatologa-ortopēda Valērija Savicka, SIA \"Ludzas medicīnas centrs\"\n"
     "\n"
     "Pacients: Edgars Kaupužs | personas kods 120881-12750\n"
     "Adrese: Stacijas iela 27-14, Ludza, LV-5701 | tālr. +371 26 418 093\n"
     "Darba vieta: metinātājs, AS \"Daugavpils lokomotīvju remonta rūpnīca\", Daugavpils\n"
     "Apdrošināšana: BTA polise Nr. VA-0917-338214\n"
     "Kontaktpersona: sieva Inese Kaupuža, tālr. +371 29 770 512\n"
     "\n"
     "I. Drošības anketa (aizpildīta kopā ar radiologa asistenti Olgu Ivanovu):\n"
     "Sirds stimulators / defibrilators: nē. Kohleārais implants, neirostimulators, insulīna pumpis: nē.\n"
     "Metāla šķembas acīs vai ķermenī: IESPĒJAMS - metinātājs 20 gadus, 2014. gadā okulists izņēma metāla šķembu no "
     "labās acs radzenes. Tāpēc pirms izmeklējuma veikta orbītu rentgenogramma (2 projekcijās): metāla svešķermeņu "
     "nav.\n"
     "Operācijas: apendektomija. Tetovējumi: kreisais apakšdelms. Klaustrofobija: viegla, pietiek ar austiņām un "
     "mūziku.\n"
     "Kontrastviela: gadolīnija kontrastviela nav nepieciešama (locītavas protokols). Kreatinīns 84 µmol/l, "
     "eGFR 96 ml/min/1,73 m² (28.11.2025.).\n"
     "Pacients ar parakstu apliecina, ka sniegtā informācija ir patiesa.\n"
     "\n"
     "II. Izmeklējums: labā ceļa locītavas MR, Siemens MAGNETOM Sola 1.5 T (sērijas Nr. 176428), PD FS sagitāli, "
     "koronāli un aksiāli, T1 koronāli. Attēli nosūtīti uz PACS (IP 10.41.2.17).\n"
     "Anamnēzē: 9. novembrī, spēlējot basketbolu Ludzas sporta skolas zālē, pagrieziena traumas laikā ceļš "
     "'izslīdēja'; tūska, nestabilitāte. Klīniski: Lahmana tests pozitīvs, pivot shift +.\n"
     "\n"
     "III. Slēdziens:\n"
     "1. Priekšējās krusteniskās saites (ACL) pilns plīsums proksimālajā trešdaļā.\n"
     "2. Mediālā meniska aizmugurējā raga kausa roktura tipa plīsums ar fragmenta dislokāciju starpkondilārajā "
     "bedrē.\n"
     "3. Kaula smadzeņu tūska laterālajā augšstilba kaula kondilā un stilba kaula plato aizmugurē (tipisks pivot shift "
     "sasituma raksts); neliels Segonda lūzums.\n"
     "4. Skrimšļa bojājums mediālajā kondilā, Outerbridge III.\n"
     "5. Izsvīdums, neliela Beikera cista (2,1 x 0,8 cm).\n"
     "Rekomendācija: traumatologa-ortopēda konsultācija; apspriest artroskopisku meniska šuvi un ACL rekonstrukciju.\n"
     "\n"
     "Radiologs: Dr. Natālija Vaivode-Griškāne, sertifikāts Nr. R-0318, ĀPR Nr. 4-08172\n"
     "Rēzeknē, 2025. gada 3. decembrī",
     [("HOSPITAL", ["Rēzeknes slimnīca"]), ("ADDRESS", ["18. Novembra iela 41"]), ("LOCATION", ["Rēzekne"]),
      ("POSTCODE", ["LV-4601"]), ("PHONE", ["64603418"]), ("EMAIL", ["radiologija@rezeknes-slimnica.lv"]),
      ("ID", ["MR-25-04172"]), ("DATE", ["2025. gada 3. decembrī"]), ("ID", ["ENS-2025-8841730"]),
      ("NAME", ["Valērija", "Savicka"]), ("HOSPITAL", ["Ludzas medicīnas centrs"]), ("NAME", ["Edgars", "Kaupužs"]),
      ("ID", ["120881-12750"]), ("ADDRESS", ["Stacijas iela 27-14"]), ("LOCATION", ["Ludza"]), ("POSTCODE", ["LV-5701"]),
      ("PHONE", ["+371 26 418 093"]), ("LOCATION", ["Daugavpils lokomotīvju remonta rūpnīca"]),
      ("LOCATION", ["Daugavpils"]), ("ID", ["VA-0917-338214"]), ("NAME", ["Inese", "Kaupuža"]),
      ("PHONE", ["+371 29 770 512"]), ("NAME", ["Olgu", "Ivanovu"]), ("DATE", ["28.11.2025."]), ("SERIAL", ["176428"]), ("IP", ["10.41.2.17"]),
      ("DATE", ["9. novembrī"]), ("LOCATION", ["Ludzas sporta skolas"]), ("NAME", ["Natālija", "Vaivode-Griškāne"]),
      ("LICENCE", ["R-0318"]), ("LICENCE", ["4-08172"]), ("LOCATION", ["Rēzeknē"])],
     ["orbītu rentgenogramma", "gadolīnija kontrastviela nav nepieciešama", "eGFR 96 ml/min/1,73 m²",
      "Siemens MAGNETOM Sola 1.5 T", "PD FS sagitāli", "Lahmana tests pozitīvs", "pivot shift +",
      "Priekšējās krusteniskās saites (ACL) pilns plīsums", "kausa roktura tipa plīsums", "Kaula smadzeņu tūska",
      "Segonda lūzums", "Outerbridge III", "Beikera cista", "ACL rekonstrukciju", "apendektomija", "Klaustrofobija"]),

    # 16 - Tanzania, Zanzibar, Pemba (Mkoani, Kengeja, Chake Chake, Wete): cervical cancer screening (VIA) and same-visit thermal ablation record for a woman living with HIV
    ("REVOLUTIONARY GOVERNMENT OF ZANZIBAR - MINISTRY OF HEALTH\n"
     "Abdalla Mzee Hospital, Mkoani, Pemba - Reproductive and Child Health Unit\n"
     "CERVICAL CANCER SCREENING AND TREATMENT RECORD (screen-and-treat)\n"
     "Register no.: AMH/CECAP/2025/0419 | Date: 17/11/2025 | Visit: 2nd screen (WLHIV, 3-yearly)\n"
     "\n"
     "Client: Mwanaisha Said Hamad | Age: 36 years | DOB 02/03/1989\n"
     "NIDA no.: 19890302-61417-00003-28 | CTC no.: 05-02-0117-004381\n"
     "Residence: Shehia ya Kilindi, Kengeja village, Mkoani District | Phone: +255 777 418 320\n"
     "Occupation: seaweed farmer with the Kengeja women's seaweed group; husband Khamis Ali Juma is a fisherman at "
     "Mkoani port (phone +255 773 902 145). Para 4, last child 2 years. LMP 30/10/2025. Uses Jadelle implant.\n"
     "HIV: on TLD (tenofovir/lamivudine/dolutegravir) since 2016 at Chake Chake Hospital CTC; last viral load < 50 "
     "copies/mL (June 2025); CD4 612 cells/uL. First VIA in 2022 at Wete Hospital: negative.\n"
     "\n"
     "Counselling: done in Kiswahili by nurse Zuhura Makame Omar; client consented to screening and same-visit "
     "treatment if eligible. Pregnancy test negative.\n"
     "\n"
     "Speculum examination: cervix parous, mild cervical ectropion, two small Nabothian cysts at 7 o'clock; no "
     "contact bleeding, no growth.\n"
     "VIA (5% acetic acid, 1 minute): VIA positive - dense, well-demarcated acetowhite lesion from 11 to 2 o'clock "
     "touching the squamocolumnar junction, occupying < 50% of the cervix. Squamocolumnar junction fully visible "
     "(Type 1 transformation zone). Lugol's iodine (VILI): iodine-negative mustard-yellow area matching the lesion.\n"
     "Not suspicious for cancer. Eligible for ablation.\n"
     "\n"
     "Treatment: thermal ablation (thermocoagulation) 100 °C with the Liger thermocoagulator (serial LG-HTU-20741), "
     "two overlapping applications of 40 seconds each, 19 mm probe. Paracetamol 1 g given. Tolerated well, pain score "
     "3/10.\n"
     "Additional sample: careHPV swab taken for the pilot study (lab no. PHL-P-25-1182, Public Health Laboratory "
     "Ivo de Carneri, Chake Chake), sent with the outreach vehicle SMZ 6213.\n"
     "\n"
     "Advice: watery discharge for up to 4 weeks; nothing in the vagina and abstain from intercourse for 4 weeks "
     "(husband informed by the client's consent); return for fever, foul discharge or heavy bleeding. Review with "
     "repeat VIA in 12 months (November 2026); if the lesion had been > 75% or not visible, refer for LEEP at Mnazi "
     "Mmoja Hospital, Unguja. Follow-up call planned after Idd el Fitr.\n"
     "\n"
     "Provider: Zuhura Makame Omar, Nurse-Midwife, ZNMC reg. ZN/RNM/03318\n"
     "Supervisor: Dr. Rashid Khamis Suleiman, Medical Officer in charge, ZMC 0917",
     [("HOSPITAL", ["Abdalla Mzee Hospital"]), ("LOCATION", ["Mkoani"]), ("LOCATION", ["Pemba"]),
      ("ID", ["AMH/CECAP/2025/0419"]), ("DATE", ["17/11/2025"]), ("NAME", ["Mwanaisha", "Said", "Hamad"]),
      ("DATE", ["02/03/1989"]), ("ID", ["19890302-61417-00003-28"]), ("MRN", ["05-02-0117-004381"]),
      ("LOCATION", ["Shehia ya Kilindi"]), ("LOCATION", ["Kengeja"]), ("PHONE", ["+255 777 418 320"]),
      ("NAME", ["Khamis", "Ali", "Juma"]), ("PHONE", ["+255 773 902 145"]), ("DATE", ["30/10/2025"]),
      ("HOSPITAL", ["Chake Chake Hospital"]), ("DATE", ["June 2025"]), ("HOSPITAL", ["Wete Hospital"]),
      ("NAME", ["Zuhura", "Makame", "Omar"]), ("SERIAL", ["LG-HTU-20741"]), ("ID", ["PHL-P-25-1182"]), ("PLATE", ["SMZ 6213"]),
      ("HOSPITAL", ["Public Health Laboratory Ivo de Carneri"]), ("LOCATION", ["Chake Chake"]),
      ("DATE", ["November 2026"]), ("HOSPITAL", ["Mnazi Mmoja Hospital"]), ("LOCATION", ["Unguja"]),
      ("DATE", ["Idd el Fitr"]), ("LICENCE", ["ZN/RNM/03318"]), ("NAME", ["Rashid", "Khamis", "Suleiman"]),
      ("LICENCE", ["0917"])],
     ["Jadelle implant", "TLD (tenofovir/lamivudine/dolutegravir)", "viral load < 50 copies/mL", "CD4 612 cells/uL",
      "cervical ectropion", "Nabothian cysts", "5% acetic acid", "VIA positive", "acetowhite lesion",
      "Squamocolumnar junction fully visible", "Type 1 transformation zone", "Lugol's iodine (VILI)",
      "thermal ablation (thermocoagulation) 100 °C", "Liger thermocoagulator", "careHPV", "LEEP"]),

    # 17 - Croatia, Dalmatia, Korčula island (Vela Luka, Blato; Dubrovnik; Zagreb): ultrasound-guided thyroid fine-needle aspiration cytology report (Croatian)
    ("OPĆA BOLNICA DUBROVNIK\n"
     "Odjel za patologiju i citologiju - Citološki laboratorij\n"
     "Dr. Roka Mišetića 2, 20000 Dubrovnik | tel. 020 431 782 | citologija@bolnica-du.hr\n"
     "\n"
     "CITOLOŠKI NALAZ - PUNKCIJA ŠTITNJAČE\n"
     "Broj citološkog nalaza: C-2025-07418 | Datum punkcije: 24. 11. 2025. | Datum nalaza: 27. 11. 2025.\n"
     "\n"
     "Ime i prezime: Ivana Žuvela Prižmić | Datum rođenja: 08. 05. 1978.\n"
     "OIB: 48273910567 | MBO: 184027593\n"
     "Adresa: Ulica 41 br. 12, 20270 Vela Luka | Mob.: 098 174 3290\n"
     "Zanimanje: učiteljica razredne nastave, Osnovna škola Vela Luka\n"
     "Uputio: dr. med. Petra Oreb-Tabain, obiteljska medicina, Dom zdravlja Korčula, ispostava Blato\n"
     "\n"
     "Klinički podaci: Čvor desnog režnja štitnjače otkriven slučajno na UZV vrata zbog limfadenitisa (Poliklinika "
     "Sveti Vlaho, Dubrovnik, 30. 10. 2025.). Hashimotov tireoiditis poznat od trudnoće. Terapija: Euthyrox 50 µg. "
     "TSH 3,8 mIU/L, anti-TPO 412 IU/mL. Majka (Katica Žuvela) operirana zbog papilarnog karcinoma štitnjače u KBC "
     "Sestre milosrdnice, Zagreb.\n"
     "\n"
     "Ultrazvuk prije punkcije (dr. Goran Šeparović): desni režanj, donji pol - hipoehogeni solidni čvor 23 x 17 x 14 "
     "mm, nepravilnih rubova, bez mikrokalcifikata; ACR TI-RADS TR4. Lijevi režanj heterogen, bez čvorova. Limfni čvorovi "
     "vrata reaktivnog izgleda.\n"
     "\n"
     "Postupak: citološka punkcija tankom iglom (FNA) pod kontrolom ultrazvuka, iglom 25 G, 3 prolaza. Razmazi obojeni "
     "po May-Grünwald-Giemsi i po Papanicolaouu. Bez komplikacija.\n"
     "\n"
     "Citološki nalaz: umjereno celularni razmazi. Folikularne stanice u malim skupinama i mikrofolikulima, dijelom s "
     "blagom nuklearnom atipijom (povećane, svjetlije jezgre, rijetki nuklearni žljebovi), bez intranuklearnih "
     "pseudoinkluzija. Brojne Hürthleove (onkocitne) stanice. Pozadina s mnogo limfocita i plazma stanica. Koloid "
     "oskudan.\n"
     "\n"
     "Zaključak: Bethesda kategorija III - atipija neodređenog značenja (AUS), u podlozi limfocitnog tireoiditisa.\n"
     "Preporuka: ponovljena punkcija za 3 mjeseca ili molekularno testiranje (ThyroSeq); s obzirom na obiteljsku "
     "anamnezu predlaže se konzultacija endokrinog kirurga. Nalaz poslan obiteljskoj liječnici putem CEZIH-a.\n"
     "\n"
     "Citoskrinerica: M. B. | Specijalist kliničke citologije: dr. sc. Tomislav Barčot-Marinović, dr. med.\n"
     "Broj licence HLK: 0917-4826",
     [("HOSPITAL", ["OPĆA BOLNICA DUBROVNIK"]), ("ADDRESS", ["Dr. Roka Mišetića 2"]), ("POSTCODE", ["20000"]),
      ("LOCATION", ["Dubrovnik"]), ("PHONE", ["020 431 782"]), ("EMAIL", ["citologija@bolnica-du.hr"]),
      ("ID", ["C-2025-07418"]), ("DATE", ["24. 11. 2025."]), ("DATE", ["27. 11. 2025."]),
      ("NAME", ["Ivana", "Žuvela", "Prižmić"]), ("DATE", ["08. 05. 1978."]), ("ID", ["48273910567"]), ("ID", ["184027593"]),
      ("ADDRESS", ["Ulica 41 br. 12"]), ("POSTCODE", ["20270"]), ("LOCATION", ["Vela Luka"]), ("PHONE", ["098 174 3290"]),
      ("LOCATION", ["Osnovna škola Vela Luka"]), ("NAME", ["Petra", "Oreb-Tabain"]), ("HOSPITAL", ["Dom zdravlja Korčula"]),
      ("LOCATION", ["Blato"]), ("HOSPITAL", ["Poliklinika Sveti Vlaho"]), ("DATE", ["30. 10. 2025."]),
      ("NAME", ["Katica"]), ("HOSPITAL", ["KBC Sestre milosrdnice"]), ("LOCATION", ["Zagreb"]),
      ("NAME", ["Goran", "Šeparović"]), ("NAME", ["M. B."]), ("NAME", ["Tomislav", "Barčot-Marinović"]),
      ("LICENCE", ["0917-4826"])],
     ["Čvor desnog režnja štitnjače", "limfadenitisa", "Hashimotov tireoiditis", "Euthyrox 50 µg", "TSH 3,8 mIU/L",
      "anti-TPO 412 IU/mL", "papilarnog karcinoma štitnjače", "hipoehogeni solidni čvor 23 x 17 x 14", "ACR TI-RADS TR4",
      "citološka punkcija tankom iglom (FNA)", "May-Grünwald-Giemsi", "Papanicolaouu", "Hürthleove (onkocitne) stanice",
      "Bethesda kategorija III", "atipija neodređenog značenja (AUS)", "molekularno testiranje (ThyroSeq)"]),

    # 18 - USA, Vermont, Northeast Kingdom (Island Pond, Brighton, Orleans, Albany, Newport; Burlington): deep brain stimulation programming visit note
    ("The University of Vermont Medical Center - Frymoyer Neurology, Movement Disorders\n"
     "111 Colchester Ave, Burlington, VT 05401 | clinic 802-555-0134 | fax 802-555-0135\n"
     "DBS PROGRAMMING VISIT | 12/04/2025 | 2nd programming session after implant\n"
     "\n"
     "Patient: Roland Ducharme-Labounty | 66 M | DOB 06/11/1959 | MRN 004-71-8826 | Medicare MBI 4TQ9-HW2-KR61\n"
     "Lives: 48 Derby Street, Island Pond (town of Brighton), VT 05846 | cell 802-555-0187\n"
     "Retired finish sander, Ethan Allen plant in Orleans; now runs a sugarhouse on the family land in Albany.\n"
     "Care partner: wife Ginette Ducharme (802-555-0159), present. Referring neurologist: Dr. Keziah Ambrose, North "
     "Country Hospital, Newport.\n"
     "\n"
     "History: Parkinson's disease diagnosed 2016 (right hand tremor). Motor fluctuations with 2.5 h wearing-off and "
     "peak-dose dyskinesia despite carbidopa/levodopa 25/100 two tabs q3h and Rytary at bedtime; LEDD 1,150 mg. "
     "Pre-op MDS-UPDRS Part III 42 off / 18 on. Hoehn and Yahr stage 3 off. MoCA 26/30. REM sleep behavior disorder. "
     "Bilateral STN DBS on 10/14/2025 (Dr. Anders Hallström-Nye), Medtronic Percept PC INS, serial NPC410238H, left "
     "infraclavicular; SenSight directional leads. Initial programming 11/10/2025.\n"
     "\n"
     "Interval: tremor gone. Off-time now ~1 h/day. More falls? No. Freezing of gait at doorways still, worse in the "
     "sugarhouse. Wife notes softer speech since the last increase. Over Thanksgiving dyskinesia in the evenings.\n"
     "\n"
     "Session data uploaded from the clinician tablet (IP 10.142.7.31) to CareLink. Device check: impedances within range both leads; battery 3.02 V. BrainSense LFP survey: beta-band peak at 21 Hz "
     "on the left (contact 1 segment B strongest), 18 Hz on the right.\n"
     "Monopolar review (off meds overnight, UPDRS items 20-23):\n"
     "  Left STN: 1-B 2.0 mA best rigidity benefit; 1-C at 3.0 mA stimulation-induced dysarthria; capsular side "
     "effects (R face pulling) at 1-A 3.5 mA.\n"
     "  Right STN: 9-A/B/C ring best, 2.2 mA; no side effects to 3.5 mA.\n"
     "Final settings: L: 1-B + case, 2.3 mA, 60 us, 130 Hz | R: 9 ring + case, 2.4 mA, 60 us, 130 Hz.\n"
     "Exam on final settings: MDS-UPDRS Part III 19 (off meds). Gait improved, one freeze on turning.\n"
     "\n"
     "Medications: reduce carbidopa/levodopa to 1.5 tabs q3h while awake (LEDD about 900 mg); keep Rytary at night. "
     "Patient programmer (serial HHP-7724180) groups A/B set; patient may use Group B (+0.2 mA) for the maple "
     "season. PT referral for cueing strategies at Northeast Kingdom Rehab in Newport. SLP eval (LSVT LOUD).\n"
     "After-visit summary posted to MyChart (https://mychart.uvmhealth.org/MyChart/Visits/AVS?csn=8841730562). Follow-up: 01/15/2026, before that phone check by our DBS nurse Brianna Coutu-Leclerc, RN.\n"
     "\n"
     "Electronically signed: Solveig Marchetti-Obuya, MD, Movement Disorders | NPI 1372049589 | VT 042.0131874",
     [("HOSPITAL", ["The University of Vermont Medical Center"]), ("HOSPITAL", ["Frymoyer Neurology"]),
      ("ADDRESS", ["111 Colchester Ave"]), ("LOCATION", ["Burlington"]), ("POSTCODE", ["05401"]),
      ("PHONE", ["802-555-0134"]), ("FAX", ["802-555-0135"]), ("DATE", ["12/04/2025"]),
      ("NAME", ["Roland", "Ducharme-Labounty"]), ("DATE", ["06/11/1959"]), ("MRN", ["004-71-8826"]),
      ("ID", ["4TQ9-HW2-KR61"]), ("ADDRESS", ["48 Derby Street"]), ("LOCATION", ["Island Pond"]), ("LOCATION", ["Brighton"]),
      ("POSTCODE", ["05846"]), ("PHONE", ["802-555-0187"]), ("LOCATION", ["Ethan Allen plant"]), ("LOCATION", ["Orleans"]),
      ("LOCATION", ["Albany"]), ("NAME", ["Ginette", "Ducharme"]), ("PHONE", ["802-555-0159"]),
      ("NAME", ["Keziah", "Ambrose"]), ("HOSPITAL", ["North Country Hospital"]), ("LOCATION", ["Newport"]),
      ("DATE", ["10/14/2025"]), ("NAME", ["Anders", "Hallström-Nye"]), ("SERIAL", ["NPC410238H"]),
      ("DATE", ["11/10/2025"]), ("DATE", ["Thanksgiving"]), ("IP", ["10.142.7.31"]), ("SERIAL", ["HHP-7724180"]), ("URL", ["https://mychart.uvmhealth.org/MyChart/Visits/AVS?csn=8841730562"]),
      ("HOSPITAL", ["Northeast Kingdom Rehab"]), ("DATE", ["01/15/2026"]), ("NAME", ["Brianna", "Coutu-Leclerc"]),
      ("NAME", ["Solveig", "Marchetti-Obuya"]), ("ID", ["1372049589"]), ("LICENCE", ["042.0131874"])],
     ["Parkinson's disease", "wearing-off", "peak-dose dyskinesia", "carbidopa/levodopa 25/100", "Rytary",
      "LEDD 1,150 mg", "MDS-UPDRS Part III 42 off / 18 on", "Hoehn and Yahr stage 3", "MoCA 26/30",
      "REM sleep behavior disorder", "Bilateral STN DBS", "Medtronic Percept PC", "SenSight directional leads",
      "Freezing of gait", "beta-band peak at 21 Hz", "stimulation-induced dysarthria", "capsular side effects",
      "LSVT LOUD"]),

    # 19 - South Africa, Western Cape, Central Karoo (Beaufort-Wes: Rustdene; Nelspoort; Murraysburg; Tygerberg): foetal alcohol spectrum disorder diagnostic assessment of a child (Afrikaans)
    ("Wes-Kaapse Regering: Gesondheid en Welstand\n"
     "Beaufort-Wes Hospitaal - Pediatriese buitepasiëntkliniek (uitreik vanaf Tygerberg-hospitaal)\n"
     "Donkinstraat 70, Beaufort-Wes, 6970 | Tel. 023 414 8102\n"
     "\n"
     "DIAGNOSTIESE BEOORDELING: FETALE ALKOHOLSPEKTRUMVERSTEURINGS (FASV)\n"
     "Datum van beoordeling: 18 November 2025 | Lêernommer: BWH-PD-0417-25\n"
     "\n"
     "Kind: Jayden Adonis | Geslag: manlik | Geboortedatum: 02/03/2018 (7 jaar 8 maande) | ID 1803025174083\n"
     "Adres: Hopestraat 14, Rustdene, Beaufort-Wes, 6970\n"
     "Skool: Graad 1 (herhaal), Laerskool Sonskyn, Beaufort-Wes; juffrou Ilse van der Merwe het die "
     "onderwyservraelys ingevul.\n"
     "Versorger: ouma, mev. Susanna (Sannie) Adonis, sel 072 418 3306; hulle woon saam met oupagrootjie Koos Adonis (93 jaar). Moeder: me. Chantelle Adonis, ID 9904140123088, "
     "werk seisoenaal op 'n druiweplaas naby De Doorns.\n"
     "Verwys deur: me. Lizelle Pretorius, maatskaplike werker, Departement van Maatskaplike Ontwikkeling, Beaufort-Wes "
     "(verwysing DSD-CK-2025-1182).\n"
     "\n"
     "Blootstelling: moeder bevestig alkoholgebruik gedurende die hele swangerskap (naweke 6-8 glase wyn, \"dop\" op "
     "Vrydae en Saterdae); geen ander dwelms. Gebore by Nelspoort Kliniek, 35 weke, geboortegewig 2 100 g.\n"
     "\n"
     "Dismorfologie (gemeet deur dr. Swanepoel en suster Nomsa Jacobs):\n"
     "- Palpebrale fisuurlengte 2,2 cm bilateraal (< 3de persentiel)\n"
     "- Gladde filtrum - Lip-Filtrum-gids rang 4; dun bolip - rang 4\n"
     "- Kopomtrek 48,0 cm (< 3de persentiel); gewig en lengte 10de persentiel\n"
     "- Hokkiestokstreep op die regterhandpalm; kamptodaktilie van die 5de vingers; hartklank normaal\n"
     "\n"
     "Neuro-ontwikkeling:\n"
     "- Griffiths III: algemene ontwikkelingskwosiënt 67; Beery VMI standaardtelling 68\n"
     "- Aandag en gedrag: Conners-3 (onderwyser) T-telling 78 (hiperaktiwiteit); geheue- en taalagterstand "
     "(arbeidsterapeut Riana Bosman, spraakterapeut Thandeka Mentoor)\n"
     "- Gehoor normaal; visie normaal\n"
     "\n"
     "Diagnose (Hoyme-kriteria 2016): Fetale alkoholsindroom (FAS) met ADHD (gekombineerde tipe).\n"
     "\n"
     "Plan:\n"
     "1. Uitslag met ouma en moeder bespreek; moeder na die Ouma-Ma-projek vir drankberading by die kliniek in "
     "Murraysburg verwys.\n"
     "2. Metielfenidaat (Ritalin) 5 mg soggens, opvolg oor 6 weke.\n"
     "3. Skoolverslag aan die distrikskantoor: plasing by 'n LSEN-skool (spesiale onderwys) oorweeg; arbeidsterapie "
     "twee-weekliks.\n"
     "4. Ouma ondersteun met 'n aansoek om die sorgafhanklikheidstoelaag (SASSA).\n"
     "5. Opvolg 27 Januarie 2026 na die skoolvakansie.\n"
     "\n"
     "Dr. Hendrik (Henk) Swanepoel, ontwikkelingspediater | HPCSA MP 0571836\n"
     "Beaufort-Wes, 18 November 2025",
     [("HOSPITAL", ["Beaufort-Wes Hospitaal"]), ("HOSPITAL", ["Tygerberg-hospitaal"]), ("ADDRESS", ["Donkinstraat 70"]),
      ("LOCATION", ["Beaufort-Wes"]), ("POSTCODE", ["6970"]), ("PHONE", ["023 414 8102"]), ("DATE", ["18 November 2025"]),
      ("MRN", ["BWH-PD-0417-25"]), ("NAME", ["Jayden", "Adonis"]), ("DATE", ["02/03/2018"]), ("ID", ["1803025174083"]),
      ("ADDRESS", ["Hopestraat 14"]), ("LOCATION", ["Rustdene"]), ("LOCATION", ["Laerskool Sonskyn"]),
      ("NAME", ["Ilse", "van der Merwe"]), ("NAME", ["Susanna", "Sannie"]), ("PHONE", ["072 418 3306"]), ("NAME", ["Koos"]), ("AGE", ["93 jaar"]),
      ("NAME", ["Chantelle"]), ("ID", ["9904140123088"]), ("LOCATION", ["De Doorns"]), ("NAME", ["Lizelle", "Pretorius"]),
      ("ID", ["DSD-CK-2025-1182"]), ("HOSPITAL", ["Nelspoort Kliniek"]), ("NAME", ["Swanepoel"]),
      ("NAME", ["Nomsa", "Jacobs"]), ("NAME", ["Riana", "Bosman"]), ("NAME", ["Thandeka", "Mentoor"]),
      ("LOCATION", ["Murraysburg"]), ("DATE", ["27 Januarie 2026"]), ("NAME", ["Hendrik", "Henk"]),
      ("LICENCE", ["MP 0571836"])],
     ["FETALE ALKOHOLSPEKTRUMVERSTEURINGS (FASV)", "Palpebrale fisuurlengte 2,2 cm", "Gladde filtrum",
      "Lip-Filtrum-gids rang 4", "dun bolip", "Kopomtrek 48,0 cm", "Hokkiestokstreep", "kamptodaktilie", "Griffiths III",
      "Beery VMI standaardtelling 68", "Conners-3", "Hoyme-kriteria 2016", "Fetale alkoholsindroom (FAS)",
      "ADHD (gekombineerde tipe)", "Metielfenidaat (Ritalin) 5 mg"]),

    # 20 - Mauritius, Rodrigues (Crève Cœur, Baie-aux-Huîtres, Grand La Fouche Corail, Port Mathurin; Beau Bassin): community depot antipsychotic injection clinic card and review
    ("RODRIGUES REGIONAL ASSEMBLY - Commission for Health\n"
     "Queen Elizabeth Hospital, Crève Cœur, Rodrigues - Community Mental Health Clinic\n"
     "Tel +230 831 1628 | fax +230 831 1629\n"
     "DEPOT ANTIPSYCHOTIC INJECTION CARD AND 6-MONTHLY REVIEW\n"
     "Card no.: QEH-CMH-0188 | Hospital no.: QE 2011/04417\n"
     "\n"
     "Patient: Mr Jean-Claude Perrine | Male | DOB 14/04/1987 | NIC P140487120037C\n"
     "Address: near the fish landing station, Baie-aux-Huîtres | Mobile +230 5874 2136\n"
     "Occupation: octopus fisher with his mother's boat in the lagoon; sells at the Port Mathurin market on Saturdays.\n"
     "Next of kin: mother Mrs Marie-Josée Perrine, Grand La Fouche Corail, +230 5912 4408; brother Fabrice (in Curepipe).\n"
     "Diagnosis: paranoid schizophrenia (F20.0), first episode 2011 during a stay in Mauritius; cannabis (gandia) use, "
     "abstinent since the last relapse.\n"
     "Regimen: fluphenazine decanoate (Modecate) 25 mg IM every 3 weeks, ventrogluteal, alternating sides "
     "(Z-track technique); benzhexol 2 mg mane.\n"
     "\n"
     "Injection record:\n"
     "  02/09/2025 | 25 mg | R VG | batch FD24K117 | given by L.R. | next due 23/09/2025\n"
     "  23/09/2025 | 25 mg | L VG | batch FD24K117 | given by L.R. | next due 14/10/2025\n"
     "  14/10/2025 | not given - did not attend (at sea); home visit 16/10/2025 by Mrs Lise Ravina, given at home L VG\n"
     "  06/11/2025 | 25 mg | R VG | batch FD25B032 | given by G.S. | next due 27/11/2025\n"
     "  27/11/2025 | 25 mg | L VG | batch FD25B032 | given by L.R. + review below\n"
     "\n"
     "6-monthly review, 27/11/2025 (visiting psychiatrist Dr Ashwin Ramdhony, Brown-Séquard Mental Health Care Centre, "
     "Beau Bassin, by the monthly Air Mauritius rotation):\n"
     "Mental state: calm, good rapport, no hallucinations reported, fixed belief that neighbours 'send bad luck' but "
     "not acted on; insight partial. BPRS 28. He enjoyed the Festival Kreol at Port Mathurin and helped with the "
     "sega tambour group.\n"
     "Side effects: Simpson-Angus Scale 3 (mild rigidity), Barnes Akathisia Rating Scale 1, AIMS score 2 (mild "
     "orofacial). Weight 81 kg, BMI 27.4; BP 128/82.\n"
     "Bloods (Queen Elizabeth Hospital lab, 20/11/2025): prolactin 612 mIU/L, HbA1c 5.9%, fasting lipids normal.\n"
     "Plan: continue Modecate 25 mg every 3 weeks; reduce benzhexol to 2 mg when needed; discuss switch to "
     "paliperidone palmitate 3-monthly when stock arrives from Mauritius. Relapse signature (stops sleeping, talks of "
     "leaving on a pirogue) shared with his mother. Next psychiatrist review May 2026.\n"
     "\n"
     "Community psychiatric nurse: Mrs Lise Ravina, Nursing Council of Mauritius reg. 5128 (L.R.)\n"
     "Nurse: Mr Gérard Spéville (G.S.) | Medical Council of Mauritius reg. (Dr Ramdhony) 2897",
     [("LOCATION", ["RODRIGUES REGIONAL ASSEMBLY"]), ("HOSPITAL", ["Queen Elizabeth Hospital"]), ("LOCATION", ["Crève Cœur"]), ("LOCATION", ["Rodrigues"]),
      ("PHONE", ["+230 831 1628"]), ("FAX", ["+230 831 1629"]), ("ID", ["QEH-CMH-0188"]), ("MRN", ["QE 2011/04417"]),
      ("NAME", ["Jean-Claude", "Perrine"]), ("DATE", ["14/04/1987"]), ("ID", ["P140487120037C"]),
      ("LOCATION", ["Baie-aux-Huîtres"]), ("PHONE", ["+230 5874 2136"]), ("LOCATION", ["Port Mathurin"]),
      ("NAME", ["Marie-Josée"]), ("LOCATION", ["Grand La Fouche Corail"]), ("PHONE", ["+230 5912 4408"]),
      ("NAME", ["Fabrice"]), ("LOCATION", ["Curepipe"]), ("DATE", ["02/09/2025"]), ("SERIAL", ["FD24K117"]),
      ("NAME", ["L.R."]), ("DATE", ["23/09/2025"]), ("DATE", ["14/10/2025"]), ("DATE", ["16/10/2025"]),
      ("NAME", ["Lise", "Ravina"]), ("DATE", ["06/11/2025"]), ("SERIAL", ["FD25B032"]), ("NAME", ["G.S."]),
      ("DATE", ["27/11/2025"]), ("NAME", ["Ashwin", "Ramdhony"]), ("HOSPITAL", ["Brown-Séquard Mental Health Care Centre"]),
      ("LOCATION", ["Beau Bassin"]), ("DATE", ["Festival Kreol"]), ("DATE", ["20/11/2025"]), ("DATE", ["May 2026"]),
      ("LICENCE", ["5128"]), ("NAME", ["Gérard", "Spéville"]), ("LICENCE", ["2897"])],
     ["paranoid schizophrenia (F20.0)", "cannabis (gandia)", "fluphenazine decanoate (Modecate) 25 mg IM",
      "ventrogluteal", "Z-track technique", "benzhexol 2 mg", "BPRS 28", "Simpson-Angus Scale 3",
      "Barnes Akathisia Rating Scale 1", "AIMS score 2", "BMI 27.4", "prolactin 612 mIU/L", "HbA1c 5.9%",
      "paliperidone palmitate 3-monthly", "Relapse signature"]),

    # 21 - Spain, Basque Country, Gipuzkoa (Tolosa, Ibarra, Alegia; Donostia): botulinum toxin injection record for post-stroke spasticity (Basque)
    ("Osakidetza - Tolosaldea Ospitalea\n"
     "Errehabilitazio eta Medikuntza Fisikoko Zerbitzua - Espastizitate Kontsulta\n"
     "Izaskungo aldapa z/g, 20400 Tolosa | Tel. 943 006 412\n"
     "\n"
     "TOXINA BOTULINIKOAREN INFILTRAZIO-ERREGISTROA\n"
     "Data: 2025eko azaroaren 25a | Historia klinikoa: TOL-0418273 | 3. saioa\n"
     "\n"
     "Gaixoa: Itziar Zubeldia Arrizabalaga | Emakumea | Jaiotze-data: 1967/02/11 | NAN: 15987234A\n"
     "OTI (osasun-txartela) zk.: ZUAR670211418 | Helbidea: Kale Nagusia 23, 2. ezk., 20400 Ibarra | Tel. 688 214 907\n"
     "Lanbidea: paper-fabrikako langilea izan zen (Papelera Oria, Alegia); gaur egun ezintasun iraunkorrean.\n"
     "Harremanetarako: senarra Patxi Goikoetxea (943 672 318); alaba Ane, Donostian bizi da.\n"
     "\n"
     "Aurrekariak: ezker ACM-ko iktus iskemikoa 2025eko martxoaren 3an, Donostia Unibertsitate Ospitalean "
     "trombektomia; eskuineko hemiparesia eta afasia motorea arina. Hipertentsioa, fibrilazio aurikularra (apixaban 5 mg "
     "12 orduro). Rankin eskala aldatua 3. Barthel indizea 65.\n"
     "\n"
     "Azterketa (infiltrazio aurretik):\n"
     "- Ukondoko flexoreak: Ashworth eskala aldatua 3; Tardieu eskala: R1 70°, R2 140°.\n"
     "- Eskumuturra eta hatzen flexoreak: Ashworth eskala aldatua 2; eskua itxita, higienerako zailtasuna.\n"
     "- Oina: oin ekinobaroa ibiltzean, gastroknemioak Ashworth 2; AFO ortesiarekin 150 m ibiltzen da makila batekin.\n"
     "- Fugl-Meyer goiko gorputz-adarra 28/66.\n"
     "GAS helburuak (gaixoarekin eta fisioterapeutarekin adostuak): 1) eskua garbitu eta azkazalak moztu; 2) mahuka "
     "jantzi laguntzarik gabe; 3) oinetakoa errazago jarri.\n"
     "\n"
     "Infiltrazioa: onabotulinumtoxinA (Botox) guztira 300 U, lotea C6317C3, 100 U / 2 ml gatz-serumean diluitua; "
     "ekografia bidezko gidaritza eta elektroestimulazioa.\n"
     "  Bizeps brakiala 80 U (3 puntu) | Brakioradiala 40 U | Flexor carpi radialis 30 U | Flexor digitorum "
     "superficialis 50 U | Flexor digitorum profundus 40 U | Gastroknemio mediala 60 U\n"
     "Konplikaziorik ez. Apixabana ez da eten (konpresio luzeagoa).\n"
     "\n"
     "Plana: luzaketa-programa eta igeltsu seriatua ez; fisioterapia intentsiboa 4 astez Tolosako Anbulatorioan, "
     "fisioterapeuta Jon Ander Aranburu Lasarte-rekin. Hurrengo balorazioa 6 astetara (2026ko urtarrilaren 8a); "
     "hurrengo infiltrazioa 3 hilabete barru, martxoan.\n"
     "\n"
     "Medikua: Dr. Maite Lasa Urkiola, errehabilitazio-medikua | Gipuzkoako Sendagileen Elkargoa, zk. 20/14385\n"
     "Erizaina: Nerea Otegi",
     [("HOSPITAL", ["Tolosaldea Ospitalea"]), ("ADDRESS", ["Izaskungo aldapa z/g"]), ("POSTCODE", ["20400"]),
      ("LOCATION", ["Tolosa"]), ("PHONE", ["943 006 412"]), ("DATE", ["2025eko azaroaren 25a"]), ("MRN", ["TOL-0418273"]),
      ("NAME", ["Itziar", "Zubeldia", "Arrizabalaga"]), ("DATE", ["1967/02/11"]), ("ID", ["15987234A"]),
      ("ID", ["ZUAR670211418"]), ("ADDRESS", ["Kale Nagusia 23, 2. ezk."]), ("LOCATION", ["Ibarra"]),
      ("PHONE", ["688 214 907"]), ("LOCATION", ["Papelera Oria"]), ("LOCATION", ["Alegia"]),
      ("NAME", ["Patxi", "Goikoetxea"]), ("PHONE", ["943 672 318"]), ("NAME", ["Ane"]), ("LOCATION", ["Donostian"]),
      ("DATE", ["2025eko martxoaren 3an"]), ("HOSPITAL", ["Donostia Unibertsitate Ospitalean"]), ("SERIAL", ["C6317C3"]),
      ("HOSPITAL", ["Tolosako Anbulatorioan"]), ("NAME", ["Jon Ander", "Aranburu", "Lasarte"]),
      ("DATE", ["2026ko urtarrilaren 8a"]), ("DATE", ["martxoan"]), ("NAME", ["Maite", "Lasa", "Urkiola"]),
      ("LICENCE", ["20/14385"]), ("NAME", ["Nerea", "Otegi"])],
     ["ezker ACM-ko iktus iskemikoa", "trombektomia", "eskuineko hemiparesia", "afasia motorea", "fibrilazio aurikularra",
      "apixaban 5 mg", "Rankin eskala aldatua 3", "Barthel indizea 65", "Ashworth eskala aldatua 3", "Tardieu eskala",
      "oin ekinobaroa", "Fugl-Meyer goiko gorputz-adarra 28/66", "onabotulinumtoxinA (Botox) guztira 300 U",
      "ekografia bidezko gidaritza", "Bizeps brakiala 80 U", "Flexor digitorum profundus 40 U", "GAS helburuak"]),

    # 22 - Federated States of Micronesia, Yap (Colonia, Maap: Bechiyal; Ulithi: Falalop; Guam: Tamuning, Dededo): dental officer's oral biopsy record and histopathology request for a betel nut chewer
    ("YAP STATE DEPARTMENT OF HEALTH SERVICES - Yap Memorial Hospital, Dental Clinic\n"
     "P.O. Box 148, Colonia, Yap FM 96943 | Tel (691) 350-3446 | fax (691) 350-3447\n"
     "ORAL LESION BIOPSY RECORD AND HISTOPATHOLOGY REQUEST\n"
     "Date: 11/20/2025 | Dental record no. YMH-D-20418 | Hospital no. 071294\n"
     "\n"
     "Patient: Francis Tamngin Ruepong | M | 52 yrs | DOB 04/17/1973\n"
     "FSM Social Security no. 0438177 | MiCare member no. MC-Y-118427\n"
     "Residence: Bechiyal village, Maap municipality | cell (691) 350-7712 (son Gilbert)\n"
     "Occupation: taro garden and reef fishing; grew up on Falalop, Ulithi.\n"
     "Wife: Theresa Lukan (accompanied him; speaks Yapese, interpreter not needed).\n"
     "Referred by: health assistant Mr. Linus Gilmar, Maap dispensary, after the community oral cancer screening on "
     "Yap Day.\n"
     "\n"
     "History: chews betel quid with slaked lime and tobacco since age 12, about 20 nuts a day; smokes 5 cigarettes a "
     "day; alcohol on weekends (tuba). White patch inside the right cheek for about 1 year, burning with spicy food, "
     "stiff mouth for 3 years. No weight loss. Diabetic on metformin.\n"
     "\n"
     "Examination: mouth opening 28 mm (interincisal), blanched mucosa with palpable vertical fibrous bands both "
     "cheeks - oral submucous fibrosis. Right buccal mucosa: speckled erythroleukoplakia 3.0 x 2.2 cm, firm edge at the "
     "posterior part, no ulcer; left buccal mucosa: homogeneous leukoplakia 1.5 cm. No Wickham's striae (lichenoid "
     "reaction less likely). Teeth stained; periodontitis. Neck: one firm 1.2 cm node level Ib right, mobile.\n"
     "Toluidine blue staining positive over the red areas of the right lesion.\n"
     "\n"
     "Procedure (11/20/2025, consent signed): 2% lidocaine with 1:100,000 epinephrine, 1.8 mL. Incisional biopsy of "
     "the right buccal lesion, two specimens (A: red area posterior edge, 8 x 5 mm; B: white area, 6 x 4 mm). Sutured "
     "with 4-0 Vicryl. Specimens in 10% neutral buffered formalin, labelled YMH-BX-25-0331 A/B.\n"
     "\n"
     "Histopathology request: please assess for oral epithelial dysplasia and squamous cell carcinoma. Sent by United "
     "Airlines cargo, air waybill 016-48217733, to Diagnostic Laboratory Services, Tamuning, Guam, attention Dr. "
     "Imelda Santos-Cruz, pathologist. Results by e-mail to yapdental.chief@fsmhealth.fm.\n"
     "\n"
     "Plan: chlorhexidine mouthwash, paracetamol; suture review in 7 days; betel nut and tobacco cessation counselling "
     "started (quit date chosen: 12/08/2025, the feast of the Immaculate Conception at St. Mary's Church, Colonia). If "
     "carcinoma: off-island referral for surgery and neck dissection to Guam Regional Medical City, Dededo, through the "
     "MiCare off-island referral committee.\n"
     "\n"
     "Dental officer: Dr. Maria Fanechigiy-Lambert, DDS | Yap State Medical Licensing Board no. YMLB-D-027",
     [("HOSPITAL", ["Yap Memorial Hospital"]), ("ADDRESS", ["P.O. Box 148"]), ("LOCATION", ["Colonia"]),
      ("POSTCODE", ["FM 96943"]), ("PHONE", ["(691) 350-3446"]), ("FAX", ["(691) 350-3447"]),
      ("DATE", ["11/20/2025"]), ("MRN", ["YMH-D-20418"]), ("MRN", ["071294"]), ("NAME", ["Francis", "Tamngin", "Ruepong"]),
      ("DATE", ["04/17/1973"]), ("ID", ["0438177"]), ("ID", ["MC-Y-118427"]), ("LOCATION", ["Bechiyal"]),
      ("LOCATION", ["Maap"]), ("PHONE", ["(691) 350-7712"]), ("NAME", ["Gilbert"]), ("LOCATION", ["Falalop"]),
      ("LOCATION", ["Ulithi"]), ("NAME", ["Theresa", "Lukan"]), ("NAME", ["Linus", "Gilmar"]), ("DATE", ["Yap Day"]),
      ("ID", ["YMH-BX-25-0331"]), ("ID", ["016-48217733"]), ("HOSPITAL", ["Diagnostic Laboratory Services"]),
      ("LOCATION", ["Tamuning"]), ("NAME", ["Imelda", "Santos-Cruz"]), ("EMAIL", ["yapdental.chief@fsmhealth.fm"]),
      ("DATE", ["12/08/2025"]), ("DATE", ["the feast of the Immaculate Conception"]), ("LOCATION", ["St. Mary's Church"]),
      ("HOSPITAL", ["Guam Regional Medical City"]), ("LOCATION", ["Dededo"]), ("NAME", ["Maria", "Fanechigiy-Lambert"]),
      ("LICENCE", ["YMLB-D-027"])],
     ["betel quid with slaked lime and tobacco", "mouth opening 28 mm (interincisal)", "oral submucous fibrosis",
      "speckled erythroleukoplakia", "homogeneous leukoplakia", "Wickham's striae", "lichenoid reaction",
      "periodontitis", "Toluidine blue staining positive", "2% lidocaine with 1:100,000 epinephrine",
      "Incisional biopsy", "4-0 Vicryl", "10% neutral buffered formalin", "oral epithelial dysplasia",
      "squamous cell carcinoma", "chlorhexidine mouthwash"]),

    # 23 - Iceland, East Iceland (Reyðarfjörður, Egilsstaðir, Seyðisfjörður, Neskaupstaður; Reykjavík): lipid clinic letter on familial hypercholesterolaemia with family cascade screening (Icelandic)
    ("Landspítali - Göngudeild hjarta- og æðasjúkdóma, blóðfitumóttaka\n"
     "Hringbraut, 101 Reykjavík | sími 543 6118 | blodfita@landspitali.is\n"
     "\n"
     "Reykjavík, 3. desember 2025\n"
     "\n"
     "Til: Ragnheiðar Kristjánsdóttur, heimilislæknis, Heilsugæslunni á Reyðarfirði, Heilbrigðisstofnun Austurlands\n"
     "\n"
     "Efni: Sigurður Helgi Þórólfsson, kt. 140684-3339\n"
     "Heimili: Búðareyri 14, 730 Reyðarfirði | farsími 862 4417\n"
     "\n"
     "Kæra Ragnheiður,\n"
     "Þakka þér tilvísunina. Ég hitti Sigurð í fjarviðtali 20. nóvember og á stofu í dag. Hann er 41 árs, vinnur á "
     "vöktum í kerskála Alcoa Fjarðaáls og reykir ekki.\n"
     "\n"
     "Fjölskyldusaga: faðir hans, Þórólfur Sigurðsson frá Seyðisfirði, fékk kransæðastíflu 48 ára og lést 52 ára. "
     "Föðuramma fékk hjartaáfall um fimmtugt. Systir hans, Guðrún Þórólfsdóttir á Seyðisfirði, hefur \"alltaf verið með "
     "hátt kólesteról\".\n"
     "\n"
     "Skoðun: sinagúlar (xanthoma) á báðum hásinum, arcus cornealis beggja vegna. BÞ 132/84. LÞS 27.\n"
     "Rannsóknir (fastandi, án meðferðar): heildarkólesteról 10,2 mmól/L, LDL-kólesteról 7,9 mmól/L, HDL 1,1, "
     "þríglýseríð 1,3 mmól/L, Lp(a) 45 nmól/L. TSH, lifrarpróf og kreatínín eðlileg; CK 142 U/L.\n"
     "Tölvusneiðmynd af hjarta (Heilbrigðisstofnun Austurlands, Neskaupstað, 27. nóvember): kransæðakalk (CAC) 112 "
     "Agatston-einingar.\n"
     "Erfðapróf (Erfða- og sameindalæknisfræðideild, sýni nr. ESD-25-11873): arfblendinn fyrir meinvaldandi "
     "breytingu í LDLR c.1444G>A (p.Asp482Asn).\n"
     "\n"
     "Mat: ættgeng kólesterólhækkun (arfblendin), staðfest með erfðaprófi; Dutch Lipid Clinic Network stig 16 "
     "(örugg greining) og uppfyllir Simon Broome-skilmerkin um staðfesta greiningu.\n"
     "\n"
     "Meðferð: byrjað á atorvastatíni 80 mg og ezetimíbi 10 mg. Markmið LDL < 1,8 mmól/L (og helmingslækkun). Ef það "
     "næst ekki eftir 8 vikur sæki ég um Repatha (evolocumab) 140 mg á 2 vikna fresti hjá Sjúkratryggingum Íslands.\n"
     "\n"
     "Fjölskylduskimun: Sigurður hefur gefið leyfi til að haft verði samband við ættingja. Börn hans, Embla "
     "Sigurðardóttir (kt. 080913-2220) og Kári Sigurðsson, 9 ára, búa hjá móður sinni, Ásdísi Hrund Jónsdóttur, á "
     "Egilsstöðum; mælt er með LDL-mælingu og erfðaprófi hjá þeim báðum (statín frá 8-10 ára aldri ef jákvætt). "
     "Guðrúnu systur hans verður boðið í erfðaráðgjöf. Ég sendi þér bréf til að afhenda fjölskyldunni.\n"
     "Næsta koma: blóðprufa á heilsugæslunni í lok janúar, símaviðtal við mig 5. febrúar 2026.\n"
     "\n"
     "Með kveðju,\n"
     "Hallgrímur Freyr Eyjólfsson, sérfræðingur í hjartalækningum | læknisleyfi nr. 3716",
     [("HOSPITAL", ["Landspítali"]), ("ADDRESS", ["Hringbraut"]), ("POSTCODE", ["101"]), ("LOCATION", ["Reykjavík"]),
      ("PHONE", ["543 6118"]), ("EMAIL", ["blodfita@landspitali.is"]), ("DATE", ["3. desember 2025"]),
      ("NAME", ["Ragnheiðar", "Kristjánsdóttur"]), ("HOSPITAL", ["Heilsugæslunni á Reyðarfirði"]),
      ("HOSPITAL", ["Heilbrigðisstofnun Austurlands"]), ("NAME", ["Sigurður", "Helgi", "Þórólfsson"]),
      ("ID", ["140684-3339"]), ("ADDRESS", ["Búðareyri 14"]), ("POSTCODE", ["730"]), ("LOCATION", ["Reyðarfirði"]),
      ("PHONE", ["862 4417"]), ("NAME", ["Ragnheiður"]), ("NAME", ["Sigurð"]), ("DATE", ["20. nóvember"]),
      ("LOCATION", ["Alcoa Fjarðaáls"]), ("NAME", ["Þórólfur", "Sigurðsson"]), ("LOCATION", ["Seyðisfirði"]),
      ("NAME", ["Guðrún", "Þórólfsdóttir"]), ("LOCATION", ["Neskaupstað"]), ("DATE", ["27. nóvember"]),
      ("ID", ["ESD-25-11873"]), ("NAME", ["Embla", "Sigurðardóttir"]), ("ID", ["080913-2220"]), ("NAME", ["Kári"]),
      ("NAME", ["Ásdísi", "Hrund", "Jónsdóttur"]), ("LOCATION", ["Egilsstöðum"]), ("NAME", ["Guðrúnu"]),
      ("DATE", ["janúar"]), ("DATE", ["5. febrúar 2026"]), ("NAME", ["Hallgrímur", "Freyr", "Eyjólfsson"]),
      ("LICENCE", ["3716"])],
     ["kransæðastíflu", "sinagúlar (xanthoma)", "arcus cornealis", "LDL-kólesteról 7,9 mmól/L", "Lp(a) 45 nmól/L",
      "CK 142 U/L", "kransæðakalk (CAC) 112", "Agatston-einingar", "LDLR c.1444G>A (p.Asp482Asn)",
      "ættgeng kólesterólhækkun", "Dutch Lipid Clinic Network stig 16", "Simon Broome-skilmerkin", "atorvastatíni 80 mg",
      "ezetimíbi 10 mg", "Repatha (evolocumab) 140 mg", "þríglýseríð 1,3 mmól/L"]),
]
