"""Notes 20-39 of the thirty-eighth HELD-OUT set (see :mod:`deid_notes_heldout38` for how it was written and what it
holds).

These 20 notes hold 573 planted identifier parts in 462 (kind, parts) entries and 181 clinical strings (180 distinct).
Positions below are those in the combined ``NOTES``. In English: 21, a radiotherapy planning note (Namibia); 23, a port
health suspected case and quarantine order form (Vanuatu); 25, an upper GI cancer MDT outcome form (Western Isles); 27,
a clinical trial serious adverse event report (Malawi); 29, a home oxygen order form (Isles of Scilly); 31, a neonatal
transfer letter (Belize); 33, a suspected transfusion reaction investigation report (Tobago); 34, an obstetric epidural
record (Guernsey); 35, a medical examiner's scrutiny record for a woman who died aged 96 (Lincolnshire); 36, a diabetic
retinopathy grading report (Guyana); 37, aviation medical examiner notes (Alaska); 38, a hospital chaplain's spiritual
care note (Eastern Cape); 39, a premarital thalassaemia screening counselling letter (Maldives). In Amharic: 20, a
trachomatous trichiasis surgery record with Ethiopian-calendar dates (Lalibela). In Mongolian (Cyrillic): 22, a
brucellosis case investigation form (Khövsgöl). In Polish: 24, a medical certificate of fitness to drive (Bieszczady).
In Portuguese: 26, a malaria case notification form (Amazonas). In Indonesian: 28, a midwife's labour referral letter
with the hospital's reply (Flores). In Swahili: 30, a cholera treatment centre line list (Kigoma). In Italian: 32, a
certificate of fitness for competitive sport (Sardinia). Entries per kind here: NAME 109, DATE 87, LOCATION 82, ID 44,
HOSPITAL 40, PHONE 28, ADDRESS 22, LICENCE 13, POSTCODE 11, MRN 9, PLATE 6, SERIAL 3, EMAIL 2, URL 2, AGE 2, CODE 1,
IP 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Ethiopia, Amhara (Lasta woreda, Lalibela): trachomatous trichiasis surgery record, in Amharic
    ("በአማራ ክልል ጤና ቢሮ — ላሊበላ ሆስፒታል\n"
     "የትራኮማ ትሪኪያሲስ (TT) ቀዶ ሕክምና መመዝገቢያ ቅጽ\n"
     "የካርድ ቁጥር: 041827 | ቀን: መስከረም 12 ቀን 2018 ዓ.ም.\n"
     "የታካሚ ስም: ወ/ሮ አልማዝ ተስፋዬ ወልዴ | ዕድሜ: 52 | ጾታ: ሴት\n"
     "አድራሻ: ላስታ ወረዳ፣ ሸምሸሃ ቀበሌ፣ ጎጥ: ደብረ ሰላም | ስልክ: 0911 41 82 73 (የልጅ ልጅ ሄኖክ)\n"
     "ባለቤት: አቶ ካሳሁን በላይ (አርሶ አደር)\n"
     "የቀበሌ መታወቂያ ቁጥር: ሸም/03/4182\n"
     "የዐይን ምርመራ (WHO simplified grading):\n"
     "ቀኝ ዓይን: TT — 6 ሽፋሽፍቶች ኮርኒያን ይነካሉ፣ TS (tarsal scarring) አለ፣ CO የለም። የዕይታ ችሎታ 6/18።\n"
     "ግራ ዓይን: TT — 2 ሽፋሽፍቶች፣ ቀደም ሲል በወረንጦ ትነቅል ነበር (epilation)። የዕይታ ችሎታ 6/12።\n"
     "ቀዶ ሕክምና: ቀኝ ዓይን — BLTR (bilamellar tarsal rotation)፣ በ 2% lidocaine with adrenaline የአካባቢ ማደንዘዣ፣ "
     "3 everting sutures (5/0)። ችግር አልገጠመም።\n"
     "ከቀዶ ሕክምና በኋላ: Azithromycin 1 ግራም በአፍ አንድ ጊዜ (SAFE strategy)፣ tetracycline eye ointment 1% በቀን 2 ጊዜ "
     "ለ 2 ሳምንት። ፊትን በንጹህ ውሃ መታጠብ ተመክሯል።\n"
     "ግራ ዓይን: ለቀጣይ ቀጠሮ (የ epilation ምክር ተሰጥቷል)።\n"
     "ክትትል: ከ1 ቀን፣ ከ2 ሳምንት እና ከ3–6 ወር በኋላ። ቀጣይ ቀጠሮ: መስከረም 26 ቀን 2018 ዓ.ም. በሸምሸሃ ጤና ኬላ።\n"
     "ቀዶ ሐኪም (IECW): ሲስተር ትዕግስት ገብሬ መኮንን | ረዳት: ነርስ ዮናስ አበበ\n"
     "የታካሚ ፊርማ / የጣት አሻራ: [የጣት አሻራ]",
     [("HOSPITAL", ["ላሊበላ ሆስፒታል"]), ("MRN", ["041827"]), ("DATE", ["መስከረም 12 ቀን 2018 ዓ.ም."]),
      ("NAME", ["አልማዝ", "ተስፋዬ", "ወልዴ"]), ("LOCATION", ["ላስታ ወረዳ"]), ("LOCATION", ["ሸምሸሃ"]),
      ("LOCATION", ["ደብረ ሰላም"]), ("PHONE", ["0911 41 82 73"]), ("NAME", ["ሄኖክ"]), ("NAME", ["ካሳሁን", "በላይ"]),
      ("ID", ["ሸም/03/4182"]), ("DATE", ["መስከረም 26 ቀን 2018 ዓ.ም."]), ("HOSPITAL", ["ሸምሸሃ ጤና ኬላ"]),
      ("NAME", ["ትዕግስት", "ገብሬ", "መኮንን"]), ("NAME", ["ዮናስ", "አበበ"])],
     ["WHO simplified grading", "6/18", "6/12", "BLTR (bilamellar tarsal rotation)", "Azithromycin 1 ግራም",
      "SAFE strategy", "tetracycline eye ointment 1%", "epilation"]),

    # 21 - Namibia (Windhoek; patient from the Zambezi Region): radiotherapy planning note
    ("Ministry of Health and Social Services - Dr A.B. May Cancer Care Centre\n"
     "Windhoek Central Hospital, Harvey Street, Windhoek | Tel +264 61 203 4182\n"
     "RADIOTHERAPY PLANNING NOTE (CT simulation and prescription)\n"
     "Patient: Mrs Inonge Mwilima | F | 51 y | DOB 15/03/1974 | Namibian ID 74031500418 | Hosp. no. WCH 0418273\n"
     "Home: Bukalo village, Zambezi Region (about 1,200 km away) - staying with relatives in Katutura during "
     "treatment | Daughter Nalisa, +264 81 418 2736\n"
     "Diagnosis: squamous cell carcinoma of the cervix, FIGO 2018 stage IIIB (left pelvic side-wall involvement on "
     "MRI 03/10/2025); left hydronephrosis, JJ stent placed at Katima Mulilo State Hospital on 22/09/2025. HIV "
     "positive on TLD, VL < 50, CD4 412.\n"
     "CT simulation 14/10/2025: supine, knee-fix, comfortably-full bladder protocol (500 mL water 30 min before), "
     "3 tattoos (anterior + both laterals), 2.5 mm slices.\n"
     "Volumes: GTV-T, GTV-N (left external iliac node 18 mm); CTV per RTOG consensus; PTV = CTV + 7 mm.\n"
     "Prescription:\n"
     "1) EBRT, 3D-CRT 4-field box, 50 Gy in 25 fractions (2 Gy/#), 5 #/week on the Elekta Synergy, with weekly "
     "cisplatin 40 mg/m2 (max 70 mg).\n"
     "2) HDR brachytherapy 7 Gy x 4 prescribed to point A (Manchester system), tandem and ovoids; aim HR-CTV D90 "
     ">= 85 Gy EQD2.\n"
     "OAR constraints (EQD2, EBRT + brachy): rectum D2cc < 75 Gy, bladder D2cc < 90 Gy, sigmoid D2cc < 75 Gy; "
     "bowel bag V45 < 195 cc.\n"
     "Planned start 27/10/2025; overall treatment time <= 56 days.\n"
     "Consent taken in Silozi through the interpreter, Mr Mubita Sikwibele. Post-menopausal.\n"
     "Radiation oncologist: Dr Ndapewa Shikongo (HPCNA MP 04182) | Physicist: Johannes van Wyk | RTT: Selma "
     "Nghipandulwa",
     [("HOSPITAL", ["Dr A.B. May Cancer Care Centre"]), ("HOSPITAL", ["Windhoek Central Hospital"]),
      ("ADDRESS", ["Harvey Street"]), ("LOCATION", ["Windhoek"]), ("PHONE", ["+264 61 203 4182"]),
      ("NAME", ["Inonge", "Mwilima"]), ("DATE", ["15/03/1974"]), ("ID", ["74031500418"]), ("MRN", ["WCH 0418273"]),
      ("LOCATION", ["Bukalo"]), ("LOCATION", ["Katutura"]), ("NAME", ["Nalisa"]), ("PHONE", ["+264 81 418 2736"]),
      ("DATE", ["03/10/2025"]), ("HOSPITAL", ["Katima Mulilo State Hospital"]), ("DATE", ["22/09/2025"]),
      ("DATE", ["14/10/2025"]), ("DATE", ["27/10/2025"]), ("NAME", ["Mubita", "Sikwibele"]),
      ("NAME", ["Ndapewa", "Shikongo"]), ("LICENCE", ["MP 04182"]), ("NAME", ["Johannes", "van Wyk"]),
      ("NAME", ["Selma", "Nghipandulwa"])],
     ["squamous cell carcinoma of the cervix", "FIGO 2018 stage IIIB", "50 Gy in 25 fractions (2 Gy/#)",
      "weekly cisplatin 40 mg/m2", "HDR brachytherapy 7 Gy x 4", "Manchester system", "RTOG consensus",
      "rectum D2cc < 75 Gy", "Elekta Synergy", "TLD"]),

    # 22 - Mongolia, Khovsgol aimag (Rinchinlkhumbe sum): brucellosis case investigation form, in Mongolian
    ("Хөвсгөл аймгийн Ринчинлхүмбэ сумын Эрүүл мэндийн төв\n"
     "БРУЦЕЛЛЁЗЫН ТОХИОЛДЛЫН ТАНДАН СУДАЛГААНЫ ХУУДАС\n"
     "Бүртгэлийн дугаар: ХВС-РЛ-2025/014 | Огноо: 2025.05.17\n"
     "Овог, нэр: Батбаярын Энхтуяа (Enkhtuya Batbayar) | Нас: 37 | Хүйс: эм\n"
     "Регистрийн дугаар: ШД88051713 | ЭМД-ын дугаар: 520418736\n"
     "Оршин суугаа хаяг: Ринчинлхүмбэ сум, Хорьдол баг, Жигэртийн өвөлжөө (малчин өрх) | Утас: 9941-8273\n"
     "Ажил: малчин. Мал: хонь 180, ямаа 120, үхэр 14. 2025 оны 3-р сард ямаанаас 9 төл хаягдсан; хаягдлыг "
     "бээлийгүй гараар цэвэрлэсэн. Түүхий сүү, ааруул хэрэглэдэг.\n"
     "Өвчин эхэлсэн: 2025.04.20 орчим — долгиолсон халууралт, шөнө хөлрөх, үе мөч өвдөх, ядрах.\n"
     "Үзлэг: T 38.6 °C, элэг +2 см, дэлүү тэмтрэгдэнэ, баруун өвдөгний үе хавантай.\n"
     "Шинжилгээ: Роз Бенгалын сорил эерэг; Райтын урвал 1:320; ЦЕШ: лейкопени 3.1 ×10⁹/л. Цусны өсгөвөр аймгийн "
     "лабораторид илгээсэн (дээж № МӨ-0418).\n"
     "Онош: Цочмог бруцеллёз (A23.0, Brucella melitensis сэжигтэй)\n"
     "Эмчилгээ: доксициклин 100 мг өдөрт 2 удаа 6 долоо хоног + гентамицин 5 мг/кг 7 хоног.\n"
     "Гэр бүлийн гишүүд: нөхөр Ганзоригийн Мөнхбат (40) — Роз Бенгал сөрөг; хүү Мөнхбатын Тэмүүлэн (12) — "
     "шинжилгээ авсан.\n"
     "Мал эмнэлэгт мэдэгдсэн: сумын мал эмнэлгийн эмч Ц. Батсүхэд 2025.05.17-нд (малыг шинжлэх).\n"
     "Илгээсэн: Хөвсгөл аймгийн Нэгдсэн эмнэлэг, Мөрөн — халдварт өвчний тасаг\n"
     "Судалгаа хийсэн эмч: Д. Оюунчимэг (утас 8811-4027)",
     [("HOSPITAL", ["Ринчинлхүмбэ сумын Эрүүл мэндийн төв"]), ("LOCATION", ["Ринчинлхүмбэ"]),
      ("ID", ["ХВС-РЛ-2025/014"]), ("DATE", ["2025.05.17"]),
      ("NAME", ["Батбаярын", "Энхтуяа", "Enkhtuya", "Batbayar"]), ("ID", ["ШД88051713"]), ("ID", ["520418736"]),
      ("LOCATION", ["Хорьдол баг"]), ("ADDRESS", ["Жигэртийн өвөлжөө"]), ("PHONE", ["9941-8273"]),
      ("DATE", ["2025 оны 3-р сард"]), ("DATE", ["2025.04.20"]), ("ID", ["МӨ-0418"]),
      ("NAME", ["Ганзоригийн", "Мөнхбат"]), ("NAME", ["Мөнхбатын", "Тэмүүлэн"]), ("NAME", ["Батсүх"]),
      ("HOSPITAL", ["Хөвсгөл аймгийн Нэгдсэн эмнэлэг"]), ("LOCATION", ["Мөрөн"]), ("NAME", ["Оюунчимэг"]),
      ("PHONE", ["8811-4027"])],
     ["Роз Бенгалын сорил эерэг", "Райтын урвал 1:320", "лейкопени 3.1 ×10⁹/л", "Brucella melitensis", "A23.0",
      "доксициклин 100 мг", "гентамицин 5 мг/кг", "Цочмог бруцеллёз"]),

    # 23 - Vanuatu, Espiritu Santo (Luganville): port health suspected case and quarantine order form
    ("REPUBLIC OF VANUATU - MINISTRY OF HEALTH - PORT HEALTH UNIT, LUGANVILLE (SANTO)\n"
     "PORT HEALTH SUSPECTED CASE / QUARANTINE ORDER FORM\n"
     "Date/time: 17-Oct-2025 07:50 | Form no. PH-SAN-25-041\n"
     "Vessel: MV Kula Pacific (general cargo) | IMO 9418274 | Call sign YJTK7 | Flag: Vanuatu\n"
     "Last port: Lautoka, Fiji (dep. 12-Oct-2025) | Next port: Port Vila\n"
     "Master: Capt. Emilio Sarmiento | Agent: Santo Shipping Services, Main Street, Luganville (Mrs Roselyn Tari, "
     "+678 7418 273)\n"
     "Maritime Declaration of Health: 'any person with fever and rash' answered YES.\n"
     "CASE: Able Seaman Renato Dumalagan | M | 31 y | DOB 21/06/1994 | Philippine passport P4182736B | SIRB "
     "C0418273\n"
     "Fever from 13-Oct; rash from the face downwards since 16-Oct; cough, coryza, conjunctivitis. Koplik spots on "
     "the buccal mucosa. T 39.4 °C, RR 22, SpO2 96%. No vaccination card; thinks he had 'one injection' as a child "
     "in Iloilo.\n"
     "Impression: suspected measles (rubeola).\n"
     "Notified: National Surveillance Unit 08:20 (event assessed against IHR (2005) Annex 2).\n"
     "Specimens: serum for measles IgM and throat swab for PCR (labels PH-041-S, PH-041-T), sent on the afternoon "
     "flight to the Vila Central Hospital laboratory.\n"
     "Actions: FREE PRATIQUE WITHHELD. Case isolated in his cabin on board, reviewed on board by Dr Leah Molisa "
     "(Northern Provincial Hospital); vitamin A 200,000 IU PO daily x 2 days. Crew list 14: MMR given to 9 without "
     "evidence of immunity; shore leave suspended for 21 days after the last exposure; ship to stay at anchor.\n"
     "Port Health Officer: Jimmy Kalsakau | jkalsakau@vanuatu.gov.vu",
     [("LOCATION", ["LUGANVILLE", "Luganville"]), ("LOCATION", ["SANTO"]), ("DATE", ["17-Oct-2025"]),
      ("ID", ["PH-SAN-25-041"]), ("PLATE", ["Kula Pacific"]), ("PLATE", ["9418274"]), ("PLATE", ["YJTK7"]),
      ("LOCATION", ["Lautoka"]), ("DATE", ["12-Oct-2025"]), ("LOCATION", ["Port Vila"]),
      ("NAME", ["Emilio", "Sarmiento"]), ("LOCATION", ["Santo Shipping Services"]), ("ADDRESS", ["Main Street"]),
      ("NAME", ["Roselyn", "Tari"]), ("PHONE", ["+678 7418 273"]), ("NAME", ["Renato", "Dumalagan"]),
      ("DATE", ["21/06/1994"]), ("ID", ["P4182736B"]), ("ID", ["C0418273"]), ("DATE", ["13-Oct"]),
      ("DATE", ["16-Oct"]), ("LOCATION", ["Iloilo"]), ("ID", ["PH-041-S", "PH-041-T"]),
      ("HOSPITAL", ["Vila Central Hospital"]), ("NAME", ["Leah", "Molisa"]),
      ("HOSPITAL", ["Northern Provincial Hospital"]), ("NAME", ["Jimmy", "Kalsakau"]),
      ("EMAIL", ["jkalsakau@vanuatu.gov.vu"])],
     ["Maritime Declaration of Health", "Koplik spots", "suspected measles (rubeola)", "IHR (2005) Annex 2",
      "measles IgM", "vitamin A 200,000 IU PO", "MMR", "FREE PRATIQUE WITHHELD"]),

    # 24 - Poland, Bieszczady (Ustrzyki Dolne): medical certificate of fitness to drive, in Polish
    ("NZOZ „Medicus-Bieszczady” s.c.\n"
     "ul. 29 Listopada 18, 38-700 Ustrzyki Dolne, tel. 13 461 18 27\n"
     "ORZECZENIE LEKARSKIE nr 41/2026\n"
     "o istnieniu lub braku przeciwwskazań zdrowotnych do kierowania pojazdami\n"
     "Na podstawie art. 75 ust. 1 pkt 1 ustawy z dnia 5 stycznia 2011 r. o kierujących pojazdami, po "
     "przeprowadzeniu badania lekarskiego orzekam, że:\n"
     "Pan Zbigniew Wróbel, PESEL 76031404177,\n"
     "zam. Łodyna 27, 38-700 Ustrzyki Dolne,\n"
     "legitymujący się prawem jazdy nr 04182/07/1838 wydanym przez Starostę Bieszczadzkiego,\n"
     "NIE MA PRZECIWWSKAZAŃ ZDROWOTNYCH do kierowania pojazdami w zakresie prawa jazdy kategorii B, C, C+E.\n"
     "Ograniczenia: kod 01.01 (okulary korekcyjne).\n"
     "Termin następnego badania: 09.02.2029 r. (cukrzyca leczona doustnie).\n"
     "Wyniki badań: ostrość wzroku z korekcją OP 1,0, OL 0,8; widzenie barw prawidłowe (tablice Ishihary); pole "
     "widzenia prawidłowe; widzenie zmierzchowe i wrażliwość na olśnienie w normie; RR 138/86 mmHg; skala senności "
     "Epworth 6 pkt; cukrzyca typu 2 leczona metforminą 1000 mg 2 x dz., HbA1c 6,8% (zaświadczenie diabetologa, lek. "
     "Anna Sołtys, z dnia 12.01.2026 r.), bez epizodów ciężkiej hipoglikemii w ostatnich 12 miesiącach.\n"
     "Badanie przeprowadzono na skierowanie pracodawcy: PHU „Bieszczady-Trans” Marek Fedak, Ustjanowa Górna 4.\n"
     "Ustrzyki Dolne, dnia 9 lutego 2026 r.\n"
     "lek. Bożena Żuk-Hnatyszyn, lekarz uprawniony do przeprowadzania badań lekarskich kierowców, nr PWZ 3418273\n"
     "Pouczenie: od orzeczenia przysługuje odwołanie w terminie 14 dni od dnia jego doręczenia, za pośrednictwem "
     "lekarza, do Wojewódzkiego Ośrodka Medycyny Pracy w Rzeszowie.",
     [("HOSPITAL", ["Medicus-Bieszczady"]), ("ADDRESS", ["ul. 29 Listopada 18"]), ("POSTCODE", ["38-700"]),
      ("LOCATION", ["Ustrzyki Dolne"]), ("PHONE", ["13 461 18 27"]), ("ID", ["41/2026"]),
      ("NAME", ["Zbigniew", "Wróbel"]), ("ID", ["76031404177"]), ("ADDRESS", ["Łodyna 27"]),
      ("LICENCE", ["04182/07/1838"]), ("LOCATION", ["Bieszczadzkiego"]), ("DATE", ["09.02.2029"]),
      ("NAME", ["Anna", "Sołtys"]), ("DATE", ["12.01.2026"]), ("LOCATION", ["Bieszczady-Trans"]),
      ("NAME", ["Marek", "Fedak"]), ("ADDRESS", ["Ustjanowa Górna 4"]), ("DATE", ["9 lutego 2026"]),
      ("NAME", ["Bożena", "Żuk-Hnatyszyn"]), ("LICENCE", ["3418273"]),
      ("HOSPITAL", ["Wojewódzkiego Ośrodka Medycyny Pracy w Rzeszowie"])],
     ["ustawy z dnia 5 stycznia 2011 r. o kierujących pojazdami", "kod 01.01", "OP 1,0, OL 0,8", "tablice Ishihary",
      "skala senności Epworth 6 pkt", "cukrzyca typu 2", "metforminą 1000 mg 2 x dz.", "HbA1c 6,8%"]),

    # 25 - Scotland, Western Isles (Ness, Isle of Lewis): upper GI cancer MDT outcome form
    ("NHS Western Isles / NHS Grampian - Upper GI Cancer MDT (video-link)\n"
     "MDT OUTCOME FORM | Meeting: Thursday 15/01/2026 | Chair: Mr Alasdair Stuart-Forbes\n"
     "Patient: Murdo MacIver ('Dokie') | CHI 1203584512 | DOB 12/03/1958 | WIH hosp. no. W041827\n"
     "Address: 14 Cross, Ness, Isle of Lewis HS2 0SN | GP: Dr Tormod Macleod, Ness Health Centre\n"
     "Referred from: Western Isles Hospital, Stornoway (OGD 18/12/2025)\n"
     "Present: ASF (Upper GI surgeon, Aberdeen Royal Infirmary), EAN (radiology), LMG (oncology), KMS (CNS), TQM "
     "(pathology)\n"
     "Summary: 67M, dysphagia to solids for 3 months, 6 kg weight loss, WHO performance status 1. Long-standing "
     "Barrett's oesophagus (surveillance lapsed). OGD: ulcerated tumour 35-40 cm from the incisors, crossing the GOJ. "
     "Histology (WI-25-H4182): moderately differentiated adenocarcinoma, HER2 negative (IHC 1+), MMR proficient, "
     "PD-L1 CPS 3. CT CAP (23/12/2025) and PET-CT (ARI, 08/01/2026): Siewert type II junctional tumour, SUVmax 11.2, "
     "one avid left gastric node, no distant disease. EUS: uT3 N1.\n"
     "Stage: cT3 N1 M0 (TNM 8).\n"
     "MDT OUTCOME:\n"
     "1. Perioperative FLOT x4 cycles, first cycle at the ARI day unit; later cycles locally if the Stornoway "
     "chemotherapy unit can deliver them.\n"
     "2. Restaging CT after cycle 4, then back to MDT for two-stage oesophagectomy.\n"
     "3. Dietitian now; consider a feeding jejunostomy if weight loss goes above 10%.\n"
     "4. Patient travel via NHS Western Isles (Loganair Stornoway-Aberdeen); escort: his wife, Peigi.\n"
     "Patient informed by KMS on 16/01/2026 by phone (01851 810 418); prefers a Gaelic speaker when possible.\n"
     "Legend: ASF = Mr Alasdair Stuart-Forbes; EAN = Dr Eilidh Nicolson; LMG = Dr Lorna Gauld; KMS = Kirsteen "
     "Macsween; TQM = Dr Tariq Malik.",
     [("LOCATION", ["Western Isles"]), ("LOCATION", ["Grampian"]), ("DATE", ["15/01/2026"]),
      ("NAME", ["Alasdair", "Stuart-Forbes"]), ("NAME", ["Murdo", "MacIver", "Dokie"]), ("ID", ["1203584512"]),
      ("DATE", ["12/03/1958"]), ("MRN", ["W041827"]), ("ADDRESS", ["14 Cross"]), ("LOCATION", ["Ness"]),
      ("LOCATION", ["Isle of Lewis"]), ("POSTCODE", ["HS2 0SN"]), ("NAME", ["Tormod", "Macleod"]),
      ("HOSPITAL", ["Ness Health Centre"]), ("HOSPITAL", ["Western Isles Hospital"]), ("LOCATION", ["Stornoway"]),
      ("DATE", ["18/12/2025"]), ("NAME", ["ASF"]), ("HOSPITAL", ["Aberdeen Royal Infirmary", "ARI"]),
      ("NAME", ["EAN"]), ("NAME", ["LMG"]), ("NAME", ["KMS"]), ("NAME", ["TQM"]), ("ID", ["WI-25-H4182"]),
      ("DATE", ["23/12/2025"]), ("DATE", ["08/01/2026"]), ("LOCATION", ["Aberdeen"]), ("NAME", ["Peigi"]),
      ("DATE", ["16/01/2026"]), ("PHONE", ["01851 810 418"]), ("NAME", ["Eilidh", "Nicolson"]),
      ("NAME", ["Lorna", "Gauld"]), ("NAME", ["Kirsteen", "Macsween"]), ("NAME", ["Tariq", "Malik"])],
     ["WHO performance status 1", "Barrett's oesophagus", "HER2 negative (IHC 1+)", "MMR proficient", "PD-L1 CPS 3",
      "Siewert type II", "SUVmax 11.2", "cT3 N1 M0 (TNM 8)", "FLOT x4 cycles", "feeding jejunostomy"]),

    # 26 - Brazil, Amazonas (São Gabriel da Cachoeira, Içana river): malaria case notification form, in Portuguese
    ("MINISTÉRIO DA SAÚDE – SIVEP-Malária\n"
     "FICHA DE NOTIFICAÇÃO DE CASO DE MALÁRIA\n"
     "Nº da notificação: 1306290517 | Data da notificação: 12/08/2025\n"
     "Unidade notificante: Polo Base Tunuí-Cachoeira – DSEI Alto Rio Negro | Município: São Gabriel da Cachoeira – AM\n"
     "Agente notificante: Edinéia Cordeiro Prado (microscopista)\n"
     "Paciente: Joaquim Lopes Fontes | Data de nascimento: 07/07/1993 | Idade: 32 anos | Sexo: M | Raça/cor: "
     "indígena | Etnia: Baniwa\n"
     "CPF: 418.273.065-80 | Cartão SUS (CNS): 704182736500004\n"
     "Nome da mãe: Raimunda Luíza Lopes\n"
     "Endereço: Comunidade Tunuí-Cachoeira, Rio Içana, zona rural | Telefone para contato: (97) 98418-2736\n"
     "Atividade nos últimos 15 dias: pesca e roça.\n"
     "Sintomas: febre, calafrios e cefaleia há 3 dias (início em 09/08/2025). Sem sinais de gravidade.\n"
     "Exame: gota espessa – Plasmodium vivax (V), parasitemia +++ (2.001–10.000 parasitos/mm³); sem gametócitos de "
     "P. falciparum.\n"
     "Tratamento: cloroquina 3 dias (10 mg/kg no D1; 7,5 mg/kg no D2 e no D3) + primaquina 0,5 mg/kg/dia por 7 dias. "
     "G6PD: teste qualitativo normal.\n"
     "LVC (lâmina de verificação de cura) agendada para 15/08/2025 e 09/09/2025.\n"
     "Local provável de infecção: Comunidade Tunuí-Cachoeira (autóctone).\n"
     "Orientado a retornar se vômitos, icterícia ou piora. Se necessário, remoção para o Hospital de Guarnição de "
     "São Gabriel da Cachoeira (voadeira).\n"
     "Enfermeira supervisora: Marta Yoshida Ramos, COREN-AM 529106",
     [("ID", ["1306290517"]), ("DATE", ["12/08/2025"]), ("HOSPITAL", ["Polo Base Tunuí-Cachoeira"]),
      ("LOCATION", ["Tunuí-Cachoeira"]), ("LOCATION", ["Alto Rio Negro"]), ("LOCATION", ["São Gabriel da Cachoeira"]),
      ("NAME", ["Edinéia", "Cordeiro", "Prado"]), ("NAME", ["Joaquim", "Lopes", "Fontes"]), ("DATE", ["07/07/1993"]),
      ("ID", ["418.273.065-80"]), ("ID", ["704182736500004"]), ("NAME", ["Raimunda", "Luíza"]),
      ("LOCATION", ["Rio Içana"]), ("PHONE", ["(97) 98418-2736"]), ("DATE", ["09/08/2025"]), ("DATE", ["15/08/2025"]),
      ("DATE", ["09/09/2025"]), ("HOSPITAL", ["Hospital de Guarnição de São Gabriel da Cachoeira"]),
      ("NAME", ["Marta", "Yoshida", "Ramos"]), ("LICENCE", ["529106"])],
     ["gota espessa", "Plasmodium vivax", "parasitemia +++ (2.001–10.000 parasitos/mm³)", "P. falciparum",
      "cloroquina 3 dias", "primaquina 0,5 mg/kg/dia por 7 dias", "G6PD", "LVC (lâmina de verificação de cura)"]),

    # 27 - Malawi (Zomba): clinical trial serious adverse event report form
    ("SERIOUS ADVERSE EVENT (SAE) REPORT FORM - INITIAL REPORT\n"
     "Study: PfVAX-3 (Protocol PV3-2024-01), phase 3, randomised, observer-blind trial of a malaria vaccine in "
     "children aged 5-36 months\n"
     "Site 04 - Zomba Central Hospital Paediatric Research Unit | Hospital no. ZCH/PAED/26/0418\n"
     "Participant ID: 04-0418 | Initials: C-M-K | Sex: F | DOB: 11-MAR-2024 | Age at onset: 22 months | Arm: BLINDED\n"
     "Last IP dose: 02-JAN-2026 (dose 3, left anterolateral thigh)\n"
     "SAE term: severe malaria with convulsions (MedDRA PT: Plasmodium falciparum infection)\n"
     "Onset: 14-JAN-2026 | Site aware: 14-JAN-2026 18:10 | Seriousness: hospitalisation; life-threatening | CTCAE "
     "grade 4\n"
     "Narrative: The participant was brought by her mother and guardian, Mrs Alinafe Kachingwe, from Mpyupyu village "
     "(T/A Mwambo) with 2 days of fever and 3 generalised convulsions at home. On arrival: T 39.8 °C, Blantyre Coma "
     "Score 2/5, mRDT positive, blood film P. falciparum 186,000/µL, Hb 6.1 g/dL, glucose 2.9 mmol/L, lactate 5.8 "
     "mmol/L. Treated with IV artesunate 3 mg/kg (weight 10.4 kg; 31 mg) at 0, 12 and 24 h, 10% dextrose bolus 5 "
     "mL/kg, rectal diazepam 5 mg once, and whole blood 20 mL/kg on 15-JAN-2026. BCS 5/5 at 30 h. Completed "
     "artemether-lumefantrine (Coartem) for 3 days. Discharged 19-JAN-2026.\n"
     "Outcome: recovered/resolved without sequelae (normal neurological examination at discharge).\n"
     "Causality (investigator): unlikely related to IP - alternative cause: natural infection in a high-transmission "
     "area; the family's bed net was torn.\n"
     "Expectedness: expected (Investigator's Brochure v5.0).\n"
     "Reported by: Dr Chikondi Banda, Site PI | Tel +265 999 418 273 | Date: 15-JAN-2026 | Study nurse: Tiyamike "
     "Phiri\n"
     "Sent to the sponsor safety desk within 24 h by fax, +44 20 7946 0418, and entered in the eCRF at "
     "https://ecrf.pfvax3-trial.org/site04/subject/04-0418.",
     [("HOSPITAL", ["Zomba Central Hospital"]), ("MRN", ["ZCH/PAED/26/0418"]), ("ID", ["04-0418"]),
      ("NAME", ["C-M-K"]), ("DATE", ["11-MAR-2024"]), ("DATE", ["02-JAN-2026"]), ("DATE", ["14-JAN-2026"]),
      ("NAME", ["Alinafe", "Kachingwe"]), ("LOCATION", ["Mpyupyu"]), ("LOCATION", ["Mwambo"]),
      ("DATE", ["15-JAN-2026"]), ("DATE", ["19-JAN-2026"]), ("NAME", ["Chikondi", "Banda"]),
      ("PHONE", ["+265 999 418 273"]), ("NAME", ["Tiyamike", "Phiri"]), ("PHONE", ["+44 20 7946 0418"]),
      ("URL", ["https://ecrf.pfvax3-trial.org/site04/subject/04-0418"])],
     ["Plasmodium falciparum infection", "CTCAE grade 4", "Blantyre Coma Score 2/5", "mRDT positive",
      "Hb 6.1 g/dL", "IV artesunate 3 mg/kg", "BCS 5/5", "artemether-lumefantrine (Coartem)",
      "10% dextrose bolus 5 mL/kg"]),

    # 28 - Indonesia, Flores (Kabupaten Ende, Wolojita): midwife's labour referral letter with the hospital's reply
    ("PEMERINTAH KABUPATEN ENDE – DINAS KESEHATAN\n"
     "UPTD PUSKESMAS WOLOJITA\n"
     "Jl. Raya Moni–Ende, Kec. Wolojita, Kab. Ende 86372\n"
     "SURAT RUJUKAN PERSALINAN (dengan ringkasan partograf)\n"
     "Nomor: 445/PKM-WLJ/041/II/2026\n"
     "Kepada Yth. Dokter jaga IGD Kebidanan RSUD Ende\n"
     "Dengan hormat, mohon penanganan lebih lanjut pasien:\n"
     "Nama: Ny. Maria Goreti Wangge | Umur: 27 th | NIK: 5308105206980003 | No. BPJS/KIS: 0001418273650\n"
     "Suami: Tn. Yohanes Rangga Lena (petani) | HP: 0812-3841-8273\n"
     "Alamat: Dusun Watugana RT 002/RW 001, Desa Nuamuri, Kec. Wolojita\n"
     "Diagnosa: G2P1A0 hamil 39 minggu, janin tunggal hidup, presentasi kepala; kala II lama; partograf melewati "
     "garis waspada pukul 04.00 dan garis bertindak pukul 08.00.\n"
     "Ringkasan: Mulas sejak Rabu, 4 Februari 2026 pukul 19.00; ketuban pecah pukul 01.30 (jernih). Pembukaan lengkap "
     "pukul 06.10; kala II > 2 jam, kepala di Hodge III, his 3x/10'/35\". DJJ 128–150 x/menit. TD 130/85, N 96, S "
     "37,4 °C.\n"
     "Tindakan: infus RL 500 ml, posisi miring kiri, O2 2 l/menit, kateter urin (200 ml); oksitosin tidak diberikan.\n"
     "Riwayat: anak pertama lahir spontan di puskesmas tahun 2022, BB 3.400 g. Tidak ada riwayat SC.\n"
     "Didampingi: Bidan Veronika Lawe, A.Md.Keb (STR 5302112418273) dan suami, dengan ambulans puskesmas EB 1418 KA. "
     "Berangkat pukul 08.25, perkiraan 1,5 jam (jalan trans Flores, hujan).\n"
     "Wolojita, Kamis 5 Februari 2026\n"
     "Kepala Puskesmas: dr. Fransiskus Xaverius Ndori | Pengirim: Bd. Veronika Lawe\n"
     "----- BALASAN RUJUKAN (diisi RSUD) -----\n"
     "Lahir dengan ekstraksi vakum pukul 09.52, bayi laki-laki BB 3.650 g, Apgar 7/9. Perdarahan 600 ml, oksitosin "
     "10 IU IM (Manajemen Aktif Kala III), laserasi perineum derajat 2 dijahit. Ibu dan bayi baik.\n"
     "dr. Agnes Bata, Sp.OG – 5/2/2026",
     [("LOCATION", ["KABUPATEN ENDE", "Kab. Ende"]), ("HOSPITAL", ["PUSKESMAS WOLOJITA"]), ("LOCATION", ["Wolojita"]),
      ("ADDRESS", ["Jl. Raya Moni–Ende"]), ("POSTCODE", ["86372"]), ("ID", ["445/PKM-WLJ/041/II/2026"]),
      ("HOSPITAL", ["RSUD Ende"]), ("NAME", ["Maria", "Goreti", "Wangge"]), ("ID", ["5308105206980003"]),
      ("ID", ["0001418273650"]), ("NAME", ["Yohanes", "Rangga", "Lena"]), ("PHONE", ["0812-3841-8273"]),
      ("ADDRESS", ["Dusun Watugana RT 002/RW 001"]), ("LOCATION", ["Nuamuri"]), ("DATE", ["4 Februari 2026"]),
      ("NAME", ["Veronika", "Lawe"]), ("LICENCE", ["5302112418273"]), ("PLATE", ["EB 1418 KA"]),
      ("LOCATION", ["Flores"]), ("DATE", ["5 Februari 2026"]), ("NAME", ["Fransiskus", "Xaverius", "Ndori"]),
      ("NAME", ["Agnes", "Bata"]),
      ("DATE", ["5/2/2026"])],
     ["G2P1A0 hamil 39 minggu", "kala II lama", "garis waspada", "Hodge III", "DJJ 128–150 x/menit",
      "infus RL 500 ml", "Apgar 7/9", "oksitosin 10 IU IM", "Manajemen Aktif Kala III"]),

    # 29 - England, Isles of Scilly (St Agnes): home oxygen order form
    ("HOME OXYGEN ORDER FORM (HOOF) - Part A | Cornwall & Isles of Scilly\n"
     "Supplier: Baywater Healthcare | Order: LTOT + AOT (new patient) | Delivery: off-island, by the freight boat, "
     "then from the quay by quad and trailer (no road vehicles on the island)\n"
     "Patient: Mrs Demelza Treneer | DOB 30/06/1950 | NHS No. 735 120 9464 | Tel 01720 422 418\n"
     "Address: 2 Troy Town, St Agnes, Isles of Scilly TR22 0PL\n"
     "Access/installation: concentrator in the front room, NOT the outhouse (damp). Husband Jory at home; if out, key "
     "safe by the back porch, code 4471.\n"
     "Clinical: COPD GOLD 3 (group E), FEV1 0.84 L (38% predicted), MRC dyspnoea 4. Ex-smoker since 2015. ABG on "
     "room air when stable, x2 at St Mary's Community Hospital (11/02/2026 and 25/02/2026): PaO2 6.9 / 7.0 kPa, "
     "PaCO2 5.8 kPa, pH 7.41. Polycythaemia (Hct 0.53). Ambulatory assessment not done (no corridor).\n"
     "ORDER: LTOT 2 L/min via nasal cannula, >= 15 h/day, static concentrator with back-up cylinder. AOT: 2 x CD "
     "cylinders at 2 L/min for the boat to St Mary's and for clinic visits. No humidification.\n"
     "HOSRA (Home Oxygen Safety Risk Assessment) and IHORM signed 03/03/2026: husband Jory smokes (says outside "
     "only). Risks explained; consent to share with Cornwall Fire and Rescue Service for a home fire safety visit: "
     "YES.\n"
     "Ordering clinician: Dr Kerenza Polglase, GP, St Mary's Health Centre | GMC 7041827 | 03/03/2026\n"
     "Follow-up: home oxygen review by Morwenna Pascoe, respiratory nurse specialist (Royal Cornwall Hospital, "
     "Treliske), at the outreach clinic on St Mary's in June 2026.",
     [("LOCATION", ["Cornwall"]), ("LOCATION", ["Isles of Scilly"]), ("NAME", ["Demelza", "Treneer"]),
      ("DATE", ["30/06/1950"]), ("ID", ["735 120 9464"]), ("PHONE", ["01720 422 418"]), ("ADDRESS", ["2 Troy Town"]),
      ("CODE", ["4471"]),
      ("LOCATION", ["St Agnes"]), ("POSTCODE", ["TR22 0PL"]), ("NAME", ["Jory"]),
      ("HOSPITAL", ["St Mary's Community Hospital"]), ("LOCATION", ["St Mary's"]), ("DATE", ["11/02/2026"]),
      ("DATE", ["25/02/2026"]), ("DATE", ["03/03/2026"]), ("NAME", ["Kerenza", "Polglase"]),
      ("HOSPITAL", ["St Mary's Health Centre"]), ("LICENCE", ["7041827"]), ("NAME", ["Morwenna", "Pascoe"]),
      ("HOSPITAL", ["Royal Cornwall Hospital"]), ("LOCATION", ["Treliske"]), ("DATE", ["June 2026"])],
     ["COPD GOLD 3 (group E)", "FEV1 0.84 L (38% predicted)", "MRC dyspnoea 4", "PaO2 6.9 / 7.0 kPa",
      "PaCO2 5.8 kPa", "Polycythaemia (Hct 0.53)", "LTOT 2 L/min via nasal cannula", "HOSRA", "IHORM"]),

    # 30 - Tanzania, Kigoma (Kasulu district): cholera treatment centre line list, in Swahili
    ("JAMHURI YA MUUNGANO WA TANZANIA – WIZARA YA AFYA\n"
     "Halmashauri ya Wilaya ya Kasulu, Mkoa wa Kigoma\n"
     "KITUO CHA MATIBABU YA KIPINDUPINDU (CTC) – HOSPITALI YA WILAYA YA KASULU\n"
     "ORODHA YA WAGONJWA (LINE LIST) | Ukurasa 3 kati ya 5\n"
     "Na. | Jina | Umri | Jinsia | Kijiji/Mtaa | Simu | Dalili zilianza | Kulazwa | Upungufu wa maji | RDT | Hali\n"
     "KSL-041 | Rehema Juma Ntibazonkiza | 34 | Ke | Kambi ya Nyarugusu, zoni 4 | 0754 418 273 | 03/03/2026 | "
     "04/03/2026 | Mpango C | + | Amepona, ameruhusiwa 07/03\n"
     "KSL-042 | Amani Kashindi | 6 | Me | Heru Juu, kitongoji cha Kumsenga | 0688 512 904 (mama: Tumaini Ndayisaba) | "
     "04/03/2026 | 04/03/2026 | Mpango B | + | Yuko wodini\n"
     "KSL-043 | Zawadi Kabura | 52 | Ke | Muyama | – | 05/03/2026 | 05/03/2026 | Mpango C | + (utamaduni: Vibrio "
     "cholerae O1 Ogawa) | Yuko wodini\n"
     "KSL-044 | Mzee Yakobo Bigirimana | 71 | Me | Nyumbigwa | 0762 041 827 | 04/03/2026 | 05/03/2026 | Mpango C | + "
     "| Amefariki 05/03/2026 saa 5:10 usiku (alifika na mshtuko); NIDA 19550212-47101-00002-18\n"
     "Maelezo: Sampuli 6 zimepelekwa Maabara ya Taifa ya Afya ya Jamii, Dar es Salaam – majibu: 4 Ogawa, 1 Inaba, 1 "
     "hasi. Chanzo kinachoshukiwa: kisima cha pampu ya mkono karibu na soko la Heru Juu (kimefungwa tarehe 6 Machi "
     "2026).\n"
     "Matibabu: Mpango C — Ringer's lactate 100 ml/kg (30 ml/kg ndani ya dakika 30 za kwanza kwa watu wazima), kisha "
     "ORS; Doxycycline 300 mg dozi moja kwa watu wazima; Zinki 20 mg kwa siku 10 kwa watoto.\n"
     "Elimu ya afya kwa ndugu: kunawa mikono kwa maji safi na sabuni, kuchemsha maji ya kunywa.\n"
     "Mratibu wa CTC: Dkt. Faraja Mwakalinga | Muuguzi wa zamu: Upendo Sanga | Aliyejaza: Afisa Afya Mazingira "
     "Anord Kipande",
     [("LOCATION", ["Kasulu", "KASULU"]), ("HOSPITAL", ["HOSPITALI YA WILAYA YA KASULU"]), ("ID", ["KSL-041"]),
      ("NAME", ["Rehema", "Juma", "Ntibazonkiza"]), ("LOCATION", ["Nyarugusu"]), ("PHONE", ["0754 418 273"]),
      ("DATE", ["03/03/2026"]), ("DATE", ["04/03/2026"]), ("DATE", ["07/03"]), ("ID", ["KSL-042"]),
      ("NAME", ["Amani", "Kashindi"]), ("LOCATION", ["Heru Juu"]), ("LOCATION", ["Kumsenga"]),
      ("PHONE", ["0688 512 904"]), ("NAME", ["Tumaini", "Ndayisaba"]), ("ID", ["KSL-043"]),
      ("NAME", ["Zawadi", "Kabura"]), ("LOCATION", ["Muyama"]), ("DATE", ["05/03/2026"]), ("ID", ["KSL-044"]),
      ("NAME", ["Yakobo", "Bigirimana"]), ("LOCATION", ["Nyumbigwa"]), ("PHONE", ["0762 041 827"]),
      ("ID", ["19550212-47101-00002-18"]), ("LOCATION", ["Dar es Salaam"]), ("DATE", ["6 Machi 2026"]),
      ("NAME", ["Faraja", "Mwakalinga"]), ("NAME", ["Upendo", "Sanga"]), ("NAME", ["Anord", "Kipande"])],
     ["Vibrio cholerae O1 Ogawa", "Inaba", "Ringer's lactate 100 ml/kg", "ORS", "Doxycycline 300 mg dozi moja",
      "Zinki 20 mg", "Mpango C", "kunawa mikono kwa maji safi na sabuni"]),

    # 31 - Belize, Cayo (Belmopan; mother from Spanish Lookout): neonatal transfer letter
    ("Western Regional Hospital, Belmopan - Maternity and Special Care Nursery\n"
     "NEONATAL TRANSFER LETTER\n"
     "To: Neonatologist on call, NICU, Karl Heusner Memorial Hospital Authority, Princess Margaret Drive, Belize City\n"
     "Date/time: 28 October 2025, 09:15\n"
     "Baby: Baby boy Wiebe | born 28/10/2025 at 03:40 | BW 1,590 g | GA 31+4 weeks (dates and early scan) | WRH no. "
     "25-N-0418\n"
     "Mother: Helena Friesen Wiebe | 29 y | G4P3 | SSB no. 418273651 | blood group O Rh(D) positive | HIV, VDRL and "
     "HBsAg negative | Spanish Lookout (Mennonite community; Plautdietsch, fair English) | +501 624-1827\n"
     "Father: Abram Wiebe - travelling with the baby; mother to follow after her own discharge.\n"
     "Delivery: spontaneous preterm labour, arrived fully dilated; dexamethasone 6 mg IM x1 at 02:55 only "
     "(incomplete course); no magnesium sulfate (no time). SVD, cephalic, clear liquor. Apgar 5 and 8 at 1 and 5 "
     "minutes; PPV for 60 s, then CPAP.\n"
     "Course: grunting and retractions, Silverman-Andersen score 5 at 1 h. CXR: ground-glass with air bronchograms "
     "(RDS grade 2). CPAP 6 cmH2O, FiO2 0.40 rising to 0.45. Surfactant (Curosurf 200 mg/kg = 320 mg) by LISA at "
     "07:20; FiO2 now 0.30. UVC at 6.5 cm, tip T9. Glucose 2.1 mmol/L -> D10W 2 mL/kg bolus, then 60 mL/kg/day. "
     "Ampicillin 50 mg/kg 12-hourly and gentamicin 4 mg/kg 36-hourly after a blood culture.\n"
     "Reason for transfer: needs NICU (ventilator back-up, TPN) - not available here.\n"
     "Transport: BERT ambulance (plate CY-A 4182) with transport incubator; Nurse Shonette Flowers (neonatal "
     "trained) and Dr Yamileth Sosa accompany. Depart 09:40, ETA 10:45 via the George Price Highway.\n"
     "Referring doctor: Dr Yamileth Sosa, Paediatrician | WRH switchboard +501 822-2418",
     [("HOSPITAL", ["Western Regional Hospital", "WRH"]), ("LOCATION", ["Belmopan"]),
      ("HOSPITAL", ["Karl Heusner Memorial Hospital"]), ("ADDRESS", ["Princess Margaret Drive"]),
      ("LOCATION", ["Belize City"]), ("DATE", ["28 October 2025"]), ("NAME", ["Wiebe"]), ("DATE", ["28/10/2025"]),
      ("MRN", ["25-N-0418"]), ("NAME", ["Helena", "Friesen"]), ("ID", ["418273651"]),
      ("LOCATION", ["Spanish Lookout"]), ("PHONE", ["+501 624-1827"]), ("NAME", ["Abram"]),
      ("PLATE", ["CY-A 4182"]), ("NAME", ["Shonette", "Flowers"]), ("NAME", ["Yamileth", "Sosa"]),
      ("ADDRESS", ["George Price Highway"]), ("PHONE", ["+501 822-2418"])],
     ["GA 31+4 weeks", "O Rh(D) positive", "dexamethasone 6 mg IM", "Apgar 5 and 8", "Silverman-Andersen score 5",
      "RDS grade 2", "CPAP 6 cmH2O", "Curosurf 200 mg/kg", "LISA", "Ampicillin 50 mg/kg", "gentamicin 4 mg/kg"]),

    # 32 - Italy, Sardinia (Nuoro, Orgosolo): certificate of fitness for competitive sport, in Italian
    ("SERVIZIO SANITARIO REGIONALE DELLA SARDEGNA – ASL n. 3 di Nuoro\n"
     "Ambulatorio di Medicina dello Sport – Via Trieste 80, 08100 Nuoro – tel. 0784 240418\n"
     "CERTIFICATO DI IDONEITÀ ALLA PRATICA DI ATTIVITÀ SPORTIVA AGONISTICA\n"
     "(D.M. 18/02/1982 – tabella B)\n"
     "Si certifica che l'atleta\n"
     "Cognome e nome: MELE Efisio, nato a Nuoro il 21/09/2007, C.F. MLEFSE07P21F979W,\n"
     "residente a Orgosolo, Via Antonio Gramsci 12, CAP 08027,\n"
     "tesserato per la società A.S.D. Atletica Supramonte Orgosolo (tessera FIDAL SA041827),\n"
     "sport: ATLETICA LEGGERA – mezzofondo (1500 m, 3000 m siepi),\n"
     "sottoposto a visita medica e agli accertamenti previsti: ECG a riposo e dopo sforzo (test di Harvard – step "
     "test, indice di idoneità fisica 92), spirometria (FEV1 98% del teorico, FEV1/FVC 0,89), esame completo delle "
     "urine (nella norma), visus 10/10 in OO naturale, PA 118/70 mmHg, FC a riposo 52 bpm,\n"
     "RISULTA IDONEO alla pratica agonistica dello sport sopra indicato.\n"
     "Validità: un anno. Rilasciato il 14 gennaio 2026, scade il 14/01/2027.\n"
     "Accompagnato dal padre, sig. Salvatore Mele.\n"
     "Note di cartella (non riportate sul certificato): ECG con bradicardia sinusale da atleta e blocco di branca "
     "destra incompleto, varianti nella norma nell'atleta. Riferito cardiopalmo isolato in gara a novembre 2025: "
     "Holter ECG 24 h (ASL Nuoro, 09/12/2025) con rare extrasistoli sopraventricolari isolate, nessuna aritmia "
     "complessa. Nessuna sincope; familiarità negativa per morte improvvisa.\n"
     "Il medico specialista in Medicina dello Sport: Dott.ssa Graziella Piras – Ordine dei Medici di Nuoro n. 2093\n"
     "Timbro e firma",
     [("LOCATION", ["Nuoro"]), ("ADDRESS", ["Via Trieste 80"]), ("POSTCODE", ["08100"]), ("PHONE", ["0784 240418"]),
      ("NAME", ["MELE", "Efisio"]), ("DATE", ["21/09/2007"]), ("ID", ["MLEFSE07P21F979W"]), ("LOCATION", ["Orgosolo"]),
      ("ADDRESS", ["Via Antonio Gramsci 12"]), ("POSTCODE", ["08027"]),
      ("LOCATION", ["A.S.D. Atletica Supramonte Orgosolo"]), ("ID", ["SA041827"]), ("DATE", ["14 gennaio 2026"]),
      ("DATE", ["14/01/2027"]), ("NAME", ["Salvatore", "Mele"]), ("DATE", ["novembre 2025"]),
      ("DATE", ["09/12/2025"]), ("NAME", ["Graziella", "Piras"]), ("LICENCE", ["2093"])],
     ["D.M. 18/02/1982", "test di Harvard", "indice di idoneità fisica 92", "FEV1/FVC 0,89", "visus 10/10",
      "bradicardia sinusale da atleta", "blocco di branca destra incompleto", "Holter ECG 24 h",
      "extrasistoli sopraventricolari"]),

    # 33 - Trinidad and Tobago, Tobago (Scarborough): suspected transfusion reaction investigation report
    ("Tobago Regional Health Authority - Scarborough General Hospital, Signal Hill\n"
     "Blood Bank / Haemovigilance\n"
     "SUSPECTED TRANSFUSION REACTION - INVESTIGATION REPORT\n"
     "Patient: Ms Kezia Quashie-Job | F | DOB 22/07/1983 | Hosp. no. SGH 25-041827 | National ID 19830722041\n"
     "Ward: Female Medical, bed 14 | Address: Cinnamon Hill Trace, Moriah | Tel 868-781-4182\n"
     "Diagnosis: severe iron deficiency anaemia (menorrhagia, fibroid uterus), Hb 6.8 g/dL.\n"
     "Unit: red cells, donation no. T0418 25 618273, group O Rh(D) positive, crossmatch compatible (IAT); issued "
     "04 Jan 2026 13:05, started 13:20.\n"
     "Reaction: at 13:50 (about 90 mL transfused) rigors, T 39.1 °C (baseline 36.9), HR 118, BP 104/62 (baseline "
     "122/76); no urticaria, no wheeze, no loin pain; urine clear. Transfusion STOPPED at 13:52; bag and giving set "
     "returned with post-reaction samples.\n"
     "Investigations: bedside two-person check had been done (SN Ophelia Melville and Nurse Roderick Daniel) - "
     "correct patient, correct unit. Post-transfusion DAT (Coombs) negative; repeat group O Rh(D) positive before and "
     "after; antibody screen negative (panel includes Kell, Duffy, Kidd); no haemolysis (LDH 210 U/L, bilirubin 11 "
     "µmol/L, haptoglobin normal, plasma not pink). Unit and patient blood cultures: no growth at 5 days.\n"
     "Conclusion: febrile non-haemolytic transfusion reaction (FNHTR); severity non-severe; imputability: probable.\n"
     "Management: paracetamol 1 g IV; a second unit (T0418 25 618907) given at 18:00 after paracetamol, without "
     "reaction.\n"
     "Reported to the National Blood Transfusion Service, Port of Spain, on 05 Jan 2026 (fax 868-627-4182).\n"
     "Investigating officer: Dr Anand Rampersad, Haematologist | MLT: Keisha Thomas-Cudjoe",
     [("HOSPITAL", ["Scarborough General Hospital"]), ("LOCATION", ["Signal Hill"]),
      ("NAME", ["Kezia", "Quashie-Job"]), ("DATE", ["22/07/1983"]), ("MRN", ["SGH 25-041827"]),
      ("ID", ["19830722041"]), ("ADDRESS", ["Cinnamon Hill Trace"]), ("LOCATION", ["Moriah"]),
      ("PHONE", ["868-781-4182"]), ("ID", ["T0418 25 618273"]), ("DATE", ["04 Jan 2026"]),
      ("NAME", ["Ophelia", "Melville"]), ("NAME", ["Roderick", "Daniel"]), ("ID", ["T0418 25 618907"]),
      ("LOCATION", ["Port of Spain"]), ("DATE", ["05 Jan 2026"]), ("PHONE", ["868-627-4182"]),
      ("NAME", ["Anand", "Rampersad"]), ("NAME", ["Keisha", "Thomas-Cudjoe"])],
     ["severe iron deficiency anaemia", "Hb 6.8 g/dL", "O Rh(D) positive", "crossmatch compatible (IAT)",
      "DAT (Coombs) negative", "Kell, Duffy, Kidd", "haptoglobin normal",
      "febrile non-haemolytic transfusion reaction (FNHTR)", "paracetamol 1 g IV"]),

    # 34 - Guernsey (St Martin's; patient from the Forest parish): obstetric epidural record
    ("Princess Elizabeth Hospital, Le Vauquiedor, St Martin's, Guernsey GY4 6UU - Loveridge Ward (Maternity)\n"
     "OBSTETRIC REGIONAL ANALGESIA RECORD - LABOUR EPIDURAL\n"
     "Name: Hannah Le Page (née Ogier) | DOB 09/04/1994 | PEH no. 0418273 | Social Security no. GY 52 09 14 C\n"
     "Address: Rue des Landes, Forest, Guernsey GY8 0DR | Partner: Tom (present)\n"
     "G1P0, 39+2 weeks, spontaneous labour, 5 cm when requested. Platelets 214 today; no anticoagulants; BMI 24; "
     "ASA II.\n"
     "Consent: verbal, OAA information card; discussed failure/partial block 1 in 8, dural puncture headache 1 in "
     "100, temporary nerve damage 1 in 1,000, permanent 1 in 13,000.\n"
     "Procedure 15/12/2025 21:40: sitting; L3/4; chlorhexidine 0.5% spray; 16G Tuohy needle, loss of resistance to "
     "saline at 5 cm; catheter 10 cm at skin (5 cm in the space); aspiration negative; loading 10 mL "
     "levobupivacaine 0.1% + fentanyl 2 micrograms/mL in divided doses.\n"
     "Maintenance: PIEB via CADD-Solis pump (serial 7023894): 8 mL every 60 min + PCEA 5 mL, lockout 20 min, max "
     "20 mL/h.\n"
     "Time | BP | HR | Pain 0-10 | Block to cold (L/R) | Bromage | Sign\n"
     "21:55 | 118/70 | 92 | 6 | T10/T11 | 0 | RMT\n"
     "22:25 | 112/66 | 88 | 2 | T8/T9 | 0 | SJB\n"
     "23:25 | 110/64 | 84 | 1 | T8/T8 | 1 | SJB\n"
     "01:25 | 116/70 | 86 | 3 (left side) | T10/T7 - top-up 10 mL by RMT | 1 | RMT\n"
     "Legend: RMT = Dr Rhiannon Tostevin, anaesthetist (GMC 7418273); SJB = Sophie Brehaut, midwife (NMC 18A0412G).\n"
     "Delivery: SVD at 04:12 on 16/12/2025. Catheter removed intact (blue tip seen) at 05:00 by SJB.\n"
     "Post-epidural review 16/12/2025 11:00: no headache, normal sensation and power, site clean. Discharged from "
     "anaesthetic follow-up.",
     [("HOSPITAL", ["Princess Elizabeth Hospital"]), ("ADDRESS", ["Le Vauquiedor"]), ("LOCATION", ["St Martin's"]),
      ("POSTCODE", ["GY4 6UU"]), ("LOCATION", ["Loveridge Ward"]), ("NAME", ["Hannah", "Le Page", "Ogier"]),
      ("DATE", ["09/04/1994"]), ("MRN", ["0418273"]), ("ID", ["GY 52 09 14 C"]), ("ADDRESS", ["Rue des Landes"]),
      ("LOCATION", ["Forest"]), ("POSTCODE", ["GY8 0DR"]), ("NAME", ["Tom"]), ("DATE", ["15/12/2025"]),
      ("SERIAL", ["7023894"]), ("NAME", ["RMT"]), ("NAME", ["SJB"]), ("NAME", ["Rhiannon", "Tostevin"]),
      ("LICENCE", ["7418273"]), ("NAME", ["Sophie", "Brehaut"]), ("LICENCE", ["18A0412G"]),
      ("DATE", ["16/12/2025"])],
     ["39+2 weeks", "ASA II", "L3/4", "chlorhexidine 0.5%", "16G Tuohy needle", "loss of resistance to saline",
      "levobupivacaine 0.1% + fentanyl 2 micrograms/mL", "PIEB", "CADD-Solis", "Bromage"]),

    # 35 - England, Lincolnshire (Mablethorpe, Louth): medical examiner scrutiny record, deceased aged 96
    ("Medical Examiner Service - Lincolnshire (hosted by United Lincolnshire Teaching Hospitals)\n"
     "MEDICAL EXAMINER SCRUTINY RECORD - non-coronial death\n"
     "Deceased: Mrs Dorothy Ivy Skipworth | DOB 23/11/1929 | Age 96 | NHS No. 482 617 3903\n"
     "Place of death: Louth County Hospital, Kenwick Ward | Date/time: 02/02/2026 04:15\n"
     "Usual residence: The Limes Care Home, Alford Road, Mablethorpe LN12 1PX\n"
     "Admitted 28/01/2026 from the care home with cough, fever and poor oral intake.\n"
     "Records reviewed: ED and ward notes (ULTH); GP summary (Marisco Medical Practice); care home ReSPECT form of "
     "14/03/2025.\n"
     "Background: Parkinson's disease (diagnosed 2011) on co-careldopa 25/100 TDS, with Parkinson's disease "
     "dementia; type 2 diabetes, diet-controlled; recurrent aspiration (SALT: IDDSI level 4 puréed diet, level 2 "
     "mildly thick fluids). Clinical Frailty Scale 7. Widowed in 1988.\n"
     "Course: CXR right lower lobe consolidation, CURB-65 3; IV co-amoxiclav; moved to comfort care on 31/01/2026 "
     "after discussion with her granddaughter (LPA for health and welfare). Died peacefully with the granddaughter "
     "present.\n"
     "Qualified attending practitioner: Dr Ghazala Mirza, specialty doctor, care of the elderly.\n"
     "Proposed MCCD: 1a Aspiration pneumonia; 1b Parkinson's disease; II Type 2 diabetes mellitus. ME agrees.\n"
     "Coroner referral: not required.\n"
     "Bereaved: granddaughter Stacey Copeland (LPA), 07700 941 827, spoken to 03/02/2026 10:20. She asked whether "
     "the fall in December contributed - reviewed: no fracture or head injury, not contributory. No concerns about "
     "care; she thanked the ward staff. She would have been 97 in November; to be cremated and her ashes placed "
     "with her late husband Walter at St Peter's, Theddlethorpe. Funeral director: R. Gardiner & Sons, Alford.\n"
     "ME: Dr Frederick Allbright | MEO: Nicola Stennett | Scrutiny completed 03/02/2026",
     [("LOCATION", ["Lincolnshire"]), ("HOSPITAL", ["United Lincolnshire Teaching Hospitals", "ULTH"]),
      ("NAME", ["Dorothy", "Ivy", "Skipworth"]), ("DATE", ["23/11/1929"]), ("AGE", ["Age 96"]),
      ("ID", ["482 617 3903"]), ("HOSPITAL", ["Louth County Hospital"]), ("LOCATION", ["Kenwick Ward"]),
      ("DATE", ["02/02/2026"]), ("HOSPITAL", ["The Limes Care Home"]), ("ADDRESS", ["Alford Road"]),
      ("LOCATION", ["Mablethorpe"]), ("POSTCODE", ["LN12 1PX"]), ("DATE", ["28/01/2026"]),
      ("HOSPITAL", ["Marisco Medical Practice"]), ("DATE", ["14/03/2025"]), ("DATE", ["2011"]), ("DATE", ["1988"]),
      ("DATE", ["31/01/2026"]), ("NAME", ["Ghazala", "Mirza"]), ("NAME", ["Stacey", "Copeland"]),
      ("PHONE", ["07700 941 827"]), ("DATE", ["03/02/2026"]), ("DATE", ["December"]), ("AGE", ["97"]),
      ("DATE", ["November"]), ("NAME", ["Walter"]), ("LOCATION", ["St Peter's"]), ("LOCATION", ["Theddlethorpe"]),
      ("LOCATION", ["R. Gardiner & Sons"]), ("LOCATION", ["Alford"]), ("NAME", ["Frederick", "Allbright"]),
      ("NAME", ["Nicola", "Stennett"])],
     ["Parkinson's disease", "co-careldopa 25/100 TDS", "IDDSI level 4", "Clinical Frailty Scale 7", "CURB-65 3",
      "co-amoxiclav", "1a Aspiration pneumonia", "ReSPECT form", "Type 2 diabetes mellitus"]),

    # 36 - Guyana, Region 9 (Lethem; patient from Aishalton, South Rupununi): diabetic retinopathy grading report
    ("Ministry of Health, Guyana - Region 9 (Upper Takutu-Upper Essequibo)\n"
     "Lethem Regional Hospital - Diabetic Retinopathy Screening (tele-ophthalmology)\n"
     "GRADING REPORT\n"
     "Patient: Benedict Jacobis | M | 58 y | DOB 19/04/1967 | Hosp. no. LRH-9-04182 | NIS no. A-418273\n"
     "Village: Aishalton, South Rupununi | Contact: +592 772 4182\n"
     "Diabetes: type 2 since 2016; metformin 1 g BD, gliclazide 80 mg BD; HbA1c 9.8% (09/09/2025). BP 152/94.\n"
     "Visual acuity (Snellen, pinhole): RE 6/12, LE 6/9.\n"
     "Imaging 23/09/2025 10:14: Topcon TRC-NW400 (camera SN 4182736), dilated with tropicamide 1%; two fields per eye "
     "(macula- and disc-centred).\n"
     "Files JACOBIS_B_R_MAC_20250923.jpg and JACOBIS_B_L_MAC_20250923.jpg (+ 2 disc-centred) uploaded to "
     "https://teleeye.health.gov.gy/case/LRH-9-04182 from gateway 10.41.8.27.\n"
     "Grading (NHS DESP protocol) by Vidya Persaud, ophthalmologist, GPHC Georgetown, on 25/09/2025:\n"
     "RE: R2 M1 P0 - multiple blot haemorrhages, venous beading in one quadrant; exudates within 1 disc diameter of "
     "the fovea.\n"
     "LE: R1 M0 P0 - background retinopathy only.\n"
     "Outcome: REFER - ophthalmology clinic, Georgetown Public Hospital Corporation, within 13 weeks, for OCT and "
     "consideration of anti-VEGF. Optimise glycaemia and BP.\n"
     "Local follow-up: Medex Colin Atkinson, Aishalton Health Centre.\n"
     "Grader contact: v.persaud@gphc.gov.gy",
     [("HOSPITAL", ["Lethem Regional Hospital"]), ("NAME", ["Benedict", "Jacobis", "JACOBIS"]),
      ("DATE", ["19/04/1967"]), ("MRN", ["LRH-9-04182"]), ("ID", ["A-418273"]), ("LOCATION", ["Aishalton"]),
      ("LOCATION", ["South Rupununi"]), ("PHONE", ["+592 772 4182"]), ("DATE", ["09/09/2025"]),
      ("DATE", ["23/09/2025"]), ("SERIAL", ["4182736"]), ("ID", ["JACOBIS_B_R_MAC_20250923.jpg"]),
      ("ID", ["JACOBIS_B_L_MAC_20250923.jpg"]), ("URL", ["https://teleeye.health.gov.gy/case/LRH-9-04182"]),
      ("IP", ["10.41.8.27"]), ("NAME", ["Vidya", "Persaud"]), ("HOSPITAL", ["GPHC"]), ("LOCATION", ["Georgetown"]),
      ("DATE", ["25/09/2025"]), ("HOSPITAL", ["Georgetown Public Hospital Corporation"]),
      ("NAME", ["Colin", "Atkinson"]), ("HOSPITAL", ["Aishalton Health Centre"]),
      ("EMAIL", ["v.persaud@gphc.gov.gy"])],
     ["metformin 1 g BD", "gliclazide 80 mg BD", "HbA1c 9.8%", "RE 6/12, LE 6/9", "tropicamide 1%",
      "NHS DESP protocol", "R2 M1 P0", "venous beading", "R1 M0 P0", "anti-VEGF"]),

    # 37 - USA, Alaska (Bethel; pilot from Napakiak): aviation medical examiner notes, second-class medical
    ("Kuskokwim Aviation Medicine - 640 Ridgecrest Dr, Bethel, AK 99559 - (907) 543-4182\n"
     "AVIATION MEDICAL EXAMINER NOTES (supplement to FAA Form 8500-8)\n"
     "Applicant: Nathaniel Kasayulie | DOB 08/14/1979 | MedXPress confirmation 41827365 | FAA applicant ID A4182736\n"
     "Pilot certificate 3418273 (commercial, ASEL/AMEL) | Alaska DL 7418273\n"
     "Address: PO Box 41, Napakiak, AK 99634 | cell (907) 589-2418\n"
     "Employer: Kuskokwim Air Taxi, Bethel - flies a Cessna 207, N4182Z, on village mail and passenger runs.\n"
     "Class requested: second. Exam date: 04/22/2026.\n"
     "Item 18 history: obstructive sleep apnea diagnosed 2024 on home sleep test (WatchPAT: AHI 31, ODI 28, nadir "
     "SpO2 79%) at the Yukon-Kuskokwim Delta Regional Hospital sleep clinic (Dr Marguerite Oozevaseuk); on APAP "
     "since. Cetirizine 10 mg PRN (spring). Uses iqmik (smokeless tobacco).\n"
     "Exam: Ht 70 in, Wt 246 lb, BMI 35.3, neck 17.5 in. BP 136/84, P 72. Distant vision 20/20 each eye "
     "uncorrected; near 20/25. Color vision: PASS on Farnsworth Lantern (FALANT), 9/9. Hearing: conversational "
     "voice at 6 ft PASS. Urine: glucose and protein negative. STOP-BANG 5.\n"
     "CPAP download (ResMed AirSense 11 AutoSet, SN 23221841827): use on 94% of nights >= 4 h, mean 6.8 h/night, "
     "residual AHI 2.1.\n"
     "Decision: second-class certificate issued under the AASI for OSA; annual compliance report due with the next "
     "exam. No limitations.\n"
     "AME: Dr Elspeth Rinehart, DO | NPI 1482073560 | 04/22/2026",
     [("HOSPITAL", ["Kuskokwim Aviation Medicine"]), ("ADDRESS", ["640 Ridgecrest Dr"]), ("LOCATION", ["Bethel"]),
      ("POSTCODE", ["99559"]), ("PHONE", ["(907) 543-4182"]), ("NAME", ["Nathaniel", "Kasayulie"]),
      ("DATE", ["08/14/1979"]), ("ID", ["41827365"]), ("ID", ["A4182736"]), ("LICENCE", ["3418273"]),
      ("LICENCE", ["7418273"]), ("ADDRESS", ["PO Box 41"]), ("LOCATION", ["Napakiak"]), ("POSTCODE", ["99634"]),
      ("PHONE", ["(907) 589-2418"]), ("LOCATION", ["Kuskokwim Air Taxi"]), ("PLATE", ["N4182Z"]),
      ("DATE", ["04/22/2026"]), ("HOSPITAL", ["Yukon-Kuskokwim Delta Regional Hospital"]),
      ("NAME", ["Marguerite", "Oozevaseuk"]), ("SERIAL", ["23221841827"]), ("NAME", ["Elspeth", "Rinehart"]),
      ("LICENCE", ["1482073560"])],
     ["FAA Form 8500-8", "obstructive sleep apnea", "WatchPAT", "AHI 31", "Cetirizine 10 mg PRN", "BMI 35.3",
      "Farnsworth Lantern (FALANT)", "STOP-BANG 5", "ResMed AirSense 11 AutoSet", "residual AHI 2.1", "AASI"]),

    # 38 - South Africa, Eastern Cape (Mthatha; patient from Mdumbi near Coffee Bay): spiritual care visit note
    ("Nelson Mandela Academic Hospital, Mthatha - Spiritual Care / Chaplaincy\n"
     "SPIRITUAL CARE REFERRAL AND VISIT NOTE\n"
     "Referred by: Sister Nokuthula Dyantyi, Ward 9 (medical), on 07/01/2026\n"
     "Patient: Mrs Nomvuyo Mqhayi | 51 | SA ID 7408120645088 | Hosp. no. NMAH 0418273\n"
     "Home: Mdumbi, near Coffee Bay | Language: isiXhosa (visit in isiXhosa) | Church: St John's Apostolic Faith "
     "Mission, Ngangelizwe branch\n"
     "Context from the team: advanced HIV (CD4 48 cells/µL) with cutaneous and pulmonary Kaposi sarcoma; on TLD "
     "(dolutegravir) since November 2025; paclitaxel cycle 2 due. Palliative focus discussed. She keeps asking why "
     "the ancestors are angry.\n"
     "Visit 08/01/2026 (45 min) with her sister Nobuhle; husband Mr Luvuyo Mqhayi on speakerphone from the platinum "
     "mine in Rustenburg where he works.\n"
     "FICA Spiritual History Tool:\n"
     "F - strong faith (Apostolic/Zionist); uses blessed water (isiwasho).\n"
     "I - very important; prayer calms her at night.\n"
     "C - the church prophet, Mr Dumisani Ngcobo, visits weekly.\n"
     "A - wants prayer with the chaplain, and wants the family to do the umsebenzi (ritual) for her late father at "
     "home before Easter.\n"
     "Concerns: fear of being bewitched (ukuthakathwa); guilt about the unfinished ritual; fear of dying far from "
     "home. Her grandson Lisakhanya (6) gives her strength.\n"
     "Interventions: listening; prayer in isiXhosa with the family; ward sister agreed that the blessed water may "
     "be used on intact skin only (not on the Kaposi lesions). Liaised with the palliative care doctor, Dr Ayanda "
     "Sotashe, about discharge home with follow-up at the Mdumbi clinic; referred to the social worker, Ms Thandeka "
     "Gqirana, for transport.\n"
     "Plan: revisit Monday 12/01/2026; family meeting with the palliative team Tuesday 13/01/2026 at 10:00, Ward 9 "
     "side room.\n"
     "Chaplain: Rev. Sipho Gxowa, Chaplaincy Services | ext 3307 | +27 82 418 2736",
     [("HOSPITAL", ["Nelson Mandela Academic Hospital"]), ("LOCATION", ["Mthatha"]),
      ("NAME", ["Nokuthula", "Dyantyi"]), ("DATE", ["07/01/2026"]), ("NAME", ["Nomvuyo", "Mqhayi"]),
      ("ID", ["7408120645088"]), ("MRN", ["NMAH 0418273"]), ("LOCATION", ["Mdumbi"]), ("LOCATION", ["Coffee Bay"]),
      ("LOCATION", ["St John's Apostolic Faith Mission"]), ("LOCATION", ["Ngangelizwe"]),
      ("DATE", ["November 2025"]), ("DATE", ["08/01/2026"]), ("NAME", ["Nobuhle"]), ("NAME", ["Luvuyo"]),
      ("LOCATION", ["Rustenburg"]), ("NAME", ["Dumisani", "Ngcobo"]), ("DATE", ["Easter"]),
      ("NAME", ["Lisakhanya"]), ("NAME", ["Ayanda", "Sotashe"]), ("NAME", ["Thandeka", "Gqirana"]),
      ("DATE", ["12/01/2026"]), ("DATE", ["13/01/2026"]), ("NAME", ["Sipho", "Gxowa"]), ("PHONE", ["3307"]),
      ("PHONE", ["+27 82 418 2736"])],
     ["advanced HIV", "CD4 48 cells/µL", "Kaposi sarcoma", "TLD (dolutegravir)", "paclitaxel cycle 2",
      "FICA Spiritual History Tool"]),

    # 39 - Maldives, Addu City (Hithadhoo) and Fuvahmulah: premarital thalassaemia screening counselling letter
    ("Hithadhoo Regional Hospital - Thalassaemia and Genetic Counselling Clinic\n"
     "Addu City, Republic of Maldives | Tel +960 688 4182\n"
     "Ref: HRH/GC/2025/041 | 2 September 2025\n"
     "PREMARITAL SCREENING - RESULTS AND COUNSELLING LETTER\n"
     "Couple: Ms Aishath Shaheena (NID A184273, DOB 14/02/1999; Fehimaage, Hithadhoo, Addu City) and Mr Ibrahim Nasih "
     "(NID A206418, DOB 03/11/1996; Reethi Villa, Dhiguvaandu ward, Fuvahmulah City)\n"
     "Dear Ms Aishath and Mr Ibrahim,\n"
     "Thank you for coming to the clinic on 28 August 2025 with your mothers. Your results are:\n"
     "Ms Aishath: Hb 11.2 g/dL, MCV 61 fL, MCH 19.4 pg, RBC 5.8 x10^12/L (Mentzer index 10.5), HbA2 5.6% on HPLC, "
     "HbF 1.1%, ferritin 48 µg/L - beta thalassaemia trait (carrier).\n"
     "Mr Ibrahim: Hb 13.6 g/dL, MCV 63 fL, MCH 20.1 pg, HbA2 5.9% on HPLC - beta thalassaemia trait (carrier).\n"
     "Because you are both carriers, in each pregnancy there is a 1 in 4 (25%) chance of a child with beta "
     "thalassaemia major, a 1 in 2 chance of a child who is a carrier, and a 1 in 4 chance of a child with neither.\n"
     "We discussed the options: marrying with knowledge of the risk; prenatal diagnosis by chorionic villus sampling "
     "at 11-13 weeks at Indira Gandhi Memorial Hospital (IGMH), Malé, with the sample tested overseas; PGT-M with IVF "
     "overseas; adoption; or not marrying. We do not tell couples whether to marry - the decision is yours.\n"
     "You told us you plan to marry after Eid al-Adha next year. Please contact us early in any pregnancy, before 10 "
     "weeks.\n"
     "Family testing offered: Ms Aishath's younger sister Mariyam Shaufa (17) and Mr Ibrahim's brother Ahmed Naail.\n"
     "Yours sincerely,\n"
     "Mariyam Nazeeha, Genetic Counsellor\n"
     "Dr Hussain Rasheed, Consultant Haematologist (MMDC reg. R-04182)",
     [("HOSPITAL", ["Hithadhoo Regional Hospital"]), ("LOCATION", ["Addu City"]), ("PHONE", ["+960 688 4182"]),
      ("ID", ["HRH/GC/2025/041"]), ("DATE", ["2 September 2025"]), ("NAME", ["Aishath", "Shaheena"]),
      ("ID", ["A184273"]), ("DATE", ["14/02/1999"]), ("ADDRESS", ["Fehimaage"]), ("LOCATION", ["Hithadhoo"]),
      ("NAME", ["Ibrahim", "Nasih"]), ("ID", ["A206418"]), ("DATE", ["03/11/1996"]), ("ADDRESS", ["Reethi Villa"]),
      ("LOCATION", ["Dhiguvaandu"]), ("LOCATION", ["Fuvahmulah City"]), ("DATE", ["28 August 2025"]),
      ("HOSPITAL", ["Indira Gandhi Memorial Hospital", "IGMH"]), ("LOCATION", ["Malé"]), ("DATE", ["Eid al-Adha"]),
      ("NAME", ["Mariyam", "Shaufa"]), ("NAME", ["Ahmed", "Naail"]), ("NAME", ["Mariyam", "Nazeeha"]),
      ("NAME", ["Hussain", "Rasheed"]), ("LICENCE", ["R-04182"])],
     ["MCV 61 fL", "MCH 19.4 pg", "Mentzer index 10.5", "HbA2 5.6%", "HbA2 5.9%", "beta thalassaemia trait",
      "beta thalassaemia major", "1 in 4 (25%)", "chorionic villus sampling at 11-13 weeks", "PGT-M", "HPLC"]),
]
