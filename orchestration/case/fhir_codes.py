"""The codes and unit conversions the FHIR reader relies on, each with its source, kept in this one place.

Sources: LOINC (https://loinc.org) for the observation and document-section codes; the FHIR R4 Vital
Signs profile (http://hl7.org/fhir/R4/observation-vitalsigns.html) for which LOINC code carries which
vital sign and in which UCUM unit; UCUM (https://ucum.org) for the unit codes; the exact definitions of
the international pound (0.45359237 kg) and inch (2.54 cm) for the conversions.
"""

from __future__ import annotations

LOINC = "http://loinc.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"

# LOINC code -> the Vitals field it fills (FHIR R4 Vital Signs profile).
VITAL_SIGN_CODES: dict[str, str] = {
    "8867-4": "heart_rate",        # Heart rate
    "9279-1": "respiratory_rate",  # Respiratory rate
    "59408-5": "spo2",             # Oxygen saturation in arterial blood by pulse oximetry
    "2708-6": "spo2",              # Oxygen saturation in arterial blood
    "8310-5": "temperature_c",     # Body temperature
    "8480-6": "systolic_bp",       # Systolic blood pressure
    "8462-4": "diastolic_bp",      # Diastolic blood pressure
    "29463-7": "weight_kg",        # Body weight
    "8302-2": "height_cm",         # Body height
}
# Blood pressure panel: its systolic and diastolic values come as components with the codes above.
BLOOD_PRESSURE_PANEL = "85354-9"


def fahrenheit_to_celsius(fahrenheit: float) -> float:
    """Degrees Fahrenheit to Celsius, to one decimal as thermometers show it."""
    return round((fahrenheit - 32) / 1.8, 1)


# Vitals field -> {UCUM or common unit text: function to the field's unit}. A unit not listed here is
# not guessed at: the reading is kept as recorded text instead.
_SAME = float
VITAL_SIGN_UNITS: dict[str, dict[str, object]] = {
    "heart_rate": {"/min": _SAME, "{beats}/min": _SAME, "beats/min": _SAME, "bpm": _SAME},
    "respiratory_rate": {"/min": _SAME, "{breaths}/min": _SAME, "breaths/min": _SAME},
    "spo2": {"%": _SAME},
    "temperature_c": {"Cel": _SAME, "°C": _SAME, "C": _SAME, "[degF]": fahrenheit_to_celsius,
                      "°F": fahrenheit_to_celsius, "degF": fahrenheit_to_celsius, "F": fahrenheit_to_celsius},
    "systolic_bp": {"mm[Hg]": _SAME, "mmHg": _SAME},
    "diastolic_bp": {"mm[Hg]": _SAME, "mmHg": _SAME},
    "weight_kg": {"kg": _SAME, "g": lambda g: g / 1000, "[lb_av]": lambda lb: round(lb * 0.45359237, 1),
                  "lb": lambda lb: round(lb * 0.45359237, 1)},
    "height_cm": {"cm": _SAME, "m": lambda m: m * 100, "[in_i]": lambda inch: round(inch * 2.54, 1),
                  "in": lambda inch: round(inch * 2.54, 1)},
}

# LOINC document and section codes -> the Case field their text belongs to (LOINC document ontology;
# the section codes are those HL7 C-CDA and the International Patient Summary use).
SECTION_CODES: dict[str, str] = {
    "10154-3": "presenting_complaint",   # Chief complaint
    "46239-0": "presenting_complaint",   # Chief complaint and reason for visit
    "10164-2": "history",                # History of present illness
    "34117-2": "history",                # History and physical note
    "11488-4": "history",                # Consult note
    "11348-0": "past_medical_history",   # History of past illness
    "11369-6": "past_medical_history",   # History of immunization
    "47519-4": "past_medical_history",   # History of procedures
    "29762-2": "social_history",         # Social history
    "10157-6": "family_history",         # History of family member diseases
    "10187-3": "review_of_systems",      # Review of systems
    "29545-1": "examination",            # Physical findings
    "8716-3": "examination",             # Vital signs (as narrative)
}

# DiagnosticReport.category codes (HL7 v2 table 0074, http://terminology.hl7.org/CodeSystem/v2-0074)
# that mean an imaging report or a pathology report; every other report is read for its observations.
# An imaging report's category also names its modality (as a DICOM modality code) where it says one.
IMAGING_REPORT_CATEGORIES: dict[str, str] = {"RAD": "OT", "RX": "XR", "CT": "CT", "NMR": "MR", "NMS": "NM",
                                             "VUS": "US", "CUS": "US", "RUS": "US", "OUS": "US"}
PATHOLOGY_REPORT_CATEGORIES = frozenset({"PAT", "SP", "CP", "CG"})

# Statuses after which a resource says nothing true about the patient (FHIR R4 value sets).
NOT_A_FACT = frozenset({"entered-in-error", "refuted"})
