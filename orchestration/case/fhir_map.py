"""What each validated FHIR resource becomes in a :class:`Case` (see :mod:`.fhir` for the reading).

Text fields gather one line per resource. A vital sign whose code or unit is not in
:mod:`.fhir_codes` is kept as recorded text, never guessed; an earlier reading of the same vital sign is
kept beside the latest one, with its time. A resource whose status says it is not a fact (entered in
error, refuted) is left out and said so.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from consilium.orchestration.case import fhir_codes as codes
from consilium.orchestration.case.fhir_values import (all_codes, attachment_text, codes_in, concept_text, label,
                                                      narrative, quantity_of, status_of, time_of, value_of)
from consilium.orchestration.case.model import Case, Demographics, ImagingStudy, LabResult, PathologySpecimen, Vitals

# Mapped in this order: the patient first (ages need the birth date), studies before their reports.
MAPPED_KINDS = ("Patient", "ImagingStudy", "Condition", "Procedure", "AllergyIntolerance", "MedicationStatement",
                "MedicationRequest", "Observation", "DiagnosticReport", "Composition", "DocumentReference",
                "Task", "ServiceRequest")
_TEXT_FIELDS = ("presenting_complaint", "history", "past_medical_history", "social_history", "family_history",
                "review_of_systems")


@dataclass
class Item:
    """One resource of the Bundle with where it sits: its JSON path and, if contained, its container."""

    resource: dict[str, Any]
    path: str
    parent: Item | None = None
    full_url: str | None = None

    @property
    def kind(self) -> str:
        return str(self.resource.get("resourceType") or "(no resourceType)")


def _put(fields: dict[str, str], name: str, text: str) -> None:
    """Add under ``name``, or ``name (2)`` and on when two resources share a name: neither is lost."""
    key, n = name, 1
    while key in fields:
        n += 1
        key = f"{name} ({n})"
    fields[key] = text


class CaseDraft:
    """Collects what the resources say, field by field, and builds the Case once all are read."""

    def __init__(self, resolve: Callable[[str, Item], Item | None], *, reference_date: date) -> None:
        self.resolve = resolve
        self.reference_date = reference_date
        self.text: dict[str, list[str]] = {name: [] for name in _TEXT_FIELDS}
        self.lists: dict[str, list[str]] = {"medications": [], "allergies": []}
        self.demographics: dict[str, Any] = {}
        self.vitals: dict[str, Any] = {}
        self.vital_times: dict[str, tuple[str, str]] = {}  # field -> (time, value as recorded)
        self.vitals_other: dict[str, str] = {}
        self.examination: dict[str, str] = {}
        self.other_results: dict[str, str] = {}
        self.labs: list[LabResult] = []
        self.imaging: dict[str, ImagingStudy] = {}
        self.pathology: list[PathologySpecimen] = []
        self.questions: list[str] = []
        self.notices: list[str] = []

    def add(self, item: Item) -> None:
        resource = item.resource
        if status_of(resource) in codes.NOT_A_FACT:
            self.notices.append(f"{label(resource)} ({item.path}) is marked '{status_of(resource)}': left out")
            return
        getattr(self, f"_{item.kind.lower()}")(item)

    def build(self, *, default_id: str) -> Case:
        fields: dict[str, Any] = {name: "\n".join(lines) for name, lines in self.text.items()}
        vitals = Vitals(**self.vitals, other=self.vitals_other)
        fields.update(self.lists, id=default_id, source="fhir", demographics=Demographics(**self.demographics),
                      vitals=vitals, examination=self.examination, labs=self.labs, other_results=self.other_results,
                      imaging=list(self.imaging.values()), pathology=self.pathology)
        if self.questions:
            fields["question"] = "\n".join(dict.fromkeys(self.questions))
        return Case.model_validate(fields)

    # --- one method per resource kind ---------------------------------------------------------------

    def _patient(self, item: Item) -> None:
        r = item.resource
        self.demographics["sex"] = {"female": "female", "male": "male", "other": "other"}.get(r.get("gender"), "unknown")
        birth = r.get("birthDate")
        if birth:
            year, month, day = (list(map(int, birth.split("-"))) + [1, 1])[:3]
            ref = self.reference_date
            age = ref.year - year - ((ref.month, ref.day) < (month, day))
            # under two, months matter (feeds, doses, normal ranges): the age keeps its fraction
            self.demographics["age_years"] = age if age >= 2 else round((ref - date(year, month, day)).days / 365.25, 2)
        if any(r.get(k) for k in ("name", "identifier", "address", "telecom")):
            self.notices.append(f"{label(r)}: name, identifiers and contact details are not part of the case "
                                "(it carries age and sex only)")

    def _condition(self, item: Item) -> None:
        r = item.resource
        when = time_of(r, "onsetDateTime", "onsetString", "onsetPeriod", "recordedDate")
        status = status_of(r)
        extra = ", ".join(x for x in [f"since {when}" if when else "", status if status not in ("", "active",
                                                                                                 "confirmed") else ""] if x)
        self.text["past_medical_history"].append(concept_text(r.get("code")) + (f" ({extra})" if extra else ""))

    def _procedure(self, item: Item) -> None:
        r = item.resource
        when = time_of(r, "performedDateTime", "performedString", "performedPeriod")
        status = r.get("status", "")
        extra = ", ".join(x for x in [when, status if status not in ("", "completed") else ""] if x)
        self.text["past_medical_history"].append(f"Procedure: {concept_text(r.get('code'))}"
                                                 + (f" ({extra})" if extra else ""))

    def _allergyintolerance(self, item: Item) -> None:
        r = item.resource
        reactions = [concept_text(m) for x in r.get("reaction") or [] for m in x.get("manifestation") or []]
        details = [f"reaction: {', '.join(reactions)}" if reactions else "",
                   f"{r['criticality']} criticality" if r.get("criticality") else "",
                   status_of(r) if status_of(r) not in ("", "active", "confirmed") else ""]
        detail = "; ".join(d for d in details if d)
        self.lists["allergies"].append(concept_text(r.get("code")) + (f" ({detail})" if detail else ""))

    def _medication_name(self, item: Item) -> str:
        r = item.resource
        if "medicationCodeableConcept" in r:
            return concept_text(r["medicationCodeableConcept"])
        ref = (r.get("medicationReference") or {}).get("reference", "")
        target = self.resolve(ref, item) if ref else None
        if target is not None:
            return concept_text(target.resource.get("code"))
        return (r.get("medicationReference") or {}).get("display") or f"medication '{ref}' (not in the Bundle)"

    def _medicationstatement(self, item: Item) -> None:
        self._add_medication(item, "dosage")

    def _medicationrequest(self, item: Item) -> None:
        self._add_medication(item, "dosageInstruction")

    def _add_medication(self, item: Item, dosage_key: str) -> None:
        r = item.resource
        doses = []
        for dosage in r.get(dosage_key) or []:
            if dosage.get("text"):
                doses.append(dosage["text"])
            for rate in dosage.get("doseAndRate") or []:
                if rate.get("doseQuantity"):
                    number, unit = quantity_of(rate["doseQuantity"])
                    doses.append(f"{number:g} {unit}".strip() if number is not None else unit)
        status = r.get("status", "")
        text = ", ".join([self._medication_name(item), *doses])
        self.lists["medications"].append(text + (f" ({status})" if status not in ("", "active") else ""))

    def _observation(self, item: Item) -> None:
        r = item.resource
        name = concept_text(r.get("code")) or label(r)
        loinc = codes_in(r.get("code"), codes.LOINC)
        categories = all_codes(r.get("category"))
        when = time_of(r, "effectiveDateTime", "effectiveInstant", "effectivePeriod", "issued")
        if codes.BLOOD_PRESSURE_PANEL in loinc or loinc & set(codes.VITAL_SIGN_CODES):
            parts = r.get("component") if codes.BLOOD_PRESSURE_PANEL in loinc else [r]
            for part in parts or []:
                self._vital(concept_text(part.get("code")) or name, codes_in(part.get("code"), codes.LOINC), part, when)
            return
        number, text, unit = value_of(r)
        if not text and not r.get("component") and r.get("hasMember"):
            return  # a panel that only groups its members: each member is an Observation read on its own
        if r.get("component"):
            text = "; ".join(filter(None, [text, *(f"{concept_text(c.get('code'))} {' '.join(value_of(c)[1:]).strip()}"
                                                   for c in r["component"])]))
        shown = (f"{text} {unit}".strip() or "(no value)") + (f" @ {when}" if when else "")
        if "vital-signs" in categories:
            _put(self.vitals_other, name, shown)
        elif "social-history" in categories:
            self.text["social_history"].append(f"{name}: {shown}")
        elif "exam" in categories:
            _put(self.examination, name, shown)
        elif "laboratory" in categories or (number is not None and not r.get("component") and not categories):
            self.labs.append(self._lab(r, name, number, text, unit, when))
        else:
            _put(self.other_results, name, shown)

    def _vital(self, name: str, loinc: set[str], obs: dict[str, Any], when: str) -> None:
        number, text, unit = value_of(obs)
        field = next((codes.VITAL_SIGN_CODES[c] for c in sorted(loinc) if c in codes.VITAL_SIGN_CODES), None)
        units = codes.VITAL_SIGN_UNITS.get(field or "", {})
        quantity = obs.get("valueQuantity") or {}
        convert = units.get(quantity.get("code")) or units.get(unit)  # the UCUM code first, then the shown unit
        value = convert(number) if convert is not None and number is not None else None
        if value is not None:
            try:
                Vitals(**{field: value})
            except ValidationError:
                value = None
                self.notices.append(f"{name} {text} {unit}: not a plausible value, kept as recorded text")
        if value is None or (field in self.vitals and self.vital_times[field][0] > when):
            _put(self.vitals_other, name + (f" @ {when}" if when else ""), f"{text} {unit}".strip())
            return
        if field in self.vitals:  # an earlier reading stays visible beside the latest
            earlier, shown = self.vital_times[field]
            _put(self.vitals_other, f"{name} @ {earlier}" if earlier else f"{name} (earlier)", shown)
        self.vitals[field], self.vital_times[field] = value, (when, f"{text} {unit}".strip())

    @staticmethod
    def _lab(r: dict[str, Any], name: str, number: float | None, text: str, unit: str, when: str) -> LabResult:
        ranges = r.get("referenceRange") or []
        first = ranges[0] if ranges else {}
        low = quantity_of(first["low"])[0] if first.get("low") else None
        high = quantity_of(first["high"])[0] if first.get("high") else None
        others = [x.get("text") or f"{value_of({'valueRange': x})[1]} {value_of({'valueRange': x})[2]}".strip()
                  for x in ranges[1:]]  # e.g. ranges for another age or sex: shown, not applied
        ref_text = "; ".join(filter(None, [first.get("text", ""), *others]))
        interpretation = ", ".join(concept_text(c) for c in r.get("interpretation") or [])
        if interpretation and low is None and high is None:
            ref_text = "; ".join(filter(None, [ref_text, f"interpretation: {interpretation}"]))
        return LabResult(name=name, value=number if number is not None else (text or "(no value)"), unit=unit,
                         reference_low=low, reference_high=high, reference_text=ref_text, time=when or None)

    def _imagingstudy(self, item: Item) -> None:
        r = item.resource
        series = r.get("series") or []
        modalities = [c.get("code") for c in r.get("modality") or []] + [(s.get("modality") or {}).get("code")
                                                                          for s in series]
        modalities = [m for m in dict.fromkeys(modalities) if m]
        uid = next((str(i.get("value", "")).removeprefix("urn:oid:") for i in r.get("identifier") or []
                    if i.get("system") == "urn:dicom:uid"), "")
        sites = dict.fromkeys((s.get("bodySite") or {}).get("display") or (s.get("bodySite") or {}).get("code")
                              for s in series)
        described = [r.get("description", ""), *(s.get("description", "") for s in series)]
        description = "; ".join(filter(None, [*described, f"started {r['started']}" if r.get("started") else "",
                                              f"StudyInstanceUID {uid}" if uid else ""]))
        study_id = str(r.get("id") or f"img{len(self.imaging) + 1}")
        self.imaging[study_id] = ImagingStudy(id=study_id, modality="/".join(modalities) or "OT",
                                              body_part=", ".join(s for s in sites if s), description=description)

    def _diagnosticreport(self, item: Item) -> None:
        r = item.resource
        name = concept_text(r.get("code")) or label(r)
        texts = [r.get("conclusion", ""), *(concept_text(c) for c in r.get("conclusionCode") or [])]
        for n, form in enumerate(r.get("presentedForm") or []):
            body = attachment_text(form)
            if body is None:
                self.notices.append(f"{label(r)} at {item.path}.presentedForm[{n}]: not inline text, not read")
            texts.append(body or "")
        report = "\n".join(t for t in texts if t)
        categories = all_codes(r.get("category"))
        studies = [self.resolve(ref.get("reference", ""), item) for ref in r.get("imagingStudy") or []]
        studies = [s for s in studies if s is not None and s.kind == "ImagingStudy"]
        if studies or categories & set(codes.IMAGING_REPORT_CATEGORIES):
            for study in studies:
                key = str(study.resource.get("id"))
                if key in self.imaging:
                    old = self.imaging[key]
                    self.imaging[key] = old.model_copy(update={"report": "\n".join(filter(None, [old.report, report]))})
            if not studies:
                study_id = str(r.get("id") or f"img{len(self.imaging) + 1}")
                study_id += "-report" if study_id in self.imaging else ""
                modality = next((codes.IMAGING_REPORT_CATEGORIES[c] for c in sorted(categories)
                                 if c in codes.IMAGING_REPORT_CATEGORIES and c != "RAD"), "OT")
                self.imaging[study_id] = ImagingStudy(id=study_id, modality=modality, description=name, report=report)
        elif categories & codes.PATHOLOGY_REPORT_CATEGORIES:
            self.pathology.append(PathologySpecimen(id=str(r.get("id") or f"spec{len(self.pathology) + 1}"),
                                                    description=name, report=report))
        elif report:  # a lab report: its results are Observations, read on their own
            _put(self.other_results, name, report)

    def _composition(self, item: Item) -> None:
        sections = item.resource.get("section") or []
        if not sections and (item.resource.get("text") or {}).get("div"):
            self._place("", item.resource.get("title", ""), narrative(item.resource["text"]["div"]))
        stack = list(sections)
        while stack:
            section = stack.pop(0)
            stack[:0] = section.get("section") or []
            text = narrative((section.get("text") or {}).get("div", ""))
            self._place(next(iter(codes_in(section.get("code"), codes.LOINC)), ""),
                        section.get("title") or concept_text(section.get("code")), text)

    def _documentreference(self, item: Item) -> None:
        r = item.resource
        loinc = next(iter(codes_in(r.get("type"), codes.LOINC)), "")
        title = r.get("description") or concept_text(r.get("type")) or label(r)
        for n, content in enumerate(r.get("content") or []):
            text = attachment_text(content.get("attachment") or {})
            if text is None:
                self.notices.append(f"{label(r)} at {item.path}.content[{n}].attachment: not inline text "
                                    "(Consilium fetches no links), not read")
            else:
                self._place(loinc, title, text)

    def _place(self, loinc: str, title: str, text: str) -> None:
        if not text:
            return
        target = codes.SECTION_CODES.get(loinc) or ("examination" if re.search(r"exam|finding", title, re.I) else "history")
        if target == "examination":
            _put(self.examination, title or "Examination", text)
        elif target == "history" and title and codes.SECTION_CODES.get(loinc) != "history":
            self.text["history"].append(f"{title}: {text}")
        else:
            self.text[target].append(text)

    def _task(self, item: Item) -> None:
        r = item.resource
        asked = [r.get("description", ""), *(n.get("text", "") for n in r.get("note") or [])]
        self.questions += [q for q in asked if q] or [concept_text(r.get("code"))] * bool(r.get("code"))

    def _servicerequest(self, item: Item) -> None:
        r = item.resource
        asked = [n.get("text", "") for n in r.get("note") or []]
        reasons = ", ".join(concept_text(c) for c in r.get("reasonCode") or [])
        if not any(asked) and r.get("code"):
            asked = [concept_text(r["code"]) + (f" for {reasons}" if reasons else "")]
        self.questions += [q for q in asked if q]
