"""The red-flag screen's NEWS2 is open-medicine's calculator, the one the computed scores use."""

from __future__ import annotations

from consilium.experts.clinical.calculators import CalculatorInputError, run_calculator
from consilium.orchestration.safety import flag_scores
from consilium.orchestration.safety.flag_scores import news2


def test_full_observations_give_the_calculators_score():
    obs = {"respiratory_rate": 24, "spo2": 93, "systolic_bp": 98, "heart_rate": 112, "temperature_c": 38.4}
    direct = run_calculator("calculate_news2", {"respiration_rate": 24, "spo2": 93, "on_supplemental_o2": False,
                                                "systolic_bp": 98, "pulse": 112, "consciousness": "confusion",
                                                "temperature": 38.4}).value
    got = news2(obs.get, True)
    assert got.score == direct == 12  # RCP chart: 2 + 2 + 2 + 2 + 1 + 3
    assert got.missing == []


def test_missing_observations_score_nothing_and_are_named():
    got = news2({"spo2": 91, "heart_rate": 80}.get, False)
    assert got.score == 3  # SpO2 <= 91 scores 3; the rest are not recorded
    assert got.missing == ["respiratory_rate", "systolic_bp", "temperature_c"]
    assert got.parts == [("spo2", 91), ("heart_rate", 80)]


def test_an_observation_the_calculator_refuses_counts_as_missing(monkeypatch, caplog):
    real = flag_scores.run_calculator

    def refuses_pulse_999(name, inputs):
        if inputs["pulse"] == 999:
            raise CalculatorInputError("calculate_news2: invalid inputs: pulse")
        return real(name, inputs)

    monkeypatch.setattr(flag_scores, "run_calculator", refuses_pulse_999)
    got = news2({"spo2": 91, "heart_rate": 999}.get, False)
    assert got.score == 3
    assert "heart_rate" in got.missing
    assert "pulse 999 not used" in caplog.text or "heart_rate 999 not used" in caplog.text
