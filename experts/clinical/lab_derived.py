"""Values derived from a lab panel, computed with open-medicine's calculators where it has one.

Every :class:`DerivedValue` names its calculator (or says it is plain arithmetic), the DOI of the
method, and the inputs in the units the equation takes. A derived value is attempted only when its
lab inputs are all present; when those are present but a demographic input (age, sex, weight) is
not, it is listed as not computed with the reason, never filled in with a guess.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from consilium.experts.base import Measurement
from consilium.experts.clinical.calculators import CalculatorError, CalculatorResult, run_calculator

Inputs = dict[str, float | int | str | bool | None]


class DerivedValue(BaseModel):
    name: str
    value: float | None
    unit: str = ""
    flag: str = ""
    reference: str = ""
    inputs: Inputs = Field(default_factory=dict)
    calculator: str = Field(description="open-medicine calculator and version, or 'arithmetic: <formula>'.")
    doi: str = ""
    interpretation: str = ""

    def measurement(self) -> Measurement:
        inputs: Inputs = {**self.inputs, "method": self.calculator}
        if self.doi:
            inputs["doi"] = self.doi
        return Measurement(name=self.name, value=self.value, unit=self.unit, flag=self.flag,
                           reference=self.reference, inputs=inputs)


def _flag(value: float, low: float | None, high: float | None) -> str:
    if low is not None and value < low:
        return "low"
    if high is not None and value > high:
        return "high"
    return "normal"


def _from_calc(name: str, result: CalculatorResult, unit: str, inputs: Inputs, low: float | None,
               high: float | None, reference: str) -> DerivedValue:
    value = float(result.value)
    return DerivedValue(name=name, value=value, unit=unit, flag=_flag(value, low, high), reference=reference,
                        inputs=inputs, calculator=f"{result.source} {result.calculator}", doi=result.doi,
                        interpretation=result.interpretation)


def derive_all(values: dict[str, float], age: float | None, sex: str,
               weight_kg: float | None) -> tuple[list[DerivedValue], list[str]]:
    """Derived values from canonical lab values keyed by analyte (see :mod:`lab_catalog`).

    Returns (derived values, reasons for the ones not computed).
    """
    v = dict(values)
    bun_note = ""
    if "bun" not in v and "urea" in v:
        v["bun"] = v["urea"] * 2.801  # urea mmol/L -> urea nitrogen mg/dL
        bun_note = f"BUN from urea {v['urea']:g} mmol/L x 2.801"
    out: list[DerivedValue] = []
    skipped: list[str] = []
    adult = age is not None and age >= 18
    known_sex = sex in ("female", "male")

    def need_patient(what: str, *, weight: bool = False) -> bool:
        missing = [x for x, ok in (("age (adult)", adult), ("sex", known_sex), ("weight", weight_kg or not weight))
                   if not ok]
        if missing:
            skipped.append(f"{what}: needs {', '.join(missing)}")
        return not missing

    def attempt(fn: Any, *args: Any) -> None:
        try:
            fn(*args)
        except CalculatorError as exc:
            skipped.append(str(exc))

    def r(x: float) -> float:
        return round(x, 3)

    if {"sodium", "chloride", "bicarbonate"} <= v.keys():
        def anion_gap() -> None:
            ins = {"sodium": v["sodium"], "chloride": v["chloride"], "bicarbonate": v["bicarbonate"]}
            res = run_calculator("calculate_anion_gap", ins)
            named: Inputs = {"sodium (mmol/L)": r(v["sodium"]), "chloride (mmol/L)": r(v["chloride"]),
                             "bicarbonate (mmol/L)": r(v["bicarbonate"])}
            out.append(_from_calc("Anion gap", res, "mmol/L", named, 8, 12, "8-12 mmol/L (Na - (Cl + HCO3))"))
            if "albumin" in v:
                res = run_calculator("calculate_anion_gap", {**ins, "albumin": v["albumin"]})
                out.append(_from_calc("Anion gap (albumin-corrected)", res, "mmol/L",
                                      {**named, "albumin (g/dL)": r(v["albumin"])}, 8, 12,
                                      "8-12 mmol/L (AG + 2.5 x (4.0 - albumin g/dL))"))
        attempt(anion_gap)

    if {"calcium", "albumin"} <= v.keys():
        def corrected_calcium() -> None:
            res = run_calculator("calculate_corrected_calcium", {"calcium": v["calcium"], "albumin": v["albumin"]})
            out.append(_from_calc("Calcium (albumin-corrected)", res, "mg/dL",
                                  {"calcium (mg/dL)": r(v["calcium"]), "albumin (g/dL)": r(v["albumin"])},
                                  8.5, 10.5, "8.5-10.5 mg/dL (Ca + 0.8 x (4.0 - albumin g/dL))"))
        attempt(corrected_calcium)

    if "creatinine" in v and need_patient("eGFR (CKD-EPI 2021)"):
        def egfr() -> None:
            ins = {"age": int(age or 0), "is_female": sex == "female", "serum_creatinine": v["creatinine"]}
            res = run_calculator("calculate_ckd_epi", ins)
            stage = res.interpretation.split("Stage ")[-1].split(":")[0] if "Stage " in res.interpretation else ""
            d = _from_calc("eGFR (CKD-EPI 2021, race-free)", res, "mL/min/1.73m2",
                           {"creatinine (mg/dL)": r(v["creatinine"]), "age (years)": ins["age"], "sex": sex},
                           60, None, f">=60 mL/min/1.73m2; KDIGO category {stage}")
            out.append(d)
        attempt(egfr)

    if {"bun", "creatinine"} <= v.keys():
        ratio = v["bun"] / v["creatinine"]
        ins: Inputs = {"BUN (mg/dL)": r(v["bun"]), "creatinine (mg/dL)": r(v["creatinine"])}
        if bun_note:
            ins["note"] = bun_note
        out.append(DerivedValue(name="BUN/creatinine ratio", value=round(ratio, 1), flag=_flag(ratio, 10, 20),
                                reference="10-20 (>20 suggests a prerenal cause or upper GI bleeding)", inputs=ins,
                                calculator="arithmetic: BUN (mg/dL) / creatinine (mg/dL); not in open-medicine"))

    if {"sodium", "glucose", "bun"} <= v.keys():
        def osmolality() -> None:
            ins = {"sodium": v["sodium"], "glucose": v["glucose"], "bun": v["bun"]}
            named: Inputs = {"sodium (mmol/L)": r(v["sodium"]), "glucose (mg/dL)": r(v["glucose"]),
                             "BUN (mg/dL)": r(v["bun"])}
            if bun_note:
                named["note"] = bun_note
            res = run_calculator("calculate_serum_osmolality", ins)
            out.append(_from_calc("Osmolality (calculated)", res, "mOsm/kg", named, 275, 295,
                                  "275-295 mOsm/kg (2 Na + glucose/18 + BUN/2.8)"))
            if "osmolality" in v:
                res = run_calculator("calculate_osmolar_gap", {**ins, "measured_osmolality": v["osmolality"]})
                out.append(_from_calc("Osmolar gap", res, "mOsm/kg",
                                      {**named, "measured osmolality (mOsm/kg)": r(v["osmolality"])}, None, 10,
                                      "<=10 mOsm/kg (measured - calculated)"))
        attempt(osmolality)

    if {"sodium", "glucose"} <= v.keys() and v["glucose"] > 200:
        def corrected_sodium() -> None:
            res = run_calculator("calculate_corrected_sodium", {"sodium": v["sodium"], "glucose": v["glucose"]})
            out.append(_from_calc("Sodium (corrected for glucose, Katz)", res, "mmol/L",
                                  {"sodium (mmol/L)": r(v["sodium"]), "glucose (mg/dL)": r(v["glucose"])},
                                  135, 145, "135-145 mmol/L; computed because glucose > 200 mg/dL"))
        attempt(corrected_sodium)

    if "bicarbonate" in v and v["bicarbonate"] < 22:
        def winters() -> None:
            ins: dict[str, Any] = {"bicarbonate": v["bicarbonate"]}
            if "pco2" in v:
                ins["paco2"] = v["pco2"]
            res = run_calculator("calculate_winters_formula", ins)
            expected = float(res.value)
            flag = ""
            if "pco2" in v:
                flag = "normal" if abs(v["pco2"] - expected) <= 2 else "abnormal"
            out.append(DerivedValue(
                name="Expected pCO2 (Winter's formula)", value=expected, unit="mmHg", flag=flag,
                reference=f"{expected - 2:g}-{expected + 2:g} mmHg; measured outside this range = mixed disorder",
                inputs={"bicarbonate (mmol/L)": r(v["bicarbonate"]), "measured pCO2 (mmHg)": r(v["pco2"])
                        if "pco2" in v else None},
                calculator=f"{res.source} {res.calculator}", doi=res.doi, interpretation=res.interpretation))
        attempt(winters)

    if "creatinine" in v and need_patient("Creatinine clearance (Cockcroft-Gault)", weight=True):
        def cockcroft_gault() -> None:
            ins = {"age": int(age or 0), "weight": float(weight_kg or 0), "is_female": sex == "female",
                   "serum_creatinine": v["creatinine"]}
            res = run_calculator("calculate_cockcroft_gault", ins)
            out.append(DerivedValue(
                name="Creatinine clearance (Cockcroft-Gault)", value=float(res.value), unit="mL/min",
                reference="for drug dosing; uses actual body weight", interpretation=res.interpretation,
                inputs={"creatinine (mg/dL)": r(v["creatinine"]), "age (years)": ins["age"],
                        "weight (kg)": ins["weight"], "sex": sex},
                calculator=f"{res.source} {res.calculator}", doi=res.doi))
        attempt(cockcroft_gault)

    if {"ast", "alt", "platelets"} <= v.keys() and (adult or _skip(skipped, "FIB-4: needs adult age")):
        def fib4() -> None:
            res = run_calculator("calculate_fib4", {"age": int(age or 0), "ast": v["ast"], "alt": v["alt"],
                                                    "platelets": v["platelets"]})
            if res.value is None:
                raise CalculatorError(f"FIB-4: {res.interpretation}")
            value = float(res.value)
            flag = "high" if value > 2.67 else ("normal" if value < 1.30 else "")
            out.append(DerivedValue(
                name="FIB-4", value=value, flag=flag, interpretation=res.interpretation,
                reference="<1.30 low, 1.30-2.67 indeterminate, >2.67 high fibrosis risk (validated age 35-65)",
                inputs={"age (years)": int(age or 0), "AST (U/L)": r(v["ast"]), "ALT (U/L)": r(v["alt"]),
                        "platelets (10^9/L)": r(v["platelets"])},
                calculator=f"{res.source} {res.calculator}", doi=res.doi))
        attempt(fib4)

    if "neutrophils" not in v and {"wbc", "neutrophils_pct"} <= v.keys():
        anc = v["wbc"] * v["neutrophils_pct"] / 100
        out.append(DerivedValue(
            name="Absolute neutrophil count", value=round(anc, 2), unit="10^9/L",
            flag="critical" if anc < 0.5 else _flag(anc, 1.56, 6.45),
            reference="1.56-6.45 10^9/L; critical <0.5", calculator="arithmetic: WBC x neutrophils % / 100",
            inputs={"WBC (10^9/L)": r(v["wbc"]), "neutrophils (%)": r(v["neutrophils_pct"])}))
    return out, skipped


def _skip(skipped: list[str], reason: str) -> bool:
    skipped.append(reason)
    return False
