"""Critical (time-critical) limits of laboratory values, each with where it comes from.

This is the one table of critical limits: :mod:`consilium.experts.clinical.lab_catalog` attaches it to
its analytes, the lab-panel expert calls a result "critical" when it passes the least extreme limit on
its side, and the red-flag screen raises a flag for the same result, "urgent" or "immediate" by the
most extreme limit passed. Limits are inclusive (a potassium of 6.0 passes ">= 6.0"), as the
guidelines below state their bands. Values are in the unit written beside them; the catalogue
converts them to the analyte's canonical unit.

Sources: where a limit is a guideline's band it is named. Limits marked "project threshold" were
chosen for this screen's sensitivity and have no single published source: review them locally, as
every laboratory sets its own critical-value list. "Kost 1990" is Kost GJ, Critical limits for urgent
clinician notification at US medical centers, JAMA 1990;263:704-7 (the limits this catalogue used
before it was merged with the red-flag table; values not re-checked against the paper here).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Side = Literal["low", "high"]
Urgency = Literal["immediate", "urgent"]

_UKKA_K = ("UK Kidney Association, Treatment of Acute Hyperkalaemia in Adults (2020): moderate 6.0-6.4, "
           "severe >= 6.5 mmol/L")
_HYPOK = "project threshold (the commonly taught bands: moderate 2.5-2.9, severe < 2.5 mmol/L)"
_EJE_NA = ("Spasovski G et al., European clinical practice guideline on hyponatraemia, Eur J Endocrinol "
           "2014;170:G1-47: profound < 125 mmol/L (applied here as <= 125)")
_JBDS = ("JBDS-IP, The management of diabetic ketoacidosis in adults (2021): ketonaemia >= 3.0 mmol/L; "
         "glucose > 11 mmol/L")
_ADA_HYPO = "ADA Standards of Care, glycaemic targets: level 1 hypoglycaemia < 3.9 mmol/L (70 mg/dL), level 2 < 3.0"
_SSC = "Surviving Sepsis Campaign 2021 / Sepsis-3: lactate >= 2 mmol/L raised; >= 4 mmol/L in the hour-1 bundle"
_ANC = "neutropenia grading (CTCAE v5): grade 3 < 1.0, grade 4 < 0.5 x10^9/L"
_PLT = "thrombocytopenia grading (CTCAE v5): grade 3 < 50, grade 4 < 25 x10^9/L; 20 is a common transfusion trigger"
_HB = "NICE NG24 Blood transfusion (2015): restrictive threshold 70 g/L; 60 g/L project threshold for 'immediate'"
_PROJECT = "project threshold, no single published source; review locally"


@dataclass(frozen=True)
class CriticalLimit:
    """One limit: values at or beyond it (in ``unit``) are critical for ``analyte``."""

    analyte: str  # catalogue key
    side: Side
    value: float
    unit: str
    urgency: Urgency
    meaning: str
    source: str


def _l(analyte: str, side: Side, value: float, unit: str, urgency: Urgency, meaning: str, source: str) -> CriticalLimit:
    return CriticalLimit(analyte, side, value, unit, urgency, meaning, source)


CRITICAL_LIMITS: tuple[CriticalLimit, ...] = (
    _l("potassium", "high", 6.5, "mmol/L", "immediate", "severe hyperkalaemia", _UKKA_K),
    _l("potassium", "high", 6.0, "mmol/L", "urgent", "hyperkalaemia", _UKKA_K),
    _l("potassium", "low", 2.5, "mmol/L", "immediate", "severe hypokalaemia", _HYPOK),
    _l("potassium", "low", 2.9, "mmol/L", "urgent", "hypokalaemia", _HYPOK),
    _l("sodium", "low", 120, "mmol/L", "immediate", "severe hyponatraemia", "Kost 1990"),
    _l("sodium", "low", 125, "mmol/L", "urgent", "hyponatraemia", _EJE_NA),
    _l("sodium", "high", 160, "mmol/L", "immediate", "severe hypernatraemia", "Kost 1990"),
    _l("sodium", "high", 155, "mmol/L", "urgent", "hypernatraemia", _PROJECT),
    _l("glucose", "low", 3.0, "mmol/L", "immediate", "hypoglycaemia", _ADA_HYPO),
    _l("glucose", "low", 3.9, "mmol/L", "urgent", "low glucose", _ADA_HYPO),
    _l("glucose", "high", 30, "mmol/L", "immediate", "severe hyperglycaemia (DKA/HHS?)", _PROJECT),
    _l("glucose", "high", 20, "mmol/L", "urgent", "hyperglycaemia (check ketones/osmolality)", _PROJECT),
    _l("hemoglobin", "low", 60, "g/L", "immediate", "severe anaemia", _HB),
    _l("hemoglobin", "low", 70, "g/L", "urgent", "anaemia below transfusion threshold", _HB),
    _l("lactate", "high", 4.0, "mmol/L", "immediate", "lactate ≥4 (shock?)", _SSC),
    _l("lactate", "high", 2.0, "mmol/L", "urgent", "raised lactate", _SSC),
    _l("ph", "low", 7.2, "", "immediate", "severe acidaemia", "Kost 1990"),
    _l("ph", "high", 7.6, "", "immediate", "severe alkalaemia", "Kost 1990"),
    _l("ph", "low", 7.3, "", "urgent", "acidaemia", _PROJECT + " (7.3 is also the DKA pH criterion, JBDS-IP 2021)"),
    _l("calcium", "high", 3.5, "mmol/L", "immediate", "severe hypercalcaemia", _PROJECT),
    _l("calcium", "high", 3.0, "mmol/L", "urgent", "hypercalcaemia", _PROJECT),
    _l("calcium", "low", 1.8, "mmol/L", "immediate", "severe hypocalcaemia", _PROJECT),
    _l("platelets", "low", 20, "10^9/L", "immediate", "severe thrombocytopenia", _PLT),
    _l("platelets", "low", 50, "10^9/L", "urgent", "thrombocytopenia", _PLT),
    _l("neutrophils", "low", 0.5, "10^9/L", "immediate", "severe neutropenia", _ANC),
    _l("neutrophils", "low", 1.0, "10^9/L", "urgent", "neutropenia", _ANC),
    _l("inr", "high", 8.0, "", "immediate", "INR ≥8", "BSH guideline on oral anticoagulation with warfarin "
       "(Keeling et al., Br J Haematol 2011): INR > 8 is the highest band"),
    _l("inr", "high", 5.0, "", "urgent", "INR ≥5", "BSH warfarin guideline (2011): INR 5-8 band"),
    _l("magnesium", "low", 0.4, "mmol/L", "urgent", "severe hypomagnesaemia", _PROJECT),
    _l("bicarbonate", "low", 10, "mmol/L", "immediate", "severe metabolic acidosis", "Kost 1990"),
    _l("bicarbonate", "low", 15, "mmol/L", "urgent", "metabolic acidosis", "JBDS-IP DKA (2021): bicarbonate < 15"),
    _l("ketones", "high", 3.0, "mmol/L", "immediate", "ketonaemia ≥3 mmol/L", _JBDS),
    _l("bicarbonate", "high", 40, "mmol/L", "urgent", "severe metabolic alkalosis", "Kost 1990"),
    _l("chloride", "low", 80, "mmol/L", "urgent", "severe hypochloraemia", "Kost 1990"),
    _l("chloride", "high", 120, "mmol/L", "urgent", "severe hyperchloraemia", "Kost 1990"),
    _l("urea", "high", 35, "mmol/L", "urgent", "severe uraemia", _PROJECT),
    _l("ionized_calcium", "low", 0.8, "mmol/L", "urgent", "severe ionised hypocalcaemia", "Kost 1990"),
    _l("ionized_calcium", "high", 1.6, "mmol/L", "urgent", "ionised hypercalcaemia", "Kost 1990"),
    _l("magnesium", "high", 4.7, "mg/dL", "urgent", "severe hypermagnesaemia", "Kost 1990"),
    _l("phosphate", "low", 1.0, "mg/dL", "urgent", "severe hypophosphataemia", "Kost 1990"),
    _l("hemoglobin", "high", 20, "g/dL", "urgent", "severe polycythaemia", "Kost 1990"),
    _l("hematocrit", "low", 20, "%", "urgent", "severe anaemia (haematocrit)", "Kost 1990"),
    _l("hematocrit", "high", 60, "%", "urgent", "haematocrit ≥60% (hyperviscosity?)", "Kost 1990"),
    _l("wbc", "low", 2.0, "10^9/L", "urgent", "severe leucopenia", "Kost 1990"),
    _l("wbc", "high", 30, "10^9/L", "urgent", "marked leucocytosis", "Kost 1990"),
    _l("platelets", "high", 1000, "10^9/L", "urgent", "extreme thrombocytosis", "Kost 1990"),
    _l("aptt", "high", 100, "s", "urgent", "very prolonged aPTT", "Kost 1990"),
    _l("fibrinogen", "low", 1.0, "g/L", "urgent", "hypofibrinogenaemia", "Kost 1990"),
    _l("osmolality", "low", 250, "mOsm/kg", "urgent", "severe hypo-osmolality", "Kost 1990"),
    _l("osmolality", "high", 320, "mOsm/kg", "urgent", "severe hyperosmolality (HHS?)", "Kost 1990"),
    _l("pco2", "low", 20, "mmHg", "urgent", "severe hypocapnia", "Kost 1990"),
    _l("pco2", "high", 70, "mmHg", "urgent", "severe hypercapnia", "Kost 1990"),
    _l("po2", "low", 40, "mmHg", "urgent", "severe hypoxaemia", "Kost 1990"),
)


def limits_for(analyte: str) -> tuple[CriticalLimit, ...]:
    """The critical limits of one analyte (catalogue key), most extreme first on each side."""
    return tuple(lim for lim in CRITICAL_LIMITS if lim.analyte == analyte)
