"""The inputs of perioperative risk scores, read from a case: each one present, absent, or missing.

One function per score returns ``{open-medicine field: Fact}``. A field is ``present`` or ``absent``
only when the case documents it (free text, the medication list, demographics, vitals, labs); a
field the case says nothing about stays ``missing`` and the score reports it. Items that the score
restricts to a recent window ("stroke < 1 month") count only when mentioned in the current episode;
a mention in the past history alone leaves them missing with that reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from consilium.experts.clinical.case_facts import (
    CURRENT_FIELDS, MISSING, Fact, any_of, find, find_in_list, find_number, is_documented_none, past_history_is_none,
)
from consilium.experts.clinical.lab_catalog import match_analyte
from consilium.experts.clinical.calculators import CalculatorError, run_calculator

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case

# Condition patterns (case-insensitive regexes). Ambiguous abbreviations are left out on purpose:
# "PE" (also physical examination), "RA" (also right atrium), "AIDS" only in capitals.
IHD = (r"\b(?:myocardial infarction|heart attack|MI|N?STEMI|NSTE-?ACS|acute coronary syndrome|angina|"
       r"isch(?:a)?emic heart disease|IHD|coronary (?:artery|heart) disease|CAD|CHD|coronary stents?|PCI|CABG|"
       r"coronary artery bypass|positive (?:exercise |stress )+test|(?:pathological )?Q waves)\b")
NITRATES = r"\b(?:nitroglycerin|glyceryl trinitrate|GTN|isosorbide|nitrate)"
MI = r"\b(?:myocardial infarction|heart attack|MI|N?STEMI)\b"
CHF = (r"\b(?:(?:congestive )?heart failure|congestive cardiac failure|CHF|CCF|HF[rmp]?EF|LV (?:systolic )?dysfunction|"
       r"pulmonary (?:o)?edema|paroxysmal nocturnal dyspn(?:o)?ea|PND|S3 gallop|reduced ejection fraction|"
       r"cardiomyopathy)\b")
CVD = (r"\b(?:stroke|CVA(?!\s+tenderness)|cerebrovascular (?:accident|disease)|TIA|transient isch(?:a)?emic attack|"
       r"cerebral infarct(?:ion)?)\b")
DIABETES = r"\b(?:diabet(?:es|ic)(?! insipidus)|T[12]DM|IDDM|NIDDM|DM(?:1|2| type))"
INSULIN = (r"\b(?:insulin|glargine|detemir|degludec|lispro|aspart|glulisine|NPH|isophane|humulin|novolin|lantus|"
           r"levemir|tresiba|humalog|novorapid|toujeo|mixtard)\b")
MALIGNANCY = (r"\b(?:cancer|carcinoma|malignan\w*|adenocarcinoma|lymphoma|leuk(?:a)?emia|myeloma|sarcoma|melanoma|"
              r"metasta\w*|(?<!benign )tumou?r(?! marker)|neoplasm)")
METASTATIC = r"\bmetasta\w*"
LEUKEMIA = r"\bleuk(?:a)?emia\b"
LYMPHOMA = r"\b(?:lymphoma|myeloma|waldenstr\w*)\b"
VTE = r"\b(?:deep ve(?:in|nous) thrombosis|DVT|pulmonary embol(?:ism|us|i)|venous thromboembolism|VTE)\b"
COPD = r"\b(?:COPD|chronic obstructive|emphysema|chronic bronchitis)\b"
HYPERTENSION = (r"(?<!pulmonary )(?<!portal )(?<!intracranial )(?<!ocular )\b(?:hypertension|hypertensive|HTN|"
                r"high blood pressure)\b")

# Planned procedures: (pattern, RCRI high-risk, Caprini surgery type or None when duration is unknown).
PROCEDURES: tuple[tuple[str, bool | None, str | None], ...] = (
    (r"(?:total |partial )?(?:hip|knee) (?:replacement|arthroplasty)|\bT[HK][RA]\b|hemiarthroplasty", False,
     "major_lower_extremity_arthroplasty"),
    (r"arthroscop\w+", False, "arthroscopic_surgery"),
    (r"laparoscopic (?:\w+ )?(?:colectomy|hemicolectomy|gastrectomy|anterior resection|oesophagectomy|"
     r"esophagectomy|pancreatectomy|hepatectomy|nephrectomy|hysterectomy|bowel resection)", True,
     "laparoscopic_surgery"),
    (r"laparoscop\w+ \w+|lap(?:aroscopic)? chole\w*", True, None),
    (r"laparotomy|(?:hemi|procto)?colectomy|anterior resection|abdominoperineal|hartmann'?s|bowel resection|"
     r"gastrectomy|"
     r"whipple|pancreat(?:ico)?duodenectomy|pancreatectomy|hepatectomy|liver resection|total abdominal hysterectomy|"
     r"cystectomy", True, "major_open_surgery"),
    (r"cholecystectomy|appendi(?:c)?ectomy|splenectomy|abdominal surgery", True, None),
    (r"thoracotomy|lobectomy|pneumonectomy|o?esophagectomy", True, "major_open_surgery"),
    (r"\bVATS\b|thoracoscopic \w+|segmentectomy|wedge resection", True, None),
    (r"(?:open )?(?:AAA|abdominal aortic aneurysm) repair|aort\w*[- ](?:bi)?femoral bypass|aorto-?iliac", True,
     "major_open_surgery"),
    (r"cataract|cystoscopy", False, "minor_surgery"),
    (r"inguinal hernia repair|carpal tunnel|mastectomy|lumpectomy|thyroidectomy|TURP|transurethral|skin excision|"
     r"(?:spinal|spine) (?:surgery|fusion)|laminectomy|orif|fracture fixation|dynamic hip screw|"
     r"(?:intramedullary|IM) nail", False, None),
)
_PLANNED = re.compile(r"\b(?:scheduled|planned|plan(?:ning)? for|listed for|booked for|awaiting|to undergo|"
                      r"undergo(?:ing)?|proposed|pre-?op(?:erative)?|elective|for (?:an? )?(?:elective |urgent |"
                      r"emergency )?\w*\s*(?:surgery|operation|procedure)|referred for|candidate for)\b", re.I)
_PAST = re.compile(r"\b(?:previous|prior|s/p|status post|post|following|had an?|history of|in (?:19|20)\d\d|"
                   r"years? ago|remote)\b", re.I)


@dataclass(frozen=True)
class Procedure:
    text: str
    evidence: str
    rcri_high_risk: bool | None
    caprini_type: str | None


def planned_procedure(case: Case) -> Procedure | None:
    """The planned operation, from the title/question/'procedure' results, or a sentence that plans it."""
    sources: list[tuple[str, str, bool]] = [("title", case.title, False), ("question", case.question, False)]
    sources += [(f"other_results.{k}", f"{k}: {v}", not re.search(r"procedure|surgery|operation|planned", k, re.I))
                for k, v in case.other_results.items()]
    sources += [(f, getattr(case, f), True) for f in ("presenting_complaint", "history")]
    for field, text, needs_cue in sources:
        for sentence in re.split(r"(?<=[.;])\s+|\n", text or ""):
            if needs_cue and not _PLANNED.search(sentence):
                continue
            for pattern, high_risk, caprini in PROCEDURES:
                m = re.search(pattern, sentence, re.I)
                if m and not _PAST.search(sentence[: m.start()]):
                    return Procedure(m.group(0), f"{field}: '{sentence.strip()[:160]}'", high_risk, caprini)
    return None


def _history(case: Case, pattern: str) -> Fact:
    """A chronic condition: found anywhere, or absent when the past history is documented as none."""
    fact = find(case, pattern)
    if fact.state == "missing" and past_history_is_none(case):
        return Fact("absent", "past_medical_history documented as none", "past_medical_history")
    return fact


def _recent(case: Case, pattern: str, window: str = "< 1 month") -> Fact:
    """A condition that counts only within a recent window: current-episode mentions only."""
    current = find(case, pattern, CURRENT_FIELDS)
    if current.state != "missing":
        return current
    anywhere = find(case, pattern)
    if anywhere.state == "present":
        return Fact("missing", f"documented in past history, recency ({window}) not documented: {anywhere.evidence}")
    return anywhere  # absent (negated) or missing; a past history of "none" says nothing about this episode


def latest_creatinine_mg_dl(case: Case) -> tuple[float, str] | None:
    found = None
    for lab in case.labs:
        a = match_analyte(lab.name, lab.unit)
        if a and a.key == "creatinine" and lab.numeric is not None:
            mg = a.to_canonical(lab.numeric, lab.unit)
            if mg is not None:
                found = (mg, f"labs: {lab.name} {lab.value:g} {lab.unit}")
    return found


def bmi(case: Case) -> tuple[float, str] | None:
    """BMI from weight and height (open-medicine calculate_bmi), else a documented 'BMI n' mention."""
    v = case.vitals
    if v.weight_kg and v.height_cm:
        try:
            res = run_calculator("calculate_bmi", {"weight_kg": v.weight_kg, "height_cm": v.height_cm})
            if res.value is not None:
                return float(res.value), f"BMI {res.value} from weight {v.weight_kg:g} kg, height {v.height_cm:g} cm"
        except CalculatorError:
            pass
    hit = find_number(case, r"\bBMI\s*(?:of|is|was|:|=)?\s*(\d{2}(?:\.\d+)?)")
    return (float(hit[0]), hit[1]) if hit else None


def _threshold(value: tuple[float, str] | None, test: bool | None, label: str) -> Fact:
    if value is None or test is None:
        return Fact("missing", f"{label} not documented")
    return Fact("present" if test else "absent", value[1])


def _age(case: Case, low: float, high: float | None = None) -> Fact:
    age = case.demographics.age_years
    if age is None:
        return Fact("missing", "age not recorded")
    inside = age >= low and (high is None or age <= high)
    return Fact("present" if inside else "absent", f"age {age:g}")


def _sex_item(case: Case, pattern: str, *, female_only: bool = True, meds: str | None = None) -> Fact:
    if female_only and case.demographics.sex == "male":
        return Fact("absent", "male patient")
    facts = [find(case, pattern)]
    if meds:
        facts.append(find_in_list(case.medications, meds, "medication list"))
    return any_of(*facts)


def rcri_inputs(case: Case) -> dict[str, Fact]:
    proc = planned_procedure(case)
    surgery = MISSING if proc is None else Fact(
        "missing" if proc.rcri_high_risk is None else ("present" if proc.rcri_high_risk else "absent"),
        proc.evidence + ("" if proc.rcri_high_risk is not None else " (procedure not classified)"))
    creat = latest_creatinine_mg_dl(case)
    insulin = any_of(find(case, r"\b(?:on insulin|insulin[- ](?:dependent|treated|requiring|therapy))\b"),
                     find_in_list(case.medications, INSULIN, "medication list"))
    diabetes = _history(case, DIABETES)
    if insulin.state == "missing" and diabetes.state == "absent":
        insulin = Fact("absent", "no diabetes: " + diabetes.evidence)
    ihd = _history(case, IHD)
    nitrates = find_in_list(case.medications, NITRATES, "medication list")
    if ihd.state != "present" and nitrates.state == "present":
        ihd = nitrates
    return {
        "high_risk_surgery": surgery,
        "history_of_ischemic_heart_disease": ihd,
        "history_of_congestive_heart_failure": _history(case, CHF),
        "history_of_cerebrovascular_disease": _history(case, CVD),
        "preoperative_insulin_treatment": insulin,
        "preoperative_creatinine_above_2": _threshold(creat, None if creat is None else creat[0] > 2.0,
                                                      "creatinine"),
    }


def caprini_inputs(case: Case) -> dict[str, Fact]:
    proc = planned_procedure(case)
    surgery_types = ("minor_surgery", "arthroscopic_surgery", "major_open_surgery", "laparoscopic_surgery",
                     "major_lower_extremity_arthroplasty")
    if proc is None or proc.caprini_type is None:
        why = "planned procedure not documented" if proc is None else f"type/duration not classifiable: {proc.evidence}"
        surgery = {t: Fact("missing", why) for t in surgery_types}
    else:
        surgery = {t: Fact("present" if t == proc.caprini_type else "absent", proc.evidence) for t in surgery_types}
    body = bmi(case)
    fam = case.family_history
    family = (Fact("absent", "family history documented as none") if fam and is_documented_none(fam)
              else find(case, VTE + r"|thrombo\w*|clot", ("family_history",), others=True))
    older = case.demographics.sex == "female" and (case.demographics.age_years or 0) >= 55
    pregnancy = (Fact("absent", f"female aged {case.demographics.age_years:g}") if older
                 else _sex_item(case, r"\b(?:pregnan\w*|post-?partum|gravid\w*|puerper\w*|\d+ weeks'? gestation)"))
    return {
        "age_41_60": _age(case, 41, 60.999), "age_61_74": _age(case, 61, 74.999), "age_75_or_older": _age(case, 75),
        **surgery,
        "bmi_over_25": _threshold(body, None if body is None else body[0] > 25, "BMI"),
        "swollen_legs": find(case, r"(?:leg|ankle|lower[- ]limb|lower[- ]extremity|pedal|peripheral) (?:o)?edema|"
                                   r"swollen (?:legs?|ankles?)|(?:leg|ankle) swelling|pitting (?:o)?edema",
                             CURRENT_FIELDS),
        "varicose_veins": _history(case, r"\bvaricose veins?|varicosities"),
        "pregnancy_or_postpartum": pregnancy,
        "history_unexplained_stillborn_or_recurrent_abortion": _sex_item(
            case, r"\b(?:stillb\w+|recurrent (?:spontaneous )?(?:abortions?|miscarriages?)|(?:three|3|multiple) "
                  r"miscarriages)"),
        "ocp_or_hrt": _sex_item(case, r"\b(?:oral contraceptive|OCP|HRT|hormone replacement)", female_only=False,
                                meds=r"estradiol|oestradiol|ethinyl|o?estrogen|premarin|levonorgestrel|norethisterone|"
                                     r"norethindrone|drospirenone|desogestrel|tibolone|contraceptive"),
        "sepsis": _recent(case, r"\b(?:sepsis|septic|urosepsis)\b"),
        "serious_lung_disease": _recent(case, r"\b(?:pneumonia|ARDS|acute respiratory distress|lung abscess|"
                                              r"empyema)\b"),
        "abnormal_pulmonary_function": _history(case, COPD),
        "acute_mi": find(case, r"\b(?:acute (?:myocardial infarction|MI)|N?STEMI|heart attack)\b", CURRENT_FIELDS),
        "chf": _recent(case, CHF),
        "inflammatory_bowel_disease": _history(case, r"\b(?:inflammatory bowel disease|IBD|crohn'?s|"
                                                     r"ulcerative colitis)"),
        "medical_patient_at_bed_rest": find(case, r"\bbed ?rest\b", CURRENT_FIELDS),
        "malignancy": _history(case, MALIGNANCY),
        "confined_to_bed": find(case, r"\b(?:bed-?bound|bedridden|confined to bed|immobile|immobilised|immobilized)\b",
                                CURRENT_FIELDS),
        "immobilizing_plaster_cast": _recent(case, r"\b(?:plaster cast|(?:leg|ankle) cast|in a cast|backslab)\b"),
        "central_venous_access": find(case, r"\b(?:central (?:venous )?(?:line|catheter|access)|CVC|PICC|port-?a-?cath|"
                                            r"tunnell?ed (?:line|catheter)|hickman)\b", CURRENT_FIELDS),
        "history_dvt_pe": _history(case, VTE),
        "family_history_thrombosis": family,
        "factor_v_leiden": _history(case, r"\bfactor V leiden\b"),
        "prothrombin_20210a": _history(case, r"\bprothrombin (?:gene )?(?:G)?20210A?\b"),
        "lupus_anticoagulant": _history(case, r"\blupus anticoagulant\b"),
        "anticardiolipin_antibodies": _history(case, r"\banti-?cardiolipin|antiphospholipid"),
        "elevated_homocysteine": _history(case, r"\b(?:hyperhomocyste\w+|(?:elevated|raised|high) homocysteine)"),
        "hit": _history(case, r"\b(?:heparin[- ]induced thrombocytopenia|HIT)\b"),
        "other_thrombophilia": _history(case, r"\b(?:thrombophilia|protein [CS] deficiency|antithrombin deficiency)"),
        "stroke": _recent(case, CVD),
        "multiple_trauma": _recent(case, r"\b(?:polytrauma|multiple trauma|major trauma|multiple injuries)\b"),
        "acute_spinal_cord_injury": _recent(case, r"\b(?:spinal cord injury|parapleg\w*|quadripleg\w*|tetrapleg\w*)"),
    }


def stop_bang_inputs(case: Case) -> dict[str, Fact]:
    body = bmi(case)
    neck = find_number(case, r"neck circumference\s*(?:of|is|was|:|=)?\s*(\d+(?:\.\d+)?)\s*cm")
    sex = case.demographics.sex
    return {
        "snoring": find(case, r"\bsnor(?:e|es|ed|ing)\b"),
        "tired": find(case, r"\b(?:daytime (?:sleepiness|somnolence|fatigue)|tired\w*|fatigue\w*|somnolen\w*)"),
        "observed_apnea": find(case, r"\b(?:(?:observed|witnessed) (?:apn(?:o)?ea|pauses)|stops breathing|"
                                     r"apn(?:o)?eic episodes)"),
        "high_blood_pressure": _history(case, HYPERTENSION),
        "bmi_over_35": _threshold(body, None if body is None else body[0] > 35, "BMI"),
        "age_over_50": _age(case, 50.0001),
        "neck_circumference_over_40": _threshold(
            None if neck is None else (float(neck[0]), neck[1]), None if neck is None else float(neck[0]) > 40,
            "neck circumference"),
        "male_gender": Fact("missing", "sex not recorded") if sex not in ("female", "male") else Fact(
            "present" if sex == "male" else "absent", f"sex {sex}"),
    }


def charlson_inputs(case: Case) -> dict[str, Fact]:
    creat = latest_creatinine_mg_dl(case)
    renal_text = _history(case, r"\b(?:dialysis|ha?emodialysis|(?:renal|kidney) transplant\w*|ESRD|ESKD|"
                                r"end[- ]stage (?:renal|kidney)|ura?emi\w*)")
    renal = renal_text
    if renal.state != "present" and creat is not None:
        renal = Fact("present" if creat[0] > 3 else "absent",
                     f"{creat[1]} ({creat[0]:.2f} mg/dL {'>' if creat[0] > 3 else '<='} 3)")
    diabetes = _history(case, DIABETES)
    organ = _history(case, r"\bdiabetic (?:retinopathy|nephropathy|neuropathy|foot|kidney disease)")
    liver_severe = _history(case, r"\b(?:portal hypertension|(?:o)?esophageal varices|variceal|hepatic encephalopathy|"
                                  r"decompensated cirrhosis)")
    liver_mild = _history(case, r"\b(?:chronic hepatitis|hepatitis [BC]|fatty liver|NAFLD|MASLD|NASH|MASH|cirrhosis)")
    metastatic = _history(case, METASTATIC)
    solid = _history(case, r"\b(?:cancer|carcinoma|adenocarcinoma|sarcoma|melanoma|(?<!benign )tumou?r(?! marker))")
    facts = {
        "myocardial_infarction": _history(case, MI),
        "congestive_heart_failure": _history(case, CHF),
        "peripheral_vascular_disease": _history(case, r"\b(?:peripheral (?:arterial|vascular) disease|PAD|PVD|"
                                                      r"claudication|aortic aneurysm|AAA|gangrene)\b"),
        "cerebrovascular_disease": _history(case, CVD),
        "dementia": _history(case, r"\b(?:dementia|alzheimer\w*)"),
        "chronic_pulmonary_disease": _history(case, COPD + r"|\b(?:asthma|pulmonary fibrosis|interstitial lung disease|"
                                                            r"bronchiectasis)\b"),
        "connective_tissue_disease": _history(case, r"\b(?:systemic lupus|SLE|polymyositis|mixed connective tissue|"
                                                    r"polymyalgia rheumatica|rheumatoid arthritis|scleroderma|"
                                                    r"systemic sclerosis)\b"),
        "peptic_ulcer_disease": _history(case, r"\b(?:peptic|gastric|duodenal) ulcer\w*|\bPUD\b"),
        "mild_liver_disease": liver_mild,
        "uncomplicated_diabetes": diabetes,
        "hemiplegia": _history(case, r"\b(?:hemipleg\w*|parapleg\w*|quadripleg\w*|tetrapleg\w*)"),
        "moderate_severe_renal_disease": renal,
        "diabetes_with_end_organ_damage": organ,
        "solid_tumor": solid,
        "leukemia": _history(case, LEUKEMIA),
        "lymphoma": _history(case, LYMPHOMA),
        "moderate_severe_liver_disease": liver_severe,
        "metastatic_solid_tumor": metastatic,
        "aids": _history(case, r"(?-i:\bAIDS\b)|acquired immun\w* deficiency syndrome"),
    }
    # Charlson counts only the graver of each pair.
    for graver, milder in (("moderate_severe_liver_disease", "mild_liver_disease"),
                           ("diabetes_with_end_organ_damage", "uncomplicated_diabetes"),
                           ("metastatic_solid_tumor", "solid_tumor")):
        if facts[graver].state == "present" and facts[milder].state == "present":
            facts[milder] = Fact("absent", f"counted as {graver}")
    return facts
