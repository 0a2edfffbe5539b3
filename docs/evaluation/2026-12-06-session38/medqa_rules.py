"""Session 32 medqa_diff.py with the rules alone (learned.using(None)): python medqa_rules.py OUT.json"""
import sys, runpy
from consilium.orchestration.privacy import learned
with learned.using(None):
    runpy.run_path("/work/main/docs/evaluation/2026-12-05-session32/medqa_diff.py", run_name="__main__")
