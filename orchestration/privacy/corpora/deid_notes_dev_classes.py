"""More DEV notes (third round of issue 14), one or two failure classes each, written before the rules for them.

The classes are the ones HELD-OUT 2 showed leaking: given names that are also everyday words, names with
no list behind them in a staff-role or age slot, sign-offs with an initial, nicknames in brackets or quotes,
a relative word opening a sentence, hospitals named without a facility word, schools and named farms,
Australian and New Zealand localities with a state and postcode, handles with no @ or label, and New
Zealand NHI numbers. The people, places and phrasings are new: none is taken from a held-out note, so the
held-out sets still measure how far the rules reach. Same format as :mod:`deid_notes_dev`.
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

CLASS_NOTES: list[Note] = [
    ("Rosie Harkness, 23, attended with her boyfriend. Anaphylaxis to peanut: adrenaline 0.5 mg IM x2, "
     "tryptase 31 ug/L at 1 h. Observed 6 hours. Ward clerk Blessing Okorie booked the allergy clinic. "
     "Handover from charge nurse Tegan Pryce-Jones.",
     [("NAME", ["Rosie", "Harkness"]), ("NAME", ["Blessing", "Okorie"]), ("NAME", ["Tegan", "Pryce-Jones"])],
     ["Anaphylaxis to peanut", "adrenaline 0.5 mg IM x2", "tryptase 31 ug/L"]),
    ("Chuck Delahunty, 67, ex-miner, on home oxygen 2 L/min for COPD (FEV1 0.9 L, 34% predicted). "
     "Spirometry repeated by respiratory physiologist Aoife Brannigan. Son Desmond drives him to clinic.",
     [("NAME", ["Chuck", "Delahunty"]), ("NAME", ["Aoife", "Brannigan"]), ("NAME", ["Desmond"])],
     ["home oxygen 2 L/min", "FEV1 0.9 L, 34% predicted", "Spirometry repeated"]),
    ("Clinic letter. Diagnosis: ulcerative colitis, Mayo score 2. Mesalazine 4.8 g daily. Faecal "
     "calprotectin 410 ug/g. Dictated but not checked.\nSigned, R. Oyelaran-Pike, Gastroenterology StR",
     [("NAME", ["Oyelaran-Pike"])],
     ["ulcerative colitis, Mayo score 2", "Mesalazine 4.8 g daily", "Faecal calprotectin 410 ug/g"]),
    ("Theodora (Teddie) Vasquez-Holm, 8, seen with mum. Kawasaki disease day 6: fever, conjunctivitis, "
     "strawberry tongue. IVIG 2 g/kg and aspirin started. Echo: no coronary aneurysm. She likes to be "
     "called 'Teds' on the ward.",
     [("NAME", ["Theodora", "Teddie", "Vasquez-Holm"]), ("NAME", ["Teds"])],
     ["Kawasaki disease", "IVIG 2 g/kg", "strawberry tongue", "no coronary aneurysm"]),
    ("Falls clinic. Mrs Imelda Fairbrother, 88, two falls in a month. Lying/standing BP 148/82 to 121/70. "
     "Timed Up and Go 19 s. Daughter Jocasta Fairbrother-Reid lives nearby. Brother Lorcan phones daily.",
     [("NAME", ["Imelda", "Fairbrother"]), ("NAME", ["Jocasta", "Fairbrother-Reid"]), ("NAME", ["Lorcan"])],
     ["Lying/standing BP 148/82 to 121/70", "Timed Up and Go 19 s", "two falls"]),
    ("Transfer letter. Stepped down from ITU at Pinderfields to our ward. Originally taken by ambulance to "
     "Airedale A&E with a STEMI; PCI at the Royal Brompton. Troponin T 2,400 ng/L. Ticagrelor 90 mg BD.",
     [("HOSPITAL", ["Pinderfields"]), ("HOSPITAL", ["Airedale"]), ("HOSPITAL", ["Royal Brompton"])],
     ["STEMI", "Troponin T 2,400 ng/L", "Ticagrelor 90 mg BD", "PCI"]),
    ("Referring hospital: Dewsbury District. Receiving unit: Ward 9, neurosurgery. Subarachnoid haemorrhage, "
     "WFNS grade 2, Fisher grade 3. Nimodipine 60 mg 4-hourly. Transferred to Queen Elizabeth University "
     "Hospital Govan for coiling.",
     [("HOSPITAL", ["Dewsbury"]), ("LOCATION", ["Govan"])],
     ["WFNS grade 2", "Fisher grade 3", "Nimodipine 60 mg 4-hourly", "Subarachnoid haemorrhage"]),
    ("School nurse referral: Kaiden Moorcroft, 14, Year 9 at Thornleigh High School, asthma with 3 courses "
     "of prednisolone this year. Lives on Sandyhurst Farm, Eppleby, with grandparents. Salbutamol use "
     "daily; ACT score 14.",
     [("NAME", ["Kaiden", "Moorcroft"]), ("LOCATION", ["Thornleigh"]), ("ADDRESS", ["Sandyhurst Farm"]),
      ("LOCATION", ["Eppleby"])],
     ["3 courses of prednisolone", "ACT score 14", "Salbutamol use daily"]),
    ("Address: Unit 7, 19 Banksia Cct, Mandurah WA 6210. Phone 08 9581 4420. Patient Jarrah Whitlam, 44, "
     "type 2 diabetes, HbA1c 9.1%. Moved from Toowoomba QLD 4350 last year. GP in Wagga Wagga NSW 2650 "
     "before that.",
     [("ADDRESS", ["Banksia Cct"]), ("LOCATION", ["Mandurah"]), ("POSTCODE", ["6210"]),
      ("PHONE", ["08 9581 4420"]), ("NAME", ["Jarrah", "Whitlam"]), ("LOCATION", ["Toowoomba"]),
      ("POSTCODE", ["4350"]), ("LOCATION", ["Wagga Wagga"]), ("POSTCODE", ["2650"])],
     ["type 2 diabetes", "HbA1c 9.1%"]),
    ("NZ discharge. Hemi Tautahi, NHI PRK8823, 61. Cellulitis right leg, flucloxacillin 1 g QDS IV then oral. "
     "Lives in Whakatane. Daughter Mere collects him. Previous NHI on file: KDT2190.",
     [("NAME", ["Hemi", "Tautahi"]), ("ID", ["PRK8823"]), ("LOCATION", ["Whakatane"]), ("NAME", ["Mere"]),
      ("ID", ["KDT2190"])],
     ["Cellulitis right leg", "flucloxacillin 1 g QDS IV"]),
    ("Safeguarding. Mia-Rose Penhallow, 15, disclosed contact with an adult via Snapchat (tinyrosie_x) "
     "and on Discord as moonlitfox22. Her mother posts on a Facebook page called penhallowbakes. "
     "Police informed; strategy meeting booked.",
     [("NAME", ["Mia-Rose", "Penhallow"]), ("HANDLE", ["tinyrosie_x"]), ("HANDLE", ["moonlitfox22"]),
      ("HANDLE", ["penhallowbakes"])],
     ["strategy meeting booked"]),
    ("Psychiatry. Bernadette Quigley, 52, low mood since her husband died. PHQ-9 21. Sertraline 50 mg. "
     "Seen with CPN Marcus Oduya; GP is Dr Lindqvist. Sister Philomena lives in Portstewart. Fred, her "
     "neighbour, has a key. Will review in 4 weeks.",
     [("NAME", ["Bernadette", "Quigley"]), ("NAME", ["Marcus", "Oduya"]), ("NAME", ["Lindqvist"]),
      ("NAME", ["Philomena"]), ("LOCATION", ["Portstewart"]), ("NAME", ["Fred"])],
     ["PHQ-9 21", "Sertraline 50 mg", "Will review in 4 weeks."]),
    ("Vascular. Critical limb ischaemia, ABPI 0.38, Rutherford category 5. Angioplasty of the SFA planned. "
     "Bell's palsy in 2019. Frank pus from the 2nd toe. Grace period for the statin trial has passed. "
     "Mark the site on the left leg. Graves disease treated with radioiodine. Stage IIIb Fontaine.",
     [],
     ["ABPI 0.38", "Rutherford category 5", "Bell's palsy", "Frank pus", "Grace period", "Mark the site",
      "Graves disease", "Fontaine", "Critical limb ischaemia"]),
    ("Patient Summer-Lee Oakden, 29, G2P1, booking at 11 weeks. Precious metal allergy (nickel). Penny, "
     "the community midwife, arranged the scan. Partner: Kofi Mensah-Adjei. Booking hospital: Calderdale.",
     [("NAME", ["Summer-Lee", "Oakden"]), ("NAME", ["Penny"]), ("NAME", ["Kofi", "Mensah-Adjei"]),
      ("HOSPITAL", ["Calderdale"])],
     ["Precious metal allergy", "booking at 11 weeks", "G2P1"]),
]

# Other Englishes and scripts: Indian, Nigerian, Canadian and Irish conventions (relations written S/o and W/o,
# honorifics, PIN codes, Eircodes, Canadian postal codes, Aadhaar), and Russian and Hindi notes.
WORLD_NOTES: list[Note] = [
    ("OPD slip. Name: Mr. Venkatesh Iyer S/o Late Subramanian Iyer, 58 yrs, r/o 14 Gandhi Nagar, Adyar, "
     "Chennai - 600020. Mob: 98401 22736. UHID 2024/118839. Aadhaar 4521 8890 1276. Known case of T2DM, "
     "HbA1c 8.9%. Glimepiride 2 mg OD. Attendant: Smt. Lakshmi Iyer (wife).",
     [("NAME", ["Venkatesh", "Iyer"]), ("NAME", ["Subramanian"]), ("ADDRESS", ["Gandhi Nagar"]), ("LOCATION", ["Adyar"]),
      ("POSTCODE", ["600020"]), ("PHONE", ["98401 22736"]), ("MRN", ["2024/118839"]), ("ID", ["4521 8890 1276"]),
      ("NAME", ["Lakshmi"])],
     ["HbA1c 8.9%", "Glimepiride 2 mg OD", "T2DM"]),
    ("Referral from General Hospital Ikeja. Chief Adewale Ogunbiyi, 71, hypertensive emergency: BP 230/130. "
     "Amlodipine 10 mg, lisinopril 20 mg. Lives in Surulere, Lagos State. Son Engr. Tunde Ogunbiyi, 0803 418 "
     "2290, will pay. Seen by Alhaji Musa Danjuma, resident doctor.",
     [("LOCATION", ["Ikeja"]), ("NAME", ["Adewale", "Ogunbiyi"]), ("LOCATION", ["Surulere"]),
      ("NAME", ["Tunde"]), ("PHONE", ["0803 418 2290"]), ("NAME", ["Musa", "Danjuma"])],
     ["hypertensive emergency", "BP 230/130", "Amlodipine 10 mg", "lisinopril 20 mg"]),
    ("ED note, Kingston General. Pt Mathieu Tremblay-Gagnon, 33, OHIP 5584-221-907-KT. Renal colic, 6 mm "
     "stone on CT KUB. Ketorolac 15 mg IV. Address 88 Princess St, Kingston ON K7L 1A6. Partner Genevieve.",
     [("NAME", ["Mathieu", "Tremblay-Gagnon"]), ("ID", ["5584-221-907-KT"]), ("ADDRESS", ["Princess St"]),
      ("POSTCODE", ["K7L 1A6"]), ("NAME", ["Genevieve"])],
     ["Renal colic", "6 mm stone on CT KUB", "Ketorolac 15 mg IV"]),
    ("GP letter, Ballinasloe. Re: Mairead Ni Fhloinn, PPSN 7719402KA, Eircode H53 X2F7. Coeliac disease "
     "confirmed, tTG-IgA 128 U/mL. Gluten-free diet; dietitian Orla Kavanagh to see her.",
     [("LOCATION", ["Ballinasloe"]), ("NAME", ["Mairead", "Fhloinn"]), ("ID", ["7719402KA"]),
      ("POSTCODE", ["H53 X2F7"]), ("NAME", ["Orla", "Kavanagh"])],
     ["Coeliac disease", "tTG-IgA 128 U/mL", "Gluten-free diet"]),
    ("Выписка. Пациент Кузнецов Андрей Петрович, 67 лет. Диагноз: ИБС, стенокардия напряжения II ФК. "
     "Бисопролол 5 мг. Проживает: г. Екатеринбург, ул. Малышева, д. 12, кв. 40. Тел. +7 (912) 604-33-18. "
     "Лечащий врач Соколова Е. В. Дочь Ирина навещает.",
     [("NAME", ["Кузнецов", "Андрей", "Петрович"]), ("LOCATION", ["Екатеринбург"]), ("ADDRESS", ["Малышева"]),
      ("PHONE", ["604-33-18"]), ("NAME", ["Соколова"]), ("NAME", ["Ирина"])],
     ["ИБС", "стенокардия напряжения II ФК", "Бисопролол 5 мг"]),
    ("रोगी का नाम: रमेश कुमार यादव, उम्र 45 वर्ष। निवासी ग्राम बिसरख, जिला गौतम बुद्ध नगर। पत्नी सुनीता देवी साथ में। "
     "बुखार 5 दिन, डेंगू NS1 पॉजिटिव, प्लेटलेट 48,000। मोबाइल 97180 44521। डॉ. अनिल मेहरा ने देखा।",
     [("NAME", ["रमेश", "यादव"]), ("LOCATION", ["बिसरख"]), ("NAME", ["सुनीता"]), ("PHONE", ["97180 44521"]),
      ("NAME", ["अनिल", "मेहरा"])],
     ["डेंगू NS1 पॉजिटिव", "प्लेटलेट 48,000", "बुखार 5 दिन"]),
]
