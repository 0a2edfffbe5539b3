"""Notes 20-39 of the thirtieth HELD-OUT set (see :mod:`deid_notes_heldout30` for how it was written and what it
holds).

These 20 notes hold 606 planted identifier parts in 517 (kind, parts) entries and 211 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a clinical trial serious adverse event report (Vancouver); 21, an
out-of-hours GP telephone note (Cardiff); 23, a forensic post-mortem report for the coroner (Trinidad); 24, a specialty
medication prior authorization request (Houston); 25, a clinical pharmacokinetics (vancomycin) consultation (Kuala
Lumpur); 26, a statement of fitness for work (Belfast); 28, a residential aged care to hospital transfer form for a
resident aged 92 (Brisbane); 29, a palliative home nursing visit note (Halifax); 30, a paediatric sickle cell clinic
visit (Kumasi); 32, a clinical trial subject identification and enrolment log (Bengaluru); 34, a telepsychiatry video
visit note (Malden, Massachusetts); 36, a GP's report for a life and critical illness insurance application (Leeds); 37,
a neonatal intensive care discharge summary (Nassau); 38, a community pharmacy supervised opioid substitution record
(Cork); 39, a discharge summary with medicines reconciliation (Birmingham). In Greek script: 31, a hospital biochemistry
report (Limassol). In Chinese: 22, an accident and emergency record for a patient aged 94 (Hong Kong, traditional); 35,
an occupational health examination report (Hangzhou, simplified). In Russian: 27, an emergency ambulance call card
(Kazan). In German: 33, a knee MRI report (Vienna). Entries per kind here: NAME 100, DATE 95, LOCATION 66, PHONE 50,
HOSPITAL 50, ID 50, ADDRESS 35, POSTCODE 23, MRN 16, LICENCE 16, EMAIL 5, AGE 4, PLATE 3, IP 1, URL 1, HANDLE 1,
SERIAL 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Canada, British Columbia (Vancouver): clinical trial serious adverse event report form
    ("SERIOUS ADVERSE EVENT REPORT FORM - initial report\n"
     "Protocol CTX-HF-301: a phase 3, randomised, double-blind, placebo-controlled study of CTX-4418 in HFpEF\n"
     "Sponsor safety desk (CRO): fax +1 604 555 0192 | safety@pnscr-pv.com\n"
     "Site 104: St. Paul's Hospital, Heart Failure Clinic, 1081 Burrard Street, Vancouver BC V6Z 1Y6\n"
     "Principal Investigator: Dr. Hamish Trudeau-Kwan | Study coordinator: Ms. Gurleen Sahota-Bains "
     "(gsahota@providencehealth.bc.ca, 604-555-0173)\n"
     "Participant no.: 104-0027 | Initials: R-M-K | Sex: F | Age: 74 | Randomisation no.: R3-00518 | Kit no. 40718\n"
     "Source documents only (do not transmit): Mrs. Ruth Margaret Kowalchuk, PHN 9184037267, SPH MRN S00418273, 4410 "
     "West 12th Avenue, Vancouver BC V6R 2P7\n"
     "Event term: Acute kidney injury | MedDRA PT: Acute kidney injury | CTCAE v5.0 grade 3\n"
     "Onset: 2026-02-11 | Became serious: 2026-02-12 (hospitalisation) | Site aware: 2026-02-12 14:20 | Report sent: "
     "2026-02-13\n"
     "Seriousness: required inpatient hospitalisation.\n"
     "Narrative: 74-year-old woman with HFpEF (LVEF 58%), T2DM and CKD 3a (baseline creatinine 118 µmol/L, eGFR 41), "
     "randomised on 2025-10-06. Three days of diarrhoea after a church supper at Dunbar Ryerson United Church while "
     "continuing furosemide 40 mg BID and ramipril 10 mg OD. Admitted via the SPH emergency department: creatinine "
     "286 µmol/L (KDIGO stage 2), K 6.1 mmol/L, BP 96/58. Treated with IV crystalloid; diuretic and ACE inhibitor "
     "held; calcium gluconate and insulin-dextrose for hyperkalaemia. Creatinine 164 µmol/L on 2026-02-15.\n"
     "Study drug: last dose 2026-02-11, interrupted 2026-02-12; blind not broken.\n"
     "Concomitant: furosemide 40 mg BID, ramipril 10 mg OD, empagliflozin 10 mg OD, metformin 500 mg BID, "
     "atorvastatin 20 mg.\n"
     "Causality (investigator): unlikely related to study drug; related to volume depletion on an ACE inhibitor and "
     "a diuretic.\n"
     "Outcome: recovering. Daughter Ms. Alana Kowalchuk-Reyes (604-555-0118) informed.\n"
     "Investigator signature: H. Trudeau-Kwan, MD | CPSBC 38215 | 2026-02-13",
     [("PHONE", ["+1 604 555 0192"]), ("EMAIL", ["safety@pnscr-pv.com"]), ("HOSPITAL", ["St. Paul's Hospital"]),
      ("ADDRESS", ["1081 Burrard Street"]), ("LOCATION", ["Vancouver"]), ("POSTCODE", ["V6Z 1Y6"]),
      ("NAME", ["Hamish", "Trudeau-Kwan"]), ("NAME", ["Gurleen", "Sahota-Bains"]),
      ("EMAIL", ["gsahota@providencehealth.bc.ca"]), ("PHONE", ["604-555-0173"]), ("ID", ["104-0027"]),
      ("NAME", ["R-M-K"]), ("ID", ["R3-00518"]), ("ID", ["40718"]), ("NAME", ["Ruth Margaret", "Kowalchuk"]),
      ("ID", ["9184037267"]), ("MRN", ["S00418273"]), ("ADDRESS", ["4410 West 12th Avenue"]), ("POSTCODE", ["V6R 2P7"]),
      ("DATE", ["2026-02-11"]), ("DATE", ["2026-02-12"]), ("DATE", ["2026-02-13"]), ("DATE", ["2025-10-06"]),
      ("LOCATION", ["Dunbar Ryerson United Church"]), ("HOSPITAL", ["SPH"]), ("DATE", ["2026-02-15"]),
      ("NAME", ["Alana", "Kowalchuk-Reyes"]), ("PHONE", ["604-555-0118"]), ("LICENCE", ["38215"])],
     ["HFpEF", "Acute kidney injury", "CTCAE v5.0 grade 3", "CKD 3a", "furosemide 40 mg BID", "ramipril 10 mg OD",
      "KDIGO stage 2", "K 6.1 mmol/L", "ACE inhibitor", "insulin-dextrose", "hyperkalaemia",
      "empagliflozin 10 mg OD"]),

    # 21 - Wales, Cardiff (Rhiwbina): out-of-hours GP telephone note, short
    ("Cardiff and Vale OOH - call 23:14, 06/01/2026: Mrs Carys Prothero rang about her husband Idris (67) at 23 Heol "
     "y Felin, Rhiwbina, Cardiff CF14 6NL - central chest pain for 20 minutes, grey and sweaty, GTN spray twice "
     "without relief.\n"
     "Advised 999 - ambulance requested from here (incident 4418273-WAST); chew aspirin 300 mg now. Dr Bilal Haroon, "
     "GMC 7419026",
     [("HOSPITAL", ["Cardiff and Vale OOH"]), ("DATE", ["06/01/2026"]), ("NAME", ["Carys", "Prothero"]),
      ("NAME", ["Idris"]), ("ADDRESS", ["23 Heol y Felin"]), ("LOCATION", ["Rhiwbina"]), ("LOCATION", ["Cardiff"]),
      ("POSTCODE", ["CF14 6NL"]), ("ID", ["4418273-WAST"]), ("NAME", ["Bilal", "Haroon"]), ("LICENCE", ["7419026"])],
     ["central chest pain", "GTN spray", "aspirin 300 mg"]),

    # 22 - Hong Kong (Pok Fu Lam): accident and emergency record, fractured neck of femur, patient aged 94
    # (traditional)
    ("醫院管理局　瑪麗醫院　急症室\n"
     "香港薄扶林道102號　電話：2255 4418\n"
     "急症室紀錄　到達時間：2026年1月26日 09:42　分流類別：第3類（緊急）　A&E 編號：QMH26-004183\n"
     "姓名：關秀蓮（KWAN, Sau Lin）　性別：女　年齡：94歲　出生日期：1931年8月15日　香港身份證：K418273(8)\n"
     "地址：香港仔華富邨華樂樓12樓1204室　電話：2555 1827\n"
     "送院：救護車（車牌 AM 4186），由外傭 Ms Siti Wahyuningsih 陪同。\n"
     "主訴：今早約7時在家浴室跌倒，右髖劇痛，不能站立。無頭部受傷，無失去知覺。\n"
     "病史：高血壓；心房顫動，服用華法林；柏金遜症（2018年確診，服用 Sinemet 25/100 每日三次）；1995年右乳癌切除。年輕時在灣仔製衣廠任車衣女工。\n"
     "檢查：BP 152/88，P 96 不規則，SpO2 96%，GCS 15/15。右下肢縮短及外旋。4AT 2。\n"
     "X光：右股骨頸骨折（Garden III）。INR 2.8，Hb 11.4 g/dL。\n"
     "處理：靜脈注射撲熱息痛 1 g；超聲引導下髂筋膜阻滯（0.25% 布比卡因 30 mL）；維他命K 2 mg 靜脈注射；停用華法林；收骨科病房。\n"
     "家屬：孫女關嘉敏（電話 9123 4187）已通知。她說婆婆農曆新年後就95歲，一家人打算大年初二為她做壽。\n"
     "急症科醫生：馮子健　護士：區詠欣",
     [("HOSPITAL", ["瑪麗醫院"]), ("ADDRESS", ["薄扶林道102號"]), ("PHONE", ["2255 4418"]), ("DATE", ["2026年1月26日"]),
      ("MRN", ["QMH26-004183"]), ("NAME", ["關秀蓮", "KWAN", "Sau Lin"]), ("AGE", ["94歲"]), ("DATE", ["1931年8月15日"]),
      ("ID", ["K418273(8)"]), ("LOCATION", ["香港仔"]), ("ADDRESS", ["華富邨華樂樓12樓1204室"]), ("PHONE", ["2555 1827"]),
      ("PLATE", ["AM 4186"]), ("NAME", ["Siti", "Wahyuningsih"]), ("DATE", ["2018年"]), ("DATE", ["1995年"]),
      ("LOCATION", ["灣仔"]), ("NAME", ["關嘉敏"]), ("PHONE", ["9123 4187"]), ("DATE", ["農曆新年"]), ("AGE", ["95歲"]),
      ("DATE", ["大年初二"]), ("NAME", ["馮子健"]), ("NAME", ["區詠欣"])],
     ["心房顫動", "華法林", "柏金遜症", "Sinemet 25/100", "GCS 15/15", "右下肢縮短及外旋", "4AT 2", "右股骨頸骨折（Garden III）",
      "INR 2.8", "髂筋膜阻滯", "0.25% 布比卡因 30 mL", "維他命K 2 mg"]),

    # 23 - Trinidad and Tobago (Chaguanas; Port of Spain): forensic post-mortem examination report for the coroner
    ("MINISTRY OF NATIONAL SECURITY - FORENSIC SCIENCE CENTRE, Office of the Forensic Pathologist\n"
     "Federation Park, Port of Spain, Trinidad | Tel (868) 555-0418\n"
     "POST-MORTEM EXAMINATION REPORT | Coroner's Case No. CHG/2025/1418 | Autopsy No. FSC-PM-25-2261\n"
     "Deceased: Marlon Ramdial-Gopaul | 47 M | DOB 19/04/1978 | National ID 19780419041 | Driver's Permit 418273\n"
     "Address: LP 41 Cunupia Southern Main Road, Cunupia | Occupation: security officer, Amalgamated Security "
     "Services, posted at Price Plaza, Endeavour, Chaguanas\n"
     "Found: 30 November 2025 at about 06:10, slumped in the driver's seat of his car (PCW 4182) in the car park of "
     "Price Plaza; last seen alive at 23:30 on 29 November 2025 by a co-worker, Mr. Kerwin Baboolal.\n"
     "Identified by: his brother, Mr. Dexter Ramdial, on 1 December 2025, in the presence of PC Nigel "
     "Mohammed-Alexander, Reg. No. 14827, Chaguanas Police Station (investigating officer).\n"
     "Medical history (family; Dr. Indira Persad-Ramoutar, Chaguanas Health Facility): hypertension, poorly "
     "controlled; stopped his amlodipine because he felt fine; smoker.\n"
     "Post-mortem: 2 December 2025, 09:00, by the undersigned; Virchow technique (organs removed one by one).\n"
     "External: well-nourished adult male, 1.76 m, 98 kg. Rigor mortis established; fixed posterior hypostasis. "
     "Tattoo 'MAYA' with a rose on the right forearm. No Tardieu spots, no petechial haemorrhages of the "
     "conjunctivae, no injuries.\n"
     "Internal: heart 520 g (cardiomegaly), concentric left ventricular hypertrophy (LV wall 19 mm). Left anterior "
     "descending artery 90% stenosis with fresh occlusive thrombus 2 cm from its origin; right coronary artery 70% "
     "stenosis. Pale, mottled anterior left ventricular wall (early infarction). Lungs 1,140 g combined, pulmonary "
     "oedema. Healed Ghon focus, left lower lobe. Kidneys finely granular (benign nephrosclerosis). Brain 1,420 g, "
     "no haemorrhage.\n"
     "Toxicology: blood ethanol not detected; drug screen negative.\n"
     "Cause of death:\n"
     "I(a) Acute myocardial infarction\n"
     "I(b) Coronary thrombosis due to coronary atherosclerosis\n"
     "II Hypertensive heart disease\n"
     "Manner: natural.\n"
     "Dr. Sharda Maharaj-Lezama, Forensic Pathologist | MBTT reg. 2418\n"
     "cc: Coroner, Chaguanas Magistrates' Court",
     [("HOSPITAL", ["FORENSIC SCIENCE CENTRE"]), ("LOCATION", ["Federation Park"]), ("LOCATION", ["Port of Spain"]),
      ("PHONE", ["(868) 555-0418"]), ("ID", ["CHG/2025/1418"]), ("ID", ["FSC-PM-25-2261"]),
      ("NAME", ["Marlon", "Ramdial-Gopaul"]), ("DATE", ["19/04/1978"]), ("ID", ["19780419041"]),
      ("LICENCE", ["418273"]), ("ADDRESS", ["LP 41 Cunupia Southern Main Road"]), ("LOCATION", ["Cunupia"]),
      ("HOSPITAL", ["Amalgamated Security Services"]), ("LOCATION", ["Price Plaza"]), ("LOCATION", ["Endeavour"]),
      ("LOCATION", ["Chaguanas"]), ("DATE", ["30 November 2025"]), ("PLATE", ["PCW 4182"]),
      ("DATE", ["29 November 2025"]), ("NAME", ["Kerwin", "Baboolal"]), ("NAME", ["Dexter", "Ramdial"]),
      ("DATE", ["1 December 2025"]), ("NAME", ["Nigel", "Mohammed-Alexander"]), ("ID", ["14827"]),
      ("LOCATION", ["Chaguanas Police Station"]), ("NAME", ["Indira", "Persad-Ramoutar"]),
      ("HOSPITAL", ["Chaguanas Health Facility"]), ("DATE", ["2 December 2025"]), ("NAME", ["MAYA"]),
      ("NAME", ["Sharda", "Maharaj-Lezama"]), ("LICENCE", ["2418"]), ("LOCATION", ["Chaguanas Magistrates' Court"])],
     ["Virchow technique", "Rigor mortis", "fixed posterior hypostasis", "No Tardieu spots", "petechial haemorrhages",
      "concentric left ventricular hypertrophy", "descending artery 90% stenosis", "Ghon focus",
      "benign nephrosclerosis", "Acute myocardial infarction", "Coronary thrombosis due to coronary atherosclerosis",
      "Hypertensive heart disease"]),

    # 24 - USA, Texas (Houston): specialty medication prior authorization request to a health plan
    ("PRIOR AUTHORIZATION REQUEST - SPECIALTY MEDICATION (faxed 02/05/2026 16:12 to 1-888-555-0164)\n"
     "Health plan: Blue Cross and Blue Shield of Texas | Member: Anahí Castellanos-Whitford | DOB 09/02/1996 | Member "
     "ID XQH884173029 | Group 0041827-TX\n"
     "Member address: 7718 Kirby Dr, Apt 214, Houston TX 77054 | Phone 713-555-0162 | Employer: Texas Children's "
     "Hospital (respiratory therapist)\n"
     "Prescriber: Ravindra Pillai-Hargrove, MD, Gastroenterology | Memorial Hermann Medical Plaza, 6400 Fannin St, "
     "Suite 1800, Houston TX 77030 | NPI 1749382051 | DEA BP4182731 | Tel 713-555-0127 | Fax 713-555-0128\n"
     "Office contact: Krystal Obiora, MA (PA coordinator) - kobiora@bayougi.com\n"
     "Medication requested: ustekinumab (Stelara) 390 mg IV induction once (weight 74 kg), then 90 mg SC every 8 "
     "weeks\n"
     "Dispensing pharmacy: Bayou Specialty Pharmacy, NCPDP 4518273, Pearland TX\n"
     "Diagnosis: K50.812 Crohn's disease of both small and large intestine with fistula. Montreal classification A2 "
     "L3 B3p.\n"
     "Disease activity: Harvey-Bradshaw Index 11; CDAI 320; SES-CD 14 (colonoscopy 01/14/2026 at Memorial "
     "Hermann-TMC: deep ulcers in the terminal ileum and sigmoid); fecal calprotectin 842 µg/g; CRP 31 mg/L; "
     "perianal fistula on pelvic MRI (Parks trans-sphincteric), seton placed 11/20/2025 by Dr. Colette Abarca-Nguyen "
     "(colorectal surgery).\n"
     "Prior therapies (step therapy): mesalamine 4.8 g/day 2019-2020 - ineffective; azathioprine 2.5 mg/kg (TPMT "
     "normal) 2020-2022 - leukopenia; infliximab 5 mg/kg, then 10 mg/kg q4 weeks - secondary loss of response with "
     "antibodies to infliximab (trough <1 µg/mL, 10/2025); a second anti-TNF not advised (AGA guideline 2021).\n"
     "Screening: QuantiFERON-TB Gold Plus negative (12/12/2025); HBsAg negative, anti-HBc negative; varicella IgG "
     "positive; no history of malignancy.\n"
     "Urgency: expedited review requested (72 h) - active fistulising disease on prednisone 40 mg taper.\n"
     "I attest that the information above is accurate and supported by the medical record.\n"
     "Signature: R. Pillai-Hargrove, MD | Date: 02/05/2026 | Texas Medical Board license R4182",
     [("DATE", ["02/05/2026"]), ("PHONE", ["1-888-555-0164"]), ("NAME", ["Anahí", "Castellanos-Whitford"]),
      ("DATE", ["09/02/1996"]), ("ID", ["XQH884173029"]), ("ID", ["0041827-TX"]),
      ("ADDRESS", ["7718 Kirby Dr, Apt 214"]), ("LOCATION", ["Houston"]), ("POSTCODE", ["77054"]),
      ("PHONE", ["713-555-0162"]), ("HOSPITAL", ["Texas Children's Hospital"]),
      ("NAME", ["Ravindra", "Pillai-Hargrove"]), ("HOSPITAL", ["Memorial Hermann Medical Plaza"]),
      ("ADDRESS", ["6400 Fannin St, Suite 1800"]), ("POSTCODE", ["77030"]), ("ID", ["1749382051"]),
      ("LICENCE", ["BP4182731"]), ("PHONE", ["713-555-0127"]), ("PHONE", ["713-555-0128"]),
      ("NAME", ["Krystal", "Obiora"]), ("EMAIL", ["kobiora@bayougi.com"]), ("HOSPITAL", ["Bayou Specialty Pharmacy"]),
      ("ID", ["4518273"]), ("LOCATION", ["Pearland"]), ("DATE", ["01/14/2026"]), ("HOSPITAL", ["Memorial Hermann-TMC"]),
      ("DATE", ["11/20/2025"]), ("NAME", ["Colette", "Abarca-Nguyen"]), ("DATE", ["10/2025"]), ("DATE", ["12/12/2025"]),
      ("LICENCE", ["R4182"])],
     ["ustekinumab (Stelara) 390 mg IV", "K50.812", "Crohn's disease", "Montreal classification A2 L3 B3p",
      "Harvey-Bradshaw Index 11", "SES-CD 14", "fecal calprotectin 842 µg/g", "Parks trans-sphincteric",
      "azathioprine 2.5 mg/kg", "antibodies to infliximab", "AGA guideline 2021", "QuantiFERON-TB Gold Plus negative",
      "prednisone 40 mg taper"]),

    # 25 - Malaysia, Kuala Lumpur: hospital clinical pharmacokinetics (vancomycin TDM) consultation
    ("HOSPITAL KUALA LUMPUR - Jabatan Farmasi / Pharmacy Department\n"
     "Jalan Pahang, 50586 Kuala Lumpur | Clinical Pharmacokinetics Service, ext. 5418\n"
     "THERAPEUTIC DRUG MONITORING (TDM) CONSULTATION - VANCOMYCIN | 18/02/2026 11:05\n"
     "Patient: Encik Mohd Haziq bin Azmi | 33 M | MyKad 920814-14-5327 | RN HKL/26/0184173 | Wad 7C (Medical), bed "
     "22\n"
     "Requested by: Dr. Thivyaa Subramaniam (MO, Infectious Diseases)\n"
     "Indication: MRSA bacteraemia (Staphylococcus aureus, vancomycin MIC 1 mg/L) from an infected peripheral "
     "cannula site; TTE: no vegetations.\n"
     "Weight 82 kg, height 1.74 m; SCr 78 -> 132 µmol/L over 48 h; Cockcroft-Gault CrCl 86 -> 51 mL/min.\n"
     "Current regimen: vancomycin 1.5 g q12h (started 14/02/2026 after a 2 g loading dose).\n"
     "Level: trough 24.8 mg/L (17/02/2026 07:30, 30 min before the 5th dose); Bayesian estimate AUC24 712 mg·h/L "
     "(target 400-600).\n"
     "Assessment: supratherapeutic exposure with rising creatinine - vancomycin-associated AKI likely; also on "
     "piperacillin-tazobactam (stopped today).\n"
     "Recommendation: withhold the next dose; repeat level at 06:00 on 19/02/2026; restart at 1 g q12h when the level "
     "is below 15 mg/L; daily SCr; avoid NSAIDs and contrast. If the AKI progresses, consider daptomycin 8 mg/kg "
     "daily.\n"
     "Next of kin: wife, Puan Nur Aisyah binti Rahmat, 012-555 7186.\n"
     "Pharmacist: Ng Pei Wen, Clinical Pharmacist | PRP 11827",
     [("HOSPITAL", ["HOSPITAL KUALA LUMPUR"]), ("ADDRESS", ["Jalan Pahang"]), ("POSTCODE", ["50586"]),
      ("LOCATION", ["Kuala Lumpur"]), ("PHONE", ["5418"]), ("DATE", ["18/02/2026"]), ("NAME", ["Mohd Haziq", "Azmi"]),
      ("ID", ["920814-14-5327"]), ("MRN", ["HKL/26/0184173"]), ("NAME", ["Thivyaa", "Subramaniam"]),
      ("DATE", ["14/02/2026"]), ("DATE", ["17/02/2026"]), ("DATE", ["19/02/2026"]), ("NAME", ["Nur Aisyah", "Rahmat"]),
      ("PHONE", ["012-555 7186"]), ("NAME", ["Ng", "Pei Wen"]), ("LICENCE", ["PRP 11827"])],
     ["MRSA bacteraemia", "Staphylococcus aureus", "vancomycin MIC 1 mg/L", "Cockcroft-Gault", "CrCl 86 -> 51 mL/min",
      "vancomycin 1.5 g q12h", "trough 24.8 mg/L", "AUC24 712 mg·h/L", "vancomycin-associated AKI",
      "piperacillin-tazobactam", "daptomycin 8 mg/kg"]),

    # 26 - Northern Ireland, Belfast: statement of fitness for work (fit note), short
    ("Statement of Fitness for Work - Ormeau Road Medical Practice, 418 Ormeau Road, Belfast BT7 3HY\n"
     "Patient: Mr Ciarán Doherty-McCann, DOB 19/10/1983, H&C No. 381 209 7451. Condition: L5 radiculopathy (sciatica), "
     "straight leg raise positive at 40°.\n"
     "Not fit for work for 4 weeks from 02/03/2026; may then be fit with amended duties (no lifting). Dr Fionnuala "
     "Lennon-Adair, 03/03/2026",
     [("HOSPITAL", ["Ormeau Road Medical Practice"]), ("ADDRESS", ["418 Ormeau Road"]), ("LOCATION", ["Belfast"]),
      ("POSTCODE", ["BT7 3HY"]), ("NAME", ["Ciarán", "Doherty-McCann"]), ("DATE", ["19/10/1983"]),
      ("ID", ["381 209 7451"]), ("DATE", ["02/03/2026"]), ("NAME", ["Fionnuala", "Lennon-Adair"]),
      ("DATE", ["03/03/2026"])],
     ["L5 radiculopathy (sciatica)", "straight leg raise positive at 40°", "amended duties"]),

    # 27 - Russia, Tatarstan (Kazan): emergency ambulance call card, inferior STEMI (Russian)
    ("ГАУЗ «Станция скорой медицинской помощи» г. Казани — подстанция № 5 (Приволжский район)\n"
     "КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ № 41827 от 14.01.2026\n"
     "Бригада № 12 (фельдшерская): фельдшер Гиниятуллин Рамиль Ильдарович, фельдшер Сабирова Алсу Ринатовна; водитель "
     "Кузьмин. Автомобиль ГАЗ «Соболь», гос. номер А418КМ116\n"
     "Приём вызова 06:52, выезд 06:54, прибытие 07:05, начало транспортировки 07:31, прибытие в стационар 07:48.\n"
     "Адрес вызова: г. Казань, ул. Гвардейская, д. 33, кв. 91, подъезд 2, этаж 7. Вызывает жена, тел. +7 917 "
     "555-20-48.\n"
     "Пациент: Хабибуллин Марат Фаридович, 58 лет, дата рождения 09.06.1967; полис ОМС 1657 8820 4173 0915; место "
     "работы — АО «Казанский вертолётный завод», слесарь-сборщик.\n"
     "Жалобы: давящая боль за грудиной с иррадиацией в левую руку, холодный пот, с 06:20.\n"
     "Анамнез: гипертоническая болезнь, курит 35 лет; ранее к врачу не обращался.\n"
     "Объективно: состояние тяжёлое, кожа бледная, влажная. АД 100/60 мм рт. ст., ЧСС 52 в мин., SpO2 94%, глюкоза "
     "7,8 ммоль/л. В лёгких хрипов нет (Killip I).\n"
     "ЭКГ: синусовая брадикардия 52 в мин., подъём ST в II, III, aVF до 3 мм, депрессия ST в V1–V3. ЭКГ передана в "
     "дистанционный консультативный центр (дежурный кардиолог Шарафиева Лейсан Айдаровна) — решение: ЧКВ.\n"
     "Диагноз: ОКС с подъёмом сегмента ST нижней стенки левого желудочка.\n"
     "Помощь: ацетилсалициловая кислота 250 мг разжевать; клопидогрел 600 мг внутрь; гепарин 4000 ЕД в/в; морфин 1% "
     "0,5 мл в/в дробно; нитраты не давались (АД 100/60, подозрение на инфаркт правого желудочка).\n"
     "Результат: доставлен в ГАУЗ «Межрегиональный клинико-диагностический центр» (ул. Карбышева, 12а) в "
     "рентгеноперационную, минуя приёмное отделение; передан дежурному кардиологу Ахметзянову Р. Н. в 07:48.\n"
     "Жена — Хабибуллина Гульнара Рашитовна — сопровождала.\n"
     "Старший бригады: Р. И. Гиниятуллин, таб. № 2214",
     [("LOCATION", ["Казани"]), ("LOCATION", ["Приволжский район"]), ("ID", ["41827"]), ("DATE", ["14.01.2026"]),
      ("NAME", ["Гиниятуллин", "Рамиль", "Ильдарович"]), ("NAME", ["Сабирова", "Алсу", "Ринатовна"]),
      ("NAME", ["Кузьмин"]), ("PLATE", ["А418КМ116"]), ("LOCATION", ["Казань"]),
      ("ADDRESS", ["ул. Гвардейская, д. 33, кв. 91"]), ("PHONE", ["+7 917 555-20-48"]),
      ("NAME", ["Хабибуллин", "Марат", "Фаридович"]), ("DATE", ["09.06.1967"]), ("ID", ["1657 8820 4173 0915"]),
      ("HOSPITAL", ["Казанский вертолётный завод"]), ("NAME", ["Шарафиева", "Лейсан", "Айдаровна"]),
      ("HOSPITAL", ["Межрегиональный клинико-диагностический центр"]), ("ADDRESS", ["ул. Карбышева, 12а"]),
      ("NAME", ["Ахметзянову"]), ("NAME", ["Хабибуллина", "Гульнара", "Рашитовна"]), ("ID", ["2214"])],
     ["давящая боль за грудиной", "Killip I", "синусовая брадикардия", "подъём ST в II, III, aVF",
      "депрессия ST в V1–V3", "ОКС с подъёмом сегмента ST", "ацетилсалициловая кислота 250 мг", "клопидогрел 600 мг",
      "гепарин 4000 ЕД", "морфин 1% 0,5 мл", "инфаркт правого желудочка"]),

    # 28 - Australia, Queensland (Brisbane): residential aged care to hospital transfer form, resident aged 92
    ("RESIDENTIAL AGED CARE FACILITY TO HOSPITAL TRANSFER FORM\n"
     "From: Karingal Grove Residential Aged Care, 88 Kedron Brook Road, Wilston QLD 4051 | RN in charge (07) 5550 "
     "2184 | fax (07) 5550 2185\n"
     "To: Emergency Department, Royal Brisbane and Women's Hospital | QAS case 26-0418-2773 | Sunday 15/02/2026 "
     "05:20\n"
     "Resident: Mrs Marjorie Isobel Pettigrew | 92 years | DOB 02/09/1933 | Medicare 2917 40386 1 | DVA Gold Card "
     "QX418273 | RBWH URN 1184173\n"
     "At Karingal Grove since August 2019, from her home in Ashgrove, after her husband Len died in 2019.\n"
     "Reason for transfer: fever 38.7, new confusion since 22:00 (CAM positive), rigors, BP 92/54 (usual 135/70), HR "
     "112, RR 24, SpO2 93% RA; strong-smelling urine; Frank haematuria in her pad at 04:00; not eating or drinking "
     "since Saturday lunch.\n"
     "Baseline: walks with a 4-wheeled walker and supervision; conversant; continent by day; MMSE 22/30 in March "
     "2025.\n"
     "Diagnoses: Parkinson's disease (2012); mild Alzheimer's-type dementia; recurrent UTIs (ESBL E. coli, 10/2025); "
     "osteoporosis with T12 fracture (2021); AF; CKD 3b; hearing aids both ears.\n"
     "Allergies: penicillin (rash, 1970s); sulfonamides.\n"
     "Medications (webster pack; last doses 20:00): Madopar 100/25 one QID (06:00 dose due - please do not miss); "
     "rasagiline 1 mg mane; apixaban 2.5 mg BD; bisoprolol 2.5 mg; denosumab 60 mg 6-monthly (last 11/12/2025); "
     "cholecalciferol 1000 IU; Movicol 1 sachet; paracetamol 1 g TDS.\n"
     "Advance care planning: Statement of Choices (signed 2023) - ward-based treatment and antibiotics are OK; no ICU, "
     "no CPR. Copy attached.\n"
     "Substitute decision-maker: enduring power of attorney (health) - son Graham Pettigrew, 0491 570 846 (phoned "
     "05:05; meeting her at the RBWH); daughter Fiona Ng-Pettigrew lives in Toowoomba.\n"
     "GP: Dr Aditi Ranganathan, Grange Road Family Practice, (07) 5550 7718 - locum called at 04:40, advised "
     "transfer.\n"
     "She asks that her rosary and her photos of Len go with her.\n"
     "Handover from: Prudence Maguire-Tuala, RN | AHPRA NMW0001628493",
     [("HOSPITAL", ["Karingal Grove Residential Aged Care"]), ("ADDRESS", ["88 Kedron Brook Road"]),
      ("LOCATION", ["Wilston"]), ("POSTCODE", ["4051"]), ("PHONE", ["(07) 5550 2184"]), ("PHONE", ["(07) 5550 2185"]),
      ("HOSPITAL", ["Royal Brisbane and Women's Hospital"]), ("ID", ["26-0418-2773"]), ("DATE", ["15/02/2026"]),
      ("NAME", ["Marjorie Isobel", "Pettigrew"]), ("AGE", ["92 years"]), ("DATE", ["02/09/1933"]),
      ("ID", ["2917 40386 1"]), ("ID", ["QX418273"]), ("MRN", ["1184173"]), ("DATE", ["August 2019"]),
      ("LOCATION", ["Ashgrove"]), ("NAME", ["Len"]), ("DATE", ["2019"]), ("DATE", ["March 2025"]), ("DATE", ["2012"]),
      ("DATE", ["10/2025"]), ("DATE", ["2021"]), ("DATE", ["1970s"]), ("DATE", ["11/12/2025"]), ("DATE", ["2023"]),
      ("NAME", ["Graham", "Pettigrew"]), ("PHONE", ["0491 570 846"]), ("HOSPITAL", ["RBWH"]),
      ("NAME", ["Fiona", "Ng-Pettigrew"]), ("LOCATION", ["Toowoomba"]), ("NAME", ["Aditi", "Ranganathan"]),
      ("HOSPITAL", ["Grange Road Family Practice"]), ("PHONE", ["(07) 5550 7718"]),
      ("NAME", ["Prudence", "Maguire-Tuala"]), ("LICENCE", ["NMW0001628493"])],
     ["CAM positive", "Frank haematuria", "MMSE 22/30", "Parkinson's disease", "Alzheimer's-type dementia",
      "ESBL E. coli", "T12 fracture", "CKD 3b", "Madopar 100/25", "rasagiline 1 mg", "apixaban 2.5 mg BD",
      "denosumab 60 mg", "Statement of Choices"]),

    # 29 - Canada, Nova Scotia (Halifax): community palliative home nursing visit
    ("VON Canada - Halifax Site | 7071 Bayers Road, Suite 5005, Halifax NS B3L 2C2 | 902-555-0174\n"
     "HOME VISIT - PALLIATIVE NURSING NOTE | 2026-02-17 10:30-11:45\n"
     "Client: Fergus MacIsaac-Dauphinee | 78 M | DOB 1947-05-30 | MSI 0041827361 | NSH MRN 2907184\n"
     "Home: 37 Purcells Cove Road, Halifax NS B3P 1B3 (bungalow; ramp built by his son-in-law)\n"
     "Dx: metastatic castration-resistant prostate cancer, bone mets (L3, pelvis, R femur); PPS 40%.\n"
     "Seen with his wife Rosalie. Pain 6/10 in the low back and R hip despite hydromorphone 3 mg PO q4h + 1.5 mg "
     "breakthrough (5 used in 24 h). ESAS: pain 6, tiredness 7, drowsiness 4, nausea 2, appetite 8, SOB 1, "
     "depression 3, anxiety 5, wellbeing 6. BM 3 days ago. No new weakness or numbness; no urinary retention (voided "
     "350 mL).\n"
     "Palliative physician Dr. Anneliese Kotowski-Ng (on call, pager 902-555-0139) by phone: convert to subcut - "
     "hydromorphone 1.5 mg subcut q4h regular + 0.75 mg subcut q1h PRN via a BD Saf-T-Intima in the L upper chest "
     "(inserted 11:10); dexamethasone 4 mg PO daily; senna 17.2 mg HS and PEG 17 g daily.\n"
     "Radiation oncology at the Nova Scotia Cancer Centre to consider single-fraction RT 8 Gy to the R hip; Dr. "
     "Kotowski-Ng to fax the request.\n"
     "Teaching: breakthrough dosing log; signs of spinal cord compression (call 911). Comfort kit in the fridge. "
     "Rosalie's daughter, Maeve Gillis, is staying over tonight.\n"
     "Next visit: 2026-02-18 AM. VON 24/7 line 1-888-555-0181.\n"
     "Jolene Boudreau, RN | NSCN 041827",
     [("HOSPITAL", ["VON Canada"]), ("ADDRESS", ["7071 Bayers Road, Suite 5005"]), ("LOCATION", ["Halifax"]),
      ("POSTCODE", ["B3L 2C2"]), ("PHONE", ["902-555-0174"]), ("DATE", ["2026-02-17"]),
      ("NAME", ["Fergus", "MacIsaac-Dauphinee"]), ("DATE", ["1947-05-30"]), ("ID", ["0041827361"]),
      ("MRN", ["2907184"]), ("ADDRESS", ["37 Purcells Cove Road"]), ("POSTCODE", ["B3P 1B3"]), ("NAME", ["Rosalie"]),
      ("NAME", ["Anneliese", "Kotowski-Ng"]), ("PHONE", ["902-555-0139"]), ("HOSPITAL", ["Nova Scotia Cancer Centre"]),
      ("NAME", ["Maeve", "Gillis"]), ("DATE", ["2026-02-18"]), ("PHONE", ["1-888-555-0181"]),
      ("NAME", ["Jolene", "Boudreau"]), ("LICENCE", ["041827"])],
     ["metastatic castration-resistant prostate cancer", "PPS 40%", "hydromorphone 3 mg PO q4h", "ESAS",
      "hydromorphone 1.5 mg subcut q4h", "BD Saf-T-Intima", "dexamethasone 4 mg PO daily", "senna 17.2 mg HS",
      "PEG 17 g daily", "single-fraction RT 8 Gy", "spinal cord compression"]),

    # 30 - Ghana, Ashanti (Kumasi): paediatric sickle cell clinic follow-up visit
    ("KOMFO ANOKYE TEACHING HOSPITAL, KUMASI - Directorate of Child Health, Sickle Cell Clinic\n"
     "P.O. Box 1934, Kumasi, Ashanti Region | Tel 032 202 5418\n"
     "FOLLOW-UP VISIT | 03/03/2026 | Folder No. KATH/SC/2014/0873 | NHIS No. 12418273 (valid to 11/2026)\n"
     "Patient: Master Kwabena Owusu-Ansah | 14 yrs | M | DOB 22/08/2011 | Form 2 student, Prempeh College "
     "(boarding)\n"
     "Home: H/No. AK-418-2273, Ejisu-Onwe, near the Ejisu Methodist Church | Mother: Madam Akosua Serwaa, trader at "
     "Kejetia Market, 024 555 1827 | Father: Mr. Yaw Owusu-Ansah, 020 555 7302\n"
     "Diagnosis: sickle cell anaemia (HbSS), found on newborn screening at Manhyia Government Hospital.\n"
     "Interval history: one vaso-occlusive crisis (back and legs) in January - 3 days in KATH, IV fluids and "
     "morphine; no acute chest syndrome; no transfusion. Missed 2 weeks of hydroxyurea at school in February (ran "
     "out).\n"
     "Exam: Wt 41 kg (10th centile), afebrile, mild scleral icterus, no pallor, spleen not palpable, no leg ulcers, "
     "Tanner stage 2.\n"
     "Labs today: Hb 8.4 g/dL, MCV 96 fL, HbF 18%, retics 9%, WBC 11.2, plt 388; bilirubin 46 µmol/L. TCD (last, "
     "09/2025): time-averaged mean maximum velocity 182 cm/s in the L MCA - conditional.\n"
     "Plan: hydroxyurea increased to 25 mg/kg/day (1,000 mg daily) - letter to the school nurse, Mrs. Adwoa "
     "Frimpong-Boateng, to keep his supply; folic acid 5 mg daily; penicillin V 250 mg BD continued; repeat TCD in 3 "
     "months; PPSV23 booster due; hydration and ITN use reinforced.\n"
     "Next visit: 02/06/2026.\n"
     "Dr. Efua Boakye-Danquah, Paediatrician | MDC reg. MDC/RN/14827",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("LOCATION", ["KUMASI"]), ("ADDRESS", ["P.O. Box 1934"]),
      ("LOCATION", ["Kumasi"]), ("PHONE", ["032 202 5418"]), ("DATE", ["03/03/2026"]), ("MRN", ["KATH/SC/2014/0873"]),
      ("ID", ["12418273"]), ("DATE", ["11/2026"]), ("NAME", ["Kwabena", "Owusu-Ansah"]), ("DATE", ["22/08/2011"]),
      ("HOSPITAL", ["Prempeh College"]), ("ADDRESS", ["H/No. AK-418-2273"]), ("LOCATION", ["Ejisu-Onwe"]),
      ("LOCATION", ["Ejisu Methodist Church"]), ("NAME", ["Akosua", "Serwaa"]), ("LOCATION", ["Kejetia Market"]),
      ("PHONE", ["024 555 1827"]), ("NAME", ["Yaw", "Owusu-Ansah"]), ("PHONE", ["020 555 7302"]),
      ("HOSPITAL", ["Manhyia Government Hospital"]), ("DATE", ["January"]), ("HOSPITAL", ["KATH"]),
      ("DATE", ["February"]), ("DATE", ["09/2025"]), ("NAME", ["Adwoa", "Frimpong-Boateng"]), ("DATE", ["02/06/2026"]),
      ("NAME", ["Efua", "Boakye-Danquah"]), ("LICENCE", ["MDC/RN/14827"])],
     ["sickle cell anaemia (HbSS)", "vaso-occlusive crisis", "acute chest syndrome", "scleral icterus",
      "Tanner stage 2", "HbF 18%", "time-averaged mean maximum velocity 182 cm/s",
      "hydroxyurea increased to 25 mg/kg/day", "folic acid 5 mg daily", "penicillin V 250 mg BD", "PPSV23"]),

    # 31 - Cyprus, Limassol: hospital biochemistry laboratory report (Greek)
    ("Γενικό Νοσοκομείο Λεμεσού - Βιοχημικό Εργαστήριο\n"
     "Οδός Νίκαιας, 4131 Κάτω Πολεμίδια, Λεμεσός | τηλ. 25 555418 | φαξ 25 555419\n"
     "ΑΠΟΤΕΛΕΣΜΑΤΑ ΕΡΓΑΣΤΗΡΙΑΚΩΝ ΕΞΕΤΑΣΕΩΝ | Αρ. δείγματος 2603-041827 | Λήψη: 04/03/2026 07:55 | Έκδοση: 4 Μαρτίου "
     "2026\n"
     "Ασθενής: Κυριάκος Χαραλάμπους | Άρρεν | γεν. 19/02/1964 | Αρ. Ταυτότητας 1041827 | Αρ. Δικαιούχου ΓεΣΥ "
     "4182736051\n"
     "Διεύθυνση: Αγίου Ανδρέα 212, 3036 Λεμεσός | κιν. 99 555 213\n"
     "Παραπέμπουσα: Δρ Μαρίνα Ευσταθίου, Προσωπική Ιατρός, Γερμασόγεια (παραπεμπτικό ΓεΣΥ R-26-0092817)\n"
     "Γλυκόζη νηστείας 148 mg/dL (70-100) Η\n"
     "HbA1c 7,9% (<6,5) Η\n"
     "Ουρία 52 mg/dL | Κρεατινίνη 1,48 mg/dL Η | eGFR (CKD-EPI 2021) 52 mL/min/1,73m²\n"
     "Κάλιο 5,3 mmol/L | Νάτριο 139 mmol/L\n"
     "Ολική χοληστερόλη 231 mg/dL | LDL 152 mg/dL Η | HDL 38 mg/dL | Τριγλυκερίδια 205 mg/dL\n"
     "ALT 34 U/L | γ-GT 61 U/L | TSH 2,14 μIU/mL\n"
     "PSA ολικό 6,8 ng/mL Η | ελεύθερο/ολικό PSA 11%\n"
     "Λόγος λευκωματίνης/κρεατινίνης ούρων 64 mg/g Η\n"
     "Σχόλιο: το αυξημένο PSA με χαμηλό λόγο ελεύθερου/ολικού να αξιολογηθεί από ουρολόγο. Ενημερώθηκε τηλεφωνικά η "
     "παραπέμπουσα 04/03/2026 12:10.\n"
     "Υπεύθυνη: Δρ Αθηνά Σωκράτους-Λοΐζου, Κλινική Βιοχημικός | Εκτύπωση από το LIS, σταθμός 172.16.8.41",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Λεμεσού"]), ("ADDRESS", ["Οδός Νίκαιας"]), ("POSTCODE", ["4131"]),
      ("LOCATION", ["Κάτω Πολεμίδια"]), ("LOCATION", ["Λεμεσός"]), ("PHONE", ["25 555418"]), ("PHONE", ["25 555419"]),
      ("ID", ["2603-041827"]), ("DATE", ["04/03/2026"]), ("DATE", ["4 Μαρτίου 2026"]),
      ("NAME", ["Κυριάκος", "Χαραλάμπους"]), ("DATE", ["19/02/1964"]), ("ID", ["1041827"]), ("ID", ["4182736051"]),
      ("ADDRESS", ["Αγίου Ανδρέα 212"]), ("POSTCODE", ["3036"]), ("PHONE", ["99 555 213"]),
      ("NAME", ["Μαρίνα", "Ευσταθίου"]), ("LOCATION", ["Γερμασόγεια"]), ("ID", ["R-26-0092817"]),
      ("NAME", ["Αθηνά", "Σωκράτους-Λοΐζου"]), ("IP", ["172.16.8.41"])],
     ["Γλυκόζη νηστείας 148 mg/dL", "HbA1c 7,9%", "Κρεατινίνη 1,48 mg/dL", "eGFR (CKD-EPI 2021) 52 mL/min/1,73m²",
      "Κάλιο 5,3 mmol/L", "LDL 152 mg/dL", "γ-GT 61 U/L", "TSH 2,14 μIU/mL", "PSA ολικό 6,8 ng/mL",
      "ελεύθερο/ολικό PSA 11%", "Λόγος λευκωματίνης/κρεατινίνης ούρων 64 mg/g"]),

    # 32 - India, Karnataka (Bengaluru): clinical trial subject identification and enrolment log (site only)
    ("ST. JOHN'S MEDICAL COLLEGE HOSPITAL - Department of Pulmonary Medicine, Clinical Trials Unit\n"
     "Sarjapur Road, Koramangala, Bengaluru 560034 | CTU 080 5550 4182 | ctu.pulm@stjohns-ctu.in\n"
     "Study: BREATHE-IN - a randomised trial of a 4-month rifapentine-moxifloxacin regimen versus standard 6-month "
     "therapy for drug-susceptible pulmonary TB | Site 07\n"
     "SUBJECT IDENTIFICATION AND ENROLMENT LOG - SITE CONFIDENTIAL, NOT TO BE SENT TO THE SPONSOR\n"
     "PI: Dr. Meenakshi Gowda-Ramesh | Log checked by CRC Mr. Ashwin Kulkarni-D'Souza on 27/02/2026\n"
     "\n"
     "1. Scr. 07-S031 | Smt. Lakshmamma, W/o Late Chikkanna | 56 F | UHID SJ-25-7741832 | Anekal | mob. 94480 55213 | "
     "consent 02/02/2026 (thumb impression; impartial witness Mr. Praveen Hiremath) | Rand. 07-R018 | ENROLLED\n"
     "2. Scr. 07-S032 | Mr. Mohammed Irfan Pasha | 34 M | UHID SJ-26-0081275 | Tannery Road, Bengaluru | mob. 98860 "
     "55418 | consent 05/02/2026 | SCREEN FAIL - ALT 4.2x ULN\n"
     "3. Scr. 07-S033 | Ms. Deepika Naik | 19 F | UHID SJ-26-0090412 | Hosur | mob. 90080 55731 | consent 09/02/2026 "
     "| SCREEN FAIL - rifampicin resistance on Xpert MTB/RIF Ultra\n"
     "4. Scr. 07-S034 | Master Tejas Gowda | 16 M | UHID SJ-26-0091158 | Channapatna | parent (LAR): Mr. Nagaraj "
     "Gowda, mob. 97410 55902 | assent and consent 12/02/2026 | Rand. 07-R019 | ENROLLED\n"
     "5. Scr. 07-S035 | Mr. Joseph Arokiaraj | 47 M | UHID SJ-26-0102377 | Ejipura | mob. 99000 55146 | consent "
     "16/02/2026 | SCREEN FAIL - HbA1c 11.9% and QTcF 472 ms\n"
     "6. Scr. 07-S036 | Mrs. Farzana Begum | 29 F | UHID SJ-26-0110964 | Shivajinagar | mob. 81230 55687 | consent "
     "20/02/2026 | SCREEN FAIL - pregnant (urine hCG positive)\n"
     "7. Scr. 07-S037 | Mr. Venkatesh Rao Bhat | 62 M | UHID SJ-26-0117315 | Mysuru (staying with his son in HSR "
     "Layout) | mob. 94483 55320 | consent 24/02/2026 | Rand. 07-R020 | ENROLLED\n"
     "Summary: 7 screened, 3 randomised (smear-positive, GeneXpert MTB detected, rifampicin-sensitive). Reasons for "
     "screen failure kept for the CONSORT diagram; only screening numbers leave the site.\n"
     "PI signature: M. Gowda-Ramesh, 27/02/2026 | KMC Reg. No. 48127",
     [("HOSPITAL", ["ST. JOHN'S MEDICAL COLLEGE HOSPITAL"]), ("ADDRESS", ["Sarjapur Road"]),
      ("LOCATION", ["Koramangala"]), ("LOCATION", ["Bengaluru"]), ("POSTCODE", ["560034"]),
      ("PHONE", ["080 5550 4182"]), ("EMAIL", ["ctu.pulm@stjohns-ctu.in"]), ("NAME", ["Meenakshi", "Gowda-Ramesh"]),
      ("NAME", ["Ashwin", "Kulkarni-D'Souza"]), ("DATE", ["27/02/2026"]),
      ("ID", ["07-S031"]), ("NAME", ["Lakshmamma"]), ("NAME", ["Chikkanna"]), ("MRN", ["SJ-25-7741832"]),
      ("LOCATION", ["Anekal"]), ("PHONE", ["94480 55213"]), ("DATE", ["02/02/2026"]), ("NAME", ["Praveen", "Hiremath"]),
      ("ID", ["07-R018"]),
      ("ID", ["07-S032"]), ("NAME", ["Mohammed Irfan", "Pasha"]), ("MRN", ["SJ-26-0081275"]),
      ("ADDRESS", ["Tannery Road"]), ("PHONE", ["98860 55418"]), ("DATE", ["05/02/2026"]),
      ("ID", ["07-S033"]), ("NAME", ["Deepika", "Naik"]), ("MRN", ["SJ-26-0090412"]), ("LOCATION", ["Hosur"]),
      ("PHONE", ["90080 55731"]), ("DATE", ["09/02/2026"]),
      ("ID", ["07-S034"]), ("NAME", ["Tejas", "Gowda"]), ("MRN", ["SJ-26-0091158"]), ("LOCATION", ["Channapatna"]),
      ("NAME", ["Nagaraj", "Gowda"]), ("PHONE", ["97410 55902"]), ("DATE", ["12/02/2026"]), ("ID", ["07-R019"]),
      ("ID", ["07-S035"]), ("NAME", ["Joseph", "Arokiaraj"]), ("MRN", ["SJ-26-0102377"]), ("LOCATION", ["Ejipura"]),
      ("PHONE", ["99000 55146"]), ("DATE", ["16/02/2026"]),
      ("ID", ["07-S036"]), ("NAME", ["Farzana", "Begum"]), ("MRN", ["SJ-26-0110964"]), ("LOCATION", ["Shivajinagar"]),
      ("PHONE", ["81230 55687"]), ("DATE", ["20/02/2026"]),
      ("ID", ["07-S037"]), ("NAME", ["Venkatesh Rao", "Bhat"]), ("MRN", ["SJ-26-0117315"]), ("LOCATION", ["Mysuru"]),
      ("LOCATION", ["HSR Layout"]), ("PHONE", ["94483 55320"]), ("DATE", ["24/02/2026"]), ("ID", ["07-R020"]),
      ("LICENCE", ["48127"])],
     ["rifapentine-moxifloxacin", "drug-susceptible pulmonary TB", "ALT 4.2x ULN", "Xpert MTB/RIF Ultra",
      "HbA1c 11.9%", "QTcF 472 ms", "urine hCG positive", "smear-positive", "GeneXpert MTB detected",
      "rifampicin-sensitive", "CONSORT diagram"]),

    # 33 - Austria, Vienna: musculoskeletal MRI report of the knee after a skiing injury (German)
    ("Medizinische Universität Wien / AKH Wien\n"
     "Universitätsklinik für Radiologie und Nuklearmedizin, Klinische Abteilung für Muskuloskelettale Radiologie\n"
     "Währinger Gürtel 18-20, 1090 Wien | Tel. +43 1 40400-41827 | Fax +43 1 40400-41828\n"
     "MRT-BEFUND | Untersuchung vom 03.02.2026 | Befund-Nr. RAD-MSK-26-004173\n"
     "Patientin: Mag. Theresia Pichlmayr-Hofer, geb. 14.03.1967, SVNR 4186 140367, wohnhaft Hasenauerstraße 41/7, "
     "1180 Wien\n"
     "Zuweiser: Dr. Florian Grabmayr, FA für Orthopädie und Traumatologie, Ordination Döblinger Hauptstraße 66, 1190 "
     "Wien\n"
     "Klinische Angabe: Valgus-Rotationstrauma des rechten Knies beim Skifahren am 28. Jänner 2026 in Schladming "
     "(Planai); Lachman-Test positiv, Instabilitätsgefühl. Erstversorgung im Klinikum Diakonissen Schladming.\n"
     "Technik: MRT rechtes Knie, 3 T, PD-fs in drei Ebenen, T1 sagittal; keine KM-Gabe.\n"
     "Befund:\n"
     "- Komplette Ruptur des vorderen Kreuzbandes im proximalen Drittel mit typischem Knochenmarködem (kissing "
     "contusions) am lateralen Femurkondylus und am posterolateralen Tibiaplateau.\n"
     "- Kleines kortikales Avulsionsfragment am lateralen Tibiaplateau (Segond-Fraktur).\n"
     "- Innenband: Grad-II-Läsion proximal. Hinteres Kreuzband und Außenband intakt.\n"
     "- Innenmeniskus: horizontaler Riss im Hinterhorn mit Kontakt zur Unterfläche (Meniskus Grad 3); Außenmeniskus "
     "intakt.\n"
     "- Mäßiger Gelenkserguss; Baker-Zyste 3,2 x 1,1 cm; Hoffa-Fettkörper unauffällig.\n"
     "- Knorpel: retropatellare Chondropathie Grad I.\n"
     "Beurteilung: Komplette VKB-Ruptur mit Segond-Fraktur, MCL-Läsion Grad II und Innenmeniskushinterhornriss. "
     "Vorstellung in der unfallchirurgischen Ambulanz zur Besprechung einer VKB-Rekonstruktion empfohlen.\n"
     "Befundet: OÄ Dr. Katharina Wöss-Jovanović | Vidiert: Univ.-Prof. Dr. Gernot Schallhammer\n"
     "Elektronisch versendet via ELGA an die Ordination Dr. Grabmayr am 04.02.2026.",
     [("HOSPITAL", ["Medizinische Universität Wien"]), ("HOSPITAL", ["AKH Wien"]),
      ("ADDRESS", ["Währinger Gürtel 18-20"]), ("POSTCODE", ["1090"]), ("LOCATION", ["Wien"]),
      ("PHONE", ["+43 1 40400-41827"]), ("PHONE", ["+43 1 40400-41828"]), ("DATE", ["03.02.2026"]),
      ("ID", ["RAD-MSK-26-004173"]), ("NAME", ["Theresia", "Pichlmayr-Hofer"]), ("DATE", ["14.03.1967"]),
      ("ID", ["4186 140367"]), ("ADDRESS", ["Hasenauerstraße 41/7"]), ("POSTCODE", ["1180"]),
      ("NAME", ["Florian", "Grabmayr"]), ("ADDRESS", ["Döblinger Hauptstraße 66"]), ("POSTCODE", ["1190"]),
      ("DATE", ["28. Jänner 2026"]), ("LOCATION", ["Schladming"]), ("LOCATION", ["Planai"]),
      ("HOSPITAL", ["Klinikum Diakonissen Schladming"]), ("NAME", ["Katharina", "Wöss-Jovanović"]),
      ("NAME", ["Gernot", "Schallhammer"]), ("DATE", ["04.02.2026"])],
     ["Valgus-Rotationstrauma", "Lachman-Test positiv", "Komplette Ruptur des vorderen Kreuzbandes", "Knochenmarködem",
      "kissing contusions", "Segond-Fraktur", "Grad-II-Läsion", "Meniskus Grad 3", "Baker-Zyste 3,2 x 1,1 cm",
      "Hoffa-Fettkörper unauffällig", "Chondropathie Grad I", "VKB-Rekonstruktion"]),

    # 34 - USA, Massachusetts (Malden): telepsychiatry video visit progress note
    ("Cambridge Health Alliance - Outpatient Psychiatry | TELEHEALTH PROGRESS NOTE\n"
     "Visit: 01/29/2026 15:00-15:30, video (https://cha-health.zoom.us/j/94182730519), patient at home; identity "
     "confirmed with DOB and address\n"
     "Patient: Oriana Castellucci-Odom | DOB 11/03/1991 | MRN 4418270 | 41 Salem St, Apt 3, Malden MA 02148 | cell "
     "617-555-0193 (backup if the video drops)\n"
     "Emergency contact: partner, Theo Marchetti-Lowell, 617-555-0146\n"
     "Psychiatrist: Dr. Wendell Achterberg | Therapist: Priya Venkatesan-Loomis, LICSW (DBT skills group, Somerville "
     "campus)\n"
     "Work: phlebotomist at Tufts Medical Center, day shifts. Sells her paintings on Instagram (@oriana.paints) and "
     "at the SoWa Open Market.\n"
     "Dx: bipolar II disorder, currently euthymic; generalized anxiety disorder.\n"
     "Interval: mood steady since the lamotrigine titration finished on 12/15/2025; sleeping 7 h; no hypomanic "
     "symptoms (YMRS 4); PHQ-9 8; GAD-7 10 (work stress). No rash. C-SSRS screen negative. Alcohol 2-3 drinks a "
     "week.\n"
     "Labs (01/20/2026): lithium 0.7 mmol/L (12-h trough), TSH 2.9, creatinine 0.8, calcium 9.6.\n"
     "Meds: lithium carbonate ER 600 mg at bedtime; lamotrigine 200 mg daily; propranolol 10 mg PRN performance "
     "anxiety. Reviewed Stevens-Johnson syndrome warning signs again (new rash with fever or mouth sores: stop and "
     "call). Contraception: copper IUD.\n"
     "Rx sent to CVS Pharmacy #4182, 200 Pleasant St, Malden.\n"
     "Plan: continue; lithium level, BMP and TSH in 3 months; RTC 8 weeks (03/26/2026).\n"
     "Wendell Achterberg, MD | MA license 271846 | NPI 1928374655",
     [("HOSPITAL", ["Cambridge Health Alliance"]), ("DATE", ["01/29/2026"]),
      ("URL", ["https://cha-health.zoom.us/j/94182730519"]), ("NAME", ["Oriana", "Castellucci-Odom"]),
      ("DATE", ["11/03/1991"]), ("MRN", ["4418270"]), ("ADDRESS", ["41 Salem St, Apt 3"]), ("LOCATION", ["Malden"]),
      ("POSTCODE", ["02148"]), ("PHONE", ["617-555-0193"]), ("NAME", ["Theo", "Marchetti-Lowell"]),
      ("PHONE", ["617-555-0146"]), ("NAME", ["Wendell", "Achterberg"]), ("NAME", ["Priya", "Venkatesan-Loomis"]),
      ("LOCATION", ["Somerville"]), ("HOSPITAL", ["Tufts Medical Center"]), ("HANDLE", ["@oriana.paints"]),
      ("LOCATION", ["SoWa Open Market"]), ("DATE", ["12/15/2025"]), ("DATE", ["01/20/2026"]),
      ("HOSPITAL", ["CVS Pharmacy #4182"]), ("ADDRESS", ["200 Pleasant St"]), ("DATE", ["03/26/2026"]),
      ("LICENCE", ["271846"]), ("ID", ["1928374655"])],
     ["bipolar II disorder", "generalized anxiety disorder", "lamotrigine titration", "YMRS 4", "PHQ-9 8", "GAD-7 10",
      "C-SSRS screen negative", "lithium 0.7 mmol/L (12-h trough)", "lithium carbonate ER 600 mg",
      "lamotrigine 200 mg daily", "propranolol 10 mg PRN", "Stevens-Johnson syndrome"]),

    # 35 - China, Zhejiang (Hangzhou): occupational health examination report, chromium exposure (simplified)
    ("杭州市职业病防治院　职业健康检查报告（在岗期间）\n"
     "地址：杭州市拱墅区长城街95号　电话：0571-5550 4182\n"
     "报告编号：ZJHZ-ZY-2026-01873　体检日期：2026年1月8日　报告日期：2026年1月15日\n"
     "用人单位：杭州钱塘宏鑫电镀有限公司（钱塘区下沙街道）　联系人：安全科 沈丽娟 0571-5558 2296\n"
     "姓名：叶建军　性别：男　年龄：43岁　身份证号：330105198206114514　工号：HX-0418　手机：137-5718-2046\n"
     "接触职业病危害因素：铬及其化合物（镀铬车间，接害工龄11年）、硫酸雾、噪声\n"
     "症状：鼻塞、流涕、鼻出血，近半年加重；无咳嗽、气喘。\n"
     "检查：鼻中隔前下部穿孔，直径约0.6 cm，边缘结痂；双手背见2处“铬疮”瘢痕。肺功能：FVC 92%预计值，FEV1/FVC 78%。纯音测听：双耳高频听阈 40 dB HL。胸部DR未见明显异常。\n"
     "实验室：尿铬 12.4 μmol/mol肌酐；血常规、肝功能正常；血压 148/94 mmHg。\n"
     "结论：1. 疑似职业病：职业性铬鼻病（GBZ 12-2014），建议到职业病诊断机构申请诊断；2. 职业禁忌证：无；3. 高血压，建议心内科随诊。\n"
     "处理意见：调离镀铬岗位；用人单位须在15日内向属地卫生健康行政部门报告。复查：2026年4月。\n"
     "主检医师：钟一帆　审核：韦海燕（主任医师）",
     [("HOSPITAL", ["杭州市职业病防治院"]), ("LOCATION", ["杭州市"]), ("LOCATION", ["拱墅区"]), ("ADDRESS", ["长城街95号"]),
      ("PHONE", ["0571-5550 4182"]), ("ID", ["ZJHZ-ZY-2026-01873"]), ("DATE", ["2026年1月8日"]),
      ("DATE", ["2026年1月15日"]), ("HOSPITAL", ["杭州钱塘宏鑫电镀有限公司"]), ("LOCATION", ["钱塘区"]),
      ("LOCATION", ["下沙街道"]), ("NAME", ["沈丽娟"]), ("PHONE", ["0571-5558 2296"]), ("NAME", ["叶建军"]),
      ("ID", ["330105198206114514"]), ("ID", ["HX-0418"]), ("PHONE", ["137-5718-2046"]), ("DATE", ["2026年4月"]),
      ("NAME", ["钟一帆"]), ("NAME", ["韦海燕"])],
     ["铬及其化合物", "接害工龄11年", "鼻中隔前下部穿孔", "铬疮", "FEV1/FVC 78%", "双耳高频听阈 40 dB HL", "尿铬 12.4 μmol/mol肌酐",
      "职业性铬鼻病", "GBZ 12-2014", "职业禁忌证", "高血压"]),

    # 36 - England, West Yorkshire (Leeds): GP report for a life and critical illness insurance application
    ("GENERAL PRACTITIONER'S REPORT (GPR) - LIFE AND CRITICAL ILLNESS COVER\n"
     "Requested by: Aldermoor Life plc, New Business Underwriting, PO Box 7718, Bristol BS99 3LQ | Ref "
     "AL-UW-2026-0041827 | Underwriter: Ms Kezia Tollemache\n"
     "Consent under the Access to Medical Reports Act 1988: the applicant asked to see the report before it was sent "
     "(seen and approved 19/02/2026).\n"
     "Practice: Hyde Park Surgery, 23 Woodsley Road, Leeds LS6 1SG | 0113 496 0427 | ODS B86418\n"
     "Applicant: Mr Benedict Oyelowo-Hart | DOB 27/06/1989 | NHS 402 917 3659\n"
     "Address: 12 Cardigan Road, Headingley, Leeds LS6 3AG | Occupation: senior software engineer, Tetley Yard "
     "Software Ltd\n"
     "Registered here since 08/2011 (from the University of Leeds student practice). Last seen 14/01/2026 (Dr "
     "Kettleborough).\n"
     "1. Height 1.83 m, weight 88 kg (14/01/2026), BMI 26.3. BP 128/82 (14/01/2026), 134/86 (02/05/2025), 126/80 "
     "(11/03/2024).\n"
     "2. Smoking: never. Alcohol: 14-18 units/week (AUDIT-C 5). Recreational drugs: none recorded.\n"
     "3. Conditions:\n"
     "- Asthma since childhood: mild, salbutamol 100 micrograms PRN, 1 inhaler a year; no admissions; no oral "
     "steroids since 2015. ACT 23.\n"
     "- Gilbert's syndrome (isolated unconjugated hyperbilirubinaemia, bilirubin 34 µmol/L, otherwise normal LFTs, "
     "2017).\n"
     "- Osgood-Schlatter disease, both knees, as a teenager - resolved.\n"
     "- Depression and anxiety (2019) after a bereavement: sertraline 50 mg for 9 months and 8 sessions of CBT with "
     "Leeds Mindwell; PHQ-9 4 at discharge; no self-harm, no secondary care, no recurrence.\n"
     "- Left Bennett's fracture after a fall while bouldering at The Depot Climbing Centre, 03/2022 - K-wired at Leeds "
     "General Infirmary, full recovery.\n"
     "4. Investigations or referrals pending: none.\n"
     "5. Family history: father (Mr Augustine Oyelowo) died of a myocardial infarction aged 52; mother alive and "
     "well, aged 91, in Harrogate; no family history of cancer, Huntington's disease, polycystic kidney disease or "
     "cardiomyopathy.\n"
     "6. HIV/hepatitis: routine test at the Leeds Centre for Sexual Health in 2020 negative; no risk factors "
     "recorded.\n"
     "I confirm that the above is a true summary of the records.\n"
     "Dr Róisín Kettleborough, GP Partner | GMC 7209184 | Fee invoiced to Aldermoor Life plc on 20/02/2026",
     [("HOSPITAL", ["Aldermoor Life plc"]), ("ADDRESS", ["PO Box 7718"]), ("LOCATION", ["Bristol"]),
      ("POSTCODE", ["BS99 3LQ"]), ("ID", ["AL-UW-2026-0041827"]), ("NAME", ["Kezia", "Tollemache"]),
      ("DATE", ["19/02/2026"]), ("HOSPITAL", ["Hyde Park Surgery"]), ("ADDRESS", ["23 Woodsley Road"]),
      ("LOCATION", ["Leeds"]), ("POSTCODE", ["LS6 1SG"]), ("PHONE", ["0113 496 0427"]), ("ID", ["B86418"]),
      ("NAME", ["Benedict", "Oyelowo-Hart"]), ("DATE", ["27/06/1989"]), ("ID", ["402 917 3659"]),
      ("ADDRESS", ["12 Cardigan Road"]), ("LOCATION", ["Headingley"]), ("POSTCODE", ["LS6 3AG"]),
      ("HOSPITAL", ["Tetley Yard Software Ltd"]), ("DATE", ["08/2011"]), ("HOSPITAL", ["University of Leeds"]),
      ("DATE", ["14/01/2026"]), ("DATE", ["02/05/2025"]), ("DATE", ["11/03/2024"]), ("HOSPITAL", ["Leeds Mindwell"]),
      ("LOCATION", ["The Depot Climbing Centre"]), ("DATE", ["03/2022"]), ("HOSPITAL", ["Leeds General Infirmary"]),
      ("NAME", ["Augustine", "Oyelowo"]), ("AGE", ["aged 91"]), ("LOCATION", ["Harrogate"]),
      ("HOSPITAL", ["Leeds Centre for Sexual Health"]), ("NAME", ["Róisín", "Kettleborough"]),
      ("LICENCE", ["7209184"]), ("DATE", ["20/02/2026"])],
     ["Access to Medical Reports Act 1988", "AUDIT-C 5", "salbutamol 100 micrograms PRN", "ACT 23",
      "Gilbert's syndrome", "unconjugated hyperbilirubinaemia", "Osgood-Schlatter disease", "PHQ-9 4",
      "Bennett's fracture", "myocardial infarction", "Huntington's disease", "polycystic kidney disease"]),

    # 37 - The Bahamas, New Providence (Nassau): neonatal intensive care unit discharge summary
    ("PRINCESS MARGARET HOSPITAL - Public Hospitals Authority, The Bahamas\n"
     "Shirley Street, P.O. Box N-3730, Nassau, New Providence | Tel (242) 555-0418\n"
     "NEONATAL INTENSIVE CARE UNIT - DISCHARGE SUMMARY\n"
     "Infant: Baby Girl ROLLE (to be registered as Amari Jade Ferguson) | Hosp. No. PMH-N-25-11827 | Birth "
     "registration no. NP/2025/41873\n"
     "DOB 24/11/2025 03:12 | GA 29+3 weeks | BW 1,240 g | Apgar 5 and 8 | Discharged 20/01/2026 (day 57, CGA 37+4 "
     "weeks) | Discharge weight 2,010 g\n"
     "Mother: Ms Shantell Rolle, 24, G1P1, NIB no. 30518274 | Address: Cockburn Street, Fox Hill, New Providence | "
     "cell (242) 555-7184\n"
     "Father: Mr Dwayne Ferguson, fisherman, of Gregory Town, Eleuthera | cell (242) 555-3062\n"
     "Antenatal: booked at the Fleming Street Clinic; pre-eclampsia; 2 doses of betamethasone; MgSO4 for "
     "neuroprotection; emergency LSCS for an abnormal CTG.\n"
     "Problems and course:\n"
     "1. RDS - intubated at birth; Curosurf 200 mg/kg x 2; extubated to CPAP on day 3; off respiratory support on day "
     "24. No BPD (in air at 36 weeks CGA).\n"
     "2. Apnoea of prematurity - caffeine citrate 20 mg/kg load then 5 mg/kg daily, stopped day 48; apnoea-free for 7 "
     "days before discharge.\n"
     "3. PDA 2.1 mm, haemodynamically significant - paracetamol for 3 days; closed on echo on day 12.\n"
     "4. Late-onset sepsis day 9 (Klebsiella pneumoniae in blood culture) - meropenem 14 days; LP normal.\n"
     "5. Jaundice - phototherapy for 4 days, peak SBR 198 µmol/L.\n"
     "6. ROP stage 1, zone II, no plus disease (Dr Neville Sands-Cartwright, ophthalmology, 06/01/2026) - repeat in 2 "
     "weeks.\n"
     "7. Cranial ultrasound: grade I germinal matrix haemorrhage on the left, resolved; no PVL.\n"
     "8. Feeding: breastfeeding with 2 top-ups a day of Similac NeoSure 22 kcal; Kangaroo care daily with mum.\n"
     "Immunisations: hepatitis B vaccine 20/01/2026 (lot HB4182R); BCG deferred. Hearing: AABR pass both ears.\n"
     "Discharge meds: multivitamin drops 0.5 mL daily; ferrous sulphate 2 mg/kg/day; vitamin D 400 IU daily.\n"
     "Follow-up: Fleming Street Clinic (well baby) 27/01/2026; NICU follow-up clinic 10/02/2026; eye review "
     "03/02/2026.\n"
     "Dr Latoya Knowles-Bethel, Neonatologist | Bahamas Medical Council reg. 1827",
     [("HOSPITAL", ["PRINCESS MARGARET HOSPITAL"]), ("ADDRESS", ["Shirley Street, P.O. Box N-3730"]),
      ("LOCATION", ["Nassau"]), ("LOCATION", ["New Providence"]), ("PHONE", ["(242) 555-0418"]), ("NAME", ["ROLLE"]),
      ("NAME", ["Amari Jade", "Ferguson"]), ("MRN", ["PMH-N-25-11827"]), ("ID", ["NP/2025/41873"]),
      ("DATE", ["24/11/2025"]), ("DATE", ["20/01/2026"]), ("NAME", ["Shantell", "Rolle"]), ("ID", ["30518274"]),
      ("ADDRESS", ["Cockburn Street"]), ("LOCATION", ["Fox Hill"]), ("PHONE", ["(242) 555-7184"]),
      ("NAME", ["Dwayne", "Ferguson"]), ("LOCATION", ["Gregory Town"]), ("LOCATION", ["Eleuthera"]),
      ("PHONE", ["(242) 555-3062"]), ("HOSPITAL", ["Fleming Street Clinic"]),
      ("NAME", ["Neville", "Sands-Cartwright"]), ("DATE", ["06/01/2026"]), ("SERIAL", ["HB4182R"]),
      ("DATE", ["27/01/2026"]), ("DATE", ["10/02/2026"]), ("DATE", ["03/02/2026"]),
      ("NAME", ["Latoya", "Knowles-Bethel"]), ("LICENCE", ["1827"])],
     ["GA 29+3 weeks", "Apgar 5 and 8", "pre-eclampsia", "MgSO4 for neuroprotection", "Curosurf 200 mg/kg",
      "Apnoea of prematurity", "caffeine citrate 20 mg/kg", "Klebsiella pneumoniae", "peak SBR 198 µmol/L",
      "ROP stage 1, zone II", "germinal matrix haemorrhage", "Similac NeoSure", "Kangaroo care"]),

    # 38 - Ireland, Cork (Douglas): community pharmacy supervised opioid substitution record, short
    ("Supervised OST record, Cork: Jason O'Callaghan-Twomey - methadone 1 mg/mL, 85 mg daily supervised; prescriber "
     "Dr Barry Lucey, Arbour House, 021 496 8418.\n"
     "Missed 3 consecutive doses (12-14/02/2026) - not dosed today, 15/02/2026, per protocol; Dr Lucey informed by "
     "phone: restart at 50 mg tomorrow, then review. Last ECG QTc 462 ms.\n"
     "Pharmacist: Niamh Ó Cróinín, Douglas Village Pharmacy | PSI 418273",
     [("LOCATION", ["Cork"]), ("NAME", ["Jason", "O'Callaghan-Twomey"]), ("NAME", ["Barry", "Lucey"]),
      ("HOSPITAL", ["Arbour House"]), ("PHONE", ["021 496 8418"]), ("DATE", ["12-14/02/2026"]),
      ("DATE", ["15/02/2026"]), ("NAME", ["Niamh", "Ó Cróinín"]), ("HOSPITAL", ["Douglas Village Pharmacy"]),
      ("LICENCE", ["418273"])],
     ["OST", "methadone 1 mg/mL", "85 mg daily supervised", "Missed 3 consecutive doses", "QTc 462 ms"]),

    # 39 - England, West Midlands (Birmingham): discharge summary with medicines reconciliation, adrenal crisis
    ("University Hospitals Birmingham NHS Foundation Trust - Heartlands Hospital\n"
     "Bordesley Green East, Birmingham B9 5SS | Ward 15 (Acute Medicine) 0121 496 0615\n"
     "DISCHARGE SUMMARY AND MEDICINES RECONCILIATION\n"
     "Patient: Mr Tariq Mahmood Rashid | 64 M | DOB 17/12/1961 | NHS 728 104 5530 | MRN HH4182731\n"
     "Address: 118 Alum Rock Road, Saltley, Birmingham B8 1HZ | Tel 07700 900 633 | Language: Urdu (his son, Mr Usman "
     "Rashid, interprets)\n"
     "Admitted 08/02/2026 via ED | Discharged 13/02/2026 | Consultant: Dr Helena Stavrakis-Bloom (Endocrinology)\n"
     "Diagnosis: Adrenal (Addisonian) crisis precipitated by gastroenteritis, in primary adrenal insufficiency "
     "(Addison's disease, 21-hydroxylase antibody positive, diagnosed 2023).\n"
     "Presentation: 2 days of vomiting and diarrhoea after a family wedding in Sparkhill; could not keep his "
     "hydrocortisone down and did not double it. BP 78/40, Na 124 mmol/L, K 5.9 mmol/L, glucose 3.4 mmol/L, "
     "creatinine 168 µmol/L.\n"
     "Treatment: hydrocortisone 100 mg IV stat, then 50 mg IV QDS; 0.9% saline 4 L over 24 h; antiemetics. Double-dose "
     "oral hydrocortisone from day 3, usual dose from day 5. Na 137, creatinine 84 at discharge.\n"
     "Medicines reconciliation (Mr Kamran Siddiqui-Blake, ward pharmacist, with the patient, his son and the GP "
     "record):\n"
     "- Hydrocortisone 10 mg on waking, 5 mg at noon, 5 mg at 16:00 - unchanged\n"
     "- Fludrocortisone 100 micrograms OD - INCREASED from 50 micrograms (postural drop, high renin)\n"
     "- Metformin 500 mg BD - withheld during admission, restarted\n"
     "- Atorvastatin 20 mg ON - unchanged\n"
     "- Hydrocortisone 100 mg/1 mL emergency injection kit (Solu-Cortef) - NEW, son taught to give it IM\n"
     "Sick day rules explained in Urdu and English; NHS Steroid Emergency Card issued and photographed on his phone; "
     "MedicAlert bracelet advised.\n"
     "Follow-up: endocrine clinic in 6 weeks (Sister Imelda Quayle, endocrine specialist nurse, 0121 496 0742); U&E "
     "at the GP in 1 week.\n"
     "cc: Dr Yasmin Ashraf-Lowe, Washwood Heath Medical Centre, 9 Washwood Heath Road, B8 1RN; Alum Rock Pharmacy "
     "(nominated pharmacy, alumrock.pharmacy@nhs.net); patient.\n"
     "Completed by: Dr Oluwatobi Adeyemi-Rhodes, FY2 | GMC 7730418",
     [("HOSPITAL", ["University Hospitals Birmingham NHS Foundation Trust"]), ("HOSPITAL", ["Heartlands Hospital"]),
      ("ADDRESS", ["Bordesley Green East"]), ("LOCATION", ["Birmingham"]), ("POSTCODE", ["B9 5SS"]),
      ("PHONE", ["0121 496 0615"]), ("NAME", ["Tariq Mahmood", "Rashid"]), ("DATE", ["17/12/1961"]),
      ("ID", ["728 104 5530"]), ("MRN", ["HH4182731"]), ("ADDRESS", ["118 Alum Rock Road"]), ("LOCATION", ["Saltley"]),
      ("POSTCODE", ["B8 1HZ"]), ("PHONE", ["07700 900 633"]), ("NAME", ["Usman", "Rashid"]), ("DATE", ["08/02/2026"]),
      ("DATE", ["13/02/2026"]), ("NAME", ["Helena", "Stavrakis-Bloom"]), ("LOCATION", ["Sparkhill"]),
      ("NAME", ["Kamran", "Siddiqui-Blake"]), ("NAME", ["Imelda", "Quayle"]), ("PHONE", ["0121 496 0742"]),
      ("NAME", ["Yasmin", "Ashraf-Lowe"]), ("HOSPITAL", ["Washwood Heath Medical Centre"]),
      ("ADDRESS", ["9 Washwood Heath Road"]), ("POSTCODE", ["B8 1RN"]), ("HOSPITAL", ["Alum Rock Pharmacy"]),
      ("EMAIL", ["alumrock.pharmacy@nhs.net"]), ("NAME", ["Oluwatobi", "Adeyemi-Rhodes"]), ("LICENCE", ["7730418"])],
     ["Adrenal (Addisonian) crisis", "primary adrenal insufficiency", "Addison's disease",
      "21-hydroxylase antibody positive", "Na 124 mmol/L", "K 5.9 mmol/L", "hydrocortisone 100 mg IV stat",
      "Fludrocortisone 100 micrograms OD", "Solu-Cortef", "Sick day rules", "NHS Steroid Emergency Card",
      "MedicAlert bracelet"]),
]
