"""Orchestration: the case model, settings, model layer, the review graph and its public API."""

from consilium.orchestration.api import Consilium, ReviewResult
from consilium.orchestration.case import Case
from consilium.orchestration.case_io import load_case, load_cases
from consilium.orchestration.settings import Settings, load_settings

__all__ = ["Case", "Consilium", "ReviewResult", "Settings", "load_case", "load_cases", "load_settings"]
