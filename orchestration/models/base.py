"""What every model backend shares: the request, the completion, the errors, the message helpers.

Apart from :mod:`.chat` so that a backend in its own module (:mod:`.batched`) can use them while
:func:`.chat.build_models` imports that backend.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from consilium.orchestration.errors import (
    BackendError,
    ConfigError,
    MissingDependency,
    TransientError,
)

Message = dict[str, Any]  # {"role": "system"|"user"|"assistant", "content": str | list[content parts]}


class ModelCallError(BackendError, RuntimeError):
    """The backend failed to answer (connection refused, HTTP error, crash)."""


class ModelTimeout(ModelCallError, TransientError):
    """The backend did not answer within the role's time limit."""


class ModelSetupError(ConfigError, ModelCallError):
    """A role's model cannot be built from the settings; the message names the role and the setting."""


class MissingModelBackend(MissingDependency, ModelCallError):
    """The package a role's backend needs is not installed; the message says what to install."""


@dataclass
class Completion:
    text: str
    tokens_in: int
    tokens_out: int
    truncated: bool = False  # the reply hit max_tokens
    tokens_cached: int = 0  # prompt tokens served from the model's prefix cache, not evaluated again


@dataclass
class ModelRequest:
    role: str
    messages: list[Message]
    schema: dict[str, Any] | None
    max_tokens: int
    temperature: float
    timeout_s: float


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask where the OS has one)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def text_only(message: Message) -> Message:
    content = message["content"]
    if isinstance(content, list):
        content = "\n".join(p.get("text", "") for p in content if p.get("type") == "text")
    return {"role": message["role"], "content": content}


def start_loading(load: Callable[[], Any], model_id: str) -> threading.Thread:
    """Run ``load`` (a model's own locked, idempotent loader) in a background thread, so that the model file
    loads while the review's first steps run (llama.cpp releases the GIL while it reads). Its error is left
    to the call that needs the model, which loads again and reports it where it belongs."""
    def run() -> None:
        try:
            load()
        except Exception:  # noqa: BLE001 - reported by the call that needs the model
            pass
    thread = threading.Thread(target=run, name=f"load {model_id}", daemon=True)
    thread.start()
    return thread


_quiet_lock = threading.Lock()
_quiet_callback: Any = None  # kept alive: llama.cpp holds a pointer to it
_llama_log = logging.getLogger("consilium.llama_cpp")


class _NoRedirect:
    """Stands in for llama-cpp-python's ``suppress_stdout_stderr``, doing nothing (see :func:`quiet_llama_cpp`)."""

    def __init__(self, disable: bool = True) -> None:
        pass

    def __enter__(self) -> _NoRedirect:
        return self

    def __exit__(self, *_exc: Any) -> None:
        return None


def quiet_llama_cpp() -> None:
    """Keep llama.cpp's own messages out of the terminal without silencing the rest of the process.

    llama-cpp-python quiets a model load by pointing the whole process's stdout and stderr (file descriptors 1 and
    2, and sys.stdout/sys.stderr) at /dev/null while it runs. A model loading in a background thread then swallows
    whatever the rest of the process prints meanwhile: a clinician's error message, the live board. Here that
    redirection is replaced by nothing, and llama.cpp's log lines (including the one error-level line it writes
    for every Qwen2.5 load, about a control-looking token) are dropped; where the ``consilium.llama_cpp`` logger
    is enabled for debug level when the first model loads, they go to it instead. Done once per process, before a
    model loads.

    Dropped in C, not in Python: llama.cpp calls its log callback about 2,100 times while it loads Qwen2.5-1.5B,
    and a Python callback takes the GIL each time. Beside the command line's imports, which hold the GIL, that
    stretched a background load from 1.3 s to 3.1 s (beside a busy loop, 1.3 s to 6-7 s); with the callback in C
    it stays at 1.3 s (docs/evaluation/2026-12-04-session22). The callback in C is ``llama_max_devices``, a function
    of the same library that takes no arguments and returns a constant: called with the callback's three
    arguments, which it never reads, it does nothing, on every calling convention llama.cpp builds for (they pass
    these arguments in registers and leave them to the caller)."""
    global _quiet_callback
    with _quiet_lock:
        if _quiet_callback is not None:
            return
        import ctypes

        import llama_cpp
        from llama_cpp import _internals
        from llama_cpp import llama as llama_module

        @llama_cpp.llama_log_callback
        def to_logger(level: int, text: bytes, _user_data: Any) -> None:
            _llama_log.debug("%s", text.decode("utf-8", "replace").rstrip())

        callback = to_logger
        constant = getattr(getattr(llama_cpp.llama_cpp, "_lib", None), "llama_max_devices", None)
        if constant is not None and not _llama_log.isEnabledFor(logging.DEBUG):
            callback = llama_cpp.llama_log_callback(ctypes.cast(constant, ctypes.c_void_p).value)
        llama_module.suppress_stdout_stderr = _NoRedirect
        _internals.suppress_stdout_stderr = _NoRedirect
        llama_cpp.llama_log_set(callback, ctypes.c_void_p(0))
        _quiet_callback = callback
