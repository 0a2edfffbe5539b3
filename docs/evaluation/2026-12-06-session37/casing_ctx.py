import sys, runpy
from consilium.orchestration.privacy import learned
with learned.using_cached_context():
    runpy.run_path("docs/evaluation/2026-12-05-session31/casing.py", run_name="__main__")
