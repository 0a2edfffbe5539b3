"""open-medicine's calculators as the clinical experts call them: value, inputs, DOI, typed errors."""

from __future__ import annotations

import pytest

from consilium.experts.clinical.calculators import CalculatorInputError, UnknownCalculatorError, run_calculator


def test_calculator_result_keeps_value_inputs_and_doi():
    result = run_calculator("calculate_chadsvasc", {"age": 78, "female_sex": True, "hypertension": True})
    assert result.value == 4  # age >= 75 (2) + female (1) + hypertension (1)
    assert result.inputs["diabetes"] is False and result.inputs["age"] == 78
    assert result.doi == "10.1378/chest.09-1584"
    assert "age=78" in result.render() and "= 4." in result.render()


def test_run_calculator_errors_are_typed():
    with pytest.raises(UnknownCalculatorError):
        run_calculator("calculate_nothing", {})
    with pytest.raises(CalculatorInputError, match="serum_creatinine"):
        run_calculator("calculate_ckd_epi", {"age": 50, "is_female": False})
