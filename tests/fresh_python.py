"""Run a snippet in a fresh interpreter: what a new process imports, free of what the test session loaded."""

from __future__ import annotations

import subprocess
import sys


def last_line_of(code: str, timeout_s: float = 300) -> str:
    """The last line ``code`` prints when run by a new Python process; fails the test, with its stderr, if it fails."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout_s, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.strip().splitlines()[-1]
