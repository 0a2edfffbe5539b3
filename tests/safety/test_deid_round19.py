"""Session 33's rules (the rules alone, without the learned reader): a day and month without a year, written as a
date's own parts (two digits each, a valid day and month, and a zero before one of them or a number no month can be),
is a date wherever no score, fraction, setting or unit reads it, with no dating word before it. Each with what must
stay."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy import learned
from tests.deid_snippets import rules_unlearned as _rules


@pytest.mark.parametrize("text, date", [
    ("Admitted to Grey Hospital 02/05 with AKI (creat 284 umol/L).", "02/05"),
    ("Coning 13/03 with Cushing reflex; brainstem testing planned.", "13/03"),
    ("Obs: afebrile x 48 h, cellulitis margin receding (marked 23/02). CRP 96 mg/L.", "23/02"),
    ("Apirético desde 31/01. Hb na alta 8,4 g/dL.", "31/01"),
    ("Goal: 10 m with a quad stick and one assist by 26/02.", "26/02"),
    ("Vaccine campaign in both villages planned for 27/01.", "27/01"),
    ("Ιστορικό: πτώση στο σπίτι 05/03 → κάταγμα ισχίου.", "05/03"),
    # month first, where the second number is no month
    ("Transferred from the county medical center 07/28. DOB 07/19/1961.", "07/28"),
])
def test_a_day_and_month_written_as_a_dates_parts_is_a_date(text, date):
    assert date not in _rules(text)


@pytest.mark.parametrize("text", [
    "Patient on BiPAP 20/10 overnight, sats 94%.", "IPAP/EPAP 14/08 cmH2O.", "Started NIV 18/08 via full face mask.",
    "Ventilated PC 22/05.", "PEEP 10/05.", "Pressure support 15/05.", "Pupils 03/03 mm reactive.",
    "Insulin then 20/10 units.", "Baby aged 15/12, cough.", "A 15/12 old boy with fever.", "Apgars 08/09.",
    "Ovarian follicles 14/12 mm", "Fluid balance +13/11", "ABG pH 7.31 pCO2 06/10", "MMSE 27/30.", "Power 04/05.",
    "Vision 06/09 right, 06/12 left.", "Humulin M3 30/70 bd.", "Lymph nodes 02/14 positive.",
])
def test_a_setting_a_score_or_a_measure_in_that_shape_stays(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("Works for Mariscos del Caribe S. de R.L. as a diver.", ["Mariscos", "Caribe"]),
    ("Employer: ALTIPLANO ASCENTS SRL, mountain guide.", ["ALTIPLANO"]),
    ("Miner at Anjara Charbon SARL since 2019.", ["Anjara"]),
    ("Works at Voeside Seafoods on the processing line.", ["Voeside"]),
    ("Crew with Kolkhida Maritime Crewing, three months at sea.", ["Kolkhida"]),
])
def test_a_firm_by_its_trade_or_a_foreign_legal_form(text, gone):
    out = _rules(text)
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize("text", ["Axial SpA on adalimumab.", "Recurrent BV treated.", "Severe OSA on CPAP.",
                                  "Fishing trip last week.", "Royal Marine, fit."])
def test_a_diagnosis_in_a_firms_shape_stays(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("Ιατροί: Ιουλία Πανάγου (ειδικευόμενη) | Διευθυντής: Στρατής Καραβασίλης", ["Στρατής", "Καραβασίλης"]),
    ("Νοσηλεύτρια διαλογής: Ν. Καλογεράκη | Ιατρός: Δρ Ιάκωβος Μανωλέλλης", ["Καλογεράκη"]),
    ("Αναισθησιολόγος: Δρ Σάββας Νεοφύτου | Εργαλειοδότρια: Ρ. Χριστοδούλου", ["Χριστοδούλου", "Νεοφύτου"]),
    ("ζήτησε να τον κοινωνήσει ο π. Βαρνάβας από την εκκλησία.", ["Βαρνάβας"]),
    ("Προς: Δρα Σάββα Ιεροδιακόνου, Προσωπικό Ιατρό", ["Σάββα", "Ιεροδιακόνου"]),
    ("Με εκτίμηση,\nΔιονύσης Κουτσογιαννόπουλος, Παθολόγος", ["Διονύσης", "Κουτσογιαννόπουλος"]),
    ("εξετάστηκε ο Ιάσονας Πατερέλλης του Στρατή και της Μυρσίνης, 6 ετών", ["Μυρσίνης", "Στρατή"]),
    ("τον Μανούσο Σφακιανάκη-Ξυλούρη του Στυλιανού, 29 ετών", ["Μανούσο", "Σφακιανάκη"]),
    ("Βρέφος: άρρεν Πετρίδη (δεν έχει ακόμη όνομα)", ["Πετρίδη"]),
    ("καταγγελία του γείτονά του, Ζαχαρία Σκουλά, ότι τον απείλησε", ["Ζαχαρία", "Σκουλά"]),
    ("Доставлен братом Нурбеком на автомашине.", ["Нурбеком"]),
    ("同行家属：男友 邓子航", ["邓子航"]),
    ("患者妻子玉嫩及其兄岩庄已签署病危通知书", ["岩庄"]),
    ("長照個案，居家服务员 陳美玲 每日到宅。", ["陳美玲"]),
])
def test_names_after_greek_roles_sign_offs_and_parents_russian_and_chinese_relatives(text, gone):
    out = _rules(text)
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize("text", [
    "Διάγνωση: Οξεία σκωληκοειδίτιδα. Παθολόγος: Εκτίμηση αύριο.", "Χειρουργός: Γενική αναισθησία.",
    "Συνεργασία του Νοσοκομείου και της Κλινικής, στο Τμήμα.", "Π.χ. πόνος στο στήθος.", "服务员态度好",
    "患者妻子陪同及签署同意书",
])
def test_greek_and_chinese_text_in_those_shapes_stays(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, kept", [
    ("Returned from Sierra Leone last week with fever.", "Sierra Leone"),
    ("Travelled to Burkina Faso for work.", "Burkina Faso"),
    ("Recently in Costa Rica, hiking.", "Costa Rica"),
    ("Holiday in Papua New Guinea, no prophylaxis.", "Papua New Guinea"),
    ("Born in El Salvador, moved here in 2010.", "El Salvador"),
    ("Visited Trinidad and Tobago and Guyana.", "Trinidad and Tobago"),
    ("From the Dominican Republic; works here.", "Dominican Republic"),
    ("Lived in Mongolia and Kazakhstan.", "Kazakhstan"),
    ("Refugee from South Sudan, via Uganda.", "South Sudan"),
    ("Traveled to Puerto Rico and Haiti.", "Puerto Rico"),
])
def test_a_country_of_a_travel_history_stays(text, kept):
    """Safe Harbor removes places smaller than a state; a country stays, and where a patient has been is clinical."""
    assert kept in _rules(text)


@pytest.mark.parametrize("text, gone", [
    ("Lives in Belize City near the market.", "Belize City"),   # a town named after its country
    ("Seen at University of New Mexico Hospital.", "New Mexico Hospital"),
    ("Works at Port of Spain General Hospital.", "Port of Spain"),
    ("Dr Jordan reviewed her on the ward.", "Jordan"),          # a strong rule's name, though a country's
    ("Moved to Norway House in 2019.", "Norway House"),
])
def test_a_name_or_place_that_holds_a_country_goes(text, gone):
    assert gone not in _rules(text)


def test_a_territory_of_few_people_is_no_kept_country():
    from consilium.orchestration.privacy import namelists as N
    assert {"Sierra Leone", "Costa Rica", "Isle of Man"} <= N.COUNTRIES
    assert not {"Pitcairn", "Niue", "Tokelau", "Jordan", "Georgia"} & N.COUNTRIES


@pytest.mark.parametrize("text, kept", [
    ("Monitor: Philips IntelliVue MX450 on the ward.", "Philips IntelliVue MX450"),
    ("MRI on the Siemens MAGNETOM Vida 3T.", "Siemens MAGNETOM Vida 3T"),
    ("Pressure mattress Invacare microAIR in place.", "Invacare microAIR"),
    ("Retrieved by Cessna Grand Caravan from the island.", "Cessna Grand Caravan"),
    ("Flown on the King Air to the base hospital.", "King Air"),
    ("Video call on Polycom RealPresence.", "Polycom RealPresence"),
    ("Stool in Cary-Blair medium sent.", "Cary-Blair"),
    ("Heterozygous for Factor V Leiden.", "Factor V Leiden"),
    ("Eye irrigated with a Morgan Lens.", "Morgan Lens"),
    ("Gastric adenocarcinoma, Lauren intestinal type.", "Lauren intestinal type"),
    ("Bristol stool type 7 x 4 today.", "Bristol stool type 7"),
    ("不符合 King's College 标准，按 Prescott 方案治疗。", "King's College 标准"),
    ("δυσμορφία Chiari τύπου I στη μαγνητική.", "Chiari τύπου I"),
    ("Sessile polyp, Paris 0-Is, 12 mm.", "Paris 0-Is"),
])
def test_equipment_media_types_and_foreign_heads_stay(text, kept):
    assert kept in _rules(text)


@pytest.mark.parametrize("text, gone", [
    ("Ward manager Colm Devaney signed the form.", "Devaney"),
    ("She talked about picking potatoes in Grand Isle in the 1940s.", "Grand Isle"),
    ("Seen by Dr Philips Jones today.", "Philips Jones"),
])
def test_names_and_places_beside_those_words_still_go(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text, gone", [
    ("Θεράπων: ειδικευόμενος ορθοπαιδικής, εσωτ. 3562", "3562"),
    ("約見社工（內線 3562）討論出院", "3562"),
    ("考慮 ICU 會診（分機 3627）。", "3627"),
    ("Paediatrician: Dr. Jean Tari | phone 36 195", "36 195"),
    ("Mobile 54 187. Works as a receptionist.", "54 187"),
    ("Árvegur, 800 Selfoss | Sími 432 2000", "432 2000"),
    ("Τηλ. 25 801 418 | Φαξ 25 801 419", "25 801 419"),
    ("Ο σύζυγος, κ. Νίκος Χαραλάμπους (99 527 118), ενημερώθηκε.", "99 527 118"),
    ("護老院主管 蔡淑儀姑娘 (2463 9058) 表示可接回", "2463 9058"),
    ("Islander no. TDC-0276 | Hospital file 1187", "1187"),
    ("Prontuário 4471823, internado.", "4471823"),
    ("Trekking agency office 01-4701 592.", "01-4701 592"),
    ("Private Bag A14, Mokhotlong 500 | Tel +266 2292 0418", "Private Bag A14"),
    ("BP 118, Lambaréné, Gabon", "BP 118"),
    ("Home: Box 418, Rossville, Manitoba", "Box 418"),
    ("JADRAN DENT\nMediteranska 14, 85310 Budva, Montenegro", "Mediteranska 14"),
    ("Währinger Gürtel 18-20, 1090 Wien | Tel. +43 1 40400", "Währinger Gürtel 18-20"),
])
def test_short_phones_extensions_files_boxes_and_streets_before_a_postcode(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", [
    "BP 118/70, HR 80, RR 16.", "BP 118, HR 80.", "Platelets 150 000, WBC 10 200.", "Viral load (1 200 000) copies/mL.",
    "Hb 120 (115 165) g/L.", "Score 14, 1500 Normal saline given.", "Day 3, 2000 Hartmann's overnight.",
])
def test_readings_in_those_shapes_stay(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("Enfermeira: Rosângela Aparecida Pires - COREN-MG 529.418", ["Rosângela", "Pires"]),
    ("Microscopist: Shondell Bascom-Persaud", ["Shondell", "Bascom-Persaud"]),
    ("Maj (Dr) Anirban Sengupta, AMC, Surgical Specialist", ["Anirban", "Sengupta"]),
    ("Capt (NS) Reena Thapa, MNS", ["Reena", "Thapa"]),
    ("Escort: ASHA Purnima Kurmi and husband.", ["Purnima", "Kurmi"]),
    ("bro Wassillie shot it with the .22", ["Wassillie"]),
    ("Personne à contacter : RASOANAIVO Voahangy (épouse)", ["RASOANAIVO", "Voahangy"]),
    ("Enfant : Enzo Marchal, né le 14/05/2014", ["Enzo", "Marchal"]),
    ("Egen læge: Rúni Poulsen, Lægehuset i Klaksvík.", ["Rúni", "Poulsen"]),
    ("Part 1 - Deceased: Gwenllian Mair Rowlands-Jenkins | Date of birth", ["Gwenllian"]),
])
def test_names_after_other_languages_labels_ranks_and_village_health_workers(text, gone):
    out = _rules(text)
    for word in gone:
        assert word not in out, out


@pytest.mark.parametrize("text", ["Technician: Gram stain done.", "sis 4/5 power in the left arm."])
def test_a_label_before_a_clinical_word_keeps_it(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("Discharge planned before Teej.", "Teej"),
    ("Fecha: 24/12/2025 (Nochebuena) | HC N.º 784", "Nochebuena"),
    ("Exam date 02/18/2026 (day after Mardi Gras), 07:10 fasting", "Mardi Gras"),
    ("Date: Sun 05-Oct-2025 (3 days after Durga Puja)", "Durga Puja"),
    ("Έναρξη με την περίοδο μετά την Καθαρά Δευτέρα.", "Καθαρά Δευτέρα"),
    ("兒子話年初二會來探病；年三十晚入院", "年初二"),
    ("去年中秋在家跌倒", "中秋"),
    ("Chiedono se potrà essere a casa per la Befana.", "Befana"),
    ("τη νύχτα της 2ας προς 3η Αυγούστου στην κουζίνα", "Αυγούστου"),
    ("Review date: 16-01-2026 (day after Chilembwe Day - clinic was closed)", "Chilembwe Day"),
    ("Visit 20-Nov-2025 (day after Garifuna Settlement Day)", "Garifuna Settlement Day"),
    ("Wants to be home for the Monday before Cup Match.", "Cup Match"),
])
def test_feasts_of_many_calendars_and_named_days_go(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", [
    "Post-op Day 3, stable.", "Sick Day Rules given for steroids.", "Surgical Day Unit at 08:00.", "Seen Day 2 of cycle.",
    "Holi powder on the skin, no burns.", "World Kidney Day leaflet given.",
])
def test_days_that_are_no_feasts_stay(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("SOUTHERN CROSS DIVE MEDICINE - Level 2, 87 Collins Street", "SOUTHERN CROSS"),
    ("MANX CARE - Stroke Rehabilitation Unit", "MANX"),
    ("TORRES AND CAPE HHS - Emergency", "TORRES"),
    ("PELICAN STATE MUTUAL LIFE - PARAMEDICAL EXAMINATION (PART B)", "PELICAN"),
    ("HOSPITAL LUIS CARLOS LAGOMAGGIORE - Unidad de ACV", "LAGOMAGGIORE"),
    ("les clés de la Clio (EF-418-KT).", "EF-418-KT"),
    ("Van: Moulvibazar-Chha 11-0417, driver on duty", "11-0417"),
    ("Brought by the municipality ambulance (Lu 1 Ja 2147) with her", "Ja 2147"),
    ("Traslado: SEC móvil 12 (dominio AB 418 KD), preaviso", "AB 418 KD"),
    ("Vehicle for home visit: MG 418 AB.", "MG 418 AB"),
    ("Ασθενής: Ειρήνη Μαυρογιάννη-Λαδά, χήρα του Στυλιανού, 96 ετών", "Στυλιανού"),
    ("знакомый, некий Виталий по прозвищу «Шмель» (Telegram)", "Шмель"),
    ("hit by a man known to her as 'Scully' outside a bar", "Scully"),
    ("3 children (youngest Atim) - no symptoms", "Atim"),
    ("Home: House 2218, Plumtree; works as a conductor", "House 2218"),
    ("Home: 'Cronk y Voddy', Glen Road, Laxey", "Cronk y Voddy"),
    ("Triq Dun Karm, Msida MSD 2090\nTel +356 2545 0000", "MSD 2090"),
    ("Κατ' οίκον επίσκεψη | 82300 Καρδάμυλα Χίου | τηλ.", "82300"),
])
def test_capital_letterheads_plates_nicknames_houses_and_postcodes(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", [
    "EMERGENCY DEPARTMENT - TRIAGE NOTE", "CARDIOLOGY CLINIC - FOLLOW-UP LETTER", "MENTAL HEALTH CARE - plan",
    "Given NAC 1500 mg over an hour.", "Dose 1000 Μονάδες ινσουλίνης.", "Gleason 3+4, Ca 2 Mg 1.1.",
])
def test_departments_doses_and_values_in_those_shapes_stay(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("患者 99歳 女性、施設入所中。", "99歳"),
    ("Hasta 94 yaşında, evde yalnız yaşıyor.", "94 yaş"),
    ("המטופלת בת 94, גרה לבד.", "בת 94"),
    ("العمر: 93 سنة", "93"),
    ("平成5年3月2日に骨折。", "平成5年3月2日"),
])
def test_ages_over_89_and_era_dates_of_more_languages_go(text, gone):
    assert gone not in _rules(text)


def test_an_era_year_alone_goes_only_for_a_patient_over_89():
    assert "昭和63年" in _rules("患者 45歳 男性。昭和63年に手術。")
    assert "昭和63年" not in _rules("患者 99歳 女性。昭和63年に手術。")
    assert "DESIGN-R®2020" in _rules("患者 99歳 女性。褥瘡 DESIGN-R®2020 d2-e1s6i0g0n0p0:7点。")


@pytest.mark.parametrize("text, gone", [
    ("Refakatçi: oğlu Emre, 0532 604 27 19", "0532 604 27 19"),
    ("Plaka 61 KT 3095, traktör kazası.", "61 KT 3095"),
    ("Adres: Atatürk Mah. Cumhuriyet Cad. No: 12/4, Of, Trabzon", "Cumhuriyet Cad"),
    ("تاريخ الدخول: ١٥ آذار ٢٠٢٤", "آذار"),
    ("تاريخ الميلاد: 3 مارس 1950", "مارس"),
    ("נולד ב-15 במרץ 1950, גר לבד.", "במרץ"),
    ("טלפון: 04-6123456", "6123456"),
    ("כתובת: רחוב ויצמן 48, דירה 7, כפר סבא. טלפון 052-5558143.", "ויצמן"),
])
def test_turkish_arabic_and_hebrew_phones_plates_streets_and_dates(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", ["HFNC 15 L 40% FiO2.", "Xience Skypoint 3.5 x 28 mm stent.", "Given 40 MG 100 tabs."])
def test_readings_and_devices_in_those_shapes_stay(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("4月で100歳を迎えるのを家族は楽しみにしている。", "100"),
    ("増悪時は24時間対応（当院 0980-43-7715）。", "0980-43-7715"),
    ("Name of deceased: EKIRU LOKOL EWOI | Sex: M", "EKIRU"),
])
def test_japanese_ages_and_phones_and_a_deceased_in_capitals(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", ["NovoMix 30: 24/12 units, then 20/10.", "Ambulance ETA 1530, crew of two.",
                                  "FHx: Mother deceased - Breast cancer at 54."])
def test_doses_times_and_family_history_stay(text):
    assert _rules(text) == text


@pytest.mark.parametrize("text, gone", [
    ("四川省职业病防治院　职业健康检查结论书", "防治院"),
    ("送往頌恩護老院照顧", "頌恩"),
    ("Docteur Goulven Le Bihan\nCabinet médical", "Goulven"),
    ("Mme Yvonne KERHERVÉ née LE GALL, 81 ans", "LE GALL"),
    ("Cabinet médical, 4 place de l'Église, 29470 Plougastel", "place de l'Église"),
])
def test_chinese_institutes_and_care_homes_french_titles_maiden_names_and_squares(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", ["Stent placed in place of the old one.", "Square root of the dose.", "Madame la directrice a signé."])
def test_those_words_in_prose_stay(text):
    assert _rules(text) == text


def test_a_register_code_alone_in_a_log_cell_goes_and_a_classification_stays():
    out = _rules("07:05 | EMT-0412 | Iaukan NAKO, 40 M | L leg laceration\n| ICD-10 | J18.9 |\n| COVID-19 | negative |")
    assert "EMT-0412" not in out and "ICD-10" in out and "COVID-19" in out, out


@pytest.mark.parametrize("text, gone", [
    ("Consultant: Dr 'Ana Kupu-Taufa | Registrar: Dr Sione Latu", "Ana"),
    ("Équipe du district : M. RAZAFINDRAKOTO Hery, le 14/11/2025", "RAZAFINDRAKOTO"),
    ("Visited by her daughter UWASE Clarisse, her main carer.", "UWASE"),
    ("Contacts:\n4. Sokina, sister, 3 F - azithromycin", "Sokina"),
    ("Contact: husband Om Prakash Chaudhary 9845 218 736", "9845 218 736"),
    ("電話：2255 3838　傳真：2855 1143", "2855 1143"),
    ("Tel. (0261) 520-2600 int. 2315", "2315"),
    ("Fecha: 24/12/2025 | HC N.º 784.102", "784.102"),
    ("Processo n.º HAM-PED 2026/0417 | Morada", "0417"),
])
def test_apostrophe_names_french_m_capital_surnames_listed_contacts_and_numbers(text, gone):
    assert gone not in _rules(text)


@pytest.mark.parametrize("text", ["Family history:\n- Diabetes, mother and sister\n- Asthma, brother", "HC 34 cm, weight 3.2 kg."])
def test_family_history_lists_and_head_circumference_stay(text):
    assert _rules(text) == text


def test_a_guidelines_year_stays_for_a_patient_over_89_and_the_patients_years_go():
    out = _rules("Patient 94 years old. ILO 2011 classification 2/1. Pressure injury stage 3 (NPIAP 2016). MRI 2018 showed "
                 "atrophy.")
    assert "ILO 2011 classification" in out and "(NPIAP 2016)" in out and "2018" not in out, out


@pytest.mark.parametrize("text, kept, gone", [
    ("Organ Donation (Deemed Consent) Act 2019 applies; consent by Mr Smith.", "Organ Donation (Deemed Consent) Act 2019", "Smith"),
    ("NHIS 04829173, Ghana Card on file.", "NHIS", "04829173"),
])
def test_a_statute_with_a_bracketed_part_and_a_whole_label(text, kept, gone):
    out = _rules(text)
    assert kept in out and gone not in out, out


def test_initials_of_a_name_taken_in_the_case_go_in_its_log_and_are_not_grown():
    text = ("Staff on shift: Rishi Khellawan (RN), Anisa Mohammed-Joseph (HCA), Siri Bjørkhaug (medic).\n"
            "07:00 | obs stable, BP 120/80 | RKh\n08:00 | meds given | AMJ\n09:00 | aspirin given | SBj\nAspirin 300 mg given.")
    out = _rules(text)
    assert not any(i in out for i in ("RKh", "AMJ", "SBj")), out
    assert "Aspirin 300 mg" in out and "BP 120/80" in out, out


@pytest.mark.parametrize("text, kept", [
    ("MENTAL HEALTH ACT 1983 - SECTION 2 ASSESSMENT", "MENTAL HEALTH ACT 1983"),
    ("Vincent's symptom on the left chin.", "Vincent's symptom"),
    ("Return to play per the Amsterdam 2022 consensus.", "Amsterdam 2022 consensus"),
    ("Diving stopped: wind Beaufort 8 at the site.", "Beaufort 8"),
    ("St Jude mechanical MVR on warfarin.", "St Jude mechanical MVR"),
    ("Seen at the county hospital. IPSS 24, QoL score 5.", "IPSS 24"),
])
def test_what_held_out_33_lost_stays(text, kept):
    assert kept in _rules(text)


@pytest.mark.parametrize("text, gone", [("Canberra ACT 2601", "2601"), ("Lives near Beaufort, SC.", "Beaufort"),
                                        ("Zeke's symptoms are worse today; Zeke Pinder seen.", "Zeke")])
def test_a_postcode_a_town_and_a_name_beside_those_words_still_go(text, gone):
    assert gone not in _rules(text)


def test_initials_in_capitals_go_only_where_a_log_signs_and_a_clinical_abbreviation_stays():
    text = ("Patient: Henry Thomas Nash. PMH: HTN, DM, CAD.\nStaff: Ingrid Sæther-Mbeki (medic).\n"
            "0635 ISM  Fascia iliaca compartment block, L.\n10:00 | HTN review, obs stable | ISM")
    out = _rules(text)
    assert "ISM" not in out and "HTN, DM, CAD" in out and "HTN review" in out, out
    assert "Fascia iliaca compartment block" in out, out
