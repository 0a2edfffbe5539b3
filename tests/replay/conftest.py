"""Fixtures for the replay/evaluation tests: scripted models only, throwaway homes, no real LLM."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from consilium.orchestration.api import Consilium
from consilium.orchestration.models.chat import BoundModel, ModelRequest
from consilium.orchestration.models.scripted import canned_response
from consilium.orchestration.settings import Settings

AGENTCLINIC = {"OSCE_Examination": {
    "Objective_for_Doctor": "Assess and diagnose the patient presenting with double vision.",
    "Patient_Actor": {"Demographics": "35-year-old female", "History": "Diplopia worse in the evening.",
                      "Symptoms": {"Primary_Symptom": "Double vision", "Secondary_Symptoms": ["Ptosis"]}},
    "Physical_Examination_Findings": {"Vital_Signs": {"Heart_Rate": "72 bpm"}},
    "Test_Results": {"Blood_Tests": {"Acetylcholine_Receptor_Antibodies": "Present (elevated)"}},
    "Correct_Diagnosis": "Myasthenia gravis"}}
MEDQA = {"realidx": 7, "question": "A 30-year-old man has a cough. Which organism is most likely?",
         "answer": "Staphylococcus aureus", "options": {"A": "Streptococcus pneumoniae", "B": "Staphylococcus aureus"},
         "answer_idx": "B"}


def answering(diagnosis: str = "Myasthenia gravis", option: str = "B") -> Callable[[ModelRequest], str]:
    """Canned answers, except the final answer (diagnosis, option) and the judge's verdict."""
    def respond(request: ModelRequest) -> str:
        title = (request.schema or {}).get("title")
        if title == "FinalAnswer":
            has_options = "Options:" in str(request.messages[0]["content"])
            return json.dumps({"answer": diagnosis, "diagnosis": diagnosis, "option": option if has_options else "",
                               "rationale": "scripted"})
        if title == "JudgeVerdict":
            return json.dumps({"verdict": "same", "reason": "scripted judge"})
        return canned_response(request)
    return respond


@pytest.fixture
def case_file(tmp_path: Path) -> Path:
    """A JSONL file: one AgentClinic record, one malformed line, one MedQA record."""
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join([json.dumps(AGENTCLINIC), "{not json", json.dumps(MEDQA)]) + "\n")
    return path


@pytest.fixture
def make_consilium(tmp_path: Path) -> Iterator[Callable[..., Consilium]]:
    made: list[Consilium] = []

    def make(models: dict[str, BoundModel], **kwargs: Any) -> Consilium:
        kwargs.setdefault("experts", None)
        consilium = Consilium(Settings(home=tmp_path / "home"), models=models, checkpoint_db=":memory:", **kwargs)
        made.append(consilium)
        return consilium

    yield make
    for consilium in made:
        consilium.close()
