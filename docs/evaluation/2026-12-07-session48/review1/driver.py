"""Run every snippet of this folder's snippets.json through the de-identifier (rules only) and write results to
argv[1]: session 49's driver, which takes the folder (the same code; it was first written here).
Run once with the new package (cwd /work/main) and once with the old (PYTHONPATH=/tmp/basepkg, cwd /tmp)."""
import os, runpy, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], sys.argv[1], HERE]
runpy.run_path(os.path.join(HERE, "..", "..", "2026-12-07-session49", "review1", "driver.py"), run_name="__main__")
