"""Session 35's rules (the rules alone, without the learned reader) and the reader's new guards: a place after a
facility or person and a comma before another clause, a given name after a label before a name, a surname in
capitals before a comma and a name, case numbers of a year and a serial, months alone after more placing words, a
name before a place's kind in small letters. Each with what must stay."""

from __future__ import annotations

import pytest

from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.detect import Span
from consilium.orchestration.privacy.evaluate import _present
from tests.deid_snippets import rules_unlearned as _rules


@pytest.mark.parametrize("text, gone", [
    # a place after a facility or a person and a comma, closing its clause with a dash, a bar or another comma
    ("Mersey Community Hospital, Latrobe - Occupational Therapy", ["Latrobe"]),
    ("Place of death: Noble's Hospital, Strang, Braddan, Ward 11", ["Strang", "Braddan"]),
    ("Seen by Dr Anna Kowalczyk, Strang, on 4 May", ["Strang"]),
    # a given name after a label or a bracket, before a name the rules took
    ("Triage RNs: Kateri Tsinajinnie (KTs), Bryce Holyan (BHy)", ["Kateri", "Tsinajinnie"]),
    ("Personal No. 15447391K Sep (GD) Pema Wangchuk Bhutia | 24 yrs", ["Pema", "Wangchuk"]),
    # a surname in capitals before a comma and the given name
    ("02:15 | Acc. 26-019-05120 | PARREÑO, Rommel (MRN 7119306) | glucose 1.8", ["PARREÑO", "Rommel"]),
    # case numbers of capitals, a year and a serial
    ("Vibrio cholerae O1 confirmed in 2 (refs INSP-CHO-26-0214 and INSP-CHO-26-0215).", ["INSP-CHO-26-0214", "INSP-CHO-26-0215"]),
    ("AEFI form GHS-AEFI-TML-25-014 filled; N° de cas : MDG-ANK-PES-2025-0047", ["GHS-AEFI-TML-25-014", "MDG-ANK-PES-2025-0047"]),
    # months alone after "since", "for", "last", a dash set apart by spaces closing the clause
    ("Three doses missed since November - away crewing on the boat", ["November"]),
    ("her wedding is planned for August and her fiancé is here", ["August"]),
    ("lived alone until her birthday last March; now with her son", ["March"]),
    ("abscess in mid-July - seen by the vet", ["July"]),
    # a name no vocabulary holds before a place's kind in small letters
    ("no response in 72 h: evacuate to Ilulissat regional hospital for X-ray", ["Ilulissat"]),
    ("Exposure: entered Begur forest range near the border", ["Begur"]),
])
def test_session_35_slots(text, gone):
    out = _rules(text)
    for part in gone:
        assert not _present(part, out, kind="NAME"), (part, out)


@pytest.mark.parametrize("text, kept", [
    # a department or specialty after the comma is no place
    ("Dr Jones, Haem-Onc - please review", ["Haem-Onc"]),
    ("Dr Ahmed, Nephro, agrees with the plan", ["Nephro"]),
    ("Royal Hospital, Cardiology - Ward 3", ["Cardiology"]),
    # a standard's number, a classification and codes with a year are no case numbers
    ("Diving medical to AS/NZS 2299.1:2015 and NOM-033-SSA2-2011", ["NOM-033-SSA2-2011", "AS/NZS 2299.1:2015"]),
    ("Protocol ECOG-ACRIN EA-19-123 consent signed.", ["EA-19-123"]),
    ("ICD-10-CM codes; SARS-CoV-2 PCR; CHA2DS2-VASc 4; HLA-B27 positive", ["ICD-10-CM", "SARS-CoV-2", "HLA-B27"]),
    # a drug, a brand or an eponym before a clinic is no place
    ("Referred to the Warfarin clinic and the Parkinson hospital day unit", ["Warfarin", "Parkinson"]),
    # a month that is a verb or a name stays where no placing word comes before it
    ("Will March in the parade; Mark May review it", ["March", "May"]),
])
def test_session_35_keeps(text, kept):
    out = _rules(text)
    for word in kept:
        assert word in out, (word, out)


class _Marked:
    """A stand-in tagger that marks the tokens the test names, by their text (the guards are the code under test, not
    the model)."""

    def __init__(self, text: str, marked: dict[str, str]) -> None:
        self.toks = [t for _, _, t in learned.tokens(text)]
        self.marked = marked

    def set(self, feats):
        assert len(feats) == len(self.toks)

    def marginal(self, label, i):
        kind = self.marked.get(self.toks[i])
        if label == "O":
            return 0.0 if kind else 1.0
        return 1.0 if label == kind else 0.0


def _taken(monkeypatch, text, marked, rule_spans=()):
    model = learned.TokenModel()
    tagger = _Marked(text, marked)
    monkeypatch.setattr(model, "_tagger", lambda: tagger)
    return [text[s.start:s.end] for s in model.spans(text, list(rule_spans))]


@pytest.mark.parametrize("text, marked, kept", [
    # a standard's edition: a number closing on a year after a hyphen or a colon
    ("A Court of Inquiry IAFY-2006 was initiated", {"IAFY": "ID", "2006": "ID"}, "IAFY-2006"),
    ("Guideline NOM-033-SSA2-2011 was followed", {"SSA2": "ID", "2011": "ID"}, "SSA2-2011"),
    # a span whose letters are of two scripts
    ("العلاج حسب إرشادات KDOQI 2019 للوصول", {"حسب": "NAME", "إرشادات": "NAME", "KDOQI": "NAME"}, "KDOQI"),
    # Latin words written straight onto Chinese, or before a full-width bracket: a term the note names
    ("睡眠评估：Epworth嗜睡量表 16分", {"Epworth": "NAME"}, "Epworth"),
    ("家用呼吸器 Everflo（序號 EV4820731）", {"Everflo": "NAME"}, "Everflo"),
    # a protocol's number names a study, not a person
    ("Enrolled on NIH protocol 13-C-0176.", {"0176": "DATE", "C": "ID"}, "0176"),
])
def test_the_readers_editions_and_mixed_scripts_are_refused(monkeypatch, text, marked, kept):
    taken = _taken(monkeypatch, text, marked)
    assert not any(kept in t or t in kept for t in taken), taken


def test_a_lone_greek_word_after_a_lower_case_one_needs_a_rules_identifier_near(monkeypatch):
    # "του Μυοκαρδίου" (of the myocardium): no vocabulary vets Greek, however sure the model is
    assert _taken(monkeypatch, "Οξύ Έμφραγμα του Μυοκαρδίου, 2019", {"Μυοκαρδίου": "NAME"}) == []
    # beside a rule's identifier the same word is the reader's
    text = "τηλ. 2310 555 123 του Παπαδόπουλου"
    taken = _taken(monkeypatch, text, {"Παπαδόπουλου": "NAME"}, [Span(5, 17, "PHONE", "x", 1)])
    assert taken == ["Παπαδόπουλου"], taken


def test_a_latin_name_with_an_honorific_and_a_name_after_protocol_staff_are_still_the_readers(monkeypatch):
    text = "来院者：Tanaka様、同伴 Okonkwo先生。Protocol Coordinator Wiremu Tane."
    taken = _taken(monkeypatch, text, {"Tanaka": "NAME", "Okonkwo": "NAME", "Wiremu": "NAME", "Tane": "NAME"})
    assert {"Tanaka", "Okonkwo", "Wiremu Tane"} <= set(taken), taken


def test_a_record_number_and_a_one_script_name_are_still_the_readers(monkeypatch):
    text = "Case KWG-26-0331 seen. المريض حسان العمري اليوم. 病人 CHEUNG Hoi Yan 女"
    taken = _taken(monkeypatch, text, {"KWG": "ID", "26": "ID", "0331": "ID", "حسان": "NAME", "العمري": "NAME",
                                       "CHEUNG": "NAME", "Hoi": "NAME", "Yan": "NAME"})
    assert {"KWG-26-0331", "حسان العمري", "CHEUNG Hoi Yan"} <= set(taken), taken
