"""The embedded model decoding many calls together: continuous batching in one llama.cpp context.

Decoding a 1.5B model at batch size one reads every weight once per token; where that read, not the
arithmetic, bounds the token rate, three sequences decoded in one batch cost little more than one.
(On a 2-core CPU the arithmetic bounds it: a step carrying three sequences took 2.6 times one, and
``consilium bench wave`` prints that ceiling for the machine it runs on.) :class:`BatchedLlamaModel`
owns one llama context with ``parallel`` sequence slots (each ``n_ctx`` tokens) and one engine thread. ``complete()`` from any thread queues a request
and waits; the engine admits requests into free slots, evaluates new prompts in chunks inside the
same ``llama_decode`` batch as the other slots' next tokens, and samples each slot on its own (see
:mod:`.sampling`). A new prompt reuses the longest token prefix any slot holds, copied into its own
slot when another slot has it. The prompt is built by llama-cpp-python's own chat handler from the
GGUF's chat template, as :class:`~.chat.LlamaCppModel` builds it, so one call is sent the same tokens.
"""

from __future__ import annotations

import threading
import time
from typing import Any

from consilium.orchestration.models.base import (
    Completion,
    Message,
    MissingModelBackend,
    ModelCallError,
    ModelRequest,
    quiet_llama_cpp,
    start_loading,
    text_only,
    usable_cpus,
)
from consilium.orchestration.models.batch_engine import BatchEngine, Call, CallStats

__all__ = ["BatchEngine", "BatchedLlamaModel", "CallStats"]


class _PromptOnly:
    """Stands in for ``Llama`` in its chat handler: tokenizes like it, and keeps what would be generated."""

    def __init__(self, llm: Any):
        self._llm, self.verbose, self.request = llm, False, {}

    def tokenize(self, *args: Any, **kwargs: Any) -> list[int]:
        return self._llm.tokenize(*args, **kwargs)

    def create_completion(self, **kwargs: Any) -> dict[str, Any]:
        self.request = kwargs
        return {"id": "-", "created": 0, "model": "-", "usage": {},
                "choices": [{"text": "", "logprobs": None, "finish_reason": None}]}


class BatchedLlamaModel:
    """The embedded model for many concurrent calls (the default); ``parallel: 1`` selects the serial one."""

    multimodal = False

    def __init__(self, path: str, *, model_id: str, n_ctx: int = 4096, parallel: int = 3, n_threads: int | None = None,
                 seed: int = 0, check_grammar_first: bool = True):
        self.path, self.model_id, self.n_ctx, self.parallel, self.seed = path, model_id, n_ctx, parallel, seed
        self.n_threads = n_threads or usable_cpus()
        self.check_grammar_first = check_grammar_first
        self._llm: Any = None
        self.engine: BatchEngine | None = None
        self._lock = threading.Lock()

    def _load(self) -> tuple[Any, BatchEngine]:
        with self._lock:
            if self.engine is None:
                try:
                    quiet_llama_cpp()
                    from llama_cpp import Llama
                except ImportError as exc:  # pragma: no cover - depends on the install
                    raise MissingModelBackend("llama-cpp-python is not installed: "
                                              "pip install 'consilium-cds[embedded]'") from exc
                # the weights, tokenizer and chat template; its own small context is not used for calls
                self._llm = Llama(model_path=self.path, n_ctx=256, n_batch=256, n_threads=self.n_threads,
                                  seed=self.seed, verbose=False)
                self.engine = BatchEngine(self._llm, n_slots=self.parallel, n_ctx_slot=self.n_ctx,
                                          n_threads=self.n_threads, seed=self.seed,
                                          check_grammar_first=self.check_grammar_first)
            return self._llm, self.engine

    def preload(self) -> None:
        """Start loading the model file in a background thread; a call that comes first waits for it. A load that
        fails here is tried again, and its error reported, by the call that needs the model."""
        start_loading(self._load, self.model_id)

    def prompt(self, messages: list[Message], schema: dict[str, Any] | None) -> tuple[list[int], str | None]:
        """The prompt tokens and grammar llama-cpp-python's chat handler would decode for this call."""
        from llama_cpp import llama_chat_format

        llm, _ = self._load()
        handler = (llm.chat_handler or llm._chat_handlers.get(llm.chat_format)
                   or llama_chat_format.get_chat_completion_handler(llm.chat_format))
        capture = _PromptOnly(llm)
        kwargs: dict[str, Any] = {}
        if schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        handler(llama=capture, messages=[text_only(m) for m in messages], **kwargs)
        grammar = capture.request.get("grammar")
        return list(capture.request["prompt"]), (grammar._grammar if grammar is not None else None)

    def count_tokens(self, messages: list[Message]) -> int:
        """Prompt tokens of ``messages`` by this model's tokenizer, 8 per message for the chat template."""
        llm, _ = self._load()
        return sum(len(llm.tokenize(str(text_only(m)["content"]).encode("utf-8"), add_bos=False)) + 8
                   for m in messages)

    def submit(self, request: ModelRequest) -> tuple[Completion, CallStats]:
        """Like :meth:`complete`, also returning what the call cost (the benchmarks print it)."""
        tokens, gbnf = self.prompt(request.messages, request.schema)
        _, engine = self._load()
        if len(tokens) >= self.n_ctx:
            raise ModelCallError(f"{self.model_id}: the prompt has {len(tokens)} tokens, more than the context "
                                 f"window of {self.n_ctx} leaves room for")
        call = Call(tokens, gbnf, request.max_tokens, request.temperature,
                     time.monotonic() + request.timeout_s, request.timeout_s)
        engine.submit(call)
        if call.error is not None:
            raise type(call.error)(f"{self.model_id}: {call.error}") from None
        assert call.completion is not None
        return call.completion, call.stats

    def complete(self, request: ModelRequest) -> Completion:
        return self.submit(request)[0]

    def close(self) -> None:
        with self._lock:
            if self.engine is not None:
                self.engine.close()
                self.engine = None
            if self._llm is not None:
                self._llm.close()
                self._llm = None
