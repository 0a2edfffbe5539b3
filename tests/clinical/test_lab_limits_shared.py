"""One lab catalogue: one number parser and one set of critical limits, read by the lab expert and the red flags."""

from __future__ import annotations

import pytest

from consilium.experts.clinical.lab_catalog import ANALYTES, parse_number
from consilium.experts.clinical.lab_critical import CRITICAL_LIMITS
from consilium.experts.clinical.labs import judge
from consilium.orchestration.case.model import Case, LabResult
from consilium.orchestration.safety.flag_labs import read_labs
from consilium.orchestration.safety.red_flags import detect_red_flags


@pytest.mark.parametrize("text, expected", [
    ("5,2", (5.2, "")), ("0,45", (0.45, "")), ("150,000", (150000.0, "")), ("1,234,567", (1234567.0, "")),
    ("1.234,5", (1234.5, "")), ("<0,01", (0.01, "<")), ("≥6.5", (6.5, ">")), ("<= 3", (3.0, "<")),
    ("7.", (7.0, "")), ("-2.5", (-2.5, "")), (6, (6.0, "")), ("positive", None), ("1,2,3", None),
])
def test_one_parser_reads_decimal_commas_and_thousands_deliberately(text, expected):
    assert parse_number(text) == expected


def test_whole_refuses_trailing_text_but_the_prefix_reader_does_not():
    assert parse_number("12 mmol/L", whole=True) is None
    assert parse_number("12 mmol/L") == (12.0, "")


def test_both_consumers_read_a_decimal_comma_the_same_way():
    lab = LabResult(name="Potassium", value="5,2", unit="mmol/L")
    assert judge(lab, 50, "female").canonical_value == 5.2  # was 52.0: a critical potassium from a comma
    case = Case(id="c", labs=[lab], history="Serum K 5,2 mmol/L on admission.")
    assert {v.value for v in read_labs(case, [("history", case.history)])} == {5.2}


def test_every_limit_has_a_source_and_a_known_analyte():
    keys = {a.key for a in ANALYTES}
    for limit in CRITICAL_LIMITS:
        assert limit.analyte in keys
        assert len(limit.source) > 8, limit


def _red_flag_names(lab: LabResult) -> set[str]:
    return {f.name for f in detect_red_flags(Case(id="c", labs=[lab]))}


@pytest.mark.parametrize("name, unit, values, flag_name", [
    ("Potassium", "mmol/L", [2.4, 2.5, 2.9, 3.0, 5.9, 6.0, 6.2, 6.5, 7.1], "Critical potassium"),
    ("Sodium", "mmol/L", [118, 120, 125, 126, 154, 155, 160, 165], "Critical sodium"),
    ("Glucose", "mmol/L", [2.5, 3.0, 3.9, 4.0, 19.9, 20, 30, 35], "Critical glucose"),
    ("Haemoglobin", "g/L", [55, 60, 70, 71, 150], "Critical haemoglobin"),
    ("Platelets", "10^9/L", [10, 20, 50, 51, 300], "Critical platelets"),
    ("Lactate", "mmol/L", [1.9, 2.0, 4.0, 6.0], "Critical lactate"),
])
def test_lab_expert_critical_if_and_only_if_red_flag(name, unit, values, flag_name):
    for value in values:
        lab = LabResult(name=name, value=value, unit=unit)
        lab_critical = judge(lab, 50, "female").flag == "critical"
        red_flag = any(n.startswith(flag_name) for n in _red_flag_names(lab))
        assert lab_critical == red_flag, (name, value, lab_critical, red_flag)


def test_potassium_limits_are_the_uk_kidney_association_bands():
    assert judge(LabResult(name="K+", value=6.0, unit="mmol/L"), 50, "male").flag == "critical"
    assert judge(LabResult(name="K+", value=5.9, unit="mmol/L"), 50, "male").flag == "high"
    urgent = detect_red_flags(Case(id="c", labs=[LabResult(name="K", value=6.2, unit="mmol/L")]))
    severe = detect_red_flags(Case(id="c", labs=[LabResult(name="K", value=6.5, unit="mmol/L")]))
    assert [f.urgency for f in urgent if "potassium" in f.name] == ["urgent"]
    assert [f.urgency for f in severe if "potassium" in f.name] == ["immediate"]
