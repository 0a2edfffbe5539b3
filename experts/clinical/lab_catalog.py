"""What the lab expert knows about analytes: names, units, adult reference intervals, critical limits.

Each :class:`Analyte` has one canonical unit (the conventional unit the open-medicine calculators
take, e.g. mg/dL for creatinine) and a table of the other units it accepts with the factor that
converts them (``canonical = value * factor``). A result whose unit is not in that table is never
compared with a built-in interval: the caller reports the mismatch instead.

The intervals are typical adult values compiled from common laboratory references (Mayo Clinic
Laboratories, Tietz); they are a fallback for results that arrive without their laboratory's range,
which always wins. Critical limits come from :mod:`consilium.experts.clinical.lab_critical`, each with
its source; the lab expert and the red-flag screen both read them from here. :func:`parse_number` is
the one reader of a written lab number (decimal commas, thousands separators, censored values).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from consilium.experts.clinical.lab_critical import CRITICAL_LIMITS, CriticalLimit, limits_for

ADULT_AGE = 18.0


@dataclass(frozen=True)
class Interval:
    """A reference interval in the analyte's canonical unit, for one sex and age band (or all)."""

    low: float | None
    high: float | None
    sex: str | None = None  # "female" / "male" / None for both
    age_min: float = ADULT_AGE
    age_max: float = 200.0
    note: str = ""

    def applies(self, age: float | None, sex: str) -> bool:
        if self.sex is not None and self.sex != sex:
            return False
        if age is None:
            return self.age_min <= ADULT_AGE and self.age_max >= 200.0
        return self.age_min <= age < self.age_max


@dataclass(frozen=True)
class Analyte:
    key: str
    label: str
    unit: str  # canonical, as displayed
    synonyms: tuple[str, ...]
    # normalised unit -> factor to canonical, or (factor, offset) for the rare affine conversion
    units: dict[str, float | tuple[float, float]] = field(default_factory=dict)
    intervals: tuple[Interval, ...] = ()
    note: str = ""
    # Filled from lab_critical: the least extreme limit of each side, in the canonical unit (inclusive).
    critical_low: float | None = None
    critical_high: float | None = None
    critical_limits: tuple[tuple[CriticalLimit, float], ...] = ()  # (limit, its value in the canonical unit)

    def critical(self, value: float) -> tuple[CriticalLimit, float] | None:
        """The most extreme critical limit that a canonical ``value`` reaches, or None."""
        for limit, canonical in self.critical_limits:  # most extreme first on each side
            if (value >= canonical) if limit.side == "high" else (value <= canonical):
                return limit, canonical
        return None

    def to_canonical(self, value: float, unit: str) -> float | None:
        """``value`` in the canonical unit, or None when ``unit`` is not one this analyte accepts."""
        conversion = self.units.get(normalise_unit(unit))
        if conversion is None:
            return None
        factor, offset = conversion if isinstance(conversion, tuple) else (conversion, 0.0)
        return value * factor + offset

    def from_canonical(self, value: float, unit: str) -> float | None:
        """The inverse of :meth:`to_canonical`: a canonical value expressed in ``unit``."""
        conversion = self.units.get(normalise_unit(unit))
        if conversion is None:
            return None
        factor, offset = conversion if isinstance(conversion, tuple) else (conversion, 0.0)
        return (value - offset) / factor


# Normalised spellings of equivalent units; values are the spelling used in the analyte tables.
# mEq/L is kept apart from mmol/L: they differ for divalent ions (calcium, magnesium).
_UNIT_ALIASES = {
    "iu/l": "u/l", "ul/ml": "ng/ml", "ug/l": "ng/ml", "pg/ml": "ng/l",
    "uiu/ml": "mu/l", "miu/l": "mu/l",
    "10^3/ul": "10^9/l", "k/ul": "10^9/l", "thou/ul": "10^9/l", "10^3/mm^3": "10^9/l",
    "/nl": "10^9/l", "gpt/l": "10^9/l", "10^6/ul": "10^12/l", "m/ul": "10^12/l",
    "/mm^3": "/ul", "cells/ul": "/ul", "cells/mm^3": "/ul",
    "sec": "s", "secs": "s", "second": "s", "seconds": "s", "mm/hr": "mm/h", "mm/1h": "mm/h",
    "mosmol/kg": "mosm/kg", "mosm/l": "mosm/kg", "mosmol/l": "mosm/kg",
    "ratio": "",
}
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def normalise_unit(unit: str) -> str:
    """A canonical spelling of a unit: case, micro signs, powers of ten and synonyms folded."""
    u = unit.strip().translate(_SUPERSCRIPTS).replace("µ", "u").replace("μ", "u")
    u = re.sub(r"\s+", "", u).lower()
    u = re.sub(r"^mc(?=[a-z])", "u", u).replace("/mcl", "/ul")
    u = re.sub(r"^[x×*]", "", u)  # "x10^9/L"
    u = re.sub(r"10(?:\*\*|\*|e|\^)?(3|6|9|12)(?=/)", r"10^\1", u)
    u = u.replace("mm3", "mm^3").replace("litre", "l").replace("liter", "l")
    u = u.replace("feu", "")  # D-dimer fibrinogen-equivalent units; DDU stays distinct (factor ~2)
    return _UNIT_ALIASES.get(u, u)


def _i(low: float | None, high: float | None, **kw: object) -> Interval:
    return Interval(low, high, **kw)  # type: ignore[arg-type]


# Factors: SI -> conventional. Molar masses: creatinine 113.12, urea 60.06, glucose 180.16,
# calcium 40.08, magnesium 24.305, phosphorus 30.97, bilirubin 584.7, uric acid 168.1.
ANALYTES: tuple[Analyte, ...] = (
    Analyte("sodium", "Sodium", "mmol/L", ("na", "na+", "sodium", "serum sodium", "s-na", "p-na"),
            {"mmol/l": 1.0, "meq/l": 1.0}, (_i(135, 145),)),
    Analyte("potassium", "Potassium", "mmol/L", ("k", "k+", "potassium", "serum potassium"),
            {"mmol/l": 1.0, "meq/l": 1.0}, (_i(3.5, 5.1),)),
    Analyte("chloride", "Chloride", "mmol/L", ("cl", "cl-", "chloride"), {"mmol/l": 1.0, "meq/l": 1.0},
            (_i(98, 107),)),
    Analyte("bicarbonate", "Bicarbonate", "mmol/L",
            ("hco3", "hco3-", "bicarbonate", "bicarb", "co2", "total co2", "tco2", "standard bicarbonate"),
            {"mmol/l": 1.0, "meq/l": 1.0}, (_i(22, 29),)),
    Analyte("bun", "Blood urea nitrogen", "mg/dL",
            ("bun", "blood urea nitrogen", "urea nitrogen", "serum urea nitrogen"),
            {"mg/dl": 1.0, "mmol/l": 2.801}, (_i(8, 24, sex="male"), _i(6, 21, sex="female"))),
    Analyte("urea", "Urea", "mmol/L", ("urea", "serum urea"),
            {"mmol/l": 1.0, "mg/dl": 1 / 6.006}, (_i(2.5, 7.8),),
            note="urea in mg/dL is read as urea, not urea nitrogen (BUN)"),
    Analyte("creatinine", "Creatinine", "mg/dL", ("creatinine", "cr", "creat", "scr", "serum creatinine", "crea"),
            {"mg/dl": 1.0, "umol/l": 1 / 88.42, "mmol/l": 1000 / 88.42},
            (_i(0.74, 1.35, sex="male"), _i(0.59, 1.04, sex="female"))),
    Analyte("glucose", "Glucose", "mg/dL",
            ("glucose", "glu", "blood glucose", "serum glucose", "plasma glucose", "random glucose",
             "fasting glucose", "fasting plasma glucose", "fpg", "rbg", "fbg", "blood sugar"),
            {"mg/dl": 1.0, "mmol/l": 18.016}, (_i(70, 99, note="fasting"),)),
    Analyte("calcium", "Calcium (total)", "mg/dL", ("calcium", "ca", "total calcium", "serum calcium", "ca2+"),
            {"mg/dl": 1.0, "mmol/l": 4.008, "meq/l": 2.004}, (_i(8.6, 10.3),)),
    Analyte("ionized_calcium", "Ionized calcium", "mmol/L",
            ("ionized calcium", "ionised calcium", "ica", "free calcium", "ca++ ionized"),
            {"mmol/l": 1.0, "mg/dl": 1 / 4.008, "meq/l": 0.5}, (_i(1.15, 1.33),)),
    Analyte("albumin", "Albumin", "g/dL", ("albumin", "alb", "serum albumin"), {"g/dl": 1.0, "g/l": 0.1},
            (_i(3.5, 5.0),)),
    Analyte("total_protein", "Total protein", "g/dL", ("total protein", "protein total", "tp"),
            {"g/dl": 1.0, "g/l": 0.1}, (_i(6.3, 7.9),)),
    Analyte("magnesium", "Magnesium", "mg/dL", ("magnesium", "mg", "mg2+", "serum magnesium"),
            {"mg/dl": 1.0, "mmol/l": 2.431, "meq/l": 1.2155}, (_i(1.7, 2.3),)),
    Analyte("phosphate", "Phosphate", "mg/dL", ("phosphate", "phosphorus", "phos", "po4", "inorganic phosphate"),
            {"mg/dl": 1.0, "mmol/l": 3.097}, (_i(2.5, 4.5),)),
    Analyte("hemoglobin", "Haemoglobin", "g/dL", ("hb", "hgb", "hemoglobin", "haemoglobin", "hb total"),
            {"g/dl": 1.0, "g/l": 0.1, "mmol/l": 1.611},
            (_i(13.2, 16.6, sex="male"), _i(11.6, 15.0, sex="female"))),
    Analyte("hematocrit", "Haematocrit", "%", ("hct", "hematocrit", "haematocrit", "pcv", "packed cell volume"),
            {"%": 1.0, "l/l": 100.0}, (_i(38.3, 48.6, sex="male"), _i(35.5, 44.9, sex="female"))),
    Analyte("wbc", "White cell count", "10^9/L",
            ("wbc", "white blood cells", "white blood cell count", "white cell count", "wcc", "leukocytes",
             "leukocyte count", "total leukocyte count", "tlc", "white count"),
            {"10^9/l": 1.0, "/ul": 0.001}, (_i(3.4, 9.6),)),
    Analyte("neutrophils", "Neutrophils (absolute)", "10^9/L",
            ("neutrophils", "neutrophil count", "anc", "absolute neutrophil count", "neut", "neutrophils absolute"),
            {"10^9/l": 1.0, "/ul": 0.001}, (_i(1.56, 6.45),)),
    Analyte("neutrophils_pct", "Neutrophils (%)", "%", ("neutrophils %", "neutrophil %", "% neutrophils",
                                                        "neutrophil percentage", "segs", "polys"),
            {"%": 1.0}, (_i(40, 75),)),
    Analyte("lymphocytes_pct", "Lymphocytes (%)", "%", ("lymphocytes %", "lymphocyte %", "% lymphocytes",
                                                        "lymphocyte percentage"),
            {"%": 1.0}, (_i(20, 45),)),
    Analyte("lymphocytes", "Lymphocytes (absolute)", "10^9/L",
            ("lymphocytes", "lymphocyte count", "alc", "absolute lymphocyte count", "lymph"),
            {"10^9/l": 1.0, "/ul": 0.001}, (_i(0.95, 3.07),)),
    Analyte("platelets", "Platelets", "10^9/L", ("plt", "platelets", "platelet count", "plts", "thrombocytes"),
            {"10^9/l": 1.0, "/ul": 0.001}, (_i(135, 317, sex="male"), _i(157, 371, sex="female"))),
    Analyte("mcv", "Mean corpuscular volume", "fL", ("mcv", "mean corpuscular volume", "mean cell volume"),
            {"fl": 1.0}, (_i(78.2, 97.9),)),
    Analyte("inr", "INR", "", ("inr", "pt inr", "pt/inr", "international normalized ratio",
                                "international normalised ratio"),
            {"": 1.0}, (_i(0.8, 1.2, note="not anticoagulated"),)),
    Analyte("pt", "Prothrombin time", "s", ("pt", "prothrombin time"), {"s": 1.0}, (_i(9.4, 12.5),)),
    Analyte("aptt", "aPTT", "s",
            ("aptt", "ptt", "activated partial thromboplastin time", "partial thromboplastin time"),
            {"s": 1.0}, (_i(25, 37),)),
    Analyte("fibrinogen", "Fibrinogen", "g/L", ("fibrinogen",), {"g/l": 1.0, "mg/dl": 0.01},
            (_i(2.0, 4.0),)),
    Analyte("d_dimer", "D-dimer", "mg/L FEU", ("d-dimer", "d dimer", "ddimer"),
            {"mg/l": 1.0, "ng/ml": 0.001, "ug/ml": 1.0},
            (_i(None, 0.5, note="FEU; age-adjusted cut-offs apply >50 y"),)),
    Analyte("bilirubin", "Bilirubin (total)", "mg/dL",
            ("bilirubin", "total bilirubin", "bili", "t bili", "tbili", "bilirubin total", "tbil"),
            {"mg/dl": 1.0, "umol/l": 1 / 17.1}, (_i(0.1, 1.2),)),
    Analyte("alt", "ALT", "U/L", ("alt", "sgpt", "alat", "alanine aminotransferase", "alanine transaminase", "gpt"),
            {"u/l": 1.0}, (_i(None, 41, sex="male"), _i(None, 33, sex="female"))),
    Analyte("ast", "AST", "U/L", ("ast", "sgot", "asat", "aspartate aminotransferase", "aspartate transaminase", "got"),
            {"u/l": 1.0}, (_i(None, 40, sex="male"), _i(None, 32, sex="female"))),
    Analyte("alp", "Alkaline phosphatase", "U/L", ("alp", "alkaline phosphatase", "alk phos", "alkp"),
            {"u/l": 1.0}, (_i(40, 129, sex="male"), _i(35, 104, sex="female"))),
    Analyte("ggt", "GGT", "U/L",
            ("ggt", "gamma gt", "gamma glutamyl transferase", "gamma-glutamyl transferase", "ggtp"),
            {"u/l": 1.0}, (_i(10, 71, sex="male"), _i(6, 42, sex="female"))),
    Analyte("ldh", "LDH", "U/L", ("ldh", "ld", "lactate dehydrogenase"), {"u/l": 1.0}, (_i(135, 225),)),
    Analyte("ck", "Creatine kinase", "U/L", ("ck", "cpk", "creatine kinase", "creatine phosphokinase"),
            {"u/l": 1.0}, (_i(39, 308, sex="male"), _i(26, 192, sex="female"))),
    Analyte("uric_acid", "Uric acid", "mg/dL", ("uric acid", "urate", "serum urate"),
            {"mg/dl": 1.0, "umol/l": 1 / 59.48},
            (_i(3.4, 7.0, sex="male"), _i(2.4, 6.0, sex="female"))),
    Analyte("crp", "C-reactive protein", "mg/L", ("crp", "c-reactive protein", "c reactive protein"),
            {"mg/l": 1.0, "mg/dl": 10.0}, (_i(None, 5.0),)),
    Analyte("procalcitonin", "Procalcitonin", "ng/mL", ("procalcitonin", "pct"), {"ng/ml": 1.0},
            (_i(None, 0.1),)),
    Analyte("esr", "ESR", "mm/h", ("esr", "erythrocyte sedimentation rate", "sed rate"), {"mm/h": 1.0},
            (_i(None, 15, sex="male", age_max=50), _i(None, 20, sex="male", age_min=50),
             _i(None, 20, sex="female", age_max=50), _i(None, 30, sex="female", age_min=50))),
    Analyte("lactate", "Lactate", "mmol/L", ("lactate", "lactic acid", "serum lactate", "blood lactate"),
            {"mmol/l": 1.0, "mg/dl": 0.111}, (_i(0.5, 2.2),)),
    Analyte("ketones", "Blood ketones (beta-hydroxybutyrate)", "mmol/L",
            ("ketones", "blood ketones", "capillary ketones", "serum ketones", "beta-hydroxybutyrate",
             "beta hydroxybutyrate", "bhb"), {"mmol/l": 1.0}, (_i(None, 0.6),)),
    Analyte("bnp", "BNP", "ng/L", ("bnp", "b-type natriuretic peptide", "brain natriuretic peptide"),
            {"ng/l": 1.0}, (_i(None, 100, note="heart failure unlikely below 100"),)),
    Analyte("nt_probnp", "NT-proBNP", "ng/L",
            ("nt-probnp", "nt probnp", "ntprobnp", "n-terminal pro-bnp", "nt-pro bnp"),
            {"ng/l": 1.0}, (_i(None, 125, age_max=75), _i(None, 450, age_min=75))),
    Analyte("tsh", "TSH", "mU/L", ("tsh", "thyroid stimulating hormone", "thyrotropin"), {"mu/l": 1.0},
            (_i(0.4, 4.0),)),
    Analyte("free_t4", "Free T4", "ng/dL", ("free t4", "ft4", "free thyroxine"), {"ng/dl": 1.0, "pmol/l": 0.0777},
            (_i(0.9, 1.7),)),
    Analyte("ferritin", "Ferritin", "ng/mL", ("ferritin", "serum ferritin"), {"ng/ml": 1.0, "pmol/l": 0.445},
            (_i(24, 336, sex="male"), _i(11, 307, sex="female"))),
    Analyte("hba1c", "HbA1c", "%", ("hba1c", "a1c", "hemoglobin a1c", "glycated hemoglobin", "glycosylated hemoglobin",
                                    "glycohemoglobin"),
            {"%": 1.0, "mmol/mol": (0.09148, 2.152)},  # IFCC -> NGSP master equation
            (_i(4.0, 5.6, note="5.7-6.4 prediabetes; >=6.5 diabetes"),)),
    Analyte("osmolality", "Osmolality (measured)", "mOsm/kg",
            ("osmolality", "serum osmolality", "measured osmolality", "plasma osmolality", "osm"),
            {"mosm/kg": 1.0}, (_i(275, 295),)),
    Analyte("ph", "pH", "", ("ph", "arterial ph", "blood ph", "venous ph"), {"": 1.0}, (_i(7.35, 7.45),)),
    Analyte("pco2", "pCO2", "mmHg", ("pco2", "paco2", "pvco2", "partial pressure of carbon dioxide"),
            {"mmhg": 1.0, "kpa": 7.50062}, (_i(35, 45),)),
    Analyte("po2", "pO2", "mmHg", ("po2", "pao2", "partial pressure of oxygen"), {"mmhg": 1.0, "kpa": 7.50062},
            (_i(80, 100, note="arterial, room air"),)),
    Analyte("b12", "Vitamin B12", "pg/mL", ("vitamin b12", "b12", "cobalamin"), {"ng/l": 1.0, "pmol/l": 1.355},
            (_i(200, 900),)),
    Analyte("iron", "Iron", "ug/dL", ("iron", "serum iron", "fe"), {"ug/dl": 1.0, "umol/l": 5.585},
            (_i(50, 170),)),
    Analyte("troponin", "Troponin", "", ("troponin", "troponin i", "troponin t", "hs-troponin", "hs troponin",
                                         "hs-ctnt", "hs-ctni", "ctni", "ctnt", "tni", "tnt",
                                         "high-sensitivity troponin",
                                         "hs-troponin t", "hs-troponin i", "hs troponin t", "hs troponin i"),
            note="assay-specific 99th percentile: only the laboratory's own cut-off is used"),
    Analyte("lipase", "Lipase", "U/L", ("lipase",), {"u/l": 1.0}, note="method-specific range: laboratory's own only"),
    Analyte("amylase", "Amylase", "U/L", ("amylase",), {"u/l": 1.0},
            note="method-specific range: laboratory's own only"),
)


def _with_limits(a: Analyte) -> Analyte:
    pairs = []
    for limit in limits_for(a.key):
        canonical = a.to_canonical(limit.value, limit.unit)
        if canonical is None:
            raise ValueError(f"lab_critical: {a.key} limit {limit.value} {limit.unit!r} is not in a unit of {a.key}")
        pairs.append((limit, round(canonical, 6)))
    pairs.sort(key=lambda p: (p[0].side, -p[1] if p[0].side == "low" else p[1]), reverse=True)
    lows = [c for lim, c in pairs if lim.side == "low"]
    highs = [c for lim, c in pairs if lim.side == "high"]
    return replace(a, critical_limits=tuple(pairs), critical_low=max(lows, default=None),
                   critical_high=min(highs, default=None))


ANALYTES = tuple(_with_limits(a) for a in ANALYTES)
_BY_KEY = {a.key: a for a in ANALYTES}
if unknown := {lim.analyte for lim in CRITICAL_LIMITS} - set(_BY_KEY):
    raise ValueError(f"lab_critical names analytes the catalogue lacks: {sorted(unknown)}")
_SPECIMEN_WORDS = re.compile(r"\b(serum|plasma|blood|whole blood|venous|arterial|level|levels|concentration|"
                             r"conc|value|result|s|p|b)\b")


# A written number: optional comparator, digits with "," or "." as separators.
_WRITTEN_NUMBER = re.compile(r"^\s*(<=|>=|[<>≤≥~])?\s*(-?\d[\d.,]*)")
_THOUSANDS = re.compile(r"-?\d{1,3}(?:,\d{3})+")  # 150,000 and 1,234,567
_THOUSANDS_EUROPEAN = re.compile(r"-?\d{1,3}(?:\.\d{3})+,\d+")  # 1.234,5


def parse_number(text: str | float, *, whole: bool = False) -> tuple[float, str] | None:
    """(value, comparator) of a written lab value, or None when it does not start with a number.

    The comparator is "", "<", ">" or "~" ("<=" and "≤" read as "<"). Commas are read deliberately:
    groups of exactly three digits after each comma are thousands ("150,000" is 150000, platelets in
    /uL); any other comma is a decimal comma, as European records write it ("5,2" is 5.2, "0,45" is
    0.45). "1.234,5" (dot thousands, comma decimal) is 1234.5. A lone "1,234" is therefore 1234, not
    1.234: a three-decimal value with a decimal comma is rare in lab reports, a thousands group is not.
    ``whole=True`` refuses text after the number ("12 mmol/L"), for a value field that should hold one.
    """
    if isinstance(text, (int, float)):
        return float(text), ""
    m = _WRITTEN_NUMBER.match(text)
    if not m:
        return None
    comparator = {"<=": "<", "≤": "<", ">=": ">", "≥": ">"}.get(m.group(1) or "", m.group(1) or "")
    raw = m.group(2).rstrip(".,")
    if whole and text[m.end():].strip(" .,"):
        return None
    if _THOUSANDS.fullmatch(raw):
        raw = raw.replace(",", "")
    elif _THOUSANDS_EUROPEAN.fullmatch(raw):
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(",") == 1 and "." not in raw:
        raw = raw.replace(",", ".")
    try:
        return float(raw), comparator
    except ValueError:
        return None


def _normalise_name(name: str) -> str:
    n = name.lower().replace("ae", "e").replace("leuc", "leuk").replace("ä", "a")
    n = n.replace("_", " ").replace("−", "-").replace("–", "-")
    n = re.sub(r"[.,:]", " ", n)
    return re.sub(r"\s+", " ", n).strip()


def _synonym_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for a in ANALYTES:
        for s in (a.key, a.label, *a.synonyms):
            index.setdefault(_normalise_name(s), a.key)
            index.setdefault(_normalise_name(s).replace("-", " "), a.key)
    return index


_SYNONYMS = _synonym_index()


# A differential reported in % is a different quantity from the absolute count of the same name.
_PERCENT_VARIANTS = {"neutrophils": "neutrophils_pct", "lymphocytes": "lymphocytes_pct"}


def match_analyte(name: str, unit: str = "") -> Analyte | None:
    """The analyte a lab name denotes ("Hb", "Haemoglobin", "Serum sodium (Na+)"), or None.

    ``unit`` only tells a differential in % from an absolute count ("Neutrophils" in % or 10^9/L).

    Matching is exact on normalised spellings, then with specimen words ("serum", "blood", "level")
    and hyphens dropped, then on a parenthesised abbreviation; it never matches on a substring, so
    "Hemoglobin A1c" can never be read as haemoglobin.
    """
    full = _normalise_name(name)
    outer = re.sub(r"\(.*?\)", " ", full).strip()
    inner = re.findall(r"\((.*?)\)", full)
    candidates = [full, outer, *inner]
    for cand in candidates:
        for variant in (cand, cand.replace("-", " "), _SPECIMEN_WORDS.sub(" ", cand)):
            v = re.sub(r"\s+", " ", variant).strip(" -")
            if v in _SYNONYMS:
                key = _SYNONYMS[v]
                if key in _PERCENT_VARIANTS and normalise_unit(unit) == "%":
                    key = _PERCENT_VARIANTS[key]
                return _BY_KEY[key]
    return None


def analyte(key: str) -> Analyte:
    """The analyte with this key; KeyError when there is none."""
    return _BY_KEY[key]


def reference_interval(a: Analyte, age: float | None, sex: str) -> tuple[Interval, str] | None:
    """The built-in interval for this patient and a description of whom it is for, or None.

    Adults only. When the interval is sex-specific and the sex is not recorded, the widest
    interval over both sexes is returned so that nothing is flagged that either sex would not flag.
    """
    if not a.intervals or (age is not None and age < ADULT_AGE):
        return None
    fitting = [i for i in a.intervals if i.applies(age, sex)]
    if fitting:
        chosen = fitting[0]
        who = " ".join(x for x in ["adult", chosen.sex or "", _age_band(chosen)] if x)
        return chosen, who
    if sex not in ("female", "male") and any(i.sex for i in a.intervals):
        band = [i for i in a.intervals if i.applies(age, i.sex or "")]
        if band:
            lows = [i.low for i in band]
            highs = [i.high for i in band]
            low = None if any(x is None for x in lows) else min(x for x in lows if x is not None)
            high = None if any(x is None for x in highs) else max(x for x in highs if x is not None)
            return Interval(low, high, note=band[0].note), "adult, sex not recorded: widest of the sex-specific ranges"
    return None


def _age_band(i: Interval) -> str:
    if i.age_min > ADULT_AGE and i.age_max < 200:
        return f"age {i.age_min:g}-{i.age_max:g}"
    if i.age_min > ADULT_AGE:
        return f"age >= {i.age_min:g}"
    if i.age_max < 200:
        return f"age < {i.age_max:g}"
    return ""
