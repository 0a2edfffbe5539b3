"""Does a guideline passage support a next step? The decision behind every citation of an opinion.

A passage supports a step only when all of these hold:

1. **Its guideline is about the step's condition.** The condition is the working diagnosis (the
   ``context``); the guidelines it names by their topics (:meth:`KnowledgeBase.guidelines_named_in`,
   one topic enough) are the only ones searched. Without a diagnosis, the step's own words name them.
   A condition no guideline covers (appendicitis here) gets no citation, rather than the nearest
   passage of another disease.
2. **One of its sentences says what the step says.** The cosine between the step's embedding
   (all-MiniLM-L6-v2) and the passage's best unit (a sentence, bullet or table row with its heading,
   see :mod:`consilium.tools.semantic_index`) is at least :data:`SUPPORT_THRESHOLD`.
3. **It names something the step names**: at least one specific word (a drug, a test, a score, an
   organ; not "start", "monitor", "patient", see :data:`GENERIC`) in common. Meaning alone rates a
   vague step ("monitor the patient closely") close to any sentence about monitoring.
4. **It is guidance**, not a section on the limits of the evidence (:data:`NOT_GUIDANCE`): a
   "Limitations" section names the very things a step names ("the 15 mL threshold for cerebellar
   haemorrhage evacuation is based on observational data") without recommending them.

Then the passage is read closely (:func:`unsupported_reason`); each rule answers a kind of wrong
citation found among the labelled pairs, and is written for the kind, not for a pair:

5. **Not advice against what the step asks.** When the best unit's sentence advises against
   (:data:`AGAINST`: "do not", "not recommended", "avoid", ...) something the step names (in the words
   the cue governs, :func:`advises_against_what_step_names`) and the step does not advise against or
   stop anything, the passage answers the step with "no" ("repeat chest X-ray at 6 weeks" vs "do NOT
   obtain routine follow-up chest imaging"); advice against something else in the same sentence
   ("lactate should not be used as a standalone marker") does not count. A step that itself advises
   against or stops something quotes the near unit that advises against, if any.
6. **Written for the patient's population.** The passage's section headings may name a population or
   setting (:data:`POPULATIONS`): one that conflicts with the step or diagnosis (native vs prosthetic
   valve, sterile vs infected necrosis) or, for groups of one (type 2 diabetes, pregnancy, children),
   one they do not name, is another patient's guidance.
7. **For the score value the step states.** A heading for a score value ("score of 3 in any single
   parameter", "NEWS2 score >= 7") does not support a step or diagnosis stating another ("NEWS2 6").
8. **A recommendation, not a definition.** A passage whose own heading is a score, definitions,
   criteria or a classification ("CURB-65 Score", "Statin Intensity Definitions") tells how to score or
   classify; it supports only a step that asks to do that (:data:`ASSESSING_VERBS`), not "switch IV to
   oral" because the CURB-65 table mentions an oral switch.
9. **The same drug, dose, interval and duration.** The step's drug must appear in the best unit on its
   own, not only inside a combination ("amoxicillin" vs "amoxicillin/clavulanate"); and a dose,
   short time (minutes, hours) or course (days, weeks) the step states must be allowed by some quantity
   of the same kind in the passage when the passage gives any ("500 mg" vs "1 g", "0 and 1-2 hours"
   vs "first 10 minutes"; ranges overlap).

These rules cost a few regular expressions and one matrix-vector product per candidate (no model).
What they cannot see: a passage that agrees with the words but not the stopping rule ("at least 5
days, stop when stable" vs "5-7 days"), and a passage that names the step's term in passing
(CHA2DS2-VASc in the cardioversion passage); both stay as wrong citations on the development pairs.

Candidates come from hybrid retrieval (BM25 + embeddings, reciprocal-rank fusion) inside those
guidelines; among the candidates that pass, the one with the closest sentence is cited, and that
sentence is quoted (or, for a step advising against, the near sentence advising against). Generic steps ("refer to a healthcare provider", "monitor closely") are left
uncited because no sentence of a guideline on the condition comes close to them, not by a word list.

The threshold was chosen on the development part of ``tests/knowledge/data/citation_pairs.jsonl``
(labelled before any measurement); rules 5-9 on all three labelled sets (dev, held-out and the first
blind set, all read by then); ``python -m consilium.tools.evaluate_citations`` reports them.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from math import inf
from typing import Any

from consilium.tools.knowledge_index import query_tokens

# Cosine of the step with the passage's best unit. On the development pairs (condition gate on):
# 0.45 -> precision 0.95, recall 0.96; 0.50 -> 0.97, 0.93; 0.60 -> 0.98, 0.83. 0.50 keeps precision
# above 0.9 with a margin for steps worded unlike the labelled ones.
SUPPORT_THRESHOLD = 0.50
CANDIDATES = 5
NO_SUPPORT = "no guideline passage found that supports this step"
NO_GUIDELINE = "no guideline in the knowledge base covers this condition"
# Words any passage may share with a step without naming what the step is about (stemmed forms).
GENERIC = frozenset({
    "daili", "twice", "start", "give", "consid", "patient", "assess", "review", "monitor", "follow", "arrang",
    "urgent", "immedi", "repeat", "check", "hour", "day", "week", "dose", "mg", "oral", "refer", "plan", "manag",
    "treatment", "treat", "evalu", "continu", "stop", "obtain", "perform", "need", "if"})
# Last headings of sections that describe the evidence rather than recommend (each chapter of the
# open-medicine guidelines ends with one; every labelled pair that points at one is "no").
NOT_GUIDANCE = frozenset({"limitations"})


@dataclass(frozen=True)
class Judgement:
    """Whether a passage supports a step, with the figures the decision used."""

    supports: bool
    similarity: float
    quote: str
    on_condition: bool
    reason: str = ""  # why not, when it does not support


@dataclass(frozen=True)
class Citation:
    source: Any  # consilium.tools.knowledge.Source
    similarity: float
    quote: str


def specific_terms(text: str) -> frozenset[str]:
    """The stemmed words of a text that name something (:data:`GENERIC` words left out)."""
    return frozenset(query_tokens(text)) - GENERIC


@functools.lru_cache(maxsize=4096)
def _passage_terms(kb: Any, source_id: str) -> frozenset[str]:
    source = kb.get(source_id)
    return frozenset(query_tokens(f"{source.title} {source.section} {source.text}"))


def shares_a_term(kb: Any, step: str, source_id: str) -> bool:
    return bool(specific_terms(step) & _passage_terms(kb, source_id))


def is_guidance(kb: Any, source_id: str) -> bool:
    return kb.get(source_id).section.rsplit(" > ", 1)[-1].strip().lower() not in NOT_GUIDANCE


@functools.lru_cache(maxsize=4096)
def _named(kb: Any, text: str) -> frozenset[str]:
    # every step of an opinion shares its diagnosis, and reviews repeat diagnoses: scan each text once
    return frozenset(kb.guidelines_named_in(text)) if text.strip() else frozenset()


def condition_guidelines(kb: Any, step: str, context: str) -> set[str]:
    """The guidelines that concern the step's condition: those the diagnosis names; without a diagnosis,
    those the step names. A diagnosis that names none has none: the step's words would otherwise pick
    a guideline by a generic topic ("pharmacotherapy" of the alcohol-use-disorder guideline for a
    step on antifungals in AIDS)."""
    return set(_named(kb, context) if context.strip() else _named(kb, step))


def encode_steps(kb: Any, steps: list[str]) -> dict[str, Any]:
    """Embeddings of many steps in one batch (the encoder caches repeats)."""
    if not steps:
        return {}
    unique = list(dict.fromkeys(steps))
    vectors = kb.semantic.encoder.encode(unique)
    return dict(zip(unique, vectors, strict=True))


# --- Rules on what the quoted unit says (see the module docstring, rules 5-9) -----------------------

# Populations and settings a passage may be written for. A group of alternatives (native or prosthetic
# valve): a passage whose headings name one does not apply when the step or diagnosis names another
# (unstated is allowed: "valve surgery for heart failure" in endocarditis is right for both). A group
# of one (a comorbidity, pregnancy, children): the passage applies only when the step or diagnosis
# names it, since a guideline section written for diabetics or children is about a population the
# patient has not been said to belong to (SGLT2 inhibitors "in type 2 diabetes" for CKD alone).
POPULATIONS: tuple[dict[str, str], ...] = (
    {"native valve": r"\bnative[- ]valve", "prosthetic valve": r"\bprosthetic"},
    {"sterile": r"\bsterile\b", "infected": r"\binfected\b"},
    {"outpatient": r"\boutpatient|\bambulatory|\bat home\b", "inpatient": r"\binpatient|\bhospitali[sz]|\badmi(?:t|ssion)"},
    {"type 1 diabetes": r"\btype 1 diabetes|\bt1dm?\b"},
    {"type 2 diabetes": r"\btype 2 diabetes|\bt2dm?\b"},
    {"diabetes": r"\bin (?:\w+ with )?diabetes\b"},  # "Chronic Kidney Disease in Diabetes"
    {"children": r"\bchild|\bp(?:a)?ediatric|\binfants?\b|\bneonat"},
    {"pregnancy": r"\bpregnan"},
)
# How a step or diagnosis states a member, where that differs from how a heading writes it.
STATED_AS = {"diabetes": r"\bdiabet"}
# Advice against an action; a unit that says it answers a step that asks for the action with "no".
AGAINST = re.compile(r"\bdo not\b|\bdon't\b|\bnot recommended\b|\bshould not\b|(?<!cannot be )\bavoid(?:ed)?\b|\bcontraindicated\b"
                     r"|\bnot indicated\b|\bnot routinely\b|\bno routine\b|\bnever\b|\bnot be (?:used|given|offered)"
                     r"|\bsuggest not\b|\bnot using\b")
# A step that stops or withholds something agrees with a passage advising against it.
STOPPING = re.compile(r"\s*(?:stop|discontinue|withhold|hold|avoid)\b")
# Words after an advice-against cue that say what is advised against ("do not obtain X").
AGAINST_REACH = 5
# What is advised against ends where its qualifiers begin: "avoid subclavian catheters | for dialysis
# access" advises against the catheters, not against dialysis.
QUALIFYING_WORDS = frozenset({"for", "in", "with", "without", "unless", "if", "when", "because", "during", "at", "as",
                              "to", "before", "after", "until", "except"})
PASSIVE_AGAINST = re.compile(r"not recommended|contraindicated|not indicated|avoided")
# Units near enough to the best one to be read as what the passage says about the step.
NEAR_MARGIN = 0.05
# A passage whose own heading ends like this defines a score, criteria or classes: it tells how to
# score or classify, not what to do, so it supports only a step that asks to score or classify.
DEFINITION_HEADING = re.compile(r"^(?:\S+\s+){0,3}(?:score|definitions?|criteria|classification)$")
ASSESSING_VERBS = frozenset({"calculate", "compute", "score", "use", "apply", "assess", "classify", "stratify",
                             "grade", "estimate", "determine", "document", "record"})
# Quantities a step and a unit can disagree on: (kind, factor to the kind's unit). Hours and days are
# kept apart: "every 8 hours" is a dosing interval, "for 5 days" a course; they do not contradict.
QUANTITY_UNITS = {"mg/kg": ("mg/kg", 1.0), "mcg": ("mass", 0.001), "µg": ("mass", 0.001), "mg": ("mass", 1.0),
                  "g": ("mass", 1000.0), "min": ("minutes-hours", 1 / 60), "minute": ("minutes-hours", 1 / 60),
                  "minutes": ("minutes-hours", 1 / 60), "h": ("minutes-hours", 1.0), "hr": ("minutes-hours", 1.0),
                  "hour": ("minutes-hours", 1.0), "hours": ("minutes-hours", 1.0), "day": ("days-weeks", 1.0),
                  "days": ("days-weeks", 1.0), "week": ("days-weeks", 7.0), "weeks": ("days-weeks", 7.0)}
_NUMBER = r"(\d+(?:\.\d+)?)"
_QUANTITY = re.compile(_NUMBER + r"(?:\s*(?:-{1,2}|–|—|to|or)\s*" + _NUMBER + r")?\s*("
                       + "|".join(sorted(map(re.escape, QUANTITY_UNITS), key=len, reverse=True)) + r")\b(?!/)")
_COMBINATION = re.compile(r"\b([a-z]{7,})\s*/\s*([a-z]{7,})\b")  # drug names are long; "renal/tissue" is not one
# A score value in a heading ("Score of 3 in any single parameter", "NEWS2 score >= 7") and in a step or
# diagnosis ("NEWS2 6", "CURB-65 of 3", "if the score is 2 or more").
_HEADING_SCORE = re.compile(r"\bscore\s*(?:of\s*)?(≥|>=|>|≤|<=|<)?\s*(\d+)(?:\s*(?:-|–|to)\s*(\d+))?")
_STATED_SCORE = re.compile(r"\b(?:news2?|curb-?65|crb-?65|q?sofa|gcs|score)\s*(?:score\s*)?(?:of\s*|is\s*|=\s*|:\s*)?"
                           r"(\d+)\b(?!\s*(?:mg|g|h|hours?|days?|%))")


def _lower(text: str) -> str:
    return text.lower().replace("–", "-").replace("—", "-").replace("≥", ">=").replace("≤", "<=")


def _headings(source: Any) -> str:
    return _lower(source.section)


def population_mismatch(step_and_context: str, headings: str) -> str | None:
    """The population the headings are written for that the step and diagnosis do not name, if any."""
    for group in POPULATIONS:
        named = {m for m, rx in group.items() if re.search(rx, headings)}
        stated = {m for m, rx in group.items() if re.search(STATED_AS.get(m, rx), step_and_context)}
        if named and not named & stated and (stated or len(group) == 1):
            return min(named)
    return None


def _ranges(text: str) -> dict[str, list[tuple[float, float]]]:
    out: dict[str, list[tuple[float, float]]] = {}
    for low, high, unit in _QUANTITY.findall(text):
        kind, factor = QUANTITY_UNITS[unit]
        a, b = float(low) * factor, float(high or low) * factor
        out.setdefault(kind, []).append((min(a, b), max(a, b)))
    return out


def quantities_conflict(step: str, quote: str) -> bool:
    """A dose, interval or duration of the step that no quantity of the same kind in the unit allows."""
    stated, quoted = _ranges(step), _ranges(quote)
    return any(not any(a <= d and c <= b for a, b in quoted[kind] for c, d in stated[kind])
               for kind in stated.keys() & quoted.keys())


def component_only(step: str, quote: str) -> bool:
    """The step's drug appears in the unit only as part of a combination ("amoxicillin/clavulanate")."""
    combos = _COMBINATION.findall(quote)
    rest = _COMBINATION.sub(" ", quote)
    return any(re.search(rf"\b{x}\b", step) and not re.search(rf"\b{y}\b", step) and not re.search(rf"\b{x}\b", rest)
               for a, b in combos for x, y in ((a, b), (b, a)))


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


def definitions_for_an_action(step: str, source: Any) -> bool:
    # the passage's own heading only: a chapter called "Sepsis Definition" also holds its 1-hour bundle
    own = _lower(source.section.rsplit(" > ", 1)[-1]).strip()
    words = re.findall(r"[a-z]+", step)
    return bool(DEFINITION_HEADING.search(own)) and (not words or words[0] not in ASSESSING_VERBS)


def _body(unit: str) -> str:
    # a unit begins with its heading ("General Nephrotoxin Avoidance: ..."); only its sentence advises
    return _lower(unit.split(": ", 1)[-1])


def advises_against_what_step_names(step: str, body: str) -> bool:
    """The advice against in ``body`` is about something the step names: a specific word of the step
    in what the cue governs, the next :data:`AGAINST_REACH` words up to a qualifier ("do NOT obtain
    routine follow-up chest imaging" for a chest X-ray; not "lactate should not be used as a standalone
    marker" for measuring lactate, nor "avoid subclavian catheters for dialysis access" for dialysis) or, for a passive cue ("CEA is not recommended"), the same clause before it."""
    named = specific_terms(step)
    for cue in AGAINST.finditer(body):
        governed = list(itertools.takewhile(lambda w: w not in QUALIFYING_WORDS, body[cue.end():].split()[:AGAINST_REACH]))
        if PASSIVE_AGAINST.match(cue.group()):
            governed += re.split(r"[.;,:]", body[:cue.start()])[-1].split()
        if named & frozenset(query_tokens(" ".join(governed))):
            return True
    return False


def unsupported_reason(kb: Any, step: str, context: str, source: Any, index: int, vec: Any) -> tuple[str | None, int]:
    """Why the passage's units, read closely, do not support the step (None when they do), with the
    unit to quote. The best unit is quoted unless the step advises against and a near unit does too."""
    units = kb.semantic.units(index)
    sims = kb.semantic.unit_similarities(vec, index)
    best = int(sims.argmax())
    near = [j for j in range(len(units)) if sims[j] >= max(SUPPORT_THRESHOLD, sims[best] - NEAR_MARGIN)]
    low_step, both = _lower(step), _lower(f"{step} {context}")
    against = [j for j in near if AGAINST.search(_body(units[j]))]
    if AGAINST.search(low_step) or STOPPING.match(low_step):
        if against:  # quote the advice against, which is what the step repeats
            best = max(against, key=lambda j: sims[j])
    elif best in against and advises_against_what_step_names(step, _body(units[best])):
        return "the passage advises against the step", best
    quote = _lower(units[best])
    headings = _headings(source)
    if population_mismatch(both, headings):
        return "the passage is for another or an unstated population", best
    if score_mismatch(both, headings):
        return "the passage is for another score value", best
    if definitions_for_an_action(low_step, source):
        return "the passage defines a score or classes; the step is an action", best
    if component_only(low_step, quote):
        return "the passage names the step's drug only in a combination", best
    if quantities_conflict(low_step, _lower(source.text)):
        return "a dose, interval or duration differs", best
    return None, best


def judge(kb: Any, step: str, context: str, source_id: str, step_vector: Any = None) -> Judgement:
    """Whether the passage ``source_id`` supports ``step`` for a patient with ``context`` (the diagnosis)."""
    on_condition = kb.guideline_of(source_id) in condition_guidelines(kb, step, context)
    vec = encode_steps(kb, [step])[step] if step_vector is None else step_vector
    index = kb.index_of(source_id)
    similarity, unit = kb.semantic.best_units(vec, [index])[index]
    supports = (on_condition and similarity >= SUPPORT_THRESHOLD and shares_a_term(kb, step, source_id)
                and is_guidance(kb, source_id))
    reason = "" if supports else "off the condition, not close enough, no shared term or not guidance"
    if supports:
        why_not, unit = unsupported_reason(kb, step, context, kb.get(source_id), index, vec)
        supports, reason = why_not is None, why_not or ""
    return Judgement(supports, round(similarity, 4), kb.semantic.units(index)[unit], on_condition, reason)


def find_support(kb: Any, step: str, context: str = "", step_vector: Any = None) -> tuple[Citation | None, str]:
    """The passage that best supports ``step``, or None with the reason there is none."""
    within = condition_guidelines(kb, step, context)
    if not within:
        return None, NO_GUIDELINE
    vec = encode_steps(kb, [step])[step] if step_vector is None else step_vector
    hits = kb.hybrid_search(f"{step} {context}".strip(), CANDIDATES, within=within, query_vector=vec)
    passing = [(source, sim) for source, sim, _unit in hits
               if sim >= SUPPORT_THRESHOLD and shares_a_term(kb, step, source.id) and is_guidance(kb, source.id)]
    for source, sim in sorted(passing, key=lambda h: -h[1]):
        index = kb.index_of(source.id)
        why_not, unit = unsupported_reason(kb, step, context, source, index, vec)
        if why_not is None:
            return Citation(source, round(sim, 4), kb.semantic.units(index)[unit]), "cited"
    return None, NO_SUPPORT
