#!/bin/bash
# `consilium bench overhead` alternated, N rounds, nothing else running:
#   old   = f482ae3, the code issue 13 measured at 51 ms (a worktree; OLDPKG holds a `consilium` link to it)
#   start = 1400e5d, this session's starting code (STARTPKG likewise)
#   main  = this checkout
# Set up: git worktree add /tmp/wt_old f482ae3 && mkdir -p /tmp/oldpkg && ln -s /tmp/wt_old /tmp/oldpkg/consilium (same for start)
N=${1:-3}; OLDPKG=${OLDPKG:-/work/tmp/s29/oldpkg}; STARTPKG=${STARTPKG:-/work/tmp/s29/startpkg}; MAIN=${MAIN:-/work/main}
for i in $(seq 1 $N); do
  echo "== round $i $(date +%H:%M:%S) load $(cut -d' ' -f1 /proc/loadavg)"
  echo -n "old f482ae3: "; (cd /tmp && PYTHONPATH=$OLDPKG $MAIN/.venv/bin/python -c "from consilium.orchestration.cli import main; import sys; sys.argv=['consilium','bench','overhead']; main()" 2>/dev/null | tail -1)
  echo -n "start 1400e5d: "; (cd /tmp && PYTHONPATH=$STARTPKG $MAIN/.venv/bin/python -m consilium.orchestration.cli.main bench overhead 2>/dev/null | tail -1)
  echo -n "main $(cd $MAIN && git rev-parse --short HEAD): "; (cd $MAIN && .venv/bin/consilium bench overhead 2>/dev/null | tail -1)
done
