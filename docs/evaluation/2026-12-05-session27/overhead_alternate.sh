#!/bin/bash
# alternate: this checkout vs the session's start (bde6d0d worktree), N pairs
N=${1:-3}
for i in $(seq 1 $N); do
  echo "== pair $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "main: "; (cd /work/main && .venv/bin/consilium bench overhead 2>/dev/null | tail -1)
  echo -n "base: "; (cd /tmp && PYTHONPATH=/work/tmp/s27/wtpkg /work/main/.venv/bin/python -m consilium.orchestration.cli.main bench overhead 2>/dev/null | tail -1)
done
