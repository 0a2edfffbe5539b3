"""Thirty-third HELD-OUT set of hand-written notes, ordinary-case (normal capitalisation), written blind: whoever wrote
it read only the note format (the ``Note`` type and the layout of the eighteenth set), none of the de-identification
rules, their word lists, their tests, their documentation or any other note set, and never ran the de-identifier or the
evaluation on these notes. Measure it; do not change a rule because of what it shows.

40 notes (1139 planted identifier parts in 945 (kind, parts) entries; 458 clinical strings), written the way clinicians
write them - letterheads, labels, tables, log lines with clock times and initials, terse prose, free narrative,
sign-offs and copy lines: an antenatal booking visit, a Mental Health Act (AMHP) assessment, an ophthalmology clinic
letter, a dental surgeon's referral to oral and maxillofacial surgery, an audiology report, an antenatal anomaly
ultrasound report, a store-and-forward teledermatology referral with its reply, a poison centre call record, a sports
concussion clinic assessment, an expedition ship's medical log with a medevac, a home peritoneal dialysis nursing visit,
an anticoagulation clinic log, a resettlement health assessment for a refugee, a prison reception health screen, an EEG
report, an echocardiography report, a hyperbaric treatment record, a urology outpatient record, a haematology clinic
letter, a sexual health clinic note, a child protection medical, a cancer genetics pedigree letter, a rheumatology
biologics review, an air ambulance evacuation card, an emergency department triage log, a zoonosis notification, a
report of a death to the coroner, a sleep study report, a child welfare clinic immunisation record, an occupational
therapy pre-discharge home visit, an offshore platform sickbay record, a pharmacist's medication review, a UN
peacekeeping field hospital log, a cystic fibrosis annual review, a diabetic foot and wound clinic note, an eating
disorders unit admission, an addiction service review, a gender service clinic letter, a travel clinic record and a
physiotherapy discharge summary. From Ghana, England, Scotland, Wales, Northern Ireland, Greece, Cyprus, Malta, Norway
(offshore), Russia, Turkey, Israel, Jordan, Pakistan, India, Sri Lanka, Singapore, mainland China, Hong Kong, Japan,
Ethiopia, South Sudan, South Africa, Mauritius, Canada, the USA, Mexico, Brazil, Trinidad and Tobago, Australia, New
Zealand, Tonga and an expedition ship in Antarctic waters.

Scripts and languages (positions in ``NOTES``, counted from 0): notes 2, 16 and 31 are in Greek script; notes 5 and 27
in simplified Chinese and note 14 in traditional Chinese; notes 10 and 29 in Japanese (kanji and kana, with Japanese era
dates); note 12 in Arabic (Levantine month names, Eastern Arabic digits); note 21 in Hebrew; note 23 in Russian
(Cyrillic); note 7 in Spanish, 18 in Portuguese, 25 in Turkish and 33 in French; all other notes (25: 0, 1, 3, 4, 6, 8,
9, 11, 13, 15, 17, 19, 20, 22, 24, 26, 28, 30, 32 and 34-39) are in English (Latin script). Each non-English note has
its names, addresses, phone numbers, facilities and dates in that language's usual forms.

Identifiers sit where clinicians put them: in letterheads and addressee blocks, patient labels and table rows, after
titles and relation words in each language, bare in narrative, in log lines (staff as initials, Greek and Cyrillic
initials included), in sign-offs with licence and registration numbers, and in copy lines. Names include everyday words
and names of one or two characters, hyphenated and multi-part names, patronymics, kana readings and surnames written
first in capitals; places include villages, districts, islands, neighbourhoods and places that are everyday words or
first names, and facilities named after people or saints; there are employers, schools, ships and a ferry, vehicle
plates, aircraft and boat registrations, device serial numbers, e-mail addresses, URLs, IP addresses (some at the end of
a sentence), social-media handles, and dates in many forms (full dates in several orders, weekday dates, dates without a
year, month and year, era and non-Gregorian calendar dates, military date-time groups, dates in tables and log lines,
and festivals and holidays of many cultures used as dates). Six notes have a person aged 90 or over (9, 11, 26, 29, 31,
and a grandmother in 21): there the age and every date element, bare years, months and holidays included, are planted.
Elsewhere a year stands only inside a statute, a guideline, a consensus or a criteria name (clinical strings), and a
four-digit number that looks like a year is a clock time. Where a real identifier type has a check digit (NHS and CHI
numbers, the Northern Ireland H&C number, AMKA, Aadhaar, CPF, CNS, SNILS, the Turkish and Israeli identity numbers,
NRIC, HKID, the Chinese resident ID, NHI, Medicare, the Norwegian birth number, the BC PHN, CURP, the South African ID,
a DEA number and an IMO number) the planted one passes it. No name, place or facility is planted in more than one note,
and none is reused from the eighteenth set.

Clinical strings that must survive include eponymous signs, scores, scales and classifications with their values,
scales, criteria and consensus statements named after places, drug and device brand names, organisms, lab values with
units, staging, ratios and fractions that look like dates, years inside statutes, guidelines and criteria names, and
named classifications written in the note's own language. Entries per kind: NAME 190, DATE 186, LOCATION 168, HOSPITAL
72, ADDRESS 60, PHONE 58, ID 51, POSTCODE 41, LICENCE 34, MRN 25, PLATE 15, EMAIL 13, AGE 8, SERIAL 7, IP 6, URL 6,
HANDLE 5. The last 20 notes (585 identifier parts in 483 entries, 233 clinical strings) are in
:mod:`deid_notes_heldout33_more`, only to keep each file a readable length; this file holds 554 identifier parts in 462
entries and 225 clinical strings.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note
from consilium.orchestration.privacy.corpora.heldout.heldout33.deid_notes_heldout33_more import NOTES as MORE_NOTES

NOTES: list[Note] = [
    # 0 - Ghana: antenatal booking visit
    ("KOMFO ANOKYE TEACHING HOSPITAL - Directorate of Obstetrics & Gynaecology, Antenatal Clinic (Block C)\n"
     "P.O. Box 1934, Kumasi | Tel 0322 049 781\n"
     "ANTENATAL BOOKING VISIT | Tuesday, 3rd February 2026 | ANC Reg. No. KATH/ANC/26/00712\n"
     "Client: Mrs. Comfort Adwoa Owusu-Boateng | 29 yrs | DOB 14/05/1996 | Ghana Card GHA-719204385-6 | NHIS card "
     "seen\n"
     "Address: GhanaPost GPS AK-447-1953, behind the Methodist chapel, Bantama. Sells wax print cloth. Mob. "
     "024 419 7735.\n"
     "Husband: Mr. Kwabena Frimpong, trotro driver (vehicle AS 4417-22).\n"
     "Obstetric history: G3P1+1. First baby SVD at Suntreso Government Hospital, girl 3.1 kg, Apgar 9 at 5 min - she "
     "is now 4. Miscarriage at 9 weeks, no evacuation needed.\n"
     "LMP 18th October 2025 (sure, regular 28-day cycles); EDD 25/07/2026 by Naegele's rule; GA today 15+3 weeks.\n"
     "Medical/family: nil chronic. Younger sister has sickle cell disease (HbSS).\n"
     "Exam: wt 71 kg, ht 1.62 m, BMI 27.1; BP 118/72; mild pallor; no oedema; uterus 16-week size; FHR 148 bpm "
     "(hand-held Doppler).\n"
     "Booking labs: Hb 10.4 g/dL; sickling test positive, Hb electrophoresis HbAS; blood group O RhD positive; HIV "
     "1&2 non-reactive; VDRL non-reactive; HBsAg negative; malaria RDT negative; urine protein nil, glucose nil.\n"
     "Screening: Edinburgh Postnatal Depression Scale 6 (read to her in Twi); IPV screen negative.\n"
     "Plan (WHO 2016 ANC model, 8 contacts): IPTp-SP (Fansidar) 3 tablets by DOT today, then monthly; ferrous "
     "sulphate 200 mg + folic acid 5 mg daily; Td booster; LLIN issued; husband to come for Hb electrophoresis "
     "(counselling if he is AS or AC); dating scan booked.\n"
     "Travelling to her mother in Agogo for a funeral on Easter Monday - to carry her maternal health record book.\n"
     "Next contact: in 4 weeks.\n"
     "Booked by: Abena Serwaa Ntim, Senior Midwife | NMC PIN RM 2104871 | seen with Dr. Yaw Agyeman-Duah (MO)",
     [("HOSPITAL", ["KOMFO ANOKYE TEACHING HOSPITAL"]), ("ADDRESS", ["P.O. Box 1934"]), ("LOCATION", ["Kumasi"]),
      ("PHONE", ["0322 049 781"]), ("DATE", ["Tuesday, 3rd February 2026"]), ("MRN", ["KATH/ANC/26/00712"]),
      ("NAME", ["Comfort", "Adwoa", "Owusu-Boateng"]), ("DATE", ["14/05/1996"]), ("ID", ["GHA-719204385-6"]),
      ("ADDRESS", ["AK-447-1953"]), ("LOCATION", ["Bantama"]), ("PHONE", ["024 419 7735"]),
      ("NAME", ["Kwabena", "Frimpong"]), ("PLATE", ["AS 4417-22"]), ("HOSPITAL", ["Suntreso Government Hospital"]),
      ("DATE", ["18th October 2025"]), ("DATE", ["25/07/2026"]), ("LOCATION", ["Agogo"]), ("DATE", ["Easter Monday"]),
      ("NAME", ["Abena Serwaa", "Ntim"]), ("LICENCE", ["RM 2104871"]), ("NAME", ["Yaw", "Agyeman-Duah"])],
     ["G3P1+1", "Apgar 9", "Naegele's rule", "HbSS", "FHR 148 bpm", "Hb 10.4 g/dL", "HbAS", "VDRL non-reactive",
      "Edinburgh Postnatal Depression Scale 6", "WHO 2016 ANC model", "IPTp-SP (Fansidar)", "folic acid 5 mg"]),

    # 1 - England: Mental Health Act assessment, AMHP outcome report
    ("Cornwall Partnership NHS Foundation Trust - Approved Mental Health Professional Service, Penzance hub\n"
     "MENTAL HEALTH ACT 1983 - AMHP ASSESSMENT OUTCOME REPORT\n"
     "Assessed: Saturday 15 November 2025, 16:30, at home\n"
     "Person assessed: Mr Jory PENGELLY-TREVASKIS, 34, DOB 02/09/1991, NHS 485 123 4074\n"
     "Address: Flat 3, 11 Chapel Street, Mousehole, Penzance TR19 6SB\n"
     "Works as a deckhand on the crabber Girl Tamsin (PZ 1187) out of Newlyn.\n"
     "Nearest relative (s.26): mother, Mrs Loveday Pengelly of Praze-an-Beeble, 01209 831 472 - consulted by phone at "
     "15:50, told of her right to object; did not object.\n"
     "Background: bipolar affective disorder (ICD-10 F31.2); two earlier admissions under s.2, the last to "
     "Harvest Ward, Longreach House; stopped Priadel 800 mg nocte in September, after a lithium level of 0.72 mmol/L "
     "in June.\n"
     "Presentation: 9 nights without sleep; pressured speech, flight of ideas; grandiose (says he has been chosen to "
     "'wake the old Duchy'); spent £4,800 on a boat engine; at 02:00 today walked off the harbour slip into the sea "
     "'to test the tide' and was pulled out by the harbour master. Police attended; no s.136.\n"
     "Interview (both doctors present; his brother for the first part): overactive, disinhibited, irritable when "
     "interrupted, no insight. Refused informal admission and the Home Treatment Team. Young Mania Rating Scale 34.\n"
     "Medical recommendations: Dr Kitto Roskilly, consultant psychiatrist, s.12(2) approved; Dr Hester Carbis, his GP "
     "(previous acquaintance).\n"
     "Least restrictive option: no engagement with community treatment; risk to self from the sea and from "
     "exhaustion; established diagnosis with a known treatment plan - application under s.3 rather than s.2.\n"
     "Outcome: s.3 application completed 18:05; bed on Harvest Ward; conveyed by ambulance WK23 FZO with two officers "
     "following; papers to the MHA office.\n"
     "Demelza Tonkin-Ashe, AMHP | Social Work England SW104837",
     [("HOSPITAL", ["Cornwall Partnership NHS Foundation Trust"]), ("LOCATION", ["Penzance"]),
      ("DATE", ["Saturday 15 November 2025"]), ("NAME", ["Jory", "PENGELLY-TREVASKIS"]), ("DATE", ["02/09/1991"]),
      ("ID", ["485 123 4074"]), ("ADDRESS", ["Flat 3, 11 Chapel Street"]), ("LOCATION", ["Mousehole"]),
      ("POSTCODE", ["TR19 6SB"]), ("LOCATION", ["Girl Tamsin"]), ("PLATE", ["PZ 1187"]), ("LOCATION", ["Newlyn"]),
      ("NAME", ["Loveday", "Pengelly"]), ("LOCATION", ["Praze-an-Beeble"]), ("PHONE", ["01209 831 472"]),
      ("LOCATION", ["Harvest Ward"]), ("HOSPITAL", ["Longreach House"]), ("DATE", ["September"]), ("DATE", ["June"]),
      ("NAME", ["Kitto", "Roskilly"]), ("NAME", ["Hester", "Carbis"]), ("PLATE", ["WK23 FZO"]),
      ("NAME", ["Demelza", "Tonkin-Ashe"]), ("LICENCE", ["SW104837"])],
     ["MENTAL HEALTH ACT 1983", "s.26", "bipolar affective disorder", "ICD-10 F31.2", "Priadel 800 mg nocte",
      "lithium level of 0.72 mmol/L", "pressured speech, flight of ideas", "s.136", "Young Mania Rating Scale 34",
      "s.12(2)"]),

    # 2 - Greece: ophthalmology clinic letter to a health centre physician (Greek)
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου (ΠΑΓΝΗ) - Οφθαλμολογική Κλινική\n"
     "Ιατρείο Ωχράς Κηλίδας και Γλαυκώματος | 71110 Ηράκλειο Κρήτης | τηλ. 2810 392 417\n"
     "\n"
     "Ηράκλειο, Πέμπτη 5 Μαρτίου 2026\n"
     "\n"
     "Προς: Δρ Μανόλη Σφακιανάκη, Παθολόγο, Κέντρο Υγείας Μοιρών\n"
     "\n"
     "Αγαπητέ συνάδελφε,\n"
     "Εξετάσαμε σήμερα τον κ. Γεώργιο Ψαρουδάκη του Στυλιανού, 67 ετών, γεν. 19/11/1958, ΑΜΚΑ 19115802712, κάτοικο "
     "Ζαρού (Αγίου Νικολάου 14, 70002 Ζαρός), συνταξιούχο ελαιοπαραγωγό. Αναφέρει θάμβος όρασης αριστερά από τα "
     "Θεοφάνεια.\n"
     "Ιστορικό: ΣΔ τύπου 2 από 18ετίας με ινσουλίνη (HbA1c 9,1%), αρτηριακή υπέρταση· εξαίρεση καταρράκτη ΔΟ στο "
     "Βενιζέλειο Νοσοκομείο τον περασμένο Ιούνιο.\n"
     "Ευρήματα:\n"
     "- Βέλτιστη διορθωμένη οπτική οξύτητα (Snellen): ΔΟ 6/9, ΑΟ 6/36\n"
     "- Ενδοφθάλμια πίεση (τονόμετρο Goldmann): ΔΟ 17 mmHg, ΑΟ 29 mmHg\n"
     "- Βυθός: παραγωγική διαβητική αμφιβληστροειδοπάθεια ΑΟ με νεοαγγεία στην οπτική θηλή (NVD) και "
     "προαμφιβληστροειδική αιμορραγία· μη παραγωγική ΔΟ. Λόγος C/D 0,7 ΑΟ.\n"
     "- OCT ωχράς: κεντρικό πάχος (CST) ΑΟ 486 μm με ενδοαμφιβληστροειδικές κύστεις (διαβητικό οίδημα ωχράς), ΔΟ 281 "
     "μm\n"
     "- Οπτικά πεδία Humphrey 24-2 ΑΟ: MD -7,8 dB, αρχόμενο άνω τοξοειδές σκότωμα\n"
     "Διάγνωση: ΑΟ παραγωγική διαβητική αμφιβληστροειδοπάθεια με κεντρικό διαβητικό οίδημα ωχράς· ύποπτο γλαύκωμα "
     "ανοικτής γωνίας.\n"
     "Αγωγή: ενδοϋαλοειδικές ενέσεις aflibercept (Eylea) 2 mg ΑΟ, μία τον μήνα x3, η πρώτη την επόμενη εβδομάδα· "
     "παναμφιβληστροειδική φωτοπηξία (PRP) σε 2 συνεδρίες· Xalacom 1 σταγόνα το βράδυ ΑΟ. Παρακαλώ για ρύθμιση του "
     "σακχάρου.\n"
     "Επανεξέταση: 9 Απριλίου, με νέο OCT.\n"
     "Η κόρη του, Ειρήνη Ψαρουδάκη-Μαρκάκη (κιν. 697 418 3082), θα τον συνοδεύει, γιατί δεν οδηγεί μετά τις "
     "σταγόνες.\n"
     "\n"
     "Με εκτίμηση,\n"
     "Αριάδνη Κουνελάκη, Επιμελήτρια Α΄ Οφθαλμολογίας",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Ηρακλείου"]), ("HOSPITAL", ["ΠΑΓΝΗ"]), ("POSTCODE", ["71110"]),
      ("LOCATION", ["Ηράκλειο"]), ("PHONE", ["2810 392 417"]), ("DATE", ["Πέμπτη 5 Μαρτίου 2026"]),
      ("NAME", ["Μανόλη", "Σφακιανάκη"]), ("HOSPITAL", ["Κέντρο Υγείας Μοιρών"]), ("NAME", ["Γεώργιο", "Ψαρουδάκη"]),
      ("NAME", ["Στυλιανού"]), ("DATE", ["19/11/1958"]), ("ID", ["19115802712"]), ("LOCATION", ["Ζαρού"]),
      ("ADDRESS", ["Αγίου Νικολάου 14"]), ("POSTCODE", ["70002"]), ("LOCATION", ["Ζαρός"]), ("DATE", ["Θεοφάνεια"]),
      ("HOSPITAL", ["Βενιζέλειο Νοσοκομείο"]), ("DATE", ["Ιούνιο"]), ("DATE", ["9 Απριλίου"]),
      ("NAME", ["Ειρήνη", "Ψαρουδάκη-Μαρκάκη"]), ("PHONE", ["697 418 3082"]), ("NAME", ["Αριάδνη", "Κουνελάκη"])],
     ["HbA1c 9,1%", "ΔΟ 6/9", "ΑΟ 6/36", "τονόμετρο Goldmann", "παραγωγική διαβητική αμφιβληστροειδοπάθεια", "NVD",
      "C/D 0,7", "διαβητικό οίδημα ωχράς", "Humphrey 24-2", "MD -7,8 dB", "aflibercept (Eylea) 2 mg", "Xalacom"]),

    # 3 - Pakistan: dental surgeon's referral letter to oral and maxillofacial surgery
    ("SMILE AVENUE DENTAL SURGERY\n"
     "Shop 4, Jinnah Market, G.T. Road, Muridke, Distt. Sheikhupura | 042-37981460\n"
     "\n"
     "Date: 12-01-2026\n"
     "To: The Head, Department of Oral & Maxillofacial Surgery, de'Montmorency College of Dentistry, Lahore\n"
     "\n"
     "Respected Sir/Madam,\n"
     "Kindly see Mr. Muhammad Shafiq s/o Ghulam Rasool, 41 years, CNIC 35401-6218473-5, r/o House 27, Street 3, "
     "Mohallah Islampura, Muridke, mob. 0300-6124873. He works as a loader at Al-Barkat Rice Mills and has chewed "
     "naswar daily for 20 years.\n"
     "He first noticed a painless swelling of the left lower jaw around Eid ul Adha; it has grown slowly, and for one "
     "month he has had mobile lower left molars and numbness of the left lower lip.\n"
     "O/E: hard, non-tender bony expansion of the left mandibular body and ramus, 5 x 4 cm, with eggshell crackling "
     "buccally; 36 and 37 grade II mobile but vital (EPT responsive); left mental nerve paraesthesia "
     "(Vincent's symptom). No cervical lymphadenopathy. Mouth opening 38 mm.\n"
     "OPG (private radiology centre): large multilocular 'soap-bubble' radiolucency from the 35 region to the sigmoid "
     "notch with knife-edge root resorption of 36-37.\n"
     "Provisional diagnosis: ?ameloblastoma; d/d odontogenic keratocyst, central giant cell granuloma.\n"
     "I have not done any biopsy or extraction. CBCT, incisional biopsy and further management are requested. "
     "Medically fit; no known allergies; BP 132/84; RBS 118 mg/dL. HBsAg and anti-HCV not done.\n"
     "His brother, Mr. Zulfiqar Hussain, will bring him (0333-7418290).\n"
     "\n"
     "Regards,\n"
     "Dr. Sana Iftikhar Malik, BDS, RDS | PMDC 21847-D\n"
     "smileavenue.muridke@gmail.com",
     [("HOSPITAL", ["SMILE AVENUE DENTAL SURGERY"]), ("ADDRESS", ["Shop 4, Jinnah Market, G.T. Road"]),
      ("LOCATION", ["Muridke"]), ("LOCATION", ["Sheikhupura"]), ("PHONE", ["042-37981460"]), ("DATE", ["12-01-2026"]),
      ("HOSPITAL", ["de'Montmorency College of Dentistry"]), ("LOCATION", ["Lahore"]), ("NAME", ["Muhammad", "Shafiq"]),
      ("NAME", ["Ghulam", "Rasool"]), ("ID", ["35401-6218473-5"]), ("ADDRESS", ["House 27, Street 3"]),
      ("LOCATION", ["Mohallah Islampura"]), ("PHONE", ["0300-6124873"]), ("LOCATION", ["Al-Barkat Rice Mills"]),
      ("DATE", ["Eid ul Adha"]), ("NAME", ["Zulfiqar", "Hussain"]), ("PHONE", ["0333-7418290"]),
      ("NAME", ["Sana Iftikhar", "Malik"]), ("LICENCE", ["21847-D"]), ("EMAIL", ["smileavenue.muridke@gmail.com"])],
     ["naswar", "eggshell crackling", "grade II mobile", "Vincent's symptom", "Mouth opening 38 mm",
      "multilocular 'soap-bubble' radiolucency", "knife-edge root resorption", "ameloblastoma",
      "odontogenic keratocyst", "central giant cell granuloma", "RBS 118 mg/dL"]),

    # 4 - Singapore: audiological assessment report, occupational noise-induced hearing loss
    ("Ng Teng Fong General Hospital - Audiology Services, ENT Centre (Tower B, Level 3)\n"
     "1 Jurong East Street 21, Singapore 609606 | Tel 6716 4182\n"
     "AUDIOLOGICAL ASSESSMENT REPORT | Date of test: 27 Oct 2025 (Mon) | Audiologist: Clarice NG Hui Min\n"
     "Name: RAJENDRAN s/o Muniandy | NRIC S7334129I | 52 M | Case no. NTF-AUD-25-10482\n"
     "Address: Blk 412 Jurong West Street 42, #08-117, Singapore 640412 | HP 9174 3382\n"
     "Referred by: Dr WEE Jia Le, ENT (occupational noise; statutory audiometry flagged by the designated factory "
     "doctor)\n"
     "Occupation: welder-fitter for 24 years, Tuas Marine Engineering Pte Ltd (yard at Tuas South); ear plugs "
     "'sometimes'. Struggles to follow his wife Kalaivani at the hawker centre and at the temple during Thaipusam.\n"
     "Otoscopy: clear canals, intact TMs bilaterally.\n"
     "Tympanometry: Type A (Jerger) both ears; ipsilateral acoustic reflexes present at 1 kHz.\n"
     "Pure-tone audiometry (masked where needed): bilateral sensorineural hearing loss with a 4 kHz notch and "
     "recovery at 8 kHz - R 4 kHz 60 dB HL, L 4 kHz 65 dB HL; PTA (0.5-1-2 kHz) R 22 dB HL, L 25 dB HL.\n"
     "Speech: SRT R 25 dB, L 25 dB (agrees with PTA); WRS 88% R, 84% L at MCL.\n"
     "DPOAE: absent 3-6 kHz bilaterally. Stenger test negative.\n"
     "Tinnitus: THI 38 (moderate).\n"
     "Impression: noise-induced hearing loss, bilateral and symmetrical, consistent with occupational exposure; "
     "notifiable under the Workplace Safety and Health Act.\n"
     "Recommendations: 1. Notification of occupational disease to MOM by the factory doctor. 2. Trial of bilateral "
     "RIC hearing aids (Phonak Audéo Lumity 50) - fitting 10 Nov 2025 with REM verification. 3. Strict hearing "
     "protection (custom moulds). 4. Repeat audiogram in 12 months.\n"
     "Reviewed with: Dr WEE Jia Le | Audiologist reg. AUD-00814 | c.ng.huimin@ntfgh-audiology.sg",
     [("HOSPITAL", ["Ng Teng Fong General Hospital"]), ("ADDRESS", ["1 Jurong East Street 21"]),
      ("POSTCODE", ["609606"]), ("PHONE", ["6716 4182"]), ("DATE", ["27 Oct 2025 (Mon)"]),
      ("NAME", ["Clarice", "NG", "Hui Min"]), ("NAME", ["RAJENDRAN", "Muniandy"]), ("ID", ["S7334129I"]),
      ("MRN", ["NTF-AUD-25-10482"]), ("ADDRESS", ["Blk 412 Jurong West Street 42, #08-117"]), ("POSTCODE", ["640412"]),
      ("PHONE", ["9174 3382"]), ("NAME", ["WEE", "Jia Le"]), ("LOCATION", ["Tuas Marine Engineering Pte Ltd"]),
      ("LOCATION", ["Tuas South"]), ("NAME", ["Kalaivani"]), ("DATE", ["Thaipusam"]), ("DATE", ["10 Nov 2025"]),
      ("LICENCE", ["AUD-00814"]), ("EMAIL", ["c.ng.huimin@ntfgh-audiology.sg"])],
     ["Type A (Jerger)", "bilateral sensorineural hearing loss", "4 kHz notch", "PTA (0.5-1-2 kHz)", "WRS 88%", "DPOAE",
      "Stenger test negative", "THI 38", "noise-induced hearing loss", "Workplace Safety and Health Act",
      "Phonak Audéo Lumity 50"]),

    # 5 - China (mainland): second-trimester anomaly ultrasound report (simplified Chinese)
    ("云南省第一人民医院（昆华医院） 超声医学科\n"
     "昆明市金碧路157号　预约电话：0871-6363 4182\n"
     "产科超声检查报告单（中孕期系统筛查）\n"
     "门诊号：KM01482375　检查日期：2026年2月14日　仪器：Voluson E10（序列号 VE10-63052）\n"
     "姓名：普春梅　性别：女　年龄：28岁　身份证号：530114199708120461\n"
     "住址：昆明市呈贡区雨花社区12栋2单元601室　职业：呈贡区第三小学教师\n"
     "丈夫：普建国（彝族），电话 138-8712-4406\n"
     "末次月经：2025年8月30日　预产期：2026年6月6日　孕2产1\n"
     "超声所见：\n"
     "宫内单活胎，头位。胎心率 146次/分，律齐。\n"
     "生物测量：BPD 59 mm，HC 218 mm，AC 196 mm，FL 44 mm，HL 40 mm；估测胎儿体重 EFW 650 g（Hadlock公式）。\n"
     "胎盘：附着于子宫后壁，Grannum分级 0级，下缘距宫颈内口 > 20 mm。\n"
     "羊水：最大深度 52 mm，AFI 14.2 cm。脐动脉 S/D 2.9，PI 1.12。宫颈长度 32 mm。\n"
     "胎儿结构：颅骨光环完整，侧脑室 6 mm；上唇连续；四腔心切面、左右室流出道切面显示清晰；胃泡、双肾、膀胱可见；脊柱排列整齐；四肢长骨可见。\n"
     "超声提示：宫内妊娠，单活胎，超声孕周约24周，与停经孕周相符；胎儿系统结构筛查未见明显异常（受孕周、胎位及母体腹壁影响，部分结构可能显示不清）。\n"
     "建议：孕28周复查生长发育，火把节前完成；24-28周行 OGTT。\n"
     "图像已上传 PACS（172.16.28.41）。\n"
     "检查医师：杨海燕　记录：段晓琳",
     [("HOSPITAL", ["云南省第一人民医院"]), ("HOSPITAL", ["昆华医院"]), ("LOCATION", ["昆明市"]), ("ADDRESS", ["金碧路157号"]),
      ("PHONE", ["0871-6363 4182"]), ("MRN", ["KM01482375"]), ("DATE", ["2026年2月14日"]), ("SERIAL", ["VE10-63052"]),
      ("NAME", ["普春梅"]), ("ID", ["530114199708120461"]), ("LOCATION", ["呈贡区"]), ("LOCATION", ["雨花社区"]),
      ("ADDRESS", ["12栋2单元601室"]), ("LOCATION", ["呈贡区第三小学"]), ("NAME", ["普建国"]), ("PHONE", ["138-8712-4406"]),
      ("DATE", ["2025年8月30日"]), ("DATE", ["2026年6月6日"]), ("DATE", ["火把节"]), ("IP", ["172.16.28.41"]), ("NAME", ["杨海燕"]),
      ("NAME", ["段晓琳"])],
     ["Voluson E10", "孕2产1", "胎心率 146次/分", "BPD 59 mm", "EFW 650 g（Hadlock公式）", "Grannum分级 0级", "AFI 14.2 cm",
      "脐动脉 S/D 2.9", "宫颈长度 32 mm", "四腔心切面", "OGTT"]),

    # 6 - Canada: store-and-forward teledermatology referral with the dermatologist's reply
    ("Northern Health - Northern Haida Gwaii Hospital & Health Centre, Masset BC\n"
     "TELEDERMATOLOGY eCONSULT REFERRAL (store-and-forward) | submitted 2025-06-09 14:22 PDT\n"
     "Case: NH-TD-25-06390 | https://derm-econsult.northernhealth.ca/case/NH-TD-25-06390\n"
     "Patient: Colby YELTATZIE-MARKS | M | DOB 1968-03-22 (57) | BC PHN 9874 163 022 | MRN NHG0530966\n"
     "Address: 1428 Collison Ave, Masset BC V0T 1M0 | cell 250-626-0183\n"
     "Occupation: seasonal watchman with the Haida Gwaii Watchmen at SGang Gwaay; commercial fisher in winter; "
     "outdoors most of his life, rarely uses sunscreen. Fitzpatrick skin type III.\n"
     "Referring: Dr. Astrid Vanderhoek-Lee, family physician (MSP practitioner no. 30519)\n"
     "Reason: changing pigmented lesion on the left upper back, noticed by his wife in May; previously 'a flat mole', "
     "now larger, darker and itchy; bled once onto his shirt.\n"
     "Lesion: 11 x 8 mm asymmetric macule with a small raised papule inferiorly, irregular notched border, three "
     "colours (tan, dark brown, blue-grey). ABCDE: A+ B+ C+ D+ E+. Ugly duckling sign positive among ~30 benign naevi "
     "and several seborrhoeic keratoses. No palpable axillary or cervical nodes.\n"
     "Dermoscopy (DermLite DL5, polarised): atypical pigment network, irregular dots and globules, blue-white veil "
     "over the papule, regression structures. Glasgow 7-point checklist 6.\n"
     "Photos: 4 (overview, close-up with ruler, 2 dermoscopic) taken on the clinic iPad and uploaded from "
     "10.118.40.23.\n"
     "Question: suspected melanoma - excision here with 2 mm margins, or referral to plastics in Prince Rupert?\n"
     "Hx: T2DM on metformin; not immunosuppressed; no previous skin cancer; his brother had a melanoma removed at "
     "Vancouver General Hospital.\n"
     "Reply (2025-06-10, Dr. Emeka Nwankwo-Lindqvist, dermatologist): agree - high suspicion of melanoma. Excisional "
     "biopsy with 2 mm margins, full thickness, orientation suture, this week; ask pathology for Breslow thickness, "
     "ulceration and mitotic rate; do NOT shave. Refer urgently to plastics once histology is back for wide local "
     "excision +/- SLNB.",
     [("HOSPITAL", ["Northern Health"]), ("HOSPITAL", ["Northern Haida Gwaii Hospital & Health Centre"]),
      ("LOCATION", ["Masset"]), ("DATE", ["2025-06-09"]), ("ID", ["NH-TD-25-06390"]),
      ("URL", ["https://derm-econsult.northernhealth.ca/case/NH-TD-25-06390"]), ("NAME", ["Colby", "YELTATZIE-MARKS"]),
      ("DATE", ["1968-03-22"]), ("ID", ["9874 163 022"]), ("MRN", ["NHG0530966"]), ("ADDRESS", ["1428 Collison Ave"]),
      ("POSTCODE", ["V0T 1M0"]), ("PHONE", ["250-626-0183"]), ("LOCATION", ["Haida Gwaii Watchmen"]),
      ("LOCATION", ["SGang Gwaay"]), ("NAME", ["Astrid", "Vanderhoek-Lee"]), ("LICENCE", ["30519"]), ("DATE", ["May"]),
      ("IP", ["10.118.40.23"]), ("LOCATION", ["Prince Rupert"]), ("HOSPITAL", ["Vancouver General Hospital"]),
      ("DATE", ["2025-06-10"]), ("NAME", ["Emeka", "Nwankwo-Lindqvist"])],
     ["Fitzpatrick skin type III", "ABCDE", "Ugly duckling sign", "seborrhoeic keratoses", "DermLite DL5",
      "atypical pigment network", "blue-white veil", "Glasgow 7-point checklist 6", "metformin", "Breslow thickness",
      "SLNB"]),

    # 7 - Mexico: poison information centre call record, scorpion sting in a child (Spanish)
    ("CENTRO ESTATAL DE INFORMACIÓN Y ATENCIÓN TOXICOLÓGICA (CIAT) - Durango\n"
     "Sede: Hospital General 450, Blvd. José María Patoni 403, Durango, Dgo. | Línea 24 h\n"
     "REGISTRO DE LLAMADA | Folio CIAT-DGO-2025-04417 | domingo 17 de agosto de 2025, 23:42 h | Recibió: T.U.M. "
     "Nayeli Candelas (NCa)\n"
     "Llama: Dra. Itzel Valdez Quiñones, médica pasante, Centro de Salud de Tepehuanes, tel. 674 862 0193\n"
     "Paciente: Santiago Ayala Reyes, masculino, 4 años, 16 kg, CURP AARS210312HDGYYNA8\n"
     "Domicilio: calle Pino Suárez s/n, ejido La Ciénega, municipio de Tepehuanes, Dgo., C.P. 35600\n"
     "Madre: Sra. Guadalupe Reyes Soto. Padre: minero.\n"
     "Exposición: picadura de alacrán en el pie derecho a las 22:50 mientras dormía; el alacrán fue capturado en un "
     "frasco (güero, probable Centruroides suffusus).\n"
     "Cuadro a las 23:35: llanto inconsolable, sialorrea, prurito nasal, nistagmo, movimientos oculares erráticos, "
     "fasciculaciones, distensión abdominal; FC 148, FR 40, SatO2 91 %, T.A. 118/76; Glasgow 14.\n"
     "Clasificación: intoxicación por picadura de alacrán grado III (severa), según la NOM-033-SSA2-2011.\n"
     "Recomendaciones (23:48): faboterápico antialacrán (Alacramyn) 2 frascos IV en bolo, diluidos en 10 mL de "
     "solución fisiológica; repetir 1 frasco a los 30-60 min si persisten los síntomas; O2 por puntas nasales; no dar "
     "antihistamínicos, gluconato de calcio ni esteroides; traslado al Hospital General de Santiago Papasquiaro para "
     "observación de 6 a 12 h.\n"
     "Traslado: ambulancia de Cruz Roja, placas EPK-417-A, salió 00:20.\n"
     "Seguimiento 01:30 (NCa): mejoría franca tras el 2.º frasco, sin sialorrea, SatO2 97 %; alta probable por la "
     "mañana. Cita de control en una semana en el centro de salud; la familia viaja a Gómez Palacio para las "
     "fiestas patrias.\n"
     "Toxicólogo de guardia: Dr. Efraín Soto Bermúdez | Céd. Prof. 5290374 | ciat.durango@salud-dgo.gob.mx",
     [("HOSPITAL", ["Hospital General 450"]), ("ADDRESS", ["Blvd. José María Patoni 403"]), ("LOCATION", ["Durango"]),
      ("ID", ["CIAT-DGO-2025-04417"]), ("DATE", ["domingo 17 de agosto de 2025"]),
      ("NAME", ["Nayeli", "Candelas", "NCa"]), ("NAME", ["Itzel", "Valdez Quiñones"]),
      ("HOSPITAL", ["Centro de Salud de Tepehuanes"]), ("PHONE", ["674 862 0193"]),
      ("NAME", ["Santiago", "Ayala Reyes"]), ("ID", ["AARS210312HDGYYNA8"]), ("ADDRESS", ["calle Pino Suárez s/n"]),
      ("LOCATION", ["La Ciénega"]), ("LOCATION", ["Tepehuanes"]), ("POSTCODE", ["35600"]),
      ("NAME", ["Guadalupe", "Reyes Soto"]), ("HOSPITAL", ["Hospital General de Santiago Papasquiaro"]),
      ("PLATE", ["EPK-417-A"]), ("LOCATION", ["Gómez Palacio"]), ("DATE", ["fiestas patrias"]),
      ("NAME", ["Efraín", "Soto Bermúdez"]), ("LICENCE", ["5290374"]), ("EMAIL", ["ciat.durango@salud-dgo.gob.mx"])],
     ["Centruroides suffusus", "sialorrea", "nistagmo", "FC 148", "SatO2 91 %", "Glasgow 14", "grado III (severa)",
      "NOM-033-SSA2-2011", "faboterápico antialacrán (Alacramyn)", "gluconato de calcio"]),

    # 8 - New Zealand: sport-related concussion clinic assessment
    ("Hawke's Bay Sports & Exercise Medicine, 214 Te Aute Road, Havelock North 4130\n"
     "SPORT-RELATED CONCUSSION - CLINIC ASSESSMENT (SCOAT6) | Tue 24 March 2026 | ACC claim 10063159274\n"
     "Patient: Tamahou NGARIMU-LOWE | 19 M | DOB 05/06/2006 | NHI MBT6271\n"
     "Address: 31 Kenilworth Street, Flaxmere 4120 | mob 027 418 9263\n"
     "Apprentice builder; openside flanker for Taradale Rugby Club (U21).\n"
     "Injury: Saturday 21 March, colts game at McLean Park - head clash in a ruck at 23 min; no LOC; dazed and "
     "unsteady. HIA1 on the sideline by the team doctor, Dr Whetu Pohatu: failed (Maddocks 3/5, tandem gait abnormal) "
     "- permanently removed. HIA2 at 3 h: 12 symptoms. The team physio drove him home; his mum, Mere, watched him "
     "overnight.\n"
     "Today (day 3): headache 4/10, light and noise sensitivity, 'foggy', slow reading at work; sleeping 11 h. "
     "Symptom severity 38/132. Orientation normal. Immediate memory 24/30 (10-word list), delayed recall 6/10. VOMS: "
     "smooth pursuits and saccades provoke headache +3, NPC 8 cm. mBESS 9 errors. Neck: tender upper trapezius, full "
     "ROM. GCS 15, normal neuro exam, Canadian CT Head Rule negative - no imaging.\n"
     "Impression: concussion with vestibulo-ocular and cervicogenic features.\n"
     "Plan: relative rest 24-48 h, then light activity; graded return to learn/work (less screen time in the site "
     "office); Buffalo Concussion Treadmill Test at day 10 if settling; GRTP per the Amsterdam 2022 consensus "
     "(Concussion in Sport Group) - earliest return to contact day 21, no game before 11 April; review in a week. No "
     "driving while foggy. Coach informed with consent. His Instagram highlights page (@tama.ngarimu7) has the clip "
     "of the head clash.\n"
     "Dr Finnian Oakes-Pōmare, Sport & Exercise Physician | MCNZ 52918 | f.oakes@hbsem.co.nz",
     [("HOSPITAL", ["Hawke's Bay Sports & Exercise Medicine"]), ("ADDRESS", ["214 Te Aute Road"]),
      ("LOCATION", ["Havelock North"]), ("POSTCODE", ["4130"]), ("DATE", ["Tue 24 March 2026"]),
      ("ID", ["10063159274"]), ("NAME", ["Tamahou", "NGARIMU-LOWE"]), ("DATE", ["05/06/2006"]), ("ID", ["MBT6271"]),
      ("ADDRESS", ["31 Kenilworth Street"]), ("LOCATION", ["Flaxmere"]), ("POSTCODE", ["4120"]),
      ("PHONE", ["027 418 9263"]), ("LOCATION", ["Taradale Rugby Club"]), ("DATE", ["Saturday 21 March"]),
      ("LOCATION", ["McLean Park"]), ("NAME", ["Whetu", "Pohatu"]), ("NAME", ["Mere"]), ("DATE", ["11 April"]),
      ("NAME", ["Finnian", "Oakes-Pōmare"]), ("HANDLE", ["tama.ngarimu7"]), ("LICENCE", ["52918"]),
      ("EMAIL", ["f.oakes@hbsem.co.nz"])],
     ["SCOAT6", "HIA1", "Maddocks 3/5", "headache 4/10", "Immediate memory 24/30", "delayed recall 6/10", "VOMS",
      "NPC 8 cm", "mBESS 9 errors", "Canadian CT Head Rule", "Buffalo Concussion Treadmill Test",
      "Amsterdam 2022 consensus"]),

    # 9 - Antarctic expedition ship: ship's medical log and medevac, passenger aged 91
    ("MV SKUA EXPLORER - SHIP'S HOSPITAL - MEDICAL LOG\n"
     "Flag: Bahamas | IMO 9482172 | Call sign C6FQ4 | Voyage AX-2601 Ushuaia - Antarctic Peninsula - Ushuaia | 146 "
     "guests, 98 crew\n"
     "Ship's physician: Dr Ingrid Sæther-Mbeki (ISM) | Nurse: Mateus Teixeira Coelho (MTC) | "
     "medical@skua-expeditions.com\n"
     "Patient: Mrs Eleanor Marguerite PRUETT, cabin 512 | 91 y F | DOB 28/02/1934 | passport (USA) 583026174 | home: "
     "Sarasota, Florida | travelling with granddaughter Skye Pruett-Lindqvist (cabin 514)\n"
     "PMH: hypertension, underactive thyroid on levothyroxine, AF on apixaban 2.5 mg BD, R total hip replacement; "
     "widowed 2011; independent, walks with a stick; Clinical Frailty Scale 4. Fitness-to-travel form signed by her "
     "physician in November 2025.\n"
     "\n"
     "Tue 13 Jan 2026, Day 3 (Drake Passage, Beaufort 8, 5-6 m swell)\n"
     "0612 MTC  Called to cabin 512 by granddaughter: pt fell on the way to the bathroom when the ship rolled; on the "
     "floor, unable to get up. No LOC, no head strike per pt.\n"
     "0620 ISM  Alert, AMT 10/10. HR 96 irregular, BP 154/88, SpO2 95% RA, GCS 15. L leg "
     "shortened and externally rotated; pain on any hip movement; distal pulses and sensation intact. No other "
     "injury. Clinically L neck of femur fracture (no X-ray on board).\n"
     "0635 ISM  Fascia iliaca compartment block, L, landmark technique: levobupivacaine 0.25% 30 mL. Paracetamol 1 g "
     "IV. Pain 8/10 -> 3/10 at 0710. Vacuum mattress; moved to the ship's hospital.\n"
     "0715 ISM  Apixaban held (last dose 2000h yesterday). IV Hartmann's 500 mL. Ondansetron 4 mg IV.\n"
     "0740 ISM  Radio medical advice (CIRM): agrees - medevac as soon as practicable.\n"
     "0810 ISM  Master informed; course altered for Fildes Bay, ETA 1900.\n"
     "1130 MTC  Obs stable, pain 3/10, passed urine. Son Dale Pruett in Sarasota informed by phone.\n"
     "1900 ISM  Anchored in Fildes Bay. Zodiac transfer on the vacuum mattress to the Frei station airfield; handover "
     "to the flight crew. Aircraft CC-AQZ departed 2140 for Punta Arenas, receiving hospital Clínica Magallanes "
     "(orthopaedics informed). Granddaughter escorting.\n"
     "Note: pt keen to be home for Valentine's Day and for her 92nd on 28 Feb; advised realistically.\n"
     "Signed: I. Sæther-Mbeki, MD | Norwegian HPR no. 9184732",
     [("LOCATION", ["SKUA EXPLORER"]), ("ID", ["9482172"]), ("PLATE", ["C6FQ4"]), ("LOCATION", ["Ushuaia"]),
      ("NAME", ["Ingrid", "Sæther-Mbeki", "ISM"]), ("NAME", ["Mateus Teixeira", "Coelho", "MTC"]),
      ("EMAIL", ["medical@skua-expeditions.com"]), ("NAME", ["Eleanor Marguerite", "PRUETT"]), ("AGE", ["91 y"]),
      ("DATE", ["28/02/1934"]), ("ID", ["583026174"]), ("LOCATION", ["Sarasota"]),
      ("NAME", ["Skye", "Pruett-Lindqvist"]), ("DATE", ["2011"]), ("DATE", ["November 2025"]),
      ("DATE", ["Tue 13 Jan 2026"]), ("LOCATION", ["Drake Passage"]), ("NAME", ["Dale", "Pruett"]),
      ("LOCATION", ["Fildes Bay"]), ("LOCATION", ["Frei station"]), ("PLATE", ["CC-AQZ"]),
      ("LOCATION", ["Punta Arenas"]), ("HOSPITAL", ["Clínica Magallanes"]), ("DATE", ["Valentine's Day"]),
      ("AGE", ["92nd"]), ("DATE", ["28 Feb"]), ("LICENCE", ["9184732"])],
     ["apixaban 2.5 mg BD", "Clinical Frailty Scale 4", "Beaufort 8", "AMT 10/10", "shortened and externally rotated",
      "neck of femur fracture", "Fascia iliaca compartment block", "levobupivacaine 0.25% 30 mL", "Vacuum mattress",
      "Hartmann's 500 mL", "Ondansetron 4 mg IV"]),

    # 10 - Japan: home-visit nursing record for home peritoneal dialysis (Japanese)
    ("あさひかわ東光訪問看護ステーション\n"
     "〒078-8342 北海道旭川市東光12条5丁目3-18　TEL 0166-31-4827\n"
     "訪問看護記録書Ⅱ（在宅腹膜透析）\n"
     "訪問日時：2026年1月22日（木）10:00～11:10　訪問者：看護師 菅野ひかり\n"
     "利用者：北村 澄江（きたむら すみえ）様　女性　72歳　昭和28年6月3日生\n"
     "住所：旭川市永山3条14丁目2-7　電話 0166-48-2913\n"
     "キーパーソン：長男 北村 拓也（旭川市役所勤務、携帯 090-6218-4473）\n"
     "主治医：旭川医科大学病院 腎臓内科 森田圭吾 医師\n"
     "被保険者番号：01284736（国民健康保険）\n"
     "病名：慢性腎臓病 G5D（糖尿病性腎症）、2型糖尿病、高血圧\n"
     "透析：APD（夜間6時間、ダイアニール-N PD-4 1.5% 8L）＋日中エクストラニール 1.5L 1回。APD装置 かぐや（製造番号 KGY-2204817）。\n"
     "観察：BP 148/86、P 78、体温 36.4℃、体重 53.4 kg（前回比 +1.2 kg）、下腿浮腫（+）。除水量 昨夜 420 mL（平均 650 mL）。排液の混濁なし、フィブリンなし。\n"
     "出口部：テンコフカテーテル出口部の発赤 3 mm、痂皮あり、排膿なし（出口部スコア 2点）。\n"
     "検査（前回外来）：Kt/V 1.85、Hb 10.2 g/dL（ミルセラ 100μg 月1回）、Alb 3.1 g/dL、K 4.6 mEq/L。\n"
     "指導：塩分・水分制限の再確認（お正月に札幌の娘家族が帰省し、食事量が増えた）。出口部ケア（石けん洗浄、ゲンタシン軟膏）。大雪のため透析液の配送日を変更、除雪は長男が担当。\n"
     "報告：主治医へ体重増加と出口部所見をFAXで報告（11:30）。\n"
     "次回訪問：1月29日（木）\n"
     "記録者：菅野ひかり（看護師免許 第1582634号）",
     [("HOSPITAL", ["あさひかわ東光訪問看護ステーション"]), ("POSTCODE", ["078-8342"]), ("LOCATION", ["旭川市"]),
      ("ADDRESS", ["東光12条5丁目3-18"]), ("PHONE", ["0166-31-4827"]), ("DATE", ["2026年1月22日（木）"]), ("NAME", ["菅野", "ひかり"]),
      ("NAME", ["北村", "澄江", "きたむら", "すみえ"]), ("DATE", ["昭和28年6月3日"]), ("ADDRESS", ["永山3条14丁目2-7"]),
      ("PHONE", ["0166-48-2913"]), ("NAME", ["拓也"]), ("LOCATION", ["旭川市役所"]), ("PHONE", ["090-6218-4473"]),
      ("HOSPITAL", ["旭川医科大学病院"]), ("NAME", ["森田圭吾"]), ("ID", ["01284736"]), ("SERIAL", ["KGY-2204817"]),
      ("DATE", ["お正月"]), ("LOCATION", ["札幌"]), ("DATE", ["1月29日（木）"]), ("LICENCE", ["第1582634号"])],
     ["慢性腎臓病 G5D", "糖尿病性腎症", "ダイアニール-N PD-4 1.5%", "エクストラニール", "下腿浮腫（+）", "テンコフカテーテル", "出口部スコア 2点", "Kt/V 1.85",
      "Hb 10.2 g/dL", "ミルセラ 100μg", "ゲンタシン軟膏"]),

    # 11 - Trinidad and Tobago: pharmacist-led anticoagulation clinic log, one patient aged 91
    ("SAN FERNANDO GENERAL HOSPITAL\n"
     "ANTICOAGULATION CLINIC (Medical Outpatients, Block B) - CLINIC LOG\n"
     "Wednesday 11 February 2026 | pharmacist-led | POC INR: CoaguChek XS Pro s/n UP63190274\n"
     "Staff: Rishi Khellawan, clinical pharmacist (RKh) | Dr Anisa Mohammed-Joseph, medical registrar (AMJ) | Nurse "
     "Joy Alleyne (JAl)\n"
     "\n"
     "08:15 | RAMCHARAN, Deonarine | 67 M | SFGH 0652917 | Penal | AF, CHA2DS2-VASc 4 | target 2-3 | INR 2.4 | "
     "warfarin 35 mg/wk unchanged | next 11/03 | RKh\n"
     "08:40 | BOODRAM-ALLEYNE, Charmaine | 44 F | SFGH 0527716 | Felicity, Chaguanas | St Jude mechanical MVR | "
     "target 2.5-3.5 | INR 1.8 (missed 3 doses while nursing her sick mother) | warfarin 42 -> 45.5 mg/wk + "
     "enoxaparin 1 mg/kg BD until INR > 2.5 | clinic closed Carnival Monday - recheck Ash Wednesday | RKh/AMJ\n"
     "09:05 | MAHARAJ, Sumintra | 91 F | DOB 05/06/1934 | SFGH 0093318 | 14 Coffee Street, San Fernando | provoked "
     "DVT L leg in December | target 2-3 | INR 5.6; gum bleeding and bruising, no melaena; Hb 11.2 | warfarin held 2 "
     "days, vitamin K 1 mg PO; then 21 mg/wk; HAS-BLED 3; plan to stop at 3 months, in March | daughter Savitri "
     "(868-653-2908) fills her dosette | JAl/AMJ\n"
     "09:30 | LEZAMA, Kwesi | 38 M | SFGH 0741622 | Charlieville | unprovoked PE | INR 2.2 | switch to "
     "Xarelto (rivaroxaban) 20 mg OD with the evening meal from tomorrow, CrCl 96 mL/min; thrombophilia screen sent | "
     "discharged to his GP | RKh",
     [("HOSPITAL", ["SAN FERNANDO GENERAL HOSPITAL"]), ("DATE", ["Wednesday 11 February 2026"]),
      ("SERIAL", ["UP63190274"]), ("NAME", ["Rishi", "Khellawan", "RKh"]),
      ("NAME", ["Anisa", "Mohammed-Joseph", "AMJ"]), ("NAME", ["Joy", "Alleyne", "JAl"]),
      ("NAME", ["RAMCHARAN", "Deonarine"]), ("MRN", ["SFGH 0652917"]), ("LOCATION", ["Penal"]), ("DATE", ["11/03"]),
      ("NAME", ["BOODRAM-ALLEYNE", "Charmaine"]), ("MRN", ["SFGH 0527716"]), ("LOCATION", ["Felicity"]),
      ("LOCATION", ["Chaguanas"]), ("DATE", ["Carnival Monday"]), ("DATE", ["Ash Wednesday"]),
      ("NAME", ["MAHARAJ", "Sumintra"]), ("AGE", ["91 F"]), ("DATE", ["05/06/1934"]), ("MRN", ["SFGH 0093318"]),
      ("ADDRESS", ["14 Coffee Street"]), ("LOCATION", ["San Fernando"]), ("DATE", ["December"]), ("DATE", ["March"]),
      ("NAME", ["Savitri"]), ("PHONE", ["868-653-2908"]), ("NAME", ["LEZAMA", "Kwesi"]), ("MRN", ["SFGH 0741622"]),
      ("LOCATION", ["Charlieville"])],
     ["CoaguChek XS Pro", "CHA2DS2-VASc 4", "INR 2.4", "St Jude mechanical MVR", "enoxaparin 1 mg/kg BD", "INR 5.6",
      "vitamin K 1 mg PO", "HAS-BLED 3", "Xarelto (rivaroxaban) 20 mg OD", "CrCl 96 mL/min", "unprovoked PE"]),

    # 12 - Jordan: migration health assessment before resettlement of a Syrian refugee (Arabic)
    ("المنظمة الدولية للهجرة - مركز تقييم صحة المهاجرين، جبل عمّان، شارع الأمير محمد، عمّان\n"
     "التقييم الصحي قبل السفر لإعادة التوطين (كندا)\n"
     "التاريخ: الأحد ١٥ آذار ٢٠٢٦ | رقم الحالة: IOM-JOR-26-07315 | رقم ملف المفوضية: 366-18C09542\n"
     "الاسم: أمل محمود الحريري | أنثى | ٤٤ سنة | تاريخ الميلاد: 04/09/1981\n"
     "السكن: إربد، حي التركمان، شارع الهاشمي، عمارة ٩، الطابق الثاني | الهاتف: 0795 512 843\n"
     "الأصل: بصرى الحرير، محافظة درعا. لجأت إلى الأردن قبل ١٢ عاماً مع زوجها خالد عبد الرحمن الزعبي وأطفالهما "
     "الثلاثة. كانت معلمة في مدرسة ابتدائية للبنات.\n"
     "التاريخ المرضي: سكري من النوع الثاني منذ ٦ سنوات على ميتفورمين 850 ملغ مرتين يومياً، وقد قطعت العلاج خلال "
     "رمضان. لا حساسية دوائية معروفة.\n"
     "الفحص: الوزن 82 كغ، الطول 158 سم، مؤشر كتلة الجسم 32.8؛ ضغط الدم 146/92؛ ندبة ضامرة 2 سم على الخد الأيسر من "
     "حبة حلب (داء الليشمانيات الجلدي) قديمة وملتئمة؛ فحص الصدر طبيعي.\n"
     "الفحوصات: صورة الصدر الشعاعية بلا علامات سل نشط؛ اختبار IGRA (QuantiFERON) إيجابي؛ HbA1c 9.8%؛ Hb 11.4 g/dL؛ "
     "RPR سلبي؛ HIV سلبي.\n"
     "التقييم: سل كامن (LTBI)؛ سكري غير منضبط؛ ارتفاع ضغط الدم من الدرجة الأولى.\n"
     "الخطة: علاج وقائي للسل بنظام 3HP (أيزونيازيد + ريفابنتين أسبوعياً × 12 جرعة) تحت المراقبة المباشرة؛ رفع "
     "ميتفورمين إلى 1000 ملغ مرتين يومياً وإضافة غليكلازيد 30 ملغ؛ لقاحات MMR وTd حسب متطلبات بلد التوطين؛ استبيان "
     "PHQ-9 = 12 - إحالة إلى جلسات الدعم النفسي.\n"
     "موعد المتابعة: الخميس ٢ نيسان ٢٠٢٦، بعد عيد الفطر.\n"
     "الطبيب الفاحص: د. سامر عبد الله القضاة، رقم نقابة الأطباء ٣١٥٨٢ | الممرضة: هبة",
     [("HOSPITAL", ["مركز تقييم صحة المهاجرين"]), ("LOCATION", ["جبل عمّان"]), ("ADDRESS", ["شارع الأمير محمد"]),
      ("LOCATION", ["عمّان"]), ("DATE", ["الأحد ١٥ آذار ٢٠٢٦"]), ("ID", ["IOM-JOR-26-07315"]), ("ID", ["366-18C09542"]),
      ("NAME", ["أمل", "محمود", "الحريري"]), ("DATE", ["04/09/1981"]), ("LOCATION", ["إربد"]),
      ("LOCATION", ["حي التركمان"]), ("ADDRESS", ["شارع الهاشمي، عمارة ٩"]), ("PHONE", ["0795 512 843"]),
      ("LOCATION", ["بصرى الحرير"]), ("LOCATION", ["درعا"]), ("NAME", ["خالد عبد الرحمن", "الزعبي"]),
      ("DATE", ["رمضان"]), ("DATE", ["الخميس ٢ نيسان ٢٠٢٦"]), ("DATE", ["عيد الفطر"]),
      ("NAME", ["سامر عبد الله", "القضاة"]), ("LICENCE", ["٣١٥٨٢"]), ("NAME", ["هبة"])],
     ["ميتفورمين 850 ملغ", "مؤشر كتلة الجسم 32.8", "حبة حلب", "داء الليشمانيات الجلدي", "IGRA (QuantiFERON)",
      "HbA1c 9.8%", "Hb 11.4 g/dL", "سل كامن (LTBI)", "3HP", "غليكلازيد 30 ملغ", "PHQ-9 = 12"]),

    # 13 - Scotland: prison reception health screen, opioid dependence
    ("NHS Grampian - HMP & YOI Grampian Health Centre, South Road, Peterhead AB42 2YX\n"
     "RECEPTION HEALTH SCREEN (first night in custody) | Friday 16 January 2026, 19:40 | Staff Nurse Kirsty Lorimer "
     "(KLo)\n"
     "Name: DUTHIE, Lachlan Ross | 27 M | DOB 07/03/1998 | CHI 0703984179\n"
     "From: remanded by the sheriff court; police custody overnight. Escort van SV71 KXE.\n"
     "Home: 6 Gowanlea Crescent, New Deer AB53 6TA. Filleter at Broch Seafoods, Fraserburgh, until last month.\n"
     "NOK: gran, Mrs Elspeth Duthie, 01771 644 218 (consents to contact). Partner - no-contact condition on bail.\n"
     "Physical: asthma (Ventolin PRN, Clenil 200 mcg BD - inhalers with him, sealed). Hep C treated with Epclusa last "
     "spring, SVR12 confirmed. BBV screen offered and accepted. Hep B vaccine course incomplete (1 of 3).\n"
     "Substances: heroin and street 'vallies' (etizolam) since 17; on methadone 1 mg/mL 70 mL daily, supervised at "
     "the Fraserburgh community pharmacy - last dose 08:30 today (confirmed by phone with the pharmacist at 19:55). "
     "Last used heroin at Hogmanay. Alcohol: AUDIT-C 5.\n"
     "Obs: HR 92, BP 128/80, RR 16, SpO2 98%, T 36.8, GCS 15. Pupils 4 mm. Yawning, rhinorrhoea - COWS 6. Fresh track "
     "marks R antecubital fossa, no abscess. Urine drug screen: opiates, benzodiazepines, methadone.\n"
     "Mental health: cut his forearms at 19 (healed scars); no current thoughts of self-harm; first remand, upset "
     "about losing contact with his daughter Isla (3). Talk to Me: no apparent risk after discussion with the mental "
     "health nurse; to be reviewed in the morning.\n"
     "Plan: 1. Methadone 70 mL continued from tomorrow - prescribed by Dr Ifeoma Duguid (GMC 7093418) at 20:10. 2. "
     "Naloxone (Prenoxad) training and a kit on liberation. 3. Hep B vaccine dose 2 in 4 weeks. 4. Addictions nurse "
     "review Monday 19 January.\n"
     "KLo 20:25",
     [("HOSPITAL", ["NHS Grampian"]), ("LOCATION", ["HMP & YOI Grampian"]), ("ADDRESS", ["South Road"]),
      ("LOCATION", ["Peterhead"]), ("POSTCODE", ["AB42 2YX"]), ("DATE", ["Friday 16 January 2026"]),
      ("NAME", ["Kirsty", "Lorimer", "KLo"]), ("NAME", ["DUTHIE", "Lachlan Ross"]), ("DATE", ["07/03/1998"]),
      ("ID", ["0703984179"]), ("PLATE", ["SV71 KXE"]), ("ADDRESS", ["6 Gowanlea Crescent"]), ("LOCATION", ["New Deer"]),
      ("POSTCODE", ["AB53 6TA"]), ("LOCATION", ["Broch Seafoods"]), ("LOCATION", ["Fraserburgh"]),
      ("NAME", ["Elspeth", "Duthie"]), ("PHONE", ["01771 644 218"]), ("DATE", ["Hogmanay"]), ("NAME", ["Isla"]),
      ("NAME", ["Ifeoma", "Duguid"]), ("LICENCE", ["7093418"]), ("DATE", ["Monday 19 January"])],
     ["Ventolin", "Clenil 200 mcg BD", "Epclusa", "SVR12", "etizolam", "methadone 1 mg/mL 70 mL", "AUDIT-C 5", "GCS 15",
      "COWS 6", "Talk to Me", "Prenoxad"]),

    # 14 - Hong Kong: EEG report, juvenile myoclonic epilepsy (traditional Chinese)
    ("威爾斯親王醫院 內科及藥物治療學系 腦神經科 腦電圖室\n"
     "新界沙田銀城街30-32號　電話 3505 4716\n"
     "腦電圖報告 EEG REPORT　檢查編號：EEG-26-0309-07\n"
     "檢查日期：2026年3月9日（星期一）09:30–10:25　技術員：伍嘉雯（NKM）\n"
     "病人：張詠欣 CHEUNG Hoi Yan　女　17歲　出生日期：2008年10月21日　香港身份證：Y236184(A)　醫院編號：HN08273164\n"
     "地址：新界沙田馬鞍山恆安邨恆峰樓18樓1812室　電話 6418 2937（母親）\n"
     "學校：馬鞍山聖若望英文書院（中五）\n"
     "轉介：兒童及青少年科 麥志強醫生。中秋節晚上看花燈時兩次「手突然彈起、打瀉飲品」；1月考試期間清晨手部抽動加劇；2月22日凌晨睡眠不足後出現一次全身強直陣攣發作（GTCS），由救護車送院。舅父有癲癇。\n"
     "記錄條件：國際10-20系統，21導，數碼腦電圖（Nihon Kohden EEG-1200），同步錄像；睡眠剝奪後記錄；包括過度換氣（HV）3分鐘及間歇性閃光刺激（IPS 1–30 Hz）。\n"
     "背景活動：清醒時枕區 10 Hz α節律，雙側對稱，睜眼抑制良好。入睡期見頂尖波及睡眠紡錘波。\n"
     "異常所見：\n"
     "1. 全面性 4–6 Hz 多棘慢波（polyspike-and-wave）陣發，持續 1–3 秒，額區為主，共 9 次，睡醒後較多。\n"
     "2. IPS 14–20 Hz 誘發光陣發反應（photoparoxysmal response），Waltz 第4型，期間雙上肢肌陣攣一次（錄像證實）。\n"
     "3. HV 未誘發失神發作。\n"
     "結論：異常腦電圖。全面性多棘慢波及光敏感性，配合臨床，符合青少年肌陣攣癲癇（JME）。\n"
     "建議：避免使用丙戊酸鈉（育齡女性），可考慮 levetiracetam (Keppra) 500 mg bd；避免睡眠不足及閃光刺激；游泳須有人陪同。\n"
     "原始數據存於腦電圖伺服器 10.3.88.17。\n"
     "報告醫生：黎永康醫生（腦神經科專科）　醫務委員會註冊編號 M14728　查詢：eeglab.pwh@ha-neuro.org.hk",
     [("HOSPITAL", ["威爾斯親王醫院"]), ("LOCATION", ["沙田"]), ("ADDRESS", ["銀城街30-32號"]), ("PHONE", ["3505 4716"]),
      ("ID", ["EEG-26-0309-07"]), ("DATE", ["2026年3月9日（星期一）"]), ("NAME", ["伍嘉雯", "NKM"]),
      ("NAME", ["張詠欣", "CHEUNG", "Hoi Yan"]), ("DATE", ["2008年10月21日"]), ("ID", ["Y236184(A)"]),
      ("MRN", ["HN08273164"]), ("LOCATION", ["馬鞍山"]), ("LOCATION", ["恆安邨"]), ("ADDRESS", ["恆峰樓18樓1812室"]),
      ("PHONE", ["6418 2937"]), ("LOCATION", ["馬鞍山聖若望英文書院"]), ("NAME", ["麥志強"]), ("DATE", ["中秋節"]), ("DATE", ["1月"]),
      ("DATE", ["2月22日"]), ("NAME", ["黎永康"]), ("IP", ["10.3.88.17"]), ("LICENCE", ["M14728"]),
      ("EMAIL", ["eeglab.pwh@ha-neuro.org.hk"])],
     ["全身強直陣攣發作（GTCS）", "國際10-20系統", "Nihon Kohden EEG-1200", "10 Hz α節律", "睡眠紡錘波", "多棘慢波（polyspike-and-wave）",
      "光陣發反應（photoparoxysmal response）", "Waltz 第4型", "青少年肌陣攣癲癇（JME）", "丙戊酸鈉", "levetiracetam (Keppra) 500 mg bd"]),

    # 15 - Ethiopia: transthoracic echocardiography report, rheumatic mitral stenosis in pregnancy
    ("TIKUR ANBESSA SPECIALIZED HOSPITAL - Cardiac Centre, Echocardiography Laboratory\n"
     "Lideta Sub-City, Addis Ababa | Tel +251 11 551 7264\n"
     "TRANSTHORACIC ECHOCARDIOGRAPHY REPORT\n"
     "Date: Tir 12, 2018 E.C. (20 January 2026) | Machine: GE Vivid T8, s/n VT8-301554\n"
     "Patient: W/ro Tigist Alemu Desta | 24 F | MRN TASH-1528473 | Fayda ID 5093 2716 6618\n"
     "Address: Kebele 04, Debre Tabor | Phone +251 918 47 2306\n"
     "Referred from: Felege Hiwot Comprehensive Specialized Hospital, Bahir Dar (Dr. Mesfin Ayele Gebru) - G2P1 at 22 "
     "weeks, exertional dyspnoea NYHA III and palpitations since Timkat.\n"
     "Findings:\n"
     "- Rhythm: sinus tachycardia 108 bpm during the study.\n"
     "- Mitral valve: rheumatic - thickened leaflets with commissural fusion, 'hockey-stick' anterior leaflet, "
     "restricted posterior leaflet; MVA 0.9 cm² (planimetry), 1.0 cm² (PHT); mean gradient 16 mmHg at HR 108; mild "
     "MR. Wilkins score 7 (mobility 2, thickening 2, calcification 1, subvalvular 2).\n"
     "- LA 5.2 cm (parasternal long axis); no LA/LAA thrombus seen on TTE.\n"
     "- LV: normal size, LVEF 60% (Simpson's biplane).\n"
     "- Aortic valve: mildly thickened, trace AR.\n"
     "- Right heart: RV mildly dilated, TAPSE 19 mm; moderate TR; PASP 58 mmHg; IVC 1.9 cm, < 50% collapse.\n"
     "Conclusion: severe rheumatic mitral stenosis (WHF 2023 criteria: definite RHD) with pulmonary hypertension, in "
     "pregnancy. Valve morphology favourable for PTMC (Inoue balloon) after TEE.\n"
     "Recommendation: metoprolol 25 mg bid; furosemide 20 mg daily; continue BPG 1.2 MU every 4 weeks; joint "
     "cardiac-obstetric clinic; TEE and PTMC this week, ideally before 28 weeks; review after Fasika. Husband "
     "informed.\n"
     "Reported by: Dr. Selamawit Bekele Tadesse, Cardiology Fellow | Reviewed: Dr. Dawit Girma Abebe, Consultant "
     "Cardiologist | EFDA licence 07/3318",
     [("HOSPITAL", ["TIKUR ANBESSA SPECIALIZED HOSPITAL"]), ("LOCATION", ["Lideta Sub-City"]),
      ("LOCATION", ["Addis Ababa"]), ("PHONE", ["+251 11 551 7264"]), ("DATE", ["Tir 12, 2018 E.C."]),
      ("DATE", ["20 January 2026"]), ("SERIAL", ["VT8-301554"]), ("NAME", ["Tigist", "Alemu", "Desta"]),
      ("MRN", ["TASH-1528473"]), ("ID", ["5093 2716 6618"]), ("ADDRESS", ["Kebele 04"]), ("LOCATION", ["Debre Tabor"]),
      ("PHONE", ["+251 918 47 2306"]), ("HOSPITAL", ["Felege Hiwot Comprehensive Specialized Hospital"]),
      ("LOCATION", ["Bahir Dar"]), ("NAME", ["Mesfin", "Ayele", "Gebru"]), ("DATE", ["Timkat"]), ("DATE", ["Fasika"]),
      ("NAME", ["Selamawit", "Bekele", "Tadesse"]), ("NAME", ["Dawit", "Girma", "Abebe"]), ("LICENCE", ["07/3318"])],
     ["GE Vivid T8", "G2P1", "NYHA III", "MVA 0.9 cm²", "mean gradient 16 mmHg", "Wilkins score 7",
      "LVEF 60% (Simpson's biplane)", "TAPSE 19 mm", "PASP 58 mmHg", "WHF 2023 criteria", "PTMC (Inoue balloon)",
      "BPG 1.2 MU"]),

    # 16 - Greece: hyperbaric treatment record, spinal decompression sickness in a diver (Greek)
    ("Γενικό Νοσοκομείο Νίκαιας-Πειραιά «Άγιος Παντελεήμων» - Μονάδα Υπερβαρικής Ιατρικής\n"
     "Δ. Μαντούβαλου 3, 18454 Νίκαια | θάλαμος HAUX-STARMED 2200, σ/α HX-22-0917\n"
     "ΦΥΛΛΟ ΥΠΕΡΒΑΡΙΚΗΣ ΘΕΡΑΠΕΙΑΣ | Δευτέρα 11 Αυγούστου 2025 | Αρ. περιστατικού ΥΒΟ-25/0612\n"
     "Ασθενής: Σακελλάριος Χατζηθεοδώρου του Ιγνατίου, 38 ετών, γεν. 23/04/1987, ΑΜΚΑ 23048703591\n"
     "Διεύθυνση: Πόθια, 85200 Κάλυμνος. Εκπαιδευτής κατάδυσης.\n"
     "Ιστορικό: την προηγουμένη, κατάδυση στο Βαθύ στα 42 m, χρόνος βυθού 38 λεπτά (αέρας), ταχεία ανάδυση χωρίς "
     "στάσεις αποσυμπίεσης λόγω βλάβης του ρυθμιστή. Σε 20 λεπτά: κνησμός και cutis marmorata στον κορμό, μετά "
     "αιμωδίες και αδυναμία των κάτω άκρων, επίσχεση ούρων. O2 100% στο σκάφος. Διακομιδή με αεροσκάφος ΕΚΑΒ (SX-DKR) "
     "από την Κω στον Πειραιά.\n"
     "Εκτίμηση κατά την άφιξη (08:40): GCS 15, παραπάρεση ΚΑ 3/5 (MRC), υπαισθησία από το Θ10 και κάτω, σφαιρική "
     "κύστη - καθετηριασμός Foley (650 mL). Διάγνωση: νόσος από αποσυμπίεση τύπου ΙΙ (νωτιαία).\n"
     "Θεραπεία - US Navy Treatment Table 6 με 2 επεκτάσεις στα 2,8 ATA:\n"
     "09:05 Κ.Λ. έναρξη συμπίεσης, συνοδός νοσηλεύτρια Σ.Ρ. εντός θαλάμου\n"
     "09:07 Κ.Λ. 2,8 ATA, O2 20 λεπτά / αέρας 5 λεπτά\n"
     "10:40 Σ.Ρ. βελτίωση ισχύος ΚΑ σε 4/5, υποχώρηση κνησμού\n"
     "11:20 Κ.Λ. ανάδυση στα 1,9 ATA\n"
     "14:10 Κ.Λ. έξοδος από τον θάλαμο, ΚΑ 4+/5, επιμένει υπαισθησία στα πέλματα\n"
     "Συνέχεια: επαναληπτικές συνεδρίες 2,4 ATA x 90 λεπτά ημερησίως έως πλατό· MRI ΑΜΣΣ· έλεγχος για "
     "ανοικτό ωοειδές τρήμα (PFO) με bubble test μετά την ανάρρωση. Απαγόρευση κατάδυσης τουλάχιστον 3 μήνες. Θέλει "
     "να γυρίσει στην Κάλυμνο για τον Δεκαπενταύγουστο - όχι πτήση για 72 ώρες μετά την τελευταία συνεδρία.\n"
     "Ενημερώθηκε η αδελφή του.\n"
     "Υπεύθυνος ιατρός: Κωνσταντίνος Λαμπρινός (Κ.Λ.), Αναισθησιολόγος - Υπερβαρική Ιατρική | Νοσηλεύτρια: Σοφία "
     "Ραυτοπούλου (Σ.Ρ.)",
     [("HOSPITAL", ["Γενικό Νοσοκομείο Νίκαιας-Πειραιά"]), ("HOSPITAL", ["Άγιος Παντελεήμων"]),
      ("ADDRESS", ["Δ. Μαντούβαλου 3"]), ("POSTCODE", ["18454"]), ("LOCATION", ["Νίκαια"]), ("SERIAL", ["HX-22-0917"]),
      ("DATE", ["Δευτέρα 11 Αυγούστου 2025"]), ("ID", ["ΥΒΟ-25/0612"]), ("NAME", ["Σακελλάριος", "Χατζηθεοδώρου"]),
      ("NAME", ["Ιγνατίου"]), ("DATE", ["23/04/1987"]), ("ID", ["23048703591"]), ("LOCATION", ["Πόθια"]),
      ("POSTCODE", ["85200"]), ("LOCATION", ["Κάλυμνος"]), ("LOCATION", ["Βαθύ"]), ("PLATE", ["SX-DKR"]),
      ("LOCATION", ["Κω"]), ("LOCATION", ["Πειραιά"]), ("LOCATION", ["Κάλυμνο"]), ("DATE", ["Δεκαπενταύγουστο"]),
      ("NAME", ["Κωνσταντίνος", "Λαμπρινός", "Κ.Λ."]), ("NAME", ["Σοφία", "Ραυτοπούλου", "Σ.Ρ."])],
     ["HAUX-STARMED 2200", "cutis marmorata", "O2 100%", "GCS 15", "ΚΑ 3/5 (MRC)", "καθετηριασμός Foley",
      "νόσος από αποσυμπίεση τύπου ΙΙ", "US Navy Treatment Table 6", "2,8 ATA", "ανοικτό ωοειδές τρήμα (PFO)",
      "bubble test"]),

    # 17 - India: urology outpatient case record, prostate cancer
    ("GOVERNMENT MEDICAL COLLEGE, KOZHIKODE - Department of Urology\n"
     "Kozhikode 673008 | Urology OP (Tue/Fri) | ph 0495 235 0619\n"
     "OP CASE RECORD | Friday, 14 November 2025 | OP No. 2025/URO/38841 | Unit II\n"
     "Name: Abdul Latheef K.P., S/o Moideenkutty | 58 M | Aadhaar 5284 7163 0921\n"
     "Address: Kizhakkepurayil House, Kondotty P.O., Malappuram Dt., PIN 673638 | Mob +91 94470 26813\n"
     "Occupation: came back from the Gulf two years ago after 20 years as a driver; now runs a tea shop near the "
     "Kondotty bus stand.\n"
     "C/o: poor stream, hesitancy, nocturia x4, terminal dribbling for 2 years; one episode of acute retention in "
     "September, catheterised at EMS Memorial Hospital. IPSS 24, QoL score 5. DM on metformin, HbA1c 7.2%.\n"
     "O/E: DRE - prostate grade III, firm, L lobe nodule, median sulcus obliterated.\n"
     "Inv: PSA 6.8 ng/mL (free/total 0.11); uroflowmetry Qmax 8.2 mL/s, voided 186 mL; PVR 140 mL; USG prostate 62 "
     "cc; RFT normal. mpMRI prostate: PI-RADS 4 lesion, L peripheral zone.\n"
     "TRUS biopsy (cognitive fusion, 12 + 3 cores) on 24/10/2025: adenocarcinoma, Gleason 3+4=7 (ISUP grade group 2) "
     "in 3/15 cores, L side, maximum core involvement 40%.\n"
     "Imp: Ca prostate cT2a N0 M0 (PSMA PET-CT - no nodal or bony disease), D'Amico intermediate risk; BPH with "
     "LUTS.\n"
     "Plan: discussed with Prof. Thomas Varghese Thekkekara (HOD) - options radical prostatectomy vs EBRT with short "
     "ADT; patient prefers surgery, and wants it done before Ramzan. Tamsulosin 0.4 mg HS continued. Pre-anaesthetic "
     "check. Son Muhammed Shiras to accompany. Next OP: in 2 weeks.\n"
     "Dr. Sreelakshmi Nair R., Senior Resident | TCMC Reg. No. 61427",
     [("HOSPITAL", ["GOVERNMENT MEDICAL COLLEGE"]), ("LOCATION", ["KOZHIKODE"]), ("LOCATION", ["Kozhikode"]),
      ("POSTCODE", ["673008"]), ("PHONE", ["0495 235 0619"]), ("DATE", ["Friday, 14 November 2025"]),
      ("MRN", ["2025/URO/38841"]), ("NAME", ["Abdul Latheef", "K.P."]), ("NAME", ["Moideenkutty"]),
      ("ID", ["5284 7163 0921"]), ("ADDRESS", ["Kizhakkepurayil House"]), ("LOCATION", ["Kondotty"]),
      ("LOCATION", ["Malappuram"]), ("POSTCODE", ["673638"]), ("PHONE", ["+91 94470 26813"]), ("DATE", ["September"]),
      ("HOSPITAL", ["EMS Memorial Hospital"]), ("DATE", ["24/10/2025"]), ("NAME", ["Thomas Varghese", "Thekkekara"]),
      ("DATE", ["Ramzan"]), ("NAME", ["Muhammed Shiras"]), ("NAME", ["Sreelakshmi", "Nair"]), ("LICENCE", ["61427"])],
     ["nocturia x4", "IPSS 24", "QoL score 5", "PSA 6.8 ng/mL", "Qmax 8.2 mL/s", "PVR 140 mL", "PI-RADS 4",
      "Gleason 3+4=7", "ISUP grade group 2", "cT2a N0 M0", "D'Amico intermediate risk", "Tamsulosin 0.4 mg"]),

    # 18 - Brazil: haematology clinic letter to a family health unit, sickle cell disease (Portuguese)
    ("FUNDAÇÃO DE HEMATOLOGIA E HEMOTERAPIA DA BAHIA - HEMOBA\n"
     "Ambulatório de Hemoglobinopatias | Av. Vasco da Gama, s/n, Salvador - BA, CEP 40240-090\n"
     "\n"
     "Salvador, 3 de março de 2026.\n"
     "\n"
     "À Dra. Luciana Brandão Peixoto\n"
     "Unidade de Saúde da Família Liberdade II\n"
     "\n"
     "Ref.: Ana Clara dos Santos Conceição, 19 anos, nasc. 02/07/2006, CPF 048.372.615-07, CNS 708 4037 1295 6130, "
     "prontuário HEMO-0731945\n"
     "Endereço: Rua Lima e Silva, 412, ap. 3, Liberdade\n"
     "\n"
     "Prezada colega,\n"
     "Acompanho a Ana Clara, portadora de doença falciforme (HbSS), aluna do curso técnico de enfermagem no "
     "Colégio Estadual Odorico Tavares. Na Quarta-feira de Cinzas teve crise vaso-oclusiva seguida de "
     "síndrome torácica aguda e ficou 6 dias internada no Hospital Geral Roberto Santos (transfusão simples de 2 CH, "
     "ceftriaxona + azitromicina). É a terceira STA; a anterior foi no São João do ano passado.\n"
     "Exames de hoje: Hb 7,8 g/dL; HbF 18%; reticulócitos 9%; leucócitos 12.400/mm³; plaquetas 410.000/mm³; LDH 620 "
     "U/L; ferritina 1.240 ng/mL; creatinina 0,5 mg/dL; microalbuminúria 48 mg/g. Doppler transcraniano: velocidade "
     "máxima 168 cm/s (condicional). Ecocardiograma: VRT 2,7 m/s.\n"
     "Condutas: 1. hidroxiureia (Hydrea) aumentada para 25 mg/kg/dia (1.250 mg), hemograma a cada 4 semanas; 2. "
     "quelação com deferasirox (Jadenu) 14 mg/kg/dia; 3. ácido fólico 5 mg/dia; 4. vacinas em dia - reforço da "
     "pneumocócica VPP23 aplicado hoje; 5. contracepção: evitar estrogênio - orientados DIU de cobre ou implante "
     "(Implanon); 6. retorno em 4 semanas, com a mãe, D. Maria das Graças dos Santos.\n"
     "Peço acompanhamento na unidade e busca ativa se faltar. Em caso de febre ≥ 38,3 °C ou dor torácica, encaminhar "
     "à emergência. Os laudos ficam em https://laudos.hemoba-amb.org.br/p/HEMO-0731945.\n"
     "\n"
     "Atenciosamente,\n"
     "Dra. Iolanda Sampaio Menezes - Hematologista | CRM-BA 20583 | iolanda.menezes@hemoba-amb.org.br",
     [("HOSPITAL", ["FUNDAÇÃO DE HEMATOLOGIA E HEMOTERAPIA DA BAHIA"]), ("HOSPITAL", ["HEMOBA"]),
      ("ADDRESS", ["Av. Vasco da Gama, s/n"]), ("LOCATION", ["Salvador"]), ("POSTCODE", ["40240-090"]),
      ("DATE", ["3 de março de 2026"]), ("NAME", ["Luciana", "Brandão Peixoto"]),
      ("HOSPITAL", ["Unidade de Saúde da Família Liberdade II"]), ("NAME", ["Ana Clara", "dos Santos Conceição"]),
      ("DATE", ["02/07/2006"]), ("ID", ["048.372.615-07"]), ("ID", ["708 4037 1295 6130"]), ("MRN", ["HEMO-0731945"]),
      ("ADDRESS", ["Rua Lima e Silva, 412, ap. 3"]), ("LOCATION", ["Liberdade"]),
      ("LOCATION", ["Colégio Estadual Odorico Tavares"]), ("DATE", ["Quarta-feira de Cinzas"]),
      ("HOSPITAL", ["Hospital Geral Roberto Santos"]), ("DATE", ["São João"]),
      ("NAME", ["Maria das Graças", "dos Santos"]), ("NAME", ["Iolanda", "Sampaio Menezes"]),
      ("URL", ["https://laudos.hemoba-amb.org.br/p/HEMO-0731945"]), ("LICENCE", ["CRM-BA 20583"]),
      ("EMAIL", ["iolanda.menezes@hemoba-amb.org.br"])],
     ["doença falciforme (HbSS)", "crise vaso-oclusiva", "síndrome torácica aguda", "Hb 7,8 g/dL", "HbF 18%",
      "ferritina 1.240 ng/mL", "Doppler transcraniano", "VRT 2,7 m/s", "hidroxiureia (Hydrea)", "deferasirox (Jadenu)",
      "VPP23", "Implanon"]),

    # 19 - Australia: sexual health clinic walk-in note, secondary syphilis
    ("Cairns Sexual Health Service - Cairns and Hinterland Hospital and Health Service\n"
     "Level 1, 7 Upward Street, Cairns North QLD 4870 | ph (07) 4226 4790\n"
     "CLINICAL NOTE - walk-in | Thu 19 February 2026 14:05 | Medicare 3184 72959 1\n"
     "Client: Brooke TANNA-GIBSON | 23 F | DOB 11/08/2002 | mob 0491 570 318 (prefers SMS)\n"
     "Address: 3/18 Pease Street, Edge Hill QLD 4870\n"
     "Works as a deckhand and host on the reef day-boat Coral Wanderer.\n"
     "Presenting: 10 days of vaginal discharge and post-coital bleeding; painless sore on the labia 3 weeks ago, now "
     "healed; new faint rash on palms and soles.\n"
     "Sexual history: 2 male partners in 3 months - regular partner Kaden Whitlam-Rose (since Dec), and a casual "
     "partner met in Mossman over the Australia Day long weekend, name unknown; condoms inconsistently; no overseas "
     "partners. Contraception: Implanon NXT (inserted last year).\n"
     "Exam: mucopurulent cervical discharge, contact bleeding; healed ulcer scar L labium minus; maculopapular rash "
     "on palms and soles (non-itchy); inguinal lymphadenopathy; no condylomata lata.\n"
     "Results (rapid + same-day lab): syphilis RPR 1:64, TPPA reactive (non-reactive at her last screen); NAAT: "
     "Chlamydia trachomatis POSITIVE, Neisseria gonorrhoeae negative, Mycoplasma genitalium POSITIVE "
     "(macrolide-resistance mutation detected); Trichomonas negative; HIV Ag/Ab non-reactive; urine hCG negative.\n"
     "Diagnosis: secondary syphilis; chlamydia; macrolide-resistant M. genitalium.\n"
     "Rx: Bicillin L-A 2.4 MU IM single dose today (warned about the Jarisch-Herxheimer reaction); doxycycline 100 mg "
     "BD x 7 days, then moxifloxacin 400 mg daily x 7 days. Test of cure for MG 14-21 days after moxifloxacin; RPR at "
     "3, 6 and 12 months. Offered HIV PrEP (Truvada) - thinking about it.\n"
     "Notification: syphilis notified to Tropical Public Health Services Cairns.\n"
     "Partner notification: she will tell Kaden herself (he is booked for Monday); anonymous SMS to the casual "
     "partner via the Let Them Know website.\n"
     "Results link sent: https://results.cshs-qld.org.au/r/7KQ2X9\n"
     "Dr Anjali Venkatesh-Brown, Sexual Health Physician | AHPRA MED0002291473 | with CN Tahlia Kerslake (TKe)",
     [("HOSPITAL", ["Cairns Sexual Health Service"]),
      ("HOSPITAL", ["Cairns and Hinterland Hospital and Health Service"]), ("ADDRESS", ["Level 1, 7 Upward Street"]),
      ("LOCATION", ["Cairns North"]), ("POSTCODE", ["4870"]), ("PHONE", ["(07) 4226 4790"]),
      ("DATE", ["Thu 19 February 2026"]), ("ID", ["3184 72959 1"]), ("NAME", ["Brooke", "TANNA-GIBSON"]),
      ("DATE", ["11/08/2002"]), ("PHONE", ["0491 570 318"]), ("ADDRESS", ["3/18 Pease Street"]),
      ("LOCATION", ["Edge Hill"]), ("LOCATION", ["Coral Wanderer"]), ("NAME", ["Kaden", "Whitlam-Rose"]),
      ("DATE", ["Dec"]), ("LOCATION", ["Mossman"]), ("DATE", ["Australia Day"]),
      ("HOSPITAL", ["Tropical Public Health Services Cairns"]), ("URL", ["https://results.cshs-qld.org.au/r/7KQ2X9"]),
      ("NAME", ["Anjali", "Venkatesh-Brown"]), ("LICENCE", ["MED0002291473"]), ("NAME", ["Tahlia", "Kerslake", "TKe"])],
     ["Implanon NXT", "condylomata lata", "RPR 1:64", "TPPA reactive", "Chlamydia trachomatis", "Mycoplasma genitalium",
      "macrolide-resistance mutation", "secondary syphilis", "Bicillin L-A 2.4 MU IM", "Jarisch-Herxheimer reaction",
      "moxifloxacin 400 mg", "Truvada"]),
] + MORE_NOTES
