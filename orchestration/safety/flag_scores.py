"""Bedside scores and vital-sign limits of the red-flag screen, each with its source.

The screen (:mod:`consilium.orchestration.safety.red_flags`) reads its sepsis, hypoxaemia, shock and
coma thresholds from here, so that a limit is changed in one place and its source travels with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from consilium.experts.clinical.calculators import CalculatorError, run_calculator
from consilium.experts.clinical.score_items import UNREMARKABLE_VITALS

log = logging.getLogger(__name__)

QSOFA_SOURCE = ("Singer M et al., Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3), "
                "JAMA 2016;315:801-10: qSOFA = respiratory rate >= 22/min, systolic BP <= 100 mmHg, altered mentation")
QSOFA_RR, QSOFA_SBP = 22, 100

SEPSIS_NEWS2_SOURCE = ("NICE NG51, Suspected sepsis (updated 2024), and NHS England's sepsis guidance: NEWS2 >= 5 "
                       "with suspected infection is high risk (urgent review); >= 7 is the emergency threshold")
SEPSIS_NEWS2_URGENT, SEPSIS_NEWS2_IMMEDIATE = 5, 7
LACTATE_SOURCE = "Surviving Sepsis Campaign 2021: lactate >= 2 mmol/L raised, >= 4 mmol/L resuscitate"
SEPSIS_LACTATE, SEPSIS_LACTATE_IMMEDIATE = 2.0, 4.0

HYPOXAEMIA_SPO2, HYPOXAEMIA_SPO2_SEVERE = 92, 90  # BTS oxygen guideline 2017: target 94-98 %, < 92 needs oxygen
HYPOTENSION_SBP = 90  # NICE NG51 high-risk criterion: systolic <= 90; the screen flags < 90 as shock
COMA_GCS = 8  # "GCS 8, intubate": ATLS 10th ed. definitive airway at GCS <= 8

NEUTROPENIC_SOURCE = ("NICE CG151, Neutropenic sepsis (2012): suspect it in anyone having anticancer treatment who "
                      "becomes unwell; fever >= 38 with neutrophils < 0.5 x10^9/L defines it")


# NEWS2 itself is open-medicine's calculator (the one the computed scores use, in
# :mod:`consilium.experts.clinical.scores`): its chart is not copied here. The screen reads what the case
# records; an observation it lacks is entered at a value that scores 0 (one table for every score:
# ``UNREMARKABLE_VITALS``), so a partial score is a floor.
_NEWS2_INPUT = {"respiratory_rate": "respiration_rate", "spo2": "spo2", "systolic_bp": "systolic_bp",
                "heart_rate": "pulse", "temperature_c": "temperature"}


@dataclass(frozen=True)
class News2:
    score: int
    parts: list[tuple[str, float]]  # (parameter, value) for every observation found
    missing: list[str]


def news2(read: Callable[[str], float | None], new_confusion: bool) -> News2:
    """NEWS2 over the observations ``read`` finds (supplemental oxygen is not recorded in a case: scored 0).

    A missing observation scores nothing and is named in ``missing``; a value the calculator refuses (outside
    what its schema allows) counts as missing, with a warning in the log.
    """
    inputs: dict[str, object] = {"on_supplemental_o2": False, "consciousness": "confusion" if new_confusion else "alert"}
    recorded = {p: v for p in _NEWS2_INPUT if (v := read(p)) is not None}
    try:
        value = run_calculator("calculate_news2", {**inputs, **_news2_values(recorded)}).value
    except CalculatorError:  # rare: find the observations it refuses, and score without them
        recorded = {p: v for p, v in recorded.items() if _accepted(p, v, inputs)}
        value = run_calculator("calculate_news2", {**inputs, **_news2_values(recorded)}).value
    parts = list(recorded.items()) + ([("new confusion", 1.0)] if new_confusion else [])
    return News2(int(value), parts, [p for p in _NEWS2_INPUT if p not in recorded])


def _news2_values(recorded: dict[str, float]) -> dict[str, float]:
    return {name: recorded.get(parameter, UNREMARKABLE_VITALS[parameter]) for parameter, name in _NEWS2_INPUT.items()}


def _accepted(parameter: str, value: float, inputs: dict[str, object]) -> bool:
    try:
        run_calculator("calculate_news2", {**inputs, **_news2_values({parameter: value})})
    except CalculatorError as exc:
        log.warning("NEWS2: %s %s not used: %s", parameter, value, exc)
        return False
    return True
