"""Identifiers of the classes HELD-OUT 10 leaked (session 23): a hospital named after a place that is also a rule's
eponym, an institution named by an acronym or by one word with inner capitals, a teaching hospital or institute
named by its acronym alone, a regulator's registration number, a number of record written in hyphenated groups, a
name after a role's label, a Greek name before the age, a Hindi address line and a town before its state, Greek
phone labels, dates and ages in French, Spanish, Italian and German, eight-digit phone numbers; and the clinical text that sits in the same slots but names no one (times, volumes, classifications, eponymous anginas). Examples are this
file's own, not taken from a note set."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy.deid import Deidentifier


def _out(text: str) -> str:
    return Deidentifier(seed=7, day_first=True).deidentify(text)


@pytest.mark.parametrize("text, hidden", [
    ("Transferred from the Ottawa Hospital overnight.", ["Ottawa"]),
    ("Seen in the HealthPoint Clinic, then at BRMC Medical Centre.", ["HealthPoint", "BRMC"]),
    ("Referred from JUTH with a fungating breast mass; biopsy at SKIMS.", ["JUTH", "SKIMS"]),
    ("Dr Emeka Obiora-Lund, Cardiology, CPSBC 40219. Discussed with CMQ 12877.", ["40219", "12877"]),
    ("Social insurance number 046-454-286 on file; tax number 4470-2211-903.", ["046-454-286", "4470-2211-903"]),
    ("Diabetes nurse educator: Ilse Marchetti. Care co-ordinator: Dawit Haile.", ["Ilse", "Marchetti", "Dawit", "Haile"]),
    # other scripts: a Greek name before the age, a Hindi address line before the next sentence, a town before its state
    ("Θάλαμος 2: Σταμάτης Κουκουλάκης, 71 ετών, με πυρετό.", ["Σταμάτης", "Κουκουλάκης"]),
    ("पता: मकान नं. 9, नेहरू मार्ग, बाड़मेर 344001. फोन: 98290 11223", ["नेहरू मार्ग", "बाड़मेर"]),
    ("पता: ग्राम रामपुर, पो. खेड़ा, जि. सीकर 332001। मोबाइल: 94141 72630", ["रामपुर", "खेड़ा", "सीकर"]),
    ("निवास: शिवपुरी कॉलोनी, धार, मध्य प्रदेश", ["धार,"]),
    ("Τηλ. 25 310 447, κινητό 699 104 2275.", ["25 310 447", "699 104 2275"]),
    # dates and ages of French, Spanish, Italian and German notes; phone numbers of eight digits in two fours
    ("M. Aubertin, 93 ans, vu le 4 juillet 2025 puis le 9 août; Ingresó el 2 de enero de 2024.",
     ["93", "4 juillet 2025", "9 août", "2 de enero de 2024"]),
    ("Ein 93-jähriger Patient, mit 92 Jahren; ricovero il 2 maggio 2024.", ["93", "92", "2 maggio 2024"]),
    ("Aufnahme am 7. Oktober 2024, seit März 2023 bekannt; ricovero 15 settembre 2025.",
     ["7. Oktober 2024", "März 2023", "15 settembre 2025"]),
    ("HP 8123 4471. Son Wei Ming (6623 9018) will visit. SIN 208 461 337.", ["8123 4471", "6623 9018", "208 461 337"]),
])
def test_session23_identifiers_are_removed(text, hidden):
    out = _out(text)
    for part in hidden:
        assert part not in out, (part, out)


@pytest.mark.parametrize("text, kept", [
    ("Ottawa ankle rules negative; Ottawa knee rule not met.", ["Ottawa ankle rules", "Ottawa knee rule"]),
    ("ACTH raised; repeat TSH in a MONTH; results in LIMS.", ["ACTH", "MONTH", "LIMS"]),
    ("Platelets 150-400; ferritin 30-400 ug/L; seen 2025-06-18.", ["150-400", "30-400"]),
    ("IBD Clinic follow-up; COPD Clinic; HIV Clinic.", ["IBD Clinic", "COPD Clinic", "HIV Clinic"]),
    ("Manager: Cardiology. Officer: Paediatrics on call.", ["Cardiology", "Paediatrics"]),
    ("Άνδρας, 58 ετών, με θωρακικό άλγος.", ["Άνδρας"]),
    # found by a second reading: round doses, readings and times; eponymous operations and clinics; clinical acronyms of
    # an institute's shape; a note's role heading before a drug or an everyday word; measures in two fours; acronyms
    ("Gabapentin 300-300-600 daily; obs 0800-1200-1600; CBG 180-220-250 overnight.", ["300-300-600", "0800-1200-1600",
                                                                                     "180-220-250"]),
    ("Booked for Whipple Surgery; reviewed in the Marfan Clinic.", ["Whipple Surgery", "Marfan Clinic"]),
    ("?PIMS, for IVIG. Secondary HPTH from CKD. Dose checked in MIMS.", ["PIMS", "HPTH", "MIMS"]),
    ("Nurse practitioner: Lisinopril increased. Ward manager: Informed of plan.", ["Lisinopril", "Informed"]),
    ("Twins: birth weights 3450 3120 g. Received 3 MARS sessions.", ["3450 3120", "MARS"]),
    ("Times 0800 1200 and 2130 2200; 1500 2000 mL; Hb 11.2 9.8.", ["0800 1200", "2130 2200", "1500 2000", "11.2 9.8"]),
    ("Prinzmetal's angina excluded; Russell's viper bite; Kennedy Class II; Angle class III malocclusion.",
     ["Prinzmetal's angina", "Russell's viper", "Kennedy Class II", "Angle class III"]),
])
def test_session23_clinical_text_survives(text, kept):
    out = _out(text)
    for part in kept:
        assert part in out, (part, out)
