"""Privacy: de-identification of the case before any model call (detection, dates, surrogates), the per-review guard that keeps the private original, and the de-identification evaluation."""
