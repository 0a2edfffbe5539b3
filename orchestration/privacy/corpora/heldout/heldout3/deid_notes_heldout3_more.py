"""The second half of the third HELD-OUT note set (:mod:`deid_notes_heldout3`, whose docstring says how it was
written), kept apart only so that neither file grows past the size the project keeps its modules to.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    ("Billing note, 04/11/2024 visit (sports physical + R ankle injury). Bill to Anthem BCBS, member ID YRK884213307, "
     "group 0044871. Guarantor: Reginald Pendergast (father), acct #7100293348. Pt: Quincy Pendergast, 17. Dx: anterior "
     "talofibular ligament sprain, grade I; cleared for play in 2 wks. Address on file: 4410 Larkspur Ln, Louisville KY "
     "40220.",
     [("DATE", ["04/11/2024"]), ("ID", ["YRK884213307"]), ("ID", ["0044871"]), ("NAME", ["Reginald", "Pendergast"]),
      ("ID", ["7100293348"]), ("NAME", ["Quincy"]), ("ADDRESS", ["4410 Larkspur Ln"]), ("LOCATION", ["Louisville"]),
      ("POSTCODE", ["40220"])],
     ["sports physical", "Bill to", "anterior talofibular ligament sprain, grade I"]),
    ("SBAR 19:30, Ward 6 (Respiratory), bed 12\nS: Tegan Llwyd-Powell, 28F, acute severe asthma; IV magnesium given, "
     "salbutamol 5 mg nebs 4-hourly now.\nB: Brittle asthma, 2 ICU admissions (last at Morriston). Smoker. Lives in "
     "Ystradgynlais.\nA: PEF 260 (best 450), SpO2 95% on air, talking in sentences.\nR: Repeat VBG at 22:00. Mum (Rhian) "
     "wants a call if worse: 01639 845 210.",
     [("NAME", ["Tegan", "Llwyd-Powell"]), ("HOSPITAL", ["Morriston"]), ("LOCATION", ["Ystradgynlais"]),
      ("NAME", ["Rhian"]), ("PHONE", ["01639 845 210"])],
     ["acute severe asthma", "IV magnesium", "salbutamol 5 mg nebs 4-hourly", "Brittle asthma", "PEF 260 (best 450)",
      "SpO2 95% on air", "talking in sentences"]),
    ("Pre-op checklist, Day Surgery Unit. Mark site: right inguinal hernia (marked, initialled). Patient Mr Anwar "
     "Chaudhry, 58, hosp no. R1128733. Consent taken by Mr Fergus Lindley (consultant). Leadless pacemaker in situ, "
     "Medtronic Micra, serial MAT604118H: bipolar diathermy only. Lift home with nephew Imran (07720 118 604) to 5 Hollins "
     "Terrace, Oldham OL8 2BE.",
     [("NAME", ["Anwar", "Chaudhry"]), ("MRN", ["R1128733"]), ("NAME", ["Fergus", "Lindley"]), ("SERIAL", ["MAT604118H"]),
      ("NAME", ["Imran"]), ("PHONE", ["07720 118 604"]), ("ADDRESS", ["5 Hollins Terrace"]), ("LOCATION", ["Oldham"]),
      ("POSTCODE", ["OL8 2BE"])],
     ["Mark site: right inguinal hernia", "Leadless pacemaker", "Medtronic Micra", "bipolar diathermy only"]),
    ("Dear Dr Kapoor-Ellis,\nRe: Mrs Rania Khoury, DOB 11/06/1966, 17 Alice St, Harris Park NSW 2150. Medicare 4057 81234 1.\n"
     "Thank you for seeing Rania with a rising ALP and pruritus. AMA positive, in keeping with primary biliary "
     "cholangitis. I have started ursodeoxycholic acid 13-15 mg/kg/day. Her husband Georges drives her (0402 557 193).\n"
     "Regards,\nDr Elias Saade, Parramatta Family Doctors (Provider No. 2146781T). Fax (02) 9635 8821",
     [("NAME", ["Kapoor-Ellis"]), ("NAME", ["Rania", "Khoury"]), ("DATE", ["11/06/1966"]), ("ADDRESS", ["17 Alice St"]),
      ("LOCATION", ["Harris Park"]), ("POSTCODE", ["2150"]), ("ID", ["4057 81234 1"]), ("NAME", ["Georges"]),
      ("PHONE", ["0402 557 193"]), ("NAME", ["Elias", "Saade"]), ("HOSPITAL", ["Parramatta Family Doctors"]),
      ("LICENCE", ["2146781T"]), ("PHONE", ["(02) 9635 8821"])],
     ["rising ALP and pruritus", "AMA positive", "primary biliary cholangitis", "ursodeoxycholic acid 13-15 mg/kg/day"]),
    ("SW note 06/22/2024. Pt Marisela Ybarra, 31, 22% TBSA flame burns from a house fire; Parkland formula "
     "resuscitation, now POD 3 after excision and grafting. Uninsured; financial counseling referral made. Her sister "
     "Araceli started https://www.gofundme.com/f/help-marisela-heal and posts updates as araceli.ybarra.73 on Facebook. "
     "Pt worked on the line at Lone Star Poultry in Garland; employer contacted re: workers' comp.",
     [("DATE", ["06/22/2024"]), ("NAME", ["Marisela", "Ybarra"]), ("NAME", ["Araceli"]),
      ("URL", ["https://www.gofundme.com/f/help-marisela-heal"]), ("HANDLE", ["araceli.ybarra.73"]),
      ("LOCATION", ["Lone Star Poultry"]), ("LOCATION", ["Garland"])],
     ["22% TBSA flame burns", "Parkland formula resuscitation", "POD 3", "excision and grafting"]),
    ("Incident report 2024-05-07: the fracture clinic PACS workstation showed Glenys Bottomley's hip X-ray (NOF "
     "fracture, Garden IV) under Edwin Sowerbutts' record. Corrected by PACS manager Rhodri Vaughan-Prosser. The order was "
     "placed under login jharwood2 from workstation 172.20.14.198. A second access came from 2a02:c7c:3e21:9f00::14.",
     [("DATE", ["2024-05-07"]), ("NAME", ["Glenys", "Bottomley"]), ("NAME", ["Edwin", "Sowerbutts"]),
      ("NAME", ["Rhodri", "Vaughan-Prosser"]), ("HANDLE", ["jharwood2"]), ("IP", ["172.20.14.198"]),
      ("IP", ["2a02:c7c:3e21:9f00::14"])],
     ["PACS workstation", "hip X-ray", "NOF fracture, Garden IV"]),
    ("HCID screen, returning traveller. 39M, Mohamed Kamara-Bangura, back from Kenema, Sierra Leone on 02/10/2024. "
     "Fever 38.9, no bleeding. Ebola risk: works at a district clinic, no contact with known cases; Ebola PCR sent to the "
     "reference lab. Malaria RDT negative. Lives in Thornton Heath; wife Fatmata 07985 442 619; brother in Freetown "
     "+232 76 441 903. Passport no. P0772413.",
     [("NAME", ["Mohamed", "Kamara-Bangura"]), ("LOCATION", ["Kenema"]), ("DATE", ["02/10/2024"]),
      ("LOCATION", ["Thornton Heath"]), ("NAME", ["Fatmata"]), ("PHONE", ["07985 442 619"]), ("LOCATION", ["Freetown"]),
      ("PHONE", ["+232 76 441 903"]), ("ID", ["P0772413"])],
     ["returning traveller", "Fever 38.9", "Ebola risk", "Ebola PCR sent", "Malaria RDT negative"]),
    ("Discharge letter, Endocrinology\nPatient: Miss Saffron Okeke-Thorne  DOB 08 Dec 1993  Hosp No. L4470217\n"
     "Diagnosis: Addisonian crisis precipitated by gastroenteritis. Na 119, K 6.4, cortisol 38 nmol/L. Hydrocortisone "
     "100 mg IV then 50 mg QDS; home on 15/10/5 mg with an NHS Steroid Emergency Card. Follow-up: Dr Hemant Trivedi, "
     "Leicester Royal Infirmary, 6 weeks. Copy to GP: Dr Maeve Dunleavy, Fosse Road Surgery, Leicester LE3 0FR.\n"
     "Signed: A. Okpara, FY2",
     [("NAME", ["Saffron", "Okeke-Thorne"]), ("DATE", ["08 Dec 1993"]), ("MRN", ["L4470217"]),
      ("NAME", ["Hemant", "Trivedi"]), ("HOSPITAL", ["Leicester Royal Infirmary"]), ("NAME", ["Maeve", "Dunleavy"]),
      ("HOSPITAL", ["Fosse Road Surgery"]), ("LOCATION", ["Leicester"]), ("POSTCODE", ["LE3 0FR"]), ("NAME", ["Okpara"])],
     ["Addisonian crisis", "Na 119, K 6.4", "cortisol 38 nmol/L", "Hydrocortisone 100 mg IV", "15/10/5 mg", "NHS Steroid Emergency Card"]),
    ("Hospice admission. Pt is a 98-year-old woman (DOB 1/17/1926), end-stage dementia, FAST 7c, residing at Heritage "
     "Oaks Memory Care, 1200 Sunflower Dr, Wichita KS 67212. Pt: Oleta Thibodeaux. POA: son Everett Thibodeaux, (504) "
     "555-0155; Everett visits daily. Temp rose to 101.2 overnight. Will continue comfort meds: morphine concentrate 5 mg "
     "SL q2h PRN. Admitting RN: Tamika Greer, RN lic. RN2281947.",
     [("AGE", ["98-year-old"]), ("DOB90", ["1/17/1926", "1926"]), ("HOSPITAL", ["Heritage Oaks"]),
      ("ADDRESS", ["1200 Sunflower Dr"]), ("LOCATION", ["Wichita"]), ("POSTCODE", ["67212"]),
      ("NAME", ["Oleta", "Thibodeaux"]), ("NAME", ["Everett", "Thibodeaux"]), ("PHONE", ["(504) 555-0155"]),
      ("NAME", ["Tamika", "Greer"]), ("LICENCE", ["RN2281947"])],
     ["end-stage dementia", "FAST 7c", "Temp rose to 101.2", "Will continue comfort meds",
      "morphine concentrate 5 mg SL q2h PRN"]),
    ("2024-10-19T23:41 RTC. 23M motorcyclist, ~50 mph vs car on the A1079 nr Pocklington. Helmet on. BIB YAS. Bike reg "
     "YN66 FVX. HR 124, BP 94/60. eFAST +ve LUQ. Major haemorrhage protocol activated. ID from wallet: Jordan "
     "Fairweather, DOB 11/11/2000. Trauma call led by Mr Ikechukwu Arinze. Mum's number (saved as 'Mam'): 07449 306 218.",
     [("DATE", ["2024-10-19T23:41"]), ("LOCATION", ["Pocklington"]), ("PLATE", ["YN66 FVX"]),
      ("NAME", ["Jordan", "Fairweather"]), ("DATE", ["11/11/2000"]), ("NAME", ["Ikechukwu", "Arinze"]),
      ("PHONE", ["07449 306 218"])],
     ["Helmet on", "HR 124, BP 94/60", "eFAST +ve LUQ", "Major haemorrhage protocol activated"]),
    ("Vancouver General Hospital, Internal Medicine consult. Pt: Jolene Sampare, 46F, PHN 9876 543 218. From Squamish, staying "
     "with her cousin Darlene at 1834 E Pender St, Vancouver V5L 1W6. Alcohol use disorder; Wernicke's encephalopathy "
     "suspected (ataxia, ophthalmoplegia, confusion). Thiamine 500 mg IV TID. Cell 604-555-0183. SW: Gurpreet Sidhu.",
     [("HOSPITAL", ["Vancouver General"]), ("NAME", ["Jolene", "Sampare"]), ("ID", ["9876 543 218"]), ("LOCATION", ["Squamish"]),
      ("NAME", ["Darlene"]), ("ADDRESS", ["1834 E Pender St"]), ("LOCATION", ["Vancouver"]), ("POSTCODE", ["V5L 1W6"]),
      ("PHONE", ["604-555-0183"]), ("NAME", ["Gurpreet", "Sidhu"])],
     ["Alcohol use disorder", "Wernicke's encephalopathy", "ataxia, ophthalmoplegia", "Thiamine 500 mg IV TID"]),
    ("Middlemore ED. 61M, Siaosi Tuilagi-Fa'asavalu, NHI JKT2158. Cellulitis L leg, Eron class II; IV cefazolin 2 g. CRP "
     "88 on arrival. Rose to 164 by evening, so clindamycin added. Gout flare R 1st MTP as well. Lives with his wife Lupe "
     "in Ōtara; works nights at the Takanini distribution centre. His car (LKP482) is in the ambulance bay and needs "
     "moving. Ph (09) 274 1182 or 022 318 4470.",
     [("HOSPITAL", ["Middlemore"]), ("NAME", ["Siaosi", "Tuilagi-Fa'asavalu"]), ("ID", ["JKT2158"]), ("NAME", ["Lupe"]),
      ("LOCATION", ["Ōtara"]), ("LOCATION", ["Takanini"]), ("PLATE", ["LKP482"]), ("PHONE", ["(09) 274 1182"]),
      ("PHONE", ["022 318 4470"])],
     ["Cellulitis L leg", "Eron class II", "IV cefazolin 2 g", "Rose to 164 by evening", "Gout flare"]),
    ("Cardiology f/u, 8/19/24. 20M college basketball player with HCM: septal thickness 24 mm, LVOT gradient 68 mmHg at "
     "rest. Mavacamten discussed; no competitive play for now. Pt Jamal Okereke-Simmons, sophomore at Baylor University, "
     "Waco. Email jamal.os23@baylor.edu. Father Chidubem (Dubem) Okereke joined by phone. Team film at "
     "https://www.hudl.com/profile/18842071/jamal-okereke-simmons.",
     [("DATE", ["8/19/24"]), ("NAME", ["Jamal", "Okereke-Simmons"]), ("LOCATION", ["Baylor University"]),
      ("LOCATION", ["Waco"]), ("EMAIL", ["jamal.os23@baylor.edu"]), ("NAME", ["Chidubem", "Dubem", "Okereke"]),
      ("URL", ["https://www.hudl.com/profile/18842071/jamal-okereke-simmons"])],
     ["HCM", "septal thickness 24 mm", "LVOT gradient 68 mmHg at rest", "Mavacamten"]),
    ("Telephone consultation, 10:20. ID checked (name and DOB 22/07/1984). Ms Imelda Fitzsimons. Frank discussion about "
     "alcohol: 42 units/week, AUDIT-C 11. GGT 188, ALT 95; caeruloplasmin for Wilson's disease and ferritin added as she "
     "is only 40. Agreed referral to the community alcohol team in Bedford. Prefers texts to 07531 902 764 or email "
     "imeldafitz@icloud.com. Partner (Ruairí) is not to be told. Dr Wallace Pennock",
     [("DATE", ["22/07/1984"]), ("NAME", ["Imelda", "Fitzsimons"]), ("LOCATION", ["Bedford"]),
      ("PHONE", ["07531 902 764"]), ("EMAIL", ["imeldafitz@icloud.com"]), ("NAME", ["Ruairí"]),
      ("NAME", ["Wallace", "Pennock"])],
     ["Frank discussion about alcohol", "42 units/week", "AUDIT-C 11", "GGT 188, ALT 95", "Wilson's disease",
      "community alcohol team"]),
    ("Safeguarding strategy meeting, 03/12/2024. Child: Kayden Moorcroft, 13, Year 8 at Ridgeway Academy, Bromsgrove. "
     "Concern: possible child sexual exploitation; an older male contacts him on Snapchat as trapstar_k9. Present: DS "
     "Naomi Hewer (police), SW Oliver Mbatha, school DSL Mrs Jan Kilbride, school nurse. Mother Stacey-Ann Moorcroft, "
     "4 Cherry Tree Walk, Charford B60 3LW. Self-harm: superficial forearm cuts, healing.",
     [("DATE", ["03/12/2024"]), ("NAME", ["Kayden", "Moorcroft"]), ("LOCATION", ["Ridgeway Academy"]),
      ("LOCATION", ["Bromsgrove"]), ("HANDLE", ["trapstar_k9"]), ("NAME", ["Naomi", "Hewer"]),
      ("NAME", ["Oliver", "Mbatha"]), ("NAME", ["Jan", "Kilbride"]), ("NAME", ["Stacey-Ann"]),
      ("ADDRESS", ["4 Cherry Tree Walk"]), ("LOCATION", ["Charford"]), ("POSTCODE", ["B60 3LW"])],
     ["child sexual exploitation", "superficial forearm cuts"]),
    ("Govt. Medical College, Kozhikode. Case sheet.\nName: Abdul Rasheed P.K., 38/M, fisherman, Beypore. OP No. "
     "24/118273. DOA 12.08.24.\nC/o fever with myalgia x 5 days, calf tenderness, icterus. Leptospirosis with Weil's "
     "disease: bilirubin 12.4, creatinine 3.1. Inj. crystalline penicillin 1.5 MU 6th hourly. Bystander: wife Sameera, "
     "ph 94470 26813. Address: Puthiyakath House, Beypore P.O., Kozhikode 673015.",
     [("LOCATION", ["Kozhikode"]), ("NAME", ["Abdul", "Rasheed", "P.K."]), ("LOCATION", ["Beypore"]),
      ("MRN", ["24/118273"]), ("DATE", ["12.08.24"]), ("NAME", ["Sameera"]), ("PHONE", ["94470 26813"]),
      ("ADDRESS", ["Puthiyakath House"]), ("POSTCODE", ["673015"])],
     ["38/M", "calf tenderness", "Weil's disease", "bilirubin 12.4, creatinine 3.1",
      "crystalline penicillin 1.5 MU 6th hourly"]),
    ("NATIONAL HOSPITAL ABUJA, Dept. of Obstetrics & Gynaecology\nMrs Chiamaka Nwachukwu-Bello, 29 yrs, G2P1+0, 34 weeks, "
     "booked. LMP 14th of January, 2024. Was apparently well until 2/7 ago when she developed headache and blurring of "
     "vision. BP 170/110, urinalysis protein ++++. Impression: severe pre-eclampsia. MgSO4 (Pritchard regimen) commenced; "
     "for delivery by CS. Husband: Mr Chinedu Bello, 0805 331 9021, Plot 1142, Gwarinpa Estate. NHIA enrolee no. "
     "FCT/0923/331874.",
     [("HOSPITAL", ["NATIONAL HOSPITAL ABUJA"]), ("NAME", ["Chiamaka", "Nwachukwu-Bello"]),
      ("DATE", ["14th of January, 2024"]), ("NAME", ["Chinedu", "Bello"]), ("PHONE", ["0805 331 9021"]),
      ("ADDRESS", ["Plot 1142"]), ("LOCATION", ["Gwarinpa"]), ("ID", ["FCT/0923/331874"])],
     ["blurring of vision", "BP 170/110", "protein ++++", "severe pre-eclampsia", "Pritchard regimen", "delivery by CS"]),
    ("CT HEAD W/O CONTRAST. Accession 24-CT-883104. Pt: Ignacio Barrientos, 77M, fall on anticoagulation. Comparison: "
     "02/14/2023 (Kaiser Fontana). Findings: acute right subdural hematoma, 11 mm, with 6 mm midline shift. Critical "
     "result called to Dr. Soren Ekdahl at 14:32, read back. Images pushed to neurosurgery at Loma Linda via DICOM node "
     "10.64.201.19.",
     [("MRN", ["24-CT-883104"]), ("NAME", ["Ignacio", "Barrientos"]), ("DATE", ["02/14/2023"]),
      ("HOSPITAL", ["Fontana"]), ("NAME", ["Soren", "Ekdahl"]), ("HOSPITAL", ["Loma Linda"]), ("IP", ["10.64.201.19"])],
     ["CT HEAD W/O CONTRAST", "fall on anticoagulation", "acute right subdural hematoma", "6 mm midline shift"]),
    ("ENT clinic. Right LMN facial weakness, House-Brackmann IV, 5 days. Vesicles in the ear canal and on the palate, so "
     "Ramsay Hunt syndrome rather than Bell's palsy. Valaciclovir 1 g TDS and prednisolone 60 mg. Mr Crispin "
     "Oyelowo-Hurst, 52, sommelier at the Hotel du Vin, Tunbridge Wells; tel +44 (0)1892 557 341. Eye protection advised.",
     [("NAME", ["Crispin", "Oyelowo-Hurst"]), ("LOCATION", ["Hotel du Vin"]), ("LOCATION", ["Tunbridge Wells"]),
      ("PHONE", ["+44 (0)1892 557 341"])],
     ["Right LMN facial weakness", "House-Brackmann IV", "Ramsay Hunt syndrome", "Bell's palsy", "Valaciclovir 1 g TDS",
      "prednisolone 60 mg"]),
    ("Royal Darwin Hospital. 54M, Yolŋu man from Galiwin'ku (Elcho Island). Melioidosis: Burkholderia pseudomallei in "
     "blood cultures, R upper lobe consolidation. Meropenem 1 g q8h. Interpreter used. Pt: David Wunungmurra, HRN "
     "0044218. Wife Rachel on 0488 093 221 via the clinic. Aboriginal Liaison Officer: Bettina Cooper.",
     [("HOSPITAL", ["Royal Darwin"]), ("LOCATION", ["Galiwin'ku"]), ("LOCATION", ["Elcho Island"]),
      ("NAME", ["David", "Wunungmurra"]), ("MRN", ["0044218"]), ("NAME", ["Rachel"]), ("PHONE", ["0488 093 221"]),
      ("NAME", ["Bettina", "Cooper"])],
     ["Melioidosis", "Burkholderia pseudomallei in blood cultures", "R upper lobe consolidation", "Meropenem 1 g q8h"]),
    ("Endocrine consult. 41F with cushingoid features (moon facies, wide purple striae), 24-hr UFC 412 mcg, late-night "
     "salivary cortisol elevated x2, ACTH 68: Cushing disease likely; pituitary MRI shows a 6 mm adenoma. Referred to "
     "neurosurgery (Dr. Nkechi Umeh-Larsen). Pt: Brandi McAlister, 911 dispatcher for Tulsa County. bmcalister@cox.net, "
     "(918) 555-0132. BCBS OK member ZGP441209873. Hope she can have surgery before her deductible resets.",
     [("NAME", ["Nkechi", "Umeh-Larsen"]), ("NAME", ["Brandi", "McAlister"]), ("LOCATION", ["Tulsa"]),
      ("EMAIL", ["bmcalister@cox.net"]), ("PHONE", ["(918) 555-0132"]), ("ID", ["ZGP441209873"])],
     ["cushingoid features", "moon facies, wide purple striae", "24-hr UFC 412 mcg", "Cushing disease likely",
      "6 mm adenoma", "Hope she can have surgery"]),
    ("Learning disability annual health check. Mr Toby Ravenscroft, 48, Down syndrome with early-onset Alzheimer's "
     "(DSQIID 24). Hypothyroid on levothyroxine 75 micrograms. Lives at Hollybank (supported living), 2 Vicarage Lane, "
     "Oundle PE8 4EA. Brother Jeremy is his deputy under the Court of Protection; the Will is held by the family "
     "solicitor. Hearing aids (Phonak, serials 2219A4471 and 2219A4472) cleaned.",
     [("NAME", ["Toby", "Ravenscroft"]), ("HOSPITAL", ["Hollybank"]), ("ADDRESS", ["2 Vicarage Lane"]),
      ("LOCATION", ["Oundle"]), ("POSTCODE", ["PE8 4EA"]), ("NAME", ["Jeremy"]), ("SERIAL", ["2219A4471", "2219A4472"])],
     ["Down syndrome", "early-onset Alzheimer's", "DSQIID 24", "levothyroxine 75 micrograms", "Court of Protection",
      "the Will is held"]),
    ("Peds ID. 8 yo with fever and a petechial rash on wrists and ankles spreading centrally, 5 days after ticks at his "
     "grandparents' farm near Stillwater. Rocky Mountain spotted fever presumed (RMSF); doxycycline 2.2 mg/kg BID "
     "regardless of age. Na 131, plt 88. Pt: Colton Haskins. SoonerCare ID 100448127. Grandfather Virgil Haskins drove "
     "him in (OK tag HGK-318).",
     [("LOCATION", ["Stillwater"]), ("NAME", ["Colton", "Haskins"]), ("ID", ["100448127"]), ("NAME", ["Virgil", "Haskins"]),
      ("PLATE", ["HGK-318"])],
     ["petechial rash", "Rocky Mountain spotted fever", "RMSF", "doxycycline 2.2 mg/kg BID", "Na 131, plt 88"]),
    ("Haemophilia centre review. Christmas disease (haemophilia B, FIX 3%), target joint R ankle. Switched to extended "
     "half-life FIX prophylaxis weekly; home delivery to 7 Kestrel Rise, Carlton, Nottingham NG4 1FP. Harvey Lintott, "
     "26, logs infusions in the app as harvey_l96. Seen by Sister Marisa Tolland; reviewed by Prof Kwabena Agyeman.",
     [("ADDRESS", ["7 Kestrel Rise"]), ("LOCATION", ["Carlton"]), ("LOCATION", ["Nottingham"]), ("POSTCODE", ["NG4 1FP"]),
      ("NAME", ["Harvey", "Lintott"]), ("HANDLE", ["harvey_l96"]), ("NAME", ["Marisa", "Tolland"]),
      ("NAME", ["Kwabena", "Agyeman"])],
     ["Christmas disease", "haemophilia B, FIX 3%", "target joint R ankle", "extended half-life FIX prophylaxis"]),
    ("Renal unit, QEHB. Mrs Parveen Akhtar-Begum, 67, haemodialysis Tue/Thu/Sat via L brachiocephalic AVF, Kt/V 1.3. "
     "Home haemodialysis training done; NxStage System One (serial NX5C0041872) to be installed at 33 Coventry Road, "
     "Small Heath B10 0RX. Son Bilal coordinates: bilal.akhtar@hotmail.co.uk.",
     [("HOSPITAL", ["QEHB"]), ("NAME", ["Parveen", "Akhtar-Begum"]), ("SERIAL", ["NX5C0041872"]),
      ("ADDRESS", ["33 Coventry Road"]), ("LOCATION", ["Small Heath"]), ("POSTCODE", ["B10 0RX"]), ("NAME", ["Bilal"]),
      ("EMAIL", ["bilal.akhtar@hotmail.co.uk"])],
     ["haemodialysis Tue/Thu/Sat", "L brachiocephalic AVF", "Kt/V 1.3", "NxStage System One"]),
    ("GU oncology. 69M, Gleason 4+3=7 (Grade Group 3) adenocarcinoma, cT2b N0 M0 on PSMA PET, PSA 14.2. Options: RALP "
     "vs EBRT + 6 mo ADT. Pt: Lamar Fitzhugh, MRN 3340012987, retired postal carrier from Gulfport. Wife Bernice wants a "
     "second opinion at Ochsner. Portal message from lfitzhugh52@bellsouth.net on 4/2/2024.",
     [("NAME", ["Lamar", "Fitzhugh"]), ("MRN", ["3340012987"]), ("LOCATION", ["Gulfport"]), ("NAME", ["Bernice"]),
      ("HOSPITAL", ["Ochsner"]), ("EMAIL", ["lfitzhugh52@bellsouth.net"]), ("DATE", ["4/2/2024"])],
     ["Gleason 4+3=7 (Grade Group 3)", "cT2b N0 M0", "PSMA PET", "PSA 14.2", "RALP vs EBRT + 6 mo ADT"]),
    ("WR Sat 9th Nov. Cons Dr R. Fennimore-Jacks, Reg Dr Y. Osagie. ICU day 4. Necrotising pancreatitis, Atlanta "
     "severe, APACHE II 19. Noradrenaline 0.12 mcg/kg/min. NJ feed at target. Plan: CT on day 7. Mr Wojciech Zielinski's "
     "wife Halina updated by phone (01452 781 229). Seen by physio Carys Bevan.",
     [("DATE", ["9th Nov"]), ("NAME", ["Fennimore-Jacks"]), ("NAME", ["Osagie"]), ("NAME", ["Wojciech", "Zielinski"]),
      ("NAME", ["Halina"]), ("PHONE", ["01452 781 229"]), ("NAME", ["Carys", "Bevan"])],
     ["Necrotising pancreatitis", "Atlanta severe", "APACHE II 19", "Noradrenaline 0.12 mcg/kg/min", "NJ feed"]),
    ("First seizure clinic. Mr Ashley Stubbings, 34, HGV driver at the Stobart depot in Carlisle. Witnessed generalised "
     "tonic-clonic seizure; EEG: generalised spike-wave. Levetiracetam 500 mg BD. Told not to drive for 6 months (car) "
     "and to surrender his HGV entitlement; licence no. STUBB902150A99KJ noted for the DVLA form. Partner Jade drove him "
     "home.",
     [("NAME", ["Ashley", "Stubbings"]), ("LOCATION", ["Stobart"]), ("LOCATION", ["Carlisle"]),
      ("LICENCE", ["STUBB902150A99KJ"]), ("NAME", ["Jade"])],
     ["tonic-clonic seizure", "generalised spike-wave", "Levetiracetam 500 mg BD", "not to drive for 6 months"]),
    ("Endo telehealth (Zoom https://zoom.us/j/94412087736). 22F, T1DM on Omnipod 5 with Dexcom G7 (sensor SN 4H7K2L9P8Q). "
     "TIR 64%, GMI 7.3%. Shares data via Tidepool as kenzie.bg. Pt Mackenzie Bergstrom-Giles, UW student, 1725 State "
     "St Apt 4B, La Crosse WI 54601. Mom Heather (262) 555-0187.",
     [("URL", ["https://zoom.us/j/94412087736"]), ("SERIAL", ["4H7K2L9P8Q"]), ("HANDLE", ["kenzie.bg"]),
      ("NAME", ["Mackenzie", "Bergstrom-Giles"]), ("ADDRESS", ["1725 State St"]), ("LOCATION", ["La Crosse"]),
      ("POSTCODE", ["54601"]), ("NAME", ["Heather"]), ("PHONE", ["(262) 555-0187"])],
     ["T1DM", "Omnipod 5", "Dexcom G7", "TIR 64%", "GMI 7.3%"]),
    ("Jewish General Hospital ED. 71F, Lise Tremblay-Gauthier, RAMQ TREL 5362 1214, born 1953-12-12. Hypercalcemia of "
     "malignancy: Ca 3.4 mmol/L, PTHrP elevated, PTH suppressed. NS 200 mL/h and zoledronic acid 4 mg. Husband Réjean "
     "514-555-0177; they live in Côte-Saint-Luc. Family MD: Dr Yehuda Bronstein, CLSC Côte-des-Neiges.",
     [("HOSPITAL", ["Jewish General"]), ("NAME", ["Lise", "Tremblay-Gauthier"]), ("ID", ["TREL 5362 1214"]),
      ("DATE", ["1953-12-12"]), ("NAME", ["Réjean"]), ("PHONE", ["514-555-0177"]), ("LOCATION", ["Côte-Saint-Luc"]),
      ("NAME", ["Yehuda", "Bronstein"]), ("HOSPITAL", ["Côte-des-Neiges"])],
     ["Hypercalcemia of malignancy", "Ca 3.4 mmol/L", "PTHrP elevated", "zoledronic acid 4 mg"]),
]
