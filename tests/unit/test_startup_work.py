"""What a start of `consilium review` leaves for later: work that the first model call does not need (issue 16)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys

from consilium.orchestration.cli.common import long_lived_objects


def test_importing_the_api_leaves_networkx_and_the_rules_of_other_scripts_for_their_first_use() -> None:
    code = ("import json, sys\n"
            "import consilium.orchestration.api\n"
            "from consilium.orchestration.privacy import detect, scripts, scripts_he_ar\n"
            "before = [f.cache_info().currsize for f in (scripts._rules, scripts._script_rules, scripts_he_ar._rules)]\n"
            "english = detect.detect('Seen by Dr Patel at St Mary Hospital, 12 Oak Road, Leeds.')\n"
            "after_english = [f.cache_info().currsize for f in (scripts._rules, scripts._script_rules, scripts_he_ar._rules)]\n"
            "greek = detect.detect('Ασθενής: Ελένη Παπαδοπούλου, κόρη του Νίκος.')\n"
            "print(json.dumps({'networkx': 'networkx' in sys.modules, 'before': before, 'after_english': after_english,\n"
            "                  'greek_names': [s.kind for s in greek], 'greek_compiled': scripts._rules.cache_info().currsize}))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["networkx"] is False
    assert report["before"] == [0, 0, 0] and report["after_english"] == [0, 0, 0]  # an English text compiles none
    assert "NAME" in report["greek_names"] and report["greek_compiled"] == 1  # the first Greek text compiles them


def test_long_lived_objects_pauses_the_collector_and_freezes_what_the_block_made() -> None:
    frozen_before = gc.get_freeze_count()
    try:
        with long_lived_objects():
            assert not gc.isenabled()
            made = [[i] for i in range(1000)]
        assert gc.isenabled()
        assert gc.get_freeze_count() >= frozen_before + len(made)
    finally:
        gc.unfreeze()  # the test process's own objects go back to the collector
    gc.disable()
    try:  # a caller that had turned the collector off finds it off again
        with long_lived_objects():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
