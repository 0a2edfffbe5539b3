"""The third part of the fifth HELD-OUT note set (:mod:`deid_notes_heldout5`, whose docstring says how it was
written), kept apart only so that no file grows past the size the project keeps its modules to.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("Urgent care 6/30/2025. 10F Beatrix Quimby-Lagasse, DOB 03/03/2015, MRN 22-917-004. At Camp Tamarack Hill in "
     "Raymond, ME for the month. 8 cm bull's-eye rash L thigh = erythema migrans: early Lyme disease, no need for "
     "serology. Amoxicillin 50 mg/kg/day div TID x14d. Camp nurse Thomasina Strout 207-555-0172, fax 207-555-0173. "
     "Parents in Concord, MA (dad Ezekiel Lagasse, ezekiel.lagasse@protonmail.com). Harvard Pilgrim member "
     "HPH441092877.",
     [("DATE", ["6/30/2025"]), ("NAME", ["Beatrix", "Quimby-Lagasse"]), ("DATE", ["03/03/2015"]),
      ("MRN", ["22-917-004"]), ("LOCATION", ["Camp Tamarack Hill"]), ("LOCATION", ["Raymond"]),
      ("NAME", ["Thomasina", "Strout"]), ("PHONE", ["207-555-0172"]), ("PHONE", ["207-555-0173"]),
      ("LOCATION", ["Concord"]), ("NAME", ["Ezekiel", "Lagasse"]), ("EMAIL", ["ezekiel.lagasse@protonmail.com"]),
      ("ID", ["HPH441092877"])],
     ["bull's-eye rash", "erythema migrans", "early Lyme disease", "Amoxicillin 50 mg/kg/day div TID x14d"]),
    ("Safeguarding note 17/10/2024, Paediatric ED, Pilgrim Hospital, Boston\n15F Maddison Crowhurst-Vine brought in "
     "by police from the skatepark on Witham Way, intoxicated (vodka). GCS 14 on arrival, 15 by 02:00. Disclosed an "
     "older male (18-20), on Snapchat as tazzy.b0y, who picks her up in a black Audi A3, reg YR21 HPV. Year 10 at "
     "Haven High Academy. Lincs CSC referral made, ref CSC-LN-7730214. Mum Jodene not answering 01205 367 214; dad at "
     "HMP Lincoln. Police: PC Hatton. Seen by Dr Faraz Lodhi (ST6).",
     [("DATE", ["17/10/2024"]), ("HOSPITAL", ["Pilgrim Hospital"]), ("LOCATION", ["Boston"]),
      ("NAME", ["Maddison", "Crowhurst-Vine"]), ("ADDRESS", ["Witham Way"]), ("HANDLE", ["tazzy.b0y"]),
      ("PLATE", ["YR21 HPV"]), ("LOCATION", ["Haven High Academy"]), ("LOCATION", ["Lincs"]),
      ("ID", ["CSC-LN-7730214"]), ("NAME", ["Jodene"]), ("PHONE", ["01205 367 214"]), ("LOCATION", ["HMP Lincoln"]),
      ("NAME", ["Hatton"]), ("NAME", ["Faraz", "Lodhi"])],
     ["intoxicated (vodka)", "GCS 14 on arrival, 15 by 02:00", "CSC referral made"]),
    ("Portal/phone note 05/02/2025, Acadiana Regional Medical Center. Several failed logins on the account of Eulalie "
     "Arceneaux-Hebert (MRN 8830021, acct 7720-1184-55) from 2600:1700:5a1e:8f40::2c and 172.58.44.19. Reset link "
     "sent to d.arceneaux@cox.net. Pt confirmed by phone (337-555-0148) that her grandson Beau was trying to get her "
     "results for her. Results given: A1c 7.2%, LDL 84. Continue metformin ER 1000 mg with supper.",
     [("DATE", ["05/02/2025"]), ("HOSPITAL", ["Acadiana Regional Medical Center"]),
      ("NAME", ["Eulalie", "Arceneaux-Hebert"]), ("MRN", ["8830021"]), ("ID", ["7720-1184-55"]),
      ("IP", ["2600:1700:5a1e:8f40::2c"]), ("IP", ["172.58.44.19"]), ("EMAIL", ["d.arceneaux@cox.net"]),
      ("PHONE", ["337-555-0148"]), ("NAME", ["Beau"])],
     ["A1c 7.2%, LDL 84", "metformin ER 1000 mg"]),
    ("RACF review 02/04/2025, Chaffey Lodge Aged Care, Renmark\nMrs Iolanthe Pascoe-Grieve, 94 (DOB 30/09/1930), "
     "Medicare 3660 45172 1. T2DM, CKD 4 (eGFR 22), now refusing insulin most evenings. Son Barrie (0418 834 226) "
     "agrees to relax targets: BGL 8-15 acceptable, basal only. Deprescribe rosuvastatin. Advance Care Directive "
     "sighted. Rose from bed unassisted this morning per RN Kylie. Dr P. Wanigasekera",
     [("DATE", ["02/04/2025"]), ("HOSPITAL", ["Chaffey Lodge Aged Care"]), ("LOCATION", ["Renmark"]),
      ("NAME", ["Iolanthe", "Pascoe-Grieve"]), ("AGE", ["94"]), ("DOB90", ["30/09/1930", "1930"]),
      ("ID", ["3660 45172 1"]), ("NAME", ["Barrie"]), ("PHONE", ["0418 834 226"]), ("NAME", ["Kylie"]),
      ("NAME", ["Wanigasekera"])],
     ["CKD 4 (eGFR 22)", "BGL 8-15 acceptable, basal only", "Deprescribe rosuvastatin", "Advance Care Directive",
      "Rose from bed unassisted this morning"]),
    ("Occ Health 8/14/2024. Esteban Quiroga-Maddox, 44M, forklift operator at Great Plains Cold Storage, Garden City. "
     "Workers' comp claim WC-24-118302, employer acct 55190. L hand crushed between pallets 8/13. XR: non-displaced "
     "4th metacarpal shaft fx. Ulnar gutter splint. Modified duty, no forklift (operator cert GPC-0447). Supervisor "
     "Travis Heidebrecht 620-555-0125 notified.",
     [("DATE", ["8/14/2024"]), ("NAME", ["Esteban", "Quiroga-Maddox"]), ("LOCATION", ["Great Plains Cold Storage"]),
      ("LOCATION", ["Garden City"]), ("ID", ["WC-24-118302"]), ("ID", ["55190"]), ("DATE", ["8/13"]),
      ("LICENCE", ["GPC-0447"]), ("NAME", ["Travis", "Heidebrecht"]), ("PHONE", ["620-555-0125"])],
     ["non-displaced 4th metacarpal shaft fx", "Ulnar gutter splint", "Modified duty"]),
    ("Dictated 06/06/2024, typed 11/06/2024. Rheumatology, Ysbyty Alltwen\nDear Dr Bowditch\nRe Mrs Gwenllian "
     "Parry-Hughes date of birth 09/09/1966 hospital number G774021 Tŷ Capel comma Llanystumdwy comma Criccieth LL52 "
     "0SP\nDiagnosis colon Sjögren's syndrome comma anti-Ro positive comma Schirmer's test 3 mm\nThank you for asking "
     "me to see this lady with dry eyes and dry mouth for two years full stop Parotids not enlarged full stop I have "
     "started hydroxychloroquine 200 mg daily full stop She keeps a symptom diary at "
     "https://my.patientsknowbest.com/u/gparryhughes66 full stop She runs the café by the harbour in Porthmadog and "
     "her husband Emyr came with her today full stop\nDr Meinir Prydderch Consultant Rheumatologist",
     [("DATE", ["06/06/2024"]), ("DATE", ["11/06/2024"]), ("HOSPITAL", ["Ysbyty Alltwen"]), ("NAME", ["Bowditch"]),
      ("NAME", ["Gwenllian", "Parry-Hughes"]), ("DATE", ["09/09/1966"]), ("MRN", ["G774021"]),
      ("ADDRESS", ["Tŷ Capel"]), ("LOCATION", ["Llanystumdwy"]), ("LOCATION", ["Criccieth"]),
      ("POSTCODE", ["LL52 0SP"]), ("URL", ["https://my.patientsknowbest.com/u/gparryhughes66"]),
      ("LOCATION", ["Porthmadog"]), ("NAME", ["Emyr"]), ("NAME", ["Meinir", "Prydderch"])],
     ["Sjögren's syndrome", "anti-Ro positive", "Schirmer's test 3 mm", "dry eyes and dry mouth",
      "hydroxychloroquine 200 mg daily"]),
    ("CT ABDO/PELVIS WITH CONTRAST - Whakatāne Hospital\nPt: Huhana Kingi-Doherty, 46F, NHI KPT4179. 27A Pyne St, "
     "Whakatāne 3120. Ph 07 308 9114.\nCI: Acute pancreatitis day 5, revised Atlanta moderately severe, still "
     "febrile. ?necrosis ?collection. Lipase 3400 on admission, gallstones on US. Cr 92.\nRequesting: Dr Sione "
     "Vaipulu (surg reg)",
     [("HOSPITAL", ["Whakatāne Hospital"]), ("NAME", ["Huhana", "Kingi-Doherty"]), ("ID", ["KPT4179"]),
      ("ADDRESS", ["27A Pyne St"]), ("LOCATION", ["Whakatāne"]), ("POSTCODE", ["3120"]), ("PHONE", ["07 308 9114"]),
      ("NAME", ["Sione", "Vaipulu"])],
     ["Acute pancreatitis day 5", "revised Atlanta moderately severe", "?necrosis ?collection",
      "Lipase 3400 on admission", "gallstones on US"]),
    ("تقرير خروج\nمستشفى الكرك الحكومي - قسم الجراحة\nاسم المريضة: سلمى عودة الطراونة، العمر 52 سنة\nالرقم الوطني: "
     "9721034488\nالعنوان: المزار الجنوبي، قرب مدرسة الإناث الثانوية\nالهاتف: 0795 418 226، زوجها ماهر الطراونة 0777 "
     "302 915\nتاريخ الدخول: 14/04/2024، تاريخ الخروج: 18/04/2024\nالتشخيص: التهاب المرارة الحاد مع حصوات، تم استئصال "
     "المرارة بالمنظار دون مضاعفات.\nالطبيب المعالج: د. باسل المجالي",
     [("HOSPITAL", ["مستشفى الكرك الحكومي"]), ("NAME", ["سلمى", "عودة", "الطراونة"]), ("ID", ["9721034488"]),
      ("LOCATION", ["المزار الجنوبي"]), ("PHONE", ["0795 418 226"]), ("NAME", ["ماهر"]), ("PHONE", ["0777 302 915"]),
      ("DATE", ["14/04/2024"]), ("DATE", ["18/04/2024"]), ("NAME", ["باسل", "المجالي"])],
     ["52 سنة", "التهاب المرارة الحاد مع حصوات", "استئصال المرارة بالمنظار"]),
    ("VA Audiology, Cheyenne VAMC, 04/22/2025\nVeteran: Elwood Kettleson, 77M, SSN 522-40-7719. Bilateral hearing "
     "aids (Oticon Intent 1, L SN 2417A98810, R SN 2417A98811) cleaned and reprogrammed. Tinnitus Handicap Inventory "
     "44. Lives Apt 3, 1702 Warren Ave, Cheyenne WY 82001. Wife Dorothea. Ph 307-555-0169.\nDr. Xiomara Gallardo, AuD",
     [("HOSPITAL", ["Cheyenne VAMC"]), ("LOCATION", ["Cheyenne"]), ("DATE", ["04/22/2025"]),
      ("NAME", ["Elwood", "Kettleson"]), ("ID", ["522-40-7719"]), ("SERIAL", ["2417A98810", "2417A98811"]),
      ("ADDRESS", ["Apt 3, 1702 Warren Ave"]), ("POSTCODE", ["82001"]), ("NAME", ["Dorothea"]),
      ("PHONE", ["307-555-0169"]), ("NAME", ["Xiomara", "Gallardo"])],
     ["Bilateral hearing aids", "Oticon Intent 1", "Tinnitus Handicap Inventory 44", "reprogrammed"]),
    ("ICU handover 20:00, bed 11\nMr Chaminda Jayawardena-Hoult, 59, MRN 5539207, from Mudgeeraba. Day 4 ARDS (Berlin "
     "severe, P/F 88) from influenza A. Proned 16 h/d, NMB, PEEP 14. ICD in situ (Boston Scientific, SN 218734): "
     "magnet at bedside, EP aware. Wife Dilani and son Ravindu (0413 229 870) visiting, updated by the intensivist. "
     "Plan: supine at 08:00, repeat ABG.",
     [("NAME", ["Chaminda", "Jayawardena-Hoult"]), ("MRN", ["5539207"]), ("LOCATION", ["Mudgeeraba"]),
      ("SERIAL", ["218734"]), ("NAME", ["Dilani"]), ("NAME", ["Ravindu"]), ("PHONE", ["0413 229 870"])],
     ["ARDS (Berlin severe, P/F 88)", "influenza A", "Proned 16 h/d, NMB, PEEP 14", "Boston Scientific",
      "magnet at bedside"]),
    ("Hôtel-Dieu Saint-Joseph de Saint-Quentin, urgence, 2024-11-30\nPatiente: Mme Ghislaine Thériault-Cormier, 68 "
     "ans. Assurance-maladie NB 118 402 337. 214 chemin Val-Doucet, Saint-Quentin NB E8A 1K5. Tél. 506-555-0121. "
     "Fille Mireille présente.\nDx: pneumonie lobaire droite, CURB-65 1. Amoxicilline 1 g TID x 5 j, retour si "
     "dyspnée.\nDr Benoît Arsenault-Haché",
     [("HOSPITAL", ["Hôtel-Dieu Saint-Joseph de Saint-Quentin"]), ("DATE", ["2024-11-30"]),
      ("NAME", ["Ghislaine", "Thériault-Cormier"]), ("ID", ["118 402 337"]), ("ADDRESS", ["214 chemin Val-Doucet"]),
      ("LOCATION", ["Saint-Quentin"]), ("POSTCODE", ["E8A 1K5"]), ("PHONE", ["506-555-0121"]), ("NAME", ["Mireille"]),
      ("NAME", ["Benoît", "Arsenault-Haché"])],
     ["68 ans", "pneumonie lobaire droite", "CURB-65 1", "Amoxicilline 1 g TID x 5 j"]),
    ("DN visit 11:30. Mrs Hephzibah Trounce, 3 Chapel Terrace, St Just TR19 7HR. Key safe 0614. Leg ulcer L gaiter: "
     "4-layer bandage reapplied, ABPI 0.9 done 2/52 ago, exudate moderate, no odour. Heels dry, spoke to Jenna (next "
     "door, does her shopping) about the emollient. Will review Thurs. Student DN Tressa with me.",
     [("NAME", ["Hephzibah", "Trounce"]), ("ADDRESS", ["3 Chapel Terrace"]), ("LOCATION", ["St Just"]),
      ("POSTCODE", ["TR19 7HR"]), ("CODE", ["0614"]), ("NAME", ["Jenna"]), ("NAME", ["Tressa"])],
     ["Leg ulcer L gaiter", "4-layer bandage reapplied", "ABPI 0.9", "exudate moderate, no odour",
      "Will review Thurs"]),
    ("ED 0215. 45F Sundari \"Sunny\" Haugland-Reyes, MRN 7002-1149, BIB husband from McCall. Sudden worst HA of life "
     "at 2330 while lifting, neck stiffness, GCS 15, no focal deficit. Ottawa SAH rule positive. CT head: SAH, "
     "modified Fisher 3, Hunt-Hess 2. Nimodipine 60 mg q4h, SBP <160, transfer to Treasure Valley Neuro Institute for "
     "CTA/coiling. Works ski patrol at Payette Ridge. Husband Nils 208-555-0137. Seen by Dr. Oswaldo Kittredge.",
     [("NAME", ["Sundari", "Haugland-Reyes"]), ("NAME", ["Sunny"]), ("MRN", ["7002-1149"]), ("LOCATION", ["McCall"]),
      ("HOSPITAL", ["Treasure Valley Neuro Institute"]), ("LOCATION", ["Payette Ridge"]), ("NAME", ["Nils"]),
      ("PHONE", ["208-555-0137"]), ("NAME", ["Oswaldo", "Kittredge"])],
     ["worst HA of life", "Ottawa SAH rule positive", "modified Fisher 3, Hunt-Hess 2", "Nimodipine 60 mg q4h"]),
    ("Medical information for firearms licensing, to West Mercia Police\nRe: Mr Peregrine Wolstenholme, DOB "
     "25/08/1959, Upper Hill Farm, Clun, Craven Arms SY7 8NB. Shotgun certificate 14/SGC/08834 (renewal).\nI can "
     "confirm that his record shows no history of depression, self-harm, dementia, or alcohol misuse. He has "
     "hypertension controlled on amlodipine 5 mg and had a TIA in 2019 with full recovery; no neurological deficit "
     "since.\nDr Honor Tinsley (GMC 6129937)\nKemp Valley Surgery",
     [("LOCATION", ["West Mercia"]), ("NAME", ["Peregrine", "Wolstenholme"]), ("DATE", ["25/08/1959"]),
      ("ADDRESS", ["Upper Hill Farm"]), ("LOCATION", ["Clun"]), ("LOCATION", ["Craven Arms"]),
      ("POSTCODE", ["SY7 8NB"]), ("LICENCE", ["14/SGC/08834"]), ("NAME", ["Honor", "Tinsley"]),
      ("LICENCE", ["6129937"]), ("HOSPITAL", ["Kemp Valley Surgery"])],
     ["no history of depression, self-harm, dementia, or alcohol misuse", "amlodipine 5 mg",
      "TIA in 2019 with full recovery", "no neurological deficit"]),
    ("Incident report 13/08/2024, Wimmera Bush Nursing Centre\nResident Mr Lorenzo Pellizzeri, 88, URN 60221, found "
     "on floor beside bed at 0315. Head strike not witnessed; on apixaban so CT head arranged at Wimmera Base "
     "Hospital, Horsham. Neuro obs stable. Daughter Carmela notified on 0427 916 350, following the ambulance in the "
     "family car (white Camry, rego 1QZ 7HK).\nReported by Kodie Blakeley, RN (AHPRA NMW0002184763)",
     [("DATE", ["13/08/2024"]), ("HOSPITAL", ["Wimmera Bush Nursing Centre"]), ("NAME", ["Lorenzo", "Pellizzeri"]),
      ("MRN", ["60221"]), ("HOSPITAL", ["Wimmera Base Hospital"]), ("LOCATION", ["Horsham"]), ("NAME", ["Carmela"]),
      ("PHONE", ["0427 916 350"]), ("PLATE", ["1QZ 7HK"]), ("NAME", ["Kodie", "Blakeley"]),
      ("LICENCE", ["NMW0002184763"])],
     ["found on floor beside bed", "on apixaban so CT head arranged", "Neuro obs stable"]),
    ("Goodwill Specialist Clinic, Bukuru\nTo: The Consultant Cardiologist, Jos University Teaching Hospital "
     "(JUTH)\nDear Sir/Ma,\nRe: Mr Danladi Gyang Pwajok, 62M, retired civil servant, No. 9 Gada Biu Street, Bukuru, "
     "Jos South LGA. Phone 0803 221 9047, email dgpwajok@yahoo.co.uk.\nKnown hypertensive x 15 yrs on amlodipine 10 "
     "mg + losartan 100 mg, BP 178/104 today, with exertional dyspnoea and orthopnoea. ECG: LVH by voltage; no echo "
     "here. I suspect hypertensive heart disease with HFrEF. His son Nanmwa will accompany him.\nThank you.\nDr Ladi "
     "Bulus-Datiri (MDCN folio 40917)",
     [("HOSPITAL", ["Goodwill Specialist Clinic"]), ("LOCATION", ["Bukuru"]),
      ("HOSPITAL", ["Jos University Teaching Hospital"]), ("HOSPITAL", ["JUTH"]),
      ("NAME", ["Danladi", "Gyang", "Pwajok"]), ("ADDRESS", ["No. 9 Gada Biu Street"]), ("LOCATION", ["Jos South"]),
      ("PHONE", ["0803 221 9047"]), ("EMAIL", ["dgpwajok@yahoo.co.uk"]), ("NAME", ["Nanmwa"]),
      ("NAME", ["Ladi", "Bulus-Datiri"]), ("LICENCE", ["40917"])],
     ["Known hypertensive x 15 yrs", "amlodipine 10 mg + losartan 100", "BP 178/104",
      "exertional dyspnoea and orthopnoea", "LVH by voltage", "hypertensive heart disease with HFrEF"]),
    ("Post-op phone f/u + controlled Rx. Corbin Eastwood-Pryce, 29M, MRN 4002817736, s/p lap appy 3/3/25 at Wabash "
     "Valley Hospital. Pain 4/10, tolerating diet, incisions clean. PDMP (INSPECT) reviewed: no other prescriptions. "
     "Oxycodone 5 mg #12, no refills, prescriber Dr. Nadia Lukacs-Ferrante, DEA BL4827716. Faxed to Meadows Pharmacy "
     "(812-555-0109). Pt at 2217 N 9th St, Terre Haute IN 47804, cell 812-555-0170. Billed 99213.",
     [("NAME", ["Corbin", "Eastwood-Pryce"]), ("MRN", ["4002817736"]), ("DATE", ["3/3/25"]),
      ("HOSPITAL", ["Wabash Valley Hospital"]), ("NAME", ["Nadia", "Lukacs-Ferrante"]), ("LICENCE", ["BL4827716"]),
      ("HOSPITAL", ["Meadows Pharmacy"]), ("PHONE", ["812-555-0109"]), ("ADDRESS", ["2217 N 9th St"]),
      ("LOCATION", ["Terre Haute"]), ("POSTCODE", ["47804"]), ("PHONE", ["812-555-0170"])],
     ["s/p lap appy", "Pain 4/10, tolerating diet", "PDMP (INSPECT) reviewed", "Oxycodone 5 mg #12, no refills",
      "Billed 99213"]),
    ("Consultation with Cantonese telephone interpreter.\nMrs Lau Siu-fong (劉小芳), 74, NHS 672 041 9935, Flat 11 Heron "
     "Court, Whalley Range M16 8AH. Son 陳志偉 (Chan Chi-wai), who works at a takeaway in Levenshulme, on 07745 338 "
     "120.\nPalpitations for a week; ECG AF 112. CHA2DS2-VASc 4, ORBIT low. Weight 68 kg, CrCl 58: edoxaban 60 mg od, "
     "bisoprolol 2.5 mg. Echo requested.\nDr Beatrice Oyedepo-Hale",
     [("NAME", ["Lau", "Siu-fong"]), ("NAME", ["劉小芳"]), ("ID", ["672 041 9935"]), ("ADDRESS", ["Flat 11 Heron Court"]),
      ("LOCATION", ["Whalley Range"]), ("POSTCODE", ["M16 8AH"]), ("NAME", ["陳志偉"]), ("NAME", ["Chan", "Chi-wai"]),
      ("LOCATION", ["Levenshulme"]), ("PHONE", ["07745 338 120"]), ("NAME", ["Beatrice", "Oyedepo-Hale"])],
     ["Cantonese telephone interpreter", "ECG AF 112", "CHA2DS2-VASc 4, ORBIT low", "CrCl 58", "edoxaban 60 mg od",
      "bisoprolol 2.5 mg"]),
    ("Social work, Mitchells Plain District Hospital, 02/09/2024\n14M Luqmaan Davids-Petersen, admitted with a stab "
     "wound L chest, ICD drain in situ. Lives with his granny Mrs Ragmat Davids at 14 Eland Street, Tafelsig 7785 "
     "(cell 061 884 2093). Grade 8 at Beacon Valley Secondary. Gang involvement denied. Referred to DSD, case no. "
     "DSD/MP/24/0917. Uncle Ashraf drives a taxi (CA 448-213) and will fetch him on discharge.",
     [("HOSPITAL", ["Mitchells Plain District Hospital"]), ("DATE", ["02/09/2024"]),
      ("NAME", ["Luqmaan", "Davids-Petersen"]), ("NAME", ["Ragmat", "Davids"]), ("ADDRESS", ["14 Eland Street"]),
      ("LOCATION", ["Tafelsig"]), ("POSTCODE", ["7785"]), ("PHONE", ["061 884 2093"]),
      ("LOCATION", ["Beacon Valley Secondary"]), ("ID", ["DSD/MP/24/0917"]), ("NAME", ["Ashraf"]),
      ("PLATE", ["CA 448-213"])],
     ["stab wound L chest", "ICD drain in situ", "Gang involvement denied"]),
    ("XR L ANKLE + FOOT, Cavan General Hospital\nPt: Darragh Gallen, 16M, MRN 1180442, DOB 02/02/2008. "
     "Carrickmacross, Co. Monaghan A81 R6K2.\nCI: inversion injury playing for Magheracloone last night. Ottawa ankle "
     "rules positive: bony tenderness posterior lateral malleolus, unable to weight bear 4 steps.\nReferrer: Dr "
     "Ailbhe Ní Ghallchóir, Carrickmacross Health Centre. Please send report to the GP gateway at 192.168.40.17.",
     [("HOSPITAL", ["Cavan General Hospital"]), ("NAME", ["Darragh", "Gallen"]), ("MRN", ["1180442"]),
      ("DATE", ["02/02/2008"]), ("LOCATION", ["Carrickmacross"]), ("LOCATION", ["Monaghan"]),
      ("POSTCODE", ["A81 R6K2"]), ("LOCATION", ["Magheracloone"]), ("NAME", ["Ailbhe", "Ní Ghallchóir"]),
      ("HOSPITAL", ["Carrickmacross Health Centre"]), ("IP", ["192.168.40.17"])],
     ["inversion injury", "Ottawa ankle rules positive", "bony tenderness posterior lateral malleolus",
      "unable to weight bear 4 steps"]),
    ("Hospice admission 12/01/2024, Narragansett Bay Hospice\nPt: Augustina Pelletier-Sousa, 97 y/o, DOB 05-17-1927, "
     "Medicare MBI 7FQ2-HM4-WT39. Home: 61 Pleasant St, Apt 2, Fall River MA 02721. Portuguese-speaking.\nDx: "
     "end-stage Alzheimer's dementia, FAST 7c, PPS 30%. Weight loss 12% in 6 mo, recurrent aspiration. Primary "
     "caregiver is grandson Mateus (she calls him Teu), 508-555-0191. Comfort-focused plan agreed.\nRN case manager: "
     "Eibhlín Carrow",
     [("DATE", ["12/01/2024"]), ("HOSPITAL", ["Narragansett Bay Hospice"]), ("NAME", ["Augustina", "Pelletier-Sousa"]),
      ("AGE", ["97 y/o"]), ("DOB90", ["05-17-1927", "1927"]), ("ID", ["7FQ2-HM4-WT39"]),
      ("ADDRESS", ["61 Pleasant St, Apt 2"]), ("LOCATION", ["Fall River"]), ("POSTCODE", ["02721"]),
      ("NAME", ["Mateus"]), ("NAME", ["Teu"]), ("PHONE", ["508-555-0191"]), ("NAME", ["Eibhlín", "Carrow"])],
     ["Portuguese-speaking", "end-stage Alzheimer's dementia", "FAST 7c, PPS 30%", "Weight loss 12% in 6 mo",
      "recurrent aspiration"]),
    ("Pre-op check 07:15, Day Surgery, Cirencester Hospital\nMr Jolyon Haverfield, 63, NHS 509 338 2167, from Bibury. "
     "For R TKR today. Consent signed. Mark the site: done (R knee, arrow). Pen allergy (rash) so teicoplanin at "
     "induction. MRSA screen neg. VTE: enoxaparin post-op. Wife Henrietta collecting, 07833 190 462. Anaesthetist Dr "
     "Kwasi Ansah-Whitcombe.",
     [("HOSPITAL", ["Cirencester Hospital"]), ("NAME", ["Jolyon", "Haverfield"]), ("ID", ["509 338 2167"]),
      ("LOCATION", ["Bibury"]), ("NAME", ["Henrietta"]), ("PHONE", ["07833 190 462"]),
      ("NAME", ["Kwasi", "Ansah-Whitcombe"])],
     ["For R TKR today", "Mark the site: done", "teicoplanin at induction", "MRSA screen neg", "enoxaparin post-op"]),
    ("Kaitaia Hospital discharge summary\nViliami Taufa'ao, 47M, NHI RWB3829. Admitted 21/10/24 with decompensated HF "
     "on a background of rheumatic heart disease (severe MR). Diuresed 6 kg. Bicillin 4-weekly continues; cardiology "
     "to review for valve surgery. Flying to Tonga next month for his father's funeral, contact there +676 874 4412 "
     "(Nuku'alofa). Home 19 Matthews Ave, Kaitaia 0410. Wife Salote 022 617 4439.\nDr Hinerangi Poutama-Shaw",
     [("HOSPITAL", ["Kaitaia Hospital"]), ("NAME", ["Viliami", "Taufa'ao"]), ("ID", ["RWB3829"]),
      ("DATE", ["21/10/24"]), ("PHONE", ["+676 874 4412"]), ("LOCATION", ["Nuku'alofa"]),
      ("ADDRESS", ["19 Matthews Ave"]), ("LOCATION", ["Kaitaia"]), ("POSTCODE", ["0410"]), ("NAME", ["Salote"]),
      ("PHONE", ["022 617 4439"]), ("NAME", ["Hinerangi", "Poutama-Shaw"])],
     ["decompensated HF", "rheumatic heart disease (severe MR)", "Diuresed 6 kg", "Bicillin 4-weekly continues"]),
    ("CAMHS referral, 28/01/2025\nRe: Saskia Belcourt-Ingham, 14, DOB 11/11/2010, NHS 487 120 5533, 2 Tithe Barn "
     "Close, Brixworth NN6 9EF\nRestricting for 6 months, BMI 15.8 (centile <2nd), HR 48 lying with a postural drop. "
     "MEED risk: amber. She follows pro-ana accounts; mum Perdita showed me Saskia's own page, "
     "https://www.instagram.com/saskia.eats.less/ . Year 9 at Guilsborough Academy, head of year Mr Devereux is "
     "aware. Bill for a private dietitian is beyond the family; please advise on the NHS eating disorder pathway.\nDr "
     "Anouk Velasquez-Brent, Brixworth Medical Centre",
     [("DATE", ["28/01/2025"]), ("NAME", ["Saskia", "Belcourt-Ingham"]), ("DATE", ["11/11/2010"]),
      ("ID", ["487 120 5533"]), ("ADDRESS", ["2 Tithe Barn Close"]), ("LOCATION", ["Brixworth"]),
      ("POSTCODE", ["NN6 9EF"]), ("NAME", ["Perdita"]), ("URL", ["https://www.instagram.com/saskia.eats.less/"]),
      ("LOCATION", ["Guilsborough Academy"]), ("NAME", ["Devereux"]), ("NAME", ["Anouk", "Velasquez-Brent"]),
      ("HOSPITAL", ["Brixworth Medical Centre"])],
     ["BMI 15.8 (centile <2nd)", "HR 48 lying with a postural drop", "MEED risk: amber", "pro-ana accounts",
      "Bill for a private dietitian"]),
    ("ED, Lake of Bays District Hospital, 2025-02-08 16:50\nSnowmobile crash. 38M Lorne Kaminski-Bell, OHIP "
     "7293-088-410-AB. Home 1180 South Portage Rd, Baysville ON P0B 1A0. Trail buddy Gord at bedside; his truck (ON "
     "plate CKLM 884) is in the lot. L clavicle # midshaft, 3 rib #s (L 4-6), no PTX on CT. Sling, analgesia, IS "
     "teaching. May need ORIF if displacement worsens; fracture clinic 1 wk. Off work at Dorset Lumber. Partner "
     "Shauna 705-555-0145.",
     [("HOSPITAL", ["Lake of Bays District Hospital"]), ("DATE", ["2025-02-08"]), ("NAME", ["Lorne", "Kaminski-Bell"]),
      ("ID", ["7293-088-410-AB"]), ("ADDRESS", ["1180 South Portage Rd"]), ("LOCATION", ["Baysville"]),
      ("POSTCODE", ["P0B 1A0"]), ("NAME", ["Gord"]), ("PLATE", ["CKLM 884"]), ("LOCATION", ["Dorset Lumber"]),
      ("NAME", ["Shauna"]), ("PHONE", ["705-555-0145"])],
     ["Snowmobile crash", "L clavicle # midshaft", "3 rib #s (L 4-6), no PTX on CT", "IS teaching",
      "May need ORIF if displacement worsens"]),
    ("Emergency unit, Sobi Specialist Hospital, Ilorin, 19/06/2024\nAbdulwasiu Olarewaju-Bello, 24M, okada rider, hit "
     "by a bus at Oke-Oyi junction; his motorcycle (ILR 472 KT) is with the FRSC. Open tibia fracture R, Gustilo "
     "IIIA, distal pulses present. IV ceftriaxone, ATS, washout and ex-fix today. Not enrolled with NHIA, paying out "
     "of pocket. Brother Kazeem 0816 204 7731.",
     [("HOSPITAL", ["Sobi Specialist Hospital"]), ("LOCATION", ["Ilorin"]), ("DATE", ["19/06/2024"]),
      ("NAME", ["Abdulwasiu", "Olarewaju-Bello"]), ("LOCATION", ["Oke-Oyi"]), ("PLATE", ["ILR 472 KT"]),
      ("NAME", ["Kazeem"]), ("PHONE", ["0816 204 7731"])],
     ["Open tibia fracture R, Gustilo IIIA", "distal pulses present", "washout and ex-fix today", "out of pocket"]),
    ("Device clinic 1/8/2025\nPt: Hendrik Vanderploeg, 70M, MRN 551-20-774. Reveal LINQ II ILR, SN RLB604918G, "
     "implanted 10/2/2024 for cryptogenic stroke. CareLink transmission: 2 episodes AF, longest 6 h 12 min -> start "
     "apixaban 5 mg bid, stop aspirin. Daughter Annika set up the app (annika.vdp@icloud.com). Home: 3340 Alpine Ave, "
     "Zeeland MI 49464.\nAdaora Chukwuemeka-Ross, NP",
     [("DATE", ["1/8/2025"]), ("NAME", ["Hendrik", "Vanderploeg"]), ("MRN", ["551-20-774"]), ("SERIAL", ["RLB604918G"]),
      ("DATE", ["10/2/2024"]), ("NAME", ["Annika"]), ("EMAIL", ["annika.vdp@icloud.com"]),
      ("ADDRESS", ["3340 Alpine Ave"]), ("LOCATION", ["Zeeland"]), ("POSTCODE", ["49464"]),
      ("NAME", ["Adaora", "Chukwuemeka-Ross"])],
     ["Reveal LINQ II", "cryptogenic stroke", "2 episodes AF, longest 6 h 12 min", "apixaban 5 mg bid, stop aspirin"]),
]
