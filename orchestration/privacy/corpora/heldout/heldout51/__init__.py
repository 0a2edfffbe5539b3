"""HELD-OUT 51: hand-written notes for the de-identification evaluation (see its first module)."""
