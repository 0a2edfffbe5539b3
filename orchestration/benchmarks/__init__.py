"""Benchmarks: printed figures, never timed tests (``consilium bench ...``)."""
