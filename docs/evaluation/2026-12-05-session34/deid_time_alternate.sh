#!/bin/bash
# deid_time.py alternated with the session's start (7963cb0, a worktree linked from /tmp/startpkg), N rounds, alone
N=${1:-3}; MAIN=${MAIN:-/work/main}; D=$MAIN/docs/evaluation/2026-12-05-session34
for i in $(seq 1 $N); do
  echo "== round $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "start 7963cb0: "; (cd /tmp && PYTHONPATH=/tmp/startpkg $MAIN/.venv/bin/python $D/deid_time.py)
  echo -n "main $(cd $MAIN && git rev-parse --short HEAD): "; (cd $MAIN && .venv/bin/python $D/deid_time.py)
done
