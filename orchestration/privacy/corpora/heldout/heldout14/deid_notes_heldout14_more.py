"""The last 20 notes of the fourteenth held-out set (:mod:`deid_notes_heldout14`; positions 20-39 of its ``NOTES``),
split off only to keep each file a readable length and written blind like the rest of that set: 438 planted identifier
parts in 373 (kind, parts) entries, 141 clinical strings. Notes 33 (Greek) and 34 (Russian) are in a non-Latin script;
note 38 is in French and note 39 in Dutch; notes 24 (aged 91) and 36 (aged 93) are patients aged 90 or over, with the
age and every date element planted.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Australia, ACT: venous duplex ultrasound request and report
    ("Capital Region Radiology, Level 1, 16 Napier Close, Deakin ACT 2600 - ph (02) 6155 5274\n"
     "REQUEST from Dr Yusuf Pemberton-Nair, Kippax Family Practice, Holt ACT (provider no. 2471863K), dated "
     "14 May 2025:\n"
     "  Mrs Leonie Cashmore, DOB 23/09/1968, Medicare 4309 27159 2, 22 Burrinjuck Crescent, Duffy ACT 2611, "
     "mob 0403 555 672.\n"
     "  L calf swelling 5/7 after a long drive back from the coast; known Baker's cyst L knee. Wells score 2, D-dimer "
     "0.9 mg/L FEU. ?DVT ?ruptured Baker's cyst.\n"
     "EXAMINATION: US venous duplex, left lower limb, 15/05/2025.\n"
     "FINDINGS: Common femoral, femoral and popliteal veins fully compressible with normal phasic flow. Occlusive "
     "thrombus in the posterior tibial and peroneal veins. Baker's cyst 42 x 18 mm with a tapering fluid track into "
     "the medial gastrocnemius, consistent with rupture.\n"
     "CONCLUSION: isolated distal DVT; ruptured Baker's cyst.\n"
     "Result phoned to Dr Pemberton-Nair at 16:20 - she will start Xarelto 15 mg BD for 21 days.\n"
     "Reported by Dr Annabel Oyelowo-Tait, FRANZCR",
     [("HOSPITAL", ["Capital Region Radiology"]), ("ADDRESS", ["Level 1, 16 Napier Close"]),
      ("LOCATION", ["Deakin"]), ("POSTCODE", ["2600"]), ("PHONE", ["(02) 6155 5274"]),
      ("NAME", ["Yusuf", "Pemberton-Nair"]), ("HOSPITAL", ["Kippax Family Practice"]), ("LOCATION", ["Holt"]),
      ("ID", ["2471863K"]), ("DATE", ["14 May 2025"]), ("NAME", ["Leonie", "Cashmore"]), ("DATE", ["23/09/1968"]),
      ("ID", ["4309 27159 2"]), ("ADDRESS", ["22 Burrinjuck Crescent"]), ("LOCATION", ["Duffy"]),
      ("POSTCODE", ["2611"]), ("PHONE", ["0403 555 672"]), ("DATE", ["15/05/2025"]),
      ("NAME", ["Annabel", "Oyelowo-Tait"])],
     ["5/7", "Baker's cyst", "Wells score 2", "D-dimer 0.9 mg/L FEU", "isolated distal DVT", "Xarelto 15 mg"]),

    # 21 - Australia, regional New South Wales: outpatient dietetics consultation
    ("Nutrition & Dietetics, Dubbo Health Service, Myall St, Dubbo NSW 2830\n"
     "Outpatient dietetic consult 03/09/2025\n"
     "Client: Tahlia Muggleton, 34 F, MRN DBO2219473, Medicare 5618 30272 1, DOB 11/04/1991\n"
     "Referred by her GP, Dr Ravi Senanayake-Clough, Wellington Medical Centre.\n"
     "New coeliac disease: tTG-IgA 128 U/mL, duodenal biopsy Marsh 3b, HLA-DQ2.5 positive. Ferritin 9 ug/L, vit D "
     "38 nmol/L.\n"
     "Diet hx: sourdough toast or Weet-Bix for breakfast, pasta 4x/wk, beer at weekends. Cooks for a shearing team "
     "based out of Geurie - eats whatever is on the smoko table.\n"
     "Education: strict gluten-free diet; cross-contact at home (own toaster, own butter and spreads); label reading; "
     "oats left out for now. Coeliac Australia membership and their app. Iron: Maltofer 100 mg daily per GP.\n"
     "Family screening advised - son Kobe (7) and her sister Renee, who lives in Orange.\n"
     "Review in 3/12; repeat tTG at 6/12.\n"
     "Bridget Okonkwo-Lyle, APD",
     [("HOSPITAL", ["Dubbo Health Service"]), ("ADDRESS", ["Myall St"]), ("LOCATION", ["Dubbo"]),
      ("POSTCODE", ["2830"]), ("DATE", ["03/09/2025"]), ("NAME", ["Tahlia", "Muggleton"]), ("MRN", ["DBO2219473"]),
      ("ID", ["5618 30272 1"]), ("DATE", ["11/04/1991"]), ("NAME", ["Ravi", "Senanayake-Clough"]),
      ("HOSPITAL", ["Wellington Medical Centre"]), ("LOCATION", ["Geurie"]), ("NAME", ["Kobe"]), ("NAME", ["Renee"]),
      ("LOCATION", ["Orange"]), ("NAME", ["Bridget", "Okonkwo-Lyle"])],
     ["tTG-IgA 128 U/mL", "Marsh 3b", "HLA-DQ2.5", "Ferritin 9 ug/L", "Weet-Bix", "Maltofer 100 mg", "3/12", "6/12"]),

    # 22 - New Zealand, North Island: sexual health clinic visit
    ("Sexual Health Service, Rotorua Hospital, Pukeroa Street, Rotorua 3010\n"
     "Clinic visit 27/08/2025\n"
     "Client: Tamati Rangiwahia, 29 M, NHI PFD8320, DOB 14-02-1996. Text only: 022 555 6184. "
     "tamati.r96@xtra.co.nz. Works as a guide at Te Puia.\n"
     "Painless penile ulcer 10 days, bilateral inguinal nodes. Meets partners on Grindr (profile name "
     "'rotovegas_boy'); 4 partners in 3 months, one named - Liam from Tauranga - others anonymous.\n"
     "Ix: Treponema pallidum PCR (ulcer swab) positive; RPR 1:64, TPPA reactive; HIV Ag/Ab negative. Chlamydia "
     "trachomatis and gonorrhoea NAATs, all sites, pending.\n"
     "Dx: primary syphilis.\n"
     "Tx: Bicillin L-A 2.4 MU IM stat, split ventrogluteal. Warned about the Jarisch-Herxheimer reaction. Repeat RPR "
     "at 3, 6 and 12 months. PrEP to start once past the HIV window period. Partner notification by our contact "
     "tracer; notified to Toi Te Ora Public Health.\n"
     "Huia Whitiora-Banks, Nurse Practitioner, Sexual Health",
     [("HOSPITAL", ["Rotorua Hospital"]), ("ADDRESS", ["Pukeroa Street"]), ("LOCATION", ["Rotorua"]),
      ("POSTCODE", ["3010"]), ("DATE", ["27/08/2025"]), ("NAME", ["Tamati", "Rangiwahia"]), ("ID", ["PFD8320"]),
      ("DATE", ["14-02-1996"]), ("PHONE", ["022 555 6184"]), ("EMAIL", ["tamati.r96@xtra.co.nz"]),
      ("LOCATION", ["Te Puia"]), ("HANDLE", ["rotovegas_boy"]), ("NAME", ["Liam"]), ("LOCATION", ["Tauranga"]),
      ("HOSPITAL", ["Toi Te Ora Public Health"]), ("NAME", ["Huia", "Whitiora-Banks"])],
     ["Treponema pallidum", "RPR 1:64", "TPPA reactive", "Chlamydia trachomatis", "Bicillin L-A 2.4 MU",
      "Jarisch-Herxheimer reaction"]),

    # 23 - Singapore: fertility clinic consultation
    ("KK IVF Centre, KK Women's and Children's Hospital, 100 Bukit Timah Road, Singapore 229899\n"
     "Consultation 6 Oct 2025 (review after failed FET)\n"
     "Patient: Mrs Kavitha Raman-Goh, 41, NRIC S8427193D, DOB 02/03/1984. Husband: Mr Goh Wei Jie, NRIC S7936284J.\n"
     "Blk 412 Tampines St 41, #08-117, Singapore 520412. HP 9155 2038. kavitha.rg@singnet.com.sg. She is a "
     "planner at Sembawang Shipyard.\n"
     "Hx: 2 years' subfertility; AMH 1.1 ng/mL, AFC 7. Cycle 1 (Feb 2025): Gonal-f 300 IU + Cetrotide 0.25 mg, "
     "6 oocytes, 2 blastocysts (4BB, 3BC) frozen. Both FETs failed, the second on 12/9.\n"
     "Hysteroscopy 29/9: intrauterine adhesions - Asherman syndrome, AFS stage II - adhesiolysis done. Husband's "
     "semen analysis normal by WHO 2021.\n"
     "Plan: Progynova 6 mg daily, second-look hysteroscopy in 6/52, then a fresh stimulation cycle; Medisave claim "
     "forms given.\n"
     "Dr Serene Hoe Mei Ling, Senior Consultant",
     [("HOSPITAL", ["KK IVF Centre"]), ("HOSPITAL", ["KK Women's and Children's Hospital"]),
      ("ADDRESS", ["100 Bukit Timah Road"]), ("POSTCODE", ["229899"]), ("DATE", ["6 Oct 2025"]),
      ("NAME", ["Kavitha", "Raman-Goh"]), ("ID", ["S8427193D"]), ("DATE", ["02/03/1984"]),
      ("NAME", ["Goh", "Wei Jie"]), ("ID", ["S7936284J"]), ("ADDRESS", ["Blk 412 Tampines St 41, #08-117"]),
      ("POSTCODE", ["520412"]), ("PHONE", ["9155 2038"]), ("EMAIL", ["kavitha.rg@singnet.com.sg"]),
      ("LOCATION", ["Sembawang Shipyard"]), ("DATE", ["Feb 2025"]), ("DATE", ["12/9"]), ("DATE", ["29/9"]),
      ("NAME", ["Serene", "Hoe Mei Ling"])],
     ["AMH 1.1 ng/mL", "Gonal-f 300 IU", "Cetrotide 0.25 mg", "4BB", "Asherman syndrome", "WHO 2021",
      "Progynova 6 mg", "6/52"]),

    # 24 - Malta: long-term care facility medical review, patient aged 91
    ("St Vincent de Paul Long Term Care Facility, Luqa - Ward Santa Venera 2\n"
     "Medical review - 9 December 2025\n"
     "Resident: Mrs Carmela Spiteri, aged 91, born 30.06.1934, ID card 284134M. Admitted from Mater Dei Hospital on "
     "18/11/2025; before that lived alone at 27, Triq il-Kappillan, Żurrieq.\n"
     "Background: vascular dementia; AF on Eliquis 2.5 mg BD; CKD 3b (eGFR 38); osteoporosis.\n"
     "Today: her daughter, Doris Azzopardi, who lives in Gozo (+356 7955 2184), says her mother is calling out at "
     "night. Abbey Pain Scale 9 - likely from a category 2 sacral pressure ulcer (Waterlow 21, MUST score 2). Bowels: "
     "Bristol stool type 1, last opened 4 days ago.\n"
     "Plan: regular paracetamol 1 g TDS, Movicol 1 sachet BD, dynamic air mattress, dietitian review with Fortisip "
     "Compact Protein BD.\n"
     "Dr Reuben Bonello-Vassallo, Resident Specialist, MMC reg. 4718",
     [("HOSPITAL", ["St Vincent de Paul Long Term Care Facility"]), ("LOCATION", ["Luqa"]),
      ("LOCATION", ["Ward Santa Venera 2"]), ("DATE", ["9 December 2025"]), ("NAME", ["Carmela", "Spiteri"]),
      ("AGE", ["aged 91"]), ("DATE", ["30.06.1934"]), ("ID", ["284134M"]), ("HOSPITAL", ["Mater Dei Hospital"]),
      ("DATE", ["18/11/2025"]), ("ADDRESS", ["27, Triq il-Kappillan"]), ("LOCATION", ["Żurrieq"]),
      ("NAME", ["Doris", "Azzopardi"]), ("LOCATION", ["Gozo"]), ("PHONE", ["+356 7955 2184"]),
      ("NAME", ["Reuben", "Bonello-Vassallo"]), ("ID", ["4718"])],
     ["Eliquis 2.5 mg", "CKD 3b", "Abbey Pain Scale 9", "Waterlow 21", "MUST score 2", "Bristol stool type 1",
      "Movicol", "Fortisip Compact Protein"]),

    # 25 - Gibraltar: patient-portal message thread
    ("GHA Primary Care Centre, International Commercial Centre, Casemates - patient messages "
     "(https://my.gha.gi/messages/20417)\n"
     "From: Stephen Ballantine-Pardo <steve.bpardo@gibtelecom.net>   GHA no. G0271846\n"
     "Sent 02/11/2025 22:16 from 212.120.43.97\n"
     "\"Hi, my asthma has been bad since the levanter came in - waking at night 3 or 4 times a week and using the "
     "Ventolin 6-8 puffs a day. Peak flow this morning 310, my best is 520. I'm a croupier at the Sunborn and I live "
     "in La Línea, so getting across the frontier for an appointment is a pain. Can the nurse ring me on 54012397?\"\n"
     "Reply 03/11/2025 09:05 from Practice Nurse Yvette Chichon: \"Dear Stephen, peak flow 310/520 is about 60% of "
     "your best and the ACT score 12 on the form you sent means your asthma is not controlled. Dr Lavarello has "
     "increased your Fostair 100/6 to 2 puffs twice a day through the AeroChamber and added prednisolone 40 mg for "
     "5 days - please collect from Louis' Pharmacy on Main Street. If you can't finish sentences, go straight to A&E "
     "at St Bernard's Hospital.\"",
     [("HOSPITAL", ["GHA Primary Care Centre"]), ("LOCATION", ["International Commercial Centre"]),
      ("LOCATION", ["Casemates"]), ("URL", ["https://my.gha.gi/messages/20417"]),
      ("NAME", ["Stephen", "Ballantine-Pardo"]), ("EMAIL", ["steve.bpardo@gibtelecom.net"]), ("ID", ["G0271846"]),
      ("DATE", ["02/11/2025"]), ("IP", ["212.120.43.97"]), ("LOCATION", ["Sunborn"]), ("LOCATION", ["La Línea"]),
      ("PHONE", ["54012397"]), ("DATE", ["03/11/2025"]), ("NAME", ["Yvette", "Chichon"]), ("NAME", ["Lavarello"]),
      ("HOSPITAL", ["Louis' Pharmacy"]), ("ADDRESS", ["Main Street"]), ("HOSPITAL", ["St Bernard's Hospital"])],
     ["levanter", "Ventolin", "peak flow 310/520", "ACT score 12", "Fostair 100/6", "AeroChamber",
      "prednisolone 40 mg"]),

    # 26 - Hong Kong: histopathology report
    ("Department of Pathology, Queen Elizabeth Hospital, 30 Gascoigne Road, Kowloon\n"
     "HISTOPATHOLOGY REPORT   Lab no. QEH/S25-48173\n"
     "Patient: Mok Wing Hei, M/52, HKID K482917(4), HN14729385\n"
     "Address: Flat 18C, Block 3, Lok Fu Estate, Wang Tau Hom, Kowloon. Tel 9555 4172.\n"
     "Requesting doctor: Dr Tsang Yuen Ting, ENT\n"
     "Received 03/06/2025 14:20; reported 06/06/2025.\n"
     "Clinical: R neck lump 2/12, blood-stained nasal discharge, R serous otitis media. Plasma EBV DNA 4,820 "
     "copies/mL. "
     "Works as a dim sum chef at the Golden Bauhinia Restaurant.\n"
     "Specimen: nasopharyngeal biopsy, right fossa of Rosenmüller.\n"
     "Microscopy: syncytial sheets of undifferentiated tumour cells with vesicular nuclei and prominent nucleoli "
     "intermingled with lymphocytes (Schmincke pattern).\n"
     "IHC: AE1/AE3 and CK5/6 positive; p63 positive; EBER ISH diffusely positive; p16 negative.\n"
     "DIAGNOSIS: non-keratinizing carcinoma, undifferentiated subtype, nasopharynx.\n"
     "Dr Vivian Ip Sze Wan, Consultant Pathologist, MCHK M09417",
     [("HOSPITAL", ["Queen Elizabeth Hospital"]), ("ADDRESS", ["30 Gascoigne Road"]), ("LOCATION", ["Kowloon"]),
      ("ID", ["QEH/S25-48173"]), ("NAME", ["Mok", "Wing Hei"]), ("ID", ["K482917(4)"]), ("MRN", ["HN14729385"]),
      ("ADDRESS", ["Flat 18C, Block 3, Lok Fu Estate"]), ("LOCATION", ["Wang Tau Hom"]), ("PHONE", ["9555 4172"]),
      ("NAME", ["Tsang", "Yuen Ting"]), ("DATE", ["03/06/2025"]), ("DATE", ["06/06/2025"]),
      ("LOCATION", ["Golden Bauhinia Restaurant"]), ("NAME", ["Vivian", "Ip", "Sze Wan"]), ("ID", ["M09417"])],
     ["2/12", "EBV DNA 4,820 copies/mL", "fossa of Rosenmüller", "Schmincke pattern", "CK5/6 positive", "EBER ISH",
      "p16 negative"]),

    # 27 - Kenya: medical ward round
    ("Moi Teaching and Referral Hospital, Eldoret - Medical Ward 6\n"
     "Ward round 17/03/2025, consultant Dr Nyokabi Cheruiyot-Atieno\n"
     "Pt: Lopeyok Ngasike, 19 M, IP no. MTRH/IP/25/018274, national ID 38471926, SHA no. CR0412876. Herds goats "
     "around Kacheliba. Brother Losike staying at the hospital, 0722 555 618.\n"
     "Dx: visceral leishmaniasis (kala-azar), primary. rK39 RDT positive; splenic aspirate: Leishmania donovani "
     "amastigotes, grade 4+. Spleen 14 cm below the costal margin. HIV test negative.\n"
     "Day 9 of SSG 20 mg/kg + PM 15 mg/kg IM. Afebrile since D5. Hb 6.8 -> 8.1 g/dL after 1 unit. ECG: QTc 440 ms - "
     "continue; amylase normal.\n"
     "Plan: complete 17 days; test-of-cure splenic aspirate on D17; RUTF supplements; screen the household; "
     "follow-up at Kapenguria County Referral Hospital after discharge.\n"
     "Written by Dr Kiprotich Chelimo, intern MO",
     [("HOSPITAL", ["Moi Teaching and Referral Hospital"]), ("LOCATION", ["Eldoret"]), ("DATE", ["17/03/2025"]),
      ("NAME", ["Nyokabi", "Cheruiyot-Atieno"]), ("NAME", ["Lopeyok", "Ngasike"]), ("MRN", ["MTRH/IP/25/018274"]),
      ("ID", ["38471926"]), ("ID", ["CR0412876"]), ("LOCATION", ["Kacheliba"]), ("NAME", ["Losike"]),
      ("PHONE", ["0722 555 618"]), ("HOSPITAL", ["Kapenguria County Referral Hospital"]),
      ("NAME", ["Kiprotich", "Chelimo"])],
     ["kala-azar", "rK39 RDT positive", "Leishmania donovani", "SSG 20 mg/kg", "PM 15 mg/kg", "Hb 6.8",
      "QTc 440 ms"]),

    # 28 - Uganda: psychiatric admission assessment
    ("Butabika National Referral Mental Hospital, Kampala - admission assessment\n"
     "Date: 4th August 2025\n"
     "Patient: Ssemakula Denis, 26 M, IP no. BNH/25/3307, NIN CM99041102TXKA. Boda-boda rider, motorcycle UFK 418S. "
     "Home: Kasangati, Wakiso District; LC1 chairman Mr Kizito Balikuddembe.\n"
     "Brought by his brother, Mukasa Godfrey (0772 555 804), with officers from Kasangati Police Station.\n"
     "History: 2 weeks of no sleep, talking to himself, says he is a prophet sent by God; preached for hours at Full "
     "Gospel Church Kasangati and broke a neighbour's windows. Heavy cannabis and waragi for 2 years. No previous "
     "episodes. No fever; malaria RDT negative, HIV negative.\n"
     "MSE: unkempt, pressured speech, grandiose and religious delusions, second-person auditory hallucinations, no "
     "insight. BPRS 58.\n"
     "Dx: acute and transient psychotic disorder vs cannabis-induced psychosis (ICD-11 6A23).\n"
     "Plan: involuntary admission under the Mental Health Act 2018; haloperidol 5 mg IM stat then 5 mg PO BD, "
     "Artane 2 mg BD, diazepam 10 mg nocte; monitor withdrawal with CIWA-Ar.\n"
     "Dr Nabirye Scovia, Psychiatry Registrar",
     [("HOSPITAL", ["Butabika National Referral Mental Hospital"]), ("LOCATION", ["Kampala"]),
      ("DATE", ["4th August 2025"]), ("NAME", ["Ssemakula", "Denis"]), ("MRN", ["BNH/25/3307"]),
      ("ID", ["CM99041102TXKA"]), ("PLATE", ["UFK 418S"]), ("LOCATION", ["Kasangati"]), ("LOCATION", ["Wakiso"]),
      ("NAME", ["Kizito", "Balikuddembe"]), ("NAME", ["Mukasa", "Godfrey"]), ("PHONE", ["0772 555 804"]),
      ("LOCATION", ["Kasangati Police Station"]), ("LOCATION", ["Full Gospel Church Kasangati"]),
      ("NAME", ["Nabirye", "Scovia"])],
     ["malaria RDT negative", "BPRS 58", "ICD-11 6A23", "Mental Health Act 2018", "haloperidol 5 mg", "Artane 2 mg",
      "CIWA-Ar"]),

    # 29 - Botswana: inpatient physiotherapy progress note
    ("Princess Marina Hospital, Gaborone - Physiotherapy Department\n"
     "Physiotherapy progress note, 22/07/2025\n"
     "Patient: Mr Kagiso Mmolawa, 38 M, Omang 417218305, hosp. no. PMH-2025-11873. Underground worker at Jwaneng "
     "Mine. Home: Ward Mokgalo, Kanye. Wife Onalenna, +267 71 555 284.\n"
     "Dx: spinal TB (Pott's disease) T10-T11 with paraparesis; decompression and costotransversectomy on 30/06 by "
     "Dr Tshepo Kebonang. Month 2 of Rifafour e-275, 4 tabs daily; HIV on TLD, VL <50.\n"
     "Assessment: ASIA Impairment Scale C, motor level T11 (Frankel C). Hip flexors MRC 3/5, ankle dorsiflexors 2/5 "
     "bilaterally. Reduced sensation below T11. IDC in situ. Good sitting balance; stood 2 min in the parallel bars "
     "in KAFOs.\n"
     "Plan: gait training with a walking frame, strengthening, pressure care (Braden 14), wheelchair assessment; "
     "referral for inpatient rehab at Bamalete Lutheran Hospital, Ramotswa.\n"
     "Gaone Phiri-Molefe, Physiotherapist, BHPC 20741",
     [("HOSPITAL", ["Princess Marina Hospital"]), ("LOCATION", ["Gaborone"]), ("DATE", ["22/07/2025"]),
      ("NAME", ["Kagiso", "Mmolawa"]), ("ID", ["417218305"]), ("MRN", ["PMH-2025-11873"]),
      ("LOCATION", ["Jwaneng Mine"]), ("ADDRESS", ["Ward Mokgalo"]), ("LOCATION", ["Kanye"]), ("NAME", ["Onalenna"]),
      ("PHONE", ["+267 71 555 284"]), ("DATE", ["30/06"]), ("NAME", ["Tshepo", "Kebonang"]),
      ("HOSPITAL", ["Bamalete Lutheran Hospital"]), ("LOCATION", ["Ramotswa"]), ("NAME", ["Gaone", "Phiri-Molefe"]),
      ("ID", ["20741"])],
     ["Pott's disease", "Rifafour e-275", "ASIA Impairment Scale C", "Frankel C", "MRC 3/5", "KAFOs", "Braden 14"]),

    # 30 - Namibia: sports medicine consultation
    ("Eros Sports & Exercise Medicine, 14 Sam Nujoma Drive, Eros, Windhoek\n"
     "Consultation 18 Feb 2026\n"
     "Athlete: Ms Ndapewa Shikongo, 20 F, DOB 1 October 2005, ID 05100100418, NHP member 40718-02. 800/1500 m "
     "runner with Khomas Harriers Athletic Club; student at the University of Namibia.\n"
     "R posteromedial shin pain 3/52, now painful to hop. No periods since August. Training ~95 km/wk (Garmin "
     "Forerunner 965 data shared).\n"
     "O/E: BMI 17.2; focal tenderness R mid-tibia posteromedially, hop test positive. LEAF-Q 11.\n"
     "Ix: MRI R tibia at Rhino Park Private Hospital - Fredericson grade 3 stress injury. DEXA lumbar spine Z-score "
     "-1.8. Ferritin 11 ug/L, low free T3.\n"
     "Dx: RED-S with R tibial bone stress injury.\n"
     "Plan: no running 6/52, aqua jogging, dietitian (energy availability 45 kcal/kg FFM/day), Ferro-Gradumet daily. "
     "Coach Mr Johannes Tjivikua informed with her consent. Mother's cell +264 81 555 3172.\n"
     "Dr Lize-Marié Steenkamp-Iipumbu, Sports Physician, HPCNA MP 0714",
     [("HOSPITAL", ["Eros Sports & Exercise Medicine"]), ("ADDRESS", ["14 Sam Nujoma Drive"]),
      ("LOCATION", ["Eros"]), ("LOCATION", ["Windhoek"]), ("DATE", ["18 Feb 2026"]),
      ("NAME", ["Ndapewa", "Shikongo"]), ("DATE", ["1 October 2005"]), ("ID", ["05100100418"]),
      ("ID", ["40718-02"]), ("LOCATION", ["Khomas Harriers Athletic Club"]), ("LOCATION", ["University of Namibia"]),
      ("DATE", ["August"]), ("HOSPITAL", ["Rhino Park Private Hospital"]), ("NAME", ["Johannes", "Tjivikua"]),
      ("PHONE", ["+264 81 555 3172"]), ("NAME", ["Lize-Marié", "Steenkamp-Iipumbu"]), ("LICENCE", ["MP 0714"])],
     ["3/52", "Garmin Forerunner 965", "LEAF-Q 11", "Fredericson grade 3", "Z-score -1.8", "Ferritin 11 ug/L",
      "RED-S", "6/52", "Ferro-Gradumet"]),

    # 31 - Jamaica: hospital social work assessment after intimate-partner violence
    ("Mandeville Regional Hospital - Department of Social Work, Manchester\n"
     "Social work assessment, 11th September 2025\n"
     "Client: Ms Tameka Grandison, 32 F, hosp. no. MRH-448172, TRN 114-382-907\n"
     "Address: Lot 14, Bellefield Heights, Christiana. Cell 876-555-0193.\n"
     "Referred from A&E: presented at 02:00 with a L ulnar nightstick fracture and facial bruising. She says her "
     "common-law partner, Mr Dwayne Mais, beat her with a piece of board. He drives a route taxi (PG 4718) between "
     "Christiana and Mandeville.\n"
     "Screening: HITS 16; Danger Assessment 18 (strangulation, threats with a machete); PHQ-9 17.\n"
     "Children: Jaheim (9) and Shanique (6), pupils at Mizpah Primary, now with their grandmother, Mrs Myrtle "
     "Grandison, in Coleyville.\n"
     "Actions: safety plan made; report taken by Christiana Police Station; referral to the Woman Inc. crisis "
     "shelter in Half Way Tree, bed available 13/09; CPFSA notified re the children (ref CPFSA/MAN/25/0417); "
     "psychiatry "
     "started sertraline 50 mg.\n"
     "Ms Antoinette Blagrove-Walcott, Medical Social Worker",
     [("HOSPITAL", ["Mandeville Regional Hospital"]), ("LOCATION", ["Manchester"]),
      ("DATE", ["11th September 2025"]), ("NAME", ["Tameka", "Grandison"]), ("MRN", ["MRH-448172"]),
      ("ID", ["114-382-907"]), ("ADDRESS", ["Lot 14, Bellefield Heights"]), ("LOCATION", ["Christiana"]),
      ("PHONE", ["876-555-0193"]), ("NAME", ["Dwayne", "Mais"]), ("PLATE", ["PG 4718"]), ("LOCATION", ["Mandeville"]),
      ("NAME", ["Jaheim"]), ("NAME", ["Shanique"]), ("LOCATION", ["Mizpah Primary"]),
      ("NAME", ["Myrtle", "Grandison"]), ("LOCATION", ["Coleyville"]), ("LOCATION", ["Christiana Police Station"]),
      ("LOCATION", ["Woman Inc."]), ("LOCATION", ["Half Way Tree"]), ("DATE", ["13/09"]),
      ("ID", ["CPFSA/MAN/25/0417"]), ("NAME", ["Antoinette", "Blagrove-Walcott"])],
     ["nightstick fracture", "HITS 16", "Danger Assessment 18", "PHQ-9 17", "sertraline 50 mg"]),

    # 32 - Trinidad and Tobago: laboratory request form
    ("Sangre Grande Hospital, Ojoe Road - Medical Ward 2\n"
     "LABORATORY REQUEST to CARPHA Medical Microbiology Laboratory, Federation Park, Port of Spain (by courier)\n"
     "Collected 26.10.2025 at 07:30\n"
     "Patient: Mr Kavir Ramdeen, 43 M, reg. no. SGH-25-330917, national ID 19820514017, DOB 14 May 1982\n"
     "Address: LP 48, Manzanilla Road, Sangre Grande. Tel 868-555-0146. Labourer with Bon Accord Drainage Ltd, "
     "clearing canals after the floods.\n"
     "Clinical: fever 5/7, retro-orbital pain, myalgia, petechiae; tourniquet test positive. Platelets 38 x10^9/L, "
     "HCT 48% (baseline 41%). Working in flood water - ?leptospirosis.\n"
     "Tests requested: Dengue NS1 antigen and IgM; DENV RT-PCR with serotyping; Leptospira IgM ELISA; CHIKV and "
     "ZIKV RT-PCR.\n"
     "Requesting doctor: Dr Anjali Maharaj-Bissoon, bleep 612, ward fax 868-555-0177",
     [("HOSPITAL", ["Sangre Grande Hospital"]), ("ADDRESS", ["Ojoe Road"]),
      ("HOSPITAL", ["CARPHA Medical Microbiology Laboratory"]), ("ADDRESS", ["Federation Park"]),
      ("LOCATION", ["Port of Spain"]), ("DATE", ["26.10.2025"]), ("NAME", ["Kavir", "Ramdeen"]),
      ("MRN", ["SGH-25-330917"]), ("ID", ["19820514017"]), ("DATE", ["14 May 1982"]),
      ("ADDRESS", ["LP 48, Manzanilla Road"]), ("LOCATION", ["Sangre Grande"]), ("PHONE", ["868-555-0146"]),
      ("LOCATION", ["Bon Accord Drainage Ltd"]), ("NAME", ["Anjali", "Maharaj-Bissoon"]),
      ("PHONE", ["612"]), ("PHONE", ["868-555-0177"])],
     ["5/7", "tourniquet test positive", "Platelets 38 x10^9/L", "HCT 48%", "Dengue NS1 antigen",
      "Leptospira IgM ELISA", "ZIKV"]),

    # 33 - Greece (in Greek): internal medicine ward round
    ("Πανεπιστημιακό Γενικό Νοσοκομείο Λάρισας - Β' Παθολογική Κλινική\n"
     "Επίσκεψη θαλάμου, 28/08/2025\n"
     "Ασθενής: Αθανάσιος Ζιώγας, 67 ετών, ΑΜΚΑ 14095718434, ΑΦΜ 047182931, αρ. μητρώου 2025/18473\n"
     "Διεύθυνση: Οδός Παπαναστασίου 42, Τύρναβος 40100. Τηλ. 6944 555 218 (κόρη Βασιλική).\n"
     "Αγρότης (βαμβάκι) στα Δένδρα. Πυρετός έως 39,5 °C από 20 Αυγούστου, σύγχυση, τρόμος. Πολλά κουνούπια στο "
     "χωράφι.\n"
     "Κλινική εξέταση: GCS 12/15, αυχενική δυσκαμψία, θετικό σημείο Kernig, τρόμος άνω άκρων.\n"
     "ΕΝΥ: λευκά 180/μL (λεμφοκύτταρα 70%), λεύκωμα 96 mg/dL. West Nile virus IgM θετικό στο ΕΝΥ (Εθνικό Κέντρο "
     "Αναφοράς Αρμποϊών, Θεσσαλονίκη).\n"
     "Διάγνωση: εγκεφαλίτιδα από ιό του Δυτικού Νείλου.\n"
     "Αγωγή: υποστηρικτική, διακοπή Zovirax, Depon 1 g x3 επί πυρετού. Δήλωση στον ΕΟΔΥ.\n"
     "Ενημερώθηκε ο γιος του, Δημήτρης, στο 6977 555 430.\n"
     "Θεράπουσα: Ελένη Καραλή-Μπούσιου, Επιμελήτρια Β'",
     [("HOSPITAL", ["Πανεπιστημιακό Γενικό Νοσοκομείο Λάρισας"]), ("DATE", ["28/08/2025"]),
      ("NAME", ["Αθανάσιος", "Ζιώγας"]), ("ID", ["14095718434"]), ("ID", ["047182931"]), ("MRN", ["2025/18473"]),
      ("ADDRESS", ["Οδός Παπαναστασίου 42"]), ("LOCATION", ["Τύρναβος"]), ("POSTCODE", ["40100"]),
      ("PHONE", ["6944 555 218"]), ("NAME", ["Βασιλική"]), ("LOCATION", ["Δένδρα"]), ("DATE", ["20 Αυγούστου"]),
      ("HOSPITAL", ["Εθνικό Κέντρο Αναφοράς Αρμποϊών"]), ("LOCATION", ["Θεσσαλονίκη"]), ("NAME", ["Δημήτρης"]),
      ("PHONE", ["6977 555 430"]), ("NAME", ["Ελένη", "Καραλή-Μπούσιου"])],
     ["67 ετών", "GCS 12/15", "σημείο Kernig", "West Nile virus IgM", "ιό του Δυτικού Νείλου", "Zovirax",
      "Depon 1 g"]),

    # 34 - Russia (in Russian): polyclinic referral for hospital admission
    ("ОГАУЗ «Городская поликлиника № 10», г. Томск, ул. Беринга, 14\n"
     "НАПРАВЛЕНИЕ на госпитализацию в ОГАУЗ «Томская областная клиническая больница», инфекционное отделение\n"
     "Дата: 12.06.2025\n"
     "Ф.И.О.: Шершнёва Алевтина Игоревна, 54 года, дата рождения 03.02.1971\n"
     "СНИЛС 147-382-965 99; паспорт 69 16 418273\n"
     "Адрес: г. Томск, ул. Учебная, д. 42, кв. 17. Тел. +7 913 555-27-41.\n"
     "Место работы: бухгалтер, ООО «Сибирский кедр».\n"
     "Анамнез: 3 июня присасывание клеща на даче в д. Коларово (вероятно, Ixodes persulcatus), клещ удалён "
     "самостоятельно, не исследован. Против клещевого энцефалита не привита. Через 8 дней - лихорадка 39,2 °C, "
     "головная боль, рвота, светобоязнь.\n"
     "Объективно: ригидность затылочных мышц, симптом Кернига положительный с обеих сторон. Мигрирующей эритемы нет.\n"
     "ОАК: лейкоциты 11,2 ×10^9/л, СОЭ 24 мм/ч.\n"
     "Предварительный диагноз: Клещевой энцефалит, менингеальная форма? Дифф. диагноз: иксодовый клещевой "
     "боррелиоз.\n"
     "Врач общей практики: Зарецкая Ольга Викторовна, тел. 8 (3822) 55-41-87",
     [("HOSPITAL", ["Городская поликлиника № 10"]), ("LOCATION", ["Томск"]), ("ADDRESS", ["ул. Беринга, 14"]),
      ("HOSPITAL", ["Томская областная клиническая больница"]), ("DATE", ["12.06.2025"]),
      ("NAME", ["Шершнёва", "Алевтина", "Игоревна"]), ("DATE", ["03.02.1971"]), ("ID", ["147-382-965 99"]),
      ("ID", ["69 16 418273"]), ("ADDRESS", ["ул. Учебная, д. 42, кв. 17"]), ("PHONE", ["+7 913 555-27-41"]),
      ("LOCATION", ["Сибирский кедр"]), ("DATE", ["3 июня"]), ("LOCATION", ["Коларово"]),
      ("NAME", ["Зарецкая", "Ольга", "Викторовна"]), ("PHONE", ["8 (3822) 55-41-87"])],
     ["54 года", "Ixodes persulcatus", "39,2 °C", "симптом Кернига", "СОЭ 24 мм/ч", "Клещевой энцефалит",
      "боррелиоз"]),

    # 35 - USA, South Carolina: travel clinic pre-travel consultation
    ("Shem Creek Travel Health, 1150 Johnnie Dodds Blvd, Suite 210, Mount Pleasant, SC 29464\n"
     "Pre-travel consultation 01/21/2026\n"
     "Traveler: Tucker Huggins, 22 M, DOB 6/30/2003, US passport 584172096. Ph 843-555-0127, "
     "tuckerh.travels@icloud.com. Senior at the College of Charleston.\n"
     "Trip: mission team from Palmetto Grace Fellowship to Gulu, Uganda, Feb 14 - Mar 7, building a clinic; guesthouse "
     "stays; safari weekend at Murchison Falls.\n"
     "PMH: none. Allergy: sulfa (rash).\n"
     "Given today: Typhim Vi; Ixchiq (chikungunya); Vaqta 50 U (HepA #1); YF-Vax 0.5 mL SC - ICVP stamped, "
     "certificate SC-YF-26-04418; rabies PrEP (Imovax) day 0, day 7 booked.\n"
     "Malaria: Malarone 250/100 mg daily, start 1-2 days before, continue 7 days after return. Travelers' diarrhea: "
     "azithromycin 1 g single dose standby.\n"
     "Counseled: DEET or picaridin, permethrin-treated clothing, no freshwater swimming (Schistosoma mansoni).\n"
     "Consent and VIS acknowledgement e-signed at https://portal.shemcreektravel.com from 2600:1700:5a80:3c10::2b.\n"
     "Emergency contact: mother, Robin Huggins, 843-555-0168.\n"
     "Whitney Cauthen-Osei, FNP-C, CTH",
     [("HOSPITAL", ["Shem Creek Travel Health"]), ("ADDRESS", ["1150 Johnnie Dodds Blvd, Suite 210"]),
      ("LOCATION", ["Mount Pleasant"]), ("POSTCODE", ["29464"]), ("DATE", ["01/21/2026"]),
      ("NAME", ["Tucker", "Huggins"]), ("DATE", ["6/30/2003"]), ("ID", ["584172096"]), ("PHONE", ["843-555-0127"]),
      ("EMAIL", ["tuckerh.travels@icloud.com"]), ("LOCATION", ["College of Charleston"]),
      ("LOCATION", ["Palmetto Grace Fellowship"]), ("LOCATION", ["Gulu"]), ("DATE", ["Feb 14"]),
      ("DATE", ["Mar 7"]), ("LOCATION", ["Murchison Falls"]), ("ID", ["SC-YF-26-04418"]),
      ("URL", ["https://portal.shemcreektravel.com"]),
      ("IP", ["2600:1700:5a80:3c10::2b"]), ("NAME", ["Robin"]),
      ("PHONE", ["843-555-0168"]), ("NAME", ["Whitney", "Cauthen-Osei"])],
     ["Typhim Vi", "Ixchiq", "Vaqta 50 U", "YF-Vax 0.5 mL", "Malarone 250/100 mg", "azithromycin 1 g",
      "Schistosoma mansoni"]),

    # 36 - England, Kent: coroner's officer report, patient aged 93
    ("Kent Coroner's Service - Coroner's Officer report for the Senior Coroner. Ref CO/NE/25/1183\n"
     "Deceased: Mrs Ivy Maud Pettman, aged 93, born 17th March 1932 in Ramsgate. NHS 638 190 2477.\n"
     "Usual address: Room 12, Seabrook Lodge Care Home, 8 Stone Road, Broadstairs CT10 1EB.\n"
     "Died 4 October 2025 at 05:50 on Quex ward, Queen Elizabeth The Queen Mother Hospital, Margate.\n"
     "Circumstances: unwitnessed fall in her room at the care home at about 02:00 on 28 September; found on the "
     "floor by carer Blessing Adeyemi-Cole. X-ray: displaced intracapsular fracture R neck of femur, Garden IV. "
     "Nottingham Hip Fracture Score 6; Clinical Frailty Scale 7; on apixaban 2.5 mg BD. Hemiarthroplasty 29/9, then "
     "delirium and hospital-acquired pneumonia; ward-based ceiling of care; died on day 6 post-op.\n"
     "Proposed cause: 1a Bronchopneumonia; 1b Fractured neck of femur (operated 29/09/2025) following a fall. Because "
     "the fracture followed a fall, referred to the coroner.\n"
     "GP: Dr Imran Haverstock, Bethesda Medical Centre, Cliftonville.\n"
     "Next of kin: son, Mr Graham Pettman, 07700 900 843 - told an inquest will probably be opened on 14 October; no "
     "concerns about her care. Care home manager Mrs Sharon Fagg to send the falls log.\n"
     "Neil Sparshott, Coroner's Officer",
     [("ID", ["CO/NE/25/1183"]), ("NAME", ["Ivy", "Maud", "Pettman"]), ("AGE", ["aged 93"]),
      ("DATE", ["17th March 1932"]), ("LOCATION", ["Ramsgate"]), ("ID", ["638 190 2477"]),
      ("ADDRESS", ["Room 12"]), ("HOSPITAL", ["Seabrook Lodge Care Home"]), ("ADDRESS", ["8 Stone Road"]),
      ("LOCATION", ["Broadstairs"]), ("POSTCODE", ["CT10 1EB"]), ("DATE", ["4 October 2025"]),
      ("LOCATION", ["Quex ward"]), ("HOSPITAL", ["Queen Elizabeth The Queen Mother Hospital"]),
      ("LOCATION", ["Margate"]), ("DATE", ["28 September"]), ("NAME", ["Blessing", "Adeyemi-Cole"]),
      ("DATE", ["29/9"]), ("DATE", ["29/09/2025"]), ("NAME", ["Imran", "Haverstock"]),
      ("HOSPITAL", ["Bethesda Medical Centre"]), ("LOCATION", ["Cliftonville"]), ("NAME", ["Graham", "Pettman"]),
      ("PHONE", ["07700 900 843"]), ("DATE", ["14 October"]), ("NAME", ["Sharon", "Fagg"]),
      ("NAME", ["Neil", "Sparshott"])],
     ["Garden IV", "Nottingham Hip Fracture Score 6", "Clinical Frailty Scale 7", "apixaban 2.5 mg",
      "Hemiarthroplasty", "Bronchopneumonia"]),

    # 37 - USA, Idaho: dermatology clinic letter
    ("Kootenai Clinic Dermatology, 1919 W Lincoln Way, Suite 200, Coeur d'Alene, ID 83814\n"
     "\n"
     "March 3, 2026\n"
     "\n"
     "Elsa Brunner-Ochoa, MD, Sandpoint Family Medicine\n"
     "\n"
     "Re: Travis McConnaughey, DOB 11/19/1983, MRN 7044128, seen 2/26\n"
     "\n"
     "Dear Dr. Brunner-Ochoa,\n"
     "Thank you for referring this 42-year-old wildland firefighter with the Idaho Panhandle National Forests, "
     "Fitzpatrick type I skin and many blistering sunburns. Excisional biopsy of a changing 9 mm pigmented lesion on "
     "the L upper back on 2/12 showed superficial spreading melanoma, Breslow thickness 1.4 mm, Clark level IV, "
     "mitotic rate 3/mm2, no ulceration - pT2a. He also has a longitudinal pigmented band on the R thumbnail with "
     "Hutchinson's sign; nail matrix biopsy is scheduled.\n"
     "Plan: wide local excision with 1-2 cm margins and sentinel lymph node biopsy with Dr. Ramon Baptiste-Kerr at "
     "Kootenai Health; full skin exams every 3 months for 2 years; strict sun protection on the fire line. His "
     "brother Wes, who lives in Bonners Ferry, should also be screened.\n"
     "\n"
     "Sincerely,\n"
     "Anneliese Vought, MD, FAAD   NPI 1376029488",
     [("HOSPITAL", ["Kootenai Clinic Dermatology"]), ("ADDRESS", ["1919 W Lincoln Way, Suite 200"]),
      ("LOCATION", ["Coeur d'Alene"]), ("POSTCODE", ["83814"]), ("DATE", ["March 3, 2026"]),
      ("NAME", ["Elsa", "Brunner-Ochoa"]), ("HOSPITAL", ["Sandpoint Family Medicine"]),
      ("NAME", ["Travis", "McConnaughey"]), ("DATE", ["11/19/1983"]), ("MRN", ["7044128"]), ("DATE", ["2/26"]),
      ("LOCATION", ["Idaho Panhandle National Forests"]), ("DATE", ["2/12"]), ("NAME", ["Ramon", "Baptiste-Kerr"]),
      ("HOSPITAL", ["Kootenai Health"]), ("NAME", ["Wes"]), ("LOCATION", ["Bonners Ferry"]),
      ("NAME", ["Anneliese", "Vought"]), ("ID", ["1376029488"])],
     ["Fitzpatrick type I", "superficial spreading melanoma", "Breslow thickness 1.4 mm", "Clark level IV",
      "mitotic rate 3/mm2", "pT2a", "Hutchinson's sign"]),

    # 38 - France (in French): internal medicine clinic letter
    ("CHU de Clermont-Ferrand - Hôpital Gabriel-Montpied - Service de Médecine Interne\n"
     "58 rue Montalembert, 63000 Clermont-Ferrand - Tél. 04 73 75 55 18\n"
     "\n"
     "Clermont-Ferrand, le 3 février 2026\n"
     "\n"
     "Docteur Mathilde Chassaigne, Maison de santé des Couteliers, 63300 Thiers\n"
     "\n"
     "Chère consœur,\n"
     "J'ai vu en consultation le 29 janvier M. Jean-Baptiste Fougerolles, 67 ans, né le 14/07/1958, n° de sécurité "
     "sociale 1 58 07 63 113 042 41, domicilié 12 rue de la Coutellerie, 63300 Thiers, tél. 06 55 41 82 37, "
     "ancien émouleur chez Couteaux Chambriard.\n"
     "Il présente depuis trois semaines des céphalées temporales, une claudication de la mâchoire et une amaurose "
     "fugace de l'œil gauche. VS 88 mm à la première heure, CRP 112 mg/L. Écho-doppler des artères temporales : signe "
     "du halo bilatéral. Biopsie de l'artère temporale (30/01) : artérite à cellules géantes.\n"
     "Diagnostic : maladie de Horton.\n"
     "Traitement : bolus de Solumédrol 500 mg x 3 puis Cortancyl 60 mg/j ; Roactemra 162 mg SC par semaine en "
     "épargne cortisonique ; calcium-vitamine D et Actonel 35 mg par semaine.\n"
     "Prochain contrôle le 24 mars en hôpital de jour. Son épouse, Mme Ginette Fougerolles, est joignable au "
     "04 73 55 80 41.\n"
     "Bien confraternellement,\n"
     "Dr Sébastien Vialatte-Nguyen, praticien hospitalier, RPPS 10101847290",
     [("HOSPITAL", ["CHU de Clermont-Ferrand"]), ("HOSPITAL", ["Hôpital Gabriel-Montpied"]),
      ("ADDRESS", ["58 rue Montalembert"]), ("POSTCODE", ["63000"]), ("LOCATION", ["Clermont-Ferrand"]),
      ("PHONE", ["04 73 75 55 18"]), ("DATE", ["3 février 2026"]), ("NAME", ["Mathilde", "Chassaigne"]),
      ("HOSPITAL", ["Maison de santé des Couteliers"]), ("POSTCODE", ["63300"]), ("LOCATION", ["Thiers"]),
      ("DATE", ["29 janvier"]), ("NAME", ["Jean-Baptiste", "Fougerolles"]), ("DATE", ["14/07/1958"]),
      ("ID", ["1 58 07 63 113 042 41"]), ("ADDRESS", ["12 rue de la Coutellerie"]), ("PHONE", ["06 55 41 82 37"]),
      ("LOCATION", ["Couteaux Chambriard"]), ("DATE", ["30/01"]), ("DATE", ["24 mars"]),
      ("NAME", ["Ginette", "Fougerolles"]), ("PHONE", ["04 73 55 80 41"]),
      ("NAME", ["Sébastien", "Vialatte-Nguyen"]), ("ID", ["10101847290"])],
     ["67 ans", "VS 88 mm", "CRP 112 mg/L", "signe du halo", "maladie de Horton", "Cortancyl 60 mg",
      "Roactemra 162 mg", "Actonel 35 mg"]),

    # 39 - Netherlands (in Dutch): neurology discharge letter
    ("Medisch Centrum Leeuwarden - Afdeling Neurologie\n"
     "Henri Dunantweg 2, 8934 AD Leeuwarden - tel. 058 555 4127\n"
     "\n"
     "Leeuwarden, 14 januari 2026\n"
     "\n"
     "Aan: dokter Anne Wijbenga, huisarts, Huisartsenpraktijk It Harspit, Sneek\n"
     "\n"
     "Betreft: de heer Jelle Terpstra, geboren 09-05-1979, BSN 236194756, Kleinzand 31, 8601 BH Sneek\n"
     "\n"
     "Geachte collega,\n"
     "Uw patiënt was van 28 december 2025 tot 13 januari 2026 opgenomen op onze afdeling wegens het syndroom van "
     "Guillain-Barré. Twee weken na een diarree-episode (feces: Campylobacter jejuni) ontstond een progressieve, "
     "symmetrische spierzwakte met areflexie. MRC-sumscore 38/60 bij opname; liquor: eiwit 1,6 g/L bij 2 cellen/µL "
     "(albuminocytologische dissociatie). EMG: demyeliniserend beeld. EGRIS 3; Erasmus GBS Outcome Score 4.\n"
     "Behandeling: IVIg (Nanogam 0,4 g/kg/dag gedurende 5 dagen). Geen beademing nodig. Bij ontslag MRC-sumscore "
     "50/60; loopt met een rollator.\n"
     "Beleid: klinische revalidatie bij Revalidatie Friesland, locatie Beetsterzwaag, per 15 januari; poliklinische "
     "controle over 6 weken. De heer Terpstra werkt als chauffeur bij Zuivelfabriek De Terp. Zijn echtgenote, Marrit, "
     "is bereikbaar op 06-55 23 41 87.\n"
     "\n"
     "Met collegiale groet,\n"
     "drs. Wietske Hiemstra-Ouédraogo, arts-assistent neurologie, BIG 49012847301",
     [("HOSPITAL", ["Medisch Centrum Leeuwarden"]), ("ADDRESS", ["Henri Dunantweg 2"]), ("POSTCODE", ["8934 AD"]),
      ("LOCATION", ["Leeuwarden"]), ("PHONE", ["058 555 4127"]), ("DATE", ["14 januari 2026"]),
      ("NAME", ["Anne", "Wijbenga"]), ("HOSPITAL", ["Huisartsenpraktijk It Harspit"]), ("LOCATION", ["Sneek"]),
      ("NAME", ["Jelle", "Terpstra"]), ("DATE", ["09-05-1979"]), ("ID", ["236194756"]),
      ("ADDRESS", ["Kleinzand 31"]), ("POSTCODE", ["8601 BH"]), ("DATE", ["28 december 2025"]),
      ("DATE", ["13 januari 2026"]), ("HOSPITAL", ["Revalidatie Friesland"]), ("LOCATION", ["Beetsterzwaag"]),
      ("DATE", ["15 januari"]), ("LOCATION", ["Zuivelfabriek De Terp"]), ("NAME", ["Marrit"]),
      ("PHONE", ["06-55 23 41 87"]), ("NAME", ["Wietske", "Hiemstra-Ouédraogo"]), ("LICENCE", ["49012847301"])],
     ["syndroom van Guillain-Barré", "Campylobacter jejuni", "MRC-sumscore 38/60", "albuminocytologische dissociatie",
      "EGRIS 3", "Erasmus GBS Outcome Score 4", "Nanogam 0,4 g/kg/dag"]),
]
