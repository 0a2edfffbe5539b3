"""The model layer: one interface, three backends, bound per role from the settings.

* :class:`OpenAICompatModel` — any OpenAI-compatible endpoint (``vllm serve`` on GPU hosts,
  llama.cpp's server, Ollama), one HTTP POST per call; may be marked multimodal.
* :class:`LlamaCppModel` — an in-process GGUF model through llama-cpp-python (the embedded default).
* :class:`ScriptedModel` — canned answers with a fixed latency, for unit tests and benchmarks only.

Structured output is requested as JSON-schema-constrained decoding wherever the backend supports it;
validation against the pydantic schema happens in :mod:`consilium.agents.calls`.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from consilium.orchestration.errors import TransientError
from consilium.orchestration.models.base import (  # re-exported: callers import them from chat
    Completion,
    Message,
    MissingModelBackend,
    ModelCallError,
    ModelRequest,
    ModelSetupError,
    ModelTimeout,
    usable_cpus,
)
from consilium.orchestration.models.base import quiet_llama_cpp, start_loading
from consilium.orchestration.models.base import text_only as _text_only
from consilium.orchestration.models.embedded import model_path
from consilium.orchestration.settings import ROLES, RoleModel, Settings


def is_timeout(exc: BaseException) -> bool:
    """Whether ``exc``, or what it wraps, is a timeout: Python's or httpx's (which HTTP clients wrap).

    By type, not by "Timeout" in a class name (which also matched unrelated classes). The chain is
    followed because client layers re-raise a transport timeout wrapped in their own error.
    """
    import httpx

    kinds = (TimeoutError, httpx.TimeoutException)
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        if isinstance(cur, kinds):
            return True
        seen.add(id(cur))
        cur = cur.__cause__ or cur.__context__
    return False


class ChatModel(Protocol):
    model_id: str
    multimodal: bool

    def complete(self, request: ModelRequest) -> Completion: ...


class _Deadline(TransientError):
    """Raised inside llama.cpp's token loop to stop it; becomes :class:`ModelTimeout` at once."""


class LlamaCppModel:
    """In-process llama.cpp. One instance serves many roles; calls are serialised by a lock."""

    multimodal = False

    def __init__(self, path: str, *, model_id: str, n_ctx: int = 4096, n_threads: int | None = None, seed: int = 0):
        self.path, self.model_id, self.n_ctx, self.seed = path, model_id, n_ctx, seed
        # llama-cpp-python's own default decodes on half the CPUs (1 of 2 here), which made every
        # review ~1.7x slower in decoding; a machine given to Consilium should decode on all of them.
        self.n_threads = n_threads or usable_cpus()
        self._llm: Any = None
        self._lock = threading.Lock()

    def _load(self) -> Any:
        if self._llm is None:
            try:
                quiet_llama_cpp()
                from llama_cpp import Llama
            except ImportError as exc:  # pragma: no cover - depends on the install
                raise MissingModelBackend("llama-cpp-python is not installed: pip install 'consilium-cds[embedded]'") from exc
            self._llm = Llama(model_path=self.path, n_ctx=self.n_ctx, n_threads=self.n_threads, seed=self.seed,
                              verbose=False)
        return self._llm

    def preload(self) -> None:
        """Start loading the model file in a background thread (see :func:`start_loading`)."""
        def load() -> None:
            with self._lock:
                self._load()
        start_loading(load, self.model_id)

    def count_tokens(self, messages: list[Message]) -> int:
        """Prompt tokens of ``messages`` by this model's tokenizer, 8 per message for the chat template."""
        with self._lock:
            llm = self._load()
            return sum(len(llm.tokenize(str(_text_only(m)["content"]).encode("utf-8"), add_bos=False)) + 8
                       for m in messages)

    def complete(self, request: ModelRequest) -> Completion:
        deadline = time.monotonic() + request.timeout_s

        def stop_at_deadline(_ids: Any, logits: Any) -> Any:
            # llama.cpp cannot be interrupted from outside; this runs once per generated token.
            if time.monotonic() > deadline:
                raise _Deadline
            return logits

        kwargs: dict[str, Any] = {}
        if request.schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": request.schema}
        with self._lock:
            llm = self._load()
            before = llm.input_ids[: llm.n_tokens].copy()
            try:
                out = llm.create_chat_completion(
                    messages=[_text_only(m) for m in request.messages], max_tokens=request.max_tokens,
                    temperature=request.temperature, seed=self.seed, logits_processor=[stop_at_deadline], **kwargs,
                )
            except _Deadline:
                raise ModelTimeout(f"{self.model_id}: no complete answer within {request.timeout_s:g} s") from None
            except ValueError as exc:  # e.g. prompt longer than the context window
                raise ModelCallError(f"{self.model_id}: {exc}") from None
            usage = out.get("usage") or {}
            prompt_tokens = int(usage.get("prompt_tokens", 0))
            # llama-cpp-python keeps the KV cache of the longest prefix this prompt shares with the last one.
            cached = llm.longest_token_prefix(before, llm.input_ids[: min(prompt_tokens, llm.n_tokens)])
        choice = out["choices"][0]
        return Completion(choice["message"].get("content") or "", prompt_tokens, int(usage.get("completion_tokens", 0)),
                          choice.get("finish_reason") == "length", tokens_cached=max(0, min(cached, prompt_tokens - 1)))


_HTTP_LOCK = threading.Lock()
_HTTP: Any = None  # the process's one httpx.Client; see OpenAICompatModel
REPLY_EXCERPT_CHARS = 300  # of an endpoint's reply, in an error message


def _http_client() -> Any:
    global _HTTP
    with _HTTP_LOCK:
        if _HTTP is None:
            import httpx

            # as the OpenAI SDK did: a proxy in front of an endpoint may answer with a redirect (http to https)
            _HTTP = httpx.Client(headers={"Accept": "application/json"}, follow_redirects=True)
            atexit.register(_HTTP.close)  # its pooled connections end with the process, not with the OS
        return _HTTP


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= REPLY_EXCERPT_CHARS else flat[:REPLY_EXCERPT_CHARS] + "..."


class OpenAICompatModel:
    """An OpenAI-compatible endpoint: one POST to ``{base_url}/chat/completions`` per call, through httpx.

    Not through the OpenAI SDK (or langchain's ``ChatOpenAI`` over it): importing those took 0.7 s of
    the 3.2 s a warm ``consilium review`` spent before its first model call (``consilium bench startup``),
    for a single JSON request. Every instance shares one ``httpx.Client``, whose connection pool is
    safe to use from the graph's threads, so the roles of one endpoint also share its connections.
    No retries: a failed call is the caller's to record or repeat.
    """

    def __init__(self, *, base_url: str, model: str, api_key: str = "not-needed", multimodal: bool = False,
                 structured_output: str = "json_schema"):
        self.model_id = model
        self.multimodal = multimodal
        self.structured_output = structured_output
        self.base_url = base_url
        self._url = base_url.rstrip("/") + "/chat/completions"
        self._headers = {"Authorization": f"Bearer {api_key}"}

    def _response_format(self, schema: dict[str, Any] | None) -> dict[str, Any] | None:
        if schema is None or self.structured_output == "none":
            return None
        if self.structured_output == "json_object":  # llama.cpp server: schema beside the type
            return {"type": "json_object", "schema": schema}
        return {"type": "json_schema", "json_schema": {"name": schema.get("title", "output"), "schema": schema}}

    def request_body(self, request: ModelRequest) -> dict[str, Any]:
        """The JSON sent for ``request``: image parts only to a multimodal model, the schema as configured."""
        messages = request.messages if self.multimodal else [_text_only(m) for m in request.messages]
        body: dict[str, Any] = {"model": self.model_id, "stream": False, "messages": messages,
                                "max_tokens": request.max_tokens, "temperature": request.temperature}
        if (rf := self._response_format(request.schema)) is not None:
            body["response_format"] = rf
        return body

    def complete(self, request: ModelRequest) -> Completion:
        import httpx

        where = f"{self.model_id} at {self.base_url}"
        try:
            response = _http_client().post(self._url, json=self.request_body(request), headers=self._headers,
                                           timeout=request.timeout_s)
        except httpx.TimeoutException:
            raise ModelTimeout(f"{where}: timed out after {request.timeout_s:g} s") from None
        except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
            # refused, reset, unreachable; a malformed base_url, a key httpx cannot put in a header, a body that is
            # not JSON (a NaN temperature): each the reason for a failed call, typed as one
            raise ModelCallError(f"{where}: {type(exc).__name__}: {exc}") from None
        if response.is_error:
            raise ModelCallError(f"{where}: HTTP {response.status_code}: {_excerpt(response.text)}")
        try:
            reply = response.json()
            choice = reply["choices"][0]
            content = choice["message"].get("content") or ""
            usage = reply.get("usage") or {}
            cached = int((usage.get("prompt_tokens_details") or {}).get("cached_tokens") or 0)  # vLLM prefix caching
            tokens_in, tokens_out = int(usage.get("prompt_tokens") or 0), int(usage.get("completion_tokens") or 0)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError):
            raise ModelCallError(f"{where}: the reply is not a chat completion: {_excerpt(response.text)}") from None
        text = content if isinstance(content, str) else "".join(
            p.get("text", "") for p in content if isinstance(p, dict))
        return Completion(text, tokens_in, tokens_out, choice.get("finish_reason") == "length", tokens_cached=cached)


Responder = Callable[[ModelRequest], str]


class ScriptedModel:
    """Answers from a function of the request, after a fixed latency. Tests and benchmarks only.

    ``requests`` keeps every request for a test to read; a benchmark, which makes thousands, passes
    ``keep_requests=False`` so that its process does not grow with them as no real backend does."""

    multimodal = False

    def __init__(self, responder: Responder, *, latency_s: float = 0.0, model_id: str = "scripted",
                 keep_requests: bool = True):
        self.responder, self.latency_s, self.model_id = responder, latency_s, model_id
        self.requests: list[ModelRequest] = []
        self._keep = keep_requests
        self._lock = threading.Lock()

    def complete(self, request: ModelRequest) -> Completion:
        if self._keep:
            with self._lock:
                self.requests.append(request)
        if self.latency_s > request.timeout_s:
            time.sleep(request.timeout_s)
            raise ModelTimeout(f"{self.model_id}: no answer within {request.timeout_s:g} s")
        if self.latency_s:
            time.sleep(self.latency_s)
        text = self.responder(request)
        words = sum(len(str(m["content"]).split()) for m in request.messages)
        return Completion(text, words, len(text.split()))


@dataclass
class BoundModel:
    """A backend with the per-role call parameters from the settings."""

    model: ChatModel
    config: RoleModel


def preload_models(models: dict[str, BoundModel]) -> None:
    """Start loading every embedded model file among ``models`` in the background (each file once): it loads
    while the caller imports, reads the case and runs the experts, instead of at the first model call."""
    for model in {id(bound.model): bound.model for bound in models.values()}.values():
        if (preload := getattr(model, "preload", None)) is not None:
            preload()


def build_models(settings: Settings, *, scripted: ChatModel | None = None) -> dict[str, BoundModel]:
    """Bind every role to a backend. Roles on the same embedded file share one loaded model."""
    embedded: dict[tuple[str, int, int], ChatModel] = {}
    bound: dict[str, BoundModel] = {}
    for role in ROLES:
        cfg = settings.role(role)
        if cfg.backend == "scripted":
            if scripted is None:
                raise ModelSetupError(f"role '{role}' is bound to a scripted model, which only tests can supply")
            model: ChatModel = scripted
        elif cfg.backend == "openai":
            if not cfg.base_url:
                raise ModelSetupError(f"role '{role}': backend 'openai' needs base_url")
            key = os.environ.get(cfg.api_key_env, "") if cfg.api_key_env else "not-needed"
            model = OpenAICompatModel(base_url=cfg.base_url, model=cfg.model, api_key=key or "not-needed",
                                      multimodal=cfg.multimodal, structured_output=cfg.structured_output)
        else:
            key2 = (cfg.model, cfg.n_ctx, cfg.parallel)
            if key2 not in embedded:
                path = model_path(cfg.model, settings.model_cache)
                if cfg.parallel > 1:
                    from consilium.orchestration.models.batched import BatchedLlamaModel

                    embedded[key2] = BatchedLlamaModel(str(path), model_id=f"{cfg.model}.gguf", n_ctx=cfg.n_ctx,
                                                       parallel=cfg.parallel, n_threads=cfg.n_threads)
                else:
                    embedded[key2] = LlamaCppModel(str(path), model_id=f"{cfg.model}.gguf", n_ctx=cfg.n_ctx,
                                                   n_threads=cfg.n_threads)
            model = embedded[key2]
        bound[role] = BoundModel(model, cfg)
    return bound
