"""A review as a FHIR R4B Bundle: the Patient, an Observation per score and key measurement, Provenance, and the
DiagnosticReport that refers to them, every resource validated with ``fhir.resources`` before it is written.

The subject is the input Bundle's own Patient (by the reference that Bundle used) when the case came from FHIR;
otherwise a Patient made here, de-identified as the review was: the case id the review stored (a keyed hash
when the review was de-identified) and the sex, nothing else.

Scores carry ``code.text`` only. LOINC has panel codes for some of them, but no code for the totals these
calculators give could be checked against a LOINC table on this machine, and a wrong code is worse than text
(a receiving system would file the value under another score). Vital-sign and laboratory codes already used by
the FHIR reader (:mod:`consilium.orchestration.case.fhir_codes`) stay with that reader.
"""

from __future__ import annotations

import json
import re
import uuid
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import MissingDependency
from consilium.orchestration.export.signed import ExportError, clinician_signoff, conclusion, signed_markdown
from consilium.orchestration.result import ReviewResult

LOINC = "http://loinc.org"
CONSULT_NOTE = {"system": LOINC, "code": "11488-4", "display": "Consult note"}
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
PARTICIPANT_TYPE = "http://terminology.hl7.org/CodeSystem/provenance-participant-type"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
SIGNATURE_TYPE = "urn:iso-astm:E1762-95:2013"
VERIFICATION_SIGNATURE = "1.2.840.10065.1.12.1.5"
UCUM = "http://unitsofmeasure.org"
REPORT_STATUS = {"approved": "final", "edited": "final", "rejected": "cancelled", None: "preliminary"}
FLAG_CODE = {"high": "H", "low": "L", "critical high": "HH", "critical low": "LL", "normal": "N"}
# "at least 10 of 20 (at most 12 ..." is how experts/clinical/scores.py words a score with inputs missing.
_RANGE = re.compile(r"at least (\d+(?:\.\d+)?) of \d+ \(at most (\d+(?:\.\d+)?)")


def fhir_bundle(result: ReviewResult, case: Case | None = None, *, stored_case_id: str | None = None,
                source_bundle: dict[str, Any] | None = None) -> dict[str, Any]:
    """The review as a validated FHIR R4B ``collection`` Bundle (a JSON-ready dict).

    Args:
        result: the review, re-identified for the clinician; signed or not (the report's status says which).
        case: the case as given, for the patient's sex and to tell computed values from the case's own.
        stored_case_id: the id the review stored for the case (de-identified when the review was).
        source_bundle: the Bundle the case was read from; its Patient becomes the subject by reference.
    """
    builder = _Builder(result)
    subject = _subject(builder, result, case, stored_case_id, source_bundle)
    observations = [builder.add(obs) for obs in _observations(result, case, subject)]
    report = builder.add(_report(result, subject, observations))
    builder.add(_provenance(result, [*observations, report]))
    bundle = {"resourceType": "Bundle", "id": builder.fhir_id("bundle"), "type": "collection",
              "identifier": {"system": "urn:consilium:review-id", "value": result.review_id},
              "timestamp": clinician_signoff(result).get("signed_at") or _last_call(result) or None,
              "entry": builder.entries}
    return validate_bundle({k: v for k, v in bundle.items() if v is not None})


def validate_bundle(bundle: dict[str, Any]) -> dict[str, Any]:
    """Validate the Bundle and each of its resources with ``fhir.resources`` (R4B); return it as FHIR JSON."""
    try:
        from fhir.resources.R4B import get_fhir_model_class
    except ImportError:
        raise MissingDependency("writing FHIR needs the 'fhir.resources' package (8.x): pip install "
                                "'fhir.resources>=8,<9'") from None
    from pydantic import ValidationError

    try:
        for n, entry in enumerate(bundle.get("entry", [])):
            where = f"Bundle.entry[{n}] ({entry['resource']['resourceType']})"
            get_fhir_model_class(entry["resource"]["resourceType"]).model_validate(entry["resource"])
        where = "Bundle"
        model = get_fhir_model_class("Bundle").model_validate(bundle)
    except ValidationError as exc:  # a defect of this module, or a value the case let through: say which
        first = exc.errors()[0]
        raise ExportError(f"the FHIR export is not valid at {where} {'.'.join(map(str, first['loc']))}: "
                          f"{first['msg']}") from None
    return json.loads(model.model_dump_json(exclude_none=True))


class _Builder:
    """Entries with stable urn:uuid fullUrls (the same review gives the same ids) and the references to them."""

    def __init__(self, result: ReviewResult) -> None:
        self.review_id = result.review_id
        self.entries: list[dict[str, Any]] = []

    def fhir_id(self, local: str) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:consilium:{self.review_id}/{local}"))

    def add(self, resource: dict[str, Any]) -> dict[str, str]:
        resource = {"id": self.fhir_id(f"{resource['resourceType']}/{len(self.entries)}"), **resource}
        url = f"urn:uuid:{resource['id']}"
        self.entries.append({"fullUrl": url, "resource": resource})
        return {"reference": url, "type": resource["resourceType"]}


def _subject(builder: _Builder, result: ReviewResult, case: Case | None, stored_case_id: str | None,
             source_bundle: dict[str, Any] | None) -> dict[str, str]:
    if source_bundle is not None:
        if case is not None and case.source != "fhir":
            raise ExportError(f"review '{result.review_id}' was not made from a FHIR Bundle: its case has no "
                              "Patient to refer to")
        return _source_patient(source_bundle)
    patient: dict[str, Any] = {"resourceType": "Patient", "identifier": [
        {"system": "urn:consilium:case-id", "value": stored_case_id or result.case_id}]}
    sex = case.demographics.sex if case is not None else "unknown"
    patient["gender"] = sex if sex in ("female", "male", "other") else "unknown"
    return builder.add(patient)


def _source_patient(bundle: dict[str, Any]) -> dict[str, str]:
    """The reference to the input Bundle's one Patient, in the form that Bundle used for it."""
    patients = [e for e in bundle.get("entry") or [] if (e.get("resource") or {}).get("resourceType") == "Patient"]
    if len(patients) != 1:
        raise ExportError(f"the source Bundle holds {len(patients)} Patient resources; one is needed to refer to")
    entry = patients[0]
    reference = entry.get("fullUrl") or (f"Patient/{entry['resource']['id']}" if entry["resource"].get("id") else "")
    if not reference:
        raise ExportError("the source Bundle's Patient has neither a fullUrl nor an id to refer to")
    return {"reference": reference, "type": "Patient"}


def _observations(result: ReviewResult, case: Case | None, subject: dict[str, str]) -> list[dict[str, Any]]:
    scores = computed_scores(result)
    expert = [e for e in result.evidence.values() if not str(e.get("id", "")).startswith("score:")]
    own_labs = {lab.name.lower() for lab in case.labs} if case is not None else set()
    out = [_score_observation(e, subject) for e in scores if e.get("measurements")]
    for evidence in expert:
        if evidence.get("status") != "ok":
            continue
        for m in evidence.get("measurements", []):
            # the case's own lab values are the case's record, not a finding of this review
            if isinstance(m.get("value"), (int, float)) and not isinstance(m["value"], bool) \
                    and str(m.get("name", "")).lower() not in own_labs:
                out.append(_measurement_observation(evidence, m, subject))
    return out


def computed_scores(result: ReviewResult) -> list[dict[str, Any]]:
    """The scores computed before any model spoke, from the opinion, or from the evidence when there is none."""
    listed = {str(e.get("id")): e for e in (result.opinion.computed if result.opinion else [])}
    listed.update({k: e for k, e in result.evidence.items() if k.startswith("score:") and k not in listed})
    return [e for k, e in listed.items() if k.startswith("score:")]


def _score_observation(evidence: dict[str, Any], subject: dict[str, str]) -> dict[str, Any]:
    m = evidence["measurements"][0]
    obs = _observation_base("survey", m["name"], subject, evidence)
    value, summary = m.get("value"), str(evidence.get("summary", ""))
    if (bounds := _RANGE.search(summary)) is not None:
        obs["valueRange"] = {"low": _score_quantity(float(bounds[1])), "high": _score_quantity(float(bounds[2]))}
    elif isinstance(value, (int, float)):
        obs["valueQuantity"] = _score_quantity(value)
    else:
        failed = "calculator failed" in " ".join(evidence.get("limitations", []))
        obs["dataAbsentReason"] = {"coding": [{"system": DATA_ABSENT, "code": "error" if failed else "unknown"}],
                                   "text": summary[:500]}
    if m.get("reference"):
        obs["referenceRange"] = [{"text": m["reference"]}]
    inputs = ", ".join(f"{k}={v}" for k, v in (m.get("inputs") or {}).items())
    if inputs:
        obs["note"].append({"text": f"Inputs: {inputs}"})
    return obs


def _measurement_observation(evidence: dict[str, Any], m: dict[str, Any], subject: dict[str, str]) -> dict[str, Any]:
    category = "laboratory" if evidence.get("target") == "labs" else "imaging"
    obs = _observation_base(category, m["name"], subject, evidence)
    quantity: dict[str, Any] = {"value": m["value"]}
    if m.get("unit"):
        quantity["unit"] = m["unit"]
    obs["valueQuantity"] = quantity
    if m.get("reference"):
        obs["referenceRange"] = [{"text": m["reference"]}]
    return obs


def _observation_base(category: str, name: str, subject: dict[str, str], evidence: dict[str, Any]) -> dict[str, Any]:
    obs: dict[str, Any] = {
        "resourceType": "Observation", "status": "final",
        "category": [{"coding": [{"system": OBSERVATION_CATEGORY, "code": category}]}],
        "code": {"text": name}, "subject": subject,
        "note": [{"text": f"Evidence {evidence.get('id', '')} on {evidence.get('target', '')}: "
                          f"{evidence.get('summary', '')}"}],
    }
    if method := f"{evidence.get('expert', '')} {evidence.get('expert_version', '')}".strip():
        obs["method"] = {"text": method}
    flags = {m.get("flag") for m in evidence.get("measurements", []) if m.get("name") == name}
    if (code := next((FLAG_CODE[f] for f in flags if f in FLAG_CODE), None)) is not None:
        obs["interpretation"] = [{"coding": [{"system": INTERPRETATION, "code": code}]}]
    return obs


def _score_quantity(value: float) -> dict[str, Any]:
    return {"value": value, "unit": "score", "system": UCUM, "code": "{score}"}


def _report(result: ReviewResult, subject: dict[str, str], observations: list[dict[str, str]]) -> dict[str, Any]:
    import base64

    s = clinician_signoff(result)
    report: dict[str, Any] = {
        "resourceType": "DiagnosticReport",
        "identifier": [{"system": "urn:consilium:review-id", "value": result.review_id}],
        "status": REPORT_STATUS[s.get("decision")],
        "category": [{"text": "Multidisciplinary clinical decision support opinion"}],
        "code": {"coding": [CONSULT_NOTE], "text": "Consilium multidisciplinary review"},
        "subject": subject,
        "performer": [{"display": f"Consilium {_package_version()} (decision support software)"}],
        "result": observations,
        "conclusion": conclusion(result),
    }
    if s:
        report["issued"] = s.get("signed_at") or None
        report["resultsInterpreter"] = [{"display": s["clinician"]}]
        markdown = signed_markdown(result)
        report["presentedForm"] = [{"contentType": "text/markdown; charset=utf-8", "language": "en",
                                    "title": f"Consilium review {result.review_id}",
                                    "data": base64.b64encode(markdown.encode("utf-8")).decode("ascii")}]
    return {k: v for k, v in report.items() if v is not None}


def _provenance(result: ReviewResult, targets: list[dict[str, str]]) -> dict[str, Any]:
    """Who made what: the software, each role with the model it was bound to, each expert model, the clinician."""
    def agent(kind: str, display: str, role: str = "") -> dict[str, Any]:
        out: dict[str, Any] = {"type": {"coding": [{"system": PARTICIPANT_TYPE, "code": kind}]},
                               "who": {"display": display}}
        if role:
            out["role"] = [{"text": role}]
        return out

    agents = [agent("assembler", f"Consilium {_package_version()} (decision support software)")]
    roles = dict.fromkeys((a.get("role", ""), a.get("model_id", "")) for a in result.audit)
    agents += [agent("author", f"model {model}", f"{role} agent") for role, model in roles if role]
    experts = dict.fromkeys((e.get("expert", ""), e.get("expert_version", ""), e.get("weights_sha256"))
                            for e in result.evidence.values())
    agents += [agent("performer", f"expert {name} {ver}" + (f" (weights sha256 {sha})" if sha else ""),
                     "expert model") for name, ver, sha in experts if name]
    s = clinician_signoff(result)
    provenance: dict[str, Any] = {"resourceType": "Provenance", "target": targets,
                                  "recorded": s.get("signed_at") or _last_call(result) or _now()}
    if s:
        decision = {"approved": "approved", "edited": "approved with edits", "rejected": "rejected"}[s["decision"]]
        agents.append(agent("verifier", s["clinician"], f"signing clinician: {decision}"))
        provenance["signature"] = [{"type": [{"system": SIGNATURE_TYPE, "code": VERIFICATION_SIGNATURE,
                                              "display": "Verification Signature"}],
                                    "when": s.get("signed_at") or provenance["recorded"],
                                    "who": {"display": s["clinician"]}}]
    provenance["agent"] = agents
    return provenance


def _last_call(result: ReviewResult) -> str:
    return max((str(a.get("started_at", "")) for a in result.audit), default="")


def _now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def _package_version() -> str:
    try:
        return version("consilium-cds")
    except PackageNotFoundError:
        return "(source)"
