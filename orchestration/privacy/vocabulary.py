"""The words Consilium knows: English (lower-case entries of Webster's web2), clinical (ICD-10-CM descriptions,
open-medicine's guidelines, drug names and brands) and the de-identifier's own everyday words and eponyms.

A capitalised word that none of these holds is most often a proper name: a person, a town, a farm, a school.
:mod:`consilium.orchestration.privacy.residual` redacts such a word when it stands beside an identifier that
the rules found. The list is built once from packages (``python -m consilium.orchestration.privacy.vocabulary
--build``, needs the ``deid-lists`` extra) and shipped gzipped under ``lists/``; it is read on first use.
"""

from __future__ import annotations

import argparse
import glob
import gzip
import os
import re
import unicodedata
from functools import lru_cache
from importlib import resources

_FILE = "vocabulary.txt.gz"
_SOURCES = ("Webster's web2 lower-case entries via english-words (public domain), ICD-10-CM descriptions via "
            "simple-icd-10-cm, open-medicine guideline text (lower-case words), drug names and brands via "
            "drug-named-entity-recognition (MIT), and the de-identifier's everyday words, eponyms and kept regions")
# Inflections the dictionary lists only in their base form ("discharged" -> "discharge", "biopsies" -> "biopsy")
_SUFFIXES = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("ly", ""), ("er", ""), ("er", "e"), ("est", ""), ("ers", ""), ("ation", "e"),
             ("ation", "ate"), ("ised", "ize"), ("ising", "ize"), ("ise", "ize"), ("isation", "ization"),
             ("ist", ""), ("ist", "e"), ("ists", ""), ("ists", "e"))
# British spellings of words the dictionaries hold in American form ("haematology", "oesophagus", "tumour")
_BRITISH = (("ae", "e"), ("oe", "e"), ("our", "or"), ("tre", "ter"), ("ise", "ize"), ("isa", "iza"), ("ph", "f"))


# Words clinicians write that no dictionary lists: shortenings (vaccines and tuberculosis drugs among them), and the
# languages an interpreter is booked for
_CLINICAL_SHORT = frozenset("""
obs init resus thurs tues weds sept ortho neuro gastro cardio endo onc haem paeds peds gynae obstet rehab physio psych
derm rheum nephro urol ophth ent mets abdo dx tx hx rx sx fx ddx mgmt pmh fhx shx
tel mob fax ph hosp dept acct acc addr ref msg govt engr inj mrs mme mlle ms mr dr prof rev sr jr attn pls approx
yrs mths wks hrs mins pt pts dtr detainee claimant caregiver keyworker careworker handover callback
tdap dtap dtp hib ipv opv mmr mmrv pcv ppsv hpv bcg menacwy menb rsv rif inh pza emb rhze
""".split())
_CALENDAR = frozenset("""
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue wed thu thur fri sat sun
""".split())
_LANGUAGES = frozenset("""
afrikaans albanian amharic arabic armenian assamese azerbaijani bengali bosnian bulgarian burmese cantonese
catalan chichewa creole croatian czech dari dinka dutch estonian ewe farsi fijian filipino finnish french fulani
georgian german greek gujarati haitian hakka hausa hebrew hindi hmong hungarian icelandic igbo ilocano indonesian
italian japanese kannada karen kazakh khmer kinyarwanda kirundi korean kurdish lao latvian lingala lithuanian
macedonian malay malayalam maltese mandarin maori marathi marshallese mongolian nepali norwegian oromo pashto
persian polish portuguese punjabi quechua romanian russian samoan serbian shona sindhi sinhala slovak slovenian
somali spanish swahili swedish tagalog tamil telugu thai tigrinya tongan turkish twi ukrainian urdu uzbek
vietnamese welsh wolof xhosa yiddish yoruba zulu
""".split())
# Prefixes a clinical compound is written with ("polyarthralgia", "perihilar", "pseudogout"); a British "haemo" is
# matched in its American spelling
_PREFIXES = ("anti", "auto", "bi", "dys", "endo", "epi", "extra", "hemi", "hyper", "hypo", "infra", "inter",
             "intra", "macro", "micro", "multi", "neo", "non", "oligo", "pan", "para", "peri", "poly", "post",
             "pre", "pseudo", "retro", "sub", "supra", "trans", "tri",
             # and medicine's combining forms ("haemovigilance", "immunosenescence", "thromboprophylaxis")
             "hemo", "immuno", "thrombo", "onco", "neuro", "cardio", "gastro", "nephro", "osteo", "myelo", "lympho",
             "angio", "electro", "radio", "psycho", "pharmaco", "pneumo", "broncho", "cyto", "histo", "hepato")

# ... and the endings of its operations, procedures and conditions ("pyloromyotomy", "hemicolectomy", "thrombolysis"):
# a word built on one is clinical, whether or not a dictionary lists it (names and places seldom end so)
# ("-pathy", "-itis" and "-emia" end names and places too: "Ganapathy", "Politis", "Astromerítis", "Euphemia")
_CLINICAL_SUFFIXES = ("otomy", "ectomy", "ostomy", "plasty", "scopy", "graphy", "algia", "aemia", "orrhaphy", "opexy",
                      "lysis",
                      # and the professions named after them ("Rheumatologist", "Sonographer": "Sonographer: Nomsa
                      # Majola" is a role's label, not a name before a name)
                      "ologist", "ologists", "grapher", "graphers")
# messaging and social platforms, named before a handle ("Viber: aung.min", "via Skype"): no person's or place's name
PLATFORMS = frozenset("""
skype viber whatsapp telegram facebook instagram wechat weibo tiktok snapchat linkedin kakaotalk kakao zalo
""".split())
# health professions that neither a dictionary nor those endings give
_PROFESSIONS = frozenset("orthoptist orthotist prosthetist audiometrist ergonomist doula perfusionist".split())


def fold(word: str) -> str:
    """Lower case without accents or a possessive: the form the vocabulary is keyed by."""
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
    return re.sub(r"['’]s?$", "", word)


@lru_cache(maxsize=1)
def words() -> frozenset[str]:
    data = resources.files("consilium.orchestration.privacy").joinpath("lists", _FILE).read_bytes()
    return frozenset(line for line in gzip.decompress(data).decode("utf-8").splitlines() if line and line[0] != "#")


def _base_forms(word: str) -> list[str]:
    out = []
    for suffix, repl in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[:-len(suffix)] + repl
            out.append(base)
            if len(base) > 3 and base[-1] == base[-2]:  # "stopped" -> "stopp" -> "stop"
                out.append(base[:-1])
    return out


def is_language(word: str) -> bool:
    """Whether ``word`` names a language ("Somali", "Tagalog"), as an interpreter's language is written."""
    return fold(word) in _LANGUAGES


@lru_cache(maxsize=8192)
def known(word: str, *, inflected: bool = True) -> bool:
    """Whether ``word`` (any case, accents and a possessive ignored) is a known English or clinical word,
    in itself, in a base form, or in American spelling. Without ``inflected``, a base form does not count: "Sioned" is
    no inflection of "sion" as a given name's first word is read."""
    vocab = words()
    w = fold(word)
    if w in _CLINICAL_SHORT or w in _CALENDAR or w in _LANGUAGES or w in PLATFORMS or w.removesuffix("s") in _PROFESSIONS:
        return True
    if w.endswith(_CLINICAL_SUFFIXES) and len(w) >= 8:
        return True
    forms = [w] + [w.replace(a, b) for a, b in _BRITISH if a in w]
    forms += [f[len(p):] for f in list(forms) for p in _PREFIXES if f.startswith(p) and len(f) - len(p) >= 5]
    return any(f in vocab or inflected and any(b in vocab for b in _base_forms(f)) for f in forms)


def build() -> list[str]:
    import open_medicine
    import simple_icd_10_cm as icd
    from drug_named_entity_recognition import drugs_finder
    from english_words import get_english_words_set

    from consilium.orchestration.privacy import gazetteer as G
    from consilium.orchestration.privacy import namelists as N
    from consilium.orchestration.privacy import patterns as P

    vocab = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    for code in icd.get_all_codes(with_dots=False):
        vocab |= set(re.findall(r"[a-z]+", fold(icd.get_description(code))))
    for path in glob.glob(os.path.join(os.path.dirname(open_medicine.__file__), "**", "*.md"), recursive=True):
        with open(path, encoding="utf-8") as fh:
            vocab |= set(re.findall(r"\b[a-z]{3,}\b", fh.read()))  # lower-case uses only: no authors' names
    for variant in drugs_finder.drug_variant_to_canonical:
        vocab |= set(re.findall(r"[a-z]+", fold(variant)))
    vocab |= {fold(w) for w in N.COMMON_WORDS} | {fold(w) for w in N.EPONYM_WORDS}
    # countries, states and regions the de-identifier keeps (Safe Harbor removes only places smaller than a state)
    vocab |= {fold(w) for region in (*G.KEPT_REGIONS, *P.US_STATES) for w in re.findall(r"[^\W\d_]+", region)}
    return sorted(w for w in vocab if len(w) >= 3 and w.isascii() and w.isalpha())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=f"Write lists/{_FILE} from the packages ({_SOURCES}).")
    parser.add_argument("--build", action="store_true", required=True)
    parser.parse_args(argv)
    entries = build()
    header = f"# Built by python -m consilium.orchestration.privacy.vocabulary --build from {_SOURCES}.\n"
    target = str(resources.files("consilium.orchestration.privacy").joinpath("lists", _FILE))
    with open(target, "wb") as fh:  # mtime 0: the same words give the same bytes
        fh.write(gzip.compress((header + "\n".join(entries) + "\n").encode("utf-8"), mtime=0))
    print(f"{_FILE}: {len(entries)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
