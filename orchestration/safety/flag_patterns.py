"""Regular expressions for the red-flag rules in :mod:`consilium.orchestration.safety.red_flags`.

Each names one clinical finding as it is written in notes, with its common spellings (British and
American), abbreviations and phrasings. Negation is not handled here: a pattern matches "chest pain"
in "denies chest pain", and :mod:`consilium.orchestration.safety.flag_text` decides whether it counts.
"""

from __future__ import annotations

import re


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


CHEST_PAIN = rx(r"\b(?:chest|retrosternal|substernal|precordial)\s+(?:pain|tightness|pressure|discomfort|heaviness)|"
                 r"\b(?:pain|tightness|pressure|discomfort|heaviness|heavy (?:sensation|feeling)|ache|aching) (?:in|across|"
                 r"over|behind) (?:the |his |her |their )?(?:(?:centre|center|middle|front|left side|right side) of "
                 r"(?:the |his |her |their )?)?(?:chest|sternum|breastbone)|\bangina\b|\bcrushing (?:central )?pain")
_TO_ACS_SITE = (r"\s+(?:to|into|down|through)\s+(?:the\s+|his\s+|her\s+)?(?:left\s+|right\s+|both\s+)?"
                r"(?:arms?|jaw|neck|shoulders?)")  # not the back: that is dissection's radiation
RADIATION = rx(r"\bradiat\w*" + _TO_ACS_SITE)
# "Spreading to the neck" says radiation only of a chest pain in the same sentence (a headache or a rash spreads too).
CHEST_PAIN_SPREADING = rx("(?:" + CHEST_PAIN.pattern + r")[^.;\n]{0,60}?\b(?:spread|travel|extend|mov|go)\w*" + _TO_ACS_SITE)
DIAPHORESIS = rx(r"\b(?:diaphore\w+|sweat(?:y|ing)|clammy|(?<!night )sweats)\b")
SOFT_ACS = rx(r"\bnause\w*|\bvomit\w*|\b(?:short(?:ness)? of breath|breathless\w*|dyspno?ea)\b")
ST_ELEVATION = rx(r"\bST[- ]?(?:segment )?elevations?\b|\bSTEMI\b|\bnew (?:onset )?(?:LBBB|left bundle branch block)")
ST_CHANGES = rx(r"\bST[- ]?(?:segment )?depressions?\b|\bT[- ]wave inversions?\b|\binverted T[- ]waves?\b|\bNSTEMI\b|"
                 r"\bisch(?:a)?emic (?:ECG )?changes\b|\bdynamic ST\b")
ALTERED = rx(r"\b(?:confus\w+|disorient\w+|altered (?:mental (?:status|state)|mentation|consciousness|sensorium)|"
              r"drows\w+|obtunded|delirium|delirious|unresponsive|lethargic|somnolent|stupor\w*|"
              r"reduced (?:level of )?consciousness)\b")
FEVER = rx(r"\b(?:fever\w*|febrile|pyrexi\w+|rigou?rs)\b")
INFECTION = rx(r"\b(?:fever\w*|febrile|pyrexi\w+|rigou?rs|infection|infected|sepsis|septic|pneumonia|cellulitis|UTI|"
                r"pyelonephritis|abscess|productive cough|cough productive|purulent|(?:rust\w*|yellow|green)[- ](?:coloured |"
                r"colored )?(?:sputum|phlegm)|consolidation|dysuria|meningitis|cholangitis|peritonitis|"
                r"positive (?:blood )?cultures?)\b")
FOCAL = rx(r"\b(?:(?:facial|face) (?:droop\w*|weakness|asymmetry)|(?:left|right)[- ]sided (?:weakness|numbness|"
            r"hemipar\w+)|hemipar\w+|hemipleg\w+|(?:arm|leg|limb) (?:weakness|drift)|weakness (?:of|in) (?:the |his |"
            r"her )?(?:left|right) (?:arm|leg|side|hand)|(?:unable to|could not|cannot|can't) (?:move|lift) (?:his|her|"
            r"their|the) (?:left|right)|aphasi\w*|dysphasi\w*|slurred speech|dysarthri\w*|hemianop\w*|"
            r"visual field (?:loss|defect)|(?:left|right|visual|sensory) neglect|FAST positive|NIHSS (?:score )?(?:of |=|:)?\s*[1-9]\d?)")
TIA = rx(r"\b(?:resolved|resolving|transient)\b[^.;\n]{0,40}(?:weakness|droop|speech|numbness)|\bTIA\b")
WAKE_UP = rx(r"\bwoke (?:up )?with|\bon waking\b|\bupon awakening\b|\bfound (?:on the floor|collapsed)\b|"
              r"\blast (?:known|seen) well (?:last night|yesterday)|\bunknown onset\b")
_N = r"(?P<n>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?)"
_U = r"(?P<u>hours?|hrs?|h|minutes?|mins?|days?)"
ONSET = [rx(rf"\b{_N}\s*{_U}\s+(?:ago|earlier|before (?:arrival|presentation|admission)|prior to "
             rf"(?:arrival|presentation|admission))"),
         rx(rf"\b(?:for|over|in) the (?:past|last) {_N}\s*{_U}"), rx(rf"\b(?:onset|duration)(?: of)? {_N}\s*{_U}\b")]
ONSET_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "half a": 0.5, "half an": 0.5}
SADDLE = rx(r"\bsaddle (?:an(?:a)?esthesia|numbness|pa?raesthesia|paresthesia|sensory loss)|\bperi(?:neal|anal) "
             r"(?:numbness|an(?:a)?esthesia|sensory loss)|\bnumbness (?:in|of|around) the (?:saddle|perineum|buttocks|genitals)")
SPHINCTER = rx(r"\burinary retention|\bretention of urine|\bunable to (?:pass urine|void|urinate)|\b(?:new |urinary |"
                r"faecal |fecal |bowel |bladder )incontinence|\bincontinen\w+ of (?:urine|faeces|feces|stool)|"
                r"\b(?:reduced|decreased|loss of|lax|absent|poor) anal (?:tone|sphincter)|\bpainless retention|"
                r"\bdifficulty (?:passing urine|urinating|voiding)")
BILATERAL = rx(r"\bbilateral (?:sciatica|leg (?:pain|weakness|numbness)|radicul\w+|lower limb (?:weakness|numbness|"
                r"pain))|\bsciatica (?:in|down) both legs|\b(?:pain|numbness|weakness) (?:in|down) both legs")
BACK_PAIN = rx(r"\b(?:low(?:er)? )?back pain|\blumbago\b|\bdisc (?:prolapse|herniation)")
CES_IMAGING = rx(r"\bcauda equina (?:compression|syndrome)|\bcompress\w* (?:of )?the cauda equina")
ANAPHYLAXIS = rx(r"\banaphyla\w+")
SKIN = rx(r"\b(?:urticari\w+|hives|angio-?o?edema|(?:lips?|tongue|face|facial|throat|eyelids?) (?:swelling|swollen)|"
           r"swollen (?:lips?|tongue|face)|swelling of the (?:lips?|tongue|face|throat)|generali[sz]ed (?:rash|itch\w*|"
           r"pruritus|erythema)|flushing)\b")
AIRWAY = rx(r"\b(?:stridor|wheez\w+|throat (?:tightness|closing)|tight throat|hoarse\w*|difficulty (?:breathing|"
             r"swallowing)|bronchospasm|respiratory distress)\b")
COLLAPSE = rx(r"\b(?:collaps\w+|syncop\w+|faint\w*|hypotensi\w+|shock)\b")
GI_SYMPTOMS = rx(r"\b(?:vomit\w+|abdominal (?:cramp\w*|pain))\b")
EXPOSURE = rx(r"\b(?:after (?:eating|taking|receiving|being given)|bee sting|wasp sting|stung|peanuts?|tree nuts?|"
               r"shellfish|contrast|new (?:antibiotic|medication)|(?:minutes|shortly) (?:after|of))\b")
NECK = rx(r"\b(?:neck stiffness|stiff neck|nuchal rigidity|meningism\w*|(?:positive )?kernig'?s?(?: sign)?|"
           r"(?:positive )?brudzinski'?s?(?: sign)?)\b")
PHOTOPHOBIA = rx(r"\bphotophobi\w+")
HEADACHE = rx(r"\bheadaches?\b")
PURPURA = rx(r"\b(?:non-?blanching (?:rash|spots)?|petechia\w*|purpur\w+|(?:rash|spots)[^.;\n]{0,30}?(?:do|does|did)"
              r"(?: not|n't) (?:fade|blanch)|(?:positive )?glass test)")
PREGNANT = rx(r"\b(?:positive (?:urine |serum )?(?:pregnancy test|hcg|β-?hcg|beta-?hcg|upt)|(?:pregnancy test|upt|"
               r"b?-?hcg|β-?hcg|beta-?hcg)(?: test)?(?: was| is)? positive|missed (?:her )?(?:period|menses)|"
               r"amenorrho?ea|\d+ weeks? pregnant|(?:last menstrual period|LMP)[^.;\n]{0,25}?\d+ weeks? ago|"
               r"late period|period (?:is )?late)")
PELVIC = rx(r"\b(?:(?:lower )?abdominal pain|pelvic pain|(?:left|right) iliac fossa pain|(?:left|right) lower "
             r"quadrant pain|adnexal (?:pain|tenderness|mass)|shoulder[- ]tip pain|cervical motion tenderness|"
             r"vaginal bleeding|PV bleed\w*|spotting)\b")
ECTOPIC_SEVERE = rx(r"\b(?:peritonism|peritonitis|guarding|rebound|free fluid|ha?emoperitoneum|shoulder[- ]tip pain|"
                     r"collaps\w+|syncop\w+|faint\w*|empty uterus)\b")
INTRAUTERINE = rx(r"\b(?:confirmed )?intrauterine pregnancy\b")
SAH = rx(r"\bthunderclap|\bworst headache of (?:my|his|her|their) life|\bsudden(?:-onset)?,? severe headache|"
          r"\bsudden onset (?:of )?(?:a )?(?:severe |occipital )?headache|\bheadache (?:that )?(?:was |reached )?maximal "
          r"(?:at|within)|\bxanthochromia|\bsubarachnoid ha?emorrhage")
DISSECTION = rx(r"\b(?:tearing|ripping) (?:chest |back |interscapular )?pain|\b(?:blood pressure|BP) (?:difference|"
                 r"differential|discrepancy) between (?:the )?arms|\bpulse deficit|\bwidened mediastinum|"
                 r"\baortic dissection|\bintimal flap")
TORSION = rx(r"\b(?:sudden(?:-onset)?|acute) (?:severe )?(?:testicular|scrotal) pain|\btesticular torsion|"
              r"\bhigh-riding testis|\babsent cremasteric reflex")
GI_BLEED = rx(r"\b(?:ha?ematemesis|coffee[- ]ground (?:vomit\w*|emesis)|mela?ena|vomit\w* (?:up )?(?:(?!no\b|not\b|without\b)\w+ ){0,2}?blood|"
               r"blood in (?:the |his |her )?vomit|black,? tarry stools?|(?:fresh|bright red) blood per rectum|"
               r"ha?ematochezia)\b")
KETOSIS = rx(r"\b(?:ketonuria|ketones? (?:\+{2,}|positive|[34]\+|large)|(?:diabetic )?ketoacidosis|DKA|kussmaul)\b")
SUICIDE = rx(r"\b(?:suicidal (?:ideation|thoughts|intent)|thoughts of (?:suicide|self[- ]harm|killing (?:himself|herself|"
              r"themselves))|wants to (?:die|kill (?:himself|herself|themselves))|plans? to (?:kill|end)|"
              r"intentional overdose|suicide attempt|attempted suicide)\b")
SUICIDE_PLAN = rx(r"\b(?:plans?|intent|attempt\w*|overdose)\b")
CHEMO = r"\b(?:chemotherapy|chemo|cyclophosphamide|doxorubicin|carboplatin|cisplatin|paclitaxel|docetaxel|FOLFOX|R-CHOP)\b"
PE = rx(r"\b(?:pleuritic chest pain|ha?emoptysis|cough\w* up (?:(?!no\b|not\b|without\b)\w+ ){0,2}?blood|(?:unilateral |swollen )?(?:calf|leg) "
         r"swelling|swollen (?:left |right )?(?:calf|leg)|DVT|pulmonary embol\w+)\b")
