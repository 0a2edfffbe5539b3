"""The question's parts, read from its words; text in a script the case does not use, cut from a reply."""

from __future__ import annotations

import pytest

from consilium.agents.clean_text import keep_case_scripts
from consilium.agents.question import question_parts
from consilium.agents.schemas import FinalAnswer


@pytest.mark.parametrize(("question", "parts"), [
    ("What is the most likely diagnosis, how severe is it, and what should be done next?",
     ["diagnosis", "severity", "next_steps"]),
    ("What is going on, how urgent is it, and what should be done now?", ["diagnosis", "severity", "next_steps"]),
    ("What is the diagnosis and does he need an operation?", ["diagnosis", "operation"]),
    ("What is the diagnosis and stage so far, and is surgical resection appropriate?", ["diagnosis", "severity", "operation"]),
    ("Does she need an operation, and should she be admitted?", ["disposition", "operation"]),
    ("What is the most appropriate next step in management?", ["next_steps"]),  # one part, not two
    ("Which antibiotic should be started, and what next?", ["treatment", "next_steps"]),
    ("Is this tumour operable and what is the prognosis?", ["operation", "prognosis"]),
    ("What is happening and what should be done now?", ["diagnosis", "next_steps"]),
    ("What is the mechanism of action of the drug?", ["answer"]),  # names no part: one plain answer
])
def test_question_parts(question: str, parts: list[str]) -> None:
    assert question_parts(question) == parts


def test_a_stray_script_is_cut_and_said() -> None:
    reply = FinalAnswer(answer="Pneumonia, not severe enough to导致 admission", diagnosis="Pneumonia",
                        rationale="Start a β-blocker at 25 μg; пневмония")
    cleaned, note = keep_case_scripts(reply, "A 70-year-old man with cough. Question: how severe?")
    assert cleaned.answer == "Pneumonia, not severe enough to admission"
    assert cleaned.rationale == "Start a β-blocker at 25 μg;"  # single Greek letters are clinical English
    assert note == "text in a script the case does not use removed (11 characters)"


def test_a_script_the_case_uses_is_kept() -> None:
    reply = FinalAnswer(answer="肺炎 (pneumonia)", diagnosis="肺炎")
    assert keep_case_scripts(reply, "患者, 男, 65岁: 咳嗽") == (reply, "")


def test_a_field_the_cut_empties_is_left_empty_and_said() -> None:
    from consilium.agents.calls import _in_case_scripts
    reply = FinalAnswer(answer="ok", diagnosis="导致")
    cleaned, note = _in_case_scripts(reply, [{"role": "user", "content": "English only"}])
    assert cleaned.diagnosis == "" and "removed" in note


def test_a_cut_that_breaks_the_schema_keeps_the_reply_and_says_so() -> None:
    from consilium.agents.calls import _in_case_scripts
    from consilium.agents.schemas import DifferentialItem
    reply = DifferentialItem(diagnosis="导致", likelihood="low")  # a diagnosis needs two characters
    cleaned, note = _in_case_scripts(reply, [{"role": "user", "content": "English only"}])
    assert cleaned == reply and note.endswith("removing it left an invalid reply")


def test_a_score_informs_the_parts_it_is_made_for() -> None:
    from consilium.agents.question import score_informs
    assert score_informs("wells_pe", ["diagnosis"]) and not score_informs("news2", ["diagnosis"])
    assert score_informs("curb65", ["diagnosis", "severity"]) and not score_informs("alvarado", ["severity"])
    assert score_informs("mcisaac", ["diagnosis"]) and not score_informs("mcisaac", ["severity"])
    assert score_informs("news2", ["answer"])  # a question naming no part may use any score
