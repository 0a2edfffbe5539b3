"""The lab panel expert on real open-medicine calculators: flags, units, derived values and their inputs."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from consilium.experts.clinical.lab_catalog import match_analyte, normalise_unit
from consilium.experts.clinical.labs import LabPanelExpert

from .conftest import make_case


def ckd_epi_2021(scr_mg_dl: float, age: int, female: bool) -> float:
    """The published race-free CKD-EPI 2021 creatinine equation (Inker et al., NEJM 2021;385:1737)."""
    kappa, alpha = (0.7, -0.241) if female else (0.9, -0.302)
    ratio = scr_mg_dl / kappa
    return 142 * min(ratio, 1) ** alpha * max(ratio, 1) ** -1.200 * 0.9938 ** age * (1.012 if female else 1.0)


def assess(labs, **kw):
    return LabPanelExpert().assess(make_case(labs, **kw))


def derived(report, name):
    hits = [d for d in report.derived if d.name.startswith(name)]
    assert hits, f"{name} not derived; got {[d.name for d in report.derived]}; skipped {report.not_computed}"
    return hits[0]


def finding(report, name):
    return next(f for f in report.findings if f.name == name)


@pytest.mark.parametrize(("scr", "unit", "age", "sex", "female", "approx"), [
    (1.0, "mg/dL", 50, "male", False, 91.7),
    (1.0, "mg/dL", 60, "female", True, 64.5),
    (88.42, "µmol/L", 50, "male", False, 91.7),  # same creatinine in SI units
    (2.5, "mg/dL", 75, "female", True, 19.6),
])
def test_egfr_matches_published_ckd_epi_2021(scr, unit, age, sex, female, approx):
    report = assess([{"name": "Creatinine", "value": scr, "unit": unit}], age=age, sex=sex)
    egfr = derived(report, "eGFR")
    expected = ckd_epi_2021(1.0 if unit != "mg/dL" else scr, age, female)
    assert egfr.value == pytest.approx(expected, abs=0.06)
    assert egfr.value == pytest.approx(approx, abs=0.1)
    assert egfr.inputs["age (years)"] == age and egfr.inputs["sex"] == sex
    assert egfr.inputs["creatinine (mg/dL)"] == pytest.approx(1.0 if unit != "mg/dL" else scr, abs=1e-3)
    assert "calculate_ckd_epi" in egfr.calculator and egfr.doi == "10.1056/NEJMoa2102953"
    assert egfr.flag == ("low" if expected < 60 else "normal")


def test_anion_gap_and_albumin_correction():
    labs = [{"name": "Na", "value": 140, "unit": "mmol/L"}, {"name": "Cl", "value": 100, "unit": "mEq/L"},
            {"name": "HCO3", "value": 24, "unit": "mmol/L"}, {"name": "Albumin", "value": 20, "unit": "g/L"}]
    report = assess(labs)
    ag = derived(report, "Anion gap")
    assert ag.value == 16.0 and ag.flag == "high"
    assert ag.inputs == {"sodium (mmol/L)": 140.0, "chloride (mmol/L)": 100.0, "bicarbonate (mmol/L)": 24.0}
    corrected = derived(report, "Anion gap (albumin-corrected)")
    assert corrected.value == 21.0  # 16 + 2.5 x (4.0 - 2.0)
    assert corrected.inputs["albumin (g/dL)"] == 2.0


def test_corrected_calcium_in_conventional_and_si_units():
    conventional = assess([{"name": "Calcium", "value": 8.0, "unit": "mg/dL"},
                           {"name": "Albumin", "value": 2.0, "unit": "g/dL"}])
    assert derived(conventional, "Calcium (albumin-corrected)").value == 9.6  # 8.0 + 0.8 x 2.0
    si = assess([{"name": "Ca", "value": 2.0, "unit": "mmol/L"}, {"name": "Alb", "value": 20, "unit": "g/L"}])
    cc = derived(si, "Calcium (albumin-corrected)")
    assert cc.value == 9.6 and cc.inputs["calcium (mg/dL)"] == pytest.approx(8.016)
    assert finding(si, "Ca").flag == "low"  # 8.0 mg/dL < 8.6


def test_bun_creatinine_ratio_from_urea_in_mmol():
    report = assess([{"name": "Urea", "value": 14.28, "unit": "mmol/L"},
                     {"name": "Creatinine", "value": 1.0, "unit": "mg/dL"}])
    ratio = derived(report, "BUN/creatinine")
    assert ratio.value == pytest.approx(40.0, abs=0.1) and ratio.flag == "high"
    assert "urea" in str(ratio.inputs["note"])


@pytest.mark.parametrize(("name", "value", "unit", "age", "female_flag", "male_flag"), [
    ("Hb", 12.5, "g/dL", 40, "normal", "low"),
    ("Creatinine", 1.2, "mg/dL", 40, "high", "normal"),
    ("Ferritin", 15, "ng/mL", 40, "normal", "low"),
    ("ALT", 38, "U/L", 40, "high", "normal"),
])
def test_sex_specific_intervals(name, value, unit, age, female_flag, male_flag):
    lab = [{"name": name, "value": value, "unit": unit}]
    f = finding(assess(lab, age=age, sex="female"), name)
    m = finding(assess(lab, age=age, sex="male"), name)
    assert (f.flag, m.flag) == (female_flag, male_flag)
    assert "adult female" in f.reference and "adult male" in m.reference


def test_age_specific_intervals():
    lab = [{"name": "NT-proBNP", "value": 300, "unit": "pg/mL"}]
    assert finding(assess(lab, age=80), "NT-proBNP").flag == "normal"
    assert finding(assess(lab, age=60), "NT-proBNP").flag == "high"
    esr = [{"name": "ESR", "value": 25, "unit": "mm/hr"}]
    assert finding(assess(esr, age=70, sex="female"), "ESR").flag == "normal"
    assert finding(assess(esr, age=30, sex="female"), "ESR").flag == "high"


def test_unknown_sex_uses_widest_interval_and_says_so():
    report = assess([{"name": "Haemoglobin", "value": 12.0, "unit": "g/dL"},
                     {"name": "Creatinine", "value": 1.0, "unit": "mg/dL"}], sex="unknown")
    assert finding(report, "Haemoglobin").flag == "normal"
    assert "sex not recorded" in finding(report, "Haemoglobin").reference
    assert any("eGFR" in n and "sex" in n for n in report.not_computed)
    assert not [d for d in report.derived if d.name.startswith("eGFR")]


def test_case_reference_range_takes_precedence():
    with_range = assess([{"name": "K", "value": 5.3, "unit": "mmol/L", "reference_low": 3.5, "reference_high": 5.5}])
    assert finding(with_range, "K").flag == "normal" and "case reference range" in finding(with_range, "K").reference
    built_in = assess([{"name": "K", "value": 5.3, "unit": "mmol/L"}])
    assert finding(built_in, "K").flag == "high"
    text_range = assess([{"name": "CRP", "value": 12, "unit": "mg/L", "reference_text": "< 10"}])
    assert finding(text_range, "CRP").flag == "high"


def test_critical_values():
    report = assess([{"name": "Potassium", "value": 6.8, "unit": "mmol/L"},
                     {"name": "Glucose", "value": 2.0, "unit": "mmol/L"},
                     {"name": "Sodium", "value": 131, "unit": "mmol/L"}])
    k, glu, na = (finding(report, n) for n in ("Potassium", "Glucose", "Sodium"))
    assert (k.flag, k.critical_direction) == ("critical", "high")
    assert (glu.flag, glu.critical_direction) == ("critical", "low")  # 36 mg/dL < 50
    assert na.flag == "low"
    # Critical limits apply even when the laboratory's own range is used.
    lab_range = assess([{"name": "K", "value": 7.0, "unit": "mmol/L", "reference_low": 3.5, "reference_high": 5.3}])
    assert finding(lab_range, "K").flag == "critical"


def test_unit_mismatch_is_reported_not_compared():
    report = assess([{"name": "WBC", "value": 12, "unit": "mg/dL"}, {"name": "Hb", "value": 9.1, "unit": ""}])
    wbc, hb = finding(report, "WBC"), finding(report, "Hb")
    assert wbc.flag == "" and "unit mismatch" in wbc.problem and "mg/dL" in wbc.problem
    assert hb.flag == "" and "no unit" in hb.problem
    assert any("WBC" in note and "unit mismatch" in note for note in report.limitations)


@pytest.mark.parametrize(("name", "unit", "key"), [
    ("Hb", "g/dL", "hemoglobin"), ("Hemoglobin", "g/dL", "hemoglobin"), ("Haemoglobin", "g/L", "hemoglobin"),
    ("HGB", "g/dL", "hemoglobin"), ("Na", "mmol/L", "sodium"), ("Sodium", "mmol/L", "sodium"),
    ("Serum sodium (Na+)", "mmol/L", "sodium"), ("S-Na", "mmol/L", "sodium"), ("K+", "mmol/L", "potassium"),
    ("Total CO2", "mmol/L", "bicarbonate"), ("Creatinine, serum", "mg/dL", "creatinine"),
    ("Leucocytes", "10^9/L", "wbc"), ("Neutrophils", "%", "neutrophils_pct"), ("Neutrophils", "10^9/L", "neutrophils"),
    ("Hemoglobin A1c", "%", "hba1c"), ("Glucose (fasting)", "mg/dL", "glucose"), ("SGPT", "U/L", "alt"),
    ("PT/INR", "", "inr"), ("Blood urea nitrogen", "mg/dL", "bun"),
])
def test_lab_name_synonyms(name, unit, key):
    analyte = match_analyte(name, unit)
    assert analyte is not None and analyte.key == key


def test_unrecognised_name_is_not_guessed():
    assert match_analyte("Hemoglobin electrophoresis") is None
    report = assess([{"name": "Zonulin", "value": 3.0, "unit": "ng/mL"}])
    assert finding(report, "Zonulin").flag == "" and "not recognised" in finding(report, "Zonulin").problem


@pytest.mark.parametrize(("raw", "norm"), [
    ("×10⁹/L", "10^9/l"), ("K/uL", "10^9/l"), ("mcmol/L", "umol/l"), ("µIU/mL", "mu/l"), ("mEq/L", "meq/l"),
])
def test_unit_normalisation(raw, norm):
    assert normalise_unit(raw) == norm


def test_divalent_meq_is_converted_not_equated():
    report = assess([{"name": "Calcium", "value": 4.5, "unit": "mEq/L"}])  # 2.25 mmol/L = 9.0 mg/dL
    ca = finding(report, "Calcium")
    assert ca.canonical_value == pytest.approx(9.018) and ca.flag == "normal"


def test_censored_and_qualitative_values():
    report = assess([{"name": "CRP", "value": "<5", "unit": "mg/L"},
                     {"name": "Blood culture", "value": "positive"}])
    assert finding(report, "CRP").flag == "normal"
    assert finding(report, "Blood culture").flag == "abnormal"


def test_child_gets_no_adult_intervals_or_egfr():
    report = assess([{"name": "Creatinine", "value": 0.5, "unit": "mg/dL"}], age=8)
    assert finding(report, "Creatinine").flag == "" and "child" in finding(report, "Creatinine").problem
    assert any("eGFR" in n for n in report.not_computed)


def test_evidence_shape_and_measurement_inputs(tmp_path: Path):
    case = make_case([{"name": "Creatinine", "value": 2.0, "unit": "mg/dL"},
                      {"name": "Potassium", "value": 6.5, "unit": "mmol/L"}], age=70, sex="female",
                     vitals={"weight_kg": 60})
    expert = LabPanelExpert()
    assert expert.targets(case) == ["labs"] and expert.targets(make_case([])) == []
    evidence = expert.run(case, "labs", tmp_path)
    assert evidence.id == "lab_panel:labs" and evidence.status == "ok"
    assert "CRITICAL HIGH: Potassium 6.5" in evidence.summary
    by_name = {m.name: m for m in evidence.measurements}
    egfr = by_name["eGFR (CKD-EPI 2021, race-free)"]
    assert egfr.value == pytest.approx(ckd_epi_2021(2.0, 70, True), abs=0.06)
    assert egfr.inputs["method"].startswith("open-medicine 0.12.0 calculate_ckd_epi")
    crcl = by_name["Creatinine clearance (Cockcroft-Gault)"]
    assert crcl.value == pytest.approx((140 - 70) * 60 / (72 * 2.0) * 0.85, abs=0.06)
    assert crcl.inputs["weight (kg)"] == 60.0
    assert math.isclose(by_name["Potassium"].value, 6.5) and by_name["Potassium"].flag == "critical"
    assert "[CRITICAL]" in evidence.render()
