"""Inputs of the further scores open-medicine ships for common presentations: McIsaac (sore throat),
ABCD2 (transient ischaemic attack) and AIMS65 (upper GI bleeding).

Same contract as :mod:`consilium.experts.clinical.score_inputs`: each input is documented with the
text it rests on, or missing with the two values that bound the score.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from consilium.experts.clinical.case_facts import CURRENT_FIELDS, find
from consilium.experts.clinical.score_items import (
    Item, age, altered, chronic, current_texts, fact_item, lab, unknown, vital_item,
)
from consilium.experts.clinical.surgical_inputs import DIABETES

if TYPE_CHECKING:
    from consilium.orchestration.case.model import Case

_TONSILS = (r"\b(?:tonsil\w* (?:\w+ ){0,3}(?:exudat\w*|swollen|enlarged|swelling|hypertroph\w*)|exudat\w* (?:\w+ ){0,3}"
            r"tonsil\w*|(?:swollen|enlarged|exudative) tonsils?|tonsillar (?:exudates?|swelling|enlargement))")
_CERVICAL_NODES = (r"\b(?:(?:tender|swollen|enlarged) (?:\w+ ){0,2}(?:anterior )?cervical (?:lymph )?(?:nodes?|"
                   r"lymphadenopathy|glands?)|(?:anterior )?cervical lymphadenopathy|swollen glands in (?:the|his|her) neck)")


def mcisaac_inputs(case: Case) -> dict[str, Item]:
    """Modified Centor (McIsaac 1998): fever means a measured temperature > 38 C or a history of fever."""
    a = age(case)
    temp = vital_item(case, "temperature_c")
    history_of_fever = find(case, r"\b(?:fever\w*|febrile|pyrexi\w*|feeling hot)\b", CURRENT_FIELDS)
    if temp.known and temp.value > 38:
        fever = Item(True, temp.evidence, label="fever")
    elif history_of_fever.state == "present":
        fever = Item(True, history_of_fever.evidence, label="fever")
    elif temp.known and history_of_fever.state == "absent":
        fever = Item(False, f"{temp.evidence}; {history_of_fever.evidence}", label="fever")
    else:
        fever = unknown("fever (temperature > 38 C or a history of fever)", False, True)
    cough = find(case, r"\bcough\w*", CURRENT_FIELDS)
    return {
        "age": Item(a, f"age {a}", label="age") if a is not None else unknown("age", 50, 10),
        "tonsillar_swelling_or_exudate": fact_item(find(case, _TONSILS, CURRENT_FIELDS), "tonsillar swelling/exudate"),
        "tender_anterior_cervical_lymphadenopathy": fact_item(find(case, _CERVICAL_NODES, CURRENT_FIELDS),
                                                              "tender anterior cervical nodes"),
        "fever": fever,
        "absence_of_cough": Item(cough.state == "absent", cough.evidence, label="cough") if cough.value is not None
        else unknown("cough", False, True),
    }


_WEAKNESS = (r"\b(?:(?:left|right|unilateral|one)[- ]sided weakness|weakness (?:of|in) (?:the |his |her )?(?:left|right)|"
             r"(?:left|right) (?:arm|leg|hand|face|facial) (?:weakness|droop)|hemipare\w+|facial droop|(?:arm|leg|hand) "
             r"weakness)")
_SPEECH = (r"\b(?:slurred speech|dysarthri\w*|dysphasi\w*|aphasi\w*|speech (?:disturbance|difficulty|problems?)|"
           r"difficulty (?:speaking|finding words)|word[- ]finding)")
_DURATION = re.compile(r"\b(?:lasted|lasting|for|over|resolved (?:after|within|in)|settled (?:after|within))\s+"
                       r"(?:about |around |approximately |roughly )?(\d+(?:\.\d+)?)\s*(min\w*|hours?|hrs?|h)\b", re.I)
_DEFICIT_WORDS = re.compile(r"weak|speech|speak|word|slurr|numb|droop|dysarth|dysphas|aphas|symptom|episode|vision", re.I)


def abcd2_inputs(case: Case) -> dict[str, Item]:
    """ABCD2 (Johnston 2007); the deficit's duration is read from a sentence that describes the deficit."""
    a = age(case)
    sbp, dbp = vital_item(case, "systolic_bp"), vital_item(case, "diastolic_bp")
    if (sbp.known and sbp.value >= 140) or (dbp.known and dbp.value >= 90):
        bp = Item(True, sbp.evidence or dbp.evidence, label="blood pressure")
    elif sbp.known and dbp.known:
        bp = Item(False, sbp.evidence, label="blood pressure")
    else:
        bp = unknown("blood pressure", False, True)
    weakness, speech = find(case, _WEAKNESS, CURRENT_FIELDS), find(case, _SPEECH, CURRENT_FIELDS)
    if weakness.state == "missing":  # "No weakness" denies any weakness, unilateral included
        if (denied := find(case, r"\bweak(?:ness)?\b", CURRENT_FIELDS)).state == "absent":
            weakness = denied
    if weakness.state == "present":
        features = Item("unilateral_weakness", weakness.evidence, label="clinical features")
    elif speech.state == "present" and weakness.state == "absent":
        features = Item("speech_disturbance", speech.evidence, label="clinical features")
    elif weakness.state == "absent" and speech.state == "absent":
        features = Item("other", f"{weakness.evidence}; {speech.evidence}", label="clinical features")
    else:
        features = unknown("clinical features (unilateral weakness / speech disturbance)", "other",
                           "unilateral_weakness")
    return {
        "age_ge_60": Item(a >= 60, f"age {a}", label="age") if a is not None else unknown("age", False, True),
        "bp_ge_140_90": bp,
        "clinical_features": features,
        "duration": _duration(case),
        "diabetes": fact_item(chronic(case, DIABETES), "diabetes"),
    }


def _duration(case: Case) -> Item:
    for field, text in current_texts(case):
        for sentence in re.split(r"(?<=[.;])\s+|\n", text):
            if not _DEFICIT_WORDS.search(sentence) or not (m := _DURATION.search(sentence)):
                continue
            minutes = float(m.group(1)) * (60 if m.group(2).lower().startswith("h") else 1)
            band = "ge_60_min" if minutes >= 60 else "10_to_59_min" if minutes >= 10 else "lt_10_min"
            return Item(band, f"{field}: '{m.group(0)}'", label="duration")
    return unknown("duration of the deficit", "lt_10_min", "ge_60_min")


def aims65_inputs(case: Case) -> dict[str, Item]:
    """AIMS65 (Saltzman 2011): albumin < 3.0 g/dL, INR > 1.5, altered mentation, SBP <= 90, age >= 65."""
    a = age(case)
    albumin, inr = lab(case, "albumin"), lab(case, "inr")
    sbp = vital_item(case, "systolic_bp")
    return {
        "albumin_below_3": Item(albumin[0] < 3.0, albumin[1], label="albumin") if albumin
        else unknown("albumin", False, True),
        "inr_above_1_5": Item(inr[0] > 1.5, inr[1], label="INR") if inr else unknown("INR", False, True),
        "altered_mental_status": altered(case),
        "systolic_bp_90_or_less": Item(sbp.value <= 90, sbp.evidence, label="systolic BP") if sbp.known
        else unknown("systolic BP", False, True),
        "age_65_or_older": Item(a >= 65, f"age {a}", label="age") if a is not None else unknown("age", False, True),
    }
