"""The de-identification round written from HELD-OUT 12's leaks (session 24), each rule on text of its own.

HELD-OUT 12 was measured once, blind, before any of this (87.8 % removed); these tests hold the rules written
afterwards to their kind, not to that set's records.
"""

from __future__ import annotations

import pytest
from consilium.orchestration.case.model import Case
from consilium.orchestration.privacy.deid import Deidentifier, deidentify_case, scan_output
from consilium.orchestration.privacy.detect import detect


def _found(text: str) -> set[tuple[str, str]]:
    return {(text[s.start:s.end], s.kind) for s in detect(text)}


def _out(text: str) -> str:
    deid = Deidentifier(seed="round12")
    deid.learn(text)
    return deid.deidentify(text)


@pytest.mark.parametrize("text, identifier", [
    # Korean: a name after a label, a relative or before a title; a facility; a date; an address label
    ("환자: 최영숙 (여/71세), 등록번호 2231", "최영숙"),
    ("보호자: 딸 윤서연 010-2231-8890", "윤서연"),
    ("정미경 씨는 어제 내원", "정미경"),
    ("진주새봄병원 내과 외래", "진주새봄병원"),
    ("2024년 3월 5일 입원", "2024년 3월 5일"),
    ("주소: 경상남도 진주시 가좌동 113-4", "경상남도 진주시 가좌동 113-4"),
    # Japanese: a name after a label, its kana reading, a name before a title, a facility, a postcode
    ("患者氏名：森田 翔太（もりた しょうた）　男児", "森田 翔太"),
    ("患者氏名：森田 翔太（もりた しょうた）　男児", "もりた しょうた"),
    ("紹介元：あおば内科クリニック 山口 誠 先生", "山口 誠"),
    ("紹介元：あおば内科クリニック 山口 誠 先生", "あおば内科クリニック"),
    ("住所：〒530-0001 大阪市北区梅田1-2-3", "〒530-0001 大阪市北区梅田1-2-3"),
    # Tamil: a name after a title and after a relative, a place before its district word, a date with a Tamil month
    ("பெயர்: திருமதி வள்ளியம்மை சுப்பிரமணியன், வயது 31", "வள்ளியம்மை சுப்பிரமணியன்"),
    ("(மகன் செந்தில்நாதன், ஓட்டுநர்)", "செந்தில்நாதன்"),
    ("கும்பகோணம் வட்டம், 612001", "கும்பகோணம்"),
    ("கடைசி மாதவிடாய்: 2025 ஜனவரி 14", "2025 ஜனவரி 14"),
])
def test_names_places_and_dates_in_korean_japanese_and_tamil(text, identifier):
    assert identifier not in _out(text)


def test_slot_words_of_those_scripts_are_not_names_and_a_scheme_named_after_a_person_stays():
    # after de-identification a slot holds a placeholder: the relative or department before it is no name
    for text in ("보호자: 아들 [NAME_2] [PHONE_1]", "담당의: 감염내과 [NAME_3]", "保護者：母 [NAME_4]（携帯 [PHONE_2]）",
                 "主治医：小児科 [NAME_6]", "மருத்துவ அலுவலர்: டாக்டர் [NAME_4]", "திருமதி [NAME_1], வயது 24"):
        assert scan_output(text) == [], text
    # a title is a word of its own: a town that begins like one is a place, not a titled name
    assert ("வையாறு", "NAME") not in _found("ஆரம்ப சுகாதார நிலையம், திருவையாறு - பதிவு")
    # "Dr Muthulakshmi Reddy Maternity Benefit Scheme": a scheme named after a person keeps its name
    scheme = "டாக்டர் முத்துலட்சுமி ரெட்டி மகப்பேறு நிதியுதவித் திட்டம் பரிந்துரை"
    assert _out(scheme) == scheme
    # "氏名" (full name) is a label, not a name before the title 氏
    assert "患者" in _out("患者氏名：森田 翔太")


@pytest.mark.parametrize("text, date", [
    ("Amphotericin daily since 14/08. Creatinine 180", "14/08"),
    ("F/u 10/22: rash settling", "10/22"),
    ("History: onset 03/02 with fever and myalgia", "03/02"),
    ("not eating since Tues 4th, more confused", "Tues 4th"),
    ("Review Wednesday 19th in clinic.", "Wednesday 19th"),
])
def test_a_day_and_month_after_since_or_follow_up_and_a_weekday_with_its_day_are_dates(text, date):
    assert date not in _out(text)


@pytest.mark.parametrize("text", [
    "Productive cough since 3/7, no haemoptysis.",  # three days, in the notation of UK notes
    "F/u 6/52 in fracture clinic.",
    "Review 3/12 with repeat bloods.",
    "Power 4/5 in the left arm since onset.",
])
def test_durations_and_scores_after_the_same_words_stay(text):
    assert _out(text) == text


@pytest.mark.parametrize("text, identifier", [
    ("Lisa Ferreira-Okoye, MD, critical care, pgr 4419", "4419"),
    ("Tel. 968 21 44 10, móvil 612 33 87 05.", "612 33 87 05"),
    ("met him through Grindr (his profile rivercity_boy88) last month", "rivercity_boy88"),
    ("Teacher, tel 081-555-2210, LINE noi.sunshine77. Otherwise well", "noi.sunshine77"),
    ("report to Adult Protection, file CW-24-00731; police aware", "CW-24-00731"),
    ("Mrs. Edith Larkspur, ninety-four years old, born 1931", "ninety-four"),
    ("deckhand for Tidewater Oyster Co. Cut his thumb", "Tidewater Oyster"),
    ("agency Blue Horizon Staffing Services Inc.\nFindings normal", "Blue Horizon Staffing Services Inc"),
    ("FIFO fitter with Ironbark Drilling Services; lives in town", "Ironbark Drilling"),
    ("Meldung an das Gesundheitsamt Ostalb-Kreis erfolgt.", "Ostalb-Kreis"),
    ("Waldarbeiter beim Forstbezirk Oberer Neckar. Ende Mai", "Oberer Neckar"),
    ("Residence: Kathiani sub-county, Machakos.", "Kathiani"),
    ("goes fishing on the Brule River most weekends", "Brule River"),
    ("Back in class, no fever.\nK. Ashdown-Pryce, BSN, RN", "Ashdown-Pryce"),
])
def test_english_and_latin_script_slots_of_the_round(text, identifier):
    assert identifier not in _out(text)


@pytest.mark.parametrize("text", [
    "Initial DMARD Therapy in Rheumatoid Arthritis",
    "Referred to Emergency Medical Services and Adult Protection Services.",
    "Seen by the Scottish Ambulance Service and Social Services.",
    "UKHSA Imported Fever Service discussed; malaria films sent.",
    "Ross River virus IgM positive; Murray Valley encephalitis excluded.",
    "Paid by the hour; central line removed; LINE inserted in theatre.",
])
def test_clinical_and_service_words_beside_those_slots_stay(text):
    assert _out(text) == text


def test_a_county_after_co_stays_a_county_and_a_firm_s_co_takes_no_word_after_it():
    assert "Kerry" not in _out("Lives in Tralee, Co. Kerry with her sister.")
    assert "Cut his thumb" in _out("deckhand for Tidewater Oyster Co. Cut his thumb")


def test_every_year_of_a_patient_over_89_goes_and_only_then():
    old = "Mrs Pell, 94yo. # NOF 2018. Served in the WRNS 1949-51; widowed 2020. Takes 1000 mg paracetamol."
    out = _out(old)
    for year in ("2018", "1949-51", "2020"):
        assert year not in out
    assert "1000 mg" in out
    young = _out("Mr Dunn, 64yo. # NOF 2018; widowed 2020.")
    assert "2018" in young and "2020" in young
    # the case's age says so too, when no text states it
    case = Case.model_validate({"id": "c90", "demographics": {"age_years": 95},
                                "history": "Hip fracture 2017. Lives alone since 2019."})
    history = deidentify_case(case)[0].history
    assert "2017" not in history and "2019" not in history


# --- The round from HELD-OUT 13's leaks (measured once, blind, before it: 87.3 %) ---------------------------

@pytest.mark.parametrize("text, identifier", [
    ("التاريخ: ٠٤/٠٥/٢٠٢٥ - الجلسة الصباحية", "٠٤/٠٥/٢٠٢٥"),  # Arabic-Indic digits read as digits
    ("Brought to ED on 21/10 at 02:40 by her father", "21/10"),
    ("Blood cultures sent 30/6: no growth", "30/6"),
    ("more breathless since the 9th, sats 91%", "the 9th"),
    ("Tanggal: 14 Maret 2026, 09:00", "14 Maret 2026"),
    ("Adres: Prinsengracht 88, Amsterdam.", "Prinsengracht 88"),
    ("la Sig.ra Carmela Buonocore; la figlia", "Carmela Buonocore"),
    ("Medico curante: Dott. Vittorio Zanetti.", "Vittorio Zanetti"),
    ("nata il 3 marzo 1930, di anni 95, residente", "95"),
    ("C.F. BNCCML30C43F839K, tessera sanitaria 80380000120011112222", "BNCCML30C43F839K"),
    ("n.º de utente SNS 193 442 807, NIF 245 118 930", "193 442 807"),
    ("Requesting clinician: Clinical Officer, HPCZ reg. CO/07731", "CO/07731"),
    ("Mrs Ama Owusu, Senior Physiotherapist, AHPC PT/0788", "PT/0788"),
    ("Dra. Beatriz Mendes, cédula profissional 51734", "51734"),
    ("Plan agreed.\nRhian Pugh-Okonkwo, Sexual Health Adviser", "Rhian Pugh-Okonkwo"),
    ("Text reminder sent.\nRN Lesieli Tupou-Hartmann, School Health Nurse", "Lesieli Tupou-Hartmann"),
    ("Room 2, the Helvellyn suite. PMH: PD", "Helvellyn"),
    ("He sings at St Aldhelm's Church on Sundays.", "St Aldhelm's Church"),
    ("trek guide with Annapurna Ridge Treks; back next month", "Annapurna Ridge"),
    ("ผู้ป่วย: นายสมชาย ทองประเสริฐ อายุ 61 ปี HN 67-118204", "ทองประเสริฐ"),
    ("ผู้ป่วย: นายสมชาย ทองประเสริฐ อายุ 61 ปี HN 67-118204", "67-118204"),
    ("เลขประจำตัวประชาชน 1-1020-00345-61-2", "1-1020-00345-61-2"),
    ("วันที่ 12 กันยายน 2568 ที่โรงพยาบาลบ้านแพ้ว", "12 กันยายน 2568"),
    ("วันที่ 12 กันยายน 2568 ที่โรงพยาบาลบ้านแพ้ว", "โรงพยาบาลบ้านแพ้ว"),
])
def test_the_round_from_heldout13(text, identifier):
    assert identifier not in _out(text)


@pytest.mark.parametrize("text", [
    "Frank pus from the 2nd toe; on the 3rd day of illness.",
    "Takes 1/2 tablet on 2/3 of days.",
    "Moved from the side room to the Labour ward, then the Short Stay unit and a step-down unit.",
    "Scottish Ambulance Service crew handed over.",
])
def test_the_round_from_heldout13_leaves_these(text):
    assert _out(text) == text


def test_a_plate_after_reg_goes_whole_not_as_a_registration_number():
    assert _out("Bike reg 8842 HT seen on camera.") == "Bike reg [ID_1] seen on camera."


def test_every_rule_writes_a_placeholder_that_comes_back():
    """A rule of a kind no placeholder has would leave "[LICENCE_1]" in a re-identified text (HELD-OUT 14 found one)."""
    from consilium.orchestration.privacy import id_rules, scripts, scripts_asia
    from consilium.orchestration.privacy.detect import PLACEHOLDER_KINDS

    kinds = {kind for kind, *_ in id_rules.RULES} | {kind for kind, *_ in scripts._rules()} \
        | {kind for kind, *_ in scripts._script_rules()} | {kind for kind, *_ in scripts_asia._rules()}
    assert kinds <= set(PLACEHOLDER_KINDS), kinds - set(PLACEHOLDER_KINDS)
    text = "Client: Mrs. Ada Vance, OT reg. 604719, HPCZ reg. CO/07731; Dra. Lia Reis, cédula profissional 51734."
    deid = Deidentifier(seed="rt")
    deid.learn(text)
    assert deid.reidentify(deid.deidentify(text), unshift_dates=False) == text


def test_in_a_note_that_writes_slash_dates_a_day_and_month_after_an_event_is_a_date():
    from consilium.orchestration.privacy.dates import find_dates

    note = ("DOB 10/14/1979. Transferred 6/10 from the county hospital; cannulated 6/11 at 02:10. Debridement 8/3, "
            "graft 8/15, clinic 8/26; last dose 2/13. Power 4/5, pain 6/10, VA 6/9, GCS 14/15, mini-cog 2/5, "
            "ESRD 2/2 diabetic nephropathy, ER Allred 8/8, 2/3 of days. Lives at 4/17 Mount Dandenong Rd.")
    found = {d.text for d in find_dates(note, day_first=False)} - {"10/14/1979"}
    assert found == {"6/10", "6/11", "8/3", "8/15", "8/26", "2/13"}
    # without a full date written with slashes the same shapes stay what the words before them make them
    assert {d.text for d in find_dates("Debridement 8/3, graft 8/15.", day_first=False)} == set()


@pytest.mark.parametrize("text, firm", [
    ("He drives for Silver Sage Trucking; home most weekends", "Silver Sage Trucking"),
    ("She belonged to Holy Family Parish until last year", "Holy Family Parish"),
    ("retired guide with Blue Ridge Outfitters", "Blue Ridge Outfitters"),
])
def test_a_firm_of_everyday_words_between_a_preposition_and_its_trade(text, firm):
    assert firm not in _out(text)
    assert _out("Referred to the Pain Management Homes team.") == "Referred to the Pain Management Homes team."


def test_a_role_before_a_heading_of_everyday_words_names_no_one():
    for heading in ("RN Handover Sheet\nBed 4: stable", "RN Night Staff\nAll well", "HCA Tasks Today\nObs due"):
        assert _out(heading) == heading
    for team in ("Seen.\nDiabetes Team, Dietitian", "Seen.\nMental Health Liaison, Practitioner"):
        assert _out(team) == team


def test_ltd_as_notes_abbreviate_limited_is_no_firm():
    for text in ("R Shoulder Ltd ROM due to pain", "Exercise Tolerance Ltd to 50 m", "Walks with Frame Ltd distance"):
        assert _out(text) == text


def test_a_letterhead_s_practice_before_its_address_or_a_dash():
    for text, name in (("Harbourside Dental Care, 12 Quay Street, Whitby YO21 1DH - urgent slot", "Harbourside Dental Care"),
                       ("Kowhai Valley Health - Home Care Nursing, Hastings", "Kowhai Valley Health")):
        assert name not in _out(text)
    for text in ("Double Vision, Difficulty Climbing Stairs, Upper Limb Weakness", "Emergency Medicine, Ward 3 - handover",
                 "Behavioral Health - SW note"):
        assert _out(text) == text


def test_an_age_over_89_before_letters_is_written_apart_and_comes_back():
    deid = Deidentifier(seed="age")
    text = "Mrs Pell, 93yo, lives alone with her son."
    deid.learn(text)
    out = deid.deidentify(text)
    assert "90 or older yo" in out and "93" not in out
    assert deid.reidentify(out, unshift_dates=False) == text
    assert not [f for f in scan_output("Seen at 93 kg, age 90 or older yo", deid) if f.rule == "case_original"]
