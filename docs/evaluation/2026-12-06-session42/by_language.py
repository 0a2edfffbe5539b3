"""A HELD-OUT set by the language of its notes (positions from its modules' docstrings), with the shipped reader or the
rules alone: python docs/evaluation/2026-12-06-session42/by_language.py [--set heldout41|heldout42|heldout43|heldout44|heldout45|heldout46|heldout47|heldout48|heldout49|heldout50|heldout51] [--rules-only]
(session 41's script with a set to choose; HELD-OUT 41 and 42 place their English notes alike)"""
import sys
from consilium.orchestration.privacy import evaluate as E, learned

ENGLISH = (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 21, 22, 23)
GROUPS = {
    "heldout41": {"English": ENGLISH, "Greek": (1, 13, 17), "Chinese": (3, 15, 19), "Japanese": (5,), "Hindi": (7,),
                  "Ukrainian": (9,), "Persian": (11,)},
    "heldout42": {"English": ENGLISH, "Greek": (1, 13, 17), "Chinese": (3, 15, 19), "Korean": (5,), "Arabic": (7,),
                  "Russian": (9,), "Thai": (11,)},
    # (session 43's set: its 21st note is Chinese)
    "heldout43": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 23), "Greek": (1, 7, 13, 19), "Chinese": (3, 15, 21),
                  "Japanese": (5,), "Hindi": (9,), "Hebrew": (11,), "Ukrainian": (17,)},
    "heldout44": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 23), "Japanese": (1, 11), "Korean": (3, 15),
                  "Hindi": (5,), "Thai": (7,), "Arabic": (9,), "Greek": (13,), "Hebrew": (17,), "Ukrainian": (19,),
                  "Chinese": (21,)},
    "heldout45": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Japanese": (1,), "Korean": (3,), "Arabic": (5,),
                  "Hebrew": (7,), "Greek": (9,), "Thai": (11,), "Bulgarian": (13,), "Khmer": (15,), "Armenian": (17,),
                  "Hindi": (19,), "Gujarati": (21,), "Chinese": (23,)},
    "heldout46": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Japanese": (1,), "Korean": (3,), "Chinese": (5,),
                  "Arabic": (7,), "Hebrew": (9,), "Thai": (11,), "Hindi": (13,), "Sinhala": (15,), "Burmese": (17,),
                  "Lao": (19,), "Telugu": (21,), "Odia": (23,)},
    "heldout47": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Japanese": (1,), "Korean": (3,), "Chinese": (5,),
                  "Arabic": (7,), "Hebrew": (9,), "Thai": (11,), "Hindi": (13,), "Kannada": (15,), "Malayalam": (17,),
                  "Punjabi": (19,), "Urdu": (21,), "Kazakh": (23,)},
    "heldout48": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Japanese": (1,), "Korean": (3,), "Chinese": (5,),
                  "Arabic": (7,), "Hebrew": (9,), "Thai": (11,), "Hindi": (13,), "Marathi": (15,), "Nepali": (17,),
                  "Pashto": (19,), "Uzbek": (21,), "Tigrinya": (23,)},
    "heldout49": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Japanese": (1,), "Korean": (3,), "Chinese": (5,),
                  "Arabic": (7,), "Russian": (9,), "Greek": (11,), "Hindi": (13,), "Czech": (15,), "Hungarian": (17,),
                  "Macedonian": (19,), "Assamese": (21,), "Azerbaijani": (23,)},
    "heldout50": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Japanese": (1,), "Korean": (3,), "Chinese": (5,),
                  "Arabic": (7,), "Dari": (9,), "Lao": (11,), "Punjabi": (13,), "Lithuanian": (15,), "Slovak": (17,),
                  "Albanian": (19,), "Galician": (21,), "Tagalog": (23,)},
    "heldout51": {"English": (0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22), "Chinese": (1,), "Kurdish": (3,), "Gujarati": (5,),
                  "Tajik": (7,), "Greek": (9,), "Hebrew": (11,), "Finnish": (13,), "Latvian": (15,), "Croatian": (17,),
                  "Afrikaans": (19,), "Basque": (21,), "Icelandic": (23,)},
}
name = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "heldout42"
records = E.NOTE_SETS[name]()
with learned.using(None if "--rules-only" in sys.argv else learned.current()):
    for language, positions in GROUPS[name].items():
        rep = E.evaluate([records[i] for i in positions])
        direct = [v for k, v in rep.by_kind.items() if k in E.DIRECT_KINDS]
        planted_direct, leaked_direct = sum(v[0] for v in direct), sum(v[1] for v in direct)
        print(f"{language:9} notes {len(positions):2}  leaked {rep.leaked:3} of {rep.identifiers:3} "
              f"({100 * (1 - rep.leaked / rep.identifiers):5.1f} %)  direct {leaked_direct:3} of {planted_direct:3} "
              f"({100 * (1 - leaked_direct / max(planted_direct, 1)):5.1f} %)  lost {rep.protected_lost} of {rep.protected}")
