"""The de-identification round of session 25, written from the leaks left on the spent held-out sets (HELD-OUT 8,
11, 13 and 14), each rule on text of its own.

These tests hold the rules to their kind, not to those sets' records: phones written in pairs or after a label in
another language, record numbers after a label in Greek, Arabic, Chinese or Russian, names with an ʻokina or a
Welsh "ap", a nurse's or crew member's letters before or after a name, and a year-less date after an event in a
note that writes its full dates in words.
"""

from __future__ import annotations

import pytest
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.detect import detect


def _out(text: str) -> str:
    deid = Deidentifier(seed="round13")
    deid.learn(text)
    return deid.deidentify(text)


@pytest.mark.parametrize("text, identifier", [
    # phones: ten digits in pairs (French, Dutch), a French label with its accent, Russian five-digit area codes,
    # and labels in Cyrillic and Greek
    ("58 rue Foch, Lyon - Tél. 04 72 11 38 90", "04 72 11 38 90"),
    ("Sa fille est joignable au 06 12 48 77 30.", "06 12 48 77 30"),
    ("Zijn vrouw is bereikbaar op 06-41 27 88 19.", "06-41 27 88 19"),
    ("Контакт: тел. 8 (4852) 31-17-09", "8 (4852) 31-17-09"),
    ("дочь, тел. 8 (48535) 2-11-40", "8 (48535) 2-11-40"),
    ("Σύζυγος, κιν. 697 310 5521.", "697 310 5521"),
    # record numbers after a label in another script
    ("Ασθενής 71 ετών, αρ. μητρώου 2024/33817", "2024/33817"),
    ("رقم الملف 2023/7712", "2023/7712"),
    ("病歷號碼：KW30018842", "KW30018842"),
    ("住院号 ZS2025004417。", "ZS2025004417"),
    ("номер карты 77-40912", "77-40912"),
    # names: an ʻokina inside a word, a Welsh patronymic, a crew member's letters after the name, a nurse's before it
    ("Discussed with ID.\n- Makana Kealoha Kaʻaihue, MD", "Makana Kealoha Kaʻaihue"),
    ("Yours sincerely,\nDr Iolo ap Dafydd", "Iolo ap Dafydd"),
    ("Crew: Tamsin Orley, AEMT", "Tamsin Orley"),
    ("Handover given. RN: Philippa Quarrington.", "Philippa Quarrington"),
    ("PA-C: Dorian Westerholm", "Dorian Westerholm"),
    # the doctor after a Russian label with words between ("Врач общей практики: ...")
    ("Врач общей практики: Мельникова Дарья Сергеевна", "Мельникова Дарья Сергеевна"),
])
def test_the_round_from_the_spent_sets(text, identifier):
    assert identifier not in _out(text)


@pytest.mark.parametrize("text", [
    # a role's letters before a heading or a finding are not a name
    "PA: Normal heart size.",
    "NP: Follow up Monday",
    "RN: Obs stable overnight.",
    # ten digits in pairs that are not a phone: a result list, a time, a year range
    "Glucose 5.4 6.1 7.2 8.0 mmol/L",
    "Ratio 1.02 at 04 20",
    # an antibody after a capitalised word is no Welsh name
    "HBV serology: HBs Ag negative, anti-HBc ab Positive",
])
def test_the_round_leaves_these(text):
    found = {text[s.start:s.end] for s in detect(text) if s.kind in ("NAME", "PHONE")}
    assert not found, found


def test_a_slashed_day_and_month_after_an_event_is_a_date_only_in_a_note_that_writes_slashed_dates():
    slashed = ("Admitted 12/06/2025\n"
               "Transferred 6/10 from the county hospital; VA-ECMO cannulated 6/11 at 02:10.\n"
               "Strength improved 4/5. Pain reduced 3/10. Power 4/5 both legs. Completed 4/6 cycles.")
    out = _out(slashed)
    assert "6/10 from" not in out and "cannulated 6/11" not in out
    # scores after an event word stay, with their score's name before it or the score shape after it
    for kept in ("Strength improved 4/5", "Pain reduced 3/10", "Power 4/5", "4/6 cycles"):
        assert kept in out
    # a note that writes its dates in words reads no year-less slashed date after an event word: "Completed 4/6
    # cycles" and "Hip flexion improved 4/5" there were taken for dates by a wider reading (second reading, session 25)
    worded = "Hospital day 3 | June 12, 2025\nTransferred 6/10 from the county hospital. Hip flexion improved 4/5."
    assert "Transferred 6/10 from" in _out(worded) and "improved 4/5" in _out(worded)


@pytest.mark.parametrize("text, facility", [
    ("ED note - Community Regional Medical Center, Fresno CA", "Community Regional Medical Center"),
    ("To: Microbiology, University Teaching Hospital, Lusaka", "University Teaching Hospital"),
    ("Transferred from the District General Hospital, Leeds", "District General Hospital"),
])
def test_an_institution_of_generic_words_before_its_town_is_that_town_s_own(text, facility):
    assert facility not in _out(text)


def test_a_clinic_of_generic_words_before_a_town_and_a_lone_generic_hospital_stay():
    assert "Diabetes Clinic" in _out("Seen in the Diabetes Clinic, Leeds")
    assert "District General Hospital" in _out("Needs transfer to a District General Hospital.")


@pytest.mark.parametrize("text, place", [
    ("Farms above Glasbury, lives alone.", "Glasbury"),
    ("Herds cattle around Lodwar.", "Lodwar"),
    ("Camped below Moab and hiked out.", "Moab"),
    ("Rash after a hike toward Chimayo.", "Chimayo"),
])
def test_a_place_after_a_word_of_where(text, place):
    assert place not in _out(text)


def test_after_those_words_a_drug_a_reference_and_a_trailing_joiner_stay_out():
    out = _out("Off Levophed since 02:00. Sats below Target. Sodium above Normal.")
    assert "Levophed" in out and "Target" in out and "Normal" in out
    text = "Flying in from Kawerau on Sunday."
    assert [text[s.start:s.end] for s in detect(text) if s.kind == "LOCATION"] == ["Kawerau"]


@pytest.mark.parametrize("text, gone", [
    # after a street: the localities between commas, the town and its four-digit postcode
    ("Home: 9 Ndlovu St, Zone 4, Mabopane 0190. Cell on file.", ("Zone 4", "Mabopane", "0190")),
    ("Lives 27 Qamata Crescent, Site B, Gugulethu 7750.", ("Gugulethu", "7750")),
    # the town after a continental postcode, and a Dutch postcode with its letters
    ("Dr A. Vermeulen, Rue des Tanneurs 4, 5000 Namur", ("Namur",)),
    ("Betreft: mevrouw X, Grote Kerkstraat 12, 8911 EA Leeuwarden", ("8911 EA",)),
])
def test_the_rest_of_an_address_after_its_street_or_postcode(text, gone):
    out = _out(text)
    for part in gone:
        assert part not in out, (part, out)


def test_a_four_digit_number_after_a_street_that_is_no_postcode_stays():
    out = _out("Lives at 4 Smith Street, Newtown. Walks 2000 steps a day, Hb 125.")
    assert "2000 steps" in out and "Hb 125" in out


@pytest.mark.parametrize("text, name", [
    ("Triage RN D. Kowalczyk", "Kowalczyk"),
    ("Contact cousin on file. SW L. Govender", "Govender"),
    ("Next visit Thurs. N. Vaughan-Eze, DN", "Vaughan-Eze"),
    ("SW: Gurpreet Sidhu.", "Gurpreet Sidhu"),
])
def test_a_name_after_a_nurse_s_or_social_worker_s_letters(text, name):
    assert name not in _out(text)


@pytest.mark.parametrize("text", ["RN Handover Sheet", "RN: Handover given to night staff.", "RN: Handover Sheet",
                                  "SW Ward 4 notes"])
def test_those_letters_heading_a_form_or_a_note_take_no_name(text):
    assert not [s for s in detect(text) if s.kind == "NAME"]


@pytest.mark.parametrize("text, age", [
    ("Patient: A B   DOB: 09/22/1931 (93 y)", "93"),
    ("Mrs C D, DOB 11.04.1929 (95), NHS 943 476 5919", "95"),
    ("Pt: E F / 97F / DOB 1927-12-03 / MRN 5511903", "97F"),
])
def test_an_age_over_89_in_brackets_after_the_birth_date_or_between_a_header_s_slashes(text, age):
    assert age not in _out(text)


def test_a_younger_age_and_a_temperature_stay():
    assert "(65)" in _out("DOB 01/02/1960 (65)")
    assert "T 97F" in _out("Obs: T 97F, HR 80.")


# --- the round from HELD-OUT 15's leaks (HELD-OUT 15 measured blind before it) ---

@pytest.mark.parametrize("text, gone", [
    # a month on its own after a word that places an event in it, a named holiday, a day written in words
    ("No periods since August.", "August"),
    ("Adrenal crisis in March after gastroenteritis.", "March"),
    ("Since mid-December more isolated.", "December"),
    ("Temperature since the evening of Christmas Day.", "Christmas Day"),
    ("Camped over Labor Day; rash a week later.", "Labor Day"),
    ("She hopes to see the eleventh of February.", "eleventh of February"),
    ("date of birth twelfth of March 1949 comma", "1949"),
    # a day and month followed by a clock time
    ("Paeds ED - 12/12 19:45", "12/12"),
    ("el 17/01 a las 07:00 sintió una picadura", "17/01"),
    # an age over 89 with a letter for its unit, and its birthday
    ("Patient: A B   92 Y F   DOB 04/30/1933", "92 Y"),
    ("hoping mum makes her 95th birthday", "95th"),
    ("her ninety-seventh birthday", "ninety-seventh"),
])
def test_dates_and_ages_of_the_round_from_heldout15(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("The May-Thurner syndrome was excluded.", "May-Thurner"),
    ("She may improve with physio.", "may improve"),
    ("GCS 14/15 at 02:10", "14/15"),
    ("Pain 6/10 at 14:00", "6/10"),
    ("his 60th birthday", "60th birthday"),
    ("the first of many visits", "first of many"),
])
def test_what_the_date_and_age_rules_of_that_round_leave(text, kept):
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    # traditional characters of Chinese addresses and districts, employers and hotels by their word, a WeChat id
    ("住址：新北市板橋區文化路一段188巷12號5樓", "文化路一段188巷12號"),
    ("職業：宏遠客運公車司機", "宏遠客運"),
    ("患者2天前在圓山大飯店參加喜宴", "圓山大飯店"),
    ("工作单位：退休（原上海申达纺织厂）", "上海申达纺织厂"),
    ("联系电话：139 1655 4073　微信：wangliping_0822", "wangliping_0822"),
])
def test_chinese_slots_of_the_round_from_heldout15(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, gone", [
    # registrations after "reg." with letters and hyphens, pharmacists' and Polish doctors' licences, dotted licences
    ("Physiotherapist, PBNZ reg. 70-14417", "70-14417"),
    ("Sr Ana Tuilagi, RN (reg. RN-0418-27)", "RN-0418-27"),
    ("Pharmacist - KS RPh 1-18274", "1-18274"),
    ("lek. Jan Nowak, nr PWZ 8482913", "8482913"),
    ("Genetic Counselor, VT lic. 058.0131204", "058.0131204"),
    # police and Polish titles before a name
    ("Brought in by RCMP (Cst. Harjit Sandhu) under s.28", "Harjit Sandhu"),
    ("Lekarz prowadzący: lek. Bartosz Wilk", "Bartosz Wilk"),
    # a plate after a car's make, an aircraft's registration, a boat's number
    ("drives a grey Audi, KFZ 8127", "KFZ 8127"),
    ("by LifeMed fixed-wing (N417LM) from the clinic", "N417LM"),
    ("provincial air ambulance, aircraft C-GLXW, wheels up", "C-GLXW"),
    ("crews on the trawler PZ 417 out of Newlyn", "PZ 417"),
    # a place after "out of"
    ("a sternman on a lobster boat out of Friendship", "Friendship"),
])
def test_licences_titles_plates_and_places_of_the_round_from_heldout15(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("He's run out of Entresto again.", "Entresto"),
    ("Ford fracture classification type II", "Ford fracture"),
    ("Ran a Honda generator in the tent", "Honda generator"),
    ("Out of Hours GP called.", "Out of Hours"),
])
def test_what_those_rules_leave(text, kept):
    assert kept in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Osborn (J) waves V2-V5, QTc 512.", "Osborn (J) waves"),
    ("Humphrey 24-2 SITA: MD -6.8 dB right", "Humphrey 24-2"),
    ("Rose Bengal: positive", "Rose Bengal"),
])
def test_signs_tests_and_instruments_named_after_people_stay(text, kept):
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    # a known name after an opening quotation mark
    ("Nephew Craig Dunlop visits. She told me 'Craig says they will sell it'.", "Craig"),
    # year-less dates: an injury's, one before a clinician, one in brackets after a result, one with a leading zero
    ("DOB 05/05/2001. Injury: 19/07 skiing, landed badly.", "19/07"),
    ("DOB 05/05/2001. Follow-up: Sickle Cell Clinic, 3/4 with Dr. Wetherington.", "3/4 with"),
    ("γεν. 09/04/1934. Τελευταίο INR 2,6 (30/10).", "30/10"),
    ("DOB 12/02/1950. Revisit 09/07.", "09/07"),
    # Chile's RUN and phone label, Greek protocol and registry numbers, Chinese licences and social workers
    ("Paciente: X Y, RUN 16.482.037-8, 32 años", "16.482.037-8"),
    ("San Martín 1436, Concepción. Fono (41) 255 5718", "255 5718"),
    ("Αρ. πρωτοκόλλου 25-07-0418   Λήψη", "25-07-0418"),
    ("Ενδοκρινολόγος, Αρ. Μητρώου ΙΣΚ 4418", "4418"),
    ("主治醫師：蕭明哲（醫字第039517號）", "039517"),
    ("社工：姚慧中（註冊社工）", "姚慧中"),
    # Polish: a street with a flat number after a date, a plate after its label, a relative's name
    ("ur. 14.07.1958, ul. Zakopiańska 12/4, 30-418 Kraków", "Zakopiańska"),
    ("w jej samochodzie (nr rej. KR 4J182) z afazją", "4J182"),
    ("widziana zdrowa przez męża Zbigniewa o 8:30.", "Zbigniewa"),
])
def test_the_second_part_of_the_round_from_heldout15(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("DOB 05/05/2001. Power: 4/5 both legs; pain: 6/10", "4/5"),
    ("DOB 05/05/2001. Power: 4/5 both legs; pain: 6/10", "6/10"),
    ("DOB 12/02/1950. MMSE (24/30), power (4/5)", "24/30"),
    ("since 3/7, f/u 6/52", "3/7"),
    ("spent £4,000 on a boat. YMRS 31. No psychosis.", "YMRS 31"),
])
def test_what_the_second_part_leaves(text, kept):
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("UNIVERSITY OF IOWA HEALTH CARE - Department of Radiology", "IOWA HEALTH CARE"),
    ("a student at the University of Namibia.", "Namibia"),
    ("KLINIK PERGIGIAN SERI TANJUNG\n112 Jalan Burma", "PERGIGIAN SERI TANJUNG"),
    ("Szpital Miejski Bielsko, oddział wewnętrzny", "Miejski Bielsko"),
])
def test_universities_and_hospitals_named_first_in_other_languages(text, gone):
    assert gone not in _out(text)


def test_a_classification_named_after_a_university_is_not_one():
    assert not [s for s in detect("University of Texas grade 3B ulcer") if s.rule == "university"]


# --- HELD-OUT 16's losses (measured blind before these): brands, models, genera, tests, classifications ---

@pytest.mark.parametrize("text, kept", [
    ("Sent home on Keflex for cellulitis.", "Keflex"),
    ("Pulled from the Pyxis on override.", "Pyxis"),
    ("Thickened via Nutilis Clear, 1 scoop per 100 mL.", "Nutilis Clear"),
    ("Seen in the First Fit Clinic.", "First Fit Clinic"),
    ("Ventilated on Hamilton T1 (s/n HT1-5092873).", "Hamilton T1"),
    ("likely Mozambique spitting cobra (Naja mossambica).", "Naja mossambica"),
    ("Kindly do NS1, IgM, CBC, smear for MP, Widal.", "Widal"),
    ("mild gallstone pancreatitis (revised Atlanta) 3/12 ago", "revised Atlanta"),
    ("Guillain-Barré, Brighton επίπεδο 1, EGRIS 5.", "Brighton"),
    ("24 y/o G2P1001 at 33w4d", "G2P1001"),
])
def test_brands_models_genera_tests_and_classifications_stay(text, kept):
    assert kept in _out(text)


def test_a_town_before_a_postcode_or_an_eircode_is_still_a_town():
    assert "Birmingham" not in _out("12 High St, Birmingham B8 1HU")
    assert "Kerry" not in _out("Home: Cahersiveen, Co. Kerry V23 WK40.")


def test_a_plan_s_opening_verb_names_no_facility():
    assert "Await First Fit Clinic." in _out("Safety advice given. Await First Fit Clinic.")
    assert "Refer [HOSPITAL_1]" in _out("Refer Ninewells Hospital")


@pytest.mark.parametrize("text, gone", [
    ("09:00  ONG Kah Seng, M/67, S1590362G", "Kah Seng"),
    ("Pharmacy review: Haruki Blankenship, PharmD - TX RPh lic. 51374.", "Blankenship"),
    ("Nurse on call: Tamsin Oakes-Kilabuk, RN (CHN)", "Oakes-Kilabuk"),
    ("DOB 02/12/1959. Yesterday (02/03) about 15:00 in the depot yard", "02/03"),
    ("DOB 02/12/1959. Laparoscopic high anterior resection 28/01 for sigmoid cancer", "28/01"),
    ("γεν. 09/04/1950. Τελευταία HbA1c 7,8% (στις 5/3).", "5/3"),
    ("KONSÜLTASYON NOTU - 18 Haziran 2025, saat 14:20", "Haziran"),
    ("Bronchoscopy on December nineteenth colon BAL showed", "nineteenth"),
    ("Belo Horizonte - MG, CEP 30130-100", "30130-100"),
    ("Prontuário 4.306.715. CPF 305.196.274-07.", "4.306.715"),
    ("Prontuário 4.306.715. CPF 305.196.274-07.", "305.196.274-07"),
    ("Dra. Heloísa Drummond - CRM-MG 48.217", "48.217"),
    ("| DOB 14/03/2018 | MR# 0927-5063-1", "0927-5063-1"),
    ("Forrest General Hospital, 6051 US-49, Hattiesburg MS 39401", "US-49"),
    ("聯絡人：先生 吳宗翰　LINE ID：yating0402", "yating0402"),
    ("Season parking label for SLB3061B to be renewed", "SLB3061B"),
])
def test_the_round_from_heldout16(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Heart Failure, MD review tomorrow", "Heart Failure"),
    ("Strength improved 4/5 after the resection", "4/5"),
])
def test_what_the_round_from_heldout16_leaves(text, kept):
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("Βάρος 48 kg (-3 kg από τον Ιανουάριο), ΔΜΣ 19.", "Ιανουάριο"),
    ("από τις αρχές Φεβρουαρίου ερυθρότητα", "Φεβρουαρίου"),
    ("說想在11月過生日。", "11月"),
    ("患者自3月中旬起出现波状热", "3月中旬"),
    ("希望農曆新年前接母親回院舍。", "農曆新年"),
])
def test_a_month_alone_in_greek_and_chinese(text, gone):
    assert gone not in _out(text)


def test_every_year_of_a_patient_over_89_between_chinese_characters():
    deid = Deidentifier(seed="round13")
    text = "病人：葉鳳儀　女　92歲。丈夫於1988年去世。"
    deid.learn(text)
    out = deid.deidentify(text)
    assert "1988" not in out and "2024年3月" not in _out("入院：2024年3月")


# --- the round from HELD-OUT 17's leaks and losses (HELD-OUT 17 measured blind before it) ---

@pytest.mark.parametrize("text, gone", [
    ("painless jaundice since Christmas. CT at the hospital on January 30: 4 cm mass.", "Christmas"),
    ("painless jaundice since Christmas. CT at the hospital on January 30: 4 cm mass.", "January 30"),
    ("γεν. 09/04/1950. Καλλιέργεια (28/10): Staphylococcus aureus.", "28/10"),
    ("γεν. 09/04/1950. Επόμενη επίσκεψη: Παρασκευή 21/11.", "21/11"),
    ("Vào viện lúc 15 giờ, ngày 3 tháng 3 năm 2026.", "tháng 3 năm 2026"),
    ("tại đám giỗ ngày 28/2.", "28/2"),
    ("去年12月冬至前後曾有一次低血糖。", "12月"),
    ("去年12月冬至前後曾有一次低血糖。", "冬至"),
    ("Coastguard helicopter (S-92, G-MCGQ) tasked 03:58", "G-MCGQ"),
    ("Transport mit dem Rega-Helikopter HB-ZRT direkt", "HB-ZRT"),
    ("AHV-Nr. 756.4820.3917.53", "756.4820.3917.53"),
    ("Social Worker | SACSSP 10-31847", "10-31847"),
    ("Consultant Radiologist (MDCN/R/38417), on the", "38417"),
    ('She declined: "I\'m 94, my dear"', "94"),
    ("CHA/P: Marvina Nanalook, CHP", "Nanalook"),
])
def test_the_round_from_heldout17(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("Given G-CSF today.", "G-CSF"),
    ("May 5 mg at night", "May 5 mg"),
    ("BP 120/80/70 and A/B/C", "A/B/C"),
    ("Advice from the Category A medical chest: aspirin", "Category A"),
    ("positive Cogan's lid twitch, ice pack test", "Cogan's"),
    ("Handheld echo (Vscan Air)", "Vscan Air"),
    ("University of Texas grade 1A. SINBAD 2.", "Texas"),
    ("X-ray: fragmentation at the Lisfranc joint.", "Lisfranc"),
    ("Braden 13分，Norton 12分。", "Norton"),
    ("I'm 94 kg now", "94 kg"),
])
def test_what_the_round_from_heldout17_leaves(text, kept):
    assert kept in _out(text)


def test_a_patient_line_closing_on_the_town_and_a_health_board_by_its_region():
    out = _out("1. Mr Eamon Quinlivan, 67, DOB 15/06/1958, H&C 320 417 8595. Holywood.\n   RUL mass\n"
               "3. Mrs A B, DOB 02/12/1959, MRN 1234567. Alert.\n")
    assert "Holywood" not in out and "Alert." in out
    out = _out("NHS Highland - Raigmore Hospital. NHS England guidance; NHS 24 called.")
    assert "Highland" not in out and "NHS England" in out and "NHS 24" in out


@pytest.mark.parametrize("text, gone", [
    ("Inmate: J B, DOB 01.09.1992, SSN ***-**-4417", "4417"),
    ("HISTOPATHOLOGY REPORT   Lab no. QEH/S25-48173", "48173"),
    ("Control no. SVF-PEME-26-0418   Date", "0418"),
    ("n° de sécurité sociale 1 58 07 63 113 042 41, domicilié", "113 042"),
    ("Clinical Scientist (Audiology), RCCP 2194", "2194"),
    ("Họ tên người bệnh: ĐỖ VĂN THẮNG   Tuổi: 53", "THẮNG"),
])
def test_numbers_and_a_vietnamese_name_label(text, gone):
    assert gone not in _out(text)


def test_numbered_beds_stay():
    assert "No. 5 and No. 7 beds" in _out("No. 5 and No. 7 beds")


@pytest.mark.parametrize("text, kept", [
    ("μεσολόβιο (Dawson's fingers), μία", "Dawson's fingers"),
    ("θετικό σημείο Marcus Gunn· ανάρρωση", "Marcus Gunn"),
    ("then Ivor Lewis oesophagectomy at 6-8 weeks.", "Ivor Lewis"),
    ("removed from play per Natasha's Law (HB 2038)", "Natasha's Law"),
    ("Taking St John's Wort for low mood", "St John's Wort"),
    ("12% TBSA (Lund and Browder chart)", "Lund and Browder"),
    ("DOB 01/02/1960. Callus L hallux, monofilament 6/10 sites.", "6/10 sites"),
    ("Jamar dynamometer grip R 14 kg", "Jamar"),
])
def test_heldout18_s_eponyms_and_a_count_of_sites_stay(text, kept):
    assert kept in _out(text)


@pytest.mark.parametrize("text, gone", [
    ("HbA1c 10.2% in Nov, drinks heavily.", "Nov"),
    ("surgery closed since Kadooment Day, reopens Monday", "Kadooment"),
    ("she says she'll be 94 in June.", "94"),
    ('"I\'ve had 97 good winters, that\'s plenty."', "97"),
    ("θα κλείσει τα 92 τον Αύγουστο", "92"),
    ("για τα Χριστούγεννα· η κόρη", "Χριστούγεννα"),
    ("Position 60°41'N 000°52'W, steaming for port", "60°41'N"),
    ("Place: training area, grid SN 9412 3718, 16 km march", "9412 3718"),
    ("Tarehe: 14 Machi 2026", "Machi"),
    ("născut la 8 martie 1964", "martie"),
    ("Ambulance SAB 8341 G, departed 14:45.", "8341"),
    ("Retrieval: PC-24 VH-WZK to the base hospital", "VH-WZK"),
])
def test_the_round_from_heldout18(text, gone):
    assert gone not in _out(text)


@pytest.mark.parametrize("text, kept", [
    ("BP turned 90/60 after fluids.", "90/60"),
    ("Review on Day 3 of admission.", "Day 3"),
    ("He turns 45 kg heavier", "45 kg"),
])
def test_what_the_round_from_heldout18_leaves(text, kept):
    assert kept in _out(text)


# --- what a second reading of the session's rules found they took, and must not ---

# ("Lives alone in Sheffield S10." kept "S10" until session 31: the reader retrained then takes a postcode district
# after its town, 0.59. It is the postcode's outward part, no clinical string, so the case left this list.)
@pytest.mark.parametrize("text, kept", [
    ("Symptoms may first appear in adults.", "may first"),
    ("ισχύς δεξιά από 3/5 σε 4/5, Πόνος έως 8/10", "έως 8/10"),
    ("DOB 01/02/1960. Ate 1/2 at 12:30, 3/4 at 18:00", "Ate 1/2 at 12:30"),
    ("DOB 01/02/1960. cores positive 40% (4/10), Apgar 9 (9/10)", "(9/10)"),
    ("DOB 01/02/1960. cores positive 40% (4/10), Apgar 9 (9/10)", "(4/10)"),
    ("Stem cell retrieval today, G-CSF given.", "G-CSF"),
    ("They let themselves in; C-MAC used.", "C-MAC"),
    ("axial plane N2 nodes", "N2"),
    ("Ambulance: HR 120, BP 90/60.", "HR 120"),
    ("Culprit vessel: RCA 90%", "RCA 90%"),
    ("Take vitamin D, 1000 IU Vitamin D3 daily.", "1000 IU"),
    ("T2DM, 2019 MI Stented", "MI Stented"),
    ("Target HR will be 110 bpm.", "110 bpm"),
    ("HR turned 110.", "110"),
    ("Neck turned 90 deg.", "90 deg"),
    ("I am 100 percent sure.", "100 percent"),
    ("I'm 95 kilos.", "95 kilos"),
    ("BP 132/78 | 99F | RR 18", "99F"),
    ("University of Pennsylvania Smell Identification Test", "Pennsylvania Smell"),
    ("Insp Crackles bilaterally", "Crackles"),
    ("He runs out of Entresto often and is out of Ventolin.", "Ventolin"),
    ("Insulin reg 10-14 units with meals", "10-14 units"),
    ("CRM 2024 device clinic", "CRM 2024"),
    ("since Admission Day, until Discharge Day", "Discharge Day"),
    ("孕3月，第3月", "孕3月"),
    ("Values 01 02 03 04 05", "01 02 03"),
])
def test_what_the_second_reading_found_taken_stays(text, kept):
    assert kept in _out(text)


def test_and_the_second_reading_s_misses():
    assert "US-49" not in _out("Lives 4471 N US-49, Hattiesburg")
    assert "Await First Fit Clinic" in _out("Plan:\n- Await First Fit Clinic")
