"""Rewrite the (leaked, lost) floors of tests/safety/test_deid_floors.py from an allsets.py --reader JSON."""
import json, re, sys
r = json.load(open(sys.argv[1]))
p = "tests/safety/test_deid_floors.py"
src = open(p).read()
def sub(m):
    name = m.group(1)
    if name not in r: return m.group(0)
    return f'("{name}", ({m.group(2)}, {m.group(3)}, {m.group(4)}), {r[name][0]}, {r[name][3]})'
src = re.sub(r'\("(\w+)", \((\d+), (\d+), (\d+)\), (\d+), (\d+)\)', sub, src)
open(p, "w").write(src)
