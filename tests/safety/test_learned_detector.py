"""The de-identifier's learned second reader (orchestration/privacy/learned.py): the shipped model is the one its
manifest names, trained on every note set with today's rules; what it adds never overlaps the rules, keeps clinical
numbers and known words, and comes back on re-identification."""

from __future__ import annotations

import hashlib
import json
import threading

import pytest

from consilium.orchestration.privacy import learned, learned_train
from consilium.orchestration.privacy.deid import Deidentifier, deidentify_case, scan_output
from consilium.orchestration.privacy.evaluate import NOTE_SETS, evaluate


def _manifest() -> dict:
    return json.loads(learned.MANIFEST.read_text())


def test_the_shipped_model_is_the_file_its_manifest_names_trained_on_every_note_set():
    manifest = _manifest()
    assert hashlib.sha256(learned.MODEL.read_bytes()).hexdigest() == manifest["sha256"]
    assert manifest["sets"] == learned_train.training_sets()
    assert set(manifest["sets"]) == set(NOTE_SETS) - set(learned_train.BLIND)
    assert manifest["params"] == learned_train.PARAMS
    assert manifest["rule_dropout"] == {"share": learned_train.RULE_DROPOUT, "copies": learned_train.DROPOUT_COPIES}
    probe = learned.probe_path(learned.MODEL)
    assert manifest["probe"]["sha256"] == hashlib.sha256(probe.read_bytes()).hexdigest()
    assert manifest["probe"]["params"] == learned_train.PROBE_PARAMS


def test_todays_rules_give_the_crf_what_the_shipped_model_was_trained_on():
    """The rules' spans are features: a rule changed without retraining (python -m
    consilium.orchestration.privacy.learned_train train) gives the CRF other input, and this fails. The digest of that
    input stands for the model (the test below: training is deterministic), so the CRF is not trained again here."""
    # the probe's out-of-fold readings of the notes come from the context file: the probe reads the notes' text,
    # never the rules, and encoding every note would take many minutes (test_reader_encoder.py checks a sample)
    got = learned_train.training_digest(learned_train.training_sets(), context=learned_train.shipped_out_of_fold())
    manifest = _manifest()
    assert got == {"notes": manifest["notes"], "tokens": manifest["tokens"], "data_sha256": manifest["data_sha256"]}


def test_training_twice_on_the_same_notes_writes_the_same_model(tmp_path):
    names = ["heldout26"]
    first = learned_train.train(names, tmp_path / "first.crfsuite")
    second = learned_train.train(names, tmp_path / "second.crfsuite")
    assert first["notes"] > 20 and first["tokens"] > 5_000, first
    assert (tmp_path / "first.crfsuite").read_bytes() == (tmp_path / "second.crfsuite").read_bytes()
    assert first == second


def _learned_spans(text: str):
    deid = Deidentifier(seed=1)
    deid.learn(text)
    deid.learn(text)
    cased, spans, protected = deid.rule_view(text)
    return spans, learned.current().spans(cased, spans, protected)


# sentences written for this test, not in any note set: identifiers of forms the rules have no slot for
NEW_TEXTS = [
    "Συνοδός: ο ανιψιός της, μέλος του Αγροτικού Συνεταιρισμού Καλαμαφκας, τηλ. 28410 22 457.",
    "Retrieved by Tundra Hawk medevac from the Kwigillingok clinic; ref KWG-26-0331; escort Nastasia Pavukh.",
    "Admitted to Kanuni Sultan Süleyman Eğitim ve Araştırma Hastanesi; plate 34 ZK 8812.",
]
# Session 30's rules took more of the training notes' identifiers, and the model retrained on their spans learned to
# trust a word no rule took less: it gave the escort's name of the second text 0.2 (0.85 before), and added nothing
# there (a known miss, xfail from session 30). Session 37's reader, which reads each token in context too
# (privacy/encoder.py), takes it again.
_ADDING = NEW_TEXTS


@pytest.mark.parametrize("text", _ADDING)
def test_what_the_model_adds_never_overlaps_the_rules_and_is_marked_learned(text):
    spans, extra = _learned_spans(text)
    assert extra, "the model adds nothing to the rules here"
    for s in extra:
        assert s.rule == "learned" and s.kind in {"NAME", "LOCATION", "HOSPITAL", "DATE", "ID"}
        assert not any(r.start < s.end and s.start < r.end for r in spans), (s, spans)


def test_the_model_removes_more_than_the_rules_on_a_set_it_learned_and_loses_no_more_than_one_string():
    """HELD-OUT 26 (in its training data, so this guards what it learned, it measures nothing blind)."""
    records = NOTE_SETS["heldout26"]()
    with learned.using(None):
        rules = evaluate(records, case_form=False)
    with learned.using_cached_context():
        both = evaluate(records, case_form=False)
    assert both.leaked < rules.leaked - 20, (both.leaked, rules.leaked)
    assert both.protected_lost <= rules.protected_lost + 1, both.examples["lost"]


@pytest.mark.parametrize("text, kept", [
    ("UFH 5000 units sc bd; obs 0800 1200 1600; CBG 180-220-250.", ["5000", "0800 1200 1600", "180-220-250"]),
    ("Jane Doe was admitted with Goodpasture, anti-GBM positive.", ["Goodpasture"]),
    ("Οξύ Έμφραγμα του Μυοκαρδίου, 2019", ["Μυοκαρδίου"]),
    ("Trimethoprim", ["Trimethoprim"]),
    ("Enrolled on NIH protocol 13-C-0176.", ["13-C-0176"]),
])
def test_numbers_known_words_and_lone_unknown_words_are_left_to_the_rules(text, kept):
    out = Deidentifier(seed=1).deidentify(text)
    for k in kept:
        assert k in out, out


@pytest.mark.parametrize("text, kept", [
    ("PMH: 予阿司匹林100mg口服每日一次，氯吡格雷75mg每日一次。", ["阿司匹林100mg口服每日一次", "氯吡格雷75mg每日一次"]),
    ("Hx: 二甲双胍0.5g每日三次，慢性阻塞性肺疾病病史。", ["二甲双胍0.5g每日三次", "慢性阻塞性肺疾病病史"]),
])
def test_chinese_doses_after_an_english_header_stay(text, kept):
    """Han characters are tokens of their own, never glued to a dose ("100mg口服..." was one token with a letter),
    and the model takes none: it read the "日" of "每日" (daily) as a date's."""
    assert learned.tokens("阿司匹林100mg口服")[4] == (4, 9, "100mg")
    out = Deidentifier(seed=1).deidentify(text)
    for k in kept:
        assert k in out, out


def test_a_text_the_tagger_cannot_encode_is_left_to_the_rules():
    text = "Seen at Kalamafkas farm \ud83d today with her cousin Tsering Dolkar."
    with learned.using(None):
        rules = Deidentifier(seed=1).deidentify(text)
    assert Deidentifier(seed=1).deidentify(text) == rules


def test_windows_line_ends_change_nothing():
    text = NEW_TEXTS[0] + "\n" + NEW_TEXTS[2] + "\nReviewed in clinic."
    crlf = text.replace("\n", "\r\n")
    assert Deidentifier(seed=1).deidentify(crlf) == Deidentifier(seed=1).deidentify(text).replace("\n", "\r\n")


def test_no_token_of_a_case_stays_in_memory_after_it():
    """The rules keep no text with a finding for the process (detect.py); the reader keeps no token at all."""
    import gc

    Deidentifier(seed=1).deidentify(NEW_TEXTS[0])
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, dict) and "Καλαμαφκας" in o]
    assert not hasattr(learned._word, "cache_info") and not hasattr(learned._may_open, "cache_info")


def test_placeholders_in_a_text_are_never_taken():
    text = "Seen by [NAME_1] at [HOSPITAL_1]; ref [MRN_1], [ID_2] and [POSTCODE_1]. " + NEW_TEXTS[2]
    deid = Deidentifier(seed=1)
    deid.learn(text)
    cased, spans, protected = deid.rule_view(text)
    for s in learned.current().spans(cased, spans, protected):
        assert "[" not in text[s.start:s.end] and "_" not in text[s.start:s.end], text[s.start:s.end]


def test_using_holds_for_its_own_thread_only():
    seen: list[object] = []
    inside, done = threading.Event(), threading.Event()

    def other():
        inside.wait()
        seen.append(learned.current())
        done.set()

    th = threading.Thread(target=other)
    th.start()
    with learned.using(None):
        assert learned.current() is None
        inside.set()
        done.wait()
    th.join()
    assert seen == [learned.current()] and seen[0] is not None


def test_a_medqa_style_question_keeps_every_word():
    text = ("A 45-year-old man presents to the emergency department with crushing chest pain radiating to the left "
            "arm. ECG shows ST elevation in II, III and aVF. Troponin I is 4.2 ng/mL. Which artery is occluded?\n"
            "A: Left anterior descending\nB: Right coronary\nC: Left circumflex\nD: Posterior descending")
    _, extra = _learned_spans(text)
    assert extra == []


def test_learned_placeholders_come_back_on_reidentification():
    text = NEW_TEXTS[0]
    deid = Deidentifier(seed=3)
    out = deid.deidentify(text)
    assert out != text
    assert deid.reidentify(out, unshift_dates=False) == text


def test_a_case_is_de_identified_with_the_model_and_the_rules_alone_on_request():
    from consilium.orchestration.case.model import Case

    case = Case.model_validate({"id": "c1", "history": NEW_TEXTS[0], "question": "Next step?"})
    safe, _ = deidentify_case(case, seed=1)
    with learned.using(None):
        rules_only, _ = deidentify_case(case, seed=1)
    assert safe.history != rules_only.history
    assert "Καλαμαφκας" not in safe.history


def test_model_answers_are_scanned_by_the_rules_alone():
    """scan_output reads what comes back: the model reads what goes out, so the scan's findings do not change."""
    text = NEW_TEXTS[0]
    with learned.using(None):
        rules_only = scan_output(text)
    assert scan_output(text) == rules_only


def test_threads_tag_with_their_own_tagger():
    model = learned.current()
    texts = [NEW_TEXTS[i % 3] for i in range(60)]
    expected = {t: _learned_spans(t)[1] for t in NEW_TEXTS}
    errors: list[str] = []

    def work(chunk):
        for t in chunk:
            if _learned_spans(t)[1] != expected[t]:
                errors.append(t)

    threads = [threading.Thread(target=work, args=(texts[i::4],)) for i in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == [] and model is learned.current()


def test_training_reads_each_note_again_with_some_of_the_rules_spans_left_out():
    """The rules were written from these notes: a copy of each with half their spans left out teaches the model the
    identifiers the rules would miss on a new note. The copies are the same on every run (seeded by the note's id)."""
    plain = list(learned_train.training_data(["heldout2"], dropout=0.0))
    dropped = list(learned_train.training_data(["heldout2"], dropout=0.5, copies=1))
    assert dropped == list(learned_train.training_data(["heldout2"], dropout=0.5, copies=1))
    assert len(plain) < len(dropped) <= 2 * len(plain)
    ruled = lambda xseq: sum("rule=O" not in feats for feats in xseq)  # noqa: E731
    fewer = 0
    for (x0, y0), (x1, y1) in zip(dropped, dropped[1:]):
        if (x1, y1) in plain:
            continue
        # a copy follows its note: the same labels and tokens, fewer of them read as the rules' spans
        assert (x0, y0) in plain and y1 == y0 and len(x1) == len(x0)
        assert ruled(x1) <= ruled(x0)
        fewer += ruled(x1) < ruled(x0)
    assert fewer > len(plain) // 2


def test_a_word_of_a_place_in_geonames_is_marked_for_the_model():
    feats = learned.features("Evacuate to Ilulissat or Puerto Lempira.", learned.tokens("Evacuate to Ilulissat or Puerto Lempira."), [])
    by_token = dict(zip(["Evacuate", "to", "Ilulissat", "or", "Puerto", "Lempira", "."], feats))
    assert "place" in by_token["Ilulissat"] and "placepart" in by_token["Lempira"]
    assert "place" not in by_token["to"] and "placepart" not in by_token["or"]


def test_a_name_the_reader_takes_in_one_field_goes_from_the_others(monkeypatch):
    """The rules learn a case's names across its fields; so do the names the reader takes, whichever field comes first
    (session 31). The given name alone in another field is found by no rule and no reading of its own. (A stand-in
    tagger marks the name, as the reader of sessions 31-34 did: whether a retrained model takes this very name moves
    with its training, and the code under test is the propagation.)"""
    from consilium.orchestration.case.model import Case
    from consilium.orchestration.privacy import deid as D

    class Marks:  # marks the full name where it stands, and nothing in a field without it
        toks: list[str] = []

        def set(self, feats):
            self.toks = [next(x for x in f if x.startswith("low=")) for f in feats]

        def marginal(self, label, i):
            named = "low=nwachukwu" in self.toks and self.toks[i] in ("low=anwuli", "low=nwachukwu", "low=-", "low=ebere")
            return (0.0 if named else 1.0) if label == "O" else float(named and label == "NAME")

    model = learned.TokenModel()
    monkeypatch.setattr(model, "_tagger", lambda: Marks())
    case = Case.model_validate({"id": "c1", "social_history": "Lives alone. Is discharge safe? (per Anwuli)",
                                "history": "Physio review by Anwuli Nwachukwu-Ebere: mobilising with frame.",
                                "question": "Safe for discharge?"})
    with learned.using(model):
        safe, _ = deidentify_case(case, seed=1)
    assert "Anwuli" not in safe.social_history and "Nwachukwu" not in safe.history
    assert "Lives alone. Is discharge safe? (per" in safe.social_history
    monkeypatch.setattr(D, "PROPAGATE", False)
    with learned.using(model):
        unpropagated, _ = deidentify_case(case, seed=1)
    assert "Anwuli" in unpropagated.social_history


def test_everyday_and_clinical_words_of_a_read_name_are_not_looked_for_elsewhere():
    assert learned.may_propagate("Nwachukwu") and learned.may_propagate("Καλαμαφκας")
    for word in ("Were", "Grace", "Frank", "Entresto", "Parkinson", "Hashimoto", "黄"):
        assert not learned.may_propagate(word), word


class _StubTagger:
    """Marginals given per token (a unit test of the guards, not of the model)."""

    def __init__(self, probs):
        self.probs = probs

    def set(self, features):
        assert len(features) == len(self.probs)

    def marginal(self, label, i):
        kind, p = self.probs[i]
        return 1.0 - p if label == "O" else p if label == kind else 0.0


def _taken(text: str, sure: dict[str, tuple[str, float]]) -> list[str]:
    """What the reader's guards let through in ``text`` when the model gives the listed tokens these (kind, p)."""
    toks = learned.tokens(text)
    tagger = _StubTagger([sure.get(t, ("NAME", 0.0)) for _, _, t in toks])
    model = object.__new__(learned.TokenModel)
    model.labels = ["NAME", "LOCATION", "HOSPITAL", "DATE", "ID"]
    model._tagger = lambda: tagger
    model.probe = None  # the tagger's marginals stand for everything the model reads
    return [text[s.start:s.end] for s in model.spans(text, [])]


def test_a_number_the_model_is_sure_of_opens_a_span_only_with_four_digits_no_clock_time_unit_or_year():
    """Session 31: record numbers alone ("claim 6041827") are the reader's too; clock times, doses, values and a law's
    or standard's number with its year stay, however sure the model is (it read "obs 0800-1200-1600" at 1.0)."""
    assert _taken("Claim 6041827 was paid.", {"6041827": ("ID", 0.99)}) == ["6041827"]
    assert _taken("Claim 6041827 was paid.", {"6041827": ("ID", 0.9)}) == []
    assert _taken("Bed card 4182 filed.", {"4182": ("ID", 0.99)}) == ["4182"]  # four digits that are no clock time
    for text, number in [("obs 0800 1200 1600", "0800"), ("seen at 2359 on call", "2359"), ("score 412 of 500", "412"), ("heparin 10000 units", "10000"), ("per ν. 20711/1992", "20711"),
                         ("since 19870 2014", "2014"), ("GBZ 123456-2014", "123456"),
                         ("study 1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", "20040119072730"),
                         ("study 1.3.6.1.4.1.5962.1.2.1.20040119072730.12322", "12322"), ("Plt 15000.5 noted", "15000")]:
        assert _taken(text, {number: ("ID", 1.0)}) == [], text


def test_classification_codes_are_never_the_readers():
    for text, sure in [("ICD-10 F20.0 confirmed", {"ICD": ("ID", 1.0), "F20": ("ID", 1.0)}),
                       ("Crohn's K50.812 flare", {"K50": ("ID", 1.0)}),
                       ("ICD-11 6A20 noted", {"6A20": ("ID", 1.0)}),
                       ("SNOMED CT 22298006 coded", {"22298006": ("ID", 1.0)})]:
        assert _taken(text, sure) == [], text


def test_chinese_characters_are_taken_two_or_more_where_the_model_is_sure_never_in_a_date():
    assert _taken("住在坪洲。", {"坪": ("LOCATION", 0.95), "洲": ("LOCATION", 0.95)}) == ["坪洲"]
    assert _taken("住在坪洲。", {"坪": ("LOCATION", 0.95)}) == []  # one character alone
    assert _taken("住在坪洲。", {"坪": ("LOCATION", 0.8), "洲": ("LOCATION", 0.8)}) == []
    assert _taken("每日一次", {"每": ("DATE", 0.99), "日": ("DATE", 0.99)}) == []


def test_known_capitalised_words_are_taken_only_as_a_name_of_two_or_more_the_model_is_sure_of():
    sure = {"Hill": ("LOCATION", 0.99), "Cove": ("LOCATION", 0.99)}
    assert _taken("She lives at Hill Cove now.", sure) == ["Hill Cove"]
    assert _taken("She lives at Hill Cove now.", {"Hill": ("LOCATION", 0.95), "Cove": ("LOCATION", 0.95)}) == []
    assert _taken("She lives at Cove now.", {"Cove": ("LOCATION", 0.99)}) == []  # one known word alone
    assert _taken("Works at Fish Merchants.", {"Fish": ("HOSPITAL", 0.96), "Merchants": ("HOSPITAL", 0.96)}) == []


def test_a_studys_dicom_uid_comes_through_de_identification_whole():
    """The first fresh-clone run of session 31 failed here: the reader opened a span on the long number inside a UID
    ("...1.2.1.20040119072730.12322" became "...1.2.1.[ID_1]"), and the de-identified case was no longer valid."""
    from consilium.orchestration.case.model import Case

    uid = "1.3.6.1.4.1.5962.1.2.1.20040119072730.12322"
    case = Case.model_validate({"id": "c1", "history": "Chest CT for Mr Ade Bankole, MRN 4471982.",
                                "imaging": [{"id": "ct1", "modality": "CT", "body_part": "chest", "study_uid": uid,
                                             "series_uid": uid + ".1"}],
                                "question": "Nodule?"})
    safe, _ = deidentify_case(case, seed=1)
    assert safe.imaging[0].study_uid == uid and safe.imaging[0].series_uid == uid + ".1"
    assert "Bankole" not in safe.history
