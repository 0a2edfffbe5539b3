"""Bedside scores and vital-sign limits of the red-flag screen, each with its source.

The screen (:mod:`consilium.orchestration.safety.red_flags`) reads its sepsis, hypoxaemia, shock and
coma thresholds from here, so that a limit is changed in one place and its source travels with it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

QSOFA_SOURCE = ("Singer M et al., Third International Consensus Definitions for Sepsis and Septic Shock (Sepsis-3), "
                "JAMA 2016;315:801-10: qSOFA = respiratory rate >= 22/min, systolic BP <= 100 mmHg, altered mentation")
QSOFA_RR, QSOFA_SBP = 22, 100

NEWS2_SOURCE = "Royal College of Physicians, National Early Warning Score (NEWS) 2, 2017: chart 1 (SpO2 scale 1)"
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


# Each parameter's bands as (highest value of the band, points), lowest band first; RCP's chart prints whole
# numbers (temperature to one decimal), so a value between two printed bands falls into the upper one.
NEWS2_BANDS: dict[str, tuple[tuple[float, int], ...]] = {
    "respiratory_rate": ((8, 3), (11, 1), (20, 0), (24, 2), (float("inf"), 3)),
    "spo2": ((91, 3), (93, 2), (95, 1), (float("inf"), 0)),
    "systolic_bp": ((90, 3), (100, 2), (110, 1), (219, 0), (float("inf"), 3)),
    "heart_rate": ((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (float("inf"), 3)),
    "temperature_c": ((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (float("inf"), 2)),
}
NEWS2_NEW_CONFUSION = 3  # "new confusion" scores as V, P or U on ACVPU


def news2_points(parameter: str, value: float) -> int:
    """NEWS2 points of one observation."""
    return next(points for top, points in NEWS2_BANDS[parameter] if value <= top)


@dataclass(frozen=True)
class News2:
    score: int
    parts: list[tuple[str, float, int]]  # (parameter, value, points) for every observation found
    missing: list[str]


def news2(read: Callable[[str], float | None], new_confusion: bool) -> News2:
    """NEWS2 over the observations ``read`` finds (supplemental oxygen is not recorded in a case: scored 0).

    A missing observation scores nothing and is named in ``missing``, so a partial score is a floor.
    """
    parts, missing = [], []
    for parameter in NEWS2_BANDS:
        value = read(parameter)
        if value is None:
            missing.append(parameter)
        else:
            parts.append((parameter, value, news2_points(parameter, value)))
    if new_confusion:
        parts.append(("new confusion", 1.0, NEWS2_NEW_CONFUSION))
    return News2(sum(p for _, _, p in parts), parts, missing)
