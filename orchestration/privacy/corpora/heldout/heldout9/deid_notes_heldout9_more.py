"""Second half of the ninth HELD-OUT set (lower-case notes, written blind); see :mod:`deid_notes_heldout9`."""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("discharge summary - amrita institute of medical sciences, kochi. mrs. leelamma varghese, 67/f, uhid 10042917, "
     "aadhaar 5099 1906 6919. address kunnel house, 3/214 church road, thrippunithura, ernakulam 682301. doa "
     "10/01/2025, dod 16/01/2025. dx acute inferior wall mi, primary pci to rca. on aspirin 75 mg od, ticagrelor "
     "90 mg bd, atorvastatin 80 mg hs. echo lvef 45%. cardiac rehab advised. son biju varghese, +91 94470 38815. "
     "consultant dr. sreekumar nambiar",
     [("HOSPITAL", ["amrita institute of medical sciences"]), ("LOCATION", ["kochi"]),
      ("NAME", ["leelamma", "varghese"]), ("MRN", ["10042917"]), ("ID", ["5099 1906 6919"]),
      ("ADDRESS", ["kunnel house, 3/214 church road"]), ("LOCATION", ["thrippunithura"]), ("LOCATION", ["ernakulam"]),
      ("POSTCODE", ["682301"]), ("DATE", ["10/01/2025"]), ("DATE", ["16/01/2025"]), ("NAME", ["biju", "varghese"]),
      ("PHONE", ["+91 94470 38815"]), ("NAME", ["sreekumar", "nambiar"])],
     ["acute inferior wall mi", "primary pci to rca", "ticagrelor 90 mg bd", "atorvastatin 80 mg hs", "lvef 45%",
      "cardiac rehab advised"]),
    ("antenatal clinic, national hospital abuja. mrs hadiza bello-umar, 29y, g3p2, folder no nha/anc/2025/3381. "
     "lives block c, flat 6, area 11, garki. ega 32 wks by scan. bp 152/98, urine protein ++, headache, no visual "
     "symptoms. impression pre-eclampsia. start nifedipine 20 mg bd, magnesium sulphate on standby, admit. husband "
     "abdullahi umar 08034419273. nin 71502846619. seen by dr chiamaka eze-nwosu",
     [("HOSPITAL", ["national hospital"]), ("LOCATION", ["abuja"]), ("NAME", ["hadiza", "bello-umar"]),
      ("MRN", ["nha/anc/2025/3381"]), ("ADDRESS", ["block c, flat 6, area 11"]), ("LOCATION", ["garki"]),
      ("NAME", ["abdullahi", "umar"]), ("PHONE", ["08034419273"]), ("ID", ["71502846619"]),
      ("NAME", ["chiamaka", "eze-nwosu"])],
     ["ega 32 wks by scan", "bp 152/98", "urine protein ++", "pre-eclampsia", "nifedipine 20 mg bd",
      "magnesium sulphate on standby"]),
    ("ems handover, groote schuur hospital trauma unit. 26m pedestrian vs minibus taxi on klipfontein road, athlone. "
     "name per id book lwando mabandla, id 9806118734087. gcs 13, open tib/fib fracture left, splinted, 1 g txa "
     "given, morphine 5 mg iv. bp 96/60 hr 122. lives 22 protea street, bonteheuwel 7764. brother luthando on "
     "083 550 2718. paramedic r. van der merwe-jacobs",
     [("HOSPITAL", ["groote schuur hospital"]), ("ADDRESS", ["klipfontein road"]), ("LOCATION", ["athlone"]),
      ("NAME", ["lwando", "mabandla"]), ("ID", ["9806118734087"]), ("ADDRESS", ["22 protea street"]),
      ("LOCATION", ["bonteheuwel"]), ("POSTCODE", ["7764"]), ("NAME", ["luthando"]), ("PHONE", ["083 550 2718"]),
      ("NAME", ["van der merwe-jacobs"])],
     ["open tib/fib fracture left", "1 g txa", "morphine 5 mg iv", "bp 96/60 hr 122", "gcs 13"]),
    ("phone consult 09/04/2025. I spoke with stella pomare, nhi wau9681, about her inr. she is staying in "
     "martinborough with her sister olive. inr 1.6 on warfarin 5 mg for a mechanical mitral valve, target 2.5-3.5. "
     "I advised enoxaparin bridging 1.5 mg/kg daily until therapeutic; script sent to the pharmacy in featherston. "
     "will recheck inr friday. mobile 021 335 9012. dr harriet quennell, newtown medical centre",
     [("DATE", ["09/04/2025"]), ("NAME", ["stella", "pomare"]), ("ID", ["wau9681"]), ("LOCATION", ["martinborough"]),
      ("NAME", ["olive"]), ("LOCATION", ["featherston"]), ("PHONE", ["021 335 9012"]),
      ("NAME", ["harriet", "quennell"]), ("HOSPITAL", ["newtown medical centre"])],
     ["inr 1.6", "warfarin 5 mg", "mechanical mitral valve", "enoxaparin bridging 1.5 mg/kg",
      "will recheck inr friday"]),
    ("practice pharmacist medication review, brixton hill group practice. mr benedict achterberg, dob 02/02/1937, nhs "
     "916 143 3616, of 7 josephine avenue, brixton, london sw2 2lb. 11 regular meds. ECG qtc 486 ms so stopped "
     "citalopram 20 mg, switch to sertraline 50 mg. parkinson's disease on co-careldopa 25/100 tds, times critical if "
     "admitted. carer rosalind (agency) 020 7946 0381 does the blister packs. amara nwachukwu-levy, pharmacist",
     [("HOSPITAL", ["brixton hill group practice"]), ("NAME", ["benedict", "achterberg"]), ("DATE", ["02/02/1937"]),
      ("ID", ["916 143 3616"]), ("ADDRESS", ["7 josephine avenue"]), ("LOCATION", ["brixton"]),
      ("LOCATION", ["london"]), ("POSTCODE", ["sw2 2lb"]), ("NAME", ["rosalind"]), ("PHONE", ["020 7946 0381"]),
      ("NAME", ["amara", "nwachukwu-levy"])],
     ["ECG qtc 486 ms", "citalopram 20 mg", "sertraline 50 mg", "parkinson's disease",
      "co-careldopa 25/100 tds"]),
    ("triage - northwestern memorial hospital ed, 2/14/2025 0140. 31 f, keziah montgomery-oduya, mrn 60218834, dob "
     "7/30/1993. c/o thunderclap headache onset 2300 at work, worst of life. bp 188/104, neuro intact, gcs 15. ottawa "
     "sah rule positive, ct head stat. lives 4411 n winthrop ave apt 3b, chicago il 60640. emergency contact mother "
     "bernadette 773-555-0196. illinois dl m532-4178-9021. triage rn d. kowalczyk",
     [("HOSPITAL", ["northwestern memorial hospital"]), ("DATE", ["2/14/2025"]),
      ("NAME", ["keziah", "montgomery-oduya"]), ("MRN", ["60218834"]), ("DATE", ["7/30/1993"]),
      ("ADDRESS", ["4411 n winthrop ave apt 3b"]), ("LOCATION", ["chicago"]), ("POSTCODE", ["60640"]),
      ("NAME", ["bernadette"]), ("PHONE", ["773-555-0196"]), ("LICENCE", ["m532-4178-9021"]),
      ("NAME", ["kowalczyk"])],
     ["thunderclap headache", "worst of life", "bp 188/104", "ottawa sah rule positive", "ct head stat"]),
    ("discharge summary - fiona stanley hospital, murdoch wa. mr reginald tuckwell-hayes, 91 years old, dob "
     "11/11/1933, mrn f2284016, medicare 2242 19206 1. home unit 4/27 marmion street, booragoon wa 6154. admitted "
     "03/04/2025 with complete heart block and stokes-adams attacks. dual chamber pacemaker 05/04/2025, device serial "
     "pjn731904s. wound check gp day 7; no lifting left arm above shoulder for 6 weeks. nok wife marjorie 08 9317 "
     "4420. gp dr priyanka ranasinghe, applecross. cardiology reg dr matteo grasso",
     [("HOSPITAL", ["fiona stanley hospital"]), ("LOCATION", ["murdoch"]), ("NAME", ["reginald", "tuckwell-hayes"]),
      ("AGE", ["91 years old"]), ("DATE", ["11/11/1933"]), ("MRN", ["f2284016"]), ("ID", ["2242 19206 1"]),
      ("ADDRESS", ["unit 4/27 marmion street"]), ("LOCATION", ["booragoon"]), ("POSTCODE", ["6154"]),
      ("DATE", ["03/04/2025"]), ("DATE", ["05/04/2025"]), ("SERIAL", ["pjn731904s"]), ("NAME", ["marjorie"]),
      ("PHONE", ["08 9317 4420"]), ("NAME", ["priyanka", "ranasinghe"]), ("LOCATION", ["applecross"]),
      ("NAME", ["matteo", "grasso"])],
     ["complete heart block", "stokes-adams attacks", "dual chamber pacemaker", "wound check gp day 7",
      "no lifting left arm above shoulder"]),
    ("ward 7b, queen elizabeth university hospital. wr dr fergus mcinally. mrs agnes drummond-kerr, chi 0308478002, "
     "dob 03/08/1947. day 2 after upper gi bleed, glasgow-blatchford score 12, rockall 5 post ogd. ogd duodenal ulcer "
     "with visible vessel, adrenaline + clips. ppi infusion 72 h. hb 78 stable. h. pylori biopsy sent. husband tam "
     "visiting from paisley; home is 61 braidcraft road, pollok g53 5qj",
     [("HOSPITAL", ["queen elizabeth university hospital"]), ("NAME", ["fergus", "mcinally"]),
      ("NAME", ["agnes", "drummond-kerr"]), ("ID", ["0308478002"]), ("DATE", ["03/08/1947"]), ("NAME", ["tam"]),
      ("LOCATION", ["paisley"]), ("ADDRESS", ["61 braidcraft road"]), ("LOCATION", ["pollok"]),
      ("POSTCODE", ["g53 5qj"])],
     ["glasgow-blatchford score 12", "rockall 5", "duodenal ulcer with visible vessel", "ppi infusion 72 h",
      "h. pylori biopsy sent"]),
    ("ehs handover, qeii halifax infirmary ed. 64m, central chest pain 90 min, inferior stemi on 12-lead, cath lab "
     "activated en route. asa 162 mg chewed, ticagrelor 180 mg, heparin 4000 u. pt gordon macisaac, dob 19/01/1961, "
     "ns health card 0013442981, from 88 portland st, dartmouth b2y 1j3. wife lorna following in own car, "
     "902-555-0171. paramedics t. leblanc / j. oyelaran",
     [("HOSPITAL", ["qeii halifax infirmary"]), ("NAME", ["gordon", "macisaac"]), ("DATE", ["19/01/1961"]),
      ("ID", ["0013442981"]), ("ADDRESS", ["88 portland st"]), ("LOCATION", ["dartmouth"]), ("POSTCODE", ["b2y 1j3"]),
      ("NAME", ["lorna"]), ("PHONE", ["902-555-0171"]), ("NAME", ["leblanc"]), ("NAME", ["oyelaran"])],
     ["inferior stemi on 12-lead", "cath lab activated", "asa 162 mg chewed", "ticagrelor 180 mg",
      "heparin 4000 u"]),
    ("night handover, st laurence ward, beaumont hospital. bed 3 mr tadhg cullinane, 90 years old, mrn b0928813, from "
     "5 oak lawn, artane, dublin 5 d05 vw62. in with urosepsis, on gentamicin once daily, level due 06:00. confused "
     "at 2am and pulled his cannula, 4at score 6. son ruairi cullinane 086 771 3029 wants a call if any change. wife "
     "nuala is in st francis hospice, raheny. sn aoife brennock",
     [("HOSPITAL", ["beaumont hospital"]), ("NAME", ["tadhg", "cullinane"]), ("AGE", ["90 years old"]),
      ("MRN", ["b0928813"]), ("ADDRESS", ["5 oak lawn"]), ("LOCATION", ["artane"]), ("LOCATION", ["dublin 5"]),
      ("POSTCODE", ["d05 vw62"]), ("NAME", ["ruairi", "cullinane"]), ("PHONE", ["086 771 3029"]), ("NAME", ["nuala"]),
      ("HOSPITAL", ["st francis hospice"]), ("LOCATION", ["raheny"]), ("NAME", ["aoife", "brennock"])],
     ["urosepsis", "gentamicin once daily", "pulled his cannula", "4at score 6"]),
    ("ed note, aiims new delhi, 19/03/2025. pt jaswinder bhullar, 52m, uhid 2025-0341178, from h.no. 118, sector 15, "
     "rohini, delhi 110085. sudden weakness right side 2 hrs with aphasia, nihss 14. CT head no bleed, CT angio left "
     "mca occlusion. tenecteplase 0.25 mg/kg given, for thrombectomy. wife manpreet 98112 47730. aadhaar 3309 2110 "
     "5971. neuro sr dr vikrant oberoi",
     [("HOSPITAL", ["aiims"]), ("LOCATION", ["new delhi"]), ("DATE", ["19/03/2025"]),
      ("NAME", ["jaswinder", "bhullar"]), ("MRN", ["2025-0341178"]), ("ADDRESS", ["h.no. 118, sector 15"]),
      ("LOCATION", ["rohini"]), ("LOCATION", ["delhi"]), ("POSTCODE", ["110085"]), ("NAME", ["manpreet"]),
      ("PHONE", ["98112 47730"]), ("ID", ["3309 2110 5971"]), ("NAME", ["vikrant", "oberoi"])],
     ["weakness right side 2 hrs with aphasia", "nihss 14", "CT angio left mca occlusion",
      "tenecteplase 0.25 mg/kg"]),
    ("discharge summary - wythenshawe hospital, manchester university nhs ft. ezra pennycook, dob 24/06/2003, nhs 808 "
     "197 8364, hosp no m3318402, of flat 12, 31 washway road, sale m33 7ah. admitted 08/01/2025 with acute severe "
     "asthma. nebulised salbutamol and ipratropium, iv magnesium 2 g, prednisolone 40 mg for 5 days. discharged "
     "11/01/2025 on fostair 200/6 mart, asthma nurse review in 2 weeks. gp dr ingrid solberg, brooklands medical "
     "practice",
     [("HOSPITAL", ["wythenshawe hospital"]), ("LOCATION", ["manchester"]), ("NAME", ["ezra", "pennycook"]),
      ("DATE", ["24/06/2003"]), ("ID", ["808 197 8364"]), ("MRN", ["m3318402"]),
      ("ADDRESS", ["flat 12, 31 washway road"]), ("LOCATION", ["sale"]), ("POSTCODE", ["m33 7ah"]),
      ("DATE", ["08/01/2025"]), ("DATE", ["11/01/2025"]), ("NAME", ["ingrid", "solberg"]),
      ("HOSPITAL", ["brooklands medical practice"])],
     ["acute severe asthma", "nebulised salbutamol and ipratropium", "iv magnesium 2 g",
      "prednisolone 40 mg for 5 days", "fostair 200/6 mart"]),
    ("pharmacy consult, bellevue hospital center, nyc, 4/2/2025. I was asked to dose vancomycin for mrs. yetta "
     "greenblatt-ames, 93 y/o, mrn 44018275. crcl 28 ml/min. vancomycin 1250 mg load then 750 mg q24h, level before "
     "4th dose, auc target 400-600. allergy penicillin (hives). dtr rivka (212-555-0143) is hcp. lives 330 e 25th st, "
     "apt 11c, new york ny 10010. medicare mbi 4tq7-hm2-ck83. - t. varughese, pharmd",
     [("HOSPITAL", ["bellevue hospital center"]), ("LOCATION", ["nyc"]), ("DATE", ["4/2/2025"]),
      ("NAME", ["yetta", "greenblatt-ames"]), ("AGE", ["93 y/o"]), ("MRN", ["44018275"]), ("NAME", ["rivka"]),
      ("PHONE", ["212-555-0143"]), ("ADDRESS", ["330 e 25th st, apt 11c"]), ("LOCATION", ["new york"]),
      ("POSTCODE", ["10010"]), ("ID", ["4tq7-hm2-ck83"]), ("NAME", ["varughese"])],
     ["crcl 28 ml/min", "vancomycin 1250 mg load then 750 mg q24h", "auc target 400-600",
      "allergy penicillin (hives)"]),
    ("st john handover to middlemore hospital ed. 96 yo f found on the floor by carer at 0700, lives alone at 15 rata "
     "street, otahuhu, auckland 1062. pt ruby tamatea-holloway, nhi kss8199. hypothermic 34.1, ck 4200, pressure "
     "injury r hip. gcs 14 (confused). warmed fluids 500 ml given. granddaughter aroha 022 617 3309 meeting us there. "
     "officer k. fitisemanu",
     [("HOSPITAL", ["middlemore hospital"]), ("AGE", ["96 yo"]), ("ADDRESS", ["15 rata street"]),
      ("LOCATION", ["otahuhu"]), ("LOCATION", ["auckland"]), ("POSTCODE", ["1062"]),
      ("NAME", ["ruby", "tamatea-holloway"]), ("ID", ["kss8199"]), ("NAME", ["aroha"]), ("PHONE", ["022 617 3309"]),
      ("NAME", ["fitisemanu"])],
     ["hypothermic 34.1", "ck 4200", "pressure injury r hip", "gcs 14 (confused)", "warmed fluids 500 ml"]),
    ("home care nursing visit 12/12/2024. client marguerite desrosiers, dob 1950-03-22, phin 118402773, lives 1187 "
     "st. mary's road, st. vital, winnipeg r2m 3t5. stage 3 pressure injury sacrum 3.2 x 2.1 cm, braden 13. cleansed "
     "with ns, packed with aquacel ag. husband armand has early alzheimer's, struggling. son luc in steinbach "
     "204-555-0119 to help with turns. will mark the wound edges for next measure. rn priya balasubramaniam",
     [("DATE", ["12/12/2024"]), ("NAME", ["marguerite", "desrosiers"]), ("DATE", ["1950-03-22"]),
      ("ID", ["118402773"]), ("ADDRESS", ["1187 st. mary's road"]), ("LOCATION", ["st. vital"]),
      ("LOCATION", ["winnipeg"]), ("POSTCODE", ["r2m 3t5"]), ("NAME", ["armand"]), ("NAME", ["luc"]),
      ("LOCATION", ["steinbach"]), ("PHONE", ["204-555-0119"]), ("NAME", ["priya", "balasubramaniam"])],
     ["stage 3 pressure injury sacrum", "braden 13", "aquacel ag", "early alzheimer's",
      "will mark the wound edges"]),
    ("hiv clinic, chris hani baragwanath academic hospital, soweto. pt mpho radebe-seleka, 36f, id 8904193603086, "
     "folder 3317029. CD4 212, viral load 48,000 copies/ml, adherence poor since moving. switch to TLD "
     "(tenofovir/lamivudine/dolutegravir). TB screen negative. lives 2214 mokoena street, orlando west 1804. sister "
     "lerato 079 441 2268 is her treatment buddy. dr kagiso mothibi",
     [("HOSPITAL", ["chris hani baragwanath academic hospital"]), ("LOCATION", ["soweto"]),
      ("NAME", ["mpho", "radebe-seleka"]), ("ID", ["8904193603086"]), ("MRN", ["3317029"]),
      ("ADDRESS", ["2214 mokoena street"]), ("LOCATION", ["orlando west"]), ("POSTCODE", ["1804"]),
      ("NAME", ["lerato"]), ("PHONE", ["079 441 2268"]), ("NAME", ["kagiso", "mothibi"])],
     ["CD4 212", "viral load 48,000 copies/ml", "TLD (tenofovir/lamivudine/dolutegravir)", "TB screen negative"]),
    ("hey can u see bed 14 on ward 9b at southmead when u get a sec. mr clement hargreaves-nunn, 67, dob 30/09/1957, "
     "hosp no t1047728, nhs 163 192 2904. k 6.4 on the 10pm bloods, ecg peaked t waves. given 10 ml calcium "
     "gluconate 10% and insulin-dextrose, recheck k 1 hr. wife pearl on 0117 496 0275 wants an update. hes from "
     "thornbury btw, bs35 2ah. cheers ollie (fy1)",
     [("HOSPITAL", ["southmead"]), ("NAME", ["clement", "hargreaves-nunn"]), ("DATE", ["30/09/1957"]),
      ("MRN", ["t1047728"]), ("ID", ["163 192 2904"]), ("NAME", ["pearl"]), ("PHONE", ["0117 496 0275"]),
      ("LOCATION", ["thornbury"]), ("POSTCODE", ["bs35 2ah"]), ("NAME", ["ollie"])],
     ["k 6.4", "ecg peaked t waves", "calcium gluconate 10%", "insulin-dextrose", "recheck k 1 hr"]),
    ("discharge summary grady memorial hospital atlanta. patient cornelius battersby-lyle, 45 m, mrn 30917742, dob "
     "01/05/1980. admitted 03/10/2025 after a seizure at work; MRI brain showed a 2 cm ring-enhancing lesion, "
     "toxoplasmosis vs lymphoma. new HIV diagnosis, CD4 41. I started pyrimethamine, sulfadiazine and leucovorin. "
     "discharged 03/21/2025 to his partner terrence faulk at 1290 glenwood ave se, atlanta ga 30316, 404-555-0188. "
     "f/u ponce de leon center in 1 week. no driving; georgia dl 058214773. - dr. annalise fontenot-greer",
     [("HOSPITAL", ["grady memorial hospital"]), ("LOCATION", ["atlanta"]), ("NAME", ["cornelius", "battersby-lyle"]),
      ("MRN", ["30917742"]), ("DATE", ["01/05/1980"]), ("DATE", ["03/10/2025"]), ("DATE", ["03/21/2025"]),
      ("NAME", ["terrence", "faulk"]), ("ADDRESS", ["1290 glenwood ave se"]), ("POSTCODE", ["30316"]),
      ("PHONE", ["404-555-0188"]), ("HOSPITAL", ["ponce de leon center"]), ("LICENCE", ["058214773"]),
      ("NAME", ["annalise", "fontenot-greer"])],
     ["ring-enhancing lesion", "toxoplasmosis vs lymphoma", "CD4 41", "pyrimethamine, sulfadiazine and leucovorin"]),
]
