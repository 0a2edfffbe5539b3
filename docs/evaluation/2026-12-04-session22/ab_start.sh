#!/bin/bash
# Alternates the start-up files of BASE (default 7798875, this session's start) and of HEAD in fresh instrumented
# `consilium review` processes: seconds from process start to the first embedded model call.
# Usage, from a clean checkout: bash docs/evaluation/2026-12-04-session22/ab_start.sh [ROUNDS] [BASE]
cd "$(git rev-parse --show-toplevel)"
BASE=${2:-7798875}
F="agents/planning.py orchestration/cli/common.py orchestration/models/base.py orchestration/privacy/scripts.py orchestration/privacy/scripts_he_ar.py"
first() {
  T0=$(date +%s.%N) .venv/bin/python docs/evaluation/2026-12-04-session21/first_call.py scenarios/demo_pneumonia_cxr.yaml 2>&1 \
    | grep -o "FIRST_CALL [0-9.]*" | head -1 | cut -d' ' -f2
}
for i in $(seq 1 ${1:-6}); do
  for f in $F; do git show "$BASE:$f" > "$f"; done
  a=$(first)
  git checkout -q HEAD -- $F
  b=$(first)
  echo "round $i: before $a s, after $b s"
done
git status --short
