"""Rules 12-14 of citation: a passage says what the step commits to, for this patient, and grounding
does not fall back to a weaker passage once the closest one says no."""

from __future__ import annotations

import pytest
from consilium.tools.citation import NO_SUPPORT, find_support, judge
from consilium.tools.close_reading import reports_rather_than_advises
from consilium.tools.knowledge import default_knowledge_base
from consilium.tools.step_coverage import (
    commitments,
    outside_scope,
    says_less_than_the_step,
    uncovered,
)


def test_a_step_that_says_more_than_the_passage_is_not_supported():
    cultures = "Take two sets of blood cultures before the first antibiotic dose"
    duration = "Antibiotic Duration: Source of infection determines the course"
    assert says_less_than_the_step(cultures, "sepsis", "Sepsis > Antibiotic Duration", duration, duration)
    # a time of day the passage does not give is other advice, however much else is shared
    days = "Beta-blockers: may be reasonable to start a beta-blocker 2-7 days before surgery"
    assert says_less_than_the_step("Start a beta-blocker on the morning of surgery", "noncardiac surgery",
                                   "Perioperative > Beta-Blockers", days, days)
    assert not says_less_than_the_step("Start a beta-blocker 2-7 days before surgery", "noncardiac surgery",
                                       "Perioperative > Beta-Blockers", days, days)


def test_the_words_of_a_step_meet_the_passage_through_spelling_acronyms_and_equivalents():
    assert uncovered("Give nebulised salbutamol", "acute asthma", "Nebulized albuterol 2.5 mg") == []
    assert uncovered("Start IV ceftriaxone 1 g daily", "pyelonephritis", "Ceftriaxone 1-2 g intravenously every 24 hours") == []
    assert uncovered("Take three sets of blood cultures", "endocarditis", "at least 3 sets of blood cultures") == []
    assert uncovered("Give fibrinolysis", "STEMI", "fibrinolytic therapy within 30 minutes") == []
    assert uncovered("Start prednisolone", "asthma", "prednisone 40 mg") == ["prednisolone"]  # another drug
    # the patient's condition may be restated in the diagnosis' words; its reason or condition is not a commitment
    assert uncovered("Treat pyelonephritis with ceftriaxone", "pyelonephritis", "Ceftriaxone 1 g") == []
    assert [w for w, _ in commitments("Switch to oral antibiotics once afebrile and clinically stable")] == ["antibiotics"]


def test_a_passage_for_another_scope_or_population_is_not_for_this_patient():
    sglt2 = "Pillar 4: SGLT2 Inhibitors: Empagliflozin 10 mg once daily"
    assert outside_scope("Start empagliflozin", "HFpEF, LVEF 60%", "HF > GDMT for HFrEF (LVEF <= 40%)", sglt2, sglt2, "")
    assert not outside_scope("Start empagliflozin", "HFrEF, LVEF 30%", "HF > GDMT for HFrEF (LVEF <= 40%)", sglt2, sglt2, "")
    group_a = "Group A: Initial Therapy: a bronchodilator"
    assert outside_scope("Start a bronchodilator", "COPD group E", "COPD > By ABE Group", group_a, group_a, "")
    assert not outside_scope("Start a bronchodilator", "COPD group A", "COPD > By ABE Group", group_a, group_a, "")
    agents = "Preferred agents: ACE inhibitor lisinopril 10 mg once daily"
    assert outside_scope("Start lisinopril", "hypertension, 20 weeks pregnant", "Hypertension > Drugs", agents, agents, "")
    assert not outside_scope("Start labetalol", "hypertension, 20 weeks pregnant", "Hypertension > In Pregnancy", agents, agents, "")
    vit_e = "Vitamin E: 800 IU/day may be considered for non-diabetic adults with NASH"
    assert outside_scope("Give vitamin E", "NASH with type 2 diabetes", "NAFLD > Pharmacotherapy", vit_e, vit_e, "")
    assert outside_scope("Start amoxicillin", "CAP in a 3-year-old", "CAP > Adults", "Adults: amoxicillin", "", "")


def test_a_passage_on_an_absent_finding_or_giving_what_the_step_withholds_is_not_support():
    passage = "With cholangitis: urgent ERCP within 24 hours. Without cholangitis: medical therapy over early ERCP."
    urgent, medical = "Algorithm: YES -> urgent ERCP within 24 hours", "Without cholangitis: medical therapy over early ERCP"
    assert outside_scope("Arrange urgent ERCP", "pancreatitis, no cholangitis", "Biliary > ERCP", urgent, urgent, passage)
    assert not outside_scope("Treat medically without early ERCP", "pancreatitis, no cholangitis", "Biliary > ERCP",
                             medical, medical, passage)
    fluids = "Pediatric formulas: Parkland 3 mL/kg/% TBSA + maintenance fluids"
    assert outside_scope("Give Parkland fluids with no separate maintenance fluid", "burn in a child",
                         "Burns > Pediatric", fluids, fluids, fluids)
    # a step advising against is read by rule 5, not as withholding
    ppi = "Proton pump inhibitors: Do NOT offer PPIs before endoscopy"
    assert not outside_scope("Do not give a PPI before endoscopy", "upper GI bleeding", "UGIB > Drugs", ppi, ppi, ppi)


def test_a_sentence_that_reports_evidence_recommends_nothing():
    assert reports_rather_than_advises("Albumin: there is no clear mortality benefit over crystalloids alone")
    assert reports_rather_than_advises("PPV: Approximately 10% of newborns require some respiratory assistance")
    assert not reports_rather_than_advises("Albumin: suggest albumin in patients who received large volumes of crystalloids")


@pytest.fixture(scope="module")
def kb():
    return default_knowledge_base()


@pytest.mark.model
def test_a_warning_elsewhere_in_the_guideline_and_a_closest_no_leave_the_step_uncited(kb):
    oral = "apa_aud_2018/fda_approved_medications#naltrexone-oral-naltrexone"
    assert judge(kb, "Prescribe naltrexone 50 mg daily", "Alcohol use disorder", oral).supports
    warned = judge(kb, "Prescribe naltrexone 50 mg daily", "Alcohol use disorder with acute alcoholic hepatitis", oral)
    assert not warned.supports and "elsewhere in the guideline" in warned.reason
    assert find_support(kb, "Prescribe naltrexone 50 mg daily", "Alcohol use disorder with acute alcoholic hepatitis") \
        == (None, NO_SUPPORT)
    # the closest passage is for HFrEF: no other heart-failure passage is cited in its place
    assert find_support(kb, "Start empagliflozin 10 mg daily", "Heart failure with preserved ejection fraction, LVEF 60%") \
        == (None, NO_SUPPORT)
    citation, _ = find_support(kb, "Start empagliflozin 10 mg daily", "Heart failure with reduced ejection fraction")
    assert citation is not None and "HFrEF" in citation.source.section


def test_a_population_the_patient_is_said_not_to_be_in_asks_nothing_of_the_passage():
    agents = "Preferred agents: amlodipine 5 mg once daily"
    for context in ("hypertension in a woman of childbearing age, not pregnant", "hypertension, non-pregnant"):
        assert not outside_scope("Start amlodipine", context, "Hypertension > Drugs", agents, agents, "")
    levo = "Adults With Comorbidities: levofloxacin 750 mg daily"
    assert outside_scope("Start levofloxacin", "CAP, outpatient without comorbidities", "CAP > Outpatient", levo, levo, "")


def test_a_percentage_and_a_blood_pressure_are_numbers_the_passage_must_state():
    from consilium.tools.close_reading import quantity_ranges, unallowed_quantities

    assert quantity_ranges("bring bp below 140/90 before alteplase") == {"mmHg": [(0.0, 140.0)]}
    assert quantity_ranges("bp must be < 185/110 mmhg") == {"mmHg": [(0.0, 185.0)]}
    assert "mmHg" not in quantity_ranges("budesonide-formoterol 200/6 mcg")  # a strength, not a pressure
    assert unallowed_quantities("bring bp below 140/90 before alteplase", "bp must be < 185/110 mmhg before alteplase", "")
    assert not unallowed_quantities("lower bp below 185/110 mmhg", "bp must be < 185/110 mmhg before alteplase", "")
    assert unallowed_quantities("give 1 l of 4.5% albumin", "20% albumin 8 g per litre drained", "")
    assert not unallowed_quantities("advise 7-10% weight loss", "target weight loss of 7-10%", "")


def test_a_heading_bound_the_patient_is_outside_of_is_another_patients_guidance():
    statin = "Age <= 75 Years: atorvastatin 40-80 mg"
    heading = "Secondary Prevention > Statin Therapy"
    assert outside_scope("Start atorvastatin 80 mg", "ASCVD in an 82-year-old", heading, statin, statin, "")
    assert not outside_scope("Start atorvastatin 80 mg", "ASCVD in a 60-year-old", heading, statin, statin, "")
    pci = "Within 12 Hours of Onset: primary PCI"
    assert outside_scope("Arrange primary PCI", "STEMI, onset 36 hours ago", "STEMI > Reperfusion", pci, pci, "")
