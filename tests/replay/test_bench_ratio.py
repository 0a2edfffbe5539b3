"""``consilium bench ratio``: the rate probe, the floor's arithmetic, both strategies run through the replay
harness on the same cases and model, ``--from`` an existing run, and clear errors for missing inputs."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from consilium.orchestration.benchmarks.ratio import (
    Rates,
    bench_ratio,
    probe_rates,
    read_results,
)
from consilium.orchestration.benchmarks.review import BenchInputError
from consilium.orchestration.models.chat import BoundModel, Completion, ModelRequest
from consilium.orchestration.models.scripted import canned_response
from consilium.orchestration.settings import ROLES, RoleModel

from tests.replay.conftest import answering

PREFILL_TPS, DECODE_TPS = 2000.0, 400.0
ADOPTED_RUN = Path(__file__).resolve().parents[2] / "docs" / "evaluation" / "2026-12-03-adaptive" / "eval-medqa"

MEDQA = [
    {"question": "A 34-year-old woman has double vision and drooping eyelids that worsen through the day. "
                 "What is the most likely diagnosis?", "answer": "Myasthenia gravis",
     "options": {"A": "Lambert-Eaton syndrome", "B": "Myasthenia gravis", "C": "Botulism", "D": "Stroke"},
     "answer_idx": "B"},
    {"question": "A 70-year-old man has fever, productive cough and right basal crackles; the radiograph shows "
                 "right lower lobe consolidation. What is the most likely diagnosis?", "answer": "Pneumonia",
     "options": {"A": "Pulmonary embolism", "B": "Pneumonia", "C": "Heart failure", "D": "Asthma"},
     "answer_idx": "B"},
]


class RatedModel:
    """A model with known speeds: it takes (uncached prompt words / PREFILL + reply words / DECODE) seconds,
    and counts a prompt's words as tokens; the first words of a prompt seen before count as cached."""

    model_id = "rated-scripted"

    def __init__(self, responder=canned_response) -> None:
        self.responder, self.last, self._lock = responder, "", threading.Lock()

    def complete(self, request: ModelRequest) -> Completion:
        prompt = " ".join(str(m["content"]) for m in request.messages).split()
        with self._lock:
            text = self.responder(request) if request.schema else " ".join(["word"] * request.max_tokens)
            reply = text.split()[:request.max_tokens]
            cached = next((i for i, (a, b) in enumerate(zip(prompt, self.last.split())) if a != b),
                          min(len(prompt), len(self.last.split())))
            self.last = " ".join(prompt)
            time.sleep((len(prompt) - cached) / PREFILL_TPS + len(reply) / DECODE_TPS)
        return Completion(" ".join(reply), len(prompt), len(reply), tokens_cached=cached)


def rated_models(responder=canned_response) -> dict[str, BoundModel]:
    model = RatedModel(responder)
    cfg = RoleModel(backend="scripted", model="scripted", timeout_s=60)
    return {role: BoundModel(model, cfg) for role in ROLES}


def test_the_probe_recovers_a_models_speeds() -> None:
    rates = probe_rates(RatedModel(), decode_tokens=200)
    assert rates.model == "rated-scripted" and rates.probe_prompt_tokens > 300  # a prompt of typical length
    assert rates.probe_decode_tokens[0] == 200 and rates.probe_decode_tokens[1] > 10
    # sleeping oversleeps a little on a loaded machine: the rates come out somewhat low, never high
    assert 0.6 * PREFILL_TPS < rates.prefill_tps < 1.05 * PREFILL_TPS
    assert 0.6 * DECODE_TPS < rates.free_decode_tps < 1.1 * DECODE_TPS
    assert 0.6 * DECODE_TPS < rates.constrained_decode_tps < 1.1 * DECODE_TPS


def test_the_floor_is_uncached_prefill_plus_decode_call_by_call() -> None:
    rates = Rates("m", prefill_tps=100.0, free_decode_tps=40.0, constrained_decode_tps=20.0, probe_prompt_tokens=700,
                  probe_decode_tokens=(96, 96))
    audit = [{"tokens_in": 700, "tokens_cached": 200, "tokens_out": 100},  # 5 s + 5 s
             {"tokens_in": 300, "tokens_cached": 0, "tokens_out": 40}]  # 3 s + 2 s
    assert rates.floor_s(audit) == pytest.approx(15.0)


def test_bench_ratio_runs_both_strategies_on_the_same_cases_and_model(make_consilium, tmp_path: Path, capsys) -> None:
    source = tmp_path / "medqa.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in MEDQA))
    consilium = make_consilium(rated_models(answering("Pneumonia")))
    figures = bench_ratio(cases=2, source=source, out_dir=tmp_path / "runs", consilium=consilium)
    out = capsys.readouterr().out
    last = json.loads(out.strip().splitlines()[-1])
    assert last["bench"] == "ratio" and last["ratio"] == figures["ratio"] and last["floor_ratio"] == figures["floor_ratio"]
    assert "single: 2/2 done" in out and "consilium: 2/2 done" in out  # progress lines
    assert last["cases"] == 2 and last["models_in_run"] == ["rated-scripted"] and last["same_model"]
    found = read_results(tmp_path / "runs")
    single = list(found["single"].values())
    assert last["single"]["calls"] == 1 and last["single_s"] == pytest.approx(
        sum(r["seconds"] for r in single) / 2, abs=0.01)
    assert last["consilium"]["calls"] >= 1 and last["consilium"]["prompt_tokens"] > 0
    assert last["ratio"] == pytest.approx(last["consilium_s"] / last["single_s"], abs=0.02)
    # the rated model works at the probed rates: the review's seconds are its floor plus the orchestration
    assert last["floor_s"] > 0 and 0.9 < last["floor_ratio"] < 3.0
    for key in ("prefill_tps", "free_decode_tps", "constrained_decode_tps", "floor_s", "single_floor_s"):
        assert last[key] > 0, key


@pytest.mark.skipif(not ADOPTED_RUN.is_dir(), reason="the evaluation folder is not in this checkout")
def test_bench_ratio_from_an_existing_run_reads_both_strategies(make_consilium, capsys) -> None:
    figures = bench_ratio(from_dir=ADOPTED_RUN, consilium=make_consilium(rated_models()))
    both = set(read_results(ADOPTED_RUN)["single"]) & set(read_results(ADOPTED_RUN)["consilium"])
    assert figures["cases"] == len(both) > 10
    assert figures["rates_measured"].startswith("now") and "qwen2.5-coder-1.5b.gguf" in figures["models_in_run"]
    assert not figures["same_model"] and "NOT the run's model" in capsys.readouterr().out


def test_missing_inputs_are_refused_with_what_to_pass(tmp_path: Path) -> None:
    with pytest.raises(BenchInputError, match="--cases-file FILE"):
        bench_ratio(source=tmp_path / "absent.jsonl", consilium=object())
    (tmp_path / "run" / "single").mkdir(parents=True)
    with pytest.raises(BenchInputError, match="holds no case results"):
        bench_ratio(from_dir=tmp_path / "run", consilium=object())
