"""De-identification corpora: the generated corpus and the DEV notes the rules were written against.

The blind held-out note sets are in :mod:`consilium.orchestration.privacy.corpora.heldout`. Scored by
:mod:`consilium.orchestration.privacy.evaluate` (``consilium eval deid``); never read at review time.
"""
