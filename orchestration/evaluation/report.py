"""The evaluation report: accuracy (every scoring method, with 95% Wilson intervals), cost and latency
of each strategy that ``consilium replay`` wrote under one folder, side by side.

``consilium report DIR`` reads ``DIR/<strategy>/*.json`` (one result per case, e.g. ``DIR/consilium``
and ``DIR/single``) and writes ``DIR/report.md``, ``DIR/report.json`` and PNG plots
(``DIR/plots/accuracy.png``, ``cost.png``, ``latency.png``, ``failures.png``). Strategies are also
compared on the cases both finished (paired; exact McNemar test on the primary score).
"""

from __future__ import annotations

import json
import math
import statistics
from collections import Counter
from pathlib import Path
from typing import Any

METHOD_LABELS = {
    "primary": "primary (option or normalised)", "exact": "exact match", "normalised": "normalised match",
    "icd": "ICD-10-CM category (no code = miss)", "icd_coded": "ICD-10-CM category (both coded)",
    "judge": "model judge", "option": "chosen option",
    "primary_with_errors": "primary, cases that raised counted as wrong",
}
PER_CASE = [m for m in METHOD_LABELS if m != "primary_with_errors"]  # methods that score one case
NODE_ORDER = ["triage", "radiology", "pathology", "surgery", "consensus", "verify", "answer", "single"]


def wilson(k: int, n: int, z: float = 1.959964) -> tuple[float, float]:
    """95% Wilson score interval for k successes in n trials ((0, 1) when n is 0)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def proportion(k: int, n: int) -> dict[str, Any]:
    lo, hi = wilson(k, n)
    return {"k": k, "n": n, "rate": k / n if n else None, "ci95": [round(lo, 4), round(hi, 4)]}


def mcnemar_exact(b: int, c: int) -> float:
    """Two-sided exact McNemar p-value from the discordant pair counts."""
    n = b + c
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, i) for i in range(min(b, c) + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def load_results(folder: Path) -> list[dict[str, Any]]:
    """Case results in a strategy folder (summary files and unreadable files are skipped)."""
    out = []
    for path in sorted(folder.glob("*.json")):
        if path.name == "summary.json":
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        if isinstance(data, dict) and "case_id" in data and "score" in data:
            out.append(data)
    return out


def _match(score: dict[str, Any], method: str) -> bool | None:
    """Whether ``score`` counts as a match under ``method``; ``None`` when the method does not apply."""
    if not score.get("scored"):
        return None
    diagnosis = score.get("method") == "diagnosis"
    if method == "primary":
        return bool(score.get("correct"))
    if method == "option":
        return bool(score.get("correct")) if score.get("method") == "option" else None
    if not diagnosis:
        return None
    if method in ("exact", "normalised"):
        return bool(score.get(method))
    if method == "icd":
        return (score.get("icd") or {}).get("match") is True
    if method == "icd_coded":
        return (score.get("icd") or {}).get("match")
    if method == "judge":
        return (score.get("judge") or {}).get("match") if "judge" in score else None
    raise ValueError(method)


def _spread(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"mean": None, "median": None, "p90": None, "total": 0}
    ordered = sorted(values)
    return {"mean": round(statistics.fmean(values), 3), "median": round(statistics.median(values), 3),
            "p90": round(ordered[min(len(ordered) - 1, math.ceil(0.9 * len(ordered)) - 1)], 3),
            "total": round(sum(values), 3)}


def _failures(results: list[dict[str, Any]], summary: dict[str, Any]) -> dict[str, int]:
    kinds: Counter[str] = Counter()
    for r in results:
        for task, f in (r.get("failures") or {}).items():
            kinds[f"{task}: {f.get('kind', 'unknown')}"] += 1
        for a in r.get("audit") or []:
            outcome = a.get("outcome")
            if outcome == "repaired":
                kinds["model call repaired (invalid, then valid on the retry)"] += 1
            elif outcome == "invalid_output":
                kinds["model reply invalid (counted per attempt)"] += 1
            elif outcome not in ("ok", None):
                kinds[f"model call {outcome}"] += 1
        if r.get("answer") is None:
            kinds["no answer"] += 1
        elif (r.get("answer") or {}).get("source") == "consensus-fallback":
            kinds["answer fell back to the consensus"] += 1
    if summary.get("run_errors"):
        kinds["case raised (run error)"] += len(summary["run_errors"])
    if summary.get("load_errors"):
        kinds["malformed record skipped"] += len(summary["load_errors"])
    return dict(kinds.most_common())


def strategy_stats(folder: Path) -> dict[str, Any]:
    """Everything the report shows for one strategy folder."""
    results = load_results(folder)
    summary_path = folder / "summary.json"
    summary = json.loads(summary_path.read_text()) if summary_path.is_file() else {}
    scores = [r["score"] for r in results]
    accuracy = {}
    for method in PER_CASE:
        verdicts = [v for v in (_match(s, method) for s in scores) if v is not None]
        if verdicts:
            accuracy[method] = proportion(sum(verdicts), len(verdicts))
    diag = [s for s in scores if s.get("method") == "diagnosis"]
    node_times: dict[str, list[float]] = {}
    not_run: Counter[str] = Counter()
    for r in results:
        for node, secs in (r.get("timings") or {}).items():
            if _did_not_run(r, node):  # its near-zero time would pull the node's mean down
                not_run[node] += 1
                continue
            node_times.setdefault(node, []).append(float(secs))
    judge_calls = [a for s in diag for a in (s.get("judge") or {}).get("audit", [])]
    n = len(results)
    errors = len(summary.get("run_errors") or [])
    if errors and "primary" in accuracy:  # a case that raised has no result: count it as wrong too
        accuracy["primary_with_errors"] = proportion(accuracy["primary"]["k"], accuracy["primary"]["n"] + errors)
    return {
        "strategy": folder.name, "source": summary.get("source"), "cases": n,
        "scored": sum(1 for s in scores if s.get("scored")), "accuracy": accuracy,
        "no_answer": sum(1 for s in scores if s.get("no_answer")),
        "no_option": sum(1 for s in scores if s.get("no_option")),
        "option_from_text": sum(1 for s in scores if s.get("option_from_text")),
        "option_conflict": {"cases": sum(1 for s in scores if s.get("option_conflict")),
                            "correct": sum(1 for s in scores if s.get("option_conflict") and s.get("correct"))},
        "run_errors": errors, "sources": sorted({str(Path(r["source_file"]).resolve()) for r in results if r.get("source_file")}),
        "diagnosis_scored": len(diag),
        "icd_uncoded": {"reference": sum(1 for s in diag if not (s.get("icd") or {}).get("reference")),
                        "answer": sum(1 for s in diag if not (s.get("icd") or {}).get("answer"))},
        "llm_calls": _spread([r.get("llm_calls", 0) for r in results]),
        "tokens_in": _spread([r.get("tokens_in", 0) for r in results]),
        "tokens_out": _spread([r.get("tokens_out", 0) for r in results]),
        "tokens_cached": _spread([sum(a.get("tokens_cached", 0) for a in r.get("audit") or []) for r in results]),
        "seconds": _spread([r.get("seconds", 0.0) for r in results]),
        "model_seconds": _spread([sum(a.get("latency_s", 0.0) for a in r.get("audit") or []) for r in results]),
        "nodes": {node: {"cases": len(v), "mean_s": round(statistics.fmean(v), 3) if v else None,
                         "mean_per_case_s": round(sum(v) / n, 3) if n else None, "total_s": round(sum(v), 3),
                         "not_run": not_run[node]}
                  for node, v in sorted({**{k: [] for k in not_run}, **node_times}.items(),
                                        key=lambda kv: _node_rank(kv[0]))},
        "failures": _failures(results, summary),
        "judge": {"model": summary.get("judge"), "calls": len(judge_calls),
                  "control_pairs": [(summary.get("judge_calibration") or {}).get(k) for k in ("correct", "n")],
                  "tokens": sum(a.get("tokens_in", 0) + a.get("tokens_out", 0) for a in judge_calls)},
        "case_ids": sorted(r["case_id"] for r in results),
        "_verdicts": {r["case_id"]: {m: _match(r["score"], m) for m in PER_CASE} for r in results},
    }


def _did_not_run(result: dict[str, Any], node: str) -> bool:
    """A task that stopped before its model call because its input was missing (no file to read)."""
    return ((result.get("failures") or {}).get(node) or {}).get("kind") == "missing_input"


def _node_rank(node: str) -> tuple[int, str]:
    return (NODE_ORDER.index(node) if node in NODE_ORDER else len(NODE_ORDER), node)


def paired(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """Both strategies on the cases both finished: per-method counts and McNemar on the primary score."""
    common = sorted(set(a["_verdicts"]) & set(b["_verdicts"]))
    out: dict[str, Any] = {"a": a["strategy"], "b": b["strategy"], "cases": len(common), "methods": {},
                           "same_source": a["sources"] == b["sources"]}
    for method in PER_CASE:
        pairs = [(a["_verdicts"][c][method], b["_verdicts"][c][method]) for c in common]
        pairs = [(x, y) for x, y in pairs if x is not None and y is not None]
        if not pairs:
            continue
        only_a = sum(1 for x, y in pairs if x and not y)
        only_b = sum(1 for x, y in pairs if y and not x)
        out["methods"][method] = {"n": len(pairs), "a": sum(x for x, _ in pairs), "b": sum(y for _, y in pairs),
                                  "only_a": only_a, "only_b": only_b,
                                  "mcnemar_p": round(mcnemar_exact(only_a, only_b), 4)}
    return out


def _strategy_folders(root: Path) -> list[Path]:
    found = [p for p in sorted(root.iterdir()) if p.is_dir() and (
        (p / "summary.json").is_file() or any(q.name != "summary.json" for q in p.glob("*.json")))]
    order = {"consilium": 0, "single": 1}
    return sorted(found, key=lambda p: (order.get(p.name, 2), p.name))


def build_report(root: str | Path) -> dict[str, Any]:
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"{root} is not a folder of replay results")
    stats = [strategy_stats(f) for f in _strategy_folders(root)]
    stats = [s for s in stats if s["cases"]]
    if not stats:
        raise FileNotFoundError(f"no case results under {root} (expected {root}/<strategy>/<case>.json)")
    pairs = [paired(stats[i], stats[j]) for i in range(len(stats)) for j in range(i + 1, len(stats))]
    return {"folder": str(root), "strategies": stats, "paired": pairs}


def _pct(p: dict[str, Any] | None) -> str:
    if not p or p["rate"] is None:
        return "–"
    return f"{p['rate']:.1%} ({p['k']}/{p['n']}; {p['ci95'][0]:.0%}–{p['ci95'][1]:.0%})"


def _num(value: Any, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def render_markdown(report: dict[str, Any], plots: dict[str, str]) -> str:
    s = report["strategies"]
    head = "| | " + " | ".join(x["strategy"] for x in s) + " |\n|---|" + "---|" * len(s)

    def row(label: str, cells: list[str]) -> str:
        return f"| {label} | " + " | ".join(cells) + " |"

    mixed = len({tuple(x["sources"]) for x in s}) > 1 or any(len(x["sources"]) > 1 for x in s)
    warning = ["**Warning:** these results come from different source files; a paired comparison by case id "
               "is only meaningful on one file.", ""] if mixed else []
    lines = [f"# Evaluation: {report['folder']}", "",
             ("Accuracy is shown for every scoring method with a 95% Wilson interval; no single figure is the "
              "whole story. Cost and latency come from the same runs."), "", *warning, "## Accuracy and cost", "", head,
             row("cases with a result", [str(x["cases"]) for x in s]),
             row("cases that raised (no result)", [str(x["run_errors"]) for x in s]),
             row("source file", [", ".join(Path(p).name for p in x["sources"]) or "–" for x in s])]
    for method, label in METHOD_LABELS.items():
        if any(method in x["accuracy"] for x in s):
            lines.append(row(label, [_pct(x["accuracy"].get(method)) for x in s]))
    lines += [
        row("no answer / no option chosen / option read from the answer text",
            [f"{x['no_answer']} / {x['no_option']} / {x['option_from_text']}" for x in s]),
        row("option letter contradicted by the answer's own text (of them scored right)",
            [f"{x['option_conflict']['cases']} ({x['option_conflict']['correct']})" for x in s]),
        row("no ICD code found: reference / answer", [f"{x['icd_uncoded']['reference']} / {x['icd_uncoded']['answer']}"
                                                      if x["diagnosis_scored"] else "–" for x in s]),
        row("LLM calls per case (mean; total)", [f"{_num(x['llm_calls']['mean'], 2)}; {x['llm_calls']['total']:,}" for x in s]),
        row("prompt tokens per case (mean)", [_num(x["tokens_in"]["mean"], 0) for x in s]),
        row("of the prompt tokens, read from the model's prefix cache (mean)", [_num(x["tokens_cached"]["mean"], 0) for x in s]),
        row("completion tokens per case (mean)", [_num(x["tokens_out"]["mean"], 0) for x in s]),
        row("seconds per case (mean / median / p90)",
            [f"{_num(x['seconds']['mean'])} / {_num(x['seconds']['median'])} / {_num(x['seconds']['p90'])}" for x in s]),
        row("model-call seconds per case (mean; sum of call latencies, including any wait for a shared model)",
            [_num(x["model_seconds"]["mean"]) for x in s]),
        row("judge (model; calls; tokens, not in cost; control pairs right)",
            [f"{x['judge']['model'] or 'none'}; {x['judge']['calls']}; {x['judge']['tokens']:,}; "
             + ("{}/{}".format(*x["judge"]["control_pairs"]) if x["judge"]["control_pairs"][1] else "–") for x in s]),
    ]
    for p in report["paired"]:
        lines += ["", f"## Paired: {p['a']} vs {p['b']} on the {p['cases']} cases both finished", "",
                  *([] if p["same_source"] else
                    ["**Warning:** the two strategies' results come from different source files.", ""]),
                  f"| method | {p['a']} | {p['b']} | only {p['a']} right | only {p['b']} right | McNemar exact p |",
                  "|---|---|---|---|---|---|"]
        for method, m in p["methods"].items():
            lines.append(f"| {METHOD_LABELS[method]} | {m['a']}/{m['n']} | {m['b']}/{m['n']} | {m['only_a']} | "
                         f"{m['only_b']} | {m['mcnemar_p']:.3g} |")
    lines += ["", "## Latency by node (seconds)", "",
              ("Mean over the cases that ran the node; a task stopped for missing input (no model call) is "
              "counted apart, not in the mean. Specialists run in parallel, so node times add up to more than "
              "the wall time of a case; on one in-process model they also include waiting for it."), "",
              "| strategy | node | cases | mean s | total s | not run (missing input) |", "|---|---|---|---|---|---|"]
    for x in s:
        lines += [f"| {x['strategy']} | {node} | {v['cases']} | {_num(v['mean_s'], 2)} | {v['total_s']:.1f} | "
                  f"{v.get('not_run', 0)} |" for node, v in x["nodes"].items()]
    lines += ["", "## Failures by kind", "", "| strategy | kind | count |", "|---|---|---|"]
    for x in s:
        lines += [f"| {x['strategy']} | {kind} | {count} |" for kind, count in x["failures"].items()] or \
                 [f"| {x['strategy']} | none | 0 |"]
    lines += ["", "## How to read the scores", "",
              ("* *exact*: identical strings apart from case; *normalised*: abbreviations, spelling, hedges and "
              "harmless modifiers (acute, left, severe...) normalised, or the reference named whole inside an "
              "answer that commits to it: no list, negation or differing qualifier (NSTEMI is not STEMI)."),
              ("* *ICD-10-CM category*: both texts mapped to a code by searching code descriptions and inclusion "
              "terms, compared on the first three characters. Different diseases in one category count as a "
              "match; a text with no code found counts as a miss in the first row and is left out of the second."),
              ("* *model judge*: a model's verdict (prompt and reply saved in each case's score). Before a run the "
              "judge grades control pairs with known verdicts (summary.json); a judge that misses them, or a "
              "small model judging its own answers, is not to be believed: read it beside the others."),
              ("* Multiple-choice questions are scored by the chosen option letter; when the letter is empty and "
              "the answer is exactly one option's text (or starts 'B.'), that option counts, and the count is "
              "shown above. An answer whose own text names another option than its letter (\"A\", or option A's "
              "text, with letter B) still scores by the letter; such answers are counted above, with how many of "
              "them the letter made right, so a stricter reading can be worked out."), ""]
    if plots:
        lines += ["## Plots", ""] + [f"![{name}]({path})" for name, path in plots.items()] + [""]
    return "\n".join(lines)


def write_report(root: str | Path, out: str | Path | None = None) -> dict[str, Path]:
    """Build the report for ``root`` and write Markdown, JSON and PNG plots; returns their paths."""
    from consilium.orchestration.evaluation.plots import write_plots

    report = build_report(root)
    out_dir = Path(out) if out else Path(root)
    out_dir.mkdir(parents=True, exist_ok=True)
    plots = write_plots(report, out_dir / "plots")
    rel = {name: str(path.relative_to(out_dir)) for name, path in plots.items()}
    public = {**report, "strategies": [{k: v for k, v in x.items() if not k.startswith("_")}
                                       for x in report["strategies"]], "plots": rel}
    (out_dir / "report.json").write_text(json.dumps(public, indent=1), encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(report, rel), encoding="utf-8")
    return {"markdown": out_dir / "report.md", "json": out_dir / "report.json", **plots}


__all__ = ["build_report", "load_results", "mcnemar_exact", "paired", "proportion", "render_markdown",
           "strategy_stats", "wilson", "write_report"]
