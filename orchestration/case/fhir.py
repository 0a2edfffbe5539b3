"""A case from a FHIR R4 or R4B Bundle: every resource validated with ``fhir.resources``, then mapped.

The Bundle is one patient's record. Each entry's resource is validated on its own (the R4B models read
R4 resources of the kinds used here alike), so that an invalid one is named by its type, id and JSON
path; all invalid resources are reported together and the case is not built, because a case silently
missing a lab value or an allergy is worse than no case. A resource of a kind Consilium does not read
is listed as ignored; a reference that does not resolve is reported and the rest is still read. What
each resource becomes in the case is :mod:`consilium.orchestration.case.fhir_map`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from consilium.orchestration.case.fhir_map import MAPPED_KINDS, CaseDraft, Item
from consilium.orchestration.case.fhir_values import label
from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import InputError, MissingDependency

# Kinds read only when a mapped resource refers to them (a MedicationRequest's Medication).
REFERENCED_KINDS = frozenset({"Medication"})
# The references Consilium follows; others (performer, encounter, ...) it has no use for.
_FOLLOWED = ("subject", "patient", "result", "imagingStudy", "medicationReference", "focus", "for")
_MAX_ERRORS_SHOWN = 10


class FhirBundleError(InputError, ValueError):
    """The Bundle cannot become a case; the message names each resource (type/id) and JSON path at fault."""


@dataclass
class BundleImport:
    """The case read from a Bundle and what the clinician should know about the reading."""

    case: Case
    ignored: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def messages(self) -> list[str]:
        out = list(self.notices)
        if self.ignored:
            out.append(f"FHIR resources Consilium does not read, ignored ({len(self.ignored)}): "
                       + ", ".join(self.ignored))
        return out


def is_fhir_resource(record: Any) -> bool:
    return isinstance(record, dict) and isinstance(record.get("resourceType"), str)


def case_from_bundle(bundle: dict[str, Any], *, default_id: str, base_dir: Path) -> BundleImport:
    """Validate and read one Bundle; raises :class:`FhirBundleError` naming every invalid resource."""
    kind = bundle.get("resourceType")
    if kind != "Bundle":
        raise FhirBundleError(f"a FHIR {kind} resource, not a Bundle: Consilium reads a case from a Bundle "
                              "(R4 or R4B) holding the patient's resources")
    model_for = _model_classes()
    _validate(bundle, "Bundle", model_for("Bundle"), strip_resources=True)
    items, ignored, notices = _entries(bundle)
    errors = [err for item in items for err in _validation_errors(item, model_for)]
    if errors:
        more = len(errors) - _MAX_ERRORS_SHOWN
        raise FhirBundleError("invalid FHIR resources (Consilium reads R4 and R4B): "
                              + "; ".join(errors[:_MAX_ERRORS_SHOWN]) + (f"; and {more} more" if more > 0 else ""))
    patients = [i for i in items if i.kind == "Patient"]
    if len(patients) > 1:
        raise FhirBundleError(f"the Bundle holds {len(patients)} Patient resources ("
                              + ", ".join(label(p.resource) for p in patients) + "): a case is one patient")
    index = _Index(bundle, items)
    mapped = [i for i in items if i.kind in MAPPED_KINDS]
    mapped += [c for i in mapped for c in _contained(i, ignored) if c.kind in MAPPED_KINDS]
    for item in mapped:
        notices += index.unresolved(item)
    draft = CaseDraft(index.resolve, reference_date=_reference_date(bundle, notices))
    for item in sorted(mapped, key=lambda i: MAPPED_KINDS.index(i.kind)):
        try:
            draft.add(item)
        except (ValidationError, ValueError, TypeError, KeyError, AttributeError) as exc:
            # valid FHIR that the case model refuses (a birth date after the record's date, say)
            raise FhirBundleError(f"{label(item.resource)} at {item.path} cannot be read into a case: "
                                  f"{type(exc).__name__}: {exc}") from None
    ignored += [f"{label(i.resource)} ({i.path}, referred to by nothing read)" for i in items
                if i.kind in REFERENCED_KINDS and i.path not in index.followed]
    if not patients:
        notices.append("the Bundle has no Patient resource: age and sex are unknown")
    try:
        case = draft.build(default_id=default_id)
    except ValidationError as exc:
        raise FhirBundleError(f"the case read from the Bundle is not valid: {exc}") from None
    return BundleImport(case=case.resolve_files(base_dir), ignored=ignored, notices=notices + draft.notices)


def _model_classes():
    try:
        from fhir.resources.R4B import get_fhir_model_class
    except ImportError:
        raise MissingDependency("reading a FHIR Bundle needs the 'fhir.resources' package (8.x): "
                                "pip install 'fhir.resources>=8,<9' (it comes with the 'ui' extra)") from None
    return get_fhir_model_class


def _entries(bundle: dict[str, Any]) -> tuple[list[Item], list[str], list[str]]:
    items: list[Item] = []
    ignored: list[str] = []
    notices: list[str] = []
    for n, entry in enumerate(bundle.get("entry") or []):
        path = f"Bundle.entry[{n}]"
        resource = entry.get("resource")
        if resource is None:
            request = entry.get("request") or {}
            what = f" ({request.get('method')} {request.get('url')})" if request else ""
            notices.append(f"{path} has no resource{what}: nothing to read")
            continue
        if not is_fhir_resource(resource):
            raise FhirBundleError(f"{path}.resource is not a FHIR resource (an object with a resourceType)")
        item = Item(resource, f"{path}.resource", full_url=entry.get("fullUrl"))
        if item.kind in MAPPED_KINDS or item.kind in REFERENCED_KINDS:
            items.append(item)
        else:
            ignored.append(f"{label(resource)} ({item.path})")
    return items, ignored, notices


def _contained(item: Item, ignored: list[str]) -> list[Item]:
    out = []
    for n, resource in enumerate(item.resource.get("contained") or []):
        child = Item(resource, f"{item.path}.contained[{n}]", parent=item)
        if child.kind not in MAPPED_KINDS and child.kind not in REFERENCED_KINDS:
            ignored.append(f"{label(resource)} ({child.path})")
        out.append(child)
    return out


def _validation_errors(item: Item, model_for) -> list[str]:
    try:
        _validate(item.resource, item.path, model_for(item.kind))
    except FhirBundleError as exc:
        return [f"{label(item.resource)} at {exc}"]
    return []


def _validate(data: dict[str, Any], path: str, model: type, *, strip_resources: bool = False) -> None:
    if strip_resources:  # the Bundle's own fields; its resources are validated one by one
        data = {**data, "entry": [{k: v for k, v in e.items() if k != "resource"} if isinstance(e, dict) else e
                                  for e in data.get("entry") or []]}
    try:
        model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = path + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"])
        more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
        raise FhirBundleError(f"{where}: {first['msg']}{more}") from None


class _Index:
    """Finds a referenced resource by the forms a Bundle uses: fullUrl, Type/id, an absolute URL ending
    in Type/id, or #id for a resource contained in the one that refers to it."""

    def __init__(self, bundle: dict[str, Any], items: list[Item]) -> None:
        self.by_key: dict[str, Item] = {}
        self.followed: set[str] = set()  # paths of the resources some reference led to
        for item in items:
            if item.full_url:
                self.by_key[item.full_url] = item
            if item.resource.get("id"):
                self.by_key[f"{item.kind}/{item.resource['id']}"] = item

    def resolve(self, reference: str, source: Item) -> Item | None:
        found = self._find(reference, source)
        if found is not None:
            self.followed.add(found.path)
        return found

    def _find(self, reference: str, source: Item) -> Item | None:
        if reference.startswith("#"):
            owner = source.parent or source
            return next((Item(r, f"{owner.path}.contained[{n}]", parent=owner)
                         for n, r in enumerate(owner.resource.get("contained") or [])
                         if r.get("id") == reference[1:]), None)
        if reference in self.by_key:
            return self.by_key[reference]
        tail = "/".join(reference.split("/_history/")[0].rstrip("/").split("/")[-2:])
        return self.by_key.get(tail)

    def unresolved(self, item: Item) -> list[str]:
        out = []
        for key in _FOLLOWED:
            value = item.resource.get(key)
            refs = value if isinstance(value, list) else [value]
            for n, ref in enumerate(refs):
                text = ref.get("reference") if isinstance(ref, dict) else None
                if text and self.resolve(text, item) is None:
                    where = f"{item.path}.{key}" + (f"[{n}]" if isinstance(value, list) else "")
                    whose = " (check that it is this patient's)" if key in ("subject", "patient", "for") else ""
                    out.append(f"{label(item.resource)} at {where}: reference '{text}' is not in the Bundle; "
                               f"read without it{whose}")
        return out


def _reference_date(bundle: dict[str, Any], notices: list[str]) -> date:
    """Ages are computed at the Bundle's timestamp (when the record was assembled), else today."""
    stamp = bundle.get("timestamp")
    if isinstance(stamp, str):
        try:
            return datetime.fromisoformat(stamp.replace("Z", "+00:00")).date()
        except ValueError:
            pass
    if any(i.get("resourceType") == "Patient" and i.get("birthDate")
           for i in (e.get("resource") for e in bundle.get("entry") or []) if isinstance(i, dict)):
        notices.append("the Bundle has no timestamp: the patient's age is computed at today's date")
    return date.today()
