"""Verification of the draft opinion, in the style of Chain-of-Verification, answered by code.

From the draft opinion it derives check questions — does the cited evidence exist and support each
finding? does a recommendation contradict an allergy, a current medication, a lab value? is there a
guideline source for it? — and answers each against the case, the expert evidence and the knowledge
base. Contradictions are listed in the opinion and attached to the recommendation they concern; they
are flagged for the clinician, never silently dropped. Code answers these questions because a small
model verifying itself repeats its own errors; every check shows what it looked at.
"""

from __future__ import annotations

import re
from typing import Any

from consilium.agents.schemas import Opinion, SpecialistReport
from consilium.experts.clinical.lab_catalog import match_analyte
from consilium.orchestration.case.model import Case

# Drug classes for allergy cross-checks: allergy word -> drug names that belong to it.
ALLERGY_CLASSES: dict[str, tuple[str, ...]] = {
    "penicillin": ("penicillin", "amoxicillin", "amoxycillin", "ampicillin", "co-amoxiclav", "augmentin",
                   "flucloxacillin", "piperacillin", "tazocin", "benzylpenicillin", "phenoxymethylpenicillin"),
    "cephalosporin": ("cephalosporin", "ceftriaxone", "cefuroxime", "cefalexin", "cephalexin", "cefotaxime", "ceftazidime"),
    "sulfonamide": ("sulfonamide", "sulfa", "co-trimoxazole", "trimethoprim-sulfamethoxazole", "sulfamethoxazole"),
    "nsaid": ("nsaid", "ibuprofen", "naproxen", "diclofenac", "ketorolac", "aspirin"),
    "macrolide": ("macrolide", "clarithromycin", "erythromycin", "azithromycin"),
    "opioid": ("opioid", "morphine", "codeine", "oxycodone", "tramadol", "fentanyl"),
    "iodinated contrast": ("contrast", "ct angiogram", "ctpa", "contrast-enhanced ct"),
}
ALIASES = {"sulfa": "sulfonamide", "sulpha": "sulfonamide", "nsaids": "nsaid", "ibuprofen": "nsaid", "contrast": "iodinated contrast"}

# (drug words in a recommendation, lab measurement name prefix, predicate, why)
LAB_RULES: list[tuple[tuple[str, ...], str, Any, str]] = [
    (("potassium chloride", "potassium supplement", "oral potassium", "iv potassium"), "potassium",
     lambda v: v > 5.0, "potassium is already high"),
    (("nsaid", "ibuprofen", "naproxen", "diclofenac", "ketorolac"), "egfr", lambda v: v < 30,
     "eGFR below 30: NSAIDs worsen kidney injury"),
    (("metformin",), "egfr", lambda v: v < 30, "eGFR below 30: metformin is contraindicated"),
    (("contrast", "ct angiogram", "ctpa"), "egfr", lambda v: v < 30, "eGFR below 30: weigh contrast nephropathy"),
    (("thrombolysis", "alteplase", "tenecteplase", "heparin", "anticoagula", "warfarin", "apixaban", "rivaroxaban"),
     "platelet", lambda v: v < 100, "platelets below 100: bleeding risk"),
    (("thrombolysis", "alteplase", "tenecteplase"), "inr", lambda v: v > 1.7, "INR above 1.7 contraindicates thrombolysis"),
    (("insulin",), "glucose", lambda v: v < 4.0, "glucose already low"),
]

# (drug words in a recommendation, current-medication words, why)
MEDICATION_RULES: list[tuple[tuple[str, ...], tuple[str, ...], str]] = [
    (("potassium chloride", "potassium supplement", "spironolactone", "eplerenone"),
     ("spironolactone", "eplerenone", "amiloride", "lisinopril", "ramipril", "enalapril", "losartan"),
     "adds to potassium retention from a current medication"),
    (("warfarin", "apixaban", "rivaroxaban", "dabigatran", "edoxaban", "heparin"),
     ("warfarin", "apixaban", "rivaroxaban", "dabigatran", "edoxaban"),
     "the patient is already anticoagulated"),
    (("clarithromycin", "erythromycin"), ("simvastatin", "atorvastatin"), "macrolide with a statin: myopathy risk"),
]

EVIDENCE_REF = re.compile(r"\[([a-z_]+:[A-Za-z0-9._-]+)\]")


# A withdrawing word governs the drug names right after it ("stop ramipril and spironolactone"), but
# not when negated ("do not stop") or when it states a purpose ("to avoid VTE, heparin ...").
_WITHDRAWN = re.compile(r"(?<!\bto )(?<!\bnot )(?<!n't )\b(stop|hold|withh[eo]ld|discontinu|cease|ceasing|suspend|"
                        r"omit|avoid|withdraw|no further|do not (give|start|use|add|restart)|"
                        r"don't (give|start|use|add|restart))\w*")
_GIVEN = re.compile(r"\b(start\w*|giv\w*|add|adding|begin\w*|commenc\w*|restart\w*|resum\w*|increas\w*|"
                    r"prescrib\w*|switch\w*|chang\w*|initiat\w*|administ\w*|use|using|load\w*|continu\w*|"
                    r"trial|replac\w*|infus\w*|bolus|titrat\w*)\b")
_GOVERNED_WORDS = 3  # at most this many words between a withdrawing word and the drug it withdraws


def _mentions(text: str, words: tuple[str, ...]) -> str | None:
    low = text.lower()
    return next((w for w in words if w in low and re.search(rf"\b{re.escape(w)}", low)), None)


def _given(text: str, words: tuple[str, ...]) -> list[str]:
    """The ``words`` that ``text`` recommends giving, in the order of ``words``.

    A mention is withdrawn, and contradicts nothing, only when a withdrawing word ("stop", "hold",
    "avoid", "discontinue"...) stands at most three words before it in the same clause with no giving
    word ("start", "give", "use", "initiate"...) between: "discontinue ramipril and spironolactone".
    Anything else counts as given, so a doubtful phrase is flagged rather than passed."""
    low = text.lower()
    found = []
    for w in words:
        if w not in low:  # most words are not there: the substring test settles it before a pattern is built
            continue
        for m in re.finditer(rf"\b{re.escape(w)}", low):
            clause = re.split(r"[.;:,()\n]|\b(?:but|then)\b", low[:m.start()])[-1]
            stops = list(_WITHDRAWN.finditer(clause))
            between = clause[stops[-1].end():] if stops else ""
            if not stops or _GIVEN.search(between) or len(between.split()) > _GOVERNED_WORDS:
                found.append(w)
                break
    return found


def _gives(text: str, words: tuple[str, ...]) -> str | None:
    """The first of ``words`` that ``text`` recommends giving (see :func:`_given`), or ``None``."""
    return next(iter(_given(text, words)), None)


def _allergy_classes(case: Case) -> dict[str, str]:
    """Allergy text -> drug class key, for every allergy Consilium can cross-check."""
    found = {}
    for allergy in case.allergies:
        low = allergy.lower()
        for word, key in [*((k, k) for k in ALLERGY_CLASSES), *ALIASES.items()]:
            if word in low:
                found[allergy] = key
                break
    return found


def _lab_values(evidence: dict[str, dict[str, Any]]) -> dict[str, tuple[float, str, str]]:
    """Numeric lab values by lower-case name, from the lab expert's measurements."""
    values = {}
    for ev in evidence.values():
        if ev.get("expert") != "lab_panel" or ev.get("status") != "ok":
            continue
        for m in ev.get("measurements", []):
            if isinstance(m.get("value"), (int, float)) and not isinstance(m.get("value"), bool):
                analyte = match_analyte(m["name"], m.get("unit", ""))  # "K+" -> potassium
                name = analyte.key if analyte else m["name"].lower()
                values[name] = (float(m["value"]), m.get("unit", ""), ev["id"])
    return values


def verify(opinion: Opinion, reports: list[SpecialistReport], case: Case, evidence: dict[str, dict[str, Any]],
           answer_text: str = "") -> list[dict[str, Any]]:
    """Answer the check questions; returns one record per check with status 'ok' or 'flag'."""
    checks: list[dict[str, Any]] = []
    for rep in reports:
        for f in rep.output.findings:
            cited = [m for ref in f.evidence for m in EVIDENCE_REF.findall(ref)]
            unknown = [c for c in cited if c not in evidence and c.split(":")[0] not in ("case", "kb")]
            q = f"Does the evidence support the {rep.specialist} finding '{f.statement[:80]}'?"
            if unknown:
                checks.append({"question": q, "status": "flag", "kind": "evidence",
                               "detail": f"cites evidence that does not exist: {', '.join(unknown)}"})
            elif not f.evidence:
                checks.append({"question": q, "status": "flag", "kind": "evidence", "detail": "no evidence cited"})
            else:
                checks.append({"question": q, "status": "ok", "kind": "evidence", "detail": "; ".join(f.evidence)})
    allergies = _allergy_classes(case)
    labs = _lab_values(evidence)
    current = " ; ".join(case.medications).lower()
    texts = [(s["text"], i) for i, s in enumerate(opinion.next_steps)] + ([(answer_text, None)] if answer_text else [])
    for text, idx in texts:
        where = f"next step '{text[:80]}'" if idx is not None else "the GP's answer"
        for allergy, cls in allergies.items():
            if drug := _gives(text, ALLERGY_CLASSES[cls]):
                checks.append({"question": f"Does {where} contradict the allergy '{allergy}'?", "status": "flag",
                               "kind": "allergy", "step": idx, "detail": f"'{drug}' belongs to the {cls} class"})
        for drugs, lab_prefix, bad, why in LAB_RULES:
            drug = _gives(text, drugs)
            hit = next(((n, v) for n, v in labs.items() if n.startswith(lab_prefix)), None) if drug else None
            if drug and hit and bad(hit[1][0]):
                checks.append({"question": f"Does {where} contradict a lab value?", "status": "flag", "kind": "lab",
                               "step": idx, "detail": f"'{drug}' while {hit[0]} = {hit[1][0]:g} {hit[1][1]} "
                                                     f"[{hit[1][2]}]: {why}"})
        for drugs, meds, why in MEDICATION_RULES:
            current_meds = [m for m in meds if _mentions(current, (m,))]
            # continuing a current drug is not adding a second one; any other pair is
            drug, med = next(((d, m) for d in _given(text, drugs) for m in current_meds if d != m), (None, None))
            if drug and med:
                checks.append({"question": f"Does {where} contradict a current medication?", "status": "flag",
                               "kind": "medication", "step": idx, "detail": f"'{drug}' with current '{med}': {why}"})
    if allergies or labs or case.medications:
        asked = [c for c in checks if c["kind"] in ("allergy", "lab", "medication")]
        if not asked:
            checks.append({"question": "Do the recommendations contradict allergies, medications or lab values?",
                           "status": "ok", "kind": "safety",
                           "detail": f"checked {len(texts)} recommendation(s) against {len(allergies)} allergy class(es), "
                                     f"{len(case.medications)} medication(s), {len(labs)} lab value(s)"})
    return checks


def apply_verification(opinion: Opinion, checks: list[dict[str, Any]]) -> Opinion:
    """Flag the opinion: contradictions listed, and attached to the recommendation they concern."""
    contradictions = [c for c in checks if c["status"] == "flag" and c["kind"] in ("allergy", "lab", "medication")]
    steps = [dict(s) for s in opinion.next_steps]
    for c in contradictions:
        if c.get("step") is not None and c["detail"] not in steps[c["step"]].get("contradictions", []):
            steps[c["step"]].setdefault("contradictions", []).append(c["detail"])
    details = list(dict.fromkeys(c["detail"] for c in contradictions))  # one line per contradiction, not per step
    return opinion.model_copy(update={"verification": checks, "contradictions": details, "next_steps": steps})
