"""Evaluation: scenario replay over many cases, scoring against expected answers, the report with its plots, and stepwise scripted scenarios."""
