#!/bin/bash
# `consilium bench overhead`, alternated: BASE (a git worktree of the session's starting code, cb07371, with
# consilium/{agents,experts,orchestration,tools,ui,scenarios} linked to its folders) against this checkout.
# Usage: BASE=/path/to/worktree bash overhead_alternated.sh [pairs]   (run from the repository root)
MAIN=$(pwd); BASE=${BASE:?set BASE to a worktree of cb07371}
for i in $(seq "${1:-3}"); do
  echo "== pair $i $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  (cd "$BASE" && PYTHONPATH="$BASE" "$MAIN/.venv/bin/python" -m consilium.orchestration.cli.main bench overhead 2>&1 | tail -1 | sed 's/^/base: /')
  "$MAIN/.venv/bin/python" -m consilium.orchestration.cli.main bench overhead 2>&1 | tail -1 | sed 's/^/main: /'
done
