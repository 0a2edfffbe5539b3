"""PNG plots for the evaluation report (matplotlib, Agg backend: no display needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

PLOT_METHODS = ["primary", "exact", "normalised", "icd", "icd_coded", "judge", "option"]
SHORT = {"primary": "primary", "exact": "exact", "normalised": "normalised", "icd": "ICD\n(no code=miss)",
         "icd_coded": "ICD\n(both coded)", "judge": "model\njudge", "option": "option"}
COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd"]


def _pyplot():
    try:
        import matplotlib
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise ImportError("the evaluation plots need matplotlib: pip install 'consilium-cds[eval]'") from exc
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def _errors(p: dict[str, Any]) -> tuple[float, float, float]:
    rate = p["rate"] or 0.0
    return rate, rate - p["ci95"][0], p["ci95"][1] - rate


def accuracy_plot(report: dict[str, Any], path: Path) -> Path:
    plt = _pyplot()
    stats = report["strategies"]
    methods = [m for m in PLOT_METHODS if any(m in s["accuracy"] for s in stats)]
    fig, ax = plt.subplots(figsize=(max(6, 1.5 * len(methods) + 2), 4.5))
    width = 0.8 / len(stats)
    for i, s in enumerate(stats):
        xs, ys, lo, hi, labels = [], [], [], [], []
        for j, m in enumerate(methods):
            if m not in s["accuracy"]:
                continue
            rate, down, up = _errors(s["accuracy"][m])
            xs.append(j + (i - (len(stats) - 1) / 2) * width)
            ys.append(rate)
            lo.append(down)
            hi.append(up)
            labels.append(f"{s['accuracy'][m]['k']}/{s['accuracy'][m]['n']}")
        bars = ax.bar(xs, ys, width * 0.95, yerr=[lo, hi], capsize=3, label=s["strategy"], color=COLOURS[i % 5])
        for bar, text, top in zip(bars, labels, [y + u for y, u in zip(ys, hi, strict=True)], strict=True):
            ax.annotate(text, (bar.get_x() + bar.get_width() / 2, top + 0.015), ha="center",
                        va="bottom", fontsize=7)
    ax.set_xticks(range(len(methods)), [SHORT[m] for m in methods], fontsize=8)
    ax.set_ylim(0, 1.15)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_ylabel("accuracy (95% Wilson interval)")
    ax.set_title("Accuracy by scoring method")
    ax.legend(fontsize=8, ncol=len(stats), loc="upper left")
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def cost_plot(report: dict[str, Any], path: Path) -> Path:
    """Primary accuracy against tokens per case and against seconds per case, one point per strategy."""
    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(10, 4.2))
    panels = [("tokens per case (prompt + completion, mean)", lambda s: (s["tokens_in"]["mean"] or 0) + (s["tokens_out"]["mean"] or 0)),
              ("seconds per case (mean)", lambda s: s["seconds"]["mean"] or 0)]
    for ax, (label, cost) in zip(axes, panels, strict=True):
        for i, s in enumerate(report["strategies"]):
            p = s["accuracy"].get("primary")
            if p is None:
                continue
            rate, down, up = _errors(p)
            ax.errorbar([cost(s)], [rate], yerr=[[down], [up]], fmt="o", capsize=4, color=COLOURS[i % 5],
                        markersize=8, label=s["strategy"])
            ax.annotate(f"{s['strategy']}\n{s['llm_calls']['mean'] or 0:.1f} calls/case", (cost(s), rate),
                        textcoords="offset points", xytext=(8, -22 if rate > 0.85 else 4), fontsize=8)
        ax.set_xlabel(label)
        ax.set_ylabel("primary accuracy (95% CI)")
        ax.set_ylim(0, 1)
        ax.set_xlim(left=0, right=max(1.0, 1.35 * max(cost(s) for s in report["strategies"])))
        ax.grid(alpha=0.3)
    axes[0].legend(fontsize=8, loc="lower right")
    fig.suptitle("Accuracy versus cost")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def latency_plot(report: dict[str, Any], path: Path) -> Path:
    """Mean seconds per case spent in each node, stacked per strategy (parallel nodes overlap in time)."""
    plt = _pyplot()
    stats = report["strategies"]
    nodes = list(dict.fromkeys(n for s in stats for n in s["nodes"]))
    fig, ax = plt.subplots(figsize=(9, 1.9 + 0.7 * len(stats)))
    cmap = plt.get_cmap("tab10")
    per_case = [{n: (s["nodes"].get(n) or {}).get("mean_per_case_s") or 0.0 for n in nodes} for s in stats]
    widest = max([sum(p.values()) for p in per_case] + [1e-9])
    labelled: set[str] = set()
    for row, values in enumerate(per_case):
        left = 0.0
        for k, node in enumerate(nodes):
            value = values[node]
            if value <= 0:
                continue
            ax.barh(row, value, left=left, color=cmap(k % 10), label=None if node in labelled else node)
            labelled.add(node)
            if value > 0.05 * widest:
                ax.text(left + value / 2, row, f"{value:.3g}", ha="center", va="center", fontsize=7, color="white")
            left += value
    ax.set_yticks(range(len(stats)), [s["strategy"] for s in stats])
    ax.set_xlabel("seconds per case, summed over nodes (mean)")
    ax.set_title("Where the time goes, by node")
    ax.legend(fontsize=7, ncol=min(8, len(nodes)), loc="upper center", bbox_to_anchor=(0.5, -0.35), frameon=False)
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def failures_plot(report: dict[str, Any], path: Path) -> Path:
    plt = _pyplot()
    stats = report["strategies"]
    kinds = list(dict.fromkeys(k for s in stats for k in s["failures"]))
    fig, ax = plt.subplots(figsize=(9, 1.5 + 0.35 * max(1, len(kinds)) * len(stats)))
    if not kinds:
        ax.text(0.5, 0.5, "no failures recorded", ha="center", va="center")
        ax.set_axis_off()
    else:
        height = 0.8 / len(stats)
        for i, s in enumerate(stats):
            ys = [k + (i - (len(stats) - 1) / 2) * height for k in range(len(kinds))]
            ax.barh(ys, [s["failures"].get(k, 0) for k in kinds], height * 0.95, label=s["strategy"], color=COLOURS[i % 5])
        ax.set_yticks(range(len(kinds)), kinds, fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel("count")
        ax.xaxis.get_major_locator().set_params(integer=True)
        ax.legend(fontsize=8)
        ax.grid(axis="x", alpha=0.3)
    ax.set_title("Failures by kind")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_plots(report: dict[str, Any], folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {"accuracy": accuracy_plot(report, folder / "accuracy.png"), "cost": cost_plot(report, folder / "cost.png"),
            "latency": latency_plot(report, folder / "latency.png"),
            "failures": failures_plot(report, folder / "failures.png")}
