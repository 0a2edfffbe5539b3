"""Notes 20-39 of the thirty-second HELD-OUT set (see :mod:`deid_notes_heldout32` for how it was written and what it
holds).

These 20 notes hold 546 planted identifier parts in 462 (kind, parts) entries and 225 clinical strings. Positions below
are those in the combined ``NOTES``. In English: 20, a tea garden mobile clinic line list (Moulvibazar, Bangladesh); 21,
a virtual fracture clinic review (Co. Armagh, Northern Ireland); 22, a trauma tertiary survey after a snowmachine crash
(Yukon-Kuskokwim Delta, Alaska); 25, a medical certificate for a work permit (Namibia); 26, an infectious diseases
consult for rat lungworm disease (Hilo, Hawaii); 28, a school nurse individual healthcare plan for anaphylaxis (Jersey);
29, an HIV clinic antiretroviral review (Belize); 30, a nutrition rehabilitation unit admission for kwashiorkor
(Gaborone, Botswana); 31, an emergency medical team field hospital log after a cyclone (Tanna, Vanuatu); 32, an overseas
medical referral for tetralogy of Fallot (Cook Islands); 33, a hospice admission for a patient aged 91 (Cape Breton,
Nova Scotia); 35, a cardiac catheterisation laboratory report (Guyana); 36, an emergency note for Irukandji syndrome
(Thursday Island, Queensland); 37, an orthopaedic operation note (Bulawayo, Zimbabwe); 38, a geriatric falls clinic
assessment for a patient aged 92 (Bermuda); 39, a pre-operative assessment clinic record (Malta). In Greek script: 24, a
palliative home visit for a patient aged 96 (Chios). In simplified Chinese: 27, an occupational health examination for
pneumoconiosis (Sichuan). In Italian: 23, an ICU daily review after an avalanche burial (Trentino). In French: 34, a
memory clinic letter (Brest). Entries per kind here: NAME 96, LOCATION 81, DATE 78, HOSPITAL 36, PHONE 36, ADDRESS 32,
ID 29, POSTCODE 17, LICENCE 16, MRN 12, PLATE 7, AGE 6, SERIAL 6, EMAIL 5, IP 3, HANDLE 2.

Each note: (text, [(kind, [parts that must not survive])], [clinical strings that must survive]).
"""

from __future__ import annotations

from consilium.orchestration.privacy.corpora.deid_heldout import Note

NOTES: list[Note] = [
    # 20 - Bangladesh, Sylhet Division (Moulvibazar; Kamalganj): tea garden mobile clinic line list
    ("MOBILE HEALTH CLINIC - Tea Garden Outreach | Sponsor: Kamalganj Upazila Health Complex\n"
     "Site: Shamshernagar Tea Estate, Line No. 7 (labour lines near the factory) | Date: Sun 05-Oct-2025 (3 days "
     "after Durga Puja)\n"
     "Van: Moulvibazar-Chha 11-0417, driver Abdul Kadir | Team: Dr. Tahmina Chowdhury (BMDC A-41827)\n"
     "Contact: 01711-630524 | Log uploaded to DHIS2 from 10.60.14.22 at 17:40\n"
     "# | Name | Age/Sex | Husband/Father | Complaint | Findings | Action\n"
     "1 | Lakshmi Bauri | 24 F | h/o Sundar Bauri | 7 mo pregnant, headache | BP 162/108, urine protein 2+ | severe "
     "pre-eclampsia - MgSO4 loading (Pritchard regimen), referred to Moulvibazar 250 Bed District Hospital in the "
     "van\n"
     "2 | Sonamoni Urang | 3 F | f/o Bikash Urang | fever 3 d | RDT Plasmodium falciparum positive, MUAC 11.2 cm | "
     "Coartem (artemether-lumefantrine) 1 tab bd x 3 d; MAM - RUTF\n"
     "3 | Moni Kurmi | 46 F | h/o Dilip Kurmi | dizziness | Hb 7.8 g/dL, koilonychia | iron-folic acid, deworming "
     "(albendazole 400 mg)\n"
     "4 | Babul Tanti | 61 M | - | known HTN, no meds 2 months | BP 178/104 | amlodipine 5 mg restarted; NCD card\n"
     "5 | Rita Rikiyasan | 19 F | f/o Nogen Rikiyasan | itchy rash | Sarcoptes scabiei burrows, family affected | "
     "permethrin 5% for all in the hut\n"
     "Next visit in one week. NID for #1: 4172 836 901.",
     [("HOSPITAL", ["Kamalganj Upazila Health Complex"]), ("LOCATION", ["Shamshernagar Tea Estate"]),
      ("ADDRESS", ["Line No. 7"]), ("DATE", ["05-Oct-2025"]), ("DATE", ["Durga Puja"]),
      ("PLATE", ["Moulvibazar-Chha 11-0417"]), ("NAME", ["Abdul", "Kadir"]), ("NAME", ["Tahmina", "Chowdhury"]),
      ("LICENCE", ["A-41827"]), ("PHONE", ["01711-630524"]), ("IP", ["10.60.14.22"]), ("NAME", ["Lakshmi", "Bauri"]),
      ("NAME", ["Sundar", "Bauri"]), ("HOSPITAL", ["Moulvibazar 250 Bed District Hospital"]),
      ("NAME", ["Sonamoni", "Urang"]), ("NAME", ["Bikash", "Urang"]), ("NAME", ["Moni", "Kurmi"]),
      ("NAME", ["Dilip", "Kurmi"]), ("NAME", ["Babul", "Tanti"]), ("NAME", ["Rita", "Rikiyasan"]),
      ("NAME", ["Nogen", "Rikiyasan"]), ("ID", ["4172 836 901"])],
     ["BP 162/108", "urine protein 2+", "severe pre-eclampsia", "Pritchard regimen", "Plasmodium falciparum",
      "MUAC 11.2 cm", "Coartem (artemether-lumefantrine)", "Hb 7.8 g/dL", "koilonychia", "albendazole 400 mg",
      "Sarcoptes scabiei", "permethrin 5%"]),

    # 21 - Northern Ireland, Co. Armagh (Craigavon; Portadown): virtual fracture clinic review
    ("SOUTHERN HEALTH AND SOCIAL CARE TRUST - Craigavon Area Hospital, 68 Lurgan Road, Portadown BT63 5QQ\n"
     "VIRTUAL FRACTURE CLINIC - Mon 14 July 2025 (bank hol. Saturday - clinic moved)\n"
     "Consultant: Mr Conor Magennis-Hughes\n"
     "\n"
     "1) McALINDEN, Sonny | 15 M | H&C 341 807 2658 | ED 11/07/25 | school pupil, Lurgan\n"
     "   Inj: inversion, L ankle, Gaelic football. Ottawa ankle rules positive.\n"
     "   XR: Salter-Harris II distal fibula, undisplaced.\n"
     "   Plan: Aircast boot FWB 4/52, phone call to mum (Bronagh McAlinden, 07821 604 318) done 10:40.\n"
     "2) REDMOND, Patrick John 'Paddy' | 58 M | H&C 341 807 2666 | ED 12/07/25 | lorry driver\n"
     "   Inj: fell off the trailer step. Tender base of 5th MT.\n"
     "   XR: Jones fracture (zone 2), not avulsion.\n"
     "   Plan: F2F fracture clinic Thursday - Mr Magennis-Hughes to discuss ORIF vs NWB cast (smoker, diabetic). Fit "
     "note 6/52. Not to drive the artic (reg KIG 7402) in the boot.\n"
     "3) O'HAGAN-TURLEY, Gráinne | 71 F | H&C 368 214 0573 | ED 13/07/25 | from Tandragee\n"
     "   Inj: FOOSH at the Twelfth field. XR: distal radius, Colles' type, dorsal angulation 12 deg.\n"
     "   Plan: MUA declined; backslab then cast 5/52; FRAX and DXA via GP Dr Ciaran Loughran.",
     [("HOSPITAL", ["SOUTHERN HEALTH AND SOCIAL CARE TRUST"]), ("HOSPITAL", ["Craigavon Area Hospital"]),
      ("ADDRESS", ["68 Lurgan Road"]), ("LOCATION", ["Portadown"]), ("POSTCODE", ["BT63 5QQ"]),
      ("DATE", ["14 July 2025"]), ("NAME", ["Conor", "Magennis-Hughes"]), ("NAME", ["McALINDEN", "Sonny"]),
      ("ID", ["341 807 2658"]), ("DATE", ["11/07/25"]), ("LOCATION", ["Lurgan"]), ("NAME", ["Bronagh", "McAlinden"]),
      ("PHONE", ["07821 604 318"]), ("NAME", ["REDMOND", "Patrick John", "Paddy"]), ("ID", ["341 807 2666"]),
      ("DATE", ["12/07/25"]), ("PLATE", ["KIG 7402"]), ("NAME", ["O'HAGAN-TURLEY", "Gráinne"]),
      ("ID", ["368 214 0573"]), ("DATE", ["13/07/25"]), ("LOCATION", ["Tandragee"]), ("DATE", ["the Twelfth"]),
      ("NAME", ["Ciaran", "Loughran"])],
     ["Ottawa ankle rules", "Salter-Harris II", "Aircast boot", "FWB 4/52", "Jones fracture (zone 2)", "ORIF",
      "Fit note 6/52", "Colles' type", "dorsal angulation 12 deg", "FRAX", "cast 5/52"]),

    # 22 - USA, Alaska (Yukon-Kuskokwim Delta; Bethel, Eek): trauma tertiary survey after a snowmachine crash
    ("YUKON-KUSKOKWIM DELTA REGIONAL HOSPITAL | 700 Chief Eddie Hoffman Hwy, Bethel, AK 99559 | 907-543-6000\n"
     "TRAUMA TERTIARY SURVEY (hospital day 2) - 01/27/2026 08:30\n"
     "Pt: NICOLAI, Evon | 19 M | MRN YK-00390651 | AK Medicaid 2741 8390 5 | tribal member (Eek)\n"
     "Mech: snowmachine vs pressure ridge on the Kuskokwim river trail between Eek and Napakiak, ~40 mph, thrown, no "
     "helmet. Found by a cousin, brought to Bethel by sled behind another machine (2.5 h), then from the landing by "
     "BFD ambulance.\n"
     "Primary/secondary (01/26): GCS 14 (E4V4M6), HR 124, BP 98/60, FAST positive LUQ -> CT: grade III splenic "
     "laceration, L 9-11 rib fx, L2 Chance fracture, handlebar sign LUQ. TXA 1 g given. Transfused 2 u PRBC. ISS 29.\n"
     "Tertiary findings today: new R 5th MCP tenderness -> XR boxer's fracture (missed injury). L knee effusion, "
     "Lachman 2+. C-spine cleared per Canadian C-spine rule + CT.\n"
     "Plan: remains for ANMC Anchorage transfer once weather allows (TLSO brace on), Denver criteria negative for "
     "BCVI, LMWH at 48 h if Hb stable, ortho hand for buddy strapping.\n"
     "Mom Agnes Nicolai-Kasayulie at bedside (cell 907-545-2093; also on Messenger as agnes.kasayulie.907); dad is "
     "out at fish camp (VHF).\n"
     "Snowmachine reg AK SN 41827 impounded by the VPSO.\n"
     "Noelani Brightman-Yazzie, MD, General Surgery | NPI 1357208465 | DEA BK4829163",
     [("HOSPITAL", ["YUKON-KUSKOKWIM DELTA REGIONAL HOSPITAL"]), ("ADDRESS", ["700 Chief Eddie Hoffman Hwy"]),
      ("LOCATION", ["Bethel"]), ("POSTCODE", ["99559"]), ("PHONE", ["907-543-6000"]), ("DATE", ["01/27/2026"]),
      ("NAME", ["NICOLAI", "Evon"]), ("MRN", ["YK-00390651"]), ("ID", ["2741 8390 5"]), ("LOCATION", ["Eek"]),
      ("LOCATION", ["Napakiak"]), ("LOCATION", ["Kuskokwim"]), ("DATE", ["01/26"]), ("HOSPITAL", ["ANMC"]),
      ("LOCATION", ["Anchorage"]), ("NAME", ["Agnes", "Nicolai-Kasayulie"]), ("PHONE", ["907-545-2093"]),
      ("PLATE", ["AK SN 41827"]), ("NAME", ["Noelani", "Brightman-Yazzie"]), ("ID", ["1357208465"]),
      ("LICENCE", ["BK4829163"]), ("HANDLE", ["agnes.kasayulie.907"])],
     ["GCS 14 (E4V4M6)", "FAST positive LUQ", "grade III splenic laceration", "L2 Chance fracture", "handlebar sign",
      "TXA 1 g", "ISS 29", "boxer's fracture", "Lachman 2+", "Canadian C-spine rule", "TLSO brace",
      "Denver criteria negative"]),

    # 23 - Italy, Trentino (Trento; Val di Fassa): ICU daily review, avalanche burial, hypothermia (Italian)
    ("AZIENDA PROVINCIALE PER I SERVIZI SANITARI - Ospedale Santa Chiara, Largo Medaglie d'Oro 9, 38122 Trento\n"
     "U.O. Anestesia e Rianimazione 1 - tel. 0461 903111 int. 3427\n"
     "DIARIO CLINICO - visita del mattino, 27 dicembre 2025 (giornata 2)\n"
     "Paziente: DALPIAZ Marco, nato a Trento il 12/06/1981, C.F. DLPMRC81H12L378A, letto 4\n"
     "Residente in via Dolomiti 22, 38032 Canazei. Maestro di sci.\n"
     "Anamnesi: sepolto da valanga il giorno di Santo Stefano durante una gita scialpinistica in alta quota; "
     "disseppellito dopo 55 min dai compagni e dal Soccorso Alpino della Val di Fassa (elicottero da Trento). "
     "Temperatura esofagea 24,1 °C, arresto cardiaco (FV) in volo: stadio HT IV (Swiss staging). Potassio 4,2 mmol/L "
     "all'arrivo; HOPE score 38% -> riscaldamento in ECMO VA.\n"
     "Oggi: T 36,8 °C, ECMO svezzato ieri alle 18:00. Noradrenalina 0,12 mcg/kg/min. Lattati 1,9 mmol/L (da 6,1). "
     "Sedazione con propofol e remifentanil, RASS -3. Pupille isocoriche reagenti. TC encefalo negativa. Creatinina "
     "1,6 mg/dl, CK 4.210 U/L - rabdomiolisi. Bair Hugger sospeso.\n"
     "Piano: finestra di sedazione alle 14:00, valutazione neurologica (NSE a 48 h), EEG. Profilassi con "
     "enoxaparina.\n"
     "Colloquio con la compagna, Giulia Bortolotti (C.F. BRTGLI84C55C794C, cell. 347 418 2960), e con il padre Renzo "
     "che arriva da Moena. Chiedono se potrà essere a casa per la Befana: prognosi riservata.\n"
     "Dott.ssa Elisa Zanoni-Pedrotti, anestesista | firma digitale | Iscr. Ordine dei Medici di Trento n. 4521",
     [("HOSPITAL", ["Ospedale Santa Chiara"]), ("ADDRESS", ["Largo Medaglie d'Oro 9"]), ("POSTCODE", ["38122"]),
      ("LOCATION", ["Trento"]), ("PHONE", ["0461 903111", "3427"]), ("DATE", ["27 dicembre 2025"]),
      ("NAME", ["DALPIAZ", "Marco"]), ("DATE", ["12/06/1981"]), ("ID", ["DLPMRC81H12L378A"]),
      ("ADDRESS", ["via Dolomiti 22"]), ("POSTCODE", ["38032"]), ("LOCATION", ["Canazei"]), ("DATE", ["Santo Stefano"]),
      ("LOCATION", ["Val di Fassa"]), ("NAME", ["Giulia", "Bortolotti"]), ("ID", ["BRTGLI84C55C794C"]),
      ("PHONE", ["347 418 2960"]), ("NAME", ["Renzo"]), ("LOCATION", ["Moena"]), ("DATE", ["Befana"]),
      ("NAME", ["Elisa", "Zanoni-Pedrotti"]), ("LICENCE", ["4521"])],
     ["Temperatura esofagea 24,1 °C", "stadio HT IV (Swiss staging)", "Potassio 4,2 mmol/L", "HOPE score 38%",
      "ECMO VA", "Noradrenalina 0,12 mcg/kg/min", "Lattati 1,9 mmol/L", "RASS -3", "Bair Hugger", "Soccorso Alpino",
      "NSE a 48 h"]),

    # 24 - Greece, Chios (Kardamyla): palliative home visit by a health centre doctor, patient aged 96 (Greek)
    ("ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΡΔΑΜΥΛΩΝ - Κατ' οίκον επίσκεψη | 82300 Καρδάμυλα Χίου | τηλ. 22720 23 217\n"
     "Ημερομηνία: Δευτέρα 2 Φεβρουαρίου 2026, 11:30\n"
     "Ασθενής: Ειρήνη Μαυρογιάννη-Λαδά, χήρα του Στυλιανού, 96 ετών, γεν. 07/11/1929, ΑΜΚΑ 07112900415\n"
     "Διεύθυνση: Μάρμαρο Καρδαμύλων, οδός Ναυάρχου Κουντουριώτη 14 (πάνω από το καφενείο «Ο Φάρος»)\n"
     "Φροντίζουσα: κόρη Δέσποινα Λαδά (κιν. 694 725 1803)· εγγονός Μιχάλης, ναυτικός.\n"
     "Ιστορικό: καρκίνος μαστού αριστερά (μαστεκτομή το 1987 στο Σκυλίτσειο Γενικό Νοσοκομείο Χίου), υποτροπή με "
     "οστικές μεταστάσεις από τον Αύγουστο του 2025· ΧΑΠ. Από τα Χριστούγεννα κατάκοιτη.\n"
     "Σήμερα: PPS 30%. ESAS: πόνος 6/10 (οσφύς), δύσπνοια 4/10, κόπωση 8/10. Λεμφοίδημα αριστερού άνω άκρου. "
     "Κατακλίσεις: ιερό οστό σταδίου ΙΙ. Norton 9, Braden 11.\n"
     "Αγωγή: μορφίνη από του στόματος 2,5 mg ανά 4ωρο + 2,5 mg επί πόνου (Oramorph), Buscopan για τους σιαλορροϊκούς "
     "ήχους αν χρειαστεί, λακτουλόζη. Στρώμα εναλλασσόμενης πίεσης (σειριακός αρ. AP-7731482).\n"
     "Η ίδια: «θέλω να πεθάνω στο σπίτι μου, όπου γεννήθηκα». Επιθυμεί να δει τον εγγονό που γυρίζει τον Μάρτιο, και "
     "τον Νοέμβριο θα κλείσει τα 97. Συζήτηση για μη ανάνηψη - σύμφωνη η οικογένεια.\n"
     "Επόμενη επίσκεψη Πέμπτη 5/2. Ο ιερέας της ενορίας ενημερώθηκε.\n"
     "Ιατρός: Κωνσταντίνος Φραγκούλης-Μαλαφής, Γενικός Ιατρός",
     [("HOSPITAL", ["ΚΕΝΤΡΟ ΥΓΕΙΑΣ ΚΑΡΔΑΜΥΛΩΝ"]), ("POSTCODE", ["82300"]), ("LOCATION", ["Καρδάμυλα"]),
      ("LOCATION", ["Χίου"]), ("PHONE", ["22720 23 217"]), ("DATE", ["2 Φεβρουαρίου 2026"]),
      ("NAME", ["Ειρήνη", "Μαυρογιάννη-Λαδά"]), ("NAME", ["Στυλιανού"]), ("AGE", ["96 ετών"]), ("DATE", ["07/11/1929"]),
      ("ID", ["07112900415"]), ("LOCATION", ["Μάρμαρο Καρδαμύλων"]), ("ADDRESS", ["Ναυάρχου Κουντουριώτη 14"]),
      ("LOCATION", ["Ο Φάρος"]), ("NAME", ["Δέσποινα", "Λαδά"]), ("PHONE", ["694 725 1803"]), ("NAME", ["Μιχάλης"]),
      ("DATE", ["1987"]), ("HOSPITAL", ["Σκυλίτσειο Γενικό Νοσοκομείο Χίου"]), ("DATE", ["Αύγουστο του 2025"]),
      ("DATE", ["Χριστούγεννα"]), ("SERIAL", ["AP-7731482"]), ("DATE", ["Μάρτιο"]), ("DATE", ["Νοέμβριο"]),
      ("AGE", ["97"]), ("DATE", ["5/2"]), ("NAME", ["Κωνσταντίνος", "Φραγκούλης-Μαλαφής"])],
     ["καρκίνος μαστού", "οστικές μεταστάσεις", "ΧΑΠ", "PPS 30%", "πόνος 6/10", "δύσπνοια 4/10", "κόπωση 8/10",
      "Norton 9", "Braden 11", "μορφίνη από του στόματος 2,5 mg", "Oramorph", "Buscopan"]),

    # 25 - Namibia (Windhoek; Walvis Bay): medical certificate for a work and residence permit application
    ("REPUBLIC OF NAMIBIA - MINISTRY OF HOME AFFAIRS, IMMIGRATION, SAFETY AND SECURITY\n"
     "MEDICAL CERTIFICATE (to accompany an application for an employment permit)\n"
     "Examining practice: Eros Family Practice, Shop 3, Eros Route Centre, Sam Nujoma Drive, Klein Windhoek | Tel "
     "+264 61 224 817 | Fax +264 61 224 819\n"
     "Date of examination: 03 March 2026 | Practice ref. EFP/IMM/26/058\n"
     "Applicant: Mr. Chanda MULENGA-KAPWEPWE | Nationality: Zambian | DOB 22.09.1988 | Passport ZN0627315 (issued "
     "Lusaka)\n"
     "Intended employer: Namib Desert Salt Works (Pty) Ltd, Walvis Bay - process engineer\n"
     "Address in Namibia: Erf 2271, 13th Road, Kuisebmond, Walvis Bay | +264 81 418 2037 | "
     "chanda.mk@salt-works.example.na\n"
     "Identity verified against passport photo.\n"
     "History: treated for pulmonary TB in 2014 (completed, cured). No chronic medication.\n"
     "Examination: BMI 27.4, BP 128/82. Visual acuity Snellen 6/6 R, 6/9 L uncorrected; Ishihara 17/17. Hearing "
     "normal (whisper test). Heart sounds normal, no murmur. No lymphadenopathy.\n"
     "Chest X-ray (Walvis Bay Radiology, 02/03/2026): old calcified granuloma R apex, no active TB.\n"
     "HIV test with pre- and post-test counselling: negative. RPR non-reactive. HBsAg negative.\n"
     "I certify that the applicant is free from any infectious disease that is a danger to public health and is "
     "medically fit for the proposed employment.\n"
     "Dr. Petrus Shikongo-Hamutenya, MB ChB | HPCNA MP 04182 | practice stamp",
     [("HOSPITAL", ["Eros Family Practice"]), ("ADDRESS", ["Shop 3, Eros Route Centre, Sam Nujoma Drive"]),
      ("LOCATION", ["Klein Windhoek"]), ("PHONE", ["+264 61 224 817"]), ("PHONE", ["+264 61 224 819"]),
      ("DATE", ["03 March 2026"]), ("ID", ["EFP/IMM/26/058"]), ("NAME", ["Chanda", "MULENGA-KAPWEPWE"]),
      ("DATE", ["22.09.1988"]), ("ID", ["ZN0627315"]), ("LOCATION", ["Lusaka"]),
      ("LOCATION", ["Namib Desert Salt Works"]), ("LOCATION", ["Walvis Bay"]), ("ADDRESS", ["Erf 2271, 13th Road"]),
      ("LOCATION", ["Kuisebmond"]), ("PHONE", ["+264 81 418 2037"]), ("EMAIL", ["chanda.mk@salt-works.example.na"]),
      ("HOSPITAL", ["Walvis Bay Radiology"]), ("DATE", ["02/03/2026"]), ("NAME", ["Petrus", "Shikongo-Hamutenya"]),
      ("LICENCE", ["MP 04182"])],
     ["pulmonary TB", "BMI 27.4", "BP 128/82", "Snellen 6/6 R, 6/9 L", "Ishihara 17/17", "whisper test",
      "calcified granuloma", "no active TB", "RPR non-reactive", "HBsAg negative"]),

    # 26 - USA, Hawaii (Hilo; Puna district): infectious diseases inpatient consult, rat lungworm disease
    ("HILO MEDICAL CENTER - Infectious Diseases Consult | 1190 Waianuenue Ave, Hilo, HI 96720 | (808) 932-3000\n"
     "Date of consult: 8/4/25 | Requesting: Dr. Keoni Kahananui (hospitalist) | Acct 41-8827305\n"
     "Pt: Leilani Ferreira-Kealoha, 34 y/o F, DOB 5/16/1991, HMSA member ID XHM905716284\n"
     "Lives off-grid on a catchment-water farm in Volcano (11-3948 Pikake St) with partner Makana and two keiki; "
     "works as a barista at Lava Rock Cafe in Volcano Village.\n"
     "HPI: 10 d of severe headache, burning skin pain both legs, neck stiffness. Eats lettuce and kale from her own "
     "garden, often unwashed; saw semi-slugs on the lettuce in July.\n"
     "Exam: T 37.9, alert, Kernig and Brudzinski negative, hyperaesthesia L4-S1 both legs, no focal weakness.\n"
     "LP (8/2): opening pressure 32 cm H2O, WBC 610/uL with 28% eosinophils, protein 98 mg/dL, glucose normal. Blood "
     "eos 1,240/uL.\n"
     "CSF real-time PCR (Angiostrongylus cantonensis) sent to Hawaii State Lab 8/2 - POSITIVE.\n"
     "Imp: eosinophilic meningitis due to rat lungworm (Angiostrongylus cantonensis).\n"
     "Rec: prednisone 60 mg daily x 14 d with taper; albendazole 15 mg/kg/day x 14 d (per Hawaii 2018 clinical "
     "guidelines); therapeutic LP for headache; gabapentin for neuropathic pain. Report to DOH Disease Investigation "
     "Branch (case # HI-DIB-2025-0388). Advise rainwater catchment cover + wash produce.\n"
     "Will follow. Pager 808-418-2260.\n"
     "Ana-Lucia Domingo, MD, Infectious Diseases | NPI 1183756208",
     [("HOSPITAL", ["HILO MEDICAL CENTER"]), ("ADDRESS", ["1190 Waianuenue Ave"]), ("LOCATION", ["Hilo"]),
      ("POSTCODE", ["96720"]), ("PHONE", ["(808) 932-3000"]), ("DATE", ["8/4/25"]), ("NAME", ["Keoni", "Kahananui"]),
      ("ID", ["41-8827305"]), ("NAME", ["Leilani", "Ferreira-Kealoha"]), ("DATE", ["5/16/1991"]),
      ("ID", ["XHM905716284"]), ("LOCATION", ["Volcano"]), ("ADDRESS", ["11-3948 Pikake St"]), ("NAME", ["Makana"]),
      ("LOCATION", ["Lava Rock Cafe"]), ("LOCATION", ["Volcano Village"]), ("DATE", ["July"]), ("DATE", ["8/2"]),
      ("ID", ["HI-DIB-2025-0388"]), ("PHONE", ["808-418-2260"]), ("NAME", ["Ana-Lucia", "Domingo"]),
      ("ID", ["1183756208"])],
     ["Kernig and Brudzinski negative", "hyperaesthesia L4-S1", "opening pressure 32 cm H2O",
      "WBC 610/uL with 28% eosinophils", "Angiostrongylus cantonensis", "eosinophilic meningitis", "rat lungworm",
      "prednisone 60 mg daily", "albendazole 15 mg/kg/day", "Hawaii 2018 clinical guidelines", "Will follow."]),

    # 27 - China, Sichuan (Chengdu; Panzhihua): occupational health examination, pneumoconiosis (simplified)
    ("四川省职业病防治院　职业健康检查结论书\n"
     "地址：成都市锦江区东大街下东大街段88号　咨询电话：028-8629 4117\n"
     "体检编号：ZJ-2025-118274　体检类别：在岗期间（接尘作业）　体检日期：2025年11月18日\n"
     "受检者：罗德彬　男　53岁　身份证号：510422197209041332\n"
     "户籍地址：四川省攀枝花市盐边县红格镇新民村四组27号\n"
     "用人单位：攀西钒钛矿业有限公司（井下凿岩工，接尘工龄21年）\n"
     "职业史：2004年起在井下从事凿岩作业，干式凿岩多年，防尘口罩佩戴不规范。\n"
     "症状：活动后气短2年，每年春节后咳嗽加重。\n"
     "检查：高千伏胸片示双肺弥漫小阴影，总体密集度2级，分布范围4个肺区，可见小阴影聚集。肺功能：FEV1/FVC 62%，FEV1 占预计值58%，中度阻塞性通气功能障碍。T-SPOT.TB阴性。\n"
     "结论：依据《职业性尘肺病的诊断》（GBZ 70-2015），诊断为矽肺贰期（尘肺病贰期）。建议调离接尘作业，纳入职业病患者管理，申请工伤认定。\n"
     "告知：已当面告知本人及其妻子何秀英（电话 152 8121 0934）。清明节前复查。\n"
     "主检医师：蒋文博（执业证书编号 110510000287419）　审核：谭静",
     [("HOSPITAL", ["四川省职业病防治院"]), ("LOCATION", ["成都市"]), ("LOCATION", ["锦江区"]), ("ADDRESS", ["东大街下东大街段88号"]),
      ("PHONE", ["028-8629 4117"]), ("ID", ["ZJ-2025-118274"]), ("DATE", ["2025年11月18日"]), ("NAME", ["罗德彬"]),
      ("ID", ["510422197209041332"]), ("LOCATION", ["攀枝花市"]), ("LOCATION", ["盐边县"]), ("LOCATION", ["红格镇"]),
      ("LOCATION", ["新民村"]), ("ADDRESS", ["四组27号"]), ("LOCATION", ["攀西钒钛矿业有限公司"]), ("DATE", ["春节"]), ("NAME", ["何秀英"]),
      ("PHONE", ["152 8121 0934"]), ("DATE", ["清明节"]), ("NAME", ["蒋文博"]), ("LICENCE", ["110510000287419"]),
      ("NAME", ["谭静"])],
     ["接尘工龄21年", "活动后气短2年", "高千伏胸片", "总体密集度2级", "FEV1/FVC 62%", "中度阻塞性通气功能障碍", "T-SPOT.TB阴性", "GBZ 70-2015", "矽肺贰期",
      "尘肺病贰期"]),

    # 28 - Jersey, Channel Islands (St Helier; Trinity): school nurse individual healthcare plan, peanut anaphylaxis
    ("HEALTH AND COMMUNITY SERVICES - School Nursing Team, Le Bas Centre, St Saviour's Road, St Helier JE2 4RP\n"
     "Tel 01534 443 763 | schoolnursing@health.example.je\n"
     "INDIVIDUAL HEALTHCARE PLAN - ANAPHYLAXIS (reviewed after an event at school)\n"
     "Pupil: Poppy LE CORNU-VIBERT | DOB 03/05/2016 | Year 5, Trinity School, Trinity JE3 5JF\n"
     "Social security no. JY 57 20 94 C | GP: Dr Anouska Falle, Le Rocquier Surgery\n"
     "Parents: Mr Jack Vibert (07797 418 260) and Ms Daisy Le Cornu (07700 318 402).\n"
     "Event (last Thursday): ate a classmate's cereal bar on a school trip; hives, lip swelling, cough and wheeze "
     "within 10 min. A teaching assistant gave EpiPen 0.3 mg into L thigh at 11:52; ambulance to ED; second dose not "
     "needed. Discharged same evening.\n"
     "Allergy: peanut (Ara h 2 sIgE 14.2 kUA/L) and tree nuts; asthma on Clenil Modulite 100 mcg bd + salbutamol.\n"
     "Plan (BSACI 2021 allergy action plan, red): 2 adrenaline auto-injectors (Jext 300 micrograms - EpiPen "
     "discontinued at the pharmacy) in the red bag with her at all times incl. PE and swimming; cetirizine 5 mg for "
     "mild symptoms; if any of A-B-C -> inject, call 999, lie flat, second dose at 5 min.\n"
     "Pens: Jext lot 2417826, expiry 08/2026 - school office checks monthly.\n"
     "11 staff trained. Review at start of Year 6 or after any reaction. Liberation Day trip form to carry the plan.\n"
     "Signed: Bethany Pallot, Specialist Community Public Health Nurse (School) | NMC 14J0827E",
     [("HOSPITAL", ["Le Bas Centre"]), ("ADDRESS", ["St Saviour's Road"]), ("LOCATION", ["St Helier"]),
      ("POSTCODE", ["JE2 4RP"]), ("PHONE", ["01534 443 763"]), ("EMAIL", ["schoolnursing@health.example.je"]),
      ("NAME", ["Poppy", "LE CORNU-VIBERT"]), ("DATE", ["03/05/2016"]), ("LOCATION", ["Trinity School"]),
      ("LOCATION", ["Trinity"]), ("POSTCODE", ["JE3 5JF"]), ("ID", ["JY 57 20 94 C"]), ("NAME", ["Anouska", "Falle"]),
      ("HOSPITAL", ["Le Rocquier Surgery"]), ("NAME", ["Jack", "Vibert"]), ("PHONE", ["07797 418 260"]),
      ("NAME", ["Daisy", "Le Cornu"]), ("PHONE", ["07700 318 402"]), ("SERIAL", ["2417826"]),
      ("DATE", ["Liberation Day"]), ("NAME", ["Bethany", "Pallot"]), ("LICENCE", ["14J0827E"])],
     ["EpiPen 0.3 mg", "Ara h 2 sIgE 14.2 kUA/L", "Clenil Modulite 100 mcg bd", "salbutamol",
      "BSACI 2021 allergy action plan", "Jext 300 micrograms", "cetirizine 5 mg", "A-B-C", "call 999",
      "second dose at 5 min"]),

    # 29 - Belize (Belize City; Belize District, More Tomorrow): HIV clinic antiretroviral therapy review
    ("KARL HEUSNER MEMORIAL HOSPITAL AUTHORITY - Comprehensive Care Clinic (HIV)\n"
     "Princess Margaret Drive, Belize City | Tel 501-223-1548\n"
     "ART FOLLOW-UP VISIT | 20-Nov-2025 (day after Garifuna Settlement Day) | Clinic ID KHMH-CCC-00417\n"
     "Client: Faith ARZU-CASTILLO | 31 F | DOB 07/08/1994 | SSB No. 000729814\n"
     "Address: Mile 14 Western Highway, More Tomorrow Village, Belize District | cell 501-614-2093 | WhatsApp same\n"
     "Partner: Junior Castillo (status disclosed, tested negative 06/2025, on PrEP at Matron Roberts Health Centre). "
     "Daughter Charity 9 (negative). Works at a call centre.\n"
     "Dx HIV-1 Sept 2021 (CD4 142 at dx; Pneumocystis jirovecii pneumonia then). Now on TLD "
     "(tenofovir/lamivudine/dolutegravir) 1 tab nocte since switch 2022.\n"
     "Today: well, adherence 100% by pill count (29/30), no missed doses; weight 68 kg (+2).\n"
     "Labs last week: viral load <50 copies/mL (undetectable = untransmittable explained again); CD4 388 cells/mm3; "
     "creatinine 0.8 mg/dL; HBsAg negative; Toxoplasma IgG positive; Pap smear: LSIL -> colposcopy booked.\n"
     "Plan: continue TLD, 3-month multi-month dispensing; stop cotrimoxazole (Bactrim) as CD4 >350 and VL suppressed; "
     "VIA/colposcopy at OPD 3rd Dec.\n"
     "Clinician: Dr. Rodolfo Pech-Tzul (MDC Belize reg. 0841)",
     [("HOSPITAL", ["KARL HEUSNER MEMORIAL HOSPITAL AUTHORITY"]), ("ADDRESS", ["Princess Margaret Drive"]),
      ("LOCATION", ["Belize City"]), ("PHONE", ["501-223-1548"]), ("DATE", ["20-Nov-2025"]),
      ("DATE", ["Garifuna Settlement Day"]), ("MRN", ["KHMH-CCC-00417"]), ("NAME", ["Faith", "ARZU-CASTILLO"]),
      ("DATE", ["07/08/1994"]), ("ID", ["000729814"]), ("ADDRESS", ["Mile 14 Western Highway"]),
      ("LOCATION", ["More Tomorrow Village"]), ("LOCATION", ["Belize District"]), ("PHONE", ["501-614-2093"]),
      ("NAME", ["Junior", "Castillo"]), ("DATE", ["06/2025"]), ("HOSPITAL", ["Matron Roberts Health Centre"]),
      ("NAME", ["Charity"]), ("DATE", ["Sept 2021"]), ("DATE", ["3rd Dec"]), ("NAME", ["Rodolfo", "Pech-Tzul"]),
      ("LICENCE", ["0841"])],
     ["CD4 142", "Pneumocystis jirovecii pneumonia", "TLD (tenofovir/lamivudine/dolutegravir)",
      "adherence 100% by pill count (29/30)", "viral load <50 copies/mL", "CD4 388 cells/mm3", "creatinine 0.8 mg/dL",
      "Toxoplasma IgG positive", "LSIL", "cotrimoxazole (Bactrim)", "VIA/colposcopy"]),

    # 30 - Botswana (Gaborone; Kgatleng District, Mochudi): nutrition rehabilitation unit admission, kwashiorkor
    ("PRINCESS MARINA HOSPITAL - Paediatric Ward 9 / Nutrition Rehabilitation Unit\n"
     "Private Bag 258, Gaborone | Tel 362 1400 | Ward ext. 1427\n"
     "ADMISSION NOTE - 30/06/2025, 14:10 (eve of Sir Seretse Khama Day)\n"
     "Child: Kagiso MOSWEU | M | 22 months | DOB 28.08.2023 | Omang (mother) 418217305 | Hosp. no. PMH-25-61734\n"
     "Mother: Boitumelo Mosweu, 19, unemployed; lives at her mother's compound, Ward Phuthadikobo, Mochudi, near the "
     "Mochudi Kgotla. Cell 71 418 260. Granny Mma Lorato Mosweu looks after the child while mum does piece jobs at a "
     "cattle post.\n"
     "Referred from: Mochudi Deborah Retief Memorial Hospital, by Nurse Gofaone Kebonang.\n"
     "Hx: 3 wks swelling of feet then face; diet mostly soft maize porridge (bogobe) with tea; diarrhoea 5 days. "
     "Weaned abruptly at 18 months when a sibling was expected.\n"
     "Exam: bilateral pitting oedema ++ (feet, legs, hands), flaky-paint dermatosis on thighs, sparse pale hair, "
     "apathetic. Wt 8.9 kg, length 80 cm, WHZ -3.2 (oedematous SAM), MUAC 10.8 cm. Temp 35.9 - hypothermia risk. "
     "Hypoglycaemia: RBS 3.1 mmol/L.\n"
     "Stool: Giardia lamblia cysts. HIV PCR negative (infant), mum's HIV test negative today.\n"
     "Plan (WHO 10 steps): warm (kangaroo with mum), F-75 130 mL/kg/day in 8 feeds, ReSoMal only if dehydrated, "
     "amoxicillin, metronidazole for giardiasis, vitamin A day 1, 2, 14; no iron until on F-100; then RUTF "
     "(Plumpy'Nut) for outpatient phase. Social worker Mma Kelebogile Seretse to assess.\n"
     "Dr. Tshepo Molefhe-Kgosidintsi, Paediatric Registrar | BHPC 04172",
     [("HOSPITAL", ["PRINCESS MARINA HOSPITAL"]), ("ADDRESS", ["Private Bag 258"]), ("LOCATION", ["Gaborone"]),
      ("PHONE", ["362 1400", "1427"]), ("DATE", ["30/06/2025"]), ("DATE", ["Sir Seretse Khama Day"]),
      ("NAME", ["Kagiso", "MOSWEU"]), ("DATE", ["28.08.2023"]), ("ID", ["418217305"]), ("MRN", ["PMH-25-61734"]),
      ("NAME", ["Boitumelo", "Mosweu"]), ("LOCATION", ["Ward Phuthadikobo"]), ("LOCATION", ["Mochudi"]),
      ("LOCATION", ["Mochudi Kgotla"]), ("PHONE", ["71 418 260"]), ("NAME", ["Lorato", "Mosweu"]),
      ("HOSPITAL", ["Deborah Retief Memorial Hospital"]), ("NAME", ["Gofaone", "Kebonang"]),
      ("NAME", ["Kelebogile", "Seretse"]), ("NAME", ["Tshepo", "Molefhe-Kgosidintsi"]), ("LICENCE", ["04172"])],
     ["pitting oedema ++", "flaky-paint dermatosis", "WHZ -3.2", "MUAC 10.8 cm", "RBS 3.1 mmol/L", "Giardia lamblia",
      "HIV PCR negative", "F-75 130 mL/kg/day", "ReSoMal", "F-100", "Plumpy'Nut"]),

    # 31 - Vanuatu, Tafea Province (Tanna; Lenakel): emergency medical team field hospital log after a cyclone
    ("EMT FIELD HOSPITAL (WHO EMT Type 2) - Lenakel, Tanna | co-located with Lenakel Hospital\n"
     "PATIENT LOG - DAY 3 | Sat 15/03/2025 | sat terminal 100.84.17.203\n"
     "Team lead: Dr. Siosaia Havili | Log: enter initials + time\n"
     "07:05 | EMT-0412 | Iaukan NAKO, 40 M, Imaki village | L leg laceration 12 cm from roofing iron, 3 days old, "
     "purulent | washout + delayed primary closure; tetanus immune globulin + Td; amoxicillin-clavulanate | M.T.\n"
     "07:40 | EMT-0413 | Nelly KALTAPAS, 6 F, Lowkatai | fever, RDT negative, ear discharge | acute otitis media with "
     "perforation, amoxicillin | M.T.\n"
     "08:15 | EMT-0414 | Willie Nasse, 67 M, Isangel | chest pain, known HTN, no meds since storm | ECG: no STEMI, "
     "troponin POC negative; BP 184/102 -> amlodipine | S.H.\n"
     "09:30 | EMT-0415 | Serah Yapa, 24 F, G3P2 at 38+2 weeks, Lamlu | contractions - transferred to Lenakel Hospital "
     "maternity (midwife informed) | M.T.\n"
     "11:00 | EMT-0416 | Kalo Nakou, 11 M, east coast | fall from breadfruit tree, R forearm deformity | closed "
     "both-bone forearm fracture, MUA under ketamine, above-elbow backslab | S.H.\n"
     "12:20 | Water: chlorination 0.5 mg/L free chlorine at the market tank. Diarrhoea cases today 7 (EWARS).\n"
     "16:00 | Medevac request for EMT-0414 declined by the capital (stable). Boat MV Tanna Star due Monday with "
     "oxygen cylinders.\n"
     "Signed off: S.H. / M.T.",
     [("LOCATION", ["Lenakel"]), ("LOCATION", ["Tanna"]), ("HOSPITAL", ["Lenakel Hospital"]), ("DATE", ["15/03/2025"]),
      ("IP", ["100.84.17.203"]), ("NAME", ["Siosaia", "Havili"]), ("MRN", ["EMT-0412"]), ("NAME", ["Iaukan", "NAKO"]),
      ("LOCATION", ["Imaki"]), ("NAME", ["M.T."]), ("MRN", ["EMT-0413"]), ("NAME", ["Nelly", "KALTAPAS"]),
      ("LOCATION", ["Lowkatai"]), ("MRN", ["EMT-0414"]), ("NAME", ["Willie", "Nasse"]), ("LOCATION", ["Isangel"]),
      ("NAME", ["S.H."]), ("MRN", ["EMT-0415"]), ("NAME", ["Serah", "Yapa"]), ("LOCATION", ["Lamlu"]),
      ("MRN", ["EMT-0416"]), ("NAME", ["Kalo", "Nakou"]), ("LOCATION", ["MV Tanna Star"])],
     ["WHO EMT Type 2", "tetanus immune globulin", "amoxicillin-clavulanate", "RDT negative", "no STEMI",
      "troponin POC negative", "BP 184/102", "38+2 weeks", "G3P2", "both-bone forearm fracture",
      "0.5 mg/L free chlorine", "EWARS"]),

    # 32 - Cook Islands (Rarotonga; Aitutaki): overseas medical referral to New Zealand, tetralogy of Fallot
    ("TE MARAE ORA - COOK ISLANDS MINISTRY OF HEALTH | Rarotonga Hospital, Avarua | ph (682) 22 664\n"
     "OVERSEAS MEDICAL REFERRAL - Referral Committee meeting 22/10/25, item 4 | TMO ref. OMR-2025-047\n"
     "To: Paediatric Cardiology, Starship Children's Health, Park Road, Auckland 1023\n"
     "Patient: Tuaine MARSTERS-TEARIKI | M | DOB 14.02.2024 (20 months) | NZ passport LM730582\n"
     "Home: Arutanga, Aitutaki. Mother Ngatokorua Teariki, 23 (phone (682) 31 482, Facebook Messenger 'Nga Teariki "
     "Aitu'); father Teina Marsters fishes for a living.\n"
     "History: murmur at birth on Aitutaki - no echo there. Flown to Rarotonga at 6 weeks: echo by visiting "
     "cardiologist showed tetralogy of Fallot, moderate RVOT obstruction, large VSD, confluent branch PAs.\n"
     "Now: 3 tet spells in the last month (squats, goes blue when crying); SpO2 82% RA at rest, Hb 18.4 g/dL, Hct "
     "56%. Weight 9.1 kg (<3rd centile). CXR: boot-shaped heart (coeur en sabot). Propranolol 1 mg/kg tds started "
     "last week. Knee-chest position taught.\n"
     "Request: complete repair (or modified Blalock-Taussig shunt if anatomy unsuitable), semi-urgent.\n"
     "Escort: mother. Flights: Air Rarotonga from Aitutaki, then Air NZ NZ 941 on 4/11 - NZ MoH Overseas Treatment "
     "Unit to confirm accommodation.\n"
     "Referring: Dr Tangi Ngametua-Pera, Paediatrician | MCNZ 41827 | tngametua@health.example.gov.ck",
     [("HOSPITAL", ["Rarotonga Hospital"]), ("LOCATION", ["Avarua"]), ("PHONE", ["(682) 22 664"]),
      ("DATE", ["22/10/25"]), ("ID", ["OMR-2025-047"]), ("HOSPITAL", ["Starship Children's Health"]),
      ("ADDRESS", ["Park Road"]), ("LOCATION", ["Auckland"]), ("POSTCODE", ["1023"]),
      ("NAME", ["Tuaine", "MARSTERS-TEARIKI"]), ("DATE", ["14.02.2024"]), ("ID", ["LM730582"]),
      ("LOCATION", ["Arutanga"]), ("LOCATION", ["Aitutaki"]), ("NAME", ["Ngatokorua", "Teariki"]),
      ("PHONE", ["(682) 31 482"]), ("HANDLE", ["Nga Teariki Aitu"]), ("NAME", ["Teina", "Marsters"]),
      ("LOCATION", ["Rarotonga"]), ("DATE", ["4/11"]), ("NAME", ["Tangi", "Ngametua-Pera"]), ("LICENCE", ["41827"]),
      ("EMAIL", ["tngametua@health.example.gov.ck"])],
     ["tetralogy of Fallot", "RVOT obstruction", "large VSD", "tet spells", "SpO2 82% RA", "Hb 18.4 g/dL",
      "boot-shaped heart (coeur en sabot)", "Propranolol 1 mg/kg tds", "Knee-chest position",
      "modified Blalock-Taussig shunt"]),

    # 33 - Canada, Nova Scotia (Cape Breton: Sydney, Glace Bay): hospice admission note, patient aged 91
    ("HARBOURVIEW HOSPICE - Cape Breton | 31 Welton St, Sydney NS B1P 5S4 | tel 902-567-8150\n"
     "ADMISSION NOTE - Tues., Jan. 13, 2026, 15:20\n"
     "Angus Rory MacNEIL, age 91 | b. June 4, 1934, Glace Bay | NS HCN 0041 827 305\n"
     "From: Cape Breton Regional Hospital, 4 South, after a Boxing Day fall at home, then not eating.\n"
     "Dx: metastatic prostate cancer (dx 2019, castrate-resistant since last year) with bone and liver mets; "
     "hypercalcaemia treated; frailty.\n"
     "Life: coal miner, No. 26 Colliery, Glace Bay, 1951 to 1984 (survived the 1979 explosion). Married Peggy 1957; "
     "she died in '98. Sang in the parish choir. Lived in Dominion until Christmas.\n"
     "Family: daughter Cathy MacNeil-Gillis (POA for personal care), son Rory Jr. flying home Friday.\n"
     "Assessment: PPS 30%; ESAS (Edmonton Symptom Assessment System) pain 5/10, dyspnea 3/10, drowsiness 6/10; "
     "Cheyne-Stokes breathing when asleep; mouth dry; sacral skin intact.\n"
     "Goals: comfort only; DNR (Nova Scotia Personal Directives Act form on chart). He said MAID was 'not for him'; "
     "wants the parish priest for the Sacrament of the Sick. He would like to see his 92nd birthday 'but won't count "
     "on it'.\n"
     "Orders: hydromorphone 0.5 mg subcut q1h PRN (CADD pump S/N 1G0716385 on standby), glycopyrrolate 0.2 mg subcut "
     "q4h PRN secretions, haloperidol 0.5 mg PRN, mouth care q2h.\n"
     "Dr. Mairi Beaton-Chisholm, Palliative Care | CPSNS 014827",
     [("HOSPITAL", ["HARBOURVIEW HOSPICE"]), ("LOCATION", ["Cape Breton"]), ("ADDRESS", ["31 Welton St"]),
      ("LOCATION", ["Sydney"]), ("POSTCODE", ["B1P 5S4"]), ("PHONE", ["902-567-8150"]), ("DATE", ["Jan. 13, 2026"]),
      ("NAME", ["Angus Rory", "MacNEIL"]), ("AGE", ["age 91"]), ("DATE", ["June 4, 1934"]), ("LOCATION", ["Glace Bay"]),
      ("ID", ["0041 827 305"]), ("HOSPITAL", ["Cape Breton Regional Hospital"]), ("DATE", ["Boxing Day"]),
      ("DATE", ["2019"]), ("LOCATION", ["No. 26 Colliery"]), ("DATE", ["1951"]), ("DATE", ["1984"]), ("DATE", ["1979"]),
      ("NAME", ["Peggy"]), ("DATE", ["1957"]), ("DATE", ["'98"]), ("LOCATION", ["Dominion"]), ("DATE", ["Christmas"]),
      ("NAME", ["Cathy", "MacNeil-Gillis"]), ("NAME", ["Rory Jr."]), ("AGE", ["92nd birthday"]),
      ("SERIAL", ["1G0716385"]), ("NAME", ["Mairi", "Beaton-Chisholm"]), ("LICENCE", ["014827"])],
     ["metastatic prostate cancer", "castrate-resistant", "hypercalcaemia", "PPS 30%",
      "ESAS (Edmonton Symptom Assessment System)", "pain 5/10", "Cheyne-Stokes breathing",
      "Nova Scotia Personal Directives Act", "MAID", "hydromorphone 0.5 mg subcut q1h PRN", "CADD pump",
      "glycopyrrolate 0.2 mg"]),

    # 34 - France, Brittany (Brest; Landerneau, Plougastel-Daoulas): memory clinic consultation letter (French)
    ("CHU DE BREST - Hôpital de la Cavale Blanche | Pôle de gériatrie - Consultation mémoire\n"
     "Boulevard Tanguy Prigent, 29200 Brest | Secrétariat : 02 98 34 71 29\n"
     "\n"
     "Brest, le 3 février 2026\n"
     "\n"
     "Docteur Goulven Le Bihan\n"
     "Cabinet médical, 4 place de l'Église, 29470 Plougastel-Daoulas\n"
     "\n"
     "Cher confrère,\n"
     "J'ai revu en consultation mémoire Madame Yvonne KERHERVÉ née LE GALL, née le 14 mars 1948 à Landerneau (NIR 2 "
     "48 03 29 103 237 82), domiciliée 12 rue Jean Jaurès à Landerneau, accompagnée de sa fille Maëlle (06 72 41 82 "
     "39). Ancienne institutrice.\n"
     "Plainte : oublis à mesure depuis la Toussaint 2024, s'est perdue en voiture entre Landerneau et Brest il y a "
     "deux mois ; le mari, Hervé, a caché les clés de la Clio (EF-418-KT).\n"
     "Bilan : MMSE 21/30 (orientation temporelle 2/5, rappel 0/3) ; épreuve des 5 mots de Dubois 6/10 avec indiçage "
     "peu efficace ; test de l'horloge pathologique ; BREF 13/18. IADL 5/8.\n"
     "IRM cérébrale : atrophie hippocampique bilatérale, score de Scheltens 2 à droite et 3 à gauche ; leucopathie "
     "Fazekas 1.\n"
     "Biomarqueurs du LCR : Aβ42/Aβ40 abaissé, p-tau181 élevée - profil compatible.\n"
     "Conclusion : maladie d'Alzheimer à un stade léger (critères NIA-AA 2011), forme amnésique typique.\n"
     "Proposition : donépézil (Aricept) 5 mg le soir pendant 4 semaines puis 10 mg ; ECG fait (QTc 418 ms). Arrêt de "
     "la conduite conseillé. Orientation vers l'accueil de jour de Landerneau et l'équipe spécialisée Alzheimer à "
     "domicile. Nous la reverrons dans 6 mois.\n"
     "Bien confraternellement,\n"
     "Dr Soizic Quéméner-Abgrall, gériatre | RPPS 10004829379 | soizic.quemener@chu-brest.example.fr",
     [("HOSPITAL", ["CHU DE BREST"]), ("HOSPITAL", ["Hôpital de la Cavale Blanche"]),
      ("ADDRESS", ["Boulevard Tanguy Prigent"]), ("POSTCODE", ["29200"]), ("LOCATION", ["Brest"]),
      ("PHONE", ["02 98 34 71 29"]), ("DATE", ["3 février 2026"]), ("NAME", ["Goulven", "Le Bihan"]),
      ("ADDRESS", ["4 place de l'Église"]), ("POSTCODE", ["29470"]), ("LOCATION", ["Plougastel-Daoulas"]),
      ("NAME", ["Yvonne", "KERHERVÉ", "LE GALL"]), ("DATE", ["14 mars 1948"]), ("LOCATION", ["Landerneau"]),
      ("ID", ["2 48 03 29 103 237 82"]), ("ADDRESS", ["12 rue Jean Jaurès"]), ("NAME", ["Maëlle"]),
      ("PHONE", ["06 72 41 82 39"]), ("DATE", ["la Toussaint 2024"]), ("NAME", ["Hervé"]), ("PLATE", ["EF-418-KT"]),
      ("NAME", ["Soizic", "Quéméner-Abgrall"]), ("LICENCE", ["10004829379"]),
      ("EMAIL", ["soizic.quemener@chu-brest.example.fr"])],
     ["MMSE 21/30", "épreuve des 5 mots de Dubois 6/10", "test de l'horloge", "BREF 13/18", "IADL 5/8",
      "score de Scheltens 2", "Fazekas 1", "maladie d'Alzheimer", "critères NIA-AA 2011", "donépézil (Aricept) 5 mg",
      "QTc 418 ms", "Alzheimer à domicile"]),

    # 35 - Guyana (Linden; East Bank Demerara): cardiac catheterisation laboratory report, STEMI
    ("DAVIS MEMORIAL HOSPITAL - Cardiac Catheterisation Laboratory | 121 Sussex Street | Tel 592-227-2041\n"
     "PRIMARY PCI REPORT | Date: 07 Sep 2025 | Case CL-25-0418 | Cath lab IP (Philips Azurion) 172.22.5.41\n"
     "Patient: Mr. Deonarine 'Bobby' PERSAUD-KHAN | 54 M | DOB 19/01/1971 | Hosp. no. DMH-208173\n"
     "Address: Lot 62 Public Road, Friendship, East Bank Demerara | tel 592-623-4172 | wife Savitri\n"
     "Transferred from: Linden Hospital Complex (door-in 04:10) by private ambulance PRR 4182.\n"
     "Works as a foreman at the bauxite plant, Linden; brother-in-law Shawn Mc Lean drove the wife from Success "
     "village.\n"
     "Presentation: chest pain onset 02:30, anterior STEMI (ST elevation V1-V5), Killip class I. Loaded with aspirin "
     "300 mg and ticagrelor (Brilinta) 180 mg at Linden.\n"
     "Procedure: R radial access, 6F. Heparin 70 U/kg. Diagnostic: Judkins left 3.5, Judkins right 4.\n"
     "Findings: LM normal. LAD - proximal 100% thrombotic occlusion, TIMI 0 flow. LCx - 40% mid. RCA - dominant, 50% "
     "mid. SYNTAX score 14.\n"
     "Intervention: aspiration not done; predilatation 2.5 mm balloon; Xience Sierra 3.0 x 28 mm DES to proximal LAD "
     "(lot 5091841, ref 1500300-28) at 14 atm; post-dilatation NC 3.5 mm. Final TIMI 3 flow, no residual stenosis. "
     "Door-to-balloon 62 min (from our door).\n"
     "LVEF on table echo ~40%, anterior hypokinesis.\n"
     "Plan: DAPT 12 months, atorvastatin 80 mg, bisoprolol, ramipril; staged assessment of RCA in 6/52.\n"
     "Operator: Dr. Aleksandr Ramnauth-Volkov, Interventional Cardiologist | GMC (Guyana) reg. 2741",
     [("HOSPITAL", ["DAVIS MEMORIAL HOSPITAL"]), ("ADDRESS", ["121 Sussex Street"]), ("PHONE", ["592-227-2041"]),
      ("DATE", ["07 Sep 2025"]), ("ID", ["CL-25-0418"]), ("IP", ["172.22.5.41"]),
      ("NAME", ["Deonarine", "Bobby", "PERSAUD-KHAN"]), ("DATE", ["19/01/1971"]), ("MRN", ["DMH-208173"]),
      ("ADDRESS", ["Lot 62 Public Road"]), ("LOCATION", ["Friendship"]), ("LOCATION", ["East Bank Demerara"]),
      ("PHONE", ["592-623-4172"]), ("NAME", ["Savitri"]), ("HOSPITAL", ["Linden Hospital Complex"]),
      ("PLATE", ["PRR 4182"]), ("LOCATION", ["Linden"]), ("NAME", ["Shawn", "Mc Lean"]), ("LOCATION", ["Success"]),
      ("SERIAL", ["5091841"]), ("NAME", ["Aleksandr", "Ramnauth-Volkov"]), ("LICENCE", ["2741"])],
     ["anterior STEMI", "Killip class I", "ticagrelor (Brilinta) 180 mg", "Judkins left 3.5", "Judkins right 4",
      "TIMI 0 flow", "SYNTAX score 14", "Xience Sierra 3.0 x 28 mm", "TIMI 3 flow", "Door-to-balloon 62 min",
      "DAPT 12 months", "6/52"]),

    # 36 - Australia, Queensland (Torres Strait: Thursday Island, Horn Island): emergency note, Irukandji syndrome
    ("TORRES AND CAPE HHS - Thursday Island Hospital, Emergency | 163 Hargrave St, Thursday Island QLD 4875\n"
     "ph (07) 4069 0200\n"
     "Date: 18/01/26 | Triage 15:32 | ATS 2\n"
     "Pt: Sunny NONA-AHMAT | 27 M | DOB 02/11/1998 | URN 651029 | Medicare 2916 50388 1 / 2 | IHI 8003 6081 6420 "
     "5171\n"
     "Address: 14 Wasaga St, Wasaga village, Horn Island 4875 | mob 0427 418 093\n"
     "HPI: swimming off the jetty at Front Beach ~15:00 during the wet season; felt a 'little sting' on L forearm, "
     "then 20 min later severe low back pain, abdominal cramps, sweating, restlessness and 'feeling of impending "
     "doom'. Brought across on the water taxi by his uncle Frank Mosby.\n"
     "O/E: distressed, diaphoretic; HR 124, BP 192/110, RR 24, SpO2 96%. Small erythematous sting mark L forearm, no "
     "tentacles. Chest clear.\n"
     "Imp: Irukandji syndrome (likely Carukia barnesi).\n"
     "Mx: vinegar to sting site (done at the beach by the lifeguard); fentanyl 50 mcg IV x 4 (total 200 mcg), "
     "magnesium sulfate 10 mmol IV bolus then 5 mmol/h; GTN for BP; ondansetron. Phentolamine not required.\n"
     "ECG: sinus tachy, no ST change. Troponin I 0.42 ug/L at 6 h (rising) - ? Takotsubo / Irukandji myocarditis. "
     "Bedside echo: LVEF ~45%.\n"
     "Plan: discussed with Cairns Hospital ICU (Dr Ruth Ahwang-Sabatino) - transfer via QAS accepted. Sample of the "
     "jellyfish (in a jar) sent with pt.\n"
     "Dr Jarrah Wilkins-Elu, SMO | AHPRA MED0002741836",
     [("HOSPITAL", ["TORRES AND CAPE HHS"]), ("HOSPITAL", ["Thursday Island Hospital"]),
      ("ADDRESS", ["163 Hargrave St"]), ("LOCATION", ["Thursday Island"]), ("POSTCODE", ["4875"]),
      ("PHONE", ["(07) 4069 0200"]), ("DATE", ["18/01/26"]), ("NAME", ["Sunny", "NONA-AHMAT"]),
      ("DATE", ["02/11/1998"]), ("MRN", ["651029"]), ("ID", ["2916 50388 1"]), ("ID", ["8003 6081 6420 5171"]),
      ("ADDRESS", ["14 Wasaga St"]), ("LOCATION", ["Wasaga village"]), ("LOCATION", ["Horn Island"]),
      ("PHONE", ["0427 418 093"]), ("LOCATION", ["Front Beach"]), ("NAME", ["Frank", "Mosby"]),
      ("HOSPITAL", ["Cairns Hospital"]), ("NAME", ["Ruth", "Ahwang-Sabatino"]), ("NAME", ["Jarrah", "Wilkins-Elu"]),
      ("LICENCE", ["MED0002741836"])],
     ["Irukandji syndrome", "Carukia barnesi", "vinegar", "fentanyl 50 mcg IV", "magnesium sulfate 10 mmol IV",
      "Phentolamine", "Troponin I 0.42 ug/L", "Takotsubo", "LVEF ~45%", "feeling of impending doom", "BP 192/110"]),

    # 37 - Zimbabwe, Matabeleland (Bulawayo; Plumtree): orthopaedic operation note, femoral shaft fracture
    ("MPILO CENTRAL HOSPITAL - Department of Orthopaedics | Vera Road, Bulawayo | Tel 029 221 2011\n"
     "OPERATION NOTE | Theatre 2 | 11/04/2025 (day of the Bulawayo-Plumtree road accident; emergency list)\n"
     "Patient: Blessing NCUBE-MOYO | 34 M | Hosp. no. MCH/25/04/1187 | National ID 08-417293 K 21\n"
     "Home: House 2218, Plumtree; works as a bus conductor for Mzingwane Express (bus reg AEX 4172). Wife Nomalanga "
     "(cell 077 241 8360) at bedside.\n"
     "Diagnosis: closed R mid-shaft femur fracture, AO/OTA 32-A3, Winquist-Hansen II comminution; in Thomas splint "
     "since transfer from Plumtree District Hospital.\n"
     "Procedure: antegrade locked IM nailing with SIGN nail (10 x 360 mm, serial SN-2504-11873), no image intensifier "
     "(C-arm down) - distal locking with the SIGN slot finder.\n"
     "Surgeon: Mr. Tawanda Sibanda-Mhlanga | Assistant: Dr. Nobuhle Dube (RMO) | Anaesthetist: Dr. Farai Chikwanha - "
     "spinal, bupivacaine heavy 0.5% 3 mL.\n"
     "Findings: transverse fracture with butterfly fragment; minimal bleeding; EBL 400 mL. TXA 1 g at induction. "
     "Cefazolin 2 g.\n"
     "Post-op: check X-ray (AP/lat) - good alignment; distal screws in. Neurovascular intact. DVT prophylaxis "
     "(enoxaparin 40 mg); partial weight bearing with crutches from day 1; SIGN database form completed.\n"
     "Review in fracture clinic 6/52. Sick note given for the bus company; he hopes to be home for Independence Day "
     "(18 April).\n"
     "MDPCZ reg. no. of surgeon: M0417",
     [("HOSPITAL", ["MPILO CENTRAL HOSPITAL"]), ("ADDRESS", ["Vera Road"]), ("LOCATION", ["Bulawayo"]),
      ("PHONE", ["029 221 2011"]), ("DATE", ["11/04/2025"]), ("NAME", ["Blessing", "NCUBE-MOYO"]),
      ("MRN", ["MCH/25/04/1187"]), ("ID", ["08-417293 K 21"]), ("ADDRESS", ["House 2218"]), ("LOCATION", ["Plumtree"]),
      ("LOCATION", ["Mzingwane Express"]), ("PLATE", ["AEX 4172"]), ("NAME", ["Nomalanga"]),
      ("PHONE", ["077 241 8360"]), ("HOSPITAL", ["Plumtree District Hospital"]), ("SERIAL", ["SN-2504-11873"]),
      ("NAME", ["Tawanda", "Sibanda-Mhlanga"]), ("NAME", ["Nobuhle", "Dube"]), ("NAME", ["Farai", "Chikwanha"]),
      ("DATE", ["Independence Day"]), ("DATE", ["18 April"]), ("LICENCE", ["M0417"])],
     ["AO/OTA 32-A3", "Winquist-Hansen II", "Thomas splint", "SIGN nail", "10 x 360 mm", "bupivacaine heavy 0.5% 3 mL",
      "EBL 400 mL", "TXA 1 g", "Cefazolin 2 g", "enoxaparin 40 mg", "fracture clinic 6/52"]),

    # 38 - Bermuda (Paget; Hamilton Parish, Flatts Village): geriatric falls clinic assessment, patient aged 92
    ("BERMUDA HOSPITALS BOARD - King Edward VII Memorial Hospital | 7 Point Finger Road, Paget DV 04 | tel "
     "441-236-2345 ext 6621\n"
     "FALLS & BONE HEALTH CLINIC (Geriatric Day Hospital) - 28 July 2025, the Monday before Cup Match\n"
     "Name: Mrs. Clarice Eudora SMITH-TROTT | aged 92 | born 9 Feb 1933, St. David's Island | KEMH no. 00536618\n"
     "Address: 12 North Shore Road, Flatts Village FL 04\n"
     "Lives alone since husband Wendell died (2011); niece Arlene Simmons checks daily\n"
     "Referred by her GP after 3 falls since Easter, last on 4th July in the kitchen (lay on the floor ~2 h till the "
     "niece came).\n"
     "Hx: HTN on amlodipine + indapamide; AF on apixaban; OA knees; L NOF fracture 2016 (DHS); cataracts.\n"
     "Exam: orthostatic drop 32/12 mmHg at 3 min with dizziness. Timed Up and Go 24 s with stick. Tinetti 14/28. "
     "Clinical Frailty Scale 6. MMSE 26/30. Visual acuity 6/18 both eyes.\n"
     "Bloods: vitamin D 38 nmol/L, Na 131 mmol/L (indapamide), eGFR 41.\n"
     "FRAX (hip) 14%. DXA 2019: T-score -2.9 at femoral neck.\n"
     "Plan: stop indapamide (STOPP; Beers Criteria 2023), compression stockings, Vitamin D3 1000 IU + Prolia "
     "(denosumab) 60 mg 6-monthly, OT home safety visit and personal alarm (pendant serial PA-77214), PT strength and "
     "balance group on Tuesdays, ophthalmology re cataracts. She says she'll be 93 in February and wants to be at the "
     "Cup Match picnic on Thursday.\n"
     "Dr. Fiona Darrell-Wadson, Consultant Geriatrician | BMC reg. 1029",
     [("HOSPITAL", ["BERMUDA HOSPITALS BOARD"]), ("HOSPITAL", ["King Edward VII Memorial Hospital"]),
      ("ADDRESS", ["7 Point Finger Road"]), ("LOCATION", ["Paget"]), ("POSTCODE", ["DV 04"]),
      ("PHONE", ["441-236-2345", "6621"]), ("DATE", ["28 July 2025"]), ("DATE", ["Cup Match"]),
      ("NAME", ["Clarice Eudora", "SMITH-TROTT"]), ("AGE", ["aged 92"]), ("DATE", ["9 Feb 1933"]),
      ("LOCATION", ["St. David's Island"]), ("MRN", ["00536618"]), ("ADDRESS", ["12 North Shore Road"]),
      ("LOCATION", ["Flatts Village"]), ("POSTCODE", ["FL 04"]), ("NAME", ["Wendell"]), ("DATE", ["2011"]),
      ("NAME", ["Arlene", "Simmons"]), ("DATE", ["Easter"]), ("DATE", ["4th July"]), ("DATE", ["2016"]),
      ("DATE", ["2019"]), ("SERIAL", ["PA-77214"]), ("AGE", ["93"]), ("DATE", ["February"]),
      ("NAME", ["Fiona", "Darrell-Wadson"]), ("LICENCE", ["1029"])],
     ["amlodipine + indapamide", "L NOF fracture", "orthostatic drop 32/12 mmHg", "Timed Up and Go 24 s",
      "Tinetti 14/28", "Clinical Frailty Scale 6", "MMSE 26/30", "Visual acuity 6/18", "FRAX (hip) 14%", "T-score -2.9",
      "Beers Criteria 2023", "Prolia"]),

    # 39 - Malta (Msida; Żejtun, Marsaxlokk): pre-operative assessment clinic, laparoscopic cholecystectomy
    ("MATER DEI HOSPITAL - Pre-Operative Assessment Clinic (POAC), Level -1, Triq Dun Karm, Msida MSD 2090\n"
     "Tel +356 2545 0000 | Appointment 10/02/26 09:20\n"
     "Patient: Ms Marija Dolores AZZOPARDI-CARUANA | 47 F | ID card 0563187M | DOB 11.06.1978\n"
     "Address: 'Id-Dar tal-Warda', Triq San Girgor, Żejtun ZTN 1811 | mob 7941 8260 | azzopardi.mdc@gmail.com\n"
     "Works at her family's fish stall at the Marsaxlokk Sunday market; husband Ġużeppi (Joe) is a fisherman on the "
     "luzzu 'Santa Marija MFA 1187'.\n"
     "Listed for: elective laparoscopic cholecystectomy (consultant list), provisional date after the Żejtun festa of "
     "San Girgor.\n"
     "Surgical hx: symptomatic gallstones; admission in the autumn with acute cholecystitis (Murphy's sign positive, "
     "Tokyo Guidelines 2018 grade I), no jaundice, no Charcot's triad; MRCP - no CBD stones, ERCP not needed.\n"
     "PMH: obesity (BMI 36.2), OSA suspected - STOP-BANG 5 -> sleep study; hypothyroid on levothyroxine 100 mcg; PONV "
     "after her caesarean in 2009; no anaesthetic problems otherwise.\n"
     "Airway: Mallampati 3, thyromental distance 6 cm, good mouth opening, neck extension normal.\n"
     "Investigations: FBC, U&E, LFTs normal; TSH 2.1 mU/L; HbA1c 39 mmol/mol; ECG sinus rhythm; Revised Cardiac Risk "
     "Index 0.\n"
     "ASA II. Caprini score 4 - TED stockings + enoxaparin 40 mg post-op. Apfel score 3 -> dexamethasone + "
     "ondansetron, TIVA suggested.\n"
     "Seen by: Dr Ċensu Farrugia-Vella, anaesthetic registrar | MMC reg. 3390",
     [("HOSPITAL", ["MATER DEI HOSPITAL"]), ("ADDRESS", ["Triq Dun Karm"]), ("LOCATION", ["Msida"]),
      ("POSTCODE", ["MSD 2090"]), ("PHONE", ["+356 2545 0000"]), ("DATE", ["10/02/26"]),
      ("NAME", ["Marija Dolores", "AZZOPARDI-CARUANA"]), ("ID", ["0563187M"]), ("DATE", ["11.06.1978"]),
      ("ADDRESS", ["Id-Dar tal-Warda"]), ("ADDRESS", ["Triq San Girgor"]), ("LOCATION", ["Żejtun"]),
      ("POSTCODE", ["ZTN 1811"]), ("PHONE", ["7941 8260"]), ("EMAIL", ["azzopardi.mdc@gmail.com"]),
      ("LOCATION", ["Marsaxlokk"]), ("NAME", ["Ġużeppi", "Joe"]), ("LOCATION", ["Santa Marija"]),
      ("PLATE", ["MFA 1187"]), ("DATE", ["festa of San Girgor"]), ("NAME", ["Ċensu", "Farrugia-Vella"]),
      ("LICENCE", ["3390"])],
     ["laparoscopic cholecystectomy", "Murphy's sign positive", "Tokyo Guidelines 2018 grade I", "Charcot's triad",
      "BMI 36.2", "STOP-BANG 5", "levothyroxine 100 mcg", "Mallampati 3", "Revised Cardiac Risk Index 0", "ASA II",
      "Caprini score 4", "Apfel score 3"]),
]
