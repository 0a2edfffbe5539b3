#!/bin/bash
# (session 36) `consilium bench overhead` alternated, N rounds, nothing else running:
#   start = 20ae623, this session's starting code (a worktree; /tmp/basepkg holds a `consilium` link to it)
#   main  = this checkout
# Set up: git worktree add /tmp/wt_base 20ae623 && mkdir -p /tmp/basepkg && ln -s /tmp/wt_base /tmp/basepkg/consilium
# (session 37: START=491ae5b)
N=${1:-4}; MAIN=${MAIN:-/work/main}; START=${START:-20ae623}
for i in $(seq 1 $N); do
  echo "== round $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "start $START: "; (cd /tmp && PYTHONPATH=/tmp/basepkg $MAIN/.venv/bin/python -m consilium.orchestration.cli.main bench overhead 2>/dev/null | tail -1)
  echo -n "main $(cd $MAIN && git rev-parse --short HEAD): "; (cd $MAIN && .venv/bin/consilium bench overhead 2>/dev/null | tail -1)
done
