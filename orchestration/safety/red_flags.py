"""Deterministic detection of time-critical patterns in a case, before and beside any model.

:func:`detect_red_flags` applies fixed rules to a :class:`Case` — sepsis screening (qSOFA, NEWS2, lactate),
acute coronary syndrome, stroke with its treatment windows, cauda equina, critical lab values,
anaphylaxis, meningitis, ectopic pregnancy, subarachnoid haemorrhage, aortic dissection, testicular
torsion, GI bleeding, DKA, neutropenic sepsis, pulmonary embolism, suicide risk, hypoxia, shock and
coma — and returns :class:`RedFlag` objects sorted by urgency. Each says which criteria were met
and in which case fields they were found, so a clinician can check it. Findings that are denied
("denies chest pain"), a relative's, past history or hypothetical do not count
(:mod:`consilium.orchestration.safety.flag_text`), and a look-alike lowers a flag where no stronger sign is
present: pleuritic or chest-wall pain, a chest infection that explains pleuritic pain, a lower motor neurone
facial palsy (:mod:`consilium.orchestration.safety.flag_lookalikes`). Scores and vital-sign limits, with their
sources, are in :mod:`consilium.orchestration.safety.flag_scores`. Precision and recall per flag on labelled
vignettes: ``python -m consilium.orchestration.safety.evaluate_flags``.

The rules flag; they do not diagnose. They favour sensitivity, and a missing flag is no reassurance.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict

from consilium.orchestration.case.model import Case
from consilium.orchestration.safety.flag_labs import LabValue, critical, read_labs
from consilium.orchestration.safety.flag_patterns import (
    AIRWAY, ALTERED, ANAPHYLAXIS, BACK_PAIN, BILATERAL, CES_IMAGING, CHEMO, CHEST_PAIN, CHEST_PAIN_SPREADING, COLLAPSE,
    DIAPHORESIS, DISSECTION, ECTOPIC_SEVERE, EXPOSURE, FEVER, FOCAL, GI_BLEED, GI_SYMPTOMS, HEADACHE, INFECTION, INTRAUTERINE,
    KETOSIS, NECK, ONSET, PE, PELVIC, PHOTOPHOBIA, PREGNANT, PURPURA, RADIATION, SADDLE, SAH, SKIN, SOFT_ACS,
    SPHINCTER, ST_CHANGES, ST_ELEVATION, SUICIDE, SUICIDE_PLAN, TIA, TORSION, WAKE_UP, ONSET_WORDS, rx,
)
from consilium.orchestration.safety.flag_lookalikes import (
    CHEST_INFECTION, FACIAL_DEFICIT, LMN_FACIAL, NON_CARDIAC_PAIN, PE_SPECIFIC, TREATMENT_CURRENT,
    TREATMENT_ENDED, VTE_RISK,
)
from consilium.orchestration.safety.flag_scores import (
    COMA_GCS, HYPOTENSION_SBP, HYPOXAEMIA_SPO2, HYPOXAEMIA_SPO2_SEVERE, QSOFA_RR, QSOFA_SBP, SEPSIS_LACTATE,
    SEPSIS_LACTATE_IMMEDIATE, SEPSIS_NEWS2_IMMEDIATE, SEPSIS_NEWS2_URGENT, news2,
)
from consilium.orchestration.safety.flag_text import CaseReader, Hit, Value

Urgency = Literal["immediate", "urgent", "soon"]
_ORDER = {"immediate": 0, "urgent": 1, "soon": 2}


class RedFlag(BaseModel):
    """A time-critical pattern found in a case."""

    model_config = ConfigDict(extra="forbid")

    name: str
    urgency: Urgency
    criteria_met: list[str]
    evidence: list[str]  # the case fields the criteria were found in
    recommendation: str


class _Rules:
    """The facts the rules read, each with where it came from."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.reader = CaseReader(case)
        self.labs = read_labs(case, self.reader.sources)

    def find(self, rx: re.Pattern[str]) -> list[Hit]:
        return self.reader.find(rx)

    def vital(self, name: str, test) -> Value | None:  # type: ignore[no-untyped-def]
        v = self.reader.vital(name)
        return v if v is not None and test(v.value) else None

    def lab(self, key: str, test) -> LabValue | None:  # type: ignore[no-untyped-def]
        return next((v for v in self.labs if v.key == key and test(v.value)), None)

    def troponin_raised(self) -> LabValue | None:
        for v in self.labs:
            if v.key == "troponin":
                limit = 26.0 if re.search(r"tn?i\b|troponin i", (v.raw + v.field).lower()) else 14.0
                if v.high_flag or v.value > limit:
                    return v
        return None

    def onset_hours(self) -> tuple[float | None, str]:
        """The shortest stated time since onset, in hours, or None (unknown or wake-up)."""
        best: tuple[float | None, str] = (None, "")
        for field, text in self.reader.sources:
            for pattern in ONSET:
                for m in pattern.finditer(text):
                    n = m.group("n").lower()
                    num = float(n) if n[0].isdigit() else ONSET_WORDS.get(n, 1.0)
                    unit = m.group("u").lower()
                    hours = num / 60 if unit.startswith("m") else num * 24 if unit.startswith("d") else num
                    if best[0] is None or hours < best[0]:
                        best = (hours, f"{m.group()} ({field})")
        return best


def _flag(name: str, urgency: Urgency, met: list[tuple[str, str]], recommendation: str) -> RedFlag:
    return RedFlag(name=name, urgency=urgency, criteria_met=[c for c, _ in met],
                   evidence=list(dict.fromkeys(f for _, f in met)), recommendation=recommendation)


def _hits(label: str, hits: list[Hit]) -> list[tuple[str, str]]:
    return [(f"{label}: '{h.text}'", h.field) for h in hits]


def _val(label: str, v: Value | LabValue | None, unit: str = "") -> list[tuple[str, str]]:
    if v is None:
        return []
    return [(f"{label} {v.value:.3g}{(' ' + unit) if unit else ''}", v.field)]


def _sepsis(x: _Rules) -> list[RedFlag]:
    rr, sbp = x.vital("respiratory_rate", lambda v: v >= QSOFA_RR), x.vital("systolic_bp", lambda v: v <= QSOFA_SBP)
    gcs = x.vital("gcs", lambda v: v < 15)
    confusion = x.find(ALTERED)[:1]
    mentation = _hits("altered mentation", confusion) or _val("GCS", gcs, "/15")
    qsofa = (_val(f"respiratory rate ≥{QSOFA_RR}:", rr, "/min") + _val(f"systolic BP ≤{QSOFA_SBP}:", sbp, "mmHg")
             + mentation)
    n_q = (rr is not None) + (sbp is not None) + bool(mentation)
    early = news2(lambda name: (v.value if (v := x.reader.vital(name)) is not None else None),
                  bool(confusion) or gcs is not None)
    warning = [(f"NEWS2 {early.score}" + (f" (not recorded: {', '.join(early.missing)})" if early.missing else ""),
                "vitals")] if early.parts else []
    infection = _hits("suspected infection", x.find(INFECTION)[:2])
    lactate = x.lab("lactate", lambda v: v >= SEPSIS_LACTATE)
    high_lactate = lactate is not None and lactate.value >= SEPSIS_LACTATE_IMMEDIATE
    out = []
    if infection and (n_q >= 2 or early.score >= SEPSIS_NEWS2_IMMEDIATE or high_lactate):
        label = f"qSOFA {n_q}/3" if n_q >= 2 else f"NEWS2 {early.score}" if not high_lactate else "lactate ≥4"
        out.append(_flag(f"Sepsis screen positive ({label})", "immediate",
                         qsofa + warning + infection + _val("lactate", lactate, "mmol/L"),
                         "Assess for sepsis now: senior review, blood cultures, lactate, IV antibiotics within 1 hour "
                         "if sepsis is likely, fluids, hourly observations."))
    elif n_q >= 2 and not infection:  # qSOFA is defined for suspected infection; without one it still means deterioration
        out.append(_flag(f"qSOFA {n_q}/3 without a stated infection", "urgent", qsofa + warning,
                         "Look for sepsis and other causes of deterioration (bleeding, cardiac, PE); repeat observations."))
    elif infection and (early.score >= SEPSIS_NEWS2_URGENT or lactate is not None):
        label = f"NEWS2 {early.score}" if early.score >= SEPSIS_NEWS2_URGENT else "raised lactate"
        out.append(_flag(f"Possible sepsis ({label} with suspected infection)", "urgent",
                         warning + infection + _val("lactate", lactate, "mmol/L"),
                         "Sepsis screen: cultures, lactate, early antibiotics if sepsis is likely; escalate if "
                         "qSOFA rises or lactate ≥2."))
    neut = x.lab("neutrophils", lambda v: v < 1.0)
    fever = _val("temperature ≥38:", x.vital("temperature_c", lambda v: v >= 38)) or _hits("fever", x.find(FEVER)[:1])
    chemo = x.reader.mentions(CHEMO, current=_on_treatment) + x.find(rx(CHEMO))
    if fever and (neut is not None or chemo):
        out.append(_flag("Possible neutropenic sepsis", "immediate",
                         fever + _val("neutrophils", neut, "x10^9/L") + _hits("recent chemotherapy", chemo[:1]),
                         "Treat as neutropenic sepsis: broad-spectrum IV antibiotics within 1 hour, do not wait for "
                         "the neutrophil count."))
    return out


def _on_treatment(sentence: str) -> bool:
    return not TREATMENT_ENDED.search(sentence) or bool(TREATMENT_CURRENT.search(sentence))


def _acs(x: _Rules) -> list[RedFlag]:
    pain, stemi = x.find(CHEST_PAIN), x.find(ST_ELEVATION)
    trop, changes = x.troponin_raised(), x.find(ST_CHANGES)
    # Pleuritic, positional or chest-wall pain is unlikely to be cardiac: it flags only with an ECG or troponin
    # sign or radiation to the arm or jaw, never on breathlessness or sweating alone (both come with pneumonia).
    # A fever explains sweating too, so then sweating is no typical feature.
    atypical = x.find(NON_CARDIAC_PAIN)
    feverish = x.find(FEVER) or x.vital("temperature_c", lambda v: v >= 38)
    typical = x.find(RADIATION) + x.find(CHEST_PAIN_SPREADING) + ([] if atypical or feverish else x.find(DIAPHORESIS))
    rec = ("12-lead ECG within 10 minutes, senior review, serial troponin; aspirin and ACS pathway unless "
           "contraindicated.")
    if stemi:
        return [_flag("ST-elevation pattern (possible STEMI)", "immediate", _hits("ECG", stemi) + _hits("chest pain", pain),
                      "Activate the primary PCI / reperfusion pathway now.")]
    if pain and (trop is not None or changes):
        return [_flag("Acute coronary syndrome suspected", "immediate",
                      _hits("chest pain", pain[:1]) + _hits("ECG", changes[:2]) + _val("troponin raised (ng/L):", trop)
                      + _hits("typical feature", typical[:2]), rec)]
    if pain and typical:
        return [_flag("Chest pain with typical ACS features", "immediate",
                      _hits("chest pain", pain[:1]) + _hits("typical feature", typical[:3]), rec)]
    soft = x.find(SOFT_ACS)
    if pain and soft and not atypical:
        return [_flag("Chest pain with associated symptoms", "urgent", _hits("chest pain", pain[:1]) + _hits("with", soft[:2]),
                      rec)]
    if trop is not None:
        return [_flag("Raised troponin", "immediate", _val("troponin (ng/L)", trop),
                      "Interpret with ECG and symptoms; repeat troponin; exclude myocardial infarction.")]
    return []


def _stroke(x: _Rules) -> list[RedFlag]:
    deficit = x.find(FOCAL)
    # A facial palsy that involves the forehead is lower motor neurone (Bell's), not a stroke, unless more is affected.
    if all(FACIAL_DEFICIT.search(h.text) for h in deficit) and x.find(LMN_FACIAL):
        return []
    if not deficit:
        return []
    met = _hits("focal deficit", deficit[:3])
    hours, said = x.onset_hours()
    low_glucose = x.lab("glucose", lambda v: v < 4)
    met += _val("glucose low (mimic):", low_glucose, "mmol/L")
    if x.find(TIA) and not x.find(rx(r"\b(?:persist\w*|ongoing|still)\b")):
        return [_flag("Transient focal deficit (possible TIA)", "urgent", met + _hits("resolved", x.find(TIA)[:1]),
                      "Aspirin unless contraindicated and specialist TIA assessment within 24 hours.")]
    if hours is None:
        wake = x.find(WAKE_UP)
        return [_flag("Acute stroke suspected (onset time unknown)", "immediate",
                      met + (_hits("wake-up or unwitnessed onset", wake[:1]) or [("onset time not stated", "history")]),
                      "Stroke pathway now: establish last-known-well time, urgent CT/CT angiography; MRI may "
                      "select wake-up stroke for thrombolysis.")]
    met.append((f"onset {hours:g} h ago: {said.split(' (')[0]}", said.rsplit("(", 1)[-1].rstrip(")")))
    if hours <= 4.5:
        return [_flag("Acute stroke within thrombolysis window (≤4.5 h)", "immediate", met,
                      "Stroke pathway now: CT/CT angiography, thrombolysis and thrombectomy assessment.")]
    if hours <= 24:
        return [_flag("Acute stroke within thrombectomy window (≤24 h)", "immediate", met,
                      "Stroke pathway now: CT angiography/perfusion for thrombectomy selection.")]
    return [_flag("Stroke beyond reperfusion windows (>24 h)", "urgent", met,
                  "Urgent stroke assessment and imaging; admit to a stroke unit.")]


def _cauda_equina(x: _Rules) -> list[RedFlag]:
    saddle, sphincter, bilateral = x.find(SADDLE), x.find(SPHINCTER), x.find(BILATERAL)
    imaging, back = x.find(CES_IMAGING), x.find(BACK_PAIN)
    met = (_hits("saddle anaesthesia", saddle) + _hits("sphincter disturbance", sphincter[:2])
           + _hits("bilateral sciatica", bilateral[:1]) + _hits("imaging", imaging) + _hits("back pain", back[:1]))
    rec = "Suspected cauda equina syndrome: emergency MRI of the lumbosacral spine and spinal surgical referral now."
    if imaging or saddle or (sphincter and (back or bilateral)):
        return [_flag("Cauda equina syndrome suspected", "immediate", met, rec)]
    if bilateral:
        return [_flag("Bilateral sciatica (cauda equina risk)", "urgent", met,
                      "Ask about saddle sensation and bladder/bowel function; urgent MRI if any change.")]
    return []


def _critical_labs(x: _Rules) -> list[RedFlag]:
    return [_flag(f"Critical {v.key if v.key != 'ph' else 'pH'}: {meaning}", urgency,
                  [(f"{v.key} {v.value:.3g} {v.unit} (as written: {v.raw})".replace("  ", " "), v.field)],
                  "Confirm the result (repeat if spurious is possible), treat and inform the responsible clinician now.")
            for v, urgency, meaning in critical(x.labs)]



def _anaphylaxis(x: _Rules) -> list[RedFlag]:
    named, skin, airway = x.find(ANAPHYLAXIS), x.find(SKIN), x.find(AIRWAY)
    circulation = x.find(COLLAPSE)
    low_bp = _val("systolic BP <90:", x.vital("systolic_bp", lambda v: v < 90), "mmHg")
    exposure, gi = x.find(EXPOSURE), x.find(GI_SYMPTOMS)
    systems = sum(bool(s) for s in (skin, airway, circulation or low_bp, gi))
    met = (_hits("named", named) + _hits("skin/mucosa", skin[:2]) + _hits("airway/breathing", airway[:2])
           + _hits("circulation", circulation[:1]) + low_bp + _hits("gastrointestinal", gi[:1])
           + _hits("exposure", exposure[:1]))
    rec = "Anaphylaxis: IM adrenaline 0.5 mg (adult) now, call for help, airway, high-flow oxygen, fluids; repeat after 5 min."
    if named or (skin and (airway or circulation or low_bp)) or (exposure and systems >= 2 and (airway or circulation or low_bp)):
        return [_flag("Anaphylaxis suspected", "immediate", met, rec)]
    if exposure and systems >= 2:
        return [_flag("Possible allergic reaction (watch for anaphylaxis)", "urgent", met,
                      "Observe closely; treat as anaphylaxis at any airway, breathing or circulation sign.")]
    return []


def _meningitis(x: _Rules) -> list[RedFlag]:
    fever = _val("temperature ≥38:", x.vital("temperature_c", lambda v: v >= 38)) or _hits("fever", x.find(FEVER)[:1])
    neck, rash, photo = x.find(NECK), x.find(PURPURA), x.find(PHOTOPHOBIA)
    headache, mentation = x.find(HEADACHE), x.find(ALTERED)
    met = (fever + _hits("meningism", neck[:2]) + _hits("rash", rash[:1]) + _hits("photophobia", photo[:1])
           + _hits("headache", headache[:1]) + _hits("altered mentation", mentation[:1]))
    rec = ("Suspected bacterial meningitis/meningococcal disease: blood cultures and IV ceftriaxone (or local "
           "equivalent) without delay; do not delay antibiotics for LP or CT.")
    if rash and fever:
        return [_flag("Possible meningococcal sepsis (fever with non-blanching rash)", "immediate", met, rec)]
    if neck and (fever or headache or mentation):
        return [_flag("Meningitis suspected", "immediate", met, rec)]
    if fever and headache and (photo or mentation):
        return [_flag("Possible meningitis/encephalitis", "urgent", met,
                      "Examine for meningism and rash; low threshold for blood cultures, LP and empirical treatment.")]
    return []


def _ectopic(x: _Rules) -> list[RedFlag]:
    d = x.case.demographics
    if d.sex == "male" or (d.age_years is not None and not 10 <= d.age_years <= 55):
        return []
    pregnant = _hits("pregnancy", x.find(PREGNANT)[:1]) + _val("hCG (IU/L)", x.lab("hcg", lambda v: v > 25))
    pain = x.find(PELVIC)
    if not (pregnant and pain) or x.find(INTRAUTERINE):
        return []
    severe = x.find(ECTOPIC_SEVERE)
    unstable = (_val("heart rate >100:", x.vital("heart_rate", lambda v: v > 100), "/min")
                + _val("systolic BP <100:", x.vital("systolic_bp", lambda v: v < 100), "mmHg"))
    met = pregnant + _hits("pain/bleeding", pain[:2]) + _hits("severity", severe[:2]) + unstable
    if severe or unstable:
        return [_flag("Ruptured ectopic pregnancy suspected", "immediate", met,
                      "Resuscitate, crossmatch, urgent gynaecology/surgical review for theatre.")]
    return [_flag("Possible ectopic pregnancy", "urgent", met,
                  "Same-day early pregnancy assessment: transvaginal ultrasound and serum hCG.")]


def _single(x: _Rules) -> list[RedFlag]:
    """Patterns that need one finding: each (pattern, name, urgency, recommendation)."""
    rules = [
        (SAH, "Possible subarachnoid haemorrhage (thunderclap headache)", "immediate",
         "Urgent non-contrast CT head; if negative and within the window, LP for xanthochromia."),
        (DISSECTION, "Possible aortic dissection", "immediate",
         "Urgent CT aortography; control blood pressure and heart rate; avoid thrombolysis."),
        (TORSION, "Possible testicular torsion", "immediate", "Urgent urology review for scrotal exploration."),
    ]
    out = [_flag(name, urgency, _hits("finding", hits[:2]), rec)  # type: ignore[arg-type]
           for rx, name, urgency, rec in rules if (hits := x.find(rx))]
    if bleed := x.find(GI_BLEED):
        unstable = (_val("heart rate >100:", x.vital("heart_rate", lambda v: v > 100), "/min")
                    + _val("systolic BP <100:", x.vital("systolic_bp", lambda v: v < 100), "mmHg")
                    + _val("Hb <80 g/L:", x.lab("haemoglobin", lambda v: v < 80)))
        out.append(_flag("Gastrointestinal bleeding" + (" with instability" if unstable else ""),
                         "immediate" if unstable else "urgent", _hits("bleeding", bleed[:2]) + unstable,
                         "Resuscitate, group and crossmatch, Glasgow-Blatchford score, urgent endoscopy discussion."))
    glucose = x.lab("glucose", lambda v: v >= 11)
    ketotic = (_val("ketones ≥3:", x.lab("ketones", lambda v: v >= 3)) + _val("pH <7.3:", x.lab("ph", lambda v: v < 7.3))
               + _val("bicarbonate <15:", x.lab("bicarbonate", lambda v: v < 15)) + _hits("ketosis", x.find(KETOSIS)[:1]))
    if glucose is not None and ketotic:
        out.append(_flag("Diabetic ketoacidosis suspected", "immediate", _val("glucose (mmol/L)", glucose) + ketotic,
                         "DKA protocol: fixed-rate insulin, fluids, potassium monitoring, hourly glucose and ketones."))
    if suicide := x.find(SUICIDE):
        plan = any(SUICIDE_PLAN.search(h.text) for h in suicide) or x.find(rx(r"\b(?:(?:with|has|having) a (?:specific |clear )?plan|specific plan|intent|intends)\b"))
        out.append(_flag("Suicide risk", "immediate" if plan else "urgent", _hits("finding", suicide[:2]),
                         "Do not leave the patient alone if at immediate risk; urgent mental health assessment."))
    pe = x.find(PE)
    if pe and not any(PE_SPECIFIC.search(h.text) for h in pe) and x.find(CHEST_INFECTION) and not x.find(VTE_RISK):
        pe = []  # pleuritic pain or haemoptysis that a chest infection explains, with no VTE risk (Wells)
    if pe and (tachy := x.vital("heart_rate", lambda v: v > 100) or x.vital("spo2", lambda v: v < 94)):
        out.append(_flag("Possible pulmonary embolism", "urgent", _hits("finding", pe[:2]) + _val("vital sign", tachy),
                         "Wells score; CTPA or V/Q; consider anticoagulation while waiting if no contraindication."))
    spo2 = x.vital("spo2", lambda v: v < HYPOXAEMIA_SPO2)
    if spo2 is not None:
        out.append(_flag("Hypoxaemia", "immediate" if spo2.value < HYPOXAEMIA_SPO2_SEVERE else "urgent", _val("SpO2", spo2, "%"),
                         "Oxygen to target saturations (88-92% if at risk of hypercapnia), ABG, find the cause."))
    sbp = x.vital("systolic_bp", lambda v: v < HYPOTENSION_SBP)
    if sbp is not None:
        out.append(_flag("Hypotension / possible shock", "immediate", _val("systolic BP", sbp, "mmHg"),
                         "ABCDE assessment now: IV access, fluids, find the cause (sepsis, bleeding, cardiac, anaphylaxis)."))
    gcs = x.vital("gcs", lambda v: v <= COMA_GCS)
    if gcs is not None:
        out.append(_flag("Reduced consciousness (GCS ≤8)", "immediate", _val("GCS", gcs, "/15"),
                         "Protect the airway: anaesthetic/critical care review now."))
    return out


_RULES = (_sepsis, _acs, _stroke, _cauda_equina, _critical_labs, _anaphylaxis, _meningitis, _ectopic, _single)


def detect_red_flags(case: Case) -> list[RedFlag]:
    """All red flags in ``case``, most urgent first (then by name)."""
    facts = _Rules(case)
    flags = [flag for rule in _RULES for flag in rule(facts)]
    unique = {f.name: f for f in flags}
    return sorted(unique.values(), key=lambda f: (_ORDER[f.urgency], f.name))
