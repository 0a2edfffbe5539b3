"""The surgical risk expert: documented inputs, missing inputs, negation, and the open-medicine scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.experts.base import ExpertRegistry
from consilium.experts.clinical.register import register_clinical_experts
from consilium.experts.clinical.surgical_inputs import (
    caprini_inputs, charlson_inputs, planned_procedure, rcri_inputs, stop_bang_inputs,
)
from consilium.experts.clinical.surgical_risk import SurgicalRiskExpert

from .conftest import make_case

COLECTOMY = dict(
    age=72, sex="male",
    vitals={"weight_kg": 95, "height_cm": 175},
    presenting_complaint="Scheduled for elective open right hemicolectomy for adenocarcinoma of the caecum.",
    past_medical_history="Type 2 diabetes. Previous MI in 2018 treated with PCI. Hypertension. "
                         "No history of stroke or TIA.",
    medications=["insulin glargine 20 units nightly", "aspirin 75 mg", "ramipril 5 mg"],
)


def scores(case):
    results, gaps = SurgicalRiskExpert().scores(case)
    return {r.name.split(" ")[0]: r for r in results}, gaps


def test_rcri_from_documented_inputs_reports_the_missing_one():
    case = make_case([{"name": "Creatinine", "value": 190, "unit": "µmol/L"}], **COLECTOMY)
    rcri = scores(case)[0]["RCRI"]
    assert rcri.value == 4 and not rcri.complete and rcri.upper_bound == 5
    assert rcri.inputs_missing == ["history_of_congestive_heart_failure"]
    assert rcri.inputs_used == {"high_risk_surgery": True, "history_of_ischemic_heart_disease": True,
                                "history_of_cerebrovascular_disease": False, "preoperative_insulin_treatment": True,
                                "preoperative_creatinine_above_2": True}  # 190 µmol/L = 2.15 mg/dL
    assert "hemicolectomy" in rcri.sources["high_risk_surgery"]
    assert "No history of stroke" in rcri.sources["history_of_cerebrovascular_disease"]
    assert rcri.doi == "10.1161/01.CIR.100.10.1043" and "calculate_rcri" in rcri.calculator
    assert "At least 4" in rcri.interpretation and "history_of_congestive_heart_failure" in rcri.interpretation


def test_rcri_complete_when_everything_is_documented():
    fields = dict(COLECTOMY, past_medical_history=COLECTOMY["past_medical_history"] + " No heart failure.")
    rcri = scores(make_case([{"name": "Creatinine", "value": 1.1, "unit": "mg/dL"}], **fields))[0]["RCRI"]
    assert rcri.complete and rcri.value == 3 and rcri.inputs_missing == []
    assert "Class IV" in rcri.interpretation  # open-medicine's own reading: >= 3 points
    assert rcri.measurement().flag == "high" and rcri.measurement().reference == "complete"


def test_empty_case_reports_every_input_missing_and_guesses_none(tmp_path: Path):
    case = make_case(age=None, sex="unknown")
    by_name, gaps = scores(case)
    rcri = by_name["RCRI"]
    assert rcri.value == 0 and rcri.upper_bound == 6 and len(rcri.inputs_missing) == 6 and not rcri.complete
    m = rcri.measurement()
    assert all(m.inputs[k] is None for k in rcri.inputs_missing) and m.flag == ""
    assert "lower bound" in m.reference
    stop_bang = by_name["STOP-Bang"]
    assert {"age_over_50", "male_gender", "bmi_over_35"} <= set(stop_bang.inputs_missing)
    assert any("ASA" in g for g in gaps)
    evidence = SurgicalRiskExpert().run(case, "periop", tmp_path)
    assert evidence.id == "surgical_risk:periop" and "6 inputs not documented" in evidence.summary


def test_negation_and_other_people_are_not_the_patient():
    case = make_case(past_medical_history="Denies any history of stroke. Father had a heart attack.")
    facts = rcri_inputs(case)
    assert facts["history_of_cerebrovascular_disease"].state == "absent"
    assert facts["history_of_ischemic_heart_disease"].state == "missing"
    cva = make_case(examination={"abdomen": "CVA tenderness on the left"})
    assert rcri_inputs(cva)["history_of_cerebrovascular_disease"].state == "missing"


def test_creatinine_threshold_uses_converted_units():
    facts = rcri_inputs(make_case([{"name": "Cr", "value": 150, "unit": "umol/L"}]))
    assert facts["preoperative_creatinine_above_2"].state == "absent"  # 1.70 mg/dL
    assert rcri_inputs(make_case())["preoperative_creatinine_above_2"].state == "missing"


def test_past_history_of_none_documents_absence():
    facts = rcri_inputs(make_case(past_medical_history="None.", medications=["paracetamol"]))
    assert facts["history_of_congestive_heart_failure"].state == "absent"
    assert facts["preoperative_insulin_treatment"].state == "absent"


def test_planned_procedure_ignores_past_operations():
    past = make_case(history="Had an appendicectomy in 1990. Now scheduled for total knee replacement.")
    proc = planned_procedure(past)
    assert proc is not None and "knee replacement" in proc.text.lower()
    assert proc.rcri_high_risk is False and proc.caprini_type == "major_lower_extremity_arthroplasty"
    assert planned_procedure(make_case(history="Had an appendicectomy in 1990.")) is None


def test_caprini_for_arthroplasty():
    case = make_case(age=72, sex="male", vitals={"weight_kg": 90, "height_cm": 175},
                     title="Pre-op: elective total hip replacement",
                     past_medical_history="Osteoarthritis. Previous DVT after a long-haul flight.")
    caprini = scores(case)[0]["Caprini"]
    # 61-74 y (2) + arthroplasty (5) + BMI 29.4 > 25 (1) + history of DVT (3)
    assert caprini.value == 11 and not caprini.complete
    assert caprini.inputs_used["major_lower_extremity_arthroplasty"] is True
    assert caprini.inputs_used["major_open_surgery"] is False
    assert caprini.inputs_used["pregnancy_or_postpartum"] is False  # male
    assert "varicose_veins" in caprini.inputs_missing and "sepsis" in caprini.inputs_missing
    assert "BMI 29.4" in caprini.sources["bmi_over_25"]


def test_time_limited_caprini_items_need_the_current_episode():
    old_stroke = caprini_inputs(make_case(past_medical_history="Stroke in 2015."))
    assert old_stroke["stroke"].state == "missing" and "recency" in old_stroke["stroke"].evidence
    new_stroke = caprini_inputs(make_case(presenting_complaint="Admitted with an acute stroke last week."))
    assert new_stroke["stroke"].state == "present"


def test_stop_bang():
    case = make_case(age=55, sex="male", vitals={"weight_kg": 120, "height_cm": 180},
                     past_medical_history="Hypertension. Snores loudly.",
                     examination={"neck": "neck circumference 43 cm"})
    sb = scores(case)[0]["STOP-Bang"]
    # snoring, high BP, BMI 37.0 > 35, age > 50, neck > 40, male
    assert sb.value == 6 and sb.upper_bound == 8
    assert sorted(sb.inputs_missing) == ["observed_apnea", "tired"]


def test_charlson_counts_only_the_graver_of_a_pair():
    case = make_case(age=66, past_medical_history="Metastatic colon cancer. Type 2 diabetes with diabetic "
                                                  "retinopathy. COPD.")
    facts = charlson_inputs(case)
    assert facts["metastatic_solid_tumor"].state == "present" and facts["solid_tumor"].state == "absent"
    assert facts["diabetes_with_end_organ_damage"].state == "present"
    assert facts["uncomplicated_diabetes"].state == "absent"
    charlson = scores(case)[0]["Charlson"]
    assert charlson.value == 6 + 2 + 1 + 2  # metastatic + diabetes with damage + COPD + age 60-69
    assert charlson.inputs_used["age"] == 66


def test_documented_asa_and_frailty_are_reported():
    case = make_case(history="Anaesthetic review: ASA III. Clinical Frailty Scale 6. Can climb two flights of stairs.")
    by_name, gaps = scores(case)
    assert by_name["ASA"].value == "III"
    assert by_name["Clinical"].value == 6 and by_name["Clinical"].measurement().flag == "high"
    assert by_name["Functional"].value == ">=4"
    assert not any("ASA" in g for g in gaps)


def test_register_clinical_experts():
    registry = ExpertRegistry()
    experts = register_clinical_experts(registry)
    assert [e.card.name for e in experts] == ["lab_panel", "surgical_risk"]
    case = make_case([{"name": "Hb", "value": 10, "unit": "g/dL"}])
    assert [(e.card.name, t) for e, t in registry.for_case(case, "pathology")] == [("lab_panel", "labs")]
    assert [(e.card.name, t) for e, t in registry.for_case(case, "surgery")] == [("surgical_risk", "periop")]
    assert registry.for_case(case, "radiology") == []


@pytest.mark.parametrize("text", ["planned laparotomy", "scheduled for a Whipple procedure",
                                  "listed for open AAA repair", "awaiting right lobectomy"])
def test_high_risk_procedures(text):
    assert rcri_inputs(make_case(history=text))["high_risk_surgery"].state == "present"


def test_look_alike_terms_are_not_counted():
    case = make_case(past_medical_history="Pulmonary hypertension. Diabetes insipidus.",
                     title="Post-appendicectomy fever", history="She is not on insulin.")
    assert stop_bang_inputs(case)["high_blood_pressure"].state == "missing"
    assert charlson_inputs(case)["uncomplicated_diabetes"].state == "missing"
    assert planned_procedure(case) is None  # a past operation, not a planned one
    assert rcri_inputs(case)["preoperative_insulin_treatment"].state == "absent"  # stated, med list empty
