"""Blind held-out note sets, each written without reading the rules and measured once (see docs/deidentification.md),
one folder a set."""
