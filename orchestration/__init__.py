"""Orchestration: the case model, settings, model layer, the review graph and its public API.

This package's names are the public surface: the web app and the command line import only from here.
"""

from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from consilium.orchestration.case.io import CaseFormatError, load_case, load_cases
from consilium.orchestration.case.model import Case
from consilium.orchestration.errors import ConfigError, ConsiliumError, InputError
from consilium.orchestration.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from consilium.agents.planning import task_graph
    from consilium.agents.schemas import LIKELIHOOD_SCORE, SPECIALISTS, Opinion, Plan, SpecialistReport
    from consilium.orchestration.api import Consilium, ModelCheck, ModelFileError, check_models, scripted_models
    from consilium.orchestration.models.chat import build_models, preload_models
    from consilium.orchestration.audit.recording import record_review
    from consilium.orchestration.files import PRIVATE_FILE, private_folder, write_text_atomic
    from consilium.orchestration.export import (NOT_A_DIAGNOSIS, ExportError, ReviewExport, clinician_signoff,
                                                export_source, fhir_bundle, require_signoff, signed_json, signed_markdown,
                                                write_fhir_bundle, write_mdt_pdf)
    from consilium.orchestration.events import REVIEW_NODES, BoardRow, ReviewBoard, ReviewEvent, ReviewNode
    from consilium.orchestration.render import board_table, board_view, render_markdown, render_terminal
    from consilium.orchestration.result import ReviewResult

# name -> module. The API pulls in the graph and the agents, and the agents import orchestration.case:
# importing these lazily lets `import consilium.agents.<module>` work first, without a circular import.
_LAZY = {
    "Consilium": "consilium.orchestration.api", "ModelCheck": "consilium.orchestration.api",
    "ModelFileError": "consilium.orchestration.api", "check_models": "consilium.orchestration.api",
    "scripted_models": "consilium.orchestration.api",
    # the model layer alone (no graph, no agents): the command line starts the model file loading before it
    # imports the rest of the API
    "build_models": "consilium.orchestration.models.chat", "preload_models": "consilium.orchestration.models.chat",
    "record_review": "consilium.orchestration.audit.recording",
    "ReviewResult": "consilium.orchestration.result",
    "REVIEW_NODES": "consilium.orchestration.events", "ReviewNode": "consilium.orchestration.events",
    "ReviewEvent": "consilium.orchestration.events", "ReviewBoard": "consilium.orchestration.events",
    "BoardRow": "consilium.orchestration.events",
    "board_table": "consilium.orchestration.render", "board_view": "consilium.orchestration.render",
    "render_markdown": "consilium.orchestration.render",
    "render_terminal": "consilium.orchestration.render",
    "Plan": "consilium.agents.schemas", "Opinion": "consilium.agents.schemas",
    "SpecialistReport": "consilium.agents.schemas", "LIKELIHOOD_SCORE": "consilium.agents.schemas",
    "SPECIALISTS": "consilium.agents.schemas", "task_graph": "consilium.agents.planning",
    # files that hold identifiers (the web app's exports) are written 0600 through the one atomic writer
    "PRIVATE_FILE": "consilium.orchestration.files", "private_folder": "consilium.orchestration.files",
    "write_text_atomic": "consilium.orchestration.files",
    # exports of a review (the web app's and `consilium export`'s): FHIR Bundle, MDT PDF, signed Markdown/JSON
    **{name: "consilium.orchestration.export" for name in (
        "NOT_A_DIAGNOSIS", "ExportError", "ReviewExport", "clinician_signoff", "export_source", "fhir_bundle",
        "require_signoff",
        "signed_json", "signed_markdown", "write_fhir_bundle", "write_mdt_pdf")},
}

__all__ = ["Case", "CaseFormatError", "ConfigError", "ConsiliumError", "InputError", "demo_scenarios", "Settings", "SettingsError", "load_case", "load_cases", "load_settings", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def demo_scenarios() -> Path:
    """The folder of demo case files shipped with the package (``consilium.scenarios``, in a wheel too)."""
    return Path(str(resources.files("consilium.scenarios")))
