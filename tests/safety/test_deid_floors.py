"""The recall and over-redaction floors reached on the full corpus (540 records, English, Greek and
Chinese, every Safe Harbor kind): a regression below them fails."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy import encoder, learned
from consilium.orchestration.privacy.corpora.deid_corpus_more import build_full_corpus
from consilium.orchestration.privacy.corpora.deid_heldout import held_out_records
from consilium.orchestration.privacy.evaluate import DIRECT_KINDS, NOTE_SETS, evaluate

NEW_KINDS = {"HOSPITAL", "LOCATION", "PLATE", "LICENCE", "SERIAL", "HANDLE", "CODE", "IP", "DOB90"}


@pytest.fixture(autouse=True, scope="module")
def _probe_readings_from_the_context_file():
    """The learned reader's probe tenths come from the context file (privacy/learned.py; test_reader_encoder.py
    compares a sample with the encoder's): the encoder over these 2,200 notes would take many minutes. A text the file
    does not hold fails here rather than slowing the suite down."""
    def stale():
        raise AssertionError("a text the reader read is not in lists/token_context.json.gz for the shipped probe (a "
                             "note, the cased view or the reader's tokens changed: python -m "
                             "consilium.orchestration.privacy.learned_train context; the probe retrained: train "
                             "--encode writes the file)")

    with pytest.MonkeyPatch.context() as patch, learned.using_cached_context():
        patch.setattr(encoder, "shipped", stale)
        yield


@pytest.fixture(scope="module")
def report():
    records = build_full_corpus()
    assert len(records) >= 500
    return evaluate(records)


def test_corpus_holds_every_kind_and_both_scripts():
    records = build_full_corpus()
    kinds = {p.kind for r in records for p in r.identifiers}
    assert NEW_KINDS | DIRECT_KINDS <= kinds
    assert sum(any("\u0391" <= c <= "\u03c9" for c in r.text) for r in records) >= 40
    assert sum(any("\u4e00" <= c <= "\u9fff" for c in r.text) for r in records) >= 40


def test_recall_floors(report):
    summary = report.summary()
    assert summary["direct_recall_pct"] == 100.0, report.examples["leaks"][:10]
    assert summary["recall_pct"] >= 99.0, report.examples["leaks"][:10]
    for kind in NEW_KINDS:
        planted, leaked = report.by_kind[kind]
        assert leaked <= 0.01 * planted, (kind, report.examples["leaks"][:10])
    assert report.case_leaked == 0, report.examples["case_leaks"][:10]


def test_over_redaction_floor(report):
    assert report.over_redaction_pct <= 0.5, report.examples["lost"][:10]
    assert report.case_over_redaction_pct <= 0.5
    assert report.scan_findings_after_deid == 0, report.examples["scan_fp"][:10]


def test_held_out_notes_measured_not_tuned():
    """Hand-written after the rules; 40 of 42 identifiers removed when written (a town after "lives with his
    daughter in", a surname with no context), 42 of 42 after the third round. The floor keeps that level, the
    figure is in docs/deidentification.md."""
    rep = evaluate(held_out_records())
    assert rep.identifiers >= 40
    assert rep.leaked == 0, rep.examples["leaks"]
    assert rep.protected_lost == 0, rep.examples["lost"]


@pytest.mark.parametrize("name, least, leaked, lost", [("dev", (130, 775, 395), 0, 0), ("heldout2", (48, 250, 200), 0, 0),
                                                     ("heldout3", (60, 516, 283), 2, 0), ("heldout4", (66, 661, 288), 1, 0),
                                                     ("heldout5", (76, 888, 367), 3, 0), ("heldout6", (71, 853, 303), 9, 0),
                                                     ("heldout7", (78, 1012, 368), 10, 1), ("heldout8", (68, 818, 281), 12, 7),
                                                     ("heldout9", (36, 431, 171), 33, 2),
                                                     ("heldout10", (40, 551, 217), 4, 0),
                                                     ("heldout11", (40, 570, 205), 9, 2),
                                                     ("heldout12", (40, 637, 232), 6, 2),
                                                     ("heldout13", (40, 669, 248), 10, 0),
                                                     ("heldout14", (40, 744, 275), 16, 1),
                                                     ("heldout15", (40, 708, 253), 10, 0),
                                                     ("heldout16", (40, 729, 259), 9, 0),
                                                     ("heldout17", (40, 728, 256), 12, 1),
                                                     ("heldout18", (40, 768, 258), 12, 0),
                                                     ("heldout19", (40, 859, 268), 19, 0),
                                                     ("heldout20", (40, 952, 274), 22, 0),
                                                     ("heldout21", (40, 978, 287), 23, 0),
                                                     ("heldout22", (40, 1010, 358), 15, 0),
                                                     ("heldout23", (40, 1019, 399), 34, 1),
                                                     ("heldout24", (40, 970, 404), 36, 1),
                                                     ("heldout25", (40, 1068, 395), 41, 0),
                                                     ("heldout26", (40, 938, 440), 7, 1),
                                                     ("heldout27", (40, 1046, 458), 25, 1),
                                                     ("heldout28", (40, 960, 506), 12, 6),
                                                     ("heldout29", (40, 946, 365), 23, 2),
                                                     ("heldout30", (40, 1070, 431), 15, 0),
                                                     ("heldout31", (40, 829, 419), 22, 2),
                                                     ("heldout32", (40, 900, 444), 15, 1),
                                                     ("heldout33", (40, 945, 474), 12, 0),
                                                     ("heldout34", (40, 1105, 513), 26, 1),
                                                     ("heldout35", (40, 1085, 527), 25, 1),
                                                     ("heldout36", (40, 1069, 572), 25, 3),
                                                     ("heldout37", (40, 1060, 547), 29, 6),
                                                     ("heldout38", (40, 931, 365), 20, 5),
                                                     ("heldout39", (24, 539, 221), 17, 2),
                                                     ("heldout40", (24, 664, 260), 18, 1),
                                                     ("heldout41", (24, 630, 313), 11, 3),
                                                     ("heldout42", (24, 701, 398), 15, 3),
                                                     ("heldout43", (24, 817, 453), 18, 0),
                                                     ("heldout44", (24, 797, 471), 23, 9),
                                                     ("heldout45", (24, 758, 426), 32, 3),
                                                     ("heldout46", (24, 781, 449), 39, 0),
                                                     ("heldout47", (24, 752, 452), 30, 1),
                                                     ("heldout48", (24, 673, 344), 33, 1),
                                                     ("heldout49", (24, 652, 361), 19, 0),
                                                     ("heldout50", (24, 692, 368), 26, 0),
                                                     ("heldout51", (24, 815, 397), 53, 0)])
def test_second_round_note_sets(name, least, leaked, lost):
    """Hand-written before the second round of rule changes (issue 14): DEV was used to change rules (30 ->
    6 leaks of 271), HELD-OUT 2 was measured once before (55 of 255 leaked) and once after (23 of 255, one
    clinical string of 205 lost: 'Forrest IIa ulcer'). In the third round both were used to find failure
    classes, and DEV grew by 20 notes written before their rules: DEV 1 leak of 356 (a town named only in a
    letterhead), HELD-OUT 2 none, no clinical string lost. HELD-OUT 3, written blind and measured once (63 of
    516 leaked, 4 of 283 clinical strings lost), was then development data for the fourth round, with DEV
    grown by 14 notes written before their rules: DEV 0 of 434, HELD-OUT 3 5 of 516, none lost. HELD-OUT 4, written
    blind and measured once (94 of 661 leaked, 7 of 288 lost), was development data for the fifth round, with DEV
    grown by 13 notes written before their rules and 22 probe notes after them: DEV 0 of 692, HELD-OUT 4 2 of 661, none lost. HELD-OUT 5, written blind and
    measured once (71 of 888 leaked, 2 of 367 lost), was development data for the sixth round, with DEV grown by 12
    notes (10 before their rules, 2 probes after): DEV 0 of 775, HELD-OUT 5 8 of 888, none lost. HELD-OUT 6, written
    blind and measured once on those rules (63 of 853 leaked, 2 of 303 lost), was development data for the seventh
    round (unknown words beside an identifier, six-digit numbers, a number one calls): HELD-OUT 6 38 of 853, HELD-OUT 5 6,
    HELD-OUT 4 1, HELD-OUT 3 4, no clinical string newly lost. HELD-OUT 7, written blind and measured once on that round
    (59 of 1,012 leaked, 7 of 368 lost; the sixth round's rules 84 and 3), then showed a comma closing a number and four
    losses of the new pass (a product's inner capital, a compound at a sentence's start, a word across a sentence's
    end): HELD-OUT 7 58 of 1,012, 3 lost (the sixth round's 3). Towns of several everyday words ("Red Deer") in the town
    list then: HELD-OUT 7 55, HELD-OUT 6 37, HELD-OUT 5 5, HELD-OUT 3 3, none lost. Dates as neighbours of unknown words,
    numbers after "#" or "No.", more labels (badge, folder, citizen, PHIN, HRN, MLR, IPD/OPD, member), codes with hyphens
    or a closing #, four-character licences: HELD-OUT 7 43, HELD-OUT 6 34; numbered roads, more facility words (day
    centres, dialysis units, elementary schools, cooperatives), words in all Latin letters: HELD-OUT 7 34, HELD-OUT 6 30,
    none lost. HELD-OUT 8, written blind and measured once on those rules (53 of 818 leaked, 11 of 281 lost; the
    sixth round's rules 75 and 9), showed two more losses of the unknown-word pass (a classification's grade after a
    colon, an assay's name before its acronym): 53 and 9 after. A read-only review then found the pass taking drugs,
    devices and organisms in ordinary sentences beside a name (37 of 95 it wrote): a word after a lower-case verb,
    article or conjunction, a possessive or a colon is no longer taken, nor learned for the case, nor across a
    sentence's end after a name ("Dr Chen. Movicol ..."); "out of" is no place slot: HELD-OUT 5 6, HELD-OUT 6 35,
    HELD-OUT 7 39, HELD-OUT 8 62, 4 of those 95 sentences. A note typed in lower case is then read through a view with
    the capitals its words call for (:mod:`~consilium.orchestration.privacy.casing`): HELD-OUT 8 57 (its one lower-case
    note), the others unchanged. HELD-OUT 9, 36 lower-case notes written blind while that view was written and
    measured once on it: 66 of 431 leaked, 3 of 171 lost (without the view 304 and 0); the words before a facility
    that name it ("royal stoke university hospital") then: 58, none more lost. HELD-OUT 10, 40 notes written as usual,
    blind, measured once on all of that: 19 of 551 leaked, 3 of 217 lost; nursing and community roles written as
    capitals before a name (SN, CHW, DSN, HV, DN, CSW, TVN) then: 16. Scores written by their eponym and a value
    ("Braden 13", "Epworth 17", "Alvarado 8") kept: one clinical string fewer lost on HELD-OUT 6, 7, 8, 9 and 10 each.
    HELD-OUT 11, 12 and 13, written blind and measured once (89.1 %, 87.8 % and 87.3 % removed), were then development
    data (sessions 23 and 24: Korean, Japanese, Tamil and Thai slots, firms by their legal form, year-less dates after
    "since"/"f/u"/"on", years of a patient over 89, other scripts' digits): HELD-OUT 11 42, HELD-OUT 12 24 of 637,
    HELD-OUT 13 47 of 669, no clinical string newly lost anywhere. HELD-OUT 14, written blind during the second round and
    measured once on its end: 89 of 744 leaked (88.0 %), 5 of 275 lost; then a third round from its leaks (a day and
    month after an event in a note that writes its dates with slashes, firms of everyday words between a preposition
    and their trade): 72, and HELD-OUT 5 5, 7 36, 8 51, 13 46; a letterhead's practice before its address: HELD-OUT 14
    67, 13 45, 12 22, 11 39. HELD-OUT 15-18 (session 25) and 19 (session 26), each written blind and measured once
    (89.5, 91.5, 87.5, 88.8 and 85.3 % removed), and HELD-OUT 20 and 21 (87.6 and 87.8 %), were then development data:
    HELD-OUT 19 85 of 859, HELD-OUT 20 96 of 952 and HELD-OUT 21 120 of 978 after their rounds and a second reading that
    narrowed them. HELD-OUT 22, written blind after that reading and measured once on its rules: 96 of 1,010 leaked
    (90.5 %), 2 of 358 clinical strings lost, fixed after (a result read after "facility:", a count after a month).
    Session 27: a round from the spent sets' leaks, HELD-OUT 23 written blind during it and measured once (87.8 %, 3 of
    399 lost), a round from its leaks, a second reading that narrowed both, then HELD-OUT 24 measured once on the
    rules of that round (85.3 %, 7 of 404 lost; the losses fixed after but one Indonesian word), a round from its leaks
    and a second reading of it, then HELD-OUT 25 measured once on the session's final rules (83.9 %, 2 of 395 lost,
    both fixed after).
    Session 28: no rule changed (speed only, the same spans); HELD-OUT 26 written blind and measured once (90.7 %,
    direct 97.0 %, 8 of 440 lost), the same figures on the session's starting rules.
    Session 29: the learned second reader (orchestration/privacy/learned.py), trained on all of these sets, so the
    figures here are what it learned, not what it reaches: leaks fell by a quarter to a half on every set from HELD-OUT 6
    on, no string newly lost. Trained without each of
    HELD-OUT 22-26 in turn it left 479 of their 5,005 identifiers against the rules' 552, 11 of 1,996 strings lost
    against 10 (`python -m consilium.orchestration.privacy.learned_train cross heldout26` and so on). HELD-OUT 27, written
    blind during the session and measured once on the first model (trained on the 27 sets before it): 88.2 % removed
    (123 of 1,046 leaked), direct identifiers 92.2 %, 4 of 458 lost; the rules alone 85.4 % (153), 90.7 %, the same 4.
    It then joined the training data. HELD-OUT 28, written blind later in the session and measured once on the reader's
    model of 28 sets (before its last guards: numbers after an unsure word, Han and kana): 89.4 % removed (102 of 960 leaked), direct 93.3 %, 13 of 506 lost; the rules
    alone 85.6 % (138), 89.8 %, the same 13. It then joined the training data too (29 sets). HELD-OUT 29, written blind
    at the session's end and measured once on the shipped code (kept out of training): 88.1 % (113 of 946 leaked),
    direct 90.9 %, 3 of 365 lost; the rules alone 85.5 % (137), 88.8 %, the same 3.
    Session 30: a table's cells read by their column, a surname in capitals opening a list entry, a clinician's
    registration number closing a sign-off field, Chinese titles and relatives in traditional characters and Greek names
    in capitals after a form's labels (rules found on these sets' leaks, so measured here in-sample), and the reader
    retrained with HELD-OUT 29 and GeoNames' smaller places as a feature: 1,072 of the 23,101 identifiers of these sets
    leaked against 1,187, no string newly lost (HELD-OUT 7 leaks one more). HELD-OUT 30, written blind at the session's
    start and kept out of training, measured once at its end (e18a0dd): 93.2 % removed (73 of 1,070 leaked), direct
    93.9 %, 1 of 431 lost; the session's starting code 74, the rules alone 87 (90 at the start).
    Session 31: the reader's guards let through what it is sure of and they refused (numbers of four digits or more that
    are no clock time, no dose, no year and no part of a UID, two Chinese characters or more, known capitalised words in
    a name of two or more), names it reads looked for across the case, Russian names by their patronymic or initials,
    Chinese reviewers, subdistricts and staff numbers, and the reader retrained with HELD-OUT 30. HELD-OUT 31, written
    blind at the session's start and kept out of training, measured once (e508df0): 90.0 % removed (83 of 829 leaked),
    direct 93.4 %, 10 of 419 lost (all the rules'); the session's starting code 91, the rules alone 109 (112 at the
    start). Its losses were then fixed (eponyms after "de" / "di", a brand in brackets after its drug, a device's maker in
    brackets, a Chinese hospital read from the verb before it): 3 lost, and the reader retrained on those rules leaves 87
    (in-sample for the fixes). The sets trained on: 782 of the same 23,101 identifiers leak (1,072 at the start), 56
    strings lost (59); HELD-OUT 30 itself, now trained on, 30 and 1.
    Session 32: a place or facility taken once is looked for in the whole case; Chinese and Japanese names in more
    settings; Greek hospitals in capitals, plates and postcodes; days and months with a dot; HELD-OUT 31 joined
    training (now 42 and 3, in-sample). HELD-OUT 32, written blind at the session's start and kept out of training,
    measured once (600e017): 92.2 % removed (70 of 900 leaked), direct 94.9 %, 10 of 444 lost; the session's starting
    code 75 and 10, the rules alone 91 (96 at the start). Its losses were then fixed by general rules (eponyms after a
    Greek head, two eponyms in brackets, a statute's name, a law's date, a guideline's year, a Chinese duration): 70
    leaked, 1 lost ("Norton 9"), in-sample for the fixes.
    Session 33: a day and month written as a date's parts, feasts of many calendars and named days; countries kept;
    equipment makers, media and aircraft kept; short phones, boxes, streets before a postcode, plates by their shape;
    names after other languages' labels and ranks; HELD-OUT 32 joined training (now 20 and 1, in-sample). HELD-OUT 33,
    written blind at the session's start and kept out of training, measured once (1c0d4ef): 88.4 % removed (110 of 945
    leaked), direct 89.5 %, 6 of 474 lost; the session's starting code 124 and 8, the rules alone 140 (157 at the start).
    Its leaks and losses were then worked on by general rules (initials of names in log lines, a statute in capitals, an
    eponym's symptom, score acronyms with a value): 94 leaked, 2 lost (the reader's: a Mexican standard's number, a
    device's model), in-sample for the fixes.
    Session 34: Hebrew, Arabic and Japanese read from more slots, towns by GeoNames' Hebrew and Arabic names, a caseless
    script's names found again with a preposition written onto them, feasts of more calendars, vessels; HELD-OUT 33
    joined training (now 28 and 0, in-sample). HELD-OUT 34, written blind at the session's start and kept out of
    training, measured once (51e3256): 89.0 % removed (122 of 1,105 leaked), direct 90.1 %, 11 of 513 lost; the
    session's starting code 143 and 10, the rules alone 144 (166 at the start). Its losses and the initials its notes
    declare in brackets after a name were then worked on by general rules: 102 leaked, 3 lost, in-sample for them.
    Retraining the reader moved the in-sample figures by up to 30 (733 to 763, 735 and 761 on the same sets); the
    floors were rewritten to the last retraining's.
    Session 35: places after a facility and a comma, given names after a label, surnames in capitals, case numbers of
    a year and a serial, months alone after more words, names before a place's kind in small letters; reader guards;
    HELD-OUT 34 joined training (now 51 and 2, in-sample). HELD-OUT 35, written blind at the session's start and kept
    out of training, measured once (88c01a5): 93.2 % removed (74 of 1,085 leaked), direct 96.4 %, 2 of 527 lost; the
    session's starting code 76 and 2, the rules alone 91 (97 at the start).
    Session 36: contact numbers after a name, postcodes beside a found place, landforms, letterheads of institutes,
    feasts, plates without a space, call signs, initials closing a table's line, Hindi, Hebrew, Arabic and Chinese
    slots; HELD-OUT 35 joined training (now 44 and 2, in-sample). HELD-OUT 36, written blind at the session's start and
    kept out of training, measured once (8281203): 90.1 % removed (106 of 1,069 leaked), direct 91.2 %, 5 of 572 lost;
    the session's starting code 108 and 5, the rules alone 118 (122 at the start); the same after the second reading
    (2bb2289).
    Session 37: the reader reads each token in context too (the first six layers of multilingual-e5-small through a
    small probe, privacy/encoder.py); HELD-OUT 36 joined training (now 58 and 5, in-sample), and the trained-on sets
    of session 36 leak 671 instead of 793 (direct 138 instead of 170, the same 39 strings lost). HELD-OUT 37, written
    blind at the session's start and kept out of training, measured once (the session's reader): 91.7 % removed (88 of
    1,060 leaked), direct 93.8 %, 11 of 547 lost, all 11 lost by the rules at the start too; the session's starting
    code 117 and 11, the rules alone 144.
    Session 38: rules from HELD-OUT 37's leaks and losses and the spent sets' (a legend's initials, plates, grouped
    phones, a serial and its year, ages over 89, lunar dates, Greek feasts, a classification's Roman class kept), then
    narrowed after a second reading found clinical values taken; HELD-OUT 37 joined training (now 34 and 6,
    in-sample). HELD-OUT 38, written blind at the session's start and kept out of training, measured once (7ae1cf1):
    87.5 % removed (116 of 931 leaked), direct 86.2 %, 7 of 365 lost; the session's starting code 118 and 7, the rules
    alone 191 (193 at the start). Bengali slots came after that measurement (HELD-OUT 38 106, in-sample for them); the
    sets of the session's start then leak 663 instead of 729 (direct 129 instead of 162, 43 strings lost instead of 44).
    Session 39: slots for the languages with no rules of their own (privacy/scripts_world.py: labels, honorifics,
    place labels and dotted abbreviations, streets, phones, addresses, chart initials), narrowed twice after second
    readings; a legend's three initials with an unwritten middle one; a form's "Initials:" field; HELD-OUT 38 joined
    training (now 41 and 7, in-sample). The 37 sets above, with the retrained reader, leak 675 where their floors said
    697 (lost 49 and 49); some sets rose by one to four, others fell. HELD-OUT 39 (24 notes), written blind at the
    session's start and kept out of training, measured once (c3450fe): 88.3 % removed (63 of 539 leaked), direct 91.0 %,
    3 of 221 lost; the session's starting code 75 and 3, the rules alone 97 (106 at the start).
    Session 40: signers' initials (declared after an initial and a surname, in a legend, after a title, in a chart's
    initials column, after a check's label, with a grade or at a meeting; a transcript's speakers), narrowed three times
    after second readings; HELD-OUT 39 joined training (now 24 and 2, in-sample). The 38 sets above, with the retrained
    reader, leak 699 where their floors said 716 (lost 56 and 56). HELD-OUT 40 (24 notes), written blind at the
    session's start and kept out of training, measured once (d8a46fa): 91.3 % removed (58 of 664 leaked), direct 90.0 %,
    2 of 260 lost; the session's starting code 60 and 2, the rules alone 79 (79 at the start). After that measurement,
    initials after a label in Chinese, Bengali and Greek and a Chinese name's pinyin initials: HELD-OUT 40 54 and 2
    (in-sample for those rules), the rules alone 76.
    Session 41: the reader's tokens keep a word of an Indic or South-East Asian script whole (with its vowel signs), the
    probe alone takes a capitalised word it is sure of, a role and a comma before a name, a signer's initials after the
    verb of what they did; HELD-OUT 40 joined training (now 16 and 2, in-sample). The 40 sets before it, with the
    retrained reader, leak 692 where they leaked 723 at the session's start (lost 57 and 58). HELD-OUT 41 (24 notes),
    written blind at the session's start and kept out of training, measured once (508d735): 93.0 % removed (44 of 630
    leaked), direct 92.8 %, 8 of 313 lost; the session's starting code 45 and 8, the rules alone 78 (78 at the start).
    After that measurement (a second reading's narrowings and rules from its losses): 42 and 3.
    Session 42: towns by GeoNames' Cyrillic and Chinese names after a preposition, Ukrainian and Persian months, more
    signers and initials, narrowed after a second reading; HELD-OUT 41 joined training (now 15 and 3, in-sample). The
    41 sets before it, with the retrained reader, leak 727 where they leaked 708 (lost 59 both): the retrain moved them
    more than the rules did. HELD-OUT 42 (24 notes), written blind and kept out of training, measured once (eaaa712):
    91.7 % removed (58 of 701 leaked), 4 of 398 lost; the session's starting code 55 and 4, the rules alone 88 (89 at
    the start). After that measurement (rules from its leaks, the CRF retrained): 53 and 3.
    Session 43: rules from HELD-OUT 42's leaks (codes taken whole, an address's towns looked for again where a place
    stands, months in a row, stay days, initials before the bracket holding the name, facilities' long initials, Thai,
    Korean, Arabic and Chinese places and names), narrowed after a second reading; HELD-OUT 42 joined training (now 14
    and 3, in-sample). The 41 sets before it, with the retrained reader, leak 723 where their floors said 742 (lost 61
    and 62). HELD-OUT 43 (24 notes), written blind and kept out of training, measured once (32f0d6f): 90.5 % removed
    (78 of 817 leaked), 8 of 453 lost; the session's starting code 85 and 8, the rules alone 115 (120 at the start).
    After that measurement (rules from its leaks and losses, narrowed after a second reading, the CRF retrained): 48
    and 0.
    Session 44: rules from HELD-OUT 43's leaks (Chinese and Japanese administrative units, plates, Greek names' cases,
    Hindi, Ukrainian and Korean slots, identity labels), narrowed after a second reading; HELD-OUT 43 joined training
    (now 22 and 0, in-sample). The 41 sets before HELD-OUT 42, with the retrained reader, leak 738 where their floors
    said 723 and lose 52 where they lost 61 (the rules alone leak fewer on every set: a retrain moves them by about
    20); HELD-OUT 42 14 and 3. HELD-OUT 44 (24 notes), written blind and kept out of training, measured once (b28c6bd):
    89.8 % removed (81 of 797 leaked), 14 of 471 lost; the session's starting code 86 and 14, the rules alone 118 (123
    at the start). After that measurement (rules from its leaks and losses, narrowed after a second reading, the CRF
    retrained): 57 and 11.
    Session 45: rules from HELD-OUT 44's leaks (Korean months, cities and dates, Japanese roles and offices, signers
    after "checked by", letter references, plates), narrowed after a second reading; HELD-OUT 44 joined training (now 36
    and 9, in-sample). The 41 sets before HELD-OUT 42, with the retrained reader (its probe encoded again with HELD-OUT
    44), leak 794 where their floors said 738 and lose 52 as before (the rules alone leak fewer on every set: the
    probe's and the CRF's retrain moved them); HELD-OUT 42 15 and 3, HELD-OUT 43 24 and 0. HELD-OUT 45 (24 notes, four
    scripts new to the sets), written blind and kept out of training, measured once (1c3080d): 82.8 % removed (130 of
    758 leaked), 3 of 426 lost; the session's starting code 126 and 3, the rules alone 178 (181 at the start). After
    that measurement (rules from its leaks, narrowed after a second reading, the CRF retrained): 111 and 3.
    Session 46: general rules before HELD-OUT 46 (own-script spellings after a name, key-safe codes, district public
    health services, Greek towns, Odia and Sinhala slots), then rules from its leaks (signers' initials and logins,
    insurers, councils' numbers, plates, months and feasts of five more scripts, Buddhist-era dates), each narrowed after
    a second reading; HELD-OUT 45 joined training (now 49 and 3, in-sample). The 41 sets before HELD-OUT 42, with the
    retrained reader (its probe encoded again with HELD-OUT 45), leak 682 where their floors said 794 and lose 53 where
    they lost 52; HELD-OUT 42 16 and 3, HELD-OUT 43 21 and 0, HELD-OUT 44 28 and 9. HELD-OUT 46 (24 notes, five scripts
    new to the sets), written blind and kept out of training, measured once (4b42b89): 85.7 % removed (112 of 781
    leaked), 2 of 449 lost; the session's starting code 118 and 2, the rules alone 144 (147 at the start). After that
    measurement (rules from its leaks, narrowed after a second reading, the CRF retrained): 90 and 0.
    Session 47: general rules before HELD-OUT 47 (a handle's pieces keep their case in a re-cased note, ages over 89 in
    the scripts_world languages, handles after a platform and a dash or in another script, Hebrew nicknames and file
    numbers, Arabic name labels and dispensaries), then rules from its leaks (roles, Mc initials, feasts of a patient
    over 89, Kazakh dates, months of four more scripts, Korean licences, Kaur and Singh, Begum and Bibi), each narrowed
    after a second reading; HELD-OUT 46 joined training (now 48 and 0, in-sample). The 41 sets before HELD-OUT 42, with
    the retrained reader (its probe encoded again with HELD-OUT 46), leak 707 where their floors said 682 and lose 52
    where they lost 53 (the rules alone leak fewer on every set; the reader's retrain moved them); HELD-OUT 42 15 and 3,
    HELD-OUT 43 23 and 0, HELD-OUT 44 26 and 9, HELD-OUT 45 40 and 3. HELD-OUT 47 (24 notes, four scripts new to the
    sets), written blind and kept out of training, measured once (11cb116): 87.9 % removed (91 of 752 leaked), 1 of 452
    lost; the session's starting code 92 and 2, the rules alone 136 (139 at the start). After that measurement (rules
    from its leaks, narrowed after a third reading, the CRF retrained): 72 and 1.
    Session 48: no rule before HELD-OUT 48; word lists in other scripts tried as the reader's features and dropped (no
    gain on three sets left out); HELD-OUT 47 joined training (now 30 and 1, in-sample). The 41 sets before HELD-OUT 42,
    with the retrained reader, leak 679 where their floors said 707 and lose 53 where they lost 52; HELD-OUT 42 15 and
    3, HELD-OUT 43 23 and 0, HELD-OUT 44 25 and 9, HELD-OUT 45 38 and 3, HELD-OUT 46 46 and 0. HELD-OUT 48 (24 notes,
    five languages new to the sets), written blind and kept out of training, measured once (15a5b27): 86.6 % removed
    (90 of 673 leaked), 4 of 344 lost; the session's starting code 90 and 3, the rules alone 151 (151 at the start).
    After that measurement (rules from its leaks: other scripts' digits, Slavic surnames in Latin letters, Devanagari
    number labels and months, Korean slots, narrowed after a second reading; the CRF retrained): 80 and 4.
    Session 49: no rule before HELD-OUT 49; HELD-OUT 48 joined training (now 38 and 1, in-sample). The 41 sets before
    HELD-OUT 42, with the retrained reader, leak 675 where their floors said 679 and lose 53 as before; HELD-OUT 42 14
    and 3, HELD-OUT 43 23 and 0, HELD-OUT 44 24 and 9, HELD-OUT 45 39 and 3, HELD-OUT 46 45 and 0, HELD-OUT 47 31 and 1.
    HELD-OUT 49 (24 notes, five languages new to the sets), written blind and kept out of training, measured once
    (2eb2798): 90.3 % removed (63 of 652 leaked), 2 of 361 lost; the session's starting code 61 and 2, the rules alone
    104 (104 at the start). After that measurement (rules from its leaks: spaced and year-first dates, Central European
    and country-letter postcodes, US licences, Hindi and Assamese numbers, names and towns, narrowed after a second
    reading; the CRF retrained): 34 and 0.
    Session 50: no rule before HELD-OUT 50; HELD-OUT 49 joined training (now 19 and 0, in-sample). The 41 sets before
    HELD-OUT 42, with the retrained reader, leak 703 where their floors said 675 and lose 53 as before: the retraining
    with HELD-OUT 49 moved them (700 at 94ee5cc, before any rule of this session), not the rules; HELD-OUT 42 15 and 3,
    HELD-OUT 43 21 and 0, HELD-OUT 44 26 and 9, HELD-OUT 45 40 and 3, HELD-OUT 46 44 and 0, HELD-OUT 47 35 and 1,
    HELD-OUT 48 40 and 1. HELD-OUT 50 (24 notes, five languages new to the sets), written blind and kept out of
    training, measured once (94ee5cc): 86.1 % removed (96 of 692 leaked), 10 of 368 lost; the session's starting code
    94 and 10, the rules alone 145 (145 at the start). After that measurement (rules from its leaks: months and feasts of
    six more languages, Lao and Dari places and hospitals, Japanese reading rows, addresses, file numbers and the ten
    clinical strings it lost, narrowed after a second reading; the CRF retrained): 57 and 0.
    Session 51: no rule before HELD-OUT 51; HELD-OUT 50 joined training (now 26 and 0, in-sample). The 41 sets before
    HELD-OUT 42 leak 650 where their floors said 703 and lose 53 as before; HELD-OUT 42 15 and 3, HELD-OUT 43 18 and 0,
    HELD-OUT 44 23 and 9, HELD-OUT 45 32 and 3, HELD-OUT 46 39 and 0, HELD-OUT 47 30 and 1, HELD-OUT 48 33 and 1,
    HELD-OUT 49 19 and 0. HELD-OUT 51 (24 notes, eight languages new to the sets), written blind and kept out of
    training, measured once (7ff5256): 89.9 % removed (82 of 815 leaked), 11 of 397 lost; the session's starting code
    82 and 11, the rules alone 154 (154 at the start). After that measurement (rules from its leaks: Latvian, Icelandic
    and Basque dates, towns after a distance, First Nations, triage tags, Finnish and Basque hospitals, Tajik and Sorani
    labels and the eleven clinical strings it lost, narrowed after a second reading; the CRF retrained): 53 and 0.
    The floors keep those levels; the figure that says how far the rules reach is the next blind set's, in docs/deidentification.md."""
    records = NOTE_SETS[name]()
    rep = evaluate(records, case_form=False)
    assert all(n >= floor for n, floor in zip((rep.records, rep.identifiers, rep.protected), least, strict=True))
    assert rep.leaked <= leaked, rep.examples["leaks"]
    assert rep.protected_lost <= lost, rep.examples["lost"]


def test_a_note_whose_planted_part_is_not_in_its_text_is_refused():
    """A typo in a hand-written note would otherwise count as an identifier removed."""
    from consilium.orchestration.errors import Defect
    from consilium.orchestration.privacy.corpora.deid_heldout import notes_records

    with pytest.raises(Defect, match="note-00"):
        notes_records([("Seen by Dr Anwen Pritchard.", [("NAME", ["Anwen", "Prichard"])], [])], "note")
    with pytest.raises(Defect, match="Wells score"):
        notes_records([("Seen by Dr Anwen Pritchard.", [("NAME", ["Anwen"])], ["Wells score"])], "note")
