"""The batched embedded model on a real GGUF (SmolLM2-135M): concurrent calls, limits, shutdown."""

from __future__ import annotations

import json
import threading
from typing import Any

import jsonschema
import pytest
from consilium.orchestration.models.batched import BatchedLlamaModel
from consilium.orchestration.models.chat import (
    LlamaCppModel,
    ModelCallError,
    ModelRequest,
    ModelTimeout,
)

FINDING = {"type": "object", "properties": {"finding": {"type": "string"}, "severe": {"type": "boolean"}},
           "required": ["finding", "severe"]}
LIKELIHOOD = {"type": "object", "properties": {"diagnosis": {"type": "string"},
                                               "likelihood": {"type": "string", "enum": ["low", "moderate", "high"]}},
              "required": ["diagnosis", "likelihood"]}
STEPS = {"type": "object", "properties": {"steps": {"type": "array", "items": {"type": "string"}, "maxItems": 3}},
         "required": ["steps"]}
# a reply the grammar makes long (at least 600 characters), so that a short time limit always falls inside it
LONG = {"type": "object", "properties": {"story": {"type": "string", "minLength": 600}}, "required": ["story"]}


def _messages(text: str) -> list[dict[str, Any]]:
    return [{"role": "system", "content": "You are a careful clinician. Reply in JSON."},
            {"role": "user", "content": text}]


def _request(text: str, schema: dict | None, *, max_tokens: int = 120, timeout_s: float = 600) -> ModelRequest:
    return ModelRequest("radiology", _messages(text), schema, max_tokens, 0.0, timeout_s)


def _concurrently(model: BatchedLlamaModel, requests: list[ModelRequest]) -> list[Any]:
    """Each request from its own thread, as the graph's specialists call; a result or the exception raised."""
    results: list[Any] = [None] * len(requests)

    def call(i: int) -> None:
        try:
            results[i] = model.complete(requests[i])
        except Exception as exc:  # the test inspects what each caller got
            results[i] = exc

    threads = [threading.Thread(target=call, args=(i,)) for i in range(len(requests))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    return results


@pytest.fixture(scope="module")
def batched(smollm_path):
    model = BatchedLlamaModel(str(smollm_path), model_id="smollm2-135m.gguf", n_ctx=1024, parallel=3)
    yield model
    model.close()


def test_three_concurrent_constrained_calls_each_return_json_valid_for_its_own_schema(batched) -> None:
    schemas = [FINDING, LIKELIHOOD, STEPS]
    requests = [_request(f"Chest radiograph: right lower lobe opacity. Case {i}. Answer.", schema)
                for i, schema in enumerate(schemas)]
    results = _concurrently(batched, requests)
    for schema, result in zip(schemas, results, strict=True):
        assert not isinstance(result, Exception), result
        assert result.tokens_out > 0 and not result.truncated
        jsonschema.validate(json.loads(result.text), schema)


def test_one_call_is_sent_the_same_prompt_tokens_as_the_serial_model(batched, smollm_path) -> None:
    serial = LlamaCppModel(str(smollm_path), model_id="smollm2-135m.gguf", n_ctx=1024)
    request = _request("Fever, cough and crackles at the right base. What is the diagnosis?", LIKELIHOOD)
    expected = serial.complete(request)
    got = batched.complete(request)
    assert got.tokens_in == expected.tokens_in
    assert got.text.startswith("{")  # decoded under the schema's grammar


def test_the_same_prompt_again_is_served_from_the_prefix_cache(batched) -> None:
    request = _request("Sodium 128 mmol/L, potassium 6.1 mmol/L. Main finding?", FINDING)
    first = batched.complete(request)
    again = batched.complete(request)
    assert again.tokens_in == first.tokens_in
    assert again.tokens_cached == again.tokens_in - 1  # all but the last token, evaluated again for its logits


def test_a_deadline_stops_one_call_with_a_timeout_and_the_others_finish(batched) -> None:
    requests = [_request("Tell the whole story of this patient's illness.", LONG, max_tokens=800, timeout_s=1.0),
                _request("Chest radiograph: clear lungs. Answer.", FINDING),
                _request("Chest radiograph: right lower lobe opacity. Answer.", LIKELIHOOD)]
    late, first, second = _concurrently(batched, requests)
    assert isinstance(late, ModelTimeout), late  # in its slot, or still queued on a loaded machine
    assert "within 1 s" in str(late)
    for other, schema in ((first, FINDING), (second, LIKELIHOOD)):
        assert not isinstance(other, Exception), other
        assert other.tokens_out > 0
        if not other.truncated:  # SmolLM may ramble inside a string until max_tokens; otherwise the JSON is whole
            jsonschema.validate(json.loads(other.text), schema)


def test_a_prompt_longer_than_a_slot_is_refused_as_a_model_call_error(batched) -> None:
    request = _request("opacity " * 1500, FINDING)
    with pytest.raises(ModelCallError, match="context window of 1024"):
        batched.complete(request)
    assert batched.complete(_request("Clear lungs. Answer.", FINDING)).tokens_out > 0  # the engine still serves


def test_closing_ends_the_engine_and_a_call_in_flight_gets_an_error_not_a_hang(smollm_path) -> None:
    model = BatchedLlamaModel(str(smollm_path), model_id="smollm2-135m.gguf", n_ctx=1024, parallel=2)
    model.complete(_request("Clear lungs. Answer.", FINDING))  # loaded and serving
    engine = model.engine
    assert engine is not None
    started = threading.Event()
    outcome: list[Any] = []

    def long_call() -> None:
        started.set()
        try:
            outcome.append(model.complete(_request("Tell the whole story.", LONG, max_tokens=800)))
        except ModelCallError as exc:
            outcome.append(exc)

    caller = threading.Thread(target=long_call)
    caller.start()
    started.wait()
    while not any(slot.call for slot in engine.slots):  # wait until the engine has taken the call
        threading.Event().wait(0.01)
    model.close()
    caller.join(60)
    assert not caller.is_alive()
    assert not engine._thread.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], ModelCallError)
    assert "shut down" in str(outcome[0])


def test_the_embedded_default_is_batched_and_parallel_one_keeps_the_serial_model(smollm_path, tmp_path) -> None:
    from consilium.orchestration.models.chat import build_models
    from consilium.orchestration.settings import load_settings

    home = {"home": str(tmp_path)}
    batched_roles = build_models(load_settings(**home, models={"default": {"model": "smollm2-135m"}}))
    models = {id(bound.model): bound.model for bound in batched_roles.values()}
    assert len(models) == 1 and isinstance(next(iter(models.values())), BatchedLlamaModel)  # one engine, every role
    assert next(iter(models.values())).parallel == 3
    serial_roles = build_models(load_settings(**home, models={"default": {"model": "smollm2-135m", "parallel": 1}}))
    assert all(isinstance(bound.model, LlamaCppModel) for bound in serial_roles.values())


CASE = ("A 64-year-old man has had fever, a productive cough and right-sided pleuritic chest pain for three days. "
        "He smokes twenty cigarettes a day. Temperature 38.9 C, pulse 112, respiratory rate 26, oxygen saturation "
        "91% on air. Crackles and bronchial breathing at the right base. White cell count 17.2, CRP 210, urea 8.1. ")


def test_a_prompt_sharing_a_prefix_with_a_running_slot_copies_it_and_answers_as_alone(smollm_path) -> None:
    model = BatchedLlamaModel(str(smollm_path), model_id="smollm2-135m.gguf", n_ctx=1024, parallel=2)
    try:
        question = _request(CASE + "What is the single most likely diagnosis?", FINDING, max_tokens=40)
        alone = model.complete(question)
        engine = model.engine
        assert engine is not None
        engine.clear_cache()
        running = threading.Thread(target=model.complete,
                                   args=(_request(CASE + "Tell the whole story.", LONG, max_tokens=400),))
        running.start()
        while not any(s.call and s.prompt_done == len(s.call.prompt) and s.out for s in engine.slots):
            threading.Event().wait(0.01)  # until the first call has evaluated the case and is decoding
        copied = model.complete(question)
        still_running = any(s.call is not None for s in engine.slots)
        running.join(120)
        case_tokens = len(model.prompt(_messages(CASE), None)[0]) - 8  # less the chat template's closing tokens
    finally:
        model.close()
    assert still_running  # the prefix came from a slot in use, not one left idle
    # the system prompt and the case were copied; the question was evaluated
    assert case_tokens <= copied.tokens_cached < copied.tokens_in - 8
    assert copied.tokens_in == alone.tokens_in
    assert copied.text == alone.text


def test_bare_decode_steps_are_timed_on_the_engine_between_calls_and_leave_it_serving(batched) -> None:
    from consilium.orchestration.benchmarks.wave import (
        decode_step_seconds,
        wave_ceiling,
    )

    request = _request("Clear lungs. Answer.", FINDING)
    batched.complete(request)
    engine = batched.engine
    assert engine is not None and any(slot.tokens for slot in engine.slots)
    prompt = batched.prompt(request.messages, None)[0]
    steps = decode_step_seconds(engine, prompt, (1, 3), steps=5)
    assert set(steps) == {1, 3} and all(0 < s < 5 for s in steps.values())
    assert not any(slot.tokens for slot in engine.slots)  # the job may have written any sequence: all emptied
    again = batched.complete(request)
    assert again.tokens_cached == 0 and again.tokens_out > 0

    def broken(ctx: Any, memory: Any) -> None:
        raise ValueError("a broken job")

    with pytest.raises(ValueError, match="a broken job"):  # the caller hears it; the engine goes on
        engine.when_idle(broken)
    assert batched.complete(request).tokens_out > 0


def test_a_preloaded_model_answers_and_a_failed_preload_is_reported_by_the_call(smollm_path, tmp_path) -> None:
    """preload_models starts each embedded model loading in the background, once per file; the first call
    finds it loaded (or waits for it). A file that cannot load raises nothing in the background: the call that
    needs the model loads it again and reports the error itself."""
    from consilium.orchestration.models.chat import BoundModel, ScriptedModel, preload_models
    from consilium.orchestration.settings import RoleModel

    model = BatchedLlamaModel(str(smollm_path), model_id="smollm2-135m.gguf", n_ctx=1024, parallel=2)
    cfg = RoleModel(backend="embedded", model="smollm2-135m")
    scripted = ScriptedModel(lambda r: "{}")
    try:
        preload_models({"gp": BoundModel(model, cfg), "radiology": BoundModel(model, cfg),
                        "surgery": BoundModel(scripted, cfg)})
        loading = [t for t in threading.enumerate() if t.name == "load smollm2-135m.gguf"]
        assert len(loading) == 1  # one load for the file, however many roles share it; none for a scripted model
        loading[0].join(120)
        assert model.engine is not None  # loaded before any call
        reply = model.complete(_request("Chest radiograph: right lower lobe opacity. Answer.", FINDING))
        assert reply.tokens_out > 0 and not reply.truncated
        jsonschema.validate(json.loads(reply.text), FINDING)
    finally:
        model.close()
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"GGUF" + b"\0" * 64)
    bad = LlamaCppModel(str(broken), model_id="broken.gguf", n_ctx=256)
    preload_models({"gp": BoundModel(bad, cfg)})
    for thread in [t for t in threading.enumerate() if t.name == "load broken.gguf"]:
        thread.join(60)
    with pytest.raises(ValueError, match=r"Failed to load model from file: .*broken\.gguf"):  # llama-cpp-python's
        bad.count_tokens(_messages("hello"))


def test_what_the_process_prints_while_a_model_loads_in_the_background_is_not_lost(smollm_path, capfd) -> None:
    """llama-cpp-python silences a load by pointing the process's stdout and stderr at /dev/null while it runs;
    a model loading in the background must not swallow what the rest of the process prints (an error for the
    clinician, the live board), and llama.cpp's own log lines stay out of the terminal."""
    import sys

    model = BatchedLlamaModel(str(smollm_path), model_id="smollm2-135m-quiet.gguf", n_ctx=512, parallel=1)
    try:
        model.preload()
        loading = [t for t in threading.enumerate() if t.name == "load smollm2-135m-quiet.gguf"]
        printed = 0
        while printed < 20 or any(t.is_alive() for t in loading):  # some of these run while the model loads
            print(f"board line {printed}", flush=True)
            print(f"error line {printed}", file=sys.stderr, flush=True)
            printed += 1
        for t in loading:
            t.join(60)
        assert model.engine is not None
    finally:
        model.close()
    out, err = capfd.readouterr()
    assert all(f"board line {i}\n" in out for i in range(printed)), "stdout lines were lost during the load"
    assert all(f"error line {i}\n" in err for i in range(printed)), "stderr lines were lost during the load"
    assert "llama_model_loader" not in out + err and "load_tensors" not in out + err


_LOAD_AND_COUNT = """
import json, logging, sys, threading
records = []
if sys.argv[2] == "debug":  # a developer who wants llama.cpp's lines turns its logger on before the first load
    logger = logging.getLogger("consilium.llama_cpp")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(type("H", (logging.Handler,), {"emit": lambda self, r: records.append(r.getMessage())})())
python_calls = []
threading.setprofile(lambda frame, event, arg: python_calls.append(frame.f_code.co_name) if event == "call" else None)
from consilium.orchestration.models.batched import BatchedLlamaModel
model = BatchedLlamaModel(sys.argv[1], model_id="smollm2-log.gguf", n_ctx=512, parallel=1)
model.preload()
for t in [t for t in threading.enumerate() if t.name == "load smollm2-log.gguf"]:
    t.join(120)
assert model.engine is not None
model.close()
print(json.dumps({"records": len(records), "loader": sum(1 for name in records if "llama_model_loader" in name),
                  "python_log_calls": python_calls.count("to_logger")}))
"""


@pytest.mark.parametrize("logger_level", ["default", "debug"])
def test_llama_cpp_log_lines_are_dropped_without_python_unless_its_logger_asks_for_them(smollm_path,
                                                                                       logger_level) -> None:
    """llama.cpp calls its log callback for every line of a load (thousands); a callback in Python takes the GIL each
    time, which stretched a background load beside the command line's imports from 1.3 s to 3.1 s. By default the
    lines are dropped in C: no Python runs for them. A developer who enables the ``consilium.llama_cpp`` logger at
    debug level before the first load gets every line."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _LOAD_AND_COUNT, str(smollm_path), logger_level],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    if logger_level == "default":
        assert report == {"records": 0, "loader": 0, "python_log_calls": 0}
    else:
        assert report["records"] >= 100 and report["loader"] >= 1
        assert report["python_log_calls"] >= 100  # the loader thread's (closing the model in the main thread logs too)
