"""Red-flag rules: each fires on its pattern, stays quiet on negated, family, past or hypothetical mentions."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from consilium.orchestration.case.model import Case, Demographics, ImagingStudy, LabResult, Vitals
from consilium.orchestration.safety.flag_labs import analyte_for
from consilium.experts.clinical.finding_context import classify
from consilium.orchestration.safety.red_flags import RedFlag, detect_red_flags


def names(case: Case) -> dict[str, str]:
    return {f.name: f.urgency for f in detect_red_flags(case)}


def case(**fields) -> Case:  # type: ignore[no-untyped-def]
    return Case(id="t", **fields)


# --- negation and context ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("denies chest pain", "absent"), ("no chest pain or shortness of breath", "absent"),
    ("chest pain was ruled out", "absent"), ("Kernig and Brudzinski negative", "absent"),
    ("father had chest pain", "family"), ("family history of chest pain", "family"),
    ("history of chest pain", "historical"), ("return if chest pain recurs", "hypothetical"),
    ("no fever but has chest pain", "present"), ("a 45-year-old man with chest pain", "present"),
    ("her daughter noticed chest pain", "present"), ("over the past hour she developed chest pain", "present"),
])
def test_context_of_a_finding(text, expected):
    word = "Brudzinski" if "Brudzinski" in text else "chest pain"
    i = text.index(word)
    assert classify(text, i, i + len(word)) == expected


@pytest.mark.parametrize("history", [
    "Denies chest pain. No radiation, no sweating.",
    "No chest pain, palpitations or sweating.",
    "Chest pain was ruled out; sweating after exercise.",
    "Father had chest pain radiating to the arm and sweating.",
    "Advised to return if chest pain radiating to the arm or sweating develops.",
])
def test_acs_does_not_fire_on_denied_or_foreign_chest_pain(history):
    assert not any("coronary" in n or "ACS" in n or "Chest pain" in n for n in names(case(history=history)))


# --- acute coronary syndrome ------------------------------------------------------------------------
def test_acs_positive_patterns():
    assert names(case(presenting_complaint="Central chest pain radiating to the jaw, clammy")) == {
        "Chest pain with typical ACS features": "immediate"}
    nstemi = case(presenting_complaint="Chest tightness", other_results={"ECG": "ST depression V4-V6"},
                  labs=[LabResult(name="hs-TnT", value=85, unit="ng/L")])
    flag = detect_red_flags(nstemi)[0]
    assert flag.name == "Acute coronary syndrome suspected" and flag.urgency == "immediate"
    assert flag.evidence == ["presenting_complaint", "other_results.ECG", "labs[0] hs-TnT"]
    assert "ST-elevation pattern (possible STEMI)" in names(case(other_results={"ECG": "ST elevation in II, III, aVF"}))
    assert names(case(history="Chest pain with nausea")) == {"Chest pain with associated symptoms": "urgent"}
    assert "Raised troponin" in names(case(labs=[LabResult(name="Troponin I", value=0.5, unit="ng/mL")]))
    assert names(case(labs=[LabResult(name="Troponin T", value=9, unit="ng/L")])) == {}
    assert names(case(history="NSTEMI excluded last year. No ST elevation.")) == {}


# --- sepsis ------------------------------------------------------------------------------------------
def test_sepsis_from_structured_vitals_and_from_text():
    structured = case(history="Productive cough and new confusion.",
                      vitals=Vitals(respiratory_rate=26, systolic_bp=96, temperature_c=38.6, heart_rate=118))
    assert names(structured)["Sepsis screen positive (qSOFA 3/3)"] == "immediate"
    text = case(history="Temperature is 39.2°C (102.6°F), pulse is 112/min, respirations are 24/min, and blood "
                        "pressure is 92/58 mm Hg. Dysuria for 3 days.")
    assert names(text)["Sepsis screen positive (qSOFA 2/3)"] == "immediate"
    no_source = case(history="Respirations are 24/min and blood pressure is 92/58 mm Hg after a fall.")
    assert names(no_source) == {"qSOFA 2/3 without a stated infection": "urgent"}
    # SIRS 2/4 with an infection is no longer a flag: NEWS2 2 (fever and a pulse of 104) is low risk (NICE NG51 2024)
    febrile = case(history="Cellulitis of the leg.", vitals=Vitals(temperature_c=38.5, heart_rate=104, respiratory_rate=18))
    assert names(febrile) == {}
    news2_5 = case(history="Cellulitis of the leg.",
                   vitals=Vitals(temperature_c=39.2, heart_rate=112, respiratory_rate=18, systolic_bp=105))
    assert names(news2_5) == {"Possible sepsis (NEWS2 5 with suspected infection)": "urgent"}
    news2_7 = news2_5.model_copy(update={"vitals": Vitals(temperature_c=39.2, heart_rate=112, respiratory_rate=22,
                                                          systolic_bp=105)})
    assert names(news2_7) == {"Sepsis screen positive (NEWS2 7)": "immediate"}
    assert names(case(history="Cellulitis.", vitals=Vitals(temperature_c=37.0, heart_rate=80))) == {}


def test_neutropenic_sepsis():
    c = case(history="Fever of 38.4 after chemotherapy last week.", labs=[LabResult(name="Neutrophils", value=0.3, unit="x10^9/L")])
    found = names(c)
    assert found["Possible neutropenic sepsis"] == "immediate"
    assert found["Critical neutrophils: severe neutropenia"] == "immediate"


# --- stroke windows -----------------------------------------------------------------------------------
@pytest.mark.parametrize("onset, expected, urgency", [
    ("30 minutes ago", "Acute stroke within thrombolysis window (≤4.5 h)", "immediate"),
    ("3 hours ago", "Acute stroke within thrombolysis window (≤4.5 h)", "immediate"),
    ("8 hours before arrival", "Acute stroke within thrombectomy window (≤24 h)", "immediate"),
    ("2 days ago", "Stroke beyond reperfusion windows (>24 h)", "urgent"),
])
def test_stroke_onset_windows(onset, expected, urgency):
    assert names(case(presenting_complaint=f"Left facial droop and left arm weakness, onset {onset}.")) == {expected: urgency}


def test_stroke_from_nihss_and_clock_free_text():
    assert "Acute stroke within thrombolysis window (≤4.5 h)" in names(case(history="NIHSS 8, symptoms began 90 minutes ago."))


def test_stroke_unknown_onset_tia_and_negatives():
    assert names(case(history="Woke up with slurred speech and right-sided weakness.")) == {
        "Acute stroke suspected (onset time unknown)": "immediate"}
    assert names(case(history="Transient right arm weakness, resolved after 20 minutes.")) == {
        "Transient focal deficit (possible TIA)": "urgent"}
    assert names(case(history="No facial droop, no arm weakness, speech normal.")) == {}
    assert names(case(past_medical_history="Stroke in 2015 with residual left-sided weakness.")) == {}
    assert names(case(history="Previous stroke with left-sided weakness.")) == {}


# --- cauda equina -------------------------------------------------------------------------------------
def test_cauda_equina():
    assert names(case(history="Back pain with saddle anaesthesia.")) == {"Cauda equina syndrome suspected": "immediate"}
    assert names(case(history="Low back pain and new urinary retention.")) == {"Cauda equina syndrome suspected": "immediate"}
    assert names(case(history="Bilateral sciatica for a week.")) == {"Bilateral sciatica (cauda equina risk)": "urgent"}
    mri = case(imaging=[ImagingStudy(id="m1", modality="MR", report="Large L4/5 disc compressing the cauda equina.")])
    assert detect_red_flags(mri)[0].evidence == ["imaging[m1].report"]
    assert names(case(history="Back pain. No saddle anaesthesia, no urinary retention, no bilateral sciatica.")) == {}


# --- critical labs ------------------------------------------------------------------------------------
@pytest.mark.parametrize("lab, expected", [
    (LabResult(name="K", value=6.9, unit="mmol/L"), "Critical potassium: severe hyperkalaemia"),
    (LabResult(name="Potassium (serum)", value="6.2 mEq/L"), "Critical potassium: hyperkalaemia"),
    (LabResult(name="Na+", value=118, unit="mmol/L"), "Critical sodium: severe hyponatraemia"),
    (LabResult(name="Blood glucose", value=40, unit="mg/dL"), "Critical glucose: hypoglycaemia"),
    (LabResult(name="Complete Blood Count Hemoglobin", value=5.8, unit="g/dL"), "Critical haemoglobin: severe anaemia"),
    (LabResult(name="Lactic acid", value=4.6, unit="mmol/L"), "Critical lactate: lactate ≥4 (shock?)"),
    (LabResult(name="Arterial pH", value=7.05), "Critical pH: severe acidaemia"),
    (LabResult(name="Platelet count", value="15,000/µL"), "Critical platelets: severe thrombocytopenia"),
    (LabResult(name="Corrected calcium", value=14.5, unit="mg/dL"), "Critical calcium: severe hypercalcaemia"),
    (LabResult(name="INR", value=9.1), "Critical inr: INR ≥8"),
])
def test_critical_labs_with_names_and_units(lab, expected):
    assert expected in names(case(labs=[lab]))


def test_lab_names_that_are_not_the_analyte_and_normal_values():
    assert analyte_for("CA 125") is None and analyte_for("HbA1c") is None and analyte_for("MCHC") is None
    assert analyte_for("Vitamin K") is None and analyte_for("LDH (lactate dehydrogenase)") is None
    assert analyte_for("Urine glucose") is None and analyte_for("Serum K+").key == "potassium"  # type: ignore[union-attr]
    normal = [LabResult(name="Sodium", value=139, unit="mmol/L"), LabResult(name="Hb", value=13.5, unit="g/dL"),
              LabResult(name="Glucose", value=95, unit="mg/dL"), LabResult(name="Platelets", value=250, unit="x10^9/L")]
    assert names(case(labs=normal)) == {}
    assert "Critical potassium: severe hyperkalaemia" in names(case(history="Bloods: potassium 7.1 mmol/L, Na 138."))
    assert names(case(history="Vitamin K 10 mg IV given.")) == {}


# --- other emergencies --------------------------------------------------------------------------------
def test_anaphylaxis_meningitis_ectopic():
    assert names(case(history="Ate peanuts; urticaria and wheeze within minutes."))["Anaphylaxis suspected"] == "immediate"
    assert names(case(history="Mild urticaria after a new antibiotic. No wheeze, no lip swelling.")) == {}
    assert names(case(history="Fever, severe headache, neck stiffness."))["Meningitis suspected"] == "immediate"
    assert "Possible meningococcal sepsis (fever with non-blanching rash)" in names(case(history="Febrile child with a purpuric rash."))
    assert names(case(history="Headache. Afebrile. No neck stiffness, no photophobia, no rash.")) == {}
    ectopic = case(demographics=Demographics(age_years=31, sex="female"),
                   history="Missed period, positive urine pregnancy test, left iliac fossa pain and spotting.")
    assert names(ectopic) == {"Possible ectopic pregnancy": "urgent"}
    assert names(ectopic.model_copy(update={"demographics": Demographics(age_years=31, sex="male")})) == {}
    assert names(case(history="Pregnancy test negative; lower abdominal pain.")) == {}
    assert names(case(history="Positive pregnancy test, pelvic pain; ultrasound shows an intrauterine pregnancy.")) == {}


def test_single_finding_patterns_and_vitals():
    found = names(case(history="Sudden severe headache, the worst headache of her life, with tearing back pain. "
                               "Coffee-ground vomiting. Suicidal ideation with a plan.",
                       vitals=Vitals(heart_rate=120, spo2=86, systolic_bp=82)))
    assert found["Possible subarachnoid haemorrhage (thunderclap headache)"] == "immediate"
    assert found["Possible aortic dissection"] == "immediate"
    assert found["Gastrointestinal bleeding with instability"] == "immediate"
    assert found["Suicide risk"] == "immediate"
    assert found["Hypoxaemia"] == "immediate" and found["Hypotension / possible shock"] == "immediate"
    dka = case(history="Vomiting, Kussmaul breathing.", labs=[LabResult(name="Glucose", value=28, unit="mmol/L")])
    assert "Diabetic ketoacidosis suspected" in names(dka)
    assert names(case(history="Denies suicidal ideation. No haematemesis or melaena.")) == {}


def test_sorted_by_urgency_and_typed():
    flags = detect_red_flags(case(history="Bilateral sciatica. Chest pain radiating to the left arm.",
                                  labs=[LabResult(name="K", value=6.1, unit="mmol/L")]))
    order = {"immediate": 0, "urgent": 1, "soon": 2}
    assert [order[f.urgency] for f in flags] == sorted(order[f.urgency] for f in flags)
    assert [f.urgency for f in flags] == ["immediate", "urgent", "urgent"]
    assert all(f.evidence and f.criteria_met and f.recommendation for f in flags)
    with pytest.raises(ValidationError):
        RedFlag(name="x", urgency="later", criteria_met=[], evidence=[], recommendation="")  # type: ignore[arg-type]
    assert detect_red_flags(case(history="Well. Routine review.")) == []
