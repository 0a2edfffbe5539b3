"""Look of the app: a plain theme with local fonts (the page loads nothing from other hosts) and CSS."""

from __future__ import annotations

CSS = """
.gradio-container { max-width: 1400px !important; }
.cs-header h1 { margin: 0 0 2px 0; font-size: 1.6rem; }
.cs-header p { margin: 0; }
.cs-banner { background: #fff8e1; border-left: 4px solid #f9a825; color: #3e2723; padding: 6px 12px;
             border-radius: 4px; margin-top: 6px; }
.cs-board table, .cs-plan table, .cs-report table, .cs-evidence table, .cs-consensus table
  { border-collapse: collapse; width: 100%; margin: 4px 0 10px 0; font-size: 0.92rem; }
.cs-board td, .cs-board th, .cs-plan td, .cs-plan th, .cs-report td, .cs-evidence td, .cs-evidence th,
.cs-consensus td, .cs-consensus th { border-bottom: 1px solid var(--border-color-primary); padding: 5px 8px;
  text-align: left; vertical-align: top; }
.cs-board-title { font-weight: 600; margin-bottom: 4px; }
.cs-node { font-weight: 600; }
.cs-secs { color: #5f6b73; font-variant-numeric: tabular-nums; }
.cs-badge { display: inline-block; padding: 1px 10px; border-radius: 10px; font-size: 0.85rem; font-weight: 600;
            background: #eceff1; color: #37474f; }
.cs-running { background: #fff3c4; color: #7a5200; }
.cs-done, .cs-approved { background: #dcedc8; color: #1b5e20; }
.cs-edited { background: #e1f5fe; color: #01579b; }
.cs-error, .cs-failed, .cs-rejected { background: #ffcdd2; color: #b71c1c; }
.cs-awaiting { background: #e3f2fd; color: #0d47a1; }
.cs-not-planned, .cs-not-required { background: #f5f5f5; color: #9e9e9e; }
.cs-chip { display: inline-block; min-width: 64px; text-align: center; padding: 1px 8px; border-radius: 8px;
           font-size: 0.82rem; font-weight: 600; }
.cs-high { background: #c8e6c9; color: #1b5e20; }
.cs-moderate { background: #fff9c4; color: #6d4c00; }
.cs-low { background: #eceff1; color: #455a64; }
.cs-none { color: #9e9e9e; }
.cs-score { font-weight: 700; font-variant-numeric: tabular-nums; margin-right: 6px; }
.cs-bar { display: inline-block; width: 60px; height: 8px; background: #eceff1; border-radius: 4px;
          vertical-align: middle; }
.cs-bar span { display: block; height: 8px; background: #1565c0; border-radius: 4px; }
.cs-cite { color: #4f5b62; font-size: 0.85rem; }
.cs-muted { color: #5f6b73; font-size: 0.9rem; }
.cs-warn { background: #ffebee; border-left: 4px solid #c62828; color: #3e0000; padding: 6px 10px; border-radius: 4px; }
.cs-prov { background: var(--background-fill-secondary); padding: 4px 8px; border-radius: 4px; font-size: 0.88rem; }
.cs-evidence { border: 1px solid var(--border-color-primary); border-radius: 6px; padding: 6px 10px; margin-bottom: 8px; }
.cs-redflags { background: #ffebee; border: 1px solid #e57373; border-radius: 6px; padding: 4px 12px; color: #3e0000; }
.cs-answer { background: #e8f5e9; border-left: 4px solid #2e7d32; padding: 4px 12px; border-radius: 4px; color: #102a12; }
.cs-missing { background: #fff8e1; border-left: 4px solid #f9a825; padding: 4px 12px; border-radius: 4px; color: #3e2723; }
.cs-evidence td:nth-child(2) { white-space: nowrap; }
.cs-evidence summary { cursor: pointer; }
.cs-confidence { font-size: 1.02rem; }
.cs-disclaimer { font-weight: 700; border: 2px solid #f9a825; padding: 8px 12px; border-radius: 6px; }
.cs-signed, .cs-pending { padding: 8px 12px; border-radius: 6px; border: 1px solid var(--border-color-primary); }
.cs-signed.cs-approved, .cs-signed.cs-edited { border-left: 5px solid #2e7d32; }
.cs-signed.cs-rejected { border-left: 5px solid #c62828; }
.cs-pending { border-left: 5px solid #1565c0; }
.cs-report h4, .cs-consensus h3 { margin: 10px 0 4px 0; }
.cs-msg-error { color: #b71c1c; font-weight: 600; }
.cs-decision { background: #e3f2fd; border-left: 4px solid #1565c0; padding: 6px 12px; border-radius: 4px;
               color: #0d2a4a; margin: 8px 0; }
.cs-decision ul { margin: 4px 0 0 0; }
.cs-why { display: block; margin-top: 2px; }
.cs-alone { background: var(--background-fill-secondary); border: 1px dashed var(--border-color-primary);
            padding: 6px 12px; border-radius: 4px; }
.cs-scores td:nth-child(2) { min-width: 120px; }
.cs-lacking { color: #8d4b00; font-weight: 600; }
.cs-answer table { background: #ffffff; color: #102a12; }
.cs-answer h4 { margin: 12px 0 4px 0; }
.cs-unanswered td { background: #fff3e0; }
.cs-kind { display: inline-block; padding: 1px 8px; border-radius: 8px; background: #ede7f6; color: #311b92;
           font-size: 0.82rem; font-weight: 600; white-space: nowrap; }
.cs-steps td:first-child { white-space: nowrap; }
"""


def theme():
    """Gradio's default theme with system fonts only: no font or asset is fetched from another host."""
    import gradio as gr

    return gr.themes.Default(primary_hue="blue", font=["system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
                             font_mono=["ui-monospace", "Menlo", "Consolas", "monospace"])
