"""One exception root with kinds that say what to do; failures of one part recorded, not raised."""

from __future__ import annotations

import importlib
import inspect
import logging
import pkgutil
import socket
import threading
from pathlib import Path

import httpx
import pytest
import redis

from consilium.agents.calls import AgentFailure, structured_call
from consilium.agents.schemas import TriageOutput
from consilium.experts.base import Evidence, Expert, ExpertCard, ExpertError, MissingDependencyError
from consilium.orchestration.case.io import CaseFormatError
from consilium.orchestration.case.model import Case
from consilium.orchestration.distributed.connection import (
    RedisUnavailable,
    RedisUnreachable,
    RedisURLError,
    connect,
    is_missing_group,
    reply_code,
)
from consilium.orchestration.distributed.queue import CaseRejected
from consilium.orchestration.errors import (
    KINDS,
    ConfigError,
    ConsiliumError,
    Defect,
    InputError,
    MissingDependency,
    PartFailure,
    TransientError,
)
from consilium.orchestration.models.chat import (
    ModelCallError,
    ModelRequest,
    ModelSetupError,
    ModelTimeout,
    OpenAICompatModel,
    is_timeout,
)
from consilium.orchestration.settings import SettingsError
from tests.scripted import scripted_models

PACKAGES = ("consilium.agents", "consilium.tools", "consilium.experts", "consilium.orchestration", "consilium.ui")


def _package_modules() -> list[str]:
    names: list[str] = []
    for package in PACKAGES:
        module = importlib.import_module(package)
        names.append(package)
        names += [info.name for info in pkgutil.walk_packages(module.__path__, prefix=package + ".")]
    return names


def test_every_exception_class_in_the_package_has_the_root_and_a_kind() -> None:
    found, outside, unimportable = [], [], []
    for name in _package_modules():
        try:
            module = importlib.import_module(name)
        except ImportError as exc:  # an optional extra that is not installed hides classes: say which
            unimportable.append(f"{name}: {exc}")
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == name and issubclass(cls, BaseException) and cls is not ConsiliumError:
                found.append(cls)
                if not issubclass(cls, ConsiliumError) or not any(issubclass(cls, kind) for kind in KINDS):
                    outside.append(f"{name}.{cls.__qualname__}{tuple(b.__name__ for b in cls.__bases__)}")
    assert unimportable == [], "modules the check could not inspect: " + "; ".join(unimportable)
    assert outside == [], "exception classes without ConsiliumError and a kind: " + ", ".join(outside)
    assert len(found) >= 30, f"only {len(found)} exception classes found; the walk missed modules"


@pytest.mark.parametrize(("cls", "kind", "builtin"), [
    (CaseFormatError, InputError, ValueError),
    (CaseRejected, InputError, ValueError),
    (SettingsError, ConfigError, ValueError),
    (ModelCallError, ConsiliumError, RuntimeError),
    (ModelTimeout, TransientError, RuntimeError),
    (ModelSetupError, ConfigError, RuntimeError),
    (RedisUnreachable, TransientError, RuntimeError),
    (RedisURLError, ConfigError, RuntimeError),
    (MissingDependencyError, MissingDependency, Exception),
    (AgentFailure, PartFailure, Exception),
])
def test_classes_keep_the_builtin_base_callers_catch(cls: type, kind: type, builtin: type) -> None:
    assert issubclass(cls, kind) and issubclass(cls, builtin)


def test_model_setup_errors_still_catch_as_model_call_errors() -> None:
    assert issubclass(ModelSetupError, ModelCallError) and issubclass(ModelTimeout, ModelCallError)
    assert issubclass(RedisUnreachable, RedisUnavailable) and not issubclass(RedisURLError, TransientError)


def test_every_kind_documents_what_to_do_in_one_line() -> None:
    for kind in KINDS:
        assert kind.__doc__ and "\n" not in kind.__doc__.strip(), kind
    assert Defect not in (InputError, ConfigError) and issubclass(MissingDependency, ConfigError)


# --- experts ------------------------------------------------------------------------------------------

class _Divides(Expert):
    card = ExpertCard(name="divides", version="0", inputs="labs", outputs="a ratio", intended_use="tests",
                      limits="divides by zero", roles=["pathology"])

    def targets(self, case: Case) -> list[str]:
        return ["labs"]

    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        return Evidence(id="x", expert="divides", expert_version="0", target=target, summary=str(1 / 0))


class _Refuses(_Divides):
    def _run(self, case: Case, target: str, out_dir: Path) -> Evidence:
        raise ExpertError("no such lab: potassium")


def test_an_expert_bug_becomes_failed_evidence_and_a_logged_traceback(tmp_path: Path, caplog) -> None:
    with caplog.at_level(logging.ERROR, logger="consilium.experts.base"):
        evidence = _Divides().run(Case(id="c1"), "labs", tmp_path)
    assert evidence.status == "failed" and evidence.id == "divides:labs"
    assert evidence.error == "unexpected ZeroDivisionError (a defect in the expert): division by zero"
    assert "Traceback" not in evidence.render()
    logged = [r for r in caplog.records if r.exc_info]
    assert logged and logged[0].exc_info[0] is ZeroDivisionError  # the developer gets the traceback


def test_an_expert_error_keeps_its_own_message(tmp_path: Path) -> None:
    evidence = _Refuses().run(Case(id="c1"), "labs", tmp_path)
    assert (evidence.status, evidence.error) == ("failed", "no such lab: potassium")


# --- model calls --------------------------------------------------------------------------------------

def _raises(exc: Exception):
    def respond(request: ModelRequest) -> str:
        raise exc
    return respond


def test_a_backend_bug_fails_the_call_as_a_defect(caplog) -> None:
    bound = scripted_models(_raises(RuntimeError("backend crashed")))["gp"]
    with caplog.at_level(logging.ERROR, logger="consilium.agents.calls"), pytest.raises(AgentFailure) as info:
        structured_call(bound, role="gp", task="triage", messages=[{"role": "user", "content": "hi"}], output=TriageOutput)
    assert info.value.kind == "defect" and "unexpected RuntimeError: backend crashed" in info.value.reason
    assert [r.outcome for r in info.value.audit] == ["model_error"]
    assert any(r.exc_info and r.exc_info[0] is RuntimeError for r in caplog.records)


def test_a_builtin_timeout_from_a_backend_is_a_timeout() -> None:
    bound = scripted_models(_raises(TimeoutError("read timed out")))["gp"]
    with pytest.raises(AgentFailure) as info:
        structured_call(bound, role="gp", task="triage", messages=[{"role": "user", "content": "hi"}], output=TriageOutput)
    assert info.value.kind == "timeout" and [r.outcome for r in info.value.audit] == ["timeout"]


def test_timeouts_are_recognised_by_type_through_wrapping() -> None:
    request = httpx.Request("POST", "http://127.0.0.1/v1")
    assert is_timeout(httpx.ReadTimeout("slow", request=request))
    try:
        try:
            raise TimeoutError("deep")
        except TimeoutError as inner:
            raise RuntimeError("client wrapper") from inner
    except RuntimeError as wrapped:
        assert is_timeout(wrapped)
    assert not is_timeout(httpx.ConnectError("refused", request=request))
    assert not is_timeout(type("SlowTimeoutLookalike", (Exception,), {})())  # the old name test said yes


def _silent_server() -> tuple[socket.socket, threading.Event]:
    """A loopback server that accepts and never answers."""
    server = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def hold() -> None:
        conn, _ = server.accept()
        stop.wait(10)
        conn.close()

    threading.Thread(target=hold, daemon=True).start()
    return server, stop


def test_a_real_http_client_timeout_becomes_model_timeout() -> None:
    server, stop = _silent_server()
    try:
        port = server.getsockname()[1]
        model = OpenAICompatModel(base_url=f"http://127.0.0.1:{port}/v1", model="silent")
        request = ModelRequest(role="gp", messages=[{"role": "user", "content": "hi"}], schema=None,
                               max_tokens=5, temperature=0.0, timeout_s=0.5)
        with pytest.raises(ModelTimeout, match="timed out after 0.5 s"):
            model.complete(request)
    finally:
        stop.set()
        server.close()


def test_a_refused_connection_is_a_model_error_not_a_timeout() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again below: nothing listens there
    model = OpenAICompatModel(base_url=f"http://127.0.0.1:{port}/v1", model="gone")
    request = ModelRequest(role="gp", messages=[{"role": "user", "content": "hi"}], schema=None,
                           max_tokens=5, temperature=0.0, timeout_s=2.0)
    with pytest.raises(ModelCallError) as info:
        model.complete(request)
    assert not isinstance(info.value, ModelTimeout)


# --- Redis --------------------------------------------------------------------------------------------

def test_redis_reply_codes_are_read_in_one_place() -> None:
    missing = redis.exceptions.ResponseError("NOGROUP No such key 'consilium:cases' or consumer group 'workers'")
    assert reply_code(missing) == "NOGROUP" and is_missing_group(missing)
    assert reply_code(redis.exceptions.ResponseError("BUSYGROUP Consumer Group name already exists")) == "BUSYGROUP"
    assert not is_missing_group(redis.exceptions.ConnectionError("NOGROUP in a connection error's text"))
    assert not is_missing_group(RuntimeError("NOGROUP"))
    assert reply_code(redis.exceptions.ResponseError("wrong number of arguments")) is None


def test_redis_connection_failures_say_what_to_do() -> None:
    with pytest.raises(RedisURLError, match="not a Redis URL"):
        connect("http://127.0.0.1:6379")
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    with pytest.raises(RedisUnreachable, match="cannot reach Redis"):
        connect(f"redis://127.0.0.1:{port}/0")
