"""HELD-OUT 34 measured on the session's starting code (7963cb0), its rules and its shipped reader, totals only (session 34).
Run from /tmp with PYTHONPATH pointing at a folder whose ``consilium`` is a worktree of 7963cb0 holding the set's files:
python start_measure.py [--rules-only]"""
import sys
from consilium.orchestration.privacy import evaluate as E
from consilium.orchestration.privacy.corpora.heldout.heldout34.deid_notes_heldout34 import NOTES

E.NOTE_SETS["heldout34"] = lambda: E.notes_records(NOTES, "held34")
sys.exit(E.main(["--set", "heldout34", "--examples", "0", *sys.argv[1:]]))
