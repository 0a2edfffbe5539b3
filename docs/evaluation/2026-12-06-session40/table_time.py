"""A chart of N rows with an initials column, de-identified by the rules alone; prints rows and seconds (session 40):
python docs/evaluation/2026-12-06-session40/table_time.py 4000"""
import time, random
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy import learned
random.seed(0)
rows = ["| Time | SpO2 | HR | Drug | Init |"] + [f"| {h%24:02d}:{h%60:02d} | {90+h%10} | {60+h%40} | Paracetamol 1 g | {random.choice(['AD','SOC','JM','KO','PR'])} |" for h in range(int(__import__('sys').argv[1]))]
t = "\n".join(rows)
with learned.using(None):
    s = time.perf_counter(); Deidentifier(seed=1).deidentify(t); print(len(rows), round(time.perf_counter() - s, 2))
