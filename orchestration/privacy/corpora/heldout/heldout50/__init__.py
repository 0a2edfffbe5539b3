"""HELD-OUT 50: hand-written notes for the de-identification evaluation (see its first module)."""
