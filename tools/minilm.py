"""all-MiniLM-L6-v2's forward pass in numpy: the sentence-transformers pipeline without torch.

sentence-transformers runs this model as BERT (6 layers, 384 wide, 12 heads), then the mean of the
token vectors under the attention mask, then unit length. Importing it costs about 9 s on 2 cores
(torch, transformers, scikit-learn, sympy), longer than a whole scripted review, to encode a handful
of query texts per run. The same arithmetic in numpy, with the Rust ``tokenizers`` library reading
the model's own ``tokenizer.json`` and ``safetensors`` reading its weights, imports in a fraction of a
second. Vectors agree with sentence-transformers to float32 rounding (``tests/knowledge/
test_minilm_numpy.py`` compares them); the order of summation differs between BLAS libraries, so
they are not bit-identical, and neither are sentence-transformers' own vectors across batchings.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

# sentence_bert_config.json's max_seq_length: longer texts are cut to this many tokens (with [CLS]/[SEP]),
# as sentence-transformers cuts them (tokenizer.json itself says 128, which the library overrides).
MAX_TOKENS = 256


class MiniLMNumpy:
    """The model read from its folder (``config.json``, ``tokenizer.json``, ``model.safetensors``)."""

    def __init__(self, folder: Path) -> None:
        import numpy as np
        from safetensors.numpy import load_file
        from scipy.special import erf  # GELU is exact (erf), as BERT's "gelu" is
        from threadpoolctl import threadpool_limits
        from tokenizers import Tokenizer

        self._erf = erf
        self._limits = threadpool_limits

        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        if config.get("hidden_act") != "gelu" or config.get("position_embedding_type", "absolute") != "absolute":
            raise ValueError(f"{folder}: not a BERT model this encoder can run ({config.get('hidden_act')})")
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(MAX_TOKENS)
        self.tokenizer.no_padding()  # batches are padded here, with the attention mask
        self.w = load_file(str(folder / "model.safetensors"))
        # nn.Linear keeps (out, in); x @ W.T is what it computes, so keep the transposes once.
        for name in [k for k in self.w if k.startswith("encoder.") and self.w[k].ndim == 2]:
            self.w[name] = np.ascontiguousarray(self.w[name].T)

    def _layer_norm(self, x: Any, prefix: str) -> Any:
        import numpy as np

        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + np.float32(self.eps)) * self.w[prefix + ".weight"] + self.w[prefix + ".bias"]

    def _dense(self, x: Any, prefix: str) -> Any:
        return x @ self.w[prefix + ".weight"] + self.w[prefix + ".bias"]

    def _encode_batch(self, ids: Any, mask: Any) -> Any:
        import numpy as np

        erf = self._erf
        batch, length = ids.shape
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:length]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._layer_norm(x, "embeddings.LayerNorm")
        # padded positions get the most negative float32 before the softmax, as transformers adds
        additive = ((1.0 - mask[:, None, None, :]) * np.finfo(np.float32).min).astype(np.float32)
        width = x.shape[-1] // self.heads
        scale = np.float32(1.0 / np.sqrt(width))

        def split(t: Any) -> Any:  # (batch, length, hidden) -> (batch, heads, length, width)
            return t.reshape(batch, length, self.heads, width).transpose(0, 2, 1, 3)

        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            q = split(self._dense(x, f"{p}.attention.self.query"))
            k = split(self._dense(x, f"{p}.attention.self.key"))
            v = split(self._dense(x, f"{p}.attention.self.value"))
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + additive
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            probs = scores / scores.sum(-1, keepdims=True)
            context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, -1)
            x = self._layer_norm(self._dense(context, f"{p}.attention.output.dense") + x, f"{p}.attention.output.LayerNorm")
            hidden = self._dense(x, f"{p}.intermediate.dense")
            hidden = hidden * np.float32(0.5) * (np.float32(1.0) + erf(hidden * np.float32(1.0 / np.sqrt(2.0))))
            x = self._layer_norm(self._dense(hidden, f"{p}.output.dense") + x, f"{p}.output.LayerNorm")
        summed = (x * mask[:, :, None]).sum(1)
        pooled = summed / np.maximum(mask.sum(1, keepdims=True), np.float32(1e-9))
        norms = np.sqrt((pooled * pooled).sum(-1, keepdims=True))
        return (pooled / np.maximum(norms, np.float32(1e-12))).astype(np.float32)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> Any:
        """Unit vectors, one row per text, in the order given."""
        import numpy as np

        # sentence-transformers strips each text and batches them longest first (less padding)
        encodings = self.tokenizer.encode_batch([str(t).strip() for t in texts])
        order = sorted(range(len(texts)), key=lambda i: -len(encodings[i].ids))
        out = np.zeros((len(texts), self.w["embeddings.word_embeddings.weight"].shape[1]), np.float32)
        # One BLAS thread: OpenBLAS's threads spin while they wait, and beside a review's other work on
        # 2 busy cores encoding 200 passages took 125-140 s with two threads, 17 s with one.
        with self._limits(limits=1, user_api="blas"):
            self._encode_sorted(encodings, order, batch_size, out)
        return out

    def _encode_sorted(self, encodings: Any, order: list[int], batch_size: int, out: Any) -> None:
        import numpy as np

        for start in range(0, len(order), batch_size):
            chunk = order[start:start + batch_size]
            length = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), length), np.int64)
            mask = np.zeros((len(chunk), length), np.float32)
            for row, i in enumerate(chunk):
                n = len(encodings[i].ids)
                ids[row, :n] = encodings[i].ids
                mask[row, :n] = 1.0
            out[chunk] = self._encode_batch(ids, mask)
