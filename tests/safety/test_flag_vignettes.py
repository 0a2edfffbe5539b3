"""The red-flag screen on its labelled dev vignettes: per-flag precision and recall floors, and the look-alikes.

Floors are what the screen reached on the dev part (tests/safety/data/red_flag_vignettes.yaml); the
held-out part is measured with ``python -m consilium.orchestration.safety.evaluate_flags --held-out`` and is
not asserted here, so that nobody tunes rules against it through a failing test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from consilium.orchestration.case.model import Case, Vitals
from consilium.orchestration.errors import Defect, InputError
from consilium.orchestration.safety.evaluate_flags import figures, kind_of, load_vignettes, main, score
from consilium.orchestration.safety.red_flags import detect_red_flags

VIGNETTES = load_vignettes()
DEV = [v for v in VIGNETTES if v.split == "dev"]
HELD_OUT = [v for v in VIGNETTES if v.split == "held_out"]

PRECISION_FLOOR = 1.0  # reached on dev after the rule changes of issue 15 (was 0.81)
RECALL_FLOOR = 1.0     # (was 0.98)


def test_the_set_is_large_split_and_covers_every_rule():
    assert len(VIGNETTES) >= 120 and len(HELD_OUT) >= len(VIGNETTES) // 4
    assert {v.split for v in VIGNETTES} == {"dev", "held_out"}
    kinds = {k for v in VIGNETTES for k in v.expected}
    rules = {"sepsis", "deterioration", "neutropenic_sepsis", "acs", "stroke", "cauda_equina", "anaphylaxis",
             "meningitis", "ectopic", "sah", "aortic_dissection", "torsion", "gi_bleed", "dka", "suicide", "pe",
             "hypoxaemia", "hypotension", "coma"}
    assert rules <= kinds and any(k.startswith("crit_") for k in kinds)
    assert sum(not v.expected for v in VIGNETTES) >= 50  # clear negatives and look-alikes


def test_dev_precision_and_recall_per_flag_meet_the_floors():
    s = score(DEV)
    below = {k: (t.precision, t.recall) for k, t in s.per_kind.items()
             if (t.precision is not None and t.precision < PRECISION_FLOOR)
             or (t.recall is not None and t.recall < RECALL_FLOOR)}
    assert not below, f"per-flag (precision, recall) below the floor: {below}; errors: {s.errors}"
    assert s.overall.precision is not None and s.overall.precision >= PRECISION_FLOOR
    assert s.overall.recall is not None and s.overall.recall >= RECALL_FLOOR


@pytest.mark.parametrize("vid", [v.id for v in DEV if "pleuritic" in v.id or v.id == "pe-pneumonia"])
def test_pleuritic_pain_of_a_pneumonia_raises_no_acs_flag(vid):
    case = next(v.case for v in DEV if v.id == vid)
    assert "acs" not in {kind_of(f.name) for f in detect_red_flags(case)}


def test_pleuritic_pain_of_a_pneumonia_with_sweats_and_breathlessness():
    case = Case(id="p", presenting_complaint="Pneumonia: fever, sweats, breathless, pain in the right chest on breathing in.",
                vitals=Vitals(temperature_c=38.6, heart_rate=106, respiratory_rate=22, systolic_bp=118, spo2=95))
    kinds = {kind_of(f.name) for f in detect_red_flags(case)}
    assert "acs" not in kinds and "pe" not in kinds and "sepsis" in kinds  # NEWS2 1+1+2+0+1 = 5


def test_what_still_flags_acs_despite_a_pleuritic_or_chest_wall_feature():
    ecg = Case(id="e", history="Pleuritic chest pain.", other_results={"ECG": "ST depression V4-V6"},
               labs=[{"name": "hs-TnT", "value": 80, "unit": "ng/L"}])
    arm = Case(id="a", history="Chest pain radiating to the left arm, tender over the sternum.")
    breathless = Case(id="b", history="Central chest pain with breathlessness.")
    for case in (ecg, arm, breathless):
        assert "acs" in {kind_of(f.name) for f in detect_red_flags(case)}, case.history


def test_the_evaluation_counts_tp_fp_fn_and_prints_a_json_line_last(capsys, tmp_path: Path):
    data = tmp_path / "v.yaml"
    data.write_text("- {id: a, split: dev, expect: [acs], case: {history: 'Chest pain radiating to the jaw.'}}\n"
                    "- {id: b, split: dev, expect: [stroke], case: {history: 'Well.'}}\n"
                    "- {id: c, split: held_out, expect: [], case: {history: 'Chest pain, clammy.'}}\n")
    s = score(load_vignettes(data))
    assert (s.per_kind["acs"].tp, s.per_kind["acs"].fp, s.per_kind["stroke"].fn) == (1, 1, 1)
    assert figures(s, "all")["precision"] == 0.5 and figures(s, "all")["recall"] == 0.5
    assert main(["--vignettes", str(data), "--held-out"]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith('{"split": "held_out", "vignettes": 1, "exact": 0')


def test_bad_vignette_files_and_unknown_flag_names_are_named_errors(tmp_path: Path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {id: a, split: train, expect: [], case: {}}\n")
    with pytest.raises(InputError, match="vignette 0 \\(a\\): split must be one of"):
        load_vignettes(bad)
    bad.write_text("- {id: a, split: dev, expect: [], case: {vitals: {heart_rate: -3}}}\n")
    with pytest.raises(InputError, match="vignette 0 \\(a\\): invalid case"):
        load_vignettes(bad)
    with pytest.raises(InputError, match="not found"):
        load_vignettes(tmp_path / "missing.yaml")
    with pytest.raises(Defect, match="no kind"):
        kind_of("A flag nobody has named yet")


def test_a_lab_name_is_excluded_by_words_of_its_own_sentence_only():
    # "sweaty." before "Capillary glucose" once excluded the value as if it were sweat (found on the blind batch)
    low = Case(id="g", history="Found confused and sweaty. Capillary glucose 2.4 mmol/L.")
    assert "crit_glucose" in {kind_of(f.name) for f in detect_red_flags(low)}
    assert not detect_red_flags(Case(id="u", history="Urine glucose 30 mmol/L."))
