"""Session 40's rules (the rules alone, without the learned reader): a signer's initials declared in brackets after an
initial and a surname, a title before initials alone, a transcript's speakers by their initials, a chart's initials
column, a month alone in a patient's yearly habit; each with what must stay."""

from __future__ import annotations

import re

import pytest

from consilium.orchestration.privacy import learned
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.names import word_initials
from consilium.orchestration.privacy.tables import header_kind


def _rules(text: str) -> str:
    with learned.using(None):
        return Deidentifier(seed=1).deidentify(text)


def _present(word: str, text: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text) is not None


@pytest.mark.parametrize("text, gone, kept", [
    # the signers listed under a chart, each with the initials the chart's column uses, and those initials again
    ("| Time  | T    | SpO2 | Init   |\n| 09:40 | 36.6 | 97%  | SOC    |\n| 12:05 | 37.0 | 97%  | AD/SOC |\n"
     "S. O'Connell (SOC), CNM2 | A. Dunne (AD), Staff Nurse",
     ["O'Connell", "S.", "A.", "Dunne", "SOC", "AD"], ["SpO2", "36.6", "97%", "CNM2", "Staff Nurse"]),
    ("Checked by M.J. Kowalczyk (MJK), pharmacist. Dose confirmed MJK.", ["Kowalczyk", "MJK"], ["pharmacist", "Dose"]),
    # a transcript's speakers: the clinician by a title and the initials of a double-barrelled surname, the others by
    # the initials of the names the participants' line gives
    ("Participants: Walter Frank, CHA/P (at clinic); mother Agnes Paniyak; Dr Priya Raghunathan-Cole.\n"
     "[15:02] Dr R-C: Hi both - can you hear me?\n[15:02] WF: Loud and clear.\n[15:04] AP: No drainage.",
     ["R-C", "WF", "AP", "Walter", "Paniyak"], ["CHA/P", "Loud and clear", "No drainage"]),
    # an observer's column of a treatment card: initials that spell a word are still initials there
    ("| Date       | Dose taken | Observer | Remarks |\n| 10/11/2025 | yes        | GAL      | -       |\n"
     "| 13/11/2025 | yes        | SO       | sputum taken |", ["GAL", "SO"], ["Dose taken", "sputum taken", "yes"]),
    ("| Drug | Dose | Given by |\n| Ceftriaxone | 1 g IV | Nurse Wanjiru Kamau |\n| Paracetamol | 1 g PO | PO |",
     ["Wanjiru", "Kamau"], ["Ceftriaxone", "1 g IV", "1 g PO", "Paracetamol"]),
    # a check's label before one signer's initials or two; a meeting's list with each one's specialty
    ("Checked: JM/AB 14:20. Drawn up by KO, given by LM.", ["JM", "AB", "KO", "LM"], ["14:20", "Drawn up"]),
    ("MDT 03/11 - present: AW (surgeon), LT (oncology), RM (radiology).", ["AW", "LT", "RM"], ["surgeon", "oncology"]),
    ("Seen with interpreter Abdirahman Warsame (Somali).", ["Abdirahman", "Warsame"], ["(Somali)"]),
    # a nickname after its label
    ("Prefers to be called 'Bongani' (nickname 'Bongi').", ["Bongani", "Bongi"], ["Prefers to be called", "nickname"]),
])
def test_initials_and_their_holders(text: str, gone: list[str], kept: list[str]) -> None:
    out = _rules(text)
    for part in gone:
        assert not _present(part, out), (part, out)
    for word in kept:
        assert word in out, (word, out)


@pytest.mark.parametrize("text", [
    # an acronym's expansion opens with no initial; an organism's genus and species, however capitalised
    "Atrial Fibrillation (AF) noted on ECG.",
    "E. Coli (EC) grown in urine; H. Pylori (HP) positive on biopsy.",
    # a catheter's French gauge is no title; a clinician's title before a word is a name's slot, not initials'
    "28 Fr ICC inserted; 14 Fr NG tube.",
    # a clinical sign's column is no signer's column
    "| Sign | Present |\n| Murphy | yes |\n| Kernig | no |",
    # a dose's route in an initials column is no one's initials
    "| Drug | Dose | Init |\n| Amoxicillin | 500 mg | PO |\n| Ibuprofen | 400 mg | - |",
    # a check's label before a vital sign; a scan's department; an interpreter's language in brackets
    "Checked: BP 120/80, HR 72.",
    "CT (radiology) booked; US (radiology) done.",
    "Seen with the interpreter (Somali) by phone. Nickname: none.",
])
def test_what_stays_beside_initials(text: str) -> None:
    assert _rules(text) == text


def test_a_surname_with_an_apostrophe_gives_both_its_capitals() -> None:
    assert word_initials("S. O'Connell") == ["S", "O", "C"]
    assert word_initials("Dr Belkis Cuesta-Rojas") == ["B", "C", "R"]
    assert word_initials("M.J. Kowalczyk") == ["M", "J", "K"]


@pytest.mark.parametrize("cell, kind", [("Init", "INITIALS"), ("Observer", "INITIALS"), ("Given by", "INITIALS"),
                                        ("Sign/Init", "INITIALS"), ("Sign", None), ("Name", "NAME"), ("Dose", None)])
def test_the_headers_of_a_signers_column(cell: str, kind: str | None) -> None:
    assert header_kind(cell) == kind


def test_a_month_in_a_yearly_habit_of_a_patient_over_89() -> None:
    out = _rules("Mr Peadar Seoighe, 96 years. Born 2nd May 1929; rowed currachs in the regatta every August until 1995.")
    assert "August" not in out and "1929" not in out and "regatta" in out
