"""Findings that make a red flag's pattern less likely to mean the emergency: the screen's look-alikes.

Each pattern describes a feature that the clinical literature names as pointing away from the flag's
diagnosis; :mod:`consilium.orchestration.safety.red_flags` lets it lower a flag only where a stronger
sign is absent (an ischaemic ECG still flags pleuritic pain, a limb deficit still flags a facial palsy).
"""

from __future__ import annotations

import re

from consilium.orchestration.safety.flag_patterns import rx

# Pleuritic, positional and palpation-reproduced chest pain lower the likelihood of ACS (Swap CJ, Nagurney JT,
# JAMA 2005;294:2623-9: likelihood ratios 0.2-0.3; ESC 2020 NSTE-ACS guideline, "non-anginal" pain), as do a
# dermatomal rash (zoster).
NON_CARDIAC_PAIN = rx(r"\bpleuritic\b|\b(?:worse|sharp|pain\w*|hurts?) (?:on|with|when|during) (?:deep |taking a )?"
                      r"(?:breaths?\b|breathing\b(?!\s+(?:difficult|problem|trouble))|inspiration|inhal\w+|coughing)|"
                      r"\b(?:on|when) breathing in\b|"
                      r"\breproduc\w+ (?:by|on|with) (?:palpation|pressing|pressure)|\btender(?:ness)? (?:over|of|on) "
                      r"(?:the )?(?:sternum|ribs?|chest wall|costochondral)|\bcostochondr\w+|\bchest wall (?:pain|"
                      r"tenderness)|\bworse (?:on|with) (?:twisting|movement|moving|turning)|\bpositional\b|\bworse "
                      r"(?:lying|on lying) (?:flat|down)|\bdermatom\w+|\bshingles\b|\bherpes zoster\b")
# An infection of the chest that explains pleuritic pain, haemoptysis and tachycardia (Wells score: "an
# alternative diagnosis is less likely than PE" scores 3; Wells PS et al., Thromb Haemost 2000;83:416-20).
CHEST_INFECTION = rx(r"\b(?:pneumonia|consolidation|chest infection|lower respiratory (?:tract )?infection|LRTI|"
                     r"productive cough|purulent sputum|(?:green|yellow|rusty|purulent) (?:sputum|phlegm)|"
                     r"bronchial breathing)\b")
# Risk factors of venous thromboembolism (Wells, Geneva: surgery or immobilisation, active cancer, previous VTE;
# oestrogen, pregnancy and long-haul travel: NICE NG158, 2020).
VTE_RISK = rx(r"\b(?:post-?op\w*|after (?:an? )?(?:\w+ )?(?:surgery|operation|replacement)|\w+ replacement|"
              r"immobil\w+|bed-?bound|long-haul|long (?:car|coach|bus|train) journey|flight|(?:oral )?contracepti\w+|"
              r"the pill|HRT|oestrogen|estrogen|post-?partum|pregnan\w+|previous (?:DVT|PE|pulmonary embol\w+|VTE)|"
              r"active cancer|malignan\w+|metasta\w+)\b")
PE_SPECIFIC = rx(r"\b(?:(?:unilateral |swollen )?(?:calf|leg) swelling|swollen (?:left |right )?(?:calf|leg)|"
                 r"(?:left|right) calf swelling|DVT|pulmonary embol\w+)\b")

# A lower motor neurone facial palsy (forehead involved) is Bell's palsy or another peripheral lesion; a stroke
# spares the forehead (NICE CKS, Bell's palsy, 2024).
LMN_FACIAL = rx(r"\blower motor neuron\w*|\bbell'?s palsy|\bforehead (?:involvement|involved)|\binvolving the "
                r"forehead|\b(?:cannot|can't|unable to) (?:wrinkle|raise|move) (?:\w+ ){0,2}?(?:forehead|eyebrow)|"
                r"\b(?:facial nerve|seventh nerve|VII(?:th)? nerve) palsy")
FACIAL_DEFICIT = re.compile(r"facial|face", re.I)

# Anticancer treatment that ended long ago does not put a febrile patient at risk of neutropenia (NICE CG151
# concerns people having treatment; neutropenia after a cycle lasts weeks).
TREATMENT_ENDED = rx(r"\b(?:completed|finished|ended|in remission|(?:\d+|several|many|two|three|four|five|ten) "
                     r"years? ago|as a (?:child|teenager)|(?:19|20)\d\d)\b")
TREATMENT_CURRENT = rx(r"\b(?:on|currently|current|ongoing|receiving|cycle|day \d+|last (?:week|cycle|dose)|"
                       r"(?:\d+|a|one|two|three|four|five|six) (?:days?|weeks?) ago|this (?:week|month))\b")
