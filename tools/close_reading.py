"""What a guideline passage says about a step, read closely: the text rules behind
:func:`consilium.tools.citation.unsupported_reason`.

Each function answers one question about a step (and the working diagnosis) against a passage's text
or headings, with regular expressions and sets only (no model), so that every step of every review
can afford them. The rules and why each exists are in :mod:`consilium.tools.citation`'s docstring.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from math import inf

from consilium.experts.clinical.lab_catalog import analyte, match_analyte
from consilium.tools.knowledge_index import query_tokens

# Words any passage may share with a step without naming what the step is about (stemmed forms).
GENERIC = frozenset({
    "daili", "twice", "start", "give", "consid", "patient", "assess", "review", "monitor", "follow", "arrang",
    "urgent", "immedi", "repeat", "check", "hour", "day", "week", "dose", "mg", "oral", "refer", "plan", "manag",
    "treatment", "treat", "evalu", "continu", "stop", "obtain", "perform", "need", "if"})


def lower(text: str) -> str:
    """Lower case, with the dashes and comparison signs the guidelines use written one way."""
    return text.lower().replace("–", "-").replace("—", "-").replace("≥", ">=").replace("≤", "<=")


def fold(text: str) -> str:
    """:func:`lower`, with UK spellings read as the US ones most guidelines use (haemorrhage, oesophageal)."""
    return lower(text).replace("ae", "e").replace("oe", "e")


def specific_terms(text: str) -> frozenset[str]:
    """The stemmed words of a text that name something (:data:`GENERIC` words left out)."""
    return frozenset(query_tokens(text)) - GENERIC


# --- Populations (rule 6) ----------------------------------------------------------------------------

# Populations and settings a passage may be written for. A group of alternatives (native or prosthetic
# valve; the organism of an infection): a passage whose headings name one does not apply when the step
# or diagnosis names another (unstated is allowed: "valve surgery for heart failure" in endocarditis is
# right for both). A group of one (a comorbidity, pregnancy, children): the passage applies only when the
# step or diagnosis names it, since a section written for diabetics or children is about a population
# the patient has not been said to belong to (SGLT2 inhibitors "in type 2 diabetes" for CKD alone).
POPULATIONS: tuple[dict[str, str], ...] = (
    {"native valve": r"\bnative[- ]valve", "prosthetic valve": r"\bprosthetic"},
    {"sterile": r"\bsterile\b", "infected": r"\binfected\b"},
    {"outpatient": r"\boutpatient|\bambulatory|\bat home\b", "inpatient": r"\binpatient|\bhospitali[sz]|\badmi(?:t|ssion)"},
    {"staphylococcal": r"\bstaphylococc|\bs\. aureus|\bmssa\b|\bmrsa\b", "streptococcal": r"\bstreptococc|\bviridans\b",
     "enterococcal": r"\benterococc"},
    {"type 1 diabetes": r"\btype 1 diabetes|\bt1dm?\b"},
    {"type 2 diabetes": r"\btype 2 diabetes|\bt2dm?\b"},
    {"diabetes": r"\bin (?:\w+ with )?diabetes\b"},  # "Chronic Kidney Disease in Diabetes"
    {"children": r"\bchild|\bp(?:a)?ediatric|\binfants?\b|\bneonat"},
    {"pregnancy": r"\bpregnan"},
)
# How a step or diagnosis states a member, where that differs from how a heading writes it.
STATED_AS = {"diabetes": r"\bdiabet", "staphylococcal": r"\bstaph|\baureus\b|\bmssa\b|\bmrsa\b",
             "streptococcal": r"\bstrep|\bviridans\b"}


def population_mismatch(step_and_context: str, headings: str) -> str | None:
    """The population the headings are written for that the step and diagnosis do not name, if any."""
    for group in POPULATIONS:
        named = {m for m, rx in group.items() if re.search(rx, headings)}
        stated = {m for m, rx in group.items() if re.search(STATED_AS.get(m, rx), step_and_context)}
        if named and not named & stated and (stated or len(group) == 1):
            return min(named)
    return None


# --- Advice against (rule 5) -------------------------------------------------------------------------

# Advice against an action; a unit that says it answers a step that asks for the action with "no".
AGAINST = re.compile(r"\bdo not\b|\bdon't\b|\bnot recommended\b|\bshould not\b|(?<!cannot be )\bavoid(?:ed)?\b|\bcontraindicated\b"
                     r"|\bnot indicated\b|\bnot routinely\b|\bno routine\b|\bnever\b|\bnot be (?:used|given|offered)"
                     r"|\bsuggest not\b|\bnot using\b|\b(?:suggests?|recommends?|advises?) against\b")
# A step that stops or withholds something agrees with a passage advising against it.
STOPPING = re.compile(r"\s*(?:stop|discontinue|withhold|hold|avoid)\b")
# Words after an advice-against cue that say what is advised against ("do not obtain X").
AGAINST_REACH = 5
# What is advised against ends where its qualifiers begin: "avoid subclavian catheters | for dialysis
# access" advises against the catheters, not against dialysis.
QUALIFYING_WORDS = frozenset({"for", "in", "with", "without", "unless", "if", "when", "because", "during", "at", "as",
                              "to", "before", "after", "until", "except"})
PASSIVE_AGAINST = re.compile(r"not recommended|contraindicated|not indicated|avoided")


def unit_body(unit: str) -> str:
    # a unit begins with its heading ("General Nephrotoxin Avoidance: ..."); only its sentence advises
    return lower(unit.split(": ", 1)[-1])


def advises_against_what_step_names(step: str, body: str) -> bool:
    """The advice against in ``body`` is about something the step names: a specific word of the step
    in what the cue governs, the next :data:`AGAINST_REACH` words up to a qualifier ("do NOT obtain
    routine follow-up chest imaging" for a chest X-ray; not "lactate should not be used as a standalone
    marker" for measuring lactate, nor "avoid subclavian catheters for dialysis access" for dialysis) or,
    for a passive cue ("CEA is not recommended"), the same clause before it."""
    named = specific_terms(step)
    for cue in AGAINST.finditer(body):
        governed = list(itertools.takewhile(lambda w: w not in QUALIFYING_WORDS, body[cue.end():].split()[:AGAINST_REACH]))
        if PASSIVE_AGAINST.match(cue.group()):
            governed += re.split(r"[.;,:]", body[:cue.start()])[-1].split()
        if named & frozenset(query_tokens(" ".join(governed))):
            return True
    return False


# --- Score values and definitions (rules 7, 8) -------------------------------------------------------

# A passage whose own heading ends like this defines a score, criteria or classes, or grades something:
# it tells how to score or classify, not what to do, so it supports only a step that asks to do that.
DEFINITION_HEADING = re.compile(r"^(?:\S+\s+){0,3}(?:score|definitions?|criteria|classification)$"
                                r"|^(?:grading|staging|classification|definitions?) of\b")
ASSESSING_VERBS = frozenset({"calculate", "compute", "score", "use", "apply", "assess", "classify", "stratify",
                             "grade", "estimate", "determine", "document", "record", "stage", "confirm"})
# A score value in a heading ("Score of 3 in any single parameter", "NEWS2 score >= 7") and in a step or
# diagnosis ("NEWS2 6", "CURB-65 of 3", "if the score is 2 or more").
_HEADING_SCORE = re.compile(r"\bscore\s*(?:of\s*)?(>=|>|<=|<)?\s*(\d+)(?:\s*(?:-|to)\s*(\d+))?")
_STATED_SCORE = re.compile(r"\b(?:news2?|curb-?65|crb-?65|q?sofa|gcs|score)\s*(?:score\s*)?(?:of\s*|is\s*|=\s*|:\s*)?"
                           r"(\d+)\b(?!\s*(?:mg|g|h|hours?|days?|%))")


def _score_ranges(headings: str) -> list[tuple[float, float]]:
    out = []
    for op, n, m in _HEADING_SCORE.findall(headings):
        v = float(n)
        out.append({">=": (v, inf), ">": (v + 1, inf), "<=": (-inf, v), "<": (-inf, v - 1)}.get(op, (v, float(m or n))))
    return out


def score_mismatch(step_and_context: str, headings: str) -> bool:
    """The headings are for a score value that the step and diagnosis state otherwise."""
    ranges, stated = _score_ranges(headings), [float(v) for v in _STATED_SCORE.findall(step_and_context)]
    return bool(ranges and stated) and not any(a <= v <= b for v in stated for a, b in ranges)


def definitions_for_an_action(step: str, own_heading: str) -> bool:
    """The passage's own heading (not its chapter's: "Sepsis Definition" also holds the 1-hour bundle)
    is a definition, score, criteria or grading, and the step does not ask to assess or classify."""
    words = re.findall(r"[a-z]+", step)
    return bool(DEFINITION_HEADING.search(lower(own_heading).strip())) and (not words or words[0] not in ASSESSING_VERBS)


# --- Drugs and quantities (rule 9) -------------------------------------------------------------------

_COMBINATION = re.compile(r"\b([a-z]{7,})\s*/\s*([a-z]{7,})\b")  # drug names are long; "renal/tissue" is not one


def component_only(step: str, quote: str) -> bool:
    """The step's drug appears in the unit only as part of a combination ("amoxicillin/clavulanate")."""
    combos = _COMBINATION.findall(quote)
    rest = _COMBINATION.sub(" ", quote)
    return any(re.search(rf"\b{x}\b", step) and not re.search(rf"\b{y}\b", step) and not re.search(rf"\b{x}\b", rest)
               for a, b in combos for x, y in ((a, b), (b, a)))


# Quantities a step and a passage can disagree on: unit -> (kind, factor to the kind's unit). Hours and
# days are kept apart: "every 8 hours" is a dosing interval, "for 5 days" a course; they do not
# contradict. A rate (per kg, per hour) is its own kind, so "0.1 units/kg" is not read as "0.1 units/kg/h".
QUANTITY_UNITS = {
    "mg/kg": ("mg/kg", 1.0), "mcg": ("mass", 0.001), "µg": ("mass", 0.001), "mg": ("mass", 1.0), "g": ("mass", 1000.0),
    "mg/day": ("mass", 1.0), "mg/d": ("mass", 1.0), "g/day": ("mass", 1000.0),
    "units/kg/h": ("units/kg/h", 1.0), "units/kg per hour": ("units/kg/h", 1.0), "units/kg": ("units/kg", 1.0),
    "ml/kg": ("ml/kg", 1.0), "mmhg": ("mmHg", 1.0), "%": ("percent", 1.0),
    "min": ("minutes-hours", 1 / 60), "minute": ("minutes-hours", 1 / 60), "minutes": ("minutes-hours", 1 / 60),
    "h": ("minutes-hours", 1.0), "hr": ("minutes-hours", 1.0), "hour": ("minutes-hours", 1.0),
    "hours": ("minutes-hours", 1.0), "day": ("days-weeks", 1.0), "days": ("days-weeks", 1.0),
    "week": ("days-weeks", 7.0), "weeks": ("days-weeks", 7.0), "month": ("days-weeks", 30.0),
    "months": ("days-weeks", 30.0), "year": ("days-weeks", 365.0), "years": ("days-weeks", 365.0)}
# Words before a value that make it a bound ("within 4.5 hours", ">= 65 mmHg", "at least 5 days").
_UPPER = r"<=|<|within|up to|less than|below|under|no more than|maximum(?: of)?|max"
_LOWER = r">=|>|at least|more than|above|at or above|minimum(?: of)?"
_NUMBER = r"(\d+(?:\.\d+)?)"
_QUANTITY = re.compile(rf"(?:({_UPPER}|{_LOWER})\s*)?{_NUMBER}(?:\s*(?:-{{1,2}}|to|or)\s*{_NUMBER})?\s*("
                       + "|".join(sorted(map(re.escape, QUANTITY_UNITS), key=len, reverse=True))
                       + r")(?![\w/])(\s*or (?:more|above|greater|higher|less|below|lower|fewer))?")


# A blood pressure written as systolic/diastolic, with or without its unit (not "200/6 mcg").
_BLOOD_PRESSURE = re.compile(r"\b(\d{2,3})/\d{2,3}(?:\s*mmhg)?(?![\w/.])")


@functools.lru_cache(maxsize=4096)  # a passage's text is read for every step cited to it
def quantity_ranges(text: str) -> dict[str, list[tuple[float, float]]]:
    """Each quantity of a (lower-cased) text by kind, as the range of values it allows: a value is a
    point, "5-7 days" a range, "within 4.5 hours" and "at least 65 mmHg" a bound."""
    out: dict[str, list[tuple[float, float]]] = {}
    text = _BLOOD_PRESSURE.sub(r"\1 mmhg", text)  # "below 140/90" is a systolic bound
    for bound, low, high, unit, after in _QUANTITY.findall(text):
        kind, factor = QUANTITY_UNITS[unit]
        a, b = sorted((float(low) * factor, float(high or low) * factor))
        if high:  # "within 24-48 hours" is the range, not a bound
            pass
        elif re.fullmatch(_UPPER, bound) or re.search(r"less|below|lower|fewer", after):
            a = 0.0
        elif re.fullmatch(_LOWER, bound) or after:
            b = inf
        out.setdefault(kind, []).append((a, b))
    return out


def allows(passage: tuple[float, float], stated: tuple[float, float]) -> bool:
    """A value or range of the step meets the passage's ("5-7 days" allows "7 days"); a bound of the
    step ("at least 100 mmHg", "within 6 hours") must be the passage's bound, as a threshold that
    differs is other advice."""
    (a, b), (c, d) = passage, stated
    if c == 0.0 or d == inf:  # the same bound, or the value it bounds at
        return (a, b) == (c, d) or a == b == (d if c == 0.0 else c)
    return a <= d and c <= b


def unallowed_quantities(step: str, near: str, passage: str) -> list[str]:
    """The kinds of quantity whose value the step states but the passage does not allow: the near
    units' quantities of that kind, where they give any, else the whole passage's, must hold one that
    :func:`allows` it (a dose, time or threshold the passage does not state is not supported)."""
    stated, near_q, whole = quantity_ranges(step), quantity_ranges(near), quantity_ranges(passage)
    return [kind for kind, values in stated.items()
            if not all(any(allows(p, v) for p in (near_q.get(kind) or whole.get(kind, []))) for v in values)]


# --- What the step names, and what the patient has (rules 10, 11) ------------------------------------

# Words of a diagnosis that qualify a condition rather than name one ("prior", "clinical", "severe").
QUALIFIERS = frozenset(specific_terms("prior previous history clinical acute chronic severe mild moderate known new recent "
                                      "suspected possible confirmed patient"))
# A unit that warns against a drug or procedure for some patients.
CAUTION = re.compile(r"contraindicat|\bcaution\b|not recommended|\bavoid|\bharm\b|\bdo not\b|should not|not be (?:used|given)")


@functools.lru_cache(maxsize=16384)
def terms(text: str) -> frozenset[str]:
    """:func:`specific_terms` of the folded text, numbers left out (quantities are read apart)."""
    return frozenset(t for t in specific_terms(fold(text)) if not t.isdigit())


def warned_for_this_patient(step: str, context: str, headings: str, units: list[str], scope: str = "") -> str | None:
    """A unit of the passage that warns against something the step names in a patient with something
    the diagnosis names, both beyond what the passage's headings are about ("Prasugrel contraindication:
    prior stroke or TIA" for prasugrel in STEMI "in a patient with a previous ischaemic stroke"). The
    patient is also in the groups the diagnosis places them in (:func:`patient_groups`: "older adults"
    at 78, "cardiovascular disease" after a myocardial infarction), and a unit under headings
    (``scope``, another passage's) written for one of the patient's groups speaks of the patient."""
    topic = terms(headings)
    # what the step names beyond the passage's subject; or, for a step on that very subject ("start
    # romosozumab" on the romosozumab passage), the subject itself
    own = {t for t in terms(step) - topic if len(t) > 2} or {t for t in terms(step) if len(t) > 2}
    patient = {t for t in (terms(context) | patient_groups(context)) - terms(step) - topic - QUALIFIERS if len(t) > 2}
    if not own or not patient:
        return None
    in_scope = bool(terms(scope) & patient)
    for unit in units:
        body = unit_body(unit)
        if CAUTION.search(body) or in_scope and CAUTION.search(lower(unit)):
            said = terms(body)
            if said & own and (in_scope or said & patient):
                return unit
    return None


# "Older adults": 65 and over (WHO; the AGS Beers Criteria 2023 apply from 65).
OLDER_ADULT_AGE = 65
_STATED_AGE = re.compile(r"\b(\d{2,3})[- ]?(?:years?[- ]old|yrs?[- ]old|y/?o)\b|\baged\s+(\d{2,3})\b")
# Broader conditions a stated one belongs to, as guidelines name the groups they warn about.
BROADER = ((re.compile(r"\bmyocardial infarction|\b(?:n?stemi|acs|mi)\b|acute coronary|\bangina\b|coronary (?:artery|heart) disease"),
            "cardiovascular disease"),
           (re.compile(r"\bstroke\b|\btia\b|transient isch(?:a)?emic"), "cardiovascular disease cerebrovascular disease"))


def patient_groups(context: str) -> frozenset[str]:
    """The terms of the groups a diagnosis places the patient in without naming them."""
    text = lower(context)
    groups = [broader for rx, broader in BROADER if rx.search(text)]
    ages = [int(a or b) for a, b in _STATED_AGE.findall(text)]
    if any(age >= OLDER_ADULT_AGE for age in ages):
        groups.append("older adults elderly")
    return terms(" ".join(groups)) if groups else frozenset()


# A sentence that reports evidence or frequency rather than advising: "there is no clear mortality
# benefit over crystalloids", "approximately 10% of newborns require assistance".
EVIDENCE_ONLY = re.compile(r"\bno (?:clear|proven|significant|consistent|mortality|additional) (?:\w+ )?benefit\b"
                           r"|\binsufficient evidence\b|\bhas not been shown\b|\bfailed to (?:show|demonstrate)\b"
                           r"|\b(?:approximately|about|around) \d+(?:\.\d+)?\s*% of\b")


def reports_rather_than_advises(best: str) -> bool:
    """The best unit's sentence reports evidence or a frequency instead of recommending anything."""
    return bool(EVIDENCE_ONLY.search(unit_body(best)))


# --- Another option first, or the step's option kept for other patients (rule 15) --------------------

# "allopurinol is strongly recommended over probenecid", "Superior to dopamine", "in preference to":
# the option after the cue is the one the guideline puts second.
PREFERRED_OVER = re.compile(r"\b(?:recommended|preferred|favou?red|suggested|chosen)\s+(?:\w+\s+)?over\b"
                            r"|\bsuperior\s+to\b|\bin preference to\b|\brather than\b|\binstead of\b")
# "Warfarin is recommended only when DOACs are contraindicated": the option before the cue is for the
# patients the words after it describe.
RESERVED = re.compile(r"\b(?:recommended|used|given|considered|indicated|appropriate|an option)\s+only\s+(?:when|if|in|for)\b"
                      r"|\breserved\s+for\b")
# where a clause ends ("e.g." and decimals are no ends) and where a condition on the patient begins
_CLAUSE_END = re.compile(r"[;:]|\.(?![\d,])")
_CONDITION = re.compile(r"\b(?:in|for|with|among|when|if|unless|where|after|during)\b")
# an option and the class it belongs to, as guidelines list them: "direct oral anticoagulants (DOACs:
# apixaban, dabigatran, ...)", "a xanthine oxidase inhibitor (allopurinol or febuxostat)"
_CLASS_LIST = re.compile(r"((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*\((?:([a-z][\w-]*)\s*:\s*)?([^():]{3,200}?(?:,| or )[^():]*)\)")


def _clauses(body: str) -> str:
    return body.replace("e.g.", "eg").replace("i.e.", "ie")


def with_classes(own: frozenset[str] | set[str], text: str) -> frozenset[str]:
    """``own`` with the classes ``text`` lists one of its options under ("DOACs" for dabigatran)."""
    found = set(own)
    for options, named in _class_lists(text):
        if options & own:
            found |= named
    return frozenset(found)


@functools.lru_cache(maxsize=4096)  # a passage's text is read for every step cited to it, in every review
def _class_lists(text: str) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The option lists ``text`` names a class for: (the options' terms, the class's terms), in reading order."""
    return tuple((terms(m.group(3)), terms(m.group(2) or m.group(1))) for m in _CLASS_LIST.finditer(lower(text)))


def _head(text: str) -> str | None:
    """The first word of ``text`` that names something: the option a clause is about."""
    return next((t for t in query_tokens(fold(text)) if t not in GENERIC and len(t) > 2 and not t.isdigit()), None)


def _patient_has(condition: str, patient: set[str], ignore: frozenset[str]) -> bool | None:
    """Whether the patient has what ``condition`` names (None when it names nothing beyond ``ignore``)."""
    needs = {t for t in terms(condition) - ignore - QUALIFIERS if len(t) > 2}
    return bool(needs & patient) if needs else None


def puts_the_step_second(step: str, context: str, headings: str, units: list[str]) -> str | None:
    """A unit that prefers another option to the step's own in a patient like this one ("XOI recommended
    over probenecid in CKD stage >= 3" for probenecid in CKD 3b; "Superior to dopamine" for dopamine as
    first-line vasopressor), or that keeps the step's option for patients with something the diagnosis
    does not name ("warfarin only when DOACs are contraindicated (mechanical valves)" for warfarin in AF).
    A step that itself weighs one option against another is left to the other rules."""
    if PREFERRED_OVER.search(lower(step)):
        return None
    topic = terms(headings)
    own = {t for t in terms(step) - topic if len(t) > 2}
    if not own:
        return None
    own = set(with_classes(own, " ".join(units)))
    patient = {t for t in terms(context) - terms(step) - topic - QUALIFIERS if len(t) > 2}
    ignore = topic | terms(step)
    kept_for_others = preferred_first = None
    for unit in units:
        for cue, before, after in _cues(_clauses(unit_body(unit)), RESERVED):
            has = _patient_has(after, patient, ignore)
            if _head(before) in own:
                if has:  # the guideline keeps the step's option for patients like this one: no other preference holds
                    return None
                if has is False:
                    kept_for_others = kept_for_others or unit
            elif CAUTION.search(after) and terms(after) & own and has:
                kept_for_others = kept_for_others or unit  # the step's option (or class) is the contraindicated one here
        for cue, before, after in _cues(_clauses(unit_body(unit)), PREFERRED_OVER):
            cond = _CONDITION.search(after)
            option, condition = (after[:cond.start()], after[cond.end():]) if cond else (after, "")
            if _head(option) in own and not terms(before) & own and _patient_has(condition, patient, ignore) is not False:
                preferred_first = preferred_first or unit
    return kept_for_others or preferred_first


def _cues(body: str, pattern: re.Pattern[str]) -> Iterator[tuple[re.Match[str], str, str]]:
    """Each cue of ``pattern`` in ``body`` with the clause's words before and after it."""
    for cue in pattern.finditer(body):
        start = max((m.end() for m in _CLAUSE_END.finditer(body, 0, cue.start())), default=0)
        end_at = _CLAUSE_END.search(body, cue.end())
        yield cue, body[start:cue.start()], body[cue.end():end_at.start() if end_at else len(body)]


# --- A value of the patient's beyond the passage's limit for the step (rule 16) -----------------------

# "If K < 3.3 mEq/L, hold insulin", "Contraindicated if K > 5.0 mEq/L or eGFR < 30": a limit on a laboratory value
# in a unit that holds back something the step names; the diagnosis' own value of that analyte past the limit
# makes the passage advice against the step for this patient.
HOLD_BACK = re.compile(r"contraindicat|\bhold\b|\bwithhold|\bdelay|\bdefer|\bavoid|\bdo not\b|should not|not recommended|"
                       r"\buntil\b|\bstop\b|\bdiscontinue|\bcaution\b")
_COMPARATOR = {"<": "<", "<=": "<=", ">": ">", ">=": ">=", "≤": "<=", "≥": ">=", "below": "<", "under": "<",
               "less than": "<", "above": ">", "over": ">", "greater than": ">", "more than": ">"}
_LAB_VALUE = re.compile(r"(?P<name>[a-z][a-z0-9+]*(?:[ \t]+[a-z][a-z0-9+]*){0,2})[ \t]*(?:of|level|is|was|=|:)?[ \t]*"
                        r"(?P<cmp><=|>=|[<>≤≥]|below|under|less than|above|over|greater than|more than)?[ \t]*"
                        r"(?P<v>\d+(?:\.\d+)?)[ \t]*(?P<unit>mmol/l|meq/l|mg/dl|g/dl|g/l|umol/l|µmol/l|ml/min(?:/1\.73[ \t]*m2?)?|%)?")
# analytes the laboratory catalogue does not list, as guidelines name them
_DERIVED = {"egfr": "egfr", "gfr": "egfr", "crcl": "crcl", "creatinine clearance": "crcl"}


def _analyte_of(words: str) -> str | None:
    parts = words.split()
    for n in range(min(3, len(parts)), 0, -1):  # the longest name that ends at the number ("serum potassium")
        name = " ".join(parts[-n:])
        if name in _DERIVED:
            return _DERIVED[name]
        found = match_analyte(name)
        if found is not None:
            return found.key
    return None


# a limit after these words is where the holding back ends ("hold insulin ... until K >= 3.3"), not where it starts
_RESUME = re.compile(r"\b(?:until|once|unless|after|when)\b[^,.;]*$")


def lab_values(text: str) -> list[tuple[str, str, float, str]]:
    """(analyte, comparator or "", value, unit) of each laboratory value written in ``text``; a limit that ends
    a holding back ("until K >= 3.3") is left out."""
    out = []
    text = lower(text)
    for m in _LAB_VALUE.finditer(text):
        key = _analyte_of(m.group("name"))
        if key is not None and not (m.group("cmp") and _RESUME.search(text, max(0, m.start("cmp") - 40), m.start("cmp"))):
            out.append((key, _COMPARATOR.get(m.group("cmp") or "", ""), float(m.group("v")), m.group("unit") or ""))
    return out


def _past(value: float, comparator: str, limit: float) -> bool:
    return {"<": value < limit, "<=": value <= limit, ">": value > limit, ">=": value >= limit}[comparator]


# "Prerequisites: eGFR > 30 AND serum potassium < 5.0": limits the patient must meet before the step
REQUIRES = re.compile(r"\bprerequisite|\brequire|\bonly if\b|\beligib|\bprovided\b|\bstart if\b")
# a line whose own label says it is about the passage's subject ("Contraindications: ...", "Prerequisites: ...")
_SUBJECT_LABEL = re.compile(r"^[\s*_#>-]*(?:contraindications?|prerequisites?|cautions?|precautions?|requirements?)\b")


def held_back_by_a_value(step: str, context: str, headings: str, lines: list[str], *, own_passage: bool = True) -> str | None:
    """A line of a passage that holds back what the step names at a laboratory value the diagnosis states ("avoid if
    K > 5.0" for spironolactone at potassium 5.4), or that requires a value the patient does not have before it
    ("Prerequisites: eGFR > 30" at an eGFR of 25). In the cited passage (``own_passage``) a line labelled
    "Contraindications:" or "Prerequisites:" speaks of the passage's subject; elsewhere a line must name the step's
    drug or its class. ``lines`` are the passage's text lines, where the comparison signs are as written."""
    patient = {(key, unit): value for key, cmp, value, unit in lab_values(context) if not cmp}
    if not patient:
        return None
    named = set(with_classes({t for t in terms(step) if len(t) > 2}, " ".join(lines)))
    for line in lines:
        low = lower(line)
        holds, requires = HOLD_BACK.search(low) is not None, REQUIRES.search(low) is not None
        if not (holds or requires) or not (terms(low) & named or own_passage and _SUBJECT_LABEL.match(low)):
            continue
        for key, cmp, limit, limit_unit in lab_values(low):
            for (pkey, punit), value in patient.items():
                if pkey != key or not cmp:
                    continue
                # both units stated: compared in the catalogue's unit ("5.4 mmol/L" against "5.0 mEq/L")
                have, bound = ((_canonical(key, value, punit), _canonical(key, limit, limit_unit)) if punit and limit_unit
                               else (value, limit))
                if have is None or bound is None:
                    continue
                if holds and _past(have, cmp, bound) or requires and not holds and not _past(have, cmp, bound):
                    return line
    return None


def _canonical(key: str, value: float, unit: str) -> float | None:
    """``value`` in the laboratory catalogue's unit for ``key`` (None for a unit it does not accept); eGFR and
    creatinine clearance, which the catalogue does not list, are written in one unit."""
    if key in _DERIVED.values():
        return value
    return analyte(key).to_canonical(value, unit)


# --- Advice against the step anywhere in the passage (rule 5, over every unit) ----------------------------

_CUE_TERMS = terms("contraindicated contraindication not recommended recommend avoid avoided should never use used "
                   "using indicated routinely routine suggest suggests against advise advises")


def advised_against_anywhere(step: str, context: str, headings: str, lines: list[str]) -> str | None:
    """A line of the passage, not only its best unit, that advises against what the step names with nothing in
    it the patient is not known to have ("High-dose methylprednisolone is contraindicated in severe TBI" for
    high-dose methylprednisolone in severe TBI); advice for other patients ("avoid X in pregnancy") is rule 10's,
    and a line with a number is advice at some value ("K > 5.2: do not replace potassium"), rule 16's."""
    if AGAINST.search(lower(step)) or STOPPING.match(lower(step)):
        return None
    topic, own = terms(headings), terms(step)
    patient = terms(context) | patient_groups(context)
    fenced = False
    for line in lines:
        if line.lstrip().startswith("```"):
            fenced = not fenced
        body = lower(line).strip(" -*#>|")
        # an algorithm's branch ("--> Do NOT replace potassium" under "K+ > 5.0?") is advice under a condition
        if fenced or _DIGIT.search(body) or "|" in body or "->" in line or "→" in line:
            continue
        if AGAINST.search(body) and advises_against_what_step_names(step, body):
            extra = {t for t in terms(body) - own - topic - QUALIFIERS - _CUE_TERMS if len(t) > 2}
            if extra <= patient:
                return line
    return None


_DIGIT = re.compile(r"\d")
