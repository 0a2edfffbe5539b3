"""The one reader of vital signs written in prose, and the two callers that take their readings from it."""

from __future__ import annotations

import pytest

from consilium.experts.clinical.score_items import mentation, vital_item
from consilium.orchestration.case.model import Case, Vitals
from consilium.orchestration.case.vitals_text import NAMES, first_reading, readings
from consilium.orchestration.safety.flag_text import CaseReader


def values(text: str, name: str) -> list[float]:
    return [r.value for r in readings(text, name)]


# --- every label form -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, value", [
    ("pulse 116/min", "heart_rate", 116), ("pulse rate is 88", "heart_rate", 88),
    ("heart rate was 120 bpm", "heart_rate", 120), ("HR: 54", "heart_rate", 54), ("P 102", "heart_rate", 102),
    ("hr=130", "heart_rate", 130), ("pulse at 95", "heart_rate", 95),
    ("respirations are 18/min", "respiratory_rate", 18), ("respiration 22", "respiratory_rate", 22),
    ("respiratory rate of 30", "respiratory_rate", 30), ("resp rate 9", "respiratory_rate", 9),
    ("resp. rate 26", "respiratory_rate", 26), ("RR - 24", "respiratory_rate", 24),
    ("blood pressure is 79/42 mm Hg", "systolic_bp", 79), ("blood pressure is 79/42 mm Hg", "diastolic_bp", 42),
    ("BP 145 / 90", "systolic_bp", 145), ("BP: 145/90", "diastolic_bp", 90),
    ("SpO2 91%", "spo2", 91), ("SaO2 of 88 %", "spo2", 88), ("O2 sats 94%", "spo2", 94),
    ("O2 saturation 97.5%", "spo2", 97.5), ("oxygen saturation is 89%", "spo2", 89),
    ("oxygen saturations 93%", "spo2", 93), ("sats 90%", "spo2", 90), ("sat: 99%", "spo2", 99),
    ("the pulse oximetry is 87% on room air", "spo2", 87), ("pulse ox 92%", "spo2", 92),
    ("temperature 38.3°C", "temperature_c", 38.3), ("temp 37 C", "temperature_c", 37), ("T 39.4", "temperature_c", 39.4),
    ("Temperature: 36.5 ℃", "temperature_c", 36.5),
    ("GCS 13", "gcs", 13), ("GCS is 14/15", "gcs", 14), ("Glasgow Coma Scale of 8", "gcs", 8),
    ("Glasgow coma score 3/15", "gcs", 3),
])
def test_every_label_form_is_read(text, name, value):
    assert values(text, name) == [value]


# --- units ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, celsius", [
    ("T 101.3°F", 38.5), ("temperature 102 F", 38.9), ("temp of 98.6 ℉", 37.0),
    ("temperature of 104 degrees Fahrenheit", 40.0), ("temperature 100.4", 38.0),  # no unit, above 50: °F
    ("temperature 38 degrees Celsius", 38.0), ("T 38.5 °C", 38.5), ("temperature 39 centigrade", 39.0),
])
def test_temperature_is_given_in_celsius_whatever_unit_it_was_written_in(text, celsius):
    [reading] = readings(text, "temperature_c")
    assert (reading.value, reading.unit) == (celsius, "°C")
    assert reading.text == text  # the words as written, unit included, stay the evidence


def test_each_reading_carries_its_unit_and_its_place_in_the_text():
    text = "On arrival: pulse 116/min, BP 79/42 mmHg, RR 28, SpO2 90%, T 101.3°F, GCS 13/15."
    got = [(r.name, r.value, r.unit, text[r.start:r.end]) for r in readings(text)]
    assert got == [("heart_rate", 116, "/min", "pulse 116"), ("systolic_bp", 79, "mmHg", "BP 79/42"),
                   ("diastolic_bp", 42, "mmHg", "BP 79/42"), ("respiratory_rate", 28, "/min", "RR 28"),
                   ("spo2", 90, "%", "SpO2 90%"), ("temperature_c", 38.5, "°C", "T 101.3°F"),
                   ("gcs", 13, "/15", "GCS 13/15")]


# --- numbers that are not readings ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("pulse oximetry 92%", "heart_rate"),          # the oximeter, not the pulse
    ("pulse 98% on air", "heart_rate"),            # a percent after a pulse is a saturation
    ("loud P2 on auscultation", "heart_rate"),      # the pulmonary heart sound
    ("HR 1.42 (95% CI 1.1-1.8)", "heart_rate"),   # a hazard ratio
    ("p = 0.01", "heart_rate"),
    ("RR = 0.52", "respiratory_rate"),             # a relative risk
    ("RR 120/80 mmHg", "respiratory_rate"),        # Riva-Rocci: a blood pressure
    ("BP 120 mmHg", "systolic_bp"),                # a BP without a slash is not a BP
    ("blood pressure 140", "diastolic_bp"),
    ("blood pressure was normal", "systolic_bp"),
    ("SpO2 94", "spo2"),                           # a saturation carries its percent sign
    ("sats 140%", "spo2"),
    ("T2 hyperintense lesion", "temperature_c"),    # an MRI sequence
    ("T12 vertebral fracture", "temperature_c"),
    ("temperature 48", "temperature_c"),            # neither a Celsius nor a Fahrenheit body temperature
    ("T 130 F", "temperature_c"),
    ("GCS 2", "gcs"), ("GCS 16", "gcs"),
])
def test_numbers_that_are_not_readings_are_left_alone(text, name):
    assert readings(text, name) == []


def test_first_reading_takes_the_fields_in_order_and_names_the_field():
    texts = [("presenting_complaint", "chest pain"), ("history", "pulse 120, later pulse 90"), ("exam", "HR 70")]
    field, reading = first_reading(texts, "heart_rate")
    assert (field, reading.value, reading.text) == ("history", 120, "pulse 120")
    assert first_reading(texts, "spo2") is None


def test_an_unknown_vital_sign_is_refused_by_name():
    with pytest.raises(ValueError, match="unknown vital sign 'pulse'"):
        readings("pulse 80", "pulse")


# --- both callers read through it -------------------------------------------------------------------------------
PROSE = ("A 70-year-old man. His temperature is 101.3°F, pulse is 116/min, respirations are 28/min, "
         "blood pressure is 86/52 mm Hg, oxygen saturation 89% on room air, GCS 13/15.")


def test_the_scores_and_the_red_flag_screen_read_the_same_values_from_prose():
    case = Case(id="v", history=PROSE)
    reader = CaseReader(case)
    expected = {"temperature_c": 38.5, "heart_rate": 116, "respiratory_rate": 28, "systolic_bp": 86,
                "diastolic_bp": 52, "spo2": 89}
    for name, value in expected.items():
        assert vital_item(case, name).value == value, name
        flag = reader.vital(name)
        assert flag is not None and (flag.value, flag.field) == (value, "history"), name
    assert reader.vital("gcs").value == 13
    assert mentation(case) == ("confusion", "history: 'GCS 13/15'")
    assert set(expected) | {"gcs"} == set(NAMES)


def test_structured_vitals_still_come_before_the_text():
    case = Case(id="v", history=PROSE, vitals=Vitals(heart_rate=72))
    assert vital_item(case, "heart_rate").value == 72
    assert CaseReader(case).vital("heart_rate").field == "vitals.heart_rate"


def test_a_temperature_without_its_unit_now_counts_for_the_scores():
    # The scores' old reader wanted a written unit; the red-flag screen never did. One reader, one answer.
    item = vital_item(Case(id="v", history="On examination T 38.6, HR 96."), "temperature_c")
    assert (item.value, item.evidence) == (38.6, "history: 'T 38.6'")
