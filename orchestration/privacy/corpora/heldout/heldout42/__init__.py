"""HELD-OUT 42: hand-written notes for the de-identification evaluation (see its first module)."""
