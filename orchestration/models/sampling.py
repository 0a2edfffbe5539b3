"""Per-sequence sampling for the batched engine, with the JSON-schema grammar checked token first.

llama.cpp's grammar sampler, put in a sampler chain, tests every one of the vocabulary's 151,936
tokens against the grammar at every step; that is what made constrained decoding a third slower than
free decoding. llama.cpp's own server does it the other way round, and so does this: sample from the
raw logits, ask the grammar about that one token, and only when the grammar refuses it mask the whole
vocabulary and sample again. At temperature 0 the result is the same token either way (the arg-max of
the masked logits is the raw arg-max whenever the grammar allows it); only the work differs.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from typing import Any

import numpy as np

# llama_token_data is {int32 id; float logit; float p}: 12 bytes, no padding
_TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)])

# llama-cpp-python's defaults for create_chat_completion, kept so a sampled call matches the serial model
TOP_K, TOP_P, MIN_P, TYPICAL_P = 40, 0.95, 0.05, 1.0


@dataclass
class SamplerStats:
    tokens: int = 0
    grammar_refusals: int = 0  # tokens the grammar refused, each resampled over the masked vocabulary


@dataclass
class SequenceSampler:
    """The sampler chain and grammar of one request; ``close()`` frees them."""

    llama_cpp: Any
    vocab: Any
    n_vocab: int
    temperature: float
    seed: int
    gbnf: str | None
    check_first: bool = True
    stats: SamplerStats = field(default_factory=SamplerStats)

    def __post_init__(self) -> None:
        lc = self.llama_cpp
        self._chain = lc.llama_sampler_chain_init(lc.llama_sampler_chain_default_params())
        if self.temperature <= 0:
            lc.llama_sampler_chain_add(self._chain, lc.llama_sampler_init_greedy())
        else:
            for sampler in (lc.llama_sampler_init_top_k(TOP_K), lc.llama_sampler_init_typical(TYPICAL_P, 1),
                            lc.llama_sampler_init_top_p(TOP_P, 1), lc.llama_sampler_init_min_p(MIN_P, 1),
                            lc.llama_sampler_init_temp(self.temperature), lc.llama_sampler_init_dist(self.seed)):
                lc.llama_sampler_chain_add(self._chain, sampler)
        self._grammar = None
        if self.gbnf is not None:
            self._grammar = lc.llama_sampler_init_grammar(self.vocab, self.gbnf.encode("utf-8"), b"root")
            if not self._grammar:
                self.close()
                raise ValueError("llama.cpp could not parse the output schema's grammar")
        self._ids = np.arange(self.n_vocab, dtype=np.int32)
        self._one = np.zeros(1, dtype=_TOKEN_DATA)

    def _candidates(self, logits: np.ndarray) -> tuple[np.ndarray, Any]:
        data = np.empty(self.n_vocab, dtype=_TOKEN_DATA)
        data["id"], data["logit"], data["p"] = self._ids, logits, 0.0
        array = self.llama_cpp.llama_token_data_array(
            data=data.ctypes.data_as(self.llama_cpp.llama_token_data_p), size=self.n_vocab, selected=-1, sorted=False)
        return data, array

    def _apply(self, sampler: Any, array: Any) -> None:
        self.llama_cpp.llama_sampler_apply(sampler, ctypes.byref(array))

    def _grammar_allows(self, token: int) -> bool:
        self._one["id"], self._one["logit"], self._one["p"] = token, 1.0, 0.0
        array = self.llama_cpp.llama_token_data_array(
            data=self._one.ctypes.data_as(self.llama_cpp.llama_token_data_p), size=1, selected=-1, sorted=False)
        self._apply(self._grammar, array)
        return bool(np.isfinite(self._one["logit"][0]))

    def sample(self, logits_ptr: Any) -> int:
        """Choose the next token from the logits llama.cpp holds at ``logits_ptr`` and accept it."""
        logits = np.ctypeslib.as_array(logits_ptr, shape=(self.n_vocab,))
        token = -1
        if self._grammar is None or self.check_first:
            if self.temperature <= 0:  # greedy: the arg-max, without building the candidates for the chain
                token = int(np.argmax(logits))
            else:
                data, array = self._candidates(logits)
                self._apply(self._chain, array)
                token = int(data["id"][array.selected])
            if self._grammar is not None and not self._grammar_allows(token):
                self.stats.grammar_refusals += 1
                token = -1
        if token < 0:  # the grammar decides over the whole vocabulary, then the chain samples
            data, array = self._candidates(logits)
            self._apply(self._grammar, array)
            self._apply(self._chain, array)
            token = int(data["id"][array.selected])
        if self._grammar is not None:
            self.llama_cpp.llama_sampler_accept(self._grammar, token)
        self.llama_cpp.llama_sampler_accept(self._chain, token)
        self.stats.tokens += 1
        return token

    def close(self) -> None:
        for name in ("_chain", "_grammar"):
            sampler = getattr(self, name, None)
            if sampler:
                self.llama_cpp.llama_sampler_free(sampler)
            setattr(self, name, None)
