import sys, runpy
from consilium.orchestration.privacy import learned
with learned.using_cached_context():
    sys.argv = ["allsets.py"] + sys.argv[1:]
    runpy.run_path("docs/evaluation/2026-12-05-session31/allsets.py", run_name="__main__")
