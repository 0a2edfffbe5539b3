"""Does a passage say everything a step commits to, and is it for this patient? Rules 12 and 13 of
:mod:`consilium.tools.citation`, the general criterion behind its close reading.

A step commits to an action, its object and its qualifiers: the drug or test, the route, the
population, a timing word ("on the morning of surgery", :data:`TIMING`), a number. A passage supports the step only
when each of those words is found in what the passage says about the step (the units read near the
step's sentence, the passage's headings) or is the patient's own condition (the diagnosis restates
"pyelonephritis" or "COPD"; the passage need not). A step that says more than the passage is not
supported by it: "take blood cultures before antibiotics" is not "Antibiotic Duration: source of
infection", "start a beta-blocker on the morning of surgery" is not "start 2-7 days before surgery",
"add an inhaled corticosteroid" is not the Group A bronchodilator row.

A passage is for the patient unless its headings, or the label of the unit that says the step, are
written for a scope the diagnosis excludes (HFrEF for HFpEF, adults for a child, Group A for group
E, "Age <= 75 Years" for an 82-year-old), it says nothing of a special population the patient is in (pregnancy, childhood), it is about a
finding the diagnosis says is absent, or it gives what the step withholds (:func:`outside_scope`).

Words that name nothing are not asked for: verbs of doing ("give", "arrange", "send"), connectives and
comparisons ("before", "below", "rather", "until"); they are :data:`FUNCTION_WORDS`. Spellings and
abbreviations meet through stemming, UK/US folding, the acronyms of
:mod:`consilium.tools.knowledge_index`, and a small table of clinical equivalents
(:data:`EQUIVALENTS`), written once for the language of prescriptions and guidelines, not per step.
"""

from __future__ import annotations

import functools
import os.path
import re
from math import inf

from consilium.tools.close_reading import lower, quantity_ranges
from consilium.tools.knowledge_index import ACRONYMS, STOP_WORDS, query_tokens, tokenize


def stem(word: str) -> str:
    """The index's stem of one word."""
    return (tokenize(word) or [word])[0]


# Words a step uses to say *how* it asks (verbs of doing, connectives, comparisons, hedges), stemmed;
# a passage recommending the thing need not repeat them. Words of a commitment (route, timing, drug,
# test, population) are not here.
FUNCTION_WORDS = frozenset(tokenize("""
give start begin initiate commence administer prescribe offer provide use add take send book order request
arrange refer consult enrol perform obtain do make get consider continue keep maintain ensure apply
calculate compute assess evaluate check measure review decide choose select identify look find exclude rule
confirm establish guide prevent reduce lower raise control secure treat manage aim target titrate switch
before after below above under over less more least most than then until unless despite because due given
during while once when whether rather instead plus via including include such e g eg i ie first now still
stays stay remains remain falls fall rises rise persists persist required requires require
possible ideally ideal appropriate appropriately routine routinely further also again already yet soon
patient patients person someone him her he she this these that those
""")) | frozenset({"daili", "twice", "dose", "mg", "oral", "hour", "day", "week", "need", "if", "plan",
                           "urgent", "immedi", "repeat", "follow", "monitor", "stop", "manag", "treatment"})

# Clinical equivalents: each group's words are read as one (stems of the words as written here).
EQUIVALENTS: tuple[tuple[str, ...], ...] = (
    ("iv", "intravenous", "intravenously"), ("sc", "subcutaneous", "subcutaneously"), ("im", "intramuscular"),
    ("po", "oral", "orally", "mouth"), ("abx", "antibiotic", "antibiotics", "antimicrobial"), ("bd", "bid", "twice"),
    ("tds", "tid", "three"), ("qds", "qid", "four"), ("od", "once", "daily"),
    ("haemodialysis", "hemodialysis", "dialysis", "rrt", "krt"), ("cxr", "radiograph", "radiography"),
    ("ct", "computed", "tomography"), ("mri", "magnetic", "resonance"),
    ("echo", "echocardiography", "echocardiogram"), ("toe", "tee", "transoesophageal", "transesophageal"),
    ("ecg", "ekg", "electrocardiogram", "electrocardiography"), ("ppi", "ppis", "proton"),
    ("lama", "antimuscarinic", "muscarinic"), ("ics", "inhaled", "corticosteroid"),
    ("steroid", "steroids", "corticosteroid", "corticosteroids", "glucocorticoid"),
    ("paracetamol", "acetaminophen"), ("adrenaline", "epinephrine"), ("noradrenaline", "norepinephrine"),
    ("salbutamol", "albuterol"), ("benzylpenicillin", "penicillin"), ("frusemide", "furosemide"),
    ("co-amoxiclav", "amoxiclav", "clavulanate"), ("glucose", "glycaemia", "glycemia", "glycemic", "sugar"),
    ("kidney", "renal"), ("heart", "cardiac"), ("liver", "hepatic"), ("lung", "pulmonary"), ("brain", "cerebral"),
    ("pregnancy", "pregnant", "prenatal", "antenatal", "obstetric", "gestation"),
    ("child", "children", "paediatric", "pediatric", "infant"), ("infusion", "drip"),
    ("fluid", "fluids", "crystalloid", "crystalloids", "saline", "ringer"), ("analgesia", "analgesic", "pain"),
    ("now", "immediately", "immediate", "promptly", "soon"), ("hospital", "admission", "inpatient", "admit"),
    ("home", "outpatient", "ambulatory"), ("one", "1", "single"), ("two", "2", "both"), ("three", "3"), ("four", "4"),
    ("five", "5"), ("six", "6"), ("seven", "7"),
)
_EQUIVALENT: dict[str, frozenset[str]] = {}
for _group in EQUIVALENTS:
    for _word in query_tokens(" ".join(_group)):  # a word in two groups ("three": tds, 3) meets both
        _EQUIVALENT[_word] = _EQUIVALENT.get(_word, frozenset()) | frozenset(query_tokens(" ".join(_group)))
_WORD = re.compile(r"(?<![a-z0-9])[a-z][a-z0-9]*")
# Where a step's commitment ends and its reason or condition begins ("switch to oral | once afebrile",
# "continue indefinitely | as the clot was unprovoked"): the condition describes the patient, whom the
# passage need not describe in the step's words.
CONDITION = re.compile(r"[;(]|\b(?:if|when|once|because|given|unless|until|despite|since|whenever|as (?!needed|well))\b")


_IZE = re.compile(r"(?<=[a-z])([iy])s(e|ed|es|ing|ation)\b")


def _fold(text: str) -> str:
    # UK spellings as US ones: haemorrhage, oesophageal, nebulised, necrotising, analyse
    return _IZE.sub(r"\1z\2", text.lower().replace("ae", "e").replace("oe", "e"))


@functools.lru_cache(maxsize=16384)
def said(text: str) -> frozenset[str]:
    """The stemmed words of a text, acronyms expanded, each with its clinical equivalents."""
    words = frozenset(query_tokens(_fold(text)))
    return words | frozenset(e for w in words for e in _EQUIVALENT.get(w, ()))


@functools.lru_cache(maxsize=16384)
def commitments(step: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The words of a step that name what it commits to, each with the stems that would cover it (an
    acronym is also covered by all the words it stands for)."""
    out = []
    for word in _WORD.findall(CONDITION.split(_fold(step), 1)[0]):
        if word in STOP_WORDS or len(word) < 2:
            continue
        s = stem(word)
        if s in FUNCTION_WORDS:
            continue
        out.append((word, frozenset({s}) | _EQUIVALENT.get(s, frozenset())))
    return tuple(out)


# Two stems are one word in two forms (fibrinolysis / fibrinolytic) when they share this many first
# letters and differ only in their last two; drugs differ inside (prednisolone / prednisone).
SAME_PREFIX = 8
SAME_ENDING = 2


def _same_word(a: str, b: str) -> bool:
    shared = len(os.path.commonprefix([a, b]))
    return shared >= SAME_PREFIX and len(a) - shared <= SAME_ENDING and len(b) - shared <= SAME_ENDING


@functools.lru_cache(maxsize=16384)
def _by_prefix(text: str) -> dict[str, frozenset[str]]:
    """The long stems of :func:`said` by their first :data:`SAME_PREFIX` letters."""
    out: dict[str, set[str]] = {}
    for h in said(text):
        if len(h) >= SAME_PREFIX:
            out.setdefault(h[:SAME_PREFIX], set()).add(h)
    return {k: frozenset(v) for k, v in out.items()}


def _in(stems: frozenset[str], text: str) -> bool:
    prefixes = _by_prefix(text)
    return bool(stems & said(text)) or any(_same_word(s, h) for s in stems for h in prefixes.get(s[:SAME_PREFIX], ()))


def uncovered(step: str, context: str, passage_says: str) -> list[str]:
    """The words of the step's commitments that neither the passage (``passage_says``: its headings and
    the units near the step's sentence) nor the diagnosis states."""
    have = said(passage_says) | said(context)
    missing = []
    for word, stems in commitments(step):
        if _in(stems, passage_says) or _in(stems, context):
            continue
        expansion = ACRONYMS.get(word)
        if expansion and set(query_tokens(expansion)) <= have:
            continue
        missing.append(word)
    return missing


# How many of a step's commitment words may go unstated: a step says more than a passage when over a
# quarter of them are nowhere in the passage, or over half are not in what it says near the step's
# sentence (a long step restates the patient's findings in words of its own; a short one may not).
# A time of day or of the course is a commitment no step may add: "on the morning of surgery" is other
# advice than "2-7 days before surgery", however much else the step shares with the passage.
TIMING = frozenset(tokenize("morning evening night nightly bedtime today tonight tomorrow weekly monthly "
                            "preoperative postoperative intraoperative postpartum antenatal"))
UNSTATED_IN_PASSAGE = 1 / 4
UNSTATED_NEAR = 1 / 2


def says_less_than_the_step(step: str, context: str, headings: str, passage: str, near: str) -> bool:
    """The passage (``headings`` with its whole text, or with the ``near`` units) leaves unstated more
    of the step's commitments than :data:`UNSTATED_IN_PASSAGE` / :data:`UNSTATED_NEAR` allow."""
    n = len(commitments(step))
    unstated_near = uncovered(step, context, f"{headings} {near}")
    return (len(uncovered(step, context, f"{headings} {passage}")) > int(n * UNSTATED_IN_PASSAGE)
            or len(unstated_near) > int(n * UNSTATED_NEAR) or any(stem(w) in TIMING for w in unstated_near))


# --- The patient against the passage's scope (rule 13) -----------------------------------------------

# Scopes that exclude each other: a passage (its headings, or the label of the unit that says the
# step) written for one member does not apply to a patient the diagnosis places in another.
CONTRASTS: tuple[dict[str, str], ...] = (
    {"reduced ejection fraction": r"\bhfref\b|\breduced ejection|\blvef\s*(?:<=|<)\s*4\d",
     "preserved ejection fraction": r"\bhfpef\b|\bpreserved ejection|\blvef\s*(?:>=|>)\s*5\d|\blvef\s*[5-7]\d\s*%"},
    {"primary prevention": r"\bprimary prevention", "secondary prevention": r"\bsecondary prevention"},
    {"adults": r"\badults?\b|\badolescents?\b|\b(?:[2-9]\d)[- ]year[- ]old",
     "children": r"\bchild(?:ren|hood)?\b|\bp(?:a)?ediatric|\binfants?\b|\bneonat|\btoddler|\b(?:[1-9]|1[0-1])[- ]year[- ]old"},
    {"with comorbidities": r"\bwith comorbidit", "previously healthy": r"\bpreviously healthy|\bno comorbidit|\bwithout comorbidit"},
    {"diabetic ketoacidosis": r"\bdka\b|\bketoacidosis", "hyperosmolar state": r"\bhhs\b|\bhyperosmolar"},
    {"men": r"\bmen\b|\bman\b|\bmales?\b", "women": r"\bwomen\b|\bwoman\b|\bfemales?\b|\bpostmenopausal"},
)
_CONTRASTS = tuple({m: re.compile(rx) for m, rx in group.items()} for group in CONTRASTS)
# Special populations whose treatment differs: a patient stated to be in one is cited only a passage
# that says it (its headings or the units near the step's sentence) - ACE inhibitors for hypertension
# are not advice for a pregnant woman, whatever the drug table says.
SPECIAL = {"pregnancy": r"\bpregnan|\bgestation|\bantenatal|\bprenatal|\bweeks? pregnant",
           "children": CONTRASTS[2]["children"]}
# What the diagnosis says the patient does not have ("no cholangitis", "without ketonaemia",
# "beta-blocker naive"), and what a unit says it is not for ("for non-diabetic adults").
_ABSENT = re.compile(r"\b(?:no|without|absent|not)\s+((?:[a-z0-9-]+\s*(?:(?:or|and|nor)\s+)?){1,4})|([a-z-]+)[- ]na[iï]ve\b")
_NOT_FOR = re.compile(r"\bnon-?([a-z]{5,})|\bwithout ([a-z]{5,})")


# A group, stage, class or step a heading is written for ("Group A: Initial Therapy", "Stage G4-G5"),
# and the one the diagnosis states ("COPD group E", "CKD stage 3"): different ones are other patients'.
_GRADE = re.compile(r"\b(group|stage|class|grade|step|tier|category)\s+([a-e]|g?\d{1,2}[ab]?|[ivx]{1,4})\b(?!\s*[-:,]?\s*(?:loe|level))")


def _grades(text: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind, value in _GRADE.findall(text):
        out.setdefault(kind, set()).add(value)
    return {k: frozenset(v) for k, v in out.items()}


def _beyond_bounds(context: str, scope: str) -> bool:
    """The diagnosis states a value ("82-year-old", "onset 36 hours ago") outside every bound of the same
    kind that the headings set ("Age <= 75 Years", "Within 12 Hours of Onset")."""
    bounds = quantity_ranges(lower(scope))
    for kind, values in quantity_ranges(re.sub(r"(\d+)[- ]years?[- ]old", r"\1 years", lower(context))).items():
        limits = [(a, b) for a, b in bounds.get(kind, []) if a == 0.0 or b == inf]
        if limits and any(a == b and not any(lo <= a <= hi for lo, hi in limits) for a, b in values):
            return True
    return False


def _absent_terms(context: str) -> frozenset[str]:
    out: set[str] = set()
    for words, naive in _ABSENT.findall(_fold(context)):
        out |= said(words or naive)
    return frozenset(out) - FUNCTION_WORDS


def outside_scope(step: str, context: str, headings: str, best: str, near: str, passage: str) -> str | None:
    """Why the passage is not for this patient, if it is not: a scope of its headings or of its best
    unit's label that the diagnosis contradicts (:data:`CONTRASTS`); a special population the diagnosis
    states and the passage does not (:data:`SPECIAL`); a unit for "non-diabetic" patients when the
    diagnosis says diabetes; or a passage about a finding the diagnosis says the patient does not have."""
    patient = _fold(f"{step} {context}")
    # the deepest heading that names a member decides: "DKA and HHS > Insulin Therapy for DKA" is for DKA
    levels = [_fold(h) for h in reversed([*headings.split(" > "), best.split(": ", 1)[0]])]
    for group in _CONTRASTS:
        named = next(({m for m, rx in group.items() if rx.search(h)} for h in levels
                      if any(rx.search(h) for rx in group.values())), set())
        stated = {m for m, rx in group.items() if rx.search(patient)}
        if named and stated and not named & stated:
            return f"written for {min(named)}"
    if _beyond_bounds(context, " ".join(levels)):
        return "for values the patient is outside of"
    for h in levels:  # the deepest heading that names a group, stage or class decides
        named_grades = _grades(h)
        if named_grades:
            stated_grades = _grades(patient)
            if any(kind in stated_grades and stated_grades[kind] != values for kind, values in named_grades.items()):
                return f"written for another {min(named_grades)}"
            break
    scope = _fold(f"{headings} {near}")
    affirmed = _NOT_FOR.sub(" ", _ABSENT.sub(" ", patient))  # not what they are said not to be ("not pregnant")
    for population, rx in SPECIAL.items():
        if re.search(rx, affirmed) and not re.search(rx, scope):
            return f"says nothing of {population}"
    own = said(context) - said(step) - _absent_terms(context)
    for first, second in _NOT_FOR.findall(_fold(best)):
        if said(first or second) & own:
            return f"for patients without {first or second}"
    # a passage on a finding the patient does not have ("no cholangitis"), unless what it says near
    # the step is the advice for its absence ("without cholangitis: medical therapy over early ERCP")
    absent = _absent_terms(context) - said(step)
    if absent & said(f"{headings} {passage}") and not absent & _absent_terms(near):
        return "about a finding the patient does not have"
    # the step withholds what the best unit gives ("with no separate maintenance fluid" against
    # "+ maintenance fluids"): the passage answers the step with "yes, give it"
    # (its "no"/"without" only: a step that says "do not give X" is advice against, read by rule 5)
    withheld = _absent_terms(re.sub(r"\bnot\b", " ", CONDITION.split(_fold(step), 1)[0]))
    if (withheld - _absent_terms(best)) & said(_preferred(best)):
        return "it gives what the step withholds"
    return None


# What a sentence prefers something over is not what it gives ("medical therapy over early ERCP").
_DISPREFERRED = re.compile(r"\b(?:over|rather than|instead of|in preference to)\b[^.;]*")


def _preferred(unit: str) -> str:
    return _DISPREFERRED.sub(" ", _fold(unit.split(": ", 1)[-1]))
