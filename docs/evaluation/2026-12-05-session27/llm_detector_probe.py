"""Probe (session 27, not part of the product): the embedded Qwen2.5-Coder-1.5B as a second detector after the rules.

Run from the repository root: python llm_detector_probe.py heldout22 OUT.jsonl [model]. It de-identifies each note with
the rules, asks the model (JSON schema, temperature 0) for every identifier left, and writes what it listed, one line a
note. Score it with llm_detector_score.py SET OUT.jsonl. Stopped after 9 notes: it listed placeholders and clinical text
and caught none of the leaks (see the session README)."""
import json, sys, time, re
from pathlib import Path
from llama_cpp import Llama
from consilium.orchestration.models.embedded import model_path
from consilium.orchestration.privacy.evaluate import NOTE_SETS, leaked_parts
from consilium.orchestration.privacy.deid import Deidentifier

set_name, out_path = sys.argv[1], sys.argv[2]
model = sys.argv[3] if len(sys.argv) > 3 else "qwen2.5-coder-1.5b"
llm = Llama(model_path=str(model_path(model, Path.home() / ".consilium" / "models")), n_ctx=4096, n_threads=2, verbose=False)
SYSTEM = ("You find personal identifiers left in clinical notes. Some were already replaced by placeholders in "
          "square brackets such as [NAME_1] or [LOCATION_2]; ignore those. List every other identifier exactly as "
          "written in the note: names of people (patients, relatives, staff), names of places smaller than a "
          "country (towns, villages, districts, streets, mountains, rivers, farms, mines, hotels, schools), "
          "hospitals and clinics by name, dates, festivals and holidays used as dates, phone numbers, record and "
          "ID numbers, vehicle plates, licence numbers, device serials. Do not list diseases, drugs, tests, "
          "anatomy, doses, measurements, scores, signs named after people, countries or languages.")
schema = {"type": "object", "properties": {"identifiers": {"type": "array", "items": {"type": "string"}}},
          "required": ["identifiers"]}
recs = NOTE_SETS[set_name]()
with open(out_path, "w") as f:
    for rec in recs:
        deid = Deidentifier(seed=rec.id, day_first=None)
        out = deid.deidentify(rec.text)
        t0 = time.time()
        r = llm.create_chat_completion(messages=[{"role": "system", "content": SYSTEM},
                                                 {"role": "user", "content": "Note:\n" + out}],
                                       response_format={"type": "json_object", "schema": schema},
                                       temperature=0, max_tokens=400)
        txt = r["choices"][0]["message"]["content"]
        try:
            ids = json.loads(txt)["identifiers"]
        except Exception:
            ids = []
        f.write(json.dumps({"id": rec.id, "secs": round(time.time() - t0, 1), "ids": ids,
                            "ptok": r["usage"]["prompt_tokens"], "ctok": r["usage"]["completion_tokens"]}) + "\n")
        f.flush()
        print(rec.id, round(time.time() - t0, 1), len(ids), file=sys.stderr, flush=True)
