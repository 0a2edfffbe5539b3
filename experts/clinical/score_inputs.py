"""The inputs of each acute severity and risk score, read from a case (one reader per score).

Each reader returns ``{open-medicine field: Item}`` (see :mod:`consilium.experts.clinical.score_items`):
an input is documented with the text it rests on, or missing with the values that bound the score.
Items a score leaves to a clinician's judgement (Wells' "PE most likely", HEART's history grade) are
taken only where the case or a working diagnosis states them, and are otherwise missing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from consilium.experts.clinical.case_facts import (
    CURRENT_FIELDS, Fact, find, is_documented_none, past_history_is_none,
)
from consilium.experts.clinical.lab_catalog import match_analyte
from consilium.experts.clinical.score_items import (
    Item, age, altered, bun_mg_dl, chronic, current_texts, fact_item, lab, mentation, on_oxygen, unknown, vital,
    vital_item,
)
from consilium.experts.clinical.surgical_inputs import CHF, CVD, DIABETES, HYPERTENSION, MALIGNANCY, VTE

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case


def curb65_inputs(case: Case) -> dict[str, Item]:
    a = age(case)
    return {
        "confusion": altered(case),
        "bun": bun_mg_dl(case),
        "respiratory_rate": vital(case, "respiratory_rate", 40),
        "systolic_bp": vital(case, "systolic_bp", 70),
        "diastolic_bp": vital(case, "diastolic_bp", 50),
        "age": Item(a, f"age {a}", label="age") if a is not None else unknown("age", 30, 80),
    }


def qsofa_inputs(case: Case) -> dict[str, Item]:
    return {
        "respiratory_rate": vital(case, "respiratory_rate", 30),
        "systolic_blood_pressure": vital(case, "systolic_bp", 80),
        "altered_mentation": altered(case),
    }


def news2_inputs(case: Case) -> dict[str, Item]:
    level, evidence = mentation(case)
    return {
        "respiration_rate": vital(case, "respiratory_rate", 30),
        "spo2": vital(case, "spo2", 85),
        "on_supplemental_o2": on_oxygen(case),
        "systolic_bp": vital(case, "systolic_bp", 80),
        "pulse": vital(case, "heart_rate", 140),
        "consciousness": Item(level, evidence, label="consciousness (ACVPU)") if level
        else unknown("consciousness (ACVPU)", "alert", "unresponsive"),
        "temperature": vital(case, "temperature_c", 34.0),
    }


_LEG_SWELLING = r"\b(?:(?:calf|leg) (?:swelling|swollen|oedema|edema)|swollen (?:calf|leg)|(?:calf|leg) (?:is )?(?:swollen|tender))\b"
_HAEMOPTYSIS = r"\b(?:ha?emoptysis|cough(?:ing)? up blood|blood-stained sputum)\b"
_IMMOBILE = (r"\b(?:immobili[sz]\w*|bed ?rest|bed-?bound|bed-?ridden|confined to bed|plaster cast|(?:leg|lower limb) in "
             r"(?:a )?cast|post-?op(?:erative)?(?:ly)?|(?:surgery|operation|\w+ectomy|arthroplasty|replacement|fixation) "
             r"(?:\w+ )?(?:\d+|one|two|three|four|five|six|ten|several) (?:days?|weeks?) ago|recent (?:major )?surgery|"
             r"(?:day \d+|\d+ (?:days?|weeks?)) (?:after|post|following) (?:\w+ ){0,3}(?:surgery|operation|\w+ectomy|"
             r"arthroplasty|replacement|repair|fixation))\b")
_ACTIVE_CANCER = MALIGNANCY + r"|\bchemotherapy\b|\bpalliative\b"


def _pe_first(diagnoses: tuple[str, ...], case: Case) -> Item:
    """'PE the most likely diagnosis' is a clinician's judgement: taken only from the working diagnoses."""
    if diagnoses and re.search(r"(?i:pulmonary embol)|\bPE\b", diagnoses[0]):
        return Item(True, f"first working diagnosis: '{diagnoses[0]}'", label="PE most likely (judgement)")
    return unknown("PE as likely as any alternative (clinician's judgement)", False, True)


def wells_pe_inputs(case: Case, diagnoses: tuple[str, ...] = ()) -> dict[str, Item]:
    hr = vital_item(case, "heart_rate")
    return {
        "clinical_signs_dvt": fact_item(find(case, _LEG_SWELLING, CURRENT_FIELDS), "clinical signs of DVT"),
        "pe_most_likely_diagnosis": _pe_first(diagnoses, case),
        "heart_rate_gt_100": Item(hr.value > 100, hr.evidence, label="heart rate") if hr.known
        else unknown("heart rate", False, True),
        "immobilization_or_surgery": fact_item(find(case, _IMMOBILE), "immobilisation or surgery in 4 weeks"),
        "previous_dvt_pe": fact_item(_chronic_history(case, VTE), "previous DVT/PE"),
        "hemoptysis": fact_item(find(case, _HAEMOPTYSIS, CURRENT_FIELDS), "haemoptysis"),
        "malignancy": fact_item(chronic(case, _ACTIVE_CANCER), "active malignancy"),
    }


def _chronic_history(case: Case, pattern: str) -> Fact:
    """A previous event, in the past history or described as previous; today's suspicion does not count."""
    fact = find(case, pattern, ("past_medical_history",))
    if fact.state != "missing":
        return fact
    fact = find(case, r"\b(?:previous|prior|history of|past) (?:\w+ )?(?:" + pattern.removeprefix(r"\b") + ")")
    if fact.state == "missing" and past_history_is_none(case):
        return Fact("absent", "past_medical_history documented as none", "past_medical_history")
    return fact


def wells_dvt_inputs(case: Case, diagnoses: tuple[str, ...] = ()) -> dict[str, Item]:
    alternative = find(case, r"\b(?:baker'?s cyst|cellulitis|muscle (?:strain|tear)|haematoma|hematoma)\b",
                       CURRENT_FIELDS)
    return {
        "active_cancer": fact_item(chronic(case, _ACTIVE_CANCER), "active cancer"),
        "paralysis_or_casting": fact_item(find(case, r"\b(?:paralys\w+|paresis|hemiplegi\w+|plaster|cast)\b"),
                                           "paralysis, paresis or leg cast"),
        "bedridden_or_major_surgery": fact_item(find(case, _IMMOBILE), "bedridden 3 days or surgery in 12 weeks"),
        "tenderness_along_deep_veins": fact_item(find(case, r"\btender\w* (?:along|over) (?:the )?(?:deep vein|deep "
                                                  r"venous|femoral|popliteal|calf vein)\w*", CURRENT_FIELDS),
                                                  "tenderness along the deep veins"),
        "entire_leg_swollen": fact_item(find(case, r"\b(?:entire|whole) (?:left |right )?leg (?:is )?swollen|swelling "
                                              r"of the (?:entire|whole) (?:left |right )?leg", CURRENT_FIELDS),
                                         "entire leg swollen"),
        "calf_swelling_gt_3cm": _calf_difference(case),
        "pitting_edema": fact_item(find(case, r"\bpitting (?:o)?edema\b", CURRENT_FIELDS), "pitting oedema"),
        "collateral_superficial_veins": fact_item(find(case, r"\bcollateral (?:superficial )?veins\b", CURRENT_FIELDS),
                                                   "collateral superficial veins"),
        "previously_documented_dvt": fact_item(_chronic_history(case, r"\b(?:deep ve(?:in|nous) thrombosis|DVT)\b"),
                                                "previous DVT"),
        "alternative_diagnosis_likely": fact_item(alternative, "alternative diagnosis as likely (judgement)",
                                                   lowers=True) if alternative.state == "present"
        else unknown("alternative diagnosis as likely (clinician's judgement)", True, False),
    }


_CALF_CM = re.compile(r"(\d+(?:\.\d+)?)\s*cm\s+(?:larger|greater|bigger|more|difference|wider)", re.I)


def _calf_difference(case: Case) -> Item:
    for field, text in current_texts(case):
        if (m := _CALF_CM.search(text)) and "calf" in text.lower():
            return Item(float(m.group(1)) > 3, f"{field}: '{m.group(0)}'", label="calf swelling > 3 cm")
    return unknown("calf circumference difference", False, True)


_MELAENA = r"\b(?:mela?ena|black,? tarry stools?|tarry stools?)\b"
_SYNCOPE = r"\b(?:syncope|syncopal|fainted|collapse[d]?|passed out|blacked out)\b"
_LIVER = r"\b(?:cirrhosis|chronic liver disease|liver failure|hepatic (?:disease|failure)|oesophageal varices|varices)\b"


def blatchford_inputs(case: Case) -> dict[str, Item]:
    hb = lab(case, "hemoglobin")
    sex = case.demographics.sex
    return {
        "bun": bun_mg_dl(case),
        "hemoglobin": Item(round(hb[0], 1), hb[1], label="haemoglobin") if hb else unknown("haemoglobin", 15.0, 8.0),
        "systolic_bp": vital(case, "systolic_bp", 80),
        "pulse": vital(case, "heart_rate", 120),
        "is_male": Item(sex == "male", f"sex {sex}", label="sex") if sex in ("male", "female")
        else unknown("sex", False, True),
        "melena": fact_item(find(case, _MELAENA, CURRENT_FIELDS), "melaena"),
        "syncope": fact_item(find(case, _SYNCOPE, CURRENT_FIELDS), "syncope"),
        "hepatic_disease": fact_item(chronic(case, _LIVER), "hepatic disease"),
        "cardiac_failure": fact_item(chronic(case, CHF), "cardiac failure"),
    }


ATHEROSCLEROSIS = (r"\b(?:myocardial infarction|heart attack|MI|N?STEMI|PCI|CABG|coronary (?:stents?|artery bypass)|"
                   r"peripheral (?:arterial|vascular) disease|PAD|PVD|" + CVD.removeprefix(r"\b(?:"))
_SMOKER_NOW = r"\b(?:smokes|current(?:ly)? smok\w+|(?<!ex-)(?<!ex )(?<!non-)(?<!non )smoker|\d+ cigarettes)\b"
_SMOKER_NOT = r"\b(?:ex-?smoker|former smoker|non-?smoker|never smoked|stopped smoking|quit smoking)\b"


def heart_inputs(case: Case) -> dict[str, Item]:
    """HEART: History and ECG are graded by a clinician or from an ECG report; nothing here guesses them."""
    a = age(case)
    factors = {
        "hypertension": chronic(case, HYPERTENSION),
        "diabetes": chronic(case, DIABETES),
        "hypercholesterolaemia": chronic(case, r"\b(?:hypercholesterol(?:a)?emia|hyperlipid(?:a)?emia|dyslipid(?:a)?emia|"
                                                r"high cholesterol|on (?:a )?statin)\b"),
        "obesity": chronic(case, r"\b(?:obese|obesity|BMI (?:of )?(?:3\d|[4-9]\d))\b"),
        "family history of CAD": _family_cad(case),
        "current smoking": _smoking(case),
    }
    present = [k for k, f in factors.items() if f.state == "present"]
    missing = [k for k, f in factors.items() if f.state == "missing"]
    evidence = "; ".join(factors[k].evidence for k in present)
    risk = (Item(len(present), evidence or "none documented", label="risk factors") if not missing
            else Item(None, low=len(present), high=len(present) + len(missing),
                      label=f"risk factors not documented ({', '.join(missing)})"))
    return {
        "history": _heart_history(case),
        "ecg": _ecg_grade(case),
        "age": Item(a, f"age {a}", label="age") if a is not None else unknown("age", 30, 80),
        "risk_factor_count": risk,
        "history_of_atherosclerosis": fact_item(chronic(case, ATHEROSCLEROSIS), "known atherosclerotic disease"),
        "troponin": _troponin(case),
    }


def _family_cad(case: Case) -> Fact:
    # A family-history field that says "none" or "no ..." documents the absence; the context reader would
    # otherwise read "no family history of MI" as a relative's MI.
    text = case.family_history
    if is_documented_none(text) or re.match(r"^\s*no\b", text, re.I):
        return Fact("absent", f"family_history: '{text[:80]}'", "family_history")
    return find(case, r"\b(?:myocardial infarction|heart attack|MI|coronary|IHD|angina)\b", ("family_history",),
                others=True)


def _smoking(case: Case) -> Fact:
    social = [("social_history", case.social_history)] if case.social_history else []
    for field, text in [*social, *current_texts(case)]:
        if m := re.search(_SMOKER_NOT, text, re.I):
            return Fact("absent", f"{field}: '{m.group(0)}'", field)
        if m := re.search(_SMOKER_NOW, text, re.I):
            return Fact("present", f"{field}: '{m.group(0)}'", field)
    return Fact("missing")


_HISTORY_GRADE = re.compile(r"\b(highly|moderately|slightly) suspicious\b", re.I)


# HEART's History element (Six AJ et al. Neth Heart J 2008;16:191-6): "highly suspicious" when the history
# holds mainly specific elements, "slightly" when mainly non-specific, "moderately" for a mixture.
HEART_SPECIFIC = {
    "retrosternal/central": r"\b(?:retrosternal|substernal|central chest|cent(?:re|er) of (?:the|his|her) chest)",
    "pressure/tightness": r"\b(?:pressure|tightness|heaviness|crushing|squeezing|constricting|band-like)\b",
    "radiation to jaw/arm/shoulder": r"\bradiat\w+ (?:\w+ ){0,3}(?:jaw|neck|(?:left )?(?:arms?|shoulders?))\b",
    "exertional": r"\b(?:on exertion|exertional|with exertion|(?:brought on|triggered|precipitated|initiated) by "
                  r"(?:exercise|exertion|cold|emotion|stress)|climbing stairs|walking uphill)\b",
    "sweating": r"\b(?:diaphore\w+|sweat(?:y|ing)|clammy)\b",
    "nausea/vomiting": r"\b(?:nause\w+|vomit\w*)\b",
    "relieved by nitrates": r"\b(?:reliev\w+ (?:\w+ ){0,2}(?:GTN|nitro\w*|nitrates?)|respond\w* to (?:GTN|nitro\w*))",
}
HEART_NONSPECIFIC = {
    "sharp/stabbing": r"\b(?:sharp|stabbing|knife-like)\b",
    "pleuritic/positional": r"\b(?:pleuritic|positional|worse (?:on|with) (?:deep )?(?:breathing|inspiration|movement|"
                            r"lying)|better (?:on|when) (?:sitting|leaning) forward)\b",
    "reproducible on palpation": r"\b(?:reproduc\w+ (?:\w+ ){0,3}palpation|chest wall tender\w*)",
    "fleeting": r"\b(?:fleeting|lasting (?:a few )?seconds)\b",
}


def _heart_history(case: Case) -> Item:
    """A clinician's grade when the case states one; else graded by rule from the documented elements."""
    for field, text in current_texts(case):
        if m := _HISTORY_GRADE.search(text):
            grade = {"slightly": 0, "moderately": 1, "highly": 2}[m.group(1).lower()]
            return Item(grade, f"{field}: '{m.group(0)}'", label="history (clinician's grade)")
    specific = [k for k, p in HEART_SPECIFIC.items() if find(case, p, CURRENT_FIELDS).state == "present"]
    other = [k for k, p in HEART_NONSPECIFIC.items() if find(case, p, CURRENT_FIELDS).state == "present"]
    if not specific and not other:
        return unknown("history grade (slightly/moderately/highly suspicious: clinician's judgement)", 0, 2)
    grade = 2 if len(specific) >= 3 and not other else 0 if not specific else 1
    return Item(grade, f"graded by rule from specific elements ({', '.join(specific) or 'none'}) and non-specific "
                       f"ones ({', '.join(other) or 'none'}); a clinician's grade overrides", label="history")


def _ecg_grade(case: Case) -> Item:
    texts = [(f"other_results.{k}", v) for k, v in case.other_results.items() if re.search(r"ecg|ekg", k, re.I)]
    texts += [(f, t) for f, t in current_texts(case) if re.search(r"\bE[CK]G\b", t)]
    for field, text in texts:
        snippet = f"{field}: '{text[:120]}'"
        if re.search(r"\bST[- ](?:segment )?(?:depression|elevation)|\bST depressed|\bdepressed ST\b", text, re.I) and \
                not re.search(r"\bno ST|without ST", text, re.I):
            return Item(2, snippet, label="ECG")
        if re.search(r"\b(?:LBBB|RBBB|bundle branch block|LVH|left ventricular hypertrophy|paced|repolari[sz]ation|"
                     r"T[- ]wave inversion|inverted T|non-?specific ST)", text, re.I):
            return Item(1, snippet, label="ECG")
        if re.search(r"\b(?:normal|sinus rhythm(?:,? (?:no|normal|otherwise normal)\b)|unremarkable|no (?:acute |ischaemic "
                     r"|ischemic )?changes)", text, re.I):
            return Item(0, snippet, label="ECG")
    return unknown("ECG", 0, 2)


def _troponin(case: Case) -> Item:
    for result in case.labs:
        a = match_analyte(result.name, result.unit)
        if a is None or a.key != "troponin":
            continue
        if result.numeric is not None and result.reference_high:
            ratio = result.numeric / result.reference_high
            grade = 0 if ratio <= 1 else (1 if ratio <= 3 else 2)
            return Item(grade, f"labs: {result.name} {result.value:g} (upper limit {result.reference_high:g})",
                        label="troponin")
        if isinstance(result.value, str) and re.search(r"\b(?:negative|normal|not detected|undetectable)\b",
                                                       result.value, re.I):
            return Item(0, f"labs: {result.name} {result.value}", label="troponin")
        if isinstance(result.value, str) and re.search(r"\b(?:elevated|raised|high|positive|increased)\b",
                                                       result.value, re.I):
            return unknown("troponin multiple of the upper limit (raised, size not given)", 1, 2)
    return unknown("troponin (with the laboratory's upper limit)", 0, 2)


def chadsvasc_inputs(case: Case) -> dict[str, Item]:
    a = age(case)
    sex = case.demographics.sex
    hypertension = chronic(case, HYPERTENSION)
    return {
        "congestive_heart_failure": fact_item(chronic(case, CHF), "heart failure"),
        "hypertension": fact_item(hypertension, "hypertension"),
        "age": Item(a, f"age {a}", label="age") if a is not None else unknown("age", 30, 80),
        "diabetes": fact_item(chronic(case, DIABETES), "diabetes"),
        "stroke_tia_thromboembolism": fact_item(chronic(case, CVD.removesuffix(r")\b") + r"|thromboembol\w*|"
                                                         r"systemic embol\w*)\b"), "stroke/TIA/thromboembolism"),
        "vascular_disease": fact_item(chronic(case, r"\b(?:myocardial infarction|heart attack|MI|N?STEMI|"
                                                      r"(?:peripheral )?(?:arterial|vascular) disease|PAD|PVD|aortic plaque)\b"),
                                       "vascular disease"),
        "female_sex": Item(sex == "female", f"sex {sex}", label="sex") if sex in ("male", "female")
        else unknown("sex", False, True),
    }


def alvarado_inputs(case: Case) -> dict[str, Item]:
    temp = vital_item(case, "temperature_c")
    wbc = lab(case, "wbc")
    return {
        "migration_to_rif": fact_item(find(case, r"\b(?:migrat\w+|mov(?:ed|ing)|shift\w*|localis\w+|localiz\w+) "
                                            r"(?:\w+ ){0,4}(?:to|into|in) the (?:right iliac fossa|RIF|right lower "
                                            r"quadrant|RLQ)", CURRENT_FIELDS), "migration of pain to the RIF"),
        "anorexia": fact_item(find(case, r"\b(?:anorexi\w+|loss of appetite|off (?:his|her|their) food|not eat(?:ing|en)|(?:no|poor|reduced) appetite)\b",
                                    CURRENT_FIELDS), "anorexia"),
        "nausea_vomiting": fact_item(find(case, r"\b(?:nause\w+|vomit\w*)\b", CURRENT_FIELDS), "nausea or vomiting"),
        "rif_tenderness": fact_item(find(case, r"\b(?:tender\w* (?:in|over|at) (?:the )?(?:right iliac fossa|RIF|right "
                                          r"lower quadrant|RLQ|McBurney'?s point)|(?:RIF|RLQ|right iliac fossa|right "
                                          r"lower quadrant) tender\w*)", CURRENT_FIELDS),
                                     "RIF tenderness"),
        "rebound": fact_item(find(case, r"\b(?:rebound(?: tenderness)?|Blumberg\w*|percussion tenderness)\b",
                                   CURRENT_FIELDS), "rebound tenderness"),
        "fever": Item(temp.value >= 37.3, temp.evidence, label="temperature") if temp.known
        else unknown("temperature", False, True),
        "leukocytosis": Item(wbc[0] > 10.0, wbc[1], label="white cell count") if wbc
        else unknown("white cell count", False, True),
        "left_shift": _left_shift(case, wbc),
    }


def _left_shift(case: Case, wbc: tuple[float, str, Any] | None) -> Item:
    if (pct := lab(case, "neutrophils_pct")) is not None:
        return Item(pct[0] > 75, pct[1], label="neutrophils %")
    if (neut := lab(case, "neutrophils")) is not None and wbc and wbc[0] > 0:
        share = 100 * neut[0] / wbc[0]
        return Item(share > 75, f"{neut[1]} of {wbc[1]} ({share:.0f}%)", label="neutrophils %")
    return unknown("neutrophil percentage", False, True)
