"""The real model path: SmolLM2-135M in-process and through a llama.cpp OpenAI-compatible server.

SmolLM2 is far too small to reason medically; these tests check that the whole pipeline runs on a
real model (prompting, schema-constrained decoding, validation/repair, failure recording, audit),
not the quality of its answers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from consilium.agents.calls import structured_call
from consilium.agents.schemas import TriageOutput
from consilium.orchestration import Consilium, Settings, load_case
from consilium.orchestration.cli.main import main as cli_main
from consilium.orchestration.models.chat import BoundModel, LlamaCppModel, ModelRequest, OpenAICompatModel
from consilium.orchestration.settings import ROLES, RoleModel

pytestmark = [pytest.mark.model, pytest.mark.timeout(600)]
SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
CFG = RoleModel(backend="embedded", model="smollm2-135m", max_tokens=320, timeout_s=120)


def _check_review(result, model_id: str) -> None:
    assert result.complete, "the review must reach the GP's answer even when parts fail"
    assert result.plan is not None and result.plan.tasks
    for task in result.plan.tasks:  # every planned task ends as a report or a recorded failure
        assert task.id in result.reports or task.id in result.failures, task.id
    for failure in result.failures.values():
        assert failure.reason and failure.kind in {"invalid_output", "timeout", "model_error", "missing_input"}
    assert result.audit, "every model call is audited"
    for rec in result.audit:
        assert rec["model_id"] == model_id
        assert len(rec["prompt_sha256"]) == 64
        assert rec["tokens_in"] > 0 and rec["latency_s"] > 0
    assert result.llm_calls <= 6 + len(result.plan.tasks) + 3  # repairs add at most one call each
    missing = {m.task for m in result.opinion.missing}
    assert {k for k in result.failures if k in {t.id for t in result.plan.tasks}} <= missing


def test_in_process_gguf_reviews_a_case(smollm_path, tmp_path):
    model = LlamaCppModel(str(smollm_path), model_id="smollm2-135m.gguf", n_ctx=4096)
    models = {role: BoundModel(model, CFG) for role in ROLES}
    consilium = Consilium(Settings(home=tmp_path), models=models, experts=None)
    result = consilium.review(load_case(SCENARIOS / "demo_appendicitis.yaml"))
    _check_review(result, "smollm2-135m.gguf")
    assert consilium.get(result.review_id).answer == result.answer
    # Every prompt starts with the quoted case, so each call after the first reads it from llama.cpp's cache.
    later = result.audit[1:]
    assert later and all(r["tokens_cached"] >= 0.2 * r["tokens_in"] for r in later), \
        [(r["task"], r["tokens_cached"], r["tokens_in"]) for r in result.audit]
    assert result.audit[0]["tokens_cached"] < result.audit[1]["tokens_cached"]


def test_llama_cpp_server_structured_output(llama_server):
    client = OpenAICompatModel(base_url=llama_server, model="smollm2", structured_output="json_object")
    case = load_case(SCENARIOS / "demo_appendicitis.yaml")
    out, records = structured_call(BoundModel(client, CFG.model_copy(update={"structured_output": "json_object"})),
                                   role="gp", task="triage", output=TriageOutput,
                                   messages=[{"role": "user", "content": "Plan specialists for:\n" + case.render()}])
    assert isinstance(out, TriageOutput)  # the server applied the schema grammar
    assert records[-1].tokens_in > 0 and records[-1].tokens_out > 0  # usage came back over HTTP


def test_llama_cpp_server_stops_at_max_tokens(llama_server):
    # llama-cpp-python's server reads max_tokens only (max_completion_tokens, which the OpenAI SDK sent, it ignores)
    client = OpenAICompatModel(base_url=llama_server, model="smollm2")
    done = client.complete(ModelRequest("gp", [{"role": "user", "content": "Write a long essay on the heart."}],
                                        None, max_tokens=8, temperature=0.0, timeout_s=120))
    assert done.tokens_out == 8 and done.truncated and done.text


def test_llama_cpp_server_reviews_a_case(llama_server, tmp_path):
    client = OpenAICompatModel(base_url=llama_server, model="smollm2", structured_output="json_object")
    cfg = CFG.model_copy(update={"backend": "openai", "structured_output": "json_object"})
    consilium = Consilium(Settings(home=tmp_path), models={r: BoundModel(client, cfg) for r in ROLES}, experts=None)
    result = consilium.review(load_case(SCENARIOS / "demo_electrolytes_aki.yaml"))
    _check_review(result, "smollm2")


def test_models_check_command_against_server(llama_server, tmp_path, capsys):
    settings = tmp_path / "settings.yaml"
    settings.write_text(json.dumps({"home": str(tmp_path), "models": {"default": {
        "backend": "openai", "base_url": llama_server, "model": "smollm2", "structured_output": "json_object",
        "max_tokens": 120}}}))
    assert cli_main(["--settings", str(settings), "models", "--check", "--vllm"]) == 0
    out = capsys.readouterr().out
    assert out.count("ok") >= 5, out
    assert "vllm serve smollm2" in out


def test_unreachable_endpoint_is_recorded_not_raised(tmp_path):
    dead = OpenAICompatModel(base_url="http://127.0.0.1:9/v1", model="nothing-here")
    cfg = RoleModel(backend="openai", base_url="http://127.0.0.1:9/v1", timeout_s=5)
    from tests.scripted import scripted_models

    models = scripted_models()
    models["surgery"] = BoundModel(dead, cfg)  # the demo asks for an operation: the surgeon is consulted
    result = Consilium(Settings(home=tmp_path), models=models, experts=None).review(
        load_case(SCENARIOS / "demo_appendicitis.yaml"))
    assert result.complete
    assert result.failures["surgery"].kind == "model_error"
    assert "127.0.0.1:9" in result.failures["surgery"].reason
    assert any(m.task == "surgery" for m in result.opinion.missing)


@pytest.mark.model
def test_startup_bench_on_the_embedded_model_reaches_a_first_call(smollm_path, tmp_path, capsys):
    """`consilium bench startup --embedded` times fresh `consilium review` processes to their first embedded
    model call: each child really reaches one (it prints the time and ends there)."""
    import yaml
    from consilium.orchestration.benchmarks.startup import bench_startup_embedded

    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({"home": str(tmp_path / "home"),
                                        "models": {"default": {"backend": "embedded", "model": "smollm2-135m"}}}))
    figures = bench_startup_embedded(1, settings_path=str(settings))
    assert 0 < figures["warm_first_call_s"] < 120 and 0 < figures["first_run_first_call_s"] < 120
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["bench"] == "startup"


@pytest.mark.model
@pytest.mark.server
def test_throughput_bench_serves_the_embedded_model_each_way_through_real_workers(smollm_path, tmp_path, capsys):
    """`consilium bench throughput --embedded` sends the same questions through real `consilium worker`
    processes and a real Redis, the workers loading the model themselves or calling one model server:
    every way must answer every case (a worker that never reached its model would leave the case unanswered)."""
    import yaml
    from consilium.orchestration.benchmarks.throughput import SERVING, bench_throughput_embedded
    from consilium.orchestration.distributed.server import redis_server_binary

    if redis_server_binary() is None:
        pytest.skip("redis-server is not installed (apt-get install -y redis-server)")
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps({
        "question": f"A {age}-year-old presents with crushing chest pain for {age // 10} hours. What is the next step?",
        "options": {"A": "ECG", "B": "Discharge", "C": "Colonoscopy", "D": "Skin biopsy"}, "answer_idx": "A",
        "answer": "ECG"}) + "\n" for age in (50, 61, 72)))
    settings = tmp_path / "settings.yaml"
    settings.write_text(yaml.safe_dump({"home": str(tmp_path / "home"), "models": {"default": {
        "backend": "embedded", "model": "smollm2-135m", "max_tokens": 120}}}))
    figures = bench_throughput_embedded(1, source=questions, settings_path=str(settings))
    assert [r["serving"] for r in figures["runs"]] == [name for name, _, _ in SERVING]
    assert figures["all_ok"], figures["runs"]
    assert all(r["model_calls_per_case"] >= 1 and r["seconds"] > 0 for r in figures["runs"])
    assert json.loads(capsys.readouterr().out.strip().splitlines()[-1])["bench"] == "throughput_embedded"
