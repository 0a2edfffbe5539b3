"""Session 45's experiment: do the reader's token features gain from names in other scripts, or from the word itself in
those scripts? The CRF is trained without HELD-OUT 44 (and the blind HELD-OUT 45) on the shipped out-of-fold context,
then HELD-OUT 44 is measured by language. Variants:

- C: the shipped features;
- A: C, and "sname" on a token of a script other than Latin, Chinese or Japanese that is a word of a given name or a
  surname of Faker's person providers (all locales; Greek ones in their other cases too), and "kosur" on a Hangul token
  of three syllables opening with a Korean surname;
- B: A, and the token itself as its "low" feature in those scripts (the shipped reader reads "D" there).

Needs Faker (the ``deid-lists`` extra). Run from the repository root, one variant a run (about 5 minutes each, alone):
.venv/bin/python docs/evaluation/2026-12-07-session45/reader_features.py A|B|C
Result (reader-features-heldout44.txt): A 46, B 43, C 45 leaked of 797, 10 lost each; no language moved by more than 3.
Left off: no gain beyond a retrain's noise."""
import importlib
import pkgutil
import re
import shutil
import sys
import tempfile
import unicodedata
from pathlib import Path

from consilium.orchestration.privacy import evaluate as E, learned, learned_train as T

_NOT_OWN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u3040-\u30ff\u4e00-\u9fff]")
_GREEK_CASES = {"ης": ("η",), "ής": ("ή",), "ος": ("ο", "ου", "ε"), "ός": ("ό", "ού", "έ"), "ας": ("α",), "άς": ("ά",)}
_KO_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도"
                   "소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")


def script_names() -> frozenset[str]:
    import faker.providers.person as person
    words: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr, value in provider.__dict__.items():
            if attr.startswith(("first_name", "last_name")) and isinstance(value, (dict, tuple, list, set, frozenset)):
                for name in (value.keys() if isinstance(value, dict) else value):
                    if isinstance(name, str):
                        words |= {w for w in re.split(r"[\s-]+", name) if len(w) >= 2 and not _NOT_OWN.search(w)
                                  and unicodedata.category(w[0]).startswith("L")
                                  and all(unicodedata.category(c)[0] in "LM" for c in w)}
    for word in [w for w in words if w[-1:] == "ς" and "\u0370" <= w[0] <= "\u03ff"]:
        words |= {word[:-2] + e for e in _GREEK_CASES.get(word[-2:], ())}
    return frozenset(words)


NAMES = script_names()
orig = learned._word


def word_a(tok):
    feats, low, sh, title, common = orig(tok)
    sc = learned._script(tok)
    if sc == "hangul":
        feats += ("sname",) if len(tok) == 3 and tok[0] in _KO_SURNAMES and tok[1:] in NAMES else \
            ("kosur",) if len(tok) == 3 and tok[0] in _KO_SURNAMES else ()
    elif sc not in ("lat", "han", "kana", "sym", "dig") and tok in NAMES:
        feats += ("sname",)
    return feats, low, sh, title, common


def word_b(tok):
    feats, low, sh, title, common = word_a(tok)
    if learned._script(tok) not in ("lat", "greek", "latin", "cyrillic", "han", "kana", "sym", "dig"):
        feats = tuple(f for f in feats if not f.startswith("low=")) + (f"low={tok}",)
        low = tok
    return feats, low, sh, title, common


GROUPS = {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 23), "Japanese": (1, 11), "Korean": (3, 15), "Hindi": (5,),
          "Thai": (7,), "Arabic": (9,), "Greek": (13,), "Hebrew": (17,), "Ukrainian": (19,), "Chinese": (21,)}
variant = sys.argv[1]
learned._word = {"A": word_a, "B": word_b, "C": orig}[variant]
kept = [k for k in T.training_sets() if k != "heldout44"]
with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "model.crfsuite"
    shutil.copy(learned.probe_path(learned.MODEL), learned.probe_path(path))
    T.train(kept, path, context=T.shipped_out_of_fold())
    model = learned.TokenModel(path)
    records = E.NOTE_SETS["heldout44"]()
    with learned.using(model):
        rep = E.evaluate(records)
        print(variant, "all", rep.leaked, rep.identifiers, "lost", rep.protected_lost, flush=True)
        for lang, idx in GROUPS.items():
            r = E.evaluate([records[i] for i in idx])
            print(variant, lang, r.leaked, r.identifiers, "lost", r.protected_lost, flush=True)
