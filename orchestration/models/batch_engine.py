"""The engine behind :class:`~.batched.BatchedLlamaModel`: one llama.cpp context, many sequences, one thread.

Each step decodes, in one ``llama_decode`` batch, the next token of every slot that is generating and
then chunks of the prompts still being evaluated; then it samples every slot whose logits came back.

The context gives each sequence a KV stream of its own (``kv_unified`` off) and computes attention
without flash attention. Measured on 2 cores with Qwen2.5-Coder-1.5B and 600-token prompts, one
sequence's next token took 57-70 ms on a unified cache with flash attention on (each step attends
over every slot's cells) and 48 ms this way, for 1 sequence or 3. The price: llama.cpp copies a
sequence into another stream only whole (a partial copy aborts the process), so a shared prefix is
taken by copying the source's whole stream and cutting what follows the prefix (:meth:`BatchEngine._copy_prefix`).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, TypeVar

from consilium.orchestration.models.base import (
    Completion,
    ModelCallError,
    ModelSetupError,
    ModelTimeout,
    quiet_llama_cpp,
)
from consilium.orchestration.models.sampling import SamplerStats, SequenceSampler

BATCH_TOKENS = 512  # tokens per llama_decode: the next token of every decoding slot, then prompt chunks
MIN_COPY_TOKENS = 16  # a shared prefix shorter than this is evaluated again rather than waited for

T = TypeVar("T")


def put_token(batch: Any, i: int, token: int, pos: int, seq: int, logits: bool) -> None:
    """Entry ``i`` of a ``llama_batch``: ``token`` at position ``pos`` of sequence ``seq``, with its logits or not."""
    batch.token[i], batch.pos[i], batch.n_seq_id[i], batch.logits[i] = token, pos, 1, logits
    batch.seq_id[i][0] = seq


def _common_prefix(a: list[int], b: list[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@dataclass
class CallStats:
    """What one call cost, for the benchmarks: seconds queued, evaluating its prompt, and decoding."""

    queued_s: float = 0.0
    prefill_s: float = 0.0
    decode_s: float = 0.0
    sampler: SamplerStats = field(default_factory=SamplerStats)


@dataclass
class Call:
    prompt: list[int]
    gbnf: str | None
    max_tokens: int
    temperature: float
    deadline: float
    timeout_s: float
    submitted: float = field(default_factory=time.monotonic)
    done: threading.Event = field(default_factory=threading.Event)
    completion: Completion | None = None
    error: BaseException | None = None
    stats: CallStats = field(default_factory=CallStats)


@dataclass(eq=False)  # slots are compared by identity
class _Slot:
    seq: int
    tokens: list[int] = field(default_factory=list)  # what the KV cache holds for this sequence, from position 0
    call: Call | None = None
    sampler: SequenceSampler | None = None
    prompt_done: int = 0  # prompt tokens already in the KV cache
    cached: int = 0
    out: list[int] = field(default_factory=list)
    pending: bool = False  # the last of ``tokens`` was sampled but not yet decoded into the cache
    started: float = 0.0
    first_token: float = 0.0


class BatchEngine:
    """One llama context with ``n_slots`` sequences, driven by one thread; see the module docstring."""

    def __init__(self, llm: Any, *, n_slots: int, n_ctx_slot: int, n_threads: int, seed: int = 0,
                 check_grammar_first: bool = True):
        import llama_cpp
        from llama_cpp import _internals

        quiet_llama_cpp()  # llama.cpp's notes on the context it builds go to a logger, and nothing else is silenced

        self.lc, self.llm, self.n_slots, self.n_ctx_slot, self.seed = llama_cpp, llm, n_slots, n_ctx_slot, seed
        self.check_grammar_first = check_grammar_first
        params = llama_cpp.llama_context_default_params()
        # one KV stream per sequence, n_ctx split evenly between them (see the module docstring)
        params.n_ctx, params.n_seq_max, params.kv_unified = n_slots * n_ctx_slot, n_slots, False
        params.flash_attn_type = llama_cpp.LLAMA_FLASH_ATTN_TYPE_DISABLED
        params.n_batch = params.n_ubatch = BATCH_TOKENS
        params.n_threads = params.n_threads_batch = n_threads
        params.no_perf = True
        self._ctx = _internals.LlamaContext(model=llm._model, params=params, verbose=False)
        per_sequence = llama_cpp.llama_n_ctx_seq(self._ctx.ctx)
        if per_sequence < n_ctx_slot:
            self._ctx.close()
            raise ModelSetupError(f"llama.cpp gave each of {n_slots} sequences {per_sequence} tokens of context, "
                                  f"fewer than the {n_ctx_slot} asked for")
        self._memory = llama_cpp.llama_get_memory(self._ctx.ctx)
        self._batch = llama_cpp.llama_batch_init(BATCH_TOKENS, 0, 1)
        self.vocab = llm._model.vocab
        self.n_vocab = llm.n_vocab()
        self.slots = [_Slot(seq) for seq in range(n_slots)]
        self._queue: deque[Call] = deque()
        self._wake = threading.Condition()
        self._closing = False
        self._clear_requests: list[threading.Event] = []
        self._idle_jobs: list[tuple[Callable[[Any, Any], Any], Future]] = []
        self._thread = threading.Thread(target=self._run, name="consilium-llama-batch", daemon=True)
        self._thread.start()

    # --- called from any thread -------------------------------------------------------------------
    def submit(self, call: Call) -> Call:
        with self._wake:
            if self._closing:
                raise ModelCallError("the embedded model is shut down")
            self._queue.append(call)
            self._wake.notify()
        while not call.done.wait(0.5):
            if not self._thread.is_alive():
                raise ModelCallError("the embedded model's engine thread stopped")
        return call

    def close(self) -> None:
        with self._wake:
            self._closing = True
            self._wake.notify()
        self._thread.join()
        if self._batch is not None:
            self.lc.llama_batch_free(self._batch)
            self._batch = None
        self._ctx.close()

    def clear_cache(self) -> None:
        """Forget every idle slot's cached prefix (benchmarks start each measurement from nothing)."""
        cleared = threading.Event()
        with self._wake:
            self._clear_requests.append(cleared)
            self._wake.notify()
        cleared.wait()

    def when_idle(self, job: Callable[[Any, Any], T]) -> T:
        """Run ``job(context, memory)`` on the engine thread once no call holds a slot, and return its result.

        Calls submitted meanwhile wait until it is done. The job finds every sequence's cache empty and
        may write any of them; they are emptied again after it. The wave benchmark times bare decode steps this way.
        """
        outcome: Future = Future()
        with self._wake:
            if self._closing:
                raise ModelCallError("the embedded model is shut down")
            self._idle_jobs.append((job, outcome))
            self._wake.notify()
        while True:  # as submit: an engine thread that died never runs the job
            try:
                return outcome.result(timeout=0.5)
            except FutureTimeout:
                if not self._thread.is_alive():
                    raise ModelCallError("the embedded model's engine thread stopped") from None

    # --- the engine thread --------------------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self._wake:
                    while not (self._closing or self._queue or self._clear_requests or self._idle_jobs
                               or self._busy()):
                        self._wake.wait()
                    if self._closing:
                        break
                    self._clear_idle_slots()
                    jobs: list[tuple[Callable[[Any, Any], Any], Future]] = []
                    if self._idle_jobs and not self._busy():
                        jobs, self._idle_jobs = self._idle_jobs, []
                    elif not self._idle_jobs:  # a job waiting for the slots to empty: admit nothing new
                        self._admit()
                self._run_jobs(jobs)
                self._step()
        except BaseException as exc:  # every waiting caller must hear why, not hang
            self._fail_all(ModelCallError(f"embedded model engine failed: {type(exc).__name__}: {exc}"))
            raise
        self._fail_all(ModelCallError("the embedded model is shut down"))
        for cleared in self._clear_requests:
            cleared.set()

    def _run_jobs(self, jobs: list[tuple[Callable[[Any, Any], Any], Future]]) -> None:
        for job, outcome in jobs:  # each finds every sequence empty, and leaves it so
            self._forget_all()
            try:
                outcome.set_result(job(self._ctx.ctx, self._memory))
            except Exception as exc:  # noqa: BLE001 - the job failed, not the engine: its caller gets the error
                outcome.set_exception(exc)
            self._forget_all()

    def _forget_all(self) -> None:
        for slot in self.slots:
            self._forget(slot)

    def _forget(self, slot: _Slot) -> None:
        """Empty ``slot``'s cache, and its record of what the cache holds."""
        self.lc.llama_memory_seq_rm(self._memory, slot.seq, 0, -1)
        slot.tokens = []

    def _clear_idle_slots(self) -> None:
        for done in self._clear_requests:
            for slot in self.slots:
                if slot.call is None:
                    self._forget(slot)
            done.set()
        self._clear_requests = []

    def _busy(self) -> bool:
        return any(slot.call is not None for slot in self.slots)

    def _fail_all(self, error: BaseException) -> None:
        with self._wake:
            pending = [slot.call for slot in self.slots if slot.call] + list(self._queue)
            self._queue.clear()
            jobs, self._idle_jobs = self._idle_jobs, []
        for _, outcome in jobs:
            outcome.set_exception(error)
        for slot in self.slots:
            if slot.call is not None:
                self._release(slot)
        for call in pending:
            call.error = error
            call.done.set()

    def _admit(self) -> None:
        while self._queue:
            call = self._queue[0]
            if time.monotonic() > call.deadline:
                self._queue.popleft()
                call.error = ModelTimeout(f"no answer within {call.timeout_s:g} s (waited for a free slot)")
                call.done.set()
                continue
            free = [s for s in self.slots if s.call is None]
            if not free:
                return
            self._queue.popleft()
            self._start(call, free)

    def _start(self, call: Call, free: list[_Slot]) -> None:
        def shared(slot: _Slot) -> int:  # the last prompt token is always evaluated again, for its logits
            return _common_prefix(slot.tokens[: len(slot.tokens) - slot.pending], call.prompt[:-1])

        source = max(self.slots, key=lambda s: (shared(s), s.call is None))
        # a free slot: the one holding the most of this prompt, else the one holding least
        slot = max(free, key=lambda s: (shared(s), -len(s.tokens)))
        reuse = shared(source)
        lc, mem = self.lc, self._memory
        if reuse > shared(slot):  # another slot holds more of it: copy that prefix
            self._copy_prefix(source, slot, reuse)
        else:
            reuse = shared(slot)
            lc.llama_memory_seq_rm(mem, slot.seq, reuse, -1)
        slot.tokens, slot.pending = call.prompt[:reuse], False
        slot.call, slot.prompt_done, slot.cached, slot.out = call, reuse, reuse, []
        slot.started, slot.first_token = time.monotonic(), 0.0
        call.stats.queued_s = slot.started - call.submitted
        try:
            slot.sampler = SequenceSampler(self.lc, self.vocab, self.n_vocab, call.temperature, self.seed, call.gbnf,
                                           check_first=self.check_grammar_first)
        except ValueError as exc:
            self._finish(slot, error=ModelCallError(str(exc)))

    def _step(self) -> None:
        now = time.monotonic()
        for slot in self.slots:
            if slot.call is not None and now > slot.call.deadline:
                self._finish(slot, error=ModelTimeout(f"no complete answer within {slot.call.timeout_s:g} s"))
        batch, n, wants = self._batch, 0, []
        for slot in self.slots:  # every decoding slot's next token first, so prompt chunks never starve them
            if slot.call is not None and slot.prompt_done == len(slot.call.prompt):
                put_token(batch, n, slot.tokens[-1], len(slot.tokens) - 1, slot.seq, True)
                slot.pending = False
                wants.append((slot, n))
                n += 1
        # before any chunk is added, so that every slot's tokens are what the cache holds
        waiting = {slot.seq for slot in self.slots if slot.call is not None
                   and slot.prompt_done < len(slot.call.prompt) and self._catch_up(slot)}
        for slot in self.slots:
            if (slot.call is None or slot.prompt_done == len(slot.call.prompt) or n >= BATCH_TOKENS
                    or slot.seq in waiting):
                continue
            chunk = slot.call.prompt[slot.prompt_done: slot.prompt_done + BATCH_TOKENS - n]
            last = slot.prompt_done + len(chunk) == len(slot.call.prompt)
            for i, token in enumerate(chunk):
                put_token(batch, n, token, slot.prompt_done + i, slot.seq, last and i == len(chunk) - 1)
                n += 1
            slot.prompt_done += len(chunk)
            slot.tokens.extend(chunk)
            if last:
                wants.append((slot, n - 1))
        if n == 0:
            return
        batch.n_tokens = n
        rc = self.lc.llama_decode(self._ctx.ctx, batch)
        if rc != 0:  # what this batch left in the cache is unknown: those slots start again from nothing
            for slot in self.slots:
                if slot.call is not None:
                    slot.tokens, slot.pending = [], False
                    self._finish(slot, error=ModelCallError(f"llama_decode failed (code {rc})"))
            return
        now = time.monotonic()
        for slot, index in wants:
            if slot.call is not None:
                self._next_token(slot, index, now)

    def _catch_up(self, slot: _Slot) -> bool:
        """Take the part of this prompt another slot has evaluated; say whether to wait for one evaluating it.

        The specialists of a wave are sent the same case before their own instructions, so their
        prompts share hundreds of tokens; evaluated once and copied, that prefix costs one prefill, not three.
        """
        call = slot.call
        assert call is not None
        target = call.prompt[:-1]
        best, source = slot.prompt_done, None
        for other in self.slots:
            if other is not slot:
                n = _common_prefix(other.tokens[: len(other.tokens) - other.pending], target)
                if n > best:
                    best, source = n, other
        if source is not None and best - slot.prompt_done >= MIN_COPY_TOKENS:
            self._copy_prefix(source, slot, best)
            slot.tokens.extend(call.prompt[slot.prompt_done: best])
            slot.cached += best - slot.prompt_done
            slot.prompt_done = best
        for other in self.slots:  # an earlier call still evaluating what this one will need: wait for it
            if other.call is None or (other.started, other.seq) >= (slot.started, slot.seq):
                continue
            shared = _common_prefix(other.call.prompt, target)
            if other.prompt_done < shared and shared - slot.prompt_done >= MIN_COPY_TOKENS:
                return True
        return False

    def _copy_prefix(self, source: _Slot, slot: _Slot, n_tokens: int) -> None:
        """Make ``slot``'s cache hold the first ``n_tokens`` of ``source``'s, and nothing else.

        Between streams llama.cpp copies only a whole sequence; it replaces the destination stream
        (whose own cells are a prefix of the source's whenever this is called) and is carried out at
        the next ``llama_decode``, before that batch is computed.
        """
        self.lc.llama_memory_seq_cp(self._memory, source.seq, slot.seq, -1, -1)
        self.lc.llama_memory_seq_rm(self._memory, slot.seq, n_tokens, -1)


    def _next_token(self, slot: _Slot, index: int, now: float) -> None:
        call = slot.call
        assert call is not None and slot.sampler is not None
        if not slot.first_token:
            slot.first_token = now
        token = slot.sampler.sample(self.lc.llama_get_logits_ith(self._ctx.ctx, index))
        if self.lc.llama_vocab_is_eog(self.vocab, token):
            self._finish(slot, truncated=False)
            return
        slot.out.append(token)
        slot.tokens.append(token)
        slot.pending = True
        if len(slot.out) >= call.max_tokens or len(slot.tokens) >= self.n_ctx_slot:
            self._finish(slot, truncated=True)

    def _finish(self, slot: _Slot, *, truncated: bool = False, error: BaseException | None = None) -> None:
        call = slot.call
        assert call is not None
        end = time.monotonic()
        call.stats.prefill_s = (slot.first_token or end) - slot.started
        call.stats.decode_s = end - slot.first_token if slot.first_token else 0.0
        if slot.sampler is not None:
            call.stats.sampler = slot.sampler.stats
        if error is not None:
            call.error = error
        else:
            text = self.llm.detokenize(slot.out, prev_tokens=call.prompt).decode("utf-8", errors="ignore")
            call.completion = Completion(text, len(call.prompt), len(slot.out), truncated, tokens_cached=slot.cached)
        if slot.pending:
            slot.tokens.pop()
            slot.pending = False
        self._release(slot)
        call.done.set()

    def _release(self, slot: _Slot) -> None:
        if slot.sampler is not None:
            slot.sampler.close()
        self.lc.llama_memory_seq_rm(self._memory, slot.seq, len(slot.tokens), -1)
        slot.call, slot.sampler = None, None
