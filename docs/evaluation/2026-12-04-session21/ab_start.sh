#!/bin/bash
# Alternates the code before the start-up change (5568aa5) and after it, file by file, in fresh instrumented processes.
cd "$(git rev-parse --show-toplevel)"
F="orchestration/__init__.py orchestration/api.py orchestration/cli/common.py orchestration/cli/main.py orchestration/models/base.py orchestration/models/batched.py orchestration/models/chat.py orchestration/models/embedded.py"
for i in $(seq 1 ${1:-4}); do
  git checkout -q 5568aa5 -- $F
  a=$(T0=$(date +%s.%N) .venv/bin/python docs/evaluation/2026-12-04-session21/first_call.py scenarios/demo_pneumonia_cxr.yaml 2>&1 | grep -o "FIRST_CALL [0-9.]*" | head -1)
  git checkout -q HEAD -- $F
  b=$(T0=$(date +%s.%N) .venv/bin/python docs/evaluation/2026-12-04-session21/first_call.py scenarios/demo_pneumonia_cxr.yaml 2>&1 | grep -o "FIRST_CALL [0-9.]*" | head -1)
  echo "round $i: before ${a#FIRST_CALL } s, after ${b#FIRST_CALL } s"
done
git status --short
