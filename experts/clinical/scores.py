"""Computed clinical evidence: the severity and risk scores a case calls for, worked out before any model speaks.

:data:`SCORES` is the one table of which score applies to which presenting problem or working
diagnosis, with its published source. :func:`select_scores` chooses from it (and says why);
:func:`score_evidence` computes each chosen score with open-medicine's calculators (through
:mod:`consilium.experts.clinical.calculators`) from the inputs :mod:`score_inputs` reads from the case.

A missing input is never guessed. The calculator runs twice, with every missing input at the value
that scores least and at the value that scores most: when both agree the value is exact, otherwise
it is stated as a range ("at least 2 of 5; urea not given"). A score with fewer than half of its
inputs documented is reported as not computed, with what it lacks.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from consilium.experts.base import Evidence, Measurement
from consilium.experts.clinical import score_inputs as si
from consilium.experts.clinical import score_inputs_other as so
from consilium.experts.clinical.calculators import CalculatorError, package_version, run_calculator
from consilium.experts.clinical.case_facts import CURRENT_FIELDS, case_texts, find
from consilium.experts.clinical.score_items import Item, age as age_of, recorded_vitals
from consilium.experts.clinical.finding_context import classify

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case

log = logging.getLogger(__name__)

EXPERT = "scores"
VERSION = "1.0.0"
ADULT_AGE = 16  # NEWS2, qSOFA, CURB-65, Wells, HEART and CHA2DS2-VASc were derived in adults
# Free text that states the presenting problem (past history, medications and social history do not).
PROBLEM_FIELDS = ("title", "presenting_complaint", "history", "symptoms", "review_of_systems", "examination",
                  "other_results", "question")

Reader = Callable[["Case", tuple[str, ...]], dict[str, Item]]


@dataclass(frozen=True)
class Score:
    """One row of the table: when a score applies, how it is computed, and where it comes from."""

    key: str
    name: str
    calculator: str              # open-medicine calculator name, or "local" (computed in this module)
    maximum: int
    triggers: str                # regex over the presenting problem and the working diagnoses
    reader: Reader
    source: str
    high_from: float             # value from which the result is flagged high (the source's action threshold)
    adult_only: bool = True
    history_counts: bool = False  # a past mention selects it (known AF needs CHA2DS2-VASc; past pneumonia does not)
    excluded: str = ""           # regex: a mention in a clause with these words does not select the score
    picture: Callable[[Case], str] | None = None  # a combination of findings that selects it without its name


def _no_diagnoses(reader: Callable[[Case], dict[str, Item]]) -> Reader:
    return lambda case, diagnoses: reader(case)


def _lrti_picture(case: Case) -> str:
    """Cough with a focal chest sign: the clinical diagnosis of a lower respiratory tract infection (NICE NG138
    diagnoses CAP from symptoms and signs), so CURB-65 is worked out before a model names pneumonia."""
    cough = find(case, r"\bcough\w*", CURRENT_FIELDS)
    sign = find(case, r"\b(?:bronchial breath(?:ing)?|crackles|crepitations|dull(?:ness)? (?:to|on) percussion|"
                         r"consolidation)\b", CURRENT_FIELDS)
    if cough.state == "present" and sign.state == "present":
        return f"cough with a focal chest sign ({sign.evidence[:90]})"
    return ""


_INFECTION = (r"\b(?:sepsis|septic|infection|infected|pneumonia|cellulitis|pyelonephritis|urosepsis|(?-i:UTI)|meningitis|"
              r"cholangitis|abscess|empyema|peritonitis|fever|febrile|pyrexi\w*|rigors)\b")
_PE = r"\b(?:pulmonary embol\w*|(?-i:PE)(?=\b)(?!\s*(?:exam|examination|:))|Wells PE)"
# Chest pain that the HEART derivation population did not hold: pleuritic, chest-wall or traumatic pain.
_NOT_CARDIAC_PAIN = (r"\bpleuritic|\bon (?:deep )?(?:inspiration|breathing)|worse (?:on|with) (?:deep )?(?:breathing|"
                     r"inspiration|coughing)|reproduc\w+|chest[- ]wall|costochondr\w*|musculoskeletal|palpation|"
                     r"trauma\w*|\bfall\b|rib fracture")

_UPPER_GI_BLEED = (r"\b(?:ha?ematemesis|vomit\w* (?:\w+ )?blood|coffee[- ]ground\w*|mela?ena|upper GI (?:bleed\w*|"
                   r"ha?emorrhage)|upper gastrointestinal (?:bleed\w*|ha?emorrhage)|variceal (?:bleed\w*|ha?emorrhage)|"
                   r"bleeding (?:peptic |duodenal |gastric )ulcer")

SCORES: tuple[Score, ...] = (
    Score("curb65", "CURB-65", "calculate_curb65", 5,
          r"\b(?:pneumonia|(?-i:CAP|HAP)|LRTI|lower respiratory (?:tract )?infection|chest infection|consolidation|CURB-?65)\b",
          _no_diagnoses(si.curb65_inputs),
          "Lim WS et al. Thorax 2003;58:377-82, doi:10.1136/thorax.58.5.377 (BTS CAP guideline)", 3,
          picture=_lrti_picture),
    Score("qsofa", "qSOFA", "calculate_qsofa", 3, _INFECTION + r"|\bqSOFA\b", _no_diagnoses(si.qsofa_inputs),
          "Seymour CW et al. JAMA 2016;315:762-74, doi:10.1001/jama.2016.0288 (Sepsis-3)", 2),
    Score("news2", "NEWS2", "calculate_news2", 20, r"\bNEWS ?2?\b|early warning score", _no_diagnoses(si.news2_inputs),
          "Royal College of Physicians. National Early Warning Score (NEWS) 2. London: RCP, 2017", 5),
    Score("wells_pe", "Wells PE", "calculate_wells_pe", 12, _PE, si.wells_pe_inputs,
          "Wells PS et al. Thromb Haemost 2000;83:416-20, doi:10.1055/s-0037-1613830", 4.5),
    Score("wells_dvt", "Wells DVT", "calculate_wells_dvt", 9,
          r"\b(?:deep ve(?:in|nous) thrombosis|DVT|(?:calf|leg) (?:swelling|swollen|pain)|swollen (?:calf|leg)|"
          r"Wells DVT)\b", si.wells_dvt_inputs,
          "Wells PS et al. N Engl J Med 2003;349:1227-35, doi:10.1056/NEJMoa023153", 2,
          excluded=r"\bbilateral|\bboth (?:legs|calves|ankles)|\bchronic\w*"),
    Score("glasgow_blatchford", "Glasgow-Blatchford", "calculate_glasgow_blatchford", 23, _UPPER_GI_BLEED + "|Blatchford)",
          _no_diagnoses(si.blatchford_inputs),
          "Blatchford O et al. Lancet 2000;356:1318-21, doi:10.1016/S0140-6736(00)02816-6", 1),
    Score("heart", "HEART", "calculate_heart_score", 10,
          r"\b(?:chest (?:pain|tightness|pressure|heaviness|discomfort)|acute coronary syndrome|(?-i:ACS)|N?STEMI|unstable "
          r"angina|myocardial infarction|HEART score)\b", _no_diagnoses(si.heart_inputs),
          "Six AJ et al. Neth Heart J 2008;16:191-6, doi:10.1007/BF03086144", 4, excluded=_NOT_CARDIAC_PAIN),
    Score("alvarado", "Alvarado", "local", 10,
          r"\b(?:appendicitis|appendix|right iliac fossa|(?-i:RIF)|right lower quadrant|(?-i:RLQ)|McBurney\w*|Alvarado)\b",
          _no_diagnoses(si.alvarado_inputs),
          "Alvarado A. Ann Emerg Med 1986;15:557-64, doi:10.1016/S0196-0644(86)80993-3", 7, adult_only=False),
    Score("chadsvasc", "CHA2DS2-VASc", "calculate_chadsvasc", 9,
          r"\b(?:atrial fibrillation|atrial flutter|(?-i:AF)|AFib|A-?fib|CHA2?DS2?-?VASc)\b",
          _no_diagnoses(si.chadsvasc_inputs),
          "Lip GYH et al. Chest 2010;137:263-72, doi:10.1378/chest.09-1584", 2, history_counts=True),
    Score("aims65", "AIMS65", "calculate_aims65", 5, _UPPER_GI_BLEED + "|AIMS65)", _no_diagnoses(so.aims65_inputs),
          "Saltzman JR et al. Gastrointest Endosc 2011;74:1215-24 (in-hospital mortality in upper GI bleeding)", 2),
    Score("mcisaac", "McIsaac (modified Centor)", "calculate_centor_mcisaac", 5,
          r"\b(?:sore throat|pharyngitis|tonsillitis|odynophagia|Centor|McIsaac)\b", _no_diagnoses(so.mcisaac_inputs),
          "McIsaac WJ et al. CMAJ 1998;158:75-83, PMID 9475915", 4, adult_only=False),
    Score("abcd2", "ABCD2", "calculate_abcd2", 7,
          r"\b(?:(?-i:TIA)|transient isch(?:a)?emic attack|mini-?stroke|ABCD2)\b", _no_diagnoses(so.abcd2_inputs),
          "Johnston SC et al. Lancet 2007;369:283-92, doi:10.1016/S0140-6736(07)60150-0 (NICE NG128 advises against "
          "triaging suspected TIA by it alone)", 4),
)
# The scores that estimate how likely a diagnosis is (Wells PE/DVT: pre-test probability of venous
# thromboembolism; Alvarado: of appendicitis; HEART: of a major adverse cardiac event in suspected ACS;
# McIsaac: of group A streptococcal pharyngitis); the others grade severity or risk (CURB-65, qSOFA, NEWS2,
# Glasgow-Blatchford, AIMS65, CHA2DS2-VASc, ABCD2). The GP's prompt offers a score only for the parts it informs.
DIAGNOSTIC_SCORES = frozenset({"wells_pe", "wells_dvt", "alvarado", "heart", "mcisaac"})
_NEWS2_VITALS = ("respiratory_rate", "spo2", "systolic_bp", "heart_rate", "temperature_c")
# Alvarado's items and points (Alvarado 1986): computed here, open-medicine 0.12.0 has no Alvarado.
ALVARADO_POINTS = {"migration_to_rif": 1, "anorexia": 1, "nausea_vomiting": 1, "rif_tenderness": 2, "rebound": 1,
                   "fever": 1, "leukocytosis": 2, "left_shift": 1}


@dataclass
class Outcome:
    """One computed score: its bounds, its inputs and where each came from."""

    score: Score
    why: str
    low: Any = None
    high: Any = None
    interpretation: str = ""
    high_interpretation: str = ""
    inputs: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    computed: bool = True
    error: str = ""

    @property
    def exact(self) -> bool:
        return self.computed and self.low == self.high


def select_scores(case: Case, diagnoses: Sequence[str] = ()) -> list[tuple[Score, str]]:
    """The scores that apply to this case, each with the reason it was chosen, in table order."""
    age = age_of(case)
    texts = case_texts(case, PROBLEM_FIELDS) + [(f"imaging.{s.id}", s.report) for s in case.imaging if s.report]
    history = case_texts(case, ("past_medical_history",)) + [("medications", m) for m in case.medications]
    chosen: list[tuple[Score, str]] = []
    for score in SCORES:
        if score.adult_only and age is not None and age < ADULT_AGE:
            continue
        why = (_reason(score, texts, diagnoses, history) or (score.picture(case) if score.picture else "")
               or (_news2_reason(case) if score.key == "news2" else ""))
        if why and score.key == "heart" and _chest_wall_on_examination(case) and not _acs_named(diagnoses, texts):
            why = ""
        if why:
            chosen.append((score, why))
    return chosen


def _reason(score: Score, texts: list[tuple[str, str]], diagnoses: Sequence[str],
            history: list[tuple[str, str]] = ()) -> str:
    # Abbreviations that are ordinary words in lower case ("af", "pe", "cap") are written (?-i:...) in the table.
    pattern = re.compile(score.triggers, re.I)
    for diagnosis in diagnoses:
        if pattern.search(diagnosis):
            return f"working diagnosis '{diagnosis}'"
    accepted = {"present", "uncertain"} | ({"historical", "resolved"} if score.history_counts else set())
    for name, text in [*texts, *(history if score.history_counts else ())]:
        for m in pattern.finditer(text):
            if classify(text, m.start(), m.end()) not in accepted or _DENIED_LIST.match(_sentence_before(text, m.start())):
                continue
            clause = _clause(text, m.start(), m.end())
            if score.excluded and re.search(score.excluded, clause, re.I):
                continue
            return f"{name.split('.')[0].replace('_', ' ')} mentions '{m.group(0)}': '{clause[:100]}'"
    return ""


# A sentence that opens with a denial denies every item of its list, however long ("No history of
# breathlessness, nasal discharge, nasal obstruction, palpitations, chest pain, ...").
_DENIED_LIST = re.compile(r"\s*(?:no|denies|denied|negative for|without|nil)\b(?![^,]*\b(?:but|however)\b)", re.I)


def _sentence_before(text: str, start: int) -> str:
    return text[max((m.end() for m in re.finditer(r"[.;!?\n]", text[:start])), default=0):start]


def _clause(text: str, start: int, end: int) -> str:
    begin = max((m.end() for m in re.finditer(r"[.;\n]", text[:start])), default=0)
    stop = re.search(r"[.;\n]", text[end:])
    return text[begin:end + stop.start() if stop else len(text)].strip()


def _news2_reason(case: Case) -> str:
    recorded = recorded_vitals(case, _NEWS2_VITALS)
    pregnant = re.search(r"\bpregnan\w*|\b\d+ weeks'? gestation", " ".join(t for _, t in case_texts(case)), re.I)
    if len(recorded) >= 3 and not pregnant:
        return f"acutely unwell adult with {len(recorded)} of 5 vital signs recorded"
    return ""


def _chest_wall_on_examination(case: Case) -> bool:
    # Only an affirmed finding: "pain not reproduced on palpation" keeps the chest pain a possible ACS.
    return find(case, r"(?:chest wall|costochondral|sternal|rib)\w* (?:\w+ ){0,3}tender|reproduc\w+ (?:\w+ ){0,3}"
                      r"(?:on )?palpation|tender\w* (?:\w+ ){0,4}reproduc\w+", CURRENT_FIELDS).state == "present"


def _acs_named(diagnoses: Sequence[str], texts: list[tuple[str, str]]) -> bool:
    acs = re.compile(r"\b(?:acute coronary syndrome|(?-i:ACS)|N?STEMI|unstable angina|myocardial infarction)\b", re.I)
    return any(acs.search(d) for d in diagnoses) or any(n == "question" and acs.search(t) for n, t in texts)


def compute(score: Score, case: Case, diagnoses: Sequence[str] = (), why: str = "") -> Outcome:
    """Compute one score from the case; a missing input widens the result to a range, never a guess."""
    items = score.reader(case, tuple(diagnoses))
    out = Outcome(score, why)
    out.inputs = {k: i.value for k, i in items.items()}
    out.sources = {k: i.evidence for k, i in items.items() if i.known and i.evidence}
    out.missing = [i.label or k for k, i in items.items() if not i.known]
    known = sum(i.known for i in items.values())
    if known * 2 < len(items):
        out.computed = False
        return out
    low = {k: i.value if i.known else i.low for k, i in items.items()}
    high = {k: i.value if i.known else i.high for k, i in items.items()}
    try:
        out.low, out.interpretation = _run(score, low)
        out.high, out.high_interpretation = _run(score, high) if out.missing else (out.low, out.interpretation)
    except CalculatorError as exc:
        out.computed, out.error = False, str(exc)
    if out.computed and out.low is None:  # open-medicine declines some inputs with a message, not an error
        out.computed, out.error = False, out.interpretation
    return out


def _run(score: Score, inputs: dict[str, Any]) -> tuple[Any, str]:
    if score.calculator == "local":
        value = sum(ALVARADO_POINTS[k] for k, v in inputs.items() if v)
        return value, _alvarado_band(value)
    result = run_calculator(score.calculator, inputs)
    return result.value, result.interpretation


def _alvarado_band(value: int) -> str:
    # Alvarado 1986: 5-6 compatible with appendicitis, 7-8 probable, 9-10 very probable.
    band = ("appendicitis unlikely" if value <= 4 else "compatible with appendicitis" if value <= 6
            else "appendicitis probable" if value <= 8 else "appendicitis very probable")
    return f"Alvarado score is {value}: {band}."


def score_evidence(case: Case, diagnoses: Sequence[str] = ()) -> list[Evidence]:
    """Every score the case calls for, computed, as evidence a model can cite (``score:<key>``).

    A defect in one score's reader becomes that score's failed evidence (logged with its traceback);
    the other scores are still reported."""
    out = []
    for score, why in select_scores(case, diagnoses):
        try:
            out.append(_evidence(compute(score, case, diagnoses, why)))
        except Exception as exc:  # noqa: BLE001 - one score's bug must not take the other scores with it
            log.exception("score %s raised an unexpected %s", score.key, type(exc).__name__)
            out.append(Evidence(id=f"score:{score.key}", expert=EXPERT, expert_version=VERSION, target="case",
                                status="failed", error=f"unexpected {type(exc).__name__} (a defect): {exc}",
                                problem="the score could not be computed (a defect, logged)"))
    return out


def _evidence(o: Outcome) -> Evidence:
    s = o.score
    method = "computed here" if s.calculator == "local" else f"open-medicine {package_version()} {s.calculator}"
    limitations = [f"not documented: {m}" for m in o.missing]
    if o.error:
        limitations.append(f"calculator failed: {o.error}")
    if o.error:
        summary = f"{s.name} not computed: the calculator refused the inputs ({o.error}). Chosen because {o.why}."
        value = None
    elif not o.computed:
        summary = (f"{s.name} not computed: {len(o.missing)} of {len(o.inputs)} inputs not documented "
                   f"({', '.join(o.missing)}). Chosen because {o.why}. Source: {s.source}.")
        value = None
    else:
        value = o.low
        summary = f"{s.name} {_value_text(o)}: {_band(o)} Chosen because {o.why}. Source: {s.source}; {method}."
    flag = ("high" if isinstance(value, (int, float)) and value >= s.high_from
            else "normal" if o.exact and isinstance(o.high, (int, float)) else "")
    reference = f"0-{s.maximum}; flagged from {s.high_from:g}" + ("" if o.exact or not o.computed
                                                                   else f"; at most {o.high} if the missing inputs "
                                                                        f"were abnormal")
    measurement = Measurement(name=s.name, value=value, unit="points", flag=flag, reference=reference,
                              inputs={k: v if isinstance(v, (int, float, str, bool)) or v is None else str(v)
                                      for k, v in o.inputs.items()})
    return Evidence(id=f"score:{s.key}", expert=EXPERT, expert_version=VERSION, target="case", summary=summary,
                    measurements=[measurement], limitations=limitations)


def _value_text(o: Outcome) -> str:
    missing = f"; {', '.join(o.missing)} not given" if o.missing else ""
    if o.exact:
        return f"= {o.low} of {o.score.maximum}{missing}"
    return f"at least {o.low} of {o.score.maximum} (at most {o.high}{missing})"


def _band(o: Outcome) -> str:
    low = o.interpretation.strip()
    if o.exact or _same_band(o.interpretation, o.high_interpretation):
        return low
    high = re.split(r"(?<=\.)\s", o.high_interpretation.strip(), maxsplit=2)
    return f"{low} If the missing inputs were abnormal: {' '.join(high[:2])}"


def _same_band(a: str, b: str) -> bool:
    return re.sub(r"\b\d+\b", "#", a) == re.sub(r"\b\d+\b", "#", b)
