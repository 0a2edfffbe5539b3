"""One settings object, read at entry points only (CLI, UI, API), never inside a node.

Precedence: explicit argument > settings file > environment > default. The file is YAML:

.. code-block:: yaml

    home: ~/.consilium            # checkpoints, assembled models, case outputs
    models:
      default: {backend: embedded, model: qwen2.5-coder-1.5b}
      radiology: {backend: openai, base_url: http://gpu-host:8000/v1, model: Qwen/Qwen2.5-VL-7B-Instruct,
                  multimodal: true}

Roles without an entry use ``models.default``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from consilium.orchestration.errors import ConfigError

ROLES = ("gp", "radiology", "pathology", "surgery", "consensus")
Role = Literal["gp", "radiology", "pathology", "surgery", "consensus"]


class SettingsError(ConfigError, ValueError):
    pass


class RoleModel(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: Literal["embedded", "openai", "scripted"] = "embedded"
    model: str = "qwen2.5-coder-1.5b"
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint, e.g. http://host:8000/v1")
    api_key_env: str | None = Field(default=None, description="Environment variable holding the API key.")
    multimodal: bool = False
    structured_output: Literal["json_schema", "json_object", "none"] = Field(
        default="json_schema",
        description="json_schema: OpenAI/vLLM strict schema; json_object: llama.cpp server's schema field; none.",
    )
    timeout_s: float = Field(default=300.0, gt=0)
    max_tokens: int = Field(default=600, gt=0)
    temperature: float = Field(default=0.0, ge=0, le=2)
    n_ctx: int = Field(default=4096, ge=512, description="Context length in tokens: the embedded model is loaded "
                       "with it; for an endpoint set the server's. A prompt that would not fit with max_tokens "
                       "for the reply is not sent, and that part fails with the reason.")
    n_threads: int | None = Field(default=None, ge=1, description="Embedded model threads; default: every usable CPU.")
    parallel: int = Field(default=3, ge=1, le=8, description="Embedded model: calls decoded together in one batch "
                          "(each with n_ctx tokens of its own); 1 runs them one after another.")
    vllm_args: list[str] = Field(default_factory=list, description="Extra `vllm serve` flags for this role.")


class PacsSettings(BaseModel):
    """A DICOMweb server (a PACS) that imaging studies named by StudyInstanceUID are fetched from."""

    model_config = ConfigDict(extra="forbid")

    url: str = Field(pattern=r"^https?://[^\s]+$", description="DICOMweb base URL, e.g. http://pacs:8042/dicom-web")
    auth_env: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", description="NAME of the "
                                 "environment variable holding 'user:password' (HTTP basic) or a bearer token; "
                                 "the secret itself is never written in settings or a case.")
    timeout_s: float = Field(default=30.0, gt=0, description="Connect and read timeout of each request.")
    max_fetch_s: float = Field(default=300.0, gt=0, description="Longest a whole study may take to fetch.")
    max_study_bytes: int = Field(default=2 << 30, gt=0, description="Largest study fetched; a larger one is "
                                 "left out and the review goes on without it.")
    max_instances: int = Field(default=5_000, gt=0, description="Most instances (images) fetched for one study.")
    cache_dir: Path | None = Field(default=None, description="Where fetched instances are kept (default: "
                                   "HOME/pacs); files are 0600 and named by a hash of their UIDs.")


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    home: Path = Field(default_factory=lambda: Path("~/.consilium").expanduser())
    models: dict[str, RoleModel] = Field(default_factory=lambda: {"default": RoleModel()})
    consensus_uses_model: bool = Field(
        default=False, description="Spend one more model call on a narrative consensus summary (the ranking, "
        "agreement and dissent are computed either way; the GP's answer already states uncertainties).")
    guideline_dirs: list[Path] = Field(default_factory=list,
                                       description="Folders of the operator's own guideline documents (Markdown/text).")
    deidentify: bool = Field(default=True, description="Replace identifiers before any model call.")
    deid_secret: str = Field(default="", repr=False, description="Deployment secret seeding date shifts "
                             "($CONSILIUM_DEID_SECRET); without it a case id alone determines the offset.")
    surgery_waits_for_workup: bool = Field(
        default=True, description="A surgical plan waits for planned radiology and pathology reports.")
    file_roots: list[Path] = Field(
        default_factory=list, description="Folders any case may read imaging and pathology files from, besides "
        "the case file's own folder and installed packages (e.g. a PACS export share).")
    max_file_bytes: int = Field(default=2 << 30, gt=0, description="Largest imaging or pathology file a case may "
                                "name; a larger one is refused by name and the review goes on without it.")
    pacs: PacsSettings | None = Field(default=None, description="Where studies named by StudyInstanceUID are "
                                      "fetched from; without it such a study is reviewed without its images.")
    checkpoint_every_step: bool = Field(
        default=False, description="Store the review's state after every step, so that another process can "
        "take over a review whose process died (the Redis workers turn it on). Otherwise a review is stored "
        "when it ends or pauses for sign-off, which costs a fifth as much for a single process.")

    def role(self, role: str) -> RoleModel:
        return self.models.get(role) or self.models.get("default") or RoleModel()

    @property
    def checkpoint_db(self) -> Path:
        return self.home / "checkpoints.sqlite"

    @property
    def model_cache(self) -> Path:
        return self.home / "models"

    @property
    def pacs_cache(self) -> Path:
        return (self.pacs.cache_dir if self.pacs and self.pacs.cache_dir else self.home / "pacs").expanduser()


def _update(data: dict[str, Any], higher: dict[str, Any]) -> None:
    """Apply a higher-precedence layer; ``models`` merges per role, so a file that configures one role
    keeps the environment's default for the others."""
    models = higher.get("models")
    if isinstance(models, dict) and isinstance(data.get("models"), dict):
        higher = {**higher, "models": {**data["models"], **models}}
    data.update(higher)


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Build settings from defaults, environment, an optional YAML file and keyword overrides."""
    data: dict[str, Any] = {}
    if home := os.environ.get("CONSILIUM_HOME"):
        data["home"] = home
    if secret := os.environ.get("CONSILIUM_DEID_SECRET"):
        data["deid_secret"] = secret
    if model := os.environ.get("CONSILIUM_MODEL"):
        data["models"] = {"default": {"backend": "embedded", "model": model}}
    path = path or os.environ.get("CONSILIUM_SETTINGS")
    if path:
        p = Path(path)
        try:
            loaded = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise SettingsError(f"settings file {p}: {exc}") from None
        if not isinstance(loaded, dict):
            raise SettingsError(f"settings file {p}: expected a mapping at the top level")
        _update(data, loaded)
    _update(data, {k: v for k, v in overrides.items() if v is not None})
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise SettingsError(f"settings: field '{'.'.join(map(str, first['loc']))}': {first['msg']}") from None
    settings.home = Path(settings.home).expanduser()
    unknown = set(settings.models) - set(ROLES) - {"default"}
    if unknown:
        raise SettingsError(f"settings: unknown role(s) {sorted(unknown)}; roles are {', '.join(ROLES)} or default")
    return settings
