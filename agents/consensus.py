"""Consensus: merge the specialists' reports into one opinion without averaging dissent away.

The merge is deterministic code, not a model: diagnoses are normalised (case, punctuation,
abbreviations, British/American spelling, hedging words, harmless modifiers) so the same diagnosis
from two agents becomes one entry, which keeps each agent's own likelihood. An agent that reported
but did not list a diagnosis, or rated it low, is shown as dissenting on it. A model may then add a
narrative summary (see :mod:`consilium.agents.nodes`), but it never changes the ranking.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from consilium.agents.schemas import (
    LIKELIHOOD_SCORE,
    MergedDiagnosis,
    Opinion,
    SpecialistReport,
    SurgeryOutput,
    TaskFailure,
)

_ABBREVIATIONS = {
    "mi": "myocardial infarction", "ami": "myocardial infarction", "stemi": "st elevation myocardial infarction",
    "nstemi": "non st elevation myocardial infarction", "acs": "acute coronary syndrome",
    "pe": "pulmonary embolism", "dvt": "deep vein thrombosis", "copd": "chronic obstructive pulmonary disease",
    "chf": "heart failure", "hf": "heart failure", "uti": "urinary tract infection", "tb": "tuberculosis",
    "sle": "systemic lupus erythematosus", "ra": "rheumatoid arthritis", "mg": "myasthenia gravis",
    "dka": "diabetic ketoacidosis", "aaa": "abdominal aortic aneurysm", "aki": "acute kidney injury",
    "ckd": "chronic kidney disease", "hcc": "hepatocellular carcinoma", "nsclc": "non small cell lung cancer",
    "sclc": "small cell lung cancer", "cva": "stroke", "tia": "transient ischemic attack", "ms": "multiple sclerosis",
    "gerd": "gastroesophageal reflux disease", "ibd": "inflammatory bowel disease", "af": "atrial fibrillation",
    "afib": "atrial fibrillation", "cap": "community acquired pneumonia", "sah": "subarachnoid hemorrhage",
    "ards": "acute respiratory distress syndrome", "itp": "immune thrombocytopenia", "gbs": "guillain barre syndrome",
}
SPELLING = [("haem", "hem"), ("oesophag", "esophag"), ("tumour", "tumor"), ("anaem", "anem"), ("oedema", "edema"),
            ("ischaem", "ischem"), ("leukaem", "leukem"), ("diarrhoea", "diarrhea"), ("coeliac", "celiac"),
            ("paediatric", "pediatric"), ("oestrogen", "estrogen"), ("foetal", "fetal"), ("sulph", "sulf")]
HEDGES = {"likely", "possible", "probable", "probably", "suspected", "presumed", "query", "suspicion", "of",
          "consistent", "with", "suggestive", "rule", "out", "r", "o", "ddx", "the", "a", "an", "disease"}
_MODIFIERS = {"acute", "chronic", "severe", "mild", "moderate", "early", "late", "uncomplicated", "complicated",
              "left", "right", "bilateral", "primary", "idiopathic", "sided", "new", "onset", "community", "acquired"}


def normalise_diagnosis(name: str, *, keep: frozenset[str] = frozenset()) -> str:
    """A key under which spelling variants of one diagnosis coincide.

    "a" is dropped only as a leading article: after a word it is a qualifier (hepatitis A, type A
    dissection, haemophilia A), and dropping it merged hepatitis A with hepatitis B. ``keep``: hedge
    words to keep (scoring keeps "disease", so that "kidney disease" is not found inside "kidney stones")."""
    text = re.sub(r"\([^)]*\)", " ", name.lower())
    text = text.replace("'s", "").replace("’s", "")
    for uk, us in SPELLING:
        text = text.replace(uk, us)
    tokens = re.findall(r"[a-z0-9]+", text)
    expanded: list[str] = []
    for tok in tokens:
        expanded += _ABBREVIATIONS.get(tok, tok).split()
    kept = [t for i, t in enumerate(expanded) if t not in HEDGES or t in keep or (t == "a" and i > 0)]
    return " ".join(kept or expanded)


def similar(a: str, b: str, at_least: float) -> bool:
    """Whether difflib's ratio of ``a`` and ``b`` reaches ``at_least``. Its two cheap upper bounds are
    asked first: most pairs of a review differ in length or letters enough that they settle it."""
    if len(a) + len(b) and 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < at_least:  # real_quick_ratio
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= at_least and matcher.ratio() >= at_least


def same_diagnosis(a: str, b: str) -> bool:
    """Whether two normalised keys name the same diagnosis."""
    if a == b:
        return True
    ta, tb = set(a.split()), set(b.split())
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if small and small <= large and (large - small) <= _MODIFIERS:
        return True
    if not similar(a, b, 0.9):
        return False
    # Near-identical strings can name different diseases when a short qualifier differs (type 1/2,
    # hepatitis B/C, stage II/III, STEMI/NSTEMI, hyper-/hypo-): the fuzzy match forgives spelling slips
    # inside words only, never a differing qualifier, since a wrong merge hides a dissent.
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(x == y or (min(len(x), len(y)) >= 4 and x[:4] == y[:4]) for x, y in zip(wa, wb))


def merge_differentials(reports: list[SpecialistReport]) -> list[MergedDiagnosis]:
    clusters: list[dict] = []
    for rep in reports:
        for item in rep.output.differential:
            key = normalise_diagnosis(item.diagnosis)
            if not key:
                continue
            cluster = next((c for c in clusters if same_diagnosis(c["key"], key)), None)
            if cluster is None:
                cluster = {"key": key, "names": [], "support": {}, "evidence": [], "rationale": []}
                clusters.append(cluster)
            previous = cluster["support"].get(rep.specialist)
            if previous is None or LIKELIHOOD_SCORE[item.likelihood] > LIKELIHOOD_SCORE[previous]:
                cluster["support"][rep.specialist] = item.likelihood
            cluster["names"].append((LIKELIHOOD_SCORE[item.likelihood], item.diagnosis))
            if item.rationale:
                cluster["rationale"].append(f"{rep.specialist}: {item.rationale}")
            for finding in rep.output.findings:
                for ref in finding.evidence:
                    if ref not in cluster["evidence"]:
                        cluster["evidence"].append(ref)
    reporters = [r.specialist for r in reports]
    merged = []
    for c in clusters:
        support = c["support"]
        score = sum(LIKELIHOOD_SCORE[support.get(a, "low")] if a in support else 0.0 for a in reporters) / max(len(reporters), 1)
        agree = [a for a in reporters if support.get(a) in ("high", "moderate")]
        dissent = [a for a in reporters if a not in agree]
        name = max(c["names"], key=lambda x: x[0])[1]
        merged.append(MergedDiagnosis(diagnosis=name, key=c["key"], score=round(score, 3), support=support,
                                      agree=agree, dissent=dissent, evidence=c["evidence"][:8],
                                      rationale=c["rationale"][:6]))
    merged.sort(key=lambda m: (-m.score, -len(m.agree), m.key))
    return merged


def merge_next_steps(reports: list[SpecialistReport]) -> list[dict]:
    steps: list[dict] = []
    for rep in reports:
        for text in rep.output.recommendations:
            key = normalise_diagnosis(text)
            match = next((s for s in steps if similar(s["key"], key, 0.85)), None)
            if match:
                if rep.specialist not in match["from"]:
                    match["from"].append(rep.specialist)
            else:
                steps.append({"key": key, "text": text, "from": [rep.specialist]})
    return [{"text": s["text"], "from": s["from"]} for s in steps]


def build_opinion(reports: list[SpecialistReport], failures: list[TaskFailure], *, planned: int,
                  red_flags: list[dict] | None = None) -> Opinion:
    """The deterministic part of the consensus: ranking, agreement, dissent, confidence, gaps."""
    differential = merge_differentials(reports)
    surgical = next((r.output.surgical_plan for r in reports if isinstance(r.output, SurgeryOutput)), None)
    if not reports:
        return Opinion(differential=[], red_flags=red_flags or [], overall_confidence=0.0, surgical_plan=None,
                       confidence_basis="no specialist report completed", missing=failures)
    mean_conf = sum(r.output.confidence for r in reports) / len(reports)
    agreement = len(differential[0].agree) / len(reports) if differential else 0.0
    completeness = len(reports) / max(planned, 1)
    overall = mean_conf * (0.5 + 0.5 * agreement) * completeness
    basis = (f"mean specialist confidence {mean_conf:.2f} x agreement factor {0.5 + 0.5 * agreement:.2f} "
             f"({len(differential[0].agree) if differential else 0}/{len(reports)} agree on the top diagnosis) "
             f"x completeness {completeness:.2f} ({len(reports)}/{planned} reports)")
    uncertain = _stated_uncertainty(differential, reports, failures)
    resolve = []
    if uncertain and differential:  # what the dissenting specialists asked for is what would settle it
        dissenters = set(differential[0].dissent)
        resolve = [r for rep in reports if rep.specialist in dissenters for r in rep.output.recommendations][:3]
        resolve.append("Discuss the discordant findings in a multidisciplinary meeting before acting")
    return Opinion(differential=differential, red_flags=red_flags or [], next_steps=merge_next_steps(reports),
                   surgical_plan=surgical, overall_confidence=round(overall, 3), confidence_basis=basis,
                   missing=failures, uncertainties=uncertain, resolve_by=resolve)


def _stated_uncertainty(differential: list[MergedDiagnosis], reports: list[SpecialistReport],
                        failures: list[TaskFailure]) -> list[str]:
    """Say plainly when the team does not agree or the evidence is thin, instead of forcing a diagnosis."""
    notes = []
    if differential:
        top = differential[0]
        if len(reports) > 1 and len(top.agree) <= len(reports) / 2:
            notes.append(f"No majority: only {', '.join(top.agree) or 'no specialist'} rate(s) '{top.diagnosis}' "
                         f"moderate or high; {', '.join(top.dissent)} do(es) not.")
        if len(differential) > 1 and differential[1].score >= 0.8 * top.score > 0:
            notes.append(f"'{top.diagnosis}' and '{differential[1].diagnosis}' are nearly tied.")
    if failures:
        notes.append("Incomplete: " + ", ".join(sorted({f.specialist for f in failures})) + " did not report.")
    return notes
