#!/bin/bash
# deid_time.py alternated with the session's start (20ae623, a worktree linked from /tmp/basepkg), N rounds, alone
# Set up: git worktree add /tmp/wt_base 20ae623 && mkdir -p /tmp/basepkg && ln -s /tmp/wt_base /tmp/basepkg/consilium
N=${1:-3}; MAIN=${MAIN:-/work/main}; D=$MAIN/docs/evaluation/2026-12-06-session36
for i in $(seq 1 $N); do
  echo "== round $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "start 20ae623: "; (cd /tmp && PYTHONPATH=/tmp/basepkg $MAIN/.venv/bin/python $D/deid_time.py)
  echo -n "main $(cd $MAIN && git rev-parse --short HEAD): "; (cd $MAIN && .venv/bin/python $D/deid_time.py)
done
