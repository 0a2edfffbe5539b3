#!/bin/bash
# deid_time.py alternated with the session's start (START, a worktree linked from /tmp/basepkg), N rounds, alone
# Set up: git worktree add /tmp/wt_base START && mkdir -p /tmp/basepkg && ln -s /tmp/wt_base /tmp/basepkg/consilium
# (session 36: START=20ae623; session 37: START=491ae5b)
N=${1:-3}; MAIN=${MAIN:-/work/main}; D=$MAIN/docs/evaluation/2026-12-06-session36; START=${START:-20ae623}
for i in $(seq 1 $N); do
  echo "== round $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "start $START: "; (cd /tmp && PYTHONPATH=/tmp/basepkg $MAIN/.venv/bin/python $D/deid_time.py)
  echo -n "main $(cd $MAIN && git rev-parse --short HEAD): "; (cd $MAIN && .venv/bin/python $D/deid_time.py)
done
