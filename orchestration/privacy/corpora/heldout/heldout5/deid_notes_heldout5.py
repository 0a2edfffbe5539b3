"""Fifth HELD-OUT set of hand-written notes (``evaluate --set heldout5``), written blind once the fourth held-out set
was spent. Its author read neither the de-identification rules nor their documentation and never ran the evaluation on
these notes; every person, place and institution planted here was checked against the DEV, second, third and fourth
held-out sets so that none of them recurs there as an identifier. Measure it; never change a rule because of it.

76 notes: emergency, ward, clinic, GP, radiology, social-work, nursing, telephone and voice-recognition notes as
clinicians in the US, UK, Ireland, Australia, New Zealand, Canada, India, Nigeria and South Africa write them, and notes
in Greek, Chinese (simplified and traditional), Russian, Hindi and Arabic. Numbers that carry a check digit in real life
(NHS, CHI, Medicare, NHI, PPSN, OHIP, PHN, Aadhaar, AMKA, SNILS, South African, Chinese and Taiwanese identity numbers)
carry a valid one. Among the clinical strings that must survive are eponyms, brand names, places inside disease and
classification names (Lyme, West Nile, Rocky Mountain spotted fever, Ebola, Lassa, Los Angeles grade, Montreal,
Atlanta, the Tokyo guidelines, Ottawa rules) and everyday words that are also given names (Will, Mark, Frank, Hope,
Rose, May, Bill, Dawn), each where a clinician would write it. The notes continue in :mod:`deid_notes_heldout5_more`
and :mod:`deid_notes_heldout5_rest`, split only to keep each file a readable size.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout5.deid_notes_heldout5_more import NOTES as MORE_NOTES
from consilium.orchestration.privacy.corpora.heldout.heldout5.deid_notes_heldout5_rest import NOTES as REST_NOTES

NOTES: list[Note] = [
    ("ED CLERKING 02:15, Majors cubicle 6\nName: Mr Aldwyn Pennycook (goes by Wyn), 58M. Hosp no RNL2284193, NHS 485 "
     "921 7330. Lives at 14 Brackenthwaite Terrace, Egremont CA22 2QT, alone since his wife died. Brought in by "
     "neighbour Thursa Gillbanks who found him confused and unsteady on the landing. Drinks ~1.5 L cider/day. "
     "Bilateral lateral rectus palsy, wide-based gait: treat as Wernicke's encephalopathy. Pabrinex 2 pairs tds IV "
     "before any glucose. CIWA-Ar 19, chlordiazepoxide reducing regimen. Seen by Dr Faisal Oyelowo-Barnes, ED ST4. "
     "Neighbour's landline 01946 823 517.",
     [("NAME", ["Aldwyn", "Pennycook"]), ("NAME", ["Wyn"]), ("MRN", ["RNL2284193"]), ("ID", ["485 921 7330"]),
      ("ADDRESS", ["14 Brackenthwaite Terrace"]), ("LOCATION", ["Egremont"]), ("POSTCODE", ["CA22 2QT"]),
      ("NAME", ["Thursa", "Gillbanks"]), ("NAME", ["Faisal", "Oyelowo-Barnes"]), ("PHONE", ["01946 823 517"])],
     ["rectus palsy, wide-based gait", "Wernicke's encephalopathy", "Pabrinex 2 pairs tds IV", "CIWA-Ar 19",
      "chlordiazepoxide reducing regimen"]),
    ("DISCHARGE SUMMARY - Gifford Medical Center\nPatient: Wilhelmina \"Billie\" Sturtevant   MRN: 0061-4429-3   DOB: "
     "07/22/1931\nAge: 93   Sex: F   SSN: 041-62-8813   Medicare MBI: 4TK7-QW2-HN58\nAdmit: 01/04/2025   Discharge: "
     "01/11/2025\nAttending: Anselm Tribou, MD   PCP: Maren Haskell-Moody, NP (Bethel Family Health)\nHospital "
     "course: acute on chronic HFpEF (EF 60%), diuresed 4.2 kg on IV furosemide, transitioned to torsemide 20 mg "
     "daily. K 3.4, repleted. Mild delirium resolved; CAM negative at discharge.\nDisposition: home with VNA to 88 "
     "Gulf Rd, Randolph Center, VT 05061. Daughter-in-law Loreen Sturtevant is primary caregiver, cell 802-555-0176.",
     [("HOSPITAL", ["Gifford Medical Center"]), ("NAME", ["Wilhelmina", "Sturtevant"]), ("NAME", ["Billie"]),
      ("MRN", ["0061-4429-3"]), ("DOB90", ["07/22/1931", "1931"]), ("AGE", ["93"]), ("ID", ["041-62-8813"]),
      ("ID", ["4TK7-QW2-HN58"]), ("DATE", ["01/04/2025"]), ("DATE", ["01/11/2025"]), ("NAME", ["Anselm", "Tribou"]),
      ("NAME", ["Maren", "Haskell-Moody"]), ("HOSPITAL", ["Bethel Family Health"]), ("ADDRESS", ["88 Gulf Rd"]),
      ("LOCATION", ["Randolph Center"]), ("POSTCODE", ["05061"]), ("NAME", ["Loreen"]), ("PHONE", ["802-555-0176"])],
     ["acute on chronic HFpEF (EF 60%)", "diuresed 4.2 kg on IV furosemide", "torsemide 20 mg daily", "K 3.4",
      "CAM negative at discharge"]),
    ("Nursing handover 1900, Ward 2, Mersey Community Hospital (Latrobe).\nBed 9 - Mrs Thelma Bransgrove, 86, URN "
     "301877, Medicare 2947 13851 1. In via ED yesterday with #NOF (L), for ORIF tomorrow, fasting from midnight. 4AT "
     "5 this arvo, more settled now. Pain ok with fascia iliaca block + regular paracetamol. Lives out at Barrington "
     "with her son Wayne-Lee who is her carer. Hope to get her out of bed day 1 post-op. Son's mob 0417 662 093. GP "
     "is Dr Sharmila Venkatraman at Railton Medical Centre.",
     [("HOSPITAL", ["Mersey Community Hospital"]), ("LOCATION", ["Latrobe"]), ("NAME", ["Thelma", "Bransgrove"]),
      ("MRN", ["301877"]), ("ID", ["2947 13851 1"]), ("LOCATION", ["Barrington"]), ("NAME", ["Wayne-Lee"]),
      ("PHONE", ["0417 662 093"]), ("NAME", ["Sharmila", "Venkatraman"]), ("HOSPITAL", ["Railton Medical Centre"])],
     ["#NOF (L)", "for ORIF tomorrow, fasting from midnight", "4AT 5", "fascia iliaca block",
      "Hope to get her out of bed day 1 post-op"]),
    ("Referral to Gastroenterology, Te Whatu Ora Tairāwhiti\nFrom: Dr Alastair Kereama, Ruatōria Health "
     "Centre\nPatient: Tamati Waerea-Huata, DOB 03/11/1969, NHI MPR4183\nAddress: 1146 Waiapu Road, RD 2, Ruatōria "
     "4032\nPh 06 864 8193, email tamati.wh69@xtra.co.nz\nKia ora, Tamati is a 55 y/o truck driver (Eastland Haulage) "
     "with 6 months of heartburn and dysphagia to solids. Gastroscopy at Gisborne Hospital in 2022 showed Los Angeles "
     "grade C oesophagitis and a short segment of Barrett's oesophagus (C1M2, no dysplasia). Now on pantoprazole 40 "
     "mg bd with partial response. Weight stable. Please see for surveillance and consideration of repeat OGD.\nNgā "
     "mihi, Alastair",
     [("LOCATION", ["Tairāwhiti"]), ("NAME", ["Alastair", "Kereama"]), ("HOSPITAL", ["Ruatōria Health Centre"]),
      ("NAME", ["Tamati", "Waerea-Huata"]), ("DATE", ["03/11/1969"]), ("ID", ["MPR4183"]),
      ("ADDRESS", ["1146 Waiapu Road", "RD 2"]), ("LOCATION", ["Ruatōria"]), ("POSTCODE", ["4032"]),
      ("PHONE", ["06 864 8193"]), ("EMAIL", ["tamati.wh69@xtra.co.nz"]), ("LOCATION", ["Eastland Haulage"]),
      ("HOSPITAL", ["Gisborne Hospital"])],
     ["55 y/o truck driver", "dysphagia to solids", "Los Angeles grade C", "Barrett's oesophagus (C1M2, no dysplasia)",
      "pantoprazole 40 mg bd", "repeat OGD"]),
    ("CTA CHEST PE PROTOCOL - priority STAT\nOrdering provider: Itzel Etcheverry-Kwan, PA-C (NPI "
     "1740285963)\nPatient: Dawes, Merle T.  MRN 7720913  DOB 11/02/1958  Acct 400918273355\nIndication: 66M, 3 days "
     "post R TKA at Bozeman Health Deaconess, now pleuritic CP, HR 118, SpO2 89% RA. Wells 7.5. D-dimer not sent "
     "(post-op). eGFR 64, no contrast allergy. Lives in Three Forks; wife Ardith reachable at 406-555-0142. Outside "
     "films pushed from PACS node 10.114.6.201.",
     [("NAME", ["Itzel", "Etcheverry-Kwan"]), ("LICENCE", ["1740285963"]), ("NAME", ["Dawes", "Merle"]),
      ("MRN", ["7720913"]), ("DATE", ["11/02/1958"]), ("ID", ["400918273355"]),
      ("HOSPITAL", ["Bozeman Health Deaconess"]), ("LOCATION", ["Three Forks"]), ("NAME", ["Ardith"]),
      ("PHONE", ["406-555-0142"]), ("IP", ["10.114.6.201"])],
     ["3 days post R TKA", "pleuritic CP, HR 118", "SpO2 89% RA", "Wells 7.5", "eGFR 64, no contrast allergy"]),
    ("Medical Social Work note 09/01/2025, Sligo University Hospital\nMr Fachtna Gilheaney, 74, PPSN 7340918R, MRN "
     "0882145. Lives alone on the Tulsk Road outside Strokestown, Co. Roscommon F42 H2X7, in a two-storey house with "
     "the bedroom upstairs. Bachelor farmer, still keeps a few suckler cows. Nephew Eoghan Ó Fearghail farms next "
     "door and checks on him daily, mob 087 219 4406. Niece Sadhbh lives in Longford town. HSE Home Support "
     "application ref HSP-LT-55128 submitted; Fair Deal not being considered, Fachtna clear that he wants home. Dawn "
     "and dusk are when he gets most breathless, feeding the cattle. COPD GOLD 3 on LTOT 2 L/min 15 h/day. OT home "
     "visit booked.",
     [("DATE", ["09/01/2025"]), ("HOSPITAL", ["Sligo University Hospital"]), ("NAME", ["Fachtna", "Gilheaney"]),
      ("ID", ["7340918R"]), ("MRN", ["0882145"]), ("ADDRESS", ["Tulsk Road"]), ("LOCATION", ["Strokestown"]),
      ("LOCATION", ["Roscommon"]), ("POSTCODE", ["F42 H2X7"]), ("NAME", ["Eoghan", "Ó Fearghail"]),
      ("PHONE", ["087 219 4406"]), ("NAME", ["Sadhbh"]), ("LOCATION", ["Longford"]), ("ID", ["HSP-LT-55128"])],
     ["suckler cows", "Fair Deal", "Dawn and dusk are when he gets most breathless", "COPD GOLD 3",
      "LTOT 2 L/min 15 h/day", "OT home visit"]),
    ("TELEPHONE ENCOUNTER 10:42, taken by Tansy (reception)\nCaller: Mrs Winsome Harbottle, daughter of Mr Horace "
     "Blenkinsop (DOB 19.04.1938, NHS 612 048 3772).\nDad more muddled since Tuesday, not passing much urine, smells "
     "strong. Carers from Bluebell Homecare say he refused his tea. Please can the duty GP visit today: key safe by "
     "the back door, code 2719. Address 7 Low Row, Hawes DL8 3RQ. Winsome at work in Leyburn till 5 but on 07812 430 "
     "966.",
     [("NAME", ["Tansy"]), ("NAME", ["Winsome", "Harbottle"]), ("NAME", ["Horace", "Blenkinsop"]),
      ("DATE", ["19.04.1938"]), ("ID", ["612 048 3772"]), ("HOSPITAL", ["Bluebell Homecare"]), ("CODE", ["2719"]),
      ("ADDRESS", ["7 Low Row"]), ("LOCATION", ["Hawes"]), ("POSTCODE", ["DL8 3RQ"]), ("LOCATION", ["Leyburn"]),
      ("PHONE", ["07812 430 966"])],
     ["more muddled since Tuesday", "not passing much urine", "duty GP visit today"]),
    ("Dictated but not checked.\nThe Royal Shrewsbury Hospital, Department of Neurology\nClinic date 14th of November "
     "2024\nDear Doctor Harcombe-Price\nRe Mr Cedric Allsebrook date of birth 2nd of June 1951 hospital number "
     "S-482217 Flat 3 Mardol House comma Sheinton Street comma Much Wenlock TF13 6BW\nThank you for referring this "
     "pleasant gentleman with a 2 year history of right-sided rest tremor comma micrographia and slowness full stop "
     "On examination there is asymmetric rigidity and bradykinesia with reduced arm swing on the right full stop I "
     "think this is idiopathic Parkinson's disease and have started co-careldopa 62.5 mg three times daily full stop "
     "A DaTscan was not needed full stop He worries about driving his tractor comma which he still does on his son "
     "Gareth's farm at Bourton full stop He may drive but must tell the DVLA full stop\nYours sincerely\nDr Consolata "
     "Fairclough-Nwosu Consultant Neurologist",
     [("HOSPITAL", ["Royal Shrewsbury"]), ("DATE", ["14th of November 2024"]), ("NAME", ["Harcombe-Price"]),
      ("NAME", ["Cedric", "Allsebrook"]), ("DATE", ["2nd of June 1951"]), ("MRN", ["S-482217"]),
      ("ADDRESS", ["Flat 3 Mardol House", "Sheinton Street"]), ("LOCATION", ["Much Wenlock"]),
      ("POSTCODE", ["TF13 6BW"]), ("NAME", ["Gareth"]), ("LOCATION", ["Bourton"]),
      ("NAME", ["Consolata", "Fairclough-Nwosu"])],
     ["right-sided rest tremor", "asymmetric rigidity and bradykinesia", "idiopathic Parkinson's disease",
      "co-careldopa 62.5 mg three times daily", "DaTscan", "must tell the DVLA"]),
    ("ED triage 1732. 27M MVC, restrained driver, airbag deployed, self-extricated. Pt Dashiell Wojcikowski, MRN "
     "30-554-19, Ohio DL TQ418273. Gray Silverado, OH plate JXR 4471, T-boned at Rt 33 & Pickerington Rd near "
     "Carroll. GCS 15, c/o neck pain, NEXUS positive (midline tenderness) -> CT C-spine. Seatbelt sign absent. FAST "
     "neg. Girlfriend Kenzleigh Rausch at bedside, (740) 555-0127. Tox pending. -RN Ikpeazu",
     [("NAME", ["Dashiell", "Wojcikowski"]), ("MRN", ["30-554-19"]), ("LICENCE", ["TQ418273"]), ("PLATE", ["JXR 4471"]),
      ("ADDRESS", ["Pickerington Rd"]), ("LOCATION", ["Carroll"]), ("NAME", ["Kenzleigh", "Rausch"]),
      ("PHONE", ["(740) 555-0127"]), ("NAME", ["Ikpeazu"])],
     ["restrained driver, airbag deployed", "GCS 15", "NEXUS positive (midline tenderness)", "CT C-spine",
      "Seatbelt sign absent", "FAST neg"]),
    ("DISCHARGE SUMMARY\nSahyadri Mission Hospital, Dept of General Medicine\nPatient: Smt. Lakshmamma Hosmani, 61/F, "
     "W/o Basavaraj Hosmani\nUHID: SMH/24/118407   IP No: 24-11392\nAadhaar: 4931 8276 1054   ABHA: "
     "91-4471-2268-3095\nAddress: H.No. 2-117, Vinobha Colony, Sagar, Shivamogga Dist., Karnataka 577401\nMobile: +91 "
     "94480 61327 (son Prashanth)\nDOA: 12-08-2024   DOD: 19-08-2024\nDiagnosis: Dengue fever with warning signs (NS1 "
     "positive), thrombocytopenia (nadir platelets 18,000/µL), no plasma leakage on USG.\nTreatment: IV fluids as per "
     "WHO protocol, paracetamol 650 mg SOS. No platelet transfusion required.\nAdvice: review in OPD after 1 week "
     "with CBC.\nConsultant: Dr. K. S. Nagabhushan, MD (Gen Med), KMC Reg. No. 48821",
     [("HOSPITAL", ["Sahyadri Mission Hospital"]), ("NAME", ["Lakshmamma", "Hosmani"]), ("NAME", ["Basavaraj"]),
      ("MRN", ["SMH/24/118407"]), ("MRN", ["24-11392"]), ("ID", ["4931 8276 1054"]), ("ID", ["91-4471-2268-3095"]),
      ("ADDRESS", ["H.No. 2-117", "Vinobha Colony"]), ("LOCATION", ["Sagar"]), ("LOCATION", ["Shivamogga"]),
      ("POSTCODE", ["577401"]), ("PHONE", ["+91 94480 61327"]), ("NAME", ["Prashanth"]), ("DATE", ["12-08-2024"]),
      ("DATE", ["19-08-2024"]), ("NAME", ["Nagabhushan"]), ("LICENCE", ["48821"])],
     ["Dengue fever with warning signs (NS1 positive)", "nadir platelets 18,000/µL", "no plasma leakage on USG",
      "paracetamol 650 mg SOS", "No platelet transfusion required"]),
    ("Haematology Clinic, Federal Medical Centre, Bida\nDate: 3rd March 2025\nName: Miss Hauwa'u Ndagi-Kolo, 17yrs, "
     "F. Hosp No: FMC/BD/07721. NHIA No: NG-NSHIP-2219487\nAddress: No 14 Emir Road, behind Central Mosque, Bida, "
     "Niger State.\nKnown HbSS, on hydroxyurea 15 mg/kg and folic acid. Admitted x3 last year for VOC, one episode of "
     "acute chest syndrome. Today no crisis, Hb 7.8 g/dL, HbF 14%. TCD normal. SS3 student at Government Girls "
     "Secondary School, Doko. Father Alhaji Umaru Ndagi-Kolo, 0803 417 2296.\nSeen by Dr (Mrs) F. O. Adegbenro-Eze",
     [("LOCATION", ["Bida"]), ("DATE", ["3rd March 2025"]), ("NAME", ["Hauwa'u", "Ndagi-Kolo"]),
      ("MRN", ["FMC/BD/07721"]), ("ID", ["NG-NSHIP-2219487"]), ("ADDRESS", ["No 14 Emir Road"]),
      ("LOCATION", ["Government Girls Secondary School"]), ("LOCATION", ["Doko"]), ("NAME", ["Umaru"]),
      ("PHONE", ["0803 417 2296"]), ("NAME", ["Adegbenro-Eze"])],
     ["Known HbSS", "hydroxyurea 15 mg/kg", "acute chest syndrome", "Hb 7.8 g/dL, HbF 14%", "TCD normal"]),
    ("Neurology consult, Almonte General Hospital, 2024-10-07\nPt: Evangeline Lachapelle-Boyd, 44F. OHIP "
     "5412-073-024-XK. Chart 00447165.\nRR 3, 2281 Rideau Ferry Rd, Lombardy, ON K0G 1L0. Ph 613-555-0188.\nHPI: 9 "
     "days after a GI illness, ascending symmetric weakness and paresthesias; now can't climb stairs. Areflexic. CSF "
     "protein 1.2 g/L, WCC 2 (albuminocytologic dissociation). Consistent with Guillain-Barré syndrome. FVC 2.1 L, "
     "NIF -40. Start IVIG 0.4 g/kg/day x5, q4h FVC. Husband Ferris drives for Tallman Transport, cell 343-555-0104.",
     [("HOSPITAL", ["Almonte General Hospital"]), ("DATE", ["2024-10-07"]), ("NAME", ["Evangeline", "Lachapelle-Boyd"]),
      ("ID", ["5412-073-024-XK"]), ("MRN", ["00447165"]), ("ADDRESS", ["RR 3", "2281 Rideau Ferry Rd"]),
      ("LOCATION", ["Lombardy"]), ("POSTCODE", ["K0G 1L0"]), ("PHONE", ["613-555-0188"]), ("NAME", ["Ferris"]),
      ("LOCATION", ["Tallman Transport"]), ("PHONE", ["343-555-0104"])],
     ["ascending symmetric weakness", "Areflexic", "albuminocytologic dissociation", "Guillain-Barré syndrome",
      "FVC 2.1 L, NIF -40", "IVIG 0.4 g/kg/day x5"]),
    ("Mount Frere Gateway Clinic, 22/07/2024\nPt: Mr Luvuyo Gqirana, 39M. ID 8702165872089. Folder no. MFG-33017. "
     "Address: Site 412, Lugangeni Location, Mount Frere 5090. Ex-mineworker (Rustenburg shafts 2009-2019). Cell 073 "
     "418 2265.\nHx: 5/52 cough, night sweats, LOW 7 kg. GeneXpert MTB detected, rifampicin resistance not detected. "
     "HIV positive, CD4 212, VL pending. Plan: start 2RHZE/4RH, then TLD after 2 weeks (watch for IRIS). SASSA "
     "disability grant form done. Partner Nosipho Mbalane also to be screened.\nSr Z. Ntlabati (PCN)",
     [("HOSPITAL", ["Mount Frere Gateway Clinic"]), ("DATE", ["22/07/2024"]), ("NAME", ["Luvuyo", "Gqirana"]),
      ("ID", ["8702165872089"]), ("MRN", ["MFG-33017"]), ("ADDRESS", ["Site 412", "Lugangeni"]),
      ("LOCATION", ["Mount Frere"]), ("POSTCODE", ["5090"]), ("LOCATION", ["Rustenburg"]), ("PHONE", ["073 418 2265"]),
      ("NAME", ["Nosipho", "Mbalane"]), ("NAME", ["Ntlabati"])],
     ["GeneXpert MTB detected", "rifampicin resistance not detected", "CD4 212", "2RHZE/4RH", "TLD after 2 weeks",
      "watch for IRIS"]),
    ("ΠΑΡΑΠΕΜΠΤΙΚΟ\nΓενικό Νοσοκομείο Άρτας, Καρδιολογικό Ιατρείο, 11/03/2025\nΑσθενής: Χαράλαμπος Ζαγοριανός του "
     "Βασιλείου, 72 ετών, ΑΜΚΑ 15035244175\nΔιεύθυνση: Σκουφά 23, 47100 Άρτα. Τηλ. 26810 27594, κινητό 694 512 "
     "8830\nΙστορικό: κολπική μαρμαρυγή, αρτηριακή υπέρταση. Προσήλθε με αίσθημα παλμών. ΗΚΓ: κολπική μαρμαρυγή με "
     "ταχεία κοιλιακή ανταπόκριση 140/λεπτό. Έναρξη απιξαμπάνης 5 mg x2 και βισοπρολόλης 2,5 mg. CHA2DS2-VASc "
     "3.\nΣύζυγος: Ευανθία, κινητό 697 311 4052.\nΘεράπων ιατρός: Ηλίας Μπαλτογιάννης, Καρδιολόγος",
     [("HOSPITAL", ["Νοσοκομείο Άρτας"]), ("DATE", ["11/03/2025"]), ("NAME", ["Χαράλαμπος", "Ζαγοριανός"]),
      ("NAME", ["Βασιλείου"]), ("ID", ["15035244175"]), ("ADDRESS", ["Σκουφά 23"]), ("POSTCODE", ["47100"]),
      ("LOCATION", ["Άρτα"]), ("PHONE", ["26810 27594"]), ("PHONE", ["694 512 8830"]), ("NAME", ["Ευανθία"]),
      ("NAME", ["Ηλίας", "Μπαλτογιάννης"])],
     ["72 ετών", "κολπική μαρμαρυγή", "αρτηριακή υπέρταση", "απιξαμπάνης 5 mg x2", "CHA2DS2-VASc 3"]),
    ("急诊病历\n患者：谭春燕，女，45岁\n身份证号：430524197903123627\n住址：湖南省邵阳市隆回县桃洪镇建设路88号\n联系电话：13807394261；丈夫刘志刚 "
     "15973902817\n主诉：右上腹痛伴发热2天。查体：Murphy征阳性。B超：胆囊结石伴胆囊壁增厚。诊断：急性结石性胆囊炎（东京指南2018 II级）。予头孢哌酮舒巴坦抗感染，拟行腹腔镜胆囊切除术。\n接诊医师：龙海波",
     [("NAME", ["谭春燕"]), ("ID", ["430524197903123627"]), ("LOCATION", ["邵阳市"]), ("LOCATION", ["隆回县"]),
      ("LOCATION", ["桃洪镇"]), ("ADDRESS", ["建设路88号"]), ("PHONE", ["13807394261"]), ("NAME", ["刘志刚"]),
      ("PHONE", ["15973902817"]), ("NAME", ["龙海波"])],
     ["45岁", "右上腹痛伴发热2天", "Murphy征阳性", "急性结石性胆囊炎", "东京指南2018 II级", "头孢哌酮舒巴坦", "腹腔镜胆囊切除术"]),
    ("Выписной эпикриз\nОБУЗ «Кинешемская ЦРБ», неврологическое отделение\nПациент: Шишкарёва Антонина Фёдоровна, 67 "
     "лет. Полис ОМС 3751 2408 9917 6623, СНИЛС 112-233-445 95\nАдрес: Ивановская обл., г. Кинешма, ул. Ломоносова, "
     "д. 14, кв. 37. Тел.: +7 (49331) 5-28-61; дочь Ольга Геннадьевна, моб. +7 915 824-37-19\nПоступила 02.09.2024, "
     "выписана 13.09.2024.\nДиагноз: Ишемический инсульт в бассейне левой СМА, кардиоэмболический подтип. Фибрилляция "
     "предсердий. NIHSS при выписке 4.\nРекомендовано: апиксабан 5 мг 2 раза в сутки, аторвастатин 40 мг.\nЛечащий "
     "врач: Гаврилюк Д. С.",
     [("HOSPITAL", ["Кинешемская ЦРБ"]), ("NAME", ["Шишкарёва", "Антонина", "Фёдоровна"]),
      ("ID", ["3751 2408 9917 6623"]), ("ID", ["112-233-445 95"]), ("LOCATION", ["Кинешма"]),
      ("ADDRESS", ["ул. Ломоносова", "д. 14, кв. 37"]), ("PHONE", ["+7 (49331) 5-28-61"]),
      ("NAME", ["Ольга", "Геннадьевна"]), ("PHONE", ["+7 915 824-37-19"]), ("DATE", ["02.09.2024"]),
      ("DATE", ["13.09.2024"]), ("NAME", ["Гаврилюк"])],
     ["67 лет", "Ишемический инсульт", "кардиоэмболический подтип", "Фибрилляция предсердий", "NIHSS при выписке 4",
      "апиксабан 5 мг"]),
    ("GP home visit, Ashcombe Grange Care Home, 21/02/25\nMrs Hermione Gathercole, 96, DOB 03/08/1928, NHS 703 519 "
     "2646. Room 12. Advanced vascular dementia, bedbound, taking a few teaspoons a day. Sacral pressure ulcer cat 3 "
     "despite air mattress. Family meeting with son Aldous and granddaughter Lowenna: all agree comfort care, DNACPR "
     "in place, ReSPECT form updated. JIC meds: morphine 2.5 mg sc prn, midazolam 2.5 mg sc prn, levomepromazine, "
     "glycopyrronium. Referred to St Ebba's Hospice community team. Dr R. Meikle",
     [("HOSPITAL", ["Ashcombe Grange"]), ("DATE", ["21/02/25"]), ("NAME", ["Hermione", "Gathercole"]), ("AGE", ["96"]),
      ("DOB90", ["03/08/1928", "1928"]), ("ID", ["703 519 2646"]), ("NAME", ["Aldous"]), ("NAME", ["Lowenna"]),
      ("HOSPITAL", ["St Ebba's Hospice"]), ("NAME", ["Meikle"])],
     ["Advanced vascular dementia", "Sacral pressure ulcer cat 3", "DNACPR in place", "ReSPECT form",
      "morphine 2.5 mg sc prn", "midazolam 2.5 mg sc prn", "levomepromazine"]),
    ("Peds urgent care 4/9/2025 15:10\n6yo M, Rory Fitzwilliam-Oakes, MRN 88213470, DOB 10/30/2018. Fever 5 days, "
     "bilateral non-purulent conjunctivitis, strawberry tongue, cracked lips, swollen hands, polymorphous rash. Meets "
     "criteria for Kawasaki disease -> transfer to Dell Children's for IVIG and echo. Kindergarten at Cypress Creek "
     "Elementary in Wimberley; school nurse Mrs. Villarreal sent him home Friday. Mom Shaylee Oakes 512-555-0163, has "
     "been posting his temps on Instagram (@shayleeandthebabes). Texas Medicaid ID 538204716. Dr. Cormac "
     "Ybarra-Lindqvist",
     [("DATE", ["4/9/2025"]), ("NAME", ["Rory", "Fitzwilliam-Oakes"]), ("MRN", ["88213470"]), ("DATE", ["10/30/2018"]),
      ("HOSPITAL", ["Dell Children's"]), ("LOCATION", ["Cypress Creek Elementary"]), ("LOCATION", ["Wimberley"]),
      ("NAME", ["Villarreal"]), ("NAME", ["Shaylee", "Oakes"]), ("PHONE", ["512-555-0163"]),
      ("HANDLE", ["shayleeandthebabes"]), ("ID", ["538204716"]), ("NAME", ["Cormac", "Ybarra-Lindqvist"])],
     ["bilateral non-purulent conjunctivitis", "strawberry tongue", "polymorphous rash", "Kawasaki disease",
      "IVIG and echo"]),
    ("MH triage (phone) 23:50, Acute Care Team Shoalhaven\nCaller: Kiara-Mae Duthie, 19, self. Lives with flatmates "
     "at 5/18 Jervis Street, Nowra NSW 2541. SI with plan (paracetamol stockpile, ~40 tabs), no prior attempts. "
     "Drinking most nights, daily cannabis. 2nd yr nursing at UOW Shoalhaven campus. Friend 'Tezza' contacted us "
     "after she posted a goodbye on Discord as nightjar.kiki. Plan: police welfare check, ACT home visit now. Mob "
     "0432 178 650, Medicare 5183 09479 1. Triaged by Kaelan (RN).",
     [("LOCATION", ["Shoalhaven"]), ("NAME", ["Kiara-Mae", "Duthie"]), ("ADDRESS", ["5/18 Jervis Street"]),
      ("LOCATION", ["Nowra"]), ("POSTCODE", ["2541"]), ("LOCATION", ["UOW"]), ("NAME", ["Tezza"]),
      ("HANDLE", ["nightjar.kiki"]), ("PHONE", ["0432 178 650"]), ("ID", ["5183 09479 1"]), ("NAME", ["Kaelan"])],
     ["SI with plan", "no prior attempts", "police welfare check", "ACT home visit now"]),
    ("Telehealth (video) 2/12/2025, Behavioral Health, Aspirus Ironwood Clinic\nPt Elroy Korhonen-Pike, 52, joined "
     "from home in Hurley, WI (platform logged IP 68.43.191.207). Link sent: https://aspirus.doxy.me/drkallstrom ; "
     "portal username tkpike1972. Depression f/u: PHQ-9 down from 19 to 11 on sertraline 100 mg, sleeping better, no "
     "SI. Back on second shift at Northwoods Millwork. Wife Brenna joined for the last 10 min. RTC 6 wks.\nSolveig "
     "Kallstrom, LCSW",
     [("DATE", ["2/12/2025"]), ("HOSPITAL", ["Aspirus Ironwood Clinic"]), ("NAME", ["Elroy", "Korhonen-Pike"]),
      ("LOCATION", ["Hurley"]), ("IP", ["68.43.191.207"]), ("URL", ["https://aspirus.doxy.me/drkallstrom"]),
      ("HANDLE", ["tkpike1972"]), ("LOCATION", ["Northwoods Millwork"]), ("NAME", ["Brenna"]),
      ("NAME", ["Solveig", "Kallstrom"])],
     ["PHQ-9 down from 19 to 11", "sertraline 100 mg", "no SI", "RTC 6 wks"]),
    ("Dear Haematology colleague,\nRe: Rafferty Quarrington-Vale, DOB 17/05/2003, NHS 431 877 6026\nFlat 2B, 19 Fore "
     "Street, Okehampton EX20 1HB. Mob 07958 203 144. Email jquarrvale03@gmail.com\nThis 21-year-old student "
     "(Plymouth Marjon University, home for the summer) has a 6-week history of a painless 3 cm left supraclavicular "
     "node, drenching night sweats and itch. He mentions the neck aches after a pint, which I understand may be "
     "significant. CXR ?mediastinal widening. ESR 72, Hb 118, LDH normal. I am worried about Hodgkin lymphoma and "
     "would be grateful for assessment under the 2WW pathway. His mum Merryn works on our reception desk, so please "
     "write to Rafferty directly.\nKind regards\nDr Ottoline Trewhella\nOkement Surgery",
     [("NAME", ["Rafferty", "Quarrington-Vale"]), ("DATE", ["17/05/2003"]), ("ID", ["431 877 6026"]),
      ("ADDRESS", ["Flat 2B", "19 Fore Street"]), ("LOCATION", ["Okehampton"]), ("POSTCODE", ["EX20 1HB"]),
      ("PHONE", ["07958 203 144"]), ("EMAIL", ["jquarrvale03@gmail.com"]), ("LOCATION", ["Plymouth Marjon University"]),
      ("NAME", ["Merryn"]), ("NAME", ["Ottoline", "Trewhella"]), ("HOSPITAL", ["Okement Surgery"])],
     ["21-year-old student", "painless 3 cm left supraclavicular node", "drenching night sweats and itch",
      "ESR 72, Hb 118", "Hodgkin lymphoma", "2WW pathway"]),
    ("ID consult 7/21/24. 58M Clyde Honeycutt-Ayers, MRN 4471-0922, hunting guide from Bryson City, NC (Swain "
     "County). 4 d fever, HA, myalgia, petechial rash on wrists/ankles spreading centrally; tick bite last week while "
     "scouting near Alarka. Plt 88K, Na 129. Suspect Rocky Mountain spotted fever; Lyme less likely given rash "
     "pattern, ehrlichiosis possible. Doxycycline 100 mg IV q12h started, do not wait for serology. Hunting license "
     "4418-20-7736 in wallet. Brother Lonzo (828) 555-0199. D/w Dr. Ramona Blevins (ID attending).",
     [("DATE", ["7/21/24"]), ("NAME", ["Clyde", "Honeycutt-Ayers"]), ("MRN", ["4471-0922"]),
      ("LOCATION", ["Bryson City"]), ("LOCATION", ["Swain County"]), ("LOCATION", ["Alarka"]),
      ("LICENCE", ["4418-20-7736"]), ("NAME", ["Lonzo"]), ("PHONE", ["(828) 555-0199"]),
      ("NAME", ["Ramona", "Blevins"])],
     ["petechial rash on wrists/ankles spreading centrally", "Plt 88K, Na 129", "Rocky Mountain spotted fever",
      "Lyme less likely", "Doxycycline 100 mg IV q12h", "do not wait for serology"]),
    ("Atherton Hospital - Discharge Summary\nPatient: Fergal Groenewald-Tuck   DOB: 29/01/1996   UR: "
     "A0774219\nAddress: PO Box 318, Malanda QLD 4885   Phone: 07 4096 5582 / 0409 771 236\nGP: Dr Minh-Thu Cavanagh, "
     "Tablelands Family Practice (fax 07 4091 2207)\nAdmitted 04/06/2024, discharged 10/06/2024\nDiagnosis: flare of "
     "ileal Crohn's disease (Montreal A2 L1 B2) with inflammatory stricture, no abscess on MRE. IV hydrocortisone "
     "then prednisolone 40 mg, wean by 5 mg/wk. Infliximab (Remsima) induction to be arranged by the Cairns IBD "
     "clinic. Works FIFO, advised not to fly out for 4 weeks. Partner Shakira aware of plan.",
     [("HOSPITAL", ["Atherton Hospital"]), ("NAME", ["Fergal", "Groenewald-Tuck"]), ("DATE", ["29/01/1996"]),
      ("MRN", ["A0774219"]), ("ADDRESS", ["PO Box 318"]), ("LOCATION", ["Malanda"]), ("POSTCODE", ["4885"]),
      ("PHONE", ["07 4096 5582"]), ("PHONE", ["0409 771 236"]), ("NAME", ["Minh-Thu", "Cavanagh"]),
      ("HOSPITAL", ["Tablelands Family Practice"]), ("PHONE", ["07 4091 2207"]), ("DATE", ["04/06/2024"]),
      ("DATE", ["10/06/2024"]), ("LOCATION", ["Cairns"]), ("NAME", ["Shakira"])],
     ["ileal Crohn's disease (Montreal A2 L1 B2)", "inflammatory stricture", "no abscess on MRE", "prednisolone 40 mg",
      "Infliximab (Remsima) induction", "Works FIFO"]),
]
NOTES += MORE_NOTES + REST_NOTES
