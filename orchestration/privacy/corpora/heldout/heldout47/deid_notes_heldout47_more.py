"""Notes 12-23 of the forty-seventh HELD-OUT set (see :mod:`deid_notes_heldout47` for how it was written and what it
holds).

These 12 notes hold 424 planted identifier parts in 363 (kind, parts) entries and 216 clinical strings. Positions below
are those in the combined ``NOTES``:
12, Scotland, Argyll and Bute (Isle of Mull: Salen, Dervaig, Craignure; Oban): a practice copy of an MHRA Yellow Card
for an Achilles tendon rupture on ciprofloxacin, with a CHI number, a house name, the patient's initials, an employer
named after a person, a mountain whose name starts with a first name and a GMC number;
13, India, Uttar Pradesh (Bahraich: Nanpara, Balaha block): a female sterilisation consent and operation record in
Hindi (Devanagari), with Devanagari digits in dates and a phone number, Aadhaar, RCH and bank account numbers, an IFSC
code, an ambulance plate, Diwali and names that are everyday words;
14, Wales, Swansea and Gower (Crofty, Llanrhidian, Mumbles): a DXA bone densitometry report with a bilingual Welsh and
English header and a Welsh month name, with an NHS number, a scanner serial number, a radiographer's initials and a
second address for the results;
15, India, Karnataka (Udupi district: Manipal, Kota, Kundapura; Mumbai): a phase II cardiac rehabilitation
assessment in Kannada, with Kannada digits in the date, an ABHA number, a house name, inflected place names, Krishna
Janmashtami and KMC and allied health registrations;
16, Turks and Caicos Islands (Providenciales, Grace Bay) with a visitor from Pennsylvania (Hershey, Lititz): a
fitness-to-fly assessment and MEDIF after a spontaneous pneumothorax, with a US passport number, insurer and assistance
case numbers, an Instagram handle, a fax number, a reef named after a person and US and British date orders side by
side;
17, India, Kerala (Wayanad: Mananthavady, Thavinhal; Pala, Kochi): an ophthalmology outpatient record of acute angle
closure in a woman aged 92 in Malayalam, with a Kollam Era date, a house name, a ward number, an Aadhaar number,
inflected place names and Christmas;
18, Eswatini, Manzini region (Manzini, Ngwane Park, Mahlangatja) with Big Bend and Piggs Peak: a voluntary medical male
circumcision client record with its follow-up visits, with an Eswatini PIN, a school, a hospital named after people, a
car plate, Incwala and nursing and medical council registrations;
19, India, Punjab (Hoshiarpur: Paldi, Mahilpur) with a father in Brampton: a developmental assessment for autism at a
district early intervention centre in Punjabi (Gurmukhi), with the date in Gurmukhi digits, an Aadhaar number, a UDID
enrolment number, an anganwadi centre, Lohri and Vaisakhi, and PMC and RCI registrations;
20, Niue (Alofi, Hakupu, Avatele, Fonuakula) with Auckland: a medical board report for retirement on the grounds of
ill-health, with four-digit Niue phone numbers, an employee number, an NZ passport, a board reference and an MCNZ
number;
21, Pakistan, Sindh (Hyderabad: Latifabad, Resham Gali, Hirabad; Jamshoro; Kotri): an outpatient prescription slip for
XDR typhoid in Urdu, with Urdu digits in dates and phone numbers, a Hijri date, a CNIC, a house, block and unit address,
a bangle shop, a laboratory named after a person, a rickshaw plate and a PMDC number;
22, Barbados (St. Lucy: Checker Hall, Pie Corner; Bathsheba, St. Joseph; Hothersal Turning): a pressure injury incident
report and wound assessment for a resident aged 96, with an NRN with the birth date, an NIS number, a mattress pump
serial number, a surname that is an everyday word, places that are everyday words or first names and Old Year's Night;
23, Kazakhstan, Abai region (Semey, Borodulikha, Abyraly): a discharge memo with radiation safety rules after
radioiodine therapy for Graves' disease in Kazakh (Cyrillic), with patronymics in -қызы and -ұлы, an IIN, an inflected
surname, Kazakh month names, a car plate and Nauryz.
Entries per kind here: NAME 79, DATE 74, LOCATION 71, HOSPITAL 26, ID 26, PHONE 21, LICENCE 16, ADDRESS 13, POSTCODE 9,
MRN 9, EMAIL 8, PLATE 4, AGE 4, SERIAL 2, HANDLE 1.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 12 - Scotland, Argyll and Bute (Isle of Mull: Salen, Dervaig, Craignure; Oban): practice copy of a Yellow Card
    ("Aros Surgery, Main Street, Salen, Isle of Mull PA72 6JL | Tel 01632 960 417\n"
     "PRACTICE COPY – MHRA YELLOW CARD (suspected adverse drug reaction), submitted online 12/09/2025 16:20 | MHRA ref "
     "ADR 28417365\n"
     "Patient: Mr Alasdair MacLachlan (initials on the form: A.McL.) | 68 M | DOB 23/08/1957 | CHI 2308574135 | weight "
     "84 kg\n"
     "Address: Tigh an Uillt, Dervaig, Isle of Mull PA75 6QW\n"
     "Occupation: deckhand with Caledonian MacBrayne on the Oban to Craignure ferry until he retired this year; keen "
     "hill walker.\n"
     "Suspect drug: ciprofloxacin 500 mg BD orally, 02/09/2025 to 09/09/2025, for an infective exacerbation of "
     "bronchiectasis (sputum: Pseudomonas aeruginosa).\n"
     "Other medicines: prednisolone 30 mg OD for 5 days from 02/09/2025; Trimbow 87/5/9 two puffs BD; ramipril 5 mg; "
     "atorvastatin 20 mg.\n"
     "Reaction: left Achilles tendon rupture. On 08/09/2025 he felt a kick in the back of the left calf stepping down "
     "on the path below Ben More and could not weight-bear. Thompson's test positive, palpable gap. Ultrasound at Lorn "
     "and Islands Hospital, Oban, 10/09/2025: complete rupture 5 cm above the insertion, gap 2.1 cm, closing to 0.6 cm "
     "in equinus. Managed non-operatively in a VACOped boot in equinus for 8 weeks (fracture clinic, Mr Fergus "
     "Tolmie). Outcome: not yet recovered. Seriousness: caused disability. No previous reaction to fluoroquinolones. "
     "eGFR 52 mL/min/1.73m².\n"
     "The practice pharmacist, Eilidh Rankin, checked the record; the MHRA Drug Safety Update on the disabling and "
     "long-lasting side effects of fluoroquinolones was discussed with the patient. His wife, Seonaid, drives him to "
     "Craignure for the ferry; next fracture clinic 05/11/2025.\n"
     "Reporter: Dr Ishbel Lamont, GP | GMC 7041826 | ishbel.lamont@nhs.scot",
     [("HOSPITAL", ["Aros Surgery"]), ("ADDRESS", ["Main Street"]), ("LOCATION", ["Salen"]),
      ("LOCATION", ["Isle of Mull"]), ("POSTCODE", ["PA72 6JL"]), ("PHONE", ["01632 960 417"]),
      ("DATE", ["12/09/2025"]), ("ID", ["ADR 28417365"]), ("NAME", ["Alasdair", "MacLachlan"]), ("NAME", ["A.McL."]),
      ("DATE", ["23/08/1957"]), ("ID", ["2308574135"]), ("ADDRESS", ["Tigh an Uillt"]), ("LOCATION", ["Dervaig"]),
      ("POSTCODE", ["PA75 6QW"]), ("LOCATION", ["Caledonian MacBrayne"]), ("LOCATION", ["Oban"]),
      ("LOCATION", ["Craignure"]), ("DATE", ["02/09/2025"]), ("DATE", ["09/09/2025"]), ("DATE", ["08/09/2025"]),
      ("LOCATION", ["Ben More"]), ("HOSPITAL", ["Lorn and Islands Hospital"]), ("DATE", ["10/09/2025"]),
      ("NAME", ["Fergus", "Tolmie"]), ("NAME", ["Eilidh", "Rankin"]), ("NAME", ["Seonaid"]), ("DATE", ["05/11/2025"]),
      ("NAME", ["Ishbel", "Lamont"]), ("LICENCE", ["7041826"]), ("EMAIL", ["ishbel.lamont@nhs.scot"])],
     ["YELLOW CARD", "suspected adverse drug reaction", "ciprofloxacin 500 mg BD",
      "infective exacerbation of bronchiectasis", "Pseudomonas aeruginosa", "prednisolone 30 mg OD", "Trimbow 87/5/9",
      "ramipril 5 mg", "atorvastatin 20 mg", "Achilles tendon rupture", "Thompson's test positive", "gap 2.1 cm",
      "VACOped boot", "equinus", "eGFR 52 mL/min/1.73m²", "Drug Safety Update", "fluoroquinolones",
      "caused disability"]),

    # 13 - India, Uttar Pradesh (Bahraich: Nanpara, Balaha): female sterilisation consent and operation record (Hindi)
    ("राष्ट्रीय परिवार कल्याण कार्यक्रम – महिला नसबंदी (लैप्रोस्कोपिक): सूचित सहमति एवं ऑपरेशन अभिलेख\n"
     "शिविर: सामुदायिक स्वास्थ्य केंद्र नानपारा, ज़िला बहराइच (उ.प्र.)   दिनांक: १४/११/२०२५   क्रम सं.: "
     "NPR/FDS/25/0418\n"
     "लाभार्थी: श्रीमती गुड्डी देवी, पत्नी श्री रामनरेश यादव   आयु: 29 वर्ष   जन्म तिथि: ०५/०७/१९९६\n"
     "पता: ग्राम चकिया, ब्लॉक बलहा, तहसील नानपारा, ज़िला बहराइच   मोबाइल: ९८३९५ ५४१७२\n"
     "आधार सं.: 7358 2914 0659   RCH ID: 109418273615\n"
     "बैंक विवरण (प्रतिपूर्ति हेतु): बैंक ऑफ बड़ौदा, शाखा नानपारा, खाता सं. 41820100007362, IFSC BARB0NANPRA\n"
     "प्रेरक: आशा श्रीमती फूलमती (मो. 94150 55218); उप-केंद्र चकिया की ए.एन.एम. श्रीमती शबनम बानो\n"
     "प्रसव इतिहास: जीवित बच्चे 3 (पुत्र 2, पुत्री 1), सबसे छोटा बच्चा 14 माह; अंतिम प्रसव ज़िला महिला चिकित्सालय "
     "बहराइच में (सामान्य)। पति दीवाली के बाद लुधियाना से लौटे हैं; सबसे छोटी बेटी सोनी साथ आई। केंद्र तक 102 "
     "एम्बुलेंस (UP40 AG 7319) से लाई गईं। अंतिम माहवारी (LMP): ०२/११/२०२५\n"
     "जाँच: Hb 10.6 g/dL, BP 110/70 mmHg, वज़न 46 kg, मूत्र में एल्ब्यूमिन/शुगर नहीं, UPT नकारात्मक।\n"
     "परामर्श: स्थायी विधि समझाई गई; अस्थायी विकल्प (अंतरा इंजेक्शन, कॉपर-टी 380A) भी बताए गए; विफलता दर ~0.5% बताई "
     "गई। दंपति ने स्वेच्छा से सहमति दी। लाभार्थी का अँगूठा निशान: [निशान]   पति के हस्ताक्षर: रामनरेश   गवाह: आशा "
     "फूलमती\n"
     "ऑपरेशन: लैप्रोस्कोपिक ट्यूबेक्टॉमी, दोनों ट्यूबों पर Falope ring; लोकल एनेस्थीसिया (लिग्नोकेन 1%) + पेंटाज़ोसिन "
     "30 mg IM + प्रोमेथाज़ीन 25 mg IM; समय 8 मिनट; कोई जटिलता नहीं। लैप्रोस्कोपी संभव न होने पर मिनीलैप (Pomeroy "
     "विधि) की सहमति भी ली गई थी।\n"
     "सर्जन: डॉ. अनुराधा श्रीवास्तव (एम.एस. प्रसूति एवं स्त्री रोग), UPMC पंजीकरण सं. 48217   स्टाफ नर्स: रेखा मौर्य\n"
     "छुट्टी: 4 घंटे बाद। दवाएँ: डॉक्सीसाइक्लिन 100 mg दिन में दो बार 5 दिन, इबुप्रोफेन 400 mg आवश्यकता पर।\n"
     "फॉलो-अप: 48 घंटे पर आशा घर जाएँगी; 7 दिन पर टाँके; अगली माहवारी (दिसंबर) न आए तो तुरंत प्रेगनेंसी टेस्ट।",
     [("HOSPITAL", ["सामुदायिक स्वास्थ्य केंद्र नानपारा"]), ("LOCATION", ["नानपारा"]), ("LOCATION", ["बहराइच"]),
      ("DATE", ["१४/११/२०२५"]), ("ID", ["NPR/FDS/25/0418"]), ("NAME", ["गुड्डी", "देवी"]),
      ("NAME", ["रामनरेश", "यादव"]), ("DATE", ["०५/०७/१९९६"]), ("LOCATION", ["चकिया"]), ("LOCATION", ["बलहा"]),
      ("PHONE", ["९८३९५ ५४१७२"]), ("ID", ["7358 2914 0659"]), ("ID", ["109418273615"]), ("ID", ["41820100007362"]),
      ("ID", ["BARB0NANPRA"]), ("NAME", ["फूलमती"]), ("PHONE", ["94150 55218"]), ("NAME", ["शबनम", "बानो"]),
      ("HOSPITAL", ["ज़िला महिला चिकित्सालय बहराइच"]), ("DATE", ["दीवाली"]), ("LOCATION", ["लुधियाना"]),
      ("NAME", ["सोनी"]), ("PLATE", ["UP40 AG 7319"]), ("DATE", ["०२/११/२०२५"]), ("NAME", ["अनुराधा", "श्रीवास्तव"]),
      ("LICENCE", ["48217"]), ("NAME", ["रेखा", "मौर्य"]), ("DATE", ["दिसंबर"])],
     ["लैप्रोस्कोपिक", "Hb 10.6 g/dL", "BP 110/70 mmHg", "UPT नकारात्मक", "मूत्र में एल्ब्यूमिन/शुगर नहीं",
      "अंतरा इंजेक्शन", "कॉपर-टी 380A", "विफलता दर ~0.5%", "लैप्रोस्कोपिक ट्यूबेक्टॉमी", "Falope ring", "लिग्नोकेन 1%",
      "पेंटाज़ोसिन 30 mg IM", "प्रोमेथाज़ीन 25 mg IM", "मिनीलैप", "Pomeroy विधि", "डॉक्सीसाइक्लिन 100 mg",
      "इबुप्रोफेन 400 mg"]),

    # 14 - Wales, Swansea and Gower (Crofty, Llanrhidian, Mumbles): DXA bone densitometry report, bilingual header
    ("Bwrdd Iechyd Prifysgol Bae Abertawe | Swansea Bay University Health Board\n"
     "Uned Dwysedd Esgyrn / Bone Densitometry Unit – Ysbyty Singleton / Singleton Hospital, Sketty Lane, Swansea SA2 "
     "8QA | dxa.singleton@wales.nhs.uk\n"
     "ADRODDIAD DXA / DXA REPORT | Dyddiad / Date: 27 Hydref 2025 (27/10/2025)\n"
     "Patient: Mrs Mererid Beynon | F | DOB 19/04/1958 (67 y) | NHS 721 458 0934 | Hosp no. S418276\n"
     "Address: 3 Marsh Road, Crofty, Swansea SA4 3RR. Picked cockles for Burry Inlet Cockles for thirty years.\n"
     "Referred by: Dr Gethin Prys-Hopkin, Rheumatology, Morriston Hospital. GP: Dr Ffion Rowlands, Penclawdd Health "
     "Centre.\n"
     "Clinical details: polymyalgia rheumatica since 2024, prednisolone now 7.5 mg daily (18 months in all); Colles "
     "fracture of the left wrist in 2019 after slipping on Llanrhidian Marsh; mother had a hip fracture; menopause at "
     "44; ex-smoker; alcohol 6 units/week; BMI 22.4; 25-OH vitamin D 38 nmol/L.\n"
     "Scanner: Hologic Horizon A, S/N 304182; operator RP; precision LSC 0.025 g/cm².\n"
     "Results:\n"
     "Lumbar spine L1-L4: BMD 0.712 g/cm², T-score −2.9, Z-score −1.6\n"
     "Left femoral neck: BMD 0.598 g/cm², T-score −2.6\n"
     "Left total hip: BMD 0.681 g/cm², T-score −2.2\n"
     "Trabecular bone score: TBS 1.198 (degraded microarchitecture)\n"
     "Vertebral fracture assessment: Genant grade 2 wedge fracture of T12.\n"
     "FRAX (UK), adjusted for BMD and glucocorticoid dose: major osteoporotic fracture 24%, hip 6.8% - above the NOGG "
     "intervention threshold, very high risk.\n"
     "Conclusion: osteoporosis with a prevalent vertebral fracture.\n"
     "Recommendations: zoledronic acid 5 mg IV yearly (or alendronic acid 70 mg weekly if she prefers tablets) with "
     "Calfovit D3 one sachet daily; falls assessment; repeat DXA in 3 years.\n"
     "Results also to her daughter Catrin, at her request: 22 Newton Road, Mumbles SA3 4BQ.\n"
     "Reported by: Dr Meinir Gwilym, Consultant Rheumatologist (metabolic bone) | GMC 4418276 | Radiographer: Rhodri "
     "Parry (RP)",
     [("HOSPITAL", ["Ysbyty Singleton"]), ("HOSPITAL", ["Singleton Hospital"]), ("LOCATION", ["Abertawe"]),
      ("LOCATION", ["Swansea"]), ("ADDRESS", ["Sketty Lane"]), ("POSTCODE", ["SA2 8QA"]),
      ("EMAIL", ["dxa.singleton@wales.nhs.uk"]), ("DATE", ["27 Hydref 2025"]), ("DATE", ["27/10/2025"]),
      ("NAME", ["Mererid", "Beynon"]), ("DATE", ["19/04/1958"]), ("ID", ["721 458 0934"]), ("MRN", ["S418276"]),
      ("ADDRESS", ["3 Marsh Road"]), ("LOCATION", ["Crofty"]), ("POSTCODE", ["SA4 3RR"]),
      ("LOCATION", ["Burry Inlet Cockles"]), ("NAME", ["Gethin", "Prys-Hopkin"]), ("HOSPITAL", ["Morriston Hospital"]),
      ("NAME", ["Ffion", "Rowlands"]), ("HOSPITAL", ["Penclawdd Health Centre"]), ("LOCATION", ["Llanrhidian Marsh"]),
      ("SERIAL", ["304182"]), ("NAME", ["RP"]), ("NAME", ["Catrin"]), ("ADDRESS", ["22 Newton Road"]),
      ("LOCATION", ["Mumbles"]), ("POSTCODE", ["SA3 4BQ"]), ("NAME", ["Meinir", "Gwilym"]), ("LICENCE", ["4418276"]),
      ("NAME", ["Rhodri", "Parry"])],
     ["polymyalgia rheumatica", "prednisolone now 7.5 mg daily", "Colles fracture", "BMI 22.4",
      "25-OH vitamin D 38 nmol/L", "Hologic Horizon A", "LSC 0.025 g/cm²", "BMD 0.712 g/cm²", "T-score −2.9",
      "Z-score −1.6", "T-score −2.6", "TBS 1.198", "Genant grade 2 wedge fracture", "FRAX",
      "major osteoporotic fracture 24%", "hip 6.8%", "NOGG", "zoledronic acid 5 mg IV yearly",
      "alendronic acid 70 mg weekly", "Calfovit D3"]),

    # 15 - India, Karnataka (Udupi district: Manipal, Kota, Kundapura): phase II cardiac rehabilitation assessment
    # (Kannada)
    ("ಕಸ್ತೂರ್ಬಾ ಆಸ್ಪತ್ರೆ, ಮಣಿಪಾಲ – ಹೃದ್ರೋಗ ವಿಭಾಗ, ಹೃದಯ ಪುನಶ್ಚೇತನ ಘಟಕ (Cardiac Rehabilitation Unit)\n"
     "ಹಂತ II ಹೃದಯ ಪುನಶ್ಚೇತನ – ಪ್ರಾರಂಭಿಕ ಮೌಲ್ಯಮಾಪನ ವರದಿ\n"
     "ದಿನಾಂಕ: ೦೬-೧೦-೨೦೨೫   UHID: 30418276   ABHA: 91-4182-7365-0294\n"
     "ರೋಗಿಯ ಹೆಸರು: ಶ್ರೀ ಸದಾನಂದ ಶೆಟ್ಟಿ   ವಯಸ್ಸು/ಲಿಂಗ: 61/ಪು   ಜನ್ಮ ದಿನಾಂಕ: 14-02-1964\n"
     "ವಿಳಾಸ: 'ಶ್ರೀ ಗುರುಕೃಪಾ', ಮನೆ ಸಂಖ್ಯೆ 4-118, ಕೋಟ, ಕುಂದಾಪುರ ತಾಲೂಕು, ಉಡುಪಿ ಜಿಲ್ಲೆ – 576221   ಮೊಬೈಲ್: 94481 55273\n"
     "ಉದ್ಯೋಗ: ಮುಂಬೈಯ ಮಾಟುಂಗದಲ್ಲಿ 'ಹೋಟೆಲ್ ಶ್ರೀ ಕೃಷ್ಣ ಭವನ'ದ ಮಾಲೀಕರು\n"
     "ಹಿನ್ನೆಲೆ: ಕೃಷ್ಣಾಷ್ಟಮಿಯ ದಿನ (ಆಗಸ್ಟ್ 16) ಎದೆನೋವು – NSTEMI; ಆಂಜಿಯೋಗ್ರಫಿಯಲ್ಲಿ ಮೂರು ರಕ್ತನಾಳಗಳ ಕಾಯಿಲೆ (SYNTAX score "
     "34). 12-09-2025 ರಂದು CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA), ಶಸ್ತ್ರಚಿಕಿತ್ಸಕರು ಡಾ. ರಾಘವೇಂದ್ರ ಭಟ್ (CTVS). ಮಧುಮೇಹ "
     "(HbA1c 7.9%), ಅಧಿಕ ರಕ್ತದೊತ್ತಡ; ತಂಬಾಕು ಜಗಿಯುವುದನ್ನು 2023ರಲ್ಲಿ ನಿಲ್ಲಿಸಿದ್ದಾರೆ.\n"
     "ಮೌಲ್ಯಮಾಪನ: 6MWT 412 m, Borg RPE 13, ವಿಶ್ರಾಂತಿ HR 78/ನಿ., BP 128/76 mmHg; LVEF 40% (2D echo); ಅಂದಾಜು ಸಾಮರ್ಥ್ಯ 5.2 "
     "METs; Duke Activity Status Index 28.7; PHQ-9 8. ಸ್ಟರ್ನಮ್ ಗಾಯ ಚೆನ್ನಾಗಿ ಮಾಗುತ್ತಿದೆ.\n"
     "ಅಪಾಯ ವರ್ಗ: AACVPR ಮಧ್ಯಮ ಅಪಾಯ\n"
     "ವ್ಯಾಯಾಮ ಯೋಜನೆ: Karvonen ಸೂತ್ರದ ಪ್ರಕಾರ 40–60% HRR, ಗುರಿ HR 98–108/ನಿ.; ವಾರಕ್ಕೆ 3 ಸೆಷನ್, 12 ವಾರಗಳು; 8 ವಾರಗಳವರೆಗೆ 5 "
     "kg ಗಿಂತ ಹೆಚ್ಚು ಭಾರ ಎತ್ತಬಾರದು.\n"
     "ಔಷಧಿಗಳು: ಆಸ್ಪಿರಿನ್ 75 mg, ಟಿಕಾಗ್ರೆಲರ್ (Brilinta) 90 mg ದಿನಕ್ಕೆ ಎರಡು ಬಾರಿ, ಅಟೊರ್ವಾಸ್ಟಾಟಿನ್ 80 mg, ಮೆಟೊಪ್ರೊಲಾಲ್ 25 "
     "mg, ಎಂಪಾಗ್ಲಿಫ್ಲೋಜಿನ್ 10 mg. LDL 62 mg/dL.\n"
     "ಕುಟುಂಬ: ಪತ್ನಿ ಶ್ರೀಮತಿ ಸುಮಿತ್ರಾ ಶೆಟ್ಟಿ ಜೊತೆಗಿದ್ದರು; ಮಗ ಪ್ರಜ್ವಲ್ ಬೆಂಗಳೂರಿನಲ್ಲಿ ಸಾಫ್ಟ್‌ವೇರ್ ಎಂಜಿನಿಯರ್.\n"
     "ಮುಂದಿನ ಭೇಟಿ: 08-10-2025 ರಿಂದ ಸೆಷನ್ ಆರಂಭ.\n"
     "ಭೌತಚಿಕಿತ್ಸಕಿ: ಅಕ್ಷತಾ ಕಾಮತ್ (KSAHC ನೋಂದಣಿ PT-0418) | ಹೃದ್ರೋಗ ತಜ್ಞರು: ಡಾ. ವಿನಯ್ ಪೈ (KMC 41866) | "
     "cardiacrehab.kh@manipal.edu",
     [("HOSPITAL", ["ಕಸ್ತೂರ್ಬಾ ಆಸ್ಪತ್ರೆ"]), ("LOCATION", ["ಮಣಿಪಾಲ"]), ("DATE", ["೦೬-೧೦-೨೦೨೫"]), ("MRN", ["30418276"]),
      ("ID", ["91-4182-7365-0294"]), ("NAME", ["ಸದಾನಂದ", "ಶೆಟ್ಟಿ"]), ("DATE", ["14-02-1964"]),
      ("ADDRESS", ["ಶ್ರೀ ಗುರುಕೃಪಾ"]), ("ADDRESS", ["ಮನೆ ಸಂಖ್ಯೆ 4-118"]), ("LOCATION", ["ಕೋಟ"]),
      ("LOCATION", ["ಕುಂದಾಪುರ"]), ("LOCATION", ["ಉಡುಪಿ"]), ("POSTCODE", ["576221"]), ("PHONE", ["94481 55273"]),
      ("LOCATION", ["ಮುಂಬೈಯ"]), ("LOCATION", ["ಮಾಟುಂಗದಲ್ಲಿ"]), ("LOCATION", ["ಹೋಟೆಲ್ ಶ್ರೀ ಕೃಷ್ಣ ಭವನ"]),
      ("DATE", ["ಕೃಷ್ಣಾಷ್ಟಮಿಯ"]), ("DATE", ["ಆಗಸ್ಟ್ 16"]), ("DATE", ["12-09-2025"]), ("NAME", ["ರಾಘವೇಂದ್ರ", "ಭಟ್"]),
      ("NAME", ["ಸುಮಿತ್ರಾ"]), ("NAME", ["ಪ್ರಜ್ವಲ್"]), ("LOCATION", ["ಬೆಂಗಳೂರಿನಲ್ಲಿ"]), ("DATE", ["08-10-2025"]),
      ("NAME", ["ಅಕ್ಷತಾ", "ಕಾಮತ್"]), ("LICENCE", ["PT-0418"]), ("NAME", ["ವಿನಯ್", "ಪೈ"]), ("LICENCE", ["KMC 41866"]),
      ("EMAIL", ["cardiacrehab.kh@manipal.edu"])],
     ["NSTEMI", "SYNTAX score 34", "CABG x3", "LIMA-LAD", "HbA1c 7.9%", "6MWT 412 m", "Borg RPE 13", "BP 128/76 mmHg",
      "LVEF 40%", "5.2 METs", "Duke Activity Status Index 28.7", "PHQ-9 8", "AACVPR", "Karvonen", "40–60% HRR",
      "ಟಿಕಾಗ್ರೆಲರ್ (Brilinta) 90 mg", "ಅಟೊರ್ವಾಸ್ಟಾಟಿನ್ 80 mg", "ಎಂಪಾಗ್ಲಿಫ್ಲೋಜಿನ್ 10 mg", "LDL 62 mg/dL"]),

    # 16 - Turks and Caicos Islands (Providenciales, Grace Bay) with a visitor from Pennsylvania: fitness-to-fly
    # assessment
    ("Cheshire Hall Medical Centre – Emergency and Inpatient Unit\n"
     "Leeward Highway, Providenciales, Turks and Caicos Islands | Tel +1 649 555 0110\n"
     "FITNESS-TO-FLY ASSESSMENT AND MEDIF (Part 2, physician's section) | 04 March 2026\n"
     "Patient: Colton Wertz-Brubaker | 27 M | DOB 08/19/1998 (US format) | US passport 574182936 | Hospital no. "
     "CHMC-26-01827\n"
     "Home: 418 Cocoa Avenue, Hershey, PA 17033, USA | Mobile +1 717-555-0143 | colton.wertz98@gmail.com | Instagram "
     "@coltonwertz_dives\n"
     "On the islands: staying at Sea Grape Villas, Grace Bay. Travel insurer policy KTG-7741-0826-33; assistance case "
     "TA-26-041827.\n"
     "History: sudden right-sided pleuritic chest pain and breathlessness while snorkelling at Smith's Reef on "
     "24/02/2026; first episode; smoker, 5 pack-years; tall and thin. Admitted the same day: CXR large right apical "
     "pneumothorax, 3.1 cm at the level of the hilum. Pigtail 12 Fr chest drain with a Heimlich valve; drain removed "
     "01/03/2026 after a clamped trial; CXR 03/03/2026: full re-expansion, no residual pneumothorax.\n"
     "Today: SpO2 98% on room air, RR 14, HR 72, chest clear.\n"
     "Assessment: primary spontaneous pneumothorax, resolved. Per BTS guidance he should fly only after radiographic "
     "resolution; at a cabin altitude 8,000 ft any trapped air expands by about 30% (Boyle's law).\n"
     "FIT TO FLY on or after 10/03/2026, Providenciales to Philadelphia, seated, no in-flight oxygen; a hypoxic "
     "challenge test is not required. Repeat CXR here on 09/03/2026 before departure. NOT fit for scuba diving, "
     "permanently, unless he has a video-assisted thoracoscopic pleurectomy; smoking cessation advised.\n"
     "Companion: Makenna Zook (partner), +1 717-555-0191. With the patient's consent her father, Dr. Ephraim Zook, a "
     "family physician in Lititz, was updated by phone.\n"
     "MEDIF faxed to the airline medical desk, fax +1 305 555 0148.\n"
     "Examining physician: Dr. Marvelle Forbes-Gardiner, Internal Medicine | TCI Medical and Dental Council reg. "
     "MC-0418 | Nurse: Latoya Missick, RN",
     [("HOSPITAL", ["Cheshire Hall Medical Centre"]), ("ADDRESS", ["Leeward Highway"]),
      ("LOCATION", ["Providenciales"]), ("PHONE", ["+1 649 555 0110"]), ("DATE", ["04 March 2026"]),
      ("NAME", ["Colton", "Wertz-Brubaker"]), ("DATE", ["08/19/1998"]), ("ID", ["574182936"]),
      ("MRN", ["CHMC-26-01827"]), ("ADDRESS", ["418 Cocoa Avenue"]), ("LOCATION", ["Hershey"]), ("POSTCODE", ["17033"]),
      ("PHONE", ["+1 717-555-0143"]), ("EMAIL", ["colton.wertz98@gmail.com"]), ("HANDLE", ["coltonwertz_dives"]),
      ("LOCATION", ["Sea Grape Villas"]), ("LOCATION", ["Grace Bay"]), ("ID", ["KTG-7741-0826-33"]),
      ("ID", ["TA-26-041827"]), ("LOCATION", ["Smith's Reef"]), ("DATE", ["24/02/2026"]), ("DATE", ["01/03/2026"]),
      ("DATE", ["03/03/2026"]), ("DATE", ["10/03/2026"]), ("LOCATION", ["Philadelphia"]), ("DATE", ["09/03/2026"]),
      ("NAME", ["Makenna", "Zook"]), ("PHONE", ["+1 717-555-0191"]), ("NAME", ["Ephraim", "Zook"]),
      ("LOCATION", ["Lititz"]), ("PHONE", ["+1 305 555 0148"]), ("NAME", ["Marvelle", "Forbes-Gardiner"]),
      ("LICENCE", ["MC-0418"]), ("NAME", ["Latoya", "Missick"])],
     ["MEDIF", "pleuritic chest pain", "5 pack-years", "large right apical pneumothorax",
      "3.1 cm at the level of the hilum", "Pigtail 12 Fr chest drain", "Heimlich valve", "full re-expansion",
      "SpO2 98% on room air", "primary spontaneous pneumothorax", "BTS guidance", "cabin altitude 8,000 ft",
      "Boyle's law", "no in-flight oxygen", "hypoxic challenge test", "video-assisted thoracoscopic pleurectomy",
      "smoking cessation"]),

    # 17 - India, Kerala (Wayanad: Mananthavady, Thavinhal): ophthalmology outpatient record, acute angle closure in a
    # woman aged 92 (Malayalam)
    ("ജില്ലാ ആശുപത്രി, മാനന്തവാടി – നേത്രരോഗ വിഭാഗം (Ophthalmology OP)\n"
     "ഒ.പി. നമ്പർ: 2025/41827   തീയതി: 03-11-2025 (കൊല്ലവർഷം 1201 തുലാം 17)\n"
     "പേര്: ശ്രീമതി ഏലിയാമ്മ ജോസഫ്   പ്രായം: 92 വയസ്സ്   ജനനത്തീയതി: 11-06-1933   ആധാർ: 5931 8047 2624\n"
     "വിലാസം: പുത്തൻപുരയ്ക്കൽ വീട്, വാർഡ് 7, തവിഞ്ഞാൽ ഗ്രാമപഞ്ചായത്ത്, മാനന്തവാടി താലൂക്ക്, വയനാട് – 670644\n"
     "കൂടെ വന്നത്: മകൻ ടോമി (ഫോൺ 94470 61832), മരുമകൾ ലിസി\n"
     "ചരിത്രം: 1952-ൽ പാലായിൽ നിന്ന് കുടിയേറി; കാപ്പിയും കുരുമുളകും കൃഷി. ഭർത്താവ് 1989-ൽ മരിച്ചു. ഞായറാഴ്ച കല്ലോടി "
     "പള്ളിയിൽ പോകും. അടുത്ത ജൂണിൽ 93 തികയും.\n"
     "പരാതി: ഇന്നലെ രാത്രി മുതൽ വലതു കണ്ണിൽ കഠിനമായ വേദന, തലവേദന, ഛർദ്ദി, വിളക്കിനു ചുറ്റും വർണ്ണവലയങ്ങൾ (halos).\n"
     "പരിശോധന: കാഴ്ച RE കൈ ചലനം (HM), LE 6/36; IOP RE 54 mmHg, LE 18 mmHg (Goldmann applanation); RE corneal oedema, "
     "ആഴം കുറഞ്ഞ AC (Van Herick grade 1), mid-dilated non-reactive pupil. Gonioscopy: RE Shaffer grade 0 (360°), LE "
     "Shaffer grade 1. LE nuclear cataract NS3.\n"
     "രോഗനിർണയം: RE acute primary angle closure (APAC); LE primary angle closure suspect.\n"
     "ചികിത്സ: mannitol 20% 150 mL IV (30 മിനിറ്റിൽ; creatinine 1.1 mg/dL), acetazolamide 250 mg, Timolol 0.5% BD, "
     "pilocarpine 2% (IOP കുറഞ്ഞ ശേഷം), prednisolone acetate 1% QID. ഒരു മണിക്കൂറിനു ശേഷം IOP RE 28 mmHg.\n"
     "പദ്ധതി: കോർണിയ തെളിഞ്ഞാൽ രണ്ടു കണ്ണിലും Nd:YAG laser peripheral iridotomy; പിന്നീട് തിമിര ശസ്ത്രക്രിയക്ക് ഗിരിധർ "
     "ഐ ഇൻസ്റ്റിറ്റ്യൂട്ട്, കൊച്ചി. ക്രിസ്മസിന് മുമ്പ് വീട്ടിലെത്തണം എന്നാണ് അമ്മച്ചിയുടെ ആഗ്രഹം.\n"
     "അടുത്ത പരിശോധന: 05-11-2025\n"
     "ഡോക്ടർ: ഡോ. ആൻസി വർഗീസ് (TCMC Reg. No. 41893)   ഒപ്റ്റോമെട്രിസ്റ്റ്: ജിതിൻ കെ. ബാബു",
     [("HOSPITAL", ["ജില്ലാ ആശുപത്രി, മാനന്തവാടി"]), ("LOCATION", ["മാനന്തവാടി"]), ("MRN", ["2025/41827"]),
      ("DATE", ["03-11-2025"]), ("DATE", ["1201 തുലാം 17"]), ("NAME", ["ഏലിയാമ്മ", "ജോസഫ്"]), ("AGE", ["92 വയസ്സ്"]),
      ("DATE", ["11-06-1933"]), ("ID", ["5931 8047 2624"]), ("ADDRESS", ["പുത്തൻപുരയ്ക്കൽ വീട്"]),
      ("ADDRESS", ["വാർഡ് 7"]), ("LOCATION", ["തവിഞ്ഞാൽ"]), ("LOCATION", ["വയനാട്"]), ("POSTCODE", ["670644"]),
      ("NAME", ["ടോമി"]), ("PHONE", ["94470 61832"]), ("NAME", ["ലിസി"]), ("DATE", ["1952"]), ("LOCATION", ["പാലായിൽ"]),
      ("LOCATION", ["കല്ലോടി"]), ("DATE", ["1989"]), ("DATE", ["ജൂണിൽ"]), ("AGE", ["93 തികയും"]),
      ("HOSPITAL", ["ഗിരിധർ ഐ ഇൻസ്റ്റിറ്റ്യൂട്ട്"]), ("LOCATION", ["കൊച്ചി"]), ("DATE", ["ക്രിസ്മസിന്"]),
      ("DATE", ["05-11-2025"]), ("NAME", ["ആൻസി", "വർഗീസ്"]), ("LICENCE", ["41893"]), ("NAME", ["ജിതിൻ", "ബാബു"])],
     ["RE കൈ ചലനം (HM)", "LE 6/36", "IOP RE 54 mmHg", "Goldmann applanation", "corneal oedema", "Van Herick grade 1",
      "mid-dilated non-reactive pupil", "Shaffer grade 0", "Shaffer grade 1", "NS3",
      "acute primary angle closure (APAC)", "primary angle closure suspect", "mannitol 20% 150 mL IV",
      "creatinine 1.1 mg/dL", "acetazolamide 250 mg", "Timolol 0.5% BD", "pilocarpine 2%",
      "prednisolone acetate 1% QID", "IOP RE 28 mmHg", "Nd:YAG laser peripheral iridotomy"]),

    # 18 - Eswatini, Manzini region (Manzini, Fairview, Mahlangatja) with Big Bend and Piggs Peak: voluntary medical
    # male circumcision client record
    ("Kingdom of Eswatini – Ministry of Health | Voluntary Medical Male Circumcision (VMMC) Programme\n"
     "Raleigh Fitkin Memorial Hospital – VMMC Clinic, Manzini\n"
     "CLIENT RECORD: INTAKE, PROCEDURE AND FOLLOW-UP | Client no. VMMC/RFM/25/01827 | Date 12/08/2025\n"
     "Client: Ndumiso Shabangu | 17 y | DOB 03/05/2008 | PIN 0805031104182 | Form 4, Manzini Nazarene High School\n"
     "Residence: Ngwane Park, Manzini; grandmother's homestead at Mahlangatja | Cell +268 7612 4418\n"
     "Parent/guardian: mother, Make Nomcebo Shabangu, +268 7805 2291 - present, consent signed. Father works at the "
     "sugar mill at Big Bend; mother's family from Piggs Peak. His uncle drove them in (car MSD 741 BH). His elder "
     "brother Bongani was circumcised at the Mbabane Government Hospital. Referred by the pastor of his church, Rev. "
     "Elphas Magagula.\n"
     "Counselling and testing: HIV risk-reduction counselling done; Determine HIV-1/2 non-reactive (09:05); STI screen "
     "- no GUD, no urethral discharge; BP 118/72; weight 58 kg; no bleeding disorder; no allergies.\n"
     "Procedure: forceps-guided method; penile block with lidocaine 1% 10 mL + bupivacaine 0.5% 10 mL; haemostasis by "
     "ligation and diathermy; Vicryl Rapide 4-0 interrupted and mattress sutures; 18 min; tetanus toxoid (TT) 0.5 mL "
     "IM given. ShangRing not used (client's choice). Intra-operative AE: none. Discharged 11:40 with paracetamol 1 g "
     "TDS for 3 days.\n"
     "Circumciser: Nurse Thulisile Hlophe-Nxumalo, Eswatini Nursing Council reg. ENC 4182/R | Assistant: Mduduzi "
     "Vilakati | Supervising MO: Dr. Tendai Moyo-Chikwanha, MDC reg. 0729\n"
     "Follow-up:\n"
     "Day 2 (14/08/2025): mild oedema, no bleeding, no infection.\n"
     "Day 7 (19/08/2025): healing well, sutures absorbing; no AE (WHO AE classification).\n"
     "Advice: no sex for 6 weeks (until 23/09/2025) and condoms always; keep the wound dry; return at once for "
     "bleeding, pus or urinary retention. He wants to be healed before Incwala in December. SMS reminders to his cell.",
     [("HOSPITAL", ["Raleigh Fitkin Memorial Hospital"]), ("LOCATION", ["Manzini"]), ("ID", ["VMMC/RFM/25/01827"]),
      ("DATE", ["12/08/2025"]), ("NAME", ["Ndumiso", "Shabangu"]), ("DATE", ["03/05/2008"]), ("ID", ["0805031104182"]),
      ("LOCATION", ["Manzini Nazarene High School"]), ("LOCATION", ["Ngwane Park"]), ("LOCATION", ["Mahlangatja"]),
      ("PHONE", ["+268 7612 4418"]), ("NAME", ["Nomcebo", "Shabangu"]), ("PHONE", ["+268 7805 2291"]),
      ("LOCATION", ["Big Bend"]), ("LOCATION", ["Piggs Peak"]), ("PLATE", ["MSD 741 BH"]), ("NAME", ["Bongani"]),
      ("HOSPITAL", ["Mbabane Government Hospital"]), ("NAME", ["Elphas", "Magagula"]),
      ("NAME", ["Thulisile", "Hlophe-Nxumalo"]), ("LICENCE", ["ENC 4182/R"]), ("NAME", ["Mduduzi", "Vilakati"]),
      ("NAME", ["Tendai", "Moyo-Chikwanha"]), ("LICENCE", ["0729"]), ("DATE", ["14/08/2025"]), ("DATE", ["19/08/2025"]),
      ("DATE", ["23/09/2025"]), ("DATE", ["Incwala"]), ("DATE", ["December"])],
     ["HIV risk-reduction counselling", "Determine HIV-1/2 non-reactive", "no GUD", "BP 118/72", "weight 58 kg",
      "forceps-guided method", "penile block", "lidocaine 1% 10 mL", "bupivacaine 0.5% 10 mL", "Vicryl Rapide 4-0",
      "tetanus toxoid (TT) 0.5 mL IM", "ShangRing", "paracetamol 1 g TDS", "mild oedema", "WHO AE classification",
      "no sex for 6 weeks", "urinary retention"]),

    # 19 - India, Punjab (Hoshiarpur: Paldi, Mahilpur), with a father in Brampton: developmental assessment for autism
    # at a district early intervention centre (Punjabi, Gurmukhi)
    ("ਜ਼ਿਲ੍ਹਾ ਅਰਲੀ ਇੰਟਰਵੈਨਸ਼ਨ ਸੈਂਟਰ (DEIC), ਸਿਵਲ ਹਸਪਤਾਲ ਹੁਸ਼ਿਆਰਪੁਰ\n"
     "ਵਿਕਾਸ ਮੁਲਾਂਕਣ ਰਿਪੋਰਟ (Developmental Assessment Report)\n"
     "ਮਿਤੀ: ੧੮-੧੧-੨੦੨੫ (18-11-2025)   ਰਜਿ. ਨੰ.: DEIC/HSP/25/0418\n"
     "ਬੱਚੇ ਦਾ ਨਾਮ: ਏਕਮਜੋਤ ਸਿੰਘ ਬੈਂਸ   ਉਮਰ: 3 ਸਾਲ 4 ਮਹੀਨੇ   ਜਨਮ ਮਿਤੀ: 12-07-2022   ਲਿੰਗ: ਮੁੰਡਾ\n"
     "ਪਿਤਾ: ਸ. ਹਰਜਿੰਦਰ ਸਿੰਘ ਬੈਂਸ (ਟਰੱਕ ਡਰਾਈਵਰ, ਬਰੈਂਪਟਨ, ਕੈਨੇਡਾ; ਵਟਸਐਪ +1 905 555 0147)   ਮਾਤਾ: ਸ੍ਰੀਮਤੀ ਰਾਜਵੀਰ ਕੌਰ "
     "(ਅਧਿਆਪਕਾ, ਸਰਕਾਰੀ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ ਮਾਹਿਲਪੁਰ)\n"
     "ਪਤਾ: ਪਿੰਡ ਤੇ ਡਾਕ. ਪਾਲਦੀ, ਜ਼ਿਲ੍ਹਾ ਹੁਸ਼ਿਆਰਪੁਰ – 144529   ਆਧਾਰ: 4820 6391 5780   ਮੋਬਾਈਲ (ਮਾਤਾ): 98155 41827\n"
     "ਘਰ ਵਿੱਚ ਦਾਦੀ ਬੀਬੀ ਗੁਰਮੀਤ ਕੌਰ ਸੰਭਾਲਦੇ ਹਨ।\n"
     "ਰੈਫਰ ਕੀਤਾ: ਆਂਗਣਵਾੜੀ ਵਰਕਰ ਸੁਖਵਿੰਦਰ ਕੌਰ, ਆਂਗਣਵਾੜੀ ਕੇਂਦਰ ਪਾਲਦੀ-2, ਅਤੇ RBSK ਟੀਮ\n"
     "ਸ਼ਿਕਾਇਤ: ਅਜੇ ਤੱਕ ਕੋਈ ਸ਼ਬਦ ਨਹੀਂ ਬੋਲਦਾ, ਨਾਂ ਲੈਣ ਤੇ ਨਹੀਂ ਦੇਖਦਾ, ਅੱਖ ਨਹੀਂ ਮਿਲਾਉਂਦਾ, ਹੱਥ ਫੜਫੜਾਉਂਦਾ ਹੈ "
     "(hand-flapping), ਖਿਡੌਣੇ ਲਾਈਨ ਵਿੱਚ ਲਾਉਂਦਾ ਹੈ। ਲੋਹੜੀ ਤੋਂ ਬਾਅਦ (ਜਨਵਰੀ) ਜੋ 5-6 ਸ਼ਬਦ ਬੋਲਦਾ ਸੀ, ਉਹ ਵੀ ਛੱਡ ਦਿੱਤੇ "
     "(regression)।\n"
     "ਜਨਮ ਇਤਿਹਾਸ: ਪੂਰੇ ਦਿਨਾਂ ਤੇ ਸਿਜੇਰੀਅਨ, ਜਨਮ ਵਜ਼ਨ 3.1 kg, ਪੀਲੀਆ ਨਹੀਂ, ਦੌਰੇ ਨਹੀਂ।\n"
     "ਜਾਂਚ: M-CHAT-R/F 15/20 (ਉੱਚ ਜੋਖਮ); ISAA ਸਕੋਰ 118 (ਹਲਕਾ ਔਟਿਜ਼ਮ); CARS-2-ST 34; DASII: DQ ਮੋਟਰ 82, ਮਾਨਸਿਕ 58; BERA "
     "ਦੋਵੇਂ ਕੰਨ ਨਾਰਮਲ; ਸਿਰ ਦਾ ਘੇਰਾ 48 cm; Wood's lamp ਜਾਂਚ ਵਿੱਚ ਕੋਈ ash-leaf ਦਾਗ ਨਹੀਂ।\n"
     "ਨਿਦਾਨ: Autism Spectrum Disorder (DSM-5, ਲੈਵਲ 2), ਬੋਲਣ ਵਿੱਚ ਦੇਰੀ।\n"
     "ਯੋਜਨਾ: DEIC ਵਿੱਚ ਹਫ਼ਤੇ ਵਿੱਚ 3 ਵਾਰ ਸਪੀਚ ਥੈਰੇਪੀ ਅਤੇ ਆਕੂਪੇਸ਼ਨਲ ਥੈਰੇਪੀ (sensory integration); ਮਾਪਿਆਂ ਲਈ ABA ਅਧਾਰਿਤ "
     "ਸਿਖਲਾਈ; ਸਕ੍ਰੀਨ ਟਾਈਮ ਬੰਦ; UDID ਕਾਰਡ ਲਈ ਅਰਜ਼ੀ (ਨਾਮਾਂਕਣ ਨੰ. PB07601202500418273); ਦੁਬਾਰਾ ਮੁਲਾਂਕਣ ਵਿਸਾਖੀ ਤੋਂ ਬਾਅਦ।\n"
     "ਟੀਮ: ਬਾਲ ਰੋਗ ਮਾਹਿਰ ਡਾ. ਗਗਨਦੀਪ ਸਿੰਘ ਸੈਣੀ (PMC ਰਜਿ. 41921); ਕਲੀਨਿਕਲ ਸਾਈਕੋਲੋਜਿਸਟ ਮਨਪ੍ਰੀਤ ਕੌਰ ਢਿੱਲੋਂ (RCI CRR "
     "A41827); ਸਪੀਚ ਥੈਰੇਪਿਸਟ ਨਵਨੀਤ ਸ਼ਰਮਾ | deic.hoshiarpur@punjab.gov.in",
     [("HOSPITAL", ["ਸਿਵਲ ਹਸਪਤਾਲ ਹੁਸ਼ਿਆਰਪੁਰ"]), ("LOCATION", ["ਹੁਸ਼ਿਆਰਪੁਰ"]), ("DATE", ["੧੮-੧੧-੨੦੨੫"]),
      ("DATE", ["18-11-2025"]), ("MRN", ["DEIC/HSP/25/0418"]), ("NAME", ["ਏਕਮਜੋਤ ਸਿੰਘ", "ਬੈਂਸ"]),
      ("DATE", ["12-07-2022"]), ("NAME", ["ਹਰਜਿੰਦਰ ਸਿੰਘ", "ਬੈਂਸ"]), ("LOCATION", ["ਬਰੈਂਪਟਨ"]),
      ("PHONE", ["+1 905 555 0147"]), ("NAME", ["ਰਾਜਵੀਰ ਕੌਰ"]), ("LOCATION", ["ਸਰਕਾਰੀ ਪ੍ਰਾਇਮਰੀ ਸਕੂਲ ਮਾਹਿਲਪੁਰ"]),
      ("LOCATION", ["ਪਾਲਦੀ"]), ("POSTCODE", ["144529"]), ("ID", ["4820 6391 5780"]), ("PHONE", ["98155 41827"]),
      ("NAME", ["ਗੁਰਮੀਤ ਕੌਰ"]), ("NAME", ["ਸੁਖਵਿੰਦਰ ਕੌਰ"]), ("HOSPITAL", ["ਆਂਗਣਵਾੜੀ ਕੇਂਦਰ ਪਾਲਦੀ-2"]),
      ("DATE", ["ਲੋਹੜੀ"]), ("DATE", ["ਜਨਵਰੀ"]), ("ID", ["PB07601202500418273"]), ("DATE", ["ਵਿਸਾਖੀ"]),
      ("NAME", ["ਗਗਨਦੀਪ ਸਿੰਘ", "ਸੈਣੀ"]), ("LICENCE", ["41921"]), ("NAME", ["ਮਨਪ੍ਰੀਤ ਕੌਰ", "ਢਿੱਲੋਂ"]),
      ("LICENCE", ["A41827"]), ("NAME", ["ਨਵਨੀਤ", "ਸ਼ਰਮਾ"]), ("EMAIL", ["deic.hoshiarpur@punjab.gov.in"])],
     ["hand-flapping", "regression", "ਜਨਮ ਵਜ਼ਨ 3.1 kg", "M-CHAT-R/F 15/20", "ISAA ਸਕੋਰ 118", "CARS-2-ST 34", "DASII",
      "DQ ਮੋਟਰ 82", "BERA ਦੋਵੇਂ ਕੰਨ ਨਾਰਮਲ", "ਸਿਰ ਦਾ ਘੇਰਾ 48 cm", "Wood's lamp", "ash-leaf", "Autism Spectrum Disorder",
      "DSM-5", "ਸਪੀਚ ਥੈਰੇਪੀ", "sensory integration", "ABA ਅਧਾਰਿਤ ਸਿਖਲਾਈ"]),

    # 20 - Niue (Alofi, Hakupu, Avatele) with Auckland: medical board report for retirement on the grounds of ill-health
    ("GOVERNMENT OF NIUE – Department of Health\n"
     "Niue Foou Hospital, Alofi | Ph +683 4418\n"
     "MEDICAL BOARD REPORT – RETIREMENT ON THE GROUNDS OF ILL-HEALTH | Board sat 21 October 2025 | PSC ref MB/25/07\n"
     "Officer: Mose Tukuitoga-Hekau | 58 M | DOB 09/02/1967 | Employee no. NPS-04182 | NZ passport LK418276 | Hospital "
     "no. NFH-07418 | mose.tukuitoga@mail.gov.nu | home ph 4187\n"
     "Position: Senior Mechanic, Public Works Department plant workshop at Fonuakula, since 1991.\n"
     "Home: Hakupu village, with his wife Fisa and their youngest son; their daughter Lagi teaches at Niue Primary "
     "School.\n"
     "Medical history: T2DM since 2004; proliferative diabetic retinopathy in both eyes, PRP laser in Auckland at the "
     "Greenlane Clinical Centre in 2023; CKD stage 4 (eGFR 22 mL/min/1.73m2, uACR 86 mg/mmol); peripheral neuropathy "
     "(monofilament 0/10 in both feet); left below-knee amputation at Auckland City Hospital in March 2024 after a "
     "foot ulcer from a reef cut at Avatele. HbA1c 9.6%. Insulin glargine (Lantus) 36 units; empagliflozin 10 mg.\n"
     "Examination: VA R 6/60, L 6/24 (Snellen, with his glasses); prosthesis fits well, walks with a stick; BP "
     "152/88.\n"
     "Visiting ophthalmologist (video consultation, 14/10/2025): no further useful gain in vision expected.\n"
     "Findings: the Board finds the officer permanently incapable of the duties of Senior Mechanic (cannot drive, "
     "operate machinery or work at height); no suitable redeployment is available.\n"
     "Recommendation: retirement on medical grounds effective 31/12/2025; renal review to continue under the overseas "
     "referral scheme (next visit to Auckland in February).\n"
     "Board: Dr Sifa Tongatule, Director of Health (Chair); Dr Kaliopa Pihigia, Medical Superintendent; Dr Mereana "
     "Ngata-Parris, visiting ophthalmologist (MCNZ 47381), by video; Moka Talagi for the Public Service Commission.",
     [("HOSPITAL", ["Niue Foou Hospital"]), ("LOCATION", ["Alofi"]), ("PHONE", ["+683 4418"]),
      ("DATE", ["21 October 2025"]), ("ID", ["MB/25/07"]), ("NAME", ["Mose", "Tukuitoga-Hekau"]),
      ("DATE", ["09/02/1967"]), ("ID", ["NPS-04182"]), ("ID", ["LK418276"]), ("MRN", ["NFH-07418"]),
      ("EMAIL", ["mose.tukuitoga@mail.gov.nu"]), ("PHONE", ["4187"]), ("LOCATION", ["Fonuakula"]),
      ("LOCATION", ["Hakupu"]), ("NAME", ["Fisa"]), ("NAME", ["Lagi"]), ("LOCATION", ["Niue Primary School"]),
      ("LOCATION", ["Auckland"]), ("HOSPITAL", ["Greenlane Clinical Centre"]), ("HOSPITAL", ["Auckland City Hospital"]),
      ("DATE", ["March 2024"]), ("LOCATION", ["Avatele"]), ("DATE", ["14/10/2025"]), ("DATE", ["31/12/2025"]),
      ("DATE", ["February"]), ("NAME", ["Sifa", "Tongatule"]), ("NAME", ["Kaliopa", "Pihigia"]),
      ("NAME", ["Mereana", "Ngata-Parris"]), ("LICENCE", ["47381"]), ("NAME", ["Moka", "Talagi"])],
     ["proliferative diabetic retinopathy", "PRP laser", "CKD stage 4", "eGFR 22 mL/min/1.73m2", "uACR 86 mg/mmol",
      "peripheral neuropathy", "monofilament 0/10", "below-knee amputation", "HbA1c 9.6%",
      "Insulin glargine (Lantus) 36 units", "empagliflozin 10 mg", "VA R 6/60", "L 6/24", "Snellen",
      "prosthesis fits well", "BP 152/88"]),

    # 21 - Pakistan, Sindh (Hyderabad: Latifabad, Resham Gali; Jamshoro; Kotri): outpatient prescription slip for XDR
    # typhoid (Urdu)
    ("لیاقت یونیورسٹی ہسپتال، حیدرآباد / جامشورو — شعبہ میڈیسن، او پی ڈی\n"
     "او پی ڈی پرچی / نسخہ\n"
     "تاریخ: ۱۵ نومبر ۲۰۲۵ء (۲۴ جمادی الاول ۱۴۴۷ھ)   ایم آر نمبر: LUH-25-0741826   ٹوکن: ۴۱\n"
     "مریض: محمد عارف ولد عبدالغفور میمن   عمر: ۲۴ سال   شناختی کارڈ: 41306-4182736-5\n"
     "پتہ: مکان نمبر ۱۴، بلاک ڈی، یونٹ نمبر ۷، لطیف آباد، حیدرآباد   موبائل: ۰۳۰۰-۳۵۵۴۱۷۲\n"
     "پیشہ: ریشم گلی میں چوڑیوں کی دکان (نگینہ بینگلز)\n"
     "ساتھ آئے: بھائی محمد عاطف (۰۳۳۳-۲۶۱۸۴۰۹) اور والدہ زبیدہ خاتون، بھائی کے چنگچی رکشے (HDE-7319) میں\n"
     "تشخیص: ٹائیفائیڈ بخار — XDR Salmonella Typhi (خون کا کلچر، چغتائی لیب، ۰۳ نومبر ۲۰۲۵: ceftriaxone، "
     "ciprofloxacin، co-trimoxazole اور chloramphenicol مزاحم؛ azithromycin اور meropenem حساس)\n"
     "پچھلا علاج: پہلے ہیرآباد میں ڈاکٹر غلام رسول کے کلینک سے انجکشن لگوائے، پھر سول ہسپتال کوٹری میں ۴ دن داخل رہے "
     "(meropenem 1 g IV ہر ۸ گھنٹے)؛ اب ۴ دن سے بخار نہیں۔\n"
     "معائنہ: درجہ حرارت 98.6°F، نبض 84، تلی محسوس نہیں ہوتی۔ CRP 48 mg/L، ALT 86 U/L، Hb 11.2 g/dL، پلیٹ لیٹس "
     "142,000/µL۔\n"
     "نسخہ:\n"
     "۱۔ Tab. Azithromycin 500 mg — ایک گولی روزانہ، ۷ دن مزید (کل ۱۴ دن)\n"
     "۲۔ Tab. Panadol 500 mg — بخار یا درد پر، دن میں زیادہ سے زیادہ ۴ بار\n"
     "۳۔ ORS — ایک پیکٹ ایک لیٹر ابلے ہوئے پانی میں\n"
     "ہدایات: پانی ابال کر پئیں؛ کھانے سے پہلے صابن سے ہاتھ دھوئیں؛ Widal ٹیسٹ پر بھروسہ نہ کریں؛ گھر کے ۲ سے ۱۵ سال "
     "کے بچوں کو Typbar-TCV ٹیکہ لگوائیں، تین سالہ بیٹی عائشہ سمیت۔ کیس کی اطلاع DHO کو دے دی گئی (رپورٹ نمبر "
     "TYP-HYD-25-1186)۔\n"
     "دوبارہ معائنہ: ۲۲ نومبر ۲۰۲۵ء — یا بخار واپس آنے پر فوراً۔\n"
     "ڈاکٹر سیدہ فرزانہ شاہ (FCPS میڈیسن) — PMDC رجسٹریشن 41827-S | ہاؤس آفیسر: ڈاکٹر عمیر چانڈیو",
     [("HOSPITAL", ["لیاقت یونیورسٹی ہسپتال"]), ("LOCATION", ["حیدرآباد"]), ("LOCATION", ["جامشورو"]),
      ("DATE", ["۱۵ نومبر ۲۰۲۵"]), ("DATE", ["۲۴ جمادی الاول ۱۴۴۷ھ"]), ("MRN", ["LUH-25-0741826"]),
      ("NAME", ["محمد عارف", "عبدالغفور", "میمن"]), ("ID", ["41306-4182736-5"]),
      ("ADDRESS", ["مکان نمبر ۱۴، بلاک ڈی، یونٹ نمبر ۷"]), ("LOCATION", ["لطیف آباد"]), ("PHONE", ["۰۳۰۰-۳۵۵۴۱۷۲"]),
      ("LOCATION", ["ریشم گلی"]), ("LOCATION", ["نگینہ بینگلز"]), ("NAME", ["محمد عاطف"]), ("PHONE", ["۰۳۳۳-۲۶۱۸۴۰۹"]),
      ("NAME", ["زبیدہ خاتون"]), ("PLATE", ["HDE-7319"]), ("HOSPITAL", ["چغتائی لیب"]), ("DATE", ["۰۳ نومبر ۲۰۲۵"]),
      ("LOCATION", ["ہیرآباد"]), ("NAME", ["غلام رسول"]), ("HOSPITAL", ["سول ہسپتال کوٹری"]), ("NAME", ["عائشہ"]),
      ("ID", ["TYP-HYD-25-1186"]), ("DATE", ["۲۲ نومبر ۲۰۲۵"]), ("NAME", ["سیدہ فرزانہ", "شاہ"]),
      ("LICENCE", ["41827-S"]), ("NAME", ["عمیر", "چانڈیو"])],
     ["ٹائیفائیڈ بخار", "XDR Salmonella Typhi", "خون کا کلچر",
      "ceftriaxone، ciprofloxacin، co-trimoxazole اور chloramphenicol مزاحم", "azithromycin اور meropenem حساس",
      "meropenem 1 g IV", "98.6°F", "تلی محسوس نہیں ہوتی", "CRP 48 mg/L", "ALT 86 U/L", "Hb 11.2 g/dL", "142,000/µL",
      "Tab. Azithromycin 500 mg", "Tab. Panadol 500 mg", "ORS", "Widal", "Typbar-TCV"]),

    # 22 - Barbados (St. Lucy: Checker Hall, Pie Corner; St. Joseph: Bathsheba; St. John): pressure injury incident
    # report and wound assessment for a resident aged 96
    ("BARBADOS – MINISTRY OF HEALTH AND WELLNESS | St. Lucy District Hospital, Checker Hall, St. Lucy\n"
     "PRESSURE INJURY INCIDENT REPORT AND WOUND ASSESSMENT | Incident no. PI-SLDH-25-0418 | Identified 04/12/2025 "
     "07:30 | Female Ward B, bed 6\n"
     "Resident: Mrs. Gwendolyn Small | 96 years | DOB 17/03/1929 | NRN 290317-0284 | NIS 2184736 | Hospital no. "
     "SLDH-1187\n"
     "Long-stay resident since June 2019, admitted from her home at Pie Corner after a stroke; born in Bathsheba, St. "
     "Joseph; a seamstress for sixty years. Still asks for her late husband Everton (died 1987). Turned 96 on 17 "
     "March.\n"
     "Background: Alzheimer's disease (severe); left hemiparesis since the stroke in 2019; double incontinence; weight "
     "41 kg (46 kg in September); albumin 28 g/L; Hb 10.1 g/dL.\n"
     "Finding at the 07:30 turn: sacrum - pressure injury Category 3, 4.2 × 3.1 × 0.6 cm, 30% slough and 70% "
     "granulation, moderate serous exudate, no tunnelling or undermining, peri-wound maceration. Left heel - Category "
     "2, intact serous blister 2 × 2 cm. PAINAD 4/10.\n"
     "Risk scores: Braden 11; MUST 2; PUSH Tool score 12 (sacrum).\n"
     "Contributing factor: the alternating air mattress pump (serial APX-418273) alarmed and failed overnight on "
     "02/12/2025 and was not escalated; reported to Biomedical Engineering 04/12/2025 08:10; mattress replaced 09:00.\n"
     "Actions: SSKIN bundle; 2-hourly repositioning with a 30° tilt; Repose heel boots; sacrum - cleanse with saline, "
     "Aquacel Ag+ Extra under Allevyn Life 15.4 cm, change every 3 days or at 75% saturation; heel - protect the "
     "blister, do not de-roof; dietitian - Ensure Plus twice daily, zinc sulphate 220 mg daily for 14 days.\n"
     "Notified: Ward Sister Yvette Gittens; tissue viability nurse Sister Loretta Bynoe; medical officer Dr. Ravindra "
     "Persaud (Barbados Medical Council reg. 3056).\n"
     "Next of kin: niece Ms. Charmaine Best of Hothersal Turning - informed by phone at 09:20, (246) 555-0139, "
     "charmaine.best@caribsurf.com; she will visit and hopes to take her aunt out on Old Year's Night.\n"
     "Completed by: Staff Nurse Shaquana Worrell | Barbados Nursing Council reg. BNC 41827",
     [("HOSPITAL", ["St. Lucy District Hospital"]), ("LOCATION", ["Checker Hall"]), ("LOCATION", ["St. Lucy"]),
      ("ID", ["PI-SLDH-25-0418"]), ("DATE", ["04/12/2025"]), ("NAME", ["Gwendolyn", "Small"]), ("AGE", ["96 years"]),
      ("DATE", ["17/03/1929"]), ("ID", ["290317-0284"]), ("ID", ["2184736"]), ("MRN", ["SLDH-1187"]),
      ("DATE", ["June 2019"]), ("LOCATION", ["Pie Corner"]), ("LOCATION", ["Bathsheba"]), ("LOCATION", ["St. Joseph"]),
      ("NAME", ["Everton"]), ("DATE", ["1987"]), ("AGE", ["Turned 96"]), ("DATE", ["17 March"]), ("DATE", ["2019"]),
      ("DATE", ["September"]), ("SERIAL", ["APX-418273"]), ("DATE", ["02/12/2025"]), ("NAME", ["Yvette", "Gittens"]),
      ("NAME", ["Loretta", "Bynoe"]), ("NAME", ["Ravindra", "Persaud"]), ("LICENCE", ["3056"]),
      ("NAME", ["Charmaine", "Best"]), ("LOCATION", ["Hothersal Turning"]), ("PHONE", ["(246) 555-0139"]),
      ("EMAIL", ["charmaine.best@caribsurf.com"]), ("DATE", ["Old Year's Night"]), ("NAME", ["Shaquana", "Worrell"]),
      ("LICENCE", ["BNC 41827"])],
     ["Alzheimer's disease", "left hemiparesis", "double incontinence", "albumin 28 g/L", "Hb 10.1 g/dL",
      "pressure injury Category 3", "4.2 × 3.1 × 0.6 cm", "30% slough", "moderate serous exudate", "Category 2",
      "PAINAD 4/10", "Braden 11", "MUST 2", "PUSH Tool score 12", "SSKIN bundle", "30° tilt", "Repose heel boots",
      "Aquacel Ag+ Extra", "Allevyn Life 15.4 cm", "Ensure Plus", "zinc sulphate 220 mg"]),

    # 23 - Kazakhstan, Abai region (Semey, Borodulikha district, Abyraly): discharge memo and radiation safety rules
    # after radioiodine therapy for Graves' disease (Kazakh)
    ("«Семей медицина университеті» КеАҚ Университеттік госпиталі\n"
     "Ядролық медицина бөлімшесі | Семей қ., Абай облысы | тел. +7 7222 55 41 82 | nuclear.med@smu.edu.kz\n"
     "РАДИОЙОДТЕРАПИЯДАН КЕЙІНГІ ШЫҒАРУ ЖАДЫНАМАСЫ ЖӘНЕ РАДИАЦИЯЛЫҚ ҚАУІПСІЗДІК ЕРЕЖЕЛЕРІ\n"
     "Пациент: Сәрсенбаева Жұлдыз Ерболқызы | 42 жас | туған күні: 11.05.1983 | ЖСН: 830511402856 | Мед. карта № "
     "41827/25\n"
     "Мекенжайы: Семей қ., Абай даңғылы, 112-үй, 45-пәтер | ұялы тел.: +7 701 555 41 82\n"
     "Жұмыс орны: № 7 мектеп-гимназия, бастауыш сынып мұғалімі\n"
     "Жолдама: Бородулиха аудандық ауруханасы. Анасы Семей ядролық полигонына жақын Абыралы ауылында туған.\n"
     "Диагноз: Грейвс ауруы (диффузды токсикалық зоб), рецидив; эндокринді офтальмопатия, белсенді емес (CAS 2/7).\n"
     "Анамнез: 2021 жылдан тиамазол (Мерказолил) қабылдаған; 2025 жылғы қыркүйекте рецидив.\n"
     "Зерттеулер: ТТГ 0,005 мХБ/л; бос Т4 42,6 пмоль/л; рТТГ-ге антиденелер 18,4 ХБ/л; 99mTc-пертехнетатпен "
     "сцинтиграфия: диффузды жоғары сіңіру; 24 сағаттық йод сіңіруі 68%; без көлемі 38 мл (УДЗ); β-ХГЧ теріс.\n"
     "Ем: 2025 жылғы 14 қазанда I-131 555 МБк (15 мКи) ішке берілді; тиамазол 5 күн бұрын тоқтатылған; пропранолол 40 "
     "мг күніне 2 рет; преднизолон 0,3 мг/кг (офтальмопатия профилактикасы, шылым шегеді).\n"
     "Шығарылды: 16.10.2025, 1 м қашықтықта доза қуаты 18 мкЗв/сағ; жұбайы өз көлігімен алып кетті (418 AKN 18), "
     "қоғамдық көлікті 24 сағат пайдаланбау.\n"
     "Радиациялық қауіпсіздік: 7 күн бойы балалармен (Әлихан, 14 жас; Аружан, 9 жас) және жүкті әйелдермен жақын "
     "байланыстан аулақ болу; 14 күн жұбайы Нұрлан Сәрсенбаевтан (+7 705 555 18 27) бөлек ұйықтау; жеке ыдыс-аяқ; "
     "дәретханада суды 2 рет ағызу; 6 ай бойы жүктіліктен сақтану.\n"
     "Бақылау: ТТГ мен бос Т4 — 6 аптадан кейін (25.11.2025), № 4 емханада эндокринолог Гүлнар Төлеуханқызы Мұқанова "
     "қабылдауында; келесі қабылдау Наурыз мейрамынан кейін.\n"
     "Ядролық медицина дәрігері: Бекмұрат Оспанұлы Жақыпов (маман сертификаты № 0041827) | Медициналық физик: Ирина "
     "Владимировна Штейн",
     [("HOSPITAL", ["Семей медицина университеті"]), ("LOCATION", ["Семей"]), ("PHONE", ["+7 7222 55 41 82"]),
      ("EMAIL", ["nuclear.med@smu.edu.kz"]), ("NAME", ["Сәрсенбаева", "Жұлдыз", "Ерболқызы"]), ("DATE", ["11.05.1983"]),
      ("ID", ["830511402856"]), ("MRN", ["41827/25"]), ("ADDRESS", ["Абай даңғылы, 112-үй, 45-пәтер"]),
      ("PHONE", ["+7 701 555 41 82"]), ("LOCATION", ["№ 7 мектеп-гимназия"]),
      ("HOSPITAL", ["Бородулиха аудандық ауруханасы"]), ("LOCATION", ["Семей ядролық полигонына"]),
      ("LOCATION", ["Абыралы"]), ("DATE", ["2025 жылғы қыркүйекте"]), ("DATE", ["2025 жылғы 14 қазанда"]),
      ("DATE", ["16.10.2025"]), ("PLATE", ["418 AKN 18"]), ("NAME", ["Әлихан"]), ("NAME", ["Аружан"]),
      ("NAME", ["Нұрлан", "Сәрсенбаевтан"]), ("PHONE", ["+7 705 555 18 27"]), ("DATE", ["25.11.2025"]),
      ("HOSPITAL", ["№ 4 емханада"]), ("NAME", ["Гүлнар", "Төлеуханқызы", "Мұқанова"]), ("DATE", ["Наурыз мейрамынан"]),
      ("NAME", ["Бекмұрат", "Оспанұлы", "Жақыпов"]), ("LICENCE", ["0041827"]),
      ("NAME", ["Ирина", "Владимировна", "Штейн"])],
     ["Грейвс ауруы", "диффузды токсикалық зоб", "эндокринді офтальмопатия", "CAS 2/7", "тиамазол (Мерказолил)",
      "ТТГ 0,005 мХБ/л", "бос Т4 42,6 пмоль/л", "рТТГ-ге антиденелер 18,4 ХБ/л", "99mTc-пертехнетатпен сцинтиграфия",
      "24 сағаттық йод сіңіруі 68%", "без көлемі 38 мл", "β-ХГЧ теріс", "I-131 555 МБк (15 мКи)", "пропранолол 40 мг",
      "преднизолон 0,3 мг/кг", "18 мкЗв/сағ", "қоғамдық көлікті 24 сағат пайдаланбау"]),
]
