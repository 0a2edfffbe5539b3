"""The third part of the eighth HELD-OUT note set (:mod:`deid_notes_heldout8`, whose docstring says how it was
written and how to use it), kept in its own file only for length.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.deid_heldout import Note

NOTES: list[Note] = [
    ("المريض: عبد الرحيم يوسف الزعبي، 64 سنة، رقم الملف الطبي 2290174، الرقم الوطني 9601028833. العنوان: شارع "
     "الملك عبدالله الثاني، عمارة 15، الطفيلة. راجع مستشفى الطفيلة الحكومي بسبب ألم في البطن ويرقان. التصوير: حصوات في "
     "القناة الصفراوية. التشخيص: التهاب الأقنية الصفراوية. هاتف الابن مازن: ‎+962 79 551 8043. الطبيب المعالج: د. "
     "ريم الرواشدة.",
     [("NAME", ["عبد الرحيم", "الزعبي"]), ("MRN", ["2290174"]), ("ID", ["9601028833"]),
      ("ADDRESS", ["شارع الملك عبدالله الثاني، عمارة 15"]), ("LOCATION", ["الطفيلة"]),
      ("HOSPITAL", ["مستشفى الطفيلة الحكومي"]), ("NAME", ["مازن"]), ("PHONE", ["+962 79 551 8043"]),
      ("NAME", ["ريم", "الرواشدة"])],
     ["ألم في البطن ويرقان", "حصوات في القناة الصفراوية", "التهاب الأقنية الصفراوية"]),
    ("病人姓名：鄺淑芬　性別：女　年齡：68歲\n身份證號碼：K482190(3)　病歷號：HN09117452\n地址：新界大埔廣福道88號"
     "富雅花園5座12樓C室\n主訴：右側肢體無力及言語不清3小時。CT：左側基底節出血約18 ml。診斷：高血壓性腦出血。"
     "入住雅麗氏何妙齡那打素醫院神經外科。緊急聯絡人：丈夫黎志強，電話 9461 2087。主診醫生：溫家俊醫生",
     [("NAME", ["鄺淑芬"]), ("ID", ["K482190(3)"]), ("MRN", ["HN09117452"]), ("LOCATION", ["大埔"]),
      ("ADDRESS", ["廣福道88號富雅花園5座12樓C室"]), ("HOSPITAL", ["雅麗氏何妙齡那打素醫院"]), ("NAME", ["黎志強"]),
      ("PHONE", ["9461 2087"]), ("NAME", ["溫家俊"])],
     ["右側肢體無力及言語不清3小時", "左側基底節出血約18 ml", "高血壓性腦出血"]),
    ("Η κα Ασπασία Τσολακίδου, 91 ετών (γενν. 14/02/1933), κάτοικος Καλαμάτας, οδός Αριστομένους 62, μεταφέρθηκε "
     "από το Γηροκομείο «Άγιος Νικόλαος» Μεσσήνης με πυρετό και βήχα. Ακτινογραφία: πνευμονία δεξιάς βάσης. Έναρξη "
     "κεφτριαξόνης. Ενημερώθηκε ο γιος της Διονύσης, τηλ. +30 6973 408 215. Ιατρός: Γεράσιμος Μαυρομμάτης.",
     [("NAME", ["Ασπασία", "Τσολακίδου"]), ("AGE", ["91 ετών"]), ("DOB90", ["14/02/1933", "1933"]),
      ("LOCATION", ["Καλαμάτας"]), ("ADDRESS", ["Αριστομένους 62"]), ("HOSPITAL", ["Άγιος Νικόλαος"]),
      ("LOCATION", ["Μεσσήνης"]), ("NAME", ["Διονύσης"]), ("PHONE", ["+30 6973 408 215"]),
      ("NAME", ["Γεράσιμος", "Μαυρομμάτης"])],
     ["πυρετό και βήχα", "πνευμονία δεξιάς βάσης", "κεφτριαξόνης"]),
    ("Discharge summary, Dept of Gastroenterology, Christian Medical College Vellore\nName: Mr. Senthilnathan "
     "Arumugam, 46/M, Hosp. No. 418227H, Aadhaar 7309 4418 2059. Address: 3/112, Kamarajar Street, "
     "Gudiyatham, Vellore Dist., Tamil Nadu - 632602. Ph: +91 94433 70218.\nDiagnosis: Wilson disease with "
     "decompensated chronic liver disease (Child-Pugh B, MELD 17). KF rings on slit lamp, serum ceruloplasmin 6 "
     "mg/dL, 24-h urine copper 410 ug. On D-penicillamine and zinc. Siblings to be screened; brother Murugesan "
     "(+91 98421 06654). Consultant: Dr. Thenmozhi Sivagnanam. Reviewed by Dr. Jibin Mathew-Kurian.",
     [("HOSPITAL", ["Christian Medical College Vellore"]), ("NAME", ["Senthilnathan", "Arumugam"]),
      ("MRN", ["418227H"]), ("ID", ["7309 4418 2059"]), ("ADDRESS", ["3/112, Kamarajar Street"]),
      ("LOCATION", ["Gudiyatham"]), ("LOCATION", ["Vellore Dist."]), ("POSTCODE", ["632602"]),
      ("PHONE", ["+91 94433 70218"]), ("NAME", ["Murugesan"]), ("PHONE", ["+91 98421 06654"]),
      ("NAME", ["Thenmozhi", "Sivagnanam"]), ("NAME", ["Jibin", "Mathew-Kurian"])],
     ["Wilson disease with decompensated chronic liver disease", "Child-Pugh B, MELD 17", "KF rings on slit lamp",
      "D-penicillamine and zinc"]),
    ("Obs & Gynae - Federal Medical Centre, Abeokuta. 14/01/2025\nMrs Kehinde Adetokunbo-Sowemimo, 29, G3P2, hosp "
     "no FMCA/OG/25/0042. Lives at Plot 7, Oke-Ilewo, Abeokuta, Ogun State. BP 168/112, proteinuria 3+, headache, "
     "visual blurring at 35/40 -> severe pre-eclampsia. MgSO4 (Pritchard regimen) started, labetalol, for delivery. "
     "Husband Mr Akintunde Sowemimo, +234 803 552 1946, email k.sowemimo@yahoo.com. Booked at Sacred Heart Hospital, "
     "Lantoro. Registrar Dr Ayotunde Fashola-Briggs.",
     [("HOSPITAL", ["Federal Medical Centre"]), ("LOCATION", ["Abeokuta"]), ("DATE", ["14/01/2025"]),
      ("NAME", ["Kehinde", "Adetokunbo-Sowemimo"]), ("MRN", ["FMCA/OG/25/0042"]), ("ADDRESS", ["Plot 7, Oke-Ilewo"]),
      ("LOCATION", ["Ogun State"]), ("NAME", ["Akintunde", "Sowemimo"]), ("PHONE", ["+234 803 552 1946"]),
      ("EMAIL", ["k.sowemimo@yahoo.com"]), ("HOSPITAL", ["Sacred Heart Hospital"]), ("LOCATION", ["Lantoro"]),
      ("NAME", ["Ayotunde", "Fashola-Briggs"])],
     ["proteinuria 3+", "severe pre-eclampsia", "MgSO4 (Pritchard regimen)", "labetalol, for delivery"]),
    ("IT/clinical incident note: the infusion pump (Alaris 8100, asset tag BMC-IP-30417, serial 800244917) on "
     "Bed 9, Ward Ocean, Broomfield Hospital lost its connection to the server at 10.48.112.23 and the dose library "
     "did not update. Patient Mr Tancred Quaife (MRN BRM2210833) received heparin at 18 mL/h instead of 14 mL/h for "
     "about 2 h; APTT ratio 3.9 -> paused 1 h then restarted per protocol. No bleeding. Datix ID 481027 raised by "
     "Sr Afia Adomako-Pryce. Family (daughter Sabrina, sabrina.quaife@gmail.com) informed under duty of candour.",
     [("SERIAL", ["BMC-IP-30417"]), ("SERIAL", ["800244917"]), ("HOSPITAL", ["Broomfield Hospital"]),
      ("IP", ["10.48.112.23"]), ("NAME", ["Tancred", "Quaife"]), ("MRN", ["BRM2210833"]), ("ID", ["481027"]),
      ("NAME", ["Afia", "Adomako-Pryce"]), ("NAME", ["Sabrina"]), ("EMAIL", ["sabrina.quaife@gmail.com"])],
     ["Alaris 8100", "heparin at 18 mL/h instead of 14 mL/h", "APTT ratio 3.9", "No bleeding", "duty of candour"]),
    ("Patient portal message (received 02/03/2025 21:14 from IP 73.162.48.205):\n\"hi its Brayden Kowalczyk-Dunn "
     "(dob 6/11/99) - my Dexcom G7 keeps losing signal and my sugars were 40s last night. also can u send my "
     "Humalog rx to the CVS on Lakeview Ave in Ravenna instead. u can text me at 330-555-0114 or my instagram "
     "@brayden.kd_. thx\"\nReply by RN Maricela Quintanilla-Hart: advised glucagon at home, CGM troubleshooting, "
     "script moved. Portal user: bkdunn99.",
     [("DATE", ["02/03/2025"]), ("IP", ["73.162.48.205"]), ("NAME", ["Brayden", "Kowalczyk-Dunn"]),
      ("DATE", ["6/11/99"]), ("ADDRESS", ["Lakeview Ave"]), ("LOCATION", ["Ravenna"]), ("PHONE", ["330-555-0114"]),
      ("HANDLE", ["brayden.kd_"]), ("NAME", ["Maricela", "Quintanilla-Hart"]), ("HANDLE", ["bkdunn99"])],
     ["Dexcom G7 keeps losing signal", "Humalog rx", "advised glucagon at home", "CGM troubleshooting"]),
    ("Firearms licensing - medical information request (reply)\nTo: Firearms Licensing Unit, Dyfed-Powys Police\n"
     "Re: Mr Idris Pumphrey-Lloyd, DOB 27/08/1961, certificate no. FAC/DP/08814 (shotgun SGC 22/1183). Address: "
     "Penlan Farm, Cwmann, Lampeter SA48 8DU.\nI confirm no history of mental illness, dementia, epilepsy or "
     "substance misuse. He has hypertension and Dupuytren's contracture of the L hand (not affecting grip). "
     "Signed: Dr Branwen Hopcyn-Eddy, Lampeter Medical Practice, GMC 6119024, 20/01/2025.",
     [("HOSPITAL", ["Dyfed-Powys Police"]), ("NAME", ["Idris", "Pumphrey-Lloyd"]), ("DATE", ["27/08/1961"]),
      ("LICENCE", ["FAC/DP/08814"]), ("LICENCE", ["SGC 22/1183"]), ("ADDRESS", ["Penlan Farm"]),
      ("LOCATION", ["Cwmann"]), ("LOCATION", ["Lampeter"]), ("POSTCODE", ["SA48 8DU"]),
      ("NAME", ["Branwen", "Hopcyn-Eddy"]), ("HOSPITAL", ["Lampeter Medical Practice"]), ("LICENCE", ["GMC 6119024"]),
      ("DATE", ["20/01/2025"])],
     ["no history of mental illness, dementia, epilepsy", "Dupuytren's contracture of the L hand"]),
    ("ward rnd - 4W - AM\nbed 22 - Clementine Bracegirdle 44F - d3 acute panc (Atlanta: moderately severe, "
     "transient organ failure <48h), gallstone. lipase 3400 on adm. now eating. plan lap chole same admission "
     "(Mr Quarshie list thurs). LFTs downtrending. husb Hiram asking re sick note for work (Airbus Broughton). "
     "d/w sis Honoria 07723 604 119. TTO: none new.\n- KO (FY1) for Dr Steinhauer-Mensah",
     [("NAME", ["Clementine", "Bracegirdle"]), ("NAME", ["Quarshie"]), ("NAME", ["Hiram"]),
      ("LOCATION", ["Airbus Broughton"]), ("NAME", ["Honoria"]), ("PHONE", ["07723 604 119"]), ("NAME", ["KO"]),
      ("NAME", ["Steinhauer-Mensah"])],
     ["acute panc (Atlanta: moderately severe", "transient organ failure <48h", "lipase 3400 on adm",
      "plan lap chole same admission", "LFTs downtrending"]),
    ("Endoscopy report - Waikato Hospital, Hamilton\nPatient: Hoani Te Huia-Blackwood  NHI: CQU1441  DOB: "
     "02-Oct-1969\nIndication: reflux, dysphagia. Findings: LA grade C oesophagitis (Los Angeles classification), "
     "8 cm hiatus hernia, no Barrett's. Biopsies x4 taken from the lower oesophagus to exclude EoE. H. pylori CLO "
     "negative. Plan: PPI double dose 8 weeks, repeat OGD. Endoscopist: Dr Robyn-Lee Ashbolt. Nurse: Matiu. Lives "
     "Ngāruawāhia, mob 021 904 3377.",
     [("HOSPITAL", ["Waikato Hospital"]), ("LOCATION", ["Hamilton"]), ("NAME", ["Hoani", "Te Huia-Blackwood"]),
      ("ID", ["CQU1441"]), ("DATE", ["02-Oct-1969"]), ("NAME", ["Robyn-Lee", "Ashbolt"]), ("NAME", ["Matiu"]),
      ("LOCATION", ["Ngāruawāhia"]), ("PHONE", ["021 904 3377"])],
     ["LA grade C oesophagitis (Los Angeles classification)", "8 cm hiatus hernia, no Barrett's",
      "H. pylori CLO negative", "PPI double dose 8 weeks"]),
]
