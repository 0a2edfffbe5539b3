"""The last detection pass: capitalised words outside every vocabulary, standing beside an identifier the rules found
(orchestration/privacy/residual.py), and the vocabulary it reads (vocabulary.py). Invented people and places."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from consilium.orchestration.privacy import vocabulary as V
from consilium.orchestration.privacy.deid import Deidentifier, scan_output
from consilium.orchestration.privacy.detect import detect
from consilium.orchestration.privacy.residual import NEAR, residual_spans


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.kind, s.rule) for s in detect(text)]


@pytest.mark.parametrize("text, word, kind", [
    ("Daughter Philippa Brennock-Hale 07700 900456 Velhavane side.", "Velhavane", "NAME"),
    ("Works night shifts at the Quenby Drossel depot, Tarnwick.", "Tarnwick", "LOCATION"),
    ("Husband Bartholomew (07700 900789) says Glenvarrow farm is 40 minutes away.", "Glenvarrow", "LOCATION"),
    ("Seen with wife Marguerite, Velhavane farm.", "Velhavane", "LOCATION"),
    ("Truck driver (Wairēkau depot), mob 021 555 0142.", "Wairēkau", "LOCATION"),  # Latin letters beyond Latin-1
])
def test_an_unknown_word_beside_an_identifier_is_taken(text, word, kind):
    assert (word, kind, "unknown_word") in _found(text)
    out = Deidentifier(seed="t").deidentify(text)
    assert word not in out


def test_words_taken_chain_and_a_word_touching_a_span_joins_it():
    text = "Interpreter 550912, Velhavane, Tarnwick, Brennockside, Oyelaran."
    # Oyelaran is more than NEAR characters from the number, but near Brennockside, taken in a chain
    assert text.index("Oyelaran") - text.index("550912") - len("550912") > NEAR
    assert ("Oyelaran", "NAME", "unknown_word") in _found(text)
    found = _found("Rheumatology clinic, Ysbyty Penmaen\nDear Dr Lowther")
    assert found[0][:2] == ("Ysbyty Penmaen", "HOSPITAL")


@pytest.mark.parametrize("text", [
    "Pentrefoelas is beautiful in spring; she walks there most days.",  # no identifier found: nothing to stand beside
    "Dr Anselm Quarry saw her. Three paragraphs later, after a long discussion of the plan, Velhavane was mentioned.",
])
def test_an_unknown_word_alone_or_far_from_any_identifier_stays(text):
    assert not [f for f in _found(text) if f[2] == "unknown_word"]


@pytest.mark.parametrize("clinical", [
    "Kernig's sign negative", "Hinchey II", "Madopar 125 mg", "Fortisip BD", "Burkholderia pseudomallei grown",
    "Medtronic Micra, serial MX1234567H", "HbSS known", "SpR aware", "Ramstedt pyloromyotomy", "Doppler negative",
    "Cantonese interpreter", "Haematology review", "Oesophageal varices", "Polyarthralgia", "Thurs", "October",
    "Vienna: moderately severe", "Quantiplex HIV/HCV assay",
])
def test_clinical_words_beside_a_name_stay(clinical):
    text = f"Dr Anselm Quarry: {clinical}."
    out = Deidentifier(seed="c").deidentify(text)
    assert clinical.replace("MX1234567H", "") in out.replace("[ID_1]", "")


def test_a_text_not_in_english_or_not_in_latin_letters_is_left_alone():
    spanish = "Dr Anselm Quarry: paciente con neumonía adquirida en la comunidad, Zapalenie desconocido."
    chinese = "主治醫師 Dr Anselm Quarry 處方 Augmentin 與 Unasyn，病人住院治療七天後出院。"
    for text in (spanish, chinese):
        assert not [f for f in _found(text) if f[2] == "unknown_word"], text


def test_residual_spans_reads_only_the_spans_it_is_given():
    text = "Lives near Velhavane."
    assert residual_spans(text, [], []) == []
    assert residual_spans(text, [(0, 5, "AGE")], []) == []  # an age is no anchor (a date is: "visit - Llanidloes, 27/01")
    assert residual_spans(text, [(0, 5, "NAME")], []) == [(11, 20, "NAME")]
    assert residual_spans(text, [(0, 5, "NAME")], [(11, 20)]) == []  # a protected phrase stays


def test_taken_words_round_trip_and_are_scanned_in_replies():
    text = "Works night shifts at the Quenby Drossel depot, Tarnwick, and misses it."
    d = Deidentifier(seed="r")
    out = d.deidentify(text)
    assert "Tarnwick" not in out
    assert d.reidentify(out, unshift_dates=False) == text
    # a model reply naming the place again is caught against the case's originals
    assert any(f.text == "Tarnwick" for f in scan_output("He is back in Tarnwick.", d))


def test_six_digit_number_without_a_unit_is_an_identifier():
    assert ("550912", "ID", "long_number") in _found("Interpreter 550912 used.")
    assert not _found("Platelets 250000/uL, WBC 12000/uL.")


def test_vocabulary_knows_forms_and_spellings_and_not_invented_names():
    for word in ("discharged", "Biopsies", "Haematology", "Tumour", "oesophageal", "polyarthralgia", "Klebsiella",
                 "apixaban", "Eliquis", "Crohn", "Uganda", "Queensland", "Tel", "Cantonese", "July"):
        assert V.known(word), word
    for word in ("Velhavane", "Tarnwick", "Glenvarrow", "Thistlecombe", "Quarshie"):
        assert not V.known(word), word


def test_vocabulary_file_says_where_it_comes_from():
    data = resources.files("consilium.orchestration.privacy").joinpath("lists", "vocabulary.txt.gz").read_bytes()
    head = gzip.decompress(data).decode("utf-8").splitlines()[0]
    assert head.startswith("# Built by python -m consilium.orchestration.privacy.vocabulary --build")
    assert len(V.words()) > 200_000
    assert all(w.islower() and w.isascii() for w in list(V.words())[:1000])


def test_a_number_closed_by_a_comma_is_found():
    # "(?![\d,])" once refused any number followed by a comma: "HRN 0072418, Medicare ..." was never caught
    for text, number in (("Filed as 0091734, Medicare pending", "0091734"), ("employee 660214, Ward 3", "660214")):
        assert (number, "ID", "long_number") in _found(text)
    assert not _found("Counted 1,234,567 cells, all viable.")


@pytest.mark.parametrize("text", [
    "Dr Anselm Quarry fitted a FibroScan probe.",  # a capital after three small letters: a product
    "Brother Anselm +44 7700 900123. Needlestick from a used pen.",  # a compound opening a sentence
    "Safety-netted re Velhavane rash. Wife's mob 07700 900123.",  # another sentence, that another word closes
])
def test_products_compounds_and_other_sentences_stay(text):
    assert not [f for f in _found(text) if f[2] == "unknown_word"], _found(text)


@pytest.mark.parametrize("text, clinical", [
    # from the read-only review of this round: a verb, article, possessive or colon before the word says it is a thing
    ("Dr Patel restarted Movicol, two sachets daily.", "Movicol"),
    ("Mrs Jones uses an Omnipod with a Dexcom, HbA1c 62.", "Omnipod"),
    ("Sputum from Mr Kowalski grew Stenotrophomonas and Achromobacter.", "Achromobacter"),
    ("Mr Green's Micra was interrogated, battery ok.", "Micra"),
    ("Reviewed by Dr Chen. Movicol two sachets daily.", "Movicol"),
    ("Dr Ahmed: Barthel fifteen of twenty, Waterlow high risk.", "Barthel"),
    ("Jane Doe was admitted with Goodpasture, anti-GBM positive.", "Goodpasture"),
])
def test_a_thing_beside_a_name_stays(text, clinical):
    assert clinical in Deidentifier(seed="v").deidentify(text)


def test_a_word_taken_beside_an_identifier_is_not_learned_for_the_case():
    d = Deidentifier(seed="l")
    d.deidentify("Works night shifts at the Quenby Drossel depot, Tarnwick.")
    # taken there as a place; elsewhere in the case the same word is not redacted on that ground alone
    assert "Tarnwick" in d.deidentify("Tarnwick brand dressing applied.")


def test_a_word_beside_a_birth_year_is_its_own_span():
    # it once joined the DATE span and the birth-year code read "1930 Kilbrannagh" as a year (ValueError)
    for text in ("YOB 1930 Kilbrannagh.", "Year of birth: 1940 Kilbrannagh"):
        out = Deidentifier(seed="b").deidentify(text)
        assert "Kilbrannagh" not in out


@pytest.mark.parametrize("text", ["Platelet count 450000, WBC 12.3.", "CK peaked at 150000.", "PMH: #NOF 2019, THR.",
                                  "Route 1: IV, Route 2: oral.", "She ran out of Entresto."])
def test_counts_fracture_shorthand_and_routes_stay(text):
    assert Deidentifier(seed="n").deidentify(text) == text


@pytest.mark.timeout(60)  # exponential time would hang the suite; this makes it fail here, by name
def test_hyphenated_capitals_do_not_take_exponential_time():
    # "Ab-" * 28 after a phone number took 77 s in an eponym protection (older than this round); atomic now
    text = "Tel 01686 412345 " + "Ab-" * 40 + "1"
    assert "[PHONE_1]" in Deidentifier(seed="e").deidentify(text)
