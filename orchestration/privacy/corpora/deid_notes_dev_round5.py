"""DEV notes of the fifth round of issue 14, one failure class each, written before the rules for them.

The classes are the ones HELD-OUT 4 showed leaking, listed by class before any rule was changed, with new
people, places and phrasings (none taken from a held-out note): Hebrew, Arabic and Ukrainian notes read by
their labels, titles and relatives; traditional Chinese labels; a place in an address line before a postcode,
a county or a state, and a bare postcode after a place; rural routes, Indian addresses and numbered streets;
places in weak slots (a Maori "Te" name, a pub, a firm, a place after "of" in an address); hospitals by
acronym, abbreviation or bare name where a patient is sent; names beside a nickname in quotes, after
colloquial relation words, before a role in brackets or after a role abbreviation; codes after a label
(badge, group, licence, council registration, police and case references, passes); dates without a year;
an Irish landline. The last notes hold classifications, diseases and device services named after places,
and procedure acronyms, which must survive. Same format as :mod:`deid_notes_dev`.
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

ROUND5_NOTES: list[Note] = [
    ("סיכום ביקור, המרכז הרפואי שערי צדק.\nשם המטופלת: רבקה אלמוג, בת 68, ת\"ז 039337423.\nכתובת: רחוב הרימון 7, "
     "כרמיאל.\nאבחנה: דלקת ריאות.\nאיש קשר: הבן אליהו אלמוג, 052-6613377.\nרופא מטפל: ד\"ר שמעון ויסברג",
     [("HOSPITAL", ["שערי צדק"]), ("NAME", ["רבקה", "אלמוג"]), ("ID", ["039337423"]), ("ADDRESS", ["הרימון 7"]),
      ("LOCATION", ["כרמיאל"]), ("NAME", ["אליהו"]), ("PHONE", ["052-6613377"]), ("NAME", ["שמעון", "ויסברג"])],
     ["דלקת ריאות"]),
    ("تقرير خروج، مستشفى البشير\nالمريض: سامي يوسف القضاة، العمر 63 سنة\nالعنوان: حي النزهة، شارع الجامعة 8، إربد\n"
     "التشخيص: التهاب رئوي\nللتواصل: زوجته ليلى 0795512234\nالطبيب المعالج: د. هاني المصري",
     [("HOSPITAL", ["البشير"]), ("NAME", ["سامي", "يوسف", "القضاة"]), ("LOCATION", ["النزهة"]),
      ("ADDRESS", ["شارع الجامعة 8"]), ("LOCATION", ["إربد"]), ("NAME", ["ليلى"]), ("PHONE", ["0795512234"]),
      ("NAME", ["هاني", "المصري"])],
     ["التهاب رئوي"]),
    ("Виписка з історії хвороби\nПацієнт: Ковальчук Андрій Петрович, 52 р., медична карта № 2023/1187\nАдреса: вул. "
     "Франка 12, кв. 3, м. Дрогобич\nДіагноз: негоспітальна пневмонія.\nТел.: +380 67 412 5590 (дружина Наталія)\n"
     "Лікар: Савчук Ірина Олегівна",
     [("NAME", ["Ковальчук", "Андрій", "Петрович"]), ("MRN", ["2023/1187"]), ("ADDRESS", ["Франка 12"]),
      ("LOCATION", ["Дрогобич"]), ("PHONE", ["+380 67 412 5590"]), ("NAME", ["Наталія"]),
      ("NAME", ["Савчук", "Ірина", "Олегівна"])],
     ["негоспітальна пневмонія"]),
    ("出院摘要\n病患：黃美玲\u3000女\u300061歲\n主治醫師：林志明（員山分院）\nΗ ασθενής μένει στο Κιάτο με την κόρη της.",
     [("NAME", ["黃美玲"]), ("NAME", ["林志明"]), ("HOSPITAL", ["員山分院"]), ("LOCATION", ["Κιάτο"])],
     ["出院摘要"]),
    ("Re: Mr Torquil Bannatyne, 59, Ballachulish, Argyll PH49 4JB. Previously of Strathpeffer, Ross-shire IV14 9AR. "
     "Moved from Drumshanbo, Co. Leitrim. Sister lives in Antigonish County. Address RR 4 Box 27, Mobridge SD 57601.",
     [("NAME", ["Torquil", "Bannatyne"]), ("LOCATION", ["Ballachulish"]), ("LOCATION", ["Argyll"]),
      ("POSTCODE", ["PH49 4JB"]), ("LOCATION", ["Strathpeffer"]), ("LOCATION", ["Ross-shire"]),
      ("POSTCODE", ["IV14 9AR"]), ("LOCATION", ["Drumshanbo"]), ("LOCATION", ["Leitrim"]),
      ("LOCATION", ["Antigonish County"]), ("ADDRESS", ["RR 4 Box 27"]), ("LOCATION", ["Mobridge"]),
      ("POSTCODE", ["57601"])],
     []),
    ("Addresses on file: 12 Kookaburra Cres, Nannup 6275. 88 Totara Road, RD 3, Kaikohe 0473. 14 Protea Rd, "
     "Somerset West 7130. #45, 2nd Main, Jayalakshmipuram 3rd Stage, Hassan 573201. Lives Tonopah 89049 "
     "(Old Town). Works on 14th St. Lives 12b Wheelgate, Malton YO17 7HP. Van left on Briggate in Knaresborough.",
     [("ADDRESS", ["12 Kookaburra Cres"]), ("LOCATION", ["Nannup"]), ("POSTCODE", ["6275"]),
      ("ADDRESS", ["88 Totara Road", "RD 3"]), ("LOCATION", ["Kaikohe"]), ("POSTCODE", ["0473"]),
      ("ADDRESS", ["14 Protea Rd"]), ("LOCATION", ["Somerset West"]), ("POSTCODE", ["7130"]),
      ("ADDRESS", ["#45, 2nd Main"]), ("LOCATION", ["Jayalakshmipuram"]), ("LOCATION", ["Hassan"]),
      ("POSTCODE", ["573201"]), ("LOCATION", ["Tonopah"]), ("POSTCODE", ["89049"]), ("ADDRESS", ["14th St"]),
      ("ADDRESS", ["12b Wheelgate"]), ("LOCATION", ["Malton"]), ("POSTCODE", ["YO17 7HP"]),
      ("ADDRESS", ["Briggate"]), ("LOCATION", ["Knaresborough"])],
     []),
    ("Social. Gets his scripts from the pharmacy in Te Puke. Glassed outside the Fox & Hounds in Baildon. Drives for "
     "Kurow Haulage. Mrs Winifred Scarth, DOB 02/02/1950, of Glenties, Ardara, Co. Donegal. Studies nursing at "
     "Ulster University.",
     [("LOCATION", ["Te Puke"]), ("LOCATION", ["Fox & Hounds"]), ("LOCATION", ["Baildon"]), ("LOCATION", ["Kurow"]),
      ("NAME", ["Winifred", "Scarth"]), ("DATE", ["02/02/1950"]), ("LOCATION", ["Glenties"]),
      ("LOCATION", ["Ardara"]), ("LOCATION", ["Donegal"]), ("LOCATION", ["Ulster University"])],
     ["Studies nursing"]),
    ("Pathway. Blue-lighted to the JCUH for primary PCI. Refer to Clatterbridge for radiotherapy. Ward 4, Whanganui "
     "Hosp. Prior imaging from Sioux Lakes Area Health System. Endoscopy Unit, Tameside General, 03/05/2024. "
     "Discussed with the registrar, haematology, Christie. CRH Radiology reported the film.",
     [("HOSPITAL", ["JCUH"]), ("HOSPITAL", ["Clatterbridge"]), ("HOSPITAL", ["Whanganui"]),
      ("HOSPITAL", ["Sioux Lakes"]), ("HOSPITAL", ["Tameside"]), ("DATE", ["03/05/2024"]),
      ("HOSPITAL", ["Christie"]), ("HOSPITAL", ["CRH"])],
     ["primary PCI", "for radiotherapy", "Endoscopy Unit", "haematology"]),
    ("ED 01:10, fall. 44M Desmond 'Spud' Hargreaves, intoxicated. Hubby Lenny waiting outside; aunty Marlene "
     "rang. Ex-husband Duane-Lee not to be told. Obs by Tavita (RN). Walked with Oisín (physio). Signed: Krystal "
     "M., LPN. Ordering: Philippa Ngata-Rowe, DO. CNS Bethan Pryce will ring. Picked up by his mate 'Tank' Ruscoe.",
     [("NAME", ["Desmond", "Hargreaves"]), ("NAME", ["Spud"]), ("NAME", ["Lenny"]), ("NAME", ["Marlene"]),
      ("NAME", ["Duane-Lee"]), ("NAME", ["Tavita"]), ("NAME", ["Oisín"]), ("NAME", ["Krystal"]),
      ("NAME", ["Philippa", "Ngata-Rowe"]), ("NAME", ["Bethan", "Pryce"]), ("NAME", ["Tank"]),
      ("NAME", ["Ruscoe"])],
     ["intoxicated"]),
    ("Numbers. Security officer (badge 20931). Insurer group 554210. Counsellor, lic. #11472. Dr Niamh Coen, IMC "
     "402211. Dr Suresh Bhat, KMC Reg. 55102. Police ref 12/55410/23. Health dept case WA-PUI-2211. Bus pass "
     "0031 5521 8874. MLC No. 208/2023. Driver licence 112 448 903. Scooter KA-05-MN-2231. Her account is "
     "jess.b.rowe_09 on TikTok.",
     [("ID", ["20931"]), ("ID", ["554210"]), ("LICENCE", ["11472"]), ("NAME", ["Niamh", "Coen"]),
      ("LICENCE", ["402211"]), ("NAME", ["Suresh", "Bhat"]), ("LICENCE", ["55102"]), ("ID", ["12/55410/23"]),
      ("ID", ["WA-PUI-2211"]), ("ID", ["0031 5521 8874"]), ("ID", ["208/2023"]), ("LICENCE", ["112 448 903"]),
      ("PLATE", ["KA-05-MN-2231"]), ("HANDLE", ["jess.b.rowe_09"])],
     ["Security officer"]),
    ("Admitted 21/4 with a fever. Clinic booked 7/14 at 10:30. Husband rings from Dublin on 01 662 1143; the "
     "practice is on 021 432 1190.",
     [("DATE", ["21/4"]), ("DATE", ["7/14"]), ("PHONE", ["01 662 1143"]), ("PHONE", ["021 432 1190"])],
     ["with a fever", "at 10:30"]),
    # three classes HELD-OUT 4 still leaked at its checkpoint, written before their rules
    ("Oncology follow-up. CNS Gwenllian Prothero will phone; CNS lymphoma was excluded and CNS Involvement is not "
     "suspected. Lives Ipswich 4305 (Dinmore-Riverview). Sister farms in Bald Hills; cousin in Rocky Creek. Observed "
     "in Resus Bay, then in Recovery Bay.",
     [("NAME", ["Gwenllian", "Prothero"]), ("LOCATION", ["Ipswich"]), ("POSTCODE", ["4305"]),
      ("LOCATION", ["Dinmore-Riverview"]), ("LOCATION", ["Bald Hills"]), ("LOCATION", ["Rocky Creek"])],
     ["CNS lymphoma", "CNS Involvement", "in Resus Bay", "in Recovery Bay"]),
    # probe notes written after the round's rules, in styles the rules were not written for (round 5c)
    ("ED note 22:15. 29F c/o pelvic pain. Pt's girlfriend Shaniqua at bedside. From Yazoo City, works at the Piggly "
     "Wiggly on Grand Ave. PCP Dr. Okonkwo-Reyes. Ins: Ambetter ID U7731925001. Lives on Cottonwood Trl. bHCG neg.",
     [("NAME", ["Shaniqua"]), ("LOCATION", ["Yazoo City"]), ("LOCATION", ["Piggly Wiggly"]), ("ADDRESS", ["Grand Ave"]),
      ("NAME", ["Okonkwo-Reyes"]), ("ID", ["U7731925001"]), ("ADDRESS", ["Cottonwood Trl"])],
     ["c/o pelvic pain", "bHCG neg"]),
    ("Dear Dr Balfour\nMs Morag Kininmonth (CHI 1203845521), 14 Bruce St, Dunfermline KY12 7AG. Her partner, Fraser, "
     "works at Rosyth dockyard. Seen previously at Queen Margaret Hospital. HbA1c 71. Metformin 1 g bd.",
     [("NAME", ["Balfour"]), ("NAME", ["Morag", "Kininmonth"]), ("ID", ["1203845521"]), ("ADDRESS", ["14 Bruce St"]),
      ("LOCATION", ["Dunfermline"]), ("POSTCODE", ["KY12 7AG"]), ("NAME", ["Fraser"]), ("LOCATION", ["Rosyth"]),
      ("HOSPITAL", ["Queen Margaret"])],
     ["HbA1c 71", "Metformin 1 g bd"]),
    ("Mr Sipho Dlamini, 34, from Orlando East, Soweto. SA ID 8503155800084. Brought in by his brother Thabo after a "
     "seizure. Transferred from Chris Hani Baragwanath Hospital. CD4 180. TB-LAM positive.",
     [("NAME", ["Sipho", "Dlamini"]), ("LOCATION", ["Orlando East"]), ("LOCATION", ["Soweto"]),
      ("ID", ["8503155800084"]), ("NAME", ["Thabo"]), ("HOSPITAL", ["Chris Hani Baragwanath"])],
     ["CD4 180", "TB-LAM positive"]),
    ("Patient: Geneviève Tremblay-Roy, RAMQ TREG 8503 1234. Lives in Rimouski (Bas-Saint-Laurent). Husband Marc-André "
     "drives her. Followed at CLSC de la Mitis. Migraine with aura; topiramate 50 mg.",
     [("NAME", ["Geneviève", "Tremblay-Roy"]), ("ID", ["TREG 8503 1234"]), ("LOCATION", ["Rimouski"]),
      ("LOCATION", ["Bas-Saint-Laurent"]), ("NAME", ["Marc-André"]), ("HOSPITAL", ["Mitis"])],
     ["Migraine with aura", "topiramate 50 mg"]),
    ("Man from Yuendumu, staying at the Hidden Valley town camp. RFDS flew him to RDH. Medicare 5123 45678 1. Next of "
     "kin Aunty Doreen. Rheumatic heart disease, on benzathine penicillin.",
     [("LOCATION", ["Yuendumu"]), ("LOCATION", ["Hidden Valley"]), ("HOSPITAL", ["RDH"]), ("ID", ["5123 45678 1"]),
      ("NAME", ["Doreen"])],
     ["Rheumatic heart disease", "benzathine penicillin"]),
    ("Bed 12 - Mr Ho, 81 (interpreter Cantonese), son Kelvin 0412 556 901. From Box Hill, for d/c to Glen Waverley "
     "tomorrow. NBM from midnight for TURP.",
     [("NAME", ["Ho"]), ("NAME", ["Kelvin"]), ("PHONE", ["0412 556 901"]), ("LOCATION", ["Box Hill"]),
      ("LOCATION", ["Glen Waverley"])],
     ["NBM from midnight for TURP"]),
    # a second probe (round 5d), written after 5c's fixes
    ("Psychiatry liaison. Jamal Ashworth-Pike, 23, brought by police from Shoreham beach. Lives in a hostel on "
     "Rope Walk, Lewes. Key worker Delphine at Brighton Housing Trust. Mum in Peacehaven. PHQ-9 24. Sertraline 50 mg.",
     [("NAME", ["Jamal", "Ashworth-Pike"]), ("LOCATION", ["Shoreham"]), ("ADDRESS", ["Rope Walk"]), ("LOCATION", ["Lewes"]),
      ("NAME", ["Delphine"]), ("HOSPITAL", ["Brighton Housing Trust"]), ("LOCATION", ["Peacehaven"])],
     ["PHQ-9 24", "Sertraline 50 mg"]),
    ("Safeguarding. Child: Kayden Rhys Birtwistle, Y3 at St Wilfrid's RC Primary. Mother Chantelle, stepdad Dean "
     "Oakshott. Grandmother lives at 22 Pennine View, Todmorden. Social worker Ms Aaliyah Begum (Calderdale CSC).",
     [("NAME", ["Kayden", "Rhys", "Birtwistle"]), ("LOCATION", ["St Wilfrid's"]), ("NAME", ["Chantelle"]),
      ("NAME", ["Dean", "Oakshott"]), ("ADDRESS", ["22 Pennine View"]), ("LOCATION", ["Todmorden"]),
      ("NAME", ["Aaliyah", "Begum"]), ("LOCATION", ["Calderdale"])],
     []),
    ("DISCHARGE SUMMARY - Amrita Institute, Kochi\nName: Mrs. Lakshmi Menon W/o Suresh Menon, 58 yrs. IP No. 2024/118832. "
     "Address: Thekkumbhagam, Tripunithura, Ernakulam - 682301. Dx: Acute MI, PCI to LAD. Review with Dr. Jose Kurian.",
     [("HOSPITAL", ["Amrita"]), ("LOCATION", ["Kochi"]), ("NAME", ["Lakshmi", "Menon"]), ("NAME", ["Suresh"]),
      ("MRN", ["2024/118832"]), ("LOCATION", ["Thekkumbhagam"]), ("LOCATION", ["Tripunithura"]),
      ("LOCATION", ["Ernakulam"]), ("POSTCODE", ["682301"]), ("NAME", ["Jose", "Kurian"])],
     ["Acute MI, PCI to LAD"]),
    ("Referral. Alhaji Musa Garba, 66, of Tudun Wada, Zaria. Son Abubakar (08031234567). Seen at ABUTH Shika. "
     "Hypertensive urgency, BP 210/120. Amlodipine 10 mg.",
     [("NAME", ["Musa", "Garba"]), ("LOCATION", ["Tudun Wada"]), ("LOCATION", ["Zaria"]), ("NAME", ["Abubakar"]),
      ("PHONE", ["08031234567"]), ("HOSPITAL", ["ABUTH"]), ("LOCATION", ["Shika"])],
     ["BP 210/120", "Amlodipine 10 mg"]),
    ("EXAM: CT ABDOMEN/PELVIS W CONTRAST\nPATIENT: HALVORSEN, INGRID M\nREFERRING: KOWALCZYK, DAREK\nFACILITY: "
     "Bemidji Regional\nFINDINGS: Acute uncomplicated appendicitis, 11 mm.",
     [("NAME", ["HALVORSEN", "INGRID"]), ("NAME", ["KOWALCZYK", "DAREK"]), ("HOSPITAL", ["Bemidji"])],
     ["Acute uncomplicated appendicitis, 11 mm"]),
    ("ED, Limerick. Seamus Ó Briain, 71, farmer from Kilfinane. Daughter Aoife lives in Croom. Works with Bord na "
     "Móna years ago. GP Dr Nuala Hegarty, Kilmallock. Troponin 412. Ticagrelor 180 mg.",
     [("LOCATION", ["Limerick"]), ("NAME", ["Seamus", "Briain"]), ("LOCATION", ["Kilfinane"]), ("NAME", ["Aoife"]),
      ("LOCATION", ["Croom"]), ("NAME", ["Nuala", "Hegarty"]), ("LOCATION", ["Kilmallock"])],
     ["Troponin 412", "Ticagrelor 180 mg"]),
    # a third probe (round 5e): European languages in Latin script
    ("Informe de alta. Paciente: Dolores Fuentes Arrieta, 72 años. NHC 3381204. Domicilio: C/ Mayor 14, 2º B, "
     "Alcalá de Henares. Acompañada por su hija Pilar. Médico: Dr. Íñigo Zubizarreta. Neumonía adquirida en la comunidad.",
     [("NAME", ["Dolores", "Fuentes", "Arrieta"]), ("MRN", ["3381204"]), ("ADDRESS", ["C/ Mayor 14"]),
      ("LOCATION", ["Alcalá de Henares"]), ("NAME", ["Pilar"]), ("NAME", ["Íñigo", "Zubizarreta"])],
     ["Neumonía adquirida en la comunidad"]),
    ("Compte rendu. Patiente : Mme Solène Garnier-Vasseur, née le 03/04/1961, domiciliée 8 rue des Tanneurs, 59800 "
     "Lille. Fille : Maëlle. Médecin traitant : Dr Hervé Lebrun, Roubaix. Embolie pulmonaire, apixaban 10 mg.",
     [("NAME", ["Solène", "Garnier-Vasseur"]), ("DATE", ["03/04/1961"]), ("ADDRESS", ["8 rue des Tanneurs"]),
      ("POSTCODE", ["59800"]), ("LOCATION", ["Lille"]), ("NAME", ["Maëlle"]), ("NAME", ["Hervé", "Lebrun"]),
      ("LOCATION", ["Roubaix"])],
     ["Embolie pulmonaire", "apixaban 10 mg"]),
    ("Arztbrief. Patient: Herr Jürgen Wolfskehl, geb. 12.05.1950, wohnhaft Lindenstraße 22, 35037 Marburg. Ehefrau "
     "Ingeborg. Hausarzt: Dr. med. Ansgar Pöhlmann. Diagnose: Vorhofflimmern, CHA2DS2-VASc 4.",
     [("NAME", ["Jürgen", "Wolfskehl"]), ("DATE", ["12.05.1950"]), ("ADDRESS", ["Lindenstraße 22"]),
      ("POSTCODE", ["35037"]), ("LOCATION", ["Marburg"]), ("NAME", ["Ingeborg"]), ("NAME", ["Ansgar", "Pöhlmann"])],
     ["Vorhofflimmern", "CHA2DS2-VASc 4"]),
    ("Resumo de alta. Utente: Sr. Joaquim Figueiredo Lopes, 68 anos, SNS 283940112. Morada: Rua do Almada 120, "
     "4050-031 Porto. Filha Inês acompanha. Médica: Dra. Leonor Pimentel. Enfarte agudo do miocárdio.",
     [("NAME", ["Joaquim", "Figueiredo", "Lopes"]), ("ID", ["283940112"]), ("ADDRESS", ["Rua do Almada 120"]),
      ("POSTCODE", ["4050-031"]), ("LOCATION", ["Porto"]), ("NAME", ["Inês"]), ("NAME", ["Leonor", "Pimentel"])],
     ["Enfarte agudo do miocárdio"]),
    ("Lettera di dimissione. Paziente: Sig.ra Graziella Bonfiglio, nata a Caltanissetta. Residente in Via Garibaldi "
     "31, Enna. Figlio Salvatore. Medico curante: Dott. Corrado Lanza. Scompenso cardiaco, furosemide 25 mg.",
     [("NAME", ["Graziella", "Bonfiglio"]), ("LOCATION", ["Caltanissetta"]), ("ADDRESS", ["Via Garibaldi 31"]),
      ("LOCATION", ["Enna"]), ("NAME", ["Salvatore"]), ("NAME", ["Corrado", "Lanza"])],
     ["Scompenso cardiaco", "furosemide 25 mg"]),
    ("Karta informacyjna. Pacjent: Pan Zbigniew Wróblewski, PESEL 52031204571. Adres: ul. Kościuszki 7 m. 3, "
     "Nowy Targ. Córka Agnieszka. Lekarz: dr Małgorzata Zając. Zapalenie płuc.",
     [("NAME", ["Zbigniew", "Wróblewski"]), ("ID", ["52031204571"]), ("ADDRESS", ["Kościuszki 7"]),
      ("LOCATION", ["Nowy Targ"]), ("NAME", ["Agnieszka"]), ("NAME", ["Małgorzata", "Zając"])],
     ["Zapalenie płuc"]),
    # a fourth probe (round 5f), English in other settings
    ("Prison healthcare. Inmate Darren Lowther-Hughes (A1234BC), HMP Altcourse, wing C. Transferred from HMP Risley. "
     "Next of kin: partner Jodie c/o 4 Sefton Mews, Bootle L20 3DF. Methadone 60 ml.",
     [("NAME", ["Darren", "Lowther-Hughes"]), ("ID", ["A1234BC"]), ("HOSPITAL", ["Altcourse"]), ("HOSPITAL", ["Risley"]),
      ("NAME", ["Jodie"]), ("ADDRESS", ["4 Sefton Mews"]), ("LOCATION", ["Bootle"]), ("POSTCODE", ["L20 3DF"])],
     ["Methadone 60 ml"]),
    ("Military. SAC Bryony Pendlebury, RAF Lossiemouth, service no. 30198842. Unit medic Cpl Haydn Rees. Parents in "
     "Llandeilo. Stress fracture of 2nd metatarsal.",
     [("NAME", ["Bryony", "Pendlebury"]), ("LOCATION", ["Lossiemouth"]), ("ID", ["30198842"]), ("NAME", ["Haydn", "Rees"]),
      ("LOCATION", ["Llandeilo"])],
     ["Stress fracture of 2nd metatarsal"]),
    ("Telephone triage 03:12. Caller: Mrs Yvonne Trethowan (daughter-in-law) re Mr Cyril Trethowan, 88, at Penhallow "
     "Nursing Home, Truro. Call back 01872 270 441. Advised 999.",
     [("NAME", ["Yvonne", "Trethowan"]), ("NAME", ["Cyril"]), ("HOSPITAL", ["Penhallow"]), ("LOCATION", ["Truro"]),
      ("PHONE", ["01872 270 441"])],
     ["Advised 999"]),
    ("School nurse. Pupil: Tyler-Jay Mensah, Year 9, Ashcombe School, Dorking. Form tutor Mr Kowalski. Mum works at "
     "Sainsbury's Reigate. Asthma plan reviewed, salbutamol 2 puffs PRN.",
     [("NAME", ["Tyler-Jay", "Mensah"]), ("LOCATION", ["Ashcombe"]), ("LOCATION", ["Dorking"]), ("NAME", ["Kowalski"]),
      ("LOCATION", ["Reigate"])],
     ["Asthma plan reviewed", "salbutamol 2 puffs PRN"]),
    ("Classifications and services. Thyroid FNA Bethesda IV; cytology Bethesda category III. Barrett's Prague C3M5. "
     "Pancreatitis, revised Atlanta: severe. Ross River virus IgM positive; Barmah Forest virus negative; Lyme "
     "disease excluded; Rocky Mountain spotted fever considered. Remote checks via CareLink and Merlin.net. Day 2 "
     "post L TKR; s/p R THR. Bill Tricare for the visit.",
     [],
     ["Bethesda IV", "Bethesda category III", "Prague C3M5", "revised Atlanta: severe", "Ross River virus",
      "Barmah Forest virus", "Lyme disease", "Rocky Mountain spotted fever", "CareLink", "Merlin.net",
      "post L TKR", "s/p R THR", "Bill Tricare"]),
]
