#!/bin/bash
# (session 34) `consilium bench overhead` alternated, N rounds, nothing else running:
#   start = 7963cb0, this session's starting code (a worktree; STARTPKG holds a `consilium` link to it)
#   main  = this checkout
# Set up: git worktree add /tmp/wt_start 7963cb0 && mkdir -p /tmp/startpkg && ln -s /tmp/wt_start /tmp/startpkg/consilium
N=${1:-4}; STARTPKG=${STARTPKG:-/tmp/startpkg}; MAIN=${MAIN:-/work/main}
for i in $(seq 1 $N); do
  echo "== round $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "start 7963cb0: "; (cd /tmp && PYTHONPATH=$STARTPKG $MAIN/.venv/bin/python -m consilium.orchestration.cli.main bench overhead 2>/dev/null | tail -1)
  echo -n "main $(cd $MAIN && git rev-parse --short HEAD): "; (cd $MAIN && .venv/bin/consilium bench overhead 2>/dev/null | tail -1)
done
