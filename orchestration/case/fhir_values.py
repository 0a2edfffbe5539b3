"""Reading FHIR datatypes as text and numbers: CodeableConcepts, Quantities, value[x], narratives, statuses."""

from __future__ import annotations

import base64
import binascii
import html
import re
from typing import Any


def label(resource: dict[str, Any]) -> str:
    return f"{resource.get('resourceType', '(no resourceType)')}/{resource.get('id') or '(no id)'}"


def concept_text(concept: dict[str, Any] | None) -> str:
    """A CodeableConcept as a clinician would read it: its text, else a coding's display, else a code."""
    if not concept:
        return ""
    if concept.get("text"):
        return str(concept["text"])
    codings = concept.get("coding") or []
    return next((str(c["display"]) for c in codings if c.get("display")), "") or \
        next((str(c["code"]) for c in codings if c.get("code")), "")


def codes_in(concept: dict[str, Any] | None, system: str) -> set[str]:
    return {str(c.get("code")) for c in (concept or {}).get("coding") or [] if c.get("system") == system}


def all_codes(concepts: list[dict[str, Any]] | None) -> set[str]:
    return {str(c.get("code")) for concept in concepts or [] for c in concept.get("coding") or []}


def narrative(div: str) -> str:
    text = re.sub(r"<\s*(br|/p|/div|/li|/tr|/h\d)\s*/?>", "\n", div, flags=re.I)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def quantity_of(q: dict[str, Any]) -> tuple[float | None, str]:
    value = q.get("value")
    return (float(value) if value is not None else None), str(q.get("unit") or q.get("code") or "")


def value_of(obs: dict[str, Any]) -> tuple[float | None, str, str]:
    """(number, text, unit) of an Observation's or a component's value[x]."""
    if "valueQuantity" in obs:
        number, unit = quantity_of(obs["valueQuantity"])
        comparator = obs["valueQuantity"].get("comparator", "")
        return (None if comparator else number), f"{comparator}{number:g}" if number is not None else "", unit
    for key, to_text in (("valueCodeableConcept", concept_text), ("valueString", str), ("valueBoolean", str),
                         ("valueInteger", str), ("valueDateTime", str), ("valueTime", str)):
        if key in obs:
            return (float(obs[key]) if key == "valueInteger" else None), to_text(obs[key]), ""
    if "valueRange" in obs:
        low, unit = quantity_of(obs["valueRange"].get("low") or {})
        high, unit2 = quantity_of(obs["valueRange"].get("high") or {})
        return None, f"{'' if low is None else f'{low:g}'}-{'' if high is None else f'{high:g}'}", unit or unit2
    if "dataAbsentReason" in obs:
        return None, f"not available ({concept_text(obs['dataAbsentReason'])})", ""
    return None, "", ""


def time_of(resource: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = resource.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, dict) and (value.get("start") or value.get("end")):
            return f"{value.get('start', '')}..{value.get('end', '')}"
    return ""


def status_of(resource: dict[str, Any]) -> str:
    """The status worth showing: an unconfirmed verification first, else the clinical status, else status."""
    def code(key: str) -> str:
        concept = resource.get(key) or {}
        return next((str(c["code"]) for c in concept.get("coding") or [] if c.get("code")), "") or \
            str(concept.get("text") or "").lower()

    verification = code("verificationStatus")
    if verification and verification != "confirmed":
        return verification
    return code("clinicalStatus") or str(resource.get("status") or "")


def attachment_text(attachment: dict[str, Any]) -> str | None:
    """Inline text of an attachment; None when it is a link or not text (Consilium fetches nothing)."""
    kind = str(attachment.get("contentType") or "text/plain").split(";")[0].strip()
    if "data" not in attachment or not kind.startswith("text/"):
        return None
    try:
        text = base64.b64decode(attachment["data"], validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    return narrative(text) if kind == "text/html" else text.strip()
