"""LangChain tools over open-medicine's calculators, the knowledge base and the clinical experts."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import ToolMessage

from consilium.experts.clinical.calculators import (
    CalculatorInputError, UnknownCalculatorError, calculator_names, run_calculator,
)
from consilium.tools.calculators import (
    calculator_catalog_tools, calculator_tool, calculator_tools, expert_tools, knowledge_search_tool,
)

from .conftest import make_case


def call(tool, args: dict) -> ToolMessage:
    return tool.invoke({"type": "tool_call", "id": "call-1", "name": tool.name, "args": args})


def test_one_tool_per_open_medicine_calculator():
    tools = calculator_tools()
    names = [t.name for t in tools]
    assert len(names) == len(set(names)) == len(calculator_names()) >= 90
    assert {"calculate_ckd_epi", "calculate_rcri", "calculate_chadsvasc", "calculate_anion_gap"} <= set(names)


def test_calculator_tool_shows_value_inputs_and_doi():
    msg = call(calculator_tool("calculate_chadsvasc"), {"age": 78, "female_sex": True, "hypertension": True})
    assert msg.status == "success"
    assert msg.artifact["value"] == 4  # age >= 75 (2) + female (1) + hypertension (1)
    assert msg.artifact["inputs"]["diabetes"] is False and msg.artifact["inputs"]["age"] == 78
    assert msg.artifact["doi"] == "10.1378/chest.09-1584"
    assert "age=78" in msg.content and "= 4." in msg.content


def test_invalid_arguments_come_back_as_a_tool_error():
    msg = call(calculator_tool("calculate_chadsvasc"), {"age": "old"})
    assert msg.status == "error" and "age" in msg.content and "female_sex" in msg.content


def test_catalog_tools_find_and_run():
    find, run = calculator_catalog_tools()
    found = find.invoke({"query": "pneumonia severity", "k": 5})
    assert "calculate_curb65" in found
    msg = call(run, {"name": "curb65", "inputs": {"confusion": True, "bun": 25, "respiratory_rate": 32,
                                                   "systolic_bp": 85, "diastolic_bp": 50, "age": 70}})
    assert msg.status == "success" and msg.artifact["value"] == 5
    bad = call(run, {"name": "calculate_nothing", "inputs": {}})
    assert bad.status == "error" and "no calculator named" in bad.content


def test_run_calculator_errors_are_typed():
    with pytest.raises(UnknownCalculatorError):
        run_calculator("calculate_nothing", {})
    with pytest.raises(CalculatorInputError, match="serum_creatinine"):
        run_calculator("calculate_ckd_epi", {"age": 50, "is_female": False})


def test_knowledge_search_tool_cites_doi():
    msg = call(knowledge_search_tool(), {"query": "atrial fibrillation anticoagulation", "k": 2})
    assert msg.status == "success" and "doi:10.1161/CIR.0000000000001193" in msg.content
    assert len(msg.artifact) == 2 and msg.artifact[0]["id"].startswith("acc_aha_af_2023/")


def test_expert_tools_bound_to_a_case(tmp_path: Path):
    case = make_case([{"name": "Na", "value": 118, "unit": "mmol/L"}], history="Scheduled for laparotomy.")
    tools = {t.name: t for t in expert_tools(case, out_dir=tmp_path)}
    assert set(tools) == {"lab_panel", "surgical_risk"}
    labs = call(tools["lab_panel"], {})
    assert "CRITICAL LOW: Na 118" in labs.content and labs.artifact[0]["id"] == "lab_panel:labs"
    risk = call(tools["surgical_risk"], {})
    rcri = next(m for m in risk.artifact[0]["measurements"] if m["name"].startswith("RCRI"))
    assert rcri["inputs"]["high_risk_surgery"] is True and rcri["inputs"]["history_of_ischemic_heart_disease"] is None
    no_labs = call(expert_tools(make_case(), out_dir=tmp_path)[0], {})
    assert "nothing to examine" in no_labs.content
